"""bonnehumeur: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | En vidant la machine, j'ai retrouvé la chaussette orpheline disparue depuis mars, je l'ai rendue à sa jumelle avec les honneurs.
+ en situation n | Emptying the washing machine, I found the odd sock that went missing in March and reunited it with its twin with full honours.
fr situation n | Ma fille de six ans passe l'aspirateur en faisant des bruits de Formule 1 à chaque virage du couloir.
+ en situation n | My six-year-old is hoovering the hallway and making Formula 1 noises at every corner.
fr situation n | Corvée de vitres ce samedi, mais mon fils a dessiné des bonshommes dans la mousse avant que je rince, j'en ai gardé un sur la porte-fenêtre jusqu'au soir.
+ en situation n | Window-cleaning chore this Saturday, but my son drew little faces in the suds before I rinsed, and I left one on the patio door until evening.
fr situation l | Le tiroir à bazar est enfin rangé et dedans j'ai retrouvé le porte-clés en forme de sardine que m'avait offert mon parrain.
+ en situation l | The junk drawer is finally sorted and in it I found the sardine-shaped keyring my godfather once gave me.
fr situation n | On a fait le grand ménage de printemps à quatre, avec la radio à fond, et le chien qui volait les chiffons. Mets un peu de soleil dans les lampes.
+ en situation n | Big spring clean, all four of us, radio blaring, and the dog stealing the dusters. Put a bit of sunshine in the lamps.
fr situation n | Mon coloc a étiqueté toutes les boîtes du placard avec des surnoms : la farine s'appelle désormais « Mamie Poudre ».
+ en situation n | My flatmate labelled every jar in the cupboard with a nickname: the flour is now called "Granny Powder".

# situations: cooking and food
fr situation n | Le gâteau au yaourt de mon fils est sorti du four tout penché, on l'a baptisé la tour de Pise et on l'a dévoré au goûter.
+ en situation n | My son's yoghurt cake came out of the oven all lopsided, we named it the Leaning Tower of Pisa and wolfed it down at teatime.
fr situation n | Au marché, la maraîchère m'a fait goûter un abricot « pour voir si j'ai bon goût », et j'en suis reparti avec deux kilos et son rire dans les oreilles.
+ en situation n | At the market the grower made me taste an apricot "to see if I have good taste", and I left with two kilos and her laugh still in my ears.
fr situation n | Soirée raclette improvisée avec les voisins de palier, chacun a descendu son fromage et ses anecdotes.
+ en situation n | Impromptu raclette night with the neighbours across the landing, everyone brought down their own cheese and their own stories.
fr situation l | Les premières fraises du jardin sont arrivées, trois en tout, on les a coupées en quatre pour que chacun goûte.
+ en situation l | The first strawberries from the garden are in, three of them, so we cut them into quarters so everyone could have a taste.
fr situation n | Le traiteur libanais du coin a ajouté des falafels dans mon sac en disant que c'était « pour la route », alors que j'habite en face.
+ en situation n | The Lebanese takeaway on the corner slipped extra falafel into my bag "for the road", even though I live just across the street.
fr situation n | Mon grand de treize ans nous a préparé des pâtes carbonara avec un torchon sur l'épaule, façon chef étoilé. Une ambiance qui va avec, s'il te plaît.
+ en situation n | My thirteen-year-old made us carbonara with a tea towel over his shoulder like a Michelin chef. Something to match, please.

# situations: pets
fr situation n | Le lapin a appris à sauter sur le canapé et il fait des petits bonds de joie à chaque fois qu'il réussit.
+ en situation n | The rabbit has learnt to hop onto the sofa and does little happy binkies every time he makes it.
fr situation n | Mon perroquet imite maintenant le micro-ondes, et ma mère a ouvert la porte trois fois pour rien.
+ en situation n | My parrot now does the microwave beep, and my mum has opened the door three times for nothing.
fr situation n | Au parc à chiens, mon teckel a décidé qu'un dogue allemand était son meilleur ami, ils ont couru ensemble tout l'après-midi.
+ en situation n | At the dog park my dachshund decided a Great Dane was his best friend, and they ran around together all afternoon.
fr situation l | Le chat a adopté le carton de la nouvelle imprimante et il refuse qu'on le jette.
+ en situation l | The cat has adopted the box from the new printer and won't let us throw it out.
fr situation n | Les poissons rouges viennent maintenant à la surface quand je tapote la vitre, on dirait qu'ils me disent bonjour. Lumière gaie, merci.
+ en situation n | The goldfish now swim up to the top when I tap the glass, it's like they're saying hello. Cheerful lights, thanks.

# situations: children and parenting
fr situation n | À la kermesse, mon fils a gagné un poisson en peluche à la pêche aux canards et il le présente à tout le monde comme « Monsieur Bulle ».
+ en situation n | At the school fair my son won a stuffed fish at the hook-a-duck and is introducing it to everyone as "Mister Bubble".
fr situation n | Ma fille a lu son premier livre toute seule ce soir, en mettant le doigt sous chaque mot et en faisant les voix.
+ en situation n | My daughter read her first book all by herself tonight, finger under every word, doing all the voices.
fr situation n | Les jumeaux ont décidé de nous servir le dîner déguisés en serveurs, avec une carte écrite au feutre où tout coûte un bisou.
+ en situation n | The twins decided to serve us dinner dressed as waiters, with a felt-tip menu where everything costs one kiss.
fr situation l | En allant à la crèche, le petit a dit bonjour à chaque pigeon de la rue, un par un.
+ en situation l | On the way to nursery the little one said good morning to every pigeon on the street, one by one.
fr situation n | Le cadet m'a demandé si les nuages ont des prénoms, et on a passé le trajet à en baptiser une dizaine en rigolant. Mets-nous une petite musique légère.
+ en situation n | My youngest asked me whether clouds have names, and we spent the drive giving a dozen of them silly names. Put on some light music for us.
fr situation n | Mon ado m'a tagué sur une vidéo de chien qui danse avec le commentaire « toi le samedi matin », et j'ai éclaté de rire au bureau.
+ en situation n | My teenager tagged me on a video of a dancing dog captioned "you on Saturday mornings", and I burst out laughing at my desk.

# situations: partner and dating
fr situation n | Mon mari a appris trois phrases de portugais en secret pour faire la surprise à ma grand-mère au téléphone, elle en a ri pendant cinq minutes.
+ en situation n | My husband secretly learnt three sentences of Portuguese to surprise my grandmother on the phone, and she laughed for five minutes.
fr situation n | Deuxième rendez-vous avec Karim : on a raté le film, alors on a mangé des churros en comparant nos pires coupes de cheveux d'ado.
+ en situation n | Second date with Karim: we missed the film, so we ate churros and compared our worst teenage haircuts.
fr situation l | Ma femme a remis de l'eau dans mon thermos avant que je parte, avec un post-it « bois, chameau ».
+ en situation l | My wife refilled my flask before I left, with a Post-it saying "drink up, camel".
fr situation n | On a fait les courses à deux en jouant à qui trouve le légume le plus moche, j'ai gagné avec une carotte à trois jambes.
+ en situation n | We did the shopping together playing who can find the ugliest vegetable, and I won with a three-legged carrot.
fr situation n | Mon copain chante faux sous la douche, mais ce matin il a inventé une chanson sur mes chaussons, je n'arrête pas de la fredonner. Mets quelque chose de pétillant.
+ en situation n | My boyfriend sings off-key in the shower, but this morning he made up a song about my slippers and I can't stop humming it. Put on something bubbly.

# situations: friends
fr situation n | Avec les copines du lycée, on a recréé notre vieille photo de classe de 2009, mêmes poses, mêmes grimaces.
+ en situation n | With my old school friends we recreated our 2009 class photo, same poses, same silly faces.
fr situation n | Mon pote Romain a débarqué avec un pot de peinture et deux rouleaux pour m'aider à repeindre la chambre, et on a surtout refait le monde.
+ en situation n | My mate Romain turned up with a tin of paint and two rollers to help me redo the bedroom, and mostly we just put the world to rights.
fr situation l | Une amie m'a envoyé une carte postale de Lisbonne, une vraie, avec un timbre et une tache de café.
+ en situation l | A friend sent me a postcard from Lisbon, a real one, with a stamp and a coffee stain.
fr situation n | Le groupe de copains a organisé un pique-nique où chacun devait apporter un plat de son enfance, on a eu trois fois des coquillettes au jambon.
+ en situation n | The gang organised a picnic where everyone had to bring a dish from their childhood, and we ended up with macaroni and ham three times.
fr situation n | Ma meilleure amie m'a appelée pour me lire à voix haute les pires phrases du roman à l'eau de rose qu'elle lit, on pleurait de rire.
+ en situation n | My best friend rang me to read out the worst lines from the soppy romance novel she's reading, and we were crying with laughter.

# situations: extended family
fr situation n | Repas chez tata Josiane : elle a servi son fameux clafoutis et raconté pour la centième fois la fois où tonton est tombé dans la piscine, on a ri comme la première fois.
+ en situation n | Lunch at Auntie Josiane's: she served her famous clafoutis and told the one about Uncle falling into the pool for the hundredth time, and we laughed like it was the first.
fr situation n | Mon cousin du Québec est de passage, et on passe le dîner à comparer nos expressions, « char » contre « bagnole ».
+ en situation n | My cousin from Quebec is over, and we spent dinner comparing our slang, "char" versus "bagnole" for a car.
fr situation l | Ma belle-mère m'a tricoté une écharpe aux couleurs de mon équipe, avec deux mailles ratées qu'elle appelle « la signature ».
+ en situation l | My mother-in-law knitted me a scarf in my team's colours, with two dropped stitches she calls "her signature".
fr situation n | Grand repas de famille dans le jardin, les enfants ont mis des fleurs dans les cheveux de papi et il les a gardées jusqu'au café. Allume quelque chose de chaleureux.
+ en situation n | Big family lunch in the garden, the kids put flowers in Grandpa's hair and he kept them in until coffee. Put on something warm.

# situations: neighbours
fr situation n | La voisine d'en face et moi, on s'est mises à se faire coucou chaque matin en ouvrant nos volets, pile à la même heure.
+ en situation n | The neighbour across the street and I have started waving to each other every morning as we open our shutters at exactly the same time.
fr situation n | Le petit du troisième a glissé sous ma porte un « journal de l'immeuble » écrit à la main, avec la rubrique météo et les potins du chat.
+ en situation n | The boy from the third floor slipped a handwritten "building newspaper" under my door, with a weather section and gossip about the cat.
fr situation n | Le monsieur du rez-de-chaussée a sorti des chaises sur le trottoir pour regarder passer le vélo-cargo de la crèche, et tous les bébés lui ont fait signe.
+ en situation n | The man on the ground floor put chairs out on the pavement to watch the nursery's cargo bike go by, and all the babies waved at him.
fr situation l | Mon voisin m'a rendu ma tondeuse avec un sachet de cerises accroché au guidon.
+ en situation l | My neighbour returned my lawnmower with a bag of cherries hanging off the handle.
fr situation n | Coupure de courant dans la rue : tout le monde est sorti sur les perrons avec des bougies et des gâteaux secs, on a fait connaissance avec la moitié du quartier. Remets de la lumière joyeuse, maintenant.
+ en situation n | Power cut on our street: everyone came out on their doorsteps with candles and biscuits, and we got to know half the neighbourhood. Bring back some cheerful light now.

# situations: school and exams
fr situation n | Dernier jour avant les vacances, la maîtresse a laissé les CE1 venir en pyjama et faire leur dictée avec leur doudou.
+ en situation n | Last day before the holidays, the teacher let the Year 3s come in pyjamas and do their spelling test with their cuddly toys.
fr situation n | Mon fils est rentré de l'école en m'expliquant très sérieusement que les escargots ont des dents, des milliers, et il avait l'air ravi de cette nouvelle.
+ en situation n | My son came home from school very seriously explaining that snails have teeth, thousands of them, and he looked delighted about it.
fr situation n | Après l'oral du bac de français, on s'est retrouvés à six au kebab et on s'est raconté nos questions les plus absurdes en rigolant.
+ en situation n | After the French oral exam, six of us met at the kebab shop and laughed through the most ridiculous questions we'd each been asked.
fr situation l | Le surveillant de la cantine a mis de la musique pendant le dessert et toute la table des sixièmes a dansé avec les yaourts.
+ en situation l | The dinner supervisor put music on during pudding and the whole Year 7 table danced with their yoghurts.
fr situation n | Ma fille a été choisie pour tenir le lapin de la classe pendant les vacances, elle lui a déjà préparé une chambre dans une boîte à chaussures.
+ en situation n | My daughter was picked to look after the class rabbit over the holidays, and she's already made him a bedroom in a shoebox.

# situations: university
fr situation n | En amphi, le prof de droit a illustré l'article sur la propriété avec l'histoire de son voisin et d'un nain de jardin volé, tout l'amphi était mort de rire.
+ en situation n | In the lecture hall, the law professor illustrated the property article with a story about his neighbour and a stolen garden gnome, and the whole room was in stitches.
fr situation n | Au resto U, la dame du self m'a reconnu et m'a servi une double portion de frites « pour tenir jusqu'aux partiels ».
+ en situation n | At the uni canteen, the serving lady recognised me and gave me a double portion of chips "to last you through exams".
fr situation l | Ma colocataire en Erasmus m'a appris à faire des pierogi, la cuisine ressemble à un champ de bataille de farine et on a adoré.
+ en situation l | My Erasmus flatmate taught me to make pierogi, the kitchen looks like a flour battlefield and we loved every minute.
fr situation n | Séance de TP de chimie : notre binôme a fait virer la solution au rose fluo et le chargé de TD a dit « joli, mais pas du tout ce qu'on cherchait ». Mets une ambiance qui colle à ça.
+ en situation n | Chemistry lab session: our pair turned the solution neon pink and the TA said "pretty, but not at all what we were after". Set the mood to match.

# situations: office work
fr situation n | Pour le pot de départ de Michel, quelqu'un a imprimé sa tête sur des dizaines de petits drapeaux plantés dans les cupcakes.
+ en situation n | For Michel's leaving do, someone printed his face on dozens of little flags stuck into the cupcakes.
fr situation n | La nouvelle stagiaire a organisé un concours de plantes de bureau, ma pauvre succulente a eu le prix du « plus grand courage ».
+ en situation n | The new intern ran an office plant contest, and my poor succulent won the "bravest plant" award.
fr situation n | En visio, le chat de la directrice est passé devant la caméra avec la queue en l'air pendant sa présentation des chiffres, elle a continué sans broncher et on était tous pliés.
+ en situation n | On the video call the director's cat strolled in front of the camera, tail up, in the middle of her figures presentation; she carried on unfazed and we were all in stitches.
fr situation l | Quelqu'un a laissé une boîte de madeleines au coin café avec un mot : « servez-vous, c'est lundi ».
+ en situation l | Someone left a box of madeleines by the coffee machine with a note: "help yourselves, it's Monday".
fr situation n | Mon collègue de l'open space chuchote des commentaires de match de foot sur chaque personne qui va à l'imprimante, je n'arrive plus à bosser. Ambiance légère, s'il te plaît.
+ en situation n | My open-plan colleague whispers football commentary on everyone walking to the printer, and I can't get any work done. Something light, please.

# situations: manual trades
fr situation n | Sur le toit ce matin, les gamins de l'école d'en face nous encourageaient à chaque tuile posée comme si on marquait des buts.
+ en situation n | Up on the roof this morning, the kids from the school opposite cheered every tile we laid as if we were scoring goals.
fr situation n | Je suis plombier, et la cliente m'a offert un café dans une tasse « meilleur plombier du monde » qu'elle avait achetée exprès, en riant.
+ en situation n | I'm a plumber, and the customer served my coffee in a "world's best plumber" mug she'd bought specially, laughing as she handed it over.
fr situation l | À l'atelier, l'apprenti a sifflé tout l'après-midi et le vieux menuisier a fini par siffler la deuxième voix.
+ en situation l | In the workshop the apprentice whistled all afternoon, and the old carpenter ended up whistling the harmony.
fr situation n | Électricien, j'ai rallumé les guirlandes d'une boulangerie en panne juste avant Noël, et la boulangère a applaudi derrière son comptoir.
+ en situation n | As an electrician I got a bakery's fairy lights working again just before Christmas, and the baker clapped from behind her counter.
fr situation n | Au garage, on a installé une vieille radio et tout l'atelier chante du Sardou sous les voitures.
+ en situation n | At the garage we set up an old radio, and the whole workshop sings along to Sardou from under the cars.

# situations: healthcare and hospitals
fr situation n | Dans la salle d'attente du pédiatre, deux bambins ont fait connaissance et se sont échangé leurs chaussures, les mamans ont dû négocier le retour.
+ en situation n | In the paediatrician's waiting room, two toddlers made friends and swapped shoes, and the mums had to negotiate getting them back.
fr situation n | L'infirmière qui m'a fait la prise de sang m'a raconté une blague pour me distraire, et c'était tellement nul que j'ai oublié l'aiguille.
+ en situation n | The nurse taking my blood told me a joke to distract me, and it was so bad that I forgot all about the needle.
fr situation l | À la sortie de la consultation, le vieux monsieur du banc m'a souhaité « une bonne santé de cheval » en levant sa canne.
+ en situation l | Coming out of my appointment, the old man on the bench wished me "the health of a horse" and raised his walking stick.
fr situation n | Le service de pédiatrie a reçu la visite des clowns, et même les infirmières portaient un nez rouge pour la tournée des chambres. Allume une lumière gaie.
+ en situation n | The children's ward had a visit from the hospital clowns, and even the nurses wore red noses on their rounds. Turn on a cheerful light.

# situations: illness and the body
fr situation n | Au troisième jour de grippe, mon fils m'a apporté une soupe en sachet et un dessin de microbe vaincu à coups d'épée.
+ en situation n | On day three of the flu, my son brought me a packet soup and a drawing of a germ being defeated by a sword.
fr situation l | Plâtre enlevé ce matin, j'ai pu remettre mes deux chaussures et j'ai fait le tour du pâté de maisons en sifflotant.
+ en situation l | Cast off this morning, I could put both shoes on again and walked round the block whistling.
fr situation n | Chez l'opticien, j'ai essayé des lunettes rondes et la vendeuse m'a dit que je ressemblais à un hibou très sympathique, on a bien rigolé.
+ en situation n | At the optician's I tried on round glasses and the assistant said I looked like a very friendly owl, and we had a good laugh.
fr situation n | Mes collègues ont signé la carte de rétablissement avec des dessins de moi en super-héros à béquilles. Mets une lumière ensoleillée.
+ en situation n | My colleagues signed my get-well card with drawings of me as a superhero on crutches. Give me some sunny light.

# situations: sport, amateur and watching
fr situation n | Au cours d'aquagym, la prof a mis du disco et toute la rangée de mamies s'est mise à faire des moulinets en gloussant.
+ en situation n | At aqua aerobics the instructor put on disco and the whole row of grannies started windmilling their arms and giggling.
fr situation n | Match de foot des poussins : le gardien a fait un câlin au joueur adverse qui pleurait, et les deux tribunes ont applaudi.
+ en situation n | Under-nines football: the goalkeeper hugged an opposing player who was crying, and both sides of the touchline clapped.
fr situation n | Petit footing du dimanche au parc, et tous les joggeurs que je croise me font un signe de la main, c'est devenu notre rituel.
+ en situation n | Little Sunday jog in the park, and every runner I pass gives me a wave, it's become our little ritual.
fr situation l | Au bowling, j'ai fait un strike complètement par hasard en glissant, et tout le monde m'a applaudi comme une championne.
+ en situation l | At bowling I got a strike completely by accident while slipping, and everyone cheered me like a champion.
fr situation n | On regardait le Tour de France chez papi, et il commentait chaque village traversé avec une anecdote de ses vacances. Une ambiance estivale, s'il te plaît.
+ en situation n | We were watching the Tour de France at Grandpa's, and he had a holiday anecdote for every village the riders went through. Something summery, please.
fr situation n | Au club de pétanque, le doyen a mesuré un point avec ses lacets et tout le monde a fait semblant de trouver ça réglementaire.
+ en situation n | At the boules club the oldest member measured a point with his shoelaces and everyone pretended that was perfectly regulation.

# situations: games and video games
fr situation n | Soirée Mario Kart en famille, mamie a choisi Peach et nous a tous envoyé des carapaces en riant comme une gamine.
+ en situation n | Family Mario Kart night, Granny picked Peach and pelted us all with shells, laughing like a little girl.
fr situation n | Partie de Dixit avec les voisins : ma carte « lapin en costume » a fait hurler de rire toute la table.
+ en situation n | Game of Dixit with the neighbours: my "rabbit in a suit" card had the whole table howling.
fr situation l | Mon filleul m'a construit une maison dans Minecraft avec un jardin de citrouilles et un panneau « tonton ».
+ en situation l | My godson built me a house in Minecraft with a pumpkin garden and a sign that says "uncle".
fr situation n | En ligne, un joueur japonais et moi, on ne parle pas la même langue, mais on s'est fait des petites danses d'emotes pendant toute la partie. Mets un truc rigolo.
+ en situation n | Online, a Japanese player and I don't share a language, but we spent the whole match doing little emote dances at each other. Put on something fun.
fr situation n | Au café-jeux, le serveur nous a appris un jeu de cartes breton et il a triché exprès pour nous faire gagner.
+ en situation n | At the board-game café the waiter taught us a Breton card game and cheated on purpose to let us win.

# situations: music and concerts
fr situation n | Fête de la musique : la fanfare du quartier s'est arrêtée sous nos fenêtres et a joué « Joyeux anniversaire » à ma voisine.
+ en situation n | Music festival night: the neighbourhood brass band stopped under our windows and played "Happy Birthday" to the lady next door.
fr situation n | Mon fils a joué son premier morceau de flûte à bec en entier, il a salué comme à l'Olympia devant le chat.
+ en situation n | My son played his first full recorder piece and took a bow as if he were at the Royal Albert Hall, in front of the cat.
fr situation l | Dans le bus, quelqu'un a laissé son téléphone jouer de l'accordéon musette, et trois passagers battaient la mesure du pied.
+ en situation l | On the bus, someone's phone was playing accordion waltzes and three passengers were tapping their feet in time.
fr situation n | À la chorale, on a attaqué un gospel et la cheffe, d'habitude si sérieuse, s'est mise à taper dans ses mains en dansant. Mets-nous quelque chose d'entraînant mais doux.
+ en situation n | At choir we started a gospel number and the conductor, usually so serious, began clapping and dancing. Put on something catchy but gentle.
fr situation n | En sortant de la voiture, mon père a oublié de baisser le son et tout le parking du supermarché a profité de son Claude François.
+ en situation n | Getting out of the car, my dad forgot to turn the volume down, and the whole supermarket car park got to enjoy his Claude François.

# situations: films, series and books
fr situation n | On a regardé un vieux Louis de Funès avec mon fils de dix ans, il imitait chaque grimace et on a dû mettre pause trois fois pour rire.
+ en situation n | We watched an old Louis de Funès film with my ten-year-old, he copied every face and we had to pause three times to laugh.
fr situation l | La bibliothécaire a glissé un marque-page dessiné à la main dans le livre que j'ai emprunté, avec un petit renard qui lit.
+ en situation l | The librarian tucked a hand-drawn bookmark into the book I borrowed, with a little fox reading on it.
fr situation n | Au ciné en plein air, un hérisson a traversé devant l'écran pendant le générique et tout le public a applaudi.
+ en situation n | At the open-air cinema a hedgehog trotted across in front of the screen during the credits and the whole audience applauded.
fr situation n | Le club de lecture a fini en dégustation de gâteaux inspirés du roman, celui de Mireille avait la forme d'une baleine. Une lumière chaleureuse, merci.
+ en situation n | Book club ended up as a tasting of cakes inspired by the novel, and Mireille's was shaped like a whale. Warm lights, thanks.
fr situation n | Ma fille a fait un exposé sur son dessin animé préféré devant toute la famille, avec un tableau blanc et des questions à la fin.
+ en situation n | My daughter gave the whole family a presentation on her favourite cartoon, with a whiteboard and a Q&A at the end.

# situations: travel and transport
fr situation n | À l'aéroport, le douanier a vu mon sac de madeleines et m'a demandé très sérieusement si elles étaient « à déclarer comme trésor national ».
+ en situation n | At the airport the customs officer saw my bag of madeleines and asked with a straight face whether they should be "declared as national treasure".
fr situation n | Dans le TGV, le petit garçon d'à côté m'a présenté tous ses dinosaures un par un, avec leur régime alimentaire.
+ en situation n | On the high-speed train the little boy next to me introduced all his dinosaurs one by one, along with their diets.
fr situation l | Le conducteur du tram a klaxonné deux petits coups pour saluer une dame qui lui faisait coucou depuis son balcon.
+ en situation l | The tram driver gave two little toots to greet a lady waving at him from her balcony.
fr situation n | Vacances en Italie : le patron de l'auberge nous a appris à dire « buonissimo » avec le geste, maintenant les enfants le font à chaque repas. Mets une ambiance qui colle.
+ en situation n | Holiday in Italy: the innkeeper taught us to say "buonissimo" with the hand gesture, and now the kids do it at every meal. Set the mood to match.
fr situation n | Notre vol avait du retard, alors l'équipage a organisé un quiz sur la destination et le gagnant a eu une boîte de chocolats.
+ en situation n | Our flight was delayed, so the crew ran a quiz about the destination and the winner got a box of chocolates.

# situations: cars and driving
fr situation n | Sur l'autoroute, une voiture de mariés nous a doublés en klaxonnant, avec des ballons et des canettes, et on a klaxonné en retour en rigolant.
+ en situation n | On the motorway a wedding car overtook us honking, balloons and tin cans trailing, and we honked back laughing.
fr situation l | En conduite accompagnée, mon ado annonce chaque virage avec une voix de GPS robotique, j'ai rigolé tout le trajet.
+ en situation l | On our supervised drives, my teenager announces every turn in a robotic satnav voice, and I laughed the whole way.
fr situation n | Au lavage auto, ma fille de cinq ans hurlait de rire à chaque passage des gros rouleaux, on a refait un tour rien que pour elle.
+ en situation n | At the car wash my five-year-old shrieked with laughter every time the big brushes went over, so we did another round just for her.
fr situation n | En covoiturage, le conducteur avait une playlist de génériques de dessins animés et on a tous chanté jusqu'à Bordeaux. Mets la lumière du même genre.
+ en situation n | On a rideshare, the driver had a playlist of cartoon theme tunes and we all sang all the way to Bordeaux. Make the lights the same sort of thing.

# situations: weather and nature
fr situation n | Arc-en-ciel double au-dessus du parking du supermarché, tout le monde a sorti son téléphone et les inconnus se montraient leurs photos.
+ en situation n | A double rainbow over the supermarket car park, everyone got their phones out and strangers were showing each other their photos.
fr situation n | Première neige, les enfants du quartier ont fait un bonhomme avec l'écharpe du gardien, et il a fait semblant de ne rien voir.
+ en situation n | First snow, the neighbourhood kids built a snowman wearing the caretaker's scarf, and he pretended not to notice.
fr situation l | Une coccinelle s'est posée sur la manche de ma fille et elle lui a parlé pendant tout le trajet jusqu'à l'école.
+ en situation l | A ladybird landed on my daughter's sleeve and she chatted to it all the way to school.
fr situation n | Il a plu pile pendant qu'on était sous l'auvent du café, et le patron a offert des chocolats chauds à tous les réfugiés de l'averse. Allume une lumière toute dorée.
+ en situation n | It rained just while we were under the café awning, and the owner gave hot chocolate to everyone sheltering from the shower. Turn on a golden light.
fr situation n | En promenant le chien au lever du jour, j'ai vu trois chevreuils traverser le chemin, et le chien était tellement surpris qu'il a oublié d'aboyer.
+ en situation n | Walking the dog at sunrise I saw three roe deer cross the path, and the dog was so surprised he forgot to bark.

# situations: gardening
fr situation n | Les tournesols semés par les enfants dépassent maintenant la clôture, les passants s'arrêtent pour les prendre en photo.
+ en situation n | The sunflowers the kids planted are now taller than the fence, and passers-by stop to take pictures of them.
fr situation n | J'ai trouvé une courgette géante cachée sous les feuilles, on l'a pesée, trois kilos, et on l'a baptisée Gérard.
+ en situation n | I found a giant courgette hidden under the leaves, we weighed it, three kilos, and named it Gerald.
fr situation l | Un rouge-gorge me suit de près pendant que je bêche, il attend les vers comme un client au comptoir.
+ en situation l | A robin follows me closely while I dig, waiting for worms like a customer at a counter.
fr situation n | Au jardin partagé, la doyenne a distribué des graines de ses haricots anciens dans des enveloppes décorées à la main. Mets quelque chose de printanier.
+ en situation n | At the community garden the oldest member handed out seeds from her heirloom beans in hand-decorated envelopes. Put on something springlike.
fr situation n | Mon père m'a appelé pour m'annoncer, tout fier et amusé, que ses tomates cerises ont poussé dans la gouttière.
+ en situation n | My dad rang to tell me, tickled pink, that his cherry tomatoes have started growing in the gutter.

# situations: money and bills
fr situation l | La facture d'électricité est moins élevée que prévu, on s'est offert des pâtisseries pour fêter ça.
+ en situation l | The electricity bill came in lower than expected, so we treated ourselves to pastries to mark it.
fr situation n | En faisant les comptes du mois avec ma fille, elle a insisté pour ajouter une ligne « argent de poche du chat », on a ri toute la soirée.
+ en situation n | Going over the monthly budget with my daughter, she insisted on adding a line for "the cat's pocket money", and we laughed all evening.
fr situation n | Au vide-grenier, j'ai vendu le vieux service à fondue pour cinq euros et l'acheteuse m'a raconté ses soirées fondue des années 80 en riant.
+ en situation n | At the car boot sale I sold the old fondue set for five euros and the buyer told me all about her 1980s fondue nights, laughing away.
fr situation n | Le caissier m'a signalé qu'un bon de réduction était encore valable sur mes courses, dix euros en moins et un grand sourire en prime.
+ en situation n | The cashier pointed out that a voucher still applied to my shopping, ten euros off and a big smile thrown in.

# situations: administration and paperwork
fr situation n | À la préfecture, l'agent a vu le dessin de dinosaure que ma fille avait fait au dos de mon formulaire et il l'a tamponné aussi, « pour valider le dinosaure ».
+ en situation n | At the prefecture, the officer saw the dinosaur my daughter had drawn on the back of my form and stamped it too, "to validate the dinosaur".
fr situation l | Le conseiller de la mutuelle avait une musique d'attente de ukulélé, et il a décroché pile au refrain.
+ en situation l | The insurance adviser's hold music was a ukulele tune, and he picked up right on the chorus.
fr situation n | À la mairie, pour le renouvellement de ma carte d'identité, la photographe du photomaton m'a fait rire juste avant le flash, et pour une fois la photo est jolie.
+ en situation n | Renewing my ID card at the town hall, the photo booth lady made me laugh right before the flash, and for once the photo is nice.
fr situation n | Le courrier de la caisse de retraite de ma mère commençait par « Chère Madame » et finissait par un smiley fait par l'employée, on l'a encadré. Lumière gaie, s'il te plaît.
+ en situation n | The letter from my mum's pension office began "Dear Madam" and ended with a smiley the clerk had drawn, so we framed it. Cheerful light, please.

# situations: technology and phones
fr situation n | Ma mère a découvert les autocollants sur WhatsApp, et maintenant elle répond à tout avec un hérisson qui fait du yoga.
+ en situation n | My mum has discovered WhatsApp stickers, and now she replies to everything with a hedgehog doing yoga.
fr situation n | L'enceinte connectée a mal compris et a lancé une recette de crêpes au lieu de la météo, du coup on a fait des crêpes.
+ en situation n | The smart speaker misheard and started a pancake recipe instead of the weather, so we made pancakes.
fr situation l | Mon téléphone m'a ressorti une photo d'il y a trois ans où le chien porte mes lunettes, j'ai souri tout le trajet.
+ en situation l | My phone popped up a photo from three years ago of the dog wearing my glasses, and I smiled the whole journey.
fr situation n | Papi a réussi son premier appel vidéo tout seul et il nous a fait visiter son potager en tenant le téléphone à l'envers. Mets une ambiance qui va avec.
+ en situation n | Grandpa managed his first video call on his own and gave us a tour of his vegetable patch holding the phone upside down. Set the mood for that.

# situations: internet and social media
fr situation n | Le groupe Facebook du quartier a retrouvé le propriétaire d'un doudou perdu en une heure, et la maman a posté une photo du petit qui le serre contre lui.
+ en situation n | The neighbourhood Facebook group tracked down the owner of a lost cuddly toy within an hour, and the mum posted a photo of her little one hugging it.
fr situation n | Ma vidéo de poules qui courent après un ballon a fait rire toute la famille sur le groupe, même l'oncle qui ne répond jamais a mis trois emojis.
+ en situation n | My video of hens chasing a ball had the whole family laughing on the group chat, even the uncle who never replies sent three emojis.
fr situation l | Sur le forum de couture, une inconnue m'a expliqué ma machine pas à pas avec une patience d'ange et des petits cœurs.
+ en situation l | On the sewing forum, a stranger walked me through my machine step by step with the patience of a saint and little hearts.
fr situation n | Un ancien camarade de CM2 m'a retrouvé en ligne et m'a envoyé la photo de notre spectacle de fin d'année, on y est déguisés en carottes.
+ en situation n | An old primary-school classmate found me online and sent the photo of our end-of-year show, where we're dressed as carrots.

# situations: shopping
fr situation n | À la quincaillerie, le vendeur m'a montré comment choisir la bonne vis en me racontant ses cinquante ans de métier, je suis reparti avec trois vis et le sourire.
+ en situation n | At the hardware shop the salesman showed me how to pick the right screw while telling me about his fifty years in the trade, and I left with three screws and a smile.
fr situation n | Au magasin de chaussures, mon fils a choisi des baskets qui clignotent et il a sauté dans l'allée pour vérifier qu'elles marchent.
+ en situation n | At the shoe shop my son picked trainers that light up and jumped down the aisle to check they work.
fr situation l | La fleuriste a ajouté une branche d'eucalyptus dans mon bouquet « parce qu'il sent bon et qu'il est gratuit ».
+ en situation l | The florist added a sprig of eucalyptus to my bouquet "because it smells nice and it's free".
fr situation n | Dans la file du supermarché, la dame devant moi m'a fait passer avec ma baguette et on a fini par échanger nos recettes de soupe. Une ambiance pleine de peps, merci.
+ en situation n | In the supermarket queue the lady ahead let me go first with my baguette and we ended up swapping soup recipes. Something with a bit of pep, thanks.

# situations: moving house
fr situation n | Le jour du déménagement, les copains sont venus avec des croissants et un concours de qui porte le carton le plus lourd en chantant.
+ en situation n | On moving day our friends came with croissants and a contest to see who could carry the heaviest box while singing.
fr situation n | En vidant le grenier avant de partir, on a retrouvé nos costumes de carnaval de 1998 et on a fini le déménagement en pirates.
+ en situation n | Clearing the attic before leaving, we found our 1998 carnival costumes and finished the move dressed as pirates.
fr situation l | Dans le nouvel appart, la voisine a glissé un mot de bienvenue avec le code wifi « au cas où, en attendant le vôtre ».
+ en situation l | In the new flat the neighbour slipped us a welcome note with her wifi code, "just in case, until yours is up".
fr situation n | Les déménageurs ont trouvé le carton marqué « trésors » et c'était les dessins des enfants, ils les ont portés comme de la porcelaine en rigolant. Lumières chaleureuses, s'il te plaît.
+ en situation n | The removal men found the box marked "treasures" and it was the kids' drawings, so they carried it like fine china, laughing. Warm lights, please.

# situations: holidays and celebrations
fr situation n | Pour Pâques, papi a caché les œufs en chocolat tellement bien qu'il en a oublié la moitié, on a fini la chasse avec lui qui cherchait aussi.
+ en situation n | At Easter Grandpa hid the chocolate eggs so well he forgot where half of them were, so we finished the hunt with him searching too.
fr situation n | Anniversaire de ma collègue : on lui a chanté « joyeux anniversaire » en quatre langues différentes, la dernière était inventée.
+ en situation n | My colleague's birthday: we sang her "Happy Birthday" in four different languages, and the last one was made up.
fr situation l | Le jour de l'an, la boulangère a mis un chapeau pointu pour servir les galettes.
+ en situation l | On New Year's Day the baker wore a party hat to serve the galettes.
fr situation n | Carnaval de l'école : mon fils s'est déguisé en brocoli et il a défilé avec beaucoup de dignité. Mets-moi des couleurs qui vont avec.
+ en situation n | School carnival: my son dressed up as a piece of broccoli and paraded with great dignity. Give me colours to match.
fr situation n | Pour Halloween, le vieux monsieur du coin attendait les enfants déguisé en citrouille, avec un panier de clémentines et des blagues de squelette.
+ en situation n | For Halloween the old man on the corner waited for the kids dressed as a pumpkin, with a basket of clementines and skeleton jokes.

# situations: religion and rituals
fr situation n | Après la messe, le curé a organisé un goûter sur le parvis et il servait lui-même la limonade en plaisantant avec les enfants de chœur.
+ en situation n | After Mass the priest put on a little snack on the church steps and poured the lemonade himself, joking with the altar boys.
fr situation n | Pour l'Aïd, la voisine nous a apporté des cornes de gazelle et mon fils lui a rendu l'assiette avec des cookies et un dessin.
+ en situation n | For Eid the neighbour brought us almond pastries, and my son returned the plate with cookies and a drawing.
fr situation n | À la bar-mitsva de mon neveu, le rabbin a fait une blague sur le foot pendant son discours et toute la salle a ri.
+ en situation n | At my nephew's bar mitzvah the rabbi made a football joke in his speech and the whole room laughed.
fr situation l | Pour Diwali, ma collègue a apporté des petites lampes et des douceurs pour tout le service, le bureau sentait la cardamome.
+ en situation l | For Diwali my colleague brought little lamps and sweets for the whole department, and the office smelled of cardamom.

# situations: old age and grandparents
fr situation n | Ma grand-mère de quatre-vingt-huit ans a voulu essayer le karaoké à l'anniversaire de ma cousine, elle a choisi Dalida et elle connaissait tout par cœur.
+ en situation n | My eighty-eight-year-old grandmother wanted to try karaoke at my cousin's birthday; she chose Dalida and knew every word by heart.
fr situation n | Au club des aînés, papi a gagné le loto de la semaine et il a partagé son panier garni avec toute sa table.
+ en situation n | At the seniors' club Grandpa won this week's bingo and shared his hamper with his whole table.
fr situation l | Mamie m'a appelée pour me dire qu'elle avait enfin vu un colibri dans son documentaire et qu'elle avait applaudi toute seule dans son salon.
+ en situation l | Granny rang to say she'd finally seen a hummingbird on her documentary and had clapped all by herself in her living room.
fr situation n | Mon grand-père donne maintenant des cours de belote à mes amis, il leur a trouvé à chacun un surnom. Une petite lumière joyeuse pour ça ?
+ en situation n | My grandad now gives my friends lessons in belote, and he's found each of them a nickname. A cheerful little light for that?
fr situation n | À la maison de retraite, ma tante a organisé un défilé de chapeaux et le monsieur de la chambre 8 a gagné avec une passoire décorée.
+ en situation n | At the care home my aunt organised a hat parade, and the gentleman in room 8 won with a decorated colander.

# situations: death and funerals
fr mixed n | Un peu de peine, bien sûr, mais surtout des sourires : après l'enterrement de tonton, on s'est tous retrouvés au café à raconter ses blagues les plus nulles, et on riait franchement.
+ en mixed n | A bit of sadness, of course, but mostly smiles: after Uncle's funeral we all met up at the café telling his worst jokes, and we were properly laughing.
fr situation n | Ma tante avait demandé que tout le monde vienne en chemise à fleurs pour la cérémonie de papi, et l'église ressemblait à un jardin, ça nous a tous fait sourire.
+ en situation n | My aunt asked everyone to wear flowery shirts for Grandpa's service, and the church looked like a garden, which made us all smile.

# situations: birth and pregnancy
fr situation n | À l'échographie, le bébé a fait un petit signe de la main, le papa a répondu coucou à l'écran et la sage-femme a éclaté de rire.
+ en situation n | At the scan the baby seemed to wave, the dad waved back at the screen and the midwife burst out laughing.
fr situation n | Mon grand de quatre ans a présenté sa petite sœur à tous ses doudous, un par un, en leur expliquant qu'il faut être gentil avec elle.
+ en situation n | My four-year-old introduced his baby sister to all his cuddly toys, one by one, explaining that they have to be nice to her.
fr situation l | Ma collègue enceinte a reçu un paquet de chaussons minuscules de toute l'équipe, elle les a mis sur ses doigts pour les faire marcher sur le bureau.
+ en situation l | My pregnant colleague got a pack of tiny booties from the whole team and put them on her fingers to make them walk across the desk.
fr situation n | Premier bain du bébé à la maison : il a fait une grimace de vieux monsieur mécontent et on a tous les deux ri aux larmes. Mets une lumière douce et gaie.
+ en situation n | Baby's first bath at home: he pulled the face of a grumpy old man and we both laughed till we cried. Put on a soft, cheerful light.

# situations: DIY and repairs
fr situation n | J'ai monté l'étagère suédoise avec ma fille, il restait quatre vis à la fin, on les a rangées dans un bocal intitulé « mystères ».
+ en situation n | I built the flat-pack shelf with my daughter, there were four screws left over at the end, so we put them in a jar labelled "mysteries".
fr situation n | Au repair café, un retraité a remis en marche le grille-pain de ma grand-mère en me racontant l'histoire de chaque pièce.
+ en situation n | At the repair café a retired man got my grandmother's toaster working again while telling me the story of every part.
fr situation l | Le voisin est passé m'aider à changer le joint du robinet et il a fini par changer aussi l'ampoule, en sifflotant.
+ en situation l | The neighbour came by to help change the tap washer and ended up changing the light bulb too, whistling away.
fr situation n | On a repeint la balançoire du jardin en jaune et les petits ont voulu aider, ils sont plus jaunes que la balançoire. Tu peux mettre du jaune dans les lampes ?
+ en situation n | We repainted the garden swing yellow and the little ones wanted to help, and now they're yellower than the swing. Can you put some yellow in the lamps?

# situations: night and sleep
fr situation n | Réveillée avant l'alarme, pleine d'entrain, j'ai eu le temps de faire des pancakes pour tout le monde avant l'école.
+ en situation n | Woke up before the alarm full of beans, and had time to make pancakes for everyone before school.
fr situation n | Ma fille parle en dormant, cette nuit elle a commandé « une glace à la fraise avec des paillettes », on en a rigolé au petit-déjeuner.
+ en situation n | My daughter talks in her sleep, and last night she ordered "a strawberry ice cream with glitter", which we laughed about at breakfast.
fr situation l | En rentrant tard, j'ai trouvé un petit mot de mon colocataire sur l'oreiller : « le chat a dormi dans ton lit, désolé (pas désolé) ».
+ en situation l | Coming home late, I found a note from my flatmate on the pillow: "the cat slept in your bed, sorry (not sorry)".

# situations: city life
fr situation n | Dans le métro, un musicien a joué la chanson du générique des Simpson et tout le wagon a sifflé l'air avec lui.
+ en situation n | On the metro a busker played The Simpsons theme and the whole carriage whistled along.
fr situation n | Sur la place, un vieux monsieur nourrissait les pigeons en leur donnant des prénoms, et les enfants du quartier l'aidaient à les reconnaître.
+ en situation n | On the square an old man was feeding the pigeons and giving them names, and the local kids were helping him tell them apart.
fr situation l | Le kiosquier m'a mis de côté le dernier numéro de mon magazine de mots croisés avec un post-it « pour la dame aux lunettes rouges ».
+ en situation l | The newsagent put aside the latest issue of my crossword magazine with a Post-it saying "for the lady with the red glasses".
fr situation n | Quelqu'un a dessiné une marelle géante à la craie sur le trottoir de la rue piétonne, et même les gens en costume sautaient dedans. Mets une lumière pétillante.
+ en situation n | Someone chalked a giant hopscotch on the pavement of the pedestrian street, and even people in suits were hopping through it. Put on a sparkly light.

# situations: countryside and farming
fr situation n | Les enfants de la ville sont venus à la ferme et l'un d'eux a demandé si les vaches faisaient le lait au chocolat, mon père a répondu « seulement les marron ».
+ en situation n | Some city kids visited the farm and one of them asked whether the cows made chocolate milk; my dad answered "only the brown ones".
fr situation n | Les agneaux sont sortis pour la première fois dans le pré, ils font des bonds sur place comme des ressorts.
+ en situation n | The lambs went out into the field for the first time, and they're springing straight up in the air like little pogo sticks.
fr situation l | Au marché du village, le producteur de miel m'a offert une cuillère de son miel de châtaignier et une blague sur ses abeilles syndiquées.
+ en situation l | At the village market the honey producer gave me a spoonful of his chestnut honey and a joke about his unionised bees.
fr situation n | Le tracteur du voisin est passé avec la remorque pleine d'enfants qui chantaient, ramenés de la fête du village. Une ambiance champêtre et gaie, merci.
+ en situation n | The neighbour's tractor went by with a trailer full of singing kids on their way back from the village fête. Something country and cheerful, thanks.
fr situation n | Ma jument a trouvé le moyen d'ouvrir la porte du box et nous attendait devant la cuisine, l'air très content d'elle.
+ en situation n | My mare figured out how to open her stable door and was waiting for us outside the kitchen, looking very pleased with herself.

# situations: sea and mountains
fr situation n | À la plage, mon fils a construit un château de sable avec un parking pour crabes, et il distribue des tickets aux passants.
+ en situation n | At the beach my son built a sandcastle with a car park for crabs and is handing out tickets to passers-by.
fr situation n | En randonnée, on a croisé une marmotte qui nous a sifflés, et toute la famille s'est mise à siffler en retour.
+ en situation n | Out hiking we came across a marmot that whistled at us, and the whole family started whistling back.
fr situation l | Le marchand de glaces de la promenade se souvient que ma fille veut toujours « la boule verte, pas la menthe, l'autre ».
+ en situation l | The ice-cream seller on the promenade remembers that my daughter always wants "the green scoop, not mint, the other one".
fr situation n | Au refuge, un groupe d'Allemands nous a appris une chanson de montagne et on leur a appris « À la pêche aux moules », tout le monde chantait faux. Mets un truc qui va avec.
+ en situation n | At the mountain hut a group of Germans taught us a mountain song and we taught them a French nursery rhyme, everyone singing out of tune. Put on something to match.
fr situation n | Sur le port, un pêcheur a montré aux enfants un crabe qui « faisait la sieste », ils sont restés accroupis dix minutes à chuchoter.
+ en situation n | On the harbour a fisherman showed the kids a crab that was "having a nap", and they crouched there whispering for ten minutes.

# situations: hobbies and crafts
fr situation n | À l'atelier poterie, mon bol est sorti du four complètement tordu, la prof l'a appelé « un bol qui a du caractère » et tout le monde a applaudi.
+ en situation n | At pottery class my bowl came out of the kiln completely wonky, the teacher called it "a bowl with character" and everyone clapped.
fr situation n | Au club photo, on avait pour thème « le jaune », et on a passé l'après-midi à traquer les imperméables et les citrons dans la ville en riant.
+ en situation n | At the photo club the theme was "yellow", and we spent the afternoon hunting raincoats and lemons around town, laughing.
fr situation l | J'ai terminé mon premier pull au tricot, une manche est plus longue que l'autre, mon mari dit que c'est pour attraper les choses plus loin.
+ en situation l | I finished my first hand-knitted jumper, one sleeve is longer than the other, and my husband says it's for reaching things further away.
fr situation n | Cours de danse de salon avec les voisins du dessous : on se marche sur les pieds à chaque tango, mais qu'est-ce qu'on s'amuse. Mets-moi une lumière pour danser doucement.
+ en situation n | Ballroom class with the downstairs neighbours: we tread on each other's toes at every tango, but we have such fun. Give me lights for a gentle dance.
fr situation n | Au club de modélisme, un petit garçon a fait marcher le train électrique pour la première fois et il a annoncé chaque gare avec une voix de contrôleur.
+ en situation n | At the model railway club a little boy ran the electric train for the first time and announced every station in a conductor's voice.

# situations: volunteering
fr situation n | À la banque alimentaire, un bénévole de quatre-vingts ans nous a fait une démonstration de rangement de conserves « façon Tetris », on a tous ri.
+ en situation n | At the food bank an eighty-year-old volunteer showed us how to stack tins "Tetris-style", and we all laughed.
fr situation n | Au refuge pour animaux, j'ai promené un vieux beagle qui s'arrêtait pour dire bonjour à chaque passant, queue qui tourne comme une hélice.
+ en situation n | At the animal shelter I walked an old beagle who stopped to greet every passer-by, tail spinning like a propeller.
fr situation l | Pendant l'aide aux devoirs, un petit m'a corrigé une faute au tableau avec un immense sourire de revanche.
+ en situation l | During homework club, a little one corrected a mistake I'd made on the board with a huge grin of sweet revenge.
fr situation n | Au nettoyage de la plage, deux ados ont trouvé un canard en plastique et l'ont nommé mascotte officielle, il a fini sur le capot de la voiture du président de l'asso. Ambiance ensoleillée, s'il te plaît.
+ en situation n | At the beach clean-up two teenagers found a rubber duck and made it the official mascot, and it ended up on the bonnet of the club president's car. Sunny vibes, please.

# situations: politics and news
fr situation n | Aux infos locales, un reportage sur un village où les habitants ont repeint toutes les boîtes aux lettres en couleurs, le facteur avait l'air ravi.
+ en situation n | On the local news there was a piece about a village where people painted all the letterboxes in bright colours, and the postman looked delighted.
fr situation n | Au bureau de vote, l'assesseur a félicité un jeune qui votait pour la première fois, et toute la file a applaudi gentiment.
+ en situation n | At the polling station the official congratulated a young man voting for the first time, and the whole queue gave a friendly round of applause.
fr situation l | À la radio ce matin, le présentateur a lu les messages d'auditeurs qui racontaient leur plus belle rencontre de la semaine, j'ai souri tout le trajet.
+ en situation l | On the radio this morning the host read out listeners' messages about the nicest encounter of their week, and I smiled all the way in.
fr situation n | Le conseil de quartier a voté pour installer des bancs et une boîte à livres près de l'école, et le petit Nathan a coupé le ruban avec des ciseaux à bouts ronds.
+ en situation n | The neighbourhood council voted to put benches and a book box near the school, and little Nathan cut the ribbon with round-ended scissors.

# situations: science and discovery
fr situation n | À la fête de la science, un chercheur a fait une démonstration avec des bulles de savon géantes, et mon fils est resté piégé dans une, ravi.
+ en situation n | At the science fair a researcher did a demo with giant soap bubbles, and my son ended up trapped inside one, thrilled.
fr situation n | Au planétarium, la guide faisait des blagues sur Pluton « vexée d'être rétrogradée » et toute la salle gloussait dans le noir.
+ en situation n | At the planetarium the guide joked about Pluto being "sulking after its demotion", and the whole dark room was giggling.
fr situation l | Le télescope offert à Noël marche enfin, et mon père a passé la soirée à faire coucou à la Lune.
+ en situation l | The Christmas telescope finally works, and my dad spent the evening waving at the Moon.
fr situation n | À la maison, on a fait l'expérience du volcan au bicarbonate avec les petits, la mousse a débordé sur la nappe et tout le monde a hurlé de rire. Mets un éclairage rigolo.
+ en situation n | At home we did the baking-soda volcano with the little ones, the foam spilled all over the tablecloth and everyone shrieked with laughter. Give us a fun bit of lighting.

# long
fr long n | Ce matin, la machine à café du bureau ne donnait que du chocolat chaud. On s'est résignés. À dix heures, tout l'étage avait une moustache de chocolat. La réunion a été beaucoup plus sympa que d'habitude.
+ en long n | This morning the office coffee machine would only give out hot chocolate. We gave in. By ten, the whole floor had chocolate moustaches. The meeting was a lot friendlier than usual.
fr long n | Ma fille devait apporter un objet « qui la représente » pour l'école. Elle a choisi une cuillère. Quand on lui a demandé pourquoi, elle a dit : « parce que je suis toujours prête pour le dessert ». La maîtresse a gardé la phrase pour le journal de classe.
+ en long n | My daughter had to bring an object "that represents her" to school. She chose a spoon. When we asked why, she said, "because I'm always ready for pudding". The teacher kept the line for the class newsletter.
fr long n | Samedi, panne de voiture sur une petite route. Un agriculteur est passé avec son tracteur et nous a remorqués jusqu'au village. Sa femme nous a servi du cidre pendant qu'on attendait le garagiste. On est repartis avec des œufs frais et leur numéro.
+ en long n | Saturday, our car broke down on a country lane. A farmer came by on his tractor and towed us into the village. His wife poured us cider while we waited for the mechanic. We left with fresh eggs and their phone number.
fr long n | J'avais mis un pull à l'envers pour aller au boulot. Personne ne m'a rien dit jusqu'à midi. Puis le stagiaire a retourné le sien « par solidarité ». L'après-midi, la moitié du service l'avait fait.
+ en long n | I'd gone to work with my jumper on inside out. Nobody said a thing until lunchtime. Then the intern turned his inside out too, "in solidarity". By the afternoon half the department had done the same.
fr long n | Mamie ne voulait pas de fête pour ses quatre-vingt-dix ans. On a juste apporté un gâteau au jardin. Les voisins ont vu les bougies par-dessus la haie. Une heure plus tard, on était trente, avec une guitare et deux tartes en plus.
+ en long n | Granny didn't want a party for her ninetieth. We just brought a cake out into the garden. The neighbours spotted the candles over the hedge. An hour later there were thirty of us, plus a guitar and two more tarts.
fr long n | Le train était bloqué en rase campagne. Un contrôleur a pris le micro pour nous décrire le paysage comme un guide touristique. Il a même présenté les vaches du champ d'à côté. On est arrivés avec quarante minutes de retard et tout le wagon souriait.
+ en long n | The train was stuck in the middle of nowhere. A guard took the mic and described the scenery like a tour guide. He even introduced the cows in the next field. We arrived forty minutes late and the whole carriage was smiling.
fr long n | Mon fils de sept ans a voulu tenir un stand de limonade devant la maison. Il a fait une pancarte avec trois fautes. Le facteur, le boulanger et la voisine sont passés. Il a gagné quatre euros et il a tout dépensé en bonbons pour les partager.
+ en long n | My seven-year-old wanted to run a lemonade stand outside the house. He made a sign with three spelling mistakes. The postman, the baker and the lady next door all stopped by. He made four euros and spent it all on sweets to share.
fr long n | Au cours de yoga, la prof nous a demandé de faire la posture du chat. Le vrai chat de la salle est arrivé et s'est étiré juste à côté d'elle. Personne n'a pu garder son sérieux. On a fini la séance en riant allongés sur les tapis.
+ en long n | In yoga class the teacher asked us to do cat pose. The studio's actual cat wandered in and stretched right next to her. Nobody could keep a straight face. We finished the session lying on our mats laughing.
fr long n | Il pleuvait sur le marché et les étals étaient presque vides. Le poissonnier a mis de la musique italienne. La marchande de fruits s'est mise à chanter avec lui. Les quelques clients sont restés sous les bâches à battre la mesure.
+ en long n | It was raining on the market and the stalls were nearly empty. The fishmonger put on Italian music. The fruit seller started singing along with him. The handful of customers stayed under the awnings tapping their feet.
fr long n | Je suis aide-soignante de nuit. À six heures, Madame Lucas m'a demandé l'heure. Je lui ai dit qu'il était tôt. Elle a répondu : « tant mieux, on a le temps de papoter », et elle m'a raconté son premier bal en 1952 avec mille détails drôles.
+ en long n | I'm a night care assistant. At six, Mrs Lucas asked me the time. I told her it was early. She said, "good, that gives us time for a chat", and told me all about her first dance in 1952 in hilarious detail.
fr long n | On a voulu faire un barbecue. Le charbon ne prenait pas. Le voisin est venu aider, puis sa femme, puis leurs enfants avec des saucisses. À la fin, c'était un barbecue de quartier et personne ne savait plus chez qui on était.
+ en long n | We tried to have a barbecue. The charcoal wouldn't light. The neighbour came to help, then his wife, then their kids with sausages. By the end it was a street barbecue and nobody knew whose garden we were in.
fr long n | Premier jour de mon nouveau boulot à la médiathèque. Ma collègue m'a fait visiter en présentant chaque rayon comme un personnage. Le rayon BD est « le cousin rigolo ». À midi, on mangeait ensemble au soleil comme de vieilles copines.
+ en long n | First day at my new job in the library. My colleague showed me round introducing each section as a character. The comics section is "the funny cousin". By lunch we were eating together in the sun like old friends.
fr long n | Mon mari a essayé de faire un gâteau d'anniversaire en secret. J'ai trouvé la cuisine couverte de farine et lui aussi. Le gâteau était plat comme une crêpe. Il a planté les bougies quand même, et c'était le meilleur gâteau de ma vie.
+ en long n | My husband tried to bake a birthday cake in secret. I found the kitchen covered in flour, and him too. The cake was flat as a pancake. He stuck the candles in anyway, and it was the best cake of my life.
fr long n | Dans la salle d'attente du vétérinaire, il y avait un chat, deux chiens et un cochon d'Inde. Le cochon d'Inde couinait chaque fois que la porte s'ouvrait. Les maîtres ont commencé à se raconter les manies de leurs bêtes. J'ai presque regretté que ce soit mon tour.
+ en long n | In the vet's waiting room there was a cat, two dogs and a guinea pig. The guinea pig squeaked every time the door opened. The owners started swapping stories about their pets' quirks. I was almost sorry when it was my turn.
fr long n | Le match de foot des papas contre les enfants était prévu en dix minutes. Il a duré une heure. Les papas ont perdu 12 à 3. Le goûter qui a suivi était bruyant, sucré et plein de fanfaronnades d'enfants.
+ en long n | The dads-versus-kids football match was meant to last ten minutes. It went on for an hour. The dads lost 12–3. The snack afterwards was loud, sugary and full of kids' bragging.

# negation
fr negation n | Ce n'est pas la fête du siècle, hein, juste un samedi où le boulanger m'a fait rire et où le soleil est sorti. Ça me suffit largement pour sourire.
+ en negation n | It's not the party of the century, just a Saturday where the baker made me laugh and the sun came out. That's more than enough to keep me smiling.
fr negation n | Je ne suis pas en train de me reposer, je suis debout en train de ranger en chantonnant, juste de bon poil.
+ en negation n | I'm not resting, I'm up and tidying while humming, just in a good mood.
fr negation n | Non, rien de grandiose, je n'ai rien gagné ni réussi de spécial, c'est juste que les collègues m'ont fait rire toute la journée.
+ en negation n | No, nothing grand, I haven't won or achieved anything special, it's just that my colleagues kept me laughing all day.
fr negation n | Je ne rêvasse pas, j'ai les pieds bien sur terre : c'est juste que le marché sentait bon et que tout le monde souriait.
+ en negation n | I'm not daydreaming, my feet are firmly on the ground: it's just that the market smelled lovely and everyone was smiling.
fr negation n | Pas du tout contrarié par la pluie, les enfants ont sauté dans les flaques et on a tous fini trempés et hilares.
+ en negation n | Not bothered by the rain at all, the kids jumped in the puddles and we all ended up soaked and in fits of laughter.
fr negation l | Je ne saute pas au plafond, mais franchement, une brioche encore tiède et un message gentil de ma sœur, ça met de bonne humeur.
+ en negation l | I'm not bouncing off the walls, but honestly, a still-warm brioche and a sweet message from my sister put me in a good mood.
fr negation n | Aucune inquiétude pour la journée, j'ai le sourire aux lèvres depuis que mon voisin m'a salué en chantant.
+ en negation n | Not a worry about today, I've had a smile on my face since my neighbour said good morning in song.
fr negation n | Ce n'est pas de la nostalgie, ces vieilles photos de vacances nous ont juste fait rire aux éclats, surtout mon bob à fleurs.
+ en negation n | It's not nostalgia, those old holiday photos just had us in fits, especially my flowery bucket hat.
fr negation n | Je ne suis pas surexcité, non, simplement de belle humeur, le genre de journée où on dit bonjour à tout le monde.
+ en negation n | I'm not hyper, no, just in a lovely mood, the kind of day when you say hello to everyone.
fr negation n | Pas fatiguée du tout malgré la semaine, la soirée crêpes avec les voisins m'a mis du peps et de la gaieté.
+ en negation n | Not tired at all despite the week, the pancake evening with the neighbours put a spring in my step and a smile on my face.
fr negation n | Je ne me sens pas seul ce soir, les copains m'ont envoyé des vocaux débiles toute la soirée et je souris comme un idiot.
+ en negation n | I'm not feeling lonely tonight, my mates have been sending me daft voice notes all evening and I'm grinning like an idiot.

# mixed
fr mixed n | Un peu en retard sur tout, mais de très bonne humeur : mon fils m'a réveillé avec un concert de casseroles pour mon anniversaire.
+ en mixed n | A bit behind on everything, but in a great mood: my son woke me up with a saucepan concert for my birthday.
fr mixed n | Légère frustration d'avoir raté le bus, mais la dame de l'arrêt m'a raconté sa vie de chanteuse de cabaret et j'ai souri tout le reste de la matinée.
+ en mixed n | Slightly annoyed at missing the bus, but the lady at the stop told me about her life as a cabaret singer and I smiled for the rest of the morning.
fr mixed n | Courbatures partout après le déménagement de ma sœur, mais le souvenir de mon beau-frère coincé avec le matelas dans l'escalier me fait encore rire.
+ en mixed n | Aching all over after my sister's move, but the memory of my brother-in-law stuck on the stairs with the mattress still cracks me up.
fr mixed n | Un peu d'appréhension pour la rentrée, mais surtout de la gaieté : on a acheté les fournitures et ma fille a choisi une trousse en forme de pastèque.
+ en mixed n | A bit of nerves about the new school year, but mostly cheerfulness: we bought the supplies and my daughter picked a watermelon-shaped pencil case.
fr mixed n | Épuisée par la garde, oui, mais le petit mot dessiné par l'enfant de la chambre 4 m'a mis le sourire pour toute la journée.
+ en mixed n | Worn out from my shift, yes, but the little drawing from the child in room 4 kept me smiling all day.
fr mixed l | Un peu d'agacement contre l'imprimante, mais bon, mon collègue lui a mis un nom et des yeux en papier, et on rigole à chaque bourrage.
+ en mixed l | A bit fed up with the printer, but oh well, my colleague gave it a name and paper eyes, and now we laugh at every paper jam.
fr mixed n | Pas mal de boulot en retard, mais le déjeuner au soleil avec l'équipe et les blagues de Farid m'ont mise de vraiment bonne humeur.
+ en mixed n | Quite a bit of work piling up, but lunch in the sun with the team and Farid's jokes have put me in a really good mood.
fr mixed n | Une pointe de tristesse de voir partir les cousins, mais surtout plein de gaieté : ils nous ont laissé un dessin géant sur la porte du frigo.
+ en mixed n | A touch of sadness seeing the cousins leave, but mostly lots of cheer: they left us a giant drawing on the fridge door.
fr mixed n | Un peu enrhumé, mais le sourire aux lèvres, ma fille m'a préparé une tisane avec douze morceaux de sucre et une paille.
+ en mixed n | Got a bit of a cold, but I'm smiling, my daughter made me a herbal tea with twelve sugar lumps and a straw.
fr mixed n | Pas beaucoup dormi, mais d'excellente humeur : le bébé a fait son premier vrai éclat de rire ce matin, en regardant le chat.
+ en mixed n | Not much sleep, but in an excellent mood: the baby had her first proper belly laugh this morning, watching the cat.

# slang_emoji
fr slang_emoji n | la dame du kebab m'a mis un smiley en sauce blanche sur mes frites 😂🍟 journée validée
+ en slang_emoji n | the kebab lady drew a smiley in garlic sauce on my chips 😂🍟 day made
fr slang_emoji n | mon reuf a appris au chien à faire le check, jsuis mort 🐶✋😂
+ en slang_emoji n | my bro taught the dog to fist bump, i'm dead 🐶✋😂
fr slang_emoji n | grand soleil + marché + copines en terrasse = moi qui souris bêtement depuis 2h ☀️🥐💛
+ en slang_emoji n | big sun + market + the girls on a terrace = me grinning like a fool for 2 hrs ☀️🥐💛
fr slang_emoji l | le prof de maths a fait une blague et elle était drôle ?? ptdr journée chelou mais cool 😄
+ en slang_emoji l | the maths teacher made a joke and it was actually funny?? lmao weird day but a good one 😄
fr slang_emoji n | ma mamie a liké ma photo avec 14 cœurs d'affilée 💖💖💖 trop chou
+ en slang_emoji n | my nan liked my pic with 14 hearts in a row 💖💖💖 so cute
fr slang_emoji n | le chat s'est coincé la tête dans un sac de chips et il a fait comme si de rien n'était mdrrr 🐱🥔 bonne vibe ce soir
+ en slang_emoji n | the cat got his head stuck in a crisp packet and acted like nothing happened lmaooo 🐱🥔 good vibes tonight
fr slang_emoji n | tkt ça va grave bien, le voisin m'a filé des figues de son arbre et on a papoté 1h 🌳😊
+ en slang_emoji n | don't worry i'm doing great, the neighbour gave me figs off his tree and we chatted for an hour 🌳😊
fr slang_emoji n | coloc qui fait des crêpes à 16h un mardi sans raison, le kiff 🥞✨ mets des lumières qui vont avec stp
+ en slang_emoji n | flatmate making crêpes at 4pm on a random tuesday, love it 🥞✨ lights to match pls

# typo
fr typo n | le facteur ma laissé un mot rigolo sur le colis "attention fragil comme mon coeur" trop drole
+ en typo n | postman left a funny note on the parcel "carefull fragile like my heart" so funy
fr typo n | jsuis de tro bonne humeur la, ma fille a apri a faire du velo sans les ptites roues et elle rigolé tout le temps
+ en typo n | im in such a gd mood, my daughter learnt to ride her bike w/o stabilisers and she was giggling the hole time
fr typo n | on a mangé une glace sur le port avec les enfnats et un goeland a volé le cornet du papi a coté, tout le monde riait
+ en typo n | we had ice cream on the harbour w the kids and a seagul nicked the cone off the grandad next to us, evry1 was laughing
fr typo l | sa fait du bien un collegue qui ramene des pains au chocolat le vendredi sans raison
+ en typo l | its so nice when a colegue brings pain au chocolat on a friday for no reason
fr typo n | mon chien a rencontrer un chaton au parc et il sait pas koi faire il remue la queue comme un fou mdr
+ en typo n | my dog met a kitten at the park and he dosnt kno what to do, wagging his tail like mad lol
fr typo n | ptit dej en famille au soleil, papa a fait des oeufs en forme de coeur, bonne journee qui comence
+ en typo n | family brekfast in the sun, dad made heart shaped eggs, good start to the day
fr typo n | la maitresse a di que mon fils fait rire toute la classe avec ses imitaitons de poule, jsuis morte de rire
+ en typo n | teacher said my son makes the hole class laugh with his chiken impressions, lol im cracking up
fr typo n | on a fai un karaoke dans la voiture avec les cousins tout le trajet, ja plus de voix mais quelle bonne humeur
+ en typo n | we did car karaoke with the cousins the whole drive, lost my voice but such a good mood

# wish
fr wish n c=yellow;orange b=bright | Les enfants ont fait une parade de déguisements dans le salon et j'ai encore le sourire, mets du jaune et de l'orange bien lumineux.
+ en wish n c=yellow;orange b=bright | The kids put on a fancy-dress parade in the living room and I'm still smiling, give me bright yellow and orange.
fr wish n c=gold;warm_white | Journée toute simple mais pleine de petits bonheurs, le pain chaud, le chat, les copains. Un éclairage doré et blanc chaud, s'il te plaît.
+ en wish n c=gold;warm_white | A simple day but full of little joys, warm bread, the cat, my friends. Gold and warm white lights, please.
fr wish n c=amber;green | Le jardin est plein de papillons et ma fille leur donne des prénoms, je suis d'humeur guillerette, mets de l'ambre et du vert.
+ en wish n c=amber;green | The garden is full of butterflies and my daughter's naming them, I'm in a chirpy mood, put on amber and green.
fr wish l b=bright | Rien de spécial, juste le soleil qui rentre et le café qui sent bon, j'ai le sourire. Lumière vive, merci.
+ en wish l b=bright | Nothing special, just the sun coming in and the coffee smelling good, I'm smiling. Bright lights, thanks.
fr wish n c=yellow;pink | Mon voisin a décoré son balcon de fanions et salue tout le monde en passant, ça m'a mis de belle humeur. Du jaune et du rose, s'il te plaît.
+ en wish n c=yellow;pink | My neighbour decorated his balcony with bunting and greets everyone who walks by, it's put me in a lovely mood. Yellow and pink, please.

# explicit
fr explicit n | J'ai le cœur léger et l'humeur joyeuse depuis que je suis levée, tout me paraît sympathique.
+ en explicit n | My heart's been light and my mood cheerful since I got up, everything seems nice.
fr explicit n | Je suis d'une humeur enjouée aujourd'hui, je taquine tout le monde gentiment et je ris de tout.
+ en explicit n | I'm in a playful mood today, gently teasing everyone and laughing at everything.
fr explicit l | Un petit bonheur tranquille, le genre de gaieté simple qui donne envie de siffler.
+ en explicit l | A little easy happiness, the kind of simple cheer that makes you want to whistle.
fr explicit n | J'ai la pêche et le sourire aux lèvres, c'est une de ces journées où tout est agréable.
+ en explicit n | I'm full of beans and smiling, it's one of those days when everything's pleasant.
fr explicit n | De bonne humeur, tout simplement, contente des petites choses de la journée.
+ en explicit n | In a good mood, simple as that, happy with the little things of the day.
"""

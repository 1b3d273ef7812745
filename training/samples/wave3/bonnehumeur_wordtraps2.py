"""bonnehumeur: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from curiosite (bibliothèque, science, comment, chercher, googler, énigme, découverte)
fr situation n | À la bibliothèque, la dame de l'accueil avait mis de côté pour mon fils tous les livres avec des camions dedans.
+ en situation n | At the library the lady on the desk had put aside every book with lorries in it for my son.
en situation n | The science teacher wore a tie covered in little planets today, and the kids kept pointing at it and giggling.
+ fr situation n | Le prof de sciences portait une cravate couverte de petites planètes aujourd'hui, et les élèves la montraient du doigt en gloussant.
fr situation n | Comment mon fils a deviné qu'il y avait des frites ce soir ? Il les a senties depuis l'ascenseur et il se trémousse dans l'entrée.
+ en situation n | How did my son guess it was chips tonight? He smelled them from the lift and he's wiggling about in the hallway.
fr situation n | Le livreur a cherché mon adresse dix minutes et m'a trouvée grâce à mes géraniums rouges, qu'il a complimentés en partant.
+ en situation n | The delivery guy looked for my address for ten minutes, found me thanks to my red geraniums, and complimented them as he left.
en situation n | Looked up what breed my neighbour's dog is, and now she's invited me to walk him with her on Sundays.
+ fr situation n | J'ai cherché la race du chien de ma voisine, et du coup elle m'a proposé de le promener avec elle le dimanche.
fr situation n | L'énigme du journal résolue à trois au comptoir du café, et le patron nous a offert les croissants pour fêter ça.
+ en situation n | We cracked the newspaper puzzle between the three of us at the café counter, and the owner gave us free croissants to celebrate.
fr situation n | Découverte du matin : le boulanger met maintenant trois barres de chocolat dans ses pains au chocolat. La journée commence bien.
+ en situation n | This morning's find: the baker now puts three sticks of chocolate in his pains au chocolat. Good start to the day.
en typo n | asked the bus driver a random question about the route and he ended up telling me all about his cat lol so sweet
+ fr typo n | jai posé une question au chauffeur de bus sur le trajet et il ma raconté toute la vie de son chat mdr trop mignon

# trap words from detente (lit, piscine, hamac, massage, tisane, plage, vacances)
fr situation n | Petit déjeuner au lit préparé par les enfants : des tartines en forme de cœur et du jus renversé sur tout le plateau.
+ en situation n | Breakfast in bed made by the kids: heart-shaped toast and juice spilled all over the tray.
en situation n | At the pool, the lifeguard gave my daughter a high five every time she finished a width.
+ fr situation n | À la piscine, le maître-nageur tapait dans la main de ma fille à chaque largeur qu'elle finissait.
fr situation n | Le chien m'a piqué ma place dans le hamac et il y ronfle, les pattes en l'air. Impossible de lui en vouloir.
+ en situation n | The dog stole my spot in the hammock and he's snoring there with his paws in the air. Can't be cross with him.
fr situation n | Mes collègues m'ont offert un massage, et la masseuse m'a fait rire tout du long avec les histoires de ses trois chats.
+ en situation n | My coworkers gave me a massage voucher, and the masseuse had me laughing the whole time with stories about her three cats.
en situation n | Holiday postcard from the neighbours: a drawing of their cat on a sun lounger, with "wish you were here" underneath.
+ fr situation n | Carte postale de vacances des voisins : un dessin de leur chat sur un transat, avec « on pense à toi » en dessous.
fr situation n | Tisane du soir avec ma coloc, on a trouvé un surnom idiot pour chaque voisin de l'immeuble. Une lumière toute douce et gaie, s'il te plaît.
+ en situation n | Evening herbal tea with my flatmate, we came up with a silly nickname for every neighbour in the building. Soft cheerful light, please.
fr situation n | Sur la plage, un inconnu a aidé mon fils à creuser un tunnel et ils se sont serré la main au milieu, dans le sable.
+ en situation n | On the beach a stranger helped my son dig a tunnel and they shook hands in the middle, under the sand.
fr mixed n | Un peu crevé par la semaine, mais ma fille a monté un « spa » dans la salle de bain avec des rondelles de concombre, et je souris comme un idiot.
+ en mixed n | A bit wiped out from the week, but my daughter set up a "spa" in the bathroom with cucumber slices, and I'm grinning like an idiot.

# trap words from euphorie (anniversaire, mariage, concert, DJ, Noël, soirée, fête)
fr situation n | Pour l'anniversaire de papa, on lui a offert un cactus avec une petite moustache, il l'a installé à côté de la télé.
+ en situation n | For Dad's birthday we gave him a cactus with a little moustache, and he's put it next to the telly.
en situation n | Tiny wedding at the town hall, and the groom's nephew brought the rings in on a toy dump truck.
+ fr situation n | Petit mariage à la mairie, et le neveu du marié a apporté les alliances dans un camion-benne en plastique.
fr situation n | Le chien aboie en rythme quand je passe l'aspirateur en musique, on donne un petit concert à deux tous les samedis.
+ en situation n | The dog barks in time when I hoover with music on, we put on a little concert for two every Saturday.
fr situation n | Le boulanger joue les DJ avec la radio de la boutique et demande à chaque client sa chanson préférée.
+ en situation n | The baker plays DJ with the shop radio and asks every customer for their favourite song.
en situation n | Christmas jumper day at the office, and even the boss came in with a reindeer whose nose lights up.
+ fr situation n | Journée pull de Noël au bureau, et même le patron est venu avec un renne dont le nez s'allume.
fr situation n | Dans le train, un vieux monsieur fêtait ses 85 ans, et le contrôleur lui a chanté joyeux anniversaire en vérifiant son billet.
+ en situation n | On the train an old gentleman was turning 85, and the conductor sang him happy birthday while checking his ticket.
fr situation n | Soirée jeux chez les voisins, ils avaient fait des cookies et leur petit nous a expliqué les règles complètement de travers.
+ en situation n | Games night at the neighbours', they'd baked cookies and their little one explained the rules completely wrong.
en slang_emoji n | my nan found the emoji keyboard and now sends a party popper 🎉 every time she finishes her crossword 😂
+ fr slang_emoji n | ma mamie a découvert les émojis et m'envoie un 🎉 à chaque fois qu'elle finit ses mots croisés 😂

# trap words from reverie (rêve, nuages, étoile filante, lune, rêvasser, imaginer)
fr situation n | Mon fils m'a raconté son rêve : il conduisait un bus rempli de pingouins. On en a ri tout le petit-déjeuner.
+ en situation n | My son told me his dream: he was driving a bus full of penguins. We laughed about it all through breakfast.
en situation n | Lying on the grass, the kids and I found a cloud shaped exactly like Grandpa's nose, and we laughed ourselves silly.
+ fr situation n | Allongés dans l'herbe, les enfants et moi on a trouvé un nuage qui a exactement le nez de papi, on a ri comme des bêtes.
fr situation n | Hier soir, le petit a vu sa première étoile filante et il a fait le vœu d'avoir un hamster qui parle.
+ en situation n | Last night the little one saw his first shooting star and wished for a hamster that can talk.
fr situation n | Ma voisine a peint sa boîte aux lettres en ciel bleu avec des nuages, et tout le monde dans la rue s'arrête pour sourire.
+ en situation n | My neighbour has painted her letterbox sky blue with clouds, and everyone in the street stops to smile at it.
en situation n | I was daydreaming on the train when the lady opposite offered me half of her clementine, just like that.
+ fr situation n | Je rêvassais dans le train quand la dame en face m'a tendu la moitié de sa clémentine, comme ça, gentiment.
fr situation n | La prof de musique a laissé la classe imaginer une chanson sur la cantine, et le refrain parle de frites.
+ en situation n | The music teacher let the class make up a song about the school canteen, and the chorus is all about chips.
fr situation n | Sous la lune, sur le balcon, papi m'a présenté ses tomates par leur prénom : Gérard, Josette et la petite Lulu.
+ en situation n | Under the moon on the balcony, Grandpa introduced me to his tomatoes by name: Gérard, Josette and little Lulu.
fr typo n | jrevassais dans le bus et le chauffeur a klaxonné pr dire bonjour a une mamie sur son balcon, elle a fait coucou trop chou
+ en typo n | was daydreaming on the bus and the driver honked to say hi to an old lady on her balcony, she waved back so cute

# trap words from victoire (match, première dent, diplôme, record, score, gagner, quiz)
fr situation n | Match de foot des petits le samedi matin : personne ne compte les buts et les parents distribuent des quartiers d'orange.
+ en situation n | Little ones' football match on Saturday morning: nobody counts the goals and the parents hand out orange slices.
en situation n | My son's first tooth came out in an apple, and he showed it to everybody at the bus stop.
+ fr situation n | La première dent de mon fils est tombée dans une pomme, et il l'a montrée à tout le monde à l'arrêt de bus.
fr situation n | Le voisin a enfin réussi sa tarte Tatin et m'en a monté une part encore tiède sur une assiette à fleurs.
+ en situation n | The neighbour finally nailed his tarte Tatin and brought me up a slice, still warm, on a flowery plate.
fr situation n | Record du jour : trois personnes m'ont tenu la porte avant neuf heures, et une m'a souhaité bon appétit pour mon croissant.
+ en situation n | Today's record: three people held the door for me before nine, and one wished me bon appétit for my croissant.
en situation n | My cousin's graduation day, and Gran wore a hat with a tiny mortarboard on top that she'd made herself.
+ fr situation n | Remise de diplôme de mon cousin, et mamie portait un chapeau surmonté d'une minuscule toque qu'elle avait fabriquée elle-même.
fr situation n | Au marché, le fromager m'a fait goûter le premier morceau de la nouvelle meule de comté, avec un clin d'œil.
+ en situation n | At the market the cheesemonger let me taste the first piece off the new wheel of comté, with a wink.
fr situation n | Le chien a gagné le concours du toutou le plus poilu à la fête du village : un nœud rose et une saucisse.
+ en situation n | The dog won the hairiest pooch contest at the village fête: a pink bow and a sausage.
en situation n | We lost the pub quiz by a mile, but our team name made the host laugh so hard he bought us crisps.
+ fr situation n | On a perdu le quiz du bar à plates coutures, mais notre nom d'équipe a tellement fait rire l'animateur qu'il nous a offert des chips.

# trap words from colere (patron, contravention, dispute, klaxon, voisins bruyants, retard, bouchons)
fr situation n | Mon patron est passé dans les bureaux avec un panier de cerises de son jardin, une poignée pour chacun.
+ en situation n | My boss came round the desks with a basket of cherries from his garden, a handful for each of us.
en situation n | The traffic warden left a note on my windscreen: not a ticket, just "lovely sunflower sticker!".
+ fr situation n | La contractuelle a laissé un mot sur mon pare-brise : pas une amende, juste « joli autocollant tournesol ! ».
fr situation n | Dispute à la maison pour le dernier biscuit, réglée à pierre-feuille-ciseaux et finie en fou rire général.
+ en situation n | A row at home over the last biscuit, settled with rock-paper-scissors and ending in fits of laughter.
fr situation n | Un coup de klaxon dans la rue : c'est le livreur de pizzas qui salue mon fils à la fenêtre, comme tous les vendredis.
+ en situation n | A honk in the street: it's the pizza delivery guy waving at my son at the window, like every Friday.
en situation n | The upstairs neighbours are practising the accordion again, a cheerful little waltz, and my daughter is twirling round the kitchen to it.
+ fr situation n | Les voisins du dessus répètent encore leur accordéon, une petite valse gaie, et ma fille tourbillonne dans la cuisine dessus.
fr situation n | Train en retard de dix minutes, mais le contrôleur a fait l'annonce en chantant et tout le wagon souriait.
+ en situation n | Train ten minutes late, but the conductor sang the announcement and the whole carriage was smiling.
fr situation n | Bouchons sur le périph, mais la radio enchaîne mes chansons préférées et je chante au volant. Mets-moi la même ambiance.
+ en situation n | Traffic jam on the ring road, but the radio keeps playing my favourite songs and I'm singing at the wheel. Give me that same vibe.
fr negation n | Pas énervée du tout que le chat m'ait volé mon pull pour sa sieste : il ronronne roulé en boule dedans, trop mignon.
+ en negation n | Not cross at all that the cat pinched my jumper for his nap: he's purring, curled up in it, too cute.

# trap words from inquietude (hôpital, pédiatre, examen, appel manqué, vétérinaire, lettre, nuit)
fr situation n | À l'hôpital pour mon contrôle, l'infirmière avait des autocollants licorne sur sa blouse, ça m'a fait la journée.
+ en situation n | At the hospital for my check-up, the nurse had unicorn stickers on her scrubs, and it made my day.
en situation n | The paediatrician let my son listen to his own heartbeat, and he said it sounded like a tiny drum.
+ fr situation n | La pédiatre a laissé mon fils écouter son propre cœur, et il a dit que ça faisait comme un petit tambour.
fr situation n | Une lettre dans la boîte : une carte postale de mon filleul avec un dessin de moi en pirate, avec un perroquet.
+ en situation n | A letter in the box: a postcard from my godson with a drawing of me as a pirate, parrot included.
fr situation n | Examen du code de ma sœur demain, alors ce soir on a révisé en mimant les panneaux, on rigolait comme des gamins.
+ en situation n | My sister's driving theory test is tomorrow, so tonight we revised by acting out the road signs, giggling like kids.
en situation n | Missed call from Gran, so I rang back: she just wanted to tell me the blackbird is back on her windowsill.
+ fr situation n | Appel manqué de mamie, je la rappelle : elle voulait juste me dire que le merle est revenu sur son rebord de fenêtre.
fr situation n | Chez le dentiste, le petit a choisi un cadeau dans la boîte à trésors et il est sorti en brandissant sa bague en plastique.
+ en situation n | At the dentist's the little one picked a prize from the treasure box and marched out waving his plastic ring.
fr situation n | Nuit un peu agitée, mais au réveil le petit avait fait son lit tout seul, avec son doudou assis bien droit sur l'oreiller.
+ en situation n | Bit of a restless night, but in the morning the little one had made his bed himself, with his teddy sitting up straight on the pillow.
en typo n | was dreading the vet but she gave rex a biscuit and a belly rub and he wagged his tail the whole time haha
+ fr typo n | javais la trouille du veto mais elle a donné un biscuit a rex et des papouilles, il a remué la queue tt le long haha

# trap words from nostalgie (grand-mère, vieux, ancien collègue, walkman, maison de retraite, village)
fr situation n | Ma grand-mère a tricoté un bonnet pour le chien, et il le porte très fièrement pour la promenade.
+ en situation n | My grandmother knitted the dog a hat, and he wears it very proudly on his walks.
en situation n | The old man at the market writes a joke on every jar of his honey; today's is about bees going on strike.
+ fr situation n | Le vieux monsieur du marché écrit une blague sur chaque pot de son miel ; celle d'aujourd'hui parle d'abeilles en grève.
fr situation n | Le voisin m'a réparé mon vieux vélo et y a ajouté une sonnette en forme de coccinelle.
+ en situation n | The neighbour fixed up my old bike and added a ladybird-shaped bell.
en situation n | We played Mum's old board game with the kids, my son invented new rules and won with a pair of socks.
+ fr situation n | On a sorti le vieux jeu de société de maman avec les enfants, mon fils a inventé des règles et il a gagné avec une paire de chaussettes.
fr situation n | Un ancien collègue m'a appelé juste pour me dire que le basilic que je lui avais donné a fait des petits.
+ en situation n | A former colleague rang just to tell me the basil I gave him has sprouted babies.
fr situation n | Mon fils a trouvé le walkman de son père et se balade dans la maison avec, en faisant des pas de danse.
+ en situation n | My son found his dad's old Walkman and wanders around the house with it, doing little dance moves.
fr situation n | À la maison de retraite, mamie a organisé une course de déambulateurs et elle a triché, elle en rit encore.
+ en situation n | At the care home Gran organised a walking-frame race and cheated, and she's still laughing about it.
en situation n | Christmas lights are already up in the village square, and the baker put a tiny Santa hat on the bread rack.
+ fr situation n | Les lumières de Noël sont déjà installées sur la place du village, et le boulanger a mis un minuscule bonnet de père Noël sur le présentoir à pain.

# trap words from panique (alerte, ambulance, fuite, perdu, urgence, chute, pompiers, bruit sourd)
fr situation n | Fausse alerte : le cri dans le jardin, c'était mon fils qui venait de trouver un escargot géant.
+ en situation n | False alarm: the shout from the garden was my son, who'd just found a giant snail.
en situation n | The ambulance crew at the café were sharing a box of doughnuts and offered one to the little boy at the next table.
+ fr situation n | Les ambulanciers au café partageaient une boîte de beignets et en ont offert un au petit garçon à la table d'à côté.
fr situation n | La fuite de la voisine est réparée, et elle est venue nous remercier avec une tarte aux pommes encore chaude.
+ en situation n | The neighbour's leak is fixed, and she came round to thank us with an apple pie still warm from the oven.
fr situation n | J'avais perdu mes clés, et c'est le chien qui les a rapportées du jardin, tout fier, la queue en hélice.
+ en situation n | I'd lost my keys, and it was the dog who brought them back from the garden, very proud, tail going like a propeller.
en situation n | Emergency meeting called by my daughter: the only item on the agenda was whether the hamster gets a birthday party.
+ fr situation n | Réunion d'urgence convoquée par ma fille : le seul point à l'ordre du jour, c'est de savoir si le hamster aura une fête d'anniversaire.
fr situation n | Chute dans la neige devant l'école, le petit s'est relevé tout blanc et a annoncé qu'il était un bonhomme de neige.
+ en situation n | Took a tumble in the snow outside school, the little one got up all white and announced he was a snowman.
fr situation n | Les pompiers ont descendu le chat du voisin de l'arbre, et il a ronronné sur l'épaule du chef pendant toute la descente.
+ en situation n | The firefighters got the neighbour's cat down from the tree, and he purred on the chief's shoulder all the way down.
en situation n | Heard a thud in the kitchen and ran in: the dog had knocked the bread bin over and sat there looking innocent with a crust in his mouth.
+ fr situation n | Un bruit sourd dans la cuisine, j'accours : le chien avait renversé la boîte à pain et attendait, l'air innocent, une croûte dans la gueule.

# trap words from suspense (attente, dernière minute, révélation, deviner, email de l'école, tirage, tirs au but)
fr situation n | L'attente à la poste a filé : le bébé devant moi m'a fait des coucous pendant vingt minutes.
+ en situation n | The wait at the post office flew by: the baby in front of me played peekaboo with me for twenty minutes.
en situation n | Last-minute dinner guests, so I threw together pasta with whatever was left, and everyone asked for the recipe.
+ fr situation n | Des invités de dernière minute, alors j'ai improvisé des pâtes avec les restes, et tout le monde m'a demandé la recette.
fr situation n | Révélation du jour : mon collègue si sérieux collectionne les canards en plastique, et il en a apporté un pour mon bureau.
+ en situation n | Today's revelation: my oh-so-serious colleague collects rubber ducks, and he brought one in for my desk.
fr situation n | Le petit m'a fait deviner son dessin : un chien ? non. Un nuage ? non. C'était moi. On a bien ri tous les deux.
+ en situation n | The little one made me guess his drawing: a dog? No. A cloud? No. It was me. We both had a good laugh.
en situation n | Email from the school: not a problem at all, just a photo of my son proudly holding the class guinea pig.
+ fr situation n | Un email de l'école : aucun souci, juste une photo de mon fils qui tient fièrement le cochon d'Inde de la classe.
fr situation n | Tirage des équipes au concours de pétanque du quartier : je tombe avec la boulangère, qui chante à chaque boule lancée.
+ en situation n | Team draw at the street's pétanque contest: I'm paired with the baker's wife, who sings every time she throws.
fr situation n | Le match se jouait aux tirs au but, et papa dormait sur le canapé avec le chat sur le ventre. Photo collector.
+ en situation n | The match went to penalties, and Dad was asleep on the sofa with the cat on his tummy. Photo of the year.
en situation n | Waiting for the bus in the snow, a little girl built a tiny snowman on the bench and named it after me.
+ fr situation n | En attendant le bus sous la neige, une petite fille a fait un mini bonhomme de neige sur le banc et lui a donné mon prénom.

# trap words from tristesse (dernier jour, pluie, seul, pleurer, gris, fin, tomber)
fr situation n | Dernier jour au bureau avant les vacances, et la stagiaire a apporté des gaufres pour tout l'étage.
+ en situation n | Last day at the office before the holidays, and the intern brought waffles for the whole floor.
en situation n | Rainy Tuesday, but the bus driver greeted every passenger with "lovely weather for ducks!".
+ fr situation n | Mardi pluvieux, mais le chauffeur du bus accueillait chaque passager avec un « temps idéal pour les canards ! ».
fr situation n | Seule à table au resto, et le serveur m'a conseillé son dessert préféré avec un sourire complice. Il avait raison.
+ en situation n | Eating alone at the restaurant, and the waiter recommended his favourite dessert with a knowing smile. He was right.
fr situation n | Ma fille pleurait parce que sa glace était tombée, et le marchand lui en a refait une gratuitement, avec une boule en plus.
+ en situation n | My daughter was crying because she'd dropped her ice cream, and the man made her a new one for free, with an extra scoop.
en situation n | Grey November morning, and someone had knitted little scarves for every statue in the park. Warm sunny lights, please.
+ fr situation n | Matin gris de novembre, et quelqu'un a tricoté des petites écharpes pour toutes les statues du parc. Des lumières chaudes et ensoleillées, s'il te plaît.
fr situation n | Fin des travaux dans la rue : le conducteur de la pelleteuse a fait coucou avec la pelle à tous les enfants de l'école.
+ en situation n | Roadworks finished: the digger driver waved the bucket at all the kids from the school.
fr situation n | Le dernier morceau de gâteau a été coupé en cinq, chaque enfant a eu sa miette et une bougie à souffler.
+ en situation n | The last piece of cake was cut into five, and every child got a crumb and a candle to blow out.
en situation n | The baby cried when her balloon popped, then the dog licked her nose and she giggled for the rest of the afternoon.
+ fr situation n | Le bébé a pleuré quand son ballon a éclaté, puis le chien lui a léché le nez et elle a gloussé tout le reste de l'après-midi.
"""

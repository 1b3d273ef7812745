"""bonnehumeur: third wave, triads with victoire and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La voisine m'a monté une part de tarte aux pommes encore tiède, toute la cuisine sent la cannelle.
+ en situation n | The neighbour brought up a slice of apple tart still warm, the whole kitchen smells of cinnamon.
# triad 02
fr situation n | Le chien m'attendait derrière la porte avec sa balle dans la gueule, la queue qui frétille.
+ en situation n | The dog was waiting behind the door with his ball in his mouth, tail wagging away.
# triad 03
fr situation l | Veille du bac : ma petite sœur a glissé des bonbons et un mot rigolo dans ma trousse.
+ en situation l | Night before my exams: my little sister slipped sweets and a silly note into my pencil case.
# triad 04
fr situation n | Un collègue a ramené des viennoiseries pour tout l'open space, lundi commence bien.
+ en situation n | A colleague brought pastries for the whole open-plan office, Monday's off to a nice start.
# triad 05
fr situation l | Dix euros oubliés dans la poche de mon manteau d'hiver, de quoi m'offrir un bon chocolat chaud.
+ en situation l | Ten euros forgotten in my winter coat pocket, enough to treat myself to a nice hot chocolate.
# triad 06
en situation n | The street musician outside the bakery was playing my favourite song this morning.
+ fr situation n | Le musicien devant la boulangerie jouait ma chanson préférée ce matin.
# triad 07
fr situation n | Partie de foot improvisée au parc avec les gamins du quartier, fous rires et genoux verts.
+ en situation n | Impromptu football game in the park with the neighbourhood kids, giggles and grass-stained knees.
# triad 08
fr situation n | Première tomate cerise du balcon croquée au soleil, sucrée comme un bonbon.
+ en situation n | First cherry tomato from the balcony, eaten in the sun, sweet as a sweet.
# triad 09
fr situation n | Ma fille m'a fait un dessin de nous deux sous un arc-en-ciel pour mon retour du travail.
+ en situation n | My daughter drew the two of us under a rainbow for when I got home from work.
# triad 10
en situation n | My boyfriend left a post-it on the coffee machine: have a good day, love you.
+ fr situation n | Mon copain a laissé un post-it sur la machine à café : bonne journée, je t'aime.
# triad 11
fr situation n | La voisine du dessus a déposé des fleurs de son jardin sur mon paillasson.
+ en situation n | The upstairs neighbour left flowers from her garden on my doormat.
# triad 12
fr situation n | Le soleil revient après une semaine de pluie, je sifflote en étendant le linge. Mets quelque chose qui colle.
+ en situation n | The sun's back after a week of rain, I'm whistling as I hang out the washing. Put on something to match.
# triad 13
en situation n | The train conductor gave my son a little badge and let him blow the whistle for departure.
+ fr situation n | Le contrôleur a donné un petit badge à mon fils et l'a laissé siffler le départ du train.
# triad 14
fr situation n | Le garagiste a lavé ma voiture gratuitement pendant la révision, elle brille comme une neuve.
+ en situation n | The mechanic washed my car for free during the service, it's shining like new.
# triad 15
fr situation n | À l'hôpital, l'infirmière m'a apporté un deuxième café avec un petit bonhomme dessiné sur le gobelet.
+ en situation n | At the hospital, the nurse brought me a second coffee with a little smiley man drawn on the cup.
# triad 16
fr situation n | Mon neveu m'a appris à jouer à Just Dance, on a ri comme des bossus tout l'après-midi.
+ en situation n | My nephew taught me to play Just Dance, we laughed our heads off all afternoon.
# triad 17
en situation n | The librarian put aside the new book by my favourite author for me, with a smiley post-it.
+ fr situation n | La bibliothécaire m'a mis de côté le nouveau livre de mon auteur préféré, avec un post-it souriant.
# triad 18
fr situation n | Premier petit-déjeuner dans le nouvel appart, assis sur les cartons, le soleil entre partout.
+ en situation n | First breakfast in the new flat, sitting on boxes, sunshine pouring in everywhere.
# triad 19
fr situation n | La dame de la mairie était adorable : dossier réglé en cinq minutes, avec une blague en prime.
+ en situation n | The lady at the town hall was lovely: paperwork sorted in five minutes, with a joke thrown in.
# triad 20
fr situation n | Mon grand-père m'a envoyé son premier selfie, tout de travers, avec trois cœurs. Mets quelque chose de gai.
+ en situation n | My grandad sent me his first selfie, all crooked, with three hearts. Put something cheerful on.
# triad 21
fr slang_emoji n | ma pote m'a tag sur une photo de chats déguisés en pirates, jsuis morte 😂🐱
+ en slang_emoji n | my friend tagged me in a pic of cats dressed as pirates, I'm dead 😂🐱
# triad 22
fr situation n | Le boulanger m'a glissé une chouquette en plus, comme ça, parce que je souriais.
+ en situation n | The baker slipped me an extra choux bun, just like that, because I was smiling.
# triad 23
en situation n | Snow outside, gingerbread in the oven and the kids decorating the tree in their pyjamas. Set the mood for that.
+ fr situation n | Neige dehors, pain d'épices au four et les enfants qui décorent le sapin en pyjama. Mets l'ambiance qui va avec.
# triad 24
fr situation n | Mamie m'a appelé juste pour me chanter joyeux anniversaire, faux, mais avec tout son cœur.
+ en situation n | Gran rang just to sing me happy birthday, off-key but with all her heart.
# triad 25
fr situation n | Le voisin m'a prêté sa perceuse et m'a offert un café en prime, le dimanche commence bien.
+ en situation n | The neighbour lent me his drill and threw in a coffee, Sunday's off to a good start.
# triad 26
fr situation n | Réveillée avant le réveil, bien reposée, et il reste du gâteau pour le petit-déj.
+ en situation n | Woke up before the alarm, well rested, and there's cake left for breakfast.
# triad 27
en situation n | The campus café was handing out free hot chocolate for the first day of spring.
+ fr situation n | La cafèt' de la fac offrait le chocolat chaud pour le premier jour du printemps.
# triad 28
fr situation n | Sur le chantier, le chef a payé les croissants à toute l'équipe, bonne ambiance ce matin.
+ en situation n | On site, the foreman bought croissants for the whole crew, good vibes this morning.
# triad 29
fr situation n | Petit footing au lever du soleil, un écureuil a traversé juste devant mes baskets.
+ en situation n | Little jog at sunrise, a squirrel dashed right across in front of my trainers.
# triad 30
en situation n | Watching the tennis with Dad, he cheers every point like a kid and keeps stealing my cherries.
+ fr situation n | Tennis à la télé avec papa, il applaudit chaque point comme un gamin et me pique mes cerises.
# triad 31
fr situation n | Ma voisine joue du ukulélé sur son balcon, je fredonne en faisant la vaisselle.
+ en situation n | My neighbour's playing ukulele on her balcony, I'm humming along while doing the dishes.
# triad 32
fr situation n | Le serveur s'est souvenu de ma commande habituelle et m'a offert le dessert.
+ en situation n | The waiter remembered my usual order and gave me dessert on the house.
# triad 33
en situation n | My best friend sent me a voice note of her parrot saying my name, twice.
+ fr situation n | Ma meilleure amie m'a envoyé un vocal de son perroquet qui dit mon prénom, deux fois.
# triad 34
fr situation n | Repas de famille : tonton raconte ses blagues nulles et tout le monde rit quand même.
+ en situation n | Family lunch: my uncle tells his terrible jokes and everyone laughs anyway.
# triad 35
fr situation n | Ma voisine m'a apporté des cornes de gazelle encore tièdes pour l'Aïd.
+ en situation n | My neighbour brought me gazelle-horn pastries, still warm, for Eid.
# triad 36
fr situation n | Le bébé m'a attrapé le doigt et ne voulait plus le lâcher, sa petite main toute chaude.
+ en situation n | The baby grabbed my finger and wouldn't let go, his tiny hand all warm.
# triad 37
fr situation n | Un saxophoniste joue dans le métro, toute la rame sourit et tape du pied.
+ en situation n | A saxophonist is playing in the metro, the whole carriage is smiling and tapping their feet.
# triad 38
fr situation n | La fermière m'a donné six œufs encore tièdes, et ses poules m'ont suivi jusqu'à la voiture.
+ en situation n | The farmer gave me six eggs still warm, and her hens followed me all the way to the car.
# triad 39
en situation n | A little girl on the beach gave me a shell and ran back to her sandcastle.
+ fr situation n | Une petite fille sur la plage m'a offert un coquillage et est repartie en courant vers son château de sable.
# triad 40
en situation n | At the mountain hut, the warden served homemade soup with a joke for every hiker.
+ fr situation n | Au refuge, le gardien nous a servi une soupe maison avec une blague pour chaque randonneur.
# triad 41
fr situation n | Le chat a chipé ma pelote de laine et se roule dedans comme un clown, je rigole toute seule.
+ en situation n | The cat nicked my ball of wool and is rolling around in it like a clown, I'm giggling to myself.
# triad 42
fr situation n | À la banque alimentaire, un petit garçon m'a fait un dessin pour me dire merci.
+ en situation n | At the food bank, a little boy drew me a picture to say thank you.
# triad 43
fr situation n | Aux infos, un facteur de 80 ans qui fait encore sa tournée à vélo en sifflant, ça m'a fait sourire.
+ en situation n | On the news, an 80-year-old postman still doing his round by bike, whistling, made me smile.
# triad 44
en situation n | A ladybird landed on my laptop at the lab and my colleague named it after our boss.
+ fr situation n | Une coccinelle s'est posée sur mon ordi au labo et ma collègue lui a donné le nom du chef.
# triad 45
fr situation n | Le linge sent la lavande, le soleil tape sur le parquet, je chante en passant l'aspirateur. Mets une ambiance qui va avec.
+ en situation n | The laundry smells of lavender, sun on the floorboards, I'm singing while I vacuum. Set a mood to go with it.
# triad 46
en situation n | The cat fell asleep in the laundry basket with one paw over her nose.
+ fr situation n | Le chat s'est endormi dans le panier à linge, une patte sur le nez.
# triad 47
fr situation n | Mon fils est rentré de l'école en chantant à tue-tête la chanson des pirates apprise en classe.
+ en situation n | My son came home from school belting out the pirate song he learned in class.
# triad 48
fr typo n | reunion de 8h annulee et qlqn a ramené des croissants, la journee commence bien
+ en typo n | 8am meeting cancled and somone brought croissants, good start to the day
# triad 49
fr situation n | Fini le nez qui coule : j'ai retrouvé le goût du café ce matin, tout simplement.
+ en situation n | No more runny nose: I could taste my coffee again this morning, simple as that.
# triad 50
en situation n | The electricity bill came in lower than expected, so I treated myself to a nice pastry.
+ fr situation n | La facture d'électricité est moins chère que prévu, alors je me suis offert une belle pâtisserie.
# triad 51
en situation n | The flight attendant gave my daughter a wings badge and a colouring book, she's beaming.
+ fr situation n | L'hôtesse a offert à ma fille un badge en forme d'ailes et un cahier de coloriage, elle rayonne.
# triad 52
fr situation n | Partie de Uno en famille, papi triche et se fait prendre à chaque fois, fou rire général.
+ en situation n | Family game of Uno, Grandpa cheats and gets caught every time, everyone's in stitches.
# triad 53
fr situation n | Mon fils imite le méchant du dessin animé avec une voix ridicule, je ris aux larmes. Mets-moi une ambiance.
+ en situation n | My son does the cartoon villain in a ridiculous voice, I'm laughing till I cry. Give me some atmosphere.
# triad 54
fr situation n | Il fait beau, les terrasses sont pleines et le glacier du coin a enfin rouvert.
+ en situation n | It's sunny, the café terraces are packed and the ice-cream shop on the corner has finally reopened.
# triad 55
en situation n | A robin follows me round the garden while I rake, hopping from pot to pot.
+ fr situation n | Un rouge-gorge me suit dans le jardin pendant que je ratisse, il saute de pot en pot.
# triad 56
fr mixed n | Un peu crevé, mais surtout de bonne humeur : le stagiaire a collé des canards sur tous les écrans.
+ en mixed n | A bit knackered, but mostly in a good mood: the intern stuck little ducks on all the screens.
# triad 57
fr situation n | Les enfants du voisin ont dessiné des soleils à la craie devant ma porte.
+ en situation n | The neighbour's kids drew chalk suns outside my door.
# triad 58
fr slang_emoji n | mon ptit frère a mis son pull à l'envers et refuse de le changer, trop chou 😂
+ en slang_emoji n | my lil bro put his jumper on backwards and refuses to change it, so cute 😂
# triad 59
fr situation n | L'odeur du pain chaud dans la rue à sept heures, et la boulangère m'a gardé la dernière baguette.
+ en situation n | Smell of warm bread in the street at seven, and the baker kept the last baguette for me.
# triad 60
fr situation n | Le recruteur était super sympa, on a parlé de nos chiens dix minutes en rigolant avant l'entretien.
+ en situation n | The recruiter was really friendly, we chatted and laughed about our dogs for ten minutes before the interview.
# triad 61
fr situation n | Une patiente de 90 ans m'a appris une chanson de marin pendant sa prise de sang.
+ en situation n | A 90-year-old patient taught me a sea shanty while I was taking her blood.
# triad 62
en situation n | Watching rugby at the pub, the old man next to me explains every rule with a huge grin.
+ fr situation n | Rugby au bar, le vieux monsieur à côté de moi m'explique chaque règle avec un grand sourire.
# triad 63
fr typo n | la radio a passé 3 de mes chansons prefs daffilée ce matin, trop cool
+ en typo n | radio played 3 of my fave songs in a row this mornin, so cool
# triad 64
fr situation n | Double arc-en-ciel au-dessus du parking du supermarché, tout le monde s'arrête pour le photographier.
+ en situation n | Double rainbow over the supermarket car park, everyone stopping to take a picture.
# triad 65
en situation n | The post office clerk admired my stamp collection and gave me the pretty new ones.
+ fr situation n | L'employé de la poste a admiré ma collection et m'a donné les jolis nouveaux timbres.
# triad 66
fr situation n | Anniversaire de mon neveu : il souffle ses bougies et asperge tout le monde de glaçage.
+ en situation n | My nephew's birthday: he blows out his candles and splatters everyone with icing.
# triad 67
fr situation n | Arrivée à Porto, le chauffeur de taxi nous chante du fado pendant tout le trajet.
+ en situation n | Arriving in Porto, the taxi driver sings fado to us the whole way.
# triad 68
fr situation n | Mon mari a posé une fleur du jardin à côté de ma tasse de thé ce matin, sans rien dire.
+ en situation n | My husband put a flower from the garden next to my cup of tea this morning, without a word.
# triad 69
en situation n | My date showed up with two coffees and a terrible pun written on the cup.
+ fr situation n | Mon rencard est arrivé avec deux cafés et un jeu de mots nul écrit sur le gobelet.
# triad 70
fr situation n | En partiel, mon voisin de table m'a prêté un stylo licorne, j'ai souri pendant toute l'épreuve.
+ en situation n | In the exam, the guy next to me lent me a unicorn pen, I smiled through the whole paper.
# triad 71
fr situation n | Le coiffeur m'a fait une petite coupe d'été en me racontant ses vacances en Corse, je suis ressortie toute légère.
+ en situation n | The hairdresser gave me a little summer cut while telling me about his holiday in Corsica, I left feeling light.
# triad 72
en situation n | The neighbour took in my parcel and left it with a cat drawn on the box.
+ fr situation n | La voisine a récupéré mon colis et me l'a laissé avec un chat dessiné sur le carton.
# triad 73
fr situation n | Premier lundi de retraite : croissant au bistrot et les copains de la pétanque qui me chambrent.
+ en situation n | First Monday of retirement: croissant at the bistro and my pétanque pals teasing me.
# triad 74
fr situation n | Le poney du voisin passe la tête par-dessus la clôture tous les matins pour réclamer sa carotte.
+ en situation n | The neighbour's pony pokes his head over the fence every morning to ask for his carrot.
# triad 75
en situation n | A stranger in the park asked me to take her photo, then insisted on taking mine too.
+ fr situation n | Une inconnue au parc m'a demandé de la prendre en photo, puis a tenu à me prendre aussi.
# triad 76
fr situation n | Coupure de courant : dîner aux bougies avec les enfants, on fait des ombres chinoises en rigolant.
+ en situation n | Power cut: candlelit dinner with the kids, we're making shadow puppets and giggling.
# triad 77
fr situation n | À la piscine, un papi fait la planche en chantant et tous les enfants l'imitent.
+ en situation n | At the pool, an old man is floating on his back singing and all the kids are copying him.
# triad 78
fr situation n | Au marché, le fromager m'a fait goûter trois comtés en me parlant de sa vache préférée.
+ en situation n | At the market, the cheesemonger let me taste three Comtés while telling me about his favourite cow.
# triad 79
en situation n | A lorry driver gave me a big wave and a wink on the motorway, made me laugh.
+ fr situation n | Un routier m'a fait un grand signe et un clin d'œil sur l'autoroute, ça m'a fait rire.
# triad 80
fr situation n | Les pompiers du village distribuent leur calendrier avec des chatons dessus, le plus jeune rougit, j'ai ri.
+ en situation n | The village firefighters are handing out their calendar with kittens on it, the youngest one blushed, I laughed.
"""

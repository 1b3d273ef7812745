"""reverie: third wave, minimal pairs with curiosite (train and validation only)."""

SEEDS = """
# pair 01
fr situation l | Sur le canapé, je fixe les moulures du plafond et j'y invente des jardins suspendus.
+ en situation l | On the sofa, I stare at the ceiling mouldings and invent hanging gardens in them.

# pair 02
fr situation l | La pluie coule sur la vitre, je suis une goutte et l'imagine faire la course jusqu'à la mer.
+ en situation l | Rain running down the window, I follow one drop and picture it racing all the way to the sea.

# pair 03
fr situation l | En remuant la soupe, je pars en pensée dans une auberge de montagne imaginaire.
+ en situation l | Stirring the soup, my mind wanders off to an imaginary mountain inn.

# pair 04
en situation l | The dough is rising under the tea towel and I picture myself baking in a Provençal village in 1920.
+ fr situation l | La pâte lève sous le torchon et je me vois boulanger dans un village provençal en 1920.

# pair 05
fr situation l | Le chat dort au soleil, et j'imagine les grandes aventures qu'il vit dans ses rêves.
+ en situation l | The cat's asleep in the sun, and I imagine the great adventures he's having in his dreams.

# pair 06
fr situation l | Le chien fixe la fenêtre depuis dix minutes, et je rêvasse avec lui, le regard dans les arbres.
+ en situation l | The dog's been staring out of the window for ten minutes, and I'm daydreaming with him, gazing into the trees.

# pair 07
fr situation l | Devant l'aquarium, je suis les poissons des yeux et je m'invente une cité sous-marine illuminée.
+ en situation l | At the aquarium I follow the fish and make up a glowing city under the sea.

# pair 08
fr situation l | Ma fille m'a demandé ce qu'il y a derrière les nuages, et je suis partie rêver d'un royaume de coton.
+ en situation l | My daughter asked me what's behind the clouds, and I found myself dreaming of a kingdom made of cotton.

# pair 09
fr situation l | En cours de géo, je regarde la carte du Pacifique et je m'évade sur un atoll imaginaire.
+ en situation l | In geography class I look at the map of the Pacific and escape to an imaginary atoll.

# pair 10
fr situation l | Pendant la dictée, mon stylo s'arrête et je suis loin, à cheval dans la steppe.
+ en situation l | During the dictation my pen stops and I'm far away, on horseback in the steppe.

# pair 11
en situation l | The lecture hall is warm, the prof's on Kant, and I'm drifting off to a house by the Baltic.
+ fr situation l | L'amphi est tiède, le prof parle de Kant, et je dérive vers une maison au bord de la Baltique.

# pair 12
fr situation l | En réunion, je fixe le ficus du coin et je m'imagine vivre dans une serre en pleine jungle.
+ en situation l | In the meeting I stare at the corner ficus and picture myself living in a jungle greenhouse.

# pair 13
fr situation l | Le tableur est ouvert depuis une heure, et mes pensées flottent vers une cabane au Canada.
+ en situation l | The spreadsheet has been open for an hour, and my thoughts are floating off to a cabin in Canada.

# pair 14
fr situation l | Pause sur l'échafaudage, je regarde les toits et je me vois funambule entre les cheminées.
+ en situation l | Break on the scaffolding, I look across the roofs and see myself tightrope-walking between the chimneys.

# pair 15
fr situation l | Dans la salle d'attente, je fixe l'aquarelle au mur et je me promène dans son petit port breton.
+ en situation l | In the waiting room I stare at the watercolour on the wall and wander round its little Breton harbour.

# pair 16
en situation l | During the blood donation I stare at the ceiling and invent a train journey to Vladivostok.
+ fr situation l | Pendant le don de sang, je fixe le plafond et je m'invente un voyage en train jusqu'à Vladivostok.

# pair 17
fr situation l | En courant le long du canal, je m'échappe en pensée dans une Venise déserte à l'aube.
+ en situation l | Running along the canal, my mind slips away to a deserted Venice at dawn.

# pair 18
fr situation l | Le match traîne, je fixe la pelouse et je l'imagine en prairie où courent des chevaux sauvages.
+ en situation l | The match is dragging on, I stare at the pitch and imagine it as a meadow full of wild horses.

# pair 19
fr situation l | Je fais la planche dans la piscine et je m'imagine dériver sur un océan de nuages.
+ en situation l | Floating on my back in the pool, I imagine drifting on an ocean of clouds.

# pair 20
en situation l | Pedalling up the hill, my mind wanders off on a made-up bike trip across Mongolia.
+ fr situation l | Dans la montée, je pédale et mon esprit part pour un tour à vélo imaginaire en Mongolie.

# pair 21
fr situation l | Dans le jeu, je laisse mon perso immobile devant le coucher de soleil et je rêve d'habiter ce monde.
+ en situation l | In the game I leave my character standing still before the sunset and dream of living in that world.

# pair 22
fr situation l | La partie d'échecs est finie, je fais tourner la reine en lui inventant une vie à la cour.
+ en situation l | The chess game's over, I twirl the queen, inventing her a life at court.

# pair 23
fr situation l | Devant le puzzle de mille pièces, je me promène en pensée dans le petit village peint.
+ en situation l | Over the thousand-piece jigsaw, I take a stroll in my head through the little painted village.

# pair 24
en situation l | The neighbour's cello drifts up the courtyard and carries me off to a snowy forest.
+ fr situation l | Le violoncelle du voisin monte par la cour et m'emporte loin, dans une forêt sous la neige.

# pair 25
fr situation l | Au concert, les yeux fermés, la musique me dépose sur une barque qui glisse dans la brume.
+ en situation l | At the concert, eyes closed, the music sets me down in a little boat gliding through the mist.

# pair 26
fr situation l | Le vieux vinyle de jazz tourne, je me vois dans un club enfumé de La Nouvelle-Orléans. Lumière tamisée.
+ en situation l | The old jazz record is spinning, I see myself in a smoky New Orleans club. Dim the lights.

# pair 27
fr situation l | J'ai refermé le roman mais je reste dans son monde, à imaginer la suite du héros.
+ en situation l | I've closed the novel but I'm still in its world, imagining what happens to the hero next.

# pair 28
en situation l | The film's over, the credits roll, and in my head I'm still wandering those dunes.
+ fr situation l | Le film est fini, le générique défile, et dans ma tête je marche encore dans ces dunes.

# pair 29
fr situation l | Le documentaire sur les abysses m'a laissé rêveur, je me vois flotter parmi les méduses lumineuses.
+ en situation l | The deep-sea documentary left me dreamy, I see myself floating among glowing jellyfish.

# pair 30
fr situation l | Le train file dans la plaine, et j'invente la vie des gens dans chaque ferme qui passe.
+ en situation l | The train speeds across the plain, and I make up the lives of the people in every farm we pass.

# pair 31
fr situation l | Par le hublot, les nuages font une banquise et je m'y promène avec des ours imaginaires.
+ en situation l | Through the porthole the clouds look like pack ice and I wander across it with imaginary bears.

# pair 32
en situation l | At the airport I read the destinations on the board and invent myself a life in Ulaanbaatar.
+ fr situation l | À l'aéroport, je lis les destinations sur le tableau et je m'invente une vie à Oulan-Bator.

# pair 33
fr situation l | Dans le bus de nuit, les lumières défilent et je me raconte une histoire d'espion.
+ en situation l | On the night bus the lights stream past and I tell myself a spy story.

# pair 34
fr situation l | Passager sur l'autoroute, je rêvasse devant les collines et j'y pose des châteaux imaginaires.
+ en situation l | Passenger on the motorway, I daydream at the hills and place imaginary castles on them.

# pair 35
fr situation l | Pendant la vidange, j'attends au garage en rêvassant devant une vieille affiche de la route 66.
+ en situation l | While they change the oil, I wait at the garage daydreaming in front of an old Route 66 poster.

# pair 36
en situation l | The storm is moving off, I watch the far-off lightning and imagine giants quarrelling in the mountains.
+ fr situation l | L'orage s'éloigne, je regarde les éclairs au loin et j'imagine des géants qui se disputent dans la montagne.

# pair 37
fr situation l | Il neige à gros flocons, je reste à la fenêtre et la rue devient un décor de conte russe.
+ en situation l | Big flakes of snow falling, I stay at the window and the street turns into a Russian fairy-tale set.

# pair 38
fr situation l | La brume couvre l'étang ce matin, j'imagine une barque qui en sort avec un passeur mystérieux.
+ en situation l | Mist over the pond this morning, I imagine a boat gliding out of it with a mysterious ferryman.

# pair 39
fr situation l | Un arc-en-ciel au-dessus du lotissement, je m'imagine le suivre jusqu'à un pays en aquarelle.
+ en situation l | A rainbow over the estate, I imagine following it to a land painted in watercolour.

# pair 40
fr situation l | En désherbant le potager, mes pensées partent vers les jardins suspendus de Babylone.
+ en situation l | Weeding the vegetable patch, my thoughts drift off to the hanging gardens of Babylon.

# pair 41
en situation l | I watch the dandelion seeds fly off and picture them landing in faraway countries.
+ fr situation l | Je regarde les graines de pissenlit s'envoler et je les imagine atterrir dans des pays lointains.

# pair 42
fr situation l | J'ai acheté un billet de loto et je dessine dans ma tête la maison sur la falaise.
+ en situation l | I bought a lottery ticket and I'm sketching the clifftop house in my head.

# pair 43
fr situation l | File d'attente à la banque, je fixe le poster des Seychelles et je suis déjà sur le sable.
+ en situation l | Queueing at the bank, I stare at the Seychelles poster and I'm already on the sand.

# pair 44
fr situation l | Le formulaire de la CAF est devant moi, mon stylo dessine des spirales et je suis sur un phare.
+ en situation l | The benefits form is in front of me, my pen's doodling spirals and I'm off on a lighthouse.

# pair 45
en situation l | Two hours in the queue at the prefecture, I drift off inventing a life for everyone ahead of me.
+ fr situation l | Deux heures de file à la préfecture, je m'évade en inventant une vie à chaque personne devant moi.

# pair 46
fr situation l | Fond d'écran : une aurore boréale. Je la fixe et je me vois en traîneau sous le ciel vert.
+ en situation l | Wallpaper: the northern lights. I stare at it and see myself on a sledge under the green sky.

# pair 47
fr situation l | Je me balade au hasard sur Street View en Islande et je m'imagine habiter cette ferme rouge.
+ en situation l | I'm wandering randomly round Iceland on Street View, imagining I live in that red farmhouse.

# pair 48
fr situation l | Une vidéo de vent dans les blés tourne en boucle et je pars en pensée. Mets quelque chose qui colle.
+ en situation l | A video of wind in the wheat is looping and my mind drifts away. Put on something to match.

# pair 49
en situation l | A treehouse photo on Insta, and there I am, furnishing my whole life in it in my head.
+ fr situation l | Une photo de cabane dans les arbres sur Insta, et me voilà à y aménager toute ma vie en pensée.

# pair 50
fr situation l | Au rayon bougies, je sens « feu de bois » et me voilà dans un chalet imaginaire sous la neige.
+ en situation l | In the candle aisle I sniff "wood fire" and here I am in an imaginary chalet under the snow.

# pair 51
fr situation l | Devant les mangues du Pérou, je me vois marcher dans un verger au pied des Andes.
+ en situation l | Looking at the mangoes from Peru, I see myself walking in an orchard at the foot of the Andes.

# pair 52
fr situation l | Les cartons sont encore fermés ; assise dessus, j'imagine déjà des dîners d'été sous la verrière.
+ en situation l | The boxes are still taped up; sitting on one, I'm already picturing summer dinners under the glass roof.

# pair 53
en situation l | From the new flat's window I see the railway and imagine where the night trains are heading.
+ fr situation l | De la fenêtre du nouvel appart, je vois les voies et j'imagine où filent les trains de nuit.

# pair 54
fr situation l | Le sapin clignote dans le salon éteint, et j'invente un village de lutins dans ses branches.
+ en situation l | The tree's twinkling in the dark living room, and I make up a village of elves in its branches.

# pair 55
fr situation l | Le feu d'artifice est fini, je reste allongé dans l'herbe à inventer des constellations dans la fumée.
+ en situation l | The fireworks are over, I stay lying in the grass inventing constellations in the smoke.

# pair 56
fr situation l | À l'église, je fixe le vitrail et j'invente l'histoire des petits personnages en bleu.
+ en situation l | In the church I stare at the stained glass and make up stories for the little figures in blue.

# pair 57
en situation l | The Hanukkah candles burn on the sill, I watch the flames and drift into an imaginary desert.
+ fr situation l | Les bougies de Hanoukka brûlent sur le rebord, je regarde les flammes et je pars dans un désert imaginaire.

# pair 58
fr situation l | Mamie tricote en silence, je suis la laine des yeux et j'imagine qu'elle mène à un château.
+ en situation l | Gran's knitting in silence, I follow the yarn with my eyes and imagine it leads to a castle.

# pair 59
fr situation l | Papi et moi, on regarde les bateaux du port, et je m'invente une traversée avec lui jusqu'au Cap-Vert.
+ en situation l | Grandad and I watch the boats in the harbour, and I dream up a crossing with him to Cape Verde.

# pair 60
fr situation l | Au Père-Lachaise, je flâne entre les tombes et j'invente la vie des inconnus gravés dessus.
+ en situation l | At Père-Lachaise I wander between the graves making up lives for the strangers carved on them.

# pair 61
en situation l | Six months pregnant, I stroke my bump and imagine her face, her voice, her first steps in the garden.
+ fr situation l | Enceinte de six mois, je caresse mon ventre et j'imagine son visage, sa voix, ses premiers pas au jardin.

# pair 62
fr situation l | Je ponce la vieille commode et j'imagine les lettres d'amour qu'on y cachait autrefois.
+ en situation l | Sanding the old chest of drawers, I imagine the love letters once hidden in it.

# pair 63
fr situation l | Réveillée à 3 h, je regarde la lune et je m'invente une vie d'astronaute jardinière là-haut.
+ en situation l | Awake at 3 a.m., I gaze at the moon and invent myself a life as an astronaut gardening up there.

# pair 64
fr situation l | Je reste au lit, les yeux mi-clos, à prolonger ce rêve où je volais au-dessus de Lisbonne.
+ en situation l | I stay in bed, eyes half-closed, stretching out that dream where I was flying over Lisbon.

# pair 65
en situation l | Café terrace, I watch the passers-by and give each of them a secret and a destination.
+ fr situation l | En terrasse, je regarde les passants et j'invente à chacun un secret et une destination.

# pair 66
fr situation l | Dans le métro, le tunnel noir défile et je m'imagine dans un sous-marin au fond de l'océan.
+ en situation l | On the metro the black tunnel rushes by and I imagine I'm in a submarine on the ocean floor.

# pair 67
fr situation l | Sur le tracteur, à labourer la même parcelle, mes pensées partent vers des rizières en Asie.
+ en situation l | On the tractor, ploughing the same field, my thoughts drift to rice paddies in Asia.

# pair 68
fr situation l | Les vaches ruminent, je m'assieds et je me vois berger dans les Pyrénées d'antan.
+ en situation l | The cows are chewing the cud, I sit down and see myself as a shepherd in the old Pyrenees.

# pair 69
en situation l | At the summit, a sea of clouds below us, and I imagine walking across it to Mont Blanc.
+ fr situation l | Au sommet, une mer de nuages sous nous, et je m'imagine marcher dessus jusqu'au mont Blanc.

# pair 70
fr situation l | Assise sur le sable, je suis les voiliers des yeux et je m'invente une traversée vers les Antilles.
+ en situation l | Sitting on the sand, I follow the sailing boats and dream up a crossing to the Caribbean.

# pair 71
fr situation l | Je colle un coquillage à mon oreille et j'imagine entendre une ville engloutie.
+ en situation l | I hold a shell to my ear and imagine I can hear a sunken city.

# pair 72
fr situation l | Je peins le lac à l'aquarelle et je finis par peindre une île qui n'existe pas, avec un palais.
+ en situation l | I'm painting the lake in watercolour and end up painting an island that doesn't exist, with a palace.

# pair 73
en situation l | At the potter's wheel the clay spins and my mind drifts far off, to a red sand desert.
+ fr situation l | Au tour de potier, l'argile tourne et mes pensées partent loin, dans un désert de sable rouge.

# pair 74
fr situation l | Je trie mes timbres, et celui de Madagascar m'emmène dans une forêt de baobabs imaginaire.
+ en situation l | Sorting my stamps, the one from Madagascar takes me off into an imaginary baobab forest.

# pair 75
fr situation l | À la banque alimentaire, je range des conserves en boucle et ma tête se tourne un film.
+ en situation l | At the food bank I'm stacking tins on repeat and my head is playing itself a film.

# pair 76
fr situation l | Le journal parle d'élections, mais je regarde dehors et je rêve d'une ville pleine d'arbres sans voitures.
+ en situation l | The paper's all about the elections, but I gaze outside and dream of a car-free city full of trees.

# pair 77
en situation l | A shot of the ice floe on the news, and I zone out: I'm on an icebreaker in white silence.
+ fr situation l | Aux infos, une image de la banquise, et je décroche : je suis sur un brise-glace dans le silence blanc.

# pair 78
fr situation l | Au planétarium, allongé sous le dôme, je dérive entre les nébuleuses comme dans un rêve.
+ en situation l | At the planetarium, lying under the dome, I drift between the nebulae as if in a dream.

# pair 79
fr situation l | Je regarde la Lune au télescope et je m'imagine une petite maison au bord d'un cratère.
+ en situation l | I look at the Moon through the telescope and imagine a little house on the edge of a crater.

# pair 80
fr situation l | Saturne en fond d'écran, je m'y perds et je glisse sur ses anneaux en pensée.
+ en situation l | Saturn as my wallpaper, I lose myself in it and slide along its rings in my head.

# pair 81
en situation l | He's asleep against me, and I picture our future house: the wisteria, the cats, growing old in the sun.
+ fr situation l | Il dort contre moi, et j'imagine notre future maison : la glycine, les chats, vieillir au soleil.

# pair 82
fr situation l | Deuxième rendez-vous demain, et je rêvasse toute la soirée à des voyages avec elle, Naples, Kyoto.
+ en situation l | Second date tomorrow, and I spend the evening daydreaming about trips with her, Naples, Kyoto.

# pair 83
fr situation l | Les potes parlent foot au bar, moi je fixe la mousse de ma bière et je pars en Irlande.
+ en situation l | My mates talk football at the bar, I stare at the foam on my beer and I'm off in Ireland.

# pair 84
en situation l | The neighbour plays piano every night, and I imagine she's a famous pianist hiding under a false name.
+ fr situation l | La voisine joue du piano chaque soir, et j'imagine qu'elle est une pianiste célèbre cachée sous un faux nom.

# pair 85
fr situation l | Au mariage de ma cousine, pendant les discours, je regarde les guirlandes et j'invente un bal d'autrefois.
+ en situation l | At my cousin's wedding, during the speeches, I look at the fairy lights and invent a ball from another age.

# pair 86
fr situation l | Une gorgée de ce thé fumé et je suis ailleurs, dans une maison de thé perchée dans la brume.
+ en situation l | One sip of this smoked tea and I'm elsewhere, in a teahouse perched in the mist.

# pair 87
fr slang_emoji l | jsuis dans la lune depuis ce matin, je m'imagine gardienne de phare en Bretagne 🌙
+ en slang_emoji l | head in the clouds since this morning, picturing myself as a lighthouse keeper in Brittany 🌙

# pair 88
fr typo l | je regarde la pluie tomber et jsui ailleur, dans une ville imaginaire sous la mer
+ en typo l | watchin the rain fall and im somwhere else, in an imaginary city under the sea

# pair 89
fr slang_emoji l | ptdr j'ai loupé 3 arrêts de bus, j'étais sur une île inventée dans ma tête 🏝️
+ en slang_emoji l | lmao missed 3 bus stops, I was on a made-up island in my head 🏝️

# pair 90
fr typo l | jai passé l'aprem a regarder les nuages, j'y voyais des chateaux et des baleines
+ en typo l | spent the aftrnoon watching clouds, i kept seeing castles and whales in them

# pair 91
fr negation l | Je ne cherche pas à comprendre les étoiles ce soir, je les regarde et je m'invente des voyages.
+ en negation l | I'm not trying to understand the stars tonight, I just look at them and dream up journeys.

# pair 92
fr situation l | Je me demande à quoi ressemblerait ma vie à Valparaiso, et je m'y vois déjà, sur les collines colorées.
+ en situation l | I wonder what my life would be like in Valparaíso, and I can already see myself on its colourful hills.

# pair 93
en situation l | I imagine a whole city sleeping under the ice of the lake, with lamps still lit in the windows.
+ fr situation l | J'imagine une ville entière endormie sous la glace du lac, avec des lampes encore allumées aux fenêtres.

# pair 94
fr mixed l | Un peu fatiguée, mais surtout ailleurs : je me vois marcher dans une forêt de bouleaux sous la neige.
+ en mixed l | A bit tired, but mostly elsewhere: I see myself walking through a birch forest in the snow.

# pair 95
fr situation l | Le pain grille, et l'odeur me transporte dans un marché imaginaire d'Istanbul. Ambiance assortie, s'il te plaît.
+ en situation l | The toast is browning and the smell carries me off to an imaginary market in Istanbul. Matching vibe, please.
"""

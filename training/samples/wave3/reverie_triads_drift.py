"""reverie: third wave, triads with nostalgie and detente (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | À la laverie, je fixe le tambour qui tourne et j'imagine les voyages qu'ont faits les chemises des inconnus.
+ en situation l | At the laundrette, I stare at the spinning drum and imagine the journeys the strangers' shirts have been on.
# triad 02
fr situation l | En écossant les petits pois sur les marches, je m'imagine tenir une auberge au fond d'une vallée italienne.
+ en situation l | Shelling peas on the doorstep, I picture myself running an inn at the bottom of an Italian valley.
# triad 03
en situation l | On the chairlift, dangling above the pines, I imagine a secret village buried under the snow below.
+ fr situation l | Sur le télésiège, suspendu au-dessus des sapins, j'imagine un village secret enfoui sous la neige, juste en dessous.
# triad 04
fr situation l | Les mains dans l'eau de vaisselle, je regarde la maison d'en face et je m'y invente une vie, avec un piano et dix chats.
+ en situation l | Hands in the washing-up water, I look at the house opposite and invent a life there, with a piano and ten cats.
# triad 05
fr situation l | Pendant que la pâte lève, je m'invente un conte où elle gonfle jusqu'à soulever le toit de la cuisine.
+ en situation l | While the dough rises, I make up a fairy tale where it swells until it lifts the kitchen roof.
# triad 06
en situation l | The needle crackles, the record spins, and I imagine myself in a smoky jazz club in New Orleans.
+ fr situation l | L'aiguille crépite, le disque tourne, et je m'imagine dans un club de jazz enfumé de La Nouvelle-Orléans.
# triad 07
fr situation l | Sur YouTube, une vidéo de pluie sur une forêt tropicale, et je m'imagine dormir dans une cabane perchée au Costa Rica.
+ en situation l | On YouTube, a video of rain on a rainforest, and I picture myself sleeping in a treehouse in Costa Rica.
# triad 08
fr situation l | Je berce mon fils et je m'imagine le jour où il me fera visiter sa maison, quelque part au Canada.
+ en situation l | Rocking my son, I imagine the day he'll show me round his own house, somewhere in Canada.
# triad 09
fr situation l | En taxi la nuit sur les quais, j'imagine que la Seine est un fleuve d'encre et que chaque pont mène à un autre siècle.
+ en situation l | In a taxi along the river at night, I imagine the Seine is a river of ink and every bridge leads to another century.
# triad 10
en situation l | Picking blackberries along the lane, I imagine the hedge is an enchanted maze leading to a hidden garden.
+ fr situation l | En cueillant des mûres le long du chemin, j'imagine que la haie est un labyrinthe enchanté qui mène à un jardin caché.
# triad 11
fr situation l | En cherchant des cèpes dans la forêt, j'imagine que les vieux chênes se racontent leurs trois cents ans à voix basse.
+ en situation l | Looking for ceps in the forest, I imagine the old oaks whispering their three hundred years to each other.
# triad 12
fr situation l | Je joue des gammes au piano et je me vois sur la scène d'un grand théâtre, rideau rouge et lustres allumés.
+ en situation l | Playing scales on the piano, I see myself on the stage of a grand theatre, red curtain and chandeliers lit.
# triad 13
en situation l | Late-night radio in the dark, and I imagine the host alone in a glass studio atop a tower, talking to the sleeping city.
+ fr situation l | La radio de minuit dans le noir, et j'imagine l'animateur seul dans un studio vitré en haut d'une tour, qui parle à la ville endormie.
# triad 14
fr situation l | Dans le cabanon du jardin ouvrier, la pluie sur la tôle, je me crois trappeur dans une cabane au fin fond de l'Alaska.
+ en situation l | In the allotment shed, rain on the tin roof, I fancy myself a trapper in a cabin deep in Alaska.
# triad 15
en situation l | In the warm greenhouse, between the banana leaves, I imagine I'm deep in the jungle looking for a lost temple.
+ fr situation l | Dans la serre tiède, entre les feuilles de bananier, je m'imagine en pleine jungle à la recherche d'un temple perdu.
# triad 16
fr situation l | Je jette le grain aux poules et je m'invente un feuilleton sur leurs intrigues, avec la rousse en reine du poulailler.
+ en situation l | Throwing grain to the hens, I make up a soap opera about their plots, with the ginger one as queen of the coop.
# triad 17
fr situation l | Sur le toit de l'immeuble au coucher du soleil, j'imagine que la ville est une mer et les toits des bateaux à la dérive. Mets quelque chose qui flotte.
+ en situation l | On the roof of the building at sunset, I imagine the city is a sea and the rooftops are boats adrift. Put on something floaty.
# triad 18
en situation l | Walking the Compostela path, I imagine the medieval pilgrims on these same stones, with their sandals and staffs.
+ fr situation l | Sur le chemin de Compostelle, j'imagine les pèlerins du Moyen Âge sur ces mêmes pierres, avec leurs sandales et leurs bâtons.
# triad 19
fr situation l | Au refuge, devant la fenêtre noire, j'imagine que les sommets sont des géants endormis sous la neige.
+ en situation l | At the mountain hut, facing the dark window, I imagine the peaks are giants asleep under the snow.
# triad 20
fr situation l | Chaussures enlevées près du poêle du chalet, je regarde la neige et j'imagine un traîneau qui arrive avec un mystérieux voyageur.
+ en situation l | Boots off by the chalet stove, I watch the snow and imagine a sleigh pulling up with a mysterious traveller.
# triad 21
fr situation l | Allongée en haut de la dune du Pilat, je m'imagine au milieu du Sahara, en route vers une oasis.
+ en situation l | Lying at the top of the Dune du Pilat, I picture myself in the middle of the Sahara, heading for an oasis.
# triad 22
fr situation l | Assis sur un rocher au bord de la rivière, j'imagine une loutre qui tient une auberge pour les truites de passage.
+ en situation l | Sitting on a rock by the river, I imagine an otter running an inn for passing trout.
# triad 23
en situation l | After the long family lunch, everyone's chatting and I'm miles away, picturing this table full of grandchildren someday.
+ fr situation l | Après le long repas de famille, tout le monde discute et moi je suis ailleurs, à imaginer cette table pleine de petits-enfants un jour.
# triad 24
fr situation l | En lisant Le Petit Prince à ma fille, je m'imagine sur l'astéroïde, à ramoner les trois petits volcans.
+ en situation l | Reading The Little Prince to my daughter, I picture myself on the asteroid, sweeping out the three little volcanoes.
# triad 25
fr situation l | Le train électrique tourne autour du salon et je m'imagine à bord, avec un wagon-restaurant et des montagnes suisses.
+ en situation l | The toy train goes round the living room and I imagine myself on board, with a dining car and Swiss mountains.
# triad 26
en situation l | Binoculars at the marsh, I follow a heron and imagine it's an old sage waiting for news from the sea.
+ fr situation l | Jumelles au marais, je suis un héron et j'imagine que c'est un vieux sage qui attend des nouvelles de la mer.
# triad 27
fr situation l | En coloriant un mandala, j'imagine que chaque couleur ouvre une porte vers un monde différent.
+ en situation l | Colouring a mandala, I imagine each colour opens a door onto a different world.
# triad 28
en situation l | In the shopping centre massage chair, eyes shut, I imagine I'm in a spaceship on autopilot to Mars.
+ fr situation l | Dans le fauteuil massant du centre commercial, les yeux fermés, je m'imagine dans un vaisseau en pilote automatique vers Mars.
# triad 29
fr situation l | Les pieds dans une bassine d'eau chaude, je me vois dans une source chaude au Japon, entourée de neige.
+ en situation l | Feet in a basin of hot water, I see myself in a hot spring in Japan, surrounded by snow.
# triad 30
fr situation l | Devant les bougies du shabbat, mon esprit s'en va dans une Jérusalem imaginaire, toute dorée sous la lune.
+ en situation l | Before the Shabbat candles, my mind wanders off to an imaginary Jerusalem, all golden under the moon.
# triad 31
fr slang_emoji l | bureau vide en août, jsuis en train d'imaginer que les plantes vertes tiennent réunion quand on est partis 🌿😂
+ en slang_emoji l | empty office in august and i'm imagining the pot plants holding their own meeting once we've all gone 🌿😂
# triad 32
fr situation l | Je mange mon sandwich dans la voiture face à la mer, je regarde un cargo et je m'imagine cuistot à bord, cap sur Valparaíso.
+ en situation l | Eating my sandwich in the car on the seafront, I watch a cargo ship and imagine I'm its cook, bound for Valparaíso.
# triad 33
fr situation l | Je repeins les volets en vert et j'imagine que derrière vit un vieil écrivain, entouré de livres et de chats.
+ en situation l | Painting the shutters green, I imagine an old writer living behind them, surrounded by books and cats.
# triad 34
en situation l | Mending nets on the quay, I imagine what the sea's hiding today: wrecks, treasure, a whole city of coral.
+ fr situation l | En ramendant les filets sur le quai, j'imagine ce que la mer cache aujourd'hui : des épaves, un trésor, toute une ville de corail.
# triad 35
fr situation l | À marée basse, je me penche sur une flaque entre les rochers et j'imagine un océan miniature avec ses monstres.
+ en situation l | At low tide, I lean over a rock pool and imagine a miniature ocean with its own monsters.
# triad 36
en situation l | Lying in the alpine meadow, cowbells ringing, I imagine a tiny marmot village with a mayor and a post office.
+ fr situation l | Allongé dans l'alpage, les cloches des vaches qui tintent, j'imagine un petit village de marmottes avec un maire et une poste.
# triad 37
fr situation l | La moissonneuse avance au soleil couchant et j'imagine un énorme animal qui broute la plaine avant la nuit.
+ en situation l | The combine moves along at sunset and I imagine a huge animal grazing the plain before nightfall.
# triad 38
en situation l | Morning fog fills the valley, and I imagine the village has floated off overnight to somewhere else entirely.
+ fr situation l | Le brouillard du matin remplit la vallée, et j'imagine que le village a dérivé pendant la nuit vers un tout autre endroit.
# triad 39
fr situation l | L'odeur des marrons chauds au coin de la rue, et je m'imagine dans le Paris de 1900, entre les fiacres et les becs de gaz.
+ en situation l | The smell of roast chestnuts on the corner, and I picture myself in 1900s Paris, among the carriages and gas lamps.
# triad 40
fr situation l | En glissant sur la péniche, j'imagine qu'on est des contrebandiers qui passent les écluses en pleine nuit.
+ en situation l | Gliding along on the canal barge, I imagine we're smugglers slipping through the locks by night.
# triad 41
en situation l | At my cousin's wedding, during the speeches, I drift off picturing my own wedding on a cliff in Ireland.
+ fr situation l | Au mariage de ma cousine, pendant les discours, je pars dans mes pensées et j'imagine mon propre mariage sur une falaise en Irlande.
# triad 42
fr situation l | Dans le simulateur de vol, je survole les Andes et je m'imagine pilote de l'Aéropostale, le courrier sous le siège.
+ en situation l | In the flight simulator, I fly over the Andes and imagine I'm an old airmail pilot with the post under my seat.
# triad 43
en situation l | A black-and-white film on TV, and I imagine living in that little Paris hotel, in the room under the roof.
+ fr situation l | Un film en noir et blanc à la télé, et je m'imagine vivre dans ce petit hôtel parisien, dans la chambre sous les toits.
# triad 44
fr situation l | J'écoute un livre audio les yeux fermés et je dessine dans ma tête le château, ses couloirs, le visage de chaque personnage.
+ en situation l | Listening to an audiobook with my eyes closed, I draw the castle in my head, its corridors, every character's face.
# triad 45
en situation l | The neighbour's accordion drifts through the wall, and I imagine a little dance hall on a boat going down the Seine.
+ fr situation l | L'accordéon du voisin passe à travers le mur, et j'imagine une petite guinguette sur un bateau qui descend la Seine.
# triad 46
fr situation l | On plante des chênes avec l'association, et j'imagine la forêt dans deux cents ans, avec des enfants qui jouent dessous.
+ en situation l | We're planting oaks with the volunteer group, and I imagine the forest in two hundred years, with children playing underneath.
# triad 47
en situation l | In the museum's dinosaur hall, I imagine the skeletons going for a stroll at night once the lights are off.
+ fr situation l | Dans la galerie des dinosaures du muséum, j'imagine les squelettes qui se promènent la nuit une fois les lumières éteintes.
# triad 48
fr situation l | L'économiseur d'écran de la télé fait défiler des paysages, et je m'imagine vivre dans chacun, un par un.
+ en situation l | The TV screensaver scrolls through landscapes, and I imagine living in each of them, one after another.
# triad 49
fr situation l | Dimanche, 7 h, les rues vides, et je m'imagine dernier habitant de la ville, avec tous les cafés rien que pour moi.
+ en situation l | Sunday, 7 a.m., empty streets, and I imagine I'm the last person in town, with every café just for me.
# triad 50
fr situation l | Dans le bassin des thermes, la vapeur monte et je m'imagine sur une planète volcanique, au bord d'un lac fumant.
+ en situation l | In the spa pool, the steam rises and I imagine I'm on a volcanic planet, beside a smoking lake.
# triad 51
en situation l | Rocking in the chair on the veranda, I imagine I'm on the deck of a liner crossing the Atlantic in the 1920s.
+ fr situation l | En me balançant dans le fauteuil de la véranda, je m'imagine sur le pont d'un paquebot qui traverse l'Atlantique dans les années 20.
# triad 52
fr situation l | Je nage à l'aube dans le lac brumeux et j'imagine qu'un gentil monstre me suit, comme celui du Loch Ness.
+ en situation l | Swimming in the misty lake at dawn, I imagine a friendly monster following me, like the one in Loch Ness.
# triad 53
en situation l | He strokes my hair on the sofa and I drift off imagining our trip round the world in a camper van, country by country.
+ fr situation l | Il me caresse les cheveux sur le canapé et je pars imaginer notre tour du monde en van, pays après pays.
# triad 54
fr typo l | le lapin grignote sur le tapis et moi jlui invente une vie d'aventurier dans des terriers secrets mdr
+ en typo l | the rabbit's nibbling on the rug and im inventing him a whole adventurer life in secret burrows lol
# triad 55
fr situation l | Sur le banc devant la maison, je regarde les nuages au-dessus du clocher et j'y vois des bateaux et des éléphants.
+ en situation l | On the bench outside the house, I watch the clouds above the church tower and see boats and elephants in them.
# triad 56
en situation l | Classroom empty after the last bell, I spin the globe and imagine a year teaching on a Pacific island.
+ fr situation l | La classe est vide après la sonnerie, je fais tourner le globe et je m'imagine enseigner un an sur une île du Pacifique.
# triad 57
fr situation l | Le thé à la menthe fume dans le verre et je me vois sur une terrasse de Chefchaouen, toute bleue, à écrire des poèmes.
+ en situation l | The mint tea steams in the glass and I see myself on a terrace in Chefchaouen, all blue, writing poems.
# triad 58
en situation l | Waiting in the car outside the music school, rain on the windscreen, I imagine my daughter playing at Carnegie Hall one day.
+ fr situation l | J'attends dans la voiture devant l'école de musique, la pluie sur le pare-brise, et j'imagine ma fille jouer un jour à Carnegie Hall.
# triad 59
fr situation l | Premier matin au gîte, devant les champs de lavande, je m'imagine parfumeuse à Grasse, en train de composer un parfum.
+ en situation l | First morning at the holiday cottage, facing the lavender fields, I imagine I'm a perfumer in Grasse, composing a new scent.
# triad 60
fr situation l | En repassant les chemises, je pars dans mes pensées et je m'imagine tailleur à Londres dans les années 20, en train d'habiller un mystérieux espion.
+ en situation l | Ironing shirts, I drift off and imagine I'm a tailor in 1920s London, dressing a mysterious spy.
# triad 61
fr situation l | En ramant sur la Marne au lever du jour, j'imagine que je remonte un fleuve inexploré au cœur de l'Amazonie.
+ en situation l | Rowing on the Marne at sunrise, I imagine I'm heading up an unexplored river in the heart of the Amazon.
# triad 62
en situation l | Lying under the poplars, I listen to the wind and imagine the leaves are whispering the village's secrets.
+ fr situation l | Allongé sous les peupliers, j'écoute le vent et j'imagine que les feuilles se chuchotent les secrets du village.
# triad 63
fr mixed l | Un peu fatiguée, mais surtout ailleurs : en cirant la table, je vois dans les veines du bois la carte d'un pays inventé.
+ en mixed l | A bit tired, but mostly far away: waxing the table, I see the map of a made-up country in the grain of the wood.
# triad 64
en situation l | Snorkelling over the seagrass, I imagine a tiny underwater town where the fish go to market.
+ fr situation l | En masque et tuba au-dessus des herbiers, j'imagine une petite ville sous-marine où les poissons vont au marché.
# triad 65
fr situation l | En battant les cartes, j'imagine les figures qui s'animent : la dame de cœur qui s'enfuit avec le valet de pique.
+ en situation l | Shuffling the cards, I imagine the face cards coming to life: the queen of hearts running off with the jack of spades.
# triad 66
en situation l | The sea through the bedroom window at night, and I imagine the house has come loose and is sailing off. Set the lights to match.
+ fr situation l | La mer par la fenêtre de la chambre la nuit, et j'imagine que la maison s'est détachée et part au large. Accorde les lumières.
# triad 67
fr situation l | En raquettes dans la forêt enneigée, je suis des traces de renard et j'imagine où il va, ce qu'il a vu cette nuit.
+ en situation l | Snowshoeing through the snowy forest, I follow fox tracks and imagine where he's going, what he saw last night.
# triad 68
fr situation l | Une glace à l'italienne sur le front de mer, et je m'imagine sur une promenade de Rio, avec des rollers et de la samba.
+ en situation l | A soft-serve on the seafront, and I picture myself on a promenade in Rio, with roller skates and samba.
# triad 69
en situation l | Picking apples in the orchard, I imagine each tree has a name and remembers every child who ever climbed it.
+ fr situation l | En cueillant des pommes au verger, j'imagine que chaque arbre a un nom et se souvient de tous les enfants qui l'ont escaladé.
# triad 70
fr situation l | Pendant la sieste à la crèche, je regarde les petits dormir et j'imagine les rêves de chacun, pleins de tracteurs et de licornes.
+ en situation l | During nap time at the nursery, I watch the little ones sleep and imagine each one's dreams, full of tractors and unicorns.
# triad 71
en situation l | On the back seat, watching the motorway lights, I imagine we're driving straight on to Lisbon without stopping.
+ fr situation l | Sur la banquette arrière, je regarde les lumières de l'autoroute et j'imagine qu'on file jusqu'à Lisbonne sans s'arrêter.
# triad 72
fr situation l | Premier soleil de mars sur le balcon, et je m'imagine déjà les soirées d'été, les lampions et les amis jusqu'à minuit.
+ en situation l | First March sunshine on the balcony, and I'm already picturing summer evenings, paper lanterns and friends till midnight.
# triad 73
fr situation l | En moulant le café à la main, je m'imagine dans une plantation d'Éthiopie, sur une colline perdue dans la brume. Une lumière qui va avec ?
+ en situation l | Grinding the coffee by hand, I picture myself on a plantation in Ethiopia, on a hillside lost in the mist. Lights to go with it?
# triad 74
fr situation l | En regardant le troupeau monter à l'estive, j'imagine une vie de berger seul là-haut, avec les étoiles et les chiens.
+ en situation l | Watching the flock go up to the summer pastures, I imagine a shepherd's life alone up there with the stars and the dogs.
# triad 75
fr situation l | Je tourne le risotto et je m'imagine tenir une petite trattoria dans une ruelle de Venise, avec trois tables.
+ en situation l | Stirring the risotto, I imagine running a tiny trattoria in a Venice alleyway, with three tables.
# triad 76
en situation l | In the shark tunnel at the La Rochelle aquarium, I imagine I live down there in a glass house on the seabed.
+ fr situation l | Dans le tunnel aux requins de l'aquarium de La Rochelle, j'imagine que j'habite là, dans une maison de verre au fond de la mer.
# triad 77
fr situation l | Le soir sur le balcon de l'hôtel à Naxos, je regarde la mer noire et j'imagine Ulysse qui passe au large.
+ en situation l | Evening on the hotel balcony in Naxos, I gaze at the dark sea and imagine Odysseus sailing past offshore.
# triad 78
en situation l | Weeding the borders on my knees, I imagine the weeds are a tiny jungle full of tigers the size of ladybirds.
+ fr situation l | En désherbant les bordures à genoux, j'imagine que les mauvaises herbes sont une jungle minuscule pleine de tigres grands comme des coccinelles.
# triad 79
fr situation l | À la machine à coudre, je m'imagine créatrice d'une robe de bal portée un soir à l'opéra de Vienne.
+ en situation l | At the sewing machine, I imagine I'm designing a ball gown to be worn one evening at the Vienna opera.
# triad 80
fr situation l | Pendant la récolte des olives, j'imagine ces vieux arbres au temps des Romains, avec des amphores tout autour.
+ en situation l | During the olive harvest, I imagine these old trees in Roman times, with amphorae all around.
"""

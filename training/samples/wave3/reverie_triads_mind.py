"""reverie: third wave, triads with curiosite and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | On enterre la capsule temporelle sous le préau et je m'imagine les enfants de 2060 lisant nos lettres en riant.
+ en situation l | As the time capsule goes into the ground under the school shelter, I picture the kids of 2060 reading our letters and laughing.
# triad 02
en situation l | Staring at the eggs in the class incubator, I drift off picturing the chicks grown up, pecking in a sunny meadow.
+ fr situation l | Les yeux sur les œufs de la couveuse de la classe, je pars imaginer les poussins devenus grands, picorant dans un pré ensoleillé.
# triad 03
fr situation l | En pétrissant la pâte au levain, je me vois boulanger dans un village de montagne, à l'aube. Mets quelque chose de doux qui colle.
+ en situation l | Kneading the sourdough, I see myself as a baker in a mountain village at dawn. Play something soft to match.
# triad 04
fr situation n | Roland-Garros en fond sonore, le bruit des balles m'emporte et je me vois dans une villa avec un court de terre battue.
+ en situation n | Roland-Garros on in the background, the sound of the ball carries me off and I see myself in a villa with its own clay court.
# triad 05
en situation l | Lying on the physio's table with the electrodes buzzing, I drift into a daydream of playing a final in a packed stadium.
+ fr situation l | Allongé chez le kiné, les électrodes qui picotent, je pars en rêve jouer une finale dans un stade plein.
# triad 06
fr situation l | Au PMU, la course défile à l'écran et je m'imagine jockey, couché sur l'encolure dans la brume de l'hippodrome.
+ en situation l | At the betting café the race plays on the screen, and I imagine I'm a jockey, flat on the horse's neck in the racecourse mist.
# triad 07
en situation l | The documentary on Icelandic volcanoes is still playing, and I'm off imagining a hut on black sand under a glowing sky.
+ fr situation l | Le documentaire sur les volcans islandais tourne encore et je suis partie, je m'imagine une cabane sur le sable noir sous un ciel rougeoyant.
# triad 08
fr situation l | Je suis le petit camion de mon colis sur la carte et je m'invente son voyage depuis la Corée, les ports, les nuits en mer.
+ en situation l | I follow my parcel's little van on the map and invent its journey from Korea, the ports, the nights at sea.
# triad 09
fr situation l | L'ammonite au creux de la main, je m'imagine la mer chaude qui recouvrait cette falaise il y a cent millions d'années.
+ en situation l | Ammonite in my palm, I imagine the warm sea that covered this cliff a hundred million years ago.
# triad 10
fr situation l | L'entretien est dans une semaine et je me vois déjà dans leurs bureaux de Lisbonne, à midi, face à la mer.
+ en situation l | The interview is a week away and I can already see myself in their Lisbon office at noon, facing the sea.
# triad 11
en situation l | Lying on the hill after the comet passed, I imagine riding it, trailing ice past the moons of Jupiter.
+ fr situation l | Allongée sur la colline après le passage de la comète, je m'imagine à cheval dessus, semant de la glace entre les lunes de Jupiter.
# triad 12
fr situation l | Le piano des nouveaux voisins monte par la fenêtre et je m'imagine les soirées qu'il a connues, les valses, les salons enfumés.
+ en situation l | The new neighbours' piano goes up through the window and I imagine the evenings it has known, the waltzes, the smoky parlours.
# triad 13
fr situation l | Pendant la dictée, le prof ralentit sur « les brumes de l'automne » et je pars dans une forêt imaginaire.
+ en situation l | During the dictation the teacher slows down on "the autumn mists", and I wander off into an imaginary forest.
# triad 14
en situation l | After the magic show I imagine myself apprenticed to an old illusionist, touring with a circus in painted wagons.
+ fr situation l | Après le spectacle de magie, je m'imagine apprentie d'un vieil illusionniste, sur les routes avec un cirque en roulottes peintes.
# triad 15
fr situation l | La neige tombe et je me vois minuscule habitante d'une boule à neige, dans un village en verre. Lumière qui va avec, s'il te plaît.
+ en situation l | Snow is falling and I see myself as a tiny resident of a snow globe, in a village of glass. Lights to go with it, please.
# triad 16
fr situation l | Assis au bord de la mare, je suis les têtards des yeux et j'invente un royaume sous les nénuphars.
+ en situation l | Sitting by the pond, I follow the tadpoles with my eyes and invent a kingdom under the lily pads.
# triad 17
en situation l | The game's menu music is on loop and I'm miles away, inventing a sequel where I'm the blacksmith's daughter.
+ fr situation l | La musique du menu du jeu tourne en boucle et je suis ailleurs, à inventer une suite où je suis la fille du forgeron.
# triad 18
fr situation l | Au mariage de ma cousine, pendant les discours, je m'imagine le mien, dans une grange pleine de lampions.
+ en situation l | At my cousin's wedding, during the speeches, I picture my own, in a barn full of paper lanterns.
# triad 19
en situation l | Over the ocean, nose to the porthole, I imagine the lost islands we're flying over without ever seeing them.
+ fr situation l | Au-dessus de l'océan, le nez au hublot, je m'imagine les îles perdues qu'on survole sans jamais les voir.
# triad 20
fr situation l | Devant l'échiquier, j'oublie la partie et j'imagine les pièces en armées médiévales dans un château battu par le vent.
+ en situation l | At the chessboard I forget the game and imagine the pieces as medieval armies in a windswept castle.
# triad 21
fr situation l | Une pièce romaine du potager au creux de la main, je m'imagine le soldat qui l'a perdue il y a deux mille ans.
+ en situation l | A Roman coin from the vegetable patch in my palm, I imagine the soldier who dropped it two thousand years ago.
# triad 22
en situation n | The singing show is on, but I'm off picturing myself on that stage, with a thousand phone lights swaying.
+ fr situation n | L'émission de chant passe, mais moi je suis partie, je m'imagine sur cette scène, avec mille lumières de téléphones qui se balancent.
# triad 23
fr situation l | En pochant les macarons, je m'imagine pâtissière dans une petite boutique rose, au fond d'une ruelle de Tokyo.
+ en situation l | Piping the macarons, I imagine I'm a pastry chef in a little pink shop down a Tokyo back street.
# triad 24
fr situation l | Pendant l'adagio, je ferme les yeux et l'orchestre devient une forêt où chaque instrument est un animal qui s'éveille.
+ en situation l | During the adagio I close my eyes and the orchestra becomes a forest where each instrument is an animal waking up.
# triad 25
en situation l | I put the crime novel down and let my mind wander through the foggy Edinburgh streets where it takes place.
+ fr situation l | Je pose le polar et je laisse mon esprit errer dans les rues brumeuses d'Édimbourg où se passe l'histoire.
# triad 26
fr situation l | En visitant la maison à vendre, je me vois déjà lire dans la véranda un dimanche de pluie, un chat sur les genoux.
+ en situation l | Viewing the house for sale, I can already see myself reading in the conservatory on a rainy Sunday, a cat on my lap.
# triad 27
fr situation l | En berçant le bébé, je suis des yeux le mobile d'étoiles et je nous vois voguer sur un bateau de papier entre les planètes.
+ en situation l | Rocking the baby, I follow the star mobile with my eyes and see us sailing a paper boat between the planets.
# triad 28
fr situation l | Le lapin dort étalé au soleil et je lui invente un terrier grand comme un château, avec salons et bibliothèque.
+ en situation l | The rabbit is asleep sprawled in the sun and I invent him a burrow as big as a castle, with drawing rooms and a library.
# triad 29
fr situation l | Assesseur au bureau de vote, je fixe le rideau de l'isoloir et je l'imagine en cabine de téléportation vers Mars.
+ en situation l | Working at the polling station, I stare at the voting booth curtain and imagine it's a teleport cabin to Mars.
# triad 30
fr situation l | Sous le poirier greffé du voisin, je m'imagine un verger immense où chaque arbre donnerait un fruit différent.
+ en situation l | Under my neighbour's grafted pear tree, I imagine a huge orchard where every tree bears a different fruit.
# triad 31
en situation l | In the science fair hall I stare at a kid's model of Mars and picture myself growing potatoes under a dome.
+ fr situation l | Dans la salle de l'expo-sciences, je fixe la maquette de Mars d'un gamin et je me vois cultiver des patates sous un dôme.
# triad 32
fr situation l | Pendant que mon fils compte sa tirelire, je rêvasse et je nous vois tenir un petit stand de glaces sur un port.
+ en situation l | While my son counts his piggy bank, I drift off and see us running a little ice-cream stand by a harbour.
# triad 33
fr situation l | En remplissant la demande de logement étudiant, je me vois déjà dans une chambre sous les toits, des plantes au balcon.
+ en situation l | Filling in the student housing form, I already see myself in a room under the rooftops with plants on the balcony.
# triad 34
en situation l | The click of boules drifts up from the square, and I imagine I'm in a 1950s Provence film, straw hat and all. Set the mood for that.
+ fr situation l | Le claquement des boules monte de la place et je m'imagine dans un film provençal des années cinquante, chapeau de paille compris. Mets-moi une ambiance.
# triad 35
fr situation l | Au théâtre, le décor de forêt m'emporte et je me promène parmi les arbres peints, loin des acteurs.
+ en situation l | At the theatre the painted forest set carries me off, and I wander among the trees, far from the actors.
# triad 36
fr situation n | À l'arrière de la vieille 2CV de papa, capote ouverte, je m'imagine en road trip dans l'Italie des années soixante.
+ en situation n | In the back of Dad's old 2CV with the roof open, I imagine a road trip through 1960s Italy.
# triad 37
en situation l | Sweeping the metal detector over the sand at low tide, I imagine shipwrecks and pirate chests sleeping underneath.
+ fr situation l | En passant le détecteur de métaux sur le sable à marée basse, j'imagine les épaves et les coffres de pirates qui dorment dessous.
# triad 38
fr situation l | Je fais défiler les vieilles photos du quartier et je me promène dans ma tête dans la rue de 1930, en chapeau.
+ en situation l | Scrolling the old photos of the neighbourhood, I stroll in my head down the 1930 street, wearing a hat.
# triad 39
fr situation l | Devant l'arbre généalogique, je m'invente la traversée de l'arrière-grand-oncle vers le Chili, le port, la tempête, la vie nouvelle.
+ en situation l | Looking at the family tree, I make up the great-great-uncle's crossing to Chile, the harbour, the storm, the new life.
# triad 40
fr situation l | Devant les images de la chapelle Sixtine, je me perds dans les fresques et je me vois Michel-Ange, allongé là-haut.
+ en situation l | Watching the Sistine Chapel on screen, I get lost in the frescoes and see myself as Michelangelo, lying up on the scaffold.
# triad 41
en situation l | On the balcony after iftar, I gaze at the thin crescent and imagine caravans crossing the desert beneath it.
+ fr situation l | Sur le balcon après l'iftar, je contemple le fin croissant et j'imagine des caravanes traversant le désert dessous.
# triad 42
fr situation l | Papi raconte l'hiver 1956 et je décroche, je m'imagine patiner seule sur le fleuve gelé, sous un ciel rose.
+ en situation l | Grandpa tells about the winter of 1956 and I drift away, imagining myself skating alone on the frozen river under a pink sky.
# triad 43
en situation l | Watching ski jumpers float over the valley in slow motion, I drift away imagining gliding over the forest like them.
+ fr situation l | En regardant les sauteurs à ski flotter au ralenti au-dessus de la vallée, je pars planer en rêve au-dessus de la forêt.
# triad 44
fr situation l | En TP de chimie, je regarde les volutes colorées dans le bécher et je m'imagine des galaxies en train de naître.
+ en situation l | In chemistry lab I watch the coloured swirls in the beaker and imagine galaxies being born.
# triad 45
fr situation l | Pendant les présentations du hackathon, je décroche et j'imagine notre robot trieur seul sur une plage déserte, à ramasser des coquillages.
+ en situation l | During the hackathon pitches I zone out and picture our sorting robot alone on a deserted beach, collecting shells.
# triad 46
en situation l | Watching the glassblower turn the glowing bubble, I drift off into a Venice of lanterns and canals.
+ fr situation l | En regardant le souffleur tourner la bulle incandescente, je pars dans une Venise de lanternes et de canaux.
# triad 47
fr situation l | Le vase de la brocante sur la table, je m'imagine les salons qu'il a décorés, les bals, les bouquets d'un autre siècle.
+ en situation l | The flea-market vase on the table, I imagine the drawing rooms it decorated, the balls, the bouquets of another century.
# triad 48
en situation n | Halfway through the keynote I zone out and imagine glasses that would fill my living room with gardens.
+ fr situation n | Au milieu de la keynote, je décroche et j'imagine des lunettes qui rempliraient mon salon de jardins.
# triad 49
fr situation l | Les enfants crient autour de la piñata et moi je m'évade dans une fête de village mexicain, sous les guirlandes de papier.
+ en situation l | The kids shriek around the piñata and I slip away to a Mexican village fiesta under paper bunting.
# triad 50
en situation l | In the strange eclipse light, I imagine ancient villagers watching the same sky and inventing dragons to explain it.
+ fr situation l | Dans l'étrange lumière de l'éclipse, j'imagine les villageois d'autrefois sous le même ciel, inventant des dragons pour l'expliquer.
# triad 51
fr situation l | Devant la fleur de cactus ouverte sous la lampe, je me retrouve dans un désert mexicain, la nuit, au chant des coyotes.
+ en situation l | Before the cactus flower open under the lamp, I find myself in a Mexican desert at night, with coyotes calling.
# triad 52
fr situation l | En cherchant la géocache dans le sous-bois, je m'imagine chasseuse de trésor dans une jungle d'Amérique du Sud.
+ en situation l | Looking for the geocache in the undergrowth, I imagine I'm a treasure hunter in a South American jungle.
# triad 53
en situation l | Long family lunch, the chatter fades and I'm gazing at the olive grove outside, living in the little stone hut in my head.
+ fr situation l | Long déjeuner de famille, les bavardages s'effacent et je fixe l'oliveraie dehors, je vis déjà dans la petite cabane en pierre.
# triad 54
fr situation l | J'entends le voisin bricoler dans son garage et je m'imagine qu'il construit une fusée pour aller vivre sur la Lune.
+ en situation l | I hear the neighbour tinkering in his garage and imagine he's building a rocket to go and live on the Moon.
# triad 55
fr situation l | En choisissant un livre pour le bébé de Clara, je me perds dans les illustrations de la forêt et j'y vis cinq minutes.
+ en situation l | Choosing a book for Clara's baby, I get lost in the forest illustrations and live in them for five minutes.
# triad 56
en situation l | Reading about the Nobel winner's childhood in a tiny village, I drift off imagining her as a girl staring at the stars.
+ fr situation l | En lisant l'enfance de la lauréate du Nobel dans un minuscule village, je m'évade, je l'imagine petite fille fixant les étoiles.
# triad 57
fr situation l | En cours de stats, je pense à l'Erasmus et je me vois déjà à Helsinki, à vélo au bord de la mer gelée. Accompagne-moi avec la lumière.
+ en situation l | In stats class I think about Erasmus and already see myself in Helsinki, cycling along the frozen sea. Match the lights to that.
# triad 58
fr situation l | Sur le bateau, le regard perdu dans l'écume, je m'imagine que les baleines chantent une histoire que moi seule comprends.
+ en situation l | On the boat, eyes lost in the foam, I imagine the whales are singing a story only I can understand.
# triad 59
en situation l | Halfway up the climbing wall, resting on a big hold, I imagine it's a cliff above a turquoise Greek cove.
+ fr situation l | À mi-hauteur du mur d'escalade, en pause sur une grosse prise, je m'imagine sur une falaise au-dessus d'une crique grecque turquoise.
# triad 60
fr situation l | En étendant le linge au soleil, je regarde les draps gonfler et je m'imagine sur un voilier qui quitte le port.
+ en situation l | Hanging the washing in the sun, I watch the sheets billow and imagine I'm on a sailing boat leaving harbour.
# triad 61
fr situation l | Le quiz de la radio passe en fond dans les bouchons et je m'imagine animatrice d'une radio pirate sur un bateau en mer du Nord.
+ en situation l | The radio quiz plays in the traffic jam, and I imagine I'm a DJ on a pirate radio ship in the North Sea.
# triad 62
en situation l | 3 a.m., not sleeping, my thoughts floating, I'm inventing a city where everyone lives at night. Soft lights to match, please.
+ fr situation l | Trois heures du matin, je ne dors pas, mes pensées flottent et j'invente une ville où tout le monde vit la nuit. Lumière douce qui colle, s'il te plaît.
# triad 63
fr situation l | Devant le four à raku, les flammes dansent et je me vois potière dans un village japonais il y a trois siècles.
+ en situation l | In front of the raku kiln the flames dance, and I see myself as a potter in a Japanese village three centuries ago.
# triad 64
en situation l | Holding the warbler before releasing her, I imagine her flight over the Sahara, the dunes, the oases, the moonlight.
+ fr situation l | La fauvette dans la main avant de la relâcher, j'imagine son vol au-dessus du Sahara, les dunes, les oasis, le clair de lune.
# triad 65
fr situation n | Le Grand Prix tourne sur l'écran et moi je m'imagine sur un yacht du port, un livre à la main, à des lieues des moteurs.
+ en situation n | The Grand Prix is on the screen and I'm imagining myself on a yacht in the harbour, book in hand, miles from the engines.
# triad 66
fr situation l | Je caresse les couvertures à la librairie et je me vois écrivain dans une mansarde, une tasse de thé froide à côté.
+ en situation l | Running my hand over the covers in the bookshop, I see myself as a writer in an attic, a cold cup of tea beside me.
# triad 67
en situation l | Long after the sci-fi series ended, I'm still drifting through its orbital city in my head, riding its silent trams.
+ fr situation l | Longtemps après la fin de la série de science-fiction, je dérive encore dans sa ville en orbite, à bord de ses trams silencieux.
# triad 68
fr situation l | Devant les traits de crayon sur la porte, je m'imagine mon fils géant, se cognant aux lustres de maisons lointaines.
+ en situation l | Looking at the pencil marks on the door, I imagine my son as a giant, bumping into chandeliers in faraway houses.
# triad 69
fr situation l | Au Trivial Pursuit, mon tour passe et je fixe la carte du Pérou sur la boîte, déjà partie dans la cordillère.
+ en situation l | In Trivial Pursuit my turn goes by while I stare at the map of Peru on the box, already off in the Andes.
# triad 70
en situation l | Digging up potatoes in the late sun, I lose myself imagining the Andes where they first grew, llamas and terraces.
+ fr situation l | En déterrant les patates sous le soleil du soir, je me perds à imaginer les Andes où elles sont nées, les lamas, les terrasses.
# triad 71
fr situation l | La vieille pièce du bocal de papi dans la main, je m'imagine les marchés et les cafés qu'elle a traversés depuis 1920.
+ en situation l | Holding the old coin from Grandpa's jar, I imagine the markets and cafés it has passed through since 1920.
# triad 72
en situation l | Waiting for the bus, I stare at the new mural on our street until I'm wandering inside its painted jungle.
+ fr situation l | En attendant le bus, je fixe la nouvelle fresque de notre rue jusqu'à me promener dans sa jungle peinte.
# triad 73
fr situation l | Assis sur la barrière, je regarde les vaches ruminer et je m'imagine fermier dans les plaines du Montana.
+ en situation l | Sitting on the gate watching the cows chew, I imagine I'm a rancher on the Montana plains.
# triad 74
fr situation l | Devant le calendrier de l'Avent, je m'imagine un lutin derrière chaque case, qui prépare en secret la surprise du lendemain.
+ en situation l | Looking at the Advent calendar, I imagine an elf behind each door, secretly preparing tomorrow's surprise.
# triad 75
en situation l | Lying on the sofa, I watch the robot vacuum roam and imagine it's a tiny explorer mapping an unknown planet.
+ fr situation l | Allongé sur le canapé, je regarde le robot aspirateur errer et je l'imagine en petit explorateur cartographiant une planète inconnue.
# triad 76
fr situation l | Le mot du jour était « brume », et je reste là, téléphone en main, à imaginer une côte écossaise dans le brouillard.
+ en situation l | The word of the day was "mist", and I just sit there, phone in hand, imagining a Scottish coast in the fog.
# triad 77
fr situation n | Au cours de tango, la musique m'emporte et je me vois dans un bar de Buenos Aires, en 1940, sous les ventilateurs.
+ en situation n | At tango class the music carries me off, and I see myself in a Buenos Aires bar in 1940 under the ceiling fans.
# triad 78
en situation l | Rereading my Japanese pen pal's letter, I drift off picturing her walk to school under the cherry trees.
+ fr situation l | En relisant la lettre de ma correspondante japonaise, je pars imaginer son chemin vers l'école sous les cerisiers.
# triad 79
fr situation l | Sur la digue de Saint-Malo, je regarde la marée monter et je me vois corsaire rentrant au port. Mets une musique qui va avec.
+ en situation l | On the Saint-Malo sea wall I watch the tide come in and see myself as a privateer sailing home. Put on music to go with it.
# triad 80
fr situation l | En cherchant les pièces du ciel du puzzle, je finis par entrer dans le tableau et patiner avec les paysans de Bruegel.
+ en situation l | Hunting for the sky pieces of the puzzle, I end up stepping into the painting and skating with Bruegel's peasants.
# triad 81
fr slang_emoji l | concert fini mais jsuis encore dans ma bulle, jm'imagine sur scène avec eux sous les spots ✨🎸💭
+ en slang_emoji l | gig's over but i'm still in my bubble, picturing myself up on stage with them under the lights ✨🎸💭
# triad 82
fr typo l | je regardais les goutes d'eau sur la vitre et jme suis imaginé qu'elles faisaient la course jusqu'a la mer
+ en typo l | was watching the water drops on the window and imagned they were racing each other to the sea
# triad 83
fr mixed l | Crevée après ma garde, mais surtout ailleurs : à la fenêtre de la salle de pause, je me vois infirmière sur un paquebot des années trente.
+ en mixed l | Wiped out after my shift, but mostly miles away: at the break-room window I see myself as a nurse on a 1930s ocean liner.
# triad 84
en mixed l | A bit guilty about skipping my maths homework, but mostly gone: the numbers on the page turn into birds flying out the window.
+ fr mixed l | Un peu coupable de ne pas faire mes maths, mais surtout parti : les chiffres de la page deviennent des oiseaux qui s'envolent par la fenêtre.
# triad 85
fr slang_emoji l | le chat dort sur mes genoux et jsuis partie dans un délire où il règne sur un royaume de coussins 🐱👑💭
+ en slang_emoji l | cat's asleep on my lap and i've drifted into a whole story where he rules a kingdom of cushions 🐱👑💭
# triad 86
fr typo l | dans le train jregarde le paysage et jmimagine que les rails partent au dessus des nuages vers une ville volante
+ en typo l | on the train watching the view and i imagine the rails lifting off over the clouds to a flying city
"""

"""panique: third wave, triads with colere and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Ça sent le gaz à plein nez et le raccord de la cuisinière siffle, je fais sortir les enfants !
+ en situation h | The place reeks of gas and the cooker fitting is hissing, I'm getting the kids out!

# triad 02
en situation h | The carbon monoxide alarm is shrieking, my head's spinning and I can't get my daughter to wake up!
+ fr situation h | Le détecteur de monoxyde hurle, j'ai la tête qui tourne et ma fille n'arrive pas à se réveiller !

# triad 03
fr situation h | Mamie est coincée au fond de la baignoire, elle n'arrive plus à se relever, l'eau est froide et elle grelotte !
+ en situation h | Grandma's stuck at the bottom of the bath, she can't get up, the water's cold and she's shivering!

# triad 04
fr situation h | Le petit a croqué une capsule de lessive, il a de la mousse bleue plein la bouche !
+ en situation h | The little one bit into a laundry pod, his mouth is full of blue foam!

# triad 05
en situation h | The driver's drunk, he's weaving at eighty and won't pull over, and we're stuck in the back!
+ fr situation h | Le conducteur est ivre, il zigzague à 130 et refuse de s'arrêter, on est coincés à l'arrière !

# triad 06
fr situation h | Le rack cède, les palettes du haut s'effondrent dans l'allée où travaille mon collègue !
+ en situation h | The rack's giving way, the top pallets are crashing into the aisle where my colleague is working!

# triad 07
fr situation h | La batterie de la trottinette vient d'exploser dans l'entrée, une fumée noire envahit l'appartement !
+ en situation h | The scooter battery just exploded in the hallway, black smoke is filling the flat!

# triad 08
en situation h | They've just injected her with penicillin, her throat is swelling and they're running for the adrenaline!
+ fr situation h | On vient de lui injecter de la pénicilline, sa gorge gonfle et ils courent chercher l'adrénaline !

# triad 09
fr situation h | Le portillon de la piscine est ouvert, je ne vois plus le petit et il y a quelque chose au fond !
+ en situation h | The pool gate's open, I can't see the little one and there's something at the bottom!

# triad 10
fr situation h | Mon fils est parti rejoindre l'homme rencontré sur son jeu en ligne, son téléphone ne répond plus !
+ en situation h | My son has gone off to meet the man he met on his online game, and his phone isn't answering!

# triad 11
en situation h | We're stuck in the car under the snow, the exhaust is buried and the little one says his head hurts!
+ fr situation h | On est bloqués dans la voiture sous la neige, le pot d'échappement est enseveli et le petit a mal à la tête !

# triad 12
fr situation h | La marée monte autour de nous dans la baie, l'eau est aux genoux et la rive est encore loin !
+ en situation h | The tide's coming in all around us, the water's up to our knees and the shore is still far off!

# triad 13
fr situation h | Le sac de mon fils est coincé dans le télésiège, il est soulevé au-dessus du quai et pend par les sangles !
+ en situation h | My son's backpack is caught on the chairlift, he's been lifted off the platform and he's dangling by the straps!

# triad 14
en situation h | My son touched the bare wires, he got a shock and he's not moving!
+ fr situation h | Mon fils a touché les fils dénudés, il a pris une décharge et il ne bouge plus !

# triad 15
fr situation h | Un bébé est enfermé dans une voiture en plein soleil sur le parking, il est tout rouge et ne pleure plus !
+ en situation h | There's a baby locked in a car in full sun in the car park, bright red and not crying any more!

# triad 16
fr situation h | Le feu dévale la colline, les flammes sont à cent mètres du camping et la route est bloquée !
+ en situation h | The fire's racing down the hill, the flames are a hundred metres from the campsite and the road's blocked!

# triad 17
en situation h | The window box on the fifth floor is coming loose and my daughter is standing right under it!
+ fr situation h | La jardinière du cinquième se décroche et ma fille est juste en dessous !

# triad 18
fr situation h | J'ai mélangé javel et détartrant par erreur, un gaz me brûle la gorge et je n'arrive plus à respirer !
+ en situation h | I mixed bleach and descaler by mistake, the fumes are burning my throat and I can't breathe!

# triad 19
fr situation h | Le camion tourne à droite sans me voir, je suis coincé contre le trottoir et ses roues arrivent !
+ en situation h | The lorry's turning right without seeing me, I'm pinned against the kerb and its wheels are coming!

# triad 20
en situation h | My daughter just fell down the open manhole, I can hear her crying at the bottom!
+ fr situation h | Ma fille vient de tomber dans la bouche d'égout ouverte, je l'entends pleurer au fond !

# triad 21
fr situation h | L'étagère de la médiathèque bascule sur les enfants assis en dessous avec leurs albums !
+ en situation h | The library bookcase is toppling onto the kids sitting underneath with their picture books!

# triad 22
en situation h | Grandpa's not in his room, the care home door is wide open and it's getting dark!
+ fr situation h | Papi n'est plus dans sa chambre, la porte de l'EHPAD est grande ouverte et la nuit tombe !

# triad 23
fr situation h | Le chat est dans le tambour de la machine à laver et elle vient de se mettre à tourner !
+ en situation h | The cat's inside the washing machine drum and it's just started spinning!

# triad 24
fr situation h | Le chien a filé par le portail, il court au milieu de la départementale et un camion arrive !
+ en situation h | The dog's bolted through the gate, he's running down the middle of the main road and a lorry's coming!

# triad 25
en situation h | The tractor's tipping over on the bank with Dad on it, I can hear him shouting underneath!
+ fr situation h | Le tracteur bascule dans le talus avec papa dessus, je l'entends crier en dessous !

# triad 26
fr situation h | Mon paddle dérive dans le chenal et le ferry arrive droit sur moi, il ne me voit pas !
+ en situation h | My paddleboard's drifting into the channel and the ferry's heading straight at me, it can't see me!

# triad 27
fr situation h | La foudre tombe autour de nous sur l'arête, mes cheveux se dressent et il n'y a aucun abri !
+ en situation h | Lightning's striking all around us on the ridge, my hair's standing on end and there's no shelter anywhere!

# triad 28
en situation h | The smart lock has jammed, the baby's alone inside and I'm stuck out on the landing!
+ fr situation h | La serrure connectée s'est bloquée, le bébé est seul à l'intérieur et je suis coincée sur le palier !

# triad 29
fr situation h | Un inconnu menace d'envoyer mes photos intimes à tous mes contacts dans une heure si je ne paie pas !
+ en situation h | A stranger is threatening to send my intimate photos to all my contacts in an hour unless I pay!

# triad 30
fr situation h | Le bateau d'excursion surchargé gîte, l'eau passe par-dessus bord et il n'y a pas assez de gilets !
+ en situation h | The overloaded tour boat is listing, water's coming over the side and there aren't enough life jackets!

# triad 31
en situation h | Power cut, Mum's oxygen machine has stopped and the backup cylinder is empty!
+ fr situation h | Coupure de courant, le concentrateur d'oxygène de maman s'est arrêté et la bouteille de secours est vide !

# triad 32
fr situation h | Ma fille m'appelle en pleurs, le car de la colo est reparti sans elle et elle est seule sur l'aire d'autoroute !
+ en situation h | My daughter's calling me in tears, the camp coach left without her and she's alone at the motorway services!

# triad 33
fr situation h | Il est 19 h, mon fils n'est pas rentré de l'école, son téléphone est coupé et personne ne l'a vu !
+ en situation h | It's 7 p.m., my son hasn't come home from school, his phone is off and nobody's seen him!

# triad 34
en situation h | My friend can't stand up, someone's put something in her drink and she's passing out!
+ fr situation h | Ma pote ne tient plus debout, quelqu'un a mis un truc dans son verre et elle perd connaissance !

# triad 35
fr situation h | Je viens d'envoyer le fichier des salaires à toute la boîte, le rappel ne marche pas et les réponses arrivent !
+ en situation h | I've just sent the salary spreadsheet to the entire company, the recall isn't working and replies are coming in!

# triad 36
fr situation h | Je glisse sur les tuiles mouillées, la gouttière cède sous ma main et je suis au bord du vide !
+ en situation h | I'm sliding on the wet tiles, the gutter's giving way in my hand and I'm right at the edge!

# triad 37
en situation h | The jack's slipping, the car's coming down and my brother is still underneath!
+ fr situation h | Le cric glisse, la voiture redescend et mon frère est encore dessous !

# triad 38
fr situation h | Mon fils diabétique fait une hypo en pleine nuit, il ne répond plus et le glucagon est périmé !
+ en situation h | My diabetic son's having a hypo in the night, he won't respond and the glucagon's out of date!

# triad 39
fr situation h | Maman n'arrive plus à parler, la moitié de son visage tombe, et l'ambulance n'arrive pas !
+ en situation h | Mum can't speak, half her face is drooping, and the ambulance still isn't here!

# triad 40
en situation h | My son got up from the tackle, he doesn't recognise me and he's throwing up by the touchline!
+ fr situation h | Mon fils s'est relevé du plaquage, il ne me reconnaît plus et il vomit au bord du terrain !

# triad 41
fr situation h | Mon pote s'est effondré devant la scène en pleine chaleur, il ne transpire plus et il délire !
+ en situation h | My mate's collapsed in front of the stage in this heat, he's stopped sweating and he's delirious!

# triad 42
en situation h | The rental car's tyre just burst on the bend and we're sliding towards the ravine!
+ fr situation h | Le pneu de la voiture de location vient d'éclater dans le virage et on glisse vers le ravin !

# triad 43
fr situation h | Le chauffeur du car a les yeux sur son téléphone et on quitte la voie, droit vers la glissière !
+ en situation h | The coach driver's eyes are on his phone and we're drifting out of the lane, straight at the barrier!

# triad 44
en situation h | The river's risen all of a sudden, water's pouring into the tent and it's pitch dark!
+ fr situation h | Le torrent monte d'un coup, l'eau entre dans la tente et il fait nuit noire !

# triad 45
fr situation h | L'échelle glisse contre le cerisier, je suis à quatre mètres et je ne tiens plus qu'à une branche !
+ en situation h | The ladder's sliding off the cherry tree, I'm four metres up and hanging on to a single branch!

# triad 46
fr situation h | Le tapis de course s'emballe, je n'arrive plus à suivre et il n'y a pas de clé d'arrêt d'urgence !
+ en situation h | The treadmill's speeding up on its own, I can't keep up and there's no emergency stop key!

# triad 47
en situation h | My daughter was doing the breath-holding challenge from TikTok and she's just passed out on the floor!
+ fr situation h | Ma fille faisait le défi TikTok où on bloque sa respiration, elle vient de s'évanouir par terre !

# triad 48
fr situation h | L'écharpe de ma fille est coincée dans l'escalator et elle est tirée vers le bas !
+ en situation h | My daughter's scarf is caught in the escalator and she's being dragged down!

# triad 49
en situation h | The piano's sliding down the stairs and my father is right below it!
+ fr situation h | Le piano glisse dans l'escalier et mon père est juste en dessous !

# triad 50
fr situation h | Une rafale soulève le château gonflable de l'anniversaire avec trois enfants dedans !
+ en situation h | A gust is lifting the birthday bouncy castle with three kids still inside!

# triad 51
fr situation h | La statue bascule de son brancard en pleine procession, droit sur les enfants de chœur !
+ en situation h | The statue's toppling off its platform mid-procession, straight at the altar boys!

# triad 52
en situation h | Grandma forgot the gas, the flat's full of smoke and she's asleep on the sofa!
+ fr situation h | Mamie a oublié le gaz, l'appartement est enfumé et elle dort sur le canapé !

# triad 53
fr situation h | Le bébé vient de rouler de la table à langer, il est tombé tête la première sur le carrelage !
+ en situation h | The baby's just rolled off the changing table and landed head first on the tiles!

# triad 54
fr situation h | J'ai percé une conduite, l'eau gicle du mur droit sur le tableau électrique !
+ en situation h | I've drilled through a pipe and water's spraying out of the wall straight onto the fuse box!

# triad 55
en situation h | A strange man's voice is talking to the baby through the monitor, right now!
+ fr situation h | Une voix d'homme inconnue parle au bébé dans le babyphone, en ce moment même !

# triad 56
fr situation h | Un homme me suit depuis le métro, il accélère quand j'accélère et la rue est vide !
+ en situation h | A man's been following me since the metro, he speeds up when I do and the street's empty!

# triad 57
fr situation h | Des balles sifflent au-dessus de nos têtes dans le bois, des chasseurs tirent vers le chemin !
+ en situation h | Bullets are whistling over our heads in the woods, hunters are shooting towards the path!

# triad 58
en situation h | The kids' giant inflatable is drifting out to sea in the offshore wind, they're already far out!
+ fr situation h | La bouée géante des enfants dérive vers le large avec le vent de terre, ils sont déjà loin !

# triad 59
fr situation h | Des pierres dévalent la paroi droit sur nous, et on est pendus au milieu de la voie !
+ en situation h | Rocks are tumbling down the face right at us, and we're hanging in the middle of the route!

# triad 60
fr situation h | Le four à céramique s'emballe, le thermostat est bloqué et le mur du garage commence à noircir !
+ en situation h | The pottery kiln's overheating, the thermostat's stuck and the garage wall is starting to blacken!

# triad 61
fr situation h | Ma fille s'est piquée avec une seringue trouvée dans le bac à sable, elle saigne du doigt !
+ en situation h | My daughter's pricked herself on a syringe she found in the sandpit, her finger's bleeding!

# triad 62
en situation h | Sirens are wailing, a toxic cloud is rising over the plant and they're telling us to shelter indoors right now!
+ fr situation h | Les sirènes hurlent, un nuage toxique monte de l'usine et on nous ordonne de nous confiner tout de suite !

# triad 63
fr situation h | La cocotte-minute siffle de partout, la soupape est bouchée et le couvercle commence à se soulever !
+ en situation h | The pressure cooker's hissing all over, the valve's blocked and the lid's starting to lift!

# triad 64
en situation h | My ex is outside the door, hammering on it and screaming that he's going to break it down!
+ fr situation h | Mon ex est devant la porte, il tambourine et hurle qu'il va la défoncer !

# triad 65
fr situation h | Les cousins ont trouvé le fusil de mon oncle, et le petit le pointe sur sa sœur !
+ en situation h | The cousins have found my uncle's rifle, and the little one's pointing it at his sister!

# triad 66
fr slang_emoji h | ptn l'eau traverse le plafond autour du lustre et ça grésille 😱😱 les plombs ont pas sauté
+ en slang_emoji h | omg water's coming through the ceiling round the light fitting and it's crackling 😱😱 fuses haven't tripped

# triad 67
en situation h | Intruder alarm at school, we're barricaded in the classroom with the lights off, and someone's trying the handle!
+ fr situation h | Alarme intrusion au lycée, on est barricadés dans la salle, lumières éteintes, et quelqu'un essaie la poignée !

# triad 68
fr situation h | Le petit a avalé plusieurs billes aimantées du jeu de son frère, il se tord de douleur !
+ en situation h | The little one swallowed several magnetic balls from his brother's game and he's doubled up in pain!

# triad 69
fr typo h | le ventre du chien gonfle a vue d'oeil, il bave et essaie de vomir sans y arriver, on part chez le veto de garde
+ en typo h | the dogs belly is swelling by the minute, hes drooling and retching with nothing coming up, off to the emergency vet

# triad 70
en situation h | A horrible pain on the right side of my belly, I'm doubled over and can't get up off the floor!
+ fr situation h | Une douleur atroce à droite du ventre, je suis pliée en deux et je n'arrive plus à me relever !

# triad 71
fr situation h | Papa s'étouffe dans son lit d'hôpital, je sonne encore et encore et personne ne vient !
+ en situation h | Dad's choking in his hospital bed, I keep ringing the bell and nobody's coming!

# triad 72
fr situation h | Le balcon s'affaisse sous nous en plein apéro, le garde-corps se détache du mur !
+ en situation h | The balcony's sagging under us in the middle of drinks, the railing's coming away from the wall!

# triad 73
en situation h | The hay in the barn is smoking from the inside, it smells of burnt sugar and the animals are right next to it!
+ fr situation h | Le foin de la grange fume de l'intérieur, ça sent le caramel brûlé et les bêtes sont juste à côté !

# triad 74
fr situation h | Je suis en haut du mur, et mon assureur vient de lâcher la corde pour décrocher son téléphone !
+ en situation h | I'm at the top of the wall and my belayer's just let go of the rope to answer his phone!

# triad 75
fr typo h | vite le petit est monté sur le rebord de la fenetre ouverte au 6e, il se penche
+ en typo h | quick the little one has climbed onto the ledge of the open window on the 6th floor, hes leaning out

# triad 76
en situation h | The tumble dryer's smoking, there's a burning smell from the door and the utility room is filling with smoke!
+ fr situation h | Le sèche-linge fume, une odeur de brûlé sort du hublot et la buanderie se remplit de fumée !

# triad 77
fr situation h | Quelqu'un a remis le courant pendant que mon collègue a les mains dans le tableau, il est tétanisé !
+ en situation h | Someone's switched the power back on while my colleague's hands are in the panel, he can't let go!

# triad 78
fr situation h | La tranchée s'effondre, mon collègue est enseveli jusqu'à la taille et la terre continue de tomber !
+ en situation h | The trench is collapsing, my colleague's buried up to his waist and the earth keeps falling!

# triad 79
en situation h | I've just stuck myself with the needle from a patient's drip, blood's seeping through my glove!
+ fr situation h | Je viens de me piquer avec l'aiguille de la perfusion d'un patient, le sang perle à travers mon gant !

# triad 80
fr situation h | Au refuge, le chien qui a déjà mordu s'est détaché du box et fonce sur une bénévole !
+ en situation h | At the shelter, the dog that's bitten before has broken out of his pen and is charging at a volunteer!

# triad 81
fr mixed h | Il était fier de son expérience, mais là c'est la panique : le produit du kit de chimie lui a giclé dans l'œil !
+ en mixed h | He was so proud of his experiment, but now it's sheer panic: the stuff from the chemistry set has squirted in his eye!

# triad 82
en situation h | Grandpa's mixed up the pedals and the car's shooting towards the bakery window!
+ fr situation h | Papi a confondu les pédales et la voiture fonce vers la vitrine de la boulangerie !

# triad 83
fr situation h | La remorque du déménagement s'est détachée sur l'autoroute et part en travers des voies !
+ en situation h | The removal trailer's come off on the motorway and it's swerving across the lanes!

# triad 84
fr situation h | Le feu de jardin du voisin a gagné notre cabane en bois, les flammes lèchent déjà la haie !
+ en situation h | The neighbour's bonfire has spread to our wooden shed, and the flames are already licking the hedge!
"""

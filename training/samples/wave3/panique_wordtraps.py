"""panique: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation h | On pique-niquait au bord du lac et ma fille a glissé dans l'eau, elle ne remonte pas !
+ en situation h | We were having a picnic by the lake and my daughter slipped into the water, she isn't coming back up!
fr situation h | Le gâteau d'anniversaire a mis le feu aux guirlandes en papier, les flammes montent au plafond !
+ en situation h | The birthday cake has set the paper bunting alight, the flames are climbing to the ceiling!
fr situation h | Il souriait il y a une minute et là mon mari s'effondre, la bouche de travers, il n'arrive plus à parler !
+ en situation h | He was smiling a minute ago and now my husband is collapsing, his mouth drooping, he can't get a word out!
fr situation h | Petite balade au soleil, et le chien a mordu un crapaud : il bave à gros bouillons, titube et s'écroule !
+ en situation h | Nice little walk in the sun, and the dog bit a toad: he's frothing at the mouth, staggering and collapsing!
fr situation h | Les gamins jouaient au ballon dans la cour, le petit a heurté le poteau et il ne bouge plus !
+ en situation h | The kids were playing ball in the yard, the little one hit the post and he's not moving!
fr situation h | J'ai renversé mon café du matin sur la multiprise, ça crépite, ça fume et ça sent le plastique brûlé !
+ en situation h | I spilled my morning coffee on the power strip, it's crackling, smoking and smells of burning plastic!
fr typo h | on chantait ds la voiture et dun coup plus de freins, la pedale va jusquau plancher !!
+ en typo h | we were singing in the car and suddenly no brakes, the pedal goes right to the floor!!
fr situation h | Câlin du soir avec le bébé, il est brûlant, il se raidit d'un coup et ses yeux partent en arrière !
+ en situation h | Bedtime cuddle with the baby, he's burning hot, he suddenly goes stiff and his eyes roll back!

# trap words from curiosite
fr situation h | J'ai voulu explorer le grenier de la nouvelle maison et le plancher cède sous mes pieds !
+ en situation h | I wanted to explore the attic of the new house and the floor is giving way under my feet!
fr situation h | Mon fils a voulu savoir ce qu'il y avait dans la prise, il a mis une fourchette dedans et il ne répond plus !
+ en situation h | My son wanted to find out what was inside the socket, he stuck a fork in it and he's not responding!
fr situation h | Expérience de chimie dans la cuisine avec les enfants : le bocal fume, siffle et gonfle, il va exploser !
+ en situation h | Chemistry experiment in the kitchen with the kids: the jar's smoking, hissing and bulging, it's going to blow!
fr situation h | Pourquoi la voiture fume comme ça ? Des flammes sortent du capot, on est sur l'autoroute !
+ en situation h | Why is the car smoking like that? Flames are coming out of the bonnet and we're on the motorway!
fr situation h | On visitait la grotte, ma lampe frontale vient de s'éteindre, noir complet et je n'entends plus le groupe !
+ en situation h | We were touring the cave, my head torch just died, pitch black and I can't hear the group any more!
fr situation h | Au musée, un visiteur s'écroule devant le tableau, il ne respire plus et personne ne sait quoi faire !
+ en situation h | At the museum a visitor collapses in front of the painting, he's not breathing and nobody knows what to do!
fr situation h | Je testais la nouvelle débroussailleuse, un caillou a jailli et ma voisine se tient l'œil en hurlant, il y a du sang !
+ en situation h | I was trying out the new strimmer, a stone flew out and my neighbour is clutching her eye and screaming, there's blood!
fr slang_emoji h | voulais comprendre d'où venait le bruit dans le mur 😳 c un nid de guêpes énorme et elles sortent de partout 😱😱
+ en slang_emoji h | wanted to figure out where the noise in the wall was coming from 😳 it's a massive wasps' nest and they're pouring out everywhere 😱😱

# trap words from detente
fr situation h | Je faisais la sieste dans le hamac et je me réveille dans la fumée, la haie du voisin est en flammes !
+ en situation h | I was napping in the hammock and I wake up in smoke, the neighbour's hedge is on fire!
fr situation h | Bain moussant, bougies, et le radiateur soufflant vient de basculer au bord de la baignoire, il va tomber dans l'eau !
+ en situation h | Bubble bath, candles, and the fan heater has just toppled onto the edge of the tub, it's about to fall in the water!
fr situation h | En plein massage au spa, l'alarme incendie se déclenche et la fumée passe sous la porte de la cabine !
+ en situation h | Halfway through a spa massage the fire alarm goes off and smoke is coming under the treatment room door!
fr situation h | Piscine de l'hôtel : un enfant est au fond du grand bain et le maître-nageur n'est nulle part !
+ en situation h | Hotel pool: a child is at the bottom of the deep end and the lifeguard is nowhere to be seen!
fr situation h | Allongé sur mon transat, j'entends la sirène, la mer se retire d'un coup et tout le monde se met à courir !
+ en situation h | Lying on my sun lounger, I hear the siren, the sea suddenly pulls back and everyone starts running!
fr situation h | Cours de yoga au parc, une énorme branche craque au-dessus de nos tapis, elle est en train de tomber !
+ en situation h | Yoga class in the park, a huge branch is cracking above our mats, it's coming down!
fr situation h | Je dormais tranquillement et j'entends quelqu'un forcer la porte d'entrée, il marche dans le couloir !
+ en situation h | I was sound asleep and I hear someone forcing the front door, he's walking down the hallway!
fr typo h | jetais tranquille sur le canap et la le plafond de la sdb s'effondre, ya de l'eau partout et ca touche les prises !!
+ en typo h | i was chilling on the couch and now the bathroom ceiling's caving in, water everywhere and it's reaching the sockets!!

# trap words from euphorie
fr situation h | En pleine fête, le balcon a cédé sous les invités, il y a des gens en bas qui ne bougent plus !
+ en situation h | In the middle of the party the balcony gave way under the guests, there are people down below who aren't moving!
fr situation h | Au festival, la foule pousse vers la scène, je suis écrasé contre la barrière et je n'arrive plus à respirer !
+ en situation h | At the festival the crowd is surging towards the stage, I'm crushed against the barrier and I can't breathe!
fr situation h | Les gens dansent encore dans la boîte, personne n'a vu que le rideau derrière les platines est en feu !
+ en situation h | People are still dancing in the club, nobody's noticed the curtain behind the decks is on fire!
fr situation h | On trinquait au champagne sur le pont du bateau et mon pote a basculé par-dessus bord dans le noir, on ne le voit plus !
+ en situation h | We were toasting with champagne on deck and my mate went over the side in the dark, we can't see him any more!
fr situation h | Une fusée du feu d'artifice est retombée sur le toit de la maison, les tuiles fument et ça crépite !
+ en situation h | A firework rocket came down on the roof of the house, the tiles are smoking and crackling!
fr situation h | Soirée d'anniversaire : mon pote a mélangé des trucs, il convulse par terre et ses lèvres virent au bleu !
+ en situation h | Birthday night out: my mate mixed stuff, he's fitting on the floor and his lips are turning blue!
fr slang_emoji h | en plein concert le sol de la fosse s'effondre 😱😱 des gens sont tombés dedans j'arrive pas à sortir aidez moi
+ en slang_emoji h | mid-concert the floor of the pit just caved in 😱😱 people fell through, I can't get out, help
fr situation h | Au mariage, une rafale arrache la tente de réception et les piquets volent vers les tables des invités !
+ en situation h | At the wedding a gust rips the marquee loose and the poles are flying towards the guests' tables!

# trap words from reverie
fr situation h | Je rêvassais au volant et je me retrouve à contresens face à un camion qui klaxonne !
+ en situation h | I was daydreaming at the wheel and now I'm on the wrong side of the road facing a lorry blaring its horn!
fr situation h | Je regardais les étoiles allongé sur le toit et je glisse vers la gouttière, je n'ai rien pour me retenir !
+ en situation h | I was lying on the roof looking at the stars and I'm sliding towards the gutter, nothing to hold on to!
fr situation h | Je flottais sur le matelas gonflable, la tête dans les nuages, et le courant m'a emporté au large, je n'ai plus pied !
+ en situation h | I was floating on the lilo with my head in the clouds and the current has dragged me out, I'm out of my depth!
fr situation h | La brume est tombée d'un coup sur le glacier, on ne voit plus les piquets et la crevasse est quelque part devant !
+ en situation h | Fog has suddenly come down on the glacier, we can't see the marker poles and the crevasse is somewhere ahead!
fr situation h | Je contemplais la lune par la fenêtre et un homme cagoulé est en train d'escalader notre balcon !
+ en situation h | I was gazing at the moon through the window and a man in a balaclava is climbing up onto our balcony!
fr situation h | Je sors d'un rêve et je ne sens plus mon bras gauche, ça serre dans la poitrine, j'ai du mal à respirer !
+ en situation h | I've just woken from a dream and I can't feel my left arm, my chest is tight, I'm struggling to breathe!
fr situation h | Ma fille imaginait qu'elle volait comme une fée, elle est debout sur le rebord de la fenêtre au troisième !
+ en situation h | My daughter was pretending she could fly like a fairy, she's standing on the window ledge on the third floor!
fr situation h | J'avais la tête ailleurs sur le quai, le petit a lâché ma main et les portes du train se referment sur lui !
+ en situation h | My mind was elsewhere on the platform, the little one let go of my hand and the train doors are closing on him!

# trap words from victoire
fr situation h | Il a marqué le but de la victoire et s'est effondré sur la pelouse, il ne respire plus, vite le défibrillateur !
+ en situation h | He scored the winning goal and collapsed on the pitch, he's not breathing, get the defibrillator, quick!
fr situation h | Le trophée en verre a explosé en tombant, mon fils s'est ouvert le poignet et ça gicle !
+ en situation h | The glass trophy shattered when it fell, my son has cut his wrist open and it's spurting!
fr situation h | On a réussi à atteindre le sommet et là l'orage éclate, la foudre tombe à quelques mètres de nous !
+ en situation h | We made it to the summit and now the storm breaks, lightning is striking a few metres from us!
fr situation h | Tentative de record au karting, ma pédale de frein reste coincée et je fonce droit sur le mur de pneus !
+ en situation h | Going for the lap record at the karting track, my brake pedal is stuck and I'm heading straight for the tyre wall!
fr situation h | Médaille d'or au judo, et maintenant mon fils se tient la nuque et dit qu'il ne sent plus ses jambes !
+ en situation h | Gold medal at judo, and now my son is clutching his neck and says he can't feel his legs!
fr situation h | Premier en haut de la voie, et en redescendant mon descendeur se bloque, je pends dans le vide !
+ en situation h | First to the top of the route, and on the way down my belay device jams, I'm dangling in mid-air!
fr situation h | Le champion du club s'écroule sur le podium, le médecin crie qu'on apporte l'oxygène tout de suite !
+ en situation h | The club champion collapses on the podium, the doctor is shouting for oxygen right now!
fr mixed h | Un peu fier d'avoir gagné la course, mais surtout terrifié : mon cœur bat à 220 et je vois tout noir !
+ en mixed h | A bit proud of winning the race, but mostly terrified: my heart's going at 220 and everything's going black!

# trap words from colere
fr situation h | Le voisin furieux a sorti un fusil et il le pointe vers notre fenêtre !
+ en situation h | The furious neighbour has got a rifle out and he's pointing it at our window!
fr situation h | Un type hurle et frappe ma portière à coups de barre de fer, je suis coincé dans la voiture !
+ en situation h | A guy is yelling and smashing my car door with an iron bar, I'm trapped inside!
fr situation h | J'ai claqué la porte et le petit avait les doigts dedans, il hurle et son doigt pend !
+ en situation h | I slammed the door and the little one had his fingers in it, he's screaming and his finger is hanging off!
fr situation h | Le taureau enragé a défoncé la clôture et il charge droit vers les enfants !
+ en situation h | The raging bull has smashed through the fence and it's charging straight at the kids!
fr situation h | Le chauffeur s'énerve, roule à 160 en zigzaguant et refuse de me laisser descendre !
+ en situation h | The driver's lost his temper, he's doing 160 weaving across lanes and won't let me out!
fr negation h | Ce n'est pas de la colère, je tremble de peur : un chien énorme m'a coincé contre le grillage et il gronde !
+ en negation h | This isn't anger, I'm shaking with fear: a huge dog has me pinned against the fence and it's growling!
fr situation h | La voiture rouge derrière me colle, me fait des appels de phares et me pousse vers le ravin !
+ en situation h | The red car behind is tailgating me, flashing its lights and pushing me towards the ravine!
fr situation h | Une bagarre éclate dans le tram, un homme sort un couteau et on est bloqués entre deux arrêts !
+ en situation h | A fight breaks out on the tram, a man pulls a knife and we're stuck between two stops!

# trap words from inquietude
fr situation h | J'attendais mes résultats d'analyse et là tout tourne, je m'effondre dans la salle d'attente !
+ en situation h | I was waiting for my test results and now everything's spinning, I'm collapsing in the waiting room!
fr situation h | Pas de nouvelles de ma fille depuis une heure, je la trouve inconsciente par terre dans la salle de bain !
+ en situation h | No word from my daughter for an hour, and I find her unconscious on the bathroom floor!
fr situation h | Le médecin avait dit de surveiller sa fièvre, elle convulse dans mes bras et ne répond plus !
+ en situation h | The doctor said to keep an eye on her temperature, she's fitting in my arms and not responding!
fr situation h | Je me faisais du souci pour le vieux chêne, il est en train de tomber sur la maison, sortez tous !
+ en situation h | I'd been fretting about the old oak, it's falling onto the house right now, everybody out!
fr situation h | Le vol avait du retard, et maintenant les masques tombent et l'avion plonge d'un coup !
+ en situation h | The flight was delayed, and now the oxygen masks are dropping and the plane is plunging!
fr negation h | Ce n'est plus de l'inquiétude, c'est la panique : la rivière entre dans le salon et l'eau monte vite !
+ en negation h | This isn't worry any more, it's panic: the river is pouring into the living room and the water is rising fast!
fr situation h | Je me demandais si les freins tiendraient, ils viennent de lâcher dans la descente du col !
+ en situation h | I was wondering if the brakes would hold, they've just failed on the way down the pass!
fr situation h | Rendez-vous chez le dentiste, et je fais une réaction à l'anesthésie, ma langue gonfle et j'étouffe !
+ en situation h | Dentist appointment, and I'm reacting to the anaesthetic, my tongue's swelling and I'm choking!

# trap words from nostalgie
fr situation h | Je feuilletais les vieilles photos au grenier quand la lampe a mis le feu aux cartons !
+ en situation h | I was leafing through old photos in the attic when the lamp set the boxes on fire!
fr situation h | En écoutant ses vieux vinyles, papi s'est effondré dans son fauteuil, il a les lèvres bleues !
+ en situation h | Listening to his old records, Grandad slumped in his armchair, his lips are blue!
fr situation h | On a ressorti mon vélo d'enfance et les freins lâchent en pleine descente vers le carrefour !
+ en situation h | We dug out my childhood bike and the brakes are giving out halfway down the hill towards the junction!
fr situation h | Le vieux poêle de mamie fuit, ça sent le gaz partout et le bébé dort juste à côté !
+ en situation h | Granny's old stove is leaking, there's a smell of gas everywhere and the baby's asleep right next to it!
fr situation h | Le plancher du grenier plein de souvenirs craque sous moi pendant que je cherche l'album de mariage !
+ en situation h | The attic floor full of keepsakes is cracking under me while I'm looking for the wedding album!
fr situation h | Le petit jouait avec l'ancienne bague de mamie, il l'a avalée et il s'étouffe !
+ en situation h | The little one was playing with Granny's old ring, he's swallowed it and he's choking!
fr situation h | Retour au village de mon enfance, et le vieux pont de bois craque et penche sous la voiture !
+ en situation h | Back in the village I grew up in, and the old wooden bridge is creaking and tilting under the car!
fr situation h | J'ai allumé la cheminée de la maison de famille fermée depuis des années, la fumée remplit tout le salon !
+ en situation h | I lit the fire in the family house that's been shut up for years, smoke is filling the whole living room!

# trap words from suspense
fr situation h | Le train arrive dans quelques secondes et ma roue est coincée dans le rail du passage à niveau !
+ en situation h | The train is due in a few seconds and my wheel is stuck in the rail at the level crossing!
fr situation h | Juste avant le décollage, un grand bang, et je vois des flammes sortir du moteur sous l'aile !
+ en situation h | Just before take-off, a loud bang, and I can see flames coming out of the engine under the wing!
fr situation h | On attend l'ambulance depuis vingt minutes et mon père ne respire presque plus !
+ en situation h | We've been waiting twenty minutes for the ambulance and my dad is barely breathing!
fr situation h | L'ordinateur de plongée affiche trois minutes d'air et je suis encore à trente mètres de fond !
+ en situation h | My dive computer says three minutes of air left and I'm still thirty metres down!
fr situation h | L'ascenseur s'est arrêté entre deux étages, la lumière clignote et il redescend par secousses !
+ en situation h | The lift has stopped between floors, the light is flickering and it's dropping in jolts!
fr situation h | Je retiens mon souffle sous le lit : les cambrioleurs sont dans la chambre et l'un d'eux s'approche !
+ en situation h | I'm holding my breath under the bed: the burglars are in the bedroom and one of them is coming closer!
fr situation h | En plein film à suspense, la salle de cinéma se remplit de fumée et tout le monde se rue vers la sortie !
+ en situation h | In the middle of a thriller the cinema fills with smoke and everyone stampedes for the exit!
fr situation h | Qui arrivera en premier, les pompiers ou les flammes ? Le feu est dans l'escalier et on est au quatrième !
+ en situation h | Who'll get here first, the firefighters or the flames? The fire's in the stairwell and we're on the fourth floor!

# trap words from tristesse
fr situation h | Mon fils pleure et tousse dans sa chambre pleine de fumée, et la poignée de la porte est brûlante !
+ en situation h | My son is crying and coughing in his smoke-filled room, and the door handle is burning hot!
fr situation h | Au cimetière, une pierre tombale a basculé sur la jambe de mon père, il hurle et il est coincé dessous !
+ en situation h | At the cemetery a headstone toppled onto my dad's leg, he's screaming and he's pinned under it!
fr situation h | À l'enterrement, ma tante s'écroule au bord de la tombe et elle ne respire plus !
+ en situation h | At the burial my aunt collapses at the graveside and she's stopped breathing!
fr situation h | Seule dans le chalet, j'entends quelqu'un essayer d'ouvrir la porte de derrière !
+ en situation h | Alone in the chalet, I can hear someone trying to open the back door!
fr situation h | J'ai perdu mon fils dans la foule de la gare, ça fait cinq minutes que je hurle son prénom !
+ en situation h | I've lost my son in the crowd at the station, I've been screaming his name for five minutes!
fr situation h | Les larmes aux yeux à cause de la fumée, je cherche la sortie à tâtons dans le couloir de l'hôtel !
+ en situation h | Eyes streaming from the smoke, I'm groping along the hotel corridor for the way out!
fr situation h | Je crois que je vais mourir : la voiture glisse dans le canal et les portières ne s'ouvrent plus !
+ en situation h | I think I'm going to die: the car is sliding into the canal and the doors won't open!
fr typo h | jpleure de peur la, le bateau prend l'eau de partout et on est a 2 km de la cote
+ en typo h | im crying with fear, the boat is taking on water everywhere and we're 2 km from the shore
"""

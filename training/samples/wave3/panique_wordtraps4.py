"""panique: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation h | Ça hurle dans la cage d'escalier : le voisin est coincé sous la machine à laver qu'il descendait !
+ en situation h | Someone's screaming in the stairwell: the neighbour is pinned under the washing machine he was carrying down!
en situation h | Everyone is screaming on the beach, a fin is circling the kids on the inflatable ring!
+ fr situation h | Tout le monde crie sur la plage, un aileron tourne autour des enfants sur la bouée !
fr situation h | Je hurle au chauffeur de s'arrêter : la capuche de mon fils est coincée dans la porte du bus qui repart !
+ en situation h | I'm screaming at the driver to stop: my son's hood is caught in the door and the bus is pulling away!
fr slang_emoji h | jhurle dans le vide, la télécabine s'est arrêtée et la porte vient de s'ouvrir toute seule 😱😱
+ en slang_emoji h | screaming into the void, the cable car stopped and the door just opened by itself 😱😱
fr situation h | Les élèves crient dans le couloir, le labo de chimie est plein d'une fumée jaune qui pique les yeux !
+ en situation h | The pupils are screaming in the corridor, the chemistry lab is full of yellow smoke that stings your eyes!

# reaction: pleurer / larmes
fr situation h | Les larmes me brouillent la vue, j'ai reçu du produit pour le four dans l'œil et ça brûle horriblement !
+ en situation h | Tears are blurring my vision, I got oven cleaner in my eye and it's burning horribly!
en situation h | My baby isn't even crying any more, he's floppy and burning hot in my arms!
+ fr situation h | Mon bébé ne pleure même plus, il est tout mou et brûlant dans mes bras !
fr situation h | Ma fille pleure au téléphone, elle chuchote qu'un homme essaie d'entrer dans sa chambre d'étudiante !
+ en situation h | My daughter is crying on the phone, whispering that a man is trying to get into her student room!
fr situation h | En larmes, mon fils me montre sa main : le pétard lui a explosé dans les doigts, ça saigne partout !
+ en situation h | In tears, my son holds up his hand: the banger went off in his fingers and there's blood everywhere!

# reaction: trembler
fr situation h | Je tremble tellement que je n'arrive pas à composer le 15, papa est tombé de l'échelle et ne bouge plus !
+ en situation h | I'm shaking so hard I can't dial 999, Dad fell off the ladder and he's not moving!
en situation h | The bridge is shaking under the coach and a crack is opening across the road right in front of us!
+ fr situation h | Le pont tremble sous le car et une fissure s'ouvre en travers de la route juste devant nous !
fr situation h | Ma fille tremble et claque des dents, les lèvres bleues, on vient de la sortir de l'eau glacée !
+ en situation h | My daughter is shaking, teeth chattering, lips blue, we've just pulled her out of the icy water!

# reaction: le cœur qui bat / s'emballe
fr situation h | Mon cœur s'emballe à deux cents, tout tourne et je m'écroule dans la file de la boulangerie !
+ en situation h | My heart is racing at two hundred, everything's spinning and I'm collapsing in the bakery queue!
en situation h | My heart is pounding, there's a man in a balaclava on the landing trying every door handle!
+ fr situation h | Le cœur qui cogne, je vois un homme cagoulé sur le palier qui essaie toutes les poignées !
fr situation h | Le cœur qui bat à tout rompre, je me plaque derrière un rayon : des coups de feu dans le centre commercial !
+ en situation h | Heart thumping, I throw myself down behind a shelf: there are gunshots in the shopping centre!

# reaction: les mains moites
fr situation h | Les mains moites sur le volant, je sens la voiture partir sur le verglas vers le fossé !
+ en situation h | Sweaty hands on the wheel, I can feel the car sliding on the black ice towards the ditch!
en situation h | Sweaty palms, I'm hanging off the climbing wall and the rope just came loose from my harness!
+ fr situation h | Les mains moites, je suis accroché au mur d'escalade et la corde vient de se détacher de mon baudrier !
fr situation h | Mains moites, je fouille le sac pour l'inhalateur, mon fils étouffe et devient gris !
+ en situation h | Clammy hands, I'm digging through the bag for the inhaler, my son is choking and turning grey!

# reaction: sauter / bondir
fr situation h | Le chien a sauté par la fenêtre de la voiture en plein périphérique, les voitures pilent autour de lui !
+ en situation h | The dog jumped out of the car window in the middle of the ring road, cars are slamming on their brakes around him!
en situation h | I leapt out of the shower: the water heater is sparking and water is running over the cables!
+ fr situation h | J'ai bondi hors de la douche : le chauffe-eau fait des étincelles et l'eau coule sur les câbles !
fr situation h | Il a sauté du rocher dans la rivière et le courant l'emporte vers le barrage !
+ en situation h | He jumped off the rock into the river and the current is dragging him towards the weir!

# reaction: courir
fr situation h | Tout le monde court vers les sorties du métro, un sac fume sur le quai et ça sent le brûlé !
+ en situation h | Everyone's running for the metro exits, a bag is smoking on the platform and there's a smell of burning!
en situation h | The horses are running loose on the main road, cars are swerving and one just hit the barrier!
+ fr situation h | Les chevaux courent en liberté sur la départementale, les voitures font des écarts et l'une vient de taper la glissière !
fr situation h | Je cours dans le couloir de l'hôpital avec mon fils dans les bras, il ne respire plus !
+ en situation h | I'm running down the hospital corridor with my son in my arms, he's stopped breathing!

# reaction: rire / fou rire
fr situation h | En plein fou rire, mon fils avale sa bille, il s'étouffe et n'arrive plus à tousser !
+ en situation h | In the middle of a giggling fit my son swallows his marble, he's choking and can't even cough!
en situation h | We were killing ourselves laughing by the pool and suddenly Tom isn't coming back up!
+ fr situation h | On était morts de rire au bord de la piscine et d'un coup Tom ne remonte plus !
fr situation h | Les enfants riaient sur le manège, et tout à coup la nacelle se décroche et penche dans le vide !
+ en situation h | The kids were laughing on the ride, and all of a sudden the gondola breaks loose and tilts over the drop!

# reaction: le souffle coupé
fr situation h | Le souffle coupé par la chute de cheval, je n'arrive plus à respirer et tout devient noir !
+ en situation h | Winded from falling off the horse, I can't get any air in and everything's going black!
en situation h | I'm gasping for breath, the smoke in the stairwell is so thick I can't see the steps!
+ fr situation h | J'ai le souffle coupé, la fumée est si épaisse dans l'escalier que je ne vois plus les marches !
fr situation h | Souffle coupé par l'eau glacée, je suis tombé du ponton et mes bottes m'entraînent vers le fond !
+ en situation h | The freezing water knocked the breath out of me, I've fallen off the jetty and my boots are dragging me down!

# reaction: sans voix
fr situation h | Sans voix, je vois le camion se coucher sur la voiture de ma sœur juste devant nous !
+ en situation h | I can't make a sound, I'm watching the lorry topple onto my sister's car right in front of us!
en situation h | I can't even scream: a man has grabbed my daughter's arm and is dragging her towards a van!
+ fr situation h | Je n'arrive même pas à crier : un homme a attrapé le bras de ma fille et la tire vers une camionnette !
fr situation h | Ma voix ne sort plus, ma gorge gonfle après une bouchée de crevettes et l'air passe à peine !
+ en situation h | My voice won't come out, my throat is swelling after a mouthful of prawns and barely any air gets through!

# reaction: je n'en reviens pas
fr situation h | J'y crois pas, l'eau monte dans le parking souterrain et la portière refuse de s'ouvrir !
+ en situation h | I can't believe this, the water is rising in the underground car park and the door won't open!
en situation h | I can't believe it, the anchor rope has snapped and we're drifting onto the rocks with the kids on board!
+ fr situation h | Je n'en reviens pas, l'ancre a lâché et on dérive vers les rochers avec les enfants à bord !
fr situation h | J'en reviens pas, un type sort un couteau dans la file du cinéma et fonce vers nous !
+ en situation h | I can't believe it, a guy has pulled a knife in the cinema queue and he's charging at us!

# reaction: pas dormi de la nuit
fr situation h | Pas dormi de la nuit, je rouvre les yeux sur la bande rugueuse, la voiture file droit vers la glissière !
+ en situation h | Didn't sleep all night, I open my eyes on the rumble strip and the car is heading straight for the barrier!
en situation h | Up all night with the baby, and now he's having a fit in my arms!
+ fr situation h | Pas dormi de la nuit avec le bébé, et là il fait une convulsion dans mes bras !
fr situation h | Nuit blanche au chevet de mamie, et là elle râle, elle ne respire presque plus, j'appelle le 15 !
+ en situation h | A sleepless night at Grandma's bedside, and now she's rattling, she's barely breathing, I'm calling an ambulance!

# reaction: les jambes en coton
fr situation h | Les jambes en coton, je sens que je vais tomber dans les pommes au bord du quai, le train arrive !
+ en situation h | My legs have gone, I'm about to faint at the edge of the platform and the train is coming in!
en situation h | My legs turned to jelly halfway up the ladder, the gutter is breaking and I'm slipping!
+ fr situation h | J'ai les jambes en coton au milieu de l'échelle, la gouttière casse et je glisse !
fr situation h | Les jambes coupées, je vois mon fils de trois ans courir vers le bord du quai du port, sans gilet !
+ en situation h | My legs give way, I see my three-year-old running towards the edge of the harbour wall without a life jacket!

# reaction: la gorge serrée
fr situation h | J'ai la gorge qui se serre après la piqûre de guêpe, j'avale mal et mon visage gonfle !
+ en situation h | My throat is tightening after the wasp sting, I can hardly swallow and my face is swelling up!
en situation h | My throat is closing up after the satay sauce, I can barely swallow and my lips are huge!
+ fr situation h | Ma gorge se ferme après la sauce satay, j'arrive à peine à avaler et mes lèvres ont triplé !
fr situation h | La gorge serrée par la fumée, je rampe vers la porte de la chambre d'hôtel sans rien voir !
+ en situation h | Throat burning with smoke, I'm crawling towards the hotel room door and I can't see a thing!

# reaction: le ventre noué
fr situation h | Le ventre noué, je vois la voiture de ma fille sur le toit dans le fossé, les roues tournent encore !
+ en situation h | Stomach in knots, I can see my daughter's car upside down in the ditch, the wheels still spinning!
en situation h | My stomach's in knots, the plane is going round again and the crew are shouting brace, brace!
+ fr situation h | Le ventre noué, l'avion remet les gaz et l'équipage hurle de prendre la position de sécurité !
fr situation h | Le ventre tordu, je vois de la fumée noire sortir de l'école des enfants en tournant au coin de la rue !
+ en situation h | My stomach lurches, I see black smoke pouring out of the kids' school as I turn the corner!

# reaction: frissons / chair de poule
fr situation h | J'ai des frissons partout : quelqu'un respire derrière la porte de ma chambre d'hôtel et tourne la poignée !
+ en situation h | Chills all over: someone is breathing behind my hotel room door and turning the handle!
en situation h | Goosebumps all over: the voice on the baby monitor is a man whispering to my son!
+ fr situation h | La chair de poule partout : dans le babyphone, c'est la voix d'un homme qui chuchote à mon fils !
fr situation h | Fièvre, frissons, et maintenant mon mari délire, il a la nuque raide et des taches violettes !
+ en situation h | Fever, shivers, and now my husband is delirious, his neck is stiff and he's got purple spots!

# reaction: serrer les poings
fr situation h | Je serre les poings sur le volant, la voiture glisse sur la neige vers le bord du ravin !
+ en situation h | I'm gripping the wheel with white knuckles, the car is sliding on the snow towards the edge of the ravine!
en situation h | Fists clenched on the handlebars, no brakes, and the level crossing barrier is coming down in front of me!
+ fr situation h | Les poings serrés sur le guidon, plus de freins, et la barrière du passage à niveau descend devant moi !
fr situation h | Il serre le poing contre sa poitrine et s'effondre sur le chantier, il ne respire plus !
+ en situation h | He clutches his fist to his chest and collapses on the building site, he's not breathing!

# reaction: claquer la porte
fr situation h | J'ai claqué la portière, et le petit est resté enfermé dedans avec les clés, en plein soleil à 38 degrés !
+ en situation h | I slammed the car door and the little one is locked inside with the keys, in full sun at 38 degrees!
en situation h | The wind slammed the balcony door shut, I'm locked out on the eighth floor and the pan is on fire inside!
+ fr situation h | Le vent a claqué la porte du balcon, je suis bloquée dehors au huitième et la poêle flambe à l'intérieur !
fr situation h | Une porte claque en bas, puis des pas lourds montent vers ma chambre, et je suis seule dans la maison !
+ en situation h | A door bangs downstairs, then heavy footsteps come up towards my bedroom, and I'm alone in the house!

# reaction: rougir
fr situation h | Mon fils devient tout rouge, des plaques lui montent au cou et il respire en sifflant !
+ en situation h | My son is going bright red, blotches are spreading up his neck and he's wheezing!
en situation h | Her face went red, then purple: she's choking on a grape and can't make a sound!
+ fr situation h | Son visage est devenu rouge, puis violet : elle s'étouffe avec un grain de raisin et n'émet plus un son !
fr situation h | Le ciel rougit derrière la colline, le feu de forêt descend vers le lotissement, il faut partir tout de suite !
+ en situation h | The sky is turning red behind the hill, the wildfire is coming down towards the estate, we have to leave now!

# reaction: silence
fr situation h | Silence total dans le babyphone, je cours dans sa chambre : il est tout bleu dans son lit !
+ en situation h | Dead silence on the baby monitor, I run to his room: he's blue in his cot!
en situation h | A sudden silence after the crash, then smoke: the car in front is on fire with the driver still inside!
+ fr situation h | Un silence d'un coup après le choc, puis de la fumée : la voiture devant prend feu avec le conducteur dedans !
fr situation h | Plus un bruit de la tronçonneuse au fond du jardin, je cours : papa est à terre, la jambe en sang !
+ en situation h | The chainsaw has gone quiet at the bottom of the garden, I run: Dad is on the ground, his leg covered in blood!

# reaction: immobile
fr situation h | Reste immobile, il y a une vipère enroulée sur ta chaussure, ne bouge surtout pas !
+ en situation h | Stay completely still, there's an adder coiled on your shoe, don't move!
en situation h | She's lying completely still at the bottom of the ski slope and she isn't answering!
+ fr situation h | Elle est allongée, immobile, en bas de la piste de ski et elle ne répond pas !
fr situation h | Mon grand-père est immobile au milieu du passage piéton, il fait un malaise et les voitures arrivent !
+ en situation h | My grandad has frozen in the middle of the zebra crossing, he's having a funny turn and the cars are coming!

# reaction: fixer le plafond
fr situation h | Je fixe le plafond de la grange : les poutres craquent et le toit est en train de s'affaisser sur nous !
+ en situation h | I'm staring up at the barn ceiling: the beams are cracking and the roof is sagging down on us!
en situation h | My son is staring at the ceiling, eyes rolled back, and his whole body is jerking!
+ fr situation h | Mon fils fixe le plafond, les yeux révulsés, et tout son corps est secoué de spasmes !
fr situation h | Allongé, je fixe le plafond sans pouvoir parler, mon bras droit ne répond plus et ma bouche tombe !
+ en situation h | Lying there staring at the ceiling, I can't speak, my right arm won't respond and my mouth is drooping!

# reaction: soupirer
fr situation h | Papa pousse un long soupir, s'affale sur la table et ne répond plus quand je le secoue !
+ en situation h | Dad lets out a long sigh, slumps over the table and doesn't respond when I shake him!
en situation h | The old man next to me on the bus sighed, slumped sideways and went grey, he isn't breathing!
+ fr situation h | Dans le bus, le vieux monsieur à côté de moi a soupiré, s'est affaissé, tout gris : il ne respire plus !

# reaction: sourire
fr situation h | Le bébé souriait dans son transat et d'un coup il devient bleu, il ne respire plus !
+ en situation h | The baby was smiling in his bouncer and suddenly he's turning blue, he's not breathing!
en situation h | I was smiling for a selfie on the pier and a huge wave just swept my son into the sea!
+ fr situation h | Je souriais pour un selfie sur la jetée et une énorme vague vient d'emporter mon fils dans la mer !
fr situation h | Le clown souriait encore quand la bonbonne d'hélium s'est renversée et a filé comme une fusée vers les enfants !
+ en situation h | The clown was still smiling when the helium tank toppled over and shot off like a rocket towards the children!

# reaction: enfin
fr situation h | Enfin arrivés au gîte, et mon mari se fait piquer par un frelon, son visage gonfle à vue d'œil !
+ en situation h | Finally at the holiday cottage, and my husband gets stung by a hornet, his face is swelling by the second!
en situation h | Finally asleep after a long day, and the smoke alarm goes off with flames outside the bedroom window!
+ fr situation h | Enfin endormis après une longue journée, et l'alarme incendie hurle, des flammes devant la fenêtre de la chambre !
fr situation h | Enfin la dernière ligne droite du semi, et le coureur devant moi s'écroule, il ne respire plus !
+ en situation h | Finally the home straight of the half marathon, and the runner in front of me collapses, he's not breathing!

# reaction: encore / toujours / jamais
fr situation h | Encore une secousse, plus forte, les murs se fissurent et on est au cinquième étage !
+ en situation h | Another tremor, stronger, the walls are cracking and we're on the fifth floor!
en situation h | He's still pinned under the car, the jack gave way and he's screaming!
+ fr situation h | Il est toujours coincé sous la voiture, le cric a lâché et il hurle !
fr situation h | Jamais vu ça : la rivière passe par-dessus le pont et emporte la voiture juste devant nous !
+ en situation h | Never seen anything like it: the river is over the bridge and it's sweeping away the car right in front of us!
fr situation h | Toujours pas de réseau, et mon ami saigne à flots de la cuisse après sa chute dans les rochers !
+ en situation h | Still no signal, and my friend is pouring blood from his thigh after falling on the rocks!

# reaction: d'un coup / tout à coup
fr situation h | D'un coup la grue vacille au-dessus de la cour de récré et sa charge commence à glisser !
+ en situation h | All at once the crane sways over the playground and its load starts to slip!
en situation h | Suddenly the dinghy deflates and we're two hundred metres from shore with the kids!
+ fr situation h | Tout à coup le canot se dégonfle et on est à deux cents mètres du bord avec les enfants !
fr situation h | Tout à coup les écrans de l'avion s'éteignent et de la fumée sort du plafond de la cabine !
+ en situation h | Suddenly the screens on the plane go dark and smoke is coming out of the cabin ceiling!

# reaction: incroyable / fou / dingue / énorme
fr situation h | C'est dingue, le vent arrache le toit de la véranda et les plaques volent vers les enfants !
+ en situation h | This is insane, the wind is ripping the conservatory roof off and the panels are flying at the kids!
en situation h | A huge hailstone just smashed through the windscreen on the motorway, I can't see a thing!
+ fr situation h | Un grêlon énorme vient de traverser le pare-brise sur l'autoroute, je ne vois plus rien !
fr situation h | Un truc de fou : le pitbull du voisin a sauté la clôture et tient mon fils par le bras !
+ en situation h | It's insane: the neighbour's pit bull jumped the fence and has my son by the arm!
fr situation h | C'est incroyable, la route s'effondre derrière nous, le trou avance vers la voiture !
+ en situation h | Unbelievable, the road is collapsing behind us and the hole is spreading towards the car!

# reaction: trop / grave
fr slang_emoji h | ya trop de fumée dans le couloir on voit plus rien, jtrouve pas la sortie 😱😱
+ en slang_emoji h | way too much smoke in the corridor can't see a thing, can't find the exit 😱😱
fr slang_emoji h | grave urgence, mon pote est tombé au skatepark, il tremble et il répond plus 🚨🚨
+ en slang_emoji h | serious emergency, my mate fell at the skate park, he's shaking and not responding 🚨🚨
fr typo h | jsuis morte de peur ya un mec ki tape contre la porte de la sdb et jsuis enfermee dedans
+ en typo h | scared to death theres a guy banging on the bathroom door and im locked in here

# reaction: mort de (rire / peur / fatigue)
fr situation h | Morte de fatigue, j'ai lâché la poussette sur la rampe du parking, elle dévale vers la route !
+ en situation h | Dead tired, I let go of the pushchair on the car park ramp and it's rolling down towards the road!
en situation h | Scared to death, I'm hanging from the chairlift by my hood and the ground is ten metres below!
+ fr situation h | Mort de peur, je suis pendu au télésiège par ma capuche et le sol est à dix mètres !
fr typo h | on etait morts de rire au barbecue et la bouteille de gaz prend feu, les flammes touchent la haie
+ en typo h | we were dying laughing at the bbq and the gas bottle caught fire, flames reaching the hedge

# reaction: several, negation and mixed
fr negation h | Ce n'est pas de la joie, je hurle parce que le manège est bloqué à l'envers avec mon fils dedans !
+ en negation h | It's not excitement, I'm screaming because the ride is stuck upside down with my son on it!
en negation h | I'm not crying because I'm sad, I'm crying because the car is filling with smoke and the doors are locked!
+ fr negation h | Je ne pleure pas de tristesse, je pleure parce que la voiture se remplit de fumée et que les portières sont bloquées !
fr negation h | Je ne tremble pas de froid, il y a quelqu'un dans le placard de la chambre, je l'entends bouger !
+ en negation h | I'm not shaking from the cold, there's someone in the bedroom wardrobe, I can hear them moving!
fr mixed h | Furieux contre l'installateur, mais surtout terrifié : la chaudière neuve fume et ça sent le gaz partout !
+ en mixed h | Furious with the fitter, but mostly terrified: the new boiler is smoking and there's a smell of gas everywhere!
fr mixed h | J'étais mort de rire une seconde avant, et là mon pote est par terre, il convulse et ne répond plus !
+ en mixed h | I was in stitches a second ago, and now my mate is on the floor, fitting and not responding!
"""

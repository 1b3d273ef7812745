"""panique: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: hurle
fr situation h | Le détecteur de monoxyde hurle dans la chambre des enfants et je n'arrive pas à les réveiller !
+ en situation h | The carbon monoxide alarm is screaming in the kids' room and I can't wake them up!
fr situation h | Ma fille hurle au fond du puits, elle est tombée dedans et l'eau lui arrive déjà au menton !
+ en situation h | My daughter is screaming at the bottom of the well, she fell in and the water's already up to her chin!
fr situation h | Le voisin hurle sous nos fenêtres : notre toit est en feu et on ne s'était rendu compte de rien !
+ en situation h | The neighbour is yelling under our windows: our roof is on fire and we hadn't noticed a thing!
en situation h | The boy on the zip line is screaming, his harness has slipped to his knees and he's hanging upside down over the gorge!
+ fr situation h | Le garçon sur la tyrolienne hurle, son baudrier a glissé jusqu'aux genoux et il pend la tête en bas au-dessus des gorges !

# trap: silences
fr situation h | Des silences de plus en plus longs entre ses respirations, mon bébé est en train d'arrêter de respirer, appelez le 15 !
+ en situation h | Longer and longer silences between his breaths, my baby is stopping breathing, call an ambulance!
fr situation h | Au téléphone, que des silences, puis un grand fracas : ma mère vient de tomber dans l'escalier et ne répond plus !
+ en situation h | Nothing but silences on the phone, then a huge crash: my mum has just fallen down the stairs and isn't answering!
fr negation h | Ces silences n'ont rien de reposant : le moteur du petit avion vient de couper et on plane au-dessus de la forêt !
+ en negation h | There's nothing restful about these silences: the little plane's engine just cut out and we're gliding over the forest!

# trap: along
en situation h | We were walking along the cliff path when the ground split, and my wife is hanging on to the edge by her fingers!
+ fr situation h | On marchait sur le sentier des falaises quand le sol s'est fendu, et ma femme est accrochée au bord par les doigts !
en situation h | Running along the riverbank, I can see my son's red hat bobbing away towards the weir!
+ fr situation h | Je cours le long de la rive, je vois le bonnet rouge de mon fils qui file vers le barrage !
en situation h | We were singing along to the radio when the steering locked, and we're heading straight for the central barrier!
+ fr situation h | On chantait avec la radio quand la direction s'est bloquée, et on fonce droit sur la glissière centrale !
en situation h | Flames are racing along the hedge towards the gas tank behind the house, get everyone out!
+ fr situation h | Les flammes courent le long de la haie vers la citerne de gaz derrière la maison, faites sortir tout le monde !

# trap: mois
fr situation h | Mon bébé de trois mois est tout mou et grisâtre dans son siège auto, il ne réagit plus quand je le touche !
+ en situation h | My three-month-old is limp and greyish in his car seat, he doesn't react when I touch him!
fr situation h | Enceinte de huit mois, je perds du sang d'un coup dans le métro et je sens que je vais m'évanouir !
+ en situation h | Eight months pregnant, I'm suddenly bleeding on the metro and I can feel myself about to pass out!
fr situation h | Six mois qu'on n'avait pas allumé le poêle, et la cheminée crache des flammes sur le toit en chaume !
+ en situation h | We hadn't lit the stove in six months, and the chimney is spitting flames onto the thatched roof!

# trap: depuis
fr situation h | Il saigne du nez depuis vingt minutes sans arrêt, et là il devient tout blanc et s'effondre sur le carrelage !
+ en situation h | His nose has been bleeding non-stop for twenty minutes, and now he's going white and collapsing on the tiles!
fr situation h | Depuis la berge, je vois mon chien emporté par le courant vers la chute d'eau, et mon mari vient de sauter pour le rattraper !
+ en situation h | From the bank I can see my dog swept towards the waterfall, and my husband has just jumped in after him!
fr typo h | elle convulse depuis 4 minutes ca s'arrete pas, le samu repond pas vite vite
+ en typo h | shes been fitting for 4 mins it wont stop, the ambulance line isnt answering quick quick

# trap: jours
fr situation h | Après trois jours de pluie, la digue vient de céder derrière le lotissement et l'eau arrive dans la rue en vagues !
+ en situation h | After three days of rain, the dyke behind the estate just gave way and the water is surging down the street!
fr situation h | Deux jours de randonnée loin de tout, et mon ami vient de se faire mordre par une vipère, sa jambe gonfle à vue d'œil !
+ en situation h | Two days' hike from anywhere, and my friend's just been bitten by an adder, his leg is swelling before my eyes!

# trap: vendredi
fr situation h | Vendredi soir en sortant du bar, un type nous suit avec un couteau et se met à courir vers nous !
+ en situation h | Friday night, leaving the bar, a guy with a knife is following us and he's started running our way!
fr situation h | Vendredi, bouchon monstre sur le périph, et la voiture juste devant nous s'embrase avec un bébé à l'arrière !
+ en situation h | Friday, a monster jam on the ring road, and the car right in front of us bursts into flames with a baby in the back!
en situation h | Friday rush hour and the escalator is running backwards at full speed, people are falling onto each other at the bottom!
+ fr situation h | Heure de pointe du vendredi, et l'escalator descend à l'envers à toute vitesse, les gens tombent les uns sur les autres en bas !

# trap: years
en situation h | Forty years at sea and I've never seen a wave like this, it's breaking right over the bow and the deck is flooding!
+ fr situation h | Quarante ans de mer et je n'ai jamais vu une vague pareille, elle déferle sur l'étrave et le pont est inondé !
en situation h | I'm eighty-two years old, I've slipped in the bath and can't get up, and the water is rising up to my chin!
+ fr situation h | J'ai quatre-vingt-deux ans, j'ai glissé dans la baignoire, je ne peux plus me relever et l'eau me monte au menton !
en situation h | My two-year-old swallowed a button battery from the remote, he's drooling and gagging and I can't get it out!
+ fr situation h | Mon fils de deux ans a avalé une pile bouton de la télécommande, il bave, il a des haut-le-cœur et je n'arrive pas à la retirer !

# trap: month
en situation h | Our six-month-old has pulled the kettle cord and the boiling water went all over her arm, she's screaming!
+ fr situation h | Notre bébé de six mois a tiré sur le fil de la bouilloire et l'eau bouillante s'est renversée sur son bras, elle hurle !
en situation h | First month in the new flat and the electric panel just exploded in sparks, the hallway is filling with black smoke!
+ fr situation h | Premier mois dans le nouvel appart, et le tableau électrique vient d'exploser en gerbes d'étincelles, le couloir se remplit de fumée noire !

# trap: night
en situation h | Middle of the night and there's a man standing at the foot of my bed, I can see him in the light from the street!
+ fr situation h | En pleine nuit, un homme est debout au pied de mon lit, je le vois à la lumière du lampadaire !
en situation h | Night hike on the ridge, my torch just died, I can hear the drop right beside me and my friend isn't answering!
+ fr situation h | Randonnée de nuit sur la crête, ma lampe vient de lâcher, j'entends le vide juste à côté et mon ami ne répond plus !
en slang_emoji h | 3am night shift and the patient just ripped out his line, blood everywhere and im alone on the ward 😱🚨
+ fr slang_emoji h | 3h du mat, garde de nuit, et le patient vient d'arracher sa perf, du sang partout et jsuis seule dans le service 😱🚨
# trap: fils
fr situation h | Mon fils de quatre ans a bu le liquide de ma cigarette électronique, il vomit et devient tout pâle !
+ en situation h | My four-year-old son drank the liquid from my vape, he's vomiting and going deathly pale!
fr situation h | Mon fils est parti seul sur le pédalo et le vent de terre l'emmène vers le large, il est déjà minuscule !
+ en situation h | My son went off alone on the pedalo and the offshore wind is pushing him out to sea, he's already tiny!
fr situation h | Mon fils a coincé sa tête entre les barreaux du balcon, il n'arrive plus à la ressortir et il commence à suffoquer !
+ en situation h | My son has got his head stuck between the balcony railings, he can't pull it back out and he's starting to choke!

# trap: fille
fr situation h | Ma fille de deux ans n'est plus dans le bac à sable, et le portail du square est grand ouvert sur l'avenue !
+ en situation h | My two-year-old daughter isn't in the sandpit any more, and the playground gate is wide open onto the avenue!
fr situation h | Ma fille s'est enfermée dans la salle de bain et je l'entends s'étouffer de l'autre côté, la porte ne cède pas !
+ en situation h | My daughter has locked herself in the bathroom and I can hear her choking on the other side, the door won't give!
en situation h | My daughter's horse has bolted onto the main road with her still in the saddle, and a lorry is coming round the bend!
+ fr situation h | Le cheval de ma fille s'est emballé sur la nationale avec elle encore en selle, et un camion arrive dans le virage !

# trap: mère
fr situation h | Ma mère m'appelle en chuchotant : il y a quelqu'un dans sa cuisine, et la ligne vient de couper !
+ en situation h | My mother's calling me in a whisper: there's someone in her kitchen, and the line's just gone dead!
fr situation h | Les lèvres de ma mère gonflent après le nouvel antibiotique, elle siffle en respirant et n'arrive plus à parler !
+ en situation h | My mum's lips are swelling up after the new antibiotic, she's wheezing and can't speak any more!
fr situation h | La cocotte-minute a explosé au visage de ma mère, elle se tient les yeux et crie qu'elle ne voit plus rien !
+ en situation h | The pressure cooker blew up in my mother's face, she's clutching her eyes and screaming that she can't see!

# trap: père
fr situation h | Mon père est tombé dans la cuve pendant les vendanges, il ne remonte pas et les vapeurs me piquent déjà la gorge !
+ en situation h | My father fell into the vat during the grape harvest, he's not coming up and the fumes are already stinging my throat!
fr situation h | Mon père se plie en deux sur le tracteur, la main sur la poitrine, et l'engin continue tout droit vers le fossé !
+ en situation h | My father is doubled over on the tractor, hand on his chest, and the thing is rolling straight towards the ditch!

# trap: frère
fr situation h | Mon petit frère est coincé au milieu du toboggan aquatique et l'eau continue de lui tomber sur la tête !
+ en situation h | My little brother is stuck halfway down the water slide and the water keeps pouring down on his head!
fr situation h | Mon frère a pris la moto de papa sans casque, il vient de déraper devant moi et il ne se relève pas !
+ en situation h | My brother took Dad's motorbike without a helmet, he's just skidded out in front of me and he's not getting up!
fr negation h | Ce n'est pas de la colère contre mon frère, c'est de la terreur pure : le paquet de pétards qu'il tenait vient de lui arracher le bout des doigts !
+ en negation h | It's not anger at my brother, it's pure terror: the bundle of bangers he was holding just blew off his fingertips!

# trap: enfants
fr situation h | Les enfants jouaient dans le silo à grains, et le petit s'enfonce dans le blé, on ne voit plus que ses bras !
+ en situation h | The kids were playing in the grain silo, and the little one is sinking into the wheat, only his arms are showing now!
fr situation h | La fumée sort de la chambre où dorment les enfants, et la poignée est trop brûlante pour que je la touche !
+ en situation h | Smoke is pouring out of the room where the children are sleeping, and the handle is too hot for me to touch!
fr typo h | les enfants sont sortis sur le toit du garage et le plus petit glisse vers le bord, jsuis en bas jpeux rien faire
+ en typo h | the kids climbed out on the garage roof and the smallest is sliding to the edge, im down below i cant do anything

# trap: dad
en situation h | Dad's hand is caught in the log splitter and he's screaming at me to kill the engine, I can't find the switch!
+ fr situation h | La main de papa est coincée dans la fendeuse de bûches et il me crie de couper le moteur, je ne trouve pas l'interrupteur !
en situation h | Dad collapsed on the roof while he was fixing the chimney, and he's sliding slowly towards the edge!
+ fr situation h | Papa s'est effondré sur le toit en réparant la cheminée, et il glisse lentement vers le bord !
en situation h | Dad's gone grey at the wheel and he's not answering me, and we're still doing ninety on the motorway!
+ fr situation h | Papa est devenu tout gris au volant et il ne me répond plus, et on roule encore à cent quarante sur l'autoroute !

# trap: baby
en situation h | The baby rolled off the sofa into the dog's water bowl face down and she isn't moving!
+ fr situation h | Le bébé a roulé du canapé, la tête la première dans la gamelle d'eau du chien, et elle ne bouge pas !
en situation h | The pram just rolled off the ferry ramp towards the water with the baby still strapped in!
+ fr situation h | La poussette vient de dévaler la rampe du ferry vers l'eau avec le bébé encore attaché dedans !

# trap: dog
en situation h | The dog knocked the candle over and the living room curtains are on fire, the flames are already at the ceiling!
+ fr situation h | Le chien a renversé la bougie et les rideaux du salon prennent feu, les flammes touchent déjà le plafond !
en situation h | Our dog has got his head stuck in a crisp packet, he's thrashing around and can't breathe!
+ fr situation h | Notre chien s'est coincé la tête dans un paquet de chips, il se débat dans tous les sens et n'arrive plus à respirer !
en situation h | Walking the dog at night, a wild boar bursts out of the hedge and charges straight at us!
+ fr situation h | En promenant le chien de nuit, un sanglier jaillit de la haie et nous charge droit dessus !

# trap: dit
fr situation h | L'opérateur du 15 m'a dit de commencer le massage cardiaque, j'appuie de toutes mes forces et il ne respire toujours pas !
+ en situation h | The emergency operator told me to start chest compressions, I'm pushing with all my strength and he's still not breathing!
fr situation h | Le caissier a dit que l'homme avait une arme, et tout le magasin se jette derrière les rayons !
+ en situation h | The cashier said the man had a gun, and the whole shop is throwing itself down behind the shelves!
fr situation h | Mon fils m'a dit « maman, j'ai avalé les bonbons de mamie », mais c'étaient ses cachets pour le cœur !
+ en situation h | My son said "Mummy, I ate Granny's sweeties", but they were her heart pills!

# trap: told
en situation h | The gas engineer told us to get out right now, the detector is screaming and the boiler is still running!
+ fr situation h | Le technicien du gaz nous a dit de sortir immédiatement, le détecteur hurle et la chaudière tourne encore !
en situation h | The pilot just told us to brace, we're coming down on the water and the cabin is full of smoke!
+ fr situation h | Le pilote vient de nous dire de prendre la position de sécurité, on va amerrir et la cabine est pleine de fumée !

# trap: gave
en situation h | The nurse gave him the wrong dose and now his heart's racing at two hundred and he's losing consciousness!
+ fr situation h | L'infirmière lui a donné la mauvaise dose et son cœur s'emballe à deux cents, il perd connaissance !
en situation h | The dam upstream gave way, the river is rising by the second and we're camped right on the bank!
+ fr situation h | Le barrage en amont a cédé, la rivière monte à vue d'œil et on campe juste sur la berge !
en situation h | The scaffolding gave way under the roofer and he's hanging from the gutter three floors up!
+ fr situation h | L'échafaudage a lâché sous le couvreur et il pend à la gouttière au troisième étage !

# trap: sans
fr situation h | Sans casque, mon fils a fait un soleil à vélo, il a le crâne qui saigne et il ne me reconnaît pas !
+ en situation h | No helmet, my son went over his handlebars, his head is bleeding and he doesn't recognise me!
fr situation h | Il a plongé du ponton sans savoir qu'il n'y avait qu'un mètre d'eau, il flotte sur le ventre et ne bouge plus !
+ en situation h | He dived off the jetty without knowing there was only a metre of water, he's floating face down and not moving!

# trap: without
en situation h | She reversed out of the drive without seeing the toddler behind the car, and he's underneath it!
+ fr situation h | Elle a reculé dans l'allée sans voir le petit derrière la voiture, et il est dessous !
en situation h | I'm on the hard shoulder without my phone, the car's smoking and a lorry is drifting towards me!
+ fr situation h | Je suis sur la bande d'arrêt d'urgence sans téléphone, la voiture fume et un camion dérive vers moi !

# trap: again
en situation h | He's fitting again, the third time in ten minutes, and the ambulance still isn't here!
+ fr situation h | Il refait une crise, la troisième en dix minutes, et l'ambulance n'est toujours pas là !
en situation h | The smoke alarm's going off again, and this time there are real flames coming out of the oven door!
+ fr situation h | Le détecteur de fumée sonne encore, et cette fois de vraies flammes sortent de la porte du four !

# trap: trois
fr situation h | Le petit est tombé du mur de trois mètres dans la cour de l'école, il ne bouge plus et il saigne de l'oreille !
+ en situation h | The little boy fell off the three-metre wall in the school yard, he's not moving and there's blood coming from his ear!
fr situation h | Trois heures du matin, quelqu'un secoue la poignée de la porte-fenêtre et les chiens du voisin se sont tus d'un coup !
+ en situation h | Three in the morning, someone is rattling the patio door handle and the neighbour's dogs have suddenly gone quiet!

# trap: six
fr situation h | Six heures du matin, l'alarme incendie hurle dans la résidence étudiante et l'escalier est déjà noir de fumée !
+ en situation h | Six in the morning, the fire alarm is howling in the student halls and the stairwell is already black with smoke!
fr situation h | Au sixième étage, la cabine de l'ascenseur vient de chuter d'un mètre d'un coup, les câbles grincent au-dessus de nous !
+ en situation h | Six floors up, the lift car just dropped a metre in one go, and the cables are screeching above us!

# trap: thirty
en situation h | Thirty kids on the coach and the driver has just slumped over the wheel on the mountain road!
+ fr situation h | Trente gamins dans le car et le chauffeur vient de s'affaisser sur son volant en pleine route de montagne !
en situation h | Thirty seconds after the first bite, his throat is closing and he's clawing at his neck, where's the EpiPen?!
+ fr situation h | Trente secondes après la première bouchée, sa gorge se ferme et il se griffe le cou, où est le stylo d'adrénaline ?!

# trap: euros
fr situation h | La pièce de deux euros est coincée dans la gorge du petit, il ne respire plus et ses lèvres virent au bleu !
+ en situation h | The two-euro coin is stuck in the little one's throat, he's not breathing and his lips are turning blue!
fr situation h | On a payé vingt euros le tour en bateau et le pilote est ivre, il fonce droit sur les rochers avec nous à bord !
+ en situation h | We paid twenty euros for the boat ride and the driver is drunk, he's heading straight for the rocks with us on board!

# trap: kilomètres
fr situation h | À trois kilomètres de la côte, le kayak s'est retourné et mon fils ne remonte pas à la surface !
+ en situation h | Three kilometres off the coast, the kayak has capsized and my son isn't coming back up!
fr situation h | On roule à cent trente kilomètres heure et la roue avant vient de se détacher, elle rebondit devant nous !
+ en situation h | We're doing a hundred and thirty kilometres an hour and the front wheel has just come off, it's bouncing ahead of us!
fr mixed h | Un peu sonnée, mais surtout terrifiée : à vingt kilomètres du premier village, mon mari saigne à flots après l'attaque du sanglier !
+ en mixed h | A bit dazed, but mostly terrified: twenty kilometres from the nearest village, my husband is pouring blood after the boar attack!

# explicit and wish
fr explicit h | C'est la panique totale : la gazinière fuit, ça sent le gaz partout et mon fils vient d'allumer une allumette !
+ en explicit h | It's total panic: the cooker is leaking, there's gas everywhere and my son has just struck a match!
fr wish h c=white b=bright | Je panique, l'alarme hurle et je cherche la sortie dans le noir : allume tout en blanc, à fond, vite !
+ en wish h c=white b=bright | I'm panicking, the alarm's screaming and I'm looking for the way out in the dark: everything on white, full blast, quick!
"""

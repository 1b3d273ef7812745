"""panique: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation h | Le détecteur de monoxyde hurle et j'ai la tête qui tourne !
+ en situation h | The carbon monoxide alarm's screaming and my head's spinning!
en situation h | The bath's overflowed and water's pouring through the kitchen light fitting!
+ fr situation h | La baignoire a débordé et l'eau coule à travers le plafonnier de la cuisine !
fr situation h | J'ai percé un tuyau dans le mur, l'eau gicle droit sur la multiprise ! Allume tout !
+ en situation h | I've drilled into a pipe in the wall, water's spraying straight onto the power strip! Lights on, everything!
fr situation h | Le grille-pain flambe sous les placards de la cuisine !
+ en situation h | The toaster's on fire under the kitchen cabinets!
en situation h | Pizza box caught on the hob, the flames are licking the cupboard!
+ fr situation h | Le carton de pizza a pris sur la plaque, les flammes lèchent le placard !
fr situation h | Une chauve-souris tourne dans la chambre et me fonce dessus !
+ en situation h | There's a bat circling the bedroom and diving at me!
en situation h | Massive huntsman on my pillow, right next to my face! Lights, now!
+ fr situation h | Une araignée énorme sur mon oreiller, juste à côté de mon visage ! Lumière, tout de suite !
fr situation h | Le poêle à pétrole s'est renversé sur la moquette et ça commence à prendre !
+ en situation h | The paraffin heater's tipped over on the carpet and it's starting to catch!
# situations: cooking and food
fr situation h | L'huile de la fondue bourguignonne a pris feu au milieu de la table !
+ en situation h | The oil in the fondue pot has caught fire in the middle of the table!
en situation h | The brandy on the Christmas pudding's set the tablecloth alight!
+ fr situation h | Le cognac flambé sur le pudding a mis le feu à la nappe !
fr situation h | J'ai une arête coincée dans la gorge, j'arrive à peine à respirer ! Lumière à fond, s'il te plaît !
+ en situation h | There's a fish bone stuck in my throat, I can barely breathe! Full light, please!
fr situation h | Le barbecue à charbon s'est renversé dans l'herbe sèche, et ça file vers la haie !
+ en situation h | The charcoal barbecue's tipped into the dry grass, and it's racing towards the hedge!
en situation h | The deep-fat fryer at the chippy's boiling over onto the gas rings! Lights on, quick!
+ fr situation h | La friteuse de la baraque à frites déborde sur les brûleurs à gaz ! Allume tout, vite !
# situations: pets
fr situation h | Le chien convulse sur le carrelage de la cuisine, il bave et ne me voit plus ! Toutes les lampes !
+ en situation h | The dog's fitting on the kitchen floor, drooling and not seeing me! Every lamp on!
en situation h | Brown snake in the kids' sandpit, right next to my son's hand!
+ fr situation h | Un serpent brun dans le bac à sable, juste à côté de la main de mon fils !
fr situation h | Le chien a touché une chenille processionnaire, sa langue gonfle à vue d'œil !
+ en situation h | The dog's touched a processionary caterpillar, his tongue's swelling before my eyes!
fr situation h | La jument est prise dans les barbelés, elle se débat et ça saigne de partout !
+ en situation h | The mare's caught in the barbed wire, she's thrashing and bleeding everywhere!
en situation h | The dog's gone into the canal and can't get back up the wall! Lights on the back, quick!
+ fr situation h | Le chien est tombé dans le canal et n'arrive pas à remonter le quai ! Allume derrière, vite !
# situations: children and parenting
fr situation h | Ma fille a avalé un aimant du jeu de construction !
+ en situation h | My daughter's swallowed a magnet from the building set!
en situation h | Baby's got forty of fever and a purple rash that doesn't fade under the glass!
+ fr situation h | Le bébé a quarante de fièvre et des taches violettes qui ne s'effacent pas sous le verre !
fr situation h | Je suis allée chercher la serviette, et le petit a glissé sous l'eau du bain !
+ en situation h | I went for the towel, and the little one slipped under the bathwater!
fr situation h | L'école appelle : mon fils est inconscient après une chute dans la cour.
+ en situation h | The school's on the phone: my son's unconscious after a fall in the playground.
en situation h | My daughter landed on her neck off the trampoline and she's not moving! Garden lights full on!
+ fr situation h | Ma fille est retombée sur la nuque en sautant du trampoline et elle ne bouge plus ! Lumière à fond dans le jardin !
fr situation h | Le petit s'est enfermé dans la salle de bain, il ne répond plus et le bain coule !
+ en situation h | The little one's locked himself in the bathroom, he's not answering and the bath's running!
fr situation h | Mon fils de trois ans a bu au bidon de désherbant au fond du jardin !
+ en situation h | My three-year-old's drunk from the weedkiller can at the end of the garden!
# situations: partner and dating
fr situation h | Ma femme fait une hémorragie juste après l'accouchement, tout le lit est rouge !
+ en situation h | My wife's haemorrhaging right after the birth, the whole bed's red!
en situation h | My husband came off his bike, helmet split in two, and he doesn't know who I am!
+ fr situation h | Mon mari est tombé de vélo, le casque est fendu en deux et il ne me reconnaît pas !
fr situation h | Mon copain a plongé depuis le ponton à Annecy et il ne remonte pas ! Allume tout !
+ en situation h | My boyfriend dived off the jetty in Annecy and he's not coming back up! Put everything on!
fr situation h | Elle s'est effondrée dans la cabine d'essayage, les lèvres toutes bleues !
+ en situation h | She's collapsed in the changing room, her lips gone all blue!
# situations: friends
en situation h | Jess only had one drink and now she can't stand, her eyes are rolling back!
+ fr situation h | Jess n'a bu qu'un verre et maintenant elle ne tient plus debout, ses yeux partent en arrière !
fr situation h | Mon pote a sauté du pont sur le Rhône pour frimer, et le courant l'emporte !
+ en situation h | My mate jumped off the bridge into the Rhône to show off, and the current's taking him!
fr situation h | Thomas s'est pris la porte du garage électrique sur la tête, il est par terre ! Allume le garage !
+ en situation h | Thomas got hit on the head by the electric garage door, he's on the floor! Get the garage lights on!
# situations: neighbours
fr situation h | Le balcon de la voisine du dessous flambe, et la fumée entre par notre fenêtre !
+ en situation h | The downstairs neighbour's balcony is on fire, and the smoke's coming in our window!
en situation n | Next door's German shepherd has jumped the fence and he's in our garden with the baby!
+ fr situation n | Le berger allemand d'à côté a sauté la clôture et il est dans notre jardin, avec le bébé dehors !
fr situation h | Le voisin est tombé dans son puits, je l'entends crier au fond !
+ en situation h | The neighbour's fallen down his well, I can hear him shouting at the bottom!
# situations: school and exams
fr situation n | Carte d'identité oubliée, on refuse de me laisser entrer au concours, et ça commence !
+ en situation n | Forgot my ID, they won't let me into the exam hall, and it's starting!
en situation n | Leaving Cert English starts in ten minutes and I'm on the wrong bus!
+ fr situation n | L'épreuve de français du bac commence dans dix minutes et je suis dans le mauvais bus !
fr situation n | Je regarde la montre : il reste vingt minutes et j'ai oublié de faire tout le verso !
+ en situation n | I look at the clock: twenty minutes left and I've forgotten the whole back page!
fr situation h | En plein cours de gym, un élève est tombé de la corde à grimper et il ne bouge plus !
+ en situation h | In the middle of PE, a pupil's fallen off the climbing rope and he's not moving!
# situations: university
en situation n | Turnitin says ninety per cent plagiarism and my viva's in an hour! Lights on, I need to think!
+ fr situation n | Le logiciel anti-plagiat affiche quatre-vingt-dix pour cent et ma soutenance est dans une heure ! Allume, il faut que je réfléchisse !
fr situation n | Le fichier de ma thèse s'ouvre en caractères illisibles, et je l'imprime dans deux heures !
+ en situation n | My thesis file opens as gibberish, and I'm printing it in two hours!
fr situation h | Soirée d'intégration : un étudiant est tombé du deuxième étage de la résidence !
+ en situation h | Freshers' party: a student's fallen from the second floor of the halls!
# situations: office work
fr situation n | Je suis en direct à la radio et mon texte vient de disparaître de l'écran !
+ en situation n | I'm live on air and my script's just vanished from the screen!
en situation n | I'm sharing my screen with the client and my message slagging them off is right there!
+ fr situation n | Je partage mon écran avec le client, et mon message où je dis du mal de lui est affiché en grand !
fr situation h | Le distributeur de la cafétéria fume, et des étincelles sortent de la prise !
+ en situation h | The vending machine in the canteen's smoking, and sparks are coming out of the socket!
# situations: manual trades
fr situation h | Le pistolet à clous m'a cloué la main sur la planche !
+ en situation h | The nail gun's nailed my hand to the board!
en situation h | The forklift's tipped and the pallet's come down on Darren's legs!
+ fr situation h | Le chariot élévateur a basculé, et la palette est tombée sur les jambes de Darren !
fr situation h | La nacelle s'est bloquée à vingt mètres et elle penche de plus en plus !
+ en situation h | The cherry picker's stuck at twenty metres and it's leaning more and more!
fr situation h | J'ai percé la conduite de gaz en carottant, ça siffle fort dans la cave !
+ en situation h | I've drilled through the gas main while core-drilling, it's hissing loud in the cellar!
# situations: healthcare and hospitals
en situation h | Nurse here: the defibrillator in the corridor is showing "battery empty" and he's in arrest!
+ fr situation h | Infirmière : le défibrillateur du couloir affiche « batterie vide », et le patient est en arrêt !
fr situation h | En salle d'attente, une femme accouche sur les chaises et personne n'arrive ! Toute la lumière, maintenant !
+ en situation h | In the waiting room, a woman's giving birth on the chairs and nobody's coming! All the light, now!
fr situation h | Le pousse-seringue de papa bipe rouge, et il n'y a personne au poste de soins !
+ en situation h | Dad's syringe pump is beeping red, and there's nobody at the nurses' station!
# situations: illness and the body
fr situation h | Je saigne du nez depuis quarante minutes et ça ne s'arrête pas !
+ en situation h | My nose has been bleeding for forty minutes and it won't stop!
en situation h | I can't swallow, my throat's closing up after that new tablet!
+ fr situation h | Je n'arrive plus à avaler, ma gorge se ferme depuis le nouveau comprimé !
fr situation h | Je me réveille et je ne vois plus rien de l'œil gauche, tout est gris ! Allume partout !
+ en situation h | I've woken up and I can't see anything out of my left eye, it's all grey! Turn everything on!
fr situation n | Mon cœur saute, s'arrête, repart, je suis seule au bureau et tout tourne.
+ en situation n | My heart's skipping, stopping, starting again, I'm alone at the office and everything's spinning.
# situations: sport
fr situation h | Il ne se relève pas après la mêlée et il dit qu'il ne sent plus ses bras !
+ en situation h | He's not getting up after the scrum and he says he can't feel his arms!
en situation h | A skate blade's caught my son's neck on the ice, there's blood on the rink!
+ fr situation h | Une lame de patin a entaillé le cou de mon fils, il y a du sang sur la glace !
fr situation n | Le vent de terre m'emporte vers le large sur mon paddle, et je n'arrive plus à ramer !
+ en situation n | The offshore wind's pushing me out to sea on my paddleboard, and I can't paddle back!
fr situation h | Le sliotar l'a pris en plein visage, sans casque, il saigne énormément !
+ en situation h | The sliotar's caught him full in the face, no helmet, he's bleeding loads!
en situation h | Cricket ball to the temple, and now he's slurring and can't stand up!
+ fr situation h | Une balle de cricket sur la tempe, et maintenant il parle de travers et ne tient plus debout !
fr situation n | Ma balle de golf a frappé un gamin à la tête sur le fairway d'à côté !
+ en situation n | My golf ball's hit a kid on the head on the next fairway!
# situations: games and video games
fr situation h | Escape game : la porte ne se rouvre pas et de la fumée sort du faux plafond !
+ en situation h | Escape room: the door won't open and smoke's coming out of the ceiling!
en situation n | My son's put my card into a gaming site and charges are flying through right now!
+ fr situation n | Mon fils a tapé ma carte sur un site de jeux, et les débits défilent en ce moment même !
fr situation h | Au bowling, la machine a happé la main de mon neveu derrière les quilles !
+ en situation h | At the bowling alley, the machine's caught my nephew's hand behind the pins!
# situations: music and concerts
fr situation h | Le guitariste a pris une décharge sur le micro, il est raide par terre !
+ en situation h | The guitarist got a shock off the mic, he's rigid on the floor!
en situation h | The stage is collapsing under the band at the festival, people are underneath!
+ fr situation h | La scène s'écroule sous le groupe au festival, il y a des gens dessous !
fr situation n | Je chante en solo dans cinq minutes à la cathédrale, et je n'ai plus de voix du tout !
+ en situation n | I'm singing the solo in the cathedral in five minutes, and my voice has gone completely!
# situations: films, series and books
fr situation h | Au ciné, l'écran tombe sur le premier rang en pleine séance !
+ en situation h | At the cinema, the screen's fallen onto the front row mid-film!
fr situation h | Je lis un polar seule au chalet, et la porte de derrière que j'avais verrouillée est grande ouverte ! Toutes les lumières, maintenant !
+ en situation h | Reading a thriller alone at the cabin, and the back door I'd locked is wide open! All the lights, now!
# situations: travel and transport
fr situation h | L'avion freine à fond en plein décollage, et ça sent le brûlé dans la cabine !
+ en situation h | The plane's braking hard mid-take-off, and there's a burning smell in the cabin!
en situation n | Last ferry off the island's pulling away and my kids are still on the pier!
+ fr situation n | Le dernier ferry de l'île s'éloigne, et mes enfants sont encore sur la jetée !
fr situation n | Le train de nuit s'arrête en pleine voie, la fumée passe sous la porte du compartiment !
+ en situation n | The night train's stopped on the line, smoke's coming under the compartment door!
fr situation n | Ensablés dans l'outback, plus d'eau, quarante-six degrés, et le petit ne transpire plus !
+ en situation n | Bogged in the outback, out of water, forty-six degrees, and the little one's stopped sweating!
# situations: cars and driving
fr situation h | Un orignal sur la 175, je le vois à la dernière seconde !
+ en situation h | A moose on Highway 175, I see it at the very last second!
en situation h | Grandad's on the phone and he's driving the wrong way on the M50!
+ fr situation h | Papi m'appelle du volant, et il roule à contresens sur l'autoroute !
fr situation h | Les freins de la remorque à chevaux lâchent en pleine descente !
+ en situation h | The horsebox brakes have gone halfway down the hill!
en situation h | We're stuck on the causeway, the car won't start and the tide's coming over the road!
+ fr situation h | On est bloqués sur le passage du Gois, la voiture ne démarre plus et la marée passe sur la route !
fr situation n | Le volant s'est bloqué d'un coup sur le pont Jacques-Cartier !
+ en situation n | The steering's locked up all of a sudden on the Jacques-Cartier Bridge!
# situations: weather and nature
en situation h | Ember attack, the gutters at the back are alight and the hose won't reach!
+ fr situation h | Pluie de braises, les gouttières de derrière flambent et le tuyau n'arrive pas jusque-là !
fr situation h | Sirène de tornade, et on est en voiture sur l'autoroute sans aucun abri ! Mets l'alerte !
+ en situation h | Tornado siren, and we're in the car on the interstate with no shelter at all! Alarm mode, now!
fr situation h | La voiture est ensevelie sous la neige, le pot est bouché, et les enfants s'endorment bizarrement !
+ en situation h | The car's buried in snow, the exhaust's blocked, and the kids are getting weirdly sleepy!
en situation n | Lightning's just hit the tree we're sheltering under on the golf course! Every light on, please!
+ fr situation n | La foudre vient de frapper l'arbre sous lequel on s'abrite sur le parcours de golf ! Toutes les lumières, s'il te plaît !
fr situation h | La crue arrive dans la rue, la voiture flotte, et ma mère est encore au rez-de-chaussée !
+ en situation h | The flood's come into the street, the car's floating, and my mother's still on the ground floor!
# situations: gardening
fr situation h | Le taille-haie a coupé son câble, j'ai pris une décharge et ma main ne lâche pas !
+ en situation h | The hedge trimmer's cut its own cable, I've had a shock and my hand won't let go!
en situation h | The tree I was felling went the wrong way, straight onto the conservatory with the kids inside!
+ fr situation h | L'arbre que j'abattais est tombé du mauvais côté, pile sur la véranda où sont les enfants !
fr situation n | Un frelon m'a piqué à la gorge en cueillant les prunes, et ça gonfle !
+ en situation n | A hornet's stung me in the throat picking plums, and it's swelling!
# situations: money and bills
fr situation n | Le ticket gagnant du Loto est dans la poubelle que le camion est en train de broyer !
+ en situation n | The winning Lotto ticket is in the bin the lorry's crushing right now!
en situation n | Someone's maxing out my card in Vegas right now and the bank line's on hold!
+ fr situation n | Quelqu'un vide ma carte à Las Vegas en ce moment, et la banque me met en attente !
fr situation n | L'agence bancaire ferme dans deux minutes, et l'acompte doit partir avant midi !
+ en situation n | The bank branch closes in two minutes, and the deposit has to go before noon!
# situations: administration and paperwork
en situation n | ESTA's just been refused and our flight to New York boards in four hours!
+ fr situation n | L'ESTA vient d'être refusé, et l'embarquement pour New York est dans quatre heures !
fr situation h | Contrôle de police, et mon titre de séjour est resté dans l'autre veste !
+ en situation h | Police check, and my residence permit's in my other jacket!
fr situation n | Le formulaire de visa s'efface à l'envoi, et le délai expire à minuit !
+ en situation n | The visa form wipes itself when I hit send, and the deadline's midnight!
# situations: technology and phones
fr situation h | Le téléphone de mon fils a pris feu dans sa poche, son jean brûle !
+ en situation h | My son's phone has caught fire in his pocket, his jeans are burning!
en situation n | My phone died halfway up the mountain path and it's getting dark fast!
+ fr situation n | Mon téléphone s'est éteint au milieu du sentier de montagne, et il fait nuit d'un coup !
fr situation h | La caméra de la maison montre de la fumée dans la cuisine, et je suis à une heure de route !
+ en situation h | The home camera's showing smoke in the kitchen, and I'm an hour's drive away!
# situations: internet and social media
fr situation n | Un inconnu donne notre adresse dans les commentaires du live de ma fille, là, maintenant !
+ en situation n | A stranger's just posted our address in the comments on my daughter's live stream!
en situation n | The group chat's saying there's a guy with a knife at my son's school gates right now!
+ fr situation n | Le groupe des parents dit qu'il y a un homme avec un couteau devant l'école de mon fils, là, maintenant !
# situations: shopping
fr situation h | L'escalator s'emballe et descend à toute vitesse avec nous dessus !
+ en situation h | The escalator's running away and racing down with us on it!
en situation n | A man's just slid his phone under my changing-room curtain!
+ fr situation n | Un homme vient de glisser son téléphone sous le rideau de ma cabine d'essayage !
fr situation h | Le caddie m'a échappé sur le parking en pente, il fonce vers la poussette d'une dame !
+ en situation h | The trolley's got away from me on the sloping car park, it's heading for a woman's pram!
# situations: moving house
fr situation h | Le matelas qu'on descendait par la fenêtre a entraîné mon frère, il pend au rebord !
+ en situation h | The mattress we were lowering out the window has dragged my brother with it, he's hanging off the ledge!
en situation n | The movers have left with the box that has my insulin and passport in it!
+ fr situation n | Les déménageurs sont partis avec le carton où il y a mon insuline et mon passeport !
# situations: holidays and celebrations
fr situation h | Le costume d'Halloween de mon fils a pris feu sur une citrouille !
+ en situation h | My son's Halloween costume has caught fire on a pumpkin!
en situation h | A banger went off in his hand, there's blood everywhere! All the lights on!
+ fr situation h | Un pétard lui a explosé dans la main, il y a du sang partout ! Toutes les lumières !
fr situation n | Le feu de la Saint-Jean s'écroule du côté où les enfants font la ronde !
+ en situation n | The midsummer bonfire's collapsing on the side where the kids are dancing round!
fr situation n | Réveillon chez nous : le four fume noir, et trente invités sont déjà dans l'entrée !
+ en situation n | Christmas Eve at ours: the oven's pouring black smoke, and thirty guests are already in the hall!
# situations: religion and rituals
en situation h | The incense burner's fallen onto the altar cloth and it's going up!
+ fr situation h | L'encensoir est tombé sur la nappe de l'autel et tout s'embrase !
fr situation n | Pendant la procession, le porteur de la statue glisse dans les marches avec elle !
+ en situation n | During the procession, the man carrying the statue slips down the steps with it!
# situations: old age and grandparents
fr situation h | Mamie s'est coincée dans le fauteuil releveur, il continue à monter ! Allume le salon !
+ en situation h | Nan's stuck in the riser chair and it keeps going up! Living-room lights on!
en situation h | Grandad's fallen in the garden and his pendant alarm's in the kitchen, I can hear him calling!
+ fr situation h | Papi est tombé au jardin, son bip d'alarme est dans la cuisine, je l'entends appeler !
fr situation h | Papi a mis son aluminium au micro-ondes, ça fait des éclairs et de la fumée !
+ en situation h | Grandad's put foil in the microwave, it's sparking and smoking!
# situations: death and funerals
fr situation n | Au crématorium, l'alarme incendie se déclenche en pleine cérémonie et personne ne sait où sortir !
+ en situation n | At the crematorium, the fire alarm goes off mid-service and nobody knows where the exit is!
en situation h | At the graveside, Dad's gone grey and grabbed his chest!
+ fr situation h | Au bord de la tombe, papa est devenu tout gris et se tient la poitrine !
# situations: birth and pregnancy
fr situation h | Trente-six semaines, je vois des étoiles et j'ai une barre dans le ventre !
+ en situation h | Thirty-six weeks, I'm seeing stars and I've got a band of pain across my stomach!
en situation h | Waters broke, and I can feel the cord, the midwife said that's an emergency!
+ fr situation h | J'ai perdu les eaux et je sens le cordon, la sage-femme a dit que c'était une urgence !
fr situation h | Le bébé vient d'arrêter de téter, il est tout mou dans mes bras !
+ en situation h | The baby's just stopped feeding, he's all floppy in my arms!
# situations: DIY and repairs
fr situation h | L'échafaudage roulant part vers l'escalier, et je suis dessus !
+ en situation h | The rolling scaffold's heading for the stairs, and I'm on it!
en situation h | The angle grinder's kicked back and it's in my thigh!
+ fr situation h | La disqueuse a rebondi et elle m'a entaillé la cuisse !
fr situation h | Le plafond en placo se décroche au-dessus du lit du bébé ! Allume, allume !
+ en situation h | The plasterboard ceiling's coming down over the baby's cot! Lights, lights!
# situations: night and sleep
fr situation h | Trois heures du matin, quelqu'un frappe à la baie vitrée et appelle ma fille par son prénom !
+ en situation h | Three in the morning, someone's knocking on the patio door and calling my daughter by name!
en situation h | Woke up and there's water up to the mattress in the basement bedroom! Turn everything on!
+ fr situation h | Je me réveille, et l'eau arrive au matelas dans la chambre du sous-sol ! Allume partout !
fr situation n | Cauchemar, je me réveille en hurlant, le cœur à mille, et je ne sais plus où je suis !
+ en situation n | Nightmare, I wake up screaming, heart racing, and I don't know where I am!
# situations: city life
fr situation h | Une plaque d'égout vient d'exploser devant moi sur la Cinquième avenue !
+ en situation h | A manhole cover's just blown up in front of me on Fifth Avenue!
en situation h | The lift doors opened and there's no lift, just the shaft, and my son nearly stepped in!
+ fr situation h | Les portes de l'ascenseur se sont ouvertes sur le vide, et mon fils a failli y mettre le pied !
fr situation n | Un camion de livraison recule sur le trottoir de la rue Neuve, droit sur la poussette !
+ en situation n | A delivery lorry's reversing up the pavement on Rue Neuve, straight at the pushchair!
# situations: countryside and farming
fr situation h | Le bélier m'a coincé contre la barrière et il recharge !
+ en situation h | The ram's pinned me against the gate and he's coming again!
en situation h | The slurry pit's fumes have dropped two calves and the dog!
+ fr situation h | Les émanations de la fosse à lisier ont couché deux veaux et le chien !
fr situation h | Le tracteur patine au bord du talus, et mon fils est sur le marchepied !
+ en situation h | The tractor's sliding on the edge of the bank, and my son's on the step!
# situations: sea and mountains
fr situation h | Sirène requin, et mon fils est encore au-delà des drapeaux !
+ en situation h | Shark siren, and my son's still out past the flags!
en situation h | A black bear's going through the cooler two metres from our tent! Outside lights on!
+ fr situation h | Un ours noir fouille la glacière à deux mètres de la tente ! Allume les lumières extérieures !
fr situation h | Un crocodile vient de glisser de la berge, pile où les enfants pêchent ! Mode urgence, tout de suite !
+ en situation h | A croc's just slid off the bank, right where the kids are fishing! Emergency mode, right now!
en situation n | A whale's just surfaced right under our kayak at Tadoussac!
+ fr situation n | Une baleine vient de remonter juste sous notre kayak à Tadoussac !
fr situation h | La corde de rappel est trop courte, et je suis au bout, dans le vide !
+ en situation h | The abseil rope's too short, and I'm at the end of it, hanging in the air!
# situations: hobbies and crafts
fr situation h | Le four à pizza du jardin a mis le feu à la pergola en bambou !
+ en situation h | The garden pizza oven has set the bamboo pergola alight!
en situation n | The glue gun's set fire to the Christmas wreath on my lap!
+ fr situation n | Le pistolet à colle a mis le feu à la couronne de Noël posée sur mes genoux !
# situations: volunteering
fr situation h | Match des poussins : un gamin s'effondre, et le défibrillateur du club n'a plus de batterie !
+ en situation h | Under-nines match: a kid's collapsed, and the club defibrillator's battery is dead!
en situation n | Running the soup kitchen, and a fight's broken out with a broken bottle!
+ fr situation n | Je tiens la soupe populaire, et une bagarre éclate avec une bouteille cassée !
# situations: politics and news
fr situation h | Alerte nucléaire sur tous les téléphones : restez à l'intérieur, fermez les fenêtres !
+ en situation h | Nuclear alert on every phone: stay indoors, close the windows!
en situation n | The rally's turned, they're charging through the crowd and I've lost my dad!
+ fr situation n | Le meeting dégénère, ils chargent dans la foule et j'ai perdu mon père !
# situations: science and discovery
fr situation h | L'autoclave du labo siffle, le manomètre est dans le rouge, et il ne s'ouvre plus !
+ en situation h | The lab autoclave's hissing, the gauge is in the red, and it won't open!
en situation h | The observatory dome's closing on the ladder my colleague is still standing on!
+ fr situation h | La coupole de l'observatoire se referme sur l'échelle où mon collègue est encore debout !
# near the border with inquietude
fr situation h | Il ne répondait pas depuis ce matin, et là j'entends son téléphone sonner derrière sa porte fermée !
+ en situation h | He hasn't answered since this morning, and now I can hear his phone ringing behind his locked door!
en situation h | I was only a bit worried about her cough, but now her lips are going blue!
+ fr situation h | Je m'inquiétais juste un peu pour sa toux, mais là ses lèvres deviennent bleues !
fr situation h | Ce n'est plus une vague odeur : le couloir est plein de fumée et la porte de la cuisine est chaude !
+ en situation h | It's not a faint smell any more: the hallway's full of smoke and the kitchen door is hot!
fr situation n | Je croyais qu'il était juste en retard, mais la police est à la porte avec sa veste à la main !
+ en situation n | I thought he was just running late, but the police are at the door holding his jacket!
en situation h | The river warning was "watch only", and now the water's coming through the letterbox!
+ fr situation h | L'alerte crue était juste « à surveiller », et maintenant l'eau passe par la fente de la boîte aux lettres !
fr situation h | On attendait la tempête pour ce soir, elle est là maintenant, et le toit du hangar s'envole vers la maison !
+ en situation h | We expected the storm tonight, it's here now, and the shed roof's flying at the house!
fr situation n | Ce matin je me demandais si le chien avait mal ; là, il hurle et ne tient plus sur ses pattes ! Lumière, vite !
+ en situation n | This morning I wondered if the dog was in pain; now he's howling and can't stand up! Light, quick!
# near the border with suspense
fr situation h | Ce n'est pas le suspense d'un film : il y a vraiment quelqu'un dans le placard de la chambre !
+ en situation h | This isn't movie suspense: there really is someone in the bedroom wardrobe!
en situation n | No waiting for the result here, the plane's going down on one engine and everyone's screaming!
+ fr situation n | Rien à attendre là, l'avion descend sur un seul moteur et tout le monde hurle !
fr situation h | Pas le temps de guetter la suite : la digue a cédé et l'eau déferle dans la rue !
+ en situation h | No time to wait and see: the dyke's burst and the water's pouring down the street!
fr situation n | Le compte à rebours sur l'écran, ce n'est pas un jeu : c'est l'alarme de gaz de la chaufferie !
+ en situation n | The countdown on the screen isn't a game: it's the gas alarm in the boiler room!
en situation h | Tie-break, match point, and then my dad collapses in the stand next to me!
+ fr situation h | Jeu décisif, balle de match, et d'un coup mon père s'effondre à côté de moi dans la tribune !
# near the border with colere
fr situation h | J'aurais envie de hurler sur le chauffeur, mais là le bus penche vers le ravin !
+ en situation h | I'd love to scream at the driver, but right now the bus is tipping towards the ravine!
en situation n | Furious the landlord never fixed the wiring, but the socket's on fire and that comes first!
+ fr situation n | Furieux que le proprio n'ait jamais refait l'électricité, mais la prise est en feu, et c'est ça d'abord !
fr situation h | Pas le moment de m'énerver contre le voisin : son chien a mon fils au sol !
+ en situation h | No time to be angry at the neighbour: his dog has my son on the ground!
fr situation n | Le chauffard nous a fait une queue de poisson, et maintenant on glisse vers la glissière !
+ en situation n | The idiot cut us up, and now we're sliding towards the barrier!
# near the border with euphorie
fr situation h | On dansait sur la table, elle a cédé, et mon pote saigne de la tête sans bouger !
+ en situation h | We were dancing on the table, it gave way, and my mate's bleeding from the head and not moving!
en situation h | Best gig of my life, then the barrier gives and I'm under people, can't breathe!
+ fr situation h | Le meilleur concert de ma vie, puis la barrière cède et je suis sous les gens, je n'arrive plus à respirer !
fr situation n | Le bouchon de champagne est parti dans l'œil de la mariée, elle hurle et ne voit plus !
+ en situation n | The champagne cork went into the bride's eye, she's screaming and can't see!
# near the border with victoire
fr situation h | J'ai franchi la ligne du marathon, et là je m'effondre, je n'arrive plus à respirer !
+ en situation h | I've crossed the marathon finish line, and now I'm collapsing, I can't breathe!
en situation n | We won the cup and the crowd's crushing onto the pitch with my kid in the middle!
+ fr situation n | On a gagné la coupe, et la foule déferle sur la pelouse avec mon petit au milieu !
fr situation h | Sommet atteint, et le pont de neige s'effondre sous mon compagnon de cordée !
+ en situation h | Summit reached, and the snow bridge collapses under my rope partner!
# near the border with tristesse
fr situation h | Ce n'est pas du chagrin, c'est l'affolement : le chien vient de se faire renverser et il respire mal !
+ en situation h | It's not grief, it's panic: the dog's just been hit by a car and he's struggling to breathe!
en situation h | I can't cry now, Mum's stopped breathing in her chair and I don't know CPR!
+ fr situation h | Pas le moment de pleurer, maman ne respire plus dans son fauteuil et je ne connais pas les gestes !
fr situation n | Au milieu de l'enterrement, le petit s'échappe et court vers la nationale !
+ en situation n | In the middle of the funeral, the little one breaks away and runs for the main road!
# long
fr long h | Je sors la poubelle en chaussons. La porte claque derrière moi. Par la fenêtre, je vois la casserole de lait qui déborde sur le gaz. Le petit dort à l'étage.
+ en long h | I take the bin out in my slippers. The door slams behind me. Through the window I can see the milk pan boiling over on the gas. The little one's asleep upstairs.
en long h | We were crossing the Sydney Harbour Bridge on foot. My son let go of my hand to look at a boat. I turned round. He's gone, and the crowd's thick both ways.
+ fr long h | On traversait le Harbour Bridge à pied. Mon fils m'a lâché la main pour regarder un bateau. Je me suis retournée. Il n'est plus là, et la foule est dense dans les deux sens.
fr long h | Le téléphérique s'est arrêté. On a ri, au début. Puis la cabine a fait un bruit de métal. Maintenant elle descend, toute seule, par à-coups.
+ en long h | The cable car stopped. We laughed, at first. Then the cabin made a metal noise. Now it's sliding down, on its own, in jolts.
fr long n | J'aide papa à monter dans la baignoire. Il glisse. Sa tête tape le robinet. Il ne répond plus, et l'eau continue de couler.
+ en long n | I'm helping Dad into the bath. He slips. His head hits the tap. He's not responding, and the water's still running.
en long h | Normal Tuesday at the Tim Hortons drive-through. Car in front suddenly reverses. Hits us hard. Now there's smoke coming out of our bonnet and the baby's screaming.
+ fr long h | Un mardi normal au service au volant du Tim Hortons. La voiture devant recule d'un coup. Elle nous percute. Maintenant de la fumée sort de notre capot, et le bébé hurle.
fr long h | Je pose le bébé sur le lit une seconde. Je me tourne pour attraper une couche. Un bruit sourd. Il est par terre, et il ne pleure pas.
+ en long h | I put the baby on the bed for one second. I turn to grab a nappy. A thud. He's on the floor, and he's not crying.
fr long n | Le vol pour Montréal est à 14 h. Il est 12 h 50. Le Uber vient d'annuler. La file de taxis fait cent mètres. Les enfants ont leurs passeports dans mon sac, et mon sac est resté dans la voiture qui repart.
+ en long n | The flight to Montreal is at 2. It's 12:50. The Uber's just cancelled. The taxi queue is a hundred metres long. The kids' passports are in my bag, and my bag's in the car that's pulling away.
en long h | Dad was clearing the gutters. I went in to make tea. I heard the ladder scrape. Now he's hanging from the gutter with one hand and the ladder's on the lawn.
+ fr long h | Papa nettoyait les gouttières. Je suis rentrée faire le thé. J'ai entendu l'échelle racler. Maintenant il pend à la gouttière d'une main, et l'échelle est sur la pelouse.
fr long h | On campait au bord de la Loire. La nuit, la pluie a redoublé. Le bruit de l'eau a changé. J'ouvre la tente : l'eau est déjà au niveau des sacs de couchage.
+ en long h | We were camping by the Loire. In the night, the rain got heavier. The sound of the water changed. I open the tent: the water's already level with the sleeping bags.
fr long n | Ma fille fait du baby-sitting chez des voisins. Elle m'appelle en chuchotant. Un homme tape au carreau. Il dit être le père, mais le père est à Bordeaux.
+ en long n | My daughter's babysitting for neighbours. She calls me whispering. A man's tapping on the window. He says he's the dad, but the dad is in Bordeaux.
en long h | The lake in Muskoka was glass all afternoon. Then the sky went black in ten minutes. The canoe's half full of water. The shore's a kilometre away and my son can't swim well.
+ fr long h | Le lac en Muskoka était lisse tout l'après-midi. Puis le ciel est devenu noir en dix minutes. Le canot est à moitié rempli d'eau. La rive est à un kilomètre, et mon fils nage mal.
fr long h | Je remplis le réservoir de la tondeuse dans le garage. Le jerrican déborde. Une étincelle de la lampe baladeuse. Le sol s'enflamme sous mes pieds.
+ en long h | I'm filling the mower tank in the garage. The jerrycan overflows. A spark from the inspection lamp. The floor goes up in flames under my feet.
# negation
fr negation h | Ce n'est pas un petit souci, c'est une vraie urgence : papa ne respire plus normalement !
+ en negation h | It's not a little worry, it's a real emergency: Dad's not breathing normally!
en negation h | I'm not angry, I'm terrified: someone's in the garage with a torch right now!
+ fr negation h | Je ne suis pas en colère, je suis terrifiée : quelqu'un est dans le garage avec une lampe, là, maintenant !
fr negation n | Pas de suspense là-dedans, le vol est annulé, le visa expire ce soir et je suis bloquée !
+ en negation n | No suspense about it, the flight's cancelled, the visa runs out tonight and I'm stuck!
fr negation h | Ce n'est pas une crise de nerfs : ma poitrine siffle et ma Ventoline est restée à Lyon !
+ en negation h | It's not a fit of nerves: my chest is wheezing and my inhaler's back in Lyon!
en negation n | Not sad, not yet, just completely frantic: the cat's gone into the wall cavity and the builders are closing it up!
+ fr negation n | Pas triste, pas encore, juste complètement affolée : le chat est dans le doublage du mur et les ouvriers le referment !
fr negation h | Je ne rêve pas, il y a vraiment un homme sur le toit de la véranda !
+ en negation h | I'm not dreaming, there really is a man on the conservatory roof!
fr negation n | Ce n'est pas une simple cuite, mon pote vomit en dormant et ne se réveille pas !
+ en negation n | It's not just a hangover, my mate's throwing up in his sleep and won't wake up!
en negation h | It's not a drill, the alarm's real and the fire doors are slamming shut!
+ fr negation h | Ce n'est pas un exercice, l'alarme est vraie et les portes coupe-feu claquent !
fr negation n | Non, ce n'est pas de la curiosité, la boîte fume vraiment dans le colis que je viens d'ouvrir !
+ en negation n | No, it's not curiosity, the box really is smoking in the parcel I just opened!
fr negation h | Pas calme du tout, le chien de garde est lâché dans le chantier et mon fils est dedans !
+ en negation h | Not calm at all, the guard dog's loose on the building site and my son's in there!
en negation n | Not nostalgic about Gran's house right now, it's on fire and she's upstairs!
+ fr negation n | Pas de nostalgie pour la maison de mamie, là : elle brûle et mamie est à l'étage !
# mixed
fr mixed h | Un peu honteux d'avoir oublié le gâteau au four, mais surtout affolé : la cuisine est noire de fumée !
+ en mixed h | A bit embarrassed I forgot the cake in the oven, but mostly frantic: the kitchen's black with smoke!
en mixed h | Tired after the night shift, but wide awake now: the car's aquaplaning towards the ditch!
+ fr mixed h | Crevée après la garde de nuit, mais d'un coup bien réveillée : la voiture part en aquaplaning vers le fossé !
fr mixed n | Content d'être en vacances à Biarritz, et là c'est l'affolement : le petit a disparu dans les vagues !
+ en mixed n | Happy to be on holiday in Biarritz, and now it's all-out panic: the little one's vanished in the waves!
fr mixed h | Agacée par le bruit des voisins, puis terrifiée : ce n'étaient pas des pétards, ce sont des coups de feu !
+ en mixed h | Annoyed at the neighbours' noise, then terrified: those weren't firecrackers, they're gunshots!
en mixed n | Still buzzing from the match, then sheer panic: my wallet, phone and the kids' tickets are all gone!
+ fr mixed n | Encore sur mon nuage après le match, puis la panique pure : portefeuille, téléphone et billets des enfants, tout a disparu !
fr mixed h | Un peu étourdi par le vin chaud, mais surtout terrifié : la glace du lac craque sous nos patins !
+ en mixed h | A bit light-headed from the mulled wine, but mostly terrified: the lake ice is cracking under our skates!
fr mixed n | Fière de mon premier solo en planeur, puis la terreur : le câble de treuillage ne s'est pas largué !
+ en mixed n | Proud of my first solo glider flight, then terror: the winch cable hasn't released!
en mixed h | Sad to leave the party, and then sheer fright: my friend's car is upside down in the ditch outside!
+ fr mixed h | Triste de quitter la fête, puis l'effroi : la voiture de mon amie est sur le toit dans le fossé devant !
fr mixed n | Gênée de crier dans le train, mais affolée : ma valise part sur le quai avec un inconnu, et le train démarre !
+ en mixed n | Embarrassed to shout on the train, but frantic: a stranger's taking my suitcase off at the platform, and the train's pulling out!
fr mixed h | Rêveuse sur la plage, et d'un coup glacée : mon fils n'est plus sur son matelas gonflable !
+ en mixed h | Daydreaming on the beach, and suddenly frozen: my son's no longer on his lilo!
en mixed n | Curious what the hissing was, and then the panic: it's the gas bottle under the caravan!
+ fr mixed n | Curieux de savoir d'où venait ce sifflement, puis la panique : c'est la bouteille de gaz sous la caravane !
# slang_emoji
fr slang_emoji h | ptn la hotte crame 🔥🔥 jtrouve pas l'extincteur
+ en slang_emoji h | ffs the cooker hood's on fire 🔥🔥 can't find the extinguisher
en slang_emoji h | mate just went through the ice at the lake 😱😱 someone ring 000
+ fr slang_emoji h | mon pote vient de passer à travers la glace du lac 😱😱 appelez les secours
fr slang_emoji h | câlisse y a de l'eau qui rentre dans le sous-sol à pleine porte 😱💦
+ en slang_emoji h | holy crap water's pouring into the basement through the door 😱💦
fr slang_emoji h | wsh mon petit frère s'est coincé la tête dans la grille du parc 😭🆘
+ en slang_emoji h | my little bro's got his head stuck in the park railings 😭🆘
en slang_emoji h | OMG the bouncy castle's blown away with kids inside 😱😱😱
+ fr slang_emoji h | OMG le château gonflable s'est envolé avec des enfants dedans 😱😱😱
fr slang_emoji n | jpp l'alarme de la boutique sonne et j'ai plus le code 😰🚨 les flics vont débarquer
+ en slang_emoji n | can't deal the shop alarm's going off and I don't have the code 😰🚨 cops are gonna turn up
en slang_emoji h | bro the quad flipped on the dunes and jake's under it 😨🚑
+ fr slang_emoji h | frérot le quad s'est retourné dans les dunes et Jake est dessous 😨🚑
fr slang_emoji h | au secours la poussette a roulé dans le lac 😱😱 vite
+ en slang_emoji h | help the pram's rolled into the lake 😱😱 quick
en slang_emoji n | freaking out, my flight's boarding and I'm stuck in security with the wrong passport 😭✈️
+ fr slang_emoji n | je panique, l'embarquement a commencé et je suis coincée à la sécu avec le mauvais passeport 😭✈️
# typo
fr typo h | le chien sest fait mordre par un serpent il gonfle de partt vite
+ en typo h | dogs been bitten by a snake hes swelling up evrywhere quick
en typo h | theres a fire in the flat below smoke comin up thru the floor
+ fr typo h | ya le feu ds lappart du dessou la fumé remonte par le plancher
fr typo h | mon pere a pri un coup de jus sur le tableau il repon plu
+ en typo h | my dad got a shock off the fuse box hes not respondin
fr typo h | la petite a tomber ds la piscine du voisin jlai sortie elle tousse pa
+ en typo h | the little one fell in the neighbours pool i got her out shes not coughin
en typo h | car wont stop brake pedal goin to the floor on the hill
+ fr typo h | la voiture sarete pas la pedale de frein touche le planché ds la descente
fr typo n | jai enfermer les cles ds la voitur avec le moteur allumer et le chien dedan
+ en typo n | locked the keys in the car with the engine runnin and the dog inside
fr typo h | ya kelkun ki crie dans la cage descalier et ca sent le bruler
+ en typo h | someones screamin in the stairwell and it smells of burnin
en typo h | my son fell of the climbin frame hes arm is bent the wrong way
+ fr typo h | mon fils est tomber de la structure son bras est plié a lenvers
fr typo h | la tente senvole avec le petit dedans ds la tempete
+ en typo h | the tents blowin away with the little one inside in the storm
# wish
fr wish h c=red;white b=bright | Il y a le feu dans le garage ! Rouge et blanc, à fond, partout !
+ en wish h c=red;white b=bright | The garage is on fire! Red and white, full blast, everywhere!
en wish h c=cool_white b=bright | Someone's trying the back door! Cool white, every light at max!
+ fr wish h c=cool_white b=bright | Quelqu'un essaie d'ouvrir la porte de derrière ! Blanc froid, toutes les lampes au max !
fr wish h c=white b=bright | Le bébé s'étouffe, j'ai besoin de voir ! Blanc, plein pot, tout de suite !
+ en wish h c=white b=bright | The baby's choking, I need to see! White, full whack, right now!
fr wish h c=red;orange b=bright | Je panique, le cœur à deux cents, je n'arrive plus à penser. Rouge et orange, fort !
+ en wish h c=red;orange b=bright | I'm panicking, heart at two hundred, I can't think straight. Red and orange, bright!
en wish h c=red;white;orange b=bright | Evacuation order, we're leaving now! Red, white and orange, everything on!
+ fr wish h c=red;white;orange b=bright | Ordre d'évacuation, on part maintenant ! Rouge, blanc et orange, tout allumé !
# explicit
fr explicit h | Je suis complètement affolée, je ne sais plus ce que je fais !
+ en explicit h | I'm completely frantic, I don't know what I'm doing any more!
en explicit h | Pure panic right now, my hands won't stop shaking!
+ fr explicit h | La panique pure, là, mes mains n'arrêtent pas de trembler !
fr explicit n | Un vent de panique, là, tout de suite, je perds mes moyens.
+ en explicit n | A wave of panic, right now, I'm falling apart.
fr explicit h | Je suis terrorisé, je n'arrive plus à bouger !
+ en explicit h | I'm terrified, I can't move!
en explicit n | I'm in a total flap, everything's going wrong at once!
+ fr explicit n | Je suis en pleine panique, tout part de travers en même temps !
# situations: small everyday alarms (low intensity)
fr situation l | Mini-panique : la réunion Teams démarre et ma caméra refuse de s'allumer !
+ en situation l | Mini panic: the Teams meeting's starting and my camera won't switch on!
en situation l | Card declined at the péage, and a line of lorries is honking behind me!
+ fr situation l | Carte refusée au péage, et une file de camions klaxonne derrière moi !
fr situation l | Les portes du bus se ferment, et mon sac est resté sur le siège !
+ en situation l | The bus doors are closing, and my bag's still on the seat!
fr situation l | Oh non, la cafetière italienne siffle et crache partout sur la plaque !
+ en situation l | Oh no, the moka pot's whistling and spitting all over the hob!
en situation l | Two seconds of sheer panic: I thought I'd left the baby's bag on the Tube.
+ fr situation l | Deux secondes de pure panique : j'ai cru avoir oublié le sac du bébé dans le métro.
fr situation l | Alerte : le soufflé du dîner s'effondre et les beaux-parents sonnent déjà à la porte !
+ en situation l | Alert: the dinner soufflé's collapsing and the in-laws are already ringing the bell!
"""

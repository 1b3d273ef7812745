"""panique: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: children, family, home
fr long h | Tranquille au parc, je lisais sur le banc pendant que Nina jouait dans le bac à sable. J'ai levé les yeux, elle n'y était plus. Ni au toboggan, ni aux balançoires, et le portail ouvert donne sur la route. Je cours partout en criant son prénom.
+ en long h | Relaxing in the park, I was reading on the bench while Nina played in the sandpit. I looked up and she was gone. Not on the slide, not on the swings, and the open gate leads onto the road. I'm running everywhere shouting her name.
en long h | We were having a lovely dinner on the terrace when my husband suddenly couldn't get his words out. Half his face is drooping and his arm won't lift. I'm on the phone to the emergency services and my hands won't stop shaking.
+ fr long h | On dînait tranquillement sur la terrasse quand mon mari n'a soudain plus réussi à parler. La moitié de son visage s'affaisse et son bras ne se lève plus. J'ai les urgences au téléphone et mes mains n'arrêtent pas de trembler.
fr long h | On riait en cuisine quand la poêle a pris feu. J'ai jeté de l'eau dessus par réflexe et les flammes ont bondi jusqu'à la hotte. La fumée remplit la pièce, et les enfants sont à l'étage.
+ en long h | We were laughing in the kitchen when the frying pan caught fire. I threw water on it without thinking and the flames shot up to the extractor hood. Smoke is filling the room, and the kids are upstairs.
fr long h | On dormait. Un craquement, puis l'odeur de fumée. En ouvrant la porte de la chambre, le couloir est noir et brûlant. Le détecteur hurle et je n'entends pas mon père dans la pièce d'à côté.
+ en long h | We were asleep. A crackle, then the smell of smoke. When I open the bedroom door, the hallway is black and scorching. The alarm is screaming and I can't hear my dad in the next room.
en long h | The baby was fine at bedtime. Now he's burning hot and floppy, and there's a rash on his tummy that doesn't fade when I press a glass against it. I'm shoving my shoes on and grabbing the car keys.
+ fr long h | Le bébé allait bien au coucher. Là, il est brûlant, tout mou, et il a des taches sur le ventre qui ne s'effacent pas quand j'appuie un verre dessus. J'enfile mes chaussures et j'attrape les clés de la voiture.
en long h | My grandmother was chatting away on the sofa, then she went grey, clutched her chest, and now she isn't answering me. I'm counting compressions out loud with the operator on speakerphone.
+ fr long h | Ma grand-mère bavardait sur le canapé, puis elle est devenue grise, s'est pris la poitrine, et maintenant elle ne me répond plus. Je compte les compressions à voix haute, l'opératrice sur haut-parleur.
en long h | I was just doing the washing-up when water started pouring through the ceiling light. The bulb is sparking, the floor is flooded and I can't find the fuse box anywhere.
+ fr long h | Je faisais tranquillement la vaisselle quand l'eau s'est mise à couler par le plafonnier. L'ampoule fait des étincelles, le sol est inondé et je ne trouve le tableau électrique nulle part.
# long: road, transport, travel
fr long h | Je roulais tranquillement sur l'autoroute, musique à fond. D'un coup, la pédale de frein s'enfonce jusqu'au plancher et la voiture ne ralentit plus. Devant, le bouchon arrive à toute vitesse.
+ en long h | I was cruising along the motorway, music blaring. All of a sudden the brake pedal sinks to the floor and the car won't slow down. Up ahead, the traffic jam is rushing towards me.
fr long h | Le train est parti avec mon sac à dos dedans : passeport, billet d'avion, téléphone, tout. Je suis sur le quai à Milan, en tongs, et mon vol pour Montréal décolle dans deux heures.
+ en long h | The train has left with my rucksack on it: passport, plane ticket, phone, everything. I'm on the platform in Milan in flip-flops, and my flight to Montreal takes off in two hours.
fr long h | Dans l'ascenseur du parking, tout tremble, la lumière s'éteint et la cabine s'arrête entre deux étages. Mon téléphone n'a pas de réseau, le bouton d'alarme ne répond pas, et il fait de plus en plus chaud.
+ en long h | In the car park lift, everything shudders, the light goes out and the car stops between two floors. My phone has no signal, the alarm button does nothing, and it's getting hotter and hotter.
en long h | I'd just landed and was queueing for passport control, relaxed, scrolling. Then a message from the neighbour: smoke pouring out of our kitchen window, she's called the fire brigade, and our cat is inside.
+ fr long h | Je venais d'atterrir et je faisais la queue au contrôle des passeports, détendu, le nez sur mon téléphone. Puis un message de la voisine : de la fumée sort de notre fenêtre de cuisine, elle a appelé les pompiers, et notre chat est à l'intérieur.
# long: outdoors, sea, mountain
en long h | First day of the holiday, the beach was perfect. Then the lifeguard's whistle went, and I saw my son's yellow bodyboard out past the buoys, drifting on its own, and I can't see his head anywhere.
+ fr long h | Premier jour de vacances, la plage était parfaite. Puis le sifflet du maître-nageur a retenti, et j'ai vu le bodyboard jaune de mon fils au-delà des bouées, qui dérive tout seul, et je ne vois sa tête nulle part.
en long h | Halfway up the hike, enjoying the view, I noticed my daughter's lips swelling. She's allergic to wasps, she was stung a minute ago, and I've just realised the EpiPen is in the car, an hour back down the trail.
+ fr long h | À mi-chemin de la rando, on profitait de la vue quand j'ai vu les lèvres de ma fille gonfler. Elle est allergique aux guêpes, elle vient de se faire piquer, et je réalise que le stylo d'adrénaline est dans la voiture, à une heure de marche en contrebas.
fr long h | Je descendais tranquillement une piste bleue. Derrière moi, un grondement sourd, puis un nuage blanc qui dévale la pente voisine. Mon ami était sur cette pente-là, il y a une minute, et il ne répond pas à la radio.
+ en long h | I was gliding down a blue run. Behind me, a dull roar, then a white cloud tearing down the next slope. My friend was on that slope a minute ago, and he's not answering the radio.
fr long h | On fêtait les quarante ans de Marc au bord du lac. Il a plongé du ponton et n'est pas remonté. Trente secondes, quarante, l'eau est noire et personne ne le voit.
+ en long h | We were celebrating Marc's fortieth by the lake. He dived off the jetty and didn't come back up. Thirty seconds, forty, the water is black and nobody can see him.
fr long h | Le chien tirait sur sa laisse comme d'habitude. Sur le pont, il s'est dégagé de son harnais et a sauté dans le canal. Le courant l'emporte vers l'écluse et il disparaît sous l'eau.
+ en long h | The dog was pulling on his lead as usual. On the bridge he slipped his harness and jumped into the canal. The current is dragging him towards the lock and he's going under.
# long: money, work, exams, parties
fr long h | Journée calme au bureau, je range mes affaires. En ouvrant mon appli bancaire, je vois douze virements partis cette nuit vers un compte inconnu. Le solde est à zéro, le loyer part demain, et le numéro d'opposition sonne occupé.
+ en long h | Quiet day at the office, I'm packing up. I open my banking app and see twelve transfers sent overnight to an unknown account. The balance is zero, the rent goes out tomorrow, and the card-block line is engaged.
fr long h | Ma présentation devant le comité de direction commence dans trois minutes. J'ouvre mon ordinateur : écran noir. Il ne redémarre pas, la clé USB est restée à la maison et tout le monde est déjà assis.
+ en long h | My presentation to the board starts in three minutes. I open my laptop: black screen. It won't restart, the USB stick is at home and everyone's already sitting down.
fr long h | Dernier oral du concours. Je m'assieds, le jury me tend le sujet et ma tête se vide complètement. Mon cœur cogne, je n'arrive plus à respirer, les mots sur la feuille se brouillent.
+ en long h | Final oral of the entrance exam. I sit down, the panel hands me the question, and my mind goes completely blank. My heart is pounding, I can't breathe, the words on the page are swimming.
fr long h | On finissait de décorer la salle pour le mariage. Ma sœur, la mariée, a goûté un petit four et sa gorge gonfle, elle n'arrive plus à respirer. Le traiteur jure qu'il n'y avait pas d'arachides, et la trousse de ma sœur est restée à l'hôtel.
+ en long h | We were finishing decorating the hall for the wedding. My sister, the bride, tasted a canapé and her throat is swelling, she can't breathe. The caterer swears there were no peanuts, and her emergency kit is back at the hotel.

# negation
fr negation h | Ce n'est pas de l'inquiétude, c'est la panique totale : le petit a avalé une pile bouton il y a deux minutes.
+ en negation h | This isn't worry, it's total panic: the little one swallowed a button battery two minutes ago.
en negation h | I'm not angry, I'm terrified: the car just started sliding on the ice towards the ravine and the steering wheel does nothing.
+ fr negation h | Je ne suis pas en colère, je suis terrifié : la voiture vient de partir en glissade sur le verglas vers le ravin et le volant ne répond plus.
fr negation h | Je ne suis pas stressé, je suis paniqué, là : l'avion vient de chuter d'un coup et les masques à oxygène sont tombés.
+ en negation h | I'm not stressed, I'm panicking, right now: the plane just dropped suddenly and the oxygen masks have come down.
fr negation h | Non, ce n'est pas du suspense, c'est de la terreur : quelqu'un essaie d'ouvrir la porte d'entrée en pleine nuit et je vois la poignée tourner.
+ en negation h | No, this isn't suspense, it's terror: someone is trying the front door in the middle of the night and I can see the handle turning.
en negation h | Not worried, not anymore, I'm full-on panicking: the smoke alarm's going, the hallway is black and I can't find my son.
+ fr negation h | Pas inquiète, plus maintenant, je suis en pleine panique : le détecteur de fumée hurle, le couloir est noir et je ne trouve pas mon fils.
fr negation h | Ce n'est pas la colère qui me fait trembler, c'est la peur : l'homme qui me suit depuis le métro vient d'accélérer derrière moi et la rue est déserte.
+ en negation h | It's not anger making me shake, it's fear: the man who's been following me since the metro just sped up behind me and the street is empty.
fr negation h | La poussette n'est plus devant la boulangerie où je l'ai laissée dix secondes, avec mon bébé dedans, et personne n'a rien vu.
+ en negation h | The pushchair isn't outside the bakery where I left it for ten seconds, with my baby in it, and nobody saw anything.
en negation h | The brakes aren't responding, the lorry in front has stopped dead, and we're doing ninety.
+ fr negation h | Les freins ne répondent plus, le camion devant vient de piler, et on est à quatre-vingt-dix.
fr negation h | Je ne suis pas juste inquiète, je suis affolée : ma mère respire de plus en plus mal et le SAMU me met en attente.
+ en negation h | I'm not just worried, I'm frantic: my mum's breathing is getting worse and the ambulance line has put me on hold.
fr negation h | Le gilet de sauvetage ne se gonfle pas, la vague m'a retourné, et je ne vois plus le bateau.
+ en negation h | The life jacket won't inflate, the wave has flipped me over, and I can't see the boat anymore.
en negation h | It's not stage fright, it's real panic: I'm on stage, the music has started, and I can't remember a single word of the song.
+ fr negation h | Ce n'est pas le trac, c'est la vraie panique : je suis sur scène, la musique a commencé et je ne me souviens plus d'un seul mot de la chanson.
fr negation h | Pas de la peur, de l'affolement complet : le disjoncteur a sauté, l'appareil respiratoire de papa s'est arrêté et la batterie de secours clignote rouge.
+ en negation h | Not fear, complete alarm: the breaker has tripped, Dad's breathing machine has stopped and the backup battery is flashing red.

# mixed
fr mixed h | Un peu honteux d'avoir crié, mais surtout complètement paniqué : le feu de broussailles du jardin a sauté la haie et file vers la maison des voisins.
+ en mixed h | A bit ashamed I yelled, but mostly in total panic: the garden bonfire has jumped the hedge and is racing towards the neighbours' house.
en mixed h | A bit embarrassed, mostly terrified: I've locked myself out on the eighth-floor balcony in my pyjamas, the pan is still on the hob, and smoke is coming under the door.
+ fr mixed h | Un peu gêné, surtout terrifié : je me suis enfermé dehors sur le balcon du huitième en pyjama, la poêle est toujours sur le feu, et la fumée passe sous la porte.
fr mixed h | Une seconde d'agacement contre le GPS, puis la panique : la voiture s'enfonce dans l'eau du gué et le niveau monte jusqu'aux portières.
+ en mixed h | A second of irritation at the satnav, then panic: the car is sinking into the ford and the water is rising up the doors.
fr mixed h | J'étais excité par la descente en rafting, maintenant je suis paniqué : le raft s'est retourné, je remonte à la surface et ma fille n'est plus là.
+ en mixed h | I was excited about the rafting trip, now I'm panicking: the raft flipped, I've come up to the surface and my daughter isn't there.
en mixed h | Annoyed at first that the lift stopped, now it's pure panic: the cabin just dropped a metre and the lights went out.
+ fr mixed h | Agacée au début que l'ascenseur s'arrête, maintenant c'est la panique pure : la cabine vient de descendre d'un mètre d'un coup et la lumière s'est éteinte.
fr mixed h | Un peu de colère contre moi-même, mais surtout la panique : la portière s'est verrouillée avec le bébé à l'intérieur, la clé sur le siège, et il fait trente-deux degrés.
+ en mixed h | A bit angry at myself, but mostly panic: the car door locked with the baby inside, the key on the seat, and it's thirty-two degrees.
fr mixed h | Fatiguée par la garde, mais là, c'est l'affolement : le patient de la chambre 12 fait un arrêt et le défibrillateur ne s'allume pas.
+ en mixed h | Exhausted from the shift, but right now it's sheer alarm: the patient in room 12 is in cardiac arrest and the defibrillator won't switch on.
en mixed h | Slightly guilty, mostly panicking: I let the babysitter leave early and now the twins have locked themselves in the bathroom with the bleach.
+ fr mixed h | Un peu coupable, surtout paniquée : j'ai laissé partir la baby-sitter plus tôt et maintenant les jumeaux se sont enfermés dans la salle de bain avec l'eau de Javel.
fr mixed h | Triste de voir le vieux chêne tomber, mais surtout terrifié : il vient de s'écraser sur le toit de la chambre des enfants et j'entends des cris.
+ en mixed h | Sad to see the old oak fall, but mostly terrified: it's just crashed onto the roof of the kids' bedroom and I can hear screaming.
fr mixed h | Un peu amusé au début par l'orage, puis la panique : la foudre frappe le poteau devant la maison et des étincelles pleuvent sur le toit de chaume.
+ en mixed h | A bit amused by the storm at first, then panic: lightning hits the pole outside the house and sparks are raining down on the thatched roof.
en mixed h | Half asleep, then wide awake and shaking: the carbon monoxide alarm is beeping and my partner won't wake up.
+ fr mixed h | À moitié endormie, puis réveillée d'un coup et tremblante : l'alarme au monoxyde de carbone bipe et mon compagnon ne se réveille pas.
fr mixed h | Un peu d'excitation avant le saut en parachute, et maintenant la terreur : la voile principale s'est emmêlée et la poignée de secours résiste.
+ en mixed h | A bit of excitement before the skydive, and now terror: the main canopy is tangled and the reserve handle won't budge.
fr mixed h | Agacé par les voisins qui font la fête, puis pris de panique : ça sent fort le gaz dans la cage d'escalier et quelqu'un en bas sort son briquet.
+ en mixed h | Annoyed at the neighbours partying, then seized by panic: there's a strong smell of gas on the stairwell and someone downstairs is getting out a lighter.
"""

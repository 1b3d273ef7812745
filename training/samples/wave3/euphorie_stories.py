"""euphorie: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation h | Ménage du samedi transformé en boum : le balai sert de micro et on hurle du Céline Dion avec mes colocs en passant la serpillière !
+ en situation h | Saturday cleaning has turned into a disco: the broom's a mic and my flatmates and I are belting out Céline Dion while we mop!
fr situation h | Trois semaines sans eau chaude, et la chaudière vient de repartir : on court tous vers la douche en criant comme des gamins.
+ en situation h | Three weeks without hot water and the boiler's just fired back up: we're all racing for the shower, shrieking like kids.
fr situation h | En vidant le grenier, on a trouvé le vieux juke-box de papy, il marche encore, et toute la famille danse entre les cartons ! Mets-nous du rock.
+ en situation h | Clearing the attic we found Grandpa's old jukebox, it still works, and the whole family is dancing among the boxes! Put some rock on for us.
fr long h | Le dimanche devait servir à ranger l'appartement. Ma fille a mis une chanson pour se motiver. Mon mari a pris l'aspirateur comme guitare. Une heure plus tard, rien n'est rangé et on saute tous les trois sur le lit en hurlant le refrain.
+ en long h | Sunday was meant to be for tidying the flat. My daughter put a song on to get going. My husband grabbed the hoover as a guitar. An hour later nothing's tidied and the three of us are jumping on the bed yelling the chorus.
fr typo h | le proprio vien de dire quon peut peindre les murs comme on veut, on a deja mis la musique a fond et on se balance de la peinture jaune lol
+ en typo h | landlord jus said we can paint the walls however we want, music's already blasting and were flinging yellow paint at each other lol

# situations: cooking and food
fr situation h | Le food truck de tacos qu'on adore s'est garé devant le bureau par surprise, toute l'équipe dévale l'escalier en criant comme des gosses !
+ en situation h | Our favourite taco truck has pulled up outside the office out of nowhere, and the whole team is charging down the stairs screaming like kids!
fr situation h | Soirée crêpes qui déraille : une crêpe a volé jusqu'au plafond, tout le monde hurle de rire, la musique est à fond et on en relance une tournée.
+ en situation h | Pancake night off the rails: one crêpe flew up to the ceiling, everyone's howling with laughter, the music's cranked and we're going for another round.
fr situation h | Fondue au chalet, quelqu'un lance du ABBA et on finit debout sur les bancs à chanter avec nos fourchettes comme micros. Lumières de fête, vite !
+ en situation h | Fondue night at the chalet, someone puts ABBA on and we end up standing on the benches singing into our forks. Party lights, quick!
fr situation h | Le livreur s'est trompé et nous a laissé vingt pizzas payées, toute la coloc hurle dans l'entrée et on invite l'immeuble entier !
+ en situation h | The delivery guy got it wrong and left us twenty prepaid pizzas, the whole flatshare is yelling in the hallway and we're inviting the entire building!
fr slang_emoji h | pizza party surprise au taf 🍕🍕🎉 tout le monde crie, on bosse plus de l'aprèm ptdr
+ en slang_emoji h | surprise pizza party at work 🍕🍕🎉 everyone's screaming, no more work this afternoon lmao

# situations: pets
fr situation h | Notre chienne a eu huit chiots cette nuit, les enfants sautent partout en pyjama et je n'arrive pas à les calmer, moi non plus d'ailleurs !
+ en situation h | Our dog had eight puppies overnight, the kids are bouncing everywhere in their pyjamas and I can't calm them down, or myself for that matter!
fr situation h | Le refuge vient d'appeler : le vieux chat qu'on voulait est pour nous ! On file le chercher et je chante à tue-tête dans la voiture.
+ en situation h | The shelter just rang: the old cat we wanted is ours! We're rushing off to get him and I'm singing at the top of my lungs in the car.
fr situation h | Premier jour à la plage pour le chiot : il fonce dans les vagues en aboyant comme un fou et on court derrière lui en criant de rire.
+ en situation h | The puppy's first day at the beach: he's charging into the waves barking like mad and we're running after him, shrieking with laughter.
fr situation h | Le perroquet s'est mis à siffler la Macarena et toute la famille danse autour de sa cage, complètement déchaînée ! Envoie la Macarena pour de vrai.
+ en situation h | The parrot's started whistling the Macarena and the whole family is dancing round his cage, totally unhinged! Put the actual Macarena on.
fr typo h | le chien voit la neige pr la 1ere fois il fait des bonds de fou et moi jsuis dehors en pyjama a sauter avec lui mdr
+ en typo h | the dog's seeing snow for the 1st time hes leaping like crazy and im outside in my pjs jumping with him lmao

# situations: children and parenting
fr situation h | Anniversaire des jumeaux : château gonflable, pistolets à eau, quinze gamins qui hurlent, et moi qui saute dans le château avec eux !
+ en situation h | The twins' birthday: bouncy castle, water pistols, fifteen screaming kids, and me bouncing in the castle with them!
fr situation h | Mon fils de quatre ans a découvert le toboggan géant de la piscine, on l'a descendu vingt fois de suite en hurlant ensemble.
+ en situation h | My four-year-old has discovered the giant slide at the pool, we've gone down it twenty times in a row screaming together.
fr situation h | Soirée pyjama à la maison : les six gamines ont lancé une choré de K-pop et m'obligent à danser, je suis morte de rire et à fond dedans !
+ en situation h | Sleepover at ours: the six girls have started a K-pop routine and are making me dance, I'm dying laughing and totally into it!
fr long h | Le petit attendait sa cousine depuis des semaines. Il a eu le nez collé à la fenêtre toute la matinée. Quand la voiture est entrée dans la cour, il a hurlé son prénom. Depuis une heure, ils tournent dans le jardin en criant et je cours derrière eux.
+ en long h | My little one had been waiting for his cousin for weeks. He had his nose pressed to the window all morning. When the car pulled into the yard he screamed her name. For an hour now they've been running round the garden shrieking, and I'm chasing after them.
fr mixed h | Mes oreilles sifflent et la maison est un champ de bataille, mais la boum des dix ans de Léo est une folie et je danse au milieu des gamins !
+ en mixed h | My ears are ringing and the house is a war zone, but Léo's tenth birthday disco is wild and I'm dancing in the middle of the kids!

# situations: partner and dating
fr situation h | Il vient de m'écrire « je t'aime » pour la première fois, je hurle dans mon oreiller et je fais la danse de la joie dans ma chambre !
+ en situation h | He's just texted me "I love you" for the first time, I'm screaming into my pillow and doing a happy dance round my room!
fr situation h | Premier rendez-vous fini à quatre heures du matin à danser sur le pont des Arts, je rentre en courant sur les pavés, je plane complètement !
+ en situation h | First date ended at 4 am dancing on the Pont des Arts, I'm running home over the cobbles, I'm completely flying!
fr situation h | Pour nos cinq ans, il a loué une montgolfière au lever du soleil : on décolle et je crie de bonheur au-dessus des vignes !
+ en situation h | For our fifth anniversary he booked a hot-air balloon at sunrise: we're lifting off and I'm shouting with joy above the vineyards!
fr situation h | Elle a dit oui pour le bal de promo, je traverse la cantine en courant pour l'annoncer à toute ma bande !
+ en situation h | She said yes to prom, I'm sprinting across the canteen to tell the whole gang!
fr slang_emoji h | il a liké ma story ET proposé un date samedi 😭😭🎉 jsuis en train de crier dans ma chambre
+ en slang_emoji h | he liked my story AND asked me out for saturday 😭😭🎉 i'm literally screaming in my room

# situations: friends
fr situation h | On a loué une maison à Biarritz pour se retrouver à douze, on vient d'arriver : piscine, enceinte, on saute tous dans l'eau habillés !
+ en situation h | Twelve of us rented a house in Biarritz to get together, we've just arrived: pool, speaker, and we're all jumping in fully clothed!
fr situation h | Mes potes m'ont kidnappée à la sortie du boulot, bandeau sur les yeux, et j'ai atterri en plein festival électro, je hurle de joie !
+ en situation h | My friends kidnapped me outside work, blindfolded, and I've landed in the middle of an electro festival, I'm screaming with joy!
fr situation h | Week-end entre copines à Séville : la soirée flamenco vire à la fête, on tape des mains, on crie « olé » et personne ne veut rentrer ! Mets-nous de la rumba.
+ en situation h | Girls' weekend in Seville: the flamenco night has turned into a party, we're clapping, shouting "olé" and nobody wants to go home! Give us some rumba.
fr situation h | Brunch avec DJ : on est huit à danser entre deux pancakes, le serveur aussi s'y est mis !
+ en situation h | Brunch with a DJ: eight of us dancing between pancakes, and now the waiter's joined in too!
fr negation h | Ce n'est pas un petit apéro tranquille entre amis, c'est une tempête : vingt personnes dans ma cuisine, la sono hurle et je saute avec tout le monde !
+ en negation h | This isn't a quiet drink with friends, it's a hurricane: twenty people in my kitchen, the speakers roaring and I'm jumping with everyone!

# situations: extended family
fr situation h | Mariage de ma cousine à Marrakech : les youyous, la darbouka, on porte les mariés sur les épaules et je n'ai plus de voix !
+ en situation h | My cousin's wedding in Marrakesh: ululating, darbuka drums, we're carrying the newlyweds on our shoulders and I've lost my voice!
fr situation h | Ma tante vient d'annoncer qu'elle emmène tous les neveux au ski en février, on est quinze à hurler autour de la table du réveillon !
+ en situation h | My aunt just announced she's taking all the nieces and nephews skiing in February, fifteen of us are screaming round the Christmas Eve table!
fr situation h | Baptême du petit-cousin qui tourne à la fiesta dans le jardin de mémé : le DJ, c'est tonton, et il est en feu ! Monte tout, son et lumière.
+ en situation h | My little cousin's christening has turned into a fiesta in Gran's garden: Uncle's the DJ and he's on fire! Turn everything up, sound and lights.
fr situation h | Réunion de famille de cent personnes dans la grange, l'oncle Jo a sorti l'accordéon et les gamins comme les anciens tournent la bourrée en criant !
+ en situation h | Family reunion of a hundred people in the barn, Uncle Jo has got his accordion out and kids and old folks alike are whirling through the bourrée, whooping!
fr mixed h | Un peu gênée de voir mon père danser comme ça, mais toute la famille est déchaînée au repas des soixante ans et je ne peux pas m'empêcher de hurler avec eux !
+ en mixed h | A bit embarrassed watching my dad dance like that, but the whole family's gone wild at the sixtieth birthday dinner and I can't help yelling along!

# situations: neighbours
fr situation h | Panne de courant dans tout l'immeuble : les voisins sortent des bougies et une guitare, et on finit à quarante dans la cour à chanter à tue-tête !
+ en situation h | Power cut in the whole building: the neighbours bring out candles and a guitar, and forty of us end up in the courtyard singing our heads off!
fr situation h | Les voisins du dessus ont accroché une boule à facettes à leur balcon et toute la rue danse sur le trottoir depuis dix heures !
+ en situation h | The upstairs neighbours have hung a disco ball off their balcony and the whole street's been dancing on the pavement since ten!
fr situation h | La nouvelle voisine a invité tout l'immeuble pour sa crémaillère, on danse dans son salon vide, même la gardienne ! Un truc qui bouge, s'il te plaît.
+ en situation h | The new neighbour invited the whole building to her housewarming, we're dancing in her empty living room, even the caretaker! Something with a beat, please.
fr situation n | Le voisin a sorti son barbecue géant et sa sono dans la cour commune, les gamins de trois immeubles courent partout et ça chante de balcon en balcon.
+ en situation n | The neighbour has wheeled his giant barbecue and sound system into the shared courtyard, kids from three buildings are running riot and people are singing from balcony to balcony.

# situations: school and exams
fr situation h | La directrice vient d'annoncer que le voyage à Londres est confirmé pour toute la classe, trente ados hurlent et tapent sur les tables !
+ en situation h | The head just announced the London trip is on for the whole class, thirty teenagers are screaming and banging on the desks!
fr situation h | Cinq heures du matin, le car du voyage scolaire démarre vers l'Italie et toute la classe chante dans le noir, le chauffeur a monté la radio.
+ en situation h | Five in the morning, the school trip coach pulls out for Italy and the whole class is singing in the dark, the driver's turned the radio up.
fr situation h | Dernière épreuve du bac terminée, on jette nos fiches en l'air devant le lycée et on file tous en bande se jeter dans le lac !
+ en situation h | Last exam of the bac done, we're throwing our revision cards in the air outside school and the whole gang's off to jump in the lake!
fr situation h | Bal de fin d'année au gymnase : lasers, machine à fumée, et même le prof de maths danse sur la scène ! Envoie les lasers ici aussi.
+ en situation h | End-of-year prom in the school gym: lasers, smoke machine, and even the maths teacher is dancing on stage! Bring the lasers in here too.
fr typo h | OMG le prof de sport a dit quon fait une journee accrobranche vendredi a la place du cross tte la classe a hurlé
+ en typo h | OMG the PE teacher said were doing a treetop adventure day on friday instead of cross country the whole class screamed

# situations: university
fr situation h | Affectations de stage tombées : on part tous les quatre ensemble à Barcelone pour six mois, on hurle dans la bibliothèque universitaire !
+ en situation h | Placement offers are out: all four of us are going to Barcelona together for six months, we're screaming in the university library!
fr situation h | Gala de l'école dans un château : la fanfare ouvre le bal, on court sur la pelouse en robe de soirée et personne ne dormira !
+ en situation h | The school gala at a château: the brass band opens the ball, we're running across the lawn in evening dresses and nobody's sleeping tonight!
fr situation h | Dernier partiel de ma vie rendu, la résidence universitaire entière a ouvert les fenêtres et la même chanson sort de tous les étages ! Balance ce son-là.
+ en situation h | Last exam of my life handed in, the whole hall of residence has opened its windows and the same song's blasting from every floor! Play that one.
fr slang_emoji h | la soirée de l'asso c'était une DINGUERIE 🪩🔥 on a fini à 6h à danser sur le parvis de la fac
+ en slang_emoji h | the society party was INSANE 🪩🔥 we ended up dancing outside the uni building at 6am

# situations: office work
fr situation h | La direction annonce la semaine de quatre jours dès lundi, tout l'open space se lève en criant et quelqu'un lance de la musique !
+ en situation h | Management announces a four-day week starting Monday, the whole open-plan office is on its feet yelling and someone puts music on!
fr situation h | Le comité d'entreprise a privatisé un parc d'attractions entier pour nous et nos familles, les collègues courent vers les manèges comme des gamins.
+ en situation h | The works committee has hired out an entire theme park for us and our families, my colleagues are sprinting to the rides like kids.
fr situation h | L'afterwork devait durer une heure, il est minuit et la compta au complet chante du Johnny debout sur les banquettes du bar !
+ en situation h | The after-work drink was meant to last an hour, it's midnight and the entire accounts team is singing Johnny Hallyday standing on the bar benches!
fr long h | Lundi matin, réunion surprise dans la grande salle. Le patron a fait une tête sérieuse pendant dix secondes. Puis il a sorti des billets d'avion : séminaire à Lisbonne pour tout le monde. On a tous sauté de nos chaises, et la stagiaire a lancé une playlist sur l'enceinte.
+ en long h | Monday morning, surprise meeting in the big room. The boss kept a straight face for ten seconds. Then he pulled out plane tickets: team retreat in Lisbon for everyone. We all jumped out of our chairs and the intern started a playlist on the speaker.
fr mixed h | J'ai encore cent mails en retard, mais la soirée de Noël de la boîte est en train de partir en folie et je suis au milieu de la piste !
+ en mixed h | I've still got a hundred emails to catch up on, but the office Christmas party is going wild and I'm right in the middle of the dance floor!

# situations: manual trades
fr situation h | Sur le chantier, le chef annonce qu'on finit à midi tout l'été à cause de la chaleur, les gars tapent sur leurs casques en hurlant !
+ en situation h | On site, the foreman announces we're knocking off at noon all summer because of the heat, the lads are banging on their hard hats and yelling!
fr situation h | Quatre heures du matin au fournil, la radio passe notre tube et on danse entre le pétrin et le four, couverts de farine !
+ en situation h | Four in the morning in the bakehouse, the radio plays our song and we're dancing between the kneader and the oven, covered in flour!
fr situation h | Au garage, un client nous laisse essayer sa Ferrari sur le parking, les mécanos crient comme des gosses à chaque coup d'accélérateur.
+ en situation h | At the garage a customer's letting us try his Ferrari in the car park, the mechanics are yelling like kids every time he revs it.
fr situation n | Fin de saison pour l'équipe de paysagistes : on a branché l'enceinte sur la remorque et on danse au milieu des sacs de terreau. Mets du son.
+ en situation n | End of season for the landscaping crew: we've plugged the speaker into the trailer and we're dancing among the compost bags. Some music, please.

# situations: healthcare and hospitals
fr situation h | Ils ont trouvé un donneur compatible, la greffe est pour demain, je saute dans mon lit d'hôpital en appelant toute la famille !
+ en situation h | They've found a matching donor, the transplant's tomorrow, I'm bouncing on my hospital bed calling the whole family!
fr situation h | Le petit Noé sort de pédiatrie après six mois : tout le service lui fait une haie d'honneur avec des bulles et de la musique, et on crie son nom !
+ en situation h | Little Noé is leaving the children's ward after six months: the whole unit is giving him a guard of honour with bubbles and music, and we're chanting his name!
fr situation h | Fête de Noël en pédiatrie : le Père Noël arrive en descendant de la façade avec les pompiers et tous les enfants hurlent aux fenêtres !
+ en situation h | Christmas party on the children's ward: Santa comes abseiling down the building with the firefighters and all the kids are screaming at the windows!
fr negation h | Ne me demande pas de rester calme, l'infirmière vient de me dire que je rentre chez moi demain après deux mois, je fais la danse du ventre avec ma perfusion !
+ en negation h | Don't ask me to stay calm, the nurse just told me I'm going home tomorrow after two months, I'm belly-dancing with my drip stand!

# situations: illness and the body
fr situation h | Plâtre enlevé après deux mois, je cours dans le parc en sautant comme un cabri et je crie à chaque foulée !
+ en situation h | Cast off after two months, I'm running round the park leaping like a goat and whooping with every stride!
fr situation h | On vient d'activer mon implant auditif et j'entends la voix de ma fille pour la première fois, je ris, je crie, je la fais tourner dans mes bras !
+ en situation h | They've just switched on my hearing implant and I can hear my daughter's voice for the first time, I'm laughing, shouting, spinning her round in my arms!
fr situation h | Premier footing sans douleur depuis l'opération, je sprinte sur les quais en levant les bras comme une folle, les gens me regardent !
+ en situation h | First pain-free jog since the operation, I'm sprinting along the river with my arms in the air like a mad woman, people are staring!
fr mixed h | J'ai encore les jambes en coton après la chimio, mais mes copines ont organisé une soirée « cheveux repoussés » et je danse avec mon duvet sur la tête !
+ en mixed h | My legs are still like jelly after chemo, but my girlfriends have thrown a "hair's growing back" party and I'm dancing with my fuzz on show!

# situations: sport (doing and watching)
fr situation h | Saut à l'élastique depuis le viaduc, je remonte en hurlant et je supplie qu'on me laisse resauter tout de suite !
+ en situation h | Bungee jump off the viaduct, I'm coming back up screaming and begging to go again right now!
fr situation h | Premier cours de surf, première vague prise debout, je ressors de l'eau en criant comme un fou sur toute la plage !
+ en situation h | First surf lesson, first wave ridden standing up, I'm coming out of the water yelling like a lunatic the whole length of the beach!
fr situation h | Je viens d'avoir des places pour la finale du 100 mètres aux Jeux, je cours annoncer ça à mon père qui lâche son café en hurlant !
+ en situation h | I just got tickets for the 100 metres final at the Olympics, I run to tell my dad and he drops his coffee, screaming!
fr situation h | Au Vélodrome, le virage entier chante, les tambours cognent et on saute sans s'arrêter depuis l'échauffement des joueurs. Mets les couleurs du stade !
+ en situation h | At the Vélodrome the whole end is singing, the drums are pounding and we've been jumping non-stop since the players' warm-up. Stadium colours on!
fr situation h | Tyrolienne de deux kilomètres au-dessus de la vallée, je file à cent à l'heure et je hurle de rire tout le long.
+ en situation h | A two-kilometre zip line over the valley, I'm flying at a hundred an hour and howling with laughter all the way.

# situations: games and video games
fr situation h | Mario Kart à huit sur le vidéoprojecteur, tout le salon hurle à chaque carapace bleue et mon père est debout sur le canapé !
+ en situation h | Eight-player Mario Kart on the projector, the whole living room screams at every blue shell and my dad's standing on the sofa!
fr situation h | Minuit, la nouvelle console est en vente, on est cinquante devant le magasin en pyjama et toute la file fait le compte à rebours en criant !
+ en situation h | Midnight, the new console goes on sale, fifty of us outside the shop in pyjamas and the whole queue is shouting the countdown!
fr situation h | Le jeu qu'on attend depuis six ans sort demain, ils viennent de lâcher la bande-annonce et je cours dans le couloir en criant ! Balance-moi une ambiance de lancement.
+ en situation h | The game we've been waiting six years for comes out tomorrow, they just dropped the trailer and I'm running down the corridor yelling! Give me launch-night vibes.
fr situation h | Partie de loup-garou à vingt dans le gîte, tout le monde crie, accuse, rit, on est debout sur les chaises à trois heures du matin !
+ en situation h | A game of Werewolf with twenty of us in the holiday cottage, everyone's shouting, accusing, laughing, we're standing on chairs at three in the morning!
fr slang_emoji h | LAN de 48h chez Kev, il est 4h, personne a dormi et on hurle tous dans le garage 🎮🔥😂
+ en slang_emoji h | 48h LAN party at Kev's, it's 4am, nobody's slept and we're all yelling in the garage 🎮🔥😂

# situations: music and concerts
fr situation h | Au Zénith, le chanteur descend dans la fosse et passe à vingt centimètres de moi, je hurle et je saute sans pouvoir m'arrêter !
+ en situation h | At the arena, the singer comes down into the pit and passes twenty centimetres from me, I'm screaming and jumping and can't stop!
fr situation h | Trois heures du matin au festival de jazz, la jam session déborde sur la place et tout le village danse derrière les cuivres !
+ en situation h | Three in the morning at the jazz festival, the jam session has spilled onto the square and the whole village is dancing behind the horns!
fr situation h | Rave en pleine forêt, le soleil se lève derrière les platines, le son repart et on lève tous les bras en criant ! Fais exploser les couleurs.
+ en situation h | Rave in the middle of the forest, the sun's coming up behind the decks, the beat drops again and we all throw our arms up, screaming! Make the colours explode.
fr situation h | Une fanfare de cuivres a surgi dans le wagon du métro, et toute la rame danse entre deux stations en hurlant le refrain !
+ en situation h | A brass band burst into the metro carriage and the whole train is dancing between stations, shouting the chorus!
fr long h | Je n'avais jamais mis les pieds dans un festival. Ma coloc m'a prêté des bottes et un poncho. Au premier concert, j'étais timide au fond. Au troisième, j'étais sur les épaules d'un inconnu, à hurler les paroles avec dix mille personnes.
+ en long h | I'd never set foot in a festival. My flatmate lent me wellies and a poncho. At the first gig I hung back shyly. By the third I was on a stranger's shoulders, yelling the words with ten thousand people.

# situations: films, series and books
fr situation h | Séance de Rocky Horror au ciné de quartier : toute la salle est debout en costume pour le Time Warp et je hurle avec eux !
+ en situation h | Rocky Horror screening at the local cinema: the whole audience is up in costume for the Time Warp and I'm yelling along with them!
fr situation h | Ils viennent d'annoncer une saison 6 de ma série culte, ma coloc et moi on saute sur le canapé en criant comme des adolescentes !
+ en situation h | They've just announced a sixth season of my favourite show, my flatmate and I are jumping on the sofa screaming like teenagers!
fr situation h | Minuit à la librairie pour la sortie du dernier tome, cent fans déguisés font le compte à rebours et hurlent quand le libraire ouvre les cartons !
+ en situation h | Midnight at the bookshop for the final volume's release, a hundred fans in costume count down and scream when the bookseller opens the boxes!
fr situation h | Séance karaoké de Mamma Mia au cinéma en plein air, trois cents personnes chantent debout sur les transats ! Mets-moi ABBA, tout de suite.
+ en situation h | Mamma Mia sing-along at the open-air cinema, three hundred people singing on their feet on the deckchairs! ABBA, right now please.
fr typo h | ils ont annocé le film de mon anime préféré en france jsuis en train de hurlé dans le bus
+ en typo h | they anounced the movie of my fav anime in france im screamin on the bus

# situations: travel and transport
fr situation h | Premier safari : un éléphant traverse juste devant la jeep, les enfants hurlent, le guide rit et moi je tape sur la portière comme une folle !
+ en situation h | First safari: an elephant crosses right in front of the jeep, the kids are screaming, the guide's laughing and I'm thumping the door like a mad woman!
fr situation h | Vol annulé, et la compagnie nous offre une nuit à Rome : on est six inconnus à courir vers la fontaine de Trevi en chantant !
+ en situation h | Flight cancelled, and the airline's giving us a night in Rome: six strangers running to the Trevi Fountain singing!
fr situation h | On vient de monter dans le Transsibérien, le train s'ébranle et on trinque dans le compartiment en hurlant « Moscou-Pékin ! ».
+ en situation h | We've just boarded the Trans-Siberian, the train jolts off and we're clinking glasses in the compartment yelling "Moscow to Beijing!".
fr situation h | Bus de nuit pour Berlin, toute la bande chante au fond et le chauffeur klaxonne en rythme à chaque refrain !
+ en situation h | Night bus to Berlin, the whole gang's singing at the back and the driver's honking in time with every chorus!
fr slang_emoji h | on vient d'atterrir à Rio et ya une batucada DANS l'aéroport 🥁🇧🇷🤯 je danse avec ma valise
+ en slang_emoji h | just landed in Rio and there's a samba band IN the airport 🥁🇧🇷🤯 dancing with my suitcase

# situations: cars and driving
fr situation h | On récupère la décapotable pour le road trip, capote baissée sur la corniche, les cheveux dans tous les sens, on hurle à chaque virage ! Son à fond.
+ en situation h | Picking up the convertible for the road trip, top down along the coast road, hair everywhere, we're yelling at every bend! Full volume.
fr situation h | Rallye en bord de route : la voiture passe à trois mètres dans un nuage de poussière et tout le talus hurle en sautant !
+ en situation h | Roadside at the rally: the car flies past three metres away in a cloud of dust and the whole bank of spectators is jumping and screaming!
fr situation h | Karting entre potes, on se double en criant, on se rentre dedans, je n'ai jamais autant ri au volant !
+ en situation h | Go-karting with my mates, overtaking each other yelling, bumping into each other, I've never laughed so much behind a wheel!
fr situation n | Drive-in sur le parking du stade, le film se termine et tout le monde allume ses phares et klaxonne en musique, on danse entre les voitures !
+ en situation n | Drive-in at the stadium car park, the film ends and everyone flicks on their headlights and honks along to the music, we're dancing between the cars!

# situations: weather and nature
fr situation h | Tempête de neige à minuit, on sort les luges et on dévale la rue du quartier en hurlant avec les voisins !
+ en situation h | Snowstorm at midnight, we've got the sledges out and we're hurtling down our street screaming with the neighbours!
fr situation h | Les Perséides : on en compte cinquante allongés sur le trampoline et on crie à chaque traînée en se tapant dans les mains !
+ en situation h | The Perseids: we've counted fifty lying on the trampoline and we shriek and high-five at every streak!
fr situation h | Un banc de dauphins nous accompagne à côté du kayak, ils sautent partout et on hurle de joie à chaque saut !
+ en situation h | A pod of dolphins is swimming alongside the kayak, leaping everywhere, and we yell with joy at every jump!
fr situation h | Grêle énorme qui s'arrête d'un coup, soleil, et un arc-en-ciel complet : toute la colo sort en courant et danse dans les flaques en hurlant ! Un peu de couleurs partout !
+ en situation h | Huge hailstorm stops dead, sunshine, and a full rainbow: the whole holiday camp runs out dancing in the puddles, shrieking! Colours everywhere, please!

# situations: gardening
fr situation h | L'arrosage automatique s'est déclenché en plein apéro dans le jardin, tout le monde court sous les jets en hurlant de rire et on finit par danser trempés !
+ en situation h | The sprinklers went off in the middle of drinks in the garden, everyone's running through the jets howling with laughter and we end up dancing soaking wet!
fr situation h | En bêchant le potager, mon fils a déterré une boîte pleine de vieilles pièces, on saute autour du trou en criant au trésor !
+ en situation h | Digging the veg patch, my son unearthed a tin full of old coins, we're jumping round the hole shouting "treasure!"
fr situation h | Fête des jardins partagés : le bal démarre entre les carrés de tomates et les mamies nous entraînent dans une farandole endiablée !
+ en situation h | Community garden fête: the dance kicks off between the tomato beds and the grannies drag us into a frantic farandole!

# situations: money and bills
fr situation h | Régularisation d'électricité : ils nous remboursent neuf cents euros, on réserve un week-end à la mer dans la minute et je danse dans l'entrée !
+ en situation h | Electricity bill adjustment: they're refunding us nine hundred euros, we've booked a weekend by the sea within a minute and I'm dancing in the hallway!
fr situation h | Mes potes ont fait une cagnotte secrète pour mes quarante ans : j'ouvre l'enveloppe, c'est un voyage au Japon, je hurle en plein restaurant !
+ en situation h | My friends set up a secret collection for my fortieth: I open the envelope, it's a trip to Japan, I scream right there in the restaurant!
fr situation h | Le notaire vient d'appeler : la vieille tante a légué sa maison en Corse à toute la fratrie, on est quatre au téléphone à crier en même temps !
+ en situation h | The solicitor just rang: our old aunt has left her house in Corsica to all of us siblings, four of us on the phone shouting at once!
fr negation h | Ce n'est pas que je suis soulagé, c'est bien plus : la banque a accepté, on achète la maison au bord du lac, et je cours dans le jardin de mes parents en hurlant !
+ en negation h | It's not that I'm relieved, it's way more than that: the bank said yes, we're buying the lake house, and I'm running round my parents' garden yelling!

# situations: administration and paperwork
fr situation h | Tirés au sort pour la carte verte ! On part vivre à New York, je relis le mail à voix haute et toute la famille saute autour de l'ordinateur !
+ en situation h | We got picked in the green card lottery! We're moving to New York, I'm reading the email out loud and the whole family's jumping round the computer!
fr situation h | Le passeport est arrivé à midi, l'avion pour Bali décolle ce soir : je sors de la mairie en dansant sur le trottoir ! Mets-moi du son de vacances.
+ en situation h | The passport arrived at noon, the flight to Bali leaves tonight: I'm dancing out of the town hall onto the pavement! Give me some holiday music.
fr situation h | La mairie a accepté qu'on ferme la rue pour notre mariage, on va faire le bal sur la place, mon fiancé et moi on hurle dans la voiture !
+ en situation h | The council's agreed to close the street for our wedding, we'll have the dance on the square, my fiancé and I are screaming in the car!

# situations: technology and phones
fr situation h | Mon fils a mis des enceintes connectées dans toutes les pièces : la même chanson partout, et on danse de la cuisine jusqu'à la salle de bain !
+ en situation h | My son's put smart speakers in every room: the same song everywhere, and we're dancing from the kitchen all the way to the bathroom!
fr situation h | Premier essai du casque de réalité virtuelle : montagnes russes au-dessus de New York, je hurle debout au milieu du salon et toute la famille crie avec moi !
+ en situation h | First go on the VR headset: a rollercoaster over New York, I'm screaming in the middle of the living room and the whole family's yelling with me!
fr situation h | Appel vidéo sur la télé avec toute la famille de Manille en même temps, trente visages à l'écran, tout le monde crie et chante joyeux anniversaire !
+ en situation h | Video call on the TV with the whole family in Manila at once, thirty faces on screen, everyone shouting and singing happy birthday!
fr situation n | J'ai synchronisé les ampoules sur la musique, ça clignote en rythme et les gamins sautent partout en pyjama. Garde ce mode-là, à fond !
+ en situation n | I've synced the bulbs to the music, they're flashing in time and the kids are bouncing around in their pyjamas. Keep that mode on, full blast!

# situations: internet and social media
fr situation h | Ma vidéo du chat qui joue du piano a fait trois millions de vues cette nuit, mon téléphone vibre sans arrêt et je cours dans l'appart en criant !
+ en situation h | My video of the cat playing piano got three million views overnight, my phone won't stop buzzing and I'm running round the flat yelling!
fr situation h | Mon chanteur préféré vient de repartager mon dessin avec un cœur, je hurle tellement que ma mère est montée voir ce qui se passait !
+ en situation h | My favourite singer just reshared my drawing with a heart, I'm screaming so loud my mum came upstairs to see what was going on!
fr situation h | En plein live, le groupe annonce une tournée mondiale avec une date chez nous, le chat explose et moi je saute sur mon lit !
+ en situation h | Mid-livestream, the band announces a world tour with a date near us, the chat's exploding and I'm jumping on my bed!
fr slang_emoji h | POV : ton crush commente ta photo « trop belle » 😳😳🔥 jsuis en PLS de bonheur jcours partout
+ en slang_emoji h | POV: your crush comments "gorgeous" on your pic 😳😳🔥 i'm losing it, running round the house

# situations: shopping
fr situation h | Tirée au sort au supermarché : deux minutes pour remplir le chariot gratuitement, je fonce dans les rayons en hurlant et les clients m'applaudissent !
+ en situation h | Picked in the supermarket draw: two minutes to fill a trolley for free, I'm charging down the aisles screaming and the shoppers are cheering me on!
fr situation h | Au vide-grenier, une guitare électrique vintage à vingt euros ! Je cours la montrer aux potes en la brandissant comme une rock star.
+ en situation h | At the car boot sale, a vintage electric guitar for twenty euros! I'm running to show my mates, waving it above my head like a rock star.
fr situation h | Inauguration du magasin de jouets géant : DJ, canons à confettis, les enfants hurlent et courent dans les rayons, et moi je suis aussi excitée qu'eux !
+ en situation h | Opening of the giant toy shop: DJ, confetti cannons, the kids screaming and racing through the aisles, and I'm as hyped as they are!
fr typo h | jviens de trouver les baskets edition limitee que je cherche depuis 2 ans a ma taille!!! jai crié dans le magasin mdrr
+ en typo h | jus found the limited edition trainers ive been hunting for 2 years in my size!!! i screamed in the shop lmaooo

# situations: moving house
fr situation h | Premier matin dans la maison à la montagne : j'ouvre les volets, un mètre de neige, et toute la famille sort en pyjama faire une bataille de boules en hurlant !
+ en situation h | First morning in the mountain house: I open the shutters, a metre of snow, and the whole family runs out in pyjamas for a snowball fight, shrieking!
fr situation h | Dernier carton déchargé, les copains sortent une enceinte du camion et on inaugure l'appart en dansant au milieu des meubles en kit ! Allume tout, on fête ça.
+ en situation h | Last box unloaded, our friends pull a speaker out of the van and we christen the flat dancing among the flat-pack furniture! Light everything up, we're partying.
fr situation h | On quitte la grisaille pour Marseille : au moment où le TGV longe la mer, le chat miaule, les enfants crient et moi je chante à tue-tête dans le wagon !
+ en situation h | We're leaving the grey skies for Marseille: as the TGV runs along the sea, the cat's meowing, the kids are shrieking and I'm singing at the top of my lungs in the carriage!

# situations: holidays and celebrations
fr situation h | Halloween : on a transformé le garage en maison hantée, trente gamins hurlent de rire et de frousse, et moi je saute en costume de squelette !
+ en situation h | Halloween: we've turned the garage into a haunted house, thirty kids screaming with laughter and fright, and I'm bouncing around in a skeleton suit!
fr situation h | Saint-Patrick à Dublin, le pub entier tape du pied sur les violons, on danse la gigue avec des inconnus en chapeau vert !
+ en situation h | St Patrick's Day in Dublin, the whole pub stamping along to the fiddles, we're doing a jig with strangers in green hats!
fr situation h | Mardi gras au village : les enfants déguisés lancent des confettis, la fanfare joue trop fort et on danse tous derrière le char du bonhomme carnaval !
+ en situation h | Shrove Tuesday in the village: the kids in fancy dress are throwing confetti, the band's playing too loud and we're all dancing behind the carnival king's float!
fr situation h | Réveillon de la Saint-Sylvestre dans un chalet avec vingt amis : à minuit on sort en maillot se jeter dans la neige en hurlant ! Mode réveillon sur les lumières.
+ en situation h | New Year's Eve in a chalet with twenty friends: at midnight we run out in swimsuits and dive into the snow, screaming! New Year mode on the lights.
fr explicit h | Je suis dans un état de surexcitation totale, ce soir c'est la fête et j'ai l'impression de voler !
+ en explicit h | I'm in a state of total over-excitement, tonight's the party and I feel like I'm flying!

# situations: religion and rituals
fr situation h | Messe de Pâques gospel : toute l'église est debout, tape des mains et chante à pleins poumons, même le vieux curé danse devant l'autel !
+ en situation h | Gospel Easter Mass: the whole church is on its feet, clapping and singing at full voice, even the old priest is dancing in front of the altar!
fr situation h | Soir de l'Aïd, toute la famille chez nous, les enfants courent partout avec leurs cadeaux, mon oncle met la musique et les tantes lancent les youyous !
+ en situation h | Eid evening, the whole family at ours, the kids racing round with their presents, my uncle puts the music on and the aunts start ululating!
fr situation h | Bar-mitsva de mon cousin : on le soulève sur une chaise pendant la hora, la salle entière tourne autour de lui en criant !
+ en situation h | My cousin's bar mitzvah: we're hoisting him up on a chair during the hora, the whole room spinning round him and shouting!
fr situation h | Mariage hindou : le marié arrive à cheval, les dhols cognent et on danse dans la rue devant lui depuis une heure sans reprendre notre souffle !
+ en situation h | Hindu wedding: the groom arrives on horseback, the dhol drums are pounding and we've been dancing in the street ahead of him for an hour without catching our breath!
fr situation h | JMJ à Lisbonne : un million de jeunes qui chantent, les drapeaux volent, et je saute avec des Brésiliens et des Coréens ! Lumières de rassemblement, à fond.
+ en situation h | World Youth Day in Lisbon: a million young people singing, flags flying, and I'm jumping with Brazilians and Koreans! Big gathering lights, full on.

# situations: old age and grandparents
fr situation h | Pour ses quatre-vingts ans, on a offert à papy un tour en hélicoptère au-dessus du Mont-Saint-Michel, il crie comme un gamin dans le casque !
+ en situation h | For his eightieth we gave Grandpa a helicopter ride over Mont-Saint-Michel, he's yelling like a kid into his headset!
fr situation h | Mamie a eu sa permission de sortie de la maison de retraite pour le mariage, et la voilà qui lance le madison au milieu de la piste !
+ en situation h | Gran got her pass out of the care home for the wedding, and there she is kicking off the Madison in the middle of the dance floor!
fr situation h | Mes grands-parents ont débarqué à l'improviste au festival en camping-car, papy porte un bob et danse devant la scène avec mes potes !
+ en situation h | My grandparents turned up unannounced at the festival in their camper van, Grandpa's in a bucket hat dancing by the stage with my friends!
fr mixed h | Mes genoux de soixante-quinze ans protestent, mais mes petits-enfants m'ont emmené au concert de leur groupe et je saute comme un jeune homme !
+ en mixed h | My seventy-five-year-old knees are complaining, but my grandkids took me to their band's gig and I'm jumping like a young man!

# situations: death and funerals
fr mixed h | Le cœur encore serré, mais papi voulait une fête : à la sortie du cimetière, la fanfare a attaqué son air préféré et on danse tous dans la rue en criant son nom !
+ en mixed h | Still a lump in my throat, but Grandpa wanted a party: outside the cemetery the brass band struck up his favourite tune and we're all dancing in the street chanting his name!
fr long h | Mon oncle avait tout écrit pour son enterrement : pas de noir, des chemises hawaïennes, une fanfare. On a pleuré à l'église, bien sûr. Mais le soir, la salle des fêtes dansait sur ses tubes disco. À trois heures, on hurlait encore « Stayin' Alive » debout sur les tables, exactement comme il l'avait exigé.
+ en long h | My uncle had written everything down for his funeral: no black, Hawaiian shirts, a brass band. We cried at the church, of course. But that evening the village hall was dancing to his disco hits. At three in the morning we were still yelling "Stayin' Alive" standing on the tables, exactly as he'd demanded.

# situations: birth and pregnancy
fr situation h | Fête de dévoilement : le canon lâche des confettis roses, toute la famille hurle et mon mari me soulève dans les airs !
+ en situation h | Gender reveal party: the cannon bursts pink confetti, the whole family screams and my husband lifts me into the air!
fr situation h | Mon meilleur ami m'appelle de la maternité : c'est un garçon, et il porte mon prénom ! Je cours dans tout le bureau en criant.
+ en situation h | My best friend's calling from the maternity ward: it's a boy, and he's named after me! I'm running round the whole office yelling.
fr situation h | On annonce la grossesse à mes parents au restaurant, maman renverse son verre, papa se lève en hurlant et toute la salle applaudit !
+ en situation h | We tell my parents about the pregnancy at the restaurant, Mum knocks over her glass, Dad jumps up yelling and the whole room applauds!
fr situation h | Le bébé donne son premier gros coup de pied, toute la famille a la main sur mon ventre et ça crie à chaque nouveau coup ! Mets-nous une ambiance de folie.
+ en situation h | The baby's given its first big kick, the whole family's got a hand on my belly and there's a shriek at every new kick! Give us some wild vibes.

# situations: DIY and repairs
fr situation h | On a bricolé un toboggan aquatique avec une bâche et du savon sur la pente du jardin, tout le quartier y glisse en hurlant, les parents aussi !
+ en situation h | We rigged up a water slide with a tarp and soap on the garden slope, the whole neighbourhood is sliding down it screaming, parents included!
fr situation h | Le vieux flipper du grenier s'allume après dix ans, les lumières clignotent et on se bouscule à six autour en hurlant à chaque bille !
+ en situation h | The old pinball machine from the attic lights up after ten years, the lights are flashing and six of us are jostling round it yelling at every ball!
fr situation n | La boule à facettes est enfin accrochée au plafond du garage, j'allume le spot et les potes débarquent déjà en dansant. Fais tourner les couleurs !
+ en situation n | The disco ball's finally up on the garage ceiling, I switch on the spotlight and my mates are already dancing in. Get the colours spinning!

# situations: night and sleep
fr situation h | Cinq heures du matin, on sort de boîte et on continue à danser sur le quai en attendant le premier métro, personne n'a sommeil !
+ en situation h | Five in the morning, we come out of the club and carry on dancing on the platform waiting for the first metro, nobody's sleepy!
fr situation h | Une heure du matin, mon pote appelle : concert secret dans une cave à Pigalle, on saute du lit et on file en taxi en hurlant de rire !
+ en situation h | One in the morning, my mate calls: secret gig in a cellar in Pigalle, we leap out of bed and jump in a taxi howling with laughter!
fr situation h | Nuit blanche au chalet : on a joué, chanté, dansé jusqu'à l'aube et on court maintenant voir le soleil se lever sur les pistes en criant !
+ en situation h | All-nighter at the chalet: we've played, sung and danced till dawn and now we're running out to watch the sun come up over the slopes, yelling!
fr typo h | pas moyen de dormir on decolle pr la thailande dans 5h jai deja mis mon maillot sous mon pyjama mdrrr
+ en typo h | no way i can sleep we take off for thailand in 5hrs ive already got my swimsuit on under my pjs lmaooo

# situations: city life
fr situation h | Nuit blanche artistique : toute la ville est dehors, des DJ sur chaque pont, des projections sur les façades, et on danse de quartier en quartier !
+ en situation h | Arts all-nighter: the whole city's out, DJs on every bridge, projections on the buildings, and we're dancing from one neighbourhood to the next!
fr situation h | Une flashmob démarre en pleine gare, je reconnais la choré et je lâche ma valise pour danser avec eux devant les voyageurs !
+ en situation h | A flash mob kicks off in the middle of the station, I recognise the routine and drop my suitcase to dance with them in front of the passengers!
fr situation h | Times Square à minuit, les écrans géants, la foule, je tourne sur moi-même en criant avec ma sœur, on y est enfin ! Mets-moi des néons partout.
+ en situation h | Times Square at midnight, the giant screens, the crowds, I'm spinning round shouting with my sister, we're finally here! Neon everywhere, please.
fr situation h | Le tram est bloqué par un défilé de batucada et au lieu de râler, tout le wagon descend danser sur les rails !
+ en situation h | The tram's stuck behind a samba parade and instead of grumbling, the whole carriage gets off to dance on the tracks!

# situations: countryside and farming
fr situation h | Fête de la transhumance : les vaches défilent couronnées de fleurs, les cloches résonnent, l'accordéon accélère et tout le village saute en criant !
+ en situation h | Transhumance festival: the cows parade crowned with flowers, bells ringing, the accordion speeding up and the whole village jumping and cheering!
fr situation h | Foire agricole : mon père monte sur le taureau mécanique, tient dix secondes et toute la tribune hurle, moi la première !
+ en situation h | Agricultural fair: my dad climbs on the mechanical bull, holds on for ten seconds and the whole stand is screaming, me loudest of all!
fr situation h | Soirée de l'alambic au hameau : les voisins ont sorti le violon, les gamins dansent dans la paille et on chante à tue-tête jusqu'au petit matin !
+ en situation h | Still night in the hamlet: the neighbours have brought out a fiddle, the kids are dancing in the straw and we're singing our heads off till dawn!
fr mixed h | Les bottes pleines de boue et le dos en compote après la fenaison, mais la fête de la ferme démarre et je danse sur la remorque avec mes cousins !
+ en mixed h | Boots full of mud and my back in bits after haymaking, but the farm party's kicking off and I'm dancing on the trailer with my cousins!

# situations: sea and mountains
fr situation h | Canyoning : je saute dans la vasque depuis huit mètres en hurlant et je remonte aussitôt pour recommencer !
+ en situation h | Canyoning: I leap eight metres into the rock pool screaming and climb straight back up to do it again!
fr situation h | Des orques passent juste sous le bateau, tout le pont court d'un bord à l'autre en criant, le capitaine aussi !
+ en situation h | Orcas are swimming right under the boat, everyone on deck is running from side to side yelling, the skipper too!
fr situation h | Feu de camp sur la plage, guitare, et à minuit on court tous dans les vagues pour un bain de minuit en hurlant ! Ambiance de folie, s'il te plaît.
+ en situation h | Campfire on the beach, a guitar, and at midnight we all run into the waves for a midnight swim, screaming! Wild vibes, please.
fr situation h | Luge d'été sur la montagne, je fonce dans les virages avec ma nièce sur les genoux et on hurle toutes les deux de rire !
+ en situation h | Summer toboggan run on the mountain, I'm tearing round the bends with my niece on my lap and we're both shrieking with laughter!
fr slang_emoji h | bain de minuit dans le lac avec toute la bande 🌙💦🤪 on crie comme des malades c trop bien
+ en slang_emoji h | midnight swim in the lake with the whole crew 🌙💦🤪 we're screaming like maniacs it's so good

# situations: hobbies and crafts
fr situation h | Convention de cosplay : mon perso préféré passe devant moi, joué à la perfection, et toute l'allée hurle en sautant !
+ en situation h | Cosplay convention: my favourite character walks past, played to perfection, and the whole aisle is screaming and jumping!
fr situation h | Mon club de swing a organisé un bal géant sur les quais, trois cents danseurs tournent sous les guirlandes et on ne veut plus jamais s'arrêter !
+ en situation h | My swing club organised a huge dance on the riverside, three hundred dancers spinning under the fairy lights and we never want to stop!
fr situation h | Le facteur vient de livrer le Lego géant du Faucon Millenium, mon fils et moi on crie en arrachant le carton dans l'entrée !
+ en situation h | The postman's just delivered the giant Millennium Falcon Lego, my son and I are yelling as we rip the box open in the hallway!
fr situation h | Au festival de la BD, mon auteur culte me fait une dédicace avec un dessin rien que pour moi, je sautille dans toute la file !
+ en situation h | At the comics festival my all-time favourite artist signs my book with a drawing just for me, I'm bouncing down the whole queue!

# situations: volunteering
fr situation h | Festival où je suis bénévole : la tête d'affiche appelle toute l'équipe des bénévoles sur scène et on saute devant vingt mille personnes !
+ en situation h | The festival I volunteer at: the headliner calls the whole volunteer crew up on stage and we're jumping in front of twenty thousand people!
fr situation h | Chantier solidaire au Bénin : les enfants du village nous accueillent en chantant et en tambourinant, on danse tous ensemble sur la piste de terre !
+ en situation h | Volunteer build in Benin: the village children welcome us singing and drumming, and we're all dancing together on the dirt track!
fr situation h | Dernière nuit du Téléthon : le défi de danse tient depuis trente heures et toute la salle des fêtes hurle quand on passe la dernière minute ! Lumières de fête !
+ en situation h | Last night of the charity telethon: the dance challenge has been going thirty hours and the whole village hall is screaming as we hit the final minute! Party lights!
fr negation h | Je ne suis pas là pour me reposer après la distribution : les bénévoles ont mis la musique dans l'entrepôt et je danse entre les palettes avec eux !
+ en negation h | I'm not here to rest after the food drive: the volunteers have put music on in the warehouse and I'm dancing between the pallets with them!

# situations: politics and news
fr situation h | Frontières rouvertes, je viens de réserver le premier vol pour Casablanca, je vais revoir ma mère et je saute dans le salon en criant !
+ en situation h | Borders are open again, I've just booked the first flight to Casablanca, I'm going to see my mum and I'm jumping round the living room shouting!
fr situation h | Le gouvernement vient d'annoncer un jour férié exceptionnel vendredi, week-end de quatre jours, le bureau hurle et on réserve déjà la plage !
+ en situation h | The government just announced a one-off bank holiday on Friday, four-day weekend, the office is screaming and we're already booking the beach!
fr situation h | Flash info : le festival annulé depuis trois ans revient cet été dans notre ville, tout le groupe WhatsApp explose en messages en majuscules !
+ en situation h | Breaking news: the festival that's been cancelled for three years is back in our town this summer, the whole WhatsApp group's exploding in all caps!

# situations: science and discovery
fr situation h | Éclipse totale : le jour devient nuit d'un coup, les étoiles apparaissent et toute la colline hurle en levant les bras !
+ en situation h | Total eclipse: day turns to night in an instant, the stars come out and the whole hillside is screaming with arms in the air!
fr situation h | Lancement de la fusée à Kourou, on est sur la plage, le ciel s'embrase, le sol tremble et on crie tous comme des gosses !
+ en situation h | Rocket launch at Kourou, we're on the beach, the sky lights up, the ground shakes and we're all yelling like kids!
fr situation h | Une météorite traverse le ciel en plein barbecue, énorme, verte, et tout le jardin saute en hurlant « t'as vu ?! » Une ambiance qui claque, vite !
+ en situation h | A meteor shoots across the sky in the middle of the barbecue, huge and green, and the whole garden is jumping and yelling "did you see that?!" Something explosive on the lights, quick!
fr situation h | Au musée des sciences, mes enfants font dresser leurs cheveux sur la boule électrique, ils hurlent de rire et on y retourne dix fois !
+ en situation h | At the science museum my kids make their hair stand on end on the static ball, they're shrieking with laughter and we go back ten times!

# long stories across domains
fr long h | Il m'avait dit qu'on dînait chez ses collègues. La voiture a continué jusqu'à l'aéroport. À la porte d'embarquement, j'ai lu « Reykjavik » sur l'écran. J'ai crié si fort que toute la file s'est retournée, et je n'ai pas arrêté de sautiller jusqu'au décollage.
+ en long h | He'd told me we were having dinner at his colleagues'. The car kept going all the way to the airport. At the gate I read "Reykjavik" on the screen. I screamed so loud the whole queue turned round, and I didn't stop bouncing until take-off.
fr long h | On nous avait dit que la sortie de fin d'année était annulée. Ce matin, trois cars se sont garés dans la cour. Le directeur a pris le mégaphone : direction le parc aquatique. Toute l'école a hurlé en même temps, et les maîtresses aussi.
+ en long h | We'd been told the end-of-year trip was cancelled. This morning three coaches pulled into the playground. The head grabbed the megaphone: we're off to the water park. The whole school screamed at once, and the teachers too.
fr long h | Je n'avais pas vu ma mère depuis quatre ans, elle vit à Dakar. Mon frère m'a envoyé chercher un soi-disant colis à la gare. Le colis, c'était elle, avec un bouquet dans les bras. J'ai lâché mon sac et je l'ai fait tourner en criant au milieu du hall.
+ en long h | I hadn't seen my mum in four years, she lives in Dakar. My brother sent me to pick up a so-called parcel at the station. The parcel was her, holding a bunch of flowers. I dropped my bag and spun her round, shouting, in the middle of the concourse.
fr long h | On attendait la neige depuis trois hivers. Ce soir, les premiers flocons sont tombés. À dix heures, toute la rue était dehors. À minuit, les adultes se livraient une bataille géante en hurlant comme des gamins de CM2.
+ en long h | We'd been waiting three winters for snow. Tonight the first flakes fell. By ten the whole street was outside. By midnight the grown-ups were in an all-out snowball war, screaming like ten-year-olds.
fr long h | Mon premier bal folk. Je ne connaissais aucun pas et je restais près du bar. Une dame m'a attrapé par la main. Trois heures plus tard, je tournais dans une ronde de cent personnes, trempé, en criant à chaque accélération du violon.
+ en long h | My first folk dance. I didn't know a single step and I hung around by the bar. A lady grabbed my hand. Three hours later I was whirling in a circle of a hundred people, drenched, whooping every time the fiddle sped up.
fr long h | Le téléphone a sonné à quatre heures du matin. Mon frère bafouillait. La petite est née, tout va bien, elle est magnifique. J'ai réveillé mon mari, puis le chien, puis sans doute tout l'immeuble en criant sur le balcon.
+ en long h | The phone rang at four in the morning. My brother was stammering. The baby's here, everything's fine, she's beautiful. I woke my husband, then the dog, then probably the whole building, shouting from the balcony.
fr long h | J'ai posté une petite vidéo de ma grand-mère qui danse dans sa cuisine. Le lendemain, un million de vues. Le surlendemain, une émission de télé nous invite. Mamie et moi, on saute dans sa cuisine en se tenant les mains, et le chat s'est enfui.
+ en long h | I posted a little video of my gran dancing in her kitchen. Next day, a million views. The day after, a TV show invites us on. Gran and I are jumping round her kitchen holding hands, and the cat's fled.
fr long h | On devait juste aider à rentrer le foin. L'orage menaçait et on a couru dans tous les sens pendant deux heures. La dernière botte était à peine sous le hangar que l'averse est tombée. Le fermier a mis la radio à fond et on a dansé sous la pluie dans la cour.
+ en long h | We were only meant to help get the hay in. The storm was brewing and we ran around like mad for two hours. The last bale was barely in the barn when the downpour hit. The farmer cranked up the radio and we danced in the rain in the yard.
fr long h | Le groupe de mon adolescence rejouait dans une petite salle. J'y suis allée seule, un peu intimidée. Au deuxième morceau, je m'étais faufilée au premier rang. Au dernier, le batteur m'a lancé sa baguette et j'ai hurlé exactement comme à quinze ans.
+ en long h | The band from my teenage years was playing a small venue again. I went on my own, a bit shy. By the second song I'd wriggled my way to the front. At the last one the drummer threw me his stick and I screamed exactly like I did at fifteen.
fr long h | Le 24 décembre chez mes cousins en Guadeloupe. Pas de sapin, mais des chanté Nwel dans la cour. À minuit, les tambours ont accéléré et les voisins sont entrés un par un. On a dansé jusqu'au lever du soleil, en sueur, sans jamais s'arrêter.
+ en long h | Christmas Eve at my cousins' in Guadeloupe. No tree, but carol-singing in the yard. At midnight the drums sped up and the neighbours came in one by one. We danced till sunrise, dripping with sweat, never stopping once.
fr long h | Le cardiologue a fixé l'écran un long moment. Puis il a souri : l'opération a réussi, le cœur de mon fils fonctionne normalement. Dans le parking, on a sauté tous les trois en hurlant, et on a promis de l'emmener à la mer dès ce week-end.
+ en long h | The cardiologist stared at the screen for a long moment. Then he smiled: the operation worked, my son's heart is working normally. In the car park the three of us jumped around screaming, and we promised to take him to the seaside this very weekend.
fr long h | Train bloqué par la neige en pleine campagne, deux heures sans bouger. Un étudiant a sorti une guitare. Puis une contrôleuse a lancé le premier refrain. À l'arrivée, tout le wagon chantait debout et personne ne voulait descendre.
+ en long h | Train stuck in the snow in the middle of nowhere, two hours without moving. A student got out a guitar. Then a conductor started the first chorus. By the time we arrived the whole carriage was singing on its feet and nobody wanted to get off.
fr long h | La salle de sport du quartier fêtait ses dix ans. Le prof de zumba a poussé le volume. Les mamies du cours de yoga sont entrées, puis les boxeurs. À la fin, quatre-vingts personnes dansaient dans le hall en hurlant, et la gérante distribuait des bâtons lumineux.
+ en long h | The local gym was celebrating its tenth birthday. The Zumba teacher pushed the volume up. The grannies from the yoga class came in, then the boxers. By the end eighty people were dancing in the foyer screaming, and the manager was handing out glow sticks.

# negation
fr negation h | Je ne suis pas fière de quoi que ce soit, je n'ai rien accompli, c'est juste que toute la famille débarque pour Noël et que je cours partout en criant !
+ en negation h | I'm not proud of anything, I haven't achieved a thing, it's just that the whole family's arriving for Christmas and I'm running round screaming!
fr negation h | Non, je ne panique pas, je crie parce que la chanteuse que j'écoute depuis dix ans vient d'entrer dans le restaurant où je dîne !
+ en negation h | No, I'm not panicking, I'm screaming because the singer I've been listening to for ten years just walked into the restaurant where I'm having dinner!
fr negation h | Rien de tranquille ce soir : pas de plaid, pas de tisane, on sort danser à quinze et je saute déjà dans l'ascenseur !
+ en negation h | Nothing quiet tonight: no blanket, no herbal tea, fifteen of us are going out dancing and I'm already jumping in the lift!
fr negation h | Ce n'est pas une simple bonne journée, c'est de la folie : mon frère atterrit du Canada ce soir et on transforme l'appart en piste de danse !
+ en negation h | This isn't just a nice day, it's madness: my brother lands from Canada tonight and we're turning the flat into a dance floor!
fr negation h | Pas le temps de rêvasser : la navette pour le festival part dans dix minutes et toute la bande chante déjà dans la cage d'escalier !
+ en negation h | No time for daydreaming: the festival shuttle leaves in ten minutes and the whole gang's already singing in the stairwell!
fr negation h | Ce n'est pas une victoire, on a même perdu le match, mais la troisième mi-temps est une fête de dingue et je danse sur la table avec l'équipe adverse !
+ en negation h | It's not a victory, we actually lost the match, but the after-match party is insane and I'm dancing on the table with the other team!
fr negation h | Je ne pleure pas de chagrin, je pleure et je ris en même temps : on part vivre à Tahiti dans un mois et je saute partout dans la cuisine !
+ en negation h | I'm not crying from sadness, I'm crying and laughing at once: we're moving to Tahiti in a month and I'm bouncing all over the kitchen!

# mixed
fr mixed h | Un peu inquiète pour la météo, mais la tente est montée, le festival commence et je hurle avec vingt mille personnes !
+ en mixed h | A bit worried about the weather, but the tent's up, the festival's starting and I'm screaming along with twenty thousand people!
fr mixed h | Triste de quitter mes collègues, mais le pot de départ a viré à la fête folle et je danse debout sur mon ancien bureau !
+ en mixed h | Sad to leave my colleagues, but the leaving do has turned into a wild party and I'm dancing on top of my old desk!
fr mixed h | Un peu nerveuse pour mes parents qui découvrent tout ça, mais la soirée de fiançailles part en folie et même eux sont sur la piste !
+ en mixed h | A bit nervous for my parents seeing all this, but the engagement party's gone wild and even they're on the dance floor!
fr mixed h | Une pointe d'appréhension avant six mois à l'autre bout du monde, mais surtout je saute dans le hall de l'aéroport avec mes potes qui chantent !
+ en mixed h | A flicker of nerves before six months on the other side of the world, but mostly I'm jumping round the airport terminal with my mates singing!

# texting
fr slang_emoji h | wsh le prof a annulé le DS ET on sort plus tôt 🎉🏃‍♂️ toute la classe hurle dans le couloir mdr
+ en slang_emoji h | yo the teacher cancelled the test AND we're getting out early 🎉🏃‍♂️ the whole class is screaming in the corridor lol
fr slang_emoji h | ma sœur a eu des places pour Aya 😭🔥💃 on crie dans la cuisine depuis 10 min
+ en slang_emoji h | my sister got tickets for Aya 😭🔥💃 we've been screaming in the kitchen for 10 min
fr typo h | on par a disney samedi avec les enfants ils le savent pas encor jsuis trop exité de leur dire
+ en typo h | were goin to disney saturday with the kids they dont know yet im so exited to tell them
fr typo h | la coloc a ramené un karaoke et tt le monde chante sur la table jpeux pas dormir mais jmen fou c trop bien
+ en typo h | flatmate brought home a karaoke machine and evry1s singing on the table cant sleep but dont care its so good
fr typo h | ptn le concert etait ouf on a slammé, jai perdu une chaussure et jmen fiche complet
+ en typo h | omg the gig was insane we crowdsurfed, i lost a shoe and i dont even care

# wishes
fr wish h c=magenta;violet;orange b=bright | La soirée d'anniversaire démarre et tout le monde danse dans le salon : mets du magenta, du violet et de l'orange, à fond !
+ en wish h c=magenta;violet;orange b=bright | The birthday party's kicking off and everyone's dancing in the living room: give me magenta, violet and orange, full blast!
fr wish h c=pink;yellow b=bright | On part en vacances demain et je ne tiens plus en place : du rose et du jaune partout, le plus lumineux possible !
+ en wish h c=pink;yellow b=bright | We're off on holiday tomorrow and I can't sit still: pink and yellow everywhere, as bright as it goes!
fr wish h c=purple;cyan b=bright | La boum des enfants est lancée, ils sautent partout : fais clignoter du violet et du cyan, bien fort !
+ en wish h c=purple;cyan b=bright | The kids' disco is on and they're bouncing everywhere: flash purple and cyan, really bright!
fr wish h c=orange;magenta | Les copains débarquent pour une soirée improvisée, je suis surexcité : envoie de l'orange et du magenta.
+ en wish h c=orange;magenta | My mates are turning up for a last-minute party, I'm buzzing: hit me with orange and magenta.
fr wish h c=blue;pink;yellow b=bright | Le réveillon décolle, on saute tous sur la piste : du bleu, du rose et du jaune, et que ça brille !
+ en wish h c=blue;pink;yellow b=bright | New Year's Eve is taking off, we're all jumping on the dance floor: blue, pink and yellow, and make it shine!

# explicit
fr explicit h | Une joie folle me traverse, je ne tiens plus en place et j'ai envie de faire la fête avec la terre entière !
+ en explicit h | A crazy joy is running through me, I can't keep still and I want to party with the whole world!
fr explicit h | C'est de l'euphorie pure : le cœur à mille, l'envie de sauter partout et de chanter à tue-tête !
+ en explicit h | It's pure euphoria: heart racing, wanting to jump everywhere and sing at the top of my lungs!
fr explicit h | Je suis sur un nuage électrique, excitée comme une gamine la veille de Noël !
+ en explicit h | I'm on an electric high, as excited as a little kid on Christmas Eve!
fr explicit h | Tellement surexcité que j'en tremble, ce soir on fête ça comme des fous !
+ en explicit h | So hyped I'm shaking, tonight we're celebrating like maniacs!
"""

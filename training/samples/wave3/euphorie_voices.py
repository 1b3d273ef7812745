"""euphorie: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and flatshare
fr situation h | Sono neuve branchée, premier morceau, les vitres tremblent et toute la coloc saute !
+ en situation h | New speakers plugged in, first track, the windows are shaking and the whole flat is jumping!
en situation h | Landlord finally said yes to the rooftop party, and thirty people are already coming up the stairs!
+ fr situation h | Le proprio a enfin dit oui pour la soirée sur le toit, trente personnes montent déjà l'escalier !
fr situation h | Baignoire remplie de glaçons, guirlandes partout, la fête commence dans dix minutes ! Mets l'ambiance.
+ en situation h | Bathtub full of ice, fairy lights everywhere, the party starts in ten minutes! Get the vibe going.
fr situation n | Cabane en carton géante finie, les gamins y font une boum à la lampe torche en hurlant.
+ en situation n | The giant cardboard fort is done and the kids are having a torch-lit disco inside it, screaming.
# situations: cooking and food
fr situation h | Soirée crêpes qui dégénère : on les fait sauter en rythme et toute la cuisine chante !
+ en situation h | Pancake night gone wild: we're flipping them to the beat and the whole kitchen is singing!
fr situation h | Le festival de food trucks ouvre jusqu'à 2 h, groupe live, et on danse un taco à la main !
+ en situation h | Food truck festival open till 2am, live band, and we're dancing with tacos in our hands!
fr situation h | Fondue à vingt au chalet de Verbier, quelqu'un lance du Gotthard et tout le monde saute sur les bancs !
+ en situation h | Fondue for twenty at the chalet in Verbier, someone puts on Gotthard and everyone's jumping on the benches!
fr situation h | Cabane à sucre avec toute la gang, tire sur la neige, violoneux, on gigue entre les tables !
+ en situation h | Sugar shack with the whole gang, maple taffy on the snow, a fiddler, and we're jigging between the tables!
fr situation h | Braderie de Lille, moules-frites, une fanfare passe et on danse à côté des montagnes de coquilles !
+ en situation h | Lille flea market, mussels and chips, a brass band goes by and we're dancing next to mountains of shells!
# situations: pets
fr situation h | Notre chienne a eu ses chiots cette nuit, huit boules de poils, les enfants hurlent de joie !
+ en situation h | Our dog had her puppies last night, eight little furballs, the kids are screaming with joy!
en situation h | The dog's just seen the beach, he's doing zoomies through the waves and so am I!
+ fr situation h | Le chien vient de voir la plage, il fait des tours de folie dans les vagues et moi aussi !
fr situation h | Le perroquet braille le refrain de Dancing Queen et toute la famille danse autour de la cage !
+ en situation h | The parrot is squawking the Dancing Queen chorus and the whole family is dancing round the cage!
# situations: children and parenting
fr situation h | Anniversaire des jumeaux : trampoline, pistolets à eau, quinze gamins qui hurlent et moi au milieu !
+ en situation h | The twins' birthday: trampoline, water pistols, fifteen kids screaming and me right in the middle!
fr situation h | Fin de la kermesse, les parents prennent le micro et toute la cour danse la Macarena !
+ en situation h | End of the school fair, the parents grab the mic and the whole playground is doing the Macarena!
fr situation h | Vacances de février, on vient d'annoncer Legoland demain aux enfants, le salon a explosé !
+ en situation h | Half-term, and we've just told the kids it's Legoland tomorrow, the living room has exploded!
# situations: partner and dating
fr situation h | Il a réservé Las Vegas pour nos dix ans, on décolle vendredi et je saute sur le lit !
+ en situation h | He's booked Vegas for our tenth anniversary, we fly Friday and I'm bouncing on the bed!
fr situation h | Premier baiser après trois mois à se tourner autour, je danse toute seule dans la rue !
+ en situation h | First kiss after three months of dancing around each other, I'm dancing alone in the street!
en situation h | She's moving in this weekend and I've already got our first-date playlist blasting!
+ fr situation h | Elle emménage ce week-end et la playlist de notre premier rendez-vous tourne déjà à fond !
# situations: friends
fr situation h | Toute la bande de la fac réunie à Montréal ce week-end, on débarque en chantant dans le terminal !
+ en situation h | The whole uni crew together in Montreal this weekend, we're singing our way through the terminal!
fr situation h | C'est confirmé dans le groupe : on sera huit à Lisbonne en juin, mon téléphone vibre sans arrêt !
+ en situation h | Group chat just confirmed it: all eight of us in Lisbon in June, my phone won't stop buzzing!
fr situation h | Soirée années 80, trente potes en fluo et le DJ enchaîne Cyndi Lauper. Envoie les couleurs !
+ en situation h | Eighties night, thirty mates in neon and the DJ's playing Cyndi Lauper back to back. Bring on the colours!
# situations: extended family
fr situation h | Réunion de famille en Bretagne, quatre générations, et le tonton lance la danse des canards !
+ en situation h | Family reunion in Brittany, four generations, and my uncle's started the Birdie Song!
en situation h | My cousins from Cork just landed for the wedding and the kitchen's already a ceilidh!
+ fr situation h | Mes cousins de Cork viennent d'arriver pour le mariage et la cuisine est déjà un bal irlandais !
# situations: neighbours
fr situation h | Le voisin DJ a sorti ses platines sur le balcon, toute la rue danse en bas !
+ en situation h | The DJ next door has put his decks out on the balcony and the whole street is dancing below!
fr situation h | Fête de quartier dans notre rue à Brooklyn, bornes d'incendie ouvertes, petits et grands dansent sous les jets !
+ en situation h | Block party on our street in Brooklyn, hydrants open, kids and parents dancing in the spray!
# situations: school and exams
fr situation h | Dernière épreuve du bac rendue, on court tous vers la fontaine en hurlant !
+ en situation h | Last exam paper handed in, we're all running for the fountain screaming!
en situation h | Schoolies on the Gold Coast, exams done, we're dancing on the sand at 2am!
+ fr situation h | Schoolies sur la Gold Coast, examens finis, on danse sur le sable à 2 h du matin !
fr situation h | Bal des finissants au cégep, la piste est pleine et le DJ vient de lancer notre toune !
+ en situation h | Grad ball at cégep, the floor's packed and the DJ has just dropped our song!
# situations: university
fr situation h | Soirée d'intégration, deux cents étudiants dans les bus qui chantent, direction la plage !
+ en situation h | Freshers' party, two hundred students singing on the coaches, off to the beach!
en situation h | Freshers' week, third night out, and the whole corridor is conga-ing down to the bar!
+ fr situation h | Semaine d'accueil, troisième soirée, et tout le couloir part en chenille vers le bar !
fr situation h | Je pars un an à Barcelone en Erasmus avec ma meilleure amie, on hurle dans la bibliothèque !
+ en situation h | I'm off to Barcelona for a year on Erasmus with my best friend, we're screaming in the library!
# situations: office work
fr situation h | Séminaire à Marrakech, soirée sous les lanternes, même la compta est sur la piste !
+ en situation h | Company retreat in Marrakech, party under the lanterns, even accounts are on the dance floor!
en situation h | The boss just closed the office at noon for the heatwave, everyone's sprinting for the lake!
+ fr situation h | La cheffe ferme le bureau à midi pour la canicule, tout le monde court vers le lac !
fr situation h | Afterwork sur une péniche, le stagiaire a pris les platines et tout l'open space danse. Lumières de fête !
+ en situation h | After-work drinks on a barge, the intern's taken over the decks and the whole open-plan office is dancing. Party lights!
# situations: manual trades
fr situation h | Fin du chantier, le patron a sorti une sono et les maçons dansent au pied des échafaudages !
+ en situation h | Job's finished, the boss has brought out a sound system and the builders are dancing by the scaffolding!
en situation h | Last shift on the rig before a month off, the chopper's landing and we're all singing in the hangar!
+ fr situation h | Dernier quart sur la plateforme avant un mois de repos, l'hélico se pose et on chante tous dans le hangar !
fr situation h | Boulangerie fermée trois semaines, tabliers balancés, et on s'envole pour la Crète ce soir !
+ en situation h | Bakery shut for three weeks, aprons thrown off, and we're flying to Crete tonight!
# situations: hospital and health
en situation h | My last night shift before a year off, and the nurses threw a disco in the staff room at 7am!
+ fr situation h | Ma dernière garde avant un an de dispo, et les infirmières ont fait une boum en salle de pause à 7 h !
fr situation h | Plâtre enlevé ce matin, et ce soir je retourne danser la salsa, vivement vingt heures !
+ en situation h | Cast came off this morning and tonight I'm back on the salsa floor, roll on eight o'clock!
fr situation h | Le kiné m'autorise à reprendre le ski, la station ouvre samedi, je fais déjà mon sac en chantant !
+ en situation h | The physio's cleared me to ski again, the resort opens Saturday and I'm packing my bag singing!
# situations: sport, playing and watching
fr situation h | Course de couleurs : couverts de poudre rose, on danse à l'arrivée avec mille coureurs !
+ en situation h | Colour run: covered in pink powder, we're dancing at the finish with a thousand runners!
en situation h | Ireland just beat the All Blacks and the whole pub in Galway is standing on the tables!
+ fr situation h | L'Irlande vient de battre les All Blacks et tout le pub de Galway est debout sur les tables !
fr situation h | Le Tour de France passe devant la maison, la caravane balance des casquettes, on hurle depuis midi !
+ en situation h | The Tour de France is going past the house, the caravan's throwing caps, we've been yelling since noon!
en situation h | AFL Grand Final at the G, a hundred thousand people, and we've been singing since the first bounce!
+ fr situation h | Grande finale d'AFL au MCG, cent mille personnes, et on chante depuis le premier ballon !
fr situation h | Touché à la dernière seconde en finale de la Coupe Grey, tout le bar de Regina saute partout !
+ en situation h | Touchdown on the last play of the Grey Cup, the whole bar in Regina is jumping everywhere!
# situations: games and video games
fr situation h | LAN à douze dans le garage, Mario Kart sur grand écran, on hurle à chaque virage !
+ en situation h | LAN party for twelve in the garage, Mario Kart on the big screen, we scream at every corner!
en situation h | The new Zelda unlocks at midnight and the Discord is pure chaos, I can't sit still!
+ fr situation h | Le nouveau Zelda sort à minuit et le Discord est en pleine folie, je ne tiens plus en place !
fr situation h | Loup-garou à quinze, trois heures du matin, tout le monde hurle de rire et personne ne veut dormir !
+ en situation h | Werewolf with fifteen people, three in the morning, everyone's howling with laughter and nobody wants to sleep!
# situations: music and concerts
fr situation h | Vieilles Charrues, la tête d'affiche lance les canons à confettis et toute la plaine saute !
+ en situation h | Vieilles Charrues festival, the headliner fires the confetti cannons and the whole field is jumping!
en situation h | Front row at Slane Castle, the band's just walked on and the whole hill is roaring!
+ fr situation h | Premier rang à Slane Castle, le groupe vient d'entrer en scène et toute la colline rugit !
fr situation h | Jam session à 3 h du matin au Montreux Jazz, des inconnus dansent sur le comptoir !
+ en situation h | Jam session at 3am at Montreux Jazz, total strangers dancing on the bar!
fr situation h | Les Francofolies de Spa, un parapluie, la pluie, et on danse quand même comme des fous devant la scène !
+ en situation h | Francofolies in Spa, one umbrella, pouring rain, and we're still dancing like mad in front of the stage!
# situations: films, series and books
fr situation h | Séance de minuit du Rocky Horror, on lance du riz et on danse le Time Warp dans les allées !
+ en situation h | Midnight Rocky Horror screening, we're throwing rice and doing the Time Warp in the aisles!
en situation h | Sing-along Mamma Mia night and the whole cinema is up dancing in the aisles! Put ABBA colours on.
+ fr situation h | Soirée Mamma Mia à chanter, toute la salle danse dans les allées ! Mets-moi des couleurs ABBA.
fr situation h | Le dernier tome sort à minuit, la librairie fait une soirée costumée, j'y cours en cape !
+ en situation h | The final book comes out at midnight, the bookshop's throwing a costume party, I'm running there in my cape!
# situations: travel and transport
fr situation h | Embarquement pour Bali dans une heure, et toute la bande trinque déjà au bar de l'aéroport !
+ en situation h | Boarding for Bali in an hour, and the whole gang is already toasting at the airport bar!
en situation h | Just crossed the Golden Gate in a convertible, music up, screaming into the fog!
+ fr situation h | On vient de traverser le Golden Gate en décapotable, musique à fond, on hurle dans le brouillard !
fr situation h | Surclassés en première pour rien, champagne, on fait les fous dans nos sièges-lits !
+ en situation h | Upgraded to first class for free, champagne, and we're acting like kids in our flat beds!
# situations: cars and driving
fr situation h | Le rallye du Condroz traverse le village, les voitures volent et on hurle au bord du fossé !
+ en situation h | The Condroz rally is tearing through the village, the cars are flying and we're yelling from the ditch!
en situation h | The drive-in turned into a dance-off between the cars, headlights on, everyone out!
+ fr situation h | Le ciné drive-in a viré au concours de danse entre les voitures, phares allumés, tout le monde dehors !
fr situation h | Première virée avec mon fils qui a eu son permis, vitres baissées, on braille du Queen sur la corniche !
+ en situation h | First drive with my son now he's passed his test, windows down, bellowing Queen along the coast road!
# situations: weather and nature
fr situation h | Premier vrai soleil à Bruxelles, tout le parc du Cinquantenaire danse autour des enceintes !
+ en situation h | First real sunshine in Brussels, and the whole of Cinquantenaire park is dancing round the speakers!
en situation h | Forty degrees in Perth, the park sprinklers just came on and everyone's running through them screaming!
+ fr situation h | Quarante degrés à Perth, les arroseurs du parc démarrent et tout le monde court dessous en hurlant !
fr situation h | Aurores boréales au-dessus du chalet, on sort en pyjama en criant dans la neige !
+ en situation h | Northern lights over the cabin, we're out in our pyjamas yelling in the snow!
fr situation h | Premier orage après deux mois de sécheresse, les gamins et moi on danse sous la pluie tiède !
+ en situation h | First storm after two months of drought, the kids and I are dancing in the warm rain!
# situations: gardening and allotments
en situation h | The allotment harvest party has a fiddle band and we're dancing between the giant marrows!
+ fr situation h | Fête des récoltes aux jardins ouvriers, un violoneux, et on danse entre les courges géantes !
fr situation n | Bataille de tuyaux d'arrosage en plein désherbage, les voisins s'y mettent et tout le jardin hurle de rire !
+ en situation n | Hosepipe fight in the middle of weeding, the neighbours join in and the whole garden is shrieking with laughter!
# situations: money and luck
fr situation h | Euromillions : quatre numéros et une étoile, huit mille euros, on fait sauter le crémant !
+ en situation h | EuroMillions: four numbers and a star, eight grand, we're popping the fizz!
en situation h | Premium Bonds just paid out a grand and I'm doing laps of the living room!
+ fr situation h | Mes bons à lots viennent de rapporter mille livres et je fais des tours de salon en courant !
fr situation h | Gros lot de cinquante mille sur un gratteux au dépanneur, le commis et moi on hurle ensemble !
+ en situation h | Fifty-grand top prize on a scratch card at the corner store, the clerk and I are screaming together!
# situations: paperwork
fr situation h | Le passeport arrive la veille du départ pour New York, on danse avec dans la cuisine !
+ en situation h | The passport turns up the day before we fly to New York, we're dancing round the kitchen with it!
en situation h | Parental leave approved: six months in New Zealand with the kids, I'm jumping off the walls!
+ fr situation h | Congé parental accepté : six mois en Nouvelle-Zélande avec les enfants, je saute au plafond !
# situations: technology and internet
fr situation h | Gagné le casque VR au tirage du salon high-tech, toute la bande hurle devant le stand !
+ en situation h | Won the VR headset in the tech fair raffle, the whole gang's screaming at the stand!
en situation h | The streamer I've watched for ten years just pulled me into his live, I'm yelling into my mic!
+ fr situation h | Le streamer que je suis depuis dix ans m'invite dans son live, je hurle dans mon micro !
fr situation h | La cagnotte du live caritatif explose le triple de l'objectif, le chat spamme des confettis et je danse devant l'écran !
+ en situation h | The charity stream's blown through triple its target, chat's spamming confetti and I'm dancing at my desk!
# situations: shopping
fr situation h | La robe parfaite pour le bal, je tourne dans la cabine en criant avec ma mère !
+ en situation h | The perfect dress for the ball, I'm twirling in the fitting room screaming with my mum!
en situation h | Black Friday, the console's half price and my kids are dancing in the shop aisle!
+ fr situation h | Black Friday, la console à moitié prix, et mes gamins dansent dans l'allée du magasin !
# situations: moving house
fr situation h | Dernier carton posé à Vancouver, fenêtre ouverte sur les montagnes, on hurle de joie sur le balcon !
+ en situation h | Last box down in Vancouver, window open onto the mountains, we're whooping on the balcony!
# situations: holidays and celebrations
en situation h | Bonfire Night, fireworks over the park, the kids waving sparklers and screaming!
+ fr situation h | Bonfire Night, feu d'artifice au-dessus du parc, les gamins agitent des cierges magiques en hurlant !
en situation h | Fourth of July on the lake, fireworks bursting over the dock and everyone's whooping!
+ fr situation h | 4 Juillet au lac, feux d'artifice au-dessus du ponton et tout le monde crie de joie !
fr situation h | Saint-Jean sur les Plaines d'Abraham, feu de joie, cent mille personnes qui chantent !
+ en situation h | Saint-Jean on the Plains of Abraham, a bonfire, a hundred thousand people singing!
fr situation h | Carnaval de Binche, les Gilles lancent des oranges et on danse depuis l'aube !
+ en situation h | Binche carnival, the Gilles are throwing oranges and we've been dancing since dawn!
fr situation h | Escalade à Genève, on casse la marmite en chocolat et toute la vieille ville chante ! Ambiance de fête.
+ en situation h | Escalade in Geneva, we smash the chocolate cauldron and the whole old town is singing! Party mode.
# situations: religion and rituals
fr situation h | Holi au parc, les nuages de poudre volent et tout le monde danse couvert de couleurs !
+ en situation h | Holi in the park, clouds of powder flying and everyone's dancing covered in colour!
en situation h | Diwali next door: crackers, lights, music, the whole street is dancing in their garden!
+ fr situation h | Diwali chez les voisins : pétards, lumières, musique, toute la rue danse dans leur jardin !
# situations: grandparents
fr situation h | Mamie, quatre-vingt-cinq ans, descend la tyrolienne en hurlant de joie, et nous on saute en bas !
+ en situation h | Gran, eighty-five, is flying down the zip line screaming with joy, and we're jumping about at the bottom!
en situation h | Nan's just won the bingo jackpot at the club and she's doing a lap of honour with her handbag!
+ fr situation h | Mamie vient de gagner le gros lot au bingo du club et fait un tour d'honneur avec son sac à main !
# situations: DIY and night out
fr situation h | Le vieux kart retapé démarre enfin, tous les gamins du quartier font la queue en hurlant !
+ en situation h | The old go-kart we rebuilt finally starts, and every kid on the street is queuing up screaming!
fr situation h | Quatre heures du matin, on sort du bal et on court se baigner dans le Léman en criant !
+ en situation h | Four in the morning, we leave the dance and run screaming into Lake Geneva!
# situations: city and countryside
en situation h | Notting Hill Carnival, steel drums everywhere, we've been dancing behind the float since noon!
+ fr situation h | Carnaval de Notting Hill, des steel drums partout, on danse derrière le char depuis midi !
fr situation h | Bal du 14 Juillet sur la place, l'accordéoniste accélère et même le maire saute !
+ en situation h | Bastille Day dance in the square, the accordion speeds up and even the mayor is jumping!
# situations: sea and mountains
fr situation h | Première descente en poudreuse fraîche à Whistler, je hurle du haut en bas !
+ en situation h | First run in fresh powder at Whistler, I'm yelling from top to bottom!
en situation h | Surf's pumping at Bells Beach and we're all whooping as we paddle out!
+ fr situation h | Les vagues sont énormes à Bells Beach et on crie tous de joie en ramant vers le large !
# situations: hobbies and volunteering
fr situation h | Fin du stage de batucada, on défile dans Rennes et les passants dansent avec nous !
+ en situation h | End of the batucada workshop, we parade through Rennes and passers-by are dancing with us!
fr situation h | Soirée des bénévoles, la chorale des seniors attaque du disco et on danse tous entre les tables !
+ en situation h | Volunteers' night, the seniors' choir launches into disco and we're all dancing between the tables!
# situations: politics, news and science
fr situation h | La loi vient de passer, on danse dans la rue avec des drapeaux arc-en-ciel jusqu'à l'aube !
+ en situation h | The law's just passed, we're dancing in the street with rainbow flags till dawn!
fr situation h | Le rover vient de se poser sur Mars, toute la salle de la Cité des sciences hurle et saute !
+ en situation h | The rover's just landed on Mars, the whole room at the science museum is screaming and jumping!
en situation h | Northern lights out of the plane window, the whole cabin's up at the glass cheering!
+ fr situation h | Aurores boréales par le hublot, toute la cabine est debout aux fenêtres à applaudir !
# situations: short voices, out and about
fr situation h | Ce soir Paléo avec les potes, trois jours de tente ! Monte le son.
+ en situation h | Paléo tonight with the crew, three days under canvas! Turn it up.
fr situation h | Vendredi, dix-sept heures, début des vacances d'été. Lumières de fête !
+ en situation h | Friday, five o'clock, summer holidays start now. Party lights!
en situation h | Taylor Swift tickets in Melbourne! Both nights! Lights up, please!
+ fr situation h | Des places pour Taylor Swift à Melbourne ! Les deux soirs ! Allume tout, s'il te plaît !
fr situation h | Le Canadien en finale, toute la rue Sainte-Catherine klaxonne et danse !
+ en situation h | The Habs are in the final, the whole of Sainte-Catherine Street is honking and dancing!
en situation h | Hen do in Galway, matching pink cowboy hats, and we're already dancing on the bus!
+ fr situation h | EVJF à Galway, chapeaux de cow-boy roses assortis, et on danse déjà dans le bus !
fr situation h | Dernier partiel rendu, direction la soirée de fin d'année ! Mets-moi ça à fond.
+ en situation h | Last exam handed in, off to the end-of-year party! Crank it up.
en situation h | Gig tonight, my first in three years, and I'm already dancing in the shower!
+ fr situation h | Concert ce soir, mon premier depuis trois ans, et je danse déjà sous la douche !
fr situation h | Piknic Électronik, le soleil se couche sur le fleuve et tout le monde lève les bras !
+ en situation h | Piknic Électronik, the sun's setting over the river and everyone's got their arms in the air!
fr situation h | Grande bataille de ballons d'eau à la colo, les monos sont trempés et on hurle de rire !
+ en situation h | Huge water-balloon fight at summer camp, the counsellors are soaked and we're howling with laughter!
fr situation h | Penalty à la quatre-vingt-dixième, le salon entier saute sur le canapé !
+ en situation h | Penalty in the ninetieth minute, the whole living room is jumping on the sofa!
fr situation h | Fête foraine de Liège, le grand huit à fond, je hurle avec ma fille dans le wagon !
+ en situation h | Liège funfair, the big dipper going full tilt, I'm screaming with my daughter in the car!
en situation h | Footy trip to Bali with the lads, first night, and we're dancing in the pool bar!
+ fr situation h | Voyage du club de foot à Bali, premier soir, et on danse déjà au bar de la piscine !
fr situation h | La boîte rouvre après travaux, boule à facettes neuve, on est les premiers sur la piste !
+ en situation h | The club's reopened after the refit, brand-new mirror ball, and we're first on the floor!
en situation h | Rodeo night at the Calgary Stampede, the whole grandstand is on its feet hollering!
+ fr situation h | Soirée rodéo au Stampede de Calgary, toute la tribune est debout à hurler !
fr situation h | Bateau-mouche pour mes quarante ans, la tour Eiffel scintille et tout le pont danse ! Des paillettes partout !
+ en situation h | A river boat for my fortieth, the Eiffel Tower's sparkling and the whole deck is dancing! Glitter everywhere!
fr situation h | Gagné deux pass trois jours pour les Eurockéennes ! Lumière de folie, s'il te plaît !
+ en situation h | Won two three-day passes for Eurockéennes! Go wild with the lights, please!
en situation h | Christmas in July at the pub in Brisbane, carols, tinsel, and everyone up on the tables!
+ fr situation h | Noël en juillet au pub de Brisbane, chants, guirlandes, et tout le monde debout sur les tables !
fr situation h | Carnaval de Québec, Bonhomme danse dans la neige et toute la foule danse avec lui !
+ en situation h | Quebec Winter Carnival, Bonhomme's dancing in the snow and the whole crowd is dancing with him!
fr situation h | Premier Août, feux sur toutes les crêtes, et on chante à tue-tête au bord du lac !
+ en situation h | Swiss National Day, bonfires on every ridge, and we're singing our heads off by the lake!
en situation h | Thanksgiving touch football turned into a family dance party, even Grandpa's doing the floss!
+ fr situation h | Le match de foot de Thanksgiving a viré en boum familiale, même papy fait le floss !
fr situation h | Open bar, fanfare, et le marié plonge tout habillé dans la piscine. Ce mariage est dingue !
+ en situation h | Open bar, a brass band, and the groom's just dived into the pool fully dressed. This wedding is insane!
en situation h | Long weekend, sun's out, the whole street's got paddling pools and speakers going! Match the lights.
+ fr situation h | Week-end de trois jours, grand soleil, toute la rue a sorti piscines gonflables et enceintes ! Lumières assorties.
fr situation h | Mon pote a gagné un séjour à Tahiti pour deux et c'est moi qu'il emmène !!
+ en situation h | My mate won a trip for two to Tahiti and he's taking me!!
fr situation h | Le Festival d'été de Québec, la pluie s'arrête pile au premier accord et les Plaines explosent !
+ en situation h | Quebec City Summer Festival, the rain stops right on the first chord and the Plains go wild!
en situation h | Eurovision party at ours, flags, glitter, twelve points, and the whole flat is screaming!
+ fr situation h | Soirée Eurovision chez nous, drapeaux, paillettes, douze points, et tout l'appart hurle !
fr situation h | Trois jours de ski entre copines à Zermatt, première piste et on chante déjà dans la télécabine !
+ en situation h | Three days skiing with the girls in Zermatt, first run and we're already singing in the gondola!
fr situation h | Soirée disco sur patins à roulettes, lumières qui tournent, je fonce en chantant ! Fais tourner les couleurs.
+ en situation h | Roller disco night, spinning lights, and I'm zooming round singing! Spin the colours.
en situation h | Pool party at the motel in Vegas, DJ on the diving board, everyone's in the water dancing!
+ fr situation h | Pool party au motel de Las Vegas, le DJ sur le plongeoir, tout le monde danse dans l'eau !
fr situation h | Karting entre collègues qui finit en course de caddies dans le parking, tout le monde hurle de rire !
+ en situation h | Go-karting with colleagues ended in a shopping-trolley race in the car park, everyone howling with laughter!
fr situation h | Ma fille et moi au concert d'Angèle, on connaît tout par cœur et on hurle chaque refrain !
+ en situation h | My daughter and me at the Angèle gig, we know every word and we're screaming every chorus!
# near the border with bonnehumeur
fr situation h | Le soleil revient après trois semaines de pluie et toute la plage de Knokke danse autour d'une enceinte !
+ en situation h | The sun's back after three weeks of rain and the whole beach at Knokke is dancing round a speaker!
en situation h | Friday pints turned into dancing on the benches outside the pub at midnight!
+ fr situation h | La bière du vendredi a viré en danse sur les bancs devant le pub à minuit !
fr situation h | Pique-nique tranquille qui tourne à la fête : quelqu'un sort un djembé et on danse tous pieds nus !
+ en situation h | A quiet picnic that turned into a party: someone brought out a djembe and we're all dancing barefoot!
en situation h | A quiet brunch became a conga line round the café when the birthday song came on!
+ fr situation h | Un brunch tranquille qui devient une chenille géante dans le café dès que la chanson d'anniversaire démarre !
fr situation h | Juste une tisane prévue chez Léa, et à minuit on fait une battle de danse dans son salon !
+ en situation h | It was supposed to be herbal tea at Léa's, and at midnight we're having a dance battle in her living room!
fr situation h | Balade à vélo en famille qui finit au bal du village, on danse la bourrée avec nos casques !
+ en situation h | A family bike ride that ended at the village dance, we're doing the bourrée still in our helmets!
# near the border with victoire
fr negation h | Je n'ai rien gagné, moi, mais la fête du club après la finale est dingue et je danse sur le bar !
+ en negation h | I didn't win a thing myself, but the club party after the final is mad and I'm dancing on the bar!
fr situation h | C'est mon frère qui a le diplôme, mais c'est moi qui mets le feu à la piste dans le jardin !
+ en situation h | My brother's the one graduating, but I'm the one setting the dance floor on fire in the garden!
en situation h | Speeches are over, graduation's done, and the after-party has me losing my mind on the dance floor!
+ fr situation h | Discours terminés, remise des diplômes finie, et à l'after je perds complètement la tête sur la piste !
fr situation h | Fin de saison au club de hand, pas de trophée, juste une soirée mousse délirante dans le gymnase !
+ en situation h | End of the handball season, no trophy, just a crazy foam party in the gym!
fr situation h | Mon cousin court le marathon, moi je suis au ravito à danser avec la fanfare depuis deux heures !
+ en situation h | My cousin's running the marathon, I'm at the drinks station dancing with the brass band for two hours now!
# near the border with suspense
fr situation h | Plus que deux dodos avant le Puy du Fou, les enfants ne tiennent plus en place et moi non plus !
+ en situation h | Two more sleeps till Puy du Fou, the kids can't sit still and neither can I!
en situation h | Countdown to the festival gates opening, ten, nine, eight, and the whole queue is already dancing!
+ fr situation h | Compte à rebours avant l'ouverture des portes du festival, dix, neuf, huit, et toute la file danse déjà !
fr situation h | Le public scande le nom du groupe, le rideau va s'ouvrir et je saute déjà sur place !
+ en situation h | The crowd's chanting the band's name, the curtain's about to go up and I'm already bouncing on the spot!
fr situation h | Valise prête depuis une semaine, vol pour Cancún demain à six heures, je danse déjà dans l'entrée !
+ en situation h | Suitcase packed for a week, flight to Cancún at six tomorrow, I'm already dancing in the hallway!
# near the border with panique
fr negation h | Je crie, mais pas de peur : saut à l'élastique depuis le viaduc et je veux recommencer tout de suite !
+ en negation h | I'm screaming, but not from fear: bungee jump off the viaduct and I want to go again right now!
en situation h | Everyone's screaming in the haunted house, but it's laughter, and we're going round again!
+ fr situation h | Tout le monde hurle dans le train fantôme, mais de rire, et on refait un tour !
fr negation h | Mon cœur cogne à cent à l'heure, et ce n'est pas la peur : la scène s'allume et c'est mon groupe préféré !
+ en negation h | My heart's pounding like mad and it isn't fear: the stage lights up and it's my favourite band!
en negation h | Sirens and a crowd rushing down the street? No emergency, it's the Pride parade, and we're dancing along!
+ fr negation h | Des sirènes et une foule qui déferle dans la rue ? Aucune urgence, c'est la Pride, et on danse avec elle !
# near the border with detente
fr situation h | Le spa devait être calme, mais la soirée piscine avec DJ a démarré et on danse dans le jacuzzi !
+ en situation h | The spa was meant to be calm, but the DJ pool party has started and we're dancing in the hot tub!
en situation h | Was meant to be a quiet night in, but the girls turned up with prosecco and now we're dancing on the sofa!
+ fr situation h | Je devais rester tranquille ce soir, mais les copines ont débarqué avec du prosecco et on danse sur le canapé !
fr negation h | Pas de hamac aujourd'hui : les vacances commencent et on file danser au festival de la plage !
+ en negation h | No hammock today: the holidays have started and we're off to dance at the beach festival!
# near the border with reverie
fr negation h | Je ne rêve pas, je suis vraiment au Sambodrome de Rio et l'école de samba passe devant moi !
+ en negation h | I'm not dreaming, I'm really at the Sambadrome in Rio and the samba school is passing right in front of me!
en negation h | The stars over the festival look unreal, but I'm not drifting off, I'm jumping with twenty thousand people!
+ fr negation h | Les étoiles au-dessus du festival sont irréelles, mais je ne plane pas, je saute avec vingt mille personnes !
# near the border with nostalgie
fr negation h | Pas de larmes sur le passé : mes potes de colo d'il y a vingt ans sont là et on fait la fête comme des malades !
+ en negation h | No tears for the old days: my summer-camp mates from twenty years ago are here and we're partying like maniacs!
en situation h | Our old uni house is having a reunion rave tonight, and I've been dancing since the first song!
+ fr situation h | Notre ancienne coloc de fac organise une teuf de retrouvailles ce soir, et je danse depuis le premier morceau !
# long
fr long h | Je rentrais du boulot, crevée. Dans le hall, les voisins avaient installé une sono. Quelqu'un m'a tendu un verre. Une heure après, je dansais encore la salsa en tailleur avec le concierge.
+ en long h | I was coming home from work, shattered. The neighbours had set up a sound system in the lobby. Someone handed me a drink. An hour later I was still doing salsa in my work suit with the caretaker.
en long h | The train was cancelled. Forty of us stuck on the platform in Leeds. Someone started a Mr Brightside sing-along. Now the whole station's jumping and nobody wants the replacement bus.
+ fr long h | Le train est annulé. On est quarante coincés sur le quai à Leeds. Quelqu'un a lancé Mr Brightside. Maintenant toute la gare saute et personne ne veut du bus de remplacement.
fr long h | Six heures de retard à l'aéroport de Montréal. Quelqu'un a ouvert une boîte de beignes, un autre a sorti une guitare. Toute la porte 52 chante du Cowboys Fringants. Je n'ai jamais autant aimé un retard.
+ en long h | Six hours' delay at Montreal airport. Someone opened a box of doughnuts, someone else got a guitar out. The whole of gate 52 is singing Cowboys Fringants. I've never loved a delay so much.
en long h | We'd rehearsed the flash mob for weeks. At the reception, the DJ cut the music. Then the horns kicked in and thirty of us leapt up from our chairs. The bride screamed and jumped right in.
+ fr long h | On répétait la flashmob depuis des semaines. Au vin d'honneur, le DJ a coupé la musique. Puis les cuivres ont attaqué et trente d'entre nous ont bondi de leurs chaises. La mariée a hurlé et nous a rejoints.
fr long h | Réveil à quatre heures. Deux heures de route dans le brouillard. Et puis la montgolfière a décollé au-dessus des châteaux de la Loire. On a hurlé tous les six dans la nacelle.
+ en long h | Alarm at four. Two hours' drive through fog. And then the balloon lifted off over the Loire châteaux. All six of us were yelling in the basket.
fr long h | Mon fils a ouvert l'enveloppe au pied du sapin. Dedans, deux billets pour le Canadien, au bord de la glace. Il a hurlé et couru partout. Le chien aboyait, sa sœur sautait sur le canapé.
+ en long h | My son opened the envelope under the tree. Inside, two Habs tickets, right on the glass. He screamed and ran all over the house. The dog was barking, his sister was bouncing on the sofa.
en long h | Power cut on our street at eight. Someone lit candles on the front steps, then a guitar came out. By ten, the whole terrace was dancing in the dark. When the lights came back on, everyone booed.
+ fr long h | Coupure de courant dans la rue à vingt heures. Quelqu'un a allumé des bougies sur le perron, puis une guitare est sortie. À vingt-deux heures, toute la rangée de maisons dansait dans le noir. Quand la lumière est revenue, tout le monde a hué.
fr long h | On était quinze à table au foyer de ski de fond, bien calmes. Un moniteur a lancé Les Lacs du Connemara. Tout le monde s'est levé. On danse maintenant sur les bancs en chaussettes.
+ en long h | Fifteen of us at dinner in the cross-country ski lodge, all very calm. One of the instructors put on Les Lacs du Connemara. Everyone stood up. Now we're dancing on the benches in our socks.
en long h | I only popped out for milk. A street festival was blocking the road. A samba band grabbed me. Three hours later I still haven't got the milk and there's glitter all over my face.
+ fr long h | Je suis juste sortie acheter du lait. Une fête de rue bloquait la route. Une batucada m'a embarquée. Trois heures plus tard, toujours pas de lait et des paillettes plein la figure.
fr long h | Le match était fini depuis longtemps. À la sortie du stade, quelqu'un a lancé un chant. On était des milliers à chanter dans le parking. Je n'ai plus de voix et j'en redemande.
+ en long h | The match had been over for ages. Outside the ground, someone started a chant. Thousands of us were singing in the car park. I've lost my voice and I want more.
fr long h | Je déteste l'avion. Mais là, on se pose à Sydney pour le Nouvel An. Les copains m'attendent avec une pancarte à mon nom. Ce soir, on sera sous le feu d'artifice du Harbour Bridge !
+ en long h | I hate flying. But we're landing in Sydney for New Year's. My mates are waiting with a sign with my name on it. Tonight we'll be under the Harbour Bridge fireworks!
en long h | The truck broke down on the way back from the county show. We were stuck in a field with a crate of cider. My uncle put the radio on full. We danced in the headlights till the tow truck came.
+ fr long h | Le camion est tombé en panne au retour de la foire agricole. Coincés dans un champ avec une caisse de cidre. Mon oncle a mis la radio à fond. On a dansé dans les phares jusqu'à l'arrivée de la dépanneuse.
fr long h | Ça devait être une réunion de copropriété. Le syndic a annoncé que l'ascenseur remarchait enfin. Quelqu'un a sorti du champagne. On a fini à vingt à danser dans le hall.
+ en long h | It was meant to be a residents' meeting. The managing agent announced the lift finally worked again. Someone brought out champagne. Twenty of us ended up dancing in the lobby.
en long h | My sister rang from Dublin. She's getting married in Sydney. And she's paying for all our flights. Mum dropped the phone and started dancing round the kitchen.
+ fr long h | Ma sœur a appelé de Dublin. Elle se marie à Sydney. Et elle nous paie tous les billets d'avion. Maman a lâché le téléphone et s'est mise à danser dans la cuisine.
fr long h | Trois jours de pluie au camping. Les tentes prenaient l'eau. Et puis un gars a sorti sa sono sous le chapiteau. Tout le camping danse en bottes dans la boue.
+ en long h | Three days of rain at the campsite. The tents were leaking. Then some guy brought his sound system out under the big top. The whole campsite is dancing in wellies in the mud.
en long h | Our school choir was meant to sing two carols at the shopping centre. Then Santa started breakdancing. The kids lost it. Now half the mall is dancing round the fountain.
+ fr long h | La chorale de l'école devait chanter deux chants de Noël au centre commercial. Puis le père Noël s'est mis au breakdance. Les enfants sont devenus fous. La moitié du centre danse autour de la fontaine.
fr long h | Mon père ne danse jamais. Jamais. Ce soir, au mariage de ma sœur, il a retiré sa cravate et pris ma mère par la main. Toute la salle hurle.
+ en long h | My dad never dances. Never. Tonight at my sister's wedding, he took off his tie and grabbed my mum's hand. The whole room is screaming.
en long h | Snow stopped the trains at Zurich. Every hotel was full. A stranger invited twelve of us back to her flat. We ended up making rösti and dancing to her dad's old records till three.
+ fr long h | La neige a bloqué les trains à Zurich. Tous les hôtels étaient pleins. Une inconnue nous a invités à douze chez elle. On a fini par faire des röstis et danser sur les vieux disques de son père jusqu'à trois heures.
# negation
fr negation h | Pas besoin de calme ce soir : Les Ardentes commencent et je suis déjà collée à la barrière !
+ en negation h | No need for calm tonight: Les Ardentes is starting and I'm already pressed against the barrier!
en negation h | This isn't nerves, it's pure buzz: we fly to Rio for Carnival at dawn!
+ fr negation h | Ce n'est pas le trac, c'est de l'électricité pure : on s'envole pour le carnaval de Rio à l'aube !
fr negation h | Rien de mélancolique ce soir : c'est la fête de quartier et j'ai déjà mis mes paillettes !
+ en negation h | Nothing wistful about tonight: it's the street party and I've already got my glitter on!
en negation h | Not tired at all after twelve hours of driving: we've reached the festival and the bass is already thumping!
+ fr negation h | Pas fatigué du tout après douze heures de route : on est au festival et les basses cognent déjà !
# mixed
fr mixed h | Un peu de décalage horaire, mais surtout une énergie folle : premier soir à Séoul, on danse dans un karaoké privé !
+ en mixed h | A bit jet-lagged, but mostly wired: first night in Seoul and we're dancing in a private karaoke room!
en mixed h | A bit sunburnt, mostly buzzing: day two of the festival and we're at the front again!
+ fr mixed h | Un peu brûlée par le soleil, mais surtout survoltée : deuxième jour de festival et on est encore devant !
fr mixed h | Les pieds trempés et le mascara qui coule, mais on danse sous l'averse au concert et c'est le pied total !
+ en mixed h | Soaked feet and running mascara, but we're dancing in the downpour at the gig and it's absolutely amazing!
en mixed h | Slightly worried about the neighbours, but mostly losing it: my fortieth is in full swing in the back garden!
+ fr mixed h | Un peu inquiet pour les voisins, mais surtout déchaîné : mes quarante ans battent leur plein dans le jardin !
fr mixed h | Un pincement de quitter Marseille, mais surtout une joie folle : les copains me font une fête de départ sur un bateau dans le Vieux-Port !
+ en mixed h | A little pang at leaving Marseille, but mostly wild joy: my friends are throwing me a leaving party on a boat in the Old Port!
en mixed h | Wrecked from the night shift, but the second school broke up for summer I was dancing round the kitchen with the kids!
+ fr mixed h | Lessivée par la nuit de garde, mais dès que l'école a fermé pour l'été, je dansais dans la cuisine avec les enfants !
fr mixed h | Un peu stressé par le budget, mais la fête est lancée et tout le monde saute sous les lampions !
+ en mixed h | A bit stressed about the budget, but the party's started and everyone's jumping under the paper lanterns!
fr mixed h | La voix cassée et les jambes en coton, mais le festival continue et je repars au premier rang !
+ en mixed h | No voice left and legs like jelly, but the festival's still going and I'm heading back to the front!
en mixed h | A little scared of the height, but mostly screaming with joy on the zip line across the gorge!
+ fr mixed h | Un peu peur du vide, mais surtout je hurle de joie sur la tyrolienne au-dessus des gorges !
fr mixed h | Légèrement le mal de mer, mais les dauphins sautent autour du bateau et je crie de joie avec tout le monde !
+ en mixed h | A touch seasick, but the dolphins are leaping round the boat and I'm shrieking with joy with everyone else!
en mixed h | Bit hungover from last night, but the wedding party kicks off again at noon and I'm already dancing in the car!
+ fr mixed h | Un peu la gueule de bois d'hier, mais le mariage repart à midi et je danse déjà dans la voiture !
# slang and emoji
fr slang_emoji h | on part à Coachella 🌵🎡🔥 jpeux pas y croire mdrrr
+ en slang_emoji h | we're going to Coachella 🌵🎡🔥 can't believe it lmaooo
fr slang_emoji h | ptn la soirée d'hier, fini à 6h au kebab en chantant 🎤🥙😂 et on remet ça ce soir
+ en slang_emoji h | omg last night, ended up at the kebab shop at 6am singing 🎤🥙😂 and we're going again tonight
fr slang_emoji h | c'est le feu icitte, toute la gang danse sur le toit 🔥🍻
+ en slang_emoji h | it's lit here, the whole crew's dancing on the roof 🔥🍻
en slang_emoji h | lads holiday booked 🏝️🍻 magaluf here we come!!!
+ fr slang_emoji h | vacances entre potes réservées 🏝️🍻 Magaluf on arrive !!!
en slang_emoji h | omg omg omg front row for Harry Styles 😭🎤💃
+ fr slang_emoji h | ohlala ohlala premier rang pour Harry Styles 😭🎤💃
fr slang_emoji h | wsh la Pride c'est ce week-end 🏳️‍🌈🏳️‍🌈 jai déjà mes paillettes
+ en slang_emoji h | yo Pride is this weekend 🏳️‍🌈🏳️‍🌈 already got my glitter
en slang_emoji h | tbh best night of my life, still dancing in the uber 🪩🤪
+ fr slang_emoji h | franchement meilleure soirée de ma vie, je danse encore dans l'uber 🪩🤪
fr slang_emoji h | ça part en cacahuète au mariage 🥂🕺 tonton est sur la table
+ en slang_emoji h | the wedding's going off the rails 🥂🕺 uncle's up on the table
fr slang_emoji h | les places pour Stromae c bon 🤯🤯 jsuis en train de crier dans le bus
+ en slang_emoji h | got the Stromae tickets 🤯🤯 I'm literally screaming on the bus
# typo
fr typo h | on a eu les places pour tomorrowland jsuis entrain de crié dans ma chambre
+ en typo h | we got tomorrowland tickets im screamin in my room
fr typo h | ce soir on sort ttes les copines ensemble, fete jusqu a l aube yesss
+ en typo h | all the girls out tonite, partyin till sunrise yesss
fr typo h | ma soeur a reservé le chalet pr le nouvel an on va etre 20 cest la folie
+ en typo h | my sis booked the chalet for new years theres gonna be 20 of us its insane
fr typo h | les enfants sont deja en maillot a 7h du mat on part a la mer aujourdhui trop hate
+ en typo h | kids already in their swimsuits at 7am were off to the beach today cant wait
en typo h | cant beleive we got glasto tickets!!! screaming rn
+ fr typo h | jy crois pas on a eu les billets pr glasto!!! jhurle la
en typo h | best weding ever evry1 is on the dancefloor even nan
+ fr typo h | meilleur mariage du monde tt le monde est sur la piste meme mamie
en typo h | half term starts and were off to tenerife tmrw cant sleep lol
+ fr typo h | cest les vacances et on part a tenerife demain jarrive pa a dormir mdr
fr typo h | finie la fac pr lété, soirée plage ce soir tt le monde est chaud
+ en typo h | uni's done for summer, beach party tonite evry1s up for it
en typo h | were goin to the grand final!!! dad got us tix im shakin
+ fr typo h | on va a la grande finale!!! papa a eu des billets jtremble
# wish
fr wish h c=magenta;orange b=bright | Les potes arrivent pour ma teuf d'anniversaire, je suis surexcitée : magenta et orange, à fond !
+ en wish h c=magenta;orange b=bright | My mates are arriving for my birthday bash and I'm hyped: magenta and orange, full blast!
en wish h c=pink;violet b=bright | We're off to Mardi Gras tonight and I can't sit still: pink and violet, as bright as it goes!
+ fr wish h c=pink;violet b=bright | On part au Mardi gras ce soir et je ne tiens plus en place : rose et violet, le plus fort possible !
fr wish h c=cyan;magenta;yellow b=bright | Soirée dansante dans le salon, tout le monde saute : cyan, magenta et jaune qui claquent !
+ en wish h c=cyan;magenta;yellow b=bright | Dance party in the living room, everyone's jumping: cyan, magenta and yellow, make them pop!
en wish h c=red;orange;purple | Pre-drinks before the festival and we're buzzing: red, orange and purple, please!
+ fr wish h c=red;orange;purple | Apéro avant le festival et on est à fond : du rouge, de l'orange et du violet, s'il te plaît !
fr wish h c=blue;pink b=bright | Mon cousin a lancé son set de DJ et je suis en feu : du bleu et du rose, plein pot !
+ en wish h c=blue;pink b=bright | My cousin's started his DJ set and I'm on fire: blue and pink, flat out!
# explicit
fr explicit h | Je pète le feu, je suis intenable ce soir, c'est l'euphorie totale !
+ en explicit h | I'm bursting with energy, totally unstoppable tonight, pure euphoria!
en explicit h | I'm absolutely buzzing, over the moon, I want to dance till sunrise!
+ fr explicit h | Je suis complètement survolté, sur un petit nuage, j'ai envie de danser jusqu'au lever du soleil !
fr explicit h | J'ai une énergie de fou furieux, c'est la joie à l'état pur, il faut que je danse !
+ en explicit h | I've got crazy energy, it's joy in its purest form, I have to dance!
en explicit h | Pure elation right now, every bit of me wants to party!
+ fr explicit h | Une exaltation totale en ce moment, tout mon corps veut faire la fête !
fr explicit h | Je suis tout fou, gonflé à bloc, prêt à faire la fête jusqu'à demain !
+ en explicit h | I'm giddy, pumped to the max, ready to party till tomorrow!
# intensity
fr intensity l | Ça commence à chauffer doucement, la soirée décolle.
+ en intensity l | Things are warming up nicely, the party's taking off.
en intensity h | I AM SO HYPED RIGHT NOW, EVERYONE ON THE DANCE FLOOR!!!
+ fr intensity h | JE SUIS TROP CHAUD LÀ, TOUT LE MONDE SUR LA PISTE !!!
# situations: short voices with a request to the home
fr situation h | Les copines débarquent dans dix minutes pour la soirée pyjama-disco ! Fais clignoter tout l'appart.
+ en situation h | The girls are here in ten minutes for the pyjama disco! Make the whole flat flash.
fr situation h | Qualifiés pour la finale de la Coupe Davis, tout le bistrot de Genève chante ! Mets-nous une ambiance de stade.
+ en situation h | Through to the Davis Cup final, the whole bar in Geneva is singing! Give us a stadium vibe.
fr situation h | Mariage de mon pote samedi à Bordeaux, l'enterrement de vie de garçon démarre chez moi ! Envoie la sauce.
+ en situation h | My mate's wedding is Saturday in Bordeaux and the stag do kicks off at mine! Crank everything up.
fr situation h | Gagné un week-end au Festival de Jazz de Juan-les-Pins au quiz de la radio ! Lumières de fête, tout de suite.
+ en situation h | Won a weekend at the Juan-les-Pins jazz festival in the radio quiz! Party lights, right now.
fr situation h | Mes petits-enfants arrivent tous ensemble pour Noël, la maison va exploser ! Mets de la couleur partout.
+ en situation h | All my grandchildren are arriving together for Christmas, the house is going to explode! Colour everywhere, please.
fr situation h | La Fête de la bière de Munich, six copains et une fanfare bavaroise à notre table ! Ambiance qui déménage, s'il te plaît.
+ en situation h | Oktoberfest in Munich, six mates and a Bavarian oompah band at our table! Something wild for the lights, please.
fr situation h | Le beau-frère a loué un château gonflable géant pour la fête du quartier, les adultes aussi sautent dedans ! Mets quelque chose qui bouge.
+ en situation h | My brother-in-law hired a giant bouncy castle for the street party and the grown-ups are jumping in it too! Put on something lively.
fr situation h | Premier samedi des soldes d'été fini, on file à la soirée blanche sur la plage de Biarritz ! Lumière qui claque, vite.
+ en situation h | First Saturday of the summer sales done, and we're off to the all-white beach party in Biarritz! Punchy lights, quick.
"""

"""euphorie: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: fiesta
fr situation h | La petite fiesta prévue pour mes trente ans a débordé : deux cents personnes, un DJ et la rue bloquée jusqu'à l'aube !
+ en situation h | The little fiesta planned for my thirtieth got out of hand: two hundred people, a DJ and the street blocked off till dawn!
en situation h | The office fiesta has gone wild: the boss brought in a mariachi band and accounts are dancing on the desks!
+ fr situation h | La fiesta du bureau part en vrille : le patron a fait venir des mariachis et la compta danse sur les bureaux !
fr slang_emoji h | FIESTA CE SOIR 🎉🎉 mes cousins d'Argentine débarquent tous à l'improviste, la maison va exploser 🔥💃
+ en slang_emoji h | FIESTA TONIGHT 🎉🎉 my cousins from Argentina are all turning up out of the blue, the house is gonna explode 🔥💃
fr mixed h | Un peu cassée après six heures de route, mais surtout survoltée : la fiesta de Bayonne démarre et toute la ville chante en rouge et blanc !
+ en mixed h | A bit wrecked after six hours on the road, but mostly buzzing: the Bayonne fiesta is kicking off and the whole town is singing in red and white!

# trap: class
en situation h | The whole class is screaming and hugging: the school trip is to Iceland, and the volcano tour is included!
+ fr situation h | Toute la classe hurle et se serre dans les bras : le voyage scolaire, c'est l'Islande, visite du volcan comprise !
en situation h | Our salsa class turned into a street party, the teacher cranked up the speakers and the whole square is dancing with us!
+ fr situation h | Le cours de salsa a viré à la fête de rue, le prof a poussé les enceintes à fond et toute la place danse avec nous !
en typo h | omg the whole clas got picked for the tv dance show, were all screamin in the corridor!!
+ fr typo h | omg toute la classe a ete choisie pour l'emission de danse a la tele, on hurle tous dans le couloir !!
fr situation h | La classe de CM2 regarde en direct la naissance du bébé girafe du zoo, et trente gamins hurlent de joie devant l'écran !
+ en situation h | The year-five class is watching the zoo's baby giraffe being born live, and thirty kids are shrieking with joy at the screen!

# trap: won
en situation h | My little sister won a meet-and-greet with her K-pop idols in a prize draw, she's been screaming for ten minutes straight!
+ fr situation h | Ma petite sœur a gagné une rencontre avec ses idoles de K-pop à un tirage au sort, elle hurle depuis dix minutes sans s'arrêter !
en situation h | Wales won the Grand Slam and the whole of Cardiff is singing in the streets, strangers are hugging me on the bus!
+ fr situation h | Le pays de Galles a gagné le Grand Chelem et tout Cardiff chante dans les rues, des inconnus me serrent dans leurs bras dans le bus !
en situation h | We won the office sweepstake, three hundred quid, and the whole team is heading straight to karaoke, no arguments!
+ fr situation h | On a gagné le pronostic du bureau, trois cents livres, et toute l'équipe file direct au karaoké, pas de discussion !
en slang_emoji h | just won front row tickets in an insta giveaway by pure luck 😭😭 screaming in the car park rn 🎉🎉
+ fr slang_emoji h | jviens de gagner des places premier rang à un concours insta, pur coup de bol 😭😭 jhurle sur le parking là 🎉🎉

# trap: mois
fr situation h | Mon frère rentre après neuf mois en Antarctique, et tout l'aéroport nous regarde sauter et crier dans le hall des arrivées !
+ en situation h | My brother is back after nine months in Antarctica, and the whole airport is watching us jump and scream in the arrivals hall!
fr situation h | Dans un mois pile, on part en Inde pour Holi, la fête des couleurs, et je danse déjà dans le salon avec la valise vide !
+ en situation h | In exactly a month we're off to India for Holi, the festival of colours, and I'm already dancing round the living room with an empty suitcase!
fr situation h | Ça fait six mois qu'on en parle, et ce soir c'est enfin la fête de la coloc sur le toit : guirlandes, platines et quarante invités !
+ en situation h | We've been talking about it for six months, and tonight it's finally the flat party on the roof: fairy lights, decks and forty guests!

# trap: depuis
fr situation h | Depuis ce matin, le téléphone n'arrête pas : la vidéo de notre chèvre qui danse a fait dix millions de vues, on délire complètement !
+ en situation h | Since this morning the phone hasn't stopped: the video of our dancing goat has hit ten million views, we're going completely nuts!
fr situation h | On danse depuis midi sur la place, la fête des vendanges ne s'arrête plus et la fanfare repart pour un tour !
+ en situation h | We've been dancing in the square since noon, the grape harvest festival won't stop and the brass band is going round again!
fr typo h | jsuis debout sur mon lit depuis 10 min, ma cousine ma dit que je serai demoiselle d'honneur a son mariage a Rio jcrie
+ en typo h | been standing on my bed for 10 mins, my cousin just told me im gonna be bridesmaid at her wedding in Rio im screaming

# trap: jours
fr situation h | Plus que trois jours avant le carnaval de Dunkerque, mon costume est prêt et je chante à tue-tête sous la douche !
+ en situation h | Only three days left till the Dunkirk carnival, my costume's ready and I'm belting out songs in the shower!
fr situation h | Quinze jours de croisière offerts par nos enfants pour nos noces d'or, on a hurlé de joie et dansé dans le salon jusqu'à minuit !
+ en situation h | A fortnight's cruise from our children for our golden wedding, and we screamed with joy and danced round the living room till midnight!
fr situation h | Trois jours de fête au village pour la Saint-Jean, et ce soir c'est le grand bal, les gamins sautent déjà partout !
+ en situation h | Three days of Midsummer celebrations in the village, and tonight's the big dance, the kids are already bouncing everywhere!

# trap: vendredi
fr situation h | Vendredi, dix-huit heures : le patron nous lâche et on file tous au festival, musique à fond dans le minibus !
+ en situation h | Friday, six o'clock: the boss lets us go and we all head off to the festival, music blaring in the minibus!
fr situation h | Vendredi, c'est le départ en colo pour les jumeaux, et ils sautent sur leurs valises en criant depuis l'aube !
+ en situation h | Friday the twins leave for summer camp, and they've been jumping on their suitcases and shouting since dawn!
en situation h | Friday night and the neighbours just wheeled a full sound system into the courtyard, the whole block is dancing!
+ fr situation h | Vendredi soir, et les voisins viennent de sortir une sono complète dans la cour, tout l'immeuble danse !

# trap: years
en situation h | Twenty years living abroad and my best friend just turned up on my doorstep with a cake and a whole samba band!
+ fr situation h | Vingt ans que je vis à l'étranger, et ma meilleure amie débarque sur mon palier avec un gâteau et une batucada entière !
en situation h | Eighteen years old at midnight, and my mates burst in with a confetti cannon and a karaoke machine, the party's on!
+ fr situation h | Dix-huit ans à minuit pile, et mes potes débarquent avec un canon à confettis et une machine à karaoké, c'est parti !
en situation h | Ten years since they last toured, and tonight they open with our song, the whole arena is screaming with us!
+ fr situation h | Dix ans sans tournée, et ce soir ils ouvrent avec notre chanson, toute l'arène hurle avec nous !

# trap: month
en situation h | A whole month of carnival in Trinidad starts tomorrow, I've packed nothing and I'm dancing round the flat!
+ fr situation h | Un mois entier de carnaval à Trinidad commence demain, je n'ai rien emballé et je danse dans tout l'appart !
en situation h | My brother is flying in next month for the first time since he moved to Korea, with my baby nephew, I'm screaming!
+ fr situation h | Mon frère arrive le mois prochain pour la première fois depuis son départ en Corée, avec mon neveu tout bébé, je hurle !
en situation h | Last month of term and the head just announced a free day at the water park for every pupil, the playground is going wild!
+ fr situation h | Dernier mois de l'année scolaire et la directrice annonce une journée gratuite au parc aquatique pour tous les élèves, la cour devient folle !

# trap: night
en situation h | Midsummer night in Stockholm, the sun just won't set and we're dancing round the maypole at two in the morning!
+ fr situation h | Nuit de la Saint-Jean à Stockholm, le soleil refuse de se coucher et on danse autour du mât fleuri à deux heures du matin !
en situation h | Night bus home from the festival and the whole top deck is still singing, the driver's honking in time!
+ fr situation h | Bus de nuit au retour du festival, et tout l'étage du haut chante encore, le chauffeur klaxonne en rythme !
en situation h | Night one of the Fringe and we've seen five shows, danced in a church and we're nowhere near done!
+ fr situation h | Première nuit du festival d'Édimbourg : cinq spectacles, on a dansé dans une église et on est loin d'avoir fini !
# trap: fils
fr situation h | Mon fils m'appelle d'Australie : il rentre pour Noël avec sa fiancée et leur bébé, je saute dans toute la maison !
+ en situation h | My son's calling from Australia: he's coming home for Christmas with his fiancée and their baby, I'm bouncing all over the house!
fr situation h | Mon fils de sept ans a reçu une lettre de Thomas Pesquet en personne, il court dans tout l'immeuble en la brandissant et en criant !
+ en situation h | My seven-year-old son got a letter from Thomas Pesquet himself, he's running round the whole building waving it and shouting!
fr situation h | Mon fils et moi, on hurle devant l'écran : Lens égalise à la dernière seconde et le salon devient un stade !
+ en situation h | My son and I are screaming at the screen: Lens equalise in the last second and the living room turns into a stadium!

# trap: fille
fr situation h | Ma fille ouvre la boîte : deux places pour le Lac des cygnes à l'Opéra, elle tourne sur elle-même en poussant des cris aigus !
+ en situation h | My daughter opens the box: two tickets for Swan Lake at the Opera, she's spinning round and squealing!
fr situation h | Ma fille m'annonce qu'elle m'emmène à Lisbonne pour mes soixante ans, on crie toutes les deux dans la cuisine comme des ados !
+ en situation h | My daughter tells me she's taking me to Lisbon for my sixtieth, we're both screaming in the kitchen like teenagers!
en situation h | My daughter's favourite footballer picked her as mascot tonight, she walks out holding his hand and we're yelling in the stands!
+ fr situation h | Le footballeur préféré de ma fille l'a choisie comme mascotte ce soir, elle entre sur le terrain en lui tenant la main et on hurle en tribune !

# trap: mère
fr situation h | Ma mère a débarqué à la crémaillère avec une batucada entière, et tout le quartier danse devant l'immeuble !
+ en situation h | My mother turned up at the housewarming with a whole samba band, and the entire neighbourhood is dancing outside the building!
fr situation h | Ma mère vient d'apprendre qu'elle a gagné un voyage à Tahiti au jeu du supermarché, elle danse au milieu du rayon fromages !
+ en situation h | My mum just found out she's won a trip to Tahiti in the supermarket prize draw, she's dancing in the middle of the cheese aisle!
fr typo h | ma mere a reservé un chalet pr toute la famille a noel, on sera 25 !! jsuis surexcitée jsaute partt
+ en typo h | my mum booked a chalet for the whole family at xmas, there'll be 25 of us!! so hyped im jumping everywhere

# trap: père
fr situation h | Mon père a branché le juke-box de la brocante à fond, et toute la famille danse le rock dans le garage jusqu'à deux heures du matin !
+ en situation h | Dad plugged in the flea-market jukebox at full blast, and the whole family is jiving in the garage till two in the morning!
fr situation h | Mon père m'appelle en hurlant : un collègue lui a cédé deux places pour le Super Bowl et il m'emmène à Las Vegas !
+ en situation h | My father's yelling down the phone: a colleague gave him two Super Bowl tickets and he's taking me to Las Vegas!

# trap: frère
fr situation h | Le copain de mon frère l'a demandé en mariage en plein karaoké, et tout le bar chante « I Will Survive » debout sur les chaises !
+ en situation h | My brother's boyfriend proposed to him in the middle of karaoke, and the whole bar is singing I Will Survive standing on the chairs!
fr situation h | Mon frère me réveille à six heures en criant : il a des places pour les 24 Heures du Mans, directement dans les stands !
+ en situation h | My brother wakes me at six, shouting: he's got tickets for the Le Mans 24 Hours, right in the pit lane!
fr negation h | Ce n'est pas de la fierté, je n'ai rien fait : mon frère m'embarque à la finale de la Ligue des champions et je saute partout !
+ en negation h | It's not pride, I didn't do a thing: my brother's taking me to the Champions League final and I'm jumping all over the place!

# trap: enfants
fr situation h | On vient d'annoncer aux enfants qu'on part voir les baleines au Canada, ils sautent sur le canapé en hurlant depuis une heure !
+ en situation h | We just told the kids we're going whale watching in Canada, they've been jumping on the sofa screaming for an hour!
fr situation h | Un vrai kart sous le sapin, les enfants crient et se bousculent dans le jardin pour faire le premier tour !
+ en situation h | A real go-kart under the tree, the kids are shrieking and shoving each other in the garden to get the first ride!
fr situation h | La piscine à vagues de l'hôtel vient de se mettre en route, les enfants hurlent de joie et replongent sans arrêt !
+ en situation h | The hotel's wave pool just started up, the kids are screaming with joy and diving back in again and again!

# trap: dad
en situation h | Dad just walked in waving tickets: we're going to the Rugby World Cup final in Paris, all five of us!
+ fr situation h | Papa vient d'entrer en agitant des billets : on va voir la finale de la Coupe du monde de rugby à Paris, tous les cinq !
en situation h | Dad grabbed the mic at my cousin's wedding and now he's leading a conga line right through the hotel kitchens!
+ fr situation h | Papa a pris le micro au mariage de ma cousine et maintenant il mène une chenille à travers les cuisines de l'hôtel !
en situation h | Dad and I are screaming at the telly: Wrexham scored in the 95th minute and the living room has gone mad!
+ fr situation h | Papa et moi, on hurle devant la télé : Wrexham a marqué à la 95e minute et le salon est devenu fou !

# trap: baby
en situation h | Baby-free weekend in Ibiza with my girls, the plane hasn't even taken off and we're already singing in the aisle!
+ fr situation h | Week-end sans bébé à Ibiza avec mes copines, l'avion n'a même pas décollé et on chante déjà dans l'allée !
en situation h | The baby elephant was born live on the zoo webcam and the whole office is cheering round one laptop!
+ fr situation h | L'éléphanteau est né en direct sur la webcam du zoo et tout le bureau hurle de joie autour d'un seul ordinateur !
en situation h | My best friend just sent the scan, the baby is due on my birthday, I'm screaming on the train!
+ fr situation h | Ma meilleure amie vient d'envoyer l'échographie, le bébé doit naître le jour de mon anniversaire, je hurle dans le train !

# trap: dog
en situation h | Our dog caught the bride's bouquet and the whole dance floor is screaming with laughter and chanting his name!
+ fr situation h | Notre chien a attrapé le bouquet de la mariée et toute la piste hurle de rire en scandant son nom !
en situation h | The sled dogs take off across the frozen lake at full speed and my kids are yelling with joy in the sledge!
+ fr situation h | Les chiens de traîneau s'élancent à toute vitesse sur le lac gelé et mes enfants hurlent de joie dans le traîneau !
en slang_emoji h | THE DOG IS COMING HOME TOMORROW 🐶🐶 the shelter said yes, kids are losing their minds 😭🎉
+ fr slang_emoji h | LE CHIEN ARRIVE DEMAIN 🐶🐶 le refuge a dit oui, les gosses pètent un câble 😭🎉
# trap: dit
fr situation h | Le pilote a dit « on fait un petit détour au-dessus du Grand Canyon », et tout l'avion s'est mis à applaudir en criant !
+ en situation h | The pilot said we'd take a little detour over the Grand Canyon, and the whole plane burst into cheers and applause!
fr situation h | Quand le DJ a dit « dernière chanson », la foule a hurlé non, et il a rejoué une heure de plus, on est en nage !
+ en situation h | When the DJ said last song, the crowd screamed no, and he played another hour, we're drenched in sweat!
fr situation h | Mamie a dit qu'elle voulait fêter ses quatre-vingt-dix ans en boîte de nuit, et elle met le feu à la piste avec ses petits-enfants !
+ en situation h | Gran said she wanted her ninetieth in a nightclub, and she's setting the dance floor on fire with her grandkids!

# trap: told
en situation h | My boss told me to take Friday off because she has a spare VIP pass for the Grand Prix, I'm bouncing on my chair!
+ fr situation h | Ma cheffe m'a dit de poser mon vendredi parce qu'elle a un pass VIP en trop pour le Grand Prix, je rebondis sur ma chaise !
en situation h | Mum told us the surprise: the whole family is flying to Jamaica for Grandma's eightieth, I screamed so loud the dog barked!
+ fr situation h | Maman nous a dit la surprise : toute la famille s'envole en Jamaïque pour les quatre-vingts ans de mamie, j'ai crié si fort que le chien a aboyé !
en situation h | The bouncer told us we're on the list, and ten seconds later we're inside dancing three metres from the DJ!
+ fr situation h | Le videur nous a dit qu'on était sur la liste, et dix secondes après on danse à trois mètres du DJ !

# trap: gave
en situation h | My flatmate gave me her spare Glastonbury ticket an hour before the coach leaves, I'm packing and screaming at the same time!
+ fr situation h | Ma coloc m'a donné son billet en trop pour Glastonbury une heure avant le départ du car, je fais mon sac en hurlant !
en situation h | The drummer gave my son his sticks after the encore, and he's waving them over the crowd and yelling his head off!
+ fr situation h | Le batteur a donné ses baguettes à mon fils après le rappel, et il les agite au-dessus de la foule en criant à pleins poumons !
en situation h | The conductor gave my daughter the baton for the last piece and the whole orchestra followed her, she's jumping up and down!
+ fr situation h | Le chef d'orchestre a tendu sa baguette à ma fille pour le dernier morceau et tout l'orchestre l'a suivie, elle saute sur place !

# trap: sans
fr situation h | Partis sans rien prévoir, on tombe en plein carnaval de Binche et on danse avec les Gilles jusqu'à la nuit !
+ en situation h | We set off with no plan at all and land right in the Binche carnival, dancing with the Gilles until nightfall!
fr situation h | Vingt heures sans dormir et on danse encore sur le pont du ferry, le soleil se lève sur la Corse et tout le monde chante !
+ en situation h | Twenty hours without sleep and we're still dancing on the ferry deck, the sun's rising over Corsica and everyone's singing!
fr situation h | Sans rien dire à personne, mon mari a loué un bateau pour mes cinquante ans, et tous nos amis m'attendent à bord avec une fanfare !
+ en situation h | Without telling a soul, my husband hired a boat for my fiftieth, and all our friends are waiting on board with a brass band!

# trap: without
en situation h | We drove off without a plan and ended up in the middle of Notting Hill Carnival, dancing behind a steel band!
+ fr situation h | On est partis sans plan et on a atterri en plein carnaval de Notting Hill, à danser derrière un steel band !
en situation h | Without telling us, Gran booked the whole family a week on a Greek island, we're all screaming on the video call!
+ fr situation h | Sans nous prévenir, mamie a réservé une semaine sur une île grecque pour toute la famille, on hurle tous en visio !
en typo h | 3 days without sleep at the festivl and im still jumpin like its the first song lmaooo
+ fr typo h | 3 jours sans dormir au festival et jsaute encore comme si c'etait la premiere chanson mdrrr

# trap: again
en situation h | Our song came on again at the wedding, third time tonight, and the whole dance floor is screaming every word!
+ fr situation h | Notre chanson repasse au mariage, la troisième fois ce soir, et toute la piste hurle chaque mot !
en situation h | The lifeguard let us go down the giant slide again and again after closing, we're shrieking every single time!
+ fr situation h | Le maître-nageur nous laisse redescendre le toboggan géant encore et encore après la fermeture, on hurle à chaque fois !
en situation h | We're going to Rio again next February, my husband just booked it, and I'm dancing the samba round the office!
+ fr situation h | On retourne à Rio en février prochain, mon mari vient de réserver, et je danse la samba dans tout le bureau !

# trap: trois
fr situation h | Trois cousines, trois bouteilles de champagne et un karaoké sur la péniche : on chante à tue-tête en passant sous les ponts de Paris !
+ en situation h | Three cousins, three bottles of champagne and karaoke on the barge: we're belting out songs as we pass under the bridges of Paris!
fr situation h | Trois heures du matin, et la fête de fin de chantier bat son plein, les ouvriers dansent sous les projecteurs de la grue !
+ en situation h | Three in the morning, and the end-of-build party is in full swing, the workers are dancing under the crane's floodlights!

# trap: six
fr situation h | Six copines, un minibus rose et direction Amsterdam pour l'enterrement de vie de jeune fille, on chante depuis Lille !
+ en situation h | Six girlfriends, a pink minibus and off to Amsterdam for the hen do, we've been singing since Lille!
fr situation h | Six buts à zéro pour Brest, et toute la ville envahit la place de la Liberté en chantant et en sautant !
+ en situation h | Six-nil to Brest, and the whole town floods into the Place de la Liberté singing and jumping!
en situation h | Six of us crammed in a camper van, windows down, heading to Fuji Rock and screaming along to every song!
+ fr situation h | À six dans un camping-car, fenêtres ouvertes, en route pour Fuji Rock, on hurle toutes les chansons !

# trap: thirty
en situation h | Thirty of us turned up in fancy dress for Tom's birthday, and he's crying with laughter and jumping on the sofa!
+ fr situation h | On a débarqué à trente déguisés pour l'anniversaire de Tom, et il pleure de rire en sautant sur le canapé !
en situation h | Thirty degrees, foam cannons on the beach, and the DJ just dropped our anthem, everybody's going crazy!
+ fr situation h | Trente degrés, des canons à mousse sur la plage, et le DJ vient de lancer notre hymne, tout le monde devient fou !

# trap: euros
fr situation h | Mon oncle a touché deux cent mille euros au quinté et il invite toute la famille au Maroc, on hurle autour de la table !
+ en situation h | My uncle won two hundred thousand euros on the horses and he's taking the whole family to Morocco, we're screaming round the table!
fr situation h | Trois euros la bière, un groupe de ska sur le trottoir et toute la fête de la musique saute dans la rue, c'est la folie !
+ en situation h | Three-euro beers, a ska band on the pavement and the whole music festival is jumping in the street, it's madness!

# trap: kilomètres
fr situation h | Encore deux kilomètres et on arrive au festival, on voit déjà les lasers au-dessus des arbres, tout le monde hurle dans la voiture !
+ en situation h | Two more kilometres to the festival, we can already see the lasers above the trees, everyone in the car is screaming!
fr situation h | À cinq kilomètres de l'arrivée, la caravane du Tour nous arrose de casquettes et les enfants hurlent au bord de la route !
+ en situation h | Five kilometres from the finish, the Tour caravan showers us with caps and the kids are screaming at the roadside!
fr mixed h | Deux cents kilomètres de bouchons, un peu vidé, mais surtout surexcité : le concert surprise commence par notre chanson !
+ en mixed h | Two hundred kilometres of traffic jams, a bit drained, but mostly over the moon: the surprise gig opens with our song!

# explicit and wish
fr explicit h | Je suis dans un état d'euphorie totale : ma sœur revient vivre dans notre ville et elle a dit qu'elle emménage dans ma rue !
+ en explicit h | I'm in a state of total euphoria: my sister's moving back to our town and she said she's moving into my street!
fr wish h c=pink;purple b=bright | Les enfants sont surexcités, leurs cousins arrivent ce soir pour trois jours : rose et violet à fond, on fait la fête !
+ en wish h c=pink;purple b=bright | The kids are hyper, their cousins arrive tonight for three days: pink and purple, full blast, let's party!
"""

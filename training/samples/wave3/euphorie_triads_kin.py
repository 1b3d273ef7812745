"""euphorie: third wave, triads with tristesse and nostalgie (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Ma petite sœur vient d'accoucher, je suis tata ! Je cours dans le couloir de la maternité en criant !
+ en situation h | My little sister just gave birth, I'm an auntie! I'm running down the maternity ward corridor shouting!
# triad 02
fr situation h | Noces d'or de papi et mamie : l'orchestre joue leur chanson de 1974, ils dansent et toute la salle hurle debout !
+ en situation h | My grandparents' golden wedding: the band plays their 1974 song, they dance, and the whole room is up and roaring!
# triad 03
en situation h | Keys to my very first flat! My mates turn up with pizza and we dance on the mattress on the floor!
+ fr situation h | Les clés de mon tout premier appart ! Les potes débarquent avec des pizzas et on danse sur le matelas posé par terre !
# triad 04
fr situation h | Je suis témoin au mariage de Samir : il me fait monter sur scène et toute la salle me porte à bout de bras !
+ en situation h | I'm best man at Samir's wedding: he pulls me on stage and the whole room lifts me up over their heads!
# triad 05
fr situation h | Mon frère rentre du Japon après trois ans : il passe la porte des arrivées et je lui saute dessus en hurlant !
+ en situation h | My brother's back from Japan after three years: he walks through arrivals and I jump on him screaming!
# triad 06
fr situation h | Baptême de ma filleule : les cloches sonnent, les dragées volent, les cousins dansent sur le parvis en hurlant !
+ en situation h | My goddaughter's christening: the bells ring, sugared almonds fly, the cousins are dancing and shouting outside the church!
# triad 07
en situation h | My school friends crossed the whole country for my 40th; they jump out from behind the curtain and I scream!
+ fr situation h | Mes amis d'école ont traversé toute la France pour mes 40 ans ; ils surgissent de derrière le rideau et je hurle !
# triad 08
fr situation h | Soirée des 20 ans du bac : toute la terminale est là, le DJ lance notre tube de 2005 et on saute comme des fous !
+ en situation h | Our 20-year class reunion: the whole senior year is here, the DJ plays our 2005 anthem and we're jumping like mad!
# triad 09
fr situation h | Le téléphone sonne : un petit garçon de quatre ans nous attend à Lyon, on devient parents ! On hurle dans la cuisine !
+ en situation h | The phone rings: a little four-year-old boy is waiting for us in Lyon, we're becoming parents! We're screaming in the kitchen!
# triad 10
en situation h | Inès's farewell party before Dakar turns wild: the whole building is dancing on the landing until 4 a.m.!
+ fr situation h | La soirée d'adieu d'Inès avant Dakar part en folie : tout l'immeuble danse sur le palier jusqu'à 4 h du matin !
# triad 11
fr situation h | Papa se remarie à 68 ans ! Il arrive en Vespa devant la mairie et tous les petits-enfants hurlent de joie !
+ en situation h | Dad's getting remarried at 68! He pulls up at the town hall on a Vespa and all the grandkids scream with joy!
# triad 12
fr situation h | Grâce au test ADN, je rencontre ma demi-sœur ce soir à la gare : même nez, même rire, on crie en se serrant !
+ en situation h | Thanks to a DNA test I'm meeting my half-sister at the station tonight: same nose, same laugh, we're shrieking and hugging!
# triad 13
en situation h | My husband's back from six months in Mali: the kids spot him on the parade ground and run screaming into his arms!
+ fr situation h | Mon mari rentre de six mois au Mali : les enfants le repèrent sur la place d'armes et courent se jeter dans ses bras en hurlant !
# triad 14
fr slang_emoji h | le groupe whatsapp du collège s'est réveillé : RDV samedi, on sera TOUS les 8 !!! 😭🎉🎉 je hurle dans le bus
+ en slang_emoji h | the middle school whatsapp group woke up: meetup saturday and ALL 8 of us are coming!!! 😭🎉🎉 screaming on the bus
# triad 15
fr situation h | Au dessert de Noël, mon frère pose un genou à terre devant toute la famille, elle dit oui, on hurle en renversant la bûche !
+ en situation h | Over Christmas dessert my brother drops to one knee in front of the whole family, she says yes, and we scream and knock over the yule log!
# triad 16
fr situation h | Bar-mitsva de mon neveu : on le soulève sur sa chaise pendant la hora, toute la salle chante et tape des mains !
+ en situation h | My nephew's bar mitzvah: we lift him up on his chair for the hora, the whole hall is singing and clapping!
# triad 17
en situation h | Chinese New Year at my in-laws': firecrackers in the courtyard, red envelopes, the kids shrieking and dancing with the lion!
+ fr situation h | Nouvel An chinois chez mes beaux-parents : pétards dans la cour, enveloppes rouges, les enfants hurlent et dansent avec le lion !
# triad 18
fr situation h | Dix ans après la colo, on se retrouve à douze au camping de Seignosse et on court dans les vagues en hurlant !
+ en situation h | Ten years after summer camp, twelve of us meet up at the Seignosse campsite and run screaming into the waves!
# triad 19
fr situation h | On annonce à mes parents qu'ils vont être grands-parents : papa saute dans la cuisine, maman hurle, on rit tous aux larmes !
+ en situation h | We tell my parents they're going to be grandparents: Dad's jumping round the kitchen, Mum's screaming, we're all laughing till we cry!
# triad 20
en situation h | All three kids are home for Christmas at once, first time in five years: we're screaming on the station platform!
+ fr situation h | Les trois enfants rentrent pour Noël en même temps, une première en cinq ans : on hurle sur le quai de la gare !
# triad 21
fr situation h | Noces d'argent : les enfants ont fait revenir le groupe de notre mariage, on danse comme en 1999 et toute la salle hurle !
+ en situation h | Our silver wedding: the kids brought back the band from our wedding, we're dancing like it's 1999 and the whole room is roaring!
# triad 22
fr situation h | Ma meilleure amie vient d'acheter la maison juste à côté de la mienne ! On hurle chacune de notre côté de la haie !
+ en situation h | My best friend just bought the house right next to mine! We're screaming at each other over the hedge!
# triad 23
fr situation h | Remise des diplômes : ma fille lance sa toque, mamie sort les youyous et toute la famille saute dans l'amphi !
+ en situation h | Graduation day: my daughter throws her cap, Grandma starts ululating and the whole family is jumping in the lecture hall!
# triad 24
fr situation h | Papi revient du Portugal pour le mariage de ma sœur : il entre dans la salle en dansant et tout le monde scande son nom !
+ en situation h | Grandpa's flown in from Portugal for my sister's wedding: he dances into the hall and everyone's chanting his name!
# triad 25
fr situation h | EVJF de ma sœur : limousine rose, on chante à tue-tête par le toit ouvrant dans tout Bordeaux !
+ en situation h | My sister's hen party: a pink limo, and we're belting out songs through the sunroof all across Bordeaux!
# triad 26
en situation h | Twenty-five years on, I find Sandrine, my best friend from third grade, on a video call and we both scream at once!
+ fr situation h | Vingt-cinq ans après, je retrouve Sandrine, ma meilleure amie de CE2, en visio, et on hurle en même temps !
# triad 27
fr situation h | Fâchés depuis dix ans, mon frère et moi, on se tombe dans les bras au mariage de la cousine et on danse en hurlant !
+ en situation h | Ten years of not speaking, and my brother and I fall into each other's arms at our cousin's wedding and dance like maniacs!
# triad 28
fr situation h | Premiers pas de ma fille en plein salon devant toute la famille ! On hurle, papi renverse son café, c'est l'explosion !
+ en situation h | My daughter's first steps right in the living room in front of the whole family! We scream, Grandpa spills his coffee, total explosion!
# triad 29
en situation h | My sister shows up in Seville during my Erasmus year and we dance in the street all night with the whole flat!
+ fr situation h | Ma sœur débarque à Séville pendant mon Erasmus et on danse dans la rue toute la nuit avec toute la coloc !
# triad 30
fr situation h | Ma meilleure amie a appelé sa fille comme moi ! Je lis le faire-part en pleine rue et je hurle de joie !
+ en situation h | My best friend named her baby girl after me! I'm reading the birth announcement in the middle of the street and screaming with joy!
# triad 31
en situation h | My brother's housewarming in his first house: thirty people, speakers blasting, we're dancing in the empty garage!
+ fr situation h | Crémaillère de mon frère dans sa première maison : trente personnes, la sono à fond, on danse dans le garage vide !
# triad 32
fr situation h | Yuki, notre lycéenne japonaise d'il y a dix ans, débarque pour le mariage de ma fille ! Tout le monde crie en voyant le taxi !
+ en situation h | Yuki, our Japanese exchange student from ten years ago, turns up for my daughter's wedding! Everyone screams when the taxi pulls in!
# triad 33
fr situation h | On vient de se pacser, et les copains nous attendent devant le tribunal avec des canons à confettis et une fanfare !
+ en situation h | We've just signed our civil partnership, and our friends are waiting outside the courthouse with confetti cannons and a brass band!
# triad 34
fr situation h | Après deux mois en néonat, notre fils rentre à la maison ! Ses grands frères ont accroché une banderole et hurlent sur le perron !
+ en situation h | After two months in neonatal care, our son's coming home! His big brothers have hung a banner and are yelling on the doorstep!
# triad 35
en situation h | My best mate hands me a bottle labelled 'Will you be the godfather?' and I yell so loud the whole restaurant turns round!
+ fr situation h | Mon meilleur pote me tend une bouteille étiquetée « Tu veux être le parrain ? » et je hurle si fort que tout le resto se retourne !
# triad 36
en situation h | I step out of the fitting room in the wedding dress and Mum and my sisters scream and jump all over the shop!
+ fr situation h | Je sors de la cabine en robe de mariée, et maman et mes sœurs hurlent et sautent dans toute la boutique !
# triad 37
fr situation h | Les six petits-enfants débarquent ensemble pour les vacances, la maison explose de cris, et papi danse avec eux dans la cour !
+ en situation h | All six grandchildren arrive together for the holidays, the house bursts with shouting, and Grandpa's dancing with them in the yard!
# triad 38
fr situation h | Soirée du henné de ma cousine : youyous, darbouka, toutes les femmes dansent en cercle jusqu'à trois heures !
+ en situation h | My cousin's henna night: ululating, darbuka drums, all the women dancing in a circle until three in the morning!
# triad 39
fr situation h | On a racheté à plusieurs la maison de vacances de mamie ! Toute la famille court dans le jardin en criant !
+ en situation h | Between us we've bought back Grandma's holiday house! The whole family's running round the garden screaming!
# triad 40
en situation h | Twenty years later, our old school band is back on stage at the local bar and the whole place is screaming our songs!
+ fr situation h | Vingt ans après, notre vieux groupe du lycée remonte sur scène au bar du coin, et toute la salle hurle nos chansons !
# triad 41
en situation h | For Mum's 60th we hid her four brothers from Senegal in the garage; she opens the door and screams the house down!
+ fr situation h | Pour les 60 ans de maman, on a caché ses quatre frères venus du Sénégal dans le garage ; elle ouvre la porte et hurle à en faire trembler la maison !
# triad 42
fr situation h | Le porte-conteneurs de papa accoste enfin au Havre après quatre mois ; on court sur le quai en hurlant avec les petits !
+ en situation h | Dad's container ship finally docks at Le Havre after four months; we're running down the quay screaming with the little ones!
# triad 43
fr situation h | Mes parents sortent de l'avion après huit ans de séparation ; ma grand-mère crie et on court tous vers eux dans le hall !
+ en situation h | My parents come off the plane after eight years apart; my grandmother shrieks and we all run to them across the hall!
# triad 44
fr situation h | Après deux ans de relation à distance, Hugo emménage ici ce soir ! Je cours sur le quai de la gare en hurlant !
+ en situation h | After two years of long distance, Hugo is moving in tonight! I'm running down the station platform screaming!
# triad 45
fr situation h | Maman prend sa retraite et s'installe à deux rues de chez nous ! Les enfants hurlent et sautent sur le canapé !
+ en situation h | Mum's retiring and moving two streets away from us! The kids are screaming and bouncing on the sofa!
# triad 46
fr situation h | Mamie, 94 ans, tient son arrière-petit-fils pour la première fois ; elle chante et toute la chambre crie de joie !
+ en situation h | Grandma, 94, holds her great-grandson for the first time; she's singing and the whole room is cheering!
# triad 47
en situation h | First family lunch after two years stuck abroad: everyone's hugging and shrieking in the garden, nobody wants to let go!
+ fr situation h | Premier repas de famille après deux ans coincée à l'étranger : tout le monde s'embrasse et crie dans le jardin, personne ne veut se lâcher !
# triad 48
fr situation h | Ma fille sort de l'église à Trébeurden, la fanfare éclate et tout le village danse sur la place !
+ en situation h | My daughter comes out of the church in Trébeurden, the brass band strikes up and the whole village is dancing in the square!
# triad 49
en situation h | Like every summer, the gang lands at the cottage and we all jump in the pool fully dressed, screaming!
+ fr situation h | Comme chaque été, la bande débarque au gîte et on saute tous dans la piscine tout habillés en hurlant !
# triad 50
fr situation h | Les 80 ans de papi : il entre dans la salle des fêtes, les quatre-vingts invités chantent, il danse déjà avec la boulangère !
+ en situation h | Grandpa's 80th: he walks into the village hall, eighty guests burst into song, and he's already dancing with the baker!
# triad 51
fr situation h | Mon pote boucle son tour du monde en voilier : tout le port de La Rochelle klaxonne et on saute sur le ponton !
+ en situation h | My mate's just finished sailing round the world: the whole La Rochelle harbour is honking and we're jumping on the pontoon!
# triad 52
fr situation h | Diwali chez ma tante : feux d'artifice sur le toit, bhangra à fond, toute la famille danse dans la rue !
+ en situation h | Diwali at my aunt's: fireworks on the roof, bhangra blasting, the whole family dancing in the street!
# triad 53
fr situation h | Mariage de mon cousin en Guadeloupe : le gwoka démarre sur la plage et toute la famille danse pieds nus !
+ en situation h | My cousin's wedding in Guadeloupe: the gwoka drums start on the beach and the whole family dances barefoot!
# triad 54
fr situation h | Texto à 3 h du matin : je suis grand-père ! Je réveille tout l'immeuble en chantant sur le balcon !
+ en situation h | Text at 3 a.m.: I'm a grandfather! I wake up the whole building singing on the balcony!
# triad 55
fr situation h | Ma fille, partie un an en mission au Népal, sonne à la porte le soir de mon anniversaire ! Je hurle en lâchant les assiettes !
+ en situation h | My daughter, away for a year volunteering in Nepal, rings the doorbell on my birthday! I scream and drop the plates!
# triad 56
fr situation h | Mon pote m'appelle : son bébé est né dans la voiture sur le parking de la maternité ! On hurle tous les deux au téléphone !
+ en situation h | My mate calls: his baby was born in the car in the maternity car park! We're both yelling down the phone!
# triad 57
fr situation h | Mamie, 87 ans, épouse son amoureux de la maison de retraite : tout l'établissement danse le madison dans la salle à manger !
+ en situation h | Grandma, 87, marries her sweetheart from the care home: the whole place is doing the madison in the dining room!
# triad 58
en situation h | Auntie's back from Argentina after forty years: the whole village is waiting in the square, the accordion starts and everyone dances!
+ fr situation h | Tata revient d'Argentine après quarante ans : tout le village l'attend sur la place, l'accordéon démarre et tout le monde danse !
# triad 59
en slang_emoji h | MY TWIN GOT HER TRANSFER TO LILLE 😭😭 we'll be living on the same street again, screaming down the phone 🎉🎉
+ fr slang_emoji h | MA JUMELLE A EU SA MUTATION À LILLE 😭😭 on va rehabiter la même rue, on hurle au tel 🎉🎉
# triad 60
fr situation h | Soirée de fiançailles de mon petit frère : les deux familles se mettent à danser ensemble, papa sur une chaise, c'est la folie !
+ en situation h | My little brother's engagement party: both families start dancing together, Dad up on a chair, it's total madness!
# triad 61
fr situation h | Cinquante ans après, on se retrouve à six du service militaire à Berlin, et on chante nos vieux refrains debout sur les tables !
+ en situation h | Fifty years on, six of us from national service in Berlin meet up again, and we're singing our old songs standing on the tables!
# triad 62
fr situation h | Premier anniversaire de mon fils : il plonge les deux mains dans le gâteau et les vingt invités hurlent de rire en applaudissant ! Envoie la fête dans le salon !
+ en situation h | My son's first birthday: he plunges both hands into the cake and all twenty guests are shrieking with laughter and clapping! Bring the party lights!
# triad 63
fr situation h | Au mariage, papa et moi ouvrons le bal sur Queen, il fait une glissade à genoux et toute la salle hurle !
+ en situation h | At the wedding, Dad and I open the dancing to Queen, he does a knee slide and the whole room goes wild!
# triad 64
fr situation h | Fête du village : Julien, parti depuis quinze ans, surgit au bal ! On se saute dans les bras et on danse sur la remorque !
+ en situation h | Village fete: Julien, gone for fifteen years, turns up at the dance! We leap into each other's arms and dance on the trailer!
# triad 65
en situation h | Our au pair from 2010 is getting married and has invited the whole family to Sweden! The kids are screaming round the kitchen!
+ fr situation h | Notre jeune fille au pair de 2010 se marie et invite toute la famille en Suède ! Les enfants hurlent en courant dans la cuisine !
# triad 66
en situation h | My great-aunts, 88 and 91, see each other for the first time in twenty years and squeal like schoolgirls in the lobby!
+ fr situation h | Mes grands-tantes, 88 et 91 ans, se revoient pour la première fois en vingt ans et poussent des cris de gamines dans le hall !
# triad 67
en situation h | For Mother's Day my three sons flew in from three countries to surprise me at breakfast; I screamed so loud the neighbours came over!
+ fr situation h | Pour la fête des mères, mes trois fils ont pris l'avion de trois pays pour me surprendre au petit-déjeuner ; j'ai hurlé si fort que les voisins sont venus !
# triad 68
en situation h | I tracked down my old foster family, and tonight the six of us are screaming and hugging on their doorstep!
+ fr situation h | J'ai retrouvé mon ancienne famille d'accueil, et ce soir on est six à hurler et à s'embrasser sur le pas de leur porte !
# triad 69
en situation h | Our old under-15 team reunites for the coach's 70th and we carry him round the pitch, all of us yelling his name!
+ fr situation h | Notre ancienne équipe des moins de 15 ans se réunit pour les 70 ans du coach, et on le porte autour du terrain en scandant son nom !
# triad 70
en situation h | We took Grandpa back to his village in Sicily; the whole square recognises him and throws a party, we dance till dawn!
+ fr situation h | On a ramené papi dans son village en Sicile ; toute la place le reconnaît et fait la fête, on danse jusqu'à l'aube !
# triad 71
fr situation h | Pour nos dix ans, il a réuni tous nos amis dans le bar de notre rencontre, avec le même DJ, et on danse comme des fous ! Lumières de fête, vite !
+ en situation h | For our tenth anniversary he gathered all our friends in the bar where we met, same DJ, and we're dancing like crazy! Party lights, quick!
# triad 72
fr situation h | Mon oncle épouse enfin son compagnon après trente ans ; la mairie explose d'applaudissements et on danse sur le parvis !
+ en situation h | My uncle finally marries his partner after thirty years; the town hall erupts in applause and we're dancing on the steps!
# triad 73
en situation h | My parents renew their vows in Vegas with an Elvis officiant, and we're all screaming and dancing in the tiny chapel!
+ fr situation h | Mes parents renouvellent leurs vœux à Las Vegas devant un Elvis, et on hurle et danse tous dans la minuscule chapelle !
# triad 74
fr situation h | Réveillon chez tata : trente dans le salon, la chenille passe dans la cuisine et mémé mène la danse en hurlant !
+ en situation h | New Year's Eve at my aunt's: thirty of us in the living room, the conga line snakes through the kitchen and Gran leads it, shrieking!
# triad 75
fr mixed h | Morts de fatigue, mais surtout survoltés : pour nos 50 ans, la bande du lycée a loué un château et on danse encore à l'aube !
+ en mixed h | Dead tired, but mostly buzzing: for our 50th the old school gang rented a castle and we're still dancing at dawn!
# triad 76
en situation h | The whole family's back in our childhood home for Dad's 70th; music in every room, and we dance till sunrise!
+ fr situation h | Toute la famille est revenue dans la maison de notre enfance pour les 70 ans de papa ; musique dans chaque pièce, et on danse jusqu'au lever du soleil !
# triad 77
fr situation h | Mes deux meilleurs amis, que j'ai présentés l'un à l'autre, se marient ; ils me tirent au milieu de la piste sous les cris !
+ en situation h | My two best friends, whom I introduced, are getting married; they drag me into the middle of the dance floor to huge cheers!
# triad 78
fr typo h | a 15 ans je deviens grand frere !!! jsuis sorti du lycee en courant et jhurle dans lascenseur de la maternité
+ en typo h | at 15 im a big brother!!! ran out of school and im yelling in the maternty ward lift
# triad 79
fr situation h | Les copains de palier reviennent habiter l'immeuble ! Mes fils hurlent dans l'escalier en les voyant monter les cartons !
+ en situation h | The kids from across the landing are moving back into the building! My boys are yelling in the stairwell as they carry up the boxes!
# triad 80
fr situation h | Papi retrouve son frère, perdu de vue depuis soixante ans ; ils se serrent sans pouvoir se lâcher, et toute la famille hurle de joie !
+ en situation h | Grandpa is reunited with his brother after sixty years apart; they hug and can't let go, and the whole family screams with joy!
"""

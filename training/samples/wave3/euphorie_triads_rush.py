"""euphorie: third wave, triads with panique and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Grand huit au parc Astérix : bras en l'air, on plonge à 90 km/h en hurlant de rire, on y retourne !
+ en situation h | Roller coaster at Parc Astérix: arms up, plunging at 90 km/h and screaming with laughter, we're going again!

# triad 02
fr situation h | Marathon de Paris : au km 30 la fanfare joue, on hurle et on danse avec les coureurs !
+ en situation h | Paris Marathon: at kilometre 30 the brass band's playing and we're screaming and dancing with the runners!

# triad 03
fr situation h | Le chanteur plonge dans la fosse et surfe sur la foule jusqu'à nous, toute la salle hurle !
+ en situation h | The singer dives into the pit and crowd-surfs right over us, the whole venue is screaming!

# triad 04
fr situation h | Panier au buzzer, notre club est champion ! Les supporters envahissent le parquet et on danse en hurlant !
+ en situation h | Buzzer-beater, our club are champions! Fans storm the court and we're all dancing and screaming!

# triad 05
en situation h | A French driver wins at Le Mans, the crowd floods onto the track and we're getting sprayed with champagne!
+ fr situation h | Un pilote français gagne au Mans, le public envahit la piste et on se fait arroser de champagne !

# triad 06
fr situation h | Saut à l'élastique : je rebondis au-dessus de la rivière en hurlant de joie, je veux le refaire tout de suite !
+ en situation h | Bungee jump: I'm bouncing over the river screaming with joy, I want to do it again right now!

# triad 07
fr situation h | Carnaval de Nice : chars géants, pluie de confettis, on danse derrière la fanfare en hurlant ! Mets l'ambiance !
+ en situation h | Nice Carnival: giant floats, a rain of confetti, we're dancing behind the brass band and shouting! Bring the party in here!

# triad 08
fr situation h | J'ai gagné le voyage au jeu télé ! Les confettis tombent, le public hurle mon prénom et je saute partout !
+ en situation h | I've won the trip on the TV game show! Confetti's falling, the audience is screaming my name and I'm jumping everywhere!

# triad 09
en situation h | I caught the bouquet! The whole room is screaming, the band kicks off again and we're dancing like mad!
+ fr situation h | J'ai attrapé le bouquet ! Toute la salle hurle, l'orchestre repart et on danse comme des fous !

# triad 10
fr situation h | Premier jour des soldes : je rafle la dernière console à moitié prix, les gens applaudissent et je hurle de joie !
+ en situation h | First day of the sales: I grab the last console at half price, people are clapping and I'm shrieking with joy!

# triad 11
fr situation h | Notre cheval gagne à 40 contre 1 ! On saute dans les bras d'inconnus sur la pelouse de Longchamp !
+ en situation h | Our horse wins at 40 to 1! We're leaping into strangers' arms on the lawn at Longchamp!

# triad 12
fr situation h | L'orage éclate en plein concert et tout le monde danse sous la pluie chaude en hurlant les paroles !
+ en situation h | The storm breaks mid-concert and everyone's dancing in the warm rain, yelling the lyrics!

# triad 13
fr situation h | Parapente : on vient de décoller au-dessus du lac d'Annecy et je hurle de bonheur dans le vent !
+ en situation h | Paragliding: we've just taken off over Lake Annecy and I'm whooping with happiness into the wind!

# triad 14
en situation h | White-water rafting: soaked to the bone, one rapid after another, the whole boat screaming with laughter!
+ fr situation h | Rafting : trempés jusqu'aux os, on enchaîne les rapides et tout le raft hurle de rire !

# triad 15
fr situation h | Elle sort enfin des arrivées ! Je cours, je la soulève, tout le hall applaudit et on hurle de joie !
+ en situation h | She's finally through arrivals! I run, I lift her up, the whole hall is clapping and we're shouting with joy!

# triad 16
fr situation h | La crypto a fait x20 cette nuit ! On hurle dans la coloc et on sabre le champagne à 7 h du matin !
+ en situation h | The crypto went up twentyfold overnight! We're screaming in the flatshare and popping champagne at seven a.m.!

# triad 17
fr situation h | Record du monde du 100 mètres sous nos yeux, le stade explose et je serre des inconnus dans mes bras !
+ en situation h | A 100-metre world record right before our eyes, the stadium erupts and I'm hugging total strangers!

# triad 18
fr situation h | La fumée est rose ! Toute la famille hurle, les cousins dansent et ma sœur pleure de joie !
+ en situation h | The smoke is pink! The whole family's screaming, the cousins are dancing and my sister's crying with joy!

# triad 19
en situation h | Birthday at the trampoline park: twenty kids bouncing and shrieking, and me right there in the middle of them!
+ fr situation h | Anniversaire au trampoline park : vingt gamins qui sautent et hurlent, et moi au milieu avec eux !

# triad 20
fr situation h | Le gouvernement retire la loi ! Le cortège explose, on chante et on danse sur la place de la République !
+ en situation h | The government has dropped the bill! The march erupts, we're singing and dancing on Place de la République!

# triad 21
fr slang_emoji h | la piñata a EXPLOSÉ 🍬🍭🎉 vingt gosses plongent dans les bonbons en hurlant mdr
+ en slang_emoji h | the piñata just EXPLODED 🍬🍭🎉 twenty kids diving into the sweets screaming lol

# triad 22
en situation h | Jackpot on the slot machine! Coins pouring out, the siren's wailing, the whole casino is turning to look!
+ fr situation h | Jackpot à la machine à sous ! Les pièces dégringolent, la sirène hurle, tout le casino se retourne !

# triad 23
fr situation h | La Patrouille de France passe en rase-mottes avec sa fumée tricolore, toute la plage hurle de joie !
+ en situation h | The French aerobatic team sweeps over at rooftop height trailing red, white and blue, and the whole beach is cheering!

# triad 24
fr situation h | Le lac a gelé ! Tout le village patine en musique et on se poursuit en hurlant de rire.
+ en situation h | The lake has frozen! The whole village is skating to music and we're chasing each other, howling with laughter.

# triad 25
fr situation h | Stage de pilotage offert : 250 km/h sur le circuit de Magny-Cours, je hurle de joie dans le casque !
+ en situation h | A racing-driver day as a gift: 250 km/h on the Magny-Cours circuit, I'm screaming with joy inside my helmet!

# triad 26
fr situation h | Fêtes de Bayonne : tout le monde en blanc et rouge, les bandas jouent et on chante sur les places jusqu'à l'aube !
+ en situation h | Bayonne festival: everyone in white and red, the brass bands playing and us singing in the squares till dawn!

# triad 27
en situation h | Midnight! Kisses, car horns, fireworks, the whole square yelling happy new year! Party lights, now!
+ fr situation h | Minuit ! On s'embrasse, les klaxons, les feux d'artifice, toute la place hurle bonne année ! Lumières de fête, vite !

# triad 28
fr situation h | Notre équipe gagne la finale e-sport, Bercy explose, confettis partout, on hurle dans les tribunes !
+ en situation h | Our team wins the esports final, the arena explodes, confetti everywhere, we're screaming in the stands!

# triad 29
fr situation h | KO au premier round, le boxeur du quartier est champion d'Europe et la salle des fêtes explose !
+ en situation h | Knockout in round one, the local boxer is European champion and the village hall goes wild!

# triad 30
en situation h | At the zoo the baby elephant charges into the pool and soaks us all, the kids are shrieking and jumping with delight!
+ fr situation h | Au zoo, le bébé éléphant fonce dans le bassin et nous arrose tous, les enfants hurlent et sautent de joie !

# triad 31
fr situation h | Totalité ! Le soleil devient noir, la couronne apparaît et toute la colline hurle et applaudit !
+ en situation h | Totality! The sun turns black, the corona appears and the whole hillside is screaming and clapping!

# triad 32
fr situation h | Toboggan kamikaze : on descend à 70 km/h et on ressort en hurlant de rire, encore, encore !
+ en situation h | Kamikaze water slide: down at 70 km/h and out the bottom howling with laughter, again, again!

# triad 33
fr situation h | Montgolfière au lever du soleil, cinquante ballons décollent autour de nous, on crie de joie au-dessus des vignes !
+ en situation h | Hot-air balloon at sunrise, fifty balloons lifting off around us, we're yelling with joy above the vineyards!

# triad 34
fr situation h | Premier jour de plage du chiot : il fonce dans les vagues et les enfants le suivent en hurlant de rire !
+ en situation h | The puppy's first day at the beach: he charges into the waves and the kids chase him, shrieking with laughter!

# triad 35
fr mixed h | Un peu secouée par la bousculade, mais surtout folle de joie : il a signé mon bras et m'a serrée contre lui !
+ en mixed h | Still a bit shaken from the crush, but mostly over the moon: he signed my arm and gave me a hug!

# triad 36
fr situation h | Feux de la Saint-Jean : on saute par-dessus le bûcher en criant et tout le village danse autour !
+ en situation h | Midsummer bonfire: we're leaping over the flames shouting and the whole village is dancing round it!

# triad 37
en situation h | Grandma, 82, flies down the giant zip line screaming with joy while the whole family cheers below!
+ fr situation h | Mamie, 82 ans, dévale la tyrolienne géante en hurlant de joie et toute la famille l'acclame en bas !

# triad 38
fr situation h | On abat la cloison à la masse entre potes, musique à fond, et on hurle à chaque trou !
+ en situation h | Knocking the partition wall down with sledgehammers with my mates, music blaring, cheering at every hole!

# triad 39
fr situation h | La flash mob démarre gare Saint-Lazare, deux cents personnes dansent d'un coup, les voyageurs hurlent et filment !
+ en situation h | The flash mob kicks off at Saint-Lazare station, two hundred people suddenly dancing, travellers screaming and filming!

# triad 40
fr situation h | Le détecteur sonne, on creuse : un pot de pièces d'or ! On hurle au milieu du champ ! Ambiance de fête !
+ en situation h | The detector beeps, we dig: a pot of gold coins! We're screaming in the middle of the field! Party lights!

# triad 41
fr situation h | Fête du rodéo : musique country à fond, tout le public danse en ligne sur les bancs en hurlant yee-haw !
+ en situation h | Rodeo fair: country music blasting, the whole crowd line-dancing on the benches and whooping yee-haw!

# triad 42
en situation h | Our district wins the Palio in Siena, the crowd floods the piazza and we're singing under our flag!
+ fr situation h | Notre quartier gagne le Palio de Sienne, la foule envahit la place et on chante sous notre drapeau !

# triad 43
fr slang_emoji h | LE DROP 😭🙌 vingt mille personnes qui sautent en même temps, le sol tremble, je revis
+ en slang_emoji h | THE DROP 😭🙌 twenty thousand people jumping at once, the ground's shaking, I'm alive again

# triad 44
fr situation h | Voilier à 20 nœuds, des embruns partout, on crie de joie à chaque vague qui nous soulève !
+ en situation h | Sailing at 20 knots, spray everywhere, we're whooping at every wave that lifts us!

# triad 45
en situation h | Oktoberfest: the whole tent is standing on the benches singing, steins clinking, absolute madness!
+ fr situation h | Oktoberfest : tout le chapiteau chante debout sur les bancs, les chopes s'entrechoquent, c'est la folie !

# triad 46
fr situation h | Bal de promo : la chanson de l'année démarre, tout le gymnase saute et hurle les paroles !
+ en situation h | Prom night: the song of the year comes on and the whole gym is jumping and yelling the words!

# triad 47
fr situation h | Canyoning : on saute de dix mètres dans la vasque et on ressort en hurlant de joie !
+ en situation h | Canyoning: we leap ten metres into the pool and come up screaming with joy!

# triad 48
fr situation h | Kitesurf : une rafale me soulève à cinq mètres au-dessus des vagues et je hurle de bonheur !
+ en situation h | Kitesurfing: a gust lifts me five metres above the waves and I'm yelling with happiness!

# triad 49
en situation h | A huge streamer just raided my channel with 20,000 viewers, chat's exploding and I'm screaming at the camera!
+ fr situation h | Un gros streamer vient de me raid avec 20 000 viewers, le chat explose et je hurle devant la caméra !

# triad 50
en situation h | IPO day: our share price doubles in an hour, the whole open-plan office is screaming and spraying champagne!
+ fr situation h | Entrée en bourse : notre action double en une heure, tout l'open space hurle et s'arrose de champagne !

# triad 51
fr situation h | Jet-ski en Corse : on saute les vagues à fond et on hurle de bonheur dans les embruns !
+ en situation h | Jet-skiing in Corsica: jumping the waves flat out and shrieking with joy in the spray!

# triad 52
fr situation h | Première virée à moto sur la route des Crêtes, les virages au-dessus de la mer, je chante à tue-tête sous le casque !
+ en situation h | First motorbike ride along the cliff road, bends high above the sea, I'm singing at the top of my lungs in my helmet!

# triad 53
en situation h | The village club's been promoted, the whole square is screaming and the tractors are honking their horns!
+ fr situation h | Le club du village monte en national, toute la place hurle et les tracteurs klaxonnent !

# triad 54
fr situation h | Luge sur rails à fond : 40 km/h dans les virages de la montagne, on hurle de rire tout du long !
+ en situation h | Mountain coaster flat out: 40 km/h through the bends, we're howling with laughter the whole way down!

# triad 55
fr situation h | Holi au parc : nuages de poudre partout, tambours, on danse couverts de rose en hurlant de rire !
+ en situation h | Holi in the park: clouds of powder everywhere, drums, we're dancing covered in pink and howling with laughter!

# triad 56
fr situation h | Cortège de mariage : vingt voitures qui klaxonnent, drapeaux aux fenêtres, on chante à tue-tête dans toute la ville !
+ en situation h | Wedding convoy: twenty cars honking, flags out of the windows, we're singing our heads off all across town!

# triad 57
en situation h | They've just announced the sequel to our favourite game, the whole hall's screaming and we're hugging strangers!
+ fr situation h | Ils viennent d'annoncer la suite de notre jeu préféré, toute la salle hurle et on s'embrasse entre inconnus !

# triad 58
fr situation h | Fête agricole : après le tracteur pulling, bal sur la remorque, toute la campagne danse en bottes jusqu'à trois heures !
+ en situation h | Farm show: after the tractor pulling, a dance on the trailer, the whole countryside dancing in wellies till three a.m.!

# triad 59
fr situation h | Le Père Noël atterrit en hélico sur le stade, deux cents enfants hurlent et courent vers lui !
+ en situation h | Father Christmas lands by helicopter on the pitch, two hundred kids scream and run towards him!

# triad 60
en situation h | A whale shark glides right under us, we're shrieking through our regulators and high-fiving underwater!
+ fr situation h | Un requin-baleine passe juste sous nous, on crie dans nos détendeurs et on se tape dans les mains sous l'eau !

# triad 61
en situation h | Soapbox race day: we're hurtling down the village high street and the whole crowd is howling with laughter on the hay bales!
+ fr situation h | Caisses à savon : on dévale la grand-rue du village et le public hurle de rire sur les bottes de paille !

# triad 62
fr situation h | Il neige à gros flocons, la cloche sonne et toute l'école se rue dans la cour, bataille générale en hurlant !
+ en situation h | Big fat snowflakes, the bell rings and the whole school piles into the playground, an all-out snowball fight, everyone screaming!

# triad 63
fr typo h | halloween dans la rue cest la folie, 100 gamins deguisés qui courent de porte en porte en hurlant de rire
+ en typo h | halloween on our street is insane, 100 kids in costume running door to door screaming with laughter

# triad 64
en situation h | He proposed on the stadium's giant screen, thirty thousand people are screaming, and I said yes!
+ fr situation h | Il m'a demandée en mariage sur l'écran géant du stade, trente mille personnes hurlent, et j'ai dit oui !

# triad 65
en situation h | Storm's over and there's a giant double rainbow, we all pile out of the car and dance in the rain, whooping!
+ fr situation h | L'orage est passé, double arc-en-ciel géant, toute la bande sort de la voiture et danse sous la pluie en hurlant !

# triad 66
fr situation h | Soirée salsa : il me fait tourner si vite que toute la salle applaudit et je ris aux éclats !
+ en situation h | Salsa night: he's spinning me so fast the whole room is clapping and I'm laughing my head off!

# triad 67
en situation h | Nazaré: he comes out of the barrel of the giant wave, the whole cliff screams and we're leaping in the air!
+ fr situation h | Nazaré : il ressort du tube de la vague géante, toute la falaise hurle et on saute en l'air !

# triad 68
fr situation h | Le Français gagne la descente à domicile, la tribune d'arrivée explose, cloches de vache et fumigènes partout !
+ en situation h | The Frenchman wins the downhill on home snow, the finish stand explodes, cowbells and flares everywhere!

# triad 69
en situation h | The booster lands dead centre on the barge, the control room explodes, everyone's jumping and hugging!
+ fr situation h | Le booster se pose pile au centre de la barge, la salle de contrôle explose, tout le monde saute et s'embrasse !

# triad 70
fr situation h | Spectacle de drones au-dessus du port : cinq cents lumières dessinent une baleine et toute la foule hurle de joie !
+ en situation h | Drone show over the harbour: five hundred lights draw a whale and the whole crowd is cheering like mad!

# triad 71
en situation h | Midnight screening: the logo comes up, the whole cinema leaps to its feet screaming, lightsabers in the air!
+ fr situation h | Séance de minuit : le logo apparaît, toute la salle se lève en hurlant, sabres laser en l'air !

# triad 72
fr situation h | Kermesse : tous les papas tombent dans la boue au tir à la corde, les enfants hurlent de rire et dansent autour !
+ en situation h | School fair: all the dads fall in the mud in the tug of war, the kids are screaming with laughter and dancing round them!

# triad 73
fr situation h | Mariage de mon cousin : il arrive sur un cheval blanc, les dhols résonnent et toute la rue danse !
+ en situation h | My cousin's wedding: he rides in on a white horse, the dhol drums are pounding and the whole street is dancing!

# triad 74
fr situation h | Soirée disco à la patinoire, boule à facettes, on file en hurlant de rire sur les tubes des années 80 !
+ en situation h | Disco night at the ice rink, glitter ball, we're zooming round shrieking with laughter to 80s hits!

# triad 75
fr situation h | Le champion olympique de BMX fait un show au skatepark de la ville, les ados hurlent à chaque figure !
+ en situation h | The Olympic BMX champion is putting on a show at the town skatepark and the teenagers scream at every trick!

# triad 76
en situation h | At the circus the clown soaks us, the acrobats fly right over our heads and the kids are howling with laughter!
+ fr situation h | Au cirque, le clown nous arrose, les acrobates volent au-dessus de nos têtes et les enfants hurlent de rire !

# triad 77
fr situation h | Stock-car du 15 août : ça se tamponne dans la boue et tout le village hurle de rire dans les tribunes !
+ en situation h | Banger racing on the 15th of August: cars smashing in the mud and the whole village roaring with laughter!

# triad 78
fr situation h | Les vaches sortent au pré pour la première fois du printemps, elles sautent et galopent, les enfants hurlent de joie !
+ en situation h | The cows go out to pasture for the first time this spring, bucking and galloping, and the kids are screaming with joy!

# triad 79
fr slang_emoji h | tournoi mario kart au salon 😂🎉 papi danse sur la table et on hurle tous comme des fous
+ en slang_emoji h | mario kart tournament in the living room 😂🎉 grandpa's dancing on the table and we're all screaming like crazy

# triad 80
en situation h | Wrestling night: the crowd's hero leaps off the top rope and the whole hall is on its feet screaming! Lights to match!
+ fr situation h | Gala de catch : le héros du public saute de la troisième corde et toute la salle hurle debout ! Lumières assorties !
"""

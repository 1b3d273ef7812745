"""euphorie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation h | Le groupe revient pour un rappel et ils jouent MA chanson, tout le stade saute !
+ en situation h | The band's back for an encore and they're playing MY song, the whole stadium's jumping!
fr situation h | Ma meilleure amie a débarqué de Montréal sans prévenir, elle est sur le palier !!!
+ en situation h | My best friend has flown in from Montreal without warning, she's on the doorstep!!!
fr situation h | Il m'a demandée en mariage en plein milieu du marché de Noël et j'ai dit oui !!
+ en situation h | He proposed right in the middle of the Christmas market and I said yes!!
fr situation h | On a gagné le voyage au Japon à la tombola du comité d'entreprise !!!
+ en situation h | We won the trip to Japan in the works raffle!!!
fr situation h | C'est le bouquet final du feu d'artifice et tout le monde hurle, les bras en l'air.
+ en situation h | It's the grand finale of the fireworks and everyone's screaming with their arms in the air.
fr situation h | Ma sœur vient d'accoucher, c'est une fille, je saute partout dans la cuisine !
+ en situation h | My sister's just had her baby, it's a girl, I'm bouncing all round the kitchen!
fr situation h | Quarante centimètres de neige cette nuit ! Les enfants hurlent dans le jardin, et moi aussi.
+ en situation h | Forty centimetres of snow overnight! The kids are shrieking in the garden, and so am I.
fr situation h | Soirée mousse au camping, la musique à fond, on est trempés et on ne s'arrête plus. Envoie les couleurs !
+ en situation h | Foam party at the campsite, music blasting, we're soaked and we can't stop. Bring on the colours!
fr situation h | Les places pour la tournée d'adieu, je les ai eues !!! Deux places en fosse !!!
+ en situation h | I got the tickets for the farewell tour!!! Two standing spots right up front!!!
fr situation h | Mon frère rentre après un an de mission, on l'attend à l'aéroport avec des pancartes et des cornes de brume.
+ en situation h | My brother's coming home after a year's posting, we're waiting at the airport with banners and air horns.
fr situation h | Le DJ vient de lancer le tube de notre été 2012 et toute la bande est montée sur les chaises.
+ en situation h | The DJ just dropped the hit from our summer of 2012 and the whole gang's up on the chairs.
fr situation h | Les résultats de la biopsie sont bons, tout est bénin, j'ai envie de danser dans le couloir de l'hôpital !
+ en situation h | The biopsy results are good, it's all benign, I want to dance down the hospital corridor!
fr situation h | On part demain pour six mois en van à travers l'Europe, il est garé devant la maison, plein à craquer !!
+ en situation h | We leave tomorrow for six months driving round Europe in a van, it's parked outside the house, packed to the roof!!
fr situation h | Le carnaval passe sous nos fenêtres, batucada, confettis, on descend tous dans la rue !
+ en situation h | The carnival's going past our windows, samba drums, confetti, we're all heading down into the street!
fr situation h | 50 000 euros au jeu à gratter ! Je cours dans tous les sens, le chien aboie !
+ en situation h | 50,000 euros on a scratch card! I'm running round in circles, the dog's barking!
fr situation h | On vient d'apprendre qu'on attend des jumeaux, on s'est mis à tourner dans le salon en criant.
+ en situation h | We just found out we're having twins, and we started spinning round the living room shouting.
fr situation h | Mariage de ma cousine : il est deux heures du matin, la piste est pleine et personne ne veut rentrer.
+ en situation h | My cousin's wedding: it's 2 am, the dance floor's packed and nobody wants to go home.
fr situation h | Le chanteur m'a tendu le micro pendant le refrain !!!
+ en situation h | The singer held the mic out to me during the chorus!!!
fr situation h | Les copains nous ont fait une crémaillère surprise, il y a quarante personnes dans le jardin ! Mets le paquet sur les lumières !
+ en situation h | Our friends threw us a surprise housewarming, there are forty people in the garden! Go all out on the lights!
fr situation h | Nouvel An au chalet avec toute la bande : le compte à rebours est fini, les bouchons volent !
+ en situation h | New Year's at the chalet with the whole gang: the countdown's over and the corks are flying!
fr situation h | Ma fille m'appelle de l'autre bout du monde : surprise, elle rentre pour Noël et elle atterrit dans deux heures !
+ en situation h | My daughter's calling from the other side of the world: surprise, she's coming home for Christmas and she lands in two hours!
fr situation h | Premier rang dans les montagnes russes, trois tours d'affilée, et j'y retourne !
+ en situation h | Front row on the rollercoaster, three rides in a row, and I'm going again!
fr situation h | Mon groupe préféré vient d'annoncer un concert… dans ma ville, dans deux semaines !!!
+ en situation h | My favourite band just announced a gig… in my town, in two weeks!!!
fr situation h | Karaoké d'anniversaire : ma grand-mère a attrapé le micro et toute la salle hurle avec elle !
+ en situation h | Birthday karaoke: my grandma grabbed the mic and the whole room is belting it out with her!
fr situation h | Rave dans un hangar, les basses viennent de repartir et les lasers ont tout embrasé, c'est la folie !
+ en situation h | Rave in a warehouse, the bass just kicked back in and the lasers lit the place up, it's insane!
fr situation h | Mon chéri a réservé Venise en douce et il vient de me tendre les billets, je hurle dans l'entrée !
+ en situation h | My other half secretly booked Venice and just handed me the tickets, I'm screaming in the hallway!
fr situation h | Les potes ont débarqué à minuit pile pour mes trente ans, avec une enceinte et des cotillons !
+ en situation h | My mates burst in at midnight on the dot for my thirtieth, with a speaker and party poppers!
fr situation h | Fête de la musique : trois groupes dans ma rue et je danse depuis six heures. Monte le son et les couleurs !
+ en situation h | Fête de la Musique: three bands on my street and I've been dancing for six hours. Turn up the sound and the colours!
fr situation h | On vient de passer l'entrée du parc d'attractions et les petits courent partout en criant, moi la première !
+ en situation h | We've just gone through the gates of the theme park and the little ones are running everywhere screaming, me first!
fr situation h | Je viens d'avoir le coup de fil : le chiot est pour nous, on va le chercher demain !!!
+ en situation h | Just got the call: the puppy's ours, we're picking him up tomorrow!!!
fr situation h | Mariage grec : on casse des assiettes et on danse en cercle depuis des heures !
+ en situation h | Greek wedding: we're smashing plates and we've been dancing in a circle for hours!
fr situation h | Premier jour des grandes vacances, toute la bande saute dans la piscine en même temps en hurlant !
+ en situation h | First day of the summer holidays, the whole gang jumps into the pool at once, yelling!
fr situation h | Ma copine vient de me dire oui pour venir vivre avec moi à Lyon, je crie tout seul dans la voiture !
+ en situation h | My girlfriend just said yes to moving to Lyon with me, I'm shouting on my own in the car!
fr situation h | Surprise : mes parents emmènent toute la famille en croisière pour leurs quarante ans de mariage !!!
+ en situation h | Surprise: my parents are taking the whole family on a cruise for their fortieth anniversary!!!
fr situation h | Au festival, la pluie s'arrête pile quand la tête d'affiche monte sur scène, et la foule devient dingue.
+ en situation h | At the festival, the rain stops just as the headliner walks on stage, and the crowd goes wild.
fr situation h | Soirée déguisée, on fait une chenille géante dans tous les étages de l'immeuble !
+ en situation h | Fancy dress party, we've got a giant conga line going through every floor of the building!
fr situation h | Nouvelle de dingue : ma meilleure amie se marie à Rio et on est tous invités !!
+ en situation h | Crazy news: my best friend's getting married in Rio and we're all invited!!
fr situation h | On vient d'apprendre que le festival est prolongé d'une nuit et que la tête d'affiche rejoue !
+ en situation h | We've just heard the festival's been extended by a night and the headliner's playing again!
fr situation n | Le trampoline est monté et on saute tous dessus, même mamie !
+ en situation n | The trampoline's up and we're all bouncing on it, even grandma!
fr situation n | Mon vol est surclassé en première et le champagne est déjà servi !
+ en situation n | My flight's been upgraded to first class and the champagne's already poured!
fr situation h | Dernier soir de colo, boum géante dans la salle des fêtes, tout le monde a les bras en l'air. Lumières à fond !
+ en situation h | Last night of summer camp, giant disco in the village hall, everyone's arms in the air. Lights up full!
fr situation h | La mairie a ouvert les jets d'eau en pleine canicule et toute la rue danse dessous !
+ en situation h | The town hall switched on the fountains in the heatwave and the whole street's dancing under them!
fr situation h | Le patron vient d'annoncer qu'on part tous à Barcelone pour le séminaire, l'open space est en délire !
+ en situation h | The boss just announced we're all off to Barcelona for the team retreat, the open-plan office has gone wild!
fr situation h | Minuit, les feux de la Saint-Jean brûlent sur la plage et tout le monde saute par-dessus en criant !
+ en situation h | Midnight, the midsummer bonfires are blazing on the beach and everyone's jumping over them, yelling!
fr situation h | Mes cousins d'Australie sont arrivés avec deux jours d'avance, la maison déborde et tout le monde s'embrasse en criant !
+ en situation h | My cousins from Australia turned up two days early, the house is overflowing and everyone's hugging and shouting!
fr situation h | Ils ont installé une patinoire sur la place, et on fait la ronde à vingt sur la glace en chantant à tue-tête !
+ en situation h | They've put an ice rink in the square, and twenty of us are skating round in a ring singing at the tops of our voices!
fr situation n | Mon pote a monté un son dans son garage, on est quinze à danser entre l'établi et la tondeuse.
+ en situation n | My mate set up a sound system in his garage, there are fifteen of us dancing between the workbench and the lawnmower.
# long
fr long h | On attendait ce concert depuis un an. Les lumières s'éteignent. La première note part et dix mille personnes crient en même temps. Je n'ai plus de voix.
+ en long h | We'd been waiting a year for this gig. The lights go down. The first note hits and ten thousand people scream at once. I've lost my voice.
fr long h | Ma tante m'appelle à 7 h. Elle a gagné à l'Euromillions. Elle offre le voyage à toute la famille. Je cours réveiller tout le monde en tapant sur une casserole.
+ en long h | My aunt rings me at 7 am. She's won the EuroMillions. She's paying for a trip for the whole family. I run round waking everyone up banging a saucepan.
fr long h | Fin des partiels. Toute la promo se retrouve sur la plage. Quelqu'un lance la musique et on court tous dans l'eau tout habillés.
+ en long h | Exams are over. The whole year group meets up on the beach. Someone puts the music on and we all run into the sea fully dressed.
fr long h | Le mariage a commencé sous la pluie. Puis le soleil est sorti. À minuit, les mariés dansaient pieds nus sur les tables et on chantait tous à tue-tête.
+ en long h | The wedding started in the rain. Then the sun came out. By midnight the bride and groom were dancing barefoot on the tables and we were all singing at the tops of our voices.
fr long h | Mon frère ne devait pas pouvoir venir. À minuit, la porte s'ouvre : c'est lui, avec un gâteau. Toute la fête explose en cris.
+ en long h | My brother wasn't supposed to make it. At midnight the door opens: it's him, with a cake. The whole party erupts.
fr long h | Premier festival depuis des années. Des paillettes sur les joues, des bracelets, la foule. Quand les basses ont démarré, j'ai sauté jusqu'à ne plus sentir mes jambes.
+ en long h | First festival in years. Glitter on my cheeks, wristbands, the crowd. When the bass kicked in, I jumped until I couldn't feel my legs.
fr long h | On est partis à douze en minibus pour les quarante ans de Marc. Karaoké dans le bus, feu d'artifice à l'arrivée. Il est 4 h et on danse encore.
+ en long h | Twelve of us took a minibus to Marc's fortieth. Karaoke on the bus, fireworks when we got there. It's 4 am and we're still dancing.
fr long h | L'avion atterrit à Rio à minuit. Le taxi nous dépose en plein carnaval. Dix minutes plus tard, on danse derrière un char, les valises encore à la main.
+ en long h | The plane lands in Rio at midnight. The taxi drops us right in the middle of the carnival. Ten minutes later we're dancing behind a float, suitcases still in hand.
# informal french
fr situation h | AAAAH ils ont ajouté une date à Paris et j'ai mes places !!!
fr situation h | c'est la folie ici, le DJ a mis du Daft Punk et toute la salle saute
fr situation h | mon meilleur pote vient d'être papa, je hurle dans le bureau, jsuis plus en état
fr situation h | on part à Ibiza demain, ON PART À IBIZA
fr situation h | soirée chez Léa, y a un feu d'artifice improvisé depuis le balcon et tout le monde hurle
fr situation h | bon ben le mariage part en live, le marié est debout sur le bar et il chante du Johnny
# casual english
en situation h | OMG they're playing our song and the whole bar is screaming it
en situation h | surprise party for me, forty people jumped out from behind the sofa, I'm losing it
en situation h | WE'RE GOING TO VEGAS tomorrow, bags packed, can't sit still
en situation h | the whole street is dancing, somebody brought a full sound system to the block party
"""

"""euphorie: third wave, triads with bonnehumeur and panique (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | On sonne : un livreur avec des ballons, j'ai gagné le voyage à Tokyo du jeu radio ! Je hurle sur le palier !
+ en situation h | The doorbell goes: a courier with balloons, I've won the radio quiz trip to Tokyo! I'm screaming on the landing!

# triad 02
en situation h | Midnight, the doorbell rings: my cousins from Quebec have turned up unannounced with a guitar and champagne, the whole house is dancing!
+ fr situation h | Minuit, on sonne : mes cousins du Québec débarquent sans prévenir avec guitare et champagne, toute la maison danse !

# triad 03
fr situation h | Ding-dong : mon frère, que je croyais encore en Australie, est sur le paillasson avec ses valises ! On hurle dans l'entrée !
+ en situation h | Ding-dong: my brother, who I thought was still in Australia, is on the doormat with his suitcases! We're screaming in the hall!

# triad 04
fr situation h | L'interphone grésille, ma meilleure amie hurle : « Deux billets pour Ibiza, on part demain ! » Je danse dans l'entrée !
+ en situation h | The intercom crackles and my best friend screams: "Two tickets to Ibiza, we leave tomorrow!" I'm dancing in the hallway!

# triad 05
en situation h | A knock at the door: the village brass band's here to say I've won the raffle's top prize, a week in Bali! Party lights!
+ fr situation h | On frappe : la fanfare du village m'annonce que j'ai gagné le gros lot de la tombola, une semaine à Bali ! Envoie la fête !

# triad 06
fr situation h | Numéro inconnu : c'est la radio, je gagne 10 000 euros en direct ! Je hurle dans le combiné, les collègues applaudissent !
+ en situation h | Unknown number: it's the radio, I'm winning 10,000 euros live on air! I'm screaming down the phone, my colleagues are cheering!

# triad 07
en situation h | My phone buzzes at midnight: seats for the World Cup final, right behind the goal! The whole flat's screaming!
+ fr situation h | Mon téléphone vibre à minuit : des places pour la finale de la Coupe du monde, derrière le but ! Tout l'appart hurle !

# triad 08
fr situation h | Appel vidéo de ma sœur : elle attend des jumeaux ! On crie, on pleure de joie, je saute partout dans le salon !
+ en situation h | Video call from my sister: she's expecting twins! We're shouting, crying with joy, I'm leaping all over the living room!

# triad 09
fr situation h | L'école appelle : mon fils est tiré au sort pour porter la flamme olympique ! On saute partout dans la cuisine !
+ en situation h | The school's calling: my son's been drawn to carry the Olympic torch! We're jumping all over the kitchen!

# triad 10
en situation h | The phone rings in the car: my brother's getting married in Vegas tomorrow and flying us all out! We're yelling in the car!
+ fr situation h | Le téléphone sonne en voiture : mon frère se marie à Las Vegas demain et nous paie l'avion ! On hurle dans la voiture !

# triad 11
fr situation h | Je crois à un faux numéro, mais non : tirée au sort pour être figurante avec mon acteur préféré à Cannes ! Je hurle !
+ en situation h | I think it's a wrong number, but no: I've been drawn to be an extra with my favourite actor in Cannes! I'm screaming!

# triad 12
fr typo h | dans la boite aux lettres une invitation au tournage de mon emission preferee pour toute la famille !! on hurle dans lescalier
+ en typo h | in the letterbox an invite to the filming of my favourite show for the whole family!! were screaming in the stairwel

# triad 13
en situation h | An envelope on my desk: management's treating the whole team to a weekend in Barcelona! The open-plan office is screaming and dancing!
+ fr situation h | Une enveloppe sur mon bureau : la direction offre à toute l'équipe un week-end à Barcelone ! L'open space hurle et danse !

# triad 14
fr situation h | Colis surprise : l'éditeur du jeu m'envoie la console collector et deux places pour la convention de Los Angeles ! Je crie !
+ en situation h | Surprise parcel: the game publisher's sent me the collector's console and two tickets to the convention in Los Angeles! I'm yelling!

# triad 15
fr situation h | Un énorme boum dans le jardin : canons à confettis, mes amis ont fait de la pelouse une boîte de nuit pour mes 30 ans !
+ en situation h | A huge bang in the garden: confetti cannons, my friends have turned the lawn into a nightclub for my 30th!

# triad 16
en situation h | Noises in the attic: my whole family was hiding up there, and they burst out with trumpets for my fiftieth! Madness!
+ fr situation h | Du bruit au grenier : toute ma famille y était cachée, ils surgissent avec des trompettes pour mes 50 ans ! La folie !

# triad 17
fr situation h | Un grand crac, le rideau du gymnase tombe : notre groupe préféré en concert surprise au lycée ! Tout le monde hurle et saute !
+ en situation h | A loud crack, the gym curtain drops: our favourite band, a surprise gig at school! Everyone's screaming and jumping!

# triad 18
en situation h | Horns blaring all down the street: a huge wedding procession, twenty decorated cars, the whole neighbourhood's out dancing!
+ fr situation h | Des klaxons partout dans la rue : un mariage géant passe, vingt voitures décorées, tout le quartier sort danser !

# triad 19
fr situation h | Le réveil sonne à 4 h : c'est aujourd'hui qu'on s'envole pour le carnaval de Rio ! Je saute du lit en hurlant !
+ en situation h | The alarm goes off at 4 a.m.: today we fly to the Rio carnival! I leap out of bed yelling!

# triad 20
en situation h | Kayaking, and dozens of dolphins surface all around us, leaping everywhere! We're screaming with joy!
+ fr situation h | En kayak, des dizaines de dauphins surgissent autour de nous et sautent partout ! On hurle de joie !

# triad 21
fr situation h | Une baleine jaillit de l'eau à dix mètres du bateau ! Tout le pont hurle, des inconnus s'embrassent !
+ en situation h | A whale bursts out of the water ten metres from the boat! The whole deck's screaming, strangers hugging each other!

# triad 22
fr situation h | Notre chien, disparu depuis deux mois, gratte à la porte ce matin ! On hurle et on se roule par terre avec lui !
+ en situation h | Our dog, missing for two months, is scratching at the door this morning! We're screaming and rolling on the floor with him!

# triad 23
en situation h | Our cat, lost a year ago, has been found 300 km away thanks to her chip! The kids are shrieking and dancing!
+ fr situation h | Notre chatte, perdue depuis un an, retrouvée à 300 km grâce à sa puce ! Les enfants hurlent et dansent !

# triad 24
fr situation h | Surprise à l'écurie : notre jument a mis bas cette nuit, un poulain tout blanc déjà debout ! Les enfants hurlent de joie !
+ en situation h | Surprise at the stables: our mare foaled overnight, a pure-white foal already standing! The kids are shrieking with joy!

# triad 25
en situation h | Mid-hike we run into the cows coming down from the pasture: flowers, bells, a brass band, and we're dancing and whooping with the herders!
+ fr situation h | En pleine rando, on tombe sur la désalpe : vaches fleuries, cloches, fanfare, et on danse avec les bergers en hurlant !

# triad 26
fr situation h | Au Svalbard, une ourse et ses deux petits passent pile devant le bateau ! Tout le pont hurle et se serre dans les bras !
+ en situation h | In Svalbard, a polar bear and her two cubs walk right past the boat! The whole deck's shrieking and hugging!

# triad 27
en situation h | My parents turn up unannounced with two tickets to New Zealand, for my daughter and me! We're screaming in the living room!
+ fr situation h | Mes parents débarquent sans prévenir avec deux billets pour la Nouvelle-Zélande, pour ma fille et moi ! On hurle dans le salon !

# triad 28
fr situation h | En plein dîner, un invité surprise : le chanteur de notre groupe culte, un ami du voisin, prend la guitare ! On hurle !
+ en situation h | Mid-dinner, a surprise guest: the singer from our cult band, a friend of the neighbour's, picks up the guitar! We're screaming!

# triad 29
fr situation h | Coupure de courant dans tout le quartier : les voisins sortent guitares et lampions, la rue devient une fête géante !
+ en situation h | Power cut across the whole neighbourhood: out come the guitars and lanterns, and the street turns into a massive party!

# triad 30
en situation h | Summer storm: the whole campsite's dancing in the warm rain, screaming with laughter, it's madness!
+ fr situation h | Orage d'été : tout le camping danse sous la pluie chaude en hurlant de rire, c'est la folie !

# triad 31
fr situation h | Dans l'ascenseur, je tombe sur mon idole du foot, et il m'invite en loge pour le match de ce soir ! Je crie !
+ en situation h | In the lift I bump into my football idol, and he invites me to his box for tonight's match! I'm yelling!

# triad 32
en situation h | At the supermarket the loudspeaker says I'm the millionth customer: a year of free shopping! I'm screaming at the tills!
+ fr situation h | Au supermarché, le haut-parleur annonce que je suis le millionième client : un an de courses gratuites ! Je hurle aux caisses !

# triad 33
fr situation h | Dans le train, mon chanteur préféré s'assoit en face et sort sa guitare, tout le wagon chante et tape des mains !
+ en situation h | On the train my favourite singer sits down opposite and gets his guitar out, the whole carriage is singing and clapping!

# triad 34
en situation h | On the road, the northern lights suddenly blaze across the sky, we pull over and scream with joy in the cold!
+ fr situation h | Sur la route, des aurores boréales embrasent le ciel d'un coup, on s'arrête et on hurle de joie dans le froid !

# triad 35
fr situation h | Le patron débarque dans l'open space : le loto du bureau a gagné deux millions ! Ça hurle et ça danse sur les bureaux !
+ en situation h | The boss bursts into the open-plan office: the office lottery syndicate's won two million! People are screaming and dancing on the desks!

# triad 36
en situation h | Text at 4 a.m.: "HE'S HERE!!!" with a photo of my nephew, and I wake the whole building with my screaming!
+ fr situation h | SMS à 4 h : « IL EST LÀ !!! » avec la photo de mon neveu, je réveille tout l'immeuble en criant !

# triad 37
fr situation h | Le voisin du dessus nous invite : son groupe joue en live dans son salon, tout l'immeuble monte danser !
+ en situation h | The upstairs neighbour's invited us up: his band's playing live in his living room and the whole building's going up to dance!

# triad 38
en situation h | Surprise fireworks over the lake for our wedding, all the guests are screaming and dancing on the jetty!
+ fr situation h | Feu d'artifice surprise au-dessus du lac pour notre mariage, tous les invités hurlent et dansent sur le ponton !

# triad 39
fr situation h | On éteint la lumière et soixante personnes surgissent avec un gâteau à étages et une fanfare pour mes 18 ans ! Je hurle !
+ en situation h | The lights go off and sixty people jump out with a tiered cake and a brass band for my eighteenth! I'm screaming!

# triad 40
en situation h | In the car we run into the Tour de France caravan: the floats shower us with freebies, we're yelling out of the windows!
+ fr situation h | En voiture, on tombe sur la caravane du Tour : les chars nous arrosent de goodies, on hurle par les fenêtres !

# triad 41
fr situation h | Un perroquet échappé du zoo se pose sur notre table en pleine fête et danse ! Tout le monde hurle de rire !
+ en situation h | A parrot escaped from the zoo lands on our table mid-party and dances! Everyone's howling with laughter!

# triad 42
en situation h | At the café my best friend from school, lost touch for twenty years, walks in by chance! We scream and hug!
+ fr situation h | Au café, ma meilleure amie de lycée, perdue de vue depuis vingt ans, entre par hasard ! On hurle en se serrant !

# triad 43
fr situation h | Coup de fil de ma tante : elle offre une croisière en Norvège aux douze cousins ! Je hurle dans le bus !
+ en situation h | Phone call from my aunt: she's treating all twelve cousins to a cruise in Norway! I'm screaming on the bus!

# triad 44
en slang_emoji h | THE RADIO SAYS STROMAE FREE GIG TONIGHT IN THE SQUARE 😭🎉🎉 the whole town's running there, we're screaming
+ fr slang_emoji h | LA RADIO ANNONCE STROMAE GRATUIT CE SOIR SUR LA PLACE 😭🎉🎉 toute la ville court, on hurle

# triad 45
fr situation h | Pique-nique surprise au sommet : mes potes ont monté une sono, et on danse face aux Alpes en hurlant !
+ en situation h | Surprise picnic at the summit: my mates have hauled up a sound system, and we're dancing and whooping facing the Alps!

# triad 46
fr situation h | Un coup de vent sur la plage et cinquante cerfs-volants géants décollent ensemble, les enfants hurlent de joie !
+ en situation h | A gust on the beach and fifty giant kites take off all at once, the kids are screaming with joy!

# triad 47
en situation h | Surprise visit at school: the astronaut Thomas Pesquet walks into the classroom! The pupils are screaming and jumping on the chairs!
+ fr situation h | Visite surprise à l'école : Thomas Pesquet entre dans la classe ! Les élèves hurlent et sautent sur les chaises !

# triad 48
fr situation h | Dans l'avion, mon copain prend le micro du pilote et me demande en mariage ! Tout l'avion hurle et applaudit !
+ en situation h | On the plane my boyfriend takes the pilot's microphone and proposes to me! The whole plane's cheering and clapping!

# triad 49
en situation h | A rustle in the bushes: my mates jump out dressed as elves, a stag do in the middle of the forest! We're roaring!
+ fr situation h | Un bruit dans les fourrés : mes copains déguisés en lutins surgissent, enterrement de vie de garçon en pleine forêt ! On hurle !

# triad 50
fr situation h | À la télé, on voit papa danser torse nu dans les tribunes de la finale ! Toute la famille hurle devant l'écran !
+ en situation h | On the telly we spot Dad dancing shirtless in the stands at the final! The whole family's screaming at the screen!

# triad 51
fr situation h | À la piscine, soirée mousse surprise : la musique démarre, la mousse tombe du plafond, et tout le monde hurle de joie !
+ en situation h | At the pool, a surprise foam party: the music kicks off, foam pours from the ceiling, and everyone's screaming with joy!

# triad 52
en slang_emoji h | OMG my crush just asked me to prom 😭😭🎉 been screaming into my pillow for ten minutes
+ fr slang_emoji h | PTN mon crush m'invite au bal de promo 😭😭🎉 je hurle dans mon oreiller depuis dix minutes

# triad 53
fr situation h | Fête foraine : je gagne la peluche géante et le forain nous offre dix tours, on hurle sur les autos tamponneuses !
+ en situation h | Funfair: I win the giant teddy and the stallholder gives us ten free rides, we're screaming on the dodgems!

# triad 54
en situation h | Moving day: the new neighbours welcome us with a huge barbecue and a DJ, and we're dancing among the boxes!
+ fr situation h | Jour du déménagement : les nouveaux voisins nous accueillent avec un barbecue géant et un DJ, on danse entre les cartons !

# triad 55
fr situation h | En pleine partie, le développeur du jeu rejoint notre serveur et nous offre l'extension ! On hurle dans le micro !
+ en situation h | Mid-game, the game's developer joins our server and gives us the expansion for free! We're yelling into our mics!

# triad 56
en situation h | At the hotel, a surprise upgrade: a suite with a rooftop jacuzzi overlooking the bay! We're screaming and bouncing on the bed!
+ fr situation h | À l'hôtel, surclassement surprise : suite avec jacuzzi sur le toit face à la baie ! On hurle en sautant sur le lit !

# triad 57
fr situation h | Au festival, le chanteur lance son micro dans la foule, je l'attrape et je chante devant trente mille personnes !
+ en situation h | At the festival the singer throws his mic into the crowd, I catch it and I'm singing in front of thirty thousand people!

# triad 58
en situation h | By the roadside, the yellow jersey throws me his cap! I'm screaming with the whole family, we're jumping everywhere!
+ fr situation h | Au bord de la route, le maillot jaune me lance sa casquette ! Je hurle avec toute la famille, on saute partout !

# triad 59
fr mixed h | Encore à moitié endormi, mais complètement survolté : mes colocs ont installé une boule disco dans le salon, fête jusqu'à l'aube !
+ en mixed h | Still half asleep, but totally buzzing: my flatmates have put a disco ball up in the living room, we're partying till dawn!

# triad 60
fr situation h | Au restaurant, un inconnu paie l'addition de toute la salle pour la naissance de sa fille, et tout le monde chante !
+ en situation h | At the restaurant a stranger pays for the whole room to celebrate his daughter's birth, and everyone's singing!

# triad 61
fr situation h | Ma fille de deux ans fait ses premiers pas pile pendant la fête de famille, et trente personnes hurlent de joie !
+ en situation h | My two-year-old takes her first steps right in the middle of the family party, and thirty people scream with joy!

# triad 62
en situation h | My teenager bursts out of his room yelling: his favourite rapper's reshared his video, two million views! We're bouncing off the walls!
+ fr situation h | Mon ado sort de sa chambre en hurlant : son rappeur préféré a repartagé sa vidéo, deux millions de vues ! On saute partout !

# triad 63
fr situation h | À la ferme, surprise : la truie met bas quatorze porcelets pendant la visite ! Les enfants du centre aéré hurlent de joie !
+ en situation h | At the farm, a surprise: the sow has fourteen piglets during our visit! The holiday-club kids are screaming with joy!

# triad 64
fr typo h | a la plage un dj installe ses platines au coucher du soleil et toute la plage danse en hurlant cest dingue
+ en typo h | on the beach a dj sets up his decks at sunset and the whole beach is dancing and screamin its insane

# triad 65
en situation h | On the bus a choir of Irish fans gets on singing, and the whole bus is dancing and banging on the windows!
+ fr situation h | Dans le bus, une chorale de supporters irlandais monte et chante, tout le bus danse et tape sur les vitres !

# triad 66
fr situation h | En sortant du boulot, ma copine m'attend avec un van décoré : on part au festival ce soir ! Je hurle sur le parking !
+ en situation h | Leaving work, my girlfriend's waiting with a decorated van: we're off to the festival tonight! I'm screaming in the car park!

# triad 67
en situation h | At the summit the fog suddenly lifts off Mont Blanc! All six of us are whooping with joy!
+ fr situation h | Au sommet, le brouillard se lève d'un coup sur le Mont-Blanc ! On hurle de joie, tous les six !

# triad 68
fr situation h | Surprise au stade : à la mi-temps, mon groupe préféré monte sur la pelouse, et tout le stade saute en hurlant !
+ en situation h | Surprise at the stadium: at half-time my favourite band comes out onto the pitch, and the whole stadium's jumping and screaming!

# triad 69
fr situation h | Sur la terrasse, une pluie d'étoiles filantes, des dizaines d'un coup ! Toute la famille hurle et s'embrasse !
+ en situation h | Out on the terrace, a shower of shooting stars, dozens at once! The whole family's shrieking and hugging!

# triad 70
en situation h | The street party's turned into a giant water fight, the whole street's running about with buckets, screaming!
+ fr situation h | La fête des voisins vire à la bataille d'eau géante, toute la rue court avec des seaux en hurlant !

# triad 71
fr situation h | Mamie sonne en tenue de motarde : elle a gagné une Harley et m'emmène faire un tour ! On hurle de joie !
+ en situation h | Grandma rings in full biker gear: she's won a Harley and she's taking me for a spin! We're shrieking with joy!

# triad 72
en situation h | Hail at the festival: thirty thousand people keep dancing under the hailstones, screaming with laughter!
+ fr situation h | Grêle sur le festival : trente mille personnes continuent de danser sous les grêlons en hurlant de rire !

# triad 73
fr situation h | Un camion de glaces géant s'arrête au parc et distribue des glaces gratuites ! Les enfants hurlent et dansent autour !
+ en situation h | A giant ice-cream truck pulls up in the park handing out free ice creams! The kids are screaming and dancing round it!

# triad 74
fr situation h | Les cloches sonnent à toute volée, ma sœur sort de la mairie mariée, et toute la place danse et hurle !
+ en situation h | The bells are pealing, my sister comes out of the town hall married, and the whole square's dancing and cheering!

# triad 75
en situation h | At the petrol station a coach of ecstatic fans pulls in, out comes a speaker, and we're all dancing by the pumps!
+ fr situation h | À la station-service, un bus de supporters en liesse s'arrête, ils sortent une enceinte et on danse tous entre les pompes !

# triad 76
fr situation h | Halloween : toute la rue est fermée pour une fête géante, des centaines d'enfants déguisés hurlent et dansent !
+ en situation h | Halloween: the whole street's closed off for a massive party, hundreds of kids in costume are screaming and dancing!

# triad 77
en situation h | Station announcement: our night train's being replaced by the Orient Express at no extra cost! The whole platform's cheering!
+ fr situation h | Annonce en gare : notre train de nuit est remplacé par l'Orient-Express, sans supplément ! Tout le quai hurle !

# triad 78
fr situation h | Au zoo, un bébé girafe naît sous nos yeux, tout le public hurle et applaudit !
+ en situation h | At the zoo a baby giraffe is born right in front of us, and the whole crowd's cheering and clapping!

# triad 79
en situation h | I open the cupboard and balloons tumble out: the kids announce we're off to Disneyland tomorrow! We're screaming!
+ fr situation h | J'ouvre le placard et des ballons dégringolent : les enfants m'annoncent qu'on part à Disneyland demain ! On hurle !

# triad 80
fr situation h | Le facteur me tend un carton : ma marraine m'envoie deux billets pour la finale de Roland-Garros ! Je danse dans la rue !
+ en situation h | The postman hands me a box: my godmother's sent me two tickets for the Roland-Garros final! I'm dancing in the street!
"""

"""panique: third wave, triads with euphorie and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Grand huit : en pleine descente, ma barre de sécurité vient de se débloquer et je glisse du siège !
+ en situation h | Roller coaster: halfway down the drop my safety bar has come loose and I'm sliding out of the seat!

# triad 02
fr situation h | Marathon : mon cœur s'emballe à 200, ma vue se brouille, je vais m'effondrer au milieu des coureurs !
+ en situation h | Marathon: my heart's racing at 200, my vision's going blurry, I'm about to collapse in the middle of the runners!

# triad 03
fr situation h | Concert : une rampe de projecteurs se décroche au-dessus de la fosse, elle balance et les gens poussent en hurlant !
+ en situation h | Concert: a lighting rig has come loose above the pit, it's swinging and people are shoving and screaming!

# triad 04
fr situation h | Les supporters envahissent le parquet et la tribune en bois craque, elle s'affaisse sous nos pieds !
+ en situation h | Fans are storming the court and the wooden stand is cracking, it's sagging under our feet!

# triad 05
en situation h | A car has left the track and it's heading straight for the fence of our grandstand, debris flying at us!
+ fr situation h | Une voiture sort de la piste et fonce droit sur le grillage de notre tribune, des débris volent vers nous !

# triad 06
fr situation h | Saut à l'élastique : je pends la tête en bas et la sangle de ma cheville est en train de glisser !
+ en situation h | Bungee jump: I'm hanging upside down and the strap round my ankle is slipping!

# triad 07
fr situation h | Carnaval : le char géant penche dans le virage et bascule vers les spectateurs du premier rang !
+ en situation h | Carnival: the giant float is tipping on the bend and toppling towards the people in the front row!

# triad 08
fr situation h | En plein direct, un projecteur explose au-dessus du public, des étincelles tombent et le plateau se remplit de fumée !
+ en situation h | Live on air, a spotlight explodes above the audience, sparks are raining down and the studio's filling with smoke!

# triad 09
en situation h | Right as the bouquet's thrown, a gust rips the marquee loose and the poles are falling on the guests!
+ fr situation h | Au moment du lancer du bouquet, une rafale arrache le chapiteau et les poteaux tombent sur les invités !

# triad 10
fr situation h | Ouverture des soldes : la foule pousse, la porte vitrée éclate et je suis plaquée contre les morceaux de verre !
+ en situation h | The sales open: the crowd surges, the glass door shatters and I'm pinned against the broken pieces!

# triad 11
fr situation h | À Longchamp, un cheval a sauté la lice et galope droit sur la foule massée sur la pelouse !
+ en situation h | At Longchamp a horse has jumped the rail and is galloping straight at the crowd on the lawn!

# triad 12
fr situation h | L'orage éclate en plein concert, la foudre frappe la scène et les écrans géants explosent au-dessus de nous !
+ en situation h | The storm breaks mid-concert, lightning hits the stage and the giant screens are exploding above us!

# triad 13
fr situation h | Parapente : la voile se ferme d'un côté et on part en vrille vers les sapins !
+ en situation h | Paragliding: one side of the wing has collapsed and we're spiralling down towards the pine trees!

# triad 14
en situation h | Rafting: the raft has flipped and I'm stuck underwater against a rock!
+ fr situation h | Rafting : le raft s'est retourné et je suis coincé sous l'eau contre un rocher !

# triad 15
fr situation h | Hall des arrivées bondé : une détonation, tout le monde se jette au sol puis court vers les sorties !
+ en situation h | Packed arrivals hall: a loud bang, everyone throws themselves on the floor, then runs for the exits!

# triad 16
fr situation h | La crypto s'écroule en direct, -80 % en dix minutes, toutes mes économies fondent et je n'arrive plus à respirer !
+ en situation h | The crypto is crashing live, down 80% in ten minutes, my savings are melting away and I can't breathe!

# triad 17
fr situation h | Panne de courant au Stade de France, noir complet dans les gradins et la foule se rue vers les escaliers !
+ en situation h | Power cut at the Stade de France, total darkness in the stands and the crowd's rushing for the stairs!

# triad 18
fr situation h | Gender reveal : le fumigène a mis le feu aux herbes sèches et les flammes filent vers les voitures !
+ en situation h | Gender reveal: the smoke flare has set the dry grass alight and the flames are racing towards the cars!

# triad 19
en situation h | Trampoline park: my son landed on his neck and he says he can't feel his legs!
+ fr situation h | Trampoline park : mon fils est retombé sur la nuque et il dit qu'il ne sent plus ses jambes !

# triad 20
fr situation h | La manif dégénère, les lacrymos pleuvent autour de nous, je suffoque et je ne vois plus rien !
+ en situation h | The protest's turned ugly, tear gas is raining down around us, I'm choking and can't see a thing!

# triad 21
fr situation h | Piñata : mon fils a pris le coup de bâton en pleine tête, il saigne énormément !
+ en situation h | Piñata: my son took the stick full in the head and he's bleeding a lot!

# triad 22
en situation h | Armed robbers burst into the casino shouting, everyone on the floor, one of them is right behind me!
+ fr situation h | Des braqueurs armés débarquent au casino en criant, tout le monde à terre, l'un d'eux est juste derrière moi !

# triad 23
fr situation h | Meeting aérien : un avion perd de l'altitude et pique droit vers le public, les gens courent en hurlant !
+ en situation h | Air show: a plane is losing height and diving straight at the crowd, people are running and screaming!

# triad 24
fr typo h | la glace a cédé sous mon fils il est tombé dans l eau du lac je le vois plus aidez moi
+ en typo h | the ice broke under my son he fell in the lake i cant see him help me

# triad 25
fr situation h | Sur l'autoroute, l'accélérateur reste bloqué à 160 et la voiture ne ralentit plus !
+ en situation h | On the motorway the accelerator is stuck at 160 and the car won't slow down!

# triad 26
fr situation h | Course de vaches à Bayonne : la vache m'a chargé, je suis coincé contre la barrière et elle revient vers moi !
+ en situation h | Cow run at Bayonne: the cow's charged me, I'm trapped against the barrier and she's coming back at me!

# triad 27
en situation h | New Year's Eve: a banger just went off in my hand, I can't feel my fingers and there's blood everywhere!
+ fr situation h | Réveillon : un pétard vient de m'exploser dans la main, je ne sens plus mes doigts et ça saigne partout !

# triad 28
fr situation h | Finale e-sport à Bercy : mon pote fait une crise d'épilepsie devant l'écran géant qui clignote !
+ en situation h | Esports final in Paris: my mate is having a seizure in front of the flashing giant screen!

# triad 29
fr situation h | Gala de boxe : une bagarre éclate dans les gradins, des chaises volent vers nous et on est coincés !
+ en situation h | Boxing night: a fight breaks out in the stands, chairs are flying at us and we're trapped!

# triad 30
en situation h | The gorilla's out of its enclosure, people are running and we've locked ourselves in the toilets!
+ fr situation h | Le gorille est sorti de son enclos, les gens courent et on s'est enfermés dans les toilettes !

# triad 31
fr situation h | Mon fils a regardé l'éclipse sans lunettes, il dit qu'il ne voit plus qu'une tache noire !
+ en situation h | My son looked at the eclipse without glasses and he says all he can see is a black spot!

# triad 32
fr situation h | Toboggan aquatique : le petit est coincé dans le tube noir, l'eau s'accumule derrière lui et il hurle !
+ en situation h | Water slide: my little one is stuck in the dark tube, the water's piling up behind him and he's screaming!

# triad 33
fr situation h | La montgolfière descend trop vite, droit sur les lignes à haute tension, et le pilote hurle de se baisser !
+ en situation h | The balloon is dropping too fast, straight at the power lines, and the pilot's yelling at us to get down!

# triad 34
fr situation h | Le chiot a été emporté par une vague, il part vers le large et je n'arrive pas à l'atteindre !
+ en situation h | A wave has swept the puppy away, he's drifting out to sea and I can't reach him!

# triad 35
fr situation h | Les fans poussent contre les barrières devant l'hôtel, ma petite sœur est tombée et on lui marche dessus !
+ en situation h | The fans are pushing against the barriers outside the hotel, my little sister's fallen and people are trampling her!

# triad 36
fr typo h | au secours mon pantalon a pris feu en sautant par dessus le bucher !!
+ en typo h | help my trousers caught fire jumping over the bonfire!!

# triad 37
en situation h | Zip line: Grandma's trolley has jammed over the ravine and she's slipping out of her harness!
+ fr situation h | Tyrolienne : le chariot de mamie s'est bloqué au-dessus du ravin et elle glisse de son harnais !

# triad 38
fr situation h | En cassant la cloison, la masse a touché un câble, ça crépite et de la fumée sort du mur !
+ en situation h | Knocking down the partition, the sledgehammer hit a cable, it's crackling and smoke is coming out of the wall!

# triad 39
fr situation h | Gare Saint-Lazare bondée : un homme vient de tomber sur les voies et le train entre en gare !
+ en situation h | Packed Saint-Lazare station: a man has just fallen onto the tracks and the train is pulling in!

# triad 40
fr situation h | Le détecteur sonnait, on a creusé : c'est un obus, et la pelle vient de taper dessus !
+ en situation h | The detector was beeping, we dug: it's a shell from the war, and the spade's just struck it!

# triad 41
fr situation h | Rodéo : le taureau a éjecté mon cousin et il le piétine au milieu de l'arène !
+ en situation h | Rodeo: the bull has thrown my cousin and it's trampling him in the middle of the arena!

# triad 42
en situation h | Palio: a riderless horse has smashed through the barrier on the bend and it's charging into the crowd!
+ fr situation h | Palio : un cheval sans cavalier a défoncé la barrière dans le virage et il fonce dans la foule !

# triad 43
fr situation h | La passerelle au-dessus de la foule cède sous les gens qui sautent, des corps tombent sur nous !
+ en situation h | The walkway above the crowd is giving way under the people jumping, bodies are falling on us!

# triad 44
fr situation h | Voilier : la bôme a balayé le pont, mon mari est passé par-dessus bord et il disparaît derrière les vagues !
+ en situation h | Sailing: the boom swept the deck, my husband's gone overboard and he's disappearing behind the waves!

# triad 45
en situation h | Oktoberfest: a bench has collapsed, steins are flying, and I've got a shard of glass in my eye!
+ fr situation h | Oktoberfest : un banc s'est effondré, les chopes volent et j'ai un éclat de verre dans l'œil !

# triad 46
fr situation h | Bal de promo : la machine à fumée a pris feu derrière la scène et les flammes montent vers les rideaux !
+ en situation h | Prom night: the smoke machine has caught fire behind the stage and the flames are climbing the curtains!

# triad 47
fr situation h | Canyoning : l'eau monte d'un coup dans la gorge, elle devient marron, il faut grimper tout de suite !
+ en situation h | Canyoning: the water's suddenly rising in the gorge, it's turned brown, we have to climb right now!

# triad 48
fr situation h | Kitesurf : une rafale m'arrache de l'eau et me traîne droit vers la digue, je n'arrive pas à larguer !
+ en situation h | Kitesurfing: a gust yanks me out of the water and drags me straight at the sea wall, I can't release the kite!

# triad 49
en situation h | Live on stream, I can see a man on the camera behind me, inside my flat!
+ fr situation h | En plein live, je vois dans la caméra un homme derrière moi, dans mon appartement !

# triad 50
en situation h | On the trading floor the algorithm's gone haywire, placing orders on its own, we're losing millions a minute!
+ fr situation h | Salle des marchés : l'algorithme s'emballe et passe des ordres tout seul, on perd des millions par minute !

# triad 51
fr mixed h | Je riais il y a deux secondes, là je suis terrifié : le jet-ski m'a éjecté et tourne autour de moi !
+ en mixed h | I was laughing two seconds ago, now I'm terrified: the jet ski threw me off and it's circling me, riderless!

# triad 52
fr situation h | À moto sur l'autoroute, mon pneu avant vient d'éclater à 130 !
+ en situation h | On the motorbike on the motorway, my front tyre has just blown out at 130!

# triad 53
en situation h | Village match: the goalpost has toppled onto the little keeper and he's pinned underneath!
+ fr situation h | Match du village : le poteau de but s'est renversé sur le petit gardien et il est coincé dessous !

# triad 54
fr typo h | mon frein repond plus sur la luge sur rails je fonce sur le chariot arreté devant
+ en typo h | my brake isnt working on the mountain coaster im heading straight for the stopped cart ahead

# triad 55
fr situation h | Holi : j'ai reçu un sac de poudre en plein visage, mes yeux brûlent et je ne vois plus rien !
+ en situation h | Holi: I got a whole bag of powder in the face, my eyes are burning and I can't see anything!

# triad 56
fr situation h | Cortège de mariage : la voiture de tête a percuté un scooter, le jeune est par terre et ne bouge plus !
+ en situation h | Wedding convoy: the lead car has hit a scooter, the young rider's on the ground and isn't moving!

# triad 57
en situation h | Gaming convention: a cosplayer's costume has caught fire on the spotlights and he's running through the crowd!
+ fr situation h | Salon du jeu vidéo : le costume d'un cosplayeur a pris feu sur les projecteurs et il court dans la foule !

# triad 58
fr situation h | Tracteur pulling : le tracteur se cabre et se retourne sur le pilote juste devant nous !
+ en situation h | Tractor pulling: the tractor rears up and flips over onto the driver right in front of us!

# triad 59
fr situation h | Le souffle de l'hélicoptère du Père Noël arrache les barrières et des panneaux volent sur les enfants !
+ en situation h | The downdraft from Father Christmas's helicopter is ripping up the barriers and signs are flying at the kids!

# triad 60
en situation h | Twenty-five metres down and my regulator's stopped giving me air!
+ fr situation h | À vingt-cinq mètres de fond, mon détendeur ne me donne plus d'air !

# triad 61
en situation h | Soapbox race: no brakes left and I'm careering down the street straight at the spectators!
+ fr situation h | Caisse à savon : plus de freins du tout, je dévale la rue droit sur les spectateurs !

# triad 62
fr mixed h | J'étais ravi de la neige, mais là je panique : le toit du préau vient de céder sur les enfants !
+ en mixed h | I was thrilled about the snow, but now I'm panicking: the playground shelter roof has just caved in on the kids!

# triad 63
fr situation h | Halloween : la cape de ma fille a frôlé une citrouille-bougie et elle prend feu !
+ en situation h | Halloween: my daughter's cape brushed a pumpkin lantern and it's caught fire!

# triad 64
en situation h | During the kiss cam my little boy has climbed the railing of the stand and he's leaning over the drop!
+ fr situation h | Pendant la kiss cam, mon petit a escaladé la rambarde de la tribune et il se penche au-dessus du vide !

# triad 65
en situation h | The tornado is crossing the field straight at our car and sheets of metal are flying all around us!
+ fr situation h | La tornade traverse le champ droit sur notre voiture et des tôles volent tout autour de nous !

# triad 66
fr situation h | Soirée salsa : il m'a lâchée en plein porté, je suis tombée sur le crâne et je ne sens plus mon bras !
+ en situation h | Salsa night: he dropped me mid-lift, I landed on my head and I can't feel my arm!

# triad 67
en situation h | Nazaré: a monster wave has swept over the jetty and is dragging away the people who were watching!
+ fr situation h | Nazaré : une vague monstre balaie la jetée et emporte les gens qui regardaient !

# triad 68
fr situation h | Piste noire verglacée : je ne peux plus m'arrêter, je fonce vers les filets à 80 à l'heure !
+ en situation h | Icy black run: I can't stop, I'm flying at the safety nets at 80 km/h!

# triad 69
en situation h | The booster is falling in flames towards the beach where we were watching the launch!
+ fr situation h | Le booster retombe en flammes vers la plage d'où on regardait le lancement !

# triad 70
fr situation h | Mon drone a perdu le signal et il pique à pleine vitesse vers la foule du marché !
+ en situation h | My drone's lost signal and it's diving full speed towards the crowd at the market!

# triad 71
en situation h | Midnight screening: part of the ceiling has just come down on the front rows in the middle of the film!
+ fr situation h | Séance de minuit : un morceau du plafond vient de s'effondrer sur les premiers rangs en plein film !

# triad 72
fr situation h | Tir à la corde : la corde a cassé et mon mari s'est ouvert le crâne sur le banc en tombant !
+ en situation h | Tug of war: the rope snapped and my husband has split his head open on the bench as he fell!

# triad 73
fr situation h | Les pétards affolent le cheval blanc, il part au galop dans la foule avec mon cousin le marié dessus !
+ en situation h | The firecrackers have spooked the white horse and it's bolting into the crowd with my cousin the groom on its back!

# triad 74
fr situation h | Patinoire : je suis tombé et la lame d'un patineur m'a entaillé la main, le sang gicle sur la glace !
+ en situation h | Ice rink: I fell and a skater's blade has sliced my hand, blood's spurting onto the ice!

# triad 75
fr situation h | BMX : mon fils a raté la réception du saut, il est tombé sur la tête et son casque est fendu !
+ en situation h | BMX: my son botched the landing on the jump, he fell on his head and his helmet is split!

# triad 76
en situation h | At the circus the trapeze artist has missed the bar and landed beside the net, right next to our seats!
+ fr situation h | Au cirque, le trapéziste a raté la barre et il est tombé à côté du filet, juste devant nos places !

# triad 77
fr slang_emoji h | wsh au stock-car une roue s'est détachée et elle vole droit sur la tribune 😱😱
+ en slang_emoji h | omg at the banger race a wheel came off and it's flying straight at the stand 😱😱

# triad 78
fr situation h | Les vaches sortent au pré et foncent au galop sur le chemin où marchent les enfants !
+ en situation h | The cows have been let out and they're stampeding down the path where the kids are walking!

# triad 79
fr situation h | Tournoi de Mario Kart : la manette a volé dans la télé et l'écran bascule sur le petit !
+ en situation h | Mario Kart tournament: a controller flew into the TV and the screen is toppling onto the little one!

# triad 80
en situation h | Wrestling night: a wrestler has crashed out of the ring onto the front row and my son is underneath him!
+ fr situation h | Gala de catch : un catcheur est tombé du ring sur le premier rang et mon fils est coincé dessous !
"""

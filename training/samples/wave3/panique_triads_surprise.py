"""panique: third wave, triads with euphorie and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | On sonne sans arrêt, et par le judas je vois un homme cagoulé qui force déjà la serrure !
+ en situation h | Someone's leaning on the doorbell, and through the peephole I can see a man in a balaclava already forcing the lock!

# triad 02
en situation h | Three in the morning, someone's ringing and hammering: the neighbour's screaming that the stairwell is on fire!
+ fr situation h | Trois heures du matin, on sonne et on tambourine : la voisine hurle que la cage d'escalier est en feu !

# triad 03
fr situation h | Ding-dong, j'ouvre : un inconnu en sang s'effondre sur mon paillasson en criant qu'on le poursuit !
+ en situation h | Ding-dong, I open up: a bleeding stranger collapses on my doormat shouting that someone's after him!

# triad 04
fr situation h | L'interphone grésille, ma fille crie en bas qu'un homme la suit depuis le métro et qu'il est juste derrière elle !
+ en situation h | The intercom crackles and my daughter's shouting from downstairs that a man's followed her from the metro and he's right behind her!

# triad 05
en situation h | A knock at the door: it's the neighbour, white as a sheet, his wife's collapsed and isn't breathing!
+ fr situation h | On frappe : c'est le voisin, blanc comme un linge, sa femme s'est effondrée et ne respire plus !

# triad 06
fr situation h | Numéro inconnu : un gendarme me dit que le car scolaire de mon fils est tombé dans le ravin, venez tout de suite !
+ en situation h | Unknown number: a police officer says my son's school bus has gone into a ravine, come right now!

# triad 07
en situation h | My phone buzzes at midnight: flood alert, evacuate now, and the water's already coming under the front door!
+ fr situation h | Mon téléphone vibre à minuit : alerte crue, évacuez immédiatement, et l'eau passe déjà sous la porte d'entrée !

# triad 08
fr situation h | Appel vidéo de ma sœur : elle hurle, son bébé est tout bleu et ne respire plus, et je suis à 500 km !
+ en situation h | Video call from my sister: she's screaming, her baby's gone blue and isn't breathing, and I'm 500 km away!

# triad 09
fr situation h | La maîtresse appelle : mon fils a disparu pendant la sortie au bord de la rivière, ils le cherchent partout !
+ en situation h | The teacher's on the phone: my son's vanished on the school trip by the river, they're searching everywhere for him!

# triad 10
en situation h | The phone rings in the car, I lean over for it and we drift across, a lorry's coming straight at us!
+ fr situation h | Le téléphone sonne en voiture, je me penche pour le prendre et on dérive en face, un camion arrive sur nous !

# triad 11
fr situation h | Faux numéro ? Non : l'inconnu décrit exactement mon pyjama et dit qu'il me regarde par la fenêtre, là !
+ en situation h | Wrong number? No: the stranger is describing my pyjamas exactly and says he's watching me through the window, right now!

# triad 12
fr situation h | Dans la boîte aux lettres, un mot : « On sait que tu es seule. » Et quelqu'un essaie d'ouvrir la porte, là, maintenant !
+ en situation h | In the letterbox, a note: "We know you're alone." And someone's trying the door handle, right now!

# triad 13
en situation h | I open the envelope on my desk and white powder spills out, my eyes are burning and I'm struggling to breathe!
+ fr situation h | J'ouvre l'enveloppe sur mon bureau, une poudre blanche s'en échappe, mes yeux brûlent et j'ai du mal à respirer !

# triad 14
fr situation h | Le colis surprise prend feu sur la table de la cuisine, des flammes jaillissent du carton à côté du bébé !
+ en situation h | The surprise parcel's caught fire on the kitchen table, flames shooting out of the box right next to the baby!

# triad 15
fr situation h | Un énorme boum dans la cuisine : l'autocuiseur a explosé, ma femme est brûlée au visage et hurle ! Allume tout !
+ en situation h | A huge bang in the kitchen: the pressure cooker's exploded, my wife's face is burnt and she's screaming! All the lights on!

# triad 16
en situation h | Noises in the attic, heavy footsteps right above our heads, and we're alone in a house miles from anywhere!
+ fr situation h | Du bruit au grenier, des pas lourds au-dessus de nos têtes, et on est seuls dans cette maison isolée !

# triad 17
fr situation h | Un grand crac : le plafond du salon s'effondre, et les enfants jouaient juste en dessous !
+ en situation h | A loud crack: the living-room ceiling's collapsing, and the kids were playing right underneath!

# triad 18
en situation h | A horn blaring behind me: the lorry's lost its brakes and it's bearing down on our car, stopped at the lights!
+ fr situation h | Un klaxon hurle derrière moi : le camion n'a plus de freins et fonce sur notre voiture arrêtée au feu !

# triad 19
fr situation h | Le réveil sonne, je me lève et le sol se met à trembler : séisme, l'armoire bascule vers le lit des petits !
+ en situation h | The alarm goes off, I get up and the floor starts shaking: an earthquake, the wardrobe's toppling towards the kids' bed!

# triad 20
en situation h | Kayaking, and an orca's just rammed the hull, we're tipping into the freezing water far from shore!
+ fr situation h | En kayak, une orque vient de cogner la coque, on bascule dans l'eau glacée loin du bord !

# triad 21
fr situation h | Une baleine remonte juste sous notre pneumatique et le soulève, on va se retourner avec les enfants !
+ en situation h | A whale's surfacing right under our dinghy and lifting it, we're going to capsize with the kids!

# triad 22
fr situation h | Le chien du voisin vient de passer sous la haie et se jette sur mon fils dans le bac à sable !
+ en situation h | The neighbour's dog has just come under the hedge and is going for my son in the sandpit!

# triad 23
en situation h | The cat's brought a live viper into the kitchen, and it's rearing up in front of my daughter!
+ fr situation h | Le chat a rapporté une vipère vivante dans la cuisine, elle se dresse devant ma fille !

# triad 24
fr situation h | Le cheval s'emballe, il part au galop vers la nationale avec ma fille accrochée à son cou !
+ en situation h | The horse has bolted, it's galloping towards the main road with my daughter clinging to its neck!

# triad 25
en situation h | The cows are charging us in the field, the calf's right beside us and we're pinned against the fence!
+ fr situation h | Les vaches nous chargent dans le pré, le veau est juste à côté et on est coincés contre la clôture !

# triad 26
fr slang_emoji h | au secours un ours sort du bois à 20 m de nous 😱😱 il se dresse et les enfants sont devant
+ en slang_emoji h | help a bear just came out of the woods 20 m from us 😱😱 it's rearing up and the kids are in front

# triad 27
en situation h | My parents turn up unannounced and Dad collapses on the doorstep, he's not breathing!
+ fr situation h | Mes parents débarquent sans prévenir et papa s'effondre sur le seuil, il ne respire plus !

# triad 28
fr situation h | En plein dîner, une bougie fait prendre la nappe, les flammes montent déjà vers les rideaux !
+ en situation h | Mid-dinner, a candle's set the tablecloth alight and the flames are already climbing towards the curtains!

# triad 29
fr situation h | Coupure de courant : la machine à oxygène de papa s'arrête et il suffoque dans le noir !
+ en situation h | Power cut: Dad's oxygen machine has stopped and he's suffocating in the dark!

# triad 30
en situation h | Summer storm: lightning's hit the tree on the campsite and a branch has just crushed the tent next to ours!
+ fr situation h | Orage d'été : la foudre tombe sur l'arbre du camping, une branche vient d'écraser la tente voisine !

# triad 31
fr situation h | L'ascenseur chute d'un coup de deux étages et s'arrête en grinçant, les câbles craquent au-dessus de nous !
+ en situation h | The lift suddenly drops two floors and jolts to a stop, the cables are creaking above us!

# triad 32
en mixed h | Embarrassed to be shouting, but mostly terrified: my three-year-old's vanished in the supermarket, and the doors open onto the car park!
+ fr mixed h | Gênée de crier, mais surtout terrifiée : au supermarché, mon fils de trois ans a disparu, et les portes donnent sur le parking !

# triad 33
fr situation h | Dans le train, un passager sort un couteau et hurle, tout le monde se rue vers l'autre wagon !
+ en situation h | On the train a passenger pulls a knife and starts yelling, everyone's stampeding into the next carriage!

# triad 34
en situation h | On the road, a stag leaps out in front of the bonnet at 90, I slam on the brakes and we're spinning!
+ fr situation h | Sur la route, un cerf surgit devant le capot à 90, je pile et la voiture part en tête-à-queue !

# triad 35
fr situation h | Un homme débarque dans l'open space avec un bidon d'essence et hurle qu'il va tout brûler !
+ en situation h | A man storms into the open-plan office with a can of petrol, shouting that he's going to burn the place down!

# triad 36
en typo h | txt at 4am from my daughter "someones in my room" and now shes not answring at all
+ fr typo h | sms a 4h de ma fille « qqn est dans ma chambre » et la elle repond plus du tout

# triad 37
fr situation h | Le plafond gonfle sous l'eau du voisin du dessus et commence à céder au-dessus du lit du bébé !
+ en situation h | The ceiling's bulging with water from the flat upstairs and starting to give way above the baby's cot!

# triad 38
en situation h | A firework rocket's shot sideways into the crowd and my son's jacket is on fire!
+ fr situation h | Une fusée du feu d'artifice part à l'horizontale dans la foule et la veste de mon fils prend feu !

# triad 39
fr situation h | Les bougies du gâteau ont mis le feu aux cheveux de ma fille, elle hurle et ça brûle encore !
+ en situation h | The birthday candles have set my daughter's hair alight, she's screaming and it's still burning!

# triad 40
en typo h | in the car theres a wasp on my allergic sons neck, hes screaming and im in the fast lane help
+ fr typo h | en voiture une guepe sur le cou de mon fils allergique, il hurle et je suis sur la voie de gauche aide

# triad 41
fr situation h | Une chauve-souris est entrée dans la chambre et a mordu mon fils au bras, elle tourne encore au-dessus du lit !
+ en situation h | A bat's flown into the bedroom and bitten my son on the arm, and it's still circling over the bed!

# triad 42
en situation h | At the café the man at the next table keels over and starts convulsing, and nobody's moving!
+ fr situation h | Au café, l'homme de la table d'à côté s'écroule et se met à convulser, et personne ne bouge !

# triad 43
fr situation h | Coup de fil de ma tante, elle chuchote : quelqu'un est entré chez elle, elle est cachée dans la salle de bains !
+ en situation h | Phone call from my aunt, whispering: someone's broken into her house and she's hiding in the bathroom!

# triad 44
en situation h | Alert on the radio: the dyke's burst and the water's heading for our neighbourhood, we can already hear the roar!
+ fr situation h | À la radio, alerte : la digue a cédé et l'eau arrive sur notre quartier, on entend déjà le grondement !

# triad 45
fr situation h | Au pique-nique, mon fils a marché sur un nid de vipères, il a deux traces de morsure et sa cheville gonfle !
+ en situation h | At the picnic my son's stepped on a nest of vipers, he's got two bite marks and his ankle's swelling!

# triad 46
fr situation h | Un coup de vent énorme, le vieux chêne s'abat sur la maison et le toit de la chambre des enfants s'écroule !
+ en situation h | A huge gust, the old oak comes down on the house and the roof over the kids' bedroom is caving in!

# triad 47
en situation h | An armed man's just walked into the school playground, we're barricading the classroom door with the desks!
+ fr situation h | Un homme armé vient d'entrer dans la cour de l'école, on barricade la porte de la classe avec les tables !

# triad 48
fr situation h | Dans l'avion, une détonation, les masques tombent et la cabine se remplit de fumée !
+ en situation h | On the plane there's a bang, the oxygen masks drop and the cabin's filling with smoke!

# triad 49
en situation h | A noise in the bushes, and a wild boar bursts out and charges straight at the pushchair!
+ fr situation h | Un bruit dans les fourrés, et un sanglier en sort et charge droit sur la poussette !

# triad 50
fr situation h | À la télé, flash spécial : l'usine chimique d'à côté est en feu, confinement immédiat, et le nuage arrive sur nous !
+ en situation h | Newsflash on the telly: the chemical plant next door is on fire, lock down now, and the cloud's heading our way!

# triad 51
fr situation h | À la piscine, j'aperçois une petite forme immobile au fond du grand bain : c'est mon fils !
+ en situation h | At the pool I spot a small still shape at the bottom of the deep end: it's my son!

# triad 52
en situation h | Message from my flatmate: she can't feel her right arm, she's slurring on the phone and she's alone in the flat!
+ fr situation h | Message de ma coloc : elle ne sent plus son bras droit, elle bafouille au téléphone et elle est seule à l'appart !

# triad 53
fr situation h | Fête foraine : la nacelle de la grande roue se décroche à moitié, on est suspendus à trente mètres !
+ en situation h | Funfair: our Ferris wheel car's half come off its hinge and we're dangling thirty metres up!

# triad 54
en situation h | Moving day: the piano's slipped out of its straps and is hurtling down the stairs towards Dad at the bottom!
+ fr situation h | Jour du déménagement : le piano glisse de ses sangles et dévale l'escalier vers papa, en bas !

# triad 55
fr situation h | En pleine partie, casque VR sur la tête, je sens le rebord de la fenêtre ouverte dans mon dos, je bascule !
+ en situation h | Mid-game with the VR headset on, I feel the open window ledge against my back, I'm tipping over!

# triad 56
en situation h | At the hotel the balcony railing's given way, and I'm hanging on with one hand over the drop, five floors up!
+ fr situation h | À l'hôtel, la rambarde du balcon cède, et je me rattrape d'une main au-dessus du vide, au cinquième !

# triad 57
fr situation h | Au festival, la foule pousse contre la barrière, je suis écrasée et je n'arrive plus à respirer !
+ en situation h | At the festival the crowd's surging against the barrier, I'm being crushed and I can't breathe!

# triad 58
en situation h | On my bike, a car door flies open right in front of me and I'm thrown towards the wheels of the bus!
+ fr situation h | À vélo, une portière s'ouvre juste devant moi et je suis projeté vers les roues du bus !

# triad 59
fr situation h | Un bruit me réveille : le plafond de la chambre craque et une fissure s'ouvre au-dessus du lit !
+ en situation h | A noise wakes me: the bedroom ceiling's creaking and a crack's opening right above the bed!

# triad 60
fr situation h | Au restaurant, le chauffage de terrasse s'enflamme d'un coup juste derrière notre table, le parasol prend feu !
+ en situation h | At the restaurant the patio heater suddenly bursts into flames right behind our table, and the parasol's on fire!

# triad 61
fr situation h | Ma fille de deux ans a ouvert la fenêtre et grimpe sur le rebord, au troisième étage !
+ en situation h | My two-year-old has opened the window and is climbing onto the ledge, three floors up!

# triad 62
en situation h | My teenager staggers out of his room, he's swallowed pills and his eyes are rolling back!
+ fr situation h | Mon ado sort de sa chambre en titubant, il a avalé des cachets et ses yeux se révulsent !

# triad 63
fr situation h | À la ferme, le taureau a défoncé la barrière et fonce vers les enfants du centre aéré !
+ en situation h | At the farm the bull's smashed through the gate and is charging at the kids from the holiday club!

# triad 64
fr situation h | À la plage, une vague emporte le matelas de ma fille vers le large, elle crie et on la voit à peine !
+ en situation h | On the beach a wave's swept my daughter's lilo out to sea, she's screaming and we can barely see her!

# triad 65
en situation h | On the bus the driver slumps over the wheel and we're careering straight towards the junction!
+ fr situation h | Dans le bus, le chauffeur s'effondre sur son volant et on file droit vers le carrefour !

# triad 66
fr situation h | En sortant du boulot, un homme surgit de derrière ma voiture et m'arrache mon sac en me traînant par terre !
+ en situation h | Leaving work, a man leaps out from behind my car and grabs my bag, dragging me along the ground!

# triad 67
en situation h | A rumble above the mountain hut: a rockslide is tearing down straight at the path where the kids are walking!
+ fr situation h | Un grondement au-dessus du refuge : une coulée de pierres dévale droit sur le sentier où marchent les enfants !

# triad 68
fr situation h | Au stade, la tribune cède sous les supporters, on tombe et des gens s'écrasent sur nous !
+ en situation h | At the stadium the stand's giving way under the fans, we're falling and people are crashing down on top of us!

# triad 69
fr situation h | Sur la terrasse, on voit la grange d'en face en flammes, et le vent pousse les braises vers notre toit !
+ en situation h | Out on the terrace we see the barn opposite in flames, and the wind's blowing the embers onto our roof!

# triad 70
en situation h | The garden hose has flooded the extension lead, it's crackling, and my son's barefoot in the puddle!
+ fr situation h | Le tuyau d'arrosage a inondé la rallonge, ça crépite, et mon fils est pieds nus dans la flaque !

# triad 71
fr situation h | Mamie sonne, le bras en sang : elle est tombée dans l'escalier et elle dit qu'elle se sent partir !
+ en situation h | Grandma rings the bell, her arm covered in blood: she's fallen on the stairs and says she's about to pass out!

# triad 72
en situation h | Hailstones the size of golf balls are smashing the windscreen, and we're on the motorway!
+ fr situation h | Des grêlons gros comme des balles de golf font exploser le pare-brise, et on est sur l'autoroute !

# triad 73
fr situation h | Le camion de glaces recule sans regarder, et mon fils est juste derrière les roues !
+ en situation h | The ice-cream van's reversing without looking, and my son's right behind the wheels!

# triad 74
fr situation h | Les cloches sonnent et une pierre du clocher se détache, elle tombe vers les gens assis sur le parvis !
+ en situation h | The bells are ringing and a stone's come loose from the bell tower, falling towards the people sitting in the square!

# triad 75
en situation h | At the petrol station petrol's sprayed all over my trousers and the guy next to me is lighting a cigarette!
+ fr situation h | À la station-service, l'essence gicle sur mon pantalon et le type d'à côté allume une cigarette !

# triad 76
fr slang_emoji h | halloween un mec masqué vient d'attraper mon fils par le bras et le tire vers une camionnette 😱😱
+ en slang_emoji h | halloween a masked guy just grabbed my son by the arm and he's pulling him towards a van 😱😱

# triad 77
en situation h | On the platform the pushchair's rolling towards the edge with the baby in it, and the high-speed train's coming in!
+ fr situation h | Sur le quai, la poussette roule vers le bord avec le bébé dedans, et le TGV arrive !

# triad 78
fr situation h | Au zoo, la porte de l'enclos est ouverte et le tigre marche dans l'allée, vers nous !
+ en situation h | At the zoo the enclosure gate's open and the tiger's walking down the path, towards us!

# triad 79
en situation h | I open the cupboard, the bleach bottle falls and splashes into my daughter's eyes, she's screaming!
+ fr situation h | J'ouvre le placard, la bouteille de javel tombe et éclabousse les yeux de ma fille, elle hurle !

# triad 80
fr situation h | Le facteur est à terre devant le portail, notre chien sur lui, et il saigne du bras ! Allume tout, j'y vais !
+ en situation h | The postman's down by the gate with our dog on top of him, his arm's bleeding! All lights on, I'm going out!
"""

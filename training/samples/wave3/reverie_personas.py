"""reverie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: personas and places
fr situation n | Réceptionniste de nuit, le hall de l'hôtel est désert, je fixe le lustre et je m'invente une vie de fleuriste sur un quai d'Amsterdam.
+ en situation n | Night receptionist, the hotel lobby's deserted, I'm staring at the chandelier and inventing myself a life as a florist on an Amsterdam canal.
fr situation n | Des heures à labourer en ligne droite, et dans ma tête je mène un troupeau de chevaux à travers la steppe mongole.
+ en situation n | Hours of ploughing in straight lines, and in my head I'm driving a herd of horses across the Mongolian steppe.
fr situation l | Sur mon banc du square, je regarde passer les poussettes et j'imagine quel métier fera chaque bébé plus tard.
+ en situation l | On my bench in the square, I watch the pushchairs go by and imagine what job each baby will end up doing.
fr situation n | À la laverie, en attendant le séchage, je me suis inventé toute une vie de chanteur de tango à Buenos Aires.
+ en situation n | At the launderette, waiting for the dryer, I've made up a whole life for myself as a tango singer in Buenos Aires.
fr situation n | Allongée sur mon lit avec mes écouteurs, je tourne dans ma tête le clip de chaque chanson, avec moi en vedette. Mets une lumière qui suit.
+ en situation n | Lying on my bed with my headphones on, I'm shooting a music video in my head for every song, starring me. Give me lights that go along with it.
fr situation n | Après-midi tranquille à la librairie, je regarde la rue par la vitrine et j'imagine que chaque passant sort d'un des romans du rayon.
+ en situation n | Quiet afternoon at the bookshop, I watch the street through the window and imagine every passer-by has stepped out of one of the novels on the shelves.
fr situation n | Au terminus, moteur coupé, je fixe le champ de colza et je me vois piloter une montgolfière juste au-dessus.
+ en situation n | At the end of the line, engine off, I'm gazing at the rapeseed field and picturing myself flying a hot-air balloon right over it.
fr situation n | Je trie les lentilles sur la table de la cuisine et, grain après grain, je me retrouve sur le pont d'un paquebot des années trente, en robe longue. Tamise la lumière de la cuisine.
+ en situation n | I'm sorting lentils on the kitchen table and, grain by grain, I find myself on the deck of a 1930s ocean liner in a long gown. Dim the kitchen lights.
fr situation n | La visio tourne toute seule et moi je regarde la grue du chantier d'en face en imaginant qu'elle pêche des nuages. Mets une ambiance douce et floue.
+ en situation n | The video call's running on without me and I'm watching the crane on the building site opposite, imagining it's fishing for clouds. Put on something soft and hazy.
fr situation n | Je joue la même gamme en boucle au piano, mes doigts continuent seuls et moi je me promène dans une Venise sous la neige.
+ en situation n | I'm playing the same scale over and over on the piano, my fingers carry on by themselves and I'm strolling through a snowy Venice.
fr situation l | Pendant que l'équipe fait ses tours de terrain, je suis assis sur le banc et je m'imagine entraîner des joueurs sur une plage au bout du monde.
+ en situation l | While the team runs laps, I'm sitting on the bench imagining I'm coaching players on a beach at the end of the world.
fr situation n | Devant l'école, en attendant la sortie, je fixe les marronniers et je construis dans ma tête le café-librairie que j'ouvrirai peut-être un jour.
+ en situation n | At the school gates, waiting for pick-up, I'm staring at the chestnut trees and building in my head the café-bookshop I might open one day.
fr situation n | Mon fauteuil calé près de la baie vitrée de la médiathèque, je regarde la pluie couler sur la verrière et j'en fais une cascade dans la jungle.
+ en situation n | My wheelchair parked by the big library window, I'm watching the rain run down the glass roof and turning it into a jungle waterfall.
fr situation n | Nouveau à Paris, je marche sans plan et j'imagine une histoire derrière chaque porte cochère. Mets une ambiance qui colle.
+ en situation n | New to Paris, I'm walking with no map and imagining a story behind every big carriage door. Put on something that fits.
fr situation n | Sur la chaîne de l'usine, mes mains font les gestes toutes seules et moi je suis sur un voilier au large des Açores.
+ en situation n | On the factory line my hands do the moves on their own and I'm out on a sailing boat off the Azores.
fr situation n | Pendant l'essayage, la couturière parle et je ne l'entends plus, je suis déjà en train de danser dans une grange pleine de guirlandes.
+ en situation n | At the dress fitting the seamstress is talking and I've stopped hearing her, I'm already dancing in a barn full of fairy lights.
fr situation n | Je surveille un examen, trois heures de silence, et j'écris dans ma tête un roman policier où le coupable serait le proviseur.
+ en situation n | I'm invigilating an exam, three hours of silence, and in my head I'm writing a detective novel where the head teacher did it.
fr situation n | Pause de nuit au bout du couloir de l'hôpital, je regarde la lune dans la vitre et j'imagine un hôpital sur une station spatiale.
+ en situation n | Night break at the end of the hospital corridor, I'm looking at the moon in the window and imagining a hospital on a space station.
fr situation n | Sur l'échafaudage du cinquième, je regarde les toits et je m'imagine funambule, d'un clocher à l'autre.
+ en situation n | Up on the fifth-floor scaffolding, I look out over the rooftops and picture myself as a tightrope walker going from steeple to steeple.
fr situation n | Je barre depuis deux heures sur une mer d'huile et je me raconte que je suis la première à découvrir une île.
+ en situation n | I've been at the helm for two hours on a glassy sea, telling myself I'm the first person ever to find an island.
fr situation n | La nuit au refuge, je regarde la mer de nuages en dessous et j'imagine qu'on pourrait marcher dessus jusqu'en Italie. Lumière en accord, s'il te plaît.
+ en situation n | Night at the mountain hut, I'm looking at the sea of cloud below and imagining you could walk across it all the way to Italy. Lights to match, please.
fr situation l | À la caisse, entre deux clients, j'imagine la vie de chacun d'après ce qu'il pose sur le tapis.
+ en situation l | At my till, between customers, I imagine each person's life from what they put on the belt.
fr situation n | Mi-temps interminable au stade, je fixe les papillons de nuit qui tournent autour des projecteurs et je n'entends plus la foule.
+ en situation n | Endless half-time at the stadium, I'm watching the moths circling the floodlights and I can't hear the crowd anymore.
fr situation n | Bloquée dans les bouchons sur le périph, je décide que les voitures sont des barques et que le périph est un fleuve qui mène à la mer.
+ en situation n | Stuck in traffic on the ring road, I decide the cars are rowing boats and the ring road is a river flowing out to sea.
fr situation n | Au fournil, en façonnant les baguettes à quatre heures du matin, je me raconte que la ville endormie dehors appartient à des géants.
+ en situation n | In the bakehouse, shaping baguettes at four in the morning, I tell myself the sleeping town outside belongs to giants.
fr situation n | En amphi, le prof parle de droit fiscal et moi j'invente une vie de contrebandier au garçon assis devant moi.
+ en situation n | In the lecture hall the professor's on about tax law and I'm inventing a smuggler's life for the guy sitting in front of me.
fr situation n | En mer depuis l'aube, je regarde les reflets sur l'eau et je m'invente une sirène qui tiendrait un café au fond du port.
+ en situation n | Out at sea since dawn, I'm watching the light on the water and making up a mermaid who runs a café at the bottom of the harbour.
fr situation n | Quatre heures d'autoroute toute droite, et je me suis inventé un pays entier, avec sa langue, ses fêtes et son hymne.
+ en situation n | Four hours of dead-straight motorway, and I've invented a whole country with its own language, holidays and anthem.
fr situation n | Gardien de nuit au musée, je m'arrête devant les statues et j'imagine ce qu'elles se racontent quand j'ai le dos tourné.
+ en situation n | Night guard at the museum, I stop in front of the statues and imagine what they say to each other when my back is turned.
fr situation l | Chez le coiffeur, les ciseaux cliquettent, je fixe mon reflet et j'imagine une autre moi qui vivrait à Reykjavik.
+ en situation l | At the hairdresser's, scissors clicking, I'm staring at my reflection and imagining another me who lives in Reykjavik.
fr situation n | Là-haut avec les brebis, je regarde l'autre versant et j'y construis un village entier, avec sa fontaine, son lavoir et ses habitants.
+ en situation n | Up with the sheep, I look across at the other side of the valley and build a whole village there, with its fountain, its wash house and its people.
fr situation n | En livrant mes pizzas à vélo, je me raconte que je porte un message secret pour une reine.
+ en situation n | Delivering pizzas on my bike, I tell myself I'm carrying a secret message for a queen.
fr situation n | Enceinte de six mois, la main sur le ventre, je regarde la pluie et j'invente les premiers mots que dira ce bébé. Mets quelque chose de flottant.
+ en situation n | Six months pregnant, hand on my bump, watching the rain and making up the first words this baby will say. Put on something floaty.
fr situation l | Du jardin de la maison de retraite, je suis les trains au loin et je m'imagine monter dans chacun vers une destination tirée au sort.
+ en situation l | From the care home garden I follow the trains in the distance and imagine hopping on each one to a destination picked out of a hat.
fr situation n | Suspendu dans la nacelle au vingtième étage, la raclette à la main, je m'imagine que la tour est un phare au milieu de l'océan.
+ en situation n | Hanging in the cradle on the twentieth floor, squeegee in hand, I imagine the tower's a lighthouse in the middle of the ocean.
fr situation n | À l'orchestre, j'ai quarante mesures de silence, et je me suis retrouvée à marcher dans une forêt de contrebasses géantes.
+ en situation n | In the orchestra I've got forty bars' rest, and I've ended up walking through a forest of giant double basses.
fr situation l | Dans les gradins de la piscine pendant le cours de mon fils, le bruit de l'eau m'emmène sur une île volcanique pleine de sources chaudes.
+ en situation l | In the stands at the pool during my son's lesson, the sound of the water carries me off to a volcanic island full of hot springs.
fr situation n | Taxi de nuit, pas de course depuis une heure, je regarde clignoter les enseignes et je me crois dans un Tokyo de 2080. Adapte les lumières.
+ en situation n | Night taxi, no fare for an hour, I'm watching the neon signs blink and feel like I'm in the Tokyo of 2080. Adjust the lights to suit.
fr situation n | Je passe l'aspirateur dans les bureaux vides le soir et je m'imagine en patronne qui fait visiter son empire.
+ en situation n | I'm hoovering the empty offices in the evening and imagining I'm the boss showing guests round her empire.
fr situation n | De quart la nuit sur le porte-conteneurs, je fixe l'horizon noir et j'invente les villes où finira chaque conteneur.
+ en situation n | On night watch aboard the container ship, I stare at the black horizon and invent the towns where each container will end up.
fr situation n | Au bistrot du village, je regarde les anciens jouer aux cartes et je leur invente des vies de pirates à la retraite.
+ en situation n | At the village bar I'm watching the old boys play cards and inventing lives for them as retired pirates.
fr situation l | Allongé sous la tente, je regarde les ombres des feuilles sur la toile et j'y vois des créatures de la forêt qui dansent.
+ en situation l | Lying in the tent, watching the leaf shadows on the canvas and seeing forest creatures dancing in them.
fr situation n | Sur le télésiège, les skis dans le vide, je me vois planer au-dessus de la vallée comme un oiseau migrateur.
+ en situation n | On the chairlift, skis dangling, I picture myself gliding over the valley like a migrating bird.
fr situation n | En Erasmus à Cracovie, je regarde la grande place depuis mon balcon et je la remplis de marchands et de chevaux d'il y a cinq cents ans.
+ en situation n | On Erasmus in Kraków, I look down at the main square from my balcony and fill it with merchants and horses from five hundred years ago.
fr situation n | Au vestiaire de la patinoire, je lace les patins des petits et dans ma tête je patine sur un lac gelé en Laponie, sous des aurores vertes.
+ en situation n | In the ice-rink changing room, lacing the little ones' skates, and in my head I'm skating on a frozen lake in Lapland under green auroras.
fr situation n | Dans la salle d'attente du vétérinaire, le chien sur les genoux, je m'imagine tenir une auberge pour animaux au sommet d'une montagne.
+ en situation n | In the vet's waiting room with the dog on my lap, I'm imagining running an inn for animals at the top of a mountain.
fr situation n | Je remplis les rayons de la supérette pendant la nuit et je me raconte que chaque boîte de conserve cache un petit monde à l'intérieur.
+ en situation n | Stocking the shelves of the corner shop overnight, I tell myself every tin has a tiny world hidden inside it.
fr situation n | Assis sur le tracteur à l'arrêt, je regarde les hirondelles sur le fil et je leur prête des conversations de voyageurs. Une ambiance qui va avec, stp.
+ en situation n | Sitting on the parked tractor, watching the swallows on the wire and giving them travellers' conversations. Something to go with it, please.
fr situation n | Expatriée à Montréal, je regarde le fleuve gelé et j'imagine qu'on pourrait le suivre à pied jusqu'au bout du monde.
+ en situation n | Living in Montreal, I'm looking at the frozen river and imagining you could follow it on foot to the end of the world.
fr situation n | À l'arrêt de bus, une affiche de cirque, et me voilà trapéziste dans un chapiteau qui voyage de ville en ville.
+ en situation n | A circus poster at the bus stop, and suddenly I'm a trapeze artist in a big top that travels from town to town.
fr situation l | Maître-nageuse devant une piscine vide, l'eau bouge à peine, et je me vois nager au milieu d'un lagon turquoise.
+ en situation l | Lifeguarding an empty pool, the water barely moving, and I can see myself swimming in a turquoise lagoon.
fr situation n | Pendant que mon père fait sa sieste, je suis assise près de la fenêtre de sa chambre et j'invente la vie des oiseaux du jardin d'en face.
+ en situation n | While my dad naps, I'm sitting by his bedroom window making up lives for the birds in the garden opposite.
fr situation h | J'ai passé tout le trajet de la navette à m'imaginer ouvrir un cinéma en plein air sur une falaise, au point d'en oublier de descendre au terminal.
+ en situation h | I spent the whole shuttle ride imagining opening an open-air cinema on a clifftop, so much that I forgot to get off at the terminal.
fr situation h | Trois jours de moisson en solitaire dans la cabine, et ma tête a construit une ville entière sous les blés, avec ses rues et ses lanternes.
+ en situation h | Three days harvesting alone in the cab, and my head has built a whole town under the wheat, with its streets and its lanterns.

# long
fr long n | Fin de poste à cinq heures. Dans le premier bus, il n'y a que moi. Je regarde les réverbères s'éteindre un à un. Je m'imagine qu'ils vont se coucher, comme des gens.
+ en long n | Shift ends at five. On the first bus there's only me. I watch the streetlights go out one by one. I imagine they're going off to bed, like people.
fr long n | Les élèves écrivent leur rédaction. La classe est silencieuse. Le grand platane de la cour bouge au vent. J'y ai installé toute une ville de petits êtres, avec des ponts de branche en branche.
+ en long n | The pupils are writing their essays. The classroom's silent. The big plane tree in the yard sways in the wind. I've filled it with a whole town of tiny creatures, with bridges from branch to branch.
fr long n | La traite est finie. Je suis assis sur un seau retourné. Les vaches ruminent lentement. Dans ma tête, je traverse la pampa à cheval avec elles.
+ en long n | Milking's done. I'm sitting on an upturned bucket. The cows chew slowly. In my head I'm crossing the pampas on horseback with them.
fr long n | Les petits sont partis à la piscine avec leur père. Je suis restée avec mon thé. J'ai regardé la pluie sur la véranda. Je me suis imaginée danseuse dans un théâtre de Saint-Pétersbourg, moi qui n'ai jamais dansé.
+ en long n | The little ones went to the pool with their dad. I stayed behind with my tea. I watched the rain on the conservatory roof. I pictured myself as a dancer in a theatre in St Petersburg, and I've never danced in my life.
fr long n | Parking poids lourds, minuit. Le moteur refroidit. Je regarde les phares sur l'autoroute, comme une rivière de lumière. Et je me demande jusqu'où elle coule.
+ en long n | Lorry park, midnight. The engine's ticking as it cools. I watch the headlights on the motorway like a river of light. And I wonder how far it flows.
fr long n | J'ouvre mon ordinateur à neuf heures. Un merle se pose sur le balcon. Je commence à imaginer sa tournée dans le quartier, ses amis, ses rivaux. À dix heures, je n'ai pas lu un seul mail.
+ en long n | I open my laptop at nine. A blackbird lands on the balcony. I start imagining its rounds in the neighbourhood, its friends, its rivals. By ten I haven't read a single email.

# negation
fr negation n | Je ne dors pas au volant, promis, je suis garé : je regarde juste le ciel virer au rose et ma tête est partie en voyage.
+ en negation n | I'm not asleep at the wheel, I promise, I'm parked: I'm just watching the sky turn pink and my head's gone off travelling.
fr negation n | Non, je ne boude pas, chérie, je suis juste à bord d'un dirigeable au-dessus de la Patagonie.
+ en negation n | No, I'm not sulking, love, I'm just aboard an airship over Patagonia.
fr negation n | Je ne révise pas du tout, je fixe mon surligneur et j'imagine que c'est une fusée prête à décoller pour Neptune.
+ en negation n | I'm not revising at all, I'm staring at my highlighter and imagining it's a rocket ready to launch for Neptune.
fr negation l | Pas fatiguée, pas triste, juste partie : derrière ma caisse, je suis en terrasse à Naples.
+ en negation l | Not tired, not sad, just gone: behind my till, I'm sitting at a café in Naples.

# mixed
fr mixed n | Un peu fatigué après ma tournée de facteur, mais surtout dans la lune : assis sur un muret, je m'invente une ville perchée sur les toits.
+ en mixed n | A bit tired after my postal round, but mostly away with the fairies: sitting on a low wall, I'm inventing a town perched on the rooftops.
fr mixed n | Un brin d'impatience avant la cérémonie, mais surtout la tête ailleurs, à imaginer notre première maison au milieu des vignes.
+ en mixed n | A touch of impatience before the ceremony, but mostly my head's elsewhere, picturing our first house in the middle of the vineyards.
fr mixed n | Contente de ma récolte, oui, mais là, assise dans le verger, mon esprit s'envole vers des jardins suspendus qui n'existent pas.
+ en mixed n | Happy with my harvest, sure, but right now, sitting in the orchard, my mind's drifting off to hanging gardens that don't exist.
fr mixed n | Un peu agacé par le retard du train, mais surtout parti : sur le quai, j'imagine que les rails mènent à une ville qui n'est sur aucune carte.
+ en mixed n | A bit annoyed the train's late, but mostly miles away: on the platform I'm imagining the tracks lead to a town that isn't on any map.

# informal french
fr situation n | en pleine réunion zoom jme suis imaginé que j'étais astronaute et qu'on m'appelait depuis la Terre mdr
fr situation n | jfais la vaisselle et dans ma tête jsuis en train d'ouvrir un bar de plage au Costa Rica
fr situation l | en stage au fond d'un bureau, jpasse mes journées à redécorer l'open space dans ma tête lol
fr situation l | allongée sur le trampoline du jardin, je regarde le ciel et jme fais tout un film
fr situation l | dans le RER je regarde les tags et jimagine qui les a faits, la nuit, avec quelle musique
fr situation n | à la messe du dimanche avec ma grand-mère jcomptais les anges au plafond et jleur inventais des prénoms

# casual english
en situation l | lunch break at the warehouse, staring at the forklifts and pretending they're dinosaurs grazing
en situation n | folding towels at the gym front desk, mentally designing my dream houseboat for the 40th time
en situation l | staring at my coffee foam like it's a map of a planet nobody's found yet, lights to match pls
en situation l | babysitting while the kid naps, just at the window making up backstories for every car that drives past
"""

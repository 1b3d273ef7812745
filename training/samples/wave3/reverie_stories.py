"""reverie: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Je repasse une chemise et je regarde la vapeur monter du fer en imaginant des geysers dans une vallée d'Islande.
+ en situation n | Ironing a shirt and watching the steam rise off the iron, picturing geysers in some Icelandic valley.
fr situation n | J'étends les draps dans le jardin, le vent les gonfle et dans ma tête je suis à la barre d'un trois-mâts qui quitte Saint-Malo.
+ en situation n | Hanging the sheets out in the garden, the wind fills them and in my head I'm at the helm of a three-master leaving Saint-Malo.
fr situation l | En dépoussiérant le globe du salon, je l'ai fait tourner du bout du doigt et je me suis promené au hasard là où il s'arrêtait.
+ en situation l | Dusting the globe in the living room, I spun it with one finger and wandered off wherever it stopped.
fr situation n | Le robot aspirateur tourne sous le canapé et je lui invente une vie secrète d'explorateur des grottes du salon.
+ en situation n | The robot hoover's circling under the sofa and I'm inventing a secret life for it as an explorer of living-room caves.
fr situation n | Dégivrage du congélateur : je regarde les plaques de glace fondre et j'y vois des banquises qui se détachent sous un soleil polaire. Mets-moi une ambiance qui suit.
+ en situation n | Defrosting the freezer: watching the slabs of ice melt and seeing ice floes breaking away under a polar sun. Set a mood to follow that.
fr situation n | Je lave les vitres du salon et, à travers la mousse, le parc d'en face ressemble à une peinture impressionniste où je me promène.
+ en situation n | Washing the living-room windows, and through the suds the park opposite looks like an impressionist painting I'm strolling through.
fr situation l | Trier les chaussettes dépareillées, c'est mon moment : je leur invente des voyages en solitaire derrière la machine à laver.
+ en situation l | Sorting odd socks is my moment: I make up solo voyages for them behind the washing machine.
fr situation n | J'arrose la fougère de la salle de bains et, accroupi à sa hauteur, je m'imagine minuscule dans une jungle humide. Mets une ambiance qui suit.
+ en situation n | Watering the bathroom fern and, crouched at its level, I picture myself tiny in a steamy jungle. Put on something to go with it.
fr situation n | Le lave-vaisselle ronronne dans le noir de la cuisine, et je regarde son petit voyant bleu comme une étoile au-dessus d'un port.
+ en situation n | The dishwasher's humming in the dark kitchen and I'm watching its little blue light like a star over a harbour.
fr situation n | En rangeant le placard à épices, un bocal de cannelle de Ceylan m'a embarqué sur un marché du port de Colombo, sous les ventilateurs.
+ en situation n | Tidying the spice cupboard, a jar of Ceylon cinnamon carried me off to a market by the port of Colombo, under the ceiling fans.

# situations: cooking and food
fr situation n | L'eau des pâtes frémit, je fixe les bulles et je me demande à quoi ressemblerait une planète entièrement couverte d'océans chauds.
+ en situation n | The pasta water's simmering, I'm staring at the bubbles and wondering what a planet covered entirely in warm oceans would be like.
fr situation n | J'épluche une clémentine d'un seul ruban et je le pose sur la table comme une route orange qui mènerait à une ville en fête.
+ en situation n | I peel a clementine in one long ribbon and lay it on the table like an orange road leading to a town in celebration.
fr situation l | Le gâteau gonfle derrière la vitre du four, et je suis accroupie devant comme devant un feu de camp, la tête ailleurs.
+ en situation l | The cake's rising behind the oven door and I'm crouched in front of it like at a campfire, my mind elsewhere.
fr situation n | Le miel coule lentement de la cuillère, un fil doré qui n'en finit pas, et je me retrouve dans une ruche grande comme une cathédrale.
+ en situation n | Honey dripping slowly off the spoon, a golden thread that never ends, and I find myself inside a hive as big as a cathedral.
fr situation n | J'ai ouvert un livre de cuisine marocaine sans intention de cuisiner, juste pour me promener dans les souks à travers les photos. Une musique qui colle, stp.
+ en situation n | I opened a Moroccan cookbook with no intention of cooking, just to wander the souks through the photos. Some music to match, please.
fr situation n | En remuant la confiture de figues, je m'invente une vieille auberge en Provence où je serais la seule à connaître la recette. Lumière adaptée, s'il te plaît.
+ en situation n | Stirring the fig jam, I'm inventing an old inn in Provence where I'd be the only one who knows the recipe. Suitable lighting, please.
fr situation n | Pause déjeuner, mon sandwich à la main, je regarde les mouettes sur le toit du restaurant d'en face et je leur prête un royaume.
+ en situation n | Lunch break, sandwich in hand, watching the gulls on the roof of the restaurant opposite and giving them a kingdom.
fr situation l | Le thé au jasmin infuse, les fleurs s'ouvrent dans la théière en verre et je les regarde comme des danseuses au ralenti.
+ en situation l | The jasmine tea's brewing, the flowers opening in the glass teapot, and I watch them like dancers in slow motion.
fr situation n | Au marché, devant l'étal de poissons, un homard me fixe et je me mets à imaginer sa vie sous les rochers de Bretagne.
+ en situation n | At the market, by the fish stall, a lobster's staring at me and I start imagining its life under the rocks of Brittany.
fr situation n | Le sucre fond dans la casserole et devient ambre, et moi je pense à des vitraux liquides dans une église engloutie.
+ en situation n | The sugar's melting in the pan and turning amber, and I'm thinking of liquid stained glass in a sunken church.

# situations: pets
fr situation n | Ma chatte regarde les pigeons derrière la vitre en claquant des dents, et je me demande quelle épopée de chasse elle se raconte.
+ en situation n | My cat's watching the pigeons through the window, chattering her teeth, and I wonder what hunting epic she's telling herself.
fr situation n | Le poisson rouge fait le tour de son bocal, et je m'amuse à imaginer que pour lui chaque tour est un nouveau continent.
+ en situation n | The goldfish is doing laps of its bowl and I amuse myself imagining that for him every lap is a new continent.
fr situation n | Le chien creuse au fond du jardin depuis vingt minutes, et je suis persuadé en rêvassant qu'il cherche un coffre de pirate.
+ en situation n | The dog's been digging at the bottom of the garden for twenty minutes and, daydreaming, I'm convinced he's after a pirate chest.
fr situation l | La tortue traverse la pelouse à son rythme, je la suis des yeux et j'imagine le monde à trois centimètres du sol.
+ en situation l | The tortoise is crossing the lawn at her own pace, I follow her with my eyes and imagine the world from three centimetres off the ground.
fr situation n | En promenant le chien à l'aube, les lampadaires encore allumés, j'ai l'impression qu'on patrouille tous les deux une ville fantôme. Mets quelque chose de flottant.
+ en situation n | Walking the dog at dawn, streetlights still on, it feels like the two of us are patrolling a ghost town. Put on something floaty.
fr situation n | Au centre équestre, appuyée sur la barrière, je regarde les chevaux dans la brume et je m'imagine traverser la Mongolie avec eux.
+ en situation n | At the riding stables, leaning on the fence, watching the horses in the mist and imagining crossing Mongolia with them.
fr situation l | Le hamster court dans sa roue la nuit, le petit grincement me berce et je me demande où il croit aller comme ça. Accorde les lumières à ça.
+ en situation l | The hamster's running in his wheel at night, the little squeak lulls me and I wonder where he thinks he's going. Match the lights to that.
fr situation n | La perruche imite la sonnerie du téléphone, et j'imagine qu'elle appelle en secret ses cousines d'Australie.
+ en situation n | The budgie's imitating the phone ringing and I imagine she's secretly calling her cousins in Australia.

# situations: children and parenting
fr situation n | Mon fils m'a demandé ce qu'il y avait derrière le ciel, il est parti jouer et moi je suis toujours sur le banc à y penser.
+ en situation n | My son asked me what's behind the sky, he ran off to play and I'm still on the bench thinking about it.
fr situation n | J'improvise l'histoire du soir pour la petite, elle s'est endormie depuis longtemps et je continue à inventer la suite dans le noir.
+ en situation n | I'm making up the bedtime story for my little one, she fell asleep ages ago and I'm still inventing what happens next in the dark.
fr situation n | Le dessin de ma fille montre une maison qui vole avec des ailes de papillon, et je me demande depuis une heure comment on y dormirait.
+ en situation n | My daughter's drawing shows a house flying on butterfly wings, and I've been wondering for an hour how you'd sleep in it.
fr situation n | Les enfants ont transformé le salon en vaisseau spatial avec des coussins, et je me surprends à regarder par le hublot en carton.
+ en situation n | The kids have turned the living room into a spaceship with cushions, and I catch myself gazing out through the cardboard porthole.
fr situation n | À la sortie de la crèche, les petits soufflent des bulles de savon et je suis chacune des yeux jusqu'à ce qu'elle éclate au-dessus des toits.
+ en situation n | Outside the nursery, the little ones are blowing soap bubbles and I follow each one until it pops above the rooftops.
fr situation n | Le petit dort dans la poussette sous le tilleul, et je regarde la lumière passer à travers les feuilles en m'inventant un pays de lumière verte. Lumière assortie, merci.
+ en situation n | The baby's asleep in the pushchair under the lime tree, and I watch the light filtering through the leaves, inventing a land of green light. Matching lights, thanks.
fr situation n | Ma fille de six ans m'explique que les nuages sont des moutons qui ont perdu leur berger, et depuis je les regarde autrement.
+ en situation n | My six-year-old explained that clouds are sheep who lost their shepherd, and I've been looking at them differently ever since.
fr situation l | Assis par terre avec les Lego de mon fils, je construis une tour sans fin et je ne sais plus trop dans quel monde je suis.
+ en situation l | Sitting on the floor with my son's Lego, building an endless tower and not really sure what world I'm in anymore.
fr situation n | Au parc, sur le bord du bac à sable, j'ai fini par imaginer que chaque trou creusé par les enfants descendait jusqu'en Chine.
+ en situation n | At the park, on the edge of the sandpit, I ended up imagining every hole the kids dug went all the way down to China.
fr situation n | Ma fille porte sa cape de fée pour aller à l'école, et en marchant derrière elle je me mets à croire que le trottoir est un chemin enchanté. Une musique pour aller avec ?
+ en situation n | My daughter's wearing her fairy cape to school, and walking behind her I start believing the pavement's an enchanted path. Some music to go with it?
# situations: partner and dating
fr situation n | Mon mari joue de la guitare tout doucement sur le balcon, et moi je suis partie sur une route de Californie, cheveux au vent.
+ en situation n | My husband's playing the guitar very softly on the balcony and I've drifted off onto a Californian road, hair in the wind.
fr situation n | On feuillette ensemble des annonces de voiliers alors qu'aucun de nous deux ne sait naviguer, et je nous vois déjà aux Açores.
+ en situation n | We're leafing through ads for sailing boats together when neither of us can sail, and I can already see us in the Azores.
fr situation n | Premier rendez-vous dans une heure, et je suis devant le miroir à inventer toutes les conversations possibles, même les plus absurdes.
+ en situation n | First date in an hour, and I'm in front of the mirror making up every possible conversation, even the most absurd ones.
fr situation l | Elle lit à voix haute un guide du Japon au lit, et je m'endors à moitié dans un ryokan imaginaire au bord d'un lac.
+ en situation l | She's reading a guide to Japan aloud in bed, and I'm half drifting off in an imaginary ryokan by a lake.
fr situation n | Sur la plage, mon copain fait la sieste, et je trace du doigt dans le sable le plan de la cabane qu'on n'aura jamais.
+ en situation n | On the beach, my boyfriend's napping and I'm tracing in the sand with my finger the plan of the cabin we'll never have.
fr situation n | Il m'a envoyé une photo de la lune depuis Montréal, la même que chez moi, et je reste à la fenêtre à imaginer le fil invisible entre les deux.
+ en situation n | He sent me a photo of the moon from Montreal, the same one I can see here, and I'm at the window imagining the invisible thread between the two.

# situations: friends
fr situation n | Ma pote me raconte son trek en Patagonie, je n'entends plus les détails, je suis déjà sur le glacier avec le vent dans la figure.
+ en situation n | My friend's telling me about her trek in Patagonia, I've stopped hearing the details, I'm already on the glacier with the wind in my face.
fr situation n | Pique-nique au bord du canal, la conversation s'éteint peu à peu et je regarde les chauves-souris danser au-dessus de l'eau. Une ambiance qui colle, s'il te plaît.
+ en situation n | Picnic by the canal, the conversation slowly fades and I'm watching the bats dance above the water. Something to match, please.
fr situation n | Mon ami m'a envoyé un vocal depuis Hanoï, avec les klaxons et les marchands derrière, et je l'ai écouté quatre fois en fermant les yeux.
+ en situation n | My friend sent me a voice note from Hanoi, with horns and street vendors in the background, and I listened to it four times with my eyes shut.
fr situation l | Soirée jeux chez Karim, j'attends mon tour et je regarde le plateau en m'imaginant vraiment marchand d'épices sur ces îles en carton.
+ en situation l | Games night at Karim's, waiting for my turn and looking at the board, imagining I really am a spice trader on those cardboard islands.
fr situation n | Les copains répètent dans le garage, je suis assis sur un pneu et la basse me fait voir des autoroutes vides sous un ciel violet. Fais suivre la maison.
+ en situation n | The lads are rehearsing in the garage, I'm sitting on a tyre and the bassline makes me see empty highways under a violet sky. Have the house follow along.
fr situation n | Mon amie d'enfance m'a dit qu'elle voulait ouvrir un café-bouquinerie, et depuis je l'aménage dans ma tête, tasse par tasse.
+ en situation n | My oldest friend told me she wants to open a café-bookshop, and ever since I've been furnishing it in my head, cup by cup.

# situations: extended family
fr situation n | Repas de famille interminable, je regarde la lumière passer à travers les rideaux en dentelle de ma tante et j'y vois des cartes de pays inconnus.
+ en situation n | Endless family lunch, I'm watching the light come through my aunt's lace curtains and seeing maps of unknown countries in them.
fr situation n | Au mariage de ma cousine, pendant les discours, je fixe le lustre en cristal et je me retrouve dans un bal sous la glace.
+ en situation n | At my cousin's wedding, during the speeches, I'm staring at the crystal chandelier and find myself at a ball under the ice.
fr situation l | Mon oncle parle impôts depuis le fromage, et moi je compte les hirondelles sur le fil en leur donnant des prénoms d'aviatrices.
+ en situation l | My uncle's been on about taxes since the cheese course, and I'm counting the swallows on the wire and naming them after aviators.
fr situation n | Ma belle-sœur a parlé d'acheter une vieille ferme en Ardèche, et je suis restée à table à y planter des oliviers en pensée.
+ en situation n | My sister-in-law mentioned buying an old farmhouse in the Ardèche, and I stayed at the table planting olive trees there in my mind.
fr situation n | Chez ma marraine, il y a un vieux tableau d'un port inconnu dans l'escalier, et je m'arrête à chaque fois pour monter à bord d'un des bateaux.
+ en situation n | At my godmother's there's an old painting of some unknown harbour on the stairs, and every time I stop to board one of the boats.

# situations: neighbours
fr situation n | Le voisin du dessous fait ses gammes de trompette, et chaque note qui monte m'emmène un peu plus loin dans un film noir des années cinquante.
+ en situation n | The downstairs neighbour's practising his trumpet scales, and every note drifting up takes me further into a fifties film noir.
fr situation n | La voisine a sorti son télescope sur le trottoir, j'ai regardé les anneaux de Saturne une minute et je n'arrive plus à redescendre.
+ en situation n | The neighbour set up her telescope on the pavement, I looked at Saturn's rings for one minute and now I can't come back down.
fr situation l | Le linge coloré de la voisine claque entre les deux immeubles comme des drapeaux, et j'invente le pays qui irait avec.
+ en situation l | The neighbour's colourful washing is flapping between the two buildings like flags, and I'm inventing the country they'd belong to.
fr situation n | Une odeur de curry monte de chez les voisins du troisième, et je me retrouve dans un train de nuit quelque part au Kerala.
+ en situation n | A smell of curry is drifting up from the third-floor neighbours, and I find myself on a night train somewhere in Kerala.
fr situation n | Le vieux monsieur d'en face arrose ses géraniums à la même heure chaque soir, et je lui ai inventé une vie entière d'ancien dompteur de lions. Mets quelque chose qui colle.
+ en situation n | The old man across the road waters his geraniums at the same time every evening, and I've invented a whole past for him as a lion tamer. Put on something that fits.

# situations: school and exams
fr situation n | Épreuve de philo, le sujet dit « Peut-on habiter le monde en poète ? » et ça fait vingt minutes que je regarde le platane par la fenêtre.
+ en situation n | Philosophy exam, the question is "Can one inhabit the world as a poet?" and I've spent twenty minutes gazing at the plane tree out the window.
fr situation n | En cours d'histoire sur l'Égypte, je n'écoute plus, je descends le Nil sur une felouque avec un chat sacré sur les genoux.
+ en situation n | In history class on Egypt I've stopped listening, I'm sailing down the Nile on a felucca with a sacred cat on my lap.
fr situation l | Pendant le contrôle de maths, j'ai fini en avance et je regarde l'aiguille des secondes en imaginant qu'elle fait tourner le monde.
+ en situation l | Finished the maths test early and I'm watching the second hand, imagining it's what turns the world.
fr situation n | Dans le car de la sortie scolaire, le front contre la vitre, je transforme chaque château d'eau en fusée prête à décoller.
+ en situation n | On the coach for the school trip, forehead on the window, I'm turning every water tower into a rocket about to take off.
fr situation n | La prof lit un poème de Rimbaud en classe et je suis déjà sur un bateau ivre, quelque part entre les vagues et les étoiles.
+ en situation n | The teacher's reading a Rimbaud poem in class and I'm already on a drunken boat somewhere between the waves and the stars.
fr situation n | En étude, le surveillant somnole, la craie traîne au tableau, et moi je dessine dans ma tête une école perchée dans les arbres.
+ en situation n | In study hall the supervisor's dozing, the chalk's lying by the board, and in my head I'm designing a school up in the trees.

# situations: university
fr situation n | Dans la grande salle de lecture de la bibliothèque, je regarde la coupole et je m'imagine que les livres sortent la nuit pour se parler.
+ en situation n | In the big reading room of the library, I'm looking up at the dome and imagining the books come out at night to talk to each other.
fr situation n | Amphi d'astrophysique, le prof parle des naines blanches et moi je suis assise sur une lune gelée à regarder un soleil minuscule se lever.
+ en situation n | Astrophysics lecture, the professor's talking about white dwarfs and I'm sitting on a frozen moon watching a tiny sun rise.
fr situation n | Je devais avancer mon mémoire, mais j'ai passé l'après-midi à regarder la pelouse du campus en inventant la vie de ceux qui y lisent. Mets-moi une ambiance.
+ en situation n | I was supposed to work on my dissertation, but I spent the afternoon looking at the campus lawn and inventing lives for the people reading on it. Set me a mood.
fr situation l | Entre deux TD, allongé sur les marches de la fac, je suis les traînées des avions et je leur choisis des destinations.
+ en situation l | Between two seminars, lying on the faculty steps, following the plane trails and picking destinations for them.
fr situation n | Dans ma chambre du Crous, je regarde la grue du chantier tourner lentement contre le ciel rose et je la prends pour une girafe géante. Ambiance assortie, s'il te plaît.
+ en situation n | In my student room, I'm watching the building-site crane turn slowly against the pink sky and taking it for a giant giraffe. A matching mood, please.
# situations: office work
fr situation n | Musique d'attente de la hotline depuis douze minutes, et je me suis retrouvé à danser une valse dans un palais de glace à Saint-Pétersbourg.
+ en situation n | Twelve minutes of hotline hold music, and I've ended up waltzing in an ice palace in St Petersburg.
fr situation n | Le tableur est tellement grand qu'en dézoomant, les cellules ressemblent à une ville vue d'avion, et je survole ses quartiers.
+ en situation n | The spreadsheet is so big that zoomed out the cells look like a city seen from a plane, and I'm flying over its neighbourhoods.
fr situation l | Dans l'ascenseur du quinzième, la petite musique me fait croire un instant que je monte vers un hôtel sur la lune.
+ en situation l | In the lift up to the fifteenth, the little tune makes me believe for a moment I'm rising to a hotel on the moon.
fr situation n | Le ficus de l'open space a une nouvelle feuille, et je passe ma pause à imaginer qu'il rêve de repartir dans sa forêt tropicale.
+ en situation n | The ficus in the open-plan office has a new leaf, and I spend my break imagining it dreams of going back to its rainforest.
fr situation n | En attendant que le café coule à la machine, je regarde la baie vitrée et la Défense se transforme en falaises au bord d'une mer grise.
+ en situation n | Waiting for the coffee machine, I'm looking through the glass wall and La Défense turns into cliffs above a grey sea.
fr situation n | Séminaire d'équipe au bord d'un lac, l'animateur parle d'objectifs et moi je regarde un héron immobile en me demandant à quoi il pense.
+ en situation n | Team away day by a lake, the facilitator's talking about targets and I'm watching a motionless heron, wondering what's on its mind.
fr situation n | Je numérote les pages du rapport annuel et, page 43, je me suis aperçu que j'étais en train d'écrire dans ma tête un roman d'aventures.
+ en situation n | Numbering the pages of the annual report, and by page 43 I realised I was writing an adventure novel in my head.

# situations: manual trades
fr situation n | Menuisier, je rabote une planche de chêne, les copeaux s'enroulent comme des vagues et je me vois construire une barque pour descendre la Loire.
+ en situation n | I'm a joiner planing an oak board, the shavings curl like waves and I see myself building a rowing boat to go down the Loire.
fr situation n | Sous le masque de soudure, les étincelles tombent comme des étoiles filantes, et pendant quelques secondes je suis en orbite.
+ en situation n | Under the welding mask, the sparks fall like shooting stars, and for a few seconds I'm in orbit.
fr situation n | Je peins un grand mur blanc dans une école, et à chaque coup de rouleau j'imagine la fresque de baleines volantes que j'y mettrais.
+ en situation n | Painting a big white wall in a school, and with every stroke of the roller I imagine the mural of flying whales I'd put there.
fr situation l | Électricien dans un grenier, je tire mes câbles sous la lucarne et je regarde un carré de ciel où passent des nuages en forme d'îles. Règle la lumière en fonction.
+ en situation l | An electrician in an attic, pulling cable under the skylight and watching a square of sky where island-shaped clouds drift by. Set the lights accordingly.
fr situation n | Paysagiste, je taille un if en boule et je me surprends à lui donner dans ma tête la forme d'un dragon endormi.
+ en situation n | As a landscaper, I'm clipping a yew into a ball and catch myself shaping it in my head into a sleeping dragon.
fr situation n | Maçonne sur un chantier en hauteur, à la pause je regarde la vallée et j'imagine une ville de pierres sèches posée sur la colline d'en face.
+ en situation n | Bricklaying on a site up high, at break I look out over the valley and imagine a dry-stone town perched on the hill opposite.
fr situation n | En vitrail à l'atelier, je tiens un verre bleu à la lumière et tout l'atelier devient le fond d'un lagon. Donne-moi des lumières qui vont avec.
+ en situation n | In the stained-glass workshop, I hold up a piece of blue glass to the light and the whole workshop becomes the bottom of a lagoon. Give me lights that go with it.

# situations: healthcare and hospitals
fr situation n | Dans l'IRM, les bruits de la machine sont devenus une musique de l'espace, et je me suis vue dériver dans une capsule autour de Jupiter.
+ en situation n | In the MRI scanner, the machine's noises turned into space music and I saw myself drifting in a capsule round Jupiter.
fr situation n | Salle d'attente du dentiste, une affiche des Seychelles au mur, et depuis vingt minutes je marche pieds nus sur ce sable-là.
+ en situation n | Dentist's waiting room, a poster of the Seychelles on the wall, and for twenty minutes I've been walking barefoot on that sand.
fr situation l | Au don du sang, allongé, je regarde le tilleul par la fenêtre et j'imagine qu'il respire au même rythme que moi.
+ en situation l | Giving blood, lying back, I look at the lime tree through the window and imagine it's breathing in time with me.
fr situation n | Aide-soignante, je pousse un chariot dans le long couloir du matin et je m'invente que c'est le couloir d'un paquebot en route pour New York.
+ en situation n | As a care assistant, pushing a trolley down the long morning corridor, I tell myself it's the gangway of a liner bound for New York.
fr situation n | Le plafond de la salle de rééducation est peint en ciel, et pendant les exercices je me perds dans ses faux nuages.
+ en situation n | The ceiling in the physio room is painted like a sky, and during my exercises I get lost among its fake clouds.
fr situation n | En pédiatrie, en attendant les résultats de routine de mon fils, on regarde l'aquarium et on décide ensemble que le poisson jaune est le roi d'une cité engloutie.
+ en situation n | In paediatrics, waiting for my son's routine results, we watch the aquarium and decide together the yellow fish is king of a sunken city.

# situations: illness and the body
fr situation n | Cloué au lit avec de la fièvre, je regarde les motifs du papier peint se transformer en forêts et en rivières qui bougent.
+ en situation n | Laid up in bed with a fever, watching the wallpaper pattern turn into forests and rivers that move.
fr situation n | Plâtre à la jambe pour six semaines, je passe mes journées près de la fenêtre à inventer les trajets des avions qui passent. Mets-moi une ambiance qui suit.
+ en situation n | Leg in plaster for six weeks, I spend my days by the window inventing where the passing planes are going. Set a mood to follow that.
fr situation l | Enrhumé sous le plaid, la voix toute cassée, je regarde la lumière de novembre et je m'imagine en ermite dans une cabane au Canada.
+ en situation l | Full of cold under the throw, voice gone, watching the November light and picturing myself as a hermit in a cabin in Canada.
fr situation n | Convalescente, je regarde le jardin depuis le lit de la chambre d'amis, et chaque merle devient le personnage d'un feuilleton que j'écris dans ma tête.
+ en situation n | Convalescing, I'm watching the garden from the spare-room bed, and every blackbird becomes a character in a serial I'm writing in my head.
fr situation n | Sous le séchoir chez le coiffeur, le bruit du vent chaud m'emmène dans un désert où je marche vers une oasis.
+ en situation n | Under the dryer at the hairdresser's, the hot wind sound takes me to a desert where I'm walking toward an oasis.

# situations: sport, amateur and watching
fr situation n | Longueurs à la piscine, la ligne noire défile sous moi et au trentième aller-retour je traverse la Manche en pensée.
+ en situation n | Doing lengths at the pool, the black line slides past beneath me and by the thirtieth I'm swimming the Channel in my mind.
fr situation n | Je pêche au bord de l'étang depuis l'aube, le bouchon ne bouge pas et moi non plus, je suis quelque part au fond avec les carpes.
+ en situation n | Fishing by the pond since dawn, the float hasn't moved and neither have I, I'm somewhere down at the bottom with the carp.
fr situation n | Sortie vélo sur les routes du Vexin, je pédale sans regarder le compteur et je m'imagine coureuse du Tour en échappée solitaire.
+ en situation n | Out cycling the Vexin lanes, pedalling without looking at the meter and imagining I'm a Tour rider on a solo breakaway.
fr situation l | Au mur d'escalade, suspendu à la corde entre deux voies, je regarde la verrière et je me crois accroché à une falaise au-dessus de la mer.
+ en situation l | At the climbing wall, hanging on the rope between two routes, looking at the glass roof and believing I'm on a sea cliff.
fr situation n | Les images d'hélicoptère du Tour de France survolent les châteaux de la Loire, et je choisis dans lequel j'installerais ma bibliothèque. Mets une musique qui colle.
+ en situation n | The Tour de France helicopter shots are sweeping over the Loire châteaux, and I'm choosing which one I'd put my library in. Put on some music to match.
fr situation n | Match de tennis à la télé, les échanges de fond de court me bercent et je finis par ne plus regarder que l'ombre des joueurs sur la terre battue.
+ en situation n | Tennis on TV, the baseline rallies lull me and I end up only watching the players' shadows on the clay.
fr situation n | En remontant le ruisseau à la pêche à la mouche, chaque remous me fait penser à un petit royaume avec ses lois et ses habitants.
+ en situation n | Working my way up the stream fly fishing, every eddy makes me think of a little kingdom with its own laws and inhabitants.

# situations: games and video games
fr situation n | Dans mon jeu en monde ouvert, j'ai laissé tomber les quêtes, je suis juste assis sur une falaise virtuelle à regarder le soleil se coucher. Lumière adaptée, s'il te plaît.
+ en situation n | In my open-world game I've dropped the quests, I'm just sitting on a virtual cliff watching the sun go down. Suitable lighting, please.
fr situation n | Ça fait trois soirs que je construis dans Minecraft une ville suspendue sous les nuages, sans plan, juste ce qui me passe par la tête. Lumière assortie, merci.
+ en situation n | Three evenings in a row I've been building a city hanging under the clouds in Minecraft, no plan, just whatever comes into my head. Matching light, thanks.
fr situation l | Puzzle de mille pièces de Venise sur la table, et je me promène dans les canaux à chaque morceau que je pose.
+ en situation l | Thousand-piece jigsaw of Venice on the table, and I wander the canals with every piece I put down.
fr situation n | Au club d'échecs, mon adversaire réfléchit depuis dix minutes, et j'imagine les pièces comme deux armées qui campent sous la pluie.
+ en situation n | At chess club, my opponent's been thinking for ten minutes and I'm imagining the pieces as two armies camped in the rain.
fr situation n | Dans le jeu de pêche sur ma console, il n'y a rien à gagner, juste un lac au crépuscule, et j'y passe des heures la tête ailleurs.
+ en situation n | In the fishing game on my console there's nothing to win, just a lake at dusk, and I spend hours there, miles away.
# situations: music and concerts
fr situation n | Concert de harpe dans une petite église romane, chaque note reste suspendue sous la voûte et je me suis mise à flotter avec elles.
+ en situation n | Harp recital in a little Romanesque church, each note hangs under the vault and I started floating along with them.
fr situation n | Un musicien de rue joue du handpan sous le pont, je me suis assis sur une marche et le bruit de la ville a disparu derrière des montagnes imaginaires.
+ en situation n | A street musician's playing the handpan under the bridge, I sat down on a step and the city noise vanished behind imaginary mountains.
fr situation l | Au conservatoire, en attendant mon cours, j'entends quelqu'un jouer Debussy derrière une porte, et je suis au bord d'une mer qui n'existe que dans ce morceau.
+ en situation l | At the music school, waiting for my lesson, I can hear someone playing Debussy behind a door and I'm on the shore of a sea that only exists in that piece.
fr situation n | Club de jazz, deuxième set, la contrebasse tourne en boucle et je me retrouve dans une rue de La Nouvelle-Orléans sous la pluie chaude.
+ en situation n | Jazz club, second set, the double bass loops round and I find myself in a New Orleans street in warm rain.
fr situation n | J'ai mis l'album de musique de film au casque pour le trajet, et tout le périphérique est devenu un décor de science-fiction. Mets la lumière qui colle.
+ en situation n | I put the film soundtrack on in my headphones for the drive, and the whole ring road became a sci-fi set. Lights to fit, please.
fr situation n | L'organiste répète dans la cathédrale vide, je me suis glissé au fond et les tuyaux m'ont envoyé dans un château au milieu des nuages.
+ en situation n | The organist's rehearsing in the empty cathedral, I slipped in at the back and the pipes sent me off to a castle among the clouds.
fr situation n | En accordant ma guitare, une corne de brume retentit au port, et je me suis mis à composer dans ma tête la chanson d'un gardien de phare. Accorde les lumières à ça.
+ en situation n | Tuning my guitar when a foghorn sounded in the harbour, and I started writing a lighthouse keeper's song in my head. Match the lights to that.

# situations: films, series and books
fr situation n | La carte au début du roman fantasy m'a retenu une heure, je n'ai pas lu une ligne, je voyageais d'une forteresse à l'autre.
+ en situation n | The map at the front of the fantasy novel held me for an hour, I haven't read a line, I was travelling from one fortress to the next.
fr situation n | Sorti du cinéma après un film sur une station spatiale, je marche dans la rue en me demandant à quoi ressemblerait un lever de Terre.
+ en situation n | Out of the cinema after a film about a space station, walking down the street wondering what an Earthrise would look like.
fr situation n | Je lis un recueil de haïkus dans le tram, un par arrêt, et entre chaque station je reste suspendue dans la petite image.
+ en situation n | Reading a book of haiku on the tram, one per stop, and between stations I stay suspended in each little picture.
fr situation l | Le livre audio raconte une traversée du Sahara, et dans ma cuisine les carreaux deviennent des dunes sous la lune.
+ en situation l | The audiobook's about crossing the Sahara, and in my kitchen the floor tiles turn into dunes under the moon.
fr situation n | Fin de la saison de ma série, et au lieu de lancer la suivante je reste là à imaginer ce que deviennent les personnages quand personne ne les regarde.
+ en situation n | End of the season of my series, and instead of starting the next I just sit there imagining what the characters do when nobody's watching.
fr situation n | Une BD sur des villes flottantes traîne sur la table basse, j'en ai relu une case et me voilà en train d'habiter sur un dirigeable.
+ en situation n | A comic about floating cities is lying on the coffee table, I reread one panel and here I am living on an airship.
fr situation n | Bouquiniste sur les quais, je feuillette un vieux carnet de croquis d'un inconnu et je lui invente un tour du monde entier. Une ambiance en accord, s'il te plaît.
+ en situation n | At a bookstall on the quays, I'm leafing through a stranger's old sketchbook and inventing a whole round-the-world trip for him. Matching ambience, please.

# situations: travel and transport
fr situation n | Hublot de l'avion, une mer de nuages éclairée par la lune, et je décide qu'on survole un continent de coton où vivent des géants silencieux.
+ en situation n | Plane window, a sea of cloud lit by the moon, and I decide we're flying over a continent of cotton where silent giants live.
fr situation n | Dans le téléphérique qui monte au pic, la cabine se balance et je m'imagine passer de nuage en nuage jusqu'à un monastère caché.
+ en situation n | In the cable car going up the peak, the cabin sways and I picture myself passing from cloud to cloud up to a hidden monastery.
fr situation n | Escale de six heures à Doha, je regarde les avions décoller depuis la baie vitrée et je m'invente un billet pour chacun d'eux.
+ en situation n | Six-hour layover in Doha, watching the planes take off from the big window and inventing a ticket for each one.
fr situation l | Dans le métro aérien, la ligne 6 passe au-dessus de la Seine, et pendant trois secondes Paris ressemble à une ville sur pilotis. Une musique pour aller avec ?
+ en situation l | On the elevated metro, line 6 crosses the Seine, and for three seconds Paris looks like a city on stilts. Some music to go with it?
fr situation n | Couchette du haut dans le train de nuit pour Vienne, le bruit des rails sur les aiguillages compose une histoire que je suis les yeux ouverts.
+ en situation n | Top bunk on the night train to Vienna, the rails clattering over the points compose a story I follow with my eyes open.
fr situation n | En attendant le bac pour l'île de Ré, je regarde les cerfs-volants sur la plage et je m'imagine accrochée à l'un d'eux, au-dessus du pont.
+ en situation n | Waiting for the ferry to Île de Ré, watching the kites on the beach and imagining I'm hanging from one of them, high above the bridge.

# situations: cars and driving
fr situation n | Passager de nuit sur la nationale, les catadioptres défilent comme une piste d'atterrissage et je m'imagine décoller à la prochaine ligne droite.
+ en situation n | Passenger at night on the main road, the cat's eyes flash past like a runway and I imagine us taking off on the next straight.
fr situation n | Au lavage automatique, les rouleaux bleus tournent autour de la voiture et pendant deux minutes je suis dans un sous-marin au milieu des algues.
+ en situation n | At the car wash, the blue rollers spin round the car and for two minutes I'm in a submarine in a kelp forest.
fr situation l | Garé sur l'aire panoramique, moteur coupé, je regarde la vallée se remplir de brume et j'y dessine des villages qui n'existent pas.
+ en situation l | Parked at the viewpoint, engine off, watching the valley fill with mist and sketching villages into it that don't exist.
fr situation n | Feu rouge interminable, une montgolfière passe au-dessus du carrefour, et je suis à bord avant que le feu passe au vert.
+ en situation n | Endless red light, a hot-air balloon drifts over the junction, and I'm on board before it turns green.
fr situation n | Longue route de nuit vers l'Espagne, les enfants dorment derrière, et je regarde les éoliennes clignoter rouge comme des phares dans la plaine. Adapte la lumière à ça.
+ en situation n | Long night drive to Spain, the kids asleep in the back, and I'm watching the wind turbines blink red like lighthouses on the plain. Set the lights to suit.

# situations: weather and nature
fr situation n | Orage très loin au-dessus de la mer, sans bruit, et je reste sur la terrasse à regarder les éclairs dessiner des arbres de lumière.
+ en situation n | A storm far out over the sea, silent, and I'm staying on the terrace watching the lightning draw trees of light.
fr situation n | Le givre a fait des fougères sur le pare-brise, je gratte pas tout de suite, je me promène d'abord dans cette forêt de glace.
+ en situation n | The frost has made ferns on the windscreen, I don't scrape it right away, I take a walk through that ice forest first.
fr situation l | Le vent fait chanter les peupliers au bord de la rivière, et je ferme les yeux pour entendre la mer qu'ils imitent.
+ en situation l | The wind's making the poplars sing along the river, and I close my eyes to hear the sea they're imitating.
fr situation n | Un arc-en-ciel double au-dessus du lotissement, je me suis arrêté au milieu de la rue à imaginer où il posait ses pieds. Fais suivre la maison.
+ en situation n | A double rainbow over the housing estate, I stopped in the middle of the street imagining where it set its feet down. Have the house follow along.
fr situation n | La chaleur fait trembler la route au loin, et je vois dans le mirage une ville de verre qui flotte au-dessus des champs.
+ en situation n | The heat's making the road shimmer in the distance, and in the mirage I see a glass city floating above the fields.
fr situation n | Une nuée d'étourneaux dessine des formes au-dessus des roseaux, et je reste là à y lire des vagues, des visages, des lettres. Mets-moi quelque chose de planant.
+ en situation n | A murmuration of starlings is drawing shapes above the reeds, and I stand there reading waves, faces, letters in it. Put on something dreamy.

# situations: gardening
fr situation n | J'étale les sachets de graines sur la table en février, et je me promène déjà dans le potager de juillet, les tomates jusqu'aux épaules.
+ en situation n | Spreading the seed packets on the table in February, and I'm already wandering through July's vegetable patch, tomatoes up to my shoulders.
fr situation n | En plantant les bulbes de tulipes, je m'imagine le parterre au printemps comme un tapis persan qu'on aurait déroulé sous les fenêtres.
+ en situation n | Planting tulip bulbs and imagining the bed in spring like a Persian rug unrolled under the windows.
fr situation l | Accroupie près de la mare, je regarde les têtards et je leur invente une ville sous les nénuphars, avec ses marchés et ses ponts.
+ en situation l | Crouched by the pond, watching the tadpoles and inventing a town for them under the lily pads, with markets and bridges.
fr situation n | Je taille mon bonsaï le dimanche, et à force de le regarder de près je me promène sous ses branches comme sous un grand pin au bord d'une falaise japonaise.
+ en situation n | Pruning my bonsai on Sunday, and looking so closely I end up walking beneath its branches like under a great pine on a Japanese clifftop.
fr situation n | Assise dans les herbes hautes du jardin partagé, je regarde les graminées bouger et je me crois au milieu d'une savane miniature.
+ en situation n | Sitting in the long grass of the community garden, watching the grasses sway and believing I'm in a miniature savannah.

# situations: money and administration
fr situation n | Je fais mes comptes du mois et, au lieu d'additionner, je calcule combien d'années il faudrait pour acheter un moulin en Bourgogne, que je retape déjà en pensée.
+ en situation n | Doing my monthly accounts and, instead of adding up, I'm working out how many years it'd take to buy a mill in Burgundy, which I'm already doing up in my head.
fr situation l | Une vieille pièce de deux euros grecque dans ma monnaie, et je m'invente tout le chemin qu'elle a fait depuis une taverne de Crète.
+ en situation l | An old Greek two-euro coin in my change, and I'm inventing the whole journey it's made from a taverna in Crete.
fr situation n | En attente avec la caisse de retraite depuis vingt-cinq minutes, la musique de Vivaldi tourne en boucle et je suis dans une gondole depuis un bon moment.
+ en situation n | On hold with the pension fund for twenty-five minutes, the Vivaldi loops round and I've been in a gondola for quite a while.
fr situation n | Je remplis le formulaire de renouvellement de passeport et j'imagine déjà les tampons qui viendront le remplir, Oulan-Bator, Lima, Zanzibar. Mets quelque chose qui colle.
+ en situation n | Filling in the passport renewal form and already imagining the stamps that'll fill it, Ulaanbaatar, Lima, Zanzibar. Put on something that fits.
fr situation n | À la mairie, en attendant mon tour, je regarde la fresque du plafond et je me mets à inventer la fête de village qu'elle raconte.
+ en situation n | At the town hall, waiting my turn, I look up at the ceiling fresco and start inventing the village fête it depicts.
# situations: technology and phones
fr situation n | Téléphone à plat dans le train, plus rien à faire que regarder dehors, et je me suis inventé une vie dans chaque ferme qui passait.
+ en situation n | Phone dead on the train, nothing left to do but look outside, and I invented a life in every farmhouse we passed.
fr situation n | J'ai laissé sur la télé la webcam en direct d'un petit port norvégien, et je regarde les barques bouger en m'imaginant habiter la maison rouge du quai.
+ en situation n | I've left the live webcam of a little Norwegian harbour on the TV, watching the boats bob and imagining I live in the red house on the quay.
fr situation l | L'écran de veille fait défiler des déserts et des glaciers, et je reste devant sans toucher la souris, parti avec eux.
+ en situation l | The screensaver's cycling through deserts and glaciers, and I stay in front of it without touching the mouse, gone along with them.
fr situation n | J'ai suivi en direct la Station spatiale passer au-dessus de chez moi, un petit point qui file, et je m'imagine là-haut en train de regarder mon toit.
+ en situation n | I tracked the space station passing over my house live, a little dot racing by, and I'm imagining being up there looking down at my roof.
fr situation n | Je teste le nouveau casque de réalité virtuelle de mon frère, et je suis resté dix minutes assis au fond de l'océan sans rien faire d'autre que regarder. Mets une lumière qui va avec.
+ en situation n | Trying my brother's new VR headset, and I sat on the ocean floor for ten minutes doing nothing but looking. Put on a light to go with it.

# situations: internet and social media
fr situation n | Je suis tombée sur une vidéo de trois heures filmée depuis la cabine d'un train japonais sous la neige, et je l'ai laissée tourner toute la soirée.
+ en situation n | I came across a three-hour video filmed from the cab of a Japanese train in the snow, and I let it run all evening.
fr situation n | Un compte poste chaque jour la photo d'une cabane perdue dans les bois, et chaque matin je choisis dans laquelle je me réveillerais.
+ en situation n | An account posts a photo of a cabin lost in the woods every day, and every morning I choose which one I'd wake up in.
fr situation l | Quelqu'un a partagé une photo de la lune rousse au-dessus de Marrakech, et j'ai oublié de continuer à scroller.
+ en situation l | Someone shared a photo of a red moon over Marrakech, and I forgot to keep scrolling.
fr situation n | Je devais répondre à mes mails, mais je me suis perdue sur un site qui diffuse les radios du monde entier, et j'écoute une station de Mongolie en regardant par la fenêtre.
+ en situation n | I was supposed to answer my emails, but I got lost on a site that streams radio stations from all over the world, and I'm listening to one from Mongolia gazing out the window.
fr situation n | Sur Pinterest, mon tableau s'appelle « maison sur la falaise », il a trois cents épingles et aucune maison réelle derrière. Mets une ambiance assortie.
+ en situation n | On Pinterest my board is called "house on the cliff", it's got three hundred pins and no real house behind it. Set a matching mood.

# situations: shopping
fr situation n | Au rayon tissus, je passe la main sur un velours bleu nuit et je me retrouve dans une loge d'opéra à Vienne, un soir de première.
+ en situation n | In the fabric section, I run my hand over a midnight-blue velvet and find myself in an opera box in Vienna on opening night.
fr situation n | Nuancier de peinture au magasin de bricolage : « brume d'Islande », « aube de Kyoto », et me voilà parti très loin au lieu de choisir un blanc.
+ en situation n | Paint chart at the DIY store: "Iceland mist", "Kyoto dawn", and off I go miles away instead of choosing a white.
fr situation n | Chez l'antiquaire, une vieille malle couverte d'étiquettes d'hôtels, et je lui ai inventé trois traversées de l'Atlantique avant que le vendeur me parle.
+ en situation n | At the antique shop, an old trunk covered in hotel labels, and I'd invented three Atlantic crossings for it before the dealer spoke to me.
fr situation l | Au marché aux fleurs, le parfum des tubéreuses me plonge dans un jardin de nuit sur une île de l'océan Indien.
+ en situation l | At the flower market, the scent of tuberoses plunges me into a night garden on an island in the Indian Ocean.
fr situation n | Je flâne dans une papeterie, je caresse un carnet en cuir et je remplis déjà en pensée ses pages de croquis de voyages que je n'ai pas faits.
+ en situation n | Browsing a stationery shop, stroking a leather notebook and already filling its pages in my mind with sketches of trips I haven't taken.

# situations: moving house
fr situation n | Premier soir dans le nouvel appart, pas encore de rideaux, je regarde les lumières de la ville en imaginant mes futurs dimanches ici.
+ en situation n | First evening in the new flat, no curtains yet, looking at the city lights and imagining my future Sundays here.
fr situation n | En descendant à la cave voûtée de la maison qu'on vient d'acheter, je m'imagine une salle de concert secrète à la lueur des bougies.
+ en situation n | Going down into the vaulted cellar of the house we've just bought, I'm imagining a secret candlelit concert hall.
fr situation l | Assise sur un carton de livres au milieu des autres cartons, je regarde par la fenêtre le grand cèdre du nouveau jardin et je lui invente mille ans d'histoire.
+ en situation l | Sitting on a box of books among all the other boxes, looking out at the big cedar in the new garden and inventing a thousand years of history for it.
fr situation n | Le camion de déménagement est reparti, et je marche dans le nouveau quartier à la nuit tombée, en choisissant mon futur café, mon futur banc, ma future boulangerie.
+ en situation n | The removal van's gone, and I'm walking around the new neighbourhood at dusk, choosing my future café, my future bench, my future bakery.

# situations: holidays and celebrations
fr situation n | Guirlandes allumées, pièce éteinte, je plisse les yeux devant le sapin et les lumières deviennent une ville vue de très haut la nuit.
+ en situation n | Fairy lights on, room dark, I squint at the tree and the lights become a city seen from very high up at night.
fr situation n | Feu d'artifice du 14 Juillet vu de la colline, loin du bruit, et chaque gerbe devient une fleur qui pousserait sur une autre planète. Ambiance assortie, s'il te plaît.
+ en situation n | The Bastille Day fireworks seen from the hill, far from the noise, and every burst becomes a flower growing on another planet. A matching mood, please.
fr situation n | En creusant la citrouille pour Halloween, je m'imagine la maison hantée la plus douce du monde, avec des fantômes qui font des crêpes. Lumière qui va avec, stp.
+ en situation n | Carving the pumpkin for Halloween, I'm imagining the gentlest haunted house in the world, with ghosts making pancakes. Lights to go with that, please.
fr situation l | Lanternes flottantes sur la rivière pour la fête du village, je suis la mienne des yeux jusqu'au virage et je lui invente la suite du voyage.
+ en situation l | Floating lanterns on the river for the village festival, I follow mine with my eyes to the bend and invent the rest of its journey.
fr situation n | Le soir du réveillon, j'ai laissé les autres danser, je suis sur le balcon à regarder la neige tomber sur les toits en inventant l'année qui vient.
+ en situation n | New Year's Eve, I've left the others dancing, I'm on the balcony watching snow fall on the rooftops and inventing the year ahead.

# situations: religion and rituals
fr situation n | Messe de minuit, la lumière des bougies tremble sur les vitraux et je me mets à imaginer les personnages qui descendent de leurs fenêtres.
+ en situation n | Midnight mass, candlelight flickering on the stained glass, and I start imagining the figures climbing down from their windows.
fr situation n | Au temple bouddhiste, la fumée de l'encens monte en spirales et je me vois gravir un escalier de nuages jusqu'à un sommet sans nom.
+ en situation n | At the Buddhist temple, the incense smoke rises in spirals and I see myself climbing a staircase of clouds to a nameless summit.
fr situation l | Les cloches du monastère sonnent les vêpres au loin, et depuis la route je m'imagine une vie de moine copiste avec de l'encre dorée.
+ en situation l | The monastery bells are ringing for vespers in the distance, and from the road I'm imagining a life as a monk copying manuscripts in gold ink.
fr situation n | Après la rupture du jeûne, sur la terrasse, je regarde le mince croissant de lune et je m'imagine le suivre jusqu'au désert.
+ en situation n | After breaking the fast, out on the terrace, I'm looking at the thin crescent moon and imagining following it all the way to the desert.

# situations: old age and grandparents
fr situation n | À quatre-vingts ans, assise sur mon banc devant la résidence, j'imagine ce que sera ce quartier dans cent ans, avec des jardins sur tous les toits.
+ en situation n | Eighty years old, sitting on my bench outside the residence, imagining what this neighbourhood will be like in a hundred years, with gardens on every roof.
fr situation n | Mamie m'a demandé ce que je ferais si j'avais trois vies, et depuis le goûter je vis la deuxième, celle de cartographe dans les îles.
+ en situation n | Grandma asked what I'd do if I had three lives, and since teatime I've been living the second one, as a mapmaker in the islands.
fr situation l | Papi s'est endormi devant les mots croisés, et je continue la grille en imaginant un pays où chaque mot serait une ville.
+ en situation l | Grandpa fell asleep over the crossword, and I'm carrying on with the grid, imagining a country where every word is a town.

# situations: death, funerals and cemeteries
fr situation n | Balade au Père-Lachaise un dimanche de soleil, je lis les noms sur les tombes du XIXe et j'invente leurs bals, leurs duels, leurs amours. Règle la lumière en fonction.
+ en situation n | A sunny Sunday stroll in Père-Lachaise, reading the names on the nineteenth-century graves and inventing their balls, their duels, their love affairs. Set the lights accordingly.
fr situation l | Dans un petit cimetière marin en Bretagne, face aux vagues, je m'imagine les marins qui reviendraient à la nage pour regarder le coucher de soleil.
+ en situation l | In a little seaside cemetery in Brittany, facing the waves, I'm imagining sailors swimming back in to watch the sunset.

# situations: birth and pregnancy
fr situation n | On a la photo de l'échographie sur le frigo, et je passe des heures à imaginer la voix qu'aura cette personne quand elle aura trente ans.
+ en situation n | We've got the scan photo on the fridge, and I spend hours imagining the voice this person will have at thirty.
fr situation n | On cherche un prénom, et pour chacun je m'invente un enfant entier, avec ses bêtises, sa voix, ses vacances. Mets-nous une ambiance.
+ en situation n | We're looking for a name, and for each one I invent a whole child, with their mischief, their voice, their holidays. Set us a mood.
fr situation n | Je peins des étoiles au plafond de la future chambre du bébé, et je m'imagine les constellations qu'il inventera en s'endormant.
+ en situation n | Painting stars on the ceiling of the baby's future room, and imagining the constellations he'll make up as he falls asleep.

# situations: DIY and repairs
fr situation n | Je ponce une vieille porte trouvée dans une grange et, sous la peinture, j'imagine toutes les pièces dans lesquelles elle s'est ouverte.
+ en situation n | Sanding an old door I found in a barn and, under the paint, imagining all the rooms it has ever opened onto.
fr situation n | En montant la maquette d'un bateau viking, je me vois déjà à bord sous un ciel vert d'aurore boréale.
+ en situation n | Building a model Viking ship and already seeing myself on board under a sky green with aurora.
fr situation l | Allongé sous l'évier à changer le siphon, je regarde les tuyaux et j'imagine une ville souterraine avec ses canaux et ses gondoles.
+ en situation l | Lying under the sink changing the trap, looking at the pipes and imagining an underground city with canals and gondolas.
# situations: night and sleep
fr situation n | Entre la veille et le sommeil, des images arrivent toutes seules, un escalier dans la mer, un renard qui lit, et je les laisse défiler sans les retenir.
+ en situation n | Between waking and sleep, images arrive on their own, a staircase into the sea, a fox reading, and I let them roll by without holding on.
fr situation n | Réveillée à cinq heures, je regarde le ciel passer du noir au bleu et je m'invente que la nuit est une grande cape qu'on replie lentement.
+ en situation n | Awake at five, watching the sky go from black to blue and telling myself the night's a huge cloak being slowly folded away.
fr situation l | La veilleuse du petit projette des poissons au plafond, il dort, et moi je reste à les suivre en imaginant la mer qui irait avec.
+ en situation l | The little one's nightlight throws fish onto the ceiling, he's asleep, and I stay watching them, imagining the sea to go with them.
fr situation n | Une heure du matin, fenêtre ouverte, un train de marchandises passe au loin et je monte en pensée dans un wagon vide qui part vers le nord. Tamise et mets quelque chose qui suit.
+ en situation n | One in the morning, window open, a freight train passes in the distance and in my mind I climb into an empty wagon heading north. Dim it and put on something that fits.
fr situation n | Je me suis réveillé d'un rêve où je volais au-dessus de Lisbonne, et je reste sous la couette à essayer d'y retourner les yeux ouverts.
+ en situation n | I woke from a dream where I was flying over Lisbon, and I'm staying under the duvet trying to get back there with my eyes open.

# situations: city life
fr situation n | Depuis le vingtième étage de l'hôtel, la ville la nuit ressemble à un circuit imprimé, et j'imagine les petites vies qui circulent dans chaque fil.
+ en situation n | From the twentieth floor of the hotel, the city at night looks like a circuit board, and I'm imagining the little lives running along every wire.
fr situation n | En terrasse place des Vosges, je regarde les arcades et je les remplis de carrosses et de perruques poudrées.
+ en situation n | At a café in the Place des Vosges, looking at the arcades and filling them with carriages and powdered wigs.
fr situation l | La fontaine du square fait des arcs d'eau dans le soleil, et je reste sur le rebord à y voir des chevaux qui sautent.
+ en situation l | The fountain in the square is making arcs of water in the sun, and I sit on the edge seeing leaping horses in them.
fr situation n | Sur le toit de mon immeuble à Marseille, je regarde les ferries partir pour la Corse et je m'imagine passagère clandestine avec une valise pleine de livres.
+ en situation n | On the roof of my building in Marseille, watching the ferries leave for Corsica and imagining I'm a stowaway with a suitcase full of books.
fr situation n | Dans le tram de nuit presque vide, les reflets des enseignes glissent sur les vitres et je m'imagine traverser une ville sous l'eau.
+ en situation n | On the almost empty night tram, the reflections of the shop signs slide over the windows and I imagine crossing a city underwater.
fr situation n | Les volets d'en face s'ouvrent un à un le matin, et je devine derrière chacun une histoire que je poursuis jusqu'au métro.
+ en situation n | The shutters opposite open one by one in the morning, and behind each I guess at a story I keep following all the way to the metro.

# situations: countryside and farming
fr situation n | Les bottes de foin sont alignées dans le champ au soleil couchant, et je les vois comme des géants endormis qui se réveilleront à minuit.
+ en situation n | The hay bales are lined up in the field at sunset, and I see them as sleeping giants who'll wake at midnight.
fr situation n | Apicultrice, je regarde les abeilles entrer et sortir de la ruche, et je m'imagine une ville de cire avec ses reines, ses rues et ses fêtes.
+ en situation n | As a beekeeper, watching the bees go in and out of the hive, I'm imagining a wax city with its queens, its streets and its festivals.
fr situation l | Le clocher du village sonne six heures sur les champs de lin bleus, et je me demande si la plaine entière n'est pas une mer qui s'est figée.
+ en situation l | The village church bell strikes six over the blue flax fields, and I wonder if the whole plain isn't a sea that's frozen still.
fr situation n | En surveillant les brebis qui agnèlent, assis dans la paille sous la lampe, je m'invente un conte où la bergerie vogue sur les nuages. Lumière douce qui suit, merci.
+ en situation n | Keeping watch over the lambing ewes, sitting in the straw under the lamp, I'm making up a tale where the fold sails on the clouds. Soft light to match, thanks.
fr situation n | Dans les vignes après les vendanges, je marche entre les rangs vides et j'imagine un labyrinthe où chaque allée mène à une saison différente.
+ en situation n | In the vineyard after the harvest, I'm walking between the empty rows imagining a maze where each aisle leads to a different season.

# situations: sea and mountains
fr situation n | Le faisceau du phare balaie la baie toutes les dix secondes, et j'imagine qu'il cherche quelqu'un qu'il est le seul à connaître.
+ en situation n | The lighthouse beam sweeps the bay every ten seconds, and I imagine it's looking for someone only it knows.
fr situation n | Assis au bord du lac de montagne, je regarde les sommets se refléter à l'envers et je me demande à quoi ressemble la vie dans ce village renversé.
+ en situation n | Sitting by the mountain lake, watching the peaks reflected upside down and wondering what life's like in that upside-down village.
fr situation n | Au bord du glacier, j'écoute la glace craquer et j'imagine des géants qui se retournent dans leur sommeil sous la montagne.
+ en situation n | At the edge of the glacier, listening to the ice creak and imagining giants turning over in their sleep under the mountain.
fr situation l | En kayak sur une mer d'huile, je laisse dériver la pagaie et je regarde les méduses passer comme des lanternes.
+ en situation l | Kayaking on a glassy sea, letting the paddle drift and watching the jellyfish go by like lanterns.
fr situation n | À marée basse, dans les flaques des rochers, je me penche sur un monde minuscule de crabes et d'anémones et j'en oublie l'heure du train.
+ en situation n | At low tide, in the rock pools, I'm bent over a tiny world of crabs and anemones and forget what time my train is.
fr situation n | Au sommet du col, la brume monte par vagues, et je regarde ces vagues blanches en m'imaginant naviguer dessus jusqu'au massif d'en face. Ambiance qui colle, s'il te plaît.
+ en situation n | At the top of the pass, the mist rolls up in waves, and I watch those white waves imagining sailing them to the range opposite. A matching mood, please.

# situations: hobbies and crafts
fr situation n | Au tour de potier, l'argile monte et redescend sous mes mains, et je ne pense plus à rien qu'aux formes de vases qui n'existent pas encore.
+ en situation n | At the potter's wheel, the clay rises and falls under my hands, and I think of nothing but vase shapes that don't exist yet.
fr situation n | L'aquarelle se répand toute seule sur le papier mouillé, et je la laisse faire en y voyant apparaître des côtes et des archipels.
+ en situation n | The watercolour spreads by itself across the wet paper, and I let it, watching coastlines and archipelagos appear.
fr situation l | Je brode un petit renard sur un torchon et je lui invente une forêt, une tanière, un meilleur ami hérisson.
+ en situation l | Embroidering a little fox on a tea towel and inventing a forest for him, a den, a best friend who's a hedgehog.
fr situation n | Au club de modélisme ferroviaire, je me penche sur le réseau miniature et je m'imagine habiter la petite gare de montagne avec son chef de gare en plomb. Mets-moi une ambiance qui suit.
+ en situation n | At the model railway club, I lean over the layout and imagine living in the little mountain station with its lead stationmaster. Set a mood to follow that.
fr situation n | Je tourne les pages d'un carnet de calligraphie, et chaque lettre ornée devient la porte d'un château que je visite. Mets une ambiance qui va avec.
+ en situation n | Turning the pages of a calligraphy book, and every illuminated letter becomes the door to a castle I visit. Put on a mood to go with it.

# situations: volunteering
fr situation n | Bénévole au vestiaire solidaire, je plie un vieux manteau de laine et je me mets à imaginer toutes les villes où il a eu froid.
+ en situation n | Volunteering at the clothes bank, folding an old wool coat and starting to imagine all the cities it's been cold in.
fr situation l | Au refuge pour animaux, pendant la promenade des chiens, je laisse le vieux labrador renifler et j'imagine les odeurs comme des cartes au trésor.
+ en situation l | At the animal shelter, walking the dogs, I let the old labrador sniff around and imagine smells as treasure maps.
fr situation n | En triant les livres donnés pour la bourse aux livres, je trouve une carte postale du Pérou glissée dans un roman, et je pars en pensée sur l'Altiplano.
+ en situation n | Sorting donated books for the book sale, I find a postcard from Peru tucked into a novel, and off I go in my mind to the Altiplano.

# situations: politics and news
fr situation n | Le journal de vingt heures parle d'une île volcanique qui vient d'émerger dans le Pacifique, et je suis déjà le premier à poser un pied sur le sable noir.
+ en situation n | The evening news is talking about a volcanic island that's just risen out of the Pacific, and I'm already the first to set foot on the black sand.
fr situation n | Le débat politique à la radio tourne en rond, et moi je suis les ombres des nuages qui glissent sur les collines par la fenêtre.
+ en situation n | The political debate on the radio's going round in circles, and I'm following the cloud shadows sliding over the hills out the window.
fr situation l | Un article annonce le retour d'un train de nuit Paris-Berlin, et je suis déjà dans la voiture-couchette à regarder défiler les forêts.
+ en situation l | An article announces a Paris–Berlin night train is coming back, and I'm already in the sleeper car watching the forests go by.

# situations: science and discovery
fr situation n | Au télescope du club d'astronomie, j'ai vu les lunes de Jupiter comme quatre petites perles, et je me suis imaginé le ciel vu depuis l'une d'elles.
+ en situation n | Through the astronomy club's telescope I saw Jupiter's moons like four little pearls, and I imagined the sky seen from one of them.
fr situation n | Au planétarium, la coupole s'est remplie d'étoiles et je me suis laissée dériver entre les nébuleuses sans écouter le commentaire.
+ en situation n | At the planetarium the dome filled with stars and I let myself drift among the nebulae without listening to the commentary.
fr situation n | En jardinant, j'ai trouvé une petite ammonite fossile, et je la tiens dans la main en imaginant la mer chaude qui couvrait mon potager il y a des millions d'années.
+ en situation n | Gardening, I found a little fossil ammonite, and I'm holding it imagining the warm sea that covered my vegetable patch millions of years ago.
fr situation l | La photo d'une exoplanète bleue passe dans mon fil, et je me demande longtemps s'il y pleut, et si quelqu'un y regarde la pluie. Lumière adaptée, s'il te plaît.
+ en situation l | A photo of a blue exoplanet comes up in my feed, and I wonder for a long time whether it rains there, and whether someone there watches the rain. Suitable lighting, please.
# long
fr long n | Le bus de nuit s'est arrêté à un village dont je ne connais pas le nom. Une seule fenêtre était allumée au-dessus de la boulangerie. Quelqu'un y arrosait une plante. Je lui ai inventé une vie entière avant que le bus redémarre.
+ en long n | The night bus stopped in a village whose name I don't know. Just one window was lit above the bakery. Someone was watering a plant in it. I'd invented a whole life for them before the bus pulled away.
fr long n | J'ai ouvert le tiroir à couverts pour mettre la table. Une cuillère en argent dépareillée brillait au fond. Je l'ai tournée dans la lumière. Dix minutes plus tard, j'étais à un dîner dans un palais de Venise et la table n'était toujours pas mise.
+ en long n | I opened the cutlery drawer to lay the table. An odd silver spoon was shining at the back. I turned it in the light. Ten minutes later I was at a dinner in a Venetian palazzo and the table still wasn't laid.
fr long n | Mon fils joue dans le bain avec un bateau en plastique. Il fait des vagues avec ses mains. Assise sur le rebord, je regarde le petit bateau tanguer. Je l'ai suivi jusqu'au cap Horn.
+ en long n | My son's playing in the bath with a plastic boat. He's making waves with his hands. Sitting on the edge, I watch the little boat pitch and roll. I followed it all the way round Cape Horn.
fr long n | La réunion budgétaire a duré deux heures. Je voyais par la fenêtre un chantier où une grue soulevait des poutres. J'ai décidé que c'était un oiseau qui construisait un nid géant. À la fin, je savais où il pondrait ses œufs, mais pas le montant du budget.
+ en long n | The budget meeting lasted two hours. Through the window I could see a building site where a crane was lifting beams. I decided it was a bird building a giant nest. By the end I knew where it'd lay its eggs, but not what the budget was.
fr long n | Grand beau temps sur l'autoroute des vacances. Les enfants regardent un film à l'arrière. Mon mari conduit en silence. Moi je regarde les collines et je place un château sur chacune, avec ses drapeaux.
+ en long n | Clear blue sky on the holiday motorway. The kids are watching a film in the back. My husband's driving in silence. I'm looking at the hills and putting a castle on each one, flags and all.
fr long n | J'ai sorti le vieux tourne-disque et mis un disque de musique brésilienne. Le salon est plein de soleil. Je me suis assis par terre. La moquette est devenue une plage de Bahia et je n'ai pas bougé de l'après-midi.
+ en long n | I got the old record player out and put on a Brazilian record. The living room's full of sunshine. I sat down on the floor. The carpet turned into a beach in Bahia and I didn't move all afternoon.
fr long n | Garde de nuit aux urgences, deux heures de calme. Je regarde le parking désert sous les lampadaires orange. Un chat traverse lentement. Je me raconte qu'il est le gardien de la ville et qu'il fait sa ronde.
+ en long n | Night shift in A&E, two quiet hours. I'm looking at the empty car park under the orange streetlights. A cat crosses slowly. I tell myself he's the town's watchman doing his rounds.
fr long n | La neige a commencé pendant le dîner. Après la vaisselle, je suis sortie sur le perron. Les lampadaires faisaient des cônes de lumière où tournaient les flocons. J'ai imaginé que chaque cône était une petite scène de théâtre, avec ses danseurs.
+ en long n | The snow started during dinner. After the washing-up I went out onto the front step. The streetlights made cones of light with flakes whirling in them. I imagined each cone was a little stage with its own dancers.
fr long n | Le magasin était vide ce mardi après-midi. J'ai rangé trois fois le même présentoir de cartes postales. Sur l'une d'elles, il y avait un phare en Écosse. Depuis, je tiens le phare, je range des cartes postales au sommet et les mouettes me livrent le courrier.
+ en long n | The shop was empty on Tuesday afternoon. I straightened the same postcard stand three times. One of the cards showed a lighthouse in Scotland. Since then I've been keeping the lighthouse, sorting postcards at the top with seagulls bringing me the mail.
fr long n | Je fais le plein à une station au milieu de la Beauce. Il n'y a rien autour que des champs à perte de vue. Le vent couche les blés en vagues. Je reste appuyé contre la pompe bien après que le réservoir est plein, à regarder cette mer jaune.
+ en long n | Filling up at a petrol station in the middle of the Beauce. There's nothing around but fields as far as you can see. The wind flattens the wheat in waves. I stay leaning on the pump long after the tank's full, watching that yellow sea.
fr long n | Ma grand-mère m'a offert une boule à neige avec une ville dedans. Je l'ai secouée. Les flocons sont retombés sur les toits minuscules. Depuis, je me demande qui habite la maison à la fenêtre jaune.
+ en long n | My grandmother gave me a snow globe with a town inside. I shook it. The flakes fell back onto the tiny roofs. Ever since, I've been wondering who lives in the house with the yellow window.
fr long n | Le cours de yoga est fini, tout le monde roule son tapis. Moi je suis resté allongé. Le ventilateur du plafond tourne lentement. Dans ma tête, c'est l'hélice d'un hydravion qui me dépose sur un lac au Canada.
+ en long n | Yoga class is over, everyone's rolling up their mats. I've stayed lying down. The ceiling fan turns slowly. In my head it's the propeller of a seaplane dropping me on a lake in Canada.
fr long n | Les enfants sont à l'école, la maison est silencieuse. J'ai posé mon café sur le rebord de la fenêtre. Une feuille rouge tournoie depuis le haut du marronnier. Je l'ai suivie si longtemps que j'ai cru qu'elle n'atterrirait jamais.
+ en long n | The kids are at school, the house is silent. I put my coffee down on the windowsill. A red leaf is spinning down from the top of the chestnut tree. I followed it so long I thought it would never land.
fr long n | Le bateau-mouche glisse sous les ponts. Les touristes prennent des photos. Moi je regarde les reflets des lampadaires qui se déforment sur la Seine. Je me raconte qu'en dessous il y a une autre ville, à l'envers, qui nous regarde passer.
+ en long n | The riverboat's gliding under the bridges. The tourists are taking photos. I'm watching the lamplight reflections warp on the Seine. I tell myself there's another city down there, upside down, watching us go by.
fr long n | J'avais rendez-vous chez le notaire à quinze heures. Je suis arrivé en avance. Le bureau avait une vieille horloge et une fenêtre sur un jardin. Quand la secrétaire m'a appelé, j'étais en train de planter une roseraie derrière le mur.
+ en long n | I had an appointment at the solicitor's at three. I got there early. The office had an old clock and a window onto a garden. When the secretary called me, I was busy planting a rose garden behind the wall.
fr long n | Samedi matin, marché de la place. J'ai acheté des cerises. Je me suis assise sur les marches de l'église pour les manger. Les pigeons, les parasols, l'accordéoniste, tout s'est mis à ressembler à un film italien dont j'inventais la suite.
+ en long n | Saturday morning, the market in the square. I bought some cherries. I sat on the church steps to eat them. The pigeons, the parasols, the accordion player, everything started to look like an Italian film I was making up as I went.

# negation
fr negation n | Ce n'est pas que je me repose, c'est que ma tête est partie construire une cité sous-marine pendant que je fixe l'aquarium du cabinet.
+ en negation n | It's not that I'm resting, it's that my head's gone off building an underwater city while I stare at the surgery's fish tank.
fr negation n | Non, je ne repense pas au passé, j'invente un avenir complètement farfelu où j'ouvre une école de cirque sur une péniche.
+ en negation n | No, I'm not thinking about the past, I'm inventing a totally far-fetched future where I open a circus school on a barge.
fr negation l | Je ne suis pas vexé que tu parles foot, je suis juste en train de suivre le chat sur le toit d'en face et de lui inventer un rendez-vous galant.
+ en negation l | I'm not offended you're talking football, I'm just following the cat on the roof opposite and inventing a romantic date for him.
fr negation n | Pas triste du tout devant la pluie, au contraire, chaque goutte sur la verrière devient une note d'une musique que j'invente.
+ en negation n | Not sad about the rain at all, quite the opposite, every drop on the glass roof becomes a note in music I'm making up.
fr negation n | Ce n'est pas de l'ennui en réunion, c'est que la tache de café sur la table ressemble à l'Australie et que j'y fais déjà un road trip.
+ en negation n | It's not boredom in the meeting, it's that the coffee stain on the table looks like Australia and I'm already road-tripping across it.
fr negation n | Je n'ai pas besoin de me détendre, je suis déjà ailleurs : sur un balcon de Lisbonne imaginaire, avec une vue qui change à chaque regard.
+ en negation n | I don't need to unwind, I'm already elsewhere: on an imaginary balcony in Lisbon with a view that changes every time I look.
fr negation l | Je ne cherche pas à savoir comment marchent les étoiles, je veux juste les regarder et laisser mes idées partir entre elles.
+ en negation l | I don't want to know how the stars work, I just want to look at them and let my thoughts drift off between them.
fr negation n | Non, je ne suis pas inquiète pour l'entretien de demain, là je suis assise sur le rebord de la fenêtre à regarder les toits se teinter de rose, la tête ailleurs.
+ en negation n | No, I'm not worried about tomorrow's interview, right now I'm sitting on the windowsill watching the rooftops turn pink, head in the clouds.
fr negation n | Ce n'est pas un souvenir, c'est un endroit que j'invente : une maison en bois sur pilotis, avec un hamac et des lucioles. Mets une lumière qui y ressemble.
+ en negation n | It's not a memory, it's a place I'm making up: a wooden house on stilts, with a hammock and fireflies. Put on a light that looks like it.
fr negation l | Pas fatiguée, pas énervée, juste partie avec le bruit des vagues du générateur de sons, très loin sur une île sans nom.
+ en negation l | Not tired, not annoyed, just drifted off with the wave sounds from the noise machine, far away on a nameless island.
fr negation n | Je ne dors pas, chéri, je regarde le plafond et j'y vois des montagnes à l'envers où je fais de la randonnée.
+ en negation n | I'm not asleep, darling, I'm looking at the ceiling and seeing upside-down mountains I'm hiking in.
fr negation n | Ce n'est pas la fête que je veux ce soir, c'est rester sur le toit avec un plaid à inventer des constellations.
+ en negation n | It's not a party I want tonight, it's to stay on the roof under a blanket making up constellations.

# mixed
fr mixed n | Un peu de trac avant mon solo de ce soir, mais surtout je flotte : je regarde la salle vide et j'y vois une forêt de sièges rouges sous la lune.
+ en mixed n | A bit of stage fright before my solo tonight, but mostly I'm floating: I'm looking at the empty hall and seeing a forest of red seats under the moon.
fr mixed n | Légèrement agacée par le retard de l'avion, mais surtout partie : je regarde les pistes et j'imagine que chaque avion est une baleine qui attend la marée.
+ en mixed n | Slightly annoyed the plane's delayed, but mostly gone: I'm watching the runways and imagining each plane's a whale waiting for the tide.
fr mixed l | Content d'avoir fini le carrelage, mais là, assis sur le seau, je regarde les joints et je me perds dans une ville vue d'avion.
+ en mixed l | Pleased to have finished the tiling, but right now, sitting on the bucket, I'm looking at the grout lines and getting lost in a city seen from the air.
fr mixed n | Un pincement en voyant ma fille partir en colo, mais surtout, sur le quai, je m'invente les aventures qu'elle va vivre dans la forêt.
+ en mixed n | A pang watching my daughter leave for summer camp, but mostly, on the platform, I'm inventing the adventures she'll have in the forest.
fr mixed n | Un peu curieux de la nouvelle expo, mais surtout, devant le grand tableau bleu, je ne pense plus à rien qu'à flotter dedans.
+ en mixed n | A bit curious about the new exhibition, but mostly, in front of the big blue painting, I'm thinking of nothing but floating inside it.
fr mixed n | Fatiguée par la garde, oui, mais surtout dans mes nuages : dans le RER du matin, je construis une maison sur une falaise avec vue sur rien.
+ en mixed n | Tired after the shift, yes, but mostly in the clouds: on the morning train I'm building a house on a cliff overlooking nothing at all.
fr mixed l | Un peu déçu que la randonnée soit annulée, mais je suis déjà en train de la faire en pensée, sur la carte dépliée sur le lit.
+ en mixed l | A bit disappointed the hike's been called off, but I'm already doing it in my head, on the map spread out on the bed.
fr mixed n | Heureux du match de mon fils, mais pendant les tirs au but je regardais le vol des étourneaux au-dessus du stade, complètement ailleurs.
+ en mixed n | Happy about my son's match, but during the penalties I was watching the starlings above the pitch, completely elsewhere.
fr mixed n | Un soupçon de mélancolie avec la pluie d'automne, mais surtout l'esprit qui dérive vers une ville imaginaire où il pleuvrait des pétales. Une ambiance pour ça.
+ en mixed n | A hint of melancholy with the autumn rain, but mostly my mind drifting toward an imaginary town where it rains petals. A mood for that.
fr mixed n | Un peu stressée par le déménagement, mais surtout, au milieu des cartons, je rêve tout éveillée de la véranda que j'installerai là-bas.
+ en mixed n | A bit stressed by the move, but mostly, among the boxes, I'm daydreaming about the conservatory I'll put in over there.
fr mixed l | Bien au chaud dans le bain, oui, mais surtout perdu dans une histoire de navigateur que je m'invente en regardant la vapeur.
+ en mixed l | Nice and warm in the bath, sure, but mostly lost in a navigator's tale I'm making up while watching the steam.
fr mixed n | Fier de ma thèse rendue, mais ce soir je n'arrive qu'à regarder les péniches sur le canal en m'imaginant capitaine de l'une d'elles.
+ en mixed n | Proud to have handed in my thesis, but tonight all I can do is watch the barges on the canal and imagine I'm captain of one.
# slang_emoji
fr slang_emoji n | ptn jsuis resté 40 min à regarder les méduses de l'aquarium, j'habite chez elles maintenant 🪼💭
+ en slang_emoji n | omg I spent 40 mins watching the jellyfish at the aquarium, I live with them now 🪼💭
fr slang_emoji n | le prof de compta parle et moi jsuis en train d'ouvrir une crêperie sur Mars 🚀🥞 tkt
+ en slang_emoji n | accounting prof's talking and I'm busy opening a crêpe stand on Mars 🚀🥞 don't worry about it
fr slang_emoji l | mode tête contre la vitre du TER, j'invente des vies aux vaches 🐄☁️
+ en slang_emoji l | forehead-on-the-train-window mode, making up lives for the cows 🐄☁️
fr slang_emoji n | jpp le coucher de soleil ce soir, j'me vois vivre dans ce nuage rose fr 🌅💗
+ en slang_emoji n | can't even with this sunset, I can literally see myself living in that pink cloud fr 🌅💗
fr slang_emoji n | la playlist lofi + la pluie = je suis officiellement dans une autre dimension 🎧🌧️✨ mets une ambiance
+ en slang_emoji n | lofi playlist + rain = I'm officially in another dimension 🎧🌧️✨ set the vibe
fr slang_emoji l | en vrai j'ai pas bossé, j'ai regardé les pigeons et j'leur ai fait un scénario de série 🐦📺
+ en slang_emoji l | ngl I didn't work, I watched the pigeons and wrote them a whole TV series 🐦📺
fr slang_emoji n | frr la lune est énorme, jsuis sur le balcon à imaginer un hôtel dessus 🌕🏨
+ en slang_emoji n | bro the moon is massive, I'm on the balcony imagining a hotel on it 🌕🏨
fr slang_emoji n | wsh jsuis perché, pas dans le mauvais sens, juste la tête dans un monde inventé 🦋🌌
+ en slang_emoji n | yo I'm floating, not in a bad way, just head in a made-up world 🦋🌌
fr slang_emoji l | moi dans le bain à transformer la mousse en chaîne de montagnes 🛁🏔️ tbh c'est ma vie maintenant
+ en slang_emoji l | me in the bath turning the bubbles into a mountain range 🛁🏔️ tbh this is my life now
fr slang_emoji n | la vitre du bus + les néons + mon son = jsuis dans un clip de 2080 😶‍🌫️🌃
+ en slang_emoji n | bus window + neon signs + my song = I'm in a music video from 2080 😶‍🌫️🌃

# typo
fr typo n | jregarde les bateaux du port depuis 1h et jmimagine partir sur chacun, chui pas la du tout
+ en typo n | been watching the boats in the harbour for 1h imagining leaving on each one, im not here at all
fr typo n | en reunion jai dessiné une ville flotante sur mon bloc, jai rien ecouté
+ en typo n | in the meeting i drew a floating city on my pad, didnt listen to anything
fr typo l | la neige tombe sur le jardin et jsuis parti dans un conte de fée, laisse moi 5min
+ en typo l | snow falling on the garden and im off in a fairy tale, gimme 5min
fr typo n | jai encore loupé ma sortie d'autoroute, jetais en train dimaginer une maison dans les arbres
+ en typo n | missed my motorway exit again, was busy imagining a treehouse
fr typo n | chui allongé dans lherbe a regarder les avions passer et je leur choisi des destinations
+ en typo n | lying in the grass watchin planes go by and chosing destinations for them
fr typo l | jfixe le feu de cheminée depuis tt a lheure, jy vois des villes entieres
+ en typo l | been staring at the fire since forever, i see whole cities in it
fr typo n | mon cafe est froid, jetais sur une ile imaginaire au milieu du pacifique dsl
+ en typo n | my coffee's cold, i was on an imaginary island in the middle of the pacific sry
fr typo n | qd jplie le linge jme raconte des histoire de pirates cest plus fort que moi
+ en typo n | when i fold laundry i tell myself pirate storys, cant help it
fr typo n | jsuis ds le hamac a regarder les feuilles bouger, ma tete est a 1000 km, mets un truc planant
+ en typo n | in the hammock watchin the leaves move, my heads 1000 km away, put somethin floaty on
fr typo l | jarrive pa a bosser, les nuages font des formes trop bizares aujourdhui
+ en typo l | cant get any work done, the clouds are making realy weird shapes today

# wish
fr wish n c=violet;blue b=dim | Je regarde la pluie sur la verrière et mon esprit vagabonde : du violet et du bleu, lumière tamisée, s'il te plaît.
+ en wish n c=violet;blue b=dim | Watching the rain on the glass roof and my mind's wandering: violet and blue, lights low, please.
fr wish n c=indigo;pink | Je m'invente un voyage en montgolfière au-dessus de la Cappadoce, mets-moi de l'indigo et du rose comme un ciel d'aube.
+ en wish n c=indigo;pink | I'm making up a hot-air balloon ride over Cappadocia, give me indigo and pink like a dawn sky.
fr wish l c=cyan;teal b=dim | Allongée sur le tapis, je m'imagine au fond d'un lagon, tamise tout et mets du cyan et du turquoise.
+ en wish l c=cyan;teal b=dim | Lying on the rug, picturing myself at the bottom of a lagoon, dim everything and give me cyan and teal.
fr wish n c=purple;cool_white | J'ai la tête dans les étoiles ce soir, un violet profond avec un peu de blanc froid, comme une nébuleuse.
+ en wish n c=purple;cool_white | My head's in the stars tonight, deep purple with a touch of cool white, like a nebula.
fr wish n c=pink;violet b=dim | Je laisse mes pensées dériver avec le coucher de soleil, du rose et du violet tout doux, pas trop fort.
+ en wish n c=pink;violet b=dim | Letting my thoughts drift with the sunset, soft pink and violet, not too strong.
fr wish l c=blue;white b=dim | Je rêvasse en regardant les flocons sous le réverbère, un bleu pâle et du blanc, lumière basse, comme une nuit d'hiver inventée.
+ en wish l c=blue;white b=dim | Daydreaming, watching the snowflakes under the streetlight, pale blue and white, lights low, like an imaginary winter night.

# explicit
fr explicit n | Je suis d'humeur à rêver les yeux ouverts, à laisser mes pensées faire ce qu'elles veulent.
+ en explicit n | I'm in the mood to dream with my eyes open and let my thoughts do whatever they like.
fr explicit n | Aujourd'hui j'ai l'esprit qui flâne, je rêvasse à tout et à rien.
+ en explicit n | Today my mind's wandering, I'm daydreaming about everything and nothing.
fr explicit l | Un peu songeur ce soir, l'imagination en roue libre.
+ en explicit l | A bit pensive tonight, my imagination freewheeling.
fr explicit n | Je suis dans un état rêveur, comme si je flottais à côté de la journée au lieu d'être dedans.
+ en explicit n | I'm in a dreamy state, as if I were floating alongside the day instead of being in it.
fr explicit h | Complètement dans mes rêveries depuis le réveil, je vis dans un autre monde aujourd'hui.
+ en explicit h | Completely lost in daydreams since I woke up, I'm living in another world today.
fr explicit n | Humeur contemplative : je pourrais regarder l'horizon pendant des heures en laissant mon imagination partir.
+ en explicit n | Contemplative mood: I could watch the horizon for hours and let my imagination roam.
"""

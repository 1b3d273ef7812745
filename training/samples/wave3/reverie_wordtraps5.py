"""reverie: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: rien
fr situation l | Assise sur le rebord de la fenêtre, je ne fais rien de précis : les toits en zinc deviennent une mer grise semée d'îles de cheminées.
+ en situation l | Sitting on the windowsill, I'm doing nothing in particular: the zinc roofs turn into a grey sea dotted with chimney islands.
fr situation l | Rien n'a bougé sur mon cahier depuis une heure ; dans ma tête, je dessine les plans d'une maison ronde au milieu des dunes.
+ en situation l | Nothing's moved on my notepad for an hour; in my head I'm drawing up plans for a round house in the middle of the dunes.
fr negation l | Je ne dors pas et je ne fais rien, je rêvasse à un atelier de luthier au fond d'une ruelle de Crémone, copeaux et vernis.
+ en negation l | I'm not asleep and I'm not doing anything, I'm daydreaming about a violin-maker's workshop down a back street in Cremona, wood shavings and varnish.
en situation l | Done nothing all morning but stare at the steam off my tea and picture a tiny bookshop on a windswept Scottish island.
+ fr situation l | Rien fait de la matinée à part fixer la vapeur de mon thé en imaginant une minuscule librairie sur une île écossaise battue par le vent.

# trap: jardin
fr situation l | En étendant le linge au jardin, je regarde les draps gonfler et je les vois devenir les voiles d'un grand trois-mâts.
+ en situation l | Hanging the washing in the garden, I watch the sheets billow and see them turn into the sails of a great three-master.
fr situation l | Au fond du jardin, le vieux puits : je me raconte qu'il descend jusqu'à une ville souterraine éclairée par des lucioles.
+ en situation l | At the bottom of the garden, the old well: I tell myself it goes down to an underground city lit by fireflies.
fr situation l | Ma fille construit une cabane au fond du jardin, et je me surprends à imaginer une forêt entière de cabanes reliées par des ponts de corde.
+ en situation l | My daughter is building a den at the end of the garden, and I catch myself imagining a whole forest of huts linked by rope bridges.
en situation l | Mowing the garden in slow stripes, my mind has floated off to a lavender field in Provence and a stone house I'll never own.
+ fr situation l | Je tonds le jardin en bandes lentes, et mon esprit s'est envolé vers un champ de lavande en Provence et une maison de pierre que je n'aurai jamais.

# trap: lake
en situation l | Sitting on the jetty, I stare at the lake until I'm picturing a drowned village beneath it, its church bell ringing only at midnight.
+ fr situation l | Assis sur le ponton, je fixe le lac jusqu'à imaginer un village englouti dessous, avec une cloche qui ne sonne qu'à minuit.
en situation l | The lake is so still that I start imagining walking across it to the far shore, where a town of wooden houses glows at dusk.
+ fr situation l | Le lac est si lisse que je m'imagine le traverser à pied jusqu'à l'autre rive, où une ville de maisons en bois s'allume au crépuscule.
en situation l | Halfway across the lake I stop rowing, and my mind slips off to Canada: a log cabin, a canoe, a moose at dawn. Set the lights to match.
+ fr situation l | Au milieu du lac, j'arrête de ramer, et mes pensées filent au Canada : une cabane en rondins, un canoë, un orignal à l'aube. Accorde la lumière.

# trap: nap
en situation l | Supposed to be having a nap, but I'm lying there designing a treehouse hotel room by room in my head.
+ fr situation l | Je suis censée faire la sieste, mais je suis allongée à concevoir dans ma tête un hôtel dans les arbres, chambre par chambre.
en situation l | During the kids' nap I sit at the window, chin in my hand, inventing a whole village on the hill opposite, baker and mayor included.
+ fr situation l | Pendant la sieste des enfants, je m'assois à la fenêtre, le menton dans la main, et j'invente tout un village sur la colline d'en face, boulanger et maire compris.
en slang_emoji l | was meant to nap but spent an hour planning my imaginary bakery in porto instead lol ☁️🥐
+ fr slang_emoji l | j'étais censé faire une sieste mais j'ai passé une heure à imaginer ma boulangerie à Porto lol ☁️🥐

# trap: mois
fr situation l | Chaque mois, j'achète un magazine de maisons anciennes et je passe la soirée à me promener en pensée dans des fermes que je n'habiterai jamais.
+ en situation l | Every month I buy a magazine about old houses and spend the evening wandering in my head through farmhouses I'll never live in.
fr situation l | Ça fait un mois que je dessine dans mes marges la même ville imaginaire, avec ses canaux, ses ponts et ses tours penchées.
+ en situation l | For a month now I've been doodling the same imaginary city in my margins, with its canals, its bridges and its leaning towers.

# trap: depuis
fr situation l | Depuis le début du cours, je fixe la carte du monde au mur et je navigue en pensée entre les îles du Pacifique.
+ en situation l | Since the start of the lesson I've been staring at the world map on the wall, sailing in my head between the Pacific islands.
fr situation l | Je suis assis sur le même banc depuis une heure, à imaginer où va chacun des avions qui passent très haut.
+ en situation l | I've been sitting on the same bench for an hour, imagining where each of the planes passing high overhead is going.

# trap: jours
fr situation l | Il y a des jours où je fais tout le trajet en tram sans rien voir, la tête dans une cité perchée sur des échasses.
+ en situation l | Some days I ride the whole tram journey without seeing a thing, my head in a city perched on stilts.
fr typo l | 3 jours que je relis la meme page du roman, a chaque ligne je pars construire le chateau du heros dans ma tete
+ en typo l | 3 days rereading the same page of the novel, every line i drift off building the hero's castle in my head

# trap: vendredi
fr situation l | Le vendredi après-midi, je fixe l'écran de veille du bureau et je me promène dans une forêt de séquoias imaginaire.
+ en situation l | On Friday afternoons I stare at the office screensaver and stroll through an imaginary redwood forest.
en situation l | Friday, last lesson of the day, and I'm gazing at the rain on the classroom window, building a city of glass domes in my head.
+ fr situation l | Vendredi, dernier cours de la journée, je regarde la pluie sur la vitre de la classe en construisant dans ma tête une ville sous des dômes de verre.

# trap: years
en situation l | Twenty years from now, maybe a house on stilts by the sea: I spend the whole bus ride furnishing it in my head.
+ fr situation l | Dans vingt ans, peut-être une maison sur pilotis au bord de la mer : je passe tout le trajet en bus à la meubler dans ma tête.
en situation l | For years I've pictured the same little island whenever I close my eyes on the train, and today I gave it a harbour and a lighthouse.
+ fr situation l | Depuis des années, j'imagine la même petite île dès que je ferme les yeux dans le train, et aujourd'hui je lui ai ajouté un port et un phare.

# trap: month
en situation l | This month's calendar photo is a fjord, and I keep drifting into it at my desk, rowing a red boat between the cliffs.
+ fr situation l | La photo du calendrier ce mois-ci, c'est un fjord, et je n'arrête pas d'y partir depuis mon bureau, à ramer dans une barque rouge entre les falaises.
en situation l | Once a month I take the slow coastal train just to lean my head on the glass and let my thoughts wander out to sea.
+ fr situation l | Une fois par mois, je prends le petit train de la côte juste pour poser la tête contre la vitre et laisser mes pensées partir vers le large.

# trap: night
en situation l | Late at night in the dark, I watch car headlights sweep the ceiling and turn them into comets crossing a sky of my own.
+ fr situation l | Tard le soir, dans le noir, je regarde les phares des voitures balayer le plafond et j'en fais des comètes qui traversent mon propre ciel.
en situation l | On the night ferry I lean on the rail, watching the wake glow, and picture sea creatures following us all the way to Corsica.
+ fr situation l | Sur le ferry de nuit, accoudé au bastingage, je regarde le sillage briller et j'imagine des créatures marines qui nous suivent jusqu'en Corse.

# trap: fait
fr situation l | Il fait si doux sur le balcon que je laisse mes pensées flotter vers une ville suspendue entre deux falaises.
+ en situation l | It's so mild on the balcony that I let my thoughts float off to a town hanging between two cliffs.
fr situation l | J'ai fait trois fois le tour du rond-point sans m'en rendre compte, j'étais dans une caravane en plein désert du Nevada.
+ en situation l | I went round the roundabout three times without noticing; in my head I was in a caravan in the middle of the Nevada desert.

# trap: tout
fr situation l | Tout le monde parle du planning de demain ; moi, j'ai la tête dans une yourte au milieu d'une steppe sans fin.
+ en situation l | Everyone's talking about tomorrow's schedule; my head is in a yurt in the middle of an endless steppe.

# trap: nap, lake (more)
fr situation l | Sieste ratée : allongée sous le tilleul, j'ai passé une heure à imaginer des gens minuscules qui vivraient dans l'écorce.
+ en situation l | Failed nap: lying under the lime tree, I spent an hour imagining tiny people living in the bark.
fr situation l | Le lac reflète les montagnes à l'envers, et je m'imagine un monde inversé où l'on marcherait sur le ciel.
+ en situation l | The lake reflects the mountains upside down, and I picture an inverted world where people walk on the sky.

# trap: fille
fr situation l | Ma fille me raconte sa journée et je hoche la tête, mais je suis partie dans une ville de montgolfières amarrées aux toits.
+ en situation l | My daughter is telling me about her day and I'm nodding, but I've drifted off to a city of hot-air balloons moored to the rooftops.
fr situation l | Je démêle les boucles de ma fille devant le miroir et je m'imagine une forêt de lianes où vivraient des oiseaux minuscules.
+ en situation l | I'm combing out my daughter's curls in front of the mirror and picturing a jungle of vines where tiny birds would live.

# trap: fils
fr situation l | Mon fils me dit « maman, t'es où ? » : dans ma tête, je faisais pousser un jardin de cristal sur la lune.
+ en situation l | My son says "Mum, where are you?": in my head I was growing a crystal garden on the moon.
fr situation l | Pendant l'entraînement de foot de mon fils, assis dans les gradins, je regarde les peupliers et j'y vois une rangée de géants endormis.
+ en situation l | During my son's football practice, sitting in the stands, I gaze at the poplars and see a row of sleeping giants.

# trap: mère
fr situation l | Ma mère me parle du menu de Noël au téléphone, et moi je fixe la buée de la fenêtre en pensant à une auberge perdue dans les Carpates.
+ en situation l | My mum is going through the Christmas menu on the phone, and I'm staring at the fogged-up window, thinking of an inn lost in the Carpathians.
fr situation l | Dans la salle d'attente, ma mère feuillette une revue et moi je transforme les taches du plafond en archipel plein de petits ports.
+ en situation l | In the waiting room my mother flicks through a magazine while I turn the stains on the ceiling into an archipelago full of little harbours.
fr slang_emoji l | ma mère me parle et jsuis trop dans mes pensées, jme fais un film de science-fiction dans ma tête 🛸😅
+ en slang_emoji l | my mum's talking to me and i'm sooo in my own head, running a whole sci-fi movie in there 🛸😅

# trap: père
fr situation l | Mon père conduit en silence sur la départementale, et à l'arrière j'imagine qu'on roule vers un pays où la nuit ne tombe jamais.
+ en situation l | My dad drives quietly along the country road, and in the back seat I imagine we're heading for a land where night never falls.
fr situation l | Mon père répare le vélo dans le garage ; je tiens la lampe et je me vois partir avec, sans jamais m'arrêter, jusqu'en Mongolie.
+ en situation l | My father's fixing the bike in the garage; I hold the torch and picture myself riding off on it, never stopping, all the way to Mongolia.

# trap: frère
fr situation l | Mon frère joue trois accords en boucle à la guitare dans sa chambre, et je me laisse porter jusqu'à une plage imaginaire au bout du monde.
+ en situation l | My brother is playing the same three chords over and over in his room, and I let them carry me to an imaginary beach at the end of the world.
fr situation l | Mon frère parle de sa voiture depuis vingt minutes, je souris poliment, mais je suis sur un cargo qui traverse l'océan Indien.
+ en situation l | My brother's been talking about his car for twenty minutes; I smile politely, but I'm on a cargo ship crossing the Indian Ocean.

# trap: enfants
fr situation l | Les enfants dessinent à la craie sur le trottoir, et je m'imagine que leurs marelles sont des routes vers des pays secrets.
+ en situation l | The kids are drawing in chalk on the pavement, and I imagine their hopscotch squares are roads to secret countries.
fr situation l | Les enfants dorment à l'arrière, l'autoroute est vide, et mes pensées filent vers des villes que j'invente au fil des panneaux.
+ en situation l | The kids are asleep in the back, the motorway is empty, and my thoughts drift off to towns I make up as the road signs go by.

# trap: dad
en situation l | Dad's telling his fishing stories again and I'm nodding along, but really I'm on a raft drifting down the Amazon with a parrot for company.
+ fr situation l | Papa raconte encore ses histoires de pêche et je hoche la tête, mais en vrai je suis sur un radeau qui descend l'Amazone, un perroquet pour compagnie.
en situation l | My dad hums while he cooks, and I sit at the kitchen table imagining the tune as a little boat bobbing along a river of spices.
+ fr situation l | Mon père fredonne en cuisinant, et assise à la table, j'imagine l'air comme une petite barque qui danse sur une rivière d'épices.

# trap: baby
en situation l | Rocking the baby to sleep, I gaze at the mobile turning above the cot and imagine the paper birds flying off to a country made of clouds.
+ fr situation l | En berçant le bébé, je regarde tourner le mobile au-dessus du lit et j'imagine les oiseaux en papier s'envoler vers un pays fait de nuages.
en situation l | While the baby feeds I stare at the streetlight outside and picture the whole sleeping city as a ship sailing through the night. Lights to match, please.
+ fr situation l | Pendant la tétée, je fixe le réverbère dehors et j'imagine toute la ville endormie comme un navire qui traverse la nuit. Lumière assortie, s'il te plaît.

# trap: dog
en situation l | The dog sniffs every lamppost and I let my mind wander, picturing this same street a hundred years from now, covered in vines.
+ fr situation l | Le chien renifle chaque lampadaire et je laisse mon esprit vagabonder : j'imagine cette même rue dans cent ans, couverte de lianes.
en situation l | Walking the dog along the cliffs, I watch the fog roll in and imagine a ghost fleet gliding past, sails and all.
+ fr situation l | En promenant le chien sur les falaises, je regarde le brouillard arriver et j'imagine une flotte fantôme qui glisse au large, voiles comprises.

# trap: dit
fr situation l | Ma collègue m'a dit « la Terre appelle la Lune » ; j'étais en train d'aménager un vieux wagon en maison roulante dans ma tête.
+ en situation l | My colleague said "Earth to Moon"; I was busy converting an old railway carriage into a house on wheels in my head.
fr situation l | Le vendeur m'a dit le prix deux fois sans que j'entende : je fixais le tapis persan et je marchais en pensée dans un jardin de Chiraz.
+ en situation l | The salesman told me the price twice and I didn't hear: I was staring at the Persian rug, strolling in my mind through a garden in Shiraz.

# trap: told
en situation l | My friend told me the whole plot of her series and I didn't catch a word; I was imagining a cable car linking all the rooftops of Paris.
+ fr situation l | Mon amie m'a raconté toute l'intrigue de sa série et je n'ai rien retenu ; j'imaginais un téléphérique qui relierait tous les toits de Paris.
en situation l | The driver told us we'd be stuck for ten minutes, and I drifted off picturing the motorway as a river and the cars as slow barges.
+ fr situation l | Le chauffeur nous a dit qu'on serait bloqués dix minutes, et je suis parti en rêverie : l'autoroute devenait un fleuve et les voitures de lentes péniches.

# trap: gave
en situation l | My nephew gave me a snow globe, and I've spent the evening shaking it and wandering through its tiny town in my head.
+ fr situation l | Mon neveu m'a offert une boule à neige, et j'ai passé la soirée à la secouer en me promenant en pensée dans sa petite ville.
en situation l | The florist gave me a sprig of eucalyptus, and its smell has me drifting through an imaginary forest in Tasmania all afternoon.
+ fr situation l | La fleuriste m'a donné un brin d'eucalyptus, et son odeur me fait flâner tout l'après-midi dans une forêt imaginaire de Tasmanie.

# trap: sans
fr situation l | Je marche sans but dans les allées du parc, et mes pensées glissent d'un nuage à une île, d'une île à une maison sur pilotis.
+ en situation l | I'm wandering aimlessly along the park paths, and my thoughts slide from a cloud to an island, from an island to a house on stilts.
fr situation l | Sans m'en rendre compte, j'ai remué mon café pendant vingt minutes : j'étais dans un jardin suspendu au-dessus de Naples.
+ en situation l | Without realising, I'd been stirring my coffee for twenty minutes: I was in a hanging garden above Naples.

# trap: without
en situation l | I read the same shopping list three times without taking it in; my mind was on a sleepy island where the ferry only comes on Thursdays.
+ fr situation l | J'ai lu trois fois la même liste de courses sans rien retenir ; j'étais sur une île endormie où le bac ne passe que le jeudi.
en situation l | Without meaning to, I spent my lunch break gazing at the fountain and imagining it was the last spring in a desert kingdom.
+ fr situation l | Sans le vouloir, j'ai passé ma pause déjeuner à contempler la fontaine en imaginant qu'elle était la dernière source d'un royaume du désert.

# trap: again
en situation l | Miles away again: my colleague had to wave a hand in front of my face, I was strolling along a beach of black glass.
+ fr situation l | Encore dans la lune : ma collègue a dû agiter la main devant mes yeux, je me promenais sur une plage de verre noir.
en explicit l | Daydreaming again all day, my mind just keeps floating off to places that don't exist.
+ fr explicit l | Encore rêveuse toute la journée, mon esprit n'arrête pas de s'envoler vers des endroits qui n'existent pas.

# trap: trois
fr situation l | Trois coups de klaxon derrière moi : le feu était vert depuis un moment, j'étais sur une route de montagne imaginaire au Tibet.
+ en situation l | Three honks behind me: the light had been green for a while, I was on an imaginary mountain road in Tibet.
fr situation l | J'ai relu trois fois la même phrase ; mon esprit était dans la cabane d'un berger, tout en haut de l'alpage.
+ en situation l | I read the same sentence three times; my mind was in a shepherd's hut at the very top of the alpine pasture.

# trap: six
fr situation l | Six heures du matin, la ville encore bleue, je fixe les grues du chantier et j'en fais des girafes qui veillent sur les toits.
+ en situation l | Six in the morning, the city still blue; I stare at the building-site cranes and turn them into giraffes watching over the rooftops.
fr typo l | jsui dans la lune depuis 6h ce matin, jme vois vivre sur une peniche sur le canal du midi avec des chats
+ en typo l | been in a daydream since 6am, picturing myself living on a barge on the canal du midi with cats

# trap: thirty
en situation l | Thirty floors up, forehead against the office window, I imagine the streets below as rivers full of little boats.
+ fr situation l | Au trentième étage, le front contre la vitre du bureau, j'imagine les rues en bas comme des rivières pleines de petits bateaux.
en mixed l | A bit tired after thirty hours of work this week, but mostly elsewhere: I keep seeing a sleeper carriage turned into a home in the middle of the fields.
+ fr mixed l | Un peu fatiguée après trente heures de boulot cette semaine, mais surtout ailleurs : je n'arrête pas de voir un wagon-lit transformé en maison au milieu des champs.

# trap: euros
fr situation l | Deux euros le tour de manège, et pendant que ma nièce tourne, j'imagine un parc où les chevaux de bois s'envoleraient la nuit.
+ en situation l | Two euros a ride on the carousel, and while my niece goes round, I imagine a park where the wooden horses fly away at night.
fr situation l | Une carte postale à un euro chez le bouquiniste, un moulin dans la brume, et je passe la soirée à y vivre en pensée.
+ en situation l | A one-euro postcard from the bookstall, a windmill in the mist, and I spend the evening living inside it in my head.

# trap: kilomètres
fr situation l | À l'aire d'autoroute, un panneau indique Lisbonne à 1 200 kilomètres, et je me laisse partir en pensée sur une route qui irait jusqu'au bout du continent.
+ en situation l | At the motorway services, a sign says Lisbon 1,200 kilometres, and I let my mind wander down a road that runs to the very end of the continent.
fr situation l | Dix kilomètres à vélo sur le chemin de halage, et mes pensées dérivent au fil de l'eau vers une ville de moulins imaginaires.
+ en situation l | Ten kilometres by bike along the towpath, and my thoughts drift downstream towards a city of imaginary windmills.
fr wish l c=indigo;pink b=dim | La tête dans les nuages ce soir, je m'imagine sur un bateau sous les étoiles : du bleu nuit et du rose pâle, tout doux.
+ en wish l c=indigo;pink b=dim | Head in the clouds tonight, I'm picturing myself on a boat under the stars: midnight blue and pale pink, nice and soft.

# trap: rien, jardin, père, vendredi, jours (more)
fr situation l | Dimanche, rien de prévu : je passe l'après-midi à la fenêtre à m'imaginer funambule entre les deux clochers d'en face.
+ en situation l | Sunday, nothing planned: I spend the afternoon at the window imagining myself walking a tightrope between the two church towers opposite.
fr situation l | Au jardin botanique, sous la bruine, je me perds en pensée dans la serre tropicale comme dans la jungle d'une autre planète.
+ en situation l | At the botanical garden, in the drizzle, I lose myself in the tropical greenhouse as if it were the jungle of another planet.
fr negation l | Non papa, je ne boude pas : je regardais le feu de camp et j'étais partie dans un royaume de dragons faits de braises.
+ en negation l | No, Dad, I'm not sulking: I was staring at the campfire and had wandered off to a kingdom of dragons made of embers.
en situation l | Friday evening, kettle on, and I'm at the window picturing the gulls as messengers flying between floating cities.
+ fr situation l | Vendredi soir, la bouilloire chauffe, et je suis à la fenêtre à imaginer que les mouettes sont des messagères entre des villes flottantes.
fr situation l | Depuis quelques jours, en cours de maths, je rêvasse à un observatoire perché sur un volcan endormi, le ciel rien qu'à moi.
+ en situation l | For a few days now, in maths class, I've been daydreaming about an observatory perched on a sleeping volcano, the sky all to myself.
"""

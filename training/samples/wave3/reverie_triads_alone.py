"""reverie: third wave, triads with detente and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | La maison rien que pour moi ce samedi, et je m'imagine qu'elle a largué les amarres et dérive sur un lac.
+ en situation l | The house all to myself this Saturday, and I picture it slipping its moorings and drifting out across a lake.
# triad 02
fr situation l | Télé éteinte, allongé sur le canapé, je suis les fissures du plafond comme les fleuves d'un continent inventé.
+ en situation l | TV off, lying on the sofa, I trace the cracks in the ceiling like the rivers of a made-up continent.
# triad 03
en situation l | Forehead against the window, I watch the lit flats opposite and invent a whole life for each one.
+ fr situation l | Le front contre la vitre, je regarde les fenêtres allumées d'en face et j'invente une vie à chacune.
# triad 04
fr situation l | Balade du dimanche seule au bord de la Loire, et je me vois la descendre en barque jusqu'à l'océan.
+ en situation l | Sunday walk alone by the Loire, and I see myself rowing all the way down it to the ocean.
# triad 05
fr situation l | Ce soir, une omelette pour moi seule, et je m'imagine la manger dans un wagon-restaurant qui traverse la Sibérie.
+ en situation l | Tonight, an omelette just for me, and I pretend I'm eating it in a dining car crossing Siberia.
# triad 06
en situation l | Sunday morning, the whole bed to myself, and the white duvet turns into an ice floe I'm crossing by sledge.
+ fr situation l | Dimanche matin, le lit entier pour moi, et la couette blanche devient une banquise que j'explore en traîneau.
# triad 07
fr situation l | Fin de journée sur le balcon, je suis les avions des yeux et je leur invente des destinations : Lima, Zanzibar, Oulan-Bator.
+ en situation l | End of the day on the balcony, I follow the planes and make up where they're going: Lima, Zanzibar, Ulaanbaatar.
# triad 08
fr situation l | Les invités sont partis, et dans le silence j'imagine les chaises qui se racontent la soirée à voix basse.
+ en situation l | The guests have gone, and in the quiet I picture the chairs whispering to each other about the evening.
# triad 09
en situation l | Alone on a bench in the square, I watch the pigeons and imagine them holding secret councils on the rooftops.
+ fr situation l | Seul sur un banc du square, je regarde les pigeons et je les imagine tenir des conseils secrets sur les toits.
# triad 10
fr situation l | Dimanche après-midi, le chien ronfle à mes pieds et je lui invente des rêves de prairies pleines de balles.
+ en situation l | Sunday afternoon, the dog snoring at my feet, and I make up his dreams for him, meadows full of tennis balls.
# triad 11
fr situation l | Sous la douche, les yeux fermés, je me crois sous une cascade tiède au fond d'une forêt tropicale.
+ en situation l | In the shower with my eyes closed, I'm under a warm waterfall deep in a rainforest.
# triad 12
en situation l | Standing by his empty room, I picture him ten years from now in Montréal, trudging through the snow to his lab.
+ fr situation l | Devant sa chambre vide, je l'imagine dans dix ans à Montréal, marchant dans la neige jusqu'à son labo.
# triad 13
fr situation l | Petit tour seul dans le quartier après le dîner, et j'imagine qu'une bouche d'égout mène à une ville secrète sous les rues.
+ en situation l | A little walk alone round the neighbourhood after dinner, and I imagine a manhole leading down to a secret city under the streets.
# triad 14
fr situation l | Nuit d'été, allongé seul dans l'herbe du jardin, je me vois flotter jusqu'à la Lune et m'asseoir au bord d'un cratère.
+ en situation l | Summer night, lying alone in the grass of the garden, I see myself floating up to the Moon and sitting on the rim of a crater.
# triad 15
en situation l | Parked outside the house, engine off, I imagine just driving on, all the way to a little harbour in Portugal.
+ fr situation l | Garée devant la maison, moteur coupé, je m'imagine repartir et rouler jusqu'à un petit port du Portugal.
# triad 16
fr situation l | Seule au fond du salon de thé, je me vois le tenir dans vingt ans, avec un chat roux endormi sur le comptoir.
+ en situation l | Alone at the back of the tearoom, I see myself running it in twenty years, a ginger cat asleep on the counter.
# triad 17
fr situation l | Dimanche, je rempote mes plantes seule et je rêvasse à une serre immense, perdue au milieu d'une forêt.
+ en situation l | Sunday, repotting my plants alone and daydreaming about a huge glasshouse lost in the middle of a forest.
# triad 18
en situation l | First mild evening of the year, window open, and the street noise turns into a Naples alleyway I make up as I go.
+ fr situation l | Premier soir doux de l'année, fenêtre ouverte, et les bruits de la rue deviennent une ruelle de Naples que j'invente au fur et à mesure.
# triad 19
fr situation l | Assis sur la marche de la porte à 22 h, j'imagine que la rue est un quai et la nuit un paquebot sur le point d'appareiller.
+ en situation l | Sitting on the doorstep at 10 pm, I imagine the street is a quay and the night an ocean liner about to set sail.
# triad 20
fr slang_emoji l | dimanche en pyj toute seule, jsuis perchée, jm'imagine ouvrir une librairie-café sur une île grecque ☁️📚
+ en slang_emoji l | sunday in pjs all alone, head in the clouds, picturing myself running a bookshop café on a greek island ☁️📚
# triad 21
en situation l | Hotel room in Lyon, meeting over, lying on the bed, I dream up a life as a spy on a mission under a false name.
+ fr situation l | Chambre d'hôtel à Lyon, réunion terminée, allongée sur le lit, je m'invente une vie d'espionne en mission sous un faux nom.
# triad 22
fr situation l | Soir de Noël seule, je fixe les guirlandes et je me vois sur un marché de Noël au bord d'un lac gelé de Finlande.
+ en situation l | Christmas Eve alone, I gaze at the fairy lights and see myself at a Christmas market beside a frozen lake in Finland.
# triad 23
fr situation l | Mes cinquante ans en solo, et je m'imagine fêter les cent sur un voilier, quelque part au large des Açores.
+ en situation l | My fiftieth on my own, and I picture celebrating my hundredth on a sailing boat somewhere off the Azores.
# triad 24
en situation l | Walking alone through the beech wood in October, I imagine a village of tiny people hidden among the roots.
+ fr situation l | Marche seule dans la hêtraie en octobre, j'imagine un village de minuscules habitants caché dans les racines.
# triad 25
fr situation l | Plage déserte en novembre, je fixe l'horizon et j'imagine une île que personne n'a encore découverte, juste derrière. Mets une musique qui flotte.
+ en situation l | Empty beach in November, I stare at the horizon and imagine an island nobody has found yet, just beyond it. Put on some floaty music.
# triad 26
fr situation l | Seul sur la véranda, dans le rocking-chair, je me crois sur le pont d'un bateau à aubes qui descend le Mississippi.
+ en situation l | Alone on the porch in the rocking chair, I'm on the deck of a paddle steamer heading down the Mississippi.
# triad 27
en situation l | Coffee at the kitchen window at dawn, and I imagine the mist in the garden is hiding a sea, with a lighthouse at the far end.
+ fr situation l | Café à la fenêtre de la cuisine à l'aube, et j'imagine que la brume du jardin cache une mer, avec un phare au fond.
# triad 28
fr situation l | J'arrose seul le potager à la tombée du jour et j'imagine des tomates géantes où vivent des familles de coccinelles.
+ en situation l | Watering the vegetable patch alone at dusk, I imagine giant tomatoes with whole families of ladybirds living inside.
# triad 29
fr situation l | Minuit, le lave-vaisselle ronronne, et je m'imagine à la barre d'un sous-marin qui glisse dans les abysses.
+ en situation l | Midnight, the dishwasher humming, and I imagine I'm at the helm of a submarine gliding through the deep.
# triad 30
en typo l | home alone staring at the candle flame n im imagining a tiny dancer living inside it lol
+ fr typo l | seule a la maison je fixe la flamme de la bougie et jimagine une petite danseuse qui vit dedans lol
# triad 31
fr situation l | Orage la nuit, seul sous la couette, et je m'imagine sur un vieux voilier qui tient bon au milieu de l'Atlantique.
+ en situation l | A storm at night, alone under the duvet, and I imagine I'm on an old sailing ship holding firm in the middle of the Atlantic.
# triad 32
fr situation l | Seule au bord du lac, je suis mes ricochets et j'imagine une ville engloutie qui dort sous l'eau verte.
+ en situation l | Alone by the lake, I follow my skimming stones and imagine a sunken city sleeping under the green water.
# triad 33
en situation l | Alone in Grandpa's leather armchair, I imagine it's the cockpit of an airship flying over the Andes.
+ fr situation l | Seul dans le fauteuil en cuir de papi, je m'imagine que c'est le poste de pilotage d'un dirigeable au-dessus des Andes.
# triad 34
fr situation l | Seule le soir, je gratte ma guitare et je me vois jouer dans un bar enfumé de La Nouvelle-Orléans.
+ en situation l | Alone in the evening, strumming my guitar, and I see myself playing in a smoky bar in New Orleans.
# triad 35
fr situation l | Seize heures, il fait déjà nuit, et avec mon thé je m'imagine dans une cabane de trappeur au Canada, la neige jusqu'aux fenêtres.
+ en situation l | Four o'clock and already dark, and with my tea I imagine a trapper's cabin in Canada, snow up to the windows.
# triad 36
en situation l | In the evening the playground's empty, and on the swing I imagine going so high I land on a cloud.
+ fr situation l | Le soir, l'aire de jeux est vide, et sur la balançoire je m'imagine monter si haut que j'atterris sur un nuage.
# triad 37
fr situation l | Vendredi soir seule, le vernis qui sèche, je me vois actrice dans sa loge avant une première à Broadway.
+ en situation l | Friday night alone, nail polish drying, I see myself as an actress in her dressing room before a Broadway opening.
# triad 38
en situation l | Walking alone in fresh snow at night, I imagine I'm the first human to set foot on a silent white planet.
+ fr situation l | Marche seule dans la neige fraîche la nuit, je m'imagine première humaine à poser le pied sur une planète blanche et muette.
# triad 39
fr mixed l | Fatiguée du grand ménage, mais surtout ailleurs : appuyée sur le balai, je me vois dans un loft à New York, une verrière au plafond.
+ en mixed l | Tired from the big clean, but mostly miles away: leaning on the broom, I see myself in a New York loft with a glass roof.
# triad 40
fr situation l | Seul sur le rebord de la fontaine, je lance une pièce et je m'imagine le vœu exaucé : une maison sur pilotis à Tahiti.
+ en situation l | Alone on the edge of the fountain, I toss in a coin and picture the wish come true: a house on stilts in Tahiti.
# triad 41
en situation l | Lunch alone at the little bistro, and I make up a story for every table: the secret lovers, the retired magician, the runaway heiress.
+ fr situation l | Déjeuner seul au petit bistrot, et j'invente une histoire à chaque table : les amants secrets, le magicien retraité, l'héritière en fuite.
# triad 42
fr situation l | Les enfants sont chez leur père ce week-end, et dans le silence je me vois écrire un roman dans une cabane au bord d'un fjord.
+ en situation l | The kids are at their dad's this weekend, and in the quiet I see myself writing a novel in a cabin beside a fjord.
# triad 43
fr situation l | Allongée sur le parquet dans la tache de soleil, je m'imagine lézard sur un vieux mur de pierre en Sicile.
+ en situation l | Lying on the floor in the patch of sunlight, I imagine I'm a lizard on an old stone wall in Sicily.
# triad 44
en situation l | At the end of the pier at night, I imagine the keeper of the lighthouse opposite, writing his logbook by oil lamp.
+ fr situation l | Au bout de la jetée la nuit, je m'imagine le gardien du phare d'en face, qui écrit son journal à la lampe à pétrole.
# triad 45
fr situation l | Réveillé à cinq heures, j'écoute les merles et je m'imagine comprendre leur langue : ils parlent d'un festin dans le cerisier.
+ en situation l | Awake at five, I listen to the blackbirds and pretend I understand them: they're talking about a feast in the cherry tree.
# triad 46
fr situation l | Dimanche après-midi, une tache bleue de mon aquarelle devient un lac, et je m'imagine y vivre, dans une cabane sur un ponton.
+ en situation l | Sunday afternoon, a blue blot in my watercolour becomes a lake, and I imagine living there in a hut on a jetty.
# triad 47
en situation l | Up in the attic, rain on the skylight, and I imagine the house is a ship and I'm up in the crow's nest.
+ fr situation l | Au grenier, la pluie sur le velux, et je m'imagine que la maison est un navire et que je suis là-haut, dans la vigie.
# triad 48
fr situation l | Le soir à la fenêtre de la cuisine, je suis les hirondelles et je m'imagine voler avec elles jusqu'au Sénégal.
+ en situation l | Evening at the kitchen window, I follow the swallows and imagine flying with them all the way to Senegal.
# triad 49
fr situation l | Réveillon seule, je regarde les feux d'artifice au loin et je m'imagine les tirer moi-même depuis une montgolfière.
+ en situation l | New Year's Eve alone, watching the fireworks in the distance and imagining I'm setting them off from a hot-air balloon.
# triad 50
en slang_emoji l | flat to myself tonight, lofi on, and im in my head designing my dream treehouse lol 🌳💭
+ fr slang_emoji l | appart rien que pour moi ce soir, lofi en fond, et jsuis dans ma tête à dessiner la cabane dans les arbres de mes rêves mdr 🌳💭
# triad 51
fr situation l | Flânerie seule en ville un dimanche soir, les vitrines éteintes, et j'imagine les mannequins qui s'animent dès que je tourne le dos.
+ en situation l | Wandering alone through town on a Sunday evening, shop windows dark, and I imagine the mannequins coming to life the moment I turn my back.
# triad 52
fr situation l | Dimanche, seule dans la cuisine, la confiture mijote et je me vois tenir une épicerie fine dans un village de Provence.
+ en situation l | Sunday, alone in the kitchen, the jam simmering, and I see myself running a little delicatessen in a village in Provence.
# triad 53
en situation l | Nobody home, just the clock ticking, and I imagine each second opening a little door onto another century. Lights to match, please.
+ fr situation l | Personne à la maison, juste le tic-tac de l'horloge, et je m'imagine que chaque seconde ouvre une petite porte sur un autre siècle. Lumière qui va avec, s'il te plaît.
# triad 54
fr situation l | Allongé seul au bord du champ de blé, les épis ondulent et je m'imagine nager dans une mer dorée.
+ en situation l | Lying alone at the edge of the wheat field, the ears ripple and I imagine swimming in a golden sea.
# triad 55
fr situation l | Seule sur mon coussin de méditation, l'esprit s'échappe et je me retrouve dans un monastère suspendu au-dessus des nuages.
+ en situation l | Alone on my meditation cushion, my mind slips away and I find myself in a monastery hanging above the clouds.
# triad 56
en situation l | Sunday, alone with a big Lego set, I make up the lives of the little people in my castle and their secret feuds.
+ fr situation l | Dimanche, seul avec une grosse boîte de Lego, j'invente la vie des petits habitants de mon château et leurs querelles secrètes.
# triad 57
fr situation l | Seul le soir devant mon aquarium, je me vois minuscule, nageant entre les algues jusqu'au petit château englouti.
+ en situation l | Alone in the evening by my aquarium, I see myself tiny, swimming through the weed to the little sunken castle.
# triad 58
fr situation l | Téléphone muet tout le dimanche, et je m'imagine qu'il sonne pour m'annoncer l'héritage d'un oncle inconnu : un château en Écosse.
+ en situation l | Phone silent all Sunday, and I imagine it ringing to tell me an unknown uncle has left me a castle in Scotland.
# triad 59
en situation l | Alone in the garden at night, I look at the Moon and picture a little café up there, with the Earth hanging in the window.
+ fr situation l | Seule au jardin la nuit, je regarde la Lune et j'imagine un petit café là-haut, avec la Terre suspendue à la fenêtre.
# triad 60
fr typo l | dimanche soir tout seul, la serie tourne mais jsuis ailleurs, jmimagine vivre dans une roulotte au milieu de la lavande
+ en typo l | sunday night on my own, show's on but im elsewhere, picturing myself living in a caravan in the middle of the lavender fields
# triad 61
fr situation l | Gîte loué seule pour trois jours, et sur la terrasse je me rêve écrivaine en résidence, en train de finir mon grand roman.
+ en situation l | A holiday cottage for three days, on my own, and out on the terrace I dream I'm a writer in residence finishing my great novel.
# triad 62
fr situation l | Sur le canapé, à moitié endormie, je m'invente une vie de cueilleuse de thé sur les collines du Sri Lanka.
+ en situation l | Half asleep on the sofa, I make up a life for myself picking tea on the hills of Sri Lanka.
# triad 63
en situation l | Night train, alone in the couchette, lights flashing past, and I'm on the Orient Express in 1930.
+ fr situation l | Train de nuit, seul dans la couchette, les lumières défilent et je me crois dans l'Orient-Express en 1930.
# triad 64
fr situation l | Jour de congé, au lit, je regarde les branches du tilleul et j'imagine une maison perchée dedans, avec des ponts de corde.
+ en situation l | Day off, in bed, I watch the branches of the lime tree and imagine a house perched up there, with rope bridges.
# triad 65
fr situation l | Accoudé au parapet du pont, je suis une branche qui dérive et je lui invente un voyage jusqu'à la mer du Nord.
+ en situation l | Leaning on the bridge parapet, I follow a drifting branch and make up its journey all the way to the North Sea.
# triad 66
en situation l | Alone with my oolong, I picture the mountain slopes in Taiwan where these leaves were picked, the mist, the pickers.
+ fr situation l | Seul avec mon oolong, je m'imagine les pentes de montagne à Taïwan où on a cueilli ces feuilles, la brume, les cueilleuses.
# triad 67
fr situation l | Seul au belvédère, je regarde la ville s'allumer et je l'imagine dans trois cents ans, couverte de jardins suspendus.
+ en situation l | Alone at the viewpoint, watching the town light up, I imagine it three hundred years from now, covered in hanging gardens.
# triad 68
fr mixed l | Un peu seule ce soir, mais surtout la tête ailleurs : à la fenêtre, je m'invente une vie de marchande de cartes anciennes à Istanbul.
+ en mixed l | A bit alone tonight, but mostly elsewhere in my head: at the window, I invent a life selling old maps in Istanbul.
# triad 69
en situation l | Lying alone on the trampoline at dusk, I imagine it launching me up among the first stars.
+ fr situation l | Allongée seule sur le trampoline au crépuscule, je m'imagine qu'il me propulse jusqu'aux premières étoiles.
# triad 70
fr situation l | Assise dans le pré pendant que ma jument broute, je me vois traverser la Mongolie avec elle, de yourte en yourte.
+ en situation l | Sitting in the field while my mare grazes, I see the two of us crossing Mongolia, from yurt to yurt.
# triad 71
fr situation l | Seul sous mon parapluie dans le jardin public désert, je me crois dans un vieux film, attendant quelqu'un sous le kiosque.
+ en situation l | Alone under my umbrella in the empty park, I'm in an old film, waiting for someone under the bandstand.
# triad 72
en situation l | Sitting at the top of the stairs in the half-dark, I imagine they lead down to a secret ballroom that only opens at night.
+ fr situation l | Assise en haut de l'escalier dans la pénombre, j'imagine qu'il descend vers une salle de bal secrète, ouverte seulement la nuit.
# triad 73
fr situation l | Seule le soir, je recouds des boutons et je me vois costumière d'une troupe de théâtre qui part en tournée en roulotte.
+ en situation l | Alone in the evening, sewing on buttons, I see myself as wardrobe mistress for a theatre troupe touring in horse-drawn wagons.
# triad 74
fr situation l | Les cloches sonnent au loin, seule au jardin, et je m'imagine un village médiéval, avec son marché et ses jongleurs.
+ en situation l | Church bells in the distance, alone in the garden, and I picture a medieval village with its market and jugglers.
# triad 75
en situation l | Everyone's gone home, and in the dark open-plan office I imagine the photocopiers coming alive and throwing a party.
+ fr situation l | Tout le monde est parti, et dans l'open space éteint j'imagine les photocopieuses qui s'animent et font la fête.
# triad 76
fr situation l | Seul dans la tribune vide, j'imagine la pelouse changée en lac, avec des barques qui glissent au clair de lune.
+ en situation l | Alone in the empty stand, I imagine the pitch turned into a lake, with rowing boats gliding by moonlight.
# triad 77
fr slang_emoji l | dimanche soir solo, jsuis dans la lune grave, jm'imagine pirate de l'espace avec un chat en copilote 🚀🐱💭
+ en slang_emoji l | sunday night solo, totally spaced out, picturing myself as a space pirate with a cat copilot 🚀🐱💭
# triad 78
en situation l | A weekend alone at the abbey, and walking the cloister I picture the monks of the year 1200 copying manuscripts by candlelight.
+ fr situation l | Week-end seul à l'abbaye, et dans le cloître je m'imagine les moines de l'an 1200 qui copient des manuscrits à la bougie.
# triad 79
fr situation l | Apéro en solo sur la terrasse, et je me vois sur une place de village toscan en 1960, sous les lampions. Mets une ambiance qui va avec.
+ en situation l | Drinks on my own on the terrace, and I'm on a Tuscan village square in 1960, under the paper lanterns. Set the mood to match.
# triad 80
en situation l | Walking alone on the old railway line, I imagine steam trains still running past, full of travellers in hats.
+ fr situation l | Marche seule sur l'ancienne voie ferrée, et j'imagine les trains à vapeur qui passent encore, pleins de voyageurs en chapeau.
"""

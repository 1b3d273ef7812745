"""reverie: third wave, triads with detente and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | Dimanche, la pluie coule sur les vitres et je m'imagine dans une cabane en Écosse, avec un feu qui crépite.
+ en situation l | Sunday, rain running down the windows, and I'm picturing myself in a cabin in Scotland with a crackling fire.
# triad 02
fr situation l | Café en terrasse, je regarde les passants et j'invente à chacun un métier, un secret, un amour perdu.
+ en situation l | Coffee on a terrace, watching passers-by and inventing a job, a secret and a lost love for each of them.
# triad 03
en situation l | Forehead against the train window, I watch the fields go by and imagine living in every farmhouse.
+ fr situation l | Le front contre la vitre du train, je regarde défiler les champs et je m'imagine vivre dans chaque ferme.
# triad 04
fr situation l | Dans le bain, je fixe la buée sur le miroir et je me vois plonger dans un lagon à Tahiti.
+ en situation l | In the bath, staring at the steam on the mirror, I see myself diving into a lagoon in Tahiti.
# triad 05
fr situation l | Pause déjeuner, je fixe le fond d'écran avec sa plage et je m'invente une vie de loueur de kayaks.
+ en situation l | Lunch break, staring at the beach on my wallpaper and inventing a life as a kayak hire man.
# triad 06
en situation l | Walking the dog at dusk, I wonder what he's thinking and invent him a whole secret life.
+ fr situation l | En promenant le chien au crépuscule, je me demande à quoi il pense et je lui invente toute une vie secrète.
# triad 07
fr situation l | En plein cours d'histoire, je regarde la carte du monde au mur et je choisis l'île où je vivrai un jour.
+ en situation l | In history class I gaze at the world map on the wall and pick the island I'll live on one day.
# triad 08
fr situation l | Sur le banc du jardin, je suis une fourmi des yeux et j'imagine la ville qu'elles ont sous les dalles.
+ en situation l | On the garden bench I follow an ant with my eyes and imagine the city they've built under the paving.
# triad 09
en situation l | Headphones on, the music carries me off and I'm directing the film it could be the soundtrack to.
+ fr situation l | Casque sur les oreilles, la musique m'emporte et je réalise dans ma tête le film dont elle serait la bande-son.
# triad 10
fr situation l | En remplissant la déclaration d'impôts, je m'égare à imaginer la maison que j'achèterais si je gagnais au loto.
+ en situation l | Filling in my tax return, I drift off imagining the house I'd buy if I won the lottery.
# triad 11
fr situation l | Dans la salle d'attente du kiné, je fixe l'affiche d'un phare breton et je m'y vois gardien l'hiver.
+ en situation l | In the physio's waiting room I stare at a poster of a Breton lighthouse and see myself as its winter keeper.
# triad 12
en situation l | I watch the neighbours' lit windows across the courtyard and make up a story for every flat.
+ fr situation l | Je regarde les fenêtres allumées des voisins de l'autre côté de la cour et j'invente une histoire pour chaque appartement.
# triad 13
fr situation l | Je fais mes longueurs à la piscine et, sous l'eau, je m'imagine nager au milieu des baleines.
+ en situation l | Swimming my lengths at the pool, I imagine underwater that I'm swimming among whales.
# triad 14
fr situation l | Les enfants dorment, et devant leurs dessins sur le frigo, je m'imagine qui ils seront dans vingt ans.
+ en situation l | The kids are asleep, and looking at their drawings on the fridge I picture who they'll be in twenty years.
# triad 15
en situation l | Watching the snow fall past the streetlight, I drift away to a little village in Lapland.
+ fr situation l | Je regarde la neige tomber devant le réverbère et je m'envole vers un petit village de Laponie.
# triad 16
fr situation l | Je fais défiler des photos d'aurores boréales sur mon téléphone et je pars loin, sous un ciel vert.
+ en situation l | Scrolling through photos of the northern lights on my phone, I drift far away under a green sky.
# triad 17
fr situation l | En touillant la soupe, je me surprends à imaginer mon petit restaurant à moi, au bord d'un port.
+ en situation l | Stirring the soup, I catch myself imagining a little restaurant of my own by a harbour.
# triad 18
en situation l | On the long empty road I start imagining I'm crossing America in an old convertible.
+ fr situation l | Sur la longue route déserte, je commence à m'imaginer traversant l'Amérique en vieux cabriolet.
# triad 19
fr situation l | Allongée sur le sable, je fixe l'horizon et j'invente les îles qu'il doit y avoir juste derrière.
+ en situation l | Lying on the sand, I gaze at the horizon and invent the islands there must be just beyond it.
# triad 20
fr situation l | À la radio, un reportage sur les steppes de Mongolie, et me voilà à cheval sous les étoiles.
+ en situation l | A radio report on the Mongolian steppes, and off I go on horseback under the stars.
# triad 21
fr situation l | Le chat fixe le vide dans le couloir et j'imagine qu'il voit des fées danser sur le parquet.
+ en situation l | The cat's staring at nothing in the hallway and I imagine he can see fairies dancing on the floorboards.
# triad 22
en situation l | At the gate I watch the departures board and imagine getting on the flight to Reykjavik instead.
+ fr situation l | À la porte d'embarquement, je regarde le tableau des départs et je m'imagine prendre plutôt le vol pour Reykjavik.
# triad 23
fr situation l | En amphi de droit, mon stylo dessine des vagues dans la marge et je suis déjà sur un voilier.
+ en situation l | In the law lecture my pen draws waves in the margin and I'm already out on a sailboat.
# triad 24
fr situation l | Au marché, l'odeur des épices m'emporte dans un souk imaginaire, entre tapis et lanternes.
+ en situation l | At the market the smell of spices carries me off to an imaginary souk full of rugs and lanterns.
# triad 25
en situation l | In the game I dropped the quest just to sit on a cliff and invent the story of the ruins below.
+ fr situation l | Dans le jeu, j'ai laissé tomber la quête pour m'asseoir sur une falaise et inventer l'histoire des ruines en bas.
# triad 26
fr situation l | Chez mamie, le papier peint à fleurs m'emmène dans un jardin imaginaire pendant qu'elle tricote.
+ en situation l | At Grandma's, the flowery wallpaper takes me into an imaginary garden while she knits.
# triad 27
fr situation l | Les aiguilles à tricoter cliquettent et mon esprit s'en va sur une plage de galets en Irlande.
+ en situation l | The knitting needles click and my mind wanders off to a pebble beach in Ireland.
# triad 28
en situation l | On the bus the rain blurs the city lights and I imagine the whole town has sunk under the sea.
+ fr situation l | Dans le bus, la pluie brouille les lumières de la ville et j'imagine qu'elle a sombré sous la mer.
# triad 29
fr situation l | Au concert, pendant le long solo de piano, je m'invente une traversée en barque sur un lac de brume.
+ en situation l | At the concert, during the long piano solo, I invent a rowing trip across a misty lake.
# triad 30
fr situation l | À la bibliothèque, je lève les yeux du roman et je continue l'histoire dans ma tête, avec moi dedans.
+ en situation l | At the library I look up from my novel and carry on the story in my head, with me in it.
# triad 31
en situation l | By the mountain lake I watched the mist on the peaks and imagined a hidden monastery up there.
+ fr situation l | Au bord du lac de montagne, je regardais la brume sur les sommets en imaginant un monastère caché là-haut.
# triad 32
fr situation l | Chez le coiffeur, sous le casque, je me vois star de cinéma des années cinquante avant une première.
+ en situation l | At the hairdresser's, under the dryer, I see myself as a fifties film star before a premiere.
# triad 33
fr slang_emoji l | jsuis censée plier le linge mais là jsuis partie dans un délire où jvis seule dans un phare 🌊✨
+ en slang_emoji l | supposed to be folding laundry but i've drifted off into this whole thing where i live alone in a lighthouse 🌊✨
# triad 34
fr situation l | En pleine réunion budget, un avion passe derrière la fenêtre et j'imagine ses passagers en route pour Bali.
+ en situation l | In the middle of the budget meeting a plane goes by the window and I imagine its passengers heading for Bali.
# triad 35
en situation l | Sitting among the boxes in the new flat, I imagine how each empty room will look in a year.
+ fr situation l | Assise au milieu des cartons du nouvel appart, j'imagine à quoi ressemblera chaque pièce vide dans un an.
# triad 36
fr situation l | Au bord de l'étang, le bouchon flotte et je me rêve pêcheur dans un roman de Jules Verne.
+ en situation l | By the pond the float bobs and I dream I'm a fisherman in a Jules Verne novel.
# triad 37
fr situation l | Allongé à l'hôpital pour une petite opération de rien, je suis les nuages et je m'invente des voyages.
+ en situation l | Lying in hospital for a minor operation, I follow the clouds and invent myself journeys.
# triad 38
en typo l | was staring at the bakery window so long imagning living above it in paris that i forgot to order lol
+ fr typo l | jai fixé la vitrine de la boulangerie tellement longtemps en mimaginant vivre au dessus a paris que jai oublié de commander lol
# triad 39
fr situation l | En triant les livres donnés à l'association, je tombe sur un vieil atlas et je pars en voyage dans ma tête.
+ en situation l | Sorting the books donated to the charity, I come across an old atlas and set off travelling in my head.
# triad 40
fr situation l | Au chaud dans mon lit, j'écoute l'orage et je m'invente capitaine d'un vieux trois-mâts.
+ en situation l | Warm in bed, I listen to the storm and imagine I'm the captain of an old three-master.
# triad 41
fr situation l | Pendant la méditation guidée, au lieu de compter mes respirations, je bâtis des châteaux dans ma tête.
+ en situation l | During the guided meditation, instead of counting my breaths, I'm building castles in my head.
# triad 42
en situation l | Walking out of the cinema, I'm still living in the film's world, imagining what the hero does next.
+ fr situation l | En sortant du cinéma, je vis encore dans l'univers du film, à imaginer ce que fait le héros ensuite.
# triad 43
fr situation l | À la mairie, en attendant mon tour, je regarde les vieilles photos du village et j'invente la vie qu'on y menait en 1900.
+ en situation l | Waiting at the town hall, I look at old photos of the village and invent the life people led there in 1900.
# triad 44
fr situation l | Allongé devant la tente, je regarde les étoiles en imaginant quelqu'un, sur une autre planète, qui regarde la nôtre.
+ en situation l | Lying outside the tent, I watch the stars and imagine someone on another planet looking back at ours.
# triad 45
en situation l | Cycling along the canal, I imagine I'm a 1920s courier carrying secret letters to Amsterdam.
+ fr situation l | En pédalant le long du canal, je m'imagine coursier des années vingt portant des lettres secrètes jusqu'à Amsterdam.
# triad 46
fr situation l | Je caresse mon ventre rond et j'imagine le visage de ce bébé, ses cheveux, sa voix dans dix ans.
+ en situation l | I stroke my round belly and imagine this baby's face, their hair, their voice ten years from now.
# triad 47
fr situation l | Sur le tracteur, les sillons défilent et je m'imagine en train de cultiver du riz au Japon.
+ en situation l | On the tractor the furrows roll by and I imagine I'm growing rice in Japan.
# triad 48
en situation l | Flipping pancakes, I drift off imagining my own little crêpe stand on a beach in Brittany.
+ fr situation l | En retournant les crêpes, je me perds à imaginer mon petit stand de crêpes sur une plage bretonne.
# triad 49
fr situation l | Au hammam, la vapeur dessine des formes et je me crois dans un palais d'Istanbul il y a trois siècles.
+ en situation l | In the steam room the vapour makes shapes and I fancy I'm in an Istanbul palace three centuries ago.
# triad 50
fr situation l | Dans le tram, une vieille dame serre un bouquet et je m'imagine à qui elle va l'offrir, et pourquoi.
+ en situation l | On the tram an old lady is holding a bouquet and I imagine who she's giving it to, and why.
# triad 51
en situation l | At the museum, in front of the big seascape, I imagined stepping into the frame and walking along that shore.
+ fr situation l | Au musée, devant la grande marine, je me suis imaginé entrer dans le tableau et marcher sur ce rivage.
# triad 52
fr situation l | Dans le hamac, je regarde les feuilles bouger et je me raconte une histoire de lutins qui vivent dans le pommier.
+ en situation l | In the hammock I watch the leaves move and tell myself a story about elves living in the apple tree.
# triad 53
fr typo l | en attendant devant lecole jme suis mise a imaginer un dragon qui atterit dans la cour, jetais dans mon film
+ en typo l | waiting outside school i started imagning a dragon landing in the playground, was totaly in my own movie
# triad 54
fr situation l | À la banque, en attendant mon conseiller, je m'invente un film de casse avec des diamants et un chapeau mou.
+ en situation l | At the bank, waiting for my adviser, I make up a heist film in my head with diamonds and a fedora.
# triad 55
en situation l | In bed in the dark, I picture the ceiling opening onto a sky full of slow-swimming whales.
+ fr situation l | Au lit dans le noir, j'imagine le plafond s'ouvrir sur un ciel plein de baleines qui nagent lentement.
# triad 56
fr situation l | En ponçant la vieille commode, je me demande qui l'a possédée et j'invente toute une famille autour.
+ en situation l | Sanding down the old chest of drawers, I wonder who owned it and invent a whole family around it.
# triad 57
en situation l | Watching the cyclists climb the Alps on TV, I drift off imagining a little chalet on that bend.
+ fr situation l | Devant les cyclistes qui grimpent les Alpes à la télé, je m'évade en imaginant un petit chalet dans ce virage.
# triad 58
fr situation l | Après le pique-nique, je regarde la rivière et j'imagine jusqu'où iront les feuilles qui flottent.
+ en situation l | After the picnic I watch the river and imagine how far the floating leaves will go.
# triad 59
fr situation l | Je tombe sur une vidéo de maisons flottantes en Hollande et je passe l'heure à imaginer la mienne.
+ en situation l | I stumble on a video of floating houses in Holland and spend the hour imagining my own.
# triad 60
en situation l | Raking leaves, I start imagining each one is a letter a tree sent to someone far away.
+ fr situation l | En ratissant les feuilles, je me mets à imaginer que chacune est une lettre qu'un arbre envoie à quelqu'un de loin.
# triad 61
en situation l | Lying next to my girlfriend, I start imagining the little house by the sea we'll have someday.
+ fr situation l | Allongé à côté de ma copine, je commence à imaginer la petite maison au bord de la mer qu'on aura un jour.
# triad 62
fr situation l | À la messe, je fixe le vitrail et je me perds dans ses couleurs, loin des paroles du prêtre.
+ en situation l | At Mass I stare at the stained glass and get lost in its colours, far from the priest's words.
# triad 63
fr situation l | Sur la terrasse de la résidence, je suis les hirondelles des yeux et je m'imagine voler avec elles au-dessus des toits.
+ en situation l | On the care home terrace I follow the swallows with my eyes and imagine flying with them over the rooftops.
# triad 64
en situation l | Working from home, I keep gazing out at the garden and picturing it as a jungle full of parrots.
+ fr situation l | En télétravail, je n'arrête pas de regarder le jardin en l'imaginant comme une jungle pleine de perroquets.
# triad 65
fr situation l | Accoudée au bastingage du ferry, je regarde le sillage et j'imagine des sirènes qui nous suivent.
+ en situation l | Leaning on the ferry rail, I watch the wake and imagine mermaids following us.
# triad 66
fr situation l | Au rayon des fruits exotiques, je prends une mangue et je me retrouve sur un marché flottant de Bangkok.
+ en situation l | In the exotic fruit aisle I pick up a mango and find myself at a floating market in Bangkok.
# triad 67
fr situation l | Au planétarium, la voûte s'allume d'étoiles et je m'imagine flotter entre les anneaux de Saturne.
+ en situation l | At the planetarium the dome lights up with stars and I imagine floating between Saturn's rings.
# triad 68
en situation l | Staring into the fireplace, I see castles and dragons in the flames and lose all track of time.
+ fr situation l | Les yeux dans la cheminée, je vois des châteaux et des dragons dans les flammes et je perds la notion du temps.
# triad 69
fr situation l | En posant le carrelage, je m'imagine artisan dans un palais marocain, à poser des zelliges bleus.
+ en situation l | Laying the tiles, I imagine I'm a craftsman in a Moroccan palace, setting blue mosaic tiles.
# triad 70
fr slang_emoji l | chez Léa tt le monde parle et moi jsuis partie dans ma tête, j'imagine notre coloc dans un moulin en Bretagne 🌾💭
+ en slang_emoji l | everyone's chatting at Léa's and i've gone off in my head, imagining us sharing a windmill in Brittany 🌾💭
# triad 71
en situation l | Halfway through my maths homework, I'm doodling planets in the margin and imagining I live on one.
+ fr situation l | Au milieu de mes devoirs de maths, je dessine des planètes dans la marge et je m'imagine habiter sur l'une d'elles.
# triad 72
fr situation l | Dans la salle d'attente du médecin, l'aquarium m'hypnotise et je me vois petit poisson au milieu des coraux.
+ en situation l | In the doctor's waiting room the aquarium hypnotises me and I see myself as a little fish among the coral.
# triad 73
fr situation l | En plantant les graines, j'imagine le potager en juillet, couvert de courges énormes et de tournesols géants.
+ en situation l | Planting the seeds, I picture the vegetable patch in July, covered in huge squashes and giant sunflowers.
# triad 74
en situation l | An article in the paper about a floating city off Korea sent my mind drifting for the rest of the morning.
+ fr situation l | Un article du journal sur une ville flottante au large de la Corée m'a fait rêvasser toute la matinée.
# triad 75
fr situation l | Sur le quai, un long train de marchandises passe et j'imagine tous les pays qu'il a traversés.
+ en situation l | On the platform a long freight train goes by and I imagine all the countries it has crossed.
# triad 76
en situation l | Going through the car wash, the foam and brushes feel like a deep-sea dive and I'm piloting a submarine.
+ fr situation l | Dans la station de lavage, la mousse et les rouleaux me font l'effet d'une plongée et je pilote un sous-marin.
# triad 77
fr situation l | Devant les guirlandes du sapin, je plisse les yeux et je m'imagine dans une ville de lumières sous la neige.
+ en situation l | In front of the Christmas tree lights I squint and imagine I'm in a city of lights under the snow.
# triad 78
fr mixed l | Un peu en retard pour le dîner, mais surtout perdu dans mes pensées dans les vignes, à m'inventer une vie de vigneron.
+ en mixed l | A bit late for dinner, but mostly lost in thought among the vines, inventing myself a life as a winegrower.
# triad 79
en situation l | My phone died on the train, so I watched the clouds and made up a whole story about a balloon race.
+ fr situation l | Mon téléphone s'est éteint dans le train, alors j'ai regardé les nuages en m'inventant toute une course de montgolfières.
# triad 80
fr situation l | En rentrant de ma garde de nuit à l'aube, je regarde la ville rose et je m'invente une vie de peintre.
+ en situation l | Coming home from my night shift at dawn, I look at the pink city and invent myself a life as a painter.
"""

"""reverie: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation l | Le soleil sur la nappe, mon café refroidit pendant que je m'imagine vivre dans un moulin en Toscane.
+ en situation l | Sun on the tablecloth, my coffee going cold while I picture myself living in a mill in Tuscany.
fr situation n | Je souris toute seule dans le métro : je suis en train d'inventer la suite du rêve de cette nuit.
+ en situation n | Smiling to myself on the metro: I'm busy making up the rest of last night's dream.
fr situation l | Les enfants rient dans le jardin, et moi je suis partie loin, sur un voilier imaginaire au large des Açores.
+ en situation l | The kids are laughing in the garden and I've drifted off, onto an imaginary sailing boat off the Azores.
fr situation l | Ma mère chantonne en faisant la vaisselle, je me perds dans sa mélodie et je vois des champs de lavande à perte de vue.
+ en situation l | Mum's humming over the washing-up, I get lost in the tune and see lavender fields stretching forever.
fr situation n | Le pique-nique est fini, les autres jouent aux cartes ; moi, allongé, je transforme les nuages en dragons et en châteaux.
+ en situation n | The picnic's over, the others are playing cards; I'm lying back turning the clouds into dragons and castles.
fr slang_emoji n | mdr j'ai raté mon arrêt, j'étais en train de m'inventer une vie de gardienne de refuge en Laponie ☁️
+ en slang_emoji n | lol missed my stop, I was busy inventing a whole life as a hut warden in Lapland ☁️
fr situation l | Un bouquet de pivoines sur la table, je les fixe et je me retrouve dans le jardin d'un vieux manoir anglais. Lumière douce, s'il te plaît.
+ en situation l | A bunch of peonies on the table, I stare at them and find myself in the garden of an old English manor. Soft light, please.
fr situation n | Devant le gâteau qui dore dans le four, je fixe la vitre et mes pensées s'en vont vers une boulangerie imaginaire à Vienne.
+ en situation n | Watching the cake brown through the oven door, my thoughts wander off to an imaginary bakery in Vienna.

# trap words from detente
fr situation l | Dans le bain, la mousse devient un paysage de montagnes enneigées et j'y construis des petits villages.
+ en situation l | In the bath the foam turns into snowy mountains and I build little villages on them.
fr situation l | Dans le hamac, je m'invente une vie de cartographe du XVIIe siècle qui dessine des côtes inconnues.
+ en situation l | In the hammock, I'm inventing a life as a seventeenth-century mapmaker drawing unknown coastlines.
fr situation n | Sur la plage, je fixe l'horizon et j'imagine une île que personne n'a jamais vue, avec ses habitants et ses marchés.
+ en situation n | On the beach I stare at the horizon and imagine an island nobody has ever seen, with its people and its markets.
fr situation l | Une tisane à la main, je regarde la buée sur la vitre et j'y dessine des royaumes dans ma tête.
+ en situation l | Herbal tea in hand, I watch the mist on the window and draw whole kingdoms in it in my head.
fr situation l | Pendant la sieste je ne dors pas vraiment : je visite en pensée la maison que j'aurai un jour au bord d'un lac suisse.
+ en situation l | I'm not really napping: I'm touring, in my head, the house I'll have one day by a Swiss lake.
fr situation l | Le canapé, la pluie, et mon esprit qui s'envole vers une gare de Sibérie sous la neige. Mets quelque chose qui flotte.
+ en situation l | The sofa, the rain, and my mind flying off to a snowed-in station in Siberia. Put on something floaty.
fr negation n | Je ne me repose pas, je voyage : dans ma tête je suis déjà à Lisbonne, dans un vieux tram jaune qui grince.
+ en negation n | I'm not resting, I'm travelling: in my head I'm already in Lisbon, on a creaky old yellow tram.
fr situation l | Au spa, les yeux fermés, je m'invente une vie de danseuse dans un cabaret parisien de 1920.
+ en situation l | At the spa with my eyes shut, I'm making up a life as a dancer in a Paris cabaret in 1920.

# trap words from euphorie
fr situation l | En plein milieu de la fête, je fixe les guirlandes et je m'imagine dans un bal masqué à Venise.
+ en situation l | Right in the middle of the party, I'm staring at the fairy lights, picturing myself at a masked ball in Venice.
fr situation l | Dans le train du retour du concert, le front contre la vitre, je compose en pensée la chanson que je n'écrirai jamais.
+ en situation l | On the train home from the gig, forehead on the window, composing in my head the song I'll never write.
fr situation l | Les feux d'artifice sont finis, il reste la fumée, et je rêvasse en y voyant passer des silhouettes de galions.
+ en situation l | The fireworks are over, only the smoke is left, and I'm daydreaming galleons sailing through it.
fr situation n | En boîte, assise au bar, je n'entends plus la musique : je suis sur un quai de gare à Istanbul, dans une autre vie.
+ en situation n | At the club, sitting at the bar, I can't hear the music anymore: I'm on a station platform in Istanbul, in another life.
fr situation l | Tout le monde danse au mariage, et moi je regarde les bougies en partant loin dans mes pensées.
+ en situation l | Everyone's dancing at the wedding, and I'm watching the candles, drifting far off in my thoughts.
fr slang_emoji n | grosse soirée chez Léa mais moi j'étais sur le balcon à inventer des noms aux étoiles ✨🌙
+ en slang_emoji n | big party at Léa's but I was out on the balcony making up names for the stars ✨🌙
fr situation n | Les supporters hurlent dans la rue ; à ma fenêtre, je m'imagine la même ville vide sous la neige, dans cent ans.
+ en situation n | Fans are yelling in the street; at my window I'm picturing the same city empty under snow, a hundred years from now.
fr situation l | Le DJ enchaîne les tubes, je fixe la boule à facettes et chaque reflet devient une galaxie dans ma tête.
+ en situation l | The DJ keeps the hits coming, I stare at the disco ball and every reflection becomes a galaxy in my head.

# trap words from victoire
fr situation n | Et si je faisais le Vendée Globe ? Je me vois seule au milieu de l'océan, les albatros, la nuit pleine d'étoiles.
+ en situation n | What if I sailed the Vendée Globe? I can see myself alone mid-ocean, albatrosses, a night full of stars.
fr situation l | Pendant la remise des diplômes, je décroche des discours et je suis les hirondelles en m'inventant des voyages.
+ en situation l | During the graduation ceremony I tune out the speeches and follow the swallows, inventing journeys for myself.
fr situation l | En astiquant les trophées du club, je me mets à rêvasser d'un bateau qui m'emmènerait loin d'ici.
+ en situation l | Polishing the club's trophies, I start daydreaming about a boat that would carry me far from here.
fr situation n | Je rêve éveillée d'un podium olympique, l'hymne, la foule floue... puis la bouilloire siffle et je redescends sur terre.
+ en situation n | I'm daydreaming about an Olympic podium, the anthem, the blurry crowd... then the kettle whistles and I come back down to earth.
fr situation n | Au lieu de préparer mon entretien pour la promotion, je dessine des maisons sur pilotis dans la marge.
+ en situation n | Instead of preparing for my promotion interview, I'm drawing houses on stilts in the margin.
fr situation l | Les champions du monde défilent à la télé, moi je regarde la pluie sur la vitre et je suis ailleurs.
+ en situation l | The world champions are parading on TV, and I'm watching the rain on the window, miles away.
fr mixed n | J'ai réussi mon permis hier, mais aujourd'hui je suis déjà ailleurs : je m'imagine sur la route 66, vitres ouvertes, sans but.
+ en mixed n | Passed my driving test yesterday, but today my head's elsewhere: I'm picturing Route 66, windows down, going nowhere in particular.
fr situation l | Ma médaille de semi-marathon pend au clou, et je rêvasse devant en m'imaginant courir un jour à travers la Patagonie.
+ en situation l | My half-marathon medal hangs on its nail and I daydream in front of it, picturing myself running across Patagonia one day.

# trap words from colere
fr situation l | Bloqué dans les bouchons, je ne m'énerve même pas, je m'imagine en montgolfière au-dessus de l'autoroute.
+ en situation l | Stuck in traffic, I'm not even getting wound up, I'm picturing myself in a hot-air balloon above the motorway.
fr situation n | Le patron crie dans le couloir, et moi je regarde le ciel par la fenêtre en m'inventant une vie de berger dans les Pyrénées.
+ en situation n | The boss is shouting in the corridor, and I'm gazing at the sky through the window, making up a life as a shepherd in the Pyrenees.
fr negation l | Ce n'est pas de la colère, le train a juste quarante minutes de retard et je laisse mon esprit vagabonder sur le quai.
+ en negation l | It's not anger, the train's just forty minutes late and I'm letting my mind wander on the platform.
fr situation l | Malgré la perceuse du voisin, je suis ailleurs : je m'imagine dans une cabane perchée au-dessus de la canopée.
+ en situation l | Despite the neighbour's drill, I'm somewhere else: picturing myself in a treehouse above the rainforest canopy.
fr situation n | La réunion tourne au règlement de comptes et moi je dessine des montgolfières dans mon carnet sans rien écouter.
+ en situation n | The meeting's turning into a shouting match and I'm doodling hot-air balloons in my notebook, not listening to a word.
fr situation l | Les ados se disputent pour la télécommande, j'ai les yeux sur la fenêtre et je vogue déjà vers Zanzibar.
+ en situation l | The teens are fighting over the remote, my eyes are on the window and I'm already sailing to Zanzibar.
fr typo l | le bus a 20 min de retard et jsuis meme pas enervée, jsuis dans ma tete sur une ile deserte
+ en typo l | bus is 20 min late and im not even anoyed, im on a desert island in my head
fr situation l | Dans la queue interminable à la préfecture, je m'invente la vie de chaque personne devant moi.
+ en situation l | In the endless queue at the council office, I'm inventing a life story for every person ahead of me.

# trap words from inquietude
fr negation l | Je ne dors pas, mais sans aucune angoisse : j'invente des villes flottantes sur le plafond de ma chambre.
+ en negation l | I can't sleep, but there's no anxiety in it: I'm inventing floating cities on my bedroom ceiling.
fr situation n | Et si j'avais une maison dans les arbres ? Ça fait une heure que je dessine les passerelles dans ma tête.
+ en situation n | What if I had a treehouse? I've been drawing the rope bridges in my head for an hour.
fr situation l | Dans la salle d'attente du dentiste, je fixe l'aquarium et je m'imagine nager dans un récif des Maldives.
+ en situation l | In the dentist's waiting room, I'm staring at the fish tank and picturing myself swimming on a reef in the Maldives.
fr situation l | Tout le monde stresse pendant la réunion budget ; moi je suis un nuage en forme de baleine qui passe derrière la vitre.
+ en situation l | Everyone's stressing in the budget meeting; I'm following a whale-shaped cloud drifting past the window.
fr situation l | Insomnie tranquille : allongée dans le noir, je redécore pièce par pièce un manoir imaginaire.
+ en situation l | A peaceful sleepless night: lying in the dark, redecorating an imaginary manor room by room.
fr situation l | Ma mère me demande si ça va, je n'ai rien dit depuis le dîner ; non, tout va bien, j'étais juste sur Mars dans ma tête.
+ en situation l | Mum asks if I'm all right, I haven't said a word since dinner; no, all good, I was just on Mars in my head.
fr negation l | Pas d'angoisse, juste la tête dans les nuages : je m'imagine une vie à Montréal, la neige, les escaliers en fer dehors.
+ en negation l | No worries, just my head in the clouds: I'm picturing a life in Montreal, the snow, the iron staircases outside.
fr situation n | Au lieu de réviser pour les partiels, je regarde les pigeons sur le toit et j'imagine leurs conversations.
+ en situation n | Instead of revising for my exams, I'm watching the pigeons on the roof and imagining their conversations.

# trap words from nostalgie
fr situation n | Au grenier, une vieille photo d'inconnus, et je m'invente toute leur histoire : le mariage, la ferme, les chiens.
+ en situation n | In the attic, an old photo of strangers, and I'm inventing their whole story: the wedding, the farm, the dogs.
fr situation l | Le vinyle craque et je me vois dans un club de jazz enfumé à New York en 1958, un endroit où je n'ai jamais mis les pieds.
+ en situation l | The record crackles and I see myself in a smoky New York jazz club in 1958, somewhere I've never set foot.
fr situation n | Devant le château en ruine, je vois des chevaliers, des bals, des servantes qui dévalent l'escalier.
+ en situation n | In front of the ruined castle, I can see knights, balls, servants rushing down the staircase.
fr situation l | Une odeur de lavande, et me voilà partie à inventer une maison en Provence que je n'ai jamais connue.
+ en situation l | A whiff of lavender and off I go, inventing a house in Provence I've never known.
fr situation n | Au marché aux puces, je tiens une carte postale de 1912 et j'imagine qui l'a écrite, à qui, sur quelle table.
+ en situation n | At the flea market I'm holding a postcard from 1912, imagining who wrote it, to whom, at what table.
fr negation l | Ce n'est pas de la nostalgie, je n'y ai jamais vécu : j'invente juste ma vie dans ce petit port de pêche grec.
+ en negation l | It isn't nostalgia, I've never lived there: I'm just making up my life in that little Greek fishing harbour.
fr situation l | Le vieux film en noir et blanc est fini, et je continue de me promener dans ses rues pavées en pensée.
+ en situation l | The old black-and-white film has ended, and I'm still strolling its cobbled streets in my mind.
fr situation l | Dans le vieux wagon-restaurant du musée du rail, je m'imagine voyageuse de l'Orient-Express, un chapeau à voilette sur la tête.
+ en situation l | In the old dining car at the railway museum, I'm imagining I'm an Orient Express passenger in a veiled hat.

# trap words from panique
fr situation l | La sirène du premier mercredi du mois retentit, simple test ; moi j'imagine la ville d'il y a cent ans sous ce même ciel.
+ en situation l | The first-Wednesday siren goes off, just the monthly test; I'm imagining the town a hundred years ago under this same sky.
fr situation l | Le réveil a sonné trois fois, je suis resté à contempler le plafond pour finir mon rêve de dirigeable.
+ en situation l | The alarm has gone off three times, I've stayed there gazing at the ceiling to finish my airship dream.
fr situation l | L'orage gronde loin derrière la colline, je regarde les éclairs et j'imagine des géants qui se parlent d'une vallée à l'autre.
+ en situation l | Thunder rumbling far behind the hill, I watch the lightning and imagine giants talking from one valley to the next.
fr slang_emoji n | au secours je suis dans la lune depuis ce matin 😅 j'ai rangé le sucre dans le frigo en pensant à la Patagonie
+ en slang_emoji n | help, I've been away with the fairies all morning 😅 put the sugar in the fridge while thinking about Patagonia
fr situation l | Exercice d'évacuation au bureau, tout le monde sur le parking, et moi je regarde les martinets en inventant leur carte du ciel.
+ en situation l | Fire drill at work, everyone out in the car park, and I'm watching the swifts, inventing their map of the sky.
fr situation l | La vitre tremble au passage du TGV et je me vois déjà dedans, direction une ville inventée au bord de la mer.
+ en situation l | The window rattles as the high-speed train goes by and I already see myself on it, heading for an invented town by the sea.
fr situation l | Aux urgences pour deux petits points à l'arcade de mon fils, rien de grave ; je fixe un poster de montagne et j'y marche en pensée.
+ en situation l | In A&E for two little stitches over my son's eyebrow, nothing serious; I'm staring at a mountain poster, hiking it in my head.
fr situation l | Les pompiers font leur manœuvre annuelle sur la grande échelle, et je m'imagine là-haut, à toucher les nuages.
+ en situation l | The firefighters are doing their yearly drill on the big ladder, and I'm imagining myself up there, touching the clouds.

# trap words from suspense
fr situation l | Le dernier épisode est fini depuis longtemps et j'invente encore la saison suivante, allongé dans le noir.
+ en situation l | The last episode ended ages ago and I'm still inventing the next season, lying in the dark.
fr situation l | En attendant le bus, j'imagine qu'il m'emmène dans une ville qui n'existe sur aucune carte.
+ en situation l | Waiting for the bus, I imagine it's taking me to a town that isn't on any map.
fr situation l | Le polar finit sur un cliffhanger, mais moi je rêvasse surtout à la maison du détective perchée sur la falaise.
+ en situation l | The crime show ends on a cliffhanger, but I'm mostly daydreaming about the detective's house up on the cliff.
fr situation l | Dans la file d'attente de la poste, je m'invente une vie d'astronaute en orbite autour de Saturne.
+ en situation l | In the queue at the post office, I'm inventing a life as an astronaut orbiting Saturn.
fr situation n | Pendant que tout le monde hurle le compte à rebours du Nouvel An, je regarde la lune et je pars très loin.
+ en situation n | While everyone's shouting the New Year countdown, I'm looking at the moon and drifting far away.
fr situation l | Tout le monde est suspendu au tirage du loto à la télé ; moi je dessine dans ma tête la cabane que je ne construirai jamais.
+ en situation l | Everyone's glued to the lottery draw on TV; I'm sketching in my head the cabin I'll never build.
fr situation l | Pendant que les autres se demandent qui est le coupable, je suis perdue dans les décors du film, ces manoirs dans la brume.
+ en situation l | While the others wonder who the killer is, I'm lost in the film's sets, those manor houses in the mist.
fr situation l | Le colis n'arrive toujours pas ; assise à la fenêtre, je laisse mes pensées dériver au rythme des nuages. Mets une ambiance planante.
+ en situation l | Still no parcel; sitting at the window, I let my thoughts drift along with the clouds. Something dreamy, please.

# trap words from tristesse
fr situation l | Ciel gris de novembre, le front contre la vitre du train, je m'invente une vie dans chaque maison éclairée.
+ en situation l | Grey November sky, forehead on the train window, I'm inventing a life in every lit-up house.
fr situation l | Seule dans la maison vide du dimanche, je m'imagine dans un observatoire au sommet d'une montagne, à compter les étoiles filantes.
+ en situation l | Alone in the empty Sunday house, I'm picturing myself in an observatory on a mountain top, counting shooting stars.
fr situation n | Je pleure à chaudes larmes en épluchant les oignons, mais ma tête est ailleurs : je suis cuisinière sur un paquebot des années 30.
+ en situation n | Tears streaming as I chop onions, but my head's elsewhere: I'm a cook on a 1930s ocean liner.
fr situation l | Les feuilles mortes tombent dans le ruisseau et je m'invente des petits bateaux qui descendent jusqu'à la mer.
+ en situation l | Dead leaves falling into the stream, and I'm imagining them as little boats heading all the way down to the sea.
fr negation l | Chanson mélancolique dans le casque, mais je ne suis pas triste : je flotte en regardant défiler les lumières de la ville.
+ en negation l | A melancholy song in my headphones, but I'm not sad: I'm floating, watching the city lights slide past.
fr situation l | Le brouillard a avalé le village, et j'imagine qu'il a disparu cette nuit pour réapparaître dans un autre siècle.
+ en situation l | The fog has swallowed the village, and I'm imagining it vanished overnight to reappear in another century.
fr situation l | La salle des fêtes est vide après le départ de tout le monde ; je m'y vois seule au piano devant un public imaginaire.
+ en situation l | The village hall's empty now everyone's gone; I picture myself alone at the piano in front of an imaginary audience.
fr situation l | Pluie fine toute la journée, et je passe l'après-midi à imaginer la ville sous l'eau, avec des gondoles dans les rues.
+ en situation l | Drizzle all day, and I spend the afternoon imagining the town underwater, with gondolas in the streets.

# trap words from curiosite
fr situation l | Le documentaire sur les abysses tourne encore, mais je ne l'écoute plus : je flotte en pensée parmi les méduses.
+ en situation l | The deep-sea documentary is still on, but I've stopped listening: in my mind I'm floating among the jellyfish.
fr situation l | Au télescope, je ne cherche rien de précis, je laisse mes yeux errer et j'invente un peuple pour chaque point lumineux.
+ en situation l | At the telescope I'm not looking for anything in particular, just letting my eyes roam and inventing a people for every point of light.
fr situation n | Je lis un article de vulgarisation, mais au bout de deux lignes je décroche et je me vois marcher sur la Lune.
+ en situation n | I'm reading a popular science article, but two lines in I zone out and see myself walking on the Moon.
fr situation l | Mon fils me pose une question et je ne réponds pas, j'étais partie dans un rêve éveillé de maison flottante.
+ en situation l | My son asks me something and I don't answer, I'd drifted into a daydream about a floating house.
fr situation n | En cours de géo, au lieu de comprendre les courbes de niveau, je m'imagine en train de marcher sur ces montagnes.
+ en situation n | In geography, instead of working out the contour lines, I'm imagining myself hiking those mountains.
fr situation l | Pourquoi pas une vie de gardien de phare au Groenland ? Je m'y vois déjà, le poêle, la glace, le silence.
+ en situation l | Why not a life as a lighthouse keeper in Greenland? I can already see it, the stove, the ice, the silence.
fr situation l | Au musée, je ne lis pas les cartels ; je reste devant le tableau et j'entre dedans, dans ce port hollandais plein de voiles.
+ en situation l | At the museum I don't read the labels; I stand in front of the painting and walk into it, into that Dutch harbour full of sails.
fr typo l | jsuis cense decouvrir le nouveau logiciel mais jsuis en train de rever a une cabane en norvege
+ en typo l | im suposed to be learning the new software but im daydreaming about a cabin in norway
"""

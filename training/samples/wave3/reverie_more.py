"""reverie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Je regarde les gouttes de pluie faire la course sur la vitre du bus et je leur invente des prénoms.
+ en situation n | I'm watching raindrops race down the bus window and making up names for them.
fr situation n | Ça fait vingt minutes que je suis sur la même page de mon livre, à imaginer la vie des gens de l'immeuble d'en face.
+ en situation n | I've been on the same page of my book for twenty minutes, imagining the lives of the people in the building opposite.
fr situation n | Dans la file de la poste, je me suis mise à imaginer que chaque colis contenait une lettre d'amour.
+ en situation n | In the post office queue, I started imagining that every parcel held a love letter.
fr situation n | En réunion, je dessine des maisons sur pilotis dans la marge sans entendre un mot de ce qui se dit.
+ en situation n | In the meeting I'm drawing houses on stilts in the margin without hearing a word of what's being said.
fr situation n | La vaisselle refroidit dans l'évier pendant que je m'imagine tenir une librairie dans un phare.
+ en situation n | The washing-up is going cold in the sink while I picture myself running a bookshop in a lighthouse.
fr situation n | Sur le quai de la gare, je regarde les trains partir et je m'invente une vie pour chaque destination affichée.
+ en situation n | On the station platform I watch the trains leave and invent a life for each destination on the board.
fr situation l | La bougie vacille et je suis ses reflets au plafond depuis je ne sais combien de temps. Mets une lumière qui va avec.
+ en situation l | The candle's flickering and I've been following its reflections on the ceiling for who knows how long. Put on lights to match.
fr situation n | Mon café a refroidi : j'étais partie quelque part entre Lisbonne et une maison d'artiste qui n'existe pas.
+ en situation n | My coffee's gone cold: I'd gone off somewhere between Lisbon and an artist's house that doesn't exist.
fr situation l | Je fais des ricochets au bord de la rivière depuis une heure, et je serais incapable de dire à quoi je pensais.
+ en situation l | I've been skimming stones by the river for an hour, and I couldn't tell you what I was thinking about.
fr situation n | Le roulement du train de nuit, les lumières des villages qui défilent, et moi le front contre la vitre.
+ en situation n | The rhythm of the night train, village lights sliding past, and me with my forehead against the glass.
fr situation n | Je feuillette un catalogue d'îles grecques et je me vois déjà écrire un roman sur une terrasse blanche.
+ en situation n | I'm leafing through a Greek islands brochure and I can already see myself writing a novel on a white terrace.
fr situation l | Le linge tourne dans le hublot de la machine et je le regarde comme un aquarium.
+ en situation l | The laundry's turning in the machine window and I'm watching it like a fish tank.
fr situation n | J'ai pris le chemin le plus long pour rentrer sans savoir pourquoi, les yeux sur la lumière du soir qui glisse sur les toits.
+ en situation n | I took the long way home without knowing why, eyes on the evening light sliding over the rooftops.
fr situation n | Au bureau, je regarde un pigeon sur la corniche d'en face et j'imagine sa journée.
+ en situation n | At the office I'm watching a pigeon on the ledge opposite and imagining its day.
fr situation l | Les feuilles de l'érable tombent une à une devant la fenêtre, et j'ai mille choses dans la tête à la fois.
+ en situation l | The maple leaves are falling one by one past the window, and I've got a thousand things in my head at once.
fr situation n | Je me surprends à écrire des noms de villes inventées dans la buée de la fenêtre.
+ en situation n | I catch myself writing the names of made-up cities in the steam on the window.
fr situation n | Le brouillard a rempli la vallée ce matin, seules les cimes des arbres dépassent, comme des îles. Je reste à la fenêtre, ailleurs.
+ en situation n | Fog has filled the valley this morning, only the treetops poke out, like islands. I stay at the window, miles away.
fr situation l | J'ai mis un vieux vinyle d'ambient, je fixe le plafond et les idées vont et viennent toutes seules. Garde une lumière floue.
+ en situation l | I've put on an old ambient record, I'm staring at the ceiling and ideas come and go on their own. Keep the light hazy.
fr situation n | En plein cours de maths, j'imagine que la salle de classe part à la dérive comme un bateau.
+ en situation n | In the middle of maths, I'm imagining the classroom drifting off like a boat.
fr situation l | Le vent fait onduler le champ de blé, et pour moi c'est la mer.
+ en situation l | The wind is rippling the wheat field, and to me it's the sea.
fr situation n | Sur la plage en hiver, je fixe l'horizon en me demandant à quoi ressemble une ville inconnue, juste en face.
+ en situation n | On the beach in winter, I stare at the horizon wondering what some unknown town just across the water looks like.
fr situation n | À la caisse du supermarché, j'étais tellement ailleurs que la caissière a dû répéter le montant trois fois.
+ en situation n | At the supermarket till I was so far away the cashier had to repeat the total three times.
fr situation l | Le chat suit une mouche, moi je suis le chat, puis la lumière sur le mur, puis plus rien de précis.
+ en situation l | The cat follows a fly, I follow the cat, then the light on the wall, then nothing in particular.
fr situation n | J'ai passé l'après-midi à dessiner les plans d'une cabane dans les arbres qu'on ne construira sans doute jamais.
+ en situation n | I spent the afternoon drawing plans for a treehouse we'll probably never build.
fr situation n | Je regarde clignoter les guirlandes dans l'appartement d'en face et j'ai complètement perdu le fil de ce que je faisais.
+ en situation n | I'm watching the fairy lights blink in the flat opposite and I've completely lost track of what I was doing.
fr situation n | Ce roman de science-fiction m'a laissée dans un autre monde, je reste assise sur le lit à imaginer la suite.
+ en situation n | This sci-fi novel has left me in another world, I'm sitting on the bed imagining what happens next.
fr situation n | Dans la salle d'attente du garage, je regarde l'aquarium et je me raconte une histoire pour chaque poisson.
+ en situation n | In the garage waiting room, I'm watching the fish tank and telling myself a story for each fish.
fr situation l | Au bord du canal, les reflets des péniches ondulent sur l'eau et j'ai perdu la notion de l'heure. Lumières douces et floues, s'il te plaît.
+ en situation l | By the canal, the reflections of the barges ripple on the water and I've lost all sense of time. Soft, hazy lights, please.
fr situation l | La neige tombe à gros flocons lents sous le réverbère, je regarde sans penser à rien et à tout à la fois.
+ en situation l | Snow's falling in big slow flakes under the streetlamp, and I'm watching, thinking about nothing and everything.
fr situation n | Côté passager, le paysage défile et je compose des chansons dans ma tête.
+ en situation n | In the passenger seat, the countryside rolls by and I'm composing songs in my head.
fr situation n | J'ai ouvert un atlas au hasard et me voilà sur une île du Pacifique dont je ne sais même pas prononcer le nom.
+ en situation n | I opened an atlas at random and here I am on a Pacific island whose name I can't even pronounce.
fr situation n | En tondant la pelouse, je m'imaginais capitaine d'un grand voilier.
+ en situation n | Mowing the lawn, I was imagining I was captain of a tall ship.
fr situation l | La lune est énorme ce soir, toute orange, posée sur le toit de l'église. Je suis restée dehors longtemps, le nez en l'air.
+ en situation l | The moon is huge tonight, bright orange, sitting on the church roof. I stayed outside a long time, gazing up.
fr situation n | Je m'imagine déjà vieille, dans une maison au bord d'un fjord, avec un chien et des pulls trop grands.
+ en situation n | I'm already picturing myself old, in a house by a fjord, with a dog and oversized jumpers.
fr situation l | Les bulles de savon du petit voisin passent devant ma fenêtre et je suis chacune d'elles jusqu'à ce qu'elle éclate.
+ en situation l | The little neighbour's soap bubbles float past my window and I follow each one until it pops.
fr situation n | Pendant la visio, caméra coupée, je regarde les mésanges sur le rebord de la fenêtre au lieu d'écouter.
+ en situation n | During the video call, camera off, I'm watching the blue tits on the windowsill instead of listening.
fr situation n | J'écoute un album de jazz lent en boucle et j'invente le film dont il pourrait être la bande originale.
+ en situation n | I'm playing a slow jazz album on repeat and inventing the film it could be the soundtrack to.
fr situation n | J'ai passé la soirée à faire défiler des annonces de maisons en Écosse que je n'achèterai jamais.
+ en situation n | I spent the evening scrolling through listings for houses in Scotland I'll never buy.
fr situation n | En attendant que l'eau des pâtes bouille, je me suis demandé ce que je dirais si je rencontrais une baleine.
+ en situation n | Waiting for the pasta water to boil, I found myself wondering what I'd say if I met a whale.
fr situation l | Des cloches au loin, le soleil à travers les rideaux, et je reste là à regarder la poussière danser dans le rayon.
+ en situation l | Bells in the distance, sun through the curtains, and I'm just watching the dust dance in the beam.
fr situation l | Pendant la sieste des enfants, je gribouille des étoiles et des spirales au coin de la liste de courses.
+ en situation l | While the kids nap, I'm doodling stars and spirals in the corner of the shopping list.
fr situation n | Assise sur un banc du port, je regarde les mâts se balancer et j'écris des débuts d'histoires qui ne finissent jamais.
+ en situation n | Sitting on a bench at the harbour, I watch the masts sway and write openings of stories that never end.
fr situation n | Pendant la messe de mariage, j'ai suivi les couleurs des vitraux sur les dalles au lieu d'écouter le prêtre.
+ en situation n | During the wedding mass I followed the stained-glass colours across the floor tiles instead of listening to the priest.
fr situation l | Le vent joue dans les rideaux de la chambre, et je pense à des pays où la lumière serait toujours comme ça.
+ en situation l | The wind is playing in the bedroom curtains, and I'm thinking about countries where the light would always be like this.
fr situation n | Le tic-tac de l'horloge, le thé qui fume, et moi qui invente la vie de la dame qui habitait la maison avant nous. Une ambiance douce, s'il te plaît.
+ en situation n | The clock ticking, the tea steaming, and me inventing the life of the lady who lived in the house before us. Something soft, please.
fr situation n | Sous la douche, j'ai écrit dans ma tête tout un discours pour un prix que je ne recevrai jamais.
+ en situation n | In the shower I wrote a whole acceptance speech in my head for an award I'll never get.
# long
fr long n | J'avais une liste de choses à faire. J'ai ouvert la fenêtre pour aérer. Une heure plus tard, j'étais toujours accoudée à regarder les martinets tourner.
+ en long n | I had a to-do list. I opened the window to air the room. An hour later I was still leaning on the sill, watching the swifts wheel around.
fr long n | Le bus était presque vide. La pluie coulait sur les vitres. J'ai raté mon arrêt : j'imaginais une ville engloutie où l'on circulait en gondole.
+ en long n | The bus was almost empty. Rain was running down the windows. I missed my stop: I was imagining a sunken city where people got around by gondola.
fr long n | Je devais ranger le grenier. J'ai trouvé une vieille carte marine. Je suis restée assise sur un carton à tracer du doigt une route vers des îles imaginaires.
+ en long n | I was meant to be clearing the attic. I found an old sea chart. I sat on a box tracing a route with my finger to imaginary islands.
fr long n | Dimanche, fin d'après-midi. La lumière devient dorée sur le mur. Mes pensées sautent d'un lac norvégien à une ruelle de Kyoto sans que je décide de rien.
+ en long n | Sunday, late afternoon. The light on the wall turns golden. My thoughts hop from a Norwegian lake to a Kyoto alleyway without me deciding anything.
fr long n | La réunion s'éternise. Par la fenêtre, un cerf-volant monte au-dessus du parc. Je me suis vu accroché au bout du fil, survolant la ville. Quelqu'un m'a demandé mon avis, je n'avais rien suivi.
+ en long n | The meeting drags on. Through the window, a kite is rising over the park. I pictured myself hanging off the end of the string, flying over the town. Someone asked my opinion and I hadn't followed a thing.
fr long n | Le soir, sur la terrasse. Les grillons. Je regarde clignoter les avions très haut et je me demande qui dort à bord, et où ils se réveilleront.
+ en long n | Evening on the terrace. The crickets. I'm watching planes blink very high up and wondering who's asleep on board, and where they'll wake up.
fr long n | Marée basse, je me suis assis sur le sable. Les mouettes planaient. J'ai commencé à imaginer la maison que j'aurais là, les fenêtres, la couleur des volets. Le soleil s'est couché sans que je m'en rende compte.
+ en long n | Low tide, I sat down on the sand. The gulls were gliding. I started imagining the house I'd have there, the windows, the colour of the shutters. The sun went down without me noticing.
fr long n | Le bébé s'est endormi sur moi. Je n'ose pas bouger. Je regarde les ombres des branches sur le mur et j'invente des pays qui auraient leur forme.
+ en long n | The baby fell asleep on me. I daren't move. I'm watching the shadows of the branches on the wall and inventing countries shaped like them.
# informal french
fr situation l | ça fait une heure que je regarde par la fenêtre sans rien faire, je pense à tout et n'importe quoi
fr situation n | j'ai encore raté ma station de métro, j'étais en train de m'imaginer une maison en Bretagne lol
fr situation n | je fais des plans pour un road trip en Islande que je ferai sûrement jamais, et c'est pas grave
fr situation n | le prof m'a demandé de répéter la question, j'étais à des années-lumière
fr situation l | la musique de la pub m'a embarquée dans un film imaginaire, j'ai même pas vu ce qu'elle vendait
fr situation l | deux heures sur le pont du ferry à regarder la mer, la tête partie on sait pas où
# casual english
en situation l | been staring out the window for ages, pretty sure I just planned a whole life on a sailboat
en situation n | missed my exit again, I was busy imagining what I'd do if I owned a castle lol
en situation l | watching the lava lamp blobs and my brain has gone somewhere else entirely
en situation l | rain on the roof, cup of tea, and I'm wandering round a made-up city in my head
"""

"""detente: third wave, triads with nostalgie and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | À la laverie, assis sur le banc tiède, quarante minutes de tambour qui tourne et rien d'autre à faire.
+ en situation l | At the laundrette, sitting on the warm bench, forty minutes of spinning drum and nothing else to do.
# triad 02
fr situation l | Assise sur les marches au soleil, j'écosse les petits pois sans me presser, les épaules toutes molles.
+ en situation l | Sitting on the sunny doorstep, I shell the peas slowly, my shoulders gone all soft.
# triad 03
en situation l | Slow chairlift, skis dangling, sun on my face, legs resting before the next run.
+ fr situation l | Télésiège lent, skis dans le vide, soleil sur le visage, les jambes qui se reposent avant la prochaine descente.
# triad 04
fr situation l | Vaisselle à l'eau chaude, fenêtre ouverte, radio tout bas : mes mains se réchauffent et je ralentis enfin.
+ en situation l | Washing up in hot water, window open, radio on low: my hands warm up and I finally slow down.
# triad 05
fr situation l | La pâte lève pour deux heures sous son torchon, et moi je m'allonge sur le canapé, les bras encore chauds.
+ en situation l | The dough's rising for two hours under its tea towel, and I stretch out on the sofa, arms still warm.
# triad 06
en situation l | The needle crackles, the record spins slowly, and I'm lying on the rug with my eyes shut, heavy all over.
+ fr situation l | L'aiguille crépite, le disque tourne doucement, et je suis allongé sur le tapis, les yeux fermés, tout lourd.
# triad 07
fr situation l | Sur YouTube, dix heures de pluie en fond, l'écran posé au pied du lit, et je laisse mon corps s'enfoncer dans le matelas.
+ en situation l | On YouTube, ten hours of rain in the background, screen at the foot of the bed, and I let my body sink into the mattress.
# triad 08
fr situation l | Je berce mon fils dans le fauteuil, il s'endort, et ma respiration ralentit avec la sienne.
+ en situation l | Rocking my son in the armchair, he drifts off, and my breathing slows down with his.
# triad 09
fr situation l | En taxi la nuit sur les quais, la tête posée sur l'appui-tête, je laisse le chauffeur conduire et je ferme les yeux.
+ en situation l | In a taxi along the river at night, head back on the headrest, I let the driver drive and close my eyes.
# triad 10
en situation l | Picking blackberries slowly along the lane, sun on my back, no basket to fill, just ambling.
+ fr situation l | Je cueille des mûres tranquillement le long du chemin, le soleil dans le dos, rien à remplir, je flâne.
# triad 11
fr situation l | Après la cueillette de cèpes, je m'assois contre un chêne dans la forêt, le panier à côté, et je respire l'odeur de mousse.
+ en situation l | After picking ceps, I sit against an oak in the forest, basket beside me, breathing in the smell of moss.
# triad 12
fr situation l | Je joue des gammes lentes au piano, le soir, sans partition ni objectif, et mes mains se dénouent.
+ en situation l | Slow scales on the piano in the evening, no sheet music, no goal, and my hands loosen up.
# triad 13
en situation l | Late-night radio turned down low, sheets cool, and I'm sinking slowly into the pillow.
+ fr situation l | La radio de minuit tout bas, les draps frais, et je m'enfonce doucement dans l'oreiller.
# triad 14
fr situation l | Dans le cabanon du jardin ouvrier, sur la chaise pliante, la pluie sur la tôle, je ne fais rien du tout. Lumière douce, s'il te plaît.
+ en situation l | In the allotment shed, on the folding chair, rain on the tin roof, I'm doing nothing at all. Soft light, please.
# triad 15
en situation l | Greenhouse watered, warm damp air, I'm on the little stool among the tomato plants with my eyes half closed.
+ fr situation l | La serre est arrosée, l'air chaud et humide, je suis sur le petit tabouret entre les tomates, les yeux mi-clos.
# triad 16
fr situation l | Grain jeté aux poules, je m'assois sur le muret au soleil et je les écoute glousser sans bouger.
+ en situation l | Grain thrown to the hens, I sit on the low wall in the sun and listen to them clucking, not moving an inch.
# triad 17
fr situation l | Sur le toit de l'immeuble au coucher du soleil, allongé sur un transat, la chaleur de la journée qui s'en va.
+ en situation l | On the roof of the building at sunset, stretched out on a deckchair, the day's heat slowly leaving.
# triad 18
en situation l | End of the day's stage on the Compostela path, boots off at the hostel, lying on my bunk with my legs buzzing.
+ fr situation l | Fin d'étape sur le chemin de Compostelle, chaussures enlevées au gîte, allongé sur ma couchette, les jambes qui bourdonnent.
# triad 19
fr mixed l | Un peu courbaturé mais surtout apaisé : au refuge, soupe avalée, je m'étends dans le duvet et je ne bouge plus.
+ en mixed l | A bit stiff but mostly at peace: at the mountain hut, soup finished, I stretch out in my sleeping bag and don't move again.
# triad 20
fr situation l | Chaussures enlevées près du poêle du chalet, chaussettes en laine qui fument, les jambes agréablement lourdes, je ne bouge plus jusqu'au dîner.
+ en situation l | Boots off by the chalet stove, wool socks steaming, legs pleasantly sore, not moving till dinner.
# triad 21
fr situation l | Allongée dans un creux de la dune du Pilat, le sable chaud sous le dos, un vent léger, je somnole.
+ en situation l | Lying in a hollow of the Dune du Pilat, warm sand under my back, a light breeze, I doze.
# triad 22
fr situation l | Allongé sur un rocher plat au bord de la rivière, les pieds dans l'eau fraîche, je laisse le soleil me sécher.
+ en situation l | Lying on a flat rock by the river, feet in the cool water, I let the sun dry me off.
# triad 23
en situation l | After the long family lunch, belt loosened, I sink into the armchair with my coffee while the others chat.
+ fr situation l | Après le long repas de famille, ceinture desserrée, je m'enfonce dans le fauteuil avec mon café pendant que les autres discutent.
# triad 24
fr situation l | Le Petit Prince est fini, ma fille dort, et je reste allongé à côté d'elle dans le noir, tout mou.
+ en situation l | The Little Prince is finished, my daughter's asleep, and I stay lying beside her in the dark, completely limp.
# triad 25
fr situation l | Le train électrique tourne tout seul autour du salon, et je m'allonge sur le tapis à le regarder passer, tranquille.
+ en situation l | The toy train runs round the living room by itself, and I lie on the rug watching it go by, at ease.
# triad 26
en situation l | Binoculars in my lap in the marsh hide, wind in the reeds, I've stopped looking and I'm just breathing.
+ fr situation l | Jumelles sur les genoux dans l'observatoire du marais, le vent dans les roseaux, je ne regarde plus rien, je respire.
# triad 27
fr situation l | Je colorie un mandala sans me presser, feutres étalés, musique douce, et mes épaules redescendent.
+ en situation l | Colouring a mandala without rushing, felt tips spread out, soft music, and my shoulders come back down.
# triad 28
en typo l | massage chair at the shoping centre, 2 euros for 10 min, im melting lol dont wake me
+ fr typo l | fauteuil massant au centre commercial, 2 euros les 10 min, je fond mdr me reveillez pas
# triad 29
fr situation l | Les pieds dans une bassine d'eau chaude et de gros sel après la journée debout, je ne bouge plus de la chaise.
+ en situation l | Feet in a basin of hot salty water after a day on my feet, I'm not moving from this chair.
# triad 30
fr situation l | Les bougies du shabbat allumées, le téléphone rangé jusqu'à demain, je m'installe dans le fauteuil et tout s'arrête.
+ en situation l | The Shabbat candles lit, phone put away until tomorrow, I settle into the armchair and everything stops.
# triad 31
fr situation l | Le bureau est vide en août, pas un appel, je bois mon café les pieds sur le bureau, sans me presser.
+ en situation l | The office is empty in August, not one call, I'm drinking my coffee with my feet on the desk, no rush.
# triad 32
fr situation l | Je mange mon sandwich dans la voiture face à la mer, siège incliné, moteur coupé, une demi-heure de rien.
+ en situation l | Eating my sandwich in the car on the seafront, seat tipped back, engine off, half an hour of nothing.
# triad 33
fr situation l | Volets repeints, pinceaux dans le bocal, je m'assois sur l'escabeau au soleil, le dos contre le mur tiède.
+ en situation l | Shutters painted, brushes in the jar, I sit on the stepladder in the sun, my back against the warm wall.
# triad 34
en situation l | Nets mended, boat tied up, I sit on the quay with a coffee and let my back rest in the sun.
+ fr situation l | Filets ramendés, bateau amarré, je m'assois sur le quai avec un café et je laisse mon dos se reposer au soleil.
# triad 35
fr situation l | À marée basse, assise sur un rocher chaud, les vagues au loin, je ne pense plus à rien. Mets une ambiance qui va avec.
+ en situation l | At low tide, sitting on a warm rock, the waves far off, my mind's gone blank. Set the mood to match.
# triad 36
en situation l | Lying in the alpine meadow, cowbells ringing far off, my legs finally resting after the climb.
+ fr situation l | Allongé dans l'alpage, les cloches des vaches qui tintent au loin, mes jambes se reposent enfin après la montée.
# triad 37
fr situation l | La moisson est rentrée, je m'assois sur le marchepied de la moissonneuse au soleil couchant et je souffle.
+ en situation l | Harvest's in, I sit on the combine's step in the setting sun and catch my breath.
# triad 38
en situation l | Morning fog in the valley, coffee on the terrace wrapped in a blanket, nothing to do until noon.
+ fr situation l | Brouillard du matin dans la vallée, café sur la terrasse enroulé dans un plaid, rien à faire avant midi.
# triad 39
fr situation l | Un cornet de marrons chauds, un banc au soleil d'hiver, je mange doucement, les mains réchauffées.
+ en situation l | A paper cone of roast chestnuts, a bench in the winter sun, I eat slowly, my hands warmed up.
# triad 40
fr situation l | La péniche avance à quatre kilomètres à l'heure, et je suis allongé sur le pont, un coussin sous la tête.
+ en situation l | Drifting on the canal barge at four kilometres an hour, lying on the deck with a cushion under my head.
# triad 41
en situation l | The day after my cousin's wedding, shoes kicked off, lying on the hotel bed with the curtains drawn until noon.
+ fr situation l | Le lendemain du mariage de ma cousine, chaussures envoyées valser, allongée sur le lit de l'hôtel, rideaux tirés jusqu'à midi.
# triad 42
fr situation l | Dans le simulateur de vol, pilote automatique, je survole la mer en silence, manette posée, affalé dans le fauteuil.
+ en situation l | In the flight simulator, autopilot on, I'm flying over the sea in silence, controller down, slumped in the armchair.
# triad 43
en situation l | A black-and-white film on TV on a Sunday afternoon, volume low, dozing on the sofa under a throw. Dim the lights a little.
+ fr situation l | Un film en noir et blanc à la télé un dimanche après-midi, le son bas, je somnole sur le canapé sous un plaid. Baisse un peu la lumière.
# triad 44
fr situation l | J'écoute un livre audio, allongée dans le noir, la voix est douce et je sens mon corps s'alourdir.
+ en situation l | Listening to an audiobook, lying in the dark, the voice is gentle and I can feel my body getting heavier.
# triad 45
en situation l | The neighbour's playing the accordion softly, and I'm stretched out on the sofa, feet up, letting it lull me.
+ fr situation l | Le voisin joue doucement de l'accordéon, et je suis allongé sur le canapé, les pieds en l'air, à me laisser bercer.
# triad 46
fr situation l | Chênes plantés avec l'association, on s'assoit dans l'herbe, les mains pleines de terre, le thermos de café qui passe de main en main.
+ en situation l | Oaks planted with the volunteer group, we sit in the grass, hands covered in soil, the coffee flask going round.
# triad 47
en situation l | After the dinosaur hall, I sit in the museum garden with a lemonade, legs stretched out, in no hurry at all.
+ fr situation l | Après la galerie des dinosaures, je m'assois dans le jardin du muséum avec une limonade, les jambes allongées, sans aucune hâte.
# triad 48
fr situation l | L'économiseur d'écran fait défiler des paysages sur la télé, et je reste affalé dans le canapé sans rien allumer d'autre.
+ en situation l | The screensaver scrolls landscapes across the TV, and I stay slumped on the sofa without switching anything else on.
# triad 49
fr situation l | Dimanche, 7 h, les rues vides, je rentre lentement avec une baguette tiède et rien de prévu.
+ en situation l | Sunday, 7 a.m., empty streets, strolling slowly home with a warm baguette and not one thing planned.
# triad 50
fr situation l | Dans le bassin des thermes, l'eau chaude jusqu'aux épaules, les jets dans le dos, je me laisse flotter.
+ en situation l | In the spa pool, hot water up to my shoulders, jets on my back, I just let myself float.
# triad 51
en situation l | Rocking slowly in the chair on the veranda, a blanket over my knees, eyes half closed.
+ fr situation l | Je me balance lentement dans le fauteuil de la véranda, un plaid sur les genoux, les yeux mi-clos.
# triad 52
fr situation l | Après ma baignade à l'aube dans le lac, je m'allonge dans l'herbe de la rive et mon corps froid se réchauffe doucement.
+ en situation l | After my dawn swim in the lake, I lie in the grass on the bank and my cold body slowly warms up.
# triad 53
en situation l | He strokes my hair on the sofa, slowly, and my whole body goes loose.
+ fr situation l | Il me caresse les cheveux sur le canapé, lentement, et tout mon corps se relâche.
# triad 54
fr situation l | Le lapin nain grignote à côté de moi sur le tapis, et je reste allongé à l'écouter, le corps tout mou.
+ en situation l | The dwarf rabbit's nibbling next to me on the rug, and I stay lying there listening, my body all loose.
# triad 55
fr situation l | Sur le banc devant la maison, la canne posée à côté, je prends le soleil de onze heures sans bouger.
+ en situation l | On the bench outside the house, walking stick beside me, I soak up the eleven o'clock sun without moving.
# triad 56
en situation l | Classroom empty after the last bell, I sit on my desk, shoes off, and let the quiet settle over me.
+ fr situation l | La classe est vide après la sonnerie, je m'assois sur mon bureau, chaussures enlevées, et je laisse le calme retomber sur moi.
# triad 57
fr situation l | Le thé à la menthe fume dans le verre, je m'adosse aux coussins et je laisse la journée retomber.
+ en situation l | The mint tea steams in the glass, I lean back into the cushions and let the day fall away.
# triad 58
en situation l | Waiting in the car outside the music school, heater on, radio low, eyes closed: forty minutes just for me.
+ fr situation l | J'attends dans la voiture devant l'école de musique, chauffage allumé, radio basse, yeux fermés : quarante minutes rien que pour moi.
# triad 59
fr slang_emoji l | premier matin au gîte, volets ouverts sur la lavande ☕️🌿 personne a d'horaire, on bouge pas
+ en slang_emoji l | first morning at the cottage, shutters open on the lavender ☕️🌿 nobody's got a schedule, we're not moving
# triad 60
fr situation l | Je repasse lentement, fenêtre ouverte, musique douce, la vapeur tiède qui monte, et je ne suis pressé de rien.
+ en situation l | Ironing slowly with the window open, soft music, warm steam rising, and I'm in no hurry at all.
# triad 61
fr situation l | Sortie d'aviron terminée, le bateau rangé, je m'assois sur la cale du club au soleil, les bras engourdis.
+ en situation l | Rowing session over, boat put away, I sit on the club's slipway in the sun, my arms numb.
# triad 62
en situation l | Lying under the poplars, the wind rustling the leaves, my body heavy in the grass, eyes closed.
+ fr situation l | Allongé sous les peupliers, le vent qui fait bruisser les feuilles, le corps lourd dans l'herbe, les yeux fermés.
# triad 63
fr situation l | Table cirée, chiffon posé, je m'assois devant avec un café, le dos bien calé, et je regarde le bois briller.
+ en situation l | Table waxed, cloth put down, I sit in front of it with a coffee, back well settled, watching the wood shine.
# triad 64
en situation l | After snorkelling, I float on my back in the warm cove, arms out, ears underwater, hearing nothing.
+ fr situation l | Après le masque et tuba, je fais la planche dans la crique tiède, bras écartés, les oreilles sous l'eau, je n'entends plus rien.
# triad 65
fr situation l | Une belote au ralenti sur la terrasse, on ne compte plus les points, affalés dans les chaises longues, un verre de cidre à côté.
+ en situation l | A slow-motion game of belote on the terrace, nobody counting points any more, sprawled in deckchairs, a glass of cider beside us.
# triad 66
en situation l | The sea through the open bedroom window at night, sheets cool, and its rhythm rocks me to sleep.
+ fr situation l | La mer par la fenêtre ouverte de la chambre la nuit, les draps frais, et son rythme me berce jusqu'au sommeil.
# triad 67
fr situation l | Sortie en raquettes terminée, je m'assois sur un tronc au soleil avec un thé chaud, les jambes lourdes et contentes.
+ en situation l | Snowshoe walk done, I sit on a log in the sun with hot tea, my legs heavy and happy.
# triad 68
fr situation l | Une glace à l'italienne sur le front de mer, assis sur la digue, les jambes dans le vide, je laisse le soleil de cinq heures me chauffer sans aucune hâte.
+ en situation l | A soft-serve on the seafront, sitting on the sea wall, legs dangling, letting the five o'clock sun warm me, in no hurry at all.
# triad 69
en situation l | Apples picked, crates full, I lie down in the orchard grass with one in my hand, not even hungry, just resting.
+ fr situation l | Pommes cueillies, cagettes pleines, je m'allonge dans l'herbe du verger une pomme à la main, sans faim, juste pour me reposer.
# triad 70
fr situation l | Pendant la sieste à la crèche, la salle est dans la pénombre, je m'assois sur un petit coussin et je souffle enfin.
+ en situation l | During nap time at the nursery, the room's in half-light, I sit on a little cushion and finally get my breath back.
# triad 71
en situation l | My partner's driving, and I'm curled up on the back seat under my jacket, half asleep, completely loose.
+ fr situation l | C'est mon compagnon qui conduit, et moi je suis roulée en boule sur la banquette arrière sous ma veste, à moitié endormie, toute détendue.
# triad 72
fr situation l | Premier soleil de mars sur le balcon, je ferme les yeux, le visage au chaud, et je ne bouge plus pendant une heure.
+ en situation l | First March sunshine on the balcony, I close my eyes, face in the warmth, and don't move for an hour.
# triad 73
fr situation l | Je mouds le café à la main, sans me presser, la cuisine encore dans la pénombre, et je savoure ce calme du matin.
+ en situation l | Grinding the coffee by hand, no hurry, the kitchen still half dark, savouring the calm of the morning.
# triad 74
fr situation l | Le troupeau est monté à l'estive, le chemin a retrouvé son calme, et je suis assis sur le muret au soleil, sans rien faire.
+ en situation l | The flock has gone up to the summer pastures, the path's quiet again, and I'm sitting on the wall in the sun doing nothing.
# triad 75
fr situation l | Je tourne le risotto tout doucement, verre de vin à côté, musique basse, et la journée s'évapore avec le bouillon.
+ en situation l | Stirring the risotto slowly, a glass of wine beside me, music low, and the day evaporates with the stock.
# triad 76
en situation l | On the bench facing the big tank at the La Rochelle aquarium, blue light, slow fish, and I've sat here for half an hour.
+ fr situation l | Sur le banc face au grand bassin de l'aquarium de La Rochelle, lumière bleue, poissons lents, et je suis assis là depuis une demi-heure.
# triad 77
fr situation l | Le soir sur le balcon de l'hôtel à Naxos, pieds nus sur la pierre tiède, l'air doux, personne à rappeler.
+ en situation l | Evening on the hotel balcony in Naxos, bare feet on the warm stone, soft air, nobody to call back.
# triad 78
en situation l | Weeding the borders slowly on my kneeling pad, no rush, the sun on my neck and my mind completely quiet.
+ fr situation l | Je désherbe les bordures tranquillement, à genoux sur mon coussin, sans me presser, le soleil sur la nuque et la tête au calme.
# triad 79
fr situation l | Le ronron régulier de la machine à coudre, un ourlet tout simple, et mon souffle se cale sur le rythme de l'aiguille.
+ en situation l | The steady whirr of the sewing machine, a simple hem, and my breathing settles into the rhythm of the needle.
# triad 80
fr situation l | Récolte des olives finie, on déjeune à l'ombre d'un olivier, allongés sur les filets, le corps lourd et chaud.
+ en situation l | Olive harvest done, we eat lunch in the shade of an olive tree, lying on the nets, bodies heavy and warm.
"""

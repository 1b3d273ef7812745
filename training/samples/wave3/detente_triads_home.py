"""detente: third wave, triads with colere and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | Linge étendu sur le balcon, je m'assois entre les draps qui sèchent avec un thé, et je regarde le ciel sans bouger.
+ en situation l | Washing hung out on the balcony, I sit between the drying sheets with a cup of tea and watch the sky without moving.

# triad 02
fr situation l | Le lendemain de la fête des voisins, la cour est vide et propre, je m'assois sur le banc avec un café et je profite du silence.
+ en situation l | The morning after the neighbours' party, the courtyard is empty and tidy; I sit on the bench with a coffee and enjoy the quiet.

# triad 03
en situation l | Christmas decorations up, boxes back in the loft, I sink into the armchair with a herbal tea, the fairy lights the only glow in the room.
+ fr situation l | Décorations de Noël installées, cartons remontés au grenier, je m'enfonce dans le fauteuil avec une infusion, la guirlande pour seule lumière.

# triad 04
fr situation l | Le chien du voisin ronfle au soleil contre le grillage, et je fais pareil dans mon transat, de l'autre côté.
+ en situation l | The neighbour's dog is snoring in the sun against the fence, and I'm doing the same in my deckchair on the other side.

# triad 05
fr situation l | Retour de vacances, les plantes sont arrosées, les valises posées dans l'entrée, et je m'allonge sur le tapis du salon sans rien défaire.
+ en situation l | Back from holiday, the plants watered, the suitcases dumped in the hall, I lie down on the living-room rug and unpack nothing.

# triad 06
en situation l | Watering done at the community garden, I sit on an upturned crate in the shade of the fig tree and watch the bees.
+ fr situation l | Arrosage fini au jardin partagé, je m'assois sur une caisse retournée à l'ombre du figuier et je regarde les abeilles.

# triad 07
fr situation l | Barbecue éteint, braises qui rougeoient encore, je reste dans la chaise longue, le ventre plein, à regarder le ciel s'assombrir. Lumière douce, s'il te plaît.
+ en situation l | Barbecue out, embers still glowing, I stay in the lounger with a full belly, watching the sky darken. Soft light, please.

# triad 08
fr situation l | Les colocs sont sortis, j'ai la salle de bain pour la soirée : bain moussant, une bougie, et je reste dans l'eau jusqu'à ce qu'elle tiédisse.
+ en situation l | The flatmates are out, I've got the bathroom for the evening: bubble bath, one candle, and I stay in until the water goes lukewarm.

# triad 09
en situation l | Heating on, thick socks, I sink into the beanbag in the living room with a comic book and zero desire to move.
+ fr situation l | Chauffage allumé, grosses chaussettes, je m'enfonce dans le pouf du salon avec une BD et aucune envie de bouger.

# triad 10
fr situation l | Comptes de la coloc réglés, tout le monde est à zéro, je ferme l'appli et je m'allonge sur mon lit, l'esprit vide.
+ en situation l | Flat accounts settled, everyone's square, I close the app and stretch out on my bed, mind blank.

# triad 11
fr situation l | Ménage de la semaine fait, le parquet sent le savon noir, je m'étends sur le canapé propre et je ferme les yeux.
+ en situation l | This week's cleaning done, the floor smells of black soap, I stretch out on the clean sofa and close my eyes.

# triad 12
en situation l | Wifi switched off for the evening, I settle into the balcony hammock with a novel and a cup of tea.
+ fr situation l | Wifi coupé pour la soirée, je m'installe dans le hamac du balcon avec un roman et une tasse de thé.

# triad 13
fr situation l | Linge plié, panier vide, je m'allonge sur mon lit qui sent la lessive et je laisse filer l'après-midi.
+ en situation l | Laundry folded, basket empty, I lie down on my bed that smells of washing powder and let the afternoon slip by.

# triad 14
fr situation l | Aucun réveil ce samedi, mon mari a emmené les enfants au marché, et je traîne au lit dans la maison silencieuse.
+ en situation l | No alarm this Saturday, my husband took the kids to the market, and I'm lazing in bed in the silent house.

# triad 15
en situation l | Final episode over, credits rolling, I stay curled up against my boyfriend without switching off, heavy and content.
+ fr situation l | Dernier épisode fini, le générique défile, et je reste blottie contre mon copain sans éteindre, toute lourde et bien.

# triad 16
fr situation l | Ma femme prend le volant pour le retour, je recule le siège passager, j'allonge les jambes et je laisse défiler la campagne, sans rien à faire.
+ en situation l | My wife takes the wheel for the drive home; I push the passenger seat back, stretch my legs and let the countryside roll by, nothing to do.

# triad 17
fr situation l | Ma belle-mère est repartie, la maison retrouve son calme, je m'assois dans la cuisine avec un thé et je souffle.
+ en situation l | My mother-in-law has gone home, the house is quiet again, and I sit in the kitchen with a tea and breathe out.

# triad 18
en situation l | Free Saturday, no dinner plans, my husband and I are each reading in our own corner of the sofa. Something gentle, please.
+ fr situation l | Samedi libre, aucun dîner de prévu, mon mari et moi lisons chacun dans notre coin du canapé. Mets quelque chose de doux.

# triad 19
fr situation l | Couette épaisse, mon copain qui respire doucement à côté, la pluie sur le velux, et je m'endors sans y penser.
+ en situation l | Thick duvet, my boyfriend breathing softly beside me, rain on the skylight, and I drift off without trying.

# triad 20
fr situation l | Les enfants déposés à l'école, je rentre à pied par le parc, sans me presser, le soleil sur le visage.
+ en situation l | Kids dropped off at school, I walk home through the park, in no hurry, the sun on my face.

# triad 21
en situation l | Homework signed, school bag packed, I sit at the kitchen table with a herbal tea while the house sleeps.
+ fr situation l | Devoirs signés, cartable bouclé, je m'assois à la table de la cuisine avec une tisane, la maison endormie.

# triad 22
fr situation l | L'anniversaire est fini, les ballons traînent partout, les enfants dorment, et je m'allonge dans l'herbe avec un reste de gâteau.
+ en situation l | The party's over, balloons everywhere, the kids asleep, and I stretch out on the grass with a leftover slice of cake.

# triad 23
fr situation l | La chambre des enfants est enfin rangée, je m'assois sur le petit lit, la veilleuse allumée, et je reste là dans le calme.
+ en situation l | The kids' room is finally tidy; I sit on the little bed with the night light on and just stay there in the calm.

# triad 24
en situation l | Console off, kids in bed, I put on a documentary about whales and sink into the sofa. Dim the lights a little.
+ fr situation l | Console éteinte, enfants couchés, je lance un documentaire sur les baleines et je m'enfonce dans le canapé. Baisse un peu la lumière.

# triad 25
fr situation l | La petite dort après son bain, la salle de bain sent le savon doux, et je m'allonge sur le lit, toute molle.
+ en situation l | The little one's asleep after her bath, the bathroom smells of gentle soap, and I lie down on the bed, all floppy.

# triad 26
fr situation l | Vieux pull tout doux, chaussettes en laine, je me cale dans le fauteuil près de la fenêtre et je regarde tomber la pluie.
+ en situation l | Soft old jumper, woolly socks, I curl up in the armchair by the window and watch the rain come down.

# triad 27
en situation l | The baby is napping, the monitor is silent, and I lie down on the sofa and close my eyes too.
+ fr situation l | Le bébé fait sa sieste, l'écoute-bébé est silencieux, et je m'allonge sur le canapé pour fermer les yeux à mon tour.

# triad 28
fr situation l | Le robot aspirateur tourne tout seul dans le salon, et moi je suis allongée sur le lit, les pieds en l'air, à ne rien faire.
+ en situation l | The robot hoover is doing its rounds in the living room while I lie on the bed, feet up, doing nothing.

# triad 29
fr situation l | Vitres lavées, chiffons rangés, je m'assois dans la lumière du salon avec un café et je ne fais plus rien.
+ en situation l | Windows done, cloths put away, I sit in the sunny living room with a coffee and do nothing more.

# triad 30
en situation l | Bins out, dishes done, the whole house asleep, I sit on the front step in the mild night air.
+ fr situation l | Poubelles sorties, vaisselle faite, toute la maison dort, et je m'assois sur le perron dans la nuit douce.

# triad 31
fr situation l | Congélateur dégivré, cuisine propre, je m'affale sur une chaise avec une glace à l'eau et je laisse la fatigue descendre.
+ en situation l | Freezer defrosted, kitchen clean, I flop onto a chair with an ice lolly and let the tiredness drain away.

# triad 32
fr situation l | Dressing trié, trois sacs prêts pour la friperie, je m'allonge sur le lit à côté de la pile et je ne bouge plus.
+ en situation l | Wardrobe sorted, three bags ready for the charity shop, I lie down on the bed next to the pile and don't move.

# triad 33
en situation l | Gratin in the oven for forty minutes, I sit by the warm oven with a glass of wine and do absolutely nothing.
+ fr situation l | Gratin au four pour quarante minutes, je m'assois près du four tiède avec un verre de vin et je ne fais absolument rien.

# triad 34
fr situation l | Dans le 38, assise au fond près de la fenêtre, je regarde passer les façades et je laisse le trajet me bercer.
+ en situation l | On the 38, sitting at the back by the window, I watch the buildings go by and let the ride rock me.

# triad 35
fr situation l | Retour du boulot à vélo par les petites rues, je roule au pas, sans regarder l'heure, et mes épaules redescendent.
+ en situation l | Cycling home from work through the back streets at a crawl, not checking the time, my shoulders finally dropping.

# triad 36
en situation l | Traffic jam on the ring road, but nothing's urgent tonight: soft radio, seat pushed back, I just breathe.
+ fr situation l | Bouchon sur le périphérique, mais rien ne presse ce soir : radio douce, siège reculé, je respire.

# triad 37
fr situation l | Métro de vingt-deux heures presque vide, je m'assois au bout du wagon, la tête contre la paroi, et je ferme les yeux jusqu'au terminus.
+ en situation l | The 10 p.m. metro is almost empty; I sit at the end of the carriage, head against the wall, eyes closed until the last stop.

# triad 38
fr situation l | Covoiturage sans bavardage, musique douce, je suis à l'arrière avec mon écharpe en oreiller, bien au chaud.
+ en situation l | A car share with no small talk, soft music, I'm in the back with my scarf for a pillow, nice and warm.

# triad 39
en situation l | Saturday morning regional train, carriage nearly empty, I watch the fields go by with my coffee on the fold-down table.
+ fr situation l | TER du samedi matin, wagon presque vide, je regarde défiler les champs, mon café posé sur la tablette.

# triad 40
fr situation l | Je rentre à pied du travail par le long trottoir des quais, le soir tombe, je marche lentement, sans écouteurs et sans hâte.
+ en situation l | I walk home from work along the riverside pavement as evening falls, slowly, no headphones, no rush.

# triad 41
fr situation l | Retour de la quincaillerie, les sacs posés sur l'établi, je m'assois dans le garage ouvert avec un café et je regarde tomber la pluie.
+ en situation l | Back from the hardware shop, bags on the workbench, I sit in the open garage with a coffee and watch the rain.

# triad 42
en situation l | Bouquet in the vase, the room smelling lovely, I sink into the armchair and don't move for an hour.
+ fr situation l | Bouquet dans le vase, la pièce qui sent bon, je m'enfonce dans le fauteuil et je ne bouge plus pendant une heure.

# triad 43
fr situation l | Médicament pris, tisane chaude, je m'allonge sous la couette pendant que la fièvre baisse, et je laisse la journée passer.
+ en situation l | Medicine taken, hot herbal tea, I lie under the duvet as the fever goes down and let the day go by.

# triad 44
en situation l | Toast with salted butter, hot coffee, I have breakfast slowly in my pyjamas by the window.
+ fr situation l | Tartines grillées au beurre salé, café chaud, je petit-déjeune lentement en pyjama près de la fenêtre.

# triad 45
fr situation l | Pizza livrée, plaid, vieille comédie à la télé, et je ne bouge plus du canapé de la soirée. Lumière douce, s'il te plaît.
+ en situation l | Pizza delivered, blanket, an old comedy on TV, and I'm not moving off the sofa all evening. Soft lighting, please.

# triad 46
en situation l | Leak fixed, no more dripping, I lie back in the bath and the silence is perfect.
+ fr situation l | Fuite réparée, plus de goutte-à-goutte, je m'allonge dans le bain et le silence est parfait.

# triad 47
fr slang_emoji l | box en maintenance ce soir, tant mieux 😌🕯️ bougies, bouquin, canap, rien d'autre
+ en slang_emoji l | internet down for maintenance tonight, good 😌🕯️ candles, book, sofa, nothing else

# triad 48
fr situation l | Colis posté, plus rien à faire de la journée, je m'assois au café en face de La Poste et je regarde la place sans me presser.
+ en situation l | Parcel posted, nothing left to do today, I sit in the café opposite the post office and watch the square, in no hurry.

# triad 49
en situation l | Empty waiting room at the GP's, comfy chair, I close my eyes while I wait my turn, in no hurry at all.
+ fr situation l | Salle d'attente vide chez le médecin, fauteuil confortable, je ferme les yeux en attendant mon tour, sans aucune hâte.

# triad 50
fr situation l | Retour de la déchetterie, le garage est enfin vide, je m'assois au milieu sur une chaise pliante avec une bière fraîche.
+ en situation l | Back from the tip, the garage finally empty, I sit in the middle of it on a folding chair with a cold beer.

# triad 51
en situation l | Dad's home help is with him this morning, so I've got two hours to myself: I lie in the garden with my eyes closed.
+ fr situation l | L'aide à domicile est avec papa ce matin, alors j'ai deux heures à moi : je m'allonge dans le jardin, les yeux fermés.

# triad 52
fr situation l | La chaudière repart, les radiateurs tiédissent, je me blottis sous le plaid et je ne fais plus rien de la soirée.
+ en situation l | The boiler's back on, the radiators are warming up, I curl up under the blanket and do nothing more all evening.

# triad 53
en situation l | Power cut this evening, no screens, just one candle, and I lie on the sofa listening to the rain.
+ fr situation l | Panne de courant ce soir, pas d'écran, juste une bougie, et je m'allonge sur le canapé à écouter la pluie.

# triad 54
fr situation l | Chambre repeinte, fenêtre grande ouverte, je m'assois par terre, dos au mur, les bras lourds, et je ne fais plus rien pendant une heure.
+ en situation l | Bedroom painted, window wide open, I sit on the floor with my back to the wall, arms heavy, and do nothing at all for an hour.

# triad 55
en situation l | Long hot shower after work, then bathrobe, bare feet, and I collapse onto the bed.
+ fr situation l | Longue douche chaude après le boulot, puis peignoir, pieds nus, et je m'écroule sur le lit.

# triad 56
fr situation l | Lunettes posées, livre refermé, je m'allonge dans le fauteuil inclinable et je laisse mes yeux se reposer.
+ en situation l | Glasses off, book closed, I lean back in the recliner and let my eyes rest.

# triad 57
fr situation l | Draps en flanelle, bouillotte aux pieds, et je me glisse au lit à vingt et une heures sans aucun remords. Lumière tamisée, s'il te plaît.
+ en situation l | Flannel sheets, hot-water bottle at my feet, and I slip into bed at nine o'clock without a shred of guilt. Low lights, please.

# triad 58
en situation l | At the playground the kids are busy on the roundabout, and I'm on the bench in the shade of the plane tree, lukewarm coffee in hand, legs stretched out.
+ fr situation l | Au square, les enfants s'occupent sur le tourniquet, et moi je suis sur le banc à l'ombre du platane, un café tiède à la main, les jambes allongées.

# triad 59
fr situation l | Avec un livre pris dans la boîte à livres, je m'installe sur le banc d'à côté et je lis au soleil jusqu'au soir.
+ en situation l | With a book from the book box, I settle on the bench next to it and read in the sun until evening.

# triad 60
en situation l | Presents opened, wrapping paper gathered up, I sit by the fire with a clementine and don't move.
+ fr situation l | Cadeaux ouverts, papiers ramassés, je m'assois près de la cheminée avec une clémentine et je ne bouge plus.

# triad 61
fr situation l | AG de copro terminée, rien de grave, je remonte chez moi, je m'allonge, et la soirée est enfin à moi.
+ en situation l | Residents' meeting over, nothing serious, I go back up to my flat, lie down, and the evening is finally mine.

# triad 62
en situation l | Last video call done, I shut the laptop, lie down on the study rug and let the quiet come back.
+ fr situation l | Dernière visio finie, je ferme l'ordi, je m'allonge sur le tapis du bureau et je laisse revenir le silence.

# triad 63
fr mixed l | Un peu essoufflée après les six étages, mais surtout bien posée maintenant : courses rangées, fauteuil, grand verre d'eau fraîche.
+ en mixed l | A bit out of breath after six flights, but mostly settled now: shopping put away, armchair, big glass of cold water.

# triad 64
fr situation l | Retour de promenade, le chien s'écroule sur son coussin et moi sur le canapé, tous les deux fourbus et bien.
+ en situation l | Back from the walk, the dog flops onto his cushion and I flop onto the sofa, both worn out and content.

# triad 65
en situation l | The roadworks stop at five, and suddenly there's silence: I sit out on the balcony and just breathe.
+ fr situation l | Le chantier de la rue s'arrête à dix-sept heures, et d'un coup le silence : je m'assois sur le balcon et je respire.

# triad 66
fr situation l | Téléphone en silencieux jusqu'à demain, aucun appel, aucun message : je bois ma tisane sur la terrasse dans la pénombre.
+ en situation l | Phone on silent until tomorrow, no calls, no messages: I drink my herbal tea on the terrace as it gets dark.

# triad 67
en situation l | Window open, a blackbird singing on the aerial, I stay in bed listening to it, in no hurry to get up.
+ fr situation l | Fenêtre ouverte, un merle qui chante sur l'antenne, je reste au lit à l'écouter, sans aucune hâte de me lever.

# triad 68
fr situation l | Déjeuner du dimanche fini, les autres jouent aux cartes, et moi je somnole dans le transat à l'ombre du tilleul.
+ en situation l | Sunday lunch over, the others are playing cards, and I'm dozing in the deckchair in the shade of the lime tree.

# triad 69
en situation l | Car boot sale over, everything sold, I sit on the empty cool box in the shade with a lemonade.
+ fr situation l | Vide-grenier terminé, tout est vendu, je m'assois sur la glacière vide à l'ombre avec une limonade.

# triad 70
fr situation l | Courses faites en drive, ni queue ni bruit, et j'ai toute la matinée pour traîner en peignoir.
+ en situation l | Groceries done by click-and-collect, no queue, no noise, and I've got the whole morning to lounge in my dressing gown.

# triad 71
en situation l | Home, door locked, keys on the hook, shoes off, I lie down on the sofa and the day ends right there.
+ fr situation l | Rentrée, porte fermée à clé, clés au crochet, chaussures enlevées, je m'allonge sur le canapé et la journée s'arrête là.

# triad 72
fr typo l | le bar den bas a enfin fermé, la rue est calme, fenetre entrouverte et je m'endors tranquil
+ en typo l | the bar downstairs finaly closed, street is quiet, window ajar and im drifting off nice and calm

# triad 73
en situation l | A vanilla ice cream on the front steps, the estate drowsing in the heat, and not a single thing to do.
+ fr situation l | Une glace à la vanille sur les marches de la maison, le lotissement qui somnole dans la chaleur, et rien du tout à faire.

# triad 74
fr situation l | Dîner entre amis fini, tout le monde est rentré, et je reste affalée sur le canapé avec le dernier verre, les jambes sur l'accoudoir.
+ en situation l | Dinner with friends over, everyone gone home, and I stay sprawled on the sofa with the last glass, legs over the armrest.

# triad 75
fr situation l | Maison propre en rentrant, ça sent le citron, je m'allonge sur le lit fait, les bras en croix.
+ en situation l | Clean house when I get home, smelling of lemon; I lie down on the made bed, arms flung wide.

# triad 76
en situation l | Novel finished in bed, I close the book and stay lying there in the soft lamplight, perfectly still.
+ fr situation l | Roman terminé au lit, je referme le livre et je reste allongée sous la lampe douce, sans bouger.

# triad 77
fr situation l | Les enfants sont au foot pour deux heures, je m'assois sur le banc le plus loin du terrain, au soleil, avec un thermos, et je ne regarde même pas le match.
+ en situation l | The kids are at football for two hours; I sit on the bench furthest from the pitch, in the sun, with a flask, not even watching the match.

# triad 78
fr situation l | Les enfants chez mes parents pour l'après-midi, je fais une longue sieste, volets mi-clos, sans mettre de réveil.
+ en situation l | Kids at my parents' for the afternoon, I take a long nap, shutters half closed, no alarm set.

# triad 79
fr situation l | La petite piscine vidée et rangée, je m'allonge sur le transat dans l'herbe encore humide, un chapeau sur le nez, et je somnole.
+ en situation l | Paddling pool emptied and put away, I stretch out on the lounger on the still-damp grass, hat over my face, and doze.

# triad 80
en situation l | Dishwasher on, kitchen tidy, I stretch out on the sofa with its steady hum in the background and do nothing.
+ fr situation l | Lave-vaisselle lancé, cuisine rangée, je m'allonge sur le canapé avec son ronron régulier en fond, et je ne fais plus rien.
"""

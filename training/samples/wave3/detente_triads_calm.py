"""detente: third wave, triads with reverie and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Dimanche, la pluie tape sur les vitres, plaid sur les genoux, je ne bouge plus du canapé jusqu'au soir.
+ en situation n | Sunday, rain drumming on the windows, blanket over my knees, and I'm not leaving the sofa till evening.
# triad 02
fr situation n | Café en terrasse, aucun rendez-vous avant midi, je ferme les yeux au soleil et je respire lentement.
+ en situation n | Coffee on a terrace, no appointments before noon, eyes closed in the sun, breathing slowly.
# triad 03
en situation n | The train's quiet, my seat reclines and there are no calls to take for three hours, so I just sink in.
+ fr situation n | Le train est silencieux, mon siège s'incline, aucun appel à passer pendant trois heures : je m'enfonce.
# triad 04
fr situation n | Bain chaud, sels à la lavande, téléphone dans l'autre pièce : vingt minutes sans penser à rien.
+ en situation n | Hot bath, lavender salts, phone in the other room: twenty minutes of thinking about nothing.
# triad 05
fr situation n | Pause déjeuner dans le parc derrière le bureau, chaussures enlevées, pieds dans l'herbe, une heure rien qu'à moi.
+ en situation n | Lunch break in the park behind the office, shoes off, feet in the grass, an hour all to myself.
# triad 06
en situation n | Slow evening walk with the old dog, no rush, just the two of us and the crickets.
+ fr situation n | Petite promenade du soir avec le vieux chien, sans se presser, juste nous deux et les grillons.
# triad 07
fr situation n | Le cours d'histoire est annulé, je passe les deux heures allongé sur la pelouse du lycée, tranquille.
+ en situation n | History class is cancelled, so I spend the two hours lying on the school lawn, taking it easy.
# triad 08
fr situation n | Le jardin est arrosé, je m'assois sur le banc avec un verre d'eau fraîche et je ne fais plus rien.
+ en situation n | The garden's watered, I sit on the bench with a glass of cool water and do nothing at all.
# triad 09
en situation n | Headphones on, soft piano, lying on my bedroom floor with the lights low. Nothing else needed.
+ fr situation n | Casque sur les oreilles, piano doux, allongé par terre dans ma chambre, lumière basse. Rien d'autre.
# triad 10
fr situation n | Toutes les factures sont payées, les papiers rangés, ce soir je m'étire sur le canapé sans rien à faire.
+ en situation n | All the bills are paid, the paperwork filed, and tonight I'm stretched out on the sofa with nothing to do.
# triad 11
fr situation n | Après la séance de kiné et le massage, je sors le dos dénoué et je rentre tout doucement à pied.
+ en situation n | After physio and the massage, I come out with my back all loosened and stroll home slowly.
# triad 12
en situation n | With the neighbours away for the weekend, the building's silent and I'm stretched out enjoying the quiet.
+ fr situation n | Les voisins sont partis pour le week-end, l'immeuble est silencieux et je m'étale en savourant le calme.
# triad 13
fr situation n | Après mes longueurs, je m'allonge sur un transat au bord de la piscine, les muscles lourds et chauds.
+ en situation n | After my lengths, I lie down on a lounger by the pool, muscles heavy and warm.
# triad 14
fr situation n | Les enfants dorment enfin, la maison est silencieuse, je m'assois avec une tisane et je souffle.
+ en situation n | The kids are finally asleep, the house is quiet, and I sit down with a herbal tea and breathe out.
# triad 15
en situation n | Snow outside, heating on, nowhere to be today, so I'm staying under the duvet.
+ fr situation n | De la neige dehors, le chauffage allumé, nulle part où aller aujourd'hui : je reste sous la couette.
# triad 16
fr situation n | Téléphone éteint pour le week-end, pas une notification, juste le bruit de la bouilloire et un livre.
+ en situation n | Phone switched off for the weekend, not one notification, just the kettle and a book.
# triad 17
fr situation n | La soupe mijote à feu doux pour une heure, je m'assois les pieds sur une chaise et je ne fais rien.
+ en situation n | The soup's simmering for an hour, so I sit with my feet up on a chair and do nothing.
# triad 18
en situation n | Long empty country road, cruise control on, windows down, soft music, and my shoulders finally drop.
+ fr situation n | Longue route de campagne déserte, régulateur enclenché, vitres baissées, musique douce, mes épaules se relâchent enfin.
# triad 19
fr situation n | Serviette sur le sable, chapeau sur le visage, le bruit des vagues, et je ne compte plus les heures.
+ en situation n | Towel on the sand, hat over my face, the sound of the waves, and I've stopped counting the hours.
# triad 20
fr situation n | J'ai coupé la radio et les infos, j'écoute juste la pluie en buvant mon thé au lit.
+ en situation n | I've switched off the radio and the news, and I'm just listening to the rain, drinking tea in bed.
# triad 21
fr situation n | Le chat ronronne sur mes genoux, la lampe est basse, et je n'ai aucune envie de me lever.
+ en situation n | The cat's purring on my lap, the lamp is low, and I have no wish whatsoever to get up.
# triad 22
en situation n | Checked in early, bags gone, I've found a quiet armchair at the gate and I'm just resting.
+ fr situation n | Enregistré en avance, bagages partis, j'ai trouvé un fauteuil tranquille près de la porte d'embarquement et je me repose.
# triad 23
fr situation n | Amphi vide entre deux cours, je m'allonge sur trois sièges avec ma veste en guise d'oreiller.
+ en situation n | Empty lecture hall between classes, I stretch out across three seats with my jacket for a pillow.
# triad 24
fr situation n | Marché du samedi sans liste ni horaire, je flâne entre les étals, le panier au bras.
+ en situation n | Saturday market with no list and no schedule, I wander between the stalls with my basket on my arm.
# triad 25
en situation n | Playing a slow farming game in bed, watering virtual carrots, nothing at stake, lights low.
+ fr situation n | Je joue à un petit jeu de ferme au lit, j'arrose des carottes virtuelles, aucun enjeu, lumière basse.
# triad 26
fr situation n | Chez mamie, sieste dans la chambre du fond, les volets mi-clos et l'horloge qui fait tic-tac.
+ en situation n | At Grandma's, a nap in the back bedroom, shutters half closed and the clock ticking.
# triad 27
fr situation n | Je tricote rang après rang, la bouilloire chante, et mes épaules se posent enfin.
+ en situation n | I knit row after row, the kettle sings, and my shoulders finally settle.
# triad 28
en situation n | Last bus home, nearly empty, warm seat, I lean my head back and doze a little, no hurry at all.
+ fr situation n | Dernier bus, presque vide, siège chaud, je pose la tête en arrière et je somnole un peu, sans me presser.
# triad 29
fr situation n | Concert de musique de chambre, fauteuil en velours, je ferme les yeux et le violoncelle me berce.
+ en situation n | Chamber music concert, velvet seat, I close my eyes and the cello rocks me gently.
# triad 30
fr mixed n | Un peu fatiguée mais surtout bien : bibliothèque silencieuse, fauteuil profond, roman léger, aucune obligation.
+ en mixed n | A bit tired but mostly fine: quiet library, deep armchair, light novel, no obligations.
# triad 31
en situation n | After the hike we sat by the mountain lake, boots off, feet in the cold water, not talking.
+ fr situation n | Après la rando, on s'est assis au bord du lac de montagne, chaussures enlevées, pieds dans l'eau froide, sans parler.
# triad 32
fr situation n | Chez le coiffeur, shampoing avec massage du crâne, je fonds littéralement dans le fauteuil.
+ en situation n | At the hairdresser's, shampoo with a scalp massage, and I'm literally melting into the chair.
# triad 33
fr slang_emoji n | lessive étendue, ménage fini, jme pose sur le balcon avec un thé glacé 😌🍃 rien d'autre au programme
+ en slang_emoji n | washing hung out, cleaning done, chilling on the balcony with an iced tea 😌🍃 nothing else planned
# triad 34
fr situation n | La réunion de quinze heures est annulée : porte fermée, je m'étire et je bois mon thé sans me presser.
+ en situation n | The three o'clock meeting is cancelled: door shut, I stretch and drink my tea without rushing.
# triad 35
en situation n | Boxes all unpacked, first evening in the new flat, and I'm lying on the rug listening to the silence.
+ fr situation n | Cartons tous vidés, premier soir dans le nouvel appart, je suis allongé sur le tapis à écouter le silence.
# triad 36
fr situation n | Au bord de l'étang, la ligne à l'eau, je me moque que ça morde, je profite juste du silence.
+ en situation n | By the pond with my line in the water, I don't care if anything bites, I'm just enjoying the silence.
# triad 37
fr situation n | Sorti de l'hôpital hier, aujourd'hui je somnole au soleil sur le transat, plus rien ne me fait mal.
+ en situation n | Out of hospital yesterday, and today I'm dozing in the sun on the lounger, nothing hurts any more.
# triad 38
en typo n | sunday morning no alarm, warm croisant and coffe in bed, not moving for hours
+ fr typo n | dimanche matin pas de reveil, croissant chaud et cafe au lit, je bouge plus pendant des heures
# triad 39
fr situation n | Après ma matinée de bénévolat aux Restos du cœur, je m'allonge sur un banc au soleil, les jambes lourdes.
+ en situation n | After my morning volunteering at the food bank, I stretch out on a bench in the sun, legs heavy.
# triad 40
fr situation n | L'orage est passé, l'air sent la terre mouillée, et je reste assise sous l'auvent à respirer.
+ en situation n | The storm has passed, the air smells of wet earth, and I stay sitting under the awning, just breathing.
# triad 41
fr situation n | Fin du cours de yoga, allongée sur le tapis en posture du cadavre, le corps lourd et immobile.
+ en situation n | End of yoga class, lying on the mat in corpse pose, body heavy and still.
# triad 42
en situation n | Weekday matinee, nearly empty cinema, reclining seat and a gentle film. I've kicked my shoes off.
+ fr situation n | Séance de l'après-midi en semaine, salle presque vide, siège inclinable, film tout doux. J'ai enlevé mes chaussures.
# triad 43
fr situation n | Dossier de passeport déposé à la mairie, plus rien à faire, je m'offre une longue pause sur le banc de la place.
+ en situation n | Passport forms handed in at the town hall, nothing left to do, so I sit a long while on the square bench.
# triad 44
fr situation n | Tente montée, réchaud éteint, je m'allonge dans l'herbe près du ruisseau et je n'entends plus que l'eau.
+ en situation n | Tent up, stove off, I lie in the grass by the stream and all I can hear is the water.
# triad 45
en situation n | Easy bike ride along the canal, no watch, no target, just pedalling slowly in the sunshine.
+ fr situation n | Balade tranquille à vélo le long du canal, pas de montre, pas d'objectif, je pédale doucement au soleil.
# triad 46
fr situation n | Enceinte de sept mois, je m'allonge sur le côté avec le coussin de grossesse et tout mon dos se relâche.
+ en situation n | Seven months pregnant, I lie on my side with the pregnancy pillow and my whole back lets go.
# triad 47
fr situation n | La traite est finie, je m'assois sur une botte de paille avec mon café et je souffle enfin.
+ en situation n | Milking's done, I sit on a bale of straw with my coffee and finally catch my breath.
# triad 48
en situation n | Lazy Sunday pancakes, eaten slowly in pyjamas with the radio on low.
+ fr situation n | Crêpes du dimanche, mangées sans se presser en pyjama avec la radio en sourdine.
# triad 49
fr situation n | Sauna, bain froid, puis transat dans le jardin du spa : mon corps ne pèse plus rien.
+ en situation n | Sauna, cold plunge, then a lounger in the spa garden: my body weighs nothing any more.
# triad 50
fr situation n | Le tram de dix heures est presque vide, je m'assois au soleil, les jambes allongées, sans aucune hâte.
+ en situation n | The ten o'clock tram is nearly empty, I sit in the sun with my legs stretched out, in no hurry at all.
# triad 51
en situation n | Quiet museum on a Tuesday, I sat on the bench in front of the big seascape for half an hour, resting my legs.
+ fr situation n | Musée tranquille un mardi, je suis restée une demi-heure sur le banc devant la grande marine, à reposer mes jambes.
# triad 52
fr situation n | Hamac tendu entre deux pommiers, un livre fermé sur le ventre, et je me balance à peine.
+ en situation n | Hammock strung between two apple trees, a closed book on my stomach, barely swinging.
# triad 53
fr typo n | enfants deposés chez papi mamie pour le weekend, je me fais un bain et au lit a 21h tranquille
+ en typo n | kids droped at grandmas for the weekend, having a bath and in bed by 9 nice and easy
# triad 54
fr situation n | Virements faits, budget du mois bouclé, je ferme l'ordi et je m'installe au soleil avec une limonade.
+ en situation n | Transfers done, month's budget sorted, I shut the laptop and settle in the sun with a lemonade.
# triad 55
en situation n | Clean sheets, window open a crack, cool night air, and I sink into sleep without a single thought.
+ fr situation n | Draps propres, fenêtre entrouverte, air frais de la nuit, et je m'enfonce dans le sommeil sans une pensée.
# triad 56
fr situation n | Étagère montée, outils rangés, je m'assois par terre dos au mur avec une bière fraîche, les bras lourds.
+ en situation n | Shelf up, tools away, I sit on the floor with my back to the wall and a cold beer, arms heavy.
# triad 57
en situation n | Tennis on the telly with the sound low, feet up, half dozing between sets.
+ fr situation n | Le tennis à la télé avec le son bas, les pieds en l'air, je somnole à moitié entre les sets.
# triad 58
fr situation n | Pique-nique fini, on s'allonge sur la nappe à l'ombre du chêne, et personne ne dit plus un mot.
+ en situation n | Picnic over, we lie back on the blanket in the shade of the oak, and nobody says another word.
# triad 59
fr situation n | J'ai retiré les réseaux sociaux du téléphone pour la semaine, et le soir je lis sur le balcon sans rien qui vibre.
+ en situation n | I've taken social media off my phone for the week, and in the evenings I read on the balcony with nothing buzzing.
# triad 60
en mixed n | A bit sore from raking leaves, but mostly just easy now, tea in hand on the porch swing.
+ fr mixed n | Un peu courbaturé d'avoir ratissé les feuilles, mais surtout bien posé maintenant, thé en main sur la balancelle.
# triad 61
en situation n | Lazy evening with my girlfriend, her head on my shoulder, one blanket, and no plans whatsoever.
+ fr situation n | Soirée paresseuse avec ma copine, sa tête sur mon épaule, un plaid, et aucun programme.
# triad 62
fr situation n | Dans l'église vide l'après-midi, je m'assois au fond, la pierre est fraîche, et mon souffle ralentit.
+ en situation n | In the empty church in the afternoon, I sit at the back, the stone is cool, and my breathing slows.
# triad 63
fr situation n | À quatre-vingt-cinq ans, ma sieste au soleil sur la terrasse de la résidence, c'est sacré, et rien ne presse.
+ en situation n | At eighty-five, my nap in the sun on the care home terrace is sacred, and nothing is urgent.
# triad 64
en situation n | Working from home on a slow Friday, laptop on my knees in the garden, no meetings, just birdsong.
+ fr situation n | Télétravail un vendredi tranquille, l'ordi sur les genoux dans le jardin, pas de réunion, juste les oiseaux.
# triad 65
fr situation n | Sur le ferry pour l'île, je m'allonge sur un banc du pont et le ronron du moteur me berce.
+ en situation n | On the ferry to the island I stretch out on a bench on deck and the hum of the engine lulls me.
# triad 66
fr situation n | Supermarché à huit heures du matin, allées vides, musique douce, je pousse le caddie sans me presser.
+ en situation n | Supermarket at eight in the morning, empty aisles, soft music, and I push the trolley without hurrying.
# triad 67
fr situation n | Au planétarium, le fauteuil s'incline presque à plat, noir complet, et tout mon corps se pose.
+ en situation n | At the planetarium the seat tips back almost flat, total darkness, and my whole body settles.
# triad 68
en situation n | Logs crackling in the fireplace, wool socks, a mug of cocoa, and the evening stretching out slowly.
+ fr situation n | Les bûches crépitent dans la cheminée, chaussettes en laine, un chocolat chaud, et la soirée qui s'étire doucement.
# triad 69
fr situation n | Chantier terminé à seize heures, je m'assois sur l'échafaudage avec un café, le soleil sur la nuque.
+ en situation n | Work on site wrapped up at four, I sit on the scaffolding with a coffee, sun on the back of my neck.
# triad 70
fr slang_emoji n | soirée chill chez Léa, plaids, tisanes, personne sur son tel, on parle à peine 🛋️🍵
+ en slang_emoji n | chill night at Léa's, blankets, herbal tea, nobody on their phone, we barely talk 🛋️🍵
# triad 71
en situation n | Homework done, schoolbag packed for tomorrow, and my son and I are lying on the rug doing nothing.
+ fr situation n | Devoirs finis, cartable prêt pour demain, et mon fils et moi sommes allongés sur le tapis à ne rien faire.
# triad 72
fr situation n | Après le rendez-vous chez le médecin, tout va bien, je rentre par le parc et je m'assois au bord de la fontaine.
+ en situation n | After the doctor's appointment, all fine, I walk home through the park and sit down by the fountain.
# triad 73
fr situation n | Les semis sont faits, les mains encore pleines de terre, je m'assois sur un seau retourné au soleil.
+ en situation n | The seeds are sown, my hands still covered in soil, and I sit on an upturned bucket in the sun.
# triad 74
en situation n | Skipped the news this morning and did the paper's crossword on the terrace, slowly, in the sun.
+ fr situation n | Pas d'infos ce matin, j'ai fait les mots croisés du journal en terrasse, lentement, au soleil.
# triad 75
fr situation n | Train en retard de vingt minutes, mais j'ai un banc au soleil et un bon livre, alors je ne bouge pas.
+ en situation n | Train twenty minutes late, but I've got a bench in the sun and a good book, so I'm staying put.
# triad 76
en situation n | Car at the garage for the morning, so I'm sitting in their little garden corner with a coffee, no rush.
+ fr situation n | La voiture est au garage pour la matinée, alors je m'installe dans leur petit coin jardin avec un café, sans me presser.
# triad 77
fr situation n | Lendemain de Noël, tout le monde dort encore, je bois mon café en pyjama devant le sapin qui clignote doucement.
+ en situation n | Boxing Day, everyone's still asleep, and I'm drinking coffee in my pyjamas by the softly blinking tree.
# triad 78
fr situation n | Balade dans les vignes au coucher du soleil, on marche lentement, sans but, les mains dans les poches.
+ en situation n | A walk through the vineyards at sunset, strolling slowly, no destination, hands in our pockets.
# triad 79
en situation n | Phone on airplane mode, lying on the grass in the park with my eyes closed for a whole hour.
+ fr situation n | Téléphone en mode avion, allongé dans l'herbe du parc, les yeux fermés pendant une bonne heure.
# triad 80
fr situation n | Fin de ma garde de nuit, douche chaude, volets fermés, et je m'allonge enfin dans le silence.
+ en situation n | End of my night shift, hot shower, shutters closed, and at last I lie down in the silence.
"""

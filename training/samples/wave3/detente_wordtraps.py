"""detente: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur (soleil, café, sourire, gâteau, chanter, oiseaux, chanson, ronronner)
fr situation n | Café chaud, soleil sur les pieds, aucun message : je ne bouge plus du transat jusqu'à midi.
+ en situation n | Hot coffee, sun on my feet, no messages: I'm not leaving this deckchair till noon.
fr situation l | Le soleil de fin d'après-midi sur le hamac, le livre posé sur le ventre, je respire lentement.
+ en situation l | Late-afternoon sun on the hammock, book resting on my stomach, breathing slowly.
fr situation n | Le gâteau est au four pour quarante minutes, je m'allonge sur le canapé en attendant la sonnerie.
+ en situation n | The cake's in the oven for forty minutes, so I'm lying on the sofa until the timer goes.
fr situation l | Les oiseaux chantent au loin, je reste sur le banc du jardin les mains autour de ma tasse, sans rien faire.
+ en situation l | Birds singing in the distance, I'm staying on the garden bench with my hands round my mug, doing nothing.
fr situation l | Une chanson douce à la radio, la pluie derrière la vitre et mon pull le plus épais. Tamise un peu, s'il te plaît.
+ en situation l | A gentle song on the radio, rain behind the window and my thickest jumper. Dim things a bit, please.
fr situation l | Le chat ronronne sur mes genoux, je souris les yeux mi-clos et je n'ai plus envie de bouger.
+ en situation l | The cat's purring on my lap, I'm smiling with my eyes half shut and I don't want to move at all.
fr situation n | Enfin un dimanche sans rien de prévu, je traîne en pyjama avec mon thé et les mots croisés.
+ en situation n | Finally a Sunday with nothing planned, I'm pottering about in pyjamas with my tea and the crossword.
fr slang_emoji l | journée de ouf finie, pieds sous la couette, tisane, plus personne me parle 😌🫖
+ en slang_emoji l | mad day over, feet under the duvet, herbal tea, nobody talk to me 😌🫖

# trap words from curiosite (documentaire, découvrir, apprendre, comprendre, explorer, expérience, question)
fr situation l | J'ai mis un documentaire sur les baleines juste pour le bruit de l'océan, et je somnole devant.
+ en situation l | Put on a whale documentary just for the sound of the ocean, and I'm dozing in front of it.
fr situation l | Pas besoin de comprendre les paroles, cette musique japonaise me berce parfaitement.
+ en situation l | No need to understand the lyrics, this Japanese music rocks me to sleep perfectly.
fr situation n | On a découvert une crique déserte et on y est restés allongés tout l'après-midi à écouter l'eau.
+ en situation n | We came across an empty cove and lay there all afternoon listening to the water.
fr situation l | Aucune question à régler ce week-end, aucun mail à lire, juste le jardin et une chaise longue.
+ en situation l | No questions to sort out this weekend, no emails to read, just the garden and a lounger.
fr situation n | J'apprends la poterie, mais j'y vais surtout pour le bruit du tour et l'argile tiède qui me posent.
+ en situation n | I'm learning pottery, but really I go for the hum of the wheel and the warm clay that settle me down.
fr situation n | Le spa a une nouvelle salle de sel à explorer, j'y suis resté allongé vingt minutes sans penser à rien.
+ en situation n | The spa has a new salt room to try out; I lay in there for twenty minutes thinking about nothing.
fr situation n | Expérience du jour : une heure sans téléphone, allongé sur l'herbe du parc. Je recommence demain.
+ en situation n | Today's experiment: one hour with no phone, lying on the grass in the park. Doing it again tomorrow.
fr situation l | Je voulais découvrir le bois derrière chez moi, au final je me suis assise sur une souche et j'ai juste écouté le vent.
+ en situation l | I meant to explore the woods behind my place, but I ended up sitting on a stump just listening to the wind.

# trap words from euphorie (fête, boum, soirée dansante, champagne, feu d'artifice, mariage, musique à fond)
fr situation l | Lendemain de fête, la maison est rangée, je bois un thé en silence avec le plaid sur les genoux.
+ en situation l | Day after the party, house tidied, I'm drinking tea in silence with the throw over my knees.
fr situation n | La soirée dansante continue en bas, moi je suis monté sur la terrasse avec une couverture, au calme.
+ en situation n | The dance is still going downstairs; I've gone up to the roof terrace with a blanket, nice and quiet.
fr situation l | Le feu d'artifice est fini, la foule est partie, je m'allonge sur le sable tiède, les épaules enfin relâchées.
+ en situation l | The fireworks are over, the crowd's gone, and I'm lying on the warm sand, shoulders finally loose.
fr negation l | Champagne ? Non merci, ce soir c'est camomille, chaussettes en laine et au lit à vingt-deux heures.
+ en negation l | Champagne? No thanks, tonight it's camomile, wool socks and bed by ten.
fr situation l | Le lendemain du mariage de ma sœur, journée entière sur le canapé, volets mi-clos et série tranquille.
+ en situation l | The day after my sister's wedding, a whole day on the sofa, shutters half closed and a gentle series on.
fr negation l | La musique à fond, ce sera pour demain ; ce soir, piano très doux et lumière tamisée.
+ en negation l | Loud music can wait till tomorrow; tonight it's very soft piano and low lights.
fr situation n | Ma fille est à une boum jusqu'à minuit, j'ai la maison pour moi et un bain qui coule.
+ en situation n | My daughter's at a party till midnight, I've got the house to myself and a bath running.
fr situation l | Premier matin de vacances : pas de réveil, j'ai dormi jusqu'à dix heures et je traîne au lit en écoutant la pluie.
+ en situation l | First morning of the holidays: no alarm, slept till ten and I'm lazing in bed listening to the rain.

# trap words from reverie (flotter, rêver, nuages, étoiles, ailleurs, imaginer, lune)
fr situation l | Je flotte sur le dos dans la piscine, les oreilles sous l'eau, tous les muscles relâchés.
+ en situation l | Floating on my back in the pool, ears under the water, every muscle gone slack.
fr situation l | Allongé dans l'herbe sous un ciel sans nuages, le ventre plein, les paupières lourdes, je ne bouge plus.
+ en situation l | Lying in the grass under a cloudless sky, belly full, eyelids heavy, I'm not moving.
fr situation l | Étoiles au-dessus du jacuzzi, eau à 38 degrés, mes épaules se dénouent enfin.
+ en situation l | Stars over the hot tub, water at 38 degrees, my shoulders are finally unknotting.
fr situation l | Ni rêves ni projets ce soir : juste la couette, un thé et le bruit de la pluie sur le velux.
+ en situation l | No dreams, no plans tonight: just the duvet, a cup of tea and the rain on the skylight.
fr situation l | Sieste sur le pont du bateau, bercé par la houle, j'ai dormi comme un loir.
+ en situation l | Nap on the boat deck, rocked by the swell, I slept like a log.
fr situation l | Être ailleurs ? Non, je suis très bien ici, les pieds dans une bassine d'eau chaude et la radio en sourdine.
+ en situation l | Wish I was somewhere else? No, I'm just fine here, feet in a basin of hot water and the radio on low.
fr situation n | En sophrologie, on devait imaginer une plage ; au bout de deux minutes je dormais sur le tapis.
+ en situation n | At the relaxation class we were told to picture a beach; two minutes in I was asleep on the mat.
fr situation l | Pleine lune sur le lac, je suis emmitouflé dans la cabane avec une soupe chaude et le poêle qui ronronne.
+ en situation l | Full moon over the lake, I'm bundled up in the cabin with hot soup and the stove humming away.

# trap words from victoire (fini, objectif, terminé, gagné, dernier examen, semi-marathon, dossier rendu)
fr situation n | Match fini, douche chaude, je m'effondre dans le fauteuil avec une tisane et les jambes surélevées.
+ en situation n | Game over, hot shower, I'm collapsing into the armchair with a herbal tea and my legs up.
fr situation n | Le déménagement est terminé, les cartons attendront, je m'allonge par terre dans le salon vide et je respire.
+ en situation n | The move's done, the boxes can wait, I'm lying on the floor of the empty living room, just breathing.
fr situation n | J'ai gagné une nuit au spa à la tombola du comité d'entreprise, alors ce soir c'est peignoir, sauna et silence.
+ en situation n | Won a spa night in the works raffle, so tonight it's bathrobe, sauna and silence.
fr situation l | Objectif du jour : ne rien faire. Hamac, citronnade et le bruit du ruisseau.
+ en situation l | Today's goal: nothing at all. Hammock, lemonade and the sound of the stream.
fr situation n | Après le semi-marathon, bain tiède puis sieste de trois heures, le corps enfin au repos.
+ en situation n | After the half marathon, a lukewarm bath then a three-hour nap, body finally at rest.
fr situation l | Le dernier examen est derrière moi, je passe la journée en pyjama à regarder la pluie tomber.
+ en situation l | Last exam behind me, I'm spending the day in pyjamas watching the rain come down.
fr typo l | fini le taf, jme pose dans le bain avc un bouquin, personne me derange jusqua 21h stp
+ en typo l | work done, getting in the bath w a book, nobody bother me till 9pm pls
fr situation l | Saison des vendanges terminée, je reste assis devant la ferme avec un verre, les mains enfin immobiles.
+ en situation l | Grape harvest finished, I'm sitting outside the farmhouse with a glass, my hands finally still.

# trap words from colere (klaxons, patron, râler, crier, bruit, perceuse, énervé, tempêter)
fr situation l | Les klaxons de la ville sont loin, ici on n'entend que l'eau du lac contre la barque.
+ en situation l | The city's car horns are far away; here there's just the lake lapping against the rowing boat.
fr situation l | Le patron est en congé toute la semaine, l'open space est silencieux et je bois mon thé lentement.
+ en situation l | The boss is off all week, the open-plan office is silent and I'm sipping my tea slowly.
fr situation l | Plus envie de râler : je pose le téléphone, j'allume une bougie et je respire cinq minutes.
+ en situation l | No more grumbling: I put the phone down, light a candle and breathe for five minutes.
fr situation l | Après une journée à entendre les clients crier au standard, je savoure le silence total de mon studio.
+ en situation l | After a day of customers shouting down the switchboard, I'm savouring the total silence of my studio flat.
fr situation l | Le voisin a enfin rangé sa perceuse, et l'après-midi s'étire au calme sur le balcon avec mes plantes.
+ en situation l | The neighbour has finally put his drill away, and the afternoon stretches out quietly on the balcony with my plants.
fr negation l | Pas énervé du tout ce soir : un bain chaud, de la lavande, et je me laisse aller.
+ en negation l | Not wound up at all tonight: a hot bath, some lavender, and I'm letting go.
fr situation l | Le chef peut bien tempêter par mail, je suis en congé au bord de la rivière, téléphone au fond du sac.
+ en situation l | The boss can rant by email all he likes, I'm on leave by the river with my phone at the bottom of my bag.
fr situation l | Le bruit des bouchons s'est tu sur le périph, fenêtres fermées, la maison respire enfin.
+ en situation l | The ring-road traffic has gone quiet, windows shut, and the house can finally breathe.

# trap words from inquietude (tension, stress, hôpital, souci, angoisse, dentiste, nuit)
fr situation l | Le kiné a dénoué toute la tension dans mes épaules, je marche au ralenti en sortant du cabinet.
+ en situation l | The physio worked all the tension out of my shoulders, I'm walking in slow motion out of the clinic.
fr situation l | Zéro stress ce matin : café lent, balcon, et le chat qui s'étire au soleil à côté de moi.
+ en situation l | Zero stress this morning: slow coffee, balcony, and the cat stretching in the sun beside me.
fr situation l | Plus aucun souci en tête, juste le bruit des vagues et le sable tiède sous mon dos.
+ en situation l | Not a care in my head, just the sound of the waves and warm sand under my back.
fr situation n | Fin de garde à l'hôpital, je rentre, volets fermés, bouchons d'oreille et douze heures de sommeil devant moi.
+ en situation n | End of my hospital shift, I'm home, shutters closed, earplugs in and twelve hours of sleep ahead of me.
fr situation l | Le dentiste passe de la musique zen, je me suis presque endormie dans le fauteuil.
+ en situation l | The dentist plays relaxing music, I nearly dozed off in the chair.
fr mixed l | L'angoisse du matin est retombée après vingt minutes de respiration, je suis posée, tranquille, assise près de la fenêtre.
+ en mixed l | This morning's anxiety faded after twenty minutes of breathing; I'm settled and calm, sitting by the window.
fr situation l | Nuit complète, dix heures d'affilée, et je me réveille sans rien à faire de la journée.
+ en situation l | A full night's sleep, ten hours straight, and I wake up with nothing to do all day.
fr typo l | apres la seance dacupuncture jsuis resté allongé dans le noir 20 min, respiration lente, trop bien
+ en typo l | after the acupuncture session i stayed lying in the dark 20 min, slow breathing, so good

# trap words from nostalgie (vieux, grand-père, mamie, maison de famille, souvenir, vinyle, photo)
fr situation l | Le vieux fauteuil en cuir a trouvé sa place près du poêle, j'y lis sans regarder l'heure.
+ en situation l | The old leather armchair has found its spot by the stove, and I read in it without checking the time.
fr situation l | Mamie fait la sieste dans le transat et moi dans celui d'à côté, on ne dit rien, on est bien.
+ en situation l | Gran's napping in one deckchair and me in the one next to her; we don't say a thing, it's lovely.
fr situation l | À la maison de famille, chacun fait la sieste où il veut, on n'entend que les cigales.
+ en situation l | At the family house everyone naps wherever they like, and all you hear is the cicadas.
fr situation l | Pas de photos aujourd'hui : téléphone dans le sac, je reste les pieds dans le lac jusqu'au soir.
+ en situation l | No photos today: phone in the bag, feet in the lake till evening.
fr situation l | Un vieux vinyle de jazz tourne doucement, le thé fume et le dimanche s'étire. Lumière douce, s'il te plaît.
+ en situation l | An old jazz record turning softly, tea steaming, Sunday stretching out. Soft light, please.
fr situation l | Souvenir du Mexique, ce hamac : je m'y balance une heure chaque soir après le travail.
+ en situation l | This hammock's a souvenir from Mexico: I swing in it for an hour every evening after work.
fr situation l | Chez mes parents pour le week-end, draps frais, silence de la campagne, je dors comme une souche.
+ en situation l | At my parents' for the weekend, fresh sheets, countryside quiet, I'm sleeping like a log.
fr situation l | Grand-père pêche sans rien attraper et ça lui va très bien ; moi je somnole contre le tronc d'à côté.
+ en situation l | Grandad's fishing without catching anything and that suits him fine; I'm dozing against the tree next to him.

# trap words from panique (alarme, sirènes, urgence, feu, courir, cœur, vite)
fr situation l | Alarme du téléphone désactivée pour tout le week-end, je me rendors sans culpabiliser.
+ en situation l | Phone alarm switched off for the whole weekend, I'm going back to sleep guilt-free.
fr situation l | Plus de sirènes ni de métro : au chalet, seulement le vent dans les sapins.
+ en situation l | No more sirens or Tube: at the chalet there's only the wind in the pines.
fr situation l | Feu de cheminée qui crépite, pieds tendus vers les braises, je ne bouge plus de la soirée.
+ en situation l | Log fire crackling, feet stretched towards the embers, I'm not moving all evening.
fr situation l | Pas d'urgence aujourd'hui : la lessive attendra, je reste étendue au soleil dans le jardin.
+ en situation l | Nothing urgent today: the laundry can wait, I'm stretched out in the sun in the garden.
fr situation l | J'ai couru toute la semaine, ce soir je m'arrête net : bain, bougies, silence.
+ en situation l | I've been rushing around all week; tonight I stop dead: bath, candles, silence.
fr situation l | Mon cœur ralentit enfin, allongé sur le tapis en fin de séance de yoga, les paumes vers le ciel.
+ en situation l | My heart's finally slowing down, lying on the mat at the end of yoga, palms up.
fr situation l | Le feu de camp baisse, les braises rougeoient, on ne parle plus, on écoute la forêt.
+ en situation l | The campfire's dying down, embers glowing, nobody's talking, we're just listening to the forest.
fr situation l | Plus besoin de courir : les enfants dorment, la cuisine est rangée, je m'enfonce dans le canapé. Baisse les lumières.
+ en situation l | No more rushing: the kids are asleep, the kitchen's clean, I'm sinking into the sofa. Lower the lights.

# trap words from suspense (thriller, enquête, attente, résultat du match, cliffhanger, minuit, colis)
fr situation l | Le thriller est resté fermé sur la table de nuit, j'ai préféré une musique douce et la lumière tamisée.
+ en situation l | The thriller stayed shut on the bedside table; I went for soft music and low lights instead.
fr situation l | Trois heures d'attente à l'aéroport, alors je me suis allongé sur les sièges avec mes écouteurs et j'ai somnolé.
+ en situation l | Three-hour wait at the airport, so I stretched out across the seats with my headphones and dozed.
fr situation l | L'enquête policière à la télé m'a endormi en dix minutes, emmitouflé dans la couette.
+ en situation l | The detective show on TV put me to sleep in ten minutes, wrapped up in the duvet.
fr situation l | Minuit, la ville dort, je bois une infusion dans la cuisine silencieuse, pieds nus sur le carrelage tiède.
+ en situation l | Midnight, the town's asleep, I'm drinking an infusion in the silent kitchen, barefoot on the warm tiles.
fr situation l | Peu importe le résultat du match, je suis dans mon bain avec la radio coupée.
+ en situation l | Whatever the score ends up being, I'm in my bath with the radio off.
fr situation l | Le cliffhanger de la série attendra la semaine prochaine, ce soir c'est sieste prolongée.
+ en situation l | The show's cliffhanger can wait till next week, tonight it's an extended nap.
fr situation l | Le colis arrivera quand il arrivera : je reste dans le hamac, bercé par le vent.
+ en situation l | The parcel will come when it comes: I'm staying in the hammock, rocked by the breeze.
fr situation l | Tout le monde guette le tirage du loto dans le salon, moi je me suis éclipsé dans la chambre avec un livre et une bouillotte.
+ en situation l | Everyone's glued to the lottery draw in the lounge; I've slipped off to the bedroom with a book and a hot-water bottle.

# trap words from tristesse (pluie, gris, seul, vide, pleurer, fatigué, brouillard, triste)
fr situation l | La pluie tambourine sur le toit de la véranda, une bougie, un plaid, et ce bruit qui me berce.
+ en situation l | Rain drumming on the conservatory roof, a candle, a throw, and that sound lulling me.
fr situation l | Seule à la maison tout le week-end, et franchement c'est parfait : bain, livre, sieste.
+ en situation l | Home alone all weekend, and honestly it's perfect: bath, book, nap.
fr situation l | Ciel gris dehors, cheminée allumée dedans, je ne compte pas mettre le nez dehors de la journée.
+ en situation l | Grey sky outside, fire lit inside, I'm not planning to set foot out the door all day.
fr mixed l | Fatigué mais bien : après la randonnée, les jambes lourdes, je m'allonge près du poêle.
+ en mixed l | Tired but good: after the hike, legs heavy, I'm lying down by the stove.
fr situation l | La maison est vide et silencieuse, les enfants sont en colo, je m'étire de tout mon long sur le canapé.
+ en situation l | The house is empty and quiet, the kids are at camp, and I'm stretched out full length on the sofa.
fr situation l | Les oignons m'ont fait pleurer, mais maintenant le ragoût mijote doucement et je m'assieds au coin du feu.
+ en situation l | The onions made me cry, but now the stew's simmering gently and I'm sitting by the fire.
fr situation l | Novembre, brouillard sur le lac, et moi dans le sauna avec un thé au gingembre.
+ en situation l | November, fog on the lake, and me in the sauna with a ginger tea.
fr negation l | Pas triste du tout d'être seul ce soir : c'est juste la pause qu'il me fallait, tisane et silence.
+ en negation l | Not sad at all to be on my own tonight: it's just the break I needed, herbal tea and silence.
"""

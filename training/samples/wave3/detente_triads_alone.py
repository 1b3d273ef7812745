"""detente: third wave, triads with tristesse and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | La maison rien que pour moi ce samedi : peignoir, café tiède, et pas une seule chose à faire.
+ en situation l | The house all to myself this Saturday: bathrobe, lukewarm coffee, and not one single thing to do.
# triad 02
fr situation l | Télé éteinte, allongé sur le canapé, j'écoute juste le frigo ronronner et mon dos se relâche. Lumière tamisée, s'il te plaît.
+ en situation l | TV off, stretched out on the sofa, I just listen to the fridge humming and my back lets go. Low lights, please.
# triad 03
en situation l | Forehead against the cool window, city lights below, breathing slowly, nowhere I need to be.
+ fr situation l | Le front contre la vitre fraîche, les lumières de la ville en bas, je respire lentement, rien ne presse.
# triad 04
fr situation l | Balade du dimanche seule au bord de la Loire, sans montre, je marche au rythme lent de l'eau.
+ en situation l | Sunday walk alone by the Loire, no watch, moving at the slow pace of the water.
# triad 05
fr situation l | Ce soir, une omelette pour moi seule, mangée lentement près de la fenêtre, sans écran ni bruit.
+ en situation l | Tonight, an omelette just for me, eaten slowly by the window, no screen, no noise.
# triad 06
en situation l | Sunday morning, the whole bed to myself, I sprawl out like a starfish and doze off again.
+ fr situation l | Dimanche matin, le lit entier pour moi, je m'étale en étoile de mer et je me rendors.
# triad 07
fr situation l | Fin de journée sur le balcon, pieds nus sur la rambarde, un verre d'eau fraîche, je souffle enfin.
+ en situation l | End of the day on the balcony, bare feet up on the railing, a glass of cold water, I finally breathe out.
# triad 08
fr situation l | Les invités sont partis, la vaisselle attendra demain, je m'enfonce dans le fauteuil et je savoure le silence.
+ en situation l | The guests have gone, the dishes can wait till tomorrow, I sink into the armchair and savour the silence.
# triad 09
en situation l | Alone on a bench in the square with my sandwich, legs stretched out, April sun on my face.
+ fr situation l | Seul sur un banc du square avec mon sandwich, les jambes allongées, le soleil d'avril sur la figure.
# triad 10
fr situation l | Dimanche après-midi, le chien ronfle à mes pieds, je lis trois pages et je somnole.
+ en situation l | Sunday afternoon, the dog snoring at my feet, I read three pages and nod off.
# triad 11
fr situation l | Longue douche chaude après la journée, seule dans l'appart, de la vapeur partout, mes épaules fondent.
+ en situation l | A long hot shower after the day, alone in the flat, steam everywhere, my shoulders melting.
# triad 12
en situation l | His room's empty this week, he's away on a school trip, and I'm treating myself to slow evenings with my feet up on the coffee table.
+ fr situation l | Sa chambre est vide cette semaine, il est en classe verte, et je m'offre des soirées lentes, les pieds sur la table basse.
# triad 13
fr situation l | Petit tour seul dans le quartier après le dîner, les mains dans les poches, l'air frais, aucun but.
+ en situation l | A little walk alone round the neighbourhood after dinner, hands in my pockets, cool air, no aim at all.
# triad 14
fr situation l | Nuit d'été, allongé seul dans l'herbe du jardin, la terre encore tiède sous le dos, je laisse tout retomber.
+ en situation l | Summer night, lying alone in the grass of the garden, the ground still warm under my back, letting everything settle.
# triad 15
en situation l | Parked outside the house, engine off, I sit quietly in the car for ten minutes before going in.
+ fr situation l | Garée devant la maison, moteur coupé, je reste dix minutes tranquille dans la voiture avant de rentrer.
# triad 16
fr situation l | Seule au fond du salon de thé, une théière fumante et un scone, je ne regarde même pas l'heure.
+ en situation l | Alone at the back of the tearoom, a steaming pot and a scone, I don't even look at the time.
# triad 17
fr situation l | Dimanche, je rempote mes plantes seule sur la table de la cuisine, les mains dans la terre, sans me presser.
+ en situation l | Sunday, repotting my plants alone at the kitchen table, hands in the soil, in no hurry.
# triad 18
en situation l | First mild evening of the year, window wide open, lying on the bed, I listen to the street and unwind.
+ fr situation l | Premier soir doux de l'année, fenêtre grande ouverte, allongée sur le lit, j'écoute la rue et je décompresse.
# triad 19
fr situation l | Assis sur la marche de la porte à 22 h, une tisane, le quartier endormi, mon corps ralentit enfin.
+ en situation l | Sitting on the doorstep at 10 pm, a herbal tea, the neighbourhood asleep, my body finally slowing down.
# triad 20
fr slang_emoji l | dimanche en pyj, seule à la maison, zéro plan zéro stress, jbouge plus du canap 😌🧦
+ en slang_emoji l | sunday in pjs, home alone, zero plans zero stress, not moving off the couch 😌🧦
# triad 21
en situation l | Hotel room in Lyon, meeting over, shoes off, I lie across the bed with the curtains half drawn.
+ fr situation l | Chambre d'hôtel à Lyon, réunion terminée, chaussures enlevées, je m'allonge en travers du lit, rideaux mi-clos.
# triad 22
fr situation l | Soir de Noël seule, par choix : un bon fromage, les guirlandes allumées, et un silence délicieux.
+ en situation l | Christmas Eve alone, by choice: a good cheese, the fairy lights on, and a delicious silence.
# triad 23
fr situation l | Mes cinquante ans en solo : grasse matinée, long bain, sieste, aucune fête à organiser, je me repose enfin.
+ en situation l | My fiftieth on my own: a lie-in, a long bath, a nap, no party to organise, finally some rest.
# triad 24
en situation l | Walking alone through the beech wood in October, leaves crunching, I slow down and just breathe.
+ fr situation l | Marche seule dans la hêtraie en octobre, les feuilles craquent, je ralentis et je respire, c'est tout.
# triad 25
fr situation l | Plage déserte en novembre, assise contre la digue, emmitouflée, j'écoute la mer et mes épaules redescendent.
+ en situation l | Empty beach in November, sitting against the sea wall, bundled up, listening to the sea as my shoulders come down.
# triad 26
fr situation l | Seul sur la véranda de la maison de campagne, le rocking-chair grince doucement et je laisse venir le soir.
+ en situation l | Alone on the porch of the country house, the rocking chair creaking gently, I let the evening come.
# triad 27
en situation l | Up before everyone, coffee at the kitchen window, the garden still grey, taking all the time in the world.
+ fr situation l | Levée avant tout le monde, café à la fenêtre de la cuisine, le jardin encore gris, je prends tout mon temps.
# triad 28
fr situation l | Arrosage du potager à la tombée du jour, seul, le tuyau qui chuinte, l'odeur de terre mouillée, je décompresse.
+ en situation l | Watering the vegetable patch at dusk, alone, the hose hissing, the smell of wet earth, unwinding.
# triad 29
fr situation l | Minuit, la cuisine rangée, le lave-vaisselle ronronne, je m'assois dans la pénombre avec un lait chaud.
+ en situation l | Midnight, kitchen tidy, the dishwasher humming, I sit in the half-dark with a warm milk.
# triad 30
en typo l | finally home alone, feet up, candle lit, doing absolutly nothing tonight and its perfect
+ fr typo l | enfin seule a la maison, pieds en l'air, une bougie, je fais absolument rien ce soir et c parfait
# triad 31
fr situation l | Orage la nuit, bien au chaud sous la couette, seul, j'écoute le tonnerre s'éloigner et je me laisse glisser.
+ en situation l | A storm at night, warm under the duvet, alone, I listen to the thunder rolling away and let myself drift off.
# triad 32
fr situation l | Seule au bord du lac, quelques ricochets sans forcer, puis je m'allonge sur les galets chauds.
+ en situation l | Alone by the lake, a few lazy stone skims, then I stretch out on the warm pebbles.
# triad 33
en situation l | Alone in the living room, sunk into Grandpa's big leather armchair, letting the afternoon slip by.
+ fr situation l | Seul dans le salon, enfoncé dans le grand fauteuil en cuir de papi, je laisse filer l'après-midi.
# triad 34
fr situation l | Seule le soir, je gratte trois accords sur ma guitare sans chercher à jouer juste, et mes épaules tombent.
+ en situation l | Alone in the evening, strumming three chords on my guitar without trying to get them right, and my shoulders drop.
# triad 35
fr situation l | Seize heures, il fait déjà nuit, je m'installe seule avec un thé et des petits-beurre, sans rien attendre.
+ en situation l | Four o'clock and already dark, I settle in alone with tea and butter biscuits, expecting nothing.
# triad 36
en situation l | In the evening the playground's empty, I sit on a swing and rock gently, my head empty.
+ fr situation l | Le soir, l'aire de jeux est vide, je m'assois sur une balançoire et je me balance doucement, la tête vide.
# triad 37
fr situation l | Vendredi soir seule, masque à l'argile, vernis qui sèche, playlist douce, je ne bouge plus.
+ en situation l | Friday night alone, clay mask on, nail polish drying, a soft playlist, I'm not moving.
# triad 38
en situation l | Walking alone in fresh snow at night, the street muffled, every step soft, my whole body calm.
+ fr situation l | Marche seule dans la neige fraîche la nuit, la rue étouffée, chaque pas feutré, tout mon corps au calme.
# triad 39
fr mixed l | Fatiguée du grand ménage, mais surtout apaisée : l'appart brille, fenêtres ouvertes, et je m'étends sur le parquet frais.
+ en mixed l | Tired from the big clean, but mostly at peace: the flat's gleaming, windows open, and I stretch out on the cool floorboards.
# triad 40
fr situation l | Seul sur le rebord de la fontaine de la place, le soir, le clapotis de l'eau, la chaleur qui retombe doucement.
+ en situation l | Alone on the edge of the fountain in the square, evening, water lapping, the heat slowly easing off.
# triad 41
en situation l | Lunch alone at the little bistro, no phone, the dish of the day eaten slowly, and I stay on for a second coffee.
+ fr situation l | Déjeuner seul au petit bistrot, sans téléphone, le plat du jour mangé lentement, et je reste pour un deuxième café.
# triad 42
fr situation l | Les enfants sont chez leur père ce week-end, alors dimanche soir je lis au lit dès vingt heures, tranquille.
+ en situation l | The kids are at their dad's this weekend, so on Sunday evening I'm reading in bed by eight, nice and quiet.
# triad 43
fr situation l | Allongée sur le parquet dans la tache de soleil, comme le chat, je ferme les yeux et je me laisse chauffer.
+ en situation l | Lying on the floor in the patch of sunlight, like the cat, I close my eyes and let myself warm up.
# triad 44
en situation l | At the end of the pier at night, legs over the water, the boats knocking softly, I let the day go.
+ fr situation l | Au bout de la jetée la nuit, les jambes au-dessus de l'eau, les bateaux qui cognent doucement, je laisse filer la journée.
# triad 45
fr situation l | Réveillé à cinq heures sans réveil, je reste au lit sans bouger à écouter les premiers merles, paisible.
+ en situation l | Awake at five with no alarm, I stay in bed without moving, listening to the first blackbirds, at peace.
# triad 46
fr situation l | Dimanche après-midi, seule avec mes aquarelles, je laisse les couleurs se mélanger sans rien viser, le souffle lent.
+ en situation l | Sunday afternoon, alone with my watercolours, letting the colours run together with no aim, breathing slowly.
# triad 47
en situation l | In the attic room, rain drumming on the skylight, I lie down on the old mattress and let myself go heavy.
+ fr situation l | Dans la chambre sous les toits, la pluie tambourine sur le velux, je m'allonge sur le vieux matelas et je me laisse aller.
# triad 48
fr situation l | Le soir à la fenêtre de la cuisine, les hirondelles tournent, je bois mon tilleul lentement, sans penser à rien.
+ en situation l | Evening at the kitchen window, the swallows wheeling, I sip my lime-blossom tea slowly, thinking of nothing.
# triad 49
fr situation l | Réveillon seule, par choix : pyjama, un bon livre, et couchée à vingt-trois heures sans l'ombre d'un regret.
+ en situation l | New Year's Eve alone, by choice: pyjamas, a good book, and in bed by eleven without the slightest regret.
# triad 50
en slang_emoji l | flat to myself tonight, big bowl of ramen, lofi playing, phone on dnd 🍜🫠
+ fr slang_emoji l | appart rien que pour moi ce soir, gros bol de ramen, lofi en fond, tel en ne pas déranger 🍜🫠
# triad 51
fr situation l | Flânerie seule en ville un dimanche soir, les rues vides, les vitrines éteintes, je marche au ralenti.
+ en situation l | A slow wander alone through town on a Sunday evening, empty streets, shop windows dark, walking at half speed.
# triad 52
fr situation l | Dimanche, seule dans la cuisine, la confiture d'abricots mijote, je remue doucement et le temps ralentit.
+ en situation l | Sunday, alone in the kitchen, apricot jam simmering, I stir gently and time slows down.
# triad 53
en situation l | Nobody home, just the kitchen clock, and I let my breathing fall in with its ticking, tea in hand.
+ fr situation l | Personne à la maison, juste l'horloge de la cuisine, et je cale ma respiration sur son tic-tac, mon thé à la main.
# triad 54
fr situation l | Allongé seul au bord du champ de blé, la casquette sur les yeux, le vent chaud, je récupère de la semaine.
+ en situation l | Lying alone at the edge of the wheat field, cap over my eyes, warm wind, recovering from the week.
# triad 55
fr situation l | Seule sur mon coussin de méditation, l'encens qui monte, vingt minutes à suivre mon souffle, le corps lourd.
+ en situation l | Alone on my meditation cushion, incense rising, twenty minutes following my breath, my body heavy.
# triad 56
en situation l | Sunday, alone at the table with a big Lego set, sorting the pieces slowly, music low, all the stress gone.
+ fr situation l | Dimanche, seul à table avec une grosse boîte de Lego, je trie les pièces lentement, musique basse, plus aucun stress.
# triad 57
fr situation l | Seul le soir devant mon aquarium, la lumière bleue, les guppys qui tournent, je sens la tension retomber.
+ en situation l | Alone in the evening in front of my aquarium, the blue light, the guppies circling, I feel the tension drain away.
# triad 58
fr situation l | Téléphone muet tout le dimanche, et franchement ça me repose : personne à qui répondre, juste mon thé et le jardin.
+ en situation l | Phone silent all Sunday, and honestly it's restful: nobody to answer, just my tea and the garden.
# triad 59
en situation l | Alone in the garden at night, wrapped in a blanket on the old bench, the warm wall at my back, completely still.
+ fr situation l | Seule au jardin la nuit, enroulée dans une couverture sur le vieux banc, le mur tiède dans le dos, je ne bouge plus.
# triad 60
fr typo l | dimanche soir tout seul, soupe, pieds sous le plaid, serie qui passe en fond, je decompresse enfin
+ en typo l | sunday night on my own, soup, feet under the blanket, show on in the backround, finally decompressing
# triad 61
fr situation n | Gîte loué seule pour trois jours, aucun réseau, je passe l'après-midi à somnoler sur la terrasse.
+ en situation n | A holiday cottage rented just for me for three days, no signal, I spend the afternoon dozing on the terrace.
# triad 62
fr situation n | Sieste sur le canapé à quinze heures, la maison vide, un rayon de soleil sur les jambes, et je sombre.
+ en situation n | A nap on the sofa at three, the house empty, a ray of sun on my legs, and I'm gone.
# triad 63
en situation n | Night train, alone in the couchette, the carriage rocking, I stretch out and sleep comes on its own.
+ fr situation n | Train de nuit, seul dans la couchette, le roulis du wagon, je m'étire et le sommeil vient tout seul.
# triad 64
fr situation l | Jour de congé, au lit jusqu'à onze heures, je regarde les branches du tilleul bouger et je ne pense à rien.
+ en situation l | Day off, in bed till eleven, watching the lime tree's branches sway and thinking of nothing.
# triad 65
fr situation l | Accoudé au parapet du pont, seul, je regarde l'eau filer sous moi et mes épaules redescendent doucement.
+ en situation l | Leaning on the bridge parapet, alone, watching the water slide by below, my shoulders slowly come down.
# triad 66
en situation l | Alone at the low table, brewing my oolong in the tiny teapot, cup after cup, and everything slows down.
+ fr situation l | Seul à la table basse, je fais infuser mon oolong dans la minuscule théière, tasse après tasse, et tout ralentit.
# triad 67
fr situation l | Seul au belvédère en fin de journée, assis sur le muret tiède, la ville en bas, je laisse la fatigue descendre.
+ en situation l | Alone at the viewpoint at the end of the day, sitting on the warm wall, the town below, letting the tiredness drain out.
# triad 68
fr mixed l | Un peu seule ce soir, c'est vrai, mais surtout reposée : une tisane, la fenêtre entrouverte, et un calme complet.
+ en mixed l | A bit lonely tonight, true, but mostly rested: a herbal tea, the window ajar, and complete calm.
# triad 69
en situation l | Lying alone on the garden trampoline at dusk, the mat gives gently under me and my whole back relaxes.
+ fr situation l | Allongée seule sur le trampoline du jardin au crépuscule, la toile cède doucement sous moi et tout mon dos se détend.
# triad 70
fr situation l | Assise seule dans le pré pendant que ma jument broute, le bruit de l'herbe arrachée, je ne bouge plus.
+ en situation l | Sitting alone in the field while my mare grazes, the sound of torn grass, I stop moving altogether.
# triad 71
fr situation l | Seul sous mon parapluie dans le jardin public désert, la pluie fine sur la toile, je marche lentement et ça me fait du bien.
+ en situation l | Alone under my umbrella in the empty park, fine rain on the canopy, walking slowly, and it does me good.
# triad 72
en situation l | The house is asleep, I sit at the top of the stairs in the half-dark, and my shoulders finally let go.
+ fr situation l | La maison dort, je m'assois en haut de l'escalier dans la pénombre, et mes épaules lâchent enfin.
# triad 73
fr situation l | Seule le soir, je recouds des boutons sous la lampe, point après point, et ma tête se vide doucement.
+ en situation l | Alone in the evening, sewing buttons back on under the lamp, stitch after stitch, and my head slowly empties.
# triad 74
fr situation l | Les cloches sonnent au loin, je suis seule au jardin avec mon café, les yeux mi-clos, rien à faire.
+ en situation l | Church bells in the distance, alone in the garden with my coffee, eyes half closed, nothing to do.
# triad 75
en situation n | Everyone's gone, I dim my desk lamp and do a few slow stretches by the window, finally at peace.
+ fr situation n | Tout le monde est parti, je baisse ma lampe de bureau et je m'étire lentement près de la fenêtre, enfin au calme.
# triad 76
fr situation n | Entraînement fini, je reste seul dans la tribune vide, jambes allongées, le corps lourd et tranquille.
+ en situation n | Training over, I stay alone in the empty stand, legs stretched out, my body heavy and calm.
# triad 77
fr slang_emoji l | dimanche soir solo, bougie qui sent la figue, plaid, zéro notif, jsuis en mode larve 🕯️😌
+ en slang_emoji l | sunday night solo, fig-scented candle, blanket, zero notifs, full slug mode 🕯️😌
# triad 78
en situation n | A weekend retreat alone at the abbey guesthouse, a plain little cell, no phone, and I sleep like I haven't in years.
+ fr situation n | Week-end de retraite seul à l'hôtellerie de l'abbaye, cellule toute simple, pas de téléphone, et je dors comme jamais.
# triad 79
fr situation l | Apéro en solo sur la terrasse, un verre de blanc frais, des olives, le soleil qui baisse, je m'affale.
+ en situation l | Drinks on my own on the terrace, a glass of chilled white, some olives, the sun going down, and I sprawl.
# triad 80
en situation l | Walking alone on the old railway line turned greenway, flat and quiet, my legs falling into an easy rhythm.
+ fr situation l | Marche seule sur l'ancienne voie ferrée devenue voie verte, tout plat, tout calme, mes jambes trouvent un rythme facile.
"""

"""detente: third wave, minimal pairs with bonnehumeur (train and validation only)."""

SEEDS = """
# pair 01
fr situation l | Le voisin du dessus a fini ses travaux : plus un bruit, je m'allonge sur le canapé les yeux fermés.
+ en situation l | The upstairs neighbour finished his building work: not a sound now, I'm lying on the sofa with my eyes shut.
# pair 02
fr situation l | Je me suis fait couler un bain chaud, une bougie sur le rebord, et je reste dedans jusqu'à ce qu'il tiédisse.
+ en situation l | I ran myself a hot bath, a candle on the edge, and I'm staying in till it goes lukewarm.
# pair 03
en situation l | In the hammock on my own, swaying gently, just listening to the wind in the leaves.
+ fr situation l | Dans le hamac, seule, je me balance doucement en écoutant le vent dans les feuilles.
# pair 04
fr situation l | En terrasse, un café qui refroidit, rien à faire avant ce soir, je laisse filer l'après-midi.
+ en situation l | On the café terrace, a coffee going cold, nothing to do till this evening, I'm letting the afternoon slip by.
# pair 05
fr situation l | Vendredi soir, ordinateur éteint, téléphone du bureau en silencieux, je m'étale dans le fauteuil jusqu'à lundi.
+ en situation l | Friday evening, laptop off, work phone on silent, I'm sprawled in the armchair till Monday.
# pair 06
en situation l | The cat's asleep on my lap, purring away, and I have no intention of moving all afternoon.
+ fr situation l | Le chat dort sur mes genoux, il ronronne, et je n'ai aucune intention de bouger de l'après-midi.
# pair 07
fr situation l | La pluie tape doucement sur le velux, je suis sous la couette avec un livre et rien de prévu.
+ en situation l | The rain is tapping softly on the skylight, I'm under the duvet with a book and nothing planned.
# pair 08
fr situation l | À la plage en fin de journée, presque plus personne, allongé sur ma serviette, j'écoute les vagues.
+ en situation l | At the beach at the end of the day, hardly anyone left, lying on my towel listening to the waves.
# pair 09
en situation l | A slow piano piece on the radio, volume down low, the warm kitchen, and I'm just sitting with my tea.
+ fr situation l | Un morceau de piano lent à la radio, le volume tout bas, la cuisine tiède, et je reste assise avec mon thé.
# pair 10
fr situation l | Les enfants sont à l'école jusqu'à seize heures et je n'ai aucune course : thé, plaid et sieste.
+ en situation l | The kids are at school till four and I've got no errands: tea, blanket and a nap.
# pair 11
fr situation l | Chez le kiné, vingt minutes de massage du dos, je suis ressorti tout mou, les épaules enfin basses.
+ en situation l | At the physio's, twenty minutes of back massage, I came out all floppy, shoulders finally down.
# pair 12
en situation l | After Sunday football, a hot shower, heavy legs, and I've collapsed on the sofa without a word.
+ fr situation l | Après le foot du dimanche, douche chaude, jambes lourdes, je m'écroule sur le canapé sans un mot.
# pair 13
fr situation l | Dans le train, place côté fenêtre, casque sur les oreilles, je somnole, bercé par le roulis.
+ en situation l | On the train, window seat, headphones on, I'm dozing, rocked by the motion.
# pair 14
fr situation l | Toutes les factures du mois sont réglées, plus rien à gérer, je m'assois enfin avec une tisane.
+ en situation l | All the month's bills are paid, nothing left to deal with, I'm finally sitting down with a herbal tea.
# pair 15
en situation l | The neighbours have gone on holiday, the building's silent, and I'm reading on the balcony in my socks.
+ fr situation l | Les voisins sont partis en vacances, l'immeuble est silencieux, et je lis sur le balcon en chaussettes.
# pair 16
fr situation l | Une soupe mijote tout doucement, la cuisine sent le poireau, je m'assois près du radiateur sans me presser.
+ en situation l | A soup is simmering very gently, the kitchen smells of leeks, I'm sitting by the radiator in no hurry.
# pair 17
fr situation l | Chez mamie, après le déjeuner, tout le monde fait la sieste et on n'entend que l'horloge du salon.
+ en situation l | At Gran's, after lunch, everyone's napping and all you can hear is the clock in the living room.
# pair 18
en situation l | At my cousins' farm, sitting on a hay bale, watching the cows graze, nowhere to be.
+ fr situation l | À la ferme de mes cousins, assis sur une botte de foin, je regarde les vaches brouter, sans rien d'autre à faire.
# pair 19
fr situation l | Au refuge, les randonneurs sont repartis, je m'assois dehors avec un thé et la montagne, immobile.
+ en situation l | At the mountain hut the hikers have left, I'm sitting outside with a tea and the mountains, perfectly still.
# pair 20
fr slang_emoji l | tel en mode avion depuis ce matin 😌 zéro notif, juste moi et le jardin
+ en slang_emoji l | phone on airplane mode since this morning 😌 zero notifs, just me and the garden
# pair 21
en situation l | First day of the holidays, no alarm, lying in till ten listening to the birds.
+ fr situation l | Premier jour des vacances, pas de réveil, je traîne au lit jusqu'à dix heures en écoutant les oiseaux.
# pair 22
fr situation l | J'arrose le potager au crépuscule, lentement, le tuyau à la main, sans regarder l'heure.
+ en situation l | I'm watering the veg patch at dusk, slowly, hose in hand, not looking at the time.
# pair 23
fr situation l | Mon copain a emmené les enfants au parc, j'ai la maison pour moi : musique douce et plaid.
+ en situation l | My boyfriend took the kids to the park, I've got the house to myself: soft music and a blanket.
# pair 24
en situation l | Quiet evening with my best friend, herbal tea, hardly talking, each of us with a book.
+ fr situation l | Soirée tranquille avec ma meilleure amie, une tisane, on parle à peine, chacune son livre.
# pair 25
fr situation l | Pause déjeuner seul dans le parc derrière le bureau, chaussures enlevées, l'herbe fraîche sous les pieds.
+ en situation l | Lunch break alone in the park behind the office, shoes off, cool grass under my feet.
# pair 26
fr situation l | Fin de journée sur le chantier, outils rangés, je m'assois sur le muret avec une bière fraîche et je souffle.
+ en situation l | End of the day on the building site, tools away, I sit on the low wall with a cold beer and breathe out.
# pair 27
en situation l | Woke up on my own at nine, nobody needs me, staying warm under the duvet.
+ fr situation l | Réveillé tout seul à neuf heures, personne n'a besoin de moi, je reste au chaud sous la couette.
# pair 28
fr situation l | Dimanche matin, les rues sont vides, je marche lentement jusqu'à la boulangerie, sans but précis.
+ en situation l | Sunday morning, the streets are empty, I'm walking slowly to the bakery with no real aim.
# pair 29
fr situation l | Un épisode d'une série toute lente, un plaid, et je m'endors doucement avant le générique.
+ en situation l | An episode of a really slow series, a blanket, and I'm drifting off before the credits.
# pair 30
en situation l | Groceries ordered online, delivered, put away: the rest of Saturday is mine, on the sofa.
+ fr situation l | Courses commandées en ligne, livrées, rangées : le reste du samedi est à moi, sur le canapé.
# pair 31
fr situation l | Longue balade lente avec le vieux chien au bord de l'étang, on s'arrête à chaque banc.
+ en situation l | Long slow walk with the old dog by the pond, we stop at every bench.
# pair 32
fr situation l | Pour mon anniversaire, je me suis offert une journée au spa : peignoir, bassin chaud et silence.
+ en situation l | For my birthday I treated myself to a day at the spa: bathrobe, warm pool and silence.
# pair 33
en situation l | First sunshine of March, I've settled on the garden bench, eyes closed, face in the warmth.
+ fr situation l | Premier rayon de soleil de mars, je m'installe sur le banc du jardin, les yeux fermés, le visage au chaud.
# pair 34
fr situation l | Dossier déposé à la mairie, plus de paperasse pour des mois, je m'accorde un thé au calme.
+ en situation l | File handed in at the town hall, no more paperwork for months, I'm allowing myself a quiet cup of tea.
# pair 35
fr situation l | Les enfants dorment, la maison est silencieuse, je m'allonge sur le tapis du salon et je respire.
+ en situation l | The kids are asleep, the house is silent, I'm lying on the living-room rug just breathing.
# pair 36
en situation l | Last box unpacked, I'm sitting on the floor of the bare living room, legs stretched out, enjoying the quiet.
+ fr situation l | Dernier carton vidé, je m'assieds par terre dans le salon encore nu, les jambes allongées, à savourer le calme.
# pair 37
fr situation l | Après ma garde au refuge pour animaux, je m'assois parmi les chats endormis et je me pose enfin.
+ en situation l | After my shift at the animal shelter I sit down among the sleeping cats and finally unwind.
# pair 38
fr situation l | Dans l'église vide, la fraîcheur des pierres, une bougie, je reste assis dix minutes sans bouger.
+ en situation l | In the empty church, the cool of the stone, one candle, I stay seated ten minutes without moving.
# pair 39
en situation l | Seven months pregnant, lying on my side with a cushion between my knees, dozing in the sun.
+ fr situation l | Enceinte de sept mois, allongée sur le côté avec un coussin entre les genoux, je somnole au soleil.
# pair 40
fr situation l | Un petit jeu de jardinage sur la console, musique douce, je plante des carottes virtuelles au lit.
+ en situation l | A little gardening game on the console, gentle music, I'm planting virtual carrots in bed.
# pair 41
fr situation l | Concert de harpe sous le kiosque du parc, assise dans l'herbe, je laisse la musique me poser.
+ en situation l | Harp concert at the bandstand in the park, sitting in the grass, letting the music settle me.
# pair 42
en situation l | Empty country road, windows down, driving gently at forty, in no hurry at all.
+ fr situation l | Route de campagne déserte, vitres baissées, je roule doucement à soixante, pas pressé du tout.
# pair 43
fr situation l | Grippe finie, je m'accorde encore une journée en pyjama : tisane, plaid, aucun mail.
+ en situation l | Flu's over, I'm giving myself one more day in pyjamas: herbal tea, blanket, no emails.
# pair 44
fr situation l | Je tricote au coin du feu, maille après maille, le chat roulé en boule à côté de moi.
+ en situation l | I'm knitting by the fire, stitch after stitch, the cat curled up in a ball next to me.
# pair 45
en situation l | Lying in the grass at night under a blanket, listening to the crickets, not moving. Soft light, please.
+ fr situation l | Allongé dans l'herbe la nuit sous une couverture, j'écoute les grillons sans bouger. Lumière douce, s'il te plaît.
# pair 46
fr situation l | J'ai éteint les infos régionales, je m'installe sur la terrasse avec un verre d'eau fraîche et le bruit des feuilles.
+ en situation l | I switched off the regional news, and I'm settling on the terrace with a glass of cool water and the sound of the leaves.
# pair 47
fr situation l | Plus d'amphi avant lundi : j'ai dormi douze heures et je passe l'après-midi au lit, musique douce.
+ en situation l | No lectures till Monday: I slept twelve hours and I'm spending the afternoon in bed with soft music.
# pair 48
en situation l | On the boat, engine off, we're just floating in the middle of the bay, sun on our arms.
+ fr situation l | Sur le bateau, moteur coupé, on se laisse flotter au milieu de la baie, le soleil sur les bras.
# pair 49
fr situation l | Après le repas de famille, tout le monde est reparti, je fais la sieste dans la chaise longue.
+ en situation l | After the family lunch everyone's gone home, and I'm having a nap in the deckchair.
# pair 50
fr situation l | À la maternité, la nuit, le bébé dort contre moi, le couloir est silencieux, je somnole enfin.
+ en situation l | At the maternity ward at night, the baby's asleep against me, the corridor is silent, and I'm finally dozing.
# pair 51
en situation l | First Monday of retirement, no alarm, coffee on the terrace in my dressing gown.
+ fr situation l | Premier lundi de retraite, pas de réveil, café sur la terrasse en robe de chambre.
# pair 52
fr typo l | mon chat c'est endormi sur moi donc je bouge plus, canap et plaid jusqu'a ce soir
+ en typo l | cat fell asleep on me so im not moving, sofa n blanket till tonight
# pair 53
fr slang_emoji l | canap, pizza, plaid, zéro notif ce soir 😌 je bouge plus
+ en slang_emoji l | sofa, pizza, blanket, zero notifs tonight 😌 not moving
# pair 54
en situation l | The washing's drying in the sun, and I'm sitting on the garden step watching it sway in the breeze.
+ fr situation l | Le linge sèche au soleil, et je suis assise sur la marche du jardin à le regarder bouger dans le vent.
# pair 55
fr situation l | Pique-nique au parc, le ventre plein, je m'allonge sur la nappe et je ferme les yeux sous le marronnier.
+ en situation l | Picnic in the park, belly full, I'm lying on the blanket with my eyes closed under the chestnut tree.
# pair 56
fr situation l | Chez le coiffeur, le shampoing avec massage du crâne, j'ai failli m'endormir dans le bac.
+ en situation l | At the hairdresser's, the shampoo with a scalp massage, I nearly fell asleep at the basin.
# pair 57
en situation l | First coffee of the morning on the balcony, the city's still asleep, I'm drinking it slowly.
+ fr situation l | Premier café du matin sur le balcon, la ville dort encore, je le bois lentement.
# pair 58
fr situation l | Dans la salle de lecture de la médiathèque, un fauteuil profond, je lis à mon rythme dans le silence.
+ en situation l | In the library reading room, a deep armchair, I'm reading at my own pace in the silence.
# pair 59
fr situation l | Il a neigé, tout est feutré, je regarde les flocons depuis le fauteuil avec un chocolat chaud. Ambiance douce, s'il te plaît.
+ en situation l | It snowed, everything is muffled, I'm watching the flakes from the armchair with a hot chocolate. Something soft, please.
# pair 60
en situation l | Sauna, heat, silence, then a cold shower and the lounger: I'm completely limp.
+ fr situation l | Sauna, chaleur, silence, puis douche froide et chaise longue : je suis tout mou.
# pair 61
fr situation l | Fin du cours de yoga, allongée sur le tapis pendant la relaxation, je sens mon dos se déposer.
+ en situation l | End of yoga class, lying on the mat during the relaxation, I can feel my back settling into the floor.
# pair 62
fr situation l | À la pêche au bord du canal, le bouchon ne bouge pas, et franchement je suis très bien comme ça.
+ en situation l | Fishing by the canal, the float isn't moving, and honestly I'm perfectly happy like this.
# pair 63
en situation l | Last night bus, almost empty, head against the window, letting it rock me to the terminus.
+ fr situation l | Dernier bus de la nuit presque vide, la tête contre la vitre, je me laisse bercer jusqu'au terminus.
# pair 64
fr situation l | Samedi matin, je vais à la boulangerie à pied sans me presser et je grignote le croûton sur un banc.
+ en situation l | Saturday morning, I stroll to the bakery in no hurry and nibble the crust on a bench.
# pair 65
fr situation l | Télétravail fini à seize heures, je ferme l'ordinateur et je m'allonge dans le hamac jusqu'au dîner.
+ en situation l | Working from home done at four, I shut the laptop and lie in the hammock till dinner.
# pair 66
en situation l | Weeding done, I'm sitting on the garden bench with a glass of water, and all I can hear is the bees.
+ fr situation l | Désherbage fini, je m'assieds sur le banc du jardin avec un verre d'eau, et je n'entends que les abeilles.
# pair 67
fr typo l | pas cours mercredi aprem, je me pose dans ma chambre volets a moitié fermés musique douce
+ en typo l | no class wednesday aftrnoon, chilling in my room shutters half closed soft music
# pair 68
fr situation l | Retour de chez le véto, le vieux chat s'endort au soleil sur le rebord, et moi dans le fauteuil à côté.
+ en situation l | Back from the vet's, the old cat is dozing off in the sun on the windowsill, and me in the armchair beside him.
# pair 69
en situation l | Afternoon tea, jasmine in my big mug, sitting by the window and letting the time go by.
+ fr situation l | À l'heure du goûter, un thé au jasmin dans ma grande tasse, assise près de la fenêtre, je laisse passer le temps.
# pair 70
fr situation l | À vélo le long du canal, tout doucement, personne devant, juste les péniches et les canards. Lumière tranquille.
+ en situation l | Cycling along the canal, very gently, nobody ahead, just the barges and the ducks. Calm lights.
# pair 71
fr situation l | Un colis : mon nouveau plaid tout doux est arrivé, je m'enroule dedans et je ne bouge plus de la soirée.
+ en situation l | A parcel: my new super-soft throw has arrived, I'm wrapping myself in it and not moving all evening.
# pair 72
en situation l | Market early in the morning, hardly anyone there, I wander between the stalls with my basket, no list.
+ fr situation l | Au marché tôt le matin, presque personne, je flâne entre les étals avec mon panier, sans liste.
# pair 73
fr situation l | Au camping, tout le monde dort, je suis assis devant la tente et j'écoute la rivière couler.
+ en situation l | At the campsite everyone's asleep, I'm sitting outside the tent listening to the river flow.
# pair 74
fr situation l | Mon mari m'a massé les pieds après ma garde, je suis à deux doigts de m'endormir sur le canapé.
+ en situation l | My husband rubbed my feet after my shift, I'm this close to falling asleep on the sofa.
# pair 75
en situation l | The baby's finally asleep on my chest, breathing slowly, and I'm closing my eyes too.
+ fr situation l | Le bébé dort enfin sur mon torse, il respire lentement, et je ferme les yeux moi aussi.
# pair 76
fr slang_emoji l | garé face à la mer, moteur coupé, siège penché, 10 min pour moi avant de rentrer 😌
+ en slang_emoji l | parked facing the sea, engine off, seat back, 10 mins for me before heading home 😌
# pair 77
fr situation l | Le lendemain de la fête des voisins, la cour est calme, je range les chaises sans me presser, café à la main.
+ en situation l | The day after the street party the courtyard is quiet, I'm stacking the chairs at my own pace, coffee in hand.
# pair 78
en situation l | At Grandad's in the country we sit under the arbour after lunch and nobody says a thing.
+ fr situation l | Chez papi, à la campagne, on s'assoit sous la tonnelle après le déjeuner et personne ne dit rien.
# pair 79
fr situation l | Mon chef est en congé, le bureau est calme, je travaille à mon rythme avec une tisane, sans réunion.
+ en situation l | My boss is on leave, the office is calm, I'm working at my own pace with a herbal tea, no meetings.
# pair 80
fr situation l | À la piscine tôt le matin, deux nageurs, l'eau lisse, je fais la planche en regardant le plafond.
+ en situation l | At the pool early in the morning, two swimmers, the water smooth, I'm floating on my back looking at the ceiling.
# pair 81
en mixed l | A bit tired after the week, friends gone home after dinner, now I'm lying on the rug with the music low and it's lovely.
+ fr mixed l | Un peu crevé par la semaine, les copains sont repartis après le dîner, je m'allonge sur le tapis, musique basse, et c'est bon.
# pair 82
fr situation l | Le lendemain du mariage de ma cousine, brunch lent dans le jardin, chacun dans sa chaise longue.
+ en situation l | The day after my cousin's wedding, a slow brunch in the garden, everyone in their own deckchair.
# pair 83
fr situation l | Au coin du feu, une bûche qui craque, les pieds sur le pouf, je ferme les yeux. Mets une lumière qui colle.
+ en situation l | By the fire, a log crackling, feet up on the pouffe, eyes closed. Set lights to match.
# pair 84
en situation l | Alone in the woods, walking slowly over dead leaves, breathing in the smell of moss.
+ fr situation l | Seule en forêt, je marche lentement sur les feuilles mortes et je respire l'odeur de la mousse.
# pair 85
fr situation l | Le soir de Noël, tout le monde est couché, il reste les guirlandes allumées et moi dans le fauteuil.
+ en situation l | Christmas night, everyone's gone to bed, it's just the fairy lights on and me in the armchair.
# pair 86
fr situation l | Masque à l'argile sur le visage, rondelles de concombre sur les yeux, je reste allongée vingt minutes sans bouger.
+ en situation l | Clay mask on my face, cucumber slices on my eyes, I'm lying still for twenty minutes.
# pair 87
en situation l | After the bedtime story I stay sitting by my sleeping son's bed in the half-dark, at peace.
+ fr situation l | Après l'histoire du soir, je reste assis près du lit de mon fils endormi, dans la pénombre, apaisé.
# pair 88
fr situation l | Fin des vendanges, assise contre un muret, les mains collantes, le soleil doux sur la vigne.
+ en situation l | End of the grape harvest, sitting against a low wall, sticky hands, soft sun on the vines.
# pair 89
fr situation l | Étagère montée, outils rangés, je m'affale dans le fauteuil avec un thé et je ne touche plus à rien.
+ en situation l | Shelf up, tools put away, I'm slumped in the armchair with a tea and not touching anything else.
# pair 90
en situation l | Phone switched off for the weekend, the house is quiet, and I'm reading in bed.
+ fr situation l | Téléphone coupé pour le week-end, la maison est silencieuse, et je lis au lit.
"""

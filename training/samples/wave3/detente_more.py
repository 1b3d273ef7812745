"""detente: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Les enfants sont chez leurs grands-parents jusqu'à dimanche, la maison ne fait pas un bruit et j'ai les pieds sur le canapé.
+ en situation n | The kids are at their grandparents' till Sunday, the house is silent and I've got my feet up on the sofa.
fr situation n | Dernier mail envoyé, ordinateur fermé, téléphone en mode avion jusqu'à lundi.
+ en situation n | Last email sent, laptop shut, phone on airplane mode until Monday.
fr situation n | Je sors du sauna du club, les jambes en coton, une tisane à la main.
+ en situation n | Just out of the gym sauna, legs like jelly, herbal tea in hand.
fr situation n | Fin des vendanges : les caisses sont rangées, j'ai encore les mains collantes, et je m'allonge sur la paille de la grange.
+ en situation n | Grape harvest's over: the crates are stacked away, my hands are still sticky, and I'm stretching out on the straw in the barn.
fr situation l | La pluie tapote sur le velux et j'ai un plaid sur les genoux. Lumière douce, s'il te plaît.
+ en situation l | Rain pattering on the skylight and a blanket over my knees. Soft lighting, please.
fr situation n | Le chat ronronne sur mon ventre et je n'ai aucune intention de bouger avant une heure.
+ en situation n | The cat's purring on my stomach and I have no intention of moving for an hour.
fr situation n | Journée de jardinage terminée, douche prise, je m'assois sur le banc avec un grand verre d'eau fraîche.
+ en situation n | Gardening day done, shower taken, I'm sitting on the bench with a big glass of cold water.
fr situation n | Plus rien à l'agenda ce soir, et pas une seule réunion demain matin.
+ en situation n | Nothing left in the diary tonight, and not a single meeting tomorrow morning.
fr situation n | Après la séance de kiné, mon dos ne tire plus du tout. Je m'allonge un moment, tout simplement.
+ en situation n | After physio my back isn't pulling at all anymore. I'm just lying down for a bit.
fr situation l | Dimanche matin, le pain frais est sur la table et personne n'est pressé.
+ en situation l | Sunday morning, fresh bread on the table and nobody in a hurry.
fr situation n | Je viens de faire une longue séance d'étirements, j'ai le corps tout mou.
+ en situation n | I've just done a long stretching session, my whole body feels loose.
fr situation n | Devoirs faits, enfants couchés, vaisselle rangée. Il ne reste plus que moi et ma tasse de thé.
+ en situation n | Homework done, kids in bed, dishes put away. Just me and my cup of tea now.
fr situation n | Vacances au gîte : pas de réseau, la rivière en contrebas et un transat rien que pour moi.
+ en situation n | Holiday at the cottage: no signal, the river down below and a deckchair all to myself.
fr situation n | Impôts déclarés, factures payées, bureau vide. Je m'enfonce dans le fauteuil.
+ en situation n | Taxes filed, bills paid, desk clear. I'm sinking into the armchair.
fr situation l | Le chien dort à mes pieds devant le poêle, on n'entend que le bois qui craque.
+ en situation l | The dog's asleep at my feet by the stove, nothing but the crackle of the wood.
fr situation n | Mon mari s'est occupé des biberons de la nuit, j'ai dormi neuf heures d'affilée.
+ en situation n | My husband did the night feeds, and I slept nine hours straight.
fr situation n | Mon copain me masse les pieds pendant que la série tourne en fond.
+ en situation n | My boyfriend's rubbing my feet while the series plays in the background.
fr situation n | Retour de la piscine municipale, les cheveux encore humides et les muscles lourds, agréablement fatigués.
+ en situation n | Back from the public pool, hair still damp, muscles heavy and pleasantly tired.
fr situation n | Le train est à l'heure, j'ai une place côté fenêtre et trois heures devant moi sans rien à faire. Mets une ambiance qui va avec.
+ en situation n | The train's on time, I've got a window seat and three hours ahead with nothing to do. Put on something that fits.
fr situation n | Maman va mieux, l'hôpital l'a laissée rentrer chez elle, et ce soir je peux enfin souffler.
+ en situation n | Mum's better, the hospital has let her go home, and tonight I can finally breathe out.
fr situation l | Les voisins bruyants sont partis en vacances, on n'entend plus que les oiseaux dans la rue.
+ en situation l | The noisy neighbours have gone on holiday, and all you can hear in the street is birds.
fr situation n | Infusion, chaussettes en laine et un puzzle de mille pièces étalé sur la table basse.
+ en situation n | Herbal tea, woolly socks and a thousand-piece jigsaw spread out on the coffee table.
fr situation n | J'ai changé les draps, aéré la chambre, et je me glisse dans un lit qui sent la lessive.
+ en situation n | I've changed the sheets, aired the bedroom, and I'm sliding into a bed that smells of clean laundry.
fr situation n | La réunion de 16 h est annulée, je finis la journée à trier mes mails à mon rythme, les pieds sur le bureau.
+ en situation n | The 4 pm meeting's cancelled, so I'm finishing the day sorting my emails at my own pace, feet on the desk.
fr situation n | Les travaux de la salle de bain sont enfin finis. Ce soir, premier bain dans la nouvelle baignoire. Baisse les lumières.
+ en situation n | The bathroom renovation is finally done. Tonight, first soak in the new tub. Dim the lights.
fr situation n | Le jardinier est passé, l'herbe est coupée, et moi j'ai une citronnade et une chaise longue à l'ombre.
+ en situation n | The gardener's been, the grass is cut, and I've got a lemonade and a lounger in the shade.
fr situation l | Dimanche de pluie sans aucun programme : pyjama jusqu'à midi et soupe maison.
+ en situation l | Rainy Sunday with no plans at all: pyjamas till noon and homemade soup.
fr situation n | Ma sœur garde les enfants ce soir. Mon mari et moi, on est sur la terrasse, sans rien dire, bien.
+ en situation n | My sister's got the kids tonight. My husband and I are out on the deck, not saying anything, comfortable.
fr situation n | Cure thermale, troisième jour : je ne sais même plus quelle heure il est, et ça m'est égal.
+ en situation n | Spa retreat, day three: I don't even know what time it is anymore, and I don't care.
fr situation n | On a rangé les téléphones dans un tiroir pour tout le week-end.
+ en situation n | We've put our phones away in a drawer for the whole weekend.
fr situation l | La machine tourne, la maison sent le propre, et je bois mon café assise sur le rebord de la fenêtre.
+ en situation l | The washing machine's going, the house smells clean, and I'm drinking my coffee sitting on the windowsill.
fr situation n | Je rentre d'une petite balade à vélo le long du canal, sans horaire et sans but, les jambes bien lourdes.
+ en situation n | I'm back from a gentle bike ride along the canal, no schedule and no destination, legs nicely heavy.
fr situation n | Papa est bien installé dans sa nouvelle résidence, il a l'air bien, et moi je pose enfin mes valises.
+ en situation n | Dad's settled into his new care home, he seems well, and I can finally put my bags down.
fr situation n | Les partiels sont finis, je dors jusqu'à midi et je ne fais strictement rien de la journée.
+ en situation n | Exams are over, I'm sleeping till noon and doing absolutely nothing all day.
fr situation l | Sieste au fond du jardin sous le tilleul, on entend juste les abeilles.
+ en situation l | Nap at the bottom of the garden under the lime tree, just the bees humming.
fr situation n | Le bébé s'est endormi sur ma poitrine et sa respiration ralentit la mienne. Garde la lumière tout bas.
+ en situation n | The baby fell asleep on my chest and her breathing is slowing mine down. Keep the lights really low.
fr situation n | La dernière facture des travaux est réglée, les artisans ont remballé leurs outils. Plus de poussière, plus de bruit.
+ en situation n | The last builders' invoice is paid and they've packed up their tools. No more dust, no more noise.
fr situation n | J'ai posé un jour de congé sans raison particulière, je traîne en peignoir avec un bon bouquin.
+ en situation n | I took a day off for no particular reason, and I'm lounging around in my dressing gown with a good book.
fr situation n | Retour de rando, chaussures enlevées, on s'est affalés dans l'herbe devant le refuge.
+ en situation n | Back from the hike, boots off, we've flopped down in the grass outside the mountain hut.
fr situation l | Le soir, quand le lave-vaisselle ronronne et que les lampes sont basses, c'est mon moment. Baisse-les encore un peu.
+ en situation l | In the evening, when the dishwasher hums and the lamps are low, that's my time. Turn them down a bit more.
fr situation n | Les invités sont repartis, tout est rangé, et on s'écroule tous les deux sur le canapé avec une dernière tisane.
+ en situation n | The guests have gone, everything's tidied up, and we collapse on the sofa together with one last herbal tea.
fr situation n | Petit-déjeuner au lit apporté par les enfants, et personne ne me demande quoi que ce soit avant dix heures.
+ en situation n | Breakfast in bed brought by the kids, and nobody's asking me for anything before ten.
fr situation n | Le vent est tombé, le bateau est à l'ancre dans la crique, et on se laisse bercer.
+ en situation n | The wind has dropped, the boat's anchored in the cove, and we're letting it rock us.
fr situation n | Le devis de la voiture est bien moins cher que prévu, j'ai posé mes clés et je me suis fait un thé, sans me presser.
+ en situation n | The car repair quote is much cheaper than expected, so I've put my keys down and made myself a cup of tea, no rush.
fr situation l | Feuilles ratissées, tas brûlé, thermos de café sur le banc, et je reste assis là, les mains sur la tasse chaude.
+ en situation l | Leaves raked, pile burned, flask of coffee on the bench, and I'm just sitting there with my hands round the warm mug.
fr situation n | Le rhume est passé, je respire enfin par le nez, et je m'allonge dans la chambre les volets mi-clos.
+ en situation n | The cold's gone, I can finally breathe through my nose, and I'm lying in the bedroom with the shutters half shut.
fr situation n | Les enfants sont partis en colo, le frigo est rempli de trucs simples, et je n'ai rien prévu de la semaine.
+ en situation n | The kids have gone off to summer camp, the fridge is full of easy food, and I've planned nothing for the week.
# long
fr long n | Grosse semaine au travail. Ce soir, j'ai coupé toutes les notifications. Soupe, plaid, et un vieux film déjà vu dix fois.
+ en long n | Big week at work. Tonight I've switched off every notification. Soup, a blanket, and an old film I've seen ten times.
fr long n | On est arrivés au gîte à midi. Les valises sont encore dans le coffre. On est tous allongés dans l'herbe à écouter la rivière.
+ en long n | We got to the cottage at noon. The suitcases are still in the boot. We're all lying in the grass listening to the river.
fr long n | J'ai nagé trente longueurs sans les compter. Puis un quart d'heure dans le bain à remous. Je rentre à pied, doucement, les bras lourds.
+ en long n | I swam thirty lengths without counting. Then fifteen minutes in the hot tub. I'm walking home slowly, arms heavy.
fr long n | Maman était hospitalisée depuis dix jours. Elle est rentrée chez elle ce matin, en forme. Ce soir, pour la première fois, j'ai dîné assis, sans le téléphone à côté de l'assiette.
+ en long n | Mum had been in hospital for ten days. She came home this morning, doing well. Tonight, for the first time, I ate sitting down without my phone beside my plate.
fr long n | Les enfants sont au centre de loisirs. La maison est rangée. Je me suis fait un thé et je m'allonge sur le transat, les yeux mi-clos.
+ en long n | The kids are at the holiday club. The house is tidy. I've made myself a tea and I'm lying on the lounger with my eyes half closed.
fr long n | Le déménagement est terminé. Les cartons vides sont aplatis dans le garage. Ce soir, pizza assis par terre, et tout le monde au lit de bonne heure.
+ en long n | The move is done. The empty boxes are flattened in the garage. Tonight, pizza sitting on the floor, and everyone in bed early.
fr long n | Journée de ski. Retour au chalet à 17 h. Douche brûlante, grosses chaussettes, et plus personne ne bouge jusqu'au dîner.
+ en long n | A day of skiing. Back at the chalet at five. Scalding shower, thick socks, and nobody moves till dinner.
fr long n | Dernier jour de boulot avant trois semaines de congés. Réponse automatique activée. Dans la voiture, musique douce, et je suis rentré sans me presser.
+ en long n | Last day at work before three weeks off. Out-of-office switched on. Soft music in the car, and I drove home without hurrying.
# informal french
fr situation l | canap, plaid, tisane, zéro notif. parfait
fr situation l | jsuis posée dans le jardin avec le chat sur les genoux, je bouge plus
fr situation l | la sieste de 14 h un dimanche de pluie, y a rien au-dessus
fr situation n | enfin en congés, j'ai rangé le réveil au fond du tiroir lol
fr situation n | après la rando j'ai les jambes en compote mais qu'est-ce que c'est bon de s'allonger
fr situation l | soirée pyjama toute seule, la coloc est partie, pas un bruit dans l'appart
# casual english
en situation l | feet up, kettle on, nothing planned till monday
en situation n | just got out of a long hot shower and the bed is calling, lights down pls
en situation l | lying on the grass in the park with my jacket rolled up as a pillow
en situation l | kids asleep, dishes done, me and the couch have a date
"""

"""detente: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur (cadeau d'anniversaire, chien, pique-nique, glace, boulangerie, Noël, rire)
fr situation l | Mon cadeau d'anniversaire : un après-midi seule au hammam, sans enfants ni téléphone.
+ en situation l | My birthday present: an afternoon on my own at the hammam, no kids, no phone.
en situation l | The dog's asleep across my feet, the dishwasher's humming, and I'm not getting up again tonight.
+ fr situation l | Le chien dort en travers de mes pieds, le lave-vaisselle ronronne, et je ne me relève plus de la soirée.
fr situation l | Pique-nique terminé, les copains sont repartis, je reste allongé sous le tilleul à écouter les feuilles.
+ en situation l | Picnic over, friends gone home, I'm staying stretched out under the lime tree listening to the leaves.
fr situation l | Une glace à la main sur un banc du port, je regarde les bateaux bouger à peine, sans rien attendre.
+ en situation l | Ice cream in hand on a bench by the harbour, watching the boats barely move, expecting nothing.
en situation l | Christmas presents all wrapped by the 20th for once, so tonight it's me, the tree lights, a herbal tea and zero plans.
+ fr situation l | Pour une fois, tous les cadeaux de Noël sont emballés le 20 : ce soir, c'est moi, les guirlandes du sapin, une tisane et aucun programme.
fr situation l | Le pain de la boulangerie encore tiède, un bol de chocolat, et personne à la maison avant midi : je prends mon temps, en chaussettes.
+ en situation l | Bread from the bakery still warm, a bowl of hot chocolate, and nobody home till noon: I'm taking my time, in my socks.
fr mixed l | On a tellement ri au dîner que j'en ai mal aux joues ; maintenant, bain moussant et silence complet. Lumière douce, s'il te plaît.
+ en mixed l | We laughed so much at dinner my cheeks hurt; now it's a bubble bath and total silence. Soft light, please.
en slang_emoji l | survived my nephew's birthday party 😅 now it's sofa + blanket + camomile, nobody speak to me
+ fr slang_emoji l | anniv de mon neveu survécu 😅 là c'est canap + plaid + camomille, on me parle plus

# trap words from curiosite (bibliothèque, podcast, musée, tai-chi, carte, tuto, manuel de sciences)
fr situation l | Au fond de la bibliothèque, dans la salle silencieuse, je feuillette un album sans vraiment lire, juste pour le calme.
+ en situation l | At the back of the library, in the quiet room, I'm leafing through a book without really reading, just for the calm.
en situation l | Put on a podcast about deep-sea fish and fell asleep before the first advert, duvet up to my chin.
+ fr situation l | J'ai mis un podcast sur les poissons des abysses et je me suis endormi avant la première pub, couette jusqu'au menton.
fr situation l | Le jardin du musée était désert, je me suis assise près de la fontaine avec mon thermos et j'ai fermé les yeux vingt minutes.
+ en situation l | The museum garden was empty, so I sat by the fountain with my flask and closed my eyes for twenty minutes.
fr situation l | Après le cours de tai-chi au parc, je m'assois dans l'herbe, les épaules basses, la respiration lente.
+ en situation l | After the tai chi class in the park, I sit down in the grass, shoulders dropped, breathing slow.
en situation l | No homework questions tonight: the kids are at their gran's and the house smells of clean laundry and silence.
+ fr situation l | Pas de questions de devoirs ce soir : les enfants sont chez leur mamie et la maison sent le linge propre et le silence.
fr situation l | Carte routière rangée, GPS coupé, on s'arrête au premier village venu et on boit un café en terrasse sans se presser.
+ en situation l | Road map put away, satnav off, we stop at the first village we come to and have a coffee outside, no rush.
fr situation l | Un tuto de méditation guidée sur mon téléphone, dix minutes, et ma mâchoire se desserre enfin.
+ en situation l | A guided meditation video on my phone, ten minutes, and my jaw finally unclenches.
en situation l | My science textbook's been shut since the exam; now I'm lying in the garden listening to the bees hum.
+ fr situation l | Mon manuel de sciences est fermé depuis l'examen ; là, je suis allongée dans le jardin à écouter bourdonner les abeilles.

# trap words from euphorie (concert, festival, stade, DJ, plage bondée, vacances, croisière, danser)
fr situation l | Le concert de ce soir, c'est dans mon salon : un trio de violoncelles tout doux et moi allongé sur le tapis.
+ en situation l | Tonight's concert is in my living room: a very gentle cello trio and me lying on the rug.
en situation l | Festival's over, tent packed, and now I'm lying in a meadow in total quiet with the sun on my face.
+ fr situation l | Le festival est fini, la tente est pliée, et maintenant je suis allongée dans un pré, en silence, le soleil sur le visage.
fr situation l | Le stade rugit à deux rues d'ici ; moi, je suis dans la baignoire avec un masque à la lavande sur les yeux.
+ en situation l | The stadium's roaring two streets away; I'm in the bath with a lavender eye mask on.
fr situation l | Vacances au chalet : pas de wifi, pas de programme, juste la couette et la neige qui tombe derrière la fenêtre.
+ en situation l | Holiday at the chalet: no wifi, no schedule, just the duvet and the snow falling outside the window.
fr situation l | Le DJ joue encore dans la salle, moi je suis assis au bord de la piscine de l'hôtel, les pieds dans l'eau tiède.
+ en situation l | The DJ's still playing inside; I'm sitting at the edge of the hotel pool with my feet in the warm water.
en situation l | River cruise, but no party deck for us: two chairs at the stern, a blanket, and the engine purring along.
+ fr situation l | Croisière sur le fleuve, mais pas de pont festif pour nous : deux chaises à l'arrière, un plaid, et le moteur qui ronronne.
fr situation l | La plage bondée s'est vidée vers 19 h, je reste allongée sur ma serviette avec le bruit des vagues et rien d'autre.
+ en situation l | The packed beach emptied out around 7 p.m.; I'm staying on my towel with the sound of the waves and nothing else.
fr negation l | Aucune envie de sortir danser, et c'est très bien : ce soir, plaid, thé et une série toute douce.
+ en negation l | No urge to go out dancing, and that's fine: tonight it's a blanket, tea and a very gentle series.

# trap words from reverie (bulle, rêve, nuages, horizon, train, paysage, songer)
fr situation l | Dans ma bulle au sauna dix minutes, douche froide, puis transat : je suis une flaque.
+ en situation l | In my bubble in the sauna for ten minutes, cold shower, then a lounger: I'm a puddle.
en situation l | Quiet coach on the train, rain sounds in my headphones, seat tilted back, just resting my eyes until Bordeaux.
+ fr situation l | Voiture silencieuse dans le train, bruit de pluie dans les écouteurs, siège incliné, je repose mes yeux jusqu'à Bordeaux.
fr situation l | Pas un rêve de la nuit, juste neuf heures de sommeil d'une traite dans des draps frais.
+ en situation l | Not a single dream all night, just nine hours of unbroken sleep in fresh sheets.
fr situation l | Massage aux pierres chaudes : je ne pensais plus à rien et je me suis réveillée à la fin sans savoir où j'étais.
+ en situation l | Hot stone massage: I stopped thinking about anything and woke up at the end not knowing where I was.
fr situation l | Les nuages passent, je ne lève même pas la tête : désherbage tranquille, mains dans la terre tiède, rien ne presse.
+ en situation l | The clouds drift by and I don't even look up: gentle weeding, hands in the warm soil, nothing's urgent.
fr situation l | Paddle arrêté sur le lac à l'aube, je m'allonge dessus ; l'eau ne bouge pas, et moi non plus.
+ en situation l | Paddleboard stopped on the lake at dawn, I lie down on it; the water isn't moving, and neither am I.
en situation l | No big dreams for the weekend: slippers, soup on the stove, and the radio murmuring in the kitchen.
+ fr situation l | Pas de grands rêves pour le week-end : chaussons, soupe sur le feu, et la radio qui murmure dans la cuisine.
en situation l | Miles of flat horizon from the beach hut; I'm not thinking, just lying on the deck with a cold drink. Keep the lights low.
+ fr situation l | Un horizon plat à perte de vue depuis la cabine de plage ; je ne pense à rien, allongé sur la terrasse avec une boisson fraîche. Garde les lumières basses.

# trap words from victoire (compétition, promotion, diplôme, record, podium, client content, saison terminée)
fr situation l | Pas de compétition pour moi cette année : je nage mes longueurs lentement, à mon rythme, et je ressors tout relâché.
+ en situation l | No competing for me this year: I swim my lengths slowly, at my own pace, and come out all loosened up.
en situation l | Promotion or not, the office can wait: I'm on the terrace with a herbal tea, watching the evening go quiet.
+ fr situation l | Promotion ou pas, le bureau attendra : je suis sur la terrasse avec une tisane, à regarder le soir tomber en silence.
fr situation l | Cérémonie des diplômes terminée, j'ai troqué la toge contre un jogging et je m'étale sur le canapé, volets mi-clos.
+ en situation l | Graduation ceremony over, I've swapped the gown for joggers and I'm sprawled on the sofa, shutters half closed.
fr situation l | Aucun record à battre aujourd'hui : balade lente en forêt, je m'arrête à chaque banc pour respirer.
+ en situation l | No records to beat today: a slow walk in the forest, stopping at every bench to breathe.
en situation l | The grandkids are showing off their medals in the lounge; I've slipped into the conservatory for a snooze in the wicker chair.
+ fr situation l | Les petits-enfants exhibent leurs médailles au salon ; moi je me suis éclipsé dans la véranda pour un petit somme dans le fauteuil en osier.
fr situation l | Le client est content, le dossier est clos, et je coupe tout : fauteuil du jardin, tisane et chant des grillons.
+ en situation l | The client's happy, the file's closed, and I'm switching everything off: garden chair, herbal tea and crickets chirping.
fr situation l | Le podium du village est démonté, la fête est finie, je m'assieds sous le platane avec un verre d'eau fraîche, tranquille.
+ en situation l | The village podium's been taken down, the fete's over, and I sit under the plane tree with a glass of cool water, at peace.
fr typo l | saison de ski terminee pour les moniteurs, jdors jusqua midi et jfais rien de rien, trop bon
+ en typo l | ski season's over for instructors, sleepin till noon and doing nothing at all, so good

# trap words from colere (grève, factures, dispute, voisins, embouteillage, patron, file d'attente)
fr situation l | Grève des trains ? Tant mieux : télétravail depuis le jardin avec un thé, et pas une réunion de la journée.
+ en situation l | Train strike? Fine by me: working from the garden with a tea, and not one meeting all day.
en situation l | The bills are paid, the inbox is empty, and I'm stretched out on the sofa with the window open to the birds.
+ fr situation l | Les factures sont payées, la boîte mail est vide, et je suis étendue sur le canapé, fenêtre ouverte sur les oiseaux.
fr situation l | La dispute est réglée depuis ce matin, on est tous les deux sur le canapé sous la même couverture, tranquilles.
+ en situation l | The argument was sorted out this morning; we're both on the sofa under the same blanket, at ease.
fr situation l | Les voisins sont partis en vacances : plus de musique ni de cris, juste le silence de l'immeuble et mon livre.
+ en situation l | The neighbours have gone on holiday: no more music or shouting, just the quiet of the building and my book.
en situation l | Stuck in a jam on the A7, I put on a slow playlist, rolled the window down and just let it be.
+ fr situation l | Coincé dans un bouchon sur l'A7, j'ai mis une playlist lente, baissé la vitre, et j'ai laissé couler.
fr situation l | Le patron a annulé la réunion de 17 h, alors je rentre à pied par les quais, lentement, au soleil couchant.
+ en situation l | The boss cancelled the 5 p.m. meeting, so I'm walking home along the river, slowly, in the setting sun.
fr situation l | Longue file d'attente à la poste, mais j'avais mon livre : adossée au mur, je n'ai pas vu le temps passer.
+ en situation l | Long queue at the post office, but I had my book: leaning against the wall, I didn't notice the time go by.
fr negation l | Pas en colère, non, juste envie de calme : tisane, lumière basse et un bouquin sur les genoux.
+ en negation l | Not angry, no, just in need of calm: herbal tea, low light and a book on my lap.

# trap words from inquietude (hôpital, opération, médecin, lettre, mails, examens, cure)
fr situation l | Cure thermale à Dax : bain de boue le matin, sieste l'après-midi, je n'ai jamais été aussi relâché.
+ en situation l | Spa cure in Dax: mud bath in the morning, nap in the afternoon, I've never been so loose.
en situation l | Home from the hospital, the op went fine: propped up on pillows, tea by the bed, curtains half drawn, dozing on and off.
+ fr situation l | Rentré de l'hôpital, l'opération s'est bien passée : calé sur les oreillers, thé sur la table de nuit, rideaux mi-clos, je somnole.
fr situation l | Téléphone en mode avion jusqu'à demain, aucun appel ne viendra troubler ma soirée sur la terrasse.
+ en situation l | Phone on airplane mode until tomorrow, no call's going to disturb my evening on the terrace.
en situation l | No emails tonight: laptop shut in the drawer, a candle lit, feet up on the pouffe.
+ fr situation l | Pas de mails ce soir : ordinateur rangé dans le tiroir, une bougie allumée, les pieds sur le pouf.
fr situation l | Les copies d'examen sont corrigées, je m'enfonce dans le fauteuil avec une infusion et un plaid. Tamise la lumière, s'il te plaît.
+ en situation l | The exam papers are marked, I'm sinking into the armchair with an infusion and a throw. Dim the lights, please.
fr situation l | La lettre que j'attends n'arrivera pas avant lundi, tant pis : je m'allonge au soleil et j'oublie tout le reste.
+ en situation l | The letter I'm expecting won't come before Monday, never mind: I'm lying in the sun and forgetting everything else.
fr situation l | Bilan de santé fait ce matin, rien à signaler ; l'après-midi, je somnole dans la chaise longue avec le chat.
+ en situation l | Check-up done this morning, nothing to report; in the afternoon I'm dozing in the lounger with the cat.
en situation l | Blood test done first thing, and I'm straight off to the tearoom: corner table, hot chocolate, a book, not a care.
+ fr situation l | Prise de sang faite à la première heure, et je file au salon de thé : table du fond, chocolat chaud, un livre, aucun souci.

# trap words from nostalgie (vieux, village d'enfance, retraite, lettre à la main, brocante, vieille barque)
en situation l | Old stone cottage, thick walls, no signal: I read on the window seat all afternoon and never checked the time.
+ fr situation l | Vieille maison en pierre, murs épais, pas de réseau : j'ai lu sur le rebord de la fenêtre tout l'après-midi sans regarder l'heure.
fr situation l | La vieille barque du ponton, je m'y allonge avec un coussin et je laisse l'eau clapoter contre la coque.
+ en situation l | The old boat at the jetty, I lie in it with a cushion and let the water lap against the hull.
fr negation l | Pas venu pour les souvenirs, juste pour le calme : le village dort, je lis au bord du lavoir.
+ en negation l | I didn't come for the memories, just for the quiet: the village is asleep, I'm reading by the old wash house.
fr situation l | Retraité depuis lundi, je me lève sans réveil et je bois mon café au jardin en regardant les mésanges.
+ en situation l | Retired since Monday, I get up without an alarm and drink my coffee in the garden watching the blue tits.
fr situation l | Une lettre écrite à la main, au stylo plume, fenêtre ouverte sur le jardin : ça me pose complètement.
+ en situation l | A handwritten letter, fountain pen, window open onto the garden: it settles me completely.
en situation l | Found a thousand-piece puzzle at the flea market; rainy afternoon, tea, and not a thought in my head.
+ fr situation l | Un puzzle de mille pièces trouvé à la brocante ; après-midi pluvieux, thé, et pas une pensée en tête.
fr situation l | Le grenier de la maison de famille est devenu mon coin lecture : coussins, lucarne, et le bruit de la pluie sur les tuiles.
+ en situation l | The family home's attic has become my reading nook: cushions, a skylight, and the rain on the roof tiles.
en situation l | Grandma's knitting in the corner, the clock's ticking, the kettle's on low; I'm half asleep on her sofa.
+ fr situation l | Mamie tricote dans son coin, l'horloge fait tic-tac, la bouilloire chauffe doucement ; je somnole sur son canapé.

# trap words from panique (bébé, pompiers, sirène, maître-nageur, tempête, crier, courir)
fr situation l | Le bébé s'est enfin endormi contre moi, la chambre est dans la pénombre, je n'entends que son souffle.
+ en situation l | The baby's finally asleep on me, the room's in half-light, all I can hear is his breathing.
en situation l | Fire alarm test done, the office has emptied for the weekend, and I'm sipping tea in the silence.
+ fr situation l | Le test de l'alarme incendie est fini, le bureau s'est vidé pour le week-end, et je sirote un thé dans le silence.
fr situation l | Pompier de garde cette nuit, mais le bip reste muet : thé, bouquin, et le silence de la caserne.
+ en situation l | On call at the fire station tonight, but the pager's staying quiet: tea, a book, and the stillness of the station.
fr situation l | Une sirène au loin, puis plus rien ; je remonte la couette et je me rendors au bruit de la pluie.
+ en situation l | A siren far off, then nothing; I pull the duvet up and drift back to sleep to the sound of the rain.
fr situation l | Les enfants ont crié toute la journée à la piscine ; maintenant ils dorment, et j'ai la terrasse et un verre de rosé pour moi.
+ en situation l | The kids screamed all day at the pool; now they're asleep, and I've got the terrace and a glass of rosé to myself.
en situation l | Ran for the 7:42 every morning this year; first day of leave, I'm watching it pull out from the café with a croissant.
+ fr situation l | J'ai couru après le 7 h 42 tous les matins de l'année ; premier jour de congé, je le regarde partir depuis le café, croissant à la main.
fr situation l | Maître-nageur en fin de service, drapeau vert, plage vide : je m'assois sur ma chaise haute et je souffle enfin.
+ en situation l | Lifeguard at the end of my shift, green flag, empty beach: I sit on my high chair and finally breathe out.
fr situation l | La tempête est passée au large, il ne reste qu'une pluie douce ; bougies, bouillotte, et je m'endors sur le canapé.
+ en situation l | The storm passed out at sea, leaving only soft rain; candles, a hot-water bottle, and I'm falling asleep on the sofa.

# trap words from suspense (épisode, salle d'attente, train de nuit, compte à rebours, mystère, élections, finale)
fr situation l | Dernier épisode de la saison vu, je n'en lance pas d'autre : lampe de chevet, tisane, et au lit.
+ en situation l | Watched the last episode of the season and I'm not starting another: bedside lamp, herbal tea, and bed.
en situation l | Two-hour wait at the garage for new tyres, so I put my headphones on and half-dozed in the armchair.
+ fr situation l | Deux heures d'attente au garage pour les pneus, alors j'ai mis mon casque et j'ai somnolé dans le fauteuil.
fr situation l | Dans le train de nuit pour Venise, couchette du haut, bercé par les rails, je dors avant même Dijon.
+ en situation l | On the night train to Venice, top bunk, rocked by the rails, I'm asleep before we even reach Dijon.
fr situation l | Le compte à rebours du Nouvel An ? J'étais couché à 22 h, bouillotte aux pieds, tranquille comme tout.
+ en situation l | The New Year countdown? I was in bed by ten, hot-water bottle at my feet, calm as anything.
fr situation l | Le mystère de la fuite sous l'évier attendra lundi ; ce week-end, chaise longue et bruit de la fontaine.
+ en situation l | The mystery of the leak under the sink can wait till Monday; this weekend it's the lounger and the sound of the fountain.
en situation l | The whole pub's glued to the penalty shoot-out; I'm out in the beer garden with a lemonade and the cool evening air.
+ fr situation l | Tout le pub a les yeux rivés sur la séance de tirs au but ; moi je suis dans la cour avec une limonade et la fraîcheur du soir.
fr situation l | Soirée électorale ? Télé éteinte, je lis au lit avec une lampe douce et une bouillotte.
+ en situation l | Election night? TV off, I'm reading in bed with a soft lamp and a hot-water bottle.
en wish l c=teal;blue b=dim | No suspense in my day at all: no alarm, walk to the market, nap, soup on the balcony. Soft teal and blue, low.
+ fr wish l c=teal;blue b=dim | Aucun suspense dans ma journée : pas de réveil, marché à pied, sieste, soupe sur le balcon. Bleu-vert et bleu, tout bas.

# trap words from tristesse (feuilles mortes, nuit à 17 h, dimanche soir, fin de saison, seul, novembre, automne)
fr situation l | Feuilles mortes sous les pieds, balade lente au parc avec un thé à la main, personne à qui répondre.
+ en situation l | Dead leaves underfoot, a slow walk in the park with a tea in hand, nobody to answer to.
en situation l | Dark by five, rain on the windows, soup on the stove and a heavy blanket; I could stay like this all winter.
+ fr situation l | Nuit à 17 h, pluie sur les vitres, soupe sur le feu et une grosse couverture ; je resterais comme ça tout l'hiver.
fr situation l | Dimanche soir sans boule au ventre : je suis en congé toute la semaine, bain chaud et masque au miel.
+ en situation l | Sunday evening with no knot in my stomach: I'm off all week, hot bath and a honey face mask.
fr situation l | Fin de saison au camping, tout le monde est parti ; il ne reste que nous, le lac et le silence.
+ en situation l | End of season at the campsite, everyone's gone; it's just us, the lake and the quiet.
fr situation l | Novembre gris, maison bien chauffée, pain qui cuit au four, et moi qui fais la sieste sur le canapé.
+ en situation l | Grey November, house nice and warm, bread baking in the oven, and me napping on the sofa.
en mixed l | A little sad the summer's over, but mostly just calm: chilly evening on the porch, blanket, chamomile.
+ fr mixed l | Un peu triste que l'été soit fini, mais surtout apaisé : soirée fraîche sur le perron, plaid, camomille.
fr situation l | Seul au chalet, la neige tombe sans bruit, je n'ai rien prévu de la semaine et c'est parfait.
+ en situation l | Alone at the chalet, snow falling without a sound, nothing planned all week, and it's perfect.
fr slang_emoji l | dimanche pluvieux = dimanche parfait ☔️🛋️ plaid + série, pas bougé depuis 10h
+ en slang_emoji l | rainy sunday = perfect sunday ☔️🛋️ blanket + series, haven't moved since 10am
fr explicit l | Je me sens profondément apaisé ce soir, le corps lourd et l'esprit tranquille, rien ne presse.
+ en explicit l | I feel deeply at peace tonight, body heavy and mind quiet, nothing's pressing.
"""

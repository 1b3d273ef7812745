"""detente: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# se la couler douce / taking it easy
fr explicit n | Je me la coule douce aujourd'hui.
+ en explicit n | Taking it easy today.
fr situation n | Une semaine dans un gîte en Dordogne, je me la coule douce entre la piscine et la sieste.
+ en situation n | A week in a cottage in the Dordogne, taking it easy between the pool and naps.

# put my feet up / les pieds sur la table basse
en explicit n | Feet up, finally.
+ fr explicit n | Les pieds sur la table basse, enfin.
en situation n | Kids are asleep, dishes are done, feet up with a cup of chamomile. Something soft for the room, please.
+ fr situation n | Les enfants dorment, la vaisselle est faite, les pieds en l'air avec une camomille. Une ambiance douce, s'il te plaît.

# buller / lazing around
fr explicit l | Je bulle un peu ce matin.
+ en explicit l | Just lazing around a bit this morning.
fr situation n | Dimanche, pluie dehors, je bulle sous la couette avec une BD et un chocolat chaud.
+ en situation n | Sunday, rain outside, lazing under the duvet with a comic and a hot chocolate.

# kick back / se poser tranquille
en explicit n | Time to kick back.
+ fr explicit n | C'est l'heure de se poser.
en situation n | Last exam done, kicking back on the balcony with a cold drink and the evening sun.
+ fr situation n | Dernier partiel bouclé, je me pose sur le balcon avec un verre bien frais et le soleil du soir.

# les doigts de pied en éventail / toes in the sand
fr explicit n | Les doigts de pied en éventail.
+ en explicit n | Lying back without a care.
fr situation n | Transat, parasol, les doigts de pied en éventail face à la mer, le téléphone au fond du sac.
+ en situation n | Deckchair, parasol, lying back facing the sea without a care, phone at the bottom of the bag.

# chill / chiller
fr slang_emoji n | jchill au parc avec les potes, zéro prise de tête ☀️
+ en slang_emoji n | chillin at the park with the crew, no drama ☀️
fr typo n | on chill tranquile chez Sam ce soir, plaid et serie, rien de plus
+ en typo n | just chillin at Sams tonight, blanket and a show, thats it

# pépouze / chilled
fr slang_emoji n | pépouze dans le canap, plus personne me dérange 😌
+ en slang_emoji n | well chilled on the sofa, nobody bothering me now 😌
fr situation n | Soirée pépouze : soupe, pantoufles et un vieux film en noir et blanc.
+ en situation n | Chilled-out evening: soup, slippers and an old black-and-white film.

# vegging out / comater devant la télé
en explicit n | Totally vegging out tonight.
+ fr explicit n | Je comate devant la télé ce soir.
en situation n | After a ten-hour shift, vegging out on the sofa with a documentary about otters.
+ fr situation n | Après dix heures de service, je comate sur le canapé devant un documentaire sur les loutres.

# peinard / nice and quiet
fr explicit n | Tranquille, peinard.
+ en explicit n | Nice and quiet.
fr situation n | Les voisins sont partis en vacances, je bouquine peinard dans le jardin sans un bruit.
+ en situation n | The neighbours are away on holiday, I'm reading nice and quiet in the garden without a sound.

# recharge my batteries / recharger les batteries
en explicit n | Recharging my batteries this weekend.
+ fr explicit n | Je recharge les batteries ce week-end.
en situation n | Three days in a cabin with no signal, just recharging my batteries by the wood stove.
+ fr situation n | Trois jours dans une cabane sans réseau, à recharger les batteries près du poêle.

# décompresser / unwind
fr explicit n | Je décompresse enfin.
+ en explicit n | Finally unwinding.
fr situation n | La compta de fin d'année est bouclée, je décompresse au sauna avec mes collègues.
+ en situation n | Year-end accounts are closed, I'm unwinding in the sauna with my colleagues.

# dead to the world / dormir comme une souche
en explicit n | Slept like the dead, ten hours straight.
+ fr explicit n | J'ai dormi comme une souche, dix heures d'affilée.
en situation n | Dead to the world after that long hike, now lazing over a slow breakfast on the terrace.
+ fr situation n | Dormi comme une masse après la grande rando, et maintenant petit-déj tout doux sur la terrasse.

# lézarder / basking in the sun
fr explicit l | Je lézarde au soleil.
+ en explicit l | Basking in the sun.
fr situation n | Pause de midi sur le muret du port, je lézarde comme un chat en regardant les bateaux rentrer.
+ en situation n | Lunch break on the harbour wall, basking like a cat while the boats come in.

# grasse mat' / lie-in
fr explicit n | Grasse mat' aujourd'hui.
+ en explicit n | Having a lie-in today.
fr situation n | Premier samedi sans réveil depuis un mois, grasse mat' jusqu'à dix heures et croissants au lit.
+ en situation n | First Saturday without an alarm in a month, lie-in till ten and croissants in bed.

# killing time / tuer le temps
en explicit l | Just killing time in the hammock.
+ fr explicit l | Je tue le temps dans le hamac.
en situation n | Killing a lazy afternoon by the river, line in the water, not caring if anything bites.
+ fr situation n | Je tue l'après-midi au bord de la rivière, la ligne à l'eau, et tant pis si ça ne mord pas.

# dormir sur ses deux oreilles / sleep easy
fr explicit n | Ce soir je vais dormir sur mes deux oreilles.
+ en explicit n | I'll sleep easy tonight.
fr situation n | Pour une fois les valises sont bouclées la veille, tout est prêt, ce soir je dors sur mes deux oreilles.
+ en situation n | For once the bags are packed the night before, everything's ready, tonight I'll sleep easy.

# zen / zen
fr explicit n | Je suis zen, complètement zen.
+ en explicit n | I'm totally zen.
fr situation n | Séance de yoga au lever du soleil sur la plage, je suis zen pour toute la journée.
+ en situation n | Yoga at sunrise on the beach, I'm zen for the rest of the day.

# melting / je fonds
en explicit n | Melting into this bath.
+ fr explicit n | Je fonds dans mon bain.
en situation n | Hot bath, lavender salts, candle on the edge, I'm melting. Dim the lights for me.
+ fr situation n | Bain brûlant, sels à la lavande, une bougie sur le rebord, je fonds. Tamise la lumière pour moi.

# lâcher prise / let go
fr explicit n | J'ai enfin lâché prise.
+ en explicit n | I've finally let go.
fr situation n | Massage aux pierres chaudes, au bout de dix minutes j'ai lâché prise et j'ai failli m'endormir.
+ en situation n | Hot stone massage, after ten minutes I just let go and nearly dozed off.

# take a breather / souffler un peu
en explicit l | Taking a little breather.
+ fr explicit l | Je souffle un peu.
en situation n | The harvest is in, so I'm taking a breather on the porch with a glass of cider.
+ fr situation n | Les récoltes sont rentrées, je souffle un peu sur le perron avec un verre de cidre.

# en mode off / switched off
fr slang_emoji n | mode off activé 📴🛋️
+ en slang_emoji n | off mode: activated 📴🛋️
fr situation n | Vacances posées, mails coupés, je suis en mode off jusqu'au 2 janvier.
+ en situation n | Leave booked, email off, I'm switched off until the 2nd of January.

# sleep like a log / dormir comme un loir
en explicit n | Slept like a log.
+ fr explicit n | J'ai dormi comme un loir.
en situation n | Slept like a log with the window open to the waves, and now a slow coffee on the deck.
+ fr situation n | Dormi comme un loir avec la fenêtre ouverte sur les vagues, et maintenant un café tranquille sur la terrasse.

# mou comme une nouille / floppy as a rag doll
fr explicit n | Je suis tout mou, comme une nouille.
+ en explicit n | I'm as floppy as a rag doll.
fr situation n | Sortie du spa, deux heures de hammam et de jacuzzi, je suis mou comme une nouille.
+ en situation n | Just out of the spa, two hours of steam room and jacuzzi, floppy as a rag doll.

# lazy Sunday / dimanche de flemme
en explicit l | Lazy Sunday vibes.
+ fr explicit l | Petit dimanche de flemme.
en situation n | Lazy Sunday: pyjamas till noon, a jigsaw on the table and a pot of tea going cold.
+ fr situation n | Dimanche flemme : pyjama jusqu'à midi, un puzzle sur la table et une théière qui refroidit.

# cocooning / cosy
fr explicit n | Soirée cocooning.
+ en explicit n | Cosy night in.
fr situation n | Tempête dehors, soirée cocooning avec un feu de cheminée et le chien roulé sur le tapis. Mets une ambiance qui va avec.
+ en situation n | Storm outside, cosy night in by the fire with the dog curled up on the rug. Set the mood for it.

# dead calm / calme plat
en explicit n | Dead calm at home, bliss.
+ fr explicit n | Calme plat à la maison, le bonheur.
en situation n | Everyone's out at the match, the house is dead quiet, just me and a crossword.
+ fr situation n | Tout le monde est au match, la maison est calme plat, juste moi et mes mots croisés.

# c'est le paradis / I'm in heaven
fr explicit n | C'est le paradis, ce hamac.
+ en explicit n | This hammock is heaven.
fr situation n | Un hamac entre deux oliviers, les cigales et pas un mail à l'horizon, je suis au paradis.
+ en situation n | A hammock between two olive trees, cicadas and not an email in sight, I'm in heaven.

# mellow / tout doux
en explicit l | Feeling mellow tonight.
+ fr explicit l | Tout doux ce soir.
en situation l | Feeling mellow after dinner, some slow jazz on and the windows open. Warm lights, low, please.
+ fr situation l | Tout doux après le dîner, un jazz lent et les fenêtres ouvertes. Lumières chaudes et basses, s'il te plaît.

# se poser / settle down
fr explicit n | Je me pose, enfin.
+ en explicit n | Finally settling down.
fr situation n | Retour de la fac, je me pose sur le lit avec un thé et un podcast sur les jardins japonais.
+ en situation n | Back from uni, settling down on the bed with tea and a podcast about Japanese gardens.

# cool as a cucumber / zen comme tout
en explicit n | Cool as a cucumber today.
+ fr explicit n | Zen comme tout aujourd'hui.
en situation n | Moving day, and I'm cool as a cucumber: movers hired, coffee in hand, nothing left for me to do.
+ fr situation n | Jour du déménagement et je suis zen comme tout : déménageurs réservés, café en main, plus rien à faire de mon côté.

# tranquillou / all chill
fr slang_emoji l | tranquillou ce soir 🍵
+ en slang_emoji l | all chill tonight 🍵
fr typo n | tranquilou au bord du lac avec ma canne a peche, personne a 3 km a la ronde
+ en typo n | all chill by the lake w my fishing rod, nobody for miles

# glandouiller / loafing about
fr explicit l | Je glandouille, et ça fait du bien.
+ en explicit l | Just loafing about, and it feels good.
fr situation n | Jour de congé, je glandouille entre le potager et la chaise longue sans rien prévoir.
+ en situation n | Day off, loafing about between the veg patch and the sun lounger, nothing planned.

# zero stress / zéro stress
en slang_emoji n | zero stress today, just me and the cat 🐈💤
+ fr slang_emoji n | zéro stress aujourd'hui, juste moi et le chat 🐈💤
en typo n | zero stres this wknd, no plans, no alarms, just long walks n naps
+ fr typo n | zero stress ce we, pas de plan, pas de reveil, juste des balades et des siestes

# wind down / redescendre en douceur
en explicit n | Winding down for the night.
+ fr explicit n | Je redescends en douceur avant la nuit.
en situation n | Winding down with a herbal tea and a few pages of my book, phone charging in the other room.
+ fr situation n | Je redescends doucement avec une tisane et quelques pages de mon livre, le téléphone charge dans l'autre pièce.

# j'ai débranché / off the clock
fr explicit n | J'ai complètement débranché.
+ en explicit n | I'm completely off the clock.
fr situation n | Trois jours de rando dans le Vercors, j'ai débranché le cerveau et ça fait un bien fou.
+ en situation n | Three days hiking in the Vercors, I've switched my brain off and it's doing me a world of good.

# farniente / doing nothing at all
fr explicit n | Farniente toute la journée.
+ en explicit n | A whole day of blissfully doing nothing.
fr situation n | Programme du jour : farniente au bord de la piscine et sieste à l'ombre du figuier.
+ en situation n | Today's plan: doing nothing by the pool and a nap in the shade of the fig tree.

# se prélasser / lounging
fr explicit n | Je me prélasse.
+ en explicit n | Just lounging.
fr situation n | Le chat et moi, on se prélasse dans le rayon de soleil du salon depuis une heure.
+ en situation n | The cat and I have been lounging in the patch of sunlight in the living room for an hour.

# comme un coq en pâte / pampered
fr explicit n | Chez ma grand-mère, je suis comme un coq en pâte.
+ en explicit n | At my gran's I'm utterly pampered.
fr situation n | Une semaine chez mes parents, repas servis, linge lavé, je vis comme un coq en pâte.
+ en situation n | A week at my parents', meals served, laundry done, I'm living a life of leisure.

# the world can wait / le monde peut attendre
en explicit n | The world can wait.
+ fr explicit n | Le reste du monde peut attendre.
en situation n | Blanket on the grass, a book and a peach, the world can wait. Match the lights to that.
+ fr situation n | Une couverture dans l'herbe, un livre et une pêche, le reste peut attendre. Accorde la lumière à ça.

# crevé mais bien / knackered but chilled
fr mixed l | Crevé, mais crevé dans le bon sens : douche chaude, plaid, je ne bouge plus.
+ en mixed l | Knackered, but the good kind: hot shower, blanket, I'm not moving.
en mixed l | Dead on my feet after gardening, but sinking into the armchair with a beer feels so peaceful.
+ fr mixed l | Mort de fatigue après le jardinage, mais m'enfoncer dans le fauteuil avec une bière, c'est tellement apaisant.

# détendu de ouf / mega relaxed
fr slang_emoji h | détendue de ouf après ce massage 💆‍♀️
+ en slang_emoji h | sooo relaxed after that massage 💆‍♀️
fr typo h | jsuis detendu de ouf, 2h de sauna avec les potes, je sens plus mes epaules
+ en typo h | so relaxed rn, 2hrs of sauna w the boys, cant even feel my shoulders

# take your time / prendre son temps
en explicit l | No rush today.
+ fr explicit l | Rien ne presse aujourd'hui.
en situation l | No rush this morning: slow breakfast, a walk to the bakery, a long look at the river.
+ fr situation l | Rien ne presse ce matin : petit-déj sans se presser, un tour à la boulangerie, un long moment devant la rivière.

# wish: relaxation with a light request
fr wish n c=teal;warm_white b=dim | Je suis au calme, je me pose enfin. Un vert d'eau tout doux, s'il te plaît.
+ en wish n c=teal;warm_white b=dim | All quiet, finally settling in. Soft sea green, please.
en wish l c=violet;blue b=dim | Chilling in the bath, low lavender lights please.
+ fr wish l c=violet;blue b=dim | Je me détends dans le bain, une lumière lavande tamisée s'il te plaît.

# au calme / posey
fr slang_emoji n | au calme, posey sur la terrasse avec un sirop menthe 🌿
+ en slang_emoji n | chilled, kicking back on the terrace with a mint cordial 🌿
fr typo n | la jsuis au calme, posey dans le hamac, vien pas me deranger lol
+ en typo n | so chill rn, laid out in the hammock, dont bother me lol

# chillax / chillax
en slang_emoji n | full chillax mode, beach towel and a podcast 🏖️
+ fr slang_emoji n | mode chill total, serviette de plage et un podcast 🏖️
en typo l | chillaxin on the couch, mom made soup, life is slow n good
+ fr typo l | tranquile ds le canap, mman a fait d la soupe, la vie est douce et lente

# relax max / relaxed af
fr slang_emoji h | relax max, les pieds dans la piscine 🏊‍♂️😎
+ en slang_emoji h | relaxed af, feet in the pool 🏊‍♂️😎
fr typo n | relax max au camping, un transat, un bouquin, le bruit des vagues
+ en typo n | super relaxd at the campsite, deckchair, a book, sound of teh waves

# cozy vibes / ambiance cocon
en slang_emoji n | it's giving cozy rn 🕯️🧦 lights to match pls
+ fr slang_emoji n | ambiance cocon ce soir 🕯️🧦 une lumière qui va avec stp
en typo n | cozy nite in, fuzzy socks n tea, the rain on the window is so calming
+ fr typo n | soiree cocon, grosses chaussettes et the, la pluie sur la vitre ca apaise grave
"""

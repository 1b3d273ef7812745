"""reverie: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: daydreaming, drifting, contemplation
it situation l | Sul regionale guardo i campi di girasoli scorrere e immagino una vita in quella cascina laggiù.
+ en situation l | On the slow train I watch the sunflower fields roll past and imagine a life in that farmhouse over there.
it situation l | Sdraiata sul prato seguo le nuvole: ci vedo un drago, poi una nave, poi più niente.
+ fr situation l | Allongée dans l'herbe, je suis les nuages des yeux : j'y vois un dragon, puis un bateau, puis plus rien.
it situation l | La pioggia riga il vetro e io mi perdo a seguire le gocce che si rincorrono.
+ en situation l | The rain streaks down the window and I lose myself following the drops chasing each other.
it situation l | Ascolto un disco di pianoforte e mi immagino in una casa di legno sul mare, in Norvegia, con le tende che si muovono.
+ fr situation l | J'écoute un disque de piano et je m'imagine dans une maison en bois au bord de la mer, en Norvège, avec les rideaux qui bougent.
it situation l | In ufficio fisso lo schermo, ma con la testa sto già camminando su una spiaggia delle Eolie.
+ en situation l | At the office I'm staring at the screen, but in my head I'm already walking along a beach in the Aeolian Islands.
it situation l | La fiamma della candela tremola e i pensieri vanno per conto loro, da un ricordo inventato all'altro.
+ fr situation l | La flamme de la bougie tremble et mes pensées partent toutes seules, d'un souvenir inventé à l'autre.
it situation l | Di notte sul balcone guardo le stelle e fantastico su come sarebbe vivere su un altro pianeta.
+ en situation l | At night on the balcony I look at the stars and daydream about what it would be like to live on another planet.
it situation l | Mentre lavo i piatti mi invento una vita intera per la signora di fronte che annaffia i gerani.
+ fr situation l | En faisant la vaisselle, j'invente une vie entière à la dame d'en face qui arrose ses géraniums.
it situation l | Il vento muove il grano e io, seduto sul muretto, lascio andare i pensieri come quelle onde gialle.
+ en situation l | The wind ripples the wheat and I sit on the low wall letting my thoughts drift like those yellow waves.
it situation l | Sul traghetto per la Sardegna, appoggiata alla ringhiera, guardo la scia e perdo la cognizione del tempo.
+ fr situation l | Sur le ferry pour la Sardaigne, accoudée au bastingage, je regarde le sillage et je perds la notion du temps.
it situation l | Scarabocchio case volanti sul margine del quaderno mentre il prof spiega le derivate.
+ en situation l | I'm doodling flying houses in the margin of my notebook while the teacher explains derivatives.
it situation l | In biblioteca ho alzato gli occhi dal libro e sono rimasta mezz'ora a guardare la polvere che danza nella luce.
+ fr situation l | À la bibliothèque, j'ai levé les yeux de mon livre et je suis restée une demi-heure à regarder la poussière danser dans la lumière.
it situation l | Mi immagino la casetta in Val d'Orcia che un giorno vorrei, con il pergolato, le rondini e un gatto rosso.
+ en situation l | I picture the little house in the Val d'Orcia I'd like one day, with a pergola, swallows and a ginger cat.
it situation l | Nella nebbia del mattino il paese sembra sospeso, e io cammino piano come dentro un sogno.
+ fr situation l | Dans la brume du matin, le village semble suspendu, et je marche doucement comme dans un rêve.
it situation l | Ascolto la risacca a occhi socchiusi e mi sembra di galleggiare fuori dal tempo.
+ en situation l | I listen to the waves with my eyes half closed and it feels like floating outside of time.
it situation l | Dal dentista guardo l'acquario e mi immagino piccolissima, a nuotare tra le alghe insieme ai pesci.
+ fr situation l | Chez le dentiste, je regarde l'aquarium et je m'imagine toute petite, en train de nager entre les algues avec les poissons.
it situation l | In macchina, dal sedile del passeggero, guardo scorrere le luci dell'autostrada e penso a mille vite possibili.
+ fr situation l | En voiture, côté passager, je regarde défiler les lumières de l'autoroute et je pense à mille vies possibles.
it situation l | Il vapore del caffè sale a spirale e io resto lì, col mento sulla mano, persa chissà dove.
+ en situation l | The steam from my coffee curls upwards and I just stay there, chin in my hand, lost who knows where.
it situation l | Voglio perdermi a fantasticare guardando fuori dalla finestra. Metti una luce soffusa, da sogno.
+ en situation l | I want to get lost daydreaming out of the window. Put on a soft, dreamy light.
it wish l c=violet;blue;pink b=dim | Ho voglia di sognare a occhi aperti: luci lilla, azzurre e rosa, basse basse.
+ fr wish l c=violet;blue;pink b=dim | J'ai envie de rêvasser : des lumières lilas, bleu ciel et roses, toutes douces.
it explicit l | Ho la testa per aria oggi, la mente vaga per conto suo.
+ en explicit l | I'm away with the fairies today, my mind is wandering off on its own.
it explicit l | Sono in modalità trasognata, fantastico su tutto e su niente.
+ fr explicit l | Je suis en mode rêveur, je divague sur tout et sur rien.
it explicit l | Mi sono persa nei miei pensieri, come in un sogno leggero.
+ en explicit l | I've got lost in my thoughts, like in a light dream.
it explicit l | Oggi mi sento un po' sognatore, vorrei solo fantasticare guardando fuori.
+ fr explicit l | Aujourd'hui je me sens un peu rêveur, j'aimerais juste laisser vagabonder mon esprit en regardant dehors.
it negation l | Non sono triste, sono solo assorta, persa a guardare il mare che si muove.
+ en negation l | I'm not sad, just absorbed, lost in watching the sea move.
it negation l | Non dormo, sto solo fantasticando a occhi chiusi su posti lontani.
+ fr negation l | Je ne dors pas, je rêvasse juste les yeux fermés à des endroits lointains.
it slang_emoji l | guardo la luna dal tetto e viaggio con la mente 🌙✨☁️
+ en slang_emoji l | watching the moon from the roof and letting my mind travel 🌙✨☁️
it typo l | sto fissando il soffitto da mezzora e mi immagino a vivere in un faro in irlanda lol
+ fr typo l | ca fait une demi-heure que je fixe le plafond en mimaginant vivre dans un phare en irlande mdr
"""

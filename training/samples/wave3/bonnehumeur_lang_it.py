"""bonnehumeur: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: small everyday joys
it situation n | Il barista sotto casa stamattina mi ha offerto il caffè perché oggi compie gli anni.
+ en situation n | The barista downstairs gave me my coffee on the house this morning because it's his birthday.
it situation n | Ho steso i panni al sole e profumano di pulito, il terrazzo sembra una cartolina.
+ fr situation n | J'ai étendu le linge au soleil, il sent bon le propre, la terrasse a l'air d'une carte postale.
it situation l | Mia figlia di quattro anni mi ha disegnata con una corona in testa e un gatto in braccio.
+ en situation l | My four-year-old drew me with a crown on my head and a cat in my arms.
it situation n | Il vicino del terzo piano mi ha lasciato sullo zerbino un cestino di fichi del suo orto.
+ fr situation n | Le voisin du troisième m'a laissé sur le paillasson un petit panier de figues de son potager.
it situation n | Sul 64 una signora ha attaccato bottone e abbiamo riso come matte fino al capolinea.
+ en situation n | On the number 64 bus an old lady struck up a chat and we laughed our heads off all the way to the last stop.
it situation n | Domenica mattina, il sole entra in cucina e io canticchio mentre aspetto che salga la moka.
+ fr situation n | Dimanche matin, le soleil entre dans la cuisine et je chantonne en attendant que la cafetière monte.
it situation n | Il cane mi aspetta dietro la porta scodinzolando come se fossi stato via un mese.
+ en situation n | The dog is waiting behind the door wagging his tail like I'd been gone a month.
it situation n | Al mercato il fruttivendolo mi ha regalato un mazzetto di basilico "per la bella giornata".
+ fr situation n | Au marché, le primeur m'a offert un bouquet de basilic « pour la belle journée ».
it situation n | Ho trovato dieci euro nella tasca del giubbotto dell'anno scorso: stasera la pizza la offro io!
+ en situation n | Found a tenner in last year's jacket pocket: pizza's on me tonight!
it situation n | Il collega nuovo ha portato in ufficio la crostata di sua nonna e ne abbiamo fatte fuori due fette a testa.
+ fr situation n | Le nouveau collègue a apporté la tarte de sa grand-mère au bureau et on s'en est enfilé deux parts chacun.
it situation l | Sul davanzale è spuntato il primo pomodorino delle piantine che ho seminato ad aprile.
+ en situation l | The first little tomato has popped up on the seedlings I sowed on the windowsill in April.
it situation n | Il postino fischietta, c'è un sole che spacca e per una volta nella cassetta non ci sono bollette.
+ fr situation n | Le facteur sifflote, il fait un soleil magnifique et pour une fois il n'y a pas de factures dans la boîte aux lettres.
it situation n | Mio nonno ha imparato a mandare i vocali e stamattina mi ha cantato il buongiorno su WhatsApp.
+ en situation n | My grandad has learnt to send voice notes and this morning he sang me good morning on WhatsApp.
it situation n | In bici verso il lavoro, tutti i semafori verdi e un'arietta fresca che sa di primavera.
+ fr situation n | À vélo pour aller au boulot, tous les feux au vert et un petit air frais qui sent le printemps.
it situation n | Grigliata improvvisata sul balcone con i coinquilini: due salsicce, quattro chiacchiere e tante risate.
+ en situation n | Impromptu barbecue on the balcony with my flatmates: a couple of sausages, a good natter and lots of laughs.
it situation n | Mio figlio ha voluto prepararmi la colazione da solo: pane un po' bruciacchiato e marmellata ovunque, che tenerezza.
+ fr situation n | Mon fils a tenu à me préparer le petit-déjeuner tout seul : du pain un peu cramé et de la confiture partout, trop mignon.
it situation n | Il gelsomino è fiorito tutto insieme e il profumo arriva fino in salotto.
+ en situation n | The jasmine has flowered all at once and you can smell it right through to the living room.
it situation l | Alla cassa del supermercato la ragazza mi ha fatto i complimenti per la borsa e ci siamo messe a chiacchierare.
+ fr situation l | À la caisse du supermarché, la caissière m'a complimentée sur mon sac et on s'est mises à papoter.
it situation n | Mi è arrivata una cartolina da un'amica in vacanza in Sicilia, con tanto di disegnino del mare. Metti una luce allegra.
+ en situation n | A friend on holiday in Sicily sent me a postcard, complete with a little drawing of the sea. Put on a cheerful light.
it wish n c=yellow;orange b=bright | Giornata di sole e buone notizie, accendi qualcosa di giallo e arancione, bello luminoso!
+ fr wish n c=yellow;orange b=bright | Journée de soleil et de bonnes nouvelles, allume-moi du jaune et de l'orange, bien lumineux !
it explicit n | Oggi sono proprio di buonumore, tutto mi sembra più leggero.
+ en explicit n | I'm in a really good mood today, everything feels lighter.
it explicit n | Mi sono alzato col piede giusto, ho voglia di sorridere a tutti.
+ fr explicit n | Je me suis levé du bon pied, j'ai envie de sourire à tout le monde.
it explicit l | Che bella giornata, sono allegra senza un motivo preciso.
+ en explicit l | What a lovely day, I'm cheerful for no particular reason.
it explicit n | Sono tutto contento, oggi mi va tutto liscio come l'olio.
+ fr explicit n | Je suis tout content, aujourd'hui tout roule comme sur des roulettes.
it negation n | Non è successo niente di speciale, eh, sono solo contenta: sole, caffè e una bella chiacchierata.
+ en negation n | Nothing special happened, mind you, I'm just happy: sunshine, coffee and a good chat.
it negation n | Non sto saltando di gioia, per carità, ma oggi mi gira bene e sorrido a tutti.
+ fr negation n | Je ne saute pas de joie, faut pas exagérer, mais aujourd'hui ça tourne bien et je souris à tout le monde.
it slang_emoji n | raga il forno sotto casa ha rifatto la focaccia con le olive 😍☀️ giornata svoltata
+ en slang_emoji n | guys the bakery downstairs is doing the olive focaccia again 😍☀️ day made
it typo n | cmq oggi tt ok, il capo è in ferie e c'è il sole, nn mi lamento ahah
+ fr typo n | bref aujd tt va bien, le chef est en vacs et y a du soleil, je me plains pas mdr
"""

"""victoire: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: own success after effort, pride
it situation h | Dopo tre bocciature ho passato l'esame di Diritto privato con 28!
+ en situation h | After failing it three times I've passed Private Law with a 28!
it situation h | Ho finito la mia prima maratona a Firenze sotto le quattro ore: gambe a pezzi, ma ce l'ho fatta.
+ fr situation h | J'ai fini mon premier marathon à Florence en moins de quatre heures : les jambes en miettes, mais j'ai réussi.
it situation n | Il cliente più difficile dell'anno ha firmato il contratto, e la trattativa l'ho portata avanti io da sola.
+ en situation n | The toughest client of the year has signed the contract, and I handled the whole negotiation on my own.
it situation n | Ho montato l'armadio dell'Ikea senza avanzare nemmeno una vite, alla faccia di chi mi prendeva in giro.
+ fr situation n | J'ai monté l'armoire Ikea sans qu'il reste une seule vis, et toc pour ceux qui se moquaient de moi.
it situation h | Dopo sei mesi di fisioterapia oggi ho fatto le scale di casa senza stampelle.
+ en situation h | After six months of physio I walked up the stairs at home today without crutches.
it situation n | La mia torta ha vinto il primo premio alla sagra del paese, battendo perfino la signora Pina!
+ fr situation n | Mon gâteau a remporté le premier prix à la fête du village, devant même Mme Pina !
it situation n | Patente presa al primo colpo, e l'esaminatore alla fine mi ha stretto la mano.
+ en situation n | Passed my driving test first time, and the examiner shook my hand at the end.
it situation h | Siamo arrivati in vetta al Gran Sasso dopo sette ore di salita, e la foto col cartello è nostra.
+ fr situation h | On a atteint le sommet du Gran Sasso après sept heures de montée, et la photo avec le panneau est à nous.
it situation n | Ho battuto finalmente il boss finale che mi bloccava da due settimane, e senza guardare le guide!
+ en situation n | I've finally beaten the final boss that had me stuck for two weeks, and without looking at any guides!
it situation h | La nostra squadra di calcetto ha vinto il torneo aziendale, e il gol decisivo l'ho segnato io!
+ fr situation h | Notre équipe de foot à cinq a gagné le tournoi de l'entreprise, et le but décisif, c'est moi qui l'ai marqué !
it situation n | Ho pagato l'ultima rata del mutuo: dopo vent'anni di sacrifici la casa è tutta nostra.
+ en situation n | I've paid the last mortgage instalment: after twenty years of sacrifices the house is all ours.
it situation h | Mi hanno assunta a tempo indeterminato dopo cinque anni di contratti a termine, e il colloquio l'ho stracciato.
+ fr situation h | J'ai décroché un CDI après cinq ans de contrats précaires, et l'entretien, je l'ai plié.
it situation n | Oggi fa un anno esatto che non fumo, e mi sono regalata una bici con i soldi risparmiati.
+ en situation n | It's exactly a year today since I quit smoking, and I've bought myself a bike with the money I saved.
it situation n | Ho riparato da solo la perdita sotto il lavandino, tutorial, chiave inglese e nessun idraulico.
+ fr situation n | J'ai réparé tout seul la fuite sous l'évier, un tuto, une clé à molette et pas de plombier.
it situation h | Il mio primo romanzo è stato accettato da una casa editrice dopo quaranta rifiuti.
+ en situation h | My first novel has been taken on by a publisher after forty rejections.
it situation n | Al corso di nuoto per adulti ho fatto la vasca intera a stile libero, io che a quarant'anni avevo paura dell'acqua.
+ fr situation n | Au cours de natation pour adultes, j'ai fait une longueur entière en crawl, moi qui à quarante ans avais peur de l'eau.
it situation n | Ho vinto la causa contro il padrone di casa, il giudice mi ha dato ragione su tutta la linea.
+ en situation n | I've won my case against the landlord, the judge found in my favour on every point.
it situation n | A scacchi ho finalmente battuto mio nonno, che mi stracciava da quando avevo sei anni.
+ fr situation n | Aux échecs, j'ai enfin battu mon grand-père, qui m'écrasait depuis mes six ans.
it wish h c=gold;red b=bright | Ho vinto la corsa campestre regionale, luci oro e rosse, al massimo!
+ en wish h c=gold;red b=bright | I've won the regional cross-country race, gold and red lights, full blast!
it situation n | Ho chiuso il bilancio in tempo record e il capo mi ha fatto i complimenti davanti a tutti. Metti una luce da vincitore.
+ fr situation n | J'ai bouclé le bilan en un temps record et le patron m'a félicité devant tout le monde. Mets une lumière de vainqueur.
it explicit h | Sono fierissima di me, ce l'ho fatta con le mie forze!
+ en explicit h | I'm so proud of myself, I did it on my own!
it explicit n | Che soddisfazione, ho vinto io e me lo sono meritato tutto.
+ fr explicit n | Quelle satisfaction, c'est moi qui ai gagné et je l'ai bien mérité.
it explicit h | Mi sento un campione, missione compiuta!
+ en explicit h | I feel like a champion, mission accomplished!
it explicit n | Sono orgoglioso come un pavone, tutta la fatica è stata ripagata.
+ fr explicit n | Je suis fier comme un paon, tous ces efforts ont payé.
it negation h | Non è fortuna, sono mesi di studio: ho superato il concorso pubblico!
+ en negation h | It's not luck, it's months of studying: I've passed the civil service exam!
it negation n | Non sono solo contento, sono fiero: il progetto su cui nessuno scommetteva è andato in porto grazie a me.
+ fr negation n | Je ne suis pas juste content, je suis fier : le projet sur lequel personne ne pariait a abouti grâce à moi.
it slang_emoji h | ho passato analisi 2 al quinto tentativo 💪🏆 godoooo
+ en slang_emoji h | passed calculus 2 on my fifth attempt 💪🏆 buzzing
it typo h | ce lho fatta!!! abilitata all esame di stato, anni di sacrfici ripagati
+ fr typo h | jai réussi !!! reçue a l examen d'etat, des années de sacrfices qui paient
"""

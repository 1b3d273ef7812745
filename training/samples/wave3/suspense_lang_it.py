"""suspense: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: tense wait for an outcome, cliffhangers
it situation n | Match point al tie-break, la pallina cade proprio sulla riga: dentro o fuori? Tutti guardano il giudice.
+ en situation n | Match point in the tie-break, the ball lands right on the line: in or out? Everyone's looking at the umpire.
it situation n | Stanno per annunciare il vincitore di Sanremo e la conduttrice apre la busta lentissimamente.
+ fr situation n | Ils vont annoncer le gagnant de Sanremo et la présentatrice ouvre l'enveloppe tout doucement.
it situation n | La dottoressa muove la sonda in silenzio, sta per dirci se è maschio o femmina.
+ en situation n | The doctor is moving the probe around in silence, she's about to tell us if it's a boy or a girl.
it situation n | Il giallo è alle ultime dieci pagine e il commissario ha appena riunito tutti nel salone.
+ fr situation n | Le polar en est aux dix dernières pages et le commissaire vient de réunir tout le monde dans le salon.
it situation n | Alla tombola di Natale mi manca un solo numero per la cinquina, e lo zio pesca dal sacchetto.
+ en situation n | At the Christmas bingo I'm one number away from a line, and my uncle is reaching into the bag.
it situation n | All'asta online mancano trenta secondi e qualcuno continua a rilanciare sulla lampada che voglio.
+ fr situation n | Il reste trente secondes à l'enchère en ligne et quelqu'un continue de surenchérir sur la lampe que je veux.
it situation n | Il giudice della gara di cucina assaggia il mio risotto, mastica piano e non fa trasparire niente.
+ en situation n | The cooking contest judge tastes my risotto, chews slowly and gives nothing away.
it situation n | L'episodio finisce con lei che apre la porta e... titoli di coda. La nuova puntata esce domani sera.
+ fr situation n | L'épisode se termine sur elle qui ouvre la porte et... générique. Le prochain épisode sort demain soir.
it situation n | Il ragazzo si inginocchia in mezzo alla piazza davanti alla mia amica e tutti trattengono il fiato.
+ en situation n | The guy goes down on one knee in the middle of the square in front of my friend and everyone holds their breath.
it situation n | Il cane da tartufo scava come un matto sotto la quercia: ci siamo o no?
+ fr situation n | Le chien truffier creuse comme un fou sous le chêne : ça y est ou pas ?
it situation n | Mancano le ultime schede da scrutinare e i due candidati sindaco sono a pari voti.
+ en situation n | There are just a few ballots left to count and the two mayoral candidates are neck and neck.
it situation h | Escape room: restano due minuti, l'ultimo lucchetto, e proviamo la combinazione cifra per cifra.
+ fr situation h | Escape game : il reste deux minutes, le dernier cadenas, et on essaie la combinaison chiffre par chiffre.
it situation l | Il bambino scarta il pacco più grande sotto l'albero pianissimo, e tutti lo guardano senza fiatare.
+ en situation l | The little one is unwrapping the biggest present under the tree ever so slowly, and everyone watches without a word.
it situation h | Ultimo giro del Gran Premio, la Ferrari è a tre decimi e lo sta riprendendo curva dopo curva.
+ fr situation h | Dernier tour du Grand Prix, la Ferrari est à trois dixièmes et le rattrape virage après virage.
it situation n | Alla lotteria della sagra stanno per estrarre il primo premio, una Vespa, e io stringo il biglietto 347.
+ en situation n | At the village fair raffle they're about to draw the first prize, a Vespa, and I'm clutching ticket 347.
it situation l | Il soufflé è in forno da venti minuti e stiamo per aprire lo sportello: si sgonfierà o no?
+ fr situation l | Le soufflé est au four depuis vingt minutes et on va ouvrir la porte : il va retomber ou pas ?
it situation n | Al quiz in tv il concorrente deve scegliere tra il pacco rosso e quello blu, e in palio c'è una casa.
+ en situation n | On the TV game show the contestant has to pick between the red box and the blue one, and there's a house up for grabs.
it situation n | La partita a scopa va avanti da ore, il nonno sta per girare l'ultima carta e ci sporgiamo tutti sul tavolo.
+ fr situation n | La partie de scopa dure depuis des heures, le grand-père va retourner la dernière carte et on se penche tous sur la table.
it situation n | Sto per leggere l'ultimo capitolo del giallo, finalmente scopro chi è stato. Metti una luce che tenga col fiato sospeso.
+ en situation n | I'm about to read the last chapter of the mystery, I'm finally going to find out who did it. Put on a light that keeps me on edge.
it wish n c=indigo b=dim | Stanno per estrarre i numeri del Superenalotto in diretta e ho la schedina in mano: luce indaco, bassa.
+ fr wish n c=indigo b=dim | Le tirage du loto va commencer en direct et j'ai mon ticket à la main : une lumière indigo, tamisée.
it explicit n | Sono col cuore in gola, non vedo l'ora di sapere come va a finire!
+ en explicit n | My heart's in my mouth, I can't wait to find out how it ends!
it explicit n | Che tensione! Sono sulle spine, dimmi tutto!
+ fr explicit n | Quel suspense ! Je suis sur des charbons ardents, raconte-moi tout !
it explicit n | Non respiro più dall'attesa, sono tutta un fremito.
+ en explicit n | I can barely breathe from the waiting, I'm all aquiver.
it explicit h | Sono in fibrillazione, l'attesa mi sta uccidendo!
+ fr explicit h | Je trépigne, cette attente me tue !
it negation n | Non sono preoccupato, è che la storia mi tiene incollato: chi sarà l'assassino?
+ en negation n | I'm not worried, it's just that the story has me glued: who's the killer going to be?
it negation n | Non è paura, è suspense pura: è l'ultimo giro e sono appaiati.
+ fr negation n | Ce n'est pas de la peur, c'est du suspense pur : c'est le dernier tour et ils sont au coude à coude.
it slang_emoji n | domani esce l'ultima puntata e io sto così 👀😬 chi muore??
+ en slang_emoji n | the last episode drops tomorrow and i'm like this 👀😬 who dies??
it typo n | stanno x fare il sorteggio della champions e noi siamo ancora nell urna aaaa
+ fr typo n | ils font le tirage de la ligue des champions et on est encore dans le chapeau aaaa
"""

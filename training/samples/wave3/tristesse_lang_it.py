"""tristesse: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: sadness, loss, grief, disappointment
it situation n | Oggi abbiamo portato il nostro cane dal veterinario per l'ultima volta.
+ en situation n | Today we took our dog to the vet for the last time.
it situation n | Il mio ragazzo mi ha lasciata con un messaggio, dopo quattro anni insieme.
+ fr situation n | Mon copain m'a quittée par message, après quatre ans ensemble.
it situation n | Al funerale di zio Franco c'era pochissima gente e la pioggia non smetteva più.
+ en situation n | There were hardly any people at Uncle Franco's funeral and the rain just wouldn't stop.
it situation n | Non mi hanno presa al dottorato, dopo un anno intero passato a prepararmi.
+ fr situation n | Je n'ai pas été prise en doctorat, après une année entière à m'y préparer.
it situation l | La casa dei nonni è stata venduta e oggi abbiamo svuotato l'ultima stanza.
+ en situation l | My grandparents' house has been sold and today we emptied the last room.
it situation n | La mia migliore amica si è trasferita in Australia, stamattina l'ho accompagnata in aeroporto e sono tornata a casa da sola.
+ fr situation n | Ma meilleure amie est partie vivre en Australie, ce matin je l'ai accompagnée à l'aéroport et je suis rentrée seule.
it situation h | Alla seconda ecografia il battito non c'era più.
+ en situation h | At the second scan there was no heartbeat any more.
it situation n | Dopo diciotto anni in azienda mi hanno licenziato, e oggi ho svuotato la scrivania salutando i colleghi uno per uno.
+ fr situation n | Après dix-huit ans dans l'entreprise on m'a licencié, et aujourd'hui j'ai vidé mon bureau en disant au revoir aux collègues un par un.
it situation n | Mia madre non mi riconosce più, oggi mi ha chiamata col nome di sua sorella.
+ en situation n | My mum doesn't recognise me any more, today she called me by her sister's name.
it situation n | La squadra è retrocessa dopo cinquant'anni di serie A, e all'uscita dallo stadio nessuno parlava.
+ fr situation n | L'équipe est descendue après cinquante ans en première division, et à la sortie du stade personne ne parlait.
it situation h | Il mio gatto non era rientrato, e stamattina l'ho trovato sul ciglio della strada.
+ en situation h | My cat hadn't come home, and this morning I found him by the side of the road.
it situation n | Alla festa di compleanno di mio figlio non è venuto nessuno, abbiamo mangiato la torta in tre.
+ fr situation n | Personne n'est venu à l'anniversaire de mon fils, on a mangé le gâteau à trois.
it situation n | L'alluvione ci ha portato via la cantina, e con lei tutte le foto di famiglia.
+ en situation n | The flood wiped out our cellar, and all the family photos with it.
it situation n | Sto svuotando l'armadio di papà, e il suo cappotto ha ancora il suo odore.
+ fr situation n | Je vide l'armoire de papa, et son manteau a encore son odeur.
it situation l | Il limone che curavo da dieci anni sul terrazzo non ha superato la gelata.
+ en situation l | The lemon tree I'd looked after on the terrace for ten years didn't survive the frost.
it situation n | Stasera è il nostro anniversario, il primo senza di lui, e la sua sedia a tavola è vuota.
+ fr situation n | Ce soir c'est notre anniversaire de mariage, le premier sans lui, et sa chaise à table est vide.
it situation n | Il negozio di mia madre, aperto da quarant'anni, oggi ha abbassato la serranda per sempre.
+ en situation n | My mum's shop, open for forty years, pulled its shutters down for good today.
it situation n | Dopo tanti tentativi, anche questo mese il test è negativo.
+ fr situation n | Après tant d'essais, ce mois-ci encore le test est négatif.
it situation l | È il primo Natale senza mamma e la casa è troppo silenziosa. Metti una luce tenue, per favore.
+ en situation l | It's the first Christmas without Mum and the house is far too quiet. Put on a soft light, please.
it wish l c=blue;navy b=dim | Oggi ho salutato per sempre il mio vecchio cane, luci blu, basse.
+ fr wish l c=blue;navy b=dim | Aujourd'hui j'ai dit adieu à mon vieux chien, des lumières bleues, tamisées.
it explicit n | Sono triste da morire, ho il cuore a pezzi.
+ en explicit n | I'm so sad, my heart's in pieces.
it explicit n | Ho il magone da stamattina e mi viene da piangere.
+ fr explicit n | J'ai la gorge serrée depuis ce matin et j'ai envie de pleurer.
it explicit l | Mi sento giù, svuotata, senza voglia di niente.
+ en explicit l | I feel down, empty, I don't feel like doing anything.
it explicit n | Sono a terra, ho un dolore dentro che non passa.
+ fr explicit n | Je suis au fond du trou, j'ai une douleur en moi qui ne passe pas.
it negation n | Non sono arrabbiata con lui, sono solo tanto triste che sia finita così.
+ en negation n | I'm not angry with him, I'm just so sad it ended like this.
it negation n | Non è stanchezza, è tristezza: da quando è morta la nonna la domenica non ha più senso.
+ fr negation n | Ce n'est pas de la fatigue, c'est de la tristesse : depuis que mamie est morte, le dimanche n'a plus de sens.
it slang_emoji n | stamattina è morto il mio criceto 😢💔 nn riesco a smettere di piangere
+ en slang_emoji n | my hamster died this morning 😢💔 can't stop crying
it typo n | nn mi hanno presa al conservatorio, ci speravo tanto... mi sento uno straccio
+ fr typo n | jai pas ete prise au conservatoire, j'y croyais tellement... je me sens comme une serpillère
"""

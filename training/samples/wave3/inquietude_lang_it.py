"""inquietude: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: worry about what may happen
it situation n | Mio padre fa la biopsia venerdì e non riesco a pensare ad altro.
+ en situation n | My dad has his biopsy on Friday and I can't think about anything else.
it situation n | Mia figlia di sedici anni è a una festa fuori città e non risponde al telefono da due ore.
+ fr situation n | Ma fille de seize ans est à une fête hors de la ville et ne répond plus au téléphone depuis deux heures.
it situation n | L'azienda ha annunciato una ristrutturazione e lunedì ci chiamano uno per uno per i colloqui.
+ en situation n | The company has announced a restructuring and on Monday they're calling us in one by one.
it situation n | Il gatto non mangia da ieri e se ne sta nascosto sotto il letto.
+ fr situation n | Le chat ne mange plus depuis hier et reste caché sous le lit.
it situation n | Il fiume dietro casa continua a salire e per stanotte hanno dato allerta arancione.
+ en situation n | The river behind the house keeps rising and there's an amber warning for tonight.
it situation n | Ho un neo che è cambiato di colore e la visita dal dermatologo è fra tre settimane.
+ fr situation n | J'ai un grain de beauté qui a changé de couleur et le rendez-vous chez le dermatologue est dans trois semaines.
it situation n | La rata del mutuo sale ancora e con questi stipendi non so come arriveremo a fine mese.
+ en situation n | The mortgage payment keeps going up and on these wages I don't know how we'll make ends meet.
it situation l | Mio figlio parte domani per l'Erasmus a Lisbona, è la prima volta che vive da solo.
+ fr situation l | Mon fils part demain en Erasmus à Lisbonne, c'est la première fois qu'il vit seul.
it situation n | La nonna ha avuto un altro mancamento e i medici vogliono tenerla in osservazione.
+ en situation n | Grandma has had another fainting spell and the doctors want to keep her in for observation.
it situation n | La macchina fa un rumore strano ogni volta che freno e domani devo farmi quattrocento chilometri.
+ fr situation n | La voiture fait un bruit bizarre à chaque freinage et demain je dois me taper quatre cents kilomètres.
it situation n | Il mio amico lavora a Beirut e da quando sono ripresi i bombardamenti non ho più sue notizie.
+ en situation n | My friend works in Beirut and I haven't heard from him since the bombing started again.
it situation n | Stanno parlando di chiudere la scuola elementare del paese e i bambini dovrebbero fare trenta chilometri al giorno.
+ fr situation n | Il est question de fermer l'école primaire du village et les enfants devraient faire trente kilomètres par jour.
it situation n | Siamo alla trentesima settimana e la ginecologa vuole rifare l'ecografia perché il bimbo è piccolo.
+ en situation n | We're at thirty weeks and the gynaecologist wants to redo the scan because the baby is on the small side.
it situation n | Domani ho il primo colloquio dopo un anno di disoccupazione e ho paura di bloccarmi davanti a loro.
+ fr situation n | Demain j'ai mon premier entretien après un an de chômage et j'ai peur de rester bloqué devant eux.
it situation n | La macchia di umido sul soffitto si allarga ogni giorno e il condominio non vuole pagare i lavori.
+ en situation n | The damp patch on the ceiling gets bigger every day and the building won't pay for the repairs.
it situation n | Mio marito fa il camionista di notte e con questa nebbia in pianura non sto tranquilla finché non arriva.
+ fr situation n | Mon mari est routier de nuit et avec ce brouillard dans la plaine je ne suis pas tranquille tant qu'il n'est pas arrivé.
it situation n | Ho fatto domanda di rinnovo del permesso di soggiorno sei mesi fa, nessuna risposta, e il contratto scade a marzo.
+ en situation n | I applied to renew my residence permit six months ago, still no answer, and my contract runs out in March.
it situation l | Il dentista dice che forse il dente del giudizio va tolto e non so bene cosa mi aspetta.
+ fr situation l | Le dentiste dit qu'il faudra peut-être enlever la dent de sagesse et je ne sais pas trop à quoi m'attendre.
it situation n | Mia madre ha un controllo in ospedale domattina e io non riesco a smettere di pensarci. Metti una luce che vada bene.
+ en situation n | My mum has a check-up at the hospital tomorrow morning and I can't stop thinking about it. Put on a light that suits.
it wish n c=blue b=dim | Sono in pensiero per i risultati delle analisi, metti una luce blu tenue, niente di forte.
+ fr wish n c=blue b=dim | Je me fais du souci pour les résultats des analyses, mets une lumière bleue tamisée, rien de fort.
it explicit n | Sono in ansia, ho un nodo allo stomaco da giorni.
+ en explicit n | I'm anxious, I've had a knot in my stomach for days.
it explicit n | Sono preoccupatissima, non riesco a stare tranquilla.
+ fr explicit n | Je suis très inquiète, je n'arrive pas à être tranquille.
it explicit n | Ho un brutto presentimento, non so perché ma sono inquieto.
+ en explicit n | I've got a bad feeling, I don't know why but I'm uneasy.
it explicit n | Ho l'ansia a mille per come andrà a finire.
+ fr explicit n | J'ai l'angoisse à fond en pensant à comment ça va finir.
it negation n | Non sono arrabbiato con lei, sono solo preoccupato: da quando ha perso il lavoro non esce più di casa.
+ en negation n | I'm not angry with her, just worried: since she lost her job she hasn't left the house.
it negation n | Non è panico, è più un'ansia sorda: i risultati delle analisi arrivano la settimana prossima.
+ fr negation n | Ce n'est pas de la panique, plutôt une angoisse sourde : les résultats des analyses arrivent la semaine prochaine.
it slang_emoji n | mamma nn risponde da stamattina e di solito mi scrive sempre 😟 inizio a preoccuparmi
+ en slang_emoji n | mum hasn't answered since this morning and she always texts me 😟 starting to worry
it typo n | domani ho la visita x il cuore e nn riesco a dormire, continuo a pensarci
+ fr typo n | demain jai le rdv pour le coeur et j'arrive pas a dormir, j'y pense sans arret
"""

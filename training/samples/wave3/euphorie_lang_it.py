"""euphorie: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: exhilaration, party energy, over the moon
it situation h | Al concerto di Vasco ci hanno fatti salire sul palco e stiamo cantando con lui davanti a cinquantamila persone!
+ en situation h | At the Vasco gig they pulled us up on stage and we're singing with him in front of fifty thousand people!
it situation h | Gol dell'Italia al novantesimo e in piazza ci stiamo abbracciando tutti, anche con gli sconosciuti!
+ fr situation h | But de l'Italie à la quatre-vingt-dixième et sur la place tout le monde se prend dans les bras, même des inconnus !
it situation h | Ho appena saputo che diventerò zia di due gemelli, sto urlando da sola in macchina!
+ en situation h | I've just found out I'm going to be an auntie to twins, I'm screaming on my own in the car!
it situation h | Festa in spiaggia a Ferragosto: falò, musica a palla e tutti che ballano a piedi nudi fino all'alba.
+ fr situation h | Fête sur la plage pour le 15 août : feu de camp, musique à fond et tout le monde qui danse pieds nus jusqu'à l'aube.
it situation h | Abbiamo vinto cinquantamila euro con un Gratta e Vinci, sto saltando sul letto come una bambina!
+ en situation h | We've won fifty grand on a scratch card, I'm jumping on the bed like a little kid!
it situation h | Il dj ha messo la nostra canzone e la pista è esplosa, non sento più le gambe ma non mi fermo.
+ fr situation h | Le DJ a mis notre chanson et la piste a explosé, je ne sens plus mes jambes mais je ne m'arrête pas.
it situation h | Domani si parte per il Giappone, le valigie sono pronte e non riesco a stare fermo un secondo!
+ en situation h | Tomorrow we're off to Japan, the bags are packed and I can't sit still for a second!
it situation h | Si sposa mio fratello e a fine pranzo siamo tutti in piedi sulle sedie a cantare a squarciagola.
+ fr situation h | Mon frère se marie et à la fin du repas on est tous debout sur les chaises à chanter à tue-tête.
it situation h | La mia band preferita fa una data a Bologna e ho appena preso i biglietti sotto il palco!
+ en situation h | My favourite band is playing Bologna and I've just got tickets right by the stage!
it situation h | Notte bianca a Roma, la città piena di musica e gente, e noi giriamo da una piazza all'altra senza sosta.
+ fr situation h | Nuit blanche à Rome, la ville pleine de musique et de monde, et nous on passe d'une place à l'autre sans arrêt.
it situation h | Il Napoli ha vinto lo scudetto e tutta la città è in strada tra fuochi d'artificio, clacson e bandiere!
+ en situation h | Napoli have won the league and the whole city is out in the streets with fireworks, car horns and flags!
it situation n | Ci hanno spostati in business all'ultimo momento e la hostess ci porta già lo champagne!
+ fr situation n | On nous a surclassés en business au dernier moment et l'hôtesse nous apporte déjà le champagne !
it situation h | Suona l'ultima campanella dell'anno e tutta la classe esce correndo e lanciando i fogli in aria!
+ en situation h | The last bell of the year rings and the whole class runs out throwing sheets of paper in the air!
it situation h | Sulle montagne russe di Gardaland, giro della morte, urliamo come matti e vogliamo rifarlo subito!
+ fr situation h | Sur les montagnes russes de Gardaland, looping, on hurle comme des fous et on veut recommencer tout de suite !
it situation h | Il test è positivo, aspettiamo un bambino! Siamo in bagno abbracciati a ridere e piangere insieme.
+ en situation h | The test's positive, we're having a baby! We're in the bathroom hugging, laughing and crying at the same time.
it situation h | Carnevale di Viareggio: coriandoli ovunque, carri giganti e una musica che ti entra nelle ossa!
+ fr situation h | Carnaval de Viareggio : des confettis partout, des chars géants et une musique qui te rentre dans les os !
it situation h | È nevicato a Palermo e siamo tutti in strada a tirarci palle di neve come pazzi!
+ en situation h | It's snowed in Palermo and we're all out in the street having snowball fights like lunatics!
it situation h | La mia migliore amica è tornata dall'Australia a sorpresa e mi è saltata al collo agli arrivi!
+ fr situation h | Ma meilleure amie est rentrée d'Australie par surprise et m'a sauté au cou dans le hall des arrivées !
it situation h | Gli amici sono appena arrivati con le trombette e la torta, si balla! Metti luci da festa.
+ en situation h | The gang's just turned up with party horns and cake, time to dance! Put the party lights on.
it wish h c=magenta;orange;purple b=bright | Stasera festa in casa, la musica è già a palla: luci fucsia, arancio e viola, al massimo!
+ fr wish h c=magenta;orange;purple b=bright | Ce soir fête à la maison, la musique est déjà à fond : lumières fuchsia, orange et violet, à fond !
it explicit h | Sono fuori di me dalla gioia, mi sento esplodere!
+ en explicit h | I'm beside myself with joy, I feel like I'm going to burst!
it explicit h | Sono gasatissimo, stasera si fa festa fino a domattina!
+ fr explicit h | Je suis surexcité, ce soir on fait la fête jusqu'au matin !
it explicit h | Che euforia, ho il cuore a mille e voglio abbracciare tutti!
+ en explicit h | Such a rush, my heart's racing and I want to hug everyone!
it explicit h | Sono carichissima, non sto più nella pelle!
+ fr explicit h | Je suis survoltée, je ne tiens plus en place !
it negation h | Non sono solo contento, sono letteralmente impazzito di gioia: sto ballando in cucina urlando!
+ en negation h | I'm not just happy, I've literally gone mad with joy: I'm dancing round the kitchen shouting!
it negation h | Altro che tranquilla, sono su di giri, non riesco a smettere di saltare!
+ fr negation h | Calme, moi ? Pas du tout, je suis surexcitée, je n'arrive pas à arrêter de sauter !
it slang_emoji h | RAGAAA ABBIAMO I BIGLIETTI PER SANREMO 🎉🎉🔥 sto maleee
+ en slang_emoji h | GUYSSS WE GOT TICKETS FOR SANREMO 🎉🎉🔥 i can't even
it typo h | nn ci credo ho vinto il viaggio a ibiza al concorso della radio, sto urlandoooo
+ fr typo h | jy crois pas jai gagné le voyage a ibiza au jeu de la radio, je hurleeee
"""

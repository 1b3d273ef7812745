"""nostalgie: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: bittersweet longing for the past, homesickness
it situation l | Ho ritrovato il diario delle medie con le dediche di tutti i compagni, chissà dove sono finiti adesso.
+ en situation l | I found my middle-school diary with messages from all my classmates, I wonder where they've all ended up.
it situation l | Al supermercato hanno rimesso in vendita le merendine che mangiavo da bambino, e il sapore è identico.
+ fr situation l | Au supermarché, ils ont remis en rayon les goûters que je mangeais petit, et le goût est exactement le même.
it situation l | Passando davanti alla mia vecchia scuola ho sentito suonare la campanella e mi sono fermato sul marciapiede.
+ en situation l | Walking past my old school I heard the bell ring and stopped dead on the pavement.
it situation l | L'odore del ragù della domenica mi riporta dritta a casa della nonna, a Bologna, con la tovaglia a quadretti.
+ fr situation l | L'odeur du ragù du dimanche me ramène tout droit chez ma grand-mère, à Bologne, avec la nappe à carreaux.
it situation l | Alla radio è passata la hit dell'estate del '99, quella della prima vacanza senza genitori.
+ en situation l | The radio played the big summer hit from '99, the one from our first holiday without parents.
it situation n | Vivo a Berlino da otto anni, ma quando sento parlare napoletano per strada mi si stringe il cuore.
+ fr situation n | Je vis à Berlin depuis huit ans, mais quand j'entends parler napolitain dans la rue, j'ai le cœur qui se serre.
it situation l | Ho riguardato la videocassetta del mio battesimo: papà giovane coi baffi e la casa com'era una volta.
+ en situation l | I rewatched the video of my christening: Dad young with a moustache and the house the way it used to be.
it situation l | Il bar dove andavamo dopo il liceo ha chiuso da anni, ma l'insegna sbiadita è ancora lì.
+ fr situation l | Le bar où on allait après le lycée a fermé il y a des années, mais l'enseigne délavée est toujours là.
it situation l | Mia figlia si è messa il maglione che mi faceva la nonna, e per un attimo rivedo le sere d'inverno a casa sua.
+ en situation l | My daughter has put on the jumper my grandma knitted me, and for a moment I'm back in those winter evenings at her place.
it situation l | Sono tornato al campeggio di Lignano dove andavamo ogni agosto, e i pini sono sempre gli stessi.
+ fr situation l | Je suis retourné au camping de Lignano où on allait chaque mois d'août, et les pins sont toujours les mêmes.
it situation l | Ho rimesso su il Game Boy con Pokémon Rosso e la musichetta del menu mi ha fatto tornare bambino.
+ en situation l | I dug out the Game Boy with Pokémon Red and the little menu tune took me right back to being a kid.
it situation l | Sfogliando l'album di nozze dei miei li rivedo ragazzi, a ballare in un giardino che oggi non esiste più.
+ fr situation l | En feuilletant l'album de mariage de mes parents, je les revois jeunes, en train de danser dans un jardin qui n'existe plus.
it situation l | In cantina ho ritrovato la mia prima bici, la Graziella rossa, con ancora il campanello che funziona.
+ en situation l | In the cellar I found my first bike, the red Graziella, and the bell still works.
it situation l | Il profumo dei tigli a giugno mi ricorda le sere della maturità, a ripassare in giardino con gli amici.
+ fr situation l | L'odeur des tilleuls en juin me rappelle les soirs du bac, à réviser dans le jardin avec les copains.
it situation l | A settembre ripenso sempre alle vendemmie col nonno, tutti i cugini in fila tra i filari e le mani appiccicose d'uva.
+ en situation l | Every September I think back to the grape harvests with Grandad, all the cousins lined up along the rows and our hands sticky with grapes.
it situation l | Ho risentito al telefono la mia compagna di banco delle elementari dopo trent'anni, e ridevamo delle stesse cose.
+ fr situation l | J'ai eu au téléphone ma voisine de pupitre de l'école primaire après trente ans, et on riait des mêmes choses.
it situation l | Ho ritrovato la vecchia Olivetti di mamma, e il ticchettio dei tasti è quello dei pomeriggi a fare i compiti in cucina.
+ en situation l | I found Mum's old Olivetti, and the clatter of the keys is the sound of afternoons doing homework in the kitchen.
it situation n | Mi manca la mia Sicilia, il mare di Mondello e la granita con la brioche a colazione.
+ fr situation n | Ma Sicile me manque, la mer à Mondello et la granita avec la brioche au petit-déjeuner.
it situation l | Sto riascoltando le cassette che registravo dalla radio da ragazza. Metti una luce calda, da ricordi.
+ en situation l | I'm listening again to the tapes I recorded off the radio as a girl. Put on a warm light, something for memories.
it wish l c=amber;pink b=dim | Sfoglio le vecchie foto di famiglia, luce ambra e rosa tenue, per favore.
+ fr wish l c=amber;pink b=dim | Je feuillette les vieilles photos de famille, une lumière ambre et rose tamisée, s'il te plaît.
it explicit l | Stasera sono un po' nostalgica, penso ai tempi dell'università.
+ en explicit l | I'm feeling a bit nostalgic tonight, thinking back to my university days.
it explicit l | Mi è presa una malinconia dolce, che bei tempi erano quelli.
+ fr explicit l | J'ai une douce mélancolie qui me prend, c'était le bon temps.
it explicit n | Ho una gran nostalgia di casa, dei miei e del paese.
+ en explicit n | I'm really homesick, I miss my folks and my village.
it explicit l | Ogni volta che torno in paese mi prende la nostalgia canaglia.
+ fr explicit l | Chaque fois que je rentre au village, la nostalgie me rattrape.
it negation l | Non sono triste davvero, è più una nostalgia dolce: guardavo le foto della gita a Parigi in quinta superiore.
+ en negation l | I'm not really sad, it's more a sweet nostalgia: I was looking at the photos from the school trip to Paris in my final year.
it negation l | Non rimpiango niente, però l'odore della salsedine mi riporta alle estati da ragazzino a Rimini.
+ fr negation l | Je ne regrette rien, mais l'odeur de l'air salé me ramène aux étés de mon adolescence à Rimini.
it slang_emoji l | ho trovato le foto della gita in terza media 🥹❤️ ma quanto eravamo piccoli
+ en slang_emoji l | found the pics from the year 9 school trip 🥹❤️ omg we were so little
it typo l | mi mancano da morire le serate al muretto cn la compagnia, che anni ragà
+ fr typo l | les soirées sur le muret avec la bande me manquent trop, c'était qqch ces années
"""

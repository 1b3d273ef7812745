"""curiosite: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: wanting to discover and understand
it situation n | In soffitta ho trovato delle lettere in tedesco firmate da un certo Karl: chi era? Devo scoprirlo.
+ en situation n | Up in the attic I found some letters in German signed by someone called Karl: who was he? I have to find out.
it situation n | Mio figlio mi ha chiesto perché il cielo è blu e mi sono accorto di non saperlo: stasera documentario.
+ fr situation n | Mon fils m'a demandé pourquoi le ciel est bleu et je me suis rendu compte que je n'en savais rien : ce soir, documentaire.
it situation n | Il vicino sta costruendo qualcosa in giardino da settimane, tubi, pannelli, un'antenna: ma che cos'è?
+ en situation n | The neighbour has been building something in his garden for weeks, pipes, panels, an aerial: what on earth is it?
it situation n | Ho smontato la vecchia radio del nonno per capire come funzionano le valvole.
+ fr situation n | J'ai démonté le vieux poste de radio de mon grand-père pour comprendre comment marchent les lampes.
it situation n | Al Museo della Scienza di Milano ho passato un'ora nel sottomarino a leggere ogni singola targhetta.
+ en situation n | At the science museum in Milan I spent an hour in the submarine reading every single label.
it situation n | Mia madre usava sempre una parola in dialetto che nessuno sa da dove venga, sto spulciando i dizionari etimologici.
+ fr situation n | Ma mère employait toujours un mot de patois dont personne ne connaît l'origine, je suis en train d'éplucher les dictionnaires étymologiques.
it situation n | Col binocolo ho visto un puntino luminoso che attraversava il cielo: satellite? Stazione spaziale? Vado a controllare.
+ en situation n | Through the binoculars I saw a bright dot crossing the sky: a satellite? The space station? Off to check.
it situation n | Voglio capire perché la maionese impazzisce: ho letto tutto sulle emulsioni e ora faccio esperimenti.
+ fr situation n | Je veux comprendre pourquoi la mayonnaise tourne : j'ai tout lu sur les émulsions et maintenant je fais des expériences.
it situation n | Ho letto che un pezzetto del nostro DNA viene dai Neanderthal e adesso voglio capire come fanno a misurarlo.
+ en situation n | I read that a bit of our DNA comes from Neanderthals and now I want to know how they actually measure it.
it situation l | In treno per Bari la signora di fronte legge un libro in un alfabeto che non riconosco: che lingua sarà?
+ fr situation l | Dans le train pour Bari, la dame en face lit un livre dans un alphabet que je ne reconnais pas : c'est quelle langue ?
it situation n | Il meccanico ha aperto il cofano e gli ho chiesto di spiegarmi pezzo per pezzo a cosa serve ogni cosa.
+ en situation n | The mechanic opened the bonnet and I asked him to explain, part by part, what everything does.
it situation n | Nel bosco ho trovato un fungo blu elettrico mai visto, l'ho fotografato da tutti i lati per identificarlo.
+ fr situation n | Dans les bois, j'ai trouvé un champignon bleu électrique jamais vu, je l'ai pris en photo sous tous les angles pour l'identifier.
it situation n | Mi sono iscritta al corso serale di restauro: voglio imparare a togliere le vecchie vernici senza rovinare il legno.
+ en situation n | I've signed up for the evening restoration class: I want to learn how to strip old varnish without damaging the wood.
it situation n | Ho scoperto che sotto la mia città c'è una rete di cunicoli romani e sto cercando come visitarli.
+ fr situation n | J'ai découvert qu'il y a un réseau de galeries romaines sous ma ville et je cherche comment les visiter.
it situation l | Perché le formiche sul davanzale vanno tutte nella stessa direzione? Sono qui col naso sul vetro da mezz'ora.
+ en situation l | Why do the ants on the windowsill all go the same way? I've had my nose against the glass for half an hour.
it situation n | La collega giapponese ci ha portato un dolce ai fagioli rossi e io voglio sapere tutto, ricetta e storia.
+ fr situation n | Ma collègue japonaise nous a apporté un gâteau aux haricots rouges et je veux tout savoir, la recette et l'histoire.
it situation n | Ho iniziato un corso online di astronomia e ogni lezione mi apre dieci domande nuove.
+ en situation n | I've started an online astronomy course and every lesson opens up ten new questions.
it situation n | Il nonno da giovane faceva il casaro in alpeggio: stasera mi faccio spiegare come si faceva il formaggio.
+ fr situation n | Dans sa jeunesse, mon grand-père faisait le fromage en alpage : ce soir, je me fais expliquer comment ça se passait.
it situation n | Stasera mi metto a leggere sulle piramidi e su come le hanno costruite davvero. Metti una luce adatta.
+ en situation n | Tonight I'm reading up on the pyramids and how they were really built. Put on a light that fits.
it wish n c=cyan;green | Ho aperto un'enciclopedia degli insetti e voglio capirci qualcosa: luci azzurre e verdi, per favore.
+ fr wish n c=cyan;green | J'ai ouvert une encyclopédie des insectes et je veux y comprendre quelque chose : des lumières cyan et vertes, s'il te plaît.
it explicit n | Sono curiosissima, voglio sapere tutto di questa storia.
+ en explicit n | I'm so curious, I want to know everything about this story.
it explicit n | Mi è venuta la smania di capire come funziona, non mi do pace finché non lo scopro.
+ fr explicit n | J'ai une envie folle de comprendre comment ça marche, je ne serai pas tranquille tant que je n'aurai pas trouvé.
it explicit n | Ho una curiosità pazzesca, mi frulla in testa da stamattina.
+ en explicit n | I'm dying of curiosity, it's been buzzing round my head since this morning.
it explicit l | Sono un po' ficcanaso di natura, e questa faccenda mi intriga da morire.
+ fr explicit l | Je suis un peu fouineuse de nature, et cette histoire m'intrigue à mort.
it negation n | Non sono preoccupato per il rumore della lavatrice, voglio solo capire da dove viene e com'è fatta dentro.
+ en negation n | I'm not worried about the noise the washing machine makes, I just want to know where it comes from and what it's like inside.
it negation n | Non è che il museo mi annoi, anzi: vorrei leggere ogni didascalia e fare mille domande alla guida.
+ fr negation n | Ce n'est pas que le musée m'ennuie, au contraire : je voudrais lire chaque cartel et poser mille questions au guide.
it slang_emoji n | raga qlc sa xké il mio gatto porta i calzini in cucina?? devo capire 🤔🧦
+ en slang_emoji n | guys does anyone know why my cat carries socks into the kitchen?? i need to know 🤔🧦
it typo n | ma cm fanno i piccioni a tornare sempre allo stesso balcone? sto leggendo tt su sta cosa
+ fr typo n | mais cmt les pigeons font pr revenir tjrs au même balcon ? je lis tt sur le sujet
"""

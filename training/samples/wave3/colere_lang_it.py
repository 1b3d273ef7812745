"""colere: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: anger, injustice, irritation
it situation n | Il corriere ha lasciato il pacco fuori sotto la pioggia e il libro che avevo ordinato è da buttare.
+ en situation n | The courier left the parcel outside in the rain and the book I ordered is ruined.
it situation h | Il vicino ha parcheggiato davanti al mio passo carrabile per la terza volta questa settimana.
+ fr situation h | Le voisin s'est garé devant mon entrée de garage pour la troisième fois cette semaine.
it situation h | Due ore di fila all'anagrafe per sentirmi dire che manca un timbro che nessuno mi aveva chiesto.
+ en situation h | Two hours queuing at the registry office to be told there's a stamp missing that nobody ever asked me for.
it situation h | Il mio capo si è preso il merito della mia presentazione davanti al direttore.
+ fr situation h | Mon chef s'est attribué le mérite de ma présentation devant le directeur.
it situation n | Hanno abbattuto i platani del viale senza avvisare nessuno, per farci un parcheggio.
+ en situation n | They've cut down the plane trees along the avenue without telling anyone, to make a car park.
it situation h | La compagnia telefonica mi addebita servizi mai attivati e il call center mi tiene in attesa da quaranta minuti.
+ fr situation h | L'opérateur me facture des services que je n'ai jamais activés et le service client me fait attendre depuis quarante minutes.
it situation h | Mio fratello ha preso la mia macchina senza chiedere e me l'ha riportata col serbatoio vuoto e un graffio sulla portiera.
+ en situation h | My brother took my car without asking and brought it back with an empty tank and a scratch on the door.
it situation n | Il treno per Milano soppresso all'ultimo minuto: nessun annuncio, nessuna alternativa, nessun rimborso.
+ fr situation n | Le train pour Milan supprimé à la dernière minute : pas d'annonce, pas d'alternative, pas de remboursement.
it situation n | Il coinquilino ha finito di nuovo il mio latte e ha rimesso il cartone vuoto in frigo.
+ en situation n | My flatmate has finished my milk again and put the empty carton back in the fridge.
it situation h | Hanno dato la borsa di studio al figlio del professore, che ha la media più bassa della mia.
+ fr situation h | La bourse est allée au fils du professeur, qui a une moyenne plus basse que la mienne.
it situation h | L'idraulico si è fatto dare trecento euro in nero e il tubo perde esattamente come prima.
+ en situation h | The plumber took three hundred euros cash in hand and the pipe leaks exactly like before.
it situation h | Qualcuno mi ha rigato tutta la fiancata della macchina nuova al parcheggio del supermercato e se n'è andato.
+ fr situation h | Quelqu'un a rayé tout le flanc de ma voiture neuve sur le parking du supermarché et il est parti comme si de rien n'était.
it situation h | L'arbitro annulla un gol regolarissimo al novantesimo e ci fa perdere il derby.
+ en situation h | The ref disallows a perfectly good goal in the ninetieth minute and costs us the derby.
it situation n | Il padrone di casa si tiene la caparra per una macchia sul muro che c'era già quando sono entrato.
+ fr situation n | Le propriétaire garde la caution pour une tache sur le mur qui était déjà là quand je suis entré.
it situation n | Sull'autobus un ragazzo ascolta musica a tutto volume senza cuffie e quando gli chiedo di abbassare mi ride in faccia.
+ en situation n | On the bus a lad is playing music full blast with no headphones and when I ask him to turn it down he laughs in my face.
it situation h | Il comune ha alzato la Tari del venti per cento e la spazzatura non la ritirano da una settimana.
+ fr situation h | La mairie a augmenté la taxe sur les ordures de vingt pour cent et les poubelles ne sont pas ramassées depuis une semaine.
it situation n | Mia suocera mi ha di nuovo riorganizzato tutta la cucina mentre ero al lavoro, senza chiedermi niente.
+ en situation n | My mother-in-law has rearranged my whole kitchen again while I was at work, without asking me a thing.
it situation n | La maestra ha punito tutta la classe per colpa di uno solo, e mio figlio ha perso la gita.
+ fr situation n | L'institutrice a puni toute la classe à cause d'un seul élève, et mon fils a raté la sortie scolaire.
it situation h | Mi hanno rubato la bici per la seconda volta in un mese, proprio sotto casa. Metti una luce adatta.
+ en situation h | My bike's been stolen for the second time in a month, right outside my building. Put on a light that fits.
it wish h c=red;orange | Il capo mi ha umiliata davanti a tutti in riunione, voglio luci rosse e arancioni, forti.
+ fr wish h c=red;orange | Le chef m'a humiliée devant tout le monde en réunion, je veux des lumières rouges et orange, fortes.
it explicit h | Sono incazzato nero, non ditemi niente!
+ en explicit h | I'm absolutely livid, don't say a word to me!
it explicit n | Mi girano le scatole da stamattina, non ne posso più.
+ fr explicit n | J'ai les nerfs depuis ce matin, j'en peux plus.
it explicit h | Sono furioso, mi sta andando il sangue alla testa.
+ en explicit h | I'm furious, I can feel the blood rushing to my head.
it explicit h | Che rabbia! Questa ingiustizia mi fa proprio imbestialire.
+ fr explicit h | Ça me rend dingue ! Cette injustice me met hors de moi.
it negation h | Non sono triste, sono arrabbiata: mi hanno trattata come una stupida davanti a tutti.
+ en negation h | I'm not sad, I'm angry: they treated me like an idiot in front of everyone.
it negation h | Non ho paura di lui, ho solo una rabbia addosso che non ti dico, dopo quello che ha fatto a mia sorella.
+ fr negation h | Je n'ai pas peur de lui, j'ai juste une rage en moi, tu n'imagines pas, après ce qu'il a fait à ma sœur.
it slang_emoji h | ma ci rendiamo conto?? hanno chiuso la strada per la sagra e nessuno ha avvisato 🤬🤬 mi rode da morire
+ en slang_emoji h | are you kidding me?? they shut the road for the village fair and nobody warned us 🤬🤬 so pissed off
it typo h | ma vaffa, il wifi salta ogni 5 min e il tecnico nn si e mai presentato, 3 appuntamenti buttati
+ fr typo h | putain, le wifi saute ttes les 5 min et le technicien est jamais venu, 3 rdv pour rien
"""

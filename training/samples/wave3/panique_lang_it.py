"""panique: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: acute fear, emergency right now
it situation h | Esce fumo dalla presa in cucina e c'è puzza di bruciato dappertutto!
+ en situation h | There's smoke coming out of the kitchen socket and it smells of burning everywhere!
it situation h | Il bambino si è messo in bocca una moneta e non respira bene, chiamate il 118!
+ fr situation h | Le petit a mis une pièce dans sa bouche et il respire mal, appelez le SAMU !
it situation h | C'è odore di gas in tutto l'appartamento e non trovo la valvola generale!
+ en situation h | The whole flat smells of gas and I can't find the main valve!
it situation h | In discesa i freni non rispondono più e la macchina continua ad accelerare!
+ fr situation h | Dans la descente, les freins ne répondent plus et la voiture continue d'accélérer !
it situation h | Qualcuno sta forzando la porta di casa e sono sola con i bambini!
+ en situation h | Someone's trying to force the front door and I'm alone with the kids!
it situation h | La terra trema fortissimo, il lampadario oscilla e cadono i piatti dalla credenza!
+ fr situation h | La terre tremble très fort, le lustre se balance et les assiettes tombent du buffet !
it situation h | Il cane è scappato ed è finito in tangenziale, con le macchine che sfrecciano!
+ en situation h | The dog got loose and ended up on the ring road, with cars flying past!
it situation h | L'ascensore si è bloccato tra due piani, è andata via la luce e l'allarme non risponde!
+ fr situation h | L'ascenseur est bloqué entre deux étages, la lumière s'est coupée et l'alarme ne répond pas !
it situation h | Mio padre si è accasciato a tavola e non risponde più!
+ en situation h | My dad has collapsed at the table and he's not responding!
it situation h | L'acqua del torrente sta entrando in casa e sale a vista d'occhio!
+ fr situation h | L'eau du torrent entre dans la maison et monte à vue d'œil !
it situation h | Sono al largo col pedalò, si è alzato il vento e non riesco più a tornare a riva!
+ en situation h | I'm out at sea on the pedalo, the wind's picked up and I can't get back to shore!
it situation h | In montagna è sceso un nebbione, il sentiero è sparito e sta facendo buio!
+ fr situation h | En montagne, un brouillard épais est tombé, le sentier a disparu et il commence à faire nuit !
it situation h | La padella ha preso fuoco e le fiamme arrivano già alla cappa!
+ en situation h | The frying pan's caught fire and the flames are already reaching the extractor hood!
it situation h | Mi ha punto una vespa, sono allergico e mi si sta chiudendo la gola!
+ fr situation h | Une guêpe m'a piqué, je suis allergique et ma gorge est en train de se fermer !
it situation h | Il passeggino mi è scappato di mano e sta rotolando giù per la rampa verso la strada!
+ en situation h | The pushchair slipped out of my hands and it's rolling down the ramp towards the road!
it situation h | L'aereo perde quota di colpo, sono scese le maschere e la gente urla!
+ fr situation h | L'avion perd de l'altitude d'un coup, les masques sont tombés et les gens hurlent !
it situation h | Il cuore mi batte a mille, non riesco a respirare e mi formicolano le mani!
+ en situation h | My heart's pounding, I can't breathe and my hands are tingling!
it situation h | C'è un incendio nel bosco dietro casa e il vento lo sta spingendo verso di noi!
+ fr situation h | Il y a un feu de forêt derrière la maison et le vent le pousse vers nous !
it situation h | Suona l'allarme antincendio del palazzo e le scale sono piene di fumo! Accendi tutte le luci, subito!
+ en situation h | The building's fire alarm is going off and the stairwell is full of smoke! Turn all the lights on, now!
it wish h c=red;white b=bright | Sento dei rumori in cantina e la porta è socchiusa! Luci rosse e bianche, al massimo!
+ fr wish h c=red;white b=bright | J'entends du bruit à la cave et la porte est entrouverte ! Lumières rouges et blanches, à fond !
it explicit h | Aiuto, sono nel panico totale, non so cosa fare!
+ en explicit h | Help, I'm in a total panic, I don't know what to do!
it explicit h | Sto andando in tilt, mi manca il fiato dalla paura!
+ fr explicit h | Je perds les pédales, j'ai le souffle coupé de peur !
it explicit h | Ho una paura tremenda, sto tremando tutta!
+ en explicit h | I'm terrified, I'm shaking all over!
it explicit h | Sono terrorizzato, mi batte il cuore all'impazzata!
+ fr explicit h | Je suis terrorisé, mon cœur bat à tout rompre !
it negation h | Non è ansia, è panico vero: sento dei passi in casa e vivo da sola!
+ en negation h | This isn't anxiety, it's real panic: I can hear footsteps in the house and I live alone!
it negation h | Non sono solo preoccupata: la bambina ha la febbre a quarantuno e sta avendo le convulsioni!
+ fr negation h | Je ne suis pas juste inquiète : la petite a quarante et un de fièvre et elle fait des convulsions !
it typo h | aiutoo si e rotto il tubo sotto il lavandino e lacqua esce a fiotti nn so come chiuderla!!
+ en typo h | helpp the pipe under the sink burst and water is pouring out i dont know how to shut it off!!
it slang_emoji h | RAGA IL GATTO È SUL CORNICIONE DEL SESTO PIANO 😱😱 che faccio
+ fr slang_emoji h | LES GARS LE CHAT EST SUR LA CORNICHE DU SIXIÈME ÉTAGE 😱😱 je fais quoi
"""

"""panique: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation h | Ich glaub, der Kleine hat eine Knopfbatterie verschluckt, er hustet und würgt und ich find die Packung nicht!
+ en situation h | I think the little one has swallowed a button battery, he's coughing and gagging and I can't find the packet!
de situation h | In der Küche riecht's auf einmal total nach Gas, und ich weiß nicht, wo der Haupthahn ist!
+ fr situation h | Ça sent d'un coup très fort le gaz dans la cuisine et je ne sais pas où est le robinet principal !
de situation h | Das Öl in der Pfanne brennt lichterloh, die Flammen gehen bis zur Dunstabzugshaube und der Rauchmelder kreischt!
+ en situation h | The oil in the pan is ablaze, the flames are reaching the cooker hood and the smoke alarm is screeching!
de situation h | Eben war mein Sohn noch neben mir im Einkaufszentrum, und jetzt ist er weg, einfach weg!
+ fr situation h | Mon fils était à côté de moi dans le centre commercial il y a une seconde, et là il a disparu, disparu !
de situation h | Das Auto rutscht auf dem Glatteis, die Bremse greift nicht, und vorne kommt die Kurve!
+ en situation h | The car's sliding on the black ice, the brakes won't grip, and the bend is coming up!
de situation h | Der Lift steckt zwischen dem zweiten und dritten Stock, das Licht ist aus und beim Notrufknopf meldet sich keiner!
+ fr situation h | L'ascenseur est bloqué entre le deuxième et le troisième, la lumière s'est éteinte et personne ne répond au bouton d'appel d'urgence !
de situation h | Papa greift sich an die Brust und kippt um, ich hab die 112 dran, was mach ich jetzt?!
+ en situation h | Dad grabbed his chest and collapsed, I've got 112 on the line, what do I do now?!
de situation h | Am Berg ist dichter Nebel aufgezogen, der Weg ist weg, es wird dunkel und mein Akku hat drei Prozent!
+ fr situation h | Un brouillard épais est tombé sur la montagne, le sentier a disparu, la nuit tombe et ma batterie est à trois pour cent !
de situation h | Die Hündin hat sich losgerissen und rennt direkt auf die Bundesstraße, da kommt ein Lkw!
+ en situation h | The dog's pulled free and is running straight onto the main road, there's a lorry coming!
de situation h | Die Prüfung fängt in zehn Minuten an, und ich steh im falschen Gebäude am anderen Ende der Stadt!
+ fr situation h | L'examen commence dans dix minutes et je suis dans le mauvais bâtiment, à l'autre bout de la ville !
de situation h | Mein Freund ist beim Rheinschwimmen untergegangen und nicht wieder aufgetaucht, ich seh ihn nirgends!
+ en situation h | My friend went under while swimming in the Rhine and hasn't come back up, I can't see him anywhere!
de situation h | Gerade eben wurden 4000 Euro von meinem Konto abgebucht, nicht von mir, und bei der Bank geht keiner ran!
+ fr situation h | On vient de débiter 4000 euros de mon compte, ce n'est pas moi, et à la banque personne ne décroche !
de situation h | Die Wehen kommen alle zwei Minuten, wir stehen im Stau, und bis zur Klinik sind es noch zwanzig Kilometer!
+ en situation h | The contractions are two minutes apart, we're stuck in traffic, and the hospital is still twenty kilometres away!
de situation h | Das Flugzeug sackt plötzlich ab, Leute schreien, und die Sauerstoffmasken fallen von der Decke!
+ fr situation h | L'avion chute d'un coup, des gens hurlent, et les masques à oxygène tombent du plafond !
de situation h | Meiner Tochter schwellen die Lippen an, sie kriegt schlecht Luft, wo ist der verdammte Notfallpen?!
+ en situation h | My daughter's lips are swelling up, she can hardly breathe, where's the damn EpiPen?!
de situation h | Aus dem Keller quillt Rauch ins Treppenhaus, und die Wohnungstür unten ist schon heiß!
+ fr situation h | De la fumée sort de la cave et envahit la cage d'escalier, et la porte d'en bas est déjà brûlante !
de situation h | Da war ein Knall im Keller, und jetzt riecht's verbrannt! Mach sofort überall Licht an!
+ en situation h | There was a bang in the basement and now it smells of burning! Turn every light on, now!
de wish h c=white b=bright | Da krabbelt eine riesige Spinne auf meinem Kopfkissen, ich dreh durch! Alles hell, sofort, weißes Licht!
+ fr wish h c=white b=bright | Il y a une araignée énorme sur mon oreiller, je panique ! Tout en blanc, à fond, tout de suite !
# explicit
de explicit h | Ich krieg gerade Panik, mein Herz rast und ich kann nicht klar denken!
+ en explicit h | I'm panicking right now, my heart's racing and I can't think straight!
de explicit h | Mir rutscht das Herz in die Hose, ich hab Todesangst!
+ fr explicit h | J'ai le cœur qui lâche, j'ai une peur bleue !
de explicit h | Jessas, i hab so an Schiss, i zitter am ganzen Körper!
+ en explicit h | Jesus, I'm scared stiff, I'm shaking all over!
de explicit h | Ich bi total in Panik, hilf mir, bitte!
+ fr explicit h | Je suis complètement en panique, aide-moi, s'il te plaît !
# negation
de negation h | Das ist keine normale Sorge mehr, das ist blanke Panik: Das Baby atmet ganz komisch und die Lippen werden blau!
+ en negation h | This isn't ordinary worry any more, it's sheer panic: the baby's breathing strangely and her lips are turning blue!
de negation h | Nein, ich bin nicht nur nervös, ich krieg keine Luft, die Wände kommen auf mich zu, ich muss hier raus!
+ fr negation h | Non, je ne suis pas juste nerveux, je n'arrive plus à respirer, les murs se rapprochent, il faut que je sorte d'ici !
# texting
de typo h | hilfe der hund hat schoki gefressn ne ganze tafel, er zittert, welcher tierarzt hat offen???
+ en typo h | help the dog ate chocolat a whole bar, hes shaking, wich vet is open???
de slang_emoji h | ALTER DA BRENNT WAS IM HINTERHOF 🔥🔥😱 ruft wer die feuerwehr
+ fr slang_emoji h | PUTAIN Y A UN TRUC QUI BRÛLE DANS LA COUR 🔥🔥😱 quelqu'un appelle les pompiers
# mixed
de mixed h | Sauer auf mich selbst auch, aber gerade nur Panik: Ich hab mich ausgesperrt, das Baby schläft drinnen und auf dem Herd steht die Milch!
+ en mixed h | Angry with myself too, but right now it's pure panic: I've locked myself out, the baby's asleep inside and the milk's on the hob!
de mixed h | Peinlich ist es mir auch, aber vor allem zittere ich: Der Stecker von der Heizdecke qualmt und es sprüht Funken!
+ fr mixed h | J'ai un peu honte aussi, mais surtout je tremble : la prise de la couverture chauffante fume et fait des étincelles !
"""

"""curiosite: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation n | Mein Sohn hat gefragt, warum der Himmel blau ist, und jetzt lese ich seit einer Stunde über Lichtstreuung.
+ en situation n | My son asked why the sky is blue, and I've been reading about light scattering for an hour now.
de situation n | Vom Flohmarkt: ein Messinggerät mit Zahnrädern, keiner weiß, wofür es war. Heute Abend frag ich im Forum nach.
+ fr situation n | Trouvé aux puces : un appareil en laiton plein d'engrenages, personne ne sait à quoi il servait. Ce soir je pose la question sur le forum.
de situation n | Im Garten wächst eine Pflanze, die keiner gesät hat. Ich hab die Blätter fotografiert und blättere jetzt im Bestimmungsbuch.
+ en situation n | There's a plant growing in the garden that nobody sowed. I've photographed the leaves and I'm going through the field guide.
de situation n | Der neue Kollege kommt aus Island, und ich hab ihn die ganze Mittagspause über Vulkane, Elfen und seine Vornamen ausgefragt.
+ fr situation n | Le nouveau collègue est islandais, et je l'ai bombardé de questions pendant toute la pause déj sur les volcans, les elfes et les prénoms là-bas.
de situation n | Ich will endlich kapieren, wie Sauerteig funktioniert, also füttere ich jetzt ein Glas mit Mehl und Wasser und notiere alles.
+ en situation n | I want to finally get how sourdough works, so I'm feeding a jar of flour and water and writing everything down.
de situation n | In der Doku kam ein Tiefseefisch mit eigener Lampe vor. Ich muss wissen, wie dieses Leuchten chemisch entsteht.
+ fr situation n | Dans le documentaire, il y avait un poisson des abysses avec sa propre lampe. Il faut que je sache comment cette lumière se produit chimiquement.
de situation l | Welche Sprache spricht eigentlich die Familie neben mir im Zug? Klingt fast wie Portugiesisch, ist es aber nicht.
+ en situation l | What language is the family next to me on the train actually speaking? It sounds almost like Portuguese, but it isn't.
de situation n | Im Museum in Winterthur steh ich seit zwanzig Minuten vor einer alten Rechenmaschine und versuche herauszufinden, wie sie multipliziert.
+ fr situation n | Au musée de Winterthour, ça fait vingt minutes que je suis plantée devant une vieille machine à calculer à essayer de comprendre comment elle multiplie.
de situation n | Ich hab mir vom Nachbarn ein Teleskop ausgeliehen und will heute Nacht die Jupitermonde selbst finden.
+ en situation n | I've borrowed a telescope from my neighbour and tonight I want to find Jupiter's moons myself.
de situation n | Meine Tante hat erwähnt, dass wir einen Urgroßonkel in Argentinien hatten. Jetzt durchforste ich Auswandererlisten aus Bremerhaven.
+ fr situation n | Ma tante a mentionné qu'on avait un arrière-grand-oncle en Argentine. Du coup, j'épluche les listes d'émigrants parties de Bremerhaven.
de situation n | Im Asiamarkt lag eine stachelige Frucht, von der ich noch nie gehört hatte. Gekauft, jetzt wird aufgeschnitten und probiert.
+ en situation n | At the Asian grocery there was a spiky fruit I'd never heard of. Bought it, now I'm cutting it open to try it.
de situation n | Der Hausmeister sagt, unter unserem Innenhof in Wien gibt's Keller aus dem Mittelalter. Da will ich unbedingt mal runter.
+ fr situation n | Le concierge dit que sous notre cour à Vienne il y a des caves qui datent du Moyen Âge. Il faut absolument que j'y descende.
de situation n | Meine Tochter und ich haben Rotkohlsaft als Indikator angesetzt und testen jetzt alles in der Küche: Essig, Seife, Zitrone, Backpulver.
+ en situation n | My daughter and I made red cabbage juice as a pH indicator and now we're testing everything in the kitchen: vinegar, soap, lemon, baking powder.
de situation n | In Lissabon sind wir einer Treppengasse gefolgt, die in keinem Reiseführer steht, nur um zu sehen, wohin sie führt.
+ fr situation n | À Lisbonne, on a suivi une ruelle en escalier qui n'est dans aucun guide, juste pour voir où elle menait.
de situation l | Woher kommt eigentlich das Wort „Kuddelmuddel“? Das etymologische Wörterbuch liegt schon aufgeschlagen auf dem Tisch.
+ en situation l | Where does the word "Kuddelmuddel" actually come from? The etymological dictionary is already open on the table.
de situation n | Warum wird mein Handy beim Laden so warm? Drei Erklärvideos später will ich's jetzt ganz genau wissen.
+ fr situation n | Pourquoi mon téléphone chauffe autant quand il charge ? Trois vidéos explicatives plus tard, je veux savoir exactement pourquoi.
de situation n | Heute Abend will ich verstehen, wie Zugvögel den Weg nach Afrika finden, die Doku läuft schon. Mach das Licht passend dazu.
+ en situation n | Tonight I want to understand how migrating birds find their way to Africa, the documentary's already on. Set the lights to match.
de wish n c=cyan;green | Ich tüftle an einem Rätsel und will unbedingt dahinterkommen. Licht bitte in Türkis und Grün.
+ fr wish n c=cyan;green | Je planche sur une énigme et je veux absolument trouver le fin mot. Lumière turquoise et verte, s'il te plaît.
# explicit
de explicit n | Ich bin wahnsinnig neugierig, was in der alten Kiste auf dem Dachboden steckt.
+ en explicit n | I'm dying to know what's inside the old chest in the attic.
de explicit n | Das lässt mir keine Ruhe, ich muss herausfinden, wie das funktioniert.
+ fr explicit n | Ça me travaille, il faut que je découvre comment ça marche.
de explicit n | Ich bi so gwundrig, was die da drüben bauen!
+ en explicit n | I'm so curious about what they're building over there!
de explicit h | Mein Wissensdurst ist heute kaum zu bremsen, ich will alles über Pilze lernen.
+ fr explicit h | Ma soif d'apprendre est impossible à freiner aujourd'hui, je veux tout savoir sur les champignons.
# negation
de negation n | Nein, ich mach mir keine Sorgen wegen des komischen Pilzes im Wald. Ich will einfach wissen, was das für einer ist.
+ en negation n | No, I'm not worried about that odd mushroom in the woods. I just want to know what kind it is.
de negation l | Das ist keine Langeweile, dass ich um Mitternacht Artikel über Leuchttürme lese. Ich will das einfach alles wissen.
+ fr negation l | Ce n'est pas de l'ennui si je lis des articles sur les phares à minuit. J'ai juste envie de tout savoir là-dessus.
# texting
de typo n | wie funktionirt eigentlich so ein kühlschrank?? ich kapiers nich, das muss ich heut noch rausfinden
+ en typo n | how does a fridge acutally work?? i dont get it, gotta figure it out today
de slang_emoji n | leute was zur hölle ist ein axolotl und warum lächelt der so 🤔🔍 brauche infos
+ fr slang_emoji n | les gens c'est quoi un axolotl et pourquoi il sourit comme ça 🤔🔍 besoin d'infos
# mixed
de mixed n | Ein bisschen nervös vor dem ersten Tag im Labor, aber vor allem brenne ich darauf zu sehen, wie die Geräte funktionieren.
+ en mixed n | A bit nervous before my first day in the lab, but mostly I'm itching to see how the machines work.
de mixed n | Der Film war eher langweilig, aber jetzt will ich unbedingt wissen, ob die Geschichte mit dem Leuchtturmwärter wirklich passiert ist.
+ fr mixed n | Le film était plutôt ennuyeux, mais maintenant je veux absolument savoir si l'histoire du gardien de phare est vraie.
"""

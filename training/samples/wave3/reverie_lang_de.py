"""reverie: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation l | Im Zug zähl ich die Strommasten, und irgendwann leb ich in Gedanken ein ganz anderes Leben, als Leuchtturmwärterin auf einer Insel.
+ en situation l | On the train I count the pylons, and at some point I'm living a completely different life in my head, as a lighthouse keeper on an island.
de situation l | Ich liege im Gras und mache aus den Wolken Tiere: ein Wal, dann ein Drache, dann wieder gar nichts.
+ fr situation l | Allongée dans l'herbe, je transforme les nuages en animaux : une baleine, puis un dragon, puis plus rien du tout.
de situation l | Beim Abwasch stell ich mir vor, wie es wäre, auf einem Hausboot in Amsterdam zu wohnen, mit Geranien auf dem Dach.
+ en situation l | Doing the dishes, I picture what it would be like to live on a houseboat in Amsterdam, with geraniums on the roof.
de situation l | Der Regen läuft an der Scheibe runter, und ich schau zu, welcher Tropfen zuerst unten ankommt, und denk an gar nichts.
+ fr situation l | La pluie coule sur la vitre, je regarde quelle goutte arrive en bas la première, et je ne pense à rien.
de situation l | Auf der Bank am Donaukanal schau ich dem Wasser nach und denk mir Geschichten zu den Leuten auf den Booten aus.
+ en situation l | On a bench by the Danube Canal I watch the water go by and make up stories about the people on the boats.
de situation l | Beim Vorlesen hab ich mitten im Satz aufgehört und mir vorgestellt, wie es in der Zauberwelt aus dem Buch wohl riecht.
+ fr situation l | En lisant à voix haute, je me suis arrêtée au milieu d'une phrase pour imaginer l'odeur qu'aurait le monde magique du livre.
de situation l | Im Aquarellkurs lass ich die Farben einfach ineinanderlaufen und schau zu, wie sie Landschaften bilden, die es nirgends gibt.
+ en situation l | At my watercolour class I just let the colours bleed into each other and watch them make landscapes that exist nowhere.
de situation l | In der Mathestunde hab ich mir ausgemalt, wie meine Zeitmaschine aussehen würde und in welches Jahrhundert ich zuerst reise.
+ fr situation l | En cours de maths, j'ai imaginé à quoi ressemblerait ma machine à remonter le temps et dans quel siècle j'irais en premier.
de situation l | Nachts plane ich im Kopf ein kleines Café am Meer, mit blauen Stühlen und einer Katze auf dem Tresen.
+ en situation l | At night I plan a little café by the sea in my head, with blue chairs and a cat on the counter.
de situation l | Auf dem Bänkli über dem Thunersee stell ich mir vor, wie es hier vor tausend Jahren aussah.
+ fr situation l | Sur le petit banc au-dessus du lac de Thoune, j'imagine à quoi ressemblait l'endroit il y a mille ans.
de situation l | Auf dem Campingplatz lieg ich auf dem Rücken unter der Milchstraße und lass mich in Gedanken zwischen den Sternen treiben.
+ en situation l | At the campsite I lie on my back under the Milky Way and let my thoughts drift among the stars.
de situation l | Kopfhörer auf, langsames Klavier, und ich bin plötzlich in einem Schwarzweißfilm, der in Paris spielt.
+ fr situation l | Casque sur les oreilles, un piano lent, et me voilà soudain dans un film en noir et blanc qui se passe à Paris.
de situation l | In der Besprechung hab ich nur noch das Teppichmuster angestarrt und mir überlegt, welches Land das auf einer Landkarte wäre.
+ en situation l | In the meeting I just stared at the carpet pattern and wondered what country it would be on a map.
de situation l | Im Nachtbus, die Stirn an der Scheibe, verschwimmen die Lichter der Stadt, und ich träume mich irgendwohin.
+ fr situation l | Dans le bus de nuit, le front contre la vitre, les lumières de la ville se brouillent et je m'évade je ne sais où.
de situation l | Beim Rasenmähen träume ich von einem Lavendelhof in der Provence, mit Fensterläden in Hellblau.
+ en situation l | Mowing the lawn, I dream about a lavender farm in Provence with pale blue shutters.
de situation l | Die Kerze flackert, und meine Gedanken wandern von einem fernen Ort zum nächsten, ohne irgendwo anzukommen.
+ fr situation l | La bougie vacille, et mes pensées vagabondent d'un endroit lointain à l'autre sans jamais se poser.
de situation l | Ich häng gerade total meinen Gedanken nach, ganz weit weg. Mach ein verträumtes Licht.
+ en situation l | I'm completely lost in my thoughts right now, miles away. Give me some dreamy lighting.
de wish l c=violet;blue b=dim | Ich schweb irgendwo zwischen Wolken und Gedanken. Zartes Lila und Blau, bitte, ganz gedimmt.
+ fr wish l c=violet;blue b=dim | Je flotte quelque part entre les nuages et mes pensées. Du lilas et du bleu tout doux, s'il te plaît, très tamisés.
# explicit
de explicit l | Ich bin mit den Gedanken völlig woanders, ich träume einfach vor mich hin.
+ en explicit l | My mind is somewhere else entirely, I'm just daydreaming.
de explicit l | Heute bin ich ein richtiger Tagträumer, den Kopf in den Wolken.
+ fr explicit l | Aujourd'hui je suis un vrai rêveur, la tête dans les nuages.
de explicit l | I bin heit so verträumt, i sinnier die ganze Zeit vor mi hin.
+ en explicit l | I'm so dreamy today, I keep drifting off into my thoughts.
de explicit l | Ich lass meine Gedanken treiben wie ein Blatt auf dem Bach.
+ fr explicit l | Je laisse mes pensées dériver comme une feuille sur le ruisseau.
# negation
de negation l | Ich bin nicht traurig, nur in Gedanken versunken: Ich male mir gerade eine Insel aus, die es nicht gibt.
+ en negation l | I'm not sad, just lost in thought: I'm imagining an island that doesn't exist.
de negation l | Nicht müde, nur verträumt. Ich schau dem Schnee zu und stell mir vor, wie die Stadt von oben aussieht.
+ fr negation l | Pas fatiguée, juste rêveuse. Je regarde la neige tomber en imaginant la ville vue d'en haut.
# texting
de typo l | bin grad voll am tagträumen, stell mir vor ich wohn in norwegen in ner hütte am fjord und fang fische
+ en typo l | totaly daydreaming rn, imagining i live in a cabin on a fjord in norway and catch fish
de slang_emoji l | kopf in den wolken heute ☁️✨ denk an alles und nix
+ fr slang_emoji l | la tête dans les nuages aujourd'hui ☁️✨ je pense à tout et à rien
# mixed
de mixed l | Ein bisschen müde, aber vor allem verträumt: Ich stell mir die ganze Zeit vor, wer hinter den erleuchteten Fenstern wohnt, an denen ich vorbeilaufe.
+ en mixed l | A little tired, but mostly dreamy: I keep imagining who lives behind the lit-up windows I walk past.
de mixed l | Etwas gelangweilt im Wartezimmer, aber eigentlich bin ich in Gedanken längst auf einem Segelschiff Richtung Island.
+ fr mixed l | Un peu d'ennui dans la salle d'attente, mais en pensée je suis déjà sur un voilier en route pour l'Islande.
"""

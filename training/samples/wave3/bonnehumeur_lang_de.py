"""bonnehumeur: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation n | Die Nachbarin hat mir einen Zettel an die Tür geklebt: „Danke fürs Blumengießen!“, daneben ein gemalter Smiley.
+ en situation n | My neighbour stuck a note on my door: "Thanks for watering the plants!", with a little hand-drawn smiley next to it.
de situation n | Der Busfahrer hat extra gewartet, als ich mit dem Kinderwagen angerannt kam, und mir beim Einsteigen noch zugezwinkert.
+ fr situation n | Le chauffeur de bus m'a attendue exprès quand j'arrivais en courant avec la poussette, et il m'a même fait un clin d'œil quand je suis montée.
de situation n | Beim Frühstück hat mein Vierjähriger verkündet, dass er später Müllmann und Astronaut gleichzeitig wird.
+ en situation n | At breakfast my four-year-old announced that when he grows up he's going to be a bin man and an astronaut at the same time.
de situation l | Die erste Erdbeere aus dem eigenen Balkonkasten: winzig, etwas schief, aber süß wie nix.
+ fr situation l | La première fraise de ma jardinière sur le balcon : minuscule, un peu tordue, mais sucrée comme pas permis.
de situation n | Im Büro hat jemand Krapfen mitgebracht, und für mich war sogar noch einer mit Marillenmarmelade übrig.
+ en situation n | Someone brought doughnuts into the office, and there was even an apricot-jam one left for me.
de situation n | Unser Hund wedelt beim Begrüßen so heftig mit dem Schwanz, dass er jedes Mal fast umkippt.
+ fr situation n | Notre chien remue tellement la queue quand il nous accueille qu'il manque de se renverser à chaque fois.
de situation n | Nach drei grauen Wochen wieder Sonne auf dem Balkon, und die Spatzen baden im Untersetzer vom Blumentopf.
+ en situation n | Sun on the balcony again after three grey weeks, and the sparrows are bathing in the saucer under the flowerpot.
de situation n | Oma hat mir eine acht Minuten lange Sprachnachricht geschickt, nur um zu erzählen, dass ihre Tomaten endlich rot werden.
+ fr situation n | Mamie m'a envoyé un message vocal de huit minutes rien que pour me dire que ses tomates commencent enfin à rougir.
de situation n | Im Regionalzug hat mir ein älterer Herr sein Kreuzworträtsel rübergereicht, und wir haben es bis Ulm zusammen gelöst.
+ en situation n | On the regional train an older gentleman passed me his crossword, and we finished it together before Ulm.
de situation l | Am Kiosk hat mir der Verkäufer gesagt, mein Velo sei das schönste im ganzen Quartier.
+ fr situation l | Au kiosque, le vendeur m'a dit que mon vélo était le plus beau de tout le quartier.
de situation n | Die Kleine hat mich gemalt, mit riesigen Ohren und einer Krone auf dem Kopf. Hängt jetzt am Kühlschrank.
+ en situation n | My little one drew me with enormous ears and a crown on my head. It's on the fridge now.
de situation n | Mein Mann hat mir morgens den Kaffee ans Bett gebracht, mit Keks und einem schiefen Herz im Milchschaum.
+ fr situation n | Mon mari m'a apporté le café au lit ce matin, avec un biscuit et un cœur de travers dans la mousse de lait.
de situation l | An der Supermarktkasse hat die Kassiererin extra eine neue Kasse aufgemacht, nur für mich und meinen Liter Milch.
+ en situation l | At the supermarket the cashier opened a new till just for me and my carton of milk.
de situation n | In der alten Winterjacke steckte noch ein Zwanziger. Die Pizza heute Abend geht auf mich!
+ fr situation n | Il restait un billet de vingt dans ma vieille doudoune. Ce soir, la pizza, c'est moi qui régale !
de situation n | Beim Abwasch lief mein Küchentanzlied, also hab ich getanzt, mit Schaum an den Händen.
+ en situation n | My kitchen-dancing song came on while I was washing up, so I danced, with suds on my hands.
de situation n | Samstagvormittag am Naschmarkt, Sonne, ein Kaffee im Stehen, und der Obststandler lässt mich eine Marille probieren.
+ fr situation n | Samedi matin au Naschmarkt, du soleil, un café debout au comptoir, et le marchand de fruits me fait goûter un abricot.
de situation n | Drei nette Mails heute, und das Paket kam sogar pünktlich. Mach mir mal was Fröhliches an.
+ en situation n | Three nice emails today, and the parcel even arrived on time. Put something cheerful on for me.
de wish n c=yellow;orange b=bright | Einfach ein guter Tag heute, alles läuft rund. Mach's hell, sonnengelb und orange, bitte.
+ fr wish n c=yellow;orange b=bright | Juste une bonne journée aujourd'hui, tout roule. Mets-moi ça lumineux, jaune soleil et orange, s'il te plaît.
# explicit
de explicit n | Ich bin heute einfach bester Laune, keine Ahnung warum.
+ en explicit n | I'm just in the best of moods today, no idea why.
de explicit n | Heut is einfach a leiwander Tag, i bin richtig gut drauf.
+ fr explicit n | Aujourd'hui c'est juste une super journée, je suis vraiment de bonne humeur.
de explicit n | Ich bi hüt mega guet gluunt!
+ en explicit n | I'm in a really great mood today!
de explicit n | Mir geht's blendend, ich grinse schon den ganzen Morgen vor mich hin.
+ fr explicit n | Je pète la forme, je souris bêtement depuis ce matin.
# negation
de negation n | Nein, ich bin nicht aufgedreht oder so, nur richtig gut gelaunt nach dem Spaziergang in der Sonne.
+ en negation n | No, I'm not hyper or anything, just in a really good mood after my walk in the sun.
de negation l | Nichts Besonderes passiert, kein Grund zum Feiern. Ich hab einfach gute Laune und summe vor mich hin.
+ fr negation l | Rien de spécial, aucune raison de faire la fête. Je suis juste de bonne humeur et je fredonne dans mon coin.
# texting
de typo n | heute alles supi, kaffe war perfekt, die sone scheint und mein chef hat früher schluss gemacht hihi
+ en typo n | everythings great today, coffe was perfect, the sun is out and my boss let us go early hehe
de slang_emoji n | lol mein kater hat sich in nen karton gequetscht der viel zu klein ist 😂😂 bester start in den tag
+ fr slang_emoji n | mdr mon chat s'est coincé dans un carton beaucoup trop petit 😂😂 meilleur début de journée
# mixed
de mixed n | Bisschen müde nach der Nachtschicht, aber die Sonne und die Amseln heben meine Laune total.
+ en mixed n | A bit tired after the night shift, but the sunshine and the blackbirds are really lifting my mood.
de mixed n | Etwas Muskelkater vom Umzug meiner Schwester, aber vor allem gut drauf: Wir saßen mit Pizza auf den Kartons und haben nur gelacht.
+ fr mixed n | Un peu de courbatures après le déménagement de ma sœur, mais surtout de bonne humeur : on a mangé une pizza assis sur les cartons en rigolant tout le temps.
"""

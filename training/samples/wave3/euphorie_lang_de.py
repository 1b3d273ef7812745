"""euphorie: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation h | Erste Reihe, die Band kommt raus, die ganze Halle springt, und ich hab schon keine Stimme mehr!
+ en situation h | Front row, the band walks on, the whole arena is jumping, and I've already lost my voice!
de situation h | Alle sechs Lottozahlen richtig! Ich renn schreiend durch die Wohnung!
+ fr situation h | Les six numéros du loto ! Je cours dans tout l'appart en hurlant !
de situation h | Meine beste Freundin hat sich verlobt, und ich bin Trauzeugin!!! Wir kreischen seit zehn Minuten am Telefon.
+ en situation h | My best friend just got engaged and I'm the maid of honour!!! We've been screaming down the phone for ten minutes.
de situation h | Siegtor in der 90. Minute, die ganze Kneipe liegt sich in den Armen, Bier fliegt durch die Luft!
+ fr situation h | But de la victoire à la 90e, tout le bar se tombe dans les bras, la bière vole partout !
de situation h | Mitternacht auf dem Dach, Feuerwerk in alle Richtungen, alle umarmen sich und wir tanzen ins neue Jahr.
+ en situation h | Midnight on the roof, fireworks everywhere, everyone hugging and we dance our way into the new year.
de situation h | Rosenmontag in Köln, die Kamelle fliegen, die Musik dröhnt, wir singen seit Stunden und keiner will heim.
+ fr situation h | Lundi de carnaval à Cologne, les bonbons volent, la musique cogne, on chante depuis des heures et personne ne veut rentrer.
de situation h | Mein Bruder steht plötzlich vor der Tür, nach zwei Jahren in Australien, ohne Vorwarnung!
+ en situation h | My brother is suddenly standing at the door after two years in Australia, no warning at all!
de situation h | Drei Uhr früh am Festival, Bass im Bauch, Konfetti in den Haaren, ich könnte ewig so weitertanzen.
+ fr situation h | Trois heures du matin au festival, les basses dans le ventre, des confettis dans les cheveux, je pourrais danser comme ça pour toujours.
de situation h | Beim Ultraschall eben: Zwillinge!!! Ich lache und heule gleichzeitig und kann nicht mehr stillstehen.
+ en situation h | At the scan just now: twins!!! I'm laughing and crying at the same time and can't stand still.
de situation h | Über Nacht ein halber Meter Pulverschnee, die Lifte gehen auf und wir sind die Ersten am Berg! Juhu!
+ fr situation h | Un demi-mètre de poudreuse tombé cette nuit, les remontées ouvrent et on est les premiers sur la piste ! Youhou !
de situation h | Wir haben beim Radio zwei Karten für das ausverkaufte Konzert gewonnen, ich hüpf durchs ganze Büro!
+ en situation h | We won two tickets to the sold-out gig on the radio, I'm bouncing all over the office!
de situation h | Auf der Hochzeit meiner Schwester spielt die Band „Atemlos“, und sogar Opa reißt auf der Tanzfläche die Arme hoch.
+ fr situation h | Au mariage de ma sœur, l'orchestre joue « Atemlos », et même papi lève les bras sur la piste de danse.
de situation h | Die Nati hat gewonnen, in Zürich hupen alle Autos und wir tanzen mitten auf der Langstrasse!
+ en situation h | Switzerland won, every car in Zurich is honking and we're dancing in the middle of the Langstrasse!
de situation h | Der Flieger setzt auf Bali auf, das Meer glitzert, und die Flitterwochen fangen JETZT an!
+ fr situation h | L'avion se pose à Bali, la mer scintille, et la lune de miel commence MAINTENANT !
de situation h | Meine Freundin hat mir zum Geburtstag Karten für Taylor Swift geschenkt, ich kreische seit einer Viertelstunde!
+ en situation h | My girlfriend gave me Taylor Swift tickets for my birthday, I've been screaming for a quarter of an hour!
de situation h | Spontan den Roadtrip gebucht, morgen um fünf geht's los, ich kann vor lauter Vorfreude nicht stillsitzen!
+ fr situation h | On a réservé le road trip sur un coup de tête, départ demain à cinq heures, je ne tiens plus en place tellement j'ai hâte !
de situation h | Party bei uns, alle sind da, die Stimmung kocht! Dreh die Lichter auf Party!
+ en situation h | Party at ours, everyone's here and the place is buzzing! Switch the lights to party mode!
de wish h c=pink;orange;purple b=bright | Ich platz gleich vor Freude, heute wird durchgefeiert! Pink, Orange und Lila, so hell es geht!
+ fr wish h c=pink;orange;purple b=bright | J'explose de joie, ce soir on fait la fête jusqu'au bout ! Rose, orange et violet, à fond !
# explicit
de explicit h | Ich bin im siebten Himmel, ich könnte die ganze Welt umarmen!
+ en explicit h | I'm on cloud nine, I could hug the whole world!
de explicit h | Ich flipp gleich aus vor Freude, das ist der Wahnsinn!
+ fr explicit h | Je vais péter un plomb tellement je suis content, c'est dingue !
de explicit h | I bin ganz narrisch vor Freud, i kenn mi nimmer aus!
+ en explicit h | I'm going crazy with joy, I don't know what to do with myself!
de explicit h | Ich bi grad völlig us em Hüsli!
+ fr explicit h | Je suis complètement surexcité là !
# negation
de negation h | Nein, das ist nicht einfach gute Laune – ich bin völlig aufgedreht und könnte bis morgen früh tanzen!
+ en negation h | No, this isn't just a good mood, I'm totally wired and could dance till tomorrow morning!
de negation h | Entspannen? Auf keinen Fall! Die Jungs sind da, ich bin total aufgekratzt, heute wird gefeiert bis zum Morgen!
+ fr negation h | Me détendre ? Hors de question ! Les potes sont là, je suis surexcitée, ce soir on fait la fête jusqu'au matin !
# texting
de typo h | OMG wir haben die karten fürs finale geschenkt bekommn!!! ich dreh durchhh
+ en typo h | OMG someone gave us tickets for the final!!! im losing itttt
de slang_emoji h | AAAAH sie kommen nach Wien!!!! 🎉🎉🔥🔥 bin sowas von dabei, beste nacht ever incoming
+ fr slang_emoji h | AAAAH ils passent à Vienne !!!! 🎉🎉🔥🔥 j'y serai grave, meilleure soirée de ma vie en approche
# mixed
de mixed h | Vorm Bungee-Sprung hatte ich schon ein bisschen Schiss, aber jetzt, unten angekommen, schrei ich nur noch vor Glück und will sofort nochmal!
+ en mixed h | I was a bit scared before the bungee jump, but now that I'm down I'm just screaming with joy and want to go again straight away!
de mixed h | Total übermüdet nach der Nacht, aber die Stimmung kocht immer noch, wir tanzen in der Küche einfach weiter!
+ fr mixed h | Complètement crevés après cette nuit, mais l'ambiance est toujours à fond, on continue à danser dans la cuisine !
"""

"""victoire: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation h | Nach drei Anläufen hab ich endlich die Führerscheinprüfung bestanden, und der Prüfer hat mir sogar die Hand geschüttelt.
+ en situation h | After three attempts I finally passed my driving test, and the examiner even shook my hand.
de situation h | Heute meinen ersten Halbmarathon gelaufen, 2:04, und niemand musste mich ins Ziel tragen.
+ fr situation h | J'ai couru mon premier semi-marathon aujourd'hui, 2 h 04, et personne n'a eu à me porter jusqu'à l'arrivée.
de situation h | Sechs Monate Abendkurs, und heute hab ich mit dem Vermieter in Madrid komplett auf Spanisch telefoniert.
+ en situation h | Six months of evening classes, and today I had a whole phone call with my landlord in Madrid in Spanish.
de situation n | Das Regal hab ich ganz allein aufgebaut, keine Schraube übrig, und es wackelt nicht mal.
+ fr situation n | J'ai monté l'étagère tout seul, pas une vis en trop, et elle ne bouge même pas.
de situation h | Masterarbeit abgegeben und mit 1,3 bewertet, nach zwei Jahren Nächten in der Bibliothek.
+ en situation h | Master's thesis handed in and graded 1.3, just shy of top marks, after two years of nights in the library.
de situation h | Unsere Blasmusik hat beim Landeswettbewerb den ersten Platz geholt, nach einem halben Jahr Proben jeden Donnerstag.
+ fr situation h | Notre fanfare a décroché la première place au concours régional, après six mois de répétitions tous les jeudis.
de situation h | Lehrabschlussprüfung als Schreiner bestanden, mit der besten Note im ganzen Kanton.
+ en situation h | Passed my final apprenticeship exam as a carpenter, with the best mark in the whole canton.
de situation h | Nach zehn Jahren ist unser Dorfverein in die Bezirksliga aufgestiegen, und das entscheidende Tor hab ich geschossen.
+ fr situation h | Après dix ans, le club du village monte enfin d'une division, et c'est moi qui ai marqué le but décisif.
de situation h | Nach 47 Versuchen hab ich den Endboss besiegt, um halb drei nachts, mit einem letzten Lebenspunkt.
+ en situation h | After 47 tries I beat the final boss, at half past two in the morning, with one hit point left.
de situation h | Der Kunde hat den Vertrag unterschrieben, an dem ich ein Jahr gefeilt hab, und die Chefin lobt mich vor dem Team.
+ fr situation h | Le client a signé le contrat que j'ai peaufiné pendant un an, et la patronne me félicite devant l'équipe.
de situation h | Zwei Jahre nach dem Bandscheibenvorfall bin ich heute wieder ganz allein auf den Wendelstein gestiegen.
+ en situation h | Two years after my slipped disc, today I climbed all the way up the Wendelstein again on my own.
de situation h | Letzte Rate vom Studienkredit überwiesen. Nach acht Jahren Sparen bin ich schuldenfrei.
+ fr situation h | Dernière mensualité du prêt étudiant virée. Après huit ans à économiser, je n'ai plus un centime de dettes.
de situation n | Mein erster selbstgezogener Strudelteig war so dünn, dass man die Zeitung durchlesen konnte, genau wie bei Oma.
+ en situation n | My first hand-stretched strudel dough was so thin you could read the newspaper through it, just like Grandma's.
de situation n | Ein Jahr rauchfrei heute, und vom gesparten Geld hab ich mir ein neues Rennrad gekauft.
+ fr situation n | Un an sans cigarette aujourd'hui, et avec l'argent économisé je me suis offert un vélo de course.
de situation h | Staatsexamen durch, alle mündlichen Prüfungen bestanden, ich darf mich jetzt Ärztin nennen.
+ en situation h | State exams done, every oral passed, I can now call myself a doctor.
de situation n | Allen Schnecken zum Trotz hab ich's durchgezogen: fünfzehn Kilo Tomaten aus meinem eigenen Beet dieses Jahr.
+ fr situation n | J'ai tenu bon malgré toutes les limaces : quinze kilos de tomates de mon propre potager cette année.
de situation h | Heute die Meisterprüfung bestanden, nach drei Jahren Abendschule! Mach ein Licht wie auf dem Siegertreppchen.
+ en situation h | Passed my master craftsman exam today after three years of night school! Give me podium lighting.
de wish h c=gold;red b=bright | Ich hab den Pitch gegen vier große Agenturen gewonnen! Gold und Rot, volle Helligkeit!
+ fr wish h c=gold;red b=bright | J'ai remporté l'appel d'offres face à quatre grosses agences ! Or et rouge, luminosité à fond !
# explicit
de explicit h | Ich bin so stolz auf mich, ich hab's wirklich durchgezogen.
+ en explicit h | I'm so proud of myself, I really saw it through.
de explicit h | Geschafft! Ich hab's allen gezeigt, die nicht an mich geglaubt haben.
+ fr explicit h | J'ai réussi ! Je l'ai prouvé à tous ceux qui ne croyaient pas en moi.
de explicit h | I hab's derpackt! So vü Arbeit, und jetzt is es endlich durch.
+ en explicit h | I pulled it off! So much work, and now it's finally done.
de explicit h | Ich ha's gschafft, ich bi so stolz!
+ fr explicit h | J'y suis arrivée, je suis trop fière !
# negation
de negation h | Das war kein Glück, dass ich gewonnen hab, sondern ein Jahr Training, jeden Morgen um sechs. Das hab ich mir verdient.
+ en negation h | Winning wasn't luck, it was a year of training, every morning at six. I earned this.
de negation h | Nein, ich bin nicht bloß erleichtert, ich bin stolz: Das war die härteste Prüfung vom ganzen Studium, und ich hab sie bestanden.
+ fr negation h | Non, je ne suis pas juste soulagé, je suis fier : c'était l'examen le plus dur de toutes mes études, et je l'ai eu.
# texting
de typo h | habs geschaft!!! führerschein bestandn beim ersten mal, wer hätte das gedacht
+ en typo h | i did itt!!! passed my drivng test first time, who wouldve thought
de slang_emoji h | 10 km unter 50 min, endlich 💪🏆 wer hat gesagt das schaff ich nie 😎
+ fr slang_emoji h | 10 bornes en moins de 50 min, enfin 💪🏆 qui disait que j'y arriverais jamais 😎
# mixed
de mixed h | Total erschöpft nach dem Triathlon, aber der Stolz ist größer: Dritte in meiner Altersklasse!
+ en mixed h | Completely wiped out after the triathlon, but the pride is bigger: third in my age group!
de mixed n | Ein bisschen wehmütig, dass das Projekt vorbei ist, aber vor allem stolz: Die Brücke, die wir geplant haben, ist heute eröffnet worden.
+ fr mixed n | Un peu de nostalgie que le projet soit fini, mais surtout de la fierté : le pont qu'on a conçu a été inauguré aujourd'hui.
"""

"""colere: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation h | Der Vermieter erhöht schon wieder die Nebenkosten, dabei geht die Heizung seit November nicht richtig.
+ en situation h | The landlord's putting the service charges up again, and the heating hasn't worked properly since November.
de situation n | Am Bahnhof hat mir jemand das Fahrrad zerkratzt und den Sattel geklaut.
+ fr situation n | À la gare, quelqu'un a rayé mon vélo et piqué la selle.
de situation h | Mein Kollege hat meine Präsentation beim Chef als seine eigene verkauft, Folie für Folie.
+ en situation h | My colleague passed off my presentation as his own in front of the boss, slide by slide.
de situation n | Die Krankenkasse lehnt die Physio ab, die mir der Arzt ausdrücklich verschrieben hat.
+ fr situation n | La mutuelle refuse de rembourser la kiné que le médecin m'a pourtant prescrite noir sur blanc.
de situation h | In der Bim hat mich einer angerempelt, meinen Kaffee über die Jacke gekippt und mich dann noch angeschnauzt.
+ en situation h | Some guy on the tram barged into me, tipped my coffee down my jacket and then had a go at me.
de situation h | Zum dritten Mal diese Woche parkt der Nachbar seinen SUV vor unserer Einfahrt, und ich komm nicht zur Arbeit.
+ fr situation h | Pour la troisième fois cette semaine, le voisin gare son SUV devant notre entrée et je ne peux pas partir au travail.
de situation h | 45 Minuten in der Warteschleife der Hotline, und dann legen die einfach auf.
+ en situation h | 45 minutes on hold with the helpline, and then they just hang up on me.
de situation h | Der Schiri pfeift gegen die F-Jugend einen Elfmeter, der nie einer war, und die Kleinen stehen heulend am Strafraum.
+ fr situation h | L'arbitre siffle un penalty imaginaire contre nos moins de neuf ans, et les petits pleurent au bord de la surface.
de situation n | Der Handwerker kommt nicht, ruft nicht an, und ich hab mir extra einen Tag Urlaub genommen.
+ en situation n | The tradesman doesn't turn up, doesn't call, and I took a day off specially.
de situation n | Die Schule streicht den Schwimmunterricht „aus Kostengründen“, aber für neue digitale Tafeln ist plötzlich Geld da.
+ fr situation n | L'école supprime la piscine « pour raisons budgétaires », mais comme par hasard il y a de l'argent pour de nouveaux tableaux numériques.
de situation h | Die Stadt fällt die alten Kastanien im Park für einen Parkplatz, trotz fünftausend Unterschriften dagegen.
+ en situation h | The council is cutting down the old chestnut trees in the park for a car park, despite five thousand signatures against it.
de situation n | Laut Post ist das Paket zugestellt, im Briefkasten ist nichts, und am Schalter zucken sie nur mit den Schultern.
+ fr situation n | D'après la poste, le colis a été livré, la boîte aux lettres est vide, et au guichet ils haussent les épaules.
de situation n | Der Onlineshop schickt mir ein kaputtes Handy und will jetzt, dass ich den Rückversand selbst zahle.
+ en situation n | The online shop sent me a broken phone and now wants me to pay for the return shipping myself.
de situation n | Meine Schwester hat ohne zu fragen meinen Lieblingspulli angezogen und ihn mit einem Rotweinfleck zurückgebracht.
+ fr situation n | Ma sœur a mis mon pull préféré sans demander et me l'a rendu avec une tache de vin rouge.
de situation h | Jemand verbreitet in der Dorf-Facebookgruppe Lügen über meine Bäckerei, und die Leute glauben das auch noch.
+ en situation h | Someone's spreading lies about my bakery in the village Facebook group, and people actually believe it.
de situation n | Meine Überstunden wurden einfach gestrichen, weil „das System sie nicht erfasst hat“.
+ fr situation n | Mes heures sup ont tout simplement été effacées parce que « le système ne les a pas enregistrées ».
de situation h | Der Chef hat mich vor den Kunden angeschrien, für einen Fehler, den er selbst gemacht hat. Mach das Licht passend, ich koche.
+ en situation h | The boss yelled at me in front of the clients for a mistake he made himself. Set the lights to match, I'm fuming.
de wish h c=red;orange | Mir platzt gleich der Kragen! Lass alles dunkelrot und orange glühen.
+ fr wish h c=red;orange | Je suis à deux doigts d'exploser ! Fais tout rougeoyer en rouge sombre et orange.
# explicit
de explicit h | Ich bin stinksauer, und zwar richtig.
+ en explicit h | I'm absolutely livid, and I mean it.
de explicit h | Ich bin auf hundertachtzig, lass mich bloß in Ruhe.
+ fr explicit h | Je suis hors de moi, laisse-moi tranquille.
de explicit h | I bin fuchsteufelswild, des is a Frechheit!
+ en explicit h | I'm hopping mad, it's an outrage!
de explicit h | Ich bi so hässig, ich chönnt explodiere!
+ fr explicit h | J'ai tellement la rage, je pourrais exploser !
# negation
de negation h | Ich bin nicht traurig, dass sie die Wohnung jemand anderem gegeben haben. Ich bin wütend, weil sie mich wegen meines Nachnamens abgelehnt haben.
+ en negation h | I'm not sad they gave the flat to someone else. I'm angry because they turned me down over my surname.
de negation n | Angst vor dem Mahnbescheid hab ich keine. Ich bin nur sauer, weil ich die Rechnung längst bezahlt habe.
+ fr negation n | Je n'ai pas peur de l'injonction de payer. Je suis juste furax parce que j'ai réglé cette facture depuis longtemps.
# texting
de typo n | ich fass es nciht, der bus fährt mir vor der nase weg obwohl der fahrer mich gesehn hat
+ en typo n | i cant beleive it, the bus pulled away right in front of me even tho the driver saw me
de slang_emoji h | alter wer klaut bitte ne gießkanne vom friedhof 🤬🤬 ernsthaft jetzt
+ fr slang_emoji h | sérieux qui vole un arrosoir au cimetière 🤬🤬 non mais franchement
# mixed
de mixed h | Ein bisschen enttäuscht bin ich auch, aber vor allem wütend: Mein bester Freund sagt meine Geburtstagsfeier zehn Minuten vorher per Sprachnachricht ab, für ein Date.
+ en mixed h | I'm a bit disappointed too, but mostly angry: my best mate cancelled on my birthday party by voice message ten minutes before, for a date.
de mixed n | Müde bin ich auch, aber vor allem geladen: Der Baulärm geht um sechs los, obwohl erst ab sieben erlaubt ist.
+ fr mixed n | Fatigué aussi, mais surtout remonté : le chantier démarre à six heures alors que c'est interdit avant sept.
"""

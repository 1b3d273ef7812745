"""suspense: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation h | Elfmeterschießen im Pokal, es steht 4:4, unser Torwart wippt auf der Linie, der Schütze läuft an...
+ en situation h | Penalty shoot-out in the cup, it's 4-4, our keeper is bouncing on the line, the striker starts his run-up...
de situation h | Letzte Folge der Staffel: Der Täter nimmt die Maske ab und... Bild schwarz, Fortsetzung nächstes Jahr.
+ fr situation h | Dernier épisode de la saison : le coupable enlève son masque et... écran noir, suite l'année prochaine.
de situation n | Die Jury öffnet den Umschlag beim Backwettbewerb, und meine Sachertorte ist eine der letzten zwei.
+ en situation n | The judges are opening the envelope at the baking contest, and my Sachertorte is one of the last two.
de situation n | Beim Bingo im Seniorenheim fehlt Oma nur noch die 42, und der Moderator greift in die Trommel.
+ fr situation n | Au loto de la maison de retraite, il ne manque plus que le 42 à Mamie, et l'animateur plonge la main dans la boule.
de situation h | Noch fünf Minuten bis zur ersten Hochrechnung, und laut Umfragen wird es ein Kopf-an-Kopf-Rennen.
+ en situation h | Five minutes until the first projection, and the polls say it's neck and neck.
de situation n | Beim Feuerwehrfest wird gleich der Hauptpreis der Tombola gezogen, ein Moped, und ich hab zwanzig Lose in der Hand.
+ fr situation n | À la fête des pompiers, on va tirer le gros lot de la tombola, un scooter, et j'ai vingt tickets dans la main.
de situation h | Der letzte Schütze im Penaltyschiessen läuft an, und im ganzen Hallenstadion ist es mucksmäuschenstill.
+ en situation h | The last shooter in the penalty shoot-out skates in, and the whole Hallenstadion has gone dead silent.
de situation n | Gleich schneiden wir die Torte an, innen ist sie rosa oder blau, und die ganze Familie hat die Handys gezückt.
+ fr situation n | On va couper le gâteau, dedans il est rose ou bleu, et toute la famille a déjà dégainé son téléphone.
de situation n | Noch zwanzig Seiten im Krimi, und ich weiß immer noch nicht, ob es der Gärtner oder die Schwägerin war.
+ en situation n | Twenty pages left in the crime novel, and I still don't know if it was the gardener or the sister-in-law.
de situation n | Die Auktion für die alte Märklin-Lok läuft noch dreißig Sekunden, und jemand bietet gerade mit.
+ fr situation n | L'enchère pour la vieille locomotive Märklin se termine dans trente secondes, et quelqu'un vient de surenchérir.
de situation h | Escape Room, noch zwei Minuten auf der Uhr, das letzte Zahlenschloss, und wir probieren die dritte Kombination.
+ en situation h | Escape room, two minutes left on the clock, the last combination lock, and we're trying the third code.
de situation h | Letzte Runde in Monza, der Abstand liegt bei drei Zehnteln, und er setzt zum Überholen an.
+ fr situation h | Dernier tour à Monza, l'écart est de trois dixièmes, et il se décale pour dépasser.
de situation n | Gleich hängt die Rollenliste fürs Schultheater aus, und alle drängeln sich vor dem Schwarzen Brett.
+ en situation n | The cast list for the school play is about to go up, and everyone's crowding round the noticeboard.
de situation n | Die Hausverwaltung verlost die letzte Gartenwohnung, noch drei Kärtchen im Topf, und mein Name ist noch nicht gefallen.
+ fr situation n | La gérance tire au sort le dernier appartement avec jardin, il reste trois papiers dans le chapeau, et mon nom n'est pas encore sorti.
de situation n | Schach im Verein, wir haben beide nur noch Sekunden auf der Uhr, und mein Gegner greift nach seiner Dame.
+ en situation n | Chess at the club, we've both got seconds left on the clock, and my opponent reaches for his queen.
de situation n | Der Kandidat sitzt bei der Millionenfrage, loggt Antwort C ein, und dann kommt die Werbung.
+ fr situation n | Le candidat en est à la question à un million, il valide la réponse C, et là, page de pub.
de situation n | Gleich wird verkündet, welche Stadt die Olympischen Spiele bekommt. Mach das Licht spannend!
+ en situation n | They're about to announce which city gets the Olympics. Make the lights tense!
de wish n c=purple;navy b=dim | Letzte Folge, letzter Fall, ich kau an den Fingernägeln. Dunkles Lila und Nachtblau, gedimmt bitte.
+ fr wish n c=purple;navy b=dim | Dernier épisode, dernière enquête, je me ronge les ongles. Violet profond et bleu nuit, tamisés s'il te plaît.
# explicit
de explicit h | Ich sitz wie auf glühenden Kohlen, wann kommt endlich das Ergebnis?
+ en explicit h | I'm on tenterhooks, when is the result finally coming?
de explicit h | Die Spannung ist kaum auszuhalten, ich kann gar nicht hinschauen!
+ fr explicit h | Le suspense est insoutenable, je n'ose même pas regarder !
de explicit n | I hock do wia auf Nadeln, wer gwinnt jetzt?
+ en explicit n | I'm sitting here on pins and needles, who's going to win?
de explicit h | Es isch so spannend, ich halts fascht nöd us!
+ fr explicit h | C'est tellement haletant, je tiens presque plus !
# negation
de negation n | Angst hab ich keine, ist ja nur ein Spiel, aber diese letzten Sekunden vor dem Abpfiff machen mich wahnsinnig!
+ en negation n | I'm not scared, it's only a game, but these last seconds before the final whistle are driving me mad!
de negation n | Das ist keine Sorge, das ist pure Spannung: Der Kommissar geht gleich in den dunklen Keller, und ich weiß, dass da jemand wartet.
+ fr negation n | Ce n'est pas de l'inquiétude, c'est du suspense pur : le commissaire va descendre dans la cave sombre, et je sais que quelqu'un l'attend.
# texting
de typo h | noch 3 minutn nachspielzeit und es steht 1:1, ich kann nich hingucken
+ en typo h | 3 mins of stoppage time left and its 1-1, i cant even watch
de slang_emoji n | leute das finale, nur noch zwei übrig, gleich kommt das ergebnis 😬🍿
+ fr slang_emoji n | les gens la finale, plus que deux candidats, le résultat arrive 😬🍿
# mixed
de mixed n | Ein bisschen müde, aber hellwach vor Spannung: Tiebreak im fünften Satz, 6:6.
+ en mixed n | A bit tired, but wide awake with the tension: tie-break in the fifth set, 6-6.
de mixed n | Hunger hab ich auch, aber keiner geht jetzt zum Kühlschrank: Der Countdown für den Raketenstart läuft, noch zehn Sekunden.
+ fr mixed n | J'ai faim aussi, mais personne ne bouge vers le frigo : le compte à rebours du lancement de la fusée tourne, plus que dix secondes.
"""

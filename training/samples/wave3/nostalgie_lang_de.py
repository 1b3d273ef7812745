"""nostalgie: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation n | Beim Aufräumen sind mir meine alten Bravo-Hefte in die Hände gefallen, mit den Backstreet-Boys-Postern noch drin.
+ en situation n | While tidying up I came across my old teen magazines, with the Backstreet Boys posters still inside.
de situation n | Der Duft von Zimt und Bratäpfeln, und plötzlich bin ich wieder sieben, in Omas Küche im Allgäu.
+ fr situation n | Une odeur de cannelle et de pommes au four, et d'un coup j'ai de nouveau sept ans, dans la cuisine de ma grand-mère dans l'Allgäu.
de situation n | Im Keller lag noch mein Gameboy, die Batterien ausgelaufen, aber mit neuen spielt Tetris dieselbe Melodie wie 1995.
+ en situation n | My Game Boy was still in the cellar, batteries leaked, but with new ones Tetris plays the same tune as in 1995.
de situation n | Beim Klassentreffen nach 25 Jahren waren wir in der alten Schule, und der Turnsaal riecht immer noch genau gleich.
+ fr situation n | À la réunion des anciens, vingt-cinq ans après, on est retournés dans notre école, et le gymnase a toujours exactement la même odeur.
de situation n | Seit ich in Berlin wohne, fehlen mir der Sonntagszopf und die Kirchenglocken in unserem Dorf im Emmental.
+ en situation n | Ever since I moved to Berlin I've missed the Sunday plaited loaf and the church bells in our village in the Emmental.
de situation n | Wir haben die alte VHS von unserer Hochzeit digitalisieren lassen: so jung, so verliebt, und diese schrecklichen Frisuren.
+ fr situation n | On a fait numériser la vieille cassette VHS de notre mariage : si jeunes, si amoureux, et ces coiffures affreuses.
de situation n | Auf dem Dachboden steht noch mein rotes Bonanzarad mit dem Bananensattel, mit dem ich jeden Sommer zum Baggersee gefahren bin.
+ en situation n | My red chopper bike with the banana seat is still up in the attic, the one I rode to the quarry lake every summer.
de situation n | Die Eisdiele von früher gibt's noch, und der Italiener hinter der Theke hat mich nach zwanzig Jahren wiedererkannt.
+ fr situation n | Le glacier de mon enfance existe toujours, et l'Italien derrière le comptoir m'a reconnue au bout de vingt ans.
de situation n | Im Museum stand genau die Schrankwand, die bei meinen Eltern in Leipzig im Wohnzimmer stand, samt Kristallschale.
+ en situation n | The museum had exactly the wall unit my parents had in their living room in Leipzig, crystal bowl and all.
de situation n | Mit den Leuten aus der alten WG haben wir das Fotoalbum vom Interrail-Sommer 2003 durchgeblättert.
+ fr situation n | Avec les anciens de la coloc, on a feuilleté l'album photo de l'été Interrail 2003.
de situation l | Der erste Schnee, und ich denk an den Schlittenhang hinterm Haus und an Mamas Kakao danach.
+ en situation l | First snow, and I think of the sledging slope behind our house and Mum's hot chocolate afterwards.
de situation n | In einem alten Kochbuch lag ein Zettel in Omas Handschrift: „Beim Gugelhupf immer zwei Eier mehr.“
+ fr situation n | Dans un vieux livre de cuisine, j'ai trouvé un petit mot de l'écriture de Mamie : « Pour le kouglof, toujours deux œufs de plus. »
de situation n | Heute fahr ich wieder die Strecke, auf der ich als Student jeden Freitag heimgefahren bin, und bei jedem Bahnhof kommt was zurück.
+ en situation n | Today I'm riding the line I took home every Friday as a student, and every station brings something back.
de situation l | Im Supermarkt gab's plötzlich wieder die Brausebonbons von früher, ich hab gleich fünf Tüten mitgenommen.
+ fr situation l | Au supermarché, ils ont remis les bonbons acidulés de notre enfance, j'en ai pris cinq paquets d'un coup.
de situation n | Seit drei Jahren in Kanada, und manchmal würd ich alles für eine Brezn und einen Abend im Biergarten an der Isar geben.
+ en situation n | Three years in Canada, and sometimes I'd give anything for a pretzel and an evening in a beer garden by the Isar.
de situation n | Mein Sohn spielt mit meinen alten Playmobil-Rittern, und ich weiß noch genau, welchen ich mit acht unterm Christbaum gefunden hab.
+ fr situation n | Mon fils joue avec mes vieux chevaliers Playmobil, et je me souviens exactement de celui que j'ai trouvé sous le sapin à huit ans.
de situation l | Hab den ganzen Abend alte Fotos vom Zeltlager angeschaut. Mach ein warmes Licht, so wie früher.
+ en situation l | Spent the whole evening looking at old photos from summer camp. Give me warm lighting, like the old days.
de wish l c=amber;pink b=dim | Ich schwelge in Erinnerungen an unsere Sommer am Gardasee. Warmes Bernstein und Altrosa, gedimmt bitte.
+ fr wish l c=amber;pink b=dim | Je me replonge dans nos étés au lac de Garde. De l'ambre chaud et du vieux rose, tamisés s'il te plaît.
# explicit
de explicit n | Da werd ich ganz wehmütig, das waren schöne Zeiten.
+ en explicit n | It makes me go all wistful, those were good times.
de explicit n | Ich hab solche Sehnsucht nach den Sommerferien bei Oma auf dem Land.
+ fr explicit n | J'ai tellement la nostalgie des grandes vacances chez Mamie à la campagne.
de explicit n | Ich ha grad Heiweh nach de Bärge.
+ en explicit n | I'm so homesick for the mountains right now.
de explicit l | Mei, des warn no Zeiten, i denk so gern z'ruck an damals.
+ fr explicit l | Ah, c'était le bon temps, j'aime tellement repenser à cette époque.
# negation
de negation l | Nicht wirklich traurig, eher so eine süße Wehmut, wenn ich an unsere Abende im Jugendzentrum denke.
+ en negation l | Not really sad, more a sweet wistfulness when I think of our evenings at the youth club.
de negation l | Keine Trauer, ehrlich nicht, nur dieses warme Ziehen, wenn ich die alten Mixtapes von meinem Bruder höre.
+ fr negation l | Pas de chagrin, vraiment pas, juste ce petit pincement tendre quand j'écoute les vieilles compiles de mon frère.
# texting
de typo n | hab grad alte schulfotos gefunden omg die 90er, die frisuren, ich vermiss die zeit so
+ en typo n | just found old school photos omg the 90s, the haircuts, i miss those days so much
de slang_emoji n | throwback zu den sommern im freibad mit pommes rot-weiß 🥹🍟 damals war alles easy
+ fr slang_emoji n | throwback des étés à la piscine municipale avec les frites mayo-ketchup 🥹🍟 à l'époque tout était easy
# mixed
de mixed n | Ein bisschen traurig, dass Opa nicht mehr da ist, aber vor allem denk ich gern an die Nachmittage zurück, an denen er mir Schach beigebracht hat.
+ en mixed n | A little sad that Grandpa's gone, but mostly I love thinking back to the afternoons when he taught me chess.
de mixed n | Müde von der langen Fahrt, aber als ich das Dorf sehe, in dem ich aufgewachsen bin, kommen lauter schöne Erinnerungen hoch.
+ fr mixed n | Fatiguée par le long trajet, mais en voyant le village où j'ai grandi, plein de beaux souvenirs me reviennent.
"""

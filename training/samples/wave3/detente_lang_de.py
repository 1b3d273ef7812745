"""detente: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation l | Sonntagmorgen, kein Wecker, die Katze liegt auf meinen Füßen und draußen nieselt es leise.
+ en situation l | Sunday morning, no alarm, the cat's lying on my feet and it's drizzling softly outside.
de situation l | Nach dem Saunagang lieg ich im Ruheraum, in den Bademantel gewickelt, und höre nur noch meinen Atem.
+ fr situation l | Après le sauna, je suis allongée dans la salle de repos, emmitouflée dans mon peignoir, et je n'entends plus que ma respiration.
de situation n | Die Kinder schlafen bei den Großeltern, die Wanne ist eingelassen und das Buch liegt schon auf dem Rand.
+ en situation n | The kids are sleeping over at their grandparents', the bath is run and the book's already waiting on the edge.
de situation l | Im Kaffeehaus sitzen, eine Melange, die Zeitung im Holzhalter, und kein Ober, der einen drängt.
+ fr situation l | Être assis au café viennois, un mélange, le journal sur son support en bois, et aucun serveur pour vous presser.
de situation l | Hängematte im Garten, die Bienen summen im Lavendel, und das Handy liegt drinnen auf dem Küchentisch.
+ en situation l | Hammock in the garden, bees humming in the lavender, and my phone is inside on the kitchen table.
de situation l | Wäsche gefaltet, Spülmaschine läuft, jetzt nur noch Sofa, Wolldecke und ein Kamillentee.
+ fr situation l | Linge plié, lave-vaisselle lancé, maintenant plus que le canapé, un plaid et une camomille.
de situation l | Abends am See, die Füße im Wasser, und ab und zu springt ein Fisch.
+ en situation l | Evening by the lake, feet in the water, and every now and then a fish jumps.
de situation n | Nach der Wanderung sitzen wir vor der Berghütte, trinken Holundersirup und schauen den Kühen beim Grasen zu.
+ fr situation n | Après la randonnée, on est assis devant le refuge avec un sirop de sureau, à regarder les vaches brouter.
de situation l | Zum Schluss der Yogastunde zehn Minuten einfach auf der Matte liegen, und ich bin fast weggedöst.
+ en situation l | Ten minutes just lying on the mat at the end of yoga class, and I nearly nodded off.
de situation n | Die Physiotherapeutin hat meinen verspannten Nacken gelockert, ich fühl mich wie Pudding.
+ fr situation n | La kiné m'a dénoué la nuque, je me sens toute molle, comme de la guimauve.
de situation l | Dritter Tag an der Ostsee, ich weiß nicht mehr, welcher Wochentag ist, und es ist mir herrlich egal.
+ en situation l | Third day on the Baltic coast, I've lost track of what day of the week it is, and I couldn't care less.
de situation l | Ich rühre in aller Ruhe im Risotto, ein Glas Weißwein daneben, und heute braucht niemand was von mir.
+ fr situation l | Je remue tranquillement le risotto, un verre de blanc à côté, et ce soir personne n'a besoin de moi.
de situation l | Abends stricke ich Reihe um Reihe, der Tee dampft, im Hintergrund läuft leise Jazz.
+ en situation l | In the evening I knit row after row, the tea's steaming and there's quiet jazz in the background.
de situation l | Im Zug, Kopfhörer mit leiser Musik, Beine ausgestreckt, drei Stunden ohne Umsteigen. Ich mach einfach gar nichts.
+ fr situation l | Dans le train, casque sur les oreilles avec de la musique douce, jambes allongées, trois heures sans correspondance. Je ne fais absolument rien.
de situation l | Nach dem Unkrautjäten sitz ich auf der Gartenbank, die Hände noch voller Erde, und trinke ein Glas kaltes Wasser.
+ en situation l | After weeding I'm sitting on the garden bench, hands still covered in soil, drinking a glass of cold water.
de situation l | Frisch bezogenes Bett, Fenster auf, kühle Nachtluft. Gleich schlaf ich ein.
+ fr situation l | Des draps tout propres, la fenêtre ouverte, l'air frais de la nuit. Je vais m'endormir d'une minute à l'autre.
de situation l | Endlich zuhause nach der Dienstreise, der Koffer steht noch im Flur, egal. Mach das Licht schön gedämpft.
+ en situation l | Finally home after the business trip, the suitcase is still in the hall, whatever. Make the lights nice and soft.
de wish l c=teal;warm_white b=dim | Ich will nur runterkommen und durchatmen. Sanftes Türkis und warmes Weiß, gedimmt bitte.
+ fr wish l c=teal;warm_white b=dim | J'ai juste envie de décompresser et de respirer. Un turquoise doux et un blanc chaud, tamisés s'il te plaît.
# explicit
de explicit l | Ich bin gerade tiefenentspannt, nichts kann mich aus der Ruhe bringen.
+ en explicit l | I'm totally chilled right now, nothing can ruffle me.
de explicit l | Heute lass ich einfach die Seele baumeln.
+ fr explicit l | Aujourd'hui, je me laisse juste vivre, je décroche complètement.
de explicit l | Heut mach i's mir gmütlich, ganz in Ruah, nix tuan.
+ en explicit l | Today I'm making myself comfy, nice and quiet, doing nothing at all.
de explicit l | Es isch grad so gmüetlich, ich bi voll entspannt.
+ fr explicit l | C'est tellement cosy là, je suis complètement détendu.
# negation
de negation l | Nein, ich bin nicht traurig, dass ich heute allein bin. Ich genieße die Ruhe und das stille Haus.
+ en negation l | No, I'm not sad to be on my own today. I'm enjoying the peace and the quiet house.
de negation l | Ich bin nicht müde, nur wunderbar ruhig nach dem Schwimmen.
+ fr negation l | Je ne suis pas fatiguée, juste merveilleusement calme après la piscine.
# texting
de typo l | endlich feierabnd, lieg aufm sofa, handy gleich aus, einfach mal nix tun
+ en typo l | finaly off work, lying on the sofa, phone off in a sec, just doing nothin
de slang_emoji l | chillmodus an 🛋️☕ decke, serie, keiner will was von mir
+ fr slang_emoji l | mode chill activé 🛋️☕ plaid, série, personne me demande rien
# mixed
de mixed l | Ein bisschen Muskelkater vom Wandern, aber vor allem fühlt sich alles ruhig und schwer an, so schön entspannt.
+ en mixed l | A bit stiff from the hike, but mostly everything feels calm and heavy, so nicely relaxed.
de mixed l | Leicht wehmütig, dass der Urlaub bald vorbei ist, aber gerade liege ich am Pool und bin einfach nur entspannt.
+ fr mixed l | Un peu mélancolique que les vacances touchent à leur fin, mais là je suis allongée au bord de la piscine et je suis juste détendue.
"""

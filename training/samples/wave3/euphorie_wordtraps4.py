"""euphorie: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation h | Je hurle dans le salon : ma sœur vient de m'annoncer que je serai parrain en septembre !
+ en situation h | I'm screaming in the living room: my sister just told me I'm going to be a godfather in September!
en situation h | We're all yelling on the coach, the driver just said the next stop is the Eiffel Tower!
+ fr situation h | On crie tous dans le car, le chauffeur vient d'annoncer que le prochain arrêt, c'est la tour Eiffel !
fr situation h | Les gamins hurlent à la fenêtre : le cirque monte son chapiteau juste en face de l'immeuble !
+ en situation h | The kids are screaming at the window: the circus is putting up its big top right across from our building!
fr slang_emoji h | jcrie dans le bus 😭😭 mon artiste préféré vient de me suivre en retour ET il m'a écrit en privé 🤯🔥
+ en slang_emoji h | screaming on the bus 😭😭 my fave artist just followed me back AND slid into my DMs 🤯🔥
fr situation h | On hurle à quatre dans la cabine d'essayage : la radio annonce que le concert de ce soir est gratuit !
+ en situation h | The four of us are screaming in the changing room: the radio says tonight's concert is free!

# reaction: pleurer / larmes
fr situation h | Mon père pleure et danse en même temps, son petit Guingamp vient de monter en Ligue 1 !
+ en situation h | My dad is crying and dancing at the same time, his little Guingamp side just got promoted to Ligue 1!
en situation h | I'm sobbing on the sofa: my teenage son just handed me two tickets to see Springsteen with him!
+ fr situation h | Je sanglote sur le canapé : mon ado vient de me tendre deux billets pour aller voir Springsteen avec lui !
fr situation h | Larmes, confettis et klaxons : ma meilleure amie sort de la mairie mariée et toute la rue danse avec nous !
+ en situation h | Tears, confetti and car horns: my best friend walks out of the town hall married and the whole street dances with us!
fr situation h | Je pleure à gros sanglots devant l'écran : on a été tirés au sort pour aller voir la finale à Wembley !
+ en situation h | I'm bawling at the screen: we've been drawn in the ballot to go to the final at Wembley!
en situation h | Tears streaming down my face, I'm jumping on the bed: my favourite band added a date in our little town!
+ fr situation h | Les larmes coulent toutes seules et je saute sur le lit : mon groupe préféré ajoute une date dans notre petite ville !

# reaction: trembler
fr situation h | Mes mains tremblent : carton plein au bingo du village, le séjour à la Réunion est pour nous !
+ en situation h | My hands are shaking: full house at the village bingo, the trip to Réunion is ours!
en situation h | I'm shaking all over: Pharrell just walked into our tiny café and is playing the piano for everyone!
+ fr situation h | Je tremble de partout : Pharrell vient d'entrer dans notre petit café et il joue du piano pour tout le monde !
fr situation h | Toute la tribune tremble tellement on saute, le groupe ouvre le concert avec son plus gros tube !
+ en situation h | The whole stand is shaking because we're all jumping, the band has opened with their biggest hit!
fr typo h | jen tremble encore, on a croisé Mbappé au resto et il a payé le dessert a toute la tablée
+ en typo h | still shaking, we bumped into Mbappé at the restaurant and he paid for dessert for our whole table

# reaction: le cœur qui bat / s'emballe
fr situation h | Mon cœur s'emballe : la porte s'ouvre et toute ma famille du Sénégal crie surprise pour mes quarante ans !
+ en situation h | My heart is racing: the door swings open and my whole family from Senegal shouts surprise for my fortieth!
en situation h | My heart's pounding: the band just pulled my daughter up on stage to play the drums!
+ fr situation h | Mon cœur cogne : le groupe vient de faire monter ma fille sur scène pour jouer de la batterie !
fr situation h | Le cœur à cent à l'heure, je relis son message : il rentre de Nouvelle-Zélande demain, pour de bon !
+ en situation h | Heart beating like crazy, I reread his message: he's coming home from New Zealand tomorrow, for good!

# reaction: les mains moites
fr situation h | Les mains moites, je serre mon pass backstage : dans cinq minutes, je rencontre Stromae en vrai !
+ en situation h | Sweaty palms, clutching my backstage pass: in five minutes I meet Stromae in the flesh!
en situation h | Sweaty hands on the wheel, we're screaming along to the radio: forty minutes to Glastonbury!
+ fr situation h | Les mains moites sur le volant, on hurle avec la radio : plus que quarante minutes avant Glastonbury !
fr situation h | Mains moites et sourire jusqu'aux oreilles : mon mari m'a offert un tour en hélicoptère au-dessus du mont Blanc, on décolle !
+ en situation h | Sweaty palms and a grin from ear to ear: my husband gave me a helicopter ride over Mont Blanc and we're taking off!

# reaction: sauter / bondir
fr situation h | Je bondis du canapé en hurlant : but des Bleus à la 90e, tout l'immeuble crie avec moi !
+ en situation h | I leap off the sofa screaming: France score in the 90th minute and the whole building is yelling with me!
en situation h | The dog is jumping up and down and so are we: Dad's ship came into port a month early!
+ fr situation h | Le chien saute partout, et nous aussi : le bateau de papa est rentré au port avec un mois d'avance !
fr situation h | Ma fille bondit sur son lit : sa chanteuse préférée fait un concert gratuit à la fête du village samedi !
+ en situation h | My daughter is bouncing on her bed: her favourite singer is doing a free show at the village fete on Saturday!

# reaction: courir
fr situation h | On court tous vers la plage en criant : des dizaines de dauphins sautent dans la baie !
+ en situation h | We're all running down to the beach shouting: dozens of dolphins are leaping in the bay!
en situation h | Everyone's running out of the office into the street: it's snowing in Marseille for the first time in ten years!
+ fr situation h | Tout le monde court hors du bureau dans la rue : il neige sur Marseille pour la première fois depuis dix ans !
fr situation h | Je cours dans toute la maison en criant le prénom de mon mari : on a gagné la Patagonie au jeu radio !
+ en situation h | I'm running all over the house shouting my husband's name: we've won Patagonia on the radio quiz!

# reaction: rire / fou rire
fr situation h | Fou rire général, puis cris dans toute la cuisine : mamie a gagné cent mille euros avec son ticket à gratter !
+ en situation h | Everyone's in fits of laughter, then the whole kitchen is screaming: Grandma just won a hundred thousand euros on a scratch card!
en situation h | We can't stop laughing and dancing: the whole campsite has joined our conga line down to the beach!
+ fr situation h | On n'arrête plus de rire et de danser : tout le camping a rejoint notre chenille jusqu'à la plage !
fr situation h | Les enfants rient aux éclats et hurlent, la neige artificielle tombe sur la place pour l'ouverture du marché de Noël !
+ en situation h | The kids are shrieking with laughter, fake snow is falling on the square for the Christmas market opening!

# reaction: le souffle coupé
fr situation h | Le souffle coupé, on hurle tous : les aurores boréales dansent en vert et violet au-dessus du lac !
+ en situation h | Breathless, we're all screaming: the northern lights are dancing green and purple over the lake!
en situation h | I was breathless, he got down on one knee in the middle of the ice rink and the whole rink started cheering!
+ fr situation h | Souffle coupé : il a posé un genou à terre au milieu de la patinoire et toute la piste a applaudi !
fr situation h | Souffle coupé : le DJ enchaîne sur notre chanson de colo et toute la bande se saute dans les bras !
+ en situation h | It takes my breath away: the DJ drops our old summer camp song and the whole gang jumps into each other's arms!

# reaction: sans voix
fr situation h | Je reste sans voix, puis je hurle : Zidane est au comptoir de notre boulangerie et signe des maillots !
+ en situation h | I'm speechless for a second, then I scream: Zidane is at the counter of our bakery signing shirts!
en situation h | I'm speechless: my parents just handed us plane tickets for the whole family to Grandma's village in Vietnam!
+ fr situation h | Je suis sans voix : mes parents nous offrent des billets pour toute la famille vers le village de grand-mère au Vietnam !
fr situation h | Plus de voix à force de crier, et le groupe revient pour un troisième rappel, la salle devient folle !
+ en situation h | I've lost my voice from screaming, and the band is coming back for a third encore, the crowd is going wild!

# reaction: je n'en reviens pas
fr situation h | J'en reviens pas : la voisine de quatre-vingts ans a monté une rave dans son jardin et tout le quartier danse !
+ en situation h | I can't believe it: our eighty-year-old neighbour has thrown a rave in her garden and the whole neighbourhood is dancing!
en situation h | I can't believe it, the lads hired a double-decker bus with a DJ for my stag do and we're tearing round Brighton!
+ fr situation h | J'en reviens pas, les potes ont loué un bus à impériale avec DJ pour mon EVG, on retourne Brighton !
fr situation h | Je n'en reviens toujours pas : Coldplay joue gratuitement sur la plage de notre village ce soir !
+ en situation h | I still can't believe it: Coldplay are playing a free show on our village beach tonight!

# reaction: pas dormi de la nuit
fr situation h | Pas fermé l'œil de la nuit, les enfants non plus : aujourd'hui, on va voir les All Blacks au Stade de France !
+ en situation h | Didn't sleep a wink, neither did the kids: this morning we're off to see the All Blacks at the Stade de France!
en situation h | Didn't sleep at all, we danced till sunrise at the village fete and the brass band is starting up again!
+ fr situation h | Pas dormi de la nuit, on a dansé jusqu'au lever du soleil à la fête du village et la fanfare redémarre !
fr situation h | Nuit blanche totale, et on enchaîne : le festival rouvre ses portes dans une heure, on y retourne en courant !
+ en situation h | A totally sleepless night, and we're carrying on: the festival gates open again in an hour and we're running back!

# reaction: les jambes en coton
fr situation h | Les jambes en coton à force de danser, et je repars quand même sur la piste : le DJ vient de lancer ABBA !
+ en situation h | My legs are like jelly from dancing, and I'm still heading back to the floor: the DJ just put on ABBA!
en situation h | My legs turned to jelly: Beyoncé just looked straight at me and waved from the stage!
+ fr situation h | J'ai les jambes en coton : Beyoncé vient de me regarder droit dans les yeux et de me faire coucou depuis la scène !
fr situation h | Jambes en coton en sortant du grand huit, et on court direct refaire la queue en hurlant de rire !
+ en situation h | Wobbly legs getting off the roller coaster, and we run straight back into the queue howling with laughter!

# reaction: la gorge serrée
fr situation h | La gorge serrée, puis je hurle avec toute la fosse : les lumières s'éteignent et les Stones entrent en scène !
+ en situation h | A lump in my throat, then I'm screaming with the whole pit: the lights go down and the Stones walk on stage!
en situation h | Lump in my throat, then I just scream: the whole family is here for my surprise fiftieth, even my cousins from Chile!
+ fr situation h | La gorge serrée, puis je crie : toute la famille est là pour mes cinquante ans surprise, même mes cousins du Chili !
fr situation h | Ma mère a la gorge nouée au téléphone, puis elle éclate : je serai grand-mère, ton frère va être papa !
+ en situation h | My mum's voice catches on the phone, then she bursts out: I'm going to be a grandma, your brother's going to be a dad!

# reaction: le ventre noué
fr situation h | Le ventre en vrac et le sourire jusqu'aux oreilles : on décolle pour Rio, le carnaval commence demain !
+ en situation h | Butterflies going crazy and grinning from ear to ear: we're taking off for Rio and the carnival starts tomorrow!
en situation h | Knot in my stomach, but the good kind: our plane is taxiing and in ten hours we'll be dancing in Havana!
+ fr situation h | Le ventre noué, mais dans le bon sens : l'avion roule sur la piste et dans dix heures on danse à La Havane !
fr situation h | Le ventre noué, les bras en l'air, le wagon bascule et toute la rangée hurle de bonheur !
+ en situation h | Stomach in knots, arms in the air, the car tips over the top and the whole row screams with delight!

# reaction: frissons / chair de poule
fr situation h | Chair de poule partout : quatre-vingt mille personnes allument leur téléphone et chantent le refrain ensemble !
+ en situation h | Goosebumps everywhere: eighty thousand people light up their phones and sing the chorus together!
en situation h | Goosebumps all over, the whole stadium is singing the anthem and my son is on my shoulders screaming along!
+ fr situation h | Des frissons partout, tout le stade chante l'hymne et mon fils hurle les paroles sur mes épaules !
fr situation h | Des frissons dans tout le dos : la fanfare entre dans la salle du mariage et tous les invités se lèvent pour danser !
+ en situation h | Shivers all down my back: the brass band marches into the wedding hall and every guest jumps up to dance!

# reaction: serrer les poings
fr situation h | Je serre les poings et je saute avec tout le pub : essai à la dernière seconde, l'Irlande est battue !
+ en situation h | Fists clenched, I'm jumping with the whole pub: a try in the last second and Ireland are beaten!
en situation h | Clenching my fists and screaming: our town's little amateur club just knocked Marseille out of the cup!
+ fr situation h | Les poings serrés, je hurle : le petit club amateur de notre ville vient d'éliminer Marseille en Coupe !
fr situation h | Poings serrés, je crie en boucle dans la salle des fêtes : c'est mon ticket, la moto de la tombola est à moi !
+ en situation h | Fists clenched, I keep shouting in the village hall: it's my ticket, the raffle motorbike is mine!

# reaction: claquer la porte
fr situation h | J'ai claqué la porte du bureau à 17 h pile : trois semaines à Bali commencent maintenant, direction l'aéroport !
+ en situation h | I slammed the office door at 5 on the dot: three weeks in Bali start right now, off to the airport!
en situation h | My daughter slammed the front door and screamed up the stairs: the singer on her poster is signing at the mall, right now!
+ fr situation h | Ma fille a claqué la porte d'entrée en hurlant dans l'escalier : la chanteuse de son poster dédicace au centre commercial, maintenant !
fr situation h | Claquement de porte, mon coloc déboule en hurlant : il a deux places en loge pour le match de ce soir !
+ en situation h | The door bangs and my flatmate bursts in yelling: he's got two box seats for tonight's match!

# reaction: rougir
fr situation h | Je rougis jusqu'aux oreilles et je crie oui : il m'a demandée en mariage sur l'écran géant du stade !
+ en situation h | I go red to the tips of my ears and scream yes: he proposed to me on the stadium's giant screen!
en situation h | I went bright red and then couldn't stop jumping: my favourite footballer gave me his shirt after the match!
+ fr situation h | Je suis devenu tout rouge et je n'arrêtais plus de sauter : mon joueur préféré m'a donné son maillot après le match !
fr situation h | Mamie rougit comme une ado : le chanteur de sa jeunesse vient de l'inviter à danser sur scène, toute la salle hurle !
+ en situation h | Grandma is blushing like a teenager: the singer she adored as a girl just asked her to dance on stage and the whole hall is screaming!

# reaction: silence
fr situation h | Un silence de deux secondes, puis la salle explose : le groupe qu'on croyait séparé monte sur scène !
+ en situation h | Two seconds of silence, then the room erupts: the band we thought had split up walks on stage!
en situation h | Total silence in the kitchen, then everyone screams: Mum's numbers just came up on the EuroMillions!
+ fr situation h | Silence total dans la cuisine, puis tout le monde hurle : les numéros de maman viennent de sortir à l'EuroMillions !
fr situation h | Silence dans la classe, puis un énorme cri : la maîtresse annonce qu'on part tous une semaine à la montagne !
+ en situation h | Silence in the classroom, then a massive cheer: the teacher says we're all going to the mountains for a week!

# reaction: immobile
fr situation h | Immobile devant l'écran, puis je hurle : mon nom sort au tirage, on va au Grand Prix de Monaco !
+ en situation h | Frozen in front of the screen, then I scream: my name came out of the draw, we're going to the Monaco Grand Prix!
en situation h | I stood frozen at the door, then screamed: all my old flatmates had flown in for my birthday!
+ fr situation h | Je suis resté figé sur le seuil, puis j'ai hurlé : tous mes anciens colocs ont pris l'avion pour mon anniversaire !
fr situation h | Les enfants restent immobiles devant le sapin, puis hurlent : il y a un trampoline géant dans le jardin !
+ en situation h | The kids stand stock-still in front of the tree, then scream: there's a giant trampoline in the garden!

# reaction: fixer le plafond
fr situation h | Trois heures du matin, je fixe le plafond en souriant comme une idiote : demain, je vois Taylor Swift en fosse !
+ en situation h | Three in the morning, staring at the ceiling grinning like an idiot: tomorrow I'm seeing Taylor Swift from the pit!
en situation h | Staring at the ceiling at 4 a.m., still buzzing: best festival night of my life, and there's another one tonight!
+ fr situation h | Quatre heures du matin, je fixe le plafond, encore survolté : meilleure nuit de festival de ma vie, et ça recommence ce soir !
fr situation h | Je fixe le plafond, le cœur à cent à l'heure : demain, Saint-Patrick à Dublin avec toute la bande !
+ en situation h | I'm staring at the ceiling, heart going a mile a minute: tomorrow it's Saint Patrick's Day in Dublin with the whole gang!

# reaction: soupirer
fr situation h | Mon père, qui soupire toujours devant le foot, saute partout sur le canapé : but à la 93e !
+ en situation h | My dad, who always sighs his way through football, is bouncing all over the sofa: goal in the 93rd minute!
en situation h | No more sighing over holiday brochures: we just booked Iceland for next week and we're dancing round the kitchen!
+ fr situation h | Fini de soupirer devant les catalogues : on vient de réserver l'Islande pour la semaine prochaine, on danse dans la cuisine !
fr situation h | Ma mère soupire, pose ses lunettes, puis hurle : on a tous les quatre des places pour la finale de l'Euro !
+ en situation h | My mum sighs, puts down her glasses, then shrieks: all four of us have got tickets for the Euro final!

# reaction: sourire
fr situation h | Je souris tellement que j'en ai mal aux joues, ça fait six heures qu'on danse au mariage de ma sœur !
+ en situation h | I'm smiling so much my cheeks hurt, we've been dancing at my sister's wedding for six hours!
en situation h | Can't stop grinning, the ice-cream van has turned into a DJ booth and the whole street is dancing!
+ fr situation h | Impossible d'arrêter de sourire, le camion de glaces s'est transformé en cabine de DJ et toute la rue danse !

# reaction: enfin
fr situation h | Enfin la neige ! Toute la rue sort en pyjama à minuit, bataille de boules et cris dans tous les sens !
+ en situation h | Snow at last! The whole street comes out in pyjamas at midnight, snowball fight and shrieking everywhere!
en situation h | Finally, summer holidays! The school gates open and a hundred kids pour out screaming and throwing their caps!
+ fr situation h | Enfin les grandes vacances ! Le portail de l'école s'ouvre et cent gamins sortent en hurlant et en lançant leurs casquettes !
fr situation h | Enfin, ils passent en France : deux dates à Paris et on a nos billets, je saute partout dans le bureau !
+ en situation h | Finally, they're touring France: two nights in Paris and we've got our tickets, I'm jumping around the office!

# reaction: encore / toujours / jamais
fr situation h | « Encore ! » hurle toute la place, et le feu d'artifice repart pour un deuxième bouquet final !
+ en situation h | "More!" roars the whole square, and the fireworks go off again for a second grand finale!
en situation h | Never seen the village like this: a brass band, fireworks and everyone dancing on the church square!
+ fr situation h | Jamais vu le village comme ça : une fanfare, des feux d'artifice et tout le monde danse sur le parvis de l'église !
fr situation h | Jamais je n'avais vu mamie danser comme ça : elle a gagné le voyage à Venise au loto de la paroisse !
+ en situation h | I've never seen Grandma dance like that: she won the trip to Venice at the parish bingo!
fr situation h | Toujours pas redescendu : hier soir, le chanteur m'a lancé sa baguette et ce matin je danse encore dans la cuisine !
+ en situation h | Still haven't come down: last night the singer threw me his drumstick, and this morning I'm still dancing in the kitchen!

# reaction: d'un coup / tout à coup
fr situation h | Tout à coup la musique s'arrête, et le marié débarque en jet-ski devant les invités qui hurlent !
+ en situation h | Suddenly the music stops and the groom roars up on a jet ski in front of the screaming guests!
en situation h | Suddenly the whole carriage is singing: a guy with a guitar launched into Wonderwall and we're all dancing in the aisle!
+ fr situation h | D'un coup tout le wagon chante : un gars avec une guitare a attaqué Wonderwall et on danse tous dans l'allée !
fr situation h | D'un coup, toute la place se met à danser : la batucada du carnaval débarque en plein marché !
+ en situation h | All of a sudden the whole square starts dancing: the carnival drum band bursts into the middle of the market!

# reaction: incroyable / fou / dingue / énorme
fr situation h | Dingue : mon petit frère a été tiré au sort pour apporter le ballon de la finale, on hurle devant la télé !
+ en situation h | Insane: my little brother was picked to carry the match ball out at the final, we're screaming at the TV!
en situation h | This is crazy, a pod of dolphins is swimming between our paddleboards and the kids are shrieking!
+ fr situation h | C'est fou, un groupe de dauphins nage entre nos paddles et les enfants poussent des cris aigus !
fr situation h | Incroyable, le chat disparu depuis trois mois miaule devant la porte, je hurle et je danse avec lui dans les bras !
+ en situation h | Unbelievable, the cat that's been missing for three months is meowing at the door, I'm screaming and dancing with him in my arms!
fr slang_emoji h | c'est ÉNORME, le rappeur est sorti de son tour bus et nous file des places à tous 😭🔥🔥
+ en slang_emoji h | this is HUGE, the rapper just came out of his tour bus and is handing us all tickets 😭🔥🔥
fr situation h | C'est complètement fou, le proviseur fait le DJ dans la cour et tout le lycée danse !
+ en situation h | It's completely mad, the head teacher is DJing in the playground and the whole school is dancing!

# reaction: trop / grave
fr typo h | trop trop trop contente on part a montreal pr noel avec toute la famille jen peu plus
+ en typo h | sooo sooo happy were going to montreal for xmas with the whole family i cant even
fr slang_emoji h | grave en PLS 😭😭 ma pote m'a offert le pass trois jours pour Solidays, on y va demain 🎉🎉
+ en slang_emoji h | literally dead 😭😭 my mate got me the three-day pass for Solidays, we're going tomorrow 🎉🎉
fr typo h | chuis mort de rire, mon pere est monte sur la table du camping pr chanter du Sardou et tt le monde danse
+ en typo h | im dying, my dad got up on the campsite table to sing Sardou and everyones dancing

# reaction: mort de (rire / peur / fatigue)
fr situation h | Morte de fatigue, mais impossible de quitter la piste : le mariage dure depuis quatorze heures !
+ en situation h | Dead on my feet, but I can't leave the dance floor: this wedding has been going for fourteen hours!
en situation h | Scared to death and screaming my head off on the zip line over the gorge, and I want to go again!
+ fr situation h | Mort de peur, je hurle à pleins poumons sur la tyrolienne au-dessus des gorges, et je veux y retourner !
fr situation h | Morts de rire, on chante à tue-tête dans la voiture : direction les Vieilles Charrues, trois jours de fête !
+ en situation h | Killing ourselves laughing, singing at the top of our lungs in the car: off to the Vieilles Charrues, three days of partying!

# reaction: several, negation and mixed
fr negation h | Non, je ne panique pas, je tremble parce que mon idole vient de dire mon prénom au micro !
+ en negation h | No, I'm not panicking, I'm shaking because my idol just said my name into the mic!
fr negation h | Ce ne sont pas des larmes de tristesse : ma petite sœur attend un bébé et on danse dans le couloir !
+ en negation h | These aren't sad tears: my little sister is expecting a baby and we're dancing in the hallway!
en negation h | I'm not angry, I'm yelling because our whole office just won a weekend in Ibiza!
+ fr negation h | Je ne suis pas en colère, je hurle parce que tout notre bureau vient de gagner un week-end à Ibiza !
fr mixed h | Un peu gênée d'avoir crié dans le TGV, mais surtout je plane : Marion rentre du Québec, fête ce soir !
+ en mixed h | A bit embarrassed I screamed on the train, but mostly I'm flying: Marion's back from Quebec, party tonight!
fr mixed h | Épuisé, le dos en miettes, mais je saute encore : le festival vient d'annoncer une nuit de plus !
+ en mixed h | Exhausted, back in pieces, but I'm still jumping: the festival just announced an extra night!
"""

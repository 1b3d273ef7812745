"""euphorie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation h | Le DJ vient de lancer notre chanson et toute la salle saute en même temps, monte le son !
+ en situation h | The DJ just dropped our song and the whole room is jumping in sync, turn it up!
fr situation h | On vient d'apprendre qu'on s'envole pour New York dans trois jours, billets offerts par ma tante !
+ en situation h | We just found out we're flying to New York in three days, tickets courtesy of my aunt!
fr situation h | Mon meilleur pote vient de m'annoncer qu'il se marie et que je suis son témoin, je hurle dans mon salon.
+ en situation h | My best mate just told me he's getting married and I'm his best man, I'm yelling in my living room.
fr situation h | Premier festival de l'été, les basses font trembler le sol et il reste encore deux jours ! Lance un truc qui pulse.
+ en situation h | First festival of the summer, the bass is shaking the ground and there are two more days to go! Put on something that pumps.
fr situation h | Nos numéros sont sortis au Loto, on danse sur la table de la cuisine !!
+ en situation h | Our numbers came up on the lottery, we're dancing on the kitchen table!!
fr situation h | Ma sœur vient d'accoucher, c'est une fille, j'ai sauté partout dans le couloir de la maternité.
+ en situation h | My sister's just had her baby, it's a girl, I was bouncing off the walls in the maternity corridor.
fr situation h | Le groupe revient pour un troisième rappel et tout le stade chante à s'en casser la voix.
+ en situation h | The band's come back for a third encore and the whole stadium is singing itself hoarse.
fr situation h | Il tombe des flocons énormes, pas d'école demain, les enfants courent partout en hurlant et moi aussi.
+ en situation h | Massive snowflakes, no school tomorrow, the kids are running round screaming and so am I.
fr situation h | Soirée karaoké qui part en vrille : on est tous debout sur les chaises à brailler de l'ABBA, mets les lumières à fond !
+ en situation h | Karaoke night gone wild: we're all standing on chairs belting out ABBA, lights to the max!
fr situation h | Elle a dit oui !!! Les copains sortent des buissons avec du champagne !
+ en situation h | She said yes!!! Our friends are popping out of the bushes with champagne!
fr situation h | On vient d'atterrir à Tokyo, mon rêve depuis mes dix ans, je n'arrive pas à tenir en place dans la file de la douane.
+ en situation h | Just landed in Tokyo, my dream since I was ten, I can't keep still in the passport queue.
fr situation h | La boîte est bondée, il est 3 h du matin et personne ne veut que ça s'arrête.
+ en situation h | The club's rammed, it's 3 am and nobody wants it to end.
fr situation h | Mon artiste préférée vient d'annoncer un concert surprise dans ma ville ce soir et j'ai choppé deux places !!
+ en situation h | My favourite artist just announced a surprise gig in my town tonight and I snagged two tickets!!
fr situation h | Mariage de mon frère : la piste de danse est en feu, même mamie fait la chenille.
+ en situation h | My brother's wedding: the dance floor is on fire, even Gran is doing the conga.
fr situation h | Le feu d'artifice du 14 Juillet explose juste au-dessus de nous et toute la plage crie. Lumières en mode feu d'artifice !
+ en situation h | The Bastille Day fireworks are bursting right above us and the whole beach is roaring. Fireworks mode on the lights!
fr situation h | Mes meilleurs potes ont débarqué chez moi par surprise depuis l'autre bout du pays, c'est le délire total !
+ en situation h | My best friends turned up at my door by surprise from the other end of the country, it's total madness!
fr situation h | Minuit pile, le compte à rebours est fini, tout le monde s'embrasse et les cotillons volent partout !
+ en situation h | Midnight on the dot, countdown done, everyone's hugging and streamers are flying everywhere!
fr situation h | On vient de ramener le chiot à la maison, il fonce dans tout l'appart et les enfants se roulent par terre avec lui en criant.
+ en situation h | We've just brought the puppy home, he's tearing round the flat and the kids are rolling on the floor with him, shrieking.
fr situation h | Test de grossesse positif après deux ans d'essais, je saute dans la salle de bain !
+ en situation h | Positive pregnancy test after two years of trying, I'm jumping up and down in the bathroom!
fr situation h | Les grandes vacances commencent maintenant, cartable balancé dans l'entrée, on part à la mer cette nuit !
+ en situation h | The summer holidays start right now, school bag flung in the hallway, we're driving to the sea tonight!
fr situation h | Je suis en plein cœur du carnaval, les percussions, les paillettes, je danse depuis six heures sans m'arrêter.
+ en situation h | I'm right in the middle of the carnival, drums, glitter everywhere, I've been dancing for six hours straight.
fr situation h | La patronne vient d'annoncer une prime surprise de 3000 euros pour tout le monde, le bureau explose !
+ en situation h | The boss just announced a surprise 3,000-euro bonus for everyone, the office is going wild!
fr situation h | Les lumières s'éteignent, le concert commence et 50 000 personnes crient en même temps !!
+ en situation h | Lights down, the show's starting and 50,000 people are screaming at once!!
fr situation h | Mes parents avaient caché une console dans le garage pour mon anniv, je crie comme un gamin de dix ans.
+ en situation h | My parents hid a games console in the garage for my birthday, I'm screaming like a ten-year-old.
fr situation h | On vient d'avoir les clés de notre première maison, on court dans les pièces vides en hurlant, monte la musique !
+ en situation h | We've just got the keys to our first house, we're running through the empty rooms yelling, crank up the music!
fr situation h | Soirée surprise : quand j'ai ouvert la porte, quarante personnes ont crié mon prénom et la musique a démarré à fond.
+ en situation h | Surprise party: I opened the door, forty people shouted my name and the music kicked in full blast.
fr situation h | Au stade, les tribunes chantent, les fumigènes s'allument, on saute tous ensemble depuis le coup d'envoi.
+ en situation h | At the stadium the stands are singing, flares are lit, and we've all been jumping together since kick-off.
fr situation h | Saut en parachute à 4000 mètres, je viens d'atterrir et je veux remonter tout de suite !
+ en situation h | Skydive from 4,000 metres, just landed and I want to go straight back up!
fr situation h | Le médecin vient d'appeler : la tumeur est bénigne, je danse dans la cuisine avec ma femme !
+ en situation h | The doctor just called: the tumour's benign, I'm dancing round the kitchen with my wife!
fr situation h | Remboursement d'impôts de 4000 euros totalement inattendu, ce soir c'est champagne et musique à fond !
+ en situation h | A totally unexpected 4,000-euro tax refund, tonight it's champagne and music cranked up!
fr situation h | Le chat disparu depuis trois semaines vient de rentrer par la chatière, toute la maison crie !
+ en situation h | Our cat who's been missing for three weeks just strolled in through the cat flap, the whole house is screaming!
fr situation h | Road trip entre potes, fenêtres ouvertes, musique à fond sur la route de la côte, on chante à tue-tête !
+ en situation h | Road trip with the gang, windows down, music blasting on the coast road, we're singing our heads off!
fr situation n | Premier jour de canicule à la mer, on court se jeter dans les vagues en hurlant.
+ en situation n | First scorching day at the seaside, we're charging into the waves screaming.
fr situation h | La soirée raclette à quinze a tourné en boum, on danse entre la table et le canapé, allume tout en couleurs !
+ en situation h | Raclette night for fifteen has turned into a full-on party, we're dancing between the table and the sofa, light everything up in colour!
fr situation h | Le groupe vient de me faire monter sur scène pour chanter le refrain, j'y suis, je n'en reviens pas !!
+ en situation h | The band just pulled me up on stage to sing the chorus, I'm up here, I can't believe it!!
fr situation n | Avant-première du nouveau Marvel en salle comble, tout le monde applaudit et hurle à chaque apparition surprise.
+ en situation n | Sold-out premiere of the new Marvel film, the whole audience is clapping and screaming at every surprise cameo.
fr situation h | Mon autrice préférée a répondu à mon message et m'invite à son lancement à Paris, je cours partout dans l'appart !!
+ en situation h | My favourite author replied to my message and invited me to her launch in Paris, I'm running all over the flat!!
fr situation h | Soirée jeux qui déraille : Just Dance à six, le voisin du dessous tape au plafond mais impossible de s'arrêter !
+ en situation h | Games night off the rails: Just Dance with six of us, the downstairs neighbour is banging on the ceiling but we can't stop!
fr situation h | En visio avec ma copine en Australie : elle vient de me dire qu'elle rentre pour de bon le mois prochain !!
+ en situation h | On video call with my girlfriend in Australia: she just told me she's coming home for good next month!!
fr situation h | Mon visa pour le Canada vient d'être accepté, on part en PVT, je saute dans tous les sens !
+ en situation h | My Canadian visa just came through, working holiday here we come, I'm bouncing off the walls!
fr situation h | Flash info : mon groupe culte se reforme pour une tournée et passe par Lyon, j'envoie des messages en majuscules à tout le monde !!!
+ en situation h | Breaking news: my all-time favourite band is reuniting for a tour and coming to Lyon, I'm texting everyone in all caps!!!
fr situation h | Premier vol en parapente au-dessus du lac, je crie comme un fou dans le vent !
+ en situation h | First paragliding flight over the lake, I'm yelling like a madman into the wind!
fr situation h | Une baleine vient de sauter juste à côté du bateau, tout le monde crie et se tape dans les mains.
+ en situation h | A whale just breached right next to the boat, everyone's screaming and high-fiving.
fr situation h | Fête de la musique : un groupe à chaque coin de rue et on passe de l'un à l'autre en dansant depuis 18 h ! Mets-nous une playlist de fête.
+ en situation h | Fête de la Musique: a band on every corner and we've been dancing from one to the next since 6 pm! Give us a party playlist.
fr situation h | Noël à vingt-cinq chez les cousins, les enfants déchirent les papiers, la musique est à fond et tout le monde danse. Lumières de fête !
+ en situation h | Christmas with twenty-five of us at the cousins', kids ripping open presents, music cranked and everyone dancing. Party lights!
fr situation h | Mamie fête ses 90 ans et c'est elle qui a lancé le rock sur la piste, on est déchaînés !
+ en situation h | Gran's turning 90 and she's the one who started the rock'n'roll on the dance floor, we've all gone wild!
fr situation h | La fête des voisins a viré au bal sur le trottoir, tout l'immeuble danse sous les guirlandes !
+ en situation h | The street party has turned into a dance on the pavement, the whole building is dancing under the fairy lights!
fr situation h | Les enfants découvrent Disneyland, le feu d'artifice démarre au-dessus du château et on crie tous les quatre en même temps.
+ en situation h | The kids' first time at Disneyland, the fireworks are going off over the castle and all four of us are screaming.
fr situation h | EVG à Barcelone, on n'a pas fermé l'œil et on repart danser !
+ en situation h | Stag do in Barcelona, not a wink of sleep and we're heading back out dancing!
fr situation h | Dernier jour avant un congé sabbatique d'un an, badge rendu, je danse dans l'ascenseur !
+ en situation h | Last day before a year-long sabbatical, badge handed in, I'm dancing in the lift!
fr situation h | Dernier jour de lycée, tout le monde se bombarde de farine et de confettis devant le portail.
+ en situation h | Last day of school ever, everyone's pelting each other with flour and confetti outside the gates.
fr situation h | La piscine vient d'être remplie, les enfants et moi on saute dedans tout habillés en hurlant !
+ en situation h | The pool's just been filled, the kids and I are cannonballing in fully dressed, screaming!
fr situation h | Le premier barbecue de l'été se transforme en soirée dansante dans le jardin, ça crie, ça rit, ça saute !
+ en situation n | The first barbecue of summer is turning into a dance party in the garden, shouting, laughing, jumping!
fr situation n | Le train de nuit démarre, direction Venise avec toute la bande, on trinque déjà dans la couchette !
+ en situation n | The night train's pulling out, Venice bound with the whole gang, and we're already clinking glasses in the couchette!
fr situation h | Concert. Premier rang. Il m'a tendu le micro !!!
+ en situation h | Gig. Front row. He handed me the mic!!!
fr situation n | Vendredi soir, paye tombée, les potes en bas de chez moi : c'est parti !!
+ en situation n | Friday night, payday, mates waiting downstairs: let's go!!
fr situation h | Je viens de croiser mon idole à l'aéroport, elle a accepté la photo et m'a serrée dans ses bras, j'en tremble encore !
+ en situation h | Just bumped into my idol at the airport, she said yes to a photo and hugged me, I'm still shaking!
fr situation h | Ma meilleure amie rentre d'un an en Australie, je la vois passer les portes des arrivées et je fonce vers elle en criant.
+ en situation h | My best friend's back from a year in Australia, I see her come through arrivals and I sprint towards her screaming.
fr situation h | Toute la famille réunie pour la première fois depuis des années, musique à fond, ça danse dans la cuisine !
+ en situation h | The whole family together for the first time in years, music blasting, everyone dancing in the kitchen!
fr situation n | Soirée mousse au camping, on danse dans la mousse jusqu'aux genoux !
+ en situation n | Foam party at the campsite, we're dancing knee-deep in bubbles!
fr situation h | Le grand huit le plus haut d'Europe, on enchaîne le troisième tour et je hurle de rire à chaque looping.
+ en situation h | Europe's tallest rollercoaster, we're on our third ride and I'm shrieking with laughter at every loop.
fr situation h | Demain on part six mois en van, tout est chargé et on danse sur le parking. Ambiance de folie s'il te plaît !
+ en situation h | Tomorrow we're off for six months in the van, it's all packed and we're dancing in the car park. Wild vibes please!
fr situation h | À l'échographie, ils viennent de nous annoncer des jumeaux, mon mari et moi on rit, on pleure et on crie en même temps.
+ en situation h | At the scan they just told us it's twins, my husband and I are laughing, crying and shouting all at once.
fr situation h | Mes trente ans : le DJ enchaîne les tubes des années 2000 et on est tous sur la piste depuis trois heures.
+ en situation h | My 30th: the DJ is playing 2000s bangers back to back and we've all been on the dance floor for three hours.
fr situation h | Après des mois de confinement, on retrouve enfin les potes dans un bar plein à craquer, on chante tous ensemble !
+ en situation h | After months of lockdown we're finally back with our mates in a packed bar, all singing together!
fr situation h | Rafting en eaux vives, des vagues énormes nous tombent dessus et on hurle de rire.
+ en situation h | White-water rafting, massive waves crashing over us and we're howling with laughter.
fr situation n | Fest-noz en Bretagne, le bagad accélère et la ronde tourne de plus en plus vite !
+ en situation n | Fest-noz in Brittany, the pipe band is speeding up and the circle's spinning faster and faster!
fr situation h | Premier soir à Ibiza avec les copines et on a déjà perdu nos chaussures sur la piste ! Balance les couleurs.
+ en situation h | First night in Ibiza with the girls and we've already lost our shoes on the dance floor! Throw the colours on.
fr situation h | La mer apparaît au bout de la route, les gamins hurlent, je klaxonne, on chante à pleins poumons !
+ en situation h | The sea's appeared at the end of the road, the kids are yelling, I'm honking, we're all singing at the top of our lungs!
fr situation h | Mon fils militaire est rentré par surprise pendant le dîner, on a tous hurlé en lui sautant dessus.
+ en situation h | My son surprised us home from deployment in the middle of dinner, we all screamed and piled on him.
fr situation h | Soirée électro sur le toit, les lasers percent la nuit, le beat monte et tout le monde lève les bras. Lumières qui claquent, vite !
+ en situation h | Rooftop electro night, lasers cutting through the dark, the beat's building and everyone's got their hands up. Flashing lights, quick!
fr situation h | Nous venons d'apprendre que notre dossier d'adoption est accepté : notre petit garçon arrive la semaine prochaine. La maison entière vibre.
+ en situation h | We have just heard our adoption has been approved: our little boy arrives next week. The whole house is buzzing.
fr situation h | L'apéro devait être tranquille, on est quinze dans le salon, la sono hurle et les voisins nous ont rejoints !
+ en situation h | Drinks were meant to be low-key, now there are fifteen of us in the lounge, speakers blaring and the neighbours have joined in!
fr situation h | Le sapin géant s'allume sur la grand-place, la foule hurle, les enfants sur les épaules, la musique démarre !
+ en situation h | The giant tree lights up in the main square, the crowd roars, kids on shoulders, the music kicks in!
fr situation h | Pyjama party avec mes nièces : bataille de polochons, musique disco, on saute sur les lits, personne ne dormira cette nuit !
+ en situation h | Sleepover with my nieces: pillow fights, disco music, jumping on the beds, nobody's sleeping tonight!
fr situation h | Premier match de NBA au bord du terrain, ce dunk, cette foule, je ne tiens plus en place !
+ en situation h | Courtside at my first NBA game, that dunk, that crowd, I can't keep still!
fr situation n | Les copains m'ont traîné à un cours de salsa qui est devenu une vraie fiesta, tout le monde tourne et crie.
+ en situation n | My friends dragged me to a salsa class that's turned into a proper fiesta, everyone spinning and whooping.
fr situation h | Ma cousine vient d'ouvrir son cadeau : une place pour Beyoncé avec moi, on hurle toutes les deux depuis cinq minutes !
+ en situation h | My cousin just opened her present: a ticket to see Beyoncé with me, we've both been screaming for five minutes!
fr situation h | Le pot de fin d'année au boulot s'est transformé en soirée dansante, même le PDG se déhanche sur Daft Punk.
+ en situation h | The end-of-year drinks at work have turned into a dance party, even the CEO is busting moves to Daft Punk.
fr situation h | Dernier soir de la colo que j'anime, boum géante, tout le monde danse sur les tables du réfectoire !
+ en situation h | Last night of the summer camp I'm running, giant disco, everyone's dancing on the canteen tables!
fr situation h | Mes parents viennent de m'annoncer qu'ils nous emmènent tous en croisière pour leurs noces d'or, toute la famille crie au téléphone !
+ en situation h | My parents just told us they're taking the whole family on a cruise for their golden anniversary, everyone's screaming down the phone!
fr situation h | Le pilote annonce l'atterrissage à Punta Cana et tout l'avion applaudit, on a déjà nos lunettes de soleil sur le nez !
+ en situation h | The pilot announces we're landing in Punta Cana and the whole plane bursts into applause, sunglasses already on!

# explicit
fr explicit h | Je suis euphorique, j'ai envie de le crier sur tous les toits !
+ en explicit h | I'm euphoric, I want to shout it from the rooftops!
fr explicit h | Je plane complètement, j'ai l'impression de pouvoir soulever des montagnes !
+ en explicit h | I'm flying sky-high, I feel like I could move mountains!
fr explicit h | J'ai la pêche de ma vie, je ne tiens plus en place !
+ en explicit h | I've never had this much energy, I can't sit still!
fr explicit h | Je déborde de joie, j'ai envie de danser jusqu'à demain matin.
+ en explicit h | I'm bursting with joy, I want to dance till tomorrow morning.
fr explicit h | Je suis aux anges, complètement surexcité !
+ en explicit h | I'm on cloud nine, absolutely buzzing!
fr explicit h | C'est l'extase totale ce soir !
+ en explicit h | Pure ecstasy tonight!
fr explicit h | Je suis survolté, il me faut une ambiance de fête !
+ en explicit h | I'm totally wired, I need party vibes!
fr explicit h | J'explose de bonheur, c'est trop !
+ en explicit h | I'm exploding with happiness, it's too much!
fr explicit h | Je suis dans un état d'excitation incroyable, le cœur à cent à l'heure de joie !
+ en explicit h | I'm unbelievably hyped, my heart's racing with joy!
fr explicit h | Je suis fou de joie, je pourrais embrasser tout le monde !
+ en explicit h | I'm mad with joy, I could kiss everyone!
fr explicit h | Ivre de bonheur sans une goutte d'alcool !
+ en explicit h | Drunk on happiness without a drop of alcohol!
fr explicit h | Je suis remonté à bloc, j'ai envie de faire la fête jusqu'au bout de la nuit !
+ en explicit h | I'm totally pumped, I want to party all night long!

# negation
fr negation h | Je ne suis pas juste content, je suis complètement déchaîné !
+ en negation h | I'm not just happy, I'm absolutely wild!
fr negation h | Pas question de me calmer, c'est la fête ce soir !
+ en negation h | No way am I calming down, it's party night!
fr negation h | Ce n'est pas de la fierté, je suis juste fou de joie de les voir tous là !
+ en negation h | It's not pride, I'm just out of my mind with joy to see them all here!
fr negation h | Rien à voir avec une petite bonne humeur, là je saute au plafond !
+ en negation h | This is no mild good mood, I'm jumping through the roof!
fr negation h | Je ne suis pas fatigué du tout, j'ai envie de danser jusqu'à l'aube !
+ en negation h | Not tired in the slightest, I want to dance until dawn!
fr negation h | Ce n'est pas du stress, c'est de l'excitation pure, mon cœur bat de joie !
+ en negation h | It's not stress, it's pure excitement, my heart's pounding with joy!
fr negation h | Ce soir ce n'est pas détente, c'est de l'électricité pure !
+ en negation h | Tonight isn't about chilling, it's pure electricity!
fr negation h | Je ne pleure pas de tristesse, je pleure de joie et je danse !
+ en negation h | I'm not crying because I'm sad, I'm crying with joy and dancing!

# mixed
fr mixed h | Un peu épuisé par le voyage, mais surtout complètement surexcité d'être enfin à Rio !
+ en mixed h | A bit worn out from the journey, but mostly totally buzzing to finally be in Rio!
fr mixed h | Un brin de trac avant d'aller sur la piste, mais surtout une énorme envie de faire la fête !
+ en mixed h | A little nervous about hitting the dance floor, but mostly dying to party!
fr mixed h | J'ai mal aux pieds à force de danser, mais je suis en feu, je ne m'arrête pas !
+ en mixed h | My feet hurt from all the dancing, but I'm on fire, I'm not stopping!
fr mixed h | Un peu ému, mais surtout je hurle de joie, ils se marient !
+ en mixed h | A little choked up, but mostly I'm screaming with joy, they're getting married!
fr mixed h | Légère gueule de bois, mais le festival reprend et je suis remonté comme jamais !
+ en mixed h | Slightly hungover, but the festival's back on and I'm more pumped than ever!
fr mixed h | Un peu stressée par l'organisation, mais là la fête bat son plein et c'est l'extase !
+ en mixed h | A bit stressed about organising it, but now the party's in full swing and it's pure bliss!
fr mixed h | J'ai à peine dormi, mais j'ai une énergie de dingue, c'est le plus beau jour de ma vie !
+ en mixed h | Barely slept, but I've got crazy energy, best day of my life!
fr mixed h | Un soupçon de nostalgie en revoyant la bande, mais surtout une joie explosive, on danse comme à vingt ans !
+ en mixed h | A hint of nostalgia seeing the old crew, but mostly explosive joy, we're dancing like we're twenty!

# long
fr long h | Le concert devait finir à 23 h. À minuit, ils jouaient encore. Le chanteur a plongé dans la foule. On l'a porté jusqu'au fond de la salle en hurlant.
+ en long h | The gig was meant to end at 11. At midnight they were still playing. The singer dived into the crowd. We carried him to the back of the hall, screaming.
fr long h | On devait juste dîner chez Paul. Quelqu'un a mis de la musique. À 2 h du matin, on dansait sur la table basse. Personne ne veut rentrer.
+ en long h | We were only supposed to have dinner at Paul's. Someone put some music on. By 2 am we were dancing on the coffee table. Nobody wants to go home.
fr long h | Mon téléphone a sonné en pleine réunion. C'était la radio locale : mon nom a été tiré au sort pour un week-end à Venise. Je suis sorti en courant dans le couloir. J'ai crié si fort que toute l'équipe est venue voir.
+ en long h | My phone rang in the middle of a meeting. It was the local radio: my name had been drawn for a weekend in Venice. I ran out into the corridor. I yelled so loud the whole team came to see.
fr long h | Ma fille de six ans voyait la mer pour la première fois. Elle a lâché ma main et foncé dans les vagues. Je l'ai suivie tout habillé. On hurle et on saute dans l'écume depuis une heure.
+ en long h | My six-year-old was seeing the sea for the first time. She let go of my hand and charged into the waves. I followed her fully clothed. We've been shrieking and jumping in the surf for an hour.
fr long h | Le DJ a passé la chanson de notre mariage sans le savoir. Mon mari m'a attrapée par la main. Toute la salle a fait un cercle autour de nous. On a dansé comme des fous.
+ en long h | The DJ played our wedding song without knowing. My husband grabbed my hand. The whole room made a circle around us. We danced like maniacs.
fr long h | Vendredi, 18 h. J'ai fermé l'ordinateur pour trois semaines. Les valises sont dans le coffre. On chante déjà à tue-tête sur la route de l'Espagne.
+ en long h | Friday, 6 pm. Laptop shut for three weeks. Suitcases in the boot. We're already belting out songs on the road to Spain.
fr long h | Mes amis m'avaient dit qu'on allait au cinéma. En fait, ils avaient loué une péniche sur la Seine. Musique, lumières, trente personnes. J'ai sauté dans tous les sens jusqu'au petit matin.
+ en long h | My friends told me we were going to the cinema. Actually they'd hired a barge on the Seine. Music, lights, thirty people. I was bouncing around till dawn.
fr long h | Il y a cinq minutes, mon frère m'a appelé. Il a trouvé deux places pour la finale de la Coupe du monde. On y va demain. Je cours dans la rue en criant !
+ en long h | Five minutes ago my brother called. He's got two tickets to the World Cup final. We're going tomorrow. I'm running down the street shouting!

# intensity
fr intensity l | Je commence à être bien chaud pour la soirée de ce soir.
+ en intensity l | I'm starting to get pretty hyped for tonight's party.
fr intensity l | Petite montée d'adrénaline joyeuse, la fête démarre doucement.
+ en intensity l | A little happy buzz, the party's slowly getting going.
fr intensity l | Un peu électrisé, l'ambiance commence à monter.
+ en intensity l | A bit buzzed, the atmosphere's starting to build.
fr intensity h | JE SUIS EN FEU CE SOIR, TOUT LE MONDE SUR LA PISTE !!!
+ en intensity h | I'M ON FIRE TONIGHT, EVERYBODY ON THE DANCE FLOOR!!!
fr intensity h | C'est la folie absolue, je saute, je crie, je n'en peux plus de bonheur !
+ en intensity h | Absolute madness, I'm jumping, screaming, I'm overflowing with happiness!
fr intensity h | Le plus beau délire de ma vie, j'ai l'impression que mon cœur va exploser de joie !
+ en intensity h | The best craziness of my life, my heart feels like it's going to burst with joy!

# slang and emoji
fr slang_emoji h | c'est la fiesta de ouf ce soir 🎉🔥🔥 monte le son !!
fr slang_emoji h | jsuis trop refait, on part à Mykonos demain 🕺💃🍾
fr slang_emoji h | WSH LE CONCERT C'ÉTAIT LA FOLIE 🤯🎤🔥
fr slang_emoji h | on est chauds bouillants pour la soirée 🥳🥳🥳
fr slang_emoji h | trop ouf jsaute partout 😭🎉 on a les places !!
fr slang_emoji h | ambiance de malade ici 🪩🔊 balance les couleurs
en slang_emoji h | LET'S GOOOOO 🎉🔥 best night ever
en slang_emoji h | bro this party is absolutely unreal 🕺🪩🔥
en slang_emoji h | screaming crying dancing 😭🎶✨ we got the tickets
en slang_emoji h | im literally vibrating rn 🤩🤩 festival day!!!
en slang_emoji h | omg omg omg we're going to Vegas 🎰🥳🥳
en slang_emoji h | turn it UP this is a banger 🔊💥

# typos
fr typo h | jsuis trop excité on part en vacs demain wouhouuuu
fr typo h | ke la fete commence!!! mets la musik a fond
fr typo h | cetait le meilleur concert de ma vie jai plus de voix
fr typo h | pk personne danse?? allez tous sur la piste jsuis chaud
fr typo h | trop de la balle ce festival on a dansé tte la nuit
fr typo h | jarrive pas a dormir tellement jsuis surexcité pr le festival demain
en typo h | this partys insane im never goin home
en typo h | omg we r goin to disneyland tmrw i cant sit still
en typo h | best nite of my lifee everyones dancin
en typo h | gonna dance til sunrise u cant stop me

# one word
fr one_word h | Euphorie !
fr one_word h | Youpiii !!!
fr one_word h | La folie !
fr one_word h | C'est la fête !!
en one_word h | Ecstatic!!
en one_word h | WOOHOO!!!
en one_word h | Buzzing!
en one_word h | Party time!

# other languages
es explicit h | ¡Estoy eufórico, vamos a bailar toda la noche!
es situation h | ¡Acaban de anunciar un concierto sorpresa y tenemos entradas, estamos gritando!
de explicit h | Ich bin total aus dem Häuschen, heute wird gefeiert!
it situation h | Il concerto è iniziato, tutta la piazza salta e canta!
it explicit h | Sono al settimo cielo, voglio ballare fino all'alba!
mixed explicit h | C'est la fête ce soir, let's party all night long!
"""

"""bonnehumeur: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / screaming
fr situation n | Ma fille a crié « papa, regarde ! » depuis le haut du toboggan avant de glisser à plat ventre en gloussant.
+ en situation n | My daughter shouted "Daddy, look!" from the top of the slide, then went down on her tummy, giggling.
fr situation n | Au marché, le primeur crie ses prix en chantant, et ce matin il m'a offert une barquette de fraises.
+ en situation n | At the market the greengrocer sings out his prices, and this morning he gave me a punnet of strawberries for free.
fr slang_emoji n | ma coloc a crié dans tout l'appart parce qu'elle a trouvé un dernier yaourt à la fraise au fond du frigo 😂🍓
+ en slang_emoji n | my flatmate screamed through the whole flat cuz she found one last strawberry yoghurt at the back of the fridge 😂🍓
en situation n | The toddler screamed with delight every time the neighbour's cat peeked over the fence, and the cat kept doing it.
+ fr situation n | Le petit poussait des cris de joie chaque fois que le chat du voisin passait la tête par-dessus la clôture, et le chat recommençait.

# reaction: hurler / yelling
en situation n | The kids howled with laughter when the sprinkler came on and soaked Grandpa's newspaper mid-crossword.
+ fr situation n | Les enfants ont hurlé de rire quand l'arrosage automatique s'est déclenché et a trempé le journal de papi en plein mots croisés.
fr situation n | Le voisin d'en face m'a hurlé « bon anniversaire ! » depuis son balcon, en tapant sur une casserole comme sur un tambour.
+ en situation n | My neighbour across the street yelled "Happy birthday!" from his balcony, banging a saucepan like a drum.
en situation n | My son yelled "Mum, come quick!" just to show me the snail racing his toy car across the patio.
+ fr situation n | Mon fils a hurlé « maman, viens vite ! » juste pour me montrer l'escargot qui faisait la course avec sa petite voiture sur la terrasse.

# reaction: pleurer / crying
fr situation n | J'ai pleuré de rire quand mon père a voulu faire un selfie et a filmé son oreille pendant deux minutes.
+ en situation n | I cried laughing when my dad tried to take a selfie and filmed his own ear for two minutes.
fr situation n | Mon fils pleurait sa boule de glace tombée sur le trottoir, et le glacier lui en a redonné deux avec un clin d'œil.
+ en situation n | My son was in tears over his scoop of ice cream on the pavement, and the ice-cream man gave him two more with a wink.
fr situation n | Maman pleure de rire au téléphone : papa a repeint le portail et le chat a maintenant le bout de la queue vert.
+ en situation n | Mum's crying with laughter on the phone: Dad painted the gate and now the cat has a green tip on its tail.
en negation n | Not crying, I promise, just laughing so much my mascara ran: the toddler put his dad's socks on his ears.
+ fr negation n | Je ne pleure pas, promis, c'est le fou rire qui a fait couler mon mascara : le petit a mis les chaussettes de son père sur ses oreilles.

# reaction: larmes / tears
fr situation n | Des larmes de rire au dîner : mon neveu a imité tonton qui ronfle devant le foot, bruitages compris.
+ en situation n | Tears of laughter at dinner: my nephew did an impression of my uncle snoring in front of the football, sound effects and all.
en situation n | Tears rolling down my cheeks at the village hall comedy night, the vicar's jokes were actually brilliant.
+ fr situation n | Des larmes de rire plein les joues à la soirée humour de la salle des fêtes : les blagues du curé étaient vraiment bonnes.
fr situation n | Les yeux qui pleurent à cause du vent sur le quai, mais le vendeur de marrons chauds m'a offert un cornet en souriant.
+ en situation n | Eyes streaming from the wind on the platform, but the roast chestnut seller gave me a free cone with a smile.

# reaction: trembler / shaking
fr situation n | Je tremblais de froid à l'arrêt de bus, et une dame m'a tendu un gobelet de chocolat chaud de son thermos.
+ en situation n | I was shaking with cold at the bus stop, and a lady handed me a cup of hot chocolate from her flask.
en situation n | I was shaking with laughter: my daughter has taught my mother's parrot to say "pass the cheese".
+ fr situation n | J'en tremblais de rire : ma fille a appris au perroquet de ma mère à dire « passe-moi le fromage ».
fr situation n | Le petit tremblait d'impatience devant la vitre du four, et ses premiers sablés sont sortis tout dorés, un peu tordus.
+ en situation n | My little one was trembling with impatience at the oven door, and his first shortbread biscuits came out golden and a bit wonky.

# reaction: cœur qui bat / heart pounding
fr situation n | Le cœur qui bat encore d'avoir couru après le bus, mais le chauffeur m'a attendu en souriant et m'a souhaité bonne journée.
+ en situation n | Heart still pounding from running for the bus, but the driver waited for me with a smile and wished me a nice day.
en situation n | My heart jumped when the doorbell rang at 9pm: it was the neighbour with a bowl of cherries from her tree.
+ fr situation n | Mon cœur a fait un bond quand on a sonné à 21 h : c'était la voisine avec un saladier de cerises de son arbre.
fr situation n | Mon cœur bat un peu plus vite chaque matin dans l'escalier : le chiot du voisin me reconnaît et me fait la fête.
+ en situation n | My heart beats a little faster every morning on the stairs: the neighbour's puppy recognises me and goes mad with joy.

# reaction: mains moites / sweaty palms
fr situation n | Les mains moites et collantes de barbe à papa, trois tours de manège avec ma nièce qui riait aux éclats.
+ en situation n | Sweaty, sticky hands full of candyfloss, three rides on the merry-go-round with my niece giggling her head off.
en situation n | Sweaty palms after carrying the shopping up five floors, and my neighbour had left a slice of quiche on my doormat.
+ fr situation n | Les mains moites après avoir monté les courses sur cinq étages, et la voisine m'avait laissé une part de quiche sur le paillasson.
fr situation n | Les mains moites en lançant ma toute première blague au repas de famille, et même tata Odile a ri.
+ en situation n | Sweaty palms telling my very first joke at the family lunch, and even Aunt Odile laughed.

# reaction: sauter / bondir / jumping
fr situation n | Le chien a bondi sur le lit à sept heures pour me lécher le nez, drôle de réveil, mais j'ai ri.
+ en situation n | The dog leapt onto the bed at seven to lick my nose, funny way to wake up, but I laughed.
en situation n | My toddler jumped up and down in the kitchen because the banana was "the right yellow" today.
+ fr situation n | Mon petit sautait sur place dans la cuisine parce que la banane était « du bon jaune » aujourd'hui.
fr situation n | Les gamins de l'immeuble sautaient à la corde dans la cour et m'ont fait entrer dans la ronde avec mon sac de courses.
+ en situation n | The kids from our building were skipping in the courtyard and pulled me into the game, shopping bag and all.

# reaction: courir / running
fr situation n | J'ai couru sous l'averse jusqu'à la boulangerie, et la boulangère m'avait gardé la dernière tarte aux pommes.
+ en situation n | I ran through the downpour to the bakery, and the baker had saved me the last apple tart.
en situation n | Ran to catch the tram, tripped on the step, and a schoolboy held the doors and gave me a thumbs up.
+ fr situation n | J'ai couru pour attraper le tram, trébuché sur la marche, et un collégien a retenu les portes en me faisant un pouce levé.
fr situation n | Mon père de 70 ans a couru derrière le vélo de ma fille dans tout le parc, et ils riaient tous les deux.
+ en situation n | My 70-year-old dad ran behind my daughter's bike all the way round the park, both of them laughing.

# reaction: rire / fou rire / laughing
fr situation n | Fou rire à la caisse : mon fils a dit bonjour au poulet rôti et la caissière lui a répondu avec une grosse voix.
+ en situation n | Fits of giggles at the checkout: my son said hello to the roast chicken and the cashier answered in a deep voice.
en situation n | We laughed ourselves silly at the allotment: Dad's scarecrow is now wearing Mum's bright pink swimming cap.
+ fr situation n | On a ri comme des fous au potager : l'épouvantail de papa porte maintenant le bonnet de bain rose de maman.
fr situation n | Fou rire en visio avec les collègues quand le micro de la cheffe a diffusé le ronronnement de son chat. Mets une ambiance qui va avec.
+ en situation n | We got the giggles on the team call when the boss's mic picked up her cat purring. Set the mood to match.

# reaction: souffle coupé / breathless
fr situation n | Le souffle coupé en haut des marches de Montmartre, mais un accordéoniste jouait du Brassens et je me suis mis à siffloter.
+ en situation n | Out of breath at the top of the Montmartre steps, but an accordion player was doing Brassens and I started whistling along.
en situation n | Breathless from laughing: the kids built a fort out of the sofa cushions and demand a password to let me in.
+ fr situation n | À bout de souffle à force de rire : les enfants ont fait une cabane avec les coussins du canapé et exigent un mot de passe pour me laisser entrer.
fr situation n | Ma fille a couru si vite vers moi à la sortie de l'école que son câlin m'a coupé le souffle.
+ en situation n | My daughter ran at me so fast outside school that her hug knocked the wind out of me.

# reaction: sans voix / speechless
fr situation n | Sans voix : mon ado de seize ans a vidé le lave-vaisselle sans qu'on lui demande, et en sifflotant.
+ en situation n | Speechless: my sixteen-year-old emptied the dishwasher without being asked, whistling while he did it.
en situation n | The barista left me speechless: he drew my dog's face in the foam of my latte.
+ fr situation n | Le barista m'a laissée sans voix : il a dessiné la tête de mon chien dans la mousse de mon latte.
fr situation n | J'ai plus de voix à force de chanter le générique de Pat'Patrouille avec les enfants dans la voiture jusqu'à l'école.
+ en situation n | I've lost my voice from singing the Paw Patrol theme with the kids in the car all the way to school.

# reaction: je n'en reviens pas / can't believe it
fr situation n | J'en reviens pas, le garagiste a changé l'ampoule de mon phare gratuitement et m'a souhaité bonne route.
+ en situation n | I can't believe it, the mechanic changed my headlight bulb for free and wished me a safe trip.
en situation n | I can't believe my grumpy neighbour just waved at me with his watering can and a big grin.
+ fr situation n | Je n'en reviens pas : mon voisin grognon vient de me saluer avec son arrosoir et un grand sourire.
fr typo n | jen reviens pas le chat dort dans le panier a linge avec le chiot, ils sont trop mimi tous les 2
+ en typo n | cant beleive it the cat is sleeping in the laundry basket with the puppy, theyre soo cute together

# reaction: pas dormi de la nuit / couldn't sleep
fr situation n | Pas beaucoup dormi à cause du bébé, mais ce matin elle m'a fait son plus grand sourire en gazouillant.
+ en situation n | Barely slept because of the baby, but this morning she gave me her biggest smile and gurgled away.
en situation n | Didn't sleep a wink at the campsite, the kids giggled in their sleeping bags telling owl jokes till dawn, and it was lovely.
+ fr situation n | Pas fermé l'œil au camping, les enfants gloussaient dans leurs duvets en se racontant des blagues de hiboux jusqu'à l'aube, et c'était adorable.
fr situation n | Presque pas dormi pour finir le déguisement de coccinelle, et ma fille a tournoyé dedans toute la matinée.
+ en situation n | Hardly slept finishing the ladybird costume, and my daughter twirled round in it all morning.

# reaction: jambes en coton / legs like jelly
fr situation n | Les jambes en coton après le cours de zumba du mardi, mais qu'est-ce qu'on a ri avec les copines du quartier.
+ en situation n | Legs like jelly after Tuesday's Zumba class, but oh, how we laughed with the girls from the neighbourhood.
en situation n | Legs like jelly after the long walk, and the café at the end had one slice of lemon cake left, which we split three ways, giggling.
+ fr situation n | Les jambes en coton après la grande balade, et le café du bout du chemin avait encore une part de gâteau au citron, qu'on s'est partagée à trois en gloussant.
fr situation n | Les jambes en coton sur mes patins, et ma fille de huit ans m'a pris la main pour faire le tour de la patinoire en riant.
+ en situation n | Wobbly-legged on my skates, and my eight-year-old took my hand and laughed me all the way round the rink.

# reaction: gorge serrée / lump in my throat
fr situation n | Un petit nœud dans la gorge en ouvrant le pot de confiture que le voisin avait étiqueté « pour ma voisine préférée », et j'ai souri toute la matinée.
+ en situation n | A little lump in my throat opening the jar of jam my neighbour had labelled "for my favourite neighbour", and I've been smiling all morning.
fr situation n | J'ai failli m'étrangler de rire : mon fils m'a demandé si les poissons panés nageaient déjà carrés dans la mer.
+ en situation n | I nearly choked laughing: my son asked if fish fingers already swim square in the sea.
en situation n | Scratchy throat today, but my husband made me honey tea with a silly little note stuck on the mug.
+ fr situation n | La gorge qui gratte aujourd'hui, mais mon mari m'a préparé un thé au miel avec un petit mot rigolo collé sur la tasse.

# reaction: ventre noué / knot in my stomach
fr situation n | J'ai mal au ventre à force de rire : mon père a essayé le skate de mon frère dans l'allée, à 62 ans.
+ en situation n | My stomach hurts from laughing: my dad tried my brother's skateboard on the driveway, at 62.
en situation n | Knot in my stomach going into parents' evening, and the teacher just told me my son helps everyone and makes the class smile.
+ fr situation n | Le ventre noué en allant à la réunion parents-profs, et la maîtresse m'a juste dit que mon fils aide tout le monde et fait sourire la classe.
fr situation n | Mon ventre a gargouillé en plein silence à la bibliothèque, et la dame d'à côté m'a passé un biscuit en pouffant.
+ en situation n | My stomach rumbled in the dead silence of the library, and the lady next to me passed me a biscuit, stifling a giggle.

# reaction: frissons / chair de poule / chills / goosebumps
fr situation n | La chair de poule en sortant de la douche, mais le chat avait fait la sieste sur ma serviette et l'avait toute réchauffée.
+ en situation n | Goosebumps getting out of the shower, but the cat had napped on my towel and warmed it right up.
en situation n | Got the chills waiting in the drizzle at the market, then the fishmonger poured me a coffee from his flask and told me a sardine pun.
+ fr situation n | Des frissons à attendre sous la bruine au marché, puis le poissonnier m'a servi un café de son thermos avec un jeu de mots sur les sardines.
fr situation n | Un frisson de plaisir à la première gorgée de chocolat chaud, et les enfants ont montré du doigt ma moustache de mousse en gloussant.
+ en situation n | A shiver of pleasure at the first sip of hot chocolate, and the kids pointed at my foam moustache, giggling.

# reaction: serrer les poings / clenched fists
fr situation n | Mon neveu de trois ans serre les poings comme un boxeur pour souffler ses bougies, et il en a éteint une sur quatre.
+ en situation n | My three-year-old nephew clenches his fists like a boxer to blow out his candles, and managed one out of four.
en situation n | Clenched my fists to take on the jar of gherkins, and my seven-year-old opened it with one twist. We all cracked up.
+ fr situation n | J'ai serré les poings pour affronter le bocal de cornichons, et ma fille de sept ans l'a ouvert d'un tour de main. Fou rire général.
fr situation n | Le bébé dort les poings serrés au-dessus de la tête, comme s'il venait de gagner le Tour de France. Trop mignon.
+ en situation n | The baby sleeps with his little fists up above his head, like he's just won the Tour de France. Too cute.

# reaction: claquer la porte / slammed the door
fr situation n | Mon fils a claqué la porte en rentrant, juste pour me montrer le ver de terre « géant » trouvé dans le jardin. On l'a appelé Gérard.
+ en situation n | My son slammed the door coming in, just to show me the "giant" earthworm he found in the garden. We named it Gérard.
en situation n | The wind slammed the door, the cat shot a metre into the air, then acted like nothing happened. Still chuckling.
+ fr situation n | Le vent a claqué la porte, le chat a fait un bond d'un mètre puis a fait comme si de rien n'était. J'en ris encore.
fr situation n | J'ai claqué la porte du bureau vendredi à 17 h en lançant « bon week-end ! », et tout l'étage m'a répondu en chœur.
+ en situation n | I banged the office door shut at 5pm on Friday calling "Have a good weekend!", and the whole floor answered in chorus.

# reaction: rougir / blushing
fr situation n | J'ai rougi quand la boulangère m'a dit que j'avais un joli sourire ce matin, du coup je l'ai gardé toute la journée.
+ en situation n | I blushed when the baker told me I had a lovely smile this morning, so I kept it on all day.
en situation n | Blushing like a tomato: my daughter told the whole bakery queue that I make "the best pancakes in the universe".
+ fr situation n | Rouge comme une tomate : ma fille a annoncé à toute la file de la boulangerie que je fais « les meilleures crêpes de l'univers ».
fr situation n | Le facteur a rougi quand mamie l'a embrassé pour le remercier d'avoir monté son colis, ça m'a fait sourire.
+ en situation n | The postman went red when Gran kissed him for carrying her parcel upstairs, it made me smile.

# reaction: silence
fr situation n | Silence total dans la voiture, puis mon fils a lu la blague de son Carambar et on a tous éclaté de rire.
+ en situation n | Dead silence in the car, then my son read out the joke on his sweet wrapper and we all burst out laughing.
en situation n | The office went silent when the intern's phone rang with a duck quacking, then everyone burst out laughing, him included.
+ fr situation n | Silence dans l'open space quand le téléphone du stagiaire a sonné avec un cri de canard, puis tout le monde a éclaté de rire, lui compris.

# reaction: immobile
fr situation n | Immobile sur le banc pour ne pas effrayer le rouge-gorge, et il a fini par picorer les miettes sur ma chaussure. J'ai souri tout l'après-midi.
+ en situation n | I sat perfectly still on the bench so as not to scare the robin, and it ended up pecking crumbs off my shoe. Smiled all afternoon.
en situation n | My son stood frozen like a statue for the whole round of musical statues, then toppled over laughing.
+ fr situation n | Mon fils est resté immobile comme une statue pendant toute la partie de statues musicales, puis il s'est écroulé de rire.
fr situation n | Le chat reste immobile derrière la vitre à claquer des dents devant les pigeons, on dirait qu'il leur fait la conversation. Ça me fait rire à chaque fois.
+ en situation n | The cat sits frozen at the window chattering his teeth at the pigeons, like he's making small talk. Makes me laugh every time.

# reaction: fixer le plafond / staring at the ceiling
fr situation n | Je fixais le plafond, lessivée, quand ma fille est arrivée avec un dessin de nous deux en licornes.
+ en situation n | I was staring at the ceiling, worn out, when my daughter came in with a drawing of the two of us as unicorns.
en situation n | Staring at the ceiling in the dentist's chair, I spotted a poster of a smiling tooth in sunglasses and couldn't stop grinning.
+ fr situation n | Allongée chez le dentiste à fixer le plafond, j'ai repéré une affiche de dent souriante à lunettes de soleil, impossible d'arrêter de sourire.

# reaction: soupirer / sighing
fr situation n | J'ai soupiré devant la montagne de linge, puis j'ai trouvé un billet de dix euros dans une poche de jean.
+ en situation n | I sighed at the mountain of laundry, then found a ten-euro note in a pair of jeans.
en situation n | Sighed at yet another Monday, then saw the caretaker had left a bowl of sweets by the letterboxes with a note saying "chin up!".
+ fr situation n | Un soupir : encore un lundi. Puis j'ai vu que la gardienne avait posé un bol de bonbons près des boîtes aux lettres avec un mot « courage ! ».
fr situation n | Mon mari soupire chaque fois qu'il perd au Mölkky contre ma mère, et elle fait une danse de la victoire à chaque point.
+ en situation n | My husband sighs every time he loses at Mölkky to my mother, and she does a victory dance for every point.

# reaction: sourire / smiling
fr situation n | Une inconnue m'a souri dans le métro en voyant le dinosaure en plastique qui dépassait de mon sac.
+ en situation n | A stranger on the metro smiled at me when she spotted the plastic dinosaur sticking out of my bag.
en situation n | Smiling like an idiot at the post office because the clerk stamped my parcel with a little heart.
+ fr situation n | Je souris comme une idiote à la poste, parce que le guichetier a tamponné mon colis avec un petit cœur.

# reaction: enfin / finally
fr situation n | Enfin du soleil sur le balcon ! J'ai sorti les géraniums et le voisin m'a lancé « ça sent l'été ! ». Mets-moi une lumière de saison.
+ en situation n | Sun on the balcony at last! I put the geraniums out and my neighbour called over, "Smells like summer!" Give me lights to match.
en situation n | Finally found the TV remote: in the fridge, next to the butter. My husband swears it wasn't him.
+ fr situation n | Enfin retrouvé la télécommande : dans le frigo, à côté du beurre. Mon mari jure que ce n'est pas lui.
fr negation n | C'est pas de la panique, mon fils crie juste parce que la tortue a enfin mangé la fraise qu'il lui tendait depuis dix minutes.
+ en negation n | It's not panic, my son's just screaming because the tortoise finally ate the strawberry he'd been holding out for ten minutes.

# reaction: encore / toujours / again / always
fr situation n | Encore une fois, le facteur s'est arrêté pour gratter les oreilles du chien, ils sont vraiment copains maintenant.
+ en situation n | Once again the postman stopped to scratch the dog's ears, they really are mates now.
en situation n | Grandpa told his joke about the goat and the mayor again at lunch, and we laughed again anyway.
+ fr situation n | Papi a encore raconté sa blague de la chèvre et du maire au déjeuner, et on a encore ri quand même.
fr situation n | Ma voisine a toujours un bonbon à la menthe dans la poche pour ma fille, et elle lui fait promettre de ne rien dire.
+ en situation n | My neighbour always has a mint in her pocket for my daughter, and makes her promise not to tell.
en situation n | The lollipop lady always has a new joke for the kids; today's was about a penguin stuck in a lift.
+ fr situation n | La dame qui fait traverser devant l'école a toujours une nouvelle blague pour les enfants ; aujourd'hui, c'était un pingouin coincé dans un ascenseur.

# reaction: jamais / never
fr situation n | Jamais vu un pigeon aussi culotté : il m'a piqué une frite en terrasse et m'a regardé droit dans les yeux. Mort de rire.
+ en situation n | Never seen such a cheeky pigeon: it nicked a chip off my plate at the café and looked me right in the eye. Died laughing.
en situation n | My son never eats vegetables, but he had three helpings of courgette because I called them "dragon fingers".
+ fr situation n | Mon fils ne mange jamais de légumes, mais il a repris trois fois de la courgette parce que je les ai appelées « doigts de dragon ».
fr situation n | Je ne gagne jamais rien, et la tombola de l'école vient de me faire gagner un panier avec un saucisson et trois pots de confiture.
+ en situation n | I never win anything, and the school raffle just landed me a hamper with a sausage and three jars of jam.

# reaction: d'un coup / tout à coup / suddenly
fr situation n | Tout à coup, tout le bus s'est mis à chanter « joyeux anniversaire » à une mamie qui montrait son gâteau au chauffeur.
+ en situation n | Suddenly the whole bus started singing "Happy Birthday" to an old lady who was showing her cake to the driver.
en situation n | Suddenly the power went out at dinner, so we ate by candlelight and the kids told ghost stories in ridiculous voices.
+ fr situation n | D'un coup, coupure de courant en plein dîner : on a mangé aux bougies et les enfants ont raconté des histoires de fantômes avec des voix ridicules.
fr situation n | D'un coup le soleil est sorti pendant le pique-nique, et le chien s'est roulé dans l'herbe les quatre pattes en l'air. Lumière qui colle, s'il te plaît.
+ en situation n | All of a sudden the sun came out during the picnic, and the dog rolled in the grass with all four paws in the air. Lights to match, please.

# reaction: incroyable / fou / dingue / insane / crazy
fr situation n | Incroyable, le boulanger avait encore une baguette à 20 h, et il me l'a offerte parce que c'était la dernière.
+ en situation n | Unbelievable, the baker still had a baguette at 8pm, and he gave it to me for free because it was the last one.
en slang_emoji n | insane how happy a €2 plant from the market makes me, named her Brigitte 🌱😄
+ fr slang_emoji n | c'est fou comme une plante à 2 € du marché me rend heureuse, je l'ai appelée Brigitte 🌱😄
fr situation n | C'est dingue, le chat a appris à ouvrir le placard des croquettes, et il attend devant avec l'air très fier de lui.
+ en situation n | It's crazy, the cat has learnt to open the cupboard with his biscuits and sits in front of it looking very pleased with himself.
fr slang_emoji n | ptn c'est dingue, le voisin m'a déposé des croissants encore chauds sur le paillasson, journée validée 🥐☀️
+ en slang_emoji n | omg this is crazy, my neighbour left still-warm croissants on my doormat, day made 🥐☀️

# reaction: énorme / trop / grave / huge / so much
fr situation n | Énorme fou rire au repas de famille quand mamie a confondu le sel et le sucre dans la vinaigrette.
+ en situation n | Huge fit of giggles at the family lunch when Gran mixed up the salt and the sugar in the salad dressing.
en slang_emoji n | lol my son made me a HUGE cardboard crown for no reason, wearing it to do the dishes 👑😂
+ fr slang_emoji n | mdr mon fils m'a fabriqué une couronne en carton ÉNORME pour rien, je la porte pour faire la vaisselle 👑😂
fr typo n | trop contente, la dame du pressing a recousu mon bouton gratos et ma mis un ptit bonbon dans la poche
+ en typo n | so happy, the dry cleaner lady sewed my button back on for free and put a lil sweet in my pocket
fr typo n | grave content le chauffeur du 38 ma attendu alors que je courrais comme un pingouin mdr
+ en typo n | so chuffed the number 38 driver waited for me while i was running like a penguin lol

# reaction: mort de (rire / fatigue / peur) / dying of
fr situation n | Mort de fatigue après le déménagement de ma sœur, mais on a mangé des pizzas assis sur les cartons en rigolant.
+ en situation n | Dead tired after my sister's move, but we ate pizza sitting on the boxes, laughing away.
en situation n | Dying of laughter: the satnav mangled our village's name so badly the kids have been repeating it all afternoon.
+ fr situation n | Mort de rire : le GPS a tellement massacré le nom de notre village que les enfants le répètent depuis tout l'après-midi.
fr situation n | Ma copine était morte de peur devant l'araignée de la salle de bain, et le chat l'a juste reniflée avant de lui éternuer dessus.
+ en situation n | My girlfriend was scared to death of the spider in the bathroom, and the cat just sniffed it and sneezed on it.
fr mixed n | Un peu crevé par la route, mais les enfants ont fait un concours de grimaces dans le rétro et je ris encore.
+ en mixed n | A bit worn out from the drive, but the kids held a face-pulling contest in the rear-view mirror and I'm still laughing.
"""

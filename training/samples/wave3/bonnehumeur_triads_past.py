"""bonnehumeur: third wave, triads with nostalgie and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Crêpes du dimanche réussies du premier coup, et les enfants se chamaillent gentiment pour la dernière.
+ en situation n | Sunday crêpes came out right first time, and the kids are squabbling sweetly over the last one.
# triad 02
fr situation n | Biscotte m'attendait derrière la porte avec sa laisse dans la gueule, la queue qui tourne comme une hélice.
+ en situation n | Biscotte was waiting behind the door with his lead in his mouth, tail spinning like a propeller.
# triad 03
en situation n | My favourite song came on the radio just as I started the car, and I sang it loud at every red light.
+ fr situation n | Ma chanson préférée est passée à la radio pile quand j'ai démarré, je l'ai chantée à tue-tête à chaque feu rouge.
# triad 04
fr situation n | Dans la nouvelle maison, les cartons sont enfin vidés, le soleil entre dans la cuisine et le café sent bon.
+ en situation n | In the new house the boxes are finally unpacked, sun pours into the kitchen and the coffee smells lovely.
# triad 05
fr situation n | Julie a déposé des tulipes devant ma porte sans raison, avec un petit mot : « pensé à toi ».
+ en situation n | Julie left tulips on my doorstep for no reason, with a little note: "thought of you".
# triad 06
en situation l | My son came skipping out of school with a sticker for his poem and recited it to me on the pavement.
+ fr situation l | Mon fils est sorti de l'école en sautillant, une gommette pour sa poésie, et me l'a récitée sur le trottoir.
# triad 07
fr situation l | Première tomate du potager ce matin, rouge et chaude de soleil ; croquée sur place avec une pincée de sel.
+ en situation l | First tomato from the garden this morning, red and sun-warm; eaten on the spot with a pinch of salt.
# triad 08
fr situation n | Petit foot entre voisins au parc, j'ai marqué un but ridicule du genou et tout le monde était plié de rire.
+ en situation n | Kickabout with the neighbours in the park, I scored a ridiculous goal off my knee and everyone was in stitches.
# triad 09
en situation l | A postcard from my niece in the letterbox, with a drawing of a cat and three adorable spelling mistakes.
+ fr situation l | Une carte postale de ma nièce dans la boîte aux lettres, avec un dessin de chat et trois fautes adorables.
# triad 10
fr situation l | Ma mère a découvert les emojis et m'envoie un tournesol à chaque message ; ça me fait sourire toute la journée.
+ en situation l | My mum has discovered emojis and sends me a sunflower with every message; it keeps me smiling all day.
# triad 11
fr situation l | Train à l'heure, place côté fenêtre, et le contrôleur fait des blagues au micro entre deux gares.
+ en situation l | Train on time, window seat, and the conductor cracking jokes over the tannoy between stations.
# triad 12
en situation l | Bike ride along the canal with the wind at my back, and the bakery at the end was still open.
+ fr situation l | Balade à vélo le long du canal avec le vent dans le dos, et la boulangerie au bout était encore ouverte.
# triad 13
fr situation n | Les collègues ont caché un gâteau au chocolat dans la salle de réunion pour mon anniversaire, avec des bougies toutes tordues.
+ en situation n | My colleagues hid a chocolate cake in the meeting room for my birthday, with wonky candles all over it.
# triad 14
fr situation l | M. Lopez, le voisin du dessus, m'a monté des courgettes de son jardin avec un grand sourire.
+ en situation l | Mr Lopez from upstairs brought me courgettes from his garden with a big grin.
# triad 15
en situation n | First swim of the summer, the water's fresh, the kids are building sandcastles and the doughnut man is coming by.
+ fr situation n | Premier bain de l'été, l'eau est fraîche, les enfants font des châteaux et le marchand de beignets arrive.
# triad 16
fr situation n | Week-end chez mes grands-parents : papi m'a appris une réussite aux cartes et on a ri toute la soirée.
+ en situation n | Weekend at my grandparents': Grandpa taught me a patience game and we laughed all evening.
# triad 17
fr situation l | Grisou s'est installé sur mes genoux en ronronnant pendant que je lisais ; impossible de bouger, tant pis pour le ménage.
+ en situation l | Grisou settled on my lap purring while I read; can't possibly move, so much for the housework.
# triad 18
en situation l | Marc brought croissants for the whole floor, just because the sun was out.
+ fr situation l | Marc a apporté des croissants pour tout l'étage, juste parce qu'il faisait beau.
# triad 19
fr situation n | Au mariage de ma cousine, le DJ a passé du Claude François et même mamie s'est levée pour danser.
+ en situation n | At my cousin's wedding the DJ put on some Claude François and even Gran got up to dance.
# triad 20
fr situation n | Visite à grand-mère à l'hôpital : elle a meilleure mine, on a fait les mots croisés en riant de ses réponses.
+ en situation n | Visited Gran in hospital: she looks much better, and we did the crossword laughing at her answers.
# triad 21
en situation l | Racing game with my daughter: she leans into every bend and rolls off the sofa giggling.
+ fr situation l | Jeu de course avec ma fille : elle se penche dans chaque virage et tombe du canapé en gloussant.
# triad 22
fr situation l | Le libraire m'a glissé un marque-page dessiné à la main et un roman choisi rien que pour moi.
+ en situation l | The bookseller slipped me a hand-drawn bookmark and a novel he'd picked out just for me.
# triad 23
fr situation l | Au marché, la fromagère m'a fait goûter trois comtés en plaisantant et m'a glissé un morceau en plus.
+ en situation l | At the market, the cheese lady had me taste three Comtés, joking away, and slipped me an extra piece.
# triad 24
en situation n | The mechanic fixed my car for nothing, just a tiny part, and waved me off saying it was on the house.
+ fr situation n | Le garagiste a réparé ma voiture pour rien, une toute petite pièce, et m'a dit au revoir d'un « c'est cadeau ».
# triad 25
fr situation n | Il a neigé cette nuit : les enfants ont fait un bonhomme avec une carotte et mon bonnet, je ris encore.
+ en situation n | It snowed overnight: the kids built a snowman with a carrot and my woolly hat, and I'm still laughing.
# triad 26
fr situation n | On a décoré le sapin en musique ; le chat a volé une boule et la maison sent le vin chaud.
+ en situation n | We decorated the tree to music; the cat stole a bauble and the house smells of mulled wine.
# triad 27
en situation l | My daughter snapped us pulling faces; it's so funny it's now my phone wallpaper.
+ fr situation l | Ma fille nous a pris en photo en train de grimacer ; c'est si drôle que j'en ai fait mon fond d'écran.
# triad 28
fr situation l | La vendeuse m'a fait essayer un parfum à la fleur d'oranger, je sens bon toute la journée et ça m'amuse.
+ en situation l | The shop assistant had me try an orange-blossom perfume; I've smelt lovely all day and it tickles me.
# triad 29
fr situation l | Mon fils a construit un château en Kapla sur la table et m'en a fait la visite guidée.
+ en situation l | My son built a Kapla castle on the table and gave me a guided tour.
# triad 30
en situation l | A busker was playing accordion outside the bakery, a little boy started dancing and the whole queue was smiling.
+ fr situation l | Un musicien jouait de l'accordéon devant la boulangerie, un petit garçon s'est mis à danser et toute la file souriait.
# triad 31
fr situation l | À la cafét de la fac, la dame m'a servi double frites : « t'as une tête à avoir faim ».
+ en situation l | In the uni canteen the lady gave me double chips: "you look like you're starving".
# triad 32
fr situation l | Papi a appris les appels vidéo et m'appelle tous les matins en me montrant d'abord son plafond.
+ en situation l | Grandpa has learnt video calls and rings me every morning, showing me his ceiling first.
# triad 33
en situation l | The yellow baby-grow I knitted for my niece fits her perfectly, and she wriggles about in it like a duckling.
+ fr situation l | La grenouillère jaune que j'ai tricotée pour ma nièce lui va parfaitement, elle gigote dedans comme un caneton.
# triad 34
fr situation l | Au petit café de la place, le patron m'a dessiné un cœur dans la mousse sans que je demande rien.
+ en situation l | At the little café on the square, the owner drew a heart in my froth without me asking.
# triad 35
fr situation l | Le cerisier croule sous les fruits, et les enfants se font des boucles d'oreilles avec les cerises en riant.
+ en situation l | The cherry tree is weighed down with fruit, and the kids are giggling as they make earrings out of the cherries.
# triad 36
en situation l | Found a twenty-euro note in my winter coat pocket, so I'm treating myself to a cake on the way home.
+ fr situation l | Trouvé un billet de vingt euros dans la poche de mon manteau d'hiver, je m'offre une pâtisserie en rentrant.
# triad 37
fr situation l | À la préfecture, mon dossier est passé en dix minutes et l'agent m'a souhaité une belle journée avec un clin d'œil.
+ en situation l | At the prefecture my paperwork went through in ten minutes and the clerk wished me a nice day with a wink.
# triad 38
fr situation l | Ma vieille prof de piano a commenté ma vidéo avec trois cœurs et « toujours aussi doué » ; ça m'a fait sourire.
+ en situation l | My old piano teacher left three hearts and "as gifted as ever" under my video; it made me smile.
# triad 39
en situation l | My team won on Sunday, and my neighbour who supports the other side brought round beers, laughing.
+ fr situation l | Mon équipe a gagné dimanche, et le voisin qui supporte l'adversaire m'a apporté des bières en riant.
# triad 40
fr situation l | Ma soupe au pistou a fait un tabac : les enfants en redemandent, et le basilic vient du balcon.
+ en situation l | My pistou soup was a hit: the kids want more, and the basil came off the balcony.
# triad 41
en situation l | Claire left a love note on the bathroom mirror: "your coffee's ready, handsome".
+ fr situation l | Claire m'a laissé un mot doux sur le miroir de la salle de bain : « ton café est prêt, beau gosse ».
# triad 42
fr situation l | Les cloches sonnent, il fait grand soleil, et mon filleul court partout sur le parvis en riant aux éclats.
+ en situation l | The bells are ringing, the sun is out, and my godson is running all over the church square, laughing his head off.
# triad 43
fr situation l | Pour l'Aïd, les voisins ont sonné avec une assiette de makrouts encore tièdes et des grands sourires.
+ en situation l | For Eid the neighbours rang the bell with a plate of still-warm makrouts and big smiles.
# triad 44
en situation l | My daughter crept into our bed at seven to tell me her dream about a unicorn that runs a bakery.
+ fr situation l | Ma fille s'est glissée dans notre lit à sept heures pour me raconter son rêve de licorne qui tient une boulangerie.
# triad 45
fr situation l | Le patron de l'épicerie portugaise m'a appris à dire « bom dia » et me le fait répéter en riant à chaque fois.
+ en situation l | The owner of the Portuguese grocery taught me to say "bom dia" and makes me repeat it, laughing, every time.
# triad 46
en situation l | Fixed the wobbly chair myself; it doesn't creak anymore and I'm grinning like a kid.
+ fr situation l | J'ai réparé la chaise bancale toute seule ; elle ne grince plus et je souris comme une gamine.
# triad 47
fr situation l | J'ai fini mon premier bonnet, un peu de travers, et mon fils le porte partout en faisant le clown.
+ en situation l | I finished my first beanie, a bit lopsided, and my son wears it everywhere, clowning about.
# triad 48
fr situation l | En visite bénévole, Mme Dubois m'a appris un tour de cartes et a bien rigolé de ma tête ébahie.
+ en situation l | On my volunteer visit, Mrs Dubois taught me a card trick and had a good laugh at my baffled face.
# triad 49
en situation l | At the petting farm my daughter bottle-fed a calf; it licked her arm and she got the giggles.
+ fr situation l | À la ferme pédagogique, ma fille a nourri un veau au biberon ; il lui a léché le bras, fou rire.
# triad 50
fr situation l | Au cinéma, un enfant derrière moi riait si fort que toute la salle a fini par rire avec lui.
+ en situation l | At the cinema a child behind me laughed so hard that the whole audience ended up laughing along.
# triad 51
fr situation l | Mon fils m'a fait découvrir son dessin animé préféré ; on a ri sous le plaid avec un bol de pop-corn.
+ en situation l | My son introduced me to his favourite cartoon; we laughed under the throw with a bowl of popcorn.
# triad 52
en situation l | The night before my exam, Mum slipped a silly note and a square of chocolate into my pencil case.
+ fr situation l | La veille de mon examen, maman a glissé un petit mot rigolo et un carré de chocolat dans ma trousse.
# triad 53
fr situation l | Au judo des petits, mon fils a raté sa roulade et a salué tout le monde très sérieusement quand même.
+ en situation l | At the toddlers' judo class my son botched his forward roll and still bowed to everyone very solemnly.
# triad 54
en situation l | Sudden downpour: we sheltered under the bandstand with strangers and everyone burst out laughing.
+ fr situation l | Averse soudaine : on s'est abrités sous le kiosque avec des inconnus et tout le monde a éclaté de rire.
# triad 55
fr situation l | Noisette, le hamster de ma fille, fait la course dans sa roue puis s'arrête net, tout ébouriffé.
+ en situation l | Noisette, my daughter's hamster, races round his wheel then stops dead, all ruffled.
# triad 56
fr situation l | Au poney-club, Pompon a chipé la casquette du moniteur et les enfants étaient pliés de rire.
+ en situation l | At the pony club Pompon nicked the instructor's cap and the kids were doubled up laughing.
# triad 57
en situation l | My boyfriend made me heart-shaped pancakes for breakfast, a bit wonky and utterly adorable.
+ fr situation l | Mon copain m'a préparé des pancakes en forme de cœur au petit-déjeuner, un peu ratés et trop mignons.
# triad 58
fr situation l | Partie de Trivial Pursuit avec mon frère : il a confondu Mozart et Mozzarella, on a ri aux larmes.
+ en situation l | Game of Trivial Pursuit with my brother: he mixed up Mozart and mozzarella and we laughed till we cried.
# triad 59
en situation l | My nephew fixed my old computer in ten minutes and set a wallpaper of kittens in hats.
+ fr situation l | Mon neveu a réparé mon vieil ordinateur en dix minutes et m'a mis un fond d'écran de chatons à chapeau.
# triad 60
fr situation l | Dénichée à la friperie : une veste en jean à cinq euros qui me va pile, et la vendeuse a applaudi.
+ en situation l | Unearthed at the charity shop: a five-euro denim jacket that fits perfectly, and the assistant clapped.
# triad 61
fr situation l | Mon fils m'envoie la photo de son premier studio, avec ma plante bien en vue sur le rebord.
+ en situation l | My son sent a photo of his first studio flat, with my plant proudly on the windowsill.
# triad 62
en situation l | The local news showed our baker winning the best galette contest, and the whole street is talking about it.
+ fr situation l | Au journal régional, on a vu notre boulangère gagner le concours de la meilleure galette, toute la rue en parle.
# triad 63
fr situation l | Au télescope, ma fille a trouvé Cassiopée toute seule et a crié « un W ! » en sautillant.
+ en situation l | At the telescope my daughter found Cassiopeia on her own and shouted "a W!", bouncing up and down.
# triad 64
fr situation l | Mes roses trémières dépassent la clôture, et la voisine me demande mon secret en rigolant.
+ en situation l | My hollyhocks are taller than the fence, and the neighbour laughingly asks me for my secret.
# triad 65
en situation l | Little sail with friends: sunshine, tuna sandwiches, and my mate fell in the water, laughing his head off.
+ fr situation l | Petite sortie en voilier entre copains : soleil, sandwichs au thon, et mon pote est tombé à l'eau en rigolant.
# triad 66
fr situation l | Premier cours de ski de ma fille : elle a chanté tout le long du téléski et salué chaque sapin.
+ en situation l | My daughter's first ski lesson: she sang the whole way up the drag lift and waved at every fir tree.
# triad 67
fr situation l | À la cantine, le chef a fait des frites maison et servait avec une toque rigolote en forme de poulet.
+ en situation l | In the canteen the chef made homemade chips and served them wearing a silly chicken-shaped hat.
# triad 68
en situation l | Mum rang just to tell me her cat opened the fridge by itself, and we laughed for ten minutes.
+ fr situation l | Maman m'a appelé juste pour me raconter que son chat a ouvert le frigo tout seul, on a ri dix minutes.
# triad 69
fr situation l | Mon fils m'a dessinée en superhéroïne avec une cape et une tasse de café, c'est affiché sur le frigo.
+ en situation l | My son drew me as a superhero with a cape and a cup of coffee, and it's up on the fridge.
# triad 70
fr situation l | À la pêche aux canards, ma fille a gagné un poisson rouge et l'a baptisé Frite.
+ en situation l | At the hook-a-duck stall my daughter won a goldfish and named it Chip.
# triad 71
en situation l | The chemist gave my son a lollipop for his grazed knee, and he forgot all about the pain.
+ fr situation l | Le pharmacien a donné une sucette à mon fils pour son genou écorché, et il a complètement oublié qu'il avait mal.
# triad 72
fr situation l | Dîner improvisé chez les voisins : chacun a apporté un plat et on a fini par chanter autour de la guitare.
+ en situation l | Impromptu dinner at the neighbours': everyone brought a dish and we ended up singing round the guitar.
# triad 73
en situation l | The watch I thought I'd lost was in my jeans pocket, with a sweet thrown in.
+ fr situation l | La montre que je croyais perdue était dans la poche de mon jean, avec un bonbon en prime.
# triad 74
fr situation l | Le linge a séché en une heure, ça sent la lessive, et les enfants jouent à cache-cache entre les draps.
+ en situation l | The washing dried in an hour, it smells of clean laundry, and the kids are playing hide-and-seek between the sheets.
# triad 75
fr slang_emoji l | Yanis a ramené des chouquettes au taf sans raison 😄 la journée démarre trop bien
+ en slang_emoji l | Yanis brought choux buns into work for no reason 😄 day's off to a great start
# triad 76
fr slang_emoji l | trop bien jsuis tombé sur le dernier croissant aux amandes 🥐😄 merci la boulangère
+ en slang_emoji l | yesss got the last almond croissant 🥐😄 thank you bakery lady
# triad 77
en typo l | my sister sent me a pic of her dog wearing my old sunglases haha made my day
+ fr typo l | ma soeur ma envoyé une photo de son chien avec mes vieilles lunettes de soleil mdr ca ma fait ma journee
# triad 78
fr typo l | maman ma envoyé une video de son chien qui hurle avec la radio, trop drole jen pleure de rire
+ en typo l | mum sent me a video of her dog howling along to the radio, so funny im crying laughing
# triad 79
fr mixed l | Un peu crevé par la semaine, mais surtout le sourire : les enfants ont fait une cabane avec tous les coussins.
+ en mixed l | A bit worn out from the week, but mostly smiling: the kids built a den out of every cushion.
# triad 80
en situation l | On the park bench an old lady offered me a violet sweet and we chatted for ten minutes.
+ fr situation l | Sur le banc du parc, une vieille dame m'a offert un bonbon à la violette et on a papoté dix minutes.
# triad 81
fr situation l | Le chauffeur du bus a attendu que je coure jusqu'à l'arrêt et m'a fait un grand signe en riant.
+ en situation l | The bus driver waited while I ran to the stop and gave me a big wave, laughing.
# triad 82
en situation l | My apricot jam set first time, and the neighbour has already popped round to taste a spoonful.
+ fr situation l | Ma confiture d'abricots a pris du premier coup, et le voisin est déjà passé en goûter une cuillère.
# triad 83
fr situation l | À la piscine, un papi faisait la planche en chantonnant et m'a salué d'un grand geste tout mouillé.
+ en situation l | At the pool an old man was floating on his back humming, and gave me a big soggy wave.
"""

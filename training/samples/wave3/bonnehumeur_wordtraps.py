"""bonnehumeur: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from curiosite (pourquoi, découvrir, mystère, musée, question, expérience, documentaire, comprendre)
fr situation n | Ma fille m'a demandé pourquoi le ciel est bleu, puis elle a répondu toute seule : parce qu'il est content.
+ en situation n | My daughter asked me why the sky is blue, then answered herself: because it's happy.
fr situation n | On a découvert une boulangerie au coin de la rue, la vendeuse a glissé un chausson aux pommes en plus dans le sac.
+ en situation n | We found a bakery round the corner, and the lady slipped an extra apple turnover into the bag.
fr situation n | Le mystère des chaussettes disparues est résolu : le chien les range toutes dans son panier, en pile.
+ en situation n | The mystery of the missing socks is solved: the dog keeps them all in his basket, in a neat little pile.
fr situation n | Au musée, le gardien nous a raconté une blague sur la Joconde et on a gloussé jusqu'à la sortie.
+ en situation n | At the museum the guard told us a joke about the Mona Lisa and we giggled all the way to the exit.
fr situation n | Mon voisin m'a posé une question sur mes tomates et on a fini par partager un café sur le palier.
+ en situation n | My neighbour asked me something about my tomatoes and we ended up sharing a coffee on the landing.
fr situation n | Expérience du dimanche : des crêpes en forme de cœur, toutes ratées mais délicieuses, les enfants en redemandent.
+ en situation n | Sunday experiment: heart-shaped pancakes, every one a failure but delicious, and the kids keep asking for more.
fr situation n | Le documentaire sur les loutres, c'était surtout une excuse pour rire devant leurs petites mains qui se tiennent.
+ en situation n | The otter documentary was mostly an excuse to laugh at their little hands holding each other.
fr typo n | jcomprend tjr pas comment le chat est monté sur le frigo mais il a lair tellement fier de lui mdr
+ en typo n | still dont get how the cat got on top of the fridge but he looks so pleased with himself lol

# trap words from detente (canapé, plage, dimanche, sieste, bain, yoga, calme, vacances)
fr situation n | J'ai trouvé le chien assis sur le canapé comme une personne, la télécommande sous la patte, j'ai éclaté de rire.
+ en situation n | Found the dog sitting on the sofa like a person with the remote under his paw, and I burst out laughing.
fr situation n | À la plage, mon neveu a planté une frite en guise de drapeau sur son château de sable.
+ en situation n | At the beach my nephew stuck a chip on top of his sandcastle as a flag.
fr situation n | Dimanche matin, mon mari chante faux sous la douche et les enfants font les chœurs depuis la cuisine.
+ en situation n | Sunday morning, my husband's singing off-key in the shower and the kids are doing backing vocals from the kitchen.
fr situation n | Sieste ratée : ma fille est venue me chatouiller les pieds en chantant, impossible de garder mon sérieux.
+ en situation n | Nap ruined: my daughter came and tickled my feet while singing, and I couldn't keep a straight face.
fr situation n | Dans son bain, le bébé s'est fait une barbe de mousse et se trouve très drôle devant le miroir.
+ en situation n | In the bath the baby gave himself a bubble beard and finds himself hilarious in the mirror.
fr situation n | Le cours de yoga a fini en fou rire quand le prof lui-même est tombé pendant la posture de l'arbre.
+ en situation n | Yoga class ended in fits of giggles when the teacher himself toppled over in tree pose.
fr situation n | Calme plat au bureau ce matin, alors on a fait un concours de dessins de chats sur le tableau blanc.
+ en situation n | Dead quiet at the office this morning, so we held a cat-drawing contest on the whiteboard.
fr situation n | Ma collègue part en vacances demain, elle a laissé un post-it souriant sur chacun de nos écrans.
+ en situation n | My coworker goes on holiday tomorrow and left a smiley post-it on every one of our screens.

# trap words from euphorie (fête, danser, crier, concert, soirée, bouchon, fou, bougies)
fr situation n | Mon grand-père a esquissé trois pas de danse dans la cuisine en entendant sa chanson à la radio.
+ en situation n | My grandad did a little three-step dance in the kitchen when his song came on the radio.
fr situation n | La petite a crié « coucou ! » à tous les chiens du parc, et chaque maître lui a répondu.
+ en situation n | The little one shouted "hiya!" to every dog in the park, and every owner waved back.
fr situation n | Petite fête au bureau pour les 60 ans de Josiane : un gâteau au yaourt et des bougies qui refusent de s'éteindre.
+ en situation n | Little do at work for Josiane's 60th: a yoghurt cake and trick candles that refuse to go out.
fr situation n | Le chien fait le fou dans les feuilles mortes et ressort avec une feuille collée sur l'oreille.
+ en situation n | The dog is going nuts in the dead leaves and comes out with one stuck to his ear.
fr slang_emoji n | soirée crêpes avec les colocs, on a fait sauter la dernière jusqu'au plafond et elle y est restée lol 😄🥞
+ en slang_emoji n | pancake night with the flatmates, we flipped the last one right up to the ceiling and it stuck there lol 😄🥞
fr situation n | Au concert de l'école, ma fille faisait coucou au premier rang au lieu de chanter.
+ en situation n | At the school concert my daughter spent the whole song waving from the front row instead of singing.
fr situation n | Le bouchon du cidre a sauté au pique-nique et a atterri pile dans le chapeau de tonton Marcel.
+ en situation n | The cider cork popped at the picnic and landed right in Uncle Marcel's hat.
fr situation n | Mon voisin fête ses 80 ans et m'a monté une part de gâteau avec une bougie plantée dessus, rien que pour moi.
+ en situation n | My neighbour's turning 80 and brought me up a slice of cake with its own candle stuck in it, just for me.

# trap words from reverie (rêver, nuages, étoiles, lune, imaginer, astronaute, ballon)
fr situation n | J'ai rêvé que mon chat remplissait ma déclaration d'impôts, je me suis réveillée en riant.
+ en situation n | I dreamt my cat was filling in my tax return and woke up laughing.
fr situation n | Mon fils dit que les nuages sont des moutons qui ont fait une fugue, il me le répète à chaque balade.
+ en situation n | My son says clouds are sheep that ran away from home, and he tells me so on every walk.
fr situation n | Les enfants ont collé des étoiles phosphorescentes au plafond et m'ont fait la visite avec une lampe de poche.
+ en situation n | The kids stuck glow-in-the-dark stars on the ceiling and gave me a guided tour with a torch.
fr situation n | Ma voisine a imaginé un prénom pour chaque pigeon de la cour, elle me les présente en étendant son linge.
+ en situation n | My neighbour has made up a name for every pigeon in the courtyard and introduces them while she hangs out her washing.
fr situation n | Ma fille a voulu faire un bisou à la lune par la fenêtre avant d'aller au lit, et elle lui a dit « à demain ».
+ en situation n | My daughter wanted to blow the moon a kiss through the window before bed, and told it "see you tomorrow".
fr situation n | Le petit a décidé qu'il serait astronaute et boulanger, pour faire des croissants en forme de fusée.
+ en situation n | The little one has decided he'll be an astronaut and a baker, so he can make rocket-shaped croissants.
fr situation n | Un vendeur du marché a offert un ballon à ma fille, elle l'a baptisé Gaston et le promène partout.
+ en situation n | A market trader gave my daughter a balloon; she's named it Gaston and takes it everywhere.
fr situation n | Mon coloc, toujours dans la lune, a sucré ses pâtes au lieu de les saler, et il les a mangées en grimaçant devant nous.
+ en situation n | My flatmate, head in the clouds as usual, sugared his pasta instead of salting it and ate it pulling faces in front of us.

# trap words from victoire (gagner, médaille, trophée, premier, score, champion, réussir, centième)
fr situation n | J'ai gagné un sachet de bonbons à la tombola de l'école, les enfants se sont servis avant moi.
+ en situation n | Won a bag of sweets in the school raffle, and the kids helped themselves before I could.
fr situation n | Mon fils m'a fabriqué une médaille en carton « meilleure maman du mardi », je la porte sur mon pull.
+ en situation n | My son made me a cardboard medal, "best mum of Tuesday", and I'm wearing it on my jumper.
fr situation n | Le trophée du pull de Noël le plus moche est revenu au comptable, qui l'a posé sur son écran en rigolant.
+ en situation n | The ugliest Christmas jumper trophy went to the accountant, who stuck it on his monitor, chuckling.
fr situation n | Premier café en terrasse de l'année, et le serveur se souvenait encore de ma commande.
+ en situation n | First coffee outside at a café this year, and the waiter still remembered my order.
fr situation n | Score de la partie de belote avec mamie : 12 à 0 pour elle, et elle triche en riant sous cape.
+ en situation n | Card game score against Gran: 12 to nil to her, and she's cheating with a cheeky grin.
fr situation n | Mon neveu a réussi à siffler pour la première fois et il siffle depuis ce matin dans toute la maison.
+ en situation n | My nephew managed to whistle for the first time and he's been whistling all over the house since this morning.
fr situation n | Champion des grimaces : le bébé qui goûte son premier quartier de citron et en redemande.
+ en situation n | Grimace champion: the baby tasting his first lemon wedge and holding out his hand for more.
fr situation n | La caissière m'a annoncé que j'étais le centième client du jour et m'a donné un sucre d'orge, juste pour rire.
+ en situation n | The cashier told me I was her hundredth customer of the day and gave me a candy cane, just for fun.

# trap words from colere (râler, énervé, crier, injuste, raté, cassé, bouchons, en retard)
fr situation n | Dans les bouchons, le chauffeur du camion d'à côté faisait des grimaces à ma fille, elle était ravie.
+ en situation n | Stuck in traffic, the lorry driver next to us was pulling faces at my daughter and she loved it.
fr situation n | Le voisin qui râle toujours m'a souri ce matin et m'a tenu la porte de l'immeuble.
+ en situation n | The neighbour who always grumbles smiled at me this morning and held the building door for me.
fr situation n | Mon train avait du retard, du coup j'ai croisé mon ancienne prof de piano et on a papoté sur le quai.
+ en situation n | My train was late, so I bumped into my old piano teacher and we had a good natter on the platform.
fr situation n | Le gâteau est complètement raté, il s'est effondré, alors on l'a mangé à la cuillère, directement dans le moule.
+ en situation n | The cake was a total flop and caved in, so we ate it with spoons straight out of the tin.
fr situation n | Ma fille a crié « c'est injuste ! » parce que le chat a eu un câlin avant elle, on a tous rigolé.
+ en situation n | My daughter yelled "that's not fair!" because the cat got a cuddle before her, and we all cracked up.
fr situation n | J'ai cassé un œuf par terre et le chien l'avait déjà nettoyé avant que j'attrape l'éponge.
+ en situation n | I dropped an egg on the floor and the dog had cleaned it up before I could grab the sponge.
fr situation n | Papa fait semblant d'être énervé chaque fois qu'il pioche au Uno, mais il rigole dans sa moustache.
+ en situation n | Dad pretends to be furious every time he has to draw at Uno, but he's chuckling into his moustache.
fr slang_emoji n | grosse colère du petit parce que son doudou avait pas de chapeau, on lui en a plié un en papier, crise finie 😂
+ en slang_emoji n | the little one threw a strop cos his teddy had no hat, we folded him a paper one and tantrum over 😂

# trap words from inquietude (médecin, souci, rendez-vous, stress, inquiète, résultats, nuit)
fr situation n | Avant le vaccin, le médecin a posé son stéthoscope sur le nounours de mon fils et lui a dit qu'il était en pleine forme.
+ en situation n | Before the jab, the doctor put his stethoscope on my son's teddy and told him it was in tip-top shape.
fr situation n | « Pas de souci », m'a dit le garagiste, et il m'a lavé le pare-brise en prime en sifflotant.
+ en situation n | "No worries," said the mechanic, and he cleaned my windscreen for free, whistling away.
fr situation n | Rendez-vous chez le dentiste, et la secrétaire m'a offert un bonbon sans sucre avec un clin d'œil.
+ en situation n | Dentist appointment, and the receptionist handed me a sugar-free sweet with a wink.
fr situation n | Stress du lundi oublié : un collègue a mis une plante avec des yeux en plastique sur chaque bureau.
+ en situation n | Monday stress forgotten: a coworker put a little plant with googly eyes on every desk.
fr situation n | Mamie m'a appelée, toute inquiète que je n'aie pas répondu, elle voulait juste me dicter sa recette de clafoutis. On a ri au téléphone une demi-heure.
+ en situation n | Gran rang, all worried I hadn't answered, and she only wanted to dictate her clafoutis recipe. We laughed on the phone for half an hour.
fr situation n | Résultats du concours de tartes du quartier : tout le monde a eu un ruban, même la tarte brûlée de monsieur Paul.
+ en situation n | Results of the street's pie contest: everyone got a ribbon, even Mr Paul's burnt tart.
fr situation n | À six heures, le petit s'est glissé dans notre lit pour nous raconter son rêve de dinosaures qui mangent des frites.
+ en situation n | At six in the morning the little one crept into our bed to tell us his dream about dinosaurs eating chips.
fr mixed n | Un peu stressée par la semaine, mais le fleuriste m'a offert une branche de mimosa et je souris depuis ce matin.
+ en mixed n | A bit stressed about the week, but the florist gave me a sprig of mimosa and I've been smiling since this morning.

# trap words from nostalgie (grand-mère, vieux, vinyle, souvenir, photo, école, recette de mamie, anciens)
fr situation n | Ma grand-mère m'a envoyé son tout premier texto : trois émojis de chat et « bisou mamie ».
+ en situation n | My grandma sent me her very first text: three cat emojis and "kisses, Gran".
fr situation n | Le vieux voisin m'a montré ses nœuds de pêche et m'a donné un bocal de cornichons maison.
+ en situation n | The old chap next door showed me his fishing knots and gave me a jar of homemade gherkins.
fr situation n | Un vinyle à un euro trouvé à la brocante, on l'a mis tout de suite et le chien remue la queue sur le refrain.
+ en situation n | Found a one-euro record at the car boot sale, put it straight on, and the dog wags his tail at the chorus.
fr situation n | Photo de famille ratée : tout le monde cligne des yeux sauf le chien, elle est déjà sur le frigo.
+ en situation n | Botched family photo: everyone's blinking except the dog, and it's already on the fridge.
fr situation n | Mon fils est rentré de l'école avec un dessin de moi en superhéroïne, avec une cape en papier alu.
+ en situation n | My son came home from school with a drawing of me as a superhero, with a tinfoil cape.
fr situation n | Souvenir rapporté par mon collègue : un aimant de frigo en forme de fromage qui fait meuh.
+ en situation n | My coworker brought me a souvenir: a cheese-shaped fridge magnet that moos.
fr situation n | On a testé la recette de tarte de mamie avec les enfants, il y a de la farine jusque sur le chat.
+ en situation n | We tried Gran's tart recipe with the kids, and there's flour all the way up to the cat.
fr situation n | Les anciens du club de pétanque m'ont présenté leurs surnoms : il y a un Zizou et un Titi de 85 ans.
+ en situation n | The old boys at the pétanque club told me their nicknames: there's a Zizou and an 85-year-old Titi.

# trap words from panique (alarme, au secours, urgence, pompiers, détecteur de fumée, sirène, hurler)
fr situation n | L'alarme du four sonne, les cookies sont prêts et tout l'appart sent le chocolat. Mets un truc qui va avec.
+ en situation n | The oven timer's going off, the cookies are done and the whole flat smells of chocolate. Put on something to match.
fr situation n | Mon fils a hurlé « au secours ! » : le chat lui léchait les orteils sous la couverture.
+ en situation n | My son screamed "help!": the cat was licking his toes under the blanket.
fr situation n | Urgence au bureau : il reste une seule part de tarte au citron pour trois, on l'a coupée au millimètre.
+ en situation n | Office emergency: one slice of lemon tart left for three of us, so we cut it to the millimetre.
fr situation n | Les pompiers sont passés vendre leurs calendriers et ont fait retentir le klaxon pour ma fille.
+ en situation n | The firefighters came round selling their calendars and honked the horn for my daughter.
fr situation n | Le détecteur de fumée a sonné pour trois toasts grillés, le voisin est venu voir et il est reparti avec un toast.
+ en situation n | The smoke alarm went off over three bits of toast; the neighbour popped round to check and left with a slice.
fr situation n | La sirène de midi a retenti et le chien du voisin s'est mis à chanter avec elle, toute la rue rigolait.
+ en situation n | The noon siren went off and the neighbour's dog started singing along, the whole street was laughing.
fr typo n | jai cru a une urgence qd ma soeur a appelé a 7h, en fait elle voulait juste me montrer son chiot en visio, trop mimi
+ en typo n | thought it was an emergency when my sis called at 7am, turns out she just wanted to show me her puppy on video, sooo cute
fr negation n | Pas de panique dans la cuisine, juste ma fille qui a mis du ketchup sur ses fraises et qui trouve ça délicieux.
+ en negation n | No panic in the kitchen, just my daughter putting ketchup on her strawberries and deciding it's delicious.

# trap words from suspense (colis, enveloppe, verdict, secret, suspense, tirage au sort, attendre)
fr situation n | Le colis est arrivé : des chaussettes à motif tacos, exactement ce qu'il manquait à ma vie.
+ en situation n | The parcel came: taco-print socks, exactly what my life was missing.
fr situation n | Suspense insoutenable : ma fille m'a fait deviner pendant dix minutes la couleur de sa nouvelle barrette.
+ en situation n | Unbearable suspense: my daughter made me guess the colour of her new hair clip for ten minutes.
fr situation n | Le verdict du petit sur ma soupe : « elle est bonne même avec les trucs verts dedans ».
+ en situation n | The little one's verdict on my soup: "it's good even with the green bits in".
fr situation n | Une enveloppe dans la boîte aux lettres : une carte de ma nièce pleine de paillettes qui en mettent partout.
+ en situation n | An envelope in the letterbox: a card from my niece, so full of glitter it's gone everywhere.
fr situation n | Mon fils avait un secret : il sait faire ses lacets tout seul, et il me le montre à chaque paire de chaussures.
+ en situation n | My son had a secret: he can tie his laces all by himself, and he shows me on every pair of shoes.
fr situation n | Tirage au sort pour la vaisselle : c'est papa, et il l'a faite en chantant de l'opéra avec la brosse en micro.
+ en situation n | We drew lots for the washing-up: Dad lost, and he did it singing opera into the brush like a microphone.
fr situation n | J'attendais le plombier en traînant des pieds, il est arrivé en sifflotant avec un sachet de clémentines pour les enfants.
+ en situation n | I was waiting for the plumber without much enthusiasm, and he turned up whistling with a bag of clementines for the kids.
fr situation n | Le petit tenait sa surprise cachée derrière son dos depuis une heure : un caillou peint en coccinelle, pour moi.
+ en situation n | The little one had been hiding his surprise behind his back for an hour: a pebble painted like a ladybird, for me.

# trap words from tristesse (pluie, pleurer, larmes, gris, seul, perdu, adieu, mort)
fr situation n | Il pleut des cordes, et les enfants sautent dans toutes les flaques avec leurs bottes jaunes.
+ en situation n | It's pouring down, and the kids are jumping in every puddle in their yellow wellies.
fr situation n | J'ai pleuré de rire devant la vidéo du bébé qui éternue et fait sursauter le chat.
+ en situation n | I cried laughing at the video of the baby sneezing and making the cat jump.
fr situation n | Ciel gris, mais la fleuriste m'a offert une tulipe jaune parce qu'elle aimait mon bonnet. Lumière assortie, s'il te plaît.
+ en situation n | Grey sky, but the florist gave me a yellow tulip because she liked my hat. Matching lights, please.
fr situation n | J'ai perdu au Uno contre mon fils de six ans, et il a fait un tour d'honneur autour de la table.
+ en situation n | I lost at Uno to my six-year-old, and he did a lap of honour round the table.
fr situation n | Seul au bureau ce matin, jusqu'à ce que la stagiaire débarque avec une boîte de beignets.
+ en situation n | Alone in the office this morning, until the intern turned up with a box of doughnuts.
fr situation n | Les oignons m'ont fait pleurer, et ma fille m'a apporté un mouchoir avec un câlin en prime.
+ en situation n | The onions made me cry, and my daughter brought me a tissue with a hug thrown in.
fr situation n | Le poisson rouge qu'on croyait mort faisait juste la planche, il nage de plus belle et les enfants l'applaudissent.
+ en situation n | The goldfish we thought was dead was only floating on his back, he's swimming again and the kids are cheering him.
fr situation n | Adieu les cheveux longs : coupe courte ce matin, et trois inconnus m'ont complimentée dans la rue.
+ en situation n | Goodbye long hair: got a short cut this morning and three strangers complimented me in the street.
"""

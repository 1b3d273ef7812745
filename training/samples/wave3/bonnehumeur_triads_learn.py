"""bonnehumeur: third wave, triads with curiosite and victoire (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Au club de go, le vieux Takeshi apporte des biscuits au sésame et commente chaque coup avec des proverbes qui nous font rire.
+ en situation n | At the Go club, old Takeshi brings sesame biscuits and comments on every move with proverbs that crack us up.
# triad 02
en situation n | At Korean class the teacher hands out little honey cakes and makes us sing the alphabet song, everyone's grinning. Something sunny, please.
+ fr situation n | Au cours de coréen, la prof distribue des petits gâteaux au miel et nous fait chanter la chanson de l'alphabet, tout le monde sourit. Quelque chose d'ensoleillé, s'il te plaît.
# triad 03
fr situation n | Ma fille a adopté la petite pieuvre au crochet qui me servait d'essai, et elle la fait danser sur la table du petit-déj.
+ en situation n | My daughter has adopted the little practice octopus I crocheted, and she makes it dance on the breakfast table.
# triad 04
fr situation n | Au parc, un papi m'a emprunté ma corde à sauter et a fait trois sauts en chantant une comptine, on a ri tous les deux.
+ en situation n | At the park, a grandpa borrowed my skipping rope and did three jumps singing a nursery rhyme, and we both laughed.
# triad 05
en situation n | Fresh pasta day with Nonna: flour up to the ceiling, and the kids are giving themselves tagliatelle moustaches. Put on something cheerful.
+ fr situation n | Pâtes fraîches avec nonna : de la farine jusqu'au plafond, et les enfants se font des moustaches en tagliatelles. Mets-moi quelque chose de gai.
# triad 06
fr situation n | Ma collègue sourde m'a appris le signe pour « café », et chaque matin on se le signe d'un bout à l'autre de l'open space en riant.
+ en situation n | My deaf colleague taught me the sign for coffee, and every morning we sign it across the open-plan office, laughing.
# triad 07
en situation n | I tried juggling three clementines in the kitchen, the dog caught one mid-air, and we all burst out laughing. Put on something bouncy.
+ fr situation n | J'ai essayé de jongler avec trois clémentines dans la cuisine, le chien en a attrapé une au vol, et on a tous éclaté de rire. Mets quelque chose de pétillant.
# triad 08
fr situation n | Dans le métro, une petite fille m'a regardée rater mon kendama et m'a donné des conseils très sérieux, trop mignon.
+ en situation n | On the metro, a little girl watched me miss with my kendama and gave me very serious advice, so cute.
# triad 09
fr situation n | Linogravure sur la table de la cuisine : mon fils a tamponné sa main pleine d'encre bleue sur toutes mes feuilles, et il rigole aux éclats.
+ en situation n | Lino printing on the kitchen table: my son stamped his blue-inked hand on all my sheets, and he's giggling his head off.
# triad 10
en situation n | At the first aid course, the trainer had us doing chest compressions to Stayin' Alive, and the whole room was humming along.
+ fr situation n | Au cours de secourisme, le formateur nous a fait masser le mannequin sur « Stayin' Alive », et toute la salle fredonnait.
# triad 11
fr situation n | Toute la cage d'escalier sent le café que je torréfie, et la voisine a frappé en riant pour réclamer une tasse.
+ en situation n | The whole stairwell smells of the coffee I'm roasting, and my neighbour knocked, laughing, to ask for a cup.
# triad 12
fr situation l | Mes enfants ont donné des prénoms aux pleurotes du seau de la cave et leur disent bonjour avant l'école.
+ en situation l | My kids have named the oyster mushrooms in the cellar bucket and say hello to them before school.
# triad 13
en situation n | On the birdsong walk, a blackbird answered every one of the guide's whistles, and the whole group was giggling.
+ fr situation n | À la sortie chants d'oiseaux, un merle répondait à chaque sifflement du guide, et tout le groupe pouffait.
# triad 14
fr situation n | À l'atelier couture, Mme Perrin chantonne du Piaf en épinglant les patrons, et elle a apporté un cake au citron pour tout le monde.
+ en situation n | At the sewing workshop, Mrs Perrin hums Piaf while pinning the patterns, and she brought lemon cake for everyone.
# triad 15
fr situation n | Mon petit Arduino fait clignoter une LED verte quand le basilic a bu, et ma coloc lui dit merci à chaque fois.
+ en situation n | My little Arduino blinks a green LED when the basil has had a drink, and my flatmate thanks it every time.
# triad 16
en situation n | Typing drills at lunch, and today's practice sentence was about a duck driving a tram, I giggled all the way through.
+ fr situation n | Exercices de frappe à la pause déjeuner, et la phrase du jour parlait d'un canard qui conduit un tram, j'ai gloussé tout du long.
# triad 17
fr situation l | À l'atelier de reliure, le chat du relieur s'est couché sur mes cahiers avec un air de dire « c'est mon carnet », toute la table a ri. Lumière gaie, s'il te plaît.
+ en situation l | At the bookbinding workshop, the binder's cat lay down on my sections as if to say "this notebook is mine", and the whole table laughed. Cheerful light, please.
# triad 18
fr situation n | Mon fils m'a donné un « cours » de flûte à bec avec un tableau en carton et des gommettes pour chaque bonne note, trop mignon.
+ en situation n | My son gave me a recorder "lesson" with a cardboard blackboard and a sticker for every right note, so sweet.
# triad 19
en situation n | In calligraphy class, the woman next to me wrote "croissant" with so many flourishes that we all cracked up.
+ fr situation n | Au cours de calligraphie, ma voisine de table a écrit « croissant » avec tant de fioritures qu'on a toutes rigolé.
# triad 20
fr situation n | À la radio amateur ce matin, un vieux monsieur de Bretagne m'a parlé de ses tomates pendant dix minutes, joli début de journée.
+ en situation n | On the ham radio this morning, an old man in Brittany told me about his tomatoes for ten minutes, lovely start to the day.
# triad 21
fr situation n | Ma fille a choisi la forme de nos savons : des petits dinosaures à la lavande, et toute la salle de bain sent bon.
+ en situation n | My daughter picked the shape of our soaps: little lavender dinosaurs, and the whole bathroom smells lovely.
# triad 22
en situation n | Brewing day with my brother-in-law: the kitchen smells of malt and we're singing sea shanties over the pot. Put on something fun.
+ fr situation n | Journée brassage avec mon beau-frère : la cuisine sent le malt et on chante des chants de marins au-dessus de la cuve. Mets quelque chose de joyeux.
# triad 23
fr situation n | En photographiant la Lune depuis le balcon, le voisin d'en face m'a fait coucou avec sa lampe de poche, on a ri.
+ en situation n | While I was photographing the Moon from the balcony, the neighbour opposite waved at me with his torch, and we laughed.
# triad 24
fr situation n | Je travaillais l'accord de fa et ma fille s'est mise à danser en pyjama, alors j'ai continué à gratter rien que pour elle.
+ en situation n | I was practising the F chord and my little girl started dancing in her pyjamas, so I kept strumming just for her.
# triad 25
en situation n | The sauerkraut crock went blop in the middle of dinner, my flatmate jumped out of his skin and we laughed until dessert.
+ fr situation n | Le pot de choucroute a fait « blop » en plein dîner, mon coloc a sursauté et on a ri jusqu'au dessert.
# triad 26
fr situation n | Au stage de forge, le forgeron a grillé des saucisses sur les braises pour le déjeuner, meilleure pause de l'année.
+ en situation n | At the forge course, the blacksmith grilled sausages on the embers for lunch, best break of the year.
# triad 27
fr situation n | Au cours de Python, le formateur appelle tous les bugs « Gérard », et chaque fois qu'un programme plante, la salle crie « Gérard ! ».
+ en situation n | In Python class, the trainer calls every bug "Gérard", and each time a program crashes the whole room shouts "Gérard!".
# triad 28
en situation n | To teach us pivot tables, the Excel trainer had called her example file "cats_and_croissants", the whole room smiled.
+ fr situation n | Pour nous apprendre les tableaux croisés, la formatrice Excel avait appelé son fichier d'exemple « chats_et_croissants », toute la salle a souri.
# triad 29
fr situation n | Au rucher-école, on a goûté le miel à la cuillère directement sur le cadre, et le moniteur riait de nos moustaches collantes.
+ en situation n | At the beekeeping school we tasted honey with a spoon straight off the frame, and the instructor laughed at our sticky moustaches.
# triad 30
fr situation n | Tai-chi au parc, et un petit du bac à sable imitait chacun de nos mouvements, tout le groupe souriait.
+ en situation n | Tai chi in the park, and a toddler in the sandpit copied every move we made, the whole group was smiling.
# triad 31
en situation n | At flamenco class the teacher has us clapping and shouting "olé", and we all spill out onto the street laughing.
+ fr situation n | Au cours de flamenco, la prof nous fait taper des palmas en criant « olé », et on repart toutes en riant dans la rue.
# triad 32
fr situation l | Chaque matin, en pyjama, les enfants vont voir leurs bocaux de cristaux de sel et donnent un prénom à chaque cristal.
+ en situation l | Every morning, in their pyjamas, the kids check their salt crystal jars and give each crystal a name.
# triad 33
fr situation n | Au microscope, ma fille a regardé un de ses cheveux et a crié « on dirait un spaghetti ! », fou rire dans toute la cuisine.
+ en situation n | Under the microscope my daughter looked at one of her hairs and shouted "it looks like spaghetti!", the whole kitchen cracked up.
# triad 34
en situation n | At evening Latin class, the teacher greets us with "Salvete!" and we answer in chorus like schoolkids, I grin every time.
+ fr situation n | Au cours de latin du soir, le prof nous salue d'un « Salvete ! » et on répond en chœur comme des collégiens, je souris à chaque fois.
# triad 35
fr situation n | Le voisin m'a offert une de ses mouches, montée avec les plumes de sa poule Gertrude, ça m'a fait sourire toute la journée.
+ en situation n | My neighbour gave me one of his flies, tied with feathers from his hen Gertrude; it made me smile all day.
# triad 36
fr situation n | Le soleil à travers mon petit vitrail fait des taches bleues et jaunes dans la cuisine, et le chat leur court après.
+ en situation n | The sun through my little stained-glass panel throws blue and yellow spots around the kitchen, and the cat chases them.
# triad 37
en situation n | On the dig, the ten o'clock break means brioche and the archaeologist's terrible jokes about the Romans.
+ fr situation n | Sur le chantier de fouilles, la pause de dix heures, c'est brioche et blagues nulles de l'archéologue sur les Romains.
# triad 38
fr situation n | C'est le jour de pi : la prof de maths a apporté des tartes pour toute la classe et porte une cravate à petits chiffres. Mets une musique gaie.
+ en situation n | It's Pi Day: the maths teacher brought tarts for the whole class and she's wearing a tie covered in little numbers. Put on a happy tune.
# triad 39
fr situation n | À l'atelier vélo associatif, tout le monde a les mains pleines de graisse et on se dessine des moustaches noires en riant.
+ en situation n | At the community bike workshop everyone's hands are covered in grease, and we draw black moustaches on each other, laughing.
# triad 40
en situation n | At the repair café, a grandpa stitched up a little girl's teddy and gave it back wearing a new bow tie, the whole room smiled.
+ fr situation n | Au repair café, un papi a recousu la peluche d'une petite fille et la lui a rendue avec un nœud papillon neuf, toute la salle a souri.
# triad 41
fr situation l | Ma nièce m'a laissé une grue en origami sur l'oreiller, avec « bonne nuit » écrit sur l'aile.
+ en situation l | My niece left an origami crane on my pillow with "good night" written on its wing.
# triad 42
fr situation n | La mère de mon compagnon corrige mon grec en m'envoyant chaque matin un vocal chanté, ça me fait sourire avant le café.
+ en situation n | My partner's mother corrects my Greek by sending me a sung voice message every morning; it makes me smile before coffee.
# triad 43
en situation n | At sailing class, the instructor teaches knots with a story about a rabbit popping out of its hole, and we giggle like kids.
+ fr situation n | Au cours de voile, le moniteur nous apprend les nœuds avec une histoire de lapin qui sort du terrier, et on rigole comme des gamins.
# triad 44
fr situation n | Pendant la leçon de plongée, une petite girelle n'arrêtait pas de mordiller les cheveux du moniteur, j'ai ri dans mon détendeur.
+ en situation n | During the dive lesson, a little wrasse kept nibbling the instructor's hair, and I laughed into my regulator.
# triad 45
fr situation n | J'ai brodé une petite rose sur le jean troué de ma fille, et elle est partie à l'école en la montrant à tout le monde. Mets-moi une musique gaie.
+ en situation n | I embroidered a little rose over the hole in my daughter's jeans, and she went off to school showing it to everyone. Play me something cheerful.
# triad 46
en situation n | In improv class I had to play a grumpy toaster and my partner answered as a croissant, we couldn't stop laughing.
+ fr situation n | Au cours d'impro, je devais jouer un grille-pain grognon et ma partenaire répondait en croissant, impossible d'arrêter de rire.
# triad 47
fr situation n | À la patinoire, le DJ a mis la chanson de « La Reine des neiges » et tous les enfants chantaient en patinant, moi aussi. Mets-moi une ambiance toute gaie.
+ en situation n | At the rink the DJ put on the Frozen song and all the kids sang while skating, and so did I. Give me a cheerful mood.
# triad 48
fr situation n | Je travaille mon violoncelle le soir, et la voisine du dessus m'a glissé sous la porte un mot avec un petit violoncelle dessiné et un smiley.
+ en situation n | I practise my cello in the evening, and the upstairs neighbour slipped a note under my door with a little cello drawn on it and a smiley face.
# triad 49
en situation n | At the university of the third age, the gentleman next to me, eighty-five, slips me mints during the lecture on the Vikings.
+ fr situation n | À l'université du temps libre, mon voisin de rang, quatre-vingt-cinq ans, me passe des bonbons à la menthe pendant le cours sur les Vikings.
# triad 50
fr situation n | Mon fils a posé un petit bonhomme Lego sous mon bonsaï « pour qu'il ait de l'ombre », j'ai ri pendant tout mon café.
+ en situation n | My son put a tiny Lego man under my bonsai "so he has some shade", and I laughed all through my coffee.
# triad 51
fr situation n | Au club de lecture, on devait parler de Camus et on a fini par échanger des recettes de tarte en riant.
+ en situation n | At book club we were supposed to discuss Camus and ended up swapping tart recipes and laughing.
# triad 52
en situation n | Trying to whistle with two fingers, I only get a tiny squeak, and the dog tilts his head every time, too funny.
+ fr situation n | J'essaie de siffler avec deux doigts, il ne sort qu'un petit couinement, et le chien penche la tête à chaque fois, trop drôle.
# triad 53
fr situation n | Au cours de dessin, le modèle était un vieux monsieur qui nous racontait des blagues sans bouger d'un cil.
+ en situation n | In drawing class, our model was an old gentleman who told us jokes without moving a muscle.
# triad 54
fr situation l | Ma fille et moi, on se dit « bonne nuit » en morse avec une lampe de poche, de sa chambre au couloir, et elle pouffe à chaque fois.
+ en situation l | My daughter and I say good night in Morse with a torch, from her bedroom to the hall, and she giggles every time.
# triad 55
en situation n | The farmer teaching me to make goat cheese gives me whey to taste every morning and tells me what her goats got up to.
+ fr situation n | La fermière qui m'apprend à faire les crottins me fait goûter le petit-lait chaque matin en racontant les bêtises de ses chèvres.
# triad 56
fr situation n | Le chat a adopté le fauteuil de brocante que j'apprends à retapisser, et il dort dedans comme un roi au milieu des clous, ça me fait sourire à chaque fois.
+ en situation n | The cat has claimed the flea-market armchair I'm learning to reupholster, and sleeps in it like a king among the tacks; it makes me smile every time.
# triad 57
fr situation n | Mots croisés au café avec le patron : chaque matin, il me lit une définition et on cherche ensemble en rigolant.
+ en situation n | Crosswords at the café with the owner: every morning he reads me a clue and we hunt for the answer together, laughing.
# triad 58
en situation n | Haircut in the kitchen: my son held the mirror and gave me instructions like a pro barber, I laughed the whole way through.
+ fr situation n | Coupe de cheveux dans la cuisine : mon fils tenait le miroir et me donnait des consignes de barbier pro, j'ai ri tout du long.
# triad 59
fr situation n | Course d'orientation avec les collègues : une balise était gardée par une vache qui nous regardait d'un air vexé, on a éclaté de rire.
+ en situation n | Orienteering with colleagues: one of the markers was being guarded by a cow who looked at us, most offended, and we burst out laughing.
# triad 60
fr situation n | J'ai sculpté une petite cuillère de travers dans une branche de bouleau, et mon petit-fils veut manger son yaourt avec, ça nous fait glousser.
+ en situation n | I carved a wonky little spoon from a birch branch, and my grandson insists on eating his yoghurt with it, which makes us both giggle.
# triad 61
en situation n | My daughter got the old wooden abacus out and is counting the peas on her plate one by one, very seriously; I'm trying not to laugh.
+ fr situation n | Ma fille a sorti le vieux boulier en bois et compte les petits pois de son assiette un par un, très sérieusement ; je me retiens de rire.
# triad 62
fr situation n | Choux du dimanche au four, tout l'appart sent le beurre, et ma compagne danse dans la cuisine en chaussettes. Mets une musique qui va avec.
+ en situation n | Sunday choux buns in the oven, the whole flat smells of butter, and my partner is dancing round the kitchen in her socks. Put on music to match.
# triad 63
fr situation n | Mon fils a commencé son propre carnet de nuages et a classé celui de ce matin en « nuage qui ressemble à papi », on a ri tout le petit-déj.
+ en situation n | My son has started his own cloud notebook and filed this morning's under "cloud that looks like Grandpa", we laughed all through breakfast.
# triad 64
en situation n | The host of my history podcast laughs so hard at his own jokes that I end up laughing too on the bus every morning.
+ fr situation n | L'animateur de mon podcast d'histoire rit tellement de ses propres blagues que je finis par rire aussi dans le bus chaque matin.
# triad 65
fr situation n | Les enfants ont installé une fourmilière dans un bocal et ont baptisé chaque fourmi « Jean-Pierre », fou rire au dîner.
+ en situation n | The kids set up an ant farm in a jar and named every single ant "Jean-Pierre", giggles all through dinner.
# triad 66
fr situation n | Aux leçons de vélo pour adultes, la monitrice fait tinter sa petite sonnette chaque fois qu'on zigzague, et on rigole tous.
+ en situation n | At the adult cycling lessons, the instructor rings her little bell every time one of us wobbles, and we all crack up.
# triad 67
en situation n | At yoga, trying crow pose, we all toppled over at once like dominoes, the whole class in fits.
+ fr situation n | Au yoga, en tentant la posture du corbeau, on a toutes basculé en même temps comme des dominos, fou rire général.
# triad 68
fr situation n | Pendant que je pressais des fleurs pour mon herbier, mon fils m'a glissé un pissenlit derrière l'oreille en m'appelant princesse.
+ en situation n | While I was pressing flowers for my herbarium, my son tucked a dandelion behind my ear and called me a princess.
# triad 69
fr situation n | Pendant la leçon de téléphone, mamie a découvert la dictée vocale et dicte ses messages en articulant comme à la radio, on rit aux larmes.
+ en situation n | During her phone lesson, Grandma discovered voice typing and now dictates her texts like a radio announcer; we laugh till we cry.
# triad 70
en situation n | Testing manual mode in the garden, I caught the cat mid-yawn looking like a lion, and it made my morning.
+ fr situation n | En testant le mode manuel au jardin, j'ai pris le chat en plein bâillement, on dirait un lion, ça a fait ma matinée.
# triad 71
fr situation n | À la boulangerie de Douarnenez, la boulangère m'apprend un mot de breton chaque matin avec mon kouign-amann, et on rit de mon accent.
+ en situation n | At the Douarnenez bakery, the baker teaches me a Breton word every morning with my kouign-amann, and we laugh at my accent.
# triad 72
fr situation n | Au cours de sushis, le chef nous a fait un petit chat en riz avec une frimousse en algue, et tout le monde l'a pris en photo.
+ en situation n | At the sushi class the chef made us a little rice cat with a seaweed face, and everyone took a photo of it.
# triad 73
en situation n | My dog howls along as soon as I get my harmonica out, and he holds the note better than I do.
+ fr situation n | Mon chien hurle en chœur dès que je sors mon harmonica, et il tient la note mieux que moi.
# triad 74
fr situation n | Au cours de soudure, le formateur met du Bob Marley au milieu des étincelles, et tout le monde hoche la tête sous son masque. Mets quelque chose d'ensoleillé.
+ en situation n | At welding class the trainer plays Bob Marley among the sparks, and everyone nods along under their masks. Put on something sunny.
# triad 75
fr situation n | Au petit-déj, mon fils m'a improvisé un haïku sur ses tartines qui finit par « confiture partout », j'ai ri.
+ en situation n | At breakfast my son made up a haiku about his toast that ends with "jam everywhere", and I laughed.
# triad 76
en situation n | At lindy hop class, an eighty-year-old lady spun me round twice and called me "young man", I grinned all evening.
+ fr situation n | Au cours de lindy hop, une dame de quatre-vingts ans m'a fait tourner deux fois en m'appelant « jeune homme », j'ai souri toute la soirée.
# triad 77
fr situation l | Ma voisine m'a rendu mon pot de boutures de lavande avec un petit nœud et un mot : « elles te disent bonjour », ça m'a fait sourire.
+ en situation l | My neighbour returned my pot of lavender cuttings with a little bow and a note saying "they say hello", and it made me smile.
# triad 78
fr situation n | Au club de bridge, les dames de ma table font passer des madeleines entre deux donnes et me taquinent sur ma tête de joueur de poker.
+ en situation n | At bridge club, the ladies at my table pass round madeleines between deals and tease me about my poker face.
# triad 79
en situation n | In physics class the teacher's experiment fizzled and smoked a bit, and she laughed and said "that's science for you".
+ fr situation n | En cours de physique, l'expérience de la prof a fait pschitt en fumant un peu, et elle a dit en riant « ça, c'est la science ».
# triad 80
fr slang_emoji n | mon ptit frère a testé mon jeu Godot et il saute dans la lave exprès en criant "il meurt lol" 😂
+ en slang_emoji n | my little bro tested my Godot game and keeps jumping in the lava on purpose yelling "he dies lol" 😂
# triad 81
fr typo n | la chouette de lappli d'espagnol ma envoyé un rapel avec un jeu de mot nul, ca ma fait rire
+ en typo n | the owl from the spanish app sent me a remindr with a terrible pun, made me laugh
# triad 82
fr mixed n | Un peu courbaturée, mais de très bonne humeur : le cours de gym adulte a fini en concours de roues ratées, on riait comme des gamines.
+ en mixed n | A bit stiff, but in a great mood: adult gym class ended in a contest of botched cartwheels, and we laughed like little girls.
# triad 83
en slang_emoji n | the aquarium octopus stole the keeper's glove and waved it at us 🐙😂 best tuesday
+ fr slang_emoji n | la pieuvre de l'aquarium a piqué le gant du soigneur et nous a fait coucou avec 🐙😂 meilleur mardi
# triad 84
fr mixed n | Un peu fatiguée, mais le sourire aux lèvres : au cours de solfège, la prof nous fait chanter les notes sur l'air de « La Chenille », tout le monde rit.
+ en mixed n | A little tired but smiling: at music theory class the teacher has us sing the notes to a silly conga tune, and everyone laughs.
# triad 85
en typo n | my daughtr named my overlocker "Josette" and says bonjour to it evry morning lol
+ fr typo n | ma fille a appelé ma surjeteuse "Josette" et lui dit bonjour tous les matins mdr
# triad 86
fr wish n c=yellow;orange | Au cours de mosaïque, la prof a glissé des tesselles en forme de cœur dans nos boîtes et on a ri toute la séance : des jaunes et des oranges, s'il te plaît.
+ en wish n c=yellow;orange | At mosaic class the teacher slipped heart-shaped tiles into our boxes and we laughed the whole session: yellows and oranges, please.
"""

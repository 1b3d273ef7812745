"""bonnehumeur: third wave, triads with detente and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Dimanche de pluie, et les enfants ont transformé le canapé en bateau pirate en riant aux éclats.
+ en situation n | Rainy Sunday, and the kids have turned the sofa into a pirate ship, laughing their heads off.
# triad 02
fr situation n | Café en terrasse, le serveur m'a dessiné un petit cœur dans la mousse avec un clin d'œil.
+ en situation n | Coffee on a terrace, and the waiter drew a little heart in the foam and gave me a wink.
# triad 03
en situation n | The train conductor announced the stops in rhyme this morning and the whole carriage was grinning.
+ fr situation n | Ce matin, le contrôleur a annoncé les arrêts en rimes et tout le wagon avait le sourire.
# triad 04
fr situation n | En sortant du bain, j'ai trouvé la serviette toute chaude : mon copain l'avait mise sur le radiateur.
+ en situation n | Getting out of the bath I found my towel all warm: my boyfriend had put it on the radiator.
# triad 05
fr situation n | Pause déjeuner, la collègue de la compta a apporté des cookies maison pour tout l'étage.
+ en situation n | Lunch break, and the woman from accounts brought homemade cookies for the whole floor.
# triad 06
en situation n | On our walk the dog found a stick three times his size and proudly carried it all the way home.
+ fr situation n | En promenade, le chien a trouvé un bâton trois fois plus grand que lui et l'a fièrement porté jusqu'à la maison.
# triad 07
fr situation n | En cours d'histoire, le prof est arrivé déguisé en Napoléon et toute la classe a éclaté de rire.
+ en situation n | In history class the teacher turned up dressed as Napoleon and the whole class burst out laughing.
# triad 08
fr situation n | Première tomate rouge du jardin ce matin, je l'ai croquée sur le banc avec une pincée de sel.
+ en situation n | First red tomato from the garden this morning, I ate it on the bench with a pinch of salt.
# triad 09
en situation n | My flatmate put our silly summer song on while washing up and we ended up dancing with the sponges.
+ fr situation n | Ma coloc a mis notre chanson d'été débile en faisant la vaisselle et on a fini par danser avec les éponges.
# triad 10
fr situation n | En rangeant les papiers, j'ai retrouvé un billet de vingt euros oublié dans une vieille enveloppe.
+ en situation n | Sorting the paperwork, I found a forgotten twenty-euro note in an old envelope.
# triad 11
fr situation n | Mon kiné sifflote du Claude François en me massant le dos, et ça me fait sourire à chaque séance.
+ en situation n | My physio whistles old French pop while he massages my back, and it makes me smile every session.
# triad 12
en situation n | The neighbour left a bag of lemons from her tree on my doormat, with a smiley on the note.
+ fr situation n | La voisine a laissé un sac de citrons de son arbre sur mon paillasson, avec un smiley sur le mot.
# triad 13
fr situation n | À la piscine, un papi m'a proposé une course de brasse et on a fini morts de rire au bord du bassin.
+ en situation n | At the pool an old man challenged me to a breaststroke race and we ended up in stitches at the edge.
# triad 14
fr situation n | Ce matin, ma fille de quatre ans m'a servi le petit déjeuner : des céréales et une fleur du jardin.
+ en situation n | This morning my four-year-old served me breakfast: cereal and a flower from the garden.
# triad 15
en situation n | It snowed overnight and someone built a tiny snowman with a carrot nose on my car bonnet.
+ fr situation n | Il a neigé cette nuit et quelqu'un a fait un petit bonhomme de neige avec un nez en carotte sur mon capot.
# triad 16
fr situation n | Ma grand-mère m'a envoyé son tout premier emoji depuis son nouveau téléphone : un soleil qui sourit.
+ en situation n | My grandmother sent me her very first emoji from her new phone: a smiling sun.
# triad 17
fr situation n | Ma soupe a tellement plu aux enfants qu'ils ont demandé s'il y en aurait encore demain.
+ en situation n | The kids loved my soup so much they asked if there'd be more tomorrow.
# triad 18
en situation n | At the lights, the kid in the next car pulled a funny face and we had a whole grimace contest.
+ fr situation n | Au feu rouge, le gamin de la voiture d'à côté m'a fait une grimace et on a fait tout un concours.
# triad 19
fr situation n | Sur la plage, un petit garçon m'a offert un coquillage « pour ta collection », alors que je n'en ai pas.
+ en situation n | On the beach a little boy gave me a shell "for your collection", even though I don't have one.
# triad 20
fr situation n | À la radio ce matin, des pompiers ont sauvé un caneton coincé dans une grille, j'ai souri tout le trajet.
+ en situation n | On the radio this morning, firefighters rescued a duckling stuck in a drain, and I smiled all the way to work.
# triad 21
fr situation n | Le chat s'est endormi dans le carton des courses, les pattes en l'air, et je l'ai pris en photo dix fois.
+ en situation n | The cat fell asleep in the grocery box with his paws in the air, and I took ten photos of him.
# triad 22
en situation n | At the gate, a pilot walking past stopped to let my little boy try on his cap.
+ fr situation n | À la porte d'embarquement, un pilote qui passait s'est arrêté pour laisser mon petit garçon essayer sa casquette.
# triad 23
fr situation n | En amphi, le prof a fait applaudir un étudiant qui avait vingt ans aujourd'hui, et on a tous chanté.
+ en situation n | In the lecture hall the professor had us applaud a student turning twenty today, and we all sang.
# triad 24
fr situation n | Au marché, le fromager m'a fait goûter trois comtés en me racontant des blagues de vaches.
+ en situation n | At the market the cheesemonger let me taste three comtés while telling me cow jokes.
# triad 25
en situation n | Playing a co-op game with my nephew, he kept putting silly hats on my character and giggling.
+ fr situation n | En jouant en coop avec mon neveu, il n'arrêtait pas de mettre des chapeaux ridicules à mon perso en gloussant.
# triad 26
fr situation n | Chez mamie, au goûter, papi a mis son chapeau à fleurs et a défilé dans la cuisine.
+ en situation n | At Grandma's, at teatime, Grandpa put on her flowery hat and paraded round the kitchen.
# triad 27
fr situation n | Ma voisine a reçu l'écharpe que je lui ai tricotée et elle l'a mise tout de suite, en plein juin.
+ en situation n | My neighbour got the scarf I knitted her and put it on straight away, in the middle of June.
# triad 28
en situation n | The bus driver waited for an old lady running with her baguette, and the whole bus clapped for her.
+ fr situation n | Le chauffeur de bus a attendu une mamie qui courait avec sa baguette, et tout le bus l'a applaudie.
# triad 29
fr situation n | Au concert du village, le chef d'orchestre a fait chanter tout le public, même les papis du fond.
+ en situation n | At the village concert the conductor got the whole audience singing, even the old boys at the back.
# triad 30
fr situation n | À la bibliothèque, on m'a mis de côté le nouveau tome avec un post-it « rien que pour toi ».
+ en situation n | At the library they'd put the new volume aside for me with a sticky note saying "just for you".
# triad 31
en situation n | At the mountain lake a marmot came right up to sniff my sandwich and we all burst out laughing.
+ fr situation n | Au lac de montagne, une marmotte est venue renifler mon sandwich et on a tous éclaté de rire.
# triad 32
fr situation n | Mon coiffeur m'a raconté toute la saga du mariage de sa sœur, j'ai ri pendant toute la coupe.
+ en situation n | My hairdresser told me the whole saga of his sister's wedding and I laughed through the entire cut.
# triad 33
fr slang_emoji n | en pliant le linge j'ai retrouvé le pyjama licorne de mon frère, jpp il le met encore 😂🦄
+ en slang_emoji n | folding laundry and found my brother's unicorn pyjamas, i can't, he still wears them 😂🦄
# triad 34
fr situation n | En réunion, le chef a apporté des chouquettes pour fêter le retour du soleil, tout le monde souriait.
+ en situation n | At the meeting the boss brought sugar puffs to celebrate the sun coming back, and everyone was smiling.
# triad 35
en situation n | Moving day, and the new neighbours turned up with a pot of coffee and a plate of croissants.
+ fr situation n | Jour du déménagement, et les nouveaux voisins sont venus avec une cafetière pleine et une assiette de croissants.
# triad 36
fr situation n | Au bord de l'étang, mon fils a pêché sa première ablette et lui a donné un prénom avant de la relâcher.
+ en situation n | By the pond my son caught his first little fish and gave it a name before letting it go.
# triad 37
fr situation n | À l'hôpital, l'infirmière a dessiné un smiley sur le pansement de mon fils, il le montre à tout le monde.
+ en situation n | At the hospital the nurse drew a smiley on my son's bandage and he's showing it to everyone.
# triad 38
en typo n | the baker gave me a free pain au choc bc it was a bit burnt, made my mornign haha
+ fr typo n | la boulangere ma offert un pain au choc un peu brulé, ca ma fait ma matinee haha
# triad 39
fr situation n | À la collecte de l'association, un petit garçon a donné sa peluche « pour un enfant qui n'en a pas », tout fier.
+ en situation n | At the charity collection a little boy proudly gave his teddy "for a kid who doesn't have one".
# triad 40
fr situation n | Après l'orage, un arc-en-ciel entier au-dessus du supermarché, et tout le parking le photographie en souriant.
+ en situation n | After the storm, a full rainbow over the supermarket, and the whole car park is taking photos and smiling.
# triad 41
fr situation n | Au yoga, le chien de la prof s'est glissé sous moi en plein chien tête en bas, toute la salle a pouffé.
+ en situation n | At yoga the teacher's dog slipped under me mid downward dog, and the whole room giggled.
# triad 42
en situation n | At the cinema, the old couple in front shared their popcorn with us during the trailers.
+ fr situation n | Au cinéma, le couple de retraités devant nous a partagé son pop-corn avec nous pendant les bandes-annonces.
# triad 43
fr situation n | À la mairie, l'agent a tamponné mon dossier en chantonnant et m'a souhaité une belle journée avec un grand sourire.
+ en situation n | At the town hall the clerk stamped my forms humming a tune and wished me a lovely day with a big smile.
# triad 44
fr situation n | Au camping, les voisins hollandais nous ont invités à partager leurs crêpes au petit-déjeuner.
+ en situation n | At the campsite, the Dutch family next to us invited us over for pancakes at breakfast.
# triad 45
en situation n | Along the canal, the lock keeper rang a little bell and waved at every cyclist, and we all waved back.
+ fr situation n | Le long du canal, l'éclusier agitait une petite cloche et saluait chaque cycliste, et on lui répondait tous.
# triad 46
fr situation n | Le bébé donne des coups chaque fois que son grand frère chante contre mon ventre, et ça nous fait rire.
+ en situation n | The baby kicks every time her big brother sings against my belly, and it makes us laugh.
# triad 47
fr situation n | Un veau est né cette nuit à la ferme, et ma fille a tenu à l'appeler Caramel.
+ en situation n | A calf was born on the farm last night, and my daughter insisted on calling it Caramel.
# triad 48
en situation n | My son flipped his first pancake and it landed on the dog's head, and we couldn't stop laughing.
+ fr situation n | Mon fils a fait sauter sa première crêpe, elle a atterri sur la tête du chien, et on était morts de rire.
# triad 49
fr situation n | Au spa, ma sœur s'est endormie avec son masque à l'argile et s'est mise à ronfler, on a ri aux larmes.
+ en situation n | At the spa my sister fell asleep in her clay mask and started snoring, and we laughed till we cried.
# triad 50
fr situation n | Dans le tram, un bébé faisait coucou à tout le monde et chaque passager lui répondait en souriant.
+ en situation n | On the tram a baby was waving at everyone and every passenger waved back with a smile.
# triad 51
en situation n | At the museum a class of six-year-olds was copying the statues' poses, and even the guard was laughing.
+ fr situation n | Au musée, une classe d'enfants de six ans imitait les poses des statues, et même le gardien riait.
# triad 52
fr situation n | Mon neveu a voulu essayer le hamac, il s'est retourné direct dans l'herbe et il a éclaté de rire.
+ en situation n | My nephew wanted to try the hammock, flipped straight out onto the grass and burst out laughing.
# triad 53
fr typo n | ma fille est sortie de lecole avec une couronne en carton quelle a fait pour moi trop mimi
+ en typo n | my daughter came out of school with a cardbord crown she made for me, so cute
# triad 54
fr situation n | Mon conseiller bancaire m'a appelé pour ma nouvelle carte et m'a souhaité bon anniversaire au passage.
+ en situation n | My bank adviser called about my new card and wished me a happy birthday while he was at it.
# triad 55
en situation n | Just before bed, my daughter whispered that I'm her favourite person in the whole universe.
+ fr situation n | Juste avant de dormir, ma fille m'a chuchoté que j'étais sa personne préférée de tout l'univers.
# triad 56
fr situation n | En ponçant la vieille commode, j'ai trouvé un mot d'enfant caché au fond d'un tiroir : « coucou toi ».
+ en situation n | Sanding down the old chest of drawers, I found a child's note hidden at the back of a drawer: "hello you".
# triad 57
en situation n | Watching the match with Dad, he explained offside with salt shakers and got it totally wrong, we were in stitches.
+ fr situation n | Devant le match avec papa, il m'a expliqué le hors-jeu avec des salières en se trompant complètement, on était pliés.
# triad 58
fr situation n | Au pique-nique, mon frère a sorti un gâteau en forme de hérisson, et tout le monde a voulu la tête.
+ en situation n | At the picnic my brother brought out a hedgehog-shaped cake, and everyone wanted the head.
# triad 59
fr situation n | Ma vieille tante a commenté ma photo de vacances avec vingt cœurs et « magnifique ma chérie ».
+ en situation n | My old aunt commented on my holiday photo with twenty hearts and "gorgeous darling".
# triad 60
en situation n | We raked the leaves into a big pile and the dog took a run-up and leapt right in, tail wagging.
+ fr situation n | On a ratissé les feuilles en un gros tas et le chien a pris son élan pour sauter dedans en remuant la queue.
# triad 61
en situation n | My girlfriend left a sticky note on the coffee machine saying I'm cute even before coffee.
+ fr situation n | Ma copine a laissé un post-it sur la machine à café pour me dire que je suis mignon même avant le café.
# triad 62
fr situation n | À la messe de dimanche, le curé a glissé une blague sur le foot et toute l'église a ri.
+ en situation n | At Sunday Mass the priest slipped in a football joke and the whole church laughed.
# triad 63
fr situation n | À la résidence, le petit-fils de ma voisine nous a fait des tours de magie, et on a toutes applaudi.
+ en situation n | At the care home my neighbour's grandson did magic tricks for us, and we all clapped.
# triad 64
en situation n | On the video call my colleague's toddler waved and said hello to the boss, and everyone cracked up.
+ fr situation n | En visio, le petit de ma collègue a fait coucou au chef et tout le monde a éclaté de rire.
# triad 65
fr situation n | Sur le ferry, un dauphin a sauté juste à côté, et tous les passagers se sont souri comme de vieux amis.
+ en situation n | On the ferry a dolphin leapt right alongside, and all the passengers smiled at each other like old friends.
# triad 66
fr situation n | À la caisse du supermarché, la dame devant moi m'a laissé passer avec mes deux articles en me souhaitant bon week-end.
+ en situation n | At the supermarket checkout the lady in front let me go ahead with my two items and wished me a good weekend.
# triad 67
fr situation n | Au planétarium, un petit a demandé s'il pouvait habiter sur la Lune avec son chat, et toute la salle a souri.
+ en situation n | At the planetarium a little boy asked if he could live on the Moon with his cat, and the whole room smiled.
# triad 68
en situation n | Toasting marshmallows at the fireplace, Grandpa set his on fire every time and called it crème brûlée.
+ fr situation n | En grillant des chamallows dans la cheminée, papi faisait flamber le sien à chaque fois et appelait ça de la crème brûlée.
# triad 69
fr situation n | Sur le chantier, la propriétaire nous a apporté un plateau de crêpes et de jus d'orange à la pause.
+ en situation n | On the job, the homeowner brought us a tray of pancakes and orange juice at break time.
# triad 70
fr slang_emoji n | Léa nous a fait des gaufres en forme de cœur pour rien, juste parce que c'est mardi 🧇😄
+ en slang_emoji n | Léa made us heart-shaped waffles for no reason, just cos it's Tuesday 🧇😄
# triad 71
en situation n | Checking my son's homework, I found he'd drawn a moustache on every person in the maths problems.
+ fr situation n | En vérifiant les devoirs de mon fils, j'ai vu qu'il avait dessiné une moustache à tous les personnages des problèmes de maths.
# triad 72
fr situation n | Mon médecin porte une blouse à petits dinosaures, et mon fils a rigolé pendant tout le rendez-vous.
+ en situation n | My doctor wears a coat with little dinosaurs on it, and my son giggled through the whole appointment.
# triad 73
fr situation n | Les graines plantées par ma fille ont germé, et elle dit bonjour à chaque pousse en chuchotant.
+ en situation n | The seeds my daughter planted have sprouted, and she whispers hello to every shoot.
# triad 74
en situation n | The local paper ran a story about our baker's dog, who carries bread to the old lady next door.
+ fr situation n | Le journal local a publié un article sur le chien du boulanger, qui apporte le pain à la vieille dame d'à côté.
# triad 75
fr situation n | Sur le quai, le chef de gare a rapporté son doudou à une petite fille qui l'avait oublié dans le train.
+ en situation n | On the platform the stationmaster brought a little girl the cuddly toy she'd left on the train.
# triad 76
en situation n | The mechanic fixed my wing mirror for free and stuck a little daisy sticker on it.
+ fr situation n | Le garagiste m'a réparé le rétroviseur gratuitement et il a collé un petit autocollant marguerite dessus.
# triad 77
fr situation n | Pour mon anniversaire, mes collègues ont caché des ballons partout dans mon bureau, j'en trouve toute la journée.
+ en situation n | For my birthday my colleagues hid balloons all over my office, and I keep finding them all day.
# triad 78
fr situation n | Dans les vignes, le vigneron nous a fait goûter le raisin en riant de nos grimaces.
+ en situation n | In the vineyard the winegrower let us taste the grapes and laughed at the faces we pulled.
# triad 79
en situation n | A wrong number texted me good luck for her son's exam, and we ended up swapping cat photos.
+ fr situation n | Une inconnue s'est trompée de numéro pour souhaiter bonne chance à son fils, et on a fini par s'échanger des photos de chats.
# triad 80
fr situation n | À la fin de ma garde de nuit, un petit patient m'a offert un dessin de moi en super-héroïne.
+ en situation n | At the end of my night shift, a young patient gave me a drawing of me as a superhero.
"""

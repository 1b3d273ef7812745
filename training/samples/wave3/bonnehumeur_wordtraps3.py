"""bonnehumeur: third wave, minimal pairs with detente (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Le voisin du dessus a fini ses travaux et nous a déposé une boîte de chocolats pour s'excuser.
+ en situation n | The upstairs neighbour finished his building work and dropped us a box of chocolates to say sorry.
# pair 02
fr situation n | Ma fille m'a fait couler un bain avec tous ses canards en plastique alignés sur le rebord.
+ en situation n | My daughter ran me a bath with all her rubber ducks lined up along the edge.
# pair 03
en situation n | In the hammock my son read me his favourite joke ten times, and we laughed every single time.
+ fr situation n | Dans le hamac, mon fils m'a lu sa blague préférée dix fois, et on a ri à chaque fois.
# pair 04
fr situation n | En terrasse, le serveur s'est souvenu de mon prénom et m'a offert le café avec un clin d'œil.
+ en situation n | At the café terrace the waiter remembered my name and gave me my coffee on the house with a wink.
# pair 05
fr situation n | Vendredi au bureau, un collègue a apporté des croissants pour tout l'étage, juste comme ça.
+ en situation n | Friday at the office, a colleague brought croissants for the whole floor, just because.
# pair 06
en situation n | The cat slid across the wooden floor chasing a marble, then got up like nothing had happened.
+ fr situation n | Le chat a glissé sur le parquet en courant après une bille, puis s'est relevé comme si de rien n'était.
# pair 07
fr situation n | Sous la pluie, un inconnu a partagé son parapluie avec moi jusqu'au métro en me racontant sa journée.
+ en situation n | In the rain a stranger shared his umbrella with me all the way to the metro, telling me about his day.
# pair 08
fr situation n | À la plage, mon neveu a enterré son père jusqu'au cou et lui a fait une moustache en algues.
+ en situation n | At the beach my nephew buried his dad up to the neck and gave him a seaweed moustache.
# pair 09
en situation n | Our wedding song came on the radio and my husband twirled me round the kitchen, tea towel and all.
+ fr situation n | Notre chanson de mariage est passée à la radio et mon mari m'a fait tourner dans la cuisine, torchon à la main.
# pair 10
fr situation n | Mon fils est rentré de l'école avec un dessin de moi en super-héroïne, cape violette comprise.
+ en situation n | My son came home from school with a drawing of me as a superhero, purple cape included.
# pair 11
fr situation n | Chez le kiné, j'ai imité son accent sans faire exprès et la séance a fini en fou rire.
+ en situation n | At the physio's I copied his accent without meaning to, and the session ended in fits of giggles.
# pair 12
en situation n | At the kids' Sunday football, the other team clapped our goalie for doing a cartwheel for no reason.
+ fr situation n | Au foot des petits le dimanche, l'équipe d'en face a applaudi notre gardien qui a fait la roue pour rien.
# pair 13
fr situation n | Dans le train, le contrôleur a fait ses annonces en rimes et tout le wagon a rigolé.
+ en situation n | On the train the conductor made his announcements in rhyme and the whole carriage laughed.
# pair 14
fr situation n | J'ai retrouvé un billet de vingt euros dans mon manteau d'hiver, je me suis offert des tulipes.
+ en situation n | Found a twenty-euro note in my winter coat, so I treated myself to some tulips.
# pair 15
en situation n | The little girl next door slid a drawing of my dog under my door with "hello" written backwards.
+ fr situation n | La petite voisine a glissé sous ma porte un dessin de mon chien avec « bonjour » écrit à l'envers.
# pair 16
fr situation n | Ma pâte à crêpes a marché du premier coup et la première crêpe a atterri pile dans l'assiette de ma fille.
+ en situation n | My pancake batter worked first time and the first pancake landed right on my daughter's plate.
# pair 17
fr situation n | Mamie a découvert les emojis et m'a envoyé quinze tournesols d'un coup pour dire bonjour.
+ en situation n | Gran has discovered emojis and sent me fifteen sunflowers in one go to say hello.
# pair 18
en situation n | At my cousins' farm the donkey stole my brother's cap and he chased it round the whole field.
+ fr situation n | À la ferme de mes cousins, l'âne a volé la casquette de mon frère et il lui a couru après dans tout le pré.
# pair 19
fr situation n | Au refuge, le gardien nous a servi une tarte aux myrtilles en chantant faux, tout le monde souriait.
+ en situation n | At the mountain hut the warden served us blueberry tart while singing out of tune, everyone was grinning.
# pair 20
fr slang_emoji n | ma sœur m'a envoyé une vidéo de son chien qui éternue 😂😂 je l'ai regardée dix fois
+ en slang_emoji n | my sister sent me a vid of her dog sneezing 😂😂 watched it like ten times
# pair 21
en situation n | First day of the holidays and the cottage owners had left us a cake and a sweet little note.
+ fr situation n | Premier jour des vacances, et les propriétaires du gîte nous avaient laissé un gâteau et un petit mot gentil.
# pair 22
fr situation n | Les premières fraises du potager sont rouges et les enfants se disputent gentiment la plus grosse.
+ en situation n | The first strawberries in the veg patch are red and the kids are squabbling sweetly over the biggest one.
# pair 23
fr situation n | Mon copain a collé des petits mots sur tous les yaourts du frigo, j'ai souri toute la matinée.
+ en situation n | My boyfriend stuck little notes on every yoghurt in the fridge, I've been smiling all morning.
# pair 24
en situation n | My best friend turned up unannounced with pastries and all the gossip from the neighbourhood.
+ fr situation n | Ma meilleure amie a débarqué à l'improviste avec des pâtisseries et tous les potins du quartier.
# pair 25
fr situation n | À la cantine, la cuisinière m'a glissé la part de gâteau avec le plus de chocolat, en rigolant.
+ en situation n | In the canteen the cook slipped me the slice of cake with the most chocolate, laughing.
# pair 26
fr situation n | Sur le chantier, le patron a ramené des chouquettes et on a chambré l'apprenti, sucre sur le nez.
+ en situation n | On the building site the boss brought sugar puffs and we teased the apprentice with sugar on his nose.
# pair 27
en situation n | Woken up by my son singing in the shower, a song he made up about toast.
+ fr situation n | Réveillé par mon fils qui chante sous la douche une chanson qu'il a inventée sur les tartines.
# pair 28
fr situation n | Dans le métro, un vieux monsieur m'a souhaité une belle journée en soulevant son chapeau.
+ en situation n | On the metro an old gentleman tipped his hat and wished me a lovely day.
# pair 29
fr situation n | L'épisode de la série de ce soir était tellement drôle que ma mère a recraché son thé.
+ en situation n | Tonight's episode of the series was so funny my mum spat out her tea.
# pair 30
en situation n | The cashier loved my unicorn T-shirt and asked me where I'd bought it.
+ fr situation n | La caissière a adoré mon t-shirt licorne et m'a demandé où je l'avais acheté.
# pair 31
fr situation n | Le chien a rapporté le journal tout seul ce matin, fier comme un paon, la queue qui tourne.
+ en situation n | The dog fetched the newspaper all by himself this morning, proud as a peacock, tail going round.
# pair 32
fr situation n | Pour mon anniversaire, les collègues ont couvert mon bureau de ballons et m'ont mis une couronne en carton.
+ en situation n | For my birthday my colleagues covered my desk in balloons and put a cardboard crown on my head.
# pair 33
en situation n | First sunshine of March, and the whole street brought chairs out front and is saying hello to each other.
+ fr situation n | Premier rayon de soleil de mars, toute la rue a sorti les chaises devant les portes et tout le monde se dit bonjour.
# pair 34
fr situation n | À la mairie, l'employée a dessiné un petit soleil sur mon dossier en me disant que tout était bon.
+ en situation n | At the town hall the clerk drew a little sun on my file and told me everything was in order.
# pair 35
fr situation n | Au coucher, ma fille m'a dit que j'étais sa personne préférée du monde entier, juste après les chats.
+ en situation n | At bedtime my daughter told me I'm her favourite person in the whole world, right after cats.
# pair 36
en situation n | The new neighbours brought us a quiche on moving day, and we ate it sitting on the boxes, laughing.
+ fr situation n | Les nouveaux voisins nous ont apporté une quiche le jour du déménagement, on l'a mangée assis sur les cartons en riant.
# pair 37
fr situation n | Au refuge pour animaux, un petit garçon venu adopter m'a fait un câlin pour me dire merci.
+ en situation n | At the animal shelter, a little boy who came to adopt gave me a hug to say thank you.
# pair 38
fr situation n | À la sortie de la messe, le curé a fait une blague sur le foot et tout le parvis a ri.
+ en situation n | Coming out of Mass the priest made a football joke and everyone on the church steps laughed.
# pair 39
en situation n | The baby kicked right when my husband put his hand on my bump, and he burst out laughing.
+ fr situation n | Le bébé a donné un coup de pied pile quand mon mari a posé la main sur mon ventre, et il a éclaté de rire.
# pair 40
fr situation n | Papi a joué à Mario Kart avec nous et il tombait exprès dans chaque virage pour nous faire rire.
+ en situation n | Grandad played Mario Kart with us and fell off on purpose at every bend to make us laugh.
# pair 41
fr situation n | Au spectacle de l'école, mon fils a fait coucou au public en plein milieu de la chanson.
+ en situation n | At the school show my son waved at the audience right in the middle of the song.
# pair 42
en situation n | A lorry driver flashed his lights and gave me a big grin to let me pull out.
+ fr situation n | Un routier m'a fait un appel de phares et un grand sourire pour me laisser m'insérer.
# pair 43
fr situation n | Après une semaine de grippe, j'ai retrouvé le goût, et le premier croissant m'a fait sourire comme un gosse.
+ en situation n | After a week of flu I got my sense of taste back, and the first croissant had me grinning like a kid.
# pair 44
fr situation n | Mon tricot raté est devenu un bonnet pour le chat, et il le porte, ça me fait rire à chaque fois.
+ en situation n | My failed knitting became a hat for the cat, and he wears it, it makes me laugh every time.
# pair 45
en situation n | Out in the grass at night my son caught a firefly and named it Gerald. Give me some cheerful light.
+ fr situation n | Dans l'herbe, la nuit, mon fils a attrapé une luciole et l'a appelée Gérard. Mets-moi une lumière gaie.
# pair 46
fr situation n | Aux infos régionales, notre boulangère a fait coucou à la caméra avec sa brioche, toute la rue en rigole gentiment.
+ en situation n | On the regional news our baker waved at the camera holding her brioche, and the whole street is chuckling about it.
# pair 47
fr situation n | En amphi, le prof a raconté que son chien mange ses copies, et tout l'amphi riait.
+ en situation n | In the lecture hall the professor told us his dog eats his marking, and the whole room was laughing.
# pair 48
en situation n | On the boat the skipper let my daughter hold the wheel for two minutes, her smile was enormous.
+ fr situation n | Sur le bateau, le skipper a laissé ma fille tenir la barre deux minutes, elle avait un sourire immense.
# pair 49
fr situation n | Au repas de famille, mon oncle a raconté la même blague que l'an dernier et on a tous encore ri.
+ en situation n | At the family lunch my uncle told the same joke as last year and we all laughed again anyway.
# pair 50
fr situation n | À la maternité, l'infirmière a donné au grand frère un badge « super grand frère », il ne l'enlève plus.
+ en situation n | At the maternity ward the nurse gave the big brother a "super big brother" badge, and he won't take it off.
# pair 51
en situation n | At my retirement drinks my colleagues sang a little song about my over-sweetened coffees.
+ fr situation n | À mon pot de départ en retraite, les collègues ont chanté une petite chanson sur mes cafés trop sucrés.
# pair 52
fr typo n | mon chat c'est endormi dans le saladier et il rentre pile dedans mdr trop chou
+ en typo n | my cat fell asleep in teh salad bowl and he fits perfectly lol sooo cute
# pair 53
fr slang_emoji n | ptdr le livreur m'a tendu ma pizza en disant « bon appétit la star » 😂
+ en slang_emoji n | lmao the delivery guy handed me my pizza like "enjoy, superstar" 😂
# pair 54
en situation n | Hanging out the washing, I found a note in my son's jeans pocket: "you're the best mum".
+ fr situation n | En étendant le linge, j'ai trouvé un mot dans la poche du jean de mon fils : « t'es la meilleure maman ».
# pair 55
fr situation n | Pique-nique au parc : un pigeon a chipé une chips et ma fille lui a crié « bon appétit monsieur ».
+ en situation n | Picnic in the park: a pigeon nicked a crisp and my daughter shouted "enjoy your meal, sir" at it.
# pair 56
fr situation n | Le coiffeur m'a fait une coupe géniale, et en sortant deux inconnues m'ont fait un compliment.
+ en situation n | The hairdresser gave me a great cut, and on the way out two strangers complimented me.
# pair 57
en situation n | My flatmate drew a cat face in the foam of my cappuccino before I left for work.
+ fr situation n | Mon coloc a dessiné une tête de chat dans la mousse de mon cappuccino avant que je parte au travail.
# pair 58
fr situation n | La bibliothécaire m'a mis de côté le nouveau roman de mon autrice préférée, avec un post-it smiley.
+ en situation n | The librarian put aside my favourite author's new novel for me, with a smiley post-it on it.
# pair 59
fr situation n | Il a neigé, et tout l'immeuble a fait un bonhomme devant l'entrée avec le balai du gardien. Mets une ambiance joyeuse.
+ en situation n | It snowed, and the whole building made a snowman by the entrance with the caretaker's broom. Put on something cheerful.
# pair 60
en situation n | In the sauna an old man told us his postman jokes, we were crying with laughter.
+ fr situation n | Au sauna, un vieux monsieur nous a raconté ses blagues de facteur, on pleurait de rire.
# pair 61
fr situation n | Au cours de yoga, la prof s'est emmêlée dans sa propre posture et a éclaté de rire avec nous.
+ en situation n | At yoga class the teacher got tangled up in her own pose and burst out laughing with us.
# pair 62
fr situation n | À la pêche, mon fils a remonté une vieille botte et l'a brandie en rigolant comme un gros poisson.
+ en situation n | Fishing, my son reeled in an old boot and held it up laughing like it was a big fish.
# pair 63
en situation n | The bus driver waited while I ran for the stop and greeted me with "well run, champ!"
+ fr situation n | Le chauffeur de bus m'a attendu pendant que je courais vers l'arrêt et m'a accueilli d'un « bien couru, champion ! ».
# pair 64
fr situation n | La boulangère a glissé une chouquette en plus pour ma fille parce qu'elle a dit bonjour toute seule.
+ en situation n | The baker slipped in an extra sugar puff for my daughter because she said hello all by herself.
# pair 65
fr situation n | En visio, le chat de ma collègue a traversé l'écran avec une chaussette dans la gueule, réunion sauvée.
+ en situation n | On the video call my colleague's cat walked across the screen with a sock in its mouth, meeting saved.
# pair 66
en situation n | Weeding the garden, my neighbour and I chatted over the hedge for an hour, laughing the whole time.
+ fr situation n | En désherbant, ma voisine et moi on a bavardé par-dessus la haie pendant une heure, en riant tout du long.
# pair 67
fr typo n | le prof de maths a finit le cours 5 min en avance pour nous montrer des tours de carte trop bien
+ en typo n | maths teacher finished class 5 min early to show us card tricks, so coool
# pair 68
fr situation n | Chez le véto, la secrétaire a donné un biscuit au chien en lui disant qu'il était le plus beau de la journée.
+ en situation n | At the vet's the receptionist gave the dog a biscuit and told him he was the handsomest of the day.
# pair 69
en situation n | At snack time my son served tea to his teddies and asked whether I wanted sugar.
+ fr situation n | Au goûter, mon fils a servi le thé à ses peluches et m'a demandé si je voulais du sucre.
# pair 70
fr situation n | À vélo, une mamie m'a doublé sur son vélo électrique avec un petit signe, j'ai ri tout le trajet.
+ en situation n | Out cycling, a granny overtook me on her e-bike with a little wave, I laughed the whole way.
# pair 71
fr situation n | Un colis de ma tante : des biscuits maison et un petit mot plein de fautes adorables.
+ en situation n | A parcel from my aunt: homemade biscuits and a little note full of adorable spelling mistakes.
# pair 72
en situation n | At the market the cheesemonger had me taste three cheeses and called me "my queen".
+ fr situation n | Au marché, le fromager m'a fait goûter trois fromages en m'appelant « ma reine ».
# pair 73
fr situation n | Au camping, les enfants de la tente d'à côté ont invité les miens à une bataille de pistolets à eau.
+ en situation n | At the campsite the kids from the next tent invited mine to a water-pistol fight.
# pair 74
fr situation n | Mon mari m'a préparé un petit-déjeuner avec des fraises posées en smiley sur mes tartines.
+ en situation n | My husband made me breakfast with strawberries arranged in a smiley face on my toast.
# pair 75
en situation n | The baby chuckled when the dog licked her hand, and we all melted.
+ fr situation n | Le bébé a gloussé quand le chien lui a léché la main, et on a tous fondu.
# pair 76
fr slang_emoji n | au lavage auto le petit hurlait de rire a chaque rouleau comme si c'était un manège 😂
+ en slang_emoji n | at the car wash the little one was howling with laughter at every brush like it was a fairground ride 😂
# pair 77
fr situation n | Fête des voisins : la dame du troisième a apporté sa tarte au citron et tout le monde voulait la recette.
+ en situation n | Street party: the lady from the third floor brought her lemon tart and everyone wanted the recipe.
# pair 78
en situation n | Grandad's learned to take selfies and sent me one with his hens.
+ fr situation n | Papi a appris à faire des selfies et m'en a envoyé un avec ses poules.
# pair 79
fr situation n | Mon chef a ramené de vacances un aimant ridicule pour chacun, le mien est un homard qui danse.
+ en situation n | My boss brought back a silly fridge magnet for everyone from his holiday, mine is a dancing lobster.
# pair 80
fr situation n | À la piscine, mon fils a sauté en criant « bombe » et a arrosé le maître-nageur, qui a rigolé.
+ en situation n | At the pool my son jumped in shouting "bomb" and soaked the lifeguard, who laughed.
# pair 81
en mixed n | A bit tired after the week, but at dinner Karim served his failed mayo as "egg soup" and I'm still laughing.
+ fr mixed n | Un peu crevé par la semaine, mais au dîner Karim a servi sa mayo ratée comme une « soupe d'œuf » et j'en ris encore.
# pair 82
fr situation n | Au mariage de ma cousine, le petit garçon d'honneur a fait un discours sur les dinosaures.
+ en situation n | At my cousin's wedding the little page boy gave a speech about dinosaurs.
# pair 83
fr situation n | Au coin du feu, mon père a sorti sa guitare et chanté faux, on rigolait tous. Mets une lumière qui colle.
+ en situation n | By the fire my dad got his guitar out and sang off-key, we were all laughing. Set lights to match.
# pair 84
en situation n | In the woods my daughter found an enormous mushroom and named it Bernard.
+ fr situation n | En forêt, ma fille a trouvé un champignon énorme et l'a appelé Bernard.
# pair 85
fr situation n | À Noël, mon petit frère a offert à papa une cravate qu'il a peinte lui-même, et papa la porte déjà.
+ en situation n | At Christmas my little brother gave Dad a tie he'd painted himself, and Dad's already wearing it.
# pair 86
fr situation n | Je me suis vu dans la glace avec mon masque à l'argile vert et j'ai éclaté de rire tout seul.
+ en situation n | I caught myself in the mirror with my green clay mask on and burst out laughing on my own.
# pair 87
en situation n | Reading the bedtime story I did the wolf's voice, and my son made me do it five more times.
+ fr situation n | En lisant l'histoire du soir, j'ai fait la voix du loup, et mon fils m'a fait recommencer cinq fois.
# pair 88
fr situation n | Fin des vendanges, le patron a fait des crêpes pour toute l'équipe en racontant ses blagues nulles.
+ en situation n | End of the grape harvest, the boss made pancakes for the whole crew while telling his terrible jokes.
# pair 89
fr situation n | En montant l'étagère, mon fils a mis son casque de chantier en plastique pour m'« aider », trop mignon.
+ en situation n | While I put up the shelf, my son put on his plastic hard hat to "help" me, too cute.
# pair 90
en situation n | Grandad rang me just to tell me he'd seen a squirrel going down the slide in the park.
+ fr situation n | Papi m'a appelé juste pour me dire qu'il avait vu un écureuil descendre le toboggan du parc.
"""

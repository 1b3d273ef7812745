"""nostalgie: third wave, minimal pairs with tristesse (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Je repense à ma chambre dans la maison de mes parents, les posters, la radio, l'été 2003.
+ en situation n | I think back to my bedroom at my parents' house, the posters, the radio, summer 2003.
# pair 02
fr situation n | Retrouvé une photo de Filou chiot couché dans sa gamelle, en 2008 : qu'est-ce qu'on riait avec ce chien.
+ en situation n | Found a photo of Filou as a puppy lying in his bowl, back in 2008: how we used to laugh with that dog.
# pair 03
fr situation n | J'ai retrouvé mon premier badge d'usine de 1987, je revois la cantine et les copains de l'atelier.
+ en situation n | I found my first factory badge from 1987; I can see the canteen and my mates from the workshop.
# pair 04
fr situation n | Les résultats du bac à la radio me ramènent à juin 1992, quand on courait lire les listes au lycée.
+ en situation n | The exam results on the radio take me back to June 1992, when we all ran to read the lists at school.
# pair 05
fr situation l | Ma sœur m'a envoyé du Canada une photo de nous deux petites, en ciré jaune à Quiberon, en 1995.
+ en situation l | My sister sent me a photo from Canada of the two of us as kids, in yellow raincoats at Quiberon, 1995.
# pair 06
en situation n | Driving past the pitch, I can see our Sunday matches when I was fifteen, oranges at half-time.
+ fr situation n | En passant devant le terrain, je revois nos matchs du dimanche quand j'avais quinze ans, les oranges à la mi-temps.
# pair 07
fr situation l | Je feuillette l'album de notre voyage au Japon en 2009, les temples, maman en kimono qui rit.
+ en situation l | I'm leafing through the album of our 2009 trip to Japan, the temples, Mum laughing in a kimono.
# pair 08
fr situation n | Le piano de maman, où elle jouait le dimanche soir quand j'étais petit ; j'en ai encore les airs en tête.
+ en situation n | Mum's piano, where she played on Sunday evenings when I was little; I still have the tunes in my head.
# pair 09
fr situation n | Cette chanson passait en boucle à mon premier concert, en 1999, avec mes copains de lycée.
+ en situation n | This song was on repeat at my first concert, in 1999, with my school friends.
# pair 10
fr situation n | Mon père me racontait ses randonnées dans les Pyrénées, je revois ses grosses chaussures dans l'entrée.
+ en situation n | My father used to tell me about his hikes in the Pyrenees; I can still see his big boots in the hallway.
# pair 11
fr situation n | Je repense au cinéma de mon quartier, les séances du mercredi à dix francs avec mon frère.
+ en situation n | I think back to my local cinema, the Wednesday screenings for ten francs with my brother.
# pair 12
fr situation l | Je suis repassé devant le café où j'ai rencontré ma femme en 2010 ; ces premiers rendez-vous, quelle époque.
+ en situation l | I walked past the café where I met my wife in 2010; those first dates, what a time.
# pair 13
en situation n | My best mate from childhood sent a photo of the tree house we built in the woods in 1988.
+ fr situation n | Mon meilleur ami d'enfance m'a envoyé une photo de la cabane qu'on avait construite dans le bois en 1988.
# pair 14
fr situation n | Mamie m'appelait sa puce les mercredis où je goûtais chez elle, j'avais huit ans ; j'entends encore sa voix.
+ en situation n | Granny called me her little flea on the Wednesdays I had tea at hers, when I was eight; I can still hear her voice.
# pair 15
fr situation l | Dix ans après, je repense à notre premier appartement, les cartons servaient de table et on était si bien.
+ en situation l | Ten years on, I think back to our first flat, where boxes served as a table and life felt so good.
# pair 16
fr situation n | Les chouquettes de Monsieur Paul, on les mangeait en rentrant de l'école, il y a trente ans.
+ en situation n | Mr Paul's sugar puffs, we ate them on the way home from school, thirty years ago.
# pair 17
fr situation l | Sur mon vieux téléphone, j'ai retrouvé les photos de bébé de mon fils, ses premiers pas en 2014.
+ en situation l | On my old phone I found my son's baby photos, his first steps in 2014.
# pair 18
en situation n | The old cherry tree at Grandpa's, climbing it every June with my cousins, red juice on our shirts.
+ fr situation n | Le vieux cerisier chez papy, on y grimpait chaque juin avec mes cousins, du jus rouge sur nos t-shirts.
# pair 19
fr situation n | La cabane de plage de mon père à Oléron, les étés en sandales, le sel sur la peau.
+ en situation n | My father's beach hut on Oléron, summers in sandals, salt on our skin.
# pair 20
fr situation n | Les Noëls chez maman dans les années 80, les santons, la bûche glacée, les cousins partout.
+ en situation n | Christmases at Mum's in the 80s, the crib figurines, the ice-cream log, cousins everywhere.
# pair 21
fr situation l | En rangeant, j'ai retrouvé le bracelet de naissance de ma fille, maternité de Nantes, 1998.
+ en situation l | Tidying up, I found my daughter's hospital birth bracelet, Nantes maternity ward, 1998.
# pair 22
fr situation n | Je repense à mon instituteur de CM2, ses dictées, sa blouse grise, l'odeur de la craie.
+ en situation n | I think back to my Year 6 teacher, his dictations, his grey smock, the smell of chalk.
# pair 23
fr situation n | La 205 rouge de papa, les départs en vacances à l'aube, la glacière entre mes pieds.
+ en situation n | Dad's red 205, leaving for holidays at dawn, the cool box between my feet.
# pair 24
en situation n | The '98 final in my uncle's living room, the whole family in blue shirts, I was nine.
+ fr situation n | La finale de 98 dans le salon de mon oncle, toute la famille en maillot bleu, j'avais neuf ans.
# pair 25
fr situation n | J'ai rebranché la Super Nintendo, Mario Kart avec mon frère comme en 1994, les mêmes disputes sur le canapé.
+ en situation n | I plugged the Super Nintendo back in, Mario Kart with my brother like in 1994, the same squabbles on the sofa.
# pair 26
fr situation l | Je relis les lettres qu'on s'envoyait en colo en 1986, avec des autocollants et des fautes partout.
+ en situation l | I'm rereading the letters we sent each other from summer camp in 1986, stickers and spelling mistakes everywhere.
# pair 27
fr situation n | La maison de mes grands-parents, le grenier, la balançoire, les étés interminables des années 70.
+ en situation n | My grandparents' house, the attic, the swing, the endless summers of the 70s.
# pair 28
fr situation l | Mon violon d'élève retrouvé au grenier, et je revois mes cours du samedi chez Madame Petit.
+ en situation l | My student violin found in the attic, and I can see my Saturday lessons at Madame Petit's.
# pair 29
fr situation n | Pot de départ de Sarah : on a ressorti les photos du séminaire de 2005, les coupes de cheveux, les fous rires.
+ en situation n | Sarah's leaving drinks: we dug out the photos from the 2005 away-day, the haircuts, the giggles.
# pair 30
fr situation n | Devant la maternité où je suis né, je repense à maman qui racontait la neige de cette nuit de 1979.
+ en situation n | Outside the maternity ward where I was born, I think of Mum telling the story of the snow that night in 1979.
# pair 31
en situation n | Watched my friends' wedding video from 2008 again; we danced to the same song all night.
+ fr situation n | Revu la vidéo du mariage de mes amis, 2008 ; on a dansé sur la même chanson toute la nuit.
# pair 32
fr situation l | Nos albums photos, les dessins des enfants de l'époque, je les ai ressortis ce dimanche avec un sourire.
+ en situation l | Our photo albums, the kids' drawings from back then; I got them out this Sunday with a smile.
# pair 33
fr situation n | La pluie sur le toit de tôle, comme dans la grange de mon oncle où on passait les vacances, petits.
+ en situation n | Rain on the tin roof, like in my uncle's barn where we spent the holidays as kids.
# pair 34
fr situation n | L'odeur du thé à la menthe dans ce café, et je suis de retour au pays, sur la terrasse de ma mère.
+ en situation n | The smell of mint tea in this café, and I'm back home again, on my mother's terrace.
# pair 35
fr situation l | Je repense à ma première année de médecine, les amphis bondés, les sandwiches à la cafét, les nuits à réviser.
+ en situation l | I think back to my first year of medical school, packed lecture halls, canteen sandwiches, nights of revision.
# pair 36
fr situation l | Mon vieux doudou lapin retrouvé chez ma mère, il sent encore la lessive de mon enfance.
+ en situation l | My old toy rabbit found at my mother's; it still smells of my childhood washing powder.
# pair 37
fr situation n | Mme Lucas, notre voisine de palier, nous gardait le mercredi et faisait des crêpes ; quelle belle époque.
+ en situation n | Mrs Lucas, our neighbour across the landing, looked after us on Wednesdays and made pancakes; what lovely days.
# pair 38
en situation n | Dad's watch still ticks on my wrist; I can picture him winding it over his coffee every morning in the 80s.
+ fr situation n | La montre de papa tourne encore à mon poignet ; je le revois la remonter chaque matin devant son café, dans les années 80.
# pair 39
en situation n | Found a flyer from our band's first gig in 1996, a pub in Leeds, twenty people and a broken amp.
+ fr situation n | J'ai retrouvé un flyer du premier concert de notre groupe en 1996, un pub de Leeds, vingt personnes et un ampli cassé.
# pair 40
en situation n | Biscuit as a puppy under the apple tree, in that faded photo from 2005; what summers those were.
+ fr situation n | Biscuit chiot sous le pommier, sur cette photo délavée de 2005 ; quels étés c'était.
# pair 41
en situation l | My best friend sent me our old school timetable from 1993, doodles in the margins and all.
+ fr situation l | Ma meilleure amie m'a envoyé notre vieil emploi du temps du collège de 1993, avec les gribouillis dans la marge.
# pair 42
en situation n | Mum's handwritten recipe cards, smudged with butter, take me back to baking with her on rainy Wednesdays.
+ fr situation n | Les fiches recettes de maman, tachées de beurre, me ramènent aux gâteaux qu'on faisait ensemble les mercredis de pluie.
# pair 43
en situation l | Walking past my old university, I remembered the student halls, cheap pasta and chats until dawn.
+ fr situation l | En passant devant ma vieille fac, je me suis souvenu de la résidence, des pâtes pas chères et des discussions jusqu'à l'aube.
# pair 44
en situation n | We carved our initials in the old oak on the village green in summer '89, and they're still there.
+ fr situation n | On avait gravé nos initiales dans le vieux chêne de la place du village, l'été 89, et elles y sont encore.
# pair 45
en situation n | Grandpa's farm in the 70s: riding on his tractor, warm milk, hay in our hair.
+ fr situation n | La ferme de papy dans les années 70 : les tours de tracteur, le lait tiède, la paille dans les cheveux.
# pair 46
en situation l | Watching the school play, I remembered my own in 1984, dressed as a carrot, Mum in the front row.
+ fr situation l | Au spectacle de l'école, je me suis souvenue du mien en 1984, déguisée en carotte, maman au premier rang.
# pair 47
en situation n | The holiday home in Brittany, creaky stairs, sun cream and crêpes, summer after summer in the 90s.
+ fr situation n | La maison de vacances en Bretagne, l'escalier qui grince, la crème solaire et les crêpes, été après été dans les années 90.
# pair 48
en situation l | Swimming in the lake where we spent every summer as kids; the same jetty, the same cold water.
+ fr situation l | Baignade dans le lac de tous nos étés d'enfants ; le même ponton, la même eau froide.
# pair 49
en situation n | Our little shop in the 90s: the bell over the door, Dad behind the counter, sweets in glass jars.
+ fr situation n | Notre petite boutique dans les années 90 : la clochette de la porte, papa derrière le comptoir, les bonbons en bocaux.
# pair 50
fr situation n | Les meubles de mes parents, le buffet en chêne, la toile cirée à carreaux ; je revois nos dîners des années 80.
+ en situation n | My parents' furniture, the oak sideboard, the checked oilcloth; I can see our family dinners in the 80s.
# pair 51
fr situation l | Un vieux message vocal de papa, 2012, qui me souhaite bon anniversaire en chantant faux ; ça me fait sourire.
+ en situation l | An old voicemail from Dad, 2012, wishing me happy birthday and singing out of tune; it makes me smile.
# pair 52
fr situation n | Facebook m'a ressorti une photo de 2009 avec Julie et toute la bande au festival, nos tentes sous la pluie.
+ en situation n | Facebook brought up a 2009 photo of Julie and the whole gang at the festival, our tents in the rain.
# pair 53
fr situation n | Mon ancien quartier, le square, la boulangerie, les parties de billes sur le trottoir dans les années 60.
+ en situation n | My old neighbourhood, the square, the bakery, games of marbles on the pavement in the 60s.
# pair 54
fr situation l | Mes vieilles baskets de mon premier marathon, Paris 2001 ; je revois les copains du club qui chantaient au bord de la route.
+ en situation l | My old trainers from my first marathon, Paris 2001; I can see my club mates singing at the roadside.
# pair 55
fr situation n | Les messes de minuit de mon enfance, la crèche vivante, l'encens et le chocolat chaud après.
+ en situation n | The midnight masses of my childhood, the living nativity, the incense and hot chocolate afterwards.
# pair 56
fr situation l | Ma fille m'a montré sa cour d'école, la même que la mienne ; je revois nos parties d'élastique en 1987.
+ en situation l | My daughter showed me her playground, the same as mine; I can see our French-skipping games in 1987.
# pair 57
en situation n | Dad used to tell me about the Saturday dances in the 50s, waltzing with Mum under the paper lanterns.
+ fr situation n | Papa me racontait les bals du samedi dans les années 50, quand il valsait avec maman sous les lampions.
# pair 58
fr situation n | Dans ce vent du large, je revois les matins de pêche avec mon oncle il y a trente ans, thermos et casquettes.
+ en situation n | In this sea wind, I can see the fishing mornings with my uncle thirty years ago, flasks and caps.
# pair 59
fr situation n | La boîte à outils de papa, l'odeur d'huile et de sciure ; petit, je lui tendais les clous le samedi matin.
+ en situation n | Dad's toolbox, the smell of oil and sawdust; as a boy I handed him the nails on Saturday mornings.
# pair 60
fr situation l | Le parfum de ma mère sur une passante, et je suis de nouveau petit, dans ses bras à la sortie de l'école.
+ en situation l | My mother's perfume on a passer-by, and I'm little again, in her arms outside the school gates.
# pair 61
fr situation l | Relu Le Petit Prince dans l'édition de mes dix ans, avec mes gribouillis au crayon dans les marges.
+ en situation l | Reread The Little Prince in the copy I had at ten, with my pencil scribbles in the margins.
# pair 62
fr situation n | Le troupeau de mon grand-père qui rentrait le soir, les cloches, le chien derrière, quand j'avais sept ans.
+ en situation n | My grandfather's herd coming home in the evening, the bells, the dog behind, when I was seven.
# pair 63
fr situation n | Le refuge où on dormait avec les copains de cordée en 1992, la soupe, les chansons, les chaussettes qui séchaient.
+ en situation n | The mountain hut where we slept with my climbing mates in 1992, the soup, the songs, the socks drying.
# pair 64
fr situation l | Le pull que ma grand-mère m'avait tricoté pour mes dix ans, trop grand, je le portais tout l'hiver.
+ en situation l | The jumper my grandmother knitted for my tenth birthday, too big, I wore it all winter.
# pair 65
fr situation n | L'usine de la ville, la sirène de midi, les ouvriers à vélo ; papa m'y emmenait le samedi.
+ en situation n | The town factory, the noon siren, workers on bikes; Dad used to take me there on Saturdays.
# pair 66
en situation n | The telescope Dad gave me for my tenth birthday, August nights on the terrace hunting shooting stars.
+ fr situation n | Le télescope que papa m'avait offert pour mes dix ans, les nuits d'août sur la terrasse à guetter les étoiles filantes.
# pair 67
fr situation l | Le magasin de jouets de mon oncle, la vitrine de Noël, les petites voitures dont je rêvais en 1975.
+ en situation l | My uncle's toy shop, the Christmas window, the little cars I dreamed of in 1975.
# pair 68
fr situation l | En remplissant un formulaire, j'ai écrit par réflexe mon adresse rue des Lilas, celle de mes vingt ans, et tout est revenu.
+ en situation l | Filling in a form, I wrote my old Rue des Lilas address out of habit, the one from when I was twenty, and it all came back.
# pair 69
fr situation l | Ma fille est partie pour ses études, et je relis le carnet de ses premiers mots, 2005.
+ en situation l | My daughter has left for university, and I'm rereading the notebook of her first words, 2005.
# pair 70
fr situation l | Deux assiettes dépareillées de notre premier appartement, on les a gardées ; on mangeait par terre en 1983.
+ en situation l | Two odd plates from our first flat, we've kept them; we ate on the floor back in 1983.
# pair 71
fr situation n | Le vieux stade, les frites, mon frère qui me portait sur ses épaules pour voir les buts en 1990.
+ en situation n | The old stadium, the chips, my brother carrying me on his shoulders to see the goals in 1990.
# pair 72
fr situation l | Le perroquet de ma tante qui sifflait la Marseillaise, les dimanches chez elle dans les années 70.
+ en situation l | My aunt's parrot whistling the Marseillaise, those Sundays at her place in the 70s.
# pair 73
fr typo l | jai retrouvé des photos de mon chat quand jetais petite, on faisait la sieste au soleil, trop bien cette epoque
+ en typo l | found photos of my cat from when i was little, we used to nap in the sun, loved those days
# pair 74
fr slang_emoji n | retrouvé nos vieux textos de 2011 avec ma meuf, les smileys de l'époque 🥹 trop chou
+ en slang_emoji n | found our old texts from 2011 with my gf, the smileys back then 🥹 so cute
# pair 75
en slang_emoji n | my dog as a puppy in 2012 chewing my school bag 🥹 miss those days fr
+ fr slang_emoji n | mon chien bébé en 2012 qui mâchouillait mon cartable 🥹 ça me manque cette époque
# pair 76
en typo n | found grandmas old recipe box, smells like her kitchen in the 90s, takes me rigth back
+ fr typo n | retrouvé la boite a recettes de mamie, ça sent sa cuisine des annees 90, ca me ramene direct en arriere
# pair 77
fr situation l | Le petit train de mon village, les vacances chez maman, le contrôleur qui nous connaissait tous par nos prénoms.
+ en situation l | My village's little train, holidays at Mum's, the conductor who knew us all by name.
# pair 78
fr situation l | Une vieille émission de radio au volant, et je revois papa qui l'écoutait dans la cuisine le dimanche.
+ en situation l | An old radio show on in the car, and I can see Dad listening to it in the kitchen on Sundays.
# pair 79
fr situation l | Retraité depuis cinq ans, je repense à l'atelier, aux pauses café et aux blagues de Gérard.
+ en situation l | Retired five years now, I think back to the workshop, the coffee breaks and Gérard's jokes.
# pair 80
fr situation l | Mon vieux vélo rouge de gamin dans la grange, et les balades jusqu'au lac avec mon frère me reviennent.
+ en situation l | My old red childhood bike in the barn, and the rides to the lake with my brother come back to me.
# pair 81
fr situation l | Première neige de l'hiver, et je revois les luges en carton sur la colline derrière chez nous, en 1985. Mets une ambiance qui va avec.
+ en situation l | First snow of winter, and I can see the cardboard sledges on the hill behind our house in 1985. Set a mood to match.
# pair 82
fr situation l | Ma photo de remise de diplôme, 1995, toge trop grande, mes parents au premier rang.
+ en situation l | My graduation photo, 1995, gown too big, my parents in the front row.
# pair 83
fr situation n | L'odeur de la soupe au pistou, et me voilà dans la cuisine de ma grand-mère à Menton, à huit ans.
+ en situation n | The smell of pistou soup, and here I am in my grandmother's kitchen in Menton, aged eight.
# pair 84
en situation n | My uncle's fishing boat, the smell of diesel and nets, those summer dawns in Cornwall when I was ten. Match the lights to that.
+ fr situation n | Le bateau de pêche de mon oncle, l'odeur du gasoil et des filets, ces aubes d'été en Cornouailles quand j'avais dix ans. Accorde la lumière à ça.
# pair 85
en situation l | The village fête of my childhood: the coconut shy, the brass band, Nan's jam winning a rosette every year.
+ fr situation l | La fête du village de mon enfance : le chamboule-tout, la fanfare, la confiture de mamie primée chaque année.
# pair 86
en situation l | My old work mug from the 2000s, chipped and covered in office jokes; I miss that team.
+ fr situation l | Ma vieille tasse du bureau des années 2000, ébréchée et couverte de blagues de bureau ; cette équipe me manque.
# pair 87
en situation l | Scrolling old phone photos from 2010: Mum laughing at the kitchen table, terrible haircuts, good times.
+ fr situation l | Je fais défiler de vieilles photos de 2010 : maman qui rit à la table de la cuisine, des coupes affreuses, le bon temps.
# pair 88
en situation l | Class reunion tonight: the same jokes, the same songs from 1990, we were eighteen again.
+ fr situation l | Retrouvailles de la promo ce soir : les mêmes blagues, les mêmes chansons de 1990, on avait de nouveau dix-huit ans.
# pair 89
en situation l | Tidying the kids' room, I found their baby shoes from 2003, and those tiny feet came rushing back.
+ fr situation l | En rangeant la chambre des enfants, j'ai retrouvé leurs chaussons de bébé de 2003, et ces petits pieds me sont revenus d'un coup.
# pair 90
en situation l | Rewatching the films I saw with Dad on VHS in the 90s, popcorn on the carpet, rewinding our favourite scenes.
+ fr situation l | Je revois les films qu'on regardait avec papa en VHS dans les années 90, le pop-corn sur la moquette, nos scènes préférées rembobinées.
"""

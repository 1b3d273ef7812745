"""nostalgie: third wave, triads with euphorie and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation l | Je berce le bébé de ma sœur et je la revois, elle, dans son couffin en osier en 1992, quand j'avais six ans.
+ en situation l | Rocking my sister's baby, I can see her in her own wicker basket back in 1992, when I was six.
# triad 02
fr situation l | Pour les noces d'or de papi et mamie, je repense aux étés dans leur maison de Royan, la 2CV et les glaces du port.
+ en situation l | For my grandparents' golden wedding, I keep thinking of our summers at their house in Royan, the old 2CV and ice creams by the harbour.
# triad 03
en situation l | Walked past my very first flat on Tanner Street: the mattress on the floor, ketchup pasta, friends until dawn.
+ fr situation l | Je suis repassé devant mon tout premier appart, rue des Tanneurs : le matelas par terre, les pâtes au ketchup, les potes jusqu'à l'aube.
# triad 04
fr situation l | Le faire-part de mariage de Samir est arrivé, et je revois nos quinze ans en mobylette sur les routes du Gers.
+ en situation l | Samir's wedding invitation arrived, and I'm back at fifteen, riding mopeds with him along the back roads of the Gers.
# triad 05
fr situation l | Dans le hall des arrivées, je repense à nos vols seuls chez papi, mon frère et moi, un badge autour du cou.
+ en situation l | In the arrivals hall I think back to flying alone to Grandpa's, my brother and me, with badges round our necks.
# triad 06
fr situation l | Les dragées du baptême de ma filleule ont le goût de celles de ma communion, chez mamie, en 1989.
+ en situation l | The sugared almonds from my goddaughter's christening taste just like the ones at my communion at Grandma's in 1989.
# triad 07
en situation l | For my 40th, Mum made the yoghurt cake with the twisty candles from my childhood birthdays in the yellow kitchen.
+ fr situation l | Pour mes 40 ans, maman m'a refait le gâteau au yaourt à bougies torsadées de mes anniversaires d'enfant, dans la cuisine jaune.
# triad 08
fr situation l | Avant la soirée des 20 ans du bac, je repasse devant le lycée : le préau, le distributeur, nos fous rires en philo.
+ en situation l | Before our 20-year reunion I drive past the old school: the covered yard, the vending machine, our giggling fits in philosophy.
# triad 09
fr situation l | Notre fils a dix-huit ans, et je revois son premier soir chez nous, son doudou girafe et ses grands yeux.
+ en situation l | Our son turns eighteen, and I can still see his first night with us, his giraffe cuddly toy and his huge eyes.
# triad 10
en situation l | Found a photo of Inès and me on our bikes along the canal, the summer we were twenty, ice cream dripping everywhere.
+ fr situation l | Retrouvé une photo d'Inès et moi à vélo le long du canal, l'été de nos vingt ans, la glace qui coulait partout.
# triad 11
fr situation l | Papa a ressorti sa Vespa du garage, et je me revois derrière lui, casque trop grand, sur la route de la plage.
+ en situation l | Dad got his Vespa out of the garage, and I'm back on the seat behind him in an oversized helmet, on the road to the beach.
# triad 12
fr situation l | Le test ADN parle d'ancêtres italiens, et je revois nonno Pietro qui chantait en faisant les pâtes le dimanche.
+ en situation l | The DNA test mentions Italian ancestors, and I picture Nonno Pietro singing as he made the pasta on Sundays.
# triad 13
en situation l | His old army cap on the hook takes me back to the summer we met, when he was home on leave and we danced at the village fete.
+ fr situation l | Sa vieille casquette militaire au crochet me ramène à l'été de notre rencontre, quand il était en permission et qu'on dansait au bal du village.
# triad 14
fr slang_emoji l | qqn a posté la photo du voyage de 3e à Londres dans le groupe whatsapp du collège 🥹 nos appareils dentaires mdr
+ en slang_emoji l | someone posted the year 9 London trip photo in the school whatsapp group 🥹 all our braces lol
# triad 15
fr situation l | La bûche de Noël de maman me ramène au soir où mon frère a fait sa demande, en 2010, et a renversé le champagne.
+ en situation l | Mum's Christmas yule log takes me back to the night my brother proposed in 2010 and knocked the champagne over.
# triad 16
fr situation l | Mon fils lit la Torah pour sa bar-mitsva, et je revois la mienne en 1993, ma voix qui déraillait et papi qui souriait.
+ en situation l | My son reads from the Torah at his bar mitzvah, and I see my own in 1993, my voice cracking and Grandpa beaming.
# triad 17
en situation l | Folding dumplings for New Year, I can see Grandma in Belleville fixing my pleats and laughing at my clumsy fingers.
+ fr situation l | En pliant les raviolis du Nouvel An, je revois grand-mère à Belleville qui corrigeait mes plis en riant de mes doigts maladroits.
# triad 18
fr situation l | Une chanson de feu de camp à la radio, et me revoilà en colo à Seignosse : les veillées, les lettres aux parents.
+ en situation l | A campfire song on the radio and I'm back at camp in Seignosse: the evening sing-alongs, the letters home to Mum and Dad.
# triad 19
fr situation l | Enceinte, je retrouve mon carnet de santé de bébé et l'écriture de maman qui notait mes premiers mots en 1990.
+ en situation l | Pregnant, I come across my baby health record and Mum's handwriting noting down my first words in 1990.
# triad 20
en situation l | Hanging up the embroidered stockings, I remember Christmases when the three kids tore down the stairs at 6 a.m.
+ fr situation l | En accrochant les chaussettes brodées, je revois les Noëls où les trois enfants dévalaient l'escalier à 6 h du matin.
# triad 21
fr situation l | Vingt-cinq ans de mariage, et je repense à notre premier appart à Nancy, avec la baignoire dans la cuisine.
+ en situation l | Twenty-five years married, and I keep thinking of our first flat in Nancy, with the bathtub in the kitchen.
# triad 22
fr situation l | Devant la haie, je repense aux étés où nos enfants passaient par le trou pour aller goûter chez Josiane.
+ en situation l | Standing by the hedge, I think of the summers our kids squeezed through the gap to have their snack at Josiane's.
# triad 23
fr situation l | Ma fille reçoit son diplôme, et je revois la photo de sa rentrée en petite section, le cartable plus grand qu'elle.
+ en situation l | My daughter's graduating, and I can see the photo of her first day at nursery school, her schoolbag bigger than she was.
# triad 24
fr situation l | Les figues du jardin me ramènent à papi qui nous racontait son village portugais, la bouche pleine de fruits.
+ en situation l | The figs in the garden bring back Grandpa telling us about his Portuguese village with his mouth full of fruit.
# triad 25
fr situation l | En préparant l'EVJF de ma sœur, je retombe sur nos photos de gamines déguisées en mariées avec les rideaux de mamie.
+ en situation l | Planning my sister's hen party, I find our photos as little girls dressed up as brides in Grandma's net curtains.
# triad 26
en situation l | A third-grade class photo online: Sandrine and me in the front row, same pigtails, same plastic sandals.
+ fr situation l | Une photo de classe de CE2 en ligne : Sandrine et moi au premier rang, mêmes couettes, mêmes sandales en plastique.
# triad 27
fr situation l | Notre chanson d'ados passe au mariage de la cousine, et je revois mon frère et moi qui la dansions dans notre chambre.
+ en situation l | Our teenage song comes on at our cousin's wedding, and I can see my brother and me dancing to it in our bedroom.
# triad 28
fr situation l | Je regarde la vidéo des premiers pas de mon fils dans le salon de la rue Vauban ; il a vingt ans aujourd'hui.
+ en situation l | I'm watching the video of my son's first steps in our living room on Rue Vauban; he turns twenty today.
# triad 29
en situation l | The scent of orange blossom, and I'm back in the Seville flat, midnight dinners on the roof with Marco and Ingrid.
+ fr situation l | Une odeur de fleur d'oranger, et me revoilà dans la coloc de Séville, les dîners à minuit sur le toit avec Marco et Ingrid.
# triad 30
fr situation l | En tenant la fille de ma meilleure amie, je revois nos soirées pyjama à douze ans, quand on choisissait déjà des prénoms de bébés.
+ en situation l | Holding my best friend's little girl, I remember our sleepovers at twelve, when we were already picking baby names.
# triad 31
en situation l | Carrying boxes into my brother's new house, I remember our shared bedroom, the bunk beds and the torch under the covers.
+ fr situation l | En portant les cartons chez mon frère, je revois notre chambre partagée, les lits superposés et la lampe de poche sous la couette.
# triad 32
fr situation l | Un bol de ramen, et je revois l'année où Yuki vivait chez nous et apprenait aux enfants à plier des grues en papier.
+ en situation l | A bowl of ramen, and I'm back in the year Yuki lived with us, teaching the kids to fold paper cranes.
# triad 33
fr situation l | Retrouvé notre attestation de Pacs de 2008 ; je revois le pique-nique au parc avec les copains juste après.
+ en situation l | Found our 2008 civil partnership certificate; I can picture the picnic in the park with our friends right afterwards.
# triad 34
fr situation l | Le bracelet de néonat de mon fils, retrouvé dans un tiroir ; il entre au collège, et je revois ses mains minuscules.
+ en situation l | My son's neonatal bracelet turned up in a drawer; he's starting secondary school, and I can see his tiny hands again.
# triad 35
en situation l | My godson is fifteen, and I remember the evening his dad asked me to be godfather, at the little Chinese place on Jaurès Street.
+ fr situation l | Mon filleul a quinze ans, et je repense au soir où son père m'a demandé d'être parrain, au petit resto chinois de la rue Jean-Jaurès.
# triad 36
en situation l | Trying on wedding dresses, I think of the afternoons I played bride in Mum's old dress up in the attic.
+ fr situation l | En essayant des robes de mariée, je repense aux après-midi où je jouais à la mariée avec la vieille robe de maman, au grenier.
# triad 37
fr situation l | Les petits-enfants dorment au grenier, comme mes enfants autrefois, et comme moi chez ma grand-mère à Pontivy.
+ en situation l | The grandchildren are sleeping in the attic, like my children used to, and like I did at my grandmother's in Pontivy.
# triad 38
fr situation l | L'odeur du henné me ramène aux mains de mes tantes à Agadir, les soirs de mariage, quand j'avais huit ans.
+ en situation l | The smell of henna takes me back to my aunts' hands in Agadir on wedding nights, when I was eight.
# triad 39
fr situation l | Les volets bleus de la maison de vacances de mamie, les parties de croquet, les douches au tuyau d'arrosage : j'y pense souvent. Mets une ambiance qui colle.
+ en situation l | The blue shutters of Grandma's holiday house, the croquet games, the showers under the garden hose: I think of it often. Set the lights for that.
# triad 40
en situation l | Found the demo tape our school band recorded in Fred's garage in 1996, with the neighbour's dog barking on track two.
+ fr situation l | Retrouvé la cassette démo de notre groupe du lycée, enregistrée dans le garage de Fred en 1996, avec le chien du voisin qui aboie sur le deuxième titre.
# triad 41
en situation l | For Mum's 60th, we play the old cassette of her and her sisters singing in Ziguinchor, and I'm back in those long holidays there.
+ fr situation l | Pour les 60 ans de maman, on écoute la vieille cassette où elle chante avec ses sœurs à Ziguinchor, et je retrouve nos grandes vacances là-bas.
# triad 42
fr situation l | La corne des cargos au Havre, et je revois papa qui rentrait de mer avec une valise pleine de bonbons du Brésil.
+ en situation l | The cargo ships' horns at Le Havre, and I see Dad coming home from sea with a suitcase full of Brazilian sweets.
# triad 43
fr situation l | Le café à la cardamome de ma voisine, et je retrouve la terrasse de ma mère à Alep, les soirs d'été avec les voisines.
+ en situation l | My neighbour's cardamom coffee, and I'm back on my mother's terrace in Aleppo, on summer evenings with the women next door.
# triad 44
fr situation l | Un vieux billet Paris-Lisbonne glissé dans un livre : nos allers-retours du vendredi soir, Hugo qui m'attendait avec des pastéis.
+ en situation l | An old Paris–Lisbon ticket tucked in a book: our Friday-night flights, Hugo waiting for me with custard tarts.
# triad 45
fr situation l | Maman vide sa salle de classe pour sa retraite, et je revois les mercredis où je faisais mes devoirs à son bureau.
+ en situation l | Mum's clearing out her classroom before retiring, and I can see the Wednesdays I did my homework at her desk.
# triad 46
fr situation l | Mon bébé dort sous la couverture aux carrés jaunes que mamie avait faite pour ma naissance, en 1991.
+ en situation l | My baby sleeps under the yellow-squared blanket Grandma made when I was born, back in 1991.
# triad 47
en situation l | Family lunch in the garden, and I think of the long Sunday tables at Grandpa's, the wasps in the lemonade.
+ fr situation l | Repas de famille au jardin, et je repense aux grandes tablées du dimanche chez papi, les guêpes dans la citronnade.
# triad 48
fr situation l | Je retrouve le voile de ma fille au grenier, et je revois la chapelle de Trébeurden, le vent dans ses cheveux.
+ en situation l | I find my daughter's veil in the attic, and I can see the chapel at Trébeurden, the wind in her hair.
# triad 49
en situation l | The photo of the gang at the cottage in 2012, all lined up on the low wall; we laughed so much that summer.
+ fr situation l | La photo de la bande au gîte en 2012, tous alignés sur le muret ; qu'est-ce qu'on a ri cet été-là.
# triad 50
fr situation l | Pour les 80 ans de papi, il raconte encore sa traversée de la Loire à la nage en 1958, et je revois ses histoires du soir.
+ en situation l | For his 80th, Grandpa tells again how he swam across the Loire in 1958, and I'm back in his bedtime stories.
# triad 51
fr situation l | La carte marine au mur me rappelle nos quinze ans aux Glénans, mon pote et moi trempés et morts de rire.
+ en situation l | The sea chart on the wall reminds me of being fifteen at sailing school, my mate and me soaked and laughing our heads off.
# triad 52
fr situation l | Les lampes à huile de Diwali me ramènent à Pondichéry, quand papa me laissait allumer la première mèche.
+ en situation l | The Diwali oil lamps take me back to Pondicherry, when Dad let me light the very first wick.
# triad 53
fr situation l | Le rhum arrangé de tonton me ramène aux Noëls en Guadeloupe, les chanté Nwel jusqu'au matin.
+ en situation l | Uncle's homemade spiced rum takes me back to Christmases in Guadeloupe, singing carols until morning.
# triad 54
fr situation l | Mon petit-fils a les oreilles décollées de ma fille bébé, et je la revois dans son parc en 1988.
+ en situation l | My grandson has my daughter's sticky-out baby ears, and I can picture her in her playpen in 1988.
# triad 55
fr typo l | ma fille est au nepal et moi je relis ses cartes de colo de quand elle avait 9 ans, avec ses fotes d'ortographe
+ en typo l | my daughter's in nepal and im rereading her postcards from summer camp when she was 9, with all her speling mistakes
# triad 56
fr situation l | Le parking de la maternité, et je revois la naissance de mon fils il y a vingt ans, dans la Clio, avec la sage-femme qui courait.
+ en situation l | The maternity car park, and I'm back to my son's birth twenty years ago in the Clio, with the midwife running towards us.
# triad 57
fr situation l | Mamie raconte son premier bal avec papi en 1956, sa robe à pois cousue par sa mère, et je revois ses photos sur le buffet.
+ en situation l | Grandma tells of her first dance with Grandpa in 1956, the polka-dot dress her mother sewed, and I see the photos on her sideboard.
# triad 58
en situation l | A tango on the radio, and I remember Auntie's letters from Argentina, with the stamps my brother and I fought over.
+ fr situation l | Un tango à la radio, et je repense aux lettres de tata d'Argentine, avec les timbres qu'on se disputait avec mon frère.
# triad 59
en slang_emoji l | mum sent pics of me and my twin in matching dungarees 🥹 we used to swap names to fool the teacher lol
+ fr slang_emoji l | maman m'a envoyé des photos de ma jumelle et moi en salopettes assorties 🥹 on échangeait nos prénoms pour piéger la maîtresse mdr
# triad 60
fr situation l | Mon petit frère se fiance, et je le revois à six ans, en cape de Zorro, qui défendait le bac à sable.
+ en situation l | My little brother is getting engaged, and I picture him at six in a Zorro cape, defending the sandpit.
# triad 61
fr situation l | Une photo en noir et blanc de la caserne de Berlin, 1972 : nous six en treillis, hilares, et Gérard qui fait le pitre.
+ en situation l | A black-and-white photo of the Berlin barracks, 1972: the six of us in fatigues, grinning, with Gérard clowning around.
# triad 62
fr situation l | La bougie en forme de 1 du premier anniversaire de ma fille, retrouvée dans une boîte ; elle passe le bac cette année.
+ en situation l | The number-one candle from my daughter's first birthday turned up in a box; she sits her final exams this year.
# triad 63
fr situation l | Papa et moi dansons à mon mariage, et je me revois petite, debout sur ses chaussures dans la cuisine.
+ en situation l | Dad and I dance at my wedding, and I see myself as a little girl, standing on his shoes in the kitchen.
# triad 64
fr situation l | Le bal du 15 août, et je revois Julien et moi à douze ans, à chiper des barbes à papa derrière la buvette.
+ en situation l | The August village dance, and I can see Julien and me at twelve, pinching candyfloss behind the drinks stand.
# triad 65
en situation l | Cinnamon buns in the oven, and I remember Linnea baking them with the kids every Sunday, flour all over the floor.
+ fr situation l | Des brioches à la cannelle au four, et je repense à Linnea qui en faisait avec les enfants chaque dimanche, de la farine partout par terre.
# triad 66
en situation l | My great-aunts' old letters, and I'm back in the summers at their farm in Normandy, cider in the cellar and butter in the churn.
+ fr situation l | Les vieilles lettres de mes grands-tantes, et me revoilà dans les étés à leur ferme normande, le cidre à la cave et le beurre dans la baratte.
# triad 67
en situation l | Mother's Day, and I find the pasta necklace my son made at nursery school, still in my jewellery box.
+ fr situation l | Fête des mères, et je retrouve le collier de nouilles que mon fils avait fait en maternelle, toujours dans ma boîte à bijoux.
# triad 68
en situation l | The smell of crêpes takes me back to Sunday mornings with my foster family in Brittany, six kids round one pan.
+ fr situation l | L'odeur des crêpes me ramène aux dimanches matin dans ma famille d'accueil en Bretagne, six gamins autour d'une seule poêle.
# triad 69
en situation l | Muddy boots in the hall take me back to our under-15 Saturdays, and the orange slices Coach handed out at half-time.
+ fr situation l | Des crampons boueux dans l'entrée, et je repense à nos samedis des moins de 15 ans, aux quartiers d'orange du coach à la mi-temps.
# triad 70
en situation l | A lemon granita on a hot day, and I'm back in Sicily at Grandpa's cousins', old ladies pinching my cheeks.
+ fr situation l | Une granita au citron par grosse chaleur, et me revoilà en Sicile chez les cousins de papi, avec les vieilles dames qui me pinçaient les joues.
# triad 71
fr situation l | Le bar où on s'est rencontrés il y a dix ans existe toujours ; je revois son pull affreux et notre premier slow. Mets-moi une ambiance qui va avec.
+ en situation l | The bar where we met ten years ago is still there; I can picture his awful jumper and our first slow dance. Set the mood for that.
# triad 72
fr situation l | Mon oncle et son compagnon nous emmenaient au cirque chaque Noël, avec des barbes à papa plus grosses que nos têtes.
+ en situation l | My uncle and his partner took us to the circus every Christmas, with candyfloss bigger than our heads.
# triad 73
en situation l | Watching my parents' wedding on an old VHS: Mum's puffy sleeves, Dad's moustache, and me as a baby in the pram.
+ fr situation l | On regarde le mariage de mes parents sur une vieille VHS : les manches bouffantes de maman, la moustache de papa, et moi bébé dans le landau.
# triad 74
fr situation l | Le réveillon approche, et je repense à ceux de chez tata, les cotillons, la chenille et les cousins endormis sous la table.
+ en situation l | New Year's Eve is coming, and I think of the ones at my aunt's: party poppers, the conga line, cousins asleep under the table.
# triad 75
fr mixed l | Un petit pincement, mais surtout de la tendresse : nos 50 ans approchent, et je repense aux boums dans le garage de Nico.
+ en mixed l | A little pang, but mostly fondness: our 50th is coming up, and I keep thinking of the parties in Nico's garage.
# triad 76
en situation l | The height marks on the kitchen door: my brother's, mine, even the dog's, all in Dad's pencil. Match the lights to that.
+ fr situation l | Les traits de croissance sur la porte de la cuisine : ceux de mon frère, les miens, même celui du chien, tous au crayon de papa. Accorde la lumière à ça.
# triad 77
fr situation l | Je repense au soir où j'ai présenté Léo à Clara : la raclette dans mon studio et le fromage sur la moquette.
+ en situation l | I think back to the night I introduced Léo to Clara: raclette in my studio flat and cheese all over the carpet.
# triad 78
fr situation l | Mon petit frère a trente ans, et je revois papa qui venait me chercher à l'école pour aller le voir à la maternité.
+ en situation l | My little brother turns thirty, and I can see Dad picking me up from school to go and meet him at the maternity ward.
# triad 79
fr situation l | Les traces de craie sur le palier me rappellent les marelles avec les enfants des voisins, quand les miens avaient six ans.
+ en situation l | Chalk marks on the landing remind me of hopscotch with the neighbours' kids, when mine were six.
# triad 80
fr situation l | Papi nous racontait son frère et leurs courses dans les rizières, et je revois encore ses yeux qui brillaient.
+ en situation l | Grandpa used to tell us about his brother and their races through the rice fields, and I can still see his eyes shining.
"""

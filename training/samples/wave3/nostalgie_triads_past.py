"""nostalgie: third wave, triads with tristesse and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Les crêpes de ce dimanche ont exactement le goût de celles de mamie à Morlaix, quand j'avais huit ans.
+ en situation n | This Sunday's crêpes taste exactly like Gran's in Morlaix, when I was eight.
# triad 02
fr situation n | Retrouvé une photo de Biscotte, le chien de mon enfance, qui courait derrière nos vélos tout l'été 1999.
+ en situation n | Found a photo of Biscotte, my childhood dog, chasing our bikes all through the summer of 1999.
# triad 03
en situation n | The radio played our first slow-dance song from the 1996 school disco; I could see the gym again.
+ fr situation n | À la radio, la chanson de notre premier slow à la boum de 1996 ; j'ai revu le gymnase du collège.
# triad 04
fr situation n | En passant devant la maison où j'ai grandi, j'ai revu la balançoire sous le tilleul et les goûters de maman.
+ en situation n | Driving past the house I grew up in, I saw the swing under the lime tree and remembered Mum's afternoon snacks.
# triad 05
fr situation n | Avec Julie, on a ressorti les photos de notre Interrail de 2003 : sacs à dos énormes, coupes ratées.
+ en situation n | Julie and I dug out the photos from our 2003 Interrail trip: huge backpacks, awful haircuts.
# triad 06
en situation n | My son's satchel smells of the glue and leather of my Year 5 satchel; for a second I'm ten again.
+ fr situation n | Le cartable de mon fils sent la colle et le cuir de mon cartable de CM2 ; une seconde, j'ai dix ans.
# triad 07
fr situation n | Les tomates du jardin ont le goût de celles que pépé cueillait pour nous l'été, encore chaudes de soleil.
+ en situation n | The garden tomatoes taste like the ones Grandpa picked for us in summer, still warm from the sun.
# triad 08
fr situation n | Retrouvé mon maillot de foot des poussins : les matchs sous la pluie, et les chocolats chauds du père de Karim.
+ en situation n | Found my under-10s football shirt: matches in the rain, and Karim's dad's hot chocolates afterwards.
# triad 09
en situation n | In a shoebox: the letters from my German pen pal in the nineties, still covered in her glittery stickers.
+ fr situation n | Dans une boîte à chaussures, les lettres de ma correspondante allemande des années 90, encore couvertes de ses autocollants à paillettes.
# triad 10
fr situation n | En changeant de téléphone, je suis retombé sur nos SMS de l'été 2009, quand on s'écrivait jusqu'à trois heures du matin.
+ en situation n | Switching phones, I stumbled on our texts from summer 2009, when we'd write to each other till three in the morning.
# triad 11
fr situation n | Le train de nuit pour Briançon, c'est nos départs en colo : couchettes, lampes de poche et biscuits de maman.
+ en situation n | The night train to Briançon is our summer-camp departures all over again: bunks, torches and Mum's biscuits.
# triad 12
en situation n | My old red bike is still in the attic, the one we rode round the estate on until it got dark.
+ fr situation n | Mon vieux vélo rouge est toujours au grenier, celui des tours du lotissement avec les copains jusqu'à la nuit tombée.
# triad 13
fr situation n | Pour mes quarante ans, ma sœur a ressorti les photos de mes anniversaires d'enfant, avec le gâteau en forme de locomotive.
+ en situation n | For my fortieth, my sister dug out photos of my childhood birthdays, with the cake shaped like a steam engine.
# triad 14
fr situation n | Croisé M. Lopez, notre voisin quand j'étais petit ; il m'appelle encore « le gamin du deuxième ».
+ en situation n | Bumped into Mr Lopez, our neighbour when I was little; he still calls me "the kid from the second floor".
# triad 15
en situation n | The smell of sun cream and doughnuts takes me straight back to the beach at Les Sables-d'Olonne, summers with my cousins.
+ fr situation n | L'odeur de crème solaire et de beignets me ramène sur la plage des Sables-d'Olonne, les étés avec mes cousins.
# triad 16
fr situation n | Chez un antiquaire, le carillon d'une vieille horloge, exactement celui de chez mes grands-parents pendant les vacances.
+ en situation n | In an antiques shop, an old clock chimed exactly like the one at my grandparents' house in the holidays.
# triad 17
fr situation n | Le chaton des voisins ressemble trait pour trait à Grisou, le chat de mon enfance qui dormait sur mon oreiller.
+ en situation n | The neighbours' kitten is the spitting image of Grisou, my childhood cat who slept on my pillow.
# triad 18
en situation n | The new intern reminded me of my own first day here in 2005, in an oversized suit with a floppy disk in my pocket.
+ fr situation n | Le nouveau stagiaire m'a rappelé mon premier jour ici en 2005, en costume trop grand avec une disquette dans la poche.
# triad 19
fr situation n | En rangeant, j'ai retrouvé le menu de notre mariage de 1987, avec la pièce montée et l'orchestre de tonton Jacques.
+ en situation n | Tidying up, I found the menu from our 1987 wedding, with the croquembouche and Uncle Jacques's band.
# triad 20
fr situation n | Repassé devant la maternité où est née ma fille ; je revois la chambre 12 et son minuscule bonnet rayé.
+ en situation n | Went past the maternity ward where my daughter was born; I can still see room 12 and her tiny striped hat.
# triad 21
en situation n | Plugged the old GameCube back in, and the music from the menu screen took me back to Wednesdays at my cousin's.
+ fr situation n | J'ai rebranché la vieille GameCube, et la musique de l'écran d'accueil m'a ramené aux mercredis chez mon cousin.
# triad 22
fr situation n | J'ai rouvert le Fantômette que je lisais sous la couette à la lampe de poche, l'hiver de mes neuf ans.
+ en situation n | I reopened the Fantômette book I used to read under the covers by torchlight, the winter I was nine.
# triad 23
fr situation n | Au marché, l'odeur des poulets rôtis, c'est exactement nos dimanches matin avec papa à Carpentras.
+ en situation n | At the market, the smell of roast chickens is exactly our Sunday mornings with Dad in Carpentras.
# triad 24
en situation n | An old white Renault 5 parked in the street, just like the one Mum drove me to school in.
+ fr situation n | Une vieille R5 blanche garée dans la rue, la même que celle avec laquelle maman m'emmenait à l'école.
# triad 25
fr situation n | Première neige ce matin, et je revois les batailles de boules de neige dans la cour de l'école, les moufles trempées.
+ en situation n | First snow this morning, and I can see the snowball fights in the school playground again, soaking mittens and all.
# triad 26
fr situation n | Les guirlandes lumineuses me ramènent aux Noëls chez tata, quand on guettait le père Noël derrière les rideaux.
+ en situation n | Fairy lights take me back to Christmases at my auntie's, peeking behind the curtains for Father Christmas.
# triad 27
en situation n | Our honeymoon album fell off the shelf; Lisbon, 1994, and we looked so young.
+ fr situation n | L'album de notre voyage de noces est tombé de l'étagère : Lisbonne, 1994, qu'est-ce qu'on était jeunes.
# triad 28
fr situation n | Une inconnue dans le métro portait le parfum de maman dans les années 80 ; j'ai revu sa coiffeuse.
+ en situation n | A stranger on the metro wore Mum's eighties perfume; I saw her dressing table again.
# triad 29
fr situation n | Mon fils joue avec mes vieux Kapla du grenier ; la tour qu'on montait avec papa tenait jusqu'au plafond.
+ en situation n | My son is playing with my old Kapla planks from the attic; the towers Dad and I built reached the ceiling.
# triad 30
en situation n | That rock band was on TV, and I was back at my first gig, squashed against the barrier.
+ fr situation n | Ce groupe de rock passait à la télé, et me revoilà à mon premier concert, écrasé contre la barrière.
# triad 31
fr situation n | Je suis repassé devant la résidence étudiante de Villeneuve-d'Ascq, la chambre 214 où on refaisait le monde autour de pâtes.
+ en situation n | Went past the student halls in Villeneuve-d'Ascq, room 214, where we put the world to rights over pasta.
# triad 32
fr situation n | Papi raconte ses bals du samedi soir des années 50, et je feuillette avec lui les photos aux bords dentelés.
+ en situation n | Grandpa is telling me about his Saturday-night dances in the fifties while we leaf through the scalloped-edge photos.
# triad 33
en situation n | My pregnant daughter found the yellow baby-grow I knitted for her thirty years ago.
+ fr situation n | Ma fille, enceinte, a retrouvé la grenouillère jaune que je lui avais tricotée il y a trente ans.
# triad 34
fr situation n | Le petit café de la place n'a pas changé : même toile cirée qu'à l'époque de mes chocolats chauds après le lycée.
+ en situation n | The little café on the square hasn't changed: same oilcloth as back when I had hot chocolate there after school.
# triad 35
fr situation n | Le vieux cerisier au fond du jardin, celui où on grimpait avec mon frère jusqu'à avoir mal au ventre de cerises.
+ en situation n | The old cherry tree at the bottom of the garden, the one my brother and I climbed until we were sick on cherries.
# triad 36
en situation n | Clearing out a drawer I found old franc notes and the cinema ticket from my first date: 35 francs.
+ fr situation n | En vidant un tiroir, j'ai trouvé des billets en francs et le ticket de cinéma de mon premier rendez-vous : 35 francs.
# triad 37
fr situation n | En refaisant ma carte d'identité, je suis tombé sur l'ancienne : photo de 1999, cheveux décolorés et appareil dentaire.
+ en situation n | Renewing my ID card, I came across the old one: a 1999 photo, bleached hair and braces.
# triad 38
fr situation n | Facebook me ressort nos photos de colo de 2007 : bracelets brésiliens, coups de soleil et chansons autour du feu.
+ en situation n | Facebook is showing me our 2007 summer-camp photos: friendship bracelets, sunburn and songs round the fire.
# triad 39
en situation n | They're reshowing the 1998 final, and I can see my uncle jumping on my parents' sofa.
+ fr situation n | Ils repassent la finale de 1998, et je revois mon oncle qui sautait sur le canapé de mes parents.
# triad 40
fr situation n | La soupe au pistou de ce soir sent comme chez ma tante à Menton, fenêtres ouvertes sur la mer.
+ en situation n | Tonight's pistou soup smells like my aunt's in Menton, with the windows open onto the sea.
# triad 41
en situation n | An old love note fell out of a book: "see you tonight, your Claire", written in 1992 on a bus ticket.
+ fr situation n | Un vieux mot doux est tombé d'un livre : « à ce soir, ta Claire », écrit en 1992 sur un ticket de bus.
# triad 42
fr situation n | Les cloches de l'église à Pâques me ramènent aux chasses aux œufs avec mes cousins dans le pré de mémé.
+ en situation n | The church bells at Easter take me back to egg hunts with my cousins in Gran's meadow.
# triad 43
fr situation n | L'odeur des makrouts au miel me ramène aux fins de ramadan chez ma grand-mère à Oran.
+ en situation n | The smell of honey makrouts takes me back to the end of Ramadan at my grandmother's in Oran.
# triad 44
en situation n | A summer storm like the ones when I was small, when three of us piled into Mum's big bed.
+ fr situation n | Un orage d'été comme dans mon enfance, quand on se serrait à trois dans le grand lit de maman.
# triad 45
fr situation n | Dans le bus, un monsieur parle au téléphone avec l'accent de Porto, et me voilà dans les étés chez mes grands-parents.
+ en situation n | On the bus a man is on the phone with a Porto accent, and I'm back in those summers at my grandparents'.
# triad 46
en situation n | My grandfather's workbench, tools lined up by size; I can see his sawdusty hands on Saturday mornings.
+ fr situation n | L'établi de mon grand-père, ses outils rangés par taille ; je revois ses mains pleines de sciure le samedi matin.
# triad 47
fr situation n | Une pelote de mohair rose en mercerie, la même laine que les pulls que maman tricotait devant la télé.
+ en situation n | A ball of pink mohair in the haberdashery, the same wool as the jumpers Mum knitted in front of the telly.
# triad 48
fr situation n | Les photos de mon premier chantier de bénévoles en Ardèche, en 1995 : on repeignait l'école en chantant.
+ en situation n | Photos from my first volunteer work camp in the Ardèche, 1995: we repainted the school, singing as we went.
# triad 49
en situation n | The smell of cut hay takes me back to my uncle's farm, bottle-feeding the calves at dawn.
+ fr situation n | L'odeur du foin coupé me ramène à la ferme de mon oncle, les veaux qu'on nourrissait au biberon à l'aube.
# triad 50
fr situation n | Le cinéma du quartier repasse Les Visiteurs, et je revois papa pleurer de rire à côté de moi en 1993.
+ en situation n | The local cinema is showing Les Visiteurs again, and I can see Dad crying with laughter next to me in 1993.
# triad 51
fr situation n | Le générique des Minipouss à la télé : les mercredis matin en pyjama, avec un bol de chocolat.
+ en situation n | The theme tune from The Littles on telly: Wednesday mornings in pyjamas with a bowl of hot chocolate.
# triad 52
en situation n | Every July when exam results come out, I see the lycée courtyard in 1997 again, the screams and hugs.
+ fr situation n | Chaque juillet, quand tombent les résultats du bac, je revois la cour du lycée en 1997, les cris et les embrassades.
# triad 53
fr situation n | Retrouvé ma ceinture orange de judo de gamin, et l'odeur du dojo des mercredis après-midi m'est revenue.
+ en situation n | Found my orange judo belt from when I was a kid, and the smell of the dojo on Wednesday afternoons came flooding back.
# triad 54
en situation n | Warm summer rain on the tarmac smells like our holidays at Gran's in Montélimar.
+ fr situation n | La pluie chaude d'été sur le bitume sent comme nos vacances chez mémé à Montélimar.
# triad 55
fr situation n | À l'animalerie, une cage comme celle de Noisette, le hamster qui partageait ma chambre en CM1.
+ en situation n | At the pet shop, a cage just like Noisette's, the hamster who shared my bedroom in Year 5.
# triad 56
fr situation n | Le poney-club de mon enfance existe toujours ; l'odeur de paille m'a ramenée à mes samedis avec Réglisse.
+ en situation n | The pony club from my childhood is still there; the smell of straw took me back to my Saturdays with Réglisse.
# triad 57
en situation n | Found the Ferris wheel ticket from our first date, Lyon, 2011, tucked in an old wallet.
+ fr situation n | Retrouvé le ticket de la grande roue de notre premier rendez-vous, Lyon, 2011, glissé dans un vieux portefeuille.
# triad 58
fr situation n | Avec mon frère, on a ressorti le Trivial Pursuit de l'enfance, avec les questions de 1990 et la triche de mamie.
+ en situation n | My brother and I got out our childhood Trivial Pursuit, with its 1990 questions and Gran's cheating.
# triad 59
en situation n | Heard a dial-up tone in a video and I was back in 2001, waiting for Julien to log on to chat.
+ fr situation n | Entendu le bruit d'une connexion internet d'avant dans une vidéo, et me voilà en 2001 à attendre que Julien se connecte.
# triad 60
fr situation n | Dans une friperie, un blouson en jean comme celui de mes seize ans, avec des badges de groupes partout.
+ en situation n | In a vintage shop, a denim jacket like the one I had at sixteen, covered in band badges.
# triad 61
fr situation n | En rangeant la cave, la caisse de mon premier studio : la cafetière italienne et des factures en francs.
+ en situation n | Clearing the cellar, the crate from my first bedsit: the stovetop coffee pot and bills in francs.
# triad 62
en situation n | A documentary on the fall of the Berlin Wall, and I'm back watching Dad open champagne in front of the telly.
+ fr situation n | Un documentaire sur la chute du mur, et je revois papa qui débouchait le champagne devant la télé.
# triad 63
fr situation n | Les étoiles filantes d'août, comme les nuits où papi me montrait Cassiopée depuis la chaise longue du jardin.
+ en situation n | August shooting stars, like the nights Grandpa showed me Cassiopeia from the deckchair in the garden.
# triad 64
fr situation n | Les roses trémières du marché, les mêmes qui bordaient l'allée chez ma marraine à Angers.
+ en situation n | Hollyhocks at the market, the same ones that lined the path at my godmother's in Angers.
# triad 65
en situation n | Halyards clinking in the harbour, like the mornings Dad rigged his little sailing boat in Paimpol.
+ fr situation n | Le bruit des drisses qui claquent au port, comme les matins où papa gréait son petit voilier à Paimpol.
# triad 66
fr situation n | Des vieux skis en bois chez un brocanteur, comme ceux de nos hivers à Font-Romeu avec tonton.
+ en situation n | Old wooden skis at a junk shop, like the ones from our winters in Font-Romeu with my uncle.
# triad 67
fr situation n | La cantine du boulot sert hachis parmentier et compote, exactement le menu du jeudi à l'école primaire.
+ en situation n | The work canteen is serving cottage pie and stewed apple, exactly the Thursday menu from primary school.
# triad 68
en situation n | I still know my parents' old landline number by heart, from the Sunday-night calls at boarding school.
+ fr situation n | Je connais encore par cœur l'ancien numéro fixe de mes parents, celui des appels du dimanche soir à l'internat.
# triad 69
fr situation n | Au fond d'un tiroir, les dessins de maternelle de mon fils, des soleils avec des lunettes de soleil.
+ en situation n | At the back of a drawer, my son's nursery-school drawings: suns wearing sunglasses.
# triad 70
fr situation n | L'odeur de barbe à papa à la fête foraine, c'est les soirs d'été avec pépé et ses tickets de manège.
+ en situation n | The smell of candyfloss at the funfair is summer evenings with Grandad and his ride tickets.
# triad 71
en situation n | The chemist's ointment smells like the cream Mum dabbed on my grazed knees every summer.
+ fr situation n | La pommade du pharmacien a l'odeur de celle que maman mettait sur mes genoux écorchés chaque été.
# triad 72
fr situation n | On a débouché un vin de 2002, l'année de nos vingt ans, et ressorti les histoires de notre coloc rue Oberkampf.
+ en situation n | We opened a 2002 wine, the year we turned twenty, and brought out the stories from our flatshare on Rue Oberkampf.
# triad 73
en situation n | Found my First Communion watch, worn leather strap, and I could see the party in Gran's garden again.
+ fr situation n | Retrouvé la montre de ma communion, le bracelet en cuir usé, et j'ai revu la fête dans le jardin de mémé.
# triad 74
fr situation n | Le linge qui sèche au soleil sent comme chez grand-mère, quand on pliait les draps à deux dans le jardin.
+ en situation n | Laundry drying in the sun smells like Grandma's, when we folded the sheets together in the garden.
# triad 75
fr slang_emoji n | retrouvé la vidéo de nos 18 ans avec Yanis, on dansait sur la table 🥹 c'était la belle époque
+ en slang_emoji n | found the video of our 18th with Yanis, we were dancing on the table 🥹 those were the days
# triad 76
fr slang_emoji n | la boulangerie de mon collège fait tjrs le même croissant aux amandes qu'en 2004 🥐🥹
+ en slang_emoji n | my secondary-school bakery still does the exact almond croissant from 2004 🥐🥹
# triad 77
en typo n | found my old walkman with the mixtape my sister made me in 94, it still plays lol
+ fr typo n | retrouvé mon vieux walkman avec la cassette que ma soeur mavait faite en 94, elle marche encore mdr
# triad 78
fr typo n | jai retrouvé les cassettes de comptines quon ecoutait dans la R5 en allant a la plage avec maman
+ en typo n | found the nursery-rhyme tapes we used to play in the old Renault on the way to the beach with mum
# triad 79
fr mixed n | Un petit pincement, mais surtout de la tendresse : notre cabane dans le bois est toujours là, trente ans après.
+ en mixed n | A little pang, but mostly tenderness: our den in the woods is still standing, thirty years on.
# triad 80
en situation n | The park bench where Émilie and I met after school; our initials are still carved into it.
+ fr situation n | Le banc du parc où on se retrouvait après les cours avec Émilie ; nos initiales y sont encore gravées.
# triad 81
fr situation n | Le bus 42 passe toujours devant mon ancien collège, et je revois nos fous rires au fond du car.
+ en situation n | The number 42 still goes past my old secondary school, and I remember us in fits of giggles on the back seat.
# triad 82
en situation n | The smell of apricot jam bubbling is summer at my great-aunt's in the Drôme.
+ fr situation n | L'odeur de la confiture d'abricots qui cuit, c'est l'été chez ma grand-tante dans la Drôme.
# triad 83
fr situation n | L'odeur de chlore de la piscine municipale, et me revoilà aux leçons de natation du jeudi, bonnet à fleurs.
+ en situation n | The chlorine smell of the public pool, and I'm back at Thursday swimming lessons in my flowery cap.
"""

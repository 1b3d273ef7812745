"""curiosite: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | C'est quoi ce petit trou sous l'évier ? Je veux savoir à quoi il sert.
+ en situation n | What's that little hole under the sink? I want to know what it's for.
fr situation l | Le frigo fait un clic toutes les vingt minutes, ça sert à quoi exactement ?
+ en situation l | The fridge clicks every twenty minutes, what exactly is that for?
fr situation n | Trois boutons sur la chaudière et aucun mode d'emploi, je cherche ce que fait chacun. Mets quelque chose qui colle.
+ en situation n | Three buttons on the boiler and no manual, I'm looking up what each one does. Put on something that fits.
fr situation n | Pourquoi la moisissure pousse toujours dans le même coin de la salle de bain ? Je lis sur la condensation.
+ en situation n | Why does the mould always grow in the same corner of the bathroom? Reading up on condensation.
en situation n | The dryer says "sensor dry", how does it even know the towels are done?
+ fr situation n | Le sèche-linge dit « séchage par capteur », mais comment il sait que les serviettes sont sèches ?
en situation l | Found a weird brass key taped behind the kitchen cupboard. What does it open?
+ fr situation l | Une drôle de clé en laiton scotchée derrière le placard de la cuisine. Elle ouvre quoi ?
fr situation n | Le compteur d'eau tourne alors que tout est fermé ? Je regarde comment on lit les chiffres.
+ en situation n | Water meter spinning with every tap off? I'm checking how you read the digits.
fr situation n | Une marque au crayon sur le chambranle : 1962, Lucien, 1 m 12. Qui c'était, ce Lucien ?
+ en situation n | Pencil mark on the door frame: 1962, Lucien, 3 foot 8. Who was this Lucien?

# situations: cooking and food
fr situation n | Premier essai de poutine maison, je veux comprendre pourquoi le fromage doit faire couic.
+ en situation n | First try at homemade poutine, I want to know why the curds have to squeak.
fr situation n | Le boucher m'a parlé de maturation à sec, j'ai plein de questions sur ce qui se passe dans la chambre froide. Lumière adaptée, s'il te plaît.
+ en situation n | The butcher mentioned dry ageing and I've got loads of questions about what happens in the cold room. Lights to suit, please.
en situation n | What actually makes Vegemite black? Asking for my French flatmate, and for me.
+ fr situation n | Qu'est-ce qui rend la Vegemite si noire ? Je demande pour mon coloc français, et pour moi.
fr situation n | Pourquoi les frites belges sont cuites deux fois ? Ce soir je teste les deux méthodes.
+ en situation n | Why are Belgian fries cooked twice? Tonight I'm testing both ways.
fr situation l | Le lait d'avoine mousse moins bien que le lait de vache, j'aimerais bien savoir pourquoi.
+ en situation l | Oat milk froths worse than cow's milk, I'd like to know why.
en situation n | Soda bread rises with no yeast at all, so I'm reading up on buttermilk and bicarb tonight. Kitchen lights on, please.
+ fr situation n | Le soda bread lève sans levure, alors ce soir je lis sur le babeurre et le bicarbonate. Allume la cuisine, s'il te plaît.
fr situation n | La raclette de Gruyère a un goût de noisette, je vais demander au fromager d'où ça vient.
+ en situation n | The Gruyère raclette tastes nutty, I'm going to ask the cheesemonger where that comes from.
fr situation n | Le sirop d'érable passe de l'eau au sirop comment, au juste ? Visite de la cabane à sucre samedi.
+ en situation n | How does maple sap actually turn into syrup? Sugar shack visit on Saturday.

# situations: pets
fr situation n | Le chien boit en faisant une cuillère avec sa langue, je regarde au ralenti.
+ en situation n | The dog drinks by curling his tongue into a spoon, I'm watching it in slow motion.
fr situation l | Pourquoi le chat pétrit la couverture avant de se coucher ? Je cherche. Une ambiance pour chercher ?
+ en situation l | Why does the cat knead the blanket before lying down? Looking it up. A mood for digging in?
en situation n | Our budgie only sings when the telly's on. I'm trying to work out what sets him off.
+ fr situation n | Notre perruche ne chante que quand la télé est allumée. J'essaie de comprendre ce qui la déclenche.
fr situation n | La tortue d'eau change de peau par plaques, je veux savoir comment marche sa mue.
+ en situation n | The terrapin sheds in patches, I want to know how its moult works.
fr situation n | Le hamster remplit ses joues jusqu'où, en vrai ? On a compté : quatorze graines de tournesol.
+ en situation n | How much can a hamster really cram in its cheeks? We counted: fourteen sunflower seeds.
en situation n | The vet says our greyhound can see almost behind his own head. Reading about dog eyes now. Set the lights for that.
+ fr situation n | D'après le véto, notre lévrier voit presque derrière sa tête. Je lis sur les yeux des chiens. Mets une lumière qui va avec.

# situations: children and parenting
fr situation n | Ma fille de quatre ans demande pourquoi la lune nous suit en voiture. Bonne question, je cherche.
+ en situation n | My four-year-old asks why the moon follows the car. Good question, I'm looking it up.
fr situation n | Le petit veut savoir combien pèse un nuage. On fait le calcul ensemble sur la nappe.
+ en situation n | The little one wants to know how much a cloud weighs. We're doing the maths together on the tablecloth.
en situation n | Kid asked why Canadian money smells like maple. Now I'm sniffing a twenty and reading the Bank of Canada site.
+ fr situation n | Le petit m'a demandé pourquoi les billets canadiens sentent l'érable. Je renifle un billet de vingt en lisant le site de la Banque du Canada.
fr situation n | Mon fils a posé une question sur les dinosaures à plumes, et je n'ai pas la réponse. On va au muséum mercredi. Allume le bureau.
+ en situation n | My son asked about feathered dinosaurs and I don't have the answer. We're going to the natural history museum Wednesday. Turn the desk light on.
fr situation l | Pourquoi les bébés gardent le poing fermé ? Je me pose la question en donnant le biberon.
+ en situation l | Why do babies keep their fists closed? Wondering while I do the bottle.
en situation n | Year 3 project on the Great Barrier Reef, and honestly I'm more into it than she is.
+ fr situation n | Exposé de CE2 sur la Grande Barrière de corail, et franchement ça me passionne plus qu'elle.
fr situation n | Ma fille a rapporté une chenille dans une boîte, on veut savoir ce qu'elle va devenir.
+ en situation n | My daughter brought home a caterpillar in a box, we want to find out what it'll turn into.

# situations: partner and dating
fr situation n | Mon copain est Néerlandais et je veux enfin comprendre pourquoi ils mangent des vermicelles en chocolat sur leur tartine.
+ en situation n | My boyfriend is Dutch and I finally want to understand why they put chocolate sprinkles on bread.
en situation n | Second date with a beekeeper from Cork and I've got a notebook full of questions.
+ fr situation n | Deuxième rendez-vous avec un apiculteur de Cork, et j'ai un carnet plein de questions.
fr situation n | Ma femme fait du Morse avec le club radio, je veux apprendre à lire ses petits bips.
+ en situation n | My wife does Morse with the radio club, I want to learn to read her little beeps.
fr situation l | Mon chum parle joual avec son père, je note les mots que je ne connais pas. Mets-moi une ambiance.
+ en situation l | My boyfriend speaks joual with his dad, I'm writing down the words I don't know. Set the mood for me.
fr situation n | Elle m'a emmené à un match de hurling à Dublin, je veux tout comprendre des règles avant la deuxième mi-temps.
+ en situation n | She took me to a hurling match in Dublin, I want to get all the rules before the second half.

# situations: friends
fr situation n | Mon pote rentre de Nouvelle-Zélande, je veux tout savoir sur le haka avant l'apéro.
+ en situation n | My mate's back from New Zealand, I want to know everything about the haka before drinks.
en situation n | Mate from uni brews his own cider in Somerset, I'm going down to see how the press works.
+ fr situation n | Un pote de fac fait son propre cidre dans le Somerset, je descends voir comment marche le pressoir.
fr situation l | Ma copine lit dans le marc de café, je ne crois pas à ça, mais je veux voir comment elle fait.
+ en situation l | My friend reads coffee grounds, I don't believe in it, but I want to see how she does it.
fr situation n | Soirée jeux chez Karim : un jeu coréen dont personne ne connaît les règles. On déchiffre.
+ en situation n | Games night at Karim's: a Korean game nobody knows the rules to. We're figuring it out.
en situation n | Jess swears she can tell Coke from Pepsi blindfolded. Tonight we test it properly. Set the mood for a little experiment.
+ fr situation n | Jess jure qu'elle reconnaît le Coca du Pepsi les yeux bandés. Ce soir on teste pour de vrai. Mets une ambiance petite expérience.
fr situation n | Mon ami sourd m'apprend la langue des signes québécoise, ce soir c'est les chiffres.
+ en situation n | My Deaf friend is teaching me Quebec Sign Language, tonight it's numbers.

# situations: extended family
fr situation n | Tonton dit qu'on a un ancêtre acadien, je fouille les registres de la Nouvelle-Écosse. Éclaire bien la table.
+ en situation n | My uncle says we've got an Acadian ancestor, I'm digging through the Nova Scotia records. Light the table up well.
en situation n | Nan's got a ration book from 1943 in her drawer, I want to know what a week of food looked like.
+ fr situation n | Mamie a un carnet de rationnement de 1943 dans son tiroir, je veux savoir à quoi ressemblait une semaine de repas.
fr situation n | Ma tante suisse fait un fromage à raclette à la ferme, je veux voir la cave d'affinage de mes yeux.
+ en situation n | My Swiss aunt makes raclette cheese on the farm, I want to see the ageing cellar with my own eyes.
fr situation l | Mon cousin parle flamand, moi pas. Je lui demande d'où viennent tous ces mots qui ressemblent à l'anglais.
+ en situation l | My cousin speaks Flemish, I don't. I'm asking him where all those English-looking words come from.
fr situation n | Dans la boîte à chaussures de papi, une médaille avec une inscription en russe. On traduit.
+ en situation n | In Grandad's shoebox, a medal with a Russian inscription. We're translating it.

# situations: neighbours
fr situation n | Le voisin a une antenne bizarre sur son balcon, je vais sonner pour demander ce qu'il capte.
+ en situation n | The neighbour has a weird aerial on his balcony, I'm going to knock and ask what it picks up.
en situation l | Bloke next door keeps quail in the back garden. Quail! I need to know how that works.
+ fr situation l | Le voisin élève des cailles dans son jardin. Des cailles ! Faut que je sache comment il fait.
fr situation n | La dame du troisième fait sécher des plantes sur son balcon, je veux savoir ce qu'elle en fait. Musique de fond, s'il te plaît.
+ en situation n | The lady on the third floor dries plants on her balcony, I want to know what she does with them. Some background music, please.
fr situation n | Le voisin de Liège brasse sa bière dans son garage, il m'a promis de me montrer la mise en fût.
+ en situation n | The neighbour in Liège brews beer in his garage, he promised to show me the kegging.

# situations: school and exams
fr situation n | En révisant le bac, je suis parti sur la vie de Marie Curie et j'ai oublié le programme.
+ en situation n | Revising for the bac, I went off on Marie Curie's life and forgot the syllabus.
en situation n | Doing GCSE chemistry and I actually want to know why sodium explodes in water.
+ fr situation n | Je révise la chimie du brevet et, pour une fois, je veux vraiment savoir pourquoi le sodium explose dans l'eau.
fr situation l | Le prof de latin a dit que « salaire » vient du sel. Je cherche d'autres mots comme ça.
+ en situation l | The Latin teacher said "salary" comes from salt. I'm looking for more words like that.
fr situation n | Devoir sur la Révolution tranquille pour le cégep, et je lis bien plus que demandé.
+ en situation n | Paper on the Quiet Revolution for CEGEP, and I'm reading way more than I need to.
en situation n | Leaving Cert Irish poem, and now I want to know who the poet actually was. Reading lamp on.
+ fr situation n | Poème en irlandais pour le Leaving Cert, et maintenant je veux savoir qui était vraiment le poète. Lampe de lecture, s'il te plaît.
fr situation n | Au collège, on dissèque un cœur de porc demain. J'ai déjà lu toutes les cavités.
+ en situation n | At school we're dissecting a pig heart tomorrow. I've already read up on every chamber.

# situations: university
fr situation n | Amphi de géologie à Lausanne, le prof a parlé des Alpes qui montent encore. Je veux les chiffres.
+ en situation n | Geology lecture in Lausanne, the prof said the Alps are still rising. I want the numbers.
en situation n | Uni library has a whole shelf on shipwrecks off Western Australia. I'm not leaving till close.
+ fr situation n | La bibli de la fac a une étagère entière sur les naufrages au large de l'Australie-Occidentale. Je ne pars pas avant la fermeture.
fr situation n | Mon colloc en socio m'a parlé d'une étude sur les files d'attente, je veux la lire.
+ en situation n | My sociology flatmate told me about a study on queues, I want to read it.
fr situation l | Cours optionnel de sanskrit à l'UCLouvain, juste pour voir à quoi ça ressemble.
+ en situation l | Optional Sanskrit class at UCLouvain, just to see what it's like.

# situations: office work
fr situation n | Le nouveau logiciel de paie a des menus cachés, je clique partout pour voir ce qu'il fait.
+ en situation n | The new payroll software has hidden menus, I'm clicking everywhere to see what it does.
en situation n | Our Sydney office runs four-day weeks. Got a call with them at eight to ask how it actually works.
+ fr situation n | Le bureau de Sydney est passé à la semaine de quatre jours. Appel à huit heures pour leur demander comment ça marche vraiment.
fr situation n | Pourquoi l'imprimante du deuxième imprime des petits points jaunes ? Je me renseigne.
+ en situation n | Why does the second-floor printer print tiny yellow dots? Looking into it.
fr situation l | Réunion annulée, du coup je lis comment les comptables calculent l'amortissement. Pour voir. Lumière adaptée, s'il te plaît.
+ en situation l | Meeting cancelled, so I'm reading how accountants work out depreciation. Just to see. Lights to suit, please.
fr situation n | Stagiaire aux archives de la boîte, je tombe sur les plans de l'usine de 1920. Qui a dessiné ça ?
+ en situation n | Interning in the company archive, I find the 1920 factory plans. Who drew these?

# situations: manual trades
fr situation n | Électricien depuis vingt ans, et je veux enfin comprendre comment marchent les disjoncteurs connectés.
+ en situation n | Twenty years an electrician and I finally want to understand how smart breakers work.
en situation n | Apprentice sparky in Brisbane, and the old fuse boxes here fascinate me. Asking the boss about every one.
+ fr situation n | Apprenti électricien à Brisbane, les vieux tableaux à fusibles d'ici me fascinent. Je questionne le patron sur chacun.
fr situation n | Le maçon mélange sa chaux à l'œil, je lui ai demandé comment il sait que c'est bon.
+ en situation n | The mason mixes his lime by eye, I asked him how he knows it's right.
fr situation l | Ébéniste, je veux tester la colle de peau à l'ancienne, pour voir ce que ça change.
+ en situation l | Cabinetmaker, I want to try old-style hide glue, to see what difference it makes.

# situations: healthcare and hospitals
fr situation n | Le dentiste m'a montré ma radio panoramique, je veux savoir à quoi servent mes dents de sagesse.
+ en situation n | The dentist showed me my panoramic X-ray, I want to know what my wisdom teeth are for.
en situation n | Waiting at the GP in Leeds, reading a poster on how vaccines train the immune system. Actually interesting. A mood for digging in?
+ fr situation n | Salle d'attente du généraliste à Leeds, je lis une affiche sur comment les vaccins entraînent le système immunitaire. Passionnant, en vrai. Une ambiance pour chercher ?
fr situation n | Don du sang ce matin, j'ai demandé où part ma poche et ce qu'on en fait.
+ en situation n | Gave blood this morning, I asked where my bag goes and what they do with it.
fr situation l | L'ophtalmo m'a mis des gouttes qui dilatent la pupille, comment ça marche au juste ?
+ en situation l | The eye doctor put in drops that dilate the pupil, how does that actually work?

# situations: illness and the body
fr situation n | Pourquoi on a la chair de poule en écoutant certaines chansons ? Je lis sur le sujet.
+ en situation n | Why do we get goosebumps from some songs? Reading about it.
en situation l | Why do my fingers go wrinkly in the bath but not my arms? Googling it.
+ fr situation l | Pourquoi j'ai les doigts fripés dans le bain mais pas les bras ? Je cherche.
fr situation n | Le hoquet, ça sert à quoi ? Trois articles ouverts et toujours pas de réponse claire.
+ en situation n | What are hiccups even for? Three articles open and still no clear answer.
fr situation n | Je porte un capteur de glycémie depuis hier, je regarde la courbe après chaque repas pour comprendre.
+ en situation n | Wearing a glucose sensor since yesterday, checking the curve after every meal to figure it out.

# situations: sport
fr situation n | Je ne pige rien au curling, ce soir je regarde les championnats canadiens avec les règles à côté. Allume le bureau.
+ en situation n | I don't get curling at all, tonight I'm watching the Canadian championships with the rules next to me. Turn the desk light on.
en situation n | Going to my first AFL game at the MCG, and I want to know what the guys in white coats do.
+ fr situation n | Premier match de foot australien au MCG, et je veux savoir ce que font les types en blouse blanche.
fr situation n | Pourquoi les balles de tennis sont jaunes ? Question de mon fils pendant Roland-Garros.
+ en situation n | Why are tennis balls yellow? My son's question during the French Open.
fr situation l | Mon club de natation teste la nage en eau froide, j'ai lu ce qui arrive au corps à dix degrés.
+ en situation l | My swim club is trying cold-water swimming, I read what happens to the body at ten degrees.
en situation n | Baseball on TV in Toronto and I still don't know what a balk is. Tonight I find out.
+ fr situation n | Du baseball à la télé à Toronto, et je ne sais toujours pas ce qu'est un balk. Ce soir, je trouve.
fr situation n | La lutte suisse à la fête fédérale, avec la sciure et les culottes en toile. Je veux comprendre les prises.
+ en situation n | Swiss wrestling at the national festival, sawdust and canvas shorts. I want to understand the holds.

# situations: games and video games
fr situation n | Dans ce jeu, un PNJ parle une langue inventée, je compile les mots pour la traduire.
+ en situation n | In this game an NPC speaks a made-up language, I'm collecting the words to translate it.
en situation n | There's a locked door in the first level that nobody online has opened. I'm going in. Set the mood for me.
+ fr situation n | Il y a une porte verrouillée au premier niveau que personne en ligne n'a ouverte. J'y vais. Mets-moi une ambiance.
fr situation l | Pourquoi le Monopoly anglais a des noms de rues de Londres ? Je lis l'histoire du jeu.
+ en situation l | Why does UK Monopoly have London street names? Reading the game's history.
fr situation n | Mon neveu m'a montré comment on construit un ordinateur dans Minecraft, je veux comprendre la logique.
+ en situation n | My nephew showed me how to build a computer inside Minecraft, I want to get the logic.

# situations: music and concerts
fr situation n | Au festival de Dour, un groupe jouait d'une sorte de cornemuse électrique. C'est quoi, ce truc ?
+ en situation n | At Dour festival a band played some kind of electric bagpipe. What is that thing?
en situation n | The fiddler at the session in Galway tuned differently, I need to know what tuning that was.
+ fr situation n | Le violoneux de la session à Galway accordait autrement, faut que je sache quel accord c'était.
fr situation n | Comment la cuillère devient un instrument dans la musique trad québécoise ? Je regarde des tutos.
+ en situation n | How do spoons become an instrument in Quebec trad music? Watching tutorials.
fr situation l | Pourquoi certains disques sont en 45 tours et d'autres en 33 ? Je fouille en sortant la platine.
+ en situation l | Why are some records 45 and others 33? Digging into it while I set up the turntable.
fr situation n | Le chef d'orchestre avait une baguette sans pupitre, je veux savoir comment il retient toute la partition.
+ en situation n | The conductor had no score on the stand, I want to know how he keeps the whole thing in his head.

# situations: films, series and books
fr situation n | Le générique dit « tourné à Gand », je cherche chaque lieu du film sur la carte. Éclaire bien la table.
+ en situation n | The credits say "shot in Ghent", I'm looking up every location on the map. Light the table up well.
en situation n | That bush poem in the anthology mentions a "swagman", and I need to know what one was.
+ fr situation n | Le poème de l'anthologie parle d'un « swagman », et il faut que je sache ce que c'était.
fr situation n | Fini le roman sur les phares bretons, je veux savoir lesquels ont encore un gardien.
+ en situation n | Finished the novel about Breton lighthouses, I want to know which ones still have a keeper.
fr situation l | La série se passe à Montréal en 1970, je cherche ce qui est vrai dans l'histoire.
+ en situation l | The series is set in Montreal in 1970, I'm checking what's true in it.

# situations: travel and transport
fr situation n | Dans le tram de Bâle, les annonces sont en trois langues. Comment ils choisissent l'ordre ?
+ en situation n | On the Basel tram the announcements are in three languages. How do they pick the order?
en situation n | Changing at Clapham Junction and I want to know why it's the busiest station nobody's heard of.
+ fr situation n | Correspondance à Clapham Junction, et je veux savoir pourquoi c'est la gare la plus fréquentée que personne ne connaît.
fr situation n | Pourquoi l'avion pour Montréal passe par le Groenland ? J'ouvre la carte des routes aériennes.
+ en situation n | Why does the flight to Montreal go over Greenland? Opening the air route map.
fr situation l | Le train à crémaillère du Pilate monte à 48 %, je veux voir les dents de près.
+ en situation l | The Pilatus cog railway climbs at 48 percent, I want to see the teeth up close.

# situations: cars and driving
fr situation n | Le voyant en forme de tortue s'est allumé. Tortue ? Je sors le manuel.
+ en situation n | The turtle-shaped light came on. A turtle? Getting the manual out.
en situation n | Rented a car in Dublin with the gearstick on the left. I want to know why it's mirrored like that.
+ fr situation n | Voiture de location à Dublin avec le levier à gauche. Je veux savoir pourquoi tout est inversé.
fr situation n | Pourquoi les autoroutes suisses ont une vignette et pas de péage ? Je lis sur le sujet en route.
+ en situation n | Why do Swiss motorways have a sticker and no tolls? Reading about it on the way.
fr situation l | Le garagiste parle de la courroie de distribution, je veux savoir ce qu'elle distribue.
+ en situation l | The mechanic keeps mentioning the timing belt, I want to know what it actually times.

# situations: weather and nature
fr situation n | Pourquoi il neige en gros flocons à zéro degré et en poudre à moins quinze ? Question du jour.
+ en situation n | Why does it snow in big flakes at zero and powder at minus fifteen? Question of the day.
en situation n | Chinook wind in Calgary took the temperature up twenty degrees in an hour. How is that possible?
+ fr situation n | Le chinook à Calgary a fait monter la température de vingt degrés en une heure. Comment c'est possible ?
fr situation n | Une odeur de pluie avant même les gouttes, je lis que ça porte un nom. Ambiance pour lire, s'il te plaît.
+ en situation n | Smell of rain before the first drop, I'm reading that it has a name. Reading mood, please.
fr situation l | Le lac Léman a des vagues qui remontent d'un coup, les seiches. Je veux comprendre.
+ en situation l | Lake Geneva gets sudden surges called seiches. I want to understand it.

# situations: gardening
fr situation n | Mes hortensias sont bleus d'un côté et roses de l'autre. Ça vient du sol ? Je teste le pH.
+ en situation n | My hydrangeas are blue on one side and pink on the other. Is it the soil? Testing the pH.
en situation l | Potatoes grew out of the compost bin on their own. Which peel did that come from?
+ fr situation l | Des patates ont poussé toutes seules dans le composteur. Elles viennent de quelle épluchure ?
fr situation n | Le jardinier du parc de la Tête d'Or greffe des rosiers, je lui ai demandé de me montrer.
+ en situation n | The gardener at Tête d'Or park is grafting roses, I asked him to show me.
fr situation n | Un champignon en forme de cage rouge dans le paillis. Rouge ! C'est quoi, ça ?
+ en situation n | A mushroom shaped like a red cage in the mulch. Red! What is that?

# situations: money, bills and paperwork
fr situation n | Ma facture d'électricité parle d'« accise », je veux savoir où va cet argent.
+ en situation n | My electricity bill mentions "excise", I want to know where that money goes.
en situation n | Doing my first tax return in Ireland and I want to know what the USC actually funds.
+ fr situation n | Première déclaration d'impôts en Irlande, et je veux savoir ce que finance vraiment l'USC.
fr situation l | Pourquoi les pièces suisses de 5 francs ont une inscription sur la tranche ? Je regarde à la loupe.
+ en situation l | Why do Swiss five-franc coins have writing on the edge? Looking with a magnifier.
fr situation n | Le numéro de sécu a une logique, paraît-il. Je décortique le mien chiffre par chiffre.
+ en situation n | Apparently the French social security number has a logic. I'm decoding mine digit by digit.
fr situation n | À la mairie de Namur, j'ai demandé à voir le registre de la population de 1900 pour retrouver ma rue.
+ en situation n | At Namur town hall I asked to see the 1900 population register to find my street.

# situations: technology and phones
fr situation n | Mon téléphone reconnaît mon visage dans le noir, comment il voit sans lumière ?
+ en situation n | My phone recognises my face in the dark, how does it see without light?
en situation n | Smart plug shows the telly draws power even when it's off. Measuring every device in the house tonight. Lights to suit, please.
+ fr situation n | La prise connectée montre que la télé consomme même éteinte. Ce soir je mesure chaque appareil de la maison. Lumière adaptée, s'il te plaît.
fr situation l | Pourquoi mon Wi-Fi passe mal à travers l'aquarium ? Je fais des tests pièce par pièce.
+ en situation l | Why does my Wi-Fi struggle through the fish tank? Testing room by room.
fr situation n | L'enceinte connectée m'a répondu en anglais sans raison. Je fouille les journaux pour comprendre.
+ en situation n | The smart speaker answered me in English for no reason. Digging through the logs to figure it out.

# situations: internet and social media
fr situation n | Une vidéo montre un glacier suisse qui recule depuis 1850, je cherche les photos d'époque.
+ en situation n | A video shows a Swiss glacier retreating since 1850, I'm looking for the old photos.
en situation l | Someone posted a photo of a weird stone circle near Cork. Where exactly is it?
+ fr situation l | Quelqu'un a posté la photo d'un drôle de cercle de pierres près de Cork. Il est où exactement ?
fr situation n | Sur le forum, un mec a identifié l'oiseau de ma vidéo au chant. Comment il fait ?
+ en situation n | On the forum some guy identified the bird in my video by its call. How does he do that?

# situations: shopping
fr situation n | Chez Migros, un légume violet en forme de soucoupe. Je le prends pour voir ce que c'est.
+ en situation n | At Migros, a purple saucer-shaped vegetable. Taking it to see what it is.
en situation n | Why does Costco sell everything in those giant packs? Reading about their business model in the car park. A mood for digging in?
+ fr situation n | Pourquoi Costco vend tout en paquets géants ? Je lis sur leur modèle économique sur le parking. Une ambiance pour chercher ?
fr situation l | Le code-barres commence toujours par 3 en France ? Je vérifie tous les paquets du placard.
+ en situation l | Do barcodes always start with 3 in France? Checking every packet in the cupboard.

# situations: moving house
fr situation n | Nouvel appart à Québec, il y a un escalier extérieur en colimaçon. Pourquoi dehors ?
+ en situation n | New flat in Quebec City, there's a spiral staircase outside. Why outside?
en situation n | Just moved into a Queenslander and I want to know why the house is up on stilts.
+ fr situation n | On vient d'emménager dans une maison sur pilotis du Queensland, et je veux savoir pourquoi elle est perchée.
fr situation n | En déballant, on trouve une pièce de 1 franc de 1975 sous le parquet. Qui l'a perdue ?
+ en situation n | Unpacking, we find a 1975 one-franc coin under the floorboards. Who dropped it?

# situations: holidays and celebrations
fr situation n | Pourquoi on mange des oreilles de crisse à la cabane à sucre ? Je veux l'histoire.
+ en situation n | Why do we eat "oreilles de crisse" at the sugar shack? I want the history.
en situation n | Bonfire Night in Lewes, and I want to know why they burn those huge effigies.
+ fr situation n | Bonfire Night à Lewes, et je veux savoir pourquoi ils brûlent ces effigies géantes.
fr situation l | D'où vient Saint-Nicolas en Belgique, avec son âne et son Père Fouettard ? Je lis ce soir. Allume le bureau.
+ en situation l | Where does Belgian Saint Nicholas come from, with his donkey and his sidekick? Reading tonight. Turn the desk light on.
fr situation n | L'Escalade à Genève, la marmite en chocolat. Je veux savoir ce qui s'est vraiment passé en 1602.
+ en situation n | L'Escalade in Geneva, the chocolate cauldron. I want to know what really happened in 1602.

# situations: religion and rituals
fr situation n | À la synagogue, pendant la bar-mitsva de Noah, je veux comprendre pourquoi on déroule le rouleau comme ça.
+ en situation n | At the synagogue, during Noah's bar mitzvah, I want to understand why they unroll the scroll like that.
en situation l | The church near us rings the bells in a pattern. There's a whole system called change ringing. Learning it.
+ fr situation l | L'église d'à côté sonne les cloches selon un motif. Il y a tout un système, le change ringing. Je l'apprends.
fr situation n | Premier Ramadan avec ma belle-famille, je pose plein de questions sur le calendrier lunaire.
+ en situation n | First Ramadan with my in-laws, I'm asking loads of questions about the lunar calendar.

# situations: old age and grandparents
fr situation n | Mamie de Gaspé connaît les marées par cœur, je veux comprendre comment elle les calcule.
+ en situation n | Gran from Gaspé knows the tides by heart, I want to understand how she works them out.
en situation n | My grandad in Adelaide still uses a slide rule for his crosswords. Teach me, Pop.
+ fr situation n | Mon grand-père à Adélaïde se sert encore d'une règle à calcul pour ses mots croisés. Apprends-moi, papi.
fr situation l | À quatre-vingt-cinq ans, je me mets à la généalogie ADN. Voyons d'où on vient.
+ en situation l | At eighty-five I'm taking up DNA genealogy. Let's see where we come from.

# situations: death and funerals
fr situation n | Au cimetière de Montmartre, une tombe avec un chat en bronze. Qui repose là ?
+ en situation n | At Montmartre cemetery, a grave with a bronze cat on it. Who's buried there?
en situation l | At the wake, Uncle Seán said Grandad once met JFK in Wexford. I need to find out if it's true.
+ fr situation l | À la veillée, oncle Seán a dit que papi avait rencontré JFK à Wexford. Faut que je vérifie si c'est vrai.

# situations: birth and pregnancy
fr situation n | À l'écho, la sage-femme a parlé de liquide amniotique qui se renouvelle. Toutes les trois heures ? Je lis.
+ en situation n | At the scan the midwife said amniotic fluid renews itself. Every three hours? Reading up.
en situation n | Why do newborns get that little yellow tinge? Reading up while she sleeps on me.
+ fr situation n | Pourquoi les nouveau-nés ont ce petit teint jaune ? Je lis pendant qu'elle dort sur moi.

# situations: DIY and repairs
fr situation n | La perceuse à percussion, elle tape vraiment ? Je l'ouvre pour voir le mécanisme.
+ en situation n | Does a hammer drill actually hammer? Opening it up to see the mechanism.
en situation n | Fixing the toaster, and I want to know why the wires glow orange but don't melt.
+ fr situation n | Je répare le grille-pain, et je veux savoir pourquoi les fils deviennent orange sans fondre.
fr situation l | Pourquoi on met du ruban blanc sur les filetages de plomberie ? Je me renseigne avant de visser.
+ en situation l | Why do you put white tape on plumbing threads? Checking before I screw it on.

# situations: night and sleep
fr situation n | Deux heures du matin, je lis pourquoi on sursaute en s'endormant. Petite lampe, juste ça.
+ en situation n | Two a.m., reading why we jolt as we fall asleep. Small lamp, that's all.
en situation n | Can't sleep, so I'm watching the ISS live feed and working out where it is over Canada. Light the table up well.
+ fr situation n | Pas sommeil, alors je regarde le direct de la station spatiale et je calcule où elle passe au-dessus du Canada. Éclaire bien la table.

# situations: city life
fr situation n | À Bruxelles, les plaques de rue sont en deux langues, mais pas toujours traduites pareil. Je compare.
+ en situation n | In Brussels the street signs are in two languages, but not always translated the same. I'm comparing.
en situation n | The Tube map isn't to scale at all. Tonight I'm finding out how far apart the stations really are.
+ fr situation n | Le plan du métro de Londres n'est pas du tout à l'échelle. Ce soir je cherche les vraies distances entre stations.
fr situation l | Les feux de Lausanne bipent plus vite quand c'est vert. Qui a choisi ce rythme ?
+ en situation l | The Lausanne crossings beep faster when it's green. Who chose that rhythm?
fr situation n | Le Montréal souterrain fait trente kilomètres ? Samedi je le parcours avec le plan.
+ en situation n | Underground Montreal is thirty kilometres long? Saturday I'm walking it with the map.

# situations: countryside and farming
fr situation n | Le berger du Jura parle à ses chiens avec des sifflets. Chaque son veut dire quoi ?
+ en situation n | The Jura shepherd talks to his dogs with whistles. What does each sound mean?
en situation n | Sheep station in New South Wales, and I want to know how they count two thousand sheep.
+ fr situation n | Élevage de moutons en Nouvelle-Galles du Sud, et je veux savoir comment ils comptent deux mille bêtes.
fr situation l | Pourquoi les vaches s'allongent avant la pluie ? Le fermier rigole, moi je veux savoir.
+ en situation l | Why do cows lie down before rain? The farmer laughs, I want to know.

# situations: sea and mountains
fr situation n | À la Dune du Pilat, le sable avance de plusieurs mètres par an. Comment on mesure ça ?
+ en situation n | At the Dune du Pilat the sand moves several metres a year. How do they measure that?
en situation n | Tide pools at Peggy's Cove, and the kids want to know what every little thing is.
+ fr situation n | Cuvettes de marée à Peggy's Cove, et les enfants veulent savoir ce qu'est chaque petite bestiole.
fr situation n | Au col du Grand-Saint-Bernard, je veux savoir comment les chiens retrouvaient les gens sous la neige.
+ en situation n | At the Great St Bernard Pass, I want to know how the dogs found people under the snow.
fr situation l | L'eau du lac de montagne est turquoise. Pourquoi turquoise ? Je cherche au refuge.
+ en situation l | The mountain lake is turquoise. Why turquoise? Looking it up at the hut.

# situations: hobbies and crafts
fr situation n | Premier cours de dentelle aux fuseaux à Bruges, je veux comprendre comment on suit le motif.
+ en situation n | First bobbin lace class in Bruges, I want to understand how you follow the pattern.
en situation n | Bought a secondhand sewing machine at a car boot sale. No manual. Time to work out every dial.
+ fr situation n | Machine à coudre achetée dans un vide-grenier. Pas de notice. À moi de comprendre chaque molette.
fr situation l | La calligraphie à la plume pointue, c'est quoi le secret des pleins et des déliés ? Mets quelque chose qui colle.
+ en situation l | Pointed-pen calligraphy, what's the secret of the thick and thin strokes? Put on something that fits.
fr situation n | J'ai commencé les cerfs-volants, je veux comprendre pourquoi une queue le stabilise.
+ en situation n | Started making kites, I want to understand why a tail steadies it.

# situations: volunteering
fr situation n | Bénévole au Vieux-Port, je demande aux guides tout ce qu'ils savent sur l'histoire des quais.
+ en situation n | Volunteering at the Old Port, I ask the guides everything they know about the docks' history.
en situation l | Volunteering at the RSPCA, and I want to know how they work out a stray's age.
+ fr situation l | Bénévole à la SPA, et je veux savoir comment ils devinent l'âge d'un chien errant.

# situations: politics and news
fr situation n | Votation dimanche en Suisse, je lis la brochure en entier pour comprendre les deux camps.
+ en situation n | Referendum Sunday in Switzerland, I'm reading the whole booklet to understand both sides.
en situation n | Preferential voting in the Aussie election. I want to know how the counting really works.
+ fr situation n | Vote préférentiel aux élections australiennes. Je veux savoir comment on compte vraiment.
fr situation l | Comment on choisit les jurés d'assises ? Mon voisin a été tiré au sort, je me renseigne.
+ en situation l | How are jurors picked for a criminal trial? My neighbour got drawn, I'm looking into it.

# situations: science and discovery
fr situation n | Au CERN, journée portes ouvertes samedi. J'ai déjà une liste de questions sur l'accélérateur. Lumière adaptée, s'il te plaît.
+ en situation n | Open day at CERN on Saturday. I've already got a list of questions about the accelerator. Lights to suit, please.
en situation n | A meteorite fell in Gloucestershire, and I want to know how they tell it's from space. Space vibes on the lights, please.
+ fr situation n | Une météorite est tombée dans le Gloucestershire, et je veux savoir comment on sait qu'elle vient de l'espace. Lumières spatiales, s'il te plaît.
fr situation l | Des chercheurs ont trouvé de l'eau sous la glace de Mars ? Je lis l'article en entier.
+ en situation l | Researchers found water under the ice on Mars? Reading the full article.

# long: several sentences, the mood only clear from the whole
fr long n | Bus 38, arrêt Gare du Nord. Un monsieur lit un journal en écriture que je ne reconnais pas. Je lui ai demandé. C'est de l'amharique, et il m'a montré trois lettres.
+ en long n | Bus 38, Gare du Nord stop. A man's reading a paper in a script I don't recognise. I asked him. It's Amharic, and he showed me three letters.
en long n | Lunch break in Melbourne. A tram went past with a restaurant inside it. Who runs that? How does the kitchen work while it moves? I've booked for Friday.
+ fr long n | Pause déjeuner à Melbourne. Un tram est passé avec un restaurant dedans. Qui gère ça ? Comment la cuisine tient pendant que ça roule ? J'ai réservé pour vendredi.
fr long n | Mon fils a planté un noyau d'avocat dans un verre. Trois semaines, rien. Ce matin, une racine. Maintenant on veut savoir combien de temps avant un fruit.
+ en long n | My son put an avocado stone in a glass. Three weeks, nothing. This morning, a root. Now we want to know how long until there's fruit.
fr long l | Randonnée dans le Valais. Un bisse longe le sentier, un petit canal creusé dans la roche. Il a huit cents ans, dit le panneau. Je veux savoir comment ils l'ont tracé.
+ en long l | Hiking in Valais. A bisse runs along the path, a little channel cut in the rock. Eight hundred years old, says the sign. I want to know how they laid it out.
en long n | Nan kept a jar of buttons for fifty years. We tipped it out on the table. One has a crest on it. Tonight I'm finding out whose uniform it came from.
+ fr long n | Mamie a gardé un bocal de boutons pendant cinquante ans. On l'a vidé sur la table. L'un d'eux porte un blason. Ce soir je cherche de quel uniforme il vient.
fr long n | Le chasse-neige passe à quatre heures dans ma rue à Sherbrooke. Toujours dans le même ordre. Qui décide du trajet ? J'ai écrit à la ville.
+ en long n | The snowplough comes down my street in Sherbrooke at four. Always in the same order. Who decides the route? I wrote to the city.
fr long n | Nouvelle au boulot, à Charleroi. Les anciens parlent des terrils comme de montagnes. J'y suis montée dimanche. Là-haut, un panneau parle de plantes venues du Sud. Je veux comprendre comment.
+ en long n | New at work, in Charleroi. The old-timers talk about the slag heaps like mountains. I climbed one on Sunday. Up top, a sign talks about plants from the south. I want to know how.
en long n | My daughter asked why we say "zed" and her American cousin says "zee". I didn't know. We looked it up together. Now she wants the story of every letter.
+ fr long n | Ma fille m'a demandé pourquoi on dit « zed » en anglais britannique et son cousin américain « zee ». Je ne savais pas. On a cherché ensemble. Maintenant elle veut l'histoire de chaque lettre.
fr long l | Le plombier a sorti une caméra au bout d'un câble. On a vu l'intérieur de nos tuyaux à la télé. Racines, coudes, une vieille bague. J'aurais regardé des heures.
+ en long l | The plumber brought out a camera on a cable. We watched the inside of our pipes on the TV. Roots, bends, an old ring. I could have watched for hours.
fr long n | Ma prof de yoga a parlé du nerf vague. Je n'en avais jamais entendu parler. Le soir même, j'avais trois onglets d'anatomie ouverts. Mets une lumière pour lire.
+ en long n | My yoga teacher mentioned the vagus nerve. I'd never heard of it. That same night I had three anatomy tabs open. Put on a reading light.

# negation: the mood is what remains
fr negation n | Non, je ne m'ennuie pas à la cave à fromages, je pose juste une question par meule.
+ en negation n | No, I'm not bored at the cheese cellar, I'm just asking one question per wheel.
en negation n | Not worried about the noise in the loft, I just really want to know what's making it.
+ fr negation n | Pas inquiet pour le bruit dans les combles, j'ai juste très envie de savoir ce qui le fait.
fr negation l | Ce n'est pas pour me plaindre, je veux seulement comprendre chaque ligne de mon bulletin de salaire.
+ en negation l | It's not to complain, I just want to understand every line on my payslip.
fr negation n | Je ne rêvasse pas devant la mer, je compte les secondes entre les vagues pour comprendre la houle.
+ en negation n | I'm not daydreaming at the sea, I'm counting seconds between waves to understand the swell.
en negation n | Not homesick for Montreal, just dying to know how Brits make a proper Yorkshire pudding.
+ fr negation n | Pas le mal du pays de Montréal, juste une envie folle de savoir comment les Anglais réussissent un vrai Yorkshire pudding.
fr negation n | Pas envie de dormir : je viens d'apprendre que les pieuvres rêvent peut-être, et je lis tout.
+ en negation n | Don't feel like sleeping: I just learned octopuses might dream, and I'm reading everything.

# mixed: two feelings, the target one dominant
fr mixed n | Un peu crevé après le boulot, mais surtout intrigué par ce bruit de moteur chez le voisin.
+ en mixed n | A bit wiped after work, but mostly intrigued by the engine noise at the neighbour's.
en mixed n | Bit annoyed the museum's half closed, but mostly keen to see what's behind the one open room.
+ fr mixed n | Un peu agacée que le musée soit à moitié fermé, mais surtout impatiente de voir ce qu'il y a dans la seule salle ouverte.
fr mixed l | Petit pincement en vidant la cave de papa, mais surtout des questions sur tous ces outils inconnus.
+ en mixed l | A little pang clearing Dad's cellar, but mostly questions about all these tools I don't recognise.
fr mixed n | J'ai un peu le trac pour la visite de la mine, mais surtout hâte de voir comment on descend.
+ en mixed n | A bit nervous about the mine tour, but mostly keen to see how you go down.
en mixed n | Tired from the flight to Perth, but I can't stop asking the driver about every tree we pass.
+ fr mixed n | Fatigué par le vol pour Perth, mais je n'arrête pas de questionner le chauffeur sur chaque arbre qu'on croise.
fr mixed n | Déçu par le goût du durian, mais surtout curieux : pourquoi ça sent si fort ?
+ en mixed n | Let down by the taste of durian, but mostly curious: why does it smell so strong?

# slang_emoji
fr slang_emoji n | attends y a des requins au Groenland qui vivent 400 ans ?? 🦈 jveux tout savoir
+ en slang_emoji n | wait there are greenland sharks that live 400 years?? 🦈 i need to know everything
en slang_emoji n | ngl the self-checkout knows when i put my bag down 🤔 how tho
+ fr slang_emoji n | jsp comment mais la caisse automatique sait quand je pose mon sac 🤔 comment ils font
fr slang_emoji l | ptdr ma coloc dit que les vaches ont des meilleures amies 🐄 jvérifie
+ en slang_emoji l | lmao my flatmate says cows have best friends 🐄 checking
fr slang_emoji n | tabarnak comment ils font tenir le Stade olympique penché de même 🤯 jfouille
+ en slang_emoji n | holy crap how does the Olympic Stadium tower stay up leaning like that 🤯 digging in
en slang_emoji n | who invented the flat white fr 🤔☕ aussie or kiwi, deep dive time
+ fr slang_emoji n | qui a inventé le flat white en vrai 🤔☕ aussie ou kiwi, enquête en cours

# typo
fr typo n | pk les escargots sortent qd il pleut ?? ma fille demande jsais pas
+ en typo n | why do snails come out wen it rains?? my daughter asks and idk
en typo n | how do they get the stripes in the toothpaste tho, lookin it up
+ fr typo n | cmt ils mettent les rayures dans le dentifrice, jregarde
fr typo l | jvoudrai savoir cmt marche la fondue, pk elle tourne pas en grumeaux
+ en typo l | id like to kno how fondue works, y it doesnt go lumpy
fr typo n | cest koi ce truc rond sur le toit du voisin, une antene satelite?
+ en typo n | wats that round thing on the neighbours roof, a satelite dish?
en typo n | the blokes at the footy kept yelling "ball!!" and i still dont get the rule, gona read up
+ fr typo n | les gars au foot australien criaient « ball » et jpige tjr pas la regle, jvais lire

# wish: feeling plus a colour or brightness request
fr wish n c=cyan;green b=bright | Je démonte le vieux baladeur pour voir comment la cassette tourne, du cyan et du vert bien clair.
+ en wish n c=cyan;green b=bright | Taking the old Walkman apart to see how the tape turns, cyan and green, nice and bright.
en wish n c=teal;yellow | Reading up on how Irish round towers were built, give me teal with a bit of yellow.
+ fr wish n c=teal;yellow | Je lis comment on a construit les tours rondes irlandaises, du bleu canard avec un peu de jaune.
fr wish l c=green b=dim | Docu sur les fourmis pot de miel d'Australie, juste un vert doux, tamisé.
+ en wish l c=green b=dim | Doc on Australian honeypot ants, just a soft green, dimmed.
fr wish n c=cool_white | Je veux comprendre le schéma de ma box, mets du blanc froid pour bosser.
+ en wish n c=cool_white | I want to understand my router's diagram, cool white so I can work.
en wish n b=bright | Learning how the Québec sugar shacks boil sap, full brightness please, taking notes.
+ fr wish n b=bright | J'apprends comment les cabanes à sucre font bouillir l'eau d'érable, lumière à fond, je prends des notes.

# explicit: the feeling named
fr explicit n | J'ai la tête pleine de pourquoi ce soir.
+ en explicit n | My head's full of whys tonight.
en explicit n | Properly nosy mood today, I want to know how everything works.
+ fr explicit n | D'humeur fouineuse aujourd'hui, je veux savoir comment tout marche.
fr explicit h | Je suis intriguée à en perdre le sommeil, il faut que je comprenne.
+ en explicit h | I'm so intrigued I can't sleep, I have to figure it out.
fr explicit l | Petite envie d'apprendre un truc, n'importe quoi.
+ en explicit l | Small urge to learn something, anything.

# near the border with reverie
fr situation n | Allongé dans l'herbe, je ne rêve pas : j'ouvre l'appli pour nommer chaque étoile qui s'allume.
+ en situation n | Lying in the grass, not dreaming: I'm opening the app to name every star that comes out.
fr situation n | Les nuages défilent au-dessus du lac, et je veux savoir lequel annonce l'orage.
+ en situation n | Clouds rolling over the lake, and I want to know which one means a storm.
en situation n | Watching the fire, and now I'm wondering why the flames go blue at the bottom. Googling it.
+ fr situation n | Je regarde le feu, et maintenant je me demande pourquoi les flammes sont bleues en bas. Je cherche.
fr situation l | Au bord de l'Atlantique, je regarde l'horizon et je calcule jusqu'où porte le regard.
+ en situation l | On the Atlantic shore, looking at the horizon and working out how far the eye can see.
fr situation n | La pluie sur le Velux fait un bruit bizarre, je veux comprendre pourquoi ça résonne autant.
+ en situation n | The rain on the skylight makes a weird sound, I want to figure out why it echoes so much.

# near the border with suspense
fr situation n | Pas pressé de savoir qui gagne, je veux comprendre comment le jury note le patinage artistique.
+ en situation n | Not in a hurry to know who wins, I want to understand how the judges score figure skating.
en situation n | Whatever the result, I want to know how the TMO decides a try. Rewatching the replay frame by frame.
+ fr situation n | Peu importe le résultat, je veux savoir comment l'arbitre vidéo valide un essai. Je repasse le ralenti image par image.
fr situation n | Je connais déjà la fin du polar, c'est la méthode de l'auteur qui m'intéresse. Je relis les indices.
+ en situation n | I already know how the thriller ends, it's the author's method I'm after. Rereading the clues.
fr situation l | Comment on fait un tirage du loto vraiment au hasard ? Je lis sur les boules et la machine.
+ en situation l | How do you make a lottery draw truly random? Reading about the balls and the machine.
en situation n | Not waiting on the election result, I just want to know how exit polls work. Lights for reading.
+ fr situation n | Je n'attends pas le résultat de l'élection, je veux juste savoir comment marchent les sondages de sortie des urnes. Lumière pour lire.

# near the border with inquietude
fr situation n | Le radiateur glougloute, rien de grave d'après le plombier, mais je veux comprendre d'où vient l'air.
+ en situation n | The radiator gurgles, nothing serious says the plumber, but I want to know where the air comes from.
en situation n | My blood test came back fine, I'm just fascinated by what all those numbers measure.
+ fr situation n | Ma prise de sang est bonne, je suis juste fasciné par ce que mesurent tous ces chiffres.
fr situation n | Le chien du voisin aboie toujours à 18 h pile. Je veux comprendre ce qu'il entend avant nous.
+ en situation n | The neighbour's dog always barks at 6 pm sharp. I want to know what he hears before we do.
fr situation l | Un petit tremblement de terre cette nuit en Valais, personne de blessé. Je lis comment on le mesure.
+ en situation l | A small earthquake last night in Valais, nobody hurt. Reading how they measure it.
en situation n | The smoke alarm chirps once a week, it's not the battery. I want to know what it's telling me.
+ fr situation n | Le détecteur de fumée fait un bip par semaine, ce n'est pas la pile. Je veux savoir ce qu'il raconte.

# near the border with nostalgie
fr situation n | Le vieux Nintendo de mon frère marche encore, et je veux voir ce qu'il y a à l'intérieur de la cartouche.
+ en situation n | My brother's old Nintendo still works, and I want to see what's inside the cartridge.
en situation n | Found Mum's Walkman from 1986, and I want to know how auto-reverse actually flips the tape.
+ fr situation n | Retrouvé le baladeur de maman de 1986, et je veux savoir comment l'auto-reverse retourne vraiment la cassette.
fr situation n | Une photo de ma rue en 1910, il y avait une gare ici ? Je fouille les archives de la ville.
+ en situation n | A photo of my street in 1910, there was a station here? Digging through the city archives.
fr situation l | Mamie parlait le wallon, et je veux apprendre d'où viennent ses expressions, pas juste me souvenir.
+ en situation l | Gran spoke Walloon, and I want to learn where her sayings come from, not just remember them.
en situation n | An old ticket from the Dublin tram that closed in 1949. Where did the line go? Mapping it.
+ fr situation n | Un vieux ticket du tram de Dublin fermé en 1949. Il allait où, cette ligne ? Je la retrace sur la carte.

# near the border with detente
fr situation n | Dimanche au canapé, mais pas pour somnoler : je regarde comment on fabrique les Toblerone. Ambiance docu, s'il te plaît.
+ en situation n | Sunday on the sofa, but not to doze: watching how Toblerone is made. Documentary mood, please.
en situation n | Bath's run, but I'm reading about why Epsom salts are supposed to help. Got to know.
+ fr situation n | Le bain coule, mais je lis pourquoi le sel d'Epsom est censé aider. Faut que je sache.
fr situation l | Hamac au chalet, et je lis comment on a construit les chemins de fer des Rocheuses.
+ en situation l | Hammock at the cabin, and I'm reading how they built the Rockies railways.
fr negation n | Ce n'est pas pour me détendre que je vais au spa thermal, c'est pour comprendre d'où vient l'eau chaude.
+ en negation n | I'm not going to the thermal spa to relax, it's to understand where the hot water comes from.
en situation n | Slow morning, coffee, and a sudden question: how does the kettle know when to click off?
+ fr situation n | Matin tranquille, café, et une question qui surgit : comment la bouilloire sait quand s'arrêter ?

# more negation, mixed, slang and typo
fr negation n | Non, je ne suis pas pressé d'avoir le score, je veux comprendre la règle du hors-jeu au hockey.
+ en negation n | No, I'm not rushing for the score, I want to understand the offside rule in hockey.
en negation n | Not bored on the long drive to Kalgoorlie, I'm looking up every ghost town on the map.
+ fr negation n | Pas d'ennui sur la longue route de Kalgoorlie, je cherche chaque ville fantôme sur la carte.
fr negation l | Pas fâchée contre le GPS, je veux juste savoir pourquoi il nous fait passer par ce village.
+ en negation l | Not cross with the satnav, I just want to know why it's sending us through this village.
en negation n | I'm not sad the old tree came down, I'm counting the rings to see how old it was.
+ fr negation n | Pas triste que le vieil arbre soit tombé, je compte les cernes pour savoir quel âge il avait.
fr mixed n | Un peu intimidée au vernissage, mais surtout pleine de questions sur la technique de l'artiste.
+ en mixed n | A bit shy at the private view, but mostly full of questions about the artist's technique.
en mixed l | Slightly sunburnt, but mostly wondering how the lifeguards spot a rip from the tower.
+ fr mixed l | Un petit coup de soleil, mais surtout la question de savoir comment les sauveteurs repèrent un courant d'arrachement depuis leur tour.
fr mixed n | Content d'être en vacances à Ostende, mais surtout intrigué par ces pêcheurs à cheval sur la plage.
+ en mixed n | Happy to be on holiday in Ostend, but mostly intrigued by those shrimp fishermen on horseback on the beach.
en mixed n | A bit lost at the Sikh temple, but mostly keen to learn why everyone eats together on the floor.
+ fr mixed n | Un peu perdu au gurdwara, mais surtout curieux de savoir pourquoi tout le monde mange ensemble par terre.
fr slang_emoji n | attendez à Berne y a un marché rien qu'aux oignons ?? 🧅🤓 jcherche d'où ça vient
+ en slang_emoji n | wait Bern has a whole market just for onions?? 🧅🤓 looking up where that comes from
en slang_emoji n | my nan just said she worked at Bletchley Park 😳 okay i need the whole story
+ fr slang_emoji n | ma grand-mère vient de dire qu'elle a bossé à Bletchley Park 😳 ok jveux toute l'histoire
fr typo n | comment les castors savent ou couper l'arbre pr qu'il tombe ds l'eau, qqn sait ?
+ en typo n | how do beavers kno where to cut the tree so it falls in the water, any1 kno?
en typo l | wats the deal w the roadtrains out here, how many trailers can 1 truck pull?
+ fr typo l | cest quoi ces road trains ici, combien de remorques 1 seul camion peut tirer ?
"""

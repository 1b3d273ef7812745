"""curiosite: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le lave-vaisselle a un programme éco qui dure quatre heures et consomme moins, je veux comprendre comment c'est possible.
+ en situation n | The dishwasher's eco cycle runs for four hours yet uses less power, and I want to understand how that works.
fr situation n | En vidant le grenier, on est tombés sur une malle avec des initiales gravées, A. M. 1932. On cherche qui c'était. Trouve-moi une ambiance d'enquête.
+ en situation n | Clearing out the attic, we found a trunk engraved with initials, A. M. 1932. We're trying to find out who that was. Find me a detective sort of mood.
fr situation l | Pourquoi le vinaigre blanc dissout-il le calcaire aussi bien ? Avant de frotter la douche, je lis sur la réaction chimique.
+ en situation l | Why does white vinegar dissolve limescale so well? Before scrubbing the shower, I'm reading up on the chemistry.
fr situation n | Le parquet du couloir craque toujours au même endroit, alors j'ai soulevé la latte pour voir comment c'est posé dessous.
+ en situation n | The hallway floor always creaks in the same spot, so I lifted the board to see how it's laid underneath.
fr situation n | Ma grand-mère lavait le linge à la cendre de bois. Ce week-end j'essaie sur un torchon, pour voir si ça lave vraiment.
+ en situation n | My grandmother used to wash clothes with wood ash. This weekend I'm trying it on a tea towel to see if it actually cleans.
fr situation n | J'ai emprunté la caméra thermique du boulot et je la passe sur chaque fenêtre pour voir par où la chaleur s'échappe. Lumière de bricoleur, s'il te plaît.
+ en situation n | Borrowed the thermal camera from work and I'm pointing it at every window to see where the heat gets out. Workbench lighting, please.

# situations: cooking and food
fr situation n | Pourquoi l'oignon fait pleurer et pas l'échalote autant ? J'en coupe trois variétés côte à côte pour comparer.
+ en situation n | Why do onions make you cry but shallots not as much? I'm chopping three kinds side by side to compare.
fr situation n | Le traiteur libanais d'en bas met de la mélasse de grenade partout, je lui ai demandé comment on la fabrique.
+ en situation n | The Lebanese deli downstairs puts pomegranate molasses in everything, so I asked him how it's made.
fr situation n | Ce soir je cuisine éthiopien pour la première fois, injera comprise, juste pour découvrir ces saveurs. Mets quelque chose qui colle.
+ en situation n | Tonight I'm cooking Ethiopian for the first time, injera and all, just to discover those flavours. Put on something that fits.
fr situation n | Pourquoi faut-il tempérer le chocolat à des degrés aussi précis ? J'ai sorti le thermomètre et trois tablettes pour voir la différence.
+ en situation n | Why does chocolate have to be tempered at such precise temperatures? I've got the thermometer and three bars out to see the difference.
fr situation n | On m'a offert un livre de recettes médiévales, et ce soir je tente l'hypocras pour savoir quel goût ça avait.
+ en situation n | Someone gave me a book of medieval recipes, and tonight I'm trying hippocras to find out what it tasted like.
fr situation l | Au chalet, débat : les pâtes cuisent-elles plus vite ou plus lentement en altitude ? On a sorti le chrono.
+ en situation l | Debate at the chalet: does pasta cook faster or slower at altitude? We've got the stopwatch out.

# situations: pets
fr situation n | Le perroquet de ma tante dit allô dès que le téléphone sonne, je veux savoir comment il a fait le lien.
+ en situation n | My aunt's parrot says hello the moment the phone rings, and I want to know how he made that connection.
fr situation n | Notre lapin tape du pied la nuit, j'ai lu trois forums pour savoir ce qu'il essaie de dire.
+ en situation n | Our rabbit thumps his foot at night, and I've read three forums trying to work out what he's saying.
fr situation n | Mon chien reconnaît la voiture de ma femme à cent mètres, jamais celle des voisins. Comment il fait la différence ?
+ en situation n | My dog recognises my wife's car from a hundred metres away, never the neighbours'. How does he tell them apart?
fr situation l | Les enfants se demandent si le poisson rouge dort. Ce soir, on l'observe à la lampe de poche pour voir.
+ en situation l | The kids are wondering whether the goldfish sleeps. Tonight we're watching him by torchlight to find out.
fr situation n | Ma chatte rapporte des feuilles de lierre, jamais d'autres feuilles. J'ai posé une caméra dans le jardin pour comprendre son manège.
+ en situation n | My cat brings home ivy leaves and never any other kind. I've set up a camera in the garden to figure out what she's up to.

# situations: children and parenting
fr situation n | Ma fille de six ans veut savoir combien de gouttes il y a dans une baignoire, alors on compte avec une pipette et une calculatrice.
+ en situation n | My six-year-old wants to know how many drops fit in a bathtub, so we're counting with a pipette and a calculator.
fr situation n | Mon ado m'a montré comment elle monte ses vidéos, et je lui ai demandé de m'apprendre les transitions une par une.
+ en situation n | My teenager showed me how she edits her videos, and I asked her to teach me the transitions one by one.
fr situation n | Le petit m'a demandé où dorment les oiseaux quand il pleut. Aucune idée, on part chercher dans le livre de la bibliothèque.
+ en situation n | The little one asked me where birds sleep when it rains. No idea, so we're off to look it up in the library book.
fr situation n | Mon fils a rapporté de l'école une pierre avec un coquillage incrusté dedans, et depuis on cherche comment se forme un fossile.
+ en situation n | My son brought home a stone with a shell stuck in it, and ever since we've been finding out how fossils form.
fr situation n | Pourquoi les bébés ont-ils plus d'os que les adultes ? Ma fille l'a lu dans un magazine, on cherche ensemble. Mets une ambiance pour apprendre.
+ en situation n | Why do babies have more bones than adults? My daughter read it in a magazine and we're looking into it together. Give me a learning mood.

# situations: partner and dating
fr situation n | Mon copain est tailleur de pierre et je ne connais rien à son métier, alors samedi je l'accompagne à l'atelier pour voir.
+ en situation n | My boyfriend's a stonemason and I know nothing about his trade, so on Saturday I'm going with him to the workshop to see.
fr situation n | Deuxième rendez-vous avec une fille qui étudie les langues mortes, et j'ai passé le dîner à lui demander comment on prononçait le latin.
+ en situation n | Second date with a girl who studies dead languages, and I spent the whole dinner asking her how Latin was pronounced.
fr situation n | Ma femme parle portugais avec sa mère au téléphone, et je me suis mis à l'apprendre pour comprendre ce qu'elles se racontent.
+ en situation n | My wife speaks Portuguese with her mum on the phone, and I've started learning it so I can follow what they're saying.
fr situation n | Il m'a donné rendez-vous dans un bar où on joue au go. Je ne connais pas les règles, je regarde des tutos avant d'y aller.
+ en situation n | He asked me out to a bar where people play go. I don't know the rules, so I'm watching tutorials before I head over.

# situations: friends
fr situation n | Mon pote rentre de six mois sur une base en Antarctique. Resto ce soir, et j'ai une liste de questions longue comme ça.
+ en situation n | My mate is back from six months at a base in Antarctica. Dinner tonight, and I've got a list of questions this long.
fr situation n | Une amie fait de l'apnée et descend à quarante mètres, je veux savoir comment le corps tient sans respirer aussi longtemps.
+ en situation n | A friend free-dives down to forty metres, and I want to know how the body copes without breathing for that long.
fr situation n | Ma copine de fac fabrique ses parfums dans sa cuisine, je lui ai demandé de me montrer comment on fait une distillation.
+ en situation n | My uni friend makes her own perfumes in her kitchen, and I asked her to show me how a distillation works.
fr situation n | Mon meilleur ami s'est mis à la fauconnerie. Dimanche je vais le voir lâcher sa buse, avec mille questions sur le dressage.
+ en situation n | My best friend has taken up falconry. On Sunday I'm going to watch him fly his buzzard, with a thousand questions about training it.

# situations: extended family
fr situation n | Mon oncle parle un patois que plus personne ne comprend dans la famille, je l'enregistre pour apprendre les mots. Accorde la lumière à ça.
+ en situation n | My uncle speaks a dialect nobody else in the family understands anymore, so I'm recording him to learn the words. Match the lights to that.
fr situation n | Au repas de famille, ma tante a parlé d'un arrière-grand-père pêcheur à Terre-Neuve. Personne n'en sait plus, j'écris aux archives maritimes.
+ en situation n | At the family lunch my aunt mentioned a great-grandfather who fished off Newfoundland. Nobody knows more, so I'm writing to the maritime archives.
fr situation l | Ma belle-mère garde la recette de son gâteau secrète, alors j'essaie de deviner les ingrédients bouchée par bouchée.
+ en situation l | My mother-in-law keeps her cake recipe a secret, so I'm trying to guess the ingredients bite by bite.
fr situation n | Ma cousine vit dans une yourte en Mongolie depuis un an. Appel vidéo ce soir, je veux tout savoir de son quotidien.
+ en situation n | My cousin has been living in a yurt in Mongolia for a year. Video call tonight, and I want to hear everything about her daily life.

# situations: neighbours
fr situation n | Le voisin du dessus joue d'un instrument que je n'arrive pas à identifier, une sorte de violon très aigu. Je vais frapper pour lui demander.
+ en situation n | The upstairs neighbour plays an instrument I can't place, a sort of very high-pitched fiddle. I'm going to knock and ask him.
fr situation n | La voisine du rez-de-chaussée reçoit chaque mardi un énorme colis, et je meurs d'envie de savoir ce qu'elle fabrique.
+ en situation n | The ground-floor neighbour gets a huge parcel every Tuesday, and I'm dying to know what she's making.
fr situation n | Le retraité d'en face a transformé son garage en atelier de vitrail et m'a invité à voir comment il coupe le verre. Mets quelque chose qui colle.
+ en situation n | The retired man across the road has turned his garage into a stained-glass workshop and invited me over to watch him cut glass. Put on something that fits.

fr long n | Au marché, une dame vendait du sel violet. Elle dit qu'il vient d'un lac salé en Iran. J'en ai acheté une pincée. Ce soir, je cherche d'où vient cette couleur et quel goût il a vraiment.
+ en long n | At the market a woman was selling purple salt. She says it comes from a salt lake in Iran. I bought a pinch. Tonight I'm finding out where that colour comes from and what it really tastes like.
fr negation n | Je ne m'énerve pas contre le four qui cuit mal à gauche, je veux juste comprendre comment la chaleur circule dedans.
+ en negation n | I'm not cross with the oven for cooking unevenly on the left, I just want to understand how the heat moves around inside it.
fr mixed n | Un peu déçu par le goût du fruit du dragon, mais surtout intrigué : comment un cactus peut-il donner un fruit pareil ?
+ en mixed n | A bit let down by how the dragon fruit tastes, but mostly intrigued: how does a cactus end up growing a fruit like that?

# situations: school and exams
fr situation n | En révisant la géographie pour le brevet, je me suis demandé pourquoi les frontières africaines sont si droites, et j'ai lu bien au-delà du cours.
+ en situation n | Revising geography for my exams, I wondered why African borders are so straight, and I ended up reading way past the syllabus.
fr situation n | Le prof de physique a fait léviter un aimant au-dessus d'un supraconducteur, et je suis resté après la sonnerie pour qu'il m'explique.
+ en situation n | The physics teacher made a magnet float above a superconductor, and I stayed after the bell so he could explain it.
fr situation n | Pour mon exposé j'ai choisi les langues inventées, et je viens de découvrir qu'il existe des dictionnaires complets d'elfique.
+ en situation n | I picked invented languages for my presentation, and I've just discovered there are full dictionaries of Elvish.
fr situation n | Ma fille prépare un oral sur les volcans d'Auvergne, et c'est moi qui lis ses livres en douce tellement le sujet me passionne.
+ en situation n | My daughter's preparing a talk on the volcanoes of Auvergne, and I'm the one sneaking off with her books because the subject has me hooked.
fr situation n | Au CDI, j'ai trouvé un atlas de 1890 et je compare le nom de chaque pays avec celui d'aujourd'hui. Adapte la lumière, merci.
+ en situation n | In the school library I found an 1890 atlas, and I'm comparing every country's name with what it's called today. Adjust the lights, thanks.
fr situation l | Sujet de philo ce matin : peut-on tout expliquer ? L'épreuve est finie, mais j'ai envie de lire tous les auteurs que j'ai cités.
+ en situation l | Philosophy paper this morning: can everything be explained? The exam's over, but now I want to read every author I quoted.

# situations: university
fr situation n | En première année de médecine, le cours sur la main m'a tellement intrigué que j'ai décortiqué une aile de poulet à la maison pour voir les tendons.
+ en situation n | First-year medicine, and the lecture on the hand intrigued me so much I took apart a chicken wing at home to look at the tendons.
fr situation n | À la bibliothèque universitaire, j'ai demandé l'accès à la salle des manuscrits juste pour voir de près un vrai papyrus.
+ en situation n | At the university library I asked for access to the manuscripts room just to see a real papyrus up close.
fr situation n | Un doctorant en glaciologie donnait une conférence à midi, j'y suis entrée par hasard et je suis ressortie avec quinze questions.
+ en situation n | A glaciology PhD student was giving a lunchtime talk, I wandered in by chance and walked out with fifteen questions.
fr situation n | Étudiant en éco, je veux comprendre pourquoi le prix de la baguette n'a pas suivi celui du blé, alors je fouille les séries de l'Insee.
+ en situation n | Economics student here: I want to understand why the price of a baguette didn't follow the price of wheat, so I'm digging through the statistics office's data.
fr situation n | Erasmus à Cracovie : ce week-end j'explore la ville avec une liste de lieux que même les guides oublient. Mets une ambiance d'exploratrice.
+ en situation n | Erasmus in Kraków: this weekend I'm exploring the city with a list of places even the guidebooks forget. Give me an explorer's vibe.

# situations: office work
fr situation n | Le service compta utilise une macro Excel que personne n'ose toucher depuis 2009. Je l'ai ouverte pour comprendre ce qu'elle fait. Mets-moi une ambiance de fouille.
+ en situation n | Accounts runs an Excel macro nobody has dared touch since 2009. I've opened it up to work out what it actually does. Give me a digging-around mood.
fr situation n | Au séminaire, un collègue d'Osaka a expliqué comment ils font leurs réunions debout, et je l'ai assailli de questions à la pause.
+ en situation n | At the seminar a colleague from Osaka explained how they run their meetings standing up, and I bombarded him with questions at the break.
fr situation n | Je suis descendu voir la logistique pour comprendre comment ils préparent trois mille colis par jour, moi qui ne vois que des tableaux.
+ en situation n | I went down to logistics to see how they pack three thousand parcels a day, since all I ever see is the spreadsheets.
fr situation n | Nouvelle dans la boîte, je prends un café avec chaque service pour comprendre en quoi consiste vraiment leur travail.
+ en situation n | New at the company, I'm having coffee with every department to understand what their job really involves.
fr situation n | En réunion, le directeur a cité la méthode Kanban, et je passe ma pause déjeuner à lire comment Toyota l'a inventée. Lumière de bureau, merci.
+ en situation n | The director mentioned Kanban in the meeting, and I'm spending my lunch break reading how Toyota came up with it. Office lighting, thanks.

# situations: manual trades
fr situation n | Apprenti charpentier, je veux comprendre comment les anciens assemblaient les poutres sans un seul clou, alors j'ai photographié toute la grange du voisin.
+ en situation n | Apprentice carpenter: I want to understand how the old-timers joined beams without a single nail, so I've photographed the neighbour's entire barn.
fr situation n | L'électricien m'a montré le compteur ouvert, et je lui ai demandé comment il envoie nos relevés au fournisseur.
+ en situation n | The electrician showed me the meter with its cover off, and I asked him how it sends our readings to the supplier.
fr situation n | Première semaine chez un forgeron : je regarde le métal changer de couleur et je veux savoir à quelle température correspond chaque teinte. Mets une musique qui va avec.
+ en situation n | First week with a blacksmith: I watch the metal change colour and want to know which temperature each shade means. Play some music to go with it.
fr situation l | Le carreleur fait ses coupes à l'œil sans rien mesurer, je lui ai demandé de m'expliquer son truc pendant la pause.
+ en situation l | The tiler makes his cuts by eye without measuring anything, so I asked him to explain his trick over the break.
fr situation n | Mécanicienne, je reçois ma première voiture à hydrogène à l'atelier, et je lis toute la doc technique avant d'ouvrir le capot.
+ en situation n | I'm a mechanic and my first hydrogen car has just come into the garage, so I'm reading the whole technical manual before I lift the bonnet.

# situations: healthcare and hospitals
fr situation l | Pendant ma prise de sang, j'ai demandé à l'infirmière pourquoi les tubes ont des bouchons de couleurs différentes.
+ en situation l | While she was taking my blood, I asked the nurse why the tubes have different coloured caps.
fr situation n | Aide-soignante, je me demande comment le matelas anti-escarres sait quand changer de pression, alors j'ai lu sa notice pendant ma pause.
+ en situation n | Care assistant here, wondering how the pressure-relief mattress knows when to shift, so I read its manual on my break.
fr situation n | Le radiologue m'a montré mon genou en 3D, et je lui ai demandé de faire tourner l'image pour voir chaque ligament.
+ en situation n | The radiologist showed me my knee in 3D, and I asked him to rotate the image so I could see every ligament.
fr situation n | Journée portes ouvertes à l'hôpital : je veux absolument voir le robot chirurgical et comprendre comment le chirurgien le pilote.
+ en situation n | Open day at the hospital: I really want to see the surgical robot and understand how the surgeon steers it.

# situations: illness and the body
fr situation n | Au lit avec la grippe, je lis comment le corps fabrique la fièvre et en quoi ça l'aide à se défendre.
+ en situation n | In bed with flu, reading up on how the body makes a fever and how that helps it fight back.
fr situation l | Pourquoi j'éternue dès que je sors au soleil ? Il paraît que ça porte un nom, je cherche.
+ en situation l | Why do I sneeze as soon as I step into the sun? Apparently it has a name, I'm looking it up.
fr situation n | Avec mes premiers verres progressifs, j'ai demandé à l'opticien de me dessiner comment la correction change du haut vers le bas du verre.
+ en situation n | With my first varifocals, I asked the optician to sketch how the correction shifts from the top of the lens to the bottom.
fr situation n | Ma montre dit que mon cœur ralentit quand je plonge le visage dans l'eau froide. J'ai refait l'essai trois fois, je veux savoir pourquoi.
+ en situation n | My watch says my heart slows down when I dunk my face in cold water. I've tried it three times now and I want to know why.

# situations: sport, playing and watching
fr situation n | Au club de vélo, un gars règle sa selle au millimètre avec un laser, je lui ai demandé ce que ça change vraiment.
+ en situation n | At the cycling club a guy sets his saddle height to the millimetre with a laser, so I asked him what difference it really makes.
fr situation n | Je cours depuis un an et je veux enfin comprendre ce qu'est le drop d'une chaussure, j'ai épluché les forums de trail.
+ en situation n | I've been running for a year and I finally want to understand what heel-to-toe drop means, so I've combed through the trail forums.
fr situation n | Premier cours d'escrime : je veux savoir pourquoi on salue avant l'assaut et d'où viennent toutes ces règles.
+ en situation n | First fencing lesson: I want to know why you salute before a bout and where all these rules come from.
fr situation n | Pendant le Tour de France, je me demande comment les directeurs sportifs parlent aux coureurs, alors je lis tout sur les oreillettes.
+ en situation n | Watching the Tour de France, I'm wondering how the team directors talk to the riders, so I'm reading all about the earpieces.
fr situation n | Je ne comprends rien au cricket, alors ce soir je regarde un match entier avec les règles ouvertes sur la tablette. Une lumière pour suivre, s'il te plaît.
+ en situation n | I don't understand cricket at all, so tonight I'm watching a whole match with the rules open on the tablet. Light to follow along by, please.
fr situation n | Au stade, l'arbitre lève le bras sans siffler, et je demande à mon voisin de tribune ce que ça veut dire.
+ en situation n | At the rugby, the referee raises his arm without blowing the whistle, and I'm asking the man next to me in the stand what that means.

# situations: games and video games
fr situation n | Nouveau jeu de stratégie : j'ai lu les quarante pages de règles avant même de sortir les pions de la boîte.
+ en situation n | New strategy board game: I read all forty pages of rules before I'd even taken the pieces out of the box.
fr situation n | Dans ce jeu vidéo, on voit une île sur la carte qu'on ne peut jamais atteindre. Je fouille les forums pour savoir ce qu'elle cache.
+ en situation n | In this video game there's an island on the map that you can never reach. I'm trawling the forums to find out what it's hiding.
fr situation n | Je regarde des speedrunners finir Mario en cinq minutes, et je veux comprendre comment ils passent à travers les murs. Une ambiance pour décortiquer, stp.
+ en situation n | I'm watching speedrunners finish Mario in five minutes, and I want to understand how they pass through walls. A mood for picking things apart, please.
fr situation l | Mon neveu m'a initié au mah-jong, et maintenant je veux savoir ce que représente chaque tuile.
+ en situation l | My nephew got me started on mahjong, and now I want to know what every tile stands for.

# situations: music and concerts
fr situation n | Au concert, la percussionniste jouait d'une sorte de soucoupe en acier que je n'avais jamais vue, j'ai attendu la fin pour lui demander ce que c'était.
+ en situation n | At the gig the percussionist played a kind of steel saucer I'd never seen, so I waited till the end to ask her what it was.
fr situation n | L'accordeur de piano est là ce matin, et je lui ai demandé si je pouvais rester regarder comment il règle chaque corde.
+ en situation n | The piano tuner's here this morning, and I asked if I could stay and watch how he adjusts each string.
fr situation l | Ma fille apprend le solfège, et je me rends compte que je ne sais pas pourquoi il y a sept notes. On cherche ensemble.
+ en situation l | My daughter's learning music theory, and I've realised I don't know why there are seven notes. We're looking it up together.
fr situation n | Pourquoi cette chanson me tourne dans la tête depuis ce matin ? J'ai trouvé un article sur les vers d'oreille et je le dévore.
+ en situation n | Why has this song been stuck in my head since this morning? I found an article on earworms and I'm devouring it.
fr situation n | Ce soir, un gamelan balinais joue au conservatoire, et je veux voir comment quinze musiciens jouent ensemble sans partition.
+ en situation n | A Balinese gamelan is playing at the conservatoire tonight, and I want to see how fifteen musicians play together without sheet music.

# situations: films, series and books
fr situation n | Après le film sur Apollo 13, je lis la retranscription complète des échanges radio pour comprendre comment ils ont bricolé le filtre.
+ en situation n | After the Apollo 13 film I'm reading the full radio transcripts to understand how they rigged up that filter.
fr situation n | Le roman se passe à Trieste, une ville dont je ne savais rien, alors j'ai ouvert la carte pour suivre chaque rue.
+ en situation n | The novel is set in Trieste, a city I knew nothing about, so I've got the map open to follow every street.
fr situation n | Cette série coréenne montre des plats que je ne connais pas, je mets pause pour noter les noms et chercher ce que c'est.
+ en situation n | This Korean series keeps showing dishes I don't know, so I pause to jot down the names and look them up.
fr situation n | La postface du livre dit qu'une vraie lettre a inspiré toute l'histoire, et maintenant je veux absolument la lire.
+ en situation n | The book's afterword says a real letter inspired the whole story, and now I absolutely want to read it.
fr situation n | Comment ils ont tourné ce plan-séquence de vingt minutes ? Je regarde les bonus du Blu-ray en boucle. Baisse un peu, on se fait une séance making-of.
+ en situation n | How did they shoot that twenty-minute single take? I'm watching the Blu-ray extras on repeat. Lower the lights a bit, it's a behind-the-scenes night.

# situations: travel and transport
fr situation n | À la gare de province, le tableau des départs fait encore clac-clac, et j'ai demandé à un agent comment marchent ces palettes.
+ en situation n | At the little station the departure board still goes clack-clack, so I asked a staff member how those flaps work.
fr situation n | Dans l'avion, j'ai le nez collé au hublot et j'identifie chaque fleuve avec la carte hors ligne.
+ en situation n | On the plane I've got my nose pressed to the window, identifying every river with the offline map.
fr situation n | À Istanbul, je reste sur le quai à observer les ferries pour comprendre comment ils se croisent sur le Bosphore sans se heurter.
+ en situation n | In Istanbul I'm standing on the quay watching the ferries, trying to work out how they cross the Bosphorus without colliding.
fr situation n | Premier voyage au Maroc : j'ai appris vingt mots de darija dans l'avion et je les essaie un par un au souk.
+ en situation n | First trip to Morocco: I learned twenty words of Darija on the plane and I'm trying them out one by one in the souk.
fr situation l | Le funiculaire de Montmartre monte tout seul, et je lis comment les deux cabines se servent de contrepoids.
+ en situation l | The Montmartre funicular runs on its own, and I'm reading how the two cars act as each other's counterweight.

# situations: cars and driving
fr situation n | Au contrôle technique, j'ai demandé au contrôleur comment son banc à rouleaux mesure la puissance de freinage.
+ en situation n | At the MOT I asked the inspector how his roller bench measures braking force.
fr situation n | Pourquoi les voitures électriques émettent-elles un petit sifflement à basse vitesse ? C'est obligatoire, paraît-il, et je veux savoir qui choisit ce son.
+ en situation n | Why do electric cars make that little whine at low speed? Apparently it's compulsory, and I want to know who picks the sound.
fr situation n | En covoiturage, la conductrice roule au bioéthanol, et je lui ai posé des questions sur son boîtier jusqu'à Lyon.
+ en situation n | On a car-share the driver runs on bioethanol, and I quizzed her about her conversion kit all the way to Lyon.

# situations: weather and nature
fr situation n | Double arc-en-ciel ce soir, avec les couleurs inversées sur le second. Pourquoi inversées ? Je cherche tout de suite.
+ en situation n | Double rainbow tonight, and the colours are reversed on the second one. Why reversed? Looking it up right now.
fr situation n | Ce matin, du givre en forme de plumes sur le pare-brise. J'ai pris dix photos pour comprendre comment ces cristaux poussent.
+ en situation n | Feather-shaped frost on the windscreen this morning. I took ten photos to work out how those crystals grow.
fr situation n | En forêt, une vieille souche brillait faiblement dans le noir, et je veux savoir quel champignon fait ça.
+ en situation n | In the woods an old stump was glowing faintly in the dark, and I want to know which fungus does that.
fr situation n | Grêle en plein mois de juin : j'ai coupé un grêlon en deux pour voir ses couches, comme un oignon.
+ en situation n | Hail in the middle of June: I cut a hailstone in half to look at its layers, like an onion.

# situations: gardening
fr situation n | Mes tomates penchent toutes vers le mur blanc, et je veux comprendre comment une plante sait d'où vient la lumière.
+ en situation n | My tomatoes are all leaning towards the white wall, and I want to understand how a plant knows where the light is coming from.
fr situation n | J'ai retrouvé des graines de 1998 au fond du cabanon et je les ai semées, pour apprendre combien d'années une graine peut dormir.
+ en situation n | Found some seeds from 1998 at the back of the shed and sowed them, to learn how many years a seed can lie dormant.
fr situation n | Le jardinier de la mairie plante des œillets d'Inde entre les rangs de choux, je lui ai demandé à quoi ça sert.
+ en situation n | The council gardener plants marigolds between the rows of cabbages, so I asked him what they're for.
fr situation n | Je veux voir ce qui vit dans mon compost, alors j'en ai étalé une pelletée sur une bâche avec une loupe. Lumière du jour, s'il te plaît.
+ en situation n | I want to see what lives in my compost, so I've spread a shovelful on a tarp with a magnifying glass. Daylight, please.

# situations: money and administration
fr situation n | Qu'est-ce que deviennent les pièces qu'on jette dans les fontaines ? J'ai écrit à la mairie pour savoir.
+ en situation n | What happens to the coins people throw into fountains? I've written to the town hall to find out.
fr situation n | En remplissant ma déclaration, je me suis demandé pourquoi on compte en parts, et me voilà à lire l'histoire de l'impôt sur le revenu.
+ en situation n | Filling in my tax return, I wondered why households are counted in shares, and now I'm reading the history of income tax.
fr situation n | À la mairie, j'ai demandé à voir le vieux cadastre pour savoir à quoi ressemblait notre rue en 1810.
+ en situation n | At the town hall I asked to see the old land register to find out what our street looked like in 1810.
fr situation l | Le billet de vingt a une petite fenêtre transparente, je veux savoir comment ils fabriquent ça.
+ en situation l | The twenty-euro note has a little see-through window, and I want to know how they make that.

# situations: technology, phones and internet
fr situation n | Mon téléphone devine le mot suivant avant que je l'écrive, alors je lis comment fonctionne le clavier prédictif.
+ en situation n | My phone guesses the next word before I type it, so I'm reading up on how predictive keyboards work.
fr situation n | J'ai ouvert mon vieux téléphone à clapet pour voir comment l'écran était fait, et il y a une antenne que je n'avais jamais remarquée.
+ en situation n | I opened my old flip phone to see how the screen was built, and there's an antenna in there I'd never noticed.
fr situation n | Comment le GPS marche-t-il sans réseau au milieu de la mer ? C'est la question de mon fils, et je veux la vraie réponse.
+ en situation n | How does GPS work with no signal in the middle of the sea? My son's question, and I want the real answer.
fr situation n | Un compte de musée poste chaque matin la photo d'un objet mystère, et je passe le petit-déjeuner à deviner ce que c'est.
+ en situation n | A museum account posts a mystery object every morning, and I spend breakfast trying to guess what it is.
fr situation n | Je suis tombé sur une carte des câbles sous-marins d'internet, et ça fait une heure que je suis chaque ligne d'un continent à l'autre.
+ en situation n | I stumbled on a map of the internet's undersea cables, and I've spent an hour tracing each line from one continent to the next.
fr situation n | Il existe un forum où les gens identifient des objets bizarres trouvés chez leurs grands-parents, et j'y passe toutes mes soirées.
+ en situation n | There's a forum where people identify weird objects found at their grandparents' houses, and I'm spending every evening on it.
fr situation n | Un avion passe au-dessus de la maison et je regarde sur l'appli d'où il vient et où il va. Mets une ambiance qui va avec.
+ en situation n | A plane's going over the house and I'm checking on the app where it's from and where it's headed. Set a mood to match.

# situations: shopping
fr situation n | À l'épicerie asiatique, j'ai rempli un panier uniquement de produits dont je ne peux pas lire l'étiquette, pour découvrir.
+ en situation n | At the Asian grocer's I filled a basket with nothing but products whose labels I can't read, just to discover them.
fr situation n | La quincaillerie du coin vend un outil en laiton dont même le vendeur ignore l'usage, alors je l'ai acheté pour enquêter.
+ en situation n | The local hardware shop sells a brass tool that even the shopkeeper can't explain, so I bought it to investigate.
fr situation l | Pendant les soldes, je me suis demandé pourquoi les prix finissent toujours par 99, et j'ai lu deux études de marketing sur un banc.
+ en situation l | During the sales I wondered why prices always end in 99, and read two marketing studies sitting on a bench.

# situations: moving house
fr situation n | Dans la nouvelle maison, il y a une petite porte en fonte dans le mur de la cuisine, et on cherche à quoi elle servait.
+ en situation n | In the new house there's a little cast-iron door set in the kitchen wall, and we're trying to work out what it was for.
fr situation n | Tout juste installés à Lille, je teste un estaminet différent chaque samedi pour découvrir la cuisine du coin.
+ en situation n | Just moved to Lille, and every Saturday I try a different estaminet to discover the local food.
fr situation n | En arrachant la moquette, on a trouvé un carrelage ancien à motifs, et je cherche de quelle fabrique il vient. Lumière de chantier, s'il te plaît.
+ en situation n | Pulling up the carpet, we found old patterned tiles, and I'm trying to find out which factory made them. Work lights, please.

# situations: holidays and celebrations
fr situation n | Ma collègue m'invite chez elle pour Diwali, et je lis tout ce que je peux pour comprendre pourquoi on allume toutes ces lampes.
+ en situation n | My colleague has invited me round for Diwali, and I'm reading everything I can to understand why all those lamps get lit.
fr situation n | Pourquoi cache-t-on des œufs à Pâques ? Les enfants ont posé la question, et on a passé l'après-midi à remonter l'histoire.
+ en situation n | Why do we hide eggs at Easter? The kids asked, and we spent the afternoon tracing the history.
fr situation n | Au Nouvel An chinois, je suis les danseurs du lion dans le 13e et je demande à tout le monde ce que signifient les enveloppes rouges.
+ en situation n | At Chinese New Year I'm following the lion dancers round the 13th arrondissement and asking everyone what the red envelopes mean.

# situations: religion and rituals
fr situation n | Journées du patrimoine à la mosquée : j'ai posé au guide toutes mes questions sur la calligraphie des murs.
+ en situation n | Heritage open day at the mosque: I asked the guide every question I had about the calligraphy on the walls.
fr situation n | Mon amie m'a invité au repas de Pessah, alors je lis avant pour comprendre chaque élément du plateau.
+ en situation n | My friend has invited me to her Passover meal, so I'm reading up beforehand to understand every item on the plate.
fr situation n | À l'abbaye, un moine m'a expliqué pourquoi ils chantent sept fois par jour, et je suis resté l'interroger jusqu'aux vêpres.
+ en situation n | At the abbey a monk explained why they sing seven times a day, and I stayed asking him questions until vespers.
fr situation l | Je me demande pourquoi les églises sont presque toujours tournées vers l'est, et je vérifie sur la carte celles de mon département.
+ en situation l | I'm wondering why churches nearly always face east, so I'm checking the ones in my area on the map.

# situations: old age and grandparents
fr situation n | Papi faisait ses devoirs à la plume et à l'encrier, alors on a acheté une plume pour essayer ensemble, et je veux comprendre comment on évitait les taches.
+ en situation n | Grandad did his homework with a dip pen and inkwell, so we bought a nib to try it together, and I want to know how they avoided the blots.
fr situation n | Ma grand-mère de quatre-vingt-dix ans veut comprendre comment marchent les appels vidéo, et elle me pose des questions très précises sur la caméra.
+ en situation n | My ninety-year-old gran wants to understand how video calls work, and she's asking me very precise questions about the camera.
fr situation n | À quatre-vingts ans, mon voisin s'est inscrit à un cours de russe pour lire Tchekhov dans le texte.
+ en situation n | At eighty, my neighbour has signed up for Russian lessons so he can read Chekhov in the original.
fr situation n | Maman a retrouvé les lettres de sa grand-mère écrites en sténo, et je veux apprendre à les déchiffrer. Mets une lumière pour lire.
+ en situation n | Mum found her grandmother's letters written in shorthand, and I want to learn to decipher them. Reading light, please.

# situations: death and funerals
fr situation n | Le notaire a mentionné une parcelle de forêt dans le Jura que personne ne connaissait dans la famille, et je fouille les actes pour comprendre d'où elle sort.
+ en situation n | The solicitor mentioned a plot of forest in the Jura that nobody in the family knew about, and I'm going through the deeds to work out where it came from.
fr situation n | Au Père-Lachaise, j'ai passé l'après-midi à chercher qui était enterré sous chaque sculpture étrange.
+ en situation n | At Père-Lachaise I spent the afternoon finding out who was buried under each strange sculpture.
fr situation n | En Bretagne, le guide nous a parlé des ossuaires dans les enclos paroissiaux, et je veux savoir pourquoi on déplaçait les os.
+ en situation n | In Brittany the guide told us about the ossuaries in the parish closes, and I want to know why they used to move the bones.

# situations: birth and pregnancy
fr situation n | Enceinte de cinq mois, je lis chaque semaine ce qui se forme chez le bébé. Cette semaine, ce sont les papilles. Une lumière douce pour lire, s'il te plaît.
+ en situation n | Five months pregnant, and every week I read up on what the baby is developing. This week it's taste buds. Soft reading light, please.
fr situation n | La sage-femme nous a montré le monitoring, et je lui ai demandé ce que signifie chaque courbe.
+ en situation n | The midwife showed us the monitor and I asked her what each line on the trace means.
fr situation l | Pourquoi les nouveau-nés ont-ils souvent les yeux gris-bleu ? Ma sœur vient d'accoucher et je cherche.
+ en situation l | Why do newborns so often have grey-blue eyes? My sister has just had her baby and I'm looking it up.

# situations: DIY and repairs
fr situation n | J'ai démonté l'interrupteur de l'escalier pour comprendre comment deux boutons commandent la même lampe.
+ en situation n | I took the stairwell switch apart to understand how two switches control the same light.
fr situation n | En calant la chaise bancale, je me suis demandé pourquoi un tabouret à trois pieds ne boite jamais, et ça m'a mené à la géométrie.
+ en situation n | Wedging the wobbly chair, I wondered why a three-legged stool never wobbles, and that led me straight into geometry.
fr situation n | Je me lance dans l'enduit à la chaux et je veux comprendre pourquoi il durcit au contact de l'air.
+ en situation n | I'm trying lime plaster for the first time and I want to understand why it hardens on contact with air.

# situations: night and sleep
fr situation n | Il est une heure du matin et je lis pourquoi on ne se souvient que de certains rêves. Juste une lampe qui colle à ça.
+ en situation n | It's one in the morning and I'm reading about why we only remember some of our dreams. Just a lamp that suits that.
fr situation n | Debout sur le balcon avec une carte du ciel, je guette la station spatiale qui doit passer à 2 h 14, et je veux savoir à quelle altitude elle vole.
+ en situation n | Out on the balcony with a star chart, I'm watching for the space station due over at 2:14, and I want to know how high it flies.
fr situation l | Pourquoi je me réveille toujours deux minutes avant le réveil ? Je veux comprendre comment le corps compte le temps.
+ en situation l | Why do I always wake up two minutes before the alarm? I want to understand how the body keeps time.

# situations: city life
fr situation n | Une plaque dans ma rue dit qu'un savant a vécu ici, et je n'avais jamais entendu son nom. Ce soir, je lis sa biographie. Lumière adaptée, s'il te plaît.
+ en situation n | A plaque on my street says a scientist lived here, and I'd never heard of him. Tonight I'm reading his biography. Matching light, please.
fr situation n | Le métro a une station fantôme fermée depuis 1939, et je me suis inscrite à la visite guidée.
+ en situation n | The metro has a ghost station shut since 1939, and I've signed up for the guided tour.
fr situation n | Je voulais savoir pourquoi les pavés de la vieille ville sont posés en éventail, alors j'ai demandé au paveur du chantier.
+ en situation n | I wanted to know why the old town's cobbles are laid in fan shapes, so I asked the paver working on the site.

# situations: countryside and farming
fr situation n | L'éleveur d'à côté reconnaît chacune de ses quatre-vingts vaches, et je veux comprendre comment il les distingue.
+ en situation n | The farmer next door can tell each of his eighty cows apart, and I want to understand how he does it.
fr situation n | À la fête des battages, j'ai regardé la vieille batteuse tourner et j'ai suivi le chemin de chaque grain dans la machine.
+ en situation n | At the threshing festival I watched the old threshing machine run and followed each grain's path through it.
fr situation l | Pourquoi les bottes de foin sont rondes aujourd'hui et rectangulaires avant ? J'ai demandé à l'agriculteur en passant.
+ en situation l | Why are hay bales round these days when they used to be rectangular? I asked the farmer on my way past.

# situations: sea and mountains
fr situation n | Au refuge, la gardienne creuse un profil de neige, couche par couche, et je lui ai demandé de m'apprendre à le lire.
+ en situation n | At the mountain hut the warden digs a snow pit, layer by layer, and I asked her to teach me how to read it.
fr situation n | À marée basse, on retourne les cailloux avec le petit, et chaque bestiole inconnue, on la cherche dans le guide.
+ en situation n | At low tide the little one and I turn over stones, and every creature we don't know, we look up in the guide.
fr situation n | Sur le bac, j'ai demandé au capitaine comment il sait où sont les bancs de sable sans les voir.
+ en situation n | On the ferry I asked the captain how he knows where the sandbanks are without seeing them.

# situations: hobbies and crafts
fr situation n | J'ai acheté un métier à tisser d'occasion sans savoir m'en servir, et ce soir je décortique des vidéos de tissage. Mets une ambiance pour apprendre.
+ en situation n | Bought a secondhand loom without knowing how to use it, and tonight I'm working through weaving videos. Set a mood for learning.
fr situation n | Je veux comprendre la reliure japonaise, alors j'ai défait un vieux carnet pour voir comment il était cousu. Éclaire bien l'établi, s'il te plaît.
+ en situation n | I want to understand Japanese bookbinding, so I unpicked an old notebook to see how it was sewn. Light the workbench well, please.
fr situation n | Au club photo, on m'a parlé du sténopé, une boîte percée d'un trou sans objectif. Je fabrique le mien ce week-end pour voir ce que ça donne.
+ en situation n | At the photo club someone told me about pinhole cameras, a box with a hole and no lens. I'm building one this weekend to see what it gives.

# situations: volunteering
fr situation n | Bénévole à la banque alimentaire, je me suis demandé comment ils prévoient les quantités, et la responsable m'a montré tout son tableau.
+ en situation n | Volunteering at the food bank, I wondered how they plan the quantities, and the coordinator walked me through her whole spreadsheet.
fr situation n | Pour le comptage des oiseaux du parc, je découvre qu'il y a cinq espèces de mésanges, et je veux apprendre à les reconnaître au chant.
+ en situation n | Doing the bird count in the park, I've discovered there are five kinds of tit, and I want to learn to tell them apart by their song.
fr situation l | Je fais la lecture aux enfants à l'hôpital, et une petite m'a demandé pourquoi la mer est salée. On cherchera ensemble mardi.
+ en situation l | I read to children at the hospital, and a little girl asked me why the sea is salty. We'll look it up together on Tuesday.

# situations: politics and news
fr situation n | Les infos parlent d'un traité sur la haute mer, et je veux comprendre à qui appartient l'océan, alors je lis le texte.
+ en situation n | The news is talking about a high seas treaty, and I want to understand who owns the ocean, so I'm reading the text.
fr situation n | Entre le chiffre de la police et celui des syndicats, je veux savoir comment on compte vraiment les manifestants.
+ en situation n | Between the police figure and the unions' figure, I want to know how protesters are actually counted.
fr situation n | Soirée débat à la médiathèque sur le fonctionnement du Sénat, j'y vais avec mes questions notées sur un carnet.
+ en situation n | Debate night at the library on how the Senate works, and I'm going with my questions written down in a notebook.

# situations: science and discovery
fr situation n | Le télescope James Webb a publié une nouvelle image, et je veux savoir ce que représente chaque couleur. Mets-moi une ambiance d'espace.
+ en situation n | The James Webb telescope has released a new image, and I want to know what each colour stands for. Give me a space vibe.
fr situation n | Des chercheurs ont remonté une carotte de glace vieille de huit cent mille ans, et je lis comment on y lit le climat d'autrefois. Mets l'ambiance qui va.
+ en situation n | Researchers have drilled out an ice core eight hundred thousand years old, and I'm reading how they read ancient climate from it. Set the mood for that.
fr situation n | Une nouvelle espèce de grenouille a été découverte au Pérou, et je cherche comment on sait qu'elle est vraiment nouvelle.
+ en situation n | A new frog species has been found in Peru, and I'm finding out how they know it's truly new.

# long: several sentences, the mood only clear from the whole
fr long n | Ma fille a perdu sa première dent hier. Elle veut savoir où va la dent et pourquoi une autre pousse en dessous. Je n'ai pas su répondre. On a ouvert l'encyclopédie sur le lit et on a lu jusqu'à neuf heures.
+ en long n | My daughter lost her first tooth yesterday. She wants to know where the tooth goes and why another grows underneath. I couldn't answer. We opened the encyclopaedia on the bed and read until nine o'clock.
fr long n | Sous mon nouvel immeuble, les caves voûtées descendent sur deux niveaux. Le syndic dit que personne ne sait à quoi servait le second. J'ai trouvé des plans de 1870 aux archives. Samedi, le gardien me fait visiter.
+ en long n | Under my new building the vaulted cellars go down two levels. The managing agent says nobody knows what the lower one was for. I found plans from 1870 in the archives. On Saturday the caretaker is showing me round.
fr long l | Mon collègue boit un thé qui sent le feu de bois. Il dit que c'est du lapsang. Je n'en avais jamais entendu parler. J'ai commandé trois thés fumés différents pour comparer.
+ en long l | My colleague drinks a tea that smells like a wood fire. He says it's lapsang. I'd never heard of it. I've ordered three different smoked teas to compare.
fr long n | Au musée des Arts et Métiers, un pendule tourne tout seul sur son socle. Le panneau parle de la rotation de la Terre. Je n'ai pas tout compris. J'y retourne dimanche avec un livre de physique sous le bras.
+ en long n | At the Arts et Métiers museum a pendulum swings round on its own. The sign talks about the Earth's rotation. I didn't follow all of it. I'm going back on Sunday with a physics book under my arm.
fr long n | Mon grand-père était cheminot. Il parle d'aiguillages et de signaux dont je ne sais rien. Hier, il m'a dessiné un poste d'aiguillage sur la nappe. Maintenant, je veux en visiter un vrai.
+ en long n | My grandfather worked on the railways. He talks about points and signals I know nothing about. Yesterday he drew me a signal box on the tablecloth. Now I want to visit a real one.
fr long n | Le nouveau stagiaire parle cinq langues. Il dit qu'après la troisième, tout devient plus facile. Je ne vois pas comment. Je l'ai invité à déjeuner pour qu'il m'explique sa méthode.
+ en long n | The new intern speaks five languages. He says that after the third one everything gets easier. I can't see how. I've invited him to lunch so he can explain his method.
fr long n | Sur le chemin du travail, je longe un terrain vague plein de plantes que je ne connais pas. J'ai installé une appli d'identification. Ce matin, j'ai mis quarante minutes à faire cinq cents mètres.
+ en long n | On my way to work I walk past a patch of waste ground full of plants I don't recognise. I installed an identification app. This morning it took me forty minutes to cover five hundred metres.
fr long n | Je suis allé voir mon neveu jouer au water-polo. Je n'y connaissais rien. À chaque coup de sifflet, je questionnais ma sœur. En sortant, je voulais connaître toutes les règles.
+ en long n | I went to watch my nephew play water polo. I knew nothing about it. Every time the whistle went I was quizzing my sister. By the time we left I wanted to know every rule.
fr long n | Dans le train, mon voisin lisait un livre en géorgien. Les lettres ressemblaient à de petites vagues. Je lui ai demandé de m'en apprendre trois. Je les ai recopiées sur mon billet.
+ en long n | On the train the man next to me was reading a book in Georgian. The letters looked like little waves. I asked him to teach me three of them. I copied them onto my ticket.
fr long n | Pendant ma rééducation, la kiné m'a montré la maquette d'un genou. Elle m'a nommé chaque muscle que je travaille. Depuis, je fais mes exercices en imaginant ce qui bouge dedans. J'ai même acheté un atlas d'anatomie.
+ en long n | During my rehab the physio showed me a model of a knee. She named every muscle I'm working. Since then I do my exercises picturing what's moving inside. I've even bought an anatomy atlas.
fr long l | Le chat du voisin arrive chez nous à 17 heures pile. Il repart à 17 h 30. Personne ne sait où il va ensuite. Avec l'accord du voisin, mon fils et moi lui avons mis un petit traceur au collier.
+ en long l | The neighbour's cat turns up at ours at five on the dot. He leaves at half past. Nobody knows where he goes next. With the neighbour's blessing, my son and I have put a little tracker on his collar.
fr long n | Ma tarte tatin colle toujours au moule. Celle de ma voisine, jamais. Elle dit que c'est grâce au cuivre. J'ai lu trois articles sur la conduction des métaux, et demain je teste avec deux poêles.
+ en long n | My tarte tatin always sticks to the tin. My neighbour's never does. She says it's the copper. I've read three articles on how metals conduct heat, and tomorrow I'm testing with two pans.
fr long n | Une comète sera visible à l'œil nu la semaine prochaine. Je ne sais même pas d'où viennent les comètes. J'ai lu sur le nuage d'Oort toute la soirée. Vendredi, je l'observe depuis le champ derrière la maison.
+ en long n | A comet will be visible to the naked eye next week. I don't even know where comets come from. I spent the evening reading about the Oort cloud. On Friday I'm watching it from the field behind the house.
fr long n | Chez mes beaux-parents, mon beau-père cherche l'eau avec une baguette de noisetier. Je n'y crois pas trop. Mais je veux comprendre ce qu'il ressent quand elle plonge. Demain matin, je le suis dans le champ avec un carnet.
+ en long n | At my in-laws', my father-in-law divines for water with a hazel rod. I don't really believe in it. But I want to understand what he feels when it dips. Tomorrow morning I'm following him across the field with a notebook.
fr long n | J'ai cliqué sur un article sur les phares. Puis sur les gardiens de phare. Puis sur les lentilles de Fresnel. Il est minuit, et je sais maintenant comment on envoie la lumière à quarante kilomètres.
+ en long n | I clicked on an article about lighthouses. Then one on lighthouse keepers. Then one on Fresnel lenses. It's midnight, and now I know how they throw light forty kilometres out to sea.
fr long n | Mon père de quatre-vingt-deux ans a reçu une tablette. Il a voulu savoir comment l'écran sent son doigt. Je n'en savais rien. On a passé la soirée à lire sur les écrans tactiles, lui avec sa loupe.
+ en long n | My eighty-two-year-old dad got a tablet. He wanted to know how the screen feels his finger. I had no idea. We spent the evening reading about touchscreens, him with his magnifying glass.

# negation: the mood is what remains
fr negation n | Je ne juge pas le voisin qui parle à ses tomates, je veux juste savoir si ça les fait vraiment pousser.
+ en negation n | I'm not judging the neighbour who talks to his tomatoes, I just want to know whether it really makes them grow.
fr negation n | Non, je ne m'ennuie pas à cette conférence sur les égouts romains, je prends des notes comme une étudiante.
+ en negation n | No, I'm not bored at this talk on Roman sewers, I'm taking notes like a student.
fr negation n | Ce n'est pas de la méfiance envers ce nouveau traitement, je veux seulement comprendre comment il agit dans le corps.
+ en negation n | It's not that I distrust this new treatment, I just want to understand how it works in the body.
fr negation n | Pas de colère contre la facture d'eau, juste l'envie de comprendre à quoi correspond chacune de ses lignes.
+ en negation n | I'm not angry about the water bill, I just want to understand what every single line on it is for.
fr negation n | Ce n'est pas de la tristesse de quitter Paris, c'est l'envie de découvrir chaque recoin de Marseille.
+ en negation n | It's not sadness at leaving Paris, it's the urge to discover every corner of Marseille.
fr negation l | Je ne rêvasse pas en regardant les nuages, j'apprends leurs noms : cumulus, altocumulus, cirrus.
+ en negation l | I'm not daydreaming at the clouds, I'm learning their names: cumulus, altocumulus, cirrus.
fr negation n | Je n'ai pas peur de l'araignée du coin de la fenêtre, je veux savoir comment elle tisse une toile aussi parfaite en une nuit.
+ en negation n | I'm not scared of the spider in the corner of the window, I want to know how she spins such a perfect web in one night.
fr negation n | Ce n'est pas que je ne te crois pas, je veux juste voir de mes yeux comment tu fais ce nœud en une seconde.
+ en negation n | It's not that I don't believe you, I just want to see with my own eyes how you tie that knot in one second.
fr negation n | Je ne panique pas du tout devant le tableau électrique, je veux comprendre quel disjoncteur protège quelle pièce.
+ en negation n | I'm not panicking at the fuse box at all, I want to understand which breaker covers which room.
fr negation n | Pas envie de faire la fête pour mes quarante ans : je m'offre enfin la visite du musée des automates que je veux découvrir depuis des années.
+ en negation n | No party for my fortieth: I'm finally treating myself to the automaton museum I've wanted to explore for years.

# mixed: two feelings, the target one dominant
fr mixed n | Triste à l'enterrement de mon grand-oncle, mais surtout intrigué : trois inconnus en tenue de marin sont venus, et je veux savoir qui ils étaient.
+ en mixed n | Sad at my great-uncle's funeral, but mostly intrigued: three strangers in sailors' uniforms came, and I want to know who they were.
fr mixed n | Un peu fatiguée après la garde, mais trop intriguée par le nouveau scanner du service pour rentrer sans l'avoir vu tourner.
+ en mixed n | A bit worn out after my shift, but too intrigued by the ward's new scanner to go home without seeing it run.
fr mixed n | Un peu stressé par le déménagement, mais surtout curieux de savoir qui vit derrière toutes ces portes sur le palier.
+ en mixed n | A bit stressed by the move, but mostly curious about who lives behind all those doors on the landing.
fr mixed n | Ému en lisant les lettres de guerre de mon arrière-grand-père, mais surtout plein de questions : où était ce village qu'il cite sans arrêt ?
+ en mixed n | Moved reading my great-grandfather's war letters, but mostly full of questions: where was that village he keeps mentioning?
fr mixed l | Un peu vexé d'avoir perdu au quiz, mais surtout je veux savoir pourquoi la bonne réponse était l'Australie.
+ en mixed l | A bit put out that we lost the quiz, but mostly I want to know why the right answer was Australia.
fr mixed n | Mal au dos après le jardinage, mais surtout intriguée par ce ver orange fluo trouvé sous une pierre.
+ en mixed n | My back aches from the gardening, but mostly I'm intrigued by this bright orange worm I found under a stone.
fr mixed n | Un peu agacée par la panne du lave-linge, mais surtout curieuse de voir ce qu'il y a derrière le panneau avant d'appeler quelqu'un.
+ en mixed n | Slightly annoyed the washing machine's broken, but mostly curious to see what's behind the panel before I call anyone.
fr mixed n | Contents de nos vacances, mais surtout pressés d'en savoir plus sur ces villages troglodytes aperçus sur la route.
+ en mixed n | Happy with our holiday, but mostly itching to learn more about those cave villages we glimpsed from the road.
fr mixed n | Le car était interminable, mais on traversait une région dont je ne savais rien, et j'ai lu sur elle pendant tout le trajet.
+ en mixed n | The coach ride dragged on forever, but we were crossing a region I knew nothing about, and I read up on it the whole way.

# slang_emoji
fr slang_emoji n | attendez les poulpes ont le sang bleu ?? 🐙 je creuse direct
+ en slang_emoji n | wait octopuses have blue blood?? 🐙 digging into this rn
fr slang_emoji n | j'ai ouvert le vieux minitel de papi 🤓🔧 y a quoi dedans en vrai
+ en slang_emoji n | cracked open grandad's old Minitel 🤓🔧 what's actually in there
fr slang_emoji n | ptn comment les fourmis savent où est le sucre ?? 🐜 expliquez-moi la science
+ en slang_emoji n | omg how do ants know where the sugar is?? 🐜 someone explain the science
fr slang_emoji n | tbh je pige rien à la bourse mais ce soir j'apprends 📈🧐
+ en slang_emoji n | tbh I get nothing about the stock market but tonight I'm learning 📈🧐
fr slang_emoji l | mdr le chat fixe le mur depuis 10 min, il voit quoi au juste 👀🐱
+ en slang_emoji l | lol the cat's been staring at the wall for 10 min, what is he even seeing 👀🐱
fr slang_emoji n | visite de la cave d'affinage demain, je vais poser 1000 questions 🧀❓
+ en slang_emoji n | cheese cellar tour tomorrow, gonna ask 1000 questions 🧀❓
fr slang_emoji n | wsh comment ils creusent les tunnels sous la mer ?? 🚇🌊 docu lancé
+ en slang_emoji n | yo how do they dig tunnels under the sea?? 🚇🌊 documentary on
fr slang_emoji n | nouvelle map dispo, je veux trouver toutes les zones cachées 🗺️🔍
+ en slang_emoji n | new map just dropped, I wanna find every hidden zone 🗺️🔍
fr slang_emoji n | tombée sur une vidéo de souffleur de verre et là je veux TOUT savoir 🔥✨
+ en slang_emoji n | stumbled on a glassblowing video and now I need to know EVERYTHING 🔥✨

# typo
fr typo n | cmt ca marche les panneaux solaires en vrai? jme renseigne avant d'en mettre
+ en typo n | how do solar panels actualy work? reading up b4 we get some
fr typo n | jvien de decouvrir qu'il y a un musee du chocolat a coté, jy vais pour voir la fabrication
+ en typo n | just found out theres a chocolate museum nearby, goin to see how its made
fr typo l | pourkoi le ciel est rose le soir? ma fille demande et jsais pas
+ en typo l | why is the sky pink in the evening? my daughter asks and i dunno
fr typo n | mon pere ma montré son vieil apareil photo, jveux aprendre a m'en servir
+ en typo n | my dad showed me his old camra, i wanna lern how to use it
fr typo n | jsui en train de lire sur les cités incas, comment ils taillaient les pierres c fou
+ en typo n | readin about inca cities, how they cut those stones is crazy
fr typo n | qqn sait comment on fabrique du papier recyclé? on veut essayer avec les enfants
+ en typo n | anyone kno how to make recycled paper? we wanna try with the kids
fr typo n | y a un insecte bizare sur le balcon, vert avec des ailes transparentes, qqn sait ce que c'est ?
+ en typo n | theres a wierd bug on the balcony, green with see-through wings, anyone know what it is?
fr typo n | le mecano m'a explique l'embrayage, jveux comprendre la boite de vitesse mtn
+ en typo n | mechanic explaind the clutch to me, now i wanna get how the gearbox works
fr typo n | atelier fromage ce soir, jveux piger comment le lait devient du camembert
+ en typo n | cheesemaking class tonite, i wanna get how milk turns into camembert

# wish: feeling plus a colour or brightness request
fr wish n c=cyan;green b=bright | Je me plonge dans un livre sur les grands fonds marins, mets du cyan et du vert, bien lumineux.
+ en wish n c=cyan;green b=bright | Diving into a book about the deep ocean, give me cyan and green, nice and bright.
fr wish n c=teal;yellow | Soirée à démonter le vieux magnétoscope pour voir comment il marche : du bleu canard avec une touche de jaune.
+ en wish n c=teal;yellow | Evening taking apart the old VCR to see how it works: teal with a touch of yellow.
fr wish n b=bright | J'attaque mon premier cours de russe en ligne, plein de choses à découvrir, mets la lumière à fond.
+ en wish n b=bright | Starting my first online Russian lesson, so much to discover, turn the lights right up.
fr wish n c=cool_white;cyan | Je veux comprendre comment marchent les marées, mets du blanc froid et du cyan pour que je bosse.
+ en wish n c=cool_white;cyan | I want to understand how tides work, give me cool white and cyan to study by.
fr wish l c=green b=dim | Documentaire sur les fourmis pour tout apprendre de leur colonie, juste un peu de vert, tamisé.
+ en wish l c=green b=dim | Ant documentary to learn everything about their colonies, just a little green, dimmed.

# explicit: the feeling named
fr explicit n | Ma curiosité est piquée à vif, il faut que je sache tout sur ce sujet.
+ en explicit n | My curiosity is well and truly piqued, I need to know everything about this.
fr explicit n | Je suis intrigué au plus haut point, je ne lâcherai pas avant d'avoir compris.
+ en explicit n | I'm intrigued to the highest degree, I won't let go until I understand.
fr explicit n | Une vraie fringale de connaissances ce soir.
+ en explicit n | A real hunger for knowledge tonight.
fr explicit h | Ma curiosité est en ébullition, j'ai cent questions qui se bousculent.
+ en explicit h | My curiosity is boiling over, I've got a hundred questions tumbling over each other.
fr explicit n | Je suis d'humeur à apprendre, à questionner, à fouiller partout.
+ en explicit n | I'm in the mood to learn, to ask questions, to poke around everywhere.
"""

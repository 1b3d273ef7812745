"""victoire: third wave, triads with suspense and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Mon couscous gagne le concours de l'association, j'avais testé la semoule tous les dimanches depuis mars.
+ en situation h | My couscous wins the association's contest; I'd tested the semolina every Sunday since March.
# triad 02
fr situation h | À quatre-vingt-un ans, Marcel et moi remportons le tournoi de belote du club, après un hiver d'entraînement chaque jeudi.
+ en situation h | At eighty-one, Marcel and I win the club's belote tournament, after a winter of practice every Thursday.
# triad 03
en situation h | Our soapbox cart, built with my son all winter, comes first in the village downhill race.
+ fr situation h | Notre caisse à savon, construite avec mon fils tout l'hiver, finit première de la descente du village.
# triad 04
fr situation h | Mon pigeon rentre premier du lâcher de Barcelone, trois ans que je l'entraîne chaque matin avant le travail.
+ en situation h | My pigeon is first home from the Barcelona race; I've trained him every morning before work for three years.
# triad 05
fr situation h | Médaille d'or au concours Lépine pour mon ouvre-bocal, cinq ans de prototypes bricolés dans mon garage.
+ en situation h | Gold medal at the Lépine inventors' fair for my jar opener, five years of prototypes tinkered together in my garage.
# triad 06
en situation h | My first race as an amateur jockey, and I win it by a head after two years of 5 a.m. starts.
+ fr situation h | Ma première course comme jockey amateur, et je la gagne d'une tête, après deux ans de réveils à cinq heures.
# triad 07
fr slang_emoji h | TROPHÉE DU CLUB DE GOLF 🏆⛳ handicap divisé par deux en une saison, toutes ces heures au practice ont payé
+ en slang_emoji h | CLUB GOLF TROPHY 🏆⛳ handicap halved in one season, all those hours at the range paid off
# triad 08
fr situation h | Qualifiée pour l'UTMB : trois trails de montagne bouclés cette saison, malgré les ampoules et la grêle.
+ en situation h | Qualified for the UTMB: three mountain trail races finished this season, despite the blisters and the hail.
# triad 09
en situation h | I won on the TV quiz show after three years of revising capitals and dates every evening.
+ fr situation h | J'ai gagné au jeu télévisé, après trois ans à réviser les capitales et les dates tous les soirs.
# triad 10
fr situation h | Notre club de village passe au septième tour de la Coupe de France, sur mon coup franc travaillé tout l'été.
+ en situation h | Our village club goes through to the seventh round of the French Cup, on my free kick, practised all summer.
# triad 11
fr situation h | Notre char du corso fleuri gagne le premier prix, trois mois à piquer des dahlias le soir dans le hangar. Mets une ambiance de podium !
+ en situation h | Our float wins first prize at the flower parade, three months of pinning dahlias in the shed every evening. Give me a podium mood!
# triad 12
en situation h | My border collie and I win the sheepdog trial, two years of whistle training on the hillside.
+ fr situation h | Mon border collie et moi gagnons le concours de chiens de troupeau, deux ans de dressage au sifflet dans la colline.
# triad 13
fr situation h | Premier prix au concours de labour du canton, mes sillons enfin droits après trois saisons d'entraînement.
+ en situation h | First prize at the district ploughing match, my furrows finally straight after three seasons of practice.
# triad 14
fr situation h | Je gagne le concours de pêche de l'étang avec neuf kilos de gardons, après un printemps à tester mes amorces.
+ en situation h | I win the pond fishing competition with nine kilos of roach, after a whole spring testing my groundbait.
# triad 15
en situation h | I won the campsite karaoke contest with the song I'd been rehearsing in the car for a month.
+ fr situation h | J'ai gagné le concours de karaoké du camping avec la chanson que je répétais dans la voiture depuis un mois.
# triad 16
fr situation h | Champion de France d'air guitar ! Six mois à chorégraphier chaque seconde de mon solo devant le miroir.
+ en situation h | French air guitar champion! Six months choreographing every second of my solo in front of the mirror.
# triad 17
fr situation h | Ma cagnotte pour éditer mon livre atteint son objectif, après un mois à écrire à chacun de mes contacts.
+ en situation h | My crowdfunding to publish my book hits its target, after a month of writing to every one of my contacts.
# triad 18
en situation h | My skatepark project got picked in the participatory budget, after two months collecting votes outside the school.
+ fr situation h | Mon projet de skatepark est retenu au budget participatif, après deux mois à récolter des votes devant le collège.
# triad 19
fr situation h | J'ai remporté le concours d'éloquence de la fac, moi qui bégayais encore en première année.
+ en situation h | I won the university public-speaking contest, and I was still stammering in first year.
# triad 20
fr situation h | J'ai gagné le concours de lecture à voix haute de l'école, j'avais lu mon passage à mon chat tous les soirs.
+ en situation h | I won the school's reading-aloud contest; I'd read my passage to my cat every single evening.
# triad 21
en situation h | Project of the year at the company awards, for the tool I built in my own evenings.
+ fr situation h | Trophée du projet de l'année à la soirée de la boîte, pour l'outil que j'ai développé sur mes soirées.
# triad 22
fr typo h | année de droit validée avec 14 de moy, apres un semestre a la BU jusqu'a la fermeture
+ en typo h | passed my law year with a 14 avg, after a whole semester in the libary till closing
# triad 23
fr situation h | Six vins sur six reconnus à l'aveugle : je gagne le concours de dégustation, après trois ans de cours du soir.
+ en situation h | Six wines out of six named blind: I win the tasting contest, after three years of evening classes.
# triad 24
en situation h | Our two-metre sandcastle wins the beach contest, six hours of sculpting under the sun.
+ fr situation h | Notre château de sable de deux mètres gagne le concours de la plage, six heures à sculpter sous le soleil.
# triad 25
fr situation h | Ma maison en pain d'épices, vitraux en sucre compris, gagne le concours de la boulangerie après quatre essais effondrés.
+ en situation h | My gingerbread house, sugar stained glass and all, wins the bakery's contest after four attempts that collapsed.
# triad 26
fr situation h | Premier prix au concours Lego de la médiathèque pour mon phare de 3 000 briques, monté pendant tout l'hiver.
+ en situation h | First prize in the library's Lego contest for my 3,000-brick lighthouse, built over the whole winter.
# triad 27
en situation h | Top of the region in the maths olympiad; I'd worked through every past paper since September.
+ fr situation h | Première de l'académie aux olympiades de maths, j'avais fait toutes les annales depuis la rentrée.
# triad 28
fr situation h | J'enchaîne le dernier bloc de la compétition au quatrième essai, premier podium après deux ans de salle.
+ en situation h | I send the last boulder of the competition on my fourth go, first podium after two years at the climbing gym.
# triad 29
fr mixed h | Gelé jusqu'aux os, mais surtout fier : ma première série de surf passée, deux vagues notées 7, après un hiver à ramer.
+ en mixed h | Frozen to the bone, but mostly proud: through my first surf heat with two waves scored 7, after a winter of paddling.
# triad 30
en situation h | Our tug-of-war team beats the next village at last; we'd trained every Sunday behind the church.
+ fr situation h | Notre équipe de tir à la corde bat enfin le village voisin, on s'entraînait tous les dimanches derrière l'église.
# triad 31
fr typo h | double 16 pour finir, jai gagné la ligue de flechettes du pub!! 3 mois a m'entrainer dans le garage
+ en typo h | double 16 to finish, i won the pub darts leage!! 3 months practicing in the garage
# triad 32
fr situation h | Premier battle de breakdance gagné, avec le freeze que je travaillais depuis un an dans ma chambre.
+ en situation h | First breakdance battle won, with the freeze I'd been working on in my bedroom for a year.
# triad 33
en mixed h | Wiped out, salt in my eyelashes, but mostly proud: my first solo offshore race finished in the top ten.
+ fr mixed h | Lessivé, du sel plein les cils, mais surtout fier : ma première course au large en solitaire bouclée dans les dix premiers.
# triad 34
fr situation h | Mon premier biathlon populaire bouclé, cinq cibles sur cinq au tir couché, après tout un hiver de ski de fond.
+ en situation h | Finished my first amateur biathlon, five out of five in the prone shoot, after a whole winter of cross-country skiing.
# triad 35
en situation h | Passed the French B2 exam with 82 out of 100, and three years ago I didn't speak a word.
+ fr situation h | DELF B2 obtenu avec 82 sur 100, moi qui ne parlais pas un mot de français il y a trois ans.
# triad 36
fr situation h | Permis bateau du premier coup, et j'ai réussi l'accostage au port sans effleurer le quai.
+ en situation h | Boat licence first time, and I nailed the mooring in the harbour without brushing the quay.
# triad 37
fr situation h | Premier passage en stand-up, et la salle a ri à chaque blague : six mois à réécrire mon texte.
+ en situation h | My first stand-up set, and the room laughed at every joke: six months of rewriting my material.
# triad 38
en situation h | First prize at the apprentice hairdressing contest, with the bun I'd redone a hundred times on my practice head.
+ fr situation h | Premier prix au concours des apprentis coiffeurs, avec le chignon refait cent fois sur ma tête à coiffer.
# triad 39
fr situation h | Mon cocktail au thym gagne le concours des barmen de la ville, après deux mois à ajuster les dosages.
+ en situation h | My thyme cocktail wins the city bartenders' contest, after two months of fine-tuning the measures.
# triad 40
fr situation h | Mon cerf-volant cousu main, trois mois de travail, remporte le prix de la création au festival de Berck. Lumière qui va avec, s'il te plaît.
+ en situation h | My hand-sewn kite, three months' work, wins the design prize at the Berck kite festival. Lights to match, please.
# triad 41
en situation h | My Halloween costume, three weeks of sewing, wins the contest in front of a hundred people.
+ fr situation h | Mon costume d'Halloween, trois semaines de couture, gagne le concours devant cent personnes.
# triad 42
fr situation h | Notre batucada remporte le prix du carnaval, après six mois de répétitions dans une cave.
+ en situation h | Our samba band wins the carnival prize, after six months of rehearsals in a cellar.
# triad 43
fr situation h | Ma crèche provençale, quarante santons et un moulin qui tourne vraiment, gagne le concours du village.
+ en situation h | My Provençal nativity scene, forty figurines and a windmill that really turns, wins the village contest.
# triad 44
en situation h | Our three-metre snowman wins the ski resort's contest, six hours of rolling snowballs uphill.
+ fr situation h | Notre bonhomme de neige de trois mètres gagne le concours de la station, six heures à rouler les boules.
# triad 45
fr situation h | Ma première course de drones gagnée avec l'appareil que j'ai soudé moi-même, hélices comprises.
+ en situation h | First drone race won with the drone I soldered myself, propellers and all.
# triad 46
fr situation h | J'ai gagné la course en sac de la kermesse ! Je m'étais entraîné dans le jardin avec un sac de patates.
+ en situation h | I won the sack race at the school fair! I'd practised in the garden with a potato sack.
# triad 47
en slang_emoji h | NEW WORLD RECORD on my Mario 64 speedrun 🏆🎮 800 attempts and I finally did it lol
+ fr slang_emoji h | RECORD DU MONDE sur mon speedrun de Mario 64 🏆🎮 800 essais et je l'ai enfin mdr
# triad 48
fr situation h | Je remporte le tournoi Mario Kart du bureau, les raccourcis de la route arc-en-ciel travaillés tous les soirs.
+ en situation h | I win the office Mario Kart tournament, the Rainbow Road shortcuts practised every evening.
# triad 49
fr situation h | J'ai gagné le radio-crochet du village avec ma chanson, après trois mois de cours de chant.
+ en situation h | I won the village talent contest with my song, after three months of singing lessons.
# triad 50
en situation h | Third callback and I got the part, a small role in a real film after two years of evening drama classes.
+ fr situation h | Troisième rappel et j'ai décroché le rôle, un petit rôle dans un vrai film après deux ans de cours de théâtre le soir.
# triad 51
fr situation h | Admise au violon dans l'orchestre régional des jeunes, après un an à travailler mon concerto deux heures par jour.
+ en situation h | Accepted on violin into the regional youth orchestra, after a year working on my concerto two hours a day.
# triad 52
en situation h | Our water rocket, three weeks of tinkering, flies ninety metres and wins the school contest.
+ fr situation h | Notre fusée à eau, trois semaines de bricolage, vole à quatre-vingt-dix mètres et gagne le concours du lycée.
# triad 53
fr situation h | Mon tournesol de 3,80 mètres gagne le concours du jardin partagé, arrosé tous les soirs depuis avril.
+ en situation h | My 3.8-metre sunflower wins the community garden contest, watered every evening since April.
# triad 54
fr situation h | Mon pitch gagne le concours des jeunes entreprises, je l'avais répété quarante fois devant le miroir de la salle de bain.
+ en situation h | My pitch wins the young businesses contest; I'd rehearsed it forty times in front of the bathroom mirror.
# triad 55
en situation h | My drawing was picked out of eight hundred for the festival's official T-shirt, after two weeks of sketches.
+ fr situation h | Mon dessin est retenu parmi huit cents pour le t-shirt officiel du festival, après deux semaines de croquis.
# triad 56
fr situation h | Notre équipe de brancardiers gagne la course de brancards de l'hôpital, on s'entraînait dans le parking.
+ en situation h | Our porters' team wins the hospital stretcher race; we'd been training in the car park.
# triad 57
fr situation h | Notre maison gagne le concours d'illuminations de la rue, quinze mille ampoules posées à la main.
+ en situation h | Our house wins the street's Christmas lights contest, fifteen thousand bulbs put up by hand.
# triad 58
en situation h | My husband and I win the rock'n'roll contest at the dance, after six months of Tuesday lessons. Set the lights for champions.
+ fr situation h | Mon mari et moi gagnons le concours de rock du bal, après six mois de cours le mardi soir. Mets la lumière des champions.
# triad 59
fr situation h | Trois ans de préparation, et j'obtiens le col bleu-blanc-rouge de Meilleur Ouvrier de France en serrurerie.
+ en situation h | Three years of preparation, and I get the tricolour collar of Best Craftsman of France in locksmithing.
# triad 60
fr situation h | Prise aux Beaux-Arts avec le carnet de croquis que j'ai rempli chaque jour pendant deux ans.
+ en situation h | Into art school with the sketchbook I filled every single day for two years.
# triad 61
en situation h | Accepted into a top Paris prep class, after two years of studying at night while the others went out.
+ fr situation h | Accepté en prépa à Louis-le-Grand, après deux ans à bosser le soir pendant que les autres sortaient.
# triad 62
fr situation h | Deux ans que je porte le dossier pour la mairie, et notre village est élu Village préféré des Français.
+ en situation h | Two years of me carrying the application for the town hall, and our village is voted France's favourite village.
# triad 63
en situation h | We finished first in the 2CV rally across Morocco, six thousand kilometres, every breakdown fixed by hand.
+ fr situation h | On finit premiers du rallye en 2CV à travers le Maroc, six mille kilomètres, chaque panne réparée à la main.
# triad 64
fr situation h | Ma Peugeot 203, restaurée boulon par boulon pendant quatre ans, remporte le concours d'élégance.
+ en situation h | My Peugeot 203, restored bolt by bolt over four years, wins the classic car show.
# triad 65
en situation h | My florist's window wins the shopkeepers' contest, three nights of hanging frosted branches.
+ fr situation h | Ma vitrine de fleuriste gagne le concours des commerçants, trois nuits à suspendre des branches givrées.
# triad 66
fr situation h | Ma maquette de trois-mâts, deux ans de soirées à la pince à épiler, décroche l'or au salon du modélisme.
+ en situation h | My model three-master, two years of evenings with tweezers, takes gold at the model-making show.
# triad 67
fr situation h | Ma fresque gagne le concours de street art de la ville, quinze jours perché sur l'échafaudage.
+ en situation h | My mural wins the city's street art contest, two weeks perched on the scaffolding.
# triad 68
en situation h | Beat my three flatmates in the lasagne contest, after a month perfecting my béchamel.
+ fr situation h | J'ai battu mes trois colocs au concours de lasagnes, après un mois à perfectionner ma béchamel.
# triad 69
fr situation h | Mon lapin Caramel gagne le concours de saut d'obstacles, six mois à l'entraîner tous les soirs dans le jardin.
+ en situation h | My rabbit Caramel wins the show-jumping contest, six months of training him every evening in the garden.
# triad 70
en situation h | Won the board game café's Catan tournament, after three months studying the best opening placements.
+ fr situation h | J'ai gagné le tournoi de Catan du bar à jeux, après trois mois à étudier les meilleurs placements de départ.
# triad 71
fr situation h | Notre équipage de dragon boat gagne la régionale, six mois à pagayer à l'aube sur le canal.
+ en situation h | Our dragon boat crew wins the regional race, six months of paddling on the canal at dawn.
# triad 72
fr situation h | On gagne le tournoi de beach-volley, moi qui ne savais pas servir en juin : tout l'été à m'entraîner.
+ en situation h | We win the beach volleyball tournament, and in June I couldn't even serve: a whole summer of practice.
# triad 73
en situation h | I win the regional judo tournament by ippon, with the throw I drilled all year.
+ fr situation h | Je gagne le tournoi régional de judo par ippon, avec la projection que j'ai répétée toute l'année.
# triad 74
fr situation h | Mon food truck gagne le trophée du meilleur burger du festival, deux ans à peaufiner la sauce.
+ en situation h | My food truck wins best burger at the festival, two years of perfecting the sauce.
# triad 75
fr situation h | Test technique de moniteur de ski réussi, trois dixièmes sous le temps, après quatre hivers d'échecs.
+ en situation h | Passed the ski instructor speed test, three tenths under the time, after four winters of failing.
# triad 76
en situation h | First prize at the Johnny Hallyday lookalike contest, three months working on his voice and his swagger.
+ fr situation h | Premier prix au concours de sosies de Johnny, trois mois à travailler sa voix et sa démarche.
# triad 77
fr situation h | Examen de fin de cycle de batterie réussi avec mention, grâce au solo que je travaillais depuis un an.
+ en situation h | Passed my end-of-level drum exam with distinction, thanks to the solo I'd been working on for a year.
# triad 78
en situation h | Scored the winning goal in rec-league hockey, with the wrist shot I practised all summer.
+ fr situation h | J'ai marqué le but de la victoire en hockey loisir, avec le tir du poignet travaillé tout l'été.
# triad 79
fr situation h | Mon vieux tracteur, retapé tout l'hiver, tire le traîneau le plus loin au concours de la foire.
+ en situation h | My old tractor, done up all winter, pulls the sledge furthest in the fair's contest.
# triad 80
fr situation h | Première cocarde arrachée en course camarguaise, après un an d'entraînement à sauter les barrières.
+ en situation h | First rosette snatched in a Camargue bull game, after a year of training to vault the barriers.
"""

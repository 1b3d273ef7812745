"""victoire: third wave, triads with colere and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Permis moto validé au plateau, j'ai enfin réussi le slalom lent qui me faisait tomber depuis des semaines.
+ en situation n | Passed the motorbike handling test, I finally nailed the slow slalom that had me falling for weeks.
# triad 02
en situation n | I got the team lead promotion after two years of covering for the old manager without the title.
+ fr situation n | J'ai obtenu le poste de chef d'équipe après deux ans à remplacer l'ancien responsable sans le titre.
# triad 03
fr situation n | Mon fraisier a remporté le concours de pâtisserie de la fête du village, devant trente candidats.
+ en situation n | My strawberry cake won the baking contest at the village fête, ahead of thirty other entries.
# triad 04
en situation h | Finished the Paris marathon in 3:58, the sub-four I'd been training eighteen months for.
+ fr situation h | Marathon de Paris bouclé en 3 h 58, le moins de quatre heures que je prépare depuis dix-huit mois.
# triad 05
fr situation n | Seize à l'oral du bac de français, moi qui avais huit de moyenne en début d'année.
+ en situation n | Sixteen out of twenty in my French oral exam, when I was averaging eight at the start of the year.
# triad 06
en situation n | After eleven interviews I finally got the offer, and it's the job I actually wanted.
+ fr situation n | Après onze entretiens, j'ai enfin reçu l'offre, et c'est le poste que je voulais vraiment.
# triad 07
fr situation h | J'ai arrêté le dernier jet de sept mètres, et notre équipe de hand remporte la coupe du département !
+ en situation h | I saved the last penalty throw, and our handball team wins the county cup!
# triad 08
en situation n | My research grant was accepted on the third try, four years of work finally recognised.
+ fr situation n | Ma demande de financement est acceptée à la troisième tentative, quatre ans de recherche enfin reconnus.
# triad 09
fr situation n | Ma façade a gagné le premier prix des maisons fleuries, après trois étés à arroser matin et soir.
+ en situation n | My house front won first prize in the flower display contest, after three summers of watering morning and night.
# triad 10
fr situation h | On a gagné le tournoi régional d'e-sport, et c'est mon action à la dernière seconde qui a plié la finale.
+ en situation h | We won the regional esports tournament, and my last-second play is what sealed the final.
# triad 11
fr situation n | Admise au concours de professeur des écoles à quarante-deux ans, après une reconversion préparée le soir.
+ en situation n | Passed the primary teaching exam at forty-two, after a career change I studied for in the evenings.
# triad 12
en situation n | I got the lead in the community theatre play, after four years of failed auditions.
+ fr situation n | J'ai décroché le premier rôle de la pièce de la troupe, après quatre ans d'auditions ratées.
# triad 13
fr situation n | J'ai carrelé toute la salle de bain moi-même, les joints sont droits et pas un carreau ne sonne creux.
+ en situation n | I tiled the whole bathroom myself, the grout lines are straight and not a single tile sounds hollow.
# triad 14
en situation h | The startup I launched in my garage just closed its first funding round.
+ fr situation h | La start-up que j'ai lancée dans mon garage vient de boucler sa première levée de fonds.
# triad 15
fr situation n | Ma chienne a fini son parcours d'agility sans une faute, première de sa catégorie.
+ en situation n | My dog finished her agility course without a single fault, first in her class.
# triad 16
fr situation n | J'ai gagné le championnat du club de tennis de table, contre celui qui m'écrasait depuis trois ans.
+ en situation n | I won the club table tennis championship, against the guy who'd been thrashing me for three years.
# triad 17
fr situation h | Mon premier roman sera publié en septembre, après quarante-deux lettres de refus.
+ en situation h | My first novel comes out in September, after forty-two rejection letters.
# triad 18
en situation n | I passed the conservatory's final piano exam with honours, the Chopin étude went perfectly.
+ fr situation n | J'ai eu mon prix de piano au conservatoire avec mention, l'étude de Chopin est passée parfaitement.
# triad 19
fr situation n | Prêt accepté, on achète notre première maison avec l'apport qu'on a mis cinq ans à réunir.
+ en situation n | Mortgage approved, we're buying our first house with the deposit it took us five years to save.
# triad 20
en situation n | Six months after my heart attack, I cycled up the hill to work without stopping.
+ fr situation n | Six mois après mon infarctus, j'ai monté la côte jusqu'au travail à vélo sans m'arrêter.
# triad 21
fr situation n | Naturalisation obtenue : trois ans de dossiers, d'entretiens et de cours du soir, et me voilà citoyenne.
+ en situation n | Citizenship granted: three years of forms, interviews and evening classes, and here I am, a citizen.
# triad 22
en situation n | My daughter's volcano won the school science fair, and she built it entirely herself.
+ fr situation n | Le volcan de ma fille a gagné le concours de sciences de l'école, et elle l'a construit toute seule.
# triad 23
fr situation n | Le logiciel sur lequel je bosse depuis deux ans est en production, et pas un bug le premier jour.
+ en situation n | The software I've been working on for two years is live, and not a single bug on day one.
# triad 24
fr situation h | J'ai grimpé le mont Ventoux à vélo, deux ans après que le médecin m'a dit que j'étais trop lourd.
+ en situation h | I rode my bike up Mont Ventoux, two years after my doctor told me I was too heavy.
# triad 25
fr situation n | J'ai porté la pétition porte à porte pendant un an, et la mairie installe enfin le passage piéton devant l'école.
+ en situation n | I carried the petition door to door for a year, and the council is finally adding a school crossing.
# triad 26
en situation h | My cheese won gold at the agricultural show, the first medal in three generations on the farm.
+ fr situation h | Mon fromage a eu la médaille d'or au salon de l'agriculture, la première en trois générations à la ferme.
# triad 27
fr situation n | J'ai battu un maître international au tournoi d'échecs du week-end, après cinq heures de partie.
+ en situation n | I beat an international master at the weekend chess tournament, after a five-hour game.
# triad 28
en situation h | I closed the biggest sale in the agency's history on my own, a whole office tower.
+ fr situation h | J'ai conclu seule la plus grosse vente de l'histoire de l'agence, une tour de bureaux entière.
# triad 29
fr situation n | Dix-huit à mon mémoire de master, moi qui l'ai écrit la nuit après mes services au resto.
+ en situation n | Eighteen out of twenty for my master's thesis, and I wrote it at night after my restaurant shifts.
# triad 30
en situation h | We reached the top of Mont Blanc at 7 am, after a year of training every weekend.
+ fr situation h | On a atteint le sommet du mont Blanc à sept heures, après un an d'entraînement tous les week-ends.
# triad 31
fr situation h | Notre petit restaurant vient de recevoir sa première étoile, après sept ans à cuisiner quinze heures par jour.
+ en situation h | Our little restaurant just got its first star, after seven years of cooking fifteen hours a day.
# triad 32
en situation n | My son read a whole book aloud tonight, after a year of fighting his dyslexia.
+ fr situation n | Mon fils a lu un livre entier à voix haute ce soir, après un an de combat contre sa dyslexie.
# triad 33
fr situation n | Notre collecte pour l'association a dépassé les dix mille euros, un projet que j'ai porté seule pendant un an.
+ en situation n | Our fundraiser for the charity passed ten thousand euros, a project I carried on my own for a year.
# triad 34
fr situation n | J'ai nagé mes mille cinq cents mètres au championnat du club et pris le bronze, à cinquante et un ans.
+ en situation n | I swam my 1,500 metres at the club championship and took bronze, at fifty-one.
# triad 35
fr situation h | Notre groupe a gagné le tremplin rock de la ville, après deux ans de répétitions dans un garage.
+ en situation h | Our band won the town's battle of the bands, after two years of rehearsing in a garage.
# triad 36
en situation n | The app I coded alone in the evenings just passed ten thousand downloads.
+ fr situation n | L'appli que j'ai codée seul le soir vient de dépasser les dix mille téléchargements.
# triad 37
fr situation h | À soixante-seize ans, j'ai fini les huit cents kilomètres du chemin de Compostelle, à pied.
+ en situation h | At seventy-six, I finished the eight hundred kilometres of the Camino de Santiago, on foot.
# triad 38
en situation n | I restored my grandfather's 1972 Renault 4 myself, and it passed its roadworthiness test first time.
+ fr situation n | J'ai restauré moi-même la Renault 4 de 1972 de mon grand-père, contrôle technique passé du premier coup.
# triad 39
fr situation n | Moins vingt kilos en un an, sans régime miracle, juste la marche et la cuisine maison.
+ en situation n | Twenty kilos down in a year, no miracle diet, just walking and home cooking.
# triad 40
fr situation n | Ma photo d'un renard dans la neige a gagné le concours national amateur, parmi quatre mille envois.
+ en situation n | My photo of a fox in the snow won the national amateur contest, out of four thousand entries.
# triad 41
fr situation h | Classée dans les cent premiers à l'examen de fin d'études de médecine, je vais pouvoir choisir la pédiatrie.
+ en situation h | Ranked in the top hundred in the final medical exams, I'll get to choose paediatrics.
# triad 42
en situation n | The under-twelves I've coached for three seasons won the league without losing a game.
+ fr situation n | Les moins de douze ans que j'entraîne depuis trois saisons ont gagné le championnat sans perdre un match.
# triad 43
fr situation n | J'ai réussi mon examen de japonais niveau N2, cinq ans d'apprentissage le soir après le boulot.
+ en situation n | I passed my Japanese N2 exam, five years of studying in the evenings after work.
# triad 44
fr situation n | On a déménagé tout l'appart nous-mêmes en une journée, quarante cartons au cinquième sans ascenseur, pas un verre cassé.
+ en situation n | We moved the whole flat ourselves in a day, forty boxes up five floors, no lift, not one glass broken.
# triad 45
fr situation n | J'ai contesté seul mon redressement d'impôts, et l'administration me rembourse tout, huit cents euros.
+ en situation n | I challenged my tax reassessment on my own, and they're refunding all of it, eight hundred euros.
# triad 46
en situation l | I finished my first hand-knitted jumper, and it actually fits, sleeves and all.
+ fr situation l | J'ai fini mon premier pull tricoté main, et il me va vraiment, manches comprises.
# triad 47
fr situation h | Élue conseillère municipale au premier tour, après six mois de porte-à-porte dans le quartier.
+ en situation h | Elected to the town council in the first round, after six months of knocking on doors in the neighbourhood.
# triad 48
en situation h | Our short film got selected for the Clermont-Ferrand festival, shot on weekends with no budget.
+ fr situation h | Notre court-métrage est sélectionné au festival de Clermont-Ferrand, tourné sans budget le week-end.
# triad 49
fr situation n | Ma première garde seule en réa s'est parfaitement passée, et le chef m'a félicitée devant l'équipe.
+ en situation n | My first shift alone in intensive care went perfectly, and the consultant praised me in front of the team.
# triad 50
fr situation h | On a gagné la régate sur notre petit voilier, grâce à mon virement de bord juste avant la dernière bouée.
+ en situation h | We won the regatta in our little sailboat, thanks to my tack just before the last buoy.
# triad 51
fr situation h | Ma classe de CM2 a remporté le concours national de robotique avec le robot qu'on a construit toute l'année.
+ en situation h | My Year 6 class won the national robotics contest with the robot we built all year.
# triad 52
en situation n | After six months of training, our rescue dog passed his good canine citizen test.
+ fr situation n | Après six mois d'éducation, notre chien adopté a réussi son test de chien citoyen.
# triad 53
fr situation h | Premier combat de boxe amateur gagné aux points, trois rounds, après un an de corde à sauter.
+ en situation h | Won my first amateur boxing bout on points, three rounds, after a year of skipping rope.
# triad 54
fr situation n | Code de la route réussi avec trente-neuf sur quarante, après deux échecs.
+ en situation n | Passed my driving theory test with thirty-nine out of forty, after failing it twice.
# triad 55
fr situation n | J'ai eu mon CAP de menuisier à quarante ans, et mon premier escalier tient parfaitement.
+ en situation n | I got my carpentry qualification at forty, and my first staircase is rock solid.
# triad 56
en situation h | My cooking channel passed a hundred thousand subscribers, built video by video over four years.
+ fr situation h | Ma chaîne de cuisine a passé les cent mille abonnés, construite vidéo par vidéo en quatre ans.
# triad 57
fr situation n | Notre chorale paroissiale a obtenu le premier prix du festival, et c'est moi qui la dirigeais.
+ en situation n | Our parish choir won first prize at the festival, and I was the one conducting.
# triad 58
en situation n | My son got into the engineering school he's dreamed of since he was twelve, on his own hard work.
+ fr situation n | Mon fils est admis dans l'école d'ingénieurs dont il rêve depuis ses douze ans, grâce à son seul travail.
# triad 59
fr situation h | Mon article est accepté dans une grande revue, quatre ans de mesures au fond d'une grotte.
+ en situation h | My paper got accepted by a major journal, four years of measurements at the bottom of a cave.
# triad 60
fr situation n | Premier réveillon que j'organise, quatorze couverts cuisinés seul, et ma belle-mère m'a demandé la recette.
+ en situation n | First Christmas dinner I've hosted, fourteen people cooked for on my own, and my mother-in-law asked for the recipe.
# triad 61
fr situation n | Mes bougies artisanales sont maintenant vendues dans trois boutiques, une affaire lancée seule dans ma cuisine.
+ en situation n | My handmade candles are now sold in three shops, a business I started alone in my kitchen.
# triad 62
fr situation n | J'ai réussi les épreuves physiques de pompier volontaire, deuxième tentative, à trente-huit ans.
+ en situation n | I passed the volunteer firefighter fitness test, second attempt, at thirty-eight.
# triad 63
fr situation h | Ma baguette a été élue meilleure baguette du département, quinze ans de réveils à quatre heures récompensés.
+ en situation h | My baguette was voted the best in the county, fifteen years of 4 am starts rewarded.
# triad 64
fr situation n | J'ai décroché mon premier gros contrat en freelance, la traduction d'un livre entier, sans passer par une agence.
+ en situation n | I landed my first big freelance contract, translating a whole book, without going through an agency.
# triad 65
fr slang_emoji h | ptn j'ai validé mon année de fac au rattrapage, 10,2 de moyenne, je l'ai arrachée 💪🔥
+ en slang_emoji h | damn I passed my uni year on the resits, 10.2 average, clawed it back 💪🔥
# triad 66
en typo h | finaly got my black belt in karate after 9 yrs, sensei bowed to me first
+ fr typo h | enfin eu ma ceinture noir de karaté apres 9 ans, le sensei ma salué en premier
# triad 67
fr mixed n | Épuisé, des courbatures partout, mais j'ai fini mon premier triathlon et personne ne me l'enlèvera.
+ en mixed n | Exhausted and aching everywhere, but I finished my first triathlon and nobody can take that from me.
# triad 68
en situation h | I passed the bar exam on my third attempt, studying at night while raising two kids.
+ fr situation h | J'ai eu l'examen du barreau à la troisième tentative, en révisant la nuit avec deux enfants à élever.
# triad 69
fr situation h | J'ai relié Lille à Istanbul à vélo, trois mille kilomètres, seule avec ma tente.
+ en situation h | I rode from Lille to Istanbul by bike, three thousand kilometres, alone with my tent.
# triad 70
fr situation h | Meilleures vendanges depuis trente ans sur nos coteaux, et c'est le premier millésime que je fais entièrement seul.
+ en situation h | Best harvest in thirty years on our slopes, and it's the first vintage I've made entirely on my own.
# triad 71
en situation h | Our troupe won the regional dance contest with a routine I choreographed myself.
+ fr situation h | Notre troupe a gagné le concours régional de danse avec une chorégraphie que j'ai créée moi-même.
# triad 72
fr situation n | Après deux ans de recours menés seul, l'aide pour le handicap de mon fils est enfin accordée.
+ en situation n | After two years of appeals I fought on my own, the disability allowance for my son is finally granted.
# triad 73
fr situation n | J'ai fait gagner la ligue de quiz du bar à mon équipe, en trouvant la dernière question que personne n'avait.
+ en situation n | I won my team the pub quiz league, getting the final question nobody else could answer.
# triad 74
fr situation n | Ma présentation au comité a convaincu, et le budget de mon service est doublé pour l'an prochain.
+ en situation n | My presentation to the committee won them over, and my department's budget is doubled for next year.
# triad 75
en situation n | Two years sober today, and I celebrated with my kids instead of a bottle.
+ fr situation n | Deux ans sans alcool aujourd'hui, et j'ai fêté ça avec mes enfants plutôt qu'avec une bouteille.
# triad 76
fr situation h | Ma jument et moi avons fait un sans-faute au concours de saut, premier podium après deux ans de travail.
+ en situation h | My mare and I went clear at the show jumping contest, our first podium after two years of work.
# triad 77
en situation n | I represented myself at the employment tribunal and won, with back pay for every unpaid hour.
+ fr situation n | Je me suis défendu seul aux prud'hommes et j'ai gagné, avec le rappel de toutes mes heures impayées.
# triad 78
fr situation n | J'ai descendu ma première piste noire sans tomber, un an après avoir chaussé des skis pour la première fois.
+ en situation n | I got down my first black run without falling, a year after putting skis on for the very first time.
# triad 79
fr situation n | Ma fille a gagné le concours d'orthographe de l'école avec le mot qu'elle répétait au petit-déjeuner toute la semaine.
+ en situation n | My daughter won the school spelling bee with the word she'd practised at breakfast all week.
# triad 80
fr situation h | Notre collectif a fait classer le marais en réserve naturelle, après trois ans de recours.
+ en situation h | Our group got the marsh protected as a nature reserve, after three years of legal appeals.
# triad 81
fr situation l | J'ai changé moi-même l'écran cassé de mon téléphone avec un kit à vingt euros, et le tactile marche parfaitement.
+ en situation l | I replaced my phone's cracked screen myself with a twenty-euro kit, and the touch works perfectly.
# triad 82
fr typo h | jai eu mon diplome d'aide soignante!!! 3 ans de cours du soir en bossant a coté
+ en typo h | got my care assistant diplma!!! 3 yrs of night classes while workin on the side
# triad 83
en slang_emoji h | we actually WON the bowling league 🏆🎳 bottom of the table last year lol
+ fr slang_emoji h | on a GAGNÉ la ligue de bowling 🏆🎳 derniers du classement l'an dernier mdr
# triad 84
en mixed n | Sore all over and a bit embarrassed by the fuss, but I finished the swim across the bay.
+ fr mixed n | Courbaturé et un peu gêné par tout ce cinéma, mais j'ai fini la traversée de la baie à la nage.
"""

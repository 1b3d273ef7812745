"""victoire: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the pride of succeeding comes from the whole
fr long h | J'ai raté le permis deux fois. La deuxième, j'ai pleuré dans la voiture de l'inspecteur. Ce matin, troisième essai : créneau parfait, pas une seule faute, et l'inspecteur m'a serré la main. Je l'ai, je l'ai enfin !
+ en long h | I failed my driving test twice. The second time I cried in the examiner's car. This morning, third attempt: perfect parallel park, not a single mistake, and the examiner shook my hand. I've got it, I've finally got it!
en long n | Eight months of physio after the accident. They said I might never run again. Today I finished the ten-kilometre charity race, slowly, last in my group, but I crossed the line on my own two feet.
+ fr long n | Huit mois de kiné après l'accident. On m'avait dit que je ne courrais peut-être plus jamais. Aujourd'hui, j'ai terminé les dix kilomètres de la course caritative, lentement, dernier de mon groupe, mais j'ai franchi la ligne sur mes deux jambes.
fr long h | Notre équipe de volley féminine végétait en bas du classement depuis trois saisons. Ce soir, dernier match, cinq sets, et c'est moi qui ai servi la balle de match. On monte en division supérieure, et la coach pleurait dans la tribune.
+ en long h | Our women's volleyball team had been stuck at the bottom of the table for three seasons. Tonight, last match, five sets, and I served the match point. We're promoted to the division above, and the coach was crying in the stands.
fr long h | Bénévole à la banque alimentaire, on m'a confié pour la première fois l'organisation de la collecte de printemps. Objectif fixé : dix tonnes. Trois week-ends dans le froid devant les supermarchés, et ce soir le compteur affiche quatorze tonnes, record du département. Mets des lumières dorées.
+ en long h | Volunteering at the food bank, I was put in charge of the spring collection for the first time. Target: ten tonnes. Three cold weekends outside supermarkets, and tonight the counter reads fourteen tonnes, a record for the whole region. Gold lights, please.
en long n | For six months the benefits office claimed I owed them money I'd never received. I proved it all, statement by statement, by recorded letter, no help from anyone. This morning the letter came: debt cancelled, with an apology.
+ fr long n | Pendant six mois, la caisse d'allocations m'a réclamé un trop-perçu que je n'avais jamais touché. J'ai tout prouvé, relevé par relevé, en recommandé, sans l'aide de personne. Ce matin, le courrier est arrivé : dette annulée, avec des excuses.
fr long n | J'ai commencé le piano à cinquante-cinq ans, et tout le monde trouvait ça un peu ridicule. Hier soir, au concert de l'école de musique, j'ai joué un nocturne de Chopin en entier, sans partition. La salle s'est levée pour applaudir.
+ en long n | I started the piano at fifty-five, and everyone found it a bit silly. Last night, at the music school concert, I played a whole Chopin nocturne from memory. The audience rose to its feet.
fr long n | Le chef nous avait dit que le projet était impossible en trois semaines. On a tout donné, week-ends compris, et ce matin l'application est en ligne, sans un seul bug. Le client vient de signer pour deux ans de plus.
+ en long n | The boss told us the project was impossible in three weeks. We gave it everything, weekends included, and this morning the app went live without a single bug. The client has just signed on for two more years.
en long n | My son is dyslexic and reading has always been a battle. Tonight he read me a whole chapter of his book, out loud, without stopping. Then he closed it and said, "I did it, Mum." We both did.
+ fr long n | Mon fils est dyslexique et la lecture a toujours été un combat. Ce soir, il m'a lu un chapitre entier de son livre, à voix haute, sans s'arrêter. Puis il l'a refermé et m'a dit : « J'ai réussi, maman. » On a réussi tous les deux.
fr long n | Il y a un an, on m'a diagnostiqué un diabète, avec des chiffres catastrophiques. J'ai changé toute mon alimentation et j'ai marché une heure chaque jour, même sous la pluie. Ce matin, le médecin a relu deux fois mes analyses : tout est revenu dans la norme.
+ en long n | A year ago I was diagnosed with diabetes, with disastrous numbers. I changed my whole diet and walked for an hour every day, even in the rain. This morning the doctor read my results twice: everything is back within the normal range.
fr long h | Le moteur de la vieille 2CV de mon père ne tournait plus depuis vingt ans. J'ai passé l'hiver dans le garage avec des tutos et des pièces de casse. Ce matin, il a démarré au premier tour de clé, et j'ai fait le tour du village en klaxonnant.
+ en long h | The engine of my dad's old 2CV hadn't run in twenty years. I spent the winter in the garage with online tutorials and scrapyard parts. This morning it started first turn of the key, and I drove round the village honking the horn.
en long h | Two failed attempts on Mont Blanc, turned back by the weather both times. This year I trained all winter on the stairs of my block of flats. This morning at seven, my guide and I stood on the summit, and I planted my little flag.
+ fr long h | Deux tentatives ratées sur le mont Blanc, refoulé par la météo les deux fois. Cette année, je me suis entraîné tout l'hiver dans les escaliers de mon immeuble. Ce matin à sept heures, mon guide et moi étions au sommet, et j'ai planté mon petit drapeau.
fr long n | Il y a deux ans, ma fille détestait l'école et collectionnait les mauvaises notes. Elle s'est accrochée, maths comprises, et elle vient d'avoir son brevet avec mention très bien. Elle a aimanté son relevé de notes sur le frigo, et elle a bien raison.
+ en long n | Two years ago my daughter hated school and was collecting bad marks. She stuck at it, maths included, and she's just passed her middle-school exams with top honours. She's stuck her results on the fridge, and quite right too.
fr long h | Notre club de robotique du collège, c'est six gamins et des pièces de récupération. Face à nous, des lycées avec des budgets dix fois plus gros. En finale régionale, notre robot a empilé tous les cubes en quarante secondes. Premiers. Les gamins ont soulevé la coupe.
+ en long h | Our school robotics club is six kids and a pile of salvaged parts. Against us, high schools with budgets ten times bigger. In the regional final our robot stacked every cube in forty seconds. First place. The kids lifted the trophy.
en long h | When I took over the bistro it had been losing money for five years. Two years of sixteen-hour days, a new menu, a terrace built with my own hands. This month: our first profit, and the local guide has put us in its top ten.
+ fr long h | Quand j'ai repris le bistrot, il perdait de l'argent depuis cinq ans. Deux ans de journées de seize heures, une nouvelle carte, une terrasse construite de mes mains. Ce mois-ci : premier bénéfice, et le guide local nous a classés dans son top dix.
fr long n | Sur le chantier, j'étais la seule femme et on me donnait toujours les petits travaux. Cette fois, le chef m'a confié toute la charpente du hangar. Elle est montée, droite au millimètre, et c'est lui qui est venu me féliciter devant l'équipe.
+ en long n | On the building site I was the only woman and always got the small jobs. This time the foreman put me in charge of the whole frame for the shed. It's up, straight to the millimetre, and he came over to congratulate me in front of the crew.
fr long h | Le boss final du jeu avait la réputation d'être impossible. Deux cents morts, une manette presque cassée, des heures de rage. Ce soir, je l'ai battu sans prendre un seul coup. Capture d'écran envoyée à tout le groupe.
+ en long h | The game's final boss was supposed to be impossible. Two hundred deaths, a controller nearly broken, hours of rage. Tonight I beat it without taking a single hit. Screenshot sent to the whole group.
en long n | Public speaking terrified me; I used to go red just saying my name in meetings. Today I gave the opening talk at the conference in front of four hundred people, and they've asked me to come back next year.
+ fr long n | Parler en public me terrifiait ; je devenais rouge rien qu'en disant mon prénom en réunion. Aujourd'hui, j'ai fait la conférence d'ouverture devant quatre cents personnes, et on m'a demandé de revenir l'an prochain.
fr long n | J'avais honte de ne pas savoir nager à quarante-deux ans, alors j'évitais la plage avec les enfants. Six mois de cours le samedi, à boire la tasse. Ce matin, j'ai fait une longueur entière sans planche, et le maître-nageur m'a tapé dans la main.
+ en long n | I was ashamed I couldn't swim at forty-two, so I avoided the beach with the kids. Six months of Saturday lessons, swallowing half the pool. This morning I swam a whole length without a float, and the instructor high-fived me.
fr long h | Apprenti menuisier, je n'étais pas le plus doué de ma promo, et on me le faisait sentir. Pour ma pièce de fin d'apprentissage, j'ai fabriqué un escalier en chêne. Le jury lui a mis dix-neuf sur vingt et l'a choisi pour l'exposition. Mets une lumière de triomphe !
+ en long h | As an apprentice joiner I wasn't the most gifted in my year, and people made sure I knew it. For my final-year piece I built an oak staircase. The panel gave it nineteen out of twenty and picked it for the exhibition. Triumphant lights, please!
en long h | The town's pub quiz league has been won by the same team of retired teachers for nine years. Tonight it came down to the last question, on medieval kings, and I knew the answer. Our little team of nurses and bus drivers has the cup.
+ fr long h | La ligue de quiz des bars de la ville était gagnée par la même équipe de profs à la retraite depuis neuf ans. Ce soir, tout s'est joué à la dernière question, sur les rois du Moyen Âge, et je connaissais la réponse. Notre petite équipe d'infirmières et de chauffeurs de bus a la coupe.

# negation: the neighbouring mood is ruled out, pride in success remains
fr negation n | Ce n'est pas de la chance : trois ans à économiser et à me former le soir, et ce matin j'ai ouvert mon propre salon de coiffure.
+ en negation n | It isn't luck: three years of saving and training in the evenings, and this morning I opened my own hair salon.
en negation n | Not luck, not talent: I studied every evening for this certification, and I passed with ninety-four percent.
+ fr negation n | Ni la chance ni le talent : j'ai travaillé tous les soirs pour cette certification, et je l'ai eue avec quatre-vingt-quatorze pour cent.
fr negation n | Je ne suis pas juste content, je suis fier : j'ai changé l'embrayage de ma voiture tout seul, dans la cour, avec les outils de mon père.
+ en negation n | I'm not just pleased, I'm proud: I replaced my car's clutch all by myself, in the yard, with my dad's tools.
fr negation n | Non, je ne saute pas partout, je savoure en silence : le permis de construire que j'ai défendu seule devant la mairie a été accordé.
+ en negation n | No, I'm not jumping around, I'm quietly savouring it: the planning permission I argued for on my own at the town hall has been granted.
en negation h | I'm not relieved, I'm proud. I stood up to my manager in front of everyone and got the promotion I'd been refused twice.
+ fr negation h | Ce n'est pas du soulagement, c'est de la fierté. J'ai tenu tête à ma responsable devant tout le monde et j'ai obtenu la promotion qu'on m'avait refusée deux fois.
fr negation h | Ce n'était pas gagné d'avance, personne n'y croyait : notre petite équipe de handball a remporté le tournoi régional.
+ en negation h | It was never a sure thing, nobody believed in us: our little handball team has won the regional tournament.
fr negation n | Je ne dis pas ça pour me vanter, mais la cabane que j'ai construite pour les enfants a tenu toute la tempête, alors que la clôture du voisin s'est envolée.
+ en negation n | I'm not saying this to brag, but the treehouse I built for the kids held up through the whole storm, while the neighbour's fence blew away.
en negation h | Nobody thought I'd manage it alone, and I didn't give up: I climbed the whole via ferrata, top to bottom, without taking the cable car.
+ fr negation h | Personne ne pensait que j'y arriverais seule, et je n'ai pas lâché : j'ai fait toute la via ferrata, de bas en haut, sans prendre le téléphérique.
fr negation h | Si je pleure, ce n'est pas de chagrin, c'est de fierté : après deux échecs, mon fils vient de réussir le concours de sapeur-pompier.
+ en negation h | If I'm crying, it's not grief, it's pride: after two failures, my son has just passed the firefighter entrance exam.
fr negation n | Je n'ai rien lâché, même quand le jury m'a interrompu trois fois : l'oral est réussi et le poste est à moi.
+ en negation n | I didn't give an inch, even when the panel interrupted me three times: the interview went well and the job is mine.
en negation n | It wasn't easy and I won't pretend it was: eighteen months of rehab on my hand, and tonight I played guitar in front of an audience again.
+ fr negation n | Ça n'a pas été facile et je ne vais pas prétendre le contraire : dix-huit mois de rééducation de la main, et ce soir j'ai rejoué de la guitare devant un public.
fr negation h | L'entraîneur ne m'avait pas sélectionné l'an dernier. Cette année, il n'a pas eu le choix : meilleur marqueur de la saison, et capitaine en finale.
+ en negation h | The coach didn't pick me last year. This year he had no choice: top scorer of the season, and captain in the final.

# mixed: another feeling present, pride in success dominant
fr mixed h | Les jambes en compote après l'ascension du Ventoux à vélo, mais surtout une fierté immense : je l'ai fait sans mettre pied à terre.
+ en mixed h | Legs like jelly after cycling up Mont Ventoux, but mostly enormous pride: I did it without putting a foot down.
en mixed n | Exhausted after the inspection week, but mostly proud: the whole ward passed, and my protocols were held up as a model.
+ fr mixed n | Épuisée après la semaine d'inspection, mais surtout fière : tout le service a été validé, et mes protocoles ont été cités en exemple.
fr mixed n | Un peu triste que la saison soit terminée, mais surtout fier : l'équipe de minimes que j'entraîne finit invaincue, vingt matchs sans une défaite.
+ en mixed n | A bit sad the season's over, but mostly proud: the under-fourteens team I coach finished unbeaten, twenty games without a loss.
fr mixed h | La voix encore un peu tremblante, mais vainqueur : j'ai négocié seul mon augmentation et j'ai obtenu quinze pour cent.
+ en mixed h | My voice still a little shaky, but victorious: I negotiated my pay rise on my own and got fifteen percent.
en mixed n | A bit sore and covered in paint, but mostly triumphant: the whole flat is repainted and not a single drip on the floor.
+ fr mixed n | Un peu courbaturé et couvert de peinture, mais surtout triomphant : tout l'appartement est repeint et pas une seule goutte par terre.
fr mixed h | Un brin d'angoisse avant les résultats, puis l'explosion de fierté : reçu au concours de l'école d'ingénieurs, classé douzième.
+ en mixed h | A flicker of anxiety before the results, then a burst of pride: I passed the engineering school entrance exam, ranked twelfth.
fr mixed n | Les mains couvertes d'ampoules, oui, mais quelle fierté : le kayak en bois que j'ai construit tout l'hiver flotte, et il file droit.
+ en mixed n | Hands covered in blisters, yes, but so proud: the wooden kayak I built all winter floats, and it tracks dead straight.
en mixed n | Slightly embarrassed by all the attention, but mostly proud: I won the regional baking contest with my grandmother's tart.
+ fr mixed n | Un peu gênée par toute cette attention, mais surtout fière : j'ai remporté le concours régional de pâtisserie avec la tarte de ma grand-mère.
fr mixed n | Un peu de peine pour mon adversaire, il a bien joué, mais surtout la fierté du vainqueur : je remporte la finale du tournoi de ping-pong de l'entreprise, contre le directeur.
+ en mixed n | A bit sorry for my opponent, he played well, but mostly the pride of winning: I've taken the company table-tennis final, against the managing director.
fr mixed n | Le dos en miettes après le chantier, mais fier comme jamais : on a refait toute la toiture nous-mêmes, tuile par tuile, et pas une goutte n'est passée cette nuit.
+ en mixed n | My back is in pieces after the job, but I've never been prouder: we redid the whole roof ourselves, tile by tile, and not a drop got through last night.
en mixed h | Still a little angry at the people who doubted me, but mostly triumphant: the start-up I built in my garage just signed its hundredth client.
+ fr mixed h | Encore un peu de rancœur envers ceux qui doutaient de moi, mais surtout le triomphe : la start-up que j'ai montée dans mon garage vient de signer son centième client.
fr mixed n | Un peu nostalgique de quitter la fac, mais surtout fière : j'ai décroché l'agrégation du premier coup, classée dans les vingt premières.
+ en mixed n | A little nostalgic about leaving university, but mostly proud: I passed the top teaching exam at my first attempt, ranked in the top twenty.
fr mixed h | Encore un peu de stress dans le ventre, mais surtout le goût de la victoire : on a remporté l'appel d'offres face à trois géants du secteur. Mets du rouge et de l'or, on fête ça.
+ en mixed h | Still a bit of stress in my stomach, but mostly the taste of victory: we won the tender against three industry giants. Red and gold, let's celebrate.
"""

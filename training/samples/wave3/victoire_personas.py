"""victoire: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: personas and places
fr situation n | Ma première garde de nuit comme infirmière référente : trente patients, zéro incident, et la cadre m'a dit qu'elle me confiait le service cet été.
+ en situation n | My first night shift as charge nurse: thirty patients, zero incidents, and the ward manager said she's trusting me with the unit this summer.
fr situation n | Au comice agricole, c'est ma vache qui a eu le premier prix de la race. Quinze ans de sélection pour en arriver là.
+ en situation n | At the agricultural show, my cow took first prize for the breed. Fifteen years of breeding to get there.
fr situation n | La régie m'a remis le trophée du meilleur conducteur : vingt ans sur la ligne 38 sans le moindre accrochage.
+ en situation n | The transit company gave me the best driver award: twenty years on the number 38 without a single scrape.
fr situation h | En fauteuil, j'ai monté toute la côte jusqu'à la basilique sans qu'on me pousse, alors que mon kiné disait que c'était impossible !
+ en situation h | In my wheelchair I made it all the way up the hill to the basilica without anyone pushing, and my physio said it couldn't be done!
fr situation n | Arrivé il y a deux ans sans un mot de français, je viens de recevoir mon DELF B2.
+ en situation n | I arrived two years ago without a word of French, and I've just got my B2 French certificate.
fr situation n | J'ai seize ans et je me suis payé mon scooter avec l'argent de mon job d'été, sans un centime de mes parents.
+ en situation n | I'm sixteen and I paid for my scooter with my summer job money, not a cent from my parents.
fr situation n | La boutique que j'ai ouverte seule il y a un an vient d'embaucher sa première salariée. Mets une ambiance qui va avec.
+ en situation n | The shop I opened on my own a year ago has just hired its first employee. Put on something that fits.
fr situation h | À soixante-dix ans, je viens d'arriver à Compostelle à pied depuis Le Puy, mille six cents kilomètres !
+ en situation h | At seventy, I've just walked into Santiago de Compostela all the way from Le Puy, sixteen hundred kilometres!
fr situation l | Papa solo depuis un an, j'ai enfin réussi les tresses de ma fille tout seul, et la maîtresse les a remarquées.
+ en situation l | A single dad for a year now, I finally managed my daughter's braids on my own, and her teacher noticed them.
fr situation n | J'ai réussi l'audition : je suis la nouvelle première clarinette de l'orchestre régional.
+ en situation n | I passed the audition: I'm the regional orchestra's new principal clarinet.
fr situation h | Le boxeur que j'entraîne depuis ses douze ans vient de remporter le titre régional, et il m'a tendu la ceinture sur le ring.
+ en situation h | The boxer I've coached since he was twelve has just won the regional title, and he handed me the belt in the ring.
fr situation n | À la sortie de l'école, la maîtresse m'a arrêtée pour m'annoncer que ma fille avait gagné le concours de calcul mental de toute l'école.
+ en situation n | At the school gates the teacher stopped me to tell me my daughter had won the whole school's mental arithmetic contest.
fr situation n | Cent vingt invités, un mariage organisé entièrement par nous deux, et le budget tenu à l'euro près.
+ en situation n | A hundred and twenty guests, a wedding the two of us organised entirely ourselves, and the budget kept to the euro.
fr situation h | Ma classe de CM2 a remporté le concours national de robotique avec le robot qu'on a monté en classe. Lumières dorées, s'il te plaît !
+ en situation h | My Year 6 class won the national robotics contest with the robot we built in the classroom. Golden lights, please!
fr situation n | Dix-neuf sur vingt au partiel de droit constitutionnel, la meilleure note de tout l'amphi.
+ en situation n | Nineteen out of twenty on the constitutional law exam, the top mark in the whole lecture hall.
fr situation n | Chef de chantier, j'ai livré l'immeuble de six étages avec trois semaines d'avance et zéro accident.
+ en situation n | As site manager, I handed over the six-storey building three weeks early with zero accidents.
fr situation h | Vingt-trois jours seul en mer, et mon voilier est amarré à Pointe-à-Pitre : ma première transat en solitaire est bouclée.
+ en situation h | Twenty-three days alone at sea, and my boat is moored in Pointe-à-Pitre: my first solo Atlantic crossing is done.
fr situation n | Monitrice de ski, mes huit petits débutants ont tous décroché leur première étoile ce matin, pas un seul n'a raté la descente.
+ en situation n | As a ski instructor, all eight of my little beginners earned their first ski badge this morning, and not one missed the run.
fr situation n | Entrée comme caissière il y a douze ans, je prends aujourd'hui la direction du magasin.
+ en situation n | I started as a cashier twelve years ago, and today I'm taking over as store manager.
fr situation n | Premier trajet aux commandes d'un TGV, Paris-Lyon, arrivée à la minute près.
+ en situation n | My first run at the controls of a high-speed train, Paris to Lyon, and we pulled in to the minute.
fr situation n | Premier vol comme commandant de bord, et un atterrissage impeccable à Nice par vent de travers. Ambiance à la hauteur, stp.
+ en situation n | First flight as captain, and a spotless landing in Nice in a crosswind. Set the mood to match, please.
fr situation n | Le collège où j'enseigne est passé de la dernière à la troisième place du département aux résultats du brevet.
+ en situation n | The secondary school I teach at went from bottom to third in the county for exam results.
fr situation n | J'ai été désignée pour arbitrer la finale régionale, la première femme à qui on confie ce match. Lumière adaptée stp.
+ en situation n | I've been appointed to referee the regional final, the first woman ever given that match. Suitable lights please.
fr situation n | Première récolte : quarante kilos de miel, alors que tout le monde disait que mes ruches ne passeraient pas l'hiver.
+ en situation n | First harvest: forty kilos of honey, when everyone said my hives wouldn't make it through the winter.
fr situation l | Crevaison sur l'autoroute avec les enfants à l'arrière, et j'ai changé la roue moi-même en dix minutes chrono.
+ en situation l | Flat tyre on the motorway with the kids in the back, and I changed the wheel myself in ten minutes flat.
fr situation n | Reconvertie dans la boulangerie à quarante ans, mon croissant vient d'être élu meilleur croissant du département.
+ en situation n | I retrained as a baker at forty, and my croissant has just been voted the best in the county.
fr situation n | Interne, j'ai évoqué une maladie rare que personne n'avait envisagée, et le chef de service l'a confirmée devant toute l'équipe.
+ en situation n | As a junior doctor, I suggested a rare disease nobody had considered, and the head of department confirmed it in front of the whole team.
fr situation n | Depuis mon village, en télétravail, j'ai mené tout le lancement du produit en visio, et la direction m'a citée en exemple. Mets-moi une lumière de circonstance.
+ en situation n | From my village, working remotely, I ran the whole product launch over video calls, and management held me up as an example. Give me lights for the occasion.
fr situation n | Expat à Berlin depuis un an, j'ai passé mon entretien entièrement en allemand, et ils m'ont pris.
+ en situation n | An expat in Berlin for a year, I did my whole interview in German, and they hired me.
fr situation h | Mamie a battu tout le club au tournoi de scrabble, les jeunes de trente ans compris !
+ en situation h | Grandma beat the whole club at the Scrabble tournament, thirty-year-olds included!
fr situation n | Pompier volontaire : j'ai réussi les épreuves physiques ratées l'an dernier, je suis officiellement dans l'équipe.
+ en situation n | Volunteer firefighter: I passed the fitness tests I failed last year, and I'm officially on the crew.
fr situation n | Sourde de naissance, je viens d'avoir mon CAP pâtisserie, major de ma promo.
+ en situation n | Deaf since birth, I've just got my pastry chef qualification, top of my year.
fr situation l | Au camping, ma fille de sept ans a monté la tente toute seule et a refusé qu'on l'aide.
+ en situation l | At the campsite, my seven-year-old put the tent up all by herself and refused any help.
fr situation n | Notre collectif de parents a trouvé assez d'inscriptions : l'école du village garde sa classe à la rentrée.
+ en situation n | Our parents' group found enough enrolments: the village school keeps its class in September.
fr situation n | Le roman que j'ai traduit a reçu le prix de la traduction, et mon nom est sur la couverture.
+ en situation n | The novel I translated has won the translation prize, and my name is on the cover.
fr situation n | Le chalutier est rentré au port avec la meilleure pêche de la saison, et c'est moi qui avais choisi la zone.
+ en situation n | The trawler came back into port with the best catch of the season, and I was the one who picked the spot.
fr situation n | Ma première plaidoirie aux assises, et le jury a acquitté mon client.
+ en situation n | My first closing speech at the criminal court, and the jury acquitted my client.
fr situation n | J'ai obtenu la bourse d'échange la plus demandée de la fac : une place pour quarante candidats.
+ en situation n | I got the most sought-after exchange scholarship at uni: one place for forty applicants.
fr situation n | Agente d'entretien depuis vingt ans, j'ai réussi le concours et je suis titularisée à cinquante ans.
+ en situation n | A cleaner for twenty years, I passed the civil service exam and got a permanent post at fifty.
fr situation h | Mon speedrun est officiellement record du monde, validé ce matin par les modérateurs.
+ en situation h | My speedrun is officially the world record, verified by the moderators this morning.
fr situation n | Après trois auditions, la compagnie m'a prise, et je danse le rôle principal au printemps. Musique à la mesure, s'il te plaît.
+ en situation n | After three auditions the company took me on, and I'm dancing the lead role in the spring. Music to match, please.
fr situation n | Ma photo du port sous la tempête fait la une du journal régional ce matin.
+ en situation n | My photo of the harbour in the storm is on the front page of the regional paper this morning.
fr situation n | Le jury a retenu notre projet pour la nouvelle médiathèque, face à trente cabinets d'architectes.
+ en situation n | The jury picked our design for the new library, out of thirty architecture firms.
fr situation n | Avec ma troupe de scouts, on a construit un pont de cordes au-dessus de la rivière, et les quinze jeunes l'ont traversé.
+ en situation n | With my scout troop we built a rope bridge over the river, and all fifteen kids made it across.
fr situation n | Le menu que j'ai imaginé pour la cantine a réduit le gaspillage de moitié, et la mairie veut l'étendre à toutes les écoles.
+ en situation n | The menu I came up with for the school canteen halved food waste, and the council wants it in every school.
fr situation n | J'étais le guide de Karim, non-voyant, sur son premier marathon, et on a passé la ligne ensemble en moins de quatre heures. Mets-nous quelque chose à la hauteur.
+ en situation n | I was guide runner for Karim, who's blind, on his first marathon, and we crossed the line together in under four hours. Put on something worthy of it.
fr situation n | Arrivé sans papiers il y a cinq ans, j'ouvre aujourd'hui mon propre garage, avec mon nom sur l'enseigne.
+ en situation n | I arrived without papers five years ago, and today I'm opening my own garage, with my name over the door.
fr situation n | Coiffeuse de quartier, j'ai remporté le concours régional de chignons de mariée devant les grands salons.
+ en situation n | A neighbourhood hairdresser, I won the regional bridal updo contest ahead of the big salons.
fr situation h | Notre équipage du club a remporté la régate du tour de l'île, devant des bateaux deux fois plus grands. Envoie la bande-son des vainqueurs !
+ en situation h | Our club crew won the round-the-island regatta, ahead of boats twice our size. Cue the winners' soundtrack!
fr situation n | Diplôme de sauveteur aquatique obtenu au deuxième essai, et le poste de surveillant de la grande plage est pour moi.
+ en situation n | Got my lifeguard qualification on the second try, and the job guarding the main beach is mine.
fr situation n | À soixante ans, mon oncle a appris à lire, et ce midi il nous a lu la carte du restaurant à voix haute.
+ en situation n | At sixty, my uncle learned to read, and at lunch today he read the restaurant menu out loud to us.
fr situation n | Conductrice de tram, j'ai formé ma première promo de nouveaux conducteurs, et ils ont tous été reçus.
+ en situation n | As a tram driver, I trained my first group of new drivers, and every one of them passed.
fr situation n | La faille que j'ai signalée à la banque m'a valu une prime et une lettre de remerciement du directeur de la sécurité.
+ en situation n | The security flaw I reported to the bank earned me a bounty and a thank-you letter from the head of security.
fr situation l | Trois mois après l'opération du genou, j'ai fait le tour du pâté de maisons sans béquilles, comme je me l'étais juré en quittant l'hôpital.
+ en situation l | Three months after knee surgery, I walked round the block without crutches, just like I swore I would when I left hospital.
fr situation n | Ma vigne, plantée il y a quatre ans sur un coteau abandonné, donne sa première cuvée, et le caviste du village la met en rayon. Ambiance qui colle, merci.
+ en situation n | My vines, planted four years ago on an abandoned hillside, have given their first vintage, and the village wine shop is stocking it. Something that fits, thanks.

# long
fr long n | Quand je suis arrivée à Lyon, je ne savais même pas commander un pain. J'ai suivi des cours le soir, après mes heures de ménage. Aujourd'hui, c'est moi qui fais l'interprète pour les nouvelles arrivées du foyer.
+ en long n | When I arrived in Lyon I couldn't even order a loaf of bread. I took evening classes after my cleaning shifts. Today I'm the one interpreting for the new arrivals at the hostel.
fr long h | Après l'accident, on m'a dit que le sport, c'était fini. J'ai découvert le basket fauteuil. Ce week-end, on a gagné le championnat régional, et c'est moi qui ai mis le dernier panier.
+ en long h | After the accident they told me sport was over for me. I discovered wheelchair basketball. This weekend we won the regional championship, and I scored the last basket.
fr long n | Ma première nuit comme infirmière, j'ai pleuré dans le vestiaire. Six mois plus tard, c'est moi qui forme la nouvelle. Ce matin, elle m'a dit qu'elle voulait devenir aussi solide que moi.
+ en long n | On my first night as a nurse, I cried in the locker room. Six months later, I'm the one training the new girl. This morning she told me she wants to be as steady as I am.
fr long n | En septembre, j'avais six de moyenne en maths. Je suis allé au soutien tous les mercredis. Ce trimestre, quinze de moyenne, et le prof a écrit « félicitations » sur mon bulletin.
+ en long n | In September I was averaging six out of twenty in maths. I went to extra help every Wednesday. This term I'm averaging fifteen, and the teacher wrote "congratulations" on my report.
fr long n | À la retraite, je me suis mis à l'aquarelle. Deux ans de cours à la salle des fêtes du village. Ce matin, le jury du salon de peinture m'a remis le premier prix amateur.
+ en long n | When I retired I took up watercolours. Two years of classes in the village hall. This morning the art show jury gave me first prize in the amateur category.
fr long n | Seul avec les jumeaux depuis deux ans. Les devoirs, les repas, les nuits de fièvre. Ce soir, à la remise des bulletins, ils ont tous les deux les encouragements, et la maîtresse m'a serré la main.
+ en long n | On my own with the twins for two years. The homework, the meals, the feverish nights. Tonight at the report meeting they both got commendations, and the teacher shook my hand.

# negation
fr negation n | Ce n'est pas de la chance si la boulangerie tourne, c'est quatre ans de réveils à trois heures du matin, et ce succès, je l'ai gagné.
+ en negation n | It's not luck that the bakery's doing well, it's four years of 3 am alarms, and I earned this success.
fr negation n | Non, je ne pleure pas de tristesse à la remise des diplômes, je pleure de fierté : ma fille est la première de la famille à finir l'université.
+ en negation n | No, I'm not crying from sadness at the graduation, I'm crying with pride: my daughter is the first in the family to finish university.
fr negation n | Personne ne m'a fait de cadeau : ce titre de championne de France vétérans, je suis allée le chercher à la sueur.
+ en negation n | Nobody handed me anything: I fought for this national veterans' title with my own sweat.
fr negation n | Je n'ai pas eu peur une seule seconde en haut de la falaise, et cette voie que je travaillais depuis un an, je l'ai enchaînée.
+ en negation n | I wasn't scared for a single second at the top of the cliff, and that route I'd been working on for a year, I sent it clean.

# mixed
fr mixed n | Les mains pleines de cloques après la récolte des olives, mais on a rempli le pressoir, record du domaine depuis trente ans.
+ en mixed n | Hands covered in blisters after the olive harvest, but we filled the press, the estate's best in thirty years.
fr mixed n | Un peu triste de rendre mon tablier après le dernier service, mais fière : trente ans de restaurant et pas une seule mauvaise critique.
+ en mixed n | A bit sad to hang up my apron after the last service, but proud: thirty years running the restaurant and not a single bad review.
fr mixed n | Encore tremblante de trac, mais j'ai chanté l'hymne au stade devant trente mille personnes sans une fausse note.
+ en mixed n | Still shaking with nerves, but I sang the anthem at the stadium in front of thirty thousand people without a wrong note.
fr mixed n | Déçue d'avoir raté l'or pour un dixième, mais l'argent aux championnats d'Europe, c'est le plus beau résultat de ma carrière.
+ en mixed n | Gutted to miss gold by a tenth, but silver at the European championships is the best result of my career.

# informal french
fr situation n | frère jsuis passé chef d'équipe au dépôt, trois ans de nuits qui paient enfin
fr situation n | ma daronne vient d'avoir son CAP cuisine à 50 piges, elle a tout plié
fr situation h | premiers du tournoi de foot du quartier avec nos baskets trouées, personne nous voyait passer les poules
fr situation n | 20/20 à l'oral d'anglais, moi qui parlais pas un mot en 6e, ça c'est fait
fr situation n | ma boutique etsy vient de faire sa 1000e vente, tout fait main dans ma cuisine
fr situation n | les gars j'ai enfin passé la voie noire de la salle, six mois que je bloquais au même mouvement

# casual english
en situation n | got my welding ticket first try, the old guys at the shop swore I'd never make it
en situation n | grandpa finally finished the model ship he's been building since 2019, it's on the mantel and he keeps pointing at it
en situation h | our rec hockey team won its first game in three seasons, someone frame the scoresheet
en situation n | landed my first big client as a freelancer and they already want a second project
"""

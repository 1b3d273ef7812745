"""victoire: third wave, triads with nostalgie and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Dernière tournée de facteur ce matin : trente-huit ans, pas un seul recommandé perdu, et tout le hameau m'attendait avec une banderole.
+ en situation h | Last postal round this morning: thirty-eight years, not one registered letter lost, and the whole hamlet was waiting for me with a banner.
# triad 02
en situation h | My last shift driving the number 12 bus: twenty-nine years, not a single accident, and the passengers clapped at the terminus.
+ fr situation h | Mon dernier service au volant du bus 12 : vingt-neuf ans, pas un seul accident, et les passagers ont applaudi au terminus.
# triad 03
fr situation h | Dernier vol comme commandant de bord : vingt-cinq mille heures sans un incident, et l'équipage en haie d'honneur à Nice.
+ en situation h | Last flight as captain: twenty-five thousand hours without an incident, and the crew in a guard of honour at Nice.
# triad 04
en situation h | Thirty-four years driving trains, and on my final run into Lyon the whole station staff lined the platform.
+ fr situation h | Trente-quatre ans aux commandes des trains, et pour mon dernier trajet jusqu'à Lyon, tout le personnel m'attendait sur le quai.
# triad 05
fr situation h | Dernière marée avant la retraite : le chalutier rentre les cales pleines, et en quarante ans je n'ai jamais perdu un homme.
+ en situation h | Last tide before retirement: the trawler comes in with a full hold, and in forty years I never lost a man.
# triad 06
fr situation h | Sage-femme depuis 1989, j'ai fait mon dernier accouchement cette nuit : le quatre mille deux centième bébé, et tout s'est parfaitement passé.
+ en situation h | A midwife since 1989, I delivered my last baby tonight: number four thousand two hundred, and everything went perfectly.
# triad 07
en situation h | Last day as the village vet: forty years of night calls, and my successor takes over a full waiting room.
+ fr situation h | Dernier jour de vétérinaire du village : quarante ans de gardes de nuit, et mon successeur reprend une salle d'attente pleine.
# triad 08
fr situation h | Je remets ma cordonnerie à l'apprenti que j'ai formé, et il vient d'être sacré meilleur ouvrier du département.
+ en situation h | I hand my cobbler's shop to the apprentice I trained, and he's just been named best craftsman in the département.
# triad 09
fr situation h | Dernier édito avant la retraite : le journal du canton, relancé en 1995 avec trois fois rien, tire à douze mille exemplaires.
+ en situation h | Last editorial before retiring: the district paper I relaunched on a shoestring in 1995 now prints twelve thousand copies.
# triad 10
en situation h | Final broadcast of my morning show after twenty years, and I signed off as the most listened-to programme in the region.
+ fr situation h | Dernière émission de ma matinale après vingt ans, et je rends l'antenne en étant le programme le plus écouté de la région.
# triad 11
fr situation h | Dernière garde à la caserne : vingt-sept ans de pompier volontaire, trois mille interventions, et tous mes gars ramenés vivants.
+ en situation h | Last shift at the fire station: twenty-seven years as a volunteer, three thousand call-outs, and all my crew brought home alive.
# triad 12
en situation h | Refereed my last match at sixty-two: eleven hundred games in thirty years, and both teams formed a guard of honour for me.
+ fr situation h | Mon dernier match d'arbitre à soixante-deux ans : onze cents rencontres en trente ans, et les deux équipes m'ont fait une haie d'honneur.
# triad 13
fr situation h | Dernière saison de moniteur de ski : trente hivers, plus de deux mille gamins ont eu leur flocon avec moi.
+ en situation h | Last season as a ski instructor: thirty winters, and over two thousand kids earned their first badge with me.
# triad 14
en situation h | My last summer as a lifeguard: eighteen seasons on the same beach, and not one drowning on my watch.
+ fr situation h | Mon dernier été de maître-nageur : dix-huit saisons sur la même plage, et pas une seule noyade pendant mes gardes.
# triad 15
fr situation h | Dernière course de guide avant la retraite : j'ai emmené mon petit-fils au sommet des Écrins, comme mon premier client en 1979.
+ en situation h | Last climb as a guide before retiring: I took my grandson to the top of the Écrins, like my very first client in 1979.
# triad 16
en situation h | Sold my hair salon today: one chair in 1994, and I leave four stylists I trained and a full book.
+ fr situation h | J'ai vendu mon salon de coiffure : un seul fauteuil en 1994, et je laisse quatre coiffeuses formées par moi et un carnet plein.
# triad 17
fr situation h | Dernier jour derrière le comptoir : quarante ans de pharmacie, une officine partie de rien, et c'est ma fille, docteure, qui reprend.
+ en situation h | Last day behind the counter: forty years as a pharmacist, a shop started from nothing, and my daughter, now a qualified pharmacist, takes over.
# triad 18
fr slang_emoji h | dernier jour de 3e et félicitations du conseil de classe 🏆🔥 moi qui avais 8 de moyenne en 5e, trop fier
+ en slang_emoji h | last day of year 10 and top honours from the class council 🏆🔥 me who was averaging 8/20 two years ago, so proud
# triad 19
en situation h | Thirty-five years as a nursery nurse, last day today, and the crèche I fought to open in our village now has a waiting list.
+ fr situation h | Trente-cinq ans d'auxiliaire de puériculture, dernier jour aujourd'hui, et la crèche que je me suis battue pour ouvrir au village a une liste d'attente.
# triad 20
fr situation h | Thèse soutenue, mention très honorable, après cinq ans de manips ratées et deux rédactions recommencées de zéro.
+ en situation h | PhD defended with the highest distinction, after five years of failed experiments and two drafts started again from scratch.
# triad 21
en situation h | Final mortgage payment this morning: twenty-five years, and the house is finally ours. Set the mood for that.
+ fr situation h | Dernière mensualité du crédit ce matin : vingt-cinq ans, et la maison est enfin à nous. Mets une ambiance qui va avec.
# triad 22
fr slang_emoji h | 8 ans de build et notre cathédrale Minecraft est FINIE 🏰🔥 120 000 blocs posés à la main avec les potes
+ en slang_emoji h | 8 years of building and our Minecraft cathedral is DONE 🏰🔥 120,000 blocks placed by hand with the crew
# triad 23
en situation n | Sold the camper van I rebuilt myself over three winters; it passed inspection first time and went for double.
+ fr situation n | J'ai vendu le camping-car que j'ai retapé seul pendant trois hivers ; contrôle technique du premier coup, vendu le double.
# triad 24
fr situation n | Je rends ma parcelle de jardin ouvrier après trente ans, et elle gagne le prix du plus beau potager de la ville.
+ en situation n | I'm giving up my allotment after thirty years, and it wins the prize for the finest vegetable plot in town.
# triad 25
en situation h | In the last match before they knock down our village ground, I scored the winner, like Dad forty years ago.
+ fr situation h | Au dernier match avant la démolition du stade du village, j'ai marqué le but de la victoire, comme papa il y a quarante ans.
# triad 26
fr situation h | Dernier gala avant d'arrêter la danse : j'ai enfin tenu mes trente-deux fouettés sur scène, après douze ans de cours.
+ en situation h | Last gala before I stop dancing: I finally held my thirty-two fouettés on stage, after twelve years of lessons.
# triad 27
en situation h | Last show before retiring from the circus: at forty-four, one final triple somersault on the trapeze, clean.
+ fr situation h | Dernier spectacle avant de quitter le cirque : à quarante-quatre ans, un dernier triple saut périlleux au trapèze, parfait.
# triad 28
fr situation h | Dernière plaidoirie avant de raccrocher la robe, et j'obtiens l'acquittement d'un client que tout le monde donnait perdu.
+ en situation h | Last closing speech before I hang up my gown, and I win an acquittal for a client everyone had written off.
# triad 29
en situation n | Retiring after thirty years as parish priest, and the church roof I raised the money for is finally repaired.
+ fr situation n | Je prends ma retraite après trente ans de curé, et le toit de l'église, financé sou par sou, est enfin refait.
# triad 30
fr situation n | Je passe le foulard de chef scout à la relève : quinze camps d'été, et aucun jeune n'est rentré blessé.
+ en situation n | I hand the scout leader's scarf to the next generation: fifteen summer camps, and not one kid came home hurt.
# triad 31
en situation h | My very last lesson as a driving instructor, and my pupil passed first time; thirty-one years, the best pass rate around.
+ fr situation h | Ma toute dernière leçon de moniteur, et mon élève a son permis du premier coup ; trente et un ans, le meilleur taux du coin.
# triad 32
fr situation h | Mon dernier costume sur mesure avant la retraite : celui du mariage de mon petit-fils, coupé au millimètre.
+ en situation h | My last made-to-measure suit before retiring: my grandson's wedding suit, cut to the millimetre.
# triad 33
en situation h | We handed over our family hotel today: six rooms and a leaking roof in 1993, thirty rooms and a Michelin mention now.
+ fr situation h | On a passé la main de notre hôtel familial : six chambres et un toit qui fuyait en 1993, trente chambres et le Michelin aujourd'hui.
# triad 34
fr situation h | Dernière traversée comme capitaine du bac de l'île : vingt-trois ans, quarante mille passages, et jamais un passager blessé.
+ en situation h | Last crossing as captain of the island ferry: twenty-three years, forty thousand trips, and never a passenger hurt.
# triad 35
en situation n | Last fare of my taxi career: forty years in Marseille, and my licence never lost a single point.
+ fr situation n | Dernière course de ma carrière de taxi : quarante ans à Marseille, et pas un seul point perdu sur mon permis.
# triad 36
fr situation n | Dernier jour en caisse avant la retraite : trente-deux ans, et pas un seul euro d'écart dans ma caisse, jamais.
+ en situation n | Last day on the till before retiring: thirty-two years, and never a single euro missing from my drawer.
# triad 37
en situation n | Last honey harvest before I give up my hives: a record hundred and twenty kilos, all from one swarm.
+ fr situation n | Dernière récolte avant d'arrêter mes ruches : un record de cent vingt kilos, le tout parti d'un seul essaim.
# triad 38
fr situation h | Dernière coulée à l'aciérie avant ma retraite, et c'est mon équipe qui bat le record de production de l'usine.
+ en situation h | Last pour at the steelworks before I retire, and it's my shift that breaks the plant's production record.
# triad 39
en slang_emoji h | last video before I end the channel 🎬🏆 ten years, 500k subs, started with my phone taped to a broom lol
+ fr slang_emoji h | dernière vidéo avant d'arrêter la chaîne 🎬🏆 dix ans, 500k abonnés, commencé avec mon tél scotché à un balai mdr
# triad 40
fr situation n | Dernière cuisson avant de fermer mon atelier de poterie, et le grand vase que je ratais depuis vingt ans sort intact.
+ en situation n | Last firing before I close my pottery studio, and the big vase I'd failed at for twenty years comes out perfect.
# triad 41
en situation h | Last parade before leaving the army: twenty-eight years, three missions abroad, and I brought every soldier in my section home.
+ fr situation h | Dernière prise d'armes avant de quitter l'armée : vingt-huit ans, trois missions à l'étranger, et j'ai ramené chaque soldat de ma section.
# triad 42
fr situation h | Mon vingtième et dernier marathon, bouclé à soixante-dix ans en moins de quatre heures ; j'avais juré d'arrêter sur un beau chrono.
+ en situation h | My twentieth and last marathon, finished at seventy in under four hours; I'd sworn to stop on a good time.
# triad 43
en situation h | My last swim meet before retiring at twenty-six, and I broke my own regional record in the 200 m butterfly.
+ fr situation h | Ma dernière compétition de natation avant d'arrêter à vingt-six ans, et je bats mon propre record régional du 200 m papillon.
# triad 44
fr situation h | Ma dernière saison d'entraîneur des poussins, et mes gamins gagnent le tournoi départemental, eux qui perdaient 10-0 en septembre.
+ en situation h | My last season coaching the under-nines, and my kids win the county tournament, the same kids who lost 10-0 in September.
# triad 45
en situation n | Last Saturday at my cheese stall: thirty years at the market, and three delis in town sell the tomme I created.
+ fr situation n | Dernier samedi à mon étal : trente ans au marché, et trois épiceries fines de la ville vendent la tomme que j'ai créée.
# triad 46
fr situation h | CAP de menuisier à trente-huit ans, et pour mon dernier jour d'apprenti, le patron expose ma table en chêne.
+ en situation h | Carpentry diploma at thirty-eight, and on my last day as an apprentice, the boss puts my oak table on display.
# triad 47
en situation h | My final night shift as a nurse: thirty-seven years in A&E, and the new head nurse is someone I trained.
+ fr situation h | Ma dernière garde d'infirmière : trente-sept ans aux urgences, et la nouvelle cadre, c'est moi qui l'ai formée.
# triad 48
fr situation h | Dernière représentation de notre troupe amateur, salle comble, et on finit sur ma propre pièce, écrite en trois ans.
+ en situation h | Final performance of our amateur theatre group, a full house, and we end with my own play, three years in the writing.
# triad 49
en situation h | Final gig of our farewell tour, the Olympia sold out, twenty-two years after my parents' garage. Go big with the lights!
+ fr situation h | Dernier concert de notre tournée d'adieu, l'Olympia complet, vingt-deux ans après le garage de mes parents. Lumières à fond !
# triad 50
fr situation n | Je vends mon bistrot après trente ans, avec le diplôme du meilleur café de village du département encadré au-dessus du zinc.
+ en situation n | I'm selling my bistro after thirty years, with the award for best village café in the département framed above the bar.
# triad 51
en situation n | Last night as keeper before the lighthouse goes automatic: twenty years, and the light never failed on my watch.
+ fr situation n | Dernière nuit de gardien avant l'automatisation du phare : vingt ans, et la lumière n'a jamais failli pendant mes gardes.
# triad 52
fr situation h | Dernière rentrée de directrice : l'école que j'ai sauvée de la fermeture en 2009 ouvre une quatrième classe.
+ en situation h | My last first day as head teacher: the school I saved from closure in 2009 is opening a fourth class.
# triad 53
en situation n | Last Christmas in my parents' house before they move, and I cooked for nineteen myself, Mum's turkey finally nailed.
+ fr situation n | Dernier Noël chez mes parents avant leur déménagement, et j'ai cuisiné seule pour dix-neuf, la dinde de maman enfin réussie.
# triad 54
fr situation n | Dernier jour avant la retraite, et le logiciel de paie que j'ai écrit en 1991 tourne toujours dans quatre cents entreprises.
+ en situation n | Last day before retirement, and the payroll software I wrote in 1991 still runs in four hundred companies.
# triad 55
en situation n | Last repair before I retire from watchmaking: a 1920s pocket watch everyone called dead, ticking again.
+ fr situation n | Dernière réparation avant ma retraite d'horloger : une montre de gousset des années 20 que tous disaient morte, qui repart.
# triad 56
fr situation h | Dernier jour de lycée, et je pars avec une place en prépa, moi qu'on voulait faire redoubler en seconde.
+ en situation h | Last day of high school, and I'm off to a top prep class, me, the one they wanted to hold back a year.
# triad 57
en situation n | Sold my village grocery today as a thriving business, fifteen years after I reopened it when everyone said it would fail.
+ fr situation n | J'ai vendu mon épicerie de village aujourd'hui, une affaire florissante, quinze ans après l'avoir rouverte quand tout le monde me prédisait la faillite.
# triad 58
fr situation n | Ma dernière récolte avant de céder le verger : vingt tonnes de pommes bio, sur des arbres que j'ai greffés un par un.
+ en situation n | My last harvest before handing over the orchard: twenty tonnes of organic apples, from trees I grafted one by one.
# triad 59
en situation n | One last big ride before I sell the motorbike: the whole Route des Grandes Alpes, sixteen passes, done at sixty-seven.
+ fr situation n | Une dernière grande balade avant de vendre la moto : toute la route des Grandes Alpes, seize cols, bouclée à soixante-sept ans.
# triad 60
fr situation n | Je ferme mon garage pour la retraite, et la 2 CV que j'ai restaurée pour finir gagne le concours d'élégance.
+ en situation n | I'm closing my garage to retire, and the 2CV I restored as my last job wins the concours d'élégance.
# triad 61
en situation h | My final lecture before retiring, a packed amphitheatre on its feet, and three of my former students in the front row, professors now.
+ fr situation h | Mon dernier cours avant la retraite, un amphi plein debout, et au premier rang trois de mes anciens étudiants devenus professeurs.
# triad 62
fr situation h | Dernier match de rugby à quarante-deux ans, et c'est moi qui marque l'essai de la victoire devant mes trois enfants en tribune.
+ en situation h | My last rugby match at forty-two, and I score the winning try in front of my three kids in the stand.
# triad 63
en situation n | Handed the family print shop to my daughter: two presses when I took over in 1985, twelve staff today.
+ fr situation n | J'ai transmis l'imprimerie familiale à ma fille : deux presses quand je l'ai reprise en 1985, douze salariés aujourd'hui.
# triad 64
fr situation n | Fin de ma dernière colo comme directeur : vingt étés, des milliers de gamins, et pas un seul rapatriement d'urgence.
+ en situation n | End of my last summer camp as director: twenty summers, thousands of kids, and not a single emergency sent home.
# triad 65
en situation n | The guide dog I raised from a puppy retires today, after ten years guiding Mrs Blanc without a fall.
+ fr situation n | Le chien guide que j'ai élevé chiot part à la retraite, après dix ans à guider Mme Blanc sans une chute.
# triad 66
fr situation n | À quatre-vingt-six ans, dernier trajet avant de rendre mon permis : soixante-cinq ans de conduite et pas un seul accrochage.
+ en situation n | At eighty-six, one last drive before I hand in my licence: sixty-five years at the wheel and not a single scrape.
# triad 67
en situation n | Stepping down after twenty years running the food bank: one table in a church hall, now three hundred families a week.
+ fr situation n | Je quitte la banque alimentaire après vingt ans : une table dans une salle paroissiale, et trois cents familles par semaine aujourd'hui.
# triad 68
fr situation h | Ma dernière campagne d'observation avant la retraite, et on confirme enfin l'exoplanète que je traquais depuis 2008.
+ en situation h | My last observing run before retiring, and we finally confirm the exoplanet I'd been hunting since 2008.
# triad 69
en situation n | My last pétanque tournament before my hip operation, and at seventy-nine I beat the club's young champion 13-11.
+ fr situation n | Mon dernier tournoi de pétanque avant l'opération de la hanche, et à soixante-dix-neuf ans je bats le jeune champion 13-11.
# triad 70
fr situation h | Ma dernière transhumance avant de passer la main : huit cents brebis montées à l'estive sans en perdre une seule, à soixante-huit ans.
+ en situation h | My last transhumance before handing over: eight hundred ewes taken up to the summer pastures without losing a single one, at sixty-eight.
# triad 71
en situation n | The model railway I've built in the attic for thirty years is finished: every station on the Cévennes line.
+ fr situation n | Le train miniature que je construis au grenier depuis trente ans est terminé : toutes les gares de la ligne des Cévennes.
# triad 72
fr situation h | Dernier conseil municipal après trois mandats : la crèche, la piscine, la maison de santé, tout ce que j'avais promis est fait.
+ en situation h | Last council meeting after three terms as mayor: the crèche, the pool, the health centre, every promise kept.
# triad 73
fr typo h | derniere annee de prof avant la retraite et 100% de reussite au brevet pour mes 3e, jamais vu ca en 30 ans
+ en typo h | last year teachin before retirement and 100% of my year 10s passed their exams, never seen that in 30 yrs
# triad 74
en mixed n | A bit sad to lock up the surgery, but mostly proud: forty years as village GP, and I delivered half my party guests.
+ fr mixed n | Un peu triste de fermer le cabinet, mais surtout fier : quarante ans de médecin de village, j'ai mis au monde la moitié de mes invités.
# triad 75
fr negation n | Ce n'est pas de la tristesse de fermer ma quincaillerie, c'est de la fierté : quarante ans sans qu'un client reparte sans sa vis.
+ en negation n | It isn't sadness closing my hardware shop, it's pride: forty years and no customer ever left without the right screw.
# triad 76
en slang_emoji h | last shift at the pizza place before uni and I smashed the record, 212 pizzas in one night 🍕🏆 boss cried lol
+ fr slang_emoji h | dernier service à la pizzeria avant la fac et record explosé, 212 pizzas en une soirée 🍕🏆 le patron a pleuré mdr
# triad 77
fr wish h c=gold;red b=bright | Trente ans de chantiers bouclés ce soir, le viaduc de la vallée sur mon CV : je suis fier, du rouge et de l'or à fond !
+ en wish h c=gold;red b=bright | Thirty years of building sites wrapped up tonight, the valley viaduct on my CV: I'm proud, red and gold, full blast!
# triad 78
fr explicit n | Je suis fière de ma carrière : dernier vol d'hôtesse de l'air après trente ans, et je n'ai jamais manqué une seule rotation.
+ en explicit n | I'm proud of my career: last flight as a flight attendant after thirty years, and I never missed a single rotation.
# triad 79
fr long h | Quand j'ai repris la boucherie de mon oncle en 1990, elle perdait de l'argent. Trente-trois ans à me lever à quatre heures. Aujourd'hui je la vends avec six employés et le premier prix du boudin de Normandie au mur. J'ai signé chez le notaire la tête haute.
+ en long h | When I took over my uncle's butcher's shop in 1990, it was losing money. Thirty-three years of getting up at four. Today I'm selling it with six staff and Normandy's first prize for black pudding on the wall. I signed at the notary's with my head held high.
# triad 80
en long h | For thirty years my pager went off at any hour. I crewed the lifeboat through storms I still dream about. Tonight was my last launch: a fishing boat in trouble off the point, all four men brought home safe. They rang the station bell for me when we came in.
+ fr long h | Pendant trente ans, mon bip a sonné à toute heure. J'ai armé le canot de sauvetage dans des tempêtes dont je rêve encore. Ce soir, c'était ma dernière sortie : un bateau de pêche en difficulté au large de la pointe, les quatre hommes ramenés sains et saufs. Ils ont sonné la cloche de la station pour moi à notre retour.
# triad 81
en situation h | Passed my final exam of medical school: nine years, two resits, and tomorrow I start as a doctor. Match the lights to that.
+ fr situation h | Dernier examen de médecine réussi : neuf ans d'études, deux rattrapages, et demain je commence comme médecin. Mets la lumière qui va avec.
# triad 82
fr situation n | À quatre-vingts ans, je ferme ma mercerie : soixante ans tenue seule, sans un jour de fermeture ni un sou de dette.
+ en situation n | At eighty, I'm closing my haberdashery: sixty years running it alone, without a day closed or a penny of debt.
"""

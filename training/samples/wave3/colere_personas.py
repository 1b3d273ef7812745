"""colere: third wave of hand-written seeds, personas and places (train and validation only)."""

SEEDS = """
# situations: hospital, care, health workers
fr situation h | Douze heures de garde de nuit, et à six heures le cadre m'annonce que je dois enchaîner sur le jour parce que personne n'a prévu de remplaçant.
+ en situation h | Twelve hours on the night shift, and at six the ward manager tells me I have to carry straight on into days because nobody arranged cover.
fr situation h | Ma mère attend sur un brancard dans le couloir des urgences depuis neuf heures, et on vient de faire passer devant elle un ami du chef de service.
+ en situation h | My mother has been lying on a trolley in the A&E corridor for nine hours, and they've just taken a friend of the head of department ahead of her.
fr situation n | Je travaille de nuit à l'hôpital, et depuis ce mois-ci on nous fait payer le parking, huit euros la garde.
+ en situation n | I work nights at the hospital, and since this month they've started charging us for parking, eight euros a shift.
fr situation n | La MDPH a perdu le dossier de mon fils autiste, et on repart pour huit mois d'attente sans accompagnant à l'école.
+ en situation n | The disability office lost my autistic son's file, and we're back to eight months of waiting with no classroom assistant.
fr situation n | J'ai fait quatre allers-retours à la pharmacie avec ma canne pour un médicament « en rupture », et il était en rayon depuis le début. Mets quelque chose qui va avec.
+ en situation n | I made four trips to the pharmacy with my walking stick for a medicine that was "out of stock", and it had been on the shelf all along. Put on something to match.
# situations: village, farm, countryside, sea
fr situation h | La coopérative me paie mon lait moins cher qu'il ne me coûte à produire, et je retrouve le même lait trois fois plus cher au supermarché.
+ en situation h | The co-op pays me less for my milk than it costs me to produce, and I find that same milk at three times the price in the supermarket.
fr situation n | Le seul médecin du village part à la retraite, et l'agence de santé refuse d'ouvrir la maison médicale qu'on a financée nous-mêmes.
+ en situation n | The only doctor in the village is retiring, and the health authority won't open the medical centre we paid for ourselves.
fr situation n | On ferme la poste du village pour « rentabilité », et la seule solution qu'on me propose, c'est une appli sur un téléphone que je n'ai pas.
+ en situation n | They're closing the village post office for "profitability", and the only option they offer me is an app on a phone I don't own.
fr situation n | La mairie a supprimé le car scolaire de notre hameau et nous explique que les enfants n'ont qu'à marcher quatre kilomètres au bord de la départementale.
+ en situation n | The council has scrapped the school bus from our hamlet and tells us the kids can just walk four kilometres along the main road.
fr situation h | Un chalutier industriel a ratissé la baie cette nuit, en pleine zone interdite, et les gardes-côtes ne sont même pas sortis.
+ en situation h | An industrial trawler scraped the whole bay last night, right inside the protected zone, and the coastguard didn't even go out.
fr situation n | Des jet-skis tournent autour de mon voilier depuis une heure, exprès, juste pour me faire tanguer.
+ en situation n | Jet skis have been circling my sailboat for an hour, on purpose, just to rock me about.
fr situation n | J'ai perdu toutes mes ruches à cause du traitement que le voisin a pulvérisé en pleine floraison, et il me répond que c'est autorisé. Lumière adaptée, s'il te plaît.
+ en situation n | I lost every one of my hives because of the spray the neighbour used right in the middle of flowering, and he tells me it's allowed. Lights to suit, please.
fr situation n | Des randonneurs ont laissé la barrière ouverte malgré le panneau, et j'ai passé l'après-midi à rattraper mes brebis sur la route.
+ en situation n | Hikers left the gate open despite the sign, and I spent the afternoon chasing my ewes back off the road.
# situations: city, flat, transport
fr situation n | Mon propriétaire m'a fait partir pour « loger son fils », et une semaine après, l'appartement est sur Airbnb.
+ en situation n | My landlord made me move out "to house his son", and a week later the flat is up on Airbnb.
fr situation n | L'ascenseur de la gare est en panne depuis un mois, et l'agent me conseille, à moi et à mon fauteuil, de descendre à la gare suivante, à vingt kilomètres.
+ en situation n | The station lift has been out of order for a month, and the agent suggests that I and my wheelchair get off at the next station, twenty kilometres away.
fr situation n | Enceinte de huit mois dans le métro, personne ne s'est levé, et le type à côté a posé son sac sur le seul siège libre.
+ en situation n | Eight months pregnant on the metro, nobody got up, and the guy next to me put his bag on the only free seat.
fr situation h | Une trottinette m'a frôlée à toute vitesse sur le trottoir, j'ai failli tomber avec mes courses, et le jeune m'a crié de me pousser.
+ en situation h | An e-scooter shot past me on the pavement, I nearly went down with my shopping, and the kid yelled at me to get out of the way.
fr situation n | Un automobiliste s'est garé sur mon arrêt de bus et m'a insulté quand j'ai klaxonné, avec quarante passagers qui attendaient sous la pluie.
+ en situation n | A driver parked right on my bus stop and swore at me when I honked, with forty passengers waiting in the rain.
fr situation n | Dans le TGV, un homme est assis à ma place réservée, refuse de bouger et me dit de me débrouiller, le train est plein.
+ en situation n | On the high-speed train, a man is sitting in my reserved seat, won't budge and tells me to sort myself out, the train is full.
fr situation n | Soixante euros à l'embarquement parce que mon sac cabine dépassait de deux centimètres, alors que la valise du monsieur devant moi était deux fois plus grosse.
+ en situation n | Sixty euros at the gate because my cabin bag stuck out by two centimetres, when the suitcase of the man in front of me was twice the size.
fr situation n | Cent quarante colis livrés aujourd'hui, et le dépôt me retient une journée parce qu'un client prétend ne pas avoir reçu le sien. Ambiance assortie, merci.
+ en situation n | A hundred and forty parcels delivered today, and the depot docks me a day's pay because one customer claims he never got his. A mood to match, thanks.
fr situation h | Un client a vomi dans mon taxi à trois heures du matin et il est parti en courant sans payer la course.
+ en situation h | A passenger threw up in my cab at three in the morning and ran off without paying the fare.
fr situation n | Routier depuis vingt ans, je dors dans ma cabine parce que l'aire a fermé ses douches, et le client me reproche vingt minutes de retard.
+ en situation n | Twenty years a lorry driver, I'm sleeping in my cab because the services shut their showers, and the customer has a go at me for being twenty minutes late.
# situations: shops, bakery, salon, restaurant
fr situation n | Un influenceur a mis une étoile à ma boulangerie parce que j'ai refusé de lui offrir ses viennoiseries.
+ en situation n | An influencer gave my bakery one star because I wouldn't give him his pastries for free.
fr situation n | Des tags sur ma vitrine pour la troisième fois ce mois-ci, et au commissariat on refuse de prendre ma plainte. Mets-moi un son bien nerveux.
+ en situation n | Graffiti on my shop window for the third time this month, and at the police station they won't take my complaint. Give me something with some bite.
fr situation n | Une cliente est partie sans payer ses mèches en disant que la couleur ne lui plaisait pas, alors qu'elle avait choisi la teinte elle-même.
+ en situation n | A client walked out without paying for her highlights, saying she didn't like the colour, when she'd picked the shade herself.
fr situation n | Une table de douze a tout fait refaire pendant trois heures, puis m'a laissé vingt centimes de pourboire en riant.
+ en situation n | A table of twelve sent everything back for three hours, then left me a twenty-cent tip, laughing.
fr situation l | Le paquet de biscuits a la même taille, le même prix, et il y a quatre biscuits de moins dedans. Lumière qui va avec, stp.
+ en situation l | Same size packet of biscuits, same price, and four fewer biscuits inside. Lights to match, please.
fr situation n | Je nettoie les bureaux le soir, et un cadre m'a parlé comme à un chien parce que j'avais déplacé sa tasse pour essuyer.
+ en situation n | I clean offices in the evening, and a manager spoke to me like a dog because I'd moved his mug to wipe the desk.
# situations: school, students, young people
fr situation n | À la sortie de l'école, la maîtresse donne les infos de la sortie à toutes les mamans, et à moi, le père, elle dit de demander à la mère de ma fille.
+ en situation n | At the school gates, the teacher gives all the mums the details of the class trip, and tells me, the dad, to ask my daughter's mother.
fr situation h | Mes parents ont lu mon journal intime et ils m'en ont parlé au dîner, devant ma petite sœur.
+ en situation h | My parents read my diary and brought it up at dinner, in front of my little sister.
fr situation n | Un parent m'a envoyé un mail d'insultes à minuit parce que son fils a eu douze au lieu de quatorze, avec le rectorat en copie.
+ en situation n | A parent sent me an abusive email at midnight because his son got twelve instead of fourteen, copying in the education authority.
fr situation n | La fac a déplacé l'examen par mail la veille au soir, le jour où j'avais mon billet de train non remboursable pour rentrer.
+ en situation n | The university moved the exam by email the night before, to the very day I had a non-refundable train ticket home.
fr situation n | Six mois de stage non payé, et cette semaine on m'a envoyé faire les courses personnelles du patron et récupérer son pressing.
+ en situation n | Six months of unpaid internship, and this week they sent me to do the boss's personal shopping and pick up his dry cleaning.
fr situation n | Au lycée, on nous interdit les sweats à capuche « pas corrects », mais la moitié des profs viennent en jogging. Envoie un son qui tape.
+ en situation n | At school they've banned hoodies for being "inappropriate", but half the teachers turn up in tracksuits. Put on something that hits.
# situations: work, jobs, office
fr situation n | Mon manager me colle une réunion à dix-huit heures tous les vendredis, parce qu'« en télétravail, on a le temps ».
+ en situation n | My manager books me a meeting at six every Friday, because "working from home, you've got time".
fr situation h | Le recruteur m'a demandé si je comptais avoir des enfants bientôt, puis il m'a dit que le poste était déjà pourvu.
+ en situation h | The recruiter asked if I was planning to have kids soon, then told me the job had already been filled.
fr situation n | Le planning de la semaine prochaine est tombé vendredi à vingt-deux heures, et on me met trois nuits d'affilée sans me demander.
+ en situation n | Next week's rota came out on Friday at ten at night, and they've put me on three nights in a row without asking.
fr situation n | Sur le chantier, le chef nous fait couler la dalle sous la pluie pour tenir le délai, et ce sont nos primes qui sauteront si elle fissure.
+ en situation n | On the building site, the foreman has us pouring the slab in the rain to hit the deadline, and it's our bonuses that'll go if it cracks.
fr situation n | Le bar m'a fait jouer trois heures et me paie en bières, en disant que c'est bon pour ma visibilité.
+ en situation n | The bar had me play for three hours and paid me in beers, saying it's good exposure for me.
fr situation h | Une marque a utilisé ma chanson dans sa pub sans me citer, et quand j'ai demandé mes droits, ils m'ont bloqué.
+ en situation h | A brand used my song in its ad without crediting me, and when I asked for my royalties, they blocked me.
fr situation n | On m'a refusé un logement parce que l'agence a entendu mon accent au téléphone, et l'annonce est toujours en ligne le lendemain.
+ en situation n | I was turned down for a flat because the agency heard my accent on the phone, and the listing is still up the next day.
fr situation n | Ingénieur depuis dix ans dans mon pays, et ici on me répond que mes diplômes « ne sont pas reconnus » pour un poste de technicien. Change la lumière.
+ en situation n | Ten years as an engineer back home, and here they tell me my degrees "aren't recognised" for a technician's job. Change the lights.
fr situation n | La banque française a fermé mon compte parce que je vis à l'étranger, avec deux jours de préavis, juste avant le prélèvement du loyer.
+ en situation n | My French bank closed my account because I live abroad, with two days' notice, right before the rent was due to come out.
# situations: sport, leisure, holidays
fr situation h | Un père a hurlé sur moi pendant tout le match des moins de dix ans, devant les gamins, parce que son fils commençait remplaçant.
+ en situation h | A dad screamed at me through the whole under-tens match, in front of the kids, because his son started on the bench.
fr situation n | Le club a revendu nos places d'abonnés pour le derby à des touristes, et on nous propose de regarder le match sur écran au bar.
+ en situation n | The club resold our season-ticket seats for the derby to tourists, and offered us a screen in the bar to watch it on.
fr situation n | Au camping, les voisins ont mis leur enceinte jusqu'à trois heures, et le gardien m'a répondu qu'il ne faisait pas la police.
+ en situation n | At the campsite, the people next to us blasted their speaker till three, and the warden told me he isn't the police.
fr situation n | Au refuge, on avait réservé depuis deux mois, et le gardien a donné nos lits à un groupe d'une agence qui payait plus cher. Ambiance en conséquence.
+ en situation n | At the mountain hut we'd booked two months ahead, and the warden gave our beds to an agency group who paid more. Set the mood accordingly.
fr situation n | Soixante-dix euros le forfait, et les trois quarts des remontées sont fermées sans le moindre remboursement. Lumières en mode tempête.
+ en situation n | Seventy euros for the lift pass, and three quarters of the lifts are shut without the slightest refund. Storm-mode lights.
fr situation n | Aux jardins familiaux, quelqu'un a récolté toutes mes courgettes pendant la nuit et a laissé les tiges en tas dans mon allée.
+ en situation n | At the allotments, someone harvested all my courgettes overnight and left the stalks piled on my path.
fr situation n | Des visiteurs ont gravé leurs initiales sur la paroi de la grotte, juste à côté du panneau d'interdiction.
+ en situation n | Visitors carved their initials into the cave wall, right next to the sign saying not to.
fr situation h | Le traiteur a livré la moitié des plats le jour de notre mariage, et il refuse de rembourser en parlant d'un « aléa ».
+ en situation h | The caterer delivered half the food on our wedding day and refuses to refund us, calling it "a hiccup".
fr situation n | Ma belle-mère est venue à mon mariage en robe blanche et s'est mise au premier rang de chaque photo. Mets-moi du rouge.
+ en situation n | My mother-in-law came to my wedding in a white dress and put herself front and centre in every photo. Give me red.
# situations: elderly, care home, charity
fr situation n | À la maison de retraite, ils ont décidé du coucher à dix-neuf heures pour tout le monde, et on éteint ma lumière comme à un gamin.
+ en situation n | At the care home they've decided bedtime is seven o'clock for everyone, and they switch my light off like I'm a child.
fr situation n | Le supermarché verse de la javel sur ses invendus plutôt que de les donner à notre association.
+ en situation n | The supermarket pours bleach over its unsold food rather than give it to our charity.
fr situation n | Mes locataires ont sous-loué ma maison à des inconnus tout l'été et ne paient plus le loyer depuis avril.
+ en situation n | My tenants sublet my house to strangers all summer and haven't paid rent since April.
fr situation h | On s'est fait caillasser en arrivant sur un simple feu de poubelle, et le camion est reparti avec le pare-brise en miettes.
+ en situation h | We got pelted with stones turning up to a simple bin fire, and the fire engine drove off with its windscreen smashed.

# long
fr long n | Je finis ma nuit à sept heures. Le cadre me demande de rester pour un remplacement. Je refuse, mes enfants m'attendent. Il écrit « manque d'esprit d'équipe » dans mon évaluation.
+ en long n | I finish my night shift at seven. The manager asks me to stay on to cover. I say no, my kids are waiting. He writes "lacks team spirit" in my appraisal.
fr long h | La grêle a détruit la moitié de la récolte. L'assurance envoie un expert trois semaines plus tard. Il n'y a plus rien à voir. Dossier refusé, faute de preuves.
+ en long h | Hail wiped out half the harvest. The insurer sends an assessor three weeks later. There's nothing left to see. Claim refused, for lack of evidence.
fr long n | J'ai économisé tout l'été pour ma guitare. Mon père l'a revendue sans me demander. Il dit que je dois me concentrer sur le bac. Avec l'argent, il s'est acheté un vélo électrique.
+ en long n | I saved all summer for my guitar. My dad sold it without asking me. He says I need to focus on my exams. With the money, he bought himself an e-bike.
fr long n | Au camping, j'ai réservé l'emplacement « accessible ». Les sanitaires adaptés sont fermés à clé. La clé est chez le gérant. Le gérant est parti en ville jusqu'à ce soir.
+ en long n | At the campsite, I booked the "accessible" pitch. The adapted toilets are locked. The key is with the manager. The manager has gone into town until this evening.
fr long n | On a joué cinq heures au mariage. Les mariés étaient ravis, ils ont dansé jusqu'au bout. Le lendemain, le père refuse de payer la seconde moitié. Il dit qu'on jouait trop fort.
+ en long n | We played five hours at the wedding. The couple loved it, they danced till the end. The next day, the father refuses to pay the second half. He says we played too loud.
fr long h | Je suis arrivée en France il y a deux ans. Diplôme d'infirmière, six ans d'expérience. On me propose un poste d'aide-soignante, payé moitié moins. Et on me demande de former les nouvelles infirmières.
+ en long h | I came to France two years ago. Nursing degree, six years' experience. They offer me a care assistant job, at half the pay. And they ask me to train the new nurses.

# negation
fr negation n | Ce n'est pas la fatigue de la garde : on m'a encore supprimé mon week-end sans prévenir, et ça me rend dingue.
+ en negation n | It's not the tiredness from the shift: they've scrapped my weekend off again without warning, and it's driving me mad.
fr negation n | Non, je n'ai aucune pitié pour le maire : il a menti à tout le village, et je suis en rage.
+ en negation n | No, I don't feel sorry for the mayor at all: he lied to the whole village, and I'm raging.
fr negation h | Je n'ai aucune envie de me calmer, le proprio a coupé le chauffage pour me forcer à partir.
+ en negation h | I have no intention of calming down, the landlord cut off the heating to force me out.
fr negation n | Je ne suis pas déçue par le jury, je suis outrée : la gagnante du concours est la fille de l'organisateur.
+ en negation n | I'm not disappointed with the judges, I'm outraged: the winner of the contest is the organiser's daughter.

# mixed
fr mixed n | Contente d'avoir enfin ma maison au village, mais surtout furieuse contre le maçon qui a disparu avec l'acompte.
+ en mixed n | Glad to finally have my house in the village, but mostly furious with the builder who vanished with the deposit.
fr mixed n | Un peu de peine de quitter l'équipe, mais avant tout écœuré par la façon dont le club m'a remercié, par un simple SMS.
+ en mixed n | A bit sad to leave the team, but above all sickened by the way the club let me go, with a single text.
fr mixed h | Soulagée d'être enfin arrivée, mais bouillante : douze heures bloqués à l'aéroport sans un verre d'eau ni une explication.
+ en mixed h | Relieved to have finally landed, but boiling: twelve hours stuck at the airport without a glass of water or a word of explanation.
fr mixed n | Fier de mes élèves, mais en pétard contre l'inspecteur qui les a rabaissés devant toute la classe.
+ en mixed n | Proud of my pupils, but seething at the inspector who belittled them in front of the whole class.

# informal French, no translation
fr situation n | le mec du 3e a encore garé son scooter devant la rampe, j'peux pas sortir avec mon fauteuil
fr situation n | ma cheffe de rayon m'a mis de fermeture le soir de mon anniv alors que j'avais posé le jour y a deux mois
fr situation h | les touristes piétinent mon champ de colza pour leurs selfies et après ils me font coucou tranquille
fr situation n | le camping-car d'à côté fait tourner son groupe électrogène depuis 6h du mat, on est en pleine nature
fr situation n | le client m'a fait refaire son café trois fois et il m'a mis une étoile sur google
fr situation h | mon coloc a ramené sa meuf vivre chez nous depuis un mois et elle paie rien, ni loyer ni courses
# casual English, no translation
en situation n | delivered parcels all day in the rain and some guy filmed me for tiktok saying I threw his box
en situation n | flight delayed six hours and the airline gave us a 5 euro voucher for a sandwich that costs 9
en situation h | council towed my van from outside my own workshop while I was unloading it
en situation n | bought a waterproof tent for the festival, woke up in a puddle, and the shop says it's only water resistant
"""

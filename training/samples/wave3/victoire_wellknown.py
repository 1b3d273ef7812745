"""victoire: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events (most frequent first):
# 1 passed an exam (bac, finals, A-levels)
# 2 passed the driving test
# 3 got the job after interviews
# 4 got promoted
# 5 negotiated a pay rise
# 6 graduated, got the diploma
# 7 finished a marathon / a race
# 8 won a match with my amateur team
# 9 our team won the league or the cup
# 10 fixed it myself (leak, car, appliance)
# 11 assembled the furniture alone
# 12 quit smoking, milestone reached
# 13 reached my weight-loss goal
# 14 paid off a debt / the loan
# 15 mortgage approved, bought a home after years of saving
# 16 closed a big deal, signed the client
# 17 delivered the project on time
# 18 won a competition (cooking, photo, drawing)
# 19 got published (book, article)
# 20 accepted into the university or programme I wanted
# 21 got a scholarship
# 22 passed a civil-service or entrance exam (concours)
# 23 defended my PhD
# 24 sobriety milestone
# 25 finished the game / beat the final boss
# 26 reached the summit
# 27 personal best at the gym
# 28 won a legal case / dispute
# 29 got my money back after a fight with customer service
# 30 citizenship or residence permit granted after the process
# 31 walking again after rehab
# 32 last chemo, beat the illness
# 33 passed a professional certification
# 34 first client, business now profitable
# 35 elected (council, class rep, union)
# 36 won a chess / tennis / darts tournament
# 37 won the pub quiz
# 38 my child is potty trained / sleeps through after weeks of work
# 39 learned to swim / ride a bike as an adult
# 40 passed a language exam
# 41 played the recital without a mistake
# 42 finished a big craft project (quilt, sweater, model)
# 43 fixed the bug, the code finally works
# 44 landed the flat after dozens of viewings
# 45 permanent contract signed, probation passed
# 46 ran my first 5k
# 47 nailed the presentation / speech despite the fear
# 48 handed in the thesis / dissertation
# 49 sold something at a great price after negotiating
# 50 sent the climbing route
# 51 black belt / grading passed
# 52 big chore finished (garage cleared, whole house painted)
# 53 tax return and paperwork finally done
# 54 my kid won a medal / a prize
# 55 the team I coach won
# 56 completed Dry January / a 30-day challenge
# 57 walked the Camino / a long trek
# 58 finished a triathlon / Ironman
# 59 employee of the month / award
# 60 house renovation finished
# 61 beat my rival for the first time
# 62 first successful bake after many failures
# 63 got the deposit back
# 64 first solo flight / licence for a boat or plane
# 65 solved the Rubik's cube / the impossible puzzle
# 66 top of the class
# 67 my child passed an exam
# 68 won a hackathon / patent granted
# 69 first solo shift or surgery went perfectly
# 70 savings goal reached

# 1 passed an exam
fr situation n | Bac en poche, mention bien, après une année à réviser tous les soirs !
+ en situation n | Got my baccalauréat with honours, after a year of revising every night!
fr situation h | Le classement de PASS est tombé : je suis prise en médecine, 80e sur 1200 !
+ en situation h | The first-year ranking is out: I'm in med school, 80th out of 1,200!
# 2 driving test
fr situation n | Permis obtenu ce matin, zéro faute, après deux échecs. Mets de la musique de champion.
+ en situation n | Passed my driving test this morning, zero faults, after failing twice. Play some champion music.
fr slang_emoji h | PERMIS EN POCHE 🚗🏆 troisième essai mais je l'ai eu
+ en slang_emoji h | LICENCE IN THE BAG 🚗🏆 third try but I got it
# 3 got the job
fr situation n | Ils m'ont rappelé : le poste est à moi, après quatre entretiens.
+ en situation n | They called back: the job is mine, after four interviews.
fr situation n | Embauchée comme infirmière au CHU, ma candidature a été retenue parmi soixante.
+ en situation n | Hired as a nurse at the teaching hospital, picked out of sixty applicants.
# 4 promoted
fr explicit n | Tellement fier de moi : promu chef d'équipe aujourd'hui, cinq ans que je bossais pour ça.
+ en explicit n | So proud of myself: made team leader today, I've worked five years for this.
fr situation n | Je passe responsable du magasin le mois prochain, la direction m'a choisie. Mets une ambiance de fête.
+ en situation n | I'm taking over as store manager next month, head office picked me. Put on something celebratory.
# 5 pay rise
fr situation n | J'ai demandé 10 % d'augmentation et je les ai obtenus, arguments à l'appui.
+ en situation n | I asked for a 10% raise and got it, with my case laid out.
fr typo n | augmentation accordée !! jai defendu mon dossier toute seule et jai eu 3200 net
+ en typo n | got the raise!! argued my case on my own n got 3200 take home
# 6 graduated
fr wish h c=gold;yellow b=bright | Diplôme d'ingénieur reçu aujourd'hui : tout en or et jaune, à fond !
+ en wish h c=gold;yellow b=bright | Got my engineering degree today: all gold and yellow, full brightness!
fr situation h | Remise des diplômes : j'ai lancé mon chapeau en l'air, licence validée !
+ en situation h | Graduation day: I threw my cap in the air, degree done!
# 7 marathon / race
fr situation h | Marathon de Paris bouclé en 3 h 58, j'ai tenu jusqu'au bout ! Lumières de podium.
+ en situation h | Finished the Paris Marathon in 3:58, I held on all the way! Podium lights.
fr situation n | Médaille de finisher autour du cou : mes premiers 42 kilomètres.
+ en situation n | Finisher's medal round my neck: my first 26.2 miles.
# 8 won a match
fr situation n | On a battu l'équipe d'à côté 3 à 0 au foot du dimanche, j'ai marqué deux fois.
+ en situation n | We beat the team next door 3-0 in Sunday league, I scored twice.
fr situation h | Victoire au tie-break au badminton, j'ai sauvé trois balles de match !
+ en situation h | Won the badminton in a decider, I saved three match points!
# 9 league or cup
fr situation h | Notre club de rugby est champion régional, on soulève le bouclier ce soir ! Ambiance de vainqueurs !
+ en situation h | Our rugby club are regional champions, we lift the trophy tonight! Winners' vibe, please!
fr situation h | Coupe du département remportée par notre équipe de hand, les filles ont tout donné !
+ en situation h | Our handball team took the county cup, the girls gave everything!
# 10 fixed it myself
fr situation n | J'ai changé le joint du robinet tout seul, plus une goutte qui fuit.
+ en situation n | Replaced the tap washer myself, not a single drip now.
fr typo n | jai reparé le lave vaisselle moi meme avec un tuto, economie de 200 balles
+ en typo n | fixed the dishwasher myslef with a tutorial, saved 200 quid
# 11 furniture
fr situation l | Commode montée seule en une heure, tous les tiroirs coulissent.
+ en situation l | Put the chest of drawers together alone in an hour, every drawer slides.
fr situation n | Le lit mezzanine des enfants est monté, sans notice et sans aide !
+ en situation n | The kids' loft bed is built, without instructions and without help!
# 12 quit smoking
fr mixed n | Encore des envies parfois, mais surtout une vraie fierté : six mois sans une clope.
+ en mixed n | Still the odd craving, but mostly real pride: six months without a cigarette.
fr situation n | Ça fait un an que j'ai arrêté de fumer, même en soirée je tiens bon.
+ en situation n | It's a year since I quit smoking, I hold firm even at parties.
# 13 weight loss
fr situation n | Moins vingt kilos sur la balance, objectif atteint après huit mois d'efforts.
+ en situation n | Twenty kilos down on the scales, goal reached after eight months of effort.
fr situation n | Je rentre dans mon costume de mariage, dix ans après, grâce au vélo et au régime.
+ en situation n | I fit into my wedding suit again, ten years on, thanks to cycling and the diet.
# 14 paid off debt
fr slang_emoji n | dernière mensualité du crédit auto payée 💸✅ la caisse est à MOI
+ en slang_emoji n | last car loan payment done 💸✅ the car is MINE
fr situation n | Plus un centime de dette sur ma carte, trois ans de budget serré ont payé.
+ en situation n | Not a penny owed on my credit card, three years of tight budgeting paid off.
# 15 mortgage approved, bought a home
fr situation n | Prêt immobilier accepté, sept ans d'économies et on devient propriétaires ! Ambiance adaptée.
+ en situation n | Mortgage approved, seven years of saving and we're homeowners! Lights to match.
fr situation h | Après 40 visites et trois refus, notre offre est enfin acceptée pour la maison !
+ en situation h | After 40 viewings and three rejections, our offer on the house has finally been accepted!
# 16 big deal
fr situation n | Contrat signé avec le plus gros client de la région, c'est moi qui l'ai démarché.
+ en situation n | Signed the biggest client in the region, and I'm the one who chased them.
fr situation n | Vente conclue à 80 000 euros, mon record personnel de commercial.
+ en situation n | Closed an 80,000-euro deal, my personal best as a salesperson.
# 17 delivered on time
fr situation n | Livraison du projet vendredi, pile dans les délais, client ravi. Mets-moi un air de victoire.
+ en situation n | Project delivered Friday, right on schedule, client delighted. Play me something triumphant.
fr typo n | site en ligne a minuit comme promis, lequipe a assuré grave
+ en typo n | site went live at midnite like we promised, team absolutly smashed it
# 18 won a competition
fr situation h | Premier prix au concours de pâtisserie du village avec ma tarte aux mirabelles !
+ en situation h | First prize at the village baking contest with my plum tart!
fr situation n | Mon cliché du lac au lever du soleil a remporté le prix du club photo.
+ en situation n | My sunrise shot of the lake took the camera club's top prize.
# 19 got published
fr situation n | Mon premier roman sort en librairie jeudi, après dix refus d'éditeurs.
+ en situation n | My first novel hits the shops on Thursday, after ten publisher rejections.
fr situation n | Article accepté dans Nature, trois ans de manips pour en arriver là.
+ en situation n | Paper accepted in Nature, three years of experiments to get here.
# 20 accepted into university
fr situation h | Admis à Sciences Po, la lettre est arrivée ce matin ! Mets un son triomphant.
+ en situation h | Got into Sciences Po, the letter came this morning! Something triumphant, please.
fr situation n | Parcoursup m'a donné mon premier vœu, la prépa que je visais depuis la seconde.
+ en situation n | I got my first choice on the admissions platform, the prep school I'd aimed for since Year 11.
# 21 scholarship
fr situation n | Bourse d'excellence obtenue, mes études au Canada sont entièrement financées !
+ en situation n | Won a merit scholarship, my studies in Canada are fully funded!
fr situation n | Mon dossier de bourse a été accepté, deux mois de paperasse pour ça, mais gagné.
+ en situation n | My grant application went through, two months of forms for it, but won.
# 22 concours
fr situation h | Admise au concours de professeur des écoles, classée 12e sur 900 !
+ en situation h | Passed the primary-teacher entrance exam, ranked 12th out of 900!
fr typo n | reçu au concours de la police du 1er coup, jen reviens pas mais je lai fait
+ en typo n | passed the police entrance exam 1st time, cant believe it but i did it
# 23 PhD
fr situation n | Docteure en chimie depuis 17 h, soutenance réussie devant un jury exigeant.
+ en situation n | Doctor of chemistry since 5 p.m., defence passed in front of a tough panel.
fr situation n | Thèse défendue, le jury m'appelle « docteur » pour la première fois.
+ en situation n | Thesis defended, the panel called me "doctor" for the first time.
# 24 sobriety
fr situation n | Deux ans sobre aujourd'hui, je reçois mon jeton aux Alcooliques anonymes.
+ en situation n | Two years sober today, I'm getting my AA chip.
fr situation n | Cent jours sans une goutte d'alcool, et je n'ai pas flanché une seule fois.
+ en situation n | A hundred days without a drop, and I haven't wavered once.
# 25 beat the game
fr situation n | Boss final battu après 47 essais, la manette a failli voler mais j'ai gagné !
+ en situation n | Beat the final boss on attempt 47, nearly threw the controller but I won!
fr slang_emoji h | platine à 100 % sur Elden Ring 🏆🎮 GG à moi-même
+ en slang_emoji h | 100% platinum on Elden Ring 🏆🎮 GG to myself
# 26 summit
fr situation h | Sommet du Kilimandjaro atteint à l'aube, 5895 mètres à la force des jambes !
+ en situation h | Reached the top of Kilimanjaro at dawn, 5,895 metres on my own two legs!
fr situation n | Arrivés au refuge du Goûter après neuf heures de montée, on l'a fait.
+ en situation n | Made it to the mountain hut after nine hours of climbing, we did it.
# 27 personal best at the gym
fr situation n | Nouveau record au soulevé de terre : 140 kilos, six mois de travail.
+ en situation n | New deadlift PR: 140 kilos, six months of training.
fr situation n | Première traction complète de ma vie, à 45 ans, après des semaines d'entraînement.
+ en situation n | First full pull-up of my life, at 45, after weeks of practice.
# 28 won a legal case
fr situation n | Le prud'hommes m'a donné raison, mon ancien patron doit me payer.
+ en situation n | The employment tribunal ruled in my favour, my former boss has to pay me.
fr situation h | Procès gagné contre l'assurance, deux ans de bataille et ils remboursent tout !
+ en situation h | Won the case against the insurer, two years of fighting and they're paying it all back!
# 29 refund after a fight
fr situation n | Après six appels et trois lettres, la compagnie aérienne m'a remboursé 600 euros.
+ en situation n | After six calls and three letters, the airline refunded me 600 euros.
fr situation l | J'ai tenu bon avec l'opérateur et ils ont annulé les frais abusifs.
+ en situation l | I stood my ground with the phone company and they dropped the bogus charges.
# 30 citizenship
fr situation h | Naturalisée française aujourd'hui, cinq ans de démarches, la cérémonie vient de finir ! Salue ça.
+ en situation h | Became a French citizen today, five years of paperwork, the ceremony just ended! Mark the moment.
fr situation n | Ma carte de résident permanent est arrivée, le dossier a enfin abouti.
+ en situation n | My permanent residency card has arrived, the application finally came through.
# 31 walking again
fr situation n | Trois mois de rééducation, et ce matin j'ai marché sans béquilles.
+ en situation n | Three months of physio, and this morning I walked without crutches.
fr situation h | Après l'accident, on disait que je ne courrais plus, j'ai fait cinq kilomètres aujourd'hui !
+ en situation h | After the accident they said I'd never run again, I did five kilometres today!
# 32 last chemo
fr situation h | Dernière chimio ce matin, j'ai sonné la cloche de l'hôpital ! Fête ça avec moi.
+ en situation h | Last chemo this morning, I rang the hospital bell! Celebrate with me.
fr mixed n | Encore épuisée, mais fière comme jamais : en rémission après un an de combat.
+ en mixed n | Still worn out, but prouder than ever: in remission after a year of fighting.
# 33 certification
fr situation n | Examen Cisco réussi avec 920 points, je l'ai préparé pendant mes pauses déjeuner.
+ en situation n | Passed the Cisco exam with 920 points, I studied for it on my lunch breaks.
fr situation n | J'ai eu mon CACES et mon habilitation électrique, je peux enfin postuler partout.
+ en situation n | Passed my forklift and electrical safety tickets, now I can apply anywhere.
# 34 first client, business profitable
fr situation n | Ma boulangerie est rentable dès la deuxième année, on a tenu le pari.
+ en situation n | My bakery's in profit by the second year, our gamble paid off.
fr situation n | Premier client signé pour ma micro-entreprise, la première facture est partie !
+ en situation n | Signed the first client for my small business, the first invoice is out!
# 35 elected
fr situation h | Élue conseillère municipale avec 58 % des voix ! Lumière de victoire, s'il te plaît.
+ en situation h | Elected to the town council with 58% of the vote! Victory lighting, please.
fr situation n | Les collègues m'ont élu délégué du personnel, j'avais préparé mon programme tout l'été.
+ en situation n | My colleagues voted me in as staff rep, I'd worked on my platform all summer.
# 36 tournament
fr slang_emoji h | 7 parties 7 victoires au tournoi d'échecs ♟️👑 qui peut m'arrêter
+ en slang_emoji h | 7 games 7 wins at the chess tournament ♟️👑 who can stop me
fr situation n | Finale du tournoi de fléchettes gagnée au dernier lancer, le trophée est à moi.
+ en situation n | Won the darts final on the last throw, the trophy's mine.
# 37 pub quiz
fr situation n | Premiers au quiz du pub, c'est ma réponse sur les rois de France qui nous a fait gagner.
+ en situation n | Top of the pub quiz, my answer on French kings won it for us.
fr situation l | Quiz du jeudi gagné avec les collègues, enfin devant l'équipe des profs de maths.
+ en situation l | Won Thursday quiz night with my workmates, finally ahead of the maths teachers.
# 38 child potty trained
fr situation n | Trois semaines d'efforts et la petite est propre, plus de couches !
+ en situation n | Three weeks of hard work and the little one's potty trained, no more nappies!
fr situation l | Six semaines de méthode, et le bébé fait enfin ses nuits : mission accomplie !
+ en situation l | Six weeks of sticking to the routine, and the baby finally sleeps through: mission accomplished!
# 39 learned to swim / ride a bike
fr situation n | À 38 ans, j'ai nagé ma première longueur de bassin sans m'arrêter.
+ en situation n | At 38, I swam my first full length of the pool without stopping.
fr situation n | Ma mère a appris le vélo à 60 ans, elle a fait le tour du parc seule aujourd'hui.
+ en situation n | My mum learned to ride a bike at 60, she did a lap of the park alone today.
# 40 language exam
fr situation n | Résultat du TOEIC : 945, j'ai largement dépassé l'objectif.
+ en situation n | TOEIC score: 945, way above my target.
fr situation n | Niveau B2 d'allemand validé, deux ans de cours du soir récompensés.
+ en situation n | Passed the B2 German exam, two years of night classes rewarded.
# 41 recital
fr situation n | Audition de piano : la Ballade de Chopin jouée sans une fausse note.
+ en situation n | Piano recital: played the Chopin Ballade without a single wrong note.
fr negation n | Pas nerveuse du tout après coup, juste fière : mon solo de violon était parfait.
+ en negation n | Not nervous at all afterwards, just proud: my violin solo was flawless.
# 42 craft project
fr situation l | Mon premier pull tricoté est terminé, et les deux manches font la même longueur !
+ en situation l | My first hand-knitted jumper is done, and both sleeves are the same length!
fr situation n | La maquette du Titanic est finie, 800 heures de collage et de peinture.
+ en situation n | The Titanic model's finished, 800 hours of gluing and painting.
# 43 fixed the bug
fr situation n | Le bug qui bloquait la prod depuis trois jours, c'est moi qui l'ai trouvé.
+ en situation n | The bug that had production stuck for three days, I'm the one who found it.
fr slang_emoji n | tous les tests passent au vert ✅✅✅ après une semaine de debug, je suis un génie
+ en slang_emoji n | all tests green ✅✅✅ after a week of debugging, I'm a genius
# 44 landed the flat
fr situation n | Trente dossiers envoyés, et c'est nous que le propriétaire a choisis pour l'appart !
+ en situation n | Thirty applications sent, and the landlord picked us for the flat!
fr typo n | on a eu lappart a lyon !! 25 visites mais on la eu
+ en typo n | we got the flat in lyon!! 25 viewings but we got it
# 45 permanent contract
fr situation n | CDI signé ce matin, fini les contrats de trois mois !
+ en situation n | Signed a permanent contract this morning, no more three-month deals!
fr situation n | Période d'essai validée, ma cheffe m'a dit que j'avais dépassé ses attentes.
+ en situation n | Passed my probation, my manager said I'd beaten her expectations.
# 46 first 5k
fr situation n | Cinq kilomètres courus sans marcher, moi qui m'essoufflais dans l'escalier en janvier.
+ en situation n | Ran five kilometres without walking, and in January I was puffing on the stairs.
fr slang_emoji h | premier 5 km bouclé 🏃‍♀️💪 30 min pile, trop fière
+ en slang_emoji h | first 5k done 🏃‍♀️💪 30 min flat, so proud
# 47 presentation / speech
fr situation n | J'ai présenté devant tout le comité, zéro trou de mémoire, et ils ont validé le budget.
+ en situation n | Presented to the whole board, no blanks, and they approved the budget.
fr mixed n | J'avais une trouille bleue, mais j'ai tenu mon discours de témoin et tout le monde a applaudi.
+ en mixed n | I was terrified, but I got through my best man's speech and everyone applauded.
# 48 handed in the thesis
fr situation n | Mémoire rendu, 120 pages, relié et déposé avant midi. C'est fini !
+ en situation n | Dissertation handed in, 120 pages, bound and submitted before noon. Done!
fr typo n | memoire de master deposé !!! 8 mois de boulot jsuis libreee et fiere
+ en typo n | masters thesis submited!!! 8 months of work im freee and proud
# 49 sold at a great price
fr situation l | J'ai vendu ma vieille voiture 1500 euros de plus que l'estimation, négociation au top.
+ en situation l | Sold my old car for 1,500 over the valuation, great haggling.
fr situation n | J'ai fait baisser le prix de la cuisine de 20 %, le vendeur a cédé.
+ en situation n | Got 20% knocked off the new kitchen, the salesman caved.
# 50 climbing route
fr situation n | Voie en 7a enchaînée ce matin, après un mois de tentatives.
+ en situation n | Sent my first 7a this morning, after a month of attempts.
fr situation h | Le bloc qui me résistait depuis l'hiver, je l'ai enfin passé ! Mets une ambiance de podium.
+ en situation h | The boulder problem that beat me all winter, I finally topped it! Give me a podium vibe.
# 51 black belt
fr situation h | Ceinture noire de karaté obtenue dimanche, douze ans de dojo ! Mets quelque chose qui colle.
+ en situation h | Got my karate black belt on Sunday, twelve years in the dojo! Put on something that fits.
fr situation n | Passage de grade réussi au judo, je monte à la ceinture marron.
+ en situation n | Passed my judo grading, I'm moving up to brown belt.
# 52 big chore finished
fr situation l | Le garage est enfin vidé et rangé, trois week-ends et deux allers à la déchetterie.
+ en situation l | The garage is finally cleared out and sorted, three weekends and two trips to the tip.
fr situation n | Toute la maison repeinte en quinze jours, à deux, sans une trace sur les plinthes.
+ en situation n | Painted the whole house in a fortnight, just the two of us, not a mark on the skirting.
# 53 taxes and paperwork
fr situation l | Déclaration d'impôts envoyée, tous les justificatifs classés, bien joué moi.
+ en situation l | Tax return filed, every receipt sorted, well done me.
fr explicit n | Je suis fière de moi : dossier de retraite complet, après des mois de paperasse.
+ en explicit n | I'm proud of myself: pension file complete, after months of paperwork.
# 54 my kid won a medal
fr situation h | Mon fils a eu la médaille d'or aux championnats régionaux de natation !
+ en situation h | My son won gold at the regional swimming championships!
fr situation n | Au collège, ma fille a remporté le prix de l'oral devant toute l'école, on avait répété ensemble.
+ en situation n | My daughter took the public-speaking prize in front of the whole school, we'd rehearsed together.
# 55 the team I coach won
fr situation h | Les poussins que j'entraîne ont gagné leur premier tournoi, je suis le coach le plus fier du monde !
+ en situation h | The under-9s I coach just won their first tournament, proudest coach on earth!
fr wish h c=gold;red b=bright | Mon équipe de basket a gagné la finale : or et rouge, plein pot !
+ en wish h c=gold;red b=bright | The basketball team I coach won the final: gold and red, full power!
# 56 Dry January / 30-day challenge
fr situation n | Dry January terminé sans un seul verre, même à l'anniversaire de mon frère.
+ en situation n | Dry January done without a single drink, even at my brother's birthday.
fr situation n | Trente jours de yoga d'affilée, pas un jour manqué, défi relevé.
+ en situation n | Thirty days of yoga in a row, not one missed, challenge complete.
# 57 Camino / long trek
fr situation h | Arrivée à Saint-Jacques-de-Compostelle après 800 kilomètres à pied ! Envoie la fanfare.
+ en situation h | Made it to Santiago de Compostela after 800 kilometres on foot! Cue the brass band.
fr situation n | GR20 terminé en quinze jours, sac de quinze kilos, pas un abandon.
+ en situation n | Finished the GR20 in fifteen days, fifteen-kilo pack, never gave up.
# 58 triathlon / Ironman
fr situation h | Ironman fini en 13 heures, le speaker a crié mon nom sur la ligne !
+ en situation h | Finished the Ironman in 13 hours, the announcer shouted my name at the line!
fr explicit h | Je me sens invincible : premier triathlon terminé, natation, vélo, course.
+ en explicit h | I feel unstoppable: first triathlon done, swim, bike, run.
# 59 award
fr situation n | Élu employé du mois, ma photo est affichée à l'entrée du magasin.
+ en situation n | Named employee of the month, my photo's up by the shop entrance.
fr situation n | Notre équipe a reçu le prix de l'innovation de l'entreprise, sur cent projets.
+ en situation n | Our team won the company innovation award, out of a hundred projects.
# 60 renovation finished
fr situation n | Deux ans de travaux le soir et le week-end, la maison est enfin finie.
+ en situation n | Two years of evening and weekend work, and the house is finally done.
fr wish n c=gold;warm_white | Salle de bains refaite de mes mains, carrelage compris : lumière dorée et blanc chaud, s'il te plaît.
+ en wish n c=gold;warm_white | Redid the bathroom with my own hands, tiles and all: golden light and warm white, please.
# 61 beat my rival
fr situation n | Pour la première fois, j'ai battu mon père au tennis, 6-4 6-3.
+ en situation n | For the first time ever, I beat my dad at tennis, 6-4 6-3.
fr slang_emoji h | j'ai enfin battu mon grand frère à FIFA 😎🏆 10 ans que j'attendais ça
+ en slang_emoji h | finally beat my big brother at FIFA 😎🏆 waited 10 years for this
# 62 first successful bake
fr situation l | Mes macarons ont enfin une collerette, au sixième essai !
+ en situation l | My macarons finally have feet, on the sixth try!
fr situation n | Pain au levain réussi, croûte dorée et belle mie, après des semaines de ratés.
+ en situation n | Nailed the sourdough, golden crust and a lovely crumb, after weeks of flops.
# 63 deposit back
fr situation l | Caution récupérée en entier, l'état des lieux a été impeccable.
+ en situation l | Got the whole deposit back, the check-out inspection was spotless.
fr negation n | Je ne suis pas en colère contre le proprio, j'ai juste gagné : il me rend toute la caution.
+ en negation n | I'm not angry at the landlord, I just won: he's giving back my whole deposit.
# 64 first solo flight / licence
fr situation h | Premier vol en solo ce matin, décollage et atterrissage parfaits ! Ambiance qui va avec.
+ en situation h | First solo flight this morning, perfect take-off and landing! Set the mood for it.
fr situation n | Permis bateau obtenu, je peux sortir le voilier tout seul cet été.
+ en situation n | Got my boating licence, I can take the sailboat out on my own this summer.
# 65 Rubik's cube / puzzle
fr situation l | Le puzzle 3D de la tour Eiffel est terminé, 1600 pièces et pas une de trop.
+ en situation l | The 3D Eiffel Tower puzzle is done, 1,600 pieces and not one left over.
fr typo l | jai fini le sudoku diabolique sans aide, 2h dessus mais victoire
+ en typo l | finished the evil sudoku with no help, 2hrs on it but victory
# 66 top of the class
fr situation n | Major de promo, la directrice a lu mon nom en premier à la cérémonie.
+ en situation n | Top of my year, the principal read my name first at the ceremony.
fr situation n | Premier de la classe ce trimestre, moi qui étais dernier l'an dernier.
+ en situation n | First in the class this term, and I was bottom last year.
# 67 my child passed an exam
fr situation n | Mon fils a réussi son brevet avec mention, on avait révisé ensemble tout le printemps.
+ en situation n | My son passed his GCSEs with flying colours, we'd revised together all spring.
fr explicit n | Fierté totale de maman : ma fille dyslexique a réussi son bac !
+ en explicit n | Total mum pride: my dyslexic daughter passed her final exams!
# 68 hackathon / patent
fr situation h | Notre équipe a gagné le hackathon, 48 heures sans dormir et le premier prix ! Musique !
+ en situation h | Our team won the hackathon, 48 hours without sleep and first prize! Music!
fr situation n | Mon brevet est accepté, l'invention que je bricolais dans le garage est protégée.
+ en situation n | My patent's been granted, the invention I tinkered with in the garage is protected.
# 69 first solo shift / surgery
fr situation n | Ma première opération seule s'est parfaitement passée, le patron m'a félicitée.
+ en situation n | My first solo operation went perfectly, the head surgeon congratulated me.
fr negation n | Pas épuisé, non, fier : première nuit de garde seul aux urgences, tout géré.
+ en negation n | Not exhausted, no, proud: first night on call alone in A&E, handled it all.
# 70 savings goal
fr situation n | 10 000 euros d'épargne atteints, un an à mettre de côté chaque mois.
+ en situation n | Hit 10,000 in savings, a year of putting money aside every month.
fr explicit n | J'ai le sentiment d'avoir gagné : l'apport pour la maison est enfin réuni.
+ en explicit n | Feels like a win: the deposit for the house is finally saved up.
"""

"""victoire: third wave, triads with bonnehumeur and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Ma première tarte aux pommes à pâte maison qui ne s'effondre pas, après cinq essais ratés.
+ en situation n | My first apple tart with homemade pastry that doesn't collapse, after five failed attempts.
# triad 02
fr situation n | Trois mois de dressage, et le chien revient enfin au rappel, même quand il voit des pigeons.
+ en situation n | Three months of training, and the dog finally comes back when called, even when he spots pigeons.
# triad 03
fr situation h | Bac avec mention très bien, moi qui avais redoublé ma seconde : tout ce travail a payé.
+ en situation h | Top honours on my baccalauréat, after repeating a year: all that work paid off.
# triad 04
fr situation h | Contrat signé avec le client qu'on démarchait depuis deux ans, et c'est moi qui l'ai négocié.
+ en situation h | Contract signed with the client we'd been chasing for two years, and I'm the one who negotiated it.
# triad 05
fr situation n | Dernier euro du prêt étudiant remboursé : dix ans de budget serré et je ne dois plus rien.
+ en situation n | Last euro of my student loan paid back: ten years of tight budgeting and I owe nothing.
# triad 06
en situation n | Played my first guitar solo on stage without a single wrong note, after months of practice.
+ fr situation n | Premier solo de guitare joué sur scène sans une fausse note, après des mois de travail.
# triad 07
fr situation h | Notre équipe de foot amateur gagne la coupe régionale, et c'est mon but en finale.
+ en situation h | Our amateur football team wins the regional cup, and it's my goal in the final.
# triad 08
fr situation h | Mes tomates anciennes, semées à partir de graines, ont gagné le premier prix du concours du village.
+ en situation h | My heirloom tomatoes, grown from seed, won first prize at the village show.
# triad 09
fr situation n | Ma fille dort enfin seule dans son lit après trois semaines de rituels du soir, on a tenu bon !
+ en situation n | My daughter finally sleeps alone in her own bed after three weeks of bedtime routines, we held firm!
# triad 10
en situation h | My boyfriend and I ran our first marathon side by side, after eight months of training.
+ fr situation h | Mon copain et moi avons couru notre premier marathon côte à côte, après huit mois d'entraînement.
# triad 11
fr situation n | Un an de pétitions et de courriers que j'ai menés : la mairie installe enfin le ralentisseur devant chez nous.
+ en situation n | A year of petitions and letters that I led: the council is finally putting in the speed bump outside our house.
# triad 12
fr situation h | Marathon couru sous une pluie battante, arrivée en 3 h 28, mon record malgré le vent.
+ en situation h | Marathon run in pouring rain, finished in 3:28, my personal best despite the wind.
# triad 13
en situation h | Crossed Japan alone by train, getting by in my own Japanese after two years of evening classes.
+ fr situation h | J'ai traversé le Japon seule en train, en me débrouillant en japonais après deux ans de cours du soir.
# triad 14
fr situation h | Permis de conduire obtenu au quatrième essai, avec un créneau parfait devant l'inspecteur !
+ en situation h | Passed my driving test on the fourth try, with a perfect parallel park in front of the examiner!
# triad 15
fr situation h | Six mois de rééducation, et aujourd'hui j'ai monté les escaliers de l'hôpital sans béquilles.
+ en situation h | Six months of rehab, and today I climbed the hospital stairs without crutches.
# triad 16
fr situation h | Boss final de Hollow Knight battu après 63 tentatives, sans aide, tout seul !
+ en situation h | Hollow Knight's final boss beaten after 63 attempts, no help, all on my own!
# triad 17
en situation h | Finished my first novel, 320 pages, three years of getting up at dawn before work.
+ fr situation h | J'ai fini mon premier roman, 320 pages, trois ans de réveils à l'aube avant le boulot.
# triad 18
fr situation n | Déménagement bouclé en une journée, tous les meubles montés nous-mêmes, zéro casse : on l'a fait !
+ en situation n | Move done in a single day, all the furniture assembled ourselves, zero breakages: we did it!
# triad 19
fr situation h | Naturalisation acceptée après trois ans de dossiers que j'ai montés seule : je suis française.
+ en situation h | Citizenship granted after three years of paperwork I put together alone: I'm French now.
# triad 20
fr situation n | J'ai changé moi-même l'écran de mon téléphone grâce à un tuto : quatre heures de minutie, et il marche !
+ en situation n | I replaced my phone screen myself with a tutorial: four hours of fiddly work, and it works!
# triad 21
fr slang_emoji h | 1 an à poster tous les jours et ma chaîne passe les 10k abonnés 💪🔥 j'ai pas lâché
+ en slang_emoji h | a year posting every single day and my channel just hit 10k subs 💪🔥 never gave up
# triad 22
fr situation n | Trois mois sans un seul achat inutile, défi tenu jusqu'au bout, et 600 euros de côté.
+ en situation n | Three months without a single pointless purchase, challenge kept to the end, and 600 euros saved.
# triad 23
en situation n | Hosted Christmas for twenty-two people for the first time, everything cooked by me and served on time.
+ fr situation n | J'ai reçu vingt-deux personnes pour Noël pour la première fois, tout cuisiné par moi et servi à l'heure.
# triad 24
fr situation h | À 78 ans, j'ai eu mon premier brevet de natation : un an de leçons et une longueur sans frite !
+ en situation h | At 78, I got my first swimming badge: a year of lessons and a full length without a float!
# triad 25
fr situation h | Salle de bain carrelée de mes mains, joints bien droits, moi qui n'avais jamais tenu une truelle.
+ en situation h | Bathroom tiled with my own hands, grout lines dead straight, and I'd never even held a trowel.
# triad 26
fr situation n | Trente nuits d'affilée sans somnifère après des années d'insomnie : j'ai tenu mon programme.
+ en situation n | Thirty nights in a row without sleeping pills after years of insomnia: I stuck to the programme.
# triad 27
en situation h | PhD defended this morning: four years in the lab, and the jury passed it unanimously.
+ fr situation h | Thèse soutenue ce matin : quatre ans de labo, et le jury l'a validée à l'unanimité.
# triad 28
fr situation h | Mon premier meuble en chêne massif livré au client : trois semaines d'atelier, pas un défaut.
+ en situation h | My first solid-oak piece delivered to the client: three weeks in the workshop, not a single flaw.
# triad 29
fr situation h | Premier semi-marathon bouclé en 1 h 52, moi qui ne courais pas un kilomètre l'an dernier. Mets-moi une ambiance qui va avec.
+ en situation h | First half-marathon done in 1:52, and last year I couldn't run a kilometre. Give me a mood to go with it.
# triad 30
en situation h | Won my club's tennis tournament, three years after picking up a racket for the first time.
+ fr situation h | J'ai gagné le tournoi de tennis de mon club, trois ans après avoir pris une raquette pour la première fois.
# triad 31
fr situation n | Un an de ukulélé tous les soirs, et j'ai joué ma première chanson en entier devant mes amis.
+ en situation n | A year of ukulele every evening, and I played my first full song in front of my friends.
# triad 32
fr situation h | Notre petit resto a décroché sa première étoile, dix ans de cuisine dès six heures du matin. Lumière adaptée, s'il te plaît.
+ en situation h | Our little restaurant has won its first star, ten years of cooking from six in the morning. Lights to suit, please.
# triad 33
en situation n | I organised my best friend's wedding on my own and everything ran to the minute.
+ fr situation n | J'ai organisé seule le mariage de ma meilleure amie et tout s'est déroulé à la minute près.
# triad 34
fr situation n | Arbre généalogique terminé après deux ans d'archives, j'ai remonté la famille jusqu'en 1650 !
+ en situation n | Family tree finished after two years in the archives, I've traced the family back to 1650!
# triad 35
fr situation n | Premier ramadan jeûné en entier, trente jours, et j'ai tenu même pendant mes examens.
+ en situation n | My first Ramadan fasted in full, thirty days, and I kept it up even through my exams.
# triad 36
fr situation h | Accouchement sans péridurale comme je le voulais : douze heures, et j'ai tenu jusqu'au bout.
+ en situation h | Gave birth without an epidural, as I wanted: twelve hours, and I held on to the very end.
# triad 37
fr situation n | J'ai traversé Paris à vélo pour la première fois, 18 km dans la circulation, sans poser le pied.
+ en situation n | I crossed Paris by bike for the first time, 18 km in traffic, without putting a foot down.
# triad 38
fr situation h | Première moisson de blé sur ma propre ferme, reprise il y a trois ans en friche.
+ en situation h | First wheat harvest on my own farm, which I took over three years ago as overgrown wasteland.
# triad 39
en situation h | Swam across the bay to the lighthouse, 3 km in the sea, after a whole winter training at the pool.
+ fr situation h | J'ai traversé la baie à la nage jusqu'au phare, 3 km en mer, après tout un hiver d'entraînement à la piscine.
# triad 40
en situation h | Summit of the Barre des Écrins at 7am: two years of preparation, and I'm standing on top.
+ fr situation h | Sommet de la Barre des Écrins à 7 h : deux ans de préparation, et je suis là-haut.
# triad 41
fr situation h | Ma courtepointe de 400 carrés cousus main a gagné le concours régional, deux ans de soirées.
+ en situation h | My quilt of 400 hand-stitched squares won the regional show, two years of evenings.
# triad 42
fr situation h | Collecte terminée : quatre tonnes de nourriture, le double de l'objectif, après un mois à tout organiser.
+ en situation h | Collection over: four tonnes of food, double the target, after a month of organising everything.
# triad 43
fr situation h | Élue conseillère municipale dès le premier tour, après six mois de porte-à-porte dans le quartier.
+ en situation h | Elected to the town council in the first round, after six months of knocking on doors in the neighbourhood.
# triad 44
en situation h | Our experiment finally worked after eighteen months of failures, results confirmed three times. Lights to match, please.
+ fr situation h | Notre expérience a enfin marché après dix-huit mois d'échecs, résultats confirmés trois fois. Des lumières assorties, s'il te plaît.
# triad 45
fr situation n | Garage vidé, trié et rangé en un week-end : vingt ans de bazar dont je suis venue à bout.
+ en situation n | Garage emptied, sorted and tidied in one weekend: twenty years of clutter, and I beat it.
# triad 46
en situation n | Our shy rescue cat finally lets me brush her, after four months of patient taming.
+ fr situation n | Notre chatte craintive du refuge se laisse enfin brosser, après quatre mois d'apprivoisement patient.
# triad 47
fr situation h | Instit d'une classe difficile depuis septembre : en juin, tous mes élèves lisent couramment.
+ en situation h | Teaching a tough class since September: by June, every one of my pupils reads fluently.
# triad 48
fr typo h | jai eu ma promo!! 3 ans a bosser comme une malade et enfin cheffe de projet
+ en typo h | got my promtion!! 3 years working like crazy and finaly project lead
# triad 49
fr situation h | Moins 22 kilos en un an, sans régime miracle, juste du sport et de la patience : je l'ai fait.
+ en situation h | Down 22 kilos in a year, no miracle diet, just exercise and patience: I did it.
# triad 50
en situation h | House paid off after twenty years of overtime, the bank just sent the final letter.
+ fr situation h | Maison remboursée après vingt ans d'heures sup, la banque vient d'envoyer le dernier courrier.
# triad 51
en situation h | Pilot's licence in my pocket: first solo flight landed smoothly after two years of lessons.
+ fr situation h | Brevet de pilote en poche : premier vol solo posé en douceur après deux ans de leçons.
# triad 52
fr situation h | Premier tournoi d'échecs gagné, cinq parties sur cinq, après un an d'entraînement au club.
+ en situation h | First chess tournament won, five games out of five, after a year of training at the club.
# triad 53
fr situation h | Mon court-métrage, tourné avec 300 euros et des potes, est sélectionné dans un vrai festival !
+ en situation h | My short film, shot with 300 euros and my mates, has been selected for a real festival!
# triad 54
fr situation h | Malgré la canicule, j'ai fini de repeindre toute la façade seul, en dix jours.
+ en situation h | Despite the heatwave, I finished repainting the whole front of the house alone, in ten days.
# triad 55
en situation h | Turned the abandoned lot into a community garden, two years of work, and today we harvested.
+ fr situation h | Le terrain vague est devenu un jardin partagé, deux ans de travail, et aujourd'hui on a récolté.
# triad 56
fr mixed h | Épuisé, oui, mais surtout fier : l'appli que je code seul depuis un an est enfin en ligne.
+ en mixed h | Exhausted, yes, but mostly proud: the app I've been coding alone for a year is finally live.
# triad 57
fr situation h | J'ai monté l'association des locataires et obtenu le nouvel ascenseur après deux ans de démarches.
+ en situation h | I set up the tenants' association and got the new lift after two years of going through the process.
# triad 58
fr slang_emoji h | ceinture marron de karaté validée après 6 ans 🥋🔥 jsuis trop fier de moi
+ en slang_emoji h | brown belt in karate after 6 years 🥋🔥 so proud of myself
# triad 59
fr situation n | Ma brioche tressée maison enfin parfaite, après deux mois de fournées plates comme des galettes. Mets la lumière qui va bien.
+ en situation n | My homemade plaited brioche finally perfect, after two months of batches flat as pancakes. Put on the right lights.
# triad 60
fr situation h | Embauchée après quarante candidatures et six entretiens : j'ai enfin mon CDI d'ingénieure !
+ en situation h | Hired after forty applications and six interviews: I've finally got a permanent engineering job!
# triad 61
fr situation h | Diplôme d'infirmière de bloc en poche, deux ans de formation en plus de mes gardes.
+ en situation h | Theatre nurse diploma in hand, two years of training on top of my shifts.
# triad 62
en situation h | Our village rugby team goes up a division and I scored the deciding try, after a season on the bench.
+ fr situation h | Le club de rugby du village monte et c'est moi qui marque l'essai décisif, après une saison sur le banc.
# triad 63
fr typo h | jai enfin reussi a jouer le morceau au piano sans partition, 6 mois de boulot
+ en typo h | finaly managed to play the piece on piano without sheet music, 6 months of work
# triad 64
fr situation n | Ma station météo maison, soudée et programmée moi-même, publie enfin ses relevés en ligne.
+ en situation n | My homemade weather station, soldered and programmed myself, is finally publishing its readings online.
# triad 65
en situation h | Business registered, permits approved, loan signed: six months of paperwork, all done by me.
+ fr situation h | Entreprise déclarée, autorisations accordées, prêt signé : six mois de paperasse, tout fait par moi.
# triad 66
fr situation n | Pour l'anniversaire de mon neveu, j'ai réussi le tour de magie répété depuis deux mois, aucun enfant n'a trouvé le truc.
+ en situation n | At my nephew's birthday I pulled off the magic trick I'd practised for two months, not one kid worked it out.
# triad 67
fr situation h | Paris-Porto à vélo : 1 700 km en trois semaines, et je suis devant le fleuve !
+ en situation h | Paris to Porto by bike: 1,700 km in three weeks, and I'm standing by the river!
# triad 68
fr situation n | Pour nos dix ans, j'ai joué notre chanson de mariage à la guitare, sans faute, après un an d'entraînement.
+ en situation n | For our tenth anniversary I played our wedding song on guitar, flawlessly, after a year of practice.
# triad 69
en situation n | After years of shyness, I asked her out myself, face to face, and my voice didn't shake.
+ fr situation n | Après des années de timidité, je l'ai invitée moi-même, en face, et ma voix n'a pas tremblé.
# triad 70
fr situation h | Admis en deuxième année de médecine, après un redoublement et des nuits entières de révisions.
+ en situation h | Into second-year medicine, after repeating a year and whole nights of revision.
# triad 71
fr situation h | J'ouvre mon propre salon de coiffure, dix ans après mon CAP : premier client coiffé ce matin.
+ en situation h | Opening my own hair salon, ten years after my apprenticeship: first client done this morning.
# triad 72
en situation n | Built the flat-pack garden shed alone in one day, and not a single screw left over.
+ fr situation n | Monté seule l'abri de jardin livré en kit, en une journée, sans une seule vis en trop.
# triad 73
fr situation h | Tournoi de pétanque du village gagné à 74 ans, après trois finales perdues : cette fois, c'est nous !
+ en situation h | Won the village pétanque tournament at 74, after three lost finals: this time it's us!
# triad 74
fr situation h | Premier concours de saut d'obstacles, sans faute, avec la jument que j'ai dressée moi-même.
+ en situation h | First show-jumping competition, clear round, on the mare I trained myself.
# triad 75
en situation h | My photo of the heron, after forty dawns in the marsh, won the national nature prize. Set the lights for that.
+ fr situation h | Ma photo du héron, après quarante aubes dans le marais, a gagné le prix national de la nature. Règle les lumières pour ça.
# triad 76
fr situation h | Tableau électrique refait moi-même après ma formation, et l'inspecteur valide tout du premier coup.
+ en situation h | Rewired the fuse board myself after my training, and the inspector approved it all first time.
# triad 77
fr situation h | J'ai appris à nager à 40 ans, et aujourd'hui j'ai fait un kilomètre de crawl sans m'arrêter.
+ en situation h | I learned to swim at 40, and today I did a kilometre of front crawl without stopping.
# triad 78
fr situation h | Mon stand de confitures a tout vendu dès 10 h, après un an à peaufiner mes recettes.
+ en situation h | My jam stall sold out by 10am, after a year of perfecting my recipes.
# triad 79
en situation h | Changed the clutch on my old Clio myself, a whole weekend in the garage, and she drives!
+ fr situation h | J'ai changé moi-même l'embrayage de ma vieille Clio, un week-end entier au garage, et elle roule !
# triad 80
fr situation h | Reçu au concours de sapeur-pompier professionnel, après deux échecs et trois ans d'entraînement.
+ en situation h | Passed the professional firefighter exam, after two failures and three years of training.
"""

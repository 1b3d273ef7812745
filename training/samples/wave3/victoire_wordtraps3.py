"""victoire: third wave, minimal pairs with colere (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | J'ai repeint toute la cuisine seul en un week-end, sans une seule coulure.
+ en situation n | I repainted the whole kitchen on my own in one weekend, not a single drip.
# pair 02
fr situation n | J'ai réparé la fuite sous l'évier moi-même : 120 euros de plombier économisés !
+ en situation n | I fixed the leak under the sink myself: 120 euros of plumber saved!
# pair 03
en situation n | Three months of training and our dog finally stays off the tomato bed. I did it!
+ fr situation n | Trois mois de dressage et notre chien ne touche enfin plus aux tomates. J'ai réussi !
# pair 04
fr situation n | J'ai monté l'armoire six portes toute seule, sans notice et sans une vis en trop.
+ en situation n | I put the six-door wardrobe together by myself, no instructions and not one screw left over.
# pair 05
fr situation n | Un mois de négociations, et mon fils range enfin sa chambre sans qu'on le lui dise. Gagné !
+ en situation n | A month of negotiating, and my son finally tidies his room without being told. Won!
# pair 06
fr situation h | J'ai présenté mon tableau au directeur, et il adopte toutes mes propositions.
+ en situation h | I presented my spreadsheet to the director, and he's adopting every one of my proposals.
# pair 07
fr situation h | Promotion obtenue après quatre ans à bosser dur : je deviens cheffe d'équipe !
+ en situation h | Promotion landed after four years of hard graft: I'm becoming team leader!
# pair 08
fr situation n | Dossier bouclé vendredi 18 h, pile dans le délai que tout le monde jugeait impossible.
+ en situation n | File wrapped up Friday at 6 p.m., right on the deadline everyone said was impossible.
# pair 09
en situation h | The client signed off the whole project at the first presentation, not one change.
+ fr situation h | Le client a validé tout le projet dès la première présentation, pas une seule modification.
# pair 10
fr situation h | Poste décroché après cinq entretiens, dont un en anglais devant six personnes !
+ en situation h | Got the job after five interviews, one of them in English in front of six people!
# pair 11
fr situation h | 18 au devoir de maths, et je l'ai fait tout seul, sans l'aide de personne !
+ en situation h | 18 out of 20 on the maths assignment, and I did it all myself, no help from anyone!
# pair 12
fr situation h | Accepté en premier choix sur Parcoursup, une année entière de travail qui paie.
+ en situation h | Accepted into my first choice on Parcoursup, a whole year of work paying off.
# pair 13
en situation h | Passed my driving test on the third try, not a single fault this time!
+ fr situation h | Permis obtenu au troisième essai, pas une seule faute cette fois !
# pair 14
fr situation n | Le voyage scolaire que j'ai organisé de A à Z : quarante élèves, zéro pépin.
+ en situation n | The school trip I organised from start to finish: forty pupils, zero hitches.
# pair 15
fr situation h | Mon mémoire a eu 17, et le jury veut le publier dans la revue du labo.
+ en situation h | My dissertation got 17, and the panel wants to publish it in the lab's journal.
# pair 16
fr typo h | jai revisé 3 semaines et jai validé tous mes partiels du premier coup
+ en typo h | i revised for 3 weeks and passed all my exams first time
# pair 17
fr situation h | Trois mois de rééducation, et ce matin j'ai traversé le couloir sans béquilles.
+ en situation h | Three months of rehab, and this morning I walked the corridor without crutches.
# pair 18
fr situation n | Moins quinze kilos en un an, mon médecin n'en revenait pas à la pesée.
+ en situation n | Fifteen kilos down in a year, my doctor couldn't believe it at the weigh-in.
# pair 19
en situation n | A year at the gym and I can finally do ten pull-ups in a row.
+ fr situation n | Un an de salle de sport, et je fais enfin dix tractions d'affilée.
# pair 20
fr situation h | Reçue au concours d'infirmière après deux échecs, cette fois c'est la bonne !
+ en situation h | Passed the nursing entrance exam after two failures, this time I made it!
# pair 21
fr situation n | J'ai rendu sa voiture à mon frère réparée, embrayage changé de mes propres mains.
+ en situation n | I gave my brother his car back repaired, clutch replaced with my own hands.
# pair 22
fr situation h | Mon gâteau a gagné le concours de pâtisserie du village, devant trente participants !
+ en situation h | My cake won the village baking contest, ahead of thirty entrants!
# pair 23
en situation h | My first article is in the national paper, and Mum read it aloud at Sunday lunch.
+ fr situation h | Mon premier article est dans le journal national, maman l'a lu à voix haute dimanche midi.
# pair 24
fr situation n | Ma collection de BD est complète : j'ai enfin trouvé le numéro 1 après dix ans de recherche.
+ en situation n | My comic collection is complete: I finally found issue 1 after ten years of hunting.
# pair 25
fr situation h | Titulaire toute la finale, et je marque le but de la victoire ! Mets quelque chose qui colle.
+ en situation h | Started the whole final, and I scored the winning goal! Play something that fits.
# pair 26
fr situation h | Trail de 40 km bouclé dans les temps, mon premier vrai ultra en montagne !
+ en situation h | Finished the 40 km trail race inside the cut-off, my first real mountain ultra!
# pair 27
en situation h | Rode my bike up Mont Ventoux without stopping once. A year of training for this!
+ fr situation h | J'ai monté le Ventoux à vélo sans poser le pied. Un an d'entraînement pour ça !
# pair 28
fr situation h | J'ai battu le numéro un du club au tennis, 6-4 6-3, après un an de cours.
+ en situation h | I beat the club's number one at tennis, 6-4 6-3, after a year of lessons.
# pair 29
fr slang_emoji h | 3 buts ce soir dont un retourné, on gagne 3-1, trop fier de moi 🏆💪
+ en slang_emoji h | 3 goals tonight incl an overhead kick, we win 3-1, so proud of myself 🏆💪
# pair 30
fr situation h | Tournoi de double remporté avec mon partenaire : champions du département !
+ en situation h | Won the doubles tournament with my partner: county champions!
# pair 31
fr situation h | Jeu fini à 100 % en quarante heures, tous les trophées, même le plus dur !
+ en situation h | Game completed 100% in forty hours, every trophy, even the hardest one!
# pair 32
en situation h | Carried the final round on my own and won the ranked match: Diamond at last!
+ fr situation h | J'ai porté l'équipe seul au dernier round et gagné le match classé : enfin Diamant !
# pair 33
fr situation h | Mon premier tournoi d'échecs en club : cinq parties, cinq victoires !
+ en situation h | My first club chess tournament: five games, five wins!
# pair 34
fr situation h | Tournoi de belote gagné avec mamie, on a battu les champions du village !
+ en situation h | Won the card tournament with Gran, we beat the village champions!
# pair 35
fr situation n | Découvert remboursé, et pour la première fois, 2 000 euros d'épargne mis de côté seul.
+ en situation n | Overdraft paid off, and for the first time, 2,000 euros saved up on my own.
# pair 36
fr situation n | J'ai rempli ma déclaration d'impôts tout seul, et ils me remboursent 600 euros.
+ en situation n | I filled in my tax return all by myself, and they're refunding me 600 euros.
# pair 37
en situation h | Signed the deed on my first flat today, after eight years of saving every month.
+ fr situation h | J'ai signé l'acte de mon premier appartement aujourd'hui, après huit ans d'épargne chaque mois.
# pair 38
fr situation h | Naturalisation obtenue : trois ans de démarches, et mon dossier est passé sans une retouche.
+ en situation h | Citizenship granted: three years of paperwork, and my file went through without a single correction.
# pair 39
fr situation h | J'ai gagné mon recours tout seul contre l'assurance : ils paient tout le dégât des eaux !
+ en situation h | I won my appeal against the insurer on my own: they're paying for all the water damage!
# pair 40
fr situation n | Dossier de subvention accepté du premier coup, quarante pages rédigées seule.
+ en situation n | Grant application accepted first time, forty pages written by me alone.
# pair 41
fr situation h | Paris-Lyon à vélo : 470 km en quatre jours, sans prendre un seul train !
+ en situation h | Paris to Lyon by bike: 470 km in four days, without taking a single train!
# pair 42
fr situation n | Créneau réussi sur ma place du premier coup, moi qui la rate depuis six mois !
+ en situation n | Parallel-parked into my space first go, after six months of botching it!
# pair 43
en situation h | Landed my first solo flight as a student pilot, forty hours of lessons paid off.
+ fr situation h | J'ai posé mon premier vol en solo d'élève pilote, quarante heures de cours récompensées.
# pair 44
fr situation n | Arrivée au refuge avant la nuit : 1 800 mètres de dénivelé avec quinze kilos sur le dos.
+ en situation n | Made it to the mountain hut before dark: 1,800 metres of climb with fifteen kilos on my back.
# pair 45
fr situation n | J'ai taillé toute la haie au cordeau, et le voisin me demande mon secret.
+ en situation n | I trimmed the whole hedge dead straight, and the neighbour is asking for my secret.
# pair 46
fr situation n | J'ai refait toute ma salle de bain moi-même, carrelage compris, en trois week-ends.
+ en situation n | I redid my whole bathroom myself, tiling included, in three weekends.
# pair 47
en situation h | Four months of petitions and letters, and the lift is fixed thanks to me.
+ fr situation h | Quatre mois de pétitions et de courriers, et l'ascenseur est réparé grâce à moi.
# pair 48
fr situation h | J'ai récupéré toutes les photos du disque dur mort moi-même, trois nuits de bidouille !
+ en situation h | I recovered every photo from the dead hard drive myself, three nights of tinkering!
# pair 49
fr situation n | J'ai installé la fibre et tout le réseau de la maison moi-même, ça marche du premier coup.
+ en situation n | I set up the fibre and the whole home network myself, and it works first time.
# pair 50
en situation h | My code got merged into the main project after months of reviews: my first open-source contribution!
+ fr situation h | Mon code est accepté dans le projet principal après des mois de relecture, première contribution open source !
# pair 51
fr slang_emoji h | mon site est en ligne, codé de A à Z toute seule, zéro bug au lancement 💪🔥
+ en slang_emoji h | my website is live, coded A to Z all by myself, zero bugs at launch 💪🔥
# pair 52
fr situation h | Ma vidéo de recettes passe le million de vues, deux ans à poster chaque semaine !
+ en situation h | My recipe video just passed a million views, two years of posting every week!
# pair 53
fr situation n | Ma page passe les dix mille abonnés, chaque post fait à la main depuis trois ans.
+ en situation n | My page just passed ten thousand followers, every post handmade for three years.
# pair 54
en situation h | My Etsy shop hit a thousand sales, and every design is drawn by me.
+ fr situation h | Ma boutique Etsy a passé les mille ventes, et chaque motif est dessiné par moi.
# pair 55
fr situation n | J'ai négocié le frigo à moitié prix, et le vendeur a fini par céder !
+ en situation n | I haggled the fridge down to half price, and the salesman finally gave in!
# pair 56
fr situation n | Centième colis expédié par ma petite boutique, lancée seule dans mon salon.
+ en situation n | Hundredth parcel shipped from my little shop, started alone in my living room.
# pair 57
fr situation n | Premier jour seule en caisse, et zéro centime d'écart au comptage du soir !
+ en situation n | First day on the till alone, and not a cent out at the evening count!
# pair 58
fr situation n | Mon premier bourguignon réussi : quatre heures de mijotage et mes invités en redemandent.
+ en situation n | My first successful beef stew: four hours of simmering and my guests want more.
# pair 59
fr situation h | Premier service seul en cuisine : quatre-vingts couverts, et aucune assiette renvoyée.
+ en situation h | First service running the kitchen alone: eighty covers, and not one plate sent back.
# pair 60
en situation n | My sourdough finally rose properly after weeks of failures. Set the lights to gold.
+ fr situation n | Mon levain a enfin bien levé, après des semaines d'échecs. Lumière dorée, s'il te plaît.
# pair 61
fr situation h | Mon potager a survécu à la grêle grâce aux filets que j'ai tendus moi-même. Récolte sauvée !
+ en situation h | My vegetable patch survived the hail thanks to the nets I put up myself. Harvest saved!
# pair 62
fr situation n | Tous mes semis ont levé : mille plants de tomates partis de graines que j'ai gardées.
+ en situation n | All my seedlings came up: a thousand tomato plants from seeds I saved myself.
# pair 63
en situation n | Our lawn is green again: I reseeded the whole thing by hand after the drought.
+ fr situation n | Notre pelouse est de nouveau verte : j'ai tout ressemé à la main après la sécheresse.
# pair 64
fr situation h | Sommet du mont Blanc atteint à 8 h, deux ans de préparation pour ce moment !
+ en situation h | Reached the top of Mont Blanc at 8 a.m., two years of preparation for this moment!
# pair 65
fr situation h | J'ai traversé la baie à la nage, trois kilomètres, moi qui avais peur de l'eau l'an dernier.
+ en situation h | I swam across the bay, three kilometres, and last year I was scared of the water.
# pair 66
en situation n | Stood up on the surfboard for the first time, after a week of falling off.
+ fr situation n | Je tiens debout sur la planche de surf pour la première fois, après une semaine de chutes.
# pair 67
fr situation n | J'ai joué mon morceau de guitare en entier sans une fausse note, un an à le travailler.
+ en situation n | I played my guitar piece all the way through without a wrong note, a year of practising it.
# pair 68
fr situation h | Notre premier concert payé, et on n'a joué que nos propres chansons !
+ en situation h | Our first paid gig, and we played nothing but our own songs!
# pair 69
en situation h | I sang the solo at the choir concert without my voice wobbling once.
+ fr situation h | J'ai chanté le solo au concert de la chorale sans que ma voix tremble une seule fois.
# pair 70
fr situation h | Mon tableau est sélectionné pour l'expo régionale, après trois refus !
+ en situation h | My painting has been picked for the regional exhibition, after three rejections!
# pair 71
fr situation h | Mon manuscrit est accepté par un éditeur, après quarante lettres de refus.
+ en situation h | My manuscript has been accepted by a publisher, after forty rejection letters.
# pair 72
fr situation h | Grâce à notre pétition, la mairie garde le jardin partagé : on a gagné !
+ en situation h | Thanks to our petition, the council is keeping the community garden: we won!
# pair 73
fr situation h | La loi pour laquelle notre association se bat depuis cinq ans vient d'être votée !
+ en situation h | The bill our association has fought for for five years has just been passed!
# pair 74
en situation h | Our fundraiser hit 10,000 euros, and I ran every single stall myself.
+ fr situation h | Notre collecte a atteint 10 000 euros, et j'ai tenu chaque stand moi-même.
# pair 75
fr situation h | Le journal publie mon enquête en une : six mois de travail récompensés.
+ en situation h | The paper runs my investigation on the front page: six months of work rewarded.
# pair 76
fr situation h | Nos résultats sont publiés, et mon nom est en premier auteur !
+ en situation h | Our results are published, and I'm the first author!
# pair 77
fr situation n | Ma première charpente posée en entier, et le patron n'a rien eu à reprendre.
+ en situation n | My first roof frame put up entirely by me, and the boss had nothing to fix.
# pair 78
en situation n | I re-roofed the shed myself, and it held through the whole storm last night.
+ fr situation n | J'ai refait seul le toit de l'abri, et il a tenu toute la tempête cette nuit.
# pair 79
fr situation h | Mon CAP de menuisier en poche, premier de ma promo, à quarante-deux ans !
+ en situation h | Carpentry diploma in hand, top of my class, at forty-two!
# pair 80
fr situation h | Mon discours de témoin sans fiches et sans bafouiller, moi le grand timide !
+ en situation h | My best-man speech with no notes and no stumbling, and I'm the shy one!
# pair 81
fr situation n | Repas de Noël pour vingt préparé seule, tout servi chaud et à l'heure ! Mets-moi une ambiance.
+ en situation n | Christmas dinner for twenty cooked on my own, everything served hot and on time! Set the mood.
# pair 82
en situation h | I recited the whole passage at my bar mitzvah without a single mistake.
+ fr situation h | J'ai récité tout le passage à ma bar-mitsva sans la moindre erreur.
# pair 83
fr situation n | À 79 ans, j'ai appris seule les appels vidéo, et j'ai appelé mes petits-enfants !
+ en situation n | At 79, I taught myself video calls, and I rang my grandchildren!
# pair 84
en situation h | At 70, I finished my first half-marathon, the oldest woman in the race.
+ fr situation h | À 70 ans, j'ai fini mon premier semi-marathon, doyenne de la course.
# pair 85
fr situation n | Un mois d'efforts, et j'ai réussi à faire dormir le bébé seul dans sa chambre.
+ en situation n | A month of effort, and I've managed to get the baby sleeping in his own room.
# pair 86
fr situation n | Quatre heures du matin, et j'ai enfin fini de coder mon appli, testée et validée !
+ en situation n | Four in the morning, and I've finally finished coding my app, tested and approved!
# pair 87
fr situation h | J'ai monté toute la rampe du pont en fauteuil sans aide, trois mois d'entraînement !
+ en situation h | I wheeled myself up the whole bridge ramp without help, three months of training!
# pair 88
en situation n | My car passed its inspection, and I did every repair on it myself this year.
+ fr situation n | Ma voiture a passé le contrôle technique, et j'ai fait toutes les réparations moi-même cette année.
# pair 89
fr situation h | Notre fromage de chèvre décroche la médaille d'or au Salon de l'agriculture !
+ en situation h | Our goat's cheese wins the gold medal at the national farm show!
# pair 90
fr situation h | Meilleur rendement de blé de la commune, et c'est ma première année à la ferme !
+ en situation h | Best wheat yield in the whole district, and it's my first year on the farm!
# pair 91
fr situation n | Mon premier patchwork de lit est fini, huit mois de couture à la main.
+ en situation n | My first bed quilt is finished, eight months of hand sewing.
# pair 92
fr situation h | Ma maquette du Titanic est terminée : 1 200 pièces et un an de patience !
+ en situation h | My Titanic model is finished: 1,200 pieces and a year of patience!
# pair 93
fr situation n | Mon chien réussit son test de sociabilité, six mois de dressage faits par moi.
+ en situation n | My dog passes his temperament test, six months of training I did myself.
# pair 94
en situation n | Three weeks of working up the nerve, and I asked her out at the bar. She said yes!
+ fr situation n | Trois semaines à prendre mon courage, et je l'ai invitée au bar. Elle a dit oui !
# pair 95
fr situation n | Trois mois à préparer sa soirée surprise, et mon meilleur ami ne s'est douté de rien !
+ en situation n | Three months planning his surprise party, and my best friend didn't suspect a thing!
# pair 96
fr mixed h | Un peu énervé d'avoir raté le premier essai, mais surtout fier : dossier accepté au second.
+ en mixed h | A bit annoyed I failed the first attempt, but mostly proud: file accepted on the second.
# pair 97
fr negation h | Non, pas énervé après six mois de chantier : je l'ai fini, et le client adore !
+ en negation h | No, not fed up after six months on the job: I finished it, and the client loves it!
# pair 98
fr typo h | jai changé la pièce moi meme avec un tuto, 300 balles de garagiste économisées
+ en typo h | changed the part myself with a tutorial, 300 quid of mechanic saved
# pair 99
en slang_emoji h | fixed the heating myself w/ a youtube vid, flat's finally warm 💪😎
+ fr slang_emoji h | j'ai réparé le chauffage moi-même grâce à youtube, l'appart est enfin chaud 💪😎
# pair 100
fr situation h | Vingt heures de conduite seulement, et permis obtenu du premier coup !
+ en situation h | Only twenty hours of driving lessons, and licence passed first time!
"""

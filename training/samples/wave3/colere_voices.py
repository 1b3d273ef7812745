"""colere: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Encore des miettes partout sur le plan de travail que je viens de nettoyer.
+ en situation n | Crumbs all over the counter I literally just wiped down.
fr situation n | Qui a remis le carton de lait vide dans le frigo ?
+ en situation n | Who put the empty milk carton back in the fridge?
en situation n | Third time this week the flatmate's wet towel ends up on my bed.
+ fr situation n | Troisième fois cette semaine que la serviette mouillée du coloc atterrit sur mon lit.
fr situation h | Mon mari a lavé ma robe en soie à soixante degrés. Mets-moi une ambiance.
+ en situation h | My husband washed my silk dress on a hot cycle. Set a mood for that.
fr situation n | Je range, ils dérangent, et après on me demande où est passé leur chargeur.
+ en situation n | I tidy, they wreck it, then they ask me where their charger went.
en situation n | Came home to find my sister had borrowed the hoover and dumped it broken in the hall.
+ fr situation n | En rentrant, l'aspirateur que ma sœur m'avait emprunté traînait cassé dans l'entrée.
fr situation n | Lave-vaisselle plein de vaisselle propre, et personne ne l'a vidé depuis hier.
+ en situation n | Dishwasher full of clean dishes and nobody's emptied it since yesterday.
# situations: cooking and food
fr situation n | Quelqu'un a mangé la part de tourtière que je gardais pour ce midi.
+ en situation n | Somebody ate the slice of tourtière I was saving for lunch.
fr situation n | Dix-huit francs pour un rösti tiède et un serveur qui lève les yeux au ciel.
+ en situation n | Eighteen francs for a lukewarm rösti and a waiter rolling his eyes at me.
en situation n | Ordered a chippy tea, waited an hour, and they brought someone else's order.
+ fr situation n | Commandé un fish and chips, une heure d'attente, et on me livre la commande d'un autre.
fr situation n | Ma belle-sœur a encore ressalé ma blanquette sans goûter, juste sous mes yeux.
+ en situation n | My sister-in-law salted my stew again without tasting it, right in front of me.
fr situation n | Frigo du bureau : mon taboulé a disparu, l'étiquette avec mon nom aussi.
+ en situation n | Office fridge: my tabbouleh's gone, and so is the label with my name on it.
en situation h | Twelve bucks for a poutine and they forgot the cheese curds. Forgot the curds! Set the mood for that.
+ fr situation h | Douze piasses pour une poutine, et ils ont oublié le fromage en grains. Oublié ! Mets-moi une ambiance qui va avec.
fr situation n | Le boucher m'a refilé le morceau plein de nerfs en jurant que c'était du premier choix.
+ en situation n | The butcher palmed the gristly cut off on me and swore it was prime.
# situations: pets
fr situation n | Le promeneur de chiens a oublié Biscuit attaché devant la boulangerie pendant une heure.
+ en situation n | The dog walker left Biscuit tied up outside the bakery for an hour and forgot him.
en situation n | Vet charged me ninety quid just to tell me to come back Monday.
+ fr situation n | Quatre-vingt-dix livres chez le véto pour m'entendre dire de revenir lundi.
fr situation n | Un gamin a ouvert le clapier de nos lapins à la kermesse, « pour rigoler ».
+ en situation n | Some kid opened our rabbit hutch at the school fair, "for a laugh".
fr situation n | Ma coloc nourrit mon chat en douce alors que le véto l'a mis au régime strict. Lumière assortie.
+ en situation n | My flatmate keeps sneaking food to my cat when the vet's put him on a strict diet. Lights to match.
fr situation h | Le refuge a donné à une autre famille le chien qu'on devait adopter samedi, sans un coup de fil.
+ en situation h | The shelter gave the dog we were adopting on Saturday to another family, not even a phone call.
# situations: children and parenting
fr situation n | Le petit a dessiné au feutre indélébile sur le mur qu'on vient de repeindre.
+ en situation n | The little one drew on the freshly painted wall in permanent marker.
fr situation n | Ma fille de quinze ans m'a lancé « t'es qui pour me dire ça » devant ses copines.
+ en situation n | My fifteen-year-old threw "who are you to tell me that" at me in front of her friends.
fr situation n | La crèche a fermé à seize heures sans prévenir, pour une « réunion d'équipe ». Lumière adaptée, s'il te plaît.
+ en situation n | The nursery shut at four without any warning, for a "team meeting". Match the lights to that.
en situation n | Another parent parked right across the school gates and told me to walk round.
+ fr situation n | Un parent s'est garé en travers du portail de l'école et m'a dit de faire le tour.
fr situation n | Les grands ont cassé la tablette du petit et ils accusent le chien.
+ en situation n | The older two broke the little one's tablet and they're blaming the dog.
en situation n | Packed his lunch, signed his planner, and the school rings me because he's "unprepared".
+ fr situation n | J'ai fait son goûter, signé son carnet, et l'école m'appelle parce qu'il n'est « pas préparé ».
# situations: partner and dating
fr situation n | Rendez-vous de la Saint-Valentin : il arrive avec une heure de retard et sans une excuse.
+ en situation n | Valentine's date, and he shows up an hour late without a single apology.
en situation n | My boyfriend told his mates about our fight before he even talked to me.
+ fr situation n | Mon copain a raconté notre dispute à ses potes avant même d'en parler avec moi.
fr situation n | Mon match m'ignore trois jours, puis m'écrit « dispo ce soir ? » comme si de rien n'était.
+ en situation n | My match ignores me for three days, then texts "free tonight?" like nothing happened.
en situation h | My ex turned up at my birthday drinks uninvited and made a scene.
+ fr situation h | Mon ex s'est pointé sans invitation à mon apéro d'anniversaire et a fait un esclandre.
fr situation n | Elle a lu mes messages pendant que je dormais, et c'est moi qui dois m'excuser ?
+ en situation n | She went through my messages while I was asleep, and I'm the one apologising?
# situations: friends
fr situation n | Mon pote a vendu la mèche à ma copine, alors qu'on préparait la surprise depuis deux mois. Mets quelque chose qui colle.
+ en situation n | My mate blew the surprise to my girlfriend after two months of planning. Lights to suit, please.
en situation n | Organised the whole stag do in Galway and three lads pulled out after I paid the deposits.
+ fr situation n | J'ai tout organisé pour l'enterrement de vie de garçon à Galway, et trois gars se désistent une fois les acomptes payés.
fr situation n | Ma meilleure amie a invité tout le monde à son mariage, sauf mon copain.
+ en situation n | My best friend invited everyone to her wedding except my boyfriend.
fr situation n | Il m'a piqué mon idée de cadeau pour Léa et il l'a offert avant moi. Mets quelque chose qui colle.
+ en situation n | He stole my gift idea for Léa and gave it to her before me. Put on something that fits.
# situations: extended family
fr situation n | Tonton a encore parlé politique au baptême et fait pleurer ma cousine.
+ en situation n | My uncle brought up politics at the christening again and made my cousin cry.
en situation n | My mother-in-law rearranged my kitchen cupboards while we were at work.
+ fr situation n | Ma belle-mère a réorganisé mes placards de cuisine pendant qu'on était au travail.
fr situation n | Mes cousins ont vendu le chalet de grand-père à Verbier sans demander l'avis de personne.
+ en situation n | My cousins sold grandad's chalet in Verbier without asking anyone.
fr situation n | Ma tante a annoncé ma grossesse sur Facebook avant que je l'aie dit à mes parents.
+ en situation n | My aunt announced my pregnancy on Facebook before I'd told my own parents.
en situation n | Brother-in-law crashed at ours for "two nights". It's been three weeks.
+ fr situation n | Mon beau-frère devait dormir chez nous « deux nuits ». Ça fait trois semaines.
fr situation n | Mon père a encore comparé mon salaire à celui de mon frère, en plein repas de Pâques. Ambiance raccord, stp.
+ en situation n | Dad compared my salary to my brother's again, right in the middle of Easter lunch. Put something on that fits.
# situations: neighbours
fr situation n | Le voisin souffle ses feuilles mortes pile dans mon allée, tous les samedis.
+ en situation n | The neighbour blows his leaves straight onto my driveway, every single Saturday.
en situation n | Next door's security light shines straight into our bedroom all night.
+ fr situation n | Le projecteur du voisin éclaire notre chambre toute la nuit.
fr situation n | Un voisin a collé un mot anonyme sur ma porte à propos des pleurs de mon bébé.
+ en situation n | A neighbour stuck an anonymous note on my door about my baby crying.
fr situation n | Encore un vélo attaché à ma rampe d'escalier, impossible d'ouvrir la porte de la cave.
+ en situation n | Another bike chained to my stair rail, can't even open the cellar door.
en situation h | The neighbour's builders knocked through our shared wall. Into our living room.
+ fr situation h | Les ouvriers du voisin ont percé le mur mitoyen. Jusque dans notre salon.
fr situation n | Le voisin a déneigé son entrée en balançant toute sa neige devant mon garage. Mets une lumière pour ça.
+ en situation n | The neighbour cleared his driveway by throwing all his snow in front of my garage. Lights for that, please.
# situations: school and exams
fr situation n | Le brevet de ma fille : le centre d'examen a perdu sa copie de maths.
+ en situation n | My daughter's exam centre lost her maths paper.
en situation n | They moved my GCSE French oral to the day of my grandad's funeral and won't budge.
+ fr situation n | Ils ont mis mon oral de français le jour de l'enterrement de mon grand-père et refusent de le déplacer.
fr situation n | La maîtresse a puni toute la classe pour un seul élève qui parlait. Encore. Adapte les lumières.
+ en situation n | The teacher punished the whole class for one kid talking. Again. Sort the lighting for that.
fr situation n | Trois heures de révision, et le prof annonce que le chapitre n'est finalement pas au contrôle.
+ en situation n | Three hours of revision, and the teacher says that chapter isn't on the test after all.
en situation n | Got marked down because the teacher couldn't read my handwriting. She never said a word all year.
+ fr situation n | Des points en moins parce que la prof n'arrivait pas à lire mon écriture. Elle ne m'a rien dit de l'année.
fr situation n | Au cégep, le prof a changé la pondération de l'examen final deux jours avant.
+ en situation n | At CEGEP, the teacher changed the weighting of the final exam two days before.
# situations: university
fr situation n | La bibliothèque de l'UCLouvain ferme en pleine session pour des « travaux de peinture ».
+ en situation n | The university library shuts in the middle of exam season for "painting work".
en situation n | My flatmates in halls ate every single thing I bought on Sunday.
+ fr situation n | Mes colocs de la résidence ont mangé absolument tout ce que j'ai acheté dimanche.
fr situation n | Mon directeur de mémoire ne répond plus depuis six semaines, et il me reproche mon retard.
+ en situation n | My dissertation supervisor hasn't replied in six weeks, and he's blaming me for being behind.
en situation n | Uni charged me a late fee because their own payment portal was down.
+ fr situation n | La fac m'a facturé des frais de retard parce que son propre site de paiement était en panne.
fr situation n | La note du partiel est tombée : quatre sur vingt, et pas une annotation sur la copie.
+ en situation n | Exam mark's out: four out of twenty, and not one comment on the paper.
# situations: office work
fr situation n | Réunion de quinze heures à dix-sept heures pour décider de la date d'une autre réunion. Mets du son qui va avec.
+ en situation n | Meeting from three to five to decide the date of another meeting. Music to match, please.
en situation n | My manager replied-all to correct my spelling. To the whole department.
+ fr situation n | Mon manager a fait « répondre à tous » pour corriger mon orthographe. À tout le service.
fr situation n | Ils ont supprimé le café gratuit et annoncé le même jour des bonus pour les directeurs.
+ en situation n | They scrapped the free coffee and announced director bonuses the same day.
fr situation n | Ma collègue a encore pris mon créneau de salle réservé depuis un mois.
+ en situation n | My colleague grabbed the meeting room I'd booked a month ago. Again.
en situation h | Found out the new hire on my team earns eight grand more than me. Match the lights to that.
+ fr situation h | J'apprends que le nouveau de l'équipe gagne huit mille de plus que moi. Accorde les lumières à ça.
fr situation n | Le chef valide mes congés, puis les annule la veille « pour raisons de service ».
+ en situation n | The boss signs off my leave, then cancels it the day before "for operational reasons".
# situations: manual trades
fr situation n | Le client a repeint lui-même par-dessus mon enduit encore frais et m'appelle pour se plaindre.
+ en situation n | The client painted over my plaster while it was still wet and now he's calling to complain.
en situation n | Supplier sent the wrong tiles again, and the job's supposed to finish Friday.
+ fr situation n | Le fournisseur a encore livré les mauvais carreaux, et le chantier doit finir vendredi.
fr situation n | Six heures sous l'évier du client, et il retient cinquante euros parce que j'ai « sali le tapis ».
+ en situation n | Six hours under the client's sink and he holds back fifty euros because I "dirtied the rug".
fr situation n | Quelqu'un a pris mes outils dans le camion pendant que je faisais la pause de midi. Change l'ambiance de la pièce.
+ en situation n | Someone nicked tools from my van while I was on my lunch break. Change the room's mood.
# situations: healthcare and hospitals
fr situation n | Onze heures aux urgences de Sherbrooke, et on m'envoie voir mon médecin de famille. Je n'en ai pas.
+ en situation n | Eleven hours in the ER in Sherbrooke, and they tell me to see my family doctor. I don't have one.
en situation n | GP receptionist says call back at eight. At eight, all the appointments are gone.
+ fr situation n | La secrétaire du médecin me dit de rappeler à huit heures. À huit heures, plus un seul créneau.
fr situation n | Le dentiste m'a facturé une radio que j'ai refusée, noir sur blanc.
+ en situation n | The dentist billed me for an X-ray I'd refused in writing.
fr situation h | L'infirmier a parlé à ma grand-mère comme à un enfant de trois ans, devant toute la salle.
+ en situation h | The nurse spoke to my grandmother like she was three, in front of the whole ward.
en situation h | They discharged my nan at eleven at night with no way to get home.
+ fr situation h | Ils ont laissé sortir ma grand-mère à vingt-trois heures, sans aucun moyen de rentrer.
# situations: illness and the body
fr situation n | Mon chef me demande un justificatif pour une seule journée de gastro.
+ en situation n | My boss wants a doctor's note for one day off with a stomach bug.
en situation n | Insurance denied my physio again because the form was "incomplete". It wasn't.
+ fr situation n | L'assurance refuse encore ma kiné pour un formulaire « incomplet ». Il était complet.
fr situation n | Au travail, on me dit que ma migraine, c'est « un peu de fatigue ».
+ en situation n | At work they tell me my migraine is just "being a bit tired".
fr situation n | La pharmacie n'a toujours pas mon traitement, et c'est la quatrième fois qu'on me dit « demain ». Mets-moi une ambiance qui va avec.
+ en situation n | The pharmacy still doesn't have my meds, and that's the fourth time they've said "tomorrow". Set the mood for that.
# situations: sport, amateur and watching
fr situation n | Le Stade Toulousain perd sur un essai refusé alors que le ballon est clairement aplati.
+ en situation n | Toulouse lose on a disallowed try when the ball was clearly grounded.
en situation h | Leafs blow a three-goal lead in the third. Again. Match the lights to my mood.
+ fr situation h | Les Leafs échappent une avance de trois buts en troisième période. Encore. Lumières à l'image de mon humeur.
fr situation n | Au five, le même gars refuse de passer le ballon depuis une heure.
+ en situation n | Same guy at five-a-side has refused to pass the ball for an hour.
fr situation n | Au club de padel, quelqu'un a encore squatté notre terrain réservé.
+ en situation n | At the padel club, someone's squatting our booked court again.
en situation n | Hurling final on, and the pub's only got the racing on every screen.
+ fr situation n | Finale de hurling en direct, et le pub ne passe que les courses de chevaux sur tous les écrans.
fr situation n | Le juge de ligne a annoncé faute alors que la balle était dedans d'un bon mètre.
+ en situation n | The line judge called it out when the ball was in by a good metre.
en situation n | Paid for the full AFL season pass and the stream dies every time there's a goal.
+ fr situation n | Abonnement AFL pour toute la saison, et le flux plante à chaque but.
fr situation n | Les Canadiens perdent en prolongation sur un but marqué avec le patin. Mets-moi une ambiance.
+ en situation n | The Habs lose in overtime on a goal kicked in with a skate. Give me a mood for that.
fr situation n | À la course du dimanche, un type a coupé par le parc et il finit devant moi au classement. Lumière adaptée, s'il te plaît.
+ en situation n | At Sunday's race, some guy cut through the park and finished ahead of me in the rankings. Match the lights to that.
# situations: games and video games
fr situation n | Au Uno, ma sœur a encore inventé une règle dès qu'elle perdait.
+ en situation n | At Uno, my sister made up a new rule the second she started losing. Again.
en situation n | Teammate stole my kill, then flamed me in chat for being useless.
+ fr situation n | Mon coéquipier m'a volé le frag, puis m'a insulté dans le chat en me traitant de nul.
fr situation n | Le jeu m'a déconnecté en plein boss final, et la sauvegarde automatique date d'une heure.
+ en situation n | The game disconnected me mid-final-boss and the last autosave was an hour ago.
fr situation n | Au Scrabble, mon oncle conteste chaque mot que je pose, dictionnaire en main.
+ en situation n | At Scrabble, my uncle challenges every word I play, dictionary in hand.
en situation n | Sixty quid for the game and half of it is locked behind another paywall.
+ fr situation n | Soixante livres le jeu, et la moitié est bloquée derrière un autre paiement.
# situations: music and concerts
fr situation n | Billetterie ouverte à dix heures, file d'attente de quarante mille, complet à dix heures deux.
+ en situation n | Tickets went on sale at ten, forty thousand in the queue, sold out at two past.
en situation n | Some guy on his mate's shoulders blocked the whole stage for the entire gig.
+ fr situation n | Un type sur les épaules de son pote a caché toute la scène pendant tout le concert.
fr situation n | Le festival annule la tête d'affiche la veille et ne rembourse pas.
+ en situation n | The festival drops the headliner the night before and refuses refunds.
fr situation n | Au conservatoire, on a donné mon solo à la fille du directeur, sans audition. Mets quelque chose qui colle.
+ en situation n | At the conservatoire, they gave my solo to the director's daughter, no audition. Lights to suit, please.
# situations: films, series and books
fr situation n | On m'a spoilé la fin de la série dans les commentaires d'une vidéo de chat.
+ en situation n | Someone spoiled the end of the series in the comments on a cat video.
en situation n | Cinema sold our seats twice, and the manager told us to sit on the steps.
+ fr situation n | Le cinéma a vendu nos places deux fois, et le gérant nous a dit de nous asseoir sur les marches.
fr situation n | La suite du livre est repoussée pour la cinquième année. Cinquième.
+ en situation n | The sequel's been pushed back for the fifth year running. Fifth.
fr situation n | Mon coloc a emprunté mon livre de la bibliothèque et je paie l'amende de retard.
+ en situation n | My flatmate borrowed my library book and I'm the one paying the late fine.
# situations: travel and transport
fr situation n | Bus 38 en retard, puis complet, puis le suivant ne s'arrête pas.
+ en situation n | The 38 bus is late, then full, then the next one doesn't stop.
en situation n | Ryanair charged me forty-five euros to print a boarding pass at the desk.
+ fr situation n | Quarante-cinq euros pour imprimer une carte d'embarquement au comptoir.
fr situation n | La STM ferme la ligne orange tout le week-end, et aucun bus de remplacement.
+ en situation n | They close the orange line all weekend and there's no replacement bus.
fr situation h | Le contrôleur m'a mis une amende parce que mon abonnement n'était pas encore validé, à trente secondes près.
+ en situation h | The inspector fined me because my pass hadn't validated yet, thirty seconds too late.
en situation n | Train to Brighton cancelled, replacement bus, and the bus driver got lost. Put something on that fits.
+ fr situation n | Train pour Brighton annulé, bus de remplacement, et le chauffeur s'est perdu. Ambiance raccord, stp.
fr situation n | Les CFF ont supprimé le direct de dix-huit heures et personne n'a été prévenu. Lumière en conséquence.
+ en situation n | They cut the six p.m. direct train and nobody was told. Lighting to suit.
# situations: cars and driving
fr situation n | Encore un PV sur le pare-brise, alors que l'horodateur était en panne.
+ en situation n | Another ticket on the windscreen, and the parking meter was broken.
en situation n | Guy in the Tesla took two parking spaces at Costco. Two.
+ fr situation n | Le type en Tesla a pris deux places au parking du Costco. Deux.
fr situation n | Le garagiste m'annonce huit cents euros pour une pièce que j'ai trouvée à quatre-vingts en ligne.
+ en situation n | The mechanic quotes eight hundred euros for a part I found online for eighty.
fr situation n | Quelqu'un a embouti mon pare-chocs sur le parking du Delhaize et a filé.
+ en situation n | Someone dented my bumper in the supermarket car park and drove off.
en situation h | Bloke on the M50 undertook me, cut in, then brake-checked me. Lights, now.
+ fr situation h | Sur l'autoroute, un gars me double par la droite, se rabat, puis pile devant moi. Lumières, tout de suite.
fr situation n | Le péage de l'autoroute 30 m'a facturé trois passages pour un seul trajet.
+ en situation n | The bridge toll charged me three crossings for one trip.
# situations: weather and nature
fr situation n | Tempête annoncée depuis trois jours, et la commune n'a toujours pas élagué l'arbre qui penche sur l'école.
+ en situation n | Storm forecast for three days, and the council still hasn't trimmed the tree leaning over the school.
en situation n | Someone dumped an old mattress in the bush track again, right by the creek. Sort the lighting for that.
+ fr situation n | Quelqu'un a encore jeté un vieux matelas sur la piste, juste au bord du ruisseau. Adapte les lumières.
fr situation n | Des gens nourrissent les canards avec du pain moisi alors que c'est écrit en gros sur le panneau.
+ en situation n | People feeding mouldy bread to the ducks when the sign says not to in huge letters.
fr situation n | La déneigeuse a bouché mon entrée pour la troisième fois, juste après que j'ai pelleté.
+ en situation n | The snowplough blocked my driveway for the third time, right after I'd shovelled it.
# situations: gardening
fr situation n | Les limaces ont mangé toutes mes salades, et le voisin me dit que c'est parce que je n'y connais rien.
+ en situation n | Slugs ate all my lettuces, and the neighbour says it's because I haven't a clue.
en situation n | The landscaper poured concrete over the bulbs I'd just planted. Set the mood for that.
+ fr situation n | Le paysagiste a coulé du béton sur les bulbes que je venais de planter. Ambiance en conséquence.
fr situation n | Le voisin taille sa thuya et balance tout par-dessus la clôture, sur mes plates-bandes.
+ en situation n | The neighbour trims his conifers and chucks the lot over the fence onto my flower beds.
fr situation n | Quelqu'un a volé mes pots de géraniums sur le rebord de la fenêtre, en plein Bruxelles.
+ en situation n | Someone stole my geranium pots off the window ledge, right in the middle of Brussels.
# situations: money and bills
fr situation n | Hydro-Québec m'envoie une facture estimée de six cents dollars pour un trois et demie.
+ en situation n | The power company sends me a six-hundred-dollar estimated bill for a one-bedroom flat.
en situation n | Bank charged me a fee for "inactivity" on an account they made me open.
+ fr situation n | La banque me facture des frais d'« inactivité » sur un compte qu'elle m'a obligé à ouvrir.
fr situation n | L'abonnement de la salle a encore augmenté, et les douches sont froides depuis juin. Mets du son qui va avec.
+ en situation n | Gym membership went up again, and the showers have been cold since June. Music to match, please.
fr situation n | Mon proprio réclame deux mois de loyer pour une clé perdue par l'agence.
+ en situation n | My landlord wants two months' rent over a key the letting agency lost.
en situation h | Parking app charged me for the whole day. I was there twenty minutes.
+ fr situation h | L'appli de stationnement m'a facturé la journée entière. J'y suis resté vingt minutes.
# situations: administration and paperwork
fr situation n | La commune exige un acte de naissance de moins de trois mois. Je suis né il y a quarante ans.
+ en situation n | The council wants a birth certificate less than three months old. I was born forty years ago.
en situation n | HMRC put me on hold for ninety minutes, then the line just went dead.
+ fr situation n | Les impôts m'ont mis en attente quatre-vingt-dix minutes, puis la ligne a coupé net.
fr situation n | Troisième formulaire pour changer d'adresse, et ils écrivent toujours à l'ancienne.
+ en situation n | Third form to change my address, and they still write to the old one.
fr situation n | L'administration cantonale me réclame une attestation qu'elle est la seule à pouvoir délivrer.
+ en situation n | The canton's office wants a certificate that only they can issue.
en situation n | Passport office lost my application and says I have to pay the fee again.
+ fr situation n | Le bureau des passeports a perdu ma demande et me dit de repayer les frais.
# situations: technology and phones
fr situation n | Mot de passe refusé : il doit contenir une majuscule, un chiffre, un symbole, et pas celui d'avant.
+ en situation n | Password rejected: needs a capital, a number, a symbol, and it can't be the last one.
en situation n | Phone update moved every single button, and now I can't even answer a call. Change the room's mood.
+ fr situation n | La mise à jour a déplacé tous les boutons, je n'arrive même plus à décrocher. Change l'ambiance de la pièce.
fr situation n | Le chatbot du service client me répond « je n'ai pas compris » pour la douzième fois.
+ en situation n | The customer service chatbot says "I didn't understand" for the twelfth time.
fr situation n | Ma box internet redémarre toute seule pile pendant mes visios. Chaque fois.
+ en situation n | My router reboots itself right in the middle of my video calls. Every time.
# situations: internet and social media
fr situation n | Un inconnu me fait la morale sous la photo de mon bébé parce qu'il n'a pas de chapeau.
+ en situation n | A total stranger is lecturing me under my baby's photo because he's not wearing a hat.
en situation n | Someone reposted my painting as theirs and it went viral.
+ fr situation n | Quelqu'un a republié mon tableau comme si c'était le sien, et ça a fait le buzz.
fr situation n | Le groupe du quartier m'accuse d'avoir volé un colis parce que j'ai un hoodie gris.
+ en situation n | The neighbourhood group accuses me of stealing a parcel because I own a grey hoodie.
fr situation n | Mon compte suspendu sans explication, et aucun humain à contacter. Mets quelque chose d'assorti.
+ en situation n | Account suspended with no explanation and no human to contact. Put on something to match.
# situations: shopping
fr situation n | Deux caisses ouvertes sur douze un samedi à onze heures, chez Migros.
+ en situation n | Two tills open out of twelve at eleven on a Saturday.
en situation n | The self-checkout called for assistance eleven times for one bag of apples.
+ fr situation n | La caisse automatique a appelé un employé onze fois pour un seul sac de pommes.
fr situation n | Le vendeur m'a assuré que le canapé tiendrait dans l'escalier. Il ne tient pas, et pas de reprise. Mets-moi une ambiance qui va avec.
+ en situation n | The salesman swore the sofa would fit up the stairs. It doesn't, and no returns. Set the mood for that.
fr situation n | Un gars me passe devant à la caisse avec un chariot plein : « j'étais là avant ».
+ en situation n | A guy with a full trolley cuts in front of me at the till: "I was here first".
# situations: moving house
fr situation n | Premier juillet à Montréal : le locataire d'avant n'est pas parti, et mon camion attend dans la rue.
+ en situation n | Moving day: the last tenant hasn't left, and my truck is waiting in the street.
en situation n | Removal company turned up with a van half the size we paid for.
+ fr situation n | L'entreprise de déménagement est arrivée avec un camion deux fois plus petit que celui payé.
fr situation n | L'ancien locataire a laissé tous ses encombrants dans la cave, et c'est moi qui paie l'enlèvement.
+ en situation n | The old tenant left all his junk in the cellar, and I'm the one paying to have it removed.
# situations: holidays and celebrations
fr situation n | Le Père Noël du centre commercial a dit à mon fils qu'il avait été trop méchant pour un cadeau.
+ en situation n | The shopping centre Santa told my son he'd been too naughty for a present.
en situation n | Whole Thanksgiving dinner and my brother-in-law spent it mocking my job.
+ fr situation n | Tout le repas de Thanksgiving, mon beau-frère s'est moqué de mon métier.
fr situation n | Ma sœur a décommandé la fête des soixante ans de papa la veille, alors que j'avais tout payé.
+ en situation n | My sister called off Dad's sixtieth the night before, after I'd paid for everything.
fr situation n | Nuit de la Saint-Sylvestre, et les voisins lancent des pétards sur ma voiture.
+ en situation n | New Year's Eve, and the neighbours are throwing bangers at my car.
en situation n | Booked the Bank Holiday cottage months ago; the owner double-booked and kept our deposit. Match the lights to that.
+ fr situation n | Gîte du week-end férié réservé depuis des mois : le propriétaire a loué deux fois et garde notre acompte. Lumière adaptée, s'il te plaît.
# situations: religion and rituals
fr situation n | Pendant la prière de l'Aïd, quelqu'un a klaxonné sans arrêt devant la salle.
+ en situation n | During the Eid prayers, someone leant on their horn nonstop outside the hall.
en situation n | Someone stole the collection box from the church porch on Christmas Eve.
+ fr situation n | Quelqu'un a volé le tronc de l'église le soir de Noël.
fr situation n | À la communion de ma fille, le photographe est parti avant la photo de groupe.
+ en situation n | At my daughter's first communion, the photographer left before the group photo.
# situations: old age and grandparents
fr situation n | La caisse de retraite a suspendu la pension de papy parce qu'il n'a pas renvoyé un « certificat de vie ».
+ en situation n | The pension fund stopped grandad's pension because he didn't send back a "proof of life" form.
en situation n | Care home charged Mum for a hairdresser visit she never had.
+ fr situation n | L'EHPAD a facturé à maman une coiffeuse qu'elle n'a jamais vue.
fr situation n | Le livreur a laissé les courses de mamie en bas de l'immeuble. Elle a quatre-vingt-douze ans.
+ en situation n | The delivery driver left Nan's shopping at the bottom of the building. She's ninety-two.
fr situation n | Le guichet de la gare a fermé, et papy doit acheter ses billets sur une appli qu'il ne sait pas utiliser.
+ en situation n | The station ticket office closed, and grandad has to buy tickets on an app he can't use.
en situation h | A scammer rang Grandma pretending to be me and she sent him two thousand dollars.
+ fr situation h | Un escroc a appelé mamie en se faisant passer pour moi, et elle lui a envoyé deux mille dollars.
# situations: death and funerals
fr situation n | Le notaire a mis huit mois pour un papier, et il facture chaque appel. Mets quelque chose qui colle.
+ en situation n | The notary took eight months for one document, and bills for every phone call. Lights to suit, please.
en situation n | The phone company still won't close Dad's account unless he calls them himself.
+ fr situation n | L'opérateur refuse de fermer la ligne de papa tant qu'il n'appelle pas lui-même.
fr situation n | Mon frère n'est pas venu aux funérailles, mais il a appelé le lendemain pour la maison.
+ en situation n | My brother didn't come to the funeral, but he rang the next day about the house.
fr situation n | Le corbillard est arrivé avec une heure de retard et le chauffeur a haussé les épaules.
+ en situation n | The hearse turned up an hour late and the driver just shrugged.
# situations: birth and pregnancy
fr situation n | On m'a renvoyée de la maternité deux fois en me disant que je n'étais « pas encore assez ouverte ».
+ en situation n | The maternity ward sent me home twice saying I wasn't "dilated enough yet".
en situation n | Nine months pregnant and a man on the Tube told me to move my bump.
+ fr situation n | Enceinte de neuf mois, et un homme dans le métro m'a dit de pousser mon ventre.
fr situation n | Ma belle-mère a choisi le prénom du bébé et l'a annoncé à toute la famille.
+ en situation n | My mother-in-law picked the baby's name and announced it to the whole family.
fr situation n | Mon employeur a supprimé ma prime parce que j'étais en congé maternité.
+ en situation n | My employer cut my bonus because I was on maternity leave.
# situations: DIY and repairs
fr situation n | La notice du meuble saute l'étape quatre. Tout est monté à l'envers.
+ en situation n | The furniture instructions skip step four. Everything's built upside down.
en situation n | Hired a handyman for the gutter, he broke three roof tiles and still charged full price. Put something on that fits.
+ fr situation n | Le bricoleur est venu pour la gouttière, il a cassé trois tuiles et m'a fait payer plein tarif. Ambiance raccord, stp.
fr situation n | Mon voisin m'a rendu ma perceuse sans la batterie. Il jure qu'il n'y en avait pas.
+ en situation n | My neighbour gave my drill back without the battery. Swears it never had one.
fr situation n | Trois vis foirées d'affilée parce que le magasin m'a vendu le mauvais embout. Mets-moi une ambiance qui tape.
+ en situation n | Three stripped screws in a row because the shop sold me the wrong bit. Give me something that hits hard.
# situations: night and sleep
fr situation n | Deux heures du matin, et le voisin passe l'aspirateur.
+ en situation n | Two in the morning, and the neighbour is hoovering.
en situation n | Finally got the baby down and a car alarm went off for forty minutes.
+ fr situation n | J'ai enfin endormi le bébé, et une alarme de voiture a hurlé pendant quarante minutes.
fr situation n | Il ronfle, et il me reproche d'avoir mal dormi.
+ en situation n | He snores, and then he has a go at me for sleeping badly.
fr situation n | Quatre heures du mat, livraison de camion devant l'épicerie, moteur allumé, radio à fond.
+ en situation n | Four a.m., a lorry delivering to the corner shop, engine running, radio blaring.
# situations: city life
fr situation n | Le trottoir de la rue Sainte-Catherine est encore bloqué par des cônes orange, sans chantier.
+ en situation n | The pavement's blocked by orange cones again, and there's no roadwork anywhere.
en situation n | Guy spat right next to my shoe on Grafton Street and looked at me like I was the problem.
+ fr situation n | Un type a craché juste à côté de ma chaussure dans la rue et m'a regardé comme si c'était moi le problème.
fr situation n | Le tram de Genève est passé sans s'arrêter, le chauffeur m'a même regardée. Adapte les lumières.
+ en situation n | The tram went straight past without stopping, and the driver even looked at me. Sort the lighting for that.
fr situation n | Quelqu'un a volé la roue avant de mon vélo. Juste la roue.
+ en situation n | Someone stole my bike's front wheel. Just the wheel.
en situation n | Rent's up four hundred a month and the lift's been broken since March.
+ fr situation n | Loyer en hausse de quatre cents par mois, et l'ascenseur est en panne depuis mars.
# situations: countryside and farming
fr situation n | Des promeneurs ont laissé leur chien courir après mes moutons, et ils rigolaient.
+ en situation n | Some walkers let their dog chase my sheep, and they were laughing.
en situation n | Buyer backed out of the cattle deal after I'd turned down two other offers.
+ fr situation n | L'acheteur s'est retiré de la vente du bétail alors que j'avais refusé deux autres offres.
fr situation n | La laiterie baisse encore le prix du litre, et le gazole augmente.
+ en situation n | The dairy drops the milk price again, and diesel goes up.
fr situation n | Encore des sacs-poubelles jetés dans mon champ, au bord de la départementale.
+ en situation n | More rubbish bags dumped in my field by the main road.
# situations: sea and mountains
fr situation n | Le télésiège tombe en panne, et on nous fait payer la journée complète quand même.
+ en situation n | The chairlift breaks down and they still charge us for the full day.
en situation n | Jet skiers ripping through the swimming area at Bondi like we're not even there.
+ fr situation n | Des jet-skis foncent dans la zone de baignade comme si on n'existait pas.
fr situation n | Le gardien du refuge a fermé la cuisine à dix-neuf heures pile, on arrivait trempés. Mets du son qui va avec.
+ en situation n | The hut warden shut the kitchen at seven on the dot, just as we arrived soaked. Music to match, please.
fr situation n | Un surfeur m'a piqué ma vague à Biarritz, et c'est lui qui m'a engueulé.
+ en situation n | A surfer dropped in on my wave, and he was the one yelling at me.
# situations: hobbies and crafts
fr situation n | Au club de couture, quelqu'un a utilisé mes ciseaux à tissu pour couper du papier.
+ en situation n | At sewing club, someone used my fabric scissors to cut paper.
en situation n | The model shop sold me a kit with half the pieces missing and won't take it back.
+ fr situation n | Le magasin de maquettes m'a vendu une boîte à moitié incomplète et refuse de la reprendre.
fr situation n | Au concours de photos du village, le gagnant a pris sa photo sur internet.
+ en situation n | The winner of the village photo contest pulled his picture off the internet.
# situations: volunteering
fr situation n | On a nettoyé la plage toute la matinée, et des fêtards l'ont re-salie le soir même.
+ en situation n | We cleaned the beach all morning, and partygoers trashed it again that same night.
en situation n | The food bank's van got clamped while we were unloading donations.
+ fr situation n | La camionnette de la banque alimentaire s'est pris un sabot pendant qu'on déchargeait les dons.
fr situation n | Trente bénévoles inscrits pour la collecte, quatre présents, et le président arrive à midi.
+ en situation n | Thirty volunteers signed up for the collection, four showed, and the chair rolls in at noon.
# situations: politics and news
fr situation n | Le député a voté contre la loi qu'il défendait pendant toute sa campagne.
+ en situation n | The MP voted against the very law he championed through his whole campaign.
en situation n | Council cut the library hours again and found money for a new roundabout sculpture. Change the room's mood.
+ fr situation n | La mairie réduit encore les horaires de la bibliothèque, mais trouve l'argent pour une sculpture de rond-point. Change l'ambiance de la pièce.
fr situation n | Encore un dirigeant de banque qui part avec un parachute doré après avoir coulé la boîte.
+ en situation n | Another bank boss walking off with a golden parachute after sinking the company.
# situations: science and discovery
fr situation n | Mon article refusé par un relecteur qui n'a visiblement lu que le résumé.
+ en situation n | My paper got rejected by a reviewer who clearly only read the abstract.
en situation n | Someone unplugged the lab freezer to charge their phone. Six months of samples.
+ fr situation n | Quelqu'un a débranché le congélateur du labo pour charger son téléphone. Six mois d'échantillons.
fr situation n | Le financement du projet coupé en plein milieu, la veille des premières mesures.
+ en situation n | Project funding cut halfway through, the day before the first measurements.
# situations: very short, spoken
fr situation n | Encore une coupure de courant, et le frigo plein.
+ en situation n | Another power cut, with a full fridge.
en situation n | Parcel "delivered". To a bush.
+ fr situation n | Colis « livré ». Dans une haie.
fr situation n | Facture de gaz : le double de l'an dernier.
+ en situation n | Gas bill: double last year's.
fr situation n | Mon vélo, encore crevé à cause des bris de verre devant le bar.
+ en situation n | My bike, punctured again by the broken glass outside the bar.
en situation n | Kids' school closed again for a staff training day nobody mentioned. Set the mood for that.
+ fr situation n | École encore fermée pour une journée pédagogique dont personne n'a parlé. Mets-moi une ambiance qui va avec.

# near the border with tristesse
fr situation h | Il m'a trompée avec ma meilleure amie, et ils ont osé venir ensemble à ma fête.
+ en situation h | He cheated on me with my best friend, and they had the nerve to come to my party together.
en situation n | The school cancelled my son's graduation trip because two other kids misbehaved.
+ fr situation n | L'école annule le voyage de fin d'année de mon fils parce que deux autres élèves ont fait les idiots.
fr situation n | Ma sœur a vendu les meubles de maman sans nous attendre, même pas une semaine après l'enterrement.
+ en situation n | My sister sold Mum's furniture without waiting for us, not even a week after the funeral.
fr negation n | Non, je ne pleure pas sur ce licenciement. J'ai juste envie de leur jeter mon badge à la figure.
+ en negation n | No, I'm not crying over this redundancy. I just want to throw my badge in their faces.
en situation n | My dog died because the vet on call didn't bother to pick up the phone.
+ fr situation n | Mon chien est mort parce que le vétérinaire de garde n'a pas daigné décrocher.
fr mixed n | Triste pour mon grand-père, oui, mais surtout furieux contre l'EHPAD qui nous a prévenus deux jours après.
+ en mixed n | Sad about my grandad, yes, but mostly furious at the care home for telling us two days later.
fr situation n | On a perdu le match à cause d'un arbitre acheté, et personne ne dira rien. J'en tremble.
+ en situation n | We lost because the ref was bought, and nobody will say a word. I'm shaking.
# near the border with inquietude
fr situation n | L'école ne m'a même pas appelée quand ma fille s'est cogné la tête à la récré.
+ en situation n | The school didn't even ring me when my daughter hit her head at break.
en situation n | The builder vanished with our deposit and now he's blocked my number.
+ fr situation n | Le maçon a disparu avec notre acompte, et maintenant il a bloqué mon numéro.
fr negation n | Je ne suis pas inquiète pour la suite, je suis furieuse qu'ils aient perdu mon dossier une troisième fois.
+ en negation n | I'm not worried about what comes next, I'm furious they lost my file a third time.
fr situation n | L'hôpital a donné les résultats de mon père à ma tante, sans son accord.
+ en situation n | The hospital gave my dad's results to my aunt without his consent.
en mixed n | A little worried for my son, but mainly livid that the coach let him play concussed.
+ fr mixed n | Un peu inquiet pour mon fils, mais surtout hors de moi que le coach l'ait laissé jouer avec une commotion.
fr situation n | La garderie a laissé partir mon fils avec un adulte qu'ils ne connaissaient pas. Il va bien, eux non. Lumière adaptée, s'il te plaît.
+ en situation n | The after-school club let my son leave with an adult they didn't know. He's fine. They won't be. Match the lights to that.
# near the border with panique
fr situation h | Un chauffard a grillé le feu et a failli écraser ma fille sur le passage piéton. Il a même rigolé.
+ en situation h | A driver ran the red and nearly hit my daughter on the crossing. He even laughed.
en situation h | Someone let off fireworks at the horses in the field, and now one's cut its leg on the fence.
+ fr situation h | Quelqu'un a tiré des feux d'artifice sur les chevaux du pré, et l'un s'est ouvert la jambe sur la clôture.
fr negation n | J'ai pas eu peur, non : j'ai eu la rage quand ce type a ouvert sa portière sur mon vélo sans regarder.
+ en negation n | I wasn't scared, no: I was raging when that guy flung his car door open on my bike without looking.
fr situation n | Le propriétaire savait que l'alarme incendie ne marchait pas, et il n'a rien fait pendant un an.
+ en situation n | The landlord knew the fire alarm didn't work and did nothing for a year.
en situation n | Lifeguard was on his phone while a kid went under. My husband pulled him out.
+ fr situation n | Le maître-nageur était sur son téléphone pendant qu'un gamin coulait. C'est mon mari qui l'a sorti.
# near the border with suspense
fr situation n | Le jury a rendu sa décision : la médaille va à la fille de l'entraîneur, au mépris des notes.
+ en situation n | The judges decided: the medal goes to the coach's daughter, scores be damned.
en situation n | Two hours on hold for the result, and they tell me to call back tomorrow.
+ fr situation n | Deux heures d'attente pour le résultat, et on me dit de rappeler demain.
fr situation n | Tirs au but truqués : le gardien était à trois mètres de sa ligne, et l'arbitre a validé.
+ en situation n | Rigged shootout: the keeper was three metres off his line, and the ref allowed it.
fr negation n | Pas de suspense là-dedans : le vote était plié d'avance, et ça me met hors de moi.
+ en negation n | No suspense at all: the vote was fixed from the start, and it drives me mad.
# near the border with detente
en situation n | Finally sat down with a tea after a twelve-hour shift and the landlord rings about "a quick viewing".
+ fr situation n | Enfin assise avec un thé après douze heures de garde, et le proprio appelle pour « une petite visite ».
fr situation n | Premier jour de vacances à la plage, et les voisins de serviette ont mis leur enceinte à fond. Mets quelque chose qui colle.
+ en situation n | First day of holiday on the beach, and the towel next door put their speaker on full blast. Lights to suit, please.
fr negation n | Ne me mets pas de musique zen, je n'ai aucune envie de me détendre après ce qu'il m'a dit.
+ en negation n | Don't put on zen music, I have zero wish to relax after what he said to me.
# long: the mood only clear from the whole
fr long n | J'arrive au guichet de la SAAQ à huit heures. On me donne le numéro quatre-vingt-douze. À midi, ils ferment pour le dîner. Je suis le quatre-vingt-onzième appelé.
+ en long n | I get to the licence office at eight. They give me ticket ninety-two. At noon they close for lunch. They've just called ninety-one.
en long n | I told the garage the noise was from the front. They replaced the exhaust. The noise is still there. They want three hundred pounds for the exhaust.
+ fr long n | J'ai dit au garage que le bruit venait de l'avant. Ils ont changé le pot d'échappement. Le bruit est toujours là. Ils veulent trois cents livres pour le pot.
fr long n | Ma fille a révisé tout le week-end. Lundi, le contrôle est reporté. Mardi, aussi. Mercredi, la prof le fait sans prévenir, le jour où elle est chez l'orthodontiste.
+ en long n | My daughter revised all weekend. Monday, the test is postponed. Tuesday, same. Wednesday, the teacher springs it on them, the day she's at the orthodontist.
fr long h | On a payé le voyage de classe en septembre. En janvier, l'école annule. En mars, toujours pas de remboursement. En mai, on nous demande de payer la sortie de fin d'année.
+ en long h | We paid for the class trip in September. In January the school cancels. In March, still no refund. In May, they ask us to pay for the end-of-year outing.
en long n | Booked the table for eight. We got there at eight. They seated us at nine. The kitchen closed at half nine and the waiter brought the bill with our starters.
+ fr long n | Table réservée pour vingt heures. Arrivés à vingt heures. Installés à vingt et une heures. La cuisine a fermé à vingt et une heures trente, et le serveur a apporté l'addition avec les entrées.
fr long n | J'ai rappelé l'assurance lundi, on m'a dit mardi. Mardi, on m'a dit jeudi. Jeudi, on m'a dit que mon dossier n'existait pas.
+ en long n | I called the insurer Monday, they said Tuesday. Tuesday, they said Thursday. Thursday, they said my claim didn't exist.
fr long n | Mon coloc a promis de payer sa part d'internet le premier. Puis le cinq. Puis « après ma paie ». Ce soir, il rentre avec une nouvelle console.
+ en long n | My flatmate promised to pay his share of the wifi on the first. Then the fifth. Then "after payday". Tonight he walks in with a new console.
en long h | The bus driver saw me running. He looked right at me. He closed the doors. Then he sat there for two minutes at the red light.
+ fr long h | Le chauffeur m'a vu courir. Il m'a regardé droit dans les yeux. Il a fermé les portes. Puis il est resté deux minutes au feu rouge.
fr long n | Le club m'a demandé de faire les gâteaux pour le tournoi. J'en ai fait quatre. Le soir, le président a remercié sa femme au micro pour la buvette.
+ en long n | The club asked me to bake for the tournament. I made four cakes. That night, the president thanked his wife on the mic for the refreshments.
fr long n | Six semaines pour avoir un rendez-vous chez le spécialiste à Lausanne. Deux heures de route. La secrétaire m'annonce qu'il est en congé. Personne n'a pensé à me prévenir.
+ en long n | Six weeks to get a specialist appointment. Two hours on the road. The receptionist says he's on leave. Nobody thought to tell me.
en long n | I asked the council to fix the streetlight in October. Again in November. In December my neighbour fell in the dark. Yesterday, the light came on.
+ fr long n | J'ai demandé à la commune de réparer le lampadaire en octobre. Puis en novembre. En décembre, ma voisine est tombée dans le noir. Hier, le lampadaire s'est rallumé.
fr long n | Ma fille a été sélectionnée pour le tournoi provincial. On a payé l'hôtel, l'essence, l'inscription. Arrivés sur place, l'entraîneur l'a laissée sur le banc tout le week-end.
+ en long n | My daughter made the provincial team. We paid the hotel, the gas, the entry. Once there, the coach left her on the bench all weekend.
fr long n | Ce matin, la voisine m'a demandé de baisser la musique. Il était onze heures. Ce soir, chez elle, ça braille jusqu'à deux heures.
+ en long n | This morning the neighbour asked me to turn my music down. It was eleven a.m. Tonight, at hers, they're yelling till two.
# negation: what remains is anger
fr negation n | Je ne suis pas de mauvaise humeur, je suis en rogne, nuance.
+ en negation n | I'm not in a bad mood, I'm hacked off. There's a difference.
en negation n | Not sad about the breakup. Livid about the text he sent my mum.
+ fr negation n | Pas triste pour la rupture. Furieuse pour le message qu'il a envoyé à ma mère.
fr negation n | Pas de lumière tamisée, non. Le magasin m'a encore pris pour un pigeon.
+ en negation n | No dimmed lights, no. The shop's taken me for a mug again.
fr negation n | Ce n'est pas du stress, c'est de l'exaspération : trois mois qu'on attend ce remboursement.
+ en negation n | It's not stress, it's exasperation: three months waiting on this refund.
en negation n | I'm not disappointed in the ref. I'm fuming.
+ fr negation n | Je ne suis pas déçu par l'arbitre. Je fulmine.
# mixed: anger dominant
fr mixed n | Content d'être en vacances, mais surtout furieux contre la compagnie qui a perdu nos valises.
+ en mixed n | Glad to be on holiday, but mostly furious at the airline that lost our bags.
en mixed n | Bit tired, but mostly raging at my manager for that email.
+ fr mixed n | Un peu crevée, mais surtout enragée contre le mail de mon manager.
fr mixed n | Un peu gêné d'avoir crié, mais franchement, il l'avait bien cherché.
+ en mixed n | A bit embarrassed I shouted, but honestly, he had it coming.
fr mixed n | Soulagée que l'examen soit fini, mais révoltée par les questions hors programme.
+ en mixed n | Relieved the exam's over, but outraged by the off-syllabus questions.
en mixed n | Proud of my team for finishing, but seething about the organisers who ran out of water.
+ fr mixed n | Fier de mon équipe d'avoir fini, mais bouillant contre les organisateurs à court d'eau.
fr mixed n | J'ai un peu de peine pour lui, mais il m'a menti en face, et ça ne passe pas.
+ en mixed n | I feel a bit sorry for him, but he lied to my face, and I can't let it go.
fr mixed n | Amusé au début par ses excuses, et maintenant franchement excédé.
+ en mixed n | Amused by his excuses at first, and now completely fed up.
en mixed n | Half laughing, half ready to throw the printer out the window.
+ fr mixed n | Moitié en train de rire, moitié prêt à jeter l'imprimante par la fenêtre.
# slang_emoji
fr slang_emoji h | wsh le contrôleur m'a mis 50 balles alors que le composteur marchait pas 🤬
+ en slang_emoji h | bro the inspector fined me 50 quid and the ticket machine was broken 🤬
en slang_emoji n | tbh so done with this group project, nobody's replied in 4 days 🙄💢
+ fr slang_emoji n | franchement j'en peux plus de ce projet de groupe, personne répond depuis 4 jours 🙄💢
fr slang_emoji n | mdr non. mon frère a pris ma manette ET ma place sur le canap 😤🎮
+ en slang_emoji n | lol no. my brother took my controller AND my spot on the couch 😤🎮
fr slang_emoji h | c'est quoi ce délire, on m'a volé mon colis dans le hall 😡📦
+ en slang_emoji h | what the actual hell, someone nicked my parcel from the lobby 😡📦
en slang_emoji n | ngl that ref needs glasses 🤬⚽ wtf was that call
+ fr slang_emoji n | sérieux cet arbitre a besoin de lunettes 🤬⚽ c quoi cette décision
fr slang_emoji n | tabarnak, encore un nid-de-poule qui m'a crevé un pneu 😤
+ en slang_emoji n | ffs, another pothole just blew my tyre 😤
fr slang_emoji h | ils m'ont recalé au permis pour un clignotant 🙃😡 jpp
+ en slang_emoji h | failed my driving test over one indicator 🙃😡 can't even
fr slang_emoji n | le wifi du train qui marche 2 min sur 30, on est en 2024 les gars 💢
+ en slang_emoji n | train wifi works 2 min out of 30, it's literally 2024 people 💢
# typo
fr typo n | le plombier est pa venu ENCOR, jai posé ma journé pr rien
+ en typo n | plumber didnt show up AGAIN, took the whole day of for nothing
en typo n | cant beleive they charged me twice for the same bloody parcel
+ fr typo n | jarrive pa a croire kils mont facturé 2 fois le meme colis
fr typo h | jsui ouf la, le voisin a encor bouché mon garage avec sa camionette
+ en typo h | im fuming, neighbour blocked my garage w his van agian
fr typo n | pkoi personne range jamais rien ds cette maison sérieux
+ en typo n | why does nobody ever put anythign away in this house seriously
en typo n | my boss scheduled a meetign at 5.30 on a friday again ugh
+ fr typo n | mon boss a encor mis une reunion a 17h30 un vendredi pfff
fr typo n | la banque ma debité 2 fois le loyer et ils disent dattendre 10 jours
+ en typo n | bank took the rent out twice and they say to wait 10 days
fr typo n | ma soeur a pris mon pull sans demandé ET elle la taché
+ en typo n | my sister took my jumper without askin AND she stained it
# wish: feeling plus colour or brightness request
fr wish h c=red;orange b=bright | Le proprio refuse encore de réparer le chauffage, mets du rouge et de l'orange à fond.
+ en wish h c=red;orange b=bright | The landlord still won't fix the heating, red and orange, full blast.
en wish n c=red b=dim | I'm cross with the kids, go red but keep it dim, the baby's asleep.
+ fr wish n c=red b=dim | Je suis fâchée contre les grands, mets du rouge mais tamisé, le bébé dort.
fr wish n c=red;amber | On a perdu sur un but hors-jeu, je bous. Rouge et ambre, s'il te plaît.
+ en wish n c=red;amber | We lost on an offside goal, I'm boiling. Red and amber, please.
fr wish h c=red;purple b=bright | Le garagiste m'a encore arnaqué, balance du rouge et du violet, bien fort.
+ en wish h c=red;purple b=bright | The mechanic's ripped me off again, throw some red and purple, nice and strong.
en wish n c=orange b=bright | Stuck behind a tractor for twenty minutes, I'm seething. Bright orange, go.
+ fr wish n c=orange b=bright | Coincé vingt minutes derrière un tracteur, je fulmine. Orange vif, vas-y.
# explicit: anger named in varied words
fr explicit n | Je suis en pétard contre la compagnie d'électricité.
+ en explicit n | I'm hopping mad at the power company.
en explicit n | Honestly, I'm so angry I can't think straight.
+ fr explicit n | Franchement, je suis tellement en colère que je n'arrive plus à réfléchir.
fr explicit h | Je suis en furie, il a recommencé.
+ en explicit h | I'm in a rage, he's done it again.
fr explicit n | Ça m'énerve au plus haut point, cette histoire de parking.
+ en explicit n | This parking business is driving me up the wall.
en explicit n | I'm properly pissed off with the landlord.
+ fr explicit n | Je suis vraiment furax contre le proprio.

"""

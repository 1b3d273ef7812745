"""colere: third wave, triads with victoire and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | L'inspecteur m'a recalé au permis moto en dix secondes, il avait décidé avant même que je démarre.
+ en situation n | The examiner failed me on the motorbike test in ten seconds, he'd made up his mind before I even started.
# triad 02
en situation h | The team lead promotion went to the boss's nephew, who joined the company four months ago.
+ fr situation h | Le poste de chef d'équipe est allé au neveu du patron, arrivé dans la boîte il y a quatre mois.
# triad 03
fr situation n | Le jury du concours de pâtisserie a donné le prix à la femme du maire sans même goûter mon fraisier.
+ en situation n | The baking contest judges gave the prize to the mayor's wife without even tasting my strawberry cake.
# triad 04
en situation n | The marathon organisers started us forty minutes late, then closed the finish line before I got there.
+ fr situation n | Les organisateurs du marathon nous ont fait partir avec quarante minutes de retard, puis ont fermé l'arrivée avant mon passage.
# triad 05
fr situation h | La correctrice a sauté une page entière de ma copie du bac de français, et j'ai six.
+ en situation h | The examiner skipped an entire page of my French exam paper, and I got a six.
# triad 06
en situation n | Three rounds of interviews and a take-home test, and now I learn the job was promised internally from the start.
+ fr situation n | Trois entretiens et un test maison, et j'apprends que le poste était promis en interne depuis le début.
# triad 07
fr situation h | L'arbitre a sifflé un jet de sept mètres imaginaire à la dernière seconde, et on perd la coupe du département.
+ en situation h | The referee gave an imaginary penalty throw in the last second, and we lose the county cup.
# triad 08
en situation h | The grant committee rejected our research project, then funded an identical one from its chair's own lab.
+ fr situation h | Le comité a rejeté notre projet de recherche, puis financé un projet identique venant du labo de son président.
# triad 09
fr situation h | Le voisin a arraché mes géraniums la veille du concours des maisons fleuries, et il ose encore me saluer.
+ en situation h | The neighbour ripped out my geraniums the night before the flower display contest, and he still dares to say hello.
# triad 10
fr situation h | Un admin a mis notre finale d'e-sport en pause pile quand on gagnait, et il refuse de la rejouer.
+ en situation h | An admin paused our esports final right when we were winning, and he refuses to replay it.
# triad 11
fr situation n | Quelqu'un a fait fuiter les sujets du concours de prof des écoles, et on doit tout repasser en juin.
+ en situation n | Someone leaked the primary teaching exam papers, and now we all have to sit it again in June.
# triad 12
en situation n | The director gave the lead to his girlfriend without even holding the auditions he'd announced.
+ fr situation n | Le metteur en scène a donné le premier rôle à sa copine sans même faire les auditions annoncées.
# triad 13
fr situation n | L'artisan a encaissé l'acompte pour la salle de bain et ne répond plus depuis six semaines.
+ en situation n | The tiler cashed the deposit for the bathroom and hasn't answered in six weeks.
# triad 14
en situation h | My co-founder emptied the company account and walked off with our client list.
+ fr situation h | Mon associé a vidé le compte de la boîte et il est parti avec notre fichier clients.
# triad 15
fr situation n | Le juge d'agility a disqualifié ma chienne pour une barre tombée après la ligne, et refuse de revoir la vidéo.
+ en situation n | The agility judge disqualified my dog for a pole knocked down after the finish, and won't look at the video.
# triad 16
fr situation n | Le club a changé l'heure de la finale de tennis de table sans me prévenir, et m'a déclaré forfait.
+ en situation n | The club moved the table tennis final without telling me, then declared I'd forfeited.
# triad 17
fr situation h | Un éditeur a refusé mon manuscrit, et six mois plus tard il publie la même histoire sous un autre nom.
+ en situation h | A publisher turned down my manuscript, and six months later he puts out the same story under another name.
# triad 18
en situation n | The jury chatted on their phones through my whole piano exam, then failed me.
+ fr situation n | Le jury a discuté sur son téléphone pendant tout mon examen de piano, puis m'a recalé.
# triad 19
fr situation h | Le vendeur a accepté notre offre, puis vendu la maison à quelqu'un d'autre pour dix mille euros de plus.
+ en situation h | The seller accepted our offer, then sold the house to someone else for ten thousand more.
# triad 20
en situation n | The rehab centre gave my session to a private patient, the third cancellation this month.
+ fr situation n | Le centre de rééducation a donné ma séance à un patient privé, troisième annulation ce mois-ci.
# triad 21
fr situation h | La préfecture a perdu mon dossier de naturalisation pour la deuxième fois, et me demande de tout refaire.
+ en situation h | The prefecture lost my citizenship file for the second time, and wants me to start all over.
# triad 22
en situation n | The science fair prize went to a kid whose engineer dad obviously built the whole thing.
+ fr situation n | Le prix du concours de sciences est allé à un gamin dont le père ingénieur a visiblement tout fabriqué.
# triad 23
fr situation h | Mon manager a annulé mon projet la veille de la livraison pour relancer exactement le même avec son équipe.
+ en situation h | My manager cancelled my project the day before delivery, to relaunch exactly the same thing with his own team.
# triad 24
fr situation n | Quelqu'un a dégonflé mes pneus au départ de la montée du Ventoux, et les organisateurs ont haussé les épaules.
+ en situation n | Someone let the air out of my tyres at the start of the Ventoux climb, and the organisers just shrugged.
# triad 25
fr situation n | La mairie a ignoré notre pétition de quatre cents signatures pour faire plaisir à un promoteur.
+ en situation n | The council ignored our four-hundred-signature petition to keep a property developer happy.
# triad 26
en situation h | The show judges disqualified my cheese over a typo on the label, and gave gold to the industrial dairy.
+ fr situation h | Le jury du salon a disqualifié mon fromage pour une faute sur l'étiquette, et donné l'or à la laiterie industrielle.
# triad 27
fr situation n | Mon adversaire aux échecs consultait son téléphone aux toilettes, et l'arbitre refuse de l'exclure.
+ en situation n | My chess opponent was checking his phone in the toilets, and the arbiter refuses to throw him out.
# triad 28
en situation h | My colleague put his name on the tower sale I closed, and pocketed the whole commission.
+ fr situation h | Mon collègue a signé de son nom la vente de la tour que j'ai conclue, et empoché toute la commission.
# triad 29
fr situation h | Mon directeur de mémoire a publié mes résultats sous son nom, sans même me citer.
+ en situation h | My thesis supervisor published my results under his own name, without even crediting me.
# triad 30
en situation n | The guide cancelled our Mont Blanc climb that very morning and is keeping all the money, no explanation.
+ fr situation n | Le guide a annulé notre ascension du mont Blanc le matin même et garde tout l'argent, sans explication.
# triad 31
fr situation n | Un client vexé a inventé une intoxication dans ses avis, et notre restaurant perd ses réservations.
+ en situation n | A sulking customer made up a food poisoning story in his reviews, and our restaurant is losing bookings.
# triad 32
en situation h | The teacher put my dyslexic son at the back of the class and wrote 'lazy' on his report.
+ fr situation h | La maîtresse a mis mon fils dyslexique au fond de la classe et écrit « paresseux » sur son bulletin.
# triad 33
fr situation h | Le trésorier de l'association a pioché dans la caisse de la collecte, dix mille euros envolés.
+ en situation h | The charity's treasurer dipped into the fundraiser's till, ten thousand euros gone.
# triad 34
fr situation n | Le directeur de la piscine a annulé nos créneaux d'entraînement pour une soirée privée, à deux semaines du championnat.
+ en situation n | The pool manager cancelled our training slots for a private party, two weeks before the championship.
# triad 35
fr situation h | Le tremplin rock était truqué, le gagnant est le fils de l'organisateur, annoncé avant même le vote du public.
+ en situation h | The battle of the bands was rigged, the winner is the organiser's son, announced before the audience even voted.
# triad 36
en situation h | A big company copied my app screen by screen, and the store refuses to take it down.
+ fr situation h | Une grosse boîte a copié mon appli écran par écran, et le store refuse de la retirer.
# triad 37
fr situation n | Sur le chemin de Compostelle, le gîte refuse ma réservation : à soixante-seize ans, je serais « un risque ».
+ en situation n | The hostel refused my booking on the Camino because at seventy-six I'd apparently be 'a risk'.
# triad 38
en situation h | The garage kept my Renault 4 for three months and sold the original parts behind my back.
+ fr situation h | Le garage a gardé ma Renault 4 trois mois et revendu les pièces d'origine dans mon dos.
# triad 39
fr situation n | Vingt kilos perdus en un an, et ma belle-mère dit devant tout le monde que j'ai sûrement pris des pilules.
+ en situation n | Twenty kilos lost in a year, and my mother-in-law tells everyone I must have taken pills.
# triad 40
fr situation h | Un magazine a mis ma photo de renard en couverture sans me demander ni me payer un centime.
+ en situation h | A magazine put my fox photo on its cover without asking me or paying me a cent.
# triad 41
fr situation h | On apprend que les sujets de l'examen de médecine circulaient la veille dans une prépa privée à cinq mille euros.
+ en situation h | Turns out the medical exam questions were circulating the day before at a five-thousand-euro private cram school.
# triad 42
en situation n | A parent got me removed as coach of the under-twelves because his son wasn't in the starting line-up.
+ fr situation n | Un parent m'a fait retirer l'équipe des moins de douze ans parce que son fils n'était pas titulaire.
# triad 43
fr situation n | Le centre d'examen de japonais a perdu ma copie et refuse de me rembourser l'inscription.
+ en situation n | The Japanese exam centre lost my paper and refuses to refund my registration fee.
# triad 44
fr situation n | Les déménageurs sont arrivés avec cinq heures de retard, puis nous ont facturé un supplément pour les cinq étages.
+ en situation n | The movers showed up five hours late, then charged us extra for the five floors.
# triad 45
fr situation h | Les impôts me réclament huit cents euros pour un bug de leur logiciel, et il faut payer avant de contester.
+ en situation h | The tax office wants eight hundred euros over their own software bug, and I must pay before disputing it.
# triad 46
en situation n | My flatmate put my hand-knitted wool jumper in the dryer, even though I'd labelled it.
+ fr situation n | Ma coloc a mis mon pull en laine tricoté main au sèche-linge, alors que j'avais mis une étiquette.
# triad 47
fr situation h | Mon adversaire aux municipales a fait distribuer des tracts qui m'inventent une condamnation.
+ en situation h | My opponent in the local election had leaflets handed out inventing a criminal record for me.
# triad 48
en situation h | The producer recut our short film without telling us and put his own name in the credits.
+ fr situation h | Le producteur a remonté notre court-métrage sans nous prévenir et a mis son nom au générique.
# triad 49
fr situation h | La cadre m'a collé une quatrième garde de nuit cette semaine, alors que sa protégée a tous ses week-ends.
+ en situation h | The ward manager stuck me with a fourth night shift this week, while her favourite gets every weekend off.
# triad 50
fr situation h | Le comité de course a changé le parcours de la régate sans nous prévenir par radio, puis nous a disqualifiés.
+ en situation h | The race committee changed the regatta course without radioing us, then disqualified us.
# triad 51
fr situation h | Un élève d'une autre école a débranché le robot de ma classe juste avant notre passage au concours.
+ en situation h | A pupil from another school unplugged my class's robot just before our turn at the contest.
# triad 52
en situation h | Out of pure spite, the neighbour reported our rescue dog as dangerous, and now he has to wear a muzzle.
+ fr situation h | Par pure rancune, le voisin a déclaré notre chien adopté dangereux, et il doit maintenant porter une muselière.
# triad 53
fr situation h | L'arbitre a donné le combat au gamin du club qui recevait, alors que je l'ai dominé les trois rounds.
+ en situation h | The referee gave the bout to the home club's kid, even though I dominated him for all three rounds.
# triad 54
fr situation n | Le centre d'examen m'a recalé au code parce que leur tablette a planté, et ils me font repayer.
+ en situation n | The test centre failed me on the theory test because their tablet crashed, and they're making me pay again.
# triad 55
fr situation h | Le chef d'atelier m'a fait porter son erreur de cote devant le client, sans le moindre scrupule.
+ en situation h | The workshop foreman pinned his own measuring mistake on me in front of the client, without a second thought.
# triad 56
en situation h | People mass-reported my cooking channel, and it got deleted with no way to appeal.
+ fr situation h | Des gens ont signalé ma chaîne de cuisine en masse, et elle a été supprimée sans recours.
# triad 57
fr situation n | Le curé a donné notre créneau de répétition à un mariage payant, à trois jours du concert.
+ en situation n | The priest gave our rehearsal slot to a paying wedding, three days before the concert.
# triad 58
en situation h | The school lost my son's application, and now they say it's too late to consider it.
+ fr situation h | L'école a perdu le dossier de candidature de mon fils, et maintenant il est trop tard pour l'examiner.
# triad 59
fr situation h | Le relecteur a bloqué mon article six mois, puis publié des résultats identiques avant moi.
+ en situation h | The reviewer sat on my paper for six months, then published identical results before me.
# triad 60
fr situation n | Mon beau-frère est arrivé trois heures en retard au réveillon et s'est plaint que la dinde était sèche.
+ en situation n | My brother-in-law turned up three hours late for Christmas dinner and complained the turkey was dry.
# triad 61
fr situation h | Une boutique a copié mes bougies artisanales et les vend deux fois moins cher, avec mes propres photos.
+ en situation h | A shop copied my handmade candles and sells them at half the price, using my own photos.
# triad 62
fr situation h | La caserne a refusé ma candidature de pompière volontaire parce que je suis une femme, le chef l'a dit clairement.
+ en situation h | The fire station turned down my volunteer application because I'm a woman, the chief said it plainly.
# triad 63
fr situation n | Le jury de la meilleure baguette a couronné une boulangerie qui achète sa pâte surgelée, tout le monde le sait.
+ en situation n | The best baguette judges crowned a bakery that buys frozen dough, and everyone knows it.
# triad 64
fr situation h | Le client a utilisé toute ma traduction, puis refuse de payer en disant que c'était « juste un test ».
+ en situation h | The client used my whole translation, then refuses to pay, saying it was 'just a test'.
# triad 65
fr slang_emoji h | la fac a perdu ma copie de rattrapage et me met défaillant, srx ils se foutent de nous 😡
+ en slang_emoji h | uni lost my resit paper and marked me absent, srsly they're taking the piss 😡
# triad 66
en typo h | the panel failed me on my black belt but passed there own student who forgot the kata
+ fr typo h | le jury ma recalé a la ceinture noire mais a fait passé son eleve qui a oublié le kata
# triad 67
fr mixed h | Un peu déçu, mais surtout furieux : l'arbitre du triathlon m'a pénalisé pour un drafting jamais fait.
+ en mixed h | A bit disappointed, but mostly livid: the triathlon referee penalised me for drafting I never did.
# triad 68
en situation n | Bar exam results pushed back five months: the board mislaid papers, mine included, without a word of apology.
+ fr situation n | Résultats du barreau repoussés de cinq mois : le jury a égaré des copies, dont la mienne, sans un mot d'excuse.
# triad 69
fr situation h | La compagnie aérienne a cassé mon vélo au retour d'Istanbul et refuse toute indemnisation.
+ en situation h | The airline broke my bike on the way back from Istanbul and refuses any compensation.
# triad 70
fr situation h | Quelqu'un a volé deux tonnes de raisin dans nos vignes en pleine nuit, juste avant les vendanges.
+ en situation h | Someone stole two tonnes of grapes from our vines in the middle of the night, right before the harvest.
# triad 71
en situation h | Another troupe stole my choreography from our video and won the regional contest with it.
+ fr situation h | Une autre troupe a volé ma chorégraphie sur notre vidéo et a gagné le concours régional avec.
# triad 72
fr situation h | L'administration a refusé l'aide pour le handicap de mon fils sans même lire son dossier médical de quarante pages.
+ en situation h | The authority refused my son's disability allowance without even reading his forty-page medical file.
# triad 73
fr situation n | L'animateur du quiz a donné la victoire à l'équipe de ses potes alors que notre réponse était juste.
+ en situation n | The quiz host gave the win to his mates' team even though our answer was right.
# triad 74
fr situation h | Un collègue a effacé mes diapos sur le serveur partagé une heure avant ma présentation au comité.
+ en situation h | A colleague deleted my slides from the shared server an hour before my presentation to the committee.
# triad 75
en situation h | A colleague poured vodka into my orange juice 'as a joke', knowing full well I've quit.
+ fr situation h | Un collègue a versé de la vodka dans mon jus d'orange « pour rire », sachant que j'ai arrêté.
# triad 76
fr situation h | La propriétaire du centre équestre a donné ma jument à sa fille pour le concours, la veille au soir.
+ en situation h | The riding centre owner gave my mare to her own daughter for the contest, the night before.
# triad 77
en situation h | Eight months after the employment tribunal ruling, my old boss still hasn't paid a cent.
+ fr situation h | Huit mois après la décision des prud'hommes, mon ancien patron n'a toujours pas versé un centime.
# triad 78
fr situation h | Un skieur m'a percuté à pleine vitesse sur la piste noire et il est reparti sans même s'arrêter.
+ en situation h | A skier slammed into me at full speed on the black run and carried on without even stopping.
# triad 79
fr situation n | La maîtresse a disqualifié ma fille du concours d'orthographe pour avoir chuchoté, alors que c'était son voisin.
+ en situation n | The teacher disqualified my daughter from the spelling bee for whispering, when it was the boy next to her.
# triad 80
fr situation h | Le préfet a autorisé le bétonnage du marais en plein été, alors que notre recours était encore en cours.
+ en situation h | The prefect approved concreting over the marsh in midsummer, while our appeal was still pending.
# triad 81
fr situation n | Le réparateur a mis un écran de contrefaçon sur mon téléphone et me l'a facturé au prix de l'original.
+ en situation n | The repair shop put a fake screen on my phone and charged me the price of the original.
# triad 82
fr typo h | l'ecole d'aide soignante ma viré a 2 mois du diplome pasque la directrice peut pas me voir
+ en typo h | the care assistant school kicked me out 2 months before the diplma cuz the head cant stand me
# triad 83
en slang_emoji h | the bowling alley 'lost' our scores and handed the trophy to the owner's team 🙄😡
+ fr slang_emoji h | le bowling a « perdu » nos scores et filé le trophée à l'équipe du patron 🙄😡
# triad 84
en mixed h | Tired, sure, but mostly livid: the organiser kept our entry fees and cancelled the bay swim.
+ fr mixed h | Fatigué, oui, mais surtout furieux : l'organisateur a gardé nos inscriptions et annulé la traversée de la baie.
"""

"""colere: third wave, triads with inquietude and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Le véto a facturé 300 euros pour le chien sans même l'examiner, il a juste lu son carnet.
+ en situation n | The vet charged 300 euros for the dog without even examining him, he just read his record book.

# triad 02
fr situation h | Mon poste a été supprimé pendant mes congés, et je l'ai appris par un mail groupé.
+ en situation h | My job was cut while I was on leave, and I found out through a group email.

# triad 03
fr situation h | Le prof de maths a mis zéro à toute la classe au bac blanc parce qu'un seul élève a triché.
+ en situation h | The maths teacher gave the whole class zero on the mock exam because one pupil cheated.

# triad 04
en situation h | Grandma waited eleven hours on a trolley in A&E and nobody even gave her a glass of water.
+ fr situation h | Mamie a attendu onze heures sur un brancard aux urgences, et personne ne lui a même donné un verre d'eau.

# triad 05
fr situation h | TGV supprimé, et le contrôleur veut quand même me mettre une amende parce que je prends le suivant.
+ en situation h | TGV cancelled, and the conductor still wants to fine me for getting on the next one.

# triad 06
fr situation n | Le voisin a abattu notre tilleul qui dépassait chez lui, sans même frapper à la porte.
+ en situation n | The neighbour cut down our lime tree because it hung over his side, without even knocking on the door.

# triad 07
fr situation h | La banque a bloqué mon salaire pour « vérification », puis m'a facturé les frais du découvert.
+ en situation h | The bank froze my salary "for verification", then charged me the overdraft fees.

# triad 08
en situation h | The repair shop wiped all my photos while changing the screen, and now they say it's my fault.
+ fr situation h | Le réparateur a effacé toutes mes photos en changeant l'écran, et maintenant il dit que c'est de ma faute.

# triad 09
fr situation h | Un joueur adverse a taclé mon fils au genou exprès, et l'arbitre n'a même pas sifflé.
+ en situation h | An opposing player went for my son's knee on purpose, and the ref didn't even blow the whistle.

# triad 10
fr situation h | Le voisin met du poison dans son jardin pour les chats, et il s'en vante en rigolant.
+ en situation h | The neighbour puts poison in his garden for the cats, and he brags about it, laughing.

# triad 11
fr situation h | La préfecture m'a fait venir à 6 h du matin pour un rendez-vous qu'elle avait annulé sans prévenir.
+ en situation h | The prefecture had me turn up at 6 a.m. for an appointment they'd cancelled without telling me.

# triad 12
en situation n | My brother forgot Mum's birthday again, then had the nerve to post photos of his night out.
+ fr situation n | Mon frère a encore oublié l'anniversaire de maman, et il a eu le culot de poster les photos de sa soirée.

# triad 13
fr situation h | Quelqu'un a rayé toute la portière de ma voiture neuve sur le parking, et évidemment pas un mot.
+ en situation h | Someone keyed the whole door of my new car in the car park, and of course no note.

# triad 14
fr situation h | Le voisin a emprunté sans demander le filet anti-grêle du potager, et la grêle a tout haché chez moi.
+ en situation h | The neighbour borrowed the hail net from my vegetable patch without asking, and the hail shredded everything at mine.

# triad 15
en situation h | The airline cancelled our holiday flight by text at 2 a.m. and won't refund a penny.
+ fr situation h | La compagnie a annulé notre vol de vacances par SMS à 2 h du matin, et refuse de rembourser le moindre centime.

# triad 16
fr mixed h | Blessée, oui, mais surtout furieuse : ma meilleure amie a invité toute la bande à son mariage sauf moi.
+ en mixed h | Hurt, yes, but mostly furious: my best friend invited the whole gang to her wedding except me.

# triad 17
fr situation n | La voisine jette encore ses sacs poubelle dans notre jardin et jure que ce sont les nôtres.
+ en situation n | The neighbour keeps throwing her rubbish bags into our garden and swears they're ours.

# triad 18
fr situation h | Trois gamins volent le goûter de mon fils à l'école, et la directrice parle de jeux d'enfants.
+ en situation h | Three kids steal my son's snack at school, and the headteacher calls it kids' games.

# triad 19
en situation h | The care home lost Dad's dentures and is charging him 600 euros for a new set.
+ fr situation h | La maison de retraite a perdu le dentier de papa et lui facture 600 euros pour un nouveau.

# triad 20
fr situation h | La mairie ferme l'école du village sans consulter personne, et le maire n'est même pas venu à la réunion.
+ en situation h | The council is closing the village school without asking anyone, and the mayor didn't even show up to the meeting.

# triad 21
fr situation n | Compte piraté, et le service client me renvoie vers un robot qui tourne en boucle depuis trois jours.
+ en situation n | Account hacked, and customer service keeps sending me to a bot that's been going round in circles for three days.

# triad 22
fr situation h | Les déménageurs ont laissé le buffet de grand-mère sous la pluie pendant leur pause d'une heure.
+ en situation h | The movers left Grandma's sideboard out in the rain during their hour-long break.

# triad 23
en situation h | The restaurant made us wait an hour and a half, then served the table that came in after us.
+ fr situation h | Le restaurant nous a fait attendre une heure et demie, puis a servi la table arrivée après nous.

# triad 24
fr situation n | L'échographiste a bâclé le rendez-vous en dix minutes, au téléphone, et nous a quand même facturé le dépassement.
+ en situation n | The sonographer rushed the appointment in ten minutes, on the phone, and still charged us the extra fee.

# triad 25
fr situation h | Le prêtre a écorché le prénom de mamie trois fois et a expédié l'enterrement en quinze minutes.
+ en situation h | The priest got Grandma's name wrong three times and rushed through the funeral in fifteen minutes.

# triad 26
fr situation h | Le client refuse de payer la terrasse que j'ai posée, le bois ne lui plaît soudain plus.
+ en situation h | The client won't pay for the deck I laid, suddenly he doesn't like the wood.

# triad 27
en situation h | Concert cancelled an hour before doors, and the ticket site refuses to refund us.
+ fr situation h | Concert annulé une heure avant l'ouverture, et le site de billetterie refuse de nous rembourser.

# triad 28
fr situation n | Quelqu'un a arraché les dernières pages du polar de la bibliothèque, j'ai lu 400 pages pour rien.
+ en situation n | Someone tore out the last pages of the library's crime novel, I read 400 pages for nothing.

# triad 29
fr slang_emoji h | le mec a triché avec un aimbot toute la partie et c'est MOI qui me fais ban 🤬🤬 jsuis vénère
+ en slang_emoji h | the guy was using an aimbot the whole game and I'M the one who gets banned 🤬🤬 so mad rn

# triad 30
fr situation h | L'expert de l'assurance a regardé la cave inondée depuis la porte, sans descendre, et nous propose 200 euros.
+ en situation h | The insurance assessor looked at the flooded cellar from the doorway, didn't even go down, and offers us 200 euros.

# triad 31
en situation h | IT reset my laptop without warning and two weeks of work just vanished.
+ fr situation h | Le service informatique a réinitialisé mon ordi sans prévenir, et deux semaines de travail ont disparu.

# triad 32
fr situation h | Mon directeur de thèse a signé seul l'article que j'ai écrit, et il a mis son fils en deuxième auteur.
+ en situation h | My supervisor signed the paper I wrote as sole author, and put his son down as second author.

# triad 33
fr situation n | Mon copain a oublié qu'on fêtait nos deux ans ce week-end : il est parti pêcher avec son frère.
+ en situation n | My boyfriend forgot we were celebrating two years together this weekend: he went fishing with his brother.

# triad 34
fr situation h | Le médecin m'a expédié en quatre minutes sans m'écouter et m'a dit que c'était dans ma tête.
+ en situation h | The doctor got rid of me in four minutes without listening and told me it was all in my head.

# triad 35
fr slang_emoji h | le livreur a noté « livré », aucun colis, et le service client me raccroche au nez 🙄😡
+ en slang_emoji h | the courier marked it "delivered", no parcel, and customer service hangs up on me 🙄😡

# triad 36
en situation h | The dairy has cut the milk price again; we work at a loss while they rake it in.
+ fr situation h | La laiterie a encore baissé le prix du lait : on travaille à perte pendant qu'eux s'en mettent plein les poches.

# triad 37
fr situation h | Le refuge nous a refusés à 20 h sous l'orage, alors qu'on avait réservé depuis un mois.
+ en situation h | The mountain hut turned us away at 8 p.m. in a thunderstorm, even though we'd booked a month ago.

# triad 38
fr situation h | L'artisan a encaissé l'acompte de la cuisine et ne répond plus depuis deux mois.
+ en situation h | The builder cashed the deposit for the kitchen and hasn't answered in two months.

# triad 39
en situation h | The bar downstairs blasted music until 3 a.m., and the owner laughed in my face when I complained.
+ fr situation h | Le bar d'en bas a poussé la musique jusqu'à 3 h du matin, et le patron m'a ri au nez quand je me suis plaint.

# triad 40
fr situation h | La mairie a coupé la subvention de l'aide alimentaire du quartier pour payer un feu d'artifice.
+ en situation h | The council cut the grant for the neighbourhood food bank to pay for fireworks.

# triad 41
fr situation h | L'usine déverse encore ses rejets dans la rivière, et l'amende, c'est trois fois rien.
+ en situation h | The factory is dumping its waste into the river again, and the fine is next to nothing.

# triad 42
fr situation h | Congé refusé pour l'Aïd, alors que le patron a donné Noël à tout le monde.
+ en situation h | Day off refused for Eid, when the boss gave everyone Christmas off.

# triad 43
en situation h | A fake council officer talked his way in and stole Grandma's savings from her drawer.
+ fr situation h | Un faux agent de la mairie a réussi à entrer et a volé les économies de mamie dans son tiroir.

# triad 44
fr situation h | Ma fille de seize ans a pris la voiture sans permission et l'a rendue avec le pare-chocs arraché.
+ en situation h | My sixteen-year-old took the car without asking and brought it back with the bumper torn off.

# triad 45
fr typo h | amende de 135e alors que j'avais PAYÉ, jai la photo du ticket et ils refusent d'annuler
+ en typo h | 135e parking fine when i had PAID, ive got a photo of the ticket and they wont cancel it

# triad 46
fr situation h | Mon ami d'enfance me doit 1 500 euros depuis deux ans, et il vient de s'acheter une moto.
+ en situation h | My childhood friend has owed me 1,500 euros for two years, and he's just bought himself a motorbike.

# triad 47
en situation h | The club sold our best player behind our backs the day before the derby.
+ fr situation h | Le club a vendu notre meilleur joueur dans notre dos la veille du derby.

# triad 48
fr situation n | Le gardien interdit la pelouse à mon vieux chien, mais laisse le sien y faire ses besoins.
+ en situation n | The caretaker bans my old dog from the lawn, but lets his own do its business there.

# triad 49
fr situation h | Ma retraite est bloquée depuis quatre mois à cause d'un trimestre que la caisse a elle-même perdu.
+ en situation h | My pension's been blocked for four months because of a quarter the pension fund lost itself.

# triad 50
fr situation h | Le chauffeur de bus a fermé la porte au nez de ma mère et de sa canne, en la regardant.
+ en situation h | The bus driver shut the door in my mother's face, cane and all, looking right at her.

# triad 51
en situation h | My bike was stolen in broad daylight outside the town hall, and the police won't even take the report.
+ fr situation h | On m'a volé mon vélo en plein jour devant la mairie, et la police ne veut même pas prendre la plainte.

# triad 52
fr situation h | Un parent m'a insultée devant toute la classe parce que son fils avait eu une mauvaise note.
+ en situation h | A parent insulted me in front of the whole class because his son got a bad mark.

# triad 53
fr situation h | Canicule, et le bailleur refuse toujours de réparer les volets cassés de notre sixième étage.
+ en situation h | Heatwave, and the landlord still refuses to fix the broken shutters on our sixth-floor flat.

# triad 54
fr situation h | Les jardiniers de la commune ont arraché les tournesols que les enfants avaient plantés devant l'école.
+ en situation h | The council gardeners pulled up the sunflowers the children had planted outside the school.

# triad 55
en situation h | In the meeting my colleague pitched my idea as his own and got congratulated for it.
+ fr situation h | En réunion, mon collègue a présenté mon idée comme la sienne et s'est fait féliciter.

# triad 56
fr situation h | L'inspecteur m'a hurlé dessus dès le départ, a passé l'examen au téléphone, et m'a recalé au permis.
+ en situation h | The examiner shouted at me from the start, spent the test on the phone, and failed me.

# triad 57
fr situation h | Le réparateur a pris 90 euros de déplacement et il est reparti sans toucher au frigo.
+ en situation h | The repairman took 90 euros for the call-out and left without touching the fridge.

# triad 58
fr situation h | Le chien du voisin a encore mordu notre chat, et il répond que les chats n'ont qu'à rester chez eux.
+ en situation h | The neighbour's dog bit our cat again, and he says cats should just stay indoors.

# triad 59
en situation h | Someone posted a photo of my daughter in her swimsuit on a public group without asking.
+ fr situation h | Quelqu'un a publié une photo de ma fille en maillot sur un groupe public, sans rien demander.

# triad 60
fr slang_emoji h | l'opérateur m'a collé une option payante jamais demandée, depuis 8 mois 🤡 ils se foutent de qui
+ en slang_emoji h | my phone company slapped a paid add-on on me i never asked for, 8 months now 🤡 who do they think they are

# triad 61
fr situation h | La crèche a fermé sans prévenir ce matin, et on a dû poser un congé en catastrophe.
+ en situation h | The nursery shut this morning without warning, and we had to take an emergency day off.

# triad 62
en situation h | The airline lost my suitcase and offers me a 20-euro voucher for a whole week of holiday.
+ fr situation h | La compagnie a perdu ma valise et me propose un bon de 20 euros pour une semaine de vacances.

# triad 63
fr situation h | Le psychiatre a annulé pour la quatrième fois le rendez-vous de mon frère, par simple SMS.
+ en situation h | The psychiatrist cancelled my brother's appointment for the fourth time, with just a text.

# triad 64
fr situation h | On nous retire encore deux infirmières de nuit, et la direction s'étonne qu'on soit épuisées.
+ en situation h | They're taking two more night nurses off us, and management is surprised we're exhausted.

# triad 65
en situation h | Runners shoved me at the water station to save three seconds, and I ended up on the ground.
+ fr situation h | Des coureurs m'ont bousculé au ravitaillement pour gagner trois secondes, et j'ai fini par terre.

# triad 66
fr situation h | Mon beau-frère s'est moqué de ma cuisine devant toute la table, après s'être resservi trois fois.
+ en situation h | My brother-in-law mocked my cooking in front of the whole table, after taking thirds.

# triad 67
fr situation h | Mon frère s'est invité pour Noël avec six copains sans prévenir, et n'a rien apporté.
+ en situation h | My brother invited himself for Christmas with six friends without warning, and brought nothing.

# triad 68
en situation h | The landlord sent a handyman who wiped the mould with bleach, and billed us 150 euros for it.
+ fr situation h | Le bailleur a envoyé un bricoleur passer un coup d'eau de Javel sur la moisissure, et nous l'a facturé 150 euros.

# triad 69
fr situation h | On m'a volé le quilt exposé au salon, deux ans de travail, et l'organisateur s'en lave les mains.
+ en situation h | Someone stole the quilt I had on display at the fair, two years of work, and the organiser washes his hands of it.

# triad 70
fr situation h | L'organisme d'adoption a encore égaré notre dossier, après six ans d'attente.
+ en situation h | The adoption agency has lost our file again, after six years of waiting.

# triad 71
en situation h | A driver rear-ended me at a red light and now claims I was the one who reversed.
+ fr situation h | Un chauffard m'a embouti au feu rouge et maintenant il prétend que c'est moi qui ai reculé.

# triad 72
fr situation h | Le député s'était fait photographier devant notre hôpital en campagne, et il vient de voter sa fermeture.
+ en situation h | Our MP had his photo taken outside our hospital during the campaign, and he's just voted to close it.

# triad 73
fr situation h | Le fournisseur a livré des fruits pourris et refuse de les reprendre, pour la troisième fois.
+ en situation h | The supplier delivered rotten fruit and refuses to take it back, for the third time.

# triad 74
fr situation h | Ma sœur a vidé la maison de papa sans nous attendre et gardé tout ce qui avait de la valeur.
+ en situation h | My sister cleared out Dad's house without waiting for us and kept everything worth anything.

# triad 75
en situation h | The riding school sold my horse without telling me, after I'd ridden him for five years.
+ fr situation h | Le centre équestre a vendu mon cheval sans me prévenir, alors que je le montais depuis cinq ans.

# triad 76
fr situation h | Le conservatoire a perdu l'inscription de mon fils au concours d'entrée, et il ne peut plus le passer.
+ en situation h | The music school lost my son's entry for the audition, and now he can't take it.

# triad 77
fr situation h | Une mise à jour a tué nos ampoules connectées, et la marque conseille d'en racheter.
+ en situation h | An update killed our smart bulbs, and the brand suggests we buy new ones.

# triad 78
fr situation h | Des escrocs ont vidé le livret de papa en se faisant passer pour sa banque, qui refuse de rembourser.
+ en situation h | Scammers emptied Dad's savings account pretending to be his bank, and the bank refuses to pay him back.

# triad 79
en situation h | The garage took advantage of Grandpa and charged him for four new tyres they never fitted.
+ fr situation h | Le garagiste a profité de papi et lui a facturé quatre pneus neufs qu'il ne lui a jamais montés.

# triad 80
fr situation h | Un jet-ski a traversé la zone de baignade à fond au milieu des enfants, et le loueur s'en moque.
+ en situation h | A jet ski tore through the swimming area among the kids, and the hire place doesn't care.
"""

"""inquietude: third wave, minimal pairs with suspense (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Les résultats du scanner de papa arrivent lundi, et le radiologue a demandé des clichés en plus.
+ en situation n | Dad's scan results come on Monday, and the radiologist asked for extra images.

# pair 02
fr situation n | Le téléphone sonne à trois heures du matin, c'est le numéro de la maison de retraite de mamie.
+ en situation n | The phone is ringing at three in the morning, and it's the number of Gran's care home.

# pair 03
fr situation n | Mon fils fait sa première sortie en scooter sous la pluie, et il n'a toujours pas envoyé son message « arrivé ».
+ en situation n | My son's taken his scooter out in the rain for the first time, and he still hasn't sent his "made it" text.

# pair 04
fr situation n | L'enveloppe des impôts est sur la table depuis hier, je n'ose pas l'ouvrir, ils parlaient d'un contrôle.
+ en situation n | The tax envelope has been on the table since yesterday, I don't dare open it, they mentioned an audit.

# pair 05
fr situation h | On attend le chirurgien dans le couloir depuis quatre heures, l'opération de papa devait en durer deux.
+ en situation h | We've been waiting in the corridor for the surgeon for four hours, and Dad's operation was meant to take two.

# pair 06
fr situation n | Mon fils a pris un coup à la tête au match de rugby samedi, et depuis il a mal à la tête tous les soirs.
+ en situation n | My son took a knock to the head at Saturday's rugby match, and since then he's had headaches every evening.

# pair 07
fr situation n | L'inspection rend son rapport lundi, et le patron a dit que l'atelier pourrait fermer.
+ en situation n | The inspectors hand in their report on Monday, and the boss said the workshop might close.

# pair 08
fr situation n | Le colis avec le traitement de ma fille est bloqué en douane depuis cinq jours, il lui reste deux doses.
+ en situation n | The parcel with my daughter's medication has been stuck in customs for five days, and she has two doses left.

# pair 09
fr situation n | Le bébé a 39,5 de fièvre depuis ce matin et le pédiatre ne rappelle qu'en fin de journée.
+ en situation n | The baby has had a 39.5 fever since this morning and the paediatrician won't call back until the end of the day.

# pair 10
fr situation n | Les licenciements seront annoncés vendredi, et mon service est en tête de la liste qui circule.
+ en situation n | The redundancies will be announced on Friday, and my department is at the top of the list going around.

# pair 11
fr situation n | La rivière monte encore, elle est à un mètre du jardin et il doit pleuvoir toute la nuit.
+ en situation n | The river is still rising, it's a metre from the garden and it's meant to rain all night.

# pair 12
fr situation n | Papa voit le cardiologue jeudi, et il a encore dû s'arrêter deux fois dans l'escalier.
+ en situation n | Dad sees the cardiologist on Thursday, and he had to stop twice on the stairs again.

# pair 13
en situation n | The landlord wants to "discuss the lease" on Monday, and half the building has already been sold off.
+ fr situation n | Le propriétaire veut « parler du bail » lundi, et la moitié de l'immeuble a déjà été vendue.

# pair 14
fr situation h | Ma fille de quinze ans n'est pas rentrée de la soirée, il est deux heures et son portable est éteint.
+ en situation h | My fifteen-year-old hasn't come home from the party, it's two o'clock and her phone is off.

# pair 15
fr situation n | Le garagiste m'a dit de ne pas reprendre l'autoroute avant qu'il ait revu les freins, et je pars demain.
+ en situation n | The mechanic told me not to go on the motorway until he's checked the brakes again, and I leave tomorrow.

# pair 16
fr situation n | Je monte sur la balance chez le médecin, il fronce les sourcils et note quelque chose sans un mot.
+ en situation n | I step on the scales at the doctor's, he frowns and writes something down without a word.

# pair 17
fr situation n | Le serveur a planté cette nuit et personne ne sait encore si les sauvegardes des clients ont tenu.
+ en situation n | The server crashed overnight and nobody knows yet whether the clients' backups held.

# pair 18
fr situation n | Mon frère est parti randonner seul dans les Pyrénées, il devait redescendre hier soir et ne répond pas.
+ en situation n | My brother went hiking alone in the Pyrenees, he was supposed to come down last night and he isn't answering.

# pair 19
fr typo n | jai un grain de beauté sur le dos qui change de forme et le dermato me prend dans 3 semaines...
+ en typo n | got a mole on my back thats changing shape and the dermatologist cant see me for 3 weeks...

# pair 20
fr situation n | Ma mère a mis plusieurs secondes à me reconnaître au téléphone hier, ça ne lui était jamais arrivé.
+ en situation n | Yesterday it took my mother several seconds to recognise me on the phone, that had never happened before.

# pair 21
fr situation n | La banque n'a toujours pas validé le prêt, et le compromis de vente tombe vendredi.
+ en situation n | The bank still hasn't approved the loan, and the sale agreement lapses on Friday.

# pair 22
fr situation n | Dernière séance de chimio de mon oncle vendredi, ensuite le scanner dira si ça a marché.
+ en situation n | My uncle's last chemo session is on Friday, then the scan will show whether it worked.

# pair 23
fr situation n | Si le référendum passe dimanche, l'usine de mon père déménage en Pologne, et lui avec ou sans poste.
+ en situation n | If the referendum passes on Sunday, Dad's factory moves to Poland, and him with a job or without one.

# pair 24
fr situation n | Le chien a avalé un morceau de jouet hier après-midi, et il n'a toujours rien rendu.
+ en situation n | The dog swallowed a bit of a toy yesterday afternoon, and it still hasn't come out.

# pair 25
fr situation n | Le plombier a ouvert le mur de la salle de bains et veut revenir avec son patron pour « voir l'étendue ».
+ en situation n | The plumber opened up the bathroom wall and wants to come back with his boss to "see how far it goes".

# pair 26
fr situation n | Mon mari doit repasser un entretien pour garder son poste après la fusion, réponse en fin de semaine.
+ en situation n | My husband has to interview again to keep his job after the merger, with an answer at the end of the week.

# pair 27
fr situation n | Orage annoncé cette nuit, et le toit de la grange n'a toujours pas été bâché.
+ en situation n | A storm is forecast tonight, and the barn roof still hasn't been covered with a tarp.

# pair 28
en situation n | I sent the client the wrong file, the one with our internal margins, and he hasn't replied since yesterday.
+ fr situation n | J'ai envoyé au client le mauvais fichier, celui avec nos marges internes, et il ne répond pas depuis hier.

# pair 29
fr situation n | L'école a appelé pour un « petit souci » avec Théo, la directrice veut nous voir demain sans préciser.
+ en situation n | The school called about a "small problem" with Théo, the head wants to see us tomorrow without saying what.

# pair 30
fr situation n | Le bateau de papa n'est pas rentré au port à l'heure prévue, et la brume tombe sur la baie.
+ en situation n | Dad's boat didn't come back to harbour when it was due, and the fog is rolling over the bay.

# pair 31
fr situation n | Ma sœur veut prendre l'avion enceinte de huit mois, malgré l'avis de la sage-femme.
+ en situation n | My sister wants to fly at eight months pregnant, against the midwife's advice.

# pair 32
fr situation n | Le médecin a dit « on en reparle quand on aura l'IRM », et l'IRM n'est que dans trois semaines.
+ en situation n | The doctor said "we'll talk about it once we have the MRI", and the MRI isn't for three weeks.

# pair 33
fr situation n | Les notes du trimestre sont mauvaises et le conseil de classe décide jeudi si Lucas redouble.
+ en situation n | The term's marks are bad and the class council decides on Thursday whether Lucas repeats the year.

# pair 34
fr situation n | Vents à 130 km/h annoncés cette nuit, et notre camping-car est garé sous les grands pins.
+ en situation n | Winds of 130 km/h forecast tonight, and our camper van is parked under the tall pines.

# pair 35
fr situation n | L'avion de mes parents tourne au-dessus de l'aéroport depuis quarante minutes à cause du brouillard.
+ en situation n | My parents' plane has been circling over the airport for forty minutes because of the fog.

# pair 36
fr situation n | Quatre heures aux urgences avec le petit qui a mal au ventre, et on ne nous dit toujours rien.
+ en situation n | Four hours in A&E with the little one who has a tummy ache, and still nobody's telling us anything.

# pair 37
fr situation n | Elle a dit qu'elle rentrait seule à pied après la soirée, et son dernier message date de 23 h.
+ en situation n | She said she was walking home alone after the party, and her last message was at 11 p.m.

# pair 38
fr situation n | Un feu de forêt à quinze kilomètres, le vent tourne vers le village et on a préparé les sacs au cas où.
+ en situation n | A forest fire fifteen kilometres away, the wind is turning towards the village and we've packed bags just in case.

# pair 39
fr situation n | Une lettre recommandée du tribunal m'attend à la poste, et je ne peux la retirer que demain.
+ en situation n | A registered letter from the court is waiting for me at the post office, and I can't collect it until tomorrow.

# pair 40
fr situation n | Le voyant d'essence clignote, la prochaine station est à quarante kilomètres sur cette route de nuit.
+ en situation n | The fuel light is flashing, and the next station is forty kilometres away on this road at night.

# pair 41
fr situation n | Une voiture me suit depuis la sortie du bureau, elle a pris les quatre mêmes virages que moi.
+ en situation n | A car has been following me since I left the office, it's taken the same four turns as me.

# pair 42
fr situation n | La chaudière est tombée en panne, il fait douze degrés et le technicien ne vient que lundi, avec un bébé de deux mois.
+ en situation n | The boiler has broken down, it's twelve degrees inside and the engineer isn't coming till Monday, with a two-month-old baby.

# pair 43
fr situation n | Mon fils de dix-huit ans saute en parachute samedi avec un club dont personne n'a jamais entendu parler.
+ en situation n | My eighteen-year-old is doing a parachute jump on Saturday with a club nobody's ever heard of.

# pair 44
fr situation n | Le vétérinaire garde la chienne pour la nuit et rappelle demain après l'échographie du ventre.
+ en situation n | The vet is keeping our dog overnight and will call tomorrow after the abdominal scan.

# pair 45
fr situation n | On saura demain qui garde son poste après la fusion, et le mien fait doublon avec celui de Lyon.
+ en situation n | We'll find out tomorrow who keeps their job after the merger, and mine overlaps with the one in Lyon.

# pair 46
fr situation n | On met en production ce soir, et personne n'a vraiment testé la migration des données clients.
+ en situation n | We're going live tonight, and nobody has really tested the customer data migration.

# pair 47
fr situation n | Le procès de mon frère reprend jeudi, l'avocat dit qu'il risque deux ans ferme.
+ en situation n | My brother's trial resumes on Thursday, and his lawyer says he could get two years inside.

# pair 48
fr situation n | Je tape mon code, la carte est refusée, il reste un essai et le virement du salaire aurait dû arriver.
+ en situation n | I type my PIN, the card is declined, there's one try left and my salary should have come in already.

# pair 49
fr situation n | Neige annoncée demain, et maman tient à passer le col toute seule en voiture pour venir.
+ en situation n | Snow forecast tomorrow, and Mum insists on driving over the pass on her own to come and see us.

# pair 50
fr situation n | Le four fait des étincelles à l'arrière depuis hier, et l'électricien ne passe que lundi.
+ en situation n | The oven has been sparking at the back since yesterday, and the electrician can't come until Monday.

# pair 51
fr situation n | Ma fille de six ans part en classe de mer lundi, et elle ne sait toujours pas nager.
+ en situation n | My six-year-old goes off on a seaside school trip on Monday, and she still can't swim.

# pair 52
fr situation n | Le chat n'est pas rentré depuis deux nuits, et les voitures roulent vite dans notre rue.
+ en situation n | The cat hasn't come home for two nights, and cars drive fast down our street.

# pair 53
en situation n | There's been a faint smell of gas on the stairwell for two days, and the building manager sends someone tomorrow.
+ fr situation n | Il y a une légère odeur de gaz dans la cage d'escalier depuis deux jours, et le syndic envoie quelqu'un demain.

# pair 54
fr situation n | Grève des contrôleurs annoncée le jour de mon vol pour l'entretien à Montréal, et pas de plan B.
+ en situation n | Air traffic controllers' strike announced for the day of my flight to the Montreal interview, and no plan B.

# pair 55
fr situation n | L'ascenseur de mamie est en panne pour trois semaines, et elle ne descend plus avec son déambulateur.
+ en situation n | Gran's lift is out of order for three weeks, and she can't get downstairs with her walking frame any more.

# pair 56
fr situation n | Le loyer augmente de deux cents euros en janvier, et je n'ai pas encore trouvé de deuxième boulot.
+ en situation n | The rent goes up by two hundred euros in January, and I haven't found a second job yet.

# pair 57
fr situation n | Mon père a rendez-vous chez le neurologue pour ses oublis, et il refuse que je l'accompagne.
+ en situation n | Dad has an appointment with the neurologist about his memory lapses, and he won't let me go with him.

# pair 58
fr situation n | Le rapport du géomètre sur les fissures de la maison arrive vendredi, et elles ont doublé cet été.
+ en situation n | The surveyor's report on the cracks in the house comes on Friday, and they've doubled this summer.

# pair 59
fr situation n | Le petit tousse toutes les nuits depuis dix jours, et le sirop ne change rien.
+ en situation n | The little one has been coughing every night for ten days, and the syrup isn't helping.

# pair 60
fr situation n | La mairie vote ce soir la fermeture de l'école du village, celle où vont mes deux enfants.
+ en situation n | The council votes tonight on closing the village school, the one both my kids go to.

# pair 61
fr situation n | Le labo a rappelé pour refaire le test de mon mari, « juste une vérification » d'après eux.
+ en situation n | The lab called to redo my husband's test, "just a check" according to them.

# pair 62
fr situation n | Mon fils voyage seul en Inde depuis un mois, et il n'a rien posté depuis six jours.
+ en situation n | My son has been travelling alone in India for a month, and he hasn't posted anything for six days.

# pair 63
fr situation n | Des rumeurs de faillite circulent sur le site de réservation, et nos vacances d'été sont payées dessus.
+ en situation n | Rumours are going round that the booking site is going bust, and our summer holiday is paid through it.

# pair 64
fr typo n | mon pere a fait un malaise au boulot, ils lont gardé en obs et on sais rien de plus pr linstant
+ en typo n | my dad collapsed at work, theyve kept him in for observation and we dont know anything else for now

# pair 65
fr situation n | Le mail de la préfecture dit « dossier incomplet », et mon titre de séjour expire dans douze jours.
+ en situation n | The prefecture's email says "incomplete file", and my residence permit expires in twelve days.

# pair 66
fr situation n | La récolte dépend de la pluie de cette semaine, et les nuages passent sans rien lâcher sur le champ.
+ en situation n | The harvest depends on this week's rain, and the clouds keep passing over the field without dropping anything.

# pair 67
fr situation n | Les nouveaux voisins ont un chien qui a déjà mordu un enfant, et la haie entre nos jardins est trouée.
+ en situation n | The new neighbours have a dog that's already bitten a child, and the hedge between our gardens has a gap in it.

# pair 68
fr situation n | Le déménagement est dans quatre jours et on n'a toujours pas de logement signé à l'arrivée.
+ en situation n | The move is in four days and we still haven't signed for a place to live at the other end.

# pair 69
en situation n | The heart monitor by Dad's bed has been beeping more often since this evening, and the nurse keeps coming back.
+ fr situation n | Le moniteur près du lit de papa bipe plus souvent depuis ce soir, et l'infirmière n'arrête pas de revenir.

# pair 70
fr situation n | Mon fils a maigri et ne sort plus de sa chambre depuis que des élèves le harcèlent en ligne.
+ en situation n | My son has lost weight and doesn't leave his room since some pupils started bullying him online.

# pair 71
fr situation n | Le chef du chœur a une toux qui ne passe pas depuis deux mois, et il refuse de voir un médecin.
+ en situation n | The choir leader has had a cough that won't go away for two months, and he refuses to see a doctor.

# pair 72
fr situation n | Ma grand-mère vit seule à la campagne et la canicule dure depuis huit jours, son ventilateur est cassé.
+ en situation n | My grandmother lives alone in the countryside, the heatwave has lasted eight days and her fan is broken.

# pair 73
fr situation n | Une entreprise veut installer une usine chimique à trois cents mètres de l'école, l'enquête publique se termine demain.
+ en situation n | A company wants to build a chemical plant three hundred metres from the school, and the public inquiry ends tomorrow.

# pair 74
fr mixed n | Fier que ma fille parte étudier à Tokyo, mais elle ne parle pas la langue et n'a pas encore de logement là-bas.
+ en mixed n | Proud that my daughter is going to study in Tokyo, but she doesn't speak the language and hasn't got anywhere to live there yet.

# pair 75
fr situation n | Le cours de la bourse plonge depuis ce matin, et toute l'épargne de mes parents est placée dans cette banque.
+ en situation n | The stock market has been falling since this morning, and all my parents' savings are with that bank.

# pair 76
fr situation n | Le camion de bénévoles devait rentrer de la collecte à 18 h, il est 21 h et le chauffeur ne décroche pas.
+ en situation n | The volunteers' van was due back from the food collection at six, it's nine now and the driver isn't picking up.

# pair 77
fr situation n | Les semis de tomates ont des taches noires depuis hier, et la maladie a déjà tué le potager du voisin.
+ en situation n | The tomato seedlings have had black spots since yesterday, and the blight has already killed the neighbour's vegetable patch.

# pair 78
fr negation n | Ce n'est pas l'excitation qui m'empêche de dormir, c'est l'opération de maman demain à sept heures.
+ en negation n | It's not excitement keeping me awake, it's Mum's operation tomorrow at seven.

# pair 79
fr situation n | Le pasteur a fait une pause bizarre avant de dire que notre mariage était « peut-être » compromis par la rénovation de l'église.
+ en situation n | The pastor paused oddly before saying our wedding might be "in doubt" because of the church renovation.

# pair 80
fr situation n | Ma copine est partie faire de la plongée seule au large, la météo vient de tourner.
+ en situation n | My girlfriend went diving alone offshore, and the weather has just turned.

# pair 81
en slang_emoji n | bro my bank app says "unusual activity, account frozen" and rent goes out tmrw 😟
+ fr slang_emoji n | frère mon appli bancaire dit « activité inhabituelle, compte gelé » et le loyer part demain 😟

# pair 82
fr situation n | Les sondages donnent la fermeture de la maternité du coin, et j'accouche dans deux mois.
+ en situation n | The polls suggest the local maternity ward will close, and I'm due in two months.

# pair 83
fr situation n | Le médecin a parlé de « surveiller » la grossesse de ma femme, l'échographie de contrôle est lundi.
+ en situation n | The doctor talked about "keeping an eye on" my wife's pregnancy, and the follow-up scan is on Monday.

# pair 84
fr situation n | Mon associé ne répond plus depuis que le client a annulé la grosse commande, et les salaires tombent le 30.
+ en situation n | My business partner hasn't answered since the client cancelled the big order, and wages are due on the 30th.

# pair 85
fr situation n | Le livre est chez l'imprimeur, et je viens de voir une erreur dans la dédicace à ma mère malade.
+ en situation n | The book is at the printer's, and I've just spotted a mistake in the dedication to my sick mother.

# pair 86
fr situation n | Le camp scout de Léa est installé au bord d'une rivière, et ils annoncent des crues dans la vallée.
+ en situation n | Léa's scout camp is set up by a river, and they're forecasting floods in the valley.

# pair 87
fr situation n | Mes analyses reviennent avec un taux « à contrôler dans un mois », sans autre explication.
+ en situation n | My blood results came back with one level "to be rechecked in a month", and no other explanation.

# pair 88
fr typo l | le toit fuit encore au dessus de la chambre du petit, et le couvreur repond tjrs pas... pluie annoncée ce we
+ en typo l | the roof is leaking again above the little ones room, and the roofer still isnt answering... rain forecast this weekend

# pair 89
fr situation n | Mes parents âgés reviennent de croisière demain, et il y a eu une épidémie à bord selon les infos.
+ en situation n | My elderly parents come back from their cruise tomorrow, and the news says there's been an outbreak on board.

# pair 90
fr situation n | La grue du chantier d'à côté penche un peu plus chaque jour vers notre immeuble, selon mon mari.
+ en situation n | The crane on the building site next door leans a bit more towards our block every day, according to my husband.
"""

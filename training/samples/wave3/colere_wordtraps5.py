"""colere: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: mois / month
fr situation n | Quatre mois que j'attends le remboursement de ma caution, et l'agence me répond « c'est en cours » à chaque appel.
+ en situation n | Four months I've been waiting for my deposit back, and the agency says "it's being processed" every time I call.
fr situation n | Le syndic nous facture le ménage des escaliers chaque mois, et personne n'a passé la serpillière depuis Pâques.
+ en situation n | The managing agent bills us for stairwell cleaning every month, and nobody has mopped since Easter.
en situation n | Every month it's the same: my flatmate "forgets" his share of the electricity and I end up covering it.
+ fr situation n | Chaque mois, c'est pareil : mon coloc « oublie » sa part d'électricité, et c'est moi qui paie.

# trap: depuis / jours
fr situation n | Le camion du chantier bloque la sortie de mon garage depuis six jours, et le chef de chantier hausse les épaules.
+ en situation n | The building-site lorry has been blocking my garage exit for six days, and the site foreman just shrugs.
fr situation h | Depuis trois jours, le voisin fait tourner son groupe électrogène sous ma fenêtre, la nuit aussi, et il rigole quand je me plains.
+ en situation h | For three days the neighbour has run his generator under my window, nights too, and he laughs when I complain.
fr typo n | ca fait 10 jours que le colis est "en cours de livraison" et le service client me dit de patienter encore, jen ai marre
+ en typo n | its been 10 days my parcel says "out for delivery" and customer service tells me to keep waiting, so sick of this

# trap: pourquoi / why
fr situation n | Pourquoi c'est toujours moi qui fais les photocopies de toute l'équipe, alors que j'ai le même poste qu'eux ?
+ en situation n | Why is it always me doing the whole team's photocopying when I have the same job as them?
en situation h | Why did the inspector fine me 50 euros when the ticket machine on the platform has been broken for weeks?
+ fr situation h | Pourquoi le contrôleur m'a-t-il collé 50 euros d'amende alors que la borne du quai est en panne depuis des semaines ?
en situation n | Why does my sister always pick the restaurant and then moan about the bill? Every single birthday. Go red on me.
+ fr situation n | Pourquoi c'est toujours ma sœur qui choisit le restaurant, pour râler ensuite sur l'addition ? À chaque anniversaire. Mets-moi du rouge.

# trap: car
fr situation n | Je refuse de payer cette pénalité, car c'est leur technicien qui n'est jamais venu au rendez-vous.
+ en situation n | I refuse to pay that penalty, because it's their technician who never showed up to the appointment.
en situation h | Someone reversed into my car at the supermarket and drove off, and the CCTV "wasn't recording", of course.
+ fr situation h | Quelqu'un a reculé dans ma voiture au supermarché et il est reparti, et la caméra « n'enregistrait pas », évidemment.
en situation n | The hotel valet brought my car back with 40 extra kilometres on the clock and crumbs all over the seats.
+ fr situation n | Le voiturier de l'hôtel m'a rendu la voiture avec 40 kilomètres de plus au compteur et des miettes plein les sièges.

# trap: three / six
fr situation n | Trois fois que j'explique la panne à la hotline, et trois fois qu'ils ferment mon ticket comme « résolu ».
+ en situation n | Three times I've explained the fault to the helpline, and three times they've closed my ticket as "solved".
fr situation n | Six euros la part de pizza froide à la buvette du stade, et le vendeur soupire en me rendant la monnaie.
+ en situation n | Six euros for a cold slice of pizza at the stadium snack bar, and the guy sighs while handing me my change.
en situation h | Six hours I spent on that report, and my manager binned it without reading past page one.
+ fr situation h | Six heures passées sur ce rapport, et ma cheffe l'a jeté sans lire plus loin que la première page.

# trap: point
fr situation n | À quoi bon un point d'équipe chaque matin si le chef change toutes les décisions l'après-midi ?
+ en situation n | What's the point of a team check-in every morning if the boss reverses every decision in the afternoon?
en situation n | At the parents' meeting he raised his hand at every point to talk about his own kid, and we overran by an hour.
+ fr situation n | À la réunion des parents, il a levé la main à chaque point pour parler de son gamin, et on a fini une heure en retard.

# trap: never / not
en situation n | My brother-in-law borrowed the ladder in April, I've never seen it since, and now he swears he gave it back.
+ fr situation n | Mon beau-frère a emprunté l'échelle en avril, je ne l'ai jamais revue, et maintenant il jure me l'avoir rendue.
en situation h | It's not my job to scrape his dog's mess off my doorstep every morning, and I've told him so four times.
+ fr situation h | Ce n'est pas à moi de ramasser les crottes de son chien sur mon paillasson chaque matin, et je le lui ai dit quatre fois.
en slang_emoji n | not again 🙄 upstairs guy's washing machine on spin at 11pm, AGAIN, my ceiling is literally shaking
+ fr slang_emoji n | non mais encore 🙄 la machine du mec du dessus en essorage à 23h, ENCORE, mon plafond tremble

# trap: banque
fr situation h | La banque a bloqué mon virement de loyer « par sécurité » sans m'appeler, et c'est moi qui paie les pénalités de retard.
+ en situation h | The bank blocked my rent transfer "for security" without calling me, and I'm the one paying the late fees.
fr situation n | Ma banque me facture deux euros chaque fois que je parle à un conseiller, alors qu'elle a fermé l'agence du village.
+ en situation n | My bank charges me two euros every time I talk to an adviser, after shutting down the village branch.

# trap: pas / peu
fr situation n | Pas un bonjour, pas un merci : le nouveau stagiaire me tend ses dossiers à classer comme si j'étais sa secrétaire.
+ en situation n | Not a hello, not a thank-you: the new intern hands me his files to sort as if I were his secretary.
fr situation n | Un peu de décence, quand même : il a fumé sous la fenêtre de la chambre du bébé alors que je lui avais demandé d'aller plus loin.
+ en situation n | A bit of decency, please: he smoked right under the baby's bedroom window after I'd asked him to move further off.
fr mixed n | Un peu déçue, mais surtout en rogne : le resto a donné notre table réservée à un groupe arrivé après nous.
+ en mixed n | A bit disappointed, but mostly fuming: the restaurant gave our booked table to a group who turned up after us.

# trap: team
fr situation n | L'entraîneur met les enfants de ses copains dans l'équipe chaque samedi, et le mien a passé toute la saison sur le banc.
+ en situation n | The coach puts his mates' kids in the team every Saturday, and mine has sat on the bench all season.
en situation h | Our team worked the whole weekend on the launch, and the director thanked the marketing department in the company email.
+ fr situation h | Toute notre équipe a bossé le week-end pour le lancement, et le directeur a remercié le service marketing dans le mail général.

# trap: grand / petit
fr situation n | Mon grand a pris mon chargeur, mes écouteurs et mes dix euros sans rien demander, puis il m'a claqué la porte au nez.
+ en situation n | My eldest took my charger, my earphones and my ten euros without asking, then slammed his door in my face.
fr situation n | Le petit du voisin tire sur mes volets au lance-pierre, et son père trouve ça « trop mignon ».
+ en situation n | The neighbour's little boy fires his slingshot at my shutters, and his dad thinks it's "so cute".
fr situation n | Le petit épicier du coin m'a rendu la monnaie sur 20 alors que j'avais donné 50, et il jure le contraire. Lumière rouge, vite.
+ en situation n | The little corner grocer gave me change for a 20 when I'd handed over a 50, and he swears otherwise. Red light, quick.

# trap: bakery
en situation n | The bakery put nine croissants in my bag for the dozen I paid for, and the owner called me a liar.
+ fr situation n | La boulangerie m'a mis neuf croissants dans le sac pour la douzaine payée, et la patronne m'a traitée de menteuse.
en situation n | A delivery van parks on the pavement by the bakery every morning, and I have to push the pram into the road.
+ fr situation n | Une camionnette se gare tous les matins sur le trottoir devant la boulangerie, et je dois passer la poussette sur la chaussée.

# trap: exam / maths
en situation h | The exam board lost my son's paper, and now he has to resit the whole thing in August.
+ fr situation h | Le centre d'examen a perdu la copie de mon fils, et il doit tout repasser en août.
fr situation n | Le prof de maths a mis zéro à toute la classe parce qu'un seul élève avait triché.
+ en situation n | The maths teacher gave the whole class a zero because one single pupil had cheated.
en situation n | Maths homework "due tomorrow" posted on the school app at 10 p.m., and the teacher won't answer a single question about it.
+ fr situation n | Des devoirs de maths « pour demain » postés à 22 h sur l'appli de l'école, et la prof ne répond à aucune question.
fr typo n | ils ont changé la date de l'exam la veille sans prevenir, jai posé un jour de congé pr rien, merci la fac
+ en typo n | they moved the exam date the day before with no warning, i took a day off for nothing, thanks uni

# trap: droit
fr situation n | J'ai le droit de me garer devant chez moi, et pourtant le voisin y laisse sa remorque tous les soirs.
+ en situation n | I have every right to park outside my own house, yet the neighbour leaves his trailer there every night.
fr situation h | Le vigile m'a refusé l'entrée du musée avec la poussette, alors qu'on en a le droit : c'est écrit sur leur propre site.
+ en situation h | The guard refused to let me into the museum with the pushchair, though it's allowed: it says so on their own website.
fr situation n | Le livreur a coupé tout droit par ma pelouse avec sa camionnette, arraché la clôture, et il est reparti sans un mot.
+ en situation n | The delivery driver cut straight across my lawn in his van, tore down the fence and drove off without a word.

# trap: mère
fr situation n | Ma mère a encore donné mes clés à mon ex « pour qu'il récupère ses affaires », sans même me demander.
+ en situation n | My mother gave my keys to my ex again "so he could pick up his things", without even asking me.
fr situation h | La mère d'un élève a écrit sur le groupe des parents que ma fille était une voleuse, sans la moindre preuve.
+ en situation h | One pupil's mother wrote on the parents' group that my daughter was a thief, without a shred of proof.

# trap: maison / home
fr situation h | Le promoteur construit six étages collés à notre maison, et la mairie a signé sans consulter personne.
+ en situation h | The developer is putting up six storeys right against our house, and the council signed off without consulting anyone.
fr situation n | Je rentre à la maison après dix heures de garde, et la cuisine est dans le même état que ce matin. Personne n'a levé le petit doigt.
+ en situation n | I get home after a ten-hour shift and the kitchen's exactly as it was this morning. Nobody lifted a finger.
fr situation n | En rentrant, j'ai découvert que le proprio était entré « vérifier les radiateurs » sans prévenir. Encore.
+ en situation n | Came home to find the landlord had let himself in "to check the radiators" without any notice. Again.
en situation n | The council sent my parking fine to my old home address, and now they've tripled it for "late payment".
+ fr situation n | La mairie a envoyé mon amende à mon ancienne adresse, et maintenant ils la triplent pour « retard de paiement ».

# trap: died
en situation n | My new phone died after two days, and the shop says the guarantee doesn't cover "user damage".
+ fr situation n | Mon téléphone neuf a rendu l'âme au bout de deux jours, et la boutique dit que la garantie ne couvre pas « la casse utilisateur ».
en situation h | Every plant on my balcony died because the building manager cut the water for a week without a single notice.
+ fr situation h | Toutes les plantes de mon balcon sont mortes parce que le syndic a coupé l'eau une semaine sans le moindre avis.
en situation n | The battery died on the motorway because the garage "forgot" to replace it after billing me for a new one.
+ fr situation n | La batterie m'a lâché sur l'autoroute parce que le garage a « oublié » de la changer après me l'avoir facturée neuve.

# trap: journée
fr situation n | Une journée de salaire retenue parce que la pointeuse était en panne, et c'est moi qu'on accuse d'absence.
+ en situation n | A day's pay docked because the time clock was broken, and I'm the one accused of not turning up.
fr situation n | Belle journée gâchée : un cycliste m'a traitée de tous les noms parce que je marchais sur le trottoir. Mets quelque chose de rageur.
+ en situation n | A lovely day wrecked: a cyclist called me every name going because I was walking on the pavement. Put on something angry.

# trap: mis
fr situation n | Quelqu'un a mis ses ordures dans ma poubelle jaune, et c'est moi qui reçois l'avertissement de la mairie.
+ en situation n | Someone dumped their rubbish in my recycling bin, and I'm the one getting the warning from the council.
fr situation h | Mon collègue a mis son nom en premier sur l'étude que j'ai menée seule pendant un an.
+ en situation h | My colleague put his name first on the study I ran on my own for a whole year.

# trap: nom
fr situation n | Le réceptionniste écorche mon nom chaque semaine depuis deux ans, et il en rigole avec ses collègues.
+ en situation n | The receptionist has mangled my name every week for two years, and he laughs about it with his colleagues.
fr situation n | Le club a imprimé les maillots avec le nom de tous les joueurs sauf ma fille, et le président dit que ce n'est « pas grave ».
+ en situation n | The club printed the shirts with every player's name except my daughter's, and the chairman says it's "no big deal".

# trap: maîtresse / class / teacher
fr situation n | La maîtresse a privé toute la classe de sortie au zoo à cause de deux élèves qui bavardaient.
+ en situation n | The teacher cancelled the whole class's zoo trip because of two pupils chatting.
fr situation n | La maîtresse a confisqué le doudou de ma fille et l'a « oublié » dans un placard pendant toutes les vacances.
+ en situation n | The teacher confiscated my daughter's cuddly toy and "forgot" it in a cupboard for the entire holidays.
en situation h | The PE teacher made my asthmatic son run laps with the class despite the doctor's note, then mocked him for stopping.
+ fr situation h | Le prof de sport a fait courir mon fils asthmatique avec la classe malgré le certificat, puis s'est moqué de lui quand il s'est arrêté.
fr situation n | La représentante de la classe a récolté l'argent pour le cadeau de la maîtresse, puis elle a signé la carte de son seul nom.
+ en situation n | The class rep collected money for the teacher's present, then signed the card with only her own name.

# trap: fille / fils
fr situation h | Un type a poussé ma fille de son siège dans le bus pour s'asseoir, et le chauffeur n'a rien dit.
+ en situation h | A guy shoved my daughter out of her seat on the bus to sit down, and the driver said nothing.
fr situation n | Mon fils a rendu son exposé à l'heure, et la prof lui a mis la même note qu'à ceux qui n'avaient rien rendu.
+ en situation n | My son handed his project in on time, and the teacher gave him the same mark as the kids who handed in nothing.
fr slang_emoji n | mon fils a prêté sa switch à un pote, elle revient l'écran fissuré et la mère répond "c'est pas nous" 🤬
+ en slang_emoji n | my son lent his switch to a mate, it came back with a cracked screen and the mum just goes "wasn't us" 🤬

# trap: comment
fr situation n | Comment peut-on facturer 35 euros de frais de dossier pour changer la date d'un vol ?
+ en situation n | How can they charge 35 euros in admin fees just to change the date of a flight?
fr situation n | Un commentaire anonyme sous l'annonce de mon gîte m'accuse de saleté, alors que personne ne l'a loué cette semaine-là.
+ en situation n | An anonymous review on my holiday-let listing accuses me of filth, when nobody even rented it that week.

# trap: tarot
fr situation n | Mon beau-frère triche au tarot depuis vingt ans, et ce soir il a eu le culot de m'accuser, moi.
+ en situation n | My brother-in-law has cheated at tarot for twenty years, and tonight he had the nerve to accuse me.
fr situation n | Tarot du jeudi au club : le président change encore les règles en pleine partie parce qu'il perd.
+ en situation n | Thursday tarot at the club: the chairman changes the rules mid-game again because he's losing.

# trap: parti
fr situation h | Il est parti en week-end avec ma voiture sans prévenir, et j'ai raté mon entretien d'embauche.
+ en situation h | He went off for the weekend in my car without a word, and I missed my job interview.
fr situation n | Le bus est parti deux minutes en avance, sous mon nez, et le suivant passe dans une heure.
+ en situation n | The bus left two minutes early, right under my nose, and the next one's in an hour.

# trap: tulipes
fr situation n | Le jardinier de la copropriété a passé la débroussailleuse sur mes tulipes, alors que j'avais planté un piquet pour les signaler.
+ en situation n | The building's gardener ran the strimmer over my tulips, even though I'd put in a stake to mark them.
en situation h | Someone yanked out every tulip the kids planted by the school gate the night before the open day, and posted a video laughing about it.
+ fr situation h | Quelqu'un a arraché toutes les tulipes plantées par les enfants devant l'école la veille des portes ouvertes, et s'en moque en vidéo.

# trap: vendredi / friday
fr situation n | Vendredi 18 h, le chef m'envoie un dossier « urgent pour lundi » qu'il a sur son bureau depuis trois semaines.
+ en situation n | Friday 6 p.m., the boss sends me an "urgent for Monday" file that's been on his desk for three weeks.
en situation n | Every Friday night the bar downstairs puts speakers out on the pavement, and the police never come.
+ fr situation n | Chaque vendredi soir, le bar d'en bas sort ses enceintes sur le trottoir, et la police ne vient jamais.
fr typo n | vendredi soir et encore des travaux jusqua minuit sous ma fenetre, ils ont meme pas d'autorisation
+ en typo n | friday night and roadworks under my window till midnight again, they dont even have a permit

# trap: rendez-vous / appointments
fr situation n | Rendez-vous à 8 h au garage, j'ai attendu jusqu'à 11 h, et ils n'avaient même pas commandé la pièce.
+ en situation n | An 8 a.m. appointment at the garage, I waited till 11, and they hadn't even ordered the part.
en situation n | The dentist double-booked my appointments twice this month, then charged me a "missed visit" fee.
+ fr situation n | Le dentiste a mis mes rendez-vous en double deux fois ce mois-ci, puis il m'a facturé une « absence ».
en situation n | I took three afternoons off for council appointments, and each time the clerk said I was at the wrong desk.
+ fr situation n | J'ai posé trois après-midi pour des rendez-vous à la mairie, et chaque fois l'agent m'a dit que ce n'était pas le bon guichet.

# trap: tous
fr situation n | Tous les matins, le même type double toute la file au péage en passant par la voie des bus.
+ en situation n | Every morning the same guy jumps the whole toll queue by driving down the bus lane.
fr situation n | On avait tous cotisé pour le pot de départ, et le manager a rapporté chez lui les bouteilles qui restaient.
+ en situation n | We'd all chipped in for the leaving drinks, and the manager took the leftover bottles home.

# trap: years / after
en situation h | Twelve years at that company, and after one sick leave they moved my desk next to the bins.
+ fr situation h | Douze ans dans cette boîte, et après un seul arrêt maladie, ils ont installé mon bureau à côté des poubelles.
fr situation n | Après que j'ai passé toute la soirée à cuisiner, il m'annonce qu'il a mangé en route. Sans penser à envoyer un texto.
+ en situation n | After I'd spent the whole evening cooking, he announced he'd eaten on the way home. Didn't think to text.
en situation n | For years I've begged the council for a zebra crossing outside the school, and they've just painted one outside the mayor's house.
+ fr situation n | Des années que je réclame un passage piéton devant l'école, et la mairie vient d'en peindre un devant chez le maire.

# trap: mixed words (negation, wish)
fr negation n | Ce n'est pas de l'inquiétude, c'est de l'exaspération : le notaire repousse notre rendez-vous pour la troisième fois ce mois-ci.
+ en negation n | It's not worry, it's exasperation: the notary has pushed our appointment back for the third time this month.
en negation h | I'm not sad he left the team, I'm livid he walked off with our whole client list.
+ fr negation h | Je ne suis pas triste qu'il ait quitté l'équipe, je suis furieuse qu'il soit parti avec tout notre fichier clients.
fr wish h c=red;orange b=bright | Mon fils sur le banc tout le match parce que l'entraîneur préfère ses neveux, j'enrage : rouge et orange, à fond.
+ en wish h c=red;orange b=bright | My son benched the whole match because the coach prefers his nephews, I'm seething: red and orange, full blast.

# trap: grand / comment (more)
fr situation n | Un grand 4x4 garé sur deux places handicapées, et le conducteur m'explique qu'il n'en a « que pour cinq minutes ».
+ en situation n | A big 4x4 parked across two disabled bays, and the driver tells me he'll "only be five minutes".
fr situation h | Comment ose-t-il me reprocher le train raté, alors que c'est lui qui avait les billets et qu'il est arrivé en retard ?
+ en situation h | How dare he blame me for missing the train, when he had the tickets and he was the one who turned up late?
"""

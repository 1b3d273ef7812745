"""inquietude: third wave, triads with bonnehumeur and colere (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La cheffe refait tous les plannings la semaine prochaine, et j'ai peur de perdre mes mercredis avec les enfants.
+ en situation n | The boss is redoing all the schedules next week, and I'm afraid I'll lose my Wednesdays with the kids.

# triad 02
fr situation n | Demain, Lina va chercher le pain seule pour la première fois, et la boulangerie est de l'autre côté du grand boulevard.
+ en situation n | Tomorrow Lina goes to get the bread on her own for the first time, and the bakery is on the other side of the big boulevard.

# triad 03
en situation n | They're redrawing the bus routes in January, and the 7:40 might no longer stop near my son's school.
+ fr situation n | Ils redessinent les lignes de bus en janvier, et le 7 h 40 risque de ne plus s'arrêter près de l'école de mon fils.

# triad 04
fr situation n | Dans la salle d'attente du médecin, papa minimise tout, mais il s'essouffle au moindre escalier depuis un mois.
+ en situation n | In the doctor's waiting room, Dad plays it all down, but he's been getting out of breath on the slightest stairs for a month.

# triad 05
fr situation n | Message de la maîtresse : « Pourriez-vous passer me voir jeudi au sujet de Noé ? » Rien de plus.
+ en situation n | Message from the teacher: "Could you come and see me on Thursday about Noé?" Nothing more.

# triad 06
en situation n | My deskmate has been coughing hard since Monday, and this weekend I'm visiting my mother, who's on chemo.
+ fr situation n | Mon voisin de bureau tousse fort depuis lundi, et ce week-end je vais voir ma mère, qui est sous chimio.

# triad 07
fr situation n | À la sortie de l'école, ma fille reste seule dans son coin ; et si personne ne jouait avec elle de toute l'année ?
+ en situation n | At the school gate my daughter stands alone in her corner; what if nobody plays with her all year?

# triad 08
fr situation n | Ma sœur avait rendez-vous chez le médecin ce matin, et depuis, elle ne répond plus à mes messages.
+ en situation n | My sister had a doctor's appointment this morning, and she hasn't answered my messages since.

# triad 09
en situation n | The French teacher says my son hasn't handed in any homework since September, and the class council is in two weeks.
+ fr situation n | Le prof de français dit que mon fils ne rend plus aucun devoir depuis la rentrée, et le conseil de classe est dans deux semaines.

# triad 10
fr situation n | À la caisse, ma carte a été refusée deux fois, et le salaire ne tombe pas avant le 5.
+ en situation n | At the checkout my card got declined twice, and my pay doesn't come in until the 5th.

# triad 11
fr situation n | Le pharmacien ne retrouve pas mon ordonnance renouvelable dans le système, et mes comprimés pour la tension s'arrêtent dimanche.
+ en situation n | The pharmacist can't find my repeat prescription in the system, and my blood pressure pills run out on Sunday.

# triad 12
en situation n | The office fridge has been lukewarm since this morning, and the milk I pumped for the baby has to last until tonight.
+ fr situation n | Le frigo du bureau est tiède depuis ce matin, et le lait que j'ai tiré pour le bébé doit tenir jusqu'à ce soir.

# triad 13
fr situation n | Sur le groupe WhatsApp des parents, on parle de trois cas de varicelle dans la classe, et le bébé n'a que deux mois.
+ en situation n | On the parents' WhatsApp group there's talk of three cases of chickenpox in the class, and the baby is only two months old.

# triad 14
fr situation n | Grève des bus lundi, et je ne vois pas comment déposer les enfants à l'école avant ma prise de poste à 7 h.
+ en situation n | Bus strike on Monday, and I can't see how I'll get the kids to school before my shift starts at seven.

# triad 15
en situation n | I forgot to renew my son's bus pass, and there are inspectors on his line every day this week.
+ fr situation n | J'ai oublié de renouveler l'abonnement de bus de mon fils, et il y a des contrôles sur sa ligne tous les jours cette semaine.

# triad 16
fr situation n | La pédiatre trouve que mon fils louche un peu et veut un bilan chez l'ophtalmo, premier créneau en mars.
+ en situation n | The paediatrician thinks my son's eye turns in a bit and wants him checked by an eye specialist, first slot in March.

# triad 17
fr situation n | Depuis le départ de Josiane, je fais la paie toute seule, et la première sans elle part jeudi.
+ en situation n | Since Josiane left I've been doing the payroll on my own, and the first one without her goes out on Thursday.

# triad 18
en situation n | My son's first birthday sleepover is on Saturday, and he still wets the bed some nights.
+ fr situation n | Samedi, c'est la première soirée pyjama d'anniversaire de mon fils, et il fait encore pipi au lit certaines nuits.

# triad 19
fr situation n | Maman m'a dit au téléphone qu'elle voyait des taches noires dans un œil, et l'ophtalmo ne la prend que dans trois semaines.
+ en situation n | Mum told me on the phone that she's seeing black spots in one eye, and the eye doctor can't see her for three weeks.

# triad 20
fr situation n | La maîtresse part en congé maternité en mars, et personne ne sait qui la remplacera, ni même s'il y aura quelqu'un.
+ en situation n | The teacher goes on maternity leave in March, and nobody knows who will replace her, or even whether anyone will.

# triad 21
en situation n | The office printer keeps jamming, and the client contracts have to be signed and posted by nine tomorrow.
+ fr situation n | L'imprimante du bureau se bloque sans arrêt, et les contrats clients doivent être signés et postés demain avant neuf heures.

# triad 22
fr situation n | Réunion budget jeudi dans la grande salle, et la rumeur dit que notre équipe pourrait être fondue dans celle de Lyon.
+ en situation n | Budget meeting on Thursday in the big room, and rumour has it our team might be merged into the Lyon one.

# triad 23
fr situation n | Les jumeaux se réveillent en toussant toutes les nuits depuis une semaine, et on part chez leurs grands-parents samedi.
+ en situation n | The twins have been waking up coughing every night for a week, and we're off to their grandparents' on Saturday.

# triad 24
en situation n | The baker has been looking for someone to take over for a year, and if nobody turns up, he closes in September.
+ fr situation n | Le boulanger cherche un repreneur depuis un an, et si personne ne se présente, il ferme en septembre.

# triad 25
fr situation n | Le dentiste a vu une carie sous mon vieux plombage et parle de dévitalisation, peut-être d'une couronne que je n'ai pas les moyens de payer.
+ en situation n | The dentist found decay under my old filling and is talking about a root canal, maybe a crown I can't afford.

# triad 26
fr situation n | Resto d'équipe vendredi dans un endroit hors de prix, et j'ai peur que la note dépasse ce qu'il me reste jusqu'à la fin du mois.
+ en situation n | Team dinner on Friday at a pricey place, and I'm afraid the bill will come to more than I've got left until the end of the month.

# triad 27
en situation n | My mate hasn't answered any of our texts since he lost his job, and he didn't turn up to football on Sunday.
+ fr situation n | Mon pote ne répond plus à aucun de nos messages depuis qu'il a perdu son boulot, et il n'est pas venu au foot dimanche.

# triad 28
fr situation n | Le car de la sortie scolaire part demain pour trois heures de route, et mon fils vomit au bout de dix minutes.
+ en situation n | The school-trip coach leaves tomorrow for a three-hour drive, and my son throws up after ten minutes.

# triad 29
en situation n | In the doctor's waiting room, I keep going over my questions: the lump on my wrist has been growing for a month.
+ fr situation n | Dans la salle d'attente du médecin, je relis mes questions : la bosse sur mon poignet grossit depuis un mois.

# triad 30
fr situation n | Mon chef m'a écrit « rappelle-moi dès que tu peux » en plein milieu de mes congés, et depuis il ne décroche plus.
+ en situation n | My boss wrote "call me back as soon as you can" right in the middle of my holiday, and now he isn't picking up.

# triad 31
fr situation n | Dès lundi, les enfants restent seuls une heure après l'école pour le goûter, et le grand n'a que dix ans.
+ en situation n | From Monday the kids will be on their own for an hour after school, and the eldest is only ten.

# triad 32
en situation n | The sociology lecturer still hasn't posted our marks, and my grant depends on this semester.
+ fr situation n | Le prof de socio n'a toujours pas publié les notes, et ma bourse dépend de ce semestre.

# triad 33
fr situation n | L'arrêt de bus de mamie est supprimé en janvier, et le suivant est en haut d'une côte qu'elle ne monte plus.
+ en situation n | Gran's bus stop is being scrapped in January, and the next one is at the top of a hill she can't climb any more.

# triad 34
fr situation n | Ma collègue part en congé maternité vendredi, et dès lundi je récupère seul ses clients les plus difficiles.
+ en situation n | My colleague goes on maternity leave on Friday, and from Monday I'm taking over her most difficult clients on my own.

# triad 35
en situation n | Dad's bank branch is closing, he has to use the app now, and he already mixes up all his passwords.
+ fr situation n | L'agence de papa ferme, il va devoir passer par l'appli de la banque, et il confond déjà tous ses mots de passe.

# triad 36
fr situation n | La cantine change de prestataire lundi, et personne ne sait encore ce qu'on servira à mon fils, allergique à l'œuf.
+ en situation n | The canteen switches caterers on Monday, and no one knows yet what they'll give my son, who's allergic to egg.

# triad 37
fr situation n | Le spectacle de ma fille tombe pile le jour de l'audit, et je ne sais pas si mon chef me laissera y aller.
+ en situation n | My daughter's show falls on the very day of the audit, and I don't know if my boss will let me go.

# triad 38
en situation n | In the bakery queue, I heard the street will be closed for three months of roadworks, and my little shop next door lives off passing trade.
+ fr situation n | Dans la file de la boulangerie, j'ai appris que la rue serait fermée trois mois pour travaux, et ma petite boutique d'à côté vit du passage.

# triad 39
fr situation n | Notre médecin traitant part à la retraite en juin, et aucun généraliste du coin ne prend de nouveaux patients.
+ en situation n | Our family doctor retires in June, and no GP around here is taking new patients.

# triad 40
fr slang_emoji n | mon ado m'écrit « faut qu'on parle ce soir, t'énerve pas » et il est à peine midi 😬
+ en slang_emoji n | my teen just texted "we need to talk tonight, don't get mad" and it's barely noon 😬

# triad 41
en situation n | We're moving to an open-plan office in September, and with my migraines I don't know how I'll cope.
+ fr situation n | On passe en open space en septembre, et avec mes migraines, je ne sais pas comment je vais tenir.

# triad 42
fr situation n | Le prof de guitare trouve que mon fils décroche, et il parle de donner sa place à un autre élève en janvier.
+ en situation n | The guitar teacher thinks my son is losing interest and talks of giving his place to another pupil in January.

# triad 43
fr situation n | Photo de classe demain, et ma fille refuse d'y aller depuis que des filles se moquent de ses nouvelles lunettes.
+ en situation n | Class photo tomorrow, and my daughter won't go since some girls started making fun of her new glasses.

# triad 44
en situation n | I left my phone on the bus, it rings and rings, and the lost property office doesn't open until Monday.
+ fr situation n | J'ai oublié mon téléphone dans le bus, il sonne dans le vide, et les objets trouvés n'ouvrent que lundi.

# triad 45
fr situation n | Sur Pronote, les notes de maths de mon fils dégringolent depuis la rentrée, et l'orientation se décide au printemps.
+ en situation n | On the school app, my son's maths marks have been sliding since September, and his next-year options are decided in spring.

# triad 46
fr situation n | Le centre de radiologie m'a rappelée pour refaire l'échographie « par précaution », lundi matin.
+ en situation n | The imaging centre called me back to redo the ultrasound "as a precaution", on Monday morning.

# triad 47
en situation n | My daughter's baby tooth won't come out and the adult one is already growing behind it; the dentist may have to pull it.
+ fr situation n | La dent de lait de ma fille ne tombe pas et la définitive pousse déjà derrière ; le dentiste devra peut-être l'arracher.

# triad 48
fr situation n | Notre plus gros client n'a pas renouvelé son contrat, et la direction fait les comptes d'ici la fin du mois.
+ en situation n | Our biggest client hasn't renewed his contract, and management is doing the sums before the end of the month.

# triad 49
fr situation n | Le club cherche un nouvel entraîneur pour les petits, sinon l'équipe de mon fils sera dissoute à la fin du mois.
+ en situation n | The club is looking for a new coach for the little ones, or else my son's team will be disbanded at the end of the month.

# triad 50
en mixed n | Rested after my leave, yes, but mostly uneasy: I go back Monday to 600 emails and my annual review the same week.
+ fr mixed n | Reposée par mes congés, oui, mais surtout tracassée : je reprends lundi avec 600 mails et mon entretien annuel dans la foulée.

# triad 51
fr situation n | Le tram ne roulera plus le soir pendant deux mois de travaux, et je finis à 22 h à l'autre bout de la ville.
+ en situation n | The tram won't run in the evenings for two months of works, and I finish at 10 p.m. on the other side of town.

# triad 52
fr situation n | Un nouveau chef arrive lundi, et on raconte qu'il a supprimé la moitié des postes dans sa boîte d'avant.
+ en situation n | A new boss starts on Monday, and word is he cut half the jobs at his last company.

# triad 53
en situation n | Tomorrow morning I have to drop my son at breakfast club at seven for the first time, and he was already crying at the idea.
+ fr situation n | Demain matin, je dois déposer mon fils à la garderie à 7 h pour la première fois, et il pleurait déjà rien qu'à l'idée.

# triad 54
fr situation n | On garde le hamster de la classe pendant les vacances, et il ne touche plus à sa nourriture depuis hier.
+ en situation n | We're looking after the class hamster over the holidays, and it hasn't touched its food since yesterday.

# triad 55
fr situation n | Je dois annoncer ma grossesse au chef la semaine prochaine, et la dernière à l'avoir fait n'a pas vu son contrat renouvelé.
+ en situation n | I have to tell the boss I'm pregnant next week, and the last woman who did didn't get her contract renewed.

# triad 56
en situation n | Nobody on the girls' group chat has replied to my message since last night, and I keep wondering if I upset someone.
+ fr situation n | Personne n'a répondu à mon message sur le groupe des copines depuis hier soir, et je me demande si j'ai vexé quelqu'un.

# triad 57
fr situation n | La réunion parents-profs est jeudi, et depuis deux mois mon fils ne me montre plus aucune de ses notes.
+ en situation n | Parents' evening is on Thursday, and for two months my son hasn't shown me a single one of his marks.

# triad 58
fr situation n | La carte d'identité de mon fils expire avant le voyage scolaire en Espagne, et la mairie n'a aucun rendez-vous avant deux mois.
+ en situation n | My son's ID card expires before the school trip to Spain, and the town hall has no appointments for two months.

# triad 59
en situation n | If I miss the bus again tomorrow, that's my third late this month, and the boss has mentioned a written warning.
+ fr situation n | Si je rate encore le bus demain, ce sera mon troisième retard du mois, et le chef a parlé d'avertissement.

# triad 60
fr situation n | La crèche a appelé : la petite a un peu de fièvre et refuse de boire, et je ne peux pas partir avant 17 h.
+ en situation n | The nursery rang: the little one has a bit of a temperature and won't drink, and I can't leave before five.

# triad 61
fr situation n | Mon moniteur d'auto-école part à la retraite le mois prochain, et personne ne pourra le remplacer avant la date de mon examen.
+ en situation n | My driving instructor retires next month, and nobody can take over from him before my test date.

# triad 62
en situation n | My son's new coat went missing at school, and we can't afford another one before the end of the month, with the cold snap coming.
+ fr situation n | Le manteau neuf de mon fils a disparu à l'école, et on ne pourra pas en racheter un avant la fin du mois, en plein coup de froid.

# triad 63
fr situation n | La maraîchère du marché n'était pas là pour le troisième samedi de suite, elle qui ne ratait jamais, et personne n'a de nouvelles.
+ en situation n | The vegetable lady at the market wasn't there for the third Saturday running, she who never missed one, and nobody's heard from her.

# triad 64
fr situation n | Mon fils part dimanche en colo voile, et il n'a toujours pas osé dire aux moniteurs qu'il a peur de l'eau.
+ en situation n | My son leaves for sailing camp on Sunday, and he still hasn't dared tell the instructors he's scared of water.

# triad 65
en typo n | another teachers strike on thursday and i have zero days off left to mind the kids, dunno what im gona do
+ fr typo n | encore une greve des profs jeudi et jai plus aucun jour de congé pour garder les enfants, jsais pas comment je vais faire

# triad 66
fr situation n | Le labo m'a appelée pour refaire ma prise de sang, « un résultat à vérifier », sans vouloir m'en dire plus.
+ en situation n | The lab called me to redo my blood test, "one result to double-check", and wouldn't tell me anything more.

# triad 67
fr situation n | Nadia, avec qui je fais le trajet, change de poste le mois prochain, et sans elle je n'ai aucun moyen d'aller au boulot.
+ en situation n | Nadia, who I ride in with, is changing jobs next month, and without her I've got no way of getting to work.

# triad 68
en situation n | My daughter has a solo at the school choir concert on Friday, and she's had no voice since Monday.
+ fr situation n | Ma fille a un solo au concert de la chorale de l'école vendredi, et elle n'a plus de voix depuis lundi.

# triad 69
fr situation n | Le boulanger n'est pas sûr de pouvoir faire le gâteau d'anniversaire sans gluten pour samedi, et ma nièce est cœliaque.
+ en situation n | The baker isn't sure he can make the gluten-free birthday cake for Saturday, and my niece is coeliac.

# triad 70
fr situation n | Après la téléconsultation, je doute que le médecin ait bien vu les plaques rouges, et elles s'étendent maintenant sur les bras.
+ en situation n | After the video appointment, I'm not sure the doctor really saw the red patches, and now they're spreading up my arms.

# triad 71
en situation n | Monday meeting: we present the quarterly figures, and mine are the lowest in the team.
+ fr situation n | Réunion du lundi : on présente les chiffres du trimestre, et les miens sont les plus bas de l'équipe.

# triad 72
fr situation n | Au supermarché, tout augmente chaque semaine, et il me reste 90 euros pour quinze jours avec deux enfants.
+ en situation n | At the supermarket everything goes up every week, and I've got 90 euros left for a fortnight with two kids.

# triad 73
fr situation n | J'ai raté trois appels de l'école pendant la réunion, et ils n'ont laissé aucun message.
+ en situation n | I missed three calls from the school during the meeting, and they didn't leave a message.

# triad 74
en situation n | My work phone won't hold a charge any more, and tomorrow I'm on the road all day waiting for client calls.
+ fr situation n | Mon téléphone pro ne tient plus la charge, et demain je suis sur la route toute la journée à attendre des appels de clients.

# triad 75
fr situation n | Pendant six mois, ma ligne passe en vieux bus sans rampe, et je me déplace en fauteuil.
+ en situation n | For six months my route is switching to old buses with no ramp, and I get around in a wheelchair.

# triad 76
fr situation n | En salle d'attente chez la pédiatre, le petit est tout pâle sur mes genoux, et il refuse de manger depuis deux jours.
+ en situation n | In the paediatrician's waiting room, the little one is so pale on my lap, and he's refused to eat for two days.

# triad 77
en situation n | I sent the boss a rather curt email about the new rota by mistake, and he still hasn't replied.
+ fr situation n | J'ai envoyé par erreur au chef un mail un peu sec sur le nouveau planning, et il ne m'a toujours pas répondu.

# triad 78
fr situation n | Ça fait deux semaines que je saute ma pause déjeuner pour boucler le dossier, et j'ai des vertiges tous les après-midi.
+ en situation n | I've been skipping my lunch break for two weeks to finish the project, and I get dizzy every afternoon.

# triad 79
fr situation n | À Noël, ma fille n'arrive toujours pas à lire les syllabes, et la maîtresse parle d'un bilan chez l'orthophoniste.
+ en situation n | It's Christmas and my daughter still can't read syllables, and the teacher is talking about a speech therapy assessment.

# triad 80
en situation n | On the building's group chat, people report break-in attempts on the third floor, and I'm away for two weeks from Monday.
+ fr situation n | Sur le groupe de l'immeuble, on signale des tentatives de cambriolage au 3e, et je pars deux semaines dès lundi.

# triad 81
fr mixed n | Épuisée après ma nuit de garde, mais surtout tracassée : une patiente allait moins bien à mon départ, et je n'aurai pas de nouvelles avant ce soir.
+ en mixed n | Exhausted after my night shift, but mostly uneasy: one patient was getting worse when I left, and I won't hear anything until tonight.

# triad 82
fr slang_emoji n | la nounou arrête en juin et on a trouvé personne pour la rentrée 😬 on va faire comment
+ en slang_emoji n | the nanny stops in june and we haven't found anyone for september 😬 what are we gonna do

# triad 83
en situation n | Still no answer on my Christmas leave, and the train tickets to see my parents get pricier every day.
+ fr situation n | Toujours pas de réponse pour mes congés de Noël, et les billets de train pour aller voir mes parents augmentent chaque jour.

# triad 84
fr wish n c=blue;navy b=dim | Le dernier bus est supprimé, ma fille rentre à pied de la gare et je tourne en rond : des bleus doux, lumière tamisée.
+ en wish n c=blue;navy b=dim | The last bus has been cancelled, my daughter's walking home from the station and I'm pacing: soft blues, dimmed lights.
"""

"""inquietude: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: children and family
fr long n | Mon fils de seize ans devait rentrer du cinéma à vingt-trois heures. Il est minuit dix, son téléphone tombe directement sur la messagerie et ses copains ne répondent pas non plus. Je regarde la rue par la fenêtre toutes les deux minutes.
+ en long n | My sixteen-year-old was supposed to be home from the cinema at eleven. It's ten past midnight, his phone goes straight to voicemail and his friends aren't answering either. I've been looking down the street from the window every two minutes.
en long n | My mum, who's eighty-one, calls me every evening at seven on the dot. It's half past eight and she hasn't, and her landline just rings and rings. Her neighbour is away this week, and I'm two hours' drive from her.
+ fr long n | Ma mère, quatre-vingt-un ans, m'appelle tous les soirs à dix-neuf heures pile. Il est vingt heures trente, elle n'a pas appelé, et son fixe sonne dans le vide. Sa voisine est absente cette semaine, et je suis à deux heures de route.
fr long n | Ma fille part en Erasmus à Cracovie dimanche. Elle n'a jamais pris l'avion seule, son logement n'est toujours pas confirmé et elle parle à peine anglais. Elle est ravie ; moi, j'ai déjà rempli trois pages de listes et je dors mal.
+ en long n | My daughter leaves for her Erasmus year in Kraków on Sunday. She's never flown alone, her accommodation still isn't confirmed and she barely speaks English. She's thrilled; I've already filled three pages with lists and I'm sleeping badly.
en long n | My daughter's new boyfriend is twenty-six; she's seventeen. He picks her up from school in his car, and she's started deleting her messages. When I try to talk about it, she says I don't understand anything.
+ fr long n | Le nouveau copain de ma fille a vingt-six ans ; elle en a dix-sept. Il vient la chercher au lycée en voiture, et elle s'est mise à effacer ses messages. Quand j'essaie d'en parler, elle me dit que je ne comprends rien.
fr long n | Mon père, soixante-dix ans, s'est mis au vélo de route. Il part seul, sans téléphone, sur les petites routes de montagne, et rentre parfois à la nuit tombée. Quand je lui parle de gilet réfléchissant, il rit et me traite de mère poule.
+ en long n | My dad, seventy, has taken up road cycling. He goes out alone, without a phone, on little mountain roads, and sometimes comes back after dark. When I mention a hi-vis vest, he laughs and calls me a mother hen.
en long n | Grandad has started leaving the gas on. Twice this week the neighbour smelled it from the landing. He insists he's perfectly fine on his own and won't hear a word about a care home.
+ fr long n | Papi s'est mis à oublier le gaz allumé. Deux fois cette semaine, la voisine a senti l'odeur depuis le palier. Il répète qu'il se débrouille très bien tout seul et ne veut pas entendre parler de maison de retraite.
# long: health and pets
en long n | The dentist took an X-ray, went quiet and called in a colleague. They said it's probably nothing but they'd like a specialist to have a look, and the earliest appointment is in three weeks. I keep touching that side of my jaw.
+ fr long n | Le dentiste a fait une radio, s'est tu, puis a appelé un collègue. Ils disent que ce n'est sans doute rien mais qu'ils aimeraient l'avis d'un spécialiste, et le premier rendez-vous est dans trois semaines. Je n'arrête pas de toucher ce côté de ma mâchoire.
fr long n | Depuis deux jours, le chat ne mange presque plus et reste caché sous le lit. Il a quatorze ans. La vétérinaire a fait une prise de sang et rappellera lundi avec les résultats. Mets-moi une lumière calme, s'il te plaît.
+ en long n | For two days the cat has barely eaten and keeps hiding under the bed. He's fourteen. The vet took a blood sample and will ring on Monday with the results. Something calm for the lights, please.
fr long n | Le petit tousse depuis dix jours. Le médecin dit que c'est viral, mais la toux le réveille toutes les nuits et empire au lieu de passer. Demain, c'est la reprise de la crèche et je n'ai aucune solution de garde s'ils le refusent.
+ en long n | The little one has been coughing for ten days. The doctor says it's viral, but the cough wakes him every night and is getting worse instead of better. Nursery starts again tomorrow and I've no childcare if they turn him away.
fr long n | Ma femme est enceinte de sept mois. Ce matin, elle a senti le bébé bouger moins que d'habitude. La sage-femme nous a dit de passer en fin de journée, « par précaution », et depuis on ne parle plus que de ça.
+ en long n | My wife is seven months pregnant. This morning she felt the baby move less than usual. The midwife told us to come in at the end of the day, "as a precaution", and since then we've talked about nothing else.
fr long n | Ma meilleure amie a posté un message bizarre à deux heures du matin, puis l'a supprimé. Elle ne répond pas depuis. Elle n'allait pas bien ces derniers temps, et elle vit seule à l'autre bout de la ville.
+ en long n | My best friend posted a strange message at two in the morning, then deleted it. She hasn't answered since. She hadn't been doing well lately, and she lives alone on the other side of town.
# long: work, money, housing
fr long n | La boîte a annoncé une « réorganisation » pour janvier. Personne ne sait quels services sont concernés. Ce matin, la DRH a réservé la grande salle pour toute la journée de jeudi, et mon chef a annulé notre point hebdomadaire sans donner de raison.
+ en long n | The company has announced a "reorganisation" for January. Nobody knows which departments are affected. This morning HR booked the big meeting room for the whole of Thursday, and my boss cancelled our weekly catch-up without giving a reason.
en long n | The bank sent a letter asking me to "urgently regularise my situation" without saying what situation. Their phone line is closed until Monday. I've checked my account five times and everything looks normal, which somehow makes it worse.
+ fr long n | La banque m'a envoyé un courrier me demandant de « régulariser ma situation au plus vite », sans dire laquelle. Leur ligne est fermée jusqu'à lundi. J'ai vérifié mon compte cinq fois, tout a l'air normal, et bizarrement c'est pire.
fr long n | On a signé le compromis pour l'appartement. L'agence vient de m'écrire que la banque « étudie encore » notre dossier de prêt, à cinq jours de la date limite. On a déjà donné notre préavis pour la location.
+ en long n | We've signed the preliminary contract for the flat. The agency has just written to say the bank is "still reviewing" our mortgage application, five days before the deadline. We've already given notice on our rental.
fr long n | Le chantier de la maison a trois mois de retard. L'entrepreneur ne répond plus depuis une semaine et hier, il n'y avait aucun ouvrier sur place. On lui a déjà versé soixante pour cent du montant.
+ en long n | The house build is three months behind. The contractor hasn't answered for a week, and yesterday there wasn't a single worker on site. We've already paid him sixty percent.
fr long n | Mon contrat se termine à la fin du mois. Deux entretiens, deux « on vous rappelle ». Le loyer tombe le cinq, et France Travail n'a toujours pas validé mon dossier.
+ en long n | My contract ends at the end of the month. Two interviews, two "we'll call you back". Rent is due on the fifth, and the unemployment office still hasn't approved my claim.
en long n | I wrote a bit too honestly about my company in a post last night, and this morning someone from HR viewed my profile. Nobody has said anything yet. My manager cancelled our one-to-one this afternoon without a reason.
+ fr long n | J'ai écrit un post un peu trop franc sur ma boîte hier soir, et ce matin quelqu'un des RH a consulté mon profil. Personne ne m'a rien dit pour l'instant. Mon manager a annulé notre entretien individuel de cet après-midi sans raison.
# long: weather, travel
fr long n | La rivière est montée de quarante centimètres depuis ce matin et il pleut toujours. La commune est passée en vigilance orange. Notre cave a déjà été inondée en 2018, et on vient juste de refaire le sol. Une ambiance qui colle, s'il te plaît.
+ en long n | The river has risen forty centimetres since this morning and it's still raining. The town is on amber alert. Our cellar flooded in 2018, and we've only just redone the floor. Set the mood to match, please.
fr long n | Notre vol retour est prévu dans quatre jours, mais la grève des contrôleurs aériens se prolonge. La compagnie n'a rien annulé, rien confirmé non plus. J'ai un entretien d'embauche à Paris jeudi matin.
+ en long n | Our flight home is in four days, but the air traffic controllers' strike keeps dragging on. The airline hasn't cancelled anything, or confirmed anything either. I have a job interview in Paris on Thursday morning.
en long n | The kids are on a school trip in the Alps, and the news is showing an avalanche warning for exactly that valley. The school says everything is fine, but nobody has posted a single photo on the class group since yesterday.
+ fr long n | Les enfants sont en classe de neige dans les Alpes, et les infos annoncent un risque d'avalanche pile dans leur vallée. L'école assure que tout va bien, mais personne n'a posté la moindre photo dans le groupe de la classe depuis hier.

# negation
fr negation n | Je ne panique pas, je suis juste inquiète : le médecin veut refaire la prise de sang de ma mère, « pour vérifier », et il n'a pas voulu dire quoi.
+ en negation n | I'm not panicking, just worried: the doctor wants to redo my mum's blood test "to check", and he wouldn't say what for.
en negation n | Not angry with him, just worried: he's been skipping meals and sleeping at the office since the divorce.
+ fr negation n | Je ne lui en veux pas, je me fais du souci : depuis le divorce, il saute des repas et dort au bureau.
fr negation n | Ce n'est pas de l'impatience, c'est du souci : mon frère devait atterrir à Lisbonne il y a trois heures et il n'a toujours pas donné signe de vie.
+ en negation n | It's not impatience, it's worry: my brother was due to land in Lisbon three hours ago and he still hasn't been in touch.
fr negation n | Je ne suis pas fâchée contre ma fille, j'ai peur pour elle : elle ne mange plus à la cantine et elle a perdu cinq kilos depuis la rentrée.
+ en negation n | I'm not cross with my daughter, I'm afraid for her: she's stopped eating at school and has lost five kilos since term started.
en negation n | I'm not sad about the diagnosis yet, just uneasy. They found something on the scan and want more tests before telling me what it is.
+ fr negation n | Je ne suis pas encore triste pour le diagnostic, juste mal à l'aise. Ils ont vu quelque chose au scanner et veulent d'autres examens avant de me dire ce que c'est.
fr negation n | Ça ne me met pas en colère, ça m'angoisse un peu : les factures d'énergie ont doublé et l'hiver n'a même pas commencé.
+ en negation n | It doesn't make me angry, it makes me a bit anxious: the energy bills have doubled and winter hasn't even started.
fr negation n | La lettre d'admission de l'université n'est jamais arrivée, le site n'affiche rien, et les inscriptions ferment vendredi.
+ en negation n | The university admission letter never arrived, the website shows nothing, and enrolment closes on Friday.
en negation n | I'm not panicking, really. It's just that the crack in the bedroom wall has got wider since last month, and next door are digging new foundations.
+ fr negation n | Je ne panique pas, vraiment. C'est juste que la fissure du mur de la chambre s'est élargie depuis le mois dernier, et les voisins creusent de nouvelles fondations.
fr negation n | Non, ce n'est pas de la tristesse. C'est cette boule au ventre : papa a encore oublié le prénom de ma fille au téléphone.
+ en negation n | No, it isn't sadness. It's this knot in my stomach: Dad forgot my daughter's name on the phone again.
fr negation n | Je ne suis pas agacé, je me fais du souci : le chien boite depuis ce matin et refuse de monter dans la voiture.
+ en negation n | I'm not annoyed, I'm worried: the dog has been limping since this morning and won't get into the car.
en negation n | It's not panic, but it's nagging at me: the school bus is forty minutes late, the company isn't picking up, and my son's phone is switched off.
+ fr negation n | Ce n'est pas la panique, mais ça me travaille : le car scolaire a quarante minutes de retard, la compagnie ne décroche pas, et le téléphone de mon fils est éteint.
fr negation n | Je ne stresse pas pour mon examen, je suis inquiet pour ma sœur : elle passe sa biopsie le même jour et ne veut pas que je l'accompagne.
+ en negation n | I'm not stressed about my exam, I'm worried about my sister: she's having her biopsy the same day and doesn't want me to go with her.

# mixed
fr mixed n | Contente qu'il ait trouvé du travail, mais surtout inquiète : il sera convoyeur de fonds, de nuit, avec deux enfants en bas âge à la maison.
+ en mixed n | Glad he's found work, but mostly worried: he'll be driving a cash-in-transit van, at night, with two little kids at home.
en mixed n | A little proud of her for moving out, but mostly worried: the flat she found is above a bar, in a street I don't know, and the front door doesn't lock properly.
+ fr mixed n | Un peu fière qu'elle prenne son envol, mais surtout inquiète : l'appart qu'elle a trouvé est au-dessus d'un bar, dans une rue que je ne connais pas, et la porte d'entrée ferme mal.
fr mixed n | Un peu agacé par le retard du chantier, mais surtout soucieux : l'architecte a parlé d'un « problème de structure » sans vouloir en dire plus.
+ en mixed n | A bit annoyed about the building delays, but mostly uneasy: the architect mentioned a "structural problem" and wouldn't say any more.
fr mixed n | Amusée au début par son nouveau hobby de plongée sous glace, mais maintenant ça me ronge : il y va seul, le week-end, sans dire où.
+ en mixed n | I was amused at first by his new ice-diving hobby, but now it's eating at me: he goes alone at weekends without saying where.
en mixed n | Happy to be on holiday, sure, but underneath there's this knot in my stomach: we left the house with the boiler making that clicking noise again.
+ fr mixed n | Content d'être en vacances, bien sûr, mais j'ai une boule au ventre : on a laissé la maison avec la chaudière qui refait ce petit claquement.
fr mixed n | Fier de mon fils qui a eu son permis, mais ce soir c'est l'inquiétude qui gagne : il prend l'autoroute seul pour la première fois, de nuit, sous la pluie.
+ en mixed n | Proud of my son for passing his test, but tonight worry wins: he's taking the motorway alone for the first time, at night, in the rain.
fr mixed n | Soulagé que l'opération soit terminée, mais toujours inquiet : le chirurgien est sorti en disant qu'il faudrait « voir comment elle réagit dans les prochains jours ».
+ en mixed n | Relieved the operation is over, but still worried: the surgeon came out saying we'd have to "see how she responds over the next few days".
en mixed n | Part of me is excited about the new job, but mostly I'm uneasy: three people have quit in the last two months and nobody will tell me why.
+ fr mixed n | Une partie de moi est ravie du nouveau poste, mais surtout je suis mal à l'aise : trois personnes ont démissionné en deux mois et personne ne veut me dire pourquoi.
fr mixed n | Un peu triste de vendre la voiture de papa, mais surtout préoccupée : l'acheteur a payé par chèque de banque et ma banque ne peut rien confirmer avant lundi.
+ en mixed n | A bit sad to sell Dad's car, but mostly uneasy: the buyer paid with a banker's draft and my bank can't confirm anything until Monday.
fr mixed n | Ravie de voir les enfants jouer dans le ruisseau, mais je ne les quitte pas des yeux : l'orage gronde derrière la colline et l'eau monte vite par ici.
+ en mixed n | Delighted to see the kids playing in the stream, but I can't take my eyes off them: there's thunder behind the hill and the water rises fast round here.
en mixed n | A bit annoyed he forgot to call, but mostly worried: he never forgets, and his last message was from the motorway near Lyon four hours ago.
+ fr mixed n | Un peu vexée qu'il n'ait pas appelé, mais surtout inquiète : il n'oublie jamais, et son dernier message date d'il y a quatre heures, sur l'autoroute vers Lyon.
fr mixed n | Heureux d'avoir enfin acheté la maison, mais depuis hier je dors mal : le voisin parle d'un projet d'autoroute juste derrière le jardin.
+ en mixed n | Happy to have finally bought the house, but since yesterday I've been sleeping badly: the neighbour mentioned a motorway project right behind the garden.
fr mixed n | J'étais détendu en partant en rando, mais maintenant ça me travaille : mon pote a pris un autre sentier il y a deux heures, le brouillard tombe et il n'a pas de réseau.
+ en mixed n | I was relaxed setting off on the hike, but now it's nagging at me: my mate took a different trail two hours ago, the fog is coming down and he has no signal.
"""

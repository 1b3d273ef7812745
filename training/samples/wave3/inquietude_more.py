"""inquietude: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation n | Mes parents vendent leur maison pour tout mettre dans un gîte, à soixante-dix ans, sans aucune expérience.
+ en situation n | My parents are selling their house to put everything into a holiday let, at seventy, with no experience at all.
fr situation n | Ma sœur part vivre avec un homme rencontré en ligne il y a trois semaines, à l'autre bout du pays.
+ en situation n | My sister is moving in with a man she met online three weeks ago, at the other end of the country.
fr situation n | Mon fils de trois ans ne dit toujours que quelques mots, et l'orthophoniste ne peut pas le voir avant septembre.
+ en situation n | My three-year-old still only says a handful of words, and the speech therapist can't see him before September.
fr situation n | Mon fils de neuf ans regarde en cachette des vidéos de défis dangereux sur son téléphone.
+ en situation n | My nine-year-old secretly watches dangerous challenge videos on his phone.
fr situation l | Mon fils part en voyage scolaire à Londres, lui qui oublie ses clés une fois sur deux.
+ en situation l | My son's off on a school trip to London, and he forgets his keys half the time.
fr situation n | Mon compagnon reprend le travail lundi après son burn-out, dans la même équipe, avec le même chef.
+ en situation n | My partner goes back to work on Monday after his burnout, same team, same boss.
fr situation n | Elle a rendez-vous chez le cardiologue après son malaise au bureau, et elle fait comme si ce n'était rien. Lumière douce, s'il te plaît.
+ en situation n | She's seeing the cardiologist after fainting at the office, and she's acting like it's nothing. Soft light, please.
# situations: friends, neighbours, elderly parents
fr situation n | Ma copine d'enfance s'est remise avec l'ex qui l'avait mise à la porte en pleine nuit.
+ en situation n | My childhood friend got back together with the ex who threw her out in the middle of the night.
fr situation l | Le nouveau voisin a planté des bambous le long de la clôture, et il paraît que les racines passent sous les fondations.
+ en situation l | The new neighbour planted bamboo along the fence, and apparently the roots get under foundations.
fr situation n | Papa a donné ses coordonnées bancaires à quelqu'un au téléphone « pour un remboursement », il ne sait plus trop qui.
+ en situation n | Dad gave his bank details to someone on the phone "for a refund", and he's not quite sure who.
fr situation n | Ma mère, quatre-vingt-quatre ans, refuse de rendre son permis, et elle a encore accroché un poteau la semaine dernière.
+ en situation n | My mother is eighty-four, refuses to give up her licence, and she clipped a post again last week.
fr situation n | Mon père, veuf depuis l'an dernier, passe ses journées sur des sites de poker en ligne.
+ en situation n | My father, widowed last year, spends his days on online poker sites.
# situations: work, school
fr situation n | On doit tous repostuler à nos propres postes d'ici la fin du mois, avec un poste de moins par équipe.
+ en situation n | We all have to reapply for our own jobs by the end of the month, with one fewer position per team.
fr situation n | Je commence dans la nouvelle boîte lundi, et je viens d'apprendre que trois personnes ont quitté ce poste en un an.
+ en situation n | I start at the new company on Monday, and I've just found out three people quit that job in a year.
fr situation n | Chaque matin, j'ouvre mes mails l'estomac noué, depuis que le client a parlé d'aller en justice.
+ en situation n | Every morning I open my emails with a knot in my stomach, ever since the client mentioned going to court.
fr situation n | Ma fille a raté ses deux premiers contrôles de maths au lycée, elle qui avait toujours les meilleures notes.
+ en situation n | My daughter failed her first two maths tests in high school, after always getting top marks.
fr situation n | Mon fils va peut-être redoubler, le conseil de classe est jeudi et les profs sont partagés. Mets quelque chose de feutré.
+ en situation n | My son might have to repeat the year; the staff meeting is Thursday and the teachers are split. Put on something hushed.
# situations: health
fr situation n | Depuis quelques semaines, je cherche mes mots au milieu des phrases, et mon grand-père a eu Alzheimer.
+ en situation n | For a few weeks I've been losing words mid-sentence, and my grandfather had Alzheimer's.
fr situation n | Ma vue baisse d'un seul côté, et l'ophtalmo n'a pas de place avant trois mois.
+ en situation n | My sight is going in one eye, and the eye doctor has nothing for three months.
fr situation n | Ils parlent de fermer la maternité de la ville, la prochaine est à une heure de route, et je suis enceinte de sept mois.
+ en situation n | They're talking about closing the town's maternity ward, the next one is an hour's drive, and I'm seven months pregnant.
# situations: money, administration
fr situation n | On a pris la voiture à crédit sur sept ans, et mon contrat se termine en décembre sans promesse de renouvellement.
+ en situation n | We took the car on a seven-year loan, and my contract ends in December with no promise of renewal.
fr situation n | L'entreprise de mon mari verse les salaires avec deux semaines de retard depuis trois mois. Mets quelque chose de calme.
+ en situation n | My husband's company has been paying wages two weeks late for three months now. Put on something calm.
fr situation n | La librairie que je tiens n'a fait que trois ventes cette semaine, et l'échéance du prêt tombe le dix.
+ en situation n | My bookshop made three sales this week, and the loan repayment is due on the tenth.
fr situation n | La mairie n'a pas trouvé la place en crèche promise, et je reprends le travail dans trois semaines.
+ en situation n | The council couldn't find the nursery place they promised, and I go back to work in three weeks.
fr situation n | Le notaire a trouvé un problème dans l'acte de la maison achetée il y a deux ans, et il veut « en parler de vive voix ». Baisse un peu les lumières.
+ en situation n | The notary found a problem with the deed to the house we bought two years ago, and he wants to "discuss it in person". Dim the lights a bit.
# situations: house, DIY, garden, moving
fr situation n | Un expert passe jeudi pour les fissures de l'immeuble, et on murmure que les travaux seront pour les copropriétaires.
+ en situation n | An inspector is coming Thursday about the cracks in the building, and word is the owners will be paying for the work.
fr situation n | J'ai abattu une cloison ce week-end, et maintenant je me demande si elle ne soutenait pas quelque chose à l'étage.
+ en situation n | I knocked down a partition wall this weekend, and now I'm wondering whether it was holding something up upstairs.
fr situation n | Le grand chêne au fond du jardin penche un peu plus après chaque tempête, et il est juste au-dessus de la chambre des enfants.
+ en situation n | The big oak at the bottom of the garden leans a little more after every storm, and it's right over the kids' bedroom.
fr situation n | On emménage dans une ville où on ne connaît personne, et ma fille de quinze ans refuse même d'en parler.
+ en situation n | We're moving to a town where we know nobody, and my fifteen-year-old won't even talk about it.
# situations: pets, nature, weather
fr situation n | Le chat n'est pas rentré de la nuit, lui qui miaule à la porte tous les soirs à vingt heures pile. Laisse la lumière du perron allumée.
+ en situation n | The cat didn't come home last night, and he's at the door meowing every evening at eight on the dot. Leave the porch light on.
fr situation l | Le poisson rouge de ma fille nage de travers depuis ce matin, et elle y tient tellement.
+ en situation l | My daughter's goldfish has been swimming lopsided since this morning, and she loves it so much.
fr situation n | On a trouvé des tiques sur le chien après la balade, et le petit s'est roulé dans les mêmes herbes.
+ en situation n | We found ticks on the dog after the walk, and the little one rolled around in the same grass.
fr situation n | L'aéroport où ma fille est bloquée reste fermé pour la tempête de neige, et il ne lui reste presque plus d'argent là-bas.
+ en situation n | The airport where my daughter is stranded is still closed because of the snowstorm, and she's almost out of money over there.
fr situation n | Le vent se lève, et j'ai laissé la bâche du toit mal attachée en partant ce matin.
+ en situation n | The wind's picking up, and I left the tarp on the roof badly tied down when I went out this morning.
# situations: travel, transport, holidays, city, countryside
fr situation l | On part en Islande dans dix jours, et je lis que la route prévue est souvent fermée à cette saison.
+ en situation l | We leave for Iceland in ten days, and I'm reading that our route is often closed this time of year.
fr situation n | On a réservé les vacances en famille dans un pays où les manifestations se multiplient depuis une semaine. Une musique en sourdine, merci.
+ en situation n | We booked the family holiday in a country where protests have been spreading all week. Some quiet music, thanks.
fr situation n | Depuis la fermeture du commissariat du quartier, ma fille rentre du travail à pied à minuit en traversant le parc.
+ en situation n | Since the local police station closed, my daughter walks home from work at midnight through the park.
fr situation n | Le médecin du village part à la retraite en juin, personne ne reprend le cabinet, et papa a besoin de ses visites à domicile.
+ en situation n | The village doctor retires in June, nobody is taking over the practice, and Dad needs his home visits.
# situations: food, cooking, sport, music, hobbies, games, tech
fr situation n | J'ai cuisiné les champignons que le voisin a cueillis lui-même, et maintenant je doute qu'il s'y connaisse vraiment.
+ en situation n | I cooked the mushrooms my neighbour picked himself, and now I'm not sure he really knows what he's doing.
fr situation n | Le traiteur du mariage de ma fille ne répond plus depuis une semaine, et on lui a versé l'acompte.
+ en situation n | The caterer for my daughter's wedding hasn't answered in a week, and we've paid the deposit.
fr situation n | Mon mari a le cœur fragile et il tient à aller au stade pour le derby, dans la foule et la chaleur.
+ en situation n | My husband has a weak heart and he's set on going to the derby, in the crowd and the heat.
fr situation n | Ma fille veut faire de la plongée cet été avec un club sur lequel je ne trouve aucun avis.
+ en situation n | My daughter wants to go diving this summer with a club I can't find a single review of.
fr situation n | Le club d'escalade de ma fille part en falaise ce week-end, et elle n'a jamais grimpé qu'en salle.
+ en situation n | My daughter's climbing club is heading out to real cliffs this weekend, and she's only ever climbed indoors.
fr situation n | Mon fils veut quitter le lycée pour se consacrer à son groupe, et il voit le proviseur vendredi.
+ en situation n | My son wants to leave school to focus on his band, and he's seeing the head teacher on Friday.
fr situation n | Mon ordinateur redémarre tout seul, et mon mémoire est dessus, à rendre dans une semaine, sans sauvegarde.
+ en situation n | My laptop keeps restarting on its own, my dissertation is on it, due in a week, and there's no backup.
# situations: night, mornings
fr situation n | Deux heures du matin, et je refais encore les calculs pour savoir si on pourra garder la maison. Tamise tout.
+ en situation n | Two in the morning, and I'm running the numbers again to see if we can keep the house. Dim everything.
fr situation n | Ce matin, la voiture a encore mis trois essais à démarrer, et c'est avec elle que j'emmène maman à sa dialyse jeudi.
+ en situation n | This morning the car took three goes to start again, and it's the one I'm taking Mum to dialysis in on Thursday.

# long
fr long n | Papa a rendez-vous chez le neurologue la semaine prochaine. Il dit que c'est de la routine. Mais il a pris le rendez-vous tout seul. Il ne fait jamais ça.
+ en long n | Dad has a neurologist appointment next week. He says it's routine. But he booked it himself. He never does that.
fr long n | Le toit fuit depuis l'orage. Le couvreur passera « dans le mois ». La météo annonce de la pluie toute la semaine. Chaque nuit, j'écoute les gouttes tomber dans la bassine.
+ en long n | The roof has leaked since the storm. The roofer will come "sometime this month". The forecast says rain all week. Every night I listen to the drops falling into the bucket.
fr long l | Mon fils part étudier à Montréal en septembre. Il n'a jamais lancé une machine. Il ne sait pas cuire un œuf. Et il refuse qu'on l'accompagne.
+ en long l | My son leaves to study in Montreal in September. He's never run a wash. He can't boil an egg. And he won't let us go with him.
fr long n | La boîte vient de perdre son plus gros client. Le patron parle d'une « période délicate ». Ma femme est en congé parental. On a signé pour la maison en mars.
+ en long n | The company just lost its biggest client. The boss talks about "a tricky period". My wife's on parental leave. We signed for the house in March.
fr long n | Mon mari s'est porté garant du prêt de son frère. Son frère vient de fermer son restaurant. La banque ne nous a encore rien envoyé. Pour l'instant.
+ en long n | My husband guaranteed his brother's loan. His brother has just closed his restaurant. The bank hasn't sent us anything yet. For now.
fr long n | Ma grand-mère vit seule à la campagne. Elle est tombée deux fois cet hiver. Elle refuse la téléalarme. Je l'appelle chaque soir et je compte les sonneries.
+ en long n | My grandmother lives alone in the countryside. She fell twice this winter. She refuses the alarm pendant. I call her every evening and count the rings.
fr long n | On a fait une offre pour l'appartement. L'agent dit qu'il y a d'autres dossiers. Notre bail se termine dans cinq semaines. Et on n'a aucun plan B.
+ en long n | We made an offer on the flat. The agent says there are other applications. Our lease ends in five weeks. And we have no plan B.
fr long n | Depuis la réorganisation, mon chef ne me met plus en copie de rien. Les réunions se font sans moi. Personne ne m'a rien dit. Le soir, je regarde les offres d'emploi.
+ en long n | Since the reorganisation, my boss doesn't copy me in on anything. Meetings happen without me. Nobody has told me a thing. In the evenings I look at job ads.

# informal French, no translation
fr situation n | le petit a de la fièvre la veille du départ en vacances, on verra demain matin mais bon
fr situation n | mon proprio veut passer « discuter du bail » samedi, je sais pas trop ce que ça cache
fr situation n | ma sœur m'a écrit « faut que je te parle, appelle quand t'es seule » et depuis elle répond plus
fr situation n | l'assurance doit « étudier le dossier » pour l'accident, si jamais ils couvrent pas on est mal
fr situation n | ça fait deux jours que j'ai un point dans la poitrine, sûrement rien, mais ça passe pas
fr situation l | le vélo cargo fait un bruit bizarre dans les virages et demain j'emmène les deux petits à l'école avec
# casual English, no translation
en situation n | landlord texted "we need to talk about the flat" and then nothing for two days
en situation n | my kid's been coming home from school really quiet and won't say why
en situation n | savings are basically gone and the car insurance renewal is due next week
en situation n | my brother's gone off grid for a week again, last time that happened he ended up in hospital
"""

"""inquietude: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Ma fille devait rentrer à 23 h, il est presque une heure et son portable sonne dans le vide.
+ en situation n | My daughter was due home at eleven, it's nearly one and her phone just rings out.
fr situation n | Le médecin m'a rappelé pour refaire la prise de sang, sans me dire pourquoi.
+ en situation n | The doctor called me back to redo the blood test and wouldn't say why.
fr situation n | Mon chef veut me voir demain à 9 h « pour parler de l'avenir du poste ».
+ en situation n | My boss wants to see me at nine tomorrow "to talk about the future of the role".
fr situation n | Le loyer part dans trois jours et il manque encore deux cents euros sur le compte. Mets une musique discrète.
+ en situation n | Rent goes out in three days and the account is still two hundred short. Put some quiet music on.
fr situation n | Le chat n'a pas touché à sa gamelle depuis hier et il reste caché sous le lit.
+ en situation n | The cat hasn't touched his food since yesterday and he won't come out from under the bed.
fr situation n | Un voyant orange vient de s'allumer sur le tableau de bord, et demain j'ai 400 km de route.
+ en situation n | An orange warning light just came on in the car, and I've got 400 km to drive tomorrow.
fr situation n | Maman a encore oublié le gaz allumé cette semaine. C'est la deuxième fois.
+ en situation n | Mum left the gas on again this week. That's the second time.
fr situation n | Le maître veut nous voir au sujet de Léo, et le mot dans le cahier n'en dit pas plus.
+ en situation n | Leo's teacher wants to see us, and the note in his homework book doesn't say anything else.
fr situation n | Ils annoncent de la grêle cette nuit et la voiture neuve dort dehors.
+ en situation n | They're forecasting hail tonight and the new car is parked outside.
fr situation n | La tache d'humidité au plafond de la salle de bain s'agrandit un peu plus chaque jour.
+ en situation n | The damp patch on the bathroom ceiling gets a little bigger every day.
fr situation n | Ma correspondance part cinquante minutes après l'atterrissage, et le premier vol a déjà une heure de retard.
+ en situation n | My connection leaves fifty minutes after we land, and the first flight is already an hour late.
fr situation n | Il est rentré du travail sans dire un mot et s'est enfermé dans le bureau.
+ en situation n | He came home from work without a word and shut himself in the study.
fr situation n | Julie ne répond plus à mes messages depuis trois semaines, elle qui répond toujours en cinq minutes.
+ en situation n | Julie hasn't answered my texts in three weeks, and she normally replies within five minutes.
fr situation n | Toujours rien de la préfecture pour mon titre de séjour, et il expire le mois prochain.
+ en situation n | Still nothing from the prefecture about my residence permit, and it runs out next month.
fr situation n | Les licenciements annoncés ce matin à la radio, c'est l'usine où travaille mon frère.
+ en situation n | The layoffs they announced on the radio this morning are at my brother's factory.
fr situation l | Les feuilles de mon vieil olivier jaunissent une à une et je ne comprends pas pourquoi.
+ en situation l | The leaves on my old olive tree are yellowing one by one and I can't figure out why.
fr situation n | Le disque dur avec toutes les photos des enfants fait un petit cliquetis depuis ce matin.
+ en situation n | The hard drive with all the kids' photos has been making a faint clicking since this morning.
fr situation n | On signe pour la maison dans dix jours et la banque n'a toujours pas validé le prêt.
+ en situation n | We sign for the house in ten days and the bank still hasn't approved the mortgage.
fr situation l | Première colo pour mon fils : une semaine entière sans téléphone. Mets une lumière douce, s'il te plaît.
+ en situation l | My son's first summer camp: a whole week with no phone. Soft lighting, please.
fr situation n | Biopsie mardi, et les résultats pas avant quinze jours. Lumières, s'il te plaît.
+ en situation n | Biopsy on Tuesday, and no results for two weeks. Lights, please.
fr situation n | Le bébé bouge beaucoup moins depuis hier soir, la sage-femme veut qu'on passe faire un contrôle.
+ en situation n | The baby's been moving a lot less since last night, the midwife wants us to come in for a check.
fr situation n | Mon fils de seize ans joue son premier match de rugby contre des adultes qui font une tête de plus que lui.
+ en situation n | My sixteen-year-old plays his first rugby match against grown men a head taller than him.
fr situation n | J'ai senti quelque chose tirer dans le genou pendant le footing, et le semi-marathon est dans trois semaines.
+ en situation n | Felt something pull in my knee on my run, and the half marathon is three weeks away.
fr situation n | Mon fils part en tournée avec son groupe dans un camion qui a trente ans et des pneus lisses.
+ en situation n | My son's going on tour with his band in a thirty-year-old van with bald tyres.
fr situation n | Le poulet d'hier soir avait un goût bizarre, et toute la famille en a repris.
+ en situation n | Last night's chicken tasted a bit off, and the whole family had seconds.
fr situation n | Ma belle-mère vient dîner pour la première fois et elle est allergique à la moitié de ce que je sais cuisiner.
+ en situation n | My mother-in-law is coming to dinner for the first time and she's allergic to half of what I can cook.
fr situation n | Mon fils passe ses nuits sur un jeu en ligne avec des inconnus qui lui demandent dans quelle ville il habite.
+ en situation n | My son spends his nights on an online game with strangers who keep asking what town he lives in.
fr situation n | Le voisin du dessus, quatre-vingt-douze ans, n'a pas ouvert ses volets depuis deux jours.
+ en situation n | The ninety-two-year-old upstairs hasn't opened his shutters in two days.
fr situation n | La boîte a été rachetée et les nouveaux patrons arrivent lundi avec un « plan de réorganisation ».
+ en situation n | The company's been bought out and the new owners arrive Monday with a "restructuring plan".
fr situation n | Le devis du garagiste dépasse tout ce qui reste sur le compte jusqu'à la fin du mois.
+ en situation n | The garage's quote is more than everything left in the account until the end of the month.
fr situation n | Papa tousse depuis un mois et refuse toujours d'aller voir un médecin. Choisis une ambiance adaptée.
+ en situation n | Dad's been coughing for a month and still refuses to see a doctor. Pick a fitting mood.
fr situation n | Ma sœur fait un trek au Népal et on n'a plus aucun signal d'elle depuis quatre jours.
+ en situation n | My sister's trekking in Nepal and we haven't had a single sign of her in four days.
fr situation n | La rivière monte depuis ce matin, et la maison de mes parents est juste au bord.
+ en situation n | The river's been rising since this morning, and my parents' house sits right on the bank.
fr situation n | Noël chez nous cette année, avec mon père et mon oncle qui ne se parlent plus depuis l'héritage.
+ en situation n | Christmas is at ours this year, with my dad and my uncle not speaking since the inheritance.
fr situation n | Une lettre recommandée des impôts m'attend sur la table, je ne l'ouvrirai pas avant demain.
+ en situation n | There's a registered letter from the tax office on the table, I'm leaving it unopened till tomorrow.
fr situation n | Un prélèvement de 89 euros que je ne reconnais pas, et la banque ne rouvre que lundi.
+ en situation n | A charge of 89 euros I don't recognise, and the bank doesn't open again until Monday.
fr situation n | La fissure au-dessus de la porte du salon me paraît plus longue que le mois dernier.
+ en situation n | The crack above the living room door looks longer than it did last month.
fr situation n | Depuis que j'ai refait l'électricité de la cuisine moi-même, le disjoncteur saute de temps en temps.
+ en situation n | Ever since I redid the kitchen wiring myself, the breaker trips every now and then.
fr situation l | Pas une goutte de pluie depuis six semaines, et le puits du jardin est presque à sec.
+ en situation l | Not a drop of rain in six weeks, and the garden well is almost dry.
fr situation n | Ma fille de quatorze ans a un nouveau copain de vingt ans dont elle refuse de nous parler.
+ en situation n | My fourteen-year-old has a new twenty-year-old boyfriend she won't tell us anything about.
fr situation n | Mon mari passe une coloscopie demain matin ; le gastro a employé le mot « suspect ». Une ambiance feutrée, s'il te plaît.
+ en situation n | My husband has a colonoscopy tomorrow morning; the specialist used the word "suspicious". Something hushed, please.
fr situation n | Mon meilleur ami veut mettre toutes ses économies dans une crypto dont personne n'a jamais entendu parler.
+ en situation n | My best friend wants to put all his savings into a crypto nobody's ever heard of.
fr situation n | Dernier entretien il y a dix jours, pas de réponse, et mes droits au chômage s'arrêtent à la fin du mois.
+ en situation n | Last interview was ten days ago, no answer, and my unemployment benefits end this month.
fr situation n | On vient d'apprendre par hasard que Léa sèche les cours depuis des semaines. Une musique calme, stp.
+ en situation n | We just found out by chance that Léa has been skipping school for weeks. Something calm, please.
fr situation n | Le chien a avalé un bout d'os de poulet ; le véto dit de le surveiller jusqu'à demain.
+ en situation n | The dog swallowed a bit of chicken bone; the vet says to keep an eye on him until tomorrow.
fr situation n | La grève reprend lundi et je n'ai aucun autre moyen d'aller au boulot, en pleine période d'essai.
+ en situation n | The strike starts again on Monday and I have no other way to get to work, right in my probation period.
fr situation n | Il neige fort et mon fils vient de prendre la route du col pour rentrer. Une ambiance calme, merci.
+ en situation n | It's snowing hard and my son has just set off over the mountain pass to get home. Something calm, thanks.
fr situation n | Au téléphone tout à l'heure, ma grand-mère a mis plusieurs secondes à me reconnaître.
+ en situation n | On the phone earlier, my grandmother took several seconds to work out who I was.
fr situation n | Ils parlent d'une nouvelle épidémie dans la ville où ma fille fait ses études.
+ en situation n | They're talking about a new outbreak in the city where my daughter is at university.
fr situation n | Les taux remontent encore, et notre crédit immobilier est à taux variable.
+ en situation n | Interest rates are going up again, and our mortgage is on a variable rate.
fr situation n | J'ai envoyé le mauvais fichier au client hier soir et il n'a toujours pas répondu.
+ en situation n | I sent the client the wrong file last night and he still hasn't replied.
fr situation n | Cette nuit, quelqu'un s'est connecté à ma messagerie depuis un autre pays. J'ai changé le mot de passe, mais bon.
+ en situation n | Someone logged into my email from another country last night. I changed the password, but still.
fr situation n | Le propriétaire parle de « récupérer l'appartement » et notre bail se termine en juin.
+ en situation n | The landlord keeps talking about "taking the flat back" and our lease ends in June.
fr situation n | Troisième nuit à 39 de fièvre pour le petit, et pas de créneau chez la pédiatre avant vendredi.
+ en situation n | Third night at 39 degrees for the little one, and no slot with the paediatrician until Friday.
fr situation n | La voisine m'écrit que la porte du garage était entrouverte, et on est partis pour trois semaines.
+ en situation n | The neighbour texted that our garage door was half open, and we're away for three weeks.
fr situation n | Le camion de déménagement est réservé pour samedi et on n'a toujours pas les clés du nouvel appart.
+ en situation n | The removal van is booked for Saturday and we still don't have the keys to the new flat.
fr situation n | Il rentre en moto de nuit sous la pluie ; il devait m'écrire en arrivant, ça fait une heure. Baisse un peu la lumière.
+ en situation n | He's riding home at night in the rain; he was supposed to text when he got in, that was an hour ago. Turn the lights down a little.
fr situation n | On part camper en pleine canicule dans une forêt classée à risque d'incendie.
+ en situation n | We're going camping in a heatwave, in a forest flagged for high wildfire risk.
fr situation n | Mon premier concert en solo, c'est samedi, et ma voix déraille depuis trois jours.
+ en situation n | My first solo gig is on Saturday, and my voice has been cracking for three days.
fr situation n | Mon frère monte sur le ring ce soir pour son premier vrai combat. Je ne sais pas si je pourrai regarder.
+ en situation n | My brother steps into the ring tonight for his first real fight. Not sure I can watch.
fr situation n | Depuis le film d'horreur vu chez une copine, ma fille de dix ans ne dort plus que la lumière allumée.
+ en situation n | Since that horror film at her friend's, my ten-year-old will only sleep with the light on.
fr situation n | La rentrée en sixième approche et mon fils ne connaît absolument personne dans ce collège.
+ en situation n | Secondary school starts soon and my son doesn't know a single person there.
fr situation n | Mon dossier de retraite est bloqué : il manque des trimestres que je ne retrouve nulle part.
+ en situation n | My pension claim is stuck: there are years of contributions missing that I can't find anywhere.
fr situation n | Alerte canicule toute la semaine, et ma mère vit seule sous les toits, sans clim. Ambiance sobre, s'il te plaît.
+ en situation n | Heatwave warning all week, and my mum lives alone in an attic flat with no air con. Something muted, please.
fr situation n | Il a fait un sac « pour quelques jours chez son frère », sans vraiment expliquer pourquoi.
+ en situation n | He packed a bag "for a few days at his brother's" without really saying why.
fr situation n | Trois collègues de mon service ont été convoqués aux RH cette semaine. À qui le tour lundi ?
+ en situation n | Three people from my team got called in by HR this week. Who's next on Monday?
fr situation n | En me douchant, j'ai senti une petite boule sous l'aisselle.
+ en situation n | In the shower I felt a small lump under my arm.
fr situation l | Ma fille prend le bus toute seule pour la première fois demain matin.
+ en situation l | My daughter's taking the bus on her own for the first time tomorrow morning.
fr situation n | La chaudière fait des bruits de casseroles, et on n'a pas un sou de côté si elle lâche cet hiver.
+ en situation n | The boiler's making banging noises, and we've got nothing put by if it gives out this winter.
fr situation n | Depuis une semaine, deux types traînent le soir devant l'immeuble et regardent les boîtes aux lettres.
+ en situation n | For a week now, two guys have been hanging around outside the building at night, eyeing the letterboxes.
fr situation n | Chaque automne le toit laisse passer un peu plus d'eau, et ils annoncent un hiver très pluvieux.
+ en situation n | Every autumn the roof lets in a bit more water, and they're predicting a very wet winter.
fr situation n | Notre chienne a quatorze ans et depuis quelques jours elle peine à se lever le matin.
+ en situation n | Our dog is fourteen and for the past few days she's been struggling to get up in the mornings.
fr situation n | La prof dit que Noé « se replie sur lui-même » et qu'il mange seul à la cantine.
+ en situation n | His teacher says Noé is "withdrawing into himself" and eats alone at lunch.
fr situation n | Contrôle fiscal annoncé pour le mois prochain, et ma compta de l'an dernier est un vrai fouillis. Mets une ambiance qui va avec.
+ en situation n | Tax audit scheduled for next month, and last year's books are a total mess. Set the mood to match.
fr situation n | Mon manuscrit est chez l'éditeur depuis six mois, et j'ai tout misé sur ce livre, même mon mi-temps.
+ en situation n | My manuscript has been with the publisher for six months, and I've bet everything on this book, even going part-time.
fr situation n | Ma mère part seule en voyage organisé en Égypte, à quatre-vingts ans, avec son cœur fragile.
+ en situation n | My mum is off on a package tour to Egypt on her own, at eighty, with her weak heart.
fr situation n | Le bulletin météo marin annonce un coup de vent demain, et mon mari doit sortir le bateau pour le convoyer.
+ en situation n | The shipping forecast says gale tomorrow, and my husband has to sail the boat round to the next port.
fr situation n | Les analyses du chien reviennent « à recontrôler dans un mois ». Un mois, c'est long.
+ en situation n | The dog's blood work came back "recheck in a month". A month is a long time.
fr situation n | Le cabinet de l'avocat a appelé deux fois aujourd'hui sans laisser de message.
+ en situation n | The lawyer's office rang twice today without leaving a message.
fr situation n | L'école a envoyé un mail à tous les parents au sujet d'un « incident » dans la classe de ma fille, sans détails.
+ en situation n | The school emailed all the parents about an "incident" in my daughter's class, no details.
fr situation n | Premier jour de crèche demain, et la petite n'a jamais passé une heure loin de moi. Tamise un peu les lumières.
+ en situation n | First day at nursery tomorrow, and the little one has never spent an hour away from me. Dim the lights a bit.
fr situation n | On nous avait dit que l'opération de papa serait finie à midi. Il est quinze heures. Mets-moi quelque chose pour patienter.
+ en situation n | They told us Dad's surgery would be over by noon. It's three o'clock. Put something on to help me wait.
fr situation l | Ma voisine a vu un renard rôder autour du poulailler deux soirs de suite.
+ en situation l | My neighbour saw a fox sniffing round the henhouse two nights running.
fr situation n | Le téléphone de mon père est éteint depuis ce matin, et il fait sa balade en forêt tout seul.
+ en situation n | Dad's phone has been off since this morning, and he went for his walk in the woods alone.
fr situation n | Le mécanicien a dit que les freins « tiendraient encore un peu », et on part en vacances avec les enfants demain.
+ en situation n | The mechanic said the brakes "should hold a bit longer", and we're driving off on holiday with the kids tomorrow.
fr situation n | Mon fils a déposé ses vœux d'études sur la plateforme et toutes ses demandes sont encore en liste d'attente.
+ en situation n | My son submitted his university choices and every single one is still on the waiting list.
fr situation n | Les résultats du scanner sont dans l'enveloppe, et le rendez-vous avec le spécialiste n'est que dans dix jours. Mets quelque chose qui colle à l'humeur.
+ en situation n | The scan results are in the envelope, and the specialist appointment isn't for ten days. Put on something that fits the mood.
fr situation n | Notre vol pour rentrer est dans deux jours et ils parlent d'un volcan qui se réveille tout près de l'aéroport.
+ en situation n | Our flight home is in two days and they're talking about a volcano waking up right near the airport.
fr situation n | Mon associé ne vient plus au bureau et les factures fournisseurs s'empilent.
+ en situation n | My business partner has stopped coming into the office and the supplier invoices are piling up.
fr situation n | La vieille jument ne se couche plus depuis deux jours, le véto passe demain.
+ en situation n | The old mare hasn't lain down in two days, the vet's coming tomorrow.
fr situation n | Mon fils de dix-sept ans veut partir en stop pour rejoindre ses potes à Barcelone.
+ en situation n | My seventeen-year-old wants to hitchhike to Barcelona to meet up with his mates.
fr situation n | Ma fille part faire son année d'échange à l'autre bout du monde, chez une famille qu'on n'a jamais rencontrée. Lumière tamisée, merci.
+ en situation n | My daughter is off for her exchange year on the other side of the world, with a family we've never met. Low lights, thanks.
fr situation n | Depuis le changement de traitement, papa mélange les jours de la semaine.
+ en situation n | Since the change in his medication, Dad keeps mixing up the days of the week.
# explicit
fr explicit n | Je me fais un sang d'encre pour mon fils, il n'a pas donné de nouvelles.
+ en explicit n | I'm worried sick about my son, he hasn't been in touch.
fr explicit n | J'ai un nœud à l'estomac depuis ce matin, je n'arrive pas à penser à autre chose.
+ en explicit n | My stomach's been in knots since this morning, I can't think about anything else.
fr explicit n | Je suis rongée par l'inquiétude en attendant le coup de fil du chirurgien.
+ en explicit n | Waiting for the surgeon's call is eating me up with worry.
fr explicit n | Cette histoire de restructuration me tracasse vraiment.
+ en explicit n | This restructuring business really preys on my mind.
fr explicit n | Je me fais beaucoup de souci pour ma mère en ce moment.
+ en explicit n | I'm really concerned about my mum at the moment.
fr explicit n | J'ai un mauvais pressentiment pour le voyage de demain.
+ en explicit n | I've got a bad feeling about tomorrow's trip.
fr explicit n | Ce silence de sa part ne me dit rien qui vaille.
+ en explicit n | Her silence doesn't bode well, and it's weighing on me.
fr explicit n | J'ai la boule au ventre en attendant les résultats de l'IRM.
+ en explicit n | I've got a pit in my stomach waiting on the MRI results.
fr explicit n | Je suis soucieuse, les choses pourraient mal tourner pour l'entreprise.
+ en explicit n | I'm uneasy, things could go badly for the company.
fr explicit n | Je m'inquiète pour la suite, je ne vois pas comment on va s'en sortir.
+ en explicit n | I'm worried about what comes next, I can't see how we'll manage.
fr explicit n | Je n'en dors plus depuis des jours, ce rendez-vous à l'hôpital m'occupe tout l'esprit.
+ en explicit n | I've been losing sleep for days, this hospital appointment is all I can think about.
fr explicit n | J'appréhende terriblement l'annonce de lundi.
+ en explicit n | I'm really dreading Monday's announcement.
# negation
fr negation n | Je ne suis pas en colère contre lui, je me fais surtout du souci : il ne mange plus.
+ en negation n | I'm not angry with him, I'm mostly worried: he's stopped eating.
fr negation n | Pas de panique, rien n'est arrivé, mais je n'arrive pas à être tranquille tant qu'elle n'a pas appelé.
+ en negation n | No emergency, nothing's happened, but I can't settle until she calls.
fr negation n | Ce n'est pas de la tristesse, c'est de l'appréhension : on ne sait toujours pas ce qu'il a.
+ en negation n | It's not sadness, it's apprehension: we still don't know what's wrong with him.
fr negation n | Pas serein du tout ce soir, trop de questions sans réponse pour demain.
+ en negation n | Not at ease at all tonight, too many unanswered questions about tomorrow.
fr negation n | Je ne dirais pas que je suis terrifiée, mais ce rendez-vous me trotte dans la tête toute la journée.
+ en negation n | I wouldn't say I'm terrified, but this appointment has been nagging at me all day.
fr negation n | Ce n'est pas le suspense d'un match, c'est la santé de mon père qui est en jeu, et ça me ronge.
+ en negation n | It's not the thrill of waiting on a match, it's my dad's health on the line, and it's gnawing at me.
fr negation n | Impossible de me détendre, je pense sans arrêt à l'opération de demain.
+ en negation n | I can't relax, I keep thinking about tomorrow's operation.
fr negation n | Je ne suis pas du tout tranquille depuis que la banque a rappelé.
+ en negation n | I haven't had a moment's peace since the bank called back.
# mixed
fr mixed n | Un peu fatiguée, mais surtout inquiète pour le rendez-vous de ma femme demain.
+ en mixed n | A bit tired, but mostly worried about my wife's appointment tomorrow.
fr mixed n | Contente d'avoir fini la semaine, mais ce résultat d'analyse me tourne surtout dans la tête.
+ en mixed n | Glad the week's over, but mostly I can't stop thinking about that test result.
fr mixed n | Agacé par la banque, oui, mais ce qui me travaille vraiment, c'est de savoir si le prêt va passer.
+ en mixed n | Annoyed with the bank, sure, but what's really getting to me is whether the loan will go through.
fr mixed n | Un pincement de voir partir mon fils, et surtout l'inquiétude de le savoir seul si loin.
+ en mixed n | A pang seeing my son leave, and above all the worry of knowing he's alone so far away.
fr mixed n | Quelques souvenirs en rangeant chez mes parents, mais surtout du souci pour leur santé.
+ en mixed n | A few memories came back while tidying my parents' place, but mostly I'm concerned about their health.
fr mixed n | Bonne journée dans l'ensemble, mais ce coup de fil de l'école me tracasse depuis midi.
+ en mixed n | Good day overall, but that call from the school has been bothering me since lunchtime.
fr mixed n | Curieux de voir ce que va faire la nouvelle direction, mais franchement surtout inquiet pour mon poste.
+ en mixed n | Curious to see what the new management will do, but honestly mostly worried about my job.
fr mixed n | Le film était sympa, mais je n'arrête pas de regarder mon téléphone : toujours pas de message de ma fille.
+ en mixed n | The film was nice, but I keep checking my phone: still no message from my daughter.
# long
fr long n | Ma mère devait m'appeler en sortant de chez le médecin. Il est 19 h. Toujours rien. J'ai regardé mon téléphone vingt fois.
+ en long n | Mum was supposed to call me after the doctor's. It's 7 pm. Still nothing. I've checked my phone twenty times.
fr long n | Mon fils a pris la voiture seul pour la première fois. Il pleut des cordes. Il devait m'envoyer un texto en arrivant. L'écran reste noir.
+ en long n | My son took the car out alone for the first time. It's pouring. He was meant to text when he arrived. The screen stays dark.
fr long n | Le labo a envoyé les résultats au médecin, pas à moi. Le cabinet est fermé jusqu'à lundi. Tout un week-end à imaginer le pire.
+ en long n | The lab sent the results to my doctor, not to me. The surgery's closed till Monday. A whole weekend of imagining the worst.
fr long n | On a reçu une convocation au tribunal pour le litige avec l'ancien propriétaire. L'avocat est en vacances. Je relis la lettre en boucle sans comprendre ce qu'on risque.
+ en long n | We got a court summons over the dispute with our old landlord. The lawyer's on holiday. I keep rereading the letter without understanding what we're facing.
fr long n | Les chiffres du trimestre sont mauvais. Le directeur a annulé la réunion d'équipe. Tout le monde chuchote dans les couloirs.
+ en long n | The quarterly figures are bad. The director cancelled the team meeting. Everyone's whispering in the corridors.
fr long n | Le chien boite depuis la balade de dimanche. Ça ne s'arrange pas. Le véto ne peut le voir que jeudi.
+ en long n | The dog's been limping since Sunday's walk. It isn't getting better. The vet can't see him until Thursday.
fr long n | Mon frère a encore perdu son boulot. Il dit que tout va bien. Sa voix au téléphone disait le contraire.
+ en long n | My brother lost his job again. He says everything's fine. His voice on the phone said otherwise.
fr long n | La maison est en vente depuis huit mois. Pas une seule offre. Le prêt relais nous coûte une fortune chaque mois.
+ en long n | The house has been on the market for eight months. Not a single offer. The bridging loan costs us a fortune every month.
# intensity
fr intensity l | Un petit souci me trotte dans la tête, rien de bien grave.
+ en intensity l | A little something's nagging at me, nothing serious.
fr intensity l | Une pointe d'appréhension pour la réunion de lundi, sans plus.
+ en intensity l | A slight twinge of unease about Monday's meeting, nothing more.
fr intensity l | Légèrement préoccupée par le rendez-vous de demain.
+ en intensity l | Slightly preoccupied with tomorrow's appointment.
fr intensity h | Je suis malade d'inquiétude, je n'ai pas fermé l'œil de la nuit.
+ en intensity h | I'm sick with worry, I didn't sleep a wink all night.
fr intensity h | Ça me ronge depuis trois jours, je ne pense plus qu'à ça du matin au soir.
+ en intensity h | It's been eating at me for three days, I think about nothing else from morning to night.
fr intensity h | L'attente de ces résultats me bouffe complètement, je tourne en rond dans la maison.
+ en intensity h | Waiting for these results is completely consuming me, I'm pacing round the house.
# slang_emoji
fr slang_emoji n | jsuis pas serein du tout là 😬 toujours pas de news du doc
fr slang_emoji n | ça me travaille grave cette histoire de lettre 😟
fr slang_emoji n | j'ai un mauvais feeling pour demain 😕
fr slang_emoji n | il répond pas depuis ce matin, ça me plaît pas du tout 😰
fr slang_emoji l | bof bof, je flippe un peu pour les résultats de lundi 😶
fr slang_emoji n | la boule au ventre depuis hier 🫤 vivement que je sache
en slang_emoji n | lowkey stressing abt mum's scan tmrw 😬
en slang_emoji n | got a bad feeling abt this ngl 😕
en slang_emoji n | still no reply from him, kinda worried 🥺
en slang_emoji n | can't shake this feeling smth's off 😟
en slang_emoji n | overthinking everything rn, results friday 🙃
en slang_emoji n | my gut's in knots waiting on the call 😣
# typo
fr typo n | jsuis inquiete pr ma mere elle repond pas depuis hier
fr typo n | jarrive pas a dormir jpense trop a lentretien de demain
fr typo n | g pas de nouvelles de mon fils depuis 3 jours pk il repond pas
fr typo n | ca mtracasse cette histoire de lettre des impots
fr typo n | jsais pas ce ke va dire le medecin jeudi ca mstresse
fr typo n | le chien mange plus rien depuis hier jsuis pas tranquile
en typo n | im kinda worried bout my dad, he hasnt called
en typo n | cant sleep, gonna get the test results tmrw n idk
en typo n | u think shes ok? no txt since lunch
en typo n | somethin feels off w my boss lately, got a bad feelin
# one_word
fr one_word n | Soucieux.
fr one_word n | Mmh… pas tranquille.
fr one_word n | Inquiète.
fr one_word n | Toujours rien…
en one_word n | Uneasy.
en one_word n | Worried…
en one_word n | Bad feeling.
en one_word n | Still no news...
# other languages
es explicit n | Estoy preocupada por mi madre, no contesta el teléfono desde ayer.
es situation n | Me da mala espina que mi jefe quiera verme el lunes a primera hora.
de explicit n | Ich mache mir Sorgen, die Testergebnisse kommen erst nächste Woche.
de situation n | Irgendwie ist mir mulmig, mein Vater geht seit Tagen nicht ans Telefon.
it situation n | Sono in pensiero per mio figlio, è partito con la neve e non ha ancora chiamato.
mixed explicit n | Toujours pas de news du doc, I've got a really bad feeling about this.
"""

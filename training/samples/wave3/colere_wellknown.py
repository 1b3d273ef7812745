"""colere: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 1 rude driver cuts me up or tailgates | 2 someone parks in my space or blocks my driveway
# 3 car scratched or damaged, no note left | 4 unfair parking ticket or fine
# 5 traffic jams and unannounced roadworks | 6 train or bus cancelled, late, or drives past
# 7 flight cancelled or delayed, airline won't compensate | 8 airline loses or breaks luggage
# 9 colleague takes credit for my work | 10 boss yells at me in front of others
# 11 promotion given to a favourite | 12 salary late, overtime unpaid
# 13 work dumped on me at the last minute | 14 talked over or patronised in meetings
# 15 fired unfairly, by text or on a pretext | 16 pointless meetings, time wasted
# 17 partner leaves the chores to me | 18 kids don't listen, make a mess
# 19 teenager lies or talks back | 20 flatmate eats my food
# 21 in-laws interfere | 22 sibling dodges caring for an elderly parent
# 23 ex doesn't pay child support or cancels visits | 24 partner breaks a promise
# 25 someone lies or betrays a secret | 26 lent money never repaid
# 27 friend stands me up or is always late | 28 borrowed thing returned broken
# 29 neighbours' noise at night | 30 drilling and building work early morning
# 31 barking dog, dog mess | 32 neighbour's smoke, rubbish in my bin
# 33 hours on hold with customer service | 34 parcel not delivered, "not at home" slip
# 35 delivery arrives broken | 36 overcharged, double-billed, hidden fees
# 37 bank charges, card blocked | 38 faulty product, refund refused
# 39 administration loses my file, runaround | 40 insurer refuses a claim
# 41 landlord keeps deposit or won't repair | 42 rent and price rises
# 43 tradesman no-show or botched job | 44 scammed or hacked
# 45 cold calls | 46 queue jumpers
# 47 rude waiter, wrong order | 48 bike stolen
# 49 car broken into | 50 unfair mark from a teacher
# 51 group project freeloader | 52 child bullied and school does nothing
# 53 bad referee decision | 54 cheaters and rage-quitters in online games
# 55 computer update or crash loses my work | 56 printer, internet box, tech failing
# 57 spoilers | 58 ticket touts and bots
# 59 sexist or racist treatment | 60 street harassment
# 61 corrupt or hypocritical politicians | 62 doctor's waiting times, cancelled appointments
# 63 scooters and bikes on the pavement | 64 litter and fly-tipping
# 65 self-checkout, wrong price at the till | 66 strikes and sudden closures
# 67 partner mocks me or snoops | 68 sibling breaks or takes my things
# 69 subscription impossible to cancel | 70 online trolls and insults

# situations: traffic and driving
fr situation n | Un abruti m'a fait une queue de poisson sur le périph. Mets-moi du son.
+ en situation n | Some idiot cut me up on the ring road. Play me something loud.
fr situation h | Le type derrière klaxonne et me colle alors que je roule à la limite.
+ en situation h | The guy behind is honking and tailgating me while I'm doing the speed limit.
fr situation n | Quelqu'un s'est encore garé sur ma place réservée.
+ en situation n | Someone's parked in my reserved space, again.
fr situation n | Une voiture bloque la sortie de mon garage depuis ce matin.
+ en situation n | A car's been blocking my driveway since this morning.
fr situation n | On m'a rayé la portière sur le parking et personne n'a laissé de mot.
+ en situation n | Someone scratched my door in the car park and didn't leave a note.
fr situation h | Rétro arraché pendant la nuit, et bien sûr aucun témoin. Mets une ambiance.
+ en situation h | Wing mirror ripped off overnight, and of course no witnesses. Set the mood.
fr situation n | Prune de 35 euros alors que j'étais parti deux minutes chercher de la monnaie.
+ en situation n | A 35-euro parking ticket, and I'd only stepped away two minutes for change.
fr situation n | Amende pour stationnement gênant alors que le panneau était caché par un arbre.
+ en situation n | Fined for illegal parking when the sign was hidden behind a tree.
fr situation n | Deux heures de bouchons à cause de travaux que personne n'a annoncés.
+ en situation n | Two hours stuck in traffic because of roadworks nobody announced.
fr situation l | Encore une déviation sur mon trajet, la troisième ce mois-ci.
+ en situation l | Another diversion on my commute, the third this month.
fr situation n | Train supprimé sans explication, et le suivant est dans une heure.
+ en situation n | Train cancelled with no explanation, and the next one's in an hour.
fr situation n | Mon bus est passé en avance et le chauffeur ne s'est même pas arrêté.
+ en situation n | My bus came early and the driver didn't even stop.
fr situation n | Vol annulé, et la compagnie refuse de nous rembourser l'hôtel.
+ en situation n | Flight cancelled, and the airline won't pay for our hotel.
fr situation n | Six heures de retard à l'aéroport sans un seul bon repas offert.
+ en situation n | Six hours' delay at the airport and not a single meal voucher.
fr situation n | La compagnie a perdu ma valise et personne ne décroche au service bagages.
+ en situation n | The airline lost my suitcase and nobody answers at the baggage desk.
fr situation n | Ma valise est arrivée éventrée, et ils disent que ce n'est pas leur problème. Lumières en conséquence.
+ en situation n | My suitcase arrived ripped open and they say it's not their problem. Lights to match.
# situations: office work
fr situation h | Ma collègue a présenté mon projet au directeur comme si c'était le sien.
+ en situation h | My colleague pitched my project to the director as if it were hers.
fr situation n | Il a mis son nom sur le rapport que j'ai écrit tout seul.
+ en situation n | He put his name on the report I wrote on my own.
fr situation h | Mon chef m'a engueulé devant toute l'équipe pour une erreur qui n'était pas la mienne.
+ en situation h | My boss tore into me in front of the whole team for someone else's mistake.
fr situation n | Recadré en pleine réunion, devant le client, pour un truc qu'il avait validé lui-même.
+ en situation n | Dressed down mid-meeting, in front of the client, over something he'd signed off himself.
fr situation n | La promo est allée au copain du directeur, arrivé il y a six mois.
+ en situation n | The promotion went to the director's mate, who joined six months ago.
fr situation n | Dix ans de boîte et on me passe encore devant pour le poste de chef d'équipe.
+ en situation n | Ten years at the company and I've been passed over for team leader again.
fr situation n | Le salaire n'est toujours pas tombé, et on est le cinq.
+ en situation n | Still no pay in my account, and it's the fifth.
fr situation n | Quarante heures sup ce mois-ci, et on m'annonce qu'elles ne seront pas payées.
+ en situation n | Forty hours of overtime this month, and now they say it won't be paid.
fr situation n | Vendredi, 17 h 50, mon chef me refile un dossier urgent pour lundi.
+ en situation n | Friday, ten to six, and my boss dumps an urgent file on me for Monday.
fr situation n | Mon collègue part en congé et me laisse tout son boulot sans prévenir. Mets un truc qui cogne.
+ en situation n | My colleague's gone on leave and left me all his work without a word. Play something that hits hard.
fr situation n | Chaque fois que je prends la parole en réunion, il me coupe.
+ en situation n | Every time I speak up in a meeting, he talks over me.
fr situation n | Un collègue m'a réexpliqué mon propre métier, très lentement, devant tout le monde.
+ en situation n | A colleague explained my own job back to me, very slowly, in front of everyone.
fr situation h | Viré par texto, après huit ans, sans même un entretien.
+ en situation h | Sacked by text after eight years, not even a meeting.
fr situation h | Ils me licencient pour faute grave avec un prétexte complètement bidon.
+ en situation h | They're firing me for gross misconduct on a completely made-up excuse.
fr situation l | Réunion de deux heures pour fixer la date de la prochaine réunion.
+ en situation l | A two-hour meeting to set the date of the next meeting.
fr situation n | On m'a fait venir au bureau un jour de grève juste pour une visio.
+ en situation n | They made me come into the office on a strike day just for a video call.
# situations: home, partner, children, family
fr situation n | Je rentre de garde et sa vaisselle traîne encore dans l'évier.
+ en situation n | I get home from my shift and his dishes are still sitting in the sink.
fr situation n | Moi je lave, je range, je cuisine, et monsieur joue à la console.
+ en situation n | I wash, I tidy, I cook, and His Lordship plays on the console.
fr situation n | Cinq fois que je dis aux enfants d'éteindre la télé, personne ne bouge.
+ en situation n | Five times I've told the kids to switch off the telly, nobody moves.
fr situation n | Les gamins ont dessiné au feutre sur le mur du salon, juste repeint.
+ en situation n | The kids scribbled marker all over the living-room wall we'd just repainted.
fr situation n | Ma fille m'a menti en face : elle n'était pas chez sa copine.
+ en situation n | My daughter lied to my face: she wasn't at her friend's.
fr situation n | Mon ado m'a lancé « lâche-moi » et claqué la porte quand j'ai parlé des devoirs.
+ en situation n | My teen told me to get off his back and slammed the door when I mentioned homework.
fr situation n | Mon coloc a encore mangé mon fromage, étiqueté à mon nom.
+ en situation n | My flatmate ate my cheese again, with my name on the label.
fr situation l | Plus de lait, et la brique vide remise dans le frigo, évidemment.
+ en situation l | No milk left, and the empty carton put back in the fridge, of course.
fr situation n | Ma belle-mère a encore donné des bonbons au bébé alors que j'avais dit non.
+ en situation n | My mother-in-law gave the baby sweets again after I'd said no.
fr situation n | Mes beaux-parents ont débarqué sans prévenir et critiqué toute la déco.
+ en situation n | My in-laws turned up unannounced and criticised all the décor.
fr situation n | Mon frère ne va jamais voir papa à l'Ehpad mais me reproche tout.
+ en situation n | My brother never visits Dad in the care home but blames me for everything.
fr situation n | Ma sœur m'a laissé gérer seul la vente de la maison de maman.
+ en situation n | My sister left me to sort out Mum's house sale all on my own.
fr situation h | Mon ex n'a pas versé la pension alimentaire depuis quatre mois.
+ en situation h | My ex hasn't paid child support in four months.
fr situation n | Il annule son week-end avec les enfants la veille, pour la troisième fois. Ambiance adaptée, stp.
+ en situation n | He's cancelled his weekend with the kids the night before, for the third time. Set the lights for that.
fr situation n | Il m'avait juré d'appeler le plombier, et évidemment rien n'est fait.
+ en situation n | He swore he'd ring the plumber, and of course nothing's been done.
fr situation n | Elle avait promis de venir au spectacle du petit, et encore une chaise vide.
+ en situation n | She promised she'd make it to our boy's show, and once again an empty seat.
fr situation n | Ma copine a raconté mon secret à tout le bureau. Mets un son qui défoule.
+ en situation n | My friend blabbed my secret to the whole office. Put on something to vent to.
fr situation h | Des mois qu'il me mentait sur ses dettes, et il ose dire que j'exagère.
+ en situation h | He'd been lying about his debts for months, and he has the nerve to say I'm overreacting.
fr situation n | Mon pote me doit 400 balles depuis un an et il part au ski.
+ en situation n | My mate has owed me 400 quid for a year and he's off skiing.
fr situation n | Jamais revu l'argent prêté à ma cousine pour son loyer, et maintenant elle m'évite.
+ en situation n | Never saw the money I lent my cousin for her rent again, and now she dodges me.
fr situation n | Quarante minutes que j'attends au resto, il vient d'annuler par SMS.
+ en situation n | Forty minutes waiting at the restaurant, and he's just cancelled by text.
fr situation l | Encore une heure de retard, ma copine, et pas une excuse.
+ en situation l | My friend's an hour late again, and not one word of apology.
fr situation n | Le voisin m'a rendu la tondeuse cassée en disant qu'elle marchait déjà mal.
+ en situation n | The neighbour returned my mower broken, claiming it was already playing up.
fr situation n | Ma sœur m'a rendu ma robe tachée de vin, sans un mot.
+ en situation n | My sister gave my dress back with a wine stain and not a word.
# situations: neighbours
fr situation h | Deux heures du matin et les voisins font encore la fête, basses à fond.
+ en situation h | Two in the morning and the neighbours are still partying, bass pumping.
fr situation n | La voisine du dessus marche en talons sur le parquet à minuit.
+ en situation n | The woman upstairs is clomping round in heels on a wooden floor at midnight.
fr situation n | Marteau-piqueur devant chez moi dès sept heures, un samedi.
+ en situation n | Jackhammer outside my place from seven, on a Saturday.
fr situation n | Ça perce chez le voisin tous les matins depuis trois semaines. Mets de la musique qui défoule.
+ en situation n | The neighbour's been drilling every morning for three weeks. Play something I can let off steam to.
fr situation n | Le chien d'à côté aboie non-stop depuis que ses maîtres sont partis.
+ en situation n | The dog next door hasn't stopped barking since its owners went out.
fr situation n | Crotte de chien sur le trottoir, en plein dedans avec mes baskets neuves.
+ en situation n | Dog mess on the pavement, and I stepped right in it in brand-new trainers.
fr situation n | Le voisin fume sur son balcon et tout rentre dans la chambre du bébé.
+ en situation n | The neighbour smokes on his balcony and it all drifts into the baby's room.
fr situation l | Quelqu'un a encore jeté ses cartons dans mon bac de tri.
+ en situation l | Someone's dumped their boxes in my recycling bin again.
# situations: customer service, shopping, money, paperwork
fr situation n | Cinquante minutes d'attente au service client pour qu'on me raccroche au nez.
+ en situation n | Fifty minutes on hold with customer service just to get hung up on.
fr situation n | Le robot au téléphone ne comprend rien et refuse de me passer un humain.
+ en situation n | The phone bot understands nothing and won't put me through to a human.
fr situation n | J'étais chez moi toute la journée et le livreur a mis « destinataire absent ».
+ en situation n | I was in all day and the courier marked it "recipient not home".
fr situation n | Colis déclaré livré, mais il n'y a rien devant ma porte. Lumières, s'il te plaît.
+ en situation n | Parcel marked as delivered, but there's nothing at my door. Lights, please.
fr situation n | Ma télé neuve est arrivée écran fissuré, et le vendeur dit que c'est moi.
+ en situation n | My new TV arrived with a cracked screen and the seller claims I did it.
fr situation n | Le livreur a balancé le carton par-dessus le portail, tout est cassé.
+ en situation n | The delivery driver lobbed the box over the gate, everything's smashed.
fr situation n | Facture d'électricité doublée sans aucune explication. Mets une ambiance.
+ en situation n | Electricity bill doubled without any explanation. Set the mood.
fr situation n | Ils m'ont facturé deux fois le même abonnement et refusent de rembourser.
+ en situation n | They charged me twice for the same subscription and won't refund it.
fr situation n | La banque m'a pris 40 euros de frais pour un découvert de trois euros.
+ en situation n | The bank took 40 euros in fees for a three-euro overdraft.
fr situation n | Carte bloquée à la caisse sans prévenir, devant toute la file.
+ en situation n | Card blocked at the till out of nowhere, with the whole queue watching.
fr situation n | Aspirateur mort au bout d'un mois, et le magasin refuse l'échange.
+ en situation n | Hoover died after a month and the shop refuses to swap it.
fr situation n | Le vendeur m'a juré que c'était compatible, et bien sûr ça ne l'est pas.
+ en situation n | The salesman swore it was compatible, and of course it isn't.
fr situation n | La préfecture a perdu mon dossier, je dois tout recommencer.
+ en situation n | The immigration office lost my file, I have to start all over again.
fr situation n | Troisième guichet, troisième version, et toujours pas mon attestation.
+ en situation n | Third counter, third story, and still no certificate.
fr situation h | L'assurance refuse de payer le dégât des eaux pour une clause en petits caractères.
+ en situation h | The insurer won't cover the water damage because of some small-print clause.
fr situation n | Quinze ans que je paie mon assurance, et au premier sinistre ils trouvent une excuse.
+ en situation n | Fifteen years of premiums, and at my first claim they find an excuse.
fr situation h | Le proprio garde toute ma caution pour un trou de punaise.
+ en situation h | The landlord's keeping my entire deposit over a drawing-pin hole.
fr situation n | Deux mois sans chauffage et le propriétaire ne répond plus à mes messages. Lumière qui colle, s'il te plaît.
+ en situation n | Two months without heating and the landlord's stopped answering my messages. Lights to match, please.
fr situation n | Loyer augmenté de cent euros, et toujours cette moisissure dans la salle de bain.
+ en situation n | Rent up a hundred euros, and still that mould in the bathroom.
fr situation l | Le paquet de café a encore pris un euro, et il y en a moins dedans.
+ en situation l | The coffee's gone up another euro, and there's less in the bag.
fr situation n | Le plombier devait venir à 9 h, il est 16 h, pas un appel.
+ en situation n | The plumber was due at nine, it's four, and not a single call.
fr situation n | Le carreleur a tout posé de travers et veut être payé quand même.
+ en situation n | The tiler laid the whole floor crooked and still wants paying.
fr situation h | Arnaqué par un faux SMS, et la banque dit que c'est ma faute.
+ en situation h | Scammed by a fake text, and the bank says it's my own fault.
fr situation n | Quelqu'un a piraté mon compte Insta et envoie des arnaques à mes amis.
+ en situation n | Someone hacked my Insta and is sending scams to my friends.
fr situation l | Cinquième appel de démarchage aujourd'hui, pile pendant le repas.
+ en situation l | Fifth cold call today, right in the middle of dinner.
fr situation n | Encore un démarcheur pour l'isolation, alors que je suis inscrit sur Bloctel.
+ en situation n | Another cold call about insulation, and I'm on the do-not-call list.
fr situation n | Une dame m'est passée devant à la boulangerie comme si j'étais invisible.
+ en situation n | A woman pushed in ahead of me at the bakery as if I were invisible.
fr situation n | Un type double toute la file au guichet, et l'employé le sert.
+ en situation n | A bloke skips the whole queue at the counter, and the clerk serves him.
fr situation n | Serveur odieux, plat froid, et le service ajouté d'office sur l'addition.
+ en situation n | Rude waiter, cold food, and a service charge slapped on the bill anyway.
fr situation l | Commande livrée sans les frites, et le resto ne répond pas.
+ en situation l | Takeaway came without the chips, and the restaurant won't pick up.
fr situation h | On m'a volé mon vélo devant la gare, antivol coupé net.
+ en situation h | My bike got nicked outside the station, lock cut clean through.
fr situation n | Deuxième vélo volé cette année dans le local fermé à clé de l'immeuble.
+ en situation n | Second bike stolen this year from the building's locked bike store.
fr situation h | Vitre de la voiture explosée pour un chargeur de téléphone. Mets un truc qui tape.
+ en situation h | Car window smashed for a phone charger. Put on something that bangs.
fr situation n | On a fouillé ma voiture cette nuit et tout balancé par terre.
+ en situation n | Someone went through my car last night and threw everything on the ground.
# situations: school, sport, games, tech, society
fr situation n | Le prof m'a mis zéro parce qu'il croit que j'ai triché, sans aucune preuve.
+ en situation n | The teacher gave me a zero because he thinks I cheated, with no proof at all.
fr situation n | Mêmes réponses que ma voisine de table, et j'ai quatre points de moins.
+ en situation n | Same answers as the girl next to me, and I got four marks fewer.
fr situation n | J'ai fait tout l'exposé seule et les trois autres ont la même note.
+ en situation n | I did the whole presentation alone and the other three get the same grade.
fr situation n | Mon binôme n'a rien foutu du semestre et s'attribue les résultats.
+ en situation n | My lab partner did sod all all term and is taking credit for the results.
fr situation h | Mon fils se fait frapper à la récré et l'école dit que ce sont des jeux.
+ en situation h | My son is getting hit at break and the school says it's just kids playing.
fr situation n | Troisième mot au directeur sur le harcèlement de ma fille, zéro réponse.
+ en situation n | Third note to the head about my daughter being bullied, zero reply.
fr situation h | Penalty sifflé pour une simulation évidente à la 90e, c'est un scandale.
+ en situation h | Penalty given for an obvious dive in the ninetieth minute, it's a disgrace.
fr situation n | L'arbitre a sifflé contre nos poussins tout le match, des gamins de neuf ans.
+ en situation n | The ref blew against our under-tens the whole match, nine-year-olds.
fr situation n | Mon coéquipier a quitté la partie classée en plein match, on perd nos points.
+ en situation n | My teammate rage-quit halfway through a ranked game and we lose our points.
fr situation n | Encore un tricheur en ligne qui me tue à travers le mur.
+ en situation n | Another online cheater killing me straight through the wall.
fr situation h | Windows a redémarré tout seul pour une mise à jour, trois heures de travail perdues.
+ en situation h | Windows restarted itself for an update, three hours of work gone.
fr situation n | Le logiciel a planté juste avant que j'enregistre mon mémoire.
+ en situation n | The software crashed just before I saved my dissertation.
fr situation l | L'imprimante refuse d'imprimer en noir et blanc parce qu'il manque du jaune.
+ en situation l | The printer won't print in black and white because it's out of yellow.
fr situation n | Box en panne depuis six jours, et l'opérateur propose un technicien dans dix jours.
+ en situation n | Internet down for six days and the provider offers an engineer in ten days.
fr situation l | Un collègue m'a spoilé la fin de la série à la machine à café.
+ en situation l | A colleague spoiled the end of the series for me at the coffee machine.
fr situation l | Une pub YouTube m'a gâché le dernier épisode, merci bien.
+ en situation l | A YouTube ad gave away the final episode, thanks a lot.
fr situation n | Billets du concert épuisés en deux minutes, et revendus dix fois le prix.
+ en situation n | Concert tickets sold out in two minutes and resold at ten times the price.
fr situation n | Des bots ont raflé toutes les places, maintenant elles sont à 600 euros.
+ en situation n | Bots snapped up every seat, and now they're going for 600 euros.
fr situation h | Un client a exigé de parler à un « vrai responsable », sous-entendu un homme.
+ en situation h | A customer demanded to speak to a "real manager", meaning a man.
fr situation h | Contrôlé trois fois cette semaine, toujours moi, jamais mes potes blancs.
+ en situation h | Stopped by the police three times this week, always me, never my white mates.
fr situation h | Un type m'a insultée jusqu'au métro parce que je ne lui répondais pas.
+ en situation h | A guy hurled abuse at me all the way to the Tube because I wouldn't answer him.
fr situation n | Sifflée trois fois en allant au boulot, j'en ai ras le bol. Lumières adaptées.
+ en situation n | Catcalled three times on my way to work, I've had it. Lights to suit.
fr situation n | Le maire s'augmente pendant qu'on ferme la piscine municipale. Ambiance de circonstance.
+ en situation n | The mayor gives himself a raise while they shut the public pool. Lights to fit, please.
fr situation n | Encore un ministre pris la main dans le sac, et il ne démissionne pas.
+ en situation n | Another minister caught red-handed, and he won't step down.
fr situation n | Deux heures en salle d'attente pour une consultation de cinq minutes.
+ en situation n | Two hours in the waiting room for a five-minute appointment.
fr situation n | Le cabinet a annulé mon rendez-vous la veille, prochain créneau dans quatre mois.
+ en situation n | The surgery cancelled my appointment the day before, next slot in four months.
fr situation l | Une trottinette m'a frôlé à fond sur le trottoir, et le gars m'a insulté.
+ en situation l | An e-scooter whizzed past me on the pavement and the rider swore at me.
fr situation n | Trottinettes abandonnées en travers du trottoir, ma mère a failli tomber.
+ en situation n | Scooters dumped across the pavement, and my mum nearly went flying.
fr situation n | Quelqu'un a déposé un vieux matelas et des gravats au bout de notre chemin.
+ en situation n | Someone's fly-tipped an old mattress and rubble at the end of our lane.
fr situation l | Des pique-niqueurs ont laissé toutes leurs canettes au bord du lac.
+ en situation l | Picnickers left all their cans by the lake.
fr situation l | La caisse automatique crie « article non reconnu » pour la dixième fois.
+ en situation l | The self-checkout shouts "unexpected item in bagging area" for the tenth time.
fr situation n | Promo affichée en rayon, mais à la caisse on me compte le plein tarif.
+ en situation n | Offer on the shelf tag, but at the till they charge me full price.
fr situation l | Encore grève des bus, ça me fait une heure à pied sous la pluie.
+ en situation l | Bus strike again, so that's an hour's walk in the rain.
fr situation n | Crèche fermée sans préavis, et je dois poser une journée de congé. Mets une ambiance qui colle.
+ en situation n | Nursery shut without notice, and I have to take a day off. Something to match, please.
fr situation n | Il m'a ridiculisée devant ses potes et il appelle ça de l'humour.
+ en situation n | He made a fool of me in front of his mates and calls it banter.
fr situation n | Elle a fouillé mon téléphone dans mon dos, mes messages, tout.
+ en situation n | She went through my phone behind my back, my messages, everything.
fr situation n | Mon petit frère a cassé ma manette et il dit que c'est le chat.
+ en situation n | My little brother broke my controller and says it was the cat.
fr situation l | Ma sœur a encore pris mon chargeur sans demander.
+ en situation l | My sister took my charger again without asking.
fr situation n | Impossible de résilier ma salle de sport, ils exigent un recommandé.
+ en situation n | Can't cancel my gym membership, they insist on a recorded-delivery letter.
fr situation n | Ils continuent de me prélever trois mois après ma résiliation.
+ en situation n | They're still taking money three months after I cancelled.
fr situation n | Un inconnu a insulté ma fille sous sa vidéo, et la plateforme ne supprime rien.
+ en situation n | A stranger insulted my daughter under her video and the platform won't remove a thing.
fr situation l | Un troll me traite de menteur sous chacune de mes publications.
+ en situation l | Some troll calls me a liar under every single post I make.
# typo: fast typing, SMS spelling
fr typo h | chui trop vener le proprio garde ma caution
+ en typo h | so mad rn landlord keepin my whole deposit
fr typo n | encor 2h de bouchon sur le periph jen peux plus
+ en typo n | anothr 2hr jam on the ring road im so done
fr typo n | mon chef ma pourri devant tt le monde pr rien
+ en typo n | boss chewed me out infront of evryone for nothin
fr typo n | le livreur a mis absent alor que jetais la
+ en typo n | courier put not home when i was rigth here
fr typo h | viré par sms apres 8 ans, c dla honte ces gens
+ en typo h | fired by txt after 8 yrs, these ppl are a disgrace
fr typo n | les voisins font la fete a 3h du mat jvais peter un cable
+ en typo n | neighbours partying at 3am im gonna lose it
fr typo l | la banque ma pris 8 euros de frai pr rien srx
+ en typo l | bank took 8 quid in fees for nothin srsly
fr typo n | mon coloc a ENCORE bouffé mes yaourts jle crois pa
+ en typo n | flatmate ate my yogurts AGAIN unbelievabel
# slang_emoji
fr slang_emoji h | Le coloc a fini mes pâtes 😤😤 ptn mais c'est abusé
+ en slang_emoji h | Flatmate finished my pasta 😤😤 wtf that's so out of order
fr slang_emoji n | train annulé ENCORE 🙃🔥 merci la SNCF
+ en slang_emoji n | train cancelled AGAIN 🙃🔥 cheers National Rail
fr slang_emoji h | l'arbitre est vendu 🤬🤬 ce péno c'est du vol
+ en slang_emoji h | ref's been bought 🤬🤬 that pen is daylight robbery
fr slang_emoji n | mon binôme a rien fait et il ose se plaindre 🙄😡
+ en slang_emoji n | my lab partner did nothing and dares to moan 🙄😡
fr slang_emoji n | il m'a posé un lapin pour la 3e fois, jsuis vénère 💢
+ en slang_emoji n | he stood me up for the 3rd time, I'm fuming 💢
fr slang_emoji l | 3e démarcheur de la journée 📞🤡 lâchez-moi
+ en slang_emoji l | 3rd cold caller today 📞🤡 leave me alone
# explicit: the feeling named in everyday words
fr explicit h | Je suis hors de moi, je tremble de rage.
+ en explicit h | I'm beside myself, shaking with rage.
fr explicit n | J'ai les nerfs, là, vraiment.
+ en explicit n | I'm so wound up right now, honestly.
fr explicit n | Cette histoire de facture me met en rogne.
+ en explicit n | This whole bill business is making me livid.
fr explicit h | Je suis furax contre mon frère. Mets une ambiance.
+ en explicit h | I'm furious with my brother. Set the mood for it.
fr explicit n | Je bouillonne depuis la réunion de ce matin.
+ en explicit n | I've been seething since this morning's meeting.
fr explicit l | Je suis agacée, tout simplement agacée.
+ en explicit l | I'm annoyed, just plain annoyed.
fr explicit n | Ras-le-bol qu'on me prenne pour une idiote.
+ en explicit n | I'm sick and tired of being taken for an idiot.
# negation and mixed
fr negation n | Je ne suis pas triste qu'il m'ait virée, je suis furieuse de la manière.
+ en negation n | I'm not sad he let me go, I'm furious about the way he did it.
fr negation n | Pas inquiet pour le dossier, juste exaspéré qu'ils l'aient encore perdu.
+ en negation n | Not worried about the file, just exasperated they've lost it again.
fr negation n | Je ne boude pas, je suis en colère, nuance.
+ en negation n | I'm not sulking, I'm angry, there's a difference.
fr mixed n | Un peu soulagé d'avoir récupéré la voiture, mais surtout furieux contre la fourrière.
+ en mixed n | A bit relieved to get the car back, but mostly livid with the tow pound.
fr mixed n | Fatiguée après ma garde, mais surtout remontée contre ce planning injuste.
+ en mixed n | Tired after my shift, but mostly fuming about this unfair rota.
fr mixed n | On a gagné, tant mieux, mais surtout j'enrage contre cet arbitre partial.
+ en mixed n | We won, fine, but mostly I'm raging at that biased ref.
# wish: feeling plus colour or brightness
fr wish h c=red;orange b=bright | Viré sans raison, je bous. Rouge et orange, à fond.
+ en wish h c=red;orange b=bright | Sacked for no reason, I'm boiling. Red and orange, full blast.
fr wish n c=red b=dim | Énervée contre les voisins, du rouge tamisé, je veux quand même dormir.
+ en wish n c=red b=dim | Cross with the neighbours, dim red, I still want to sleep.
fr wish n c=amber;red | Arnaqué par le garagiste, mets de l'ambre et du rouge.
+ en wish n c=amber;red | Ripped off by the mechanic, put on amber and red.
"""

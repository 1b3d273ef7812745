"""inquietude: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Maman sourit au téléphone, mais sa voix tremble et elle dit qu'elle « verra le médecin la semaine prochaine ».
+ en situation n | Mum sounds all smiles on the phone, but her voice shakes and she says she'll "see the doctor next week".
fr situation n | Le soleil brille, mais le petit tousse depuis trois jours et la fièvre remonte chaque soir.
+ en situation n | The sun is shining, but the little one has been coughing for three days and the fever comes back every evening.
fr situation n | Papa n'a pas touché à son café ce matin, lui qui n'en rate jamais un, et il est vite essoufflé.
+ en situation n | Dad didn't touch his coffee this morning, and he never skips one, and he gets out of breath so quickly.
fr situation n | J'ai reçu un cadeau sans mot ni expéditeur, avec mon adresse exacte, et je ne vois pas qui la connaît.
+ en situation n | I got a present with no note and no sender, addressed to me exactly, and I can't think who knows my address.
fr situation n | Elle rit à toutes les blagues au dîner, mais elle a perdu huit kilos en deux mois.
+ en situation n | She laughs at every joke at dinner, but she's lost eight kilos in two months.
fr situation n | Jolie balade en forêt, mais le petit avait une tique sur la jambe et la rougeur autour s'agrandit.
+ en situation n | Lovely walk in the woods, but the little one had a tick on his leg and the red patch around it is spreading.
fr mixed l | Contente de recevoir tout le monde ce soir, mais le four fait un drôle de bruit et je ne sais pas s'il tiendra jusqu'au dessert.
+ en mixed l | Happy to have everyone over tonight, but the oven is making a strange noise and I'm not sure it'll last until dessert.
fr typo n | jsuis content pour lui mais il a pas repondu depuis qu'il a atteri a bogota, ca fait 9h
+ en typo n | happy for him but he hasnt replied since he landed in bogota, its been 9hrs

# trap words from curiosite
fr situation n | Pourquoi la banque m'appelle-t-elle trois fois dans la matinée sans laisser de message ?
+ en situation n | Why is the bank calling me three times in one morning without leaving a message?
fr situation h | J'ai découvert une petite bosse sous l'aisselle sous la douche, et le rendez-vous n'est que dans dix jours.
+ en situation h | I found a small lump under my arm in the shower, and the appointment isn't for another ten days.
fr situation n | Je me demande ce que le chef voulait dire par « passe me voir lundi, il faut qu'on parle ».
+ en situation n | I keep wondering what the boss meant by "come and see me Monday, we need to talk".
fr situation n | Le médecin a posé plein de questions sur les antécédents de la famille, puis il a prescrit d'autres examens.
+ en situation n | The doctor asked lots of questions about the family's medical history, then ordered more tests.
fr situation n | J'ai cherché les symptômes de mon fils sur internet, et maintenant je n'arrive plus à penser à autre chose.
+ en situation n | I looked up my son's symptoms online, and now I can't think about anything else.
fr situation n | Personne n'arrive à comprendre d'où vient la fissure qui s'allonge au-dessus de la porte d'entrée.
+ en situation n | Nobody can work out where the crack that keeps growing above the front door is coming from.
fr situation n | Mystère : le chat n'est pas rentré depuis deux nuits, lui qui ne rate jamais un repas. Lumière douce, s'il te plaît.
+ en situation n | It's a mystery: the cat hasn't come home for two nights, and he never misses a meal. Soft lighting, please.
fr negation n | Ce n'est pas de la curiosité, j'ai vraiment peur de ce que l'échographie va montrer jeudi.
+ en negation n | It's not curiosity, I'm genuinely afraid of what Thursday's scan will show.

# trap words from detente
fr situation n | En vacances depuis hier, et je n'arrête pas de penser au dossier que j'ai peut-être mal envoyé.
+ en situation n | On holiday since yesterday, and I can't stop thinking about the file I may have sent wrong.
fr situation n | La mer est calme, mais notre fils est parti en kayak ce matin et son téléphone sonne dans le vide.
+ en situation n | The sea is calm, but our son went out kayaking this morning and his phone just rings out.
fr situation n | Trop calme, cette maison : l'ado ne sort plus de sa chambre et ne mange presque plus.
+ en situation n | This house is too quiet: our teenager doesn't come out of his room and hardly eats any more.
fr situation n | Papy fait des siestes de trois heures depuis la semaine dernière, lui qui ne s'assoit jamais.
+ en situation n | Grandpa has been napping three hours a day since last week, and he's someone who never sits down.
fr situation n | Je devrais me reposer, le médecin l'a dit, mais qui paiera le loyer si j'arrête trois semaines ?
+ en situation n | I should rest, the doctor said so, but who'll pay the rent if I stop for three weeks?
fr situation n | Tranquille au bord de la piscine, et l'appli de la maison signale une porte ouverte à 800 km d'ici.
+ en situation n | Lounging by the pool, and the home app says a door is open 800 km away.
fr situation n | Impossible de dormir : demain, on saura si l'usine ferme ou pas, et on est quatre à vivre de ce salaire.
+ en situation n | Can't sleep: tomorrow we'll find out whether the factory closes, and four of us live on that wage.
fr slang_emoji n | censée être au spa tranquille mais mamie répond pas au tel depuis ce matin 😬
+ en slang_emoji n | supposed to be chilling at the spa but nan hasnt picked up her phone since this morning 😬

# trap words from euphorie
fr situation n | Ma fille de seize ans est partie en soirée, il est 2 h et son téléphone est éteint.
+ en situation n | My sixteen-year-old went to a party, it's 2 a.m. and her phone is switched off.
fr situation n | Le mariage est dans trois semaines et le traiteur ne répond plus à aucun mail.
+ en situation n | The wedding is in three weeks and the caterer has stopped answering emails.
fr situation n | Il a dansé toute la nuit au festival, et depuis il a une gêne dans la poitrine qui revient par moments.
+ en situation n | He danced all night at the festival, and since then he's had a tightness in his chest that keeps coming back.
fr situation n | On organise la fête des 40 ans dehors samedi, et la météo annonce des orages toute la journée.
+ en situation n | We're throwing the 40th birthday party outdoors on Saturday, and the forecast says storms all day.
fr situation n | Mon fils de quinze ans va à son premier grand concert demain, seul, au milieu de 60 000 personnes.
+ en situation n | My fifteen-year-old is going to his first big concert tomorrow, on his own, among 60,000 people.
fr situation n | Le champagne est au frais, mais on ne sait toujours pas si papa sortira de l'hôpital pour le réveillon.
+ en situation n | The champagne is chilling, but we still don't know if Dad will be out of hospital for New Year's Eve.
fr situation n | Il est parti en boîte avec la voiture en promettant de ne pas boire, et je ne dors pas en l'attendant.
+ en situation n | He went clubbing in the car, promising not to drink, and I can't sleep while I wait for him.
fr typo n | la soiree est top mais jai laissé le four allumé je crois, je suis plus sure du tout
+ en typo n | party's great but i think i left the oven on, im not sure at all now

# trap words from reverie
fr situation n | Trois nuits de suite, j'ai rêvé que je ratais l'avion, et on part jeudi avec les enfants.
+ en situation n | Three nights in a row I've dreamed I missed the plane, and we're flying Thursday with the kids.
fr situation n | Les nuages s'accumulent sur la montagne, et mon frère est encore quelque part sur le sentier.
+ en situation n | The clouds are piling up over the mountain, and my brother is still somewhere out on the trail.
fr situation n | J'imagine déjà tous les scénarios : il ne répond plus depuis qu'il a pris la route verglacée.
+ en situation n | I'm already imagining every scenario: he's stopped answering since he set off on the icy road.
fr situation n | Mon fils est toujours dans la lune en classe, et la maîtresse veut nous voir vendredi.
+ en situation n | My son's always got his head in the clouds in class, and his teacher wants to see us on Friday.
fr situation n | On rêvait de cette maison, mais l'expert a parlé de termites « possibles » dans la charpente.
+ en situation n | We'd dreamed of this house, but the surveyor mentioned "possible" termites in the roof timbers.
fr situation n | Pleine lune, grande marée et tempête annoncée : la digue devant chez nous va-t-elle tenir ?
+ en situation n | Full moon, spring tide and a storm on the way: will the sea wall in front of our house hold?
fr situation n | Allongée sous les étoiles, je repense au grain de beauté qui a changé de couleur le mois dernier.
+ en situation n | Lying under the stars, I keep coming back to the mole that changed colour last month.
fr negation n | Je ne rêvasse pas, je me fais du souci pour le rendez-vous chez le cardiologue demain matin.
+ en negation n | I'm not daydreaming, I'm worried about tomorrow morning's appointment with the cardiologist.

# trap words from victoire
fr situation n | Nommée cheffe d'équipe, et je me demande comment je vais gérer des gens qui ont vingt ans de plus que moi.
+ en situation n | Made team leader, and I keep wondering how I'll manage people twenty years older than me.
fr situation n | Compromis signé pour l'appartement, mais avec la hausse des taux on ne sait pas si on tiendra les mensualités.
+ en situation n | We've signed for the flat, but with rates going up we don't know if we can keep up the repayments.
fr situation n | Il a gagné sa place en équipe de France junior, mais son genou le fait souffrir depuis une semaine.
+ en situation n | He's earned his place in the junior national squad, but his knee has been hurting him for a week.
fr situation n | Diplôme en poche depuis juin, quarante candidatures, zéro réponse : qu'est-ce que je vais faire en septembre ?
+ en situation n | Degree in hand since June, forty applications, not one reply: what am I going to do in September?
fr situation n | Premier marathon bouclé, mais depuis l'arrivée j'ai des palpitations bizarres le soir.
+ en situation n | First marathon finished, but since the finish line I've been getting strange palpitations in the evening.
fr situation n | Le nouveau poste est à Lyon, et les enfants vont devoir changer d'école en plein milieu d'année.
+ en situation n | The new job is in Lyon, and the kids will have to switch schools halfway through the year.
fr mixed n | Fier d'avoir monté ma boîte, oui, mais surtout inquiet : la trésorerie ne tient que jusqu'en mars.
+ en mixed n | Proud I started my own business, yes, but mostly worried: the cash only lasts until March.
fr situation n | On a gagné le procès en première instance, mais ils ont fait appel et l'avocate reste très prudente.
+ en situation n | We won the case at first instance, but they've appealed and our lawyer is being very cautious.

# trap words from colere
fr situation n | Après notre dispute, il a claqué la porte et il n'est toujours pas rentré. Il est minuit.
+ en situation n | After our row he slammed the door and he still isn't back. It's midnight.
fr situation n | Mon fils s'est battu à la récré et le directeur veut nous voir demain, sans dire ce qui s'est passé.
+ en situation n | My son got into a fight at break and the head wants to see us tomorrow, without saying what happened.
fr situation n | Le propriétaire nous a envoyé un courrier très sec qui parle de « récupérer le logement ».
+ en situation n | The landlord sent us a very curt letter that talks about "taking the property back".
fr situation n | Ma sœur et mon beau-frère crient de plus en plus souvent, et les enfants entendent tout.
+ en situation n | My sister and her husband are shouting more and more often, and the kids hear everything.
fr situation n | Le directeur est furieux contre tout le service, et des rumeurs de licenciements circulent déjà. Mets une lumière sobre.
+ en situation n | The director is furious with the whole department, and there are already rumours of layoffs. Keep the lights subdued.
fr situation n | Le voisin a menacé notre chien par-dessus la haie, et depuis je le surveille dès qu'il sort.
+ en situation n | The neighbour threatened our dog over the hedge, and now I keep an eye on him every time he goes out.
fr negation n | Je ne lui en veux pas d'être en retard, j'ai juste peur qu'il lui soit arrivé quelque chose sur l'autoroute.
+ en negation n | I'm not angry he's late, I'm just afraid something happened to him on the motorway.
fr situation n | Le contrôleur des impôts réclame des « justificatifs complémentaires », et je ne sais plus lesquels j'ai gardés.
+ en situation n | The tax inspector wants "additional supporting documents", and I don't know which ones I kept.

# trap words from nostalgie
fr situation n | Mamie mélange de plus en plus ses souvenirs : hier, elle m'a appelée par le prénom de ma mère.
+ en situation n | Nan is mixing up her memories more and more: yesterday she called me by my mother's name.
fr situation n | La maison de famille n'a pas été chauffée de tout l'hiver, et on a peur pour la charpente.
+ en situation n | The family house wasn't heated all winter, and we're afraid for the roof beams.
fr situation n | Devant les vieilles photos, papa n'a reconnu ni son frère ni sa propre maison, et il voit le neurologue mardi.
+ en situation n | Looking at old photos, Dad didn't recognise his brother or his own house, and he sees the neurologist on Tuesday.
fr situation n | Mon ami d'enfance ne répond plus à personne depuis qu'il a perdu son boulot en mars.
+ en situation n | My childhood friend hasn't answered anyone since he lost his job in March.
fr situation n | La rivière de mon enfance monte à vue d'œil, et maman habite toujours juste à côté.
+ en situation n | The river I grew up by is rising fast, and Mum still lives right next to it.
fr situation n | Le disque dur avec toutes nos photos de famille fait un clic bizarre au démarrage.
+ en situation n | The hard drive with all our family photos makes a strange clicking noise when it starts up.
fr situation n | Grand-père raconte les mêmes histoires d'autrefois trois fois par repas, depuis un mois.
+ en situation n | Grandad tells the same stories from the old days three times a meal, and has done for a month.
fr typo n | papi a oublier le chemin de la boulangerie ce matin, il y va depuis 40 ans...
+ en typo n | grandpa forgot the way to the bakery this morning, hes been going there 40 years...

# trap words from panique
fr situation n | Papa sort des urgences avec « rien de grave a priori », mais il doit repasser un scanner dans dix jours.
+ en situation n | Dad's out of A&E with "nothing serious, most likely", but he has to have another scan in ten days.
fr situation n | Le détecteur de monoxyde a sonné deux fois cette semaine, puis plus rien, et le technicien ne vient que lundi.
+ en situation n | The carbon monoxide alarm went off twice this week, then nothing, and the engineer can't come until Monday.
fr situation n | Des sirènes partent vers le lycée de ma fille, et elle n'a pas encore lu mon message.
+ en situation n | Sirens are heading towards my daughter's school, and she hasn't read my message yet.
fr situation n | Depuis sa chute à vélo, le petit a des maux de tête qui reviennent, et le pédiatre veut une IRM.
+ en situation n | Since he came off his bike, the little one keeps getting headaches, and the paediatrician wants an MRI.
fr situation h | L'hôpital a rappelé pour « revoir ensemble les résultats » au lieu de les envoyer par courrier.
+ en situation h | The hospital called back to "go over the results together" instead of posting them.
fr situation n | Les pompiers inspectent l'immeuble d'à côté pour une odeur de gaz, et personne ne nous dit rien.
+ en situation n | The fire brigade is checking the building next door for a gas smell, and nobody's telling us anything.
fr situation n | Le médecin a dit de filer aux urgences si la fièvre dépasse 39, et elle est à 38,8.
+ en situation n | The doctor said to head to A&E if the fever goes above 39, and it's at 38.8.
fr slang_emoji n | ambulance devant chez la voisine du dessous, elle vit seule, personne sait rien 😟
+ en slang_emoji n | ambulance outside the downstairs neighbour's, she lives alone, no one knows anything 😟

# trap words from suspense
fr situation h | On attend les résultats de la biopsie de maman, le labo parle de « huit à dix jours ».
+ en situation h | We're waiting for Mum's biopsy results, the lab says "eight to ten days".
fr situation n | Le verdict du conseil de discipline tombe jeudi, et mon fils risque l'exclusion définitive.
+ en situation n | The disciplinary board's verdict comes on Thursday, and my son could be expelled for good.
fr situation n | Toujours pas de réponse de la préfecture, et mon titre de séjour expire dans douze jours.
+ en situation n | Still no answer from the prefecture, and my residence permit runs out in twelve days.
fr situation n | Réponse de la banque pour le prêt lundi, et on a déjà donné notre préavis pour l'appartement.
+ en situation n | The bank gives its answer on the loan on Monday, and we've already handed in notice on our flat.
fr situation n | L'opération de mon frère devait durer deux heures, et ça fait cinq heures qu'on attend dans le couloir.
+ en situation n | My brother's operation was meant to take two hours, and we've been waiting in the corridor for five.
fr situation n | On saura vendredi quels services sont touchés par le plan social, et le mien est sur toutes les lèvres.
+ en situation n | On Friday we'll find out which departments the redundancy plan hits, and mine is the one everyone's talking about.
fr situation n | Contrôle technique demain, et le garagiste a fait une grimace en regardant les freins.
+ en situation n | MOT tomorrow, and the mechanic pulled a face when he looked at the brakes.
fr mixed n | Un peu impatiente d'avoir le résultat du test, mais surtout angoissée à l'idée qu'il soit positif.
+ en mixed n | A little impatient to get the test result, but mostly dreading that it'll be positive.

# trap words from tristesse
fr situation n | Ma fille pleure tous les soirs avant l'école depuis la rentrée, et elle refuse de dire pourquoi.
+ en situation n | My daughter has cried every night before school since term started, and she won't say why.
fr situation n | Depuis la mort de maman, papa vit seul et ne décroche plus qu'un jour sur deux.
+ en situation n | Since Mum died, Dad lives alone and only picks up the phone every other day.
fr situation n | J'ai perdu mon travail il y a un mois, et la prochaine échéance du prêt tombe le 5.
+ en situation n | I lost my job a month ago, and the next loan payment is due on the 5th.
fr situation n | Le vétérinaire a dit qu'il fallait « se préparer », mais les résultats n'arriveront que lundi.
+ en situation n | The vet said we should "prepare ourselves", but the results won't come until Monday.
fr situation n | Mon ado écoute des chansons tristes en boucle et a arrêté le foot du jour au lendemain, sans explication.
+ en situation n | My teenager plays sad songs on repeat and quit football overnight, with no explanation.
fr situation n | Le talus au-dessus du cimetière glisse après chaque pluie, et notre maison est juste en dessous.
+ en situation n | The bank above the cemetery slips a little more after every rain, and our house sits right below it.
fr negation n | Ce n'est pas de la tristesse, c'est l'angoisse de ne pas savoir comment on va finir le mois.
+ en negation n | It isn't sadness, it's the dread of not knowing how we'll make it to the end of the month.
fr situation n | Mon copain est en deuil et enchaîne les nuits blanches ; je ne sais pas combien de temps il va tenir.
+ en situation n | My boyfriend is grieving and going night after night without sleep; I don't know how long he can hold up.
"""

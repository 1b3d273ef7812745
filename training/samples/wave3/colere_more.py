"""colere: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation h | Mon frère a vendu la montre de papa en ligne sans demander l'avis de personne.
+ en situation h | My brother sold Dad's watch online without asking any of us.
fr situation n | Le club de foot laisse mon fils sur le banc toute la saison, pendant que le fils du coach joue tous les matchs.
+ en situation n | The football club has left my son on the bench all season while the coach's son plays every match.
fr situation n | Il a accepté un dîner chez ses collègues samedi, le soir de mon anniversaire, et il me l'annonce comme une bonne nouvelle.
+ en situation n | He accepted a dinner at his colleagues' on Saturday, my birthday night, and he tells me like it's good news.
fr situation n | Il a encore raconté à ses parents que c'est lui qui avait fait toute la rénovation de la maison.
+ en situation n | He told his parents again that he did the whole house renovation himself.
fr situation n | Mon mari a invité huit personnes à dîner ce soir, il me prévient à dix-huit heures et il regarde le match.
+ en situation n | My husband invited eight people for dinner tonight, told me at six, and now he's watching the match.
fr situation h | Le père d'un camarade a filmé ma fille en pleine crise à l'anniversaire et a partagé la vidéo dans le groupe des parents.
+ en situation h | A classmate's dad filmed my daughter mid-meltdown at the birthday party and shared the video in the parents' group chat.
fr situation n | Pour les vacances, mon ex a décidé au dernier moment de garder les enfants la semaine qu'on avait réservée au ski.
+ en situation n | For the holidays, my ex decided at the last minute to keep the kids the week we'd booked for skiing.
# situations: friends, neighbours
fr situation n | On devait partager l'addition, et mes amis sont tous partis avant le dessert en me laissant la note.
+ en situation n | We were supposed to split the bill, and my friends all left before dessert and stuck me with it.
fr situation n | Mon ami a annulé notre week-end pour la troisième fois, et je le vois en story à une fête le soir même.
+ en situation n | My friend cancelled our weekend for the third time, and I see him in a story at a party that same night.
fr situation h | La voisine a appelé la police parce que mon fils de huit ans jouait au ballon dans la cour, à seize heures.
+ en situation h | The neighbour called the police because my eight-year-old was playing ball in the courtyard at four in the afternoon.
fr situation n | Le voisin agriculteur a bouché le chemin communal avec des rochers pour qu'on ne puisse plus passer. Mets-moi du rouge.
+ en situation n | The farmer next door blocked the public path with boulders so we can't get through anymore. Give me some red.
# situations: work, school
fr situation n | Ma prime saute parce que j'ai été en arrêt maladie, alors que j'avais atteint tous mes objectifs.
+ en situation n | My bonus has been scrapped because I was on sick leave, even though I'd hit every target.
fr situation n | Le nouveau est payé plus que moi, et c'est moi qui dois le former.
+ en situation n | The new guy earns more than me, and I'm the one who has to train him.
fr situation h | Mon manager m'a refusé le congé pour le mariage de ma sœur, posé il y a six mois, et il prend lui-même ce jour-là.
+ en situation h | My manager turned down my leave for my sister's wedding, booked six months ago, and he's taking that day off himself.
fr situation n | La prof a confisqué le téléphone de ma fille jusqu'aux vacances, alors qu'il était éteint au fond de son sac.
+ en situation n | The teacher confiscated my daughter's phone until the holidays, even though it was switched off at the bottom of her bag.
fr situation n | Ils suppriment l'option musique au lycée pour financer un écran géant dans le hall.
+ en situation n | They're cutting music at the high school to pay for a giant screen in the entrance hall.
# situations: health, money, administration
fr situation n | Six mois d'attente pour voir le spécialiste, et il annule la veille par SMS. Allume-moi tout en rouge.
+ en situation n | Six months' wait to see the specialist, and he cancels the day before by text. Turn everything red for me.
fr situation n | La banque m'a refusé le prêt parce que je suis indépendant, alors que je gagne plus qu'avec mon ancien salaire.
+ en situation n | The bank turned down my loan because I'm self-employed, even though I earn more than on my old salary.
fr situation n | L'assurance auto augmente de quarante pour cent, et je n'ai pas eu un seul sinistre en quinze ans.
+ en situation n | My car insurance is going up forty percent, and I haven't made a single claim in fifteen years.
fr situation h | La caisse d'allocations me réclame deux mille euros de trop-perçu, à cause de leur propre erreur de calcul.
+ en situation h | The benefits office wants two thousand euros back from me, because of their own calculation mistake.
fr situation h | La maison de retraite augmente ses tarifs de trois cents euros par mois, et ma mère n'a toujours droit qu'à une douche par semaine.
+ en situation h | The care home is putting its fees up by three hundred euros a month, and my mother still only gets one shower a week.
# situations: house, DIY, garden, moving
fr situation n | Le propriétaire est entré dans l'appartement pendant que j'étais au travail, sans prévenir, « pour vérifier ».
+ en situation n | The landlord let himself into the flat while I was at work, no warning, "just to check".
fr situation n | Le magasin refuse de reprendre la perceuse morte au bout de deux utilisations, sous prétexte que la boîte est abîmée.
+ en situation n | The shop won't take back the drill that died after two uses, because the box is damaged.
fr situation n | La commune a pulvérisé du désherbant tout le long de mon potager bio, sans prévenir personne.
+ en situation n | The council sprayed weedkiller all along my organic vegetable patch without telling anyone.
fr situation n | L'agence a gardé nos frais de dossier alors que c'est le propriétaire qui a renoncé à louer. Un son qui défoule, s'il te plaît.
+ en situation n | The agency kept our application fees even though it was the landlord who backed out. Something to let off steam, please.
fr situation n | Loyer : plus dix pour cent. Chaudière : toujours en panne.
+ en situation n | Rent: up ten percent. Boiler: still broken.
# situations: pets, nature
fr situation h | Un gamin a lancé des cailloux sur mon chat pendant que ses parents filmaient en riant.
+ en situation h | A kid threw stones at my cat while his parents filmed it, laughing.
fr situation n | Le vétérinaire m'a facturé une radio qu'il n'a jamais faite, et il soutient le contraire.
+ en situation n | The vet billed me for an X-ray he never did, and he swears he did.
fr situation n | Des quads ont défoncé le sentier qu'on avait restauré avec l'association tout l'hiver.
+ en situation n | Quad bikes tore up the trail our group spent all winter restoring.
# situations: transport, travel, weather
fr situation n | Quarante minutes de queue à l'embarquement, et un groupe passe devant tout le monde en disant qu'ils sont pressés.
+ en situation n | Forty minutes queuing to board, and a group pushes past everyone saying they're in a hurry.
fr situation n | Contrôle dans le tram : le valideur était en panne, et c'est quand même moi qui prends l'amende. Envoie les rouges.
+ en situation n | Ticket check on the tram: the validator was broken, and I'm still the one who gets fined. Hit me with the reds.
fr situation n | Ils ferment la piscine municipale en pleine canicule « faute de personnel », mais le golf est arrosé tous les jours.
+ en situation n | They close the public pool in the middle of a heatwave "due to staff shortages", but the golf course gets watered every day.
# situations: food, mornings, night
fr situation n | J'ai commandé un plat végétarien, il y avait des lardons dedans, et le serveur m'a dit de les mettre sur le côté.
+ en situation n | I ordered a vegetarian dish, it had bacon in it, and the waiter told me to just push it to the side.
fr situation n | Ce matin, la boulangère m'a rendu la monnaie sur vingt alors que je lui avais donné cinquante, et elle ne veut rien entendre.
+ en situation n | This morning the baker gave me change for a twenty when I'd handed her a fifty, and she won't hear a word of it.
fr situation n | Réveillé à deux heures du matin par un SMS publicitaire de mon propre opérateur.
+ en situation n | Woken at two in the morning by a marketing text from my own phone company.
# situations: sport, music, films, books, games
fr situation n | L'arbitre du tournoi de tennis est le père de mon adversaire, et toutes les balles litigieuses sont pour lui.
+ en situation n | The umpire at the tennis tournament is my opponent's father, and every close call goes his way.
fr situation n | La fédération m'a retiré ma licence parce que le club a perdu mon certificat médical, la veille de la compétition.
+ en situation n | The federation pulled my licence because the club lost my medical certificate, the day before the competition.
fr situation h | Le club a vendu notre meilleur joueur la veille de la finale pour équilibrer les comptes, juste après avoir augmenté les abonnements.
+ en situation h | The club sold our best player the day before the final to balance the books, right after raising season ticket prices.
fr situation n | Le groupe a joué quarante minutes, dont dix de balances, pour une place à quatre-vingts euros. Mets un truc qui cogne.
+ en situation n | The band played forty minutes, ten of them soundcheck, for an eighty-euro ticket. Put on something that hits hard.
fr situation n | La plateforme a retiré la série au milieu de la dernière saison, alors que je m'étais abonné exprès.
+ en situation n | The platform pulled the series halfway through the last season, and I'd subscribed just for it.
fr situation n | La bibliothèque me réclame quarante euros pour un livre que j'ai rendu en mains propres.
+ en situation n | The library wants forty euros from me for a book I handed back in person.
fr situation h | Mon petit frère a revendu mon compte de jeu, trois ans de progression, pour s'acheter des skins.
+ en situation h | My little brother sold my game account, three years of progress, to buy himself skins.
# situations: tech, news, hobbies, city
fr situation n | Mon téléphone a deux ans, le fabricant a arrêté les mises à jour, et l'appli de ma banque ne marche plus dessus.
+ en situation n | My phone is two years old, the maker stopped the updates, and my banking app no longer works on it.
fr situation n | Quelqu'un a piraté le compte de ma mère, et la plateforme me répond avec un robot depuis dix jours. Lumières en mode orage.
+ en situation n | Someone hacked my mum's account and the platform has been answering me with a bot for ten days. Storm-mode lights.
fr situation n | On apprend que le maire a fait refaire son bureau pour cent mille euros, l'année où ils ont fermé la crèche.
+ en situation n | Turns out the mayor had his office redone for a hundred thousand euros, the same year they shut the nursery.
fr situation n | À la chorale, la cheffe donne tous les solos à sa nièce, qui chante faux.
+ en situation n | At choir, the conductor gives every solo to her niece, who sings off-key.
fr situation n | Quatre cents signatures pour un passage piéton devant l'école, et la mairie n'a même pas lu la pétition. Ambiance qui va avec, merci.
+ en situation n | Four hundred signatures for a crossing outside the school, and the council didn't even read the petition. A mood to match, thanks.

# long
fr long n | J'attends une heure au guichet. Arrivé devant, on me dit qu'il manque une photocopie. La photocopieuse est juste derrière elle. Elle refuse de s'en servir.
+ en long n | I wait an hour at the counter. When I finally get there, I'm told a photocopy is missing. The copier is right behind her. She refuses to use it.
fr long n | Mon fils a préparé son exposé pendant deux semaines. Le jour J, la prof le fait passer en dernier. Plus le temps. Zéro pour « non présenté ».
+ en long n | My son spent two weeks preparing his presentation. On the day, the teacher puts him last. No time left. Zero for "not presented".
fr long n | J'ai avancé l'argent pour refaire le toit du garage commun. Quatre voisins sur cinq m'ont remboursé. Le cinquième dit qu'il ne s'en sert pas. Il y gare deux voitures.
+ en long n | I fronted the money to fix the shared garage roof. Four neighbours out of five paid me back. The fifth says he doesn't use it. He parks two cars in there.
fr long n | J'ai signalé le nid-de-poule devant chez moi en janvier. En mars, j'ai crevé dedans. La mairie dit n'avoir jamais rien reçu. J'ai l'accusé de réception sous les yeux.
+ en long n | I reported the pothole outside my house in January. In March, I got a flat in it. The council says they never received anything. I'm looking at the acknowledgement right now.
fr long h | Ma mère attend sa prothèse de hanche depuis un an. L'opération a été repoussée trois fois. Hier, on apprend que le chirurgien opère en privé le mercredi. Pour ceux qui peuvent payer.
+ en long h | My mother has been waiting a year for her hip replacement. The operation has been pushed back three times. Yesterday we found out the surgeon operates privately on Wednesdays. For those who can pay.
fr long n | J'ai fait le gâteau, la déco et les invitations. Mon ex est arrivé à la fête avec un cadeau énorme. Sur toutes les photos, il n'y a que lui et le petit. Et il a posté « Papa a tout organisé ».
+ en long n | I baked the cake, did the decorations and the invitations. My ex turned up to the party with a huge present. Every photo is just him and our boy. And he posted "Dad organised everything".
fr long n | Mon coloc ne fait jamais la vaisselle. Ce matin, il a laissé un mot sur le frigo. Il me demande d'être « plus respectueux des espaces communs ». Pour une tasse.
+ en long n | My flatmate never does the dishes. This morning he left a note on the fridge. He's asking me to be "more respectful of shared spaces". Over one mug.
fr long h | Le match était fini, on avait gagné deux à un. L'équipe adverse a porté réclamation pour un maillot mal numéroté. La ligue leur donne la victoire sur tapis vert. Trois mois d'entraînement pour ça.
+ en long h | The match was over, we'd won two-one. The other team lodged a complaint over a wrongly numbered shirt. The league hands them the win on a technicality. Three months of training for that.

# informal French, no translation
fr situation n | le livreur a mis « absent » alors que j'étais chez moi toute la journée, la sonnette marche très bien
fr situation h | sérieux le mec m'a piqué la place sous le nez, j'avais le clignotant depuis deux minutes
fr situation n | le technicien du SAV me dit que j'ai mal branché la machine alors qu'il l'a même pas ouverte
fr situation n | le prof a mis 8 à mon fils alors que tous ses résultats sont justes, soi-disant c'est pas la méthode du cours
fr situation n | les gens qui passent devant tout le monde à la boucherie en mode « j'ai juste une question »
fr situation h | l'opérateur m'a coupé internet pour impayé alors que le prélèvement est passé, j'ai la preuve sous les yeux
# casual English, no translation
en situation n | landlord put the rent up and then told me to fix the leaky shower myself
en situation n | did 90 percent of the group project and the guy who did nothing got the higher mark
en situation h | got a parking ticket at the hospital while I was in A&E with my kid
en situation n | neighbour's kid keeps kicking his ball into my garden and now his mum says my fence damaged it
"""

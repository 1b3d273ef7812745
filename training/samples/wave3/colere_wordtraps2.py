"""colere: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Pour mon anniversaire, il m'a offert un aspirateur, puis il est parti au foot avec ses potes jusqu'à minuit.
+ en situation n | For my birthday he gave me a vacuum cleaner, then went off to football with his mates until midnight.
en situation h | Spent all morning planting tulips in the front garden, and the neighbour's dog dug up every bulb while he stood there laughing.
+ fr situation h | J'ai passé la matinée à planter des tulipes devant la maison, et le chien du voisin a déterré tous les bulbes pendant que lui rigolait.
fr situation n | Pique-nique au parc gâché : la mairie a lancé l'arrosage automatique à midi pile, sans panneau, sur toutes les familles.
+ en situation n | Park picnic ruined: the council turned on the sprinklers at noon sharp, no sign, right over all the families.
fr situation n | Ma collègue signe tous ses mails « bisous », puis me balance au chef en réunion pour cinq minutes de retard.
+ en situation n | My colleague signs every email "hugs", then rats me out to the boss in the meeting for being five minutes late.
en situation n | Lovely sunny Saturday, the lake car park now costs 15 euros, and the barrier swallowed my ticket.
+ fr situation n | Beau samedi ensoleillé, le parking du lac coûte maintenant 15 euros, et la barrière a avalé mon ticket.
fr situation n | J'avais fait un gâteau maison pour le goûter de l'école ; la maîtresse l'a jeté, seuls les gâteaux achetés sont acceptés, et personne ne m'avait prévenue.
+ en situation n | I'd baked a homemade cake for the school snack; the teacher binned it, only shop-bought cakes allowed, and nobody had told me.
fr situation n | Il rentre à 23 h en chantonnant, tout content, le dîner froid sur la table, sans avoir répondu à un seul de mes messages.
+ en situation n | He strolls in at 11 p.m. humming, all cheerful, dinner cold on the table, without having answered a single one of my texts.
fr slang_emoji n | petit café en terrasse tranquille et le serveur me facture 6,50€ un expresso tiède 🙃😤 plus jamais
+ en slang_emoji n | nice little coffee on the terrace and the waiter charges me 6.50 for a lukewarm espresso 🙃😤 never again

# trap words from curiosite
fr situation n | Au musée, une bande a fait des selfies devant le tableau pendant vingt minutes sans laisser personne approcher. Mets du rouge.
+ en situation n | At the museum, a group took selfies in front of the painting for twenty minutes without letting anyone near. Put on some red.
en situation n | Why on earth does the bank need my birth certificate to change my address? Third time I've sent it.
+ fr situation n | Mais pourquoi la banque a besoin de mon acte de naissance pour un changement d'adresse ? Troisième fois que je l'envoie.
fr situation h | J'ai découvert sur mes relevés que la salle de sport me prélève encore depuis un an, alors que j'ai résilié par recommandé.
+ en situation h | I discovered on my statements that the gym has kept charging me for a year, even though I cancelled by registered letter.
fr situation n | Visite de l'appart à 18 h, j'arrive avec mon dossier complet, et l'agent me dit qu'il est loué depuis hier. Il ne pouvait pas prévenir ?
+ en situation n | Flat viewing at 6 p.m., I turn up with my full application, and the agent says it was let yesterday. Couldn't he have told us?
fr situation n | Le mystère des yaourts disparus est résolu : c'est mon beau-frère, qui loge chez nous « deux semaines » depuis quatre mois.
+ en situation n | The mystery of the vanishing yoghurts is solved: it's my brother-in-law, staying with us "for two weeks" for four months now.
en situation n | The museum shut the dinosaur hall the day we drove two hours with the kids, and the website still says it's open.
+ fr situation n | Le musée a fermé la salle des dinosaures le jour où on a fait deux heures de route avec les enfants, et le site dit toujours que c'est ouvert.
fr situation n | Une heure à chercher pourquoi internet ne marchait plus : l'opérateur avait coupé ma ligne « par erreur » et le savait depuis lundi.
+ en situation n | An hour trying to figure out why the internet was down: the provider had cut my line "by mistake" and had known since Monday.
fr negation n | Non, je ne cherche pas à comprendre son point de vue ; je veux juste qu'il arrête de garer sa camionnette devant ma boîte aux lettres.
+ en negation n | No, I'm not trying to understand his point of view; I just want him to stop parking his van in front of my letterbox.

# trap words from detente
fr situation n | Grasse matinée prévue, et le chef m'appelle à 7 h un samedi pour un fichier qu'il pouvait trouver tout seul.
+ en situation n | A lie-in planned, and my boss rings me at 7 a.m. on a Saturday for a file he could have found himself.
en situation n | Finally lying in the hammock with a book, and the neighbours start burning wet garden waste right against the fence.
+ fr situation n | Enfin allongé dans le hamac avec un livre, et les voisins se mettent à brûler des déchets verts mouillés juste contre la clôture.
fr situation n | Le camping nous facture la piscine en supplément, alors qu'elle est fermée depuis notre arrivée.
+ en situation n | The campsite charges us extra for the pool, when it's been closed since the day we arrived.
fr situation n | Le chauffeur VTC a mis sa musique à fond et fumé à la fenêtre, alors que j'avais choisi l'option « trajet calme ».
+ en situation n | The ride-share driver blasted his music and smoked out the window, when I'd picked the "quiet ride" option.
fr situation h | « Détends-toi, c'est qu'un jeu », dit mon beau-frère après avoir triché trois fois au Monopoly devant les enfants.
+ en situation h | "Relax, it's only a game," says my brother-in-law after cheating three times at Monopoly in front of the kids.
en situation n | My one day off, and the courier texts that I have to stay in from 8 to 6 for a parcel that never turns up.
+ fr situation n | Mon seul jour de repos, et le livreur m'envoie un SMS pour que je reste chez moi de 8 h à 18 h, pour un colis qui n'arrive jamais.
fr situation n | Train de nuit pour les vacances : couchettes réservées il y a trois mois, et on nous colle en sièges assis, sans remboursement.
+ en situation n | Night train for the holidays: sleeper berths booked three months ago, and they stick us in regular seats, no refund.
fr typo n | javais enfin posé une journée de repos et mon manager ma mis une reunion a 9h sans demander, jen ai ras le bol
+ en typo n | finally took a day off and my manager put me in a meeting at 9 without asking, im so fed up

# trap words from euphorie
fr situation n | Au mariage de ma cousine, le traiteur a servi les tables du fond avec deux heures de retard, et il ose réclamer un pourboire.
+ en situation n | At my cousin's wedding, the caterer served the back tables two hours late, and he has the nerve to ask for a tip.
en situation h | The festival cancelled the headliner an hour before he was due on stage, and now they say no refunds.
+ fr situation h | Le festival a annulé la tête d'affiche une heure avant son passage sur scène, et maintenant ils disent : pas de remboursement.
fr situation n | Réveillon du nouvel an au restaurant, 120 euros le menu, et à minuit cinq le serveur nous demande de libérer la table.
+ en situation n | New Year's Eve at the restaurant, 120 euros a head, and at five past midnight the waiter asks us to give up the table.
fr situation n | Les supporters ont fêté la victoire en klaxonnant jusqu'à 3 h et en mettant le feu aux poubelles de ma rue.
+ en situation n | The fans celebrated the win by honking until 3 a.m. and setting fire to the bins on my street.
en situation n | The DJ at our own wedding played his own remixes all night and ignored every song on our list.
+ fr situation n | Le DJ de notre propre mariage a passé ses remix toute la soirée et ignoré toutes les chansons de notre liste.
fr situation n | Soirée d'entreprise « festive » obligatoire un vendredi à 20 h, non payée, et ceux qui ne viennent pas sont mal notés.
+ en situation n | A compulsory "festive" company party on a Friday at 8 p.m., unpaid, and anyone who skips it gets a bad review.
fr situation n | Le bar a encaissé ma tournée de champagne deux fois, et le patron refuse même de regarder le ticket.
+ en situation n | The bar charged my round of champagne twice, and the owner won't even look at the receipt.
fr slang_emoji h | les voisins du 3e font une teuf dans la cour commune sans demander à personne et c'est MOI qui me fais engueuler pour le bruit wtf 😡
+ en slang_emoji h | the 3rd floor lot throw a party in the shared courtyard without asking anyone and I'M the one getting told off for noise wtf 😡

# trap words from reverie
fr situation h | Six mois à écrire mes poèmes, et l'éditeur les publie sous le nom de sa fille.
+ en situation h | Six months writing my poems, and the publisher puts them out under his daughter's name.
en situation n | I'd dreamed of seeing the Northern Lights for years; the tour company cancelled the night before and offers a voucher instead of a refund.
+ fr situation n | Je rêvais de voir les aurores boréales depuis des années ; l'agence annule la veille et propose un avoir au lieu d'un remboursement.
fr situation n | Ma fille imaginait son spectacle de danse depuis Noël ; l'école l'annule la veille pour « manque d'organisation », costumes déjà payés.
+ en situation n | My daughter had been picturing her dance show since Christmas; the school cancels it the day before for "lack of organisation", costumes already paid for.
fr situation n | Le prof écrit que mon fils est « toujours dans la lune » sur le bulletin, alors qu'il ne l'a pas interrogé une seule fois de l'année.
+ en situation n | The teacher writes that my son "always has his head in the clouds" on his report, when he hasn't asked him a single question all year.
en situation h | Our dream house plans finally approved, and the builder vanishes with the 20,000-euro deposit.
+ fr situation h | Les plans de la maison de nos rêves enfin acceptés, et le constructeur disparaît avec les 20 000 euros d'acompte.
fr situation n | Il regarde par la fenêtre en sifflotant pendant que je vide le lave-vaisselle, étends le linge et sors la poubelle. Encore.
+ en situation n | He gazes out of the window whistling while I empty the dishwasher, hang out the washing and take out the bin. Again.
fr situation n | « Tu rêves », m'a lancé le garagiste quand j'ai demandé pourquoi la facture avait doublé par rapport au devis.
+ en situation n | "Dream on," the mechanic told me when I asked why the bill was double the quote.
fr typo n | il plane complet mon coloc, il a laissé le four allumé toute la journée et cest moi qui vais payer la facture delec
+ en typo n | my flatmate is totally away with the fairies, left the oven on all day and im the one paying the electric bill

# trap words from victoire
fr situation n | J'ai eu mon diplôme avec mention, et l'université refuse de me le délivrer pour une facture de cantine de 12 euros.
+ en situation n | I got my degree with honours, and the university refuses to issue it over a 12-euro canteen bill.
en situation n | We won the pub quiz fair and square, and the landlord gave the prize to his regulars because we're "new".
+ fr situation n | On a gagné le quiz du pub à la loyale, et le patron a donné le lot à ses habitués parce qu'on est « nouveaux ».
fr situation n | Premier de ma catégorie au semi-marathon, et l'organisation a perdu mon temps : je ne suis même pas classé, et ils haussent les épaules.
+ en situation n | First in my age group at the half marathon, and the organisers lost my time: I'm not even ranked, and they just shrug.
fr situation n | Champion départemental de judo, mon fils est privé de régionaux parce que le club a oublié de l'inscrire.
+ en situation n | County judo champion, and my son misses the regionals because the club forgot to register him.
en situation h | I got the promotion, and HR announced my new salary: forty euros more a month for twice the team.
+ fr situation h | J'ai eu la promotion, et les RH m'annoncent mon nouveau salaire : quarante euros de plus par mois pour une équipe deux fois plus grosse.
fr situation n | Record de ventes battu pour le magasin, et la prime de Noël est supprimée « pour préserver la trésorerie ». Lumière rouge, franchement.
+ en situation n | The shop smashes its sales record, and the Christmas bonus is scrapped "to protect cash flow". Red light, honestly.
fr situation n | Ma fille a réussi son examen de piano haut la main, et sa prof a dit devant tous les parents que c'était « un coup de chance ».
+ en situation n | My daughter passed her piano exam with flying colours, and her teacher said in front of all the parents it was "a fluke".
fr mixed n | Fier d'avoir enfin fini le marathon, oui, mais surtout furieux : quelqu'un a vidé mon sac à la consigne pendant la course.
+ en mixed n | Proud to have finally finished the marathon, sure, but mostly furious: someone went through my bag at the left-luggage tent during the race.

# trap words from inquietude
fr situation h | L'hôpital a annulé mon opération la veille, pour la deuxième fois, par un simple SMS.
+ en situation h | The hospital cancelled my operation the day before, for the second time, by text message.
en situation n | I waited three weeks for my scan results, and the clinic had sent them to the wrong patient.
+ fr situation n | J'ai attendu trois semaines les résultats de mon scanner, et la clinique les avait envoyés à un autre patient.
fr situation h | Ma mère attend depuis cinq heures sur un brancard dans le couloir, et personne ne lui a apporté un verre d'eau. C'est honteux.
+ en situation h | My mother has been waiting five hours on a trolley in the corridor, and nobody has brought her a glass of water. It's disgraceful.
fr situation n | L'assurance refuse de payer la fenêtre cassée : d'après eux, la tempête n'était pas « assez forte ».
+ en situation n | The insurance won't pay for the broken window: according to them, the storm wasn't "strong enough".
en situation n | The school never told us our son had skipped class all week; we heard it from another parent. Not one phone call.
+ fr situation n | L'école ne nous a jamais dit que notre fils avait séché toute la semaine ; on l'a su par un autre parent. Pas un seul appel.
fr situation n | Le pharmacien m'a fait la morale sur mon ordonnance devant toute la file, à voix haute, avec mon nom.
+ en situation n | The pharmacist lectured me about my prescription in front of the whole queue, out loud, with my name.
fr situation n | Nuit blanche à cause du chien d'en bas qui aboie depuis 22 h, et le propriétaire ne répond ni à la porte ni au téléphone.
+ en situation n | A sleepless night because the dog downstairs has been barking since 10 p.m., and the owner won't answer the door or the phone.
fr typo n | le medecin a 40 min de retard et il me dit que jai 5 min de consult pas plus, ca me rend dingue
+ en typo n | the doctor is 40 mins late and tells me i get 5 mins of appointment max, drives me nuts

# trap words from nostalgie
fr situation n | Le manège du parc de mon enfance a été rasé par la mairie pour faire un parking payant, sans aucune consultation.
+ en situation n | The merry-go-round in the park from my childhood was torn down by the council for a pay car park, without any consultation.
en situation n | I lent my brother Dad's old army letters for one week; they came back covered in coffee rings.
+ fr situation n | J'ai prêté à mon frère les vieilles lettres de régiment de papa pour une semaine ; elles sont revenues couvertes de ronds de café.
fr situation h | Le photographe a perdu la carte mémoire de notre mariage, et il nous propose un bon de 50 euros.
+ en situation h | The photographer lost the memory card from our wedding, and he offers us a 50-euro voucher.
fr situation n | Le disquaire m'a vendu un vinyle « d'époque, état neuf », rayé sur toute la face B, et il refuse l'échange.
+ en situation n | The record shop sold me a "vintage, mint condition" LP scratched all over side B, and refuses to swap it.
en situation n | My old school friends organised a reunion, "forgot" to invite me, then tagged me in the photos. Classy.
+ fr situation n | Mes anciens copains de lycée ont organisé des retrouvailles, m'ont « oublié », puis m'ont identifié sur les photos. La classe.
fr situation h | Mon frère a embarqué en douce tout l'album photo de maman avant qu'on fasse le partage.
+ en situation h | My brother quietly walked off with Mum's whole photo album before we'd divided anything up.
fr situation n | Le vieux cinéma du quartier, fermé pour travaux « provisoires » il y a trois ans, va devenir des bureaux. On s'est bien fait avoir.
+ en situation n | The old neighbourhood cinema, shut for "temporary" works three years ago, is being turned into offices. We were well and truly conned.
fr slang_emoji h | mon ex a gardé tous mes vieux jeux de console de quand j'étais gosse et il les revend sur vinted 🤬🤬
+ en slang_emoji h | my ex kept all my old console games from when i was a kid and he's selling them online 🤬🤬

# trap words from panique
fr situation n | Le voisin a appelé les pompiers pour « fumée suspecte » : c'était mon barbecue, autorisé, et il le savait très bien.
+ en situation n | The neighbour called the fire brigade over "suspicious smoke": it was my barbecue, perfectly allowed, and he knew it.
en situation h | Someone parked across the ambulance bay at A&E to nip into the pharmacy, and just laughed when the driver honked.
+ fr situation h | Un type s'est garé en travers de l'entrée des ambulances aux urgences pour aller à la pharmacie, et il a rigolé quand le chauffeur a klaxonné.
fr situation n | Exercice d'évacuation surprise sous la pluie, tout le monde dehors quarante minutes, et le directeur est resté au chaud à l'intérieur.
+ en situation n | Surprise evacuation drill in the rain, everybody outside for forty minutes, and the director stayed warm indoors.
fr situation n | Fausse alerte à la fuite de gaz : le technicien a coupé le compteur et il est parti, et depuis deux jours personne ne vient le rouvrir.
+ en situation n | False alarm about a gas leak: the technician shut off the meter and left, and for two days nobody's come to turn it back on.
en situation n | My teenage son texted "help, emergency!" from a friend's phone as a joke, and he still thinks it's hilarious.
+ fr situation n | Mon ado m'a envoyé « au secours, urgence ! » depuis le portable d'un copain pour rigoler, et il trouve encore ça drôle.
fr situation n | Un gars en trottinette m'a renversée sur le trottoir, puis il m'a traitée d'aveugle avant de repartir.
+ en situation n | A guy on a scooter knocked me over on the pavement, then called me blind before riding off.
fr situation h | Les pompiers ont dû défoncer ma porte à cause d'une fuite chez le voisin du dessus, absent depuis un mois, et c'est à moi de payer la porte.
+ en situation h | The firefighters had to break down my door because of a leak at the upstairs neighbour's, away for a month, and I'm the one paying for the door.
fr typo n | ce crétin a tiré le signal d'alarme du train pr rigoler et on est restés bloqués 1h en pleine campagne
+ en typo n | that idiot pulled the emergency cord on the train for a laugh and we were stuck for an hour in the middle of nowhere

# trap words from suspense
fr situation n | J'attendais la finale depuis un mois, et la box plante pile au coup d'envoi ; le service client rouvre lundi.
+ en situation n | I'd been waiting a month for the final, and the router crashes right at kick-off; customer service reopens on Monday.
en situation n | Season finale night, and my flatmate watched it without me on purpose, then left the last scene paused on the TV.
+ fr situation n | Soir du dernier épisode de la saison, et mon coloc l'a regardé sans moi exprès, puis a laissé la dernière scène en pause sur la télé.
fr situation h | Le résultat du concours est tombé : recalé, et on m'explique que le barème a été changé après l'épreuve.
+ en situation h | The exam result is in: failed, and they tell me the marking scheme was changed after the test.
fr situation n | L'enveloppe de mes résultats d'analyses avait été ouverte avant moi par la voisine, « par erreur ». Tout l'immeuble est au courant.
+ en situation n | The envelope with my lab results had been opened before me by my neighbour, "by mistake". The whole building knows now.
en situation n | Two hours at the prefecture with my ticket in hand, and at noon they shut the counter and send us all home.
+ fr situation n | Deux heures à la préfecture, mon ticket à la main, et à midi ils ferment le guichet et renvoient tout le monde chez soi.
fr situation n | Dernier épisode de la saison, et la plateforme le retire la veille pour le mettre dans une offre plus chère. Mets une lumière qui cogne.
+ en situation n | The season's final episode, and the platform pulls it the day before to put it in a pricier plan. Give me lights that hit hard.
fr situation n | Il a attendu la dernière minute pour dire qu'il ne viendrait pas au spectacle de la petite ; elle a guetté la porte tout du long. Ça me met hors de moi.
+ en situation n | He waited till the last minute to say he wasn't coming to the little one's show; she watched the door the whole time. It makes me livid.
fr negation n | Ce n'est pas le suspense qui me ronge, c'est le notaire qui fait traîner la vente depuis six mois pour se remplir les poches.
+ en negation n | It's not the suspense eating at me, it's the solicitor dragging out the sale for six months to line his pockets.

# trap words from tristesse
fr situation h | Ma fille a pleuré toute la soirée parce que son prof a lu sa rédaction devant la classe pour se moquer d'elle.
+ en situation h | My daughter cried all evening because her teacher read her essay out to the class to make fun of her.
en situation h | The undertaker billed us for a premium coffin we never chose, and refused to discuss it on the day of the funeral.
+ fr situation h | Les pompes funèbres nous ont facturé un cercueil haut de gamme qu'on n'a jamais choisi, et ont refusé d'en parler le jour de l'enterrement.
fr situation n | Au cimetière, les employés ont passé la débroussailleuse en pleine cérémonie, sans pouvoir attendre dix minutes.
+ en situation n | At the cemetery, the staff ran the strimmer right in the middle of the ceremony, couldn't wait ten minutes.
fr situation n | Mon ex a annoncé notre rupture sur Instagram avant même de me l'avoir dite en face.
+ en situation n | My ex announced our breakup on Instagram before even telling me to my face.
en situation n | We lost 3–0 because the coach played his own son, who hadn't turned up to training once all month.
+ fr situation n | On a perdu 3 à 0 parce que l'entraîneur a fait jouer son fils, qui n'était pas venu à un seul entraînement du mois.
fr situation n | Seule au réveillon parce que mon frère a « oublié » de me dire que le repas était avancé d'un jour. Deuxième année de suite.
+ en situation n | Alone on Christmas Eve because my brother "forgot" to tell me the dinner had been moved a day earlier. Second year running.
fr situation n | L'hôpital a perdu l'alliance de mon père pendant son séjour, et on me dit de « faire une réclamation en ligne ».
+ en situation n | The hospital lost my father's wedding ring during his stay, and they tell me to "file a complaint online".
fr mixed n | Un peu triste de quitter la boîte après huit ans, mais surtout écœuré : ils ne m'ont même pas payé mes congés.
+ en mixed n | A bit sad to leave the firm after eight years, but mostly disgusted: they didn't even pay out my holiday.
"""

"""colere: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation n | Mon frère a encore pris ma voiture sans demander et me l'a rendue avec le réservoir vide.
+ en situation n | My brother took my car again without asking and brought it back with an empty tank.
fr situation n | Troisième fois que je demande aux enfants de ranger leurs chaussures. Troisième fois qu'on m'ignore.
+ en situation n | Third time I've asked the kids to put their shoes away. Third time I've been ignored.
fr situation h | Il a oublié d'aller chercher le petit au judo et il trouve ça drôle.
+ en situation h | He forgot to pick our little one up from judo and he thinks it's funny.
fr situation n | Ma meilleure amie a répété à tout le monde ce que je lui avais confié, et maintenant elle nie en me regardant dans les yeux. Mets une musique qui colle.
+ en situation n | My best friend told everyone what I'd confided in her, and now she's denying it to my face. Play something that fits.
fr situation n | Mon oncle a sorti une blague raciste au repas de famille et toute la tablée a ri.
+ en situation n | My uncle cracked a racist joke at the family dinner and the whole table laughed.
fr situation h | Elle a dépensé l'argent qu'on mettait de côté pour les vacances, sans m'en dire un mot.
+ en situation h | She spent the money we'd been saving for our holiday without saying a word to me.
fr situation n | Je lui ai demandé dix fois de ne plus laisser ses chaussettes sur la table basse. Dix fois.
+ en situation n | I've asked him ten times to stop leaving his socks on the coffee table. Ten times.
fr situation n | Mon ado m'a claqué la porte au nez parce que je lui ai demandé de sortir la poubelle.
+ en situation n | My teenager slammed the door in my face because I asked him to take the bin out.
fr situation n | Un parent d'élève a traité ma fille de menteuse devant toute la classe à la sortie de l'école.
+ en situation n | Another parent called my daughter a liar in front of her whole class at the school gate.
fr situation n | Ma sœur a décidé toute seule que Noël se ferait chez moi, sans même me demander, et elle ne ramène rien.
+ en situation n | My sister decided all by herself that Christmas would be at my place, didn't even ask, and she's bringing nothing.
fr situation n | Mon frère n'appelle jamais maman, mais il critique chacune de mes décisions pour elle.
+ en situation n | My brother never calls Mum, yet he criticises every single decision I make for her.
fr situation n | Ma belle-mère a descendu chaque plat du réveillon devant tout le monde, alors que j'ai cuisiné deux jours. Mets-moi quelque chose qui cogne.
+ en situation n | My mother-in-law trashed every dish at the Christmas dinner in front of everyone, after I'd cooked for two days. Put on something that hits hard.
# situations: friends, neighbours
fr situation n | Mon pote me doit trois cents euros depuis six mois et il vient de poster ses photos de vacances à Bali.
+ en situation n | My mate has owed me three hundred euros for six months and he's just posted his holiday pics from Bali.
fr situation h | Le voisin du dessus perce dans le mur depuis sept heures du matin. Un dimanche.
+ en situation h | The upstairs neighbour has been drilling into the wall since seven in the morning. On a Sunday.
fr situation n | Quelqu'un s'est encore garé devant mon garage, impossible de sortir la voiture.
+ en situation n | Someone's parked across my garage again, no way to get the car out.
fr situation n | Les voisins ont construit leur abri de jardin un mètre sur mon terrain et font comme si de rien n'était. Lumières, s'il te plaît.
+ en situation n | The neighbours built their shed a metre onto my land and are acting like nothing happened. Lights, please.
fr situation n | Un type a laissé son chien faire ses besoins devant ma porte, m'a regardé et est reparti sans ramasser.
+ en situation n | A guy let his dog do its business right on my doorstep, looked at me and walked off without picking it up.
fr situation h | Basse à fond à minuit un mardi, et le voisin ne répond même pas quand je frappe.
+ en situation h | Bass cranked up at midnight on a Tuesday, and the neighbour won't even answer when I knock.
fr situation n | Les chats d'à côté ont encore retourné mes semis de tomates, et leur propriétaire hausse les épaules.
+ en situation n | The cats next door have dug up my tomato seedlings again, and their owner just shrugs.
fr situation n | Quelqu'un a arraché pour rien les tulipes que j'avais plantées devant l'immeuble.
+ en situation n | Somebody ripped out the tulips I'd planted in front of the building, just for kicks.
# situations: work, school
fr situation h | Mon chef a présenté mon projet en réunion comme si c'était le sien.
+ en situation h | My boss presented my project in the meeting as if it were his own work.
fr situation n | Deux heures de réunion pour rien, et maintenant on me demande de rester tard pour rattraper.
+ en situation n | Two hours of pointless meeting, and now they want me to stay late to catch up.
fr situation n | Mon collègue file à seize heures tous les jours et c'est moi qui récupère ses dossiers.
+ en situation n | My colleague clocks off at four every day and I'm the one stuck with his files.
fr situation h | On m'a refusé mon augmentation faute de budget, et le lendemain la direction part en séminaire aux Seychelles.
+ en situation h | My raise was turned down for lack of budget, and the next day management jets off to a seminar in the Seychelles.
fr situation n | Le client a changé tout le cahier des charges la veille du rendu et veut quand même tout pour demain.
+ en situation n | The client rewrote the whole brief the day before delivery and still wants everything by tomorrow.
fr situation n | Le directeur a incendié le stagiaire devant tout l'open space pour une erreur qu'il avait faite lui-même.
+ en situation n | The director tore into the intern in front of the whole open-plan office for a mistake he'd made himself.
fr situation n | Ma fille a été punie pour une bagarre qu'elle n'a pas commencée, et la prof n'a même pas voulu l'écouter.
+ en situation n | My daughter got punished for a fight she didn't start, and the teacher wouldn't even hear her side.
fr situation n | Zéro pour mon fils parce que son devoir est arrivé cinq minutes en retard, à cause du bus scolaire qui n'est pas passé.
+ en situation n | A zero for my son because his homework was five minutes late, all because the school bus never showed up.
fr situation n | La cantine a encore servi des cacahuètes à mon fils alors que son allergie est notée partout. Deuxième fois ce trimestre.
+ en situation n | The canteen served my son peanuts again even though his allergy is written down everywhere. Second time this term.
# situations: health, money, administration
fr situation n | Deux heures dans la salle d'attente pour un rendez-vous à quatorze heures pile, et le médecin me reçoit cinq minutes.
+ en situation n | Two hours in the waiting room for a two o'clock appointment, and the doctor gives me five minutes.
fr situation n | La banque m'a pris des frais pour un découvert de deux euros pendant une seule journée.
+ en situation n | The bank charged me fees for being two euros overdrawn for one single day.
fr situation n | Mon assureur refuse de couvrir le dégât des eaux à cause d'une clause en tout petits caractères.
+ en situation n | My insurer won't cover the water damage because of a clause in tiny print.
fr situation h | Carte bloquée à la caisse devant toute la file, soi-disant pour ma sécurité, et personne à la banque pour m'expliquer.
+ en situation h | Card blocked at the till in front of the whole queue, supposedly for my security, and nobody at the bank to explain.
fr situation n | La préfecture me renvoie mon dossier pour la troisième fois et réclame un papier que j'ai déjà fourni deux fois.
+ en situation n | The prefecture sent my file back for the third time asking for a document I've already provided twice.
fr situation n | Une heure baladé de service en service au téléphone, et ça coupe au moment où quelqu'un décroche enfin.
+ en situation n | An hour getting passed from department to department on the phone, and it cuts off just as someone finally picks up.
fr situation n | Amende de stationnement alors que j'avais payé le ticket, et pour contester il faut envoyer un recommandé. Change les lumières, tiens.
+ en situation n | Parking fine even though I'd paid for a ticket, and to appeal I have to send a registered letter. Change the lights, go on.
fr situation n | L'opérateur me facture depuis un an des options que je n'ai jamais demandées. Lumières, et pas des douces.
+ en situation n | My phone provider has been billing me for a year for add-ons I never asked for. Lights, and not soft ones.
fr situation n | Un faux conseiller bancaire a réussi à soutirer huit cents euros à mon père de quatre-vingts ans.
+ en situation n | A fake bank adviser managed to swindle eight hundred euros out of my eighty-year-old dad.
fr situation n | La maison de retraite a encore oublié les médicaments de ma mère, et personne ne veut assumer.
+ en situation n | The care home forgot my mother's medication again, and nobody will take responsibility.
fr situation n | Quatrième appel de démarchage aujourd'hui, toujours le même numéro masqué.
+ en situation n | Fourth cold call today, same withheld number every time.
# situations: house, DIY, moving
fr situation n | Le plombier devait venir ce matin, j'ai posé une journée de congé, il n'est jamais venu et ne décroche pas.
+ en situation n | The plumber was due this morning, I took a day off for it, he never came and won't pick up.
fr situation n | Le meuble livré a les trous percés au mauvais endroit, et le service client me raccroche au nez.
+ en situation n | The flat-pack unit came with the holes drilled in the wrong place, and customer service hung up on me.
fr situation n | Le syndic augmente les charges de trente pour cent alors que l'ascenseur est en panne depuis deux mois.
+ en situation n | The building managers are putting the service charge up thirty percent, and the lift's been broken for two months.
fr situation n | J'ai passé mon samedi à poser le carrelage, et mon beau-frère est venu me dire que c'était de travers, sans lever le petit doigt.
+ en situation n | I spent my whole Saturday laying tiles, and my brother-in-law swanned in to tell me it was crooked without lifting a finger.
fr situation h | Les déménageurs ont cassé la vitrine de ma grand-mère et nient tout en bloc.
+ en situation h | The removal men broke my grandmother's glass cabinet and flatly deny everything.
fr situation n | L'ancien propriétaire garde ma caution à cause de traces qui étaient là bien avant mon arrivée.
+ en situation n | My old landlord is keeping my deposit over marks that were there long before I moved in.
fr situation n | On m'avait promis la fibre pour le jour du déménagement. Trois semaines plus tard, toujours rien.
+ en situation n | They promised me fibre for moving day. Three weeks later, still nothing.
fr situation n | Le garagiste m'a pris six cents euros pour une réparation qui n'a rien réglé et veut que je repaie le diagnostic. Mets une ambiance qui va avec.
+ en situation n | The mechanic charged me six hundred euros for a repair that fixed nothing and wants me to pay for the diagnosis again. Set a mood that matches.
# situations: transport, travel
fr situation n | Troisième train supprimé de la semaine, et toujours aucune annonce. Ambiance en conséquence, s'il te plaît.
+ en situation n | Third train cancelled this week, and still not a single announcement. Lights to suit, please.
fr situation h | Un chauffard m'a fait une queue de poisson et c'est lui qui m'a klaxonné en me faisant un doigt.
+ en situation h | Some road hog cut me up and then he's the one honking and flipping me off.
fr situation n | Le bus est passé devant moi sans s'arrêter alors que je lui faisais signe sous la pluie.
+ en situation n | The bus drove right past me while I was waving it down in the rain.
fr situation n | Une voiture garée sur la piste cyclable, et me voilà au milieu des camions.
+ en situation n | A car parked in the bike lane, so there I am in the middle of the lorries.
fr situation n | La compagnie a annulé mon vol la veille au soir et me propose un avoir au lieu d'un remboursement.
+ en situation n | The airline cancelled my flight the night before and is offering a voucher instead of a refund.
fr situation n | L'hôtel nous a collés dans une chambre côté parking alors qu'on avait payé la vue mer d'avance.
+ en situation n | The hotel stuck us in a room overlooking the car park when we'd paid upfront for a sea view.
# situations: food, shopping
fr situation n | Livraison avec une heure et demie de retard, pizza froide, et le livreur me dit que c'est ma faute.
+ en situation n | Delivery an hour and a half late, cold pizza, and the driver says it's my fault.
fr situation n | Mon coloc a mangé le gâteau que j'avais fait pour l'anniversaire de ma mère. Il y avait une étiquette dessus.
+ en situation n | My flatmate ate the cake I'd baked for my mum's birthday. It had a label on it.
fr situation n | Au resto, une heure d'attente pour nos plats, et le serveur nous fait sentir qu'on le dérange.
+ en situation n | At the restaurant, an hour's wait for our food, and the waiter makes us feel like we're bothering him.
fr situation h | La caissière m'a accusé d'avoir volé un article que j'avais acheté le matin même, ticket à la main.
+ en situation h | The cashier accused me of shoplifting something I'd bought that very morning, receipt in hand.
# situations: sport, games
fr situation h | Penalty imaginaire sifflé contre nous à la dernière minute, on perd le match sur une décision pareille. Mets l'ambiance qui va avec ma soirée.
+ en situation h | A made-up penalty given against us in the last minute, and we lose the match on a call like that. Set the lights for the night I'm having.
fr situation n | La VAR annule notre but alors que le ralenti montre clairement qu'il n'y a pas hors-jeu.
+ en situation n | VAR rules out our goal when the replay clearly shows it wasn't offside.
fr situation n | À la salle, un mec squatte la seule presse depuis quarante minutes pour scroller sur son téléphone.
+ en situation n | At the gym, some guy has been hogging the only leg press for forty minutes to scroll on his phone.
fr situation n | Mon coéquipier en ligne a quitté la partie au bout de deux minutes et c'est moi qui perds les points.
+ en situation n | My online teammate quit the match after two minutes and I'm the one who loses the points.
fr situation n | Le streaming plante à la quatre-vingt-cinquième minute du match, et l'abonnement est à quinze euros par mois.
+ en situation n | The stream dies in the eighty-fifth minute of the match, and the subscription is fifteen euros a month.
fr situation n | Personne ne vient aux entraînements, mais tout le monde râle contre moi quand on perd le dimanche. Envoie du son qui tape.
+ en situation n | Nobody turns up to training, but everyone has a go at me when we lose on Sunday. Put on something loud.
# situations: culture, tech, hobbies
fr situation n | Places du concert parties en deux minutes, et déjà revendues au quadruple du prix.
+ en situation n | Concert tickets gone in two minutes and already being resold for four times the price.
fr situation h | Au cinéma, le type derrière moi a téléphoné pendant tout le film, et quand je lui ai demandé d'arrêter il m'a insulté.
+ en situation h | At the cinema, the guy behind me was on the phone the whole film, and when I asked him to stop he swore at me.
fr situation n | J'ai prêté mon livre dédicacé, on me le rend couvert de taches de café, la couverture arrachée.
+ en situation n | I lent out my signed book and got it back covered in coffee stains with the cover torn off.
fr situation n | La mise à jour a encore effacé tous mes réglages, sans prévenir. Allume quelque chose qui colle à mon humeur.
+ en situation n | The update wiped all my settings again without any warning. Put on something that suits my mood.
fr situation n | L'imprimante refuse d'imprimer en noir parce que la cartouche cyan est vide.
+ en situation n | The printer refuses to print in black because the cyan cartridge is empty.
fr situation h | Deux heures de travail perdues, l'appli a planté pile avant la sauvegarde et le support me répond que c'est normal.
+ en situation h | Two hours of work lost, the app crashed right before saving and support tells me that's normal.
fr situation n | Quelqu'un vend mes photos de randonnée sur un site sans m'avoir jamais demandé.
+ en situation n | Someone's selling my hiking photos on a website without ever asking me.
fr situation n | Le club photo a choisi pour l'expo le cliché flou du fils du président plutôt que le mien.
+ en situation n | The photo club picked the president's son's blurry shot for the exhibition over mine.
fr situation n | On m'a volé la selle de mon vélo devant la médiathèque, en plein jour.
+ en situation n | Someone nicked my bike saddle outside the library in broad daylight.
# situations: news, nature, town
fr situation n | L'usine du coin licencie deux cents personnes pendant que les dirigeants s'augmentent. Mets-moi une ambiance à la hauteur.
+ en situation n | The local factory is laying off two hundred people while the bosses give themselves a raise. Match the lights to that.
fr situation n | Encore un élu condamné qui se représente comme si de rien n'était.
+ en situation n | Yet another convicted politician running again as if nothing happened.
fr situation n | Des gens ont laissé leurs sacs de pique-nique et leurs canettes au bord du lac, en pleine réserve naturelle.
+ en situation n | People left their picnic bags and cans by the lake, right in the middle of a nature reserve.
fr situation n | La mairie a abattu les platanes de la place pour faire un parking, sans consulter personne.
+ en situation n | The council cut down the plane trees in the square to build a car park without consulting anyone.
fr situation n | Trois jours que la rue est une patinoire, et la mairie n'a toujours pas salé.
+ en situation n | Three days the street's been an ice rink, and the council still hasn't gritted it.
# situations: short and terse
fr situation n | Encore la tondeuse du voisin à huit heures.
+ en situation n | The neighbour's mower again, at eight in the morning.
fr situation n | Remboursement refusé. Pour la troisième fois.
+ en situation n | Refund denied. For the third time.
fr situation n | Rayure tout le long de ma portière, et aucun mot sur le pare-brise.
+ en situation n | A scratch all down my car door, and no note on the windscreen.
fr situation n | On m'a encore coupé la parole en réunion. Lumières, vite.
+ en situation n | Talked over in the meeting yet again. Lights, now.
fr situation h | Ils ont coupé l'eau sans prévenir, en plein milieu de ma douche.
+ en situation h | They cut the water off without warning, right in the middle of my shower.
fr situation n | Mon colis marqué livré, sauf qu'il n'est nulle part et le transporteur s'en lave les mains.
+ en situation n | Parcel marked as delivered, except it's nowhere to be found and the courier washes its hands of it.
fr situation n | Le toiletteur a rasé mon chien à ras alors que j'avais juste demandé les pattes.
+ en situation n | The groomer shaved my dog right down when I'd only asked for the paws.
fr situation n | Mon coloc a invité dix personnes un soir de semaine sans prévenir, et j'ai un examen demain. Quelque chose d'assorti, stp.
+ en situation n | My flatmate invited ten people over on a weeknight without telling me, and I've got an exam tomorrow. Something to match, please.
fr situation n | J'ai rendu mon mémoire en avance et le prof l'a perdu, maintenant il me demande pourquoi je ne l'ai pas rendu.
+ en situation n | I handed my dissertation in early and the professor lost it, now he's asking me why I never submitted it.
fr situation n | Mes beaux-parents ont donné des bonbons au petit juste après que j'ai dit non, en me regardant.
+ en situation n | My in-laws gave the little one sweets right after I'd said no, looking straight at me.
fr situation n | Le covoitureur a annulé dix minutes avant le départ, je suis planté sur l'aire d'autoroute.
+ en situation n | The rideshare driver cancelled ten minutes before departure, and I'm stranded at a motorway services.
fr situation n | On m'a facturé deux fois la même nuit d'hôtel, et le site m'explique que c'est à moi de prouver l'erreur. Ambiance adaptée, merci.
+ en situation n | I got charged twice for the same hotel night, and the booking site says it's up to me to prove the mistake. Lights to match, thanks.

# explicit
fr explicit n | Je bous intérieurement depuis ce matin.
+ en explicit n | I've been boiling inside since this morning.
fr explicit n | Je suis à cran, le moindre truc me fait exploser.
+ en explicit n | I'm on a short fuse, the slightest thing sets me off.
fr explicit n | Ça me met hors de moi, cette histoire.
+ en explicit n | This whole thing drives me up the wall.
fr explicit n | Je suis en rogne depuis la réunion.
+ en explicit n | I've been in a foul temper since the meeting.
fr explicit h | Je suis furax, vraiment.
+ en explicit h | I'm fuming, seriously.
fr explicit n | La moutarde me monte au nez.
+ en explicit n | I can feel my temper rising.
fr explicit n | Je suis remontée comme une pendule contre cette boîte.
+ en explicit n | I'm absolutely livid with that company.
fr explicit n | Cette injustice me révolte.
+ en explicit n | This injustice makes my blood boil.
fr explicit n | Je suis exaspéré, j'en ai ras le bol de leurs excuses.
+ en explicit n | I'm exasperated, I've had it up to here with their excuses.
fr explicit h | J'ai envie de taper dans un mur tellement je suis énervé.
+ en explicit h | I'm so wound up I want to punch a wall.
fr explicit n | Tout m'agace aujourd'hui, vraiment tout.
+ en explicit n | Everything's getting on my nerves today, absolutely everything.
fr explicit n | Je suis indignée par la façon dont ils l'ont traité.
+ en explicit n | I'm outraged by the way they treated him.

# negation
fr negation n | Je ne suis pas triste, je suis en colère, ce n'est pas pareil.
+ en negation n | I'm not sad, I'm angry, it's not the same thing.
fr negation n | Non, je ne suis pas inquiet pour le dossier, je suis furieux qu'ils l'aient perdu.
+ en negation n | No, I'm not worried about the file, I'm furious they lost it.
fr negation h | Pas calme du tout, là, j'ai envie de claquer toutes les portes de la maison.
+ en negation h | Not calm at all right now, I want to slam every door in the house.
fr negation n | Ce n'est pas de la déception, c'est de la rage.
+ en negation n | It's not disappointment, it's rage.
fr negation n | Pas de musique douce ce soir, je suis bien trop remonté pour ça.
+ en negation n | No soft music tonight, I'm way too livid for that.
fr negation n | Je n'ai pas peur de lui, j'en ai juste marre qu'il me marche dessus.
+ en negation n | I'm not scared of him, I'm just sick of him walking all over me.
fr negation n | Je ne rigole pas, cette fois je ne laisse pas passer.
+ en negation n | I'm not laughing, this time I'm not letting it slide.
fr negation h | Ne me dis pas de me détendre, je suis hors de moi.
+ en negation h | Don't tell me to relax, I'm beside myself.

# mixed
fr mixed n | Un peu fatigué, mais surtout furieux contre le syndic.
+ en mixed n | A bit tired, but mostly furious with the building managers.
fr mixed n | Déçue, oui, mais avant tout en colère qu'on m'ait menti.
+ en mixed n | Disappointed, sure, but above all angry that they lied to me.
fr mixed n | Un peu nerveux pour la réponse, mais surtout enragé qu'ils m'aient ignoré pendant six mois.
+ en mixed n | A little nervous about their answer, but mostly livid that they ignored me for six months.
fr mixed n | Content d'être rentré, mais ce trajet m'a mis les nerfs en pelote.
+ en mixed n | Glad to be home, but that commute has left me seething.
fr mixed n | Un peu de peine pour lui, mais surtout révoltée par la façon dont on l'a viré.
+ en mixed n | A bit sad for him, but mostly outraged at the way they fired him.
fr mixed n | On a gagné, mais l'arbitrage m'a tellement énervé que je n'arrive pas à savourer.
+ en mixed n | We won, but the refereeing wound me up so much I can't even enjoy it.
fr mixed n | Je voulais me poser, mais le mail de mon chef me fait bouillir.
+ en mixed n | I wanted to unwind, but my boss's email has me boiling.
fr mixed n | Soulagé que personne ne soit blessé, mais furieux contre ce chauffard.
+ en mixed n | Relieved nobody's hurt, but furious with that reckless driver.

# long
fr long n | J'avais réservé une table pour l'anniversaire de ma mère il y a un mois. On arrive, la table a été donnée à d'autres. Le gérant hausse les épaules. Personne ne s'excuse.
+ en long n | I'd booked a table for my mum's birthday a month ago. We turn up and it's been given to someone else. The manager shrugs. Nobody apologises.
fr long n | Je rends mon rapport en avance. Mon chef le renvoie sans le lire. Le lendemain, il me reproche mon retard devant toute l'équipe.
+ en long n | I hand my report in early. My boss sends it back unread. The next day he tells me off for being late in front of the whole team.
fr long n | Le voisin a taillé notre haie pendant nos vacances. Sans demander. Il dit qu'elle lui faisait de l'ombre. On l'avait plantée il y a quinze ans.
+ en long n | The neighbour cut back our hedge while we were on holiday. Without asking. He says it was shading his garden. We planted it fifteen years ago.
fr long n | J'ai attendu le technicien toute la journée. À dix-huit heures, un SMS : rendez-vous annulé. Prochain créneau dans trois semaines. Et l'abonnement, lui, continue de tomber.
+ en long n | I waited in for the technician all day. At six, a text: appointment cancelled. Next slot in three weeks. And the subscription keeps coming out, of course.
fr long h | Mon fils rentre avec un œil au beurre noir. Le directeur parle de chahut. Les parents de l'autre ne répondent pas. Et on me demande de rester calme.
+ en long h | My son comes home with a black eye. The head calls it horseplay. The other kid's parents won't reply. And I'm being told to stay calm.
fr long n | J'ai prêté ma perceuse à mon beau-frère en mars. Je la redemande en juin. Il l'a prêtée à un copain. Le copain a déménagé.
+ en long n | I lent my drill to my brother-in-law in March. I ask for it back in June. He's lent it to a mate. The mate has moved away.
fr long h | Trois mois que je signale la fuite au propriétaire. Trois mois de seaux dans la cuisine. Aujourd'hui le plafond s'est effondré. Il me répond que ce n'est pas urgent.
+ en long h | Three months I've been reporting the leak to the landlord. Three months of buckets in the kitchen. Today the ceiling caved in. He replies that it isn't urgent.
fr long n | On avait un accord : chacun cuisine un soir sur deux. Ce soir, c'était son tour. Il a commandé des pizzas avec ma carte. Et il a mangé la mienne.
+ en long n | We had a deal: we take turns cooking every other night. Tonight was his turn. He ordered pizza on my card. And he ate mine.

# intensity
fr intensity l | Ce bruit de perceuse commence à m'agacer un peu, sans plus.
+ en intensity l | That drilling is starting to get on my nerves a little, nothing more.
fr intensity l | Légèrement contrariée par la réunion de ce matin.
+ en intensity l | Mildly put out by this morning's meeting.
fr intensity l | Petite pointe d'agacement, mon colis a encore du retard.
+ en intensity l | Slight twinge of irritation, my parcel's late again.
fr intensity h | JE VAIS EXPLOSER, ils ont encore augmenté le loyer sans prévenir !
+ en intensity h | I'M ABOUT TO EXPLODE, they've put the rent up again without any warning!
fr intensity h | Je suis dans une rage folle, j'en tremble.
+ en intensity h | I'm in a blind rage, I'm actually shaking with it.
fr intensity h | Je n'ai jamais été aussi furieux de toute ma vie.
+ en intensity h | I have never been this furious in my entire life.

# slang and emoji
fr slang_emoji h | Mais ils se foutent de ma gueule ou quoi 😡😡
fr slang_emoji h | J'ai la haine contre la SNCF là 🤬
fr slang_emoji n | Ça me saoule grave, encore une réunion pour rien 😤
fr slang_emoji h | Jsuis vénère, on m'a rayé la caisse 😡
fr slang_emoji n | Franchement ça me gonfle, le proprio répond jamais 🙄💢
fr slang_emoji n | Mon coloc a fini mon lait ET mes céréales. La guerre est déclarée 😤
en slang_emoji n | so done with this landlord 😤😤
en slang_emoji h | bruh they cancelled my order AGAIN 🤬
en slang_emoji n | ngl I'm lowkey fuming rn 😡
en slang_emoji h | this ref is a joke, daylight robbery 💢
en slang_emoji n | roommate ate my leftovers again, I'm about to lose it 😤
en slang_emoji n | who even parks like this?? 🤬🚗

# typo
fr typo n | jsuis trop enervé contre mon chef la
fr typo n | pk personne repond au tel a la mairie ca menerve
fr typo n | jen ai marre ke les voisins fassent du bruit tte la nuit
fr typo h | chui vnr ils mont rayé la voiture expres
fr typo n | ca me rend ouf ce service client ils raccrochent a chaque fois
fr typo h | g envie de tt casser tellement jsuis en rogne
en typo n | im so mad rn my boss blamed me for his own mistake
en typo h | cant believe they towed my car for no reason, so pissed
en typo n | u kidding me?? they charged me twice
en typo n | gonna lose it if the neighbours dog barks one more time

# one word
fr one_word n | Grr.
fr one_word n | Ras-le-bol !
fr one_word n | Insupportable.
fr one_word h | Rage.
en one_word n | Fuming.
en one_word n | Ugh, seriously?!
en one_word h | Livid.
en one_word n | So unfair.

# other languages
es explicit n | Estoy harta de que nadie me escuche en el trabajo.
es situation n | Me han cobrado dos veces la factura de la luz y nadie me da una explicación.
de explicit h | Ich bin so wütend, ich könnte gegen die Wand schlagen.
de situation n | Der Zug fällt schon wieder aus und keiner sagt uns Bescheid.
it explicit n | Sono furiosa, il meccanico mi ha fregato.
mixed slang_emoji n | Franchement c'est du bullshit, ils m'ont refusé mon congé again 😤
"""

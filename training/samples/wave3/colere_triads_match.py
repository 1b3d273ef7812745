"""colere: third wave, triads with suspense and victoire (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Finale de Mölkky au camping : l'équipe d'en face redresse les quilles où ça l'arrange, et l'arbitre, c'est leur oncle.
+ en situation n | Mölkky final at the campsite: the other team stands the pins back up wherever it suits them, and the referee is their uncle.
# triad 02
fr situation h | Tournoi de babyfoot du bar : le type d'en face fait des roulettes interdites à chaque tir, et le patron lui valide tous ses buts.
+ en situation h | Bar table football tournament: the guy opposite spins the rods illegally on every shot, and the owner counts all his goals.
# triad 03
en situation n | At the shop's Pokémon tournament, my opponent had marked the backs of his cards, and the judge let him finish anyway.
+ fr situation n | Au tournoi Pokémon de la boutique, mon adversaire avait marqué le dos de ses cartes, et le juge l'a laissé finir quand même.
# triad 04
fr situation h | Match de promotion en classé : un coéquipier a saboté la partie exprès parce qu'on ne lui a pas laissé son personnage.
+ en situation h | Ranked promotion match: a teammate threw the game on purpose because we wouldn't let him have his character.
# triad 05
fr situation n | En escrime, l'arbitre a donné la touche à l'élève de son club alors que ma lampe s'était allumée la première.
+ en situation n | At the fencing competition, the referee gave the touch to a kid from his own club, even though my light came on first.
# triad 06
en situation h | The judge red-lighted my deadlift for a lockout that was perfect, then passed the exact same lift from his own athlete.
+ fr situation h | Le juge a refusé mon soulevé de terre pour un verrouillage parfait, puis il a validé exactement le même chez son propre athlète.
# triad 07
fr situation n | Au cross du collège, trois élèves ont coupé par le bois derrière le gymnase, et le prof les a quand même classés devant moi.
+ en situation n | At the school cross-country, three kids cut through the woods behind the gym, and the teacher still ranked them ahead of me.
# triad 08
en situation h | Sunday bike race: the winner held on to his team car all the way up the climb, and the whole bunch saw it.
+ fr situation h | Course cycliste du dimanche : le vainqueur s'est accroché à la voiture de son équipe dans toute la côte, et tout le peloton l'a vu.
# triad 09
fr situation n | Tournoi 3x3 du quartier : les gars d'en face réclament faute au moindre contact et s'accordent tous les paniers litigieux.
+ en situation n | Neighbourhood 3x3 tournament: the guys opposite call a foul on every touch and award themselves every disputed basket.
# triad 10
fr situation h | Élections du CSE : la direction a envoyé les codes de vote à l'équipe de nuit après la clôture du scrutin, évidemment exprès.
+ en situation h | Works council election: management sent the voting codes to the night shift after the polls had closed, obviously on purpose.
# triad 11
en situation h | At the club AGM, the outgoing president voted with proxies from members who left two years ago, and nobody's allowed to check.
+ fr situation h | À l'AG du club, le président sortant a voté avec les procurations de membres partis depuis deux ans, et personne n'a le droit de vérifier.
# triad 12
fr situation n | Élections de parents d'élèves : la directrice a « oublié » de glisser nos professions de foi dans les cartables, et seulement les nôtres.
+ en situation n | Parent rep elections: the head teacher "forgot" to put our leaflets in the schoolbags, and only ours.
# triad 13
fr situation h | Consultation sur le parc éolien : on apprend que le maire avait signé avec le promoteur deux jours avant le vote des habitants.
+ en situation h | Wind farm referendum: it turns out the mayor had signed with the developer two days before the residents even voted.
# triad 14
en situation h | Party members chose me for the parliamentary race, and head office has just parachuted in one of the leader's friends instead.
+ fr situation h | Les militants m'avaient choisi pour les législatives, et le siège du parti vient de parachuter un ami du chef à ma place.
# triad 15
fr situation h | L'agence a refusé notre dossier pour le deux-pièces, puis l'a dit libre quand mon collègue a rappelé avec un nom « bien de chez nous ».
+ en situation h | The agency turned down our application for the flat, then said it was still free when my colleague called back with a "proper French" name.
# triad 16
fr situation h | Le T3 en logement social qu'on attendait depuis quatre ans est allé au cousin d'un adjoint au maire, inscrit sur la liste en mars.
+ en situation h | The social housing flat we'd been waiting four years for went to a deputy mayor's cousin, who only joined the list in March.
# triad 17
en situation h | The local festival dropped our slot the day before for a bigger name, and won't even pay the travel costs they promised.
+ fr situation h | Le festival du coin a annulé notre concert la veille pour une tête d'affiche, et refuse même de payer le défraiement promis.
# triad 18
fr situation h | Le sélectionneur a pris sa propre fille dans l'équipe départementale de basket, alors qu'elle n'a joué que deux matchs de la saison.
+ en situation h | The selector put his own daughter on the county basketball team, though she's played two games all season.
# triad 19
fr situation n | Au souk de Marrakech, j'ai payé le tapis 400 euros, et juste après moi le marchand a laissé le même à 150 au couple d'à côté.
+ en situation n | In the Marrakech souk, I paid 400 euros for the rug, and right after me the merchant let the couple next to us have the same one for 150.
# triad 20
en situation h | While we were out on strike, management signed the pay deal with the tame in-house union behind our backs.
+ fr situation h | Pendant qu'on était en grève, la direction a signé l'accord sur les salaires avec le petit syndicat maison, dans notre dos.
# triad 21
fr situation h | Le client a validé mon devis, puis, une fois le site livré, il ne veut plus payer que la moitié parce que « finalement c'était facile ».
+ en situation h | The client signed off on my quote, then, once the website was delivered, decided to pay only half because "it turned out to be easy".
# triad 22
en situation h | The landlady agreed to lower the rent if we repainted the flat ourselves; we did, and now she's putting it up.
+ fr situation h | La proprio avait accepté de baisser le loyer si on repeignait l'appartement nous-mêmes ; on l'a fait, et maintenant elle l'augmente.
# triad 23
fr situation h | Les repreneurs de ma boulangerie ont baissé leur prix de vingt mille euros le matin de la signature, en menaçant de tout annuler.
+ en situation h | The buyers of my bakery knocked twenty thousand euros off their price on the morning of the signing, threatening to walk away.
# triad 24
en situation n | At the police exam interview, the examiner spent the whole time mocking my northern accent instead of asking me questions.
+ fr situation n | À l'oral du concours de gardien de la paix, l'examinateur a passé tout l'entretien à se moquer de mon accent du Nord au lieu de m'interroger.
# triad 25
fr situation h | Le rectorat a mal compté mes points de mutation, et le poste à Brest est parti à une collègue qui en a dix de moins.
+ en situation h | The education office miscounted my transfer points, and the Brest post went to a colleague with ten fewer.
# triad 26
fr mixed h | Déçue pour moi, mais surtout révoltée : la bourse d'études est allée à la fille d'un membre du jury, qui n'a même pas passé l'oral.
+ en mixed h | Disappointed for myself, but mostly outraged: the scholarship went to the daughter of a panel member, who didn't even sit the interview.
# triad 27
en situation h | The incubator turned us down, then took in a start-up with our exact idea, pitched by the intern who'd read our application.
+ fr situation h | L'incubateur nous a recalés, puis il a pris une start-up avec exactement notre idée, présentée par le stagiaire qui avait lu notre dossier.
# triad 28
fr situation h | Le chef m'a fait travailler trois jours d'essai gratuitement pour l'apprentissage, puis il a pris son neveu.
+ en situation h | The chef had me work three trial days for free for the apprenticeship, then gave it to his nephew.
# triad 29
fr situation h | Le formateur m'a recalé au CACES pour une ceinture mal bouclée, et il a validé mon collègue qui a fait tomber une palette.
+ en situation h | The instructor failed me on the forklift licence for a loose seatbelt, and passed my colleague who dropped a pallet.
# triad 30
en situation h | Rap battle: my opponent's "freestyle" was written in advance, his girlfriend was holding up his lines, and he still got the win.
+ fr situation h | Battle de rap : le « freestyle » de mon adversaire était écrit à l'avance, sa copine lui tenait ses paroles, et il gagne quand même.
# triad 31
fr situation n | Au concours des miels, l'or est allé à un miel coupé au sirop ; tout le monde le sait à la coopérative, et personne ne dit rien.
+ en situation n | At the honey competition, gold went to a honey cut with syrup; everyone at the co-op knows it, and nobody says a word.
# triad 32
en situation n | At the shearing championship, the judge counted every nick on my sheep and turned a blind eye to the local champion's.
+ fr situation n | Au championnat de tonte, le juge a compté chaque coupure sur mes brebis et fermé les yeux sur celles du champion local.
# triad 33
fr situation n | Prix jeunes talents de la BD : la gagnante a décalqué une planche de manga, et l'organisation refuse de lui retirer le prix.
+ en situation n | Young comics talent award: the winner traced a manga page, and the organisers refuse to take the prize back.
# triad 34
en situation n | At the spelling bee, the judge mumbled my son's word, refused to repeat it, then knocked him out when he got it wrong.
+ fr situation n | Au concours d'épellation, le juge a marmonné le mot de mon fils, a refusé de le répéter, puis l'a éliminé quand il s'est trompé.
# triad 35
fr mixed h | Déçu pour mon assiette, mais surtout furieux : au concours du lycée hôtelier, quelqu'un a monté le feu sous ma sauce pendant que j'étais en chambre froide.
+ en mixed h | Gutted about my dish, but mostly furious: at the catering school contest, someone turned up the heat under my sauce while I was in the cold room.
# triad 36
en situation n | At the cat show, the judge marked my Maine Coon down for a chipped claw and gave best in show to a cat from her own cattery.
+ fr situation n | À l'exposition féline, la juge a déclassé mon maine coon pour une griffe abîmée et donné le premier prix à un chat de sa propre chatterie.
# triad 37
fr situation n | Tournoi de Smash : mon adversaire a pris un personnage interdit par le règlement, et l'orga, qui est son coloc, l'a laissé faire.
+ en situation n | Smash tournament: my opponent picked a character the rules ban, and the organiser, who happens to be his flatmate, let him.
# triad 38
en situation h | Online vote for the region's best campsite: the rival site bought ten thousand bot votes overnight, and the organisers couldn't care less.
+ fr situation h | Vote en ligne pour le meilleur camping de la région : le concurrent a acheté dix mille voix de robots en une nuit, et les organisateurs s'en fichent.
# triad 39
fr situation h | Six Nations : l'arbitre vidéo a refusé notre essai alors que le ralenti montre le ballon aplati sur la ligne, on l'a revu vingt fois.
+ en situation h | Six Nations: the video ref disallowed our try even though the replay shows the ball grounded on the line; we've watched it twenty times.
# triad 40
fr situation n | La banque a refusé de renégocier notre taux, et le lendemain elle propose ce même taux aux nouveaux clients sur une affiche en vitrine.
+ en situation n | The bank refused to renegotiate our rate, and the next day it's offering that same rate to new customers on a poster in the window.
# triad 41
en typo h | the guy who bought my guitar on leboncoin sent a fake transfer reciept and vanished with it, unbelivable
+ fr typo h | le mec qui a acheté ma guitare sur leboncoin ma envoyé une fausse preuve de virement et il a disparu avec, incroyable
# triad 42
fr situation n | Au loup-garou, Paul regardait entre ses doigts pendant la nuit, et il a fait éliminer tous les loups avec son air innocent.
+ en situation n | At werewolf, Paul peeked through his fingers during the night, then got all the wolves voted out with his innocent face.
# triad 43
en situation h | The kayak slalom judge gave me a fifty-second penalty for a gate I never touched, and refuses to look at the video.
+ fr situation h | Le juge du slalom en kayak m'a mis cinquante secondes de pénalité pour une porte que je n'ai jamais touchée, et il refuse de voir la vidéo.
# triad 44
fr situation n | Finale d'ultimate : sans arbitre, l'équipe d'en face annonce faute sur chacune de nos réceptions décisives et récupère le disque.
+ en situation n | Ultimate final: with no referee, the other team calls a foul on every one of our key catches and takes the disc back.
# triad 45
en situation n | My brother won our GeoGuessr duel by looking up the road signs on his phone under the table, and now he's bragging about it.
+ fr situation n | Mon frère a gagné notre duel GeoGuessr en cherchant les panneaux sur son téléphone sous la table, et maintenant il s'en vante.
# triad 46
fr slang_emoji h | ptn le mec sur gran turismo m'a envoyé dans le mur EXPRÈS au dernier virage et même pas une pénalité 🤬🎮
+ en slang_emoji h | ffs the guy on gran turismo rammed me into the wall ON PURPOSE at the last corner and not even a penalty 🤬🎮
# triad 47
fr typo n | au jungle speed mon beau frere garde la main a 2 cm du totem toute la partie et il jure que cest permis, jen peux plus
+ en typo n | at jungle speed my brother in law keeps his hand 2 cm from the totem the whole game and swears its allowed, im done
# triad 48
en situation n | At Pictionary, my sister-in-law sneaks letters into her drawings and mouths the answer, and her team says nothing.
+ fr situation n | Au Pictionary, ma belle-sœur glisse des lettres dans ses dessins et souffle la réponse du bout des lèvres, et son équipe ne dit rien.
# triad 49
fr situation h | À la foire, le marchand avait tapé dans la main pour mes broutards, et le soir il m'a payé deux cents euros de moins par bête.
+ en situation h | At the fair, the dealer shook on my weaned calves, and that evening he paid me two hundred euros less per head.
# triad 50
fr situation h | La DRH avait accepté ma rupture conventionnelle avec six mois de salaire, et sur le papier à signer, il n'y en a plus que deux.
+ en situation h | HR had agreed to my negotiated exit with six months' pay, and on the paper to sign there are only two.
# triad 51
en situation h | The publisher agreed to ten percent royalties on the phone, and the contract he sent says six, as if I wouldn't notice.
+ fr situation h | L'éditeur a accepté dix pour cent de droits au téléphone, et le contrat qu'il m'envoie en dit six, comme si je n'allais rien voir.
# triad 52
fr situation h | La commission du marché de Noël a refusé mes céramiques faites main et retenu un stand de bols importés vendus comme artisanaux.
+ en situation h | The Christmas market committee turned down my handmade ceramics and picked a stall selling imported bowls passed off as handmade.
# triad 53
en situation h | The team voted me captain, and the coach gave the armband to his son anyway, saying the vote was "just advisory".
+ fr situation h | L'équipe m'a élu capitaine, et le coach a quand même donné le brassard à son fils, en disant que le vote était « consultatif ».
# triad 54
fr situation h | Au premier conseil, deux élus de ma propre liste ont voté en secret pour l'autre candidat, en échange d'un poste d'adjoint.
+ en situation h | At the first council meeting, two councillors from my own list secretly voted for the other candidate in exchange for a deputy post.
# triad 55
fr situation h | Le bailleur a glissé le matériel de vote des locataires dans les boîtes aux lettres après la date limite, pour que personne ne vote.
+ en situation h | The housing company put the tenants' voting papers in the letterboxes after the deadline, so nobody could vote.
# triad 56
en situation n | At the timber sports contest, the organiser gave the local favourite a softer log; you could tell from the sawdust.
+ fr situation n | Au concours de bûcheronnage, l'organisateur a donné une bille plus tendre au favori du coin, ça se voyait à la sciure.
# triad 57
fr situation h | Refusé en master, puis j'apprends que la place a été donnée au fils du directeur du département, avec deux points de moins que moi.
+ en situation h | Rejected from the master's, then I find out the place went to the head of department's son, with two points less than me.
# triad 58
en situation n | The residency jury picked four painters, and all four turn out to be students of the jury's chair.
+ fr situation n | Le jury de la résidence a choisi quatre peintres, et tous les quatre sont des élèves de la présidente du jury.
# triad 59
fr situation h | La centrale d'achat exige encore 8 % de baisse sur nos yaourts, sinon on sort des rayons, alors qu'on vend déjà à perte.
+ en situation h | The supermarket buying office wants another eight percent off our yoghurts or we're off the shelves, when we're already selling at a loss.
# triad 60
en situation h | At taekwondo, my kick hit the chest protector clean, the sensor beeped, and the referee still gave the point to the home club.
+ fr situation h | Au taekwondo, mon coup de pied a touché le plastron en plein, le capteur a bipé, et l'arbitre a quand même donné le point au club qui recevait.
# triad 61
fr situation h | Le juge a levé le drapeau rouge sur mon meilleur saut en longueur, alors que la pâte à modeler de la planche est intacte.
+ en situation h | The judge raised the red flag on my best long jump, even though the plasticine on the board is untouched.
# triad 62
fr situation n | Course de voitures radiocommandées : un pilote a brouillé ma fréquence exprès, ma voiture est partie dans le mur, et l'orga a haussé les épaules.
+ en situation n | RC car race: another driver jammed my frequency on purpose, my car went into the wall, and the organiser just shrugged.
# triad 63
en situation h | At the rowing regatta, the Nantes crew drifted into our lane and clipped our oars, and the umpire never raised his flag.
+ fr situation h | À la régate d'aviron, l'équipage de Nantes a dérivé dans notre couloir et heurté nos rames, et l'arbitre n'a jamais levé son drapeau.
# triad 64
fr situation h | Concours de sculpture sur glace : un concurrent a posé son groupe électrogène contre mon bloc, et l'aile de mon cygne a fondu.
+ en situation h | Ice sculpture contest: a competitor parked his generator right against my block, and my swan's wing melted.
# triad 65
en situation n | At the tattoo convention, the award went to the organiser's own shop, for a piece that wasn't even finished.
+ fr situation n | À la convention de tatouage, le prix est allé au salon de l'organisateur, pour une pièce même pas terminée.
# triad 66
fr situation n | Championnat des bagadoù : un juge a été pendant dix ans le prof de cornemuse du bagad vainqueur, et personne n'y voit de problème.
+ en situation n | Pipe band championship: one judge taught bagpipes to the winning band for ten years, and nobody sees a problem with that.
# triad 67
en situation n | At the diving competition, one judge gave me a three for a clean dive and a nine to his own club's diver, who splashed everywhere.
+ fr situation n | En compétition de plongeon, un juge m'a mis trois pour un plongeon propre et neuf à la plongeuse de son club, qui a éclaboussé partout.
# triad 68
fr situation n | Au concours de ball-trap, l'arbitre a compté le plateau du fils du président alors qu'il est passé entier, on l'a tous vu.
+ en situation n | At the clay shoot, the referee counted the club president's son's clay even though it flew off whole; we all saw it.
# triad 69
en situation h | The sponsor pulled out once we'd printed two hundred shirts with his logo, and won't pay a cent towards them. Put on something that fits my mood.
+ fr situation h | Le sponsor s'est retiré une fois les deux cents maillots imprimés avec son logo, et il refuse de payer le moindre centime. Mets quelque chose qui colle à mon humeur.
# triad 70
fr situation h | Aux Olympiades des métiers, un juge a noté le carreleur de sa propre entreprise, et comme par hasard il finit premier.
+ en situation h | At the skills competition, one judge marked the tiler from his own firm, and funnily enough he came first.
# triad 71
fr situation h | Au championnat de pizza, quelqu'un a éteint mon four pendant la pause, et les organisateurs disent que ce n'est pas leur problème.
+ en situation h | At the pizza championship, someone switched off my oven during the break, and the organisers say it's not their problem.
# triad 72
fr situation h | Au motocross, un pilote m'a poussé dans la barrière au départ, et le commissaire de piste regardait ailleurs.
+ en situation h | At the motocross, a rider shoved me into the barrier at the start, and the track marshal was looking the other way.
# triad 73
fr situation h | Vente à la bougie : l'agent a rallumé une mèche exprès pour laisser son client surenchérir après mon offre.
+ en situation h | Candle auction: the agent lit a fresh wick just to let his client outbid me after my offer.
# triad 74
fr situation n | Tournoi de Tetris : mon adversaire jouait sur une console trafiquée qui ralentit les pièces, et l'orga le savait.
+ en situation n | Tetris tournament: my opponent was playing on a tampered console that slows the pieces down, and the organiser knew.
# triad 75
fr situation h | Un concurrent a déposé un brevet sur mon système de fermeture trois semaines après être passé sur mon stand tout photographier.
+ en situation h | A competitor patented my locking system three weeks after visiting my stand and photographing everything.
# triad 76
fr situation n | Course de char à voile : Marc m'a coupé la route à la bouée, j'ai dû freiner, et le jury lui laisse quand même la victoire.
+ en situation n | Land-yacht race: Marc cut across me at the buoy, I had to brake, and the jury still lets him keep the win.
# triad 77
fr situation h | La mairie avait promis de baptiser la place du nom choisi par les habitants, puis elle a pris celui de l'ancien maire.
+ en situation h | The council promised to name the square after the residents' choice, then picked the former mayor's name instead.
# triad 78
fr situation h | Le traiteur avait accepté quarante-cinq euros par personne, et la facture arrive à soixante, avec un « service » jamais mentionné.
+ en situation h | The caterer agreed to forty-five euros a head, and the bill comes to sixty, with a "service charge" never mentioned.
# triad 79
fr situation h | Le centre de formation a pris le fils d'un ancien joueur du club, qui n'a presque pas touché un ballon en trois jours d'essai.
+ en situation h | The academy took a former player's son, who barely touched the ball in three days of trials.
# triad 80
fr situation n | Au tournoi de squash, mon adversaire me barre le passage exprès à chaque échange, puis il réclame un let en prenant l'air vexé.
+ en situation n | At the squash tournament, my opponent blocks my path on purpose every rally, then claims a let looking offended.
"""

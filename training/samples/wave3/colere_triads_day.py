"""colere: third wave, triads with bonnehumeur and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Vendredi à 17 h 55, le chef m'a refilé un dossier « urgent » qui dormait sur son bureau depuis trois semaines.
+ en situation h | At 5:55 on Friday, the boss dumped an "urgent" file on me that had been sitting on his desk for three weeks.

# triad 02
fr situation n | Le boulanger sert toujours ses habitués avant ma fille Lina, alors qu'elle attend son tour devant le comptoir depuis dix minutes.
+ en situation n | The baker always serves his regulars before my daughter Lina, even though she's been waiting her turn at the counter for ten minutes.

# triad 03
en situation h | The 7:40 bus left six minutes early again, and I watched it pull away just as I reached the stop.
+ fr situation h | Le bus de 7 h 40 est encore parti avec six minutes d'avance, et je l'ai vu filer pile en arrivant à l'arrêt.

# triad 04
fr situation h | Salle d'attente du médecin : rendez-vous à 10 h, il est 11 h 20, et il vient de faire passer son copain avant tout le monde.
+ en situation h | Doctor's waiting room: my appointment was at 10, it's now 11:20, and he's just let his friend go ahead of everyone.

# triad 05
fr situation n | La maîtresse a envoyé le message pour la sortie de demain à 22 h, avec pique-nique, chèque et bottes à prévoir.
+ en situation n | The teacher sent the message about tomorrow's outing at 10 p.m., with a packed lunch, a cheque and wellies to sort out.

# triad 06
en situation h | My deskmate came in with a fever, coughs without covering his mouth, and says he's "indispensable".
+ fr situation h | Mon voisin de bureau est venu avec de la fièvre, il tousse sans mettre la main, et il se dit « indispensable ».

# triad 07
fr situation h | À la sortie de l'école, une mère a dit devant tout le monde que ma fille « tape les autres », sans m'en parler avant.
+ en situation h | At the school gate, a mother said in front of everyone that my daughter "hits the other kids", without talking to me first.

# triad 08
fr situation n | Ma sœur a lu mon message à 9 h, il est 18 h, et elle vient de poster trois stories depuis la plage.
+ en situation n | My sister read my message at 9 a.m., it's 6 p.m., and she's just posted three stories from the beach.

# triad 09
en situation h | The French teacher took two points off my daughter's essay because her margin wasn't drawn with a ruler.
+ fr situation h | Le prof de français a retiré deux points à la rédaction de ma fille parce que sa marge n'était pas tracée à la règle.

# triad 10
fr situation h | À la caisse prioritaire, un type avec un chariot plein est passé devant ma voisine enceinte en faisant semblant de ne pas la voir.
+ en situation h | At the priority checkout, a guy with a full trolley pushed in front of my pregnant neighbour, pretending not to see her.

# triad 11
fr situation h | Le pharmacien a lu mon ordonnance à voix haute devant toute la file, traitement intime compris.
+ en situation h | The pharmacist read my prescription out loud in front of the whole queue, intimate treatment and all.

# triad 12
en situation h | Someone ate my lunch from the office fridge again, even though my name is written in big letters on the box.
+ fr situation h | Quelqu'un a encore mangé mon déjeuner dans le frigo du bureau, alors que mon nom est écrit en gros sur la boîte.

# triad 13
fr situation h | Sur le groupe WhatsApp des parents, quelqu'un a partagé une photo de ma fille en pleurs à la kermesse, sans me demander.
+ en situation h | On the parents' WhatsApp group, someone shared a photo of my daughter in tears at the school fair, without asking me.

# triad 14
fr situation h | Dans le bus, un ado a passé ses vidéos à fond sans écouteurs pendant quarante minutes, et il m'a ri au nez quand j'ai demandé.
+ en situation h | On the bus, a teenager played his videos at full volume with no headphones for forty minutes, and laughed in my face when I asked.

# triad 15
en situation h | The inspector fined me because my bus card didn't register, when the card reader had been broken all week.
+ fr situation h | Le contrôleur m'a mis une amende parce que ma carte de bus n'avait pas badgé, alors que le valideur est en panne depuis une semaine.

# triad 16
fr situation h | La pédiatre a facturé trente euros de dépassement sans prévenir, pour un simple certificat de sport.
+ en situation h | The paediatrician charged a thirty-euro surcharge without warning, for a simple sports certificate.

# triad 17
fr situation h | Pot de départ de Josiane : le directeur l'a appelée Josette pendant tout son discours, après trente ans de maison.
+ en situation h | Josiane's leaving do: the director called her Josette all through his speech, after thirty years with the company.

# triad 18
en situation h | My son is the only one in his class not invited to the birthday, and the mother handed out the cards right in front of him.
+ fr situation h | Mon fils est le seul de sa classe à ne pas être invité à l'anniversaire, et la mère a distribué les cartons juste devant lui.

# triad 19
fr situation n | Maman m'a appelée six fois pendant ma réunion pour me demander le code du wifi, qui est écrit sur son frigo.
+ en situation n | Mum rang me six times during my meeting to ask for the wifi code, which is written on her fridge.

# triad 20
fr situation h | La maîtresse a confisqué le doudou de ma fille de quatre ans pour toute la semaine, parce qu'elle l'avait sorti en classe.
+ en situation h | The teacher confiscated my four-year-old's cuddly toy for the whole week because she took it out in class.

# triad 21
en situation h | A colleague sent 300 colour pages to the printer right before my meeting, then went off to lunch.
+ fr situation h | Un collègue a lancé 300 pages en couleur sur l'imprimante juste avant ma réunion, puis il est parti déjeuner.

# triad 22
fr situation h | Le service juridique squatte encore la salle de réunion qu'on avait réservée, et ils refusent de sortir.
+ en situation h | Legal are squatting in the meeting room we booked, again, and they refuse to leave.

# triad 23
fr situation h | Le voisin du dessous tape au plafond avec un balai chaque soir à 20 h, dès que les jumeaux prennent leur bain.
+ en situation h | The downstairs neighbour bangs on the ceiling with a broom every night at eight, the moment the twins get in the bath.

# triad 24
en situation h | The baker put the baguette up to 1.40 again, and made it shorter while he was at it.
+ fr situation h | Le boulanger a encore augmenté la baguette à 1,40 euro, et il l'a raccourcie au passage.

# triad 25
fr situation h | Le dentiste a dit devant ma fille qu'elle aurait « des dents de lapin toute sa vie » sans l'appareil à 3 000 euros.
+ en situation h | The dentist told my daughter to her face that she'd have "rabbit teeth for life" without the 3,000-euro brace.

# triad 26
fr situation h | Au resto avec les collègues, Thierry a pris homard et bouteille de vin, puis a proposé de « partager la note en parts égales ».
+ en situation h | At the restaurant with colleagues, Thierry ordered lobster and a bottle of wine, then suggested we "split the bill equally".

# triad 27
en situation h | My mate cancelled our cinema trip by text five minutes after the film started, while I was already standing outside the screen.
+ fr situation h | Mon pote a annulé notre ciné par texto cinq minutes après le début du film, alors que j'attendais déjà devant la salle.

# triad 28
fr situation h | Le car de la sortie scolaire est rentré avec une heure et demie de retard, et personne n'a prévenu les parents qui attendaient sous la pluie.
+ en situation h | The school-trip coach came back an hour and a half late, and nobody told the parents waiting in the rain.

# triad 29
en situation h | In the doctor's waiting room, a man took a call on speakerphone for twenty minutes, despite the sign and everyone's glares.
+ fr situation h | Dans la salle d'attente du médecin, un monsieur a téléphoné vingt minutes en haut-parleur, malgré l'affiche et les regards de tout le monde.

# triad 30
fr situation h | Mon chef m'a envoyé cinq textos pendant mon arrêt maladie pour savoir où était rangé son fichier Excel.
+ en situation h | My boss sent me five texts while I was off sick to ask where his Excel file was saved.

# triad 31
fr situation n | Les enfants ont mangé tous les biscuits prévus pour le goûter de l'école et ont remis le paquet vide dans le placard.
+ en situation n | The kids ate all the biscuits meant for their school snack and put the empty packet back in the cupboard.

# triad 32
en situation h | The sociology lecturer moved the exam date by email the night before and refuses to discuss it.
+ fr situation h | Le prof de socio a changé la date du partiel par mail la veille au soir, et il refuse d'en discuter.

# triad 33
fr situation h | À l'arrêt de bus, trois types fument sous l'abri pendant que tout le monde attend dehors sous la pluie, et ils trouvent ça drôle.
+ en situation h | At the bus stop, three guys smoke under the shelter while everyone else waits outside in the rain, and they think it's funny.

# triad 34
fr situation h | Ma collègue est partie trois semaines en vacances sans laisser une seule note, et tous ses clients m'appellent.
+ en situation h | My colleague went on holiday for three weeks without leaving a single note, and all her clients are calling me.

# triad 35
en situation n | Dad sends me ten-minute voice notes during work hours and sulks if I don't reply within the hour.
+ fr situation n | Papa m'envoie des vocaux de dix minutes pendant mes heures de boulot et il boude si je ne réponds pas dans l'heure.

# triad 36
fr situation h | La cantine a facturé quinze repas à mon fils alors qu'il était malade toute la semaine, et ils refusent de rembourser.
+ en situation h | The canteen charged my son for fifteen meals when he was off sick all week, and they refuse to refund us.

# triad 37
fr situation h | Mon chef m'a refusé une heure pour le spectacle de ma fille, puis il est parti au golf à 15 h.
+ en situation h | My boss refused me an hour off for my daughter's show, then left for golf at 3 p.m.

# triad 38
en situation h | In the bakery queue, a woman pushed past everyone "just for one baguette", then ordered for twelve people.
+ fr situation h | Dans la file de la boulangerie, une dame a doublé tout le monde « juste pour une baguette », puis a commandé pour douze.

# triad 39
fr situation h | Le nouveau médecin traitant refuse de renouveler le traitement de mamie sans un rendez-vous qu'il ne propose que dans deux mois.
+ en situation h | The new family doctor won't renew Gran's prescription without an appointment, and the first one he offers is in two months.

# triad 40
fr slang_emoji h | mon ado me laisse en vu TOUT l'aprèm et là il m'appelle pour que je vienne le chercher en voiture 🙄😤
+ en slang_emoji h | my teen leaves me on read ALL afternoon and now he calls me to come and pick him up in the car 🙄😤

# triad 41
en situation h | Management cut the air con on our floor to save money, but not on theirs, of course.
+ fr situation h | La direction a coupé la clim de notre étage pour faire des économies, mais pas celle de leur étage à eux, évidemment.

# triad 42
fr situation h | Le prof de guitare a encore annulé au dernier moment, mais il facture quand même le trimestre complet.
+ en situation h | The guitar teacher cancelled at the last minute again, but he's still charging for the whole term.

# triad 43
fr situation h | Photo de classe : le photographe veut 38 euros la pochette et refuse de vendre une seule photo.
+ en situation h | Class photo: the photographer wants 38 euros for the pack and won't sell a single print.

# triad 44
en situation h | A bus passenger found my phone and demanded fifty euros to give it back.
+ fr situation h | Un passager du bus a trouvé mon téléphone et a exigé cinquante euros pour me le rendre.

# triad 45
fr situation h | Sur Pronote, le prof de physique a mis zéro à mon fils pour devoir non rendu, alors qu'il l'a déposé en ligne, capture à l'appui.
+ en situation h | On the school app, the physics teacher gave my son a zero for homework not handed in, when he uploaded it, and we have the screenshot.

# triad 46
fr situation h | Trois quarts d'heure en attente avec le centre de radiologie, et ça a raccroché pile quand quelqu'un répondait.
+ en situation h | Forty-five minutes on hold to the imaging centre, and it hung up just as someone answered.

# triad 47
en situation h | A big kid snatched my daughter's bag at lunch and threw her baby tooth in the bin, laughing.
+ fr situation h | À la cantine, un grand a arraché le sac de ma fille et a jeté sa dent de lait à la poubelle, en rigolant.

# triad 48
fr situation h | Le client a fait refaire la maquette six fois, a choisi la toute première version, et il conteste maintenant la facture.
+ en situation h | The client made us redo the mock-up six times, picked the very first version, and now he's disputing the invoice.

# triad 49
fr situation h | L'entraîneur ne fait jamais jouer mon fils, même quand on mène 6-0, alors qu'il n'a raté aucun entraînement.
+ en situation h | The coach never puts my son on, even when we're 6-0 up, though he hasn't missed a single training session.

# triad 50
en situation h | Back from leave, I found the new guy at my desk and my things shoved in a box under the window.
+ fr situation h | De retour de congés, j'ai trouvé le nouveau installé à mon bureau, et mes affaires jetées dans un carton sous la fenêtre.

# triad 51
fr situation h | Dans le tram, un homme a posé ses chaussures boueuses sur le siège, et il m'a insultée quand je lui ai demandé de les enlever.
+ en situation h | On the tram, a man put his muddy shoes up on the seat and swore at me when I asked him to take them off.

# triad 52
fr situation h | Le nouveau chef a changé tous nos horaires dès son premier jour, sans demander l'avis de personne.
+ en situation h | The new boss changed all our hours on his very first day, without asking anyone's opinion.

# triad 53
en situation h | This morning my son hid my car keys "as a game", and I missed the 8:02 train and my first meeting.
+ fr situation h | Ce matin, mon fils a caché mes clés de voiture « pour jouer », et j'ai raté le train de 8 h 02 et ma première réunion.

# triad 54
fr situation h | La famille d'avant a rendu le hamster de la classe avec une cage crasseuse et sans une graine, et ils n'ont rien dit à la maîtresse.
+ en situation h | The family before us returned the class hamster with a filthy cage and not a single seed, and said nothing to the teacher.

# triad 55
fr situation h | Une collègue a raconté à tout l'étage que j'étais enceinte, alors que je le lui avais confié en secret.
+ en situation h | A colleague told the whole floor I was pregnant, when I'd told her in confidence.

# triad 56
en situation h | On the girls' group chat I found out they'd planned the ski weekend without me, and I'm the one who paid the chalet deposit.
+ fr situation h | Sur le groupe des copines, j'ai découvert qu'elles avaient organisé le week-end au ski sans moi, et c'est moi qui ai avancé les arrhes du chalet.

# triad 57
fr situation h | À la réunion parents-profs, la prof d'anglais m'a parlé dix minutes d'un autre élève, puis a refusé de reprendre quand je l'ai signalé.
+ en situation h | At parents' evening, the English teacher talked to me for ten minutes about another pupil, then refused to start over when I pointed it out.

# triad 58
fr situation h | À la mairie, on a refusé mon dossier de carte d'identité parce que sur la photo, j'esquissais « un léger sourire ».
+ en situation h | At the town hall they rejected my ID card application because in the photo I had "a slight smile".

# triad 59
en typo h | 3 minutes late bc of the bus and the boss takes half an hour off my break, in front of the whole team, unbeleivable
+ fr typo h | 3 min de retard a cause du bus et le chef me retire une demi heure de pause devant toute lequipe, jhalucine

# triad 60
fr situation h | La crèche m'a fait venir à 11 h pour un petit « un peu grognon », sans fièvre, et j'ai dû quitter ma formation.
+ en situation h | The nursery called me in at 11 for a toddler who was "a bit grumpy", no fever, and I had to walk out of my training course.

# triad 61
fr situation h | Mon moniteur d'auto-école a fait ses courses pendant ma leçon, en me laissant attendre sur le parking, et il me l'a facturée.
+ en situation h | My driving instructor did his shopping during my lesson, leaving me waiting in the car park, and he still charged me for it.

# triad 62
en situation h | Third coat lost at school this year, and the head won't even let us look through the lost property.
+ fr situation h | Troisième manteau perdu à l'école cette année, et la directrice refuse même qu'on fouille les objets trouvés.

# triad 63
fr typo h | au marché le maraicher ma glissé les tomates pouries du fond du cageot pendant que je regardais ailleur, jle crois pas
+ en typo h | at the market the veg guy slipped me the rotten tomatoes from the bottom of the crate while i was looking away, cant beleive it

# triad 64
fr situation h | La colo avait promis des nouvelles tous les jours, et en cinq jours, le blog n'a pas été mis à jour une seule fois.
+ en situation h | The summer camp promised daily updates, and in five days the blog hasn't been updated once.

# triad 65
en situation h | Teachers' strike announced at 8 p.m. the night before, in one line in the homework diary, and I still have to find childcare for tomorrow.
+ fr situation h | Grève des profs annoncée la veille à 20 h, par un seul mot dans le cahier, et je dois encore trouver une solution pour demain.

# triad 66
fr situation h | Au labo, la secrétaire fait passer ses connaissances avant tous ceux qui attendent à jeun depuis 7 h.
+ en situation h | At the blood-test lab, the receptionist lets people she knows go ahead of everyone who's been waiting on an empty stomach since seven.

# triad 67
fr situation h | Mon covoitureur me fait attendre un quart d'heure tous les matins, et il n'a jamais mis un centime dans l'essence.
+ en situation h | My car-share partner keeps me waiting a quarter of an hour every morning and has never put a cent towards fuel.

# triad 68
en situation h | At the school choir concert, a dad filmed the whole thing standing up right in front of us, tablet held high over everyone's heads.
+ fr situation h | Au concert de la chorale de l'école, un papa a filmé tout le spectacle debout juste devant nous, sa tablette levée au-dessus des têtes.

# triad 69
fr situation h | Le boulanger a écrit « Joyeux anniversaire Mathis » au lieu de Mathilde sur le gâteau, et il refuse de le refaire.
+ en situation h | The baker wrote "Happy Birthday Mathis" instead of Mathilde on the cake, and he refuses to redo it.

# triad 70
fr situation h | En téléconsultation, le médecin m'a fait attendre quarante minutes devant l'écran, puis s'est connecté deux minutes en mangeant.
+ en situation h | For my video appointment the doctor kept me waiting forty minutes in front of the screen, then logged on for two minutes, eating.

# triad 71
en situation h | Monday meeting at eight, the boss strolls in at 8:40 without apologising, and the whole day runs late because of him.
+ fr situation h | Réunion du lundi à 8 h, le chef arrive à 8 h 40 sans s'excuser, et toute la journée prend du retard à cause de lui.

# triad 72
fr situation h | La caisse automatique a bloqué six fois pour « article inattendu », et le vigile m'a regardée comme une voleuse.
+ en situation h | The self-checkout froze six times for "unexpected item", and the security guard looked at me like a thief.

# triad 73
fr situation h | Le téléphone d'un collègue a sonné six fois pendant ma présentation, et la sixième fois, il a décroché devant tout le monde.
+ en situation h | A colleague's phone rang six times during my presentation, and the sixth time he answered it in front of everyone.

# triad 74
en situation h | My colleague borrows my charger every morning and never gives it back before evening, when my battery's at 2%.
+ fr situation h | Mon collègue m'emprunte mon chargeur tous les matins et ne me le rend jamais avant le soir, quand ma batterie est à 2 %.

# triad 75
fr situation h | Le chauffeur a refusé de sortir la rampe pour mon fauteuil, « pas le temps », et il est reparti en me laissant sur le trottoir.
+ en situation h | The driver refused to put the ramp down for my wheelchair, "no time", and drove off leaving me on the pavement.

# triad 76
fr situation h | En salle d'attente chez la pédiatre, une mère laisse son gamin fiévreux tousser sur les bébés et lécher tous les jouets, sans rien dire.
+ en situation h | In the paediatrician's waiting room, a mother lets her feverish kid cough on the babies and lick every toy, without a word.

# triad 77
en situation h | A colleague forwarded my private email to the whole team "by mistake", my comments about the client included.
+ fr situation h | Un collègue a transféré mon mail perso à toute l'équipe « par erreur », avec mes remarques sur le client dedans.

# triad 78
fr situation h | Pour la troisième fois cette semaine, ma pause déjeuner saute parce que le chef cale une réunion « rapide » à midi pile.
+ en situation h | For the third time this week my lunch break is gone, because the boss squeezes in a "quick" meeting at twelve sharp.

# triad 79
fr situation h | La maîtresse a mis ma fille dans le groupe des « lents » en lecture, et elle l'a annoncé devant toute la classe.
+ en situation h | The teacher put my daughter in the "slow" reading group, and announced it in front of the whole class.

# triad 80
en situation h | On the building's group chat, the man on the second floor accuses me of leaving the front door open, when the camera shows it's him.
+ fr situation h | Sur le groupe de l'immeuble, le voisin du 2e m'accuse de laisser la porte du hall ouverte, alors que la caméra montre que c'est lui.

# triad 81
fr mixed h | Épuisée après ma nuit de garde, mais surtout hors de moi : la cadre m'a rappelée à 9 h pour reprendre ce soir, comme si de rien n'était.
+ en mixed h | Exhausted after my night shift, but mostly livid: the ward manager rang me at nine to come back in tonight, as if it were nothing.

# triad 82
fr slang_emoji h | la nounou a ENCORE laissé le petit devant les écrans tout l'aprem alors qu'on avait dit zéro écran 😡
+ en slang_emoji h | the nanny AGAIN left the little one in front of screens all afternoon when we said zero screens 😡

# triad 83
en situation h | My Christmas leave request has been stuck for two months, and the boss's favourite got his approved in an hour.
+ fr situation h | Ma demande de congés pour Noël traîne depuis deux mois, et le chouchou du chef a eu les siens en une heure.

# triad 84
fr wish h c=red;orange b=bright | Le chauffeur m'a fermé les portes au nez alors que je tapais à la vitre, j'ai les nerfs. Du rouge, vite.
+ en wish h c=red;orange b=bright | The driver shut the doors in my face while I was knocking on the glass, I'm fuming. Red, now.
"""

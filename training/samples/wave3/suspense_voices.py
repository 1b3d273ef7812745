"""suspense: third wave, short everyday voices (train and validation only)."""

SEEDS = """

# situations: home and chores
fr situation n | La machine essore le pull en laine de ma femme. Il rétrécit ou pas ? Je guette le hublot.
+ en situation n | The machine's spinning my wife's wool jumper. Will it shrink or not? I'm watching the door.
fr situation l | Dernier carreau de faïence à poser, et il reste pile un centimètre. Ça rentre, ça rentre pas ?
+ en situation l | Last tile to lay, with exactly a centimetre left. Will it fit or won't it?
en situation n | Robot vacuum's heading straight for the charger cable. Will it go over or get tangled? Set a mood that fits.
+ fr situation n | L'aspirateur robot fonce droit sur le câble du chargeur. Il passe dessus ou il s'emmêle ? Mets une ambiance qui colle.
fr situation n | J'ai appuyé sur le bouton du disjoncteur, tout le monde fixe le plafonnier. Allez, rallume-toi.
+ en situation n | Pressed the breaker back up, everyone's staring at the ceiling light. Come on, come back on.
en situation n | Landlord's inspection in ten minutes, and the wine stain on the carpet is still drying. Will it show?
+ fr situation n | Visite du propriétaire dans dix minutes, et la tache de vin sur la moquette sèche encore. Ça va se voir ?

# situations: cooking and food
fr situation n | Le soufflé au fromage est dans le four depuis vingt minutes. Personne n'ouvre la porte. Personne.
+ en situation n | The cheese soufflé's been in the oven twenty minutes. Nobody opens the door. Nobody.
en situation n | First pavlova for Christmas lunch in Perth, it's cooling in the oven. Cracked or perfect? Keep the lights low.
+ fr situation n | Première pavlova pour le déjeuner de Noël à Perth, elle refroidit dans le four. Fissurée ou parfaite ? Garde les lumières basses.
fr situation n | Je démoule la tarte tatin devant toute la belle-famille. Un, deux, trois...
+ en situation n | Flipping the tarte tatin out in front of all the in-laws. One, two, three...
fr situation l | La tourtière sort du four, mon beau-père goûte en premier. Il mâche. Il mâche encore.
+ en situation l | The tourtière comes out, my father-in-law tries it first. He chews. He keeps chewing.
en situation n | Guessing the weight of the Christmas cake at the church fête, and the vicar's about to read it out.
+ fr situation n | Concours du poids du gâteau à la kermesse paroissiale, et le pasteur va lire le résultat.

# situations: pets
fr situation n | Le chat fixe la souris sous le frigo depuis vingt minutes, et nous, on fixe le chat.
+ en situation n | The cat's been staring at the mouse under the fridge for twenty minutes, and we're staring at the cat.
en situation n | Vet's reading the X-ray. Did the dog swallow the earring or not? Vet's squinting at the screen. Dim the lights a bit.
+ fr situation n | La véto lit la radio. Le chien a avalé la boucle d'oreille ou pas ? Elle plisse les yeux devant l'écran. Baisse un peu la lumière.
fr situation n | Le chien de traîneau de mon oncle est au départ de la course, le compte à rebours tourne.
+ en situation n | My uncle's sled dog is at the start line, the countdown's running.
fr situation l | Le poisson rouge s'approche du nouveau copain dans l'aquarium. Ils vont s'entendre ?
+ en situation l | The goldfish is swimming up to the new one in the tank. Will they get along?

# situations: children and parenting
fr situation n | Ma fille fait son premier tour de trottinette sans aide, elle arrive au virage...
+ en situation n | My daughter's doing her first scooter lap on her own, she's coming up to the bend...
en situation n | Eleven-plus results land on the doorstep this morning. The postman's two houses away.
+ fr situation n | Résultats de l'examen d'entrée au collège sélectif ce matin. Le facteur est à deux maisons d'ici.
fr situation n | Le petit a caché mon cadeau de fête des pères, il me guide les yeux fermés dans le couloir.
+ en situation n | The little one hid my Father's Day present, he's guiding me down the hall with my eyes shut.
fr situation n | Spectacle de la maternelle : mon fils est l'arbre et il doit dire une phrase. Il ouvre la bouche...
+ en situation n | Nursery show: my son's the tree and he has one line. He opens his mouth...
en situation n | School's putting the snow day call out at 6 a.m. It's 5:58, we're all refreshing the board site. Tense lighting, please.
+ fr situation n | L'école annonce à 6 h si c'est journée de tempête. Il est 5 h 58, on rafraîchit tous le site de la commission scolaire. Lumière tendue, s'il te plaît.

# situations: partner and dating
fr situation n | J'ai envoyé « on se voit samedi ? » il y a une heure. Vu, pas de réponse.
+ en situation n | Sent "see you Saturday?" an hour ago. Seen, no reply.
en situation n | Just asked her to move in with me. She's put her fork down and she's thinking.
+ fr situation n | Je viens de lui demander d'emménager avec moi. Elle a posé sa fourchette et elle réfléchit.
fr situation n | Il m'a dit « j'ai une question à te poser » et il est parti chercher quelque chose dans la voiture.
+ en situation n | He said "I've got something to ask you" and went off to get something from the car.
fr situation l | Premier rendez-vous Tinder : je suis au café, il reste deux minutes avant l'heure, et la porte s'ouvre.
+ en situation l | First Tinder date: I'm at the café, two minutes to go, and the door opens.

# situations: friends
fr situation n | On a parié sur qui de nous deux finit le Ben & Jerry's en premier. Il reste deux cuillères chacun.
+ en situation n | We bet on which of us finishes the Ben & Jerry's first. Two spoonfuls left each.
en situation n | Pub quiz in Limerick, tie-break question: closest guess to the height of the Spire. Scorer's adding up.
+ fr situation n | Quiz au pub à Limerick, question de départage : qui s'approche le plus de la hauteur du Spire. Le marqueur calcule.
fr situation n | Mon pote tente le saut du ponton à Annecy, tout le monde compte à rebours depuis la rive.
+ en situation n | My mate's going for the jump off the pontoon at Annecy, everyone's counting down from the shore.
fr situation l | On joue à Time's Up, dernier mot, cinq secondes, et Paul mime un truc incompréhensible.
+ en situation l | Playing charades, last word, five seconds, and Paul's miming something nobody gets.

# situations: extended family
fr situation n | Tata doit annoncer au dessert qui garde le chalet de Morzine cet hiver. Elle fait durer.
+ en situation n | Auntie's going to say at dessert who gets the Morzine chalet this winter. She's dragging it out.
en situation n | Cousin's wedding in Cork, and the best man's about to read who the secret telegram's from.
+ fr situation n | Mariage de mon cousin à Cork, et le témoin va lire de qui vient le télégramme mystère.
fr situation n | Papi retourne la dernière carte du tarot, c'est elle qui décide de la partie.
+ en situation n | Grandad turns over the last tarot card, and that card decides the game.
fr situation l | Ma cousine doit dire ce soir si elle accepte le poste à Vancouver. Tout le monde attend son appel.
+ en situation l | My cousin's telling us tonight whether she's taking the job in Vancouver. Everyone's waiting for her call.

# situations: neighbours
fr situation n | Concours des maisons illuminées du quartier, le jury passe dans notre rue à vingt heures.
+ en situation n | Street Christmas lights contest, the judges are doing our road at eight.
en situation n | Neighbour's giant pumpkin is on the scales at the county show. Two grams off the record, they say.
+ fr situation n | La citrouille géante du voisin est sur la balance au comice. À deux grammes du record, paraît-il.
fr situation l | Le voisin recule sa caravane dans l'allée, il lui reste trois centimètres de chaque côté. Accorde la lumière au moment.
+ en situation l | The neighbour's backing his caravan into the drive, with three centimetres either side. Match the lights to the moment.
fr situation n | Réunion de copro, vote sur le ravalement. Trois voix d'écart et le syndic recompte.
+ en situation n | Building meeting, vote on the façade works. Three votes in it and the managing agent's recounting.

# situations: school and exams
fr situation n | Résultats du bac à 10 h, la page plante à 9 h 59. Je rafraîchis.
+ en situation n | Bac results at ten, the site crashes at 9:59. I'm refreshing.
en situation n | Leaving Cert results go online at nine. Mum's hovering behind my chair with the kettle.
+ fr situation n | Les résultats du Leaving Cert sortent à neuf heures. Maman rôde derrière ma chaise avec la bouilloire.
fr situation n | La prof du CM2 va lire qui part en classe de neige. Il y a quinze places pour vingt-huit.
+ en situation n | The Year 6 teacher's reading out who goes on the ski trip. Fifteen places for twenty-eight kids.
fr situation l | Épreuve de dictée du brevet, la prof relit la dernière phrase. Est-ce que j'ai mis le bon accord ?
+ en situation l | Brevet dictation, the teacher's rereading the last sentence. Did I get the agreement right?
en situation n | NAPLAN scores on the school app at 3. My son's pretending not to care. He's checked twice.
+ fr situation n | Résultats du NAPLAN sur l'appli de l'école à 15 h. Mon fils fait semblant de s'en ficher. Il a déjà vérifié deux fois.

# situations: university
fr situation n | Parcoursup ouvre les réponses à 19 h, toute la famille autour de l'ordi. Mets une ambiance qui colle.
+ en situation n | Parcoursup releases answers at seven, the whole family round the laptop. Put on something that fits.
en situation n | UCAS Track says "update" and I haven't dared open it yet. Dim everything.
+ fr situation n | UCAS affiche « mise à jour » et je n'ai pas encore osé ouvrir. Tamise tout.
fr situation n | Oral de fin d'année à l'ULB, le jury murmure derrière la porte. Je fais les cent pas.
+ en situation n | End-of-year oral at ULB, the panel's murmuring behind the door. I'm pacing.
fr situation l | La réponse de McGill doit tomber avant vendredi. Chaque mail me fait sursauter.
+ en situation l | McGill's answer is due before Friday. Every email makes me jump.

# situations: office work
fr situation n | Le patron va dire qui prend le poste de chef d'équipe. Il a commencé par « après réflexion ».
+ en situation n | The boss is about to say who gets team lead. He started with "after some thought".
en situation n | Tender decision today. We've got the email open and the client's name just flashed on the phone.
+ fr situation n | Décision sur l'appel d'offres aujourd'hui. Le mail est ouvert et le nom du client vient de s'afficher sur le téléphone.
fr situation l | Le tirage au sort du secret Santa au bureau, et j'ai peur de tomber sur le patron.
+ en situation l | The office secret Santa draw, and I'm hoping I don't get the boss.
fr situation n | Dernier jour pour le budget, on attend la signature du directeur financier. Il est en réunion.
+ en situation n | Last day for the budget, we're waiting on the finance director's signature. He's in a meeting.

# situations: manual trades
fr situation n | Le grutier pose la dernière poutre, tout le chantier lève la tête. Elle s'emboîte ?
+ en situation n | The crane operator's lowering the last beam, the whole site looking up. Will it slot in?
en situation n | Pouring the slab, and the concrete truck's running out. Will there be enough for the last corner?
+ fr situation n | On coule la dalle, et la toupie se vide. Il y en aura assez pour le dernier coin ?
fr situation l | Le soudeur fait passer sa soudure au contrôle aux rayons X. Résultat dans une heure.
+ en situation l | The welder's weld is going through X-ray testing. Result in an hour.

# situations: healthcare and hospitals
fr situation n | Premier jour de garde de l'interne, et le patron arrive pour valider son diagnostic.
+ en situation n | The junior doctor's first shift, and the consultant's coming to check her diagnosis.
en situation n | Matched for a kidney, but they're running the final crossmatch. Result by noon.
+ fr situation n | Un rein compatible, mais ils font le dernier test croisé. Résultat avant midi.
fr situation l | L'infirmière enlève les bandes après l'opération de la cataracte. Je vais voir quoi ?
+ en situation l | The nurse is taking the bandages off after cataract surgery. What am I going to see?

# situations: illness and the body
fr situation n | Le podologue tire la dernière écharde sous l'ongle. Elle vient, elle vient...
+ en situation n | The podiatrist's pulling the last splinter out from under the nail. It's coming, it's coming...
en situation l | Holding my sneeze in the middle of the minute's silence. Can I make it to the end? Set a mood that fits.
+ fr situation l | Je retiens un éternuement en pleine minute de silence. Est-ce que je tiens jusqu'au bout ? Mets une ambiance qui colle.
fr situation n | Test d'apnée à la piscine, j'en suis à deux minutes. Le record du club, c'est deux minutes dix.
+ en situation n | Breath-hold test at the pool, I'm at two minutes. The club record's two ten.

# situations: sport, amateur and watching
fr situation h | Prolongation en finale de la Coupe Stanley, tir de pénalité, le gardien recule dans son but.
+ en situation h | Stanley Cup final in overtime, penalty shot, the goalie backs into his crease.
en situation h | Ashes Test, last over, England need four off two balls. Nobody in the pub's drinking.
+ fr situation h | Test des Ashes, dernier over, l'Angleterre a besoin de quatre points sur deux balles. Plus personne ne boit au pub.
fr situation n | Dernier trou du golf municipal de Cognac, mon père a un putt de quatre mètres pour battre son frère.
+ en situation n | Last hole at the Cognac municipal course, Dad's got a four-metre putt to beat his brother.
fr situation n | Mon fils dispute son premier match de hockey mineur, égalité à trente secondes de la fin.
+ en situation n | My son's first minor hockey game, tied with thirty seconds left.
en situation h | All-Ireland final, one point in it, injury time, and they've got a free from forty metres. Dim the lights, I can't watch.
+ fr situation h | Finale du championnat irlandais, un point d'écart, arrêts de jeu, et ils ont un coup franc à quarante mètres. Baisse la lumière, je ne peux pas regarder.
fr situation n | La Patrouille des Glaciers, mon frère passe le dernier col, on suit son point GPS sur l'ordi.
+ en situation n | Patrouille des Glaciers race, my brother's crossing the last pass, we're following his GPS dot on the laptop.
fr situation n | Match de basket du club de Charleroi, lancer franc décisif, et le joueur fait rebondir la balle, encore et encore. Baisse un peu la lumière.
+ en situation n | Charleroi basketball game, deciding free throw, and the player keeps bouncing the ball, again and again. Dim the lights a bit.
en situation n | Melbourne Cup, two horses neck and neck down the straight, and I've got ten bucks on the grey.
+ fr situation n | Melbourne Cup, deux chevaux nez à nez dans la dernière ligne droite, et j'ai dix dollars sur le gris.
fr situation l | Relais 4 × 100 au meeting du collège, ma fille attend le témoin, le troisième coureur arrive.
+ en situation l | 4x100 relay at the school meet, my daughter's waiting for the baton, the third runner's coming in.
en situation n | Super Bowl, fourth down at the one-yard line, and the snap's coming. Match the lights to that.
+ fr situation n | Super Bowl, quatrième tentative à une verge de la zone, et la remise arrive. Accorde la lumière à ça.

# situations: games and video games
fr situation n | Dernier cercle de la partie de Fortnite, on est deux, et je ne sais pas où il se cache.
+ en situation n | Final circle in Fortnite, two of us left, and I don't know where he's hiding.
en situation n | Monopoly with the kids, I've got one hotel left and I'm three squares from Mayfair.
+ fr situation n | Monopoly avec les enfants, il me reste un hôtel et je suis à trois cases de la rue de la Paix.
fr situation l | Le Tetris monte, il me faut la barre longue. Elle arrive, elle arrive pas...
+ en situation l | The Tetris stack's rising, I need the long bar. Is it coming or not...
fr situation n | Soirée Catan, mon frère a besoin d'un 8 pour gagner, et il secoue les dés depuis une minute.
+ en situation n | Catan night, my brother needs an 8 to win, and he's been shaking the dice for a minute.

# situations: music and concerts
fr situation n | Audition au conservatoire de Genève, je viens de jouer ma dernière note. Le jury se regarde.
+ en situation n | Audition at the Geneva conservatoire, just played my last note. The panel look at each other.
en situation n | Ticketmaster queue for the Glasto resale, 9,000 people ahead, and the bar's barely moving.
+ fr situation n | File d'attente pour la revente de Glastonbury, 9 000 personnes devant moi, et la barre avance à peine.
fr situation l | Le groupe joue le rappel, et tout le monde se demande s'ils vont faire LA chanson.
+ en situation l | The band's on the encore, and everyone's wondering if they'll play THE song.
fr situation n | Concours de chorale à Namur, le président du jury ouvre l'enveloppe du premier prix.
+ en situation n | Choir competition in Namur, the jury chair is opening the envelope for first prize.

# situations: films, series and books
fr situation n | Il reste dix pages du polar et je ne sais toujours pas qui a tué le notaire de Honfleur.
+ en situation n | Ten pages left in the crime novel and I still don't know who killed the notary in Honfleur.
en situation n | Season finale of the Aussie crime show, the detective's about to open the boot of the car. Set the mood for that.
+ fr situation n | Dernier épisode de la série policière australienne, l'inspectrice va ouvrir le coffre de la voiture. Mets une ambiance qui va avec.
fr situation n | Le film d'horreur québécois : la porte de la cave grince, et on est trois sous la même couverture.
+ en situation n | The Quebec horror film: the cellar door creaks, and three of us are under one blanket.
fr situation l | La bande-annonce de la saison 3 sort à midi pile. Il est 11 h 58.
+ en situation l | The season 3 trailer drops at noon sharp. It's 11:58.

# situations: travel and transport
fr situation n | Train complet pour Édimbourg, on est sur liste d'attente pour deux places, et le chef de bord revient avec sa tablette.
+ en situation n | Edinburgh train's full, we're on the waiting list for two seats, and the guard's coming back with his tablet.
en situation n | Standby for the last flight out of Vancouver tonight. The gate agent's picking up the mic.
+ fr situation n | En attente pour le dernier vol de Vancouver ce soir. L'agent d'embarquement prend le micro.
fr situation n | À l'embarquement pour Montréal, l'hôtesse tire au sort deux surclassements et lit les numéros de siège.
+ en situation n | Boarding for Montreal, the flight attendant draws two upgrades and reads out the seat numbers.
fr situation l | Tapis à bagages à Zurich, la moitié des valises est passée, toujours pas la mienne.
+ en situation l | Baggage belt in Zurich, half the cases are out, still not mine.

# situations: cars and driving
fr situation n | Permis de conduire, dernière manœuvre : créneau devant l'inspecteur qui note en silence.
+ en situation n | Driving test, last manoeuvre: parallel parking with the examiner writing in silence.
en situation n | Hill climb at the club day, my brother's the last car up, and the clock's still running on the screen.
+ fr situation n | Course de côte du club, mon frère est la dernière voiture à monter, et le chrono tourne encore à l'écran.
fr situation l | La voiture de location sur le ferry pour Belle-Île, la rampe, le demi-tour, et le matelot qui me fait signe.
+ en situation l | Hire car onto the Belle-Île ferry, the ramp, the U-turn, and the deckhand waving me on.

# situations: weather and nature
fr situation n | Météo des neiges : Tremblant annonce à 17 h si les pistes ouvrent demain. 16 h 59.
+ en situation n | Snow report: Tremblant says at five whether the runs open tomorrow. It's 4:59.
en situation n | Whole town's got a bet on when the ice goes out on the river. The flag on the tripod's tilting.
+ fr situation n | Toute la ville a parié sur la date de la débâcle. Le drapeau sur le trépied penche.
fr situation l | Le geyser du parc doit jaillir dans les dix minutes, selon le panneau. Tout le monde a le téléphone levé.
+ en situation l | The park geyser's due to go off within ten minutes, says the sign. Everyone's got their phone up.

# situations: gardening
fr situation n | Concours du plus gros potiron de la foire de Tranzault, la balance s'affole, on attend le chiffre.
+ en situation n | Biggest pumpkin contest at the Tranzault fair, the scale's jumping, we're waiting for the number.
en situation n | The orchid's been in bud for three months. One petal's starting to open. Are we about to see the colour?
+ fr situation n | L'orchidée est en bouton depuis trois mois. Un pétale commence à s'ouvrir. On va enfin voir la couleur ?
fr situation l | Le jury des jardins fleuris passe dans la rue, et il s'arrête devant notre clôture.
+ en situation l | The best-garden judges are walking the street, and they've stopped at our fence.

# situations: money and bills
fr situation n | J'ai gratté deux cases sur trois du Millionnaire, même montant. La troisième...
+ en situation n | Scratched two of three boxes on the scratch card, same amount. The third one...
en situation n | Bidding on a vintage bike on eBay, eleven seconds left, and someone just jumped in.
+ fr situation n | J'enchéris sur un vélo vintage, onze secondes restantes, et quelqu'un vient de surenchérir.
fr situation l | Le banquier relit mon dossier de prêt en silence. Il tourne la page. Il la retourne.
+ en situation l | The bank adviser rereads my loan file in silence. He turns the page. He turns it back.

# situations: administration and paperwork
fr situation n | Guichet de la préfecture, la dame vérifie mon dossier pièce par pièce. Plus que le justificatif de domicile.
+ en situation n | Prefecture counter, the lady's checking my file document by document. Just the proof of address left.
en situation n | Citizenship interview in Ottawa's done, and the officer's stamping something. Which stamp, though?
+ fr situation n | L'entrevue de citoyenneté à Ottawa est finie, et l'agent tamponne quelque chose. Mais quel tampon ?
fr situation l | Tirage au sort des places en crèche à la mairie de Lyon, mon numéro est dans le bocal.
+ en situation l | Nursery place draw at Lyon town hall, my number's in the jar.

# situations: technology and phones
fr situation n | Le téléphone est tombé dans le riz hier soir. Je le rallume. Logo, écran noir, logo...
+ en situation n | The phone went in the rice last night. Switching it on. Logo, black screen, logo...
en situation l | Game's downloading, 99.8 percent, and the Wi-Fi just dropped a bar.
+ fr situation l | Le jeu télécharge, 99,8 %, et le Wi-Fi vient de perdre une barre.
fr situation n | Concours Instagram du café d'en bas, ils annoncent le gagnant en story à 18 h.
+ en situation n | The café downstairs is running an Instagram giveaway, winner announced in their story at six.

# situations: internet and social media
fr situation n | Ma vidéo de chat est à 99 000 vues, et je recharge toutes les trente secondes.
+ en situation n | My cat video's at 99,000 views, and I'm reloading every thirty seconds.
en situation n | Live poll on the local radio page, our café versus the one in Dingle, forty seconds to go.
+ fr situation n | Sondage en direct sur la page de la radio locale, notre café contre celui de Dingle, quarante secondes restantes.
fr situation l | L'influenceuse va annoncer le nom du chiot en live, elle a pris dix noms de la commu. Musique qui fait monter la pression.
+ en situation l | The influencer's announcing the puppy's name on live, she's shortlisted ten from followers. Music that builds the tension.

# situations: shopping
fr situation n | Dernière paire de bottes en 39 sur le site, je suis au paiement, et ça tourne.
+ en situation n | Last pair of boots in a 6 on the site, I'm at checkout, and it's spinning.
en situation n | Boxing Day sale, doors open at seven. I'm third in the queue and there are two TVs at that price.
+ fr situation n | Soldes du lendemain de Noël, ouverture à sept heures. Je suis troisième dans la file et il y a deux télés à ce prix.
fr situation l | La vendeuse est partie voir en réserve s'il reste ma taille. Ça fait cinq minutes.
+ en situation l | The shop assistant went to check the stockroom for my size. Five minutes ago.

# situations: moving house
fr situation n | Le canapé est coincé dans l'escalier du troisième à Montréal. On essaie le dernier angle.
+ en situation n | The sofa's stuck on the third-floor stairs in Montreal. Trying the last angle.
en situation n | House auction in Sydney, the auctioneer's on "going once" and ours is the top bid.
+ fr situation n | Enchères pour une maison à Sydney, le commissaire-priseur dit « une fois », et notre offre est la plus haute.
fr situation l | Visite de l'appart à Genève, quarante dossiers, et la régie rappelle les candidats retenus ce soir.
+ en situation l | Flat viewing in Geneva, forty applications, and the agency calls back the shortlist tonight.

# situations: holidays and celebrations
fr situation n | La galette des rois est coupée, chacun mord prudemment. Qui a la fève ? Mets une ambiance qui colle.
+ en situation n | The king cake's cut, everyone's biting carefully. Who's got the charm? Set a mood that fits.
en situation n | Christmas cracker pull with Grandpa, and he's refusing to let go first.
+ fr situation n | On tire le diablotin de Noël avec papi, et il refuse de lâcher le premier.
fr situation n | Le réveillon, 23 h 59 m 50 s, le compte à rebours sur la télé. Lumière à l'unisson, s'il te plaît.
+ en situation n | New Year's Eve, 11:59:50, countdown on the telly. Lights to match, please.
fr situation l | Chasse aux œufs au Bois de la Cambre, il reste le gros en chocolat et trois enfants qui courent.
+ en situation l | Easter egg hunt in the Bois de la Cambre, the big chocolate one's left and three kids are running.

# situations: religion and rituals
fr situation n | Bar-mitsva de mon neveu, il commence sa lecture, et on l'a entendu buter sur ce passage toute la semaine.
+ en situation n | My nephew's bar mitzvah, he's starting his reading, and we heard him stumble on that passage all week.
en situation l | Christening, and the baby's gone very quiet right before the water. Is she going to scream?
+ fr situation l | Baptême, et le bébé devient très calme juste avant l'eau. Elle va hurler ?

# situations: old age and grandparents
fr situation n | Mamie joue au bingo de la salle paroissiale, il lui manque le 42, et l'animateur tourne la boule.
+ en situation n | Gran's at the parish hall bingo, she needs 42, and the caller's spinning the cage.
en situation n | Grandad's taking his driving assessment at 84. Examiner's just come back to the car with the clipboard.
+ fr situation n | Papi passe son évaluation de conduite à 84 ans. L'examinateur revient vers la voiture avec son bloc-notes.
fr situation l | Papi a misé sur le tiercé depuis le PMU de Carcassonne, les chevaux entrent dans la dernière ligne droite.
+ en situation l | Grandad's got a bet on the races at the Carcassonne bar, the horses are into the final straight.

# situations: death and inheritance
fr situation n | Lecture du testament chez le notaire à Bruges, et il en arrive au paragraphe sur la collection de timbres.
+ en situation n | Reading of the will at the notary's in Bruges, and he's reaching the paragraph on the stamp collection.

# situations: birth and pregnancy
fr situation n | Césarienne en cours, le drap est tiré devant nous, et on attend le premier cri.
+ en situation n | C-section under way, the sheet's up in front of us, and we're waiting for the first cry.
en situation n | Forty-one weeks and the midwife's checking how far along things are. She's taking her time.
+ fr situation n | Quarante et une semaines, la sage-femme vérifie où on en est. Elle prend son temps.
fr situation l | Ma sœur accouche ce soir à Lausanne, et on parie sur le prénom qu'elle a gardé secret.
+ en situation l | My sister's giving birth tonight in Lausanne, and we're betting on the name she kept secret.

# situations: DIY and repairs
fr situation n | J'ai remonté tout le lave-vaisselle, il me reste une vis en trop. J'appuie sur départ.
+ en situation n | Put the whole dishwasher back together, one screw left over. Pressing start.
en situation n | Last coat of varnish on the boat I've been building for two years. Tomorrow she goes in the water.
+ fr situation n | Dernière couche de vernis sur le bateau que je construis depuis deux ans. Demain, il va à l'eau.
fr situation l | Je tire le papier peint du mur, tout doucement. Il part d'un bloc ou il se déchire ? Lumière tendue, s'il te plaît.
+ en situation l | Peeling the wallpaper off, really slowly. Will it come off in one piece or tear? Tense lighting, please.

# situations: night and sleep
fr situation n | Deux heures du matin, le combat de l'UFC à Las Vegas va aux juges. Je ne dors pas avant.
+ en situation n | Two a.m., the UFC fight in Vegas is going to the judges. Not sleeping till I know.
en situation l | Midnight, and the last chapter of the audiobook says "there's one more thing you should know".
+ fr situation l | Minuit, et le dernier chapitre du livre audio commence par « il y a une dernière chose que tu dois savoir ».

# situations: city life
fr situation n | Tirage des places de stationnement résidentiel à Montréal, mon numéro de plaque est dans la liste.
+ en situation n | Residential parking permit lottery in Montreal, my plate number's on the list.
en situation n | Bus app says two minutes for the last night bus. Been saying two minutes for five minutes.
+ fr situation n | L'appli annonce le dernier bus de nuit dans deux minutes. Depuis cinq minutes.
fr situation l | Marathon de Paris, on attend mon père sur les quais, son point bleu avance au kilomètre 41.
+ en situation l | Paris marathon, we're waiting for Dad on the embankment, his blue dot's moving at kilometre 41.

# situations: countryside and farming
fr situation n | Concours de labour dans le Gers, le juge pose le mètre sur le sillon de mon oncle.
+ en situation n | Ploughing match in the Gers, the judge lays the measure on my uncle's furrow.
en situation n | Ewe's been pushing for half an hour, and the second lamb's feet are finally showing. Put on something to match.
+ fr situation n | La brebis pousse depuis une demi-heure, et on voit enfin les pattes du deuxième agneau. Mets quelque chose qui va avec.
fr situation l | Vente aux enchères du bétail à Saint-Hyacinthe, notre génisse entre sur le ring.
+ en situation l | Livestock auction in Saint-Hyacinthe, our heifer's walking into the ring.

# situations: sea and mountains
fr situation n | Pêche au thon au large de Saint-Jean-de-Luz, la ligne se tend et le moulinet hurle.
+ en situation n | Tuna fishing off Saint-Jean-de-Luz, the line goes tight and the reel screams.
en situation n | Surf comp at Bells Beach, the final buzzer's about to go and the last wave's building.
+ fr situation n | Compétition de surf à Bells Beach, la sirène va sonner et la dernière vague se forme.
fr situation l | Au sommet du Moléson, on attend que les nuages se déchirent pour voir si la vue est là.
+ en situation l | On top of the Moléson, waiting for the clouds to part to see if the view's there.

# situations: hobbies and crafts
fr situation n | J'ouvre le four à raku devant le club, les pièces sont rouges, et on attend la couleur.
+ en situation n | Opening the raku kiln in front of the club, the pieces are glowing, waiting to see the colour.
en situation n | Scrabble club final, my opponent's holding a tile above the triple word square. Is it the Z?
+ fr situation n | Finale du club de Scrabble, mon adversaire tient une lettre au-dessus du mot compte triple. C'est le Z ?
fr situation l | Je développe ma première pellicule noir et blanc, le révélateur agit, j'allume la lumière rouge.
+ en situation l | Developing my first black-and-white film, the developer's working, I switch on the red light.

# situations: volunteering
fr situation n | Tombola de la fête des bénévoles, le président tire le numéro du vélo. On a tous nos tickets.
+ en situation n | Volunteers' party raffle, the chairman's drawing the number for the bike. We've all got our tickets out.
en situation l | Charity bake-off at the community centre, and the judge is cutting my lemon drizzle.
+ fr situation l | Concours de pâtisserie caritatif à la maison de quartier, et la juge coupe mon cake au citron.

# situations: politics and news
fr situation n | Soirée électorale, 19 h 59, tout le bar fixe l'écran avant le visage du gagnant. Mets une ambiance qui va avec.
+ en situation n | Election night, 7:59 pm, the whole bar staring at the screen before the winner's face appears. Set the mood to match.
en situation n | Federal election night, the last riding in BC is too close to call, and they're counting the mail-ins.
+ fr situation n | Soirée des élections fédérales, la dernière circonscription de Colombie-Britannique est trop serrée, et ils comptent les votes par courrier.
fr situation l | Votation fédérale, les premiers cantons tombent, 50,2 % de oui.
+ en situation l | Swiss federal vote, the first cantons are in, 50.2 percent yes.

# situations: science and discovery
fr situation n | Le rover doit envoyer sa première photo dans trois minutes, la salle de contrôle est muette à l'écran.
+ en situation n | The rover's due to send its first photo in three minutes, the control room on screen is silent.
en situation n | School science fair, they're announcing the three projects going to nationals. Ours is a volcano.
+ fr situation n | Expo-sciences de l'école, ils annoncent les trois projets qui vont aux nationales. Le nôtre, c'est un volcan.

# long: several sentences, the mood only clear from the whole
fr long n | Tournoi de pétanque du camping à Fréjus. Treize partout. Il reste une boule, la mienne. Le cochonnet est collé à celle d'en face.
+ en long n | Campsite pétanque tournament in Fréjus. Twelve all. One ball left, mine. The jack's touching theirs.
en long n | Our footy club's raffle for a ute. Six hundred tickets sold. Mine's in the bucket somewhere. The president's just rolled his sleeve up.
+ fr long n | Le club de foot tire au sort un pick-up. Six cents billets vendus. Le mien est quelque part dans le seau. Le président vient de retrousser sa manche.
fr long n | Mon fils a écrit à son joueur préféré des Canadiens. Trois mois sans nouvelles. Ce matin, une enveloppe au logo du club. Il la tient sans l'ouvrir.
+ en long n | My son wrote to his favourite Canadiens player. Three months, nothing. This morning, an envelope with the club logo. He's holding it without opening it.
fr long h | Finale de la coupe de Belgique de volley. Cinquième set. Quatorze-treize. Notre passeuse a le ballon. Le gymnase entier est debout.
+ en long h | Belgian volleyball cup final. Fifth set. Fourteen-thirteen. Our setter has the ball. The whole sports hall is on its feet.
en long n | I entered my scones at the Royal Easter Show. The judges tasted forty batches. Ribbons go up in ten minutes. Mum drove in from Dubbo to see.
+ fr long n | J'ai présenté mes scones au salon agricole de Pâques à Sydney. Les juges ont goûté quarante fournées. Les rubans sont affichés dans dix minutes. Maman est venue de Dubbo exprès.
fr long n | Au pub quiz de Galway, on mène depuis le début. Dernière manche, musique irlandaise. Nos rivaux chantent déjà les réponses. Le maître du jeu ramasse les feuilles.
+ en long n | At the Galway pub quiz, we've been leading from the start. Last round, Irish music. Our rivals are already singing the answers. The quizmaster's collecting the sheets.
fr long n | Ma fille a construit une cabane à oiseaux pour le concours de l'école. Trente cabanes sur la table. La directrice tient les trois rubans. Elle s'avance vers notre bout.
+ en long n | My daughter built a birdhouse for the school contest. Thirty birdhouses on the table. The head's holding the three ribbons. She's walking towards our end.
en long n | We've been doing the same crossword every Sunday for ten years. Never finished one. Tonight, one word left. Seven letters. Dad's pen is hovering.
+ fr long n | On fait les mêmes mots croisés chaque dimanche depuis dix ans. Jamais fini une grille. Ce soir, il reste un mot. Sept lettres. Le stylo de papa est suspendu.
fr long l | Le pain est au four. C'est mon premier levain. Il a à peine levé cette nuit. Dans cinq minutes, j'ouvre la porte.
+ en long l | The bread's in the oven. It's my first sourdough. It barely rose overnight. In five minutes I open the door.
fr long n | Soirée des Gémeaux à Montréal. Ma sœur a réalisé un court métrage. Elle est nommée. La présentatrice décachette l'enveloppe. Tenez la lumière basse, on retient notre souffle.
+ en long n | Gémeaux awards night in Montreal. My sister directed a short film. She's nominated. The host is opening the envelope. Keep the lights low, we're holding our breath.

# negation: the mood is what remains
fr negation n | Je n'ai pas peur, c'est juste que le dernier ballon de rugby est en l'air et que tout dépend du rebond.
+ en negation n | I'm not scared, it's just that the last rugby ball is in the air and it all depends on the bounce.
en negation n | Not celebrating yet, there's still the VAR check on the goal.
+ fr negation n | Je ne fête pas encore, il reste la vérification VAR sur le but.
fr negation n | Pas inquiète pour la jument, elle va bien ; c'est juste que la photo-finish n'est pas affichée.
+ en negation n | Not worried about the mare, she's fine; it's just that the photo finish isn't up yet.
fr negation l | Non, je ne m'ennuie pas, je fixe le chrono de ma fille au 800 mètres.
+ en negation l | No, I'm not bored, I'm staring at my daughter's 800 metres time.
en negation n | Not nervous for me, just glued to the screen while my brother's bid on the guitar ticks down.
+ fr negation n | Pas nerveux pour moi, juste scotché à l'écran pendant que l'enchère de mon frère sur la guitare s'écoule.
fr negation n | Ce n'est pas de la curiosité, c'est l'attente : le verdict du jury de Top Chef tombe dans une minute.
+ en negation n | It's not curiosity, it's the waiting: the Top Chef judges' verdict lands in a minute.

# mixed: two feelings, the target one dominant
fr mixed n | Un peu fier de ma course, mais surtout suspendu au chrono de mon frère, qui arrive.
+ en mixed n | A bit proud of my race, but mostly hanging on my brother's time, he's coming in.
en mixed n | Bit hungry, but I'm not moving till they announce the best in show.
+ fr mixed n | Un petit creux, mais je ne bouge pas tant qu'ils n'ont pas annoncé le meilleur de la foire.
fr mixed l | Fatiguée de la journée, mais impossible d'éteindre avant le dernier tour du Grand Prix de Montréal.
+ en mixed l | Tired from the day, but no way I'm switching off before the last lap of the Montreal Grand Prix.
fr mixed n | Légèrement agacé par l'arbitre, mais surtout cloué au canapé : tirs au but en demi-finale de la Coupe de Suisse.
+ en mixed n | A bit annoyed at the ref, but mostly pinned to the sofa: penalties in the Swiss Cup semi.
en mixed n | Little sad it's the last game of the season, but mostly on the edge of my seat, it's 2-2.
+ fr mixed n | Un peu triste que ce soit le dernier match de la saison, mais surtout au bord du siège, c'est 2-2.

# slang_emoji
fr slang_emoji h | ptn le dernier quart du match, 2 points d'écart 😬😬 jregarde à travers mes doigts
+ en slang_emoji h | omg last quarter, 2 points in it 😬😬 watching through my fingers
en slang_emoji n | results drop at 9 fr fr 😩 refreshing like a maniac
+ fr slang_emoji n | les résultats tombent à 9h srx 😩 jrafraîchis comme un malade
fr slang_emoji n | câline elle ouvre son cadeau lentement exprès 😤🎁 jvais mourir
+ en slang_emoji n | omg she's opening her present slow on purpose 😤🎁 i'm gonna die
fr slang_emoji l | il tape le dernier carton du bingo là 🤞🤞 allez le 27
+ en slang_emoji l | caller's on the last card 🤞🤞 come on 27
en slang_emoji n | the ref's watching the replay for like 3 mins now 📺😬 just tell us
+ fr slang_emoji n | l'arbitre regarde le ralenti depuis genre 3 min 📺😬 dis-nous

# typo
fr typo n | le jury delibere tjr, ca fait 40 min, jtien plus
+ en typo n | jury still deliberatin, been 40 mins, cant take it
en typo n | last 2 mins of the final n its tied, cmon cmon
+ fr typo n | 2 dernieres min de la finale et c egalité, allez allez
fr typo l | le jury du concour de confiture goute la mienne mtn, il fait une tete bizare
+ en typo l | the jam contest judge is tastin mine now, she's pullin a weird face
fr typo n | ma soeur ouvre le mail de l'ecole de danse, on attend ts autour d'elle
+ en typo n | my sis is openin the dance school email, we're all around her
en typo n | bidding war on the apartment, agent says final offers by 5, its 4:52
+ fr typo n | guerre d'encheres sur l'appart, l'agent dit offres finales a 17h, il est 16h52

# wish: feeling plus a colour or brightness request
fr wish n c=purple;navy b=dim | Les tirs au but commencent, mets du violet et du bleu nuit, tamisé.
+ en wish n c=purple;navy b=dim | Penalties are starting, put on purple and midnight blue, dimmed.
en wish n c=indigo | Last episode, the killer's about to be revealed. Just indigo, please.
+ fr wish n c=indigo | Dernier épisode, on va savoir qui est le tueur. Juste de l'indigo, s'il te plaît.
fr wish n b=dim | On attend l'appel du jury de l'école de cirque, baisse tout, je n'en peux plus.
+ en wish n b=dim | Waiting for the circus school panel to call, turn everything down, I can't stand it.
en wish n c=violet;cyan | Countdown to the Ariane launch on the big screen, violet with a touch of cyan.
+ fr wish n c=violet;cyan | Compte à rebours du lancement d'Ariane sur grand écran, du violet avec une touche de cyan.
fr wish h c=navy;purple b=dim | Prolongations en finale de la Coupe Grey, bleu nuit et violet, lumière basse.
+ en wish h c=navy;purple b=dim | Grey Cup final in overtime, navy and purple, lights low.

# explicit: the feeling named
fr explicit n | Je suis suspendue à ses lèvres, qu'il le dise, ce résultat.
+ en explicit n | I'm hanging on his every word, just say the result already.
en explicit h | The suspense is actually killing me.
+ fr explicit h | Le suspense va vraiment me tuer.
fr explicit n | Je suis en haleine depuis le début de l'épisode.
+ en explicit n | I've been on tenterhooks since the start of the episode.
fr explicit l | Petite attente fébrile, rien de grave, mais j'ai hâte de savoir.
+ en explicit l | A bit of a jittery wait, nothing serious, but I can't wait to know.

# one_word and intensity
fr one_word n | Alors, verdict ?
+ en one_word n | Well? Verdict?
en intensity h | Unbearable. Last shot. Whole arena's silent.
+ fr intensity h | Insoutenable. Dernier tir. Toute la patinoire se tait.
fr intensity l | Un tout petit suspense : qui aura la dernière part de tarte ?
+ en intensity l | A tiny bit of suspense: who gets the last slice of pie?

# near the border with inquietude
fr situation n | Rien de grave en jeu, juste le concours de photo du journal, mais les résultats sont en page 12 et je tourne les pages.
+ en situation n | Nothing serious at stake, just the paper's photo contest, but the results are on page 12 and I'm turning pages.
en situation n | It's only a footy tipping comp, but it all comes down to tonight's last kick.
+ fr situation n | C'est juste un concours de pronostics entre potes, mais tout se joue sur le dernier coup de pied de ce soir.
fr situation n | Le gâteau de mariage tient-il sur trois étages ? Le pâtissier retire le dernier support.
+ en situation n | Will the wedding cake hold on three tiers? The baker's pulling out the last support.
fr situation l | La course de canards sur la rivière, le mien est coincé contre une branche, et il reste cent mètres.
+ en situation l | Duck race on the river, mine's stuck against a branch, with a hundred metres to go.
en situation n | No worries, everything's fine; we're just waiting for the next scan to find out if it's a boy or a girl.
+ fr situation n | Pas d'inquiétude, tout va bien ; on attend juste de savoir à la prochaine écho si c'est une fille ou un garçon.
fr situation n | Le magicien de la fête de quartier demande à mon fils de tirer la nappe. Tout le service va rester ?
+ en situation n | The street-party magician asks my son to pull the tablecloth. Will all the dishes stay put?

# near the border with panique
fr situation n | Ce n'est pas une urgence, c'est le dernier fil à couper dans l'escape game, rouge ou bleu.
+ en situation n | It's not an emergency, it's the last wire to cut in the escape room, red or blue.
en situation n | The haunted house ride's stopped in the dark on purpose, and we're waiting for whatever comes next.
+ fr situation n | Le train fantôme s'est arrêté dans le noir exprès, et on attend ce qui va surgir.
fr situation n | Le wagon des montagnes russes de La Ronde grimpe, clic, clic, clic, et la descente arrive.
+ en situation n | The roller coaster car at La Ronde is climbing, click, click, click, and the drop's coming.
fr situation l | Dans le film, le héros coupe le fil, le minuteur affiche 00:03. On est collés au canapé.
+ en situation l | In the film the hero cuts the wire, the timer says 00:03. We're stuck to the sofa.
en situation n | Bungee jump at Kawarau Bridge, my girlfriend's on the edge and the guy's counting from five.
+ fr situation n | Saut à l'élastique au pont de Kawarau, ma copine est au bord et le moniteur compte à partir de cinq.

# near the border with euphorie
fr situation n | Toute la fan zone est prête à exploser, mais la VAR vérifie encore le but.
+ en situation n | The whole fan zone is ready to explode, but VAR is still checking the goal.
en situation n | Champagne's on ice and the party's ready, but the last votes on the new stadium name aren't in yet.
+ fr situation n | Le champagne est au frais et la fête est prête, mais les derniers votes pour le nom du nouveau stade ne sont pas arrivés.
fr situation n | Les copains ont les confettis en main, mais le DJ n'a pas encore dit quel couple gagne le concours de danse.
+ en situation n | My friends have the confetti ready, but the DJ hasn't said which couple won the dance-off yet.
fr situation l | Les cotillons sont sur la table, mais mon frère n'a pas encore dit si elle a dit oui.
+ en situation l | The party poppers are on the table, but my brother hasn't told us if she said yes.
en situation n | Whole pub's got pints raised, but the ball's still rolling towards the line. Don't drop the lights yet.
+ fr situation n | Tout le pub a la pinte levée, mais le ballon roule encore vers la ligne. Ne change pas encore la lumière.

# near the border with curiosite
fr situation n | Je ne veux pas comprendre comment ça marche, je veux juste savoir si le tour de magie va rater.
+ en situation n | I don't want to know how it works, I just want to know if the magic trick's going to fail.
en situation n | Not interested in how they built the bridge, I'm just waiting to see if the last section lifts into place. Match the lights to that.
+ fr situation n | Comment ils ont conçu le pont, ça m'est égal ; j'attends de voir si la dernière travée se pose bien. Accorde la lumière à ça.
fr situation n | Pas besoin d'analyser le match, il reste vingt secondes et la balle est au milieu.
+ en situation n | No need to analyse the game, twenty seconds left and the ball's in midfield.
fr situation l | Je me fiche de l'intrigue, c'est la dernière page qui compte : le commissaire ouvre la porte.
+ en situation l | I don't care about the plot, it's the last page that matters: the inspector opens the door.
en situation n | I'm not researching anything, I'm just watching the bidding on my grandad's painting climb.
+ fr situation n | Je ne fais aucune recherche, je regarde juste l'enchère sur le tableau de papi grimper.

# near the border with victoire
fr situation n | On mène d'un point, mais l'adversaire a encore un dernier tir au buzzer. Pas encore gagné.
+ en situation n | We're up by one, but they've got one last shot at the buzzer. Not won yet.
en situation n | Finished the marathon, but we're still waiting to see if I made the Boston qualifying time.
+ fr situation n | Marathon fini, mais on attend encore de voir si j'ai le temps de qualification pour Boston.
fr situation l | J'ai posé mon dernier mot au Scrabble, mais ma mère compte ses lettres. Elle peut encore passer devant.
+ en situation l | I've played my last Scrabble word, but Mum's counting her tiles. She could still overtake me.
fr situation n | Mon gâteau est fini et présenté, mais les juges du concours n'ont pas encore goûté le dernier. Ambiance tendue, s'il te plaît.
+ en situation n | My cake's done and plated, but the judges haven't tasted the last one yet. Tense mood, please.

# more negation, mixed, slang and typo
fr negation n | Je ne panique pas, je regarde juste la dernière carte du blackjack se retourner.
+ en negation n | I'm not panicking, I'm just watching the last blackjack card turn over.
en negation n | Not sad it's ending, just can't breathe till I know who wins the bake-off.
+ fr negation n | Pas triste que ça se termine, juste en apnée tant que je ne sais pas qui gagne le concours de pâtisserie.
fr negation l | Pas de quoi s'énerver, c'est juste que l'arbitre vidéo prend son temps et que le score en dépend.
+ en negation l | Nothing to get angry about, it's just the video ref taking his time and the score depends on it.
en negation n | Not excited yet. The envelope from the casting agency is still sealed on the table.
+ fr negation n | Pas encore d'excitation. L'enveloppe de l'agence de casting est toujours fermée sur la table.
fr mixed n | Un peu gêné d'être debout sur ma chaise, mais surtout suspendu au dernier lancer de fléchettes.
+ en mixed n | A bit embarrassed to be standing on my chair, but mostly hanging on the last dart.
en mixed l | Bit cold at the bonfire, but nobody's leaving until we see if the Guy catches.
+ fr mixed l | Un peu froid près du feu de joie, mais personne ne part avant de voir si l'effigie s'enflamme.
fr mixed n | Contente de ma soirée, mais là je ne respire plus : ma copine tire le dernier numéro de la tombola.
+ en mixed n | Happy with my night, but now I can't breathe: my friend's drawing the last raffle number.
en mixed n | A little nostalgic at the school reunion, but mostly on edge: they're announcing the class photo quiz winner.
+ fr mixed n | Un peu nostalgique à la réunion d'anciens élèves, mais surtout sur les nerfs : ils annoncent le gagnant du quiz des photos de classe.
fr slang_emoji n | le livreur est dans ma rue sur l'appli 📍📦 il s'arrête ou il passe 😬
+ en slang_emoji n | delivery guy's on my street on the app 📍📦 is he stopping or driving past 😬
en slang_emoji h | extra time in the Matildas game and i've chewed off every nail 😭⚽
+ fr slang_emoji h | prolongations du match des Matildas et j'ai plus un ongle 😭⚽
fr typo n | mon pere tente le dernier trou en un au minigolf, tt le monde regarde, jrespire plu
+ en typo n | my dad's goin for the last hole in one at minigolf, everyones watchin, cant breath
en typo l | waitin for the bus driver to say if my 20 note is ok, queue behind me lol
+ fr typo l | jattend ke le chauffeur accepte mon billet de 20, y a la queue derriere lol
"""

"""suspense: third wave, triads with panique and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Le soufflé est au four devant les invités, plus que deux minutes : montera, montera pas ?
+ en situation n | The soufflé's in the oven with the guests watching, two minutes left: will it rise or not?

# triad 02
fr situation n | Au marché de Noël, on tire la tombola du gros panier garni et mon fils serre son ticket.
+ en situation n | At the Christmas market they're drawing the raffle for the big hamper, and my son's clutching his ticket.

# triad 03
en situation n | Last lap of the go-karts, I'm braking as late as I dare to overtake my brother.
+ fr situation n | Dernier tour de karting, je freine le plus tard possible pour doubler mon frère.

# triad 04
fr situation n | Le bac, je l'ai, reste à savoir si c'est avec mention : la page se charge.
+ en situation n | I know I've passed, the only question is whether it's with honours: the page is loading.

# triad 05
fr situation n | Les contractions sont régulières, en route pour la maternité : fille ou garçon, on n'a pas voulu savoir !
+ en situation n | Contractions are regular, we're off to the maternity ward: girl or boy, we chose not to find out!

# triad 06
en situation n | At the dog show, the judge is walking towards our dog with the first-prize rosette in his hand.
+ fr situation n | Au concours canin, le juge s'approche de notre chien, la rosette du premier prix à la main.

# triad 07
fr situation n | À l'embarquement, l'hôtesse appelle les passagers surclassés en affaires, elle en est à la lettre M.
+ en situation n | At the gate the agent is calling out the passengers upgraded to business, she's up to the letter M.

# triad 08
fr situation n | Enchère en ligne : mon offre tient toujours et le compte à rebours affiche dix secondes.
+ en situation n | Online auction: my bid is still the highest and the countdown says ten seconds.

# triad 09
en situation n | Camera on the tripod, we're watching the storm from the hill: will the next bolt land in the frame?
+ fr situation n | Appareil sur le trépied, on guette l'orage depuis la colline : le prochain éclair tombera-t-il dans le cadre ?

# triad 10
fr situation n | Billetterie du concert à 10 h pile : sur mon téléphone, je suis 2 340e dans la file.
+ en situation n | Concert tickets at 10 sharp: on my phone I'm number 2,340 in the queue.

# triad 11
fr situation n | Concours des balcons fleuris : le jury s'arrête devant chez le voisin du dessous, puis lève les yeux vers nous.
+ en situation n | Best balcony contest: the judges stop at the downstairs neighbour's, then look up at ours.

# triad 12
en situation n | Sea swimming race: my son and another boy are neck and neck before the finish buoy.
+ fr situation n | Course de nage en mer : mon fils et un autre garçon sont au coude à coude avant la bouée d'arrivée.

# triad 13
fr situation n | Au sommet, on attend que le brouillard se lève : verra-t-on le mont Blanc ou pas ?
+ en situation n | At the summit we're waiting for the fog to lift: will we get to see Mont Blanc or not?

# triad 14
fr situation n | Ouverture du site à minuit pile, toute l'équipe fixe le compteur : qui sera le premier client ?
+ en situation n | The site opens at midnight sharp, the whole team is staring at the counter: who'll be the first customer?

# triad 15
en situation n | At the wedding they're drawing lots for which table opens the dancing: ours or the witnesses'?
+ fr situation n | Au mariage, on tire au sort la table qui ouvre le bal : la nôtre ou celle des témoins ?

# triad 16
fr situation n | Mon père passe le code à soixante-cinq ans, on attend devant le centre qu'il sorte avec son score.
+ en situation n | Dad's taking the driving theory test at sixty-five, and we're waiting outside for his score.

# triad 17
fr situation n | À l'école, la maîtresse va annoncer qui joue le rôle principal du spectacle, ma fille croise les doigts.
+ en situation n | The teacher is about to announce who gets the lead in the school play, my daughter's fingers are crossed.

# triad 18
en situation n | Murder mystery night at home: the lights come back on any second and we'll see who the victim is.
+ fr situation n | Soirée enquête à la maison : les lumières vont se rallumer et on va découvrir qui est la victime.

# triad 19
fr situation n | Escape game : plus que quatre-vingt-dix secondes, Léa tape le dernier code sur le cadenas.
+ en situation n | Escape room: ninety seconds left, Léa is punching the last code into the padlock.

# triad 20
fr situation n | Concours de pâtisserie du quartier : le jury croque dans le biscuit de mon fils, on attend la note.
+ en situation n | Neighbourhood baking contest: the judges bite into my son's biscuit, and we're waiting for the score.

# triad 21
en situation n | Rally day: my brother's car is second before the final timed stage, we're waiting for his time.
+ fr situation n | Jour de rallye : la voiture de mon frère est deuxième avant la dernière spéciale, on attend son chrono.

# triad 22
fr situation n | Ma fille retient son souffle sous l'eau pour battre le record de son frère : quarante secondes, quarante et une...
+ en situation n | My daughter's holding her breath underwater to beat her brother's record: forty seconds, forty-one...

# triad 23
fr situation n | Course de canards en plastique sur la rivière : le mien est deuxième, à dix mètres du pont.
+ en situation n | Rubber duck race on the river: mine's in second place, ten metres from the bridge.

# triad 24
en situation n | The letter from the prize draw has arrived, we're opening it: holiday or just a voucher?
+ fr situation n | La lettre du jeu concours est arrivée, on l'ouvre : voyage ou simple bon d'achat ?

# triad 25
fr situation n | Les lumières s'éteignent, un compte à rebours géant s'affiche au-dessus de la scène : dix, neuf, huit...
+ en situation n | The lights go out and a giant countdown appears above the stage: ten, nine, eight...

# triad 26
fr situation n | Pari avec ma sœur : le chat va-t-il entrer dans le carton ? Il tourne autour depuis cinq minutes.
+ en situation n | Bet with my sister: will the cat get into the box? He's been circling it for five minutes.

# triad 27
en situation n | Sledge race with the cousins: we're sliding side by side and the finish line is just past the bump.
+ fr situation n | Course de luge entre cousins : on glisse côte à côte, et l'arrivée est juste après la bosse.

# triad 28
fr situation n | Tirage du Père Noël secret au bureau : on pioche les papiers un par un, qui va tomber sur le patron ?
+ en situation n | Secret Santa draw at the office: we're picking names one by one, who's going to get the boss?

# triad 29
fr situation n | Échographie : le médecin tourne l'écran vers nous, on a parié avec ma sœur sur des jumeaux.
+ en situation n | Scan day: the doctor is turning the screen towards us, and my sister and I have a bet on twins.

# triad 30
en situation n | Orienteering in the forest: we're hunting for the last marker and the other teams are right behind us.
+ fr situation n | Course d'orientation en forêt : on cherche la dernière balise, et les autres équipes sont sur nos talons.

# triad 31
fr situation n | Le petit fait sauter sa première crêpe, elle monte, elle tourne... retombera-t-elle dans la poêle ?
+ en situation n | The little one is flipping his first pancake, up it goes, it turns... will it land back in the pan?

# triad 32
fr situation l | Mon fils de six ans compte les wagons du train de marchandises, il a parié qu'il y en aurait cinquante.
+ en situation l | My six-year-old is counting the wagons on the freight train, he's bet there'll be fifty.

# triad 33
en situation n | Sea fishing: my rod suddenly bends double, something big has bitten, I'm reeling in slowly.
+ fr situation n | Pêche en mer : ma canne plie d'un coup, un gros poisson a mordu, je mouline tout doucement.

# triad 34
fr situation n | On a refait l'électricité nous-mêmes, on remonte le disjoncteur : la lumière va-t-elle s'allumer ?
+ en situation n | We redid the wiring ourselves, now we flip the breaker back up: will the light come on?

# triad 35
fr situation n | Soutenance finie, le jury délibère derrière la porte : on attend de savoir quelle mention j'aurai.
+ en situation n | Defence over, the panel is deliberating behind the door: we're waiting to hear which distinction I'll get.

# triad 36
en situation n | Grandma's playing bingo at the club, she needs one more number, and the caller is reaching into the bag.
+ fr situation n | Mamie joue au loto du club, il lui manque un seul numéro, l'animatrice plonge la main dans le sac.

# triad 37
fr situation n | Tirage au dîner de l'hôtel pour une nuit gratuite en suite, et on fait partie des deux derniers couples.
+ en situation n | Hotel dinner draw for a free night in the suite, and we're one of the last two couples.

# triad 38
fr situation h | Derby, 1-1 à la 90e, penalty pour nous, et notre capitaine pose le ballon.
+ en situation h | Derby, 1-1 in the 90th minute, penalty to us, and our captain is placing the ball.

# triad 39
en situation n | Village barbecue contest: the judges are tasting our ribs, we're waiting for the verdict.
+ fr situation n | Concours de barbecue du village : le jury goûte nos côtes de porc, on attend le verdict.

# triad 40
fr situation l | Première récolte de notre ruche : on pèse les cadres, combien de kilos de miel cette année ?
+ en situation l | First harvest from our hive: we're weighing the frames, how many kilos of honey this year?

# triad 41
fr situation n | Téléchargement du jeu à 99 %, et les serveurs ouvrent dans une minute.
+ en situation n | Game download at 99 percent, and the servers open in one minute.

# triad 42
en situation n | School bike race: my son and his best friend are sprinting for the line side by side.
+ fr situation n | Course de vélo de l'école : mon fils et son meilleur ami sprintent côte à côte vers la ligne.

# triad 43
fr situation n | Premier rendez-vous : il m'a promis une surprise au dessert, et le serveur arrive avec un plateau couvert.
+ en situation n | First date: he promised me a surprise at dessert, and the waiter's coming over with a covered tray.

# triad 44
fr situation h | Saut en tandem : la porte de l'avion s'ouvre, le moniteur compte jusqu'à trois...
+ en situation h | Tandem skydive: the plane door slides open, the instructor starts counting to three...

# triad 45
en situation n | Safari: the guide cuts the engine, and we wait in silence for the lion to leave the tall grass.
+ fr situation n | Safari : le guide coupe le moteur, on attend en silence que le lion sorte des hautes herbes.

# triad 46
fr situation n | Soirée électorale : 19 h 59, le visage du vainqueur s'affiche dans une minute.
+ en situation n | Election night: 7:59 pm, the winner's face comes up on screen in one minute.

# triad 47
fr situation n | Au labo, on lance la dernière mesure : si le pic apparaît sur l'écran, on tient notre découverte.
+ en situation n | In the lab we're running the final measurement: if the peak shows up on screen, we've got our discovery.

# triad 48
en situation n | My teammate steps up for the last free throw, and we're level on points.
+ fr situation n | Mon coéquipier s'avance pour le dernier lancer franc, et on est à égalité.

# triad 49
fr slang_emoji n | la baby-sitter nous envoie un live : le petit lâche le canapé, il va faire son premier pas ?? 👀👀
+ en slang_emoji n | babysitter's sending us a live video: the little one's letting go of the sofa, first step coming?? 👀👀

# triad 50
fr situation l | Mon fils a perdu sa première dent, il soulève l'oreiller pour voir ce que la petite souris a laissé.
+ en situation l | My son lost his first tooth, and he's lifting the pillow to see what the tooth fairy left.

# triad 51
en situation n | Moving day: we're pushing the sofa up the narrow stairs, will it make the turn on the second floor?
+ fr situation n | Déménagement : on monte le canapé dans l'escalier étroit, passera-t-il le virage du deuxième ?

# triad 52
fr situation n | Au baptême, le parrain va enfin révéler le deuxième prénom, gardé secret jusqu'ici.
+ en situation n | At the christening the godfather is finally about to reveal the middle name, kept secret until now.

# triad 53
fr situation n | Chez le notaire, on attend la lecture du testament de la grand-tante : qui aura la maison de la plage ?
+ en situation n | At the solicitor's we're waiting for my great-aunt's will to be read: who'll get the beach house?

# triad 54
en situation n | Giant pumpkin contest in the village: the scales are going crazy and we're waiting for the number.
+ fr situation n | Concours de la plus grosse citrouille du village : la balance s'affole, on attend le chiffre.

# triad 55
fr situation n | Foire agricole : le jury va désigner le plus beau taureau, et le nôtre est parmi les trois derniers.
+ en situation n | Agricultural show: the judges are about to pick the best bull, and ours is in the final three.

# triad 56
fr situation n | Fin du Téléthon du village : l'animateur va annoncer si on a dépassé les dix mille euros.
+ en situation n | End of the village charity marathon: the host is about to say whether we've passed ten thousand euros.

# triad 57
en situation n | Battle of the bands: we're on stage with the other two finalists and the jury is opening the envelope.
+ fr situation n | Tremplin rock : on est sur scène avec les deux autres finalistes, et le jury ouvre l'enveloppe.

# triad 58
fr situation n | Fin de saison : l'inspectrice tire la capuche du tueur, on va enfin voir son visage.
+ en situation n | Season finale: the detective pulls back the killer's hood, we're finally going to see his face.

# triad 59
fr situation n | Nuit blanche pour le lancement de la fusée en direct : plus que dix secondes au compte à rebours.
+ en situation n | Up all night for the live rocket launch: ten seconds left on the countdown.

# triad 60
en situation n | Waiters' race through the old town: my uncle's tray is still steady, fifty metres to go.
+ fr situation n | Course des garçons de café en ville : le plateau de mon oncle tient encore, plus que cinquante mètres.

# triad 61
fr situation n | Le centre commercial fait gagner une voiture, on attend le tirage devant l'estrade, ticket en main.
+ en situation n | The shopping centre is giving away a car, and we're waiting for the draw by the stage, ticket in hand.

# triad 62
fr situation n | Quiz dans le car de la colo : dernière question, les deux équipes sont à égalité.
+ en situation n | Quiz on the summer camp coach: last question, and the two teams are level.

# triad 63
en situation n | Last kilometre of the stage, our local rider is alone in front with ten seconds to spare.
+ fr situation n | Dernier kilomètre de l'étape, notre coureur régional est seul en tête avec dix secondes d'avance.

# triad 64
fr situation n | Le petit est au bord du grand plongeoir pour la première fois, tout le monde compte jusqu'à trois.
+ en situation n | The little one is on the edge of the high board for the first time, and everyone's counting to three.

# triad 65
fr situation n | On retire la bâche de l'échafaudage : les clients vont enfin découvrir leur façade refaite.
+ en situation n | We're pulling the sheet off the scaffolding: the clients are about to see their new front for the first time.

# triad 66
en situation n | Slalom final: one skier left to go, and she has to beat my sister's time to win.
+ fr situation n | Finale du slalom : il reste une skieuse, et elle doit battre le temps de ma sœur pour gagner.

# triad 67
fr situation n | Dernier obstacle du parcours, ma fille est sans faute, le cheval prend son élan...
+ en situation n | Last fence of the round, my daughter hasn't had a single fault, the horse is taking off...

# triad 68
fr situation n | Ma vidéo est à 998 000 vues, on fixe le compteur pour voir passer le million.
+ en situation n | My video's on 998,000 views, and we're staring at the counter to watch it hit a million.

# triad 69
en situation n | Bastille Day fireworks: the sky has been dark for ten seconds and we're waiting for the grand finale.
+ fr situation n | Feu d'artifice du 14 juillet : le ciel est noir depuis dix secondes, on attend le bouquet final.

# triad 70
fr situation n | Matin de Noël, les enfants déchirent le papier du plus gros paquet sous le sapin, on guette leur tête.
+ en situation n | Christmas morning, the kids are tearing the paper off the biggest present under the tree, and we're watching their faces.

# triad 71
fr situation n | Agility au club : le berger allemand du voisin attaque le dernier obstacle, chrono à égalité avec le nôtre.
+ en situation n | Agility at the club: the neighbour's German shepherd takes on the last jump, level on time with ours.

# triad 72
en situation l | Motorway to the coast: we've bet on our arrival time, and the sat nav keeps flicking between 6:02 and 6:05.
+ fr situation l | Autoroute des vacances : on a parié sur l'heure d'arrivée, et le GPS hésite entre 18h02 et 18h05.

# triad 73
fr situation n | À la fête foraine, mon fils tire à la carabine pour gagner le gros nounours : dernier plomb.
+ en situation n | At the fair my son is at the rifle stall trying for the giant teddy: last pellet.

# triad 74
fr situation l | Canicule : le record de chaleur est-il battu ? On attend le bulletin de 20 h, un resto en jeu.
+ en situation l | Heatwave: has the heat record fallen? We're waiting for the 8 pm forecast, with a dinner out riding on it.

# triad 75
en situation n | We're waiting outside the driving school for my sister: thumbs up or thumbs down?
+ fr situation n | On attend ma sœur devant l'auto-école à la sortie de l'examen : pouce levé ou pas ?

# triad 76
fr situation n | Le critique du guide goûte notre plat signature, toute la brigade l'observe par le passe.
+ en situation n | The guidebook critic is tasting our signature dish, and the whole kitchen crew is watching through the pass.

# triad 77
fr typo n | premiere friture du petit, il plonge les beignets dans l huile, on va voir si ils gonflent
+ en typo n | little one's frist go at frying, he's dropping the doughnuts in the oil, lets see if they puff up

# triad 78
fr typo n | course de radeaux sur la riviere, on est 2e et ca prend l eau, on passe la ligne ou pas ?
+ en typo n | raft race on the river, were second and takin on water, do we make the line or not?

# triad 79
fr mixed n | Un peu gelée, mais surtout sur des charbons ardents : la cordée arrive au sommet, planteront-ils le drapeau ?
+ en mixed n | A bit frozen, but mostly on tenterhooks: the rope team is nearing the summit, will they plant the flag?

# triad 80
fr mixed n | Crevé après ma garde, mais tenu en haleine : la petite se met debout, va-t-elle lâcher la table ?
+ en mixed n | Shattered after my shift, but on the edge of my seat: she's standing, will she let go?

# triad 81
en slang_emoji n | cooking show final, both chefs plating up, 10 seconds on the clock 👀🍳 who's taking it
+ fr slang_emoji n | finale de l'émission de cuisine, les deux chefs dressent, 10 secondes au chrono 👀🍳 qui va gagner

# triad 82
fr slang_emoji n | les gosses ont parié sur la couleur de la 100e voiture qu'on croise sur l'autoroute, on en est à 98 😂👀
+ en slang_emoji n | kids bet on the colour of the 100th car we pass on the motorway, we're at 98 😂👀
"""

"""suspense: third wave, minimal pairs with inquietude (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Les résultats du vote du public arrivent lundi, et ma sœur est encore dans les deux derniers.
+ en situation n | The public vote results come on Monday, and my sister is still in the final two.

# pair 02
fr situation n | Le téléphone doit sonner à vingt heures pile : la radio appelle le gagnant du voyage parmi cinq finalistes, dont moi.
+ en situation n | The phone is due to ring at eight sharp: the radio station is calling the trip winner out of five finalists, me included.

# pair 03
fr situation n | Mon fils fait sa première course de karting, il est deuxième à un tour de l'arrivée et colle le premier.
+ en situation n | My son's doing his first go-kart race, he's second with one lap to go and right on the leader's tail.

# pair 04
fr situation n | L'enveloppe est sur le pupitre, la présentatrice la décachette lentement devant les cinq nommés.
+ en situation n | The envelope is on the lectern, the host is slowly tearing it open in front of the five nominees.

# pair 05
fr situation n | On attend le jury dans le couloir depuis une heure, la délibération du concours de pâtisserie devait durer dix minutes.
+ en situation n | We've been waiting in the corridor for the judges for an hour, and the baking contest deliberation was meant to take ten minutes.

# pair 06
fr situation n | Mon fils tente la transformation de la dernière minute au match de rugby, le ballon tourne en l'air vers les poteaux.
+ en situation n | My son is taking the last-minute conversion at the rugby match, the ball is spinning through the air towards the posts.

# pair 07
fr situation n | Le jury rend son verdict lundi soir en direct, et ma cousine fait partie des trois derniers candidats.
+ en situation n | The judges give their verdict live on Monday evening, and my cousin is one of the last three contestants.

# pair 08
fr situation l | Le colis mystère à cinquante euros est arrivé, je coupe le scotch : carte graphique ou presse-papier ?
+ en situation l | The fifty-euro mystery box has arrived, I'm cutting the tape: graphics card or paperweight?

# pair 09
fr situation n | Le bébé lâche le bord de la table, toute la famille se tait : va-t-il faire son premier pas ou s'asseoir ?
+ en situation n | The baby lets go of the table edge and the whole family goes quiet: will he take his first step or sit down?

# pair 10
fr situation n | Les lauréats seront annoncés vendredi, et mon court-métrage est dans la liste des cinq finalistes.
+ en situation n | The winners will be announced on Friday, and my short film is on the list of five finalists.

# pair 11
fr situation l | Course de canards en plastique sur la rivière : le mien, le numéro 47, est à un mètre de l'arrivée, collé au 12.
+ en situation l | Rubber duck race on the river: mine, number 47, is a metre from the finish, neck and neck with number 12.

# pair 12
fr situation n | Papa joue jeudi la finale du tournoi de belote du village, la coupe trône sur le bar depuis un mois.
+ en situation n | Dad plays the final of the village card tournament on Thursday, the cup has been sitting on the bar for a month.

# pair 13
en situation l | The landlord announces the best balcony winner on Monday, and ours is in the final three.
+ fr situation l | Le propriétaire annonce lundi le gagnant du concours du plus beau balcon, et le nôtre est dans les trois derniers.

# pair 14
fr situation n | Ma fille de quinze ans lit la lettre du conservatoire en silence, sans rien laisser paraître, et nous on attend.
+ en situation n | My fifteen-year-old is reading the conservatoire's letter in silence, giving nothing away, and we're just waiting.

# pair 15
fr situation n | Le garagiste de l'émission tire lentement la bâche : la vieille 2CV restaurée va enfin apparaître.
+ en situation n | The show's mechanic is slowly pulling back the cover: the restored old 2CV is about to appear.

# pair 16
fr situation n | Je monte sur la balance pour la pesée finale du défi du club, il me faut trois cents grammes de moins que Karim.
+ en situation n | I step on the scales for the final weigh-in of the club challenge, I need to be three hundred grams lighter than Karim.

# pair 17
fr situation n | Le serveur du jeu ouvre à minuit, je suis quatrième dans la file et le compte à rebours affiche dix secondes.
+ en situation n | The game server opens at midnight, I'm fourth in the queue and the countdown shows ten seconds.

# pair 18
fr situation n | Mon frère attaque la dernière prise de la voie en finale d'escalade, il reste quatre secondes au chrono.
+ en situation n | My brother is going for the last hold on the route in the climbing final, with four seconds left on the clock.

# pair 19
fr typo n | le tirage de la tombola c dans 3 min et jai 6 tickets, jsuis collé a lestrade
+ en typo n | the raffle draw is in 3 min and ive got 6 tickets, im glued to the stage

# pair 20
fr situation n | Ma mère est au quiz télé, il lui reste la question à dix mille euros et elle hésite entre B et C.
+ en situation n | My mother is on the TV quiz, she's got the ten-thousand-euro question left and she's torn between B and C.

# pair 21
fr situation n | La banque tire au sort à midi le client qui gagne la voiture électrique, et mon bulletin est dans l'urne.
+ en situation n | The bank draws the customer who wins the electric car at noon, and my entry is in the box.

# pair 22
fr situation n | Dernier épisode de la série vendredi, et on saura enfin qui a poussé la prof du haut de la falaise.
+ en situation n | Last episode of the series on Friday, and we'll finally find out who pushed the teacher off the cliff.

# pair 23
fr situation l | Résultat du vote pour le nom de la nouvelle mascotte de la ville dimanche à 20 h, il reste deux propositions.
+ en situation l | The vote result for the town's new mascot name comes on Sunday at 8 p.m., and two options are left.

# pair 24
fr situation n | Le chien est en finale d'agility, plus qu'une haie, et le chrono affiche encore le meilleur temps.
+ en situation n | The dog is in the agility final, one jump left, and the clock is still showing the best time.

# pair 25
fr situation n | Les ouvriers cassent le mur où l'ancien proprio disait avoir caché un coffre, encore trois coups de masse.
+ en situation n | The builders are knocking down the wall where the old owner claimed he'd hidden a safe, three more blows of the sledgehammer.

# pair 26
fr situation n | Mon mari est en finale du concours de chili du quartier, et le jury goûte sa marmite en dernier.
+ en situation n | My husband is in the neighbourhood chili contest final, and the judges are tasting his pot last.

# pair 27
fr situation n | Orage au-dessus du club, la finale reprend à 5-5 dans le tie-break et tout le monde est resté sous la pluie.
+ en situation n | Storm over the club, the final restarts at 5-5 in the tie-break and everyone has stayed out in the rain.

# pair 28
en situation n | I sent my audition tape to the TV show, and they call the ones who've been picked today before six.
+ fr situation n | J'ai envoyé ma vidéo d'audition à l'émission, et ils appellent les sélectionnés aujourd'hui avant 18 h.

# pair 29
fr situation n | L'école annonce le prix du concours de dessin au spectacle de ce soir, et Théo fait partie des trois nommés.
+ en situation n | The school announces the drawing contest prize at tonight's show, and Théo is one of the three nominated.

# pair 30
fr situation n | Le bateau de papa et celui du voisin coupent la ligne presque ensemble, on attend la photo de l'arrivée.
+ en situation n | Dad's boat and the neighbour's cross the line almost together, and we're waiting for the finish photo.

# pair 31
fr situation n | Ma sœur révèle le prénom du bébé en ouvrant la porte, et toute la famille a parié dessus.
+ en situation n | My sister is revealing the baby's name as she opens the door, and the whole family has bet on it.

# pair 32
fr situation n | Le magicien a dit « votre carte est... », et il laisse un long silence, la main sur le paquet.
+ en situation n | The magician said "your card is..." and he's leaving a long silence, his hand on the deck.

# pair 33
fr situation n | Les noms des sélectionnés pour l'équipe régionale s'affichent jeudi à 18 h, Lucas rafraîchit la page depuis 17 h 50.
+ en situation n | The names picked for the regional team go up on Thursday at 6 p.m., and Lucas has been refreshing the page since 5:50.

# pair 34
fr situation l | Si le vent tombe avant 18 h, la finale de kitesurf a lieu ; on regarde la manche à air toutes les cinq minutes.
+ en situation l | If the wind drops before 6 p.m., the kitesurf final goes ahead; we're checking the windsock every five minutes.

# pair 35
fr situation n | Dernier tour de piste, ma fille est en tête du 1 500 m et la deuxième revient sur elle.
+ en situation n | Last lap of the track, my daughter is leading the 1,500 m and the runner in second is closing in.

# pair 36
fr situation n | Quatre heures dans la file virtuelle pour les places du concert, je suis à la position 212 et il en reste 300.
+ en situation n | Four hours in the online queue for the concert tickets, I'm at position 212 and there are 300 left.

# pair 37
fr situation n | Je lui ai avoué mes sentiments par message, elle a vu, et les trois petits points apparaissent et disparaissent.
+ en situation n | I told her how I feel by text, she's seen it, and the three little dots keep appearing and disappearing.

# pair 38
fr situation n | Le concours de feux d'artifice est fini, les deux villes ont tiré, le jury annonce la gagnante à minuit.
+ en situation n | The fireworks competition is over, both towns have fired their shows, and the judges announce the winner at midnight.

# pair 39
fr situation n | La lettre de l'université de Montréal est dans la boîte, ma fille attend que je sois là pour l'ouvrir.
+ en situation n | The letter from the University of Montreal is in the letterbox, and my daughter is waiting for me to be there before she opens it.

# pair 40
fr slang_emoji n | notre clip est à 998 000 vues, on rafraîchit toutes les dix secondes 👀👀
+ en slang_emoji n | our video's on 998,000 views, we're refreshing every ten seconds 👀👀

# pair 41
fr situation n | Dernier kilomètre du rallye, et dans le rétroviseur la voiture du leader grossit à chaque virage.
+ en situation n | Last kilometre of the rally, and in the mirror the leader's car gets bigger at every bend.

# pair 42
fr situation l | Le four à bois du concours de pizzas monte en température, le jury attend nos pizzas dans huit minutes.
+ en situation l | The wood-fired oven at the pizza contest is heating up, and the judges expect our pizzas in eight minutes.

# pair 43
fr situation n | Mon fils est en l'air pour le concours de précision, on fixe la cible : va-t-il poser le pied pile au centre ?
+ en situation n | My son is in the air for the accuracy contest, we're staring at the target: will he land right in the centre?

# pair 44
fr situation n | Le juge du concours canin passe une dernière fois entre les deux finalistes, et ma chienne est l'une d'elles.
+ en situation n | The dog show judge walks between the two finalists one last time, and my dog is one of them.

# pair 45
fr situation n | On saura demain qui remporte le prix de l'innovation, et mon équipe présente en dernier devant le jury.
+ en situation n | We'll find out tomorrow who wins the innovation award, and my team presents last to the panel.

# pair 46
fr situation n | Lancement du jeu à minuit, toute l'équipe fixe le compteur de précommandes : passera-t-on les dix mille ?
+ en situation n | The game launches at midnight, the whole team is staring at the pre-order counter: will we pass ten thousand?

# pair 47
fr situation n | Dernière scène du film de procès : les jurés reviennent dans la salle, le juge déplie le papier.
+ en situation n | Last scene of the courtroom film: the jurors come back in, the judge unfolds the paper.

# pair 48
fr situation n | Je tape le dernier chiffre du code du cadenas à l'escape game, il reste trente secondes au chrono.
+ en situation n | I type the last digit of the padlock code in the escape room, with thirty seconds left on the clock.

# pair 49
fr situation n | La neige tombe sur le stade, 1-1 à la 89e, corner pour nous et notre gardien monte.
+ en situation n | Snow falling on the pitch, 1-1 in the 89th minute, corner to us and our keeper is going up.

# pair 50
fr situation n | Mon soufflé du concours est au four, encore deux minutes, et le jury s'approche de la porte vitrée.
+ en situation n | My contest soufflé is in the oven, two more minutes, and the judges are coming over to the glass door.

# pair 51
fr situation n | Ma fille nage la finale du 50 m dos, elles touchent le mur ensemble et on attend le tableau.
+ en situation n | My daughter is swimming the 50 m backstroke final, they touch the wall together and we're waiting for the board.

# pair 52
fr situation l | Le chat tourne autour des deux gamelles depuis une minute, on a parié sur celle qu'il va choisir.
+ en situation l | The cat has been circling the two bowls for a minute, and we've bet on which one he'll pick.

# pair 53
en situation n | There's one piece of the 5,000-piece jigsaw missing, and we're lifting the very last sofa cushion.
+ fr situation n | Il manque une pièce du puzzle de 5 000, et on soulève le tout dernier coussin du canapé.

# pair 54
fr situation n | À l'embarquement, la compagnie tire au sort un surclassement : elle annonce le rang 12, et je suis en 12 B.
+ en situation n | At boarding the airline is drawing an upgrade: they call out row 12, and I'm in 12B.

# pair 55
fr situation n | L'ascenseur s'ouvre au trentième étage, c'est la porte de la salle d'escape game, le maître du jeu lance le chrono.
+ en situation n | The lift opens on the thirtieth floor at the escape-room door, and the game master starts the clock.

# pair 56
fr situation n | Les enchères montent à deux cents euros pour la vieille guitare, il reste dix secondes et je suis en tête.
+ en situation n | The bids are up to two hundred euros for the old guitar, ten seconds left and I'm in the lead.

# pair 57
fr situation n | Mon père est sur le plateau de « Slam », il lui manque un seul mot pour remplir la grille.
+ en situation n | Dad is on the set of the word-game show, and he's one word short of filling the grid.

# pair 58
fr situation n | Le résultat du jeu-concours de la maison de vacances est annoncé vendredi, et on a reçu le mail « vous êtes finaliste ».
+ en situation n | The holiday-home competition result is announced on Friday, and we got the "you're a finalist" email.

# pair 59
fr situation n | Le petit tire le dernier bâton du Mikado, tout le tas tremble et personne ne respire.
+ en situation n | The little one is pulling out the last Mikado stick, the whole pile is wobbling and nobody's breathing.

# pair 60
fr situation n | La mairie annonce ce soir le gagnant du concours des maisons illuminées, on est dans les trois derniers.
+ en situation n | The council announces tonight the winner of the best-lit house contest, and we're in the last three.

# pair 61
fr situation n | Le laboratoire du lycée va révéler laquelle des trois équipes a la fusée qui a volé le plus haut.
+ en situation n | The school lab is about to reveal which of the three teams has the rocket that flew highest.

# pair 62
fr situation n | Mon fils est au cinquième jour de l'émission de survie, et ce soir on saura s'il reste sur l'île.
+ en situation n | My son is on day five of the survival show, and tonight we'll find out if he stays on the island.

# pair 63
fr situation n | Tirage des chambres du voyage scolaire : chacun pioche un papier, et je veux être avec Inès.
+ en situation n | Room draw for the school trip: everyone picks a slip of paper, and I want to be with Inès.

# pair 64
fr typo n | mon pere a fait tapis au tournoi du club, ladversaire reflechit depuis 2 min, jen peux plus
+ en typo n | my dad went all in at the club tournament, the other guy has been thinking for 2 min, i cant take it

# pair 65
fr situation n | Le mail de la maison d'édition doit arriver avant midi : oui ou non pour mon roman, il est 11 h 55.
+ en situation n | The publisher's email is due before noon: yes or no for my novel, and it's 11:55.

# pair 66
fr situation n | La plus grosse citrouille de la foire va être pesée, la mienne et celle du voisin attendent sur la bascule.
+ en situation n | The biggest pumpkin at the fair is about to be weighed, mine and the neighbour's are waiting by the scales.

# pair 67
fr situation l | Les voisins ont parié avec nous sur le match de ce soir, 2-2, et il reste trois minutes d'arrêts de jeu.
+ en situation l | The neighbours bet with us on tonight's match, it's 2-2 and there are three minutes of stoppage time left.

# pair 68
fr situation n | Le déménageur soulève le piano sur la dernière marche du balcon, toute la rue regarde s'il passe par la fenêtre.
+ en situation n | The mover is lifting the piano up the last step onto the balcony, the whole street is watching to see if it fits through the window.

# pair 69
en situation n | The screen shows the scores, just the last judge's mark to come, and we need a 9 to win.
+ fr situation n | L'écran affiche le classement, il ne manque que la note du dernier juge, et il nous faut un 9 pour gagner.

# pair 70
fr situation n | Mon fils sort de sa chambre avec sa copie de bac blanc, il a dit qu'il annoncerait sa note au dîner.
+ en situation n | My son comes out of his room with his mock exam paper, and he says he'll announce his mark at dinner.

# pair 71
fr situation n | Le chef du chœur ouvre l'enveloppe du festival : le prix du public est pour… il tousse, boit un verre d'eau.
+ en situation n | The choir leader opens the festival envelope: the audience prize goes to... he coughs, has a sip of water.

# pair 72
fr situation n | Ma grand-mère joue la dernière carte du tarot de Noël, et tout dépend de son petit au bout.
+ en situation n | My grandmother is playing the last card of the Christmas tarot game, and everything depends on her last trick.

# pair 73
fr situation n | Les trois équipes ont présenté leur projet d'usine à robots, le jury du concours de sciences revient dans la salle.
+ en situation n | The three teams have presented their robot-factory projects, and the science fair judges are coming back into the room.

# pair 74
fr mixed n | Fier d'avoir fini le marathon, mais surtout je fixe l'écran : 3 h 00 ou 3 h 01, le temps officiel va tomber.
+ en mixed n | Proud to have finished the marathon, but mostly I'm staring at the screen: 3:00 or 3:01, the official time is about to come up.

# pair 75
fr situation n | Le compteur de la cagnotte de notre film est à 48 000 euros, il en faut 50 000 et il reste une heure.
+ en situation n | Our film's crowdfunding counter is at 48,000 euros, we need 50,000 and there's an hour to go.

# pair 76
fr situation n | Les bénévoles comptent les conserves de la collecte, si on passe la tonne on bat le record du quartier.
+ en situation n | The volunteers are counting the tins from the food drive, if we pass a tonne we beat the neighbourhood record.

# pair 77
fr situation l | Mes tomates sont sur la table du concours du plus beau légume, le jury soupèse la dernière.
+ en situation l | My tomatoes are on the table at the best vegetable contest, and the judges are weighing the last one in their hands.

# pair 78
fr negation n | Ce n'est pas l'angoisse qui m'empêche de dormir, c'est la finale demain à sept heures, je me refais tous les scénarios.
+ en negation n | It's not dread keeping me awake, it's the final tomorrow at seven, I keep running through every scenario.

# pair 79
fr situation n | Le prêtre fait une pause avant le « oui » de la mariée, elle regarde le marié et le silence dure.
+ en situation n | The priest pauses before the bride's "I do", she looks at the groom and the silence goes on.

# pair 80
fr situation n | Ma copine est en apnée pour battre le record du club, elle est sous l'eau depuis trois minutes quarante.
+ en situation n | My girlfriend is freediving to beat the club record, she's been under for three minutes forty.

# pair 81
en slang_emoji n | bro the Champions League draw is live, two balls left and it's us or Madrid 😬
+ fr slang_emoji n | frère le tirage de la Ligue des champions est en direct, plus que deux boules et c'est nous ou Madrid 😬

# pair 82
fr situation n | Sondage en direct à la fin du débat de l'asso, les deux listes sont à égalité, il reste quinze votes.
+ en situation n | Live poll at the end of the club's debate, both lists are tied with fifteen votes left.

# pair 83
fr situation n | Le cadeau de mes parents est caché sous le sapin, ils me font chercher avec un jeu de piste et il reste un indice.
+ en situation n | My parents' present is hidden under the tree, they've got me on a treasure hunt and there's one clue left.

# pair 84
fr situation n | Mon associé et moi attendons la réponse de l'investisseur, il nous a promis un oui ou un non avant la fin du café.
+ en situation n | My business partner and I are waiting for the investor's answer, he promised us a yes or a no before the end of coffee.

# pair 85
fr situation n | Plus que dix pages du polar, l'inspectrice entre dans la cave et la lampe clignote.
+ en situation n | Only ten pages of the thriller left, the detective walks into the cellar and the torch flickers.

# pair 86
fr situation l | Le camp scout de Léa finit par le grand jeu de nuit, son équipe est à deux balises de la victoire.
+ en situation l | Léa's scout camp ends with the big night game, and her team is two markers away from winning.

# pair 87
fr situation n | Mes enfants préparent leur spectacle de magie derrière le rideau, le lapin ne veut pas sortir du chapeau.
+ en situation n | My kids are getting their magic show ready behind the curtain, and the rabbit won't come out of the hat.

# pair 88
fr typo n | le toit du stade est ouvert sous la pluie, penalty pour nous a la derniere minute, jarrive pas a regarder
+ en typo n | the stadium roof is open in the rain, penalty to us in the last minute, i cant even look

# pair 89
fr situation n | Mes parents reviennent du casino de la croisière demain, et ils ont juste écrit : « devine combien on a gagné ».
+ en situation n | My parents come back from the cruise casino tomorrow, and all they've written is "guess how much we won".

# pair 90
fr situation n | La grue du jeu de la fête foraine descend sur la grosse peluche, il reste deux secondes à la manette.
+ en situation n | The claw machine at the funfair is coming down on the big plush toy, with two seconds left on the joystick.
"""

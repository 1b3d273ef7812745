"""suspense: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events (most frequent first):
# 01 exam results about to be published online
# 02 penalty shoot-out
# 03 season finale, cliffhanger of a series
# 04 lottery draw, scratch card
# 05 last minutes of a tied match
# 06 waiting for the call after a job interview
# 07 waiting for the text back from a crush, typing dots
# 08 pregnancy test, two minutes to wait
# 09 baby's sex revealed at the scan or gender reveal
# 10 a proposal, waiting for the yes
# 11 election night, results at eight
# 12 reality TV or talent show elimination
# 13 last pages of a thriller, whodunnit
# 14 horror film, something about to jump out
# 15 game show, final question
# 16 Eurovision and televised votes
# 17 bac, brevet, school results lists
# 18 university or Parcoursup admission answer
# 19 driving test, examiner writing the result
# 20 tennis tie-break, match point
# 21 VAR check on a goal
# 22 photo finish, horse race I bet on
# 23 poker all-in
# 24 online auction, last seconds
# 25 concert ticket queue
# 26 pub quiz tie-breaker
# 27 offer on a house, waiting for the seller
# 28 escape game, last minutes
# 29 final boss fight, last life in a video game
# 30 board game, decisive last turn
# 31 soufflé or cake in the oven, will it rise
# 32 opening an envelope, a present, a parcel
# 33 surprise party, hiding before the guest enters
# 34 cycling sprint finish
# 35 Formula 1 last lap
# 36 football transfer deadline day
# 37 buzzer beater in basketball
# 38 rugby last kick, conversion for the win
# 39 race entry lottery, bib draw
# 40 contest jury deliberating
# 41 televised trial verdict
# 42 awards ceremony, envelope opened
# 43 plot twist coming, true crime podcast
# 44 waiting for the next episode or book
# 45 cup draw, Champions League draw
# 46 class lists posted at the school gate
# 47 team selection list, squad announcement
# 48 audition callback
# 49 scholarship or grant decision
# 50 parcel out for delivery
# 51 fishing, something biting
# 52 decisive dice roll
# 53 coin toss
# 54 rocket launch countdown
# 55 weigh-in after months of diet
# 56 sports draft, being picked for a team
# 57 publisher's answer on a manuscript
# 58 magic trick, the card revealed
# 59 blind date, waiting for them to walk in
# 60 judges' scores in gymnastics or skating
# 61 musical chairs, last round
# 62 raffle, tombola draw
# 63 referendum or council vote count
# 64 promotion announced at the meeting
# 65 bingo, one number missing
# 66 chess clock running out
# 67 hide and seek, steps coming closer
# 68 grades handed back one by one
# 69 dating app, will it be a match
# 70 a cliffhanger in a live stream or sports stream buffering
#
# 01 exam results
fr situation n | Résultats du partiel en ligne à 14 h, je rafraîchis la page toutes les dix secondes.
+ en situation n | Exam results go up at 2 pm and I'm hitting refresh every ten seconds.
fr situation n | Les notes tombent ce soir, le site de la fac rame déjà.
+ en situation n | Grades are coming out tonight and the uni website's already crawling.
# 02 penalty shoot-out
fr situation h | Tirs au but, dernier tireur, s'il marque on passe.
+ en situation h | Penalties, last kicker, if he scores we're through.
fr situation h | Séance de penaltys en finale, tout le salon est debout.
+ en situation h | Shoot-out in the final and the whole living room's on its feet.
# 03 season finale
fr situation n | Dernier épisode de la saison, on va enfin savoir qui est le traître. Lumières tamisées, merci.
+ en situation n | Season finale, we're finally going to find out who the traitor is. Dim the lights, please.
fr situation n | L'épisode s'arrête pile sur le coup de feu, et la suite c'est la semaine prochaine !
+ en situation n | The episode cuts off right on the gunshot and the next one's not till next week!
# 04 lottery, scratch card
fr situation n | Le tirage de l'Euromillions commence, mon ticket est devant moi.
+ en situation n | EuroMillions draw is starting, ticket's right here in front of me.
fr situation n | J'ai déjà trois numéros sur cinq, la quatrième boule roule encore.
+ en situation n | I've got three numbers out of five so far, the fourth ball's still rolling.
# 05 tied match, last minutes
fr situation h | Un partout, temps additionnel, corner pour nous.
+ en situation h | One-all, stoppage time, and we've got a corner.
fr situation n | Égalité à deux minutes de la fin du match de hockey, ça se joue à rien.
+ en situation n | Tied with two minutes left in the hockey game, it could go either way.
# 06 call after a job interview
fr situation n | La recruteuse doit me rappeler avant midi pour me dire si j'ai le poste.
+ en situation n | The recruiter's calling before noon to say whether I got the job.
fr situation n | Dernier entretien passé, ils choisissent entre moi et une autre candidate aujourd'hui.
+ en situation n | Final interview done, they're picking between me and one other candidate today.
# 07 text back from a crush
fr situation n | Elle écrit... elle arrête... elle réécrit. Je fixe mon écran.
+ en situation n | She's typing... she stopped... she's typing again. I'm glued to my screen.
fr slang_emoji n | jlui ai proposé un resto y a 10 min, toujours vu 👀
+ en slang_emoji n | asked him out to dinner 10 min ago, still on seen 👀
# 08 pregnancy test
fr situation n | Le test est posé sur le lavabo, encore une minute avant de regarder.
+ en situation n | The test's on the edge of the sink, one more minute before we look.
fr situation n | On a mis le minuteur sur trois minutes et on se tient la main devant le test.
+ en situation n | We've set the timer for three minutes and we're holding hands in front of the test.
# 09 baby's sex
fr situation n | L'échographiste tourne l'écran : « Alors, vous voulez savoir ? »
+ en situation n | The sonographer turns the screen round: "So, do you want to know?"
fr situation n | Gender reveal dans le jardin, mon beau-frère va percer le ballon.
+ en situation n | Gender reveal in the garden, my brother-in-law's about to pop the balloon.
# 10 proposal
fr situation h | Mon pote est à genoux avec la bague, elle a les mains sur la bouche et dit rien.
+ en situation h | My mate's on one knee with the ring, she's covering her mouth, not a word yet.
fr situation n | Je fais ma demande ce soir au dessert, la bague est dans ma poche.
+ en situation n | I'm proposing tonight over dessert, the ring's in my pocket.
# 11 election night
fr situation n | Soir du second tour, compte à rebours à la télé, on connaît le président dans deux minutes.
+ en situation n | Runoff night, countdown on TV, we'll know who's president in two minutes.
fr situation n | Dépouillement à la mairie, il reste un bureau de vote et on est à dix voix près.
+ en situation n | Count at the town hall, one polling station left and it's within ten votes.
# 12 reality TV elimination
fr situation n | Ils sont deux sur le plateau, et le présentateur fait durer avant de dire qui part.
+ en situation n | Two of them left on stage and the host is dragging it out before saying who goes.
fr situation n | La cheffe goûte les deux assiettes, l'un des deux candidats quitte le concours.
+ en situation n | The head chef tastes both plates, one of the two contestants is going home.
# 13 last pages of a thriller
fr situation n | Le roman policier finit dans trois chapitres et mes quatre suspects ont tous un alibi.
+ en situation n | Three chapters to go in the mystery and all four of my suspects have an alibi.
fr situation n | Dernier chapitre, l'inspecteur réunit tous les suspects dans le salon. Juste la liseuse, s'il te plaît.
+ en situation n | Last chapter, the detective's gathered all the suspects in the drawing room. Just the reading lamp, please.
# 14 horror film, jump scare coming
fr situation n | Dans le film, elle ouvre la porte de la cave tout doucement, on sent que ça va arriver.
+ en situation n | In the film she's easing the cellar door open and you just know something's coming.
fr situation n | La musique du film d'horreur monte, le couloir est vide, personne respire sur le canapé.
+ en situation n | The horror film music's building, the corridor's empty, nobody on the sofa's breathing.
# 15 game show final question
fr situation n | Question finale à Qui veut gagner des millions, il a grillé tous ses jokers.
+ en situation n | Final question on Who Wants to Be a Millionaire and he's used up every lifeline.
fr situation n | Au jeu télé, ma tante doit choisir une boîte parmi les deux dernières.
+ en situation n | On the game show my aunt has to choose between the last two boxes.
# 16 Eurovision and televised votes
fr situation n | Eurovision : le télévote peut tout renverser, on est à douze points de la Suisse.
+ en situation n | Eurovision: the televote could flip everything, we're twelve points behind Switzerland.
fr situation n | Les votes par SMS sont clos, l'animatrice va révéler qui est sauvé.
+ en situation n | The phone lines are closed and the host is about to reveal who's safe.
# 17 school results lists
fr situation n | Résultats du bac affichés à 10 h devant le lycée, on attend derrière la grille.
+ en situation n | A-level results go up on the school board at 10, we're waiting behind the gate.
fr situation n | Le site des résultats du brevet s'ouvre dans cinq minutes, mon fils a son numéro prêt.
+ en situation n | The GCSE results site opens in five minutes and my son's got his candidate number ready.
# 18 university admission
fr situation n | Parcoursup ouvre ses réponses ce soir à 19 h, ma fille tient son téléphone à deux mains.
+ en situation n | University offers come through tonight at seven and my daughter's clutching her phone with both hands.
fr situation n | Un mail de l'université vient d'arriver, objet « Votre candidature ». Je l'ouvre pas encore.
+ en situation n | An email from the university just landed, subject "Your application". I haven't opened it yet.
# 19 driving test result
fr situation n | Fin du permis, l'inspecteur remplit sa feuille sans un mot.
+ en situation n | Driving test over, the examiner's filling in his form without a word.
fr situation n | Le résultat du code arrive par mail dans l'après-midi.
+ en situation n | My theory test result comes by email this afternoon.
# 20 tennis tie-break
fr situation h | Balle de match dans le tie-break, service adverse, je bouge plus du canapé.
+ en situation h | Match point in the tie-break, on their serve, I'm frozen on the sofa.
fr situation n | Six-six au cinquième set, ça fait quatre heures qu'ils jouent.
+ en situation n | Six-all in the fifth set and they've been playing for four hours.
# 21 VAR check
fr situation n | But refusé ou pas ? Ça fait deux minutes que l'arbitre regarde l'écran.
+ en situation n | Is the goal going to stand? The ref's been at the monitor for two minutes.
fr situation n | Vérification VAR pour hors-jeu, tout le stade attend en silence.
+ en situation n | VAR check for offside and the whole stadium's waiting in silence.
# 22 photo finish, horse race bet
fr situation n | Photo-finish, les deux chevaux sont arrivés nez à nez, on attend l'image.
+ en situation n | Photo finish, the two horses crossed nose to nose, we're waiting for the picture.
fr situation n | Mon tiercé se joue dans la dernière ligne droite, le 7 remonte par l'extérieur.
+ en situation n | My trifecta's down to the home straight, number 7's coming up on the outside.
# 23 poker all-in
fr situation n | Tapis au poker, on retourne nos cartes, la rivière va tout décider.
+ en situation n | All-in, cards on the table, the river's going to decide everything.
fr situation n | Il reste une carte à tomber et je suis à une couleur près.
+ en situation n | One card left to come and I'm one off a flush.
# 24 online auction
fr situation n | Vente aux enchères du vélo : le compteur est à 0:20 et mon offre tient toujours.
+ en situation n | Bike auction: the counter's on 0:20 and my bid's still holding.
fr slang_emoji n | enchère ebay finit dans 30 sec 😬😬 reste en tête steuplé
+ en slang_emoji n | ebay auction ends in 30 sec 😬😬 stay on top pls
# 25 concert ticket queue
fr situation n | Places pour Taylor Swift : mon tour arrive enfin, reste-t-il encore des billets ?
+ en situation n | Taylor Swift tickets: it's finally my turn, are there any left?
fr situation n | La billetterie ouvre à 10 h pile, trois onglets ouverts, le doigt sur la souris.
+ en situation n | Tickets go on sale at ten sharp, three tabs open, finger on the mouse.
# 26 pub quiz tie-breaker
fr situation n | Quiz au bar, égalité, question subsidiaire : le plus proche gagne.
+ en situation n | Pub quiz, we're tied, tie-breaker question: closest answer wins.
fr situation n | Le maître du quiz annonce les scores finaux en commençant par le dernier.
+ en situation n | The quizmaster's reading out the final scores starting from the bottom.
# 27 offer on a house
fr situation n | On a fait une offre sur la maison, le vendeur répond avant ce soir.
+ en situation n | We've put in an offer on the house and the seller's answering by tonight.
fr situation n | Deux acheteurs sur l'appart, l'agent nous rappelle d'une minute à l'autre.
+ en situation n | Two buyers after the flat, the estate agent's calling back any minute.
# 28 escape game
fr situation n | Dans la salle d'évasion, le chrono affiche 00:59 et on essaie la dernière combinaison.
+ en situation n | In the escape room the clock says 00:59 and we're trying the final combination.
fr situation n | Le cadenas final, trois essais ratés, plus que quarante secondes. Lumière rouge sombre, on y est.
+ en situation n | Last padlock, three wrong tries, forty seconds to go. Dark red light, we're in it now.
# 29 final boss
fr situation n | Boss final à un coup de la mort, moi aussi, et c'est à lui de jouer.
+ en situation n | Final boss one hit from dying, me too, and it's his move.
fr typo n | derniere vie contre le boss jai les mains moites
+ en typo n | last life vs the boss my hands r sweaty
# 30 board game last turn
fr situation n | Dernier tour de Catan, il me faut un 8 aux dés pour gagner.
+ en situation n | Last turn of Catan and I need to roll an 8 to win.
fr situation n | Au Cluedo, mon fils ouvre l'enveloppe pour vérifier son accusation.
+ en situation n | At Cluedo, my son's opening the envelope to check his accusation.
# 31 soufflé or cake in the oven
fr situation l | Le soufflé gonfle derrière la vitre du four, interdiction formelle d'ouvrir.
+ en situation l | The soufflé's rising behind the oven glass, and the door stays shut, house rule.
fr situation l | Je démoule mon premier gâteau, un, deux, trois... on soulève.
+ en situation l | Turning out my first cake, one, two, three... lifting the tin.
# 32 opening an envelope, present
fr situation n | L'avis officiel est dans la boîte aux lettres, je le tiens sans oser le décacheter.
+ en situation n | The official notice is in the letterbox and I'm holding it, not daring to tear it open.
fr situation n | Il déchire le papier cadeau très lentement, exprès pour nous faire languir.
+ en situation n | He's tearing the wrapping paper really slowly, just to keep us hanging.
# 33 surprise party
fr situation n | Tout le monde est caché dans le noir, on entend ses clés dans la serrure. Éteins tout !
+ en situation n | Everyone's hiding in the dark and we can hear her keys in the lock. Lights off!
fr situation n | Il se gare devant la maison, trente invités retiennent leur souffle derrière le canapé.
+ en situation n | He's parking outside, thirty guests holding their breath behind the sofa.
# 34 cycling sprint finish
fr situation n | Sprint final de l'étape, trois coureurs roue dans roue à deux cents mètres.
+ en situation n | Bunch sprint at the end of the stage, three riders wheel to wheel with two hundred metres to go.
fr situation n | L'échappée a dix secondes d'avance sous la flamme rouge, le peloton fonce.
+ en situation n | The breakaway's got ten seconds under the final kilometre banner and the pack's flying.
# 35 Formula 1 last lap
fr situation n | Monaco, ultime tour : le deuxième est collé à l'aileron du leader.
+ en situation n | Monaco, last lap: second place is right on the leader's rear wing.
fr situation n | Arrêt au stand dans le dernier tour, va-t-il ressortir devant ?
+ en situation n | Pit stop on the last lap, will he come out in front?
# 36 transfer deadline day
fr situation n | Dernier jour du mercato, on attend l'officialisation de l'attaquant avant minuit.
+ en situation n | Deadline day, we're waiting for the striker's signing to be confirmed before midnight.
fr situation n | Le joueur passe sa visite médicale, le club n'a encore rien annoncé.
+ en situation n | The player's having his medical and the club still hasn't announced anything.
# 37 buzzer beater
fr situation h | Trois secondes à jouer, on perd d'un point, notre meneur a le ballon.
+ en situation h | Three seconds on the clock, we're down by one, our point guard has the ball.
fr situation h | Tir du milieu de terrain à la sirène, tout le gymnase se lève.
+ en situation h | Half-court shot at the hooter and the whole gym's on its feet.
# 38 rugby last kick
fr situation h | Transformation en coin pour gagner le match, le buteur recule de cinq pas.
+ en situation h | Conversion from the touchline to win it, the kicker takes five steps back.
fr situation n | Dernière action du match, on est à deux points et la mêlée se relève.
+ en situation n | Last play of the match, we're two points behind and the scrum's resetting.
# 39 race entry lottery
fr situation n | Tirage au sort des dossards de l'UTMB aujourd'hui, je guette mes mails.
+ en situation n | The ballot for the UTMB places is today and I'm watching my inbox.
fr situation n | Le résultat du tirage pour le marathon de Londres arrive cette semaine.
+ en situation n | The London Marathon ballot result lands this week.
# 40 contest jury deliberating
fr situation n | Le jury du concours de piano délibère, ma fille attend dans les coulisses.
+ en situation n | The piano competition judges are deliberating, my daughter's waiting backstage.
fr situation n | Les trois finalistes sont alignés sur scène, le président du jury prend le micro.
+ en situation n | The three finalists are lined up on stage and the head judge picks up the mic.
# 41 televised trial verdict
fr situation n | Le jury revient dans la salle d'audience, le verdict du procès passe en direct.
+ en situation n | The jury's filing back into the courtroom, the verdict's being read live.
fr situation n | Tout le pays attend la décision des juges dans ce procès ultra-médiatisé.
+ en situation n | The whole country's waiting on the judges' ruling in that massive trial.
# 42 awards ceremony
fr situation n | Et l'Oscar du meilleur film est attribué à... elle ouvre l'enveloppe.
+ en situation n | And the Oscar for Best Picture goes to... she's opening the envelope.
fr situation n | Cérémonie des prix de la boîte, notre équipe est nommée, ils annoncent le gagnant.
+ en situation n | Company awards night, our team's nominated and they're reading out the winner.
# 43 plot twist, true crime podcast
fr situation n | Épisode 6 du podcast sur l'affaire, ils vont révéler ce qu'a dit le témoin.
+ en situation n | Episode six of the case podcast, they're about to reveal what the witness said.
fr situation n | Le documentaire annonce un rebondissement après la pub, personne ne zappe.
+ en situation n | The documentary promises a twist after the break, nobody's touching the remote.
# 44 next episode, next book
fr situation n | Le dernier tome sort demain, ça fait deux ans qu'on attend la fin de l'histoire.
+ en situation n | The final book comes out tomorrow, we've waited two years to know how it ends.
fr slang_emoji n | l'épisode finit sur LE cliffhanger 😩 faut attendre jeudi
+ en slang_emoji n | episode ends on THAT cliffhanger 😩 gotta wait till thursday
# 45 cup draw
fr situation n | Tirage des huitièmes de la Ligue des champions, la boule de notre club va sortir.
+ en situation n | Champions League last-16 draw, our club's ball is coming out next.
fr situation n | Tirage de la Coupe de France en direct, on espère un gros club à domicile.
+ en situation n | FA Cup draw live, we're hoping for a big club at home.
# 46 class lists posted
fr situation n | Les listes de classes sont affichées à la grille, on cherche le nom de notre fils.
+ en situation n | The class lists are pinned to the school gate and we're hunting for our son's name.
fr situation l | Demain on saura si les jumelles seront dans la même classe.
+ en situation l | Tomorrow we find out if the twins are in the same class.
# 47 team selection list
fr situation n | Le coach affiche la compo de samedi dans le vestiaire, tout le monde se presse.
+ en situation n | The coach is pinning up Saturday's team sheet and everyone's crowding round.
fr situation n | Le sélectionneur annonce sa liste pour la Coupe du monde à 14 h.
+ en situation n | The manager names his World Cup squad at 2 pm.
# 48 audition callback
fr situation n | J'ai passé le casting, ils rappellent les retenus avant ce soir.
+ en situation n | I did the audition, they're calling back the ones they want before tonight.
fr typo n | callback pr la comedie musicale jsuis scotché a mon tel
+ en typo n | callback for the musical im glued to my fone
# 49 scholarship decision
fr situation n | La commission des bourses d'échange rend sa décision vendredi.
+ en situation n | The exchange scholarship panel announces its decision on Friday.
fr situation n | Réponse pour l'année à Montréal aujourd'hui : partira, partira pas ?
+ en situation n | Today's the answer on the year in Montreal: am I going or not?
# 50 parcel out for delivery
fr situation l | Colis « en cours de livraison » depuis 8 h, je guette le moindre bruit de camion.
+ en situation l | Tracking's said out for delivery since eight, I jump at every engine outside.
fr situation l | Le livreur est à deux arrêts, d'après l'appli.
+ en situation l | The app says the driver is two stops away.
# 51 fishing bite
fr situation n | Le bouchon plonge, la canne plie, je sais pas encore ce qu'il y a au bout.
+ en situation n | The float's gone under, the rod's bending, no idea yet what's on the end.
fr situation n | Le moulinet se met à siffler, un gros poisson tire la ligne.
+ en situation n | The reel's screaming, something big is taking line.
# 52 decisive dice roll
fr situation n | Il me faut un six au dé pour rentrer mon dernier pion, tout le monde regarde.
+ en situation n | I need a six to get my last counter home and everyone's watching.
fr situation n | Au Yams, dernier lancer, il me manque un cinq pour le Yams.
+ en situation n | Yahtzee, last roll, I need one more five.
# 53 coin toss
fr situation l | Pile ou face pour savoir qui choisit le film, la pièce tourne encore.
+ en situation l | Heads or tails for who picks the film, the coin's still spinning.
fr situation n | L'arbitre lance la pièce pour le choix du terrain, finale du tournoi.
+ en situation n | The ref's tossing the coin for ends, tournament final.
# 54 rocket launch
fr situation n | Dix, neuf, huit... lancement de la fusée en direct sur l'écran du salon.
+ en situation n | Ten, nine, eight... rocket launch live on the living-room screen.
fr situation n | Compte à rebours suspendu à T-moins trente secondes, on attend la reprise.
+ en situation n | Countdown on hold at T-minus thirty seconds, we're waiting for it to restart.
# 55 weigh-in
fr situation l | Pesée mensuelle au club, je monte sur la balance, les chiffres clignotent.
+ en situation l | Monthly weigh-in at the club, I step on the scales, the numbers are flickering.
fr situation l | Je grimpe sur le pèse-personne, j'ose pas baisser les yeux.
+ en situation l | I'm stepping onto the scales and I daren't look down.
# 56 sports draft, picked for a team
fr situation n | Les capitaines choisissent les équipes au gym, il reste moi et un autre.
+ en situation n | The captains are picking teams in PE and it's down to me and one other kid.
fr situation n | Soirée de la draft NHL, notre club choisit au prochain rang.
+ en situation n | NHL draft night, our team's up with the next pick.
# 57 publisher's answer
fr situation n | L'éditrice a lu mon manuscrit, elle m'appelle à 15 h pour sa décision.
+ en situation n | The editor's read my manuscript and she's ringing at three with her decision.
fr situation n | Trois maisons d'édition ont mon roman, la première réponse tombe cette semaine.
+ en situation n | Three publishers have my novel and the first answer's due this week.
# 58 magic trick
fr situation l | Le magicien déplie le papier lentement, c'est censé être ma carte.
+ en situation l | The magician's slowly unfolding the paper, it's supposed to be my card.
fr situation l | Il a mis la bague de ma mère dans le citron, il va le couper devant nous.
+ en situation l | He put my mum's ring in the lemon and he's about to cut it open in front of us.
# 59 blind date
fr situation n | Rendez-vous arrangé par ma sœur, chaque fois que la porte du café s'ouvre je sursaute. Un éclairage tamisé, merci.
+ en situation n | Blind date set up by my sister, I jump every time the café door opens. Low lighting, thanks.
fr situation n | Premier rendez-vous Tinder, elle dit qu'elle arrive au coin de la rue.
+ en situation n | First Tinder date, she's texted that she's just round the corner.
# 60 judges' scores
fr situation n | Le patineur attend ses notes au kiss and cry, il tient sa peluche.
+ en situation n | The skater's waiting for his marks in the kiss and cry, holding his teddy.
fr situation n | Ma fille a fini son enchaînement à la poutre, les juges tapent leurs notes.
+ en situation n | My daughter's finished her beam routine and the judges are typing in their scores.
# 61 musical chairs
fr situation l | Chaises musicales, plus qu'une chaise et deux enfants qui tournent autour.
+ en situation l | Musical chairs, one chair left and two kids circling it.
fr situation l | La musique peut s'arrêter à tout moment, mon fils tourne avec la bouche grande ouverte.
+ en situation l | The music could stop any second and my son's going round with his mouth wide open.
# 62 raffle, tombola
fr situation n | Kermesse de l'école : le gros lot c'est un vélo, et mes tickets sont étalés sur la table.
+ en situation n | School fair: the star prize is a bike and all my tickets are spread out on the table.
fr situation n | Le président du club plonge la main dans le chapeau pour le premier prix.
+ en situation n | The club chairman's reaching into the hat for first prize.
# 63 referendum or council vote
fr situation n | Vote au conseil municipal sur le skatepark, on compte les mains levées.
+ en situation n | Council vote on the skate park, they're counting the raised hands.
fr situation n | Résultats de la votation à 17 h, le oui et le non sont au coude à coude.
+ en situation n | Referendum results at five, yes and no are neck and neck.
# 64 promotion announced
fr situation n | Le directeur annonce en réunion qui prend la tête du service, il ménage le suspense.
+ en situation n | The director's announcing who's going to head the department and he's dragging it out.
fr situation n | Les promotions sont publiées à 9 h sur l'intranet, mon nom y sera peut-être.
+ en situation n | Promotions go up on the intranet at nine, maybe my name's on it.
# 65 bingo
fr situation n | Bingo à la salle paroissiale, il me manque le 47 pour faire carton plein.
+ en situation n | Bingo at the church hall, I just need 47 for a full house.
fr situation n | Plus qu'un numéro sur ma carte, l'animateur tourne la cage.
+ en situation n | One number left on my card and the caller's spinning the cage.
# 66 chess clock
fr situation n | Trois secondes à la pendule, finale du tournoi, je cherche le mat.
+ en situation n | Three seconds on the clock, tournament final, I'm looking for mate.
fr typo n | blitz en ligne 5 sec chacun jsais pas qui va perdre au temps
+ en typo n | online blitz 5 sec each dunno who flags frist
# 67 hide and seek
fr situation l | Caché sous le lit, j'entends les petits pas de ma nièce qui se rapprochent.
+ en situation l | Hiding under the bed, I can hear my niece's little footsteps getting closer.
fr situation l | Le chat, c'est mon fils, il compte jusqu'à vingt et je cherche encore où me cacher.
+ en situation l | My son's "it", he's counting to twenty and I'm still looking for somewhere to hide.
# 68 grades handed back
fr situation n | La prof rend les copies du contrôle une par une, la mienne est encore dans sa pile.
+ en situation n | The teacher's handing back the tests one by one and mine's still in her pile.
fr situation n | Le prof lit les notes à voix haute en suivant la liste, et je suis l'avant-dernier.
+ en situation n | The teacher's calling out marks down the register and I'm second to last.
# 69 dating app match
fr slang_emoji n | j'ai liké son profil, on attend le match 🤞🤞
+ en slang_emoji n | swiped right on him, now waiting for the match 🤞🤞
fr situation l | J'ai envoyé un super like, je saurai s'il me retourne le like dans la soirée.
+ en situation l | I sent a super like, I'll find out tonight whether he likes me back.
# 70 live stream buffering at the key moment
fr situation n | Le stream plante pile au moment du penalty, le cercle tourne sur l'écran.
+ en situation n | The stream freezes right as the penalty's taken, the wheel's spinning on screen.
fr typo n | le live bug au moment du resultat jvais devenir fou
+ en typo n | livestream lagging right at the result im gonna loose it
# explicit: the feeling named in everyday words
fr explicit n | Je suis sur les nerfs, je veux juste savoir qui gagne.
+ en explicit n | I'm on edge, I just want to know who wins.
fr explicit h | Le suspense est insupportable, ils font exprès de faire durer !
+ en explicit h | The suspense is unbearable, they're dragging it out on purpose!
fr explicit n | J'ai le cœur suspendu, on attend le verdict.
+ en explicit n | My heart's in my mouth, we're waiting on the verdict.
fr explicit n | Je suis au bord de mon siège, c'est trop serré.
+ en explicit n | I'm on the edge of my seat, it's way too close.
fr explicit n | Chu sur les nerfs en attendant l'annonce, j'en peux pu.
+ en explicit n | I'm wound up tight waiting for the announcement, I can't stand it.
fr explicit n | Tenue en haleine jusqu'au bout, je tiens plus.
+ en explicit n | Kept hanging right to the end, I can't take it.
# negation
fr negation n | J'ai pas peur, je suis juste suspendu au tirage de ce soir.
+ en negation n | I'm not scared, I'm just hanging on tonight's draw.
fr negation n | C'est pas du stress, c'est l'attente : encore deux minutes avant la note.
+ en negation n | It's not stress, it's the waiting: two more minutes till the score.
fr negation n | Pas triste, pas content, juste en attente du résultat du jury.
+ en negation n | Not sad, not happy, just waiting on the judges' result.
# mixed
fr mixed n | Un peu fatigué, mais surtout scotché : il reste trois minutes et c'est 2-2.
+ en mixed n | A bit tired, but mostly glued to it: three minutes left and it's 2-2.
fr mixed n | Content d'avoir fini l'oral, mais là j'attends la délibération et je tiens plus.
+ en mixed n | Glad the oral's over, but now I'm waiting for the panel's decision and can't sit still.
fr mixed n | Un peu de curiosité, surtout de l'attente : la boîte mystère s'ouvre à minuit.
+ en mixed n | A bit curious, mostly on tenterhooks: the mystery box opens at midnight.
# wish
fr wish n c=navy;purple b=dim | Séance de penaltys : lumière basse, bleu marine et violet, on retient notre souffle.
+ en wish n c=navy;purple b=dim | Shoot-out time: low light, navy and purple, we're all holding our breath.
fr wish n c=indigo b=dim | Résultats dans cinq minutes, juste une lueur indigo, s'il te plaît.
+ en wish n c=indigo b=dim | Results in five minutes, just a dim indigo glow, please.
fr wish n c=blue;violet b=dim | Le polar finit dans dix minutes, éclaire en bleu et violet, très doux.
+ en wish n c=blue;violet b=dim | The crime drama ends in ten minutes, light it blue and violet, nice and soft.
# more texting
fr slang_emoji h | 2-2 à la 89e je vais faire une crise 😬⚽
+ en slang_emoji h | 2-2 in the 89th i'm gonna have a heart attack 😬⚽
fr typo n | resultats du concours a 18h jtien plus en place
+ en typo n | contest results at 6 cant sit stil
"""

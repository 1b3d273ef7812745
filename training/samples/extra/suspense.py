"""suspense: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`suspense-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Le chirurgien sort du bloc dans quelques minutes pour nous dire si la greffe a pris.
+ en situation n | The surgeon will be out in a few minutes to tell us if the graft took.
fr situation n | Le jury de l'appel d'offres annonce le lauréat à midi, on est deux boîtes en lice.
+ en situation n | The panel announces the winning bid at noon and it's us or one other firm.
fr situation n | On gratte le dernier ticket de loto, il reste une case à découvrir.
+ en situation n | Scratching the last box on the lottery ticket.
fr situation n | Mon frère attend de savoir s'il est pris au casting, ils appellent les finalistes ce soir.
+ en situation n | My brother finds out tonight whether he made the casting shortlist.
fr situation n | Le vétérinaire va nous dire si la chienne attend des chiots, l'échographie commence.
+ en situation n | The vet is about to tell us if the dog is expecting puppies.
fr situation n | L'huissier tire au sort les gagnants de la tombola de l'école.
+ en situation n | They're drawing the raffle winners at the school fete.
fr situation n | On attend les résultats du bac, la page se met à jour à dix heures pile.
+ en situation n | The exam results page updates at ten on the dot.
fr situation n | Le présentateur va révéler le dernier mot du jeu télé et mon père a misé gros.
fr situation n | Au poker, tout le monde a fait tapis et on retourne la dernière carte.
+ en situation n | At the poker table everyone is all in and the river card is coming.
fr situation n | Le vote du conseil municipal sur notre projet de skatepark a lieu ce soir.
+ en situation n | The council votes tonight on our skatepark proposal.
fr situation n | Le suspect du polar que je lis vient d'entrer dans la pièce et il reste vingt pages.
+ en situation n | The suspect just walked into the room and there are twenty pages left in my book.
fr situation n | Au tennis, balle de match, mon joueur préféré est au service.
+ en situation n | Match point and my favourite player is serving.
fr situation n | On regarde le dernier épisode de la saison, le héros est au bord de la falaise.
+ en situation n | Season finale and the hero is hanging off a cliff.
fr situation n | On est en finale du tournoi d'échecs du club et il ne reste que les rois et deux pions.
+ en situation n | It's the final of the club chess tournament, just kings and two pawns left.
fr situation n | Mon fils joue le penalty décisif du tournoi des poussins.
+ en situation n | My son is taking the deciding penalty in the under-tens tournament.
fr situation n | La météo va dire si le feu d'artifice est maintenu ou annulé.
+ en situation n | Waiting to hear if the fireworks are still on or called off for the weather.
fr situation n | Au rugby, dernière pénalité à tenter pour gagner, le buteur pose le ballon.
+ en situation n | Last kick of the rugby match to win it, the kicker is placing the ball.
fr situation n | On attend de savoir si notre offre pour l'appartement est retenue, l'agent doit rappeler avant dix-huit heures.
+ en situation n | Waiting to hear if our offer on the flat was accepted, the agent calls before six.
fr situation n | La course hippique est serrée, mon cheval remonte par l'extérieur.
+ en situation n | The horse race is tight and my horse is coming up on the outside.
fr situation n | On a passé l'audition de la chorale, le chef lit la liste des admis.
+ en situation n | The choir director is reading out who got in.
fr situation n | Le résultat de l'élection des délégués est proclamé après le dépouillement.
fr situation n | Le cycliste échappé n'a plus que dix secondes d'avance à un kilomètre de l'arrivée.
+ en situation n | The breakaway rider has ten seconds left with one kilometre to go.
fr situation n | Dans le jeu vidéo, le boss final n'a plus qu'un point de vie et moi non plus.
+ en situation n | The final boss has one hit point left, and so do I.
fr situation n | On ouvre le coffre de la maison de grand-père dont personne n'a la combinaison, le serrurier y est presque.
+ en situation n | The locksmith is almost through grandad's old safe and nobody knows what's inside.
fr situation n | La finale du concours de pâtisserie se joue à la dégustation, la note tombe.
+ en situation n | The baking final comes down to the tasting and the scores are coming.
fr situation n | Mon équipe de basket a un point de retard et on a la dernière possession.
+ en situation n | We're one point down with the last possession.
fr situation n | Le pilote de la fusée amateur lance le compte à rebours.
fr situation n | Au quiz, la dernière question décide du vainqueur entre nous et la table d'à côté.
+ en situation n | Pub quiz tie-break, last question decides it.
fr situation n | On attend l'annonce des sélectionnés pour l'équipe nationale.
+ en situation n | They're announcing the national squad in a minute.
fr situation n | Le médecin regarde l'échographie pour nous dire si c'est une fille ou un garçon.
+ en situation n | The sonographer is about to tell us if it's a boy or a girl.
fr situation n | Dans l'escape game, on tape le dernier code et il reste trente secondes.
+ en situation n | Escape room, typing in the last code with thirty seconds to go.
fr situation n | Le commissaire-priseur va adjuger le tableau et on a fait la dernière offre.
+ en situation n | The auctioneer is about to bring the hammer down and ours is the last bid.
fr situation n | J'ai hâte de voir la suite de la série qui sort demain soir.
+ en situation n | Can't wait for the next episode tomorrow night.
fr situation n | J'ai hâte d'ouvrir les cadeaux, les enfants trépignent autour du sapin.
+ en situation n | Looking forward to opening the presents, the kids are bouncing around the tree.
fr situation n | On saura dans une heure si notre vol est maintenu malgré la tempête.
+ en situation n | We'll know in an hour whether our flight goes ahead despite the storm.
fr situation n | Le tirage au sort de la Coupe d'Europe est en direct, on attend l'adversaire de notre club.
+ en situation n | The cup draw is live and we're waiting to see who our club gets.
fr situation n | On suit la tentative de record du monde en direct, il reste un saut.
+ en situation n | Watching a world record attempt live, one jump left.
fr situation n | La correction de l'examen blanc est affichée, je cherche mon nom dans la liste.
fr situation n | Mon ami ouvre l'enveloppe de réponse de l'université devant nous.
+ en situation n | My friend is opening her university letter right in front of us.
fr situation n | La jument commence à mettre bas et on ne sait pas encore si le poulain se présente bien.
+ en situation n | The mare is foaling and we don't know yet if the foal is positioned right.
fr situation n | Dernier tour de piste au karting, je suis collé au pare-chocs du premier.
+ en situation n | Last lap of go-karting and I'm right on the leader's bumper.
fr situation n | Le juge va donner sa décision pour la garde du chien après la séparation de mes amis.
fr situation n | On regarde le film d'horreur et la baby-sitter descend à la cave, tout le monde retient son souffle.
+ en situation n | Watching a horror film and the babysitter is going down to the basement.
fr situation n | Mon ami tente le dernier niveau du jeu et on est tous derrière lui.
+ en situation n | My friend is attempting the last level and we're all crowded behind him.
fr situation n | On attend que le four s'ouvre pour savoir si mon premier soufflé a tenu.
+ en situation n | Waiting for the oven door to open to see if my first soufflé held up.
fr situation n | Les sondages donnent les deux candidats à égalité, on attend vingt heures.
+ en situation n | The polls have them neck and neck and the results are at ten.
fr situation n | La séance de tirs au but du match de mon village commence.
fr situation n | On m'a dit que j'étais dans les trois derniers candidats, ils choisissent aujourd'hui.
+ en situation n | I've made the final three candidates and they decide today.
fr negation n | Je ne suis pas inquiet pour l'issue, je veux juste savoir, vite !
+ en negation n | I'm not worried about the result, I just want to know, now!
fr negation n | Ce n'est pas de la peur, j'ai simplement hâte de connaître le verdict du jury.
+ en negation n | It's not fear, I just can't wait to hear the verdict.
en situation n | Counting down the days to the concert next week, I can hardly wait.
en situation n | The quiz host is about to read out the final scores.
en situation n | The referee is checking the goal on the video screen.
en situation n | Bidding on the last item in an online auction with ten seconds left.
en situation n | The magician is about to reveal which card I picked.
en situation n | Waiting to see if my sourdough rose overnight.
# contrast with neighbouring moods
fr situation n | Le chronomètre s'arrête, on va voir si ma fille a battu le record du club.
+ en situation n | The clock stops and we're about to see if my daughter broke the club record.
fr situation n | On regarde le tirage des groupes de la Coupe du monde, on attend de voir contre qui on tombe.
+ en situation n | Watching the World Cup draw, waiting to see who we get.
fr situation n | Le présentateur va annoncer le gagnant du concours de chant et mon frère est en finale.
+ en situation n | The host is about to name the winner and my brother is in the final.
fr situation n | Encore trois minutes de jeu et le score est de deux partout.
+ en situation n | Three minutes left and it's two-all.
fr situation n | Le dernier rebondissement du film arrive, on sait que quelqu'un ment mais pas qui.
+ en situation n | The big twist is coming, we know someone's lying but not who.
# stories
fr long n | Ma fille passe la finale régionale de gymnastique. Elle est la dernière à passer à la poutre. Elle monte, elle salue le jury. On n'ose plus respirer dans les gradins.
+ en long n | My daughter is in the regional gymnastics final. She's last on the beam. She steps up and salutes the judges. Nobody in the stands dares to breathe.
fr long n | On a joué au loto du village tout l'après-midi. Il me manque un seul numéro pour le carton plein. L'animateur plonge la main dans le sac. Toute la table me regarde.
+ en long n | We've been playing bingo at the village hall all afternoon. I need one more number for a full house. The caller is reaching into the bag. The whole table is staring at me.
fr long n | On a postulé pour adopter un chien au refuge. Trois familles veulent le même. La responsable doit appeler ce soir. On fixe le téléphone depuis une heure.
+ en long n | We applied to adopt a dog from the shelter. Three families want the same one. The manager is calling tonight. We've been staring at the phone for an hour.
fr long n | Le match de mon équipe se joue en ce moment. On mène d'un point et il reste une minute. L'adversaire a la balle. Je ne tiens plus en place sur le canapé.
+ en long n | My team's game is on right now. We're up by a point with a minute to go. The other side has the ball. I can't sit still on the sofa.
fr long n | J'ai fini le livre jusqu'au dernier chapitre. L'enquêteur vient de réunir tous les suspects dans le salon. Il va dévoiler le nom du coupable. Je tourne la page.
+ en long n | I've read right up to the last chapter. The detective has gathered all the suspects in the drawing room. He's about to name the killer. I'm turning the page.
# phone spelling
fr typo n | jai tro hate de voir le dernier episode ce soir 😬
fr typo n | dernier penalty jpp jregarde pas 🤞
fr typo n | les resultat tombent ds 5 min jtien plu en place
"""

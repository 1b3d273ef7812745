"""suspense: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: sport, watching
fr situation h | Tirs au but, 4 partout, et c'est notre gardien qui s'avance pour tirer le dernier.
+ en situation h | Penalty shootout, 4-4, and it's our keeper stepping up to take the last one.
fr situation n | Troisième balle de match pour Gaël, je n'ose plus regarder l'écran.
+ en situation n | Third match point for Gaël and I can barely look at the screen.
fr situation n | Dernier virage de l'étape, trois coureurs côte à côte pour la victoire.
+ en situation n | Final bend of the stage, three riders side by side for the win.
fr situation n | L'arbitre vérifie le but à la vidéo depuis deux minutes et tout le bar s'est tu.
+ en situation n | The ref's been checking the goal on VAR for two minutes and the whole bar's gone quiet.
fr situation h | Photo-finish au 100 mètres, on attend que les temps s'affichent. Baisse la lumière.
+ en situation h | Photo finish in the 100 metres, we're waiting for the times to come up. Dim the lights.
fr situation n | Pénalité face aux poteaux à la dernière minute, on est menés de deux points.
+ en situation n | Last-minute penalty right in front of the posts, and we're two points down.
fr situation h | Le ballon est en l'air au buzzer, il tourne sur le cercle...
+ en situation h | The ball's in the air at the buzzer, rolling round the rim...
fr situation n | Mon cheval est au coude à coude avec le favori dans la dernière ligne droite.
+ en situation n | My horse is neck and neck with the favourite down the home straight.
fr situation n | Dernier tour du Grand Prix, les deux pilotes se tiennent en quatre dixièmes.
+ en situation n | Last lap of the Grand Prix and the two drivers are four tenths apart.
fr situation n | Dernière journée du championnat : on suit deux matchs en même temps pour savoir qui monte.
+ en situation n | Final day of the season: we're following two games at once to see who goes up.
fr situation n | Prolongations en demi-finale, on ne sait plus si on doit regarder ou aller faire un tour. Lumières qui collent au match, s'il te plaît.
+ en situation n | Extra time in the semi-final and I don't know whether to watch or go for a walk. Lights to match the game, please.

# situations: sport, playing
fr situation n | Je suis dans les starting-blocks pour la finale du 400 mètres du club, le starter lève le bras.
+ en situation n | I'm in the blocks for the club 400 m final and the starter's raising his arm.
fr situation n | Mon putt roule vers le trou, encore trois mètres, deux, un...
+ en situation n | My putt's rolling towards the hole, three more metres, two, one...
fr situation n | Il me faut un double 16 pour finir, et c'est ma dernière fléchette.
+ en situation n | I need double 16 to finish and it's my last dart.
fr situation n | Dernière boule de la partie de bowling, il me faut un strike pour passer devant mon père. Envoie une musique qui fait monter la pression.
+ en situation n | Last ball of the bowling game and I need a strike to get ahead of my dad. Play something to crank up the pressure.
fr situation n | Il ne reste que la noire sur la table, et c'est à moi de jouer.
+ en situation n | Only the black left on the table, and it's my shot.
fr situation n | Régate : on vire la dernière bouée bord à bord avec l'autre voilier.
+ en situation n | Regatta: we're rounding the last buoy side by side with the other boat.
fr situation n | Match des papas contre les enfants, égalité, dernier corner.
+ en situation n | Dads versus kids, all square, last corner of the game.

# situations: family, kids, partner, friends
fr situation h | Mon fils tire le penalty décisif de son match de poussins, je suis debout au bord du terrain.
+ en situation h | My son's taking the deciding penalty in his under-10s match and I'm standing right on the touchline.
fr situation n | À l'échographie, la sage-femme fait durer le plaisir avant de nous dire si c'est une fille ou un garçon.
+ en situation n | At the scan the midwife is dragging it out before telling us whether it's a girl or a boy.
fr situation h | Mon frère vient de mettre un genou à terre au milieu du resto, et sa copine n'a pas encore répondu.
+ en situation h | My brother just got down on one knee in the middle of the restaurant, and his girlfriend hasn't answered yet.
fr situation n | Ma copine dit qu'elle a une grande nouvelle et qu'elle me l'annonce au dessert.
+ en situation n | My girlfriend says she's got big news and she'll tell me over dessert.
fr situation n | Les potes ont prévu un truc pour mon anniversaire, j'ai les yeux bandés dans la voiture depuis vingt minutes.
+ en situation n | My mates have planned something for my birthday and I've been blindfolded in the car for twenty minutes.
fr situation l | On coupe les dernières parts de galette et personne n'a encore eu la fève.
+ en situation l | We're cutting the last slices of the king cake and nobody's found the charm yet.
fr situation n | Maman est passée à un jeu télé, l'émission est diffusée ce soir et elle refuse de nous dire si elle a gagné. Prépare le salon pour la diffusion.
+ en situation n | Mum was on a TV quiz, it airs tonight and she won't tell us whether she won. Get the living room ready for the broadcast.
fr situation n | Papi joue sa finale de pétanque à 12 partout, c'est sa dernière boule.
+ en situation n | Grandpa's playing his pétanque final at 12-all and it's his last boule.
fr situation n | Ma nièce est en finale du radio-crochet de la ville, on attend le vote du public.
+ en situation n | My niece is in the final of the town talent show and we're waiting for the public vote.
fr situation l | Mamie a glissé un billet dans une des trois enveloppes, et les petits choisissent chacun leur tour.
+ en situation l | Gran's hidden a banknote in one of three envelopes and the little ones are taking turns to pick.
fr situation n | Cache-cache avec les petits : je suis dans le placard et j'entends leurs pas se rapprocher.
+ en situation n | Hide and seek with the kids: I'm in the wardrobe and I can hear their footsteps getting closer.
fr situation n | Ma femme m'a donné une enveloppe scellée et je n'ai le droit de l'ouvrir qu'à minuit. Il est 23 h 52. Tu me fais une lumière pour patienter ?
+ en situation n | My wife gave me a sealed envelope that I'm not allowed to open until midnight. It's 11:52. Can you give me some lighting to wait it out?
fr situation n | Bras de fer entre mon oncle et mon cousin, ça ne bouge plus depuis une minute.
+ en situation n | Arm wrestle between my uncle and my cousin, and nothing's budged for a full minute.
fr situation n | Ce soir à 19 h, on saura enfin dans quelle ville ma fille fera ses études.
+ en situation n | At 7 tonight we'll finally find out which city my daughter's going to study in.

# situations: games and draws
fr situation n | Loup-Garou : il ne reste que trois joueurs et personne ne sait qui est le loup. Lumières sombres pour la partie, merci.
+ en situation n | Werewolf: only three players left and nobody knows who the wolf is. Dark lights for the game, thanks.
fr situation n | J'ai fait tapis et mon adversaire réfléchit depuis une éternité. Mets-nous une ambiance de casino.
+ en situation n | I've gone all in and my opponent has been thinking it over for ages. Give us a casino vibe.
fr situation n | Le boss final n'a plus qu'un pixel de vie, et moi non plus.
+ en situation n | The final boss is down to one pixel of health, and so am I.
fr situation n | Il me manque un seul numéro au loto de la salle des fêtes, la boule suivante va sortir.
+ en situation n | I'm one number away at the village hall bingo and the next ball's about to come out.
fr situation n | Au Scrabble, tout se joue au dernier coup, et ma sœur compte ses points très lentement.
+ en situation n | Scrabble comes down to the last move and my sister is counting her points really slowly.
fr situation n | Je gratte la dernière case de mon ticket, les deux premières sont identiques.
+ en situation n | Scratching the last box on my ticket, and the first two match.
fr situation n | Tirage du loto dans une minute, ma grille est posée devant moi sur la table basse. Mets une ambiance qui va avec.
+ en situation n | Lottery draw in one minute, my ticket's sitting on the coffee table. Set the mood to match.
fr situation n | Tombola de l'école : ils en sont au premier prix et j'ai dix tickets dans la main.
+ en situation n | School raffle: they're down to the top prize and I've got ten tickets in my fist.
fr situation n | Escape game : il reste deux minutes et on a trois chiffres sur quatre.
+ en situation n | Escape room: two minutes left and we've got three digits out of four.
fr situation n | Murder party chez Hugo, l'enquêteur révèle le coupable juste après le dessert.
+ en situation n | Murder mystery night at Hugo's, and the detective names the culprit right after dessert.
fr situation n | Partie d'échecs au club, trente secondes à la pendule et je crois voir un mat en trois.
+ en situation n | Club chess game, thirty seconds on the clock, and I think I can see mate in three.
fr situation n | Le croupier retourne sa dernière carte et moi je reste à seize.
+ en situation n | The dealer's turning over his last card and I'm standing on sixteen.
fr situation n | Uno : ma petite sœur n'a plus qu'une carte et c'est à elle.
+ en situation n | Uno: my little sister's down to one card and it's her turn.
fr situation n | Au Monopoly, mon frère lance les dés, un sept et il tombe sur mon hôtel rue de la Paix.
+ en situation n | Monopoly: my brother's rolling the dice, and a seven puts him on my hotel on Mayfair.
fr situation n | Au quiz du pub, on est ex aequo avec la table d'à côté, place à la question subsidiaire.
+ en situation n | Pub quiz, we're tied with the next table, and here comes the tie-breaker.
fr situation n | Partie classée décisive pour monter de rang, un contre un dans la dernière zone.
+ en situation n | Decisive ranked game for promotion, one on one in the final circle.
fr situation l | Les deux premiers rouleaux de la machine à sous affichent 7, le troisième tourne encore.
+ en situation l | The first two reels on the slot machine show a 7 and the third one's still spinning.
fr situation n | Le magicien me demande si c'est bien ma carte et la retourne tout doucement.
+ en situation n | The magician asks if this is my card and turns it over ever so slowly.

# situations: results, work, school
fr situation n | Les résultats tombent à 10 h, il est 9 h 59 et j'ai la page ouverte.
+ en situation n | Results go live at 10, it's 9:59 and I've got the page open.
fr situation n | Le jury du concours d'architecture annonce le lauréat, notre projet fait partie des trois finalistes.
+ en situation n | The architecture competition jury is announcing the winner, and our project is one of the three finalists.
fr situation n | Le prof rend les copies par ordre de note, il en reste deux : la mienne et celle de Léo.
+ en situation n | The teacher's handing back papers in order of marks, and there are two left: mine and Léo's.
fr situation n | Le PDG va annoncer en réunion qui reprend le projet de Tokyo, et il ménage ses effets.
+ en situation n | The CEO's about to announce in the meeting who's taking over the Tokyo project, and he's milking it.
fr situation n | Pitch terminé, les investisseurs délibèrent derrière la porte vitrée.
+ en situation n | Pitch done, and the investors are deliberating behind the glass door.
fr situation n | La DRH a dit qu'elle rappelait avant 17 h pour le poste de mes rêves, il est 16 h 50, téléphone posé face visible.
+ en situation n | HR said they'd call before 5 about my dream job; it's 4:50 and my phone is face up on the desk.
fr situation n | La lettre de l'école de cinéma est sur la table, je la tourne dans mes mains sans l'ouvrir.
+ en situation n | The letter from the film school is on the table and I keep turning it over without opening it.
fr situation n | Le tirage au sort des dossards pour le marathon de New York tombe aujourd'hui par mail. Lumière assortie, merci.
+ en situation n | The New York Marathon ballot results land in my inbox today. Lights to match, thanks.
fr situation n | Dépouillement des municipales, mon père est candidat et il reste deux urnes à compter.
+ en situation n | Counting the votes in the local election, my dad's a candidate and there are two ballot boxes left.

# situations: screens, books, shows
fr situation n | Il reste dix pages au polar et je ne sais toujours pas qui a tué le notaire. Éclaire juste le fauteuil, s'il te plaît.
+ en situation n | Ten pages left in the crime novel and I still don't know who killed the notary. Just light up the armchair, please.
fr situation n | Dernier épisode de la série ce soir, on va enfin savoir qui a trahi l'équipage. Tu peux mettre une ambiance qui colle ?
+ en situation n | Final episode tonight, we're finally going to find out who betrayed the crew. Can you set something that fits?
fr situation h | Au cinéma, le héros coupe les fils de la bombe et le compteur affiche quatre secondes.
+ en situation h | At the cinema the hero is cutting the wires on the bomb with four seconds on the timer.
fr situation n | Jeu télé : le candidat hésite entre B et C pour la question à cent mille euros.
+ en situation n | Game show: the contestant is torn between B and C on the hundred-thousand question.
fr situation n | Élimination dans l'émission de cuisine, il ne reste que Julie et Marco, et le chef tient l'assiette.
+ en situation n | Elimination on the cooking show, just Julie and Marco left, and the head judge is holding the plate.
fr situation n | On a mis pause juste avant qu'il enlève son masque, et personne n'ose appuyer sur play.
+ en situation n | We paused right before he takes off the mask and nobody dares press play.
fr situation n | Dernier épisode du podcast d'enquête, ils disent avoir retrouvé le témoin clé.
+ en situation n | Last episode of the true-crime podcast, and they say they've tracked down the key witness.
fr situation n | Vote du jury à l'Eurovision : il reste un pays à annoncer et on a trois points de retard. Une ambiance à la hauteur, vite !
+ en situation n | Eurovision jury vote: one country left to announce and we're three points behind. Something to match the moment, quick!
fr situation n | Soirée électorale, 19 h 59, le visage du vainqueur s'affiche dans une minute. Ambiance assortie s'il te plaît.
+ en situation n | Election night, 7:59, the winner's face comes up on screen in one minute. Matching ambience please.
fr situation n | La sonde doit confirmer son atterrissage sur Mars, le signal arrive dans quelques secondes. Musique et lumières assorties, on regarde en direct.
+ en situation n | The probe is about to confirm its landing on Mars, the signal's due any second. Music and lights to match, we're watching live.

# situations: music, hobbies, food, home
fr situation n | Le présentateur ouvre l'enveloppe de la meilleure chanson, et notre groupe est nommé.
+ en situation n | The host is opening the envelope for best song, and our band is nominated.
fr situation n | Battle de DJ au festival, le public vote à l'applaudimètre entre moi et l'autre.
+ en situation n | DJ battle at the festival, and the crowd's voting by applause between me and the other guy.
fr situation n | Concours de pâtisserie du club : le jury goûte mon entremets et personne ne dit un mot.
+ en situation n | Baking club contest: the judges are tasting my entremet and nobody's saying a word.
fr situation n | Défi des ailes pimentées au resto, mon pote attaque la dernière avec trente secondes au chrono.
+ en situation n | Hot wing challenge at the restaurant, and my mate's on the last one with thirty seconds on the clock.
fr situation l | Le soufflé est au four depuis vingt minutes, j'ouvre la porte dans trois, deux...
+ en situation l | The soufflé's had twenty minutes, opening the oven door in three, two...
fr situation n | On retourne le moule du gâteau de mariage de ma cousine, un, deux, trois...
+ en situation n | Flipping over the tin for my cousin's wedding cake, one, two, three...
fr situation n | Je remets le disjoncteur après avoir refait tout le câblage du garage : ça s'allume ou pas ?
+ en situation n | Flipping the breaker back on after rewiring the whole garage: will it light up or not?
fr situation l | Je décolle le ruban de masquage du mur peint en dégradé, tout doucement, pour voir si les lignes sont nettes.
+ en situation l | Peeling the masking tape off the ombré wall really slowly to see if the lines came out clean.
fr situation n | Pesée des citrouilles au concours du village, la mienne et celle du maire sont au coude à coude.
+ en situation n | Pumpkin weigh-in at the village show, and mine and the mayor's are neck and neck.
fr situation n | Concours canin : le juge passe devant les quatre derniers chiens, et Pepsi en fait partie.
+ en situation n | Dog show: the judge is walking past the last four dogs, and Pepsi's one of them.
fr situation l | Le chat fixe la plinthe depuis dix minutes, la souris va sortir d'une seconde à l'autre.
+ en situation l | The cat's been staring at the skirting board for ten minutes; the mouse is about to pop out any second.
fr situation n | Ça mord ! Le fil se tend et on ne sait pas encore ce qu'il y a au bout.
+ en situation n | Got a bite! The line's going tight and we've no idea yet what's on the end.
fr situation n | À l'affût depuis une heure, le renard est à deux mètres du piège photo. Lumières au minimum, s'il te plaît.
+ en situation n | We've been lying in wait for an hour and the fox is two metres from the camera trap. Lights right down, please.
fr situation n | Dégustation à l'aveugle : mon beau-père va révéler l'étiquette, j'ai parié sur un bordeaux.
+ en situation n | Blind tasting: my father-in-law's about to reveal the label, and I've bet on a Bordeaux.

# situations: travel, weather, tech, money, house
fr situation n | À l'embarquement, ils tirent au sort deux passagers pour un surclassement en première.
+ en situation n | At the gate they're drawing two passengers at random for a first-class upgrade.
fr situation n | Tout le groupe fixe le ciel, le guide dit que l'aurore peut apparaître d'une minute à l'autre.
+ en situation n | The whole group's staring at the sky; the guide says the aurora could show up any minute.
fr situation n | La météo hésite pour le feu d'artifice, la mairie dit à 21 h s'il est maintenu.
+ en situation n | The forecast can't make up its mind about the fireworks; the town hall decides at 9 whether they're on.
fr situation n | Trois petits points qui clignotent depuis deux minutes : elle écrit sa réponse à mon invitation.
+ en situation n | Three little dots blinking for two minutes: she's typing her reply to my invitation.
fr situation n | Plus que trente secondes sur l'enchère pour la guitare, et quelqu'un vient de surenchérir.
+ en situation n | Thirty seconds left on the guitar auction and someone's just put in a higher bid.
fr situation n | Je suis 312e dans la file d'attente pour les places du concert, la barre avance par à-coups.
+ en situation n | I'm 312th in the queue for the concert tickets and the progress bar keeps jerking forward.
fr situation n | Vente à la bougie pour la maison du canal : la flamme vacille et personne n'a encore relancé.
+ en situation n | Candle auction for the canal house: the flame's flickering and nobody's raised the bid yet.
fr situation l | Je monte sur la balance après trois mois d'efforts, et l'aiguille oscille encore.
+ en situation l | Stepping on the scales after three months of effort, and the needle's still wobbling.
fr situation n | La radio va annoncer le gagnant du jeu, et je suis presque sûr d'avoir donné la bonne réponse.
+ en situation n | The radio's about to announce who won the phone-in, and I'm pretty sure I gave the right answer.
fr situation n | Chasse aux œufs : il ne reste que l'œuf en or, et mes deux neveux sont à deux mètres de la cachette.
+ en situation n | Easter egg hunt: only the golden egg's left and my two nephews are two metres from where it's hidden.
fr situation n | Rallye d'orientation, dernière balise, on sprinte vers l'arrivée en même temps que l'équipe rivale.
+ en situation n | Orienteering race, last checkpoint, and we're sprinting for the finish alongside the rival team.

# explicit
fr explicit n | Je suis sur des charbons ardents en attendant le verdict.
+ en explicit n | I'm on tenterhooks waiting for the verdict.
fr explicit h | Ce suspense me tue, je veux savoir !
+ en explicit h | This suspense is killing me, I need to know!
fr explicit n | Je retiens mon souffle jusqu'à la dernière seconde.
+ en explicit n | I'm holding my breath right up to the last second.
fr explicit n | Je me ronge les ongles tellement c'est serré.
+ en explicit n | I'm biting my nails, it's that close.
fr explicit n | Je suis scotché à mon siège, impossible de décrocher.
+ en explicit n | I'm glued to my seat, I can't look away.
fr explicit h | Cette attente est insoutenable, allez, dites-le !
+ en explicit h | This wait is unbearable, come on, just say it!
fr explicit n | Je suis tenu en haleine depuis le début de la soirée.
+ en explicit n | I've been kept on the edge of my seat all evening.
fr explicit n | Le cœur battant, j'attends de savoir qui va l'emporter.
+ en explicit n | Heart thumping, I'm waiting to see who comes out on top.
fr explicit n | Soirée haletante, tout peut encore basculer.
+ en explicit n | What a nail-biter of an evening, it could still go either way.
fr explicit n | J'ai les yeux rivés sur l'écran, je ne cligne même plus.
+ en explicit n | My eyes are locked on the screen, I've stopped blinking.
fr explicit n | Je trépigne, je veux connaître la fin tout de suite.
+ en explicit n | I'm practically hopping, I want to know how it ends right now.
fr explicit n | Le dénouement approche et je suis suspendu à chaque seconde.
+ en explicit n | The big reveal is coming and I'm hanging on every second.

# negation
fr negation n | Je n'ai pas peur, c'est juste que le dernier tir au but n'est pas encore tiré.
+ en negation n | I'm not scared, it's just that the last penalty hasn't been taken yet.
fr negation n | Pas inquiet du tout, juste suspendu à la décision du jury comme tout le monde.
+ en negation n | Not worried at all, just hanging on the jury's decision like everyone else.
fr negation n | Je ne suis pas calme du tout, plus que trois numéros à tirer et ma grille est presque pleine.
+ en negation n | Not calm in the slightest: three more numbers to draw and my card's nearly full.
fr negation n | Non, je ne m'ennuie pas devant ce film, je n'ose même pas aller me chercher à boire.
+ en negation n | No, I'm not bored by this film, I don't even dare go and get a drink.
fr negation n | Je ne fais pas encore la fête, rien n'est joué tant que l'arbitre n'a pas sifflé.
+ en negation n | Not celebrating yet, nothing's settled until the ref blows the whistle.
fr negation n | Ce n'est pas de l'angoisse, c'est le frisson de savoir qui sera éliminé ce soir.
+ en negation n | It's not anxiety, it's the thrill of waiting to see who gets knocked out tonight.
fr negation n | Je ne rêvasse pas, je fixe l'horloge en attendant le tirage.
+ en negation n | I'm not daydreaming, I'm staring at the clock waiting for the draw.
fr negation n | On n'a pas encore gagné, il reste une manche et tout peut arriver.
+ en negation n | We haven't won yet, there's one round left and anything could happen.

# mixed
fr mixed n | Un peu fatigué, mais surtout suspendu à ce dernier set.
+ en mixed n | A bit tired, but mostly hanging on this final set.
fr mixed n | Un peu agacé que l'émission prenne du retard, mais surtout pendu à l'annonce du gagnant.
+ en mixed n | A bit annoyed the show's running late, but mostly hanging on the winner's announcement.
fr mixed n | Une pointe de trac, mais surtout une envie folle de voir la fin du match.
+ en mixed n | A touch of nerves, but mostly dying to see how the match ends.
fr mixed n | L'énigme m'intrigue, mais c'est surtout le compte à rebours de l'escape game qui me tient.
+ en mixed n | The puzzle's intriguing, but it's really the escape room countdown that's got me gripped.
fr mixed n | La soirée est sympa, mais là tout le monde se tait pour le dernier tirage de la tombola.
+ en mixed n | Lovely evening, but right now everyone's gone silent for the last raffle draw.
fr mixed n | Un peu déçu par le début du film, mais les vingt dernières minutes me clouent au canapé.
+ en mixed n | A bit let down by the start of the film, but the last twenty minutes have me pinned to the sofa.
fr mixed n | Légèrement énervé par l'arbitrage, mais surtout scotché à ces arrêts de jeu.
+ en mixed n | Slightly wound up by the refereeing, but mostly glued to stoppage time.
fr mixed n | Content d'être entre amis, mais surtout impatient de voir qui a deviné le meurtrier.
+ en mixed n | Happy to be with friends, but mostly itching to find out who guessed the murderer.

# long
fr long n | On a joué au Cluedo toute la soirée. Il reste deux suspects. Ma sœur ouvre l'enveloppe très lentement. Personne ne respire.
+ en long n | We've played Cluedo all evening. Two suspects left. My sister opens the envelope really slowly. Nobody's breathing.
fr long n | Le jury a goûté les six chilis. Ils discutent dans un coin depuis dix minutes. Le mien, c'est le numéro quatre. Ils reviennent avec le micro.
+ en long n | The judges have tasted all six chillis. They've been huddled in a corner for ten minutes. Mine is number four. They're walking back with the mic.
fr long n | Mon père joue les mêmes numéros depuis vingt ans. Ce soir, les quatre premiers sont sortis. Il reste deux boules. Il a posé son café sans y toucher.
+ en long n | My dad has played the same numbers for twenty years. Tonight the first four came up. Two balls to go. He's put his coffee down without touching it.
fr long n | J'ai envoyé ma nouvelle à un concours. Les finalistes sont publiés à midi. Il est 11 h 58. Je rafraîchis la page.
+ en long n | I sent my short story to a competition. The finalists go up at noon. It's 11:58. I'm refreshing the page.
fr long h | Deuxième prolongation en finale de hand. Égalité parfaite. Dernière attaque, trois secondes. Tout le gymnase est debout.
+ en long h | Second overtime in the handball final. Dead level. Last attack, three seconds. The whole gym is on its feet.
fr long n | Trois semaines qu'on regarde cette série. Le dernier épisode commence. Téléphones éteints. Ce soir, on sait enfin.
+ en long n | Three weeks we've been watching this show. The final episode is starting. Phones off. Tonight we finally find out.
fr long l | Course d'escargots à la fête de l'école. Le mien est en tête. Celui de Jules remonte. Plus que dix centimètres.
+ en long l | Snail race at the school fête. Mine's in the lead. Jules's is catching up. Ten centimetres to go.
fr long n | Mon meilleur ami a préparé sa demande pendant des semaines. Elle vient d'ouvrir la boîte. Elle ne dit rien. On est tous cachés derrière la haie.
+ en long n | My best friend spent weeks planning his proposal. She's just opened the box. She hasn't said a word. We're all hiding behind the hedge.

# intensity
fr intensity l | Petite attente sympa, le résultat du quiz tombe dans cinq minutes.
+ en intensity l | Bit of a wait, nothing major, the quiz result's out in five minutes.
fr intensity l | Un léger frisson d'attente avant d'ouvrir le dernier paquet.
+ en intensity l | A little flutter of anticipation before opening the last parcel.
fr intensity l | Ce polar me tient un tout petit peu, je lirai encore un chapitre.
+ en intensity l | This crime novel has me mildly hooked, I'll read one more chapter.
fr intensity h | JE N'EN PEUX PLUS, QU'ILS ANNONCENT LE GAGNANT MAINTENANT !
+ en intensity h | I CAN'T TAKE IT ANYMORE, JUST ANNOUNCE THE WINNER NOW!
fr intensity h | Insoutenable, je suis debout sur le canapé, dernière seconde du match !
+ en intensity h | Unbearable, I'm standing on the sofa, last second of the game!
fr intensity h | Le plus long silence de ma vie : l'animateur tient l'enveloppe et ne l'ouvre pas !
+ en intensity h | Longest silence of my life: the host is holding the envelope and won't open it!

# slang and emoji
fr slang_emoji h | Tirs au but là, jsuis en apnée 😬😬
fr slang_emoji n | Wsh dernier épisode ce soir, j'suis au taquet 🍿🍿
fr slang_emoji h | Azy ouvre l'enveloppe on meurt là 😩
fr slang_emoji n | Balle de match, on est tous en mode 👀👀👀
fr slang_emoji n | Le film me tient grave, le twist arrive je le sens 🍿🫣
fr slang_emoji n | Tirage de la tombola, j'croise tout ce que j'peux 🤞🤞🤞
en slang_emoji h | bro the last 2 mins of this game 😬😬 i cant breathe
en slang_emoji n | ok WHO IS THE KILLER just tell me 🍿👀
en slang_emoji n | raffle draw rn and im clutching 10 tickets 🤞🤞
en slang_emoji n | on the edge of my seat fr fr 😳📺
en slang_emoji n | this finale got me chewing my nails ngl 😬
en slang_emoji n | fantasy draft and my guy is still on the board 👀👀 c'mon c'mon

# typo
fr typo n | jsuis scotche devant le match la, plus ke 2 min
fr typo n | pk il ouvre pas l'enveloppe jpp
fr typo n | on attend les resultats du concours, tout le monde retient son souffle
fr typo n | cest la derniere manche, tout se joue maintenant
fr typo n | jsais tjr pas ki est le meurtrier et il reste 3 pages
fr typo n | le tirage c dans 5 min jsuis colle a l'ecran
en typo n | im glued to the screen, 30 secs left n its a tie
en typo n | omg theyre gonna announce the winner after the break, cant wait
en typo n | u gotta see this, last lap n theyre neck n neck
en typo n | whos the killer?? im on the last chapter n cant put it down

# one word
fr one_word n | Alors ?!
fr one_word n | Roulement de tambour...
fr one_word n | Le verdict...
fr one_word n | Qui gagne ?
en one_word n | Nail-biter.
en one_word n | Drumroll...
en one_word n | And the winner is...
en one_word n | Edge of my seat.

# other languages
es situation n | Quedan diez segundos y el balón está en el aire, no puedo ni mirar.
es explicit h | ¡Me tienes en vilo, dime ya quién ha ganado!
de situation n | Gleich wird der Gewinner verkündet, ich halte den Atem an.
it explicit n | Sono col fiato sospeso, manca solo l'ultimo rigore.
mixed situation n | Le jury va annoncer le winner, je suis on the edge de mon siège.
mixed slang_emoji n | Last episode ce soir, no spoilers please, je suis trop hooked 🍿
"""

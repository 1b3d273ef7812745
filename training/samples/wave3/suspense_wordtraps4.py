"""suspense: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation h | Tout le bar hurle « tire ! », l'ailier est seul face au gardien, et le ballon roule encore vers la surface.
+ en situation h | The whole bar is screaming "shoot!", the winger is one-on-one with the keeper, and the ball is still rolling into the box.
fr situation n | Les gamins crient « ouvre ! ouvre ! », et papi défait le ruban du dernier paquet avec une lenteur calculée.
+ en situation n | The kids are yelling "open it! open it!", and Grandpa is untying the ribbon on the last present with deliberate slowness.
en situation h | The whole arena is screaming the countdown, the quarterback has one play left, and the ball is in the air.
+ fr situation h | Toute la salle hurle le compte à rebours, le quarterback a une dernière action, et le ballon est en l'air.
fr situation n | Le commissaire-priseur crie « 2 800, qui dit mieux ? », et la dame au chapeau hésite, la main à mi-hauteur.
+ en situation n | The auctioneer calls out "2,800, any advance?", and the lady in the hat hesitates, her hand halfway up.

# reaction: pleurer / larmes
fr situation h | Les yeux qui pleurent à force de ne pas cligner : la bille de la roulette tourne encore, et tout notre pari est sur le rouge.
+ en situation h | Eyes watering from not blinking: the roulette ball is still spinning, and our whole bet is on red.
fr situation n | Ma mère a déjà les larmes aux yeux alors que le jury n'a pas encore dit quelle chorale passe en finale ; encore trois secondes de silence.
+ en situation n | My mum already has tears in her eyes and the judges haven't even said which choir goes through to the final; three more seconds of silence.
en situation n | Tears streaming from the wind, we're at the top of the rollercoaster's first drop, and the car has stopped right at the edge.
+ fr situation n | Les larmes coulent à cause du vent, on est en haut de la première descente du grand huit, et le wagon s'est arrêté pile au bord.
fr situation n | Dans le film, elle pleure devant la porte de l'embarquement, et lui traverse le terminal en courant ; l'hôtesse commence à fermer.
+ en situation n | In the film she's crying at the boarding gate, and he's running across the terminal; the steward is starting to close the door.

# reaction: trembler
fr situation h | Mes mains tremblent en grattant le ticket : deux fois 50 000 déjà, et il reste la dernière case argentée.
+ en situation h | My hands are shaking as I scratch the card: two 50,000s already, and one silver box left.
en situation n | The Jenga tower is shaking, forty-two blocks in, and my uncle is easing one out from the very bottom.
+ fr situation n | La tour de Jenga tremble, quarante-deux blocs, et mon oncle fait glisser une pièce tout en bas.
fr situation n | Le fil du funambule tremble au-dessus de la place, il est à mi-chemin, et toute la fête du village lève la tête.
+ en situation n | The tightrope walker's wire is trembling above the square, he's halfway across, and the whole village fair is looking up.
fr typo h | jtremble la, le livreur de la tombola du CE est en bas avec LE lot et il demande le nom du gagnant a l'accueil
+ en typo h | im shaking, the guy from the works raffle is downstairs with THE prize asking reception for the winner's name

# reaction: le cœur qui bat / s'emballe
fr situation h | Mon cœur s'emballe : relais 4 x 100 de ma fille, elle prend le témoin à égalité avec la couloir 5.
+ en situation h | My heart's racing: my daughter's 4x100 relay, she takes the baton level with lane 5.
en situation h | Heart pounding, I watch the price on the auction app tick down: 14 seconds, and nobody has outbid me yet.
+ fr situation h | Le cœur qui cogne, je regarde le chrono de l'appli d'enchères descendre : 14 secondes, et personne n'a encore surenchéri.
fr situation n | Le cœur battant, on regarde le boulanger sortir la galette géante du concours, on va savoir qui a la fève d'or.
+ en situation n | Hearts pounding, we watch the baker bring out the giant competition galette; we're about to find out who has the golden charm.

# reaction: mains moites
fr situation h | Les mains moites sur la manette : boss final, une seule vie, et sa barre d'énergie clignote en rouge.
+ en situation h | Sweaty palms on the controller: final boss, one life left, and its health bar is flashing red.
en situation n | Sweaty palms on the steering wheel of the go-kart: last lap, my sister is right on my bumper at the final bend.
+ fr situation n | Les mains moites sur le volant du kart : dernier tour, ma sœur est collée à mon pare-chocs avant le dernier virage.
fr situation n | Mains moites autour de ma tasse, je regarde le notaire décacheter l'enveloppe du tirage au sort pour la parcelle du lotissement.
+ en situation n | Sweaty hands round my mug, I watch the notary unseal the envelope for the draw on the building plots.

# reaction: sauter / bondir
fr situation h | Tout le salon a bondi du canapé : le ballon a tapé la barre, il rebondit sur la ligne, et l'arbitre porte la main à son oreillette.
+ en situation h | The whole living room jumped off the sofa: the ball hit the bar, bounced on the line, and the ref has his hand to his earpiece.
en situation n | I jump every time my phone buzzes: the festival ticket ballot results come out tonight, and it's already 9:50.
+ fr situation n | Je sursaute à chaque vibration du téléphone : le tirage des billets du festival tombe ce soir, et il est déjà 21 h 50.
fr situation n | Ma fille saute sur place au bord du bassin : son ami est en tête à la dernière longueur, mais l'autre nageur remonte.
+ en situation n | My daughter is jumping up and down at the poolside: her friend is leading on the last length, but the other swimmer is closing in.

# reaction: courir
fr situation n | Je cours à la boîte aux lettres dès que j'entends le facteur : la réponse du concours photo doit arriver cette semaine.
+ en situation n | I run to the letterbox as soon as I hear the postman: the answer from the photo competition is due this week.
en situation h | The dog is running flat out towards the finish at the agility final, one obstacle left, and the clock is neck and neck with the leader.
+ fr situation h | Le chien court ventre à terre vers l'arrivée de la finale d'agility, plus qu'un obstacle, et le chrono est au coude-à-coude avec le premier.
fr situation n | On a couru jusqu'au panneau d'affichage de la salle des fêtes : la liste des lauréats du concours de nouvelles vient d'être épinglée.
+ en situation n | We ran to the noticeboard at the village hall: the list of winners of the short-story competition has just been pinned up.

# reaction: rire / fou rire
fr situation n | On rit nerveusement sur le canapé, mais personne ne lâche l'écran : l'émission va révéler qui se cache sous le costume de licorne.
+ en situation n | We're laughing nervously on the sofa, but nobody takes their eyes off the screen: the show is about to reveal who's inside the unicorn costume.
en mixed n | We had the giggles at first, but now the whole table is dead quiet: the pub quiz is tied and the host is reading the tiebreaker.
+ fr mixed n | On avait le fou rire au début, mais là toute la table se tait : égalité au quiz du bar, et l'animateur lit la question subsidiaire.
fr situation n | Fou rire nerveux dans la cuisine : la roue du jeu télé ralentit, case 10 000 euros ou banqueroute, et elle s'arrête... presque.
+ en situation n | Nervous giggles in the kitchen: the game show wheel is slowing down, 10,000 euros or bankrupt, and it's stopping... almost.
fr slang_emoji h | mdr on rigole mais on est tous en apnée 😂😬 le gâteau de la mariée penche à mort et le traiteur le porte encore jusqu'à la table
+ en slang_emoji h | lol we're laughing but nobody's breathing 😂😬 the wedding cake is leaning like crazy and the caterer is still carrying it to the table

# reaction: le souffle coupé
fr situation h | Souffle coupé dans tout le chapiteau : la trapéziste lâche la barre, tourne trois fois, et les mains de son partenaire s'avancent.
+ en situation h | The whole big top holds its breath: the trapeze artist lets go of the bar, spins three times, and her partner's hands reach out.
en situation h | Breathless, we watch the last domino in the school's world-record attempt wobble in front of the final row.
+ fr situation h | Le souffle coupé, on regarde le dernier domino de la tentative de record de l'école vaciller devant la dernière rangée.
fr situation n | Le souffle court au sommet de la dune, on attend que le soleil passe derrière la lune : l'éclipse annulaire commence dans une minute.
+ en situation n | Short of breath at the top of the dune, we wait for the sun to slide behind the moon: the annular eclipse starts in a minute.

# reaction: sans voix
fr situation h | Le commentateur est resté sans voix : trente secondes au chrono pour le champion d'échecs, et il doit trouver le mat en trois coups.
+ en situation h | The commentator has gone silent: thirty seconds on the champion's clock, and he has to find mate in three.
en situation n | The whole table is speechless: the escape-game master is holding the final envelope, and says only one team beat the record.
+ fr situation n | Toute la table est sans voix : le maître du jeu tient la dernière enveloppe et annonce qu'une seule équipe a battu le record.
fr situation n | Ma sœur est sans voix, le téléphone à l'oreille : c'est la radio, et l'animateur lui demande de donner le prix exact du caddie.
+ en situation n | My sister can't speak, phone to her ear: it's the radio station, and the presenter is asking her for the exact price of the trolley.

# reaction: je n'en reviens pas
fr situation h | Je n'en reviens pas, on est en finale du quiz du bar contre les profs du lycée, et il reste une seule question à tirer.
+ en situation h | I can't believe it, we're in the pub quiz final against the school's teachers, and there's one question left to draw.
en situation n | Can't believe it's still going: ninth inning, bases loaded, two out, and my cousin is walking up to bat.
+ fr situation n | J'en reviens pas que ça dure encore : neuvième manche, bases pleines, deux retraits, et mon cousin s'avance à la batte.

# reaction: pas dormi de la nuit
fr situation h | Pas dormi de la nuit : le tirage de la Coupe de France est à 9 h, et notre club de village pourrait tomber sur un club de Ligue 1.
+ en situation h | Didn't sleep a wink: the French Cup draw is at 9 a.m., and our village club could get a top-flight team.
en situation n | Couldn't sleep: the final episode drops at 3 a.m. and we've got the alarm set, popcorn on the table and the murderer still a mystery.
+ fr situation n | Impossible de dormir : le dernier épisode sort à 3 h, réveil réglé, pop-corn sur la table, et on ne sait toujours pas qui est le meurtrier.
fr typo n | pas dormi de la nuit, les resultats du concours de la fanfare tombent a 8h sur le site et jactualise deja depuis 7h30
+ en typo n | didnt sleep all night, the brass band contest results go up on the site at 8 and ive been refreshing since 7.30

# reaction: les jambes en coton
fr situation n | Jambes en coton dans la file du casting : ils appellent les numéros un par un, on en est au 214 et j'ai le 217.
+ en situation n | Legs like jelly in the casting queue: they're calling numbers one by one, they're on 214 and I'm 217.
en situation h | Wobbly legs on the sidelines: my son is taking the last conversion, from the touchline, and if it goes over we draw the final.
+ fr situation h | Les jambes en coton au bord du terrain : mon fils tente la dernière transformation, en coin, et si elle passe, on égalise en finale.

# reaction: la gorge serrée
fr situation h | La gorge serrée, on suit l'enchère sur la maison de nos rêves : 312 000, 315 000, et le notaire lève son marteau.
+ en situation h | Throat tight, we're following the bidding on our dream house: 312,000, 315,000, and the notary raises his gavel.
en situation n | Lump in my throat as my daughter lines up on the ski slope for her first race; the starting beep goes, the gate flips open.
+ fr situation n | La gorge serrée, je regarde ma fille se placer pour sa première course de ski ; le bip retentit, le portillon s'ouvre.

# reaction: le ventre noué
fr situation h | Le ventre noué, j'attends que le présentateur ouvre la dernière boîte du jeu : 1 euro ou 100 000.
+ en situation h | Stomach in knots, I wait for the host to open the last box on the show: 1 euro or 100,000.
en situation n | Knot in my stomach: the judges at the county show are walking back along the line of cows, rosette in hand, and haven't stopped yet.
+ fr situation n | Le ventre noué : les juges du concours agricole repassent devant la rangée de vaches, la cocarde à la main, sans s'arrêter encore.
fr situation n | Ventre noué devant la télé : la candidate de notre ville est dans les trois dernières à la finale de l'émission de chant.
+ en situation n | Stomach in knots in front of the TV: the contestant from our town is in the last three of the singing show final.

# reaction: frissons / chair de poule
fr situation h | Chair de poule : la musique du film se tait, l'ombre est derrière le rideau de douche, et elle tend la main vers le tissu.
+ en situation h | Goosebumps: the film's music goes quiet, the shadow is behind the shower curtain, and she reaches for the fabric.
en situation n | Chills all the way down my arms: the storyteller lowers his voice, the lantern flickers, and he says "and then the door opened...".
+ fr situation n | Des frissons plein les bras : le conteur baisse la voix, la lanterne vacille, et il dit « et c'est alors que la porte s'ouvrit... ».
fr situation n | Frissons sur le quai : le conducteur du train à vapeur restauré tire le levier, et on ne sait pas encore si la loco va bouger.
+ en situation n | Shivers on the platform: the driver of the restored steam train pulls the lever, and we don't know yet if the engine will move.

# reaction: serrer les poings
fr situation h | Je serre les poings sur l'accoudoir : le coureur français attaque à un kilomètre de l'arrivée, et le peloton revient à toute allure.
+ en situation h | I'm clenching my fists on the armrest: the French rider attacks a kilometre from the finish, and the pack is closing fast.
en situation n | Fists clenched, the whole family watches my grandad line up the last boule; ours is touching the jack, theirs is two centimetres off.
+ fr situation n | Les poings serrés, toute la famille regarde papi viser avec la dernière boule ; la nôtre touche le cochonnet, la leur est à deux centimètres.

# reaction: claquer la porte
fr situation h | Dans la série, une porte claque au grenier, et l'héroïne monte l'escalier marche après marche ; personne ne respire dans le salon.
+ en situation h | In the series a door slams in the attic, and the heroine climbs the stairs one step at a time; nobody on the sofa is breathing.
fr situation h | Cache-cache dans le noir : une porte claque à l'étage, les pas approchent, et je suis recroquevillé dans le placard en attendant que mon cousin ouvre.
+ en situation h | Hide-and-seek in the dark: a door slams upstairs, the footsteps come closer, and I'm curled up in the wardrobe waiting for my cousin to open it.

# reaction: rougir
fr situation n | Ma collègue rougit jusqu'aux oreilles : le DJ va annoncer la gagnante du karaoké, et elle est dans les deux dernières.
+ en situation n | My colleague is blushing to her ears: the DJ is about to announce the karaoke winner, and she's one of the last two.
en situation h | My sister's gone bright red: he's down on one knee in the restaurant, the box is in his hand, and she still hasn't answered.
+ fr situation h | Ma sœur est devenue toute rouge : il est à genoux dans le restaurant, l'écrin à la main, et elle n'a toujours pas répondu.

# reaction: silence
fr situation h | Silence total dans la salle des fêtes : le maire plonge la main dans l'urne pour tirer le gagnant du panier garni.
+ en situation h | Total silence in the village hall: the mayor puts his hand in the box to draw the winner of the hamper.
en situation n | Silence in the car: the radio is about to read out the code word for the listeners' jackpot, and we've got the form on my knee.
+ fr situation n | Silence dans la voiture : la radio va lire le mot de passe du jackpot des auditeurs, et j'ai le bulletin sur les genoux.
fr situation n | Un silence de plomb au club de tennis : balle de match, le service touche la bande, et on attend de voir de quel côté elle retombe.
+ en situation n | Dead silence at the tennis club: match point, the serve clips the net, and we're waiting to see which side it drops on.

# reaction: immobile
fr situation h | Immobile, la main sur la souris, j'attends que l'horloge affiche 10:00:00 pour cliquer sur « réserver » les places du concert.
+ en situation h | Frozen, hand on the mouse, I'm waiting for the clock to hit 10:00:00 to click "book" for the concert tickets.
en situation n | The whole class is frozen in place: musical statues, two kids left, and the teacher's finger is hovering over the play button.
+ fr situation n | Toute la classe est immobile : jeu des statues, plus que deux enfants en lice, et le doigt de la maîtresse hésite au-dessus du bouton.
fr situation n | Le pêcheur reste immobile, le bouchon vient de plonger deux fois, et mon neveu attend le signal pour ferrer son premier brochet.
+ en situation n | The angler stays perfectly still, the float has just dipped twice, and my nephew is waiting for the signal to strike his first pike.

# reaction: fixer le plafond
fr situation n | Je fixe le plafond au lieu de dormir : demain à 8 h, la radio annonce la chanson gagnante du concours, et la mienne est finaliste.
+ en situation n | Staring at the ceiling instead of sleeping: tomorrow at 8 the radio announces the winning song, and mine's a finalist.
en situation n | Everyone in the hall is staring up at the ceiling net full of balloons: the countdown to the big drop is at ten seconds.
+ fr situation n | Toute la salle fixe le plafond et son filet plein de ballons : le compte à rebours du grand lâcher en est à dix secondes.

# reaction: soupirer
fr situation n | Le candidat soupire, regarde le public, et hésite encore entre la réponse B et la D pour la question à 150 000 euros.
+ en situation n | The contestant sighs, looks at the audience, and is still torn between answer B and D for the 150,000-euro question.
en situation n | The judge sighs, puts her glasses back on and picks up the scorecard for the final dance; the two couples hold hands.
+ fr situation n | La juge soupire, remet ses lunettes et prend la feuille de notes de la dernière danse ; les deux couples se tiennent la main.

# reaction: sourire
fr situation h | Le présentateur sourit, ouvre l'enveloppe avec une lenteur infinie, et ne dit toujours pas le nom du lauréat.
+ en situation h | The host smiles, opens the envelope with infinite slowness, and still doesn't say the winner's name.
en situation n | My brother is smiling with his poker face on, all in, and the dealer is about to turn the river card.
+ fr situation n | Mon frère sourit en gardant son air de joueur, il est à tapis, et le croupier s'apprête à retourner la dernière carte.
fr situation n | Le brocanteur sourit en examinant la signature sous le tableau de grand-mère ; est-ce un vrai ou une copie ? Il prend sa loupe.
+ en situation n | The dealer smiles as he studies the signature under Grandma's painting; real or a copy? He reaches for his magnifying glass.

# reaction: enfin
fr wish h b=dim | Enfin l'épisode final ! Dans dix minutes on saura qui est le traître du château. Lumières basses, s'il te plaît.
+ en wish h b=dim | Finally, the last episode! In ten minutes we'll know who the traitor in the castle is. Lights down low, please.
en situation n | Finally, the jury is coming back out of the tasting room, and one of them is holding the gold ribbon for the best jam.
+ fr situation n | Enfin, le jury sort de la salle de dégustation, et l'un d'eux tient le ruban doré de la meilleure confiture.

# reaction: encore
fr situation h | Encore une égalité ! Troisième tie-break, et le serveur fait rebondir la balle une éternité avant de servir.
+ en situation h | Level again! Third tie-break, and the server bounces the ball for an eternity before serving.
en situation n | Another extra round of the spelling bee, still just the two of them, and the word is "onomatopoeia".
+ fr situation n | Encore un tour supplémentaire à la dictée, toujours rien que ces deux-là, et le mot est « onomatopée ».

# reaction: toujours
fr situation n | Toujours rien : le jury délibère depuis quarante minutes sur le concours de pâtisserie, et mon éclair est sur la table.
+ en situation n | Still nothing: the judges have been deliberating on the pastry contest for forty minutes, and my éclair is on the table.
en situation h | Still no winner after six hours of the chess tournament decider, and the last pawn is crawling towards the eighth rank.
+ fr situation h | Toujours pas de vainqueur après six heures de partie décisive, et le dernier pion avance vers la huitième rangée.

# reaction: jamais
fr situation h | Jamais vu un match aussi serré : 99 partout, quatre secondes à jouer, et le ballon est à l'équipe adverse.
+ en situation h | Never seen a game this close: 99 all, four seconds on the clock, and the other team has the ball.
en situation n | I've never waited this long for a tweet: the club promised to announce the new signing at noon, and it's 12:04.
+ fr situation n | Jamais attendu un tweet aussi longtemps : le club a promis d'annoncer la nouvelle recrue à midi, et il est 12 h 04.

# reaction: d'un coup / tout à coup
fr situation h | D'un coup la salle s'éteint, et une voix annonce que le nom du court-métrage primé va s'afficher à l'écran.
+ en situation h | Suddenly the room goes dark, and a voice announces that the winning short film's title is about to appear on screen.
en situation n | All of a sudden the livestream freezes on the rocket, two seconds from lift-off, and the whole classroom stares at the spinning wheel.
+ fr situation n | Tout à coup, le direct se fige sur la fusée, à deux secondes du décollage, et toute la classe fixe la roue qui tourne.

# reaction: incroyable / fou / dingue
fr situation h | C'est dingue, tirs au but à 7 partout, et ce sont les gardiens qui vont tirer.
+ en situation h | This is insane, 7 all in the shoot-out, and now it's the goalkeepers taking the kicks.
en situation n | Incredible finish at the pie-eating contest: both men on their last pie, and the bell is about to ring.
+ fr situation n | Fin incroyable au concours de mangeurs de tartes : les deux hommes attaquent leur dernière part, et la cloche va sonner.
fr slang_emoji h | c'est ouf 😱 le dernier numéro du loto de l'école va tomber et ma carte attend que le 27, tt le gymnase retient son souffle
+ en slang_emoji h | this is nuts 😱 last number of the school bingo and my card just needs 27, the whole gym's holding its breath

# reaction: énorme
fr situation n | Énorme tension au marché aux bestiaux : deux éleveurs surenchérissent sur le taureau, et le commissaire compte jusqu'à trois.
+ en situation n | Huge tension at the livestock market: two farmers are bidding up the bull, and the auctioneer is counting to three.
en situation h | Huge moment on the darts telly: nine-darter on, eight perfect throws, and he's lining up the double twelve.
+ fr situation h | Moment énorme aux fléchettes à la télé : neuf fléchettes parfaites en vue, huit lancers sans faute, et il vise le double douze.

# reaction: trop / grave
fr slang_emoji h | jsuis trop en stress 😬 le live du tirage des maillots dédicacés commence et mon pseudo est dans la roue
+ en slang_emoji h | I'm so wound up 😬 the signed shirts giveaway livestream is starting and my username is on the wheel
fr typo n | grave tendu la, ma soeur ouvre le colis mystere de l'enchere ebay a 1 euro devant tt le monde, ca peut etre nimporte quoi
+ en typo n | so tense rn, my sis is opening the 1 euro ebay mystery box in front of everyone, could be literally anything

# reaction: mort de / dying
fr situation h | Je meurs d'impatience : la présentatrice a l'enveloppe du prix du public entre les doigts, et elle fait une blague avant de l'ouvrir.
+ en situation h | I'm dying here: the host has the audience award envelope between her fingers, and she's making a joke before opening it.
en situation n | I'm dying to know who wins: the cooking show has cut to adverts right as the chef tastes the last dish.
+ fr situation n | Je meurs d'envie de savoir qui gagne : l'émission de cuisine coupe pour la pub pile quand le chef goûte le dernier plat.
fr situation h | Mort de trouille pour mon équipe : coup franc à la dernière seconde, le mur recule, et notre capitaine pose le ballon.
+ en situation h | Scared stiff for my team: free kick in the last second, the wall steps back, and our captain places the ball.

# reaction: negation and mixed
fr negation n | Ce n'est pas de la peur si je tremble : le juge de ligne lève son drapeau, et on ne sait pas encore si le but est valable.
+ en negation n | It's not fear making me shake: the linesman is raising his flag, and we don't know yet if the goal stands.
en negation n | Not sad, these tears: I haven't blinked in a minute, the archer is drawing her last arrow and the gold is one point away.
+ fr negation n | Ce ne sont pas des larmes de tristesse : je n'ai pas cligné depuis une minute, l'archère bande son dernier arc et l'or se joue à un point.
fr negation n | Je ne suis pas en colère, je serre juste les dents : le vote du public s'affiche, et notre troupe de théâtre est au coude-à-coude.
+ en negation n | I'm not angry, just gritting my teeth: the public vote is coming up on screen, and our theatre group is neck and neck.
fr mixed n | Un peu mort de rire devant le costume du présentateur, mais surtout suspendu à ses lèvres : il va annoncer le gagnant du concours de sosies.
+ en mixed n | Half dying of laughter at the host's costume, but mostly hanging on his every word: he's about to announce the lookalike contest winner.
en mixed n | A bit teary at my niece's first piano exam, but mostly on the edge of my seat: the examiner is about to read out her mark.
+ fr mixed n | Un peu ému au premier examen de piano de ma nièce, mais surtout sur le bord de ma chaise : l'examinateur va lire sa note.

# reaction: explicit and wishes
fr explicit h | Un suspense insoutenable : le notaire lit le testament de tonton, et on arrive au paragraphe sur la collection de timbres.
+ en explicit h | The suspense is unbearable: the notary is reading my uncle's will, and we're getting to the paragraph about the stamp collection.
en explicit n | On tenterhooks: the town council is voting right now on which design wins the new playground, and mine is one of two left.
+ fr explicit n | Sur des charbons ardents : le conseil municipal vote en ce moment sur le projet de la nouvelle aire de jeux, et le mien est l'un des deux derniers.
fr wish h c=purple;navy b=dim | Cœur qui bat, dernier chapitre du polar, on va savoir qui a tué le notaire : du violet et du bleu nuit, lumière tamisée.
+ en wish h c=purple;navy b=dim | Heart thumping, last chapter of the crime novel, we're about to learn who killed the notary: purple and navy, lights low.

# reaction: hurler, pleurer, courir (vie de tous les jours)
fr situation h | Les supporters hurlent dans le stade, la voiture de tête entre dans le dernier virage avec sa rivale collée dans les roues.
+ en situation h | The fans are screaming in the stands, the lead car is into the last bend with its rival right on its tail.
en situation n | My nephew is running back and forth in front of the oven: the giant cookie he's made for the school contest has two minutes left.
+ fr situation n | Mon neveu fait des allers-retours en courant devant le four : le cookie géant pour le concours de l'école a encore deux minutes de cuisson.
fr situation n | Les oignons me font pleurer, mais je ne quitte pas la radio : le jeu des auditeurs en est à la question banco, quitte ou double.
+ en situation n | The onions have me crying, but I'm glued to the radio: the listeners' quiz has reached the double-or-nothing question.
fr situation h | Je hurle « allez ! » toute seule dans le salon : la skieuse de notre station est en vert au dernier intermédiaire, il reste cent mètres.
+ en situation h | I'm yelling "come on!" alone in the living room: the skier from our resort is in the green at the last split, a hundred metres to go.
"""

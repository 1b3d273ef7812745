"""suspense: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Tout le monde sourit nerveusement autour de la table : dernier tour de Uno, le perdant fait la vaisselle, et il me reste une carte.
+ en situation n | Everyone round the table is smiling nervously: last round of Uno, the loser does the washing-up, and I'm down to one card.
fr situation n | Mon café refroidit, je fixe le tirage du loto : il reste une boule à sortir et j'ai déjà cinq bons numéros.
+ en situation n | My coffee's going cold as I stare at the lottery draw: one ball left to come out and I've already got five right.
fr situation l | Pique-nique au parc, on a parié : le cerf-volant du petit va-t-il passer au-dessus du grand chêne ? Il monte, il monte...
+ en situation l | Picnic in the park, we've placed bets: will the little one's kite clear the big oak? It's climbing, climbing...
fr situation n | Au gala, ma fille chante son solo et elle arrive à la note aiguë qu'elle ratait à chaque répétition.
+ en situation n | At the school show my daughter is singing her solo and she's reaching the high note she missed at every rehearsal.
fr situation n | Le gâteau d'anniversaire est retourné sur le plat devant les invités, je soulève le moule : entier ou en miettes ?
+ en situation n | The birthday cake is turned out onto the plate in front of the guests, I lift the tin: in one piece or in crumbs?
fr situation l | Petit-déjeuner en terrasse, on suit des yeux le serveur qui porte douze tasses sur un plateau, il attaque les marches...
+ en situation l | Breakfast on the terrace, we're all watching the waiter carry twelve cups on a tray, he's starting down the steps...
fr situation n | Mon frère dit qu'il a une grande nouvelle pour le repas de famille, mais il attend le dessert pour l'annoncer et fait exprès de traîner.
+ en situation n | My brother says he's got big news for the family meal, but he's waiting for dessert to announce it and dragging it out on purpose.
fr slang_emoji n | le ptit dej est prêt mais moi jsuis scotché au tirage de la coupe 😬 plus que deux boules dans le pot
+ en slang_emoji n | breakfast's ready but I'm glued to the cup draw 😬 only two balls left in the pot

# trap words from curiosite
fr situation h | L'enquêtrice réunit tous les suspects dans le salon, elle va enfin dire qui est le coupable... et l'épisode coupe.
+ en situation h | The detective gathers all the suspects in the drawing room, she's finally about to name the culprit... and the episode cuts.
fr situation n | Quiz du pub, question de science : pourquoi le ciel est bleu ? On a rendu notre réponse, un point derrière les premiers, et l'animateur va lire la bonne.
+ en situation n | Pub quiz, science question: why is the sky blue? We've handed in our answer, one point behind the leaders, and the quizmaster is about to read out the right one.
fr situation n | Dernier indice de la chasse au trésor : les enfants creusent sous le pommier, et la pelle vient de toucher quelque chose de dur.
+ en situation n | Last clue of the treasure hunt: the kids are digging under the apple tree and the spade has just hit something hard.
fr situation n | Plus que dix pages de mon polar et je ne sais toujours pas pourquoi la sœur a menti. Je tourne la page.
+ en situation n | Ten pages left of my crime novel and I still don't know why the sister lied. I turn the page.
fr situation n | Le mail du test ADN est arrivé, maman clique, la page charge au ralenti et on est tous penchés sur l'écran.
+ en situation n | The DNA test email has arrived, Mum clicks, the page loads painfully slowly and we're all leaning over the screen.
fr situation n | Le colis mystère est sur la table, mon mari coupe le scotch centimètre par centimètre et personne ne parle.
+ en situation n | The mystery parcel is on the table, my husband is cutting the tape inch by inch and nobody says a word.
fr situation n | Expérience du petit à la fête de l'école : le volcan au bicarbonate va-t-il marcher devant tout le monde ? Il verse le vinaigre.
+ en situation n | My little one's experiment at the school fair: will the baking-soda volcano work in front of everyone? He's pouring in the vinegar.
fr situation n | Documentaire animalier : la gazelle boit au bord du fleuve, le crocodile glisse sous l'eau vers elle, et je n'ose plus respirer.
+ en situation n | Wildlife documentary: the gazelle is drinking at the river's edge, the crocodile is gliding underwater towards it, and I daren't breathe.

# trap words from detente
fr situation n | Même sur mon transat, je ne tiens plus en place : la finale est au jeu décisif sur mon téléphone, 6-6.
+ en situation n | Even on my sun lounger I can't sit still: the final has gone to a tie-break on my phone, 6-6.
fr situation n | Piscine municipale : mon fils s'avance au bout du plongeoir de cinq mètres pour la première fois. Va-t-il sauter ?
+ en situation n | Local pool: my son is inching to the end of the five-metre board for the first time. Will he jump?
fr situation l | Sieste impossible : le livreur doit apporter la nouvelle console entre 14 h et 18 h, et je bondis à chaque bruit de moteur.
+ en situation l | No chance of a nap: the courier is bringing the new console between 2 and 6 pm, and I leap up at every engine noise.
fr situation n | Dans mon bain, j'écoute le dernier épisode du podcast criminel, et l'animateur va enfin dire qui envoyait les lettres.
+ en situation n | In the bath, listening to the last episode of the true-crime podcast, and the host is finally about to reveal who sent the letters.
fr situation n | La plage est calme, mais au beach-volley c'est balle de match à 14-13, et c'est à moi de servir.
+ en situation n | The beach is peaceful, but in the beach volleyball it's match point at 14-13, and it's my serve.
fr situation l | Assis au calme au bord de l'étang, mon bouchon vient de plonger deux fois : ça mord ou pas ? Je ne bouge plus.
+ en situation l | Sitting quietly by the pond, my float has just dipped twice: is it a bite or not? I freeze.
fr situation n | Soirée tranquille devant la télé, sauf que le candidat du jeu en est à la question à un million et qu'il hésite entre B et D.
+ en situation n | Quiet night in front of the telly, except the quiz contestant is on the million question and torn between B and D.
fr negation n | Rien de relaxant dans ce spa : j'ai l'œil sur mon téléphone, ma sœur court le dernier tour de sa course en direct.
+ en negation n | Nothing relaxing about this spa: I've got one eye on my phone, my sister is running the last lap of her race live.

# trap words from euphorie
fr situation n | La fête bat son plein mais tout le monde se tait : le DJ va annoncer le gagnant du concours de déguisements.
+ en situation n | The party is in full swing but everyone's gone quiet: the DJ is about to announce who won the fancy-dress contest.
fr situation h | Au concert, le chanteur va faire monter quelqu'un sur scène, et le projecteur balaie la foule en se rapprochant de nous.
+ en situation h | At the gig the singer is about to pull someone up on stage, and the spotlight is sweeping the crowd, getting closer to us.
fr situation h | Compte à rebours du Nouvel An, et mon frère s'est mis à genoux devant sa copine avec une bague. Elle n'a encore rien dit.
+ en situation h | New Year countdown, and my brother has got down on one knee in front of his girlfriend with a ring. She hasn't said anything yet.
fr situation n | Le champagne est dans le seau, mais on ne l'ouvre pas avant le résultat du vote en direct à la télé.
+ en situation n | The champagne's in the bucket, but we're not opening it until the live vote result comes up on TV.
fr situation n | Soirée karaoké : l'appli tire au sort le prochain chanteur, et les prénoms défilent de plus en plus lentement sur l'écran.
+ en situation n | Karaoke night: the app is picking the next singer at random, and the names are scrolling slower and slower on the screen.
fr situation h | Le stade hurlait, et d'un coup plus un bruit : le drop de la dernière seconde est en l'air, droit vers les poteaux.
+ en situation h | The stadium was roaring, and suddenly not a sound: the last-second drop goal is in the air, heading for the posts.
fr situation n | Au festival, les lumières s'éteignent sur la grande scène et personne ne sait encore quel invité surprise va entrer.
+ en situation n | At the festival the lights go down on the main stage and nobody knows yet which surprise guest is about to walk on.
fr typo n | on danse tjrs mais les yeux sur le tel, le resultat du vote pour le bde tombe dans 3 min
+ en typo n | still dancing but eyes on the phone, the student union vote result drops in 3 min

# trap words from reverie
fr situation n | Notre offre pour la maison de nos rêves est en concurrence avec une autre, et l'agent vient de rappeler. Je décroche.
+ en situation n | Our offer on our dream house is up against another one, and the agent has just called back. I pick up.
fr situation n | Les étoiles brillent au-dessus du camping, et le jeu de piste de nuit arrive à la dernière balise : quelle équipe va la trouver en premier ?
+ en situation n | The stars are out over the campsite, and the night-time trail game is down to the last marker: which team will find it first?
fr situation n | La lune éclaire le terrain de pétanque, dernière boule de la partie à 12-12, et mon oncle prend son élan.
+ en situation n | The moon is lighting up the boules pitch, last ball of the game at 12-12, and my uncle is winding up his throw.
fr situation l | L'avion en papier de ma fille flotte au-dessus de la cour comme au ralenti : va-t-il passer la ligne du concours ou piquer du nez ?
+ en situation l | My daughter's paper plane is floating over the playground as if in slow motion: will it make it past the contest line or nosedive?
fr situation l | Les nuages couvrent le sommet depuis l'aube, et le photographe attend, le doigt sur le déclencheur, la trouée qui va montrer le pic.
+ en situation l | Cloud has hidden the summit since dawn, and the photographer waits, finger on the shutter, for the gap that will reveal the peak.
fr situation n | Ma fille s'imaginait dans un film depuis toute petite, et la directrice de casting va lire la liste des enfants retenus.
+ en situation n | My daughter has pictured herself in a film since she was tiny, and the casting director is about to read out the list of children chosen.
fr situation n | Course de montgolfières : deux ballons flottent vers la croix au sol, lequel va lâcher son sac de sable le plus près ?
+ en situation n | Hot-air balloon race: two balloons are drifting towards the cross on the ground, which one will drop its sandbag closest?
fr situation h | J'en rêvais toute la semaine, de ce match : 79e minute, un point de retard, mêlée sur leur ligne.
+ en situation h | I'd been dreaming about this game all week: 79th minute, one point down, scrum on their line.

# trap words from victoire
fr situation n | Le trophée brille sur la table du jury, et le président déplie l'enveloppe sans se presser.
+ en situation n | The trophy is gleaming on the judges' table, and the chairman unfolds the envelope without any hurry.
fr situation h | Médaille de bronze en jeu : on attend le dernier saut de la Norvégienne pour savoir si ma fille reste sur le podium.
+ en situation h | Bronze medal on the line: we're waiting for the Norwegian's last jump to know if my daughter stays on the podium.
fr situation h | Le record du club est à portée : mon fils attaque la dernière longueur et le chrono défile sur le panneau.
+ en situation h | The club record is within reach: my son is starting his last length and the clock is ticking away on the board.
fr situation n | On a gagné le premier set, perdu le deuxième, et c'est 9-9 dans le tie-break du troisième.
+ en situation n | We won the first set, lost the second, and it's 9-9 in the third-set tie-break.
fr situation n | Premier ou deuxième ? Les deux voiliers ont coupé la ligne ensemble et le comité de course délibère.
+ en situation n | First or second? The two yachts crossed the line together and the race committee is deliberating.
fr situation n | Finale du concours de pâtisserie : il reste deux candidats, et le chef goûte leurs desserts bouchée par bouchée.
+ en situation n | Baking competition final: two contestants left, and the chef is tasting their desserts one slow bite at a time.
fr situation n | Notre startup est parmi les trois finalistes, et le jury remonte sur scène avec le chèque géant encore retourné.
+ en situation n | Our startup is one of the three finalists, and the judges are coming back on stage with the giant cheque still turned over.
fr situation l | Concours de la plus grosse citrouille : la nôtre fait 312 kilos, et on pèse la dernière, la balance grimpe encore.
+ en situation l | Biggest pumpkin contest: ours weighs 312 kilos, they're weighing the last one, and the scale is still climbing.

# trap words from colere
fr situation n | L'arbitre hésite entre jaune et rouge, il part revoir l'action sur l'écran, et le stade attend en sifflant.
+ en situation n | The ref can't decide between yellow and red, he's going to review it on the monitor, and the stadium waits, whistling.
fr situation l | Au Monopoly, mon frère jure qu'il va m'écraser. Il lance les dés : un sept et il tombe sur ma rue avec trois hôtels.
+ en situation l | At Monopoly my brother swears he's going to crush me. He rolls the dice: a seven and he lands on my street with three hotels.
fr situation n | Le juré a l'air furieux contre le candidat, puis annonce qu'il donnera sa décision... après la pub.
+ en situation n | The judge looks furious with the contestant, then says he'll give his decision... after the break.
fr situation h | Dans la série, le mari vient de trouver la lettre, il s'avance vers le bureau de sa femme, la main sur la poignée... générique.
+ en situation h | In the series the husband has just found the letter, he's walking towards his wife's study, hand on the doorknob... credits.
fr situation h | Égalité en handball, carton rouge pour leur gardien, et on a un jet de sept mètres à la dernière seconde.
+ en situation h | Level at handball, red card for their keeper, and we've got a seven-metre throw in the very last second.
fr situation n | Débat en direct : le candidat, agacé, doit répondre à la question qui peut tout faire basculer, et le présentateur laisse un silence.
+ en situation n | Live debate: the candidate, visibly irritated, has to answer the question that could change everything, and the presenter leaves a silence.
fr negation h | Ce n'est pas de la colère, mes mains tremblent parce qu'on est à égalité au dernier quart-temps avec la balle pour nous.
+ en negation h | It's not anger, my hands are shaking because it's tied in the final quarter and we've got the ball.
fr situation n | Le président du club a poussé un coup de gueule, puis il déplie sa feuille pour annoncer le nom du nouveau capitaine.
+ en situation n | The club chairman had a rant, then unfolds his sheet of paper to announce the name of the new captain.

# trap words from inquietude
fr situation h | Stress maximal au tournoi d'échecs : il reste huit secondes à ma pendule et mon adversaire hésite entre deux coups.
+ en situation h | Stress through the roof at the chess tournament: eight seconds left on my clock and my opponent is torn between two moves.
fr situation n | Résultats du concours photo du village dans deux minutes, et mon cliché de héron est parmi les cinq finalistes.
+ en situation n | The village photo competition results are in two minutes, and my heron shot is among the five finalists.
fr situation n | Deux heures que le jury délibère pour le prix du meilleur court-métrage, et toute l'équipe fait les cent pas dans le hall.
+ en situation n | The jury has been deliberating for two hours over the best short film prize, and the whole crew is pacing the foyer.
fr situation l | Peut-être qu'elle dira oui, peut-être pas : mon pote vient d'inviter la chanteuse à danser, et elle le regarde sans répondre.
+ en situation l | Maybe she'll say yes, maybe not: my mate has just asked the singer to dance, and she's looking at him without answering.
fr situation n | Au jeu télé, le candidat doit choisir la boîte rouge ou la bleue, et il hésite depuis une minute, la main au-dessus.
+ en situation n | On the game show the contestant has to pick the red box or the blue one, and he's been hovering his hand over them for a minute.
fr mixed n | Un peu nerveux, mais surtout scotché : le dernier numéro du bingo va sortir et il me manque juste le 42.
+ en mixed n | A bit nervous, but mostly on the edge of my seat: the last bingo number is about to come out and all I need is 42.
fr situation n | Derrière la porte, le jury de l'audition discute, j'entends leurs voix sans comprendre un mot, et ils vont m'appeler.
+ en situation n | Behind the door the audition panel is talking, I can hear their voices without making out a word, and they're about to call me in.
fr situation n | J'ai le ventre noué : élection de Miss en direct, il reste deux finalistes dont la fille de notre boulangère, et la présentatrice fait durer.
+ en situation n | My stomach's in knots: live beauty pageant, two finalists left including our baker's daughter, and the presenter is dragging it out.

# trap words from nostalgie
fr situation n | On ouvre la capsule temporelle enterrée il y a vingt ans dans la cour de l'école, la pelle vient de toucher le couvercle.
+ en situation n | We're digging up the time capsule buried twenty years ago in the school yard, and the spade has just hit the lid.
fr situation l | Papi dit avoir caché quelque chose dans son vieil album photo de 1972, on tourne les pages une à une et il ne dit rien.
+ en situation l | Grandad says he hid something in his old 1972 photo album, we're turning the pages one by one and he's saying nothing.
fr situation l | Le vieux vinyle de papa est sur la platine : va-t-il encore jouer ou juste grésiller ? Le diamant descend...
+ en situation l | Dad's old record is on the turntable: will it still play or just crackle? The needle is coming down...
fr situation n | Retrouvailles des vingt ans du lycée : l'organisatrice annonce un invité mystère, et la porte du fond s'ouvre lentement.
+ en situation n | Twenty-year school reunion: the organiser announces a mystery guest, and the door at the back slowly opens.
fr situation n | Quiz années 80 en famille, dernière question, égalité parfaite, et ma mère a la réponse sur le bout de la langue.
+ en situation n | Eighties quiz with the family, last question, dead level, and my mum has the answer on the tip of her tongue.
fr situation n | J'ai retrouvé ma vieille Game Boy au grenier, je mets des piles neuves : est-ce que ma sauvegarde de 1999 est encore là ?
+ en situation n | I found my old Game Boy in the attic and put in new batteries: is my save from 1999 still there?
fr situation n | Enchères sur le juke-box du café de mon enfance : 400 euros, quelqu'un lève la main au fond, et le marteau reste en l'air.
+ en situation n | Bidding on the jukebox from the café of my childhood: 400 euros, someone at the back raises a hand, and the hammer stays in the air.
fr typo l | on a rebranche la vielle camera du mariage de mes parents, la cassette rembobine.. on va voir si ya encore une image
+ en typo l | we plugged my parents' old wedding camcorder back in, the tape is rewinding.. let's see if there's still a picture

# trap words from panique
fr situation n | Réveil en alarme à 3 h du matin pour le combat de boxe en direct : douzième round fini, les deux debout, on attend la décision des juges.
+ en situation n | Alarm set for 3 am for the live boxing: twelfth round over, both still standing, and we're waiting for the judges' decision.
fr situation h | Un cri dans la maison du film, l'héroïne descend à la cave avec sa lampe, la musique s'arrête, et personne sur le canapé ne bouge.
+ en situation h | A scream in the house in the film, the heroine goes down to the cellar with her torch, the music stops, and nobody on the sofa moves.
fr situation n | Alerte sur mon téléphone : les billets du concert sont en vente dans 30 secondes, et je suis 4 812e dans la file.
+ en situation n | Alert on my phone: concert tickets go on sale in 30 seconds, and I'm number 4,812 in the queue.
fr situation n | Mon cœur bat à cent à l'heure : le brocanteur retourne encore la guitare avant de dire s'il accepte mes 50 euros.
+ en situation n | My heart's racing: the junk dealer is turning the guitar over one more time before saying whether he'll take my 50 euros.
fr situation n | Urgence absolue pour mon équipe de quiz : trente secondes pour écrire la réponse, et mon coéquipier cherche encore le nom.
+ en situation n | Total emergency for my quiz team: thirty seconds to write the answer down, and my teammate is still trying to remember the name.
fr situation n | La vidéo du tirage de la tombola s'est figée pile avant le dernier numéro, et la salle entière fixe l'écran.
+ en situation n | The raffle draw video has frozen right before the last number, and the whole hall is staring at the screen.
fr situation h | Les sirènes hurlent dans l'épisode, le braqueur est encore dans le coffre de la banque, et l'écran affiche « À suivre ».
+ en situation h | Sirens wailing in the episode, the robber is still inside the bank vault, and the screen says "To be continued".
fr slang_emoji h | dernière minute d'enchère sur le vélo vintage 😬 qqn vient de surenchérir, le chrono repart à 30 sec aaaah
+ en slang_emoji h | last minute of bidding on the vintage bike 😬 someone just outbid me, the clock's back to 30 sec aaaah

# trap words from tristesse
fr situation h | Dernier épisode : le héros va-t-il mourir ? Il reste dix minutes et il est suspendu au-dessus du vide.
+ en situation h | Final episode: will the hero die? Ten minutes left and he's hanging over the edge.
fr situation n | Les larmes aux yeux, la candidate attend que le jury dise si elle passe en demi-finale, et le juge ouvre la bouche...
+ en situation n | Eyes welling up, the contestant waits for the judges to say whether she's through to the semi-final, and the judge opens his mouth...
fr situation n | Dans le roman, la lettre d'adieu du soldat est sur la table, et la page suivante dira s'il est rentré. Je la tourne lentement.
+ en situation n | In the novel the soldier's farewell letter is on the table, and the next page will say whether he came home. I turn it slowly.
fr situation h | On perdait 2-0, on est revenus à 2-2, et il reste une seule action à jouer.
+ en situation h | We were losing 2-0, we've pulled it back to 2-2, and there's one last play left.
fr situation n | La voisine dit qu'elle a un chat tigré dans son garage, peut-être le nôtre perdu depuis trois semaines ; elle soulève la couverture...
+ en situation n | The neighbour says there's a tabby cat in her garage, maybe ours that's been missing three weeks; she lifts the blanket...
fr situation n | Élimination dans l'émission de cuisine : les deux derniers candidats se tiennent la main, l'un va partir, et la présentatrice fait durer.
+ en situation n | Elimination on the cooking show: the last two contestants are holding hands, one of them is going home, and the host is dragging it out.
fr negation n | Je ne suis pas triste, juste à cran : dernier épisode de la saga, on va enfin savoir qui monte sur le trône.
+ en negation n | I'm not sad, just on edge: final episode of the saga, we're finally going to find out who takes the throne.
fr situation n | Le film semblait finir mal, puis le téléphone de l'héroïne sonne dans la toute dernière scène. Elle décroche...
+ en situation n | The film looked like it was ending badly, then the heroine's phone rings in the very last scene. She picks up...
"""

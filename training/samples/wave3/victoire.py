"""victoire: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | J'ai eu mon permis du premier coup, l'inspecteur n'a rien trouvé à redire.
+ en situation n | Passed my driving test first time, the examiner couldn't fault a single thing.
fr situation n | Mon fils a décroché son bac avec mention très bien.
+ en situation n | My son got his final exams with the highest honours.
fr situation n | Le client a signé le contrat qu'on poursuivait depuis huit mois, et c'est mon dossier qui l'a convaincu.
+ en situation n | The client signed the deal we'd been chasing for eight months, and it was my pitch that sealed it.
fr situation n | Je viens de finir mon premier semi-marathon en moins de deux heures.
+ en situation n | Just finished my first half marathon in under two hours.
fr situation n | Notre équipe de foot à cinq a battu les premiers du classement 4 à 1 ce soir.
+ en situation n | Our five-a-side team beat the league leaders 4-1 tonight.
fr situation n | J'ai monté toute la cuisine moi-même, meubles, plan de travail et évier compris, et rien ne fuit. Mets une ambiance qui va avec.
+ en situation n | I fitted the whole kitchen myself, units, worktop and sink included, and nothing leaks. Put on something to match.
fr situation n | Thèse soutenue, et le jury m'a accordé les félicitations.
+ en situation n | Thesis defended, and the committee passed it with distinction.
fr situation n | Trois ans de remboursements, et ce matin le dernier versement du prêt étudiant est parti. Plus un centime de dette.
+ en situation n | Three years of repayments, and this morning the last student loan instalment went out. Not a penny of debt left.
fr situation n | Mes tomates ont remporté le premier prix au concours du village.
+ en situation n | My tomatoes took first prize at the village show.
fr situation n | Un an aujourd'hui que j'ai écrasé ma dernière cigarette, et je n'ai pas craqué une seule fois.
+ en situation n | A year ago today I stubbed out my last cigarette, and I haven't slipped once.
fr situation n | Le tribunal nous a donné raison contre le propriétaire, on récupère toute la caution.
+ en situation n | The court ruled in our favour against the landlord, we're getting the whole deposit back.
fr situation h | On ramène la coupe régionale au club, dix ans qu'on courait après !
+ en situation h | We're bringing the regional cup home to the club, ten years we've been chasing it!
fr situation l | Le puzzle de 5000 pièces est terminé, je viens de poser la dernière.
+ en situation l | The 5,000-piece puzzle is done, I just put in the last piece.
fr situation n | Augmentation accordée : j'ai négocié seule et j'ai obtenu exactement ce que je demandais.
+ en situation n | Got the raise: I negotiated on my own and got exactly what I asked for.
fr situation n | Ma grand-mère de 82 ans a envoyé son premier mail toute seule, et c'est moi qui lui ai tout appris.
+ en situation n | My 82-year-old grandmother sent her first email by herself, and I'm the one who taught her everything.
fr situation h | Retour du Mont Blanc : sommet atteint hier à 7 heures, après deux ans de préparation. Envoie la musique de podium !
+ en situation h | Back from Mont Blanc: reached the summit yesterday at 7am after two years of training. Cue the podium music!
fr situation n | Après six refus, mon roman va être publié par une vraie maison d'édition.
+ en situation n | After six rejections, my novel is getting published by a proper publishing house.
fr situation l | J'ai réparé la machine à laver tout seul avec une vidéo et une pièce à douze euros.
+ en situation l | Fixed the washing machine myself with a video and a twelve-euro part.
fr situation n | La mairie a validé le jardin partagé, la pétition que j'ai lancée a fini par payer.
+ en situation n | The council approved the community garden, the petition I started actually paid off.
fr situation n | Premier concert avec le groupe devant deux cents personnes, pas une fausse note de ma part et un rappel à la fin.
+ en situation n | First gig with the band in front of two hundred people, not one wrong note from me and an encore at the end.
fr situation n | Jeu terminé en mode difficile sans mourir une seule fois.
+ en situation n | Beat the game on hard mode without dying once.
fr situation n | L'appli que j'ai codée sur mon temps libre vient de dépasser les mille téléchargements.
+ en situation n | The app I coded in my spare time just passed a thousand downloads.
fr situation n | Deux ans de paperasse et d'entretiens, et ce matin j'ai reçu ma carte de résident.
+ en situation n | Two years of paperwork and interviews, and this morning my residence card arrived.
fr situation n | Mon fils a obtenu sa ceinture noire de judo aujourd'hui. Fais briller le salon.
+ en situation n | My son earned his black belt in judo today. Make the living room shine.
fr situation n | On a déménagé un cinq-pièces en une seule journée, à quatre, sans rien casser.
+ en situation n | We moved a whole five-room flat in a single day, four of us, and didn't break a thing.
fr situation l | J'ai contesté l'amende de stationnement avec les bonnes photos, et ils l'ont annulée.
+ en situation l | I contested the parking fine with the right photos, and they cancelled it.
fr situation n | La pièce montée que j'ai faite pour le mariage de ma sœur a tenu debout jusqu'au dessert.
+ en situation n | The tiered cake I made for my sister's wedding stayed standing right through to dessert.
fr situation h | Notre restaurant entre dans le guide cette année, toute la brigade a hurlé dans la cuisine.
+ en situation h | Our restaurant made it into the guide this year, the whole kitchen crew screamed.
fr situation n | Cent pompes d'affilée, objectif de l'année atteint dès le mois de mars.
+ en situation n | A hundred push-ups in a row, my goal for the year hit by March.
fr situation h | Menés 0-2 à la mi-temps, on a renversé le match pour finir 3-2. Mets-nous quelque chose de grandiose.
+ en situation h | Down 0-2 at half-time, we turned it around to finish 3-2. Put on something grand.
fr situation n | J'ai eu le poste. Cinq entretiens, un test technique, et c'est moi qu'ils ont choisie.
+ en situation n | I got the job. Five interviews, a technical test, and they picked me.
fr situation n | Ma fille vient d'être sélectionnée en équipe de France junior de natation.
+ en situation n | My daughter's just been selected for the national junior swimming squad.
fr situation n | Projet bouclé deux semaines avant l'échéance, et le client n'a demandé aucune correction.
+ en situation n | Project wrapped up two weeks ahead of the deadline, and the client didn't ask for a single change.
fr situation n | Quinze kilos de moins depuis janvier, et le jean d'il y a dix ans me va de nouveau.
+ en situation n | Fifteen kilos down since January, and the jeans from ten years ago fit again.
fr situation n | J'ai tenu tout le voyage en parlant uniquement japonais, même chez le médecin.
+ en situation n | Got through the whole trip speaking nothing but Japanese, even at the doctor's.
fr situation n | Six mois après son AVC, papa a monté les escaliers tout seul sous nos applaudissements.
+ en situation n | Six months after his stroke, Dad climbed the stairs on his own while we all clapped.
fr situation n | La cabane dans l'arbre est finie, construite avec les enfants de A à Z. Ambiance de circonstance, s'il te plaît.
+ en situation n | The treehouse is finished, built from scratch with the kids. Set the mood accordingly, please.
fr situation n | Quiz au bar : premiers sur vingt équipes, grâce à ma réponse sur la capitale du Kazakhstan.
+ en situation n | Pub quiz: first out of twenty teams, thanks to my answer on the capital of Kazakhstan.
fr situation n | J'ai traversé le lac à la nage, trois kilomètres, alors qu'il y a deux ans je ne savais pas nager.
+ en situation n | I swam across the lake, three kilometres, and two years ago I couldn't even swim.
fr situation n | Mon article est accepté dans la revue la plus exigeante de mon domaine.
+ en situation n | My paper's been accepted by the toughest journal in my field.
fr situation n | Dernière marche de l'escalier posée : la maison qu'on retape depuis quatre ans est terminée.
+ en situation n | Last stair tread fitted: the house we've been doing up for four years is finished.
fr situation n | Le petit a récité sa poésie devant toute l'école sans la moindre hésitation.
+ en situation n | The little one recited his poem in front of the whole school without a single stumble.
fr situation l | Code de la route obtenu avec 39 sur 40.
+ en situation l | Passed the theory test with 39 out of 40.
fr situation h | Échec et mat contre mon oncle, qui me battait à chaque partie depuis que j'ai huit ans !
+ en situation h | Checkmate against my uncle, who's beaten me every game since I was eight!
fr situation n | J'ai présenté devant le comité de direction ce matin et le PDG m'a demandé mes slides pour les montrer au groupe.
+ en situation n | Presented to the board this morning and the CEO asked for my slides to show the whole group.
fr situation n | L'équipe de basket des gamins que j'entraîne monte en division supérieure.
+ en situation n | The kids' basketball team I coach is moving up a division.
fr situation n | J'ai vendu mon premier tableau à un parfait inconnu, à la galerie du quartier.
+ en situation n | Sold my first painting to a complete stranger at the local gallery.
fr situation l | La facture d'électricité a baissé de moitié depuis que j'ai isolé les combles moi-même.
+ en situation l | The electricity bill has halved since I insulated the loft myself.
fr situation n | Permis bateau en poche, j'ai sorti le voilier seul pour la première fois et je l'ai ramené à quai sans une égratignure.
+ en situation n | Boat licence in hand, I took the sailboat out solo for the first time and brought it back without a scratch.
fr situation n | Les voisins m'ont élu président du conseil syndical, à l'unanimité.
+ en situation n | The neighbours voted me chair of the residents' association, unanimously.
fr situation n | Mon fils de six ans a fait tout le tour du parc à vélo sans les petites roues.
+ en situation n | My six-year-old rode all the way round the park without stabilisers.
fr situation n | Trente et un jours sans une goutte d'alcool : janvier est bouclé, pari tenu.
+ en situation n | Thirty-one days without a drop: January's done, challenge met.
fr situation l | Mon premier pain au levain a une croûte digne d'une boulangerie, et c'est moi qui ai entretenu le levain trois semaines.
+ en situation l | My first sourdough loaf has a bakery-worthy crust, and I nursed that starter for three weeks.
fr situation n | Premier tournoi de tennis de ma vie, et je sors la tête de série numéro deux.
+ en situation n | First tennis tournament of my life, and I knock out the number two seed.
fr situation n | J'ai monté le dossier de prêt toute seule et la banque l'a accepté sans discuter. Lumières, s'il te plaît.
+ en situation n | I put the mortgage application together all by myself and the bank approved it without a quibble. Lights please.
fr situation h | Médaille d'or en aviron pour notre pays, et mon cousin était dans le bateau !
+ en situation h | Gold medal in rowing for our country, and my cousin was in the boat!
fr situation n | Paris-Bordeaux à vélo en quatre jours, les mollets en feu mais c'est fait.
+ en situation n | Paris to Bordeaux by bike in four days, calves on fire but done.
fr situation n | Ma chorale a été choisie pour chanter à la cathédrale à Noël, et j'ai le solo.
+ en situation n | My choir's been picked to sing at the cathedral at Christmas, and I've got the solo.
fr situation n | Record personnel au développé couché : cent kilos. Musique, maestro !
+ en situation n | Personal best on the bench press: a hundred kilos. Hit it, maestro!
fr situation n | Le prof a lu ma dissertation à voix haute devant toute la classe, comme modèle.
+ en situation n | The teacher read my essay out to the whole class as the example to follow.
fr situation n | Notre association a récolté dix mille euros pour l'hôpital, le double de l'objectif.
+ en situation n | Our charity raised ten thousand euros for the hospital, double the target.
fr situation n | Mon podcast vient d'entrer dans le top 10 de sa catégorie.
+ en situation n | My podcast just broke into the top 10 in its category.
fr situation l | PC monté de A à Z, et il a démarré du premier coup.
+ en situation l | Built the PC from scratch, and it booted first time.
fr situation n | Ma mère a obtenu son diplôme d'aide-soignante à 55 ans, après deux ans de cours du soir.
+ en situation n | My mum got her care assistant diploma at 55, after two years of evening classes.
fr situation n | Ma nièce est sortie première de la dictée départementale.
+ en situation n | My niece came top in the county dictation contest.
fr situation n | J'ai négocié seul avec le fournisseur chinois et obtenu vingt pour cent de remise. Une ambiance à la hauteur, s'il te plaît.
+ en situation n | I negotiated with the Chinese supplier on my own and got twenty percent off. An atmosphere worthy of it, please.
fr situation h | Notre fusée du concours étudiant est montée à trois kilomètres, record de l'école !
+ en situation h | Our student contest rocket made it to three kilometres, a school record!
fr situation n | Admise en deuxième année de médecine, j'ai passé le cap de la première année.
+ en situation n | Got into second-year medicine, I made it through first year.
fr situation n | Match des anciens : on a tenu tête aux jeunes et marqué l'essai décisif à la dernière minute.
+ en situation n | Veterans' rugby: we stood up to the youngsters and scored the deciding try in the last minute.
fr situation n | Notre jardin a été retenu pour la journée des jardins ouverts du département.
+ en situation n | Our garden's been chosen for the county open gardens day.
fr situation n | J'ai animé la formation devant quarante collègues, note moyenne de 4,9 sur 5.
+ en situation n | Ran the training for forty colleagues and got an average score of 4.9 out of 5.
fr situation n | Trois semaines de tour d'Europe en train avec huit cents euros, pas un euro de plus.
+ en situation n | Three weeks round Europe by train on eight hundred euros, not a cent more.
fr situation h | Mon fils a marqué le but décisif en finale de la coupe départementale ! Mets un truc qui claque.
+ en situation h | My son scored the deciding goal in the county cup final! Put on something that slaps.
fr situation n | Après des mois de répétition, je joue enfin le solo de Stairway to Heaven en entier.
+ en situation n | After months of practice, I can finally play the whole Stairway to Heaven solo.
fr situation n | Le chef m'a proposé un stage après avoir goûté mon plat à l'examen.
+ en situation n | The head chef offered me an internship after tasting my dish at the exam.
fr situation n | Cinquante-deux livres lus cette année comme prévu, le dernier refermé le 31 à 23 heures.
+ en situation n | Fifty-two books this year as planned, the last one closed at 11pm on the 31st.
fr situation n | On a sauvé toute la récolte avant la grêle, à six dans le verger jusqu'à minuit.
+ en situation n | We got the whole harvest in before the hail, six of us in the orchard until midnight.
fr situation n | Le pont conçu par notre bureau d'études a été inauguré ce matin par la ministre.
+ en situation n | The bridge our engineering office designed was opened by the minister this morning.
fr situation n | Ma chienne et moi, parcours sans faute au concours d'agility, premières de notre catégorie.
+ en situation n | My dog and I ran a clean round at the agility contest, first in our class.
fr situation n | Réveillon pour vingt personnes, tout fait maison, et pas un seul plat raté. Tu peux passer les lumières en doré ?
+ en situation n | Christmas Eve dinner for twenty, all homemade, and not one dish went wrong. Can you go golden with the lights?
fr situation n | J'ai récupéré toutes les photos du téléphone tombé dans l'eau, alors que le réparateur disait que c'était impossible.
+ en situation n | Recovered every photo from the phone that fell in the water, and the repair shop said it couldn't be done.
fr situation n | Premier passage en stand-up ce soir, et la salle a ri du début à la fin.
+ en situation n | My first stand-up set tonight, and the room laughed from start to finish.
fr situation n | Le voisin pariait que je ne finirais jamais le muret en pierres sèches avant l'hiver. Il est fini.
+ en situation n | The neighbour bet I'd never finish the dry-stone wall before winter. It's finished.
fr situation n | Mon équipe a livré la migration des serveurs sans une minute de coupure. Ajuste les lumières en conséquence.
+ en situation n | My team delivered the server migration without a single minute of downtime. Adjust the lights to match.
fr situation n | J'ai passé l'examen de violon de fin de cycle, et le jury m'a fait rejouer le morceau pour le plaisir.
+ en situation n | I passed my end-of-level violin exam, and the panel asked me to play the piece again just for the pleasure of it.
fr situation n | Notre équipe de quartier a terminé en tête du tournoi de pétanque, devant des clubs licenciés.
+ en situation n | Our neighbourhood team topped the pétanque tournament, ahead of proper registered clubs.
fr situation n | L'expert a validé notre rénovation énergétique, la maison passe de la classe F à la classe B. Mets-moi la bande-son qui convient.
+ en situation n | The assessor signed off our energy renovation, the house goes from an F rating to a B. Give me the soundtrack this deserves.
fr situation n | Ma fille a été prise dans l'école d'architecture qu'elle visait depuis le collège.
+ en situation n | My daughter got into the architecture school she's been aiming for since she was twelve.
fr situation n | Deux heures de neige et de vent, mais on a atteint le refuge avec tout le groupe, personne n'a lâché.
+ en situation n | Two hours of snow and wind, but we reached the mountain hut with the whole group, nobody gave up.

# explicit
fr explicit n | Je suis fier de moi comme jamais.
+ en explicit n | I've never been this proud of myself.
fr explicit n | J'ai l'impression d'être sur la plus haute marche du podium.
+ en explicit n | Feels like I'm standing on the top step of the podium.
fr explicit h | On l'a fait, on les a battus, cette victoire est à nous !
+ en explicit h | We did it, we beat them, this win is ours!
fr explicit n | Je bombe le torse depuis ce matin.
+ en explicit n | I've been walking around with my chest puffed out all morning.
fr explicit n | Un vrai sentiment de triomphe ce soir.
+ en explicit n | A real sense of triumph tonight.
fr explicit n | Mission remplie, et je n'en suis pas peu fière.
+ en explicit n | Job done, and I'm rather proud of it.
fr explicit h | Je me sens comme un champion qui soulève la coupe.
+ en explicit h | I feel like a champion lifting the cup.
fr explicit n | Quelle fierté de voir ma fille monter sur scène recevoir son prix.
+ en explicit n | Such pride watching my daughter go up on stage to collect her award.
fr explicit n | J'ai relevé le défi et je savoure ma réussite.
+ en explicit n | I rose to the challenge and I'm savouring the success.
fr explicit n | C'est une revanche sur tous ceux qui ne croyaient pas en moi.
+ en explicit n | This one's payback for everyone who didn't believe in me.
fr explicit n | Le goût de la réussite, enfin, après tant d'efforts.
+ en explicit n | The taste of success, at last, after all that effort.
fr explicit l | Honnêtement, chapeau bas à moi-même.
+ en explicit l | Honestly, hats off to me.
fr explicit n | Je me sens comme un vainqueur aujourd'hui, la tête haute.
+ en explicit n | I feel like a winner today, head held high.

# negation
fr negation n | Je ne fais pas la fête, je savoure juste d'avoir enfin décroché ce diplôme.
+ en negation n | I'm not partying, just quietly savouring finally getting that degree.
fr negation n | Ce n'est pas de la chance, c'est deux ans de travail, et ce succès je l'ai mérité.
+ en negation n | It wasn't luck, it was two years of graft, and I earned this success.
fr negation n | Je ne suis plus du tout inquiet : verdict tombé, dossier accepté, on a gagné.
+ en negation n | Not worried at all anymore: verdict's in, application accepted, we won.
fr negation n | Aucun suspense finalement, on les a écrasés 5 à 0.
+ en negation n | No suspense in the end, we crushed them 5-0.
fr negation n | Je ne suis pas fatigué, je suis fier : quarante kilomètres dans les jambes.
+ en negation n | I'm not tired, I'm proud: forty kilometres in my legs.
fr negation n | Ce n'est pas rien : j'ai monté ma boîte et elle est rentable dès la première année.
+ en negation n | It's no small thing: I started my business and it's profitable in year one.
fr negation n | Je ne vais pas jouer les modestes, j'ai été excellente ce soir et j'ai remporté le concours.
+ en negation n | I'm not going to play modest, I was brilliant tonight and I won the competition.
fr negation n | Je ne suis pas triste que ce soit fini, je suis fière d'être allée jusqu'au bout.
+ en negation n | I'm not sad it's over, I'm proud I saw it through to the end.

# mixed
fr mixed n | Épuisée, les pieds en sang, mais j'ai franchi la ligne d'arrivée et personne ne peut m'enlever ça.
+ en mixed n | Exhausted, feet bleeding, but I crossed the finish line and nobody can take that away from me.
fr mixed n | Un petit pincement de quitter l'équipe, mais surtout une immense fierté d'avoir mené ce projet jusqu'au bout.
+ en mixed n | A little pang leaving the team, but mostly huge pride at having seen the project through.
fr mixed n | J'avais un trac terrible avant de monter sur scène, mais quelle fierté à la fin sous les applaudissements.
+ en mixed n | I had terrible stage fright before going on, but what pride at the end under all that applause.
fr mixed n | Un peu gêné par tous ces compliments, mais franchement, ce prix, je suis allé le chercher.
+ en mixed n | A bit embarrassed by all the compliments, but honestly, I went out and earned that prize.
fr mixed n | Le match a été stressant jusqu'au bout, mais on a tenu et le titre est pour nous.
+ en mixed n | The match was stressful to the very end, but we held on and the title is ours.
fr mixed n | J'ai mal partout, mais surtout je me sens fort : premier triathlon bouclé.
+ en mixed n | Aching all over, but mostly I feel strong: first triathlon done.
fr mixed n | Un peu de soulagement, et beaucoup de fierté : le permis est enfin dans ma poche.
+ en mixed n | A little relief, and a lot of pride: the licence is finally in my pocket.
fr mixed n | Crevée par les nuits de révision, mais tellement fière de ce 18 sur 20.
+ en mixed n | Worn out from the late-night revising, but so proud of that 18 out of 20.

# long
fr long n | Il y a un an, je ne pouvais pas courir dix minutes. J'ai commencé par marcher, puis trottiner. Ce matin, j'ai bouclé dix kilomètres sans m'arrêter. La médaille est posée sur la table.
+ en long n | A year ago I couldn't run for ten minutes. I started by walking, then jogging. This morning I ran ten kilometres without stopping. The medal is sitting on the table.
fr long n | La direction voulait fermer notre atelier. On s'est battus, on a présenté un plan de reprise. Ils l'ont accepté hier. Les quinze postes sont sauvés.
+ en long n | Management wanted to close our workshop. We fought back and put forward a rescue plan. They accepted it yesterday. All fifteen jobs are saved.
fr long n | Mon fils bégayait beaucoup. Il a travaillé deux ans avec l'orthophoniste. Aujourd'hui, il a fait son exposé devant toute la classe. Il n'a pas buté une seule fois.
+ en long n | My son had a bad stammer. He worked with the speech therapist for two years. Today he gave his talk to the whole class. He didn't stumble once.
fr long n | Le vieux vélo était une épave au fond du garage. J'ai tout démonté, poncé, repeint. Ce matin, il roulait comme neuf. Le voisin m'a demandé où je l'avais acheté.
+ en long n | The old bike was a wreck at the back of the garage. I took it all apart, sanded it, repainted it. This morning it rode like new. The neighbour asked where I'd bought it.
fr long n | Trois fois recalé au concours. J'ai failli tout abandonner. La liste est sortie ce midi. Mon nom y est, en quatrième position.
+ en long n | Failed the entrance exam three times. Nearly gave up on it all. The list came out at noon. My name's on it, in fourth place.
fr long h | Notre petit club n'avait jamais passé le premier tour. Cette année, on est allés jusqu'en finale. Ce soir, on a soulevé la coupe devant tout le village.
+ en long h | Our little club had never got past the first round. This year we went all the way to the final. Tonight we lifted the cup in front of the whole village.
fr long n | Ma grand-mère répétait que je ne saurais jamais cuisiner. Dimanche, j'ai refait sa blanquette pour toute la famille. Elle m'a demandé la recette.
+ en long n | My grandmother always said I'd never learn to cook. On Sunday I made her blanquette for the whole family. She asked me for the recipe.
fr long n | Le logiciel plantait depuis des semaines et personne ne trouvait pourquoi. J'ai passé le week-end dessus. Lundi matin, le bug était corrigé. L'équipe m'a applaudi en réunion.
+ en long n | The software had been crashing for weeks and nobody could work out why. I spent the weekend on it. By Monday morning the bug was fixed. The team gave me a round of applause in the meeting.

# intensity
fr intensity l | Petite fierté du jour : j'ai tenu tous mes objectifs de la semaine.
+ en intensity l | Small win today: I hit every goal I set for the week.
fr intensity l | Un petit pas, mais j'ai réussi mon premier appel entièrement en espagnol.
+ en intensity l | Just a small step, but I managed my first phone call entirely in Spanish.
fr intensity l | Modestement satisfait de moi : le meuble est monté et il tient droit.
+ en intensity l | Quietly pleased with myself: the wardrobe's built and it stands straight.
fr intensity h | ON A LE TITRE !!! Quarante ans que le club attendait ça !
+ en intensity h | WE GOT THE TITLE!!! The club's waited forty years for this!
fr intensity h | Je suis au sommet du monde, j'ai décroché le contrat de ma vie !
+ en intensity h | I'm on top of the world, I just landed the contract of my life!
fr intensity h | Fierté absolue, immense : j'ai réussi l'impossible !
+ en intensity h | Absolute, enormous pride: I pulled off the impossible!

# slang_emoji
fr slang_emoji h | J'ai tout défoncé à l'exam 💪🏆
fr slang_emoji h | On les a atomisés 4-0 les gars 🏆🔥 trop fiers de nous
fr slang_emoji n | Le boss valide mon projet, masterclass 😎👑
fr slang_emoji h | Bac en poche avec mention, c'est qui le patron ?? 🎓💪
fr slang_emoji n | Permis validé du premier coup, la légende c'est moi 😤🚗
fr slang_emoji n | GG à mon équipe, on a plié le tournoi 🥇
en slang_emoji n | nailed the interview, got the offer 💼🔥 who's the man
en slang_emoji h | we absolutely bodied them 3-0 🏆🏆
en slang_emoji n | deadlift PR today 💪 built different
en slang_emoji n | kid got his black belt today 🥋 proud dad moment
en slang_emoji h | PASSED THE BAR!!! lawyer era 👩‍⚖️👑
en slang_emoji n | gg ez, tourney champs 🥇🎮

# typo
fr typo n | jsuis tro fier de moi jai eu mon permis
fr typo n | on a gagne le match ce soir, on a ete enormes, la meilleure equipe
fr typo n | ma fille a eu son bac avec mention jen reviens pas, trop fiere d'elle
fr typo n | jai fini le marathon en 3h40 jsuis un guerrier
fr typo n | pk personne croyait en moi? jai eu le poste, dans vos dents
fr typo n | enfin diplomee apres 5 ans, c la consecration
en typo n | im so proud of myself passed my exam finaly
en typo n | we won the cup u guys, best team evr
en typo n | gonna frame this certificate, worked 2 yrs for it
en typo n | finally got the promotion, all that overtime paid of

# one_word
fr one_word n | Champion !
fr one_word n | Mission accomplie.
fr one_word n | Diplômée !
fr one_word h | Qualifiés !!!
en one_word n | Nailed it.
en one_word h | Champions!
en one_word n | Promoted!
en one_word n | Victory.

# other languages
es situation n | ¡Aprobé las oposiciones a la primera! Tres años estudiando valieron la pena.
es explicit n | Mi hijo ha terminado su primera carrera de 10 km, ¡qué orgullo!
de explicit n | Wir haben das Pokalfinale gewonnen, ich bin so stolz auf meine Mannschaft!
it situation n | Ho finalmente discusso la tesi: centodieci e lode!
mixed explicit n | J'ai eu la promo, senior manager, let's go, trop fière de moi !
mixed explicit n | We took the tournoi de pétanque du village, champions en titre !
"""

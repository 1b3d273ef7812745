"""suspense: third wave of hand-written seeds, personas and places writer (train and validation only)."""

SEEDS = """
# situations: care, night shifts, services
fr situation n | Infirmière de nuit : le petit braille en pleine forme, la sage-femme le pose sur la balance, et tout le service a parié sur son poids.
+ en situation n | Night nurse here: the little one's bawling and perfectly healthy, the midwife's putting him on the scales, and the whole night shift has a bet on his weight.
fr situation n | Équipe de nuit à l'entrepôt : on a tous parié sur qui scannera le millionième colis, et le compteur affiche 999 996.
+ en situation n | Night shift at the warehouse: we've all bet on who'll scan the millionth parcel, and the counter reads 999,996.
fr situation n | Chauffeur de bus, je suis garé au terminus avec la radio : deux minutes à jouer, un but d'écart, et je repars dans trois.
+ en situation n | Bus driver, parked at the terminus with the radio on: two minutes to play, one goal in it, and I pull out in three.
fr situation n | Taxi de nuit, ma cliente m'a demandé de monter la radio : c'est le tirage de l'Euromillions et elle a son ticket sur les genoux.
+ en situation n | Night taxi: my passenger asked me to turn the radio up, it's the EuroMillions draw and she's got her ticket on her lap.
fr situation n | Facteur, je tends à la petite du 14 l'enveloppe du concours de poésie qu'elle guette depuis un mois, et elle la décachette sur le pas de la porte.
+ en situation n | I'm the postman: I hand the girl at number 14 the envelope from the poetry contest she's been watching for all month, and she's tearing it open on the doorstep.
fr situation n | Portes ouvertes de la caserne : mon équipe de pompiers est à égalité au concours de manœuvre, et il reste le dernier tuyau à dérouler.
+ en situation n | Fire station open day: my crew is tied in the drill contest, with the last hose still to roll out.
fr situation n | Vétérinaire de campagne, le vêlage se passe bien, et l'éleveur et moi avons parié un café : veau ou velle ?
+ en situation n | Country vet: the calving's going smoothly, and the farmer and I have a coffee riding on it, bull calf or heifer?
fr situation n | Veilleur de nuit, je finis un polar entre deux rondes : il reste un chapitre et trois suspects.
+ en situation n | Night watchman, finishing a crime novel between rounds: one chapter left and three suspects.
fr situation n | Le guide dévoile ses étoiles en direct dans dix minutes, et toute la brigade est massée devant l'écran de la cuisine.
+ en situation n | The restaurant guide reveals its stars live in ten minutes, and the whole kitchen brigade is crowded round the screen.

# situations: countryside, farms, villages, small trades
fr situation n | Concours de labour du canton : les juges tendent un cordeau le long de mon sillon pour voir s'il est bien droit.
+ en situation n | County ploughing match: the judges are stretching a string along my furrow to see if it's truly straight.
fr situation n | Concours de chiens de berger : mon border collie a rentré quatre brebis dans l'enclos, il en reste une, et le chrono tourne.
+ en situation n | Sheepdog trials: my border collie has penned four ewes, one left, and the clock is running.
fr situation h | Mon bar-tabac a vendu le ticket gagnant du super tirage, et tout le village défile au comptoir pour faire vérifier le sien.
+ en situation h | My village shop sold the winning ticket for the big jackpot draw, and the whole village is queuing at the counter to get theirs checked.
fr situation n | Élection de la reine des vendanges : le maire dépouille les bulletins dans un chapeau, et ma sœur n'a plus que deux voix d'avance.
+ en situation n | Harvest queen election: the mayor is counting the ballots out of a hat, and my sister is only two votes ahead now.
fr situation n | Ma grand-mère a mis sa broche du dimanche : le jury de la foire va annoncer la médaille d'or des confitures, et son pot de coings est encore en lice.
+ en situation n | Gran's wearing her Sunday brooch: the fair judges are about to announce the gold medal for jams, and her quince jar is still in the running.
fr situation n | Boulangère, le palmarès de la meilleure baguette de la ville tombe à midi à la radio, et toute la boutique s'est tue, clients compris.
+ en situation n | I run a bakery: the city's best-baguette results are on the radio at noon, and the whole shop has gone quiet, customers included.
fr situation n | Routier, mon camion décoré est en finale du concours de la fête des routiers, et on attend le vote du public sur le parking.
+ en situation n | Lorry driver: my decorated truck is in the final of the truckers' festival contest, and we're all waiting for the public vote in the car park.
fr situation n | Concours du meilleur apprenti maçon : mon mur est monté, et le jury s'approche avec le niveau à bulle.
+ en situation n | Best apprentice bricklayer contest: my wall is up, and the judges are walking over with the spirit level.
fr situation n | Sur le chalutier, tout l'équipage a misé sur le poids du premier trait, et le filet remonte lentement le long de la coque.
+ en situation n | On the trawler the whole crew has bet on the weight of the first haul, and the net is slowly coming up the side of the hull.
fr situation n | Concours régional de coiffure : les juges tournent autour de mon modèle, peigne à la main, et l'appel des finalistes commence.
+ en situation n | Regional hairdressing competition: the judges are circling my model, comb in hand, and they're starting to call the finalists.

# situations: school, students, teachers, kids
fr situation n | Élection des délégués en quatrième : douze voix partout, et la prof déplie le dernier bulletin.
+ en situation n | Class rep election in Year 9: twelve votes each, and the teacher is unfolding the last ballot.
fr situation n | Étudiante en droit, je suis en finale du concours d'éloquence, et le jury revient dans l'amphi avec une feuille pliée.
+ en situation n | Law student in the final of the public-speaking contest, and the jury is walking back into the lecture hall with a folded sheet.
fr situation n | Prof de maths, je suis le rallye en ligne depuis mon canapé : ma classe est à deux points de la tête, reste l'épreuve bonus. Tamise un peu, stp.
+ en situation n | Maths teacher following the challenge online from my sofa: my class is two points off the top, bonus round still to come. Dim things a bit, please.
fr situation n | Parent accompagnateur en classe, je regarde le maître tirer au sort qui garde le hamster pendant les vacances, et mon fils croise les doigts sous la table.
+ en situation n | I'm helping out in class, watching the teacher draw lots for who takes the hamster home for the holidays, and my son has his fingers crossed under the desk.
fr situation n | Devant la grille de l'école, tous les parents s'agglutinent : la directrice affiche le tirage au sort des places pour la classe de mer.
+ en situation n | At the school gates all the parents are crowding round: the head is pinning up the draw for the seaside-trip places.
fr situation n | Papa solo ce week-end, je suis dans les gradins du dojo : le prof va lire la liste des nouvelles ceintures orange, et ma fille trépigne sur le tatami.
+ en situation n | Solo dad this weekend, sitting in the dojo stands: the instructor's about to read out the new orange belts, and my daughter is hopping on the mat.
fr situation n | Au lycée, notre fusée à eau est sur le pas de tir pour le concours de la fête de la science, et le prof commence le compte à rebours.
+ en situation n | At school, our water rocket is on the launch pad for the science fair contest, and the teacher is starting the countdown.
fr situation n | Arrivée en France il y a un an, je suis en finale du concours de dictée de l'association, et la bénévole compte les fautes à voix haute, copie par copie.
+ en situation n | I came to France a year ago, I'm in the final of the charity's dictation contest, and the volunteer is counting mistakes out loud, paper by paper.
fr situation n | Dans les coulisses du conservatoire, le directeur lit les lauréats par ordre alphabétique, et mon nom commence par un W.
+ en situation n | Backstage at the music school, the director is reading the winners in alphabetical order, and my surname starts with a W.

# situations: sport, from the bench, the chair and the stands
fr situation h | Je coache l'équipe de basket des filles : temps mort, trois secondes à jouer, un point de retard, et je dessine la dernière action sur l'ardoise.
+ en situation h | I coach the girls' basketball team: timeout, three seconds left, one point down, and I'm drawing up the last play on the whiteboard.
fr situation h | Finale de tennis de table handisport, dix partout à la belle, je cale mon fauteuil et je sers.
+ en situation h | Wheelchair table tennis final, ten-all in the deciding game; I brace my chair and serve.
fr situation n | Ramasseur de balles au tournoi, je suis accroupi au filet pendant le jeu décisif du dernier set, sept partout.
+ en situation n | Ball boy at the tournament, crouched by the net during the final-set tie-break, seven all.
fr situation h | Au Vélodrome, zéro partout à la 93e, coup franc à vingt mètres, et tout le virage se lève.
+ en situation h | At the Vélodrome, nil-nil in the 93rd minute, a free kick from twenty metres, and the whole stand rises.
fr situation n | En haut du slalom du club, je pars en dernier, et le meilleur temps affiché est à trois centièmes de mon record.
+ en situation n | At the top of the club slalom I'm last out of the gate, and the best time on the board is three hundredths off my record.
fr situation n | Copilote au rallye amateur, dernière spéciale chronométrée, notes sur les genoux, et les temps des autres sont déjà tombés.
+ en situation n | Co-driving in an amateur rally, last timed stage, pace notes on my lap, and everyone else's times are already in.
fr situation n | Tournoi de croquet du club des retraités : ma boule roule droit vers le dernier arceau, et elle ralentit.
+ en situation n | Croquet tournament at the retirees' club: my ball is rolling straight at the last hoop, and slowing down.
fr situation n | Compétition de rock à deux : le présentateur lit les numéros des finalistes, et nous, on porte le 27.
+ en situation n | Partner rock'n'roll competition: the MC is reading out the finalists' numbers, and we're wearing 27.
fr situation h | Expatriée à Singapour, il est trois heures du matin et je suis debout dans le salon : cinquième set de la finale, six jeux partout. Éteins tout sauf la télé.
+ en situation h | Expat in Singapore: it's 3 a.m. and I'm standing in the living room, fifth set of the final, six games all. Turn everything off except the TV.
fr situation n | Dans le métro bondé, je regarde la fin du match par-dessus l'épaule d'un inconnu, et le réseau ne revient qu'à la prochaine station.
+ en situation n | On a packed metro I'm watching the end of the match over a stranger's shoulder, and the signal only comes back at the next station.
fr situation n | Cloué au lit à l'hôpital avec la jambe plâtrée, toute la chambre regarde l'épreuve des poteaux de la téléréalité, et les deux derniers tiennent depuis six heures.
+ en situation n | Stuck in a hospital bed with my leg in plaster, the whole ward is watching the reality-show pole challenge, and the last two have held on for six hours.

# situations: games, bets and draws, at home and away
fr situation n | Concours de belote au club des anciens : dernière donne, on est à égalité, et mon partenaire vient d'annoncer capot.
+ en situation n | Belote tournament at the seniors' club: last hand, we're level, and my partner has just called for every trick.
fr situation n | Au refuge, partie de tarot à la frontale : j'ai pris une garde sans le petit, et il reste trois plis à jouer.
+ en situation n | At the mountain hut, playing tarot by head torch: I've bid big without the key trump, and there are three tricks left.
fr situation n | Dans le train de nuit, quiz improvisé avec le compartiment d'à côté, égalité, et il reste une question avant Briançon.
+ en situation n | On the night train, an impromptu quiz with the next compartment, dead level, and one question left before Briançon.
fr situation l | À l'aéroport, ma fille et moi avons parié sur la couleur de la première valise, et le tapis vient de se mettre en route.
+ en situation l | At the airport my daughter and I bet on the colour of the first suitcase, and the carousel has just started moving.
fr situation n | Au supermarché, jeu du caddie gratuit : mon voisin fonce vers le rayon foie gras avec dix secondes au compteur.
+ en situation n | Supermarket free-trolley game: my neighbour is sprinting for the foie gras aisle with ten seconds on the clock.
fr situation l | Dans notre immeuble, on joue au morpion en post-it avec les voisins d'en face, il reste une case, et c'est à eux. Une petite musique de jeu télé ?
+ en situation l | In our building we're playing noughts and crosses in Post-its with the neighbours across the street, one square left, and it's their move. A bit of game-show music?
fr situation n | Au bureau, la cagnotte des pronostics se joue sur le match de ce soir : nul et la stagiaire rafle tout, sinon c'est moi. Prépare le salon pour le coup d'envoi.
+ en situation n | At work the prediction pool comes down to tonight's game: a draw and the intern takes the lot, otherwise it's me. Get the living room ready for kick-off.
fr situation n | En télétravail, vote en visio pour le nouveau logo de la boîte : mon projet et celui de Karim sont à égalité, il manque un votant. Lumière qui colle au moment, stp.
+ en situation n | Working from home, live video-call vote on the company's new logo: my design and Karim's are tied with one voter left. Lighting to fit the moment, please.
fr situation n | Ma voisine de quatre-vingts ans et moi, on a parié une tarte sur le coupable du téléfilm, et l'inspecteur réunit tout le monde au salon. Lumière tamisée pour la révélation.
+ en situation n | My eighty-year-old neighbour and I have a tart riding on the culprit in the TV film, and the inspector is gathering everyone in the drawing room. Low light for the reveal.
fr situation l | Ma petite sœur et moi, course de Rubik's Cube sur le tapis du salon, il nous reste chacun la dernière face. Envoie une musique qui fait tic-tac.
+ en situation l | My little sister and I are racing Rubik's Cubes on the living-room rug, each down to the last face. Play some music that ticks like a clock.
fr situation n | J'ai acheté au vide-grenier un coffre fermé sans la clé, et le serrurier du quartier est en train de le crocheter devant nous.
+ en situation n | I bought a locked chest at the car boot sale with no key, and the local locksmith is picking it right in front of us.

# situations: families, weddings, parties, outdoors
fr situation n | Je suis la mariée, et le pâtissier s'apprête à retirer le drap de la pièce montée qu'on me cache depuis un mois.
+ en situation n | I'm the bride, and the pastry chef is about to pull the sheet off the wedding cake they've been hiding from me for a month.
fr situation n | Au camping, le concours de karaoké se joue à l'applaudimètre, et l'animateur tend la main au-dessus de la tête de ma fille.
+ en situation n | At the campsite the karaoke contest is decided by applause, and the host is holding his hand over my daughter's head.
fr situation l | La piñata tient toujours, et c'est ma fille de quatre ans qui a le bâton. Mets une musique qui fait monter la sauce.
+ en situation l | The piñata's still holding, and my four-year-old has the stick. Put on some music to build it up.
fr situation l | Chasse au trésor d'anniversaire dans le jardin : le dernier indice mène sous le cerisier, et mon fils creuse à pleines mains. Mets une musique d'aventure.
+ en situation l | Birthday treasure hunt in the garden: the last clue points under the cherry tree, and my son is digging with both hands. Put on some adventure music.
fr situation l | Papi et mon fils font la course avec des bateaux en bois sur le ruisseau, et les deux arrivent au pont en même temps.
+ en situation l | Grandad and my son are racing wooden boats down the stream, and both are reaching the bridge at the same time.

# long
fr long h | Dernier service de la journée. Tous les passagers ont le nez sur leur téléphone : tirs au but en finale. Au feu rouge, un monsieur me tend son écran. Dernier tireur.
+ en long h | Last run of the day. Every passenger has their nose in their phone: penalty shootout in the final. At a red light, a man holds his screen out to me. Last taker.
fr long n | Ma grand-mère a quatre-vingt-onze ans. Elle s'est inscrite au jeu de la radio locale. Ils appellent les finalistes à onze heures. Elle a posé le téléphone fixe sur ses genoux.
+ en long n | My grandmother is ninety-one. She's entered the local radio quiz. They ring the finalists at eleven. She's got the landline sitting on her lap.
fr long n | Fête de la Saint-Jean au village. Le tir à la corde oppose les fermes du haut à celles du bas. Ça ne bouge plus depuis une minute. Mon père est en tête de corde.
+ en long n | Midsummer fair in the village. The tug-of-war pits the upper farms against the lower ones. Nothing's moved for a minute. My dad is at the front of the rope.
fr long n | Notre groupe du lycée a envoyé une démo au tremplin du festival. Les trois groupes retenus sont annoncés ce soir en direct. On est tous les quatre sur le même canapé. Le live commence.
+ en long n | Our school band sent a demo to the festival's battle of the bands. The three bands picked are announced live tonight. All four of us are squeezed onto one sofa. The stream's starting.
fr long n | Expatrié à Montréal. Mon village de Dordogne est en finale de l'émission du village préféré des Français. Ici il est 14 h 50, le résultat tombe à 21 heures là-bas. Ma mère a calé son téléphone devant la télé pour moi.
+ en long n | Expat in Montreal. My home village in the Dordogne is in the final of France's favourite-village TV show. It's 2:50 here, and the result is out at 9 p.m. over there. Mum has propped her phone in front of the TV for me.
fr long n | Je tiens la quincaillerie du bourg. Pour les cinquante ans du magasin, il fallait deviner le nombre de vis dans un bocal. Ce soir, on compte devant tout le monde. Trois clients sont à une vis d'écart.
+ en long n | I run the hardware shop in town. For the shop's fiftieth, people had to guess how many screws were in a jar. Tonight we count them in front of everyone. Three customers are one screw apart.

# negation
fr negation n | Non, ce n'est pas la peur qui me fait trembler : mon numéro est le dernier encore en lice à la tombola du marché de Noël.
+ en negation n | No, it's not fear making me shake: my number's the last one still in the running at the Christmas market raffle.
fr negation n | Je ne m'inquiète pas pour mon frère, il va très bien ; c'est juste que son dernier passage au trampoline décide du podium.
+ en negation n | I'm not worried about my brother, he's absolutely fine; it's just that his last trampoline routine decides the podium.
fr negation n | Pas question d'aller me coucher : le vote du public pour la finale de l'émission de chant se termine dans cinq minutes.
+ en negation n | No way am I going to bed: the public vote for the singing-show final closes in five minutes.
fr negation n | Je ne suis pas du tout détendue dans ce jacuzzi : l'hôtel annonce au micro le gagnant du séjour offert, et j'ai mis mon nom dans l'urne.
+ en negation n | I'm not relaxed at all in this hot tub: the hotel is announcing the winner of the free stay over the speakers, and my name's in the box.

# mixed
fr mixed n | Un peu crevée après ma garde de nuit, mais impossible de dormir avant de savoir qui gagne l'étape de montagne.
+ en mixed n | A bit wiped out after my night shift, but I can't sleep until I know who wins the mountain stage.
fr mixed n | Amusé par les costumes, mais surtout pendu aux lèvres du jury qui va désigner le plus beau char du carnaval.
+ en mixed n | Amused by the costumes, but mostly hanging on the words of the judges about to pick the best carnival float.
fr mixed n | Fière d'avoir fini mon gâteau à temps, mais là tout le chapiteau se tait : le présentateur va dire qui part ce soir.
+ en mixed n | Proud I got my cake done in time, but now the whole tent's gone silent: the host is about to say who's leaving tonight.
fr mixed n | Un peu agacé que le wifi du camping rame, mais surtout collé à la finale du 110 mètres haies qui charge image par image.
+ en mixed n | A bit annoyed the campsite wifi is crawling, but mostly glued to the 110 m hurdles final loading frame by frame.

# informal French, no translation
fr situation n | mon coloc et moi on a parié un mois de vaisselle sur le match de ce soir, 1-1 à la 85e
fr situation n | la pizza devait arriver en moins de 30 min sinon c'est gratuit, il reste 40 secondes et j'entends l'ascenseur
fr situation n | ma tante révèle si c'est une fille ou un garçon avec un ballon géant dans le jardin, tout le monde a le tel levé
fr situation h | finale du tournoi de FIFA à l'internat, 2-2, et le couvre-feu sonne dans 3 min
fr situation n | tout le village a parié sur la date de la première neige et le bulletin météo commence
fr situation n | à la fête foraine mon frère s'acharne sur le pousse-pièces depuis 20 min, y a une pile qui pend au bord
# casual English, no translation
en situation n | flatmate and I bet a month of washing-up on the darts final, it's 6-6 in sets
en situation n | the meat raffle at the pub is down to the last tray and my nan's holding three tickets
en situation h | night bus, driver's got the cricket on, last over, 6 needed off 2 balls, whole bus leaning forward
en situation n | sat in the school car park waiting for the sports day results on the app, my kid's house is 3 points behind
"""

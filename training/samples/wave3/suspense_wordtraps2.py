"""suspense: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Au marché du dimanche, le fromager coupe mon comté au jugé : s'il tombe pile sur 500 grammes, il me l'offre. L'aiguille de la balance oscille encore.
+ en situation n | At the Sunday market the cheesemonger cuts my Comté by eye: if it's exactly 500 grams, it's on the house. The needle on the scale is still wobbling.
fr situation n | Dans la cuisine, le soufflé gonfle derrière la vitre du four, les invités sont à table, et il reste trente secondes de cuisson.
+ en situation n | In the kitchen the soufflé is rising behind the oven door, the guests are at the table, and there are thirty seconds of baking left.
en situation l | The neighbour's dog has the ball right at the edge of the pond and all the kids are watching: will he drop it or jump in after it?
+ fr situation l | Le chien du voisin tient la balle tout au bord de la mare et tous les enfants regardent : va-t-il la lâcher ou sauter dedans ?
fr situation n | Concours des maisons fleuries : le jury de la mairie s'arrête devant notre jardin, carnet en main, et ne dit pas un mot.
+ en situation n | Best-kept garden contest: the council judges stop in front of our garden, notebook in hand, and don't say a word.
fr situation n | Galette des rois chez mamie : personne n'a encore eu la fève, il reste deux parts, et c'est au petit de choisir.
+ en situation n | King cake at Grandma's: nobody's found the charm yet, there are two slices left, and it's the little one's turn to pick.
en situation n | Musical chairs at the birthday party: two kids circling one last chair, and the music just keeps going.
+ fr situation n | Chaises musicales à l'anniversaire : deux enfants tournent autour de la dernière chaise, et la musique n'en finit pas.
fr slang_emoji n | les chiots sont trop mignons mais là on attend que l'éleveuse tire les noms dans un chapeau pour savoir lequel est à nous 😬🐶
+ en slang_emoji n | the puppies are sooo cute but rn we're waiting for the breeder to draw names out of a hat to see which one's ours 😬🐶
fr typo l | le soleil tape, les glaces fondent et moi jattends que le petit retourne sa derniere carte au memory, il reste 2 paires et on est a egalite
+ en typo l | sun's blazing, ice creams melting and im waiting for the kid to turn his last card at memory, 2 pairs left and we're level

# trap words from curiosite
fr situation h | Le prof de physique lâche la boule du pendule depuis son nez devant tout l'amphi ; elle revient vers son visage, et il ne bouge pas d'un millimètre.
+ en situation h | The physics teacher lets go of the pendulum ball from the tip of his nose in front of the whole lecture hall; it swings back at his face, and he doesn't move an inch.
en situation n | Egg-drop contest at school: my son's egg is in its box of straws, he lets go from the first-floor window, and the whole class leans out to look.
+ fr situation n | Concours de l'œuf à l'école : l'œuf de mon fils est dans sa boîte en pailles, il le lâche de la fenêtre du premier étage, et toute la classe se penche pour voir.
fr situation n | Au « Qui est-ce ? », il reste deux visages sur mon plateau, et ma fille pose sa dernière question en me regardant droit dans les yeux.
+ en situation n | At Guess Who there are two faces left on my board, and my daughter asks her last question looking me straight in the eye.
fr situation n | L'archéologue brosse la terre autour du couvercle du sarcophage en direct, il glisse ses doigts dessous, et la connexion se met à ramer.
+ en situation n | The archaeologist is brushing the soil off the sarcophagus lid on the live stream, slides his fingers under it, and the connection starts to lag.
en situation n | The science fair results are on the card the head teacher is holding, and our class's robot is one of the last three.
+ fr situation n | Les résultats de la fête de la science sont sur la fiche que tient la directrice, et le robot de notre classe fait partie des trois derniers.
fr situation n | Au musée des sciences, l'animatrice approche la bougie du ballon gonflé à l'hydrogène, et toute la classe se bouche les oreilles en attendant.
+ en situation n | At the science museum the presenter is bringing the candle up to the hydrogen balloon, and the whole class has their fingers in their ears, waiting.
fr negation n | Je ne cherche pas à comprendre comment marche la machine du tirage, je veux juste savoir si mon numéro sort : il reste trois boules.
+ en negation n | I'm not trying to work out how the draw machine works, I just want to know if my number comes up: three balls to go.
fr situation n | La caméra du drone descend pour la première fois dans le gouffre en direct, batterie à 4 %, et le chat de la vidéo s'est tu.
+ en situation n | The drone camera is going down into the sinkhole for the first time on the live stream, battery at 4%, and the chat has gone silent.

# trap words from detente
fr situation n | Vacances à la plage, mais je ne quitte pas des yeux l'écran de la paillote : le rugby se joue sur une dernière pénalité, pile devant les poteaux.
+ en situation n | Beach holiday, but I can't take my eyes off the screen at the beach bar: the rugby comes down to one last penalty, right in front of the posts.
en situation l | Bedtime story, and my son is clutching the duvet: the little fox is tiptoeing past the sleeping wolf, and I turn the page very slowly.
+ fr situation l | Histoire du soir, mon fils serre la couette : le petit renard passe sur la pointe des pieds devant le loup endormi, et je tourne la page très lentement.
fr situation l | Allongé dans le hamac, je ne respire plus : l'écureuil avance sur le fil vers la mangeoire, et le chat est tapi juste en dessous.
+ en situation l | Lying in the hammock, I'm holding my breath: the squirrel is edging along the wire towards the feeder, and the cat is crouched right underneath.
fr situation n | Tisane, plaid, canapé, et la finale de l'émission de rencontres : deux couples restants, un seul part à la maison ce soir.
+ en situation n | Herbal tea, blanket, sofa, and the dating show final: two couples left, only one goes home tonight.
fr situation n | Bain moussant et bougies, mais le téléphone est sur le rebord : le tirage des billets pour les JO tombe par SMS d'une minute à l'autre.
+ en situation n | Bubble bath and candles, but the phone is on the edge of the tub: the ballot for Olympic tickets comes through by text any minute now.
fr situation n | Dimanche tranquille chez mamie, sauf que la partie de Scrabble se joue à deux points et qu'elle pose ses lettres une à une sur le mot compte triple.
+ en situation n | Quiet Sunday at Grandma's, except the Scrabble game is down to two points and she's laying her tiles one by one on the triple word score.
en situation h | Hot tub at the ski chalet, but nobody's relaxing: the snowboard final is on the laptop and my cousin is dropping into his last run.
+ fr situation h | Jacuzzi au chalet, mais personne ne se détend : la finale de snowboard passe sur l'ordi et mon cousin s'élance pour sa dernière descente.
fr mixed n | Un peu somnolent après le déjeuner, mais surtout collé au poste : l'étape du Tour se joue au sprint, ils sont à deux cents mètres de la ligne.
+ en mixed n | A bit drowsy after lunch, but mostly glued to the telly: the Tour stage is coming down to a sprint, they're two hundred metres from the line.

# trap words from euphorie
fr situation n | Au mariage de ma cousine, la mariée se retourne pour lancer le bouquet, et mes deux copines célibataires se bousculent au premier rang.
+ en situation n | At my cousin's wedding the bride turns her back to throw the bouquet, and my two single friends are jostling in the front row.
en situation n | The party's in full swing, but the whole kitchen has gone quiet: my mate is on his last bottle-flip attempt, and it's spinning in the air.
+ fr situation n | La soirée bat son plein, mais toute la cuisine s'est tue : mon pote tente son dernier bottle flip, et la bouteille tourne en l'air.
fr situation n | Bouquet final du 14 Juillet : la mèche grésille depuis une minute, et toute la place attend de voir si ça part ou si c'est raté.
+ en situation n | Bastille Day finale: the fuse has been fizzing for a minute, and the whole square is waiting to see whether it goes up or fizzles out.
fr situation h | Au concert, le guitariste lance son médiator dans la foule, il vole droit sur moi... et le grand type devant lève la main.
+ en situation h | At the gig the guitarist flicks his pick into the crowd, it's flying straight at me... and the tall guy in front puts his hand up.
fr situation n | Battle de danse en pleine soirée entre mon frère et un inconnu, et c'est l'applaudimètre qui va désigner le gagnant.
+ en situation n | Dance battle in the middle of the party between my brother and a total stranger, and the clap-o-meter is going to pick the winner.
fr situation n | Le DJ a promis de passer notre chanson si on gagne le concours de limbo, et la barre est descendue à quarante centimètres.
+ en situation n | The DJ promised to play our song if we win the limbo contest, and the bar is down to forty centimetres.
en situation n | Wedding reception: the groom is about to open the envelope his dad swears holds the honeymoon destination, and he's taking his time.
+ fr situation n | Vin d'honneur : le marié va ouvrir l'enveloppe qui contient, d'après son père, la destination du voyage de noces, et il prend son temps.
fr slang_emoji h | la teuf est ouf mais on est tous collés à l'écran 😳 tirage au sort des places pour la finale dans 2 min, jsuis plus là
+ en slang_emoji h | party's insane but we're all glued to the screen 😳 ballot for final tickets in 2 min, I've checked out

# trap words from reverie
fr situation h | Éclipse totale dans trois minutes, des nuages arrivent de l'ouest, et toute la colline fixe le ciel en se demandant s'ils vont passer avant.
+ en situation h | Total eclipse in three minutes, clouds rolling in from the west, and the whole hillside is staring at the sky wondering if they'll get there first.
en situation n | I've imagined this moment for months: the gallery owner is turning my painting round to show the buyer, and I'm watching his face.
+ fr situation n | J'imagine ce moment depuis des mois : la galeriste retourne ma toile pour la montrer à l'acheteur, et je guette son visage.
fr situation l | Bulle de savon géante : mon fils essaie d'y enfermer sa sœur, la bulle monte jusqu'à ses épaules... va-t-elle tenir jusqu'à sa tête ?
+ en situation l | Giant soap bubble: my son is trying to trap his sister inside it, the bubble is up to her shoulders... will it hold all the way over her head?
fr situation n | Sous les étoiles du camping, le conteur s'arrête pile au moment où la porte du vieux phare s'ouvre, et boit tranquillement une gorgée d'eau.
+ en situation n | Under the stars at the campsite, the storyteller stops right when the old lighthouse door creaks open, and calmly takes a sip of water.
fr situation n | Rêve de gosse : un enfant du public va porter le ballon du match jusqu'au rond central, et le speaker annonce « et le gagnant est... ».
+ en situation n | A childhood dream: one kid from the crowd gets to carry the match ball out to the centre spot, and the announcer says "and the winner is...".
en situation n | I was daydreaming in class until the teacher said she'd pull one name out of the jar for the trip to the space centre, and put her hand in.
+ fr situation n | Je rêvassais en classe, jusqu'à ce que la maîtresse annonce qu'elle tire un seul nom du bocal pour la sortie au centre spatial, et plonge la main dedans.
fr situation n | Les nuages défilent au-dessus du stade et l'arbitre regarde le ciel : le match reprendra-t-il après l'orage ? On attend tous sous la tribune.
+ en situation n | Clouds racing over the ground and the referee keeps looking at the sky: will the match restart after the storm? We're all waiting under the stand.
fr typo n | jme voyais deja sur scene mais la prof lit la liste des roles pour le spectacle ds l'ordre, jsuis tjrs pas passée
+ en typo n | i could already see myself on stage but the teacher's reading the cast list for the show in order and i still havent come up

# trap words from victoire
fr situation h | Résultats du bac en ligne à 10 h, il est 9 h 59, et toute la famille est penchée sur mon épaule pendant que j'actualise la page.
+ en situation h | Exam results go online at 10, it's 9:59, and the whole family is leaning over my shoulder while I hit refresh.
en situation n | The boss has called the whole office in to say who's getting the team lead job, and she's starting with a long speech about tough choices.
+ fr situation n | La patronne a réuni tout le bureau pour annoncer qui obtient le poste de chef d'équipe, et elle commence par un long discours sur les choix difficiles.
fr situation h | Finale de fléchettes au bar du coin : il me faut un double 16 pour gagner, et il me reste une seule fléchette.
+ en situation h | Darts final at the local: I need double 16 to win, and I've got one dart left.
fr situation h | Marathon de Paris : mon mari vise moins de trois heures, il reste 400 mètres et l'horloge affiche 2 h 58 min 40.
+ en situation h | Paris Marathon: my husband is aiming for under three hours, there are 400 metres to go and the clock reads 2:58:40.
fr situation n | Remise des diplômes : les mentions sont lues par ordre alphabétique, on en est à la lettre L, et je m'appelle Martin.
+ en situation n | Graduation: the honours are read out in alphabetical order, they're on the letter L, and my name's Martin.
en situation h | Under-12s cup, penalty shoot-out: my son steps up for the fifth kick, and if he scores, we win.
+ fr situation h | Coupe des moins de 12 ans, tirs au but : mon fils s'avance pour le cinquième, et s'il marque, on gagne.
fr situation n | Concours de labour du canton : les juges tendent un cordeau le long de mon dernier sillon et chuchotent entre eux.
+ en situation n | District ploughing match: the judges stretch a line along my last furrow and whisper among themselves.
fr slang_emoji h | record perso en vue sur le 10 km 🏃‍♀️ 800 m restants et ma montre dit que ça va se jouer à 5 secondes, je lâche rien
+ en slang_emoji h | PB in sight on the 10k 🏃‍♀️ 800m left and my watch says it'll come down to 5 seconds, not letting go

# trap words from colere
fr situation l | Papa et tonton se disputent depuis une heure sur qui a gagné la belote de Noël 1998 ; tata sort le vieux carnet des scores et l'ouvre.
+ en situation l | Dad and my uncle have been arguing for an hour about who won the card game at Christmas 1998; my aunt digs out the old score book and opens it.
en situation h | The crowd is furious with the ref, and he's sent the try up to the video ref; the replay is rolling in slow motion on the big screen.
+ fr situation h | Le public est furieux contre l'arbitre, et il a demandé la vidéo pour l'essai ; le ralenti passe sur l'écran géant.
fr situation n | Bouchon monstre sur le périph, et j'ai parié avec ma collègue : qui arrive en premier, elle en métro ou moi en voiture ? Plus que deux sorties.
+ en situation n | Massive jam on the ring road, and I've got a bet on with my colleague: who gets in first, her on the metro or me in the car? Two exits to go.
fr situation n | La réunion de copropriété a viré au règlement de comptes, et maintenant on vote à main levée ; le syndic compte les bras un par un.
+ en situation n | The residents' meeting turned into a slanging match, and now it's a show of hands; the managing agent is counting arms one by one.
fr situation n | Recomptage des voix à la mairie pour le conseil municipal : il ne manque plus que le bureau 4, et trois voix séparent les deux listes.
+ en situation n | Recount at the town hall for the council election: only polling station 4 left to come in, and three votes between the two lists.
en situation n | My flatmate stormed off saying he'd prove I cheated at Mario Kart, and now we're both watching the replay of the last lap in silence.
+ fr situation n | Mon coloc est parti en claquant la porte en jurant qu'il prouverait que j'ai triché à Mario Kart, et maintenant on regarde tous les deux la rediff du dernier tour en silence.
fr negation h | Pas énervé du tout, juste crispé : le bras de fer avec mon beau-frère dure depuis une minute et nos mains sont pile au milieu.
+ en negation h | Not annoyed at all, just tense: the arm wrestle with my brother-in-law has gone on for a minute and our hands are dead centre.
fr typo n | on sest engueulés tte la soiree pour savoir quel cheval gagne, la photo finish s'affiche dans 10 sec
+ en typo n | we argued all night about which horse would win, the photo finish comes up in 10 sec

# trap words from inquietude
fr situation n | En salle d'écho, la sonde glisse sur le ventre de ma femme, l'écran montre enfin le profil, et on va savoir si c'est une fille ou un garçon.
+ en situation n | In the scan room the probe glides over my wife's belly, the screen finally shows the profile, and we're about to find out if it's a girl or a boy.
en situation n | The envelope from the London Marathon ballot is on the doormat, and the house rule is nobody opens it until everyone's home.
+ fr situation n | L'enveloppe du tirage au sort du marathon de Londres est sur le paillasson, et la règle à la maison, c'est qu'on ne l'ouvre pas avant que tout le monde soit rentré.
fr situation n | Le téléphone sonne, numéro masqué : c'est peut-être la radio qui appelle les auditeurs pour le jeu à 10 000 euros. Deuxième sonnerie...
+ en situation n | The phone's ringing, withheld number: it might be the radio station calling listeners for the 10,000-euro game. Second ring...
fr situation l | Le médecin du village est aussi juré du concours de tartes, et il goûte la mienne en dernier, sans rien laisser paraître.
+ en situation l | The village doctor is also judging the pie contest, and he tastes mine last, giving nothing away.
fr situation h | Le train a du retard et mon fils dispute sa finale de judo à l'instant : on suit le direct sur le téléphone, il est au golden score.
+ en situation h | The train's running late and my son is fighting his judo final right now: we're following the live stream on the phone, it's gone to golden score.
en situation n | I've been refreshing my inbox every ten seconds: the publisher promised a yes or no on my manuscript before noon, and it's 11:58.
+ fr situation n | J'actualise ma boîte mail toutes les dix secondes : l'éditeur a promis un oui ou un non pour mon manuscrit avant midi, et il est 11 h 58.
fr situation n | À l'aéroport, voyage surprise : la destination s'affiche à la porte d'embarquement dans une minute, et on fixe tous l'écran.
+ en situation n | At the airport, mystery trip: the destination comes up on the gate screen in one minute, and we're all staring at it.
fr mixed n | Un peu d'appréhension, mais surtout une attente folle : l'école de cinéma publie la liste des admis à midi pile, et je suis déjà sur la page.
+ en mixed n | A bit of nerves, but mostly the sheer wait: the film school posts the list of admissions at noon on the dot, and I'm already on the page.

# trap words from nostalgie
fr situation n | Réveillon de Noël : minuit approche, les enfants fixent la porte du salon fermée, et papi est parti « chercher un truc » depuis dix minutes.
+ en situation n | Christmas Eve: midnight's coming up, the kids are staring at the closed living-room door, and Grandad went off to "fetch something" ten minutes ago.
en situation n | Grandma's old chest has been locked since 1965; the locksmith has been working the lock for ten minutes, and it's just clicked.
+ fr situation n | La vieille malle de ma grand-mère est fermée à clé depuis 1965 ; le serrurier travaille la serrure depuis dix minutes, et on vient d'entendre un déclic.
fr situation n | Ma mère a répondu à son premier amour, retrouvé sur Facebook, et les trois petits points clignotent sous son message depuis deux minutes.
+ en situation n | My mum has replied to her first love, who found her on Facebook, and the three little dots have been blinking under her message for two minutes.
fr situation n | Au garage, le mécano tourne la clé de la vieille 2CV qu'on restaure depuis deux ans : va-t-elle démarrer ?
+ en situation n | In the garage the mechanic turns the key in the old 2CV we've spent two years restoring: will she start?
en situation n | Back at my childhood holiday house for one day: the new owners let me look for the tin I hid under a floorboard in 1994, and my hand is feeling around underneath.
+ fr situation n | De retour pour une journée dans la maison de vacances de mon enfance : les nouveaux propriétaires m'ont laissé chercher la boîte cachée sous une latte en 1994, et ma main tâtonne dessous.
fr situation h | Fête des anciens du club : on rejoue la finale perdue de 1986, vétérans contre vétérans, et c'est encore 1-1 à la dernière minute.
+ en situation h | Club old boys' day: we're replaying the final we lost in 1986, veterans against veterans, and it's still 1-1 in the last minute.
fr situation l | Papa jure qu'il était premier de la classe ; mamie vient de retrouver ses vieux bulletins et déplie celui de CM2 devant tout le monde.
+ en situation l | Dad swears he was top of the class; Grandma has just found his old school reports and is unfolding the one from his last year of primary in front of everyone.
fr slang_emoji n | ma grand-mère revoit son amoureux du lycée ajd après 50 ans 👀 on est planqués au café d'en face à attendre qu'il arrive
+ en slang_emoji n | my gran is meeting her high school sweetheart today after 50 years 👀 we're hiding in the café opposite waiting for him to show up

# trap words from panique
fr situation n | Exercice incendie au bureau avec chrono par service : la cheffe compte les derniers qui sortent, et si on bat la compta, on gagne le resto.
+ en situation n | Fire drill at the office, timed by department: the boss is counting the last ones out, and if we beat Accounts, we win a team dinner.
en situation n | My sister's due date was yesterday, and the whole family group chat jumps every time her name pops up.
+ fr situation n | Le terme de ma sœur, c'était hier, et tout le groupe familial sursaute chaque fois que son nom apparaît dans la conversation.
fr situation h | Escape game : l'alarme sonne, plus que 60 secondes, et on a trois chiffres sur quatre pour le cadenas.
+ en situation h | Escape room: the alarm's going off, 60 seconds left, and we've got three of the four digits for the padlock.
fr situation h | Mario Kart, dernière ligne droite : une carapace bleue vient d'être lancée, et on est trois au coude-à-coude.
+ en situation h | Mario Kart, final straight: someone's just fired a blue shell, and three of us are neck and neck.
fr situation n | Démonstration des pompiers à la fête du village : la voiture est en feu, et le chrono dira si la nouvelle équipe l'éteint en moins de trente secondes.
+ en situation n | Firefighters' demo at the village fête: the car is ablaze, and the stopwatch will tell whether the new crew can put it out in under thirty seconds.
en situation h | The storm is rolling in over the cricket ground and the umpires are deciding whether to play the last over; we need six runs.
+ fr situation h | L'orage arrive sur le terrain de cricket et les arbitres décident s'ils font jouer la dernière série ; il nous faut six points.
fr situation h | Dans le film, le compte à rebours de la bombe affiche 00:03 et le héros hésite encore entre le fil rouge et le fil bleu.
+ en situation h | In the film the bomb timer reads 00:03 and the hero is still torn between the red wire and the blue one.
fr typo n | alerte rouge : ma soeur a ecrit "jai une nouvelle enorme" y a 20 min et depuis rien, elle ecrit... elle efface... elle ecrit
+ en typo n | red alert: my sister texted "got HUGE news" 20 min ago and nothing since, she's typing... deleting... typing

# trap words from tristesse
fr situation n | Sous une pluie battante, les deux équipes attendent sur la pelouse que l'arbitre dise si on joue les prolongations ou si on tire au sort.
+ en situation n | In the pouring rain, both teams are waiting on the pitch for the ref to say whether it's extra time or a coin toss.
en situation h | Last day of the season and the relegation fight goes down to the wire: we're drawing, they're drawing, and the radio is about to go over to the other ground.
+ fr situation h | Dernière journée du championnat, le maintien se joue jusqu'au bout : on fait match nul, eux aussi, et la radio va basculer sur l'autre stade.
fr situation n | Dernier soir de la colo : on annonce quelle cabane gagne la coupe de l'été, et les monos font traîner la cérémonie d'adieu exprès.
+ en situation n | Last night at summer camp: they're announcing which cabin wins the summer cup, and the counsellors are dragging out the goodbye ceremony on purpose.
fr situation n | Le film est en noir et blanc, triste à pleurer, mais toute la salle retient son souffle : le train va-t-il partir avant qu'elle arrive sur le quai ?
+ en situation n | The film is black and white and heartbreaking, but the whole cinema is holding its breath: will the train pull out before she reaches the platform?
fr situation n | Seul chez moi un samedi soir, mais pas une seconde d'ennui : finale de l'Eurovision, dernier pays à donner ses points, et on est deuxièmes à un point.
+ en situation n | Home alone on a Saturday night, but not bored for a second: Eurovision final, last country giving its points, and we're second by one point.
en situation n | The notary is reading out the will of a great-uncle none of us ever met, and we're all waiting to hear who gets his famous vintage car.
+ fr situation n | Le notaire lit le testament d'un grand-oncle qu'aucun de nous n'a connu, et on attend tous de savoir qui hérite de sa fameuse voiture de collection.
fr situation l | Dernière feuille sur le marronnier de la cour : les élèves ont parié sur le jour où elle tombera, et aujourd'hui le vent se lève.
+ en situation l | Last leaf on the chestnut tree in the playground: the pupils have bet on which day it'll fall, and today the wind is picking up.
fr negation h | Ce n'est pas de la tristesse, ces larmes : je n'ai pas cligné depuis une minute, le funambule est au milieu du fil entre les deux tours.
+ en negation h | It's not sadness, these tears: I haven't blinked for a minute, the tightrope walker is halfway along the wire between the two towers.
"""

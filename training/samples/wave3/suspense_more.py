"""suspense: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation n | Mariage de ma cousine : le bouquet est en l'air, et on est cinq à tendre les bras.
+ en situation n | My cousin's wedding: the bouquet is in the air, and five of us are reaching up.
fr situation n | On a caché un téléphone pour filmer maman qui ouvre son cadeau, et elle déchire le papier tout doucement.
+ en situation n | We hid a phone to film Mum opening her present, and she's tearing the paper ever so slowly.
fr situation h | Mon fils de neuf ans est en finale du concours d'orthographe, il reste deux candidats et c'est à lui.
+ en situation h | My nine-year-old is in the spelling bee final, two kids left and it's his turn.
fr situation l | Le petit a construit une tour de Kapla plus haute que lui, et il pose le tout dernier morceau.
+ en situation l | The little one has built a block tower taller than himself, and he's placing the very last piece.
fr situation n | Le château de dominos de mon fils : onze mille pièces, et il pousse le premier.
+ en situation n | My son's domino run: eleven thousand pieces, and he's pushing the first one.
fr situation l | Mon copain prépare un plat mystère depuis trois heures et refuse de dire ce que c'est, il arrive avec la cloche.
+ en situation l | My boyfriend has been cooking a mystery dish for three hours and won't say what it is; here he comes with the cloche.
# situations: friends, neighbours, city, moving
fr situation h | Jenga chez Léo : la tour tient sur trois pièces, et c'est mon tour. Juste une lumière sur la table.
+ en situation h | Jenga at Léo's: the tower is standing on three pieces, and it's my turn. Just one light over the table.
fr situation n | Concours des maisons illuminées du quartier : le jury passe dans notre rue dans dix minutes.
+ en situation n | The neighbourhood Christmas lights contest: the judges come down our street in ten minutes.
fr situation n | Tirage au sort des chambres dans la nouvelle coloc : trois papiers dans le bonnet, et une seule chambre a un balcon.
+ en situation n | Drawing lots for rooms in the new flat share: three slips in the hat, and only one room has a balcony.
fr situation n | Course de caisses à savon dans la grande rue : notre bolide est sur la ligne pour la dernière manche.
+ en situation n | Soapbox race down the high street: our cart is on the line for the final heat.
# situations: work, school, administration
fr situation n | Concours de déguisements au bureau : le vote à main levée commence, et mon costume de photocopieuse est dans les trois derniers.
+ en situation n | Office fancy-dress contest: the show of hands is starting, and my photocopier costume is in the final three.
fr situation n | La prof punaise au tableau la distribution de la comédie musicale du collège, et ma fille joue des coudes pour lire.
+ en situation n | The teacher is pinning up the cast list for the school musical, and my daughter is elbowing her way in to read it.
fr situation n | Tirage au sort des jardins partagés à la mairie : quarante demandes, six parcelles, et l'adjoint plonge la main dans l'urne.
+ en situation n | Allotment draw at the town hall: forty applications, six plots, and the deputy mayor is reaching into the box.
# situations: money, house, DIY
fr situation n | À la brocante, l'expert examine le vieux tableau du grenier, et il vient de sortir sa loupe.
+ en situation n | At the antiques fair, the expert is examining the old painting from the attic, and he's just taken out his magnifying glass.
fr situation n | L'émission de déco a refait notre salon pendant le week-end, et on nous fait entrer les yeux bandés. Mets une ambiance qui retient son souffle.
+ en situation n | The makeover show redid our living room over the weekend, and they're leading us in blindfolded. Give me a hold-your-breath mood.
fr situation l | Je vais démouler ma première pièce en résine après trois jours de séchage, toute la famille est autour.
+ en situation l | About to unmould my first resin piece after three days of curing, and the whole family's gathered round.
fr situation n | Cinq mille pièces, trois semaines de puzzle, il en reste une : est-ce qu'elle est bien dans la boîte ?
+ en situation n | Five thousand pieces, three weeks of puzzling, one left: is it actually in the box?
# situations: nature, countryside, travel, transport, seasons
fr situation n | Tout le bateau attend que la baleine ressorte, le guide a dit qu'elle plonge cinq minutes, et ça en fait quatre.
+ en situation n | The whole boat is waiting for the whale to come back up; the guide said it dives for five minutes, and it's been four.
fr situation n | Comice agricole : le jury va désigner la plus belle vache, et la nôtre est dans les trois dernières.
+ en situation n | County show: the judges are about to pick the best cow, and ours is in the final three.
fr situation l | Géocaching : le GPS dit qu'on est à deux mètres de la boîte, et les enfants soulèvent les pierres une à une.
+ en situation l | Geocaching: the GPS says we're two metres from the cache, and the kids are lifting stones one by one.
fr situation n | En croisière, le capitaine va annoncer au micro la cabine invitée à dîner à sa table.
+ en situation n | On the cruise, the captain is about to announce over the tannoy which cabin is invited to dine at his table.
fr situation l | Jeu dans la voiture : chacun a parié sur la couleur de la prochaine voiture, et tout le monde fixe le virage.
+ en situation l | Car game: everyone's bet on the colour of the next car, and we're all staring at the bend.
fr situation n | Le calendrier de l'Avent géant de la ville ouvre sa dernière case ce soir sur la place, et personne ne sait ce qu'il y a derrière.
+ en situation n | The town's giant Advent calendar opens its last door tonight on the square, and nobody knows what's behind it.
fr situation n | Le jury du concours de crèches de la paroisse délibère, et papa a passé un mois sur la sienne.
+ en situation n | The judges of the parish nativity-scene contest are deliberating, and Dad spent a month on his.
# situations: sport, playing and watching
fr situation h | Tournoi de badminton : vingt-neuf partout au troisième set, et le volant est en l'air.
+ en situation h | Badminton tournament: twenty-nine all in the third set, and the shuttle is in the air.
fr situation n | Les juges de patinage vont afficher les notes, et notre patineuse attend sur le banc avec son entraîneur. Baisse les lumières.
+ en situation n | The skating judges are about to post the scores, and our skater is waiting on the bench with her coach. Lower the lights.
fr situation h | Trois heures du matin, combat de boxe en direct de Las Vegas, douzième round terminé, on attend la décision des juges. Tamise tout, on reste debout.
+ en situation h | Three in the morning, a boxing match live from Las Vegas, twelfth round over, and we're waiting for the judges' decision. Dim everything, we're staying on our feet.
fr situation n | Ma cousine tente de grimper au mât de cocagne de la fête du village, elle est à un mètre du jambon.
+ en situation n | My cousin is trying to climb the greasy pole at the village fair, and she's a metre from the ham.
fr situation n | Finale d'escalade à la télé : la grimpeuse française est à deux prises du sommet, et le chrono défile.
+ en situation n | Climbing final on TV: the French climber is two holds from the top, and the clock is running.
fr situation n | Concours de la plus longue épluchure de pomme à la fête du village : la mienne fait déjà un mètre, et le couteau arrive au bout.
+ en situation n | Longest apple peel contest at the village fair: mine is already a metre long, and the knife is nearly at the end.
fr situation n | Kermesse de l'école : mon fils lance le dernier anneau sur la bouteille du gros lot.
+ en situation n | School fair: my son is throwing his last ring at the bottle for the top prize.
# situations: music, films, books, games, TV, tech, hobbies
fr situation l | Le perroquet de mon oncle doit répéter devant toute la famille la phrase qu'on lui apprend depuis un mois, et il hésite.
+ en situation l | My uncle's parrot is supposed to say the phrase we've been teaching it for a month, in front of the whole family, and it's hesitating.
fr situation n | Bataille navale avec mon fils : il me reste un seul bateau, et il hésite entre deux cases.
+ en situation n | Battleships with my son: I've got one ship left, and he's torn between two squares.
fr situation l | Premier vol du drone que mon fils a monté lui-même : hélices lancées, il appuie sur décollage.
+ en situation l | First flight of the drone my son built himself: propellers spinning, he presses take-off.
fr situation n | Rallye photo du club : le président dévoile le classement à l'écran en partant du dernier, et mon nom n'est toujours pas apparu.
+ en situation n | Club photo rally: the president is revealing the rankings on screen from the bottom up, and my name still hasn't appeared.
fr situation n | Blind test entre cousins : égalité parfaite, dernier extrait, et les trois premières notes viennent de sortir de l'enceinte.
+ en situation n | Music quiz with my cousins: dead heat, last clip, and the first three notes have just come out of the speaker.
fr situation l | Le chanteur va dévoiler le titre surprise du rappel, et tout le stade essaie de deviner.
+ en situation l | The singer is about to reveal the surprise encore, and the whole stadium is trying to guess.
fr situation n | Dix minutes avant la fin du film, et on ne sait toujours pas lequel des deux frères a tiré. Ambiance polar, s'il te plaît.
+ en situation n | Ten minutes before the end of the film, and we still don't know which of the two brothers fired. Crime-thriller mood, please.
fr situation n | Je lis le dernier tome de la saga en même temps que ma sœur, interdiction de dépasser le chapitre douze avant ce soir.
+ en situation n | I'm reading the last book of the saga alongside my sister, and we're not allowed past chapter twelve before tonight.
fr situation h | Jeu de société : tout se joue sur le dernier lancer, il me faut un six.
+ en situation h | Board game: it all comes down to the last roll, and I need a six.
fr situation n | Tournoi de cartes de mon fils : la finale se joue sur la dernière carte de la pioche.
+ en situation n | My son's card tournament: the final comes down to the last card in the deck.
fr situation n | Élection de Miss France : plus que deux candidates, dont celle de notre région. Mets une ambiance de plateau télé.
+ en situation n | Miss France: only two contestants left, including the one from our region. Give me a TV-studio mood.
fr situation n | Le vote en ligne pour le nom de la nouvelle mascotte de la ville se termine à midi, et ma proposition est au coude à coude.
+ en situation n | The online vote to name the town's new mascot closes at noon, and my suggestion is neck and neck.
fr situation n | Concours photo du magazine : les trois lauréats sont annoncés en direct sur leur page, et j'ai envoyé mon héron.
+ en situation n | The magazine photo contest: the three winners are being announced live on their page, and I sent in my heron.
fr situation n | Ce matin, le facteur apporte le résultat du concours de dessin du journal, et ma fille guette à la fenêtre. Violet et bleu nuit, s'il te plaît.
+ en situation n | This morning the postman brings the results of the newspaper drawing contest, and my daughter is watching from the window. Purple and midnight blue, please.

# long
fr long h | On joue au Time's Up depuis le début de la soirée. Égalité parfaite. Dernier mot, trente secondes au sablier. Mon mari tombe sur « ornithorynque » et il commence à mimer.
+ en long h | We've been playing charades all evening. Dead level. Last word, thirty seconds on the timer. My husband gets "platypus" and starts miming.
fr long n | Le facteur a laissé un avis de passage : un recommandé du concours de nouvelles. La poste ouvre à neuf heures. Il est huit heures cinquante. Je fais les cent pas devant la porte.
+ en long n | The postman left a delivery notice: a registered letter from the short-story contest. The post office opens at nine. It's ten to. I'm pacing outside the door.
fr long n | Concours de sculpture sur sable. Trois heures de travail. Les juges passent d'un château à l'autre. Ils s'arrêtent devant le nôtre et se parlent à l'oreille.
+ en long n | Sandcastle contest. Three hours of work. The judges move from one castle to the next. They stop in front of ours and whisper to each other.
fr long h | Jeu du supermarché : une seule clé ouvre la voiture. Il reste trois participants. Ma mère a la sienne dans la main. Elle la glisse dans la serrure.
+ en long h | Supermarket contest: only one key opens the car. Three contestants left. My mother has hers in her hand. She slides it into the lock.
fr long h | Mon frère tente le record du club de natation. Il reste vingt-cinq mètres. Le chrono défile sur le tableau. Tout le bord du bassin est debout.
+ en long h | My brother is going for the swimming club record. Twenty-five metres to go. The clock is ticking on the board. The whole poolside is on its feet.
fr long n | Soirée film à la maison. On a pris un thriller au hasard. Le tueur est dans la maison. L'héroïne ouvre lentement la porte du grenier.
+ en long n | Movie night at home. We picked a thriller at random. The killer is in the house. The heroine slowly opens the attic door.
fr long n | Fin de la vente aux enchères caritative. Le tableau de ma fille est le dernier lot. Deux personnes lèvent la main en même temps. Le commissaire-priseur lève son marteau.
+ en long n | End of the charity auction. My daughter's painting is the last lot. Two people raise their hands at the same time. The auctioneer lifts his gavel.
fr long h | Le marathon de ma femme se joue au sprint. Trois coureuses entrent dans le stade ensemble. Elle est au milieu. Je ne vois plus rien derrière les drapeaux.
+ en long h | My wife's marathon is coming down to a sprint. Three runners enter the stadium together. She's in the middle. I can't see a thing behind the flags.

# informal French, no translation
fr situation h | dernière question du quiz sur le stream, on est à égalité avec l'autre équipe et le chat devient fou
fr situation n | la série s'arrête sur un cliffhanger de ouf et la suite sort que la semaine prochaine
fr situation n | mon pote a enregistré le match pour qu'on le regarde en différé sans connaître le score, interdiction de toucher aux téléphones
fr situation n | on attend le verdict du concours de déguisement à minuit, on a fait une pieuvre à quatre
fr situation n | tirage des poules de la coupe d'Europe en direct, il reste deux boules dans le pot et notre club
fr situation n | la boulangère a caché une fève en or dans une des galettes du village, on coupe la nôtre maintenant
# casual English, no translation
en situation n | egg and spoon race final, my daughter is neck and neck with the teacher's kid
en situation h | fantasy league title comes down to tonight's game, I'm up 4 points and his striker is playing
en situation n | my mate has tried the last trick of the skate comp four times, this is his final go
en situation n | quiz night, we're tied, and the host just said the words sudden death
"""

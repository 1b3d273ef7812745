"""tristesse: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: going
en situation n | I keep going to the door when I hear a car, but Milo isn't coming back; the vet put him down on Tuesday.
+ fr situation n | Je vais encore à la porte quand j'entends une voiture, mais Milo ne reviendra pas ; le véto l'a endormi mardi.
en situation n | We were going to Lisbon for our tenth anniversary; I took his name off the booking the week after the funeral.
+ fr situation n | On devait aller à Lisbonne pour nos dix ans ; j'ai retiré son nom de la réservation la semaine après l'enterrement.
en situation l | Since Gran passed, nobody's going to ring on Sunday mornings anymore; she was always the one who called first.
+ fr situation l | Depuis que mamie est partie, plus personne ne va appeler le dimanche matin ; c'était toujours elle qui téléphonait la première.

# trap: home
en situation n | Came home from the vet with an empty carrier and his blanket folded on the passenger seat.
+ fr situation n | Rentré de chez le véto avec la caisse de transport vide et sa couverture pliée sur le siège passager.
en situation h | The care home rang at six: Nan passed away in her sleep, and I never got to say goodbye.
+ fr situation h | La maison de retraite a appelé à six heures : mamie s'est éteinte dans son sommeil, et je n'ai pas pu lui dire au revoir.
en situation n | Home feels like a stranger's flat since she took the plants, the rug and half the books.
+ fr situation n | Chez moi ressemble à l'appartement d'un inconnu depuis qu'elle a pris les plantes, le tapis et la moitié des livres.

# trap: out
en situation n | Cleared out Mum's wardrobe today, and her winter coat still smelled of her perfume.
+ fr situation n | J'ai vidé l'armoire de maman aujourd'hui, et son manteau d'hiver sentait encore son parfum.
en situation n | The lights went out in our little village cinema for the last time tonight; the old projectionist was in tears.
+ fr situation n | Les lumières se sont éteintes pour la dernière fois ce soir dans le petit cinéma du village ; le vieux projectionniste pleurait.
en situation l | I carried the last box out, left the keys on the counter, and that was nine years together, over.
+ fr situation l | J'ai sorti le dernier carton, laissé les clés sur le comptoir, et voilà, neuf ans ensemble, terminés.

# trap: depuis
fr situation n | Depuis que Lucie a déménagé à Montréal, plus personne ne sonne chez moi le mercredi soir.
+ en situation n | Since Lucie moved to Montreal, nobody rings my doorbell on Wednesday evenings anymore.
fr situation h | Trois semaines depuis l'enterrement, et je compose encore son numéro avant de me rappeler qu'il ne répondra pas.
+ en situation h | Three weeks since the funeral, and I still dial his number before remembering he won't pick up.
fr situation n | La gamelle du chat est toujours à côté du frigo depuis qu'il est mort ; je n'arrive pas à la ranger. Mets quelque chose de doux.
+ en situation n | The cat's bowl is still by the fridge since he died; I can't bring myself to put it away. Put on something gentle.

# trap: has
en situation n | The corner bakery has closed for good; Mr Duval died in the spring and nobody took it over.
+ fr situation n | La boulangerie du coin a fermé pour de bon ; M. Duval est mort au printemps et personne n'a repris.
en situation n | My son has stopped asking when his father will come; I think he's understood he won't.
+ fr situation n | Mon fils a arrêté de demander quand son père viendra ; je crois qu'il a compris qu'il ne viendra pas.
en situation h | Since the stroke, Dad has forgotten how to play the piano he taught me on.
+ fr situation h | Depuis son AVC, papa a oublié comment jouer du piano sur lequel il m'a appris.

# trap: dit
fr situation h | Le médecin m'a dit que je ne pourrai jamais avoir d'enfant ; j'ai rangé la liste de prénoms au fond du tiroir.
+ en situation h | The doctor told me I'll never be able to have children; I put our list of baby names at the back of the drawer.
fr situation n | Elle m'a dit adieu sur le quai de la gare de Lyon, et le train est parti avec douze ans de notre vie.
+ en situation n | She said goodbye on the platform at Gare de Lyon, and the train left with twelve years of our life on it.
fr situation n | Mon fils m'a dit au téléphone qu'il ne viendrait pas à Noël, ni cette année ni la suivante.
+ en situation n | My son told me on the phone he won't come for Christmas, not this year and not the next.

# trap: kilometres
fr situation h | Six cents kilomètres de route pour arriver une heure trop tard : papa était déjà parti.
+ en situation h | Six hundred kilometres of driving to arrive an hour too late: Dad was already gone.
fr situation n | Huit cents kilomètres nous séparent depuis son départ, et les appels de ma fille se font de plus en plus rares.
+ en situation n | Eight hundred kilometres between us since she left, and my daughter's calls are getting rarer and rarer.
en situation n | I drove four hundred kilometres to her funeral and then sat in the car park, unable to go in.
+ fr situation n | J'ai fait quatre cents kilomètres pour son enterrement, puis je suis resté sur le parking, incapable d'entrer.

# trap: all
en situation n | All his shirts are still hanging in the wardrobe; I can't give them away yet.
+ fr situation n | Toutes ses chemises sont encore pendues dans l'armoire ; je n'arrive pas encore à les donner.
en situation n | All three kids live abroad now; Christmas dinner was just me and the cat this year.
+ fr situation n | Mes trois enfants vivent tous à l'étranger maintenant ; cette année, le réveillon, c'était le chat et moi.
en slang_emoji n | all our pics from the trip gone with my stolen phone and she's not here to take new ones anymore 😔💔
+ fr slang_emoji n | toutes nos photos du voyage parties avec mon tel volé et elle est plus là pour en refaire 😔💔

# trap: pendant
fr situation n | Pendant trente ans, il m'a appelée chaque soir à vingt heures ; hier soir le téléphone est resté muet.
+ en situation n | For thirty years he rang me every evening at eight; last night the phone stayed silent.
fr situation h | Elle s'est éteinte pendant que j'étais descendu chercher un café au distributeur de l'hôpital.
+ en situation h | She slipped away while I'd gone down to get a coffee from the hospital vending machine.
fr situation n | Pendant les vacances, notre vieille chatte est morte chez la voisine qui la gardait ; on ne l'a même pas revue.
+ en situation n | While we were on holiday, our old cat died at the neighbour's who was minding her; we never even saw her again.

# trap: after
en situation n | After twenty-two years of marriage, the divorce papers came this morning in a plain brown envelope.
+ fr situation n | Après vingt-deux ans de mariage, les papiers du divorce sont arrivés ce matin dans une simple enveloppe kraft.
en situation h | The day after the funeral, the postman brought a birthday card she'd posted to me.
+ fr situation h | Le lendemain de l'enterrement, le facteur m'a apporté une carte d'anniversaire qu'elle m'avait envoyée.
en situation n | Mrs Patel's café closed after forty years, and I walked home from the last breakfast with a lump in my throat.
+ fr situation n | Le café de Mme Patel a fermé après quarante ans, et je suis rentré du dernier petit-déjeuner la gorge nouée.

# trap: someone
en situation n | Someone else lives in Gran's house now; they've painted her blue shutters grey.
+ fr situation n | Quelqu'un d'autre vit dans la maison de mamie maintenant ; ils ont peint ses volets bleus en gris.
en situation h | I grabbed the phone to tell someone the news, and realised there's no one left to call since Mum died.
+ fr situation h | J'ai attrapé le téléphone pour annoncer la nouvelle à quelqu'un, et j'ai compris qu'il n'y a plus personne à appeler depuis la mort de maman.
fr situation n | J'ai croisé quelqu'un avec exactement la démarche de papa au marché, et j'ai dû rentrer m'asseoir.
+ en situation n | I passed someone at the market with exactly Dad's way of walking, and I had to go home and sit down.

# trap: gave
en situation n | I gave Dad's tools to the neighbour today; the garage is just a bare concrete floor now.
+ fr situation n | J'ai donné les outils de papa au voisin aujourd'hui ; le garage n'est plus qu'une dalle de béton nue.
en situation h | She gave me back the ring in the car park and walked to the bus stop without a word.
+ fr situation h | Elle m'a rendu la bague sur le parking et elle est partie vers l'arrêt de bus sans un mot.
fr situation n | J'ai donné ses robes à la Croix-Rouge ce matin, et en rentrant l'armoire ouverte m'a fait l'effet d'une gifle.
+ en situation n | I gave her dresses to the Red Cross this morning, and coming home, the open wardrobe hit me like a slap.

# trap: tree
en situation n | The council felled the old plane tree outside; Dad sat under it every afternoon until he died.
+ fr situation n | La mairie a abattu le vieux platane devant chez nous ; papa s'asseyait dessous tous les après-midi jusqu'à sa mort.
en situation n | No one put the star on top of the tree this year; that was always Mum's job. Dim the lights a little.
+ fr situation n | Personne n'a mis l'étoile en haut du sapin cette année ; c'était toujours le rôle de maman. Baisse un peu la lumière.
fr situation n | Le sapin est resté dans son carton : premier Noël sans les enfants, partis vivre chez leur mère.
+ en situation n | The tree stayed in its box: first Christmas without the kids since they went to live with their mum.

# trap: cherry
en situation n | The cherry tree Gran loved is in full bloom, and it's the first spring she isn't here to see it.
+ fr situation n | Le cerisier que mamie aimait tant est en pleine floraison, et c'est le premier printemps où elle n'est pas là pour le voir.
en situation n | I made her cherry clafoutis from the stained recipe card, and it just didn't taste right without her. She's been gone a month.
+ fr situation n | J'ai fait son clafoutis aux cerises d'après la fiche tachée, et il n'avait pas le bon goût sans elle. Ça fait un mois qu'elle est partie.
fr situation l | Les cerises du jardin pourrissent par terre cette année ; papi n'est plus là pour sortir l'échelle.
+ en situation l | The garden cherries are rotting on the ground this year; Grandad isn't here anymore to get the ladder out.

# trap: prison
fr situation h | Mon frère a pris six ans de prison ce matin ; ses enfants vont grandir sans lui.
+ en situation h | My brother got six years in prison this morning; his kids are going to grow up without him.
fr situation n | Papa est en prison depuis mars, et la petite met encore son couvert le dimanche.
+ en situation n | Dad's been in prison since March, and the little one still sets his place on Sundays.
en situation n | Visiting time at the prison ended, and my son kept waving through the glass until the guard led him away.
+ fr situation n | Le parloir de la prison s'est terminé, et mon fils m'a fait signe derrière la vitre jusqu'à ce que le gardien l'emmène.

# trap: mois
fr situation h | Ça fait six mois qu'on a perdu le bébé, et les faire-part imprimés dorment encore dans le tiroir.
+ en situation h | It's been six months since we lost the baby, and the printed announcements are still sleeping in the drawer.
fr situation n | Trois mois après la rupture, je cherche encore son visage dans chaque rame de métro.
+ en situation n | Three months after the break-up, I still look for her face in every metro carriage.
fr situation n | Le mois dernier, on a vendu le piano de maman ; le salon résonne sans lui.
+ en situation n | Last month we sold Mum's piano; the living room echoes without it.

# trap: told
en situation h | The vet told us gently that Pepper's kidneys had failed; we held her until the very end.
+ fr situation h | Le véto nous a dit doucement que les reins de Pepper avaient lâché ; on l'a tenue jusqu'au bout.
en situation n | My daughter told me she's spending Christmas with her stepmother this year, and hung up quickly.
+ fr situation n | Ma fille m'a dit qu'elle passait Noël chez sa belle-mère cette année, et elle a vite raccroché.
en situation n | The publisher told me they're pulping the last copies of my book; nobody bought it.
+ fr situation n | L'éditeur m'a dit qu'ils allaient pilonner les derniers exemplaires de mon livre ; personne ne l'a acheté.

# trap: thirty
en situation n | Thirty years at the same desk, and they let me go with an email and a cardboard box.
+ fr situation n | Trente ans au même bureau, et ils m'ont remercié avec un mail et un carton.
en situation h | He was only thirty-one; we buried him in his old rugby shirt.
+ fr situation h | Il n'avait que trente et un ans ; on l'a enterré avec son vieux maillot de rugby.
fr situation n | Trente ans de mariage, et ce soir je dors seul pour la première fois dans notre lit.
+ en situation n | Thirty years of marriage, and tonight I'm sleeping alone in our bed for the first time.

# trap: six
fr situation n | Six semaines que les enfants vivent chez leur père, et leurs brosses à dents sont toujours dans le verre.
+ en situation n | Six weeks since the kids moved in with their dad, and their toothbrushes are still in the glass.
en situation n | Six candles on her cake, and the one person she kept asking for never turned up.
+ fr situation n | Six bougies sur son gâteau, et la seule personne qu'elle réclamait n'est jamais venue.
fr situation n | J'ai perdu six kilos depuis l'enterrement ; plus rien n'a de goût sans elle.
+ en situation n | I've lost six kilos since the funeral; nothing has any taste without her.

# trap: dimanche
fr situation n | Le dimanche, c'était le déjeuner chez maman ; aujourd'hui je suis resté devant la télé, sans faim, sans elle.
+ en situation n | Sunday was lunch at Mum's; today I stayed in front of the TV, not hungry, without her.
fr situation n | Dimanche dernier, on a enterré notre vieux chien au fond du verger, sous son coin d'ombre. Lumière douce, s'il te plaît.
+ en situation n | Last Sunday we buried our old dog at the bottom of the orchard, in his shady spot. Soft light, please.
fr situation l | Un dimanche entier sans un seul appel, depuis que mes deux fils vivent à l'étranger.
+ en situation l | A whole Sunday without a single call, since both my sons moved abroad.

# trap: cancelled
en situation h | The wedding's cancelled; I took the dress back this morning and the shop assistant didn't know what to say.
+ fr situation h | Le mariage est annulé ; j'ai rapporté la robe ce matin et la vendeuse ne savait pas quoi dire.
en situation h | Our flight to see Grandpa is cancelled for good: he passed away the night before we were due to leave.
+ fr situation h | Notre vol pour aller voir papi est annulé pour de bon : il est mort la veille de notre départ.
fr situation n | Les cours de piano du mercredi sont annulés pour toujours ; Mme Lemoine est morte cet hiver.
+ en situation n | Wednesday piano lessons are cancelled for good; Mrs Lemoine passed away this winter.

# trap: premiere
fr situation n | Première fête des pères sans papa ; j'ai pris une carte par réflexe au supermarché avant de la reposer.
+ en situation n | First Father's Day without Dad; I picked up a card at the supermarket out of habit before putting it back.
fr situation n | Première nuit dans l'appartement après son départ, et je n'ai pas osé dormir de son côté du lit.
+ en situation n | First night in the flat after she left, and I couldn't bring myself to sleep on her side of the bed.
fr situation n | Première rentrée sans ma fille à la maison, partie étudier à Montréal ; son bol du matin est resté dans le placard.
+ en situation n | First September without my daughter at home since she left to study in Montreal; her breakfast bowl stayed in the cupboard.

# trap: night
en situation h | Last night was the first in forty years that I went to bed without saying goodnight to her.
+ fr situation h | Hier soir, pour la première fois en quarante ans, je me suis couché sans lui dire bonne nuit.
en situation h | The night nurse held my hand when Dad took his last breath, just after three.
+ fr situation h | L'infirmière de nuit m'a tenu la main quand papa a rendu son dernier souffle, juste après trois heures.

# trap: fille
fr situation n | Ma fille ne m'appelle plus depuis notre dispute de Noël ; son anniversaire est passé sans un mot.
+ en situation n | My daughter hasn't called since our row at Christmas; her birthday went by without a word.
fr situation n | La chambre de ma fille est restée comme elle l'a laissée avant de partir au Canada, les posters encore aux murs.
+ en situation n | My daughter's room is just as she left it before moving to Canada, the posters still on the walls.
fr typo n | ma fille a pleuré tt le trajet du retour, sa maitresse adoree part a la retraite et elle la reverra plus
+ en typo n | my daughter cried the whole way home, her favourite teacher's retiring and she wont see her again

# trap: parents
en situation n | My parents' house sold today; I walked through the empty rooms one last time and left the key under the mat.
+ fr situation n | La maison de mes parents est vendue ; j'ai traversé les pièces vides une dernière fois et laissé la clé sous le paillasson.
fr situation n | Mes parents ne se parlent plus depuis le divorce, et les repas de famille n'existent plus.
+ en situation n | My parents haven't spoken since the divorce, and family dinners just don't exist anymore.
en situation h | Both my parents gone within a year, and I'm the one who has to empty the loft.
+ fr situation h | Mes deux parents partis en moins d'un an, et c'est à moi de vider le grenier.

# trap: ventoux
fr situation n | On devait monter le Ventoux ensemble pour ses soixante ans ; son vélo est accroché au mur du garage, il est mort en mai.
+ en situation n | We were meant to ride up Ventoux together for his sixtieth; his bike hangs on the garage wall, he died in May.
fr situation h | J'ai grimpé le Ventoux seul, les cendres de mon frère dans le sac ; au sommet, je me suis assis contre la borne et j'ai pleuré.
+ en situation h | I climbed Ventoux alone with my brother's ashes in my bag; at the top I sat against the marker stone and cried.
en situation n | Dad's Ventoux jersey still hangs in the hallway; he wore it the summer before his heart gave out.
+ fr situation n | Le maillot du Ventoux de papa est toujours pendu dans l'entrée ; il l'a porté l'été avant que son cœur lâche.

# trap: ecole
fr situation n | L'école du village a fermé pour de bon hier, faute d'enfants ; la cloche a sonné une dernière fois et tout le monde s'est tu.
+ en situation n | The village school closed for good yesterday, not enough children; the bell rang one last time and everyone went quiet.
fr situation n | Poste supprimé : après trente-huit ans dans cette école, j'ai décroché les dessins des élèves en silence.
+ en situation n | Post cut: after thirty-eight years in this school, I took down the pupils' drawings in silence.
fr situation n | Le poisson de la classe est mort pendant les vacances, et les petits de l'école ont pleuré toute la matinée.
+ en situation n | The class goldfish died over the holidays, and the little ones at school cried all morning.

# trap: fils
fr situation n | Le fils des voisins est mort à moto samedi ; ce matin, sa mère étendait encore son linge dans le jardin.
+ en situation n | The neighbours' son died on his motorbike on Saturday; this morning his mother was still hanging out his washing in the garden.
fr situation n | Mon fils de quatre ans a enterré son poisson rouge dans une boîte d'allumettes, puis il n'a plus parlé de la soirée.
+ en situation n | My four-year-old son buried his goldfish in a matchbox, then didn't say a word all evening.
fr situation n | Mon fils a rendu son maillot en pleurant : le club est dissous, plus aucun bénévole pour l'entraîner.
+ en situation n | My son handed back his shirt in tears: the club's been wound up, no volunteers left to coach.

# trap: sofa
en situation n | The dent from him is still in the sofa cushion; I sit at the other end every evening.
+ fr situation n | Le creux qu'il a laissé est toujours dans le coussin du canapé ; je m'assois à l'autre bout chaque soir.
fr situation n | On a dû jeter le canapé où Bella dormait, tout griffé ; j'ai eu l'impression de la perdre une deuxième fois.
+ en situation n | We had to throw out the sofa Bella slept on, all scratched up; it felt like losing her a second time.

# trap: chaussures
fr situation n | Les chaussures de mon mari sont toujours alignées dans l'entrée, trois mois après. Je n'ose pas y toucher.
+ en situation n | My husband's shoes are still lined up in the hall, three months on. I can't bring myself to touch them.
fr situation h | Les chaussures blanches achetées pour notre mariage n'auront jamais servi ; il a tout annulé une semaine avant.
+ en situation h | The white shoes I bought for our wedding will never be worn; he called it all off a week before.
fr slang_emoji n | ses petites chaussures de bébé dans la boite... jarrive pas a la refermer 💔 ça fait un an aujourdhui
+ en slang_emoji n | his tiny baby shoes in the box... i can't close it 💔 a year today

# trap: fait
fr situation n | J'ai fait sa tarte aux pommes pour la première fois sans elle, et elle n'avait pas le même goût.
+ en situation n | I made her apple tart for the first time without her, and it didn't taste the same.
fr situation n | Ça fait un an aujourd'hui qu'il est parti, et personne au bureau ne s'en est souvenu. Mets une ambiance qui colle.
+ en situation n | It's a year today since he passed, and nobody at work remembered. Set a mood that fits.
fr situation l | On a fait le dernier tour du jardin de papi avant la vente ; ses rosiers seront arrachés.
+ en situation l | We took one last walk round Grandad's garden before the sale; his rose bushes will be dug up.

# trap: midnight
en situation h | At midnight the nurse came in and said quietly that it was over.
+ fr situation h | À minuit, l'infirmière est entrée et a dit doucement que c'était fini.
en situation n | I stayed up till midnight like every birthday, waiting for his call; it's the first one since the accident.
+ fr situation n | Je suis resté debout jusqu'à minuit comme à chaque anniversaire, à attendre son appel ; c'est le premier depuis l'accident.

# trap: monday
en situation n | Monday morning, and his desk has been cleared; we lost him to cancer over the weekend.
+ fr situation n | Lundi matin, et son bureau a été vidé ; le cancer l'a emporté ce week-end.
en situation n | Monday was the last day of the village post office; Mrs Grey locked the door and wiped her eyes.
+ fr situation n | Lundi, c'était le dernier jour du bureau de poste du village ; Mme Grey a fermé la porte et s'est essuyé les yeux.

# trap: old
en situation h | Our old dog couldn't manage the stairs anymore; we said goodbye to him at the vet's on Friday.
+ fr situation h | Notre vieux chien n'arrivait plus à monter l'escalier ; on lui a dit adieu chez le véto vendredi.
en situation n | Found Mum's old handbag with a bus ticket from the week she died still inside.
+ fr situation n | J'ai retrouvé le vieux sac à main de maman, avec encore dedans un ticket de bus de la semaine où elle est morte.

# trap: cassette
en situation h | The car stereo chewed up the cassette with Dad's voice on it, the only recording of him we had.
+ fr situation h | L'autoradio a mangé la cassette avec la voix de papa, le seul enregistrement de lui qu'on avait.
fr situation h | La cassette du répondeur s'est cassée ; on n'entendra plus jamais maman dire « laissez un message après le bip ».
+ en situation h | The answering machine cassette snapped; we'll never hear Mum say "leave a message after the beep" again.

# trap: mixed and negation
fr negation n | Ce n'est pas de l'inquiétude, il n'y a plus rien à attendre : papa est parti cette nuit, c'est juste un grand vide.
+ en negation n | It's not worry, there's nothing left to wait for: Dad passed in the night, it's just a huge emptiness.
en negation n | Not angry at him for leaving, honestly; I just miss the sound of his keys in the door at night.
+ fr negation n | Je ne lui en veux pas d'être parti, vraiment ; le bruit de ses clés dans la porte le soir me manque, c'est tout.
fr mixed n | Un peu soulagée que ses souffrances soient finies, mais surtout le cœur en morceaux depuis dimanche.
+ en mixed n | A little relieved his suffering is over, but mostly heartbroken since Sunday.
en mixed n | Glad the kids are happy with their dad in Lyon, but the house has felt hollow every night since they left.
+ fr mixed n | Content que les enfants soient bien chez leur père à Lyon, mais la maison sonne creux chaque soir depuis leur départ.
fr typo n | jai fait six kilometres a pied pr aller sur sa tombe dimanche, jsavais pas quoi lui dire
+ en typo n | walked six km to his grave on sunday, didnt know what to say to him
"""

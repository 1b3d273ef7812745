"""euphorie: third wave, minimal pairs with panique (train and validation only)."""

SEEDS = """
# pair 01
fr situation h | Tout le monde hurle dans le métro, on rentre du concert et la rame entière chante encore !
+ en situation h | Everyone's screaming on the metro, we're on our way back from the gig and the whole carriage is still singing!
# pair 02
fr situation h | La salle des fêtes explose en plein mariage, les mariés arrivent en tracteur et les gens dansent partout !
+ en situation h | The village hall erupts during the wedding, the newlyweds roll in on a tractor and people are dancing everywhere!
# pair 03
fr situation h | Le téléphone sonne à 3 h : ma sœur crie qu'elle a gagné au loto, on saute partout en pyjama !
+ en situation h | The phone rings at 3 a.m.: my sister is screaming that she's won the lottery, we're jumping around in our pyjamas!
# pair 04
fr situation h | Mon cœur bat à cent à l'heure, il vient de me demander en mariage en haut de la tour Eiffel !
+ en situation h | My heart's pounding like crazy, he's just proposed to me at the top of the Eiffel Tower!
# pair 05
en situation h | The fireworks light up the whole bay, the crowd on the harbour is screaming and dancing!
+ fr situation h | Le feu d'artifice illumine toute la baie, la foule sur le port crie et danse !
# pair 06
fr situation h | Les enfants sautent sur le trampoline géant de la fête en hurlant de rire, et moi avec eux !
+ en situation h | The kids are bouncing on the giant party trampoline screaming with laughter, and me right along with them!
# pair 07
fr situation h | La foule pousse vers la scène, le chanteur saute dans le public et on le porte à bout de bras !
+ en situation h | The crowd surges towards the stage, the singer dives into the audience and we carry him on our hands!
# pair 08
fr situation h | Les klaxons hurlent dans toute la ville, on est en finale du Mondial, tout le monde danse dehors !
+ en situation h | Car horns are blaring all over town, we're in the World Cup final and everyone's dancing outside!
# pair 09
en situation h | The car is bouncing with music and the kids are screaming along in the back, next stop Disneyland!
+ fr situation h | La voiture vibre de musique et les enfants hurlent les paroles à l'arrière, prochain arrêt Disneyland !
# pair 10
fr situation h | Premier grand huit de mon fils à la fête foraine, il hurle de joie les bras en l'air, moi aussi !
+ en situation h | My son is on his first big rollercoaster at the funfair, screaming with joy, arms in the air, and so am I!
# pair 11
fr situation h | Les lumières s'éteignent d'un coup dans la salle, les premières notes résonnent et dix mille personnes hurlent !
+ en situation h | The lights suddenly go out in the arena, the first notes ring out and ten thousand people scream!
# pair 12
fr situation h | Dans l'ascenseur, mon pote m'envoie deux places pour la finale de Roland-Garros demain, je hurle entre deux étages !
+ en situation h | In the lift, my mate sends me two tickets for the Roland-Garros final tomorrow, I'm screaming between floors!
# pair 13
fr situation h | De la mousse partout dans la cuisine, la soirée mousse de l'anniv de ma fille part en délire total !
+ en situation h | There's foam all over the kitchen, my daughter's birthday foam party has gone completely wild!
# pair 14
fr situation h | Le bébé arrive en mai et ce sont des jumeaux, on saute partout dans le salon !
+ en situation h | The baby is due in May and it's twins, we're bouncing all over the living room!
# pair 15
fr situation h | Le cheval de papi est arrivé premier à cinquante contre un, on hurle devant la télé du bar PMU !
+ en situation h | Grandad's horse came in first at fifty to one, we're screaming at the telly in the betting bar!
# pair 16
en situation h | At the pool party the DJ is going, people are cannonballing into the deep end and we're dancing till dawn!
+ fr situation h | À la pool party, le DJ envoie, les gens sautent en bombe dans le grand bain et on danse jusqu'à l'aube !
# pair 17
fr situation h | L'orage éclate en plein festival et tout le monde danse sous la pluie en chantant encore plus fort !
+ en situation h | The storm breaks in the middle of the festival and everyone dances in the rain, singing even louder!
# pair 18
fr situation h | Mon portable vibre sans arrêt : ma vidéo a fait deux millions de vues cette nuit, je crie dans ma chambre !
+ en situation h | My phone won't stop buzzing: my video got two million views overnight, I'm screaming in my bedroom!
# pair 19
fr slang_emoji h | ptn y a de la musique plein l'escalier, tout l'immeuble fait la fête 🎉🎉🔥
+ en slang_emoji h | omg there's music all up the stairwell, the whole building is partying 🎉🎉🔥
# pair 20
fr situation h | La neige vole partout, on dévale la poudreuse fraîche sous le soleil en hurlant de joie, quelle journée !
+ en situation h | Snow is flying everywhere, we're tearing down fresh powder in the sunshine yelling with joy, what a day!
# pair 21
fr situation h | En pleine réunion, le patron annonce que tout le service part en séminaire à Ibiza, la salle explose !
+ en situation h | In the middle of the meeting the boss announces the whole department is off to Ibiza for the away day, the room erupts!
# pair 22
fr situation h | La voiture devant klaxonne en rythme, tout le cortège du mariage chante par les fenêtres et on s'y met aussi !
+ en situation h | The car in front is honking in rhythm, the whole wedding convoy is singing out of the windows and we join in!
# pair 23
en situation h | The lights are flashing, the bass is pounding and the whole office is dancing at the Christmas party!
+ fr situation h | Les lumières clignotent, les basses cognent et tout le bureau danse à la fête de Noël !
# pair 24
fr situation h | Un pétard, puis dix, puis des cris de joie dans la rue, toute la ville fête le Nouvel An !
+ en situation h | One firecracker, then ten, then cheering in the street, the whole city is celebrating New Year!
# pair 25
fr situation h | Mon ado m'appelle en pleurant de joie, il a croisé son idole dans la rue et a eu un câlin !
+ en situation h | My teenager is calling me crying with joy, he bumped into his idol in the street and got a hug!
# pair 26
fr situation h | La marée de supporters envahit la place, on saute, on chante, on hurle jusqu'au bout de la nuit !
+ en situation h | A tide of fans floods the square, we're jumping, singing and yelling till the end of the night!
# pair 27
fr situation h | Dernier jour d'école, le bus scolaire devient une boîte de nuit : les enfants chantent et dansent dans l'allée !
+ en situation h | Last day of school and the school bus turns into a nightclub: the kids are singing and dancing in the aisle!
# pair 28
en situation h | She bit into the cake and found the ring inside: she said yes and the whole table is screaming and hugging!
+ fr situation h | Elle a croqué dans le gâteau et trouvé la bague dedans : elle a dit oui, toute la table hurle et s'embrasse !
# pair 29
fr situation h | On est sur le toit pour la fête, vue sur tout Paris, musique à fond, on danse sous les étoiles !
+ en situation h | We're up on the roof for the party, all of Paris below us, music blasting, dancing under the stars!
# pair 30
fr typo h | jsuis ds la voiture avec mes potes, musique a fond, on part a Barcelone pour le week end !!
+ en typo h | im in the car with my mates, music full blast, were off to Barcelona for the weekend!!
# pair 31
fr situation h | Le chiot surprise est arrivé : les enfants hurlent, sautent partout, et le chien saute avec eux !
+ en situation h | The surprise puppy has arrived: the kids are screaming and bouncing everywhere, and the dog is bouncing with them!
# pair 32
fr situation h | Au stade, la tribune tremble sous les supporters, but à la dernière seconde, tout le monde s'embrasse en hurlant !
+ en situation h | At the stadium the stand is shaking under the fans, a goal in the last second, everyone's hugging and yelling!
# pair 33
fr situation h | Ma fille m'envoie « MAMAN JE SUIS ENCEINTE » en majuscules, je cours dans toute la maison en criant !
+ en situation h | My daughter texts me "MUM I'M PREGNANT" in capitals and I'm running all over the house shrieking!
# pair 34
en situation h | We're up the mountain, the sun is rising and my husband pulls out a ring, I'm shouting across the valley!
+ fr situation h | On est en pleine montagne, le soleil se lève et mon mari sort une bague, je crie dans toute la vallée !
# pair 35
en situation h | The plane is landing in Bali, my friends are screaming and we haven't stopped dancing in our seats!
+ fr situation h | L'avion atterrit à Bali, mes copines hurlent et on n'a pas arrêté de danser sur nos sièges !
# pair 36
fr situation h | Le four sonne, la dinde est prête, et mon frère débarque d'Australie par surprise, toute la famille hurle !
+ en situation h | The oven pings, the turkey's done, and my brother bursts in from Australia as a surprise, the whole family is screaming!
# pair 37
fr situation h | Papi est sorti en pleine nuit en pyjama pour danser la conga avec nous au bal du village !
+ en situation h | Grandad came out in the middle of the night in his pyjamas to dance the conga with us at the village ball!
# pair 38
fr situation h | Le bateau de la soirée tangue sous la musique, on danse sur le pont au large de Marseille jusqu'au matin !
+ en situation h | The party boat is rocking to the music, we're dancing on deck off Marseille until morning!
# pair 39
fr situation h | Des pas dans le salon à minuit : surprise, mes copines ont caché un DJ chez moi pour mes 30 ans !
+ en situation h | Footsteps in the living room at midnight: surprise, my friends have hidden a DJ in my flat for my 30th!
# pair 40
fr situation h | Le manège tourne de plus en plus vite, on hurle de rire les bras en l'air, encore un tour !
+ en situation h | The ride is spinning faster and faster, we're howling with laughter, arms in the air, one more go!
# pair 41
fr situation h | Au bureau, la cagnotte Euromillions du service vient de tomber, tout l'open space hurle et danse sur les chaises !
+ en situation h | At the office, the team's EuroMillions syndicate just came up, the whole open-plan floor is screaming and dancing on chairs!
# pair 42
fr situation h | Le gamin, sur les épaules de son père, voit enfin son idole sur scène et hurle de bonheur !
+ en situation h | The kid, up on his dad's shoulders, can finally see his idol on stage and is screaming with happiness!
# pair 43
fr slang_emoji h | wsh ya tout le quartier qui fait la fête devant chez moi la, jsuis sur le balcon a danser 🥳🔊
+ en slang_emoji h | yo the whole neighbourhood is partying outside my place right now, im dancing on the balcony 🥳🔊
# pair 44
en situation h | The Tour de France caravan lorry is throwing presents at us, the kids are screaming and jumping on the pavement!
+ fr situation h | Le camion de la caravane du Tour nous lance des cadeaux, les enfants hurlent et sautent sur le trottoir !
# pair 45
fr situation h | Mon mari au volant de la décapotable le long du canal, musique à fond : on part en lune de miel !
+ en situation h | My husband at the wheel of the convertible along the canal, music blasting: we're off on honeymoon!
# pair 46
fr situation h | Les flammes des torches illuminent la plage, le feu de la Saint-Jean flambe et tout le monde danse autour !
+ en situation h | Torch flames light up the beach, the midsummer bonfire is blazing and everyone is dancing around it!
# pair 47
fr situation h | On s'est fait enfermer dans le resto après la fermeture : le chef lance un karaoké géant pour toute l'équipe !
+ en situation h | We got locked in the restaurant after closing: the chef is kicking off a massive karaoke for the whole team!
# pair 48
en situation h | My daughter can barely breathe from screaming, her favourite band just waved at her from the stage!
+ fr situation h | Ma fille n'arrive plus à respirer tellement elle crie, son groupe préféré vient de lui faire coucou depuis la scène !
# pair 49
fr situation h | Notre tente est plantée au milieu du plus grand festival d'Europe, on danse en pleine nuit depuis six heures !
+ en situation h | Our tent is pitched in the middle of Europe's biggest festival, we've been dancing through the night for six hours!
# pair 50
fr situation h | Un wagon privatisé pour l'enterrement de vie de garçon, tout le train chante et danse avec nous !
+ en situation h | A private carriage for the stag do, and the whole train is singing and dancing with us!
# pair 51
fr situation h | Mon fils fait une crise de joie, il a déballé la console et il court partout en hurlant !
+ en situation h | My son is having a fit of joy, he's unwrapped the console and he's running everywhere screaming!
# pair 52
en situation h | Deep in the cave there's a secret rave: lasers on the stalactites, bass booming, we're dancing like mad!
+ fr situation h | Au fond de la grotte, une rave secrète : lasers sur les stalactites, basses qui résonnent, on danse comme des fous !
# pair 53
fr situation h | Les confettis sortent par centaines du canon et les enfants hurlent de joie en sautant dedans !
+ en situation h | Confetti is pouring out of the cannon by the hundred and the kids are shrieking with joy, jumping into it!
# pair 54
fr situation h | Je grimpe sur le toit de la voiture quand la France marque, toute l'avenue klaxonne et chante !
+ en situation h | I climb onto the car roof when France scores, the whole avenue is honking and singing!
# pair 55
fr situation h | Un cri dans le magasin : c'est moi, je gagne le chariot gratuit de mille euros au tirage au sort !
+ en situation h | A scream in the shop: it's me, I've just won the thousand-euro free trolley in the prize draw!
# pair 56
en situation h | My phone is exploding with messages: a pop star shared my dance video and I'm screaming in my room!
+ fr situation h | Mon téléphone explose de messages : une star de la pop a partagé ma vidéo de danse et je hurle dans ma chambre !
# pair 57
fr situation h | La rivière nous emporte à toute vitesse en rafting, on hurle de joie à chaque rapide !
+ en situation h | The river is whisking us along at full speed on the raft, we're whooping at every rapid!
# pair 58
fr situation h | Le voisin a sauté la clôture pour nous rejoindre, la fête du jardin déborde et on danse jusqu'à minuit !
+ en situation h | The neighbour hopped the fence to join us, the garden party is spilling over and we're dancing till midnight!
# pair 59
en situation h | Someone's screaming in the cinema: surprise trailer for the sequel, the whole room is on its feet cheering!
+ fr situation h | Quelqu'un hurle dans le cinéma : la bande-annonce surprise de la suite, toute la salle est debout à crier !
# pair 60
fr typo h | jsuis tata !! le bebe est né ce matin, je crie dans tt lhopital trop trop contente !!
+ en typo h | im an auntie!! the baby was born this morning, im screaming all over the hospital sooo happy!!
# pair 61
fr situation h | La grande roue s'arrête tout en haut, tout Paris brille sous nous et on chante à tue-tête avec mes potes !
+ en situation h | The big wheel stops right at the top, all of Paris is sparkling below and we're belting out songs with my mates!
# pair 62
fr situation h | Les chevaux du carnaval défilent, la fanfare joue à fond et tout le village danse dans la rue !
+ en situation h | The carnival horses parade past, the brass band is blasting and the whole village is dancing in the street!
# pair 63
en situation h | There's a pony in the garden! The kids are screaming with joy, it's Grandad's surprise present!
+ fr situation h | Il y a un poney dans le jardin ! Les enfants hurlent de joie, c'est la surprise de papi !
# pair 64
fr situation h | Bloqués dans le tunnel au retour de la finale, tout le car chante l'hymne en tapant sur les sièges !
+ en situation h | Stuck in the tunnel on the way back from the final, the whole coach is singing the anthem and banging on the seats!
# pair 65
fr situation h | À la gare, on monte dans le train pour Disneyland et les gamins hurlent et dansent dans le wagon !
+ en situation h | At the station we get on the train to Disneyland and the kids are shrieking and dancing in the carriage!
# pair 66
fr situation h | La montgolfière décolle au lever du soleil, champagne à la main, on crie de joie au-dessus des vignes !
+ en situation h | The hot-air balloon lifts off at sunrise, champagne in hand, we're whooping over the vineyards!
# pair 67
en situation h | The whole deck is bouncing at the cruise's white party, a thousand people dancing under the stars!
+ fr situation h | Tout le pont rebondit à la soirée blanche de la croisière, mille personnes dansent sous les étoiles !
# pair 68
fr situation h | La patinoire se transforme en discothèque, les lumières tournent et on glisse en hurlant de rire !
+ en situation h | The ice rink turns into a disco, the lights are spinning and we're gliding round shrieking with laughter!
# pair 69
fr situation h | Mon bébé a fait ses premiers pas devant toute la famille au jardin, on hurle tous !
+ en situation h | My baby took his first steps in front of the whole family in the garden, we're all screaming!
# pair 70
fr situation h | Explosion de joie à la maison : mes parents nous offrent à tous un voyage au Japon pour Noël !
+ en situation h | Explosion of joy at home: my parents are treating us all to a trip to Japan for Christmas!
# pair 71
en situation h | The parachute opens and I'm flying over the bay on my birthday present, screaming with joy!
+ fr situation h | Le parachute s'ouvre, je survole la baie grâce à mon cadeau d'anniversaire et je hurle de joie !
# pair 72
fr situation h | Mon voisin de table au restaurant, c'est mon idole du foot, il m'offre un selfie, je crie !
+ en situation h | The man at the next table in the restaurant is my football idol and he's taking a selfie with me, I'm screaming!
# pair 73
fr slang_emoji h | jpp on campe au festival juste derriere la grande scene, ambiance de ouf toute la nuit 🔥🤩
+ en slang_emoji h | omg we're camping right behind the main stage at the festival, insane vibes all night 🔥🤩
# pair 74
fr situation h | En plongée, des dauphins viennent jouer autour de nous, je crie dans mon détendeur tellement c'est dingue !
+ en situation h | Diving, dolphins come and play all around us, I'm yelling into my regulator it's so unreal!
# pair 75
fr situation h | En pleine descente de luge d'été, on hurle de rire à chaque virage et on repart pour dix tours !
+ en situation h | Flying down the summer toboggan run, we're howling with laughter at every bend and going back for ten more goes!
# pair 76
fr situation h | L'infirmière sort en criant que le bébé est là, toute la famille danse dans la salle d'attente !
+ en situation h | The nurse comes out shouting that the baby's here, and the whole family is dancing in the waiting room!
# pair 77
en situation h | At the Christmas market a brass band pops up, people are cheering and dancing between the stalls!
+ fr situation h | Au marché de Noël, une fanfare surgit, les gens crient de joie et dansent entre les chalets !
# pair 78
fr situation h | Un ours géant en peluche dans le salon avec deux billets pour Disney, ma fille hurle de joie !
+ en situation h | A giant teddy bear in the living room holding two tickets to Disney, my daughter is screaming with joy!
# pair 79
fr situation h | Départ en moto sur la route 66 dans une heure avec mon meilleur pote, je crie déjà dans mon casque !
+ en situation h | Setting off on Route 66 by motorbike in an hour with my best mate, I'm already yelling inside my helmet!
# pair 80
en situation h | Confetti is falling from the glass roof of the shopping centre, a flash mob starts and every shopper is dancing!
+ fr situation h | Des confettis tombent de la verrière du centre commercial, un flash mob démarre et tous les clients dansent !
# pair 81
fr situation h | Un élève vient d'annoncer en plein cours qu'Angèle chantera à la fête du lycée, toute la classe hurle !
+ en situation h | A pupil has just announced mid-lesson that Angèle is singing at the school party, the whole class is screaming!
# pair 82
fr situation h | Le barbecue tourne à la fête géante, mon oncle met la sono à fond et tout le quartier danse !
+ en situation h | The barbecue turns into a huge party, my uncle cranks up the sound system and the whole street is dancing!
# pair 83
fr situation h | Les copains sont encore tous dans la maison à cinq heures du matin, la fête ne veut pas s'arrêter !
+ en situation h | All our friends are still in the house at five in the morning, the party just won't stop!
# pair 84
en situation h | My sister just called me from the front row of the Taylor Swift gig and we're screaming down the phone together!
+ fr situation h | Ma sœur vient de m'appeler depuis le premier rang du concert de Taylor Swift et on hurle ensemble au téléphone !
# pair 85
fr situation h | La passerelle du stade se balance sous les supporters qui sautent et chantent en sortant du match !
+ en situation h | The stadium footbridge is swaying under the fans jumping and singing on their way out of the match!
# pair 86
fr typo h | mon mari a reservé les maldives en surprise, on part dans 2 jours, jhurle !!
+ en typo h | my husband booked the maldives as a surprise, we leave in 2 days, im screaming!!
# pair 87
fr situation h | Le jet-ski tire la bouée géante, les enfants volent au-dessus des vagues en hurlant de rire !
+ en situation h | The jet ski is towing the giant ring float, the kids are flying over the waves screaming with laughter!
# pair 88
en situation h | The big top is shaking, acrobats are flying over the audience and everyone is on their feet roaring!
+ fr situation h | Le chapiteau tremble, les acrobates volent au-dessus du public et tout le monde est debout à crier !
# pair 89
fr situation h | Le château gonflable géant est arrivé pour la fête, trente enfants sautent dedans en hurlant comme des fous !
+ en situation h | The giant bouncy castle has arrived for the party, thirty kids are bouncing inside screaming like mad!
# pair 90
fr situation h | Une vague énorme nous soulève, on la surfe ensemble en hurlant de joie, c'est complètement dingue !
+ en situation h | A huge wave lifts us up and we ride it together whooping with joy, it's absolutely insane!
"""

"""panique: third wave, minimal pairs with euphorie (train and validation only)."""

SEEDS = """
# pair 01
fr situation h | Tout le monde hurle dans le métro, un homme agite un couteau au milieu de la rame !
+ en situation h | Everyone's screaming on the metro, a man is waving a knife in the middle of the carriage!
# pair 02
fr situation h | Le plafond de la salle des fêtes s'effondre en plein mariage, les gens courent partout !
+ en situation h | The ceiling of the village hall is caving in during the wedding, people are running everywhere!
# pair 03
fr situation h | Le téléphone sonne à 3 h : ma mère crie que la maison brûle et qu'elle est coincée à l'étage !
+ en situation h | The phone rings at 3 a.m.: my mother is screaming that the house is on fire and she's stuck upstairs!
# pair 04
fr situation h | Mon cœur bat à cent à l'heure, une douleur énorme me serre la poitrine et le bras gauche !
+ en situation h | My heart's pounding like crazy, a massive pain is crushing my chest and my left arm!
# pair 05
en situation h | The fireworks fell into the crowd, people are burnt and screaming everywhere!
+ fr situation h | Le feu d'artifice est tombé dans la foule, il y a des brûlés et des cris partout !
# pair 06
fr situation h | Les enfants sautaient sur le trampoline et le petit est retombé sur la nuque, il ne bouge plus !
+ en situation h | The kids were jumping on the trampoline and the little one landed on his neck, he's not moving!
# pair 07
fr situation h | La foule pousse vers la scène, je suis écrasée contre la barrière, je n'arrive plus à respirer !
+ en situation h | The crowd is surging towards the stage, I'm crushed against the barrier, I can't breathe!
# pair 08
fr situation h | Les sirènes hurlent dans toute la ville, il faut évacuer tout de suite, l'usine chimique fuit !
+ en situation h | Sirens are wailing all over town, we have to evacuate right now, the chemical plant is leaking!
# pair 09
en situation h | The car is spinning across the motorway and the kids are screaming in the back!
+ fr situation h | La voiture part en toupie sur l'autoroute et les enfants hurlent à l'arrière !
# pair 10
fr situation h | Mon fils a disparu dans la foule de la fête foraine, je ne le vois nulle part !
+ en situation h | My son has vanished into the funfair crowd, I can't see him anywhere!
# pair 11
fr situation h | Les lumières s'éteignent d'un coup dans l'avion, on chute et les masques tombent !
+ en situation h | The lights suddenly go out on the plane, we're dropping and the oxygen masks are falling!
# pair 12
fr situation h | Dans l'ascenseur, le câble claque et la cabine dégringole entre deux étages !
+ en situation h | In the lift, the cable snaps and the car plunges between two floors!
# pair 13
fr situation h | Il y a de l'eau partout dans la cuisine, le tuyau a éclaté et ça monte vers les prises !
+ en situation h | There's water all over the kitchen, the pipe has burst and it's rising towards the sockets!
# pair 14
fr situation h | Le bébé arrive maintenant, dans la voiture sur le périph, et il ne respire pas !
+ en situation h | The baby is coming right now, in the car on the ring road, and he isn't breathing!
# pair 15
fr situation h | Le cheval s'emballe, j'ai lâché les rênes et il fonce vers la route !
+ en situation h | The horse is bolting, I've dropped the reins and he's charging towards the road!
# pair 16
en situation h | At the pool my little girl slipped into the deep end and she's going under!
+ fr situation h | À la piscine, ma petite a glissé dans le grand bain et elle coule !
# pair 17
fr situation h | L'orage éclate et la foudre vient de tomber sur l'arbre juste à côté de notre tente !
+ en situation h | The storm breaks and lightning has just struck the tree right next to our tent!
# pair 18
fr situation h | Mon portable vibre sans arrêt : alerte tsunami, quittez la plage immédiatement !
+ en situation h | My phone won't stop buzzing: tsunami alert, leave the beach immediately!
# pair 19
fr slang_emoji h | ptn y a de la fumée plein l'escalier, on peut plus sortir de l'appart 😱😱
+ en slang_emoji h | omg the stairwell is full of smoke, we can't get out of the flat 😱😱
# pair 20
fr situation h | La neige vole partout, le skieur au-dessus a déclenché une avalanche qui fonce sur nous !
+ en situation h | Snow is flying everywhere, the skier above us set off an avalanche and it's racing towards us!
# pair 21
fr situation h | En pleine réunion, mon collègue s'effondre sur la table et il ne respire plus !
+ en situation h | In the middle of the meeting my colleague collapses onto the table and he's not breathing!
# pair 22
fr situation h | La voiture devant pile d'un coup et ma pédale de frein s'enfonce dans le vide !
+ en situation h | The car in front slams on its brakes and my brake pedal just sinks to the floor!
# pair 23
en situation h | The lights are flashing, the alarm is screaming and smoke is pouring under the office door!
+ fr situation h | Les lumières clignotent, l'alarme hurle et la fumée passe sous la porte du bureau !
# pair 24
fr situation h | Un coup de feu, puis deux, puis des cris dans la rue, tout le monde court se cacher !
+ en situation h | One gunshot, then two, then screams in the street, everyone is running for cover!
# pair 25
fr situation h | Mon ado m'appelle en sanglotant, un type le suit dans la rue et il court !
+ en situation h | My teenager is calling me sobbing, some guy is following him down the street and he's running!
# pair 26
fr situation h | La marée monte trop vite, on est coincés sur le rocher avec les enfants !
+ en situation h | The tide is coming in too fast, we're stuck on the rock with the kids!
# pair 27
fr situation h | Le bus scolaire est en feu au bord de la route et il reste des enfants dedans !
+ en situation h | The school bus is on fire by the side of the road and there are still children inside!
# pair 28
en situation h | He bit into the cake and now his face is swelling up, there were nuts in it and he can't swallow!
+ fr situation h | Il a croqué dans le gâteau et son visage gonfle, il y avait des noix dedans et il n'arrive plus à avaler !
# pair 29
fr situation h | On est sur le toit pour la fête et la rambarde lâche, mon pote est suspendu dans le vide !
+ en situation h | We're up on the roof for the party and the railing gives way, my mate is hanging over the drop!
# pair 30
fr typo h | jsuis coincé ds la voiture, leau monte jusquau siege et la porte souvre pas !!
+ en typo h | im stuck in the car, the waters up to the seat and the door wont open!!
# pair 31
fr situation h | Le chien du voisin s'est jeté sur le petit et l'a mordu au visage, ça saigne beaucoup !
+ en situation h | The neighbour's dog lunged at the little one and bit his face, there's blood everywhere!
# pair 32
fr situation h | Au stade, la tribune s'effondre sous les supporters, des gens tombent dans le vide !
+ en situation h | At the stadium the stand is collapsing under the fans, people are falling through!
# pair 33
fr situation h | Ma fille m'envoie « au secours » puis plus rien, son téléphone ne répond plus !
+ en situation h | My daughter texts me "help" and then nothing, her phone isn't answering!
# pair 34
en situation h | We're up the mountain, night is falling and my husband has just slipped into the ravine!
+ fr situation h | On est en pleine montagne, la nuit tombe et mon mari vient de glisser dans le ravin !
# pair 35
en situation h | The plane is shaking violently, bags are falling out of the lockers and people are screaming!
+ fr situation h | L'avion tremble violemment, les sacs tombent des coffres et les gens hurlent !
# pair 36
fr situation h | Le four fait des étincelles et les rideaux de la cuisine prennent feu sous mes yeux !
+ en situation h | The oven is sparking and the kitchen curtains are catching fire right in front of me!
# pair 37
fr situation h | Papi est sorti en pleine nuit en pyjama, on ne le retrouve pas et il fait moins cinq dehors !
+ en situation h | Grandad went out in the middle of the night in his pyjamas, we can't find him and it's minus five outside!
# pair 38
fr situation h | Le moteur du bateau a explosé, on prend l'eau au large de Marseille et la radio est morte !
+ en situation h | The boat's engine blew up, we're taking on water off Marseille and the radio is dead!
# pair 39
fr situation h | J'entends des pas dans le salon à minuit, je vis seule et la porte d'entrée était fermée à clé !
+ en situation h | I can hear footsteps in the living room at midnight, I live alone and the front door was locked!
# pair 40
fr situation h | Le manège s'est décroché en pleine rotation, une nacelle a été éjectée sur les gens !
+ en situation h | The ride has come loose mid-spin and one of the cars has been flung onto the crowd!
# pair 41
fr situation h | Au bureau, l'alarme incendie sonne et l'escalier de secours est plein de fumée noire !
+ en situation h | At the office the fire alarm is going off and the emergency stairs are full of black smoke!
# pair 42
fr situation h | Le gamin est monté sur la fenêtre du cinquième, il est assis sur le rebord, les jambes dans le vide !
+ en situation h | The kid has climbed onto the fifth-floor window, he's sitting on the ledge with his legs dangling!
# pair 43
fr slang_emoji h | wsh ya un mec qui essaie de forcer ma porte la, jsuis cachée dans la sdb 😰📞
+ en slang_emoji h | yo some guy is trying to force my door right now, im hiding in the bathroom 😰📞
# pair 44
en situation h | The lorry is coming straight at us on our side of the road and it isn't braking!
+ fr situation h | Le camion arrive droit sur nous, sur notre voie, et il ne freine pas !
# pair 45
fr situation h | Mon mari fait un malaise au volant, la voiture file droit vers le canal !
+ en situation h | My husband is passing out at the wheel, the car is heading straight for the canal!
# pair 46
fr situation h | Les flammes du balcon des voisins gagnent le nôtre et les pompiers ne sont toujours pas là !
+ en situation h | The flames from the neighbours' balcony are spreading to ours and the fire brigade still isn't here!
# pair 47
fr situation h | On s'est fait enfermer dans la chambre froide du resto, la porte ne s'ouvre plus de l'intérieur !
+ en situation h | We got locked in the restaurant's cold room, the door won't open from the inside!
# pair 48
en situation h | My daughter can't breathe, she choked on a grape and her lips are turning blue!
+ fr situation h | Ma fille n'arrive plus à respirer, elle s'est étouffée avec un grain de raisin et ses lèvres bleuissent !
# pair 49
fr situation h | La crue emporte notre tente, on a de l'eau jusqu'à la taille en pleine nuit !
+ en situation h | The flood is sweeping our tent away, we're waist-deep in water in the middle of the night!
# pair 50
fr situation h | Le train déraille, notre wagon se couche sur le côté et les vitres éclatent !
+ en situation h | The train is derailing, our carriage is tipping onto its side and the windows are shattering!
# pair 51
fr situation h | Mon fils fait une crise, il convulse par terre et ne répond plus quand je l'appelle !
+ en situation h | My son is having a fit, he's convulsing on the floor and doesn't respond when I call him!
# pair 52
en situation h | Deep in the cave the lamp dies and we can't hear the guide anymore, we're lost!
+ fr situation h | Au fond de la grotte, la lampe s'éteint et on n'entend plus le guide, on est perdus !
# pair 53
fr situation h | Les guêpes sortent par centaines du nid sous la table et attaquent les enfants !
+ en situation h | Wasps are pouring out of the nest under the table by the hundred and attacking the kids!
# pair 54
fr situation h | Je glisse sur le toit en réparant l'antenne, je me retiens à la gouttière et elle plie !
+ en situation h | I'm sliding off the roof while fixing the aerial, I grab the gutter and it's bending!
# pair 55
fr situation h | Un cri dans le magasin : un homme armé ordonne à tout le monde de se coucher par terre !
+ en situation h | A scream in the shop: an armed man is ordering everyone to get down on the floor!
# pair 56
en situation h | My phone battery just caught fire in my pocket, it's burning through my jeans!
+ fr situation h | La batterie de mon téléphone a pris feu dans ma poche, ça brûle à travers mon jean !
# pair 57
fr situation h | La rivière nous emporte, le canoë s'est retourné et je ne vois plus mon fils !
+ en situation h | The river is carrying us off, the canoe has flipped and I can't see my son!
# pair 58
fr situation h | Le berger allemand du voisin a sauté la clôture et fonce sur ma fille dans le jardin !
+ en situation h | The neighbour's German shepherd has jumped the fence and is charging at my daughter in the garden!
# pair 59
en situation h | Someone's screaming fire in the cinema and everyone's crushing towards the single exit!
+ fr situation h | Quelqu'un crie au feu dans le cinéma et tout le monde s'écrase vers l'unique sortie !
# pair 60
fr typo h | au secours le bebe a trouvé les medocs, il en a avalé combien jsais pas !!
+ en typo h | help the baby found the pills, no idea how many he swallowed!!
# pair 61
fr situation h | La grande roue s'arrête tout en haut et notre nacelle se décroche à moitié, elle penche dans le vide !
+ en situation h | The big wheel stops right at the top and our gondola half comes loose, it's tilting over the drop!
# pair 62
fr situation h | Les chevaux de la ferme se sont échappés et galopent sur la nationale au milieu des voitures !
+ en situation h | The farm horses have got out and are galloping down the main road between the cars!
# pair 63
en situation h | There's a snake in the little one's bedroom, it's right under his bed and he's in it!
+ fr situation h | Il y a un serpent dans la chambre du petit, juste sous son lit, et il est couché dedans !
# pair 64
fr situation h | On est bloqués dans le tunnel, la fumée remplit tout et les voitures ne bougent plus !
+ en situation h | We're stuck in the tunnel, smoke is filling everything and the cars aren't moving!
# pair 65
fr situation h | À la gare, le gamin a lâché ma main, il est monté seul et le train démarre avec lui !
+ en situation h | At the station the kid let go of my hand, got on by himself and the train is pulling away with him!
# pair 66
fr situation h | La montgolfière descend beaucoup trop vite vers les lignes électriques, le pilote crie de se baisser !
+ en situation h | The hot-air balloon is coming down far too fast towards the power lines, the pilot is yelling at us to duck!
# pair 67
en situation h | The whole deck is tilting, the ship is listing and water is coming into our cabin!
+ fr situation h | Tout le pont penche, le navire gîte et l'eau entre dans notre cabine !
# pair 68
fr situation h | La glace craque sous nos pieds au milieu du lac, mon mari vient de passer à travers !
+ en situation h | The ice is cracking under our feet in the middle of the lake, my husband has just gone through!
# pair 69
fr situation h | Mon bébé est tombé de la table à langer, il a la tête qui saigne et il ne pleure pas !
+ en situation h | My baby fell off the changing table, his head is bleeding and he isn't crying!
# pair 70
fr situation h | Explosion à la maison : la chaudière a sauté et la cave se remplit de fumée !
+ en situation h | Explosion at home: the boiler has blown and the cellar is filling with smoke!
# pair 71
en situation h | The parachute won't open, I've pulled the reserve handle and nothing's happening!
+ fr situation h | Le parachute ne s'ouvre pas, j'ai tiré la poignée de secours et rien ne se passe !
# pair 72
fr situation h | Mon voisin de table au restaurant s'étouffe, il se tient la gorge et devient violet !
+ en situation h | The man at the next table in the restaurant is choking, clutching his throat and turning purple!
# pair 73
fr slang_emoji h | jpp y a un incendie dans la foret juste derriere le camping, faut partir MAINTENANT 🔥😱
+ en slang_emoji h | omg there's a forest fire right behind the campsite, we have to leave NOW 🔥😱
# pair 74
fr situation h | En plongée, mon détendeur ne donne plus d'air, je suis à dix-huit mètres de fond !
+ en situation h | Diving, my regulator has stopped giving me air and I'm eighteen metres down!
# pair 75
fr situation h | Les freins du vélo lâchent en pleine descente, je fonce vers le carrefour plein de voitures !
+ en situation h | My bike brakes have gone halfway down the hill, I'm hurtling towards a junction full of cars!
# pair 76
fr situation h | L'infirmière sort en criant d'appeler le réanimateur, le cœur de papa vient de s'arrêter !
+ en situation h | The nurse rushes out shouting for the crash team, Dad's heart has just stopped!
# pair 77
en situation h | At the market a car is ploughing into the crowd, people are screaming and running!
+ fr situation h | Au marché, une voiture fonce dans la foule, les gens hurlent et courent dans tous les sens !
# pair 78
fr situation h | Il y a un ours sur le sentier à dix mètres de nous, il se dresse sur ses pattes arrière !
+ en situation h | There's a bear on the trail ten metres from us, it's rearing up on its hind legs!
# pair 79
fr situation h | Je perds le contrôle de la moto sur les graviers, je pars droit dans le fossé !
+ en situation h | I'm losing control of the motorbike on the gravel, I'm heading straight for the ditch!
# pair 80
en situation h | The glass roof of the shopping centre is cracking and shards are falling on the shoppers!
+ fr situation h | La verrière du centre commercial se fend et des morceaux de verre tombent sur les clients !
# pair 81
fr situation h | Un élève vient de s'effondrer en plein cours de sport, le prof crie d'appeler les secours !
+ en situation h | A pupil has just collapsed in the middle of PE, the teacher is shouting for someone to call an ambulance!
# pair 82
fr situation h | Le barbecue a explosé, mon oncle a la manche en feu et il court dans le jardin !
+ en situation h | The barbecue has exploded, my uncle's sleeve is on fire and he's running round the garden!
# pair 83
fr situation h | Les cambrioleurs sont encore dans la maison, je les entends fouiller à l'étage !
+ en situation h | The burglars are still in the house, I can hear them rummaging upstairs!
# pair 84
en situation h | My sister just fell down the metro stairs and she's not moving, there's blood on her head!
+ fr situation h | Ma sœur vient de tomber dans l'escalier du métro et elle ne bouge plus, elle a du sang sur la tête !
# pair 85
fr situation h | La passerelle se balance au-dessus des gorges et une corde vient de céder sous mes pieds !
+ en situation h | The footbridge is swinging over the gorge and a rope has just snapped under my feet!
# pair 86
fr typo h | mon mari respire plus il est tout blanc, jappelle le 15, aidez moi !!
+ en typo h | my husbands not breathing hes all white, calling 999, help me!!
# pair 87
fr situation h | Le jet-ski a percuté la bouée des enfants, ils sont tous à l'eau et un ne remonte pas !
+ en situation h | The jet ski has hit the kids' ring float, they're all in the water and one isn't coming back up!
# pair 88
en situation h | The big top roof is blowing away during the show and the poles are falling onto the audience!
+ fr situation h | Le toit du chapiteau s'envole en plein spectacle et les mâts tombent sur le public !
# pair 89
fr situation h | Le château gonflable s'est envolé avec le vent et il y a encore trois enfants dedans !
+ en situation h | The bouncy castle has taken off in the wind and there are still three kids inside!
# pair 90
fr situation h | Une vague énorme nous renverse et mon fils a disparu sous l'écume !
+ en situation h | A huge wave knocks us over and my son has disappeared under the foam!
"""

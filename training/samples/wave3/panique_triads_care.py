"""panique: third wave, triads with tristesse and inquietude (train and validation only)."""

SEEDS = """
# triad 01
en situation h | Grandpa's nose has been bleeding for forty minutes on his blood thinners, and now he's going grey!
+ fr situation h | Papi saigne du nez depuis quarante minutes avec ses anticoagulants, et il devient tout gris !

# triad 02
fr situation h | Le bébé a des taches violettes qui ne s'effacent pas sous le verre, il est tout mou et brûlant !
+ en situation h | The baby has purple spots that don't fade under a glass, he's all floppy and burning hot!

# triad 03
en situation h | My calf's been swollen since the flight, and now I'm coughing up blood and can't catch my breath!
+ fr situation h | Mon mollet est gonflé depuis le vol, et là je crache du sang et je n'arrive plus à respirer !

# triad 04
fr situation h | Papa est tombé du tabouret en changeant une ampoule, sa jambe fait un angle bizarre et il hurle ! Allume tout dans le salon !
+ en situation h | Dad fell off the stool changing a light bulb, his leg is bent at a weird angle and he's screaming! Turn every light on in the living room!

# triad 05
fr situation h | Maman parle à des gens qui ne sont pas là, elle ne sait plus où elle est et elle brûle de fièvre !
+ en situation h | Mum is talking to people who aren't there, she doesn't know where she is and she's burning with fever!

# triad 06
fr situation h | Mon beau-frère a jeté de l'alcool à brûler sur le barbecue, et la flamme vient de lui revenir en plein visage !
+ en situation h | My brother-in-law threw meths on the barbecue and the flame just shot back into his face!

# triad 07
fr situation h | Deux jours après l'opération, maman grelotte, délire et sa tension s'effondre, les infirmiers accourent !
+ en situation h | Two days after the operation, Mum is shaking, delirious and her blood pressure is crashing, the nurses are running in!

# triad 08
fr situation h | Le chat a mâchouillé le bouquet de lys, il vomit et ne tient plus sur ses pattes !
+ en situation h | The cat has been chewing the lilies, he's throwing up and can't stand on his legs!

# triad 09
fr situation h | Le chien s'est couché sur le sentier en plein cagnard, il halète, la langue violette, et ne se relève plus !
+ en situation h | The dog has lain down on the path in the blazing sun, panting, his tongue purple, and he won't get up!

# triad 10
en situation h | The bangers have spooked the dog, she's slipped her lead and she's bolting towards the main road!
+ fr situation h | Les pétards ont affolé la chienne, elle a arraché sa laisse et file vers le boulevard !

# triad 11
en situation h | The bulldog under anaesthetic has stopped breathing, the monitor is screaming and I'm alone at the practice!
+ fr situation h | Le bouledogue sous anesthésie ne respire plus, le moniteur hurle et je suis seule au cabinet !

# triad 12
fr typo h | au secour papi s'etouffe avec la dinde il se tient la gorge et personne sait quoi faire
+ en typo h | help grandpa's chokin on the turkey hes holding his throat and nobody knows what to do

# triad 13
fr situation h | L'aide-soignante m'appelle : elle trouve maman par terre dans la cuisine, glacée, et elle ne répond plus !
+ en situation h | The carer is calling me: she's found Mum on the kitchen floor, freezing cold and not responding!

# triad 14
en situation h | The care home is on the phone: Mum can barely breathe, I must come now, and I'm three hours away!
+ fr situation h | La maison de retraite appelle : maman respire très mal, il faut venir tout de suite, et je suis à trois heures !

# triad 15
fr situation h | Le pied de papa est devenu noir et il délire de fièvre, l'infirmière appelle le SAMU !
+ en situation h | Dad's foot has turned black and he's delirious with fever, the nurse is calling an ambulance!

# triad 16
en situation h | My daughter's on chemo and she's got a fever of 40 and her teeth are chattering, we have to get to hospital now!
+ fr situation h | Sous chimio, ma fille a 40 de fièvre et claque des dents, il faut filer au CHU tout de suite !

# triad 17
fr situation h | Le bébé tousse sans fin, il n'arrive plus à reprendre son souffle et devient bleu entre les quintes !
+ en situation h | The baby can't stop coughing, he can't get his breath back and he's turning blue between fits!

# triad 18
fr situation h | Le bébé est tout mou et gris dans son lit, il ne respire plus, j'appelle le 15 !
+ en situation h | The baby is limp and grey in his cot, he's not breathing, I'm calling an ambulance!

# triad 19
en situation h | The baby's been throwing up since this morning, no tears, her soft spot is sunken and she's barely reacting!
+ fr situation h | La petite vomit tout depuis ce matin, elle n'a plus de larmes, sa fontanelle est creuse et elle ne réagit presque plus !

# triad 20
fr situation h | La voisine de 90 ans crie derrière sa porte qu'elle est par terre depuis hier, et c'est fermé à clé !
+ en situation h | Our 90-year-old neighbour is shouting through her door that she's been on the floor since yesterday, and it's locked!

# triad 21
en situation h | Mum's slipped on the ice outside her house, she can't get up and her wrist is all twisted!
+ fr situation h | Maman a glissé sur le verglas devant chez elle, elle ne peut plus se relever et son poignet est tout tordu !

# triad 22
fr situation h | Ma joue gonfle à vue d'œil à cause de l'abcès, ça descend dans le cou et j'ai du mal à avaler !
+ en situation h | My cheek is swelling by the minute from the abscess, it's spreading down my neck and I can hardly swallow!

# triad 23
fr situation h | Le radiateur d'appoint a mis le feu au plaid de mamie, et elle dort dans le fauteuil juste à côté !
+ en situation h | The plug-in heater has set Gran's blanket on fire, and she's asleep in the armchair right next to it!

# triad 24
en situation h | Our baby, who had heart surgery last week, is turning grey and breathing fast, we're racing to the hospital!
+ fr situation h | Notre bébé, opéré du cœur la semaine dernière, devient gris et respire vite, on fonce à l'hôpital !

# triad 25
fr situation h | Maman hurle de douleur, la pompe à morphine est vide et l'infirmière de nuit ne répond pas !
+ en situation h | Mum is screaming in pain, the morphine pump is empty and the night nurse isn't answering!

# triad 26
fr situation h | Mon mari dit avoir le pire mal de tête de sa vie, d'un coup, et il vomit !
+ en situation h | My husband says it's the worst headache of his life, out of nowhere, and he's throwing up!

# triad 27
fr situation h | Papa, sorti de l'hôpital hier, est par terre au pied de son lit et il ne sent plus ses jambes !
+ en situation h | Dad, discharged from hospital yesterday, is on the floor by his bed and can't feel his legs!

# triad 28
fr situation h | La barque de papa s'est retournée sur le lac, il s'accroche à la coque et l'eau est glacée !
+ en situation h | Dad's rowing boat has capsized on the lake, he's clinging to the hull and the water is freezing!

# triad 29
en situation h | The mincer has caught my butcher colleague's glove, his hand is being dragged in!
+ fr situation h | Le hachoir a happé le gant de mon collègue boucher, sa main est en train de partir dedans !

# triad 30
fr situation h | Notre vieux chien aveugle a disparu dans les ronces au bord de la rivière, il fait nuit et on n'entend plus ses jappements !
+ en situation h | Our old blind dog has vanished into the brambles by the river, it's dark and we can't hear him yelping any more!

# triad 31
fr situation h | Je me suis bloqué le dos en soulevant un carton, je ne sens plus ma jambe et je n'arrive pas à me relever !
+ en situation h | My back has gone lifting a box, I can't feel my leg and I can't get up!

# triad 32
en situation h | The cat keeps straining in his litter tray with nothing coming out and he's howling, we're off to the emergency vet!
+ fr situation h | Le chat pousse dans sa litière sans que rien ne sorte et il hurle, on file chez le véto de garde !

# triad 33
fr situation h | Un gros chien a attrapé notre petit Yorkshire par le cou au parc et ne le lâche pas !
+ en situation h | A big dog has grabbed our little Yorkshire terrier by the neck in the park and won't let go!

# triad 34
en situation h | Dad has gone out in his pyjamas to look for Mum, who died two years ago, and he's walking down the middle of the main road!
+ fr situation h | Papa est sorti en pyjama chercher maman, morte depuis deux ans, et il marche au milieu de la nationale !

# triad 35
fr situation h | Le téléphone sonne à 3 h : mon fils a eu un accident de moto, il part au bloc et on me dit de venir vite !
+ en situation h | The phone rings at 3 a.m.: my son's had a motorbike accident, he's going into surgery and they're telling me to come quickly!

# triad 36
fr mixed h | J'étais tout ému par le baptême, mais là c'est la panique : papi s'écroule sur le banc de l'église !
+ en mixed h | I was so moved by the christening, but now it's panic: Grandpa has just collapsed on the church pew!

# triad 37
en situation h | The cat has crawled into the engine and my husband has just started the car!
+ fr situation h | Le chat s'est glissé dans le moteur et mon mari vient de démarrer la voiture !

# triad 38
fr situation h | Maman ne respire plus qu'en sifflant, sa gorge se ferme et elle me fait signe qu'elle étouffe !
+ en situation h | Mum can only breathe with a whistle, her throat is closing and she's signalling that she's choking!

# triad 39
en situation h | The dog has got his leg caught in a snare, he's howling and pulling on it with all his strength!
+ fr situation h | Le chien s'est pris la patte dans un collet, il hurle et tire dessus de toutes ses forces !

# triad 40
fr situation h | Mon meilleur ami vient de se faire renverser sous mes yeux, il est par terre et ne respire plus !
+ en situation h | My best friend has just been hit by a car right in front of me, he's on the ground and not breathing!

# triad 41
fr situation h | Un type est en train de hisser notre chien dans une camionnette, là, devant le portail !
+ en situation h | Some guy is hauling our dog into a van, right now, in front of the gate!

# triad 42
fr situation h | Le chien a avalé un épi de maïs tombé du barbecue, il vomit tout et se tord de douleur !
+ en situation h | The dog has swallowed a corn cob that fell off the barbecue, he's throwing everything up and writhing in pain!

# triad 43
en situation h | The old cat suddenly can't use his back legs, he's yowling and dragging himself across the tiles!
+ fr situation h | D'un coup, le vieux chat ne peut plus se servir de ses pattes arrière, il hurle et se traîne sur le carrelage !

# triad 44
fr situation h | Le chien s'est fait mordre au museau par une vipère, sa tête enfle à vue d'œil !
+ en situation h | The dog has been bitten on the nose by an adder, his head is swelling before my eyes!

# triad 45
fr situation h | On retrouve papa dans le jardin à l'aube, tombé près du composteur, glacé et presque inconscient !
+ en situation h | We've found Dad in the garden at dawn, fallen by the compost heap, frozen and barely conscious!

# triad 46
fr situation h | Papa ne répond plus depuis deux jours ; derrière sa porte, la télé hurle, son chien gémit, et j'enfonce la porte !
+ en situation h | Dad hasn't answered for two days; behind his door the TV is blaring, his dog is whimpering, and I'm breaking the door down!

# triad 47
en situation h | The blind cord has wrapped around the baby's neck in his cot, he's choking!
+ fr situation h | Le cordon du store s'est enroulé autour du cou du bébé dans son lit, il suffoque !

# triad 48
fr situation h | Mon mari arrête de respirer dans son sommeil, ça dure, il devient bleu et je n'arrive pas à le réveiller !
+ en situation h | My husband has stopped breathing in his sleep, it's going on and on, he's turning blue and I can't wake him!

# triad 49
en situation h | The dog chased a rabbit and vanished over the edge of the cliff, I can hear him whimpering below!
+ fr situation h | Le chien a couru après un lapin et a disparu au bord de la falaise, je l'entends gémir en bas !

# triad 50
fr situation h | En plein déménagement, le chat a filé par la porte ouverte, droit vers l'avenue pleine de voitures !
+ en situation h | In the middle of the move, the cat has shot out of the open door, straight towards the busy avenue!

# triad 51
en situation h | The teacher's calling from the ski trip: my daughter's having a seizure and she isn't coming round!
+ fr situation h | La prof appelle de la classe de neige : ma fille fait une crise et elle ne reprend pas connaissance !

# triad 52
fr situation h | Enceinte de sept semaines, une douleur atroce me déchire le côté et je sens que je m'évanouis !
+ en situation h | Seven weeks pregnant, a terrible pain is tearing through my side and I can feel myself passing out!

# triad 53
en situation h | Grandpa has fallen into the pond feeding his carp, he can't climb out and the water's freezing!
+ fr situation h | Papi est tombé dans la mare en nourrissant ses carpes, il n'arrive pas à ressortir et l'eau est glacée !

# triad 54
fr situation h | Papa arrache ses perfusions en hurlant, il ne me reconnaît plus et tente d'enjamber les barrières du lit !
+ en situation h | Dad is ripping out his drips and shouting, he doesn't recognise me and he's trying to climb over the bed rails!

# triad 55
fr situation h | Le cochon d'Inde est tombé de la table, il respire très vite et ses pattes arrière ne bougent plus !
+ en situation h | The guinea pig fell off the table, he's breathing really fast and his back legs won't move!

# triad 56
fr situation h | Maman m'appelle, elle vient de percuter un sanglier, la voiture fume et elle est coincée dedans !
+ en situation h | Mum's calling me, she's just hit a wild boar, the car is smoking and she's trapped inside!

# triad 57
en situation h | Mum's old dog has collapsed in the street, she's thrown herself onto her knees on the pavement and can't get up!
+ fr situation h | Le vieux chien de maman s'est effondré dans la rue, elle s'est jetée à genoux sur le trottoir et n'arrive plus à se relever !

# triad 58
fr slang_emoji h | ptn mon frère est tombé de sa trottinette électrique il saigne de l'oreille et répond plus 😱🚑
+ en slang_emoji h | omg my brother came off his e-scooter he's bleeding from the ear and not answering 😱🚑

# triad 59
en situation h | Dad's fallen down the cellar stairs, I can hear him groaning at the bottom in the dark! Light up the cellar, quick!
+ fr situation h | Papa est tombé dans l'escalier de la cave, je l'entends gémir en bas dans le noir ! Allume la cave, vite !

# triad 60
fr situation h | Papi est tombé de vélo dans la descente, il saigne du crâne et ne sait plus où il est !
+ en situation h | Grandpa has come off his bike on the descent, his head is bleeding and he doesn't know where he is!

# triad 61
en situation h | A wave has knocked Gran over, she can't get back up and the next one is coming in!
+ fr situation h | Mamie a été renversée par une vague, elle n'arrive pas à se relever et le rouleau suivant arrive !

# triad 62
fr situation h | Le chien s'est baigné dans l'étang plein d'algues, il tremble, bave et s'écroule sur la berge !
+ en situation h | The dog went swimming in the pond full of algae, he's shaking, drooling and collapsing on the bank!

# triad 63
fr situation h | Mon neveu a plongé dans la rivière peu profonde, il flotte face contre l'eau et ne bouge plus !
+ en situation h | My nephew dived into the shallow river and he's floating face down, not moving!

# triad 64
fr situation h | Le frein a lâché et la poussette dévale la pente du parking, le bébé dedans, droit vers la route !
+ en situation h | The brake has gone and the pushchair is rolling down the car park slope, baby inside, straight towards the road!

# triad 65
en situation h | The baby hasn't fed since this morning, her nappy is dry and she barely wakes up!
+ fr situation h | La petite ne boit plus depuis ce matin, sa couche est sèche et elle ne se réveille presque plus !

# triad 66
fr situation h | Le chaton a mordu le câble du chargeur, il est raide et tétanisé par terre !
+ en situation h | The kitten has bitten through the charger cable, he's rigid and twitching on the floor!

# triad 67
en situation h | In the middle of the drinks reception Mum slumps in her chair, lips blue, and stops responding!
+ fr situation h | En plein vin d'honneur, maman s'affaisse sur sa chaise, les lèvres bleues, et ne répond plus !

# triad 68
fr situation h | Le chat a attrapé la perruche, elle se débat dans sa gueule sous le buffet !
+ en situation h | The cat has caught the budgie, she's flapping in his mouth under the sideboard!

# triad 69
fr situation h | Le chien a avalé tout un paquet de chewing-gums sans sucre, il titube et s'effondre !
+ en situation h | The dog has eaten a whole packet of sugar-free gum, he's staggering and collapsing!

# triad 70
fr situation h | Le robot tondeuse a happé le hérisson du jardin, il couine et saigne dans l'herbe ! Lumière dans le jardin, vite !
+ en situation h | The robot mower has caught the garden hedgehog, he's squealing and bleeding in the grass! Garden lights, quick!

# triad 71
en situation h | Mid-flight, the baby has a fever of 40 and has gone all floppy, the cabin crew are looking for a doctor on board!
+ fr situation h | En plein vol, le bébé a 40 de fièvre et devient tout mou, l'hôtesse cherche un médecin à bord !

# triad 72
fr situation h | La vache a envoyé papa contre le mur de l'étable, il est par terre et n'arrive plus à respirer !
+ en situation h | The cow has kicked Dad against the wall of the cowshed, he's on the ground and can't breathe!
"""

"""panique: third wave of hand-written seeds, personas and places (train and validation only)."""

SEEDS = """
# situations: personas at work
fr situation h | En pleine garde de nuit, le patient de la 12 fait un arrêt cardiaque, et je suis la seule infirmière de l'étage !
+ en situation h | Middle of the night shift, the patient in room 12 has gone into cardiac arrest, and I'm the only nurse on the floor!
fr situation h | Le tracteur s'est renversé dans le fossé, et mon père est coincé sous la cabine !
+ en situation h | The tractor's rolled into the ditch, and my dad is trapped under the cab!
fr situation h | La grange brûle, les flammes sortent par le toit et les veaux sont encore dedans ! Allume la cour !
+ en situation h | The barn's on fire, flames are coming through the roof and the calves are still inside! Light up the yard!
fr situation h | Le néon de l'arrière-boutique a pris feu, les cartons flambent et la seule sortie est derrière les flammes !
+ en situation h | The strip light in the back of the shop has caught fire, the boxes are burning and the only exit is behind the flames!
fr situation h | Je suis au volant du bus plein d'écoliers, la pédale de frein s'enfonce dans le vide et la descente commence !
+ en situation h | I'm driving a bus full of schoolkids, the brake pedal is sinking to the floor and we're starting down the hill!
fr situation h | En plein concert, une enceinte prend feu au bord de la scène et le rideau commence à brûler !
+ en situation h | Mid-gig, a speaker has caught fire at the side of the stage and the curtain is starting to burn!
fr situation h | Un orage éclate pendant le match des moins de dix ans, la foudre vient de tomber sur le poteau et les gamins courent dans tous les sens !
+ en situation h | A storm breaks during the under-tens match, lightning just struck the floodlight pole and the kids are running everywhere!
fr situation h | La presse s'est refermée sur la main d'un collègue en fin de poste, et la machine ne s'arrête pas !
+ en situation h | The press has closed on a colleague's hand at the end of the shift, and the machine won't stop!
fr situation h | En plein cours, le faux plafond s'effondre au fond de la classe sur deux élèves !
+ en situation h | In the middle of the lesson, the suspended ceiling comes down at the back of the classroom on two pupils!
fr situation h | Sur le chantier, la tranchée vient de s'effondrer, et mon collègue est enseveli jusqu'à la poitrine !
+ en situation h | On the building site the trench has just caved in, and my workmate is buried up to his chest!
fr situation h | À la boulangerie, le pétrin a happé la manche de mon apprenti, il hurle et la cuve tourne encore !
+ en situation h | At the bakery, the dough mixer has caught my apprentice's sleeve, he's screaming and the bowl is still turning!
fr situation h | Livreur, je viens de me faire renverser, mon scooter est sous la voiture et je ne sens plus mon pied !
+ en situation h | I'm a delivery rider, I've just been knocked over, my scooter's under the car and I can't feel my foot!
fr situation h | Maître-nageur, je vois deux enfants couler en même temps, aux deux bouts du bassin !
+ en situation h | I'm the lifeguard and I can see two kids going under at the same time, at opposite ends of the pool!
fr situation h | Je fais du baby-sitting, le petit s'est brûlé avec le fer à lisser et sa peau fait déjà des cloques !
+ en situation h | I'm babysitting, the little one has burnt himself on the hair straighteners and his skin is already blistering!
fr situation h | En plein service, le brûleur du wok s'emballe et les flammes lèchent le plafond de la cuisine du resto !
+ en situation h | Mid-service, the wok burner has flared up and the flames are licking the restaurant kitchen ceiling!
fr situation h | Le cric a glissé, et la voiture est retombée sur le bras de mon apprenti !
+ en situation h | The jack slipped, and the car has come down on my apprentice's arm!
fr situation h | Hôtesse de l'air, un passager essaie d'ouvrir la porte de secours en plein vol et je suis seule à l'arrière !
+ en situation h | I'm cabin crew, a passenger is trying to open the emergency door mid-flight and I'm alone at the back!
fr situation h | Routier, ma remorque part en portefeuille sur le verglas, et une voiture arrive en face !
+ en situation h | I drive lorries, my trailer is jackknifing on the black ice, and there's a car coming the other way!
fr situation h | Les loups sont dans le troupeau, j'entends les brebis hurler dans le noir ! Allume les projecteurs de la bergerie !
+ en situation h | Wolves are in the flock, I can hear the ewes screaming in the dark! Turn on the floodlights at the sheepfold!
fr situation h | Un homme armé est entré à l'accueil, on s'est barricadés dans la salle de réunion et j'entends des pas dans le couloir !
+ en situation h | An armed man has come into reception, we've barricaded ourselves in the meeting room and I can hear footsteps in the corridor!
fr situation n | La pièce montée vient de s'écrouler par terre, et les mariés arrivent dans dix minutes !
+ en situation n | The wedding cake has just collapsed onto the floor, and the bride and groom arrive in ten minutes!
fr situation h | La rafale vient d'arracher notre barnum au marché, il retombe sur les clients et un pied en métal a frappé une dame à la tête !
+ en situation h | A gust has just ripped our market gazebo loose, it's coming down on the customers and a metal leg has hit a lady on the head!
# situations: personas at home and in the family
fr situation h | J'ai quatre-vingts ans et je viens de comprendre : le faux technicien du gaz fouille ma chambre pendant que l'autre me retient dans la cuisine ! Allume partout !
+ en situation h | I'm eighty and I've just realised: the fake gas engineer is going through my bedroom while the other one keeps me talking in the kitchen! Lights on everywhere!
fr situation h | Seul avec les jumeaux, j'ai claqué la portière sur la main de l'un, et l'autre vient de filer vers la route !
+ en situation h | On my own with the twins, I've slammed the car door on one's hand, and the other has just run off towards the road!
fr situation h | En soirée, mon pote fait une crise d'épilepsie sur le carrelage et tout le monde filme au lieu d'aider !
+ en situation h | At a party, my mate is having a seizure on the tiles and everyone's filming instead of helping!
fr situation h | À Tokyo, l'alerte tsunami vient de hurler sur tous les téléphones, et je ne comprends rien aux consignes !
+ en situation h | In Tokyo, the tsunami alert has just gone off on every phone, and I can't understand a word of the instructions!
fr situation h | Je gardais mon petit-fils au parc, je me suis assise deux minutes, et la poussette n'est plus là !
+ en situation h | I was minding my grandson in the park, I sat down for two minutes, and the pushchair is gone!
fr situation h | Je télétravaillais dans le salon quand la vitre a explosé : une voiture vient de s'encastrer dans la façade ! Allume tout !
+ en situation h | I was working from home in the living room when the window exploded: a car has just smashed into the front of the house! Everything on!
fr situation h | La roue de mon fauteuil est coincée dans le rail du tram, et j'entends la cloche du tram qui arrive !
+ en situation h | My wheelchair wheel is stuck in the tram rail, and I can hear the tram's bell coming!
fr situation h | Arrivée en France il y a trois semaines, je ne parle pas encore la langue, et mon fils fait une crise d'asthme en pleine rue !
+ en situation h | I came to France three weeks ago, I don't speak the language yet, and my son is having an asthma attack in the middle of the street!
fr situation h | Mon voile a frôlé une bougie, il prend feu, et je suis au milieu de la salle de réception !
+ en situation h | My veil brushed a candle, it's caught fire, and I'm in the middle of the reception hall!
fr situation h | Je rentre à la coloc : l'appart est retourné, les tiroirs sont par terre, et la porte de ma chambre est fermée de l'intérieur ! Allume tout !
+ en situation h | I get back to the flatshare: the place is ransacked, the drawers are on the floor, and my bedroom door is locked from the inside! Turn everything on!
fr situation h | Mon petit-fils a démarré le quad tout seul, il fonce vers la mare et il ne sait pas freiner !
+ en situation h | My grandson has started the quad bike on his own, he's heading for the pond and he doesn't know how to brake!
fr situation h | Enceinte de huit mois, je saigne énormément d'un coup, et je suis seule à la maison ! Toutes les lumières, vite !
+ en situation h | Eight months pregnant, I've suddenly started bleeding heavily, and I'm home alone! All the lights, quick!
fr situation h | J'ai huit ans, papa est couché par terre dans la cuisine et il ne se réveille pas quand je le secoue. Allume la lumière !
+ en situation h | I'm eight, Daddy is lying on the kitchen floor and he won't wake up when I shake him. Turn the light on!
fr situation h | Le bébé a glissé de la table à langer, il est par terre et il ne pleure pas ! Lumière à fond dans la chambre !
+ en situation h | The baby slid off the changing table, he's on the floor and he isn't crying! Full light in the bedroom!
fr situation h | Quelqu'un tambourine à la porte de mon studio en hurlant mon nom, et je ne reconnais pas la voix ! Allume l'entrée !
+ en situation h | Someone is pounding on my studio door screaming my name, and I don't recognise the voice! Hall light on!
# situations: places
fr situation h | Au camping, la rivière est sortie de son lit en pleine nuit, l'eau entre dans la tente et on entend des gens crier !
+ en situation h | At the campsite the river has burst its banks in the middle of the night, water is coming into the tent and we can hear people shouting!
fr situation h | Dans la salle d'attente des urgences, mon fils se met à convulser sur sa chaise et personne ne vient !
+ en situation h | In the A&E waiting room, my son has started fitting on his chair and nobody is coming!
fr situation h | Le voilier s'est couché sous une rafale, et mon mari est passé par-dessus bord !
+ en situation h | The sailing boat has been knocked flat by a gust, and my husband has gone overboard!
fr situation h | Au refuge, le poêle a mis le feu à la cloison en bois, et on est vingt à dormir à l'étage !
+ en situation h | At the mountain hut, the stove has set the wooden wall alight, and there are twenty of us asleep upstairs!
fr situation h | Au supermarché, tout un rayonnage bascule sur une petite fille à côté de moi !
+ en situation h | In the supermarket, a whole shelving unit is toppling onto a little girl next to me!
fr situation h | Dans le train, un homme s'effondre dans l'allée, sa femme crie qu'il ne respire plus et personne ne trouve le contrôleur !
+ en situation h | On the train, a man collapses in the aisle, his wife is screaming that he's not breathing and nobody can find the guard!
fr situation h | Colis suspect dans le terminal, les policiers hurlent d'évacuer, et ma fille est encore aux toilettes !
+ en situation h | Suspicious package in the terminal, the police are yelling at everyone to get out, and my daughter is still in the toilets!
fr situation h | En taillant la haie, j'ai dérangé un nid de frelons, ils me poursuivent et j'en ai plein les cheveux !
+ en situation h | Trimming the hedge, I disturbed a hornets' nest, they're chasing me and they're all in my hair!
fr situation h | L'accélérateur est bloqué, la voiture prend de la vitesse et le rond-point arrive !
+ en situation h | The accelerator's stuck, the car is speeding up and the roundabout is right ahead!
fr situation h | Au stade, un fumigène a mis le feu à une bâche de la tribune, et la sortie de notre rang est bloquée !
+ en situation h | At the stadium, a flare has set fire to a banner in the stand, and the exit from our row is blocked!
fr situation h | Un sanglier blessé vient de débouler dans la cour de l'école du village, et il charge les enfants !
+ en situation h | A wounded wild boar has just burst into the village school playground, and it's charging the children!
fr situation h | À la sortie de l'école, une voiture monte sur le trottoir et fonce droit sur les parents !
+ en situation h | At the school gates, a car has mounted the pavement and is heading straight for the parents!
fr situation h | À vélo, le camion me serre contre la glissière, je n'ai plus un centimètre !
+ en situation h | On my bike, the lorry is squeezing me against the barrier, I haven't got an inch left!
fr situation h | Sous terre, ma lampe frontale vient de lâcher, et je n'entends plus le reste du groupe !
+ en situation h | Underground in the cave, my head torch has just died, and I can't hear the rest of the group any more!
fr situation h | À vingt mètres de fond, mon détendeur ne me donne plus d'air !
+ en situation h | Twenty metres down, my regulator has stopped giving me air!
fr situation h | Le télésiège s'est arrêté net, on se balance au-dessus du vide, et mon fils glisse sous la barre !
+ en situation h | The chairlift has stopped dead, we're swinging over the drop, and my son is sliding under the bar!
fr situation h | Une balle vient de siffler à côté de ma tête, ils chassent juste derrière la haie !
+ en situation h | A bullet just whistled past my head, they're hunting right behind the hedge!
fr situation h | Une odeur de gaz dans tout le camping-car, et les enfants sont tout mous et se plaignent de la tête !
+ en situation h | The whole camper van smells of gas, and the kids have gone all floppy and say their heads hurt!
fr situation h | Le chapiteau du cirque penche, les mâts craquent et le public se rue vers la sortie !
+ en situation h | The circus tent is leaning, the poles are cracking and the audience is stampeding for the exit!

# long
fr long h | Je rentre de ma garde de nuit. Je ferme les yeux une seconde au volant. Je les rouvre sur la voie d'en face. Un camion arrive plein phares.
+ en long h | I'm driving home after my night shift. I close my eyes for a second at the wheel. I open them in the wrong lane. A lorry is coming at me, headlights blazing.
fr long h | Je suis seul au troisième étage, en fauteuil. L'alarme incendie se met à sonner. L'ascenseur est bloqué. Et la fumée monte déjà par l'escalier.
+ en long h | I'm alone on the third floor, in my wheelchair. The fire alarm goes off. The lift is out. And smoke is already coming up the stairs.
fr long h | Je promène mon petit-fils dans le bois. Il court devant moi. J'entends un cri, puis un bruit d'eau. Le vieux puits n'avait plus de couvercle.
+ en long h | I'm walking my grandson in the woods. He runs on ahead. I hear a cry, then a splash. The old well had no cover any more.
fr long h | Je baisse le rideau de la boutique. Deux hommes me poussent à l'intérieur. L'un réclame la caisse en criant. Mes mains tremblent tellement que je n'arrive pas à taper le code.
+ en long h | I'm pulling down the shop shutter. Two men shove me back inside. One of them is shouting for the till. My hands are shaking so much I can't type the code.
fr long h | Deux heures du matin au camping. Une odeur de fumée me réveille. J'ouvre la tente : la pinède brûle à cent mètres. Les voitures klaxonnent dans tous les sens.
+ en long h | Two in the morning at the campsite. A smell of smoke wakes me up. I open the tent: the pine wood is burning a hundred metres away. Cars are honking everywhere.
fr long h | Dernier morceau du concert. Le public pousse vers la scène. La barrière se tord. Une fille disparaît sous la foule, juste devant mon micro.
+ en long h | Last song of the gig. The crowd surges towards the stage. The barrier buckles. A girl disappears under the crowd, right in front of my mic.

# negation
fr negation h | Ce n'est pas le trac, là : je n'arrive plus à respirer et mes mains sont engourdies, au milieu de la scène !
+ en negation h | This isn't stage fright: I can't breathe and my hands have gone numb, right in the middle of the stage!
fr negation h | Pas le temps de pleurer sur la voiture : elle brûle, et le chien est encore sur la banquette arrière !
+ en negation h | No time to cry over the car: it's on fire, and the dog is still on the back seat!
fr negation h | Non, je n'exagère pas : l'eau a envahi le rez-de-chaussée de la maison de retraite et les résidents ne peuvent pas monter !
+ en negation h | No, I'm not exaggerating: the water has flooded the ground floor of the care home and the residents can't get upstairs!
fr negation h | Ce n'est plus une simple crampe, je coule, je n'arrive plus à garder la tête hors de l'eau !
+ en negation h | It's not just a cramp any more, I'm going under, I can't keep my head above water!

# mixed
fr mixed h | Encore tout émue par la cérémonie, et d'un coup l'affolement total : le chapiteau du mariage s'envole avec la rafale !
+ en mixed h | Still moved from the ceremony, and suddenly total chaos: the wedding marquee is blowing away in the gust!
fr mixed h | Je rêvassais sur le pont du bateau, et d'un coup la terreur : mon fils a glissé entre le quai et la coque !
+ en mixed h | I was daydreaming on deck, and suddenly sheer terror: my son has slipped between the quay and the hull!
fr mixed h | Énervé contre le voisin et son barbecue, et maintenant complètement affolé : les braises ont enflammé le store de notre balcon !
+ en mixed h | Annoyed at the neighbour and his barbecue, and now completely frantic: the embers have set our balcony awning on fire!
fr mixed h | Crevé après l'entraînement, mais là je suis terrifié : mon cœur s'emballe à deux cents et ne redescend pas !
+ en mixed h | Shattered after training, but now I'm terrified: my heart's racing at two hundred and it won't come down!

# informal French, no translation
fr situation h | y a un mec qui essaie de monter par le balcon de la coloc jsuis sérieuse appelle quelqu'un
fr situation h | le camion-benne recule et mon père est juste derrière, il entend rien avec son casque
fr situation h | la bouteille de gaz du camping-car fuit, ça siffle de ouf on fait quoi
fr situation h | mon reuf s'est pris une décharge sur le chantier, il est par terre et il tremble
fr situation h | papi s'étouffe avec sa viande, il arrive plus à parler ni à tousser
fr situation h | ça sent le cramé dans le bus, y a de la fumée sous les sièges et le chauffeur s'arrête pas
# casual English, no translation
en situation h | the lorry's tipping over right next to us on the roundabout what the hell
en situation h | sheep shed's on fire and dad's gone back in for the lambs
en situation h | just got home and there's a guy I've never seen asleep on my sofa
en situation h | the boat's drifting out with my little brother in it and the rope just snapped
"""

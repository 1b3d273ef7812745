"""panique: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation h | Je mettais des fleurs dans un vase en chantonnant, et le petit a bu la bouteille de déboucheur sous l'évier !
+ en situation h | I was humming away putting flowers in a vase, and the little one has drunk the drain cleaner from under the sink!
en situation h | Sunny morning in the garden, and a swarm of bees has landed on my son, he's allergic and his face is swelling up!
+ fr situation h | Matinée ensoleillée au jardin, et un essaim d'abeilles s'est posé sur mon fils, il est allergique et son visage gonfle !
fr situation h | Au marché du dimanche, un monsieur s'effondre devant l'étal de fraises, il devient tout gris et ne respire plus !
+ en situation h | At the Sunday market a man collapses in front of the strawberry stall, he's going grey and he's not breathing!
fr situation h | Le chat faisait le beau sur le rebord du balcon au sixième, il vient de glisser et il pend par les griffes !
+ en situation h | The cat was showing off on the balcony ledge on the sixth floor, he's just slipped and he's hanging on by his claws!
fr situation h | Brunch entre copines, Léa a pris une part du gâteau aux noix : elle se gratte la gorge et siffle en respirant !
+ en situation h | Brunch with the girls, Léa had a slice of the walnut cake: she's clawing at her throat and wheezing!
en situation h | Lovely bike ride with the kids, and a car has just come round the bend on our side of the road, heading straight at us!
+ fr situation h | Jolie balade à vélo avec les enfants, et une voiture débouche du virage sur notre voie, droit sur nous !
fr situation h | Je prenais mon café en terrasse quand une voiture a foncé dans les tables, il y a des gens coincés dessous !
+ en situation h | I was having my coffee on the terrace when a car ploughed into the tables, there are people trapped underneath!
fr slang_emoji h | petit goûter tranquille avec ma nièce et là elle avale un bonbon de travers, elle devient violette 😱😱 jfais quoi
+ en slang_emoji h | nice little snack time with my niece and she's swallowed a sweet the wrong way, she's turning purple 😱😱 what do i do

# trap words from curiosite
fr situation h | Ma fille a goûté les champignons du bois « pour voir », elle vomit et tremble de partout, elle ne me reconnaît plus !
+ en situation h | My daughter tasted the mushrooms from the woods "just to see", she's vomiting and shaking all over, she doesn't recognise me!
fr situation h | Visite de la mine désaffectée : un grondement, des pierres tombent du plafond et la sortie est à deux cents mètres !
+ en situation h | Tour of the old disused mine: a rumble, rocks are falling from the roof and the exit is two hundred metres away!
en situation h | I was looking up what the noise in the boiler could be when the pipe burst and scalding water is spraying across the kitchen!
+ fr situation h | Je cherchais sur internet d'où venait le bruit de la chaudière quand le tuyau a éclaté, l'eau bouillante gicle dans toute la cuisine !
fr situation h | Cours de sciences au collège : le bec Bunsen a mis le feu aux cheveux d'une élève, elle hurle et le prof n'est pas là !
+ en situation h | Science lesson at school: the Bunsen burner has set a girl's hair on fire, she's screaming and the teacher isn't in the room!
fr situation h | Le documentaire disait de ne jamais courir devant un ours... il est là, debout, à dix mètres de la tente !
+ en situation h | The documentary said never to run from a bear... and there's one right there, standing up, ten metres from the tent!
en situation h | There's a snake in the tent right next to my sleeping bag and it's rearing up, what do I do, what do I do?!
+ fr situation h | Il y a un serpent dans la tente, juste à côté de mon duvet, et il se dresse, je fais quoi, je fais quoi ?!
fr situation h | Balade découverte sur la plage à marée basse, la mer remonte à toute vitesse et on est encerclés par l'eau !
+ en situation h | Nature walk on the beach at low tide, the sea is racing back in and we're surrounded by water!
fr typo h | je voulais juste voir ce qui bloquait la cheminee, cest le feu qui remonte dans le conduit et ca crepite au plafond au secours
+ en typo h | i just wanted to see what was blocking the chimney, its the fire going up the flue and its crackling in the ceiling help

# trap words from detente
fr situation h | Tisane et plaid au coin du feu, une braise a sauté sur le tapis et les rideaux s'embrasent !
+ en situation h | Herbal tea and a blanket by the fire, an ember jumped onto the rug and the curtains are going up in flames!
fr situation h | Au sauna, la porte est coincée, il fait 95 degrés et mon mari commence à tituber !
+ en situation h | In the sauna, the door's jammed, it's 95 degrees and my husband is starting to stagger!
en situation h | Family day at the beach and a rip current is dragging my two boys out past the buoys!
+ fr situation h | Journée en famille à la plage, et un courant emporte mes deux garçons au-delà des bouées !
fr situation h | Le jacuzzi de la location fait des étincelles au niveau de la pompe et ma copine est encore dedans !
+ en situation h | The hot tub at the holiday let is sparking by the pump and my girlfriend is still in it!
fr situation h | Week-end au calme dans le chalet, et un craquement énorme : l'avalanche descend droit sur nous !
+ en situation h | Quiet weekend at the chalet, and then an enormous crack: the avalanche is coming straight down at us!
en situation h | Lazy Sunday lie-in, and I wake up to the smoke alarm going and the hallway full of black smoke!
+ fr situation h | Grasse matinée du dimanche, et je me réveille avec le détecteur de fumée qui sonne et le couloir plein de fumée noire !
fr situation h | Séance de méditation guidée, et le prof s'écroule sur son tapis en se tenant la poitrine !
+ en situation h | Guided meditation session, and the teacher keels over on his mat clutching his chest!
fr situation h | Vacances au camping, la rivière monte d'un coup en pleine nuit et la caravane commence à flotter !
+ en situation h | Camping holiday, the river rises all of a sudden in the middle of the night and the caravan is starting to float!

# trap words from euphorie
fr situation h | Nouvel An sur le toit de l'immeuble, mon pote a sauté sur le muret pour danser et il a basculé, il se tient à la gouttière !
+ en situation h | New Year's Eve on the roof of the building, my mate jumped on the low wall to dance and went over, he's hanging on to the gutter!
fr situation h | Au carnaval, le char a perdu ses freins dans la descente et fonce sur la foule !
+ en situation h | At the carnival the float has lost its brakes on the hill and it's hurtling into the crowd!
en situation h | The confetti cannon went off right in my daughter's face at the party, she's screaming and her eye is bleeding!
+ fr situation h | Le canon à confettis est parti en plein visage de ma fille pendant la fête, elle hurle et son œil saigne !
fr situation h | Enterrement de vie de garçon sur le lac, le moteur du bateau prend feu et on est loin de la rive !
+ en situation h | Stag do out on the lake, the boat's engine catches fire and we're a long way from the shore!
fr situation h | Lâcher de lanternes au mariage, une d'elles est retombée sur la grange pleine de foin et ça flambe déjà !
+ en situation h | Lantern release at the wedding, one came down on the barn full of hay and it's already blazing!
en situation h | The DJ's speaker stack is toppling towards the dance floor and people are still jumping right under it!
+ fr situation h | La colonne d'enceintes du DJ bascule vers la piste et les gens sautent encore juste en dessous !
fr situation h | On sautait à dix sur le trampoline, le filet a lâché et mon petit frère est tombé la tête la première, il ne répond plus !
+ en situation h | Ten of us were bouncing on the trampoline, the net gave way and my little brother fell head first, he's not responding!
fr slang_emoji h | jpp ya un mec qui respire plus dans la sdb de la soirée, l'ambulance arrive pas 😱😱 qqn sait faire un massage cardiaque ??
+ en slang_emoji h | omg there's a guy not breathing in the bathroom at the party, the ambulance isn't here 😱😱 does anyone know cpr ??

# trap words from reverie
fr situation h | Je regardais les nuages défiler depuis le télésiège quand il s'est arrêté net et s'est mis à reculer très vite !
+ en situation h | I was watching the clouds drift by from the chairlift when it stopped dead and started rolling backwards fast!
fr situation h | Je contemplais le coucher de soleil au bord de la falaise et le sol s'effrite sous mes pieds !
+ en situation h | I was gazing at the sunset at the edge of the cliff and the ground is crumbling under my feet!
en situation h | I was staring out of the train window, lost in thought, and now smoke is pouring out of the next carriage!
+ fr situation h | Je regardais par la fenêtre du train, perdu dans mes pensées, et là de la fumée sort à flots du wagon d'à côté !
fr situation h | Je m'imaginais déjà en vacances quand j'ai vu dans le rétro le camion sans freins qui déboule sur ma file !
+ en situation h | I was already picturing myself on holiday when I saw the runaway lorry in my mirror bearing down on my lane!
fr situation h | Je suivais les étoiles filantes au bord du lac gelé, la glace craque et mon pied s'enfonce dans l'eau !
+ en situation h | I was watching shooting stars by the frozen lake, the ice is cracking and my foot is going through into the water!
en situation h | My little boy was pretending to be a spaceman and climbed into the old chest freezer, the lid's latched and I can't get it open!
+ fr situation h | Mon petit jouait à l'astronaute et il est monté dans le vieux congélateur coffre, le couvercle s'est verrouillé et je n'arrive pas à l'ouvrir !
fr situation h | J'avais la tête dans les nuages en cuisinant, l'huile de la friteuse s'est enflammée et les flammes touchent le plafond !
+ en situation h | My head was in the clouds while I was cooking, the deep-fat fryer caught fire and the flames are reaching the ceiling!
fr situation h | Dans la lune au passage piéton, je n'ai pas vu le tram : il klaxonne, il est à deux mètres de moi !
+ en situation h | Miles away at the crossing, I didn't see the tram: it's sounding its horn and it's two metres from me!

# trap words from victoire
fr situation h | Remise des diplômes : la tribune s'effondre sous les familles et des gens sont coincés dessous !
+ en situation h | Graduation ceremony: the stand collapses under the families and people are trapped underneath!
fr situation h | Mon fils vient de recevoir sa coupe de champion et il fait une crise d'asthme terrible, l'inhalateur est resté à la maison !
+ en situation h | My son has just been handed his champion's cup and he's having a terrible asthma attack, his inhaler is at home!
en situation h | We finally got promoted and in the pitch invasion my dad's been knocked over, he's being trampled and I can't reach him!
+ fr situation h | On monte enfin en division supérieure, et dans l'envahissement du terrain mon père est tombé, on lui marche dessus et je n'arrive pas à l'atteindre !
fr situation h | Je fête ma promotion au resto et mon mari s'étouffe avec un morceau de viande, il devient violet !
+ en situation h | I'm celebrating my promotion at a restaurant and my husband is choking on a piece of meat, he's turning purple!
en situation h | I've just beaten my personal best in the pool and now my leg's cramped solid, I can't stay up, I'm going under!
+ fr situation h | Je viens de battre mon record perso à la piscine et là ma jambe est bloquée par une crampe, je n'arrive plus à flotter, je coule !
fr situation h | Premier vol en solo réussi... et à l'approche de la piste, le train d'atterrissage refuse de sortir !
+ en situation h | First solo flight done... and on the approach to the runway the landing gear won't come down!
fr situation h | Médailles en poche, on rentre du tournoi et le car dérape sur l'autoroute, il se couche sur le côté !
+ en situation h | Medals in our pockets, we're coming back from the tournament and the coach skids on the motorway, it's tipping onto its side!
fr typo h | jai eu mon permis ce matin et la la voiture part toute seule en marche arriere vers le quai, le frein a main marche pas !!
+ en typo h | passed my driving test this morning and now the car is rolling backwards on its own towards the quay, the handbrake isnt working!!

# trap words from colere
fr situation h | Coincés dans le bouchon du tunnel, tout le monde klaxonne et une fumée noire arrive par l'avant, ça sent le pneu brûlé !
+ en situation h | Stuck in the tunnel tailback, everyone's honking and black smoke is rolling in from the front, it smells of burning tyres!
en situation h | The neighbour's pit bull has jumped the fence and it's going for my little girl in the garden!
+ fr situation h | Le pitbull du voisin a sauté la clôture et il se jette sur ma fille dans le jardin !
fr situation h | Réunion tendue avec le patron, et d'un coup il se tient le bras, il pâlit et tombe de sa chaise !
+ en situation h | Tense meeting with the boss, and suddenly he grabs his arm, goes white and falls off his chair!
fr situation h | Un client mécontent a bousculé la serveuse, elle est tombée la tête contre le comptoir et elle convulse !
+ en situation h | An angry customer shoved the waitress, she hit her head on the counter and she's fitting!
en situation h | Someone left the garden gate open and my toddler is heading into the road, a van's coming round the corner!
+ fr situation h | Quelqu'un a laissé le portail ouvert et mon petit part sur la route, une camionnette arrive dans le virage !
fr situation h | En plein embouteillage, le chauffeur du bus d'à côté s'est affaissé sur son volant et le bus avance tout seul vers nous !
+ en situation h | In the middle of a traffic jam, the driver of the bus next to us has slumped over the wheel and the bus is rolling towards us!
fr situation h | Mon ado a claqué la porte de sa chambre il y a une heure, et là l'alarme incendie sonne et de la fumée passe dessous !
+ en situation h | My teenager slammed his bedroom door an hour ago, and now the smoke alarm is going and smoke is coming out from under it!
fr slang_emoji h | le mec de l'arnaque au tel a accès à mon compte EN CE MOMENT, les virements partent un par un 😱😱 je bloque comment ??
+ en slang_emoji h | the phone scam guy is in my account RIGHT NOW, transfers are going out one after another 😱😱 how do i block it ??

# trap words from inquietude
fr situation h | À l'hôpital pour une simple prise de sang, et l'alarme incendie hurle, la fumée envahit le couloir !
+ en situation h | At the hospital for a simple blood test, and the fire alarm is blaring, smoke is filling the corridor!
en situation h | The school keeps ringing, I pick up and they say my son is in an ambulance and struggling to breathe, come now!
+ fr situation h | L'école n'arrête pas d'appeler, je décroche : mon fils est dans l'ambulance, il respire mal, il faut venir tout de suite !
fr situation h | Demain j'ai mon entretien, mais là tout de suite l'eau jaillit du mur et coule sur le compteur électrique !
+ en situation h | I've got my interview tomorrow, but right now water is spurting out of the wall and pouring onto the electricity meter!
fr situation h | Le car scolaire avait du retard, et je le vois dans le fossé, couché sur le flanc, avec les enfants dedans !
+ en situation h | The school bus was late, and now I can see it in the ditch, on its side, with the children still inside!
en situation h | I'd been worried about the icy roads all week, and now the car's sliding sideways towards the river and the wheel won't respond!
+ fr situation h | Toute la semaine j'ai eu peur du verglas, et là la voiture glisse de travers vers la rivière et le volant ne répond plus !
fr situation h | Sur le parking du vétérinaire, le chien s'est libéré de sa laisse et court droit vers la nationale, un camion arrive !
+ en situation h | In the vet's car park the dog has slipped his lead and is running straight for the main road, a lorry's coming!
fr situation h | Le rendez-vous de suivi est demain, mais là je perds beaucoup de sang d'un coup, je suis enceinte de huit mois et seule !
+ en situation h | My check-up is tomorrow, but right now I'm suddenly losing a lot of blood, I'm eight months pregnant and on my own!
fr mixed h | Un peu inquiet pour ma tension depuis ce matin, mais là c'est la terreur : je vois trouble et je ne sens plus ma main droite !
+ en mixed h | A bit worried about my blood pressure since this morning, but now it's sheer terror: my vision's blurred and I can't feel my right hand!

# trap words from nostalgie
fr situation h | Mamie trempait sa madeleine dans le thé comme autrefois, elle s'étrangle et n'arrive même plus à tousser !
+ en situation h | Granny was dunking her madeleine in her tea like in the old days, she's choking and can't even cough!
en situation h | Took Grandad's vintage car out for a spin and the steering's locked solid, we're drifting into oncoming traffic!
+ fr situation h | J'ai sorti la vieille voiture de collection de papi, la direction s'est bloquée et on dérive vers les voitures d'en face !
fr situation h | On a rallumé la vieille chaudière de la maison de famille, le détecteur de monoxyde sonne et papa s'endort sur sa chaise !
+ en situation h | We fired up the old boiler in the family house, the carbon monoxide alarm is going off and Dad's nodding off in his chair!
en situation h | Showing the kids the treehouse I built as a boy, and the old planks give way, my daughter's hanging from a branch four metres up!
+ fr situation h | Je montrais aux enfants la cabane que j'avais construite petit, les vieilles planches cèdent et ma fille pend à une branche à quatre mètres !
fr situation h | Balade sur la jetée de mon enfance, une vague énorme balaie le quai et emporte mon fils !
+ en situation h | A walk along the pier I grew up by, a huge wave sweeps over the quay and carries my son off!
fr situation h | Réveillon comme chez mamie autrefois, et le sapin s'embrase d'un coup, le feu attrape déjà les rideaux !
+ en situation h | Christmas Eve the way Granny used to do it, and the tree suddenly goes up in flames, the fire's already catching the curtains!
fr situation h | Retour dans l'école de mon enfance pour la kermesse, et le vieux préau s'écroule sous la grêle, des enfants sont dessous !
+ en situation h | Back at my old primary school for the summer fair, and the old covered playground is collapsing under the hail, there are children under it!
fr typo h | jecoutais notre vieille chanson de mariage et la mon mari tombe par terre, il respire plus !!! jappelle le 15 vite
+ en typo h | was listening to our old wedding song and now my husband's fallen on the floor, hes not breathing!!! calling 999 quick

# trap words from suspense
fr situation h | L'écran du quai annonce le train dans une minute, et la poussette a roulé sur la voie avec le bébé dedans !
+ en situation h | The platform screen says the train's due in one minute, and the pushchair has rolled onto the track with the baby in it!
en situation h | Final episode of the series and the TV on the wall bursts into flames, the whole lounge is filling with smoke!
+ fr situation h | Dernier épisode de la série, et la télé murale prend feu d'un coup, tout le salon se remplit de fumée !
fr situation h | Le tirage de la tombola allait commencer quand le chapiteau a pris feu à l'arrière, tout le monde pousse vers la seule sortie !
+ en situation h | The raffle draw was about to start when the back of the big top caught fire, everyone's pushing towards the only exit!
fr situation h | Je retiens mon souffle sous l'eau : ma jambe est prise dans les algues du fond et je n'ai presque plus d'air !
+ en situation h | I'm holding my breath underwater: my leg is tangled in the weeds on the bottom and I'm almost out of air!
en situation h | Every second counts: the baby's swallowed a button battery and we're still twenty minutes from the hospital!
+ fr situation h | Chaque seconde compte : le bébé a avalé une pile bouton et on est encore à vingt minutes de l'hôpital !
fr situation h | Dernières secondes des tirs au but, et mon père s'effondre dans les tribunes, il ne respire plus !
+ en situation h | Last seconds of the penalty shoot-out, and my dad collapses in the stands, he's not breathing!
fr situation h | On attendait le verdict du jury quand l'accusé a sorti une arme dans la salle d'audience, tout le monde se jette au sol !
+ en situation h | We were waiting for the jury's verdict when the defendant pulled a gun in the courtroom, everyone's diving to the floor!
en slang_emoji h | waiting for my uber at 2am and some guy's been following me, he just started running at me 😱😱 im running
+ fr slang_emoji h | j'attends mon uber à 2h du mat et un mec me suit, là il se met à courir vers moi 😱😱 je cours

# trap words from tristesse
fr situation h | Le bébé pleure depuis une heure et là, d'un coup, il devient tout mou et ses lèvres sont grises !
+ en situation h | The baby's been crying for an hour and now, all of a sudden, he's gone floppy and his lips are grey!
en situation h | Alone in the house for the first time in weeks, and I can hear glass breaking downstairs, someone's coming up the stairs!
+ fr situation h | Seule à la maison pour la première fois depuis des semaines, et j'entends du verre se briser en bas, quelqu'un monte l'escalier !
fr situation h | Au cimetière pour la Toussaint, la dalle du caveau a cédé sous mes pieds, je suis tombée dedans et je ne peux pas remonter !
+ en situation h | At the cemetery for All Saints' Day, the slab over the family vault gave way under me, I've fallen in and I can't climb out!
fr situation h | Les adieux à l'aéroport, et papa s'effondre au portique de sécurité, il est tout gris et ne répond plus !
+ en situation h | Saying goodbye at the airport, and Dad collapses at the security gate, he's gone grey and he's not responding!
en situation h | Tears streaming down my face, I'm pressing on his chest and counting, the ambulance still isn't here and he's not breathing!
+ fr situation h | Les larmes coulent, j'appuie sur sa poitrine en comptant, l'ambulance n'est toujours pas là et il ne respire pas !
fr situation h | Ma fille de quatre ans a disparu du jardin, le portail est ouvert et la rivière est juste en bas !
+ en situation h | My four-year-old has vanished from the garden, the gate's open and the river is just at the bottom!
fr situation h | La bouteille d'oxygène de papa est vide, il suffoque, il est 23 h et la pharmacie de garde ne répond pas !
+ en situation h | Dad's oxygen cylinder is empty, he's gasping for air, it's 11 p.m. and the all-night chemist isn't answering!
fr negation h | Ce n'est pas du chagrin, je tremble de terreur : la maison bouge, les murs craquent, c'est un séisme !
+ en negation h | This isn't grief, I'm shaking with terror: the house is moving, the walls are cracking, it's an earthquake!
"""

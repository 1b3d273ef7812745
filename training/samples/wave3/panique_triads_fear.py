"""panique: third wave, triads with inquietude and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Le four fume, l'alarme hurle et des flammes sortent par la porte vitrée !
+ en situation h | The oven's smoking, the alarm's screaming and flames are coming out of the glass door!

# triad 02
fr situation h | Mon fils a lâché ma main dans la foule du marché de Noël et je ne le vois plus !
+ en situation h | My son let go of my hand in the Christmas market crowd and I can't see him anywhere!

# triad 03
en situation h | The brake pedal's gone straight to the floor and we're halfway down the mountain road!
+ fr situation h | La pédale de frein s'enfonce jusqu'au plancher et on est en pleine descente du col !

# triad 04
fr situation h | L'épreuve commence dans dix minutes et mon métro est bloqué dans le tunnel, convocation à la main !
+ en situation h | The exam starts in ten minutes and my metro's stuck in the tunnel, entry slip in my hand!

# triad 05
fr situation h | La poche des eaux vient de se rompre et on est coincés dans les bouchons du périph !
+ en situation h | My waters just broke and we're stuck in ring-road traffic!

# triad 06
en situation h | The dog just wolfed down a whole bar of dark chocolate and now he's shaking all over!
+ fr situation h | Le chien vient d'avaler toute une tablette de chocolat noir et il tremble de partout !

# triad 07
fr situation h | L'avion plonge d'un coup, les masques à oxygène tombent et les gens crient autour de moi !
+ en situation h | The plane suddenly drops, the oxygen masks fall and people are screaming all around me!

# triad 08
fr situation h | Les notifications de paiement tombent sans arrêt, quelqu'un vide mon compte en ce moment même !
+ en situation h | Payment notifications keep pinging, someone is emptying my bank account right now!

# triad 09
en situation h | The storm just ripped the roof off the garage and tiles are smashing against the windows!
+ fr situation h | La tempête vient d'arracher le toit du garage et des tuiles s'écrasent contre les fenêtres !

# triad 10
fr situation h | Mon téléphone chauffe, gonfle et se met à fumer dans ma main !
+ en situation h | My phone's getting hot, swelling up and starting to smoke in my hand!

# triad 11
fr situation h | Des flammes sortent de la fenêtre du voisin du dessous et la fumée entre dans ma chambre !
+ en situation h | Flames are coming out of the downstairs neighbour's window and smoke is getting into my bedroom!

# triad 12
en situation h | My son's been dragged out by the current, he's waving his arms fifty metres from the shore!
+ fr situation h | Mon fils a été emporté par le courant, il agite les bras à cinquante mètres du bord !

# triad 13
fr situation h | Le brouillard est tombé d'un coup, on ne voit plus le sentier et la falaise est juste à côté !
+ en situation h | The fog came down all at once, we can't see the path and the cliff edge is right beside us!

# triad 14
fr situation h | Le serveur de prod vient de tomber en plein Black Friday, tous les paiements échouent !
+ en situation h | The production server just went down in the middle of Black Friday, every payment is failing!

# triad 15
en situation h | The bride has just collapsed at the altar and she's not responding!
+ fr situation h | La mariée vient de s'effondrer devant l'autel et elle ne réagit plus !

# triad 16
fr situation h | Mon père se tient la poitrine, il a le bras gauche engourdi et il transpire à grosses gouttes !
+ en situation h | My dad's clutching his chest, his left arm's gone numb and he's pouring with sweat!

# triad 17
fr situation h | L'école appelle : ma fille est tombée du haut du toboggan, les pompiers sont là !
+ en situation h | The school's on the phone: my daughter fell from the top of the slide, the fire brigade is there!

# triad 18
en situation h | There's someone in the house, I can hear footsteps in the hallway and the bedroom door is opening!
+ fr situation h | Il y a quelqu'un dans la maison, j'entends des pas dans le couloir et la porte de la chambre s'ouvre !

# triad 19
fr situation h | L'ascenseur vient de chuter d'un étage et il est bloqué, le bouton d'alarme ne répond pas !
+ en situation h | The lift just dropped a whole floor and it's stuck, the alarm button isn't working!

# triad 20
fr situation h | Mon fils allergique vient de croquer dans un biscuit aux cacahuètes, ses lèvres gonflent !
+ en situation h | My allergic son just bit into a peanut biscuit, his lips are swelling up!

# triad 21
en situation h | The car's stalled on the level crossing and the barriers are coming down!
+ fr situation h | La voiture a calé sur le passage à niveau et les barrières se baissent !

# triad 22
fr situation h | Ma fille fait une crise d'asthme en pleine nuit et son inhalateur est vide !
+ en situation h | My daughter's having an asthma attack in the middle of the night and her inhaler is empty!

# triad 23
fr situation h | L'eau monte dans le salon, elle arrive déjà au niveau des prises électriques !
+ en situation h | The water's rising in the living room, it's already up to the sockets!

# triad 24
en situation h | The bailiff is at the door with a locksmith and they're forcing their way in right now!
+ fr situation h | L'huissier est à la porte avec un serrurier et ils forcent l'entrée en ce moment même !

# triad 25
fr situation h | La foule pousse vers la scène, je suis écrasée contre la barrière et je n'arrive plus à respirer !
+ en situation h | The crowd's surging towards the stage, I'm crushed against the barrier and I can't breathe!

# triad 26
fr situation h | Le chat est tombé du balcon du quatrième, il miaule dans la cour sans pouvoir se relever !
+ en situation h | The cat fell off the fourth-floor balcony, he's crying in the courtyard and can't get up!

# triad 27
en situation h | The car's skidding on black ice and sliding straight towards the ditch!
+ fr situation h | La voiture patine sur le verglas et glisse droit vers le fossé !

# triad 28
fr situation h | L'alarme incendie sonne au bureau, l'escalier est plein de fumée et la porte de secours est bloquée !
+ en situation h | The fire alarm's going off at the office, the stairwell is full of smoke and the emergency exit is jammed!

# triad 29
fr situation h | Le moniteur de la couveuse sonne sans arrêt et les infirmières accourent vers notre bébé !
+ en situation h | The incubator monitor won't stop beeping and the nurses are rushing over to our baby!

# triad 30
en situation h | Night's falling, we're lost in the forest and my phone battery is at 2 percent!
+ fr situation h | La nuit tombe, on est perdus en forêt et la batterie du téléphone est à 2 % !

# triad 31
fr situation h | Le petit a renversé la casserole d'eau bouillante sur son bras, il hurle !
+ en situation h | The little one just knocked the pan of boiling water onto his arm, he's screaming!

# triad 32
fr situation h | Mon fils de six ans est resté sur le quai et les portes du train se referment !
+ en situation h | My six-year-old is still on the platform and the train doors are closing!

# triad 33
en situation h | The boat's taking on water, the engine's dead and we're two miles off the coast!
+ fr situation h | Le bateau prend l'eau, le moteur est mort et on est à trois kilomètres de la côte !

# triad 34
fr situation h | La prise derrière le frigo fond et des étincelles jaillissent contre le mur !
+ en situation h | The socket behind the fridge is melting and sparks are shooting against the wall!

# triad 35
fr situation h | L'ordi a planté, ma thèse a disparu du disque et la soutenance est dans une heure !
+ en situation h | The computer crashed, my thesis is gone from the drive and my defence is in an hour!

# triad 36
en situation h | Grandma fell down the stairs, her head is bleeding and she won't answer me!
+ fr situation h | Mamie est tombée dans l'escalier, elle saigne de la tête et ne me répond plus !

# triad 37
fr situation h | Séisme : l'hôtel tremble, les murs craquent et tout le monde court vers la sortie !
+ en situation h | Earthquake: the hotel's shaking, the walls are cracking and everyone's running for the exit!

# triad 38
fr situation h | Des fumigènes dans la tribune, les gens poussent vers les sorties et elles sont fermées !
+ en situation h | Flares in the stand, people are pushing towards the exits and they're locked!

# triad 39
en situation h | The barbecue has set the hedge on fire and the flames are heading for the house!
+ fr situation h | Le barbecue a mis le feu à la haie et les flammes avancent vers la maison !

# triad 40
fr situation h | Un essaim de guêpes sort du mur et attaque les enfants dans le jardin !
+ en situation h | A swarm of wasps is pouring out of the wall and attacking the kids in the garden!

# triad 41
fr situation h | Un virus chiffre tous les fichiers de l'ordi sous mes yeux, un par un, et je ne peux pas l'arrêter !
+ en situation h | A virus is encrypting every file on the computer before my eyes, one by one, and I can't stop it!

# triad 42
en situation h | My son's let go of the handlebars on the hill and he's hurtling towards the junction without braking!
+ fr situation h | Mon fils a lâché le guidon dans la descente, il fonce vers le carrefour sans freiner !

# triad 43
fr situation h | Premier rendez-vous : il a trop bu, il bloque la portière et refuse de me laisser descendre !
+ en situation h | First date: he's had too much to drink, he's blocking the car door and won't let me out!

# triad 44
fr situation h | Je tire la poignée et le parachute ne s'ouvre pas, le sol approche !
+ en situation h | I pull the handle and the parachute won't open, the ground is coming up fast!

# triad 45
en situation h | There's a snake in my tent, it's lying on my sleeping bag right now!
+ fr situation h | Il y a un serpent dans ma tente, il est couché sur mon sac de couchage, là !

# triad 46
fr situation h | Des casseurs fracassent la vitrine de ma boutique et je suis encore à l'intérieur !
+ en situation h | Rioters are smashing my shop window and I'm still inside!

# triad 47
fr situation h | Au labo, le flacon d'acide s'est renversé et ça fume sur toute la paillasse !
+ en situation h | In the lab the acid bottle just tipped over and the whole bench is fuming!

# triad 48
en situation h | My teammate just collapsed on the pitch and he's not breathing, someone get the defibrillator!
+ fr situation h | Mon coéquipier s'est effondré sur le terrain et il ne respire plus, vite, le défibrillateur !

# triad 49
fr slang_emoji h | au secours la baby-sitter m'appelle en pleurs, le petit a une énorme bosse et il vomit 😱🚑
+ en slang_emoji h | help the babysitter's calling me in tears, the little one has a huge bump and he's throwing up 😱🚑

# triad 50
fr situation h | Mon fils a avalé sa dent de travers, il tousse et n'arrive plus à respirer !
+ en situation h | My son swallowed his tooth the wrong way, he's coughing and can't breathe!

# triad 51
en situation h | The removal van's handbrake has failed and it's rolling down the street towards people!
+ fr situation h | Le frein à main du camion de déménagement a lâché, il dévale la rue vers les passants !

# triad 52
fr situation h | Pendant la messe, le cierge a mis le feu à la nappe de l'autel, ça flambe !
+ en situation h | During Mass a candle has set the altar cloth alight, it's going up in flames!

# triad 53
fr situation h | Au cimetière, la grand-tante s'effondre près de la tombe, elle ne respire presque plus !
+ en situation h | At the cemetery my great-aunt collapses by the grave, she's barely breathing!

# triad 54
en situation h | The hedge trimmer has sliced my hand open and blood is spurting everywhere!
+ fr situation h | Le taille-haie m'a entaillé la main et le sang gicle partout !

# triad 55
fr situation h | Le taureau a défoncé la clôture et fonce vers les enfants dans le pré !
+ en situation h | The bull has smashed through the fence and is charging at the kids in the field!

# triad 56
fr situation h | Pendant la maraude, un homme sort un couteau et s'avance vers nous en criant !
+ en situation h | On the night outreach round a man pulls out a knife and comes at us shouting!

# triad 57
en situation h | The amp has caught fire behind the drummer, in the middle of our set!
+ fr situation h | L'ampli prend feu derrière le batteur, en plein milieu du concert !

# triad 58
fr situation h | On regarde un film d'horreur et là, un vrai bruit de vitre cassée dans la cuisine !
+ en situation h | We're watching a horror film and suddenly there's the sound of real glass breaking in the kitchen!

# triad 59
fr situation h | Je me réveille, impossible de bouger, et je sens une présence penchée sur le lit !
+ en situation h | I wake up, I can't move, and I can feel something leaning over the bed!

# triad 60
en situation h | A scooter is tearing down the pavement straight at the pushchair!
+ fr situation h | Un scooter fonce sur le trottoir droit sur la poussette !

# triad 61
fr situation h | Incendie au centre commercial, l'alarme hurle et je ne trouve plus mes enfants !
+ en situation h | Fire at the shopping centre, the alarm's blaring and I can't find my kids!

# triad 62
fr situation h | Le bus fait une embardée, le chauffeur est affalé sur le volant !
+ en situation h | The bus is swerving all over the road, the driver's slumped over the wheel!

# triad 63
en situation h | A huge crash in the peloton right in front of us, a rider has gone into the crowd!
+ fr situation h | Chute massive du peloton juste devant nous, un coureur a fini dans les spectateurs !

# triad 64
fr situation h | Le petit convulse dans son lit, il a 40 de fièvre et les yeux qui se révulsent !
+ en situation h | The little one's having a fit in bed, he's burning with fever and his eyes are rolling back!

# triad 65
fr situation h | L'échafaudage bascule, je suis au troisième étage et je m'accroche à la façade !
+ en situation h | The scaffolding is tipping over, I'm on the third floor and I'm clinging to the wall!

# triad 66
en situation h | Avalanche! The snow is pouring down the slope straight at us!
+ fr situation h | Avalanche ! La neige dévale la pente droit sur nous !

# triad 67
fr situation h | Le cheval s'emballe au galop et je n'arrive plus à l'arrêter, on fonce vers la route !
+ en situation h | The horse has bolted at full gallop and I can't stop him, we're heading for the road!

# triad 68
fr situation h | En plein live, je viens de montrer mon adresse à dix mille personnes, et on sonne à la porte !
+ en situation h | Mid-livestream I just showed my address to ten thousand people, and someone's ringing the doorbell!

# triad 69
en situation h | A firework rocket has shot sideways into the crowd and people are diving to the ground!
+ fr situation h | Une fusée du feu d'artifice part à l'horizontale dans la foule, les gens se jettent au sol !

# triad 70
fr situation h | Le sapin a pris feu à cause des guirlandes et les flammes touchent les rideaux !
+ en situation h | The Christmas tree has caught fire from the lights and the flames are reaching the curtains!

# triad 71
fr situation h | Le berger allemand du voisin a sauté la clôture et fonce sur mon fils !
+ en situation h | The neighbour's German shepherd has jumped the fence and is going for my son!

# triad 72
en situation h | A lorry has just jackknifed across the motorway right in front of us!
+ fr situation h | Un camion vient de se mettre en travers de l'autoroute juste devant nous !

# triad 73
fr situation h | La nacelle de la grande roue s'est bloquée tout en haut et penche dangereusement !
+ en situation h | Our gondola on the big wheel is stuck at the very top and tilting dangerously!

# triad 74
fr situation h | Mamie est brûlante, elle délire et ne tient plus debout dans son appartement surchauffé !
+ en situation h | Grandma is burning up, she's confused and can't stand up in her overheated flat!

# triad 75
en situation h | A child just ran out in front during my driving lesson and I'm pressing the accelerator, not the brake!
+ fr situation h | En pleine leçon, un enfant surgit devant la voiture et j'appuie sur l'accélérateur au lieu du frein !

# triad 76
fr situation h | En cuisine, la friteuse déborde et l'huile prend feu sous la hotte en plein service !
+ en situation h | In the kitchen the deep fryer boils over and the oil goes up under the hood, mid-service!

# triad 77
fr typo h | vite vite la casserole d huile a pris feu et le petit est a coté !!
+ en typo h | quick quick the pan of oil is on fire and the little one is rigth next to it!!

# triad 78
fr typo h | au secour on est coincé dans la voiture, l eau rentre par les portieres sur la route inondée
+ en typo h | help were stuck in the car, water's comming in through the doors on the flooded road

# triad 79
fr mixed h | J'étais vexée qu'il ne m'ait pas attendue, mais là je suis terrorisée : il vient de tomber dans la crevasse !
+ en mixed h | I was hurt he didn't wait for me, but now I'm terrified: he's just fallen into the crevasse!

# triad 80
fr mixed h | Fatigué après la garde, mais surtout affolé : la petite ne respire plus normalement dans son siège auto !
+ en mixed h | Tired after my night shift, but mostly frantic: the baby isn't breathing properly in her car seat!

# triad 81
en slang_emoji h | omg the pan's on fire and the smoke alarm's screaming 🔥🔥 what do i do
+ fr slang_emoji h | ptn la poêle a pris feu et le détecteur hurle 🔥🔥 je fais quoi

# triad 82
fr slang_emoji h | wsh la voiture fume sous le capot sur l'autoroute et les gosses sont derrière 😱 je m'arrête où
+ en slang_emoji h | omg the car's smoking under the bonnet on the motorway, kids in the back 😱 where do i stop
"""

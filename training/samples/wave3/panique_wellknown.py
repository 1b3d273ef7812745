"""panique: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events (most frequent first):
# 01 panic attack, heart racing, can't breathe
# 02 smoke or fire in the house, smoke alarm at night
# 03 pan or oil on fire in the kitchen
# 04 car crash that just happened
# 05 child lost in a shop, crowd or beach
# 06 child or adult choking on food
# 07 allergic reaction, throat swelling
# 08 smell of gas, gas leak
# 09 intruder or burglar in the house right now
# 10 someone collapsed, unconscious, not answering
# 11 chest pain, heart attack signs
# 12 asthma attack, can't breathe
# 13 baby not breathing well, febrile seizure
# 14 child swallowed pills, bleach or poison
# 15 burst pipe, water flooding the flat
# 16 earthquake shaking
# 17 stuck in a lift
# 18 plane dropping, severe turbulence
# 19 brakes failing, car skidding on ice
# 20 fire alarm and evacuation at work or school
# 21 being followed in the street at night
# 22 passport or tickets gone just before boarding
# 23 deep cut, heavy bleeding
# 24 elderly parent fallen, head injury
# 25 child fell from a height
# 26 someone drowning, child under water
# 27 dog attack
# 28 dog ran onto the road, pet poisoned
# 29 lost in the woods or mountains at night
# 30 storm, tornado warning, tree falling on the house
# 31 sparks from a socket, electrical fire
# 32 car engine smoking or on fire
# 33 baby or child locked in the car
# 34 overslept for an exam or interview, minutes left
# 35 computer crashed or files deleted right before a deadline
# 36 bank account being emptied, hacked right now
# 37 bag or phone snatched, pickpocketed
# 38 mugged, threatened with a knife
# 39 shooting, attack alert, lockdown
# 40 stroke signs, face drooping
# 41 someone having a seizure
# 42 diabetic hypo, sugar crash
# 43 wasp sting or snake bite
# 44 bat or bird flying around the bedroom
# 45 huge spider or rat right there (phobia)
# 46 boat capsizing, man overboard
# 47 caught in a rip current, out of depth
# 48 avalanche
# 49 ice cracking under someone
# 50 labour starting early, waters broke in the car
# 51 heavy bleeding during pregnancy
# 52 friend passed out at a party, too much alcohol
# 53 stage fright, blank on stage
# 54 train leaving with the child on the platform
# 55 parent with dementia wandered off
# 56 carbon monoxide alarm
# 57 burned by boiling water or oil
# 58 electric shock
# 59 bike or scooter fall, brakes gone downhill
# 60 tyre blowout on the motorway
# 61 car coming the wrong way
# 62 power cut with a medical machine running
# 63 lightning storm on a ridge
# 64 wildfire evacuation
# 65 crowd crush at a concert or match
# 66 plane emergency landing, engine fire
# 67 baby fell off the changing table
# 68 child swallowed a button battery or magnet
# 69 ransomware spreading on the work network
# 70 kid climbed onto a window ledge or balcony rail
#
# 01 panic attack
fr situation h | Mon cœur tape à deux cents, j'arrive plus à respirer, ça recommence !
+ en situation h | My heart's going two hundred a minute, I can't breathe, it's happening again!
fr situation h | Crise d'angoisse dans le métro, les mains qui fourmillent, je vais tomber.
+ en situation h | Panic attack on the Tube, my hands are tingling, I'm going to pass out.
# 02 fire in the house
fr situation h | Y a de la fumée qui sort de la chambre du fond !
+ en situation h | There's smoke pouring out of the back bedroom!
fr situation h | Le détecteur de fumée sonne en pleine nuit et ça sent le brûlé partout ! Allume tout !
+ en situation h | The smoke alarm's going off in the middle of the night and everything smells burnt! All lights on!
# 03 kitchen fire
fr situation h | L'huile de la friteuse a pris feu, les flammes touchent les placards !
+ en situation h | The chip pan oil's caught fire, the flames are licking the cupboards!
fr situation h | Ma poêle flambe sur le gaz et j'ai pas de couvercle sous la main !
+ en situation h | My frying pan's ablaze on the hob and I can't find a lid!
# 04 car crash
fr situation h | On vient de se faire percuter au rond-point, ma fille pleure à l'arrière !
+ en situation h | We've just been hit on the roundabout, my daughter's screaming in the back!
fr situation h | Accident sur l'autoroute, la voiture est sur le toit et ça sent l'essence !
+ en situation h | Crash on the motorway, the car's upside down and I can smell petrol!
# 05 child lost
fr situation h | J'ai perdu mon fils dans le centre commercial, il était là il y a une minute !
+ en situation h | I've lost my son in the shopping centre, he was right here a minute ago!
fr situation h | La petite a disparu sur la plage, je vois plus son chapeau jaune nulle part !
+ en situation h | My little girl's vanished on the beach, I can't see her yellow hat anywhere!
# 06 choking
fr situation h | Le bébé s'étrangle avec un grain de raisin, il devient bleu !
+ en situation h | The baby's choking on a grape, he's turning blue!
fr situation h | Papa s'étouffe avec un bout de viande à table, il ne peut plus parler !
+ en situation h | Dad's choking on a piece of steak at the table, he can't speak!
# 07 allergic reaction
fr situation h | Choc allergique ! Ses lèvres gonflent, où est l'EpiPen ?
+ en situation h | Anaphylaxis! His lips are swelling, where's the EpiPen?
fr situation h | J'ai mangé un truc aux noix par erreur, ma gorge se ferme.
+ en situation h | I ate something with walnuts by mistake, my throat's closing up.
# 08 gas leak
fr situation h | Ça pue le gaz dans tout l'appartement, j'ose même pas allumer la lumière !
+ en situation h | The whole flat reeks of gas, I don't even dare flick a switch!
fr situation h | Fuite de gaz dans l'immeuble, tout le monde descend en courant !
+ en situation h | Gas leak in the building, everybody's running down the stairs!
# 09 intruder
fr situation h | Y a quelqu'un dans la maison, j'entends marcher dans le salon !
+ en situation h | Someone's in the house, I can hear footsteps in the living room!
fr situation h | Un cambrioleur est en train de forcer la baie vitrée ! Allume dehors, à fond !
+ en situation h | A burglar's trying to jimmy the patio door! Outside lights, full power!
# 10 someone collapsed
fr situation h | Ma collègue vient de s'écrouler devant la machine à café, elle répond plus !
+ en situation h | My colleague just collapsed by the coffee machine, she's not responding!
fr situation h | Mon mari est par terre dans la cuisine, inconscient, je fais quoi ?
+ en situation h | My husband's on the kitchen floor, out cold, what do I do?
# 11 chest pain
fr situation h | Douleur énorme dans la poitrine, ça irradie dans la mâchoire !
+ en situation h | Crushing pain in my chest, it's spreading into my jaw!
fr situation h | Mon père se tient le cœur et il est tout gris, j'appelle le 15 !
+ en situation h | Dad's clutching his chest and he's gone grey, I'm calling an ambulance!
# 12 asthma attack
fr situation h | Grosse crise d'asthme et la Ventoline est vide !
+ en situation h | Bad asthma attack and the inhaler's empty!
fr situation h | Mon fils siffle en respirant, il arrive plus à reprendre son air !
+ en situation h | My son's wheezing, he can't get his breath back!
# 13 baby breathing, febrile seizure
fr situation h | Le bébé convulse avec la fièvre, ses yeux se révulsent !
+ en situation h | The baby's having a fit from the fever, his eyes are rolling back!
fr situation h | Ma fille de huit mois respire bizarrement et elle est toute molle ! Lumière dans sa chambre !
+ en situation h | My eight-month-old is breathing strangely and she's all floppy! Light on in her room!
# 14 poisoning
fr situation h | Le petit a bu du produit vaisselle, il tousse et il bave !
+ en situation h | The little one drank washing-up liquid, he's coughing and drooling!
fr situation h | Ma fille a ouvert la boîte de somnifères, il en manque plein !
+ en situation h | My daughter got into the sleeping pills, loads of them are gone!
# 15 burst pipe
fr situation h | Un tuyau a pété sous l'évier, l'eau jaillit partout !
+ en situation h | A pipe's burst under the sink, water's spraying everywhere!
fr situation h | Dégât des eaux : ça tombe du plafond sur la télé et les prises !
+ en situation h | Water's pouring through the ceiling onto the TV and the sockets!
# 16 earthquake
fr situation h | Ça tremble ! Les meubles bougent, tout le monde sous la table !
+ en situation h | It's shaking! The furniture's moving, everyone under the table!
fr situation h | Tremblement de terre, l'immeuble oscille et les vitres vibrent !
+ en situation h | Earthquake, the building's swaying and the windows are rattling!
# 17 stuck in a lift
fr situation h | Bloqué dans l'ascenseur au huitième, plus de réseau et il fait noir.
+ en situation h | Stuck in the lift on the eighth floor, no signal and it's pitch dark.
fr situation h | L'ascenseur vient de chuter d'un coup puis s'est arrêté entre deux étages !
+ en situation h | The elevator just dropped suddenly and stopped between floors!
# 18 plane turbulence
fr situation h | L'avion tombe dans un trou d'air, les gens hurlent dans la cabine !
+ en situation h | The plane's hit an air pocket, people are screaming in the cabin!
fr situation h | Turbulences monstres, les chariots volent et le pilote dit de s'attacher !
+ en situation h | Horrendous turbulence, the trolleys are flying and the pilot says buckle up!
# 19 brakes failing, skidding
fr situation h | Les freins répondent plus et je suis dans la descente !
+ en situation h | The brakes aren't working and I'm going downhill!
fr situation h | Plaque de verglas, la voiture part en tête-à-queue vers le fossé !
+ en situation h | Black ice, the car's spinning round towards the ditch!
# 20 fire alarm at work
fr situation h | Alarme incendie au bureau, de la fumée dans l'escalier, on évacue !
+ en situation h | Fire alarm at the office, smoke in the stairwell, we're evacuating!
fr situation h | Évacuation du lycée, ça crie dans les couloirs et on voit des flammes au labo !
+ en situation h | The school's being evacuated, people are shouting in the corridors and there are flames in the lab!
# 21 followed at night
fr situation h | Un type me suit depuis la gare, il accélère quand j'accélère !
+ en situation h | A guy's been following me since the station, he speeds up when I do!
fr typo h | qqn me suit dans la rue jsuis toute seule jcours
+ en typo h | sum1 following me down the street im alone im running
# 22 passport gone before boarding
fr situation h | Contrôle de sécurité à Roissy, je retrouve plus la pochette avec nos quatre passeports !
+ en situation h | At airport security and I can't find the pouch with all four of our passports!
fr situation h | J'ai laissé nos billets de train à la maison, le TGV part dans un quart d'heure !
+ en situation h | I left our train tickets at home and the train leaves in fifteen minutes!
# 23 deep cut
fr situation h | Je me suis entaillé la main avec le couteau à pain, ça saigne à flots !
+ en situation h | I've gashed my hand with the bread knife, it's gushing blood!
fr situation h | Le sang traverse le torchon, la coupure est trop profonde !
+ en situation h | The blood's soaking through the tea towel, the cut's too deep!
# 24 elderly parent fallen
fr situation h | Mamie a raté une marche, elle a le front ouvert et elle est toute pâle !
+ en situation h | Nan missed a step, her forehead's split open and she's white as a sheet!
fr situation h | Mon père a chuté dans la douche, impossible de se relever ! Lumière dans la salle de bain !
+ en situation h | Dad's slipped in the shower and can't get up! Bathroom light on!
# 25 child fell from a height
fr situation h | Le petit est tombé du toboggan sur la tête, il bouge pas !
+ en situation h | My boy fell off the top of the slide onto his head, he's not moving!
fr situation h | Ma fille a basculé du lit superposé, elle a le bras tout tordu !
+ en situation h | My daughter toppled off the top bunk, her arm's all twisted!
# 26 drowning
fr situation h | Un enfant se noie au bout du ponton, personne ne réagit !
+ en situation h | A kid's drowning off the end of the jetty and no one's doing anything!
fr situation h | Mon fils a coulé au grand bain, je le vois au fond !
+ en situation h | My son's sunk in the deep end, I can see him at the bottom!
# 27 dog attack
fr situation h | Un chien enragé me saute dessus dans le parc !
+ en situation h | A vicious dog's going for me in the park!
fr situation h | Le berger allemand du voisin a mordu ma fille au visage !
+ en situation h | The neighbour's Alsatian has bitten my daughter's face!
# 28 pet on the road, pet poisoned
fr situation h | Le chien a filé sur la départementale, les voitures arrivent !
+ en situation h | The dog's darted out into the traffic on the main road!
fr situation h | Mon chat a léché de l'antigel, il titube et il bave !
+ en situation h | My cat's licked antifreeze, he's staggering and drooling!
# 29 lost in the woods
fr situation h | On est perdus dans la forêt, il fait nuit noire et plus de batterie !
+ en situation h | We're lost in the forest, it's pitch black and our phones are dead!
fr situation h | Je retrouve plus le sentier, la nuit tombe et je grelotte en pleine montagne !
+ en situation h | I can't find the trail, it's getting dark and I'm shivering up the mountain!
# 30 storm, tornado, tree
fr situation h | Alerte tornade, les sirènes hurlent, on descend à la cave tout de suite !
+ en situation h | Tornado warning, the sirens are wailing, we're going to the basement right now!
fr situation h | Un arbre vient de s'écraser sur le toit pendant l'orage !
+ en situation h | A tree just came crashing down on the roof in the storm!
# 31 sparks from a socket
fr situation h | La prise crépite et fait des étincelles, ça sent le plastique brûlé !
+ en situation h | The socket's crackling and sparking, it smells of burning plastic!
fr situation h | La multiprise derrière la télé est en feu ! Lumière, vite !
+ en situation h | The extension lead behind the telly's on fire! Lights, quick!
# 32 car engine smoking
fr situation h | De la fumée noire sort du capot sur le périph !
+ en situation h | Black smoke's billowing out of the bonnet on the ring road!
fr situation h | Mon char est en feu sur l'accotement, sortez, sortez !
+ en situation h | My car's on fire on the shoulder, get out, get out!
# 33 child locked in the car
fr situation h | Portière claquée, clés sur le siège, et ma fille d'un an attachée dedans au soleil !
+ en situation h | Door slammed, keys on the seat, and my one-year-old strapped in there in the sun!
fr slang_emoji h | ptn mon fils est coincé dans la caisse et il fait une chaleur de ouf 😱😱
+ en slang_emoji h | ffs my boy's stuck in the car and it's boiling out 😱😱
# 34 overslept for exam
fr situation h | Dormi malgré trois alarmes, l'épreuve de philo est à 8 h, il est 7 h 45 !
+ en situation h | Slept through three alarms, my philosophy final starts at 8 and it's 7.45!
fr typo h | jme suis pas reveillé lentretien c dans 15 min jsuis en pyjama
+ en typo h | overslep interview is in 15 min im still in my pjs
# 35 computer crash before deadline
fr situation h | L'ordi a planté, tout mon rapport a disparu et je dois l'envoyer à midi !
+ en situation h | My laptop's crashed, my whole report's gone and it's due at noon!
fr situation h | Écran bleu en pleine présentation devant le client !
+ en situation h | Blue screen right in the middle of my pitch to the client!
# 36 bank account hacked
fr situation h | Des paiements partent de ma carte en ce moment même, je les vois défiler !
+ en situation h | Payments are going out on my card right now, I can watch them come through!
fr situation h | On est en train de vider mon compte, deux mille euros déjà partis !
+ en situation h | Someone's emptying my account, two grand gone already!
# 37 bag or phone snatched
fr situation h | On vient de m'arracher mon sac, mes papiers et mes clés sont dedans !
+ en situation h | Someone just snatched my bag, my ID and keys were in it!
fr situation h | Mon natel a disparu de ma poche dans le tram, il y a toute ma vie dedans !
+ en situation h | My phone's gone from my pocket on the tram, my whole life's on it!
# 38 mugged
fr situation h | Deux mecs avec un couteau me demandent mon portefeuille !
+ en situation h | Two guys with a knife are demanding my wallet!
fr situation h | On m'agresse dans le parking, aidez-moi !
+ en situation h | I'm being attacked in the car park, help me!
# 39 shooting, lockdown
fr situation h | Des coups de feu dans la rue, tout le monde se jette par terre !
+ en situation h | Gunshots in the street, everyone's throwing themselves to the ground!
fr situation h | Confinement à l'école, alerte intrusion, on est cachés sous les tables !
+ en situation h | School lockdown, intruder alert, we're hiding under the desks!
# 40 stroke signs
fr situation h | La bouche de maman tombe d'un côté et elle parle plus normalement !
+ en situation h | Mum's mouth is drooping on one side and her speech is slurred!
fr situation h | Mon bras droit ne répond plus et j'arrive pas à former mes mots !
+ en situation h | My right arm won't move and I can't get my words out!
# 41 seizure
fr situation h | Un homme fait une crise d'épilepsie sur le quai, il tremble par terre !
+ en situation h | A man's having a seizure on the platform, he's convulsing on the ground!
fr situation h | Mon fils convulse sur le tapis, je sais pas quoi faire !
+ en situation h | My son's fitting on the rug, I don't know what to do!
# 42 diabetic hypo
fr situation h | Hypo sévère, mon fils diabétique est en sueur et il délire !
+ en situation h | Bad hypo, my diabetic son's sweaty and talking nonsense!
fr situation h | Ma glycémie est à 0,40, je tremble et je vois flou !
+ en situation h | My blood sugar's crashed to 2.2, I'm shaking and my vision's blurry!
# 43 wasp sting, snake bite
fr situation h | Piqué par une guêpe dans la bouche, ma langue enfle !
+ en situation h | Stung by a wasp in my mouth, my tongue's swelling up!
fr situation h | Un serpent vient de mordre mon chien dans le jardin !
+ en situation h | A snake's just bitten my dog in the garden!
# 44 bat or bird in the bedroom
fr situation h | Une chauve-souris est entrée par la fenêtre ouverte et fait des cercles au plafond ! Allume tout !
+ en situation h | A bat's flown in through the open window and it's circling the ceiling! Everything on!
fr situation h | Un pigeon est entré dans la cuisine et se cogne partout en paniquant !
+ en situation h | A pigeon's got into the kitchen and it's crashing into everything!
# 45 spider, rat
fr situation h | Une araignée énorme vient de me courir sur le bras !
+ en situation h | A massive spider just ran up my arm!
fr slang_emoji h | UN RAT DANS LA CUISINE 😱😱 au secours
+ en slang_emoji h | THERE'S A RAT IN THE KITCHEN 😱😱 help
# 46 boat capsizing, man overboard
fr situation h | Le kayak s'est retourné, mon frère est coincé dessous !
+ en situation h | The kayak's flipped over and my brother's stuck underneath!
fr situation h | Un homme à la mer ! Il a glissé du voilier et on le voit plus !
+ en situation h | Man overboard! He slipped off the sailboat and we've lost sight of him!
# 47 rip current
fr situation h | Le courant m'emporte vers le large, j'ai plus pied !
+ en situation h | The current's pulling me out to sea, I can't touch the bottom!
fr situation h | Ma fille est aspirée par la baïne, elle fait des signes au loin !
+ en situation h | My daughter's caught in a rip, she's waving way out there!
# 48 avalanche
fr situation h | Avalanche sur la piste, mon copain a disparu sous la neige !
+ en situation h | Avalanche on the slope, my mate's been buried under the snow!
fr situation h | Toute la pente a cédé au-dessus de nous, ça descend sur nous !
+ en situation h | The whole slope above us has given way, it's coming down on us!
# 49 ice cracking
fr situation h | La glace du lac cède, le chien est tombé dans l'eau gelée !
+ en situation h | The ice on the lake has broken, the dog's fallen into the freezing water!
fr situation h | Des fissures partout sous mes patins, je suis à vingt mètres de la berge !
+ en situation h | Cracks spreading under my skates and I'm twenty metres from the bank!
# 50 labour starting early
fr situation h | J'ai perdu les eaux dans le taxi, le bébé arrive à 32 semaines !
+ en situation h | My waters broke in the taxi, the baby's coming at 32 weeks!
fr situation h | Ma femme accouche dans la voiture, on est bloqués dans les bouchons !
+ en situation h | My wife's giving birth in the car and we're stuck in traffic!
# 51 bleeding during pregnancy
fr situation h | Enceinte de cinq mois et je saigne beaucoup, là, tout de suite !
+ en situation h | Five months pregnant and I'm bleeding heavily, right now!
fr situation h | Ma compagne enceinte s'est effondrée avec des douleurs au ventre !
+ en situation h | My pregnant partner's collapsed with stomach pains!
# 52 friend passed out at a party
fr situation h | Mon pote est tombé dans le coma éthylique à la soirée, il se réveille pas !
+ en situation h | My mate's passed out drunk at the party and we can't wake him!
fr slang_emoji h | wsh la meuf respire à peine dans la salle de bain 😰 on fait quoi
+ en slang_emoji h | bro she's barely breathing in the bathroom 😰 what do we do
# 53 stage fright, blank on stage
fr situation h | Trou noir total au milieu de mon discours, deux cents personnes me fixent !
+ en situation h | Total blank in the middle of my speech, two hundred people staring at me!
fr situation h | C'est mon tour au récital et mes mains tremblent trop pour jouer !
+ en situation h | It's my turn at the recital and my hands are shaking too much to play!
# 54 train leaves with child on the platform
fr situation h | Le train démarre et mon fils est resté sur le quai !
+ en situation h | The train's pulling out and my son's still on the platform!
fr situation h | Les portes du métro se sont fermées entre moi et ma fille !
+ en situation h | The Tube doors have shut with me on one side and my daughter on the other!
# 55 parent with dementia wandered off
fr situation h | Papi est sorti en pyjama dans la nuit, il est introuvable !
+ en situation h | Grandad's wandered out in his pyjamas in the night, we can't find him!
fr situation h | Ma mère Alzheimer a disparu de l'EHPAD, la porte était ouverte !
+ en situation h | My mum with Alzheimer's has gone missing from the care home, the door was open!
# 56 carbon monoxide
fr situation h | Le détecteur de monoxyde sonne et on a tous mal à la tête !
+ en situation h | The carbon monoxide alarm's going and we've all got headaches!
fr typo h | alarme CO qui sonne tt le monde dehors vite vite
+ en typo h | CO alarm going off evry1 out now quick
# 57 burned
fr situation h | Je me suis renversé l'eau bouillante des pâtes sur la jambe !
+ en situation h | I've tipped the boiling pasta water all down my leg!
fr situation h | Le petit a touché la porte du four, sa main est brûlée et cloque déjà !
+ en situation h | The little one touched the oven door, his hand's burnt and already blistering!
# 58 electric shock
fr situation h | Mon mari s'est pris le jus en changeant la lampe, il est resté collé !
+ en situation h | My husband got electrocuted changing the light fitting, he couldn't let go!
fr situation h | Grosse décharge en touchant la machine à laver, mon bras est tout engourdi !
+ en situation h | Huge shock off the washing machine, my whole arm's gone numb!
# 59 bike fall, brakes gone
fr situation h | Ma trottinette a plus de frein en pleine descente vers le carrefour !
+ en situation h | My scooter's got no brakes going downhill towards the junction!
fr situation h | Je suis tombé de vélo, j'ai la clavicule qui dépasse !
+ en situation h | I've come off my bike and my collarbone's sticking out!
# 60 tyre blowout
fr situation h | Un pneu vient d'éclater à 130 sur l'autoroute, la voiture zigzague !
+ en situation h | A tyre's just blown at seventy on the motorway, the car's swerving all over!
fr typo h | crevaison sur lautoroute les camions nous frolent au secour
+ en typo h | blowout on the motorway lorries missing us by inches hlep
# 61 car coming the wrong way
fr situation h | Une voiture arrive à contresens en face de nous, pleins phares !
+ en situation h | A car's coming straight at us on the wrong side, headlights blazing!
fr situation h | Un camion déboîte sur notre voie, on va se le prendre !
+ en situation h | A lorry's swerving into our lane, it's going to hit us!
# 62 power cut with a medical machine
fr situation h | Le courant a sauté et le concentrateur d'oxygène de grand-père s'est tu ! Une lampe, vite !
+ en situation h | The electricity's tripped and Grandad's oxygen concentrator has gone silent! A lamp, quick!
fr situation h | Plus d'électricité, la pompe à insuline de ma fille bipe en continu !
+ en situation h | The power's out and my daughter's insulin pump won't stop beeping!
# 63 lightning on a ridge
fr situation h | La foudre tombe tout autour de nous sur la crête, on est à découvert !
+ en situation h | Lightning's striking all around us on the ridge and we've got no cover!
fr situation h | Orage en haute montagne, nos cheveux se dressent et les bâtons grésillent !
+ en situation h | Storm up the mountain, our hair's standing on end and the poles are buzzing!
# 64 wildfire evacuation
fr situation h | Le feu de forêt arrive sur le lotissement, on doit partir maintenant !
+ en situation h | The bushfire's reaching the estate, we have to leave now!
fr situation h | Ordre d'évacuer, les flammes sont au bout de la rue et le ciel est orange !
+ en situation h | Evacuation order, the flames are at the end of the street and the sky's orange!
# 65 crowd crush
fr situation h | Mouvement de foule au concert, on m'écrase contre la barrière !
+ en situation h | Crowd surge at the gig, I'm being crushed against the barrier!
fr situation h | Bousculade à la sortie du stade, ma fille est tombée et les gens poussent !
+ en situation h | Stampede leaving the stadium, my daughter's fallen and people keep pushing!
# 66 plane emergency landing
fr situation h | Le moteur gauche est en feu, on se met en position de sécurité !
+ en situation h | The left engine's on fire, we're adopting the brace position!
fr situation h | Atterrissage d'urgence annoncé, les hôtesses courent dans l'allée !
+ en situation h | Emergency landing announced, the cabin crew are running down the aisle!
# 67 baby fell off the changing table
fr situation h | Le bébé est tombé de la table à langer, il a une bosse énorme !
+ en situation h | The baby's rolled off the changing table, he's got a huge lump!
fr situation h | Je me suis retournée une seconde et ma fille a chuté du lit sur le carrelage !
+ en situation h | I turned round for one second and my baby fell off the bed onto the tiles!
# 68 button battery, magnet
fr situation h | Mon fils a avalé une pile de la télécommande !
+ en situation h | My son's swallowed a battery from the remote!
fr typo h | ma fille a avalé des aimants du jeu urgences vite
+ en typo h | my daugter swallowed magnets from her toy A&E now
# 69 ransomware at work
fr situation h | Un rançongiciel chiffre tous les serveurs de la boîte en direct !
+ en situation h | Ransomware is encrypting every server in the company as we speak!
fr situation h | Tous les écrans de l'hôpital affichent une demande de rançon !
+ en situation h | Every screen in the hospital is showing a ransom demand!
# 70 child on a window ledge
fr situation h | Ma fille est montée sur la rambarde du balcon au quatrième !
+ en situation h | My daughter's climbed up on the balcony railing on the fourth floor!
fr situation h | Le petit a ouvert la fenêtre et il a une jambe dehors !
+ en situation h | The toddler's opened the window and he's got one leg outside!
# explicit: the feeling named in everyday words
fr explicit h | Je panique complètement, je sais plus où j'en suis !
+ en explicit h | I'm totally freaking out, my head's all over the place!
fr explicit h | J'ai tellement la trouille que mes jambes me portent plus.
+ en explicit h | I'm so frightened my legs won't hold me up.
fr explicit h | C'est la panique générale à la maison !
+ en explicit h | It's total panic in the house!
fr explicit h | Je suis terrorisée, mon cœur va lâcher.
+ en explicit h | I'm terrified, my heart's about to give out.
fr explicit h | Chu en train de capoter solide, j'ai peur en maudit !
+ en explicit h | I'm losing it big time, I'm scared to death!
fr explicit h | Alerte rouge dans ma tête, je suis affolé.
+ en explicit h | Red alert in my head, I'm in a blind panic.
# negation
fr negation h | On parle pas d'un petit souci : la maison du voisin brûle, là, maintenant !
+ en negation h | This isn't some little worry: next door's house is burning, right now!
fr negation h | Laisse tomber la colère, j'ai la peur de ma vie : le petit respire plus !
+ en negation h | Forget angry, I'm terrified: the baby's stopped breathing!
fr negation h | Non, je ne me calme pas, la voiture glisse vers le ravin !
+ en negation h | No, I won't calm down, the car's sliding towards the drop!
# mixed
fr mixed h | Un peu honteuse, mais surtout affolée : j'ai brûlé la cuisine et ça fume encore !
+ en mixed h | A bit embarrassed, but mostly panicking: I've set the kitchen alight and it's still smoking!
fr mixed h | Furieux contre le chauffard, mais surtout paniqué : mon fils saigne du nez et ne répond pas !
+ en mixed h | Furious at the driver, but mostly panicking: my son's nose is bleeding and he won't answer!
fr mixed h | Crevée après la garde, et là terrifiée : ma fille a une fièvre de cheval et convulse !
+ en mixed h | Exhausted after my shift, and now terrified: my daughter's burning up and fitting!
# wish
fr wish h c=white b=bright | Quelqu'un tape à la fenêtre en pleine nuit ! Blanc, à fond, partout !
+ en wish h c=white b=bright | Someone's banging on the window in the middle of the night! White, full blast, everywhere!
fr wish h c=red;white b=bright | Les flammes sortent de l'abri de jardin ! Rouge et blanc, toutes les lampes au max !
+ en wish h c=red;white b=bright | Flames are coming out of the garden shed! Red and white, every lamp at max!
fr wish h c=cool_white b=bright | Crise de panique, je vois plus rien : blanc froid, plein pot !
+ en wish h c=cool_white b=bright | Panic attack, I can't see a thing: cool white, full whack!
# more fast typing and texting
fr typo h | o secour le four crache des flames
+ en typo h | hlep the ovens shooting out flmaes
fr slang_emoji h | frr le plafond s'effondre 😭😭 on sort
+ en slang_emoji h | bro the ceiling's caving in 😭😭 we're getting out
fr slang_emoji h | ya un mec chelou qui essaie d'ouvrir ma porte 😨🚨
+ en slang_emoji h | some creepy guy's trying my door 😨🚨
"""

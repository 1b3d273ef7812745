"""panique: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation h | Le bébé s'étouffe avec un morceau de pomme, il devient tout rouge !
+ en situation h | The baby's choking on a piece of apple, he's going red!
fr situation h | De la fumée noire sort de sous la porte du garage ! Allume toutes les lumières !
+ en situation h | Black smoke is pouring out from under the garage door! Turn every light on!
fr situation h | Je ne vois plus mon fils dans le supermarché, il était à côté de moi il y a deux secondes !
+ en situation h | I can't see my son anywhere in the supermarket, he was right next to me two seconds ago!
fr situation h | L'eau gicle du tuyau sous l'évier et je ne trouve pas le robinet d'arrivée !
+ en situation h | Water's spraying out of the pipe under the sink and I can't find the stopcock!
fr situation h | Ça sent le gaz dans toute la cuisine, l'odeur est énorme !
+ en situation h | The whole kitchen reeks of gas, the smell is overpowering!
fr situation h | La poêle a pris feu et les flammes montent jusqu'à la hotte !
+ en situation h | The frying pan's gone up and the flames are reaching the hood!
fr situation h | Quelqu'un essaie d'ouvrir la porte d'entrée, j'entends la poignée bouger ! Lumières à fond, vite !
+ en situation h | Someone's trying the front door, I can hear the handle moving! All lights on, now!
fr situation h | Mon père vient de s'effondrer dans le salon et il ne répond plus !
+ en situation h | My dad just collapsed in the living room and he's not responding!
fr situation h | Je suis coincée dans l'ascenseur entre deux étages et la lumière vient de s'éteindre.
+ en situation h | I'm stuck in the lift between two floors and the light just went out.
fr situation h | Le chien s'est sauvé et il court droit vers la nationale !
+ en situation h | The dog's bolted and he's running straight for the main road!
fr situation h | L'embarquement ferme dans cinq minutes et mon passeport n'est plus dans mon sac !
+ en situation h | Boarding closes in five minutes and my passport isn't in my bag!
fr situation h | Piquée par une guêpe, ma gorge gonfle et j'ai de plus en plus de mal à respirer.
+ en situation h | Stung by a wasp, my throat's swelling up and it's getting harder to breathe.
fr situation h | Le tableau électrique crépite et des étincelles sortent du compteur !
+ en situation h | The fuse box is crackling and sparks are flying out of the meter!
fr situation h | L'alarme incendie hurle dans tout l'immeuble et la cage d'escalier est pleine de fumée.
+ en situation h | The fire alarm is blaring through the whole building and the stairwell is full of smoke.
fr situation h | La rivière vient d'entrer dans le salon, l'eau monte à vue d'œil ! Allume en grand !
+ en situation h | The river's just come into the living room, the water's rising by the second! Full lights!
fr situation h | Ma fille a avalé les cachets qui traînaient sur ma table de nuit, je ne sais pas combien !
+ en situation h | My daughter's swallowed the pills from my bedside table, I don't know how many!
fr situation h | Le serveur est tombé en plein lancement, des milliers de clients bloqués, et tous les téléphones sonnent en même temps !
+ en situation h | The server's gone down mid-launch, thousands of customers locked out, and every phone is ringing at once!
fr situation h | Il reste dix minutes pour rendre le mémoire et l'ordi vient de s'éteindre sans sauvegarder !
+ en situation h | Ten minutes left to hand in my dissertation and the laptop just died without saving!
fr situation h | Il y a un serpent enroulé au fond de la baignoire !
+ en situation h | There's a snake coiled up in the bottom of the bathtub!
fr situation h | Le cœur qui cogne, les mains qui tremblent, je n'arrive plus à reprendre mon souffle et ça ne s'arrête pas.
+ en situation h | Heart pounding, hands shaking, I can't get my breath back and it won't stop.
fr situation h | Le bébé a 40,5 de fièvre et il ne réagit presque plus quand je lui parle !
+ en situation h | The baby's at 40.5 and he barely reacts when I talk to him!
fr situation h | La tempête vient d'arracher un morceau du toit, la pluie tombe dans la chambre des enfants !
+ en situation h | The storm's just ripped off part of the roof, rain's coming into the kids' bedroom!
fr situation h | La voiture s'est verrouillée toute seule avec le bébé dedans, en plein soleil !
+ en situation h | The car's locked itself with the baby inside, in full sun!
fr situation h | Ma mère m'appelle en hurlant qu'il y a quelqu'un dans sa maison ! Allume partout, je cherche mes clés de voiture !
+ en situation h | My mum's on the phone screaming that there's someone in her house! Lights everywhere, I need my car keys!
fr situation h | Tout tremble, les verres tombent des étagères, c'est un séisme ! Lumières !
+ en situation h | Everything's shaking, glasses are falling off the shelves, it's an earthquake! Lights!
fr situation h | Mon fils de deux ans est grimpé sur le rebord de la fenêtre ouverte, au troisième !
+ en situation h | My two-year-old has climbed onto the ledge of the open window, three floors up!
fr situation h | L'avion vient de plonger d'un coup et les masques à oxygène sont tombés !
+ en situation h | The plane just dropped out of nowhere and the oxygen masks have come down!
fr situation h | La baby-sitter m'appelle : ma fille est tombée dans l'escalier et elle saigne beaucoup de la tête !
+ en situation h | The babysitter's calling: my daughter fell down the stairs and her head is bleeding badly!
fr situation h | Il y a un inconnu dans le jardin avec une lampe torche, il regarde par les fenêtres ! Allume tout dehors !
+ en situation h | There's a stranger in the garden with a torch, looking in through the windows! Put all the outside lights on!
fr situation h | Perdu en forêt, la nuit tombe, et mon téléphone est à 2 % !
+ en situation h | Lost in the woods, it's getting dark, and my phone's on 2%!
fr situation h | L'hôpital vient d'appeler : mon mari est aux urgences après un accident, je ne sais rien d'autre !
+ en situation h | The hospital just rang: my husband's in A&E after an accident, that's all I know!
fr situation h | Le poney s'est emballé et fonce vers la route avec ma fille sur le dos !
+ en situation h | The pony's bolted and is charging towards the road with my daughter on its back!
fr situation h | Les enfants jouent dans la piscine et je ne vois plus le petit !
+ en situation h | The kids are in the pool and I can't see the little one anymore!
fr situation h | La haie du voisin est en flammes et le feu arrive sur notre terrasse en bois !
+ en situation h | The neighbour's hedge is ablaze and the fire's reaching our wooden deck!
fr situation h | Le chat vient de tomber du balcon du cinquième !
+ en situation h | The cat just fell off the fifth-floor balcony!
fr situation h | Ma poitrine est serrée comme dans un étau et j'ai le bras gauche tout engourdi !
+ en situation h | My chest feels like it's in a vice and my left arm's gone numb!
fr situation h | Je passe devant le comité dans deux minutes et la clé USB est vide !
+ en situation h | I'm up in front of the board in two minutes and the USB stick is empty!
fr situation h | Un essaim de guêpes sort du mur de la chambre, il y en a partout ! La lumière du couloir !
+ en situation h | A swarm of wasps is coming out of the bedroom wall, they're everywhere! Hall light on!
fr situation h | Le réveil n'a pas sonné et l'examen commence dans vingt minutes à l'autre bout de la ville !
+ en situation h | The alarm didn't go off and the exam starts in twenty minutes on the other side of town!
fr situation h | Coupure de courant, et la machine respiratoire de mon père vient de s'arrêter ! Il me faut de la lumière !
+ en situation h | Power cut, and my dad's breathing machine just stopped! I need light!
fr situation h | Je me suis ouvert le pouce jusqu'à l'os avec le cutter, le sang gicle partout !
+ en situation h | I've cut my thumb to the bone with the Stanley knife, blood's spurting everywhere!
fr situation h | Le brouillard est tombé d'un coup, on ne voit plus le sentier et on est au bord de la falaise !
+ en situation h | The fog came down all at once, we can't see the path and we're right by the cliff edge!
fr situation h | Le ballon d'eau chaude a lâché, le parquet est noyé et ça coule déjà chez les voisins du dessous !
+ en situation h | The hot water tank's burst, the floor's flooded and it's already dripping into the flat below!
fr situation h | Mon fils n'est pas sorti de l'école, la maîtresse dit qu'il est parti avec « un monsieur » !
+ en situation h | My son didn't come out of school, the teacher says he left with "a man"!
fr situation h | Maman a disparu de la maison, la porte est grande ouverte et elle ne sait plus où elle habite !
+ en situation h | Mum's gone from the house, the door's wide open and she doesn't remember where she lives!
fr situation h | La foudre est tombée sur la maison, tout a sauté et ça sent le brûlé dans les murs !
+ en situation h | Lightning hit the house, everything's blown and there's a burning smell in the walls!
fr situation h | Le chien a mangé une tablette entière de chocolat noir et il tremble de partout !
+ en situation h | The dog's eaten a whole bar of dark chocolate and he's shaking all over!
fr situation h | Les portes du train se ferment et ma fille de six ans est restée sur le quai !
+ en situation h | The train doors are closing and my six-year-old is still on the platform!
fr situation h | Mon coéquipier vient de s'écrouler sur le terrain en plein match, il ne bouge plus !
+ en situation h | My teammate just collapsed on the pitch mid-game and he's not moving!
fr situation h | Mon fils est emporté par le courant, il s'éloigne de la plage et je ne le vois presque plus !
+ en situation h | My son's being dragged out by the current, he's drifting away from the beach and I can barely see him!
fr situation h | Je monte sur scène dans trente secondes et j'ai un trou noir total, plus un mot de la chanson !
+ en situation h | I'm on stage in thirty seconds and my mind's gone completely blank, not one word of the song!
fr situation h | Je viens d'effacer le dossier de tout le projet, la corbeille est vide et on livre ce soir !
+ en situation h | I just deleted the whole project folder, the bin's empty and we deliver tonight!
fr situation h | Mon compte se vide sous mes yeux, les virements partent vers un compte inconnu en ce moment même !
+ en situation h | My account is being drained in front of me, transfers are going out to an unknown account right now!
fr situation h | L'avion décolle dans trois heures et je découvre que mon passeport est périmé !
+ en situation h | The plane takes off in three hours and I've just realised my passport's expired!
fr situation h | Les sirènes hurlent, une tornade arrive dans dix minutes et on n'a pas de cave !
+ en situation h | Sirens are wailing, a tornado hits in ten minutes and we've got no basement!
fr situation h | Mamie est tombée dans la salle de bain, elle ne peut plus se relever et ses yeux se ferment !
+ en situation h | Gran's fallen in the bathroom, she can't get up and her eyes keep closing!
fr situation h | Le plafond de la cuisine s'affaisse, ça craque de partout !
+ en situation h | The kitchen ceiling's sagging, it's creaking all over!
fr situation h | La perceuse a touché un câble, il y a eu un flash et ça fume dans le mur !
+ en situation h | The drill hit a cable, there was a flash and now smoke's coming out of the wall!
fr situation h | La tronçonneuse a dérapé, ma jambe saigne à travers le jean !
+ en situation h | The chainsaw slipped, my leg's bleeding through my jeans!
fr situation h | Mon fils a la tête coincée entre les barreaux de la rambarde et il hurle !
+ en situation h | My son's got his head stuck between the banister rails and he's screaming!
fr situation h | Je vois double d'un coup et la moitié de mon visage ne répond plus.
+ en situation h | I'm suddenly seeing double and half my face won't move.
fr situation h | Pneu éclaté, on est sur la bande d'arrêt d'urgence avec les enfants et les camions nous frôlent !
+ en situation h | Blown tyre, we're on the hard shoulder with the kids and the lorries are skimming past us!
fr situation h | Un inconnu m'écrit qu'il a mes photos, qu'il connaît mon adresse et qu'il est en bas de chez moi. Allume toutes les pièces !
+ en situation h | A stranger is texting that he has my photos, knows my address and is downstairs right now. Light up every room!
fr situation h | Le bateau prend l'eau, le moteur a calé et la côte est encore loin !
+ en situation h | The boat's taking on water, the engine's died and the shore is still miles off!
fr situation h | Réveillée par un bruit de verre brisé en bas, et maintenant j'entends des pas dans l'entrée. Allume tout en bas !
+ en situation h | Woken by the sound of breaking glass downstairs, and now there are footsteps in the hall. Turn on everything downstairs!
fr situation h | Mon fils a mangé une cacahuète à l'anniversaire, ses lèvres gonflent et le stylo d'adrénaline est resté à la maison !
+ en situation h | My son ate a peanut at the party, his lips are swelling and the EpiPen is at home!
fr situation h | Le bébé fait des pauses bizarres en respirant dans son sommeil ! Lumière dans sa chambre, vite !
+ en situation h | The baby keeps stopping breathing for a few seconds in his sleep! Light in the nursery, quick!
fr situation h | Avalanche ! La neige vient de partir juste au-dessus de nous !
+ en situation h | Avalanche! The snow's just broken loose right above us!
fr situation h | Toutes les alarmes de la maison sonnent en même temps et la porte refuse de se déverrouiller !
+ en situation h | Every alarm in the house is going off at once and the door won't unlock!
fr situation h | Je suis enfermé dans la chambre froide du resto, la poignée intérieure est cassée.
+ en situation h | I'm locked in the restaurant's walk-in freezer and the inside handle's broken.
fr situation h | J'entends miauler dans le moteur, et mon mari vient de démarrer la voiture !
+ en situation h | I can hear meowing from inside the engine, and my husband's just started the car!
fr situation h | Ma fille vient d'avaler une pile bouton !
+ en situation h | My daughter's just swallowed a button battery!
fr situation h | Le feu de cheminée est parti dans le conduit, ça ronfle et des braises tombent sur le tapis ! Lumière, vite !
+ en situation h | The chimney's caught fire, it's roaring and embers are dropping on the rug! Lights, quick!
fr situation h | Le store s'est bloqué, ça sent le moteur brûlé, et mon fils a le bras coincé dedans !
+ en situation h | The blind's jammed, the motor's smelling of burning, and my son's arm is caught in it!
fr situation h | Mon vélo n'a plus de freins et je suis en pleine descente !
+ en situation h | My bike's got no brakes and I'm halfway down a steep hill!
fr situation h | Un chien énorme sans laisse fonce sur la poussette en aboyant !
+ en situation h | A huge dog off its lead is charging at the pushchair, barking!
fr situation h | Je me suis trompée de médicament, je viens de donner au petit la dose d'adulte !
+ en situation h | I gave the little one the wrong medicine, I just gave him an adult dose!
fr situation h | On vient de recevoir l'alerte : rupture du barrage en amont, évacuation immédiate !
+ en situation h | We've just had the alert: the dam upstream has failed, evacuate now!
fr situation h | Le radiateur électrique fume et l'odeur de plastique fondu envahit la chambre du bébé.
+ en situation h | The electric heater is smoking and the smell of melting plastic is filling the baby's room.
fr situation h | Ma mère ne répond plus au téléphone en plein milieu de la phrase, j'ai juste entendu un bruit de chute !
+ en situation h | Mum stopped talking mid-sentence on the phone, all I heard was a thud!
fr situation h | Mon fils de quatre ans a ouvert la porte d'entrée et il est déjà au milieu de la rue !
+ en situation h | My four-year-old opened the front door and he's already in the middle of the street!
fr situation h | Je me réveille, la chambre est pleine de fumée et la porte est brûlante !
+ en situation h | I wake up, the room's full of smoke and the door is hot to the touch!
fr situation h | La glace craque sous les pieds de mon frère au milieu de l'étang !
+ en situation h | The ice is cracking under my brother's feet in the middle of the pond!
fr situation h | Le grand vient de renverser la casserole d'eau bouillante sur son bras !
+ en situation h | My eldest just tipped the pan of boiling water over his arm!
fr situation h | Le bus de l'équipe a quitté la route, on est couchés sur le côté et ça sent l'essence !
+ en situation h | The team bus has gone off the road, we're on our side and there's a smell of petrol!
fr situation h | Mes lunettes, mes clés, mon téléphone, tout est tombé dans le ravin et je suis seule au sommet avec l'orage qui arrive !
+ en situation h | My glasses, keys and phone all went over the edge and I'm alone on the summit with the storm rolling in!
fr situation h | Le cheval s'est couché dans le box et se roule de douleur, le véto ne décroche pas ! Allume l'écurie !
+ en situation h | The horse has gone down in the stable and is rolling in pain, the vet isn't picking up! Lights on in the barn!
fr situation h | Le chauffeur du car s'est évanoui au volant et le car roule encore !
+ en situation h | The coach driver has passed out at the wheel and we're still moving!
fr situation h | Les pompiers nous disent d'évacuer tout de suite, le feu de forêt est à deux kilomètres !
+ en situation h | The fire brigade is telling us to get out now, the wildfire's two kilometres away!
fr situation h | J'ai démarré la friteuse, elle a débordé et l'huile brûle sur les plaques ! Toutes les lumières, vite !
+ en situation h | I turned on the deep fryer, it boiled over and the oil's burning on the hob! Every light, quick!
fr situation h | Ma petite sœur ne remonte pas à la surface du lac depuis qu'elle a plongé !
+ en situation h | My little sister hasn't come back up since she dived into the lake!
fr situation h | Mon fils vient de se faire mordre par une vipère dans les hautes herbes !
+ en situation h | My son's just been bitten by an adder in the long grass!
fr situation h | La voiture a reculé toute seule dans la pente, et il n'y a personne dedans !
+ en situation h | The car's rolling backwards down the slope on its own with nobody in it!
# explicit
fr explicit h | Je perds complètement les pédales, je ne sais plus quoi faire !
+ en explicit h | I'm completely losing it, I don't know what to do!
fr explicit h | Mon cœur va exploser, je fais une crise d'angoisse là, maintenant.
+ en explicit h | My heart's about to burst, I'm having a panic attack right now.
fr explicit h | Je suis pétrifiée de terreur, je n'arrive plus à bouger.
+ en explicit h | I'm frozen with terror, I can't move.
fr explicit h | C'est la panique totale ici, tout le monde court dans tous les sens !
+ en explicit h | It's total panic here, everyone's running in every direction!
fr explicit h | J'ai la trouille de ma vie, là, tout de suite.
+ en explicit h | I'm scared out of my mind, right this second.
fr explicit h | Je suis en train de perdre le contrôle, j'ai besoin d'aide !
+ en explicit h | I'm losing control, I need help!
fr explicit h | Au secours, je suis terrorisée, faites quelque chose !
+ en explicit h | Help, I'm petrified, somebody do something!
fr explicit h | Je tremble de tout mon corps, je suis complètement affolé.
+ en explicit h | I'm shaking all over, I'm in a total state of alarm.
fr explicit h | C'est l'affolement général, sauve qui peut !
+ en explicit h | Everyone's panicking, every man for himself!
fr explicit h | Je suis en mode alerte rouge, j'ai le souffle coupé par la frousse.
+ en explicit h | I'm on red alert, the fright's knocked the wind out of me.
fr explicit h | Je suis morte de peur, il y a urgence !
+ en explicit h | I'm frightened to death, this is an emergency!
fr explicit h | Je panique, je panique, je n'arrive plus à réfléchir.
+ en explicit h | I'm panicking, I'm panicking, I can't think straight.
# negation
fr negation h | Ce n'est plus de l'inquiétude, là c'est la panique : il y a le feu !
+ en negation h | This isn't worry anymore, this is panic: there's a fire!
fr negation h | Je ne suis pas calme du tout, l'eau entre de partout dans la maison !
+ en negation h | I am not calm at all, water's pouring in everywhere!
fr negation h | Non, je ne suis pas en colère, je suis terrifié : quelqu'un force la porte !
+ en negation h | No, I'm not angry, I'm terrified: someone's forcing the door!
fr negation h | C'est pas du stress, c'est la panique complète, je ne retrouve plus ma fille !
+ en negation h | It's not stress, it's full-on panic, I can't find my daughter!
fr negation h | Rien à voir avec du suspense, on est vraiment en danger, là !
+ en negation h | This is nothing like suspense, we are actually in danger right now!
fr negation h | Impossible de respirer calmement, tout tremble autour de moi !
+ en negation h | I can't breathe slowly, everything around me is shaking!
fr negation h | Pas le moment de se détendre : l'alarme sonne et ça sent le brûlé !
+ en negation h | No time to relax: the alarm's going off and something's burning!
fr negation h | Je ne suis pas juste un peu inquiet, je suis en train de perdre complètement pied !
+ en negation h | I'm not just a bit worried, I'm completely losing my grip!
# mixed
fr mixed h | J'étais énervé contre mon frère, mais là je suis terrifié : il ne répond plus et sa voiture est dans le fossé !
+ en mixed h | I was furious with my brother, but now I'm terrified: he's not answering and his car's in the ditch!
fr mixed h | Un peu honteux de l'avouer, mais surtout complètement paniqué : je suis coincé sur le toit et l'échelle est tombée.
+ en mixed h | Bit embarrassing to admit, but mostly I'm panicking: I'm stuck on the roof and the ladder's fallen.
fr mixed h | De la colère contre le plombier, et surtout la panique : l'eau arrive au tableau électrique !
+ en mixed h | Angry at the plumber, and above all panicking: the water's reaching the fuse box!
fr mixed h | J'étais tout content de partir en vacances, et là c'est l'affolement : le chien a disparu sur l'aire d'autoroute !
+ en mixed h | I was so happy to be off on holiday, and now it's chaos: the dog's vanished at the motorway services!
fr mixed h | Épuisée, mais surtout terrifiée : le bébé a du mal à respirer.
+ en mixed h | Exhausted, but mostly terrified: the baby's struggling to breathe.
fr mixed h | Gênée devant tout le monde, mais surtout affolée : ma fille fait une grosse réaction allergique au restaurant !
+ en mixed h | Embarrassed in front of everyone, but mostly frantic: my daughter's having a bad allergic reaction in the restaurant!
fr mixed h | Je rêvassais au volant et d'un coup le camion devant pile, mon cœur cogne encore à tout rompre, je n'arrive pas à me calmer !
+ en mixed h | I was daydreaming at the wheel and suddenly the lorry in front slammed on its brakes, my heart's still hammering and I can't calm down!
fr mixed h | Furieuse contre moi-même d'avoir laissé la fenêtre ouverte, mais surtout affolée : le chat est sur la corniche du sixième !
+ en mixed h | Furious with myself for leaving the window open, but mostly frantic: the cat's out on the sixth-floor ledge!
# long
fr long h | J'allais juste sortir la poubelle. La porte a claqué derrière moi. Le bébé est seul à l'intérieur et la casserole est sur le feu !
+ en long h | I was only taking the bin out. The door slammed shut behind me. The baby's alone inside and the pan is on the stove!
fr long h | On se promenait au marché. Je me suis retournée pour payer. Ma fille n'est plus là. Je crie son nom et personne ne répond !
+ en long h | We were walking round the market. I turned to pay. My daughter's gone. I'm shouting her name and nobody answers!
fr long h | Le détecteur a sonné à trois heures du matin. J'ouvre la porte de la chambre : le couloir est noir de fumée. Les enfants dorment au bout !
+ en long h | The detector went off at 3 am. I open the bedroom door: the hallway is black with smoke. The kids are asleep at the far end!
fr long h | Je rentre du boulot. La porte est fracturée. Il y a de la lumière à l'étage et j'entends bouger !
+ en long h | I get home from work. The door's been forced. There's a light on upstairs and I can hear someone moving!
fr long h | Une petite toux d'abord. Puis plus un son. Mon fils se tient la gorge et ses lèvres deviennent bleues !
+ en long h | A little cough at first. Then not a sound. My son's clutching his throat and his lips are turning blue!
fr long h | L'orage a commencé il y a une heure. L'eau passe sous la porte. Maintenant elle monte dans l'escalier de la cave et le courant clignote !
+ en long h | The storm started an hour ago. Water's coming under the door. Now it's climbing the cellar stairs and the power keeps flickering!
fr long h | On était au milieu du lac en kayak. Le vent s'est levé d'un coup. Le kayak de ma fille s'est retourné et je ne la vois pas remonter !
+ en long h | We were out in the middle of the lake in kayaks. The wind picked up out of nowhere. My daughter's kayak flipped and I can't see her coming up!
fr long h | Je me suis levée pour boire un verre d'eau. Tout est devenu flou. Maintenant je n'arrive plus à bouger le bras droit !
+ en long h | I got up for a glass of water. Everything went blurry. Now I can't move my right arm!
# intensity
fr intensity l | Petit coup de panique : le train part dans deux minutes et je suis encore au guichet.
+ en intensity l | Mini panic: the train leaves in two minutes and I'm still at the ticket desk.
fr intensity l | Léger vent de panique, le gâteau brûle et les invités sonnent à la porte.
+ en intensity l | A flash of panic, the cake's burning and the guests are ringing the bell.
fr intensity l | Une seconde d'affolement, je ne trouvais plus mes clés sur le quai du métro.
+ en intensity l | A split second of alarm, I couldn't find my keys on the metro platform.
fr intensity h | PANIQUE TOTALE, JE NE CONTRÔLE PLUS RIEN !!!
+ en intensity h | TOTAL PANIC, I'VE LOST ALL CONTROL!!!
fr intensity h | Je suis complètement terrorisé, je n'arrive plus à respirer du tout !
+ en intensity h | I'm absolutely terrified, I can't breathe at all!
fr intensity h | Au secours, au secours, au secours, ça brûle partout !
+ en intensity h | Help, help, help, everything's burning!
# slang_emoji
fr slang_emoji h | AU SECOURS y a de la fumée partout 😱😱
fr slang_emoji h | jsuis en PLS totale là le bébé respire mal 🚨
fr slang_emoji h | c'est la cata, la cuisine est inondée 😱💦 vite vite
fr slang_emoji h | wsh y a qqn dans le jardin je flippe de ouf 😨
fr slang_emoji h | je panique grave j'ai plus de passeport et l'avion part 😭🚨
fr slang_emoji h | alerte rouge 🚨🚨 le chien s'est barré sur la route
en slang_emoji h | OMG OMG there's smoke everywhere 😱
en slang_emoji h | freaking out rn someone's at the back door 😨🚨
en slang_emoji h | HELP the basement is flooding 💦😱
en slang_emoji h | can't find my kid anywhere at the mall 😭😭
en slang_emoji h | heart pounding can't breathe wtf 😰
en slang_emoji h | bro the pan's on fire what do i dooo 🔥🔥
# typo
fr typo h | au secour ya le feu dans la cuisine jsais pas koi faire
fr typo h | jtrouve plus ma fille au parc elle etait la ya 2 min
fr typo h | ya kelkun ki essaie douvrir la porte vite allume tt
fr typo h | jsuis bloké dans lascenseur et ya plus de lumiere
fr typo h | le bebe respir mal jfais koi
fr typo h | leau rentre de partout dans la cave aidez moi
en typo h | omg theres smoke comin from the garage
en typo h | cant find my son anywhere hes gone
en typo h | someone tryin to break in im hidin upstairs
en typo h | im stuck in the lift and its gettin hot
# one_word
fr one_word h | Au secours !
fr one_word h | Vite, vite !
fr one_word h | La cata !
fr one_word h | Le feu !!
en one_word h | Help!
en one_word h | Mayday!
en one_word h | Fire!!
en one_word h | Oh no no no!
# other languages
es situation h | ¡Socorro, hay humo por toda la casa!
es situation h | ¡No encuentro a mi hija en la playa, estaba aquí hace un segundo!
de situation h | Hilfe, das Wasser läuft überall rein und ich krieg den Hahn nicht zu!
de situation h | Da ist jemand im Garten und leuchtet in die Fenster, mir zittern die Hände!
it situation h | Aiuto, non trovo più mio figlio al mercato!
mixed situation h | Il y a de la fumée partout, oh my god, help !
"""

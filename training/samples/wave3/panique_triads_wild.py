"""panique: third wave, triads with detente and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Le mistral s'est levé, mon kayak s'est retourné à la sortie de la calanque et les vagues me plaquent contre les rochers !
+ en situation h | The mistral's picked up, my kayak has flipped at the mouth of the calanque and the waves are slamming me into the rocks!

# triad 02
en situation h | On the via ferrata the cable anchor has just ripped out of the rock and I'm swinging over the drop on one lanyard!
+ fr situation h | Via ferrata : le scellement du câble vient de s'arracher de la roche et je me balance au-dessus du vide, pendu à une seule longe !

# triad 03
fr situation h | Le pédalo prend l'eau au milieu du lac, l'arrière s'enfonce et le petit ne sait pas nager !
+ en situation h | The pedalo's taking on water in the middle of the lake, the back's going under and my little one can't swim!

# triad 04
fr situation h | La luge de mon fils est sortie de la piste, elle file vers la route en bas de la colline et une voiture arrive !
+ en situation h | My son's sledge has shot off the run, it's heading for the road at the bottom of the hill and a car is coming!

# triad 05
en situation h | The huskies have bolted, I've been thrown off and the sled's racing towards the thin ice on the river with my daughter still on it!
+ fr situation h | Les huskies se sont emballés, j'ai été éjecté et le traîneau fonce vers la glace fine de la rivière avec ma fille encore dessus !

# triad 06
fr situation h | Le catamaran a chaviré, ma fille est coincée sous le trampoline et je ne la vois pas ressortir !
+ en situation h | The catamaran has capsized, my daughter's trapped under the trampoline and I can't see her coming out!

# triad 07
fr situation h | Les cheveux de ma fille sont aspirés par la bonde de la piscine, elle est bloquée au fond et je n'arrive pas à la dégager !
+ en situation h | My daughter's hair has been sucked into the pool drain, she's stuck on the bottom and I can't pull her free!

# triad 08
en situation h | The ride-on mower's sliding down the garden slope towards the pond with me on it and the brake does nothing!
+ fr situation h | Le tracteur-tondeuse dévale la pente du jardin vers la mare avec moi dessus, et le frein ne répond plus !

# triad 09
fr situation h | Une laie surgit des fourrés avec ses marcassins et charge droit sur mon fils au milieu du sentier forestier !
+ en situation h | A wild sow bursts out of the undergrowth with her piglets and charges straight at my son in the middle of the forest path!

# triad 10
fr situation h | Mon fils a glissé sur le névé, il dévale la pente gelée sur le dos vers les barres rocheuses et n'arrive pas à freiner !
+ en situation h | My son's slipped on the snowfield, he's sliding down the frozen slope on his back towards the cliffs and can't stop!

# triad 11
fr slang_emoji h | au secours le trou que les gosses creusaient dans le sable s'est effondré sur ma fille 😱😱 je vois plus que sa main
+ en slang_emoji h | help the hole the kids were digging in the sand caved in on my daughter 😱😱 all i can see is her hand

# triad 12
en situation h | My friend jumped into the pool under the waterfall and hasn't come up, the whirlpool keeps dragging him down!
+ fr situation h | Mon ami a sauté dans le bassin sous la cascade et il ne remonte pas, le tourbillon le tire vers le fond !

# triad 13
fr situation h | Mon cheval a glissé dans le gué, il est tombé sur ma jambe et le courant du marais me tire sous l'eau !
+ en situation h | My horse slipped in the ford, it's fallen on my leg and the current in the marsh is pulling me under!

# triad 14
en situation h | Coming down the col, a car swings wide round the hairpin straight at me and I'm doing 60!
+ fr situation h | Dans la descente du col, une voiture déboîte dans l'épingle, droit sur moi, et je suis à 60 !

# triad 15
en situation h | My friend slipped on the ice getting out of the hot tub, he's split his head open on the step and he's bleeding into the snow!
+ fr situation h | Mon ami a glissé sur la glace en sortant du jacuzzi, il s'est ouvert le crâne sur la marche et il saigne dans la neige !

# triad 16
fr situation h | Brouillard épais en mer, la corne d'un cargo hurle juste au-dessus de nous et le moteur de notre petit bateau de pêche refuse de démarrer !
+ en situation h | Thick fog at sea, a cargo ship's horn is blaring right on top of us and our little fishing boat's engine won't start!

# triad 17
fr situation h | Ma bouée est passée sous l'arbre tombé dans la rivière, je suis coincé dans les branches et l'eau me passe par-dessus la tête !
+ en situation h | My rubber ring went under the fallen tree in the river, I'm caught in the branches and the water's going over my head!

# triad 18
en situation h | An elephant's charging our jeep, ears spread, trumpeting, and the engine won't start!
+ fr situation h | Un éléphant charge notre jeep, les oreilles déployées, il barrit, et le moteur ne démarre pas !

# triad 19
fr situation h | Le char à voile s'est couché sur la plage, ma main est coincée sous le châssis et la voile traîne tout l'engin !
+ en situation h | The sand yacht's tipped over on the beach, my hand's trapped under the frame and the sail is dragging the whole thing!

# triad 20
fr situation h | Près de l'éruption en Islande, le vent vient de tourner, les gaz nous brûlent la gorge et je n'arrive plus à respirer !
+ en situation h | Near the eruption in Iceland, the wind's just turned, the gas is burning our throats and I can't breathe!

# triad 21
en situation h | The rope swing's snapped, my friend has fallen onto the rocks at the river's edge and he's not getting up!
+ fr situation h | La corde au-dessus de la rivière a cassé, mon ami est tombé sur les rochers au bord de l'eau et il ne se relève pas !

# triad 22
fr situation h | La motoneige s'est retournée dans le ravin, elle m'écrase la jambe et la nuit tombe !
+ en situation h | The snowmobile has flipped into the gully, it's crushing my leg and night's falling!

# triad 23
fr typo h | notre canoe est plaqué contre un rocher dans l ardeche il se remplit et le courant aspire mon fils dessous aidez nous
+ en typo h | our canoe is pinned against a rock in the ardeche its filling up and the current is sucking my son under help us

# triad 24
fr situation h | Au mouillage, une vedette fonce à pleine vitesse entre les nageurs, droit sur ma fille qui nage à côté de notre bateau !
+ en situation h | At anchor, a speedboat is tearing through the swimmers at full throttle, straight at my daughter swimming next to our boat!

# triad 25
en situation h | The siren's wailing in the Verdon gorge, the dam upstream is releasing water and we're down on the pebbles at the bottom!
+ fr situation h | La sirène hurle dans les gorges du Verdon, le barrage en amont lâche de l'eau et on est sur les galets tout au fond !

# triad 26
fr situation h | La bouée tractée s'est retournée à pleine vitesse, ma fille est coincée dessous, la tête sous l'eau !
+ en situation h | The towed ring has flipped over at full speed, my daughter's trapped underneath with her head under the water!

# triad 27
en situation h | Sandstorm in the desert, we can't even see the bonnet, the 4x4 is bogged down and sand's pouring in through the vents!
+ fr situation h | Tempête de sable dans le désert, on ne voit même plus le capot, le 4x4 est enlisé et le sable entre par les aérations !

# triad 28
fr situation h | Dans la télécabine, mon père s'effondre, il a les lèvres bleues et on est suspendus à vingt minutes de l'arrivée !
+ en situation h | In the gondola, my father's collapsed, his lips are blue and we're hanging twenty minutes from the top station!

# triad 29
fr situation h | Bain du 1er janvier : mon ami s'est raidi dans l'eau glacée, il n'arrive plus à nager vers le bord et les vagues le recouvrent !
+ en situation h | New Year's Day dip: my friend's gone rigid in the icy water, he can't swim back and the waves are going over him!

# triad 30
en situation h | Night swim: a cramp has locked my leg far from the beach, I keep going under and nobody can see me!
+ fr situation h | Baignade de nuit : une crampe me bloque la jambe loin de la plage, je coule sans arrêt et personne ne me voit !

# triad 31
fr situation h | Le fil du cerf-volant s'est pris dans la ligne électrique et mon fils tient encore la poignée, ça crépite !
+ en situation h | The kite string's caught on the power line and my son's still holding the handle, it's crackling!

# triad 32
fr situation h | Tempête en pleine forêt, les branches tombent autour de nous et un hêtre craque juste au-dessus du chemin !
+ en situation h | Storm in the middle of the forest, branches crashing down around us and a beech is cracking right above the path!

# triad 33
en situation h | The cornice has given way under my friend, he's slid into the gully and all I can see is one ski sticking out of the snow!
+ fr situation h | La corniche a cédé sous mon ami, il a glissé dans le couloir et je ne vois plus qu'un ski qui dépasse de la neige !

# triad 34
fr situation h | Orage sur le bivouac, la foudre tombe à cinquante mètres de la tente et on est sur le point le plus haut du plateau !
+ en situation h | Storm over the bivouac, lightning's striking fifty metres from the tent and we're on the highest point of the plateau!

# triad 35
en situation h | Our car's died in Death Valley, it's 49 degrees, the water's run out and my wife is fainting in the back seat!
+ fr situation h | Notre voiture est morte en pleine Vallée de la Mort, il fait 49 degrés, on n'a plus d'eau et ma femme s'évanouit à l'arrière !

# triad 36
fr situation h | Le frein à main du van a lâché, il roule vers le lac avec le chien à l'intérieur et je cours derrière !
+ en situation h | The van's handbrake has gone, it's rolling towards the lake with the dog inside and I'm running after it!

# triad 37
fr situation h | Mon leash s'est pris dans les rochers, je suis bloqué sous l'eau et la série de vagues arrive !
+ en situation h | My leash is snagged on the rocks, I'm pinned underwater and the set's rolling in!

# triad 38
fr situation h | Le vieux chêne du jardin craque sous l'orage, il penche vers la chambre des enfants et ils dorment dedans !
+ en situation h | The old oak in the garden is cracking in the storm, it's leaning towards the kids' bedroom and they're asleep in there!

# triad 39
en situation h | The flock's guard dog is charging at us, snarling, and my daughter's running the wrong way!
+ fr situation h | Le patou du troupeau fonce sur nous en grondant, et ma fille court dans le mauvais sens !

# triad 40
fr typo h | jour blanc sur la piste de fond les traces ont disparu mon fils etait derriere moi je le vois plus je l entend plus
+ en typo h | whiteout on the cross country trail the tracks are gone my son was behind me i cant see him cant hear him

# triad 41
fr situation h | Mon fils a marché sur un poisson-pierre dans le lagon, son pied gonfle à vue d'œil, il hurle de douleur et devient tout pâle !
+ en situation h | My son's stepped on a stonefish in the lagoon, his foot's swelling before my eyes, he's screaming in pain and going white!

# triad 42
en situation h | On the Loire road a lorry's just skimmed past me, my pannier's caught on its mirror and I'm being dragged along the tarmac!
+ fr situation h | Sur la route de la Loire, un camion vient de me frôler, ma sacoche s'est accrochée à son rétro et je suis traîné sur le bitume !

# triad 43
en situation h | A boy's hit his head on the diving board at the public pool, there's blood in the water and he's not moving!
+ fr situation h | Un garçon s'est cogné la tête contre le plongeoir de la piscine municipale, il y a du sang dans l'eau et il ne bouge plus !

# triad 44
fr situation h | L'échelle de la cabane dans l'arbre a cassé, ma fille pend à la branche par les mains à trois mètres du sol !
+ en situation h | The treehouse ladder's broken, my daughter's hanging from the branch by her hands three metres off the ground!

# triad 45
en situation h | Rocks are crashing onto the mountain road in front of our car, one's just bounced off the bonnet and there's nowhere to turn round!
+ fr situation h | Des pierres dégringolent sur la route de montagne devant notre voiture, une vient de rebondir sur le capot et impossible de faire demi-tour !

# triad 46
fr situation h | Mon pote est parti nager ivre dans la mer cette nuit, je ne le vois plus, je ne l'entends plus, il n'y a que du noir !
+ en situation h | My mate went swimming drunk in the sea tonight, I can't see him, can't hear him, there's nothing but black!

# triad 47
en situation h | I've sunk into quicksand up to my thighs in the middle of the bay, and the more I move the deeper I go!
+ fr situation h | Je me suis enfoncé dans les sables mouvants jusqu'aux cuisses au milieu de la baie, et plus je bouge, plus je m'enfonce !

# triad 48
fr situation h | Le petit est tombé dans le bassin du jardin, il flotte face dans l'eau et il ne bouge plus ! Allume tout le jardin !
+ en situation h | The little one's fallen into the garden pond, he's floating face down and not moving! Turn on every light in the garden!

# triad 49
en situation h | The storm's broken over the lake, lightning's hitting the water and I'm out in the middle on my paddleboard, miles from anyone!
+ fr situation h | L'orage éclate sur le lac, la foudre tombe sur l'eau et je suis au milieu sur mon paddle, loin de tout le monde !

# triad 50
en situation h | A skier's hurtling out of control down the piste, straight at my daughter who's stopped in the middle!
+ fr situation h | Un skieur dévale la piste hors de contrôle, droit sur ma fille arrêtée en plein milieu !

# triad 51
fr situation h | Les bottes de foin glissent sur la remorque dans le virage et mon fils est assis tout en haut de la pile !
+ en situation h | The hay bales are sliding on the trailer round the bend and my son's sitting right on top of the stack!

# triad 52
en situation h | The camping stove's tipped over in the porch, the tent's catching fire and my daughter's asleep inside!
+ fr situation h | Le réchaud s'est renversé dans l'auvent, la toile de tente prend feu et ma fille dort à l'intérieur !

# triad 53
en situation h | Hailstones the size of golf balls are smashing the windscreen on the motorway and I can't see the road any more!
+ fr situation h | Des grêlons gros comme des balles de golf explosent le pare-brise sur l'autoroute et je ne vois plus la route !

# triad 54
fr situation h | En planeur, le pilote ne répond plus, il est affalé sur le manche et on pique vers les champs !
+ en situation h | In the glider, the pilot's stopped responding, he's slumped over the stick and we're diving towards the fields!

# triad 55
en situation h | I've slipped in the river, my waders are filling with water and the current's sweeping me towards the weir!
+ fr situation h | J'ai glissé dans la rivière, mes waders se remplissent d'eau et le courant m'emporte vers le barrage !

# triad 56
en situation h | The walkway to the tree cabin has collapsed under my husband, he's hanging from the railing six metres above the forest floor!
+ fr situation h | La passerelle de la cabane perchée s'est effondrée sous mon mari, il pend à la rambarde à six mètres au-dessus du sol de la forêt !

# triad 57
en situation h | Our scooter's skidding on the gravel on a bend above the cliffs in Crete, with my girlfriend clinging on behind me!
+ fr situation h | Notre scooter dérape sur les gravillons d'un virage au-dessus des falaises en Crète, ma copine agrippée derrière moi !

# triad 58
fr situation h | Le mât du voilier vient de casser, il pend par-dessus bord, cogne la coque à chaque vague et l'eau entre !
+ en situation h | The sailboat's mast has just snapped, it's hanging over the side, smashing into the hull with every wave, and water's coming in!

# triad 59
fr situation h | Le projecteur de la piscine fait des étincelles sous l'eau, mes enfants nagent encore et ils disent qu'ils sentent des picotements !
+ en situation h | The pool light is sparking underwater, my kids are still swimming and they say they can feel tingling!

# triad 60
fr situation h | Le toit de l'igloo s'est effondré sur mon frère, il est sous la neige et je n'entends plus rien !
+ en situation h | The igloo roof has caved in on my brother, he's under the snow and I can't hear a thing!

# triad 61
en situation h | The coastal path has just crumbled under my feet, I'm clinging to a clump of heather over the drop and the sea's smashing below!
+ fr situation h | Le sentier côtier vient de s'effondrer sous mes pieds, je m'accroche à une touffe de bruyère au-dessus du vide et la mer cogne en bas !

# triad 62
en situation h | The offshore wind's pushing my windsurf board out to sea, the mast's snapped and the beach keeps getting smaller!
+ fr situation h | Le vent de terre pousse ma planche à voile vers le large, le mât a cassé et la plage rapetisse à vue d'œil !

# triad 63
fr situation h | Le petit train de montagne s'est arrêté au milieu du viaduc et de la fumée sort de sous notre wagon !
+ en situation h | The little mountain train has stopped in the middle of the viaduct and smoke is pouring out from under our carriage!

# triad 64
en situation h | A moose has just stepped out onto the road in Norway, I've slammed on the brakes and we're spinning towards the fjord!
+ fr situation h | Un élan vient de surgir sur la route en Norvège, j'ai pilé et on part en tête-à-queue vers le fjord !

# triad 65
fr slang_emoji h | ptn un scorpion a piqué ma fille au pied dans la jungle, sa jambe s'engourdit et elle tremble 😱🚑 on est à 2 h de l'hôpital
+ en slang_emoji h | oh god a scorpion stung my daughter's foot in the jungle, her leg's going numb and she's shaking 😱🚑 we're 2 hours from the hospital

# triad 66
en situation h | A firework rocket has landed in our boat out on the lake, the cushions are on fire and the kids are right next to them!
+ fr situation h | Une fusée du feu d'artifice est tombée dans notre bateau sur le lac, les coussins prennent feu et les enfants sont juste à côté !

# triad 67
en situation h | The mistral on top of the Ventoux has knocked my daughter over and she's rolling across the stones towards the edge!
+ fr situation h | Le mistral au sommet du Ventoux a fait tomber ma fille et elle roule sur les cailloux vers le bord !

# triad 68
fr mixed h | Je riais il y a une minute, là je suis terrifiée : le câble du parachute ascensionnel a cassé et je dérive vers les rochers !
+ en mixed h | I was laughing a minute ago, now I'm terrified: the parasailing cable has snapped and I'm drifting towards the rocks!

# triad 69
en situation h | My son's slipped off his ring in the wave pool and gone under among hundreds of people, I can't find him!
+ fr situation h | Mon fils a glissé de sa bouée dans la piscine à vagues et il a coulé au milieu de centaines de gens, je ne le retrouve pas !

# triad 70
en situation h | A kangaroo's just smashed into our windscreen in the outback, the glass is caved in and I can't see a thing at 110!
+ fr situation h | Un kangourou vient de s'écraser sur notre pare-brise dans l'outback, la vitre est enfoncée et je ne vois plus rien à 110 !

# triad 71
fr situation h | Un ours noir déchire la tente voisine au camping du lac, il grogne et notre tente est à dix mètres !
+ en situation h | A black bear's ripping open the next tent at the lakeside campsite, growling, and ours is ten metres away!

# triad 72
en situation h | My friend went off the piste into the trees on his snowboard, he's hit a fir and he's not answering me!
+ fr situation h | Mon ami est sorti de la piste en snowboard dans les arbres, il a percuté un sapin et il ne me répond plus !

# triad 73
fr situation h | Mon fils a enjambé la rambarde du Grand Canyon pour une photo et le bord s'effrite sous ses pieds !
+ en situation h | My son's climbed over the railing at the Grand Canyon for a photo and the edge is crumbling under his feet!

# triad 74
fr situation h | Groenland : l'iceberg juste à côté de nos kayaks est en train de se retourner et la vague arrive droit sur nous !
+ en situation h | Greenland: the iceberg right next to our kayaks is rolling over and the wave's coming straight at us!

# triad 75
en situation h | The dog chased a chamois and now he's stuck on a ledge above the lake, sliding towards the drop!
+ fr situation h | Le chien a coursé un chamois et il est coincé sur une vire au-dessus du lac, il glisse vers le vide !

# triad 76
en situation h | The camper van's back wheel has gone over the edge of the single-track road above the loch and we're tipping!
+ fr situation h | La roue arrière du camping-car est sortie de la route étroite au-dessus du loch et on bascule !

# triad 77
fr situation h | Mon ami est tombé du haut du bloc à Fontainebleau, il a raté le crash pad et sa jambe est pliée dans le mauvais sens !
+ en situation h | My friend's fallen off the top of the boulder in Fontainebleau, he missed the crash pad and his leg's bent the wrong way!

# triad 78
en situation h | Rail bike: the cart ahead has stopped in the tunnel and we're coming down the slope too fast to brake!
+ fr situation h | Vélo-rail : le wagonnet de devant est arrêté dans le tunnel et on arrive dans la descente trop vite pour freiner !

# triad 79
en situation h | The tidal bore's coming up the Dordogne and my son's still standing on the mudbank in the middle of the river!
+ fr situation h | Le mascaret remonte la Dordogne et mon fils est encore debout sur le banc de vase au milieu de la rivière !

# triad 80
en situation h | The sauna stove has set the wooden wall alight, the door's jammed and the smoke's getting thick!
+ fr situation h | Le poêle du sauna a mis le feu à la paroi en bois, la porte est coincée et la fumée s'épaissit !
"""

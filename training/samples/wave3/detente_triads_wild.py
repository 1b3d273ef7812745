"""detente: third wave, triads with panique and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Kayak amarré dans une petite calanque, je m'allonge dedans, la pagaie en travers des genoux, et le clapot me berce.
+ en situation n | Kayak moored in a tiny calanque, I lie back in it, paddle across my knees, and the lapping water rocks me.

# triad 02
fr situation n | Pause sur la vire de la via ferrata, longes clippées, le dos contre la roche tiède, je bois mon thé sans me presser.
+ en situation n | Break on the via ferrata ledge, lanyards clipped in, back against the warm rock, sipping my tea with no hurry at all.

# triad 03
en situation n | Pedalo pulled up on the bank under the willows, the two of us lying in the seats in the shade, feet up, not a word.
+ fr situation n | Pédalo tiré sur la berge sous les saules, on est allongés tous les deux dans les sièges à l'ombre, les pieds en l'air, sans un mot.

# triad 04
fr situation n | Assise sur la luge en haut de la colline, le soleil d'hiver sur les joues, je regarde les enfants remonter sans bouger d'un pouce.
+ en situation n | Sitting on the sledge at the top of the hill, winter sun on my cheeks, I watch the kids trudge back up without moving an inch.

# triad 05
fr situation l | Après la balade en traîneau, assis près du feu dans la hutte lapone, les mains autour d'une tasse de jus de baies chaud, je ne bouge plus.
+ en situation l | After the sled ride, sitting by the fire in the Sami hut, hands around a mug of hot berry juice, I'm not moving.

# triad 06
fr situation n | Allongé sur le trampoline du catamaran au mouillage, le filet qui se balance, l'eau turquoise en dessous, je ne fais plus rien.
+ en situation n | Lying on the catamaran's trampoline at anchor, the net swaying, turquoise water underneath, I've stopped doing anything at all.

# triad 07
en situation n | Floating on an airbed in the gîte pool, one hand trailing in the water, cicadas going, eyes half shut.
+ fr situation n | Sur un matelas gonflable dans la piscine du gîte, une main qui traîne dans l'eau, les cigales, les yeux mi-clos.

# triad 08
fr situation n | Pente du jardin tondue, le tracteur-tondeuse rangé, je m'affale dans la chaise longue à l'ombre du tilleul, l'odeur d'herbe coupée partout.
+ en situation n | Garden slope mowed, ride-on mower put away, I flop into the deckchair in the lime tree's shade, the smell of cut grass everywhere.

# triad 09
fr situation n | Dans la forêt de sapins, assis sur une souche, la pluie fine qui goutte des branches, je respire lentement l'odeur de résine.
+ en situation n | In the fir forest, sitting on a stump, fine rain dripping from the branches, I slowly breathe in the smell of resin.

# triad 10
en situation n | July, 2,500 metres up, we sit on the warm rocks beside the snowfield, boots off, sandwiches out, in no hurry to go down.
+ fr situation n | En juillet, à 2 500 mètres, on s'assoit sur les rochers chauds au bord du névé, chaussures enlevées, sandwichs sortis, aucune hâte de redescendre.

# triad 11
fr situation n | Sieste sous le parasol, le bruit régulier des vagues, un pied dans le sable humide, et personne pour m'appeler. Mets-moi une lumière qui va avec.
+ en situation n | Nap under the beach umbrella, the steady sound of the waves, one foot in the damp sand, and nobody to call me. Give me lights to match.

# triad 12
fr situation n | À côté de la cascade, allongée sur une pierre plate, la bruine fraîche sur le visage, je laisse le grondement de l'eau tout effacer.
+ en situation n | Beside the waterfall, lying on a flat stone, cool spray on my face, I let the roar of the water wash everything away.

# triad 13
fr situation n | Pause pendant la rando à cheval en Camargue : les chevaux broutent, je m'allonge dans l'herbe salée, les rênes lâches dans la main.
+ en situation n | A break on the horse trek in the Camargue: the horses are grazing, I lie back in the salty grass, reins loose in my hand.

# triad 14
fr mixed n | Un peu vidé, mais surtout tranquille : en haut du col, le vélo contre le panneau, je mange une banane sur le muret, sans aucune hâte.
+ en mixed n | A bit drained, but mostly just easy: top of the col, bike against the sign, eating a banana on the low wall, in no hurry at all.

# triad 15
fr situation n | Jacuzzi dehors sous la neige qui tombe, l'eau brûlante jusqu'au menton, les flocons qui fondent sur mon bonnet, je ne sors plus.
+ en situation n | Outdoor hot tub in the falling snow, hot water up to my chin, flakes melting on my beanie, I'm not getting out.

# triad 16
fr situation l | Bateau de pêche au mouillage, moteur coupé, la ligne qui pend, et la houle douce qui me berce depuis une heure.
+ en situation l | Fishing boat at anchor, engine off, line hanging down, and the gentle swell's been rocking me for an hour.

# triad 17
en situation n | Drifting slowly down the river on a big rubber ring, bum in the cool water, arms dangling, the current doing all the work.
+ fr situation n | Je descends la rivière tout doucement sur une grosse bouée, les fesses dans l'eau fraîche, les bras ballants, le courant fait tout.

# triad 18
fr situation n | Fin de journée au lodge, un jus frais sur la terrasse, les pieds sur la rambarde, la savane qui passe lentement à l'orange.
+ en situation n | End of the day at the lodge, a cold juice on the deck, feet on the railing, the savannah slowly turning orange.

# triad 19
fr situation n | Après le char à voile, allongée sur le sable d'Hardelot, les bras en croix, le vent qui me passe dessus et les jambes toutes molles.
+ en situation n | After sand yachting, lying on the sand at Hardelot, arms spread wide, the wind rolling over me and my legs gone soft.

# triad 20
en situation n | Soaking in a natural hot spring in Iceland, steam rising, the cold wind on my face and my whole body completely slack.
+ fr situation n | Dans une source chaude naturelle en Islande, la vapeur qui monte, le vent froid sur le visage et tout le corps complètement relâché.

# triad 21
fr situation n | Plage de rivière, allongée sur les galets chauds, le bruit du courant, ma serviette sur les yeux, plus rien ne presse.
+ en situation n | River beach, lying on the warm pebbles, the sound of the current, towel over my eyes, nothing's urgent any more.

# triad 22
fr situation l | Motoneige arrêtée au milieu du lac gelé, moteur coupé, silence total, je me cale sur la selle et je respire l'air glacé tout doucement.
+ en situation l | Snowmobile stopped in the middle of the frozen lake, engine off, total silence, I settle back on the seat and breathe the icy air nice and slow.

# triad 23
fr situation n | En canoë sous le Pont d'Arc, la pagaie en travers des genoux, la tête posée sur le bidon étanche, le courant nous porte tout seul.
+ en situation n | Canoeing under the Pont d'Arc, paddle across my knees, head resting on the dry barrel, the current carrying us along by itself.

# triad 24
en situation n | We've dropped anchor in the cove and I'm floating by the swim ladder, holding on with one finger, the boat rocking gently.
+ fr situation n | On a jeté l'ancre dans la crique et je flotte près de l'échelle de bain, accrochée d'un doigt, le bateau qui se balance doucement.

# triad 25
fr situation n | Bateau électrique coupé au milieu des gorges du Verdon, on mange des pêches, les falaises au-dessus de nous, et personne ne touche au volant.
+ en situation n | Electric boat switched off in the middle of the Verdon gorge, we're eating peaches, cliffs towering above us, and nobody touches the wheel.

# triad 26
fr situation n | Le bateau tourne au ralenti au milieu du lac, je suis assise à l'arrière, les pieds dans le sillage, les épaules au soleil, et je ne bouge plus.
+ en situation n | The boat's idling in the middle of the lake, I'm sitting at the back, feet in the wake, shoulders in the sun, and I'm not moving.

# triad 27
fr situation n | Bivouac dans les dunes de Merzouga, le thé à la menthe sur les braises, allongé sur le tapis, le sable qui refroidit doucement sous moi.
+ en situation n | Bivouac in the Merzouga dunes, mint tea on the embers, lying on the rug, the sand slowly cooling beneath me.

# triad 28
en situation n | Almost empty gondola, snowy peaks sliding by, I lean my head against the window and let the cabin sway me.
+ fr situation n | Télécabine presque vide, les sommets enneigés qui défilent, j'appuie la tête contre la vitre et je me laisse balancer.

# triad 29
fr mixed n | Frigorifiée mais surtout apaisée : après le bain du Nouvel An, emmitouflée dans mon peignoir sur la digue, un vin chaud à la main, tout mon corps se relâche.
+ en mixed n | Frozen stiff but mostly at peace: after the New Year's dip, bundled in my robe on the promenade, mulled wine in hand, my whole body lets go.

# triad 30
fr situation n | Baignade de nuit dans la mer calme, je fais la planche sous les étoiles, les oreilles dans l'eau, et le monde entier s'éteint. Lumière très douce, s'il te plaît.
+ en situation n | Night swim in the calm sea, floating on my back under the stars, ears in the water, and the whole world switches off. Very soft light, please.

# triad 31
fr situation n | Cerf-volant planté dans le sable, il vole tout seul, et moi je suis allongé à côté, la poignée posée sur le ventre, sans rien faire.
+ en situation n | Kite staked in the sand, it's flying all by itself, and I'm lying next to it, handle resting on my stomach, doing nothing.

# triad 32
en situation n | Pushing my bike slowly through the beech forest, no trail to follow, light coming through the leaves, my breathing all slow.
+ fr situation n | Je pousse mon vélo tout doucement dans la hêtraie, aucun sentier à suivre, la lumière qui passe entre les feuilles, le souffle tout lent.

# triad 33
fr situation n | Peaux de phoque enlevées, assise sur mon sac au col, le soleil de mars dans le dos, je grignote sans me presser.
+ en situation n | Climbing skins off, sitting on my rucksack at the pass, March sun on my back, nibbling away with no hurry.

# triad 34
en situation n | Tent door open at the bivouac, lying in my sleeping bag, the grass smelling of thyme, my legs slowly unwinding.
+ fr situation n | Porte de la tente ouverte au bivouac, allongé dans mon duvet, l'herbe qui sent le thym, les jambes qui se détendent doucement.

# triad 35
fr situation n | Road trip : l'aube dans la Vallée de la Mort, assis sur le capot avec un café, la chaleur pas encore là, rien de prévu avant midi.
+ en situation n | Road trip: dawn in Death Valley, sitting on the bonnet with a coffee, the heat not here yet, nothing planned till noon.

# triad 36
fr slang_emoji l | le van garé face au lac, portes arrière ouvertes, allongée sur le matelas avec un thé 🚐🍵 l'eau bouge pas et moi non plus
+ en slang_emoji l | van parked facing the lake, back doors open, lying on the mattress with a tea 🚐🍵 the water's not moving and neither am i

# triad 37
en situation n | Sitting on my surfboard past the breakers, legs dangling, rising and falling with the swell, not chasing a single wave.
+ fr situation n | Assise sur ma planche derrière la barre, les jambes dans l'eau, je monte et je descends avec la houle sans courir après aucune vague.

# triad 38
en situation n | Summer storm over the garden, I'm under the veranda in the wicker chair, rain drumming on the roof, a blanket over my knees.
+ fr situation n | Orage d'été sur le jardin, je suis sous la véranda dans le fauteuil en osier, la pluie qui tambourine sur le toit, un plaid sur les genoux.

# triad 39
fr situation n | Sur l'alpage à midi, le troupeau de brebis couché autour de moi, le patou qui somnole, et moi adossé à mon sac, les yeux fermés.
+ en situation n | Up on the mountain pasture at noon, the flock of sheep lying all around me, the guard dog dozing, and me leaning back on my rucksack, eyes shut.

# triad 40
fr situation n | Ski de fond dans la forêt silencieuse, je glisse tout doucement, le chuintement des skis sur la neige, les bras qui se relâchent.
+ en situation n | Cross-country skiing through the silent forest, gliding along slowly, the hiss of skis on the snow, my arms loosening.

# triad 41
en situation n | Overwater bungalow, lying on the deck in the shade, the lagoon lapping under the planks, not one plan for the day.
+ fr situation n | Bungalow sur pilotis, allongée sur la terrasse à l'ombre, le lagon qui clapote sous les planches, pas un seul projet de la journée.

# triad 42
fr situation n | La Loire à vélo : pique-nique sur la levée, le vélo couché dans l'herbe, je m'allonge et je regarde passer l'eau lente.
+ en situation n | The Loire by bike: picnic on the embankment, bike lying in the grass, I stretch out and watch the slow water go by.

# triad 43
fr situation n | Allongée au bord de la piscine municipale, la serviette sous la joue, l'odeur de chlore et les cris qui s'éloignent, je somnole.
+ en situation n | Lying by the public pool, towel under my cheek, the smell of chlorine and the shouting fading away, I doze off.

# triad 44
en situation n | Up in the treehouse with a cushion and a book, branches creaking, leaves all round me, I've stopped reading and I'm just lying there.
+ fr situation n | Dans la cabane dans l'arbre avec un coussin et un livre, les branches qui craquent, les feuilles tout autour, j'ai arrêté de lire et je reste juste allongé.

# triad 45
fr situation n | Road trip dans les Dolomites : arrêt au bord d'un lac, chaise pliante, les pieds sur la glacière, et je ne bouge plus pendant une heure.
+ en situation n | Road trip in the Dolomites: a stop by a lake, folding chair, feet up on the cool box, and I don't move for an hour.

# triad 46
en situation n | Night on the beach, lying on the cold sand with a jumper rolled under my head, the waves coming and going, slow and steady.
+ fr situation n | Nuit sur la plage, allongée sur le sable froid, un pull roulé sous la tête, les vagues qui vont et viennent, lentes et régulières.

# triad 47
fr situation n | Traversée de la baie pieds nus derrière le guide, on avance lentement, la vase douce sous les orteils, et personne ne regarde sa montre.
+ en situation n | Crossing the bay barefoot behind the guide, moving slowly, soft mud under our toes, and nobody checking the time.

# triad 48
fr situation l | Au bord du bassin du jardin, assise sur la margelle, je regarde les poissons rouges tourner lentement, les mains posées sur les genoux.
+ en situation l | At the edge of the garden pond, sitting on the stone rim, I watch the goldfish circle slowly, hands resting on my knees.

# triad 49
fr situation n | Paddle à genoux au lever du soleil, je pagaie tout doucement le long de la rive, aucun bruit, les épaules légères.
+ en situation n | Kneeling on my paddleboard at sunrise, paddling very gently along the shore, not a sound, shoulders light.

# triad 50
fr situation n | Terrasse au pied des pistes, chaise longue, chaussures de ski déclipsées, le soleil sur le visage : je ne remonte pas cet après-midi.
+ en situation n | Terrace at the foot of the slopes, deckchair, ski boots unclipped, sun on my face: I'm not going back up this afternoon.

# triad 51
en situation n | Hay's in, and I'm lying on top of the bales on the trailer, blue sky everywhere, the tractor crawling home at walking pace.
+ fr situation n | Les foins sont rentrés, je suis allongé sur les bottes en haut de la remorque, le ciel tout bleu, le tracteur qui rentre au pas.

# triad 52
fr slang_emoji n | camping a l'heure de la sieste, tente ouverte, mon fauteuil sous les pins, juste les cigales 🌲😴 personne bouge
+ en slang_emoji n | campsite at siesta time, tent open, my chair under the pines, just the cicadas 🌲😴 nobody's moving

# triad 53
fr situation n | Aire de repos sur la route des vacances, siège incliné à fond, pare-soleil mis, vingt minutes de sieste pendant que les enfants jouent.
+ en situation n | Rest area on the way to the holidays, seat right back, sunshade up, twenty minutes' nap while the kids play.

# triad 54
fr situation n | Vol en planeur : une fois largués, plus que le souffle du vent, je pose les mains sur les genoux et je respire lentement.
+ en situation n | Glider flight: once we're released, nothing but the sound of the wind, I rest my hands on my knees and breathe slowly.

# triad 55
fr situation n | Pêche à la mouche dans le gave, de l'eau jusqu'aux genoux, je lance lentement, encore et encore, et mes épaules se relâchent.
+ en situation n | Fly fishing in the mountain stream, knee-deep in the water, casting slowly, again and again, and my shoulders loosen.

# triad 56
fr situation n | Nuit en cabane perchée dans la forêt, le bain nordique fume sur la terrasse, je m'y glisse et je ne bouge plus. Mets une ambiance qui colle.
+ en situation n | Night in a tree cabin in the forest, the wood-fired tub steaming on the deck, I slide in and don't move again. Set a mood to match.

# triad 57
fr situation n | Scooter garé sous un olivier en Crète, assis sur le muret de la chapelle, la mer tout en bas, je ne bouge plus jusqu'au soir.
+ en situation n | Scooter parked under an olive tree in Crete, sitting on the chapel wall, the sea far below, I'm not moving till evening.

# triad 58
fr situation n | Quart de nuit sur le voilier, petit vent, pilote automatique, je suis calée dans le cockpit sous une couverture et la coque glisse toute seule.
+ en situation n | Night watch on the sailboat, light wind, autopilot on, I'm wedged in the cockpit under a blanket and the hull just glides along.

# triad 59
en situation n | The hotel's infinity pool, elbows on the edge, the valley below, warm water, and no desire at all to get out.
+ fr situation n | Piscine à débordement de l'hôtel, les coudes sur le rebord, la vallée en dessous, l'eau tiède, et aucune envie d'en sortir.

# triad 60
en situation l | Inside the igloo we built, a candle flickering, lying on reindeer skins, the wind muffled outside, my body heavy and warm.
+ fr situation l | Dans l'igloo qu'on a construit, une bougie qui tremble, allongé sur des peaux de renne, le vent étouffé dehors, le corps lourd et au chaud.

# triad 61
fr situation n | Sur le sentier des douaniers, assis dans la bruyère au-dessus de la mer, le sac posé à côté, je respire lentement l'air salé.
+ en situation n | On the coastal path, sitting in the heather above the sea, bag down beside me, slowly breathing the salty air.

# triad 62
fr situation n | Planche à voile remontée sur le sable, je m'assois sur la voile pliée, les bras qui fourmillent, et je laisse le soleil me sécher.
+ en situation n | Windsurf board pulled up on the sand, I sit on the folded sail, arms tingling, and let the sun dry me off.

# triad 63
en situation n | Little mountain train, seat by the open window, the carriage swaying gently round the bends, and I let my head rest against the frame.
+ fr situation n | Petit train de montagne, place près de la fenêtre ouverte, le wagon qui se balance doucement dans les virages, et je laisse ma tête reposer contre le montant.

# triad 64
fr situation n | Road trip en Norvège : arrêt au bord du fjord, café du thermos, assis sur un rocher, l'eau lisse comme un miroir, on ne repart pas tout de suite.
+ en situation n | Road trip in Norway: a stop by the fjord, coffee from the flask, sitting on a rock, the water smooth as glass, we're in no rush to set off.

# triad 65
en situation n | Costa Rica eco-lodge, lying in the hammock on the veranda, the rain pouring on the jungle, and I just let it rock me.
+ fr situation n | Écolodge au Costa Rica, allongée dans le hamac de la véranda, la pluie qui tombe à verse sur la jungle, et je me laisse bercer.

# triad 66
fr situation n | Sur le bateau au mouillage en attendant le feu d'artifice sur le lac, allongés sur le pont, une couverture sur les jambes, personne ne parle.
+ en situation n | On the boat at anchor, waiting for the fireworks over the lake, lying on deck, a blanket over our legs, nobody talking.

# triad 67
fr situation n | À l'abri du vent derrière le chalet du sommet du Ventoux, assis sur le banc, les mains autour d'un chocolat chaud, je reprends mon souffle tranquillement.
+ en situation n | Sheltered from the wind behind the summit chalet on Mont Ventoux, sitting on the bench, hands round a hot chocolate, quietly getting my breath back.

# triad 68
en situation n | Parasailing at fifty metres, the boat tiny below, the wind gentle, and I just hang there with my arms loose and my legs dangling.
+ fr situation n | Parachute ascensionnel à cinquante mètres, le bateau minuscule en bas, le vent doux, et je reste suspendue, les bras lâches et les jambes qui pendent.

# triad 69
fr typo n | riviere lente du parc aquatque, allongé sur ma bouée, je fais des tours et des tours sans bougé un doigt, le paradi
+ en typo n | lazy river at the waterpark, lying on my ring, goin round and round without liftin a finger, blis

# triad 70
fr situation n | Outback australien, assis sur le toit de la voiture avec une bière, la plaine rouge vide jusqu'à l'horizon, le soir qui tombe sans se presser.
+ en situation n | The Australian outback, sitting on the car roof with a beer, the empty red plain all the way to the horizon, evening falling without any hurry.

# triad 71
en situation n | Canoe on the still Canadian lake at dawn, paddle across my knees, mist on the water, a loon calling, and my breathing slowing right down.
+ fr situation n | Canoë sur le lac canadien immobile à l'aube, la pagaie en travers des genoux, la brume sur l'eau, un plongeon qui appelle, et mon souffle qui ralentit.

# triad 72
fr situation n | Snowboard enlevé, assise dans la neige au bord de la piste, le dos contre un sapin, le soleil sur le visage, je ne repars pas tout de suite.
+ en situation n | Snowboard off, sitting in the snow at the side of the piste, back against a fir tree, sun on my face, not setting off again just yet.

# triad 73
fr situation n | Assis au bord du Grand Canyon en fin de journée, chaussures enlevées, les jambes lourdes, la gourde à côté, et rien à faire avant le dîner.
+ en situation n | Sitting on the rim of the Grand Canyon at the end of the day, shoes off, legs heavy, water bottle beside me, and nothing to do before dinner.

# triad 74
en situation n | Paddling slowly between the icebergs in Greenland, everything silent, the kayak barely moving, and my shoulders completely loose.
+ fr situation n | Je pagaie lentement entre les icebergs au Groenland, tout est silencieux, le kayak avance à peine, et mes épaules sont complètement relâchées.

# triad 75
fr situation n | Au bord du lac de montagne, le chien couché contre mes jambes après la rando, on sèche tous les deux au soleil sans bouger.
+ en situation n | By the mountain lake, the dog lying against my legs after the hike, the two of us drying in the sun without moving.

# triad 76
fr situation n | Camping-car garé au bord du loch, les moutons autour, une tasse de thé sur la marche, et la bruine qui tombe tout doucement.
+ en situation n | Camper van parked by the loch, sheep all around, a mug of tea on the step, and a soft drizzle coming down.

# triad 77
en situation n | Lying on the crash pad in Fontainebleau forest after bouldering, the smell of pine, fingertips throbbing, and no intention of getting up.
+ fr situation n | Allongé sur le crash pad en forêt de Fontainebleau après l'escalade, l'odeur des pins, le bout des doigts qui bat, et aucune intention de me lever.

# triad 78
fr situation n | Vélo-rail à travers les champs, on pédale à peine, le wagonnet glisse tout seul sur les rails, et je laisse pendre mon bras dans les herbes hautes.
+ en situation n | Rail bike through the fields, we're barely pedalling, the little cart glides along the rails by itself, and I let my arm trail in the long grass.

# triad 79
fr situation n | Sur la berge de la Dordogne à marée haute, assise dans l'herbe, l'eau brune qui passe lentement, et rien ne presse de toute la journée.
+ en situation n | On the bank of the Dordogne at high tide, sitting in the grass, the brown water drifting slowly past, and nothing to hurry for all day.

# triad 80
fr situation n | Sauna au bord du lac en Finlande, puis allongé sur le ponton, le corps qui fume dans l'air froid, le cœur qui ralentit.
+ en situation n | Lakeside sauna in Finland, then lying on the jetty, my body steaming in the cold air, heart slowing down.
"""

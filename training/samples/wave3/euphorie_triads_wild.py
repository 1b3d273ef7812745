"""euphorie: third wave, triads with detente and panique (train and validation only)."""

SEEDS = """
# triad 01
en situation h | Sea kayaking back from the calanques, the tailwind has us surfing wave after wave towards the beach and we're screaming with joy!
+ fr situation h | Retour des calanques en kayak de mer, le vent arrière nous fait surfer vague après vague jusqu'à la plage et on hurle de joie !

# triad 02
fr situation h | Via ferrata : on traverse le pont de singe au-dessus du torrent, tout balance, et on hurle de rire comme des fous !
+ en situation h | Via ferrata: we're crossing the monkey bridge over the torrent, the whole thing swinging, and we're howling with laughter like maniacs!

# triad 03
fr situation h | Pédalo à toboggan : les enfants glissent dans le lac les uns après les autres en hurlant, et maintenant c'est moi qui m'y jette !
+ en situation h | Pedalo with a slide: the kids shoot into the lake one after another screaming, and now I'm the one throwing myself down it!

# triad 04
en slang_emoji h | ten sledges tied together in a conga line, we fly down the hill and all crash into the powder screaming 😂❄️❄️ AGAIN
+ fr slang_emoji h | dix luges attachées en chenille, on dévale la colline et on se crashe tous dans la poudreuse en hurlant 😂❄️❄️ ENCORE

# triad 05
fr situation h | Chiens de traîneau en Laponie : les huskies foncent à travers la forêt blanche, la neige nous gicle au visage et je hurle de joie !
+ en situation h | Dog sledding in Lapland: the huskies charge through the white forest, snow spraying in our faces, and I'm yelling with joy!

# triad 06
en situation h | Catamaran up on one hull, spray everywhere, we're flying across the bay screaming like kids on a roller coaster!
+ fr situation h | Catamaran sur une coque, des embruns partout, on vole à travers la baie en hurlant comme des gosses sur des montagnes russes !

# triad 07
fr situation h | Piscine du gîte : les dix cousins sautent en bombe en même temps, l'eau déborde partout et on hurle de rire !
+ en situation h | Gîte pool: all ten cousins cannonball in at once, water sloshing everywhere, and we're shrieking with laughter!

# triad 08
fr situation h | Bâche savonneuse de trente mètres sur la pente du jardin : toute la famille glisse à plat ventre en hurlant de rire !
+ en situation h | Thirty-metre soapy tarp down the garden slope: the whole family's sliding down on their bellies, howling with laughter!

# triad 09
en situation h | Treetop course in the forest: I leap off the platform into the giant net like Tarzan and scream with joy, I'm going again!
+ fr situation h | Accrobranche en forêt : je saute de la plateforme dans le filet géant comme Tarzan et je hurle de joie, j'y retourne !

# triad 10
fr situation h | En plein juillet, on dévale le névé sur les fesses en short et on hurle de rire dans la neige !
+ en situation h | Middle of July and we're sliding down the snowfield on our bums in shorts, screaming with laughter in the snow!

# triad 11
en situation h | Big waves today, the kids and I are bodyboarding every single one and screaming our lungs out each time!
+ fr situation h | Grosses vagues aujourd'hui, les enfants et moi, on les prend toutes en bodyboard et on hurle à pleins poumons à chaque fois !

# triad 12
fr situation h | En Guadeloupe, on passe tous sous la cascade glacée en même temps, on hurle, on rit, et on y retourne !
+ en situation h | In Guadeloupe we all go under the icy waterfall at once, screaming, laughing, and straight back in!

# triad 13
en situation h | Riding through the Camargue, hundreds of pink flamingos take off right in front of our horses and we're yelling with joy in the beating of wings!
+ fr situation h | À cheval en Camargue, des centaines de flamants roses s'envolent juste devant nous et on crie de joie dans le battement des ailes !

# triad 14
fr situation h | Descente du col à 70 à l'heure avec les copains, on hurle dans le vent à chaque virage, c'est dingue !
+ en situation h | Flying down the col at 70 km/h with my mates, we're screaming into the wind on every bend, it's insane!

# triad 15
fr situation h | Jacuzzi sous la neige au chalet : quelqu'un met la musique à fond et on danse dans l'eau brûlante en hurlant, les flocons partout !
+ en situation h | Hot tub in the snow at the chalet: someone cranks up the music and we're dancing in the steaming water, screaming, snowflakes everywhere!

# triad 16
en situation h | A bluefin tuna on the line, the reel's screaming, the whole fishing boat's yelling and jumping around!
+ fr situation h | Un thon rouge au bout de la ligne, le moulinet siffle, tout le bateau de pêche hurle et saute dans tous les sens !

# triad 17
fr mixed h | Trempée et gelée, mais surtout survoltée : descente de la rivière en bouées, on enchaîne les rapides à dix en hurlant comme des fous !
+ en mixed h | Soaked and frozen, but mostly buzzing: floating the river on rubber rings, ten of us hitting rapid after rapid, screaming like lunatics!

# triad 18
fr situation h | Dernier soir du safari : les guides massaïs nous entraînent dans leur danse de sauts et tout le camp saute et crie autour du feu !
+ en situation h | Last night of the safari: the Maasai guides pull us into their jumping dance and the whole camp is leaping and shouting round the fire!

# triad 19
en situation h | Sand yacht at 60 km/h along the beach at low tide, one wheel in the air, and I'm screaming my head off!
+ fr situation h | Char à voile à 60 km/h sur la plage à marée basse, une roue en l'air, et je hurle comme un fou !

# triad 20
fr situation h | Islande : le volcan crache une fontaine de lave juste devant nous, tout le groupe crie et saute comme devant un feu d'artifice !
+ en situation h | Iceland: the volcano's spitting a fountain of lava right in front of us, the whole group shouting and jumping like at a fireworks show!

# triad 21
fr situation h | La corde au-dessus de la rivière : je m'élance, je lâche tout en plein vol et je plonge en criant comme Tarzan !
+ en situation h | The rope swing over the river: I launch off, let go mid-air and plunge in yelling like Tarzan!

# triad 22
en situation h | Snowmobile flat out across the frozen plain, powder flying, the guide lets us open the throttle and I'm whooping inside my helmet!
+ fr situation h | Motoneige à fond sur la plaine gelée, la poudreuse qui vole, le guide nous laisse mettre les gaz et je crie de joie sous mon casque !

# triad 23
en situation h | Water fight between ten canoes on the Ardèche, paddles splashing everywhere, we're all screaming and laughing like mad!
+ fr situation h | Bataille d'eau entre dix canoës sur l'Ardèche, les pagaies qui éclaboussent partout, on hurle et on rit comme des fous !

# triad 24
fr situation h | Au mouillage, on saute du bateau les uns après les autres, en salto, en bombe, et tout le monde hurle de rire !
+ en situation h | At anchor, we're leaping off the boat one after another, somersaults, cannonballs, everyone shrieking with laughter!

# triad 25
fr situation h | Randonnée aquatique dans le Verdon : on se laisse emporter dans les toboggans de rochers et on ressort dans l'eau turquoise en hurlant de rire !
+ en situation h | River hiking in the Verdon: we let the water sweep us down the rock chutes and pop out into the turquoise pools howling with laughter!

# triad 26
en situation h | Towed ring on the lake, the boat swings hard and we bounce over the wake, the three of us screaming and crying with laughter!
+ fr situation h | Bouée tractée sur le lac, le bateau vire sec et on rebondit sur les vagues, on hurle et on pleure de rire à trois !

# triad 27
fr situation h | Dans le désert, surf sur les dunes au coucher du soleil : on dévale en hurlant et on remonte en courant pour recommencer !
+ en situation h | In the desert, sandboarding down the dunes at sunset: we fly down screaming and run straight back up to go again!

# triad 28
fr situation h | Aiguille du Midi : on entre dans la cage de verre au-dessus du vide, mille mètres sous nos pieds, et on hurle d'excitation !
+ en situation h | Aiguille du Midi: we step into the glass box over the void, a thousand metres beneath our feet, screaming with excitement!

# triad 29
en situation h | New Year's Day swim: five hundred people in fancy dress charge into the freezing sea screaming, and I'm right in the middle!
+ fr situation h | Bain du Nouvel An : cinq cents personnes déguisées foncent dans la mer glacée en hurlant, et je suis en plein milieu !

# triad 30
fr situation h | Baignade de nuit : le plancton s'illumine à chaque mouvement, on s'éclabousse de lumière bleue en hurlant comme des gamins !
+ en situation h | Night swim: the plankton lights up with every move, we're splashing each other with blue light, shrieking like kids!

# triad 31
en situation h | The power kite lifts me clean off the dune, I'm floating two metres up and screaming with delight!
+ fr situation h | Le cerf-volant de traction me soulève de la dune, je flotte à deux mètres de haut et je hurle de bonheur !

# triad 32
fr situation h | Descente en VTT dans la forêt avec les potes : les racines, les bosses, la boue, on hurle de joie à chaque saut ! Envoie les couleurs !
+ en situation h | Mountain biking down through the forest with my mates: roots, bumps, mud, we're yelling with joy at every jump! Bring on the colours!

# triad 33
fr situation h | Ski de rando à la pleine lune : on descend la pente qui brille en criant de joie dans le silence de la montagne !
+ en situation h | Ski touring by the full moon: we swoop down the glowing slope, whooping in the silence of the mountain!

# triad 34
fr situation h | Bivouac sous une pluie d'étoiles filantes : on hurle à chaque trait de lumière et on saute hors des duvets comme des fous !
+ en situation h | Bivouac under a meteor shower: we yell at every streak of light and leap out of our sleeping bags like maniacs!

# triad 35
fr typo h | road trip on traverse le lac salé a fond, musique a bloc, on hurle tous les 4 par les fenetres cest la folieee
+ en typo h | road trip were tearing across the salt flats flat out, music blasting, all 4 of us yelling out the windows its craaazy

# triad 36
en situation h | First night of our van trip: the sun's going down over the lake and we're dancing barefoot on the roof, screaming along to the music!
+ fr situation h | Premier soir de notre voyage en van : le soleil se couche sur le lac et on danse pieds nus sur le toit en hurlant les paroles !

# triad 37
fr situation h | Les vagues sont parfaites, tout le line-up part en même temps, on glisse côte à côte en hurlant de joie !
+ en situation h | The waves are perfect, the whole line-up takes off together, we're riding side by side screaming with joy!

# triad 38
fr situation h | Premier orage après trois semaines de canicule : on court tous dans le jardin sous la pluie tiède et on glisse dans l'herbe en hurlant de bonheur !
+ en situation h | First storm after three weeks of heatwave: we all run out into the garden in the warm rain, sliding on the grass and screaming with happiness!

# triad 39
fr situation h | Fête du berger sur l'alpage : cors des Alpes, accordéon, et tout le monde danse dans le pré en hurlant de rire jusqu'à la nuit !
+ en situation h | Shepherds' festival up on the pasture: alphorns, accordion, and everyone dancing in the meadow, howling with laughter till nightfall!

# triad 40
en situation h | Skijoring: the horse breaks into a gallop along the snowy track and I'm being towed on my skis, screaming with joy!
+ fr situation h | Ski joëring : le cheval part au galop sur la piste enneigée et je suis tiré sur mes skis en hurlant de joie !

# triad 41
fr situation h | Dans le lagon, des dizaines de raies viennent nous frôler les jambes pendant qu'on les nourrit, on hurle d'excitation en se tenant par la main !
+ en situation h | In the lagoon, dozens of rays are brushing against our legs while we feed them, we're screaming with excitement, holding hands!

# triad 42
fr situation h | Dernier soir de la Loire à vélo : on tombe sur un bal à la guinguette, l'accordéon démarre et on danse comme des fous en cuissard !
+ en situation h | Last evening of our Loire bike trip: we stumble on a dance at a riverside bar, the accordion starts up and we're dancing like mad in our cycling shorts!

# triad 43
fr situation h | Nuit blanche à la piscine municipale : DJ au bord du bassin, lumières fluo sous l'eau, tout le monde saute du grand plongeoir en hurlant !
+ en situation h | All-nighter at the public pool: a DJ by the water, neon lights underwater, everyone leaping off the high board screaming!

# triad 44
fr situation h | Papi a accroché une tyrolienne de la cabane dans l'arbre jusqu'au fond du jardin, les cousins s'élancent un par un en hurlant de joie !
+ en situation h | Grandpa's rigged a zip line from the treehouse to the bottom of the garden, the cousins are flying down one by one, shrieking with joy!

# triad 45
fr situation h | Road trip dans les Dolomites : au sommet du col, une fanfare tyrolienne joue sur le parking et les motards dansent avec nous en hurlant !
+ en situation h | Road trip in the Dolomites: at the top of the pass, a Tyrolean brass band's playing in the car park and the bikers are dancing with us, whooping!

# triad 46
fr situation h | Nuit sur la plage : des djembés, un feu, et toute la plage danse pieds nus dans les vagues en criant ! Ambiance de fête, vite !
+ en situation h | Night on the beach: djembes, a fire, and the whole beach dancing barefoot in the waves, shouting! Party lights, quick!

# triad 47
fr situation h | Dans la baie, le guide nous fait sauter sur le sable mouvant, tout tremble comme de la gelée et on hurle de rire tous ensemble !
+ en situation h | Out in the bay, the guide has us jumping on the quicksand, it wobbles like jelly and we're all screaming with laughter!

# triad 48
en situation h | The garden sprinklers kick in in the middle of the barbecue, everyone's soaked, screaming and dancing under the jets!
+ fr situation h | L'arrosage automatique du jardin se déclenche en plein barbecue, tout le monde est trempé, hurle et danse sous les jets !

# triad 49
fr situation h | Paddle géant à huit sur le lac : on se pousse à l'eau les uns les autres en hurlant de rire, personne ne tient debout !
+ en situation h | Giant paddleboard with eight of us on the lake: we keep shoving each other in, screaming with laughter, nobody can stay up!

# triad 50
fr situation h | Fin de journée au ski : le DJ du bar d'altitude lance la musique et tout le monde danse en chaussures de ski sur les tables !
+ en situation h | End of the ski day: the DJ at the mountain bar cranks the music and everyone's dancing on the tables in their ski boots!

# triad 51
fr situation h | Le soir des foins, on saute de botte en botte dans la grange et on plonge dans le tas de foin en hurlant de rire !
+ en situation h | On haymaking night we jump from bale to bale in the barn and dive into the hay pile, screaming with laughter!

# triad 52
fr situation h | 14 juillet au camping : le feu d'artifice part au-dessus du lac et tout le camping fait la chenille entre les tentes en hurlant !
+ en situation h | Bastille Day at the campsite: the fireworks go up over the lake and the whole campsite does a conga between the tents, yelling!

# triad 53
fr situation h | Première vue de la mer après neuf heures de route : les enfants hurlent, on se gare et tout le monde court tout habillé dans les vagues !
+ en situation h | First glimpse of the sea after nine hours on the road: the kids scream, we park and everyone runs into the waves fully dressed!

# triad 54
en situation h | Glider ride: the pilot pulls a loop and then a dive, I'm screaming with joy and begging to go again!
+ fr situation h | Baptême en planeur : le pilote enchaîne une boucle puis un piqué, je hurle de joie et je supplie de recommencer !

# triad 55
fr situation h | Au pied de la passe à poissons, les saumons sautent par dizaines juste devant nous, on crie et on se tape dans le dos comme des gamins !
+ en situation h | At the foot of the fish ladder, salmon are leaping by the dozen right in front of us, we're shouting and slapping each other's backs like kids!

# triad 56
fr situation h | Cabane perchée : le matin, on redescend par le toboggan géant depuis la cime des arbres et on arrive en bas en hurlant de rire !
+ en situation h | Tree cabin: in the morning we go down the giant slide from the treetops and land at the bottom howling with laughter!

# triad 57
fr typo h | en crete on croise un mariage qui danse sur la route, ils nous font descendre du scooter et on danse avec eux en hurlant cest dingue
+ en typo h | in crete we pass a wedding dancing in the road, they pull us off the scooter and were dancing with them yelling its insane

# triad 58
en situation h | Crossing the equator on the sailboat: the skipper blasts the horn, we're dancing on deck and tipping buckets of seawater over each other, screaming!
+ fr situation h | Passage de l'équateur en voilier : le skipper fait hurler la corne, on danse sur le pont et on se renverse des seaux d'eau de mer en hurlant !

# triad 59
fr situation h | Concours de plongeons ratés à la piscine de l'hôtel : tout le bord hurle et applaudit, et je me jette en bombe avec mon fils !
+ en situation h | Worst-dive contest at the hotel pool: everyone round the edge is screaming and clapping, and I cannonball in with my son!

# triad 60
fr situation h | Nuit en igloo : avant de dormir, on dévale la piste éclairée sur des bouées accrochées à quatre et on hurle de rire !
+ en situation h | Night in an igloo: before bed we hurtle down the floodlit run on rubber rings tied four together, screaming with laughter!

# triad 61
fr situation h | Au bout du sentier côtier, on tombe sur un fest-noz dans le port, et on danse la gavotte en criant jusqu'à deux heures du matin !
+ en situation h | At the end of the coastal path we stumble on a fest-noz at the harbour, and we're dancing the gavotte and whooping till two in the morning!

# triad 62
fr situation h | Premier jour de vent de l'été, toute la bande sort en planche à voile, on file côte à côte et on se crie dessus de bonheur !
+ en situation h | First windy day of the summer, the whole gang's out windsurfing, we're racing side by side and yelling at each other with delight!

# triad 63
fr situation h | Wagon découvert du petit train de montagne sur le viaduc : le vide sous nous, le vent, et tout le monde hurle de joie les bras en l'air !
+ en situation h | Open carriage of the little mountain train on the viaduct: the drop beneath us, the wind, and everyone screaming with joy, arms in the air!

# triad 64
fr situation h | Norvège, route de l'Atlantique en pleine tempête : les vagues explosent sous les ponts et on hurle de joie dans la voiture à chaque passage !
+ en situation h | Norway, the Atlantic Road in a storm: waves exploding under the bridges and we're screaming with joy in the car every time we cross!

# triad 65
fr situation h | Costa Rica : en pleine jungle, on tombe sur une rivière d'eau chaude sous une cascade et on s'y jette tous en hurlant de bonheur !
+ en situation h | Costa Rica: deep in the jungle we stumble on a hot river under a waterfall and we all throw ourselves in, screaming with happiness!

# triad 66
fr situation h | Le bouquet final explose au-dessus du lac, cent bateaux klaxonnent en même temps et on hurle tous debout sur le pont ! Mets-moi ça en lumières !
+ en situation h | The grand finale bursts over the lake, a hundred boats sound their horns at once and we're all on our feet on deck screaming! Put that in the lights!

# triad 67
fr situation h | Au sommet du Ventoux, le mistral est si fort qu'on se penche à quarante-cinq degrés dedans, on hurle de rire, on se croirait en train de voler !
+ en situation h | At the top of Mont Ventoux the mistral's so strong we're leaning into it at forty-five degrees, howling with laughter, it feels like flying!

# triad 68
fr situation h | Parachute ascensionnel : le bateau nous trempe les pieds dans la mer puis nous renvoie en l'air, on hurle de rire à deux !
+ en situation h | Parasailing: the boat dips our feet in the sea then sends us shooting back up, the two of us screaming with laughter!

# triad 69
fr slang_emoji h | la sirène de la piscine à vagues 🌊🌊 mille personnes qui sautent dans les vagues en hurlant, on est des oufs
+ en slang_emoji h | the wave pool siren 🌊🌊 a thousand people jumping in the waves screaming, we've lost it

# triad 70
fr situation h | Outback : une cinquantaine de kangourous bondissent à côté de la voiture, à notre vitesse, et on hurle de joie par les fenêtres !
+ en situation h | Outback: fifty kangaroos bounding alongside the car, keeping pace with us, and we're screaming with joy out of the windows!

# triad 71
fr situation h | Canada : l'hydravion se pose sur le lac en rebondissant sur l'eau, et toute la cabine hurle et rit comme au manège !
+ en situation h | Canada: the floatplane lands on the lake, bouncing across the water, and the whole cabin's screaming and laughing like on a fairground ride!

# triad 72
fr situation h | Session de snowboard en nocturne : projecteurs, musique dans les enceintes du snowpark, on enchaîne les sauts en hurlant de joie !
+ en situation h | Night snowboard session: floodlights, music pumping from the snowpark speakers, we're hitting jump after jump, whooping with joy!

# triad 73
en situation h | Helicopter over the Grand Canyon: the ground suddenly drops away beneath us and the four of us scream with joy in our headsets!
+ fr situation h | Hélicoptère au-dessus du Grand Canyon : le sol disparaît d'un coup sous nous et on hurle de joie à quatre dans les casques !

# triad 74
fr situation h | Groenland : un pan du glacier s'effondre dans le fjord devant notre gros bateau, la houle nous soulève et tout le pont hurle de joie !
+ en situation h | Greenland: a chunk of the glacier crashes into the fjord ahead of our big ship, the swell lifts us and the whole deck screams with joy!

# triad 75
fr situation h | Lac de montagne : le chien plonge après le bâton, les enfants le suivent tout habillés et tout le monde hurle de rire dans l'eau glacée !
+ en situation h | Mountain lake: the dog dives in after the stick, the kids follow him fully dressed and everyone's howling with laughter in the freezing water!

# triad 76
fr situation h | Road trip en Écosse : on tombe sur les jeux des Highlands, cornemuses à fond, et on finit à danser en rond dans le pré en hurlant !
+ en situation h | Road trip in Scotland: we stumble on the Highland Games, bagpipes blaring, and end up dancing a reel in the field, whooping!

# triad 77
fr situation h | Forêt de Fontainebleau : on dévale la grande dune de sable en courant, on roule, on tombe, on hurle de rire comme des gamins !
+ en situation h | Fontainebleau forest: we go charging down the big sand dune, rolling, tumbling, howling with laughter like kids!

# triad 78
fr situation h | Vélo-rail : dans la grande descente sur le viaduc, on lâche les pédales et on file en hurlant de joie au-dessus de la vallée !
+ en situation h | Rail bike: on the long downhill over the viaduct we let go of the pedals and go flying, screaming with joy above the valley!

# triad 79
fr situation h | Mascaret sur la Dordogne : on surfe la vague sur des kilomètres et toute la berge hurle de joie en courant à côté de nous !
+ en situation h | Tidal bore on the Dordogne: we're surfing the wave for kilometres and the whole riverbank's screaming with joy, running alongside us!

# triad 80
fr situation h | Finlande : on sort du sauna en courant sur la glace et on saute dans le trou du lac gelé, on ressort en hurlant de joie !
+ en situation h | Finland: we run out of the sauna across the ice and jump into the hole in the frozen lake, coming out screaming with joy!
"""

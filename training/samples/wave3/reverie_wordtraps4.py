"""reverie: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier, hurler / screaming, yelling
fr situation l | Les enfants hurlent dans la cour pendant la récré, et moi, à la fenêtre de la classe, je m'imagine sur un voilier au large des Açores.
+ en situation l | The kids are screaming in the playground at break, and I'm at the classroom window picturing myself on a sailboat off the Azores.
fr situation l | La prof crie mon prénom pour la deuxième fois : dans ma tête, j'étais en train de bâtir un château sur la lune.
+ en situation l | The teacher's calling out my name for the second time: in my head I was building a castle on the moon.
en situation l | The whole stadium's yelling around me and I'm miles away, watching the floodlights and inventing a life for the man selling peanuts.
+ fr situation l | Tout le stade hurle autour de moi et je suis à mille lieues, à regarder les projecteurs et à inventer une vie au vendeur de cacahuètes.
fr situation l | Le vent hurle dans la cheminée et je m'imagine gardienne d'un refuge perdu en montagne, avec une bougie et un carnet.
+ en situation l | The wind's howling down the chimney and I'm imagining I keep a lost mountain hut, with a candle and a notebook.

# reaction: pleurer, larmes / crying, tears
fr situation l | Je bâille à en avoir les larmes aux yeux et je continue de suivre les nuages : un lapin, un bateau, un monsieur en chapeau.
+ en situation l | I'm yawning till my eyes water and still following the clouds: a rabbit, a boat, a man in a hat.
fr situation l | La pluie ruisselle comme des larmes sur la vitre du bus, et je m'invente une histoire pour chaque goutte qui fait la course.
+ en situation l | Rain running down the bus window like tears, and I'm making up a story for every drop racing to the bottom.
en situation l | The baby cried herself to sleep in the pram, and on the park bench I watch the leaves and imagine what she's dreaming.
+ fr situation l | Le bébé s'est endormi dans la poussette après avoir pleuré, et sur le banc du parc je regarde les feuilles en imaginant ses rêves.
fr situation l | Les yeux qui pleurent à cause du vent sur le ferry, je fixe l'écume et je rêve d'îles qui ne sont sur aucune carte.
+ en situation l | Eyes streaming from the wind on the ferry, I stare at the foam and dream of islands that aren't on any map.

# reaction: trembler / shaking
fr situation l | La flamme de la bougie tremble et je la fixe depuis dix minutes, la tête partie dans une forêt de contes.
+ en situation l | The candle flame is trembling and I've been staring at it for ten minutes, my mind off in a fairy-tale forest.
en situation l | The streetlights' reflection shakes on the canal, and I get lost in it, imagining Venice at night.
+ fr situation l | Le reflet des réverbères tremble sur le canal, et je m'y perds en imaginant Venise la nuit.
fr situation l | Mes mains tremblent un peu de froid sur le banc, mais je reste là à imaginer les conversations derrière chaque fenêtre allumée.
+ en situation l | My hands are shaking a little with cold on the bench, but I stay there imagining the conversations behind every lit window.

# reaction: le cœur qui bat / heartbeat
fr situation l | Le cœur qui bat doucement, la tête contre le hublot, je m'invente une vie dans chaque ville illuminée qu'on survole.
+ en situation l | Heart beating softly, head against the plane window, I invent a life in every lit-up town we fly over.
en situation l | I can hear my heart beating in the quiet, and I'm gazing at the sea, picturing a little house on that far cliff.
+ fr situation l | J'entends mon cœur battre dans le silence, je regarde la mer et je m'imagine une petite maison sur la falaise, là-bas.

# reaction: les mains moites / sweaty palms
fr situation l | Les mains moites autour du chocolat chaud, je regarde la neige tomber et je me raconte que le monde entier s'est arrêté.
+ en situation l | Clammy hands round my hot chocolate, I watch the snow fall and tell myself the whole world has stopped.
en situation l | Sweaty palms in my ski gloves, I've stopped at the top of the run just to gaze at the sea of clouds and daydream.
+ fr situation l | Les mains moites dans mes gants de ski, je me suis arrêtée en haut de la piste juste pour contempler la mer de nuages et rêvasser.

# reaction: sauter, bondir / jumping
fr situation l | Un écureuil bondit de branche en branche et je me surprends à imaginer la carte secrète de toutes ses cachettes.
+ en situation l | A squirrel leaps from branch to branch and I catch myself imagining a secret map of all its hiding places.
en situation l | I keep skipping lines in my book because my mind jumps off to the island in chapter two and stays there.
+ fr situation l | Je saute des lignes dans mon livre parce que ma tête file vers l'île du chapitre deux et y reste.
fr situation l | Les gouttes sautent dans les flaques et je rêvasse à une ville où il pleuvrait des notes de musique.
+ en situation l | Raindrops bouncing in the puddles and I'm daydreaming about a town where it rains musical notes.

# reaction: courir / running
fr situation l | En courant le long du lac, je ne vois plus rien : dans ma tête, je traverse la Patagonie à cheval.
+ en situation l | Running along the lake, I stop seeing anything: in my head I'm crossing Patagonia on horseback.
en situation l | The kids are running round the garden and I'm in the deckchair, imagining a treehouse with rope bridges and a lookout.
+ fr situation l | Les enfants courent dans le jardin et moi, dans le transat, j'imagine une cabane dans les arbres avec des ponts de corde et une vigie.
en situation l | My mind keeps running off to a house on stilts over a river while the budget meeting drones on.
+ fr situation l | Ma tête n'arrête pas de filer vers une maison sur pilotis au-dessus d'une rivière pendant que la réunion budget s'éternise.

# reaction: rire, fou rire / laughing
fr situation l | Autour de la table, fous rires et éclats de voix ; moi je regarde les bougies et je pars très loin, sur une île sans nom.
+ en situation l | Around the table, fits of laughter and loud voices; I'm watching the candles and drifting far away, to an island with no name.
en situation l | My friends were laughing at a joke I completely missed; I was busy imagining what clouds would taste like.
+ fr situation l | Mes amis riaient d'une blague que j'ai complètement ratée : j'étais occupée à imaginer le goût des nuages.
fr situation l | Je ris toute seule en imaginant ce que les nuages se raconteraient s'ils pouvaient parler.
+ en situation l | I'm laughing to myself, imagining what the clouds would say to each other if they could talk.

# reaction: le souffle coupé / breathless
fr situation l | Le souffle coupé par le froid en haut du belvédère, je reste à regarder la vallée et je m'invente des villages dans la brume.
+ en situation l | The cold takes my breath away at the top of the lookout, and I stay gazing at the valley, inventing villages in the mist.
en situation l | Breathless at the top of the lighthouse stairs, I lean on the rail and picture myself as its keeper a hundred years from now.
+ fr situation l | Essoufflé en haut des marches du phare, je m'accoude à la rambarde et je m'imagine en être le gardien dans cent ans.

# reaction: sans voix / speechless
fr situation l | Sans voix sous la voûte étoilée du planétarium, je ne pense plus à rien de précis, je flotte entre les galaxies.
+ en situation l | Speechless under the planetarium dome, I stop thinking anything in particular and float between the galaxies.
en situation l | I sat speechless in front of Monet's water lilies for twenty minutes, half dreaming I could step into the pond.
+ fr situation l | Je suis restée sans voix devant les Nymphéas pendant vingt minutes, à moitié en train de rêver d'entrer dans le bassin.
en situation l | Speechless in front of the fjord, I let my thoughts float off with the mist and imagine a wooden house on the far shore.
+ fr situation l | Sans voix devant le fjord, je laisse mes pensées partir avec la brume et j'imagine une maison en bois sur l'autre rive.

# reaction: je n'en reviens pas / can't believe it
fr situation l | Je n'en reviens pas, ça fait une heure que je regarde la pluie sur le velux en imaginant des villes sous-marines.
+ en situation l | I can't believe it, I've spent an hour watching the rain on the skylight and imagining underwater cities.
en situation l | Can't believe I missed my stop again; I was busy picturing my life as a bookseller on a houseboat in Amsterdam.
+ fr situation l | Je n'en reviens pas, encore raté mon arrêt : j'étais en train de m'imaginer libraire sur une péniche à Amsterdam.

# reaction: pas dormi de la nuit / couldn't sleep
fr negation l | Pas dormi de la nuit, mais pas d'inquiétude : je suis restée à la fenêtre à regarder la lune et à m'inventer des voyages.
+ en negation l | Didn't sleep all night, but not from worry: I stayed at the window watching the moon and inventing journeys.
en situation l | Couldn't sleep, so I lay there building a whole imaginary town in my head, street by street, bakery by bakery.
+ fr situation l | Pas réussi à dormir, alors j'ai construit toute une ville imaginaire dans ma tête, rue par rue, boulangerie par boulangerie.

# reaction: les jambes en coton / wobbly legs
fr situation l | Les jambes en coton au réveil, je reste assis au bord du lit pour prolonger le rêve du train qui volait au-dessus des champs.
+ en situation l | Legs like cotton wool when I wake, I sit on the edge of the bed to hang on to the dream of the train flying over the fields.
en situation l | Wobbly-legged after the long swim, I sit on the rocks and imagine the sea is a huge blue animal fast asleep.
+ fr situation l | Les jambes en coton après la longue nage, je m'assois sur les rochers et j'imagine que la mer est un immense animal bleu endormi.

# reaction: la gorge serrée / lump in my throat
fr negation l | Pas de gorge serrée, pas de chagrin : juste la tête dans les nuages depuis que j'ai vu ce ciel rose sur les toits.
+ en negation l | No lump in my throat, no sorrow: just my head in the clouds ever since I saw that pink sky over the rooftops.
en mixed l | A bit of a lump in my throat at the cello solo, but mostly I'm gone: eyes shut, drifting through a ballroom floating on a lake.
+ fr mixed l | Un peu la gorge serrée au solo de violoncelle, mais surtout je suis partie : yeux fermés, je dérive dans une salle de bal qui flotte sur un lac.

# reaction: le ventre noué / knot in my stomach
fr negation l | Ce n'est pas le ventre noué, c'est juste que je suis ailleurs : depuis ce matin je m'imagine vivre dans une yourte en Mongolie.
+ en negation l | It's not a knot in my stomach, I'm just somewhere else: since this morning I've been imagining life in a yurt in Mongolia.
en situation l | Belly full, lying in the grass after the picnic, I watch the ants and picture their tunnels as vast underground cathedrals.
+ fr situation l | Le ventre plein, allongé dans l'herbe après le pique-nique, je regarde les fourmis et j'imagine leurs galeries comme d'immenses cathédrales souterraines.

# reaction: frissons / chills
fr situation l | Des frissons en écoutant la harpe dans l'église vide ; je ferme les yeux et je me vois flotter au-dessus d'un lac gelé.
+ en situation l | Shivers listening to the harp in the empty church; I close my eyes and see myself floating above a frozen lake.
en situation l | A shiver runs down my back as the tram crosses the bridge at dusk, and I'm off, dreaming up a city made only of lights.
+ fr situation l | Un frisson dans le dos quand le tram traverse le pont au crépuscule, et me voilà partie à rêver d'une ville faite uniquement de lumières.

# reaction: la chair de poule / goosebumps
fr situation l | La chair de poule sur la plage de nuit, je regarde les lumières des cargos au large et je m'invente leurs escales.
+ en situation l | Goosebumps on the beach at night, I watch the lights of the cargo ships out at sea and make up their ports of call.
en situation l | Goosebumps from the film score, and long after the credits I'm still sitting there, inventing the rest of their lives.
+ fr situation l | La chair de poule avec la musique du film, et longtemps après le générique je suis encore assise là à inventer la suite de leur vie.

# reaction: serrer les poings / clenched fists
fr situation l | Mon fils serre ses petits poings en dormant, et je le regarde en imaginant les dragons qu'il est peut-être en train de chevaucher.
+ en situation l | My son clenches his little fists in his sleep, and I watch him, imagining the dragons he might be riding.
en situation l | Fists deep in my coat pockets, I walk through the fog pretending I'm in a black-and-white film from another century.
+ fr situation l | Les poings serrés au fond des poches de mon manteau, je marche dans le brouillard en faisant comme si j'étais dans un film en noir et blanc d'un autre siècle.

# reaction: claquer la porte / slammed the door
fr situation l | Quelque part une porte claque dans l'immeuble ; moi je suis à mille lieues, dans la maison au bord de l'eau que je dessine en pensée.
+ en situation l | Somewhere in the building a door slams; I'm a thousand miles away, in the waterside house I'm sketching in my mind.
en situation l | The door slamming pulled me out of a daydream where I was crossing the desert on a camel with a gramophone.
+ fr situation l | La porte qui claque m'a tiré d'une rêverie où je traversais le désert à dos de chameau avec un gramophone.

# reaction: rougir / blushing
fr situation l | Le ciel rougit au-dessus des toits et je m'imagine marcher sur les nuages jusqu'au clocher d'en face.
+ en situation l | The sky's blushing above the rooftops and I'm imagining walking across the clouds to the bell tower opposite.
en situation l | I blushed when the waiter had to ask twice; I'd been gazing at the square, making up a story about the accordion player.
+ fr situation l | J'ai rougi quand le serveur a dû répéter ; j'étais perdue à regarder la place, à inventer une histoire à l'accordéoniste.

# reaction: silence
fr situation l | Dans le silence du train de nuit, le front contre la vitre, je regarde passer les gares vides et je m'invente leurs habitants.
+ en situation l | In the silence of the night train, forehead against the glass, I watch empty stations slide by and invent the people who live there.
en situation l | Silence in the flat, snow outside, and I've spent the afternoon on the window seat imagining I live in a snow globe.
+ fr situation l | Silence dans l'appart, neige dehors, et j'ai passé l'après-midi sur le rebord de la fenêtre à imaginer que je vis dans une boule à neige.
fr situation l | Le silence après la neige, et moi au balcon, j'imagine que la ville entière s'est endormie pour cent ans.
+ en situation l | The silence after the snow, and me on the balcony, imagining the whole city has fallen asleep for a hundred years.

# reaction: immobile / completely still
fr situation l | Immobile sur le quai, je regarde le ferry s'éloigner et je m'imagine à bord, en route vers une île que personne ne connaît.
+ en situation l | Standing still on the quay, I watch the ferry pull away and imagine myself on board, heading for an island nobody knows.
en situation l | I sat motionless on the bench with my sandwich, watching the pigeons and turning them into tiny generals in my head.
+ fr situation l | Je suis restée immobile sur le banc avec mon sandwich, à regarder les pigeons et à en faire de petits généraux dans ma tête.
en situation l | The heron stands perfectly still in the pond, and so do I, lost in a daydream about living on a riverboat.
+ fr situation l | Le héron reste parfaitement immobile dans l'étang, et moi aussi, perdu dans une rêverie où je vis sur un bateau de rivière.

# reaction: fixer le plafond / staring at the ceiling
fr situation l | Je fixe le plafond depuis une heure et les fissures deviennent des rivières sur la carte de pays imaginaires.
+ en situation l | I've been staring at the ceiling for an hour and the cracks are turning into rivers on a map of imaginary countries.
en situation l | Staring at the glow-in-the-dark stars my daughter stuck up, I float off to a planet where it's always evening. Make it dreamy.
+ fr situation l | Je fixe les étoiles phosphorescentes que ma fille a collées au plafond et je m'envole vers une planète où c'est toujours le soir. Mets une ambiance rêveuse.
fr situation l | Allongée sur le lit, je fixe les ombres des feuilles au plafond et je pars me promener dans une jungle imaginaire.
+ en situation l | Lying on the bed, I stare at the leaf shadows on the ceiling and wander off into an imaginary jungle.

# reaction: soupirer / sighing
fr situation l | Je soupire, le menton dans la main, en regardant les montgolfières au-dessus de la vallée, et je m'imagine là-haut dans une nacelle.
+ en situation l | I sigh, chin in my hand, watching the hot-air balloons over the valley, and picture myself up there in a basket.
en situation l | I sighed and stopped typing; the grey roofs outside had turned into waves and I was sailing across them.
+ fr situation l | J'ai soupiré et j'ai arrêté de taper ; les toits gris dehors étaient devenus des vagues et je naviguais dessus.

# reaction: sourire / smiling
fr situation l | Je souris toute seule dans le métro, j'imagine que je suis sur un voilier et que les stations sont des îles.
+ en situation l | I'm smiling to myself on the metro, imagining I'm on a sailboat and the stations are islands.
en situation l | Smiling at nothing, I draw in the steam on the bathroom mirror and picture a city in the clouds.
+ fr situation l | Je souris pour rien, je dessine dans la buée du miroir de la salle de bain et j'imagine une ville dans les nuages.
fr situation l | Un sourire vague aux lèvres, je regarde le feu de cheminée et j'y vois des châteaux qui s'écroulent et renaissent.
+ en situation l | A vague smile on my lips, I watch the fire in the hearth and see castles in it, crumbling and rising again.

# reaction: enfin / finally
fr situation l | Enfin seule dans le jardin, je regarde les lucioles et je m'invente un royaume minuscule sous les fougères.
+ en situation l | Alone in the garden at last, I watch the fireflies and make up a tiny kingdom under the ferns.
en wish l c=violet;blue b=dim | Finally a quiet evening to let my mind wander; soft violet and periwinkle blue, lights low, like a dream.
+ fr wish l c=violet;blue b=dim | Enfin une soirée tranquille pour laisser filer mes pensées : du violet doux et du bleu pervenche, lumière basse, comme dans un rêve.

# reaction: encore / again
fr situation l | Encore dans la lune ce matin : j'ai mis du sucre dans la soupe en pensant à une maison flottante sur la Loire.
+ en situation l | Away with the fairies again this morning: I put sugar in the soup while thinking about a floating house on the Loire.
en situation l | Again I spent the whole lecture watching the trees sway outside, imagining the wind had a voice and was telling me stories.
+ fr situation l | Encore passé tout l'amphi à regarder les arbres se balancer dehors, en imaginant que le vent avait une voix et me racontait des histoires.
fr situation l | Encore perdue dans mes pensées, j'imagine une bibliothèque qui flotterait au-dessus de la ville, avec des échelles en nuages.
+ en situation l | Lost in thought again, I'm imagining a library floating above the city, with ladders made of cloud.

# reaction: toujours / always
fr situation l | Toujours la tête dans les nuages, je regarde la Seine couler depuis le pont et j'imagine qu'elle m'emmène jusqu'à la mer.
+ en situation l | Head in the clouds as always, I watch the Seine flow from the bridge and imagine it carrying me all the way to the sea.
en situation l | I always drift off at the launderette; the drums turn and I picture galaxies spinning in the soap suds.
+ fr situation l | Je pars toujours ailleurs à la laverie : les tambours tournent et j'imagine des galaxies qui tourbillonnent dans la mousse.
fr explicit l | Je suis complètement rêveuse aujourd'hui, comme toujours le dimanche : l'esprit qui vagabonde au-dessus des toits.
+ en explicit l | I'm completely dreamy today, like every Sunday: my mind wandering over the rooftops.

# reaction: jamais / never
fr situation l | Je ne me lasse jamais des nuages vus d'avion : je m'imagine sauter de l'un à l'autre comme sur des matelas.
+ en situation l | I never tire of clouds seen from a plane: I imagine jumping from one to the next like mattresses.
en situation l | I've never been to Japan, but tonight, with the rain on the tin roof, I'm wandering through Kyoto in my head.
+ fr situation l | Je ne suis jamais allé au Japon, mais ce soir, avec la pluie sur le toit en tôle, je me promène dans Kyoto en pensée.
fr situation l | Jamais je n'aurais cru passer une heure à regarder des bulles de savon, mais chacune devient une planète dans ma tête.
+ en situation l | Never thought I'd spend an hour watching soap bubbles, but each one turns into a planet in my head.

# reaction: d'un coup, tout à coup / suddenly
fr situation l | Tout à coup je me retrouve à imaginer ma vie de boulanger dans un village de montagne, au point de ne pas voir passer le bus.
+ en situation l | All of a sudden I'm picturing my life as a baker in a mountain village, so much that I don't even see the bus go by.
en situation l | Suddenly the office goes blurry and I'm on a night train through the Alps, eating soup from a flask by the window.
+ fr situation l | D'un coup le bureau devient flou et je suis dans un train de nuit à travers les Alpes, à manger une soupe du thermos près de la fenêtre.
en situation l | Halfway through hanging the washing, I suddenly stopped and watched the sheets billow like sails, imagining a voyage.
+ fr situation l | En plein étendage du linge, je me suis arrêtée d'un coup pour regarder les draps gonfler comme des voiles, en imaginant un long voyage.

# reaction: incroyable / insane
fr situation l | Les nuages ont des formes incroyables ce soir, je suis allongé sur le capot de la voiture à leur inventer des noms.
+ en situation l | The clouds have incredible shapes tonight, and I'm lying on the car bonnet making up names for them.
en situation l | Insane colours in the sunset over the supermarket car park, and I'm standing there with my shopping, imagining it's the sky on Mars.
+ fr situation l | Des couleurs incroyables au coucher du soleil sur le parking du supermarché, et je reste plantée là avec mes courses à imaginer que c'est le ciel de Mars.

# reaction: fou, dingue / crazy
fr situation l | C'est fou ce que je m'invente en faisant la vaisselle : aujourd'hui j'étais capitaine d'un chalutier islandais.
+ en situation l | It's crazy what I make up while doing the dishes: today I was captain of an Icelandic trawler.
fr slang_emoji l | jsuis grave dans la lune aujourd'hui, jpasse mon temps à imaginer des villes qui flottent, c'est dingue ☁️🏰
+ en slang_emoji l | totally spaced out today, spending all my time imagining floating cities, it's crazy ☁️🏰

# reaction: énorme / huge
fr situation l | Une énorme lune orange se lève sur les champs ; je la regarde par la vitre de la voiture et je m'imagine marcher dessus.
+ en situation l | A huge orange moon is rising over the fields; I watch it from the car window and imagine walking on it.
en situation l | A huge empty beach in winter, and I walk along it imagining the coast is a page I'm writing on with my footsteps.
+ fr situation l | Une immense plage vide en hiver, je la longe en imaginant que la côte est une page que j'écris avec mes pas.

# reaction: trop / so much
fr typo l | trop dans la lune aujourdhui, jai relu 3 fois le meme mail en pensant a une cabane en norvege
+ en typo l | so spaced out today, read the same email 3 times thinkin about a cabin in norway
fr situation l | Trop de pensées qui flottent et aucune qui pèse : je regarde le ventilo tourner et je me laisse porter d'une idée à l'autre.
+ en situation l | So many thoughts floating by and none of them heavy: I watch the fan turn and drift from one idea to the next.
fr wish l c=purple;pink b=dim | J'ai trop la tête dans les nuages ce soir : mets du mauve et du rose pâle, tout doux.
+ en wish l c=purple;pink b=dim | My head's so far up in the clouds tonight: put on mauve and pale pink, nice and soft.

# reaction: grave / seriously
en slang_emoji l | seriously zoned out, staring at the rain and writing a whole fantasy saga in my head lol 🌧️✨
+ fr slang_emoji l | grave dans la lune, je regarde la pluie et j'écris toute une saga fantasy dans ma tête mdr 🌧️✨

# reaction: mort de fatigue, mort d'ennui / dying of
fr situation l | Mort de fatigue dans le train du soir, je regarde défiler les lumières des villages et je laisse mes pensées dériver vers la mer.
+ en situation l | Dead tired on the evening train, I watch the village lights go by and let my thoughts drift towards the sea.
en situation l | Dying of boredom in the post office queue, I've redesigned the whole room as an underwater palace in my head.
+ fr situation l | Mort d'ennui dans la file de la poste, j'ai réaménagé toute la salle en palais sous-marin dans ma tête.
fr mixed l | Un peu crevée après le boulot, mais surtout ailleurs : je m'imagine déjà sur une barque au milieu d'un lac brumeux.
+ en mixed l | A bit worn out after work, but mostly somewhere else: I'm already picturing myself in a rowing boat on a misty lake.
"""

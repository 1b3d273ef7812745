"""reverie: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation l | Au brunch du dimanche, je beurre ma tartine au ralenti, déjà partie en pensée dans un salon de thé flottant sur un lac japonais.
+ en situation l | At Sunday brunch I'm buttering my toast in slow motion, already off in my head in a tea room floating on a Japanese lake.
en situation l | Birthday cake on the table and the candles lit, but I'm staring at the flames, imagining tiny villages living inside each one.
+ fr situation l | Le gâteau d'anniversaire est sur la table, les bougies allumées, mais je fixe les flammes en imaginant de minuscules villages qui vivent dans chacune.
fr situation l | L'apéro bat son plein sur la terrasse ; moi je suis les mouettes des yeux et je m'invente une vie de facteur sur une île écossaise.
+ en situation l | Drinks are in full swing on the terrace; I'm following the gulls with my eyes, inventing a life as a postman on a Scottish island.
fr situation l | Le barbecue grésille, les copains rigolent, et la fumée qui monte devient dans ma tête un dragon paresseux qui s'étire au-dessus du village.
+ en situation l | The barbecue's sizzling, friends are laughing, and in my head the rising smoke becomes a lazy dragon stretching out over the village.
en situation l | Humming while I hang out the washing, and the sheets snapping in the wind turn into the sails of a ship leaving for Iceland.
+ fr situation l | Je chantonne en étendant le linge, et les draps qui claquent au vent deviennent les voiles d'un navire qui part pour l'Islande.
fr situation l | Mon cadeau de Noël, un kaléidoscope : j'ai passé la soirée à le tourner devant la lampe en m'inventant des cathédrales de verre.
+ en situation l | My Christmas present was a kaleidoscope: I spent the evening turning it against the lamp, dreaming up glass cathedrals.
fr slang_emoji l | le chat ronronne sur mes genoux et moi je suis dans une yourte en Mongolie dans ma tête 🐱☁️
+ en slang_emoji l | the cat's purring on my lap and in my head I'm in a yurt in Mongolia 🐱☁️
fr situation l | Dans la cuisine qui sent la confiture, je fixe la vapeur de la bassine et je me vois cueillir des mûres dans un jardin anglais qui n'existe pas.
+ en situation l | In the kitchen that smells of jam, I'm staring at the steam from the pan, picturing myself picking blackberries in an English garden that doesn't exist.

# trap words from curiosite
fr situation l | J'ouvre Wikipédia pour vérifier une date, et vingt minutes plus tard je ne lis plus rien : je me promène dans une ville romaine au bord du Rhône.
+ en situation l | I open Wikipedia to check a date, and twenty minutes later I'm not reading at all: I'm strolling through a Roman town on the banks of the Rhône.
en situation l | I opened the atlas to look up a capital and ended up tracing rivers with my finger, dreaming of a raft drifting down the Mekong.
+ fr situation l | J'ai ouvert l'atlas pour chercher une capitale et j'ai fini par suivre les fleuves du doigt, à rêver d'un radeau qui descend le Mékong.
fr situation n | En cours de chimie, le prof explique les molécules, et moi je vois des petites planètes qui dansent autour d'un soleil de verre.
+ en situation n | In chemistry the teacher's explaining molecules, and I'm seeing little planets dancing around a glass sun.
fr situation l | Le carnet de terrain de ma voisine biologiste traîne sur la table ; je ne le lis pas, je regarde ses croquis d'oiseaux et je m'envole avec eux.
+ en situation l | My biologist neighbour's field notebook is lying on the table; I'm not reading it, I'm looking at her bird sketches and flying off with them.
en situation l | I meant to learn the stars, but lying on the bonnet of the car I ended up inventing my own constellations shaped like teapots.
+ fr situation l | Je voulais apprendre les étoiles, mais allongé sur le capot de la voiture, j'ai fini par inventer mes propres constellations en forme de théières.
fr situation l | Pourquoi les trains de nuit me font-ils cet effet ? Je ne cherche pas la réponse, je me vois juste dans une couchette qui traverse la Roumanie.
+ en situation l | Why do night trains do this to me? I'm not looking for the answer, I just see myself in a sleeper rolling across Romania.
fr situation l | Le cours en ligne sur la photo tourne en fond ; j'ai décroché et je regarde les reflets sur le mur onduler comme une mer tranquille.
+ en situation l | The online photography course is playing in the background; I've zoned out, watching the reflections ripple on the wall like a calm sea.
fr negation l | Je ne cherche pas à résoudre la carte au trésor du jeu de mon fils ; je suis juste parti sur son île, entre les palmiers dessinés au feutre.
+ en negation l | I'm not trying to solve the treasure map from my son's game; I've just wandered off onto his island, among the felt-tip palm trees.

# trap words from detente
fr situation l | Au yoga, pendant la posture finale, mon esprit file construire une cabane en bois flotté sur une plage bretonne imaginaire.
+ en situation l | At yoga, during the final pose, my mind slips away to build a driftwood hut on an imaginary Breton beach.
en situation l | Floating on my back in the pool, I watched the sky and became a seabird gliding over a coastline I'd made up.
+ fr situation l | Sur le dos dans la piscine, je regardais le ciel et je suis devenue un oiseau de mer qui plane au-dessus d'une côte inventée.
fr situation l | Le massage a commencé et mon esprit est parti aussitôt, le long d'un canal de Bruges au petit matin, les cygnes, les briques rouges.
+ en situation l | The massage began and my mind wandered off straight away, along a canal in Bruges at dawn, the swans, the red bricks.
fr situation l | Au lit, lumière éteinte, je m'invente le trajet d'une diligence qui traverserait le Far West au clair de lune.
+ en situation l | In bed with the light off, I'm making up the route of a stagecoach crossing the Wild West by moonlight.
en situation l | On holiday at the cottage, I spend the whole morning on the balcony imagining the life of the shepherd whose hut I can see way up the hill.
+ fr situation l | En vacances au gîte, je passe la matinée au balcon à imaginer la vie du berger dont j'aperçois la cabane tout là-haut.
fr situation l | Vautrée sur le canapé, je fixe la bibliothèque et les dos des livres deviennent les façades colorées d'une rue d'Amsterdam.
+ en situation l | Sprawled on the sofa, I stare at the bookcase and the spines turn into the colourful house fronts of an Amsterdam street.
fr situation l | Dimanche sans rien à faire, je regarde le thé infuser, et les feuilles qui se déplient ressemblent à des forêts vues d'avion.
+ en situation l | A Sunday with nothing to do, I watch the tea brew, and the unfurling leaves look like forests seen from a plane.
fr typo l | jsuis dans mon bain depuis 1h, jme suis inventé une vie de fleuriste a kyoto avec une boutique minuscule lol
+ en typo l | been in the bath for an hour, made up a whole life as a florist in kyoto with a tiny little shop lol

# trap words from euphorie
fr situation l | Au festival, allongée dans l'herbe loin de la scène, la basse arrive étouffée et j'imagine que c'est la colline qui respire.
+ en situation l | At the festival, lying in the grass far from the stage, the bass reaches me muffled and I imagine it's the hill breathing.
en situation l | Confetti everywhere after the carnival parade, and I sat on the kerb imagining each scrap of paper was a tiny boat on its way to the sea.
+ fr situation l | Des confettis partout après le défilé du carnaval, et je me suis assise sur le trottoir en imaginant que chaque bout de papier était un petit bateau en route vers la mer.
fr situation l | À mes trente ans, je me suis surprise à fixer une bulle de champagne qui montait, en m'imaginant minuscule à l'intérieur.
+ en situation l | At my thirtieth, I caught myself staring at a rising champagne bubble, imagining myself tiny inside it.
fr situation l | Le concert est à fond, mais les projecteurs violets me font penser à une aurore boréale et je pars très loin, quelque part en Laponie finlandaise.
+ en situation l | The concert's at full blast, but the purple spotlights remind me of the northern lights and I drift far away, somewhere in Finnish Lapland.
en situation l | The dance floor is packed, and I'm watching the glitter rain fall in slow motion like snow on an imaginary forest.
+ fr situation l | La piste de danse est pleine, et moi je regarde la pluie de paillettes tomber au ralenti comme de la neige sur une forêt imaginaire.
fr situation l | Les clameurs du stade arrivent jusqu'au jardin ; allongé sous le pommier, j'imagine ce champ avant la ville, avec des chevaux sauvages.
+ en situation l | The roar from the stadium carries into the garden; lying under the apple tree, I'm picturing this field before the town, with wild horses.
fr situation l | Au karaoké tout le monde hurle du Céline Dion, et moi je fixe les néons roses en imaginant une ruelle de Tokyo la nuit, une échoppe de ramen sous la pluie.
+ en situation l | At karaoke everyone's belting out Céline Dion, and I'm staring at the pink neon, imagining a Tokyo back street at night, a ramen stall in the rain.
fr slang_emoji l | soirée de ouf chez Tom mais jsuis posée sur le toit à regarder la lune 🌙 j'imagine une ville suspendue là-haut
+ en slang_emoji l | crazy party at Tom's but I'm chilling on the roof looking at the moon 🌙 imagining a city hanging up there

# trap words from victoire
fr situation l | Le prof distribue les copies de l'examen, et moi je regarde la poussière danser dans le rayon de soleil comme une galaxie miniature.
+ en situation l | The teacher's handing back the exam papers, and I'm watching the dust dance in the sunbeam like a miniature galaxy.
en situation l | My brother's telling everyone about his promotion over dinner, and I'm miles away, picturing a little bakery in a Sicilian village.
+ fr situation l | Mon frère raconte sa promotion à tout le monde pendant le dîner, et moi je suis à des kilomètres, à imaginer une petite boulangerie dans un village sicilien.
fr situation l | Pendant la remise des ceintures au club de judo, je fixe les drapeaux accrochés au plafond et je me vois en caravane de chameaux dans le désert.
+ en situation l | During the belt ceremony at judo club, I'm staring at the flags on the ceiling and seeing myself in a camel caravan in the desert.
fr situation l | Enfin fini mon mémoire ? Non : depuis une heure je regarde le curseur clignoter en m'imaginant vivre dans un wagon aménagé au milieu des Highlands.
+ en situation l | Thesis finally done? No: for an hour I've been watching the cursor blink, imagining living in a converted railway carriage in the Highlands.
en situation l | The boss is announcing record quarterly results, and I'm following the glints on the courtyard fountain, thinking of Seville in spring.
+ fr situation l | Le patron annonce des résultats record pour le trimestre, et moi je suis les reflets de la fontaine de la cour en pensant à Séville au printemps.
fr situation l | L'écran affiche « Victoire ! », mais je lâche la manette et je reste à contempler le décor, cette vallée pixelisée où j'aimerais me promener.
+ en situation l | The screen says "Victory!", but I put the controller down and just gaze at the scenery, that pixelated valley I'd love to wander through.
fr situation l | « Bravo à toute l'équipe », dit la cheffe ; moi je suis encore dans la chanson que j'ai en tête, sur un quai de Buenos Aires au crépuscule.
+ en situation l | "Well done, everyone," says the manager; I'm still inside the song in my head, on a dock in Buenos Aires at dusk.
fr mixed l | Un peu fière d'avoir eu mon permis bateau, mais surtout perdue dans mes pensées : je dessine déjà des îles où personne n'accoste jamais.
+ en mixed l | A little proud of getting my boat licence, but mostly lost in thought: I'm already sketching islands where no one ever lands.

# trap words from colere
fr situation l | La grève a annulé mon train, alors sur un banc de la gare je m'imagine descendre le Danube sur une péniche, de ville en ville.
+ en situation l | The strike cancelled my train, so on a station bench I'm imagining drifting down the Danube on a barge, town after town.
en situation l | The neighbours are arguing upstairs again, and I've drifted off watching a crack in the ceiling turn into a river on the map of an imaginary country.
+ fr situation l | Les voisins du dessus se disputent encore, et je suis partie en regardant une fissure du plafond devenir un fleuve sur la carte d'un pays imaginaire.
fr situation l | Le klaxon d'un livreur énervé sous ma fenêtre, et moi je suis toujours à Kyoto dans ma tête, sous les érables rouges.
+ en situation l | An angry delivery driver honking under my window, and in my head I'm still in Kyoto, under the red maples.
fr situation l | Mon frère râle parce que je n'écoute pas : c'est vrai, je regardais les flocons tomber en imaginant une ville de glace sous la mer.
+ en situation l | My brother's grumbling because I'm not listening: true enough, I was watching the snowflakes fall and imagining an ice city under the sea.
en situation l | The computer crashed for the third time, and instead of getting cross I'm gazing at the black screen like a starless sky, drawing comets on it in my head.
+ fr situation l | L'ordi a planté pour la troisième fois, et au lieu de m'énerver je contemple l'écran noir comme un ciel sans étoiles où je dessine des comètes en pensée.
fr negation l | Je ne boude pas, promis : je suis juste partie loin, sur une île du Pacifique où des cochons nagent dans le lagon.
+ en negation l | I'm not sulking, I promise: I've just drifted far away, to a Pacific island where pigs swim in the lagoon.
fr situation l | L'arbitre siffle un penalty injuste, tout le bar hurle, et moi je fixe la mousse de ma bière en y voyant un paysage de dunes.
+ en situation l | The ref gives a bad penalty, the whole bar's yelling, and I'm staring at the froth on my beer, seeing a landscape of dunes in it.
fr typo l | ma coloc raloit sur la vaisselle et moi jregardais la pluie en mimaginant dans un train de nuit vers vienne, jai rien entendu
+ en typo l | my flatmate was moaning about the dishes and i was watching the rain imagining a night train to vienna, didnt hear a thing

# trap words from inquietude
fr situation l | Rendez-vous chez le médecin pour un simple vaccin ; en salle d'attente, une tache au mur devient une île avec ses ports, ses phares et ses chèvres.
+ en situation l | Doctor's appointment for a routine jab; in the waiting room a stain on the wall becomes an island with harbours, lighthouses and goats.
en situation l | Night before the interview, and instead of going over my answers I'm lying in bed picturing a tiny cabin on a glacier in Iceland.
+ fr situation l | La veille de l'entretien, au lieu de revoir mes réponses, je suis au lit à imaginer une minuscule cabane sur un glacier islandais.
fr situation l | Les factures traînent sur la table ; moi je regarde les reflets de la lampe sur le carrelage et je me vois voguer vers les îles Féroé.
+ en situation l | The bills are lying on the table; I'm watching the lamp's reflections on the tiles and seeing myself sailing to the Faroe Islands.
fr situation l | À l'hôpital pour la visite de contrôle de papi, qui va très bien, je regarde par la fenêtre du sixième et j'imagine la ville en maquette, avec de minuscules trams.
+ en situation l | At the hospital for Grandpa's check-up, and he's doing fine, I look out of the sixth-floor window and imagine the town as a model, with tiny trams.
en situation l | The phone's ringing and I don't pick up; in my head I was riding with a merchant caravan along the Silk Road.
+ fr situation l | Le téléphone sonne, je ne décroche pas : dans ma tête, je voyageais avec une caravane de marchands sur la route de la soie.
fr situation l | Tout le monde s'inquiète de la météo du mariage ; moi je regarde les nuages et j'y vois des îles flottantes avec des cascades qui tombent dans le vide.
+ en situation l | Everyone's fretting about the weather for the wedding; I'm looking at the clouds and seeing floating islands with waterfalls pouring into the void.
fr negation l | Pas de stress pour le partiel de demain, juste la tête ailleurs : depuis une heure j'écris dans ma tête le journal d'une exploratrice en Antarctique.
+ en negation l | No stress about tomorrow's exam, just my head elsewhere: for an hour I've been writing, in my mind, the diary of an explorer in Antarctica.
fr situation l | Le mail urgent attend dans ma boîte, et moi je suis toujours accoudée à la fenêtre du bureau à inventer la vie des gens dans la tour d'en face.
+ en situation l | The urgent email's waiting in my inbox, and I'm still leaning on the office window, making up lives for the people in the tower opposite.

# trap words from nostalgie
fr situation l | En feuilletant l'album de mariage de mes arrière-grands-parents, je m'invente le bal que personne n'a photographié, les danseurs, l'accordéon.
+ en situation l | Leafing through my great-grandparents' wedding album, I'm making up the dance nobody photographed, the dancers, the accordion.
en situation l | Granny's old gramophone in the corner, and I'm imagining a tea dance on a Mississippi steamboat, somewhere I've never been.
+ fr situation l | Le vieux gramophone de mamie dans un coin, et je m'imagine un thé dansant sur un bateau à aubes du Mississippi, là où je n'ai jamais mis les pieds.
fr situation l | Dans la cour de mon ancienne école, aucun souvenir ne me revient : je regarde les marronniers et j'imagine qu'ils se parlent entre eux la nuit.
+ en situation l | In the playground of my old school, no memories come back: I watch the chestnut trees and imagine them talking to each other at night.
fr situation l | Un film des années 50 en couleurs, et je me vois tenir un diner au bord d'une route du Nevada, une époque que je n'ai jamais connue.
+ en situation l | A 1950s film in colour, and I see myself running a diner on a Nevada roadside, an era I never knew.
en situation l | The old trunk in the attic: instead of digging for memories, I imagine it crossed the Atlantic on a liner with some forgotten actress.
+ fr situation l | La vieille malle du grenier : au lieu d'y chercher des souvenirs, j'imagine qu'elle a traversé l'Atlantique sur un paquebot avec une actrice oubliée.
fr situation l | Sur la vieille carte routière de papi, je suis une route de montagne du doigt et je m'imagine la parcourir en side-car, sans destination.
+ en situation l | On Grandad's old road map I trace a mountain road with my finger, imagining riding it in a sidecar with nowhere in particular to go.
fr negation l | Pas des souvenirs, non, c'est mon futur que je rêvasse : une maison en pierre, un potager, un vieux chien qui dort au soleil, dans vingt ans.
+ en negation l | Not memories, no, it's my future I'm daydreaming: a stone house, a vegetable patch, an old dog asleep in the sun, twenty years from now.
fr situation l | Les photos sépia du village accrochées au bistrot, je les fixe et je m'imagine traverser la place pavée de 1920, entre les charrettes.
+ en situation l | The sepia photos of the village on the bistro wall, I stare at them and picture myself crossing the cobbled square of 1920, between the carts.

# trap words from panique
fr situation l | Le détecteur de fumée bipe juste pour la pile ; perchée sur l'escabeau, face au plafond, je l'imagine peint de fresques comme une chapelle italienne.
+ en situation l | The smoke alarm's only beeping for its battery; up on the stepladder, face to the ceiling, I imagine it painted with frescoes like an Italian chapel.
en situation l | Storm warning on the radio, just wind and rain for us, and I'm at the window imagining the waves as white horses galloping up the beach.
+ fr situation l | Alerte tempête à la radio, juste du vent et de la pluie chez nous, et je suis à la fenêtre à imaginer les vagues en chevaux blancs qui galopent sur la plage.
fr situation l | Le feu de cheminée crépite, et dans les flammes je vois des villes entières, des tours et des ponts qui naissent et s'effondrent doucement.
+ en situation l | The fire's crackling in the hearth, and in the flames I see whole cities, towers and bridges rising and gently falling away.
fr situation l | L'avion traverse quelques petites turbulences, le pilote nous rassure, et moi je fixe les nuages en m'imaginant marcher dessus pieds nus.
+ en situation l | The plane goes through a bit of mild turbulence, the pilot reassures us, and I'm staring at the clouds imagining walking on them barefoot.
en situation l | Help, I've burnt the rice again: I was leaning out of the window at the chimney pots, imagining I was a sweep in an old silent film.
+ fr situation l | Au secours, j'ai encore laissé brûler le riz : j'étais accoudée à la fenêtre devant les cheminées des toits, à m'imaginer ramoneur dans un vieux film muet.
fr situation l | Pendant l'exercice de confinement au collège, sous la table, je regarde les chewing-gums collés dessous et j'en fais la carte d'un archipel.
+ en situation l | During the lockdown drill at school, under the desk, I'm looking at the chewing gum stuck underneath and turning it into the map of an archipelago.
fr situation l | La route est coupée par la neige, rien de grave, on est au chaud ; derrière la vitre je vois des loups imaginaires traverser la forêt blanche.
+ en situation l | The road's cut off by snow, nothing serious, we're warm inside; through the window I see imaginary wolves crossing the white forest.
fr typo l | l'alarme de la voiture du voisin a sonné pour rien ptdr jetais tellement dans la lune jai cru que cetait une baleine qui chantait
+ en typo l | the neighbours car alarm went off for nothing lmao i was so away with the fairies i thought it was a whale singing

# trap words from suspense
fr situation l | Les résultats du concours tombent à midi et je ne regarde même pas l'heure : au jardin, je suis une coccinelle en lui inventant un long voyage.
+ en situation l | The competition results come out at noon and I'm not even checking the time: in the garden I'm following a ladybird, inventing a long journey for her.
en situation l | Everyone's on the edge of their seats for the penalty shoot-out; I'm watching the moon rise over the stand, imagining someone on a boat far away looking at it too.
+ fr situation l | Tout le monde est suspendu à la séance de tirs au but ; moi je regarde la lune se lever au-dessus de la tribune en imaginant quelqu'un sur un bateau, très loin, qui la regarde aussi.
fr situation l | À l'aéroport, mon vol est retardé sans heure annoncée, et je regarde les avions décoller en leur inventant des destinations qui n'existent pas.
+ en situation l | At the airport my flight's delayed with no new time, and I'm watching the planes take off, inventing destinations that don't exist.
fr situation l | Le dernier tome de la saga arrive demain, mais ce soir je ne me demande pas la fin : je me promène encore dans le château du premier chapitre.
+ en situation l | The last book in the saga comes out tomorrow, but tonight I'm not wondering about the ending: I'm still wandering the castle from chapter one.
en situation l | Endless wait for the judges' verdict on the baking show; I've already tuned out and I'm imagining living in a gingerbread house in the snow.
+ fr situation l | Attente interminable du verdict du jury dans l'émission de pâtisserie ; j'ai déjà décroché, je m'imagine vivre dans une maison en pain d'épices sous la neige.
fr situation l | Le chrono tourne au quiz de la soirée ; moi je fixe le sablier et j'imagine tout un désert qui s'écoule grain par grain.
+ en situation l | The clock's ticking at the quiz night; I'm staring at the hourglass, imagining a whole desert pouring through grain by grain.
fr situation l | Le compte à rebours du lancement défile à l'écran, et je suis déjà ailleurs, dans une station spatiale imaginaire à regarder la Terre tourner lentement.
+ en situation l | The launch countdown is running on screen, and I'm already elsewhere, in an imaginary space station watching the Earth turn slowly.
fr slang_emoji l | jsuis censé attendre le score du match mais jsuis en mode nuage ☁️ j'imagine une ville où les gens se déplacent en bulles de savon
+ en slang_emoji l | supposed to be waiting for the match score but I'm in cloud mode ☁️ imagining a city where people get around in soap bubbles

# trap words from tristesse
fr situation l | Dernier jour de vacances, assise sur la valise fermée, je regarde la jetée et je m'invente une vie de pêcheuse de crevettes dans la cabane du bout.
+ en situation l | Last day of the holidays, sitting on my closed suitcase, I'm looking at the pier and inventing a life as a shrimp fisher in the hut at the end.
en negation l | Rain drumming on the shed roof, and I'm not sad at all: I'm imagining it's an orchestra playing for an audience of snails.
+ fr negation l | La pluie tambourine sur le toit de l'abri de jardin, et je ne suis pas triste du tout : j'imagine un orchestre qui joue pour un public d'escargots.
fr situation l | Assise sous le saule pleureur du parc, je regarde ses branches tomber comme un rideau et j'imagine qu'un autre monde s'ouvre juste derrière.
+ en situation l | Sitting under the weeping willow in the park, I watch its branches hang like a curtain and imagine another world opening just behind it.
fr situation l | Le vieux piano de la salle de classe vide, j'appuie sur une touche et je m'imagine un bal d'élèves d'il y a cent ans, en blouses et en sabots.
+ en situation l | The old piano in the empty classroom, I press a key and imagine a dance of pupils from a hundred years ago, in smocks and clogs.
en situation l | The kids have left for camp and the house is quiet; I let my thoughts drift to a Tyrolean village where everyone plays the alphorn at dusk.
+ fr situation l | Les enfants sont partis en colo et la maison est calme ; je laisse mes pensées dériver vers un village du Tyrol où tout le monde joue du cor des Alpes au crépuscule.
fr situation l | Les gouttes de pluie sur le Velux dessinent des rivières, et je m'invente les pays qu'elles traversent avant d'arriver à la gouttière.
+ en situation l | The raindrops on the skylight trace rivers, and I'm inventing the countries they cross before they reach the gutter.
fr situation l | Seule à la table du café sous un ciel gris, j'imagine que chaque passant est un personnage du roman que j'écrirai peut-être un jour. Mets une lumière lavande.
+ en situation l | Alone at a café table under a grey sky, I imagine every passer-by is a character in the novel I might write one day. Put on a lavender light.
fr mixed l | Un peu de vague à l'âme ce soir, mais surtout la tête dans les étoiles : je me vois à bord d'une station en orbite, la Terre au hublot.
+ en mixed l | A touch of the blues tonight, but mostly my head in the stars: I see myself aboard an orbiting station, the Earth in the porthole.
"""

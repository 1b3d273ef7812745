"""curiosite: third wave, minimal pairs with reverie (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Sur le canapé, je fixe les moulures du plafond et je cherche de quelle époque datent ces motifs.
+ en situation n | On the sofa, I stare at the ceiling mouldings and look up what period those patterns date from.

# pair 02
fr situation n | La pluie coule sur la vitre, je chronomètre les gouttes pour comprendre pourquoi certaines zigzaguent.
+ en situation n | Rain running down the window, I'm timing the drops to work out why some of them zigzag.

# pair 03
fr situation n | En remuant la soupe, je me demande pourquoi la crème tranche avec le citron ; je vais lire là-dessus.
+ en situation n | Stirring the soup, I wonder why cream splits when you add lemon; I'm going to read up on it.

# pair 04
en situation n | The dough is rising under the tea towel and I want to know what the yeast actually does.
+ fr situation n | La pâte lève sous le torchon et je veux savoir ce que la levure fabrique vraiment.

# pair 05
fr situation n | Le chat dort au soleil seize heures par jour, je cherche pourquoi les félins dorment autant.
+ en situation n | The cat sleeps in the sun sixteen hours a day, I'm looking up why cats sleep so much.

# pair 06
fr situation n | Le chien fixe la fenêtre depuis dix minutes, je veux savoir ce qu'il entend que je n'entends pas.
+ en situation n | The dog's been staring out of the window for ages, I want to know what he hears that I can't.

# pair 07
fr situation n | Devant l'aquarium, je demande au soigneur comment les poissons dorment sans paupières.
+ en situation n | At the aquarium I ask the keeper how fish sleep without eyelids.

# pair 08
fr situation n | Ma fille m'a demandé ce qu'il y a derrière les nuages, on cherche ensemble jusqu'où monte l'atmosphère.
+ en situation n | My daughter asked me what's behind the clouds, so we're looking up together how high the atmosphere goes.

# pair 09
fr situation n | En cours de géo, je regarde la carte du Pacifique et je veux savoir comment se forment les atolls.
+ en situation n | In geography class I look at the map of the Pacific and want to know how atolls form.

# pair 10
fr situation n | Pendant la dictée, je me demande pourquoi « oignon » s'écrit avec un i ; je chercherai l'étymologie.
+ en situation n | During the dictation I wonder why "oignon" is spelt with an i; I'll look up where it comes from.

# pair 11
en situation n | The lecture hall is warm, the prof's on Kant, and I'm noting three questions to ask him afterwards.
+ fr situation n | L'amphi est tiède, le prof parle de Kant, et je note trois questions à lui poser après.

# pair 12
fr situation n | En réunion, je fixe le ficus du coin et je me demande comment il pousse sans jamais voir le jour.
+ en situation n | In the meeting I stare at the ficus in the corner and wonder how it grows without ever seeing daylight.

# pair 13
fr situation n | Le tableur est ouvert depuis une heure, je décortique comment la macro du collègue calcule les primes.
+ en situation n | The spreadsheet has been open for an hour, I'm picking apart how my colleague's macro works out the bonuses.

# pair 14
fr situation n | Pause sur l'échafaudage, je demande au couvreur pourquoi les ardoises sont posées en écailles.
+ en situation n | Break on the scaffolding, I ask the roofer why the slates are laid like fish scales.

# pair 15
fr situation n | Dans la salle d'attente, je lis l'affiche sur le cœur et je veux comprendre comment s'ouvrent les valves.
+ en situation n | In the waiting room I read the poster about the heart and want to understand how the valves open.

# pair 16
en situation n | During the blood donation I ask the nurse how the machine separates the plasma from the rest.
+ fr situation n | Pendant le don de sang, je demande à l'infirmière comment la machine sépare le plasma du reste.

# pair 17
fr situation n | En courant le long du canal, je m'arrête lire le panneau qui explique comment marchent les écluses.
+ en situation n | Running along the canal, I stop to read the sign explaining how the locks work.

# pair 18
fr situation n | Le match traîne, je cherche comment l'arbitrage vidéo trace la ligne du hors-jeu au centimètre.
+ en situation n | The match is dragging on, I'm looking up how VAR draws the offside line to the centimetre.

# pair 19
fr situation n | Je fais la planche dans la piscine et je me demande pourquoi on flotte mieux poumons pleins.
+ en situation n | Floating on my back in the pool, I wonder why you float better with your lungs full.

# pair 20
en situation n | Pedalling up the hill, I want to understand why a lower gear makes the effort feel lighter.
+ fr situation n | Dans la montée, je pédale et je veux comprendre pourquoi un petit braquet allège l'effort.

# pair 21
fr situation n | Dans le jeu, je laisse mon perso immobile pour voir comment le moteur calcule les ombres du soir.
+ en situation n | In the game I leave my character standing still to see how the engine works out the evening shadows.

# pair 22
fr situation n | La partie d'échecs est finie, je rejoue la fin pour comprendre pourquoi mon cavalier était perdu.
+ en situation n | The chess game's over, I replay the ending to understand why my knight was lost.

# pair 23
fr situation n | Devant le puzzle de mille pièces, je cherche comment les machines découpent des formes toutes différentes.
+ en situation n | Over the thousand-piece jigsaw, I'm looking up how machines cut every piece a different shape.

# pair 24
en situation n | The neighbour's cello drifts up the courtyard and I need to know what piece that is; I'll knock and ask.
+ fr situation n | Le violoncelle du voisin monte par la cour, je veux savoir quel morceau c'est ; je vais frapper lui demander.

# pair 25
fr situation n | Au concert, je fixe le batteur et je me demande comment il joue trois rythmes à la fois.
+ en situation n | At the concert I watch the drummer and wonder how he plays three rhythms at once.

# pair 26
fr situation n | Le vieux vinyle de jazz tourne, et je veux comprendre comment un sillon garde le son sans électronique.
+ en situation n | The old jazz record is spinning and I want to understand how a groove holds sound with no electronics.

# pair 27
fr situation n | J'ai refermé le roman et je cherche si la ville décrite existe vraiment, et où.
+ en situation n | I've closed the novel and I'm checking whether the town in it really exists, and where.

# pair 28
en situation n | The film's over, the credits roll, and I'm looking up how they shot the sandstorm scene.
+ fr situation n | Le film est fini, le générique défile, et je cherche comment ils ont tourné la tempête de sable.

# pair 29
fr situation n | Le documentaire sur les abysses m'a laissé plein de questions : comment ces méduses font-elles de la lumière ?
+ en situation n | The deep-sea documentary left me full of questions: how do those jellyfish make light?

# pair 30
fr situation n | Le train file dans la plaine, je cherche à quelle vitesse on roule et comment il freine.
+ en situation n | The train speeds across the plain, I'm looking up how fast we're going and how it brakes.

# pair 31
fr situation n | Par le hublot, je vois les traînées blanches des avions et je veux comprendre comment elles se forment.
+ en situation n | Through the porthole I see the planes' white trails and want to understand how they form.

# pair 32
en situation n | At the airport I read the destinations on the board and wonder who decides codes like CDG or LHR.
+ fr situation n | À l'aéroport, je lis les destinations sur le tableau et je me demande qui attribue les codes CDG ou LHR.

# pair 33
fr situation n | Dans le bus de nuit, je me demande comment les feux devinent que le bus arrive pour passer au vert.
+ en situation n | On the night bus I wonder how the traffic lights know the bus is coming, they all turn green.

# pair 34
fr situation n | Passager sur l'autoroute, je me demande comment les panneaux calculent le temps jusqu'à Lyon.
+ en situation n | Passenger on the motorway, I wonder how the signs work out the travel time to Lyon.

# pair 35
fr situation n | Pendant la vidange, le mécano me laisse regarder sous la voiture et je lui pose mille questions.
+ en situation n | While they change the oil, the mechanic lets me look under the car and I ask him a thousand questions.

# pair 36
en situation n | The storm is moving off, I count the seconds between flash and thunder to work out the distance.
+ fr situation n | L'orage s'éloigne, je compte les secondes entre l'éclair et le tonnerre pour calculer la distance.

# pair 37
fr situation n | Il neige à gros flocons, j'en attrape un sur un gant noir pour compter ses branches à la loupe.
+ en situation n | Big flakes of snow falling, I catch one on a black glove to count its arms with a magnifier.

# pair 38
fr situation n | La brume couvre l'étang ce matin mais pas le champ à côté, je veux comprendre pourquoi.
+ en situation n | Mist over the pond this morning but not over the field next to it, I want to understand why.

# pair 39
fr situation n | Un double arc-en-ciel au-dessus du lotissement, je cherche pourquoi les couleurs du second sont inversées.
+ en situation n | A double rainbow over the estate, I'm looking up why the second one's colours are reversed.

# pair 40
fr situation n | En désherbant le potager, je trouve une énorme larve blanche et je veux savoir de quel insecte elle vient.
+ en situation n | Weeding the vegetable patch, I find a huge white grub and want to know what insect it turns into.

# pair 41
en situation n | I watch the dandelion seeds fly off and look up how far the wind can actually carry them.
+ fr situation n | Je regarde les graines de pissenlit s'envoler et je cherche jusqu'où le vent peut vraiment les porter.

# pair 42
fr situation n | J'ai acheté un billet de loto et je cherche comment le tirage est contrôlé pour être vraiment au hasard.
+ en situation n | I bought a lottery ticket and I'm looking up how the draw is checked to be truly random.

# pair 43
fr situation n | File d'attente à la banque, je lis comment les billets sont protégés contre la contrefaçon.
+ en situation n | Queueing at the bank, I read how banknotes are protected against forgery.

# pair 44
fr situation n | Le formulaire de la CAF est devant moi, et par curiosité je cherche comment est calculé le quotient familial.
+ en situation n | The benefits form is in front of me, and out of curiosity I look up how the family quotient works.

# pair 45
en situation n | Two hours in the queue at the prefecture, so I read up on the building, a former 17th-century convent.
+ fr situation n | Deux heures de file à la préfecture, alors je lis l'histoire du bâtiment, un ancien couvent du XVIIe.

# pair 46
fr situation n | Fond d'écran : une aurore boréale. Je cherche pourquoi elle est verte et parfois rouge.
+ en situation n | Wallpaper: the northern lights. I'm looking up why they're green and sometimes red.

# pair 47
fr situation n | Sur Street View en Islande, je veux savoir comment la voiture Google est montée sur cette piste.
+ en situation n | On Street View in Iceland, I want to know how the Google car got up that track.

# pair 48
fr situation n | Une vidéo explique pourquoi les blés ondulent en vagues, je la regarde trois fois pour tout comprendre.
+ en situation n | A video explains why wheat ripples in waves, I watch it three times to understand it all.

# pair 49
en situation n | A treehouse photo on Insta, and I'm looking up how it holds without damaging the trunk.
+ fr situation n | Une photo de cabane dans les arbres sur Insta, et je cherche comment elle tient sans abîmer le tronc.

# pair 50
fr situation n | Au rayon bougies, je sens « feu de bois » et je me demande quelles molécules imitent cette odeur.
+ en situation n | In the candle aisle I sniff "wood fire" and wonder which molecules fake that smell.

# pair 51
fr situation n | Devant les mangues du Pérou, je me demande comment elles traversent l'océan sans pourrir.
+ en situation n | Looking at the mangoes from Peru, I wonder how they cross the ocean without rotting.

# pair 52
fr situation n | Les cartons sont encore fermés, mais je fouille les archives pour savoir qui habitait ici en 1900.
+ en situation n | The boxes are still taped up, but I'm digging through the archives to find out who lived here in 1900.

# pair 53
en situation n | From the new flat's window I see the railway and want to know how the signals on it work.
+ fr situation n | De la fenêtre du nouvel appart, je vois les voies et je veux savoir comment marchent leurs signaux.

# pair 54
fr situation n | Le sapin clignote, je démonte la guirlande pour comprendre pourquoi une ampoule grillée ne coupe pas tout.
+ en situation n | The tree's twinkling, I take the lights apart to see why one dead bulb doesn't cut the whole string.

# pair 55
fr situation n | Le feu d'artifice est fini, je cherche quels métaux donnent le vert et le violet.
+ en situation n | The fireworks are over, I'm looking up which metals make the green and the purple.

# pair 56
fr situation n | À l'église, je fixe le vitrail et je me demande comment on obtenait ce bleu au Moyen Âge.
+ en situation n | In the church I stare at the stained glass and wonder how they made that blue in the Middle Ages.

# pair 57
en situation n | The Hanukkah candles burn on the sill, I ask Grandpa why there's a ninth one standing higher.
+ fr situation n | Les bougies de Hanoukka brûlent sur le rebord, je demande à papi pourquoi la neuvième est plus haute.

# pair 58
fr situation n | Mamie tricote en silence, je lui demande de m'apprendre comment elle fait ses torsades.
+ en situation n | Gran's knitting in silence, I ask her to teach me how she does her cables.

# pair 59
fr situation n | Papi et moi, on regarde les bateaux du port, et je lui demande comment on naviguait aux étoiles.
+ en situation n | Grandad and I watch the boats in the harbour, and I ask him how people navigated by the stars.

# pair 60
fr situation n | Au Père-Lachaise, je relève les dates des tombes pour comprendre pourquoi tant datent de 1832.
+ en situation n | At Père-Lachaise I note the dates on the graves to work out why so many are from 1832.

# pair 61
en situation n | Six months pregnant, I'm reading how the baby can already hear my voice through the fluid.
+ fr situation n | Enceinte de six mois, je lis comment le bébé entend déjà ma voix à travers le liquide.

# pair 62
fr situation n | Je ponce la vieille commode et je compare ses veines à des photos pour savoir de quel bois elle est.
+ en situation n | Sanding the old chest of drawers, I compare its grain with photos to find out what wood it is.

# pair 63
fr situation n | Réveillée à 3 h, je lis pourquoi on se réveille toujours à la même heure la nuit.
+ en situation n | Awake at 3 a.m., I'm reading why you always wake up at the same time in the night.

# pair 64
fr situation n | J'ai rêvé que je volais au-dessus de Lisbonne, et je lis pourquoi on rêve si souvent de voler.
+ en situation n | I dreamt I was flying over Lisbon, and I'm reading why people so often dream of flying.

# pair 65
en situation n | Café terrace, I watch the passers-by and wonder why most keep to the right; I'm looking for a study.
+ fr situation n | En terrasse, je regarde les passants et je me demande pourquoi ils tiennent leur droite ; je cherche une étude.

# pair 66
fr situation n | Dans le métro, le tunnel noir défile et je me demande comment ils ont creusé sous la Seine en 1900.
+ en situation n | On the metro the black tunnel rushes by and I wonder how they dug under the Seine in 1900.

# pair 67
fr situation n | Sur le tracteur, à labourer la même parcelle, je me demande pourquoi les anciens labouraient en courbe ici.
+ en situation n | On the tractor, ploughing the same field, I wonder why the old-timers ploughed it in curves.

# pair 68
fr situation n | Les vaches ruminent, et je veux savoir comment marchent leurs quatre estomacs.
+ en situation n | The cows are chewing the cud, and I want to know how their four stomachs work.

# pair 69
en situation n | At the summit, a sea of clouds below, and I ask the guide why it stays in the valley.
+ fr situation n | Au sommet, une mer de nuages sous nous, et je demande au guide pourquoi elle reste dans la vallée.

# pair 70
fr situation n | Assise sur le sable, je regarde la marée monter et je veux comprendre pourquoi il y en a deux.
+ en situation n | Sitting on the sand, I watch the tide come in and want to understand why there are two a day.

# pair 71
fr situation n | Je colle un coquillage à mon oreille et je cherche d'où vient vraiment ce bruit de mer.
+ en situation n | I hold a shell to my ear and look up where that sea sound really comes from.

# pair 72
fr situation n | Je peins le lac à l'aquarelle et je veux comprendre pourquoi ce bleu fait des petits grains en séchant.
+ en situation n | I'm painting the lake in watercolour and want to understand why this blue goes grainy as it dries.

# pair 73
en situation n | At the potter's wheel, I ask the teacher why clay bursts in the kiln if it's still damp.
+ fr situation n | Au tour de potier, je demande à la prof pourquoi l'argile éclate au four si elle est encore humide.

# pair 74
fr situation n | Je trie mes timbres et je cherche pourquoi celui de Madagascar porte une surcharge rouge.
+ en situation n | Sorting my stamps, I'm looking up why the Madagascar one has a red overprint.

# pair 75
fr situation n | À la banque alimentaire, je demande comment ils calculent les besoins de chaque famille.
+ en situation n | At the food bank I ask how they work out what each family needs.

# pair 76
fr situation n | Le journal parle d'élections, et je veux comprendre comment on répartit les sièges à la proportionnelle.
+ en situation n | The paper's all about the elections, and I want to understand how seats are shared out under proportional voting.

# pair 77
en situation n | On the news, a shot of the ice floe, and I look up how scientists measure its thickness from space.
+ fr situation n | Aux infos, une image de la banquise, et je cherche comment on mesure son épaisseur depuis l'espace.

# pair 78
fr situation n | Au planétarium, je reste après la séance pour demander comment on mesure la distance d'une étoile.
+ en situation n | At the planetarium I stay behind after the show to ask how they measure a star's distance.

# pair 79
fr situation n | Je regarde la Lune au télescope et je veux savoir pourquoi on voit toujours la même face.
+ en situation n | I look at the Moon through the telescope and want to know why we always see the same side.

# pair 80
fr situation n | Saturne en fond d'écran, je cherche de quoi ses anneaux sont faits, glace ou roche.
+ en situation n | Saturn as my wallpaper, I'm looking up what its rings are made of, ice or rock.

# pair 81
en situation n | He's asleep against me, snoring in rhythm, and I wonder why you can't hear yourself snore.
+ fr situation n | Il dort contre moi en ronflant en rythme, et je me demande pourquoi on ne s'entend pas ronfler.

# pair 82
fr situation n | Deuxième rendez-vous demain, elle est glaciologue, et je prépare mille questions sur les glaciers.
+ en situation n | Second date tomorrow, she's a glaciologist, and I'm preparing a thousand questions about glaciers.

# pair 83
fr situation n | Les potes parlent foot au bar, moi je me demande pourquoi les bulles de la Guinness descendent.
+ en situation n | My mates talk football at the bar, I'm wondering why the bubbles in a Guinness sink.

# pair 84
en situation n | The neighbour plays some odd instrument every night, I want to know what it is, a theremin maybe?
+ fr situation n | La voisine joue d'un instrument bizarre chaque soir, je veux savoir ce que c'est, un thérémine peut-être ?

# pair 85
fr situation n | Au mariage de ma cousine, je demande au traiteur comment tient une pièce montée de deux mètres.
+ en situation n | At my cousin's wedding I ask the caterer how a two-metre croquembouche stays up.

# pair 86
fr situation n | Ce thé fumé a un goût de feu de camp, je cherche comment on le fume, au pin paraît-il.
+ en situation n | This smoked tea tastes of campfire, I'm looking up how it's smoked, over pine apparently.

# pair 87
fr slang_emoji h | jsuis à fond sur les phares depuis ce matin, comment ils tournaient avant l'électricité ?? 🤓
+ en slang_emoji h | been obsessed with lighthouses since this morning, how did they turn before electricity?? 🤓

# pair 88
fr typo n | pk la pluie tombe en gouttes et pas en filet ?? je cherche depui 10 min
+ en typo n | why does rain fall in drops and not in a stream?? been lookin it up for 10 min

# pair 89
fr slang_emoji n | ptdr j'ai loupé 3 arrêts de bus, j'étais à fond dans un article sur le cerveau des pieuvres 🐙
+ en slang_emoji n | lmao missed 3 bus stops, I was deep in an article about octopus brains 🐙

# pair 90
fr typo n | jai passé l'aprem a chercher comment se forment les nuages, jveux tout savoir sur les cumulus
+ en typo n | spent the aftrnoon looking up how clouds form, i wanna know evrything about cumulus

# pair 91
fr negation n | Je ne rêvasse pas devant les étoiles, je veux savoir comment on calcule leur distance.
+ en negation n | I'm not daydreaming at the stars, I want to know how their distance is worked out.

# pair 92
fr situation n | Je me demande comment Valparaiso a bâti ses funiculaires sur des pentes pareilles, je cherche les plans.
+ en situation n | I wonder how Valparaíso built its funiculars on slopes like that, I'm hunting for the plans.

# pair 93
en situation n | I try to imagine how a black hole works, so I'm watching a lecture on it tonight.
+ fr situation n | J'essaie d'imaginer comment fonctionne un trou noir, alors je regarde une conférence là-dessus ce soir.

# pair 94
fr mixed n | Un peu fatiguée, mais surtout intriguée : comment les bouleaux survivent-ils à moins quarante ?
+ en mixed n | A bit tired, but mostly intrigued: how do birch trees survive minus forty?

# pair 95
fr situation n | Le pain grille, et je veux savoir quelle réaction chimique donne cette croûte dorée et cette odeur.
+ en situation n | The toast is browning and I want to know which chemical reaction makes that golden crust and that smell.
"""

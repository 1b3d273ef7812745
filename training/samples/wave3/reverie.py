"""reverie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Pendant que les enfants font leurs devoirs, je fixe la fenêtre et je m'imagine vivre dans un phare en Bretagne.
+ en situation n | While the kids do their homework, I'm staring out of the window picturing myself living in a lighthouse in Brittany.
fr situation n | Dans le bus, le front contre la vitre, j'invente la vie de chaque passant sur le trottoir.
+ en situation n | On the bus, forehead against the glass, making up a life story for every passer-by on the pavement.
fr situation n | Ça fait une demi-heure que je suis les gouttes sur la vitre et mes pensées partent dans tous les sens. Mets une ambiance qui va avec.
+ en situation n | I've been following raindrops down the window for half an hour, my thoughts drifting every which way. Put on something that fits.
fr situation n | J'ai relu trois fois le même paragraphe du rapport, ma tête est quelque part sur une plage de Madagascar.
+ en situation n | I've read the same paragraph of the report three times, my head's somewhere on a beach in Madagascar.
fr situation n | En cours de maths, je dessine des îles imaginaires dans la marge et je leur donne des noms.
+ en situation n | In maths class I'm drawing imaginary islands in the margin and giving them names.
fr situation n | Mon chéri me parle depuis cinq minutes et je n'ai rien entendu, j'étais en train d'imaginer notre maison dans dix ans.
+ en situation n | My partner's been talking to me for five minutes and I haven't heard a word, I was picturing our house ten years from now.
fr situation n | Une nappe de synthé dans les écouteurs, je fixe le plafond et je flotte quelque part au-dessus de la ville. Des lumières qui vont avec, s'il te plaît.
+ en situation n | Ambient synths in my headphones, eyes on the ceiling, floating somewhere above the city. Lights to match, please.
fr situation n | Allongée dans l'herbe, je cherche des animaux dans les nuages, celui-là c'est clairement une baleine avec un chapeau.
+ en situation n | Lying in the grass spotting animals in the clouds, that one is definitely a whale wearing a hat.
fr situation n | Je fais défiler des photos d'Islande et je me vois déjà dans une cabane au bout du monde.
+ en situation n | Scrolling through photos of Iceland and I can already see myself in a cabin at the end of the world.
fr situation n | Et si je gagnais au loto ? Je suis en train de meubler dans ma tête la maison que je n'achèterai jamais.
+ en situation n | What if I won the lottery? I'm busy furnishing, in my head, the house I'll never buy.
fr situation n | Assis par terre dans le salon vide, je place mentalement des étagères, un piano, une verrière et des plantes partout.
+ en situation n | Sitting on the floor of the empty living room, mentally placing shelves, a piano, a glass roof and plants everywhere.
fr situation n | J'ai refermé le roman il y a une heure et je me promène encore dans ce village au bord du fjord.
+ en situation n | I closed the novel an hour ago and I'm still wandering around that village by the fjord.
fr situation n | Générique de fin, lumières éteintes, je reste là à prolonger l'histoire dans ma tête.
+ en situation n | End credits rolling, lights off, I'm just sitting there carrying the story on in my head.
fr situation n | Sur le toit avec une couverture, je regarde les étoiles et je me demande qui, très loin, regarde la nôtre.
+ en situation n | Up on the roof with a blanket, watching the stars and wondering who, far away, is looking back at ours.
fr situation n | Je touille la sauce sans faire attention, j'ai la tête dans un café parisien des années folles.
+ en situation n | Stirring the sauce without paying attention, my head's in a Paris café in the Roaring Twenties.
fr situation n | Je devais tailler la haie, mais je suis assis sur la brouette à regarder les abeilles en imaginant leur royaume.
+ en situation n | I was meant to trim the hedge, but I'm sitting on the wheelbarrow watching the bees and imagining their kingdom.
fr situation l | Le chat observe le vide, je l'observe, et on part tous les deux je ne sais où.
+ en situation l | The cat's staring into space, I'm staring at the cat, and we've both gone off somewhere.
fr situation n | Pendant mon footing, je me raconte une histoire où je suis une navigatrice qui fait le tour du monde.
+ en situation n | On my run I'm telling myself a story where I'm a sailor racing round the world.
fr situation n | Le match passe à la télé mais moi je regarde les reflets du soleil qui dansent au plafond.
+ en situation n | The match is on TV but I'm watching the sunlight reflections dancing on the ceiling.
fr situation n | J'ai ouvert une carte satellite et je me balade dans des villages inconnus en imaginant qui y habite.
+ en situation n | I opened a satellite map and I'm wandering through villages I'll never visit, imagining who lives there.
fr situation n | Dans la file d'attente de la préfecture, je m'invente une seconde vie de pâtissier à Vienne.
+ en situation n | Stuck in the queue at the prefecture, I'm inventing a second life as a pastry chef in Vienna.
fr situation n | La radio parle de Mars, et me voilà à imaginer une serre sur la planète rouge avec des tomates.
+ en situation n | The radio's talking about Mars and off I go, picturing a greenhouse full of tomatoes on the red planet.
fr situation n | Je griffonne des spirales sur un carnet sans but, les heures passent sans que je m'en rende compte.
+ en situation n | Doodling spirals in a notebook for no reason, hours going by without me noticing.
fr situation n | Les premières feuilles tombent, je les regarde tourbillonner et je me surprends à imaginer une forêt où ce serait l'automne pour toujours.
+ en situation n | The first leaves are falling, I watch them spin past and catch myself imagining a forest where it's autumn forever.
fr situation n | À la plage depuis ce matin, le regard sur l'horizon, à me demander ce qu'il y a exactement derrière.
+ en situation n | On the beach since morning, eyes on the horizon, wondering what exactly lies beyond it.
fr situation n | Papi raconte ses histoires de marin pour la centième fois et je m'envole avec lui sur des mers qui ne sont sur aucune carte.
+ en situation n | Grandpa's telling his sailor stories for the hundredth time and I float off with him onto seas that aren't on any map.
fr situation n | Je regarde des annonces de maisons dans le Sud sans aucune intention de déménager, juste pour imaginer mes matins là-bas.
+ en situation n | Browsing houses for sale down south with no intention of moving, just to picture my mornings there.
fr situation n | Le voisin joue du violoncelle, je laisse la fenêtre ouverte et je me retrouve dans une salle de bal d'un autre siècle.
+ en situation n | The neighbour's playing the cello, I leave the window open and find myself in a ballroom from another century.
fr situation n | Mes potes parlent boulot à table, moi je regarde les bulles monter dans mon verre et j'y vois des galaxies.
+ en situation n | My mates are talking shop over dinner, I'm watching the bubbles rise in my glass and seeing galaxies.
fr situation n | Ma fille m'a demandé à quoi ressemblerait une ville pour les chats, et depuis une heure je la construis dans ma tête en regardant par la fenêtre.
+ en situation n | My daughter asked what a city for cats would look like, and for an hour I've been building it in my head, gazing out of the window.
fr situation n | Le TGV file à travers la campagne, et je m'imagine descendre à chaque petite gare pour y recommencer ma vie. Mets une musique qui colle.
+ en situation n | The train's racing through the countryside and I imagine getting off at every little station to start a new life there. Put on some music that fits.
fr situation n | Brouillard épais ce matin, le jardin a disparu et j'ai l'impression d'être au bord d'un monde qui s'arrête là.
+ en situation n | Thick fog this morning, the garden's vanished and it feels like I'm standing at the edge of a world that just stops.
fr situation n | Je fixe la flamme de la bougie depuis je ne sais combien de temps, les pensées glissent les unes après les autres. Ambiance assortie, merci.
+ en situation n | I've been staring at the candle flame for who knows how long, one thought sliding into the next. Matching ambience, thanks.
fr situation n | Vingt minutes sous la douche à m'inventer le discours pour un prix que je ne recevrai jamais.
+ en situation n | Twenty minutes in the shower making up an acceptance speech for an award I'll never win.
fr situation n | Visio de deux heures, caméra coupée, je dessine des châteaux dans mon carnet et je m'installe dedans.
+ en situation n | Two-hour video call, camera off, drawing castles in my notebook and moving into them.
fr situation n | Pendant l'acupuncture, les yeux au plafond, je me suis retrouvé à traverser un désert de sel en caravane.
+ en situation n | During acupuncture, eyes on the ceiling, I found myself crossing a salt desert with a camel caravan.
fr situation n | La pâte lève, j'ai le menton dans les mains et je m'imagine tenir une boulangerie dans un village de montagne.
+ en situation n | The dough's rising, chin in my hands, imagining running a bakery in a mountain village.
fr situation n | Morceau de piano en boucle, je regarde la pluie et je compose dans ma tête le film qui irait avec. Lumière en accord, s'il te plaît.
+ en situation n | Piano piece on repeat, watching the rain and scoring in my head the film that would go with it. Lights in tune with that, please.
fr situation n | Au musée, je suis resté planté devant une marine, j'avais presque l'impression d'entendre les vagues.
+ en situation n | At the museum I stood in front of a seascape for ages, I could almost hear the waves.
fr situation l | Entre deux parties, je laisse le jeu sur l'écran d'accueil et je me promène des yeux dans le paysage du fond.
+ en situation l | Between games I leave it on the title screen and let my eyes wander through the background landscape.
fr situation n | J'ai ouvert une appli pour envoyer un message et j'ai oublié à qui, je regarde les nuages passer depuis.
+ en situation n | Opened an app to send a message, forgot who it was for, and I've been watching the clouds go by ever since.
fr situation n | Je suis passé devant chez moi sans m'en rendre compte, j'étais occupé à construire une cabane dans un arbre géant.
+ en situation n | Walked straight past my own house without noticing, I was busy building a treehouse in a giant tree.
fr situation n | Assise sur la digue, je regarde les bateaux partir et je choisis lequel m'emmènerait le plus loin.
+ en situation n | Sitting on the harbour wall, watching the boats head out and choosing which one would take me the farthest.
fr situation n | Trois heures du matin, pas sommeil, je redessine dans ma tête la carte d'un pays qui n'existe pas.
+ en situation n | 3am, not sleepy, redrawing in my head the map of a country that doesn't exist.
fr situation n | La neige tombe à gros flocons, je suis collé à la vitre comme un gamin, à imaginer le monde tout blanc pendant des semaines.
+ en situation n | Big fat snowflakes coming down, I'm glued to the window like a kid, picturing the whole world white for weeks.
fr situation n | À l'aéroport, je lis le tableau des départs et je m'imagine une vie différente dans chaque ville.
+ en situation n | At the airport, reading the departures board and imagining a different life in every city on it.
fr situation n | Je plie le linge au ralenti, j'ai la tête dans une histoire de pirates que je m'invente depuis ce matin.
+ en situation n | Folding laundry in slow motion, my head in a pirate story I've been making up since this morning.
fr situation n | Je regarde les cercles que font les insectes sur l'étang et j'ai perdu la notion du temps. Mets une ambiance planante.
+ en situation n | Watching the rings the insects make on the pond, I've lost all track of time. Put on something floaty.
fr situation n | J'ai ouvert un document pour écrire ma lettre de motivation et j'ai écrit trois pages sur un royaume sous-marin.
+ en situation n | Opened a document to write my cover letter and ended up with three pages about an underwater kingdom.
fr situation n | Sur le ferry, accoudé au bastingage, je suis le sillage des yeux et mes pensées partent avec lui.
+ en situation n | On the ferry, leaning on the rail, following the wake with my eyes and letting my thoughts go with it.
fr situation n | Au supermarché, je me suis arrêté devant les mangues et je me suis retrouvé sur un marché flottant en Thaïlande.
+ en situation n | At the supermarket I stopped in front of the mangoes and suddenly I was at a floating market in Thailand.
fr situation n | De mon bureau, je vois un avion passer très haut, je me demande où il va, et je suis déjà à bord.
+ en situation n | From my desk I see a plane passing high overhead, I wonder where it's going, and I'm already on board.
fr situation n | Je berce le bébé dans la pénombre et j'essaie d'imaginer la personne qu'il sera dans vingt ans.
+ en situation n | Rocking the baby in the half-light and trying to picture the person he'll be in twenty years.
fr situation n | Le ciel devient rose et violet au-dessus des toits, je suis sur le balcon sans bouger, la tête partie très loin. Adapte la lumière.
+ en situation n | The sky's turning pink and purple over the rooftops, I'm on the balcony not moving, my head miles away. Set the lights to match.
fr situation n | Je feuillette un vieil atlas et j'invente des royaumes dans les zones laissées en blanc.
+ en situation n | Leafing through an old atlas and inventing kingdoms in the blank spaces.
fr situation n | Dans le bain, je regarde la mousse et j'y vois des montagnes, des glaciers, des expéditions entières.
+ en situation n | In the bath, looking at the foam and seeing mountains, glaciers, whole expeditions in it.
fr situation n | Je devais remplir ma déclaration, mais j'ai passé l'heure à m'imaginer luthier dans une ruelle de Crémone.
+ en situation n | I was supposed to be doing my tax return, but I spent the hour picturing myself as a violin maker in a back street in Cremona.
fr situation n | Le carillon tinte sur la terrasse, je ferme les yeux et je suis devant un temple perdu dans la montagne.
+ en situation n | The wind chime's tinkling on the terrace, I close my eyes and I'm outside a temple hidden in the mountains.
fr situation n | Course au large en direct, je regarde les voiles sur l'océan et je m'imagine seul à bord au milieu de nulle part.
+ en situation n | Ocean sailing race on live, I'm watching the sails on the open sea and picturing myself alone on board in the middle of nowhere.
fr situation n | Il y a un aquarium au bureau, j'ai passé ma pause à suivre un poisson et à lui inventer un voyage jusqu'à la mer.
+ en situation n | There's a fish tank at work, I spent my break following one fish and inventing its journey to the sea.
fr situation n | Allongé sur le lit, je suis les fissures du plafond comme si c'étaient des fleuves sur une carte.
+ en situation n | Lying on the bed, tracing the cracks in the ceiling as if they were rivers on a map.
fr situation n | Le soir, depuis ma fenêtre, je regarde les fenêtres allumées d'en face et j'imagine une histoire derrière chacune.
+ en situation n | In the evening I watch the lit windows across the street and imagine a story behind each one.
fr situation n | Au concert, les yeux fermés, j'ai vu défiler des paysages entiers, je ne sais même plus quels morceaux ils ont joués.
+ en situation n | At the gig, eyes closed, whole landscapes rolled past, I couldn't even tell you which songs they played.
fr situation n | Le chien dort en agitant les pattes, je me demande après quoi il court et je pars avec lui dans une prairie sans fin.
+ en situation n | The dog's asleep with his paws twitching, I wonder what he's chasing and I run off with him across an endless meadow.
fr situation n | Je me vois dans vingt ans, cheveux gris, un jardin sauvage et une vieille bicyclette.
+ en situation n | I can see myself in twenty years: grey hair, a wild garden and an old bicycle.
fr situation n | Le feu crépite, je fixe les braises et j'y vois des villes lointaines qui s'allument et s'éteignent. Règle la lumière en conséquence.
+ en situation n | The fire's crackling, I'm staring into the embers and seeing faraway cities lighting up and going dark. Adjust the lights accordingly.
fr situation n | Révisions du bac, mais mon cahier est couvert de plans d'un vaisseau spatial que je ne construirai jamais.
+ en situation n | Supposed to be revising for finals, but my notebook's covered in blueprints for a spaceship I'll never build.
fr situation n | Une odeur de jasmin dans la rue et me voilà dans un jardin de Marrakech où je n'ai jamais mis les pieds.
+ en situation n | A whiff of jasmine in the street and suddenly I'm in a Marrakech garden I've never set foot in.
fr situation n | Dans le nouvel appart, je regarde la lumière bouger sur les murs blancs et j'imagine les gens qui ont vécu ici avant moi.
+ en situation n | In the new flat, watching the light shift on the white walls and imagining the people who lived here before me.
fr situation n | Pendant que l'imprimante crache mes cent pages, je regarde un nuage s'effilocher et j'oublie ce que j'étais venu chercher.
+ en situation n | While the printer churns out my hundred pages, I watch a cloud fray apart and forget what I came in for.
fr situation n | Ma copine dort, je regarde ses cheveux sur l'oreiller et je nous invente un road trip en van à travers l'Amérique.
+ en situation n | My girlfriend's asleep, I'm looking at her hair on the pillow and inventing us a van road trip across America.
fr situation n | Je me balance sur la balançoire du parc à la nuit tombée, les pieds dans le vide, la tête complètement ailleurs.
+ en situation n | Swinging on the park swing as night falls, feet dangling, my head somewhere else entirely.
fr situation n | La lune est énorme ce soir, je la regarde par la fenêtre de la cuisine et je m'imagine marcher dessus en chaussons. Éclaire la pièce en conséquence.
+ en situation n | The moon is huge tonight, I'm watching it from the kitchen window and imagining strolling on it in my slippers. Light the room to suit.
fr situation n | J'ai écouté un conte sur les baleines et maintenant le salon ressemble au fond de l'océan. Des lumières qui collent à ça ?
+ en situation n | I listened to a story about whales and now the living room looks like the bottom of the ocean. Lights to go with that?
fr situation n | Passager sur l'autoroute, je regarde les éoliennes tourner et je leur invente des conversations.
+ en situation n | Passenger on the motorway, watching the wind turbines turn and making up conversations between them.
fr situation l | Mon thé a refroidi dans la tasse, je l'avais complètement oublié, je regardais la vapeur dessiner des formes.
+ en situation l | My tea's gone cold, forgot all about it, I was watching the steam draw shapes.
fr situation n | Calendrier ouvert sur juillet, je ne planifie rien, je me promène juste en pensée sur des îles grecques. Mets quelque chose de doux et flottant.
+ en situation n | Calendar open on July, I'm not planning a thing, just wandering Greek islands in my head. Put on something soft and floaty.
fr situation n | Le documentaire parlait des abysses et je suis resté là, la télécommande en main, à imaginer des créatures lumineuses.
+ en situation n | The documentary was about the deep sea and I just sat there, remote in hand, imagining glowing creatures.
fr situation n | Maman tricote à côté de moi, on ne parle pas, et moi je suis partie en pensée dans une maison suspendue au-dessus d'une vallée.
+ en situation n | Mum's knitting beside me, we're not talking, and in my head I've wandered off to a house hanging over a valley.
fr situation n | Je devais finir le tableau Excel, mais je me suis surpris à imaginer la couleur du ciel sur une autre planète.
+ en situation n | I was supposed to finish the spreadsheet, but I caught myself imagining the colour of the sky on another planet.
fr situation n | Promenade dans les feuilles mortes, je marche sans savoir où je vais, les idées s'envolent comme les feuilles. Une ambiance pour aller avec ?
+ en situation n | Walking through the fallen leaves with no idea where I'm going, ideas blowing away like the leaves. Something to go with that?
fr situation h | Je suis rentré du boulot à pied au lieu de prendre le métro, j'ai marché deux heures en m'inventant une vie d'explorateur, je ne sais même pas par où je suis passé.
+ en situation h | Walked home from work instead of taking the metro, two hours inventing myself a life as an explorer, I couldn't tell you which streets I took.
fr situation n | Les nuages filent vite ce soir, j'ai l'impression que c'est la maison qui avance, comme un bateau. Une musique pour accompagner ça ?
+ en situation n | The clouds are racing tonight, it feels like it's the house that's moving, like a boat. Some music to go with it?
fr situation n | J'ai mis la chanson que je préfère en boucle et je tourne ma cuillère dans mon café depuis dix minutes, ailleurs.
+ en situation n | I've got my favourite song on repeat and I've been stirring my coffee for ten minutes, somewhere else entirely.
fr situation n | Mon fils construit un château de sable, je regarde la marée monter et j'imagine une ville engloutie sous nos pieds.
+ en situation n | My son's building a sandcastle, I'm watching the tide come in and imagining a sunken city beneath our feet.
fr situation h | J'ai raté mon arrêt deux fois ce matin, j'étais en train d'aménager une péniche imaginaire sur la Seine.
+ en situation h | Missed my stop twice this morning, I was busy fitting out an imaginary barge on the Seine.
fr situation n | Le vent fait onduler les blés derrière la maison et je me vois marcher au milieu, très loin, vers nulle part en particulier.
+ en situation n | The wind's rippling the wheat behind the house and I can see myself walking through it, far off, towards nowhere in particular.

# explicit
fr explicit n | J'ai la tête dans les nuages aujourd'hui.
+ en explicit n | My head's in the clouds today.
fr explicit n | Je rêvasse depuis ce matin, impossible de me concentrer.
+ en explicit n | I've been daydreaming since this morning, can't focus on anything.
fr explicit n | Je suis complètement dans la lune.
+ en explicit n | I'm completely away with the fairies.
fr explicit n | Mon esprit vagabonde et je le laisse faire.
+ en explicit n | My mind is wandering and I'm letting it.
fr explicit n | Je suis d'humeur contemplative ce soir.
+ en explicit n | I'm in a contemplative mood tonight.
fr explicit n | Je plane un peu, je suis ailleurs.
+ en explicit n | I'm a bit spaced out, somewhere else.
fr explicit n | Je bâtis des châteaux en Espagne depuis ce matin.
+ en explicit n | I've been building castles in the air since this morning.
fr explicit n | Mes pensées flottent, rien ne les retient.
+ en explicit n | My thoughts are floating, nothing's holding them down.
fr explicit n | J'ai envie de me perdre dans mes songes.
+ en explicit n | I feel like losing myself in my musings.
fr explicit n | Perdu dans mes pensées, mais dans le bon sens.
+ en explicit n | Lost in thought, in a good way.
fr explicit n | Humeur rêveuse, comme si je regardais le monde à travers une vitre embuée.
+ en explicit n | Dreamy mood, like watching the world through a misted-up window.
fr explicit n | Je laisse mon imagination partir en balade.
+ en explicit n | I'm taking my imagination out for a stroll.

# negation
fr negation n | Je ne suis pas triste, juste un peu ailleurs, perdu dans mes pensées.
+ en negation n | I'm not sad, just a bit elsewhere, lost in my thoughts.
fr negation n | Non, je ne dors pas, je rêvasse les yeux ouverts.
+ en negation n | No, I'm not asleep, I'm daydreaming with my eyes open.
fr negation n | Je ne m'ennuie pas du tout, je suis en train de m'inventer des mondes.
+ en negation n | I'm not bored at all, I'm busy making up worlds.
fr negation n | Ce n'est pas de la nostalgie, plutôt des images d'un futur inventé qui défilent.
+ en negation n | It's not nostalgia, more like pictures of a made-up future drifting by.
fr negation n | Je ne travaille pas vraiment, mon esprit fait l'école buissonnière.
+ en negation n | I'm not really working, my mind's playing truant.
fr negation n | Pas inquiète, juste la tête dans les étoiles ce soir.
+ en negation n | Not worried, just got my head in the stars tonight.
fr negation n | Je ne cherche pas à comprendre quoi que ce soit, je laisse juste les images venir.
+ en negation n | I'm not trying to understand anything, just letting the images come.
fr negation n | Je ne fais pas la tête, je suis juste dans mon monde.
+ en negation n | I'm not sulking, I'm just in my own little world.

# mixed
fr mixed n | Un peu fatiguée, mais surtout l'esprit qui vagabonde au fil de la musique.
+ en mixed n | A bit tired, but mostly my mind drifting along with the music.
fr mixed n | Une pointe de mélancolie, mais surtout l'envie de laisser filer mes pensées vers des paysages inventés.
+ en mixed n | A hint of melancholy, but mostly wanting to let my thoughts drift off towards made-up landscapes.
fr mixed n | Satisfait de ma journée, et là je suis parti dans mes songes sur le balcon.
+ en mixed n | Pleased with my day, and now I've drifted off into my musings on the balcony.
fr mixed n | Un peu distrait au travail, surtout rêveur, je m'imagine ailleurs.
+ en mixed n | A little distracted at work, mostly dreamy, picturing myself somewhere else.
fr mixed n | Au calme, oui, mais c'est surtout ma tête qui voyage, très loin.
+ en mixed n | Quiet, yes, but mostly it's my head that's travelling, far away.
fr mixed n | Un peu d'impatience pour les vacances, mais surtout je les vis déjà en pensée, les yeux ouverts.
+ en mixed n | A bit impatient for the holidays, but mostly I'm already living them in my head, eyes wide open.
fr mixed n | Un brin de curiosité pour ce roman, mais surtout je me suis égaré dans son univers.
+ en mixed n | A touch of curiosity about this novel, but mostly I've wandered off into its world.
fr mixed n | Un petit pincement au cœur, mais surtout la tête pleine de nuages et d'images douces.
+ en mixed n | A small pang, but mostly a head full of clouds and soft images.

# long
fr long n | Je suis sorti acheter du pain. J'ai pris le long chemin au bord du canal. Je me suis arrêté sur le pont pour regarder l'eau. Je suis rentré une heure après, sans le pain.
+ en long n | I went out to buy bread. Took the long way along the canal. Stopped on the bridge to watch the water. Came home an hour later without the bread.
fr long n | La réunion a commencé à 14h. Dehors, un nuage ressemblait à un dragon. Il est devenu un bateau, puis plus rien du tout. Quelqu'un m'a demandé mon avis et je n'avais aucune idée du sujet.
+ en long n | The meeting started at 2. Outside, a cloud looked like a dragon. It turned into a boat, then into nothing at all. Someone asked my opinion and I had no clue what we were discussing.
fr long n | Il pleut depuis midi. J'ai mis un vieux disque d'ambient. Je suis assise sur le rebord de la fenêtre, une tasse à la main. Dans ma tête, je suis dans une gare de montagne au Japon.
+ en long n | It's been raining since noon. I put on an old ambient record. I'm sitting on the windowsill with a mug. In my head I'm at a mountain station in Japan.
fr long n | Le ciel est dégagé ce soir. J'ai éteint toutes les lumières du jardin. Allongé sur le transat, je guette les étoiles filantes. J'invente un voyage vers chacune.
+ en long n | Clear sky tonight. I switched off all the garden lights. Lying on the lounger, watching for shooting stars. I make up a journey to each one.
fr long n | Le bébé s'est endormi sur moi. Je n'ose pas bouger. Je regarde la lumière de l'après-midi glisser sur le mur. Et je laisse mes pensées partir où elles veulent.
+ en long n | The baby fell asleep on me. I daren't move. I watch the afternoon light slide across the wall. And I let my thoughts go wherever they like.
fr long n | J'avais une liste de dix choses à faire. J'ai commencé par arroser les plantes. Puis j'ai suivi une coccinelle qui grimpait sur une feuille. Il est 17h et la liste est intacte.
+ en long n | I had a list of ten things to do. I started by watering the plants. Then I followed a ladybird climbing up a leaf. It's 5pm and the list is untouched.
fr long n | Train du retour, musique dans les oreilles. Les lumières des villages défilent dans la nuit. J'imagine qui vit dans chaque maison éclairée. Je n'ai pas vu passer les deux heures.
+ en long n | Train home, music in my ears. Village lights slipping past in the dark. I imagine who lives in every lit-up house. The two hours flew by without me noticing.
fr long n | Ma fille m'a raconté l'histoire de sa licorne des neiges. Elle est partie à l'école. Moi je suis restée assise à la table du petit-déjeuner. Je continue l'histoire toute seule.
+ en long n | My daughter told me all about her snow unicorn. Then she left for school. I stayed sitting at the breakfast table. I'm carrying on the story by myself.

# intensity
fr intensity l | Un peu distraite ce matin, l'esprit qui s'échappe de temps en temps.
+ en intensity l | A little distracted this morning, my mind slipping away now and then.
fr intensity l | Légèrement ailleurs, rien de bien méchant.
+ en intensity l | Slightly elsewhere, nothing major.
fr intensity l | J'ai la tête qui s'évade un peu, par moments.
+ en intensity l | My head drifts off a little, every now and then.
fr intensity h | Complètement parti, à des années-lumière d'ici, je flotte.
+ en intensity h | Totally gone, light years from here, just floating.
fr intensity h | Tellement perdu dans mes songes que j'en ai oublié où j'étais.
+ en intensity h | So lost in my musings I forgot where I was.
fr intensity h | Totalement dans les nuages, je ne toucherai pas terre de la soirée.
+ en intensity h | Head fully in the clouds, I won't touch the ground all evening.

# slang_emoji
fr slang_emoji n | jsuis dans ma bulle là, tête dans les étoiles ✨☁️
fr slang_emoji n | full mode rêveur ce soir 🌙💭
fr slang_emoji n | je plane grave, trop dans mes pensées 🎧🌌
fr slang_emoji n | ailleurs total, dispo pour personne 💭🦋
fr slang_emoji n | moi qui fixe le plafond depuis 1h en m'inventant une vie 🙃☁️
fr slang_emoji n | je pars en voyage... dans ma tête 🚀💫
en slang_emoji n | head in the clouds all day lol ☁️☁️
en slang_emoji n | zoning out to lofi, brain on airplane mode 🎧✈️
en slang_emoji n | me staring out the window like im in a music video 🌧️🎬
en slang_emoji n | mind's on a lil vacation rn 🏝️💭
en slang_emoji n | spacey vibes tonight, just floating 🌌✨
en slang_emoji n | pov: you forgot what you were doing bc you were imagining a cottage in the woods 🏡🌲

# typo
fr typo n | jsuis dans la lune depuis ce matin jarrive pas a me concentrer
fr typo n | je regarde les nuage depuis 1h et jimagine plein de truc
fr typo n | pk jme perd tjr dans mes pensées quand il pleut
fr typo n | chui ailleurs la, ma tete est en voyage
fr typo n | je revasse encore en cours, le prof va finir par le remarquer lol
fr typo n | ke de songes ce soir, jsuis pas vraiment la
en typo n | im so spaced out today, keep starin out the window
en typo n | been daydreamin all mornin lol
en typo n | u ever just stare at the ceiling and invent a whole other life, thats me rn
en typo n | gonna zone out w some music n just float for a bit

# one_word
fr one_word n | Ailleurs...
fr one_word n | Dans la lune.
fr one_word n | Rêverie.
fr one_word n | Songeuse.
en one_word n | Daydreaming.
en one_word n | Miles away...
en one_word n | Spaced out.
en one_word n | Cloud-gazing.

# other languages
es situation n | Miro las nubes desde la ventana y me imagino viviendo en una isla.
de explicit n | Ich starre aus dem Fenster und meine Gedanken sind ganz weit weg.
it explicit n | Ho la testa tra le nuvole oggi, sogno a occhi aperti.
mixed explicit n | Je suis full daydreaming aujourd'hui, la tête dans les nuages.
mixed explicit n | Ce soir I'm just floating, perdu dans mes pensées.
it situation n | Guardo il mare dal balcone e la mente vola lontano.
"""

"""curiosite: third wave, triads with victoire and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Un collègue m'a montré le jeu de go à la pause, et je veux comprendre pourquoi un groupe avec deux yeux ne peut jamais mourir.
+ en situation n | A colleague showed me the game of Go at lunch, and I want to understand why a group with two eyes can never die.
# triad 02
en situation n | My niece is into K-pop and I'm curious how Korean letters stack into little blocks; tonight I'm reading up on hangul.
+ fr situation n | Ma nièce adore la K-pop, et je me demande comment les lettres coréennes s'empilent en petits blocs ; ce soir, je lis tout sur le hangeul.
# triad 03
fr situation n | Des petites pieuvres au crochet sur Instagram : comment les tentacules tiennent-ils en spirale ? Je décortique le patron point par point.
+ en situation n | Tiny crocheted octopuses on Instagram: how do the tentacles hold their spiral? I'm picking the pattern apart stitch by stitch.
# triad 04
fr situation n | Comment les boxeurs font-ils passer la corde deux fois sous leurs pieds en un seul saut ? Je regarde leurs poignets au ralenti.
+ en situation n | How do boxers get the rope under their feet twice in a single jump? I'm watching their wrists in slow motion.
# triad 05
en situation n | Why does Nonna's fresh pasta need only flour and eggs when the online recipe adds oil? I'm reading up before Sunday.
+ fr situation n | Pourquoi les pâtes fraîches de nonna ne demandent-elles que farine et œufs, alors que la recette en ligne ajoute de l'huile ? Je me renseigne avant dimanche.
# triad 06
fr situation n | Une collègue sourde a rejoint l'équipe, et je veux savoir comment la langue des signes exprime le passé et le futur.
+ en situation n | A deaf colleague has joined the team, and I want to know how sign language shows past and future.
# triad 07
en situation n | How do jugglers keep five balls in the air? I've been watching slow-motion videos to work out the pattern.
+ fr situation n | Comment les jongleurs gardent-ils cinq balles en l'air ? Je regarde des vidéos au ralenti pour comprendre le schéma.
# triad 08
fr situation n | Mon neveu fait des figures de kendama incroyables, et je veux comprendre comment la boule retombe pile sur la pointe. Mets une ambiance pour réfléchir.
+ en situation n | My nephew does amazing kendama tricks, and I want to understand how the ball lands right on the spike. Set a mood for thinking.
# triad 09
fr situation n | Comment les graveurs arrivent-ils à tout penser en miroir ? Avant mon premier atelier de linogravure, j'épluche des forums sur leurs astuces pour les lettres.
+ en situation n | How do printmakers manage to think everything in mirror image? Before my first lino-printing workshop, I'm trawling forums for their lettering tricks.
# triad 10
en situation n | At the first aid course, I want to understand how chest compressions actually push blood all the way to the brain.
+ fr situation n | Au cours de secourisme, je veux comprendre comment le massage cardiaque fait vraiment circuler le sang jusqu'au cerveau.
# triad 11
fr situation n | J'ai acheté du café vert pour le torréfier moi-même, et je lis ce qui se passe dans le grain au premier craquement.
+ en situation n | I bought green coffee to roast myself, and I'm reading about what happens inside the bean at the first crack.
# triad 12
fr situation n | Des pleurotes qui poussent sur du marc de café ? J'ai lancé un seau à la cave pour voir comment le mycélium s'étend. Lumière de labo, s'il te plaît.
+ en situation n | Oyster mushrooms growing on used coffee grounds? I've started a bucket in the cellar to see how the mycelium spreads. Lab lighting, please.
# triad 13
en situation n | Which bird sings that trill at five in the morning? I'm recording it and checking it against the birdsong guide. Set a mood for listening.
+ fr situation n | Quel oiseau chante ce trille à cinq heures du matin ? Je l'enregistre et je compare avec le guide des chants. Mets une ambiance pour écouter.
# triad 14
fr situation n | Comment un patron en papier tout plat devient-il une robe qui épouse les courbes ? Je lis sur les pinces avant de couper quoi que ce soit. Mets une ambiance d'atelier.
+ en situation n | How does a flat paper pattern turn into a dress that follows your curves? I'm reading about darts before I cut anything. Give me a workshop mood.
# triad 15
fr situation n | Comment un capteur sait-il que la terre du basilic est sèche ? Je bricole un Arduino ce soir pour comprendre.
+ en situation n | How does a sensor know the basil soil is dry? I'm tinkering with an Arduino tonight to understand.
# triad 16
en situation n | How do people type without looking at the keyboard? I'm reading about home row keys and muscle memory.
+ fr situation n | Comment fait-on pour taper sans regarder le clavier ? Je lis sur la position des doigts et la mémoire des gestes.
# triad 17
fr situation n | Pourquoi les vieux livres s'ouvrent-ils bien à plat, et pas mes livres de poche ? Je m'inscris à l'atelier de reliure pour comprendre le dos.
+ en situation n | Why do old books open flat when my paperbacks don't? I'm signing up for the bookbinding workshop to understand the spine.
# triad 18
fr situation n | Mon fils a ramené une flûte à bec de l'école, et je me demande pourquoi boucher un demi-trou change la note.
+ en situation n | My son brought a recorder home from school, and I'm wondering why covering half a hole changes the note.
# triad 19
en situation n | Why do Arabic calligraphers cut their reed pen at a slant? Before my first class I'm reading about how the reeds are trimmed.
+ fr situation n | Pourquoi les calligraphes arabes taillent-ils leur calame en biais ? Avant mon premier cours, je lis sur la taille des roseaux.
# triad 20
fr situation n | Comment un signal radio peut-il traverser l'Atlantique la nuit et pas le jour ? J'ai emprunté trois livres sur l'ionosphère avant mon examen de radioamateur.
+ en situation n | How can a radio signal cross the Atlantic at night but not by day? I've borrowed three books on the ionosphere before my ham radio exam.
# triad 21
fr situation n | Comment l'huile et la soude deviennent-elles du savon ? Je lis tout sur la saponification avant de me lancer.
+ en situation n | How do oil and lye turn into soap? I'm reading all about saponification before I get started.
# triad 22
en situation n | Why does the same malt give such different beers? I'm reading about mash temperatures before my first brew.
+ fr situation n | Pourquoi le même malt donne-t-il des bières si différentes ? Je lis sur les températures d'empâtage avant mon premier brassin.
# triad 23
fr situation n | Pourquoi la Lune paraît-elle énorme à l'horizon et petite une fois haute ? Avant de la photographier, je lis sur cette illusion. Lumière pour lire, s'il te plaît.
+ en situation n | Why does the Moon look huge on the horizon and small once it's high? Before I photograph it, I'm reading about the illusion. Reading light, please.
# triad 24
fr situation n | Pourquoi l'accord de fa est-il tellement plus dur que les autres à la guitare ? Je décortique des vidéos sur le barré et la pression des doigts.
+ en situation n | Why is the F chord so much harder than the others on guitar? I'm studying videos on barre chords and finger pressure.
# triad 25
en situation n | How does cabbage turn into sauerkraut with nothing but salt? I've started a stoneware crock and I'm noting the bubbles every day.
+ fr situation n | Comment le chou devient-il choucroute avec juste du sel ? J'ai lancé un pot en grès et je note les bulles chaque jour.
# triad 26
fr situation n | Pourquoi le forgeron plonge-t-il la lame dans l'huile et pas dans l'eau ? Au stage découverte, j'ai posé mille questions sur la trempe.
+ en situation n | Why does the blacksmith plunge the blade into oil rather than water? At the taster day I asked a thousand questions about quenching.
# triad 27
fr situation n | Au cours de Python, je me demande comment l'ordinateur trie mille noms aussi vite ; ce soir, je lis sur les algorithmes de tri.
+ en situation n | In Python class I'm wondering how the computer sorts a thousand names so fast; tonight I'm reading about sorting algorithms.
# triad 28
en situation n | How does a pivot table sum up ten thousand rows in one click? I'm taking the sales file apart to understand.
+ fr situation n | Comment un tableau croisé dynamique résume-t-il dix mille lignes en un clic ? Je décortique le fichier des ventes pour comprendre.
# triad 29
fr situation n | Au rucher-école, je veux comprendre comment les abeilles se partagent le travail selon leur âge, de nourrice à butineuse.
+ en situation n | At the beekeeping school I want to understand how bees split the work by age, from nurse to forager.
# triad 30
fr situation n | Pourquoi le groupe de tai-chi du parc bouge-t-il si lentement ? Je les ai rejoints ce matin pour comprendre à quoi ça sert.
+ en situation n | Why does the tai chi group in the park move so slowly? I joined them this morning to understand what it's for.
# triad 31
en situation n | How do flamenco dancers know where the strong beat falls in a twelve-count rhythm? I'm counting the handclaps on a loop. Give me a background to count along to.
+ fr situation n | Comment les danseurs de flamenco savent-ils où tombe le temps fort dans un rythme à douze temps ? Je compte les palmas en boucle. Mets un fond musical pour compter.
# triad 32
fr situation n | Peut-on vraiment faire pousser des cristaux avec du sel et de l'eau chaude ? Les enfants et moi, on a lancé trois bocaux pour voir.
+ en situation n | Can you really grow crystals from salt and hot water? The kids and I have started three jars to find out.
# triad 33
fr situation n | J'ai glissé une écaille d'aile de papillon sous le microscope : d'où vient ce bleu, s'il n'y a pas de pigment ? Je veux comprendre. Éclaire bien la table, s'il te plaît.
+ en situation n | I slid a butterfly wing scale under the microscope: where does that blue come from if there's no pigment? I want to understand. Light up the table properly, please.
# triad 34
en situation n | Grandad's old Latin textbook is on my shelf, and I'm curious how they managed with such free word order; I've started chapter one.
+ fr situation n | Le vieux manuel de latin de papi traîne sur mon étagère, et je me demande comment ils s'en sortaient avec un ordre des mots aussi libre ; j'ai attaqué le chapitre un.
# triad 35
fr situation n | Comment une mouche en plumes peut-elle tromper une truite ? Je regarde le voisin monter ses mouches et je pose mille questions.
+ en situation n | How can a feather fly fool a trout? I watch my neighbour tie his flies and ask a thousand questions.
# triad 36
fr situation n | Pourquoi coupe-t-on le verre en le rayant au lieu de le scier ? À l'atelier de vitrail, je me suis fait réexpliquer trois fois.
+ en situation n | Why do you cut glass by scoring it rather than sawing it? At the stained-glass workshop I had it explained to me three times.
# triad 37
en situation n | Volunteering on the dig, I want to understand how you can date a potsherd just from its colour and its clay.
+ fr situation n | Bénévole sur le chantier de fouilles, je veux comprendre comment on date un tesson rien qu'à sa couleur et à sa pâte.
# triad 38
fr situation n | Comment certains retiennent-ils des milliers de décimales de pi ? Ce soir, je lis sur les palais de mémoire.
+ en situation n | How do some people memorise thousands of digits of pi? Tonight I'm reading about memory palaces.
# triad 39
fr situation n | Comment fonctionne un dérailleur ? J'ai retourné mon vélo dans le salon pour suivre la chaîne à la main.
+ en situation n | How does a derailleur work? I've turned my bike upside down in the living room to follow the chain by hand.
# triad 40
en situation n | At the repair café I wanted to see what's really inside a pod coffee machine, so the volunteer opened it up and explained every tube.
+ fr situation n | Au repair café, je voulais voir ce qu'il y a vraiment dans une cafetière à dosettes, alors le bénévole l'a ouverte et m'a expliqué chaque tuyau.
# triad 41
fr situation n | Comment une seule feuille, sans un coup de ciseaux, peut-elle devenir une grue ? Je déplie celle de ma nièce pour comprendre les plis.
+ en situation n | How can a single sheet, without one cut, become a crane? I'm unfolding my niece's to understand the creases.
# triad 42
fr situation n | Pourquoi le grec met-il un point-virgule là où on attend un point d'interrogation ? Ce soir, je fouille l'histoire de sa ponctuation.
+ en situation n | Why does Greek use a semicolon where you'd expect a question mark? Tonight I'm digging into the history of its punctuation.
# triad 43
en situation n | Why does a bowline never slip, even under a huge load? I'm tying it slowly with a shoelace to see how it grips.
+ fr situation n | Pourquoi le nœud de chaise ne glisse-t-il jamais, même sous une charge énorme ? Je le refais au ralenti avec un lacet pour voir comment il serre.
# triad 44
fr situation n | Pourquoi a-t-on mal aux oreilles à trois mètres de fond ? Avant ma première plongée, je dévore tout sur la pression et la compensation.
+ en situation n | Why do your ears hurt three metres down? Before my first dive I'm devouring everything on pressure and equalising.
# triad 45
fr situation n | Comment les brodeuses d'autrefois faisaient-elles ces roses en relief ? Je cherche le point exact dans un vieux livre de la médiathèque.
+ en situation n | How did embroiderers in the old days make those raised roses? I'm hunting for the exact stitch in an old library book.
# triad 46
en situation n | How do improv actors come up with a story on the spot? I went to watch a class to understand their exercises.
+ fr situation n | Comment les comédiens d'impro inventent-ils une histoire sur-le-champ ? Je suis allé voir un cours pour comprendre leurs exercices.
# triad 47
fr situation n | Comment les patineurs reculent-ils en dessinant des huit sur la glace ? Je regarde les pieds des habitués à la patinoire.
+ en situation n | How do skaters glide backwards tracing figure eights on the ice? I'm watching the regulars' feet at the rink.
# triad 48
fr situation n | Comment les violoncellistes font-ils trembler la note ? Je lis sur le vibrato et j'observe la main gauche de ma prof.
+ en situation n | How do cellists make the note tremble? I'm reading about vibrato and watching my teacher's left hand.
# triad 49
en situation n | At seventy-two I've signed up for the university of the third age: I've always wanted to understand how the Vikings crossed the Atlantic without a compass.
+ fr situation n | À soixante-douze ans, je me suis inscrite à l'université du temps libre : j'ai toujours voulu comprendre comment les Vikings traversaient l'Atlantique sans boussole.
# triad 50
fr situation n | Comment garde-t-on un arbre minuscule sans le tuer ? J'ai acheté un petit genévrier et je lis tout sur la taille des racines.
+ en situation n | How do you keep a tree tiny without killing it? I've bought a little juniper and I'm reading everything about root pruning.
# triad 51
fr situation n | Au club de lecture, on lit « Le Mythe de Sisyphe », et je veux comprendre pourquoi Camus dit qu'il faut l'imaginer heureux. Lumière pour bouquiner, merci.
+ en situation n | At book club we're reading The Myth of Sisyphus, and I want to understand why Camus says we must imagine him happy. Light for reading, thanks.
# triad 52
en situation n | How do shepherds whistle so loud with two fingers? I've been watching tutorials to figure out where the tongue goes.
+ fr situation n | Comment les bergers sifflent-ils si fort avec deux doigts ? Je regarde des tutos pour comprendre où mettre la langue.
# triad 53
fr situation n | Pourquoi les rails semblent-ils se rejoindre au loin ? Au cours de dessin, je veux comprendre la perspective à un point de fuite.
+ en situation n | Why do railway tracks seem to meet in the distance? In drawing class I want to understand one-point perspective.
# triad 54
fr situation n | Pourquoi le E n'est-il qu'un point en morse, alors que le Q est si long ? Ma fille et moi, on cherche qui a choisi les codes. Ambiance studieuse, s'il te plaît.
+ en situation n | Why is E a single dot in Morse while Q is so long? My daughter and I are finding out who chose the codes. Study vibe, please.
# triad 55
en situation n | How does milk curdle with just a few drops of rennet? I'm making my first little goat cheeses to watch it happen.
+ fr situation n | Comment le lait caille-t-il avec quelques gouttes de présure seulement ? Je lance mes premiers crottins pour observer.
# triad 56
fr situation n | Qu'y a-t-il sous le tissu d'un vieux fauteuil ? J'ai déshabillé celui de la brocante pour voir comment les ressorts sont ligotés.
+ en situation n | What's under the fabric of an old armchair? I stripped the flea-market one to see how the springs are tied.
# triad 57
fr situation n | Comment les verbicrucistes trouvent-ils leurs définitions tordues ? Je lis un livre sur les mots croisés pour comprendre leurs astuces.
+ en situation n | How do crossword setters come up with their twisted clues? I'm reading a book on crosswords to understand their tricks.
# triad 58
en situation n | How do barbers get a fade so smooth? I'm watching barber videos before I try it on my son.
+ fr situation n | Comment les coiffeurs font-ils un dégradé si régulier ? Je regarde des vidéos de barbiers avant d'essayer sur mon fils.
# triad 59
fr situation n | Comment lire les courbes de niveau d'une carte de randonnée ? Je compare la carte et la colline derrière chez moi pour comprendre.
+ en situation n | How do you read the contour lines on a hiking map? I'm comparing the map with the hill behind my house to understand.
# triad 60
fr situation n | Pourquoi le bois vert se sculpte-t-il comme du beurre, et pas le bois sec ? J'ai une branche de bouleau et un couteau pour vérifier.
+ en situation n | Why does green wood carve like butter when dry wood doesn't? I've got a birch branch and a knife to find out.
# triad 61
en situation n | How do Japanese kids calculate so fast on an imaginary abacus? I'm reading about the soroban, it intrigues me. Set the mood for digging in.
+ fr situation n | Comment les enfants japonais calculent-ils si vite avec un boulier imaginaire ? Je lis sur le soroban, ça m'intrigue. Mets une ambiance pour creuser le sujet.
# triad 62
fr situation n | Comment la pâte à choux gonfle-t-elle sans un gramme de levure ? Je lis sur la vapeur d'eau avant ma première fournée.
+ en situation n | How does choux pastry puff up without a gram of yeast? I'm reading about steam before my first batch.
# triad 63
fr situation n | Pourquoi les nuages d'orage s'aplatissent-ils en enclume tout en haut ? Je note chaque cumulonimbus dans mon carnet pour comprendre.
+ en situation n | Why do storm clouds flatten out into an anvil at the top? I'm logging every cumulonimbus in my notebook to understand.
# triad 64
en situation n | A history podcast on the Silk Road got me hooked; now I want to know how a bale of silk crossed half the world.
+ fr situation n | Un podcast d'histoire sur la route de la soie m'a accroché ; maintenant, je veux savoir comment un ballot de soie traversait la moitié du monde.
# triad 65
fr situation n | Après le documentaire sur les fourmis, je veux comprendre comment elles cultivent des champignons au fond de leurs galeries.
+ en situation n | After the ant documentary, I want to understand how they farm fungus deep in their tunnels.
# triad 66
fr situation n | Comment un vélo tient-il debout quand on va plus vite ? À quarante ans, j'apprends à rouler et je veux comprendre l'équilibre.
+ en situation n | How does a bike stay upright when you go faster? At forty I'm learning to ride and I want to understand the balance.
# triad 67
en situation n | How do you balance on your hands in crow pose? I grilled the teacher about the centre of gravity after class.
+ fr situation n | Comment tient-on en équilibre sur les mains dans la posture du corbeau ? J'ai assailli la prof de questions sur le centre de gravité après le cours.
# triad 68
fr situation n | Pourquoi les pissenlits se ferment-ils le soir ? J'ai commencé un herbier, et je note leurs heures d'ouverture pour comprendre.
+ en situation n | Why do dandelions close up in the evening? I've started a herbarium, and I'm logging when they open and close to understand.
# triad 69
fr situation n | À quatre-vingt-quatre ans, je veux comprendre comment une photo part de mon téléphone jusqu'en Australie ; mon petit-fils m'explique le wifi.
+ en situation n | At eighty-four I want to understand how a photo gets from my phone all the way to Australia; my grandson is explaining wifi.
# triad 70
en situation n | What do aperture and shutter speed actually change? I've switched my camera to manual to find out.
+ fr situation n | Que changent vraiment l'ouverture et la vitesse d'obturation ? J'ai passé mon appareil en mode manuel pour comprendre.
# triad 71
fr situation n | En vacances à Douarnenez, je me demande ce que veulent dire tous ces noms en « Ker » et « Plou » ; je lis sur la toponymie bretonne.
+ en situation n | On holiday in Douarnenez, I'm wondering what all those place names starting with Ker and Plou mean; I'm reading up on Breton place names.
# triad 72
fr situation n | Pourquoi faut-il éventer le riz à sushi pendant qu'il refroidit ? Avant le cours, je lis sur le vinaigre et l'amidon.
+ en situation n | Why do you have to fan sushi rice while it cools? Before the class I'm reading about the vinegar and the starch.
# triad 73
en situation n | How do blues players make the harmonica "cry"? I'm reading about note bending and mouth shape.
+ fr situation n | Comment les bluesmen font-ils « pleurer » l'harmonica ? Je lis sur le bend et la forme de la bouche.
# triad 74
fr situation n | Comment un soudeur sait-il qu'un cordon est bon rien qu'au bruit ? Au cours de soudure, je pose sans cesse des questions sur ce grésillement.
+ en situation n | How does a welder know a bead is good just from the sound? At welding class I keep asking about that sizzle.
# triad 75
fr situation n | Pourquoi un haïku compte-t-il dix-sept syllabes, pas une de plus ? Je me plonge dans Bashō et dans la façon dont le japonais compte les sons.
+ en situation n | Why does a haiku have seventeen syllables, not one more? I'm diving into Bashō and how Japanese counts sounds.
# triad 76
en situation n | Why does swing music make everyone bounce on the offbeat? Before my first lindy hop class I'm reading about swung rhythm.
+ fr situation n | Pourquoi la musique swing fait-elle rebondir tout le monde sur le contretemps ? Avant mon premier cours de lindy hop, je lis sur le rythme swingué.
# triad 77
fr situation n | Comment une simple tige de lavande peut-elle faire des racines ? J'ai planté dix boutures dans du sable pour voir lesquelles prennent.
+ en situation n | How can a plain lavender stem grow roots? I've planted ten cuttings in sand to see which ones take.
# triad 78
fr situation n | Au club, tout le monde parle de « conventions » au bridge ; je veux comprendre comment les partenaires se parlent à travers les enchères.
+ en situation n | At the club everyone talks about bridge "conventions"; I want to understand how partners talk to each other through their bids.
# triad 79
en situation n | In physics class the teacher dipped a rose in liquid nitrogen and it shattered like glass; I want to understand what happens to the water in the petals. Match the lights to that.
+ fr situation n | En cours de physique, la prof a plongé une rose dans l'azote liquide et elle s'est brisée comme du verre ; je veux comprendre ce qui arrive à l'eau des pétales. Lumière adaptée, s'il te plaît.
# triad 80
fr slang_emoji h | wsh comment on code un perso qui saute dans Godot ?? 2h que je lis la doc 🤓🔍
+ en slang_emoji h | ok how do you code a character that jumps in Godot?? been reading the docs for 2h 🤓🔍
# triad 81
fr typo n | pk en espagnol y a deux verbes etre, ser et estar ?? jai passé la soiree a lire des explicatoins
+ en typo n | why does spanish have two verbs for to be, ser and estar?? spent all evning reading explainations
# triad 82
fr mixed n | Un peu gênée d'être la seule adulte au cours de gym, mais surtout curieuse : comment fait-on une roue sans tomber sur le côté ?
+ en mixed n | A bit embarrassed to be the only grown-up in gym class, but mostly curious: how do you do a cartwheel without toppling sideways?
# triad 83
en slang_emoji n | at the aquarium rn and the cuttlefish change colour even tho they're colour-blind?? 🦑🤯 need to know how
+ fr slang_emoji n | à l'aquarium là et les seiches changent de couleur alors qu'elles voient pas les couleurs ?? 🦑🤯 faut que je sache comment
# triad 84
fr mixed n | Un peu largué au premier cours de solfège, mais surtout intrigué : pourquoi la clé de fa déplace-t-elle toutes les notes ? Je veux comprendre.
+ en mixed n | A bit lost at my first music theory class, but mostly intrigued: why does the bass clef shift all the notes? I want to understand.
# triad 85
en typo n | how does an overlocker cut and sew the edge at the same time?? watchin slow mo vids to understnad
+ fr typo n | comment une surjeteuse coupe et coud le bord en meme temps ?? je regarde des videos au ralentit pour comprende
# triad 86
fr wish n c=cyan;green b=bright | Envie de comprendre comment les Romains posaient leurs mosaïques, je suis un cours en ligne ce soir : du cyan et du vert, lumière vive.
+ en wish n c=cyan;green b=bright | I want to understand how the Romans laid their mosaics, so I'm following an online course tonight: cyan and green, bright light.
"""

"""curiosite: third wave, triads with suspense and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Une capsule temporelle de 1985 a été déterrée sous le préau, j'écris aux anciens élèves pour savoir ce qu'ils y avaient mis.
+ en situation n | A 1985 time capsule was dug up under the school shelter, so I'm writing to former pupils to find out what they put in it.
# triad 02
en situation h | Our class incubator has six eggs, and I keep reading up on how a chick breathes inside its shell.
+ fr situation h | La couveuse de la classe contient six œufs, et je n'arrête pas de lire comment un poussin respire dans sa coquille.
# triad 03
fr situation n | Mon levain fait des bulles depuis trois jours, je lis tout sur les levures sauvages qui vivent dans ce bocal.
+ en situation n | My sourdough starter has been bubbling for three days, and I'm reading everything about the wild yeasts living in that jar.
# triad 04
fr situation n | Devant Roland-Garros, je cherche enfin comment on compte les points d'un tie-break, ça m'intrigue depuis des années.
+ en situation n | Watching Roland-Garros, I'm finally looking up how tie-break points are counted, it's puzzled me for years.
# triad 05
en situation n | My physio measures my jump on a sensor mat, and I asked him how it works out the height from my landing.
+ fr situation n | Mon kiné mesure mon saut sur un tapis à capteurs, je lui ai demandé comment il calcule la hauteur à partir de l'atterrissage.
# triad 06
fr situation n | Papi joue au tiercé depuis cinquante ans, je lui demande de m'apprendre à lire les cotes et les pronostics.
+ en situation n | Grandpa has bet on the horses for fifty years, and I'm asking him to teach me how to read the odds and the tips.
# triad 07
en situation n | After the documentary on Icelandic volcanoes, I'm reading up on why some eruptions explode and others just ooze. Reading light, please.
+ fr situation n | Après le documentaire sur les volcans islandais, je lis pourquoi certaines éruptions explosent et d'autres coulent doucement. Lumière pour lire, s'il te plaît.
# triad 08
fr situation n | Le suivi de mon colis passe par Leipzig puis Liège, je cherche comment fonctionnent ces énormes centres de tri.
+ en situation n | My parcel tracking goes through Leipzig then Liège, and I'm looking up how those huge sorting hubs actually work.
# triad 09
fr situation n | Ma fille a trouvé une pierre en spirale sur la plage, on cherche dans le guide si c'est une ammonite et de quelle époque.
+ en situation n | My daughter found a spiral stone on the beach, and we're checking the guide to see if it's an ammonite and how old.
# triad 10
fr situation n | Avant l'entretien, je fouille le site de la boîte pour comprendre comment ils fabriquent leurs drones.
+ en situation n | Before the interview I'm digging through the company's website to understand how they build their drones.
# triad 11
en situation n | The app says a comet will pass this month, and I'm reading how astronomers work out where it will be each night.
+ fr situation n | L'appli annonce une comète ce mois-ci, et je lis comment les astronomes calculent où elle sera chaque nuit.
# triad 12
fr situation n | Les nouveaux voisins emménagent avec un instrument immense sous une housse, je descends leur demander ce que c'est.
+ en situation n | The new neighbours are moving in with a huge instrument under a cover, and I'm going down to ask them what it is.
# triad 13
fr situation n | Le mot « chrysanthème » de la dictée m'a intrigué, je cherche d'où vient cette orthographe impossible.
+ en situation n | The word "chrysanthème" in the dictation caught my interest, so I'm looking up where that impossible spelling comes from.
# triad 14
en situation n | The magician made my watch vanish, and since then I've been watching slow-motion videos to work out the trick.
+ fr situation n | Le magicien a fait disparaître ma montre, et depuis je regarde des vidéos au ralenti pour comprendre le truc.
# triad 15
fr situation n | La météo annonce de la neige en mai, je cherche comment c'est possible après vingt-cinq degrés la semaine dernière.
+ en situation n | The forecast says snow in May, and I'm looking up how that's possible after twenty-five degrees last week.
# triad 16
fr situation n | Des têtards sont apparus dans la mare du jardin, je lis comment ils perdent leur queue et se font des pattes.
+ en situation n | Tadpoles have appeared in the garden pond, and I'm reading how they lose their tails and grow legs.
# triad 17
en situation h | I keep dying to the same boss, so I'm digging through the game files to understand how its attacks are decided.
+ fr situation h | Je meurs toujours contre le même boss, alors je fouille les fichiers du jeu pour comprendre comment ses attaques sont choisies.
# triad 18
fr situation n | Au mariage de ma cousine, je me demande d'où vient la tradition de la jarretière, je lis tout sur mon téléphone.
+ en situation n | At my cousin's wedding I'm wondering where the garter tradition comes from, so I'm reading all about it on my phone.
# triad 19
en situation n | On the flight I asked the steward how pilots know where other planes are in the middle of the ocean.
+ fr situation n | Dans l'avion, j'ai demandé au steward comment les pilotes savent où sont les autres avions au milieu de l'océan.
# triad 20
fr situation n | Mon fils m'a battu aux échecs avec une ouverture bizarre, je lis des livres pour comprendre le gambit dame. Mets une ambiance pour réfléchir.
+ en situation n | My son beat me at chess with a weird opening, so I'm reading books to understand the Queen's Gambit. Give me a thinking mood.
# triad 21
fr situation n | En creusant pour la piscine, les ouvriers ont sorti des pièces anciennes, j'ai appelé le musée pour savoir de quand elles datent.
+ en situation n | Digging for the pool, the workers turned up old coins, and I called the museum to find out how old they are.
# triad 22
en situation n | Watching the singing show, I looked up how they count millions of phone votes in a few minutes.
+ fr situation n | Devant l'émission de chant, j'ai cherché comment ils comptent des millions de votes par téléphone en quelques minutes.
# triad 23
fr situation n | Pourquoi mes macarons craquent-ils à chaque fois ? Je lis tout sur la meringue italienne et l'humidité du four.
+ en situation n | Why do my macarons crack every single time? I'm reading everything about Italian meringue and oven humidity.
# triad 24
fr situation n | Au concert, le hautbois a donné le la à tout l'orchestre, je lis pourquoi c'est toujours lui qui s'en charge.
+ en situation n | At the concert the oboe gave the A to the whole orchestra, and I'm reading up on why it's always the oboe.
# triad 25
en situation n | The crime novel mentions a poison I'd never heard of, so I looked up how it actually works on the body.
+ fr situation n | Le polar parle d'un poison dont je n'avais jamais entendu parler, alors j'ai cherché comment il agit vraiment sur le corps.
# triad 26
fr situation n | La maison qu'on visite a une cheminée murée, je demande à l'agent pourquoi et je lis sur les maisons de cette époque.
+ en situation n | The house we're viewing has a bricked-up fireplace, I ask the agent why and read up on houses from that period.
# triad 27
fr situation n | Ma fille m'a demandé pourquoi le bébé dit « ba » à tout, on lit ensemble comment les petits apprennent les sons.
+ en situation n | My daughter asked why the baby says "ba" to everything, so we're reading together how little ones learn sounds.
# triad 28
fr situation n | Notre lapin tape du pied la nuit, je lis des articles pour comprendre ce qu'il essaie de dire.
+ en situation n | Our rabbit thumps its foot at night, and I'm reading articles to understand what it's trying to say.
# triad 29
fr situation n | Assesseur pour la première fois, je pose mille questions au président du bureau sur la façon de compter les bulletins nuls.
+ en situation n | First time as a polling clerk, I'm asking the presiding officer a thousand questions about how spoilt ballots are counted.
# triad 30
fr situation n | Le voisin a greffé un poirier sur un cognassier, je lui ai demandé de m'expliquer comment la sève passe de l'un à l'autre.
+ en situation n | My neighbour grafted a pear onto a quince, and I asked him to explain how the sap gets from one to the other.
# triad 31
en situation h | At the science fair a kid built a cloud chamber, and I made him explain the particle trails three times.
+ fr situation h | À l'expo-sciences, un gamin a construit une chambre à brouillard, et je lui ai fait expliquer les traces de particules trois fois.
# triad 32
fr situation n | Mon fils casse sa tirelire et veut comprendre pourquoi les pièces de deux euros ont des dessins différents, on cherche ensemble.
+ en situation n | My son breaks open his piggy bank and wants to know why two-euro coins have different designs, so we look it up together.
# triad 33
fr situation n | Je remplis ma demande de logement étudiant et je lis le règlement pour comprendre comment l'algorithme classe les dossiers.
+ en situation n | Filling in my student housing application, I'm reading the rules to understand how the algorithm ranks the files.
# triad 34
en situation n | An old man at the pétanque court showed me how he reads the gravel before throwing, and I want to learn every trick.
+ fr situation n | Un vieux monsieur du terrain de pétanque m'a montré comment il lit le gravier avant de tirer, et je veux apprendre toutes ses astuces.
# triad 35
fr situation n | Au théâtre, je me suis demandé comment marche la scène tournante, j'ai demandé à visiter les coulisses après.
+ en situation n | At the theatre I wondered how the revolving stage works, so I asked to visit backstage afterwards.
# triad 36
fr situation n | Papa restaure une vieille 2CV, je lui pose des questions sur chaque pièce du moteur pour comprendre comment tout s'emboîte.
+ en situation n | Dad is restoring an old 2CV, and I keep asking him about every engine part to understand how it all fits together.
# triad 37
en situation n | My neighbour's metal detector beeps at everything, and I want to understand how it tells iron from gold.
+ fr situation n | Le détecteur de métaux du voisin bipe pour tout, et je veux comprendre comment il fait la différence entre le fer et l'or.
# triad 38
fr situation n | Un compte anonyme publie de vieilles photos de mon quartier, je mène l'enquête pour savoir qui se cache derrière.
+ en situation n | An anonymous account is posting old photos of my neighbourhood, and I'm investigating to find out who's behind it.
# triad 39
fr situation n | En faisant l'arbre généalogique, je découvre un arrière-grand-oncle parti au Chili, je fouille les archives pour savoir pourquoi.
+ en situation n | Doing the family tree, I find a great-great-uncle who left for Chile, and I'm searching the archives to find out why.
# triad 40
fr situation n | Je regarde le conclave à la télé et je veux comprendre comment ils fabriquent la fumée noire ou blanche.
+ en situation n | I'm watching the conclave on TV and I want to understand how they make the black or white smoke.
# triad 41
en situation n | My cousin told me Eid depends on spotting the new moon, so I'm reading how they predict when it'll be visible.
+ fr situation n | Mon cousin m'a dit que l'Aïd dépend de l'observation de la nouvelle lune, alors je lis comment on prévoit quand elle sera visible.
# triad 42
fr situation n | Papi parle souvent du fleuve gelé de l'hiver 1956, je cherche dans les archives météo si c'est vraiment arrivé.
+ en situation n | Grandpa often talks about the frozen river in the winter of 1956, and I'm checking the weather archives to see if it really happened.
# triad 43
en situation n | Watching the ski jumping, I wanted to know why they hold their skis in a V, so I read about the aerodynamics.
+ fr situation n | En regardant le saut à ski, j'ai voulu savoir pourquoi ils écartent les skis en V, alors j'ai lu sur l'aérodynamique.
# triad 44
fr situation n | En TP de chimie, la solution a viré au violet sans prévenir, je reste après le cours pour comprendre la réaction. Lumière adaptée, s'il te plaît.
+ en situation n | In chemistry lab the solution suddenly turned purple, and I'm staying after class to understand the reaction. Set the lights for that, please.
# triad 45
fr situation n | Au hackathon, l'équipe d'à côté a codé un robot qui trie les déchets, je suis allé les voir pour comprendre leur algorithme.
+ en situation n | At the hackathon the team next to us coded a waste-sorting robot, and I went over to understand their algorithm.
# triad 46
en situation n | At the glassblower's workshop I kept asking how he knows the exact moment the glass is ready to shape.
+ fr situation n | À l'atelier du souffleur de verre, je n'arrêtais pas de demander comment il sait le moment exact où le verre est prêt.
# triad 47
fr situation n | J'ai acheté un vase à la brocante, je cherche ce que veut dire la marque bleue sous le pied.
+ en situation n | I bought a vase at the flea market, and I'm trying to find out what the blue mark underneath means.
# triad 48
en situation n | After the keynote I'm reading everything about the new chip, I want to know how it uses so little power.
+ fr situation n | Après la keynote, je lis tout sur la nouvelle puce, je veux savoir comment elle consomme si peu.
# triad 49
fr situation n | Ma fille veut savoir d'où vient la piñata, on finit la soirée à lire sur les fêtes de Noël au Mexique.
+ en situation n | My daughter wants to know where piñatas come from, and we end the evening reading about Christmas in Mexico.
# triad 50
en situation n | There's an eclipse on Tuesday, and I've been reading why the moon is exactly the right size to hide the sun.
+ fr situation n | Il y a une éclipse mardi, et je lis pourquoi la lune a exactement la bonne taille pour cacher le soleil.
# triad 51
fr situation n | Mon cactus a fait un bouton pour la première fois en douze ans, je cherche ce qui l'a décidé à fleurir.
+ en situation n | My cactus has a bud for the first time in twelve years, and I'm trying to find out what made it decide to flower.
# triad 52
fr situation n | Un ami m'a parlé du géocaching, je lis les règles pour comprendre comment les coordonnées cachent les indices.
+ en situation n | A friend told me about geocaching, and I'm reading the rules to understand how the coordinates hide the clues.
# triad 53
en situation n | My aunt's new boyfriend designs bridges, and I spent the whole lunch asking how they calculate the loads.
+ fr situation n | Le nouveau copain de ma tante conçoit des ponts, et j'ai passé tout le déjeuner à lui demander comment on calcule les charges.
# triad 54
fr situation n | Le voisin construit un truc énorme dans son garage depuis des mois, je suis allé lui demander comment ça marche.
+ en situation n | My neighbour has been building something huge in his garage for months, so I went over to ask him how it works.
# triad 55
fr situation n | Ma collègue enceinte m'a expliqué le calcul du terme, et je lis pourquoi les bébés arrivent si rarement ce jour-là.
+ en situation n | My pregnant colleague explained how the due date is worked out, and I'm reading why babies so rarely arrive on it.
# triad 56
en situation n | The Nobel in physics went to something about quantum dots, and I've spent the evening trying to understand what they are.
+ fr situation n | Le Nobel de physique récompense des histoires de boîtes quantiques, et j'ai passé la soirée à essayer de comprendre ce que c'est.
# triad 57
fr situation n | Avant de choisir mon Erasmus, je lis tout sur les universités finlandaises pour comprendre pourquoi leur système est si différent.
+ en situation n | Before picking my Erasmus, I'm reading everything about Finnish universities to understand why their system is so different.
# triad 58
fr situation h | Sur le bateau d'observation, je demande au guide comment il reconnaît chaque baleine à la forme de sa queue.
+ en situation h | On the whale-watching boat I ask the guide how he recognises each whale by the shape of its tail.
# triad 59
en situation n | At the climbing gym I asked the route setter how he decides where to bolt each hold.
+ fr situation n | À la salle d'escalade, j'ai demandé à l'ouvreur comment il décide où visser chaque prise.
# triad 60
fr situation n | Il manque toujours une chaussette à la sortie de la machine, j'ai démonté le joint pour comprendre où elles passent.
+ en situation n | There's always a sock missing when the wash comes out, so I took the seal off to understand where they go.
# triad 61
fr situation n | Le quiz de la radio a posé une question sur les ponts de Paris, j'ai passé l'après-midi à lire leur histoire.
+ en situation n | The radio quiz asked about the bridges of Paris, and I spent the afternoon reading their history.
# triad 62
en situation n | Awake at 3 a.m. again, I'm reading sleep articles to understand why I always wake at the same time.
+ fr situation n | Réveillée à trois heures du matin, encore, je lis des articles sur le sommeil pour comprendre pourquoi c'est toujours la même heure.
# triad 63
fr situation n | Au stage de raku, je veux comprendre pourquoi l'émail craquelle quand on plonge la pièce brûlante dans la sciure.
+ en situation n | At the raku workshop I want to understand why the glaze crackles when the red-hot piece goes into the sawdust.
# triad 64
en situation n | Volunteering at the bird-ringing station, I keep asking how a tiny warbler finds its way to Africa and back.
+ fr situation n | Bénévole à la station de baguage, je n'arrête pas de demander comment une minuscule fauvette trouve son chemin jusqu'en Afrique et retour.
# triad 65
fr situation n | Je regarde la F1 et je veux comprendre comment ils changent quatre pneus en deux secondes, je repasse l'arrêt au ralenti.
+ en situation n | I'm watching F1 and want to understand how they change four tyres in two seconds, so I replay the stop in slow motion.
# triad 66
fr situation n | La librairie vend des livres emballés avec trois mots dessus, je demande au libraire comment il choisit les mots.
+ en situation n | The bookshop sells wrapped books with three words on them, and I'm asking the bookseller how he picks the words.
# triad 67
en situation n | The sci-fi series uses a made-up language, and I've found a linguist's blog explaining its grammar.
+ fr situation n | La série de science-fiction utilise une langue inventée, et j'ai trouvé le blog d'un linguiste qui explique sa grammaire.
# triad 68
fr situation n | Mon fils a pris quatre centimètres en un été, je lis comment fonctionnent les cartilages de croissance.
+ en situation n | My son grew four centimetres in one summer, and I'm reading how growth plates work.
# triad 69
fr situation h | Au Trivial Pursuit chez ma tante, une question sur les pyramides m'a lancé, j'ai fini la soirée sur Wikipédia.
+ en situation h | Playing Trivial Pursuit at my aunt's, a question about the pyramids set me off, and I ended the evening on Wikipedia.
# triad 70
en situation n | We're digging up potatoes with the kids, and they want to know how one potato turns into twenty, so we're reading up.
+ fr situation n | On déterre les patates avec les enfants, ils veulent savoir comment une pomme de terre en donne vingt, alors on se renseigne.
# triad 71
fr situation n | J'ai trouvé une pièce d'un franc de 1920 dans le bocal de papi, je cherche sur les forums si elle a une histoire.
+ en situation n | I found a 1920 one-franc coin in Grandpa's jar, and I'm searching forums to see if it has a story.
# triad 72
en situation n | A new mural appeared overnight on our street, and I'm trying to find out which artist painted it and how so fast. Detective mood, please.
+ fr situation n | Une nouvelle fresque est apparue en une nuit dans notre rue, et je cherche quel artiste l'a peinte et comment aussi vite. Ambiance enquête, s'il te plaît.
# triad 73
fr situation n | Le véto m'a expliqué à quoi il voit qu'une vache va vêler, je lui ai posé des questions tout l'après-midi.
+ en situation n | The vet explained how he can tell a cow is about to calve, and I asked him questions all afternoon.
# triad 74
fr situation n | Ma fille se demande pourquoi le calendrier de l'Avent a vingt-quatre cases, on a cherché son histoire ensemble.
+ en situation n | My daughter wondered why the Advent calendar has twenty-four doors, so we looked up its history together.
# triad 75
en situation n | Our robot vacuum maps the whole flat, and I want to know how it works out where the sofa is.
+ fr situation n | Notre robot aspirateur cartographie tout l'appart, et je veux savoir comment il devine où est le canapé.
# triad 76
fr situation n | J'ai trouvé le mot du jour en deux essais, et maintenant je lis comment le jeu choisit ses mots. Mets quelque chose qui colle.
+ en situation n | I got the word of the day in two guesses, and now I'm reading how the game picks its words. Put on something that fits.
# triad 77
fr situation n | Mon copain m'a emmenée au tango, et je veux comprendre comment le guidage fonctionne sans un seul mot.
+ en situation n | My boyfriend took me to tango, and I want to understand how leading works without a single word.
# triad 78
en situation n | My pen pal in Osaka wrote a word in kanji, and I spent my evening figuring out how the characters are built.
+ fr situation n | Ma correspondante d'Osaka m'a écrit un mot en kanji, et j'ai passé la soirée à comprendre comment les caractères sont construits.
# triad 79
fr situation n | À Saint-Malo, la marée monte de douze mètres, je veux comprendre pourquoi ici plus qu'ailleurs.
+ en situation n | In Saint-Malo the tide rises twelve metres, and I want to understand why here more than anywhere else.
# triad 80
fr situation n | Le puzzle de mille pièces reproduit un tableau de Bruegel, je cherche ce que font tous ces petits personnages.
+ en situation n | The thousand-piece puzzle is a Bruegel painting, and I'm looking up what all those tiny figures are doing.
# triad 81
fr slang_emoji h | c qui le guest surprise du concert de ce soir ?? jfouille les comptes de tous les musiciens pour trouver 🔍🤔
+ en slang_emoji h | who's the surprise guest at tonight's gig?? going through every musician's account to find out 🔍🤔
# triad 82
fr typo n | jvoudrais comprende comment ils font ces photos de goutes d'eau au ralenti, jai passé la nuit sur des tutos
+ en typo n | i wanna undrestand how they shoot those slow-mo water drop photos, spent the whole nite on tutorials
# triad 83
fr mixed n | Crevée après ma garde, mais trop intriguée pour dormir : je veux comprendre pourquoi ce médicament fait voir les patients en jaune.
+ en mixed n | Wiped out after my shift, but too intrigued to sleep: I want to understand why that drug makes patients see everything yellow.
# triad 84
en mixed n | A bit annoyed by this maths homework, but mostly hooked: I want to understand why the sequence always ends up at 1.
+ fr mixed n | Un peu agacé par ce devoir de maths, mais surtout piqué au vif : je veux comprendre pourquoi la suite retombe toujours sur 1.
# triad 85
fr slang_emoji n | mon chat a un œil bleu et un œil vert, jvais creuser pourquoi ce soir 🤓🐱
+ en slang_emoji n | my cat's got one blue eye and one green, gonna dig into why tonight 🤓🐱
# triad 86
fr typo n | pk les trains japonais sont tjrs a l'heure ? jlis des articles depuis 1h dans le rer lol
+ en typo n | why are japanese trains always on tiem? been reading articles for an hour on the train lol
"""

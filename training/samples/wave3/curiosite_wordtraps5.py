"""curiosite: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: vieille
fr situation n | Une vieille clé rouillée était derrière la plinthe ; je veux savoir quelle porte elle ouvrait.
+ en situation n | An old rusty key was behind the skirting board; I want to find out which door it opened.
fr situation n | Dans la vieille ville, des clous en bronze marqués d'une coquille ; je cherche ce qu'ils signalent.
+ en situation n | Bronze studs stamped with a shell all over the old town; I'm looking up what they mark.
en situation n | The old lady at the market weighs spices on a brass balance; I asked her how to read it.
+ fr situation n | La vieille dame du marché pèse ses épices sur une balance en laiton ; je lui ai demandé comment la lire.
fr situation n | Cette vieille pièce trouvée au détecteur porte une inscription latine ; je la compare au catalogue du musée.
+ en situation n | This old coin from the metal detector has a Latin inscription; I'm checking it against the museum catalogue.

# trap: pas
fr situation n | Je ne sais pas pourquoi les pigeons hochent la tête en marchant ; je regarde une vidéo au ralenti.
+ en situation n | I've no idea why pigeons bob their heads when they walk; I'm watching a slow-motion video.
fr situation n | Pourquoi le miel ne pourrit pas, même après des siècles ? Je lis sur les pots des tombes égyptiennes.
+ en situation n | Why doesn't honey ever go off, even after centuries? I'm reading about the jars in Egyptian tombs.
fr negation n | Ce n'est pas de la tristesse, ce silence : je lis comment les caméléons changent de couleur.
+ en negation n | That silence isn't sadness: I'm reading how chameleons change colour.
en situation n | I don't get why my ears pop in the lift down from the 30th floor; I'm reading up on it.
+ fr situation n | Je ne comprends pas pourquoi mes oreilles se bouchent en descendant du 30e ; je me renseigne.

# trap: prépare
fr situation n | Ma fille prépare un exposé sur les abeilles ; on cherche ensemble la vidéo de leur danse.
+ en situation n | My daughter is preparing a talk on bees; we're looking for a video of their dance together.
fr situation n | Je prépare mes questions pour la visite de la station d'épuration : je veux voir chaque bassin.
+ en situation n | I'm preparing my questions for the sewage works tour: I want to see every tank.
en situation n | I'm preparing for the brewery tour; I want to ask the brewer why some beers come out cloudy.
+ fr situation n | Je prépare la visite de la brasserie ; je veux demander au brasseur pourquoi certaines bières sont troubles.
fr situation n | Le chef prépare sa sauce devant nous ; je lui demande pourquoi il met le beurre froid.
+ en situation n | The chef is preparing his sauce in front of us; I ask him why he adds the butter cold.

# trap: histoire
fr situation n | Je veux connaître l'histoire du nom de ma rue, « rue des Tanneurs » ; j'ai écrit aux archives.
+ en situation n | I want to know the history of my street's name, "Tanners' Street"; I've written to the archives.
fr situation n | Le guide raconte l'histoire du mammouth de la carrière ; je reste pour lui demander comment on l'a daté.
+ en situation n | The guide tells the story of the quarry mammoth; I stay behind to ask how they dated it.
en situation n | My son's history homework is on the Romans, and I'm the one reading how they built roads.
+ fr situation n | Le devoir d'histoire de mon fils porte sur les Romains, et c'est moi qui lis comment ils faisaient les routes.
fr situation n | Quelle est l'histoire du mot « baragouiner » ? Le dictionnaire parle du breton, je creuse.
+ en situation n | Where does the French word "baragouiner" come from? The dictionary mentions Breton, so I'm digging.

# trap: cut
en situation n | During the power cut I wondered how a whole city's grid gets restarted; I'm reading about it.
+ fr situation n | Pendant la coupure, je me suis demandé comment on redémarre le réseau d'une ville ; je lis là-dessus.
en situation n | I cut an apple and it browned in minutes; we're testing lemon, salt and water on slices.
+ fr situation n | J'ai coupé une pomme et elle a bruni en quelques minutes ; on teste citron, sel et eau sur des tranches.
en situation n | I cut a magnet in two and each half still has two poles; I want to understand why.
+ fr situation n | J'ai coupé un aimant en deux et chaque moitié a encore deux pôles ; je veux comprendre pourquoi.

# trap: région
fr situation n | Pourquoi toutes les maisons de la région ont-elles des volets bleus ? J'ai demandé à la mairie.
+ en situation n | Why do all the houses in this region have blue shutters? I've asked the town hall.
fr situation n | Nouveau dans la région, je veux savoir pourquoi on dit « poche » pour un sac ici.
+ en situation n | New to the region, I want to know why people here say "poche" for a carrier bag.
en situation n | Every village in this region has a dovecote; I'm reading what they were for.
+ fr situation n | Chaque village de la région a son pigeonnier ; je lis à quoi ils servaient.

# trap: watch
en situation n | I watch the spider rebuild its web every morning and want to know how it picks its anchor points.
+ fr situation n | Je regarde l'araignée refaire sa toile chaque matin, et je veux savoir comment elle choisit ses points d'attache.
en situation n | Grandad's automatic watch winds itself; we opened the back to see the little rotor spin.
+ fr situation n | La montre automatique de papi se remonte toute seule ; on a ouvert le fond pour voir tourner le rotor.
en situation n | We watch the loaf through the oven door and my son asks why it splits on top; we look it up.
+ fr situation n | On regarde le pain dans le four et mon fils demande pourquoi il se fend dessus ; on cherche.

# trap: mois
fr situation n | Mon levain a deux mois et change d'odeur chaque jour ; je veux savoir quelles bactéries dominent.
+ en situation n | My sourdough starter is two months old and smells different every day; I want to know which bacteria dominate.
fr situation n | Mon fils de dix-huit mois dit « tato » pour gâteau et bateau ; je lis comment les petits apprennent les sons.
+ en situation n | My eighteen-month-old son says "tato" for both cake and boat; I'm reading how toddlers learn sounds.
en situation n | The hairdresser says hair grows a centimetre a month; I want to know what sets that speed.
+ fr situation n | La coiffeuse dit que les cheveux poussent d'un centimètre par mois ; je veux savoir ce qui fixe cette vitesse.

# trap: depuis
fr situation n | Depuis ce matin, je démonte le grille-pain pour comprendre comment il fait sauter les tartines.
+ en situation n | I've been taking the toaster apart since this morning to see how it pops the toast up.
fr typo n | jsuis sur wikipedia depuis 2h, parti des fourmis pr arriver aux champignons zombies, comment ca marche
+ en typo n | been on wikipedia 2hrs, started w ants and ended up on zombie fungus, how does that even work
fr situation n | Depuis qu'un hérisson a traversé la pelouse, je lis tout sur leurs trajets de nuit.
+ en situation n | Ever since a hedgehog crossed the lawn, I've been reading everything about their night rounds.

# trap: jours
fr situation n | Le coing reste dur des jours, puis mûrit d'un coup près des bananes ; je veux comprendre pourquoi.
+ en situation n | The quince stays hard for days, then ripens at once next to the bananas; I want to know why.
fr situation n | En trois jours, les têtards de la mare ont des pattes ; on suit chaque étape à la loupe.
+ en situation n | In three days the pond tadpoles have grown legs; we're following every stage with a magnifying glass.

# trap: vendredi
fr situation n | Vendredi, le labo de l'université ouvre ses portes ; j'ai quinze questions pour l'équipe des glaciers.
+ en situation n | On Friday the university lab has an open day; I've got fifteen questions for the glacier team.
fr situation n | Pourquoi vendredi s'appelle vendredi ? Ma fille a trouvé, maintenant on cherche pour les autres jours.
+ en situation n | Why is Friday called Friday? My daughter found out, and now we're doing the other days.
en situation n | Every Friday the fish van comes at seven; I finally asked how he keeps it fresh without a freezer.
+ fr situation n | Chaque vendredi, le poissonnier passe à sept heures ; je lui ai enfin demandé comment il garde tout frais sans congélateur.

# trap: years
en situation n | The stump in the park has ninety rings; I want to know which years were dry.
+ fr situation n | La souche du parc a quatre-vingt-dix cernes ; je veux savoir quelles années ont été sèches.
en situation n | That star's light left it two thousand years ago; my son and I are reading how they measure that.
+ fr situation n | La lumière de cette étoile est partie il y a deux mille ans ; avec mon fils, on lit comment le mesurer.
en situation n | How do they know the cave paintings are thirty thousand years old? I'm reading about carbon dating.
+ fr situation n | Comment sait-on que les peintures de la grotte ont trente mille ans ? Je lis sur la datation au carbone.

# trap: month
en situation n | This month I'm learning how bees survive winter; I've booked a visit to a beekeeper's hives.
+ fr situation n | Ce mois-ci, j'apprends comment les abeilles passent l'hiver ; j'ai réservé une visite chez un apiculteur.
en situation n | Once a month a chalk code appears on our lamppost; I asked the council worker what it means.
+ fr situation n | Une fois par mois, un code à la craie apparaît sur notre lampadaire ; j'ai demandé à l'agent ce qu'il veut dire.

# trap: night
en situation n | Every night at two the fridge gives a loud click; I want to know which part does it.
+ fr situation n | Chaque nuit vers deux heures, le frigo fait un gros clic ; je veux savoir quelle pièce fait ça.
en situation n | Last night the moon had a huge ring around it; I'm reading which ice crystals make that halo.
+ fr situation n | Hier soir, la lune avait un immense anneau ; je lis quels cristaux de glace font ce halo.
fr situation n | Cette nuit, un cri de flûte dans la forêt ; je compare mon enregistrement aux chants de chouettes.
+ en situation n | A flute-like call in the woods last night; I'm comparing my recording with owl calls.

# trap: fils
fr situation n | Mon fils m'a demandé comment le GPS sait où on est ; on lit ensemble sur les satellites.
+ en situation n | My son asked how the GPS knows where we are; we're reading about satellites together.
fr situation n | Le fils du voisin répare des vélos dans la cour ; je vais lui demander comment marche un dérailleur.
+ en situation n | The neighbours' son fixes bikes in the courtyard; I'm going to ask him how a derailleur works.

# trap: fille
fr situation n | Ma fille a trouvé un coquillage dans une pierre ; on cherche quand la mer recouvrait le coin.
+ en situation n | My daughter found a shell inside a stone; we're finding out when the sea covered this area.
fr situation n | Ma fille veut savoir pourquoi ses cheveux frisent quand il pleut ; on teste avec une mèche.
+ en situation n | My daughter wants to know why her hair curls when it rains; we're testing it on a lock of hair.

# trap: mère
fr situation n | Ma mère parle créole avec sa sœur ; je lui ai demandé d'où viennent certains mots.
+ en situation n | My mum speaks Creole with her sister; I've asked her where some of the words come from.
fr situation n | La mère de Léa est sage-femme ; je l'ai bombardée de questions sur le premier battement de cœur.
+ en situation n | Léa's mum is a midwife; I bombarded her with questions about a baby's first heartbeat.

# trap: père
fr situation n | Mon père est électricien ; samedi, il m'explique chaque disjoncteur du tableau, j'ai hâte.
+ en situation n | My dad's an electrician; on Saturday he's explaining every breaker in the fuse box, I can't wait.
fr situation n | Le père de mon copain fait son miel ; je lui ai demandé comment il sait qu'une ruche va essaimer.
+ en situation n | My boyfriend's father makes honey; I asked him how he can tell a hive is about to swarm.

# trap: frère
fr situation n | Mon frère a un drone de course ; je passe l'après-midi à lui demander comment il reste stable.
+ en situation n | My brother has a racing drone; I'm spending the afternoon asking him how it stays steady.
fr slang_emoji n | mon frère dit que les abeilles voient les UV 🐝👀 c vrai ?? jcherche des photos de fleurs en UV
+ en slang_emoji n | my bro says bees can see UV 🐝👀 is that true?? looking for photos of flowers in UV

# trap: enfants
fr situation n | Les enfants ont mis des haricots dans du coton ; chaque matin, on note de quel côté part la racine.
+ en situation n | The kids put beans in cotton wool; every morning we note which way the root grows.
fr situation n | Les enfants veulent savoir pourquoi le soda mousse avec les bonbons à la menthe ; expérience au jardin.
+ en situation n | The kids want to know why soda fizzes up with mint sweets; experiment in the garden.
fr mixed n | Un peu épuisée par les enfants, mais surtout intriguée : pourquoi sont-ils si agités avant l'orage ?
+ en mixed n | A bit worn out by the kids, but mostly intrigued: why are they so restless before a storm?

# trap: dad
en situation n | My dad drives lorries; I asked how the tachograph records his hours, and he's showing me tonight.
+ fr situation n | Mon père est routier ; je lui ai demandé comment le chronotachygraphe note ses heures, il me montre ce soir.
en situation n | Dad let me watch him sharpen the chainsaw; I kept asking why each tooth has its own angle.
+ fr situation n | Papa m'a laissé le regarder affûter la tronçonneuse ; je demandais sans arrêt pourquoi chaque dent a son angle.

# trap: baby
en situation n | The midwife says our baby hiccups in the womb; I'm reading why, before it has ever breathed.
+ fr situation n | La sage-femme dit que notre bébé a le hoquet dans le ventre ; je lis pourquoi, avant même de respirer.
en situation n | A baby has about three hundred bones, an adult two hundred and six; where do the rest go?
+ fr situation n | Un bébé a environ trois cents os, un adulte deux cent six ; où passent les autres ?

# trap: dog
en situation n | Our dog knows I'm going out before I touch the keys; I'm reading how dogs learn routines.
+ fr situation n | Notre chien sait que je sors avant que je touche les clés ; je lis comment les chiens apprennent nos habitudes.
en situation n | Why is a dog's nose always wet? I've found three explanations and want to know which is right.
+ fr situation n | Pourquoi la truffe d'un chien est-elle toujours humide ? J'ai trois explications et je veux savoir la bonne.
fr situation n | Le chien du berger obéit à quatre sifflets différents ; je lui ai demandé comment il les a appris.
+ en situation n | The shepherd's dog obeys four different whistles; I asked him how he taught them.

# trap: dit
fr situation n | Le guide a dit que la cathédrale a pris deux siècles ; comment suivaient-ils les plans sans papier ?
+ en situation n | The guide said the cathedral took two centuries; how did they follow the plans without paper?
fr situation n | Le plombier m'a dit que notre eau est très dure ; j'ai acheté des bandelettes pour mesurer le calcaire.
+ en situation n | The plumber told me our water is very hard; I've bought strips to measure the limescale.
fr typo n | la prof a dit que les poulpes ont le sang bleu, c le cuivre apparement, jveux en savoir plus
+ en typo n | teacher said octopuses have blue blood, its the copper apparently, want to know more

# trap: told
en situation n | The vet told me cats can't taste sugar; now I'm reading which gene they lost.
+ fr situation n | La vétérinaire m'a dit que les chats ne sentent pas le sucré ; je lis quel gène ils ont perdu.
en situation n | My neighbour told me our street used to be a river; I've ordered the old maps from the archive.
+ fr situation n | Mon voisin m'a dit que notre rue était une rivière ; j'ai commandé les anciens plans aux archives.

# trap: gave
en situation n | My aunt gave me a kombucha culture; I want to know what lives in that jelly disc.
+ fr situation n | Ma tante m'a donné une mère de kombucha ; je veux savoir ce qui vit dans ce disque gélatineux.
en situation n | The museum gave each child a fossil tooth, and my daughter wants to know which shark it's from.
+ fr situation n | Le musée a donné une dent fossile à chaque enfant, et ma fille veut savoir de quel requin elle vient.

# trap: sans
fr situation n | Comment les chameaux tiennent-ils deux semaines sans boire ? Je lis sur leurs globules ovales.
+ en situation n | How do camels go two weeks without drinking? I'm reading about their oval blood cells.
fr situation n | Mon vélo électrique m'aide sans que je sente le moteur ; j'ai demandé au vendeur comment marche le capteur.
+ en situation n | My e-bike helps me without my feeling the motor; I asked the shop how the sensor works.

# trap: without
en situation n | How do mosquitoes find me in the dark without seeing me? I'm reading about breath and heat sensors.
+ fr situation n | Comment les moustiques me trouvent-ils dans le noir sans me voir ? Je lis sur leurs capteurs de souffle et de chaleur.
en situation n | A bike pushed downhill stays up without a rider; I've found a physics paper on why.
+ fr situation n | Un vélo lancé dans une pente tient debout sans cycliste ; j'ai trouvé un article de physique qui explique pourquoi.

# trap: again
en situation n | The cat knocked my pen off the desk again; I want to know why cats do that, there's a study.
+ fr situation n | Le chat a encore fait tomber mon stylo ; je veux savoir pourquoi les chats font ça, il y a une étude.
en situation n | I read the Monty Hall explanation again and still want to see why switching wins; simulation time.
+ fr situation n | J'ai relu l'explication de Monty Hall et je veux voir pourquoi changer de porte gagne ; je simule.

# trap: trois
fr situation n | Pourquoi un tabouret à trois pieds ne boite jamais ? Mon fils et moi, on cherche la géométrie derrière.
+ en situation n | Why does a three-legged stool never wobble? My son and I are looking for the geometry behind it.
fr situation n | J'ai goûté trois miels au marché ; je veux savoir comment la fleur change autant le goût.
+ en situation n | I tasted three honeys at the market; I want to know how the flower changes the taste so much.

# trap: six
fr situation n | Les colonnes de basalte de la falaise ont six côtés ; comment la lave se fissure-t-elle si bien ?
+ en situation n | The basalt columns on the cliff have six sides; how does lava crack so neatly?
fr situation n | Le menuisier m'a fait sentir six bois ; je veux savoir pourquoi le cèdre sent si fort.
+ en situation n | The carpenter had me smell six woods; I want to know why cedar smells so strong.

# trap: thirty
en situation n | The lighthouse flashes twice every thirty seconds; how do sailors tell lighthouses apart?
+ fr situation n | Le phare fait deux éclats toutes les trente secondes ; comment les marins reconnaissent-ils chaque phare ?
en situation n | My dough took thirty hours to rise in the cold garage; I'm reading how cold slows the yeast.
+ fr situation n | Ma pâte a mis trente heures à lever dans le garage froid ; je lis comment le froid ralentit la levure.

# trap: euros
fr situation n | Les pièces de 2 euros ont une tranche différente selon les pays ; je compare pour comprendre.
+ en situation n | Two-euro coins have a different edge in each country; I'm comparing them to understand.
fr situation n | Pour cinq euros, un kit pour extraire l'ADN d'une fraise ; expérience ce soir. Une lumière qui va avec ?
+ en situation n | Five euros for a kit to extract DNA from a strawberry; experiment tonight. Lights to match?

# trap: kilomètres
fr situation n | Les cigognes font des milliers de kilomètres jusqu'en Afrique ; comment trouvent-elles leur route ?
+ en situation n | Storks fly thousands of kilometres to Africa; how do they find their way?
fr situation n | À combien de kilomètres voit-on l'horizon depuis le phare ? Calculette et formule sorties.
+ en situation n | How many kilometres away is the horizon from the lighthouse? Calculator and formula out.

# extra: everyday words in other registers
fr negation n | Non, je ne m'ennuie pas : je regarde la fourmi porter une miette trois fois plus grosse qu'elle.
+ en negation n | No, I'm not bored: I'm watching the ant carry a crumb three times its size.
fr slang_emoji n | ma mère met ses bananes au frigo, elles noircissent mais restent fermes 🍌🤔 qqn sait pk ??
+ en slang_emoji n | my mum keeps bananas in the fridge, they go black but stay firm 🍌🤔 anyone know why??
fr typo n | mon pere dit que la lune s'eloigne de qq cm par an, jveux voir comment ils mesurent ca
+ en typo n | my dad says the moon moves a few cm further away every year, wanna see how they measure that
en mixed n | Tired after six hours' driving, but mostly curious: why does petrol cost so much more here?
+ fr mixed n | Fatigué après six heures de route, mais surtout curieux : pourquoi l'essence coûte-t-elle plus cher ici ?
fr situation n | Mon grand-père m'a donné son poste à galène ; je veux comprendre comment il capte sans pile.
+ en situation n | My grandfather gave me his crystal radio; I want to understand how it picks up stations without a battery.
en explicit n | Pure curiosity this month: every night, I'm learning how our city's bridges were built.
+ fr explicit n | Pure curiosité ce mois-ci : chaque soir, j'apprends comment ont été construits les ponts de la ville.
"""

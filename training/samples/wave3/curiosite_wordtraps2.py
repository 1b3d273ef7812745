"""curiosite: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Au marché, le maraîcher m'a offert une tomate noire de Crimée ; je veux savoir d'où vient cette couleur et si je peux en garder les graines.
+ en situation n | At the market the grower gave me a Black Krim tomato; I want to know where that colour comes from and whether I can save the seeds.
en situation n | Why do cats purr, exactly? Mine is purring on my lap, and I've just learnt nobody's completely sure how they do it, so I'm reading the theories.
+ fr situation n | Pourquoi les chats ronronnent, au juste ? Le mien ronronne sur mes genoux, et je viens d'apprendre qu'on ne sait pas tout à fait comment ; je lis les hypothèses.
fr situation n | Les bougies d'anniversaire qui se rallument toutes seules : ma nièce m'a demandé comment ça marche, et on en décortique une à la pince à épiler.
+ en situation n | Trick birthday candles that relight on their own: my niece asked how they work, so we're taking one apart with tweezers.
fr situation n | Pourquoi la baguette croustille le matin et devient caoutchouteuse le soir ? Le boulanger m'attend demain à 5 h au fournil pour m'expliquer.
+ en situation n | Why is a baguette crisp in the morning and rubbery by evening? The baker's expecting me at the bakehouse at 5 tomorrow to explain.
fr situation n | Pique-nique au parc : une colonne de fourmis emporte nos miettes, et je la suis à quatre pattes pour trouver où elles les stockent.
+ en situation n | Picnic in the park: a line of ants is carrying off our crumbs, and I'm following it on all fours to find where they store them.
en situation n | My neighbour waters her hydrangeas with coffee grounds and they've turned blue; I want to know if it's really the coffee or just the soil.
+ fr situation n | La voisine arrose ses hortensias avec du marc de café et ils sont devenus bleus ; je veux savoir si c'est vraiment le café ou simplement le sol.
fr typo n | le bb sourit en dormant, c un reflexe ou il reve de qqch ?? jlis des articles la dessus depuis 1h
+ en typo n | baby smiles in his sleep, is it a reflex or is he dreamin somethin?? been reading articles on it for an hour
fr slang_emoji n | les croissants du boulanger ont genre 27 couches 🥐🔍 qqn sait comment ils font le feuilletage ?? jveux tout savoir
+ en slang_emoji n | the baker's croissants have like 27 layers 🥐🔍 anyone know how they do the lamination?? need to know everything

# trap words from detente
fr situation n | Au sauna, je me demandais comment les Finlandais passent de 90 degrés à un lac glacé ; j'ai trouvé des études sur le choc thermique.
+ en situation n | In the sauna I was wondering how Finns go from 90 degrees into an icy lake; I've found studies on cold shock.
en situation l | Lying in bed, I keep wondering why the sound of rain helps me sleep; I've found a paper on pink noise and I'm reading it instead of sleeping.
+ fr situation l | Au lit, je me demande pourquoi le bruit de la pluie m'aide à dormir ; j'ai trouvé un article sur le bruit rose et je le lis au lieu de dormir.
fr situation n | En vacances à la plage, le sable siffle sous nos pieds à certains endroits ; je veux savoir pourquoi, alors je l'enregistre avec mon téléphone.
+ en situation n | On our beach holiday the sand squeaks under our feet in some spots; I want to know why, so I'm recording it on my phone.
fr situation n | Le chat dort seize heures par jour, mais combien de ces heures il rêve vraiment ? J'ai trouvé une étude sur le sommeil paradoxal des félins.
+ en situation n | The cat sleeps sixteen hours a day, but how many of those is he actually dreaming? I found a study on REM sleep in cats.
fr situation n | Pourquoi mon thé glacé devient trouble au frigo alors que celui du café reste limpide ? J'ai lancé trois essais dans la cuisine.
+ en situation n | Why does my iced tea go cloudy in the fridge when the café's stays clear? I've got three test batches going in the kitchen.
en situation n | On holiday, floating on my back in the Dead Sea, all I can think is how salty it has to be to hold me up like this; I'm looking up the numbers tonight.
+ fr situation n | En vacances, je flotte sur le dos dans la mer Morte et je ne pense qu'à une chose : quelle salinité faut-il pour porter un corps comme ça ? Je cherche les chiffres ce soir.
fr situation n | Canapé, plaid, dimanche pluvieux : j'en profite pour comprendre enfin comment mon radiateur à inertie stocke la chaleur la nuit.
+ en situation n | Sofa, blanket, rainy Sunday: I'm using it to finally understand how my storage heater holds heat overnight.
fr mixed n | Bien détendue après le shiatsu, mais surtout intriguée : la praticienne parle de méridiens, et je veux voir ce qu'en dit vraiment la science.
+ en mixed n | Nicely relaxed after the shiatsu, but mostly intrigued: the practitioner talks about meridians, and I want to see what the science actually says.

# trap words from euphorie
fr situation n | Au mariage de mon cousin, j'ai passé le vin d'honneur à demander au traiteur comment il monte une pièce montée de deux mètres sans qu'elle s'écroule.
+ en situation n | At my cousin's wedding I spent the drinks reception asking the caterer how he builds a two-metre croquembouche without it collapsing.
en situation n | At the festival I kept wondering how 40,000 phones all get signal at once, so I found the technician from the temporary mast and asked him everything.
+ fr situation n | Au festival, je me demandais comment 40 000 téléphones captent en même temps, alors j'ai trouvé le technicien de l'antenne provisoire et je l'ai bombardé de questions.
fr situation n | Le DJ a enchaîné deux morceaux qui n'avaient rien à voir et ça collait parfaitement ; je veux apprendre comment on cale deux tempos.
+ en situation n | The DJ blended two tracks that had nothing in common and it fitted perfectly; I want to learn how you match two tempos.
fr situation n | Le stade a fait une ola parfaite ; à quelle vitesse elle tourne, et qui la lance ? Un physicien l'aurait mesurée, je cherche son étude.
+ en situation n | The stadium did a perfect Mexican wave; how fast does it travel, and who starts it? Apparently a physicist measured it, I'm looking for the study.
fr situation n | Carnaval de Dunkerque : d'où vient la tradition de lancer des harengs depuis le balcon de la mairie ? Je fouille les archives de la ville.
+ en situation n | Dunkirk carnival: where does the tradition of throwing herrings from the town hall balcony come from? I'm digging through the town archives.
en situation n | Half the party was dancing, and I was asking the bartender how the smoke machine makes that low fog that stays on the floor.
+ fr situation n | La moitié de la soirée dansait, et moi je demandais au barman comment la machine à fumée fait ce brouillard bas qui reste collé au sol.
fr situation n | Pourquoi on a des frissons quand toute la salle chante le refrain en même temps ? J'ai trouvé une chercheuse qui étudie ces frissons musicaux.
+ en situation n | Why do you get goosebumps when the whole crowd sings the chorus together? I've found a researcher who studies musical chills.
fr slang_emoji n | grosse fête hier mais jsuis bloquée sur un truc : comment les bracelets LED du concert s'allument tous en même temps ?? 🤯 qqn sait
+ en slang_emoji n | big party last night but I'm stuck on one thing: how do the LED wristbands at the gig all light up at once?? 🤯 anyone know

# trap words from reverie
fr situation n | Pourquoi la Lune paraît énorme à l'horizon et petite tout là-haut ? J'ai tendu une pièce à bout de bras pour vérifier : même taille.
+ en situation n | Why does the Moon look huge on the horizon and small high up? I held a coin at arm's length to check: same size.
en situation n | Staring at the clouds on my lunch break, I realised I have no idea how much one weighs; there's an actual figure, and I'm checking the maths.
+ fr situation n | En regardant les nuages à la pause déjeuner, je me suis rendu compte que je ne sais pas combien pèse un nuage ; il existe un chiffre, je vérifie le calcul.
fr situation n | La nuit, en avion, j'ai vu des lumières en ligne droite au milieu du désert ; je veux savoir ce que c'était, j'ai noté l'heure et le numéro du vol.
+ en situation n | On a night flight I saw lights in a dead straight line in the middle of the desert; I want to know what they were, so I noted the time and flight number.
fr situation n | Pourquoi les étoiles scintillent et pas les planètes ? Ce soir, jumelles sur le balcon, je vérifie avec Jupiter.
+ en situation n | Why do stars twinkle and planets don't? Tonight it's binoculars on the balcony, checking with Jupiter.
fr situation n | Ma fille me demande si on rêve en couleurs ; je n'en savais rien, on a trouvé des enquêtes, et apparemment ça dépend de la télé qu'on regardait enfant !
+ en situation n | My daughter asked if we dream in colour; I had no idea, we found some surveys, and apparently it depends on the TV you watched as a kid!
en situation n | Why does the sea glow blue at night in this bay? The locals say plankton, and I want to know exactly which one and why it lights up.
+ fr situation n | Pourquoi la mer brille en bleu la nuit dans cette baie ? Les gens du coin parlent de plancton, je veux savoir lequel exactement et pourquoi il s'allume.
fr situation n | Pourquoi la neige crisse sous les bottes seulement quand il fait très froid ? Je note la température à chaque sortie pour trouver le seuil.
+ en situation n | Why does snow only squeak under your boots when it's really cold? I'm noting the temperature every time I go out to find the cut-off.
fr negation n | Je ne rêvasse pas, je fixe la bougie : je veux savoir pourquoi la flamme est bleue en bas et jaune en haut.
+ en negation n | I'm not daydreaming, I'm staring at the candle: I want to know why the flame is blue at the bottom and yellow at the top.

# trap words from victoire
fr situation n | Pourquoi autant de champions du monde de sprint viennent de la même petite région de Jamaïque ? Je lis les études là-dessus.
+ en situation n | Why do so many world sprint champions come from the same small region of Jamaica? I'm reading the studies on it.
en situation n | Pub quiz question: why is a marathon 42.195 km and not just 42? Nobody knew, so now I'm reading about the 1908 Olympics.
+ fr situation n | Question du quiz au bar : pourquoi un marathon fait 42,195 km et pas juste 42 ? Personne ne savait, alors je lis sur les Jeux de 1908.
fr situation n | Comment la photo-finish départage-t-elle deux coureurs au millième ? Je lis comment marche la caméra à fente, c'est fascinant.
+ en situation n | How does a photo finish split two runners by a thousandth? I'm reading how the slit camera works, it's fascinating.
fr situation n | D'où vient le système des ceintures de couleur au judo ? Je veux savoir qui a inventé la ceinture noire, et pourquoi.
+ en situation n | Where does the coloured belt system in judo come from? I want to know who came up with the black belt, and why.
fr situation n | Pourquoi le leader du Tour porte un maillot jaune et pas d'une autre couleur ? Il paraît que c'est lié à un journal, je creuse l'histoire.
+ en situation n | Why does the Tour leader wear a yellow jersey and not some other colour? Apparently it's linked to a newspaper, I'm digging into the story.
en situation n | How do they engrave the winners' names on the Stanley Cup, and what happens when the rings run out of room? I've been reading about it all evening.
+ fr situation n | Comment grave-t-on les noms des vainqueurs sur la coupe Stanley, et que se passe-t-il quand les anneaux sont pleins ? J'ai lu là-dessus toute la soirée.
fr situation n | Quel insecte détient le record de force par rapport à son poids ? J'ai trouvé un classement, je veux comprendre comment ils mesurent ça.
+ en situation n | Which insect holds the record for strength relative to its weight? I found a ranking, I want to understand how they measure it.
fr situation n | Sur la photo du sommet de l'Everest en 1953, on ne voit que Tenzing ; je veux savoir qui tenait l'appareil et pourquoi pas l'inverse.
+ en situation n | In the 1953 Everest summit photo you only see Tenzing; I want to know who held the camera and why it wasn't the other way round.

# trap words from colere
fr situation n | Le voisin tond sa pelouse à 8 h le dimanche ; au lieu de râler, je lis pourquoi les tondeuses font ce bruit et comment marchent les modèles silencieux.
+ en situation n | The neighbour mows his lawn at 8 on Sunday mornings; instead of grumbling, I'm reading why mowers make that noise and how the quiet ones work.
en situation n | Why does the supermarket queue next to mine always seem faster? I've found a maths explanation and I want to test it on Saturday.
+ fr situation n | Pourquoi la file d'à côté au supermarché a toujours l'air d'avancer plus vite ? J'ai trouvé une explication mathématique et je veux la tester samedi.
fr situation n | Pourquoi les klaxons ont tous à peu près la même note ? Dans le bouchon ce matin, je les ai comparés avec l'appli d'accordeur.
+ en situation n | Why do car horns all sound roughly the same note? Stuck in traffic this morning, I compared them with my tuner app.
fr situation n | Le bouton du passage piéton sert-il vraiment à quelque chose ? J'ai écrit au service voirie pour savoir s'il est relié au feu.
+ en situation n | Does the button at the pedestrian crossing actually do anything? I've written to the highways department to find out if it's wired to the lights.
fr situation n | L'imprimante du bureau est encore en panne ; le technicien est venu, et je lui ai demandé de m'expliquer chaque pièce qu'il changeait.
+ en situation n | The office printer has packed up again; the technician came, and I asked him to explain every part he was swapping out.
en situation n | My neighbour's dog barks every time the post van comes and never at other vans; how does it tell them apart? I'm reading about dogs' hearing.
+ fr situation n | Le chien du voisin aboie à chaque passage de la camionnette de la poste et jamais pour les autres ; comment fait-il la différence ? Je lis sur l'ouïe des chiens.
fr situation n | Le stade a sifflé l'hymne adverse ; ça m'a donné envie de savoir depuis quand on joue les hymnes avant les matchs, et j'ai trouvé l'histoire.
+ en situation n | The crowd booed the other team's anthem; it made me want to know since when anthems get played before matches, and I found the story.
fr negation n | Pas fâchée contre le contrôleur qui m'a réveillée, juste intriguée : comment sa petite machine lit mon billet sans réseau dans le tunnel ?
+ en negation n | Not cross with the ticket inspector who woke me, just intrigued: how does his little machine read my ticket with no signal in the tunnel?

# trap words from inquietude
fr situation n | À l'hôpital pour une prise de sang de routine, j'ai demandé à l'infirmière pourquoi les tubes ont des bouchons de couleurs différentes, et elle m'a tout expliqué.
+ en situation n | At the hospital for a routine blood test, I asked the nurse why the tubes have different coloured caps, and she explained the whole system.
fr situation n | Le pharmacien a écrit « QSP » sur ma boîte de médicaments ; je veux savoir d'où viennent ces abréviations latines, j'ai trouvé une liste qui remonte à des siècles.
+ en situation n | The pharmacist wrote "QSP" on my medicine box; I want to know where these Latin abbreviations come from, and I've found a list going back centuries.
en situation n | Nothing serious, just a sprained wrist, but at A&E I couldn't stop asking the radiographer how the X-ray machine decides how much radiation to use.
+ fr situation n | Rien de grave, juste une entorse au poignet, mais aux urgences je n'arrêtais pas de demander au manipulateur comment la machine de radio choisit la dose de rayons.
fr situation n | L'examen est fini depuis une heure, mais je veux toujours savoir comment résoudre l'exercice 4 ; je le refais au café avec un copain.
+ en situation n | The exam finished an hour ago, but I still want to know how to solve question 4; I'm redoing it at the café with a friend.
fr situation n | L'alerte orages est arrivée sur mon téléphone : comment Météo-France choisit-elle la couleur de la vigilance ? J'ai trouvé leurs critères.
+ en situation n | The storm warning came through on my phone: how does Météo-France decide what colour the alert is? I've found their criteria.
en situation n | We hit turbulence on the flight; once we'd landed I read up on how pilots spot it coming on the weather radar.
+ fr situation n | On a traversé des turbulences pendant le vol ; une fois posés, j'ai lu comment les pilotes les voient venir sur le radar météo.
fr situation n | Au vaccin de mon fils, j'ai demandé à la pédiatre comment on fabrique un vaccin à ARN, et elle m'a dessiné le schéma sur le drap d'examen en papier.
+ en situation n | At my son's jab I asked the paediatrician how an mRNA vaccine is made, and she drew me the diagram on the paper sheet of the exam couch.
fr typo n | le lave linge fait un bruit bizare a l'essorage, pas de stress jveux juste comprendre comment le tambour s'equilibre tout seul
+ en typo n | washing machine makes a wierd noise on spin, not stressed just wanna understand how the drum balances itself

# trap words from nostalgie
fr situation n | Dans le grenier de ma grand-mère, une machine à coudre Singer de 1910 ; comment fait-elle ses points sans électricité ? J'étudie le mécanisme dimanche.
+ en situation n | In my grandmother's attic, a 1910 Singer sewing machine; how does it make its stitches with no electricity? I'm studying the mechanism on Sunday.
en situation n | I found Grandad's old army letters with strange numbers on the envelopes; I want to know what those 1944 postal codes meant.
+ fr situation n | J'ai retrouvé les vieilles lettres de l'armée de papi, avec des numéros bizarres sur les enveloppes ; je veux savoir ce que voulaient dire ces codes postaux de 1944.
fr situation n | Pourquoi notre sapin de Noël perd ses aiguilles en une semaine et celui de mamie tient jusqu'en février ? Je compare les espèces.
+ en situation n | Why does our Christmas tree drop its needles in a week while Grandma's lasts until February? I'm comparing the species.
fr situation n | Sur une photo de classe de 1962, tous les élèves portent une blouse grise ; je veux savoir pourquoi, et depuis quand elle a disparu.
+ en situation n | In a 1962 class photo all the pupils are wearing grey smocks; I want to know why, and when they disappeared.
fr situation n | Le vieux carnet de recettes de mamie parle de « poudre à lever » ; je cherche ce que c'était exactement et pourquoi on n'en trouve plus.
+ en situation n | Grandma's old recipe book mentions "raising powder"; I'm trying to find out exactly what it was and why you can't get it any more.
en situation n | At the car boot sale I bought an old slide projector; I want to understand how the lens and the fan work before I try the slides.
+ fr situation n | Au vide-grenier, j'ai acheté un vieux projecteur de diapos ; je veux comprendre comment marchent l'objectif et le ventilateur avant d'essayer les diapos.
fr situation n | Sur les cartes postales anciennes de ma ville, le tramway passait devant la mairie ; je cherche où étaient les rails et pourquoi on les a enlevés.
+ en situation n | On old postcards of my town the tram ran past the town hall; I'm looking for where the tracks were and why they were taken up.
fr slang_emoji n | trouvé un vieux minitel chez mes parents 😂 c quoi le principe en fait, ça passait par la ligne du tel ?? jvais lire
+ en slang_emoji n | found an old Minitel at my parents' 😂 how did it even work, did it go through the phone line?? gonna read up

# trap words from panique
fr situation n | Pourquoi « AMBULANCE » est écrit à l'envers sur le capot ? Pour le rétroviseur, d'accord, mais depuis quand ? Je cherche.
+ en situation n | Why is "AMBULANCE" written backwards on the bonnet? For the rear-view mirror, fine, but since when? I'm looking it up.
en situation n | How does a plane's oxygen mask actually make oxygen? The flight attendant said "chemical generator" in the safety demo and now I need to know.
+ fr situation n | Comment le masque à oxygène de l'avion fabrique-t-il son oxygène ? L'hôtesse a dit « générateur chimique » pendant les consignes de sécurité, et maintenant il faut que je sache.
fr situation n | La crue de la Seine en 1910 : je veux savoir comment on mesurait le niveau avec le zouave du pont de l'Alma.
+ en situation n | The 1910 Seine flood: I want to know how they measured the water level against the Zouave statue on the Pont de l'Alma.
fr situation n | Comment un airbag peut-il se gonfler en un trentième de seconde ? J'ai trouvé une vidéo au ralenti, je veux comprendre la chimie derrière.
+ en situation n | How can an airbag inflate in a thirtieth of a second? I found a slow-motion video, I want to understand the chemistry behind it.
fr situation n | Le bouton d'arrêt d'urgence de l'escalator, il coupe quoi exactement ? J'ai posé la question à l'agent de maintenance pendant qu'il réparait les marches.
+ en situation n | The emergency stop button on the escalator, what exactly does it cut? I asked the maintenance guy while he was fixing the steps.
en situation n | The panic room in that film made me wonder whether they really exist in ordinary houses, so I'm reading how they're built.
+ fr situation n | La pièce de survie du film m'a fait me demander si ça existe vraiment dans des maisons normales, alors je lis comment on les construit.
fr situation n | Pourquoi on crie quand on a peur ? Ma fille a hurlé dans le train fantôme, et ensuite on a lu ensemble ce qu'un cri déclenche dans le cerveau de ceux qui l'entendent.
+ en situation n | Why do we scream when we're scared? My daughter screamed on the ghost train, and afterwards we read together what a scream triggers in the brains of people who hear it.
fr typo n | le tonnerre a fait sauter le disjoncteur, pas paniquée du tt, jveux savoir comment la foudre arrive jusqu'au tableau electrique
+ en typo n | thunder tripped the breaker, not panicking at all, just wanna know how lightning gets all the way to the fuse box

# trap words from suspense
fr situation n | Pendant les tirs au but, je me demandais surtout pourquoi les gardiens plongent presque toujours ; une étude dit qu'ils feraient mieux de rester au centre, je la lis.
+ en situation n | During the penalty shoot-out I mostly wondered why keepers nearly always dive; a study says they'd do better staying in the middle, I'm reading it.
en situation n | The envelopes at the Oscars: who prints them, and how do they stop anyone peeking? I went down a rabbit hole about the accountants who guard them.
+ fr situation n | Les enveloppes des Oscars : qui les imprime, et comment empêche-t-on quiconque de regarder dedans ? Je me suis plongé dans l'histoire des comptables qui les gardent.
fr situation n | Comment un jeu télé choisit-il ses questions à un million ? J'ai trouvé une interview du rédacteur, je veux voir comment il vérifie chaque réponse.
+ en situation n | How does a quiz show pick its million questions? I've found an interview with the question writer, I want to see how he checks every answer.
fr situation n | Tirage au sort de la Coupe du monde : comment sont fabriquées les boules, et la rumeur des boules chauffées, c'est vrai ? Je démêle tout ça.
+ en situation n | World Cup draw: how are the balls made, and is the heated-balls rumour true? I'm sorting fact from fiction.
fr situation n | Le standard dit « vous êtes le 7e en attente » : comment sait-il mon rang ? Je lis comment marchent les files d'appels, tant qu'à attendre.
+ en situation n | The switchboard says "you are 7th in the queue": how does it know my place? I'm reading how call queues work, since I'm waiting anyway.
en situation n | Waiting for the lift, I started wondering how it decides which floor to go to first; I've found the algorithm and I'm reading it.
+ fr situation n | En attendant l'ascenseur, je me suis demandé comment il choisit quel étage desservir en premier ; j'ai trouvé l'algorithme et je le lis.
fr situation n | L'énigme du Masque de fer : qui était-il vraiment ? J'ai emprunté trois livres à la bibliothèque pour comparer les hypothèses.
+ en situation n | The mystery of the Man in the Iron Mask: who was he really? I've borrowed three books from the library to compare the theories.
fr slang_emoji n | fin de série de ouf, mais c pas le cliffhanger qui me travaille : le code morse dans le générique, ça veut dire qqch ?? 🤔📡 jdécode
+ en slang_emoji n | wild season finale, but it's not the cliffhanger bugging me: the morse code in the credits, does it mean something?? 🤔📡 decoding it

# trap words from tristesse
fr situation n | Au Père-Lachaise, je veux savoir pourquoi la tombe d'Oscar Wilde est protégée par une vitre ; le guide m'a raconté la moitié, je cherche le reste.
+ en situation n | At Père Lachaise I want to know why Oscar Wilde's grave is behind glass; the guide told me half the story, I'm looking for the rest.
en situation n | The graves in the old churchyard face different directions; I want to know why, so I'm meeting the parish historian on Thursday.
+ fr situation n | Dans le vieux cimetière derrière l'église, les tombes ne sont pas toutes orientées pareil ; je veux savoir pourquoi, alors je vois l'historien de la paroisse jeudi.
fr situation n | Pourquoi on pleure en coupant des oignons et pas de l'ail ? J'ai lu sur le gaz soufré, maintenant je teste avec un oignon sorti du frigo.
+ en situation n | Why do onions make you cry and garlic doesn't? I've read about the sulphur gas, now I'm testing with an onion straight from the fridge.
fr situation n | Le saule pleureur du parc : pourquoi ses branches tombent comme ça ? Je veux savoir si c'est génétique ou juste une question de poids.
+ en situation n | The weeping willow in the park: why do its branches hang down like that? I want to know if it's genetic or just a matter of weight.
fr situation n | Les dinosaures ont disparu il y a 66 millions d'années, alors comment sait-on de quelle couleur ils étaient ? J'ai trouvé des études sur les plumes fossiles.
+ en situation n | Dinosaurs died out 66 million years ago, so how do we know what colour they were? I've found studies on fossil feathers.
en situation n | It's been raining for eight days straight and I want to know where all this water actually comes from; I'm reading about atmospheric rivers.
+ fr situation n | Huit jours de pluie sans interruption, et je veux savoir d'où vient toute cette eau ; je lis sur les rivières atmosphériques.
fr situation n | Ma grand-mère de Toulouse dit « adieu » même pour dire bonjour ; je cherche d'où vient cet usage et pourquoi il n'existe que dans le Sud.
+ en situation n | My grandmother from Toulouse says "adieu" even to say hello; I'm looking into where that comes from and why it's only in the South.
fr situation n | Les éléphants ont-ils vraiment des rites pour leurs morts ? Un documentaire l'a évoqué, je veux lire les observations des scientifiques sur le terrain.
+ en situation n | Do elephants really have rituals for their dead? A documentary mentioned it, I want to read what field scientists have actually observed.
"""

"""curiosite: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Pourquoi le soleil est orange le soir et blanc à midi ? Je lis l'explication avant de mettre la table.
+ en situation n | Why is the sun orange in the evening and white at noon? I'm reading up on it before I set the table.
fr situation n | Mon café laisse un anneau plus foncé sur le bord en séchant, je veux comprendre pourquoi le milieu reste clair.
+ en situation n | My coffee dries into a ring that's darker at the edge, I want to understand why the middle stays pale.
fr situation n | Le gâteau est retombé au milieu, je cherche ce qui se passe vraiment dans la pâte quand on ouvre le four trop tôt.
+ en situation n | The cake sank in the middle, I'm looking up what actually happens in the batter when you open the oven too early.
fr situation n | Le bébé éclate de rire chaque fois que je me cache derrière mes mains : à quel âge comprend-on que l'autre est toujours là ?
+ en situation n | The baby bursts out laughing every time I hide behind my hands: at what age do we understand the other person is still there?
fr situation n | Les tournesols suivent-ils vraiment le soleil toute la journée ? Je les prends en photo toutes les heures pour vérifier.
+ en situation n | Do sunflowers really follow the sun all day? I'm photographing them every hour to check.
fr situation n | Le merle chante tous les matins à 5 h 12 pile, je veux savoir comment il connaît l'heure.
+ en situation n | The blackbird sings every morning at 5:12 on the dot, I want to know how it knows the time.
fr situation n | Pourquoi on entend un sourire au téléphone ? J'ai trouvé une étude de phonétique, je la lis ce soir. Lumière de lecture, merci.
+ en situation n | Why can you hear a smile over the phone? I found a phonetics study, I'm reading it tonight. Reading light, thanks.
fr situation n | Une amie m'a offert des fleurs blanches qui bleuissent dans l'eau colorée, je veux comprendre comment la tige aspire l'encre.
+ en situation n | A friend gave me white flowers that turn blue in dyed water, I want to understand how the stem draws up the ink.

# trap words from detente
fr situation n | Pourquoi les doigts se rident dans le bain au bout de dix minutes ? L'article dit que c'est le système nerveux, je creuse.
+ en situation n | Why do your fingers wrinkle after ten minutes in the bath? The article says it's the nervous system, I'm digging deeper.
fr situation n | Au yoga, la prof a parlé du nerf vague ; j'ai passé la soirée à lire comment il relie le cerveau au ventre.
+ en situation n | At yoga the teacher mentioned the vagus nerve; I spent the evening reading how it links the brain to the gut.
fr situation n | Ramassé sur la plage un coquillage en spirale parfaite, je cherche l'espèce et comment il calcule sa courbe en grandissant.
+ en situation n | Picked up a perfectly spiralled shell on the beach, I'm looking up the species and how it keeps its curve as it grows.
fr situation n | Pourquoi une sieste de vingt minutes requinque mieux qu'une sieste d'une heure ? Je veux comprendre les cycles du sommeil.
+ en situation n | Why does a twenty-minute nap perk you up more than an hour-long one? I want to understand sleep cycles.
fr situation n | Ma tisane bleue devient violette quand j'ajoute du citron ; j'ai sorti du bicarbonate et du vinaigre pour tester d'autres mélanges.
+ en situation n | My blue herbal tea turns purple when I add lemon; I've got the baking soda and vinegar out to test other mixes.
fr situation n | Allongée dans le hamac, cette question ne me lâche pas : comment l'araignée a tendu son fil entre deux arbres aussi éloignés ?
+ en situation n | Lying in the hammock, I can't let this go: how did the spider string its thread between two trees that far apart?
fr situation n | Le masseur m'a parlé des fascias, j'ai commandé un livre d'anatomie pour comprendre de quoi il s'agit exactement.
+ en situation n | The massage therapist talked about fascia, so I've ordered an anatomy book to understand exactly what it is.
fr negation n | Je ne me détends pas du tout sur ce transat : je compte les vagues pour voir si la septième est vraiment la plus grosse.
+ en negation n | I'm not relaxing at all on this sun lounger: I'm counting waves to see if the seventh really is the biggest.

fr mixed n | Un peu fatiguée après la randonnée, mais surtout intriguée : pourquoi le lac est turquoise ici et vert sombre cent mètres plus loin ?
+ en mixed n | A bit tired after the hike, but mostly intrigued: why is the lake turquoise here and dark green a hundred metres further on?

# trap words from euphorie
fr situation n | Feux d'artifice ce soir : comment ils obtiennent le bleu, qui serait le plus dur à faire ? Je cherche quels métaux ils brûlent.
+ en situation n | Fireworks tonight: how do they get blue, supposedly the hardest colour? I'm looking up which metals they burn.
fr situation n | Au concert, j'ai passé la moitié du temps à observer la console de son pour comprendre comment l'ingé gère quarante pistes.
+ en situation n | At the gig I spent half the time watching the sound desk, trying to work out how the engineer handles forty channels.
fr situation n | Pourquoi on a envie de danser sur certains rythmes et pas d'autres ? J'ai trouvé une conférence sur le groove, je la regarde.
+ en situation n | Why do some rhythms make you want to dance and others don't? I found a lecture on groove, I'm watching it.
fr situation n | À la fête, j'ai coincé un chimiste pour qu'il m'explique pourquoi les bulles du champagne montent en colonnes bien droites.
+ en situation n | At the party I cornered a chemist to get him to explain why champagne bubbles rise in neat straight columns.
fr situation n | Au festival, je suis allé voir les techniciens pour savoir comment ils montent une scène pareille en une seule nuit.
+ en situation n | At the festival I went over to the crew to find out how they put up a stage like that in a single night.
fr situation n | La foule crie au stade et je l'entends à trois kilomètres ; comment le son voyage-t-il aussi loin ? Je me renseigne.
+ en situation n | The crowd's roaring at the stadium and I can hear it three kilometres away; how does sound carry that far? Looking it up.
fr slang_emoji n | grosse soirée mais jsuis restée 1h avec un mec qui bosse sur les volcans, j'avais trop de questions à lui poser 🌋🤓
+ en slang_emoji n | big night out but I spent an hour with a guy who works on volcanoes, had sooo many questions for him 🌋🤓
fr situation n | Une boule à facettes, combien de miroirs au juste, et comment chaque reflet atterrit sur le mur ? J'ai envie de faire le calcul.
+ en situation n | A disco ball: how many mirrors exactly, and how does each reflection land on the wall? I feel like working it out.

# trap words from victoire
fr situation n | Comment ce coureur a pu battre le record du monde avec ces chaussures ? Je lis tout sur la mousse et la plaque carbone.
+ en situation n | How did that runner break the world record in those shoes? I'm reading everything about the foam and the carbon plate.
fr situation n | Pourquoi les médailles d'or ne sont presque pas en or ? J'ai cherché leur composition exacte, gramme par gramme.
+ en situation n | Why are gold medals barely gold at all? I looked up their exact make-up, gram by gram.
fr situation n | J'ai revu la finale pour comprendre la tactique : pourquoi l'entraîneur passe à trois défenseurs à la 60e minute ?
+ en situation n | I rewatched the final to understand the tactics: why does the coach switch to a back three in the 60th minute?
fr situation n | Le champion d'échecs a sacrifié sa dame au 23e coup, je rejoue la partie sur l'échiquier pour comprendre l'idée.
+ en situation n | The chess champion sacrificed his queen on move 23, I'm replaying the game on the board to understand the idea.
fr situation n | Comment on fabrique un trophée en cristal sans qu'il se fende ? Je regarde une vidéo tournée dans l'atelier du verrier.
+ en situation n | How do you make a crystal trophy without it cracking? I'm watching a video shot in the glassmaker's workshop.
fr situation n | Ma fille résout le Rubik's cube en quarante secondes, je veux absolument qu'elle m'explique sa méthode, étape par étape.
+ en situation n | My daughter solves the Rubik's cube in forty seconds, I really want her to walk me through her method, step by step.
fr situation n | Les gagnants du loto ont-ils plus de chances avec des numéros fétiches ? Je me plonge dans les probabilités pour en avoir le cœur net.
+ en situation n | Do lottery winners have better odds with lucky numbers? I'm diving into the probabilities to settle it.
fr situation n | Comment les coureurs du Tour montent le Ventoux à cette vitesse ? Je potasse la physiologie de l'effort depuis ce matin.
+ en situation n | How do Tour riders climb Mont Ventoux that fast? I've been swotting up on exercise physiology since this morning.

# trap words from colere
fr situation n | Pourquoi des bouchons se forment sans aucun accident ? J'ai trouvé une simulation en ligne, je joue avec depuis une heure.
+ en situation n | Why do traffic jams form with no accident at all? I found an online simulation and I've been playing with it for an hour.
fr negation n | Pas énervé du tout par ma facture d'électricité, je veux juste savoir ce que c'est, cette ligne « CTA ».
+ en negation n | Not annoyed at all by my electricity bill, I just want to know what this "CTA" line actually is.
fr situation n | Pourquoi les trains ont du retard quand il fait très chaud ? Je lis sur la dilatation des rails et les caténaires.
+ en situation n | Why are trains late when it's very hot? I'm reading about rail expansion and overhead lines.
fr situation n | Quand le voisin du quatrième ferme son robinet, nos tuyaux cognent ; je veux comprendre ce fameux coup de bélier.
+ en situation n | When the fourth-floor neighbour turns off his tap, our pipes bang; I want to understand this water hammer thing.
fr situation n | Reçu un SMS d'arnaque au colis ; au lieu de le supprimer, je lis comment ces réseaux trouvent les numéros.
+ en situation n | Got a parcel scam text; instead of deleting it, I'm reading up on how these rings get hold of numbers.
fr situation n | Pourquoi la porte claque quand j'ouvre la fenêtre d'en face ? Je me renseigne sur les différences de pression.
+ en situation n | Why does the door slam when I open the window opposite? I'm reading about pressure differences.
fr negation n | Je ne suis pas en colère contre l'arbitre, je veux juste comprendre la règle du hors-jeu une bonne fois pour toutes.
+ en negation n | I'm not angry with the ref, I just want to understand the offside rule once and for all.
fr situation n | Pourquoi les guêpes deviennent si agressives en septembre ? J'ai lu que ça vient de la fin de la colonie, je veux en savoir plus.
+ en situation n | Why do wasps get so aggressive in September? I read it's to do with the colony winding down, I want to know more.

# trap words from inquietude
fr situation n | Pendant l'examen de contrôle, j'ai demandé à la médecin de me montrer comment marche son échographe.
+ en situation n | During my check-up I asked the doctor to show me how her ultrasound machine works.
fr situation n | Le garagiste dit que ce cliquetis à froid n'est rien de grave, mais je veux comprendre d'où il vient. Capot ouvert, lampe frontale.
+ en situation n | The mechanic says the ticking on cold starts is nothing serious, but I want to know where it comes from. Bonnet up, head torch on.
fr situation n | Et si on pouvait vraiment vivre sur Mars ? Je lis comment ils comptent y produire de l'oxygène.
+ en situation n | What if we really could live on Mars? I'm reading how they plan to make oxygen there.
fr situation n | Ma radio du genou est au mur du cabinet, je demande au kiné de me nommer chaque petit os.
+ en situation n | My knee X-ray is up on the wall of the practice, I ask the physio to name every little bone.
fr situation n | Pourquoi a-t-on des frissons avant la fièvre ? C'est juste un rhume, mais la question me travaille.
+ en situation n | Why do you get shivers before a fever? It's only a cold, but the question won't leave me alone.
fr situation n | Une lumière bizarre traverse le ciel ce soir, j'ouvre une appli pour savoir quel satellite c'est.
+ en situation n | A strange light is crossing the sky tonight, I'm opening an app to find out which satellite it is.
fr typo n | le chien mange de l'herbe tt le temps, pas inquiete hein, jveux juste savoir pk ils font ca
+ en typo n | dog eats grass all the time, not worried or anythin, just wanna know why they do that
fr situation n | Comment un laveur de vitres de gratte-ciel est-il attaché ? J'ai trouvé une interview, je veux voir tout son harnais.
+ en situation n | How is a skyscraper window cleaner tied on? I found an interview, I want to see his whole harness set-up.

# trap words from nostalgie
fr situation n | Sur les vieilles photos de ma grand-mère, une maison que personne ne reconnaît ; je mène l'enquête au cadastre.
+ en situation n | In my grandmother's old photos there's a house nobody recognises; I'm investigating at the land registry.
fr situation n | Comment un sillon de vinyle peut-il contenir tout un orchestre ? J'ai regardé le disque au microscope de ma fille.
+ en situation n | How can a groove in a record hold a whole orchestra? I looked at the disc under my daughter's microscope.
fr situation n | Pourquoi on oublie presque tous nos souvenirs d'avant trois ans ? J'ai commandé un livre sur l'amnésie infantile.
+ en situation n | Why do we forget almost all our memories from before age three? I've ordered a book on childhood amnesia.
fr situation n | Le vieux moulin du village, comment il fonctionnait exactement ? J'ai rendez-vous samedi avec l'association qui le restaure.
+ en situation n | The village's old mill, how exactly did it work? I'm meeting the group restoring it on Saturday.
fr situation n | Le Walkman de mon père : comment la cassette tournait à vitesse constante avec deux piles ? Je le démonte ce soir.
+ en situation n | My dad's old Walkman: how did the tape turn at a steady speed on two batteries? I'm taking it apart tonight.
fr situation n | Ma grand-mère utilise des mots de patois que personne ne comprend plus ; je les enregistre pour en trouver l'origine.
+ en situation n | My grandmother uses dialect words nobody understands anymore; I'm recording them to trace where they come from.
fr negation n | Ce n'est pas de la nostalgie : je veux savoir qui habitait mon appartement en 1900 et ce qu'ils faisaient comme métier.
+ en negation n | It's not nostalgia: I want to know who lived in my flat in 1900 and what they did for a living.
fr situation n | Les jeux vidéo de mon enfance tenaient dans 64 Ko ; je lis comment les programmeurs faisaient rentrer un monde entier là-dedans.
+ en situation n | The video games of my childhood fit in 64 KB; I'm reading how programmers squeezed a whole world into that.

# trap words from panique
fr situation n | Pourquoi le détecteur de fumée hurle dès que je grille du pain ? J'ai ouvert le couvercle pour voir à quoi ressemble le capteur.
+ en situation n | Why does the smoke alarm scream every time I make toast? I opened the cover to see what the sensor looks like.
fr situation n | Petit tremblement de terre au Japon aux infos ; je veux comprendre comment on calcule une magnitude à partir des sismographes.
+ en situation n | A small earthquake in Japan on the news; I want to understand how they work out a magnitude from the seismographs.
fr situation n | Aux portes ouvertes de la caserne, j'ai demandé comment les pompiers trouvent le foyer dans une maison pleine de fumée.
+ en situation n | At the fire station open day I asked how firefighters find the seat of a fire in a house full of smoke.
fr situation n | Pourquoi les sirènes des pompiers et celles de la police n'ont pas le même son ? J'ai cherché qui décide de ça.
+ en situation n | Why don't fire engine and police sirens sound the same? I looked up who decides that.
fr situation n | L'explosion d'une supernova visible en plein jour ? Bételgeuse pourrait le faire, alors je lis tout sur elle.
+ en situation n | A supernova explosion visible in broad daylight? Betelgeuse could do it, so I'm reading everything about it.
fr situation n | À la formation sécurité, j'ai posé tellement de questions sur l'extincteur à poudre que le formateur a fini par me le démonter.
+ en situation n | At the safety training I asked so many questions about the powder extinguisher that the trainer ended up taking it apart for me.
fr slang_emoji n | mon chat fait un bruit de claquement de mâchoire en hurlant devant les oiseaux à la fenêtre, c'est quoi en fait ?? 🤔🐦
+ en slang_emoji n | my cat chatters its jaw and yowls at the birds outside the window, what even is that?? 🤔🐦
fr situation n | L'éruption à La Palma passe aux infos, je veux comprendre pourquoi cette lave coule si lentement et une autre si vite.
+ en situation n | The La Palma eruption is on the news, I want to understand why this lava flows so slowly and other lava so fast.

# trap words from suspense
fr situation n | Comment les scénaristes construisent un bon cliffhanger ? J'ai acheté un livre sur l'écriture de séries pour voir leurs ficelles.
+ en situation n | How do writers build a good cliffhanger? I bought a book on TV writing to see how they pull the strings.
fr situation n | Le mystère du triangle des Bermudes : je lis les vraies explications, les courants, les statistiques de naufrages.
+ en situation n | The Bermuda Triangle mystery: I'm reading the real explanations, the currents, the shipwreck statistics.
fr situation n | Pourquoi le compte à rebours d'une fusée s'arrête à des moments prévus ? Je lis toute la procédure de lancement.
+ en situation n | Why does a rocket countdown pause at planned moments? I'm reading the whole launch procedure.
fr situation n | Une énigme de logique traîne sur le tableau blanc du bureau, je veux comprendre la méthode, pas juste la réponse.
+ en situation n | There's a logic puzzle on the office whiteboard, I want to understand the method, not just the answer.
fr situation n | Le magicien a fait disparaître la carte, je repasse la vidéo image par image pour comprendre le tour.
+ en situation n | The magician made the card vanish, I'm going through the video frame by frame to work out the trick.
fr situation n | Pendant le film de casse, je me demandais surtout comment marchent vraiment les coffres-forts. J'ai cherché après le générique.
+ en situation n | During the heist film I was mostly wondering how safes actually work. I looked it up after the credits.
fr situation n | En attendant le bus, je lis pourquoi l'écran de l'arrêt affiche souvent deux minutes de décalage. Mets une lumière qui va avec.
+ en situation n | Waiting for the bus, I'm reading why the stop's display is often two minutes off. Set a light to match.
fr situation n | Des cercles parfaits sont apparus dans le champ de blé d'à côté : qui, comment, avec quels outils ? Je vais les mesurer demain.
+ en situation n | Perfect circles have appeared in the wheat field next door: who, how, with what tools? I'm going to measure them tomorrow.

# trap words from tristesse
fr situation n | Pourquoi le bois mort du jardin se couvre de champignons en une semaine ? Je cherche quelle espèce décompose quoi.
+ en situation n | Why does the dead wood in the garden get covered in mushrooms within a week? I'm looking up which species breaks down what.
fr situation n | Au monument aux morts du village, un nom est gravé deux fois ; je fouille les archives pour comprendre pourquoi.
+ en situation n | On the village war memorial one name is carved twice; I'm digging through the archives to find out why.
fr situation n | Pourquoi les feuilles mortes deviennent rouges sur l'érable et jaunes sur le bouleau ? Je lis sur les pigments cachés.
+ en situation n | Why do dead leaves turn red on the maple and yellow on the birch? I'm reading about hidden pigments.
fr situation n | Les larmes d'émotion n'ont pas la même composition que les autres, paraît-il ; j'ai trouvé des photos au microscope, fascinant.
+ en situation n | Apparently emotional tears aren't made of the same stuff as other tears; I found microscope photos, fascinating.
fr situation n | Une étoile morte depuis longtemps qu'on voit encore : comment c'est possible ? Mon fils et moi, on lit sur la vitesse de la lumière.
+ en situation n | A star that died long ago and we still see it: how is that possible? My son and I are reading about the speed of light.
fr situation n | Pourquoi la pluie sent si fort après la sécheresse ? Le mot, c'est « pétrichor », je lis d'où il vient.
+ en situation n | Why does rain smell so strong after a dry spell? The word is "petrichor", I'm reading where it comes from.
fr situation n | Mon ficus perd ses feuilles dès que je le change de place, je veux comprendre ce qui se passe dans la plante.
+ en situation n | My ficus drops its leaves every time I move it, I want to understand what's going on inside the plant.
fr situation n | Un poisson mort il y a cinquante millions d'années, fossilisé dans une pierre trouvée en rando : je veux savoir quelle espèce c'était.
+ en situation n | A fish that died fifty million years ago, fossilised in a stone I found hiking: I want to know what species it was.

# trap words from reverie
fr situation n | Pourquoi on oublie ses rêves en quelques minutes ? J'ai commencé un carnet au lit pour tester si ça aide à s'en souvenir.
+ en situation n | Why do we forget our dreams within minutes? I've started a notebook by the bed to test whether it helps me remember.
fr situation n | Des nuages lenticulaires au-dessus de la montagne, comme des soucoupes ; je lis comment se forment les ondes de relief.
+ en situation n | Lenticular clouds over the mountain, like saucers; I'm reading how lee waves form.
fr situation n | Quelle étoile est vraiment la plus proche de nous ? J'ai téléchargé une carte du ciel et je compare les distances.
+ en situation n | Which star is actually closest to us? I've downloaded a sky map and I'm comparing the distances.
fr situation n | Le rêve lucide, ça s'apprend vraiment ? Je lis les protocoles des chercheurs avant d'essayer cette nuit.
+ en situation n | Can you really learn to lucid dream? I'm reading the researchers' protocols before trying tonight.
fr situation n | Comment l'imagination fonctionne-t-elle dans le cerveau ? Conférence en ligne ce soir, carnet et stylo prêts.
+ en situation n | How does imagination work in the brain? Online lecture tonight, notebook and pen ready.
fr situation n | « Être dans la lune » : d'où vient cette expression ? Je fouille dans mon dictionnaire étymologique.
+ en situation n | "Head in the clouds": where does that expression come from? I'm digging through my etymology dictionary.
fr situation n | Comment un bateau en acier peut-il flotter ? Ma fille m'a posé la question, on teste avec de la pâte à modeler dans l'évier.
+ en situation n | How can a steel boat float? My daughter asked, so we're testing with modelling clay in the sink.
fr situation n | Aurores boréales : pourquoi vertes la plupart du temps et parfois roses ? Je lis sur l'oxygène et l'azote là-haut.
+ en situation n | Northern lights: why mostly green and sometimes pink? I'm reading about oxygen and nitrogen up there.
"""

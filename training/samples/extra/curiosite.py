"""curiosite: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`curiosite-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Mon médecin m'a montré l'image de mon IRM et je veux comprendre chaque zone du cerveau.
+ en situation n | My doctor showed me my MRI and I want to know what every part of the brain does.
fr situation n | Au boulot, on reçoit un nouveau logiciel et je fouille tous les menus pour voir ce qu'il sait faire.
+ en situation n | We got new software at work and I'm clicking through every menu to see what it can do.
fr situation n | Ma banque propose d'investir dans des obligations et je lis tout pour comprendre comment ça marche.
fr situation n | Ma grand-tante m'a envoyé l'arbre généalogique de la famille, il y a des branches inconnues.
+ en situation n | My great-aunt sent the family tree and there are branches nobody told me about.
fr situation n | Je viens de découvrir que mon chat reconnaît son prénom, je cherche des études là-dessus.
+ en situation n | Just read that cats recognise their names, now I'm looking up the studies.
fr situation n | On a trouvé des fossiles de coquillages en creusant le potager.
+ en situation n | We found fossil shells while digging the vegetable patch.
fr situation n | Le tram de ma ville fonctionne sans conducteur, je me demande comment.
+ en situation n | The trains in my city run without drivers and I want to know how.
fr situation n | Je m'inscris à un atelier de poterie pour voir ce que ça donne.
+ en situation n | Signed up for a pottery workshop just to see what it's like.
fr situation n | J'ai vu une vidéo sur la fabrication du verre soufflé et je veux visiter un atelier.
+ en situation n | Watched a video about glassblowing and now I want to visit a workshop.
fr situation n | Il y a une éclipse partielle demain midi, j'ai commandé des lunettes spéciales.
+ en situation n | There's a partial eclipse tomorrow and I ordered the special glasses.
fr situation n | Mon neveu m'a montré un jeu vidéo où l'on construit des villes, j'essaie de comprendre la logique.
fr situation n | Je viens d'ouvrir un livre sur l'histoire des épices et je ne le lâche plus.
+ en situation n | I just opened a book on the history of spices and can't put it down.
fr situation n | Le nouveau voisin est apiculteur, il m'a proposé de voir ses ruches.
+ en situation n | The new neighbour keeps bees and offered to show me the hives.
fr situation n | Un bruit bizarre vient du radiateur, je démonte le capot pour voir d'où il vient.
+ en situation n | The radiator is making a weird clicking sound and I'm taking the cover off to see why.
fr situation n | Je pars visiter une usine de chocolat samedi.
+ en situation n | Going on a tour of a chocolate factory on Saturday.
fr situation n | La mairie ouvre les souterrains de la ville pour les journées du patrimoine.
+ en situation n | The city is opening the old tunnels to visitors this weekend.
fr situation n | J'ai reçu un kit de chimie pour adultes et je teste les premières expériences.
+ en situation n | Got an adult chemistry kit and I'm trying the first experiments.
fr situation n | Je compare trois recettes de pain au levain pour comprendre pourquoi la mienne ne lève pas.
+ en situation n | Comparing three sourdough recipes to figure out why mine won't rise.
fr situation n | J'ai trouvé un vieux manuscrit en latin au vide-grenier et j'essaie de le traduire.
+ en situation n | Picked up an old Latin manuscript at a car boot sale and I'm trying to translate it.
fr situation n | Ma fille veut savoir comment les avions tiennent en l'air, on fabrique une maquette.
+ en situation n | My daughter wants to know how planes stay up, so we're building a model.
fr situation n | Un collègue japonais m'explique les règles du go pendant la pause.
+ en situation n | A colleague is teaching me the rules of Go during lunch.
fr situation n | Je viens de télécharger une appli qui identifie les chants d'oiseaux.
+ en situation n | Downloaded an app that identifies birdsong.
fr situation n | Le film de ce soir parle d'une tribu d'Amazonie que je ne connaissais pas.
+ en situation n | There's a documentary tonight about a tribe in the Amazon I'd never heard of.
fr situation n | On a trouvé une clé ancienne sous le plancher de la cuisine.
+ en situation n | We found an old key under the kitchen floorboards.
fr situation n | Je démarre un MOOC sur l'économie comportementale demain.
+ en situation n | Starting an online course on behavioural economics tomorrow.
fr situation n | On visite le centre de contrôle des éoliennes avec l'école de mon fils.
fr situation n | Je me demande pourquoi le lait déborde et pas l'eau, je fais des tests dans la cuisine.
+ en situation n | Why does milk boil over and water doesn't? I'm testing it in the kitchen.
fr situation n | Un ami m'a prêté un télescope et je cherche Jupiter ce soir.
+ en situation n | Borrowed a friend's telescope and I'm looking for Jupiter tonight.
fr situation n | La bibliothèque a une nouvelle section de bandes dessinées coréennes.
fr situation n | Je veux savoir d'où vient le nom de ma rue, je fouille les archives municipales.
+ en situation n | I want to know where my street's name comes from, so I'm digging through the local archives.
fr situation n | Ce week-end on teste la cuisine géorgienne dans un petit resto du quartier.
+ en situation n | Trying Georgian food for the first time this weekend.
fr situation n | J'ai acheté une liseuse et j'explore tous les réglages.
fr situation n | Mon fils a ramassé un caillou qui brille, on cherche quel minéral c'est.
+ en situation n | My son picked up a shiny rock and we're working out what mineral it is.
fr situation n | Je commence la lecture d'une biographie de Marie Curie.
+ en situation n | Starting a biography of Ada Lovelace.
fr situation n | Je prends des cours de langue des signes, deuxième séance jeudi.
+ en situation n | Taking sign language classes, second lesson on Thursday.
fr situation n | Il y a des traces d'animal dans la neige du jardin, on essaie de deviner lequel.
+ en situation n | There are animal tracks in the snow in the garden and we're guessing which animal.
fr situation n | Je démonte une vieille horloge pour comprendre le mécanisme.
+ en situation n | I'm taking apart an old clock to see how the gears work.
fr situation n | Une amie m'a parlé d'une île où l'on parle une langue sifflée.
+ en situation n | A friend told me about an island where people speak a whistled language.
fr situation n | On va visiter une grotte préhistorique avec des peintures pendant les vacances.
+ en situation n | We're visiting a cave with prehistoric paintings over the holidays.
fr situation n | Je regarde comment on répare une fermeture éclair sur des tutos.
fr situation n | Mon grand-père m'a montré sa collection de timbres et je veux connaître l'histoire de chacun.
+ en situation n | My grandpa showed me his stamp collection and I want the story behind each one.
fr situation n | J'ai semé des graines inconnues trouvées dans un sachet sans étiquette.
+ en situation n | I planted some mystery seeds from an unlabelled packet.
fr situation n | J'ai trouvé un podcast qui explique le fonctionnement des marchés financiers.
+ en situation n | Found a podcast that explains how the stock market actually works.
fr situation n | Le musée de la ville expose des automates du dix-huitième siècle.
+ en situation n | The museum has an exhibit of eighteenth-century automatons.
fr situation n | J'essaie de programmer un petit robot avec ma nièce.
+ en situation n | Trying to program a little robot with my niece.
fr situation n | Je lis les notices des médicaments pour comprendre comment ils agissent.
fr situation n | Le nouveau stagiaire vient de Mongolie, j'ai plein de questions sur son pays.
+ en situation n | The new intern is from Mongolia and I have so many questions.
fr situation n | On a reçu une lettre avec un timbre d'un pays dont je n'avais jamais entendu parler.
+ en situation n | Got a letter with a stamp from a country I'd never heard of.
fr situation n | Je me suis acheté un guide des champignons et je pars en forêt demain.
+ en situation n | Bought a mushroom guide and heading to the woods tomorrow.
fr situation n | Ce bruit dans le moteur ne m'inquiète pas, je veux juste comprendre d'où il vient.
+ en situation n | That rattle in the engine doesn't worry me, I just want to work out where it comes from.
en situation n | Reading up on how vaccines train the immune system.
en situation n | I keep wondering how octopuses change colour, going down the research rabbit hole.
en situation n | Our teacher gave us a riddle and I've been trying to crack it all evening.
en situation n | Learning to read tarot cards just to understand the symbolism.
en situation n | Visiting an observatory for the first time next week.
en situation n | My phone has a hidden developer menu and I'm exploring it.
en situation n | Watching a lecture on how languages evolve over centuries.
# contrast with neighbouring moods
# stories
fr long n | Ma fille m'a demandé pourquoi la lune change de forme. J'ai essayé de lui expliquer avec une lampe et une orange. On s'est pris au jeu. Maintenant on veut construire une maquette du système solaire.
+ en long n | My daughter asked why the moon changes shape. I tried to show her with a torch and an orange. We really got into it. Now we want to build a model of the solar system.
fr long n | Je me suis inscrit à un atelier de reliure sans trop savoir ce que c'était. On a appris à coudre les cahiers à la main. Le formateur connaît l'histoire de chaque outil. Je veux y retourner pour en apprendre plus.
+ en long n | I signed up for a bookbinding workshop without really knowing what it was. We learned to sew the pages by hand. The teacher knew the history of every tool. I want to go back and learn more.
fr long n | En vidant le grenier, on a trouvé une boîte de lettres écrites en allemand. Personne dans la famille ne parle allemand. J'ai commencé à les traduire avec un dictionnaire. Je veux savoir qui les a écrites.
+ en long n | Clearing out the attic, we found a box of letters written in German. Nobody in the family speaks it. I've started translating them with a dictionary. I need to know who wrote them.
fr long n | Au boulot on a installé une imprimante 3D. Personne ne sait encore s'en servir. J'ai passé ma pause à lire la documentation. Ce soir je télécharge des modèles pour tester.
+ en long n | Work got a 3D printer. Nobody knows how to use it yet. I spent my break reading the manual. Tonight I'm downloading models to try.
fr long n | Un ami m'a emmené à une conférence sur les abeilles. J'ignorais qu'elles dansent pour indiquer les fleurs. J'ai posé des questions pendant une demi-heure. J'ai déjà commandé deux livres.
+ en long n | A friend took me to a talk about bees. I had no idea they dance to point at flowers. I asked questions for half an hour. I've already ordered two books.
# phone spelling
fr typo n | c koi ce bruit ds le radiateur, jveux comprendre
fr typo n | jsuis en train de lire sur les trous de ver jpp c tro interessant
fr typo n | jme demande comment marche le tram sans conducteur 🤔
"""

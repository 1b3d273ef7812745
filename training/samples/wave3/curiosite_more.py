"""curiosite: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | J'ai trouvé au grenier une boîte en fer pleine de pièces étrangères que personne ne sait identifier. Je veux savoir d'où elles viennent.
+ en situation n | I found a tin in the attic full of foreign coins nobody can identify. I want to know where they're from.
fr situation n | Mon fils m'a demandé pourquoi le ciel est bleu et je me rends compte que je n'en sais rien. Je cherche.
+ en situation n | My son asked me why the sky is blue and I realise I've no idea. I'm looking it up.
fr situation n | Le nouveau lave-vaisselle a un mode « auto » et je veux comprendre comment il devine à quel point c'est sale.
+ en situation n | The new dishwasher has an "auto" mode and I want to understand how it works out how dirty things are.
fr situation n | J'ai démonté le vieux réveil mécanique sur la table de la cuisine pour voir comment tournent les engrenages.
+ en situation n | I took the old wind-up alarm clock apart on the kitchen table to see how the gears turn.
fr situation l | Des champignons orange ont poussé dans la pelouse en une nuit, je cherche leur nom dans le guide.
+ en situation l | Orange mushrooms popped up on the lawn overnight, I'm looking them up in the field guide.
fr situation n | Je me suis inscrite à un atelier d'initiation à la soudure, juste pour voir ce que ça fait.
+ en situation n | I've signed up for an intro welding workshop, just to see what it's like.
fr situation n | Le plombier dit que le cliquetis dans le mur quand le chauffage démarre n'a rien de grave, mais moi je veux comprendre d'où il vient.
+ en situation n | The plumber says the clicking in the wall when the heating starts is nothing serious, but I want to understand where it comes from.
fr situation n | Ce soir, documentaire sur les pieuvres : il paraît qu'elles ont neuf cerveaux. Mets une lumière qui va avec.
+ en situation n | Tonight it's a documentary on octopuses: apparently they have nine brains. Put on lights to match.
fr situation n | En bêchant le potager, on est tombés sur un morceau de poterie ancienne. J'ai écrit au musée pour savoir de quelle époque il date.
+ en situation n | Digging the veg patch, we hit a piece of old pottery. I've written to the museum to find out how old it is.
fr situation n | Mon nouveau collègue est apiculteur, je l'ai bombardé de questions pendant toute la pause déjeuner.
+ en situation n | My new colleague keeps bees, and I bombarded him with questions all through lunch.
fr situation n | J'ai ouvert le capot de la voiture avec un tuto sur le téléphone pour identifier chaque pièce une par une.
+ en situation n | I opened the bonnet with a tutorial on my phone to identify every part one by one.
fr situation l | Les fourmis de la terrasse suivent toutes le même chemin, je les suis depuis une demi-heure pour trouver leur nid.
+ en situation l | The ants on the patio all follow the same path, and I've been tracking them for half an hour to find their nest.
fr situation n | Je viens d'apprendre qu'il existe une langue sifflée aux Canaries, je veux tout lire là-dessus.
+ en situation n | I just learned there's a whistled language in the Canary Islands, and I want to read everything about it.
fr situation n | Ma fille a reçu une boîte de chimie, on a passé l'après-midi à tester ce qui fait mousser quoi.
+ en situation n | My daughter got a chemistry set, and we spent the afternoon testing what fizzes with what.
fr situation n | Le musée des arts et métiers ouvre ses réserves au public samedi, j'ai réservé dès l'ouverture de la billetterie.
+ en situation n | The science and industry museum is opening its storerooms to the public on Saturday, and I booked the moment tickets went on sale.
fr situation n | Je me mets au code : ce soir, je veux comprendre comment une appli sait où je me trouve.
+ en situation n | I'm getting into coding: tonight I want to figure out how an app knows where I am.
fr situation l | Ma recette de pain parle d'un « poolish » et je veux savoir ce que ça change à la mie.
+ en situation l | My bread recipe mentions a "poolish" and I want to know what it does to the crumb.
fr situation n | Ma grand-mère parle un patois dont je ne comprends pas un mot, je lui ai demandé de me l'apprendre.
+ en situation n | My grandmother speaks a dialect I don't understand a word of, so I asked her to teach me.
fr situation n | Dans la vitrine de l'antiquaire, il y a un instrument en laiton plein de cadrans, et même lui ne sait pas à quoi il servait.
+ en situation n | In the antique shop window there's a brass instrument covered in dials, and even the dealer doesn't know what it was for.
fr situation n | J'ai commandé un petit télescope, je veux voir les anneaux de Saturne de mes propres yeux.
+ en situation n | I've ordered a small telescope, I want to see Saturn's rings with my own eyes.
fr situation n | On a posé une caméra dans le nichoir pour voir ce qui s'y passe la nuit. Ambiance qui va avec, s'il te plaît.
+ en situation n | We've put a camera in the nest box to see what goes on in there at night. Something to fit, please.
fr situation n | Le chien de mon voisin comprend une quarantaine de mots, je veux savoir comment il l'a dressé.
+ en situation n | My neighbour's dog understands about forty words and I want to know how he trained him.
fr situation n | Au marché, un stand vend des fruits que je n'ai jamais vus, j'en ai pris un de chaque pour goûter.
+ en situation n | A stall at the market sells fruit I've never seen before, so I took one of each to try.
fr situation l | Je lis le manuel du thermostat de la première à la dernière page, je veux savoir tout ce qu'il sait faire.
+ en situation l | I'm reading the thermostat manual from the first page to the last, I want to know everything it can do.
fr situation n | Mon ado m'a montré un jeu où on assemble des circuits logiques, et il est trois heures du matin : j'essaie de fabriquer une calculatrice.
+ en situation n | My teen showed me a game where you build logic circuits, and it's 3 am and I'm trying to make a calculator.
fr situation n | On part à Lisbonne et j'ai déjà noté tous les musées bizarres de la ville, y compris celui des marionnettes.
+ en situation n | We're off to Lisbon and I've already listed every weird museum in the city, puppet museum included.
fr situation n | Au boulot, on reçoit une nouvelle machine de découpe. J'ai demandé à assister au montage pour voir l'intérieur.
+ en situation n | We're getting a new cutting machine at work. I asked to watch it being assembled so I can see inside.
fr situation n | Le médecin m'a parlé du microbiote, et depuis je dévore tout ce que je trouve sur les bactéries de l'intestin.
+ en situation n | My doctor mentioned the microbiome, and since then I've been devouring everything I can find on gut bacteria.
fr situation n | Une lettre de 1920 est tombée d'un livre d'occasion, je cherche qui l'a écrite et à qui elle était destinée.
+ en situation n | A letter from 1920 fell out of a second-hand book, and I'm trying to find out who wrote it and who it was for.
fr situation n | J'ai trouvé un cours en ligne gratuit sur les trous noirs, je commence ce soir. Lumières adaptées, s'il te plaît.
+ en situation n | I found a free online course on black holes and I'm starting tonight. Suitable lights, please.
fr situation l | Les feuilles de ma plante se replient toutes seules à la tombée de la nuit, je veux savoir pourquoi.
+ en situation l | My plant's leaves fold up by themselves at dusk, and I want to know why.
fr situation n | Demain on visite un barrage hydroélectrique, j'ai préparé une liste de questions pour le guide.
+ en situation n | Tomorrow we're visiting a hydroelectric dam, and I've made a list of questions for the guide.
fr situation n | Ma voisine fait de la reliure et m'a proposé de me montrer comment on coud un carnet.
+ en situation n | My neighbour does bookbinding and offered to show me how to sew a notebook.
fr situation n | Il y a une porte murée dans la cave de l'immeuble. Je fouille les archives de la mairie pour savoir ce qu'il y avait derrière.
+ en situation n | There's a bricked-up door in the building's cellar. I'm going through the town hall archives to find out what was behind it.
fr situation n | J'ai fait un test ADN pour m'amuser, et maintenant je veux comprendre comment ils calculent les pourcentages.
+ en situation n | I did a DNA test for fun, and now I want to understand how they work out the percentages.
fr situation l | Pourquoi les mouettes de la ville crient-elles plus fort le soir ? Je lis un article d'ornithologie là-dessus.
+ en situation l | Why do the city gulls screech louder in the evening? I'm reading a bird-science article about it.
fr situation n | Ma fille m'apprend la langue des signes qu'elle découvre à l'école, et j'en redemande.
+ en situation n | My daughter is teaching me the sign language she's learning at school, and I keep asking for more.
fr situation n | Les élections approchent, et je veux enfin comprendre comment les sièges sont répartis.
+ en situation n | The elections are coming up, and I finally want to understand how the seats get shared out.
fr situation n | Le vieux poste de radio trouvé en brocante grésille, je veux l'ouvrir et comprendre comment marchent les lampes.
+ en situation n | The old radio set from the flea market crackles, and I want to open it up and understand how the valves work.
fr situation l | Je viens de m'abonner à une box de minéraux : chaque mois, une pierre et sa fiche d'identité.
+ en situation l | I've just subscribed to a minerals box: every month, a stone and its ID card.
fr situation n | En randonnée, des traces de pattes dans la boue, je les ai prises en photo pour savoir quelle bête est passée là.
+ en situation n | On the hike, paw prints in the mud, so I photographed them to find out what animal came by.
fr situation n | Mon chat me rapporte toujours le même bouchon, j'ai lu trois articles sur le comportement félin pour comprendre.
+ en situation n | My cat always brings me back the same bottle cap, so I've read three articles on cat behaviour to understand it.
fr situation n | J'ai réservé une visite des coulisses de l'opéra : machinerie, ateliers de décors, tout !
+ en situation n | I've booked a backstage tour of the opera house: stage machinery, set workshops, the lot!
fr situation n | Mon livre de cuisine japonaise dit de rincer le riz sept fois, et je veux savoir ce que ça change vraiment.
+ en situation n | My Japanese cookbook says to rinse the rice seven times, and I want to know what difference it really makes.
fr situation n | Papa m'a raconté son ancien métier de typographe, et maintenant je veux voir une vraie presse fonctionner.
+ en situation n | Dad told me about his old job as a typesetter, and now I want to see a real press running.
fr situation n | Nouvelle ville : ce week-end, je me perds exprès dans les petites rues pour voir ce qu'il y a derrière chaque coin.
+ en situation n | New town: this weekend I'm getting lost on purpose in the side streets to see what's round every corner.
fr situation n | La notice de l'imprimante 3D fait quarante pages, j'ai tout lu et je lance mon premier essai. Mets une ambiance pour bidouiller.
+ en situation n | The 3D printer manual is forty pages long, I've read it all and I'm starting my first test. Put on a tinkering vibe.
# long
fr long n | Le robinet de la cuisine sifflait. J'ai tout démonté sur la table. Maintenant je sais ce qu'est une cartouche céramique, et j'ai envie d'ouvrir tout le reste de la maison.
+ en long n | The kitchen tap was whistling. I took it all apart on the table. Now I know what a ceramic cartridge is, and I want to open up everything else in the house.
fr long n | Ma fille a trouvé une plume bleue au parc. On a cherché l'oiseau dans trois livres. C'est un geai, et maintenant on veut savoir pourquoi il n'a du bleu que sur les ailes.
+ en long n | My daughter found a blue feather in the park. We looked for the bird in three books. It's a jay, and now we want to know why only its wings are blue.
fr long n | Au vide-grenier, j'ai acheté un appareil photo argentique pour cinq euros. Je ne sais pas du tout m'en servir. Ce soir : mode d'emploi, vidéos et une pellicule d'essai.
+ en long n | At the car boot sale I bought a film camera for five euros. I have no idea how to use it. Tonight: the manual, some videos and a test roll.
fr long n | Mon voisin a monté une station météo sur son toit. Il m'a montré chaque capteur. J'ai commandé les mêmes pièces le soir même.
+ en long n | My neighbour built a weather station on his roof. He showed me every sensor. I ordered the same parts that very evening.
fr long n | Sur la plage, des petites boules de sable alignées partout. Personne autour ne savait ce que c'était. J'ai cherché : un crabe qui filtre le sable. J'ai passé une heure à l'observer.
+ en long n | On the beach, little balls of sand lined up everywhere. Nobody around knew what they were. I looked it up: a crab that filters the sand. I spent an hour watching it.
fr long n | Le nouveau thermostat apprend nos habitudes. Au bout d'une semaine, il allume le chauffage juste avant qu'on rentre. Je veux savoir comment il a deviné.
+ en long n | The new thermostat learns our habits. After a week, it turns the heating on just before we get home. I want to know how it figured that out.
fr long n | Un panneau de randonnée parle d'un village englouti sous le lac. J'ai trouvé les anciens plans en ligne. Ce week-end, on loue un kayak pour voir le clocher sous l'eau.
+ en long n | A hiking sign mentions a village drowned under the lake. I found the old maps online. This weekend we're renting a kayak to see the bell tower under the water.
fr long n | Le cours de poterie commence par une démonstration. Le prof centre l'argile en deux secondes. J'ai posé tellement de questions qu'il m'a donné sa carte.
+ en long n | The pottery class starts with a demonstration. The teacher centres the clay in two seconds. I asked so many questions he gave me his card.
# informal french
fr situation n | attends, les pingouins ont des genoux ?? je creuse ça ce soir
fr situation l | y a un bouton sur la télécommande que j'ai jamais utilisé, je teste pour voir
fr situation n | comment ça marche en vrai un sèche-linge à pompe à chaleur, qqn peut m'expliquer ?
fr situation n | mon gosse m'a demandé comment les avions tiennent en l'air et j'ai pas su répondre, on regarde des vidéos là
fr situation n | je viens de tomber sur un forum de gens qui collectionnent les poignées de porte, je veux tout savoir
fr situation n | ptdr y a un mot en finnois pour « boire en slip tout seul chez soi », il m'en faut d'autres comme ça
# casual english
en situation n | wait, how do noise-cancelling headphones actually cancel noise? going down this rabbit hole now
en situation n | found a weird little hatch at the back of the closet, grabbing a torch to see where it goes
en situation n | just ordered a microscope kit on a whim, I want to see what's living in pond water
en situation l | apparently sourdough starter smells like nail polish when it's hungry?? need the science on this
"""

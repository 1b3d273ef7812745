"""curiosite: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the urge to find out comes from the whole
fr long n | En vidant le grenier de ma tante, on est tombés sur une valise en carton pleine de lettres en allemand et de photos d'un homme que personne ne reconnaît. Je ne lis pas l'allemand, mais j'ai déjà commandé un dictionnaire : je veux savoir qui il était.
+ en long n | Clearing out my aunt's attic, we came across a cardboard suitcase full of letters in German and photos of a man nobody recognises. I can't read German, but I've already ordered a dictionary: I want to know who he was.
en long n | My sourdough starter tripled overnight while my sister's hasn't moved. Same flour, same water. I've put both jars side by side with a thermometer and I'm taking notes twice a day to work out what's going on.
+ fr long n | Mon levain a triplé de volume en une nuit alors que celui de ma sœur ne bouge pas. Même farine, même eau. J'ai mis les deux bocaux côte à côte avec un thermomètre et je prends des notes deux fois par jour pour comprendre ce qui se passe.
fr long n | Depuis le déménagement, la maison fait un petit clic régulier vers trois heures du matin. Ce n'est pas inquiétant, le chauffagiste l'a dit, mais je veux comprendre : j'ai dessiné le plan des tuyaux et cette nuit, je compte les clics avec un chrono.
+ en long n | Since we moved in, the house makes a little regular click around three in the morning. Nothing to worry about, the heating engineer said so, but I want to understand it: I've drawn a map of the pipes and tonight I'm timing the clicks with a stopwatch.
fr long n | Au travail, on a reçu une nouvelle machine de découpe laser. Le technicien a fait une démo de dix minutes et il est reparti. Depuis, je passe toutes mes pauses à lire le manuel de trois cents pages et à faire des essais sur des chutes de bois.
+ en long n | At work we got a new laser cutter. The technician gave a ten-minute demo and left. Since then I've spent every break reading the three-hundred-page manual and running tests on offcuts of wood.
en long n | There was a strange bird at the feeder this morning: grey, a black cap, and a call like a squeaky wheel. None of the neighbours know what it is. I've recorded its song and I'm going through every field guide in the house.
+ fr long n | Il y avait un drôle d'oiseau à la mangeoire ce matin : gris, une calotte noire, et un cri de roue qui grince. Aucun voisin ne sait ce que c'est. J'ai enregistré son chant et je feuillette tous les guides d'oiseaux de la maison.
fr long n | Le vieux voisin m'a dit qu'il y avait autrefois un cinéma à la place de la laverie, mais il ne se souvient plus du nom. Je suis allée aux archives municipales, j'ai demandé les annuaires des années cinquante, et je note tout dans un carnet.
+ en long n | My elderly neighbour told me there used to be a cinema where the launderette is, but he can't remember its name. I went to the town archives, asked for the directories from the fifties, and I'm writing everything down in a notebook.
fr long n | Le voisin a installé deux ruches au fond de son jardin. Hier, il m'a expliqué que les abeilles dansent pour indiquer aux autres où sont les fleurs. Depuis, je passe mes soirées près de la haie, avec des jumelles et un carnet, à essayer de décoder leurs danses.
+ en long n | My neighbour has put two beehives at the end of his garden. Yesterday he explained that bees dance to tell the others where the flowers are. Since then I've spent my evenings by the hedge with binoculars and a notebook, trying to decode their dances.
en long n | My mother-in-law speaks Creole with her sisters on the phone and I only catch one word in three. I've started writing down the expressions that keep coming up, and at every meal I ask her where they come from. She's delighted.
+ fr long n | Ma belle-mère parle créole avec ses sœurs au téléphone et je ne comprends qu'un mot sur trois. J'ai commencé à noter les expressions qui reviennent et, à chaque repas, je lui demande d'où elles viennent. Elle est ravie.
fr long n | On m'a prescrit un nouveau traitement et, au lieu d'avaler les cachets sans réfléchir, j'ai voulu savoir comment ça agit. J'ai lu la notice en entier, puis posé dix questions à la pharmacienne, qui a sorti un schéma du foie, ravie de m'expliquer.
+ en long n | I was prescribed a new medication and, instead of just swallowing the pills, I wanted to know how it works. I read the whole leaflet, then asked the pharmacist ten questions, and she happily pulled out a diagram of the liver to explain.
fr long n | Au marché, un vendeur proposait un fruit que je n'avais jamais vu, jaune orangé et couvert de piquants, qu'il appelait kiwano. J'en ai acheté deux, je les ai ouverts en rentrant, et me voilà à chercher d'où ça vient et comment on le mange.
+ en long n | At the market a stallholder had a fruit I'd never seen, yellowy orange and covered in spikes, which he called a kiwano. I bought two, cut them open when I got home, and now I'm looking up where it comes from and how you're meant to eat it.
en long n | My grandfather mentioned, almost in passing, that he worked on a fishing boat off Iceland when he was seventeen. He'd never said a word about it in fifty years. I've got a notebook ready for Sunday lunch and about thirty questions.
+ fr long n | Mon grand-père a dit, presque en passant, qu'il avait travaillé sur un bateau de pêche au large de l'Islande à dix-sept ans. Il n'en avait jamais parlé en cinquante ans. J'ai préparé un carnet pour le déjeuner de dimanche et une trentaine de questions.
fr long n | Une librairie a ouvert au coin de la rue, avec un rayon entier de cartes anciennes. J'y suis entré pour un roman et j'en suis ressorti avec un atlas de 1850, à me demander comment on mesurait la hauteur des montagnes à l'époque.
+ en long n | A bookshop has opened on the corner, with a whole section of old maps. I went in for a novel and came out with an atlas from 1850, wondering how on earth they measured the height of mountains back then.
fr long n | Le jeu vidéo a une salle cachée que personne n'a encore expliquée, avec des symboles gravés sur les murs. Sur les forums, chacun a sa théorie. J'ai passé la soirée à recopier les symboles dans un carnet pour essayer de les déchiffrer.
+ en long n | The video game has a hidden room nobody has explained yet, with symbols carved into the walls. On the forums everyone has a theory. I spent the evening copying the symbols into a notebook to try and decode them.
en long n | We did a DNA test for a laugh, and it says I'm three percent Finnish. Nobody in the family has ever mentioned Finland. I've dug out my great-uncle's family tree and I'm combing through the online parish registers.
+ fr long n | On a fait un test ADN pour rire, et il dit que je suis finlandais à trois pour cent. Personne dans la famille n'a jamais parlé de la Finlande. J'ai ressorti l'arbre généalogique de mon grand-oncle et j'épluche les registres paroissiaux en ligne.
fr long n | Ce matin, l'eau de la piscine municipale avait une drôle de couleur bleu laiteux. Le maître-nageur m'a parlé de pH, de chlore et de filtres à sable, et je suis rentrée décidée à acheter un kit pour analyser aussi l'eau de mon aquarium.
+ en long n | This morning the water at the public pool was a strange milky blue. The lifeguard talked to me about pH, chlorine and sand filters, and I came home determined to buy a kit to test my aquarium water too.
fr long n | Une vidéo de ma petite boutique de laine a fait cent mille vues en une nuit, sans que je sache pourquoi. Au lieu de m'affoler, j'ai passé la matinée à éplucher les statistiques pour comprendre qui la partage et d'où viennent tous ces gens. Mets une lumière qui donne envie d'explorer.
+ en long n | A video of my little wool shop got a hundred thousand views overnight, and I have no idea why. Instead of panicking, I spent the morning poring over the stats to work out who's sharing it and where all these people are coming from. Give me lights that make you want to explore.
en long n | The electricity bill was far higher than usual, and at first I just grumbled. Then I bought a cheap plug-in meter and started testing every appliance. The old freezer in the garage eats half the power. Now I'm measuring everything, just to see.
+ fr long n | La facture d'électricité était bien plus élevée que d'habitude, et au début j'ai juste râlé. Puis j'ai acheté un petit wattmètre et j'ai testé chaque appareil. Le vieux congélateur du garage consomme la moitié du courant. Maintenant je mesure tout, juste pour voir.
fr long n | Au journal du soir, une minute sur un télescope qui aurait repéré des galaxies trop anciennes pour la théorie. Le présentateur est vite passé à la météo, mais moi j'ai ouvert l'ordinateur et je lis l'article original, un dictionnaire d'anglais à côté.
+ en long n | On the evening news, one minute on a telescope that has apparently spotted galaxies too old to fit the theory. The presenter quickly moved on to the weather, but I opened my laptop and I'm reading the original paper, with an English dictionary beside me.
fr long h | Le nouveau voisin reçoit des colis énormes toutes les semaines et on entend des bruits de moteur dans son garage. Ce matin, il a sorti un drôle d'engin à hélices dans l'allée. Je vais aller lui demander ce que c'est, je ne tiens plus.
+ en long h | The new neighbour gets huge parcels every week and there are engine noises coming from his garage. This morning he wheeled some strange propeller contraption into the driveway. I'm going over to ask him what it is, I can't stand not knowing.
en long n | The train driver came to say hello to the kids on the platform, and my son asked him how you stop a train four hundred metres long. He answered for five minutes, and since then we've been watching cab-view videos every evening, trying to spot the signals.
+ fr long n | Le conducteur du train est venu saluer les enfants sur le quai, et mon fils lui a demandé comment on arrête un train de quatre cents mètres. Il a répondu pendant cinq minutes, et depuis on regarde des vidéos filmées depuis la cabine tous les soirs, à essayer de repérer les signaux.

# negation: the neighbouring mood is ruled out, curiosity remains
fr negation n | Je ne suis pas inquiète pour les craquements du vieux parquet, je veux juste comprendre comment le bois travaille avec l'humidité : j'ai acheté un hygromètre.
+ en negation n | I'm not worried about the old floorboards creaking, I just want to understand how wood moves with the humidity: I've bought a hygrometer.
en negation n | I'm not bored, I'm reading the whole Wikipedia page on lighthouses and I can't stop clicking on the links.
+ fr negation n | Je ne m'ennuie pas, je lis toute la page Wikipédia sur les phares et je n'arrête pas de cliquer sur les liens.
fr negation n | Ce n'est pas de la méfiance envers le nouveau collègue, c'est que son parcours m'intrigue : pilote d'hélicoptère, puis boulanger, puis comptable ?
+ en negation n | It's not that I distrust the new colleague, it's that his career fascinates me: helicopter pilot, then baker, then accountant?
fr negation n | Non, je ne rêvasse pas en regardant le ciel, j'essaie de comprendre pourquoi ce nuage a une forme de soucoupe. Il paraît que ça s'appelle un lenticulaire.
+ en negation n | No, I'm not daydreaming at the sky, I'm trying to work out why that cloud is shaped like a saucer. Apparently it's called a lenticular cloud.
en negation n | Not scared of spiders at all, just fascinated: one in the bathroom spun a perfect web overnight and I want to know how she does it.
+ fr negation n | Je n'ai pas du tout peur des araignées, elles me fascinent : celle de la salle de bain a tissé une toile parfaite en une nuit et je veux savoir comment elle fait.
fr negation n | Je ne fouille pas dans tes affaires, promis ! Je veux juste savoir comment marche ce vieil appareil photo à soufflet que tu as ramené de chez ton père.
+ en negation n | I'm not going through your things, I promise! I just want to know how this old bellows camera you brought back from your dad's works.
fr negation n | Pas énervé que la mise à jour ait tout changé, plutôt intrigué : je fouille tous les menus pour découvrir les nouvelles options.
+ en negation n | Not annoyed that the update changed everything, more intrigued: I'm going through every menu to find the new options.
en negation n | I'm not nostalgic about this old radio, I just want to open it up and see how the valves worked.
+ fr negation n | Cette vieille radio ne me rend pas nostalgique, j'ai juste envie de l'ouvrir pour voir comment marchaient les lampes.
fr negation n | Ce n'est pas que je doute du médecin, j'aimerais juste comprendre comment un vaccin apprend au corps à se défendre. Il m'a promis un schéma la prochaine fois.
+ en negation n | It's not that I doubt the doctor, I'd just like to understand how a vaccine teaches the body to defend itself. He promised me a diagram next time.
fr negation l | Je ne cherche pas à me faire remarquer au musée, je pose toutes ces questions au guide parce que je veux savoir comment on restaure un tableau abîmé.
+ en negation l | I'm not trying to show off at the museum, I'm asking the guide all these questions because I want to know how you restore a damaged painting.
en negation n | No, I'm not anxious about the essay topic, I actually want to dig into it: nobody in class understands black holes and I'd love to figure them out.
+ fr negation n | Non, le sujet de dissertation ne m'angoisse pas, j'ai vraiment envie de creuser : personne dans la classe ne comprend les trous noirs et j'aimerais bien piger comment ça marche.
fr negation n | La télé n'a jamais marché dans ce gîte, et franchement tant mieux : j'ai passé la soirée à demander au propriétaire comment il fabrique son fromage de chèvre.
+ en negation n | The TV in this holiday cottage never worked, and honestly, good: I spent the evening asking the owner how he makes his goat's cheese.

# mixed: another feeling present, curiosity dominant
fr mixed n | Un peu fatiguée après le boulot, mais surtout piquée de curiosité : le nouveau musée des sciences ouvre ce soir en nocturne.
+ en mixed n | A bit tired after work, but mostly itching with curiosity: the new science museum has a late opening tonight.
en mixed n | A bit nervous about the trip to Japan, but mostly dying to find out what a convenience-store breakfast there is really like.
+ fr mixed n | Un peu nerveux pour le voyage au Japon, mais surtout impatient de découvrir à quoi ressemble vraiment un petit-déjeuner de supérette là-bas.
fr mixed n | Légèrement agacé d'avoir cassé ma lampe, et pourtant fasciné : en la démontant, j'ai découvert tout un petit mécanisme que je ne soupçonnais pas.
+ en mixed n | Slightly annoyed I broke my lamp, and yet fascinated: taking it apart, I found a whole little mechanism I never suspected was there.
fr mixed n | Un peu triste de vider la maison de mon oncle, mais surtout intriguée par son carnet rempli de formules de chimie et de dessins de fusées.
+ en mixed n | A bit sad clearing out my uncle's house, but mostly intrigued by his notebook full of chemistry formulas and sketches of rockets.
en mixed n | A little worried about the odd rash, sure, but mostly curious: the dermatologist says it's a reaction to a plant and I want to know which one.
+ fr mixed n | Un peu inquiet pour cette drôle de plaque rouge, d'accord, mais surtout curieux : la dermato dit que c'est une réaction à une plante et je veux savoir laquelle.
fr mixed n | Épuisé par le déménagement, mais surtout impatient d'explorer le quartier : il paraît qu'il y a une ancienne carrière souterraine sous la rue.
+ en mixed n | Worn out from the move, but mostly keen to explore the neighbourhood: apparently there's an old underground quarry under the street.
fr mixed n | Un brin frustrée de ne pas avoir compris la fin du film, mais surtout l'envie de le revoir pour repérer tous les indices.
+ en mixed n | A little frustrated I didn't get the ending of the film, but mostly wanting to watch it again to spot all the clues.
en mixed n | Annoyed the flight's delayed, yet mostly intrigued: I'm watching the ground crew through the window trying to work out what each vehicle does.
+ fr mixed n | Agacé que le vol ait du retard, mais surtout intrigué : je regarde l'équipe au sol par la vitre en essayant de deviner à quoi sert chaque véhicule.
fr mixed n | Un peu de trac avant mon premier cours de poterie, mais surtout hâte de comprendre comment on centre la terre sur le tour.
+ en mixed n | A few nerves before my first pottery class, but mostly can't wait to understand how you centre the clay on the wheel.
fr mixed n | Un peu jaloux que mon ami ait vu l'aurore boréale, mais surtout avide de détails : il m'envoie ses photos et je lui pose mille questions.
+ en mixed n | A bit jealous my friend saw the northern lights, but mostly hungry for details: he's sending me his photos and I'm asking him a thousand questions.
en mixed n | A little overwhelmed by the new software at work, but mostly eager to poke around and see what all these buttons actually do.
+ fr mixed n | Un peu dépassée par le nouveau logiciel au boulot, mais surtout pressée de fouiner partout pour voir à quoi servent tous ces boutons.
fr mixed n | Perplexe devant cette lettre écrite dans une langue inconnue, mais surtout captivée : j'ai passé la soirée à comparer des alphabets pour l'identifier.
+ en mixed n | Puzzled by this letter written in an unknown language, but mostly captivated: I spent the evening comparing alphabets to identify it.
fr mixed n | Un peu vexé d'avoir perdu au quiz, mais surtout curieux : je ne savais pas que les bananes étaient légèrement radioactives, et je veux savoir pourquoi. Mets une ambiance qui donne envie de chercher.
+ en mixed n | A bit miffed I lost the quiz, but mostly curious: I had no idea bananas were slightly radioactive, and I want to know why. Set a mood for digging into it.
"""

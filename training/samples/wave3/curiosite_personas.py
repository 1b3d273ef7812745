"""curiosite: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: personas and places
fr situation n | Pendant ma garde de nuit, j'ai demandé à l'anesthésiste comment marche la pompe à morphine, et il m'a tout démonté sur le chariot.
+ en situation n | On my night shift I asked the anaesthetist how the morphine pump works, and he took the whole thing apart for me on the trolley.
fr situation n | Le véto dit que certaines vaches ont un capteur dans l'estomac, je veux savoir ce qu'il mesure exactement.
+ en situation n | The vet says some cows have a sensor in their stomach, and I want to know exactly what it measures.
fr situation n | Au volant du bus, je me demande comment les feux savent que j'arrive pour passer au vert. J'ai écrit au service de la voirie.
+ en situation n | Driving the bus, I keep wondering how the traffic lights know I'm coming and turn green. I've written to the roads department.
fr situation n | Jeune retraité, je me suis inscrit au cours d'archéologie de l'université inter-âges, et j'ai déjà lu toute la bibliographie.
+ en situation n | Newly retired, I've signed up for the archaeology course at the university of the third age, and I've already read the whole reading list.
fr situation n | En amphi, le prof a parlé des nombres premiers jumeaux en passant, et je passe ma soirée à lire tout ce qui existe dessus.
+ en situation n | In the lecture the professor mentioned twin primes in passing, and I'm spending my evening reading everything there is on them.
fr situation n | Ma fille m'a demandé pourquoi on a des empreintes digitales, alors on a sorti la loupe et encré tous nos doigts pour comparer.
+ en situation n | My daughter asked why we have fingerprints, so we got the magnifying glass out and inked all our fingers to compare.
fr situation n | J'ai découvert l'outil de développement du navigateur, et je regarde comment le site du lycée est construit, ligne par ligne.
+ en situation n | I found the browser's developer tools, and I'm looking at how my school's website is built, line by line.
fr situation n | Mon fournisseur m'a parlé de l'oxydation des feuilles, et j'ai demandé à visiter une plantation pour comprendre la différence entre thé vert et thé noir.
+ en situation n | My supplier told me about leaf oxidation, and I've asked to visit a plantation to understand the difference between green and black tea.
fr situation n | Expatriée à Séoul, je veux comprendre pourquoi tout le monde tend les objets à deux mains, alors j'ai interrogé ma collègue pendant le déjeuner.
+ en situation n | As an expat in Seoul, I want to understand why everyone hands things over with both hands, so I quizzed my colleague over lunch.
fr situation n | À soixante-quinze ans, j'ai demandé à mon petit-fils de m'expliquer comment marche une cryptomonnaie, et j'ai pris trois pages de notes.
+ en situation n | At seventy-five, I asked my grandson to explain how a cryptocurrency works, and I took three pages of notes.
fr situation n | En télétravail, ma connexion ralentit chaque soir vers 20 heures, alors je mesure le débit toutes les heures pour comprendre ce qui se passe.
+ en situation n | Working from home, my connection slows down every evening around 8 pm, so I'm measuring the speed every hour to understand what's going on.
fr situation n | Le luthier m'a laissé regarder dans mon violoncelle avec une petite caméra, je veux comprendre à quoi sert l'âme.
+ en situation n | The luthier let me look inside my cello with a tiny camera, and I want to understand what the sound post is for.
fr situation n | Entraîneur de foot, je me plonge dans les données GPS des joueurs pour comprendre pourquoi on s'écroule après la soixante-dixième minute. Lumière de bureau, s'il te plaît.
+ en situation n | As a football coach, I'm diving into the players' GPS data to understand why we fall apart after the seventieth minute. Desk lighting, please.
fr situation n | Devant le portail de l'école, une maman m'a parlé de la pédagogie Montessori, et je veux voir comment ça marche concrètement en classe.
+ en situation n | At the school gate another mum told me about Montessori teaching, and I want to see how it actually works in a classroom.
fr situation n | En fauteuil depuis dix ans, je veux comprendre comment fonctionnent ces fauteuils qui montent les marches, j'ai écrit à l'ingénieur qui les conçoit.
+ en situation n | In a wheelchair for ten years, I want to understand how those stair-climbing chairs work, so I wrote to the engineer who designs them.
fr situation l | Nouveau en France, je ne comprends pas pourquoi on dit quatre-vingt-dix, alors je lis l'histoire des nombres en français.
+ en situation l | New to France, I can't work out why they say four-twenty-ten for ninety, so I'm reading up on the history of French numbers.
fr situation n | Je travaille en trois-huit et je veux comprendre comment mon horloge interne s'adapte, je lis des études sur la mélatonine.
+ en situation n | I work rotating shifts and I want to understand how my body clock adapts, so I'm reading studies on melatonin.
fr situation n | Pour notre mariage, je veux savoir d'où vient la tradition de la jarretière, je fouille les vieux livres de coutumes.
+ en situation n | For our wedding, I want to know where the garter tradition comes from, so I'm digging through old books on customs.
fr situation n | Une élève m'a demandé pourquoi le b et le d se ressemblent, et me voilà à lire l'histoire de l'alphabet latin.
+ en situation n | A pupil asked me why b and d look alike, and now here I am reading the history of the Latin alphabet.
fr situation n | Sur le chantier, le géomètre m'a montré son théodolite, et je veux comprendre comment il mesure au millimètre près.
+ en situation n | On the building site the surveyor showed me his theodolite, and I want to understand how it measures to the millimetre.
fr situation n | Sur le voilier, le skipper m'apprend à lire les nuages pour prévoir le vent, et je ne le lâche plus avec mes questions.
+ en situation n | On the sailboat the skipper is teaching me to read the clouds to predict the wind, and I won't stop pestering him with questions.
fr situation n | Au refuge, le gardien filtre l'eau du glacier, et je lui ai demandé de me montrer comment elle devient potable.
+ en situation n | At the mountain hut the warden filters glacier water, and I asked him to show me how it becomes drinkable.
fr situation n | Au supermarché, je me demande qui décide de l'ordre des rayons, alors je lis des articles sur le merchandising.
+ en situation n | At the supermarket I wonder who decides the order of the aisles, so I'm reading articles on merchandising.
fr situation n | Dans le train de nuit vers Madrid, j'ai demandé au contrôleur comment les roues changent d'écartement à la frontière.
+ en situation n | On the night train to Madrid, I asked the conductor how the wheels change gauge at the border.
fr situation n | À l'aéroport, je regarde ma valise disparaître sur le tapis, et je veux savoir comment le tri l'envoie au bon avion.
+ en situation n | At the airport I watch my suitcase vanish on the belt, and I want to know how the sorting system sends it to the right plane.
fr situation n | Le club de robotique du collège m'a prêté un capteur à ultrasons, je veux comprendre comment il détecte les murs. Mets-moi une ambiance pour bricoler.
+ en situation n | The school robotics club lent me an ultrasonic sensor, and I want to understand how it detects walls. Give me a tinkering mood.
fr situation n | Au stade, j'ai coincé le jardinier pour savoir comment la pelouse reste aussi verte sous le toit.
+ en situation n | At the stadium I cornered the groundsman to find out how the pitch stays so green under the roof.
fr situation l | Tous les vers de terre remontent à la surface quand il pleut, je voudrais bien savoir pourquoi.
+ en situation l | All the earthworms come up to the surface when it rains, and I'd really like to know why.
fr situation n | Sur l'autoroute, le régulateur freine tout seul derrière les camions, je veux comprendre comment le radar calcule la distance.
+ en situation n | On the motorway the cruise control brakes by itself behind lorries, and I want to understand how the radar works out the distance.
fr situation n | Boulangère, je me demande pourquoi la farine de seigle boit plus d'eau que le blé, et ce soir je fais des essais avec trois pâtes.
+ en situation n | As a baker, I wonder why rye flour soaks up more water than wheat, and tonight I'm testing it with three doughs.
fr situation n | Dans le couloir de l'hôpital, je lis l'affiche sur l'IRM : comment un aimant peut-il voir l'intérieur du corps ?
+ en situation n | In the hospital corridor I'm reading the poster about the MRI: how can a magnet see inside the body?
fr situation n | Au camping, le voisin cuit ses pâtes dans un four solaire, je veux comprendre comment il monte à cent cinquante degrés.
+ en situation n | At the campsite the neighbour cooks his pasta in a solar oven, and I want to understand how it gets up to a hundred and fifty degrees.
fr situation n | Sur la place du village, le cadran solaire a une heure de décalage avec ma montre, je cherche pourquoi. Une ambiance pour réfléchir ?
+ en situation n | On the village square the sundial is an hour off from my watch, and I'm trying to work out why. A mood for thinking?
fr situation n | Un couple de faucons niche sur la tour en face de mon balcon, et je lis tout ce que je trouve sur ces rapaces qui vivent en ville.
+ en situation n | A pair of falcons is nesting on the tower opposite my balcony, and I'm reading everything I can find on these birds of prey that live in cities.
fr situation n | La bibliothécaire m'a ouvert le fonds ancien, et maintenant je veux comprendre comment on fabriquait le papier au Moyen Âge.
+ en situation n | The librarian opened up the rare books collection for me, and now I want to understand how paper was made in the Middle Ages.
fr situation n | Au domaine, j'ai demandé au vigneron pourquoi il taille ses vignes si court, et je note chacune de ses explications.
+ en situation n | At the wine estate I asked the winegrower why he prunes his vines so short, and I'm writing down every explanation.
fr situation n | Pompier volontaire, je veux comprendre pourquoi la mousse éteint certains feux mieux que l'eau, je lis les fiches techniques à la caserne.
+ en situation n | As a volunteer firefighter, I want to understand why foam puts out some fires better than water, so I'm reading the technical sheets at the station.
fr situation n | Coiffeuse, je me demande pourquoi la décoloration chauffe sur certains cheveux et pas sur d'autres, je lis sur la chimie de la kératine.
+ en situation n | As a hairdresser, I wonder why bleach heats up on some hair and not others, so I'm reading about the chemistry of keratin.
fr situation n | Une cliente m'a demandé pourquoi on ne coupe pas certains comprimés, alors je relis tout ce qui concerne les enrobages.
+ en situation n | A customer asked me why some tablets mustn't be split, so I'm rereading everything on coatings.
fr situation n | Chauffeur VTC, je compare mes courses une par une pour comprendre comment l'appli calcule le prix.
+ en situation n | As a ride-hail driver, I'm comparing my trips one by one to figure out how the app calculates the fare.
fr situation n | Malvoyante, j'ai découvert les plans en relief au musée, et je veux savoir comment on fabrique ces cartes tactiles.
+ en situation n | I'm partially sighted, and I discovered the raised maps at the museum, so I want to know how those tactile maps are made.
fr situation n | Mon fils de cinq ans demande où va l'eau quand on tire la chasse, alors samedi on visite la station d'épuration.
+ en situation n | My five-year-old asks where the water goes when you flush, so on Saturday we're touring the sewage treatment plant.
fr situation n | Le pêcheur du port m'a dit que les homards peuvent vivre cent ans, je lis tout là-dessus ce soir. Lumière pour lire, merci.
+ en situation n | The fisherman at the harbour told me lobsters can live a hundred years, so I'm reading all about it tonight. Reading light, thanks.
fr situation n | Traductrice, je tombe sur un mot basque qui ne ressemble à rien de connu, et je veux comprendre d'où vient cette langue.
+ en situation n | As a translator, I've come across a Basque word unlike anything I know, and I want to understand where the language comes from.
fr situation n | En faisant le ménage au labo, je demande aux chercheurs ce qu'ils étudient ; aujourd'hui, c'était des mouches à fruits.
+ en situation n | Cleaning the lab, I ask the researchers what they're studying; today it was fruit flies.
fr situation n | Gardien de nuit au musée, je lis les cartels pendant mes rondes, et je veux savoir comment on date un tableau.
+ en situation n | As the museum's night guard, I read the labels on my rounds, and I want to know how they date a painting.
fr situation n | Le chef m'a parlé de la réaction de Maillard, alors je saisis trois steaks à trois températures pour comprendre.
+ en situation n | The chef told me about the Maillard reaction, so I'm searing three steaks at three temperatures to understand it.
fr situation l | Sur le sentier, des petits tas de pierres empilées tous les cent mètres, je me demande qui les pose et pourquoi.
+ en situation l | Along the trail there are little stacks of stones every hundred metres, and I wonder who builds them and why.
fr situation n | Au centre équestre, j'ai questionné la monitrice pendant une heure pour comprendre comment un cheval peut dormir debout.
+ en situation n | At the riding school I questioned the instructor for an hour to understand how a horse can sleep standing up.
fr situation n | Le tram roule sans câbles dans le centre historique, je veux savoir comment il est alimenté. Mets une ambiance qui va avec.
+ en situation n | The tram runs without overhead wires in the old town, and I want to know how it gets its power. Put on something that fits.
fr situation n | Mon grand-père m'a sorti sa vieille règle à calcul, et je veux apprendre à faire une multiplication avec.
+ en situation n | My grandfather dug out his old slide rule, and I want to learn how to do a multiplication with it.
fr situation n | Comment ce jeu fabrique-t-il des mondes infinis ? Je lis des articles sur la génération procédurale jusqu'à pas d'heure.
+ en situation n | How does this game create endless worlds? I'm reading articles on procedural generation until all hours.
fr situation n | Pourquoi on flotte mieux dans la mer qu'à la piscine ? Ce soir, on teste avec un œuf et du sel dans la cuisine.
+ en situation n | Why do you float better in the sea than in the pool? Tonight we're testing it in the kitchen with an egg and some salt.
fr situation n | Mon voisin radioamateur a parlé à quelqu'un au Japon avec une antenne dans son jardin, je lui ai demandé de me montrer comment il fait.
+ en situation n | My neighbour, a radio ham, talked to someone in Japan with an aerial in his garden, and I asked him to show me how he does it.
fr situation n | À la station, j'ai suivi le responsable de la neige de culture pour comprendre comment les canons fabriquent la neige. Lumière adaptée stp.
+ en situation n | At the ski resort I tagged along with the snowmaking manager to understand how the snow cannons work. Suitable lights please.
fr situation n | À Grasse, on visite une parfumerie demain, et je veux comprendre comment on extrait l'odeur d'une fleur.
+ en situation n | We're visiting a perfume house in Grasse tomorrow, and I want to understand how you extract the scent from a flower.

# long
fr long n | Cette nuit, un patient m'a raconté son métier de souffleur de verre. Entre deux tours de chambre, il m'a expliqué comment on colore le verre. Ce matin, en partant, j'ai réservé une visite de son atelier.
+ en long n | Last night a patient told me about his work as a glassblower. Between rounds he explained how glass gets its colour. This morning, on my way out, I booked a visit to his workshop.
fr long n | Mes brebis se regroupent toujours dans le même coin du pré avant l'orage. Mon père disait que c'était le hasard. J'ai commencé à noter l'heure et la pression. Je veux savoir ce qu'elles sentent avant nous.
+ en long n | My ewes always bunch up in the same corner of the field before a storm. My father said it was chance. I've started noting the time and the air pressure. I want to know what they sense before we do.
fr long n | En SVT, le prof a parlé des tardigrades. Ils survivent même dans l'espace. J'ai regardé des vidéos jusqu'à minuit. Demain, je cherche s'il y en a dans la mousse du toit.
+ en long n | In biology the teacher talked about tardigrades. They even survive in space. I watched videos until midnight. Tomorrow I'm checking whether there are any in the moss on the roof.
fr long n | Jeune retraité, j'ai voulu savoir ce qu'il y a dans un ordinateur. J'en ai récupéré un vieux à la déchetterie. Chaque soir, j'enlève une pièce et je lis à quoi elle sert.
+ en long n | Newly retired, I wanted to know what's inside a computer. I picked up an old one at the tip. Every evening I take out one part and read up on what it does.
fr long n | Au terminus de la ligne 12, il y a une usine en briques avec une grande cheminée. Je la vois tous les jours depuis dix ans. Hier, j'ai enfin demandé aux archives ce qu'on y fabriquait. Ils m'ont envoyé des plans, et j'ai encore plein de questions.
+ en long n | At the end of the number 12 line there's a brick factory with a tall chimney. I've seen it every day for ten years. Yesterday I finally asked the archives what was made there. They sent me plans, and I've still got loads of questions.
fr long n | Au camping, mon fils a attrapé un triton dans la mare. On l'a regardé à la loupe avant de le relâcher. Depuis, il veut savoir comment il respire sous l'eau, et moi aussi.
+ en long n | At the campsite my son caught a newt in the pond. We looked at it through a magnifying glass before letting it go. Ever since, he wants to know how it breathes underwater, and so do I.

# negation
fr negation n | Je ne m'ennuie pas du tout dans cette salle d'attente : j'ai lu toutes les affiches sur le cœur et j'ai une liste de questions pour le cardiologue.
+ en negation n | I'm not bored at all in this waiting room: I've read every poster about the heart and I've got a list of questions for the cardiologist.
fr negation n | Ce n'est pas de la peur en avion, je veux juste comprendre chaque bruit, alors je lis sur les volets et le train d'atterrissage.
+ en negation n | It's not fear of flying, I just want to understand every noise, so I'm reading up on the flaps and the landing gear.
fr negation n | Non, je ne rêvasse pas devant l'aquarium, j'essaie de comprendre comment les poissons-clowns changent de sexe.
+ en negation n | No, I'm not daydreaming in front of the aquarium, I'm trying to figure out how clownfish change sex.
fr negation n | Je n'ai pas sommeil du tout : je viens d'apprendre qu'on peut capter les images des satellites météo avec une simple clé USB, et je veux essayer.
+ en negation n | I'm not sleepy at all: I've just learned you can pick up weather satellite images with a simple USB stick, and I want to try it.

# mixed
fr mixed n | Crevée après ma nuit de garde, mais je veux absolument comprendre le cas du patient de la chambre 12 avant de dormir, alors je ressors mes cours.
+ en mixed n | Wiped out after my night shift, but I really want to understand the case of the patient in room 12 before I sleep, so I'm getting my notes out.
fr mixed n | Un peu nerveux pour mon premier jour au chantier naval, mais surtout impatient de voir comment on assemble une coque.
+ en mixed n | A bit nervous about my first day at the shipyard, but mostly eager to see how they put a hull together.
fr mixed n | J'ai un peu froid dans la grotte, mais je pose question sur question au guide sur la formation des stalactites.
+ en mixed n | I'm a bit cold in the cave, but I'm firing question after question at the guide about how stalactites form.
fr mixed n | Frustré d'avoir raté l'aurore boréale cette nuit, mais j'ai passé deux heures à comprendre les éruptions solaires, et je sais quand revenir.
+ en mixed n | Annoyed I missed the northern lights last night, but I spent two hours figuring out solar flares, and now I know when to come back.

# informal french
fr situation n | attends pk les flamants roses sont roses en fait ?? jcherche
fr situation n | jviens d'apprendre que les bananes sont un peu radioactives, faut que je creuse ça
fr situation n | mon coloc allume une ampoule avec des patates pour son TP, jveux comprendre le délire
fr situation n | en vrai les escargots ils ont des dents ?? jsuis sur wiki depuis une heure
fr situation n | comment la ligne 14 roule sans conducteur, qqn m'explique ? jveux savoir
fr situation l | le mec du marché reconnaît l'âge d'un melon juste en le tapotant, jvais lui demander son secret samedi

# casual english
en situation n | ok why do grapes spark in the microwave, I need the physics on this
en situation n | first week in Lyon and I'm already looking up why so many streets are named after dates
en situation n | wait how does the self-checkout know I put an apple on the scale and not a mango
en situation l | the night bus driver told me the route changes with the seasons, now I want to know why
"""

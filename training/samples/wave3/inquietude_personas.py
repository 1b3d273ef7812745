"""inquietude: third wave of hand-written seeds, personas and places (train and validation only)."""

SEEDS = """
# situations: personas at work
fr situation l | Je suis de garde cette nuit à l'hôpital, et c'est la première fois que les enfants restent avec la nouvelle baby-sitter.
+ en situation l | I'm on nights at the hospital tonight, and it's the first time the kids are staying with the new babysitter.
fr situation n | Une de mes vaches tousse depuis deux jours, et le véto parle de faire des prélèvements sur tout le troupeau.
+ en situation n | One of my cows has been coughing for two days, and the vet is talking about testing the whole herd.
fr situation n | À la retraite, j'ai placé mes économies chez un conseiller que m'avait recommandé un gars du club de pétanque, et son site ne s'affiche plus depuis lundi.
+ en situation n | I'm retired, I put my savings with an adviser a guy from the boules club recommended, and his website hasn't loaded since Monday.
fr situation n | La mairie ferme la rue de ma boutique pour six mois de travaux de tram, à partir de lundi.
+ en situation n | The council is closing my shop's street for six months of tram works, starting Monday.
fr situation n | Chauffeur de bus, on vient de me mettre sur la ligne de nuit où deux collègues se sont fait agresser ce mois-ci.
+ en situation n | I drive buses, and they've just put me on the night route where two colleagues were attacked this month.
fr situation n | En télétravail depuis deux ans, j'apprends que la direction veut « rationaliser » les postes à distance.
+ en situation n | I've worked from home for two years, and now I hear management wants to "streamline" remote roles.
fr situation n | Il reste trois dates à la tournée, et j'ai depuis hier un fourmillement dans la main gauche qui ne passe pas.
+ en situation n | Three dates left on the tour, and since yesterday I've had a tingling in my left hand that won't go away.
fr situation n | J'entraîne les moins de douze ans, et depuis le dernier match, le petit Enzo se plaint de maux de tête.
+ en situation n | I coach the under-twelves, and since the last match little Enzo keeps complaining of headaches.
fr situation n | Je passe en trois-huit le mois prochain, et je ne vois pas qui récupérera les enfants à l'école.
+ en situation n | I go onto rotating shifts next month, and I can't see who'll pick the kids up from school.
fr situation n | Une élève de ma classe vient depuis deux semaines avec les mêmes vêtements et s'endort sur sa table.
+ en situation n | One of my pupils has been coming in wearing the same clothes for two weeks and falls asleep on her desk.
fr situation n | Sur le chantier, on me confie la grue dès lundi, et je n'ai eu que deux jours de formation.
+ en situation n | On the building site they're putting me on the crane from Monday, and I've only had two days' training.
fr situation n | Caissière, j'ai cinquante euros d'écart dans ma caisse ce soir, et la responsable veut me voir demain matin.
+ en situation n | I work on the tills, I was fifty euros short tonight, and the manager wants to see me first thing tomorrow.
fr situation n | Le four à pain fait des siennes depuis trois jours, et le réparateur ne peut pas passer avant les fêtes.
+ en situation n | The bread oven has been playing up for three days, and the repairman can't come until after the holidays.
fr situation n | Le nouveau logiciel de paie part en production lundi, et c'est moi qui ai validé les tests à la va-vite.
+ en situation n | The new payroll software goes live on Monday, and I'm the one who signed off the tests in a rush.
fr situation n | Aide-soignante en maison de retraite, on sera deux ce week-end pour quarante résidents.
+ en situation n | I'm a care assistant in a nursing home, and there'll be two of us this weekend for forty residents.
fr situation n | Le camion de la laiterie n'est pas passé prendre notre lait depuis deux jours, et la coopérative parle de « difficultés ».
+ en situation n | The dairy lorry hasn't collected our milk for two days, and the co-op is talking about "difficulties".
fr situation n | Deux ruches presque vides en une semaine, et je ne comprends pas ce qui arrive à mes abeilles.
+ en situation n | Two hives almost empty in a week, and I can't work out what's happening to my bees.
fr situation n | Chauffeur VTC, ma note est tombée à 4,6 et l'appli menace de désactiver mon compte.
+ en situation n | I drive for a ride-hailing app, my rating's dropped to 4.6 and the app is threatening to deactivate my account.
fr situation n | Plombier à mon compte, mon plus gros client me doit trois factures et ne décroche plus. Mets une musique posée.
+ en situation n | Self-employed plumber here: my biggest client owes me three invoices and has stopped picking up. Put on some steady music.
fr situation n | Routier, je dois traverser l'Allemagne cette nuit, avec du verglas annoncé sur tout le parcours.
+ en situation n | I drive lorries, and I've got to cross Germany tonight with black ice forecast the whole way.
fr situation n | Il nous reste trois mois de trésorerie, et l'investisseur vient de repousser le rendez-vous pour la troisième fois.
+ en situation n | We've got three months of cash left, and the investor has just pushed the meeting back for the third time.
fr situation n | Ils annoncent du gel cette nuit, pile quand les bourgeons sortent, et toute la récolte de la vigne en dépend. Lumière tamisée, merci.
+ en situation n | They're forecasting frost tonight, just as the buds are coming out, and the whole vineyard's harvest depends on it. Dim light, thanks.
fr situation n | Une cliente m'accuse d'avoir égaré sa bague pendant le ménage, et elle dit qu'elle va en parler à l'agence.
+ en situation n | A client says I lost her ring while I was cleaning, and she says she's going to take it up with the agency.
fr situation n | Restauratrice, l'inspection sanitaire passe demain, et la chambre froide affiche deux degrés de trop depuis ce matin.
+ en situation n | I run a restaurant, the health inspection is tomorrow, and the cold room has been two degrees too warm since this morning.
fr situation l | Trente ans que je tiens le bar du village, et le propriétaire des murs veut « revoir le bail ». Mets-moi un fond sonore tranquille.
+ en situation l | Thirty years I've run the village bar, and the owner of the building wants to "review the lease". Put some quiet background music on.
# situations: personas at home and in the family
fr situation n | Papa solo, je pars trois jours en formation, et le seul qui peut garder les filles, c'est leur grand-père, qui oublie tout en ce moment. Mets une lumière douce.
+ en situation n | Single dad, I'm away on a training course for three days, and the only one who can mind the girls is their grandad, who forgets everything lately. Put on a soft light.
fr situation n | J'ai seize ans, et mes parents se disputent tous les soirs à voix basse quand ils croient qu'on dort.
+ en situation n | I'm sixteen, and my parents argue in whispers every night when they think we're asleep.
fr situation n | Expatriée à Singapour, j'apprends que mon père est hospitalisé « par précaution », et tous les vols de la semaine sont complets.
+ en situation n | I live in Singapore, I've just heard my dad's been admitted to hospital "as a precaution", and every flight this week is full.
fr situation l | Ma petite-fille a posté une photo d'elle à moto, sans casque, derrière un garçon que personne ne connaît.
+ en situation l | My granddaughter posted a photo of herself on a motorbike, no helmet, behind a boy nobody knows.
fr situation n | À la sortie de l'école, les parents parlent d'un homme qui aurait abordé des enfants près du parc cette semaine.
+ en situation n | At the school gates the parents are talking about a man who apparently approached children near the park this week.
fr situation n | En fauteuil, je pars demain pour un salon professionnel, et la gare d'arrivée n'a toujours pas confirmé l'assistance.
+ en situation n | I use a wheelchair, I'm off to a trade fair tomorrow, and the arrival station still hasn't confirmed assistance.
fr situation n | Arrivé en France il y a deux mois, j'ai reçu un courrier plein de mots que je ne comprends pas, avec une date limite soulignée en rouge.
+ en situation n | I came to France two months ago and I've had a letter full of words I don't understand, with a deadline underlined in red.
fr situation n | Le mariage est dans trois semaines, et on découvre que la salle a changé de propriétaire sans que personne nous prévienne.
+ en situation n | The wedding is in three weeks, and we've just found out the venue changed hands without anyone telling us.
fr situation n | Étudiante, on est le 12 et j'ai déjà dépensé le budget du mois, et la bourse n'est toujours pas tombée.
+ en situation n | I'm a student, it's only the 12th, this month's budget is already gone, and my grant still hasn't come through.
fr situation n | Mon petit-fils ne vient plus le mercredi, et sa mère reste évasive quand je demande pourquoi.
+ en situation n | My grandson doesn't come on Wednesdays any more, and his mum is vague when I ask why.
fr situation n | Au pair à Berlin, la famille veut « faire un point » ce soir, et la mère est glaciale avec moi depuis deux jours.
+ en situation n | I'm an au pair in Berlin, the family wants to "have a chat" tonight, and the mum has been icy with me for two days.
fr situation n | Mon mari est pompier volontaire, il est parti sur un feu de forêt il y a six heures et je n'ai pas eu un message. Laisse une petite lumière dans l'entrée.
+ en situation n | My husband's a volunteer firefighter, he left for a forest fire six hours ago and I haven't had a single message. Leave a little light on in the hall.
fr situation n | Mon fils est militaire, et il part six mois en mission dans un pays dont il n'a pas le droit de dire le nom.
+ en situation n | My son is in the army, and he's off on a six-month deployment to a country he isn't allowed to name.
fr situation n | Mon audience pour la demande d'asile est dans dix jours, et l'interprète vient d'annuler. Mets quelque chose de doux.
+ en situation n | My asylum hearing is in ten days, and the interpreter has just cancelled. Put something gentle on.
fr situation n | Je m'occupe seule de mon frère autiste, et l'opération de mon genou va m'immobiliser six semaines.
+ en situation n | I look after my autistic brother on my own, and my knee operation will put me out of action for six weeks.
fr situation n | Ma fille de treize ans a perdu six kilos depuis la rentrée, et elle trouve toujours une excuse pour sauter le déjeuner.
+ en situation n | My thirteen-year-old has lost six kilos since term started, and she always has an excuse to skip lunch.
fr situation n | La petite de quatre mois ne prend plus de poids, et la PMI veut la repeser dans une semaine. Une lumière apaisante, s'il te plaît.
+ en situation n | Our four-month-old has stopped putting on weight, and the baby clinic wants to weigh her again in a week. Something soothing for the lights, please.
fr situation l | Mon coloc Erasmus est parti randonner seul dans les Highlands, en baskets, avec une carte qui date des années 90.
+ en situation l | My Erasmus flatmate has gone hiking alone in the Highlands, in trainers, with a map from the nineties.
fr situation n | Le chauffeur du car scolaire de mon fils a été vu au comptoir du café, un verre de blanc à la main, juste avant sa tournée.
+ en situation n | The driver of my son's school bus was seen at the café bar with a glass of white wine, right before his round.
fr situation n | Malentendante, j'ai un entretien d'embauche en visio demain, et personne ne m'a confirmé qu'il y aurait des sous-titres.
+ en situation n | I'm hard of hearing, I've got a job interview by video tomorrow, and nobody has confirmed there'll be captions.
# situations: places
fr situation l | Au camping, l'orage gronde au loin, et notre tente est plantée sous les plus grands pins. Une ambiance calme, s'il te plaît.
+ en situation l | At the campsite, thunder is rumbling in the distance, and our tent is pitched under the tallest pines. Something calm, please.
fr situation n | Dans le couloir de l'hôpital, les infirmières entrent et sortent de la chambre de maman sans nous dire un mot.
+ en situation n | In the hospital corridor, the nurses keep going in and out of Mum's room without saying a word to us.
fr situation n | Mon fils de dix-neuf ans embarque comme matelot sur un chalutier pour toute la saison d'hiver.
+ en situation n | My nineteen-year-old is signing on as a deckhand on a trawler for the whole winter season.
fr situation n | Au refuge, le gardien nous dit que la cordée de mon frère aurait dû être redescendue depuis deux heures.
+ en situation n | At the mountain hut, the warden tells us my brother's rope team should have been back down two hours ago.
fr situation l | À l'aéroport, je regarde mon fils de douze ans passer le contrôle tout seul, avec son badge de mineur non accompagné.
+ en situation l | At the airport I watch my twelve-year-old go through security on his own, with his unaccompanied minor badge.
fr situation l | Au jardin partagé, on murmure que la mairie veut vendre le terrain à un promoteur.
+ en situation l | At the community garden, word is the council wants to sell the land to a developer.
fr situation n | La jauge d'essence est dans le rouge, et la prochaine station est à trente kilomètres de route de montagne.
+ en situation n | The fuel gauge is in the red, and the next station is thirty kilometres of mountain road away.
fr situation n | Au stade, mon fils de quinze ans est parti acheter des frites il y a vingt-cinq minutes, et la file n'était pas si longue.
+ en situation n | At the stadium my fifteen-year-old went for chips twenty-five minutes ago, and the queue wasn't that long.
fr situation n | Au village, on risque de perdre une classe, et ma fille devrait prendre le car pour une école à vingt kilomètres.
+ en situation n | In our village we might lose a class, and my daughter would have to take the coach to a school twenty kilometres away.
fr situation n | L'ascenseur de la tour est en panne pour trois semaines, et mon voisin du dixième, en fauteuil, ne peut plus descendre.
+ en situation n | The tower block lift is out for three weeks, and my neighbour on the tenth floor, who uses a wheelchair, can't get down any more.
fr situation n | Le fioul est presque à zéro, la livraison n'est prévue que dans dix jours, et ils annoncent moins dix cette semaine.
+ en situation n | The heating oil is nearly out, the delivery isn't for ten days, and they're forecasting minus ten this week.
fr situation n | En bateau-stop vers les Antilles, le skipper boit plus que prévu, et il nous reste quinze jours de traversée.
+ en situation n | I'm crewing my way to the Caribbean, the skipper drinks more than I'd expected, and we've still got two weeks of crossing.
fr situation n | À la gare, le dernier train pour rentrer est supprimé, et ma fille de dix-sept ans est toute seule sur le quai, à cent kilomètres d'ici.
+ en situation n | The last train home has been cancelled, and my seventeen-year-old is alone on the platform, a hundred kilometres from here.
fr situation n | À la ferme, le vieux Marcel n'a pas sorti ses brebis ce matin, et sa cheminée ne fume pas.
+ en situation n | At the farm down the road, old Marcel didn't let his sheep out this morning, and there's no smoke from his chimney.
fr situation n | Sur la péniche, la pompe de cale se déclenche de plus en plus souvent depuis une semaine.
+ en situation n | On our houseboat, the bilge pump has been kicking in more and more often all week.
fr situation n | Dans la boutique de vêtements, le patron a enlevé la moitié du stock et ne répond plus quand on lui demande quand arrive la nouvelle collection.
+ en situation n | At the clothes shop, the boss has cleared out half the stock and won't answer when we ask when the new collection is coming.
fr situation n | Au lycée, on a trouvé une lettre de menace dans les toilettes, et ma fille y retourne demain matin. Mets une ambiance posée.
+ en situation n | At the high school they found a threatening letter in the toilets, and my daughter goes back tomorrow morning. Set a calm mood.
fr situation n | Au marché, mes clients habituels passent devant mon étal sans s'arrêter depuis que le supermarché bio a ouvert.
+ en situation n | At the market, my regulars have been walking past my stall without stopping ever since the organic supermarket opened.

# long
fr long n | On est au refuge depuis hier. La météo annonce une fenêtre demain matin, peut-être. Deux cordées ont déjà renoncé. Mon mari veut quand même tenter le sommet.
+ en long n | We've been at the mountain hut since yesterday. The forecast says there might be a window tomorrow morning. Two rope teams have already given up. My husband still wants to try for the summit.
fr long n | J'ai ouvert ma boutique de vélos il y a un an. Les ventes baissent depuis l'été. Le banquier me rappelle de moins en moins vite. Chaque soir, je recompte la caisse deux fois.
+ en long n | I opened my bike shop a year ago. Sales have been dropping since the summer. The bank manager takes longer and longer to call me back. Every evening I count the till twice.
fr long n | Un de mes élèves n'est pas venu depuis lundi. Le numéro des parents ne répond pas. Ses copains disent qu'il a déménagé, sans savoir où. Son dossier est sur le bureau de l'assistante sociale.
+ en long n | One of my pupils hasn't been in since Monday. The parents' number doesn't answer. His friends say he's moved, but they don't know where. His file is on the social worker's desk.
fr long n | Mon petit-fils a passé l'été chez moi. Il ne sort presque plus de sa chambre. Il a arrêté le foot, qu'il adorait. Quand je lui demande si ça va, il répond juste « oui mamie ».
+ en long n | My grandson spent the summer with me. He hardly leaves his room any more. He's given up football, which he loved. When I ask if he's all right, he just says "yes, Gran".
fr long n | Je finis ma garde à sept heures. Sur le parking, je vois trois appels manqués de l'école de ma fille. Aucun message. Et le secrétariat n'ouvre qu'à huit heures et demie.
+ en long n | My shift ends at seven. In the car park I see three missed calls from my daughter's school. No message. And the office doesn't open until half past eight.
fr long n | Ça fait vingt ans que je conduis le car scolaire. Ce matin, on m'a envoyé à une visite médicale surprise. Le médecin a froncé les sourcils en prenant ma tension. Il doit transmettre son avis à la direction.
+ en long n | I've been driving the school bus for twenty years. This morning they sent me for a surprise medical. The doctor frowned when he took my blood pressure. He has to send his opinion to management.

# negation
fr negation n | Rien de dramatique, mais je ne suis pas tranquille : mon fils part au ski avec des copains qui ont le permis depuis un mois.
+ en negation n | Nothing dramatic, but I'm not at ease: my son's going skiing with friends who passed their driving test a month ago.
fr negation n | Pas d'urgence, personne n'est en danger, mais je dors mal depuis que la boulangerie d'en face a ouvert : mon chiffre a baissé d'un tiers.
+ en negation n | No emergency, nobody's in danger, but I've been sleeping badly since the bakery opposite opened: my takings are down a third.
fr negation n | Ce n'est pas le trac d'avant-match : c'est mon joueur de quinze ans qui se plaint du cœur après chaque sprint.
+ en negation n | It's not pre-match nerves: it's my fifteen-year-old player who complains about his heart after every sprint.
fr negation n | Je ne suis pas triste de partir à la retraite, ce qui me travaille, c'est de savoir si la pension suffira pour garder la maison.
+ en negation n | I'm not sad to be retiring, what's nagging at me is whether the pension will be enough to keep the house.

# mixed
fr mixed n | Fière de mon fils qui entre dans la gendarmerie, mais surtout pas tranquille de le savoir en patrouille la nuit.
+ en mixed n | Proud of my son for joining the police, but mostly uneasy knowing he'll be out on patrol at night.
fr mixed n | Ravie d'avoir décroché ce poste à Montréal, mais ce qui me tient éveillée, c'est maman qui reste seule ici avec son diabète.
+ en mixed n | Thrilled to have landed the job in Montreal, but what keeps me up at night is Mum staying here alone with her diabetes.
fr mixed n | Agacée par le retard du train, mais surtout préoccupée : ma fille de dix ans m'attend devant l'école et la garderie ferme à 18 h 30.
+ en mixed n | Annoyed about the train delay, but mostly concerned: my ten-year-old is waiting for me outside school and after-school club closes at 6.30.
fr mixed n | Bonne soirée avec le groupe en répète, mais je n'arrête pas de penser à la visite de contrôle de mardi.
+ en mixed n | Good evening rehearsing with the band, but I can't stop thinking about Tuesday's check-up.

# informal French, no translation
fr situation n | la proprio du local veut augmenter le loyer de 30 %, jsais pas si la boutique va tenir
fr situation n | ma coloc est pas rentrée cette nuit et son tel est sur messagerie, elle fait jamais ça
fr situation n | le chef de chantier parle de chômage partiel cet hiver, avec le crédit de la maison on fait comment
fr situation l | mon grand-père veut encore monter sur le toit pour vider les gouttières, à 87 ans
fr situation n | le bébé tousse toutes les nuits depuis une semaine, le doc dit que c'est rien mais bon
fr situation n | on m'a mis en binôme de nuit avec le nouveau et il a l'air complètement perdu sur les protocoles
# casual English, no translation
en situation n | first week at the new warehouse and they've already let two temps go, and I'm the newest
en situation n | my gran keeps forgetting to take her pills and she lives an hour away
en situation n | just moved to lisbon, no job yet, savings cover maybe two more months
en situation l | kid's school trip is kayaking in the gorge and he can barely swim
"""

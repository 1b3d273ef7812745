"""bonnehumeur: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations (personas and places)
fr situation n | Garde de nuit à l'hôpital : à 4 h, le patient de la chambre 12 m'a demandé si j'étais « la fée de la nuit », j'ai souri jusqu'à la relève.
+ en situation n | Night shift at the hospital: at 4 am the patient in room 12 asked if I was "the night fairy", and I smiled right up to handover.
fr situation n | Je suis éleveur, et le veau né hier me suit partout dans l'étable en me mâchouillant la manche.
+ en situation n | I'm a cattle farmer, and the calf born yesterday follows me all round the barn, chewing on my sleeve.
fr situation n | Chauffeur de bus : tous les matins, une classe de maternelle me fait coucou à travers la grille quand je passe devant l'école.
+ en situation n | Bus driver here: every morning a nursery class waves at me through the railings when I drive past the school.
fr situation n | Retraité depuis un mois, je me suis inscrit à la chorale du village et on a répété « Les Champs-Élysées » en gloussant comme des collégiens.
+ en situation n | A month into retirement, I've joined the village choir, and we rehearsed "Les Champs-Élysées" giggling like schoolkids.
fr situation n | Papa solo ce week-end : les jumelles m'ont coiffé avec douze barrettes à paillettes et je suis allé chercher le pain comme ça.
+ en situation n | Solo dad this weekend: the twins did my hair with twelve glittery clips and I went out for the bread like that.
fr situation n | Au lycée, notre prof de physique est arrivé avec un pull plein de chats et il a fait tout le cours comme si de rien n'était.
+ en situation n | At school our physics teacher turned up in a jumper covered in cats and taught the whole lesson as if nothing was odd.
fr situation n | Dans mon épicerie, une mamie m'a chanté un air d'opérette pendant que je lui rendais la monnaie.
+ en situation n | In my corner shop, an old lady sang me a bit of operetta while I counted out her change.
fr situation n | Expatriée à Dublin, j'ai acheté un camembert et la caissière irlandaise a voulu savoir pourquoi il « sentait les pieds », on a ri toutes les deux.
+ en situation n | Living in Dublin, I bought a camembert and the Irish cashier wanted to know why it "smelled of feet", and we both burst out laughing.
fr situation n | Ma petite-fille m'a appris à envoyer des vocaux, alors chaque matin je lui en envoie un avec le chant de mon coq.
+ en situation n | My granddaughter taught me how to send voice notes, so every morning I send her one of my rooster crowing.
fr situation l | En télétravail, le livreur m'a vue en chaussons licorne et m'a demandé très sérieusement où je les avais achetés.
+ en situation l | Working from home, the delivery man saw me in my unicorn slippers and asked, completely seriously, where I'd got them.
fr situation n | Je joue du violon dans le métro, et une petite fille s'est mise à danser devant moi, son doudou à la main. Mets-moi une lumière douce et joyeuse.
+ en situation n | I play violin in the metro, and a little girl started dancing in front of me, holding her cuddly toy. Give me a soft, happy light.
fr situation n | J'entraîne les moins de huit ans au foot : sous le crachin, ils ont passé la séance à glisser dans la boue en riant, et moi avec.
+ en situation n | I coach the under-eights at football: in the drizzle they spent the whole session sliding about in the mud laughing, and so did I.
fr situation n | À la sortie de l'école, mon fils a couru vers moi avec une couronne en carton parce qu'il était « roi du goûter » aujourd'hui.
+ en situation n | At the school gates my son ran up to me in a cardboard crown because he was "king of snack time" today.
fr situation n | En fauteuil, je peux enfin entrer dans la boulangerie : la rampe est posée, et le boulanger m'attendait devant avec une chocolatine pour « l'inaugurer ».
+ en situation n | I'm in a wheelchair and I can finally get into the bakery: the ramp is in, and the baker was waiting outside with a pain au chocolat to "officially open it".
fr situation n | Arrivé en France il y a trois mois, j'ai enfin compris une blague à la machine à café et j'ai ri en même temps que tout le monde.
+ en situation n | I moved to France three months ago, and today I finally got a joke at the coffee machine and laughed along with everyone else.
fr situation l | Fin de poste à l'usine à 5 h, un renardeau jouait avec un gobelet sur le parking, je l'ai regardé en rigolant avant de rentrer.
+ en situation l | Finished my shift at the factory at 5 am, and a fox cub was playing with a paper cup in the car park, I watched it chuckling before heading home.
fr situation n | Essayage de ma robe de mariée : la couturière racontait ses pires anecdotes de mariages pendant que ma témoin dévorait les mini-croissants, on a ri aux larmes.
+ en situation n | Wedding dress fitting: the seamstress was telling her worst wedding stories while my maid of honour polished off the mini croissants, we laughed till we cried.
fr situation n | En corrigeant les copies, je suis tombée sur une rédaction où l'élève présente son chat comme le « ministre de la sieste ».
+ en situation n | Marking essays, I came across one where the pupil introduces their cat as the "minister for naps".
fr situation n | Sur le chantier, le grutier nous a fait descendre le sachet de croissants au bout du crochet.
+ en situation n | On the building site, the crane operator lowered the bag of croissants down to us on the end of the hook.
fr situation n | Premier avril sur le chalutier : le mousse a collé un poisson en papier dans le dos du capitaine, qui l'a gardé toute la matinée.
+ en situation n | April Fool's Day on the trawler: the deckhand stuck a paper fish on the skipper's back, and he wore it all morning.
fr situation n | Au refuge, le gardien a servi la soupe en chantant en patois, et toute la tablée de randonneurs a repris le refrain.
+ en situation n | At the mountain hut, the warden served the soup singing in the local dialect, and the whole table of hikers joined in the chorus.
fr situation n | Caissière au supermarché, j'ai eu un petit client qui a payé ses bonbons en pièces d'un centime, comptées une à une avec un sérieux adorable.
+ en situation n | Supermarket cashier here: a little customer paid for his sweets in one-cent coins, counting them out one by one, adorably serious.
fr situation n | Je suis brancardier, et une patiente de quatre-vingt-dix ans m'a défié à la course dans le couloir avec son déambulateur, en rigolant.
+ en situation n | I'm a hospital porter, and a ninety-year-old patient challenged me to a race down the corridor with her walking frame, laughing all the way.
fr situation n | Dans le TER, une bande de randonneurs retraités a partagé son saucisson et ses histoires avec tout le wagon.
+ en situation n | On the regional train, a group of retired hikers shared their saucisson and their stories with the whole carriage.
fr situation n | Hôtesse de l'air, un petit passager m'a offert un dessin de l'avion où je suis plus grande que les ailes. Une ambiance ensoleillée pour aller avec ?
+ en situation n | I'm a flight attendant, and a little passenger gave me a drawing of the plane where I'm bigger than the wings. Something sunny to go with it?
fr situation n | Au camping, les enfants des tentes voisines ont monté un spectacle de magie sur une nappe, entrée payée en bonbons.
+ en situation n | At the campsite, the kids from the next-door tents put on a magic show on a picnic blanket, tickets paid in sweets.
fr situation n | Au jardin partagé, mon voisin de parcelle m'a échangé ses courgettes contre mes framboises, avec un clin d'œil de contrebandier.
+ en situation n | At the community garden, the man on the next plot swapped his courgettes for my raspberries, with a smuggler's wink.
fr situation n | Coincé dans les bouchons, le conducteur d'à côté chantait la même chanson que moi, on a fini le refrain ensemble, vitres baissées.
+ en situation n | Stuck in traffic, the driver next to me was singing the same song as me, and we finished the chorus together with the windows down.
fr situation n | Je suis boulangère, et un petit garçon m'a payé sa baguette en ajoutant un dessin « pour le pourboire ».
+ en situation n | I'm a baker, and a little boy paid for his baguette with a drawing thrown in "as a tip".
fr situation n | Au salon, une cliente de quatre-vingt-cinq ans a voulu une mèche rose, et elle s'est regardée dans le miroir en gloussant.
+ en situation n | At the salon, an 85-year-old client asked for a pink streak, and she giggled at herself in the mirror.
fr situation n | Chauffeur de taxi, j'ai emmené deux mamies à leur cours de zumba, elles se chamaillaient gentiment pour savoir laquelle danse le mieux.
+ en situation n | Taxi driver: I drove two grannies to their zumba class, bickering fondly about which of them dances better.
fr situation l | En pleine révision à la BU, mon voisin de table m'a fait passer un petit mot avec une blague nulle sur les statistiques.
+ en situation l | Revising in the uni library, the guy at the next table slid me a note with a terrible statistics joke.
fr situation n | À la laverie, une dame m'a aidée à plier mes draps et on s'est raconté les bêtises de nos chats pendant tout le séchage.
+ en situation n | At the launderette, a lady helped me fold my sheets and we swapped stories about our cats' antics for the whole drying cycle.
fr situation n | Pharmacienne de village, un vieux monsieur m'apporte chaque jeudi une botte de radis de son jardin, « pour la plus jolie blouse du canton ».
+ en situation n | Village pharmacist: an old gentleman brings me a bunch of radishes from his garden every Thursday, "for the prettiest white coat in the county".
fr situation n | Je suis vétérinaire et j'ai reçu en consultation un lapin nain qui portait un minuscule nœud papillon.
+ en situation n | I'm a vet, and a dwarf rabbit came in for a check-up wearing a tiny bow tie.
fr situation n | À la caserne, les élèves de CP nous ont apporté des dessins de camions rouges où tous les pompiers ont une moustache, même Julie. Allume-moi quelque chose de gai.
+ en situation n | At the fire station, the six-year-olds brought us drawings of red engines where every firefighter has a moustache, even Julie. Switch on something cheerful.
fr situation n | Factrice dans un petit village, une mamie m'a demandé de lui lire la carte postale de son petit-fils, et on a bien rigolé de ses fautes d'orthographe.
+ en situation n | Postwoman in a little village: an old lady asked me to read her grandson's postcard to her, and we had a good laugh at his spelling.
fr situation n | Maître-nageur au centre aéré, les gamins m'ont appelé « capitaine » toute la journée et m'ont fait le salut militaire en sortant de l'eau.
+ en situation n | Lifeguard for the holiday club: the kids called me "captain" all day and saluted me as they climbed out of the water.
fr situation n | Gardien d'immeuble, j'ai trouvé devant ma loge un « merci Monsieur Joseph » dessiné à la craie par les enfants du deuxième. Lumière dorée, s'il te plaît.
+ en situation n | I'm the building caretaker, and I found "thank you Mr Joseph" chalked outside my lodge by the kids from the second floor. Golden light, please.
fr situation l | Routier, sur l'aire de repos, des scouts m'ont demandé de klaxonner et ils ont éclaté de rire comme si j'avais fait un tour de magie.
+ en situation l | Lorry driver here: at the rest area some scouts asked me to honk the horn, and they cracked up as if I'd done a magic trick.
fr situation n | À la maison de retraite, les petits de la crèche sont venus nous chanter des comptines, ils se trompaient dans toutes les paroles et on applaudissait de plus belle.
+ en situation n | At the care home, the nursery kids came to sing us nursery rhymes, they got every single word wrong and we clapped all the harder.
fr situation n | Vendanges chez mon oncle : bataille de grappes entre deux rangs et casse-croûte en chansons sous le tilleul.
+ en situation n | Grape picking at my uncle's: a grape fight between the rows and a singalong snack under the lime tree.
fr situation n | Je suis malvoyante, et ma chienne guide s'arrête maintenant pile devant la fromagerie, le fromager trouve ça hilarant et lui garde une croûte.
+ en situation n | I'm visually impaired, and my guide dog now stops dead outside the cheese shop, the cheesemonger finds it hilarious and keeps a rind for her.
fr situation n | Enceinte de six mois, le bébé se met à gigoter dès que mon mari chante du Joe Dassin, on en rit tous les soirs.
+ en situation n | I'm six months pregnant, and the baby starts wriggling the moment my husband sings Joe Dassin, it has us laughing every evening.
fr situation l | Veilleur de nuit sur un parking, j'ai un hérisson qui traverse tous les soirs à la même heure, je l'ai baptisé Gérard.
+ en situation l | Night watchman on a car park: a hedgehog crosses every night at the same time, and I've named him Gérard.
fr situation n | En Erasmus à Séville, ma logeuse m'apprend la tortilla en corrigeant mon espagnol avec de grands éclats de rire.
+ en situation n | On Erasmus in Seville, my landlady is teaching me to make tortilla and correcting my Spanish with big bursts of laughter.
fr situation n | Cantonnier au village, ce matin les enfants de l'école ont fait de grands signes au passage de ma balayeuse, comme si c'était un char de carnaval.
+ en situation n | I look after the village roads, and this morning the school kids waved like mad as my street sweeper went by, as if it were a carnival float.
fr situation n | Fleuriste, un monsieur très timide m'a commandé un bouquet « pour dire pardon d'avoir mangé le dernier yaourt ». Mets une ambiance qui va avec.
+ en situation n | Florist here: a very shy gentleman ordered a bouquet "to say sorry for eating the last yoghurt". Put on something that fits.
fr situation n | Dame de cantine, les petits m'ont dit « merci madame Sylvie » en chœur, même le plus timide du fond.
+ en situation n | I'm a dinner lady, and the little ones chorused "thank you Mrs Sylvie", even the shy one at the back.
fr situation n | Kiné, j'ai un patient qui m'a raconté toute la séance les bêtises de son perroquet qui imite la sonnerie du téléphone.
+ en situation n | I'm a physio, and one patient spent the whole session telling me about the mischief his parrot gets up to, mimicking the phone ringing.
fr situation n | Dans le tram, un monsieur lisait des devinettes à voix haute à son voisin, un parfait inconnu, qui répondait en pouffant.
+ en situation n | On the tram, a man was reading riddles aloud to the person next to him, a total stranger, who kept answering and sniggering.
fr situation n | Sur le ferry pour l'île d'Yeu, une bande de mamies en ciré jaune a entonné des chants de marins.
+ en situation n | On the ferry to the Île d'Yeu, a bunch of grannies in yellow raincoats struck up sea shanties.
fr situation n | Prof de français pour adultes, mes élèves ont appris l'expression « avoir la pêche » et me l'ont ressortie dix fois dans la matinée. Un petit air pop, s'il te plaît.
+ en situation n | I teach French to adults, and my students learned the phrase "avoir la pêche" and used it on me ten times this morning. A bit of pop, please.
fr situation n | Livreur à vélo, une cliente m'a tendu un verre de citronnade bien fraîche en pleine chaleur, avec un grand sourire.
+ en situation n | Bike courier here: in the heat, a customer handed me a glass of ice-cold lemonade with a big smile.
fr situation n | À la mairie, l'employée a tamponné mon dossier en fredonnant et m'a souhaité une « journée ensoleillée » alors qu'il tombait des cordes.
+ en situation n | At the town hall, the clerk stamped my forms humming away and wished me a "sunny day" while it was pouring down.
fr situation l | Au péage, la voiture devant moi avait payé mon passage, avec un petit signe de la main par la vitre.
+ en situation l | At the motorway toll, the car in front had paid for me, with a little wave out of the window.
fr situation n | Dans mon immeuble parisien, quelqu'un a lancé un troc de plantes dans le hall, je suis repartie avec une bouture et trois prénoms de voisins. Tu me mets une playlist guillerette ?
+ en situation n | In my Paris building someone set up a plant swap in the hallway, and I came away with a cutting and three neighbours' names. Can you put on a chirpy playlist?
fr situation n | Maman solo, ma fille de huit ans m'a préparé un « plateau télé de reine » avec des chips servies dans un bol à soupe.
+ en situation n | Single mum here: my eight-year-old made me a "queen's TV tray" with crisps served in a soup bowl.
fr situation n | Au ski, le perchman a tapé dans la main de chaque enfant de la classe de neige qui montait sur le téléski.
+ en situation n | On the slopes, the lift attendant high-fived every kid from the school ski trip as they got on the drag lift.
fr situation n | Au parc, un papi apprend à son petit-fils à faire des ricochets, et c'est le chien qui plonge chercher chaque caillou.
+ en situation n | In the park, a grandad is teaching his grandson to skim stones, and it's the dog who dives in after every pebble.
fr situation n | Interne aux urgences, à 3 h du matin l'équipe a fêté l'anniversaire de l'aide-soignante avec un gâteau de distributeur et une bougie dessinée au feutre. Lumière chaleureuse, stp.
+ en situation n | Junior doctor in A&E: at 3 am the team celebrated the healthcare assistant's birthday with a vending-machine cake and a candle drawn on in felt tip. Warm light, please.

# long
fr long n | J'ai demandé des « pommes de terre » au marché en croyant dire des pommes. Le maraîcher a éclaté de rire et m'a expliqué la différence. Il m'a donné une de chaque. Maintenant, il me salue avec « pomme ou patate ? ».
+ en long n | At the market I asked for "pommes de terre" thinking I was asking for apples. The stallholder burst out laughing and explained the difference. He gave me one of each. Now he greets me with "apple or spud?".
fr long n | Six heures, traite des vaches. La radio de l'étable passe du Joe Dassin. Mon fils de huit ans chante faux en donnant le biberon au veau. Les vaches s'en moquent, moi je rigole.
+ en long n | Six am, milking the cows. The radio in the barn is playing Joe Dassin. My eight-year-old is singing off-key while bottle-feeding the calf. The cows couldn't care less, and I'm chuckling away.
fr long n | Ligne 12, dernier service du soir. Une dame monte avec un gâteau d'anniversaire pour sa voisine. Elle en a offert une part à chaque passager. Et une pour moi, posée sur le tableau de bord.
+ en long n | Route 12, last run of the night. A lady gets on with a birthday cake for her neighbour. She handed a slice to every passenger. And one for me, left on the dashboard.
fr long n | Sortie scolaire à la ferme. Une chèvre a mangé la fiche d'activité de Kevin. Kevin a déclaré qu'il devait donc l'adopter. Toute la classe a voté pour à main levée.
+ en long n | School trip to the farm. A goat ate Kevin's worksheet. Kevin announced that this meant he had to adopt her. The whole class voted in favour with a show of hands.
fr long n | Mon fauteuil a crevé devant le marché. En deux minutes, le vendeur de vélos d'en face est arrivé avec sa pompe. Le fromager a tenu mon sac pendant ce temps. Je suis repartie avec un morceau de comté en prime et un fou rire.
+ en long n | My wheelchair got a puncture outside the market. Within two minutes the bike seller across the way was there with his pump. The cheesemonger held my bag meanwhile. I left with a free chunk of comté and a fit of giggles.
fr long n | Mes petits-enfants ont voulu m'apprendre une danse de TikTok. J'ai renversé le pot de fleurs au deuxième pas. On a filmé quand même. Paraît que je suis célèbre dans leur classe maintenant.
+ en long n | My grandkids wanted to teach me a TikTok dance. I knocked over the flowerpot on the second step. We filmed it anyway. Apparently I'm famous in their class now.

# negation
fr negation n | Rien d'extraordinaire aujourd'hui, juste le boulanger qui m'a appelée « ma grande » et un rayon de soleil sur le trottoir, et j'ai souri tout le chemin.
+ en negation n | Nothing extraordinary today, just the baker calling me "love" and a bit of sunshine on the pavement, and I smiled all the way home.
fr negation n | Ce n'était pas une fête, juste un goûter improvisé sur le banc devant l'école avec les autres parents, mais qu'est-ce qu'on a ri.
+ en negation n | It wasn't a party, just an impromptu snack on the bench outside school with the other parents, but goodness, did we laugh.
fr negation n | Je n'ai pas sauté de joie, j'ai juste souri bêtement quand la petite du voisin m'a tendu une pâquerette par-dessus la clôture.
+ en negation n | I didn't jump for joy, I just grinned like a fool when the neighbour's little girl handed me a daisy over the fence.
fr negation n | Pas de grande nouvelle sur le chantier, mais le café était chaud, le soleil tapait sur les échafaudages et les gars n'ont pas arrêté de se chambrer gentiment.
+ en negation n | No big news on the building site, but the coffee was hot, the sun was on the scaffolding and the lads didn't stop teasing each other all day.

# mixed
fr mixed n | Garde de nuit épuisante, mais le petit mot rigolo laissé par l'équipe du matin m'a remis le sourire aux lèvres.
+ en mixed n | Exhausting night shift, but the funny little note left by the morning team put the smile back on my face.
fr mixed n | Mon train a vingt minutes de retard, mais le monsieur à côté de moi raconte ses souvenirs de marin avec tellement d'humour que je ne vois pas le temps passer.
+ en mixed n | My train's twenty minutes late, but the man next to me is telling his sailor stories with so much humour that the time is flying by.
fr mixed n | La pluie a noyé notre week-end au camping, mais on a joué aux cartes sous la tente pendant des heures et les enfants ont inventé des règles absurdes.
+ en mixed n | The rain washed out our camping weekend, but we played cards in the tent for hours and the kids made up ridiculous rules.
fr mixed n | Jambe dans le plâtre depuis une semaine, mais les collègues l'ont couvert de petits chats dessinés et je souris chaque fois que je baisse les yeux.
+ en mixed n | Leg in plaster for a week now, but my colleagues have covered the cast in little cat doodles and I smile every time I look down.

# informal french
fr situation n | mon coloc a collé des yeux en plastique sur tous les pots de la cuisine, jsuis pliée
fr situation n | en stage à la ferme, la chèvre m'a piqué mon bonnet et elle veut pas le rendre mdr
fr situation n | le prof d'espagnol a ramené des churros pour toute la classe, trop sympa
fr situation l | mon voisin de palier m'a laissé un mot genre « ta musique hier c'était quoi ? trop cool » hihi
fr situation n | la dame de la cantine a retenu que j'aime pas les carottes et m'a mis du rab de frites en douce
fr situation n | le chauffeur du car de ski a mis du Aya Nakamura et tout le monde dodeline de la tête dans le bus ptdr

# casual english
en situation n | night shift's done, the sunrise over the car park was pink and the vending machine dropped two kitkats
en situation n | new colleague brought homemade samosas for the whole team, best monday in ages tbh
en situation l | the old guy on the allotment next to mine named his scarecrow after me lol
en situation n | my kid's teacher sent a pic of him wearing a paper crown he made himself, too cute
"""

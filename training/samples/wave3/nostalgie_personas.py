"""nostalgie: third wave of hand-written seeds, personas and places writer (train and validation only)."""

SEEDS = """
# situations: jobs and workplaces
fr situation n | Infirmière de nuit, je bois encore mon thé dans le mug ébréché de ma première garde, à l'époque où toute l'équipe avait vingt-cinq ans.
+ en situation n | Night nurse, still drinking my tea from the chipped mug I had on my first shift, back when the whole team was twenty-five.
fr situation n | Jeune retraité, je suis repassé devant l'usine où j'ai fait trente-deux ans, et la sirène de midi sonne toujours pareil.
+ en situation n | Newly retired, I walked past the factory where I worked for thirty-two years, and the noon siren still sounds the same.
fr situation n | Chauffeur de bus, je m'arrête chaque matin à l'abribus où j'attendais le car du collège, même banc vert, même panneau cabossé.
+ en situation n | Bus driver: every morning I pull up at the shelter where I used to wait for the school bus, same green bench, same dented sign.
fr situation n | En rangeant l'arrière-boutique de la mercerie, je retrouve le petit tabouret où je faisais mes devoirs pendant que maman servait les clientes.
+ en situation n | Tidying the back room of the haberdashery, I found the little stool where I did my homework while Mum served the customers.
fr situation n | Prof depuis trente ans, je retrouve au fond d'une armoire les dessins de ma toute première classe, datés de 1994.
+ en situation n | Thirty years of teaching, and at the back of a cupboard I find the drawings from my very first class, dated 1994.
fr situation n | Conducteur d'engin, je démolis le vieux cinéma où j'ai vu mon premier film, et j'ai mis de côté un fauteuil rouge pour mon salon.
+ en situation n | I drive a digger, and I'm knocking down the old cinema where I saw my first film; I've set aside one red seat for my living room.
fr situation l | La stagiaire porte le parfum de mon premier amour, et j'ai dix-sept ans d'un coup.
+ en situation l | The intern wears my first love's perfume, and suddenly I'm seventeen.
fr situation n | Taxi, une cliente m'a demandé de passer par la corniche, et j'ai reconnu le virage où papa arrêtait la voiture pour qu'on regarde la mer.
+ en situation n | Taxi driver: a passenger asked me to take the coast road, and I recognised the bend where Dad used to stop the car so we could look at the sea.
fr situation n | À la caserne, on a ressorti pour le défilé le vieux camion rouge de mes débuts, et je connais encore chaque bouton du tableau de bord.
+ en situation n | At the fire station we got the old red engine from my early days out for the parade, and I still know every switch on the dashboard.
fr situation n | Factrice, ma tournée passe maintenant par la rue de mon enfance, et je glisse le courrier dans la boîte aux lettres verte qui était la nôtre.
+ en situation n | I'm a postwoman, and my round now takes in the street I grew up on; I slip the mail into the green letterbox that used to be ours.
fr situation n | Coiffeuse, une cliente m'a demandé une permanente façon 1988, et j'ai revu mon premier salon, ses casques séchoirs et la radio à fond.
+ en situation n | I'm a hairdresser, and a client asked for a 1988-style perm; I could see my first salon again, its hood dryers and the radio blaring.
fr situation n | DJ à un mariage, j'ai lancé le tube de l'été 2002, et j'ai revu la boîte de Saint-Jean-de-Monts où on dansait à vingt ans.
+ en situation n | DJing at a wedding, I put on the big summer hit of 2002, and I could see the seaside club where we danced at twenty.
fr situation n | Dans la pharmacie que j'ai reprise à mon père, j'ai retrouvé le bocal de réglisse qu'il tendait aux enfants par-dessus le comptoir.
+ en situation n | In the pharmacy I took over from my father, I found the jar of liquorice he used to hold out to kids across the counter.
fr situation n | Agente d'entretien à la médiathèque, je passe la serpillière dans le coin BD où j'ai passé tous les mercredis de mon enfance.
+ en situation n | I'm a cleaner at the library, mopping the comics corner where I spent every Wednesday afternoon as a kid.
fr situation n | Routier, je m'arrête sur l'aire où mon père faisait toujours halte avec son semi : même relais, même plat du jour sur l'ardoise.
+ en situation n | Lorry driver, and I stop at the services where Dad always pulled in with his rig: same roadside café, same dish of the day on the board.
fr situation n | Médecin de campagne, je soigne les petits-enfants des patients de mon père, dans des salons qui n'ont pas bougé depuis que je l'accompagnais en visite.
+ en situation n | Country GP: I now treat the grandchildren of my father's patients, in living rooms unchanged since I tagged along on his rounds.
fr situation n | Chef, j'ai mis à la carte le clafoutis de ma grand-mère, et à chaque fournée la cuisine sent sa maison du Limousin.
+ en situation n | I'm a chef, I've put my grandmother's clafoutis on the menu, and every batch makes the kitchen smell like her house in the Limousin.
fr situation n | Projectionniste, j'ai remonté une bobine 35 mm pour une séance spéciale, et le cliquetis du projecteur me ramène à mes débuts dans la cabine.
+ en situation n | Projectionist here: I laced up a 35 mm reel for a special screening, and the clatter of the projector takes me back to my first days in the booth.
fr situation n | Garagiste, un client m'a amené une 205 rouge, la même que ma première voiture, avec une cassette encore coincée dans l'autoradio.
+ en situation n | I'm a mechanic, and a customer brought in a red Peugeot 205, the same as my first car, with a tape still stuck in the stereo.
fr situation n | Boulangère, je refais les escargots au pain au lait que mon premier patron m'a appris à dix-sept ans, quand son tablier m'arrivait aux chevilles.
+ en situation n | I'm a baker, making the milk-bread swirls my first boss taught me at seventeen, back when his apron came down to my ankles.

# situations: far from home, newcomers, travellers
fr situation n | Expatriée à Séoul, j'ai laissé l'horloge du salon à l'heure de Toulouse, pour savoir quand maman met la table. Mets une lumière de fin d'après-midi du Sud.
+ en situation n | Expat in Seoul, I've left the living-room clock on Toulouse time so I know when Mum's laying the table. Give me a southern late-afternoon light.
fr situation n | Arrivée du Sénégal cet automne, la première pluie froide d'ici me fait penser aux mangues qu'on cueillait chez ma tante à Ziguinchor.
+ en situation n | I came from Senegal this autumn, and the first cold rain here makes me think of the mangoes we picked at my aunt's in Ziguinchor.
fr situation h | Étudiant à Lyon, j'ai trouvé dans ma valise la boîte de lasagnes de maman avec son post-it, et je n'ose pas encore l'ouvrir. Mets un truc doux.
+ en situation h | Student in Lyon, and I found Mum's box of lasagne in my suitcase with her Post-it on it; I can't bring myself to open it yet. Put on something gentle.
fr situation n | Dans mon studio à Paris, j'ai accroché le torchon basque de la cuisine de mes parents, et je le regarde en mangeant mes pâtes. Lumière douce et un peu dorée, stp.
+ en situation n | In my Paris studio I've hung the Basque tea towel from my parents' kitchen, and I look at it while I eat my pasta. Soft, slightly golden light, please.
fr situation n | Marin sur une frégate au large, on a capté par hasard une radio française, et c'était l'émission du dimanche midi de chez mes parents.
+ en situation n | Serving on a frigate far out at sea, we happened to pick up a French station, and it was the Sunday lunchtime show from my parents' kitchen.
fr situation n | Arrivée de Colombie il y a deux ans, l'odeur du café torréfié au marché m'a ramenée dans la finca de mon oncle, au petit matin.
+ en situation n | Two years after leaving Colombia, the smell of roasting coffee at the market took me back to my uncle's farm at dawn.
fr situation n | En tricotant ce soir, je retrouve les gestes appris avec ma tante sur son balcon à Alger, la rue bruyante en dessous. Mets une musique qui va avec.
+ en situation n | Knitting tonight, my hands find the moves my aunt taught me on her balcony in Algiers, the street noisy below. Put on music that goes with it.
fr situation n | À Orly, la terrasse où mon grand-père m'emmenait regarder décoller les avions le dimanche est toujours ouverte.
+ en situation n | At Orly, the viewing terrace where my grandfather took me to watch the planes take off on Sundays is still open.
fr situation n | Dans le TER, les vignes défilent comme les dimanches soir où je rentrais à l'internat, le sac de linge propre sur les genoux.
+ en situation n | On the regional train the vineyards roll past like those Sunday evenings going back to boarding school, my bag of clean laundry on my lap.

# situations: families, generations, home
fr situation n | Papa solo, je fais à mon fils le pain perdu que ma mère nous préparait les jours de pluie, dans la même poêle orange. Une lumière de dimanche d'avant, s'il te plaît.
+ en situation n | Single dad, making my son the French toast Mum made us on rainy days, in the same orange pan. A light like Sundays back then, please.
fr situation n | Ma petite-fille a mis les boucles d'oreilles que je portais à mon premier bal, en 1966, et j'ai revu la guinguette au bord de la Marne.
+ en situation n | My granddaughter wore the earrings I had on at my first dance, in 1966, and I could see the riverside dance hall again.
fr situation n | Avec mon petit-fils, je construis une cabane de draps entre deux chaises, comme ma sœur et moi chez nos parents. Laisse juste une petite lumière chaude.
+ en situation n | I'm building a sheet den between two chairs with my grandson, like my sister and I did at our parents'. Just leave a little warm light on.
fr situation n | Au grenier, ma jumelle et moi avons retrouvé nos deux cartables identiques, avec nos prénoms brodés par mamie.
+ en situation n | In the attic my twin and I found our two identical school satchels, with our names embroidered by Gran.
fr situation n | En allant voir une amie à la maternité, je suis passée devant la chambre où j'ai tenu mon aîné pour la première fois, il y a dix-huit ans.
+ en situation n | Visiting a friend on the maternity ward, I walked past the room where I first held my eldest, eighteen years ago.
fr situation n | À la grille de l'école de ma fille, j'ai reconnu la dame de cantine qui me gardait une part de frites en plus le vendredi.
+ en situation n | At my daughter's school gate I recognised the dinner lady who used to save me extra chips on Fridays.
fr situation n | Pour notre mariage, on a loué la salle des fêtes où j'allais au bal à quinze ans, et le parquet grince toujours devant l'estrade.
+ en situation n | For our wedding we hired the village hall where I went to dances at fifteen, and the floor still creaks in front of the stage.
fr situation n | Dernier jour de troisième : en vidant mon casier, je retrouve le mot que Lina m'avait glissé le premier jour de sixième.
+ en situation n | Last day of Year 10: emptying my locker, I find the note Lina slipped me on our very first day of Year 7.
fr situation l | Les enfants jouent au jeu des plaques à l'arrière, comme mon frère et moi dans la R21 de papa sur la route de l'Espagne.
+ en situation l | The kids are playing the number-plate game in the back, like my brother and I did in Dad's old Renault on the road to Spain.
fr situation n | Danseuse pro, j'ai retrouvé mes premiers chaussons roses, avec les rubans que ma mère avait cousus de travers. Mets un piano tout doux.
+ en situation n | Professional dancer, and I found my first pink ballet shoes, with the ribbons my mum sewed on crooked. Put on some soft piano.

# situations: villages, outdoors, sport, holidays
fr situation n | En rentrant les foins, l'odeur me renvoie aux étés où je trônais pieds nus sur la remorque de mon père.
+ en situation n | Bringing the hay in, the smell takes me back to summers riding barefoot on top of my father's trailer.
fr situation n | En télétravail dans le village de mon enfance, je vois passer le car scolaire à 7 h 40, comme quand c'était moi qui courais derrière. Mets-moi un fond des années 90.
+ en situation n | Working remotely from my childhood village, I watch the school bus go by at 7:40, like when I was the one running after it. Some nineties music, please.
fr situation n | J'entraîne les petits sur le même terrain en stabilisé que celui de mes huit ans, et la poussière rouge colle encore aux chaussettes.
+ en situation n | I coach the little ones on the same red-gravel pitch I played on at eight, and the red dust still sticks to their socks.
fr situation n | En fauteuil, j'ai fait le tour du lac de mon enfance par le nouveau chemin goudronné, et les pédalos jaunes sont toujours au même ponton.
+ en situation n | In my wheelchair I went round the lake I grew up by on the new paved path, and the yellow pedal boats are still at the same jetty.
fr situation n | En rentrant de nuit à l'aube, l'odeur de la boulangerie me ramène aux samedis où papa m'emmenait chercher les croissants, en pyjama sous mon manteau. Lumière douce pour le petit-déj.
+ en situation n | Home from the night shift at dawn, the bakery smell takes me back to Saturdays when Dad took me for croissants, pyjamas under my coat. Soft light for breakfast.
fr situation n | Au camping, le distributeur de jetons de douche et le carrelage bleu des sanitaires sont exactement ceux de mes étés d'ado.
+ en situation n | At the campsite, the shower-token machine and the blue tiles in the shower block are exactly the ones from my teenage summers.
fr situation n | À la barre du voilier, je fredonne la chanson de marin que mon grand-père chantait à chaque virement de bord.
+ en situation n | At the helm, I'm humming the sea shanty my grandfather sang every time we tacked.
fr situation n | Au refuge, la gardienne sert la même soupe aux orties qu'à mon premier camp scout en 1998, dans les mêmes bols en métal.
+ en situation n | At the mountain hut the warden is serving the same nettle soup as at my first scout camp in 1998, in the same metal bowls.
fr situation l | Au rayon rentrée du supermarché, les trousses en tissu écossais me renvoient direct dans la cour du collège.
+ en situation l | In the back-to-school aisle, the tartan pencil cases send me straight back to the secondary-school playground.
fr situation l | La caissière m'a rendu la monnaie avec un caramel, comme l'épicière de ma rue quand j'allais chercher le pain pour maman.
+ en situation l | The cashier gave me my change with a toffee, like the grocer on my street did when I went to fetch bread for Mum.
fr situation n | Les gradins en bois du stade municipal ont été refaits, mais la buvette vend toujours le sandwich merguez que papa m'achetait à la mi-temps.
+ en situation n | The wooden stands at the town stadium have been redone, but the snack bar still sells the sausage sandwich Dad bought me at half-time.
fr situation n | Je sème les radis avec le vieux cordeau de ma grand-mère, et je l'entends encore me dire de ne pas marcher sur les semis.
+ en situation n | I'm sowing radishes with my grandmother's old garden line, and I can still hear her telling me not to tread on the seedlings.
fr situation n | Fête du village : la fanfare joue le même air qu'au défilé des lampions, quand je tenais la main de ma marraine.
+ en situation n | Village fête: the brass band is playing the same tune as at the lantern parade, when I held my godmother's hand.
fr situation n | À la retraite, j'ai repris le vélo sur la route côtière que je faisais avec le club à vingt ans, et la côte du phare me paraît la même.
+ en situation n | Now I'm retired I've taken up cycling again on the coast road I rode with the club at twenty, and the climb to the lighthouse feels just the same.
fr situation n | Chef scout, au feu de camp je chante les chants que j'ai appris à huit ans, et les jeunes font encore les mêmes gestes.
+ en situation n | Scout leader: at the campfire I'm singing the songs I learned at eight, and the kids still do the same actions.
fr situation n | Pour nos quarante ans de mariage, on est retournés au camping de notre voyage de noces, et on a planté la tente sur l'emplacement 23, comme en 1984.
+ en situation n | For our fortieth anniversary we went back to the campsite from our honeymoon and pitched the tent on pitch 23, just like in 1984.
fr situation l | Le piano droit de mon ancienne prof est en vente sur internet, avec la petite brûlure sur le couvercle où je posais mes partitions.
+ en situation l | My old teacher's upright piano is for sale online, with the little burn mark on the lid where I used to rest my music.

# long
fr long n | Je reprends la ferme de mes parents. Ce matin, j'ai trouvé la casquette de mon père accrochée au clou de l'étable. Je l'ai mise pour la traite. Les vaches n'ont pas eu l'air surprises.
+ en long n | I'm taking over my parents' farm. This morning I found Dad's cap hanging on the nail in the cowshed. I wore it for milking. The cows didn't seem surprised.
fr long n | J'ai quatre-vingt-deux ans. Ma petite-fille m'a montré comment retrouver ma rue d'enfance sur l'ordinateur. La boulangerie est devenue une agence immobilière. Mais le platane devant chez nous est toujours là.
+ en long n | I'm eighty-two. My granddaughter showed me how to find my childhood street on the computer. The bakery is an estate agent's now. But the plane tree outside our house is still there.
fr long n | Infirmière à Genève depuis dix ans. Une patiente a l'accent de ma grand-mère, du côté de Rodez. Elle m'a raconté l'aligot des fêtes de village. J'ai fini ma garde avec ce goût dans la bouche.
+ en long n | Ten years nursing in Geneva. One of my patients has my grandmother's accent, from down near Rodez. She told me about the aligot at village fêtes. I finished my shift with that taste in my mouth.
fr long n | Ancienne institutrice, j'ai reçu un faire-part de mariage. C'est Théo, de ma classe de 2003. Il a glissé dedans le dessin qu'il m'avait fait en CP. J'avais oublié qu'il me dessinait toujours avec des lunettes rouges.
+ en long n | I'm a retired primary teacher and I got a wedding invitation. It's from Théo, in my 2003 class. He slipped in the drawing he made me in first grade. I'd forgotten he always drew me with red glasses.
fr long n | Le vieux bus de la ligne 7 part à la casse. La régie a proposé un dernier tour. Je suis monté avec mon fils. Je me suis assis au fond, à gauche, comme quand j'allais au lycée.
+ en long n | The old number 7 bus is going for scrap. The transport company offered one last ride. I got on with my son. I sat at the back on the left, like when I went to school.
fr long n | Je joue de l'accordéon dans le métro de Montréal. Ce matin, un couple s'est arrêté. Ils ont reconnu la valse de mon village du Berry. La dame l'a fredonnée avec moi jusqu'au bout.
+ en long n | I play accordion in the Montreal metro. This morning a couple stopped. They recognised the waltz from my village in the Berry. The woman hummed it with me right to the end.

# negation
fr negation n | Non, je ne suis pas triste de vider mon casier de vestiaire pour la retraite, je revois juste trente ans de blagues qui y sont passées.
+ en negation n | No, I'm not sad to be clearing out my locker for retirement, I'm just seeing thirty years of jokes that passed through it.
fr negation n | Ce n'est pas l'ennui qui me fait relire mes carnets de voyage, c'est l'envie de revivre ces matins à Katmandou, à vingt-deux ans.
+ en negation n | It's not boredom that has me rereading my travel journals, it's wanting to live those Kathmandu mornings at twenty-two all over again.
fr negation n | Je ne veux pas d'ambiance de fête ce soir : j'écoute les cassettes que mon père enregistrait pour la route des vacances.
+ en negation n | I don't want a party vibe tonight: I'm listening to the tapes Dad recorded for the drive to our holidays.
fr negation n | Je ne me sens pas seule dans ce nouvel appart, juste loin de la cuisine de ma grand-mère à Porto et de ses dimanches bruyants.
+ en negation n | I don't feel lonely in this new flat, just far from my grandmother's kitchen in Porto and her noisy Sundays.

# mixed
fr mixed n | Content pour ma fille qui part en Erasmus, mais surtout je revois mon propre départ pour Séville, avec la valise à roulettes cassée.
+ en mixed n | Happy for my daughter heading off on her exchange year, but mostly I'm seeing my own departure for Seville, with the broken wheelie suitcase.
fr mixed n | Un peu énervé d'avoir raté le train, mais surtout ému de retomber sur le quai où j'attendais mon père le vendredi soir.
+ en mixed n | A bit annoyed I missed my train, but mostly moved to be back on the platform where I used to wait for Dad on Friday nights.
fr mixed n | Je rigole devant nos photos en uniforme de moniteurs de colo, mais surtout je donnerais cher pour revivre cet été-là.
+ en mixed n | I'm laughing at the photos of us in our camp-counsellor uniforms, but mostly I'd give a lot to live that summer again.
fr mixed n | Bien au chaud sous la couette, mais le cœur dans les hivers de mon enfance à Québec, à glisser sur les bancs de neige avec mes cousins.
+ en mixed n | Warm under the duvet, but my heart's back in the winters of my Quebec childhood, sliding down the snowbanks with my cousins.

# informal French, no translation
fr situation n | ma mère a retrouvé ma carte de cantine de 1999 avec ma photo toute édentée
fr situation n | en soirée quelqu'un a mis la danse des canards et tout le monde a refait la choré de la colo
fr situation n | passé devant mon ancien lycée, les mêmes jeunes qui fument devant le portail, sauf que c'était nous
fr situation n | jsuis à Montréal depuis 2 ans et j'ai acheté un camembert à 14 dollars juste pour l'odeur
fr situation n | mon petit frère a retrouvé mon vieux lecteur mp3 avec tous les sons de 2008, j'ai tout réécouté dans le bus
fr situation n | trouvé un ticket de manège de la foire de Caen dans une vieille veste, on y allait tous les ans avec papi
# casual English, no translation
en situation n | drove past the leisure centre where I had every birthday party, the same slide's still in the window
en situation n | first winter in Canada and honestly I'd trade the whole country for one rainy Tuesday in Leeds
en situation n | my daughter's nursery smells exactly like mine did, poster paint and warm milk
en situation n | the bakery near work sells the jam doughnuts my grandad bought me every Saturday after swimming
"""

"""bonnehumeur: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# Events, most frequent first:
# 1 sunny day, blue sky after grey weeks
# 2 a stranger smiled or was kind
# 3 a compliment from a customer, colleague or friend
# 4 good coffee and a fresh croissant in the morning
# 5 giggles and laughter with friends
# 6 the kids made me laugh
# 7 the pet did something funny or cute
# 8 a friend called out of the blue
# 9 a neighbour brought something round
# 10 nice lunch with colleagues
# 11 found money in a pocket
# 12 a postcard, letter or parcel with a nice note
# 13 sweet message from my partner
# 14 partner made breakfast
# 15 favourite song on the radio
# 16 dancing in the kitchen
# 17 Friday evening, weekend ahead
# 18 green lights all the way, tram waited for me
# 19 morning at the market
# 20 baking with the kids
# 21 pizza night, family meal
# 22 payday treat
# 23 a bargain while shopping
# 24 a haircut that turned out well
# 25 woke up in a good mood after a good night
# 26 a colleague brought treats, office cake
# 27 the boss said thank you
# 28 lots of birthday messages
# 29 flowers received
# 30 first strawberries, roses in bloom
# 31 picnic in the park
# 32 ice cream on a hot day
# 33 first snow, sledging
# 34 call or visit with grandparents
# 35 a child's drawing or "I love you"
# 36 a baby laughing or smiling
# 37 walking the dog in the sun
# 38 barbecue with the neighbours
# 39 drinks on a terrace
# 40 funny video, memes, family group chat
# 41 helped someone, volunteering
# 42 someone paid for my coffee, held the door
# 43 cheerful cashier or delivery driver
# 44 parking spot right outside
# 45 train on time, funny announcement
# 46 family dinner full of jokes
# 47 board game night
# 48 the kids playing nicely together
# 49 the teenager laughed or wanted to spend time with me
# 50 a big hug
# 51 a rainbow
# 52 birds singing, trees in blossom, spring
# 53 houseplant with a new leaf
# 54 new outfit, first sandals of the year
# 55 sunny weekend forecast
# 56 the neighbours' kids waving
# 57 singing in the car
# 58 good news from my kid at camp
# 59 smell of warm bread or waffles
# 60 tidy flat, flowers on the table
# 61 laughing at my own clumsiness
# 62 a kind note from a stranger
# 63 bumped into or caught up with a friend
# 64 Sunday brunch with friends
# 65 friendly new neighbours
# 66 street party, neighbourhood car boot sale
# 67 bike ride in the sun
# 68 school show or school fair
# 69 funny video call or selfie from my parents
# 70 a small surprise gift

# batch 1: events 1-20
fr situation n | Grand soleil ce matin, j'ai ouvert toutes les fenêtres en chantonnant.
+ en situation n | Bright sunshine this morning, I threw open every window, humming away.
fr explicit n | Avec ce ciel tout bleu, je suis d'humeur joyeuse depuis le réveil.
+ en explicit n | With skies this blue, I've been in a cheerful mood since I woke up.
fr situation n | Une inconnue m'a souri dans le métro, ça m'a fait ma journée.
+ en situation n | A stranger smiled at me on the tube and it made my day.
fr situation n | Un monsieur m'a aidée à monter la poussette dans l'escalier de la gare.
+ en situation n | A kind man helped me carry the pushchair up the station stairs.
fr situation n | Un client m'a dit que j'étais la vendeuse la plus sympa du magasin.
+ en situation n | A customer told me I was the friendliest assistant in the shop.
fr situation n | On m'a complimenté sur mon pull trois fois aujourd'hui.
+ en situation n | Three different people complimented my jumper today.
fr situation n | Café bien chaud et croissant tout frais en terrasse avant le boulot. Lumière du matin, s'il te plaît.
+ en situation n | Piping hot coffee and a fresh croissant at a café before work. Morning light, please.
fr situation l | La boulangère m'a gardé la dernière baguette tradition, trop gentille.
+ en situation l | The baker put aside the last good baguette for me, so sweet of her.
fr situation h | Fou rire avec les copines au resto, on en pleurait.
+ en situation h | Got the giggles with the girls at the restaurant, we were crying with laughter.
fr slang_emoji h | soirée avec les potes, mdrr on a trop ri 😂😂
+ en slang_emoji h | night out w the lads, lmao we laughed so hard 😂😂
fr situation n | Ma fille a inventé une chanson sur les chaussettes, on est morts de rire.
+ en situation n | My daughter made up a song about socks and we were in stitches.
fr situation n | Les enfants m'ont fait un spectacle de magie dans le salon, tordant.
+ en situation n | The kids put on a magic show for me in the living room, hilarious.
fr situation n | Le chien s'est coincé la tête dans son jouet et remue la queue comme un fou.
+ en situation n | The dog got his head stuck in his toy and he's wagging his tail like mad.
fr situation l | Mon chat fait la sieste dans le carton des courses, trop mignon.
+ en situation l | My cat's napping in the box the shopping came in, so cute.
fr situation n | Ma meilleure amie m'a appelée juste pour prendre des nouvelles.
+ en situation n | My best friend rang just to see how I was doing.
fr explicit n | Le coup de fil surprise de Karim m'a mis de bonne humeur pour la soirée.
+ en explicit n | Karim's surprise phone call put me in a good mood for the whole evening.
fr situation n | La voisine m'a apporté une part de sa tarte aux pommes.
+ en situation n | My neighbour popped round with a slice of her apple pie.
fr situation n | Le voisin d'en face nous a déposé un panier de courgettes de son jardin.
+ en situation n | The guy across the road dropped off a basket of courgettes from his garden.
fr situation n | Pique-nique le midi avec les collègues dans le parc, que des rires.
+ en situation n | Lunchtime picnic in the park with my colleagues, nothing but laughs.
fr mixed n | Lundi chargé, mais super ambiance au déjeuner d'équipe chez le petit italien.
+ en mixed n | Busy Monday, but a great vibe at the team lunch at the little Italian place.
fr typo l | trouver un billet de 10 ds mon vieu jean trop bien
+ en typo l | foud a tenner in my old jeans, nice
fr situation l | Quelqu'un avait oublié deux euros dans le chariot du supermarché.
+ en situation l | Someone had left a two-euro coin in my supermarket trolley.
fr situation n | Carte postale de ma tante en Bretagne dans la boîte aux lettres.
+ en situation n | A postcard from my aunt in Brittany was waiting in the letterbox.
fr situation n | Mon colis est arrivé avec un petit mot écrit à la main par la vendeuse.
+ en situation n | My parcel came with a little handwritten note from the seller.
fr situation n | Mon chéri m'a envoyé un texto tout mignon en pleine réunion.
+ en situation n | My boyfriend sent me a cute little text in the middle of a meeting.
fr situation n | Ma femme a laissé un post-it avec un cœur sur le miroir de la salle de bain.
+ en situation n | My wife stuck a note with a heart on it to the bathroom mirror.
fr situation n | Mon mari m'a fait des pancakes ce matin sans que je demande rien.
+ en situation n | My husband made me pancakes this morning without me even asking.
fr situation n | Réveillé par l'odeur du café, ma blonde avait déjà mis la table.
+ en situation n | Woke up to the smell of coffee, my girlfriend had already laid the table.
fr wish n c=yellow;orange b=bright | Ma chanson préférée passe à la radio, mets des lumières jaunes et oranges !
+ en wish n c=yellow;orange b=bright | My favourite song's on the radio, bright yellow and orange lights please!
fr situation n | La radio a passé un morceau entraînant et tout le bureau a chanté le refrain.
+ en situation n | The radio played a catchy tune and the whole office sang along to the chorus.
fr situation n | Je danse dans la cuisine en faisant la vaisselle, les gamins s'y mettent aussi.
+ en situation n | I'm dancing round the kitchen doing the dishes and the kids have joined in.
fr slang_emoji n | petite choré improvisée avec le coloc en faisant à manger 💃🕺
+ en slang_emoji n | lil improvised dance w my roomie while cooking 💃🕺
fr situation n | Vendredi après-midi, tout le monde sourit au bureau.
+ en situation n | Friday afternoon and everyone in the office is smiling.
fr typo n | vendredi soir je rentre en sifflotant 2 jours de libre
+ en typo n | friday evning, whistlin on my way home, 2 days off
fr situation l | Tous les feux au vert ce matin, arrivée au boulot en avance.
+ en situation l | Green lights all the way this morning, got to work early.
fr situation l | Le tram m'a attendu et le conducteur m'a fait un clin d'œil.
+ en situation l | The tram waited for me and the driver gave me a wink.
fr situation n | Marché du dimanche matin, le maraîcher m'a rajouté du persil gratuit.
+ en situation n | Sunday morning market, the veg man threw in some free parsley.
fr situation n | Balade au marché avec les enfants, ils ont goûté à tous les stands.
+ en situation n | Wandered round the market with the kids, they tried a sample at every stall.
fr situation n | On fait des cookies avec les petits, il y a de la farine partout. Mets une ambiance joyeuse.
+ en situation n | Baking cookies with the little ones, there's flour everywhere. Something cheerful, please.
fr situation n | Mon fils a décoré les cupcakes tout seul, ils sont de travers et parfaits.
+ en situation n | My son decorated the cupcakes on his own, they're all wonky and perfect.

# batch 2: events 21-40
fr situation n | Soirée pizza maison, chacun a garni la sienne, tout le monde rigole.
+ en situation n | Homemade pizza night, everyone did their own toppings and we're all laughing.
fr situation n | Mamie a fait son couscous du dimanche, la table était pleine de monde.
+ en situation n | Nan made her Sunday couscous and the table was packed.
fr situation l | Jour de paie, je m'offre un bouquet de fleurs en rentrant.
+ en situation l | Payday, so I'm treating myself to a bunch of flowers on the way home.
fr typo l | paye tombee, sushis ce soir avc ma soeur
+ en typo l | got paid, sushi tnight w my sis
fr situation n | Trouvé la robe de mes rêves à moitié prix en friperie.
+ en situation n | Found my dream dress for half price in a charity shop.
fr situation l | Le caissier m'a fait profiter de sa carte de fidélité, trop sympa.
+ en situation l | The cashier let me use his loyalty card, really nice of him.
fr situation n | Je sors de chez le coiffeur et je me trouve super jolie.
+ en situation n | Just left the hairdresser's and I think I look gorgeous.
fr negation n | Ce n'est pas l'extase, juste une nouvelle coupe réussie qui me donne le sourire.
+ en negation n | Not over the moon or anything, just a good new haircut that keeps me smiling.
fr explicit n | Réveillé de super bonne humeur, sans raison particulière.
+ en explicit n | Woke up in a brilliant mood for no particular reason.
fr situation n | Huit heures de sommeil d'affilée, je me lève en chantant.
+ en situation n | Eight hours of sleep in a row, I'm getting up singing.
fr mixed n | Un peu fatiguée ce matin, mais les beignets du stagiaire m'ont donné le sourire.
+ en mixed n | Bit tired this morning, but the intern's doughnuts put a smile on my face.
fr explicit n | Gâteau surprise en salle de pause pour Julie, tout le bureau est de bonne humeur.
+ en explicit n | Surprise cake in the break room for Julie, the whole office is in high spirits.
fr situation n | Ma cheffe m'a remerciée devant tout le monde pour mon coup de main.
+ en situation n | My boss thanked me in front of everyone for helping out.
fr situation n | Petit mot de remerciement de mon responsable, ça fait plaisir.
+ en situation n | A little thank-you note from my manager, that was nice.
fr slang_emoji n | trop de messages d'anniv ce matin 🥹🎂 je souris comme une idiote
+ en slang_emoji n | so many bday msgs this morning 🥹🎂 grinning like an idiot
fr situation n | Les collègues m'ont chanté joyeux anniversaire avec une bougie plantée dans un muffin.
+ en situation n | My coworkers sang happy birthday with a candle stuck in a muffin.
fr situation n | Livraison de tulipes au bureau, de la part de mon copain.
+ en situation n | Tulips delivered to the office, from my boyfriend.
fr situation n | Ma fille m'a cueilli un bouquet de pâquerettes dans le jardin.
+ en situation n | My daughter picked me a bunch of daisies from the garden.
fr situation n | Les premières fraises du jardin sont mûres, j'en ai mangé trois direct.
+ en situation n | The first strawberries in the garden are ripe, I ate three straight off the plant.
fr situation n | Mes rosiers ont fleuri d'un coup, le jardin est tout rose.
+ en situation n | My roses all came out at once, the garden's gone pink.
fr situation n | Pique-nique improvisé au parc avec les voisins et leurs enfants.
+ en situation n | Spur-of-the-moment picnic in the park with the neighbours and their kids.
fr wish n c=yellow;green b=bright | Sandwichs sur l'herbe avec ma coloc en plein soleil, mets du jaune et du vert bien lumineux.
+ en wish n c=yellow;green b=bright | Sandwiches on the grass with my flatmate in full sun, give me bright yellow and green.
fr typo l | glace a la pistache en rentrant du taf il fait 30 degres
+ en typo l | pistachio ice cream on the way home from wrk its 30 degrees
fr situation n | Le camion de glaces est passé dans la rue, les enfants ont couru derrière.
+ en situation n | The ice cream van came down our street and the kids ran after it.
fr situation n | Première neige, bataille de boules de neige avec les voisins.
+ en situation n | First snow, snowball fight with the neighbours.
fr situation n | Les enfants ont fait de la luge sur la butte derrière l'école, les joues toutes rouges.
+ en situation n | The kids went sledging on the hill behind the school, cheeks all rosy.
fr situation n | Mamie m'a appelé pour me raconter sa partie de belote, elle a tout gagné.
+ en situation n | Nan phoned to tell me about her card game, she won every round.
fr situation n | Goûter chez mon grand-père, il m'a appris un tour de cartes.
+ en situation n | Tea at my grandad's, he taught me a card trick.
fr situation n | Mon fils m'a glissé un dessin de nous deux dans mon sac.
+ en situation n | My son slipped a drawing of the two of us into my bag.
fr situation n | Ma petite m'a dit je t'aime grand comme le ciel avant de s'endormir.
+ en situation n | My little one said she loves me as big as the sky before dropping off.
fr situation n | Le bébé éclate de rire chaque fois que le chien éternue.
+ en situation n | The baby bursts out laughing every time the dog sneezes.
fr situation n | Mon neveu de six mois m'a fait un immense sourire tout baveux.
+ en situation n | My six-month-old nephew gave me a huge dribbly grin.
fr explicit n | Balade au soleil avec le chien, j'ai la pêche !
+ en explicit n | Sunny walk with the dog, I'm full of beans!
fr situation l | Promenade matinale avec Filou, il s'est fait un copain chiot.
+ en situation l | Morning walk with Filou, he made friends with a puppy.
fr situation n | Barbecue dans la cour avec tout l'immeuble, chacun a apporté un plat.
+ en situation n | Barbecue in the courtyard with the whole building, everyone brought a dish.
fr wish n c=orange;warm_white | Grillades chez les voisins, ambiance sympa, mets une lumière orange bien chaleureuse.
+ en wish n c=orange;warm_white | Cookout at the neighbours', lovely vibe, give me a warm orange glow.
fr situation n | Apéro en terrasse avec les collègues, premier soir de printemps.
+ en situation n | After-work drinks on a terrace with the team, first spring evening.
fr situation n | Un petit rosé et des chips sur le balcon avec ma voisine, on refait le monde en riant.
+ en situation n | A glass of rosé and crisps on the balcony with my neighbour, putting the world to rights and laughing.
fr slang_emoji n | ptdr ma sœur m'a envoyé une vidéo de chèvre qui hurle 😂😂
+ en slang_emoji n | lmao my sister sent me a video of a screaming goat 😂😂
fr situation n | Le groupe WhatsApp de la famille croule sous les blagues depuis ce matin.
+ en situation n | The family group chat has been full of jokes since this morning.

# batch 3: events 41-70
fr situation n | J'ai aidé une mamie à porter ses courses, elle m'a raconté sa vie en riant.
+ en situation n | I helped an old lady carry her shopping and she told me her life story, laughing all the way.
fr situation n | Matinée aux Restos du cœur, les bénévoles chantaient en servant.
+ en situation n | Morning volunteering at the food bank, the volunteers were singing as they served.
fr situation n | La personne devant moi a payé mon café, sans rien dire.
+ en situation n | The person ahead of me in the queue paid for my coffee without a word.
fr situation l | Un inconnu m'a tenu la porte et m'a souhaité une belle journée.
+ en situation l | A stranger held the door for me and wished me a lovely day.
fr situation n | La caissière chantait en passant mes articles, trop drôle.
+ en situation n | The checkout lady was singing as she scanned my stuff, so funny.
fr situation n | Le livreur m'a fait une blague sur mon paillasson, on a bien ri.
+ en situation n | The delivery driver cracked a joke about my doormat and we had a good laugh.
fr situation l | Place de parking juste devant la boulangerie, le petit bonheur.
+ en situation l | Parking spot right outside the bakery, little things.
fr typo l | trouvé une place direct devant chez moi troo cool
+ en typo l | got a parkin spot rite outside my place, sweet
fr situation l | Train pile à l'heure et une place côté fenêtre, la journée commence bien.
+ en situation l | Train bang on time and a window seat, the day's off to a good start.
fr situation n | Le contrôleur a fait une annonce rigolote et tout le wagon a rigolé.
+ en situation n | The conductor made a funny announcement and the whole carriage laughed.
fr mixed n | Repas de famille un peu long, mais les blagues de mon oncle m'ont bien fait rire.
+ en mixed n | Family lunch dragged on a bit, but my uncle's jokes really cracked me up.
fr situation n | Grand dîner chez mes parents, les cousins sont venus, tout le monde riait.
+ en situation n | Big dinner at my parents', the cousins came and everyone was laughing.
fr situation n | Soirée jeux de société, on a ri aux larmes au Pictionary. Mets de la musique gaie.
+ en situation n | Board game night, we laughed till we cried at Pictionary. Put on some happy music.
fr negation n | Je ne suis pas fâché qu'il triche au Uno, c'est juste trop drôle.
+ en negation n | I'm not cross that he cheats at Uno, it's just too funny.
fr situation n | Les enfants jouent ensemble dans le jardin sans se chamailler, quel bonheur.
+ en situation n | The kids are playing together in the garden without squabbling, what a treat.
fr situation n | Mes deux filles ont monté une cabane dans le salon et m'ont invitée au goûter.
+ en situation n | My two girls built a den in the living room and invited me in for a snack.
fr typo n | mon ado a rigolé a ma blague c rare je le note
+ en typo n | my teen actualy laughed at my joke, thats rare, noting it
fr situation n | Ma fille de quinze ans m'a proposé d'aller faire les boutiques ensemble.
+ en situation n | My fifteen-year-old asked if I wanted to go shopping with her.
fr situation n | Mon neveu m'a sauté dans les bras en me voyant arriver.
+ en situation n | My nephew leapt into my arms the moment he saw me.
fr situation n | Gros câlin de mon fils à la sortie de l'école, devant ses copains en plus.
+ en situation n | Big hug from my son at the school gate, in front of his mates too.
fr situation l | Un arc-en-ciel au-dessus du supermarché, tout le parking a sorti son téléphone.
+ en situation l | A rainbow over the supermarket and the whole car park got their phones out.
fr situation l | Double arc-en-ciel en rentrant du travail, j'ai souri tout le trajet.
+ en situation l | Double rainbow on the way home from work, I smiled the whole drive.
fr situation l | Les oiseaux chantent sous ma fenêtre, le printemps est là.
+ en situation l | Birds singing outside my window, spring's here.
fr situation n | Les cerisiers sont en fleurs dans ma rue, tout le monde prend des photos.
+ en situation n | The cherry trees are in blossom on my street and everyone's taking photos.
fr situation l | Mon monstera a sorti une nouvelle feuille, je suis toute contente.
+ en situation l | My monstera's put out a new leaf and I'm well chuffed.
fr situation l | Le basilic sur le rebord de la fenêtre pousse comme jamais.
+ en situation l | The basil on the windowsill is growing like crazy.
fr explicit n | Je me sens gaie et légère dans ma nouvelle robe à fleurs.
+ en explicit n | I feel bright and breezy in my new flowery dress.
fr situation n | Premières sandales de l'année, ça sent l'été.
+ en situation n | First day in sandals this year, summer's on its way.
fr situation l | La météo annonce du soleil tout le week-end, j'ai déjà prévu un pique-nique.
+ en situation l | The forecast says sun all weekend and I've already planned a picnic.
fr negation l | Rien d'extraordinaire, juste vingt-deux degrés prévus samedi et ça me fait sourire.
+ en negation l | Nothing special, just twenty-two degrees forecast for Saturday and it's making me smile.
fr situation l | Les petits voisins me font coucou depuis leur fenêtre tous les matins.
+ en situation l | The little ones next door wave at me from their window every morning.
fr situation l | Le petit du troisième m'a offert un caillou peint en bleu.
+ en situation l | The little boy from the third floor gave me a pebble he'd painted blue.
fr slang_emoji n | je chante à fond dans la caisse fenêtres ouvertes 🎶😎
+ en slang_emoji n | singing my lungs out in the car windows down 🎶😎
fr situation n | Karaoké dans la voiture avec les enfants sur le trajet de l'école. Mets-nous des chansons gaies.
+ en situation n | Car karaoke with the kids on the school run. Put on some upbeat songs.
fr situation n | Mon fils m'écrit de la colo qu'il s'est fait plein de copains.
+ en situation n | My son wrote from summer camp to say he's made loads of friends.
fr situation n | La maîtresse a envoyé une photo de ma fille toute souriante en classe de neige.
+ en situation n | The teacher sent a photo of my daughter beaming on the school ski trip.
fr situation l | Toute la rue sent le pain chaud, j'ai craqué pour deux pains au chocolat.
+ en situation l | The whole street smells of warm bread, so I caved and got two pains au chocolat.
fr situation l | L'odeur des gaufres au marché de Noël, j'en ai pris une au sucre.
+ en situation l | The smell of waffles at the Christmas market, I got one with sugar on.
fr situation n | Appart tout propre, bouquet de mimosa sur la table, je chantonne. Mets une chanson entraînante.
+ en situation n | Flat spotless, mimosa on the table, I'm humming. Play something upbeat.
fr situation n | Rangé la cuisine en musique avec mon copain, on s'est bien marrés.
+ en situation n | Tidied the kitchen to music with my boyfriend, we had a right laugh.
fr slang_emoji n | mis mon pull à l'envers toute la matinée, personne m'a rien dit mdr 🙃
+ en slang_emoji n | wore my jumper inside out all morning n nobody said a thing lol 🙃
fr negation n | Pas vexée d'avoir renversé mon café sur mon pied, j'en rigole encore.
+ en negation n | Not embarrassed about spilling coffee on my own foot, still laughing about it.
fr situation n | Quelqu'un a laissé un petit mot gentil sur mon pare-brise.
+ en situation n | Someone left a kind little note on my windscreen.
fr situation n | Un petit papier bonne journée à tous scotché dans l'ascenseur de l'immeuble.
+ en situation n | A little have-a-nice-day-everyone note taped up in our building's lift.
fr situation n | Déjeuner avec une copine que je n'avais pas vue depuis des mois, on n'a pas arrêté de parler.
+ en situation n | Lunch with a friend I hadn't seen in months, we didn't stop talking.
fr situation n | Croisé mon ancien collègue Paulo au marché, on a pris un café ensemble.
+ en situation n | Bumped into my old coworker Paulo at the market and we grabbed a coffee.
fr slang_emoji n | brunch du dim avec la team, pancakes et barres de rire 🥞😂
+ en slang_emoji n | sunday brunch w the crew, pancakes n laughs 🥞😂
fr situation n | Mes amis m'ont invité à bruncher, on est restés à table jusqu'à trois heures.
+ en situation n | My friends invited me to brunch and we stayed at the table till three.
fr situation n | Les nouveaux voisins sont venus se présenter avec une bouteille de cidre.
+ en situation n | The new neighbours came round to say hello with a bottle of cider.
fr situation n | La famille d'à côté nous a invités à prendre le café, ils sont adorables.
+ en situation n | The family next door had us over for coffee, they're lovely.
fr situation n | Fête des voisins ce soir dans la cour, on a sorti les guirlandes. Mets une ambiance sympa.
+ en situation n | Street party tonight in the courtyard, the fairy lights are up. Set a friendly mood.
fr situation n | Vide-grenier du quartier, j'ai discuté avec tout le monde et acheté un vieux vélo.
+ en situation n | Neighbourhood car boot sale, I chatted to everyone and bought an old bike.
fr situation n | Balade à vélo le long du lac avec les enfants, on a chanté tout du long.
+ en situation n | Bike ride along the lake with the kids, we sang the whole way.
fr situation n | À vélo pour aller au boulot, soleil et petit vent, je salue tout le monde.
+ en situation n | Cycled to work in the sun with a light breeze, saying hi to everyone.
fr situation n | Spectacle de fin d'année à l'école, mon petit a fait le clown sur scène.
+ en situation n | End-of-year school show, my little one clowned around on stage.
fr situation n | Kermesse de l'école, les enfants ont gagné un poisson rouge à la pêche aux canards.
+ en situation n | School fair, the kids won a goldfish on the hook-a-duck stall.
fr situation n | Ma mère m'a envoyé un selfie avec son nouveau chapeau, elle est trop drôle.
+ en situation n | My mum sent me a selfie in her new hat, she's such a laugh.
fr situation n | Appel vidéo avec mes parents, papa n'arrivait pas à enlever le filtre chat. Lumière assortie, s'il te plaît.
+ en situation n | Video call with my parents, Dad couldn't get the cat filter off. Match the lights to that.
fr situation n | Ma collègue m'a rapporté un magnet de ses vacances en Grèce.
+ en situation n | My coworker brought me back a fridge magnet from her holiday in Greece.
fr situation n | Petite surprise de ma coloc : ma tablette de chocolat préférée sur mon bureau.
+ en situation n | Little surprise from my flatmate: a bar of my favourite chocolate on my desk.
"""

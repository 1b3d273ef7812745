"""bonnehumeur: third wave, triads with colere and detente (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La voisine du dessus a fait descendre un petit panier au bout d'une ficelle, avec des fraises de son balcon pour ma fille.
+ en situation n | The upstairs neighbour lowered a little basket on a string, with strawberries from her balcony for my daughter.

# triad 02
fr situation n | Fête des voisins dans la cour : la dame du troisième a sorti son accordéon, et tout l'immeuble a fini par chanter.
+ en situation n | Neighbours' party in the courtyard: the lady from the third floor got out her accordion, and the whole building ended up singing.

# triad 03
en situation n | The neighbour opposite put up a light-up reindeer that nods its head, and the kids say goodnight to it every evening.
+ fr situation n | Le voisin d'en face a installé un renne lumineux qui hoche la tête, et les enfants lui disent bonsoir tous les soirs.

# triad 04
fr situation n | Le chien du voisin passe la tête sous le grillage chaque matin pour que je lui gratte le museau, et il éternue de contentement.
+ en situation n | The neighbour's dog pokes his head under the fence every morning so I'll scratch his nose, and sneezes happily.

# triad 05
fr situation n | Le gardien a arrosé mes plantes pendant mes vacances, et il m'avoue en riant qu'il leur faisait la conversation.
+ en situation n | The caretaker watered my plants while I was away, and he admits with a laugh that he chatted to them.

# triad 06
en situation n | At the community garden, old Marcel gave me some basil seedlings and showed me how to pinch off the flowers, chuckling away.
+ fr situation n | Au jardin partagé, le vieux Marcel m'a offert des plants de basilic et m'a montré comment pincer les fleurs, en rigolant.

# triad 07
fr situation n | Les voisins ont fait un barbecue et nous ont passé une assiette de brochettes par-dessus la haie, avec un grand « santé ! ».
+ en situation n | The neighbours had a barbecue and passed us a plate of skewers over the hedge with a big "cheers!".

# triad 08
fr situation n | Ma coloc m'a laissé la salle de bain toute chaude et un smiley dessiné sur le miroir embué : « bonne journée ! »
+ en situation n | My flatmate left me a nice warm bathroom and a smiley drawn on the steamed-up mirror: "have a good day!"

# triad 09
en situation n | My flatmate put the heating on before I got home, the flat is toasty and there's a hot chocolate waiting on the table. Set the mood for that.
+ fr situation n | Mon coloc a rallumé le chauffage avant mon retour, l'appart est tout chaud et un chocolat chaud m'attend sur la table. Mets l'ambiance qui va avec.

# triad 10
fr situation n | Sur Tricount, mon coloc a ajouté une ligne « câlin au chat : offert », et j'en ris encore.
+ en situation n | On Tricount, my flatmate added a line "cuddle for the cat: on the house", and I'm still laughing.

# triad 11
fr situation n | En rentrant, l'appart était nickel : ma coloc a fait mon tour de ménage pour me remercier de l'avoir aidée à déménager.
+ en situation n | When I got home the flat was spotless: my flatmate did my turn on the cleaning rota to thank me for helping her move.

# triad 12
en slang_emoji n | my flatmate renamed the wifi "Hands off my cheese" 😂 i'm dead
+ fr slang_emoji n | mon coloc a renommé le wifi « Touche pas à mon fromage » 😂 jsuis morte

# triad 13
fr situation n | Mon coloc a étendu mon linge avant de partir, et il a même assorti mes chaussettes par paires.
+ en situation n | My flatmate hung my washing out before leaving, and he even matched up my socks.

# triad 14
fr situation n | Mon mari a programmé un réveil à sept heures juste pour me chanter une chanson ridicule avant mon entretien.
+ en situation n | My husband set an alarm for seven just to sing me a ridiculous song before my interview.

# triad 15
en situation n | My boyfriend waited for me to start the final episode, popcorn and blanket already on the sofa.
+ fr situation n | Mon copain m'a attendue pour lancer le dernier épisode, avec le pop-corn et le plaid déjà prêts sur le canapé.

# triad 16
fr situation n | Ma femme m'a rendu la voiture avec le plein fait et un croissant qui m'attendait sur le siège passager.
+ en situation n | My wife gave me the car back with a full tank and a croissant waiting on the passenger seat.

# triad 17
fr situation n | Ma belle-mère est repartie en laissant trois bocaux de confiture et un petit mot adorable sur la table de la cuisine.
+ en situation n | My mother-in-law left behind three jars of jam and a sweet little note on the kitchen table.

# triad 18
en situation n | My husband made dinner when he got home, candles and all, on a plain old Tuesday.
+ fr situation n | Mon mari a préparé le dîner en rentrant, bougies et tout, un mardi soir comme les autres.

# triad 19
fr situation n | Mon copain m'a bordée comme une petite fille en me souhaitant bonne nuit avec une voix de conteur.
+ en situation n | My boyfriend tucked me in like a little girl and said goodnight in a storyteller's voice.

# triad 20
fr situation n | À la sortie de l'école, mon fils m'a présenté un petit garçon en disant : « C'est mon meilleur ami depuis ce midi. »
+ en situation n | At school pick-up, my son introduced a little boy: "He's been my best friend since lunchtime."

# triad 21
en situation n | My son did his homework on his own, then read me his essay about our dog, barking at all the right moments.
+ fr situation n | Mon fils a fait ses devoirs tout seul, puis il m'a lu sa rédaction sur notre chien en imitant ses aboiements.

# triad 22
fr situation n | À l'anniversaire de mon fils, les enfants ont fait une chenille autour du jardin en hurlant de rire. Mets-moi une ambiance.
+ en situation n | At my son's birthday party the kids did a conga round the garden, shrieking with laughter. Set the mood for me.

# triad 23
fr situation n | Mon ado a rangé sa chambre sans qu'on le lui demande, il a même ouvert les volets, et j'en souris encore.
+ en situation n | My teenager tidied his room without being asked, he even opened the shutters, and I'm still smiling about it.

# triad 24
en situation n | My son taught me his football game and lets me score, pretending not to notice.
+ fr situation n | Mon fils m'a appris à jouer à son jeu de foot, et il me laisse marquer en faisant semblant de rien.

# triad 25
fr situation n | Au bain, ma fille a fait une barbe de mousse à son papa, et ils ont ri jusqu'à faire déborder l'eau.
+ en situation n | At bath time my daughter gave her dad a bubble beard, and they laughed until the water slopped over the side.

# triad 26
fr situation n | Ma fille m'a emprunté mon vieux pull des années 90 et m'a dit que j'étais « trop stylée à l'époque ».
+ en situation n | My daughter borrowed my old nineties jumper and told me I was "so stylish back then".

# triad 27
en situation n | The baby slept through the night for the first time and greeted us this morning with a big gummy smile.
+ fr situation n | Le bébé a fait sa nuit pour la première fois, et il nous a accueillis ce matin avec un grand sourire sans dents.

# triad 28
fr situation n | Le robot aspirateur s'est coincé sous le canapé, et le chat est venu se coucher dessus comme pour le consoler.
+ en situation n | The robot hoover got stuck under the sofa, and the cat came and lay on top of it as if to comfort it.

# triad 29
fr situation n | J'ai lavé les vitres, le soleil entre à flots, et ma fille dit que la maison a mis des lunettes neuves.
+ en situation n | I cleaned the windows, the sun is pouring in, and my daughter says the house has got new glasses.

# triad 30
en situation n | The bin men honked and waved at my son, who waits for them at the window in his pyjamas every Thursday.
+ fr situation n | Les éboueurs ont klaxonné et fait coucou à mon fils, qui les attend chaque jeudi à la fenêtre en pyjama.

# triad 31
fr situation n | En vidant le congélateur, je suis tombée sur une boîte de lasagnes de maman : dîner trouvé, et il y a même du rab.
+ en situation n | Clearing out the freezer I came across a tub of Mum's lasagne: dinner sorted, with seconds to spare.

# triad 32
fr situation n | En triant le dressing, j'ai retrouvé la robe à pois que je cherchais depuis l'été dernier, et elle me va encore.
+ en situation n | Sorting out the wardrobe, I found the polka-dot dress I'd been looking for since last summer, and it still fits.

# triad 33
en situation n | My son tried the courgette gratin, declared it "nearly as good as chips", and had seconds.
+ fr situation n | Mon fils a goûté le gratin de courgettes, a décrété que c'était « presque aussi bon que des frites », et s'est resservi.

# triad 34
fr situation n | Le chauffeur du 38 dit bonjour à chacun, et ce matin il m'a souhaité bon courage pour mon premier jour, avec un pouce levé.
+ en situation n | The driver of the 38 says hello to everyone, and this morning he wished me luck on my first day with a thumbs-up.

# triad 35
fr situation n | Sur la piste cyclable, un papi en tandem avec son petit-fils m'a sonné un bonjour en chantant.
+ en situation n | On the cycle lane, a grandad on a tandem with his grandson rang his bell at me and sang hello.

# triad 36
en situation n | Stuck in traffic, an old man in the next car held up his dog in sunglasses, and we both cracked up.
+ fr situation n | Dans l'embouteillage, un papi dans la voiture d'à côté m'a montré son chien à lunettes de soleil, et on a ri tous les deux.

# triad 37
fr situation n | Dans le métro, un petit garçon a demandé à sa mère si le tunnel, c'était « la nuit du train », et tout le wagon a souri.
+ en situation n | On the metro a little boy asked his mum if the tunnel was "the train's night-time", and the whole carriage smiled.

# triad 38
fr situation n | Mon covoitureur avait un golden retriever à l'arrière qui m'a posé la tête sur l'épaule pendant tout le trajet.
+ en situation n | My car-share driver had a golden retriever in the back that rested its head on my shoulder the whole way.

# triad 39
en situation n | The conductor on the regional train helped an old lady with her shopping bags and gave her a mint.
+ fr situation n | Le contrôleur du TER a aidé une mamie à monter ses cabas et lui a offert un bonbon à la menthe.

# triad 40
fr typo n | qlqn a ecrit « bonne journee a tous » a la craie sur le trottoir devant chaque porte de la rue, trop mignon
+ en typo n | someone wrote "have a nice day evryone" in chalk on the pavement outside every door in the street, so cute

# triad 41
fr situation n | Le vieux quincaillier m'a expliqué comment fixer mon étagère en dessinant sur un bout de carton, et il m'a offert les chevilles.
+ en situation n | The old hardware-shop owner showed me how to put up my shelf by sketching on a scrap of cardboard, and threw in the wall plugs for free.

# triad 42
en situation n | The florist hummed as she wrapped my bouquet and added a flower for my son, who tucked it behind his ear.
+ fr situation n | La fleuriste a emballé mon bouquet en chantonnant et a ajouté une fleur pour mon fils, qui l'a glissée derrière son oreille.

# triad 43
fr situation n | La pharmacienne a trouvé le sirop à la fraise que mon fils adore, et elle lui a fait un clin d'œil complice.
+ en situation n | The pharmacist found the strawberry syrup my son loves and gave him a conspiratorial wink.

# triad 44
en situation n | The salesman swapped the toaster without a receipt and, laughing, even pointed me to the model that makes waffles.
+ fr situation n | Le vendeur a échangé le grille-pain sans ticket, et il m'a même conseillé en riant le modèle qui fait les gaufres.

# triad 45
fr situation n | La pizzeria a glissé des beignets offerts dans la livraison, avec « bon match ! » écrit sur le carton.
+ en situation n | The pizzeria slipped some free doughnuts into the delivery, with "enjoy the match!" written on the box.

# triad 46
en situation n | The plumber fixed the leak in ten minutes and showed my son how a U-bend works, with bubbles.
+ fr situation n | Le plombier a réparé la fuite en dix minutes et a montré à mon fils comment marche un siphon, avec des bulles.

# triad 47
fr situation n | Le technicien de la box a réglé le problème et en a profité pour montrer les appels vidéo à mamie, qui n'en revient pas.
+ en situation n | The broadband technician fixed the problem and, while he was at it, showed Granny how video calls work; she can't get over it.

# triad 48
fr situation n | À La Poste, la guichetière a vu que la lettre était pour ma grand-mère et a dessiné un petit cœur à côté du timbre.
+ en situation n | At the post office, the clerk saw the letter was for my grandmother and drew a little heart next to the stamp.

# triad 49
en situation n | The GP's receptionist recognised my voice and found me a slot tomorrow, signing off with "see you then, love".
+ fr situation n | La secrétaire du médecin a reconnu ma voix et m'a trouvé un créneau demain, avec un « à demain, ma belle ».

# triad 50
fr situation n | À la déchetterie, l'agent m'a aidé à décharger le vieux canapé, puis il a sauvé le lampadaire pour son atelier, ravi.
+ en situation n | At the tip, the attendant helped me unload the old sofa, then rescued the floor lamp for his workshop, delighted.

# triad 51
en situation n | Dad's home help taught him some Creole songs, and he sings them to me down the phone.
+ fr situation n | L'aide à domicile de papa lui a appris des chansons créoles, et il me les chante au téléphone.

# triad 52
fr situation n | Le chauffagiste a relancé la chaudière, et les enfants ont dansé autour du radiateur tiède en chantant.
+ en situation n | The heating engineer got the boiler going again, and the kids danced round the warm radiator, singing.

# triad 53
en situation n | Power cut tonight: dinner by head torch, and the kids told ghost stories that had us crying with laughter. Lights to match, please.
+ fr situation n | Panne de courant ce soir : dîner à la lampe frontale, et les enfants ont raconté des histoires de fantômes qui nous ont fait rire aux larmes. Lumières assorties, s'il te plaît.

# triad 54
fr situation n | On a repeint la chambre de la petite en jaune citron, et elle a dansé dedans avant même que ce soit sec.
+ en situation n | We painted the little one's bedroom lemon yellow, and she danced around in it before it was even dry.

# triad 55
en mixed n | Still wiped out from the week, but in a great mood: the water heater's fixed, first scalding shower in eight days, and I'm singing under it.
+ fr mixed n | Encore crevée de la semaine, mais de bonne humeur : le ballon d'eau chaude est réparé, première douche brûlante depuis huit jours, et je chante dessous.

# triad 56
fr situation n | J'ai cherché mes lunettes pendant vingt minutes, elles étaient sur ma tête, et toute la famille a éclaté de rire.
+ en situation n | I hunted for my glasses for twenty minutes, they were on my head, and the whole family burst out laughing.

# triad 57
fr situation n | J'ai sorti les draps en flanelle à carreaux, et les enfants ont plongé dedans en criant « c'est l'hiver ! ».
+ en situation n | I got out the checked flannel sheets, and the kids dived in shouting "it's winter!".

# triad 58
en situation n | At the playground, my son taught a smaller boy to swing on his own, very serious about it.
+ fr situation n | Au square, mon fils a appris à un plus petit à se balancer tout seul, très sérieux.

# triad 59
fr situation n | Dans la boîte à livres de ma rue, quelqu'un a déposé toute une série de BD pour enfants, et mon fils en lit une assis sur le trottoir en gloussant.
+ en situation n | Someone left a whole series of children's comics in the book box on my street, and my son is reading one sitting on the pavement, giggling.

# triad 60
en situation n | My nephew unwrapped his present and ran off to thank Father Christmas by hugging... the cat.
+ fr situation n | Mon neveu a déballé son cadeau et il est parti remercier le père Noël en faisant un câlin... au chat.

# triad 61
fr situation n | À l'AG de copro, la doyenne a apporté un cake, et tout le monde a voté en riant pour des fleurs dans le hall.
+ en situation n | At the residents' meeting, the oldest resident brought a loaf cake, and everyone laughingly voted for flowers in the hall.

# triad 62
en situation n | My husband left me the quiet study for my big call and slipped in a coffee and a square of chocolate.
+ fr situation n | Mon mari m'a laissé le bureau calme pour mon appel important, et il m'a glissé un café et un carré de chocolat.

# triad 63
fr situation n | Le voisin du cinquième m'a vue avec mes packs d'eau, et il me les a montés jusqu'à ma porte en sifflotant.
+ en situation n | The man from the fifth floor saw me with my packs of water and carried them up to my door, whistling.

# triad 64
fr situation n | En promenade, notre chien s'est assis net devant un hérisson et l'a regardé traverser, la tête penchée, sans un aboiement.
+ en situation n | On our walk, the dog sat down dead still in front of a hedgehog and watched it cross, head tilted, without a single bark.

# triad 65
en situation n | The workmen on our street let my son press the button on the digger, and he hasn't stopped talking about it.
+ fr situation n | Les ouvriers du chantier de la rue ont laissé mon fils appuyer sur le bouton de la pelleteuse, et il n'arrête pas d'en parler.

# triad 66
fr situation n | Le seul appel de la journée, c'était ma nièce de cinq ans qui voulait me dire qu'elle avait vu un papillon jaune.
+ en situation n | The only call all day was my five-year-old niece, ringing to tell me she'd seen a yellow butterfly.

# triad 67
en situation n | A blackbird sings on the aerial opposite every morning, and I whistle back at it while the coffee brews. Put on some music that goes with it.
+ fr situation n | Un merle chante tous les matins sur l'antenne d'en face, et je lui réponds en sifflant pendant que le café coule. Mets une musique qui va avec.

# triad 68
fr situation n | Au déjeuner du dimanche, ma nièce a fait le service en tablier, très sérieuse, en notant nos commandes sur un carnet.
+ en situation n | At Sunday lunch my niece played waitress in an apron, deadly serious, writing our orders in a notebook.

# triad 69
en situation n | At the car boot sale a little boy bought my old remote-control car, counting out his coins one by one, beaming.
+ fr situation n | Au vide-grenier, un petit garçon m'a acheté ma vieille voiture télécommandée en comptant ses pièces une à une, radieux.

# triad 70
fr situation n | Au drive, le jeune qui chargeait mon coffre a fait un check à mon fils à travers la vitre, et il en parle depuis.
+ en situation n | At the click-and-collect, the lad loading my boot fist-bumped my son through the window, and he's been talking about it ever since.

# triad 71
en situation n | The cobbler cut a spare key for me and hung it on a tiny shoe-shaped key ring, with a wink.
+ fr situation n | Le cordonnier m'a fait un double de clés et l'a accroché à un minuscule porte-clés en forme de chaussure, avec un clin d'œil.

# triad 72
fr situation n | Le bar d'en bas a offert le café à toute la rue pour ses dix ans, et le patron chantait derrière le comptoir.
+ en situation n | The bar downstairs gave the whole street free coffee for its tenth birthday, and the owner was singing behind the counter.

# triad 73
en slang_emoji n | the ice-cream van's driving round the estate playing its tune and every single kid comes running out 🍦😄
+ fr slang_emoji n | le camion de glaces fait le tour du lotissement avec sa musique et tous les gosses sortent en courant 🍦😄

# triad 74
fr situation n | Nos amis sont arrivés pour le dîner avec un gâteau en forme de chat, décoré par leurs deux filles.
+ en situation n | Our friends turned up for dinner with a cat-shaped cake decorated by their two daughters.

# triad 75
fr situation n | Notre aide-ménagère a plié les serviettes en forme de cygnes sur le lit, comme à l'hôtel, et les enfants les montrent à tout le monde en gloussant.
+ en situation n | Our cleaner folded the towels into swans on the bed, like in a hotel, and the kids keep showing them off, giggling.

# triad 76
en situation n | My friend gave back my novel with a handmade bookmark and a little note tucked in at the last page.
+ fr situation n | Mon ami m'a rendu mon roman avec un marque-page fait main et un petit mot glissé à la dernière page.

# triad 77
fr situation n | Au retour du foot, les quatre enfants chantaient « on est les champions » à l'arrière, pour un match nul.
+ en situation n | On the way back from football the four kids were singing "we are the champions" in the back, after a draw.

# triad 78
fr situation n | Mes parents ont gardé les enfants, ils ont planté des radis ensemble, et les petits me montrent les étiquettes tout fiers.
+ en situation n | My parents looked after the kids, they planted radishes together, and the little ones proudly show me the labels.

# triad 79
fr situation n | On a gonflé la petite piscine dans le jardin, et le chien a sauté dedans le premier, sous les cris de joie des enfants.
+ en situation n | We blew up the paddling pool in the garden, and the dog jumped in first while the kids squealed.

# triad 80
en situation n | My six-year-old emptied the dishwasher to help and put the spoons away in the fridge; we're still laughing.
+ fr situation n | Mon fils de six ans a vidé le lave-vaisselle pour m'aider et il a rangé les cuillères dans le frigo ; on en rit encore.
"""

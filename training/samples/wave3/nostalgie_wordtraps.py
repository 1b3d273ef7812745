"""nostalgie: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Un cornet vanille-fraise sur la digue, et me voilà en 1992, les doigts collants, papa qui riait de ma moustache de glace.
+ en situation n | A vanilla-strawberry cone on the seafront, and I'm back in 1992, sticky fingers, Dad laughing at my ice-cream moustache.
fr situation l | Ce soleil d'avril sur la cour me rappelle les récrés de l'école primaire, les billes et les genoux écorchés.
+ en situation l | This April sun on the courtyard takes me back to primary-school playtimes, marbles and grazed knees.
fr situation n | Ma fille rit exactement comme ma mère riait quand j'étais petite, et ça me ramène trente ans en arrière.
+ en situation n | My daughter laughs exactly the way my mother used to when I was little, and it takes me back thirty years.
fr situation n | Le gâteau au yaourt de ce matin avait le goût de ceux qu'on faisait avec mamie le mercredi, tout mesuré au pot.
+ en situation n | This morning's yoghurt cake tasted like the ones we made with Granny on Wednesdays, everything measured with the pot.
fr situation n | En retrouvant le panier en osier de mon enfance, j'ai revu la nappe à carreaux des pique-niques au bord de la Loire.
+ en situation n | Finding the wicker basket from my childhood, I saw the checked tablecloth of our picnics by the Loire again.
fr situation l | Les dimanches chez tante Odile, avec ses blagues nulles et le poulet-frites... ça me manque un peu ce soir. Mets quelque chose de doux.
+ en situation l | Sundays at Aunt Odile's, with her terrible jokes and roast chicken and chips... I miss it a bit tonight. Put on something soft.
fr typo n | jviens de retrouver une carte postale de colo 1998 "jmamuse bien bisous" trop mignon, c'etait le bon temps
+ en typo n | just found a postcard from summer camp 1998 "having fun love you" so cute, those were the days
fr situation n | Sur la photo de la fête des voisins de 1996, tout l'immeuble sourit autour de la table ; je la regarde depuis une heure.
+ en situation n | In the photo of the 1996 street party, the whole building is smiling around the table; I've been looking at it for an hour.
# trap words from curiosite
fr situation n | Je suis retombé sur mon vieux coffret de chimiste, et je me suis revu à dix ans faire des volcans dans la cuisine de maman.
+ en situation n | I came across my old chemistry set and saw myself at ten, making volcanoes in Mum's kitchen.
fr situation n | Dans une brocante, l'encyclopédie que je dévorais le soir chez mes grands-parents, avec les mêmes couvertures rouges.
+ en situation n | At a car-boot sale, the encyclopedia I used to devour in the evenings at my grandparents', with the same red covers.
fr situation n | Au muséum, devant le même squelette de baleine qu'en sortie scolaire de CE2, j'ai revu toute ma classe et la maîtresse Gisèle.
+ en situation n | At the natural history museum, in front of the same whale skeleton as on our Year 3 school trip, I saw my whole class and Miss Gisèle again.
fr situation n | Mon fils me demande pourquoi le ciel est bleu, et j'entends mon grand-père me répondre sur le banc du jardin, il y a trente ans.
+ en situation n | My son asks me why the sky is blue, and I hear my grandfather answering me on the garden bench thirty years ago.
fr situation l | J'ai relu mon cahier d'expériences de quatrième, avec les dessins de grenouilles et les taches de colle. Quelle époque.
+ en situation l | I reread my Year 9 science notebook, with the frog drawings and the glue stains. What a time that was.
fr situation n | En visitant le nouveau planétarium, j'ai repensé aux nuits d'été à chercher la Grande Ourse avec papa au milieu du champ.
+ en situation n | Visiting the new planetarium, I thought back to summer nights looking for the Plough with Dad in the middle of the field.
fr situation n | Mes premières questions d'informatique, je les posais sur des forums en 2003, avec un modem qui sifflait ; ce bruit me manque presque.
+ en situation n | I asked my first computer questions on forums in 2003, with a modem that screeched; I almost miss that noise.
fr slang_emoji n | retrouvé mes vieux Science & Vie Junior au grenier 🥹 je voulais tout savoir sur les dinos à l'époque
+ en slang_emoji n | found my old kids' science mags in the attic 🥹 I wanted to know everything about dinosaurs back then
# trap words from detente
fr situation n | Le grincement d'un hamac, et je suis de nouveau dans le jardin de mes grands-parents, les après-midis d'août à Quimper.
+ en situation n | The creak of a hammock, and I'm back in my grandparents' garden on those August afternoons in Quimper.
fr situation n | Les siestes d'été chez tata, volets mi-clos et ventilateur qui ronronne : tout m'est revenu en entendant des cigales dans un film.
+ en situation n | Summer naps at my auntie's, shutters half-closed and the fan humming: it all came back when I heard cicadas in a film.
fr situation n | La plage de Saint-Malo sur une vieille diapo : papa en short rouge, maman en chapeau de paille, et moi avec mon seau. C'était 1979.
+ en situation n | Saint-Malo beach on an old slide: Dad in red shorts, Mum in a straw hat, and me with my bucket. It was 1979.
fr situation l | Les longues soirées sur le perron, quand on n'avait rien d'autre à faire qu'écouter les grillons... j'y repense souvent maintenant.
+ en situation l | Those long evenings on the porch, when we had nothing to do but listen to the crickets... I think back to them a lot now.
fr situation n | Un bain moussant à la pomme verte, la même marque qu'à la maison quand j'avais huit ans, et tout revient d'un coup.
+ en situation n | A green-apple bubble bath, the same brand we had at home when I was eight, and it all comes flooding back.
fr situation n | Le camping des Flots Bleus, la caravane beige et la belote du soir : j'ai retrouvé la photo de l'été 1985. Lumière ambrée, s'il te plaît.
+ en situation n | The Flots Bleus campsite, the beige caravan and the card games at night: I found the photo from summer 1985. Amber light, please.
fr mixed l | Je suis bien posé sur le canapé, mais ce dessin animé des années 90 me renvoie surtout à mes mercredis chez mamie.
+ en mixed l | I'm nicely settled on the sofa, but this 90s cartoon mostly sends me back to my Wednesdays at Granny's.
fr situation n | Le calme d'une église de village m'a rappelé les dimanches de mon enfance, les bancs froids et la main de ma mère.
+ en situation n | The stillness of a village church reminded me of the Sundays of my childhood, the cold pews and my mother's hand.
# trap words from euphorie
fr situation n | À la radio, le tube de l'été 1998 : je revois la boum dans le garage de Julien et les slows sous la boule à facettes.
+ en situation n | The summer hit of 1998 on the radio: I can see the party in Julien's garage and the slow dances under the disco ball.
fr situation n | J'ai retrouvé mon bracelet des Vieilles Charrues 2004, tout délavé. On avait vingt ans et la vie devant nous.
+ en situation n | I found my faded wristband from a 2004 festival. We were twenty with our whole lives ahead of us.
fr situation n | Le billet de mon premier concert, Téléphone au Zénith, est encore dans mon portefeuille ; je souris chaque fois que je le déplie.
+ en situation n | The ticket from my first gig, Téléphone at the Zénith, is still in my wallet; I smile every time I unfold it.
fr situation n | Une vidéo du réveillon de l'an 2000, tout le monde en paillettes dans le salon de Sophie... On était jeunes, on était fous.
+ en situation n | A video of New Year's Eve 2000, everyone in glitter in Sophie's living room... We were young, we were crazy.
fr situation l | En passant devant l'ancienne boîte de nuit devenue supermarché, je repense à nos samedis soir des années 80.
+ en situation l | Walking past the old nightclub that's now a supermarket, I think back to our Saturday nights in the 80s.
fr situation n | Les photos de notre mariage en 2001 : la chenille jusqu'à l'aube, et tonton Gérard avec sa cravate sur la tête.
+ en situation n | Our wedding photos from 2001: the conga line until dawn, and Uncle Gérard with his tie round his head.
fr typo n | réécouté les cd de dance 90 de mon frere ce soir, jme revois au bal du lycee avec mes baskets lumineuses, que de souvenirs
+ en typo n | listened to my brothers 90s dance cds again tonight, i can see myself at the school dance in my light-up trainers, so many memories
fr situation n | Le carnaval de Dunkerque à la télé, et je me revois sur les épaules de papa, couvert de confettis, en 1987.
+ en situation n | The Dunkirk carnival on TV, and I see myself on Dad's shoulders, covered in confetti, in 1987.
# trap words from reverie
fr situation n | J'ai rêvé cette nuit de la cour de ferme de mes grands-parents, les poules, l'odeur du foin ; ça m'a suivi toute la journée.
+ en situation n | Last night I dreamt of my grandparents' farmyard, the hens, the smell of hay; it stayed with me all day.
fr situation n | Les étoiles phosphorescentes de ma chambre d'ado brillent toujours au plafond chez mes parents ; je les ai regardées comme à quinze ans.
+ en situation n | The glow-in-the-dark stars from my teenage bedroom still shine on the ceiling at my parents'; I looked at them like I did at fifteen.
fr situation n | Allongé dans l'herbe, j'ai repensé aux étés à Châtel où mon frère et moi donnions des noms aux nuages.
+ en situation n | Lying in the grass, I thought back to those summers in Châtel when my brother and I gave names to the clouds.
fr situation n | On rêvait de devenir astronautes avec Karim, en CM2 ; je viens de retrouver nos dessins de fusée dans un carton.
+ en situation n | Karim and I dreamed of being astronauts in Year 6; I've just found our rocket drawings in a box.
fr situation l | La berceuse que ma mère me chantait, entendue par hasard dans un magasin, et me voilà dans mon petit lit à barreaux.
+ en situation l | The lullaby my mother used to sing me, heard by chance in a shop, and I'm back in my little cot.
fr situation n | La lune sur le lac ce soir ressemble à celle de nos nuits de camping en Ardèche, en 1995, quand on dormait à la belle étoile.
+ en situation n | The moon on the lake tonight looks like the one from our camping nights in the Ardèche in 1995, when we slept under the stars.
fr situation n | Trente ans après notre départ de Tunis, je sens encore l'odeur des tartines grillées dans la cuisine de La Marsa.
+ en situation n | Thirty years after we left Tunis, I can still smell the toast in the kitchen at La Marsa.
fr negation n | Je ne rêvasse pas, je me souviens : le banc de la place, les copains, nos mobylettes, l'été de nos seize ans.
+ en negation n | I'm not daydreaming, I'm remembering: the bench on the square, the gang, our mopeds, the summer we were sixteen.
# trap words from victoire
fr situation n | En vidant l'armoire, ma petite médaille de natation de 1989 : j'ai revu la piscine de Vichy et maman dans les gradins.
+ en situation n | Clearing out the wardrobe, my little swimming medal from 1989: I saw the Vichy pool again and Mum in the stands.
fr situation n | La coupe cabossée de notre équipe de poussins trône toujours chez notre ancien entraîneur ; on a reparlé de ces samedis pendant des heures.
+ en situation n | Our under-tens team's dented cup still sits at our old coach's house; we talked about those Saturdays for hours.
fr situation n | La photo de la remise des diplômes de 2006, avec nos toges trop grandes... Ça paraît hier, et en même temps il y a une éternité.
+ en situation n | The 2006 graduation photo, with our oversized gowns... It feels like yesterday and a lifetime ago at once.
fr situation n | J'ai revu le but de Zidane en 98 et je me suis revu dans le salon de mon oncle, avec toute la famille entassée sur le canapé.
+ en situation n | I watched Zidane's goal from '98 again and saw myself in my uncle's living room, the whole family squashed on the sofa.
fr situation l | Mon premier bulletin avec les félicitations, encore dans la pochette de maman. Elle avait tout gardé, même mes dessins.
+ en situation l | My first school report with top marks, still in Mum's folder. She'd kept everything, even my drawings.
fr situation n | J'ai retrouvé le flot du premier prix de gymkhana de mon poney Pistache, et l'odeur du club hippique m'est revenue.
+ en situation n | I found the first-prize rosette from my pony Pistache's gymkhana, and the smell of the riding stables came back to me.
fr situation n | On a regardé les vieilles cassettes du championnat de basket de 1994, quand papa entraînait encore le club du village. Mets une lumière dorée.
+ en situation n | We watched the old tapes of the 1994 basketball championship, back when Dad still coached the village club. Put on a golden light.
fr slang_emoji n | mon diplôme du brevet est encadré chez mamie depuis 2008 😭❤️ elle était tellement fière, ça me ramène direct au collège
+ en slang_emoji n | my school certificate has been framed at grandma's since 2008 😭❤️ she was so proud, takes me straight back to middle school
# trap words from colere
fr situation n | Je souris en repensant aux engueulades de papa quand on tapait dans le ballon contre la porte du garage, chaque été.
+ en situation n | I smile thinking back to Dad yelling at us for kicking the ball against the garage door, every summer.
fr situation n | Ma sœur et moi, on se disputait la place près de la fenêtre dans la 205 ; maintenant on en rit au téléphone.
+ en situation n | My sister and I used to fight over the window seat in the old Peugeot; now we laugh about it on the phone.
fr situation n | La prof de maths qui criait « Dubois, au tableau ! », je l'entends encore chaque fois que je tiens une craie.
+ en situation n | The maths teacher shouting "Dubois, to the board!", I still hear her every time I pick up a piece of chalk.
fr situation l | Les portes qui claquaient dans la maison de mon adolescence... j'y repense aujourd'hui avec une drôle de tendresse.
+ en situation l | The slamming doors in the house I grew up in as a teenager... I think back to them now with a funny kind of tenderness.
fr situation n | Le vieux voisin qui hurlait quand nos ballons tombaient dans ses tomates, je le regrette presque aujourd'hui.
+ en situation n | The old neighbour who'd yell when our balls landed in his tomatoes, I almost miss him now.
fr situation n | Les batailles d'oreillers au dortoir de la colo de 1996, la monitrice furieuse en pyjama... que de souvenirs.
+ en situation n | Pillow fights in the dorm at the 1996 summer camp, the furious counsellor in her pyjamas... so many memories.
fr negation n | Non, je n'en veux pas à mon ancien quartier ; j'ai juste le cœur serré en pensant à nos étés au pied des tours.
+ en negation n | No, I hold nothing against my old neighbourhood; my heart just aches a little thinking of our summers at the foot of the tower blocks.
fr situation n | Mamie grondait si on mangeait la pâte crue, et je l'entends encore chaque fois que je lèche la cuillère.
+ en situation n | Granny used to scold us for eating raw cake mix, and I still hear her every time I lick the spoon.
# trap words from inquietude
fr situation n | Je repense au stress du bac en 2002, aux révisions sur la terrasse avec Léa, et ça me fait sourire maintenant.
+ en situation n | I think back to the stress of my final exams in 2002, revising on the terrace with Léa, and it makes me smile now.
fr situation n | Maman s'inquiétait dès qu'on rentrait après l'allumage des lampadaires ; je revois la rue de Villeurbanne à la tombée du jour.
+ en situation n | Mum would worry if we got home after the streetlights came on; I can see that street in Villeurbanne at dusk.
fr situation n | Les nuits blanches avant les partiels, avec la coloc de Grenoble et les pâtes au ketchup : c'était le bon temps.
+ en situation n | All-nighters before exams, with the Grenoble flatmates and pasta with ketchup: those were the good old days.
fr situation n | Ma première garde d'interne, j'avais tellement peur... En retrouvant ma blouse de l'époque, j'ai souri à la jeune fille que j'étais.
+ en situation n | My first night shift as a junior doctor, I was so scared... Finding my old white coat, I smiled at the young woman I used to be.
fr situation n | Le vieux carnet de santé, les visites chez le docteur Martin et ses bonbons au miel après les piqûres... c'est si loin.
+ en situation n | The old health booklet, the visits to Dr Martin and his honey sweets after the jabs... it's all so long ago.
fr situation l | On attendait les résultats du brevet collés sur la grille du collège, tous ensemble ; ce souvenir m'est revenu devant une école.
+ en situation l | We used to wait together for the exam results pinned to the school gate; that memory came back to me outside a school.
fr situation n | Le trac de mon premier rendez-vous avec Marc, au café de la gare en 1983 ; on y est retournés hier, quarante ans après.
+ en situation n | The jitters of my first date with Marc, at the station café in 1983; we went back there yesterday, forty years on.
fr mixed n | Un peu d'appréhension à l'idée du dîner de promo, mais surtout l'envie de retrouver le parfum de nos années de lycée.
+ en mixed n | A little nervous about the class reunion dinner, but mostly longing to get back the feel of our school years.
# trap words from panique
fr situation n | L'orage d'hier soir m'a rappelé quand on se cachait tous sous la couette de maman, mes trois frères et moi, en riant de peur.
+ en situation n | Last night's thunderstorm reminded me of when we'd all hide under Mum's duvet, my three brothers and me, giggling with fright.
fr situation n | Ma première voiture, la vieille Clio qui tombait en panne sur l'autoroute... on riait tellement, je l'aimais, cette poubelle.
+ en situation n | My first car, the old Clio that kept breaking down on the motorway... we laughed so much, I loved that heap.
fr situation n | Une sirène de pompiers me ramène aux samedis où papa, pompier volontaire, m'emmenait à la caserne.
+ en situation n | A fire engine siren takes me back to the Saturdays when Dad, a volunteer firefighter, took me to the station.
fr situation n | On hurlait de peur dans le train fantôme de la foire de Nantes, chaque été, avec mes cousins ; j'ai retrouvé les tickets dans un album.
+ en situation n | We'd scream in the ghost train at the Nantes fair every summer with my cousins; I found the tickets in an album.
fr situation n | Une odeur de feu de bois, et me voilà en 1991 au camp scout, nos vêtements qui sentaient la fumée pendant trois jours.
+ en situation n | A whiff of woodsmoke, and I'm back at scout camp in 1991, our clothes smelling of smoke for three days.
fr situation l | Le jour où je me suis perdu au souk de Marrakech, à six ans, est devenu l'histoire préférée de la famille ; je la raconte à mon fils.
+ en situation l | The day I got lost in the Marrakech souk at six became the family's favourite story; I tell it to my son now.
fr situation n | Le film d'horreur qui nous terrifiait en VHS chez Nico, je l'ai revu ce soir : toutes nos soirées pizza me sont revenues.
+ en situation n | The horror film that terrified us on VHS at Nico's, I watched it again tonight: all our pizza nights came back to me.
fr typo n | retrouvé la photo de la tempete de 99 dans le jardin de papi, larbre couché et nous les gamins assis dessus, que de souvenirs
+ en typo n | found the photo of the 99 storm in grandads garden, the fallen tree and us kids sitting on it, so many memories
# trap words from suspense
fr situation n | Attendre le facteur pendant des semaines pour une lettre de ma correspondante anglaise... ce temps-là me manque un peu.
+ en situation n | Waiting weeks for the postman to bring a letter from my French pen pal... I miss those days a little.
fr situation n | Le générique de Dallas, et me revoilà le mardi soir chez mes grands-parents, à attendre la suite avec mamie en chemise de nuit.
+ en situation n | The Dallas theme tune, and I'm back at my grandparents' on Tuesday nights, waiting for the next episode with Granny in her nightie.
fr situation n | Les épisodes qu'on attendait toute la semaine, sans pouvoir tout regarder d'un coup : j'ai retrouvé mes vieilles cassettes du Club Dorothée.
+ en situation n | The episodes we waited all week for, no bingeing back then: I found my old Saturday-morning cartoon tapes.
fr situation n | La finale de 98 devant la petite télé du camping, tout le monde retenait son souffle ; on en parle encore à chaque réunion de famille.
+ en situation n | The '98 final on the little campsite TV, everyone holding their breath; we still talk about it at every family get-together.
fr situation l | Ouvrir l'enveloppe des résultats à la poste du village, avec papa à côté : ça m'est revenu en recevant un recommandé.
+ en situation l | Opening the results envelope at the village post office with Dad beside me: it came back to me when a registered letter arrived.
fr situation n | Il fallait attendre une semaine chez le photographe pour voir nos photos de vacances ; j'ai retrouvé les pochettes Kodak jaunes.
+ en situation n | You had to wait a week at the photo shop to see your holiday pictures; I found the yellow Kodak envelopes.
fr situation n | Le calendrier de l'Avent en carton de mon enfance, la petite fenêtre chaque matin... j'en ai racheté un pareil, par tendresse.
+ en situation n | The cardboard Advent calendar of my childhood, a little window every morning... I bought one just like it, out of fondness.
fr slang_emoji n | qui se souvient des cliffhangers de la trilogie du samedi ?? 📺 j'attendais la semaine entière, quelle époque 🥲
+ en slang_emoji n | who remembers the cliffhangers on saturday night tv?? 📺 i waited the whole week, what a time 🥲
# trap words from tristesse
fr situation n | Grand-père est mort il y a quinze ans, mais une odeur de tabac à pipe dans la rue m'a ramené tout doucement sur ses genoux.
+ en situation n | Grandpa died fifteen years ago, but a whiff of pipe tobacco in the street gently carried me back onto his knee.
fr situation n | Sur la tombe de mamie, j'ai raconté aux enfants ses crêpes du mardi gras et ses histoires de loups ; on a tous souri.
+ en situation n | At Granny's grave I told the kids about her Shrove Tuesday pancakes and her wolf stories; we all smiled.
fr situation n | Ces larmes devant les vieux films super 8 de papa, ce sont des larmes douces : nos étés en Vendée, en 1976.
+ en situation n | These tears over Dad's old cine films are gentle ones: our summers in the Vendée, 1976.
fr situation n | Rocky, notre vieux chien, est parti en 2010, mais sa gamelle retrouvée au grenier m'a rappelé toutes nos balades en forêt.
+ en situation n | Rocky, our old dog, passed in 2010, but finding his bowl in the attic reminded me of all our walks in the woods.
fr situation l | Ma ville natale me manque : le marché du jeudi, l'accent des voisins, le pain de la boulangerie Fabre. Mets-moi une ambiance qui va avec.
+ en situation l | I miss my home town: the Thursday market, the neighbours' accent, the bread from Fabre's bakery. Set the mood to match.
fr situation n | L'école de mon enfance a fermé il y a longtemps, et en passant devant j'ai revu la maîtresse et nos tabliers bleus.
+ en situation n | My childhood school closed long ago, and walking past it I saw the teacher and our blue smocks again.
fr situation n | Vingt ans après son départ, j'ai rouvert le cahier de recettes de ma mère ; son écriture penchée m'a serré le cœur, tendrement.
+ en situation n | Twenty years after she passed, I opened my mother's recipe book again; her slanted handwriting tugged at my heart, tenderly.
fr situation n | Mon premier amour, perdu de vue depuis 1989 : en entendant notre chanson, j'ai revu le bal du 14 juillet et sa robe jaune.
+ en situation n | My first love, lost touch since 1989: hearing our song, I saw the Bastille Day dance and her yellow dress again.
"""

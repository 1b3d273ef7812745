"""inquietude: third wave, triads with colere and panique (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Une légère odeur de gaz revient par moments près de la cuisinière, et le technicien ne passe que jeudi.
+ en situation n | A faint smell of gas keeps coming back near the cooker, and the engineer can't come until Thursday.

# triad 02
en situation n | The gas water heater in the bathroom has no vent at all, and we still don't have a carbon monoxide alarm.
+ fr situation n | Le chauffe-eau à gaz de la salle de bain n'a aucune aération, et on n'a toujours pas de détecteur de monoxyde.

# triad 03
fr situation n | Mamie tient à prendre ses bains seule, alors qu'elle a de plus en plus de mal à sortir de la baignoire.
+ en situation n | Grandma insists on taking her baths alone, though she finds it harder and harder to get out of the tub.

# triad 04
fr situation n | Le petit commence à ouvrir les placards, et les capsules de lessive sont rangées sous l'évier.
+ en situation n | The little one has started opening cupboards, and the laundry pods are kept under the sink.

# triad 05
en situation n | My son's getting a lift home from a party tonight with a friend who only just passed his test.
+ fr situation n | Mon fils rentre de soirée cette nuit avec un copain qui vient tout juste d'avoir son permis.

# triad 06
fr situation n | Le rack de palettes penche un peu plus chaque semaine, et le contrôle de sécurité n'est prévu qu'en mars.
+ en situation n | The pallet rack leans a bit more every week, and the safety inspection isn't until March.

# triad 07
fr situation n | Une trottinette bas de gamme charge toute la nuit dans le couloir : si elle prend feu, on ne pourra plus sortir.
+ en situation n | A cheap scooter charges all night in the hallway: if it catches fire, we won't be able to get out.

# triad 08
en situation n | My penicillin allergy isn't mentioned anywhere in the clinic's file, and I'm having surgery tomorrow.
+ fr situation n | Mon allergie à la pénicilline n'apparaît nulle part dans le dossier de la clinique, et je suis opérée demain.

# triad 09
fr situation n | Le portillon de la piscine ne se ferme plus bien, et les petits-enfants arrivent samedi pour une semaine.
+ en situation n | The pool gate doesn't latch properly any more, and the grandchildren arrive on Saturday for a week.

# triad 10
fr situation n | Mon fils de dix ans parle chaque soir sur son jeu en ligne avec un « copain » que personne n'a vu.
+ en situation n | Every evening my ten-year-old chats on his online game with a 'friend' nobody has ever seen.

# triad 11
en situation n | Snow warning tonight, and my husband has to drive home over the pass on summer tyres.
+ fr situation n | Alerte neige cette nuit, et mon mari doit rentrer par le col avec des pneus d'été.

# triad 12
fr situation n | On traverse la baie à pied demain, et personne dans le groupe ne sait lire les horaires de marée. Mets une ambiance qui colle.
+ en situation n | We're crossing the bay on foot tomorrow, and nobody in the group knows how to read a tide table. Set the mood for that.

# triad 13
fr situation n | Mon fils skie toute la semaine avec un sac aux sangles qui pendent, et il prend le télésiège seul.
+ en situation n | My son's skiing all week with a backpack with dangling straps, and he takes the chairlift on his own.

# triad 14
en situation n | Bare wires still stick out of the bedroom wall, and the electrician can't come back for three weeks.
+ fr situation n | Des fils dénudés dépassent encore du mur de la chambre, et l'électricien ne peut pas revenir avant trois semaines.

# triad 15
fr situation n | Mon mari part demain avec le bébé par 38 degrés, et la clim de la voiture ne marche plus.
+ en situation n | My husband's driving off with the baby tomorrow in 38 degrees, and the car's air con is broken.

# triad 16
fr situation n | Risque d'incendie maximal cette semaine, et notre camping est entouré de pins, avec une seule route de sortie.
+ en situation n | Fire risk is at its highest this week, and our campsite is surrounded by pines with only one road out.

# triad 17
en situation n | The fifth-floor window box hangs crooked right above the entrance the kids use every day.
+ fr situation n | La jardinière du cinquième pend de travers juste au-dessus de l'entrée où passent les enfants.

# triad 18
fr situation n | La javel et le détartrant sont sur la même étagère, et la nouvelle femme de ménage risque de les mélanger un jour.
+ en situation n | The bleach and the descaler sit on the same shelf, and one day the new cleaner might mix them.

# triad 19
fr situation n | Dès lundi je vais au travail à vélo, et ma rue est pleine de camions de livraison qui tournent sans regarder.
+ en situation n | From Monday I'm cycling to work, and my street is full of delivery lorries that turn without looking.

# triad 20
en situation n | The manhole cover outside the school tips when you step on it, and the kids jump on it every day.
+ fr situation n | La plaque d'égout devant l'école bascule quand on marche dessus, et les enfants sautent dessus tous les jours.

# triad 21
fr situation n | Les grandes étagères de la médiathèque tanguent quand on tire un livre, et le coin des petits est juste dessous.
+ en situation n | The library's tall shelves sway when you pull out a book, and the little ones' corner is right underneath.

# triad 22
en situation n | Grandpa's starting to get lost in his own neighbourhood, and he won't wear the GPS watch.
+ fr situation n | Papi commence à se perdre dans son propre quartier, et il refuse de porter la montre GPS.

# triad 23
fr situation n | Le chat adore dormir dans le tambour de la machine, et mon coloc ne regarde jamais avant de la lancer.
+ en situation n | The cat loves sleeping in the washing machine drum, and my flatmate never looks before switching it on.

# triad 24
fr situation n | Le portail ne se referme plus tout seul, et le chien guette la moindre occasion pour filer vers la route.
+ en situation n | The gate doesn't close by itself any more, and the dog's just waiting for a chance to bolt for the road.

# triad 25
en situation n | At seventy-eight, Dad still mows the steep bank on the old tractor with no roll bar.
+ fr situation n | À soixante-dix-huit ans, papa fauche encore le talus en pente avec le vieux tracteur sans arceau.

# triad 26
fr situation n | Demain on part en paddle avec les enfants, et la balade longe le chenal où passent les ferries.
+ en situation n | Tomorrow we're going paddleboarding with the kids, and the route runs along the ferry channel.

# triad 27
fr situation n | Orages annoncés dès 14 h, et la traversée de l'arête fait quatre heures de marche sans aucun abri.
+ en situation n | Storms forecast from 2 p.m., and the ridge traverse is four hours' walking with no shelter at all.

# triad 28
en situation n | The smart lock jams about once a week, and the nanny always goes out with the baby without a key.
+ fr situation n | La serrure connectée se bloque environ une fois par semaine, et la nounou sort toujours avec le bébé sans clé.

# triad 29
fr situation n | Mon ex a encore des photos intimes de moi sur son téléphone, et il m'en veut depuis la rupture.
+ en situation n | My ex still has intimate photos of me on his phone, and he's been bitter since we broke up.

# triad 30
fr situation l | Demain on prend le bateau pour l'île, et l'agence semble vendre deux fois plus de places qu'il n'y en a.
+ en situation l | Tomorrow we take the boat to the island, and the agency seems to be selling twice as many seats as there are.

# triad 31
en situation n | Mum is on oxygen at home, and they're talking about rolling power cuts this winter.
+ fr situation n | Maman est sous oxygène à la maison, et on parle de coupures de courant tournantes cet hiver.

# triad 32
fr situation n | Ma fille part trois semaines en colo, avec de longs trajets en car et des animateurs qui ont tous dix-neuf ans.
+ en situation n | My daughter's off to summer camp for three weeks, with long coach trips and leaders who are all nineteen.

# triad 33
fr situation n | Dès lundi mon fils rentre seul de l'école, et le chemin passe par le parc désert.
+ en situation n | From Monday my son walks home from school on his own, and the way goes through the deserted park.

# triad 34
en situation n | My daughter's going to her first student party tonight, and people say drinks get spiked at that bar.
+ fr situation n | Ma fille va à sa première soirée étudiante ce soir, et on parle de verres drogués dans ce bar.

# triad 35
fr situation l | Le fichier des salaires traîne sur le serveur partagé sans mot de passe, n'importe qui peut tomber dessus.
+ en situation l | The salary spreadsheet is sitting on the shared drive with no password; anyone could stumble on it.

# triad 36
fr situation n | Demain on refait la toiture sous la pluie annoncée, et les harnais n'ont toujours pas été livrés.
+ en situation n | Tomorrow we're redoing the roof in the forecast rain, and the harnesses still haven't been delivered.

# triad 37
en situation n | My brother works under his car every weekend, propped up on an old jack that leans to one side.
+ fr situation n | Mon frère bricole sous sa voiture tous les week-ends, posée sur un vieux cric qui penche.

# triad 38
fr situation n | Plus que deux stylos d'insuline pour mon fils, et la pharmacie annonce une rupture jusqu'à la fin du mois.
+ en situation n | Only two insulin pens left for my son, and the pharmacy says they're out of stock until the end of the month.

# triad 39
fr situation n | Hier maman avait des fourmis dans le bras et cherchait ses mots, puis plus rien, et elle refuse de consulter.
+ en situation n | Yesterday Mum had pins and needles in her arm and struggled for words, then nothing, and she won't see a doctor.

# triad 40
en situation n | Third knock to the head this season for my son, and the coach wants him to play on Saturday.
+ fr situation n | Troisième choc à la tête de la saison pour mon fils, et l'entraîneur veut le faire jouer samedi.

# triad 41
fr situation n | Festival en plein cagnard ce week-end, trente-six degrés annoncés et presque pas d'ombre sur le site.
+ en situation n | Festival in the blazing sun this weekend, thirty-six degrees forecast and hardly any shade on site.

# triad 42
en situation n | The rental car's tyres are almost bald, and tomorrow we start on the mountain roads.
+ fr situation n | Les pneus de la voiture de location sont presque lisses, et demain on attaque les routes de montagne.

# triad 43
fr situation n | Mon fils dit que le chauffeur du car scolaire regarde souvent son téléphone sur la nationale.
+ en situation n | My son says the school bus driver often looks at his phone on the main road.

# triad 44
en situation n | Our pitch is right on the riverbank, and they're forecasting storms upstream all night.
+ fr situation n | Notre emplacement est juste au bord du torrent, et ils annoncent des orages toute la nuit en amont.

# triad 45
fr situation n | Papa veut tailler le cerisier lui-même ce week-end, sur sa vieille échelle bancale.
+ en situation n | Dad wants to prune the cherry tree himself this weekend, on his wobbly old ladder.

# triad 46
fr situation n | Le tapis de course de la salle accélère tout seul par moments, et ma mère y marche tous les matins.
+ en situation n | The gym treadmill sometimes speeds up by itself, and my mum walks on it every morning.

# triad 47
en situation n | My daughter's whole class is talking about that breath-holding challenge, and she's on her phone for hours.
+ fr situation n | Toute la classe de ma fille parle de ce défi où on bloque sa respiration, et elle passe des heures sur son téléphone.

# triad 48
fr situation n | L'escalator du centre commercial fait des à-coups, et ma mère le prend toujours avec son déambulateur.
+ en situation n | The shopping centre escalator keeps jolting, and my mum still takes it with her walking frame.

# triad 49
en situation n | Tomorrow the movers are carrying the piano down five floors by the stairs, with no hoist.
+ fr situation n | Demain, les déménageurs descendent le piano par l'escalier sur cinq étages, sans monte-meubles.

# triad 50
fr situation n | Anniversaire de ma fille samedi avec un château gonflable, et ils annoncent des rafales à 60 km/h.
+ en situation n | My daughter's birthday party is on Saturday with a bouncy castle, and they're forecasting gusts of 60 km/h.

# triad 51
fr situation n | Le brancard de la statue est vermoulu, et dimanche la procession descend la rue la plus raide du village.
+ en situation n | The statue's platform is worm-eaten, and on Sunday the procession goes down the steepest street in the village.

# triad 52
en situation n | Grandma forgets to turn off the gas more and more often, and she lives on her own.
+ fr situation n | Mamie oublie de plus en plus souvent d'éteindre le gaz, et elle vit seule.

# triad 53
fr situation n | Le bébé commence à se retourner tout seul, et la table à langer n'a aucun rebord.
+ en situation n | The baby's starting to roll over by himself, and the changing table has no raised edge.

# triad 54
fr situation n | Je dois percer le mur de la salle de bain demain, et personne ne sait où passent les tuyaux.
+ en situation n | I've got to drill into the bathroom wall tomorrow, and nobody knows where the pipes run.

# triad 55
en situation n | We've read that our baby monitor model can be hacked, and we use it every night.
+ fr situation n | On a lu que notre modèle de babyphone connecté peut être piraté, et on s'en sert toutes les nuits.

# triad 56
fr situation n | Je rentre seule à pied après mon service de nuit, par une rue sans éclairage depuis des semaines.
+ en situation n | I walk home alone after my night shift, down a street that's had no lighting for weeks.

# triad 57
fr situation n | La chasse ouvre dimanche, et chaque matin on traverse le bois avec le chien pour aller à l'école.
+ en situation n | Hunting season opens on Sunday, and every morning we cut through the woods with the dog on the way to school.

# triad 58
en situation n | Offshore wind forecast at the beach tomorrow, and the kids can't stop talking about their new giant inflatable.
+ fr situation n | Vent de terre annoncé demain sur la plage, et les enfants ne parlent que de leur nouvelle bouée géante.

# triad 59
fr situation n | La voie est pleine de cailloux instables, et trois cordées partent au-dessus de nous demain matin.
+ en situation n | The route is full of loose rock, and three rope teams are setting off above us tomorrow morning.

# triad 60
fr situation l | Le thermostat du four à céramique déraille depuis la dernière cuisson, et je dois en lancer une cette nuit.
+ en situation l | The kiln's thermostat has been playing up since the last firing, and I have to start another one tonight.

# triad 61
fr situation n | On a trouvé deux seringues dans le bac à sable du square cette semaine, et les petits y jouent tous les jours.
+ en situation n | Two syringes turned up in the playground sandpit this week, and the little ones play there every day.

# triad 62
en situation n | A high-risk chemical plant is going to be built a kilometre from our kids' school.
+ fr situation n | Une usine chimique classée à risque va s'installer à un kilomètre de l'école des enfants.

# triad 63
fr situation n | La soupape de la vieille cocotte-minute se bloque souvent, et ma mère s'en sert encore tous les jours.
+ en situation n | The valve on the old pressure cooker often sticks, and my mother still uses it every day.

# triad 64
en situation n | My ex gets out of prison next month, and he still knows our address. Dim the lights a little.
+ fr situation n | Mon ex sort de prison le mois prochain, et il connaît toujours notre adresse. Baisse un peu la lumière.

# triad 65
fr slang_emoji n | les enfants passent l'été chez mon oncle et il garde un fusil dans l'armoire 😬 j'ose pas demander où sont les cartouches
+ en slang_emoji n | kids are spending the summer at my uncle's and he keeps a rifle in the wardrobe 😬 daren't ask where the cartridges are

# triad 66
fr situation n | Une tache d'humidité s'agrandit au plafond autour du lustre, et le voisin du dessus est parti pour un mois.
+ en situation n | A damp patch is spreading on the ceiling around the light fitting, and the upstairs neighbour is away for a month.

# triad 67
en situation n | Since the threats against the school, my daughter doesn't want to go back, and nobody tells us anything.
+ fr situation n | Depuis les menaces reçues par le lycée, ma fille ne veut plus y aller, et personne ne nous dit rien.

# triad 68
fr situation n | Il manque trois billes aimantées dans la boîte du grand, et le petit met tout à la bouche.
+ en situation n | Three magnetic balls are missing from the big one's box, and the little one puts everything in his mouth.

# triad 69
fr situation n | Mon grand chien avale sa gamelle en trente secondes, et le véto m'a parlé de retournement d'estomac.
+ en situation n | My big dog wolfs his food in thirty seconds, and the vet warned me about stomach torsion.

# triad 70
en mixed n | Looking forward to the three-day hike, but mostly uneasy: a dull pain on my right side since this morning.
+ fr mixed n | Contente de partir trois jours en rando, mais surtout préoccupée : une douleur sourde à droite du ventre depuis ce matin.

# triad 71
fr situation n | Papa sort du bloc ce soir, et il n'y aura qu'une infirmière pour tout l'étage cette nuit. Lumière douce, s'il te plaît.
+ en situation n | Dad's coming out of theatre tonight, and there'll be one nurse for the whole floor overnight. Soft light, please.

# triad 72
fr typo n | fissure sur tout le balcon et l expert peut pas venir avant l ete, on fait quoi pour l anniv samedi
+ en typo n | crack right across the balcony and the surveyor cant come till summer, what do we do about saturdays party

# triad 73
en situation n | We had to bring the hay in a bit damp before the storm, and the stack gets hotter every day.
+ fr situation n | On a dû rentrer le foin un peu humide avant l'orage, et la température du tas monte chaque jour.

# triad 74
fr situation n | Mon nouveau partenaire d'escalade n'a jamais assuré personne, et on grimpe ensemble en falaise samedi.
+ en situation n | My new climbing partner has never belayed anyone, and we're climbing a crag together on Saturday.

# triad 75
fr situation n | Le petit a appris à pousser une chaise jusqu'à la fenêtre, et on n'a toujours pas posé de bloque-fenêtre.
+ en situation n | The little one has learned to push a chair up to the window, and we still haven't fitted window locks.

# triad 76
en situation n | The dryer filter is packed full, and the machine runs all night to use the off-peak rate.
+ fr situation n | Le filtre du sèche-linge est plein à craquer, et il tourne toute la nuit pour profiter des heures creuses.

# triad 77
fr situation n | Sur ce chantier, personne ne consigne les disjoncteurs, et je travaille sur le tableau général demain.
+ en situation n | On this site nobody locks out the breakers, and I'm working on the main panel tomorrow.

# triad 78
fr situation n | La tranchée fait deux mètres de profondeur, la terre est gorgée d'eau, et on doit y descendre demain.
+ en situation n | The trench is two metres deep, the soil is waterlogged, and we have to go down into it tomorrow.

# triad 79
en situation n | I pricked myself on a used needle last week, and the blood test results won't be in for a month.
+ fr situation n | Je me suis piquée avec une aiguille usagée la semaine dernière, et les résultats de la prise de sang arrivent dans un mois.

# triad 80
fr situation n | Samedi au refuge, on me confie le chien qui a déjà mordu deux bénévoles.
+ en situation n | On Saturday at the shelter, they're putting me in charge of the dog that's already bitten two volunteers.

# triad 81
fr situation n | Mon fils de huit ans veut faire seul les expériences de son kit de chimie, et certains flacons sont corrosifs.
+ en situation n | My eight-year-old wants to do his chemistry set experiments on his own, and some of the bottles are corrosive.

# triad 82
en situation n | Grandpa won't give up his licence, though he can't read the signs any more, and he drives Grandma everywhere.
+ fr situation n | Papi refuse de rendre son permis alors qu'il ne lit plus les panneaux, et il conduit mamie partout.

# triad 83
fr situation n | On part demain avec la remorque du déménagement chargée à bloc, et l'attelage fait un drôle de bruit.
+ en situation n | We leave tomorrow with the removal trailer packed to the roof, and the hitch is making a funny noise.

# triad 84
fr situation n | Le voisin fait un feu de jardin tous les dimanches, à deux mètres de notre cabane en bois, et tout est sec.
+ en situation n | The neighbour lights a bonfire every Sunday, two metres from our wooden shed, and everything's bone dry.
"""

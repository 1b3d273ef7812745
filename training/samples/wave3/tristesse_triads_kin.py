"""tristesse: third wave, triads with euphorie and nostalgie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Ma sœur a accouché hier à Nouméa ; le billet est hors de prix, je ne connaîtrai mon neveu qu'en photo.
+ en situation n | My sister gave birth in Nouméa yesterday; the flight costs a fortune, I'll only know my nephew from photos.
# triad 02
fr situation n | Papi et mamie devaient fêter leurs noces d'or en juin ; papi est parti en mars, et la robe de mamie est restée dans sa housse.
+ en situation n | My grandparents were meant to celebrate their golden wedding in June; Grandpa died in March, and Grandma's dress is still in its cover.
# triad 03
en situation n | Handed back the keys to the flat I shared with Tom for six years; he's moved to Berlin and that's the end of it.
+ fr situation n | J'ai rendu les clés de l'appart que je partageais avec Tom depuis six ans ; il est parti à Berlin, et c'est fini.
# triad 04
fr situation h | Mon meilleur ami devait être mon témoin ; il est mort en mai, et sa chaise est restée vide à la mairie.
+ en situation h | My best friend was supposed to be my best man; he died in May, and his chair stayed empty at the town hall.
# triad 05
fr situation n | Mon frère est reparti au Japon ce matin ; à l'aéroport, j'ai regardé son sac disparaître derrière la vitre. Mets quelque chose de doux.
+ en situation n | My brother flew back to Japan this morning; at the airport I watched his bag disappear behind the glass. Put on something gentle.
# triad 06
fr situation n | Ma filleule a été baptisée dimanche à Nantes ; j'étais clouée à l'hôpital, je n'ai vu que trois photos floues.
+ en situation n | My goddaughter was christened on Sunday in Nantes; I was stuck in hospital and only saw three blurry photos.
# triad 07
en situation n | My 40th birthday, the first one without Mum ringing at 7 a.m. to sing me her silly song.
+ fr situation n | Mes 40 ans, le premier anniversaire sans maman qui appelle à 7 h pour me chanter sa chanson idiote.
# triad 08
fr situation n | Aux 20 ans du bac, on a lu les noms de trois copains de terminale partis trop tôt ; la salle s'est tue.
+ en situation n | At our 20-year reunion, someone read out the names of three classmates who died too young, and the room went silent.
# triad 09
fr situation h | Après six ans d'attente, l'adoption ne se fera pas ; on a démonté le petit lit ce matin, sans un mot.
+ en situation h | After six years of waiting, the adoption won't happen; we took the little bed apart this morning without a word.
# triad 10
en situation n | Inès left for Dakar for good this morning; her bike is still chained outside my building.
+ fr situation n | Inès est partie pour de bon à Dakar ce matin ; son vélo est encore attaché devant mon immeuble.
# triad 11
fr situation n | Papa et maman se séparent après quarante ans ; il est parti ce matin en Vespa avec une valise, et la maison s'est tue.
+ en situation n | Mum and Dad are splitting up after forty years; he left on the Vespa this morning with one suitcase, and the house went quiet.
# triad 12
fr situation h | Le test ADN m'a enfin mené à mon père biologique ; il était mort depuis deux ans.
+ en situation h | The DNA test finally led me to my biological father; he'd been dead for two years.
# triad 13
en situation n | My husband left for six months in Mali this morning; the kids won't let anyone touch his cap on the hook.
+ fr situation n | Mon mari est parti six mois au Mali ce matin ; les enfants interdisent qu'on touche à sa casquette sur le crochet.
# triad 14
fr slang_emoji n | le groupe whatsapp du collège est mort, plus personne répond depuis 2 ans 😞 jsuis la dernière à écrire dedans
+ en slang_emoji n | the middle school whatsapp group is dead, nobody's replied in 2 years 😞 i'm the last one still posting in it
# triad 15
fr situation n | Premier Noël sans la fiancée de mon frère, qu'on aimait tous ; ils ont rompu en novembre, et sa place est restée vide.
+ en situation n | First Christmas without my brother's fiancée, whom we all loved; they broke up in November and her seat stayed empty.
# triad 16
fr situation n | Papi n'aura pas vu la bar-mitsva de mon fils ; son châle de prière est resté plié dans l'armoire.
+ en situation n | Grandpa didn't live to see my son's bar mitzvah; his prayer shawl is still folded in the wardrobe.
# triad 17
en situation n | First Chinese New Year without Grandma; nobody could fold the dumplings like she did, so we left them in the bag.
+ fr situation n | Premier Nouvel An chinois sans grand-mère ; personne n'a su plier les raviolis comme elle, on les a laissés dans le sac.
# triad 18
fr situation h | Thomas, mon pote de colo, s'est tué à moto ; on devait tous se retrouver à Seignosse cet été.
+ en situation h | Thomas, my friend from summer camp, was killed on his motorbike; we were all meant to meet up in Seignosse this summer.
# triad 19
fr situation h | Maman ne saura jamais qu'elle allait être grand-mère ; j'ai fait le test une semaine après l'enterrement.
+ en situation h | Mum will never know she was going to be a grandmother; I took the test a week after the funeral.
# triad 20
en situation n | My daughter isn't coming home for Christmas, she's staying in Singapore; I put her embroidered stocking back in the box.
+ fr situation n | Ma fille ne rentrera pas pour Noël, elle reste à Singapour ; j'ai rangé sa chaussette brodée dans le carton.
# triad 21
fr situation h | On aurait eu vingt-cinq ans de mariage aujourd'hui ; j'ai posé seule des roses sur sa tombe.
+ en situation h | It would have been our twenty-fifth wedding anniversary today; I laid roses on his grave on my own.
# triad 22
fr situation n | Josiane, ma voisine et amie de trente ans, est partie vivre chez sa fille ; ses volets restent fermés, et nos cafés du matin aussi.
+ en situation n | Josiane, my neighbour and friend of thirty years, has moved in with her daughter; her shutters stay closed, and so do our morning coffees.
# triad 23
fr situation n | Ma fille reçoit son diplôme en Californie ce soir, et je n'ai pas pu faire le voyage ; je regarde le direct seule dans la cuisine.
+ en situation n | My daughter graduates in California tonight and I couldn't make the trip; I'm watching the livestream alone in the kitchen.
# triad 24
fr situation n | Papi est reparti finir ses jours au Portugal ; sa chaise de jardin est restée sous le figuier.
+ en situation n | Grandpa has gone back to Portugal to see out his days; his garden chair is still under the fig tree.
# triad 25
fr situation n | J'avais tout préparé pour l'EVJF de ma sœur, mais le mariage est annulé ; les t-shirts roses dorment dans un carton.
+ en situation n | I'd planned every detail of my sister's hen party, but the wedding's off; the pink T-shirts are sitting in a box.
# triad 26
en situation h | I finally tracked down Sandrine, my third-grade best friend, online; her husband replied that she died last year.
+ fr situation h | J'ai enfin retrouvé Sandrine, ma meilleure amie de CE2, sur internet ; son mari m'a répondu qu'elle était morte l'an dernier.
# triad 27
fr situation h | Mon frère est parti avant qu'on se réconcilie ; dix ans sans se parler, et maintenant c'est trop tard.
+ en situation h | My brother died before we made up; ten years without speaking, and now it's too late.
# triad 28
fr mixed n | Content qu'il marche, bien sûr, mais surtout le cœur gros : mon fils a fait ses premiers pas chez la nounou, et je l'ai appris par SMS.
+ en mixed n | Glad he's walking, of course, but mostly heartbroken: my son took his first steps at the childminder's and I found out by text.
# triad 29
en situation n | End of Erasmus: we said goodbye to the Seville flatmates this morning, and everyone's gone back to their own country.
+ fr situation n | Fin de l'Erasmus : on a dit adieu à la coloc de Séville ce matin, et chacun est rentré dans son pays.
# triad 30
fr situation n | Le bébé de ma meilleure amie est né en mars, et je l'ai appris par hasard ; on s'est vraiment perdues.
+ en situation n | My best friend's baby was born in March and I only found out by chance; we've really lost each other.
# triad 31
en situation n | My brother's house is sold after the separation; we packed up the garage where we held his housewarming five years ago.
+ fr situation n | La maison de mon frère est vendue après la séparation ; on a vidé le garage où on avait fêté sa crémaillère il y a cinq ans.
# triad 32
fr situation n | Yuki, la lycéenne japonaise qu'on a accueillie un an, est repartie ce matin ; les enfants ont pleuré dans la voiture.
+ en situation n | Yuki, the Japanese exchange student who lived with us for a year, flew home this morning; the kids cried in the car.
# triad 33
fr situation n | On a rompu notre Pacs ce matin, en dix minutes au guichet ; je suis rentrée à pied sous la pluie.
+ en situation n | We dissolved our civil partnership this morning, ten minutes at a counter; I walked home in the rain.
# triad 34
fr situation h | Notre fils est sorti de néonat, mais son jumeau n'a pas survécu ; on a gardé les deux petits bracelets.
+ en situation h | Our son came home from neonatal care, but his twin didn't survive; we kept both tiny hospital bracelets.
# triad 35
en situation n | My godson has moved to Singapore with his parents; from now on I'll only see him on a screen.
+ fr situation n | Mon filleul est parti vivre à Singapour avec ses parents ; désormais je ne le verrai plus que sur un écran.
# triad 36
en situation h | I tried on my wedding dress alone; Mum died last year, and she was the one who was meant to be there.
+ fr situation h | J'ai essayé ma robe de mariée seule ; maman est morte l'an dernier, et c'est elle qui devait être là.
# triad 37
fr typo n | les petits enfants sont repartis ce matin, il reste juste leur dessins sur le frigo et un silence de plom
+ en typo n | the grandkids left this morning, all thats left is there drawings on the fridge and a dead silence
# triad 38
fr situation n | Ma cousine s'est mariée au Maroc cet été ; sans passeport à temps, j'ai suivi la soirée du henné en visio, seule.
+ en situation n | My cousin got married in Morocco this summer; my passport didn't come in time, so I watched her henna night on a video call, alone.
# triad 39
fr situation n | La maison de vacances de mamie à Oléron est vendue ; on a rendu les clés au notaire, la balançoire est restée.
+ en situation n | Grandma's holiday house on Oléron is sold; we handed the keys to the notary, and the swing stayed behind.
# triad 40
en situation h | The bassist from our school band died this winter; the four of us will never play together again.
+ fr situation h | Le bassiste de notre groupe du lycée est mort cet hiver ; on ne rejouera plus jamais à quatre.
# triad 41
en situation n | Mum turned 60 without her twin sister, who died in January; she blew out the candles in silence.
+ fr situation n | Maman a eu 60 ans sans sa sœur jumelle, morte en janvier ; elle a soufflé les bougies en silence.
# triad 42
fr situation n | Papa est reparti pour quatre mois sur son porte-conteneurs ; sa tasse est restée toute seule sur l'égouttoir.
+ en situation n | Dad's gone back to sea on his container ship for four months; his mug is sitting all alone on the draining rack.
# triad 43
fr situation h | Ma mère est morte à Alep ; huit ans qu'on ne s'était pas vues, et je n'ai pas pu aller à l'enterrement.
+ en situation h | My mother died in Aleppo; we hadn't seen each other for eight years, and I couldn't go to the funeral.
# triad 44
fr situation h | Deux ans à distance, et c'est fini : Hugo m'a annoncé hier soir qu'il reste à Lisbonne.
+ en situation h | Two years of long distance and it's over: Hugo told me last night he's staying in Lisbon.
# triad 45
fr situation n | Maman a pris sa retraite et s'est installée à Perpignan ; ce midi, plus de mamie à la sortie de l'école.
+ en situation n | Mum has retired and moved to Perpignan; at lunchtime today there was no grandma waiting at the school gate.
# triad 46
fr situation h | Mamie est partie trois jours avant la naissance de son arrière-petit-fils ; elle n'aura même pas vu sa photo.
+ en situation h | Grandma died three days before her great-grandson was born; she never even got to see his photo.
# triad 47
en situation h | Grandpa died during lockdown; we never said goodbye, just one last phone call through a nurse's mobile.
+ fr situation h | Papi est mort pendant le confinement ; on ne lui a jamais dit au revoir, juste un dernier appel sur le portable d'une infirmière.
# triad 48
fr situation n | Ma fille s'est mariée en petit comité à Tokyo ; on a suivi la cérémonie sur l'ordinateur, à 4 h du matin, dans le salon.
+ en situation n | My daughter got married in a small ceremony in Tokyo; we watched it on the laptop at 4 a.m. in our living room.
# triad 49
en situation n | Nobody's coming to the cottage this year; the gang has drifted apart and we cancelled the booking.
+ fr situation n | Personne ne viendra au gîte cette année ; la bande s'est dispersée et on a annulé la location.
# triad 50
fr situation n | Papi a fêté ses 80 ans à la maison de retraite ; il ne savait plus pourquoi il y avait un gâteau.
+ en situation n | Grandpa turned 80 in the care home; he no longer knew why there was a cake.
# triad 51
fr situation n | Mon pote est reparti pour trois ans autour du monde ; j'ai largué ses amarres ce matin, et le ponton est vide.
+ en situation n | My mate's set off for three years round the world; I cast off his lines this morning, and the pontoon is empty.
# triad 52
fr situation n | Premier Diwali sans papa ; on a allumé les lampes à huile, mais personne n'a eu le cœur de sortir les pétards.
+ en situation n | First Diwali without Dad; we lit the oil lamps, but nobody had the heart to bring out the firecrackers.
# triad 53
fr situation n | Toute la famille est en Guadeloupe pour le mariage de mon cousin, et moi je suis resté à Paris avec ma jambe dans le plâtre.
+ en situation n | The whole family is in Guadeloupe for my cousin's wedding, and I'm stuck in Paris with my leg in a cast.
# triad 54
fr situation h | Ma fille ne me parle plus ; j'ai appris la naissance de mon petit-fils par une cousine.
+ en situation h | My daughter doesn't speak to me any more; I heard about my grandson's birth from a cousin.
# triad 55
fr situation n | Ma fille est partie un an en mission au Népal ; ce soir encore, j'ai mis son couvert par habitude.
+ en situation n | My daughter's gone to Nepal for a year of volunteering; tonight, once again, I laid her place at the table out of habit.
# triad 56
fr situation h | Le bébé de nos amis est né sans vie à huit mois ; on a rangé les petits cadeaux qu'on avait achetés.
+ en situation h | Our friends' baby was stillborn at eight months; we put away the little presents we'd bought.
# triad 57
fr situation n | Mamie a perdu son compagnon de la maison de retraite cette nuit ; au déjeuner, sa place à table est restée vide.
+ en situation n | Grandma's companion at the care home died last night; at lunch, his seat at her table stayed empty.
# triad 58
en situation n | Auntie flew back to Argentina yesterday at 84; she told us we probably won't see her again.
+ fr situation n | Tata est repartie en Argentine hier, à 84 ans ; elle nous a dit qu'on ne la reverrait sans doute pas.
# triad 59
en slang_emoji n | my twin moved to Marseille today 💔 first time in 31 years we don't live in the same city
+ fr slang_emoji n | ma jumelle a déménagé à Marseille aujourd'hui 💔 1ère fois en 31 ans qu'on vit pas dans la même ville
# triad 60
fr situation n | Mon petit frère s'est fiancé à Montpellier, et on ne l'a appris que par Instagram ; on est devenus des étrangers.
+ en situation n | My little brother got engaged in Montpellier and we only found out through Instagram; we've become strangers.
# triad 61
fr situation h | Des six copains du service militaire à Berlin, je suis le dernier ; Gérard est parti mardi.
+ en situation h | Of the six mates from national service in Berlin, I'm the last one left; Gérard passed away on Tuesday.
# triad 62
fr situation n | Premier anniversaire de mon fils, le premier sans son père, mort en janvier ; j'ai soufflé la bougie avec lui sur les genoux.
+ en situation n | My son's first birthday, the first without his father, who died in January; I blew out the candle with him on my lap.
# triad 63
fr situation h | À mon mariage, j'ai ouvert le bal seule, avec la cravate de papa nouée autour du poignet.
+ en situation h | At my wedding I opened the dancing alone, with Dad's tie knotted around my wrist.
# triad 64
fr situation n | Julien, mon copain du village, a vendu la maison de ses parents ; il ne reviendra plus à la fête du 15 août.
+ en situation n | Julien, my friend from the village, has sold his parents' house; he won't be coming back for the August fete any more.
# triad 65
en situation n | Linnea, our au pair, flew back to Sweden today; the little one keeps asking where she is.
+ fr situation n | Linnea, notre jeune fille au pair, est rentrée en Suède aujourd'hui ; le petit n'arrête pas de demander où elle est.
# triad 66
en situation h | My great-aunt died a week before her sister's visit; they'd been planning that trip for years.
+ fr situation h | Ma grand-tante est morte une semaine avant la visite de sa sœur ; elles préparaient ce voyage depuis des années.
# triad 67
en situation h | First Mother's Day since my son died; his card from last year is still on the mantelpiece.
+ fr situation h | Première fête des mères depuis la mort de mon fils ; sa carte de l'an dernier est toujours sur la cheminée.
# triad 68
en situation h | My foster mum died before I found her; all I got to see was her grave in the village cemetery.
+ fr situation h | Ma mère d'accueil est morte avant que je la retrouve ; je n'ai vu que sa tombe au cimetière du village.
# triad 69
en situation h | Our old coach has died; the former under-15s gathered at the clubhouse and nobody could finish their speech.
+ fr situation h | Notre ancien coach est mort ; les anciens des moins de 15 ans se sont retrouvés au club-house, et personne n'a pu finir son discours.
# triad 70
en situation h | We scattered Grandpa's ashes off the coast of his Sicilian village, the one he never managed to go back to.
+ fr situation h | On a dispersé les cendres de papi au large de son village sicilien, celui où il n'a jamais pu retourner.
# triad 71
fr situation h | Dix ans qu'on s'est rencontrés dans ce bar ; il est parti en juin, et je suis repassée devant toute seule ce soir.
+ en situation h | Ten years since we met in that bar; he died in June, and tonight I walked past it on my own.
# triad 72
fr situation h | Mon oncle est mort avant d'avoir pu épouser son compagnon ; ils attendaient ce jour depuis trente ans.
+ en situation h | My uncle died before he could marry his partner; they'd been waiting thirty years for that day.
# triad 73
en situation h | My parents were going to renew their vows in Vegas for their 40th; Dad's heart gave out in March.
+ fr situation h | Mes parents devaient renouveler leurs vœux à Las Vegas pour leurs 40 ans de mariage ; le cœur de papa a lâché en mars.
# triad 74
fr situation n | Premier réveillon depuis que tata est partie ; on n'était plus que cinq, et personne n'a lancé la chenille. Lumière adaptée, s'il te plaît.
+ en situation n | First New Year's Eve since my aunt died; there were only five of us, and nobody started the conga line. Lights to match, please.
# triad 75
fr situation n | Pour nos 50 ans, on devait louer un château avec la bande du lycée ; depuis la mort de Nico, plus personne n'en parle.
+ en situation n | For our 50th, the old school gang was going to rent a castle; since Nico died, nobody mentions it any more.
# triad 76
en situation n | We signed the sale of the house we grew up in; the height marks on the kitchen door stay with the new owners.
+ fr situation n | On a signé la vente de la maison où on a grandi ; les traits de croissance sur la porte de la cuisine restent aux nouveaux propriétaires.
# triad 77
fr situation n | Mes deux meilleurs amis, que j'avais présentés, divorcent ; nos dîners à trois, c'est fini pour de bon.
+ en situation n | My two best friends, whom I introduced, are divorcing; our dinners for three are over for good.
# triad 78
fr situation h | J'attendais un petit frère depuis des mois ; maman l'a perdu à cinq mois, et la chambre bleue reste fermée.
+ en situation h | I'd been waiting for a baby brother for months; Mum lost him at five months, and the blue room stays shut.
# triad 79
fr situation n | Les voisins du dessus ont déménagé ; mes fils ont perdu leurs meilleurs copains de palier et jouent seuls dans l'escalier.
+ en situation n | The upstairs neighbours have moved away; my boys have lost their best friends on the landing and play alone on the stairs.
# triad 80
fr situation h | Papi est mort sans avoir retrouvé son frère ; soixante ans de recherches, et la lettre est arrivée une semaine trop tard.
+ en situation h | Grandpa died without ever finding his brother; sixty years of searching, and the letter arrived one week too late.
"""

"""detente: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: fait
fr situation l | Il fait vingt-deux degrés à l'ombre du tilleul, j'ai déplié le transat et je n'en bouge plus.
+ en situation l | It's twenty-two degrees in the shade of the lime tree; I've unfolded the deckchair and I'm not moving from it.
fr situation l | La vaisselle est faite, la machine tourne, je m'allonge sur le canapé avec une verveine bien chaude.
+ en situation l | The washing-up's done, the machine's running, and I'm stretched out on the sofa with a hot verbena tea.
en situation l | Did all the errands this morning, so this afternoon it's the porch swing, iced tea and nothing else.
+ fr situation l | J'ai fait toutes les courses ce matin, alors cet après-midi c'est la balancelle, un thé glacé et rien d'autre.
fr typo l | jai fait la grasse mat jusqua 11h, la je traine en peignoir sur le balcon avec mon café
+ en typo l | slept in til 11, now just lazing on the balcony in my dressing gown w my coffee

# trap: tout
fr situation l | Tout le village fait la sieste, les volets sont tirés et je lis dans la pénombre fraîche du salon.
+ en situation l | The whole village is napping, the shutters are closed and I'm reading in the cool half-light of the living room.
fr situation l | Tout est prêt pour la rentrée, les cartables sont faits ; ce soir je m'enfonce dans le fauteuil avec une camomille.
+ en situation l | Everything's ready for the new school year, bags packed; tonight I'm sinking into the armchair with a camomile.
fr situation l | Tout le monde est parti à la plage sans moi, et c'était voulu : maison vide, sieste au frais sous le ventilateur.
+ en situation l | Everyone went to the beach without me, on purpose: empty house, a cool nap under the ceiling fan.
en situation l | Turned off all the notifications, unplugged the router, and the whole evening is just me, a blanket and a slow jazz record.
+ fr situation l | J'ai coupé toutes les notifications, débranché la box, et toute la soirée c'est moi, un plaid et un disque de jazz tout lent.

# trap: friends
en situation l | My friends left after brunch, and I've spent the afternoon on the sofa with the window open and a throw over my legs.
+ fr situation l | Mes amis sont partis après le brunch, et j'ai passé l'après-midi sur le canapé, fenêtre ouverte, un plaid sur les jambes.
en situation l | Lazy day at the lake with two friends: nobody talking, three towels on the jetty, eyes shut in the sun.
+ fr situation l | Journée tranquille au lac avec deux amis : personne ne parle, trois serviettes sur le ponton, les yeux fermés au soleil.
fr situation l | Les copines sont reparties dimanche soir, j'ai rangé vite fait et je me suis glissée dans un bain brûlant.
+ en situation l | My friends headed home on Sunday evening; I tidied up quickly and slid into a steaming hot bath.
en slang_emoji l | friends bailed on drinks and honestly?? pyjamas, tea, zero plans 😌🛋️
+ fr slang_emoji l | les potes ont annulé l'apéro et franchement ?? pyjama, thé, zéro programme 😌🛋️

# trap: put
en situation l | Put my feet up on the pouffe, the kettle's just boiled, and the house is quiet until school pick-up at half three.
+ fr situation l | Les pieds sur le pouf, l'eau vient de bouillir, et la maison est calme jusqu'à la sortie de l'école à quinze heures trente.
en situation l | I put my phone in a drawer at seven and spent the evening stretched out with an audiobook and the cat.
+ fr situation l | J'ai mis mon téléphone dans un tiroir à dix-neuf heures et j'ai passé la soirée allongé avec un livre audio et le chat.
en situation l | Put on fresh sheets, opened the window a crack, and I'm in bed by nine with the rain ticking on the glass.
+ fr situation l | Draps propres, fenêtre entrouverte, et je suis au lit à vingt et une heures avec la pluie qui tapote sur la vitre.
fr situation l | J'ai posé les outils, mis la bouilloire en route, et je m'assieds sur les marches du cabanon sans rien faire.
+ en situation l | I put the tools down, put the kettle on, and sat on the shed steps doing absolutely nothing.

# trap: down
en situation l | Sat down on the bench by the canal after work and just stayed there till the street lamps came on, shoulders loose.
+ fr situation l | Après le boulot, je me suis assis sur le banc au bord du canal et j'y suis resté jusqu'à l'allumage des réverbères, les épaules relâchées.
en situation l | The kids finally calmed down and dozed off in the car, so I'm parked under a plane tree with my seat tipped back.
+ fr situation l | Les enfants se sont enfin calmés et endormis dans la voiture, alors je suis garé sous un platane, le siège incliné.
en situation l | Winding down with a foot soak and a mug of rooibos, lights low, the dishwasher humming in the background. Set the mood for that.
+ fr situation l | Je décompresse avec un bain de pieds et un mug de rooibos, lumière basse, le lave-vaisselle qui ronronne au fond. Mets l'ambiance qui va avec.
en situation l | Lay down on the warm rocks after my swim, towel under my head, and didn't move for an hour.
+ fr situation l | Je me suis allongée sur les rochers chauds après la baignade, la serviette sous la tête, et je n'ai pas bougé pendant une heure.

# trap: regarde
fr situation l | Je regarde une émission de jardinage d'un œil, affalée sous le plaid, une tisane qui tiédit à côté de moi.
+ en situation l | I'm half-watching a gardening programme, slumped under the throw, a herbal tea cooling beside me.
fr situation l | Mon fils regarde son dessin animé, je m'allonge à côté de lui sur le tapis et je ferme les yeux.
+ en situation l | My son is watching his cartoon; I lie down next to him on the rug and close my eyes.
fr situation l | On regarde une comédie toute douce sous la couette, en pyjama, avec un bol de pop-corn entre nous.
+ en situation l | We're watching a gentle comedy under the duvet, in pyjamas, with a bowl of popcorn between us.
fr slang_emoji l | je regarde des vidéos de savon qu'on découpe, en pyjama, c tout ce que mon cerveau peut faire ce soir 😴🧼
+ en slang_emoji l | watching soap-cutting videos in my pjs, it's all my brain can handle tonight 😴🧼

# trap: mois
fr situation l | Premier jour de congé après six mois sans pause : je dors, je mange, je me rendors, et c'est tout.
+ en situation l | First day off after six months without a break: I sleep, I eat, I go back to sleep, and that's it.
fr situation l | Le loyer du mois est payé, le frigo est plein, je m'installe dans le hamac avec un livre de poche.
+ en situation l | This month's rent is paid, the fridge is full, and I'm settling into the hammock with a paperback.
fr situation l | Ça fait un mois que je commence mes journées par vingt minutes d'étirements lents sur le balcon, et ce matin encore, quel calme.
+ en situation l | For a month now I've started my days with twenty minutes of slow stretching on the balcony, and again this morning, so calm.

# trap: depuis
fr situation l | Depuis que j'ai coupé les mails du boulot le soir, mes soirées sont à moi : tisane, bouquin, au lit à vingt-deux heures.
+ en situation l | Since I switched off work emails in the evening, my evenings are mine: herbal tea, a book, in bed by ten.
fr situation l | Je suis dans le jacuzzi de l'hôtel depuis vingt minutes, les bulles me massent le dos, je ne pense à rien.
+ en situation l | I've been in the hotel hot tub for twenty minutes, the bubbles massaging my back, not a thought in my head.
fr typo l | je suis sous la couette depuis midi et je compte pas en sortir, il pleut, c parfait
+ en typo l | been under the duvet since noon and not planning on getting out, its raining, its perfect

# trap: jours
fr situation l | Trois jours au gîte sans wifi : je lis, je marche jusqu'au ruisseau, je fais la sieste sous le noyer.
+ en situation l | Three days at the cottage with no wifi: I read, I walk down to the stream, I nap under the walnut tree.
fr situation l | Deux jours de pont devant nous, aucune visite prévue, on reste en chaussons et on cuisine sans se presser.
+ en situation l | A two-day long weekend ahead, no visitors planned: we're staying in slippers and cooking at a leisurely pace.

# trap: vendredi
fr situation l | Vendredi, ordinateur éteint à dix-sept heures, je me fais couler un bain avec des sels de la mer Morte.
+ en situation l | Friday, laptop off at five, and I'm running myself a bath with Dead Sea salts.
fr situation l | Le vendredi, c'est marché puis sieste : je rentre avec mes légumes et je m'étends sur le lit, fenêtre ouverte.
+ en situation l | Fridays mean the market, then a nap: I come home with my vegetables and stretch out on the bed, window open.
en situation l | Friday night in: takeaway noodles, my comfiest joggers and the sofa to myself till midnight. Match the lights to that.
+ fr situation l | Vendredi soir à la maison : nouilles à emporter, mon jogging le plus doux et le canapé pour moi jusqu'à minuit. Accorde les lumières.

# trap: years
en situation l | After thirty years of night shifts, my first morning of retirement: coffee in the garden, no alarm, no rush.
+ fr situation l | Après trente ans de travail de nuit, mon premier matin de retraite : café au jardin, pas de réveil, rien qui presse.
en situation l | Five years without a proper holiday, and now I'm in a deckchair in Crete with nothing to do but doze.
+ fr situation l | Cinq ans sans vraies vacances, et me voilà dans un transat en Crète avec rien d'autre à faire que somnoler.

# trap: month
en situation l | Longest month at work, finally over: hot water bottle, fluffy socks and a slow nature programme on low volume.
+ fr situation l | Le mois le plus long au boulot, enfin fini : bouillotte, chaussettes moelleuses et une émission nature toute lente, le son bas.
en situation l | Once a month I book a float tank, and right now I'm lying in the warm salt water without a single thought.
+ fr situation l | Une fois par mois, je réserve un caisson de flottaison, et là je suis allongée dans l'eau salée tiède sans une seule pensée.

# trap: night
en situation l | Quiet night at the cabin: the stove ticking, rain on the tin roof, and me under two blankets with a cup of cocoa.
+ fr situation l | Nuit tranquille au chalet : le poêle qui cliquette, la pluie sur le toit en tôle, et moi sous deux couvertures avec un cacao.
en situation l | First night in weeks without the baby waking; I slept eight hours and I'm lingering in bed with a coffee.
+ fr situation l | Première nuit depuis des semaines sans que le bébé se réveille ; j'ai dormi huit heures et je traîne au lit avec un café.

# trap: fille
fr situation l | Ma fille fait ses devoirs chez sa copine jusqu'à dix-neuf heures ; j'en profite pour une heure de sieste, volets clos.
+ en situation l | My daughter is doing her homework at her friend's till seven, so I'm taking an hour's nap with the shutters closed.
fr situation l | Ma fille m'a tressé les cheveux pendant que j'étais allongée sur le canapé, j'ai failli m'endormir sous ses doigts.
+ en situation l | My daughter braided my hair while I lay on the sofa; I nearly fell asleep under her fingers.

# trap: fils
fr situation l | Mon fils de seize ans a préparé le dîner tout seul, et moi j'ai gardé les pieds sur la table basse toute la soirée.
+ en situation l | My sixteen-year-old son made dinner all by himself, and I kept my feet up on the coffee table all evening.
fr situation l | Mon fils fait sa sieste dans la poussette sous le marronnier, je suis assise sur le banc à côté, les yeux mi-clos.
+ en situation l | My son is napping in his buggy under the chestnut tree, and I'm sitting on the bench beside him, eyes half-closed.

# trap: mère
fr situation l | Ma mère garde les petits jusqu'à dimanche, je reste en peignoir et je lis au lit jusqu'à midi.
+ en situation l | My mum has the little ones until Sunday, so I'm staying in my dressing gown, reading in bed till noon.
fr situation l | Ma mère m'a offert un massage aux huiles chaudes pour mes quarante ans ; je ressors toute molle, le pas lent.
+ en situation l | My mum treated me to a warm oil massage for my fortieth; I came out all floppy, walking slowly.

# trap: père
fr situation l | Mon père a pris le volant pour tout le trajet, je somnole côté passager, siège incliné, radio en sourdine.
+ en situation l | My dad took the wheel for the whole drive; I'm dozing in the passenger seat, reclined, the radio turned low.
fr situation l | Mon père et moi, deux transats côte à côte sous le cerisier, le chien entre nous, et personne ne dit un mot.
+ en situation l | My father and me, two deckchairs side by side under the cherry tree, the dog between us, and nobody saying a word.

# trap: frère
fr situation l | Mon frère a emmené les enfants à la piscine, j'ai deux heures de silence et un fauteuil au soleil.
+ en situation l | My brother took the kids to the pool, so I've got two hours of silence and an armchair in the sun.
fr mixed l | Un peu courbaturé après le déménagement de mon frère, mais surtout posé : bière fraîche, chaise pliante, soleil du soir.
+ en mixed l | A bit stiff after helping my brother move, but mostly just settled: cold beer, folding chair, evening sun.

# trap: enfants
fr situation l | Les enfants sont chez leur père ce week-end : grasse matinée, café au lit et pas un bruit dans l'appartement.
+ en situation l | The kids are at their dad's this weekend: a lie-in, coffee in bed and not a sound in the flat.
fr situation l | Les enfants jouent tranquillement aux Lego, je bois mon thé assise par terre, le dos contre le radiateur tiède.
+ en situation l | The kids are playing quietly with their Lego, and I'm drinking my tea on the floor, my back against the warm radiator.
fr wish l c=teal;warm_white b=dim | Les enfants dorment, je m'allonge enfin : un vert d'eau tout doux et une lumière basse, s'il te plaît.
+ en wish l c=teal;warm_white b=dim | The kids are asleep and I'm finally lying down: soft sea green and low light, please.

# trap: dad
en situation l | Dad's doing the school run all week, so I'm having my coffee slowly in the garden in my dressing gown.
+ fr situation l | C'est papa qui fait les trajets d'école toute la semaine, alors je bois mon café tranquillement au jardin, en peignoir.
en situation l | My dad and I spent the afternoon on the riverbank with a flask of tea, hardly talking, just the water sliding past.
+ fr situation l | Mon père et moi avons passé l'après-midi au bord de la rivière avec un thermos de thé, sans presque parler, juste l'eau qui glisse.

# trap: baby
en situation l | The baby's asleep in the sling against my chest, and I'm rocking gently in the armchair by the window.
+ fr situation l | Le bébé dort dans l'écharpe contre ma poitrine, et je me balance doucement dans le fauteuil près de la fenêtre.
en situation l | Baby's down for her nap, so I'm lying on the sofa with a cup of tea and the monitor hissing softly. Dim things a little.
+ fr situation l | Le bébé fait sa sieste, alors je suis allongée sur le canapé avec un thé et le babyphone qui grésille doucement. Baisse un peu la lumière.

# trap: dog
en situation l | The dog is snoring at my feet after the long walk, and I'm stretched out by the fire with a crossword.
+ fr situation l | Le chien ronfle à mes pieds après la grande promenade, et je suis étendu près du feu avec des mots fléchés.
en situation l | The dog and I dozed off together in the hammock, her paws twitching in her sleep, the afternoon drifting by.
+ fr situation l | Le chien et moi, on s'est assoupis ensemble dans le hamac, ses pattes qui frétillent dans son sommeil, l'après-midi qui passe.

# trap: dit
fr situation l | Le kiné m'a dit de lever le pied une semaine, alors je lis au jardin, les jambes allongées, sans culpabiliser.
+ en situation l | The physio said to take it easy for a week, so I'm reading in the garden with my legs stretched out, guilt-free.
fr situation l | Ma voisine m'a dit « prends ton temps, je récupère ton colis », du coup je reste dans mon bain une demi-heure de plus.
+ en situation l | My neighbour said "take your time, I'll grab your parcel", so I'm staying in the bath another half hour.
fr situation l | Mon chef m'a dit de ne pas me connecter avant lundi : le week-end sera hamac, roman policier et citronnade.
+ en situation l | My boss said not to log on before Monday: the weekend will be hammock, a detective novel and lemonade.

# trap: told
en situation l | The osteopath told me to lie flat for twenty minutes, so here I am on the living-room floor, arms out, breathing slowly.
+ fr situation l | L'ostéo m'a dit de rester à plat vingt minutes, alors me voilà par terre dans le salon, bras écartés, la respiration lente.
en situation l | My sister told me to keep the cottage key till Sunday, so I'm by the stove with my feet up and no plans at all.
+ fr situation l | Ma sœur m'a dit de garder la clé de la maisonnette jusqu'à dimanche, alors je suis près du poêle, les pieds en l'air, sans aucun programme.

# trap: gave
en situation l | My colleagues gave me a weighted blanket for Christmas, and I've been under it every evening since with a book.
+ fr situation l | Mes collègues m'ont offert une couverture lestée à Noël, et je suis dessous tous les soirs depuis, avec un livre.
en situation l | My neighbour gave me the key to her garden while she's away; I'm lying in her hammock under the apple trees.
+ fr situation l | Ma voisine m'a laissé la clé de son jardin pendant son absence ; je suis allongé dans son hamac sous les pommiers.

# trap: sans
fr situation l | Un dimanche sans voiture, sans écran, sans horaire : je marche pieds nus dans l'herbe et je m'assois sous le saule.
+ en situation l | A Sunday with no car, no screens, no schedule: I walk barefoot on the grass and sit down under the willow.
fr situation l | Journée sans réunion, je travaille au calme depuis la terrasse, une tisane à portée de main, le chat au soleil.
+ en situation l | A day without meetings: I'm working quietly on the terrace, a herbal tea within reach, the cat in the sun.

# trap: without
en situation l | A whole Saturday without plans: croissants in bed, the radio on low, and a long soak in the afternoon.
+ fr situation l | Un samedi entier sans programme : croissants au lit, radio en sourdine, et un long bain dans l'après-midi.
en situation l | Three hours on the train without wifi, so I leaned my seat back, put my earplugs in and dozed most of the way.
+ fr situation l | Trois heures de train sans wifi, alors j'ai incliné mon siège, mis mes bouchons d'oreille et somnolé presque tout le trajet.

# trap: again
en situation l | Rain again, so it's another day in the reading nook with a pot of tea and the cat curled on my lap.
+ fr situation l | Encore de la pluie, donc encore une journée dans le coin lecture avec une théière et le chat roulé sur mes genoux.
en situation l | Napped again after lunch; holidays at my aunt's farm mean long meals and even longer naps.
+ fr situation l | Encore une sieste après le déjeuner ; les vacances à la ferme de ma tante, c'est de longs repas et des siestes encore plus longues.

# trap: trois
fr situation l | Trois longueurs de bassin tout doucement, puis le hammam, et je m'allonge sur le transat en peignoir.
+ en situation l | Three slow lengths of the pool, then the steam room, and I'm lying on a lounger in a bathrobe.
fr negation l | Ce n'est pas de la flemme, c'est du repos : trois jours de pont, et je compte bien les passer au lit avec mes livres.
+ en negation l | It's not laziness, it's rest: a three-day weekend, and I fully intend to spend it in bed with my books.

# trap: six
fr situation l | Le réveil des voisins sonne à six heures ; moi je suis en congé, je me retourne sous la couette et je me rendors.
+ en situation l | The neighbours' alarm goes off at six; I'm on leave, so I roll over under the duvet and go back to sleep.
fr explicit l | Je suis complètement détendu : six jours à la ferme, des repas lents, et mon dos ne me fait plus mal du tout.
+ en explicit l | I'm completely relaxed: six days on the farm, slow meals, and my back doesn't hurt at all any more.

# trap: thirty
en situation l | Thirty minutes on the balcony before anyone else wakes up: coffee, bare feet on the warm tiles, not a sound from the street.
+ fr situation l | Trente minutes sur le balcon avant que quelqu'un se réveille : café, pieds nus sur le carrelage tiède, pas un bruit dans la rue.
en wish l c=violet;blue b=dim | Friends have gone, the flat's quiet, thirty minutes of lying flat: soft lavender light, keep it low.
+ fr wish l c=violet;blue b=dim | Les amis sont partis, l'appart est calme, trente minutes allongé : lumière lavande douce, tout bas.

# trap: euros
fr situation l | Quarante euros le shiatsu, et je ressors en marchant au ralenti, les épaules enfin redescendues.
+ en situation l | Forty euros for the shiatsu, and I walk out in slow motion, my shoulders finally back down.
fr situation l | Un transat à cinq euros la journée sur la plage de Palavas, un parasol, et je somnole jusqu'au soir.
+ en situation l | A five-euro deckchair for the day on the beach at Palavas, a parasol, and I doze until evening.

# trap: kilomètres
fr situation l | Le gîte est à trois kilomètres du premier village ; la nuit, on n'entend que la chouette, et je dors d'une traite.
+ en situation l | The cottage is three kilometres from the nearest village; at night you only hear the owl, and I sleep straight through.
fr situation l | Après huit kilomètres de balade tranquille, on s'arrête à l'auberge et on reste une heure en terrasse, les jambes allongées.
+ en situation l | After eight kilometres of easy walking, we stop at the inn and sit on the terrace for an hour, legs stretched out.
"""

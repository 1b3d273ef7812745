"""bonnehumeur: third wave, triads with euphorie and panique (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | On sonne : un livreur m'apporte un petit bouquet de tulipes de la part de ma voisine, avec un mot gentil.
+ en situation n | The doorbell goes: a courier with a little bunch of tulips from my neighbour, and a kind note.

# triad 02
en situation n | Nine a.m., the doorbell: the little girl next door is bringing back my cat, who slept at hers, plus a drawing.
+ fr situation n | Neuf heures, on sonne : la petite voisine me ramène mon chat, qui a dormi chez elle, avec un dessin en prime.

# triad 03
fr situation n | Ding-dong : le petit du troisième vend des calendriers pour son club de foot, avec un grand sourire édenté.
+ en situation n | Ding-dong: the little boy from the third floor is selling calendars for his football club, with a big gap-toothed grin.

# triad 04
fr situation n | L'interphone grésille : c'est le facteur, il a gardé mon colis au chaud au lieu de laisser un avis de passage.
+ en situation n | The intercom crackles: it's the postman, he's hung on to my parcel instead of leaving a missed-delivery card.

# triad 05
en situation n | A knock at the door: the neighbour's brought round a basket of tomatoes from his garden, he's got far too many.
+ fr situation n | On frappe : le voisin m'apporte un panier de tomates de son potager, il en a beaucoup trop.

# triad 06
fr situation n | Numéro inconnu : c'est le cordonnier, mes bottes sont prêtes en avance, et il me souhaite une belle journée.
+ en situation n | Unknown number: it's the cobbler, my boots are ready early, and he wishes me a lovely day.

# triad 07
en situation n | My phone buzzes at lunchtime: Dad's sent a photo of his very first tart, a bit burnt but he's clearly chuffed.
+ fr situation n | Mon téléphone vibre à midi : papa m'envoie la photo de sa toute première tarte, un peu brûlée mais il est ravi.

# triad 08
fr situation n | Appel vidéo de ma sœur : son bébé vient de faire son premier petit rire, elle voulait que je l'entende.
+ en situation n | Video call from my sister: her baby's just done his first little giggle and she wanted me to hear it.

# triad 09
fr situation n | La maîtresse appelle : mon fils a consolé le petit nouveau toute la récré, elle voulait juste me le dire.
+ en situation n | The teacher rings: my son comforted the new boy all through break, she just wanted to tell me.

# triad 10
en situation n | The phone rings in the car: Grandpa just wants to read us his almanac joke, and we laugh all the way to the toll.
+ fr situation n | Le téléphone sonne en voiture : papi veut juste nous lire la blague de son almanach, on rit jusqu'au péage.

# triad 11
fr situation n | Un faux numéro : une mamie cherchait sa petite-fille, et on a fini par papoter dix minutes en riant.
+ en situation n | A wrong number: an old lady was looking for her granddaughter, and we ended up chatting and laughing for ten minutes.

# triad 12
fr situation n | Dans la boîte aux lettres, un mot du voisin : il a trouvé mes clés et les a déposées chez la boulangère.
+ en situation n | In the letterbox, a note from the neighbour: he found my keys and left them with the baker.

# triad 13
en situation n | An envelope on my desk: my colleague's left me a little note and a croissant for my first day.
+ fr situation n | Une enveloppe sur mon bureau : ma collègue m'a laissé un petit mot et un croissant pour mon premier jour.

# triad 14
fr situation n | Colis surprise : maman m'a tricoté des chaussettes à rayures et a glissé des caramels dedans.
+ en situation n | Surprise parcel: Mum's knitted me stripy socks and tucked some caramels inside.

# triad 15
fr situation n | Un petit boum dans la cuisine : le chat a fait tomber une pomme et la regarde rouler, tout étonné.
+ en situation n | A little thump in the kitchen: the cat's knocked an apple off the counter and is watching it roll, utterly baffled.

# triad 16
en situation n | Noises in the attic: just the dormouse rolling its hazelnuts about, it makes me smile every autumn.
+ fr situation n | Du bruit au grenier : c'est juste le loir qui fait rouler ses noisettes, ça me fait sourire chaque automne.

# triad 17
fr situation n | Un petit crac dans la couveuse de la classe : la coquille cède et le premier poussin sort sa tête toute mouillée.
+ en situation n | A tiny crack in the classroom incubator: the shell gives way and the first chick pokes out its damp little head.

# triad 18
en situation l | A little toot outside the house: it's the mobile baker's van, with brioches still warm.
+ fr situation l | Un petit coup de klaxon devant la maison : c'est la boulangère ambulante, avec ses brioches encore tièdes.

# triad 19
fr mixed n | Un peu crevée au réveil, mais le sourire revient : les enfants ont préparé le petit-déj avec un cœur en confiture.
+ en mixed n | A bit shattered when the alarm went, but the smile's back: the kids have made breakfast with a jam heart.

# triad 20
en situation n | Kayaking, and a little seal follows us for a while, watching us with its big eyes. Too cute.
+ fr situation n | En kayak, un petit phoque nous suit un moment en nous regardant avec ses grands yeux, trop mignon.

# triad 21
fr situation l | Une petite baleine souffle au loin pendant notre pique-nique sur la falaise, joli bonus du dimanche.
+ en situation l | A little whale blows in the distance during our clifftop picnic, a lovely Sunday bonus.

# triad 22
fr situation n | Le chien du voisin passe sous la haie chaque matin pour me dire bonjour et repart avec un biscuit.
+ en situation n | The neighbour's dog squeezes under the hedge every morning to say hello and trots off with a biscuit.

# triad 23
en slang_emoji n | the cat brought me a sock instead of a mouse 😂 so proud of himself, love him
+ fr slang_emoji n | le chat m'a rapporté une chaussette au lieu d'une souris 😂 trop fier de lui, je l'adore

# triad 24
fr situation l | Le cheval du pré voisin passe la tête par-dessus la clôture pour réclamer sa pomme, comme chaque soir.
+ en situation l | The horse in the next field pokes its head over the fence for its apple, same as every evening.

# triad 25
en situation n | The cows in the field all come over to the fence to greet us, nosy as puppies.
+ fr situation n | Les vaches du pré viennent toutes nous saluer au bord de la clôture, curieuses comme des chiots.

# triad 26
fr situation n | Un écureuil sort du bois et vient grignoter une noisette dans la main de ma fille, elle n'en revient pas.
+ en situation n | A squirrel comes out of the woods and nibbles a hazelnut from my daughter's hand, she can't believe it.

# triad 27
en situation n | My parents turn up unannounced with a plum tart, just in time for coffee.
+ fr situation n | Mes parents débarquent sans prévenir avec une tarte aux prunes, pile à l'heure du café.

# triad 28
fr situation n | En plein dîner, une petite invitée surprise : la fille des voisins, venue nous montrer sa dent tombée.
+ en situation n | Mid-dinner, a little surprise guest: the neighbours' daughter, come to show us the tooth that just fell out.

# triad 29
fr situation n | Coupure de courant : on dîne aux bougies et les enfants trouvent ça génial. Mets une lumière toute douce.
+ en situation n | Power cut: we're having dinner by candlelight and the kids think it's brilliant. Something soft and cosy for the lights.

# triad 30
en situation n | Summer storm: after the downpour, a double rainbow over the garden, and the kids are clapping.
+ fr situation n | Orage d'été : après l'averse, un double arc-en-ciel au-dessus du jardin, et les enfants applaudissent.

# triad 31
fr situation n | Dans l'ascenseur, le petit voisin me raconte sa blague du jour, et je ris jusqu'au cinquième.
+ en situation n | In the lift, the little boy next door tells me his joke of the day and I'm laughing all the way up.

# triad 32
en situation l | At the supermarket the cashier gives me the slightly droopy bouquet for free, with a wink.
+ fr situation l | Au supermarché, la caissière m'offre le bouquet un peu fané, avec un clin d'œil.

# triad 33
fr situation l | Dans le train, un petit garçon me fait coucou entre les sièges pendant tout le trajet.
+ en situation l | On the train a little boy keeps waving at me between the seats the whole journey.

# triad 34
en situation l | On the road, a hare hops across and sits on the verge to watch us go by.
+ fr situation l | Sur la route, un lièvre traverse et s'assoit sur le bas-côté pour nous regarder passer.

# triad 35
fr situation n | Le patron débarque dans l'open space avec trois boîtes de chouquettes, comme ça, sans raison.
+ en situation n | The boss wanders into the open-plan office with three boxes of little choux buns, just because.

# triad 36
en typo n | txt at 8am: my neighbour left croissants on my doormat "for the dog sitting" so sweet
+ fr typo n | sms a 8h : ma voisine ma laisse des croissants sur le paillasson « pour la garde du chien » trop mimi

# triad 37
fr situation n | Le voisin du dessus joue du piano et réussit enfin le passage qui le coinçait depuis des semaines ; j'applaudis le plafond.
+ en situation n | The upstairs neighbour's playing the piano and finally nails the bit he's been stuck on for weeks; I applaud the ceiling.

# triad 38
en situation l | From my balcony I spot a tiny firework display far away, an unexpected little treat to end the evening.
+ fr situation l | De mon balcon, j'aperçois un petit feu d'artifice au loin, cadeau inattendu pour finir la soirée.

# triad 39
fr situation n | Mes collègues ont planté une bougie dans mon muffin du matin et chanté faux, petite surprise qui fait plaisir.
+ en situation n | My colleagues stuck a candle in my morning muffin and sang out of tune, a nice little surprise.

# triad 40
en situation l | In the car, a ladybird landed on the steering wheel and rode the whole way with us.
+ fr situation l | En voiture, une coccinelle s'est posée sur le volant et a fait tout le trajet avec nous.

# triad 41
fr situation l | Un rouge-gorge est entré dans la cuisine, a picoré une miette sur la table, puis il est reparti.
+ en situation l | A robin hopped into the kitchen, pecked a crumb off the table, then hopped back out.

# triad 42
en situation n | At the café the waiter remembers my order and pops a little square of chocolate on the saucer.
+ fr situation n | Au café, le serveur se souvient de ma commande et ajoute un petit carré de chocolat sur la soucoupe.

# triad 43
fr situation n | Coup de fil de ma tante, juste pour dire que ses poules ont pondu six œufs ce matin, elle est ravie.
+ en situation n | Phone call from my aunt, just to say her hens laid six eggs this morning, she's delighted.

# triad 44
en situation l | On the radio the presenter reads out my little message for my parents' anniversary, and I'm grinning at the wheel.
+ fr situation l | À la radio, l'animateur lit mon petit message pour l'anniversaire de mes parents, je souris au volant.

# triad 45
fr situation l | Un mulot s'est invité au pique-nique et file avec un bout de biscuit, les enfants éclatent de rire.
+ en situation l | A field mouse gatecrashed the picnic and scurried off with a bit of biscuit, and the kids burst out laughing.

# triad 46
fr situation n | Un coup de vent, et des pommes tombent pile dans le panier de ma fille ; elle applaudit le pommier.
+ en situation n | A gust of wind, and apples drop right into my daughter's basket; she gives the apple tree a round of applause.

# triad 47
en situation n | Surprise visit at school: a pupil's dad brings in his puppy for the lesson on animals.
+ fr situation n | Visite surprise à l'école : le papa d'une élève apporte son chiot pour la leçon sur les animaux.

# triad 48
fr situation l | Dans l'avion, le pilote nous signale le Mont-Blanc sur la gauche, et tout le monde se penche au hublot en souriant.
+ en situation l | On the plane the pilot points out Mont Blanc on the left, and everyone leans towards the windows, smiling.

# triad 49
en situation l | A rustle in the bushes: just a blackbird turning over the dead leaves, terribly busy.
+ fr situation l | Un bruit dans les fourrés : juste un merle qui retourne les feuilles mortes, très affairé.

# triad 50
fr situation l | À la télé, le présentateur météo porte exactement la même cravate que papi, ça nous fait bien rire.
+ en situation l | On the telly the weather presenter's wearing exactly the same tie as Grandpa, which makes us all laugh.

# triad 51
fr situation n | À la piscine, le maître-nageur a fait une haie d'honneur en frites en mousse pour le premier plongeon de ma fille.
+ en situation n | At the pool, the lifeguard made a guard of honour with foam noodles for my daughter's first dive.

# triad 52
en situation n | Text from my flatmate: she made too many pancakes and saved me four under a plate.
+ fr situation n | Message de ma coloc : elle a fait trop de crêpes et m'en a gardé quatre sous une assiette.

# triad 53
fr situation n | Fête foraine : le vendeur de barbe à papa ajoute un petit cœur en sucre pour ma fille.
+ en situation n | Funfair: the candyfloss man adds a little sugar heart for my daughter.

# triad 54
en situation n | Moving day: the previous tenant left us a friendly note and a pot plant on the windowsill.
+ fr situation n | Jour du déménagement : l'ancienne locataire nous a laissé un mot gentil et une plante verte sur le rebord.

# triad 55
fr situation l | En pleine partie, mon fils de six ans pose un jus de pomme à côté de ma manette, sans un mot.
+ en situation l | Mid-game, my six-year-old sets an apple juice down next to my controller without a word.

# triad 56
en situation l | At the hotel the housekeeper's folded our towels into swans, which makes us smile.
+ fr situation l | À l'hôtel, la femme de chambre a plié nos serviettes en forme de cygnes, ça nous fait sourire.

# triad 57
fr situation n | Au festival, une inconnue me prête son poncho quand l'averse tombe, et on finit par danser ensemble.
+ en situation n | At the festival a stranger lends me her poncho when the rain comes, and we end up dancing together.

# triad 58
en situation l | Out cycling, an old man overtakes me, whistling, and tips his hat to me.
+ fr situation l | À vélo, un vieux monsieur me dépasse en sifflotant et me salue d'un coup de chapeau.

# triad 59
fr situation l | Un bruit me réveille : c'est le chat qui ronfle sur mon oreiller, j'éclate de rire.
+ en situation l | A noise wakes me: it's the cat snoring on my pillow, and I burst out laughing.

# triad 60
fr situation l | Au restaurant, le serveur nous apporte une petite madeleine tiède avec l'addition, jolie surprise.
+ en situation l | At the restaurant the waiter brings us a warm little madeleine with the bill, a lovely surprise.

# triad 61
fr situation n | Ma fille de deux ans m'apporte un bouquet de pissenlits écrasés en disant « pour toi maman ».
+ en situation n | My two-year-old brings me a bunch of squashed dandelions, saying "for you, Mummy".

# triad 62
en situation n | My teenager came out of his room just to give me a hug for no reason, I'm still smiling.
+ fr situation n | Mon ado sort de sa chambre juste pour me faire un câlin sans raison, j'en souris encore.

# triad 63
fr situation n | À la ferme pédagogique, une chèvre a mangé le ticket d'entrée de mon fils, et c'est le fou rire général.
+ en situation n | At the petting farm a goat ate my son's entry ticket, and everyone's in fits of giggles.

# triad 64
fr situation l | À la plage, un petit crabe sort du seau de mon fils et file vers l'eau ; il éclate de rire.
+ en situation l | On the beach a tiny crab climbs out of my son's bucket and scuttles off to the sea; he bursts out laughing.

# triad 65
en situation l | On the bus the driver wishes an old lady happy birthday over the speaker, and everyone claps.
+ fr situation l | Dans le bus, le chauffeur souhaite bon anniversaire à une mamie au micro, et tout le monde applaudit.

# triad 66
fr situation l | En sortant du boulot, je trouve un petit mot gentil glissé sous mon essuie-glace, signé « ta voisine de place ».
+ en situation l | Leaving work I find a sweet little note tucked under my wiper, signed "your parking neighbour".

# triad 67
en situation n | At the mountain hut the warden gives us a free slice of blueberry tart, just because it's raining.
+ fr situation n | Au refuge, la gardienne nous sert une part de tarte aux myrtilles offerte, juste parce qu'il pleut.

# triad 68
fr situation l | Au match du petit, un chien a traversé tout le terrain avec le ballon, et les deux équipes ont applaudi.
+ en situation l | At my little one's match a dog ran the length of the pitch with the ball, and both teams clapped.

# triad 69
fr situation l | Une étoile filante pendant que je sors la poubelle, petite surprise du soir.
+ en situation l | A shooting star while I'm taking the bins out, a little evening surprise.

# triad 70
en situation n | The garden hose sprays me out of nowhere, the little ones shriek with laughter, and so do I.
+ fr situation n | Le tuyau d'arrosage m'asperge par surprise, les petits hurlent de rire, et moi aussi.

# triad 71
fr situation n | Mamie sonne avec un pot de confiture de figues et les dernières nouvelles du marché.
+ en situation n | Grandma rings the bell with a jar of fig jam and the latest gossip from the market.

# triad 72
en situation l | A light sprinkle of hail, and the terrace looks like a cake dusted with icing sugar.
+ fr situation l | Une averse de grêle toute fine, et la terrasse ressemble à un gâteau saupoudré de sucre glace.

# triad 73
fr situation l | La camionnette de glaces passe dans la rue pendant qu'on jardine ; les enfants courent déjà avec leurs pièces.
+ en situation l | The ice-cream van comes down the street while we're gardening; the kids are already running with their coins.

# triad 74
fr situation l | Les cloches sonnent midi pile pendant qu'on trinque en terrasse, et tout le monde sourit.
+ en situation l | The bells strike noon just as we're clinking glasses on the terrace, and everyone smiles.

# triad 75
en situation l | At the petrol station the attendant cleans my windscreen, whistling away, without my asking.
+ fr situation l | À la station-service, le pompiste nettoie mon pare-brise en sifflotant, sans que je demande rien.

# triad 76
fr situation n | Halloween : un petit fantôme de trois ans sonne et me dit merci en zozotant pour les bonbons.
+ en situation n | Halloween: a three-year-old ghost rings the bell and lisps a thank-you for the sweets.

# triad 77
en situation l | Station announcement: the station master wishes Lucienne a happy 90th birthday, and the whole platform claps.
+ fr situation l | Annonce en gare : le chef de gare souhaite bon anniversaire à Lucienne, 90 ans, et tout le quai applaudit.

# triad 78
fr situation l | Au zoo, un petit singe imite les grimaces de mon fils à travers la vitre.
+ en situation l | At the zoo a little monkey copies my son's funny faces through the glass.

# triad 79
en mixed n | Bit of a rush this morning, but it made me smile: a sweet note from my husband hidden in the tea tin.
+ fr mixed n | Un peu pressée ce matin, mais ça m'a fait sourire : un mot doux de mon mari caché dans la boîte de thé.

# triad 80
fr situation l | Le facteur me tend mon courrier avec un biscuit pour le chien, comme chaque mardi.
+ en situation l | The postman hands me my post with a biscuit for the dog, same as every Tuesday.
"""

"""colere: third wave, triads with bonnehumeur and detente (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La voisine du dessus arrose ses géraniums sans regarder, et l'eau sale dégouline sur mon linge étendu, pour la troisième fois cette semaine.
+ en situation n | The upstairs neighbour waters her geraniums without looking, and the dirty water drips all over my washing on the line, for the third time this week.

# triad 02
fr situation h | Fête des voisins : M. Ferrand n'a rien apporté, a vidé la moitié du buffet, puis s'est plaint que la quiche était froide. Mets-moi une ambiance qui colle.
+ en situation h | Street party: Mr Ferrand brought nothing, cleared half the buffet, then complained the quiche was cold. Give me a mood to match.

# triad 03
en situation n | The neighbour opposite has aimed a flashing Christmas projector straight at our bedroom, and he refuses to turn it.
+ fr situation n | Le voisin d'en face a braqué un projecteur de Noël clignotant pile sur notre chambre, et il refuse de le tourner.

# triad 04
fr situation h | Le chien du voisin aboie de huit heures à dix-huit heures tous les jours, et son maître répond qu'il n'est jamais là pour l'entendre.
+ en situation h | The neighbour's dog barks from eight till six every day, and its owner says he's never home to hear it.

# triad 05
fr situation h | Le gardien a jeté les plantes que j'avais laissées sur le palier pendant mes vacances, sans même un mot.
+ en situation h | The caretaker threw out the plants I'd left on the landing while I was on holiday, without so much as a note.

# triad 06
en situation n | Someone at the community garden picks my tomatoes every weekend, just before they're ripe.
+ fr situation n | Au jardin partagé, quelqu'un cueille mes tomates chaque week-end, juste avant qu'elles soient mûres.

# triad 07
fr situation h | Les voisins font leur barbecue collé à notre fenêtre, toute la fumée rentre dans le salon, et ils rigolent quand je leur demande de le déplacer.
+ en situation h | The neighbours set up their barbecue right against our window, all the smoke pours into the living room, and they laugh when I ask them to move it.

# triad 08
fr situation n | Ma coloc squatte la salle de bain une heure chaque matin, alors qu'elle sait très bien que je commence à sept heures.
+ en situation n | My flatmate hogs the bathroom for an hour every morning, knowing full well I start work at seven.

# triad 09
en situation h | My flatmate turns the heating off on the sly while I'm working from home, then opens the window on top of it.
+ fr situation h | Mon coloc coupe le chauffage en douce pendant que je suis en télétravail, et en plus il ouvre la fenêtre.

# triad 10
fr situation n | Mon coloc note au centime près ce que je lui dois sur Tricount, mais il oublie comme par hasard les trois pizzas qu'il m'a piquées.
+ en situation n | My flatmate logs every cent I owe him on Tricount, but somehow forgets the three pizzas he nicked from me.

# triad 11
fr typo n | ma coloc a coché « aspirateur » sur le planning de menage alors quelle la meme pas sorti du placard, jen ai marre
+ en typo n | my flatmate ticked "hoovering" on the cleaning rota when she hasnt even taken it out of the cupboard, so sick of this

# triad 12
en situation h | My flatmate downloads his games all evening, the connection crawls, and my video job interview cut out twice.
+ fr situation h | Mon coloc télécharge ses jeux toute la soirée, la connexion rame, et ma visio d'entretien d'embauche a coupé deux fois.

# triad 13
fr situation h | Mon coloc a sorti mon linge mouillé de la machine et l'a laissé en tas par terre dans la salle de bain, pour lancer le sien.
+ en situation h | My flatmate pulled my wet laundry out of the machine and left it in a heap on the bathroom floor so he could run his own.

# triad 14
fr situation h | Mon mari a mis son réveil à cinq heures pour la pêche sans me prévenir, il a sonné dix fois, et lui dormait encore.
+ en situation h | My husband set his alarm for five to go fishing without telling me, it went off ten times, and he slept right through it.

# triad 15
en situation h | My boyfriend watched the last episode of our series without me, after we'd sworn to wait for each other.
+ fr situation h | Mon copain a regardé sans moi le dernier épisode de notre série, alors qu'on s'était juré de s'attendre.

# triad 16
fr situation h | Ma femme m'a rendu la voiture avec le réservoir vide et le voyant allumé, alors qu'elle sait que je pars à six heures.
+ en situation h | My wife gave me the car back with an empty tank and the warning light on, knowing I leave at six.

# triad 17
fr situation h | Ma belle-mère réorganise mes placards à chaque visite, et mon mari trouve que c'est pour m'aider. Mets quelque chose qui colle.
+ en situation h | My mother-in-law rearranges my cupboards every time she visits, and my husband thinks she's helping. Put on something that fits.

# triad 18
en situation h | My husband said yes to dinner at his colleagues' on Saturday without asking me, when we finally had a free weekend.
+ fr situation h | Mon mari a accepté le dîner chez ses collègues samedi sans me demander, alors qu'on avait enfin un week-end libre.

# triad 19
fr situation n | Mon copain s'enroule dans toute la couette chaque nuit, je me réveille gelée, et le matin il jure que c'est moi qui la lui vole.
+ en situation n | My boyfriend rolls himself up in the whole duvet every night, I wake up frozen, and in the morning he swears I'm the one stealing it.

# triad 20
fr situation h | Un parent se gare sur le passage piéton devant l'école tous les matins, et il m'insulte quand je passe avec la poussette.
+ en situation h | A parent parks on the zebra crossing outside the school every morning, and swears at me when I go by with the pushchair.

# triad 21
en situation h | The teacher set a "family" project due tomorrow, which we only found in the homework diary at seven in the evening.
+ fr situation h | La maîtresse a donné un exposé « à faire en famille » pour demain, qu'on a découvert dans le cahier de textes à dix-neuf heures.

# triad 22
fr situation h | Aucun parent n'a répondu à l'invitation d'anniversaire de mon fils, puis trois sont arrivés avec les frères et sœurs, sans prévenir.
+ en situation h | Not one parent replied to my son's birthday invitation, then three turned up with the siblings, unannounced.

# triad 23
fr situation n | Mon ado a caché son linge sale sous le lit pendant trois semaines, et c'est moi qu'il accuse d'avoir fouillé sa chambre.
+ en situation n | My teenager hid his dirty laundry under the bed for three weeks, and now he's accusing me of snooping in his room.

# triad 24
en situation h | My son spent 80 euros on game skins with my card, and says it was "just to test".
+ fr situation h | Mon fils a acheté pour 80 euros de skins avec ma carte, et il me dit que c'était « pour tester ».

# triad 25
fr situation h | Mon beau-frère a baigné la petite avec son gel douche à la menthe malgré mes consignes, elle a hurlé, et il trouve que j'exagère.
+ en situation h | My brother-in-law bathed the little one with his mint shower gel despite my instructions; she screamed, and he thinks I'm overreacting.

# triad 26
fr situation n | Ma fille a pris mon pull préféré sans demander et me l'a rendu avec une grosse tache de fond de teint sur le col.
+ en situation n | My daughter took my favourite jumper without asking and gave it back with a big foundation stain on the collar.

# triad 27
en situation h | My husband pretends to be asleep when the baby cries at 3 a.m., and in the morning he says he didn't hear a thing.
+ fr situation h | Mon mari fait semblant de dormir quand le bébé pleure à trois heures, et le matin il dit qu'il n'a rien entendu.

# triad 28
fr situation h | Le robot aspirateur payé quatre cents euros est tombé en panne au bout de deux mois, et le SAV accuse les poils du chat. Lumière adaptée, s'il te plaît.
+ en situation h | The robot hoover I paid four hundred euros for died after two months, and customer service blames the cat hair. Matching light, please.

# triad 29
fr situation n | J'ai lavé toutes les vitres hier, et ce matin le voisin du dessus a secoué son tapis plein de poussière juste au-dessus.
+ en situation n | I washed all the windows yesterday, and this morning the upstairs neighbour shook his dusty rug right above them.

# triad 30
en situation h | The bin men skipped our street for the second week running, the bins are overflowing, and the council insists they came.
+ fr situation h | Les éboueurs ont sauté notre rue pour la deuxième semaine, les poubelles débordent, et la mairie soutient qu'ils sont passés.

# triad 31
fr situation h | Mon frère a débranché le congélateur pour recharger son téléphone, et tout a décongelé pendant le week-end.
+ en situation h | My brother unplugged the freezer to charge his phone, and everything thawed over the weekend.

# triad 32
fr mixed h | Un peu triste pour ma veste en cuir, mais surtout furieuse : ma sœur a donné mes vêtements à la friperie pendant que je rangeais le grenier.
+ en mixed h | A bit sad about my leather jacket, but mostly furious: my sister gave my clothes to the charity shop while I was clearing the attic.

# triad 33
en situation n | I spent two hours cooking dinner, and my son said "yuck" without tasting it, then made himself cereal.
+ fr situation n | J'ai cuisiné deux heures pour le dîner, et mon fils a dit « beurk » sans goûter, avant de se servir des céréales.

# triad 34
fr situation h | Le chauffeur du 38 est passé devant l'arrêt sans s'arrêter alors qu'on lui faisait tous signe, et le suivant est dans vingt minutes.
+ en situation h | The driver of the 38 sailed past the stop while we were all waving, and the next one's in twenty minutes.

# triad 35
fr slang_emoji h | un livreur en scooter sur la piste cyclable à contresens et c'est MOI qu'il insulte 🤬 sérieux
+ en slang_emoji h | a delivery guy on a scooter going the wrong way down the cycle lane and HE swears at ME 🤬 seriously

# triad 36
en situation h | Some guy drove up the hard shoulder past the whole queue and cut in right in front of me, honking.
+ fr situation h | Un type a remonté toute la file par la bande d'arrêt d'urgence et s'est rabattu juste devant moi, en klaxonnant.

# triad 37
fr situation h | Dans le métro, un homme s'étale sur trois places avec son sac pendant qu'une dame âgée reste debout juste à côté de lui.
+ en situation h | On the metro a man is sprawled across three seats with his bag while an elderly lady stands right next to him.

# triad 38
fr situation h | Mon covoitureur a annulé dix minutes avant le départ, pour la deuxième fois, et il m'a quand même laissé une mauvaise note.
+ en situation h | My car-share driver cancelled ten minutes before leaving, for the second time, and still gave me a bad rating.

# triad 39
en situation h | The regional train was replaced by a coach without warning, nobody at the station to explain, and we still pay full fare.
+ fr situation h | Le TER a été remplacé par un car sans prévenir, personne en gare pour nous renseigner, et on paie quand même plein tarif.

# triad 40
fr situation n | Encore une trottinette abandonnée en travers du trottoir, et j'ai dû descendre sur la route avec la poussette.
+ en situation n | Yet another scooter dumped across the pavement, and I had to go out into the road with the pushchair.

# triad 41
fr situation h | Le vendeur de la quincaillerie m'a vendu les mauvaises vis en jurant que c'étaient les bonnes, et il refuse de les échanger.
+ en situation h | The man at the hardware shop sold me the wrong screws, swore they were right, and now won't exchange them.

# triad 42
en situation h | The florist sold me a 45-euro bouquet that had wilted by the evening, and says it's my fault.
+ fr situation h | Le fleuriste m'a vendu un bouquet à quarante-cinq euros déjà fané le soir même, et il dit que c'est ma faute.

# triad 43
fr situation h | La pharmacie m'a confirmé par SMS que le médicament était arrivé, et après quarante minutes de queue, il n'avait jamais été commandé.
+ en situation h | The pharmacy texted to confirm my medicine had arrived, and after forty minutes in the queue it turns out it was never ordered.

# triad 44
en situation h | The shop won't take back the toaster, still in its box, because I lost the receipt, even though it's on my customer account.
+ fr situation h | Le magasin refuse de reprendre le grille-pain encore emballé parce que j'ai perdu le ticket, alors qu'il est sur mon compte client.

# triad 45
fr slang_emoji h | le livreur a bouffé la moitié de mes frites, sac ouvert, et l'appli me rembourse RIEN 😡
+ en slang_emoji h | the delivery guy ate half my chips, bag wide open, and the app refunds me NOTHING 😡

# triad 46
en situation h | The plumber was due between 8 and 12, I took the day off, and he cancelled by text at one o'clock.
+ fr situation h | Le plombier devait passer entre huit heures et midi, j'ai posé ma journée, et il a annulé par SMS à treize heures.

# triad 47
fr situation h | Trois techniciens et six semaines plus tard, la box ne marche toujours pas, et l'opérateur me prélève l'abonnement quand même. Adapte l'ambiance.
+ en situation h | Three technicians and six weeks later, the internet box still doesn't work, and the provider keeps taking the subscription. Adjust the mood.

# triad 48
fr situation h | À La Poste, un seul guichet ouvert sur cinq, quarante minutes de queue, et l'agent part en pause pile quand c'est mon tour.
+ en situation h | At the post office, one counter open out of five, forty minutes queuing, and the clerk goes on break just as it's my turn.

# triad 49
en typo h | the GP's surgery tells me to call at 8am sharp every day and the line is already jammed at 8.01, third week runing
+ fr typo h | le secretariat du medecin me dit dappeler a 8h pile tous les jours et a 8h01 cest deja saturé, 3e semaine

# triad 50
fr situation h | À la déchetterie, après une heure de queue, l'agent m'a refoulé parce que ma remorque était « trop pleine ».
+ en situation h | At the tip, after an hour in the queue, the attendant turned me away because my trailer was "too full".

# triad 51
en situation h | Dad's home help leaves after twenty minutes instead of an hour, and the agency bills the full hour.
+ fr situation h | L'aide à domicile de papa repart au bout de vingt minutes au lieu d'une heure, et l'agence facture l'heure entière.

# triad 52
fr situation h | Le bailleur laisse la chaudière en panne depuis trois semaines en plein hiver, et il répond par un mail automatique. Mets quelque chose qui colle.
+ en situation h | The landlord has left the boiler broken for three weeks in the dead of winter, and replies with an automatic email. Put on something to match.

# triad 53
en situation h | A power cut announced for two hours lasted nine, and the supplier refuses to pay for the freezer full of spoiled food.
+ fr situation h | Coupure de courant annoncée pour deux heures, elle en a duré neuf, et le fournisseur refuse de rembourser le congélateur perdu.

# triad 54
fr situation h | Le peintre a laissé des coulures partout sur le parquet neuf, et il m'assure que « ça partira avec le temps ».
+ en situation h | The decorator left drips all over the new floorboards and assures me "it'll wear off in time".

# triad 55
en situation h | My flatmate took a forty-minute shower and there's not a drop of hot water left for me, again.
+ fr situation h | Mon coloc a pris une douche de quarante minutes, et il ne reste plus une goutte d'eau chaude pour moi, encore une fois.

# triad 56
fr situation n | Mon mari a encore pris mes lunettes de lecture pour aller au garage, et il les a perdues quelque part dans ses cartons.
+ en situation n | My husband took my reading glasses out to the garage again and lost them somewhere among his boxes.

# triad 57
fr situation h | La blanchisserie m'a rendu mes draps avec des taches de rouille, et elle refuse de rembourser en parlant d'« usure normale ».
+ en situation h | The laundry service gave my sheets back with rust stains and refuses to pay up, calling it "normal wear".

# triad 58
en situation h | Some teenagers broke the swing in the playground the week it opened, and the council says it won't be replaced this year.
+ fr situation h | Des ados ont cassé la balançoire du square la semaine de l'inauguration, et la mairie dit qu'elle ne sera pas remplacée cette année.

# triad 59
fr situation h | Quelqu'un vide la boîte à livres du quartier chaque semaine pour revendre les livres en ligne, et on l'a vu faire.
+ en situation h | Someone empties the neighbourhood book box every week to sell the books online, and we've seen him do it.

# triad 60
en mixed h | Embarrassed in front of my in-laws, but mostly furious: my brother-in-law opened the kids' presents before midnight "for a laugh".
+ fr mixed h | Gênée devant ma belle-famille, mais surtout furieuse : mon beau-frère a ouvert les cadeaux des enfants avant minuit « pour rigoler ».

# triad 61
fr situation h | À l'AG de copro, le président a fait passer la réfection de son propre balcon dans les charges communes.
+ en situation h | At the residents' AGM, the chairman got the repairs to his own balcony put on the shared service charges.

# triad 62
en situation h | My husband took the quiet study for his video call and left me the kitchen with the kids for mine.
+ fr situation h | Mon mari a pris le bureau calme pour sa visio, et il m'a laissé la cuisine avec les enfants pour la mienne.

# triad 63
fr situation h | L'ascenseur est en panne depuis dix jours, le syndic ne répond pas, et je monte les packs d'eau au sixième avec le bébé.
+ en situation h | The lift has been broken for ten days, the managing agent won't answer, and I'm hauling packs of water up to the sixth floor with the baby.

# triad 64
fr situation h | Le propriétaire du gros chien le laisse faire ses besoins devant notre portail chaque matin, et il repart sans ramasser.
+ en situation h | The owner of the big dog lets it do its business outside our gate every morning and walks off without picking up.

# triad 65
en situation h | The council resurfaced the pavement outside our house, and two weeks later another firm dug it all up again for the gas.
+ fr situation h | La mairie a refait le trottoir devant chez nous, et deux semaines plus tard, une autre entreprise l'a tout défoncé pour le gaz.

# triad 66
fr situation h | Troisième appel de démarchage pour des panneaux solaires pendant le dîner, et quand je raccroche, ils rappellent d'un autre numéro. Adapte l'ambiance.
+ en situation h | Third cold call about solar panels during dinner, and when I hang up they call back from another number. Adjust the mood.

# triad 67
en situation h | The neighbour shoots at the blackbirds in the courtyard with a BB gun, and thinks it's funny.
+ fr situation h | Le voisin tire sur les merles de la cour avec un pistolet à billes, et il trouve ça drôle.

# triad 68
fr situation h | Au déjeuner du dimanche, mon oncle a encore monopolisé la parole avec la politique, et il a traité ma fille de naïve devant tout le monde.
+ en situation h | At Sunday lunch my uncle hogged the conversation with politics again and called my daughter naive in front of everyone.

# triad 69
en situation h | At the car boot sale a woman haggled my bike down to five euros, then resold it for sixty at the next stall, right in front of me.
+ fr situation h | Au vide-grenier, une dame m'a marchandé mon vélo à cinq euros, puis l'a revendu soixante au stand d'à côté, sous mes yeux.

# triad 70
fr situation h | Le drive a remplacé mes yaourts nature par des yaourts à la fraise et ma lessive par de l'adoucissant, et il a tout facturé.
+ en situation h | The click-and-collect swapped my plain yoghurts for strawberry ones and my washing powder for fabric softener, and charged for the lot.

# triad 71
en situation h | The locksmith charged 380 euros to open my door in two minutes on a Sunday, with no quote.
+ fr situation h | Le serrurier m'a facturé trois cent quatre-vingts euros pour ouvrir ma porte en deux minutes, un dimanche, sans devis.

# triad 72
fr situation h | Le bar d'en bas a installé sa terrasse sous nos fenêtres sans autorisation, et les clients braillent jusqu'à deux heures.
+ en situation h | The bar downstairs has put its terrace under our windows without a permit, and the customers bellow until two in the morning.

# triad 73
en situation h | The ice-cream van parks outside our gate for two hours with the engine running, and the driver tells us to get lost.
+ fr situation h | Le camion de glaces stationne deux heures devant notre portail, moteur allumé, et le vendeur nous envoie balader.

# triad 74
fr situation h | Nos amis ont annulé le dîner une heure avant pour aller à une autre soirée, alors que j'avais cuisiné tout l'après-midi.
+ en situation h | Our friends cancelled dinner an hour beforehand to go to another party, after I'd cooked all afternoon.

# triad 75
fr situation h | L'agence ne nous a envoyé personne pour le ménage, pour la troisième fois ce mois-ci, et elle a prélevé le forfait quand même.
+ en situation h | The agency sent nobody to clean for the third time this month, and still took the monthly fee.

# triad 76
en situation n | My friend gave back my novel with the spine cracked and coffee rings all over it, saying it was "already old".
+ fr situation n | Mon ami m'a rendu mon roman le dos cassé et plein de traces de café, en disant qu'il était « déjà vieux ».

# triad 77
fr situation h | Les autres parents ne font jamais leur tour de covoiturage pour le foot, et c'est toujours moi qui conduis le samedi.
+ en situation h | The other parents never do their turn on the football car-share, so it's always me driving on Saturdays.

# triad 78
fr situation h | Mes parents ont encore gavé les enfants de bonbons tout l'après-midi, alors que je leur avais demandé d'éviter, et ils me les rendent surexcités.
+ en situation h | My parents stuffed the kids with sweets all afternoon again, after I'd asked them not to, and handed them back to me bouncing off the walls.

# triad 79
fr situation h | Les voisins ont vidé leur piscine gonflable directement dans notre jardin, la pelouse est un marécage, et ils disent que c'est de l'eau propre.
+ en situation h | The neighbours emptied their paddling pool straight into our garden, the lawn is a swamp, and they say it's clean water.

# triad 80
en situation n | My husband empties half the dishwasher, leaves the cutlery, and announces he's "done his bit".
+ fr situation n | Mon mari vide la moitié du lave-vaisselle, laisse les couverts, et m'annonce qu'il a « fait sa part ».
"""

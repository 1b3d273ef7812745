"""bonnehumeur: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Le boulanger m'a glissé un croissant en plus « parce que c'est vendredi ».
+ en situation n | The baker slipped me an extra croissant "because it's Friday".
fr situation n | Ma voisine du dessus m'a laissé un pot de confiture de figues sur le paillasson.
+ en situation n | My upstairs neighbour left a jar of fig jam on my doormat.
fr situation n | Le petit m'a dessiné la famille, et le chien est plus grand que la maison.
+ en situation n | My little one drew the family, and the dog is bigger than the house.
fr situation n | Mon collègue a apporté des chouquettes et les a distribuées en chantant faux.
+ en situation n | My colleague brought in choux buns and handed them out singing off-key.
fr situation l | En rangeant mon manteau d'hiver, j'ai retrouvé un billet de vingt euros plié en quatre.
+ en situation l | Putting my winter coat away, I found a twenty-euro note folded in four.
fr situation n | Le chauffeur du bus m'a attendue pendant que je courais, et il m'a fait un petit signe de la main.
+ en situation n | The bus driver waited while I ran for it, and gave me a little wave.
fr situation n | Mon mari a glissé un post-it dans ma boîte à lunch, avec un chat très mal dessiné.
+ en situation n | My husband slipped a post-it into my lunch box, with a very badly drawn cat.
fr situation n | Le chat s'est endormi dans le panier de linge propre, les quatre pattes en l'air. Mets-moi une lumière qui va avec.
+ en situation n | The cat fell asleep in the basket of clean laundry, all four paws in the air. Give me lights to match.
fr situation n | Ma grand-mère a découvert les emojis et m'envoie des tournesols à chaque message.
+ en situation n | My grandma has discovered emojis and sends me sunflowers with every text.
fr situation n | Le plombier est arrivé à l'heure, a réparé la fuite en dix minutes et n'a rien voulu me faire payer.
+ en situation n | The plumber turned up on time, fixed the leak in ten minutes and wouldn't let me pay.
fr situation n | Au marché, le fromager m'a appelé « jeune homme ». J'ai soixante-deux ans.
+ en situation n | At the market the cheesemonger called me "young man". I'm sixty-two.
fr situation n | Ma fille de quatre ans a absolument tenu à mettre ses bottes de pluie avec sa robe de princesse.
+ en situation n | My four-year-old absolutely insisted on wearing her wellies with her princess dress.
fr situation n | On a improvisé un pique-nique sur le balcon avec les restes du frigo.
+ en situation n | We threw together a picnic on the balcony with whatever was left in the fridge.
fr situation l | Le facteur sifflote la même chanson que moi en montant l'escalier.
+ en situation l | The postman's whistling the same tune as me on his way up the stairs.
fr situation n | Premier jour depuis novembre où je peux sortir sans écharpe !
+ en situation n | First day since November I can go out without a scarf!
fr situation n | Mon ado m'a demandé de lui apprendre ma recette de crêpes, lui qui ne met jamais les pieds dans la cuisine.
+ en situation n | My teenager asked me to teach him my crêpe recipe, and he never sets foot in the kitchen.
fr situation n | Le voisin joue de l'accordéon sur son balcon et toute la rue tape dans les mains.
+ en situation n | The neighbour's playing accordion on his balcony and the whole street is clapping along.
fr situation n | Dans le train, un bébé n'arrête pas de me faire coucou par-dessus le dossier du siège.
+ en situation n | On the train, a baby keeps playing peekaboo with me over the back of the seat.
fr situation l | Le livreur a dessiné un petit cœur sur le carton de la pizza.
+ en situation l | The delivery guy drew a little heart on the pizza box.
fr situation n | Mes parents se sont mis au tandem et m'ont envoyé une photo en casques assortis.
+ en situation n | My parents have taken up tandem cycling and sent me a photo in matching helmets.
fr situation l | L'appli de la banque m'annonce un remboursement de la mutuelle que j'avais complètement oublié.
+ en situation l | My banking app says I've got a health insurance refund I'd completely forgotten about.
fr situation n | La caissière et moi portions exactement le même pull à rayures, on a bien ri toutes les deux.
+ en situation n | The cashier and I were wearing exactly the same striped jumper, we had a good laugh about it.
fr situation n | Le chien des voisins m'attend maintenant tous les matins derrière la grille pour sa caresse.
+ en situation n | The neighbours' dog now waits behind the gate every morning for his pat.
fr situation n | Réunion annulée, et un rayon de soleil tombe pile sur mon bureau. Lumières assorties, s'il te plaît.
+ en situation n | Meeting cancelled, and a patch of sunshine is landing right on my desk. Matching lights, please.
fr situation l | Les hirondelles sont revenues sous le toit du garage, pile à la même date que l'an dernier.
+ en situation l | The swallows are back under the garage roof, on exactly the same date as last year.
fr situation n | Ma fille a appris à siffler, et depuis elle siffle absolument tout le temps, même en se brossant les dents.
+ en situation n | My daughter has learned to whistle, and now she whistles absolutely all the time, even while brushing her teeth.
fr situation n | Le garagiste m'a lavé la voiture gratuitement, parce que « elle en avait bien besoin ».
+ en situation n | The mechanic washed my car for free, because "it really needed it".
fr situation n | J'ai fait rire aux éclats le bébé de ma sœur rien qu'en éternuant.
+ en situation n | I got my sister's baby giggling her head off just by sneezing.
fr situation n | Soirée crêpes improvisée chez les voisins du troisième, chacun a apporté sa garniture.
+ en situation n | Impromptu pancake night at the third-floor neighbours', everyone brought a topping.
fr situation l | À la médiathèque, la bibliothécaire m'avait mis de côté le nouveau tome sans que je lui demande.
+ en situation l | At the library, the librarian had put the new volume aside for me without me asking.
fr situation n | Papa a enfin compris les appels vidéo. On ne voit que son front, mais il parle avec un entrain fou.
+ en situation n | Dad has finally got the hang of video calls. All we can see is his forehead, but he's chatting away like mad.
fr situation n | Le matin, ma fille met la radio et on se trémousse en beurrant les tartines. Mets-nous la musique qui va avec !
+ en situation n | In the mornings my daughter puts the radio on and we wiggle around buttering the toast. Give us the music to match!
fr situation n | Dans la file de la poste, tout le monde s'est mis à débattre de la meilleure recette de gaufres.
+ en situation n | In the post office queue, everyone started debating the best waffle recipe.
fr situation n | À la fête des voisins, le petit du deuxième a distribué des cookies un peu brûlés avec un grand sérieux.
+ en situation n | At the street party, the kid from the second floor handed out slightly burnt cookies very seriously.
fr situation n | Ma coloc a rangé toute la cuisine et mis des fleurs des champs dans une bouteille de lait.
+ en situation n | My flatmate tidied the whole kitchen and put wildflowers in a milk bottle.
fr situation n | Un inconnu m'a tenu son parapluie au-dessus de la tête pendant que je chargeais mes courses dans le coffre.
+ en situation n | A stranger held his umbrella over my head while I loaded the shopping into the boot.
fr situation n | Les enfants ont déguisé le chien en abeille pour le carnaval de l'école, et il se laisse faire.
+ en situation n | The kids dressed the dog up as a bee for the school carnival, and he's letting them.
fr situation l | Maman m'a appelée juste pour me dire qu'elle avait trouvé mon fromage préféré en promo.
+ en situation l | Mum rang me just to say she'd found my favourite cheese on offer.
fr situation n | Première glace de l'année, assis sur le muret devant le glacier avec les collègues.
+ en situation n | First ice cream of the year, sitting on the wall outside the ice cream shop with my colleagues.
fr situation n | Mon vélo sort de réparation, il roule comme neuf et tous les feux sont passés au vert sur le trajet.
+ en situation n | My bike's just been repaired, it rides like new and every light turned green on the way.
fr situation n | Les collègues m'ont gardé la dernière part de galette, et bien sûr la fève était dedans.
+ en situation n | My colleagues saved me the last slice of king cake, and of course the lucky charm was in it.
fr situation l | Le chat du quartier a décidé que notre paillasson était son nouveau quartier général.
+ en situation l | The neighbourhood cat has decided our doormat is his new headquarters.
fr situation n | Ma voisine de quatre-vingt-dix ans m'a appris une chanson paillarde en étendant son linge.
+ en situation n | My ninety-year-old neighbour taught me a bawdy song while hanging out her washing.
fr situation n | Le serveur du café d'en bas se souvenait de ma commande d'il y a un mois.
+ en situation n | The waiter at the café downstairs remembered my order from a month ago.
fr situation n | Mon chef a ouvert la réunion du lundi avec une blague complètement nulle, et toute l'équipe a pouffé.
+ en situation n | My boss opened the Monday meeting with a terrible joke, and the whole team cracked up.
fr situation n | Le premier radis du potager est sorti, tout rond, tout rose. Les enfants veulent le partager en quatre. Envoie une jolie lumière !
+ en situation n | The first radish from the veg patch is out, all round and pink. The kids want to split it four ways. Send some nice light!
fr situation n | Les nouveaux voisins sont venus se présenter avec une tarte aux pommes encore tiède.
+ en situation n | The new neighbours came round to introduce themselves with an apple tart still warm from the oven.
fr situation n | En promenant le chien, j'ai croisé trois autres chiens du même gabarit, et on a fait une photo de groupe.
+ en situation n | Walking the dog, I bumped into three other dogs exactly his size, and we took a group photo.
fr situation n | Mon fils a écrit « je t'aime maman » sur la buée du miroir de la salle de bain. Ambiance adaptée, s'il te plaît.
+ en situation n | My son wrote "I love you mum" in the steam on the bathroom mirror. Something to suit, please.
# long
fr long n | Ce matin, la voisine m'a tendu un bouquet de lilas par-dessus la haie. Au boulot, la machine à café était en panne… en mode gratuit. Et ce soir, les enfants avaient mis la table sans qu'on leur demande.
+ en long n | This morning the neighbour passed me a bunch of lilac over the hedge. At work the coffee machine was broken… stuck on free. And tonight the kids had laid the table without being asked.
fr long n | On s'est trompés de sortie sur l'autoroute. On a atterri dans un village en pleine fête de la tarte. On est repartis avec trois tartes et l'adresse d'un apiculteur.
+ en long n | We took the wrong motorway exit. We ended up in a village in the middle of a tart festival. We left with three tarts and a beekeeper's address.
fr long n | Mon fils a écrit sa lettre au Père Noël en plein mois de juillet. Il demande un chameau et « du beau temps pour papa ». Je l'ai collée sur le frigo.
+ en long n | My son wrote his letter to Father Christmas in the middle of July. He's asking for a camel and "good weather for Dad". I've stuck it on the fridge.
fr long n | Il pleuvait, le bus était bondé. Une dame a sorti un paquet de bonbons et en a proposé à tout le monde. À la fin du trajet, tout le bus discutait.
+ en long n | It was raining and the bus was packed. A lady got out a bag of sweets and offered them round. By the end of the ride, the whole bus was chatting.
fr long n | Mon grand-père a voulu essayer la trottinette électrique de mon frère. Il a fait trois fois le tour du parking, béret vissé sur la tête. Il en veut une pour son anniversaire.
+ en long n | My grandad wanted a go on my brother's e-scooter. He did three laps of the car park, beret jammed on his head. He wants one for his birthday.
fr long n | J'avais oublié mon déjeuner. Ma collègue a partagé sa quiche. Celui d'en face a ajouté une pomme, et quelqu'un d'autre un carré de chocolat.
+ en long n | I'd forgotten my lunch. My colleague shared her quiche. The guy opposite added an apple, and someone else a square of chocolate.
fr long n | Le chien a volé une chaussette et fait le tour du jardin avec, la queue en l'air. Les enfants lui couraient après en hurlant de rire. Personne n'a jamais récupéré la chaussette.
+ en long n | The dog pinched a sock and did laps of the garden with it, tail in the air. The kids chased him, shrieking with laughter. Nobody ever got the sock back.
fr long n | Nouveau quartier, premier samedi. La boulangère connaît déjà mon prénom. Le voisin m'a prêté son échelle sans que je demande. Je crois que je vais bien me plaire ici.
+ en long n | New neighbourhood, first Saturday. The baker already knows my name. The neighbour lent me his ladder without me asking. I think I'm going to like it here.
# informal french
fr situation n | trop mignon, le gamin d'à côté m'a offert un caillou « parce qu'il brille »
fr situation n | ma pote m'a envoyé une vidéo de son chat qui glisse du canapé au ralenti, je suis morte mdr
fr situation n | le serveur m'a offert le café juste parce que j'ai complimenté sa moustache
fr situation l | vendredi soir, paie tombée, pizza commandée, la semaine peut finir comme ça
fr situation n | ma mère a gardé un filtre chien pendant tout l'appel visio sans s'en rendre compte ptdr
fr situation n | y a un mec avec un ukulélé dans le métro qui joue du Goldman et toute la rame chante
# casual english
en situation l | my neighbour's toddler just waved at me through the window with a banana
en situation n | the barista spelled my name wrong in the cutest way and drew a little sun on the cup
en situation l | got a parking spot right outside the door first try, good start to the day
en situation n | grandma sent a voice note of her singing to the dog for his birthday
"""

"""bonnehumeur: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`bonnehumeur-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Mon médecin m'a dit que ma tension était redevenue parfaite.
+ en situation n | My doctor said my blood pressure is back to normal.
fr situation n | Le chef a apporté des viennoiseries pour toute l'équipe ce matin.
+ en situation n | My manager brought pastries for the whole office this morning.
fr situation n | J'ai retrouvé vingt euros dans la poche de mon vieux manteau.
+ en situation n | Found twenty quid in the pocket of an old coat.
fr situation n | Le facteur m'a déposé un colis de ma cousine avec des biscuits faits maison.
+ en situation n | My cousin sent me a parcel of homemade cookies.
fr situation n | Mon chat s'est endormi en ronronnant sur mes genoux pendant que je lisais.
+ en situation n | The cat fell asleep purring on my lap while I was reading.
fr situation n | On a pique-niqué au bord du canal avec les collègues à midi.
+ en situation n | We had lunch by the river with my coworkers today.
fr situation n | Ma fille m'a fait un gâteau un peu raté mais décoré avec plein de smarties.
+ en situation n | My daughter baked me a lopsided cake covered in sprinkles.
fr situation n | Le bus est arrivé pile quand je suis arrivé à l'arrêt.
+ en situation n | The bus pulled up just as I got to the stop.
fr situation n | Les voisins du dessus ont invité tout l'immeuble à un goûter dans la cour.
+ en situation n | Our upstairs neighbours invited the whole building for tea in the courtyard.
fr situation n | J'ai reçu un petit mot gentil d'un client pour me remercier.
+ en situation n | A customer sent me a lovely thank-you note.
fr situation n | On a fait une bataille d'eau avec les enfants dans le jardin.
+ en situation n | We had a water fight with the kids in the garden.
fr situation n | Ma sœur m'a envoyé une vidéo de son bébé qui rigole.
+ en situation n | My sister sent me a video of her baby giggling.
fr situation n | Le marché du samedi sentait les fraises et le pain chaud.
fr situation n | J'ai croisé mon ancien prof de maths et il se souvenait de moi.
+ en situation n | I bumped into my old maths teacher and he remembered my name.
fr situation n | On a joué aux cartes avec mes grands-parents tout l'après-midi.
+ en situation n | We played cards with my grandparents all afternoon.
fr situation n | Mon colocataire a fait le ménage sans que je demande.
+ en situation n | My flatmate cleaned the whole kitchen without being asked.
fr situation n | Les hirondelles sont revenues sous le toit du garage.
+ en situation n | The swallows are back under the garage roof.
fr situation n | J'ai mangé la meilleure pizza du quartier avec mon frère.
+ en situation n | Had the best pizza in town with my brother tonight.
fr situation n | Le soleil est revenu après dix jours de grisaille.
+ en situation n | The sun came back after ten grey days.
fr situation n | Mon fils a rangé sa chambre tout seul et il en est tout content.
+ en situation n | My son tidied his room on his own and he's so pleased with himself.
fr situation n | Une collègue m'a prêté son parapluie et on a ri en courant sous l'averse.
fr situation n | J'ai chanté à tue-tête dans la voiture en allant au boulot.
+ en situation n | I sang my heart out in the car on the way to work.
fr situation n | On a adopté deux poules et elles ont déjà pondu un œuf.
+ en situation n | We got two hens and they've already laid an egg.
fr situation n | Le vendeur de la librairie m'a conseillé un roman qui me plaît beaucoup.
+ en situation n | The bookshop guy recommended a novel and I'm loving it.
fr situation n | J'ai appelé ma meilleure amie et on a parlé pendant deux heures de tout et de rien.
+ en situation n | I called my best friend and we talked for two hours about nothing.
fr situation n | Ma voisine âgée m'a appris à faire ses madeleines.
+ en situation n | My elderly neighbour taught me her secret scone recipe.
fr situation n | Les enfants ont construit une cabane en carton dans le salon.
+ en situation n | The kids built a cardboard fort in the living room.
fr situation n | J'ai trouvé une place de parking juste devant la boulangerie.
+ en situation n | Got a parking spot right outside the bakery.
fr situation n | On a fait un karaoké improvisé au repas de famille.
+ en situation n | We ended up doing karaoke at the family dinner.
fr situation n | Mon chien a rapporté la balle pour la première fois.
+ en situation n | My dog brought the ball back for the very first time.
fr situation n | La serveuse du café connaît ma commande par cœur maintenant.
+ en situation n | The barista knows my order by heart now.
fr situation n | Ma grand-mère a enfin appris à m'envoyer des émojis.
+ en situation n | My grandma finally figured out how to send emojis.
fr situation n | Demain on fait un barbecue avec les amis d'enfance de mon mari.
+ en situation n | We're having a barbecue with friends tomorrow and the forecast is sunny.
fr situation n | Il a neigé juste assez pour faire un petit bonhomme avec ma fille.
+ en situation n | It snowed just enough to build a tiny snowman with my daughter.
fr situation n | Les tomates du balcon ont enfin rougi, on les a mangées en salade.
+ en situation n | The tomatoes on the balcony finally went red and we had them in a salad.
fr situation n | Au travail, la machine à café a été remplacée par une vraie machine à expresso.
+ en situation n | They replaced the office coffee machine with a proper espresso one.
fr situation n | Mon copain m'a préparé le petit-déjeuner au lit sans raison particulière.
+ en situation n | My partner made me breakfast in bed for no reason at all.
fr situation n | J'ai fait une balade à vélo le long de la Loire sous un ciel tout bleu.
+ en situation n | Went for a bike ride along the coast under a perfect blue sky.
fr situation n | Le voisin m'a rendu ma perceuse avec une bouteille de cidre pour dire merci.
+ en situation n | My neighbour returned my drill with a bottle of cider as a thank you.
fr situation n | On vient de repeindre la porte d'entrée en jaune et elle fait sourire les passants.
+ en situation n | We painted the front door yellow and people smile when they walk past.
fr situation n | La petite de mes amis m'a appelé tonton pour la première fois.
+ en situation n | My friends' little girl called me auntie for the first time.
fr situation n | On a regardé une comédie toute bête en mangeant des crêpes.
+ en situation n | We watched a silly comedy and ate popcorn on the sofa.
fr situation n | J'ai reçu ma nouvelle paire de lunettes et je vois tout plus net, c'est chouette.
+ en situation n | Picked up my new glasses and everything looks so crisp.
fr situation n | Les collègues ont décoré mon bureau pour mon anniversaire avec des ballons.
+ en situation n | My coworkers covered my desk in balloons for my birthday.
fr situation n | Le jardinier de la mairie m'a donné des boutures de géranium.
fr situation n | On a dansé au bal du village jusqu'à minuit avec mes parents.
+ en situation n | We danced at the village fete with my parents until midnight.
fr situation n | Mon frère est passé à l'improviste avec des glaces.
+ en situation n | My brother dropped by unannounced with ice cream.
fr situation n | J'ai fini ma séance de sport et je sifflote en rentrant.
+ en situation n | I'm whistling on my way home from the gym.
fr situation n | Le petit chat des voisins vient me dire bonjour tous les matins sur le muret.
+ en situation n | The neighbours' kitten comes to say hello on the wall every morning.
fr situation n | On a fait une partie de pétanque avec des inconnus au camping et on a bien rigolé.
+ en situation n | We played boules with strangers at the campsite and laughed a lot.
en situation n | The farmer's market had the first cherries of the year.
en situation n | My little nephew drew me a picture of us at the zoo.
en situation n | My train was on time, my coffee was hot and the sun is out.
# contrast with neighbouring moods
fr situation n | Premier jour dans mon nouveau boulot, l'équipe est sympa et il fait beau.
+ en situation n | First day at the new job, the team's nice and it's sunny.
fr situation n | On a joué au foot entre amis au parc, personne ne comptait les buts.
+ en situation n | Kickabout with friends in the park, nobody was keeping score.
fr situation n | J'ai mangé des sushis avec une collègue au soleil, une pause agréable.
+ en situation n | Had sushi in the sun with a colleague, nice little break.
fr situation n | J'ai chantonné en faisant la vaisselle, la radio passait de bonnes chansons.
+ en situation n | Humming along to the radio while doing the dishes.
fr situation n | Mes amis sont passés pour le café, on a bien rigolé.
+ en situation n | Friends dropped by for coffee and we had a good laugh.
# stories
fr long n | Ce matin j'ai pris mon vélo plutôt que la voiture. Il faisait doux et les oiseaux chantaient. Au bureau, tout le monde était de bonne composition. J'ai même fini plus tôt que prévu.
+ en long n | I took the bike instead of the car this morning. It was mild and the birds were singing. Everyone at work was in a good mood. I even finished early.
fr long n | Ma sœur et ses enfants sont venus déjeuner dimanche. On a fait des crêpes, puis une grande partie de cache-cache dans le jardin. Les petits ont ri jusqu'au goûter. La maison est encore pleine de leurs dessins.
+ en long n | My sister and her kids came for Sunday lunch. We made pancakes and played hide and seek in the garden. The little ones laughed all afternoon. The house is still full of their drawings.
fr long n | On est allés au marché avec mon copain. Le fromager nous a fait goûter trois fromages et le fleuriste m'a offert une rose. On a déjeuné en terrasse au soleil. Une journée toute simple, comme je les aime.
+ en long n | We spent the morning at the market. The cheese man let us try three cheeses and the florist gave me a rose. We had lunch outside in the sun. A simple day, just how I like them.
fr long n | Mon chien a passé la journée au parc avec moi. Il a couru après tous les pigeons sans en attraper un seul. Des enfants sont venus le caresser. On rentre tous les deux fatigués et contents.
+ en long n | My dog spent the whole day at the park with me. He chased every pigeon and caught none. Some kids came over to pet him. We're both tired and happy.
fr long n | Au travail on a fêté le départ en vacances de toute l'équipe. Quelqu'un avait apporté une enceinte et des gâteaux. On a rigolé comme des gamins. Je commence mes congés demain.
+ en long n | We had a little party at work before everyone's holidays. Someone brought a speaker and cake. We laughed like kids. My time off starts tomorrow.
# phone spelling
fr typo n | chui de tro bonne humeur ajd, tt roule
fr typo n | jsuis contente jai recu un colis de ma cousine avec des gateaux
fr typo n | journee trop cool avc les potes au parc, jsui bien
fr typo n | mon chat ma reveillé en ronronant, jour parfait lol
"""

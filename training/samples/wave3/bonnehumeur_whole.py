"""bonnehumeur: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the good mood comes from the whole
fr long n | Ce matin, pluie battante et métro en panne, j'étais parti pour une journée pourrie. Et puis au bureau, quelqu'un avait laissé une boîte de madeleines maison avec un mot : « Servez-vous, bon lundi ». Depuis, je fredonne.
+ en long n | This morning, pouring rain and the metro out of service, I was set for a rotten day. Then at the office someone had left a box of homemade madeleines with a note: "Help yourselves, happy Monday." I've been humming ever since.
fr long n | Mon fils de six ans a voulu préparer le petit-déjeuner tout seul. Il y avait de la farine partout et les crêpes avaient des formes de continents. On les a mangées en devinant les pays, et j'ai ri jusqu'au départ pour l'école.
+ en long n | My six-year-old wanted to make breakfast all by himself. There was flour everywhere and the pancakes were shaped like continents. We ate them guessing the countries, and I laughed all the way to the school run.
en long n | The vet appointment was at nine and I was dreading the bill. Turns out the cat just needed his claws trimmed, the nurse called him a real gentleman, and it cost eight euros. Walked home in the sunshine with him purring in the carrier.
+ fr long n | Le rendez-vous chez le véto était à neuf heures et je redoutais la facture. En fait, le chat avait juste besoin qu'on lui coupe les griffes, l'assistante l'a traité de vrai gentleman et ça m'a coûté huit euros. Je suis rentrée au soleil avec lui qui ronronnait dans sa caisse.
fr long n | Le voisin du troisième, celui qui ne dit jamais bonjour, a frappé chez nous hier soir. Sa sœur lui avait rapporté trop d'abricots de son verger et il nous en a donné un plein cageot. Ce matin, confiture pour tout le monde, et il m'a souri dans l'escalier.
+ en long n | The guy on the third floor, the one who never says hello, knocked on our door last night. His sister had brought him too many apricots from her orchard and he gave us a whole crate. This morning it was jam for everyone, and he smiled at me on the stairs.
fr long n | J'avais complètement oublié que c'était la fête des pères. En rentrant, les filles avaient accroché une banderole en papier toilette dans le couloir et préparé des pâtes un peu trop cuites. C'était parfait. Mets une lumière chaleureuse.
+ en long n | I'd completely forgotten it was Father's Day. When I got home, the girls had hung a toilet-paper banner in the hallway and made some slightly overcooked pasta. It was perfect. Put on something warm.
en long n | My train was forty minutes late and I was getting grumpy. Then the woman next to me offered me half her clementine, we got talking, and it turns out she grew up two streets from my gran. We swapped recipes all the way to Lyon.
+ fr long n | Mon train avait quarante minutes de retard et je commençais à ronchonner. Puis la dame à côté de moi m'a offert la moitié de sa clémentine, on a discuté, et il se trouve qu'elle a grandi à deux rues de chez ma grand-mère. On s'est échangé des recettes jusqu'à Lyon.
fr long n | Premier jour de retraite pour ma mère. Elle m'a appelée à huit heures pour me dire qu'elle prenait son café en pyjama sur le balcon, qu'un merle lui chantait une sérénade et qu'elle comptait bien lui répondre. On a ri comme deux gamines et j'ai gardé le sourire toute la matinée.
+ en long n | First day of retirement for my mum. She rang me at eight to tell me she was having her coffee in her pyjamas on the balcony, that a blackbird was serenading her and she fully intended to sing back. We giggled like two kids and I was smiling all morning.
fr long l | J'ai pris le bus 21 comme tous les jours. Le chauffeur annonçait chaque arrêt avec une petite blague, et à la fin tout le bus rigolait, même le monsieur en costume qui avait l'air si sérieux. Je suis arrivé au travail en sifflotant.
+ en long l | I took the number 21 bus like every day. The driver announced each stop with a little joke, and by the end the whole bus was laughing, even the man in the suit who looked so serious. I got to work whistling.
fr long n | Mon frigo était vide et j'avais la flemme de sortir. Dans le placard, j'ai trouvé des pois chiches, un citron et un reste de cumin, et j'ai improvisé un houmous franchement pas mal. Petit festin en solo devant la fenêtre, avec du pain grillé et la radio.
+ en long n | My fridge was empty and I couldn't be bothered to go out. In the cupboard I found chickpeas, a lemon and the end of the cumin, and I threw together a pretty decent hummus. A little solo feast by the window, with toast and the radio on.
en long n | Work was dull, spreadsheets all afternoon. But my colleague Samir put a tiny plastic dinosaur on everyone's monitor, each with a name tag, and now the whole floor is posting dinosaur photos in the group chat. Mine's called Gérard.
+ fr long n | Journée de travail sans intérêt, des tableurs tout l'après-midi. Mais mon collègue Samir a posé un petit dinosaure en plastique sur l'écran de chacun, avec une étiquette à son nom, et maintenant tout l'étage poste des photos de dinosaures dans le groupe. Le mien s'appelle Gérard.
fr long n | Le dentiste, j'y allais à reculons. Finalement, zéro carie, l'assistante m'a offert une brosse à dents vert fluo et, en sortant, la boulangerie d'en face vendait des chouquettes encore tièdes. Journée bien lancée.
+ en long n | I was dragging my feet on the way to the dentist. In the end, not a single cavity, the assistant gave me a neon-green toothbrush and, on the way out, the bakery opposite was selling choux buns still warm from the oven. Day off to a good start.
fr long n | Ma grand-mère de quatre-vingt-onze ans a appris à faire des appels vidéo. Elle tenait le téléphone à l'envers et on voyait surtout son plafond, mais elle racontait ses histoires de marché avec tellement d'entrain que toute la famille s'est mise à rire.
+ en long n | My ninety-one-year-old grandma has learned to make video calls. She held the phone upside down and we mostly saw her ceiling, but she told her market stories with such gusto that the whole family ended up laughing.
fr long n | Mon voisin du dessous apprend la trompette et, franchement, c'était pénible. Ce matin, il a joué « Joyeux anniversaire » sous ma fenêtre parce qu'il avait vu les ballons sur mon balcon. Faux, mais avec tellement de cœur que toute la cour a applaudi.
+ en long n | My downstairs neighbour is learning the trumpet and, honestly, it's been a pain. This morning he played Happy Birthday under my window because he'd seen the balloons on my balcony. Out of tune, but with so much heart that the whole courtyard clapped.
en long n | I thought everyone had forgotten my birthday this year, and honestly I didn't mind much. At lunch my flatmates walked in with a wonky cake, one candle and a kazoo. None of them can sing in tune, and it was exactly the kind of day I like.
+ fr long n | Je croyais que tout le monde avait oublié mon anniversaire cette année, et honnêtement ça ne me dérangeait pas trop. Au déjeuner, mes colocs sont arrivés avec un gâteau de travers, une seule bougie et un mirliton. Aucun ne chante juste, et c'était exactement le genre de journée que j'aime.
fr long n | Après une semaine de gris, le soleil est revenu pile pour ma pause déjeuner. J'ai mangé mon sandwich sur un banc du parc, un gamin m'a montré fièrement son cerf-volant et un chien est venu poser sa tête sur mon genou. Allume quelque chose de lumineux.
+ en long n | After a week of grey, the sun came back right on time for my lunch break. I ate my sandwich on a park bench, a kid proudly showed me his kite and a dog came and rested its head on my knee. Put on something bright.
fr long l | Lettre des impôts dans la boîte, j'ai eu une petite sueur froide. En fait, ils me remboursent quarante-deux euros. Rien de fou, mais ça paiera les pizzas de vendredi avec les copains, et je l'ai annoncé dans le groupe avec une rangée d'emojis pizza.
+ en long l | Letter from the tax office in the mailbox, and I broke into a bit of a cold sweat. Turns out they're refunding me forty-two euros. Nothing crazy, but it'll cover Friday's pizzas with my mates, and I announced it in the group chat with a row of pizza emojis.
fr long n | Match de foot des moins de dix ans, sous la bruine. Les deux équipes ont perdu le ballon dans une flaque, le gardien s'est assis pour refaire ses lacets en plein jeu, et les parents applaudissaient tout. Score final oublié, chocolat chaud pour tout le monde.
+ en long n | Under-tens football match in the drizzle. Both teams lost the ball in a puddle, the goalkeeper sat down to tie his laces in the middle of play, and the parents clapped at everything. Final score forgotten, hot chocolate for everyone.
en long n | Our street has been a building site for months: noise, dust, the lot. Yesterday the workers finished early, set up a trestle table and invited the whole street for coffee and croissants to say sorry. I met three neighbours I'd never spoken to.
+ fr long n | Notre rue est en chantier depuis des mois : bruit, poussière, tout le tralala. Hier, les ouvriers ont fini plus tôt, ont monté une table sur tréteaux et ont invité toute la rue à prendre un café et des croissants pour s'excuser. J'ai rencontré trois voisins à qui je n'avais jamais parlé.
fr long n | Mon chien a peur de tout, même des sacs plastiques. Aujourd'hui au parc, il a fini par jouer avec un caniche trois fois plus petit que lui, et il est rentré en remuant la queue jusque dans l'ascenseur. Soirée qui commence bien.
+ en long n | My dog is scared of everything, even plastic bags. Today at the park he finally played with a poodle a third his size, and came home wagging his tail all the way into the lift. The evening's off to a nice start.
en long n | Blood test this morning, on an empty stomach, so I was a bit grumpy. The nurse had llama socks on and told me all about her week on her uncle's farm while she took the sample. Didn't feel a thing, and left with a croissant and a grin.
+ fr long n | Prise de sang ce matin, à jeun, donc un peu grognon. L'infirmière portait des chaussettes à lamas et m'a raconté sa semaine à la ferme de son oncle pendant qu'elle piquait. Je n'ai rien senti, et je suis reparti avec un croissant et le sourire.

# negation: the neighbouring mood is ruled out, warm cheerfulness remains
fr negation n | Non, je ne suis pas euphorique, je n'ai rien gagné du tout. Juste une bonne journée toute simple : un café en terrasse, un message gentil de ma sœur, du soleil.
+ en negation n | No, I'm not ecstatic, I haven't won anything at all. Just a good, simple day: a coffee on a terrace, a sweet message from my sister, some sunshine.
en negation l | Not over the moon or anything, just in a nice easy mood: the bread was still warm and the kids got dressed without a fuss.
+ fr negation l | Pas aux anges non plus, juste de bonne humeur, tranquillement : le pain était encore chaud et les enfants se sont habillés sans faire d'histoires.
fr negation n | Ce n'est pas de la fierté, je n'ai rien accompli de spécial : le livreur m'a juste souhaité bon week-end en chantonnant, et depuis je souris tout seul.
+ en negation n | It's not pride, I haven't achieved anything special: the delivery guy just wished me a good weekend, humming away, and I've been smiling to myself ever since.
fr negation n | Je ne suis pas fatiguée, arrête de me demander. Je souris bêtement parce que le petit m'a dessinée en super-héroïne, avec une cape en pâtes collées.
+ en negation n | I'm not tired, stop asking. I'm grinning like an idiot because the little one drew me as a superhero, with a cape made of glued-on pasta.
en negation n | I'm not relaxing at all, the house is a tip and I'm cleaning it. But the radio's playing old disco and I keep dancing with the mop.
+ fr negation n | Je ne me repose pas du tout, la maison est un champ de bataille et je range. Mais la radio passe du vieux disco et je n'arrête pas de danser avec la serpillière.
fr negation l | Aucune raison particulière, pas de promo, pas de vacances : il fait beau, la boulangère a ri à ma blague et j'ai trouvé une place juste devant chez moi.
+ en negation l | No particular reason, no promotion, no holiday: the weather's nice, the baker laughed at my joke and I found a parking space right outside my door.
fr negation n | Je ne râle même pas pour le retard du train : une mamie me fait goûter ses sablés et me raconte ses voyages en camping-car, c'est adorable.
+ en negation n | I'm not even grumbling about the train delay: an old lady is letting me try her shortbread and telling me about her camper-van trips, it's lovely.
en negation n | No, I'm not getting nostalgic over these photos, I'm laughing: my brother aged eight with a bowl cut and a Pokémon T-shirt is just too funny.
+ fr negation n | Non, ces photos ne me rendent pas nostalgique, elles me font rire : mon frère à huit ans avec sa coupe au bol et son t-shirt Pokémon, c'est trop drôle.
fr negation n | Pas de stress pour le dîner de ce soir : chacun apporte un plat, on n'a que la table à mettre et les guirlandes à allumer. Ça va être une chouette soirée.
+ en negation n | No stress about tonight's dinner: everyone's bringing a dish, we only have to lay the table and switch on the fairy lights. It's going to be a lovely evening.
fr negation n | Je ne suis pas triste que les enfants partent chez leurs grands-parents, au contraire : ils étaient tellement contents de faire leur valise qu'ils ont emporté trois doudous chacun.
+ en negation n | I'm not sad the kids are off to their grandparents', quite the opposite: they were so happy packing their bags that they took three cuddly toys each.
en negation n | I'm not worried about the new job, honestly. The team took me out for lunch on day one, someone had put my name on a mug, and I left with a smile on my face.
+ fr negation n | Je ne m'inquiète pas pour le nouveau boulot, franchement. L'équipe m'a emmené déjeuner dès le premier jour, quelqu'un avait écrit mon prénom sur une tasse, et je suis reparti le sourire aux lèvres.
fr negation n | Le bus n'est jamais venu, alors j'ai marché. Et en chemin, le fleuriste m'a offert une tulipe un peu abîmée « pour qu'elle ne finisse pas à la poubelle ».
+ en negation n | The bus never came, so I walked. And on the way, the florist gave me a slightly battered tulip "so it doesn't end up in the bin".

# mixed: another feeling present, good mood dominant
fr mixed n | Un peu stressée par l'anniversaire de la petite demain, mais surtout ravie : elle a choisi elle-même son gâteau, un hérisson au chocolat.
+ en mixed n | A bit stressed about the little one's birthday tomorrow, but mostly delighted: she chose her own cake, a chocolate hedgehog.
en mixed n | A bit tired after the night shift, but mostly in a good mood: the sun's out and my colleague saved me the last pain au chocolat.
+ fr mixed n | Un peu fatigué après la nuit de garde, mais surtout de bonne humeur : il fait soleil et ma collègue m'a gardé le dernier pain au chocolat.
fr mixed n | Légèrement agacé par les bouchons, et pourtant je chante à tue-tête dans la voiture parce que la radio enchaîne tous mes tubes préférés.
+ en mixed n | Slightly annoyed by the traffic jams, and yet I'm singing at the top of my voice in the car because the radio is playing all my favourite songs back to back.
fr mixed n | Un pincement au cœur de voir la maison de mamie vendue, mais surtout le sourire : les nouveaux propriétaires ont promis de garder son rosier et nous ont invités à venir le voir fleurir.
+ en mixed n | A twinge seeing Gran's house sold, but mostly smiles: the new owners promised to keep her rosebush and invited us round to see it bloom.
en mixed n | Slightly nervous about meeting his parents, but mostly happy: his mum hugged me at the door and his dad had baked my favourite cake.
+ fr mixed n | Un peu nerveuse de rencontrer ses parents, mais surtout contente : sa mère m'a serrée dans ses bras à la porte et son père avait fait mon gâteau préféré.
fr mixed l | Les courses m'ont coûté une fortune, c'est vrai. Mais la caissière m'a raconté sa blague du jour et je suis sorti du supermarché en rigolant tout seul.
+ en mixed l | The shopping cost me a fortune, it's true. But the cashier told me her joke of the day and I walked out of the supermarket chuckling to myself.
fr mixed n | Un peu mal aux jambes après la randonnée en famille, mais quelle bonne journée : pique-nique, fous rires, et le petit qui a fini sur les épaules de son père en chantant.
+ en mixed n | Legs a bit sore after the family hike, but what a good day: picnic, fits of giggles, and the little one finishing on his dad's shoulders, singing.
en mixed n | Half annoyed that the washing machine flooded, half laughing, and mostly laughing: the dog has decided the suds are his new best friends.
+ fr mixed n | À moitié énervé que la machine à laver ait débordé, à moitié hilare, et surtout hilare : le chien a décidé que la mousse était sa nouvelle meilleure amie.
fr mixed n | Un peu débordée au boulot, mais d'excellente humeur quand même : mon collègue a posé des petites fleurs en papier sur chaque bureau pour fêter le printemps.
+ en mixed n | A bit swamped at work, but in a great mood all the same: my colleague put little paper flowers on every desk to celebrate spring.
fr mixed n | Encore un peu enrhumé, pourtant j'ai le cœur léger : ma fille m'a préparé une soupe « magique » avec des pâtes en forme d'étoiles.
+ en mixed n | Still got a bit of a cold, but my heart feels light: my daughter made me a "magic" soup with star-shaped pasta.
en mixed n | A little sad the holidays are over, but mostly cheerful: the kids were thrilled to see their friends again and ran into the playground shouting hello.
+ fr mixed n | Un peu triste que les vacances soient finies, mais surtout d'humeur joyeuse : les enfants étaient ravis de retrouver leurs copains et ont couru dans la cour en criant bonjour.
fr mixed l | Un soupçon de jalousie devant le jardin impeccable du voisin, mais surtout de la bonne humeur : il vient de m'apporter un panier de courgettes et plein de conseils.
+ en mixed l | A hint of envy at the neighbour's immaculate garden, but mostly good cheer: he's just brought me a basket of courgettes and loads of tips.
fr mixed n | Pas mal de paperasse à finir, et pourtant je suis d'humeur joyeuse : la cafetière du bureau est enfin réparée et quelqu'un a apporté des cookies. Mets une ambiance ensoleillée.
+ en mixed n | Plenty of paperwork left to do, and yet I'm in a cheerful mood: the office coffee machine is finally fixed and someone brought cookies. Give me something sunny.
"""

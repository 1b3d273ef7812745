"""bonnehumeur: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: France, quick spoken lines
fr situation n | Le boucher a glissé une tranche de saucisson au petit pendant que je payais.
+ en situation n | The butcher slipped my little one a slice of saucisson while I was paying.
fr situation n | Ma voisine de quatre-vingt-cinq ans m'a appris un juron en occitan dans l'escalier.
+ en situation n | My eighty-five-year-old neighbour taught me an Occitan swear word on the stairs.
fr situation l | Marché de Sarlat, odeur de noix grillées et un accordéoniste au coin de la place.
+ en situation l | Sarlat market, smell of roasted walnuts and an accordion player on the corner of the square.
fr situation n | Le prof de SVT a apporté son lapin en classe pour la leçon, les gamins étaient ravis.
+ en situation n | The biology teacher brought his rabbit into class for the lesson and the kids loved it.
fr situation n | Pause clope ratée, on a fini à faire un concours de ricochets au bord de la Loire avec les collègues.
+ en situation n | Skipped the smoke break, ended up having a stone-skimming contest on the Loire with the guys from work.
fr situation l | Premier melon de Cavaillon de l'été, sucré à souhait, on se l'est partagé debout dans la cuisine.
+ en situation l | First Cavaillon melon of the summer, perfectly sweet, we shared it standing up in the kitchen.
fr situation n | Mon fils de dix ans m'a fait un tour de magie avec une pièce et il s'est trompé, on a ri comme des bossus.
+ en situation n | My ten-year-old did a coin trick for me and messed it up, we laughed our heads off.
fr situation n | La dame de la Poste m'a fait la conversation sur son chat pendant que l'imprimante chauffait.
+ en situation n | The lady at the post office chatted to me about her cat while the printer warmed up.
fr situation l | Dimanche matin, vélo jusqu'à la boulangerie et la baguette encore chaude qui dépasse du panier. Mets-moi une ambiance.
+ en situation l | Sunday morning, bike ride to the bakery and a still-warm baguette sticking out of the basket. Give me some atmosphere.
fr situation n | Les gamins du centre aéré m'ont chanté joyeux anniversaire en trois langues.
+ en situation n | The kids at the holiday club sang me happy birthday in three languages.
fr situation n | Dans le TER, une petite fille m'a montré son doudou et m'a expliqué toute sa vie.
+ en situation n | On the regional train a little girl showed me her cuddly toy and told me her whole life story.
fr situation n | Ma belle-mère a enfin accepté le compliment sur son gratin, elle a rougi.
+ en situation n | My mother-in-law finally accepted a compliment on her gratin, she actually blushed.
fr situation l | Coup de fil de mon frère juste pour me dire que sa fille a dit « tonton » pour la première fois.
+ en situation l | My brother rang just to tell me his daughter said "uncle" for the first time.
fr situation n | Mon collègue s'est trompé de chemise et il est venu en hawaïenne à la réunion budget, toute l'équipe a souri.
+ en situation n | My colleague grabbed the wrong shirt and turned up to the budget meeting in a Hawaiian one, the whole team grinned.
fr situation l | Le marchand de glaces de la plage de Biarritz retient les parfums de tous les enfants.
+ en situation l | The ice cream man on the beach at Biarritz remembers every kid's favourite flavour.
fr situation n | Les pompiers passent pour les calendriers et ils ont fait un câlin au chien.
+ en situation n | The firefighters came round with their calendars and gave the dog a cuddle.
fr situation n | Rentrée des classes, et ma fille a déjà une nouvelle copine qui s'appelle comme elle.
+ en situation n | First day back at school and my daughter's already got a new friend with the same name as her.
fr situation l | Ciel tout bleu sur Lyon, les terrasses sont pleines dès dix heures. Lumière assortie, s'il te plaît.
+ en situation l | Clear blue sky over Lyon, the terraces are full by ten. Matching lights, please.
fr situation n | Ma mamie m'a envoyé un texto tout en majuscules pour me dire que ses poules vont bien.
+ en situation n | My nan sent me a text in all capitals to tell me her hens are doing fine.
fr situation n | La caissière du Carrefour a fredonné ma sonnerie de téléphone quand il a sonné.
+ en situation n | The cashier at Carrefour hummed along to my ringtone when my phone went off.
fr situation l | Les premières fraises de Plougastel au marché, j'en ai mangé la moitié dans la voiture.
+ en situation l | First Plougastel strawberries at the market, I ate half of them in the car.
fr situation n | Le chat a adopté le carton de la nouvelle imprimante et refuse d'en sortir, on l'appelle le PDG.
+ en situation n | The cat has claimed the new printer's box and won't come out, we're calling him the CEO.
fr situation n | Covoiturage vers Nantes avec un retraité qui racontait des blagues de chantier, trois heures de fou rire.
+ en situation n | Carpool to Nantes with a retired guy telling building-site jokes, three hours of giggling.
fr situation l | Résultat de la prise de sang : tout est normal, et l'infirmière m'a mis un pansement Mickey.
+ en situation l | Blood test came back normal, and the nurse gave me a Mickey Mouse plaster.
fr situation n | Au club de pétanque, le doyen a tiré le cochonnet dans le bac à sable des enfants, fou rire général.
+ en situation n | At the pétanque club the oldest member knocked the jack into the kids' sandpit, everyone cracked up.
fr situation n | Mon mec a chanté du Johnny sous la douche en croyant que je n'étais pas rentrée.
+ en situation n | My boyfriend was belting out Johnny Hallyday in the shower thinking I wasn't home yet.
fr situation l | Les lilas du square sont en fleurs et toute la rue sent bon.
+ en situation l | The lilacs in the square are out and the whole street smells lovely.
fr situation n | Le livreur Vinted et moi, on s'est découvert le même village natal sur le pas de la porte.
+ en situation n | The parcel guy and I found out on my doorstep that we grew up in the same village.
fr situation n | Fête de la musique en bas de chez moi, la fanfare du lycée joue faux mais avec le sourire. Mets quelque chose qui colle.
+ en situation n | Fête de la Musique downstairs, the high school brass band is playing out of tune but grinning. Put something on to match.
fr situation l | Café offert par le patron du bistrot parce que c'est le premier jour de soleil.
+ en situation l | The bistro owner gave me a free coffee because it's the first sunny day.
fr situation n | Le petit a appris à siffler ce matin et il ne fait plus que ça.
+ en situation n | The little one learnt to whistle this morning and now that's all he does.
# situations: Belgium and Switzerland
fr situation n | Le patron de la friterie m'a rajouté une sauce andalouse sans que je demande, il connaît ma commande par cœur.
+ en situation n | The guy at the chip shop threw in an extra andalouse sauce without me asking, he knows my order by heart.
fr situation n | Saint-Nicolas est passé à l'école, la petite est rentrée les poches pleines de spéculoos.
+ en situation n | Saint Nicholas came to school and my daughter came home with her pockets full of speculoos.
fr situation l | Une gaufre de Liège encore chaude sur le chemin du boulot, le sucre perlé qui craque.
+ en situation l | A still-warm Liège waffle on the way to work, the pearl sugar crunching.
fr situation n | À Bruxelles, le tram était bloqué et un monsieur a sorti son harmonica pour tout le monde.
+ en situation n | In Brussels the tram got stuck and a man pulled out his harmonica for everyone.
fr situation n | Mon voisin flamand m'apprend un mot de néerlandais par jour en arrosant ses bégonias.
+ en situation n | My Flemish neighbour teaches me one Dutch word a day while watering his begonias.
fr situation n | Le train de Lausanne est parti à l'heure pile et le contrôleur m'a souhaité bon appétit en voyant mon sandwich.
+ en situation n | The Lausanne train left bang on time and the conductor wished me bon appétit when he saw my sandwich.
fr situation l | Les vaches redescendent de l'alpage avec leurs fleurs sur la tête, tout le village est dehors.
+ en situation l | The cows are coming down from the mountain pasture with flowers on their heads, the whole village is out.
fr situation n | Raclette improvisée chez les voisins genevois, ils nous ont fait signe depuis le balcon.
+ en situation n | Impromptu raclette at the neighbours' in Geneva, they waved us up from their balcony.
fr situation n | Le Migros avait encore des tresses du dimanche à dix-sept heures, ça tient du miracle.
+ en situation n | Migros still had Sunday plaited loaves at five o'clock, that's a small miracle.
fr situation l | Baignade de midi dans le lac à Neuchâtel avec les collègues, on est revenus au bureau les cheveux mouillés. Lumières de circonstance, stp.
+ en situation l | Lunchtime swim in the lake at Neuchâtel with colleagues, we went back to the office with wet hair. Lights to suit, please.
# situations: Québec
fr situation n | Cabane à sucre avec la gang du bureau, tire d'érable sur la neige pour tout le monde.
+ en situation n | Sugar shack outing with the office crew, maple taffy on the snow for everybody.
fr situation n | Le gars du dépanneur m'a fait goûter les nouvelles chips au ketchup, il attendait mon avis comme un chef étoilé.
+ en situation n | The guy at the corner store had me try the new ketchup chips, waiting for my verdict like a Michelin chef.
fr situation l | Première journée de terrasse à Montréal, tout le monde en t-shirt à douze degrés.
+ en situation l | First patio day in Montreal, everybody out in T-shirts at twelve degrees.
fr situation n | Ma voisine m'a déneigé l'entrée avant que je me lève, avec un bonhomme de neige en prime.
+ en situation n | My neighbour cleared my driveway before I was up, and left a snowman on top of it.
fr situation n | Poutine après la partie de hockey du petit, il a parlé la bouche pleine de son premier lancer frappé.
+ en situation n | Poutine after my son's hockey game, he talked with his mouth full about his first slapshot.
fr situation l | Party de cuisine chez mon oncle à Québec, le violon est sorti et ma tante tape des pieds. Mets-nous de quoi suivre.
+ en situation l | Kitchen party at my uncle's in Quebec City, the fiddle's out and my aunt is stomping along. Give us something to keep up.
fr situation n | Le chauffeur de la STM a attendu que je coure jusqu'à l'arrêt et m'a fait un clin d'œil.
+ en situation n | The Montreal bus driver waited while I ran for the stop and gave me a wink.
fr situation n | Épluchette de blé d'Inde dans la cour, les voisins sont venus avec leurs chaises de camping.
+ en situation n | Corn roast in the backyard, the neighbours showed up with their camping chairs.
# situations: UK and Ireland
en situation n | The ice cream van came round playing Greensleeves and my dad legged it down the street after it.
+ fr situation n | Le camion de glaces est passé avec sa petite musique et mon père lui a couru après dans toute la rue.
en situation n | Pancake Day at the office, someone brought a camping stove and flipped crêpes in the car park.
+ fr situation n | Mardi gras au bureau, un collègue a sorti un réchaud de camping et fait sauter des crêpes sur le parking.
en situation l | Bank holiday Monday and the sun has actually bothered to show up.
+ fr situation l | Lundi férié et, pour une fois, le soleil a daigné se montrer.
en situation n | Got the last sausage roll at Greggs and the woman behind me just laughed and said good on you, love.
+ fr situation n | J'ai eu le dernier feuilleté à la saucisse de la boulangerie et la dame derrière moi a juste rigolé en me disant bravo, ma belle.
en situation n | The lollipop lady high-fived every single kid crossing this morning.
+ fr situation n | La dame qui fait traverser les enfants devant l'école a tapé dans la main de chacun ce matin.
en situation n | My gran's WI group made me a lopsided Victoria sponge for moving in, it tastes amazing.
+ fr situation n | Le club de couture de ma grand-mère m'a fait un gâteau tout penché pour ma pendaison de crémaillère, il est délicieux.
en situation l | Proper cup of tea, a custard cream and the cricket on the radio.
+ fr situation l | Un vrai thé, un biscuit à la crème et le cricket à la radio.
en situation n | Lovely chat with the fella in the Spar in Galway about the weather, which for once was grand.
+ fr situation n | Belle causette avec le gars de l'épicerie à Galway sur la météo, qui pour une fois était superbe.
en situation n | St Patrick's parade in the village and the tractor float broke down, so the whole crowd pushed it, cheering.
+ fr situation n | Défilé de la Saint-Patrick au village, le char tiré par le tracteur est tombé en panne et toute la foule l'a poussé en chantant.
en situation n | My Irish nana answered the phone with "well, look who it is" and kept me laughing for an hour.
+ fr situation n | Ma grand-mère irlandaise a décroché en lançant « tiens, regarde qui voilà » et m'a fait rire pendant une heure.
en situation n | Sunday league match got rained off, so we all ended up doing the pub quiz instead. Put something on for that.
+ fr situation n | Notre match du dimanche a été annulé pour la pluie, alors on a tous fini au quiz du pub. Mets quelque chose d'assorti.
en situation l | Pigeon on the Tube got on at Bank and off at Moorgate like a regular commuter.
+ fr situation l | Un pigeon est monté dans le métro à Bank et descendu à Moorgate comme un vrai banlieusard.
# situations: US and Canada
en situation n | Fourth of July block party, the fire department brought the truck and let the kids ring the bell.
+ fr situation n | Fête de quartier du 4 juillet, les pompiers ont amené leur camion et laissé les enfants sonner la cloche.
en situation n | The barista remembered my order and drew a tiny pumpkin on the cup.
+ fr situation n | Le barista s'est souvenu de ma commande et a dessiné une petite citrouille sur le gobelet.
en situation l | Farmers market in Vermont, free sample of maple creemee and a banjo player by the stalls.
+ fr situation l | Marché fermier dans le Vermont, une glace à l'érable offerte et un joueur de banjo entre les stands.
en situation n | Our mail carrier leaves dog treats in the box for Biscuit every Friday.
+ fr situation n | Notre factrice laisse des friandises pour Biscuit dans la boîte aux lettres tous les vendredis.
en situation n | Rolled up the rim at Tim Hortons and won a free donut, small wins.
+ fr situation n | J'ai gagné un beigne gratuit au concours du gobelet chez Tim Hortons, les petites victoires du matin.
en situation n | Snow day announced at six a.m. and the kids are already building a fort in the yard. Set the lights for that.
+ fr situation n | Journée tempête annoncée à six heures et les enfants construisent déjà un fort dans la cour. Règle les lumières là-dessus.
en situation l | My neighbor on the porch waves at every car like he's the mayor of the street.
+ fr situation l | Mon voisin sur son perron salue chaque voiture comme s'il était le maire de la rue.
en situation n | Thanksgiving leftovers sandwich at midnight with my sister, both of us in pajamas.
+ fr situation n | Sandwich aux restes de Thanksgiving à minuit avec ma sœur, toutes les deux en pyjama.
en situation n | The kid at the Little League game bunted, ran the wrong way and still got cheered home.
+ fr situation n | Au match de baseball des petits, un gamin a frappé, couru dans le mauvais sens et a quand même été acclamé jusqu'au marbre.
# situations: Australia
en situation n | Sausage sizzle outside Bunnings, onions on top, and the kids each got their own.
+ fr situation n | Saucisses grillées devant le magasin de bricolage, avec des oignons dessus, et les enfants ont eu chacun la leur.
en situation l | Kookaburras cackling on the fence while we have breakfast on the deck.
+ fr situation l | Des kookaburras qui ricanent sur la clôture pendant qu'on prend le petit-déj sur la terrasse.
en situation n | Christmas lunch on the beach at Bondi, prawns on the esky and Nan in a Santa hat.
+ fr situation n | Repas de Noël sur la plage de Bondi, crevettes sur la glacière et mamie en bonnet de père Noël.
en situation n | Mate brought a pav to the barbie and it collapsed, we ate it with spoons straight off the plate.
+ fr situation n | Un pote a apporté une pavlova au barbecue, elle s'est effondrée et on l'a mangée à la cuillère directement dans le plat.
en situation n | The school's footy day had the teachers in tutus, my son still can't stop talking about it.
+ fr situation n | À la journée footy de l'école, les profs étaient en tutu, mon fils n'arrête pas d'en parler.
en situation l | Cockatoo on the balcony rail nodding along to the radio. Lights to match, cheers.
+ fr situation l | Un cacatoès sur la rambarde du balcon qui hoche la tête au rythme de la radio. Lumières assorties, merci.
# situations: school, university, work
fr situation n | Réunion parents-profs, et la maîtresse a dit que mon fils fait rire toute la cantine avec ses devinettes.
+ en situation n | Parents' evening, and the teacher said my son keeps the whole canteen laughing with his riddles.
fr situation l | Amphi de huit heures, le prof est arrivé avec des viennoiseries pour tout le monde.
+ en situation l | Eight a.m. lecture and the professor turned up with pastries for everyone.
fr situation n | Le nouveau à l'atelier m'a appelé « chef » toute la journée, je n'ai pas eu le cœur de le corriger.
+ en situation n | The new lad at the workshop called me "boss" all day, I didn't have the heart to correct him.
fr situation n | Pot de départ de Josiane, elle a fait un discours en alexandrins, tout l'étage pleurait de rire.
+ en situation n | Leaving drinks for Josiane, she gave a speech in rhyming verse and the whole floor was crying with laughter.
fr situation l | Le chef de chantier a sorti la radio et tout le monde chante du Céline Dion sur l'échafaudage.
+ en situation l | The site foreman put the radio on and everyone's singing Céline Dion up on the scaffolding.
en situation n | Sixth-form study room, someone put a rubber duck on every desk with a little encouraging note.
+ fr situation n | Salle d'étude du lycée, quelqu'un a posé un canard en plastique sur chaque table avec un petit mot gentil.
en situation n | The uni library cat wandered into my seminar and sat on the lecturer's notes.
+ fr situation n | Le chat de la bibliothèque universitaire est entré en plein TD et s'est assis sur les notes du chargé de cours.
fr situation n | Au boulot, la machine à café est réparée et quelqu'un a accroché une guirlande autour. Une ambiance qui colle, s'il te plaît.
+ en situation n | At work the coffee machine is fixed and someone's hung tinsel round it. Something to match, please.
# situations: health, body, hospital
fr situation n | Le kiné chante du Brel pendant les exercices, je sors de là avec le sourire à chaque fois.
+ en situation n | My physio sings Brel during the exercises, I come out grinning every time.
fr situation l | Plâtre retiré ce matin, et j'ai pu enfin me gratter le mollet.
+ en situation l | Cast came off this morning and I could finally scratch my calf.
en situation n | The nurse on the ward does a little dance every time she hands out the tea trolley.
+ fr situation n | L'infirmière du service fait une petite danse chaque fois qu'elle passe avec le chariot de thé.
fr situation n | Mon père à l'hôpital a fait rire tout le service avec ses histoires de régiment.
+ en situation n | My dad in hospital had the whole ward laughing with his army stories.
en situation l | Optician says my eyes haven't changed, and the new frames make me look like a jazz musician.
+ fr situation l | L'opticien dit que ma vue n'a pas bougé, et les nouvelles montures me donnent un air de jazzman.
# situations: sport and games
fr situation n | Match de foot des poussins, un gamin a marqué et il est allé faire un câlin au gardien adverse.
+ en situation n | Under-nines football, a kid scored and went to hug the other team's goalie.
fr situation n | Aquagym du mardi, la prof nous fait danser la macarena dans l'eau, on a l'air ridicules et on adore.
+ en situation n | Tuesday aquarobics, the instructor makes us do the macarena in the pool, we look ridiculous and we love it.
en situation n | Went to the footy with Dad, our team lost but the bloke next to us shared his hot chips the whole second half.
+ fr situation n | Allé au match avec papa, notre équipe a perdu mais le voisin de gradin nous a passé ses frites toute la deuxième mi-temps.
fr situation l | Partie de Mario Kart avec mamie, elle conduit les yeux fermés et elle est deuxième.
+ en situation l | Mario Kart with Gran, she drives with her eyes shut and she's coming second.
fr situation n | Soirée jeux de société, le Monopoly a fini en bataille de billets, personne n'a gagné et tout le monde rigolait. Mets-nous une lumière pour ça.
+ en situation n | Board game night, Monopoly ended in a banknote fight, nobody won and everyone was laughing. Light it up for that.
en situation n | Our curling club had a potluck and someone brought a crockpot shaped like a curling stone.
+ fr situation n | Repas partagé au club de curling et quelqu'un a apporté une mijoteuse en forme de pierre de curling.
fr situation l | Le Tour de France passe dans le village, la caravane m'a lancé un bob et un saucisson.
+ en situation l | The Tour de France is coming through the village and the publicity caravan threw me a sun hat and a saucisson.
# situations: tech, internet, money, admin
fr situation n | Mon père a découvert les notes vocales, il m'en envoie en chantonnant les nouvelles du jardin.
+ en situation n | My dad's discovered voice notes, he sends me garden news half sung.
en situation l | The council actually fixed the pothole I reported, and somebody chalked a smiley face next to it.
+ fr situation l | La mairie a vraiment rebouché le nid-de-poule que j'avais signalé, et quelqu'un a dessiné un smiley à la craie à côté.
fr situation n | La conseillère de la banque était tellement sympa qu'on a fini par parler de nos chiens.
+ en situation n | The bank advisor was so friendly we ended up talking about our dogs.
fr situation l | Remboursement de la mutuelle arrivé, juste de quoi offrir des crêpes à tout le monde dimanche.
+ en situation l | Health insurance refund came in, just enough to treat everyone to crêpes on Sunday.
en situation n | My grandad's video call started with him upside down for two minutes and he was giggling the whole time.
+ fr situation n | L'appel vidéo de mon grand-père a commencé avec lui à l'envers pendant deux minutes, et il gloussait tout du long.
fr situation n | Mon tweet sur la pie qui vole les pinces à linge a fait rire tout le quartier sur le groupe Facebook.
+ en situation n | My post about the magpie stealing clothes pegs had the whole neighbourhood laughing in the Facebook group.
# situations: home, moving, DIY, garden
fr situation n | Nouvel appart à Bordeaux, et la voisine du palier est venue avec des cannelés pour nous souhaiter la bienvenue.
+ en situation n | New flat in Bordeaux, and the neighbour across the landing came over with cannelés to welcome us.
fr situation l | J'ai monté l'étagère IKEA sans une seule vis en trop, j'en chantonne encore.
+ en situation l | Put the IKEA shelf together without a single screw left over, still humming about it.
en situation n | Hung the washing out and a robin sat on the line supervising me the whole time.
+ fr situation n | J'ai étendu le linge et un rouge-gorge s'est posé sur le fil pour me surveiller tout du long.
fr situation n | Premiers radis du potager, tout tordus, les enfants les ont baptisés un par un.
+ en situation n | First radishes from the veg patch, all wonky, and the kids named them one by one.
fr situation n | Le serrurier est arrivé en sifflotant, a ouvert en dix secondes et m'a fait un prix d'ami. Allume-moi quelque chose de gai.
+ en situation n | The locksmith turned up whistling, opened it in ten seconds and gave me a mate's rate. Put on something cheerful.
en situation l | The sunflowers the kids planted are taller than the fence now and they measure themselves against them.
+ fr situation l | Les tournesols plantés par les enfants dépassent la clôture et ils se mesurent à côté tous les matins.
# situations: family, old age, birth
fr situation n | Mon grand-père de quatre-vingt-douze ans a gagné au loto de la salle des fêtes, il a choisi un jambon.
+ en situation n | My ninety-two-year-old grandad won at the village hall bingo and picked a ham as his prize.
fr situation n | Échographie ce matin, et le bébé nous a fait coucou avec la main, on a ri avec la sage-femme.
+ en situation n | Scan this morning and the baby waved at us, we were laughing with the midwife.
en situation n | My in-laws finally learned to use the group chat and now send a sunflower emoji every morning.
+ fr situation n | Mes beaux-parents ont enfin compris le groupe familial et envoient maintenant un tournesol tous les matins.
fr situation l | Repas du dimanche chez tata, elle a encore raté la mayonnaise et tout le monde l'a taquinée gentiment.
+ en situation l | Sunday lunch at my aunt's, she messed up the mayonnaise again and we all teased her gently.
fr situation n | Ma fille de quatre ans a expliqué au facteur que son papa est « un peu pirate ».
+ en situation n | My four-year-old explained to the postman that her dad is "a bit of a pirate".
en situation n | Nursing home talent show: Doris, ninety-one, did a tap routine with her walker. Put on something bright for that.
+ fr situation n | Spectacle de talents à la maison de retraite : Doris, quatre-vingt-onze ans, a fait des claquettes avec son déambulateur. Mets quelque chose de lumineux.
# situations: countryside, sea, mountains, travel
fr situation n | Le fermier d'à côté nous a laissés donner le biberon aux agneaux ce matin.
+ en situation n | The farmer next door let us bottle-feed the lambs this morning.
fr situation l | Pique-nique sur le sentier des douaniers, un phoque nous regardait depuis les rochers.
+ en situation l | Picnic on the coastal path, with a seal watching us from the rocks.
en situation n | Stuck at Gatwick for two hours, but a stag party started a sing-song at the gate and even the staff joined in.
+ fr situation n | Bloqué deux heures à l'aéroport, mais un enterrement de vie de garçon a lancé une chanson à la porte d'embarquement et même le personnel a suivi.
fr situation n | Au refuge, le gardien nous a servi une omelette aux cèpes et raconté ses histoires de chamois.
+ en situation n | At the mountain hut the warden served us a porcini omelette and told us his chamois stories.
fr situation l | Aire d'autoroute, et le papi à la table d'à côté a offert des abricots à tout le monde.
+ en situation l | Motorway rest stop, and the grandpa at the next table handed apricots round to everyone.
en situation n | Road trip through Nova Scotia, every café we stop at has a grandma baking blueberry grunt.
+ fr situation n | Virée en Nouvelle-Écosse, chaque café où on s'arrête a une mamie qui fait du gâteau aux bleuets.
# situations: city, shopping, cars, music, books, hobbies
fr situation n | Encore un PV sur le pare-brise… ah non, c'est un petit mot du voisin qui adore ma 2CV.
+ en situation n | Another parking ticket on the windscreen... oh no, it's a note from a neighbour who loves my 2CV.
fr situation l | Bouchon sur le périph, mais la radio passe tous les tubes de 1985 à la suite.
+ en situation l | Stuck in traffic on the ring road, but the radio is playing every hit from 1985 back to back.
fr situation n | Au Monoprix, un petit garçon a dit bonjour à tous les rayons un par un.
+ en situation n | At the supermarket a little boy said hello to every single aisle.
en situation n | Record shop owner in Dublin put on my favourite album when I walked in, just because I was humming it.
+ fr situation n | Le disquaire à Dublin a mis mon album préféré quand je suis entré, juste parce que je le fredonnais.
fr situation n | Concert de la chorale du quartier, le ténor a oublié les paroles et a continué en la-la-la.
+ en situation n | Neighbourhood choir concert, the tenor forgot the words and carried on with la-la-la.
fr situation l | Atelier poterie du jeudi, mon bol ressemble à un chapeau, la prof veut le mettre en vitrine.
+ en situation l | Thursday pottery class, my bowl looks like a hat and the teacher wants to put it in the window.
en situation n | Book club tonight turned into everyone reading the worst sex scene out loud in funny voices.
+ fr situation n | Le club de lecture de ce soir a fini en lecture à voix haute de la pire scène du roman, avec des voix rigolotes.
fr situation n | Dans le métro à Paris, un musicien a joué la musique d'Amélie Poulain et tout le wagon souriait. Lumière qui va avec, merci.
+ en situation n | On the Paris metro a busker played the Amélie theme and the whole carriage was smiling. Lights to go with it, thanks.
en situation l | Car wash guy gave my old Corolla a little pat on the bonnet and called her "a good girl".
+ fr situation l | Le gars du lavage auto a tapoté le capot de ma vieille Corolla en l'appelant « ma belle ».
fr situation n | Brocante du dimanche, j'ai trouvé une théière en forme de poule pour deux euros.
+ en situation n | Sunday car boot sale, found a hen-shaped teapot for two euros.
# situations: rituals, celebrations, volunteering, news, science
fr situation n | Messe de Noël, le petit Jésus de la crèche vivante a éternué et tout le monde a dit « à tes souhaits ».
+ en situation n | Christmas mass, the baby Jesus in the living nativity sneezed and the whole church said "bless you".
en situation n | Iftar at the community centre, the aunties kept piling dates on my plate and teasing me about my cooking.
+ fr situation n | Rupture du jeûne au centre social, les tatas n'arrêtaient pas de remplir mon assiette de dattes en se moquant gentiment de ma cuisine.
fr situation l | Distribution des Restos du cœur, un bénévole de quatre-vingts ans fait des blagues à chaque colis.
+ en situation l | Food bank shift, one eighty-year-old volunteer cracks a joke with every parcel.
fr situation n | Aux infos, un reportage sur un facteur qui fait sa tournée à dos d'âne en Ardèche, j'ai souri tout le journal.
+ en situation n | On the news, a piece about a postman doing his round on a donkey in the Ardèche, I smiled through the whole bulletin.
en situation n | Diwali at the neighbours', the kids were lighting sparklers and their nan taught me to make ladoos.
+ fr situation n | Diwali chez les voisins, les enfants allumaient des cierges magiques et leur grand-mère m'a appris à faire des ladoos.
fr situation l | Nuit des musées, ma fille a fait la révérence à chaque statue. Ambiance assortie, s'il te plaît.
+ en situation l | Museum night, my daughter curtsied to every statue. Matching mood, please.
fr situation n | Un chercheur à la radio expliquait que les vaches ont des meilleures copines, ça m'a mis de bonne humeur pour la journée.
+ en situation n | A scientist on the radio explained that cows have best friends, it put me in a good mood for the day.
en situation n | Hanukkah night at my friend's, her grandpa turned the dreidel game into a stand-up routine.
+ fr situation n | Soir de Hanoukka chez mon amie, son grand-père a transformé la partie de toupie en spectacle comique.
# situations: night, pets, partner, friends
fr situation n | Minuit, et j'entends mes ados qui rigolent en cuisine en se faisant des pâtes.
+ en situation n | Midnight, and I can hear my teenagers giggling in the kitchen making themselves pasta.
fr situation n | Le chien a volé le doudou du bébé et ils jouent à se le renvoyer sur le tapis.
+ en situation n | The dog pinched the baby's cuddly toy and now they're playing tug on the rug.
en situation l | My partner left a sticky note on the kettle that just says "you're ace".
+ fr situation l | Mon chéri a collé un post-it sur la bouilloire qui dit juste « t'es au top ».
fr situation n | Ma pote a débarqué avec un saladier de tiramisu et deux cuillères, sans prévenir. Mets quelque chose de sympa.
+ en situation n | My mate showed up with a bowl of tiramisu and two spoons, no warning. Put on something nice.
en situation n | Our rescue greyhound did his first ever zoomies in the back garden.
+ fr situation n | Notre lévrier adopté a fait ses premiers tours de jardin à fond, comme un fou, pour la première fois.
fr situation l | Rencard au parc, il avait apporté un thermos de chocolat chaud et des gaufres.
+ en situation l | Date in the park, he'd brought a flask of hot chocolate and waffles.
# situations: voiceless one-liners
fr situation l | Soleil, marché, copains en terrasse.
+ en situation l | Sunshine, market, friends on a terrace.
fr situation l | Vendredi, dix-sept heures, apéro chez les voisins.
+ en situation l | Friday, five o'clock, drinks at the neighbours'.
en situation l | Fresh scones, a pot of tea and my sister on speakerphone.
+ fr situation l | Des scones tout chauds, une théière et ma sœur sur haut-parleur.
fr situation l | Crêpes, cidre et cousins.
+ en situation l | Crêpes, cider and cousins.
# near the border with euphorie
fr situation n | Rien de fou, juste un samedi où tout le monde me sourit à la boulangerie et je souris en retour.
+ en situation n | Nothing wild, just a Saturday where everyone at the bakery smiles at me and I smile back.
fr situation n | Soirée karaoké tranquille chez des amis, on chante faux, on boit du thé glacé, et on rentre à onze heures contents.
+ en situation n | Quiet karaoke night at friends', singing off-key, drinking iced tea, home by eleven and happy.
en situation n | Not jumping around or anything, just whistling on the way back from the shops because the sun's out.
+ fr situation n | Je ne saute pas partout, hein, je siffle juste en rentrant des courses parce qu'il fait beau.
fr mixed n | Pas l'extase, mais un joli petit bonheur : mon neveu m'a appelé pour me raconter sa blague de la semaine.
+ en mixed n | Not ecstasy, just a nice little happiness: my nephew rang to tell me his joke of the week.
en situation l | Little street party at the end of our cul-de-sac, bunting, cupcakes and a few neighbours chatting till dusk.
+ fr situation l | Petite fête au bout de l'impasse, des fanions, des cupcakes et quelques voisins qui papotent jusqu'à la tombée du jour.
fr situation l | Pas de fiesta ce soir, juste un bon repas entre voisins et des rires qui montent de la cour.
+ en situation l | No party tonight, just a good meal with the neighbours and laughter rising from the courtyard.
# near the border with detente
fr situation n | Je ne me repose pas du tout, je repeins la barrière en chantant avec les voisins qui passent me charrier.
+ en situation n | Not resting at all, I'm painting the fence and singing while the neighbours stop by to tease me.
fr situation n | Dimanche matin, je range la cuisine en dansant avec le balai, le café coule et le chat me regarde de travers.
+ en situation n | Sunday morning, tidying the kitchen dancing with the broom, coffee brewing and the cat giving me side-eye.
en negation n | I'm not chilling out, I'm up and about, chatting to everyone at the market and laughing at the cheese man's puns.
+ fr negation n | Je ne suis pas en mode repos, je suis debout, à papoter avec tout le monde au marché et à rire des jeux de mots du fromager.
fr situation n | Promenade au bord du lac d'Annecy, mais surtout à saluer les chiens et à blaguer avec les pêcheurs.
+ en situation n | Walk along Lake Annecy, mostly spent saying hi to dogs and joking with the fishermen.
en situation n | Busy afternoon baking with my niece, flour everywhere, her telling me knock-knock jokes between batches.
+ fr situation n | Après-midi pâtisserie avec ma nièce, de la farine partout, et elle me raconte des blagues entre deux fournées.
fr mixed n | Un peu fatigué de la semaine, mais d'humeur taquine, je fais des blagues à tout le monde au dîner.
+ en mixed n | A bit tired from the week, but in a teasing mood, cracking jokes at everyone over dinner.
# near the border with victoire
fr situation n | Je n'ai rien gagné, mais le vendeur du marché m'a laissé choisir les plus belles pêches en rigolant.
+ en situation n | I didn't win anything, but the market seller let me pick the best peaches, laughing away.
en situation n | My sourdough came out flat as a pancake, but the kids made it into pizza and we all had a laugh.
+ fr situation n | Mon pain au levain est sorti plat comme une crêpe, mais les enfants en ont fait une pizza et on a bien rigolé.
fr negation n | Pas de quoi bomber le torse, mon équipe de volley a perdu, mais l'apéro d'après était joyeux comme tout.
+ en negation n | Nothing to brag about, my volleyball team lost, but the drinks afterwards were cheerful as anything.
fr situation l | Permis pas encore passé, mais le moniteur a mis ma playlist et on a chanté tout le cours.
+ en situation l | Haven't taken my driving test yet, but the instructor put my playlist on and we sang the whole lesson.
en situation l | Came last in the fun run dressed as a banana and the marshals clapped me all the way in.
+ fr situation l | Arrivé dernier à la course déguisée en banane, et les bénévoles m'ont applaudi jusqu'à la ligne.
# near the border with nostalgie
fr situation n | On a ressorti les photos de classe de CM2 et on est pliés devant la coupe au bol de mon frère.
+ en situation n | We dug out the Year 5 class photos and we're in stitches over my brother's bowl cut.
en situation n | Mum found my old school recorder and now she's playing Hot Cross Buns badly on the landing.
+ fr situation n | Maman a retrouvé ma vieille flûte à bec et elle joue faux « Au clair de la lune » dans le couloir.
fr negation l | Ce n'est pas de la nostalgie, c'est juste drôle de voir papa essayer de rentrer dans sa veste de mariage.
+ en negation l | It's not nostalgia, it's just funny watching Dad trying to squeeze into his wedding jacket.
fr situation l | Mes anciens colocs passent dîner ce soir, on se raconte surtout nos galères d'aujourd'hui et on rit.
+ en situation l | My old flatmates are coming for dinner tonight, mostly we swap today's disasters and laugh.
# near the border with reverie and curiosite
fr situation n | Je regarde les nuages avec ma fille, elle en voit un qui ressemble à tonton, on n'arrête pas de rire.
+ en situation n | Watching clouds with my daughter, she spots one that looks like her uncle and we can't stop laughing.
en situation n | Trying a new café in Melbourne, the barista talking me through every bean with a massive grin.
+ fr situation n | Nouveau café à Melbourne, et le barista me présente chaque grain avec un sourire jusqu'aux oreilles.
fr negation n | Je ne suis pas dans la lune, je regarde juste les enfants faire des bulles géantes dans la cour en rigolant.
+ en negation n | I'm not away with the fairies, I'm just watching the kids make giant bubbles in the yard and laughing.
fr situation l | Visite au musée des automates, le petit imite chaque mécanisme en bougeant comme un robot.
+ en situation l | Visit to the automaton museum, my little one copies every mechanism, moving like a robot.
# long
fr long n | Réveil à sept heures. Le petit est venu dans notre lit avec trois peluches et un livre. On a lu l'histoire quatre fois en faisant toutes les voix.
+ en long n | Up at seven. The little one climbed into our bed with three teddies and a book. We read the story four times doing all the voices.
fr long n | J'ai raté mon bus pour Genève. Le suivant avait vingt minutes de retard. Et c'est là que j'ai croisé mon ancienne prof de piano, on a papoté comme deux pies.
+ en long n | Missed my bus to Geneva. The next one was twenty minutes late. And that's when I bumped into my old piano teacher and we chattered away like magpies.
fr long n | Le chauffagiste est venu à huit heures. Il a tout réparé en dix minutes. Puis il est resté prendre un thé en me montrant des photos de ses poules.
+ en long n | The boiler guy came at eight. He fixed it in ten minutes. Then he stayed for a cuppa and showed me photos of his chickens.
fr long l | Il pleuvait sur Bruxelles. J'ai acheté un parapluie jaune au kiosque. Dans le tram, trois personnes m'ont dit qu'il égayait leur journée.
+ en long l | It was raining in Brussels. I bought a yellow umbrella at the kiosk. On the tram, three people told me it brightened their day.
fr long n | Ma fille de quinze ans m'a proposé d'aller marcher. Je m'attendais à une mauvaise nouvelle. En fait elle voulait juste me raconter son nouveau groupe préféré et me faire écouter.
+ en long n | My fifteen-year-old asked if I wanted to go for a walk. I was expecting bad news. Turns out she just wanted to tell me about her new favourite band and play it to me.
fr long n | Mardi au jardin partagé. Le vieux Ron a apporté son thermos et une chaise longue. Il a passé l'après-midi à baptiser mes courgettes et à leur donner des notes sur dix.
+ en long n | Tuesday at the allotment. Old Ron brought his thermos and a deck chair. He spent the afternoon giving my courgettes names and rating them out of ten.
fr long n | Journée de boulot classique à Montréal. À midi, la collègue a sorti sa raclette de bureau. À quatorze heures, tout l'open space sentait le fromage et personne ne s'en plaignait.
+ en long n | Normal workday in Montreal. At noon my colleague pulled out her desk raclette. By two the whole open plan smelled of cheese and nobody was complaining.
fr long l | On a fait la vaisselle à la main, le lave-vaisselle était en panne. Mon mari lavait, je rinçais, le grand essuyait. On a fini par chanter tout l'album de Goldman.
+ en long l | We did the dishes by hand, the dishwasher had packed up. My husband washed, I rinsed, our eldest dried. We ended up singing the whole Goldman album.
fr long n | File d'attente à la préfecture, ticket numéro 147. Le monsieur devant moi avait un perroquet sur l'épaule. Quand mon tour est arrivé, toute la salle connaissait la vie du perroquet.
+ en long n | Queue at the DMV, ticket number 147. The guy in front of me had a parrot on his shoulder. By the time I got called, the whole waiting room knew the parrot's life story.
fr long n | Le vieux monsieur du troisième a quatre-vingt-dix ans aujourd'hui. On a glissé une carte sous sa porte. Il est descendu avec une bouteille de cidre et a invité tout l'immeuble dans la cour.
+ en long n | The old gentleman on the third floor turned ninety today. We slipped a card under his door. He came down with a bottle of cider and invited the whole building into the courtyard.
fr long l | Trajet jusqu'à Perth avec les enfants pour le week-end. Quatre heures de jeu du « je vois ». Le plus jeune voyait « quelque chose qui commence par V » et c'était une vache, à chaque fois.
+ en long l | Drove the kids to Perth for the weekend. Four hours of I Spy. The youngest spied "something beginning with C" and it was a cow, every single time.
fr long n | Matin de marché à Aix. Le fromager m'a fait goûter quatre chèvres. Le fleuriste m'a donné une pivoine pour rien. Je suis rentrée en fredonnant avec mon panier plein. Mets-moi une ambiance qui suit.
+ en long n | Market morning in Aix. The cheesemonger had me taste four goat's cheeses. The florist gave me a peony for nothing. I walked home humming with a full basket. Give me a mood to match.
fr long n | Premier jour de congé parental. Mon fils a renversé la compote sur le chat. Le chat a eu l'air tellement outré qu'on a ri pendant cinq minutes, le bébé aussi.
+ en long n | First day of parental leave. My son tipped apple sauce over the cat. The cat looked so outraged we laughed for five minutes, the baby too.
en long n | Coffee morning at the church hall. Someone's husband did the raffle with a colander on his head. I won a tin of shortbread and a lot of giggles.
+ fr long n | Café-rencontre à la salle paroissiale. Le mari de quelqu'un a fait la tombola avec une passoire sur la tête. J'ai gagné une boîte de sablés et un bon fou rire.
# negation
fr negation n | Non, je ne suis pas surexcitée, je suis juste contente : ma sœur m'a appelée pour rien, juste pour papoter.
+ en negation n | No, I'm not over-excited, just happy: my sister rang for no reason, just to chat.
en negation l | Not angry about the leaky roof any more, the roofer turned out to be a proper laugh.
+ fr negation l | Plus fâché pour la fuite du toit, le couvreur s'est révélé super marrant.
fr negation n | Aucune angoisse pour la visite de belle-maman, elle arrive avec son gâteau et ses histoires drôles.
+ en negation n | No dread about my mother-in-law's visit, she's coming with her cake and her funny stories.
en negation n | Not sad the holidays are over, the kids came back from school buzzing and telling jokes.
+ fr negation n | Pas triste que les vacances soient finies, les enfants sont rentrés de l'école tout guillerets, pleins de blagues.
fr negation l | Ce n'est pas un grand jour, hein, juste un mardi sympa où tout roule.
+ en negation l | It's not some big day, just a nice Tuesday where everything's going smoothly.
# mixed
fr mixed n | Un peu de boulot en retard, mais franchement de bonne humeur, la stagiaire a apporté des macarons.
+ en mixed n | A bit behind at work, but honestly in a good mood, the intern brought macarons.
en mixed n | Bit soggy after cycling in the rain, but grinning, a bus driver gave me a thumbs up at every light.
+ fr mixed n | Un peu trempé après le vélo sous la pluie, mais le sourire aux lèvres, un chauffeur de bus m'a levé le pouce à chaque feu.
fr mixed l | Légère fatigue après la garde, mais quel plaisir, la petite patiente m'a offert son dessin de licorne.
+ en mixed l | A bit worn out after my shift, but what a treat, my little patient gave me her unicorn drawing.
fr mixed n | Petit pincement à voir le grand partir en classe verte, mais surtout je souris, il a fait sa valise avec trois déguisements.
+ en mixed n | Slight pang seeing my eldest off on his school trip, but mostly I'm smiling, he packed three fancy-dress costumes.
en mixed n | Slightly annoyed my train was late, but mostly cheerful, the café at Clapham gave me a free flapjack.
+ fr mixed n | Un peu agacée par le retard du train, mais surtout de bonne humeur, le café de la gare m'a offert un flapjack.
fr mixed l | Un brin stressé par les impôts, mais de belle humeur quand même, les enfants ont fait un spectacle de marionnettes.
+ en mixed l | A touch stressed about the tax return, but in a lovely mood anyway, the kids put on a puppet show.
en mixed n | Bit sunburnt from the beach at Manly, but cheerful as anything, we had fish and chips with the seagulls.
+ fr mixed n | Un peu cramé par la plage de Manly, mais content comme tout, on a mangé du poisson frit avec les mouettes.
# slang_emoji
fr slang_emoji n | le daron a mis ses lunettes de soleil à l'envers et il a fait toute la journée comme ça 😂😎
+ en slang_emoji n | dad put his sunglasses on upside down and wore them like that all day 😂😎
fr slang_emoji n | ptdr ma coloc a appris au chat à sonner une cloche pour ses croquettes 🐱🔔
+ en slang_emoji n | lmao my flatmate taught the cat to ring a bell for his biscuits 🐱🔔
en slang_emoji n | mate the servo had free hot chips today, absolute legends 🍟😄
+ fr slang_emoji n | frérot la station-service offrait les frites aujourd'hui, des légendes 🍟😄
fr slang_emoji l | grosse vibe sympa au taf aujourd'hui, tout le monde chill et souriant ☀️🙂
+ en slang_emoji l | really nice vibe at work today, everyone relaxed and smiley ☀️🙂
en slang_emoji n | tbh best part of my week was the bus driver singing happy birthday to a random kid 🎂🚌
+ fr slang_emoji n | franchement le meilleur moment de ma semaine c'était le chauffeur de bus qui chante joyeux anniv à un gamin 🎂🚌
fr slang_emoji n | c'est le kiff, la boulangère m'a appelé « mon lapin » ce matin 🥐🐰
+ en slang_emoji n | love it, the bakery lady called me "bunny" this morning 🥐🐰
fr slang_emoji n | mon neveu m'a envoyé un vocal de 4 min pour me raconter son rêve de dinosaures mdrr 🦖💛 mets une ambiance stp
+ en slang_emoji n | my nephew sent me a 4 min voice note about his dinosaur dream lmaoo 🦖💛 set the mood pls
en slang_emoji l | eh it's a good day, sunny, coffee hit right, dog did a happy wiggle 🐶☕
+ fr slang_emoji l | bah c'est une bonne journée, soleil, café parfait, le chien a fait son petit dandinement 🐶☕
fr slang_emoji n | la prof de yoga a pété en plein chien tête en bas, toute la salle en PLS 😭😂
+ en slang_emoji n | the yoga teacher farted mid downward dog, whole class was dying 😭😂
# typo
fr typo n | ma fille a fai un gateau pour le facteur et il etait trop content, on a rigolé tous les trois
+ en typo n | my daughter made a cake for the postman and he was so chuffed, all thre of us were laughing
fr typo l | jsuis de bone humeur la, soleil + marché + voisine adorable
+ en typo l | im in a gd mood rn, sun + market + lovely neighbour
en typo n | the kids made me breakfst in bed, cereal with ketchup on it lol but so sweet
+ fr typo n | les enfants mon fait le ptit dej au lit, des cereales avec du ketchup dessus mdr mais trop mignon
fr typo n | le chien a sauté dans la fontaine du parc et il etait tellement fier de lui jsuis morte
+ en typo n | the dog jumped in the park fontain and he was so proud of himself im dead
en typo n | grandpa learnt to use the microwve and now he warms up evryones tea lol
+ fr typo n | papi a apris a se servir du micro onde et maintenant il rechauffe le the de tout le monde mdr
fr typo l | on a fait une bataille de neige avant le bus, tou le monde etait en retard mais hereux
+ en typo l | had a snowbal fight before the bus, evryone was late but happy
fr typo n | mon voisin ma donné des tomates de son jardn et une blague nulle, journée parfaite
+ en typo n | neighbour gave me tomatos from his garden and a terrible joke, perfect day
en typo n | weekend at the cottge, cousins playing euchre and laughing all nite
+ fr typo n | weekend au chalet, les cousins jouent aux cartes et rigole tout la nuit
fr typo l | jai trouvé un trefle a 4 feuille en allant au boulot, je souris depuis
+ en typo l | found a four leaf clovr on the way to work, been smiling since
# wish
fr wish n c=yellow;orange b=bright | Les voisins ont sorti le barbecue et nous ont invités, mets du jaune et de l'orange, bien vif.
+ en wish n c=yellow;orange b=bright | The neighbours fired up the barbecue and asked us over, yellow and orange please, nice and bright.
en wish n c=gold;green | Lazy cheerful Saturday, kids giggling in the garden, give me gold and a bit of green.
+ fr wish n c=gold;green | Samedi joyeux et tranquille, les enfants qui rigolent au jardin, mets du doré et un peu de vert.
fr wish l c=warm_white;amber | Petit dîner sympa entre copines, on rit beaucoup, un blanc chaud et de l'ambre, merci.
+ en wish l c=warm_white;amber | Nice little dinner with the girls, lots of laughing, warm white and amber, thanks.
fr wish n b=bright | Le soleil tape sur la cuisine et je chante en faisant les crêpes, lumière à fond s'il te plaît.
+ en wish n b=bright | The sun's pouring into the kitchen and I'm singing while making pancakes, lights up full please.
en wish n c=orange;pink | Friends just dropped by with doughnuts and gossip, orange and pink lights please.
+ fr wish n c=orange;pink | Des amis passent avec des beignets et des potins, de l'orange et du rose, s'il te plaît.
# explicit
fr explicit n | Je suis d'excellente humeur aujourd'hui, tout me fait sourire.
+ en explicit n | I'm in an excellent mood today, everything makes me smile.
en explicit l | Feeling chipper, in a simple, cheery sort of way.
+ fr explicit l | Je me sens guilleret, d'une gaieté toute simple.
fr explicit n | Quelle bonne humeur ce matin, je dis bonjour à tout le monde.
+ en explicit n | What a good mood I'm in this morning, I'm saying hello to everyone.
en explicit n | I'm in high spirits, light-hearted and smiley all day.
+ fr explicit n | J'ai le moral au beau fixe, le cœur léger et le sourire toute la journée.
fr explicit l | Joyeuse, tranquillement, le genre de gaieté douce qui dure toute la journée.
+ en explicit l | Cheerful, quietly, the gentle kind of cheer that lasts all day.
"""

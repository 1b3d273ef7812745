"""nostalgie: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 01 looking at old photos
# 02 a song from my youth on the radio
# 03 going back to my childhood village or town
# 04 walking past the house I grew up in
# 05 smell of grandma's cooking, a family recipe
# 06 school or class reunion
# 07 homesickness, expat missing home
# 08 finding old letters, love letters
# 09 rewatching childhood cartoons
# 10 playing old video games and consoles
# 11 my kids' baby photos, kids grown up too fast
# 12 running into an old school friend
# 13 visiting my old school
# 14 Sunday lunches at my grandparents'
# 15 childhood summer holidays, summer camp
# 16 first love, teenage sweetheart
# 17 old toys found in the attic
# 18 childhood sweets and snacks
# 19 old TV shows of my childhood
# 20 the 90s and 2000s: cassettes, CDs, MSN, Skyblog
# 21 watching our wedding video again
# 22 student years, uni flatshare
# 23 Erasmus or gap year memories
# 24 my first car
# 25 a smell that brings someone back (perfume, pipe tobacco)
# 26 Christmas as a child
# 27 old home videos on VHS
# 28 yearbook, school reports, class photo
# 29 old phone, first mobile
# 30 social media memories, "on this day"
# 31 playing sport as a kid, my old club
# 32 the beach we went to every summer
# 33 my grandparents' farm
# 34 my first flat
# 35 childhood books reread
# 36 a film from my youth back at the cinema
# 37 back home after years abroad
# 38 food from home found abroad
# 39 old band T-shirt, concert ticket stub
# 40 mixtape, old playlist
# 41 the playground where I played
# 42 back-to-school smell, new notebooks
# 43 old diary found
# 44 collectible cards and toys of a generation
# 45 old band reunion tour
# 46 parents' old records
# 47 family Christmas recipes
# 48 an old café or shop I used to go to
# 49 my kids' first shoes, drawings kept in a box
# 50 life before smartphones
# 51 big family gatherings back then
# 52 first job, old colleagues
# 53 scouts, campfire songs
# 54 retiring, looking back on my career
# 55 old postcards
# 56 the village fair of my childhood
# 57 ski trips as a teenager
# 58 my parents dancing to their song
# 59 the family dog we had as kids
# 60 road trips in my parents' car
# 61 old handwriting on a recipe card
# 62 the neighbourhood I used to live in
# 63 a friend's wedding, looking back on our youth
# 64 high school years, lycée
# 65 the old family holiday house
# 66 old clothes, my wedding dress, baby clothes
# 67 a dialect or accent from home
# 68 my grandfather's workshop, his tools
# 69 Sunday evening TV as a family
# 70 the good old days, things were simpler then

# situations: old photos
fr situation n | Je feuillette les vieux albums photo de famille ce soir.
+ en situation n | I'm flicking through the old family photo albums tonight.
fr situation n | Une boîte de diapos de mes parents, la plage de Knokke en 1982.
+ en situation n | A box of my parents' slides, Knokke beach in 1982.
fr situation n | Photo de classe de CM2 retrouvée, je reconnais presque tout le monde.
+ en situation n | Found my year-five class photo, I recognise almost everyone.
# situations: song from my youth
fr situation n | Ils passent la chanson de mon bal de fin d'année à la radio.
+ en situation n | They're playing my prom song on the radio.
fr situation n | Un vieux tube de 1996 dans le supermarché, et j'ai seize ans. Mets une ambiance.
+ en situation n | An old hit from 1996 in the supermarket, and I'm sixteen again. Set the mood.
# situations: childhood village
fr situation n | De retour au village de mon enfance pour la première fois en vingt ans.
+ en situation n | Back in the village I grew up in for the first time in twenty years.
fr situation n | La place de l'église n'a pas changé, le banc où on attendait le car est toujours là.
+ en situation n | The church square hasn't changed, the bench where we waited for the bus is still there.
# situations: childhood house
fr situation n | Je suis passé devant la maison où j'ai grandi, la balançoire est encore au fond du jardin.
+ en situation n | Drove past the house I grew up in, the swing's still at the bottom of the garden.
fr situation l | Les nouveaux propriétaires ont gardé nos volets bleus.
+ en situation l | The new owners kept our blue shutters.
# situations: grandma's cooking
fr situation n | L'odeur du pot-au-feu, c'est la cuisine de ma grand-mère le dimanche.
+ en situation n | The smell of beef stew, that's my grandmother's kitchen on a Sunday.
fr situation n | J'ai refait la tarte aux pommes de mamie avec sa recette écrite à la main.
+ en situation n | I made Gran's apple tart again from her handwritten recipe.
# situations: class reunion
fr situation n | Soirée des anciens du lycée, trente ans après le bac.
+ en situation n | High school reunion tonight, thirty years after graduation.
fr situation n | Retrouvailles avec la promo de 2005, on a ressorti les vieilles blagues.
+ en situation n | Got together with the class of 2005, all the old jokes came back out.
# situations: homesickness
fr situation n | Expatrié à Dubaï, le pays me manque, surtout la boulangerie du coin.
+ en situation n | Living in Dubai, I miss home, especially the corner bakery.
fr situation n | Trois ans à Toronto et j'ai encore le mal du pays quand il neige.
+ en situation n | Three years in Toronto and I still get homesick when it snows.
# situations: old letters
fr situation n | Retrouvé les lettres que ma femme m'écrivait pendant mon service militaire.
+ en situation n | Found the letters my wife wrote me during my military service.
fr situation n | Une boîte à chaussures pleine de mots doux du collège.
+ en situation n | A shoebox full of love notes from middle school.
# situations: childhood cartoons
fr situation n | Je remontre Il était une fois la vie à mes enfants, le même générique.
+ en situation n | I'm showing my kids Once Upon a Time... Life, same theme tune as when I was little.
fr situation n | Le générique des Chevaliers du Zodiaque, et je suis devant la télé le mercredi matin.
+ en situation n | The Saint Seiya theme song, and I'm in front of the telly on a Wednesday morning.
# situations: old video games
fr situation n | J'ai rebranché ma Nintendo 64 et relancé Mario Kart avec mon frère.
+ en situation n | Plugged the N64 back in and played Mario Kart with my brother again.
fr situation n | Ma vieille Game Boy marche encore, la sauvegarde de Pokémon Rouge aussi.
+ en situation n | My old Game Boy still works, and so does my Pokémon Red save.
# situations: kids grown up
fr situation n | Je regarde les photos de ma fille bébé, elle a dix-huit ans demain.
+ en situation n | Looking at baby photos of my daughter, she turns eighteen tomorrow.
fr situation n | Il tenait dans mes bras, et là il me dépasse d'une tête. Ambiance douce, stp.
+ en situation n | He used to fit in my arms, now he's a head taller than me. Something soft, please.
# situations: old school friend
fr situation n | Croisé Maxime au marché, mon voisin de table en sixième.
+ en situation n | Bumped into Maxime at the market, he sat next to me in year seven.
fr situation n | Mon copain de colo m'a retrouvé sur Facebook après vingt-cinq ans.
+ en situation n | My friend from summer camp found me on Facebook after twenty-five years.
# situations: old school
fr situation n | Portes ouvertes dans mon ancienne école primaire, les mêmes portemanteaux en bois.
+ en situation n | Open day at my old primary school, the same wooden coat pegs.
fr situation l | Mon fils entre dans le collège où j'étais élève, même cour, même préau.
+ en situation l | My son's starting at my old secondary school, same yard, same covered playground.
# situations: Sundays at grandparents'
fr situation n | Les dimanches chez papi et mamie, le rôti et le tiercé à la radio.
+ en situation n | Sundays at Grandpa and Grandma's, the roast and the horse racing on the radio.
fr situation n | Je repense aux goûters chez ma grand-mère, pain beurré et chocolat en poudre.
+ en situation n | Thinking back to teatime at my grandmother's, bread and butter with cocoa.
# situations: childhood holidays
fr situation n | Les étés en colo dans le Vercors, les chansons dans le car.
+ en situation n | Those summers at camp in the Vercors, singing on the coach.
fr situation n | Le camping en Bretagne avec mes parents, la tente orange et la pluie.
+ en situation n | Camping in Brittany with my parents, the orange tent and the rain.
# situations: first love
fr situation n | Je suis tombée sur la photo de mon premier amour, été 1998 à Biarritz.
+ en situation n | I came across a photo of my first love, summer 1998 in Biarritz.
fr situation l | Le parfum de mon premier copain, senti dans le métro, et j'ai quinze ans.
+ en situation l | Caught my first boyfriend's aftershave on the Tube, and I'm fifteen again.
# situations: old toys
fr situation n | Au grenier, mon vieux nounours et mes Playmobil dans un carton.
+ en situation n | Up in the attic, my old teddy and my Playmobil in a box.
fr situation n | Mes parents ont gardé ma Barbie et sa caravane rose, intactes.
+ en situation n | My parents kept my Barbie and her pink camper van, in mint condition.
# situations: childhood sweets
fr situation n | Un Carambar à la caisse, j'ai relu la blague comme à la récré.
+ en situation n | Bought a Carambar at the till, read the joke on the wrapper like at break time.
fr situation n | Des bonbons à un franc dans un sachet en papier, c'était le bonheur.
+ en situation n | Penny sweets in a paper bag, that was bliss back then.
# situations: old TV shows
fr situation n | Le Club Dorothée le mercredi, c'était toute mon enfance.
+ en situation n | Club Dorothée on Wednesdays, that was my whole childhood.
fr situation n | Je revois Fort Boyard en famille, comme chaque été chez mes parents. Mets une lumière qui va avec.
+ en situation n | Watching Fort Boyard as a family, like every summer at my parents'. Lights to match.
# situations: 90s and 2000s
fr situation n | Mon vieux pseudo MSN retrouvé, avec les smileys qui clignotent.
+ en situation n | Found my old MSN username, with the flashing smileys.
fr situation n | Une cassette audio et un crayon pour la rembobiner, les années 90 quoi.
+ en situation n | A cassette and a pencil to wind it back, peak nineties.
# situations: wedding video
fr situation n | Quinze ans de mariage, on a regardé la vidéo de la noce ce soir.
+ en situation n | Fifteen years married, we watched our wedding video tonight.
fr situation n | Le DVD de notre mariage, ma mère qui danse avec le DJ.
+ en situation n | Our wedding DVD, my mum dancing with the DJ.
# situations: student years
fr situation n | Je repasse devant ma coloc d'étudiant à Grenoble, nos soirées pâtes.
+ en situation n | Went past my old student flat in Grenoble, our pasta nights.
fr situation n | Les années fac me manquent, les cours ratés et les cafés à rallonge.
+ en situation n | I miss my uni years, the skipped lectures and the endless coffees.
# situations: Erasmus
fr situation n | Photos de mon Erasmus à Barcelone, dix ans déjà.
+ en situation n | Photos from my exchange year in Barcelona, ten years already.
fr situation l | Un message du groupe Erasmus de Prague, on parle du bon vieux temps.
+ en situation l | A message in the Prague exchange group, we're talking about the good old days.
# situations: first car
fr situation n | J'ai vu une Clio 1 rouge comme ma première voiture, avec l'autoradio à façade.
+ en situation n | Saw a red first-generation Clio like my first car, with the detachable stereo.
fr situation n | Ma vieille 205, on partait en vacances à quatre dedans avec les sacs sur les genoux.
+ en situation n | My old 205, four of us going on holiday in it with bags on our knees.
# situations: smell that brings someone back
fr situation n | L'odeur du tabac à pipe, et je revois mon grand-père dans son fauteuil.
+ en situation n | The smell of pipe tobacco, and I can see my grandad in his armchair again.
fr situation n | Une bouffée de cire et de lavande, la maison de ma tante à Namur.
+ en situation n | A whiff of wax and lavender, my aunt's house in Namur.
# situations: childhood Christmas
fr situation n | Les Noëls chez mes grands-parents, vingt à table et les cousins sous le sapin.
+ en situation n | Christmas at my grandparents', twenty round the table and the cousins under the tree.
fr situation n | Le catalogue de jouets de Noël, j'entourais tout au feutre quand j'étais petit.
+ en situation n | The Christmas toy catalogue, I used to circle everything in felt-tip as a kid.
# situations: VHS home videos
fr situation n | On a numérisé les cassettes VHS de mon père, mon premier anniversaire.
+ en situation n | We digitised Dad's VHS tapes, there's my first birthday.
fr situation n | Film de famille de 1989, ma mère jeune qui rit dans le jardin.
+ en situation n | Home movie from 1989, my mum young and laughing in the garden.
# situations: yearbook, report cards
fr situation n | Mes vieux bulletins scolaires, « bavarde mais sympathique » en 1993.
+ en situation n | My old school reports, "chatty but likeable" in 1993.
fr situation l | Le livre de promo de terminale, avec les dédicaces au stylo gel.
+ en situation l | My senior yearbook, all the messages written in gel pen.
# situations: old phone
fr situation n | Mon Nokia 3310 dans un tiroir, le Snake et mes premiers SMS.
+ en situation n | My Nokia 3310 in a drawer, Snake and my first texts.
# situations: social media memories
fr situation n | Facebook me ressort une photo d'il y a douze ans, toute la bande au festival.
+ en situation n | Facebook showed me a photo from twelve years ago, the whole gang at the festival.
fr situation l | Souvenir du jour sur mon téléphone : nos vacances à Porto en 2014.
+ en situation l | Memory of the day on my phone: our trip to Porto in 2014.
# situations: old sports club
fr situation n | Je suis retourné voir un match de mon club de foot de quand j'avais dix ans.
+ en situation n | Went back to watch a match at the football club I played for when I was ten.
fr situation l | Mon maillot de basket de cadet, le numéro 7, toujours dans l'armoire.
+ en situation l | My junior basketball jersey, number 7, still in the wardrobe.
# situations: the summer beach
fr situation n | La plage de notre enfance à Royan, les mêmes cabines rayées.
+ en situation n | The beach from our childhood in Royan, the same striped huts.
fr situation n | L'odeur de crème solaire et de beignets, les étés à la mer avec mes parents.
+ en situation n | The smell of sun cream and doughnuts, summers at the seaside with my parents.
# situations: grandparents' farm
fr situation n | La ferme de mes grands-parents, les vaches et le lait encore tiède.
+ en situation n | My grandparents' farm, the cows and the milk still warm.
fr situation n | Je repense aux foins chez pépé, on montait sur la remorque.
+ en situation n | Thinking back to haymaking at Grandpa's, we used to ride on the trailer.
# situations: first flat
fr situation n | Mon premier appart, vingt mètres carrés sous les toits, et j'étais heureux.
+ en situation n | My first flat, a tiny attic room, and I was so happy there.
fr situation l | Retrouvé le bail de mon premier studio, loyer de 300 euros.
+ en situation l | Found the lease from my first studio, rent was 300 euros.
# situations: childhood books
fr situation n | Je relis Le Petit Prince, mon exemplaire de CM1 annoté.
+ en situation n | I'm rereading The Little Prince, my annotated copy from year five.
fr situation n | Mes vieux Astérix chez mes parents, les coins tout cornés.
+ en situation n | My old Asterix books at my parents', the corners all dog-eared.
# situations: film from my youth
fr situation n | Le Roi Lion repasse au cinéma, je l'avais vu là en 1994.
+ en situation n | The Lion King is back at the cinema, I saw it there in 1994.
fr situation n | On regarde Retour vers le futur avec les enfants, comme avec mon père.
+ en situation n | Watching Back to the Future with the kids, like I did with my dad.
# situations: home after years abroad
fr situation n | Rentrée en Suisse après huit ans, le train jusqu'à Fribourg comme avant.
+ en situation n | Back in Switzerland after eight years, the train to Fribourg just like before.
# situations: food from home abroad
fr situation n | Trouvé du Nutella belge et des speculoos dans une épicerie à Sydney.
+ en situation n | Found Belgian chocolate spread and speculoos biscuits in a shop in Sydney.
fr situation n | Une poutine à Paris, et je suis à Chicoutimi avec ma gang.
+ en situation n | A poutine in Paris, and I'm back in Chicoutimi with my crew.
# situations: concert souvenirs
fr situation n | Le billet du concert de Noir Désir en 2002, encore dans mon portefeuille.
+ en situation n | My ticket from the 2002 Noir Désir gig, still in my wallet.
# situations: mixtape
fr situation n | La compile qu'elle m'avait gravée en terminale, je l'écoute encore en voiture.
+ en situation n | The mix CD she burned me in senior year, I still play it in the car.
# situations: old playground
fr situation n | Le toboggan du parc où je jouais petit est toujours là.
+ en situation n | The slide in the park I played in as a kid is still there.
# situations: back to school
fr situation n | L'odeur des cahiers neufs en septembre, ça me ramène à la rentrée en primaire.
+ en situation n | The smell of new exercise books in September takes me back to starting primary school.
fr situation l | Acheté des fournitures pour mon fils, les mêmes crayons que moi à son âge.
+ en situation l | Bought my son's school supplies, the same pencils I had at his age.
# situations: old diary
fr situation n | Mon journal intime de quatrième, que des histoires de cœur et de copines.
+ en situation n | My diary from year nine, nothing but crushes and friends.
# situations: collectible cards
fr situation n | Mes cartes Pokémon dans le classeur, on les échangeait à la récré.
+ en situation n | My Pokémon cards in the binder, we used to swap them at break.
fr situation n | Un Tamagotchi dans une brocante, j'ai eu le même en 1997.
+ en situation n | A Tamagotchi at a car boot sale, I had the same one in 1997.
# situations: band reunion
fr situation n | Le groupe de mes quinze ans se reforme pour une tournée, j'ai pris deux places.
+ en situation n | The band I loved at fifteen is reuniting for a tour, I got two tickets.
# situations: parents' records
fr situation n | Les vinyles de mon père, Brel et Barbara, comme les samedis de mon enfance.
+ en situation n | My dad's records, Brel and Barbara, like the Saturdays of my childhood.
# situations: family recipes
fr situation n | La bûche de Noël de maman, je la fais chaque année pour garder le goût d'avant.
+ en situation n | Mum's Yule log, I make it every year to keep the taste of back then.
# situations: old café
fr situation n | Le bistrot où on séchait les cours est devenu une banque.
+ en situation n | The bar where we used to skip class is a bank now.
# situations: kids' keepsakes
fr situation n | Les premiers chaussons de mon fils, rangés dans une boîte avec ses dessins.
+ en situation n | My son's first booties, tucked in a box with his drawings.
# situations: before smartphones
fr situation n | On s'appelait sur le fixe et on attendait le bon moment, c'était une autre époque.
+ en situation n | We used to call each other on the landline and wait for the right time, different times.
# situations: big family gatherings
fr situation n | Les grandes tablées de l'été chez ma tante, quarante cousins dans le jardin.
+ en situation n | Those big summer meals at my aunt's, forty cousins in the garden.
# situations: first job
fr situation n | Ma première paie de serveuse, je me revois compter les billets sur mon lit.
+ en situation n | My first waitressing paycheck, I can still see myself counting the notes on my bed.
fr situation l | Repas avec les anciens collègues de mon premier boulot, on a ri des vieilles histoires.
+ en situation l | Dinner with colleagues from my first job, we laughed about the old stories.
# situations: scouts
fr situation n | Une chanson de feu de camp des scouts, et je sens l'odeur de fumée.
+ en situation n | A campfire song from my scouting days, and I can smell the smoke.
# situations: retirement
fr situation n | Dernier jour avant la retraite, je repense à mes débuts en 1985.
+ en situation n | Last day before retirement, thinking back to my first day in 1985.
# situations: old postcards
fr situation n | Des cartes postales de mes grands-parents, envoyées de Menton en 1970.
+ en situation n | Postcards from my grandparents, sent from Menton in 1970.
# situations: village fair
fr situation n | La fête du village avec le bal et les auto-tamponneuses, mes meilleurs souvenirs d'été.
+ en situation n | The village fair with the dance and the bumper cars, my best summer memories.
# situations: ski trips
fr situation n | Les classes de neige en CM2, les moufles qui séchaient sur le radiateur.
+ en situation n | The school ski trip in year six, mittens drying on the radiator.
# situations: parents dancing
fr situation n | Mes parents dansaient sur ce slow dans le salon, je les regardais depuis l'escalier.
+ en situation n | My parents used to dance to this slow song in the lounge, I watched them from the stairs.
# situations: the family dog
fr situation n | Notre chien quand j'étais petit, Rex, qui dormait au pied de mon lit.
+ en situation n | Our dog when I was little, Rex, who slept at the foot of my bed.
# situations: road trips
fr situation n | Les départs en vacances à cinq heures du matin, entassés dans la break de papa.
+ en situation n | Setting off on holiday at five in the morning, squeezed into Dad's estate car.
# situations: handwriting on a recipe card
fr situation n | La fiche de recette de ma mère, avec son écriture penchée et des taches de beurre.
+ en situation n | Mum's recipe card, in her slanted handwriting with butter stains on it.
# situations: old neighbourhood
fr situation n | Je suis repassé dans mon ancien quartier de Schaerbeek, la friterie est toujours là. Mets une ambiance.
+ en situation n | Went back to my old neighbourhood in Schaerbeek, the chip shop's still there. Set the mood.
fr situation l | La rue où j'ai habité à Lyon, je regarde encore la fenêtre du deuxième.
+ en situation l | The street I lived on in Lyon, I still look up at the second-floor window.
# situations: friend's wedding
fr situation n | Au mariage de mon pote d'enfance, on a repassé nos photos de colo.
+ en situation n | At my childhood friend's wedding, they showed our summer camp photos.
# situations: high school years
fr situation n | Les années lycée, le scooter, les posters au mur, tout ça me manque.
+ en situation n | High school days, the moped, the posters on the wall, I miss all that.
fr situation n | Je passe devant mon ancien lycée, le même kebab en face.
+ en situation n | Walking past my old high school, same kebab shop across the road.
# situations: family holiday house
fr situation n | La maison de vacances de la famille dans les Cévennes, les volets qui grincent.
+ en situation n | The family holiday house in the Cévennes, the creaky shutters.
# situations: old clothes
fr situation n | J'ai ressorti ma robe de mariée du carton, vingt ans après.
+ en situation n | Took my wedding dress out of its box, twenty years on.
fr situation l | Le pull que ma grand-mère m'avait tricoté, il me va encore.
+ en situation l | The jumper my grandmother knitted me still fits.
# situations: accent from home
fr situation n | Un accent du Sud dans le métro parisien, et je suis à Marseille chez mes parents.
+ en situation n | A southern accent on the Paris metro, and I'm back at my parents' in Marseille.
fr situation n | Des Québécois qui parlent au café à Lyon, ça me donne le mal du pays.
+ en situation n | Some Québécois chatting in a Lyon café, and I'm homesick.
# situations: grandfather's workshop
fr situation n | L'atelier de mon grand-père, ses outils encore accrochés au mur comme il les rangeait.
+ en situation n | Grandpa's workshop, his tools still hanging on the wall the way he kept them.
# situations: Sunday evening TV
fr situation n | Le film du dimanche soir en pyjama, avec le plateau-repas, comme quand j'étais gamin.
+ en situation n | The Sunday night film in pyjamas with dinner on a tray, like when I was a kid.
# situations: the good old days
fr situation n | Avant on jouait dehors jusqu'à la nuit, sans portable, et personne ne s'inquiétait.
+ en situation n | We used to play outside till dark, no phones, and nobody worried.
# situations: more old photos and songs, with requests
fr situation n | Une photo de nous quatre en 2008 sur la plage, on avait vingt ans. Lumière douce, stp.
+ en situation n | A photo of the four of us on the beach in 2008, we were twenty. Soft light, please.
fr situation n | Le générique de Friends, et c'est mes soirées d'ado sur le canapé. Mets quelque chose qui colle.
+ en situation n | The Friends theme tune, and it's my teenage evenings on the sofa. Put on something that fits.
fr situation n | Je réécoute l'album que j'ai usé à dix-sept ans. Mets-moi une ambiance d'époque.
+ en situation n | Listening again to the album I wore out at seventeen. Give me a vibe from back then.
fr situation n | Vieilles photos de mamie jeune, en maillot à Ostende. Lumières adaptées, merci.
+ en situation n | Old photos of Gran as a young woman in her swimsuit at Ostend. Lights to match, thanks.
# typo
fr typo n | jai retrouver mes vieilles photos de colo trop de souvenirs
+ en typo n | found my old summr camp pics so many memorys
fr typo n | la chanson de mes 16 ans a la radio jsuis trop nostalgique la
+ en typo n | the song from when i was 16 on the radio, feelin so nostalgic rn
fr typo l | repassé devant la maison de mon enfence, ca fait bizare
+ en typo l | drove past my childhod home, feels wierd
fr typo n | mon pays me manque grave, ca fait 3 ans que jsuis pas rentree
+ en typo n | misss home so much, havnt been back in 3 yrs
# slang_emoji
fr slang_emoji n | les dessins animés de mon enfance 🥹 c'était le bon temps
+ en slang_emoji n | the cartoons from my childhood 🥹 those were the days
fr slang_emoji n | retrouvé ma DS avec Nintendogs dedans 😭📼 mes années collège
+ en slang_emoji n | found my DS with Nintendogs still on it 😭📼 my middle school years
fr slang_emoji l | vieux snaps de 2016 qui ressortent lol on était des bébés 🥲
+ en slang_emoji l | old snaps from 2016 popping up lol we were babies 🥲
# explicit
fr explicit n | J'ai un gros coup de nostalgie en regardant mes photos de lycée.
+ en explicit n | I'm feeling really nostalgic looking at my high school photos.
fr explicit n | Mon enfance me manque, les étés chez ma grand-mère surtout.
+ en explicit n | I miss my childhood, especially those summers at my grandmother's.
fr explicit l | J'ai le mal du pays ce soir, la Belgique me manque.
+ en explicit l | I'm homesick tonight, I miss Belgium.
fr explicit n | C'était le bon vieux temps, j'aimerais y retourner une journée.
+ en explicit n | Those were the good old days, I'd love to go back for one day.
# negation
fr negation n | Je ne suis pas triste, juste plein de souvenirs de nos étés à la mer.
+ en negation n | I'm not sad, just full of memories of our summers by the sea.
fr negation l | Pas vraiment du chagrin, plutôt un doux regret de mes années fac.
+ en negation l | Not really grief, more a fond longing for my uni years.
fr negation n | Je ne rêvasse pas, je repense à la maison de mon enfance, c'est tout.
+ en negation n | I'm not daydreaming, just thinking back to the house I grew up in.
# mixed
fr mixed n | Un peu mélancolique, mais surtout heureux de revoir ces vieilles photos de famille.
+ en mixed n | A bit wistful, but mostly glad to see those old family photos again.
fr mixed n | Fatigué après la réunion des anciens, mais la tête pleine de souvenirs du lycée.
+ en mixed n | Tired after the reunion, but my head's full of high school memories.
fr mixed l | Content de mon nouvel appart, mais l'ancien quartier me manque déjà.
+ en mixed l | Happy with my new flat, but I already miss the old neighbourhood.
# wish
fr wish n c=amber;warm_white b=dim | Soirée vieux albums photo, mets de l'ambre et une lumière chaude tamisée.
+ en wish n c=amber;warm_white b=dim | Old photo albums night, put on some amber and a dim warm light.
fr wish n c=orange;pink | Je réécoute mes cassettes des années 80, du orange et du rose comme à l'époque.
+ en wish n c=orange;pink | Playing my eighties tapes again, orange and pink like back then.
fr wish l c=gold b=dim | Les lettres de mon grand-père ressorties, une lumière dorée, douce.
+ en wish l c=gold b=dim | Got my grandfather's letters out again, a soft golden light.
# situations: a few more
fr situation n | Mon premier portable à clapet retrouvé, avec les SMS de mon ex de terminale.
+ en situation n | Found my first flip phone, with texts from my high school ex still on it.
fr situation l | La crêperie où mes parents m'emmenaient après le marché, je l'ai retrouvée à Quimper.
+ en situation l | The crêpe place my parents took me to after the market, I found it again in Quimper.
"""

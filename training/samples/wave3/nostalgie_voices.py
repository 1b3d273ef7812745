"""nostalgie: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le radiateur cogne comme chez mémé à Verviers, les matins d'hiver avant l'école.
+ en situation n | The radiator's knocking just like at Gran's in Verviers, on winter mornings before school.
en situation n | Found the old Eaton's catalogue in the basement, the one I circled toys in every fall.
+ fr situation n | J'ai retrouvé au sous-sol le vieux catalogue Eaton, celui où j'entourais les jouets chaque automne.
fr situation l | L'odeur de l'encaustique dans l'entrée, et c'est le couloir de ma grand-tante.
+ en situation l | The smell of floor polish in the hallway, and it's my great-aunt's corridor all over again.
fr situation n | En décollant le papier peint, on est tombés sur celui à fleurs orange de notre enfance.
+ en situation n | Stripping the wallpaper, we found the orange flowery one from when we were kids.
en situation l | The twin tub's long gone, but the sound of my washer spinning still brings back Mum's Monday washdays.
+ fr situation l | La vieille machine à double cuve n'est plus là, mais l'essorage de la mienne me rappelle les lundis de lessive de maman.
fr situation n | Le téléphone à fil de chez mes parents est toujours au mur, avec le cordon tout entortillé.
+ en situation n | The corded phone's still on my parents' wall, cord all tangled up like always.
# situations: cooking and food
fr situation n | Une tarte au sucre comme à la cabane à sucre de mon oncle, à Saint-Hyacinthe.
+ en situation n | A sugar pie just like the ones at my uncle's sugar shack in Saint-Hyacinthe.
en situation n | Fish and chips wrapped in paper on the prom at Brighton, same as every summer with Dad.
+ fr situation n | Un fish and chips dans son papier sur la promenade de Brighton, comme chaque été avec papa.
fr situation n | Un cougnou pour la Saint-Nicolas, et je revois la table de la cuisine à Charleroi. Mets une lumière douce.
+ en situation n | A cougnou bread for Saint Nicholas, and I can see the kitchen table in Charleroi again. Soft lights, please.
en situation l | A Tim Tam slam with my nephew, same as I did at his age in Gran's kitchen in Newcastle.
+ fr situation l | Un Tim Tam trempé dans le thé avec mon neveu, comme à son âge dans la cuisine de mamie à Newcastle.
fr situation n | Une gaufre de Liège sur le marché, le sucre perlé qui craque, j'ai sept ans.
+ en situation n | A Liège waffle at the market, the pearl sugar crunching, and I'm seven.
en situation n | Made Kraft Dinner at midnight and suddenly I'm back in my first Ottawa apartment.
+ fr situation n | Un Kraft Dinner à minuit, et me revoilà dans mon premier appart à Ottawa.
fr situation n | Un bol d'Ovomaltine, et je suis dans la cuisine du chalet à Villars, les joues rouges après le ski.
+ en situation n | A mug of Ovomaltine, and I'm in the chalet kitchen in Villars, cheeks red after skiing.
fr situation l | Le pouding chômeur de ma mère, version de la cafétéria de la polyvalente. Une ambiance pour ça.
+ en situation l | My mum's pouding chômeur, the school cafeteria version. Something to go with that.
# situations: pets
fr situation n | Le nouveau chiot a la même tache sur l'œil que Biscuit, notre chien quand j'étais ado.
+ en situation n | The new puppy has the same patch over his eye as Biscuit, our dog when I was a teenager.
en situation n | Found the old cat flap Dad cut in the back door, still with Tiddles' scratches on it.
+ fr situation n | J'ai retrouvé la chatière que papa avait découpée dans la porte de derrière, encore griffée par Minou.
fr situation l | La laisse rouge de Pepsi est toujours accrochée à la porte du garage chez mes parents.
+ en situation l | Pepsi's red lead is still hanging on my parents' garage door.
fr situation n | Ma fille nourrit les canards au lac, avec du pain, comme papa et moi au parc de la Tête d'Or.
+ en situation n | My daughter's feeding the ducks with bread, like Dad and I used to at Parc de la Tête d'Or.
# situations: children and parenting
fr situation n | Mon fils a mis mes vieux protège-tibias pour son premier entraînement, ceux de mes dix ans.
+ en situation n | My son wore my old shin pads to his first practice, the ones from when I was ten.
en situation n | The kids are watching Bluey and I'm remembering how tiny they were when they first watched it.
+ fr situation n | Les enfants regardent Bluey et je me souviens combien ils étaient petits quand ils l'ont découvert.
fr situation l | La petite a retrouvé mon doudou lapin chez mamie, l'oreille toujours recousue en vert.
+ en situation l | My little girl found my bunny comforter at Gran's, its ear still sewn back on in green.
fr situation n | Dernier jour de maternelle de la benjamine, et je revois son grand frère au même portail.
+ en situation n | Last day of nursery for the youngest, and I can see her big brother at the same gate.
en situation n | Packing my son's lunchbox for uni, and I'm remembering his first Thomas the Tank Engine one.
+ fr situation n | Je prépare le repas de mon fils pour la fac et je repense à sa première boîte Thomas le petit train.
fr situation n | Elle a perdu sa dent de devant et elle a exactement mon sourire de la photo de CP. Lumière qui va avec.
+ en situation n | She's lost her front tooth and has exactly my smile from my Year 1 photo. Lights to match.
# situations: partner and dating
fr situation n | On a retrouvé le ticket du bateau-mouche de notre premier week-end à Paris, en 2009.
+ en situation n | We found the river cruise ticket from our first weekend in Paris, in 2009.
en situation n | He still calls me by the nickname from our first summer at Old Orchard Beach.
+ fr situation n | Il m'appelle encore par le surnom de notre premier été à Old Orchard Beach.
fr situation l | Notre chanson à la radio dans la cuisine, et on s'est regardés comme à vingt ans.
+ en situation l | Our song on the kitchen radio, and we looked at each other like we were twenty.
fr situation n | Repassés devant le dancing de Spa où on s'est rencontrés, devenu un magasin de meubles.
+ en situation n | Drove past the dance hall in Spa where we met, it's a furniture shop now.
en situation n | Dug out the mixtape she made me in '96, her handwriting on the little card.
+ fr situation n | J'ai ressorti la compil qu'elle m'avait faite en 96, avec son écriture sur la petite jaquette.
# situations: friends
fr situation n | Les copains de la rhéto se retrouvent au même café de Louvain-la-Neuve, vingt ans après.
+ en situation n | The gang from senior year are meeting up at the same café in Louvain-la-Neuve, twenty years on.
en situation n | My best mate from primary just sent a photo of us in our Neighbours T-shirts, 1992.
+ fr situation n | Mon meilleur ami du primaire m'envoie une photo de nous en t-shirts Neighbours, en 1992.
fr situation l | Le groupe WhatsApp de la colo s'est réveillé, quelqu'un a posté nos photos au bord du lac.
+ en situation l | The summer camp WhatsApp group woke up, someone posted our photos by the lake.
fr situation n | Soirée chez Max, il a remis les mêmes CD que dans notre coloc de la rue Saint-Hubert.
+ en situation n | Evening at Max's, he put on the same CDs as in our shared flat on Rue Saint-Hubert.
en situation n | Caught up with the lads from the Gaelic team, same pub, same corner, twenty years greyer.
+ fr situation n | J'ai revu les gars de l'équipe de football gaélique, même pub, même coin, vingt ans plus gris.
# situations: extended family
fr situation n | Le chalet des grands-parents au lac Simon, on y retourne tous cet été, comme avant.
+ en situation n | Grandma and Grandpa's cottage on Lac Simon, we're all going back this summer, like before.
en situation n | Aunt Maureen still sends a Christmas card with a fiver in it, like when I was nine.
+ fr situation n | Tante Maureen m'envoie toujours une carte de Noël avec un billet dedans, comme quand j'avais neuf ans.
fr situation l | Mon oncle a ressorti son accordéon au mariage, le même air qu'aux fêtes de la ferme.
+ en situation l | My uncle got his accordion out at the wedding, same tune as at the old farm parties.
fr situation n | La photo des cousins sur le vieux pick-up de papi au Nouveau-Brunswick, tout le monde en maillot.
+ en situation n | The photo of the cousins on Grandpa's old pickup in New Brunswick, everyone in swimsuits.
en situation n | Sunday roast at my sister's, and she uses Nan's gravy boat, chip and all. Set the mood for that.
+ fr situation n | Rôti du dimanche chez ma sœur, elle sert la sauce dans la saucière de mamie, ébréchure comprise. Mets l'ambiance qui va avec.
# situations: neighbours
fr situation n | La vieille voisine m'appelle encore « le petit du deuxième », j'ai quarante ans.
+ en situation n | The old lady next door still calls me "the kid from the second floor", and I'm forty.
en situation l | The ice cream van still stops at our old street corner in Cardiff, same jingle.
+ fr situation l | Le camion de glaces s'arrête toujours au coin de notre ancienne rue à Cardiff, même musique.
fr situation n | Le voisin qui nous prêtait sa piscine gonflable a déménagé, et sa haie a été arrachée.
+ en situation n | The neighbour who lent us his paddling pool has moved, and his hedge has been pulled up.
fr situation n | Dans la ruelle à Rosemont, les enfants jouent encore au hockey bottine comme nous.
+ en situation n | In the back lane in Rosemont, kids still play street hockey like we did.
# situations: school and exams
fr situation n | Ma nièce passe le CEB, et je me revois au même banc, la trousse Diddl ouverte.
+ en situation n | My niece is sitting her end-of-primary exam, and I can see myself at the same desk, Diddl pencil case open.
en situation n | The school's sports day, same egg-and-spoon race, same field where I came last in '88.
+ fr situation n | La journée sportive de l'école, même course à l'œuf dans la cuillère, même pelouse où je suis arrivé dernier en 88.
fr situation l | La course d'école de mon fils passe par le même col que la mienne, en 1994.
+ en situation l | My son's school trip goes over the same mountain pass as mine did in 1994.
fr situation n | Ma fille a ramené son album des finissants, et j'ai ressorti le mien de 2001.
+ en situation n | My daughter brought home her grad yearbook, and I dug out mine from 2001.
en situation n | My old yearbook fell off the shelf, senior superlatives and all, class of '99.
+ fr situation n | Mon vieil annuaire de lycée est tombé de l'étagère, avec les titres de fin d'année, promo 99.
fr situation n | Les conkers sont tombés sur le chemin de l'école, et je revois nos tournois dans la cour.
+ en situation n | The conkers have dropped on the school path, and I can see our playground tournaments again.
# situations: university
fr situation n | Passé devant ma vieille résidence à Laval, la fenêtre du troisième a toujours le même store.
+ en situation n | Went past my old residence at Laval, the third-floor window still has the same blind.
en situation n | Found my student card from Glasgow Uni, 2003, that haircut, that whole life.
+ fr situation n | J'ai retrouvé ma carte d'étudiant de Glasgow, 2003, cette coupe, toute cette vie-là.
fr situation l | Le kot de la rue de Namur à Louvain est devenu un hôtel, mais la porte est la même.
+ en situation l | The student digs on Rue de Namur in Leuven are a hotel now, but the door's the same.
fr situation n | Une vidéo de la remise des diplômes de 2005 a refait surface, avec nos toges trop grandes.
+ en situation n | A video of our 2005 graduation resurfaced, with our oversized gowns.
# situations: office work
fr situation n | Dernier jour de l'imprimante matricielle au bureau, je l'ai connue à mon premier poste.
+ en situation n | Last day for the dot-matrix printer at the office, I've known it since my first job.
en situation n | Our old office in Dublin is being knocked down, I can still see my desk by the window.
+ fr situation n | Notre ancien bureau à Dublin va être démoli, je vois encore mon bureau près de la fenêtre.
fr situation l | Le vieux collègue est passé, il avait gardé le badge de l'usine de 1990. Lumière tamisée, s'il te plaît.
+ en situation l | My old workmate dropped by, he'd kept his factory badge from 1990. Dim the lights, please.
fr situation n | Pot de départ du patron qui m'a embauchée à vingt ans, on a ressorti les photos du séminaire de Spa.
+ en situation n | Leaving do for the boss who hired me at twenty, out came the photos from the Spa team retreat.
# situations: manual trades
fr situation n | L'odeur de la sciure à l'atelier, la même que dans la menuiserie de mon père à Fribourg.
+ en situation n | The sawdust smell in the workshop, same as in my dad's joinery in Fribourg.
en situation n | Fixing a vintage Ford in the shop and I swear I can hear Grandad humming under the hood.
+ fr situation n | Je répare une vieille Ford à l'atelier et je jurerais entendre papi fredonner sous le capot.
fr situation l | Mon apprenti utilise la même truelle que mon premier patron m'avait donnée.
+ en situation l | My apprentice uses the same trowel my first boss gave me.
# situations: healthcare and hospitals
fr situation n | Je travaille à l'hôpital où je suis née, et je passe chaque jour devant la maternité.
+ en situation n | I work at the hospital where I was born, and I walk past the maternity ward every day.
en situation l | The nurse had the same Cork accent as Mam, singing to me when I had chickenpox.
+ fr situation l | L'infirmière avait le même accent de Cork que maman quand elle me chantait des chansons pendant ma varicelle.
fr situation n | La salle d'attente du médecin de famille a toujours le même aquarium qu'en 1990.
+ en situation n | The family doctor's waiting room still has the same fish tank as in 1990.
# situations: illness and the body
fr situation n | Bouillon de poulet quand je suis malade, comme maman le faisait avec des alphabets dedans.
+ en situation n | Chicken broth when I'm sick, like Mum made it, with alphabet pasta in it.
en situation l | Vicks on my chest tonight and I'm six again, Dad reading me Roald Dahl.
+ fr situation l | Du Vicks sur la poitrine ce soir et j'ai six ans, papa me lit du Roald Dahl.
fr situation n | Mes vieilles béquilles de l'accident de ski, signées par toute la classe de sixième.
+ en situation n | My old crutches from the ski accident, signed by the whole Year 7 class.
# situations: sport, amateur and watching
fr situation n | Ils ont rediffusé un match des Nordiques, et je suis sur le divan de papa à Québec.
+ en situation n | They reran an old Nordiques game, and I'm on Dad's couch in Quebec City.
en situation n | Boxing Day Test on the radio, and it's Grandad's veranda in Adelaide all over again.
+ fr situation n | Le test de cricket du lendemain de Noël à la radio, et c'est la véranda de papi à Adélaïde qui revient.
fr situation n | Le maillot des Expos de Montréal au fond du placard, taille enfant, avec le nom de Tim Raines.
+ en situation n | The Montreal Expos jersey at the back of the closet, kid's size, Tim Raines on the back.
fr situation l | Belgique-Espagne de 86 en replay, et j'entends mon père hurler dans la cuisine.
+ en situation l | Belgium-Spain '86 on replay, and I can hear my dad yelling in the kitchen.
en situation n | Watching the FA Cup final with Grandad's scarf on my lap, smiling at his old rants.
+ fr situation n | Je regarde la finale de la Cup, son écharpe sur les genoux, en souriant à ses vieux coups de gueule.
fr situation n | Mon fils joue au hockey à l'aréna où je chaussais mes patins à six ans, même odeur de glace. Ambiance assortie.
+ en situation n | My son plays hockey at the rink where I laced my skates at six, same smell of ice. Set the mood to match.
# situations: games and video games
fr situation n | Le son de démarrage de Windows 95 dans une vidéo, et je suis devant l'ordi familial.
+ en situation n | The Windows 95 start-up sound in a video, and I'm in front of the family computer.
en situation n | My old Neopets account still works, my pet's still hungry after twenty years.
+ fr situation n | Mon vieux compte Neopets marche encore, mon animal a faim depuis vingt ans.
fr situation l | Une partie de Tétris sur le téléphone, et c'est le car de la colo en 1991.
+ en situation l | A game of Tetris on my phone, and it's the summer camp coach in 1991.
fr situation n | Retrouvé les cartes Pokémon sous le lit chez mes parents, avec le Dracaufeu qu'on s'échangeait pas.
+ en situation n | Found the Pokémon cards under the bed at my parents', with the Charizard nobody would ever trade.
# situations: music and concerts
fr situation n | La radio passe du Céline Dion de 1996, et je suis dans la Tercel de ma mère.
+ en situation n | The radio's playing 1996 Céline Dion, and I'm in my mum's Tercel.
en situation n | The Cranberries came on in the Tesco and I'm sixteen at the Féile in Thurles.
+ fr situation n | Les Cranberries passent chez Tesco et j'ai seize ans au festival de Thurles.
fr situation l | L'harmonie du village joue la marche de la fanfare de mon grand-père. Mets quelque chose qui colle.
+ en situation l | The village band's playing my grandfather's old marching tune. Put on something that fits.
fr situation n | Le groupe de mes vingt ans passe au Botanique, et on y va avec les mêmes potes.
+ en situation n | The band from when I was twenty is playing the Botanique, and we're going with the same mates.
en situation l | Top of the Pops repeats on telly, me and my sister dancing on the pouffe again.
+ fr situation l | Des rediffusions de Top of the Pops, et on redanse sur le pouf avec ma sœur.
fr situation n | J'ai retrouvé le vinyle des Beatles de papa, avec sa signature au dos de la pochette.
+ en situation n | Found Dad's Beatles record, with his name signed on the back of the sleeve.
# situations: films, series and books
fr situation n | Passe-Partout en rediffusion, et je chante encore la chanson par cœur avec ma fille.
+ en situation n | Passe-Partout reruns on, and I still know the song by heart, singing along with my daughter.
en situation n | Round the Twist theme came on and I'm back on the lounge floor in Geelong after school.
+ fr situation n | Le générique de Round the Twist, et je suis sur le tapis du salon à Geelong après l'école.
fr situation l | Le vieux Spirou à la salle d'attente du garage, le même numéro que chez mon parrain.
+ en situation l | The old Spirou comic in the garage waiting room, the same issue as at my godfather's.
fr situation n | Un épisode de Fort Boyard avec les enfants, et je revois nos vendredis soir en pyjama.
+ en situation n | An episode of Fort Boyard with the kids, and I'm back in our Friday nights in pyjamas.
en situation n | Rewatching Degrassi and I can practically smell my basement in Scarborough.
+ fr situation n | Je revois Degrassi et je sens presque l'odeur de notre sous-sol à Scarborough.
fr situation n | Ma fille lit Les Malheurs de Sophie dans mon vieil exemplaire, avec mon nom au crayon.
+ en situation n | My daughter's reading Les Malheurs de Sophie in my old copy, my name in pencil inside.
# situations: travel and transport
fr situation n | Une vieille trousse Sabena chez un brocanteur, et me voilà dans l'avion pour Kinshasa en 1985.
+ en situation n | An old Sabena travel kit at a junk shop, and I'm back on the plane to Kinshasa in 1985.
en situation n | Rode the old Routemaster heritage bus today, same seat up front Dad always took.
+ fr situation n | J'ai pris le vieux bus Routemaster aujourd'hui, la même place devant que papa prenait toujours.
fr situation l | Une étiquette Swissair sur la vieille valise de ma mère, on partait à Majorque.
+ en situation l | A Swissair tag on Mum's old suitcase, we used to fly to Majorca.
fr situation n | Le traversier de Tadoussac, les bélugas, et les étés en famille qui me remontent.
+ en situation n | The Tadoussac ferry, the belugas, and those family summers all coming back.
en situation n | Caravan park in Wales, same swings, same chippy, I'm eight and it's raining again.
+ fr situation n | Le camping de caravanes au pays de Galles, mêmes balançoires, même friterie, j'ai huit ans et il pleut encore.
fr situation n | Le train de nuit pour Vienne est de retour, et je revois la couchette de mon voyage de bac.
+ en situation n | The night train to Vienna is back, and I can see the bunk from my end-of-school trip.
# situations: cars and driving
fr situation n | Une Volvo break rouge comme celle de la famille, le chien à l'arrière, en route pour Knokke.
+ en situation n | A red Volvo estate like our family one, dog in the back, on the way to Knokke.
en situation n | Drove past the old drive-in in Ohio, the screen's still standing in the weeds.
+ fr situation n | Passé devant l'ancien ciné-parc en Ohio, l'écran est encore debout dans les herbes.
fr situation l | Le sapin désodorisant de papa dans la 405, je le sens encore quand je monte dans un taxi.
+ en situation l | Dad's pine air freshener in the 405, I still smell it when I get in a taxi.
fr situation n | Premier road trip avec ma fille, on s'arrête au même casse-croûte que mes parents à Rivière-du-Loup. Lumière chaude, stp.
+ en situation n | First road trip with my daughter, we stop at the same snack bar as my parents did in Rivière-du-Loup. Warm lights, please.
# situations: weather and nature
fr situation n | La première tempête de neige, et je revois mes forts dans le banc de neige de la cour.
+ en situation n | First snowstorm, and I can see my forts in the snowbank out the front again.
en situation l | Smell of eucalyptus after rain, and it's the school camp in the Blue Mountains.
+ fr situation l | L'odeur d'eucalyptus après la pluie, et c'est le camp scolaire dans les Blue Mountains.
fr situation n | Brouillard sur la Meuse comme les matins où papa m'emmenait pêcher à Dinant.
+ en situation n | Mist on the Meuse like the mornings Dad took me fishing at Dinant.
fr situation l | Le vent du Léman sent les étés de baignade aux Bains des Pâquis avec ma sœur.
+ en situation l | The wind off Lake Geneva smells like our summers swimming at the Bains des Pâquis.
# situations: gardening
fr situation n | Les rhubarbes de ma grand-mère poussent chez moi, on les mangeait crues avec du sucre.
+ en situation n | My grandmother's rhubarb grows at my place now, we used to eat it raw dipped in sugar.
en situation n | Dad's old allotment shed, same rusty tin of seeds, same smell of creosote.
+ fr situation n | La vieille cabane du jardin ouvrier de papa, même boîte de graines rouillée, même odeur de goudron.
fr situation l | Les pois de senteur ont le parfum de la clôture de mémé à Mons.
+ en situation l | The sweet peas smell like Gran's fence in Mons.
# situations: money and bills
fr situation n | Un vieux billet de vingt francs belges dans un livre, on achetait des bonbons pour des semaines.
+ en situation n | An old twenty Belgian franc note in a book, that bought sweets for weeks back then.
en situation l | Found a Canadian penny in my coat, they stopped making them, we used to save them in a jar.
+ fr situation l | Un sou noir canadien dans mon manteau, ils n'en font plus, on les gardait dans un pot.
fr situation n | Mon premier livret de la caisse d'épargne, avec le petit écureuil sur la couverture.
+ en situation n | My first savings book, with the little squirrel on the cover.
# situations: administration and paperwork
fr situation n | En renouvelant ma carte d'identité, j'ai revu la vieille, celle en carton avec la photo de mes seize ans.
+ en situation n | Renewing my ID card, I saw the old one, the cardboard one with my sixteen-year-old photo.
en situation n | Found my first Social Insurance card in Mum's files, from my summer job at the Zellers.
+ fr situation n | J'ai retrouvé ma première carte d'assurance sociale dans les papiers de maman, de mon job d'été chez Zellers.
fr situation l | Le livret de famille de mes grands-parents, avec leur écriture penchée de 1952.
+ en situation l | My grandparents' family record book, with their slanted handwriting from 1952.
# situations: technology and phones
fr situation n | Ma mère a retrouvé notre vieux Minitel au grenier, et on a ri en revoyant l'écran.
+ en situation n | Mum found our old Minitel in the attic, and we laughed at the screen all over again.
en situation n | Bebo sent a password reset email and suddenly I'm fifteen in my bedroom in Limerick.
+ fr situation n | Bebo m'a envoyé un mail de mot de passe, et soudain j'ai quinze ans dans ma chambre à Limerick.
fr situation l | J'ai rallumé l'appareil photo numérique de 2006, les photos du voyage en Écosse sont toutes là.
+ en situation l | Turned on the 2006 digital camera, all the photos from the Scotland trip are still there.
fr situation n | Le CD d'Encarta dans une boîte, et je fais mon exposé sur les volcans à dix ans.
+ en situation n | The Encarta CD in a box, and I'm doing my volcano project at ten.
# situations: internet and social media
fr situation n | Facebook me ressort mon voyage à Banff d'il y a douze ans, on campait dans la Westfalia.
+ en situation n | Facebook dug up my trip to Banff twelve years ago, we were camping in the Westfalia.
en situation l | Someone posted old photos of our town's Woolworths in the local Facebook group. Pick'n'mix memories.
+ fr situation l | Quelqu'un a posté des photos du vieux Woolworths de notre ville sur le groupe du coin. Les bonbons au poids...
fr situation n | Ma vieille page MySpace existe encore, avec la chanson de 2007 qui se lance toute seule.
+ en situation n | My old MySpace page still exists, with the 2007 song that plays by itself.
# situations: shopping
fr situation n | L'Innovation de la rue Neuve, où maman m'achetait mon cartable chaque rentrée, a fermé depuis longtemps.
+ en situation n | The Innovation department store on Rue Neuve, where Mum bought my schoolbag every September, closed long ago.
en situation n | Walked past where Toys R Us used to be, I can still see the giraffe on the sign.
+ fr situation n | Passé devant l'ancien Toys R Us, je vois encore la girafe sur l'enseigne.
fr situation l | Au dépanneur, des Jos Louis comme dans ma boîte à lunch de primaire.
+ en situation l | At the corner store, Jos Louis cakes like the ones in my primary school lunchbox.
fr situation n | Le rayon des fournitures de la Migros sent exactement comme mes rentrées de 1990.
+ en situation n | The stationery aisle at Migros smells exactly like my back-to-school days in 1990.
# situations: moving house
fr situation n | On vend la maison de Sherbrooke, et j'ai pris en photo les marques de taille dans le cadre de porte.
+ en situation n | We're selling the house in Sherbrooke, and I took a photo of the height marks on the door frame.
en situation n | Last night in our Melbourne flat, sitting on the floor remembering the first night here with takeaway.
+ fr situation n | Dernière nuit dans notre appart à Melbourne, assis par terre à repenser au premier soir ici avec un plat à emporter.
fr situation l | En vidant les cartons, le calendrier de notre première cuisine à Genève, encore sur mars 2008.
+ en situation l | Unpacking, the calendar from our first kitchen in Geneva, still on March 2008.
# situations: holidays and celebrations
fr situation n | Pour l'Escalade, j'ai cassé la marmite en chocolat avec ma fille, comme papa avec moi à Genève.
+ en situation n | For the Escalade, I broke the chocolate cauldron with my daughter, like Dad did with me in Geneva.
en situation n | Putting out a carrot for the reindeer with my son, like Mum did with us in Wicklow.
+ fr situation n | Je pose une carotte pour les rennes avec mon fils, comme maman le faisait avec nous dans le Wicklow.
fr situation n | La Saint-Nicolas à l'école de mon fils, et je revois mes sabots devant la cheminée à Tournai.
+ en situation n | Saint Nicholas Day at my son's school, and I can see my clogs by the fireplace in Tournai.
fr situation l | Le réveillon à la tourtière, et la voix de grand-maman qui chante la Ronde de Noël. Une lumière chaleureuse.
+ en situation l | Christmas Eve with tourtière, and Grand-maman's voice singing the old carol. Warm lights.
en situation n | Anzac biscuits for the dawn service, Nan's recipe, and I'm a kid in Toowoomba holding Pop's medals.
+ fr situation n | Des biscuits Anzac pour la cérémonie de l'aube, la recette de mamie, et je suis gamin à Toowoomba avec les médailles de papi.
fr situation n | Le 4 juillet au lac, même parade de bateaux qu'à mes dix ans avec mes cousins du Maine.
+ en situation n | July Fourth at the lake, the same boat parade as when I was ten with my Maine cousins.
# situations: religion and rituals
fr situation n | L'odeur de l'encens à la messe de Pâques, et je suis enfant de chœur à Bastogne.
+ en situation n | The incense at Easter Mass, and I'm an altar boy in Bastogne again.
en situation l | Lighting the Shabbat candles with Grandma's old holders, her hands guiding mine.
+ fr situation l | J'allume les bougies de Shabbat dans les vieux chandeliers de grand-mère, et je sens ses mains sur les miennes.
fr situation n | Ma fille fait sa première communion dans la même église, avec ma vieille aube retouchée.
+ en situation n | My daughter's doing her First Communion in the same church, in my old gown, altered.
# situations: old age and grandparents
fr situation n | À quatre-vingt-cinq ans, je retrouve la photo de ma classe de 1948 à l'école du rang.
+ en situation n | Eighty-five, and I've found the photo of my 1948 class at the little country schoolhouse.
en situation n | Pop took my son crabbing off the same jetty at Port Lincoln where he took me, same old bucket.
+ fr situation n | Papi a emmené mon fils pêcher le crabe sur la même jetée de Port Lincoln que moi, avec le même vieux seau.
fr situation l | Mamie a ressorti le jeu de cartes du jass, et on rejoue comme les dimanches à Bulle.
+ en situation l | Gran got out the jass cards, and we play again like Sundays in Bulle.
# situations: death and funerals, remembered fondly
fr situation n | À la veillée pour mon oncle, on a ri en racontant ses tours de magie ratés aux fêtes.
+ en situation n | At my uncle's wake, we laughed telling stories of his botched magic tricks at parties.
en situation n | Years on, I still make Dad's Saturday fry-up on his birthday, the radio on like he had it.
+ fr situation n | Des années après, je fais encore le petit-déjeuner du samedi de papa le jour de son anniversaire, la radio allumée comme lui.
fr situation l | Sur la tombe de mémé, j'ai posé des muguets, comme ceux qu'on cueillait au bois de la Cambre.
+ en situation l | On Gran's grave I left lily of the valley, like the ones we picked in the Bois de la Cambre.
# situations: birth and pregnancy
fr situation n | Le bébé porte la couverture que ma mère avait crochetée pour moi en 1987.
+ en situation n | The baby's wrapped in the blanket my mum crocheted for me in 1987.
en situation n | Bathing my newborn in the same little tub Mum bathed me in, the duck stickers half peeled off.
+ fr situation n | Je baigne mon nouveau-né dans la même petite baignoire que maman utilisait pour moi, les autocollants de canard à moitié décollés.
fr situation l | Enceinte, je réécoute les berceuses que ma grand-mère chantait en wallon.
+ en situation l | Pregnant, I'm listening again to the lullabies my grandmother sang in Walloon.
# situations: DIY and repairs
fr situation n | En réparant la cabane de jardin, j'ai retrouvé nos initiales gravées avec mon frère en 1993.
+ en situation n | Fixing the garden shed, I found the initials my brother and I carved in 1993.
en situation l | Using Dad's old spirit level, the bubble still sticks a bit like it did when I helped him.
+ fr situation l | Le vieux niveau à bulle de papa, la bulle colle toujours un peu comme quand je l'aidais.
fr situation n | J'ai réparé la vieille bicyclette de ma mère, le panier en osier où elle me mettait petit.
+ en situation n | I fixed Mum's old bicycle, the wicker basket she used to put me in as a toddler.
# situations: night and sleep
fr situation n | Dormir dans mon ancien lit chez mes parents, les mêmes étoiles autocollantes au plafond.
+ en situation n | Sleeping in my old bed at my parents', the same sticker stars on the ceiling.
en situation n | Can't sleep, so I'm listening to the late-night radio show Dad had on in the truck.
+ fr situation n | Pas sommeil, alors j'écoute l'émission de radio de nuit que papa mettait dans le camion.
fr situation l | La sirène du bateau au loin, la nuit, comme dans la chambre de vacances à Saint-Malo. Tamise un peu.
+ en situation l | A ship's horn in the distance at night, like in the holiday bedroom in Saint-Malo. Dim it a bit.
# situations: city life
fr situation n | Le vieux tram 81 traverse encore Bruxelles, et je le prenais chaque matin pour le lycée.
+ en situation n | The old number 81 tram still crosses Brussels, and I took it every morning to school.
en situation n | The Orange Julep's still on Décarie, same giant orange, same summer nights with Dad.
+ fr situation n | L'Orange Julep est toujours sur Décarie, même orange géante, mêmes soirs d'été avec papa.
fr situation l | Le marché de la place du Jeu de Balle, et je cherche encore le stand de papi.
+ en situation l | The flea market on Place du Jeu de Balle, and I still look for Grandad's stall.
fr situation n | À Londres, le pub de notre premier verre ensemble, la moquette collante n'a pas changé.
+ en situation n | In London, the pub where we had our first drink together, the sticky carpet's unchanged.
en situation n | Back in Sydney, the ferry to Manly smells of diesel and hot chips, exactly like school holidays.
+ fr situation n | De retour à Sydney, le ferry pour Manly sent le diesel et les frites, exactement comme les vacances scolaires.
# situations: countryside and farming
fr situation n | L'odeur de la ferme de mon oncle dans l'Estrie, et je suis dans la grange avec les veaux.
+ en situation n | The smell of my uncle's farm in the Eastern Townships, and I'm in the barn with the calves.
en situation l | Harvest time in Saskatchewan, combines out, and I'm riding along with Grandpa again.
+ fr situation l | Les moissons en Saskatchewan, les moissonneuses sont sorties, et je suis de nouveau dans la cabine avec grand-papa.
fr situation n | Désalpe à Charmey, les vaches fleuries passent, et je revois papa avec sa cloche.
+ en situation n | Cows coming down from the Alps at Charmey, flowers on their heads, and I see Dad with his bell.
fr situation l | Le son de la trayeuse au petit matin, comme quand je dormais chez ma tante en Ardenne.
+ en situation l | The milking machine at dawn, like when I slept over at my aunt's in the Ardennes.
# situations: sea and mountains
fr situation n | Même cabine de plage à Ostende, même marchand de caricoles, et j'ai six ans.
+ en situation n | Same beach hut in Ostend, same whelk seller, and I'm six.
en situation n | Ogunquit beach again after thirty years, the same saltwater taffy shop on the corner.
+ fr situation n | La plage d'Ogunquit après trente ans, la même boutique de tire salée au coin.
fr situation l | Le téléphérique du Moléson grince comme lors de ma première montée avec papi.
+ en situation l | The Moléson cable car creaks just like on my first ride up with Grandpa.
fr situation n | Remonter au refuge des scouts, vingt ans plus tard, le même livre d'or avec nos dessins. Ambiance douce, merci.
+ en situation n | Hiking back up to the scout hut twenty years later, the same guestbook with our drawings. Something soft, thanks.
en situation l | Rock pooling at Bondi with my kids, same pools I fished in with a jam jar.
+ fr situation l | Je cherche les crabes dans les flaques à Bondi avec mes enfants, les mêmes que je fouillais avec un bocal.
# situations: hobbies and crafts
fr situation n | J'ai ressorti mon vieux spirographe, et les roues dentées sentent encore le plastique de 1985.
+ en situation n | Got my old Spirograph out, and the cogs still smell of 1985 plastic.
en situation n | Knitting with Gran's needles, her tension still in the half-finished scarf she left me.
+ fr situation n | Je tricote avec les aiguilles de mamie, son point encore dans l'écharpe à moitié finie qu'elle m'a laissée.
fr situation l | La boîte de Meccano de papa, les mêmes boulons qu'on perdait sous le tapis.
+ en situation l | Dad's Meccano box, the same bolts we lost under the rug.
# situations: volunteering
fr situation n | Bénévole à la kermesse de mon ancienne école, je tiens le même stand de pêche aux canards.
+ en situation n | Volunteering at my old school fête, running the same hook-a-duck stall.
en situation l | Coaching under-nines at the GAA club where I played, same muddy pitch, same old jerseys.
+ fr situation l | J'entraîne les moins de neuf ans au club où je jouais, même terrain boueux, mêmes vieux maillots.
# situations: politics and news
fr situation n | Un reportage sur Expo 67, et ma mère qui raconte son passeport tamponné à chaque pavillon.
+ en situation n | A documentary on Expo 67, and Mum telling me about her passport stamped at every pavilion.
en situation l | The news showed the old Concorde at Heathrow, and I'm on the roof terrace with Dad, waving.
+ fr situation l | Les infos montrent le vieux Concorde, et je suis sur la terrasse de Heathrow avec papa à faire coucou.
# situations: science and discovery
fr situation n | Le Palais de la Découverte rouvre, et je revois la salle de l'électricité avec mes cheveux dressés.
+ en situation n | The Palais de la Découverte is reopening, and I see the electricity room with my hair standing on end.
en situation n | Watched a shuttle launch replay and I'm in my pyjamas on the carpet in 1985, Dad explaining.
+ fr situation n | Une rediffusion d'un lancement de navette, et je suis en pyjama sur la moquette en 1985, papa qui explique.
# long
fr long n | Je suis repassé par Chicoutimi. La crèmerie du coin de ma rue est encore ouverte. J'ai pris un cornet trempé dans le chocolat. Le même qu'à chaque fin d'école.
+ en long n | I went back through Chicoutimi. The ice cream stand on my street corner is still open. I got a chocolate-dipped cone. Same as every last day of school.
en long n | Mum posted me a box from Cork. Barry's tea, Tayto crisps, a Brennans loaf. The kitchen in Toronto smells like home now. I had three cups in a row.
+ fr long n | Maman m'a envoyé un colis de Cork. Du thé Barry's, des chips Tayto, un pain Brennans. La cuisine à Toronto sent la maison maintenant. J'ai bu trois tasses d'affilée.
fr long n | On a trouvé une cassette VHS dans le buffet. C'était la communion de mon frère, en 1992. Tout le monde a les cheveux de l'époque. Mon père filme le gâteau trop longtemps.
+ en long n | We found a VHS tape in the sideboard. It was my brother's communion, in 1992. Everyone has that era's hair. Dad films the cake for far too long.
fr long l | La boulangerie de mon village à côté de Namur a changé de propriétaire. Le pain n'a plus le même goût. Mais la sonnette de la porte fait toujours le même bruit.
+ en long l | The bakery in my village near Namur has new owners. The bread doesn't taste the same. But the doorbell still makes the same ring.
en long n | Drove my daughter to uni in Halifax. On the way back I stopped at the same Tim's. Ordered a double-double like Dad always did. Sat in the car a good while.
+ fr long n | J'ai conduit ma fille à l'université à Halifax. Au retour, je me suis arrêté au même Tim Hortons. J'ai commandé un double-double comme papa. Je suis resté un bon moment dans l'auto.
fr long n | Ma sœur m'a envoyé une photo. Nous deux, en maillots assortis, sur la plage de La Panne. J'ai reconnu le seau rouge. On se le disputait tous les étés.
+ en long n | My sister sent me a photo. The two of us in matching swimsuits on the beach at De Panne. I recognised the red bucket. We fought over it every summer.
fr long n | Premier hiver à Lyon après dix ans à Montréal. Pas de neige. Personne ne sait ce qu'est une tempête. Ce soir, j'ai regardé des vidéos de déneigement en buvant du chocolat.
+ en long n | First winter in Lyon after ten years in Montreal. No snow. Nobody knows what a real storm is. Tonight I watched snow-clearing videos with a hot chocolate.
en long l | The old cinema in our town reopened for one night. They showed Back to the Future. Same velvet seats, a bit more worn. I sat where I sat at twelve.
+ fr long l | Le vieux cinéma de notre ville a rouvert pour un soir. Ils ont passé Retour vers le futur. Les mêmes fauteuils en velours, un peu plus usés. Je me suis assis à ma place de mes douze ans.
fr long n | J'ai rouvert mon carnet de voyage de l'Interrail. Il y a un ticket de métro de Budapest. Une fleur séchée de Vienne. Et mon écriture de dix-neuf ans, pleine de fautes et de certitudes.
+ en long n | I opened my Interrail travel journal again. There's a Budapest metro ticket. A dried flower from Vienna. And my nineteen-year-old handwriting, full of mistakes and certainty.
fr long n | Mon grand-père tenait un kiosque à journaux à Lausanne. Il a fermé en 2001. Aujourd'hui j'ai acheté un journal au kiosque de la gare. L'odeur d'encre m'a tout ramené.
+ en long n | My grandfather ran a newsstand in Lausanne. It closed in 2001. Today I bought a paper at the station kiosk. The smell of ink brought it all back.
en long n | Found our old caravan holiday photos from Tenby. Dad in socks and sandals. Mum reading under a windbreak. Me and my brother buried in sand to the neck.
+ fr long n | J'ai retrouvé nos photos de vacances en caravane à Tenby. Papa en chaussettes et sandales. Maman qui lit derrière un pare-vent. Mon frère et moi enterrés dans le sable jusqu'au cou.
fr long l | Réunion des anciens de la polyvalente. Le gymnase sentait pareil. Quelqu'un a mis la musique du bal de 1998. On a dansé comme des ados, en plus lents.
+ en long l | High school reunion. The gym smelled the same. Someone put on the music from the 1998 prom. We danced like teenagers, only slower.
en long n | Cleaning out Nan's kitchen drawer in Hobart. Rubber bands, old bus tickets, a recipe for pavlova. In her writing, with a note: "for when you're grown".
+ fr long n | Je vide le tiroir de la cuisine de mamie à Hobart. Des élastiques, de vieux tickets de bus, une recette de pavlova. De son écriture, avec un mot : « pour quand tu seras grande ».
fr long n | Mes parents ont vendu le camping-car. Dedans, il restait la carte routière de l'Espagne. Nos routes tracées au feutre. Et une tache de glace à la fraise de 1997.
+ en long n | My parents sold the camper van. The road map of Spain was still inside. Our routes traced in marker. And a strawberry ice cream stain from 1997.
# negation
fr negation n | Ça ne me déprime pas, les disques de mes quinze ans, ça me fait sourire et ça me manque.
+ en negation n | It doesn't get me down, the records from when I was fifteen, they make me smile and miss it all.
en negation n | Not upset, just thinking back to those summers on Grandad's farm in Manitoba.
+ fr negation n | Pas bouleversé, juste en train de repenser aux étés sur la ferme de papi au Manitoba.
fr negation l | Ce n'est pas de l'ennui, c'est l'envie de revivre nos soirées de kot à Louvain.
+ en negation l | It's not boredom, it's wanting to relive our student-house nights in Leuven.
fr negation n | Je n'imagine rien, je me souviens : la cour de l'école, la neige, les mitaines sur le calorifère.
+ en negation n | I'm not imagining anything, I'm remembering: the schoolyard, the snow, the mittens on the radiator.
en negation l | Not homesick exactly, just missing Sunday mornings at the Dublin markets with Mam.
+ fr negation l | Pas vraiment le mal du pays, juste le manque des dimanches au marché de Dublin avec maman.
fr negation n | Ce soir, pas de soirée en ville : je réécoute les vieux vocaux de mémé qui raconte ses bals.
+ en negation n | No night out tonight: I'm replaying Gran's old voice notes about her dance-hall days.
fr negation n | Je ne regrette pas d'être partie de Genève, mais nos soirées au bord du lac, quand même.
+ en negation n | I don't regret leaving Geneva, but those evenings by the lake, still.
en negation n | I'm not crying, it's just the theme tune from Play School and I'm four again.
+ fr negation n | Je ne pleure pas, c'est juste le générique de l'émission de mes quatre ans et j'y suis de retour.
fr negation l | Ce n'est pas de la colère qu'ils ferment le vieux stade, c'est tous nos samedis qui remontent.
+ en negation l | It's not anger that they're closing the old ground, it's all our Saturdays coming back.
fr negation n | Non, je ne m'inquiète pas pour mon fils qui part, je revois juste mon propre départ à Québec.
+ en negation n | No, I'm not worried about my son leaving, I'm just seeing my own departure for Quebec City.
# mixed
fr mixed n | Content de mon nouveau boulot à Zurich, mais surtout le cœur encore dans mon petit Neuchâtel.
+ en mixed n | Happy with my new job in Zurich, but mostly my heart's still in little Neuchâtel.
en mixed n | Knackered after the M6, but mostly a lump in my throat when the old school appeared by the junction.
+ fr mixed n | Lessivé par l'autoroute, mais surtout la gorge serrée quand la vieille école est apparue près de la sortie.
fr mixed l | Amusée par nos coupes de cheveux de 1995, mais surtout attendrie par ces étés-là.
+ en mixed l | Amused by our 1995 haircuts, but mostly tender about those summers.
fr mixed n | Fier de ma fille diplômée, mais surtout je revois la petite qui pleurait à la rentrée.
+ en mixed n | Proud of my daughter graduating, but mostly I see the little one crying on her first school day.
en mixed n | Glad to be home in Perth, but part of me's still in our old Leeds terrace with the mates.
+ fr mixed n | Heureux d'être rentré à Perth, mais une part de moi est encore dans notre vieille maison de Leeds avec les potes.
fr mixed l | Un pincement, oui, mais c'est la douceur qui gagne quand je rejoue les valses de ma prof de piano.
+ en mixed l | A pang, yes, but sweetness wins out when I play my old piano teacher's waltzes again.
fr mixed n | Intriguée par la nouvelle appli de cartes, mais j'y ai surtout cherché la rue de mon école à Verdun, le cœur gros.
+ en mixed n | Intrigued by the new maps app, but mostly I used it to find my school street in Verdun, heart full.
en mixed l | Relaxed on the couch, but my heart's back at the cottage in Muskoka, summer of '94.
+ fr mixed l | Détendu sur le canapé, mais le cœur au chalet en Muskoka, à l'été 94.
fr mixed n | On rigole bien au mariage de Lucie, mais quand l'orchestre a joué la Bamba, j'avais douze ans au camping de Carnac.
+ en mixed n | We're having a laugh at Lucie's wedding, but when the band played La Bamba, I was twelve at the campsite in Carnac.
fr mixed n | Énervé par la queue à la douane, mais surtout attendri par l'odeur de l'aéroport de Dorval, celle de mes retours d'enfant.
+ en mixed n | Fed up with the customs queue, but mostly softened by the smell of Dorval airport, the smell of coming home as a kid.
# slang_emoji
fr slang_emoji n | ptn la pub Kinder de 2002 à la télé, retour direct chez mémé 🥹📺
+ en slang_emoji n | omg the 2002 Kinder ad on TV, straight back to Gran's 🥹📺
en slang_emoji n | found my Bebo profile pic 💀🥲 2008 me was a whole vibe, miss it tho
+ fr slang_emoji n | retrouvé ma photo de profil Bebo 💀🥲 moi en 2008 c'était quelque chose, ça me manque quand même
fr slang_emoji n | le son de la cabane à sucre dans la vidéo 😭🍁 jsuis à Saint-Hyacinthe avec mon oncle
+ en slang_emoji n | the sugar shack fiddle music in the video 😭🍁 I'm in Saint-Hyacinthe with my uncle
fr slang_emoji l | les frites de la friterie de mon quartier, jpp 🍟🥹 ça me manque trop
+ en slang_emoji l | the chips from my local chippy in Belgium, can't even 🍟🥹 miss them so much
en slang_emoji n | Milo straight from the tin like after school in Brissie 🥹🥄 take me back
+ fr slang_emoji n | du Milo à la cuillère direct dans la boîte comme après l'école à Brisbane 🥹🥄 ramenez-moi là-bas
fr slang_emoji n | wsh les photos de la course d'école 2006 💀😭 on avait tous des K-way fluo
+ en slang_emoji n | omg the 2006 school trip photos 💀😭 we all had neon rain jackets
fr slang_emoji n | ma mère m'envoie une photo du chalet au lac 🥺🛶 l'été de mes 10 ans, mets une ambiance vieille photo
+ en slang_emoji n | mum sent a pic of the lake cottage 🥺🛶 the summer I was 10, give me an old-photo vibe
en slang_emoji l | Saturday morning cartoons + cereal in PJs, throwback hit me hard today 📺🥣🥲
+ fr slang_emoji l | dessins animés du samedi matin + céréales en pyjama, le flash-back m'a frappé fort aujourd'hui 📺🥣🥲
fr slang_emoji n | la chanson du bal des finissants 2009 dans le Uber 😭🪩 j'ai 17 ans là
+ en slang_emoji n | our 2009 prom song came on in the Uber 😭🪩 I'm 17 rn
# typo
fr typo n | jai retrouvé mes lettres de correspondante de belgique, on secrivait tt les mois
+ en typo n | found my old pen pal letters from belgium, we wrote evry month
en typo n | drove past my old primary in wexford, same yellow gate, had to pull over for a min
+ fr typo n | passé devant mon ancienne ecole primaire a wexford, meme portail jaune, jai du m'arreter 1 min
fr typo l | lodeur du chlore de la piscine me ramene aux cours de natation du mercredi avc papa
+ en typo l | the chlorine smell takes me back to wednesday swim lessons w dad
fr typo n | mon fils porte mon ancien chandail des canadiens, jme revois a son age sur la patinoire
+ en typo n | my son's wearing my old habs jersey, i can see myself at his age on the rink
en typo n | cant stop watchin old Neighbours clips, miss comin home from school to it
+ fr typo n | jarrive pas a arreter les vieux extraits de Neighbours, ca me manque de rentrer de lecole pour ca
fr typo n | ma grand mere ma envoyé la recette du gateau du dimanche, jai reconnu son ecriture tremblé
+ en typo n | my gran sent me the sunday cake recipe, recognised her shaky handwritng
fr typo l | chui a vancouver depuis 4 ans et jai trouvé du sirop de liege, jai failli pleuré
+ en typo l | been in vancouver 4 yrs and found liège syrup, nearly cried
en typo n | found our old polaroids from schoolies, we were sooo young, miss those days
+ fr typo n | retrouvé nos vieux polaroids de fin de lycée, on etait troo jeunes, ca me manque
fr typo n | le vieux parc de jeux ou on allait apres lecole est toujour la, mets une lumiere douce stp
+ en typo n | the old playground we went to after school is still there, soft light pls
# wish
fr wish n c=amber;warm_white b=dim | Je feuillette l'album du chalet de mon enfance, de l'ambre et du blanc chaud, tamisé.
+ en wish n c=amber;warm_white b=dim | Flicking through the album from my childhood cottage, amber and warm white, dimmed.
en wish n c=orange;pink b=dim | Missing our summers in Cornwall tonight, soft orange and dusty pink, low light.
+ fr wish n c=orange;pink b=dim | Nos étés en Cornouailles me manquent ce soir, de l'orange doux et du rose poudré, lumière basse.
fr wish l c=gold;amber | Les vieilles diapos de papa au mur, du doré et de l'ambre, comme la lumière d'avant.
+ en wish l c=gold;amber | Dad's old slides on the wall, gold and amber, like the light back then.
en wish n c=amber;red b=dim | Playing Gran's old records, give me amber with a touch of red, keep it dim.
+ fr wish n c=amber;red b=dim | Je passe les vieux disques de mamie, de l'ambre avec une touche de rouge, reste tamisé.
fr wish n c=warm_white;orange | Le mal du pays ce soir, un blanc chaud et de l'orange comme la cuisine de maman.
+ en wish n c=warm_white;orange | Homesick tonight, warm white and orange like Mum's kitchen.
# explicit
fr explicit n | J'ai le cœur tout nostalgique ce soir, tourné vers mes étés en Gaspésie.
+ en explicit n | My heart's all nostalgic tonight, turned towards my summers on the Gaspé.
en explicit n | Feeling proper nostalgic, missing how things used to be.
+ fr explicit n | Je me sens vraiment nostalgique, la façon dont c'était avant me manque.
fr explicit l | Un petit coup de nostalgie en passant devant mon ancienne école.
+ en explicit l | A little wave of nostalgia walking past my old school.
fr explicit h | Le passé me manque tellement ce soir, je remonterais le temps tout de suite.
+ en explicit h | I miss the past so much tonight, I'd turn back time right now.
en explicit n | Bit of a longing for the old days, for the way our street used to be.
+ fr explicit n | Un peu de mal du temps d'avant, de notre rue comme elle était.
# near the border with tristesse
fr situation n | Dix ans sans papi, et aujourd'hui j'ai souri en sentant son tabac à pipe dans un parc.
+ en situation n | Ten years without Grandpa, and today I smiled catching the smell of his pipe tobacco in a park.
en situation n | Not grieving any more, just fond: Mum's old apron on the hook, and her Sunday scones in my head.
+ fr situation n | Plus vraiment du chagrin, juste de la tendresse : le vieux tablier de maman au crochet, et ses scones du dimanche en tête.
fr situation l | La maison de mon enfance est vendue depuis longtemps, mais j'aime encore passer devant le cerisier.
+ en situation l | My childhood home was sold long ago, but I still love walking past the cherry tree.
fr situation n | On a ressorti les films de vacances de mamie, et on riait tous en revoyant ses plongeons ratés.
+ en situation n | We got out Gran's holiday films, and we all laughed watching her botched dives again.
en situation n | My old dog's collar still hangs by the door, and it reminds me of our beach runs at Dollymount.
+ fr situation n | Le collier de mon vieux chien pend toujours près de la porte, et il me rappelle nos courses sur la plage de Dollymount.
fr situation l | Mes années de lycée à Liège sont loin, et c'est doux d'y repenser, pas douloureux.
+ en situation l | My school years in Liège are far behind me, and it's sweet to think back on them, not painful.
fr situation n | Le salon de thé de ma tante a fermé il y a vingt ans, mais je garde sa cuillère en argent comme un trésor.
+ en situation n | My aunt's tearoom closed twenty years ago, but I keep her silver spoon like a treasure.
en situation l | Rewatching our wedding video from '92, the DJ's awful shirt, Dad dancing, and I'm all warm inside.
+ fr situation l | On revoit la vidéo de notre mariage de 92, la chemise affreuse du DJ, papa qui danse, et j'ai chaud au cœur.
# near the border with reverie
fr situation n | Je ne rêve pas, je me souviens vraiment : la cabane au bout du quai à Kamouraska, l'été 88.
+ en situation n | I'm not dreaming, I really remember: the shack at the end of the wharf in Kamouraska, summer '88.
en situation n | Staring out the window, but it's not fantasy, it's the real view from our old flat in Bondi.
+ fr situation n | Le regard par la fenêtre, mais ce n'est pas un rêve, c'est la vraie vue de notre vieil appart à Bondi.
fr situation l | Les yeux fermés, je refais le chemin de l'école à Fribourg, chaque fontaine, chaque pavé.
+ en situation l | Eyes closed, I'm walking my old route to school in Fribourg, every fountain, every cobblestone.
fr situation n | Ce ne sont pas des châteaux en Espagne, c'est l'appart de notre Erasmus à Grenade que je revois.
+ en situation n | It's not castles in the air, it's our Erasmus flat in Granada I'm seeing again.
en situation n | Lost in thought on the train, but it's the real 1990s, Mum and me going to Blackpool.
+ fr situation n | Perdue dans mes pensées dans le train, mais ce sont les vraies années 90, maman et moi en route pour Blackpool.
fr situation l | Je revois, pas j'imagine : la cuisine de mémé, la toile cirée à carreaux, le café qui passe.
+ en situation l | I'm remembering, not imagining: Gran's kitchen, the checked oilcloth, the coffee dripping.
# near the border with bonnehumeur
fr situation n | Ça me fait sourire et ça me serre le cœur : ma fille joue à l'élastique comme nous en 1990.
+ en situation n | It makes me smile and tugs at my heart: my daughter's playing French skipping like we did in 1990.
en situation n | Laughing at our old school disco photos, but really I'd give anything for one more night of it.
+ fr situation n | Je ris devant nos photos de la boum de l'école, mais en vrai je donnerais tout pour y retourner un soir.
fr situation l | La chanson de la Croisière s'amuse à la radio, je souris, et je revois le salon de mes parents.
+ en situation l | The Love Boat theme on the radio, I smile, and I can see my parents' living room again.
fr situation n | Une bonne journée, sauf que l'odeur des churros à la foire m'a ramené mes douze ans avec papa.
+ en situation n | A good day, except the churros smell at the fair took me back to being twelve with Dad.
en situation l | Smiling at the old Blue Peter badge in my drawer, wishing I could be that excited kid again.
+ fr situation l | Je souris devant mon vieux badge de l'émission pour enfants dans le tiroir, en regrettant le gamin tout excité que j'étais.
# near the border with detente
fr situation n | Au calme sur la terrasse, mais le cri des mouettes me renvoie aux étés de Wimereux.
+ en situation n | Calm on the terrace, but the seagulls' cries send me back to summers at Wimereux.
en situation l | Lazy Sunday on the couch, and the smell of roast takes me back to Nan's in Geelong.
+ fr situation l | Dimanche paresseux sur le canapé, et l'odeur du rôti me ramène chez mamie à Geelong.
fr situation l | Bain chaud, et le savon à la lavande de ma grand-mère me ramène dans sa salle de bains à Vevey.
+ en situation l | Hot bath, and Gran's lavender soap takes me back to her bathroom in Vevey.
# near the border with curiosite
fr situation n | J'ai cherché sur Street View ma rue d'enfance à Trois-Rivières, pas pour savoir, juste pour la revoir.
+ en situation n | I looked up my childhood street in Trois-Rivières on Street View, not to find out, just to see it again.
en situation n | Not researching family history, just looking at Grandad's old ration book and missing his stories.
+ fr situation n | Je ne fais pas de généalogie, je regarde juste le vieux carnet de rationnement de papi et ses histoires me manquent.
fr situation l | Le musée du jouet, et ce n'est pas la curiosité, c'est ma propre poupée derrière la vitrine.
+ en situation l | The toy museum, and it's not curiosity, it's my very own doll behind the glass.
# situations: very short voices
fr situation n | La boîte à biscuits de mémé, toujours au même endroit.
+ en situation n | Gran's biscuit tin, still in the same spot.
en situation n | Our old school bus route, same stops, thirty years on.
+ fr situation n | Le trajet de notre vieux bus scolaire, mêmes arrêts, trente ans après.
fr situation l | L'odeur des crêpes du mardi gras, et j'ai huit ans.
+ en situation l | The smell of Shrove Tuesday pancakes, and I'm eight.
fr situation n | Retrouvailles de la promo 2004 samedi, j'ai ressorti l'album.
+ en situation n | Class of 2004 reunion on Saturday, I've dug out the yearbook.
en situation l | Dad's old thermos, still smells of his Sunday fishing tea.
+ fr situation l | Le vieux thermos de papa, il sent encore le thé de ses pêches du dimanche.
fr situation n | Les chansons de la colo à la radio, tout revient.
+ en situation n | The summer camp songs on the radio, it all comes back.
"""

"""nostalgie: third wave, triads with victoire and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Je retrouve ma sacoche de facteur au grenier, et je revois Mme Roux qui m'offrait un café à chaque tournée.
+ en situation n | I find my postman's satchel in the attic, and I see Mrs Roux again, making me a coffee on every round.
# triad 02
en situation n | On the number 12 as a passenger now, I remember the schoolkids I drove in the nineties, singing at the back.
+ fr situation n | Passager du bus 12 maintenant, je repense aux écoliers que je conduisais dans les années 90, qui chantaient au fond.
# triad 03
fr situation n | Je range ma casquette de pilote et je revois mon premier solo en Cessna, en 1983, au-dessus des champs de colza.
+ en situation n | Putting away my pilot's cap, I'm back on my first solo in a Cessna in 1983, above the rapeseed fields.
# triad 04
en situation l | A diesel engine rumbles at the station and I'm back in my first cab in 1979, the smell of oil and coffee.
+ fr situation l | Une locomotive diesel gronde en gare et je revois ma première cabine, en 1979, l'odeur d'huile et de café.
# triad 05
fr situation n | Ah, mes seize ans comme mousse sur le chalutier de mon oncle, l'odeur du gasoil et les soles triées à la lampe… le bon temps.
+ en situation n | Ah, being sixteen, a deckhand on my uncle's trawler, the smell of diesel and sorting sole by lamplight… those were the days.
# triad 06
fr situation n | Une jeune maman me montre son bébé, et je me souviens de sa naissance à elle, que j'avais accompagnée en 1994, un soir de tempête.
+ en situation n | A young mum shows me her baby, and I remember delivering her, on a stormy night in 1994.
# triad 07
en situation n | Clearing out the practice, I find my first calving rope, and I'm back in that freezing barn in 1982.
+ fr situation n | En vidant le cabinet, je retrouve ma première corde de vêlage, et je revois cette grange glacée de 1982.
# triad 08
fr situation l | L'odeur de cuir et de colle d'une cordonnerie me renvoie à papa penché sur son établi, les petits clous entre les lèvres.
+ en situation l | The smell of leather and glue in a cobbler's shop sends me back to Dad bent over his bench, tiny nails between his lips.
# triad 09
fr situation n | Je feuillette les vieux numéros du journal du canton, et je revois la rédaction enfumée de 1978, les machines à écrire.
+ en situation n | Leafing through old issues of the district paper, I'm back in the smoky newsroom of 1978, the typewriters clacking.
# triad 10
en situation n | An old jingle from my radio show plays in a shop, and I'm back in the little studio of 1992.
+ fr situation n | Un vieux jingle de mon émission passe dans un magasin, et me revoilà dans le petit studio de 1992.
# triad 11
fr situation n | La sirène du premier mercredi retentit, et je me revois à dix-huit ans, courant vers la caserne en enfilant ma veste.
+ en situation n | The monthly siren test sounds, and I see myself at eighteen, running to the fire station pulling on my jacket.
# triad 12
en situation n | Those Sunday mornings refereeing in the eighties, cut grass and liniment and my whistle shaking; I miss that a little.
+ fr situation n | Ces dimanches matin d'arbitre dans les années 80, l'herbe coupée, le camphre et mon sifflet qui tremblait ; ça me manque un peu.
# triad 13
fr situation n | Le temps de mes premiers cours de moniteur à Val Thorens, les gamins en file indienne derrière moi… qu'est-ce que c'était bien.
+ en situation n | Back when I gave my first ski lessons in Val Thorens, the kids in single file behind me… how good that was.
# triad 14
en situation l | The smell of sun cream and hot sand, and I'm back in my lifeguard tower in 2004, whistle round my neck.
+ fr situation l | L'odeur de crème solaire et de sable chaud, et me revoilà dans mon poste de secours en 2004, sifflet au cou.
# triad 15
fr situation n | Je déroule ma vieille corde de guide, et je revois les bivouacs de mes débuts, la soupe en sachet sous les étoiles.
+ en situation n | I uncoil my old guiding rope, and I'm back at the bivouacs of my early years, packet soup under the stars.
# triad 16
en situation n | Mum's salon in the seventies, the smell of hairspray and me sweeping curls off the lino; I'd love one more afternoon there.
+ fr situation n | Le salon de maman dans les années 70, l'odeur de laque et moi qui balayais les mèches sur le lino ; je donnerais cher pour y retourner un après-midi.
# triad 17
fr situation n | En rangeant l'officine, je retombe sur les vieux pots en porcelaine, et je revois mes débuts en 1984, les préparations faites au mortier.
+ en situation n | Tidying the pharmacy, I come across the old porcelain jars, and I'm back in my early days in 1984, grinding preparations with a mortar.
# triad 18
fr situation n | Je repasse devant mon ancien collège et je revois le dernier jour de 3e, les t-shirts signés au feutre.
+ en situation n | I walk past my old school and see the last day of year 10 again, the T-shirts signed in marker.
# triad 19
en situation n | A young man greets me at the market; I looked after him at the crèche in 1995, in his little red dungarees.
+ fr situation n | Un jeune homme me salue au marché ; je m'occupais de lui à la crèche en 1995, dans sa petite salopette rouge.
# triad 20
fr situation l | Je retrouve mon badge de doctorant, et je revois les nuits au labo, les pizzas froides et la centrifugeuse qui grinçait.
+ en situation l | I find my old PhD badge, and I remember the nights at the lab, the cold pizza and the squeaky centrifuge.
# triad 21
en situation n | I found our first loan offer from 1998, and I remember pasta every night and a mattress on the living-room floor.
+ fr situation n | J'ai retrouvé notre offre de prêt de 1998, et je revois les pâtes tous les soirs et le matelas par terre au salon.
# triad 22
fr situation n | J'ai relancé notre vieux monde Minecraft de 2013, et j'ai retrouvé la cabane en terre où on passait nos mercredis avec mon cousin.
+ en situation n | I loaded our old Minecraft world from 2013 and found the dirt hut where my cousin and I spent our Wednesdays.
# triad 23
en situation n | Looking at the camper van photos, I remember our summer in Portugal in 2009, sardines on the little stove.
+ fr situation n | En regardant les photos du camping-car, je revois notre été au Portugal en 2009, les sardines sur le petit réchaud.
# triad 24
fr situation l | Je passe devant les jardins ouvriers et je revois papa qui m'apprenait à repiquer les poireaux, les genoux dans la terre.
+ en situation l | I walk past the allotments and I see Dad again, teaching me to plant out leeks, kneeling in the soil.
# triad 25
en situation n | They're demolishing the old stadium; I remember Dad lifting me onto his shoulders on the terrace in 1985.
+ fr situation n | On démolit le vieux stade ; je revois papa qui me hissait sur ses épaules dans les gradins, en 1985.
# triad 26
fr situation l | Je retrouve mes vieux chaussons de pointe, et je revois les galas du conservatoire, maman au premier rang.
+ en situation l | I find my old pointe shoes, and I'm back at the conservatoire galas, Mum in the front row.
# triad 27
en situation n | Our circus tours in the eighties, the caravans in a circle and the smell of sawdust; what a childhood that was.
+ fr situation n | Nos tournées de cirque des années 80, les caravanes en cercle et l'odeur de sciure ; quelle enfance c'était.
# triad 28
fr situation n | J'ai retrouvé ma première robe d'avocate, trop grande, et je revois mes mains qui tremblaient à la barre en 1991.
+ en situation n | I found my first lawyer's gown, too big, and I see my hands shaking at the bar in 1991 again.
# triad 29
en situation n | The village bells ring for Sunday mass, and I'm back at my first communion in 1968, white gloves.
+ fr situation n | Les cloches du village sonnent la messe, et je revois ma première communion en 1968, les gants blancs.
# triad 30
fr situation n | L'odeur d'un feu de bois me renvoie à mes années de chef scout, les veillées sous les étoiles.
+ en situation n | The smell of a wood fire sends me back to my scout leader years, the campfire evenings under the stars.
# triad 31
en situation l | Behind a learner car, I remember my own instructor in 1976, his foot hovering over the brake.
+ fr situation l | Derrière une voiture-école, je repense à mon moniteur en 1976, le pied au-dessus du frein.
# triad 32
fr situation n | Dans le temps, l'atelier de pépé tailleur, le cliquetis de la machine à coudre, les craies et les mètres ruban ; j'y repense avec tendresse.
+ en situation n | In the old days, Grandpa's tailor's shop, the clatter of the sewing machine, the chalk and the tape measures; I think of it fondly.
# triad 33
en situation n | Our old room keys hang framed in the kitchen, and I remember summer evenings serving drinks to the regulars.
+ fr situation n | Nos vieilles clés de chambres sont encadrées dans la cuisine, et je revois les soirs d'été à servir l'apéro aux habitués.
# triad 34
fr situation n | Sur le bac de l'île, l'odeur de sel me ramène aux étés d'enfance, quand le capitaine me laissait tenir la barre.
+ en situation n | On the island ferry, the salt smell takes me back to childhood summers, when the captain let me steer.
# triad 35
en situation n | Driving past the Vieux-Port at night, I remember my first taxi shifts in 1984, jazz on the radio.
+ fr situation n | En longeant le Vieux-Port la nuit, je repense à mes premières nuits de taxi en 1984, le jazz à la radio.
# triad 36
fr situation l | À mes débuts au supermarché, en 1991, on tapait encore les prix à la main et on riait avec les clients ; c'était une autre époque.
+ en situation l | When I started at the supermarket in 1991, we still keyed in prices by hand and laughed with customers; it was another era.
# triad 37
en situation l | Summers extracting honey with Grandpa, the warm wax and licking the frames in his shed; sweetest memories I have.
+ fr situation l | Les étés de récolte de miel avec pépé, la cire chaude et les cadres qu'on léchait dans sa cabane ; mes plus doux souvenirs.
# triad 38
fr situation n | En passant devant la vieille aciérie, je revois la paie du vendredi, la cantine bruyante et les copains de l'équipe de nuit.
+ en situation n | Passing the old steelworks, I remember Friday pay day, the noisy canteen and my mates from the night shift.
# triad 39
en situation n | Scrolling back to my first videos from 2012, I remember filming in my bedroom, my brother doing the voices.
+ fr situation n | En remontant à mes premières vidéos de 2012, je revois les tournages dans ma chambre, mon frère qui faisait les voix.
# triad 40
fr situation l | La terre humide sous mes doigts me ramène à mon premier cours de poterie, à dix ans, et mon bol tout tordu.
+ en situation l | The wet clay under my fingers takes me back to my first pottery class at ten, and my wonky bowl.
# triad 41
en situation n | Polishing my old boots, I remember basic training in 1996, the night marches and the lads singing in the barracks.
+ fr situation n | En cirant mes vieux rangers, je repense à mes classes en 1996, les marches de nuit et les chants à la chambrée.
# triad 42
fr situation n | Je retrouve mon dossard du marathon de Paris 1988, et je revois les copains du club qui m'attendaient avec des oranges.
+ en situation n | I find my bib from the 1988 Paris marathon, and I see my club mates again, waiting with orange slices.
# triad 43
en situation l | Those 6 a.m. swims as a kid, the chlorine, Coach Martine shouting times from the edge; funny how I miss it now.
+ fr situation l | Ces entraînements de six heures du matin, gamin, le chlore, Martine qui criait les temps au bord ; drôle comme ça me manque maintenant.
# triad 44
fr situation n | Un grand gaillard me salue au stade : je l'ai entraîné en poussins en 2003, et je revois ses genoux écorchés.
+ en situation n | A big lad says hello at the ground: I coached him in the under-nines in 2003, and I see his grazed knees again.
# triad 45
en situation n | The smell of ripe cheese at the market takes me back to my first years on the stall, frozen hands at 5 a.m.
+ fr situation n | L'odeur des fromages au marché me ramène à mes premières années d'étal, les mains gelées à cinq heures du matin.
# triad 46
fr situation l | L'odeur du bois raboté me ramène à mon apprentissage chez maître Guérin, les copeaux dans les cheveux et la radio qui grésillait.
+ en situation l | The smell of planed wood takes me back to my apprenticeship with Master Guérin, shavings in my hair and the crackling radio.
# triad 47
en situation n | The hum of a hospital corridor at night takes me back to my first night shifts in 1985, knitting between rounds.
+ fr situation n | Le ronron d'un couloir d'hôpital la nuit me ramène à mes premières gardes en 1985, le tricot entre deux tours.
# triad 48
fr situation n | Je retrouve l'affiche de notre toute première pièce, en 1999, et je revois les décors en carton peints dans la grange.
+ en situation n | I find the poster of our very first play, in 1999, and I remember the cardboard sets we painted in the barn.
# triad 49
en situation n | Our first demo tape turned up in a drawer, and I remember rehearsing in the garage in 1998, the neighbours banging.
+ fr situation n | Notre première maquette a refait surface, et je revois les répètes au garage en 1998, les voisins qui tapaient au mur.
# triad 50
fr situation n | Le café de mes parents, le percolateur qui sifflait, les parties de tarot du dimanche ; j'ai grandi là-dedans, et j'y repense souvent.
+ en situation n | My parents' café, the hissing coffee machine, the Sunday card games; I grew up in there, and I think of it often.
# triad 51
en situation n | Climbing the lighthouse steps as a tourist, I remember Dad keeping the lamp when I was little, the gulls all around.
+ fr situation n | En montant au phare en touriste, je revois papa qui gardait la lanterne quand j'étais petit, les goélands tout autour.
# triad 52
fr situation n | En vidant mon bureau de directrice, je tombe sur des cahiers de 1992, et je revois mes CP apprendre à lire.
+ en situation n | Clearing out my head teacher's office, I find exercise books from 1992 and see my first-graders learning to read.
# triad 53
en situation n | The tree goes up and I remember Christmas at Grandma's farm in the eighties, clementines in our shoes.
+ fr situation n | On monte le sapin et je revois les Noëls à la ferme de mamie dans les années 80, les clémentines dans les souliers.
# triad 54
fr situation n | Je retrouve une disquette de 1991 avec mon premier programme, et je revois le bureau enfumé et le Minitel.
+ en situation n | I find a 1991 floppy disk with my first program, and I'm back in the smoky office with the Minitel.
# triad 55
en situation l | Grandpa's watchmaking workshop, the ticking clocks and the loupe screwed into his eye; I can still hear it when I close my eyes.
+ fr situation l | L'atelier d'horloger de pépé, les pendules qui faisaient tic-tac et la loupe vissée à l'œil ; je l'entends encore en fermant les yeux.
# triad 56
fr situation n | Je repasse devant mon lycée, et je revois le dernier jour de terminale, la bataille de farine sur le parking.
+ en situation n | I walk past my old high school and see the last day of senior year again, the flour fight in the car park.
# triad 57
en situation l | The bell over a shop door tinkles and I'm back in Madame Lucette's grocery, buying penny sweets.
+ fr situation l | La clochette d'une boutique tinte et me revoilà dans l'épicerie de Mme Lucette, à acheter des bonbons à un franc.
# triad 58
fr situation l | Les automnes chez pépé, le pressoir qui grinçait et le jus de pomme encore tiède ; il y a des goûts qu'on ne retrouve jamais.
+ en situation l | Autumns at Grandpa's, the creaking press and the apple juice still warm; some tastes you never find again.
# triad 59
en situation n | The roar of an old Honda takes me back to summer 1978, riding to the coast with Chantal on the back.
+ fr situation n | Le bruit d'une vieille Honda me ramène à l'été 1978, les virées jusqu'à la côte avec Chantal derrière moi.
# triad 60
fr situation n | L'odeur de cambouis me ramène au garage de mon père, le calendrier Michelin au mur et Johnny à la radio.
+ en situation n | The smell of grease takes me back to my father's garage, the Michelin calendar and Johnny on the radio.
# triad 61
en situation n | Chalk dust on my sleeve takes me back to my very first lecture in 1986, and that overheating projector.
+ fr situation n | De la craie sur ma manche, et je revois mon tout premier cours en 1986, avec ce rétroprojecteur qui surchauffait.
# triad 62
fr situation n | Mes années de cadet au rugby, les crampons boueux, le camphre et les chants dans le bus ; c'était le bon temps.
+ en situation n | My youth rugby years, muddy boots, liniment and singing on the bus; those were the good old days.
# triad 63
en situation l | Saturdays at my father's print shop, folding wedding invitations while the big press thumped; I still love the smell of ink for that.
+ fr situation l | Les samedis à l'imprimerie de mon père, à plier des faire-part pendant que la grosse presse cognait ; j'aime encore l'odeur d'encre pour ça.
# triad 64
fr situation n | Une chanson de colo passe à la radio, et je revois les veillées de 1996 à Gérardmer, les lampes torches.
+ en situation n | A summer camp song comes on the radio, and I'm back at the campfire nights in Gérardmer in 1996.
# triad 65
en situation n | Seeing a guide dog on the train, I remember the puppies I raised for the school, the chewed slippers.
+ fr situation n | En voyant un chien guide dans le train, je repense aux chiots que j'élevais pour l'école, les chaussons mâchouillés.
# triad 66
fr situation n | En regardant mon vieux permis rose, je revois ma 4L de 1972 et les virées à la mer avec Yvette, vitres baissées.
+ en situation n | Looking at my old pink licence, I see my 1972 Renault 4 again and the trips to the sea with Yvette, windows down.
# triad 67
en situation n | Sorting tins at the food bank, I remember our first winter in 2004, the soup cooked in Marie's kitchen.
+ fr situation n | En triant les conserves, je repense à notre premier hiver à la banque alimentaire en 2004, la soupe cuisinée chez Marie.
# triad 68
fr situation n | Je retrouve mes carnets d'observation de 1983, et je revois les nuits glacées sous la coupole, le café au thermos.
+ en situation n | I find my observing notebooks from 1983, and I'm back in those freezing nights under the dome, thermos coffee.
# triad 69
en situation l | Summer evenings watching my father play boules in the square, the clack of the boules and the cicadas; I'd give anything for one more.
+ fr situation l | Les soirs d'été à regarder mon père jouer aux boules sur la place, le claquement des boules et les cigales ; je donnerais tout pour en revivre un.
# triad 70
fr situation n | Les transhumances de mon enfance, le bâton de pépé et le tintement des sonnailles sur la route ; quels souvenirs.
+ en situation n | The transhumances of my childhood, Grandpa's crook and the sheep bells ringing along the road; what memories.
# triad 71
en situation l | The smell of a toy train set takes me back to Christmas 1974, Dad and me laying the first loop of track.
+ fr situation l | L'odeur d'un train électrique me ramène au Noël 1974, papa et moi en train de poser la première boucle de rails.
# triad 72
fr situation n | En rangeant la mairie, je retrouve l'affiche de ma première campagne en 1995 et les soirées de collage avec les copains.
+ en situation n | Tidying the town hall, I find my first campaign poster from 1995, and remember pasting them up with friends at night.
# triad 73
fr typo n | je vide ma classe pour la retraite et je retrouve les dessins de mes eleves de 1994, je revois encore leurs bouilles
+ en typo n | clearing out my classroom for retirment and found drawings from my 1994 class, i can still see their lil faces
# triad 74
en mixed l | Glad to be retired, sure, but mostly I drift back to the old surgery, the fish tank and home visits in the 2CV.
+ fr mixed l | Content d'être à la retraite, oui, mais je repense surtout à l'ancien cabinet, l'aquarium et les visites en 2 CV.
# triad 75
fr negation l | Pas triste, non, en vidant la quincaillerie ; je revois juste papa derrière le comptoir, sa blouse grise et son crayon sur l'oreille.
+ en negation l | Not sad, no, clearing out the hardware shop; I just see Dad behind the counter again, grey overall and pencil behind his ear.
# triad 76
en slang_emoji n | walked past the pizza place where I worked summer 2015 🍕 those late shifts with Karim and the jukebox omg the memories 🥹
+ fr slang_emoji n | passée devant la pizzeria où je bossais l'été 2015 🍕 les services tardifs avec Karim et le juke-box, que de souvenirs 🥹
# triad 77
fr wish l c=amber;warm_white b=dim | Je feuillette l'album de mes années de chantier, les copains en bleu de travail ; lumière ambrée et tamisée, s'il te plaît.
+ en wish l c=amber;warm_white b=dim | Leafing through the album of my building-site years, the mates in overalls; soft amber light, please.
# triad 78
fr explicit n | Grosse nostalgie en repliant mon uniforme d'hôtesse de l'air : les escales à Dakar, les fous rires dans le galley.
+ en explicit n | Such nostalgia folding away my flight attendant's uniform: the stopovers in Dakar, the giggles in the galley.
# triad 79
fr long n | Le boucher de mon enfance a fermé il y a longtemps. Mais ce matin, au marché, l'odeur du boudin aux pommes m'a ramenée rue Saint-Jean. Je revois M. Lecoq, son tablier rayé, la tranche de jambon qu'il me tendait au bout du couteau. J'avais sept ans et c'était le meilleur moment du samedi.
+ en long n | The butcher of my childhood closed long ago. But this morning at the market, the smell of black pudding with apples took me back to rue Saint-Jean. I see Mr Lecoq again, his striped apron, the slice of ham he held out on the tip of his knife. I was seven and it was the best part of Saturday.
# triad 80
en long n | The harbour smelled of diesel and seaweed this morning. I stood by the old lifeboat station, a café now, and could almost hear the alarm going off. We'd run down the slipway in our boots, half asleep, laughing. Those were good years.
+ fr long n | Le port sentait le gasoil et le goémon ce matin. Je me suis arrêté devant l'ancienne station de sauvetage, devenue un café, et j'ai presque entendu l'alarme. On dévalait la cale en bottes, à moitié endormis, en riant. C'étaient de belles années.
# triad 81
en situation n | Walking past my old medical school, I remember the anatomy nights, the skeleton we called Gérard and the vending machine coffee.
+ fr situation n | En passant devant ma vieille fac de médecine, je revois les nuits d'anatomie, le squelette qu'on appelait Gérard et le café du distributeur.
# triad 82
fr situation l | L'odeur de la laine me ramène à la mercerie de mamie, les tiroirs de boutons que je triais par couleur. Lumière douce, s'il te plaît.
+ en situation l | The smell of wool takes me back to Grandma's haberdashery, the button drawers I sorted by colour. Soft light, please.
"""

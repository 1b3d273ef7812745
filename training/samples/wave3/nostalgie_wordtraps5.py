"""nostalgie: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: daughter
en situation n | My daughter wore my old school satchel today, and I was back in 1984, walking down Rue Pasteur holding Mum's hand.
+ fr situation n | Ma fille a porté mon vieux cartable aujourd'hui, et j'étais de retour en 1984, rue Pasteur, la main dans celle de maman.
en situation n | My daughter asked what a phone box was; I saw myself calling Gran in Algiers from ours on Sunday nights.
+ fr situation n | Ma fille m'a demandé ce qu'était une cabine téléphonique ; je me suis revu y appeler mamie à Alger le dimanche soir.
en situation n | Watching my daughter wobble on her bike down the same lane where Dad ran behind me thirty years ago.
+ fr situation n | Je regarde ma fille zigzaguer à vélo dans le même chemin où papa courait derrière moi il y a trente ans.

# trap: can
en situation n | I can still hear the ice-cream van's tune from the summers on Elm Road, when we ran out with twenty pence each.
+ fr situation n | J'entends encore la musique du camion de glaces des étés sur Elm Road, quand on sortait en courant avec vingt pence chacun.
en situation n | A can of Orangina on the terrace, and I'm twelve again at the campsite in Palavas, sand in my sandwiches.
+ fr situation n | Une canette d'Orangina en terrasse, et j'ai de nouveau douze ans au camping de Palavas, avec du sable dans mes sandwichs.
en situation n | I can't pass a launderette without thinking of Saturdays with Mum in Croydon, reading comics on the plastic chairs.
+ fr situation n | Je ne peux pas passer devant une laverie sans repenser aux samedis avec maman à Croydon, à lire des BD sur les chaises en plastique.

# trap: singing
en situation n | Grandpa used to sing Sinatra while shaving with the door ajar; a song on the radio just brought that bathroom right back.
+ fr situation n | Papi chantait du Sinatra en se rasant, la porte entrouverte ; une chanson à la radio vient de me ramener dans cette salle de bains.
en situation n | We went carol singing door to door in the village every December; I just found the old song sheet.
+ fr situation n | Chaque décembre, on chantait des chants de Noël de porte en porte au village ; j'ai retrouvé la vieille feuille de paroles.
fr situation n | Ma tante chantait du Dalida en étendant le linge ; une voisine fredonne le même air et je revois sa cour à Marseille.
+ en situation n | My aunt was always singing Dalida while hanging out the washing; a neighbour is humming the same tune and I can see her yard in Marseille.

# trap: remis
fr situation n | J'ai remis la main sur mon vieux baladeur CD, et tout l'été 2001 à Quimper m'est revenu d'un coup.
+ en situation n | I laid my hands on my old Discman again, and the whole summer of 2001 in Quimper came back at once.
fr situation n | On a remis le disque de Brassens de papa sur la platine, et le salon de la rue Gambetta est revenu avec lui.
+ en situation n | We put Dad's Brassens record back on the turntable, and the living room on Rue Gambetta came back with it.
fr situation l | J'ai remis mon sweat du lycée pour repeindre la cuisine ; il sent encore un peu les samedis de hand au gymnase.
+ en situation l | I put my old school hoodie back on to paint the kitchen; it still smells a bit of Saturday handball in the gym.

# trap: maison
fr situation n | En passant devant la maison de mon enfance à Niort, j'ai vu que la balançoire pendait toujours au tilleul.
+ en situation n | Driving past my childhood home in Niort, I saw the swing still hanging from the lime tree.
fr situation n | La maison de vacances de tata, les volets bleus, les Monopoly interminables quand il pleuvait : j'ai retrouvé la photo de l'été 1992.
+ en situation n | Auntie's holiday house, the blue shutters, the endless Monopoly games when it rained: I found the photo from summer 1992.
fr situation n | Une odeur de cire et me voilà dans la maison de mes grands-parents, le parquet qui craquait sous nos chaussettes. Mets-moi une ambiance.
+ en situation n | A whiff of floor polish and I'm back in my grandparents' house, the parquet creaking under our socks. Set the mood for me.

# trap: but
en situation n | It's only a cheap plastic ring, but Tom won it for me at the fair in 1997, and it still lives in my jewellery box.
+ fr situation n | Ce n'est qu'une bague en plastique, mais Tom l'avait gagnée pour moi à la fête foraine en 1997, et elle vit toujours dans ma boîte à bijoux.
en situation n | The café has changed hands, but the jukebox still plays the songs we danced to as students in 1979.
+ fr situation n | Le café a changé de patron, mais le juke-box passe toujours les chansons sur lesquelles on dansait étudiants, en 1979.
en situation n | The town has grown, but the bandstand is where it always was, and I can see us eating chips on its steps.
+ fr situation n | La ville s'est agrandie, mais le kiosque à musique est toujours là, et je nous revois manger des frites sur ses marches.

# trap: has
en situation n | The old cinema has kept the red velvet seats where we watched Star Wars in 1983 with Uncle Joe.
+ fr situation n | Le vieux cinéma a gardé les fauteuils de velours rouge où on avait vu La Guerre des étoiles en 1983 avec tonton Joe.
en situation n | My brother has sent me a scan of our Cub Scout photo, and I'm back at the camp by Lake Bala, 1988.
+ fr situation n | Mon frère m'a envoyé le scan de notre photo de louveteaux, et me revoilà au camp près du lac Bala, en 1988.
en situation l | Mum has found my first school report in the loft: "chatters too much", 1986. Those were the days.
+ fr situation l | Maman a retrouvé mon premier bulletin au grenier : « bavarde trop », 1986. C'était le bon temps.

# trap: market
en situation n | The Sunday market in Nice smells just like the one Gran dragged me round in the eighties: basil and hot socca.
+ fr situation n | Le marché du dimanche à Nice sent exactement comme celui où mamie me traînait dans les années 80 : basilic et socca chaude.
en situation n | I walked past the old market hall where Dad had his fruit stall, and could almost hear him calling out prices.
+ fr situation n | Je suis passé devant les anciennes halles où papa tenait son étal de fruits, et j'ai presque entendu sa voix crier les prix.
fr situation n | Au marché de Brive, la même marchande de noix qu'en 1990 ; j'y allais avec pépé, la main dans sa poche de veste.
+ en situation n | At the market in Brive, the same walnut seller as in 1990; I used to go with Grandpa, my hand in his jacket pocket.

# trap: pains
fr situation n | L'odeur des pains au chocolat me ramène aux matins de dictée, quand papa m'en achetait un pour me donner du courage.
+ en situation n | The smell of pains au chocolat takes me back to spelling-test mornings, when Dad bought me one for courage.
fr situation n | Les gros pains de campagne sortis du four à bois de pépé, le samedi à la ferme ; je le revois fariné jusqu'aux coudes.
+ en situation n | The big country loaves out of Grandpa's wood oven on Saturdays at the farm; I can see him floured up to the elbows.
fr situation l | Des petits pains au lait dans le cartable, comme à la récré de 1988 ; j'en ai acheté un paquet rien que pour l'odeur.
+ en situation l | Little milk rolls in a school bag, like at break time in 1988; I bought a packet just for the smell.

# trap: chocolat
fr situation n | Un chocolat chaud épais comme chez Angelina, où maman m'emmenait une fois par an après le dentiste ; j'avais huit ans.
+ en situation n | A hot chocolate as thick as at Angelina's, where Mum took me once a year after the dentist; I was eight.
fr situation n | Le chocolat en poudre dans le bol ébréché devant les dessins animés du mercredi ; j'ai retrouvé ce bol chez maman.
+ en situation n | Chocolate powder in the chipped bowl in front of Wednesday cartoons; I found that bowl at Mum's place.
fr situation n | Les œufs en chocolat cachés sous les hortensias de mamie, à Pâques, quand on était six cousins à courir partout.
+ en situation n | The chocolate eggs hidden under Gran's hydrangeas at Easter, when there were six of us cousins running everywhere.

# trap: bonbons
fr situation n | Le bocal de bonbons sur le comptoir de l'épicerie de Mme Roux, un franc le sachet ; j'y repense chaque fois que je passe rue Haute.
+ en situation n | The sweet jar on Mrs Roux's grocery counter, one franc a bag; I think of it every time I walk down Rue Haute.
fr situation n | Mamie gardait des bonbons à la violette au fond de son sac à main ; j'en ai trouvé à Toulouse et j'ai revu son manteau gris.
+ en situation n | Gran kept violet sweets at the bottom of her handbag; I found some in Toulouse and saw her grey coat again.
fr slang_emoji n | les bonbons coca a 10 centimes a la sortie du college 🥹 jen ai vu dans un distributeur, retour en 2003 direct
+ en slang_emoji n | the 10-cent cola sweets outside school 🥹 saw some in a vending machine, straight back to 2003

# trap: couch
en situation n | The old brown couch from my student flat in Glasgow is in Dan's garage; we spent a whole year of Friday nights on it.
+ fr situation n | Le vieux canapé marron de mon appart d'étudiant à Glasgow est dans le garage de Dan ; on y a passé une année entière de vendredis soir.
en situation n | Under Gran's crocheted blanket on the couch, I'm back in her front room watching Saturday wrestling with a cup of sugary tea.
+ fr situation n | Sous le plaid au crochet de mamie sur le canapé, je suis de retour dans son salon devant le catch du samedi, avec un thé trop sucré.
en situation l | We fell asleep on this couch after every New Year's party in the nineties; I'm not letting them throw it out yet.
+ fr situation l | On s'endormait sur ce canapé après chaque réveillon des années 90 ; je ne les laisse pas encore le jeter.

# trap: kept
en situation n | Mum kept every ticket from our trips to the seaside; we spent the evening going through Blackpool 1979.
+ fr situation n | Maman a gardé tous les billets de nos sorties à la mer ; on a passé la soirée sur Blackpool 1979.
en situation n | I kept my first pay slip from the bakery, 1994, and I can still smell those four a.m. mornings.
+ fr situation n | J'ai gardé ma première fiche de paie de la boulangerie, 1994, et je sens encore ces matins à quatre heures.
en situation n | Dad kept his Walkman in the kitchen drawer, and the Queen tape from our drives to Cornwall is still inside.
+ fr situation n | Papa a gardé son Walkman dans le tiroir de la cuisine, et la cassette de Queen de nos trajets vers la Cornouailles est toujours dedans.

# trap: time
en situation n | Back in the time of dial-up, we'd wait ages for one photo to load, and I loved every slow minute of it.
+ fr situation n | À l'époque du modem, on attendait une éternité qu'une photo se charge, et j'adorais chaque minute de cette lenteur.
en situation n | Every time I smell sun cream, I'm at the lido in 1995 with my cousins and a Mr Freeze.
+ fr situation n | Chaque fois que je sens de la crème solaire, je suis à la piscine en plein air en 1995, avec mes cousins et un Mister Freeze.
en situation n | It was a different time: bikes in the street until dark, and Mum calling us in from the balcony. Put on something soft.
+ fr situation n | C'était une autre époque : les vélos dans la rue jusqu'à la nuit, et maman qui nous appelait depuis le balcon. Mets quelque chose de doux.

# trap: depuis
fr situation n | Je n'ai pas remis les pieds à Dieppe depuis 1990, mais chaque odeur de marée me ramène aux galets et aux moules-frites du port.
+ en situation n | I haven't set foot in Dieppe since 1990, but every whiff of the tide takes me back to the pebbles and the mussels by the harbour.
fr situation n | Depuis que j'ai retrouvé les carnets de voyage de papa, je repasse nos étés en Grèce en boucle dans ma tête.
+ en situation n | Since I found Dad's travel notebooks, I keep replaying our Greek summers in my head.

# trap: mois
fr situation n | Ce mois de septembre sent la rentrée de 1985 : le cartable neuf, les protège-cahiers, la colle à l'amande.
+ en situation n | This September smells like going back to school in 1985: the new satchel, the book covers, the almond-scented glue.
fr situation n | Chaque mois d'août, on partait à six dans la vieille Peugeot pour l'Espagne ; je viens de retrouver la carte Michelin annotée.
+ en situation n | Every August the six of us drove off to Spain in the old Peugeot; I just found the marked-up road map.

# trap: pere
fr situation n | Mon père sifflait toujours le même air en réparant la mobylette dans la cour ; je l'ai reconnu dans une pub ce matin.
+ en situation n | My father always whistled the same tune fixing the moped in the yard; I recognised it in an advert this morning.
fr situation n | Le vieux couteau de poche de mon père, celui des pique-niques en Auvergne, sent encore le saucisson et l'herbe coupée.
+ en situation n | My father's old pocket knife, the one from our picnics in Auvergne, still smells of salami and cut grass.

# trap: mere
fr situation n | La machine à coudre de ma mère ronronne encore dans ma tête, ces soirées d'hiver où elle nous faisait nos déguisements.
+ en situation n | My mother's sewing machine still hums in my head, those winter evenings when she made our fancy-dress costumes.
fr situation l | Ma mère écoutait la radio en faisant les crêpes du mardi gras ; les mêmes chansons passent ce soir dans ma cuisine.
+ en situation l | My mother listened to the oldies station while making Shrove Tuesday pancakes; the same songs are playing in my kitchen tonight.

# trap: frere
fr situation n | Mon frère et moi, on construisait des cabanes dans la haie derrière la maison ; il m'a envoyé une photo de la haie, toujours là.
+ en situation n | My brother and I built dens in the hedge behind the house; he sent me a photo of the hedge, still standing.
fr situation n | J'ai retrouvé la console de mon frère, la Super Nintendo aux manettes jaunies ; je nous revois en pyjama le samedi matin.
+ en situation n | I found my brother's Super Nintendo with its yellowed controllers; I can see us in our pyjamas on Saturday mornings.

# trap: fils
fr situation n | Mon fils a trouvé mes billes en terre dans une boîte de biscuits, et j'ai revu la cour de l'école Jules-Ferry en 1979.
+ en situation n | My son found my clay marbles in a biscuit tin, and I saw the Jules-Ferry schoolyard again, 1979.
fr situation n | Mon fils joue sur le même terrain de foot que moi à son âge ; le grillage troué est toujours là, comme nos goûters sur le banc.
+ en situation n | My son plays on the same football pitch I did at his age; the torn fence is still there, like our snacks on the bench.

# trap: fille
fr situation n | Ma fille danse dans le salon sur le tube de mes quinze ans, et je me revois au bal du lycée avec ma robe à volants.
+ en situation n | My daughter's dancing in the living room to the hit from when I was fifteen, and I see myself at the school dance in my frilly dress.
fr situation n | Ma fille dort dans mon ancien lit chez mes parents, sous les mêmes étoiles collées au plafond ; je suis restée un moment à la porte.
+ en situation n | My daughter's sleeping in my old bed at my parents', under the same stickers on the ceiling; I stood in the doorway for a while.

# trap: enfants
fr situation n | Les enfants du voisin jouent à l'élastique sur le trottoir, et j'entends les comptines de ma cour de récré en 1983.
+ en situation n | The neighbour's kids are playing French skipping on the pavement, and I can hear the rhymes from my playground in 1983.
fr situation n | Quand les enfants étaient petits, on passait les vacances dans ce gîte du Jura ; j'ai revu la photo de leurs bottes alignées devant la porte.
+ en situation n | When the kids were little we spent holidays in that cottage in the Jura; I found the photo of their boots lined up by the door.

# trap: dad
en situation n | Dad's old toolbox still smells of oil and sawdust, and I'm six again, handing him nails on Saturday mornings.
+ fr situation n | La vieille caisse à outils de papa sent encore l'huile et la sciure, et j'ai de nouveau six ans, à lui tendre les clous le samedi matin.
en situation n | Dad used to take us to the airport just to watch the planes land; I drove past the viewing deck today and smiled.
+ fr situation n | Papa nous emmenait à l'aéroport juste pour regarder les avions atterrir ; je suis passé devant la terrasse panoramique aujourd'hui et j'ai souri.

# trap: baby
en situation n | Found the baby monitor from when the twins were born in 2009; those sleepless nights feel oddly precious now.
+ fr situation n | Retrouvé le babyphone de la naissance des jumeaux en 2009 ; ces nuits blanches me paraissent étrangement précieuses aujourd'hui.
en situation n | Mum kept my baby shoes and a curl of hair in an envelope marked 1971, and we laughed about my bald photos all afternoon.
+ fr situation n | Maman a gardé mes chaussons de bébé et une boucle de cheveux dans une enveloppe marquée 1971, et on a ri de mes photos chauve tout l'après-midi.

# trap: dog
en situation n | That scruffy dog in the park runs just like Bruno did, chasing gulls on the beach at Saint-Cast every summer.
+ fr situation n | Ce chien ébouriffé au parc court exactement comme Bruno, qui chassait les mouettes sur la plage de Saint-Cast chaque été.
en situation n | Our old dog's lead still hangs by the door at my parents', and I can see us walking him along the canal after school.
+ fr situation n | La vieille laisse de notre chien pend toujours près de la porte chez mes parents, et je nous revois le promener le long du canal après l'école.

# trap: dit
fr situation n | Mémé disait toujours « on n'est pas aux pièces » en écossant les petits pois ; je l'ai dit à mon fils hier sans y penser.
+ en situation n | Gran always said "what's the hurry" while shelling peas; I said it to my son yesterday without thinking.
fr situation n | Mon vieux prof de guitare m'a dit au téléphone qu'il avait gardé notre enregistrement de la fête de la musique 1996.
+ en situation n | My old guitar teacher told me on the phone he'd kept our recording from the 1996 street music festival.

# trap: told
en situation n | Grandad told the same story about the flood of '53 every Christmas, and I caught myself telling it to the kids tonight.
+ fr situation n | Papi racontait la même histoire de l'inondation de 53 à chaque Noël, et je me suis surpris à la raconter aux enfants ce soir.
en situation l | My aunt told me I used to sing into a hairbrush on her coffee table in 1990; she still has the video somewhere.
+ fr situation l | Ma tante m'a raconté que je chantais dans une brosse à cheveux sur sa table basse en 1990 ; elle a encore la vidéo quelque part.

# trap: gave
en situation n | Gran gave me this recipe tin when I left home, and every card in it smells of her kitchen in Bristol.
+ fr situation n | Mamie m'a donné cette boîte de recettes quand j'ai quitté la maison, et chaque fiche sent sa cuisine de Bristol.
fr situation n | Le vieux monsieur du kiosque me donnait un Malabar avec le journal de papa chaque dimanche ; le kiosque est devenu une supérette.
+ en situation n | The old man at the news kiosk gave me a bubblegum with Dad's paper every Sunday; the kiosk is a mini-market now.

# trap: sans
fr situation n | Sans portable ni GPS, on se donnait rendez-vous sous l'horloge de la gare Saint-Charles, et ça marchait à chaque fois.
+ en situation n | With no mobiles or GPS, we'd meet under the clock at Saint-Charles station, and it worked every single time.
fr situation n | Des étés entiers sans montre chez mes grands-parents, à rentrer quand les cloches sonnaient sept heures.
+ en situation n | Whole summers without a watch at my grandparents', coming home when the church bells rang seven.

# trap: without
en situation n | We spent whole holidays without a screen at Aunt Rosa's, building rafts in the stream; I found the Polaroids today.
+ fr situation n | On passait des vacances entières sans écran chez tante Rosa, à construire des radeaux dans le ruisseau ; j'ai retrouvé les Polaroid aujourd'hui.
en situation l | I can't hear that accordion tune without seeing the Saturday dances in my grandparents' village.
+ fr situation l | Je ne peux pas entendre cet air d'accordéon sans revoir les bals du samedi au village de mes grands-parents.

# trap: again
en situation n | Heard the school bell from my old primary again while walking by, and for a second I was eight, lining up in the rain.
+ fr situation n | J'ai réentendu la sonnerie de mon ancienne école primaire en passant devant, et une seconde j'avais huit ans, en rang sous la pluie.
en situation n | Watching The Goonies again tonight, and I'm on the rug at Matt's in 1988 with a bowl of crisps between us.
+ fr situation n | Je revois Les Goonies ce soir, et je suis sur le tapis chez Matt en 1988, un saladier de chips entre nous.

# trap: trois
fr situation n | On était trois sur la même mobylette pour aller au lac, l'été 1978 ; la photo floue trône sur mon frigo.
+ en situation n | There were three of us on one moped going to the lake in summer 1978; the blurry photo sits on my fridge.
fr situation l | Trois accords de guitare, un feu de camp et toute la colo qui chantait faux ; ce soir un ado jouait la même chanson sur la plage.
+ en situation l | Three guitar chords, a campfire and the whole summer camp singing off-key; tonight a teenager played the same song on the beach.

# trap: thirty
en situation n | Thirty years on, the corner shop still sells the same penny chews we bought with our pocket money after Mass.
+ fr situation n | Trente ans après, l'épicerie du coin vend toujours les mêmes caramels à un penny qu'on achetait avec notre argent de poche après la messe.
en situation n | Thirty years since our exchange trip to Hamburg, and Jens just sent a photo of us in matching shell suits.
+ fr situation n | Trente ans depuis notre échange scolaire à Hambourg, et Jens vient d'envoyer une photo de nous en survêtements assortis.

# trap: euros
fr situation n | Quarante euros pour un Walkman d'occasion aux puces ; c'est le même que celui que je cachais sous l'oreiller en colo.
+ en situation n | Forty euros for a second-hand Walkman at the flea market; it's the same one I hid under my pillow at summer camp.
fr situation n | Le menu étudiant était à deux euros au resto U de Rennes en 2004 ; on y refaisait le monde tous les midis.
+ en situation n | The student menu was two euros at the Rennes canteen in 2004; we put the world to rights there every lunchtime.

# trap: kilometres
fr situation n | Les neuf cents kilomètres jusqu'à chez mamie à Nice, sans clim, à chanter dans la Renault 18 ; je repense à ces départs à l'aube.
+ en situation n | The nine hundred kilometres to Gran's in Nice, no air con, singing in the Renault 18; I keep thinking of those dawn departures.
fr situation n | Je faisais trois kilomètres à pied pour aller à l'école du hameau ; en repassant sur ce chemin, j'ai reconnu chaque mur de pierre.
+ en situation n | I walked three kilometres to the hamlet school; going back down that path, I recognised every stone wall.

# trap: years
en situation n | Twenty years since we graduated, and the smell of the library's old carpet took me straight back to exam week.
+ fr situation n | Vingt ans depuis notre diplôme, et l'odeur de la vieille moquette de la bibliothèque m'a ramené direct à la semaine des partiels.
en situation n | For years Boxing Day meant Uncle Ray's, board games and burnt sausages; I miss those afternoons.
+ fr situation n | Pendant des années, le lendemain de Noël, c'était chez tonton Ray, jeux de société et saucisses brûlées ; ces après-midi me manquent.

# trap: month
en situation n | That month in Brittany in 1993, the leaky tent and Dad's terrible crêpes; the old slides turned up today.
+ fr situation n | Ce mois en Bretagne en 1993, la tente qui prenait l'eau et les crêpes ratées de papa ; les diapos ont refait surface aujourd'hui.
en situation l | Every month the mobile library came to our village, and I'd wait by the fountain; I saw a van like it on the news.
+ fr situation l | Chaque mois, le bibliobus passait au village, et je l'attendais près de la fontaine ; j'en ai vu un pareil aux infos.

# trap: night
en situation n | Friday night was chippy tea in front of the telly with Nan; the smell of vinegar tonight brought it all back.
+ fr situation n | Le vendredi soir, c'était fish and chips devant la télé avec mamie ; l'odeur du vinaigre ce soir a tout fait revenir.
en situation n | Those night drives home from Gran's, asleep on the back seat under the orange motorway lights; I'd give anything for one more.
+ fr situation n | Ces retours de nuit de chez mamie, endormi sur la banquette arrière sous les lampadaires orange de l'autoroute ; je donnerais tout pour en revivre un.

# trap: vendredi
fr situation n | Le vendredi, c'était poisson à la cantine et Club Dorothée à la maison ; un générique sur YouTube et j'y suis.
+ en situation n | Friday meant fish at the canteen and kids' TV at home; one theme tune on YouTube and I'm right back there.
fr situation n | Chaque vendredi soir, papa rapportait une cassette vidéo du vidéoclub ; je suis passé devant l'ancienne boutique, devenue une pharmacie.
+ en situation n | Every Friday night Dad brought home a tape from the video shop; I walked past the old store, now a chemist's.

# trap: jours
fr situation n | Les jours de neige, l'école fermait et on descendait la rue en luge jusqu'à la boulangerie ; je regarde la photo de 1987.
+ en situation n | On snow days school closed and we sledged down the street to the bakery; I'm looking at the photo from 1987.
fr situation l | Ces jours de pluie à la ferme, les cartes dans la grange avec mes cousins ; l'odeur du foin mouillé me les a rendus ce matin.
+ en situation l | Those rainy days at the farm, playing cards in the barn with my cousins; the smell of wet hay this morning gave them back to me.

# trap: mixed, negation, typo, wish
fr negation n | Ce n'est pas la détente qui me fait sourire sur ce canapé, c'est le vieux plaid de mamie et tous ses hivers qui reviennent.
+ en negation n | It's not the rest that's making me smile on this couch, it's Gran's old blanket and all her winters coming back.
en negation n | I'm not sad, really; it's just that the smell of chocolate croissants always takes me back to Saturday mornings with Dad.
+ fr negation n | Je ne suis pas triste, vraiment ; c'est juste que l'odeur des pains au chocolat me ramène toujours aux samedis matin avec papa.
fr mixed n | Un peu fatiguée après le vide-grenier, mais surtout émue d'avoir revendu mes vieux Mon Petit Poney, comme un bout de mes années 80.
+ en mixed n | A bit tired after the car boot sale, but mostly moved at selling my old My Little Ponies, like a piece of my eighties.
en mixed n | Happy for the kids and their new house, but mostly I keep thinking of the chalk height marks we left on the old kitchen door.
+ fr mixed n | Contente pour les enfants et leur nouvelle maison, mais surtout je repense aux marques de taille à la craie sur la porte de l'ancienne cuisine.
fr typo n | jai retrouvé les bonbons que mamie mettait dans nos chaussettes a noel, trop de souvenirs dun coup
+ en typo n | found the sweets gran used to put in our stockings at xmas, so many memories at once
en typo n | dad singin elvis in the car on the way to skegness every july... heard it in the shop and nearly cried lol
+ fr typo n | papa qui chantait elvis dans la voiture en allant a la mer chaque juillet... entendu ca au magasin, jai failli pleurer mdr
fr wish n c=amber;gold b=dim | Je repense aux goûters chez mamie, le chocolat chaud et les tartines ; mets-moi de l'ambre doux, lumière tamisée.
+ en wish n c=amber;gold b=dim | Thinking back to Gran's afternoon snacks, hot chocolate and bread and butter; give me soft amber, low light.
"""

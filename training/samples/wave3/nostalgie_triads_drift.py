"""nostalgie: third wave, triads with reverie and detente (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | À la laverie, le bruit du tambour me ramène à mes années d'étudiant à Grenoble, une BD sur les genoux.
+ en situation n | At the laundrette, the hum of the drum takes me back to my student years in Grenoble, a comic on my knees.
# triad 02
fr situation n | J'écosse les petits pois sur les marches, comme avec mémé à Limoges, le saladier coincé entre nos genoux.
+ en situation n | Shelling peas on the doorstep, just like with Gran in Limoges, the bowl wedged between our knees.
# triad 03
en situation n | On the chairlift, the creak of the cable takes me back to my first ski lessons in Les Arcs, aged six.
+ fr situation n | Sur le télésiège, le grincement du câble me ramène à mes premiers cours de ski aux Arcs, à six ans.
# triad 04
fr situation n | Je fais la vaisselle à la main et je revois maman qui essuyait en chantant du Dalida, le torchon sur l'épaule.
+ en situation n | Washing up by hand, I can see Mum drying the plates and singing Dalida, tea towel over her shoulder.
# triad 05
fr situation n | En pétrissant la pâte à pain, je retrouve les gestes de pépé, boulanger à Rodez, de la farine jusqu'aux coudes.
+ en situation n | Kneading the bread dough, my hands remember Grandpa's moves at his bakery in Rodez, flour up to the elbows.
# triad 06
en situation n | The needle crackles on Dad's old Brassens record, and I'm back in our living room in 1985. Match the lights to that.
+ fr situation n | L'aiguille crépite sur le vieux disque de Brassens de papa, et me revoilà dans notre salon en 1985. Accorde les lumières à ça.
# triad 07
fr slang_emoji n | sur youtube une compil de pubs des années 90 🥹 le Banania, Club Dorothée, mes goûters du mercredi
+ en slang_emoji n | on youtube a compilation of 90s ads 🥹 the cocoa tins, Saturday-morning cartoons, my Wednesday snacks
# triad 08
fr situation n | Je berce mon fils en fredonnant la berceuse bretonne que maman me chantait, et je revois ma chambre bleue.
+ en situation n | Rocking my son, I hum the Breton lullaby Mum used to sing to me, and I can see my old blue bedroom.
# triad 09
fr situation n | En taxi la nuit sur les quais, les lumières de Paris me rappellent nos retours de soirée à vingt ans, serrés à quatre à l'arrière.
+ en situation n | In a taxi along the river at night, the Paris lights remind me of coming home from parties at twenty, four of us squashed in the back.
# triad 10
en situation n | Picking blackberries along the lane, purple fingers like the summers Gran made us fill old ice-cream tubs.
+ fr situation n | En cueillant des mûres le long du chemin, les doigts violets comme les étés où mamie nous faisait remplir de vieux bacs à glace.
# triad 11
fr situation n | Des cèpes dans les bois de Sologne, comme les dimanches avec papa et son vieux couteau à manche en corne.
+ en situation n | Ceps in the Sologne woods, just like Sundays with Dad and his old horn-handled knife.
# triad 12
fr situation n | Je rejoue au piano la petite sonate que je massacrais à douze ans au conservatoire de Tours, et je revois ma prof et son chignon.
+ en situation n | I'm playing the little piano sonata I used to butcher at twelve at the Tours conservatoire, and I can see my teacher and her bun.
# triad 13
en situation n | Late-night radio in the dark, like the shows I listened to under the covers on my little transistor at fourteen.
+ fr situation n | La radio de minuit dans le noir, comme les émissions que j'écoutais sous la couette sur mon petit transistor à quatorze ans.
# triad 14
fr situation n | Dans le cabanon du jardin ouvrier, l'odeur de ficelle et de terreau, c'est pépé en sabots qui rempotait ses géraniums.
+ en situation n | In the allotment shed, the smell of twine and compost is Grandpa in his clogs repotting his geraniums.
# triad 15
en situation n | The damp warmth of the greenhouse takes me back to the botanical garden where Mum took us every Wednesday.
+ fr situation n | La chaleur humide de la serre me ramène au jardin botanique où maman nous emmenait tous les mercredis.
# triad 16
fr situation n | Je jette le grain aux poules et je revois la basse-cour de ma grand-tante dans le Gers, son tablier plein de maïs.
+ en situation n | Throwing grain to the hens, I can see my great-aunt's farmyard in the Gers, her apron full of corn.
# triad 17
fr situation n | Sur le toit de l'immeuble au coucher du soleil, comme les soirs d'été de notre coloc à Marseille, avec le rosé tiède.
+ en situation n | On the roof of the building at sunset, like the summer evenings in our Marseille flatshare, with the lukewarm rosé.
# triad 18
en situation n | Walking the Compostela path, I keep thinking of our Scout hikes in 1992 and our ridiculously heavy rucksacks.
+ fr situation n | Sur le chemin de Compostelle, je repense sans arrêt à nos randos scoutes de 1992 et à nos sacs ridiculement lourds.
# triad 19
fr situation n | Au refuge, la soupe et les lits superposés me rappellent la classe verte de CM2, les lampes frontales et les fous rires.
+ en situation n | At the mountain hut, the soup and bunk beds remind me of our Year 6 school trip, head torches and fits of giggles.
# triad 20
fr situation n | Chaussures enlevées près du poêle du chalet, et me revoilà en classe de neige en 1987, à boire un chocolat trop clair avec mes cousins.
+ en situation n | Boots off by the chalet stove, and I'm back at ski camp in 1987, drinking watery hot chocolate with my cousins.
# triad 21
fr situation n | Allongée dans la dune du Pilat, je revois nos descentes en roulé-boulé avec mes cousins, du sable jusque dans les oreilles.
+ en situation n | Lying on the Dune du Pilat, I can see us rolling down it with my cousins, sand right in our ears.
# triad 22
fr situation n | Un rocher plat au bord de la rivière, comme celui où papa étalait nos serviettes pendant les vacances dans les Cévennes.
+ en situation n | A flat rock by the river, like the one where Dad spread our towels on holiday in the Cévennes.
# triad 23
en situation n | Coffee after the long family lunch, my uncle tells his 1976 heatwave story, and I'm six again at Gran's table in Cahors.
+ fr situation n | Le café après le long repas de famille, mon oncle raconte sa canicule de 1976, et j'ai de nouveau six ans à la table de mamie à Cahors.
# triad 24
fr situation n | En lisant Le Petit Prince à ma fille, je retrouve la voix que prenait papa pour le renard, le soir, dans ma chambre.
+ en situation n | Reading The Little Prince to my daughter, I hear the voice Dad put on for the fox, at bedtime in my room.
# triad 25
fr mixed n | Un brin de mélancolie, mais surtout de la tendresse : le train électrique tourne comme celui que papa montait sous le sapin.
+ en mixed n | A touch of melancholy, but mostly tenderness: the toy train runs round just like the one Dad set up under the Christmas tree.
# triad 26
en situation n | Binoculars at the marsh, and I remember Grandpa teaching me bird names from his little guide in the Vosges.
+ fr situation n | Jumelles au marais, et je me souviens de papi qui m'apprenait le nom des oiseaux avec son petit guide dans les Vosges.
# triad 27
fr situation n | Un cahier de coloriage et des feutres, c'est les mercredis chez tata Josiane, à colorier sur la table de la véranda.
+ en situation n | A colouring book and felt tips: that's Wednesdays at Auntie Josiane's, colouring at the conservatory table.
# triad 28
en situation n | The shopping centre massage chair: Dad used to nap in one while Mum and I tried on clothes in 1999, and I can still hear him snore.
+ fr situation n | Le fauteuil massant du centre commercial : papa y faisait la sieste pendant que maman et moi essayions des vêtements en 1999, je l'entends encore ronfler.
# triad 29
fr situation n | Bain de pieds à l'eau chaude et au gros sel, le remède de mémé quand je rentrais des fêtes de village.
+ en situation n | A hot footbath with coarse salt, Gran's remedy when I got back from the village fêtes.
# triad 30
fr situation n | Les bougies du shabbat allumées, et je revois ma grand-mère à Sarcelles qui se couvrait les yeux en murmurant.
+ en situation n | The Shabbat candles lit, and I can see my grandmother in Sarcelles covering her eyes as she murmured the blessing.
# triad 31
fr situation n | Le bureau vide en août me rappelle mon premier été de stagiaire en 2004, quand je n'osais pas allumer la clim ; ça me fait sourire.
+ en situation n | The empty office in August reminds me of my first summer as an intern in 2004, when I didn't dare turn on the air con; it makes me smile.
# triad 32
fr situation n | Je mange mon sandwich dans la voiture face à la mer, comme les pique-niques sous la pluie dans la Citroën de papa à Étretat.
+ en situation n | Eating my sandwich in the car on the seafront, like the rainy picnics in Dad's Citroën at Étretat.
# triad 33
fr situation n | Je repeins les volets en vert, le même vert que ceux de la maison de l'île de Ré qu'on repeignait avec papa chaque été.
+ en situation n | I'm painting the shutters green, the same green as the ones at the Île de Ré house we repainted with Dad every summer.
# triad 34
en situation n | Mending nets on the quay, I think of my father doing the same at Le Guilvinec when I was a boy, pipe between his teeth.
+ fr situation n | En ramendant les filets sur le quai, je pense à mon père qui faisait pareil au Guilvinec quand j'étais gamin, la pipe entre les dents.
# triad 35
fr situation n | Marée basse, seau et épuisette : comme à Saint-Malo avec mon frère, à chercher des crabes sous chaque rocher.
+ en situation n | Low tide, bucket and net: just like in Saint-Malo with my brother, hunting for crabs under every rock.
# triad 36
en situation n | Cowbells on the alpine pasture: the sound of summers at my godfather's farm in the Jura, and his Comté on the table.
+ fr situation n | Les cloches des vaches dans l'alpage, c'est le son des étés à la ferme de mon parrain dans le Jura, et son comté sur la table.
# triad 37
fr situation n | La moissonneuse au soleil couchant, et je revois les soirs de moisson chez mon oncle, assis sur la remorque de blé.
+ en situation n | The combine harvester at sunset, and I can see harvest evenings at my uncle's, sitting on the trailer full of wheat.
# triad 38
en situation n | Morning fog in the valley, just like the walks to school in Besançon when the streetlights were still on.
+ fr situation n | Brouillard du matin dans la vallée, exactement comme le chemin de l'école à Besançon, quand les lampadaires étaient encore allumés.
# triad 39
fr typo n | lodeur des marrons chauds au coin de la rue, je revois papi qui nous les epluchait dans son mouchoir a carreaux
+ en typo n | smell of roast chestnuts on the corner, i can see grandpa peeling them for us in his checked hankie
# triad 40
fr situation n | Sur la péniche, les éclusiers me rappellent notre voyage en famille sur le canal du Midi en 1995, papa qui barrait de travers.
+ en situation n | On the canal barge, the lock keepers remind me of our family trip on the Canal du Midi in 1995, Dad steering badly.
# triad 41
en situation n | Watching our wedding video for our tenth anniversary: my brother's awful speech and the rain outside the town hall; we were so young.
+ fr situation n | On regarde la vidéo de notre mariage pour nos dix ans : le discours catastrophique de mon frère et la pluie devant la mairie ; on était si jeunes.
# triad 42
fr situation n | Le simulateur de vol sur l'ordi, comme celui que papa avait installé en 1998 et qui plantait à chaque atterrissage.
+ en situation n | The flight simulator on the computer, like the one Dad installed in 1998 that crashed at every landing.
# triad 43
en situation n | A black-and-white film on TV on a Sunday afternoon, like the ones Gran watched while she did the ironing.
+ fr situation n | Un film en noir et blanc à la télé un dimanche après-midi, comme ceux que mamie regardait en repassant.
# triad 44
fr situation n | Un livre audio de Pagnol, et je retrouve les lectures de la maîtresse le vendredi après-midi, le menton dans les mains.
+ en situation n | A Pagnol audiobook, and I'm back with our teacher reading aloud on Friday afternoons, my chin in my hands.
# triad 45
en situation n | The neighbour plays the accordion in the evenings, and I'm back at Sunday lunch in my grandparents' bistro in Aveyron.
+ fr situation n | Le voisin joue de l'accordéon le soir, et me revoilà aux déjeuners du dimanche dans le bistrot de mes grands-parents en Aveyron.
# triad 46
fr situation n | On plante des chênes avec l'association, comme ceux qu'on avait plantés avec l'école en 1990 et qui font dix mètres aujourd'hui.
+ en situation n | We're planting oaks with the volunteer group, like the ones our school planted in 1990 that are ten metres tall now.
# triad 47
en situation n | The dinosaur hall at the museum, and I'm eight again, nose against the glass on a school trip.
+ fr situation n | La galerie des dinosaures au muséum, et j'ai de nouveau huit ans, le nez collé à la vitre pendant la sortie scolaire.
# triad 48
fr situation n | L'économiseur d'écran de la télé passe les calanques, et je revois notre premier camping à deux, en 2006, avec la tente qui fuyait.
+ en situation n | The TV screensaver shows the calanques, and I'm back at our first camping trip together in 2006, with the leaky tent.
# triad 49
fr situation n | Dimanche, 7 h, les rues vides et l'odeur de la boulangerie, comme quand j'allais chercher le pain pour maman à dix ans.
+ en situation n | Sunday, 7 a.m., empty streets and the smell of the bakery, like when I did the bread run for Mum at ten.
# triad 50
fr situation n | Aux thermes de La Bourboule, l'odeur de soufre me ramène aux cures avec mamie, à sept ans, dans un peignoir trop grand.
+ en situation n | At the La Bourboule baths, the smell of sulphur takes me back to Gran's spa cures when I was seven, in a bathrobe far too big.
# triad 51
en situation n | A rocking chair at a friend's house, and its creak brought back Grandma's veranda and her lemon biscuits.
+ fr situation n | Un fauteuil à bascule chez une amie, et son grincement m'a ramené la véranda de mamie et ses biscuits au citron.
# triad 52
fr situation n | Baignade à l'aube dans le lac, comme au camping de Gérardmer, quand on défiait papa de plonger le premier.
+ en situation n | A dawn swim in the lake, like at the Gérardmer campsite, when we dared Dad to dive in first.
# triad 53
en situation n | He strokes my hair on the sofa, the way Mum did when I fell asleep in front of the telly on Saturday nights.
+ fr situation n | Il me caresse les cheveux sur le canapé, comme maman quand je m'endormais devant la télé le samedi soir.
# triad 54
fr situation n | Le lapin nain grignote sa carotte sur le tapis, comme Caramel, le lapin qui vivait dans ma chambre d'ado.
+ en situation n | The dwarf rabbit nibbles its carrot on the rug, just like Caramel, the rabbit who lived in my teenage bedroom.
# triad 55
fr situation n | À quatre-vingts ans, sur le banc devant la maison, je revois les gamins qui jouaient au ballon dans cette rue en 1965.
+ en situation n | At eighty, on the bench outside the house, I can see the kids who played football in this street in 1965.
# triad 56
en situation n | Classroom empty after the last bell, and the smell of chalk takes me back to my own teacher, Monsieur Girard, in 1979.
+ fr situation n | La classe est vide après la sonnerie, et l'odeur de craie me ramène à mon propre instituteur, monsieur Girard, en 1979.
# triad 57
fr situation n | Le thé à la menthe bien sucré, versé de haut, comme le servait mon grand-père à Fès dans son salon à coussins. Mets-moi une ambiance qui colle.
+ en situation n | Sweet mint tea poured from high up, the way my grandfather served it in Fez, in his room full of cushions. Give me a mood to match.
# triad 58
en situation n | Waiting in the car outside the music school, just like Dad used to wait for me every Tuesday with his crossword.
+ fr situation n | J'attends dans la voiture devant l'école de musique, comme papa m'attendait chaque mardi avec ses mots croisés.
# triad 59
fr situation n | Premier matin au gîte, l'odeur de lavande en ouvrant les volets, exactement les vacances de mes dix ans dans le Luberon.
+ en situation n | First morning at the holiday cottage, the smell of lavender as I open the shutters: exactly my holidays in the Luberon when I was ten.
# triad 60
fr situation n | Repassage du dimanche soir, et l'odeur du coton chaud, c'est maman devant sa planche à repasser en regardant Columbo.
+ en situation n | Ironing on a Sunday evening, the smell of hot cotton is Mum at the ironing board in front of Columbo.
# triad 61
fr situation n | De l'aviron sur la Marne au lever du jour, comme à mes dix-sept ans au club de Nogent, les mains pleines d'ampoules.
+ en situation n | Rowing on the Marne at sunrise, like when I was seventeen at the Nogent club, hands covered in blisters.
# triad 62
en situation n | The wind in the poplars sounds exactly like the campsite at Biscarrosse, falling asleep in the tent with my sisters.
+ fr situation n | Le vent dans les peupliers a exactement le bruit du camping de Biscarrosse, quand on s'endormait sous la tente avec mes sœurs.
# triad 63
fr situation n | Je cire la vieille table de ferme, et l'odeur de cire d'abeille, c'est le grand ménage du samedi chez mémé.
+ en situation n | Waxing the old farmhouse table, and the smell of beeswax is Saturday spring-cleaning at Gran's.
# triad 64
en situation n | Snorkelling over the seagrass, and I'm ten again with the yellow mask Dad bought me in Corsica.
+ fr situation n | Je fais du masque et tuba au-dessus des herbiers, et j'ai de nouveau dix ans avec le masque jaune que papa m'avait acheté en Corse.
# triad 65
fr situation n | Une partie de belote avec ma fille, et j'entends papi annoncer « belote et rebelote » dans sa cuisine de Lens.
+ en situation n | A game of belote with my daughter, and I can hear Grandpa calling out belote and rebelote in his kitchen in Lens.
# triad 66
en situation n | The sea through the bedroom window at night, like the old guesthouse in Arcachon where we spent every Easter.
+ fr situation n | La mer par la fenêtre de la chambre la nuit, comme dans la vieille pension d'Arcachon où on passait toutes nos vacances de Pâques.
# triad 67
fr situation n | Sortie en raquettes dans le Vercors, et je revois les hivers où papa nous tirait sur la luge jusqu'au chalet.
+ en situation n | Snowshoeing in the Vercors, and I can see the winters when Dad pulled us on the sledge all the way to the chalet.
# triad 68
fr situation n | Une glace à l'italienne sur le front de mer, vanille-fraise, comme celle que tonton nous offrait à Berck chaque été.
+ en situation n | A soft-serve on the seafront, vanilla and strawberry, like the one our uncle bought us in Berck every summer.
# triad 69
en situation n | Picking apples in the orchard with my kids, and I'm on Grandpa's shoulders again, reaching for the top branch.
+ fr situation n | On cueille des pommes au verger avec les enfants, et me revoilà sur les épaules de papi à attraper la plus haute branche.
# triad 70
fr situation n | Auxiliaire de crèche, je prépare les lits de camp pour la sieste, les mêmes que ceux de ma maternelle à Roubaix, où je serrais mon doudou lapin.
+ en situation n | As a nursery assistant, I set up the camp beds for nap time, the same ones as at my nursery school in Roubaix, where I hugged my toy rabbit.
# triad 71
en situation n | Asleep on the back seat on the way home from the coast, just like the August trips in Dad's Peugeot. Set the mood for that.
+ fr situation n | Endormie sur la banquette arrière en rentrant de la côte, exactement comme les retours d'août dans la Peugeot de papa. Mets l'ambiance qui va avec.
# triad 72
fr situation n | Premier soleil de mars sur le balcon, et l'odeur de l'air me ramène aux récrés d'avant Pâques, quand on ressortait les billes.
+ en situation n | First March sunshine on the balcony, and the smell of the air takes me back to the playtimes before Easter, when the marbles came out again.
# triad 73
fr situation n | Je mouds le café au vieux moulin à manivelle, comme mémé qui le coinçait entre ses genoux le dimanche matin.
+ en situation n | Grinding coffee in the old hand-cranked mill, like Gran who held it between her knees on Sunday mornings.
# triad 74
fr situation n | Le troupeau qui passe pour monter à l'estive, comme ceux qu'on suivait en courant quand on était gamins dans mon village des Pyrénées.
+ en situation n | The flock going by on its way up to the summer pastures, like the ones we ran after as kids in my village in the Pyrenees.
# triad 75
fr situation n | Je tourne le risotto, et je revois ma nonna à Turin qui me laissait remuer la cuillère en bois, perchée sur un tabouret.
+ en situation n | Stirring the risotto, I can see my nonna in Turin letting me hold the wooden spoon while I stood on a stool.
# triad 76
en situation n | The shark tunnel at the La Rochelle aquarium, and I'm back on our 1994 school trip, with my packed lunch in a plastic bag.
+ fr situation n | Le tunnel aux requins de l'aquarium de La Rochelle, et me revoilà en sortie scolaire en 1994, mon pique-nique dans un sac plastique.
# triad 77
fr situation n | Le soir sur le balcon de l'hôtel à Naxos, le bruit des volets bleus me rappelle notre voyage de noces, il y a vingt ans.
+ en situation n | Evening on the hotel balcony in Naxos, the blue shutters banging remind me of our honeymoon, twenty years ago.
# triad 78
en situation n | Weeding the borders, I think of Gran paying us a franc a bucket of weeds, back in her garden in Angoulême.
+ fr situation n | En désherbant les bordures, je repense à mamie qui nous payait un franc le seau de mauvaises herbes, dans son jardin d'Angoulême.
# triad 79
fr situation n | Le ronron de la machine à coudre, c'est maman penchée sur sa Singer qui me faisait mes déguisements de carnaval.
+ en situation n | The whirr of the sewing machine is Mum bent over her Singer making my carnival costumes.
# triad 80
fr situation n | La récolte des olives, les filets sous les arbres, et je revois mon grand-père en Kabylie qui chantait en secouant les branches.
+ en situation n | The olive harvest, nets under the trees, and I can see my grandfather in Kabylie singing as he shook the branches.
"""

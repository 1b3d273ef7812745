"""nostalgie: third wave, triads with curiosite and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | J'ai remis la main sur la grosse clé en fer de la maison de Sète, celle qu'on cachait sous le pot de géraniums tous les étés chez mamie.
+ en situation n | I came across the big iron key to the house in Sète, the one we hid under the geranium pot every summer at Gran's.
# triad 02
fr situation n | Des petits grattements dans le plafond le soir, comme les loirs du grenier de mémé qu'on écoutait en se racontant des histoires de fantômes.
+ en situation n | Little scratching noises in the ceiling at night, like the dormice in Nan's attic that we listened to while telling each other ghost stories.
# triad 03
fr situation n | Cette petite cicatrice au menton, c'est la chute de vélo de l'été 96 au camping de Vias, et mon frère qui courait chercher maman en tongs.
+ en situation n | That little scar on my chin is from the bike crash in summer '96 at the Vias campsite, and my brother running in flip-flops to fetch Mum.
# triad 04
en situation n | Tucked in Dad's old paperback, a letter he wrote Mum before their wedding; I can see them dancing in the living room on Saturday nights.
+ fr situation n | Glissée dans le vieux livre de poche de papa, une lettre qu'il avait écrite à maman avant leur mariage ; je les revois danser dans le salon le samedi soir.
# triad 05
en situation n | An old voicemail from 2012 still on my phone: my son, aged four, singing happy birthday off-key from the kitchen stool.
+ fr situation n | Un vieux message vocal de 2012 encore sur mon téléphone : mon fils, quatre ans, qui chante joyeux anniversaire faux, perché sur le tabouret de la cuisine.
# triad 06
fr situation n | Au grenier, une photo de notre maison en 1985 : papa qui repeint les volets en vert et moi sur mon tricycle dans l'allée. Lumière douce, s'il te plaît.
+ en situation n | In the attic, a photo of our house in 1985: Dad repainting the shutters green and me on my tricycle in the drive. Soft light, please.
# triad 07
fr situation n | J'ai retrouvé le carnet de comptes de maman, le litre de lait à un franc, et je revois nos courses du samedi à l'épicerie de M. Roger.
+ en situation n | I found Mum's household account book, milk at one franc a litre, and I can see our Saturday shopping at Mr Roger's grocery.
# triad 08
fr situation n | Des traces de renard dans la neige du jardin, comme celles qu'on suivait avec papi dans le Jura, le bonnet enfoncé jusqu'aux yeux.
+ en situation n | Fox tracks in the snow in the garden, like the ones we followed with Grandpa in the Jura, hats pulled down over our eyes.
# triad 09
en situation n | Digging my parents' vegetable patch, I turned up the plastic fairground ring I gave Léa in Year 3, behind the bike shed.
+ fr situation n | En bêchant le potager de mes parents, j'ai déterré la bague en plastique de la fête foraine que j'avais offerte à Léa en CE2, derrière le garage à vélos.
# triad 10
fr situation n | Sous le lino de la cuisine de mes parents, le carrelage en damier où je faisais rouler mes petites voitures pendant que maman faisait la vaisselle.
+ en situation n | Under the lino in my parents' kitchen, the chequered tiles where I raced my toy cars while Mum did the washing-up.
# triad 11
fr situation n | Les doigts tout roses d'avoir épluché les betteraves, comme chez mémé en Picardie, quand on les sortait fumantes du four à pain.
+ en situation n | Fingers all pink from peeling beetroot, like at Nan's in Picardy, when we took them out of the bread oven still steaming.
# triad 12
en situation n | The campsite map my sister drew at ten, with the pool, the phone box and "our tent" circled in red; ah, those summers.
+ fr situation n | Le plan du camping dessiné par ma sœur à dix ans, avec la piscine, la cabine téléphonique et « notre tente » entourée en rouge ; ah, ces étés-là.
# triad 13
fr situation n | L'inscription à la craie des Rois mages sur la porte, comme celle de la maison de ma grand-mère en Alsace, chaque janvier, quand les enfants venaient chanter.
+ en situation n | The Epiphany chalk blessing on the door, like the one on my grandmother's house in Alsace every January, when the children came round singing.
# triad 14
en situation n | A parcel from Aunt Odile in brown paper and string, exactly like the ones she sent me at boarding school, full of caramels.
+ fr situation n | Un colis de tante Odile emballé dans du papier kraft et de la ficelle, exactement comme ceux qu'elle m'envoyait à l'internat, pleins de caramels.
# triad 15
fr situation n | Une odeur de feuilles brûlées au fond d'un jardin ce soir, et je revois papi avec sa fourche et les châtaignes qui éclataient dans la braise.
+ en situation n | A smell of burning leaves from a garden this evening, and I can see Grandpa with his fork and the chestnuts popping in the embers.
# triad 16
fr situation n | Un message de mon cousin Malik, perdu de vue, avec une photo de nous deux sur le toit de l'immeuble à Marseille en 2001.
+ en situation n | A message from my cousin Malik, who I'd lost touch with, with a photo of the two of us on the roof of our building in Marseille in 2001.
# triad 17
en situation n | Oak galls in the park, like the ones my cousins and I turned into pipes on long afternoons at my uncle's.
+ fr situation n | Des galles de chêne dans le parc, comme celles qu'on transformait en pipes avec mes cousins pendant les longs après-midi chez tonton.
# triad 18
fr situation n | Mon agenda de seconde, plein de paroles de chansons et de mots de Sarah au feutre violet ; on y passait toutes nos heures de perm.
+ en situation n | My Year 11 planner, full of song lyrics and notes from Sarah in purple felt-tip; we spent every free period on it.
# triad 19
fr situation n | Le bruit de moteur d'une 2CV au feu rouge, et je me revois à l'arrière de celle de papa, capote ouverte sur la route de Carnac. Mets une musique qui colle.
+ en situation n | The engine noise of a 2CV at the lights, and I'm back in the rear seat of Dad's, roof rolled back on the road to Carnac. Put on some music to match.
# triad 20
fr situation n | En visitant une maison, un placard sous l'escalier identique à celui de mamie, où on se cachait avec les cousins, la lampe de poche sous le menton.
+ en situation n | Viewing a house, a cupboard under the stairs just like Gran's, where my cousins and I used to hide with a torch under our chins.
# triad 21
en situation n | An owl in the barn, and I'm back at Uncle Marcel's farm, sneaking out at dusk with a torch to watch his.
+ fr situation n | Une chouette dans la grange, et me revoilà à la ferme de tonton Marcel, à guetter la sienne en cachette à la nuit tombée avec une lampe.
# triad 22
fr situation n | Des billes en verre dans la poche de mon fils, et je revois mes parties dans la cour de récré avec mon gros calot porte-bonheur.
+ en situation n | Glass marbles in my son's pocket, and I can see my games in the playground with my big lucky shooter.
# triad 23
fr situation n | Une mèche blanche sur ma tempe, la même que papa quand il me portait sur ses épaules au défilé du 14 Juillet.
+ en situation n | A white streak at my temple, just like Dad's when he carried me on his shoulders at the Bastille Day parade.
# triad 24
fr situation n | Le chien a retrouvé sous le canapé sa première balle de chiot, et je le revois tout petit dans le jardin de notre premier appart.
+ en situation n | The dog found his first puppy ball under the sofa, and I can see him tiny in the garden of our first flat.
# triad 25
en situation n | In the old sugar tin, the ten-franc coins Gran used to slip us for the merry-go-round; I can see her counting them out of her apron pocket.
+ fr situation n | Dans la vieille boîte à sucre, les pièces de dix francs que mamie nous glissait pour le manège ; je la revois les compter dans la poche de son tablier.
# triad 26
fr situation n | Un pigeon voyageur sur mon balcon, et je revois le pigeonnier de papi dans le Nord, les dimanches de lâcher.
+ en situation n | A racing pigeon on my balcony, and I can see Grandpa's loft up north, and the Sunday releases.
# triad 27
fr situation l | Des morceaux de verre poli sur la plage, comme ceux qu'on ramassait avec ma sœur à Dieppe dans un vieux pot de confiture.
+ en situation l | Bits of sea glass on the beach, like the ones my sister and I collected in Dieppe in an old jam jar.
# triad 28
fr situation n | Des pois de senteur ont repoussé tout seuls au pied du mur, comme chez mémé, qui m'en mettait un bouquet sur la table de nuit.
+ en situation n | Sweet peas have come back on their own at the foot of the wall, like at Nan's, who used to put a bunch on my bedside table.
# triad 29
fr situation n | L'eau du gîte a un goût de fer, exactement celle de la pompe qu'on actionnait à deux mains dans la cour de la ferme de mes grands-parents.
+ en situation n | The water at the holiday cottage tastes of iron, just like the pump we worked with both hands in my grandparents' farmyard.
# triad 30
en situation n | A note from Julien under my windscreen wiper, just like the ones he left on my old Twingo when we were dating in 2004.
+ fr situation n | Un mot de Julien sous mon essuie-glace, comme ceux qu'il laissait sur ma vieille Twingo quand on sortait ensemble, en 2004.
# triad 31
fr situation n | Le livre de la bibliothèque a encore sa fiche cartonnée, avec mon nom tamponné en 1994, quand j'y allais chaque mercredi après le judo.
+ en situation n | The library book still has its little card, with my name stamped on it in 1994, when I went every Wednesday after judo.
# triad 32
fr situation n | Sur le vieil ordinateur familial, le diaporama de nos vacances de 2006, avec des transitions en étoile et du Manu Chao en fond.
+ en situation n | On the old family computer, the slideshow of our 2006 holiday, with star-shaped transitions and Manu Chao playing in the background.
# triad 33
en situation n | In the company archives, the first catalogue from 1998, the year I was hired, with my young sales-rep face on page three.
+ fr situation n | Aux archives de la boîte, le premier catalogue de 1998, l'année de mon embauche, avec ma tête de jeune commercial en page trois.
# triad 34
fr situation n | Le manuel de ma fille est le même que le mien en 1987, et je revois la classe de M. Perrin avec ses grandes cartes qu'on déroulait au tableau.
+ en situation n | My daughter's textbook is the same as mine in 1987, and I can see Mr Perrin's classroom with the big maps he unrolled over the board.
# triad 35
fr situation n | Un voisin fait ses gammes au piano, les mêmes que j'ânonnais chez Mme Lenoir le jeudi, avec son chat couché sur le couvercle. Mets-moi un piano doux.
+ en situation n | A neighbour is practising scales on the piano, the same ones I stumbled through at Mrs Lenoir's on Thursdays, her cat asleep on the lid. Put on some soft piano.
# triad 36
en situation n | Grandpa's tobacco pouch in a box, and the smell of his pipe takes me back to our games of draughts on the terrace.
+ fr situation n | La blague à tabac de papi dans une boîte, et l'odeur de sa pipe me ramène à nos parties de dames sur la terrasse.
# triad 37
fr situation h | Des lanternes volantes dans le ciel ce soir, comme celles qu'on avait lâchées à notre mariage au bord du lac. Lumière ambrée, s'il te plaît.
+ en situation h | Sky lanterns in the sky tonight, like the ones we let go at our wedding by the lake. Amber light, please.
# triad 38
fr situation n | Le chat est rentré avec des boules de bardane plein le poil, comme le chien de la ferme de mes grands-parents qu'on brossait sur le perron.
+ en situation n | The cat came home with burrs all over his fur, like the dog at my grandparents' farm that we used to brush on the front steps.
# triad 39
en situation n | In the pocket of my old coat, a conker from our walks in the park, back when my son was three and picked up every single one.
+ fr situation n | Dans la poche de mon vieux manteau, un marron d'Inde de nos balades au parc, quand mon fils avait trois ans et les ramassait tous.
# triad 40
fr situation n | Le vent siffle dans la cheminée, et je revois les soirs de tempête chez mamie à Ouessant, autour du poêle avec les cartes.
+ en situation n | The wind whistling in the chimney, and I'm back at Gran's on Ouessant on stormy nights, round the stove with a pack of cards.
# triad 41
en situation n | My phone offered to connect to "Dad's Kangoo", and I'm back on our drives to the Ardèche, all of us singing at the top of our lungs.
+ fr situation n | Mon téléphone m'a proposé de se connecter à « Kangoo de papa », et je revois nos trajets vers l'Ardèche à chanter à tue-tête.
# triad 42
fr situation n | Des mûres au bord du sentier, et je revois les confitures de maman, nos doigts violets et les griffures plein les bras.
+ en situation n | Blackberries by the side of the path, and I can see Mum's jam-making, our purple fingers and our arms covered in scratches.
# triad 43
fr situation l | Les petits filaments dans les yeux, qu'on essayait d'attraper couchés dans l'herbe avec ma sœur en regardant le ciel d'août.
+ en situation l | Those little threads in your eyes that my sister and I tried to catch, lying in the grass looking at the August sky.
# triad 44
en situation n | The landline rang with its old-fashioned bell, and I could see Mum answering in the hallway, twisting the curly cord around her finger.
+ fr situation n | Le fixe a sonné avec sa vieille sonnerie, et j'ai revu maman répondre dans le couloir, le fil en spirale enroulé autour du doigt.
# triad 45
fr situation n | Les bobines super 8 de papa projetées sur le drap du salon : nos Noëls de 1978 et maman qui fait coucou à la caméra.
+ en situation n | Dad's Super 8 reels projected onto a sheet in the living room: our Christmases in 1978 and Mum waving at the camera.
# triad 46
fr situation n | Le grésillement de la vieille radio à ondes courtes, et je revois papi qui cherchait ses stations lointaines le soir dans son fauteuil.
+ en situation n | The crackle of the old shortwave radio, and I can see Grandpa in his armchair in the evenings, hunting for faraway stations.
# triad 47
en situation n | The little box with my kids' baby teeth, and I'm back to sneaking coins under their pillows at midnight.
+ fr situation n | La petite boîte avec les dents de lait de mes enfants, et je me revois glisser des pièces sous leurs oreillers à minuit.
# triad 48
fr situation n | Un rond de sorcières dans le pré, comme ceux qu'on croyait magiques avec ma cousine quand on campait dans le verger de tonton.
+ en situation n | A fairy ring in the meadow, like the ones my cousin and I thought were magic when we camped in my uncle's orchard.
# triad 49
fr situation n | Une Renault 16 garée devant chez moi, la même que celle de papa, avec la banquette où on s'endormait en rentrant de vacances.
+ en situation n | A Renault 16 parked outside my place, the same as Dad's, with the back seat where we fell asleep on the way home from holidays.
# triad 50
fr situation n | Enceinte du deuxième, je ressors les bodies de l'aîné et je revois ses premières nuits dans le couffin, ses petits poings serrés.
+ en situation n | Pregnant with our second, I'm getting out our eldest's baby vests and I can see his first nights in the Moses basket, tiny fists clenched.
# triad 51
en situation n | In my inbox, an old email from my very first team in 2009, with the leaving-do photo and our young faces.
+ fr situation n | Dans ma boîte mail, un vieux message de ma toute première équipe en 2009, avec la photo du pot de départ et nos têtes de jeunes.
# triad 52
fr situation n | Sur la radio de mon poignet, la trace de la fracture du ski en 1992, et je revois papa qui me portait jusqu'au chalet dans la neige.
+ en situation n | On my wrist X-ray, the mark of the skiing fracture in 1992, and I can see Dad carrying me back to the chalet through the snow.
# triad 53
en situation n | Dad's wood plane in the workshop, and I can see the curly shavings I put in my hair to make ringlets.
+ fr situation n | Le rabot de papa dans l'atelier, et je revois les copeaux en boucles que je mettais dans mes cheveux pour faire des anglaises.
# triad 54
fr situation l | Les cloches de midi au village, et je revois mamie qui nous appelait pour la soupe dès le premier coup, depuis la fenêtre.
+ en situation l | The noon bells in the village, and I can see Gran calling us in for soup from the window at the first stroke.
# triad 55
en situation n | Among the house papers, the 1978 deed of sale signed by my parents, and I can see moving day, the old Renault 4 loaded to the roof.
+ fr situation n | Dans les papiers de la maison, l'acte de vente de 1978 signé par mes parents, et je revois le jour du déménagement, la 4L chargée jusqu'au toit.
# triad 56
fr situation n | Le tract du bal des pompiers dans la boîte aux lettres, et je revois les 14 Juillet au village, papa qui faisait valser maman sous les lampions.
+ en situation n | The fire brigade dance leaflet in the letterbox, and I'm back at village Bastille Days, Dad waltzing Mum round under the paper lanterns.
# triad 57
fr situation n | Sur un vieux forum, je retombe sur mon pseudo de 2005 et nos débats enflammés sur Final Fantasy jusqu'à deux heures du matin.
+ en situation n | On an old forum, I stumble on my username from 2005 and our heated Final Fantasy debates until two in the morning.
# triad 58
en situation n | The people who bought our old house sent me a photo of our initials pressed into the terrace concrete in 1999, the summer Dad poured it.
+ fr situation n | Les acheteurs de notre ancienne maison m'ont envoyé une photo de nos initiales dans le béton de la terrasse, en 1999, l'été où papa l'avait coulée.
# triad 59
fr situation n | En courant, je repasse devant le stade du cross du collège, et je revois mes pointes trop grandes et le thermos de chocolat de papa.
+ en situation n | Out running, I go past the stadium where we did the school cross-country, and I can see my spikes that were too big and Dad's flask of hot chocolate.
# triad 60
fr situation n | Sur la vieille console, ma sauvegarde de 1999 est toujours là, avec le prénom de mon frère et nos heures de jeu du dimanche matin.
+ en situation n | On the old console, my save from 1999 is still there, with my brother's name and all our Sunday-morning hours of play.
# triad 61
en situation n | At the flea market, the same stag painting that hung at my grandparents', above the sofa where we had our naps.
+ fr situation n | À la brocante, le même tableau de cerf que chez mes grands-parents, au-dessus du canapé où on faisait la sieste.
# triad 62
en situation n | At the back of the cupboard, a jar of quince jelly Mum labelled in 2015, and I can see our October Sundays peeling round the table.
+ fr situation n | Au fond du placard, un pot de gelée de coings étiqueté par maman en 2015, et je revois nos dimanches d'octobre à éplucher autour de la table.
# triad 63
fr situation n | Au tri des dons, une poupée Barbie de 1985, la même que celle que ma sœur coiffait sur le lit superposé pendant des heures.
+ en situation n | Sorting donations, a 1985 Barbie, the same one my sister spent hours doing the hair of on our bunk bed.
# triad 64
fr situation n | Un caillou plat et noir dans le champ, comme ceux qu'on faisait ricocher avec papi sur l'étang, en comptant jusqu'à sept.
+ en situation n | A flat black stone in the field, like the ones Grandpa and I skimmed across the pond, counting up to seven.
# triad 65
en situation n | The swallows' nest under the eaves, like the one in Grandpa's cowshed where we counted the chicks every summer.
+ fr situation n | Le nid d'hirondelles sous l'avant-toit, comme celui de l'étable de papi où on comptait les petits chaque été.
# triad 66
fr situation n | Mamie chantonne la comptine qu'elle me chantait au bain, et je me revois dans la bassine en zinc de sa cuisine.
+ en situation n | Gran is humming the nursery rhyme she sang me at bath time, and I'm back in the zinc tub in her kitchen.
# triad 67
fr situation n | Après l'enterrement, on ressort les photos des mariages des années 70, et toute la famille rit des pattes d'eph de tonton.
+ en situation n | After the funeral, out come the wedding photos from the seventies, and the whole family laughs at my uncle's flares.
# triad 68
en situation n | The crêpe-paper garland my daughter made in nursery school, brought out with the baubles every Christmas for twenty years. Warm lights, please.
+ fr situation n | La guirlande en papier crépon que ma fille avait faite en maternelle, ressortie avec les boules chaque Noël depuis vingt ans. Lumières chaudes, s'il te plaît.
# triad 69
fr situation n | La petite mosaïque sur le mur de mon ancien lycée est toujours là, vingt ans après, et je revois nos pauses assis sur ce trottoir.
+ en situation n | The little mosaic on the wall of my old secondary school is still there twenty years on, and I can see us on our breaks, sitting on that pavement.
# triad 70
fr typo n | ma fille sest levée en dormant pour reclamer son gouter, exactement comme mon ptit frere qui faisait le tour de la maison de vacances en pyjama
+ en typo n | my daughter got up in her sleep asking for her snack, exacly like my little brother who used to wander round the holiday house in his pyjamas
# triad 71
en situation n | The garden camera filmed the hedgehog that comes back every night, like the one Dad and I fed from a saucer when I was little.
+ fr situation n | La caméra du jardin a filmé le hérisson qui revient chaque nuit, comme celui qu'on nourrissait avec papa dans une soucoupe quand j'étais petit.
# triad 72
fr slang_emoji n | les reines-claudes au marché 🥹 les mêmes que dans le verger de papi, on les mangeait perchés sur l'échelle
+ en slang_emoji n | greengages at the market 🥹 same as in grandpa's orchard, we used to eat them perched on the ladder
# triad 73
en situation n | A double rainbow after the shower, like the one Dad and I saw from the beach at Granville, running back to the car.
+ fr situation n | Un double arc-en-ciel après l'averse, comme celui qu'on avait vu avec papa depuis la plage de Granville, en courant vers la voiture.
# triad 74
en situation n | The stamp album I filled with Grandpa on Sundays, the magnifying glass and tweezers laid out on the oilcloth.
+ fr situation n | L'album de timbres que je remplissais avec papi le dimanche, la loupe et la pince posées sur la toile cirée.
# triad 75
fr situation h | Au concert d'hier, le groupe a joué notre chanson de 1998, et je me suis revu dans la Clio de Karim à la hurler fenêtres ouvertes.
+ en situation h | At last night's gig, the band played our song from 1998, and I was back in Karim's Clio, belting it out with the windows down.
# triad 76
fr situation n | Dans un vieux film tourné dans notre rue, je revois la mercerie de Mme Blanc où j'achetais mes fils de scoubidou avec mon argent de poche.
+ en situation n | In an old film shot in our street, I can see Mrs Blanc's haberdashery, where I bought my scoubidou strings with my pocket money.
# triad 77
en situation n | Our daughter says "lolo" for milk, exactly like my little brother did, and I can hear Mum laughing in the kitchen.
+ fr situation n | Notre fille dit « lolo » pour le lait, exactement comme mon petit frère, et j'entends encore maman rire dans la cuisine.
# triad 78
fr situation n | Le chien du voisin aboie après le facteur, exactement comme Pataud quand j'étais petite, qui guettait le vélo jaune devant la grille.
+ en situation n | The neighbour's dog barks at the postman, just like Pataud when I was little, watching for the yellow bike at the gate.
# triad 79
fr situation n | Sur la photo de notre premier rendez-vous, sa chemise à fleurs ridicule, et je revois la terrasse du café à Rennes sous la pluie.
+ en situation n | In the photo from our first date, his ridiculous flowery shirt, and I can see the café terrace in Rennes in the rain.
# triad 80
fr situation n | Mon carnet de vaccination d'enfant, avec le tampon du docteur Morel, qui nous donnait un sucre d'orge après chaque piqûre.
+ en situation n | My childhood vaccination record, with Dr Morel's stamp; he gave us a barley sugar after every jab.
"""

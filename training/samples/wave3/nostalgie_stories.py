"""nostalgie: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | En repassant, l'odeur de l'amidon m'a ramenée dans la buanderie de ma grand-mère, où elle me laissait plier les mouchoirs brodés.
+ en situation n | Ironing, the smell of starch took me back to my grandmother's laundry room, where she let me fold the embroidered handkerchiefs.
fr situation n | En vidant le grenier, j'ai retrouvé le transistor de la cuisine de mes parents, celui qui annonçait la météo marine pendant le petit-déjeuner.
+ en situation n | Clearing the attic, I found the transistor radio from my parents' kitchen, the one that gave the shipping forecast over breakfast.
fr situation l | Je cire les meubles avec la même cire d'abeille que ma mère le samedi matin, et la maison sent soudain mes dix ans.
+ en situation l | I'm polishing the furniture with the same beeswax my mother used on Saturday mornings, and suddenly the house smells like I'm ten.
fr situation n | En rangeant le buffet, je suis tombé sur le service à fondue orange des années soixante-dix, celui des anniversaires avec toute la rue. Mets-moi une ambiance qui va avec.
+ en situation n | Tidying the sideboard, I came across the orange seventies fondue set, the one from birthdays with the whole street round. Set a mood to go with that.
fr situation n | Le vieux carillon de la porte d'entrée que j'ai récupéré chez mes parents sonne pareil chez moi, et j'entends encore papa rentrer du travail.
+ en situation n | The old doorbell chime I saved from my parents' house rings just the same in mine, and I can still hear Dad coming home from work.
fr situation n | J'ai retrouvé dans un tiroir la liste de courses écrite par mon mari à notre premier Noël ensemble, avec « sapin ?? » souligné trois fois.
+ en situation n | I found in a drawer the shopping list my husband wrote our first Christmas together, with "tree??" underlined three times.
fr situation n | Le parquet de notre ancien appartement grinçait exactement comme celui du gîte, et je nous revois jeunes mariés, marchant sur la pointe des pieds.
+ en situation n | The parquet in the holiday cottage creaks just like the one in our old flat, and I see us newly married, tiptoeing around.

# situations: cooking and food
fr situation n | J'ai retrouvé la fiche de la tarte aux pommes écrite par ma mère, avec ses taches de beurre et « four 7 » au crayon, avant les thermostats en degrés.
+ en situation n | I found my mother's apple tart recipe card, butter stains and all, with "oven 7" in pencil from before the dials went to degrees.
fr situation n | À la cantine de l'entreprise, il y avait du hachis parmentier avec la même croûte qu'au collège, et j'ai revu les plateaux marron et la sonnerie.
+ en situation n | At the work canteen they had shepherd's pie with the same crust as at secondary school, and I saw the brown trays and heard the bell again.
fr situation n | J'ai bu un bol de chocolat au lait le matin, avec une tartine beurrée trempée dedans, comme chez ma tante pendant les vacances de Pâques.
+ en situation n | I had a bowl of hot chocolate this morning with a buttered slice dunked in it, like at my aunt's in the Easter holidays.
fr situation l | La boîte en fer de biscuits bretons est revenue dans le placard, la même que celle où mamie cachait les petits beurres.
+ en situation l | The Breton biscuit tin is back in the cupboard, the same one where Grandma hid the butter biscuits.
fr situation n | Au marché, une dame vendait des beignets aux pommes comme ceux de la fête foraine de Carnac, quand on les mangeait sur le capot de la voiture.
+ en situation n | At the market a woman was selling apple fritters like the ones at the Carnac fair, when we'd eat them on the car bonnet.
fr situation n | Je fais les confitures de mûres avec mon fils, et je revois mes bras griffés par les ronces le long du chemin de la ferme, en 1986.
+ en situation n | Making blackberry jam with my son, and I can see my arms scratched by brambles along the farm lane in 1986.
fr situation n | Dans un resto libanais de Lyon, le taboulé a exactement le goût de celui de ma voisine de palier à Beyrouth quand j'étais étudiant. Une musique pour aller avec ?
+ en situation n | In a Lebanese restaurant in Lyon, the tabbouleh tastes exactly like my landlady's in Beirut when I was a student. Some music to go with it?
fr situation n | J'ai acheté des pains au chocolat à deux euros et je me suis souvenue qu'avec un franc on en avait un et des bonbons en plus. Mets une lumière qui va avec.
+ en situation n | I bought pains au chocolat at two euros each and remembered that with one franc you'd get one plus some sweets. Put on a light to go with that.

# situations: pets
fr situation n | En vidant le garage, je suis tombée sur le collier de Pirate, notre premier chien, avec la médaille gravée par papa et son numéro de téléphone à six chiffres.
+ en situation n | Clearing the garage, I came across Pirate's collar, our first dog, with the tag Dad engraved and our old six-digit phone number.
fr situation n | Mon chat a douze ans maintenant, et en retombant sur ses photos de chaton dans notre premier studio, je revois les cartons et le matelas par terre.
+ en situation n | My cat's twelve now, and coming across his kitten photos in our first studio flat, I can see the boxes and the mattress on the floor.
fr situation l | Un poney à la fête du village, et je me revois sur Caramel, au centre équestre, avec ma bombe trop grande qui me tombait sur les yeux.
+ en situation l | A pony at the village fête, and I'm back on Caramel at the riding school, my hat too big and falling over my eyes.
fr situation n | Ma fille a eu son premier hamster, et j'ai ressorti de la cave la cage que mes parents m'avaient offerte pour mes huit ans.
+ en situation n | My daughter got her first hamster, and I brought up from the cellar the cage my parents gave me for my eighth birthday.
fr situation n | J'ai entendu siffler un merle comme celui qui réveillait toute la maison chez mes grands-parents, et j'ai revu le volet vert de ma chambre d'été.
+ en situation n | I heard a blackbird whistle just like the one that woke the whole house at my grandparents', and I saw the green shutter of my summer bedroom again.

# situations: children and parenting
fr situation n | En triant les vêtements trop petits, j'ai retrouvé le pyjama à pieds de mon aîné, celui qu'il portait la nuit où il a fait ses premiers pas.
+ en situation n | Sorting outgrown clothes, I found my eldest's footed pyjamas, the ones he had on the night he took his first steps.
fr situation n | Mon fils a dix-huit ans aujourd'hui et je regarde la vidéo de son premier anniversaire, quand il a mis la main entière dans le gâteau.
+ en situation n | My son's eighteen today and I'm watching the video of his first birthday, when he stuck his whole hand in the cake.
fr situation n | La petite a perdu sa première dent, et j'ai ressorti la boîte où ma mère gardait les miennes, avec une étiquette à son écriture. Lumière adaptée, s'il te plaît.
+ en situation n | My little one lost her first tooth, and I dug out the box where my mother kept mine, labelled in her handwriting. Suitable lighting, please.
fr situation n | Ma fille ne veut plus que je lui tienne la main devant le collège, et je repense à ses petits doigts serrés sur le chemin de la maternelle.
+ en situation n | My daughter doesn't want me holding her hand outside school anymore, and I think back to her little fingers gripping mine on the way to nursery.
fr situation l | La poussette est partie sur un site de revente, et j'ai revu toutes nos balades du dimanche au bord du lac avec les deux petits dedans.
+ en situation l | The pushchair's gone on a resale site, and I saw all our Sunday walks by the lake with the two little ones in it.
fr situation n | En rangeant la chambre de mon fils parti à la fac, je retrouve les étoiles phosphorescentes qu'on avait collées ensemble au plafond quand il avait cinq ans.
+ en situation n | Tidying my son's room now he's off at university, I find the glow-in-the-dark stars we stuck on the ceiling together when he was five.
fr situation n | Les enfants chantent dans la voiture la même comptine que ma mère nous chantait sur la route de l'Ardèche, et je la chante avec eux sans réfléchir.
+ en situation n | The kids are singing in the car the same nursery rhyme my mother sang us on the road to the Ardèche, and I join in without thinking.

# situations: partner and dating
fr situation n | J'ai retrouvé les lettres qu'on s'écrivait pendant son service militaire, avec le parfum qu'elle mettait sur l'enveloppe, presque effacé.
+ en situation n | I found the letters we wrote each other during his military service, with the perfume she put on the envelope, almost gone now.
fr situation n | Trente ans de mariage, et on est retournés au bal du 15 août où on a dansé pour la première fois, sous les mêmes lampions.
+ en situation n | Thirty years married, and we went back to the August 15th dance where we first danced together, under the same paper lanterns.
fr situation n | On est passés dans la rue de notre premier appartement, un deux-pièces sous les toits, et notre nom est encore écrit au feutre sur la boîte aux lettres.
+ en situation n | We walked down the street of our first flat, a two-room place under the roof, and our name's still written in marker on the letterbox.
fr situation l | Il a remis l'eau de toilette qu'il portait à vingt ans, et je me suis revue sur son scooter en train de traverser Nantes.
+ en situation l | He's put on the aftershave he wore at twenty, and I saw myself on the back of his scooter crossing Nantes.
fr situation n | En triant le courrier, je tombe sur le ticket de cinéma de notre premier rendez-vous, collé dans un carnet, avec la date de 1997.
+ en situation n | Sorting the post, I come across the cinema ticket from our first date, stuck in a notebook, dated 1997.
fr situation n | La chanson de notre mariage est passée au supermarché, et on a dansé trois pas entre les yaourts, comme il y a vingt-cinq ans. Mets quelque chose qui colle.
+ en situation n | The song from our wedding came on at the supermarket, and we danced three steps by the yoghurts like twenty-five years ago. Put on something that fits.
# situations: friends
fr situation n | Mon meilleur ami du primaire m'a appelé pour la première fois depuis vingt ans, et on a parlé de nos cabanes dans le bois derrière l'école comme si c'était hier.
+ en situation n | My best friend from primary school rang for the first time in twenty years, and we talked about our dens in the woods behind school like it was yesterday.
fr situation n | J'ai retrouvé le bracelet brésilien que Julie m'avait noué en colo, délavé, toujours noué, au fond de ma boîte à bijoux.
+ en situation n | I found the friendship bracelet Julie tied on me at summer camp, faded, still knotted, at the bottom of my jewellery box.
fr situation n | Les copines de la fac ont ressuscité notre vieux groupe de discussion, et quelqu'un a posté la photo de notre coloc de la rue Saint-Michel. Une ambiance qui va avec, stp.
+ en situation n | The girls from uni revived our old group chat, and someone posted the photo of our flatshare on Rue Saint-Michel. Something to go with that, please.
fr situation l | En passant devant le bar-tabac où on jouait au flipper après les cours, j'ai entendu le même bruit de billes derrière la vitre.
+ en situation l | Walking past the café where we played pinball after school, I heard the same clatter of balls behind the window.
fr situation n | On a refait la même randonnée que pour nos vingt ans avec la bande, sauf qu'on s'arrête maintenant à chaque banc en riant de nous.
+ en situation n | We redid the same hike as for our twentieth with the gang, except now we stop at every bench laughing at ourselves.
fr situation n | Mon pote m'a renvoyé le mail de nos vacances en Interrail en 2003, avec le plan écrit à la main et les horaires de train scannés.
+ en situation n | My mate forwarded the email from our Interrail trip in 2003, with the handwritten plan and the scanned train times.

# situations: extended family
fr situation n | Les cousins ont retrouvé le cahier des scores de pétanque de la maison de vacances, tenu par tonton Jacques de 1985 à 1999.
+ en situation n | The cousins found the pétanque scorebook from the holiday house, kept by Uncle Jacques from 1985 to 1999.
fr situation n | La maison de famille en Dordogne est mise en vente, et pour le dernier été on a rejoué au croquet sur la pelouse de travers, comme quand on était petits.
+ en situation n | The family house in the Dordogne is up for sale, and for the last summer we played croquet on the lopsided lawn like when we were small.
fr situation n | Ma tante m'a envoyé la photo de tous les cousins alignés par taille sur l'escalier de la ferme, Noël 1990, moi au bout en salopette.
+ en situation n | My aunt sent me the photo of all the cousins lined up by height on the farmhouse steps, Christmas 1990, me at the end in dungarees.
fr situation l | Mon parrain imite encore la voix de Donald comme à chaque repas de mon enfance, et tout le monde rit comme il y a trente ans.
+ en situation l | My godfather still does the Donald Duck voice like at every family meal of my childhood, and everyone laughs like thirty years ago.
fr situation n | À la réunion de famille, quelqu'un a sorti le vieux film Super 8 du mariage de mes parents, sans le son, avec les robes à fleurs et les pattes d'éph. Tamise un peu, s'il te plaît.
+ en situation n | At the family reunion someone got out the old Super 8 film of my parents' wedding, no sound, all flowery dresses and flares. Dim it a bit, please.

# situations: neighbours and old neighbourhood
fr situation n | J'ai croisé au marché madame Petit, notre voisine de palier, qui m'appelle encore « ma puce » comme quand je lui montais son pain.
+ en situation n | I ran into Madame Petit at the market, our old next-door neighbour, who still calls me "sweetpea" like when I used to take her bread up.
fr situation n | Le vieux voisin qui tondait sa pelouse le dimanche à sept heures m'a envoyé une carte, et j'ai presque entendu sa tondeuse dans la rue de mon enfance.
+ en situation n | The old neighbour who mowed his lawn at seven on Sunday mornings sent me a card, and I could almost hear his mower in my childhood street.
fr situation l | L'immeuble où j'ai grandi a gardé son vieil interphone à boutons dorés, et j'ai appuyé sur notre ancien numéro par réflexe.
+ en situation l | The building I grew up in still has its old intercom with the gold buttons, and I pressed our old number out of habit.
fr situation n | Dans la cour de notre ancien immeuble, le marronnier où on accrochait la corde à sauter est toujours là, plus grand que dans mes souvenirs. Mets une ambiance douce, dans ce ton.
+ en situation n | In the courtyard of our old building, the chestnut tree we tied the skipping rope to is still there, bigger than I remember. Something soft in that spirit.

# situations: school and exams
fr situation n | Vingt ans après, j'ai recroisé ma maîtresse de CM2 à la poste, et elle se souvenait de mon exposé sur les volcans avec la maquette qui fumait.
+ en situation n | Twenty years on I bumped into my Year 6 teacher at the post office, and she remembered my project on volcanoes with the smoking model.
fr situation n | La photo de classe de mon fils est arrivée, même banc, même arbre derrière, et j'ai ressorti la mienne de 1991 pour comparer.
+ en situation n | My son's class photo arrived, same bench, same tree behind, and I dug out mine from 1991 to compare.
fr situation n | Les résultats du bac tombent aujourd'hui pour ma nièce, et je me revois devant les grilles du lycée avec ma liste de noms imprimée.
+ en situation n | A-level results are out today for my niece, and I see myself back at the school gates with the printed list of names.
fr situation l | L'odeur du papier de la photocopieuse à alcool, dans un atelier d'imprimerie, m'a renvoyée aux fiches violettes de l'école primaire.
+ en situation l | The smell of spirit-duplicator paper at a print workshop sent me back to the purple worksheets of primary school.
fr situation n | En fouillant chez mes parents, j'ai retrouvé ma trousse de collège, avec les noms de tous mes copains au blanco sur le tissu. Lumière douce, merci.
+ en situation n | Rummaging at my parents', I found my secondary-school pencil case, with all my friends' names in Tipp-Ex on the fabric. Soft light, thanks.
fr situation n | Le lycée fête ses cent ans, et on est retournés dans le labo de physique où on avait fait exploser un ballon d'hydrogène en terminale.
+ en situation n | The school's celebrating its centenary, and we went back into the physics lab where we blew up a hydrogen balloon in final year.

# situations: university
fr situation n | J'ai retrouvé mes cours de première année de droit, annotés en quatre couleurs, avec des petits mots de Sophie dans la marge.
+ en situation n | I found my first-year law notes, annotated in four colours, with little messages from Sophie in the margins.
fr situation n | De passage à Grenoble, je suis remonté à la résidence universitaire, et la cuisine commune du troisième sent toujours les pâtes au thon. Mets-moi une musique de ces années-là.
+ en situation n | Passing through Grenoble, I went back up to the halls of residence, and the shared kitchen on the third floor still smells of tuna pasta. Put on some music from back then.
fr situation l | Ma carte d'étudiant de 2006 est tombée d'un vieux portefeuille, avec ma frange et mes yeux de quelqu'un qui n'a jamais dormi.
+ en situation l | My 2006 student card fell out of an old wallet, with my fringe and the eyes of someone who never slept.
fr situation n | La BU de ma fac a changé de nom, mais la place près de la fenêtre où on révisait à deux les partiels de janvier est toujours là.
+ en situation n | My university library's been renamed, but the seat by the window where the two of us revised for January exams is still there.
fr situation n | Un jeune en amphi portait le même sweat de l'association étudiante que celui que j'avais dessiné en 2009, et j'ai revu nos soirées à plier des tracts.
+ en situation n | A student in the lecture hall was wearing the same student-union hoodie I designed in 2009, and I saw our evenings folding leaflets again.

# situations: office work
fr situation n | Pour mon départ, les collègues ont ressorti la photo de mon premier jour, en 1998, devant un ordinateur beige énorme avec un écran cathodique.
+ en situation n | For my leaving do, my colleagues dug out the photo of my first day, in 1998, in front of a huge beige computer with a CRT screen.
fr situation n | En vidant mon bureau, j'ai retrouvé la tasse de ma première équipe, avec nos quatre prénoms et la blague qu'on était les seuls à comprendre.
+ en situation n | Clearing my desk, I found the mug from my first team, with our four names on it and the joke only we understood.
fr situation l | Le nouveau stagiaire ne sait pas ce qu'était une disquette, et je revois mes premières sauvegardes de fin de journée, les cinq disquettes numérotées au feutre.
+ en situation l | The new intern doesn't know what a floppy disk was, and I see my first end-of-day backups again, five disks numbered in marker.
fr situation n | Notre ancienne cheffe a organisé un déjeuner avec l'équipe de l'agence de Nantes d'il y a quinze ans, et on a tous repris nos vieilles places autour de la table.
+ en situation n | Our old boss organised a lunch with the Nantes office team from fifteen years ago, and we all took our old places round the table.
fr situation n | Le vieux bâtiment de la banque où j'ai débuté devient des logements, et je suis passée regarder une dernière fois la fenêtre de mon premier bureau.
+ en situation n | The old bank building where I started out is becoming flats, and I went by to look one last time at the window of my first office.

# situations: manual trades
fr situation n | J'ai hérité de l'établi de mon père, et en ouvrant le tiroir j'ai retrouvé ses crayons de charpentier taillés au couteau, comme il m'avait appris.
+ en situation n | I inherited my father's workbench, and opening the drawer I found his carpenter's pencils sharpened with a knife, the way he taught me.
fr situation n | En formant mon apprenti, je lui répète mot pour mot ce que mon vieux patron me disait en 1982, et je l'entends presque rire derrière moi.
+ en situation n | Training my apprentice, I repeat to him word for word what my old boss told me in 1982, and I can almost hear him laughing behind me.
fr situation l | Sur le chantier, l'odeur du plâtre frais m'a rappelé les samedis où je tenais l'escabeau pour mon grand-père dans sa maison de Vendée.
+ en situation l | On site, the smell of fresh plaster reminded me of Saturdays holding the stepladder for my grandfather in his house in the Vendée.
fr situation n | Un client m'a amené à réparer une horloge comtoise exactement comme celle de l'atelier de mon maître d'apprentissage, avec le même balancier doré. Accorde les lumières à ça.
+ en situation n | A customer brought me a Comtoise clock to repair exactly like the one in my master's workshop when I was an apprentice, same gold pendulum. Match the lights to that.
fr situation n | Je passe devant la vieille forge du village, fermée depuis longtemps, et je revois les étincelles que le forgeron nous laissait regarder depuis la porte.
+ en situation n | Walking past the village's old forge, long closed, and I see the sparks the blacksmith used to let us watch from the doorway.
# situations: healthcare and hospitals
fr situation n | Je suis passée devant la maternité où mes trois enfants sont nés, et je revois la chambre 12 avec vue sur le parking et les fleurs partout.
+ en situation n | I walked past the maternity ward where my three children were born, and I can see room 12 with its car-park view and flowers everywhere.
fr situation n | Le pédiatre de mon fils a gardé la balance en fonte de l'ancien cabinet, celle sur laquelle on me pesait quand j'étais bébé.
+ en situation n | My son's paediatrician kept the cast-iron scales from the old surgery, the ones I was weighed on as a baby.
fr situation l | L'odeur de l'éosine sur le genou de ma fille m'a ramené aux chutes de vélo dans l'allée des grands-parents, et au pansement de mamie.
+ en situation l | The smell of antiseptic on my daughter's knee took me back to bike falls in my grandparents' drive and Grandma's plaster.
fr situation n | Infirmière depuis vingt-cinq ans, j'ai retrouvé dans un placard le vieux thermomètre à mercure et le bonnet blanc de l'école d'infirmières.
+ en situation n | A nurse for twenty-five years, I found in a cupboard the old mercury thermometer and the white cap from nursing school.
fr situation n | Le docteur qui m'a vaccinée enfant part à la retraite, et il a sorti de son tiroir le carnet où il notait nos tailles au crayon.
+ en situation n | The doctor who vaccinated me as a child is retiring, and he took out of his drawer the book where he noted our heights in pencil.

# situations: illness and the body
fr situation n | Malade au lit, j'ai réclamé la soupe aux vermicelles de ma mère, et mon mari me l'a faite, avec les petites lettres de l'alphabet. Lumière adaptée, s'il te plaît.
+ en situation n | Sick in bed, I asked for my mother's vermicelli soup, and my husband made it for me, with the little alphabet letters. Suitable lighting, please.
fr situation n | J'ai regardé la cicatrice sur mon genou, celle de la chute en patins à roulettes devant la boulangerie, l'été où on avait tous des genouillères fluo.
+ en situation n | I looked at the scar on my knee, the one from the roller-skating fall outside the bakery, the summer we all had neon knee pads.
fr situation l | Un sirop pour la toux à la fraise m'a redonné le goût des mercredis malades devant les dessins animés, enroulé dans la couette du salon.
+ en situation l | A strawberry cough syrup brought back the taste of sick Wednesdays in front of cartoons, wrapped in the duvet on the sofa.
fr situation n | Mes genoux grincent en montant au sommet du puy où je courais à vingt ans, et je souris en pensant à la gamine qui le montait en courant.
+ en situation n | My knees creak going up the puy I used to run up at twenty, and I smile thinking of the girl who ran all the way.
fr situation n | En rééducation, j'ai réappris à nager dans le bassin municipal de mon enfance, le même plongeoir, le même carrelage bleu ciel.
+ en situation n | In rehab I relearned to swim in the municipal pool of my childhood, same diving board, same sky-blue tiles.

# situations: sport, amateur and watching
fr situation n | J'ai retrouvé mon maillot du club de basket de Villeurbanne, numéro 7, avec les signatures de toute l'équipe minimes de 1993.
+ en situation n | I found my Villeurbanne basketball club shirt, number 7, signed by the whole under-14 team of 1993.
fr situation n | L'ancien stade de mon club de rugby va être rasé, et pour la dernière on a rejoué un match des anciens dans la boue, sous les vieux projecteurs.
+ en situation n | My rugby club's old ground is going to be demolished, and for the last game we played an old-boys' match in the mud under the old floodlights.
fr situation l | La médaille de mon premier marathon, Paris 2004, est tombée de l'étagère, et je me suis revu sur les Champs avec mes baskets trop neuves.
+ en situation l | The medal from my first marathon, Paris 2004, fell off the shelf, and I saw myself on the Champs-Élysées in trainers that were too new.
fr situation n | Ils repassent la finale de Roland-Garros de 1983 à la télé, et j'entends mon grand-père crier dans le salon, les pieds sur le pouf.
+ en situation n | They're showing the 1983 French Open final again on TV, and I can hear my grandfather shouting in the living room, feet up on the pouffe.
fr situation n | Au vide-grenier, j'ai trouvé un album Panini de l'Euro 84 presque complet, le même que celui que j'échangeais dans la cour avec Mehdi. Mets une ambiance qui suit.
+ en situation n | At the car-boot sale I found an almost complete Euro 84 Panini album, the same as the one I swapped stickers for in the playground with Mehdi. Set a mood to follow that.
fr situation n | J'ai ressorti ma vieille planche de skate du garage, les roues sont jaunies, et je me revois sur le parking du Leclerc avec les copains jusqu'à la nuit.
+ en situation n | I got my old skateboard out of the garage, the wheels have yellowed, and I see myself in the supermarket car park with my mates until dark.
fr situation n | Le Tour de France repasse par notre village, et je me revois assis sur le muret avec papa, à attendre la caravane publicitaire et ses casquettes.
+ en situation n | The Tour de France is coming through our village again, and I see myself on the wall with Dad waiting for the publicity caravan and its free caps.

# situations: games and video games
fr situation n | Dans un bar rétro, il y avait la borne d'arcade de Street Fighter du camping de Biscarrosse, et j'ai retrouvé tous les combos de mes treize ans.
+ en situation n | In a retro bar they had the Street Fighter arcade cabinet from the Biscarrosse campsite, and I remembered every combo from when I was thirteen.
fr situation n | Mon fils joue aux billes dans la cour, et j'ai retrouvé dans une boîte mes calots et mon agate préférée, celle que je ne misais jamais.
+ en situation n | My son's playing marbles at school, and I found my big marbles in a box and my favourite agate, the one I never bet.
fr situation l | La musique du premier niveau de Sonic dans une vidéo, et je suis sur la moquette de ma chambre, la manette à fil trop courte. Une musique de cette époque, stp.
+ en situation l | The first-level Sonic music in a video, and I'm on my bedroom carpet with the controller cable that was too short. Some music from that era, please.
fr situation n | On a ressorti le Monopoly de chez mamie avec les billets en francs et le dé qu'on avait remplacé par un bouton, et on s'est disputés comme en 1995.
+ en situation n | We got out Grandma's Monopoly with the franc notes and the die we'd replaced with a button, and we argued like it was 1995.
fr situation n | J'ai réinstallé le jeu de gestion de parc d'attractions sur lequel j'ai passé tout l'hiver de mes douze ans, et ma vieille sauvegarde était encore sur le CD.
+ en situation n | I reinstalled the theme-park management game I spent the whole winter of my twelfth year on, and my old save was still on the CD.

# situations: music and concerts
fr situation n | Le groupe de mon adolescence se reforme pour une tournée, et je me revois en 1996 dans la salle de Rennes, sur les épaules de mon grand frère.
+ en situation n | The band from my teenage years are reforming for a tour, and I see myself in 1996 at the Rennes venue, on my big brother's shoulders.
fr situation n | Mon fils a trouvé mes vinyles de punk dans la cave, et en voyant les pochettes dessinées au stylo, j'ai revu ma chambre d'ado couverte de posters.
+ en situation n | My son found my punk records in the cellar, and seeing the sleeves I'd drawn on in biro, I saw my teenage bedroom covered in posters again.
fr situation l | Un accordéoniste joue une valse musette sur le marché, celle que mes grands-parents dansaient aux noces, et j'ai ralenti le pas.
+ en situation l | An accordion player's doing a musette waltz at the market, the one my grandparents danced at weddings, and I slowed down.
fr situation n | La fanfare de l'harmonie municipale a joué au kiosque, et j'ai revu le dimanche où j'y jouais du cornet à dix ans, dans l'uniforme bleu trop grand.
+ en situation n | The town brass band played at the bandstand, and I saw the Sunday I played cornet there at ten, in the blue uniform that was too big.
fr situation n | J'ai retrouvé le bracelet en tissu du festival des Vieilles Charrues 2001, encore noué, et toute la boue de ce week-end m'est revenue. Lumière qui va avec, merci.
+ en situation n | I found my fabric wristband from the Vieilles Charrues festival 2001, still tied, and all the mud of that weekend came back to me. Lights to go with it, thanks.
fr situation n | Le chœur de la cathédrale a chanté le Requiem de Fauré, celui qu'on avait répété tout un hiver à la chorale du lycée avec madame Lenoir.
+ en situation n | The cathedral choir sang Fauré's Requiem, the one we rehearsed a whole winter in the school choir with Madame Lenoir.

# situations: films, series and books
fr situation n | Ma fille a commencé Harry Potter, et je lui lis le premier chapitre dans la vieille édition cornée que j'ai dévorée à douze ans, avec mes notes au crayon.
+ en situation n | My daughter's started Harry Potter, and I'm reading her the first chapter from the dog-eared copy I devoured at twelve, with my pencil notes in it.
fr situation n | Un cinéma de quartier repasse E.T. en version restaurée, et je me revois dans les fauteuils en velours rouge avec mon père, à pleurer derrière mes lunettes.
+ en situation n | A local cinema's showing E.T. restored, and I see myself in the red velvet seats with my father, crying behind my glasses.
fr situation l | J'ai trouvé chez un bouquiniste le même Astérix que celui de la salle d'attente du dentiste de mon enfance, avec la même page arrachée.
+ en situation l | At a second-hand bookshop I found the same Asterix as in my childhood dentist's waiting room, with the same page torn out.
fr situation n | La série que je regardais chaque samedi soir avec ma sœur, en pyjama, avec un plateau de crêpes, est sortie en coffret intégral. Mets-nous une lumière en accord.
+ en situation n | The series I watched every Saturday night with my sister, in pyjamas, with a plate of pancakes, has come out as a complete box set. Set us a light in keeping.
fr situation n | Dans le grenier, une pile de vieux Okapi et de Picsou Magazine, et j'ai passé l'après-midi assise par terre comme le mercredi chez ma tante.
+ en situation n | In the attic, a pile of old kids' magazines and Mickey comics, and I spent the afternoon sitting on the floor like Wednesdays at my aunt's.
# situations: travel and transport
fr situation n | En faisant mon sac, j'ai retrouvé mon passeport de 2008 rempli de tampons du Laos et du Cambodge, l'année où je suis partie seule avec trois cents euros.
+ en situation n | Packing my bag, I found my 2008 passport full of stamps from Laos and Cambodia, the year I set off alone with three hundred euros.
fr situation n | Retour à Séville quinze ans après mon Erasmus, et la dame du kiosque du coin de ma rue vend toujours les mêmes éventails.
+ en situation n | Back in Seville fifteen years after my Erasmus, and the lady at the kiosk on the corner of my old street still sells the same fans.
fr situation l | Dans la gare de Lyon, le tableau d'affichage à palettes qui claquait a disparu, et je me souviens de nos départs en colo sous ce bruit-là.
+ en situation l | At Gare de Lyon the old clattering flap departures board has gone, and I remember our departures for camp under that sound.
fr situation n | Le vieux bac qui traversait la Gironde a été remplacé, et je me revois sur le pont avec mon frère à jeter du pain aux mouettes, en route pour Royan.
+ en situation n | The old ferry across the Gironde has been replaced, and I see myself on deck with my brother throwing bread to the gulls on the way to Royan.
fr situation n | Ma fille part en Australie avec un sac à dos, et j'ai ressorti le mien, celui de mon tour de l'Amérique du Sud, avec les écussons cousus. Une ambiance dans ce ton, merci.
+ en situation n | My daughter's off to Australia with a backpack, and I got mine out, the one from my South America trip with the sewn-on patches. A mood in that vein, thanks.
fr situation n | Dans l'avion pour Alger, l'hôtesse a annoncé l'atterrissage en arabe, et j'ai revu mon père qui me réveillait à ce moment-là pour voir la baie.
+ en situation n | On the plane to Algiers the flight attendant announced landing in Arabic, and I saw my father waking me at that moment to see the bay.

# situations: cars and driving
fr situation n | J'ai croisé une Renault 4 bleue sur la route, et je suis à l'arrière de celle de mes parents, sans ceinture, avec le chien sur les genoux.
+ en situation n | I passed a blue Renault 4 on the road, and I'm in the back of my parents' one, no seatbelt, with the dog on my lap.
fr situation n | Ma première voiture, une Clio de 1994, part chez un jeune du village, et j'ai retrouvé dans la boîte à gants la carte routière de notre premier voyage en Italie.
+ en situation n | My first car, a 1994 Clio, is going to a young lad from the village, and in the glove box I found the road map from our first trip to Italy.
fr situation l | Sur l'autoroute du Sud, la même aire avec le dinosaure en béton où on faisait toujours pipi à six heures du matin, et les enfants veulent s'y arrêter.
+ en situation l | On the motorway south, the same services with the concrete dinosaur where we always stopped for a wee at six in the morning, and the kids want to stop there too.
fr situation n | Mon fils a son permis, et je lui ai appris à conduire sur le parking du stade où mon père m'avait appris, le dimanche matin. Mets quelque chose de doux qui colle.
+ en situation n | My son's passed his test, and I taught him to drive in the stadium car park where my father taught me, on Sunday mornings. Put on something soft to match.
fr situation n | J'ai entendu le bruit d'un moteur de Vespa dans la rue, et j'étais de nouveau à Rome en 1999, derrière Marco qui prenait les pavés trop vite.
+ en situation n | I heard a Vespa engine in the street, and I was back in Rome in 1999, behind Marco taking the cobbles too fast.

# situations: weather and nature
fr situation n | Une vraie journée de neige qui bloque tout, et je me revois avec mes frères à faire des igloos dans le jardin pendant que l'école était fermée.
+ en situation n | A proper snow day that stops everything, and I see myself with my brothers building igloos in the garden while school was shut.
fr situation l | L'odeur du foin coupé sur la route du travail, et je suis pieds nus dans la grange de mon oncle, à sauter dans les bottes en juillet.
+ en situation l | The smell of cut hay on my way to work, and I'm barefoot in my uncle's barn, jumping into the bales in July.
fr situation n | Les premières cigales de l'année au bureau de Montpellier, et je suis sous la tonnelle de ma grand-mère à Uzès, à écosser des petits pois.
+ en situation n | The first cicadas of the year at the Montpellier office, and I'm under my grandmother's arbour in Uzès, shelling peas.
fr situation n | Une tempête d'équinoxe fait claquer les volets, comme dans la maison de Quiberon où on jouait aux cartes à la bougie pendant les coupures. Accorde la lumière à ça.
+ en situation n | An equinox gale is banging the shutters, like at the Quiberon house where we played cards by candlelight during power cuts. Match the light to that.
fr situation n | Les champignons sont sortis après la pluie, et j'ai pris le vieux panier en osier de papi pour aller dans le bois où il m'emmenait à l'aube.
+ en situation n | The mushrooms are up after the rain, and I took Grandpa's old wicker basket to the wood where he used to take me at dawn.

# situations: gardening
fr situation n | J'ai goûté la première tomate du potager, et c'est exactement le goût de celles de mon grand-père, mangées tièdes avec du sel au fond du jardin.
+ en situation n | I tasted the first tomato from the vegetable patch, and it's exactly like my grandfather's, eaten warm with salt at the bottom of the garden.
fr situation n | J'ai planté une bouture du rosier de la maison de mes parents dans mon jardin, celui sous lequel on faisait toutes les photos de rentrée.
+ en situation n | I planted a cutting from the rosebush at my parents' house in my garden, the one we took every back-to-school photo under.
fr situation l | Les pivoines de ma mère ont fleuri chez moi dix ans après que je les ai déterrées, et leur parfum remplit la cuisine comme chez elle en mai.
+ en situation l | My mother's peonies have flowered at my place ten years after I dug them up, and their scent fills the kitchen like hers in May.
fr situation n | Avec le vieux sécateur de ma tante, je taille la vigne de la tonnelle, et je l'entends encore me dire de couper au-dessus du deuxième œil.
+ en situation n | With my aunt's old secateurs I'm pruning the vine on the arbour, and I can still hear her telling me to cut above the second bud.

# situations: money and bills
fr situation n | J'ai cassé la tirelire cochon de mon enfance et il y avait encore des pièces de dix francs et un billet de Monopoly plié en quatre.
+ en situation n | I broke open my childhood piggy bank and there were still ten-franc coins in it and a Monopoly note folded in four.
fr situation l | En faisant mes comptes, j'ai retrouvé le chéquier de mon premier compte, avec un chèque de 50 francs pour le disquaire de la rue de la Paix.
+ en situation l | Doing my accounts, I found the chequebook from my first account, with a fifty-franc cheque for the record shop on Rue de la Paix.
fr situation n | Ma fille a reçu sa première paie, et je lui ai montré mon bulletin de job d'été à la conserverie, 3 200 francs, avec lesquels j'avais acheté ma mobylette. Lumière en accord, merci.
+ en situation n | My daughter got her first pay packet, and I showed her my summer-job payslip from the cannery, 3,200 francs, which bought my moped. Matching lights, thanks.

# situations: administration and paperwork
fr situation n | En renouvelant ma carte d'identité, l'employée a ressorti l'ancienne, la cartonnée, avec ma photo de quinze ans et mon appareil dentaire.
+ en situation n | Renewing my ID card, the clerk took out the old laminated one, with my photo at fifteen and my braces.
fr situation n | Dans le livret de famille, j'ai relu l'écriture à la plume du maire qui a marié mes parents, et la date de leur mariage au printemps 1972.
+ en situation n | In the family record book I reread the fountain-pen handwriting of the mayor who married my parents, and the date of their spring wedding in 1972.
fr situation l | J'ai trouvé mon diplôme du brevet de natation, vingt-cinq mètres, signé par le maître-nageur qui nous faisait peur avec son sifflet.
+ en situation l | I found my swimming certificate, twenty-five metres, signed by the lifeguard who scared us with his whistle.

# situations: technology and phones
fr situation n | J'ai rallumé le vieil ordinateur familial, et le bruit de démarrage de Windows 98 m'a ramené aux après-midi à taper mes exposés avec deux doigts.
+ en situation n | I switched on the old family computer, and the Windows 98 start-up sound took me back to afternoons typing my school projects with two fingers.
fr situation n | Une cabine téléphonique restaurée sur la place, et je me revois avec ma carte de cinquante unités à appeler ma copine de vacances en cachette.
+ en situation n | A restored phone box in the square, and I see myself with my fifty-unit phone card secretly calling my holiday girlfriend.
fr situation l | Mon père a gardé son Minitel au sous-sol, et le petit bip de connexion m'a renvoyé au jour où on a consulté mes résultats du brevet dessus.
+ en situation l | My father kept his Minitel in the basement, and the little connection beep sent me back to the day we looked up my exam results on it.
fr situation n | J'ai retrouvé un appareil photo jetable jamais développé, et sur les tirages il y a la fête de fin d'année de seconde, tout le monde en chapeau de paille. Mets une ambiance qui va avec.
+ en situation n | I found a disposable camera that was never developed, and the prints show the end-of-year party in Year 11, everyone in straw hats. Set a mood to go with that.

# situations: internet and social media
fr situation n | Le réseau social m'a ressorti un statut de 2009 où j'écrivais « vivement les vacances à Hossegor avec les potes », et j'ai revu toute la petite maison louée.
+ en situation n | The social network dug up a 2009 status where I wrote "can't wait for the Hossegor holiday with the guys", and I saw the whole little rented house again.
fr situation n | J'ai retrouvé mon vieux forum de fans de dessins animés, toujours en ligne, avec mes messages de quatorze ans pleins d'émoticônes jaunes.
+ en situation n | I found my old cartoon fan forum, still online, with my fourteen-year-old posts full of little yellow emoticons.
fr situation l | Quelqu'un a posté une vidéo de la pub pour le jouet qu'on voulait tous à Noël 1994, et les commentaires sont pleins de gens de mon âge.
+ en situation l | Someone posted a video of the ad for the toy we all wanted for Christmas 1994, and the comments are full of people my age.

# situations: shopping
fr situation n | Le grand magasin du centre-ville ferme, celui de l'escalator en bois où ma mère m'emmenait choisir mes chaussures de rentrée.
+ en situation n | The big department store in town is closing, the one with the wooden escalator where my mother took me to choose my back-to-school shoes.
fr situation n | Dans l'épicerie rétro de la gare, ils vendent les rouleaux de réglisse et les souris en guimauve de la boulangerie de mon école. Une musique douce de cette époque ?
+ en situation n | The retro sweet shop at the station sells the liquorice wheels and marshmallow mice from the bakery by my school. Some gentle music from back then?
fr situation l | Le catalogue de jouets est arrivé dans la boîte aux lettres, et je me revois entourer les pages au feutre rouge, allongé sur le tapis du salon.
+ en situation l | The toy catalogue arrived in the letterbox, and I see myself circling pages in red felt tip, lying on the living-room rug.
fr situation n | Au marché aux puces, j'ai trouvé le même cartable en cuir que celui de mon CP, avec la même boucle dorée qui se coinçait.
+ en situation n | At the flea market I found the same leather satchel as my first-year one, with the same gold buckle that used to stick.
# situations: moving house
fr situation n | En rendant les clés de l'appartement où on a vécu douze ans, j'ai fait un dernier tour et j'ai retrouvé la marque du sapin de notre premier Noël sur le parquet.
+ en situation n | Handing back the keys to the flat we lived in for twelve years, I did one last walk round and found the mark our first Christmas tree left on the floor.
fr situation n | Dans les cartons du déménagement, le trousseau de clés de la maison de mon enfance, que je n'ai jamais eu le cœur de jeter. Mets-moi une lumière qui suit.
+ en situation n | In the moving boxes, the bunch of keys to my childhood home, which I never had the heart to throw away. Give me a light to follow that.
fr situation l | En décollant le papier peint de la nouvelle maison, j'ai reconnu le même motif à fleurs orange que dans la cuisine de mes parents dans les années quatre-vingt.
+ en situation l | Stripping the wallpaper in the new house, I recognised the same orange flower pattern as in my parents' kitchen in the eighties.
fr situation n | On quitte la Bretagne après vingt ans, et j'ai fait un dernier tour de la plage où les enfants ont appris à nager, à marée basse, comme tous les dimanches.
+ en situation n | We're leaving Brittany after twenty years, and I took one last walk on the beach where the kids learned to swim, at low tide, like every Sunday.

# situations: holidays and celebrations
fr situation n | En accrochant les boules du sapin, je suis tombé sur l'ange en pâte à sel que j'avais fait en maternelle, une aile recollée trois fois.
+ en situation n | Hanging the baubles on the tree, I came across the salt-dough angel I made at nursery, one wing glued back on three times.
fr situation n | Pour le carnaval de l'école de ma fille, je lui ai cousu le même costume de coccinelle que ma mère m'avait fait en 1988, avec les points en feutrine. Lumière qui va avec, s'il te plaît.
+ en situation n | For my daughter's school carnival I sewed her the same ladybird costume my mother made me in 1988, felt spots and all. Lights to match, please.
fr situation n | Le 14 Juillet, le bal des pompiers joue encore « Les lacs du Connemara », et tous les quadras du village se lèvent comme au temps des boums.
+ en situation n | On Bastille Day the firemen's ball still plays the same old singalong, and all the forty-somethings in the village get up like at our teenage parties.
fr situation l | La bougie en forme de chiffre sur le gâteau de mon fils est la même que celle de mes anniversaires, celle que maman rallumait pour la photo.
+ en situation l | The number candle on my son's cake is the same as the ones on my birthdays, the one Mum relit for the photo.
fr situation n | Au premier Noël chez nous, j'ai refait la bûche de ma grand-mère avec les champignons en meringue, et tout le monde a raconté ses réveillons d'enfance.
+ en situation n | For our first Christmas at our place, I made my grandmother's yule log with the meringue mushrooms, and everyone told stories about their childhood Christmas Eves.
fr situation n | Les œufs de Pâques cachés dans le jardin par mes parents pour mes enfants, dans les mêmes cachettes que pour nous, sous le vieux lilas.
+ en situation n | Easter eggs hidden in the garden by my parents for my kids, in the same hiding places as for us, under the old lilac.

# situations: religion and rituals
fr situation n | En rangeant, ma mère a retrouvé mon aube de première communion et la photo devant l'église, les cheveux gominés par papa.
+ en situation n | Tidying up, my mother found my first-communion robe and the photo in front of the church, my hair slicked down by Dad.
fr situation n | Pour l'Aïd, j'ai fait les cornes de gazelle avec le moule de ma grand-mère, et la cuisine sentait la fleur d'oranger comme chez elle à Oujda. Ambiance assortie, s'il te plaît.
+ en situation n | For Eid I made gazelle horns with my grandmother's mould, and the kitchen smelled of orange blossom like hers in Oujda. A matching mood, please.
fr situation l | Les cloches de l'église sonnent l'angélus à midi, comme quand mon grand-père posait sa fourche pour rentrer manger.
+ en situation l | The church bells are ringing the Angelus at noon, like when my grandfather put down his pitchfork to come in for lunch.
fr situation n | À la messe de minuit, le même vieux curé a chanté « Il est né le divin enfant », et je me suis revue à sept ans, à compter les moutons de la crèche.
+ en situation n | At midnight mass the same old priest sang the same carol, and I saw myself at seven, counting the sheep in the nativity scene.
fr situation n | Pour Hanoukka, j'ai allumé la ménorah de mes grands-parents, avec la bougie tordue qu'on met toujours en dernier depuis 1975.
+ en situation n | For Hanukkah I lit my grandparents' menorah, with the crooked candle we've always put in last since 1975.

# situations: old age and grandparents
fr situation n | Mamie m'a montré son carnet de bal de 1958, avec les prénoms des garçons au crayon, et on a ri en cherchant celui de papi.
+ en situation n | Grandma showed me her 1958 dance card, the boys' names in pencil, and we laughed looking for Grandpa's.
fr situation n | À quatre-vingt-dix ans, papi m'a appris la chanson que chantaient les vendangeurs dans sa jeunesse, et il a retrouvé tous les couplets.
+ en situation n | At ninety, Grandpa taught me the song the grape-pickers sang when he was young, and he remembered every verse.
fr situation l | Dans la maison de retraite de ma grand-mère, l'odeur de la compote de pommes du goûter me ramène à sa cuisine de la rue des Lilas.
+ en situation l | In my grandmother's care home, the smell of the afternoon apple compote takes me back to her kitchen on Rue des Lilas.
fr situation n | Mon grand-père a ressorti ses diapos de la Yougoslavie en 1967, et il m'a raconté son voyage en 403 avec ma grand-mère en lunettes de soleil. Baisse un peu et mets une musique d'époque.
+ en situation n | My grandfather got out his slides from Yugoslavia in 1967, and told me about the trip in his Peugeot 403 with my grandmother in sunglasses. Lower the lights a bit and put on period music.
fr situation n | À soixante-quinze ans, je suis retournée au lavoir du village où j'accompagnais ma mère, et j'ai entendu dans ma tête les rires des laveuses.
+ en situation n | At seventy-five I went back to the village wash house where I used to go with my mother, and in my head I heard the washerwomen laughing.

# situations: death and funerals, remembered fondly
fr situation n | Dix ans après, pour son anniversaire, on refait tous le gâteau au yaourt de papi, et on se raconte ses blagues en riant aux mêmes endroits.
+ en situation n | Ten years on, for his birthday, we all make Grandpa's yoghurt cake and tell his jokes, laughing at the same bits.
fr situation n | En vidant la maison de ma tante, j'ai retrouvé mes dessins d'enfant qu'elle avait gardés dans une boîte à chaussures, tous datés de sa main.
+ en situation n | Clearing out my aunt's house, I found my childhood drawings she'd kept in a shoebox, all dated in her hand.
fr situation l | J'ai mis le gilet de laine de mon grand-père pour jardiner, et dans la poche il y avait encore un bonbon à la menthe, comme toujours.
+ en situation l | I put on my grandfather's wool cardigan to do the gardening, and there was still a mint in the pocket, as always.
fr situation n | À la fête des anciens du village, ils ont projeté des photos de mon père jeune, au comptoir du café, et tout le monde a raconté ses souvenirs de lui. Lumière douce en accord.
+ en situation n | At the village old folks' party they showed photos of my father as a young man at the café bar, and everyone shared memories of him. Soft light to suit.

# situations: birth and pregnancy
fr situation n | Enceinte de mon deuxième, j'ai ressorti le body brodé que mon premier portait à la sortie de la maternité, il y a déjà six ans.
+ en situation n | Pregnant with my second, I got out the embroidered babygro my first wore coming home from the maternity ward, six years ago already.
fr situation n | Ma mère m'a donné mon bracelet de naissance de 1984, le petit ruban de plastique rose avec mon nom au stylo bille.
+ en situation n | My mother gave me my 1984 hospital bracelet, the little pink plastic band with my name in biro.
fr situation l | En berçant ma petite-fille, je chante la berceuse que je chantais à sa mère dans l'appartement de la rue Gambetta, avec la veilleuse en forme de lune.
+ en situation l | Rocking my granddaughter, I sing the lullaby I sang to her mother in the flat on Rue Gambetta, with the moon-shaped nightlight.

# situations: DIY and repairs
fr situation n | J'ai restauré la vieille radio à lampes de mon grand-père, et quand elle s'est allumée, la lumière orange du cadran était celle de son salon.
+ en situation n | I restored my grandfather's old valve radio, and when it came on, the orange glow of the dial was the glow of his living room.
fr situation n | En repeignant les volets, j'ai gratté jusqu'à la couche bleue que mon père avait posée l'été de mes neuf ans, quand je tenais le pot de peinture.
+ en situation n | Repainting the shutters, I scraped down to the blue layer my father put on the summer I was nine, when I held the paint tin.
fr situation l | La caisse à outils de mon oncle sent encore l'huile et la sciure, comme son garage où je passais mes mercredis.
+ en situation l | My uncle's toolbox still smells of oil and sawdust, like his garage where I spent my Wednesdays.
# situations: night and sleep
fr situation n | Pas sommeil, j'ai mis la vieille émission de radio de nuit que mon père écoutait en conduisant, et je me revois allongé à l'arrière sous une couverture.
+ en situation n | Can't sleep, so I put on the old late-night radio show my father listened to while driving, and I see myself lying in the back under a blanket.
fr situation n | Ma fille s'endort avec la veilleuse tortue qui était la mienne, et les petites étoiles bleues tournent sur le même plafond qu'en 1990 chez mes parents.
+ en situation n | My daughter falls asleep with the tortoise nightlight that was mine, and the little blue stars turn on the ceiling just like in 1990 at my parents'.
fr situation l | En dormant chez mes parents, le bruit du dernier train qui passe à minuit m'a rappelé toutes les nuits d'ado où je l'attendais pour m'endormir.
+ en situation l | Sleeping at my parents', the sound of the last train at midnight reminded me of all my teenage nights waiting for it so I could fall asleep.
fr situation n | J'ai retrouvé la lampe de poche avec laquelle je lisais sous la couette en colo, et j'ai eu envie de refaire une nuit de feuilletons en cachette. Tamise et mets quelque chose d'ancien.
+ en situation n | I found the torch I used to read under the covers with at camp, and I felt like doing another secret night of stories. Dim it and put on something old.

# situations: city life
fr situation n | Le vieux tramway de Lille a été remis en service pour une journée, et j'ai retrouvé les banquettes en bois où ma mère me tenait sur ses genoux.
+ en situation n | Lille's old tram was put back in service for a day, and I found the wooden benches where my mother held me on her lap.
fr situation n | Le café où on refaisait le monde à dix-neuf ans est devenu une boutique de téléphones, mais le zinc est encore là au fond. Une lumière qui va avec, merci.
+ en situation n | The café where we put the world to rights at nineteen is now a phone shop, but the old zinc counter's still there at the back. A light to go with that, thanks.
fr situation l | Le manège à chevaux de bois du jardin public tourne encore avec le même orgue, et je connais toujours l'air par cœur.
+ en situation l | The wooden-horse carousel in the public gardens still turns to the same organ, and I still know the tune by heart.
fr situation n | En passant devant le cinéma Rex transformé en supermarché, j'ai levé les yeux vers l'enseigne restée en façade et j'ai revu les files du samedi soir.
+ en situation n | Walking past the old Rex cinema, now a supermarket, I looked up at the sign still on the front and saw the Saturday-night queues again.
fr situation n | À Paris depuis trente ans, j'ai retrouvé par hasard la rue de mon premier studio, au sixième sans ascenseur, où on dînait à quatre sur le lit.
+ en situation n | Thirty years in Paris, and by chance I found the street of my first studio, sixth floor no lift, where four of us ate dinner on the bed.

# situations: countryside and farming
fr situation n | Le vieux tracteur rouge de mon grand-père est exposé à la foire agricole, et je me revois assise sur l'aile pendant qu'il fauchait le pré.
+ en situation n | My grandfather's old red tractor is on show at the agricultural fair, and I see myself sitting on the mudguard while he mowed the meadow.
fr situation n | À la ferme de mon cousin, on a trait une vache à la main pour les enfants, et le bruit du lait dans le seau m'a ramené aux vacances de Toussaint chez ma tante.
+ en situation n | At my cousin's farm we milked a cow by hand for the kids, and the sound of milk in the bucket took me back to autumn half-term at my aunt's.
fr situation l | La batteuse à l'ancienne tourne à la fête des moissons, et l'odeur de paille chaude me rend mes étés de gamin sur la remorque.
+ en situation l | The old threshing machine's running at the harvest fair, and the smell of warm straw gives me back my boyhood summers on the trailer.
fr situation n | Le chemin creux qui menait à l'école du hameau n'a pas changé, les mêmes noisetiers, et je me revois avec ma sœur à cueillir des mûres pour le goûter.
+ en situation n | The sunken lane to the hamlet school hasn't changed, the same hazel trees, and I see myself with my sister picking blackberries for tea.

# situations: sea and mountains
fr situation n | De retour à la station de ski de mes dix ans, le téléski en tire-fesses est toujours là, et j'ai l'impression de sentir encore la perche dans mon dos.
+ en situation n | Back at the ski resort from when I was ten, the button lift is still there, and I can almost feel the pole between my legs.
fr situation n | Sur la plage de Saint-Jean-de-Luz, le vendeur de chichis crie toujours « chichis, beignets ! », et mes parents sont là, jeunes, sur la serviette rayée. Mets une ambiance d'été d'avant.
+ en situation n | On the beach at Saint-Jean-de-Luz, the churro seller's still shouting "churros, doughnuts!", and my parents are there, young, on the striped towel. Give me a mood from summers gone by.
fr situation l | Dans un refuge des Pyrénées, le livre d'or contient encore la page qu'on avait signée avec la bande de scouts en 2001, avec nos dessins de marmottes.
+ en situation l | In a Pyrenees mountain hut the guest book still has the page we signed with the scout troop in 2001, with our marmot drawings.
fr situation n | La cabine de plage bleue et blanche où on se changeait en famille est encore là, repeinte, avec le même crochet tordu.
+ en situation n | The blue-and-white beach hut where our family used to change is still there, repainted, with the same bent hook.
fr situation n | Mon fils a fait sa première descente en luge sur la même piste que moi, et mon père en bas avait le même bonnet à pompon qu'en 1987.
+ en situation n | My son did his first sledge run on the same slope as me, and my father at the bottom had the same bobble hat as in 1987.

# situations: hobbies and crafts
fr situation n | J'ai ressorti ma boîte de perles à repasser, et les dessous-de-verre moches que je faisais pour la fête des mères sont revenus sous mes doigts.
+ en situation n | I got out my box of iron-on beads, and the ugly coasters I used to make for Mother's Day came back under my fingers.
fr situation n | Au club photo, on a développé en chambre noire comme en 1995, et l'odeur du révélateur m'a ramené au labo du collège avec monsieur Garnier.
+ en situation n | At the photography club we developed in the darkroom like in 1995, and the smell of developer took me back to the school lab with Mr Garnier.
fr situation l | J'ai retrouvé mon herbier de CM1, les fleurs du chemin de l'école séchées avec leurs noms écrits en attaché.
+ en situation l | I found my Year 5 pressed-flower book, the flowers from the school lane dried with their names written in joined-up writing.
fr situation n | En reprenant le crochet, j'ai refait sans réfléchir le petit napperon que ma grand-tante m'avait appris sur la terrasse de Sète. Une musique douce d'autrefois, s'il te plaît.
+ en situation n | Taking up crochet again, I made without thinking the little doily my great-aunt taught me on the terrace in Sète. Some gentle old-time music, please.

# situations: volunteering
fr situation n | Vingt ans de bénévolat aux Restos du cœur, et les anciens de la première équipe m'ont offert la photo de notre premier hiver, tous en bonnets dans l'entrepôt glacé.
+ en situation n | Twenty years volunteering at the food bank, and the old hands from the first team gave me the photo of our first winter, all in beanies in the freezing warehouse.
fr situation l | Au club de foot où j'entraîne les petits, j'ai retrouvé au fond du local les fanions que mon père distribuait quand il était bénévole, dans les années quatre-vingt.
+ en situation l | At the football club where I coach the kids, I found at the back of the clubhouse the pennants my father handed out when he volunteered there in the eighties.
fr situation n | Les anciens de mon groupe scout se retrouvent pour les cinquante ans de la troupe, et on a rechanté le chant du feu de camp en se trompant aux mêmes paroles.
+ en situation n | The old members of my scout group are meeting for the troop's fiftieth anniversary, and we sang the campfire song again, getting the same words wrong.

# situations: politics and news
fr situation n | Le présentateur du journal de vingt heures de mon enfance a fait sa dernière apparition, et j'ai revu les dîners de famille où on n'avait pas le droit de parler pendant les titres.
+ en situation n | The evening-news anchor from my childhood made his last appearance, and I saw the family dinners where we weren't allowed to talk during the headlines.
fr situation l | Un documentaire sur la chute du mur de Berlin, et je suis devant la télé de mes parents, en pyjama, avec mon père qui disait de bien regarder.
+ en situation l | A documentary on the fall of the Berlin Wall, and I'm in front of my parents' TV in pyjamas, with my father telling me to watch carefully.
fr situation n | La mairie a ressorti les affiches de la fête de la libération du village de 1994, et ma mère est dessus, au premier rang de la chorale.
+ en situation n | The town hall put the posters from the village's 1994 liberation anniversary back up, and my mother's on one, front row of the choir.

# situations: science and discovery
fr situation n | Une comète est visible ce mois-ci, et je me souviens de Hale-Bopp en 1997, quand papa nous avait réveillés à quatre heures pour la voir depuis le jardin.
+ en situation n | A comet's visible this month, and I remember Hale-Bopp in 1997, when Dad woke us at four to see it from the garden.
fr situation n | J'ai retrouvé le petit microscope de ma panoplie de chimiste, et les lamelles avec l'aile de mouche que j'avais préparée à dix ans.
+ en situation n | I found the little microscope from my chemistry set, and the slides with the fly wing I prepared when I was ten.
fr situation l | Une éclipse annoncée pour l'an prochain, et je ressors mes lunettes en carton de l'éclipse de 1999, quand toute la cour du collège levait la tête.
+ en situation l | An eclipse forecast for next year, and I get out my cardboard glasses from the 1999 eclipse, when the whole school playground looked up.
# long
fr long n | Mon fils m'a demandé comment on faisait avant les téléphones. J'ai sorti la boîte à chaussures de lettres. Il y avait celles de ma correspondante allemande, avec ses autocollants. J'ai passé la soirée à les relire à voix haute en riant de mon allemand de quatrième.
+ en long n | My son asked how people managed before phones. I got out the shoebox of letters. There were the ones from my German pen pal, with her stickers. I spent the evening reading them aloud, laughing at my schoolboy German.
fr long n | On a vendu le camping-car. Avant de le laisser partir, je me suis assis une dernière fois à la petite table. J'ai ouvert le placard du haut. Il y avait encore le jeu de cartes de l'été en Écosse et les coquillages des enfants.
+ en long n | We've sold the camper van. Before letting it go, I sat one last time at the little table. I opened the top cupboard. The pack of cards from the Scotland summer was still there, and the kids' seashells.
fr long n | Le bureau de tabac du village ferme à la fin du mois. J'y achetais mes carambars en rentrant de l'école. Je suis passée hier. Le patron m'a reconnue et m'a tendu un carambar, sans rien dire.
+ en long n | The village tobacconist's closes at the end of the month. I used to buy my toffees there on the way home from school. I went in yesterday. The owner recognised me and handed me a toffee without a word.
fr long n | Je suis retourné dans ma ville natale pour un mariage. J'ai pris le temps de passer par le square. Le banc est repeint en vert. C'est là que j'ai embrassé une fille pour la première fois, à quinze ans, en renversant son diabolo menthe.
+ en long n | I went back to my home town for a wedding. I took the time to go through the square. The bench has been repainted green. That's where I kissed a girl for the first time at fifteen, knocking over her mint soda.
fr long n | Ma mère a numérisé les cassettes audio de mon enfance. Sur l'une d'elles, j'ai six ans et je raconte une histoire de dragon. Mon frère fait le bruit des flammes. On entend la cocotte-minute siffler derrière.
+ en long n | My mother digitised the audio cassettes from my childhood. On one of them I'm six and telling a story about a dragon. My brother's doing the flame noises. You can hear the pressure cooker whistling in the background.
fr long n | Erasmus à Prague, en 2007. On était huit dans un appartement sans chauffage. Hier, l'un d'eux a envoyé une photo de notre cuisine. Le frigo est couvert de nos prénoms au marqueur. Je l'ai mise en fond d'écran.
+ en long n | Erasmus in Prague, 2007. Eight of us in a flat with no heating. Yesterday one of them sent a photo of our kitchen. The fridge is covered in our names in marker pen. I've made it my wallpaper.
fr long n | L'école du village a été transformée en médiathèque. J'y suis entrée pour emprunter un livre. Le coin lecture est exactement là où était mon pupitre. J'ai cherché mes initiales gravées et je les ai trouvées sous la fenêtre.
+ en long n | The village school has been turned into a library. I went in to borrow a book. The reading corner is exactly where my desk was. I looked for my carved initials and found them under the window.
fr long n | Ma grand-mère habitait au-dessus de la mer à Collioure. Ce week-end, j'ai loué un appartement dans la même rue. Le soir, les pêcheurs rentraient comme avant. J'ai ouvert les volets et j'ai attendu qu'elle m'appelle pour dîner.
+ en long n | My grandmother lived above the sea in Collioure. This weekend I rented a flat on the same street. In the evening the fishermen came in like they used to. I opened the shutters and half waited for her to call me in for dinner.
fr long n | J'ai retrouvé mon vieux walkman dans la boîte à gants. Il y avait encore une cassette dedans. C'était la compilation de l'été 1992. J'ai mis des piles neuves. La première chanson m'a ramenée sur la route des Landes, les pieds contre la vitre.
+ en long n | I found my old Walkman in the glove box. There was still a tape in it. It was the summer '92 mixtape. I put in fresh batteries. The first song took me back to the road through the Landes, feet up against the window.
fr long n | Premier jour de retraite. Je suis allé à la gare par habitude. J'ai regardé partir le train de 7 h 12, celui que j'ai pris pendant trente-huit ans. J'ai salué le contrôleur, et je suis rentré en souriant.
+ en long n | First day of retirement. I went to the station out of habit. I watched the 7:12 leave, the one I took for thirty-eight years. I waved to the conductor and went home smiling.
fr long n | Mon père m'a appris à faire du vélo dans l'allée des platanes. Cet après-midi, j'y ai emmené ma fille. Je courais derrière elle en tenant la selle. J'ai entendu dans ma voix les mots exacts de mon père.
+ en long n | My father taught me to ride a bike on the avenue of plane trees. This afternoon I took my daughter there. I ran behind her holding the saddle. I heard my father's exact words in my voice.
fr long n | Le cirque d'hiver est passé en ville. On y est allés avec les enfants. L'odeur de sciure et de barbe à papa était la même. Le clown a fait le même tour de l'eau dans le chapeau que quand j'avais leur âge.
+ en long n | The winter circus came to town. We took the kids. The smell of sawdust and candyfloss was the same. The clown did the same water-in-the-hat trick as when I was their age.
fr long n | J'ai reçu un colis de Guadeloupe. Ma tante a mis du sirop de batterie et un bokit emballé dans du papier alu. J'ai ouvert la fenêtre sur la grisaille de Lille. J'ai fermé les yeux et j'ai entendu la pluie tropicale sur la tôle de sa véranda.
+ en long n | I got a parcel from Guadeloupe. My aunt put in cane syrup and a bokit wrapped in foil. I opened the window onto the grey Lille sky. I shut my eyes and heard the tropical rain on the tin roof of her veranda.
fr long n | On a fêté les quarante ans du club de théâtre amateur. Quelqu'un avait gardé les costumes de notre première pièce. J'ai enfilé la cape de Cyrano. Elle sentait encore la naphtaline du grenier de la salle des fêtes.
+ en long n | We celebrated the amateur drama club's fortieth. Someone had kept the costumes from our first play. I put on Cyrano's cape. It still smelled of mothballs from the village-hall attic.
fr long n | Mes parents déménagent dans un appartement. J'ai démonté la balançoire du jardin. Les cordes étaient usées à l'endroit où on se tenait. Je l'ai mise dans ma voiture pour l'accrocher chez moi.
+ en long n | My parents are moving into a flat. I took down the garden swing. The ropes were worn where we used to hold on. I put it in my car to hang up at my place.
fr long n | Expatrié à Toronto depuis huit ans. Ce matin, dans une boulangerie, une cliente a commandé une baguette « pas trop cuite » avec l'accent de Bordeaux. J'ai pensé aux dimanches rue Sainte-Catherine avec mon père. J'ai acheté la même.
+ en long n | Eight years living in Toronto. This morning in a bakery, a customer ordered a baguette "not too well done" with a Bordeaux accent. I thought of Sundays on Rue Sainte-Catherine with my dad. I bought the same one.

# negation
fr negation n | Ce n'est pas de la tristesse, c'est juste que cette odeur de chèvrefeuille me renvoie aux soirs d'été chez mes grands-parents, et que j'y suis bien.
+ en negation n | It's not sadness, it's just that the smell of honeysuckle sends me back to summer evenings at my grandparents', and I like being there.
fr negation n | Je n'imagine rien du tout, je revis : la cour de l'école, la cloche, la marelle et Sarah qui trichait toujours.
+ en negation n | I'm not imagining anything, I'm reliving it: the schoolyard, the bell, the hopscotch and Sarah who always cheated.
fr negation l | Pas besoin de calme ce soir, plutôt des vieilles chansons de quand on avait vingt ans et qu'on chantait faux dans la 205 de Julien.
+ en negation l | I don't need peace and quiet tonight, more the old songs from when we were twenty and sang off-key in Julien's old Peugeot.
fr negation n | Je ne pleure pas la maison vendue, je repense juste avec tendresse aux cabanes qu'on faisait dans la haie. Mets une ambiance qui va avec.
+ en negation n | I'm not mourning the house we sold, I'm just thinking fondly of the dens we made in the hedge. Set a mood to go with that.
fr negation n | Ce n'est pas que je m'ennuie à Montréal, c'est que le clocher de mon village me manque, et le boulanger qui connaissait ma commande.
+ en negation n | It's not that I'm bored in Montreal, it's that I miss my village church tower, and the baker who knew my order.
fr negation n | Non, je ne suis pas malheureuse aujourd'hui, j'ai juste le cœur tourné vers nos étés d'étudiants à vendre des glaces sur la plage de Royan.
+ en negation n | No, I'm not unhappy today, my heart's just turned toward our student summers selling ice creams on the beach at Royan.
fr negation l | Je ne rêvasse pas à l'avenir, je feuillette nos albums de 2005 et je souris devant nos coupes de cheveux.
+ en negation l | I'm not daydreaming about the future, I'm flicking through our 2005 albums and smiling at our haircuts.
fr negation n | Pas en colère que le vieux stade soit démoli, juste ému de repenser aux dimanches avec papa dans la tribune nord.
+ en negation n | Not angry the old ground's being knocked down, just moved thinking back to Sundays with Dad in the north stand.
fr negation n | Ce n'est pas du chagrin, c'est la douceur de relire les cartes postales que ma marraine m'envoyait de chaque voyage.
+ en negation n | It's not grief, it's the sweetness of rereading the postcards my godmother sent me from every trip.
fr negation n | Je ne veux pas de musique de détente, je veux les tubes de la radio de 1998, ceux de la boum de fin de troisième.
+ en negation n | I don't want relaxing music, I want the radio hits of 1998, the ones from the end-of-school party.
fr negation l | Pas déprimé, non, juste un peu loin, dans la cuisine de ma mère à Lisbonne, avec l'odeur des sardines grillées sur le balcon.
+ en negation l | Not depressed, no, just somewhere far off, in my mother's kitchen in Lisbon, with the smell of grilled sardines on the balcony.
fr negation n | Je ne suis pas en train de déprimer en regardant mon bulletin scolaire de 1989, je ris de la maîtresse qui écrivait « bavarde mais attachante ».
+ en negation n | I'm not getting down looking at my 1989 school report, I'm laughing at the teacher who wrote "chatty but endearing".

# mixed
fr mixed n | Content d'être en vacances, mais surtout le cœur serré en retrouvant la cabane de plage de mes étés d'enfant, toute repeinte.
+ en mixed n | Happy to be on holiday, but mostly a pang at finding the beach hut from my childhood summers, all repainted.
fr mixed n | Un peu fatigué par la route, mais surtout ému de revoir le clocher de mon village au bout de la ligne droite, comme chaque retour de vacances.
+ en mixed n | A bit tired from the drive, but mostly moved to see my village church tower at the end of the straight, like after every holiday.
fr mixed l | Amusée par mes vieux cahiers de poésie d'ado, mais surtout attendrie par la fille que j'étais, si sûre de tout.
+ en mixed l | Amused by my old teenage poetry notebooks, but mostly touched by the girl I was, so sure of everything.
fr mixed n | Fier de mon fils qui signe son premier CDI, mais surtout je revois le petit garçon qui vendait ses dessins devant la maison.
+ en mixed n | Proud of my son signing his first permanent contract, but mostly I see the little boy who sold his drawings outside the house.
fr mixed n | Un brin de tristesse, mais c'est surtout la tendresse qui domine en relisant le carnet de recettes de ma grand-mère, avec ses fautes d'orthographe.
+ en mixed n | A touch of sadness, but mostly it's tenderness as I reread my grandmother's recipe book, spelling mistakes and all.
fr mixed n | Heureuse de mon nouveau poste à Lyon, mais surtout le mal de mes collines des Cévennes, de l'odeur des châtaignes grillées le soir. Mets une lumière qui suit.
+ en mixed n | Happy with my new job in Lyon, but mostly homesick for my Cévennes hills and the smell of roast chestnuts in the evening. A light to follow that.
fr mixed l | Un peu gêné de pleurer devant un dessin animé, mais surtout, cette chanson, c'était celle de nos mercredis chez mamie.
+ en mixed l | A bit embarrassed to cry at a cartoon, but mostly, that song was from our Wednesdays at Grandma's.
fr mixed n | Impatient de voir la nouvelle maison, mais surtout ému en fermant pour la dernière fois la porte de celle où les enfants ont grandi.
+ en mixed n | Impatient to see the new house, but mostly moved closing for the last time the door of the one where the kids grew up.
fr mixed n | Curieux de ce que sont devenus mes camarades de terminale, mais surtout attendri en revoyant nos photos du voyage à Rome.
+ en mixed n | Curious what my final-year classmates are up to, but mostly touched seeing our photos from the trip to Rome.
fr mixed n | Bien installée dans ma vie à Paris, mais ce soir le cœur repart au marché de Dakar avec ma mère, entre les tissus et les mangues.
+ en mixed n | Well settled in my life in Paris, but tonight my heart goes back to the Dakar market with my mother, among the fabrics and mangoes.
fr mixed l | Un peu agacée par le vide-grenier, mais surtout émue en trouvant la poupée de mon enfance, celle au gilet rouge, sur un stand.
+ en mixed l | A bit fed up with the car-boot sale, but mostly moved to find my childhood doll, the one with the red waistcoat, on a stall.
fr mixed n | Joyeux de la fête de famille, mais surtout attendri quand les oncles ont rechanté les chansons de leurs vingt ans au dessert.
+ en mixed n | Happy at the family party, but mostly touched when the uncles sang the songs of their youth over dessert.
# slang_emoji
fr slang_emoji n | ptn ils ont remis les Kinder Surprise de 1998 avec les hippos, j'ai 8 ans direct 🥹🦛
+ en slang_emoji n | omg they brought back the 1998 Kinder Surprise with the hippos, I'm 8 again instantly 🥹🦛
fr slang_emoji n | retrouvé la vidéo de notre spectacle de fin d'année en CM2 sur youtube 😭 les costumes en sac poubelle jpp
+ en slang_emoji n | found the video of our Year 6 end-of-year show on youtube 😭 the bin-bag costumes I can't
fr slang_emoji l | le bruit du mp3 qui s'allume dans le tiroir, flashback 2007 🎧🥲
+ en slang_emoji l | the sound of the old mp3 player switching on in the drawer, 2007 flashback 🎧🥲
fr slang_emoji n | jsuis loin de chez moi et ma mère m'a envoyé une photo du couscous du vendredi 🥺 le mal du pays de ouf
+ en slang_emoji n | I'm far from home and my mum sent me a pic of Friday couscous 🥺 homesick af
fr slang_emoji n | les potes du lycée qui ressortent nos photos de la soirée de 2012, les coupes 💀🥹 c'était le bon temps frr
+ en slang_emoji n | the school gang digging up our 2012 party pics, the haircuts 💀🥹 good times bro
fr slang_emoji n | le générique des Minikeums à la radio 😭📺 mets une ambiance vieille télé stp
+ en slang_emoji n | the old kids' TV show theme on the radio 😭📺 set an old-TV vibe pls
fr slang_emoji l | mon fils a trouvé mon vieux tamis à sable de la plage de Carnac, même couleur 🏖️🥲
+ en slang_emoji l | my son found my old sand sieve from the beach at Carnac, same colour and everything 🏖️🥲
fr slang_emoji n | en vrai les goûters chez mamie avec le Nesquik et les BN, ça me manque grave 🍫💛
+ en slang_emoji n | ngl the afternoon snacks at Grandma's with Nesquik and chocolate biscuits, I miss them so much 🍫💛
fr slang_emoji n | tombé sur la photo de ma promo de BTS, on se croyait trop stylés 😂🫶 retour en 2010
+ en slang_emoji n | came across my college class photo, we thought we were so cool 😂🫶 back to 2010
fr slang_emoji n | wsh la chanson de l'été 2003 dans le supermarché, jsuis à la fête foraine avec la bande 🎡🥹
+ en slang_emoji n | yo the song of summer 2003 in the supermarket, I'm at the funfair with the crew 🎡🥹

# typo
fr typo n | jai retrouvé mes lettres de colo ds un carton, ma mere les avait toute gardé
+ en typo n | found my letters from camp in a box, my mum kept them al
fr typo n | passé devant mon ancien colege, le meme portail vert, jsuis resté planté 5 min
+ en typo n | walked past my old school, same green gate, stood there for 5 min
fr typo l | l'odeur de la creme solaire monoi ca me ramene tjr a la reunion chez ma tatie
+ en typo l | the smell of monoi suncream always takes me back to reunion island at my aunties
fr typo n | jecoute les vieux vocaux de mon grand pere, sa voix qui raconte la peche au lac, ca me fait chaud au coeur
+ en typo n | listening to my grandads old voice notes, his voice telling fishing storys at the lake, warms my heart
fr typo n | ma fille porte mon ancien blouson en jean de 1995, jme revois a son age
+ en typo n | my daughter's wearing my old denim jacket from 1995, i see myself at her age
fr typo n | chui a berlin depuis 3 ans et la jai trouvé des petits lu, jai failli pleuré
+ en typo n | been in berlin 3 years and i just found french butter biscuits, nearly cryed
fr typo l | le vieux manege du bord de mer tourne encor, jy montais avec mon pere
+ en typo l | the old seaside carousel still turns, i used to ride it with my dad
fr typo n | en rangeant jai trouvé nos billets du concert de 2004, c t la meilleure soirée de ma vie
+ en typo n | tidying up i found our tickets from the 2004 gig, best night of my life
fr typo n | mon ancien prof de guitare ma ecrit, il se souvient de ma premiere chanson massacré lol
+ en typo n | my old guitar teacher wrote to me, he remembers the first song i murderd lol
fr typo n | les sapins de noel en plastique du centre commercial c les memes qu'en 96, mets une ambiance pareille stp
+ en typo n | the plastic xmas trees at the shopping centre are the same as in 96, set the same kind of mood pls

# wish
fr wish n c=amber;orange b=dim | Je relis les lettres de ma grand-mère, mets de l'ambre et de l'orange tout doux, comme la lampe de son salon.
+ en wish n c=amber;orange b=dim | Rereading my grandmother's letters, give me soft amber and orange, like the lamp in her living room.
fr wish n c=warm_white;amber b=dim | Soirée diapos des vacances de 1985 avec papa, un blanc chaud et un peu d'ambre, lumière basse.
+ en wish n c=warm_white;amber b=dim | Slide night of the 1985 holidays with Dad, warm white and a little amber, lights low.
fr wish l c=pink;gold | J'ai le mal de mon île ce soir, mets du rose et du doré comme les couchers de soleil de Saint-Pierre.
+ en wish l c=pink;gold | Missing my island tonight, give me pink and gold like the sunsets in Saint-Pierre.
fr wish n c=orange;pink b=dim | Je réécoute les cassettes de ma jeunesse, une lumière orangée et rose poudré, tamisée comme un vieux polaroïd.
+ en wish n c=orange;pink b=dim | Listening to the tapes from my youth again, orangey light and powder pink, dimmed like an old Polaroid.
fr wish n c=amber;red b=dim | Je repense aux veillées au coin du feu chez mes grands-parents, mets de l'ambre et un peu de rouge, pas trop fort.
+ en wish n c=amber;red b=dim | Thinking back to evenings by the fire at my grandparents', give me amber and a bit of red, not too bright.
fr wish l c=gold;warm_white | On feuillette l'album de mariage de mes parents, du doré et du blanc chaud, s'il te plaît.
+ en wish l c=gold;warm_white | We're leafing through my parents' wedding album, gold and warm white, please.

# explicit
fr explicit n | J'ai la nostalgie de nos années de lycée, de tout ce qu'on croyait éternel.
+ en explicit n | I'm nostalgic for our school years, for everything we thought would last forever.
fr explicit n | Ce soir j'ai le cœur qui remonte le temps, vers les étés de mon enfance.
+ en explicit n | Tonight my heart's going back in time, to the summers of my childhood.
fr explicit l | Un petit vague à l'âme en pensant à mon ancienne vie à Marseille.
+ en explicit l | A little wistful thinking about my old life in Marseille.
fr explicit n | Je suis d'humeur souvenirs, de celles où l'on ressort les vieilles photos et les vieux disques.
+ en explicit n | I'm in a memories mood, the kind where you dig out the old photos and the old records.
fr explicit h | Le pays me manque à en avoir mal, je donnerais tout pour une soirée chez moi, là-bas.
+ en explicit h | I miss home so much it hurts, I'd give anything for one evening back there.
fr explicit n | Je me sens tout nostalgique, le passé a un goût doux ce soir.
+ en explicit n | I'm feeling all nostalgic, the past tastes sweet tonight.
"""

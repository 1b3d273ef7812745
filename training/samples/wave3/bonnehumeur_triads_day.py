"""bonnehumeur: third wave, triads with colere and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Vendredi, la cheffe nous a laissés partir à quinze heures, parce qu'il faisait « bien trop beau pour bosser ».
+ en situation n | On Friday the boss let us go at three, because it was "far too nice out to work".

# triad 02
fr situation n | Le boulanger connaît maintenant le prénom de ma fille et lui lance « bonjour Lina ! » dès qu'on pousse la porte.
+ en situation n | The baker knows my daughter's name now and calls out "morning, Lina!" the second we push the door open.

# triad 03
en situation n | On the 7:40 bus, a bunch of teenagers gave up their seats to a lady with heavy shopping bags, laughing and joking with her.
+ fr situation n | Dans le bus de 7 h 40, une bande d'ados a cédé ses places à une dame chargée de courses, en plaisantant avec elle.

# triad 04
fr situation n | Dans la salle d'attente du médecin, un petit garçon m'a prêté son livre de dinosaures et m'a commenté chaque page.
+ en situation n | In the doctor's waiting room, a little boy lent me his dinosaur book and talked me through every single page.

# triad 05
fr situation n | La maîtresse a envoyé une photo de la classe déguisée en légumes, et on voit mon fils en brocoli géant.
+ en situation n | The teacher sent a photo of the class dressed as vegetables, and there's my son as a giant broccoli.

# triad 06
en situation n | My deskmate started humming the Smurfs theme, and within five minutes the whole open-plan office was singing along.
+ fr situation n | Mon voisin de bureau s'est mis à fredonner le générique des Schtroumpfs, et cinq minutes après, tout l'open space chantait.

# triad 07
fr situation n | À la sortie de l'école, ma fille a couru vers moi en brandissant un escargot qu'elle a baptisé Bernadette.
+ en situation n | At the school gate, my daughter ran over waving a snail she'd named Bernadette.

# triad 08
fr situation n | Ma sœur m'a envoyé un vocal où mon neveu de trois ans essaie de dire « hippopotame », je l'ai écouté dix fois.
+ en situation n | My sister sent me a voice note of my three-year-old nephew trying to say "hippopotamus", and I've played it ten times.

# triad 09
en situation n | Our French teacher read out the year's worst excuses for being late, and the whole class was crying with laughter.
+ fr situation n | Le prof de français a lu à voix haute les pires excuses de retard de l'année, et toute la classe pleurait de rire.

# triad 10
fr situation n | À la caisse, le caissier a fait disparaître une pièce de deux euros derrière l'oreille de mon fils, qui en est resté bouche bée.
+ en situation n | At the checkout, the cashier made a two-euro coin vanish behind my son's ear, and he just stood there open-mouthed.

# triad 11
fr situation n | À la pharmacie, le préparateur m'a reconnu et m'a demandé des nouvelles de mon chien, en l'appelant par son nom.
+ en situation n | At the chemist's, the assistant recognised me and asked how my dog was doing, calling him by his name.

# triad 12
en situation n | Someone left slices of lemon cake in the office fridge with a note: "help yourselves, it's my birthday!" Put on something to match.
+ fr situation n | Dans le frigo du bureau, quelqu'un a laissé des parts de gâteau au citron avec un mot : « servez-vous, c'est mon anniversaire ! » Mets une ambiance qui va avec.

# triad 13
fr situation n | Sur le groupe WhatsApp des parents, un papa a posté son fils endormi le nez dans ses spaghettis, tout le monde a craqué.
+ en situation n | On the parents' WhatsApp group, a dad posted his son fast asleep with his nose in his spaghetti, and everyone melted.

# triad 14
fr situation n | Dans le bus, une petite fille m'a demandé si mon chapeau était magique, puis m'a fait coucou jusqu'à son arrêt.
+ en situation n | On the bus, a little girl asked me if my hat was magic, then waved at me all the way to her stop.

# triad 15
en situation n | Instead of a ticket, my son showed the inspector his drawing of a bus, and she said it was worth a free pass.
+ fr situation n | À la place du ticket, mon fils a montré à la contrôleuse son dessin de bus, et elle a dit que ça valait bien un abonnement gratuit.

# triad 16
fr situation n | La pédiatre a laissé mon fils écouter son propre cœur au stéthoscope : « ça fait boum-boum comme un tambour ! »
+ en situation n | The paediatrician let my son listen to his own heart through the stethoscope: "it goes boom-boom like a drum!"

# triad 17
fr situation n | Pot de départ de Josiane : elle a lu un petit poème sur chacun de nous, et tout le service riait aux larmes.
+ en situation n | Josiane's leaving do: she read a little poem about each of us, and the whole department laughed till they cried.

# triad 18
en situation n | My son got his first invitation to a classmate's birthday and wrapped the present himself, with about a kilo of tape.
+ fr situation n | Mon fils a reçu sa première invitation à un anniversaire de la classe et a emballé le cadeau tout seul, avec un kilo de scotch.

# triad 19
fr situation n | Maman m'a laissé un vocal de trois minutes juste pour me dire que le merle était revenu se baigner dans sa soucoupe.
+ en situation n | Mum left me a three-minute voice message just to say the blackbird was back, bathing in her saucer.

# triad 20
fr situation n | Pour la fête de l'école, la maîtresse a appris une chorégraphie aux enfants, et c'est elle qui dansait le plus.
+ en situation n | For the school fête, the teacher taught the kids a dance routine, and she was the one dancing hardest.

# triad 21
en situation n | The office printer suddenly spat out a whole page of smiley faces on its own, and we all cracked up.
+ fr situation n | L'imprimante du bureau a craché toute seule une page entière de smileys, et on a tous éclaté de rire.

# triad 22
fr situation n | La salle de réunion était prise, alors on a fait le point d'équipe sur un banc du parc, en mangeant des cerises.
+ en situation n | The meeting room was taken, so we had the team catch-up on a park bench, eating cherries.

# triad 23
fr situation n | Ce soir, les jumeaux m'ont réclamé une histoire, puis ils me l'ont racontée eux-mêmes et se sont endormis au milieu.
+ en situation n | Tonight the twins begged for a story, then told it to me themselves and fell asleep halfway through.

# triad 24
en situation n | The baker made turtle-shaped rolls for the school trip, and my son refuses to eat his because "he's called Jules".
+ fr situation n | Le boulanger a fait des petits pains en forme de tortue pour la sortie scolaire, et mon fils refuse de manger le sien « parce qu'il s'appelle Jules ».

# triad 25
fr situation n | Le dentiste a laissé ma fille appuyer sur le bouton du fauteuil, et elle s'est fait monter et descendre en gloussant.
+ en situation n | The dentist let my daughter press the button on the chair, and she rode it up and down, giggling.

# triad 26
fr situation n | Au resto avec les collègues, le serveur a apporté un dessert avec une bougie pour Karim, qui ne savait pas qu'on savait.
+ en situation n | At the restaurant with colleagues, the waiter brought out a dessert with a candle for Karim, who had no idea we knew.

# triad 27
en situation n | My mate texted me a photo of his neighbour's cat asleep in the letterbox, captioned "new tenant".
+ fr situation n | Mon pote m'a envoyé la photo du chat de son voisin endormi dans la boîte aux lettres, avec la légende « nouveau locataire ».

# triad 28
fr situation n | Le car de la sortie scolaire est rentré, et ma fille m'a offert un caillou tout lisse « qui vient de la vraie mer ».
+ en situation n | The school-trip coach got back, and my daughter gave me a smooth pebble "from the real sea".

# triad 29
en situation n | In the doctor's waiting room, an old lady told me about all seven of her great-grandchildren, with a funny nickname for each.
+ fr situation n | Dans la salle d'attente du médecin, une vieille dame m'a présenté ses sept arrière-petits-enfants, avec un surnom rigolo pour chacun.

# triad 30
fr situation n | Mon chef m'a envoyé un texto : « Reste au lit, on gère tout », avec un emoji bol de soupe.
+ en situation n | My boss texted me: "Stay in bed, we've got it all covered", with a bowl-of-soup emoji.

# triad 31
fr situation n | Pour le goûter, les enfants m'ont préparé des tartines en forme de visage, avec des yeux en raisins secs. Lumière assortie, s'il te plaît.
+ en situation n | For tea, the kids made me slices of bread shaped like faces, with raisins for eyes. Lights to match, please.

# triad 32
en situation n | Our sociology lecturer brought his old dog into the lecture hall, and it snored under the desk all through the class.
+ fr situation n | Le prof de socio a amené son vieux chien en amphi, et il a ronflé sous le bureau pendant tout le cours.

# triad 33
fr situation n | À l'arrêt de bus, un monsieur me lit l'horoscope de son journal chaque matin, en inventant la moitié.
+ en situation n | At the bus stop, a man reads me the horoscope from his paper every morning, making half of it up.

# triad 34
fr situation n | Ma collègue m'a rapporté de Bretagne un magnet ridicule : une sardine à lunettes de soleil, trônant désormais sur mon écran.
+ en situation n | My colleague brought me back a ridiculous magnet from Brittany: a sardine in sunglasses, now enthroned on my monitor.

# triad 35
en situation n | Dad has discovered voice notes and sends me one every morning describing the weather at his place in great detail.
+ fr situation n | Papa a découvert les messages vocaux et m'en envoie un chaque matin pour me décrire la météo chez lui, en détail.

# triad 36
fr situation n | D'après la dame de la cantine, mon fils a goûté les épinards pour faire comme son copain, et il en a redemandé.
+ en situation n | According to the dinner lady, my son tried the spinach to copy his friend, and then asked for more.

# triad 37
fr situation n | Mon chef m'a dit de filer plus tôt pour le spectacle de ma fille, et il m'a même demandé une vidéo pour lui.
+ en situation n | My boss told me to head off early for my daughter's show, and even asked me for a video.

# triad 38
en situation n | In the bakery queue, an old man started singing "Happy Birthday" to the shop assistant, and the whole queue joined in.
+ fr situation n | Dans la file de la boulangerie, un papi a entonné « Joyeux anniversaire » pour la vendeuse, et toute la file a suivi.

# triad 39
fr situation n | Pour son dernier jour avant la retraite, notre vieux médecin traitant offrait des chocolats à chaque patient de la salle d'attente.
+ en situation n | On his last day before retiring, our old family doctor handed out chocolates to every patient in the waiting room.

# triad 40
fr slang_emoji n | mon ado m'a texté « t la meilleure maman du monde » 🥹 bon c'était pour que je lui garde des crêpes mdr mais quand même
+ en slang_emoji n | my teen texted "ur the best mum in the world" 🥹 ok it was so i'd save him some pancakes lol but still

# triad 41
en situation n | The air con broke at the office, so the boss bought ice lollies for the whole floor and we finished the meeting on the terrace.
+ fr situation n | Clim en panne au bureau : la cheffe a acheté des glaces pour tout l'étage, et on a fini la réunion sur la terrasse.

# triad 42
fr situation n | Le prof de guitare a appris un petit riff de rock à mon fils, qui le joue en boucle en se prenant pour une star.
+ en situation n | The guitar teacher taught my son a little rock riff, and he plays it on repeat, acting like a rock star.

# triad 43
fr situation n | Photo de classe : mon fils a fait une grimace pile au moment du flash, et c'est devenu la photo préférée de toute la famille.
+ en situation n | Class photo: my son pulled a face right as the flash went off, and it's become the whole family's favourite picture.

# triad 44
en situation n | I'd left my phone on the bakery counter, and the assistant ran all the way to the bus stop to give it back.
+ fr situation n | J'avais oublié mon téléphone sur le comptoir de la boulangerie, et la vendeuse a couru jusqu'à l'arrêt de bus pour me le rendre.

# triad 45
fr situation n | Sur Pronote, le prof principal a envoyé aux parents une photo de la classe en pyramide humaine, tout le monde hilare.
+ en situation n | On the school app, the form tutor sent parents a photo of the class in a human pyramid, everyone in stitches.

# triad 46
fr situation n | Au centre de radiologie, la manipulatrice a réchauffé le gel dans ses mains et m'a raconté ses vacances ratées à Douarnenez, on a bien ri.
+ en situation n | At the imaging centre, the radiographer warmed the gel in her hands and told me about her disastrous holiday in Douarnenez, we had a good laugh.

# triad 47
en situation n | My daughter lost her first tooth at lunch and brought it home wrapped in a napkin like treasure.
+ fr situation n | Ma fille a perdu sa première dent à la cantine et l'a rapportée dans une serviette en papier comme un trésor.

# triad 48
fr situation n | Le client qu'on redoutait est arrivé avec des macarons pour toute l'équipe et nous a remerciés de notre patience.
+ en situation n | The client we'd been dreading turned up with macarons for the whole team and thanked us for our patience.

# triad 49
fr situation n | L'entraîneur des petits a organisé une haie d'honneur pour le gardien qui fêtait ses huit ans, il rayonnait.
+ en situation n | The kids' coach set up a guard of honour for the goalkeeper on his eighth birthday, and he was beaming.

# triad 50
en situation n | Back from leave, I found my colleague had watered my cactus and stuck googly eyes on it.
+ fr situation n | De retour de congés, j'ai découvert que ma collègue avait arrosé mon cactus et lui avait collé des yeux en plastique.

# triad 51
fr situation n | Dans le tram, un accordéoniste a joué « Joyeux anniversaire » pour une dame qui fêtait ses quatre-vingts ans, et tout le wagon a chanté.
+ en situation n | On the tram, an accordion player played "Happy Birthday" for a lady turning eighty, and the whole carriage sang.

# triad 52
fr situation n | Le nouveau chef a passé sa première matinée à apprendre les prénoms de tout le monde, et il appelle le stagiaire « capitaine ».
+ en situation n | The new boss spent his first morning learning everyone's names, and he calls the intern "captain".

# triad 53
en situation n | This morning my son got dressed all by himself, odd socks and jumper inside out, so proud, and I grinned all the way to school.
+ fr situation n | Ce matin, mon fils s'est habillé tout seul, chaussettes dépareillées et pull à l'envers, très fier, et j'ai souri tout le trajet.

# triad 54
fr situation n | Ma fille ramène le hamster de la classe pour les vacances, et elle lui a déjà fabriqué un lit dans une boîte d'allumettes.
+ en situation n | My daughter is bringing the class hamster home for the holidays, and she's already made it a bed out of a matchbox.

# triad 55
fr situation n | J'ai annoncé ma grossesse à l'équipe, et le lendemain, un mini-body « future stagiaire » m'attendait sur mon clavier.
+ en situation n | I told the team I was pregnant, and the next day a tiny babygrow saying "future intern" was waiting on my keyboard.

# triad 56
en situation n | On the girls' group chat, we each posted our ugliest breakfast and voted on the worst, crying with laughter.
+ fr situation n | Sur le groupe des copines, chacune a posté son petit-déj le plus moche et on a voté pour le pire, en pleurant de rire.

# triad 57
fr situation n | Réunion parents-profs : le prof de sport dit que mon fils commente les matchs comme à la télé, et que toute la classe adore.
+ en situation n | Parents' evening: the PE teacher says my son commentates the games like on TV, and the whole class loves it.

# triad 58
fr situation n | À la mairie, l'agent a vu le dessin de mon fils sur ma chemise cartonnée et l'a épinglé au mur derrière son guichet.
+ en situation n | At the town hall, the clerk saw my son's drawing on my folder and pinned it to the wall behind his counter.

# triad 59
en situation n | I missed the bus, but my neighbour happened to drive past and dropped me at the office, singing Goldman at the top of her lungs.
+ fr situation n | J'ai raté le bus, mais ma voisine passait en voiture et m'a déposée au bureau en chantant du Goldman à tue-tête.

# triad 60
fr situation n | La crèche m'a envoyé une photo de ma fille qui « cuisine » de la pâte à sel avec un tablier trois fois trop grand.
+ en situation n | The nursery sent me a photo of my daughter "cooking" salt dough in an apron three sizes too big.

# triad 61
fr situation n | Mon moniteur d'auto-école chante du Dalida à chaque rond-point pour me détendre, et franchement, ça marche.
+ en situation n | My driving instructor sings Dalida at every roundabout to relax me, and honestly, it works.

# triad 62
en situation n | The school caretaker found my son's hat and put it on the playground statue, and he thought it was brilliant.
+ fr situation n | Le gardien de l'école a retrouvé le bonnet de mon fils et l'a posé sur la tête de la statue de la cour, il a trouvé ça génial.

# triad 63
fr situation n | Au marché, la maraîchère a donné une carotte à chaque enfant de la file, et ils l'ont croquée en chœur.
+ en situation n | At the market, the vegetable seller gave a carrot to every child in the queue, and they all crunched them together.

# triad 64
fr situation n | Mon fils en colo m'a envoyé un seul texto en cinq jours : « ya des crêpes tous les matins », et ça m'a fait ma semaine.
+ en situation n | My son at summer camp sent me one text in five days: "theres pancakes every morning", and it made my week.

# triad 65
en situation n | Teachers' strike: the kids spent the day with me at the office and drew pictures for all my colleagues.
+ fr situation n | Grève des profs : les enfants ont passé la journée avec moi au bureau et ont fait un dessin pour chacun de mes collègues.

# triad 66
fr situation n | Au labo, la dame devant moi m'a laissé son ticket numéro 3 en repartant, elle avait oublié son ordonnance ; vingt minutes gagnées !
+ en situation n | At the blood-test lab, the lady ahead of me gave me her ticket number 3 on her way out, she'd forgotten her prescription; twenty minutes saved!

# triad 67
fr situation n | Le covoiturage du matin avec Nadia, c'est trente minutes de karaoké, et on arrive au bureau en chantant encore.
+ en situation n | The morning car share with Nadia is thirty minutes of karaoke, and we walk into the office still singing.

# triad 68
en situation n | At the school choir concert, my son sang two beats behind everyone with a huge grin, and the whole hall smiled.
+ fr situation n | Au concert de la chorale de l'école, mon fils chantait deux temps en retard avec un sourire immense, et toute la salle souriait.

# triad 69
fr situation n | Le boulanger a livré le gâteau d'anniversaire avec une licorne en sucre en plus, « cadeau de la maison ». Une ambiance qui va avec, s'il te plaît.
+ en situation n | The baker delivered the birthday cake with an extra sugar unicorn, "on the house". Something to match, please.

# triad 70
fr situation n | En téléconsultation, le médecin a vu mon chat traverser l'écran et m'a demandé son nom en rigolant.
+ en situation n | During my video appointment, the doctor saw my cat walk across the screen and asked its name, laughing.

# triad 71
en situation n | Monday meeting: the boss started by asking each of us for the best moment of our weekend, and we laughed for twenty minutes.
+ fr situation n | Réunion du lundi : la cheffe a commencé par demander à chacun le meilleur moment de son week-end, et on a ri pendant vingt minutes.

# triad 72
fr typo n | au supermarché une ptite fille ma aidée a scanner mes courses a la caisse auto en annoncant chaque prix super fort trop mignon
+ en typo n | at the supermarket a litle girl helped me scan my shopping at the self checkout, shouting out every price, so cute

# triad 73
fr situation n | Mon réveil a sonné en pleine réunion, et c'était la chanson que ma fille avait enregistrée en douce : « debout papa ! »
+ en situation n | My phone alarm went off mid-meeting, and it was the song my daughter had secretly recorded: "wake up Daddy!"

# triad 74
en situation n | My colleague gave me a brand-new charger with a label: "so you'll stop nicking mine", and we had a good laugh.
+ fr situation n | Mon collègue m'a offert un chargeur tout neuf avec une étiquette : « pour que tu arrêtes de me piquer le mien », on a bien ri.

# triad 75
fr situation n | Le chauffeur a sorti la rampe pour une maman avec une poussette double, et tout le bus l'a aidée à monter en blaguant.
+ en situation n | The driver put the ramp down for a mum with a double buggy, and the whole bus helped her on, joking around.

# triad 76
fr situation n | En salle d'attente chez la pédiatre, mon fils a rangé tous les jouets par couleur, et la secrétaire l'a nommé « stagiaire du jour ».
+ en situation n | In the paediatrician's waiting room, my son sorted all the toys by colour, and the receptionist made him "intern of the day".

# triad 77
en situation n | My colleague accidentally sent me her shopping list, with "chocolate (lots) (seriously)", and it kept me smiling all morning.
+ fr situation n | Ma collègue m'a envoyé par erreur sa liste de courses, avec « chocolat (beaucoup) (vraiment) », et j'ai souri toute la matinée.

# triad 78
fr situation n | À la pause déjeuner, on a donné du pain aux canards du parc avec deux collègues, et l'un d'eux a volé tout le sandwich de Paul.
+ en situation n | At lunch break, two colleagues and I fed the ducks in the park, and one of them made off with Paul's whole sandwich.

# triad 79
fr situation n | Ce soir, ma fille m'a lu son premier petit livre toute seule, en prenant une voix différente pour chaque animal.
+ en situation n | Tonight my daughter read me her first little book on her own, doing a different voice for every animal.

# triad 80
en situation n | On the building's group chat, someone asked who'd lost a dwarf rabbit: it was the caretaker's, found snoozing on the fourth-floor doormat.
+ fr situation n | Sur le groupe de l'immeuble, quelqu'un demandait à qui était un lapin nain : c'était celui du gardien, endormi sur un paillasson du 4e.

# triad 81
fr mixed n | Lessivée après ma nuit de garde, et pourtant je souris : le boulanger m'a offert le café en voyant ma blouse d'infirmière.
+ en mixed n | Wiped out after my night shift, and yet I'm smiling: the baker gave me a free coffee when he saw my nurse's tunic.

# triad 82
fr slang_emoji n | le petit a fait coucou à mamie en visio avec une crêpe sur la tête 😂 elle a ri pendant 10 min
+ en slang_emoji n | the little one waved at grandma on video call with a pancake on his head 😂 she laughed for 10 mins

# triad 83
en situation n | My boss approved my Christmas leave in two minutes, with a "go enjoy your family!"
+ fr situation n | Ma cheffe a validé mes congés de Noël en deux minutes, avec un « profite bien de ta famille ! ».

# triad 84
fr wish n c=yellow;orange b=bright | Ma voisine de bus m'a appris à plier un oiseau avec mon ticket, je souris encore : du jaune et de l'orange, s'il te plaît.
+ en wish n c=yellow;orange b=bright | The woman next to me on the bus taught me to fold a bird out of my ticket, I'm still smiling: yellow and orange, please.
"""

"""bonnehumeur: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: fille
fr situation n | Ma fille a mis ses bottes de pluie à l'envers et refuse de les changer, elle dit que ça va plus vite.
+ en situation n | My daughter put her wellies on the wrong feet and won't swap them, she says it's faster that way.
fr situation n | Ma fille de quatre ans a servi le dîner à ses peluches et m'a gardé une place à côté du lapin.
+ en situation n | My four-year-old daughter served dinner to her soft toys and saved me a seat next to the rabbit.
en situation n | At the pet shop my daughter taught the parrot to say "bonjour", and the owner gave her a sticker for it.
+ fr situation n | À l'animalerie, ma fille a appris au perroquet à dire « bonjour », et le patron lui a donné un autocollant pour la peine.
fr typo n | ma fille a ecrit "je t'aime maman" dans la buée du miroir de la salle de bain, trop mignon
+ en typo n | my daughter wrote "i love you mummy" in the steam on the bathroom mirror, so cute

# trap: parce que
fr situation n | Le petit voisin m'a offert une pâquerette parce que, d'après lui, c'est mon anniversaire tous les mardis.
+ en situation n | The little boy next door gave me a daisy because, according to him, it's my birthday every Tuesday.
fr situation n | On a mangé le dessert en premier parce que c'était mercredi et que mamie l'avait décrété.
+ en situation n | We had pudding first because it was Wednesday and Granny had decreed it.
fr situation n | Le chauffeur de bus klaxonne deux petits coups chaque matin parce que mon fils lui fait coucou depuis le trottoir.
+ en situation n | The bus driver gives two little toots every morning because my son waves to him from the pavement.
fr negation n | Si je ris tout seul, ce n'est pas parce que je suis énervé, c'est parce que le chien a volé le gant du facteur et fait le tour du jardin avec.
+ en negation n | If I'm laughing on my own it's not because I'm wound up, it's because the dog stole the postman's glove and is doing laps of the garden with it.

# trap: let
en situation n | The farmer let my kids bottle-feed a lamb, and they haven't talked about anything else since.
+ fr situation n | Le fermier a laissé mes enfants donner le biberon à un agneau, et depuis ils ne parlent plus que de ça.
en situation n | The lady ahead of me at the checkout let me go first with my single baguette and wished me a lovely lunch.
+ fr situation n | La dame devant moi à la caisse m'a laissé passer avec ma baguette toute seule et m'a souhaité un bon déjeuner.
en situation n | My son let his little sister win at snakes and ladders, then did a big dramatic faint on the rug to make her laugh.
+ fr situation n | Mon fils a laissé gagner sa petite sœur aux petits chevaux, puis il a fait un grand évanouissement théâtral sur le tapis pour la faire rire.
en slang_emoji n | neighbour let me pick as many plums as i want from her tree 😋 made jam, whole flat smells amazing
+ fr slang_emoji n | la voisine m'a laissée cueillir autant de prunes que je veux dans son arbre 😋 confiture faite, tout l'appart sent trop bon

# trap: boss
en situation n | My boss turned up on Friday with a tray of homemade brownies and a playlist of silly eighties songs.
+ fr situation n | Ma boss est arrivée vendredi avec un plateau de brownies maison et une playlist de chansons ringardes des années 80.
fr situation n | Le boss de la pizzeria a dessiné un smiley en olives sur la pizza de mon fils, qui a refusé de le manger.
+ en situation n | The boss at the pizzeria made a smiley face out of olives on my son's pizza, and he refused to eat it.
fr situation n | Mon boss a amené son chiot au bureau, et la réunion s'est faite avec lui sur les genoux de quelqu'un différent toutes les dix minutes.
+ en situation n | My boss brought his puppy into the office, and the meeting went on with it on a different person's lap every ten minutes.
fr mixed n | Un peu crevée ce soir, mais ma boss m'a laissé un post-it « merci pour tes blagues du lundi » et je souris encore.
+ en mixed n | A bit worn out tonight, but my boss left me a sticky note saying "thanks for your Monday jokes" and I'm still smiling.

# trap: roman
fr situation n | Le roman que je lis est tellement drôle que j'ai gloussé tout haut dans le métro, et ma voisine de siège aussi.
+ en situation n | The novel I'm reading is so funny I giggled out loud on the metro, and so did the woman next to me.
fr situation n | À la boîte à livres du parc, quelqu'un avait glissé un petit mot gentil dans le roman que j'ai pris.
+ en situation n | At the little book box in the park, someone had tucked a kind note inside the novel I picked up.
fr situation n | Mon père lit un roman policier à voix haute au chat, avec toutes les voix, et le chat ronronne sur ses genoux.
+ en situation n | My dad reads a detective novel aloud to the cat, doing all the voices, and the cat purrs on his lap.
en situation n | Found a bus ticket from Lisbon inside a second-hand novel, with "have a lovely day, stranger" written on the back.
+ fr situation n | Trouvé un ticket de bus de Lisbonne dans un roman d'occasion, avec « belle journée, inconnu » écrit au dos.

# trap: reading
en situation n | My six-year-old is reading the cereal box out loud at breakfast and cracking up at every joke on the back.
+ fr situation n | Mon fils de six ans lit la boîte de céréales à voix haute au petit déjeuner et se tord de rire à chaque blague au dos.
en situation n | I was reading in the garden when a robin landed on the edge of my book, and I laughed so loud it flew off.
+ fr situation n | Je lisais au jardin quand un rouge-gorge s'est posé sur le bord de mon livre, et j'ai ri si fort qu'il s'est envolé.
en situation n | Grandpa's been reading bedtime stories to the kids over video call, pulling a face for every dragon. Cheerful lights, please.
+ fr situation n | Papi lit les histoires du soir aux enfants en visio, avec une grimace pour chaque dragon. Lumière gaie, s'il te plaît.
en typo n | was reading on the train and the guy next to me was reading the SAME book, we swapped bookmarks lol so random and nice
+ fr typo n | je lisais dans le train et le mec a coté lisait le MEME livre, on a echangé nos marque-pages mdr trop sympa

# trap: cinq
fr situation n | Cinq minutes de pause au soleil avec ma collègue, un carré de chocolat chacune, et l'après-midi a changé de couleur.
+ en situation n | Five minutes' break in the sun with my colleague, a square of chocolate each, and the afternoon changed colour.
fr situation n | Le petit a compté jusqu'à cinq en anglais pour la première fois, puis il a salué comme au théâtre.
+ en situation n | The little one counted to five in English for the first time, then took a bow like on stage.
fr situation n | Cinq ans de mariage ce soir, et mon mari m'a fait des pâtes en forme de cœur, un peu trop cuites. Mets une ambiance joyeuse.
+ en situation n | Five years married tonight, and my husband made me heart-shaped pasta, slightly overcooked. Put on something cheerful.
fr slang_emoji n | 5 chatons chez la voisine, elle m'a invitée à les voir et ils m'ont mordillé les lacets 🥹🐱
+ en slang_emoji n | 5 kittens at the neighbour's, she invited me round and they nibbled my shoelaces 🥹🐱

# trap: out
en situation n | The sun came out just as we sat down for the picnic, and my niece announced it was because she'd asked nicely.
+ fr situation n | Le soleil est sorti pile quand on s'est assis pour le pique-nique, et ma nièce a annoncé que c'était parce qu'elle l'avait demandé poliment.
en situation n | Took the kids out for pancakes before school, and the waitress drew smiley faces in their whipped cream.
+ fr situation n | J'ai emmené les enfants manger des pancakes avant l'école, et la serveuse a dessiné des smileys dans leur chantilly.
en situation n | My flatmate and I went out for bread and ended up humming along with an accordion player on the corner.
+ fr situation n | Avec ma coloc, on est sorties chercher du pain et on a fini par fredonner avec un accordéoniste au coin de la rue.
en situation n | The cat worked out how to get out onto the balcony, and now he says hello to everyone walking past below.
+ fr situation n | Le chat a compris comment sortir sur le balcon, et maintenant il dit bonjour à tous les passants en bas.

# trap: own
en situation n | My son made his own sandwich for the first time, jam, ham and one crisp on top, and served it to me with a bow.
+ fr situation n | Mon fils a fait son propre sandwich pour la première fois, confiture, jambon et une chips dessus, et me l'a servi avec une révérence.
en situation n | Our neighbour grows his own grapes on the balcony and passed me a bunch over the railing this morning.
+ fr situation n | Notre voisin fait pousser son propre raisin sur son balcon et m'en a tendu une grappe par-dessus la rambarde ce matin.
en situation n | My daughter made up her own little song about the cat and sings it every time he walks into the room.
+ fr situation n | Ma fille a inventé sa propre petite chanson sur le chat et la chante chaque fois qu'il entre dans la pièce.
fr situation n | Mon fils a voulu façonner son propre pain, il a modelé une tortue et elle trône au milieu de la table.
+ en situation n | My son wanted to shape his own loaf, he made a tortoise and it's sitting proudly in the middle of the table.

# trap: gave
en situation n | The old man on the bench gave my toddler a handful of crumbs, and they fed the ducks side by side, both giggling.
+ fr situation n | Le vieux monsieur du banc a donné une poignée de miettes à mon petit, et ils ont nourri les canards côte à côte en gloussant.
en situation n | The postman gave my son the rubber band ball he's been making for years, and it bounces all over the hallway.
+ fr situation n | Le facteur a donné à mon fils la boule d'élastiques qu'il fabrique depuis des années, et elle rebondit dans tout le couloir.
en situation n | My colleague gave everyone on the floor a tomato from her allotment, each with a little name tag on it.
+ fr situation n | Ma collègue a donné à tout l'étage une tomate de son jardin ouvrier, chacune avec une petite étiquette à notre nom.
fr situation n | Le pharmacien a donné à ma fille un autocollant de girafe, elle l'a gardé collé sur le front toute la journée.
+ en situation n | The pharmacist gave my daughter a giraffe sticker, and she kept it stuck on her forehead all day.

# trap: moitié
fr situation n | Mon fils m'a donné la moitié de son croissant sans que je demande, la plus petite moitié, mais quand même.
+ en situation n | My son gave me half his croissant without me asking, the smaller half, but still.
fr situation n | À la moitié du film, le chien s'est mis à ronfler plus fort que les acteurs, impossible de s'arrêter de rire.
+ en situation n | Halfway through the film the dog started snoring louder than the actors, and we couldn't stop laughing.
fr situation n | Ma voisine m'a apporté la moitié de sa tarte aux mirabelles, encore tiède, dans son vieux moule à fleurs.
+ en situation n | My neighbour brought me half of her mirabelle plum tart, still warm, in her old flowery tin.
fr typo n | la moitié de la classe de ma fille est venue a son gouter deguisée en dinosaure mdr la maison est un zoo
+ en typo n | half my daughters class came to her party dressed as dinosaurs lol the house is a zoo

# trap: dit
fr situation n | La dame de la cantine a dit à ma fille qu'elle avait le plus beau sourire de l'école, elle me l'a répété dix fois.
+ en situation n | The dinner lady told my daughter she had the best smile in the school, and she's repeated it to me ten times.
fr situation n | Mon fils a dit « merci madame » à la caissière sans qu'on le lui souffle, et elle lui a fait un énorme sourire.
+ en situation n | My son said "thank you, madam" to the cashier without any prompting, and she gave him a huge smile.
fr situation n | Le facteur m'a dit bonjour en chantant, il répète pour la chorale du village samedi.
+ en situation n | The postman sang his good morning to me, he's rehearsing for the village choir on Saturday.
fr situation n | Papi a dit le bénédicité en rimes à table, et même la tante la plus sérieuse a pouffé dans sa serviette.
+ en situation n | Grandad said grace in rhyme at the table, and even the most serious aunt snorted into her napkin.

# trap: there
en situation n | There was a tiny snowman on my car bonnet this morning, with a carrot nose and a note from the kids next door.
+ fr situation n | Il y avait un mini bonhomme de neige sur le capot de ma voiture ce matin, avec un nez en carotte et un mot des enfants d'à côté.
en situation n | There's a cat at the hardware shop who sits on the till and gets a stroke from every single customer.
+ fr situation n | À la quincaillerie, il y a un chat assis sur la caisse qui se fait caresser par chaque client.
en situation n | We got there late for the school fair, but the lady on the cake stand had saved us the last slice of lemon cake.
+ fr situation n | On est arrivés en retard à la kermesse, mais la dame du stand de gâteaux nous avait gardé la dernière part de gâteau au citron.

# trap: père
fr situation n | Mon père a découvert les messages vocaux et m'envoie maintenant ses chansons sous la douche, avec l'écho.
+ en situation n | My dad has discovered voice messages and now sends me his shower songs, echo and all.
fr situation n | Mon père s'est déguisé en pirate pour l'anniversaire de mon fils et il a gardé le bandeau tout le repas.
+ en situation n | My dad dressed up as a pirate for my son's birthday and kept the eye patch on for the whole meal.
fr situation n | Mon beau-père a planté des tournesols le long du garage, ils le dépassent d'une tête et il pose à côté tous les matins.
+ en situation n | My father-in-law planted sunflowers along the garage, they're a head taller than him and he poses next to them every morning.
fr situation n | Le père Noël du centre commercial a fait un check à mon fils et lui a demandé des nouvelles de son hamster.
+ en situation n | The shopping-centre Father Christmas fist-bumped my son and asked him how his hamster was doing.

# trap: avant
fr situation n | Avant de partir au travail, j'ai trouvé un dessin de soleil glissé dans la poche de mon manteau.
+ en situation n | Before leaving for work I found a drawing of a sun slipped into my coat pocket.
fr situation n | Juste avant la fermeture, le fleuriste m'a laissé les dernières pivoines pour le prix d'une seule. Mets quelque chose de lumineux.
+ en situation n | Just before closing, the florist let me have the last peonies for the price of one. Put on something bright.
fr situation n | Avant le match des petits, les deux équipes ont fait une ronde au milieu du terrain en chantant une comptine.
+ en situation n | Before the little ones' match, both teams held hands in a circle in the middle of the pitch and sang a nursery rhyme.
fr situation n | Le chat s'est couché sur le clavier juste avant la visio et a écrit « zzzzzzz » dans la discussion de l'équipe.
+ en situation n | The cat lay down on my keyboard just before the video call and typed "zzzzzzz" into the team chat.

# trap: lui
fr situation n | Ma coloc a raté son gâteau, je lui ai planté une bougie dedans quand même et on a chanté pour rien.
+ en situation n | My flatmate's cake flopped, I stuck a candle in it anyway and we sang for no reason.
fr situation n | Le facteur avait un colis pour moi, je lui ai offert un café et il m'a raconté sa tournée en rigolant.
+ en situation n | The postman had a parcel for me, I offered him a coffee and he told me all about his round, laughing.
fr situation n | Mon grand-père a reçu une carte de ses arrière-petits-enfants, je la lui ai lue et il riait comme un gamin.
+ en situation n | My grandfather got a card from his great-grandchildren, I read it to him and he laughed like a kid.
fr situation n | Le chien de la boulangère m'attend chaque matin, je lui gratte l'oreille et il m'escorte jusqu'au coin de la rue.
+ en situation n | The baker's dog waits for me every morning, I scratch his ear and he escorts me to the corner.

# trap: everyday words (mois, depuis, vendredi, jours, fils, mère, frère, enfants, euros, kilomètres, six)
fr situation n | Ça fait un mois que la boulangère me garde une baguette pas trop cuite, sans que je lui aie jamais rien demandé.
+ en situation n | For a month now the baker has been putting aside a not-too-crusty baguette for me, without me ever asking.
fr situation n | Depuis que le marchand de glaces s'est installé en bas, les enfants rentrent de l'école en courant et en chantant.
+ en situation n | Ever since the ice-cream man set up downstairs, the kids run home from school singing.
fr situation n | Vendredi soir, frites devant un dessin animé, et le petit a chanté le générique à tue-tête avec de la sauce sur le nez.
+ en situation n | Friday night, chips in front of a cartoon, and the little one belted out the theme tune with ketchup on his nose.
fr situation n | Tous les jours à midi, un merle vient chanter sur la rambarde, et ma collègue l'a baptisé Jean-Michel.
+ en situation n | Every day at noon a blackbird comes and sings on the railing, and my colleague has named him Jean-Michel.
fr situation n | Mon fils a appris une blague à l'école et me la raconte toujours à l'envers, la chute en premier, on rit quand même.
+ en situation n | My son learned a joke at school and always tells it backwards, punchline first, and we laugh anyway.
fr situation n | Ma mère a repeint sa boîte aux lettres en jaune canari, et tout le quartier lui en parle en passant.
+ en situation n | My mum painted her letterbox canary yellow, and the whole neighbourhood mentions it as they walk past.
fr slang_emoji n | mon frère m'a envoyé son chat déguisé en citrouille 🎃😂 j'ai ri toute la pause déj
+ en slang_emoji n | my brother sent me his cat dressed as a pumpkin 🎃😂 laughed through my whole lunch break
fr situation n | Les enfants ont organisé un défilé de mode avec mes vieux chapeaux dans le salon, musique et applaudissements compris.
+ en situation n | The kids put on a fashion show with my old hats in the living room, music and applause included.
fr situation n | Pour deux euros au vide-grenier, mon fils a eu un camion de pompiers qui fait pin-pon, et il le fait rouler dans toute la maison.
+ en situation n | For two euros at the car boot sale my son got a fire engine that goes nee-naw, and he's driving it all round the house.
fr situation n | Trois kilomètres de balade à vélo, et la petite a sonné sa sonnette devant chaque vache du chemin.
+ en situation n | Three kilometres of bike ride, and the little one rang her bell at every single cow along the lane.
fr situation n | Six œufs ce matin au poulailler, et les enfants les ont portés jusqu'à la cuisine comme des trésors. Lumière du matin, joyeuse, s'il te plaît.
+ en situation n | Six eggs in the hen house this morning, and the kids carried them to the kitchen like treasure. Cheerful morning light, please.

# trap: everyday words (years, month, night, baby, dog, told, again, without, thirty)
en situation n | Thirty years married and Dad still leaves Mum a silly doodle on the shopping list every week.
+ fr situation n | Trente ans de mariage et papa laisse toujours un petit dessin idiot à maman sur la liste de courses chaque semaine.
en situation n | Every night this month my son has insisted on saying goodnight to the neighbour's cat through the window.
+ fr situation n | Tous les soirs ce mois-ci, mon fils a tenu à dire bonne nuit au chat des voisins par la fenêtre.
en situation n | The baby discovered her own feet today and keeps grabbing them and chuckling at them.
+ fr situation n | Le bébé a découvert ses pieds aujourd'hui et n'arrête pas de les attraper en gloussant.
en situation n | The dog met me at the door with one of my socks in his mouth, wagging his whole body.
+ fr situation n | Le chien m'a accueilli à la porte avec une de mes chaussettes dans la gueule, en remuant tout son corps.
en situation n | The bus driver told my son he was the best passenger of the week, and he's been sitting up straight ever since.
+ fr situation n | Le chauffeur de bus a dit à mon fils qu'il était le meilleur passager de la semaine, et depuis il se tient tout droit.
en situation n | My husband sang in the car again, every word wrong and without a shred of shame, and the kids joined in.
+ fr situation n | Mon mari a encore chanté en voiture, toutes les paroles fausses et sans la moindre honte, et les enfants ont suivi.
en wish n c=yellow;orange b=bright | Our neighbour's twins just brought us a bunch of dandelions "for the vase", so sweet. Sunny yellow and orange, please!
+ fr wish n c=yellow;orange b=bright | Les jumeaux des voisins viennent de nous apporter un bouquet de pissenlits « pour le vase », trop mignons. Jaune et orange solaires, s'il te plaît !
"""

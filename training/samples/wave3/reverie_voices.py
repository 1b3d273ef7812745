"""reverie: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le linge tourne dans le hublot et ma tête tourne avec, très loin d'ici.
+ en situation n | The washing's spinning in the drum and my head's spinning off with it, miles from here.
fr situation l | Balai à la main, arrêtée au milieu du couloir, je suis sur un quai à Lisbonne.
+ en situation l | Broom in hand, stopped in the middle of the hallway, I'm on a quay in Lisbon.
en situation n | Hoovering the stairs and somehow I've opened a bakery in a Cornish fishing village.
+ fr situation n | Je passe l'aspirateur dans l'escalier et, je ne sais comment, j'ai ouvert une boulangerie dans un port de Cornouailles.
fr situation n | Vaisselle finie depuis dix minutes, je suis toujours devant l'évier à regarder la cour.
+ en situation n | Dishes done ten minutes ago, and I'm still at the sink staring out at the yard.
fr situation n | Je range la boîte à boutons et chaque bouton devient un manteau, une personne, une ville. Mets-moi une ambiance douce.
+ en situation n | Sorting the button tin and every button turns into a coat, a person, a town. Give me something soft.
en situation l | Folding fitted sheets, or rather not folding them, just staring at the pattern and drifting.
+ fr situation l | Je plie les draps housses, enfin, je les regarde surtout, le motif m'emmène ailleurs.
fr situation n | Vendredi soir, chaussettes sur le radiateur, la tête quelque part dans un chalet des Grisons.
+ en situation n | Friday night, socks on the radiator, head somewhere in a chalet in the Grisons.
# situations: cooking and food
fr situation n | La soupe mijote, je fixe la buée sur la fenêtre et j'y dessine une île.
+ en situation n | Soup's simmering, I'm staring at the steam on the window and drawing an island in it.
en situation n | Waiting for the kettle, and I've already sailed halfway round the Hebrides in my head.
+ fr situation n | J'attends que la bouilloire chauffe et j'ai déjà fait la moitié du tour des Hébrides dans ma tête.
fr situation n | Je casse les œufs au ralenti, j'imagine une cuisine avec vue sur le lac Léman.
+ en situation n | Cracking the eggs in slow motion, picturing a kitchen with a view over Lake Geneva.
fr situation l | Poutine refroidie devant moi, je regardais la neige tomber sur la rue Saint-Denis.
+ en situation l | My poutine's gone cold in front of me, I was watching the snow fall on Rue Saint-Denis.
en situation n | Vegemite toast in one hand, staring at the jacaranda, not really in Brisbane any more.
+ fr situation n | Une tartine de Vegemite à la main, je fixe le jacaranda, je ne suis plus vraiment à Brisbane.
fr situation n | Je remue le risotto en m'inventant une trattoria au bout d'une jetée. Lumière assortie, s'il te plaît.
+ en situation n | Stirring the risotto and making up a little trattoria at the end of a pier. Lights to match, please.
fr situation l | Les frites sont prêtes, mais moi je suis encore sur la digue d'Ostende, en pensée.
+ en situation l | The chips are ready, but I'm still out on the Ostend seafront in my head.
# situations: pets
fr situation n | Le chat regarde dans le vide, moi aussi, on est partis ensemble.
+ en situation n | The cat's staring into space, so am I, we've gone off together.
en situation n | Walking the dog along the Liffey and I've invented a whole past life for every swan.
+ fr situation n | Je promène le chien le long de la Liffey et j'ai inventé une vie antérieure à chaque cygne.
fr situation l | Le lapin grignote, j'imagine une forêt où il serait roi.
+ en situation l | The rabbit's nibbling away and I'm imagining a forest where he's king.
fr situation n | Les poissons de l'aquarium tournent, je leur construis une ville engloutie avec des ponts.
+ en situation n | The fish are circling and I'm building them a sunken city with bridges.
en situation l | The dog's asleep on my feet and I'm somewhere in the Rockies in a log cabin.
+ fr situation l | Le chien dort sur mes pieds et moi je suis quelque part dans les Rocheuses, dans une cabane en rondins.
fr situation n | La jument broute au fond du pré, je la regarde et je traverse l'Irlande au galop dans ma tête.
+ en situation n | The mare's grazing at the far end of the field, I watch her and gallop across Ireland in my head.
# situations: children and parenting
fr situation n | Le petit dort enfin, je reste assise dans le noir à imaginer ses rêves.
+ en situation n | The little one's finally asleep, I'm sitting in the dark imagining his dreams.
en situation n | School run done, parked outside Tesco, and I've just sat here picturing a house by the sea.
+ fr situation n | Les enfants déposés à l'école, garée devant le supermarché, je reste là à imaginer une maison au bord de la mer.
fr situation n | Ma fille me demande où vont les nuages la nuit, et je n'ai toujours pas fini d'y penser.
+ en situation n | My daughter asked where clouds go at night, and I still haven't finished thinking about it.
fr situation l | Attente devant la garderie, le regard sur le toboggan vide, ailleurs.
+ en situation l | Waiting outside the after-school club, eyes on the empty slide, somewhere else.
fr situation n | Au bord du terrain de soccer à Laval, je ne suis plus le match, je suis les outardes.
+ en situation n | At the edge of the soccer field in Laval, I'm not following the game, I'm following the geese.
en situation n | Bedtime story's over, kids asleep, and I'm still inventing chapter seven. Something dreamy on the speaker.
+ fr situation n | L'histoire du soir est finie, les enfants dorment, et j'invente encore le chapitre sept. Un truc rêveur dans l'enceinte.
fr situation n | Mon fils a dessiné une baleine qui vole, je la regarde et je monte dessus.
+ en situation n | My son drew a flying whale, I look at it and climb on board.
# situations: partner and dating
fr situation n | Il me parle du budget, j'entends rien, je nous vois vivre sur une péniche à Gand.
+ en situation n | He's talking budgets, I'm not hearing a word, I'm picturing us living on a barge in Ghent.
en situation l | Her head on my shoulder on the couch, the telly murmuring, and I'm off somewhere warm.
+ fr situation l | Sa tête sur mon épaule, la télé qui murmure, et je suis parti quelque part au soleil.
fr situation n | Deuxième rendez-vous demain, et ce soir j'imagine déjà nos vacances en Gaspésie.
+ en situation n | Second date tomorrow, and tonight I'm already picturing our holidays on the Gaspé Peninsula.
fr situation n | Je le regarde dormir et j'invente la maison qu'on aurait en Ardèche, pièce par pièce.
+ en situation n | I watch him sleep and invent the house we'd have in the Ardèche, room by room.
en situation n | We're stuck on the M25 and I've planned our entire imaginary life in Tuscany. Set the mood for that.
+ fr situation n | Bloqués sur le périphérique de Londres, j'ai planifié toute notre vie imaginaire en Toscane. Mets l'ambiance qui va avec.
# situations: friends
fr situation n | Apéro sur la terrasse, les copains rigolent, moi je regarde les martinets et je décroche.
+ en situation n | Drinks on the terrace, my mates are laughing, I'm watching the swifts and drifting off.
en situation l | Mate's telling a story at the pub in Galway and I'm lost in the fiddle music.
+ fr situation l | Mon pote raconte une histoire au pub à Galway et moi je suis perdu dans le violon.
fr situation n | On attend la raclette chez Léa à Sion, je regarde la montagne par la fenêtre, complètement ailleurs.
+ en situation n | Waiting for the raclette at Léa's in Sion, I'm looking at the mountain out the window, totally elsewhere.
fr situation n | Ma copine me raconte son tour du Japon, et je me suis déjà assise dans un onsen sous la neige.
+ en situation n | My friend's telling me about her trip round Japan, and I'm already sitting in a snowy onsen.
# situations: extended family
fr situation n | Repas chez tante Josée, tout le monde parle fort, moi je compte les flocons dehors.
+ en situation n | Dinner at Aunt Josée's, everyone's talking loudly, I'm counting snowflakes outside.
en situation l | Gran's telling the same story again and I'm gazing at her garden, far away.
+ fr situation l | Mamie raconte encore la même histoire et moi je contemple son jardin, très loin d'ici.
fr situation n | Baptême de mon neveu, l'orgue joue et je me retrouve sous une voûte d'étoiles inventée.
+ en situation n | My nephew's christening, the organ's playing and I find myself under a made-up vault of stars.
fr situation n | Chez mon cousin à Namur, je fixe la Meuse depuis le balcon et je la remonte jusqu'à la source.
+ en situation n | At my cousin's in Namur, staring at the Meuse from the balcony and following it all the way to its source.
en situation n | Thanksgiving at my uncle's in Ohio, pie in hand, staring at the cornfields and gone.
+ fr situation n | Thanksgiving chez mon oncle dans l'Ohio, une part de tarte à la main, les yeux sur les champs de maïs, partie.
# situations: neighbours
fr situation n | La voisine chante en étendant son linge, je m'invente qu'on est dans une comédie musicale.
+ en situation n | The neighbour's singing while she hangs her washing, I pretend we're in a musical.
en situation l | Next door's wind chimes again, and I'm on a veranda in Queensland that doesn't exist.
+ fr situation l | Encore les carillons d'à côté, et je suis sur une véranda du Queensland qui n'existe pas.
fr situation n | Le voisin d'en face allume ses guirlandes, et je pars en traîneau dans une forêt de Laponie.
+ en situation n | The guy across the road turns on his fairy lights, and I'm off on a sleigh through a Lapland forest.
fr situation n | Je regarde les fenêtres de l'immeuble d'en face et j'invente ce qu'ils mangent ce soir. Mets quelque chose qui colle.
+ en situation n | Looking at the windows opposite and making up what everyone's having for dinner. Put on something that fits.
# situations: school and exams
fr situation n | Cours de géo, la carte du Canada au mur, moi je pagaie sur un lac du Yukon.
+ en situation n | Geography class, map of Canada on the wall, and I'm paddling a lake in the Yukon.
en situation n | GCSE revision open on my desk and I've been designing a treehouse for an hour.
+ fr situation n | Mes révisions du brevet ouvertes sur le bureau, et ça fait une heure que je dessine une cabane dans un arbre.
fr situation l | Dictée en cours, je regarde le marronnier de la cour et je pars avec le vent.
+ en situation l | Dictation in class, I'm watching the chestnut tree in the yard and drifting off with the wind.
fr situation n | Épreuve de maturité dans une heure, et je suis là à imaginer le lac de Neuchâtel en été.
+ en situation n | Final exams in an hour, and here I am picturing Lake Neuchâtel in summer.
fr situation n | Au cégep, la prof parle de Balzac et moi je suis dans une diligence sous la pluie.
+ en situation n | At CEGEP the teacher's on about Balzac and I'm in a stagecoach in the rain.
en situation l | Year 11 maths, doodling rockets in the margin, nowhere near the Pythagoras theorem.
+ fr situation l | Maths en troisième, je dessine des fusées dans la marge, à des kilomètres du théorème de Pythagore.
# situations: university
fr situation n | Bibliothèque de l'ULB, j'ai lu la même ligne dix fois, je suis dans un roman à moi.
+ en situation n | ULB library, read the same line ten times, I'm in a novel of my own.
en situation n | Lecture at Trinity, rain on the tall windows, and I'm miles away on a boat.
+ fr situation n | Cours à Trinity, la pluie sur les grandes fenêtres, et moi je suis très loin sur un bateau.
fr situation n | Mémoire à rendre vendredi, et je regarde les goélands sur le toit de la fac en leur inventant des vies.
+ en situation n | Dissertation due Friday, and I'm watching the gulls on the uni roof, inventing lives for them.
fr situation l | Entre deux cours à McGill, assise sur la pelouse, à suivre les écureuils sans penser à rien.
+ en situation l | Between classes at McGill, sitting on the lawn, following the squirrels and thinking of nothing.
# situations: office work
fr situation n | Réunion budget, la prez en est à la slide 34, je suis sur un voilier en Bretagne.
+ en situation n | Budget meeting, the deck's on slide 34, I'm on a sailboat in Brittany.
en situation n | Stand-up's dragging on and I'm staring at the Sydney Harbour Bridge, picturing myself climbing it.
+ fr situation n | Le stand-up s'éternise et je fixe le Harbour Bridge de Sydney en m'imaginant grimper dessus.
fr situation l | Le curseur clignote sur mon mail vide depuis un quart d'heure, je suis ailleurs.
+ en situation l | The cursor's been blinking on my blank email for fifteen minutes, I'm somewhere else.
fr situation n | Pause café à la Défense, je regarde les tours et j'imagine des jardins suspendus partout.
+ en situation n | Coffee break at La Défense, looking at the towers and imagining hanging gardens everywhere.
fr situation n | Télétravail à Lausanne, le lac brille, et mon tableur attend depuis une heure. Lumière adaptée, s'il te plaît.
+ en situation n | Working from home in Lausanne, the lake's shining, and my spreadsheet's been waiting an hour. Lights to suit, please.
en situation l | Filing receipts and gazing at the clock, imagining it's a door to somewhere else.
+ fr situation l | Je classe des reçus en fixant l'horloge, comme si c'était une porte vers ailleurs.
# situations: manual trades
fr situation n | Perché sur l'échelle, pinceau à la main, je regarde la Loire et je m'arrête de peindre.
+ en situation n | Up the ladder with my brush, I'm looking at the Loire and I've stopped painting.
en situation n | Laying bricks in Melbourne sun and in my head I'm building a castle on a cliff.
+ fr situation n | Je pose des briques sous le soleil de Melbourne et dans ma tête je bâtis un château sur une falaise.
fr situation n | Le plombier que je suis fixe un tuyau depuis cinq minutes, parti dans une ville de canalisations.
+ en situation n | Me, the plumber, staring at a pipe for five minutes, off in a city made of pipes.
fr situation l | À l'atelier de couture, la machine ronronne et je couds une robe pour un bal imaginaire.
+ en situation l | In the sewing workshop, the machine hums and I'm stitching a dress for an imaginary ball.
# situations: healthcare and hospitals
fr situation n | Salle d'attente du CLSC, une affiche de la Côte-Nord, et je marche déjà sur la grève.
+ en situation n | CLSC waiting room, a poster of the North Shore, and I'm already walking on the beach.
en situation l | Lying in the dentist's chair, staring at the ceiling tiles, building little towns out of them.
+ fr situation l | Allongé chez le dentiste, je fixe les dalles du plafond et j'en fais des petites villes.
fr situation n | Nuit calme à l'hôpital de Genève, je regarde le jet d'eau éclairé et je m'envole avec.
+ en situation n | Quiet night shift at Geneva hospital, watching the lit-up Jet d'Eau and floating off with it.
fr situation n | Sous perfusion, les gouttes tombent une à une et chacune devient une petite planète.
+ en situation n | On the drip, the drops fall one by one and each one becomes a tiny planet.
# situations: illness and the body
fr situation l | Fiévreux sous la couette, les motifs des rideaux se mettent à danser.
+ en situation l | Feverish under the duvet, the patterns on the curtains start dancing.
en situation n | Off sick with the flu, watching the rain over Manchester and making up a whole saga.
+ fr situation n | Arrêté pour la grippe, je regarde la pluie sur Manchester et j'invente une saga entière.
fr situation n | Kiné terminé, allongée sur la table, j'ai traversé le Sahara en rêve éveillé.
+ en situation n | Physio over, lying on the table, I crossed the Sahara in a waking dream.
# situations: sport, amateur and watching
fr situation n | Tour de piste au stade, au huitième tour je suis coureur dans un désert rouge.
+ en situation n | Running laps at the track, by lap eight I'm a runner crossing a red desert.
en situation n | Watching the cricket at the MCG, lost count of the overs, watching the shadows instead.
+ fr situation n | Match de cricket au MCG, j'ai perdu le compte des overs, je regarde les ombres à la place.
fr situation l | Sur le banc au hockey de mon fils, la Zamboni passe et je glisse avec elle, ailleurs.
+ en situation l | On the bench at my son's hockey game, the Zamboni goes by and I glide off with it.
fr situation n | Golf du dimanche, j'oublie de jouer, je regarde les collines et je m'invente un château écossais.
+ en situation n | Sunday golf, I forget to play, I'm looking at the hills and inventing a Scottish castle.
en situation n | Surf's flat at Bondi, so I'm just floating on my board making up stories about the clouds.
+ fr situation n | Pas de vagues à Bondi, alors je flotte sur ma planche en inventant des histoires aux nuages.
fr situation n | Match de foot du Standard à la télé, et moi je regarde la pluie dans les projecteurs.
+ en situation n | Standard Liège game on telly, and I'm watching the rain falling in the floodlights.
# situations: games and video games
fr situation n | Dans le jeu, j'ai posé la manette et je regarde juste la mer virtuelle.
+ en situation n | In the game, I've put the controller down and I'm just watching the virtual sea.
en situation l | Loading screen's been up for ages and I'm lost in the artwork, making up the story.
+ fr situation l | L'écran de chargement est là depuis une éternité et je me perds dans l'illustration, j'invente l'histoire.
fr situation n | Partie de Carcassonne, j'ai oublié que c'était mon tour, j'étais en train de visiter ma propre ville.
+ en situation n | Game of Carcassonne, forgot it was my turn, I was off touring my own little town.
fr situation n | Je joue aux cartes avec papi à Liège et mes pensées partent dans une tour au bord de la mer. Mets un truc planant.
+ en situation n | Playing cards with grandad in Liège and my thoughts wander off to a tower by the sea. Put on something floaty.
# situations: music and concerts
fr situation n | Le piano de la gare Saint-Lazare, quelqu'un joue, et je rate mon train sans regret.
+ en situation n | The piano at Gare Saint-Lazare, someone's playing, and I miss my train without a care.
en situation n | Harp music at the Cork folk festival, eyes closed, I'm flying over green fields.
+ fr situation n | De la harpe au festival folk de Cork, les yeux fermés, je survole des champs tout verts.
fr situation n | Casque sur les oreilles, album de Sigur Rós, et le salon devient un glacier. Ambiance assortie, stp.
+ en situation n | Headphones on, Sigur Rós album, and the living room turns into a glacier. Matching mood, please.
fr situation l | Au Festival de jazz de Montréal, un saxo au loin, et je marche sur un nuage.
+ en situation l | At the Montreal Jazz Fest, a sax in the distance, and I'm walking on a cloud.
en situation n | Someone's busking Debussy on Grafton Street and I've completely forgotten where I was going.
+ fr situation n | Quelqu'un joue du Debussy dans Grafton Street et j'ai complètement oublié où j'allais.
# situations: films, series and books
fr situation n | Roman fini à minuit, je reste assise dans le noir avec ses personnages.
+ en situation n | Finished the novel at midnight, I'm sitting in the dark with its characters.
en situation n | The film ended twenty minutes ago and I'm still walking through its forest in my head.
+ fr situation n | Le film s'est terminé il y a vingt minutes et je me promène encore dans sa forêt.
fr situation n | Je relis Le Petit Prince et je cherche l'astéroïde B 612 au plafond. Lumière tamisée, merci.
+ en situation n | Re-reading The Little Prince and looking for asteroid B 612 on the ceiling. Dim the lights, thanks.
fr situation l | BD de Tintin ouverte sur les genoux, je suis dans la fusée, pas dans mon salon.
+ en situation l | Tintin comic open on my knees, I'm in the rocket, not in my living room.
en situation l | Audiobook on, eyes shut on the Greyhound, somewhere between Toronto and a fairy tale.
+ fr situation l | Livre audio dans les oreilles, les yeux fermés dans le Greyhound, entre Toronto et un conte de fées.
# situations: travel and transport
fr situation n | Dans le tram à Bruxelles, le front contre la vitre, je me crois à Prague en 1920.
+ en situation n | On the tram in Brussels, forehead against the glass, I'm convinced I'm in Prague in 1920.
en situation n | Ferry to Tasmania, leaning on the rail, inventing a lighthouse keeper's life.
+ fr situation n | Ferry pour la Tasmanie, accoudée au bastingage, j'invente une vie de gardienne de phare.
fr situation n | Train Lausanne-Brigue, le Léman défile, j'ai posé mon livre et j'habite une des vignes.
+ en situation n | Lausanne to Brig train, the lake rolling by, I've put my book down and I live in one of the vineyards.
fr situation l | Dans le métro de Montréal, le bruit des roues me berce et je m'invente un voyage en Patagonie.
+ en situation l | On the Montreal metro, the rumble of the wheels rocks me and I make up a trip to Patagonia.
en situation n | Layover in Heathrow, watching planes take off, choosing a new life for each one.
+ fr situation n | Escale à Heathrow, je regarde les avions décoller et je me choisis une nouvelle vie pour chacun.
fr situation n | Le TGV pour Marseille, le paysage défile, j'ai construit une maison dans chaque village. Accompagne ça en douceur.
+ en situation n | TGV to Marseille, the countryside rushing by, I've built a house in every village. Something gentle to go with it.
# situations: cars and driving
fr situation n | Au lave-auto, les rouleaux bleus tournent et je suis dans un sous-marin.
+ en situation n | At the car wash, the blue brushes spin and I'm in a submarine.
en situation n | Passenger seat down Route 66, just the road and my head inventing diners and ghost towns.
+ fr situation n | Côté passager sur la Route 66, juste la route et ma tête qui invente des diners et des villes fantômes.
fr situation l | Garé devant la mer à Knokke, moteur coupé, radio douce, je décroche.
+ en situation l | Parked facing the sea at Knokke, engine off, soft radio, I drift away.
fr situation n | Les essuie-glaces battent, les feux rouges se brouillent, et je conduis dans un vieux film.
+ en situation n | Wipers going, the red lights blurring, and I'm driving through an old film.
# situations: weather and nature
fr situation n | Le brouillard avale le Saint-Laurent, et j'imagine un bateau fantôme qui remonte le fleuve.
+ en situation n | Fog swallowing the St Lawrence, and I'm imagining a ghost ship sailing up the river.
en situation n | Big storm rolling over Perth, sitting on the porch, inventing the sky's next move.
+ fr situation n | Gros orage sur Perth, assis sur le porche, j'invente le prochain coup du ciel.
fr situation l | Première neige sur le Jura, je reste collée à la fenêtre, le café à la main.
+ en situation l | First snow on the Jura, I'm glued to the window, coffee in hand.
fr situation n | Le vent fait danser les peupliers, et j'entends une langue secrète dans leurs feuilles. Mets-moi une ambiance.
+ en situation n | The wind's making the poplars dance, and I hear a secret language in their leaves. Set the mood for me.
en situation l | Autumn leaves coming down in Vermont, just watching them spin, gone.
+ fr situation l | Les feuilles tombent dans le Vermont, je les regarde tourner, partie.
# situations: gardening
fr situation n | J'arrose les tomates et je m'invente un potager suspendu au-dessus de la ville.
+ en situation n | Watering the tomatoes and dreaming up a vegetable garden hanging over the city.
en situation n | Weeding the allotment in Leeds and I've drifted off to a walled garden in Provence.
+ fr situation n | Je désherbe mon jardin ouvrier à Leeds et me voilà partie dans un jardin clos en Provence.
fr situation l | Accroupie devant les capucines, je regarde une chenille et je lui invente un voyage.
+ en situation l | Crouched by the nasturtiums, watching a caterpillar and making up a journey for it.
fr situation n | Je plante des bulbes et je me vois déjà au printemps, marchant dans un champ de tulipes sans fin.
+ en situation n | Planting bulbs and already seeing myself in spring, walking through endless tulips.
# situations: money and bills
fr situation n | Ticket d'Euro Millions dans la poche, je meuble déjà mon riad à Essaouira.
+ en situation n | EuroMillions ticket in my pocket, I'm already furnishing my riad in Essaouira.
en situation l | Paying the electric bill and somehow ended up picturing a windmill cottage in Norfolk.
+ fr situation l | Je paie la facture d'électricité et je me retrouve à imaginer un moulin-cottage dans le Norfolk.
fr situation n | En faisant les comptes, je dessine des bateaux dans la colonne des dépenses.
+ en situation n | Doing the accounts, I'm drawing boats in the expenses column.
en situation n | Lotto Max jackpot's 70 million, so I'm designing my island off Nova Scotia. Lights to match, please.
+ fr situation n | Le Lotto Max est à 70 millions, alors je dessine mon île au large de la Nouvelle-Écosse. Lumière assortie, s'il te plaît.
# situations: administration and paperwork
fr situation n | File d'attente à la commune d'Ixelles, je m'invente une vie de funambule entre deux clochers.
+ en situation n | Queue at the Ixelles town hall, I'm inventing a life as a tightrope walker between two steeples.
en situation l | On hold with the tax office, the music's so bad it's good, and I'm off on a cruise.
+ fr situation l | En attente avec les impôts, la musique est si nulle qu'elle en devient belle, et je pars en croisière.
fr situation n | Formulaire de la SAAQ à moitié rempli, et je regarde les mouettes sur le parking.
+ en situation n | SAAQ form half filled in, and I'm watching the gulls in the car park.
fr situation l | Tampon, signature, tampon, et moi je suis sur une plage de Zanzibar.
+ en situation l | Stamp, signature, stamp, and I'm on a beach in Zanzibar.
# situations: technology and phones
fr situation n | Téléphone posé, écran noir, et je regarde mon reflet devenir quelqu'un d'autre.
+ en situation n | Phone down, screen black, and I'm watching my reflection turn into someone else.
en situation n | Google Earth open, dropped myself in a random village in Newfoundland, been there an hour.
+ fr situation n | Google Earth ouvert, je me suis posé dans un village au hasard à Terre-Neuve, j'y suis depuis une heure.
fr situation l | Mise à jour en cours, 47 %, et je regarde la barre comme une route vers nulle part.
+ en situation l | Update at 47%, and I'm watching the bar like a road to nowhere.
fr situation n | Le fond d'écran montre une forêt de séquoias, et ça fait dix minutes que j'y marche.
+ en situation n | My wallpaper's a redwood forest, and I've been walking through it for ten minutes.
# situations: internet and social media
fr situation n | Je scrolle des photos de phares en Irlande et je m'installe dans chacun, un à la fois.
+ en situation n | Scrolling photos of Irish lighthouses and moving into each one, one at a time.
en situation l | Watching a live cam of a Norwegian fjord at midnight, just the water, and I'm there.
+ fr situation l | Je regarde une webcam d'un fjord norvégien à minuit, juste l'eau, et j'y suis.
fr situation n | Une vidéo d'une cabane au Yukon, et j'ai déjà choisi où je mettrais mon fauteuil. Mets une lumière qui va avec.
+ en situation n | A video of a cabin in the Yukon, and I've already picked where my armchair goes. Lights to go with it.
fr situation l | Pinterest ouvert, je construis une maison en verre au milieu des bois.
+ en situation l | Pinterest open, building a glass house in the middle of the woods.
# situations: shopping
fr situation n | Rayon des épices à la Migros, un sachet de safran et me voilà sur un marché d'Isfahan.
+ en situation n | Spice aisle at Migros, a packet of saffron and I'm off in a market in Isfahan.
en situation n | Standing in IKEA's fake bedroom, already living there with a view over Stockholm.
+ fr situation n | Debout dans une fausse chambre d'IKEA, j'y vis déjà avec vue sur Stockholm.
fr situation l | Chez le fleuriste, je respire les pivoines et je m'invente un jardin anglais.
+ en situation l | At the florist's, breathing in the peonies and making up an English garden.
fr situation n | Caddie à moitié plein chez Loblaws, arrêtée devant les ananas, je suis à Hawaï.
+ en situation n | Trolley half full at Loblaws, stopped by the pineapples, I'm in Hawaii.
# situations: moving house
fr situation n | Appartement vide, je m'assois par terre et je place les meubles d'une vie qui commence.
+ en situation n | Empty flat, I sit on the floor and arrange the furniture of a life just starting.
en situation n | Unpacking in our new place in Adelaide and I keep stopping to picture who we'll be here.
+ fr situation n | Je déballe dans notre nouvelle maison à Adélaïde et je m'arrête sans cesse pour imaginer qui on sera ici.
fr situation l | Carton sur les genoux, je fixe la nouvelle fenêtre et je rêvasse au jardin futur.
+ en situation l | Box on my lap, staring at the new window and daydreaming about the garden to come.
# situations: holidays and celebrations
fr situation n | Réveillon fini, tout le monde dort, et je regarde les lumières du sapin clignoter. Tamise doucement.
+ en situation n | Christmas Eve's over, everyone's asleep, and I'm watching the tree lights blink. Dim it gently.
en situation n | Fourth of July fireworks over the lake and I'm inventing a story for each sparkle.
+ fr situation n | Feux du 4 juillet au-dessus du lac, et j'invente une histoire pour chaque étincelle.
fr situation l | Fête nationale suisse, les feux sur les crêtes, et je m'imagine berger il y a trois siècles.
+ en situation l | Swiss National Day, bonfires on the ridges, and I imagine I'm a shepherd three centuries ago.
fr situation n | Nuit de la Saint-Jean au Québec, le feu de joie crépite et je flotte au-dessus de la foule.
+ en situation n | Saint-Jean night in Quebec, the bonfire crackling, and I'm floating above the crowd.
# situations: religion and rituals
fr situation n | À la messe, les rayons passent par le vitrail et je monte avec la poussière dorée.
+ en situation n | At Mass, the light streams through the stained glass and I rise with the golden dust.
en situation l | Evensong at King's College, the voices go up and I go with them, somewhere high.
+ fr situation l | Office du soir à King's College, les voix montent et je monte avec elles, très haut.
fr situation n | Je regarde les bougies de la synagogue vaciller et mes pensées dérivent sans but.
+ en situation n | Watching the synagogue candles flicker and my thoughts drift off aimlessly.
# situations: old age and grandparents
fr situation n | À quatre-vingts ans, assis au soleil, je m'invente encore des voyages en Islande.
+ en situation n | Eighty years old, sitting in the sun, I'm still inventing trips to Iceland.
en situation l | Granny's asleep in her chair and I'm looking at her old globe, spinning it, dreaming.
+ fr situation l | Mamie dort dans son fauteuil et je fais tourner son vieux globe en rêvassant.
fr situation n | Dans le jardin de la résidence, je regarde les pigeons et je leur écris des lettres imaginaires.
+ en situation n | In the care home garden, watching the pigeons and writing them imaginary letters.
# situations: birth and pregnancy
fr situation n | Main sur le ventre, je dessine dans ma tête la chambre du bébé, avec des étoiles partout.
+ en situation n | Hand on my bump, sketching the nursery in my head, with stars everywhere.
en situation n | Thirty weeks along, lying in the bath, imagining the little voice saying my name.
+ fr situation n | Enceinte de trente semaines, allongée dans le bain, j'imagine la petite voix qui dira mon prénom.
fr situation l | Échographie ce matin, et depuis je regarde le profil flou en lui inventant un futur de marin.
+ en situation l | Scan this morning, and ever since I've been gazing at the blurry profile, inventing it a sailor's future.
# situations: DIY and repairs
fr situation n | Je vernis une vieille chaise et je m'imagine dans un atelier de luthier à Crémone.
+ en situation n | Varnishing an old chair and picturing myself in a violin-maker's workshop in Cremona.
en situation l | Sanding the deck in the sun, the rhythm of it, and my mind's gone off sailing.
+ fr situation l | Je ponce la terrasse au soleil, le rythme m'emporte, et mon esprit est parti en mer.
fr situation n | La perceuse attend sur l'établi, moi je regarde les hirondelles depuis l'échelle.
+ en situation n | The drill's waiting on the workbench, and I'm up the ladder watching the swallows.
# situations: night and sleep
fr situation n | Deux heures du matin, le radiateur cliquette, et je construis une ville dans le noir.
+ en situation n | Two in the morning, the radiator's ticking, and I'm building a city in the dark.
en situation n | Can't sleep in Dublin, counting the taxis' headlights sliding across the ceiling, off in dreamland.
+ fr situation n | Pas sommeil à Dublin, je compte les phares des taxis qui glissent au plafond, déjà au pays des rêves.
fr situation l | Au réveil, je reste dans le rêve de la nuit, je ne veux pas encore le quitter.
+ en situation l | Just woken up, I'm staying inside last night's dream, not ready to leave it yet.
fr situation n | Insomnie, fenêtre ouverte sur les grillons, j'invente la vie d'un phare en Gaspésie. Mets quelque chose de doux.
+ en situation n | Insomnia, window open onto the crickets, I'm inventing a lighthouse life on the Gaspé. Put on something soft.
# situations: city life
fr situation n | Terrasse à Montmartre, je regarde les toits de zinc et je me fais tout un film.
+ en situation n | Café terrace in Montmartre, looking at the zinc roofs and running a whole film in my head.
en situation n | On the top deck of the number 73, London sliding past, writing a novel in my head.
+ fr situation n | À l'étage du bus 73, Londres qui défile, j'écris un roman dans ma tête.
fr situation l | Quai de la Saône à Lyon, les reflets des lampadaires dans l'eau, je décroche.
+ en situation l | On the banks of the Saône in Lyon, the streetlight reflections in the water, I drift off.
fr situation n | Sur un banc du Vieux-Québec, les calèches passent, et je me crois en 1850.
+ en situation n | On a bench in Old Quebec, the horse carriages going past, and I'm convinced it's 1850.
en situation l | Central Park bench, pretzel forgotten in my hand, watching the skaters glide, miles away.
+ fr situation l | Banc de Central Park, le bretzel oublié dans la main, je regarde glisser les patineurs, très loin.
# situations: countryside and farming
fr situation n | Le colza jaune à perte de vue, et moi qui m'invente une mer dorée à traverser.
+ en situation n | Yellow rapeseed as far as the eye can see, and me inventing a golden sea to cross.
en situation n | Feeding the sheep on the farm outside Ballarat, sun going down, lost in it.
+ fr situation n | Je nourris les moutons à la ferme près de Ballarat, le soleil se couche, je m'y perds.
fr situation l | Adossée à une botte de paille en Normandie, les vaches ruminent, et mes idées flottent.
+ en situation l | Leaning on a hay bale in Normandy, the cows chewing, and my thoughts floating.
fr situation n | Le tracteur du voisin passe au loin, et j'imagine qu'il trace des routes pour des géants.
+ en situation n | The neighbour's tractor goes by in the distance, and I imagine it's laying roads for giants.
# situations: sea and mountains
fr situation n | Sur le sable de Deauville, le soleil bas, et je me vois partir à la nage jusqu'à l'Angleterre.
+ en situation n | On the sand at Deauville, the sun low, and I see myself swimming off to England.
en situation n | Top of Ben Nevis, mist everywhere, and I'm imagining I'm the last person on earth.
+ fr situation n | En haut du Ben Nevis, du brouillard partout, et je m'imagine être la dernière personne sur Terre.
fr situation l | Devant le Cervin rose au coucher, je ne pense plus à rien de précis.
+ en situation l | In front of the Matterhorn glowing pink at sunset, I'm no longer thinking of anything in particular.
fr situation n | Dans la télécabine à Whistler, je plane au-dessus des sapins comme un oiseau. Fais la lumière en conséquence.
+ en situation n | In the gondola at Whistler, gliding over the pines like a bird. Set the lights accordingly.
en situation l | Watching the tide come in at Cape Cod, counting the waves and losing count.
+ fr situation l | Je regarde la marée monter à Cape Cod, je compte les vagues et je perds le compte.
# situations: hobbies and crafts
fr situation n | Je tricote une écharpe et, rang après rang, je traverse la Norvège en train.
+ en situation n | Knitting a scarf and, row after row, I'm crossing Norway by train.
en situation n | Doing a watercolour of the harbour and the blues are taking me somewhere far away.
+ fr situation n | Je fais une aquarelle du port et les bleus m'emmènent quelque part très loin.
fr situation l | Puzzle de la Grand-Place, et je me promène entre les guildes à chaque pièce posée.
+ en situation l | Jigsaw of the Grand-Place, and I'm strolling between the guildhalls with every piece I fit.
fr situation n | Je taille un crayon pour dessiner et j'ai déjà inventé le pays que je vais dessiner.
+ en situation n | Sharpening a pencil to draw and I've already invented the country I'm going to draw.
# situations: volunteering
fr situation n | Au refuge de la SPA, je brosse un vieux chien et je lui invente une vie de chien de traîneau.
+ en situation n | At the animal shelter, brushing an old dog and inventing him a past as a sled dog.
en situation l | Sorting books at the charity shop in Cork, a Jules Verne in my hands, and I'm off.
+ fr situation l | Je trie des livres à la boutique solidaire de Cork, un Jules Verne dans les mains, et je suis parti.
fr situation n | Bénévole au festival, je tiens l'entrée et je regarde les lanternes en imaginant un royaume.
+ en situation n | Volunteering at the festival, manning the gate and watching the lanterns, imagining a kingdom.
# situations: politics and news
fr situation n | Les infos parlent d'élections, et moi je regarde la buée de mon café en rêvassant.
+ en situation n | The news is on about elections, and I'm watching the steam off my coffee, daydreaming.
en situation l | Question Time on in the background, and I've wandered off to a cottage in the Cotswolds.
+ fr situation l | Un débat politique en fond sonore, et je suis parti dans un cottage des Cotswolds.
# situations: science and discovery
fr situation n | Un reportage sur Europa, la lune de Jupiter, et je nage déjà sous sa glace.
+ en situation n | A documentary about Europa, Jupiter's moon, and I'm already swimming under its ice.
en situation n | Saw the aurora forecast for Alberta and I'm already lying in the snow under green skies.
+ fr situation n | J'ai vu les prévisions d'aurores pour l'Alberta et je suis déjà couchée dans la neige sous un ciel vert.
fr situation l | Au Musée d'histoire naturelle, devant un squelette de baleine, je nage avec elle.
+ en situation l | At the Natural History Museum, in front of a whale skeleton, I'm swimming with it.
# long
fr long n | Dimanche à Bruges. Il bruine sur les canaux. Je me suis assise sur un muret. Une barque passe et je monte dedans en pensée, jusqu'à la mer.
+ en long n | Sunday in Bruges. Drizzle over the canals. I sat down on a low wall. A boat goes by and in my head I climb aboard, all the way to the sea.
en long n | Night shift's quiet. The ward lights are low. I'm looking out at the car park lamps. In my head they're lanterns on a river in Laos.
+ fr long n | Garde de nuit tranquille. Les lumières du service sont basses. Je regarde les lampadaires du parking. Dans ma tête, ce sont des lanternes sur un fleuve au Laos.
fr long n | J'ai sorti la poubelle. Le ciel était tout violet au-dessus des toits. Je suis restée là, le sac à la main. Je crois que j'ai visité trois planètes.
+ en long n | I took the bin out. The sky was all purple over the rooftops. I just stood there, bag in hand. I think I visited three planets.
fr long n | Le prof de chimie explique les moles. Par la fenêtre, un ballon rouge s'envole. Je le suis jusqu'au-dessus des Alpes. Il m'interroge, évidemment.
+ en long n | The chemistry teacher's explaining moles. Out the window, a red balloon floats up. I follow it all the way over the Alps. He asks me a question, of course.
en long l | Snow day in Ottawa. Kids are sledding out back. I'm at the window with my tea. I've been making up the life of the snowman for an hour.
+ fr long l | Tempête de neige à Ottawa. Les enfants font de la luge derrière. Je suis à la fenêtre avec mon thé. Ça fait une heure que j'invente la vie du bonhomme de neige.
fr long n | Bouchons sur le ring d'Anvers. Un camion de cirque devant moi. Je me suis mis à imaginer les lions, les trapézistes, les villes traversées. J'ai presque raté la sortie.
+ en long n | Traffic jam on the Antwerp ring road. A circus lorry in front of me. I started picturing the lions, the trapeze artists, the towns they'd crossed. Nearly missed my exit.
fr long n | Ma grand-mère m'a envoyé une carte postale de Gstaad. Je l'ai posée contre la lampe. Depuis, je descends ses pentes en luge chaque soir avant de dormir.
+ en long n | My grandmother sent me a postcard from Gstaad. I propped it against the lamp. Since then, I sled down its slopes every night before sleep.
en long n | Laundromat in Brooklyn, 11 p.m. Just me and the dryers. The round windows look like portholes. I'm somewhere in the North Atlantic now.
+ fr long n | Laverie à Brooklyn, 23 h. Juste moi et les sèche-linge. Les hublots ressemblent à ceux d'un bateau. Je suis quelque part dans l'Atlantique Nord maintenant.
fr long n | J'ai fini ma journée au garage. Je suis assis sur le capot, les mains noires. Le soleil se couche sur la zone industrielle. Et j'imagine la route jusqu'au Cap Nord.
+ en long n | Done for the day at the garage. I'm sitting on the bonnet, hands black with grease. The sun's setting over the industrial estate. And I'm picturing the road all the way to the North Cape.
fr long l | Petit-déjeuner au chalet. La vallée est encore dans la brume. Les cloches des vaches tintent quelque part. Mon croissant attend, moi je suis dans les nuages.
+ en long l | Breakfast at the chalet. The valley's still in the mist. Cowbells ringing somewhere. My croissant's waiting, and I'm up in the clouds.
en long n | Picked up the kids from footy in Geelong. They fell asleep in the back. The paddocks were gold. I drove the long way just to keep dreaming.
+ fr long n | J'ai récupéré les enfants au foot australien à Geelong. Ils se sont endormis à l'arrière. Les prés étaient dorés. J'ai pris le chemin le plus long pour continuer à rêver.
fr long n | Marché de Noël de Strasbourg. J'ai un vin chaud dans les mains. La grande roue tourne lentement. Je m'y vois assis, et la ville devient une boîte à musique.
+ en long n | Strasbourg Christmas market. Mulled wine in my hands. The big wheel's turning slowly. I see myself up there, and the town becomes a music box.
fr long n | Je fais la queue à la boulangerie. La radio passe une valse. Une dame tient un bouquet de mimosa. Je suis déjà sur la Riviera, dans une autre époque.
+ en long n | Queuing at the bakery. The radio's playing a waltz. A lady's holding a bunch of mimosa. I'm already on the Riviera, in another era.
en long l | Power cut in the whole street. I lit a candle. The shadows on the wall started to move. I've been inventing their story ever since.
+ fr long l | Coupure de courant dans toute la rue. J'ai allumé une bougie. Les ombres sur le mur se sont mises à bouger. Depuis, j'invente leur histoire.
# negation
fr negation n | Mais non, je ne t'ignore pas, je suis juste sur une île des Açores dans ma tête.
+ en negation n | No, I'm not ignoring you, I'm just on an island in the Azores in my head.
en negation n | Not bored at all, I'm busy building a city in the clouds over Vancouver.
+ fr negation n | Pas du tout ennuyé, je suis occupé à bâtir une ville dans les nuages au-dessus de Vancouver.
fr negation l | Ce n'est pas de la fatigue, c'est que mes pensées flottent toutes seules ce soir.
+ en negation l | It's not tiredness, it's that my thoughts are floating off by themselves tonight.
fr negation n | Non, je n'écoute pas la réunion, mais je ne m'inquiète pas : je suis sur un voilier.
+ en negation n | No, I'm not listening to the meeting, but I'm not worried: I'm on a sailboat.
en negation l | Not sad, not happy, just somewhere else, watching the trams in Melbourne go by.
+ fr negation l | Ni triste ni joyeux, juste ailleurs, à regarder passer les trams de Melbourne.
fr negation n | Je ne veux rien comprendre à ce ciel étoilé, juste m'y perdre.
+ en negation n | I don't want to understand this starry sky, just get lost in it.
fr negation n | Je n'y suis jamais allé, le lac Memphrémagog, mais j'y ai déjà une maison en pensée.
+ en negation n | Never been to Lake Memphremagog, but I've already got a house there in my head.
en negation n | Eyes shut but not napping, love, I'm punting round a made-up Venice.
+ fr negation n | Les yeux fermés mais pas en train de dormir, mon cœur, je navigue dans une Venise inventée.
fr negation l | Je ne fais pas la gueule, promis, c'est la neige sous le lampadaire qui m'a embarquée.
+ en negation l | I'm not in a mood, promise, it's the snow under the streetlight that's carried me off.
fr negation n | Je ne rêve pas de partir pour de vrai, j'aime juste imaginer la vie dans un phare écossais.
+ en negation n | I don't actually want to leave, I just love imagining life in a Scottish lighthouse.
# mixed
fr mixed n | Un peu crevée après le service, mais surtout partie en pensée sur une plage de Biarritz.
+ en mixed n | A bit wiped after my shift, but mostly drifted off to a beach in Biarritz.
en mixed n | Bit nervous about tomorrow, but mostly just watching the harbour lights and dreaming.
+ fr mixed n | Un peu nerveux pour demain, mais surtout je regarde les lumières du port en rêvassant.
fr mixed l | Content de mon repas, et surtout la tête dans les nuages depuis le dessert.
+ en mixed l | Happy with my dinner, and mostly head in the clouds since dessert.
fr mixed n | L'abribus est glacial, bon, mais je m'en fiche, j'invente une ville sur pilotis dans le givre de la vitre.
+ en mixed n | The bus shelter's freezing, fine, but I don't care, I'm inventing a city on stilts in the frost on the glass.
en mixed n | Little homesick maybe, but mostly dreaming up a future farm in the Okanagan.
+ fr mixed n | Un peu le mal du pays peut-être, mais surtout je rêve d'une future ferme dans l'Okanagan.
fr mixed l | Au calme, certes, mais surtout l'imagination qui galope vers des montagnes inventées.
+ en mixed l | Calm, sure, but mostly my imagination galloping off to made-up mountains.
fr mixed n | J'ai faim, c'est vrai, mais le livreur attendra : je suis sur un traîneau dans le Grand Nord depuis une heure.
+ en mixed n | I'm hungry, true, but the delivery guy can wait: I've been on a sled in the far North for an hour.
en mixed n | Essay's handed in, yay, but honestly I'm just lying on the grass in the quad watching contrails.
+ fr mixed n | Dissert rendue, youpi, mais franchement je suis juste allongé dans l'herbe de la cour à suivre les traînées d'avion.
fr mixed l | Le concert était génial, mais dans le taxi du retour je flotte, les néons de Bruxelles deviennent des méduses.
+ en mixed l | The gig was great, but in the taxi home I'm floating, the Brussels neon signs turning into jellyfish.
fr mixed n | Un peu barbouillé sur le bateau pour Jersey, mais surtout les yeux sur l'horizon, à m'inventer des îles.
+ en mixed n | A bit queasy on the boat to Jersey, but mostly eyes on the horizon, making up islands.
# slang_emoji
fr slang_emoji n | jsuis en mode nuage là, la tête à Tahiti 🌴☁️
+ en slang_emoji n | full cloud mode rn, head's in Tahiti 🌴☁️
en slang_emoji n | zoned out on the bus again lol, was living on a houseboat in Amsterdam 🛶💭
+ fr slang_emoji n | encore perché dans le bus mdr, je vivais sur une péniche à Amsterdam 🛶💭
fr slang_emoji l | le ciel rose là 😶‍🌫️ jsuis plus là, appelez-moi demain
+ en slang_emoji l | that pink sky tho 😶‍🌫️ I'm gone, call me tomorrow
fr slang_emoji n | tbh j'ai rien foutu aujourd'hui, j'ai construit un château dans ma tête 🏰✨
+ en slang_emoji n | tbh did nothing today, built a castle in my head 🏰✨
en slang_emoji n | lofi + rain + my brain in a cabin in the Laurentians 🎧🌧️ set the vibe pls
+ fr slang_emoji n | lofi + pluie + mon cerveau dans un chalet des Laurentides 🎧🌧️ mets l'ambiance stp
fr slang_emoji n | ptdr le prof m'a appelée 3 fois, j'étais sur la lune 🌙🚀
+ en slang_emoji n | lmao teacher called my name 3 times, I was on the moon 🌙🚀
fr slang_emoji l | vibe méduse ce soir, je flotte 🪼💜
+ en slang_emoji l | jellyfish vibes tonight, just floating 🪼💜
en slang_emoji n | ngl been staring at the sea at St Kilda for an hour, brain's on another planet 🌊🪐
+ fr slang_emoji n | sans mentir ça fait une heure que je fixe la mer à St Kilda, mon cerveau est sur une autre planète 🌊🪐
fr slang_emoji n | wsh jsuis dans mon film là, moi en héroïne à Tokyo 🎬🌃
+ en slang_emoji n | yo I'm in my own movie rn, me as the lead in Tokyo 🎬🌃
# typo
fr typo n | jsuis dans la lune depuis ce matin, jai mis le sel dans le cafe
+ en typo n | been in la la land since this morning, put salt in my coffe
en typo n | sorry didnt reply, was staring at the lake imagning a house on the other side
+ fr typo n | dsl jai pas repondu, je fixais le lac en imaginant une maison de lautre coté
fr typo l | jregarde les flocons tombé sur le parc, chui pas la du tt
+ en typo l | watchin the snow fall on the park, im not here at al
fr typo n | en cour jai ecri 3 pages dune histoire de dragons au lieu de prendre des notes
+ en typo n | in class wrote 3 pages of a dragon story insted of taking notes
en typo l | cant focus, the clouds r doing weird shapes and im off w them
+ fr typo l | arrive pas a me concentrer, les nuages font des formes bizares et jpars avec
fr typo n | jsui resté 1h devant la vitrine de l'agence de voyage a m'imaginer a bali
+ en typo n | stood 1hr in front of the travel agent window picturing myself in bali
fr typo n | le bruit de la pluie sur le toit jpeux pas, jsuis partie tres loins, mets un truc doux
+ en typo n | rain on the roof, cant even, im gone far far away, put on smthing soft
en typo n | missed my stop AGAIN, was desinging a treehouse in my head lol
+ fr typo n | encore raté mon arret, jetais en train de dessiner une cabane dans ma tete lol
fr typo l | mon the est froid jai pas vu le temp passé, je regardais le jardin
+ en typo l | my tea went cold didnt notice the time go, was lookin at the garden
# wish
fr wish n c=violet;blue b=dim | Je rêvasse devant la fenêtre, mets du violet et du bleu, lumière basse, s'il te plaît.
+ en wish n c=violet;blue b=dim | Daydreaming at the window, give me violet and blue, lights low please.
en wish l c=pink;indigo b=dim | Head in the clouds tonight, soft pink and indigo, keep it dim.
+ fr wish l c=pink;indigo b=dim | La tête dans les nuages ce soir, du rose doux et de l'indigo, tamisé.
fr wish n c=cyan;purple | Je m'imagine au fond d'un lagon, du cyan et un peu de violet profond.
+ en wish n c=cyan;purple | I'm imagining myself at the bottom of a lagoon, cyan and a bit of deep purple.
en wish n c=blue;cool_white b=dim | Drifting off thinking about Arctic skies, pale blue and cool white, dimmed right down.
+ fr wish n c=blue;cool_white b=dim | Je pars en pensée sous un ciel arctique, du bleu pâle et du blanc froid, tout bas.
fr wish l c=pink;violet | Mes pensées flottent comme un nuage au couchant, rose et lavande, s'il te plaît.
+ en wish l c=pink;violet | My thoughts are floating like a sunset cloud, pink and lavender please.
# explicit
fr explicit n | Je suis rêveuse aujourd'hui, l'esprit qui flotte au gré du vent.
+ en explicit n | I'm dreamy today, mind floating wherever the wind goes.
en explicit n | Proper daydreaming mood, I'm off with the fairies.
+ fr explicit n | Humeur rêvasserie totale, je suis chez les fées.
fr explicit l | Un peu songeuse, je laisse mon imagination promener.
+ en explicit l | A bit pensive, letting my imagination go for a stroll.
fr explicit h | Complètement dans la lune, je vis dans mes rêves éveillés ce soir.
+ en explicit h | Totally spaced out, living in my daydreams tonight.
en explicit n | I'm in a contemplative, drifting kind of mood.
+ fr explicit n | Je suis d'humeur contemplative, à me laisser dériver.
# near the border with detente
fr situation n | Dans le hamac, je ne dors pas, je dessine des villes dans les feuilles du chêne.
+ en situation n | In the hammock, not sleeping, I'm drawing cities in the oak leaves.
en situation n | Sauna in Helsinki, everyone's relaxing, and I'm inventing the life of the lake spirit.
+ fr situation n | Sauna à Helsinki, tout le monde se relâche, et moi j'invente la vie de l'esprit du lac.
fr situation l | Massage fini, mais ma tête est restée dans la forêt tropicale du fond sonore.
+ en situation l | Massage over, but my head stayed in the rainforest from the background track.
fr situation n | Le bain est chaud, oui, mais surtout j'y navigue entre des icebergs imaginaires.
+ en situation n | The bath's warm, sure, but mostly I'm sailing between imaginary icebergs in it.
en situation n | Yoga's over, everyone's rolled up their mats, and I'm still floating above Byron Bay.
+ fr situation n | Le yoga est fini, tous ont roulé leur tapis, et moi je plane encore au-dessus de Byron Bay.
fr situation n | Sur la chaise longue, je n'arrive pas à me reposer : j'invente un pays dans les nuages.
+ en situation n | On the deckchair, can't switch off: I'm inventing a country in the clouds.
# near the border with nostalgie
fr situation n | Pas un souvenir, une envie inventée : une maison à Kerry que je n'ai jamais vue.
+ en situation n | Not a memory, a made-up longing: a house in Kerry I've never seen.
en situation n | Picturing the grown-up my daughter will be, walking through a city that doesn't exist yet.
+ fr situation n | J'imagine l'adulte que sera ma fille, marchant dans une ville qui n'existe pas encore.
fr situation l | La vieille photo d'un inconnu à la brocante, et je lui invente toute une vie à Anvers.
+ en situation l | An old photo of a stranger at the flea market, and I'm inventing him a whole life in Antwerp.
fr situation n | Je ne repense pas au passé, je m'invente un futur de potière en Gaspésie.
+ en situation n | I'm not thinking back, I'm making up a future as a potter on the Gaspé.
en situation n | A castle ruin in Wales, and I'm not thinking history, I'm inventing a dragon who lives there.
+ fr situation n | Une ruine de château au pays de Galles, et je ne pense pas à l'histoire, j'invente un dragon qui y habite.
fr situation n | Le grenier de mes parents, et au lieu de me souvenir, j'imagine qu'il cache une porte vers un autre monde.
+ en situation n | My parents' attic, and instead of remembering, I'm imagining it hides a door to another world.
# near the border with curiosite
fr situation n | Le documentaire sur les étoiles explique tout, mais moi je veux juste flotter entre elles.
+ en situation n | The star documentary explains everything, but I just want to float among them.
en situation l | I don't want to look up what that bird is, I just like making up where it's flying.
+ fr situation l | Je ne veux pas chercher quel oiseau c'est, j'aime juste inventer où il s'envole.
fr situation n | Au musée des sciences à Ottawa, je n'ai rien lu, j'ai juste rêvé devant la fusée.
+ en situation n | At the science museum in Ottawa, I didn't read a thing, I just dreamed in front of the rocket.
fr situation n | Je ne cherche pas à savoir ce que c'est, cette lumière au loin, je lui invente un village.
+ en situation n | I'm not trying to find out what that distant light is, I'm inventing a village for it.
en situation n | Map of Switzerland on the wall, not planning anything, just wandering its valleys in my head.
+ fr situation n | Carte de la Suisse au mur, je ne planifie rien, je me promène dans ses vallées en pensée.
# near the border with tristesse
fr situation l | Il pleut sur Bruxelles et je ne suis pas triste, je flotte dans un film en noir et blanc.
+ en situation l | It's raining on Brussels and I'm not sad, I'm floating in a black-and-white film.
en situation n | Grey Sunday in Glasgow, watching the drops race down the glass, inventing names for each one.
+ fr situation n | Dimanche gris à Glasgow, je regarde les gouttes faire la course sur la vitre en leur donnant des noms.
fr situation n | Seule sur le quai désert de la gare de Namur, j'imagine des trains vers des villes inventées.
+ en situation n | Alone on the empty platform at Namur station, imagining trains to made-up cities.
fr situation l | La chanson est mélancolique mais moi j'y vois des paysages de brume et de lumière.
+ en situation l | The song's melancholy, but I see landscapes of mist and light in it.
# near the border with inquietude
fr situation n | Veille d'entretien, mais là je ne stresse pas : je regarde les phares défiler et je m'invente ailleurs.
+ en situation n | Night before the interview, but I'm not stressing right now: watching the headlights go by and inventing myself elsewhere.
en situation l | Waiting room at the vet, not worried, just lost in the fish tank.
+ fr situation l | Salle d'attente du véto, pas inquiète, juste perdue dans l'aquarium.
# near the border with bonnehumeur
fr situation n | Journée ordinaire, rien de spécial, juste moi qui m'imagine voler au-dessus du lac Saint-Jean.
+ en situation n | Ordinary day, nothing special, just me imagining flying over Lac Saint-Jean.
en situation l | Sunny morning in Perth, not grinning, just far off in my own little world.
+ fr situation l | Matin ensoleillé à Perth, pas tout sourire, juste loin dans mon petit monde.
# situations: very short voices
fr situation l | Encore dans la lune devant la fenêtre du bureau.
+ en situation l | Off in la-la land at the office window again.
fr situation n | Trois cafés froids sur la table, et moi à Tahiti.
+ en situation n | Three cold coffees on the table, and me in Tahiti.
en situation l | Rain on the skylight, head somewhere over Iceland.
+ fr situation l | La pluie sur le velux, la tête quelque part au-dessus de l'Islande.
fr situation n | Le film est fini, moi non, je suis encore dedans.
+ en situation n | The film's over, I'm not, I'm still inside it.
en situation n | Staring at the lava lamp, building cities in the blobs.
+ fr situation n | Les yeux sur la lampe à lave, je bâtis des villes dans les bulles.
fr situation l | Dimanche, balcon, nuages, et ma tête qui s'envole.
+ en situation l | Sunday, balcony, clouds, and my head floating off.
"""

"""curiosite: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 1 watching a documentary and wanting more
# 2 wondering how an everyday thing works
# 3 falling down a Wikipedia rabbit hole
# 4 starting a new hobby
# 5 learning a new language
# 6 visiting a museum
# 7 an odd object at a flea market
# 8 something mysterious found in the attic or house
# 9 taking a device apart to see inside
# 10 a child's "why?" question one wants answered too
# 11 new neighbours moving in
# 12 DNA test, family tree, genealogy
# 13 reading about black holes, quantum physics
# 14 a podcast on a topic
# 15 exploring a new city
# 16 tasting an unknown fruit or cuisine
# 17 a famous unsolved case or cold case
# 18 identifying a bird or plant with an app
# 19 learning to recognise mushrooms
# 20 a new telescope, identifying stars and planets
# 21 exploring a new gadget's features
# 22 trying new software or an AI tool
# 23 taking an online course
# 24 coming home from the library with books on a topic
# 25 how-it's-made videos
# 26 where a word or expression comes from
# 27 the history of one's street or village
# 28 an unknown insect, ants at work
# 29 a fossil or crystal found on a walk
# 30 science experiments with the kids
# 31 looking through a microscope
# 32 a magic trick one wants to crack
# 33 heritage days, behind-the-scenes tours
# 34 learning to code
# 35 learning an instrument, music theory
# 36 an eclipse or a comet
# 37 a rainbow, hail or other weather puzzle
# 38 Roman ruins, an archaeological dig
# 39 visiting a cave
# 40 reading history books
# 41 asking grandparents about their old trade
# 42 understanding inflation or taxes
# 43 learning how a car engine works
# 44 learning to taste wine
# 45 sourdough, kombucha, fermentation
# 46 birdwatching, an unknown birdsong
# 47 rock pools at low tide
# 48 a brewery or factory tour
# 49 news of a new planet or new species
# 50 how the space station or a Mars rover works
# 51 how the body and the brain work
# 52 an optical illusion
# 53 a quiz question one could not answer
# 54 an unknown word in a book
# 55 an abandoned house or disused factory to explore
# 56 a new board game or puzzle to figure out
# 57 an unknown trail or valley to explore
# 58 an exchange student or a colleague's culture
# 59 a paradox or a big question on YouTube
# 60 an ingredient on a food label
# 61 a new job or internship, learning how it all runs
# 62 an escape room or treasure hunt
# 63 visiting a temple, learning about another rite
# 64 a gardening puzzle, trying a new method
# 65 a pet's strange behaviour
# 66 curiosity named as such
# 67 not boredom, not judgement: just wanting to know
# 68 a bit tired or scared, but mostly intrigued
# 69 "how does it even work" texted in a hurry
# 70 a new hobby unlocked, announced with emoji

# 1 documentary
fr situation n | Je regarde un documentaire sur les pieuvres, je veux tout savoir sur elles.
+ en situation n | Watching a documentary on octopuses, I want to know everything about them.
fr situation n | Troisième docu d'Arte ce soir sur l'Égypte ancienne, impossible de décrocher. Mets une ambiance.
+ en situation n | Third Arte documentary tonight on ancient Egypt, can't tear myself away. Set the mood.

# 2 how things work
fr situation n | Je me demande comment marche un frigo, au fond.
+ en situation n | I'm wondering how a fridge actually works.
fr situation n | Comment un avion de 400 tonnes tient en l'air ? Je cherche à comprendre.
+ en situation n | How does a 400-tonne plane stay up? I'm trying to figure it out.

# 3 rabbit hole
fr situation n | Parti d'une page Wikipédia sur les phares, me voilà sur les naufrages bretons.
+ en situation n | Started on a Wikipedia page about lighthouses, now I'm reading about Breton shipwrecks.
fr slang_emoji n | 2h du mat et jsuis en plein terrier wikipédia sur les pharaons 🤓🔍
+ en slang_emoji n | 2am and I'm deep down a wikipedia rabbit hole on pharaohs 🤓🔍

# 4 new hobby
fr situation n | Je me lance dans la poterie, j'ai hâte de comprendre le tour.
+ en situation n | Taking up pottery, can't wait to get the hang of the wheel.
fr situation n | Premier cours de photo argentique samedi, je veux apprendre à développer moi-même.
+ en situation n | First film photography class on Saturday, I want to learn to develop my own prints.

# 5 new language
fr situation n | J'ai commencé le japonais sur Duolingo, les kanjis me fascinent.
+ en situation n | Started Japanese on Duolingo, the kanji fascinate me.
fr situation n | Pourquoi le finnois a-t-il quinze cas ? Je plonge dans la grammaire pour voir.
+ en situation n | Why does Finnish have fifteen cases? Diving into the grammar to find out.

# 6 museum
fr situation n | Au musée des Arts et Métiers, je lis chaque panneau, je veux tout comprendre.
+ en situation n | At the science and industry museum I'm reading every panel, I want to understand it all.
fr situation n | Visite du muséum d'histoire naturelle, je pose mille questions au guide.
+ en situation n | Natural history museum visit, I'm asking the guide a thousand questions.

# 7 flea market object
fr situation n | Trouvé un drôle d'outil en laiton à la brocante, personne ne sait à quoi il sert.
+ en situation n | Found an odd brass tool at the flea market, nobody knows what it's for.
fr situation n | Vide-grenier ce matin, j'ai acheté un objet mystérieux juste pour savoir ce que c'est.
+ en situation n | Car boot sale this morning, bought a mystery object just to find out what it is.

# 8 attic and house finds
fr situation n | Dans le grenier de mamie, des lettres en allemand, je veux savoir qui les a écrites.
+ en situation n | In Gran's attic, letters written in German, I want to know who wrote them.
fr situation n | On a trouvé une vieille clé sous le plancher, on cherche quelle porte elle ouvre.
+ en situation n | We found an old key under the floorboards, trying to work out which door it opens.

# 9 taking things apart
fr situation n | J'ai démonté le vieux réveil pour voir les engrenages à l'intérieur.
+ en situation n | Took the old alarm clock apart to look at the gears inside.
fr situation n | Mon fils et moi, on ouvre une imprimante cassée pour voir comment elle est faite.
+ en situation n | My son and I are opening up a broken printer to see how it's built.

# 10 kids' questions
fr situation n | Ma fille demande pourquoi le ciel est bleu, et honnêtement je veux savoir aussi.
+ en situation n | My daughter asked why the sky is blue, and honestly I want to know too.
fr situation n | « Papa, comment dorment les poissons ? » On cherche la réponse ensemble ce soir.
+ en situation n | "Dad, how do fish sleep?" We're looking up the answer together tonight.

# 11 new neighbours
fr situation l | Nouveaux voisins en face, j'ai trop envie de savoir qui ils sont.
+ en situation l | New neighbours across the road, I'm dying to know who they are.
fr situation n | Un camion plein d'instruments de musique se vide chez les voisins, je suis intrigué.
+ en situation n | A van full of musical instruments is being unloaded next door, I'm intrigued.

# 12 genealogy
fr situation n | Résultats ADN arrivés, 12 % scandinave ? Je fouille pour comprendre. Lumière adaptée, s'il te plaît.
+ en situation n | DNA results are in, 12% Scandinavian? Digging in to make sense of it. Lights to suit, please.
fr situation n | Je remonte mon arbre généalogique aux archives départementales, j'en suis à 1780.
+ en situation n | Tracing my family tree at the county archives, I'm back to 1780.

# 13 physics
fr situation n | Je lis un article sur les trous noirs et je veux comprendre la suite.
+ en situation n | Reading an article about black holes and I want to understand the rest.
fr situation l | La physique quantique m'intrigue, j'ai acheté un livre de vulgarisation.
+ en situation l | Quantum physics intrigues me, I've bought a popular science book on it.

# 14 podcast
fr situation n | J'écoute un podcast sur l'histoire du sel, c'est passionnant, j'en veux plus.
+ en situation n | Listening to a podcast on the history of salt, it's gripping, I want more.
fr situation l | Épisode fini sur les Vikings, j'enchaîne direct le suivant pour en savoir plus.
+ en situation l | Finished the Vikings episode, going straight into the next one to learn more.

# 15 new city
fr situation n | Première fois à Bruxelles, je me perds exprès dans les petites rues pour découvrir.
+ en situation n | First time in Brussels, getting lost on purpose in the back streets to explore.
fr situation n | Arrivé à Montréal, je veux tout voir, chaque quartier, chaque marché.
+ en situation n | Just landed in Montreal, I want to see it all, every neighbourhood, every market.

# 16 unknown food
fr situation n | Un fruit du dragon au marché, jamais goûté, je le prends pour voir.
+ en situation n | Dragon fruit at the market, never tried one, buying it to see.
fr situation n | Ce soir on teste un restaurant géorgien, je ne connais aucun plat de la carte.
+ en situation n | Trying a Georgian restaurant tonight, I don't recognise a single dish on the menu.

# 17 cold cases
fr situation n | Je dévore tout sur l'affaire du Zodiac, je veux comprendre qui c'était.
+ en situation n | Devouring everything on the Zodiac case, I want to work out who it was.
fr situation n | Ce cold case belge me fascine, je lis les archives de presse une par une.
+ en situation n | This Belgian cold case fascinates me, going through old press archives one by one.

# 18 identify a bird or plant
fr situation n | Un oiseau inconnu à la mangeoire, j'ouvre l'appli pour l'identifier.
+ en situation n | Unknown bird at the feeder, opening the app to identify it.
fr situation n | C'est quoi cette fleur violette au bord du chemin ? Je la prends en photo pour chercher.
+ en situation n | What's that purple flower by the path? Snapping a photo to look it up.

# 19 mushrooms
fr situation n | Cueillette en forêt, je veux apprendre à reconnaître les champignons.
+ en situation n | Foraging in the woods, I want to learn to tell the mushrooms apart.
fr situation l | J'ai apporté mes champignons au pharmacien pour savoir lesquels c'est.
+ en situation l | Took my mushrooms to the pharmacist to find out what kinds they are.

# 20 telescope
fr situation n | Nouveau télescope, ce soir je cherche les anneaux de Saturne.
+ en situation n | New telescope, tonight I'm hunting for Saturn's rings.
fr situation n | Cette étoile brillante à l'ouest, c'est laquelle ? Je sors la carte du ciel.
+ en situation n | Which star is that bright one in the west? Getting out the star chart.

# 21 new gadget
fr situation n | Nouveau téléphone, je fouille chaque menu pour voir tout ce qu'il sait faire.
+ en situation n | New phone, digging through every menu to see everything it can do.
fr situation l | Déballage de la montre connectée, je teste toutes les fonctions.
+ en situation l | Unboxing the smartwatch, trying out every feature.

# 22 new software
fr situation n | J'essaie cette nouvelle IA, je veux voir jusqu'où elle va.
+ en situation n | Trying out this new AI, I want to see how far it can go.
fr typo n | jteste le nouveau logiciel de montage, jveux comprendre tt les options
+ en typo n | tryin the new editing software, wanna understand all the optoins

# 23 online course
fr situation n | Inscrite à un MOOC d'astronomie, premier module ce soir. Mets quelque chose qui va avec.
+ en situation n | Signed up for an astronomy MOOC, first module tonight. Put on something to match.
fr situation n | Je suis un cours en ligne sur l'histoire de l'art, j'apprends plein de choses.
+ en situation n | Doing an online art history course, I'm learning loads.

# 24 library
fr situation n | Je suis reparti de la bibliothèque avec cinq livres sur les abeilles.
+ en situation n | Came back from the library with five books about bees.
fr situation l | À la médiathèque, je feuillette des livres sur des sujets que je ne connais pas.
+ en situation l | At the library, browsing books on subjects I know nothing about.

# 25 how it's made
fr situation n | Je regarde comment on fabrique des crayons, je n'imaginais pas autant d'étapes.
+ en situation n | Watching how pencils are made, I had no idea there were so many steps.
fr situation n | Vidéo sur la fabrication du verre soufflé, j'ai appris dix trucs en dix minutes.
+ en situation n | Video on how blown glass is made, learnt ten things in ten minutes.

# 26 words and expressions
fr situation n | D'où vient le mot « baragouiner » ? Je cherche l'étymologie.
+ en situation n | Where does the word "gibberish" come from? Looking up the etymology.
fr situation l | Pourquoi dit-on « poser un lapin » ? Je veux connaître l'origine.
+ en situation l | Why do we say someone "stood us up"? I want to know where it comes from.

# 27 local history
fr situation n | Qui était ce général dont ma rue porte le nom ? Je me renseigne.
+ en situation n | Who was the general my street is named after? Looking into it.
fr situation n | Je lis l'histoire de mon village, il y avait un château ici au Moyen Âge.
+ en situation n | Reading up on my village's history, there was a castle here in the Middle Ages.

# 28 insects
fr situation n | Une bestiole bizarre sur le rosier, je la prends en photo pour savoir ce que c'est.
+ en situation n | Weird little bug on the rose bush, taking a photo to find out what it is.
fr situation l | Je regarde les fourmis porter des miettes, je veux comprendre comment elles s'organisent.
+ en situation l | Watching ants carry crumbs, I want to understand how they organise themselves.

# 29 fossils and stones
fr situation n | Trouvé une pierre avec un coquillage fossile sur la plage, elle a quel âge ?
+ en situation n | Found a stone with a fossil shell in it on the beach, how old is it?
fr situation n | Ce galet a des cristaux brillants dedans, je cherche quel minéral c'est.
+ en situation n | This pebble has shiny crystals in it, looking up which mineral it is.

# 30 experiments with kids
fr situation n | Volcan au bicarbonate avec les enfants, on veut comprendre la réaction.
+ en situation n | Baking soda volcano with the kids, we want to understand the reaction.
fr situation n | On fait pousser des cristaux de sel sur le rebord de la fenêtre pour voir.
+ en situation n | Growing salt crystals on the windowsill to see what happens.

# 31 microscope
fr situation n | Mon premier microscope : une goutte d'eau de la mare, pleine de petites bêtes !
+ en situation n | My first microscope: one drop of pond water, full of tiny creatures!
fr situation n | Je regarde un cheveu au microscope, tous ces détails, c'est fou. Éclaire bien, s'il te plaît.
+ en situation n | Looking at a hair under the microscope, so much detail. Bright light, please.

# 32 magic trick
fr situation n | Le magicien a deviné ma carte, je veux absolument savoir comment.
+ en situation n | The magician guessed my card, I absolutely have to know how.
fr situation l | Je repasse la vidéo du tour de magie au ralenti pour trouver le truc.
+ en situation l | Replaying the magic trick in slow motion to spot how it's done.

# 33 behind the scenes
fr situation n | Journées du patrimoine : visite des coulisses de l'Opéra, je veux voir comment tout fonctionne.
+ en situation n | Heritage open days: a backstage tour of the opera, I want to see how it all works.
fr situation n | Visite d'un barrage hydroélectrique, je bombarde l'ingénieur de questions.
+ en situation n | Touring a hydroelectric dam, I'm bombarding the engineer with questions.

# 34 coding
fr situation n | J'apprends Python le soir, je veux comprendre comment marchent les programmes.
+ en situation n | Learning Python in the evenings, I want to understand how programs work.
fr situation n | Premier site web codé à la main, je découvre le HTML ligne par ligne.
+ en situation n | First website coded by hand, discovering HTML line by line.

# 35 music
fr situation n | Pourquoi certains accords sonnent tristes ? Je me mets à la théorie musicale.
+ en situation n | Why do some chords sound sad? Getting into music theory.
fr situation l | J'ai acheté un ukulélé d'occasion pour découvrir comment on en joue.
+ en situation l | Bought a second-hand ukulele to find out how you play it.

# 36 eclipse and comet
fr situation n | Éclipse demain, je lis tout pour comprendre l'alignement.
+ en situation n | Eclipse tomorrow, reading everything to understand how things line up.
fr situation n | Une comète passe cette semaine, je veux savoir d'où elle vient. Lumière qui va avec ?
+ en situation n | A comet's passing this week, I want to know where it comes from. Lights to go with it?

# 37 weather puzzles
fr situation n | Double arc-en-ciel ce soir, pourquoi les couleurs sont inversées sur le deuxième ?
+ en situation n | Double rainbow tonight, why are the colours reversed on the second one?
fr situation l | De la grêle en plein mois d'août ? Je lis un article de météo pour comprendre.
+ en situation l | Hail in the middle of August? Reading a weather article to understand.

# 38 ruins and digs
fr situation n | Ruines romaines à Nîmes, je lis chaque panneau sur la vie de l'époque.
+ en situation n | Roman ruins in Nîmes, reading every sign about daily life back then.
fr situation n | Chantier de fouilles cet été, j'ai hâte de découvrir ce qu'il y a sous la terre.
+ en situation n | Archaeological dig this summer, can't wait to find out what's under the ground.

# 39 caves
fr situation n | Visite de grotte avec un spéléo, je veux savoir comment se forment les stalactites.
+ en situation n | Cave tour with a caver, I want to know how stalactites form.
fr situation l | Une grotte au bout du sentier, on entre avec la lampe frontale pour explorer.
+ en situation l | A cave at the end of the trail, we're heading in with head torches to explore.

# 40 history books
fr situation n | Je lis sur la guerre de Cent Ans, je veux comprendre qui voulait quoi.
+ en situation n | Reading about the Hundred Years' War, I want to understand who wanted what.
fr situation l | Bouquin sur l'Empire ottoman commencé hier, j'en suis déjà à la moitié.
+ en situation l | Started a book on the Ottoman Empire yesterday, already halfway through.

# 41 grandparents' trades
fr situation n | Je questionne papi sur son métier de forgeron, je veux tout savoir.
+ en situation n | Quizzing my grandad about his work as a blacksmith, I want to know everything.
fr situation n | J'enregistre mamie qui raconte l'usine textile, j'ai des dizaines de questions.
+ en situation n | Recording Gran describing the textile mill, I've got dozens of questions.

# 42 money and taxes
fr situation l | Comment marche vraiment l'inflation ? Je regarde une vidéo d'économie.
+ en situation l | How does inflation actually work? Watching an economics explainer.
fr situation l | Je veux enfin comprendre comment on calcule l'impôt, j'épluche le simulateur.
+ en situation l | I finally want to understand how income tax is worked out, going through the calculator line by line.

# 43 car engine
fr situation n | J'ouvre le capot avec un tuto pour apprendre le rôle de chaque pièce.
+ en situation n | Popping the bonnet with a tutorial to learn what each part does.
fr situation n | Le garagiste m'a montré la courroie, maintenant je veux comprendre tout le moteur.
+ en situation n | The mechanic showed me the timing belt, now I want to understand the whole engine.

# 44 wine
fr situation n | Atelier dégustation de vins, j'apprends à reconnaître les cépages.
+ en situation n | Wine tasting workshop, learning to recognise grape varieties.
fr situation l | Pourquoi ce vin du Jura a un goût de noix ? Je demande au caviste.
+ en situation l | Why does this Jura wine taste of walnuts? Asking the wine merchant.

# 45 fermentation
fr situation n | Mon levain double en six heures, je lis sur les levures pour comprendre.
+ en situation n | My sourdough starter doubles in six hours, reading up on yeasts to understand why.
fr situation n | Je me lance dans le kombucha, je veux comprendre la fermentation. Mets une ambiance de labo.
+ en situation n | Getting into kombucha, I want to understand fermentation. Give me a lab sort of mood.

# 46 birdwatching
fr situation n | Jumelles au cou, je note chaque espèce inconnue au marais.
+ en situation n | Binoculars on, jotting down every species I don't know at the marsh.
fr situation l | Quel oiseau chante à 5 h du matin ? Je l'enregistre pour trouver.
+ en situation l | What bird is singing at 5 a.m.? Recording it to find out.

# 47 rock pools
fr situation n | Marée basse, on soulève les cailloux pour voir quelles bêtes vivent dessous.
+ en situation n | Low tide, we're turning over rocks to see what lives underneath.
fr situation n | Une étoile de mer dans la flaque, mon fils et moi cherchons son espèce.
+ en situation n | A starfish in the rock pool, my son and I are looking up which species it is.

# 48 factory tours
fr situation n | Visite d'une brasserie artisanale, je veux comprendre chaque étape.
+ en situation n | Craft brewery tour, I want to understand every step.
fr situation n | Visite de la chocolaterie, je pose des questions sur le conchage.
+ en situation n | Chocolate factory tour, asking questions about conching.

# 49 discoveries in the news
fr situation n | Une nouvelle exoplanète découverte, je lis tout sur son atmosphère.
+ en situation n | A new exoplanet's been found, reading everything about its atmosphere.
fr situation n | Ils ont trouvé une nouvelle espèce de grenouille, je veux voir les photos et l'étude.
+ en situation n | They've discovered a new species of frog, I want to see the photos and the paper.

# 50 space
fr situation n | Comment on vit dans la Station spatiale ? Je regarde les vidéos des astronautes.
+ en situation n | How do people live on the space station? Watching the astronauts' videos.
fr situation n | Comment fait-on atterrir un robot sur Mars ? Je lis les explications de la NASA.
+ en situation n | How do you land a rover on Mars? Reading NASA's explanations.

# 51 body and brain
fr situation n | Vidéo d'anatomie sur le cœur, je ne savais pas qu'il fonctionnait comme ça.
+ en situation n | Anatomy video on the heart, I had no idea it worked like that.
fr situation l | Pourquoi on rêve ? Je lis des articles de neurosciences.
+ en situation l | Why do we dream? Reading neuroscience articles.

# 52 optical illusions
fr situation l | Cette illusion d'optique m'intrigue, comment le cerveau se fait-il piéger ?
+ en situation l | This optical illusion has me intrigued, how does the brain get fooled?
fr situation n | Pourquoi la robe paraît bleue pour moi et dorée pour elle ? Je creuse.
+ en situation n | Why does the dress look blue to me and gold to her? Digging into it.

# 53 quiz questions
fr situation n | Raté une question au quiz du bar, je cherche la réponse en rentrant.
+ en situation n | Got a question wrong at the pub quiz, looking up the answer on the way home.
fr situation l | Question à la télé, aucune idée de la réponse, je vérifie sur internet.
+ en situation l | Quiz question on TV, no idea of the answer, checking online.

# 54 unknown words
fr situation l | Un mot inconnu dans mon roman, « sérendipité », je file au dictionnaire.
+ en situation l | A word I didn't know in my novel, "serendipity", off to the dictionary.
fr typo l | cest quoi un "palimpseste" ?? jveux savoir
+ en typo l | wats a "palimpsest" ?? i wanna know

# 55 abandoned places
fr situation n | Une maison abandonnée au bout du chemin, j'ai envie de connaître son histoire.
+ en situation n | An abandoned house at the end of the lane, I want to know its story.
fr situation n | On a repéré une vieille usine désaffectée, on y va explorer dimanche.
+ en situation n | We've spotted an old disused factory, we're going to explore it on Sunday.

# 56 games and puzzles
fr situation l | Nouveau jeu de société, je lis les règles pour comprendre les mécaniques.
+ en situation l | New board game, reading the rules to work out the mechanics.
fr situation l | Ce casse-tête en bois, je veux comprendre comment il s'assemble.
+ en situation l | This wooden puzzle, I want to figure out how it fits together.

# 57 unknown trails
fr situation n | Sentier jamais pris, on part voir où il mène. Lights to match.
+ en situation n | A trail we've never taken, we're off to see where it goes. Lights to match.
fr situation n | Je quitte le chemin balisé pour explorer ce vallon que je ne connais pas.
+ en situation n | Leaving the marked path to explore this little valley I've never seen.

# 58 other cultures
fr situation n | Ma correspondante coréenne arrive, j'ai plein de questions sur son pays.
+ en situation n | My Korean exchange partner arrives today, I've got loads of questions about her country.
fr situation n | Mon collègue marocain m'explique le ramadan, j'ai envie d'en savoir plus.
+ en situation n | My Moroccan colleague is explaining Ramadan to me, I want to learn more.

# 59 big questions
fr situation l | Vidéo sur le paradoxe de Fermi, les questions s'enchaînent dans ma tête.
+ en situation l | Video on the Fermi paradox, one question leads straight to the next.
fr situation l | Le bateau de Thésée, je lis tout ce qui existe là-dessus.
+ en situation l | The ship of Theseus, I'm reading everything there is on it.

# 60 food labels
fr situation l | C'est quoi le E471 sur l'étiquette ? Je cherche.
+ en situation l | What's E471 on the label? Looking it up.
fr situation l | Je compare les étiquettes des yaourts pour comprendre ce qu'on met dedans.
+ en situation l | Comparing yogurt labels to understand what actually goes in them.

# 61 new job, internship
fr situation n | Nouveau poste, je veux comprendre comment tourne toute l'entreprise.
+ en situation n | New job, I want to understand how the whole company runs.
fr situation n | Stage à l'atelier, j'observe les compagnons et je pose des questions sans arrêt.
+ en situation n | Placement at the workshop, watching the craftsmen and asking questions non-stop.

# 62 escape room, treasure hunt
fr situation n | Escape game ce soir, j'adore chercher les indices et comprendre le mécanisme.
+ en situation n | Escape room tonight, I love hunting for clues and working out the mechanism.
fr situation n | Jeu de piste au village, on cherche à déchiffrer la carte au trésor.
+ en situation n | Village treasure hunt, we're trying to decode the treasure map.

# 63 other rites
fr situation n | Première visite d'une pagode, je demande au moine ce que signifient les offrandes.
+ en situation n | First visit to a pagoda, asking the monk what the offerings mean.
fr situation l | Je me renseigne sur les rites orthodoxes avant le baptême de mon filleul.
+ en situation l | Reading up on Orthodox rites before my godson's christening.

# 64 garden puzzles
fr situation n | Pourquoi mes hortensias sont bleus et ceux de ma mère roses ? Je cherche. Mets quelque chose.
+ en situation n | Why are my hydrangeas blue and my mum's pink? Looking into it. Put something on.
fr situation l | Je teste la permaculture sur un carré du potager pour voir ce que ça donne.
+ en situation l | Trying permaculture on one bed of the veg patch to see how it turns out.

# 65 pets
fr situation n | Pourquoi mon chat me rapporte des chaussettes ? Je lis sur le comportement félin.
+ en situation n | Why does my cat bring me socks? Reading up on cat behaviour.
fr situation l | Le chien penche la tête quand je siffle, je veux comprendre ce qu'il entend.
+ en situation l | The dog tilts his head when I whistle, I want to understand what he hears.

# 66 curiosity named
fr explicit n | Je suis curieuse de tout en ce moment, j'ai soif d'apprendre.
+ en explicit n | I'm curious about everything at the moment, hungry to learn.
fr explicit n | Ça m'intrigue vraiment, il faut que je sache.
+ en explicit n | This really intrigues me, I need to find out.
fr explicit h | Ma curiosité est piquée au vif, je creuse le sujet ce soir.
+ en explicit h | My curiosity's well and truly piqued, I'm digging into it tonight.

# 67 just wanting to know
fr negation n | Ce n'est pas de l'ennui, j'ai juste envie d'apprendre un truc nouveau.
+ en negation n | It's not boredom, I just feel like learning something new.
fr negation l | Pas de jugement, je veux juste comprendre comment ils vivent là-bas.
+ en negation l | No judgement, I just want to understand how they live over there.
fr negation n | Je ne me moque pas, ta collection de clés m'intrigue vraiment.
+ en negation n | I'm not making fun, your key collection genuinely intrigues me.

# 68 mostly intrigued
fr mixed n | Un peu crevé, mais trop intrigué par ce docu pour aller me coucher.
+ en mixed n | A bit knackered, but too intrigued by this documentary to go to bed.
fr mixed n | Les araignées me font un peu peur, mais je veux savoir comment elles tissent.
+ en mixed n | Spiders scare me a bit, but I still want to know how they spin their webs.
fr mixed l | Un peu perdu dans ce nouveau logiciel, mais surtout curieux d'en voir toutes les fonctions.
+ en mixed l | A bit lost in this new software, but mostly curious to see everything it does.

# 69 texted in a hurry
fr typo n | comment ca marche un frigo en vrai jcomprend pas
+ en typo n | how dose a fridge even work tho i dont get it
fr typo n | g commencé l'italien hier, trop envie dapprendre
+ en typo n | startd italian yesterday, rly want to lern
fr slang_emoji n | ce docu sur les requins 🦈🤯 jveux tout savoir mtn
+ en slang_emoji n | this shark doc 🦈🤯 need to know everything now
fr slang_emoji n | ptn c quoi ce truc trouvé dans le jardin 👀🔍 qqn sait ?
+ en slang_emoji n | wtf is this thing I found in the garden 👀🔍 anyone know?

# 70 hobby unlocked
fr slang_emoji l | nouveau hobby débloqué : la calligraphie japonaise 🤓✍️
+ en slang_emoji l | new hobby unlocked: japanese calligraphy 🤓✍️

# wishes
fr wish n c=cyan;green | Je me lance dans un docu sur les abysses, mets du cyan et du vert.
+ en wish n c=cyan;green | Starting a documentary on the deep sea, give me cyan and green.
fr wish n c=teal;yellow b=bright | Soirée recherches sur les volcans, du turquoise et du jaune, bien lumineux.
+ en wish n c=teal;yellow b=bright | Evening reading up on volcanoes, teal and yellow, nice and bright.
fr wish n c=cool_white b=bright | Je démonte la vieille radio pour voir dedans, lumière blanche et forte.
+ en wish n c=cool_white b=bright | Taking the old radio apart to look inside, strong cool white light.
"""

"""reverie: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# la tête dans les nuages / head in the clouds
fr explicit n | J'ai la tête dans les nuages aujourd'hui.
+ en explicit n | My head's in the clouds today.
fr situation n | Tout le cours d'histoire, la tête dans les nuages, à imaginer le voyage au Japon de cet été.
+ en situation n | Whole history lesson with my head in the clouds, picturing this summer's trip to Japan.

# miles away / dans la lune
en explicit n | Sorry, I was miles away.
+ fr explicit n | Pardon, j'étais dans la lune.
en situation n | My colleague had to say my name three times, I was miles away on a sailboat somewhere in Greece.
+ fr situation n | Mon collègue a dû m'appeler trois fois, j'étais dans la lune, sur un voilier quelque part en Grèce.

# rêvasser / daydreaming
fr explicit l | Je rêvasse un peu.
+ en explicit l | Just daydreaming a bit.
fr situation n | Je rêvasse à la fenêtre du train en regardant défiler les champs de tournesols.
+ en situation n | Daydreaming at the train window while the sunflower fields roll past.

# lost in thought / perdu dans mes pensées
en explicit n | Lost in thought tonight.
+ fr explicit n | Perdue dans mes pensées ce soir.
en situation n | Lost in thought on the pier, watching the lighthouse beam sweep across the water.
+ fr situation n | Perdu dans mes pensées sur la jetée, à regarder le faisceau du phare balayer l'eau.

# être ailleurs / somewhere else
fr explicit n | Je suis complètement ailleurs.
+ en explicit n | I'm somewhere else entirely.
fr situation n | Mon copain me parle des courses, moi je suis ailleurs, dans la petite maison en pierre dont je rêve.
+ en situation n | My boyfriend's talking about the shopping, I'm somewhere else, in the little stone house I dream of.

# out to lunch / à l'ouest
en slang_emoji n | totally out to lunch today, brain's off somewhere on a beach 🌴
+ fr slang_emoji n | grave à l'ouest aujourd'hui, mon cerveau est parti sur une plage 🌴
en situation n | A bit out to lunch this afternoon, I keep doodling spaceships in the margin of my notes.
+ fr situation n | Un peu à l'ouest cet après-midi, je dessine des vaisseaux spatiaux dans la marge de mes notes.

# bayer aux corneilles / staring into space
fr explicit n | Je bayais aux corneilles depuis un quart d'heure.
+ en explicit n | I'd been staring into space for a quarter of an hour.
fr situation n | Au lieu de réviser, je bayais aux corneilles en regardant les hirondelles tourner au-dessus de la cour.
+ en situation n | Instead of revising, I was staring into space, watching the swallows circle above the courtyard.

# away with the fairies / dans les nuages
en explicit n | Away with the fairies this morning.
+ fr explicit n | Je suis dans les nuages ce matin.
en situation n | Grandad says I'm away with the fairies, I've been inventing names for the clouds since breakfast.
+ fr situation n | Papi dit que je suis dans les nuages, j'invente des noms aux nuages depuis le petit-déj.

# regarder les mouches voler / watching the world go by
fr explicit l | Je regarde les mouches voler.
+ en explicit l | Just watching the world go by.
fr situation l | Accoudée au balcon, je regarde les mouches voler et j'imagine la vie des gens d'en face.
+ en situation l | Leaning on the balcony, watching the world go by and imagining the lives of the people across the street.

# castles in the air / châteaux en Espagne
en explicit n | Building castles in the air again.
+ fr explicit n | Encore en train de bâtir des châteaux en Espagne.
en situation n | Building castles in the air: a bookshop café by the sea, a cat on the counter, rain on the glass.
+ fr situation n | Je bâtis des châteaux en Espagne : une librairie-café au bord de la mer, un chat sur le comptoir, la pluie sur la vitrine.

# planer / floating
fr explicit n | Je plane un peu ce soir, la tête pleine d'images.
+ en explicit n | Floating a bit tonight, my head full of pictures.
fr situation n | Je plane encore après ce film sur les baleines, j'ai l'impression de nager avec elles dans le noir.
+ en situation n | Still floating after that film about whales, it feels like I'm swimming with them in the dark.

# dans ma bulle / in my own little world
fr explicit n | Laisse-moi, je suis dans ma bulle.
+ en explicit n | Leave me be, I'm in my own little world.
fr situation n | Casque sur les oreilles, un album d'ambient, je suis dans ma bulle à regarder la neige tomber. Mets une lumière qui colle.
+ en situation n | Headphones on, an ambient album, I'm in my own little world watching the snow fall. Lights to match, please.

# zoned out / la tête ailleurs
en slang_emoji n | zoned out staring at the fish tank for like 20 min 🐠
+ fr slang_emoji n | complètement partie devant l'aquarium depuis genre 20 min 🐠
en situation n | Zoned out at the bus stop, imagining the city three hundred years ago with horses and lanterns.
+ fr situation n | La tête ailleurs à l'arrêt de bus, j'imagine la ville il y a trois cents ans, avec des chevaux et des lanternes.

# les yeux dans le vague / gazing off
fr explicit n | Les yeux dans le vague.
+ en explicit n | Gazing off into nothing.
fr situation n | Les yeux dans le vague devant le feu de camp, je me raconte des histoires de pirates et de trésors enfouis.
+ en situation n | Gazing into the campfire, I'm telling myself stories about pirates and buried treasure.

# voyager dans sa tête / travelling in my head
fr explicit n | Je voyage dans ma tête.
+ en explicit n | I'm travelling in my head.
fr situation n | Coincée au bureau sous la pluie, je voyage dans ma tête, direction les ruelles de Lisbonne.
+ en situation n | Stuck at the office in the rain, I'm travelling in my head, off to the backstreets of Lisbon.

# spacey / perché
en slang_emoji n | feeling spacey af tonight, just me n the stars ✨
+ fr slang_emoji n | bien perché ce soir, juste moi et les étoiles ✨
fr typo n | jsuis un peu perche la, jfixe la lune depuis 1h et jimagine des villes dessus
+ en typo n | im a bit spacey rn, been staring at the moon for an hour imagining cities on it

# rêver éveillé / dreaming with my eyes open
fr explicit n | Je rêve éveillé.
+ en explicit n | I'm dreaming with my eyes open.
fr situation n | Allongé dans l'herbe du jardin, je rêve éveillé d'une cabane dans les arbres avec une échelle de corde.
+ en situation n | Lying in the grass in the garden, dreaming with my eyes open about a treehouse with a rope ladder.

# mind wandering / l'esprit qui vagabonde
en explicit l | My mind's wandering a little.
+ fr explicit l | Mon esprit vagabonde un peu.
en situation n | Mind wandering during the sermon, following the coloured light from the stained glass across the floor.
+ fr situation n | Pendant le sermon, mon esprit vagabonde et suit la lumière colorée du vitrail qui glisse sur les dalles.

# je suis parti / I've drifted off
fr explicit n | Désolé, j'étais parti loin.
+ en explicit n | Sorry, I'd drifted off somewhere.
fr situation n | La prof de piano m'a surpris, j'étais parti loin, dans une salle de concert imaginaire à Vienne.
+ en situation n | My piano teacher caught me, I'd drifted off to an imaginary concert hall in Vienna.

# I could lose myself / je pourrais me perdre
en explicit n | I could lose myself in this view for hours.
+ fr explicit n | Je pourrais me perdre dans ce paysage pendant des heures.
en situation n | From the ridge the valley keeps going blue on blue, I could lose myself in it. Set the lights to match.
+ fr situation n | Du haut de la crête, la vallée s'étage en bleus sans fin, je pourrais m'y perdre. Mets des lumières qui vont avec.

# je me noie dans / drowning in (the stars)
fr explicit n | Je me noie dans ce ciel étoilé.
+ en explicit n | I'm getting lost in this starry sky.
fr situation n | Couché sur le capot de la voiture en pleine campagne, je me noie dans la Voie lactée.
+ en situation n | Lying on the car bonnet out in the countryside, I'm sinking into the Milky Way.

# on another planet / sur une autre planète
en explicit n | I'm on another planet today.
+ fr explicit n | Je suis sur une autre planète aujourd'hui.
en situation n | On another planet since I finished that sci-fi novel, I keep picturing its twin suns over my street.
+ fr situation n | Sur une autre planète depuis que j'ai fini ce roman de science-fiction, je vois ses deux soleils au-dessus de ma rue.

# songeur / pensive
fr explicit l | Un peu songeuse ce soir.
+ en explicit l | A little pensive tonight.
fr situation l | Songeur devant la vitrine de l'horloger, je me demande quelle vie a eue chaque vieille montre.
+ en situation l | Pensive in front of the watchmaker's window, wondering what life each old watch has had.

# woolgathering / rêvasser
en explicit n | Woolgathering all afternoon.
+ fr explicit n | J'ai rêvassé tout l'après-midi.
en situation n | Woolgathering over my knitting, imagining a little farm on the Scottish coast with a dozen sheep.
+ fr situation n | Je rêvasse sur mon tricot, j'imagine une petite ferme sur la côte écossaise avec une douzaine de moutons.

# tirer des plans sur la comète / dreaming up big plans
fr explicit n | Je tire des plans sur la comète.
+ en explicit n | I'm dreaming up pie-in-the-sky plans.
fr situation n | Avec mon pote on tire des plans sur la comète : un tour du monde en van, un potager sur le toit, un chien.
+ en situation n | My mate and I are dreaming up pie-in-the-sky plans: a round-the-world van trip, a rooftop veg patch, a dog.

# la tête en l'air / scatterbrained dreamer
fr explicit l | J'ai un peu la tête en l'air aujourd'hui, je rêvasse.
+ en explicit l | I'm a bit scatterbrained today, off in dreamland.
fr situation n | Tête en l'air, j'ai mis le sel dans le café, j'étais en train d'imaginer le décor de mon futur atelier.
+ en situation n | Head in the clouds, I put salt in my coffee, I was busy picturing my future workshop.

# la-la land / au pays des rêves
en slang_emoji n | off in la-la land again lol 🦄☁️
+ fr slang_emoji n | encore parti au pays des rêves mdr 🦄☁️
en typo n | totaly in la la land, been imagining my dream garden instead of doin my taxes
+ fr typo n | completement au pays des reves, j'imagine mon jardin ideal au lieu de faire ma declaration d'impots

# dans mon monde / in my own world
fr explicit n | Je suis dans mon monde, ne m'en veux pas.
+ en explicit n | I'm in my own world, don't take it personally.
fr situation n | Ma fille est dans son monde depuis une heure, elle parle tout bas à des fées imaginaires dans le jardin.
+ en situation n | My daughter has been in her own world for an hour, whispering to imaginary fairies in the garden.

# floating / flotter
en explicit l | Floating a little this evening.
+ fr explicit l | Je flotte un peu ce soir.
en situation n | Floating on my back in the lake, ears under the water, watching the clouds turn into dragons.
+ fr situation n | Je flotte sur le dos dans le lac, les oreilles sous l'eau, et les nuages se changent en dragons.

# se faire son cinéma / a film running in my head
fr explicit n | Je me fais mon petit cinéma dans la tête.
+ en explicit n | There's a little film running in my head.
fr situation n | Dans le métro, je me fais mon cinéma : je suis une espionne en mission et chaque passager est suspect.
+ en situation n | On the metro I've got a film running in my head: I'm a spy on a mission and every passenger is a suspect.

# checked out / j'ai décroché
en explicit n | I've completely checked out, my head's somewhere over the ocean.
+ fr explicit n | J'ai complètement décroché, ma tête est quelque part au-dessus de l'océan.
en situation n | Checked out halfway through the budget meeting, I was designing a lighthouse I'd like to live in.
+ fr situation n | J'ai décroché au milieu de la réunion budget, je dessinais dans ma tête un phare où j'aimerais vivre.

# a penny for your thoughts / à quoi tu rêves
en explicit n | "Penny for your thoughts?" Honestly, I was nowhere in particular, just drifting.
+ fr explicit n | « À quoi tu penses ? » Franchement, à rien de précis, je dérivais.
en situation n | My wife asked for a penny for my thoughts, I was picturing us sailing to the Azores someday.
+ fr situation n | Ma femme m'a demandé à quoi je rêvais, je nous voyais partir un jour en voilier vers les Açores.

# s'évader / escaping in my mind
fr explicit n | Je m'évade un peu.
+ en explicit n | Slipping away in my head for a bit.
fr situation n | Dans la salle d'attente, je m'évade avec une affiche de la Patagonie accrochée au mur.
+ en situation n | In the waiting room I'm slipping away into a poster of Patagonia on the wall.

# I could watch this forever / je pourrais regarder ça des heures
en explicit n | I could watch this forever.
+ fr explicit n | Je pourrais regarder ça pendant des heures.
en situation n | The snow falling under the streetlamp, slow and silent, I could watch it forever. Dim and dreamy, please.
+ fr situation n | La neige qui tombe sous le réverbère, lente et silencieuse, je pourrais la regarder des heures. Lumière douce et rêveuse, s'il te plaît.

# lunaire / dreamy
fr explicit n | Je suis d'humeur lunaire.
+ en explicit n | I'm in a dreamy mood.
fr situation n | Humeur lunaire ce soir, j'écoute Debussy en imaginant des jardins engloutis sous la mer.
+ en situation n | Dreamy mood tonight, listening to Debussy and imagining gardens sunk under the sea.

# drifting / dériver
en explicit l | Just drifting.
+ fr explicit l | Je dérive.
en situation n | Drifting on the ferry deck, the islands blurring into the mist, thoughts going nowhere in particular.
+ fr situation n | Je dérive sur le pont du ferry, les îles se fondent dans la brume, mes pensées ne vont nulle part.

# mixed: tired but mostly dreamy
fr mixed l | Un peu fatiguée, mais surtout la tête dans les étoiles depuis la soirée à l'observatoire.
+ en mixed l | A bit tired, but mostly stargazing in my head since the evening at the observatory.
en mixed l | Bit sleepy, but mostly just away with my thoughts, inventing a story about the old house on the hill.
+ fr mixed l | Un peu endormi, mais surtout parti dans mes pensées, à inventer une histoire sur la vieille maison de la colline.

# grave dans les nuages / so dreamy rn
fr slang_emoji h | grave dans les nuages ce soir ☁️☁️ mets une ambiance planante stp
+ en slang_emoji h | sooo head in the clouds tonight ☁️☁️ put on something floaty pls
fr typo n | chui dans la lune depuis ce matin, jarrete pas dimaginer ma future maison au bord du lac
+ en typo n | been off in the clouds since this morning, cant stop picturing my future house by the lake

# brain on a trip / mon cerveau est parti en voyage
en slang_emoji n | brain's gone walkabout, been watching the rain for ages 🌧️💭
+ fr slang_emoji n | mon cerveau est parti en balade, ça fait des plombes que je regarde la pluie 🌧️💭
en typo n | my minds gone on a trip, starin out the window imaginin im on a train thru siberia
+ fr typo n | mon esprit est parti en voyage, je fixe la fenetre en mimaginant dans un train en siberie

# wish: dreamy with a light request
fr wish n c=violet;blue b=dim | J'ai la tête dans les nuages ce soir, mets-moi du lavande et du bleu tout doux.
+ en wish n c=violet;blue b=dim | Head in the clouds tonight, give me soft lavender and blue.
en wish l c=pink;indigo b=dim | Miles away in my daydreams, some dim pink and indigo please.
+ fr wish l c=pink;indigo b=dim | Partie loin dans mes rêveries, un peu de rose et d'indigo tamisés s'il te plaît.

# à l'ouest mdr / spaced out lol
fr typo n | jsuis a l'ouest mdr, jai regarde les nuages passer pdt tte la pause dej
+ en typo n | so spaced out lol, spent my whole lunch brake watchin clouds go by
fr slang_emoji l | un peu à l'ouest là, j'imagine des dragons dans les nuages 🐉☁️
+ en slang_emoji l | a bit spaced out rn, seeing dragons in the clouds 🐉☁️

# daydreaming hard / je rêvasse à fond
en slang_emoji h | daydreaming SO hard in class rn, mentally im in a treehouse in Costa Rica 🌿
+ fr slang_emoji h | je rêvasse à fond en cours là, dans ma tête je suis dans une cabane au Costa Rica 🌿
en typo n | daydreamin at my desk again, imaginin a lil bakery in a fishing village
+ fr typo n | encore en train de revasser a mon bureau, j'imagine une ptite boulangerie dans un village de pecheurs

# la tête ailleurs tkt / my head's elsewhere
fr slang_emoji n | dsl jrépondais pas, j'avais la tête ailleurs, perdue dans les étoiles tkt ✨
+ en slang_emoji n | sry wasnt answering, head was elsewhere, lost in the stars, don't worry ✨
fr typo l | javais la tete ailleur, je regardais les bateaux au loin en mimaginant a bord
+ en typo l | my head was somewher else, watchin the boats far out n picturing myself on board

# dreamy af / rêveuse de ouf
en slang_emoji h | dreamy af tonight, moon's huge and I'm just floating 🌕
+ fr slang_emoji h | rêveuse de ouf ce soir, la lune est énorme et je plane 🌕
en typo n | feelin all dreamy, lyin on the roof countin stars n makin up constellations
+ fr typo n | toute reveuse, allongee sur le toit a compter les etoiles et a inventer des constellations
"""

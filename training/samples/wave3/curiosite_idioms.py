"""curiosite: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# je meurs de curiosité / dying of curiosity
fr explicit h | Je meurs de curiosité.
+ en explicit h | I'm dying of curiosity.
fr situation h | Je meurs de curiosité : le voisin livre des caisses en bois percées de trous dans son garage depuis lundi.
+ en situation h | I'm dying of curiosity: the neighbour's been unloading wooden crates with air holes into his garage since Monday.

# dying to know how it works / brûler d'envie de comprendre
en explicit h | I'm dying to know how it works.
+ fr explicit h | Je brûle d'envie de comprendre comment ça marche.
en situation n | Dying to know how the magician at my niece's party made my watch end up inside a sealed orange.
+ fr situation n | Je brûle de savoir comment le magicien de l'anniversaire de ma nièce a fait atterrir ma montre dans une orange fermée.

# curiosity killed the cat / curieux comme un chat
en explicit n | Curiosity killed the cat, but I have to open it.
+ fr explicit n | Je suis curieuse comme un chat, il faut que je l'ouvre.
en situation n | Curiosity killed the cat, I know, but I'm opening that locked trunk we found in Grandma's attic.
+ fr situation n | La curiosité est un vilain défaut, je sais, mais j'ouvre la malle fermée à clé trouvée dans le grenier de mamie.

# ça m'intrigue / I'm intrigued
fr explicit l | Ça m'intrigue un peu.
+ en explicit l | I'm a little intrigued.
fr situation n | Ça m'intrigue, ce petit escalier qui descend sous la chapelle et qu'on n'ouvre qu'aux Journées du patrimoine.
+ en situation n | I'm intrigued by that little staircase going down under the chapel that they only open on heritage days.

# piquer ma curiosité / pique my interest
fr explicit n | Ça a piqué ma curiosité.
+ en explicit n | That piqued my interest.
fr situation n | L'affiche « Ce soir, observation de Saturne, gratuit » à la médiathèque a piqué ma curiosité.
+ en situation n | The poster at the library saying "Tonight, Saturn viewing, free" piqued my interest.

# ça me démange / I'm itching to
fr explicit n | Ça me démange de le démonter.
+ en explicit n | I'm itching to take it apart.
fr situation n | Ça me démange de démonter ce vieux poste radio à lampes pour voir ce qu'il y a dedans.
+ en situation n | I'm itching to take this old valve radio apart to see what's inside.

# what makes it tick / comprendre ce qui fait tourner la machine
en explicit n | I want to know what makes it tick.
+ fr explicit n | Je veux comprendre ce qu'il y a sous le capot.
en situation n | I want to know what makes my grandfather's cuckoo clock tick, so I'm opening the back with a tiny screwdriver.
+ fr situation n | Je veux comprendre ce qu'il y a sous le capot de la pendule à coucou de mon grand-père, alors j'ouvre le dos avec un petit tournevis.

# soif d'apprendre / thirst for knowledge
fr explicit n | J'ai une soif d'apprendre en ce moment.
+ en explicit n | I've got a real thirst for knowledge right now.
fr situation n | Une soif d'apprendre folle depuis que je me suis inscrite au cours du soir de géologie, je regarde chaque caillou.
+ en situation n | Such a thirst for knowledge since I signed up for evening geology classes, I look at every pebble.

# hungry for more / j'en redemande
en explicit n | I'm hungry for more.
+ fr explicit n | J'en redemande.
en situation n | Hungry for more after the museum's talk on Egyptian hieroglyphs, I've ordered two books on it. Set the mood.
+ fr situation n | J'en redemande après la conférence du musée sur les hiéroglyphes, j'ai commandé deux livres dessus. Mets une ambiance.

# rabbit hole / partir en vrille sur Wikipédia
en explicit n | I've fallen down a rabbit hole.
+ fr explicit n | Je suis parti dans une spirale Wikipédia.
en situation n | Down a rabbit hole since dinner: started with why cats purr and now I'm reading about tiger vocal cords.
+ fr situation n | Parti en spirale depuis le dîner : j'ai commencé par pourquoi les chats ronronnent et je lis maintenant sur les cordes vocales des tigres.

# j'ai attrapé le virus / caught the bug
fr explicit n | J'ai attrapé le virus de l'astronomie.
+ en explicit n | I've caught the astronomy bug.
fr situation n | J'ai attrapé le virus de la généalogie : je remonte ma famille jusqu'à un meunier de 1720 et je veux savoir qui était sa femme.
+ en situation n | I've caught the genealogy bug: I've traced my family back to a miller in 1720 and I want to find out who his wife was.

# cuisiner quelqu'un / pick someone's brain
fr explicit n | J'ai trop envie de cuisiner le guide.
+ en explicit n | I'm dying to pick the guide's brain.
fr situation n | J'ai cuisiné l'apiculteur pendant une heure : comment les abeilles savent-elles où est la fleur ?
+ en situation n | I picked the beekeeper's brain for an hour: how do bees know where the flower is?

# tirer les vers du nez / worm it out of someone
fr explicit n | Je vais lui tirer les vers du nez.
+ en explicit n | I'm going to worm it out of him.
fr situation n | J'essaie de tirer les vers du nez au pâtissier : c'est quoi l'ingrédient secret de son flan ?
+ en situation n | Trying to worm it out of the baker: what's the secret ingredient in his custard tart?

# get to the bottom of it / en avoir le cœur net
en explicit n | I want to get to the bottom of it.
+ fr explicit n | Je veux en avoir le cœur net.
en situation n | Getting to the bottom of it: why does our kitchen tap water taste of chlorine only on Tuesdays?
+ fr situation n | Je veux en avoir le cœur net : pourquoi l'eau du robinet a un goût de chlore seulement le mardi ?

# ça me turlupine / it's been nagging at me
fr explicit n | Ça me turlupine, je veux comprendre.
+ en explicit n | It's been nagging at me, I want to figure it out.
fr situation n | Ça me turlupine : comment les hirondelles retrouvent-elles exactement le même nid chaque printemps ?
+ en situation n | It's been nagging at me: how do swallows find exactly the same nest every spring?

# all ears / tout ouïe
en explicit n | I'm all ears.
+ fr explicit n | Je suis tout ouïe.
en situation n | All ears: my grandpa's finally telling how he fixed radars in the navy back in the sixties.
+ fr situation n | Tout ouïe : mon grand-père raconte enfin comment il réparait les radars dans la marine dans les années soixante.

# boire les paroles / hang on every word (lecture)
fr explicit n | Je bois ses paroles.
+ en explicit n | I'm soaking up every word.
fr situation n | Je bois les paroles de la volcanologue qui explique comment on prévoit une éruption.
+ en situation n | Soaking up every word from the volcanologist explaining how they predict an eruption.

# rat de bibliothèque / bookworm
fr explicit n | Mode rat de bibliothèque activé.
+ en explicit n | Full bookworm mode.
fr situation n | Rat de bibliothèque ce samedi : trois heures au rayon sciences à feuilleter tout sur les reptiles marins du jurassique.
+ en situation n | Bookworm Saturday: three hours in the science section leafing through everything about Jurassic sea reptiles.

# nosy / fouineuse
en explicit l | I'm a bit nosy, I admit.
+ fr explicit l | Je suis un peu fouineuse, je l'avoue.
en situation l | A bit nosy, sure, but what's the new neighbour building with all those copper pipes on his balcony?
+ fr situation l | Un peu fouineuse, d'accord, mais qu'est-ce qu'il construit, le nouveau voisin, avec tous ces tuyaux en cuivre sur son balcon ?

# mettre son nez partout / poke around
fr explicit n | J'ai envie de mettre mon nez partout.
+ en explicit n | I want to poke around everywhere.
fr situation n | Premier jour dans cette vieille maison de vacances, j'ai envie de mettre mon nez dans chaque placard et chaque tiroir.
+ en situation n | First day in this old holiday house, I want to poke my nose into every cupboard and drawer.

# obsessed (curiosity) / obsédé
en explicit n | Lowkey obsessed with how octopuses think.
+ fr explicit n | Un peu obsédé par la façon dont pensent les pieuvres.
en situation n | Obsessed since the documentary: how can a slime mould with no brain find the shortest path through a maze?
+ fr situation n | Obsédée depuis le documentaire : comment une moisissure sans cerveau trouve-t-elle le plus court chemin dans un labyrinthe ?

# mode Sherlock / detective mode
fr slang_emoji n | mode Sherlock activé 🔍
+ en slang_emoji n | full detective mode 🔍
fr slang_emoji n | mode Sherlock : qui a planté des tournesols dans le rond-point pendant la nuit ?? faut que je sache 🔍🌻
+ en slang_emoji n | detective mode: who planted sunflowers on the roundabout overnight?? i need to know 🔍🌻

# spill the tea / balance tout
en slang_emoji h | spill the tea 👀👀
+ fr slang_emoji h | balance tout 👀👀
en slang_emoji n | wait what's in the box mum brought back from Japan?? spill 👀📦
+ fr slang_emoji n | attends c'est quoi la boîte que maman a ramenée du Japon ?? balance 👀📦

# how come / comment ça se fait
fr typo n | mais cmt ca se fait ??
+ en typo n | but how come ??
fr typo n | cmt ca se fait que la mer soit salée mais pas les rivieres ?? jveux savoir
+ en typo n | how come the sea is salty but rivers arent?? i wanna know

# wait how does that even work / attends mais comment
en slang_emoji n | wait how does that even work 🤯
+ fr slang_emoji n | attends mais comment ça marche ce truc 🤯
en slang_emoji n | wait how do noise-cancelling headphones even work?? like they make anti-sound?? 🤯🎧
+ fr slang_emoji n | attends comment marchent les casques à réduction de bruit ?? genre ils fabriquent de l'anti-son ?? 🤯🎧

# je me demande bien / I wonder
fr explicit l | Je me demande bien ce qu'il y a là-dedans.
+ en explicit l | I do wonder what's in there.
fr situation l | Je me demande bien à quoi servait cette drôle de pièce ronde en fonte retrouvée en bêchant le potager.
+ en situation l | I do wonder what that odd round cast-iron piece I dug up in the vegetable patch was for.

# sneak a peek / jeter un œil
en explicit n | I just want to sneak a peek.
+ fr explicit n | Je veux juste jeter un petit coup d'œil.
en situation n | Dying to sneak a peek behind the "staff only" door at the aquarium, where they raise the baby seahorses.
+ fr situation n | Trop envie de jeter un œil derrière la porte « réservé au personnel » de l'aquarium, là où ils élèvent les bébés hippocampes.

# mind blown / ça me retourne le cerveau
en slang_emoji h | mind blown, need to know more 🤯
+ fr slang_emoji h | ça me retourne le cerveau, j'en veux plus 🤯
en slang_emoji h | mind = blown, trees talk to each other through fungi underground?? sending me every article 🤯🌳
+ fr slang_emoji h | cerveau retourné, les arbres communiquent par des champignons sous terre ?? envoyez-moi tous les articles 🤯🌳

# se creuser la tête / rack my brain
fr explicit n | Je me creuse la tête pour comprendre.
+ en explicit n | I'm racking my brain to figure it out.
fr situation n | Je me creuse la tête depuis une heure sur l'énigme du calendrier de l'avent de mon fils, et j'adore ça.
+ en situation n | I've been racking my brain for an hour over the riddle in my son's advent calendar, and I love it.

# nerd out / geeker
en explicit n | Nerding out hard tonight.
+ fr explicit n | Grosse soirée à geeker.
en situation n | Nerding out over how medieval builders got those cathedral vaults to stand without steel. Match the lights.
+ fr situation n | Je geeke sur la façon dont les bâtisseurs du Moyen Âge tenaient les voûtes des cathédrales sans acier. Lumière assortie.

# dévorer / devour
fr explicit n | Je dévore tout ce qui parle des trous noirs.
+ en explicit n | I'm devouring everything about black holes.
fr situation n | Je dévore les archives du journal local de 1954 pour comprendre pourquoi notre rue porte ce nom bizarre.
+ en situation n | I'm devouring the local paper's 1954 archives to find out why our street has such a strange name.

# voir de quoi il retourne / see what it's all about
fr explicit n | Je vais voir de quoi il retourne.
+ en explicit n | I'm off to see what it's all about.
fr situation n | Une file de cinquante personnes devant une boutique sans enseigne : je vais voir de quoi il retourne.
+ en situation n | A queue of fifty people outside a shop with no sign: I'm going to see what it's all about.

# wide-eyed / les yeux écarquillés
en explicit n | Wide-eyed like a kid, I want to know everything.
+ fr explicit n | Les yeux écarquillés comme un gamin, je veux tout savoir.
en situation n | Wide-eyed at the glassblower's stall, asking how hot the furnace gets and why the glass doesn't drip.
+ fr situation n | Les yeux écarquillés devant le souffleur de verre, je demande à quelle température monte le four et pourquoi le verre ne coule pas.

# question bête / dumb question
fr explicit l | Question bête, mais comment ça marche, en fait ?
+ en explicit l | Dumb question, but how does it actually work?
fr situation l | Question bête : comment l'avion sait-il qu'il est au-dessus de l'océan quand il n'y a plus de radar ?
+ en situation l | Dumb question: how does the plane know where it is over the ocean when there's no radar?

# kiffer comprendre / love figuring stuff out
fr slang_emoji n | jkiffe trop comprendre comment marchent les trucs 🧐
+ en slang_emoji n | i just love figuring out how stuff works 🧐
fr slang_emoji n | jkiffe trop, j'ai ouvert la manette cassée et je capte enfin à quoi servent les petits ressorts 🧐🎮
+ en slang_emoji n | love this, opened up the broken controller and i finally get what the tiny springs are for 🧐🎮

# chelou, faut que je sache / weird, I need to know
fr slang_emoji n | trop chelou, faut que je sache 👀
+ en slang_emoji n | so weird, i need to know 👀
fr slang_emoji n | y a un mec qui promène un furet en laisse sur le quai, trop chelou, jvais lui demander 👀
+ en slang_emoji n | some guy's walking a ferret on a lead on the platform, so weird, i'm gonna ask him 👀

# gimme the deets / donne-moi les détails
en slang_emoji n | gimme the deets 👀
+ fr slang_emoji n | donne-moi tous les détails 👀
en typo n | gimme the deets on how u made ur own cheese, how long does it take, wat milk??
+ fr typo n | raconte comment ta fait ton propre fromage, ca prend cmb de temps, quel lait ??

# what's the story behind / c'est quoi l'histoire
en explicit n | What's the story behind it? I have to know.
+ fr explicit n | C'est quoi l'histoire derrière ? Il faut que je sache.
en situation n | What's the story behind the cannonball stuck in the wall of the church? Looking it up right now.
+ fr situation n | C'est quoi l'histoire du boulet de canon planté dans le mur de l'église ? Je cherche tout de suite.

# ça me fascine / fascinated
fr explicit h | Ça me fascine complètement.
+ en explicit h | I'm completely fascinated.
fr situation n | Fascinée par le robot du labo de mon fils qui trie les pièces de Lego par couleur, je veux voir le code.
+ en situation n | Fascinated by the robot in my son's lab that sorts Lego bricks by colour, I want to see the code.

# touche-à-tout / jack of all trades, always curious
fr explicit n | Touche-à-tout, j'ai envie d'essayer de comprendre chaque machine de l'atelier.
+ en explicit n | Curious about everything, I want to figure out every machine in the workshop.
fr situation n | Touche-à-tout comme toujours, je passe ma pause à demander au soudeur comment marche son poste à l'arc.
+ en situation n | Into everything as usual, I spend my break asking the welder how his arc welder works.

# jveux savoir / need to know
fr typo n | jveux savoir, dit moi
+ en typo n | i need to know, tell me
fr typo n | jveux savoir cmt les chauve souris voient dans le noir, c quoi lecholocalisation
+ en typo n | i need to know how bats see in the dark, wats echolocation

# wish lines
fr wish n c=cyan;green | Je meurs de curiosité, mets du cyan et du vert menthe.
+ en wish n c=cyan;green | I'm dying of curiosity, give me cyan and mint green.
en wish n c=teal;yellow b=bright | Down a science rabbit hole, bright teal with a touch of yellow please.
+ fr wish n c=teal;yellow b=bright | Partie dans une spirale de science, turquoise lumineux avec une touche de jaune s'il te plaît.
"""

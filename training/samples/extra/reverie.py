"""reverie: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`reverie-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Dans la salle d'attente du médecin, je regarde l'aquarium et j'imagine la vie des poissons.
+ en situation n | In the doctor's waiting room, staring at the fish tank and imagining their little lives.
fr situation n | Pendant la réunion, je fixe le ciel par la fenêtre et je me vois voguer sur un voilier.
+ en situation n | During the meeting I'm watching the sky and picturing myself on a sailboat.
fr situation n | Je regarde des annonces de maisons en Écosse que je n'achèterai jamais, juste pour rêver.
+ en situation n | Browsing cottages in Scotland I'll never buy, just to dream.
fr situation n | Allongé sur le pont du ferry, je regarde les mouettes et je m'invente un voyage sans fin.
+ en situation n | Lying on the ferry deck, watching the gulls and inventing an endless voyage.
fr situation n | Je suis dans mon bain et j'imagine le café que j'ouvrirai un jour au bord de la mer.
+ en situation n | In the bath imagining the café I'll open by the sea one day.
fr situation n | Le chat dort au soleil et moi je suis ailleurs, quelque part dans un roman.
fr situation n | Je conduis de nuit sur une route déserte et mes pensées s'envolent.
+ en situation n | Driving at night on an empty road and my thoughts are drifting off.
fr situation n | Je regarde les bulles de savon de ma fille s'envoler et je me perds dedans.
+ en situation n | Watching my daughter's soap bubbles float away and losing myself in them.
fr situation n | Dans le métro, j'imagine l'histoire de chaque passager.
+ en situation n | On the tube, making up a story for every passenger.
fr situation n | J'ai le nez dans un atlas et je choisis des îles où je n'irai sans doute jamais.
+ en situation n | Nose in an atlas, picking islands I'll probably never visit.
fr situation n | Le vent fait bouger les rideaux et je laisse mon esprit divaguer.
+ en situation n | The wind is moving the curtains and I'm letting my mind wander.
fr situation n | Je dessine des plans de ma maison idéale sur une serviette en papier.
+ en situation n | Sketching plans of my dream house on a napkin.
fr situation n | Assise au bord de la fontaine, je regarde l'eau et je ne pense plus à rien de précis.
+ en situation n | Sitting by the fountain watching the water, not thinking of anything in particular.
fr situation n | Je m'imagine vivre dans un phare au milieu de l'océan.
+ en situation n | Imagining living in a lighthouse in the middle of the ocean.
fr situation n | Je regarde le coucher de soleil rose depuis le toit et je me sens flotter.
fr situation n | Il y a du brouillard sur le lac et j'ai l'impression d'être dans un conte.
+ en situation n | Fog over the lake and it feels like I'm inside a fairy tale.
fr situation n | J'écoute la pluie sur le toit de la tente et je m'invente des histoires.
+ en situation n | Listening to the rain on the tent and making up stories.
fr situation n | Je regarde un vieux film en noir et blanc et je m'imagine dans le Paris des années trente.
+ en situation n | Watching an old black-and-white film and picturing myself in 1930s Paris.
fr situation n | Pendant le cours de maths, je griffonne des dragons dans la marge.
+ en situation n | Doodling dragons in the margin during maths class.
fr situation n | Je compose dans ma tête la musique d'un film qui n'existe pas.
+ en situation n | Composing the soundtrack to a film that doesn't exist in my head.
fr situation n | Je fixe le plafond étoilé de la chambre de mon fils et je m'évade.
+ en situation n | Staring at the glow-in-the-dark stars on my son's ceiling and drifting away.
fr situation n | Je regarde les lucioles dans le jardin et tout devient irréel.
+ en situation n | Watching fireflies in the garden and everything feels unreal.
fr situation n | Sur la plage au crépuscule, je regarde l'horizon et je m'imagine de l'autre côté.
+ en situation n | On the beach at dusk, looking at the horizon and imagining the other side.
fr situation n | Je rêve de partir vivre dans une cabane dans les arbres.
+ en situation n | I keep dreaming about moving into a treehouse.
fr situation n | Le train traverse des champs de lavande et je suis dans mes songes.
+ en situation n | The train is crossing lavender fields and I'm miles away in my head.
fr situation n | Je feuillette un catalogue de voyages en ballon et je m'y vois déjà.
fr situation n | Je laisse la musique me porter, casque sur les oreilles, les yeux au plafond.
+ en situation n | Letting the music carry me, headphones on, eyes on the ceiling.
fr situation n | Les feuilles d'automne tombent doucement et je les regarde tourner.
+ en situation n | Autumn leaves are slowly spinning down and I'm just watching them.
fr situation n | J'imagine à quoi ressemblera la ville dans cent ans.
+ en situation n | Wondering what the city will look like in a hundred years.
fr situation n | Je suis sur un banc du port à regarder les bateaux et à inventer leurs destinations.
+ en situation n | Sitting on a bench by the harbour making up destinations for the boats.
fr situation n | Je m'endors à moitié dans le hamac en imaginant des paysages.
+ en situation n | Half asleep in the hammock, imagining landscapes.
fr situation n | Je regarde la neige tomber sous le lampadaire, j'ai la tête ailleurs.
+ en situation n | Watching snow fall under the streetlight, my head somewhere else.
fr situation n | J'ai ouvert la fenêtre sur la nuit d'été et je me laisse bercer par les grillons.
+ en situation n | Window open on a summer night, letting the crickets rock me.
fr situation n | Je dessine des constellations imaginaires sur mon carnet.
+ en situation n | Drawing imaginary constellations in my notebook.
fr situation n | En faisant la vaisselle, je m'imagine sur la scène d'un grand théâtre.
+ en situation n | Washing up and picturing myself on the stage of a grand theatre.
fr situation n | Je suis assis dans l'herbe au sommet de la colline et je laisse passer les nuages.
+ en situation n | Sitting in the grass on top of the hill, letting the clouds go by.
fr situation n | Je relis les premières pages du roman que j'aimerais écrire un jour.
fr situation n | Je regarde la flamme du feu de camp danser et je pars loin.
+ en situation n | Staring into the campfire and drifting far away.
fr situation n | Je contemple les vitraux de l'église et je laisse mon esprit voyager avec la lumière.
+ en situation n | Looking at the stained glass and letting my mind travel with the light.
fr situation n | Sur le quai de la gare, j'imagine prendre le premier train pour n'importe où.
+ en situation n | On the station platform, imagining hopping on the first train to anywhere.
fr situation n | Je fais des ricochets sur la rivière en pensant à des choses qui n'existent pas.
+ en situation n | Skimming stones on the river and thinking about things that don't exist.
fr situation n | Je regarde les avions passer et je m'invente les destinations de chacun.
+ en situation n | Watching planes go over and inventing where each one is headed.
fr situation n | Je passe la soirée à imaginer le jardin japonais que je ferai un jour.
+ en situation n | Spending the evening planning the Japanese garden I'll have one day.
fr situation n | Je suis en haut de la grande roue et la ville ressemble à une maquette de rêve.
+ en situation n | At the top of the Ferris wheel the city looks like a dreamy model.
fr situation n | Je me repasse en boucle un rêve étrange de la nuit dernière.
+ en situation n | Replaying a strange dream from last night over and over.
fr situation n | Je flotte sur le dos dans la mer et je regarde les nuages passer.
+ en situation n | Floating on my back in the sea watching the clouds.
fr situation n | Je pose ma tête contre la vitre de l'avion, au-dessus de la mer de nuages.
+ en situation n | Head against the plane window above a sea of clouds.
fr negation n | Je ne suis pas nostalgique, j'imagine juste la vie que j'aurai dans dix ans à la montagne.
+ en negation n | Not nostalgic, just imagining the life I'll have in the mountains in ten years.
fr negation n | Je ne suis pas détendu au sens reposé, je suis surtout parti dans mes rêves.
+ en negation n | Not relaxed exactly, more lost somewhere in my daydreams.
fr negation n | Je ne me rappelle pas un souvenir, j'invente un pays imaginaire pour mes personnages.
+ en negation n | Not remembering anything, I'm inventing an imaginary country for my characters.
en situation n | Watching the clouds turn pink from my window and letting my mind float.
en situation n | Lying on the living room rug listening to whale songs.
en situation n | Gazing at a painting in the museum and stepping into it in my head.
en situation n | Reading poetry in the garden and drifting between the lines.
# contrast with neighbouring moods
fr situation n | Dans mon transat, je regarde les nuages et je m'invente des voyages sur d'autres continents.
+ en situation n | In my deckchair watching the clouds and inventing trips to other continents.
fr situation n | À la fenêtre, je regarde la pluie et je m'imagine vivre dans un moulin au bord d'une rivière.
+ en situation n | Watching the rain from the window and imagining living in a mill by a river.
fr situation n | La musique douce me transporte dans un paysage de montagnes qui n'existe pas.
+ en situation n | The soft music carries me off to mountains that don't exist.
fr situation n | Au bord de la piscine, je fixe les reflets de l'eau et je suis ailleurs.
+ en situation n | Staring at the light on the pool water and I'm somewhere else entirely.
fr situation n | Allongé sur le canapé, j'imagine le tour du monde en voilier que je ferai un jour.
+ en situation n | Lying on the sofa imagining the round-the-world sailing trip I'll take one day.
# stories
fr long n | Le train est en retard et je suis assise sur le quai. Le soleil se couche sur les rails. J'imagine monter dans un train de nuit pour Venise. Je ne vois plus le temps passer.
+ en long n | The train's late and I'm sitting on the platform. The sun is setting over the tracks. I'm imagining boarding a night train to Venice. I've lost track of time.
fr long n | Ce soir j'ai éteint toutes les lumières. Je regarde la lune par la fenêtre du salon. Je m'invente une vie de gardien de phare. La musique joue tout bas.
+ en long n | I turned off every light tonight. I'm watching the moon through the living room window. I'm inventing a life as a lighthouse keeper. The music is playing very softly.
fr long n | On est en vacances au bord d'un lac. Pendant que les autres jouent aux cartes, je reste sur le ponton. L'eau est immobile et reflète les montagnes. Je laisse mes pensées flotter au loin.
+ en long n | We're on holiday by a lake. While the others play cards, I stay on the jetty. The water is perfectly still and mirrors the mountains. My thoughts are floating off somewhere.
fr long n | J'ai trouvé un vieux carnet vierge dans un tiroir. J'ai commencé à y dessiner une ville imaginaire. Il y a des ponts suspendus et des jardins sur les toits. Ça fait deux heures que je suis dedans.
+ en long n | Found an old blank notebook in a drawer. I started drawing an imaginary city in it. There are hanging bridges and gardens on every roof. I've been lost in it for two hours.
fr long n | Je suis dans le bus qui traverse la campagne. Il pleut doucement sur les vitres. Je regarde les fermes et j'imagine qui y vit. Je descendrais bien n'importe où.
+ en long n | I'm on a bus through the countryside. Rain is running softly down the windows. I'm watching the farms go by and imagining who lives there. I'd happily get off anywhere.
# phone spelling
fr typo n | jsui ds la lune depui ce matin, jregarde les nuages
fr typo n | je reve eveillée ds le train, jimagine une autre vie
fr typo n | tete ds les etoiles ce soir, jsuis trop loin 🌙
"""

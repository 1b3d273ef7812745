"""reverie: daydreaming, dreamy contemplation, head in the clouds, imagining elsewhere."""

SEEDS = """
fr situation n | Je regarde la pluie couler sur la vitre du train et je m'invente des vies.
fr situation n | Allongé dans l'herbe, je cherche des formes dans les nuages.
fr situation n | Je contemple les étoiles depuis le balcon en imaginant d'autres planètes.
fr situation n | Je feuillette un livre de voyage sur l'Islande et je m'y vois déjà.
fr situation n | Je regarde la mer depuis la falaise, mes pensées partent au large.
fr situation n | Je dessine des châteaux imaginaires dans mon carnet depuis une heure.
fr situation n | La neige tombe en silence et je laisse mes pensées flotter.
fr situation n | J'écoute un album de piano les yeux fermés, je m'imagine dans un film.
fr situation n | Je fixe la flamme d'une bougie et je pars ailleurs.
fr situation n | Je rêvasse à la maison qu'on pourrait avoir à la campagne.
fr situation n | Sur le bateau, je regarde le sillage et j'imagine où il mène.
fr situation n | Je regarde les lumières de la ville depuis le dernier étage et je songe.
fr situation n | Je relis un conte de fées et je me laisse porter.
fr situation n | Je suis dans le bus de nuit, le front contre la vitre, à imaginer la vie des gens dans les fenêtres éclairées.
fr situation n | Je peins à l'aquarelle sans but précis, juste pour voir où ça m'emmène.
fr situation n | J'imagine le roman que j'écrirai un jour.
fr situation n | Brume du matin sur les champs, je me sens dans un rêve.
fr situation n | Je me balance doucement sur la balançoire du jardin en pensant à rien et à tout.
fr explicit n | Je suis rêveur ce soir.
fr explicit n | J'ai la tête dans les nuages.
fr explicit n | Je rêvasse depuis ce matin.
fr explicit n | Je suis dans la lune aujourd'hui.
fr explicit n | Humeur contemplative, j'ai envie de laisser vagabonder mon esprit.
fr explicit n | Je me perds dans mes pensées.
fr intensity h | Je suis complètement ailleurs, perdue dans mes rêves.
fr intensity l | Un peu dans la lune, rien de grave.
fr intensity h | Je plane totalement, mon esprit voyage très loin.
fr intensity l | Légèrement rêveuse en regardant par la fenêtre.
fr wish n c=violet;pink b=dim | Je rêvasse, mets du mauve et du rose, tout doux.
fr wish n c=indigo;purple | Soirée étoiles et rêveries, de l'indigo et du violet.
fr wish n c=blue b=dim | J'ai la tête dans les nuages, un bleu pâle et tamisé.
fr wish n c=pink;cyan | Je m'imagine sur une autre planète, du rose et du cyan.
fr negation n | Je ne suis pas triste, juste dans mes pensées.
fr negation n | Ce n'est pas de l'ennui, je rêvasse et j'adore ça.
fr negation n | Non je ne dors pas, je suis juste dans la lune.
fr negation n | Je ne suis pas nostalgique, j'imagine plutôt ce que pourrait être demain.
fr mixed n | Un peu fatiguée, mais surtout perdue dans mes rêveries en regardant la mer.
fr mixed n | Détendu, et surtout la tête dans les étoiles ce soir.
fr mixed n | Une pointe de mélancolie, mais je suis surtout en train de rêver à des voyages lointains.
fr mixed n | Un peu distrait au boulot, je rêve surtout au week-end dans les montagnes.
fr typo n | jsui dan la lune ajd
fr typo n | jrevasse tt la journé
fr typo n | g la tete ds les nuages
fr slang_emoji n | mode rêverie ☁️✨
fr slang_emoji n | je plane un peu là 🌙💭
fr slang_emoji n | perdue dans mes pensées 🫧
fr slang_emoji n | les étoiles ce soir 🌌 je pars loin
fr one_word n | Rêverie.
fr one_word n | rêveuse
fr one_word n | Songe
fr one_word n | Nuages
fr one_word n | Contemplation
fr long n | Il est tard et la maison dort. Je me suis assise près de la fenêtre avec un thé. Dehors la lune éclaire les toits. Je laisse mes pensées dériver.
fr long n | Je viens de finir un roman de science-fiction. Je n'arrive pas à revenir dans le monde réel. J'imagine encore ces villes suspendues. Mets quelque chose de planant.
fr long n | On est sur la plage au coucher du soleil. Les couleurs changent toutes les minutes. Je ne pense à rien de précis. Je me laisse flotter.
fr long n | J'ai pris le train de nuit pour Vienne. Les paysages défilent dans le noir. Je m'invente des histoires sur chaque village. Je ne veux pas arriver.
en situation n | Watching the rain on the train window and making up lives for strangers.
en situation n | Lying in the grass looking for shapes in the clouds.
en situation n | Staring at the stars from the balcony, imagining other worlds.
en situation n | Flipping through a travel book about Iceland and picturing myself there.
en situation n | Sketching imaginary castles in my notebook for an hour.
en situation n | Snow is falling silently and I'm letting my mind wander.
en situation n | Listening to piano music with my eyes closed, like I'm in a film.
en situation n | Staring into a candle flame and drifting off somewhere.
en situation n | Daydreaming about the cottage we could have one day.
en situation n | On the night bus, forehead on the glass, imagining the lives behind lit windows.
en situation n | Painting watercolours with no plan, just seeing where it goes.
en situation n | Morning mist over the fields, it feels like a dream.
en explicit n | I'm feeling dreamy tonight.
en explicit n | My head is in the clouds.
en explicit n | I've been daydreaming all day.
en explicit n | I'm lost in my thoughts.
en intensity h | I'm completely somewhere else, lost in my dreams.
en intensity l | A little spaced out, nothing serious.
en intensity h | Totally floating, my mind is miles away.
en wish n c=violet;pink b=dim | Daydreaming, soft violet and pink please.
en wish n c=indigo;purple | Stargazing and dreaming, indigo and purple.
en wish n c=pink;cyan | I'm imagining another planet, pink and cyan.
en negation n | I'm not sad, just drifting in my thoughts.
en negation n | It's not boredom, I'm daydreaming and I love it.
en negation n | Not nostalgic, more like dreaming about what could be.
en mixed n | A bit tired, but mostly lost in daydreams watching the sea.
en mixed n | Relaxed, and mostly with my head in the stars tonight.
en mixed n | Slightly distracted at work, mainly dreaming about a weekend in the mountains.
en typo n | so spacd out 2day
en typo n | daydreamin all afternon
en slang_emoji n | dreamy mood ☁️✨
en slang_emoji n | head in the clouds rn 🌙💭
en slang_emoji n | lost in thought 🫧
en slang_emoji n | the stars tonight 🌌 I'm gone
en one_word n | Daydreaming.
en one_word n | dreamy
en one_word n | Reverie
en one_word n | Clouds
en long n | It's late and the house is asleep. I'm sitting by the window with tea. The moon is lighting up the rooftops. I'm letting my thoughts drift.
en long n | I just finished a sci-fi novel. I can't come back to the real world. I'm still picturing those floating cities. Put on something spacey.
en long n | We're on the beach at sunset. The colours change every minute. I'm not thinking about anything in particular. Just floating.
mixed explicit n | Je suis en mode dreamy ce soir.
mixed situation n | Je regarde les clouds depuis le hamac, je pars loin.
mixed slang_emoji n | head in the clouds toute la journée ☁️
mixed wish n c=violet b=dim | Mood rêveur, mets du mauve soft et tamisé.
mixed situation n | Night train, je regarde défiler les lumières et je rêvasse.
mixed negation n | Pas sad, juste un peu spaced out et rêveur.
es explicit n | Estoy soñando despierta toda la tarde.
es situation n | Miro las estrellas desde la terraza y me imagino otros mundos.
de explicit n | Ich bin heute total verträumt.
de situation n | Ich liege im Gras und schaue den Wolken zu.
it explicit n | Sono con la testa fra le nuvole oggi.
it situation n | Guardo il mare dalla scogliera e i miei pensieri vanno lontano.
"""

FR_SITUATIONS = [
    "je regarde les flocons tomber sur la ville",
    "je m'imagine vivre dans un phare au bout du monde",
    "je suis allongé sous un arbre à regarder les feuilles bouger",
    "je regarde le ciel changer de couleur au crépuscule",
    "j'invente une histoire pour le tableau accroché au salon",
    "je regarde les poissons de l'aquarium tourner en rond",
    "je pense à la vie que j'aurais pu avoir dans une autre ville",
    "je contemple la lune par la fenêtre de ma chambre",
    "j'écoute le vent dans les pins",
    "je regarde les bulles de savon s'envoler",
    "je m'imagine traverser le désert à dos de chameau",
    "je suis assise au bord du quai à regarder les péniches",
    "je griffonne des planètes imaginaires sur un coin de table",
    "je regarde les reflets du soleil sur l'eau de la piscine",
]
EN_SITUATIONS = [
    "I'm watching snowflakes fall over the city",
    "I'm imagining living in a lighthouse at the end of the world",
    "I'm lying under a tree watching the leaves move",
    "I'm watching the sky change colour at dusk",
    "I'm inventing a story for the painting in the hallway",
    "I'm staring at the moon through my bedroom window",
    "I'm listening to the wind in the pines",
    "I'm picturing myself crossing the desert on a camel",
    "I'm sitting on the dock watching the boats drift by",
    "I'm doodling imaginary planets on a napkin",
]
FR_FEELINGS = [
    "je suis {a} rêveur",
    "je suis {a} dans la lune",
    "je me sens {a} rêveuse",
    "j'ai la tête dans les nuages",
    "je rêvasse",
    "je me perds dans mes pensées",
]
EN_FEELINGS = [
    "I'm feeling {a} dreamy",
    "I'm {a} spaced out",
    "I'm {a} lost in thought",
    "my head is in the clouds",
    "I'm daydreaming",
]
FR_NEGATIONS = ["je ne suis pas triste", "ce n'est pas de l'ennui", "je ne dors pas"]
EN_NEGATIONS = ["I'm not sad", "it's not boredom"]
FR_TAILS = ["☁️✨", "je pars loin 🌙", "dans ma bulle 🫧", "💭"]
EN_TAILS = ["☁️✨", "drifting away 🌙", "in my bubble 🫧", "💭"]

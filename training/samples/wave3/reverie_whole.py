"""reverie: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the drifting mind comes from the whole
fr long n | Le train s'est arrêté en pleine campagne, panne de signalisation, quarante minutes d'attente. Personne ne râlait vraiment. Moi, je regardais les vaches et les nuages qui changeaient de forme, et je m'imaginais vivre dans la petite ferme au bout du champ.
+ en long n | The train stopped in the middle of the countryside, signal failure, forty minutes' wait. Nobody really complained. I was watching the cows and the clouds changing shape, imagining myself living in the little farm at the end of the field.
en long n | The meeting was meant to be about the budget, but the projector broke and the boss kept talking anyway. Out of the window, a heron was standing perfectly still by the canal. By the end I'd built him a whole life: a house, a family, a favourite bridge.
+ fr long n | La réunion devait porter sur le budget, mais le projecteur est tombé en panne et le chef a continué de parler. Par la fenêtre, un héron se tenait parfaitement immobile au bord du canal. À la fin, je lui avais inventé toute une vie : une maison, une famille, un pont préféré.
fr long l | J'ai fini mes devoirs depuis une heure. Je suis allongée sur le lit, écouteurs sur les oreilles, et je regarde la lumière des voitures glisser au plafond. Je m'invente des traversées du désert à dos de chameau, avec des nuits à la belle étoile.
+ en long l | I finished my homework an hour ago. I'm lying on the bed with my earphones in, watching car headlights slide across the ceiling. I'm making up desert crossings by camel, with nights under the stars.
fr long n | Le marché du dimanche, la foule, le bruit. Au milieu, un vieux monsieur jouait de l'accordéon. Je me suis assise sur les marches de l'église et, sans m'en rendre compte, je me suis retrouvée dans un bal de village imaginaire, dans un autre siècle, à danser avec des inconnus.
+ en long n | The Sunday market, the crowds, the noise. In the middle of it, an old man was playing the accordion. I sat on the church steps and, without noticing, found myself at an imaginary village dance in another century, dancing with strangers.
en long l | Doing the washing-up after dinner, hands in the warm water, the window steaming up. I started tracing little shapes in the fog on the glass and before I knew it I was picturing a caravan deep in a forest, with me in it making violins and selling jam to passers-by.
+ fr long l | Je faisais la vaisselle après le dîner, les mains dans l'eau chaude, la vitre couverte de buée. J'ai commencé à tracer des petites formes dans la buée et, sans m'en apercevoir, je m'imaginais dans une roulotte au fond d'une forêt, à fabriquer des violons et à vendre des confitures aux passants.
fr long l | Quatrième heure d'autoroute, les enfants dorment à l'arrière. La radio passe une musique planante, le soleil se couche en rose sur les champs de colza, et mes pensées partent vers des pays qui n'existent pas.
+ en long l | Fourth hour on the motorway, the kids asleep in the back. The radio is playing floaty music, the sun is setting pink over the rapeseed fields, and my thoughts drift off to countries that don't exist.
fr long n | La prof de maths expliquait les dérivées. Par la fenêtre, il neigeait pour la première fois de l'hiver. J'ai posé mon stylo et je me suis mise à imaginer la cour transformée en royaume de glace, avec moi en reine des flocons.
+ en long n | The maths teacher was explaining derivatives. Outside the window it was snowing for the first time that winter. I put down my pen and started imagining the playground turned into an ice kingdom, with me as queen of the snowflakes.
en long n | Waiting for the bus, nothing to do, phone on two percent. The clouds over the station looked like a fleet of ships. I spent twenty minutes inventing their voyage, where they'd sail, who'd be on board, and I nearly missed the bus.
+ fr long n | J'attendais le bus, rien à faire, le téléphone à deux pour cent. Les nuages au-dessus de la gare ressemblaient à une flotte de navires. J'ai passé vingt minutes à inventer leur traversée, où ils iraient, qui serait à bord, et j'ai failli rater le bus.
fr long l | Ce soir, sur le balcon, la ville fait un bruit lointain, comme une mer. Les lumières des tours clignotent. Une tasse de thé refroidit à côté de moi et je laisse ma tête partir où elle veut. Mets des couleurs douces et floues.
+ en long l | Tonight on the balcony the city makes a distant sound, like the sea. The lights on the tower blocks twinkle. A cup of tea is going cold beside me and I'm letting my mind wander wherever it likes. Give me soft, hazy colours.
fr long n | Au bureau, j'attendais qu'un gros fichier se télécharge et je me suis retrouvé à fixer le poster d'une plage thaïlandaise accroché au mur. Vingt minutes plus tard, j'y étais encore, dans ma tête : une cabane en bois, un hamac, et personne à des kilomètres.
+ en long n | At the office I was waiting for a big file to download and found myself staring at the poster of a Thai beach on the wall. Twenty minutes later I was still there in my head: a wooden hut, a hammock, and nobody for miles.
en long l | At the campsite my little boy asked what's behind the stars. I said I didn't know, so we lay on the roof of the car looking up and made up planets: one made of jelly, one where it always rains lemonade. He fell asleep mid-sentence.
+ fr long l | Au camping, mon petit m'a demandé ce qu'il y a derrière les étoiles. Je lui ai dit que je ne savais pas, alors on s'est allongés sur le toit de la voiture, les yeux au ciel, et on a inventé des planètes : une en gelée, une où il pleut toujours de la limonade. Il s'est endormi au milieu d'une phrase.
fr long l | Après le dîner, j'ai posé ma joue contre la vitre du tram. La pluie glissait en filets, les néons se déformaient, les passants devenaient des silhouettes de conte. J'ai raté mon arrêt, et franchement, ça m'est égal.
+ en long l | After dinner I rested my cheek against the tram window. The rain slid down in streaks, the neon signs blurred, passers-by turned into fairy-tale silhouettes. I missed my stop, and honestly, I don't mind.
fr long n | Le pinceau à la main, j'étais censée repeindre la clôture. J'ai passé une heure à regarder les nuages glisser au-dessus du toit du voisin, en imaginant que c'étaient des îles volantes, avec des villages et des ponts suspendus entre elles.
+ en long n | Brush in hand, I was supposed to be repainting the fence. I spent an hour watching the clouds slide over the neighbour's roof, imagining they were floating islands, with villages and rope bridges strung between them.
en long l | Sunday afternoon, the house asleep. I opened the window, the neighbour's wind chime was tinkling, and I lay down on the rug to watch the dust floating in a sunbeam. I wasn't thinking about anything real, just drifting from one image to the next.
+ fr long l | Dimanche après-midi, la maison dort. J'ai ouvert la fenêtre, le carillon du voisin tintait dans le vent, et je me suis allongé sur le tapis à regarder la poussière flotter dans un rayon de soleil. Je ne pensais à rien de réel, je passais juste d'une image à l'autre.
fr long n | Une simple visite de contrôle, et la salle d'attente était pleine. Sur le mur d'en face, une grande photo de forêt de bouleaux. Je me suis vu marcher dedans, la neige crissant sous mes pas, loin de tout, jusqu'à ce qu'on appelle mon nom.
+ en long n | Just a routine check-up, and the waiting room was full. On the wall opposite, a big photo of a birch forest. I saw myself walking through it, snow crunching underfoot, far from everything, until they called my name.
fr long l | Les courses sont rangées, les mails attendront. Je regarde le bocal du poisson rouge, les bulles qui montent, la lumière qui se plie dans l'eau. Je m'imagine minuscule, en train de nager entre les algues.
+ en long l | The shopping's put away, the emails can wait. I'm watching the goldfish bowl, the bubbles rising, the light bending in the water. I imagine myself tiny, swimming between the weeds.
en long n | Night shift at the petrol station, no customers since two. The neon sign hums, the road is empty and the fog makes the trees look like giants. I've been telling myself a little story about them walking down to the sea.
+ fr long n | Garde de nuit à la station-service, pas un client depuis deux heures. L'enseigne au néon bourdonne, la route est vide et le brouillard donne aux arbres des airs de géants. Je me raconte une petite histoire où ils marchent jusqu'à la mer.
fr long l | On s'est allongés dans l'herbe après le pique-nique. Ma copine parlait de son boulot, puis plus du tout. On regardait juste un avion tracer une ligne blanche, en inventant la vie des passagers et les pays où ils allaient.
+ en long l | We lay down in the grass after the picnic. My girlfriend was talking about work, then not at all. We just watched a plane draw a white line across the sky, inventing lives for the passengers and the countries they were heading to.
fr long l | Je suis sur le ferry de nuit pour la Sardaigne, il est tard, le pont est presque vide. La lune trace une route argentée sur la mer et je me raconte que je pars pour toujours, vers une île que personne ne connaît.
+ en long l | I'm on the night ferry to Sardinia, it's late, the deck almost empty. The moon lays a silver road across the sea and I tell myself I'm leaving for ever, for an island nobody knows.
en long n | I was supposed to be writing my thesis. Instead I've spent an hour watching the pigeons on the library roof, giving them names and jobs, imagining a whole little city up in the gutters: a mayor, a baker, a postman who's always late.
+ fr long n | J'étais censé rédiger ma thèse. Au lieu de ça, j'ai passé une heure à regarder les pigeons sur le toit de la bibliothèque, à leur donner des noms et des métiers, à imaginer toute une petite ville dans les gouttières : un maire, un boulanger, un facteur toujours en retard.

# negation: the neighbouring mood is ruled out, the drifting mind remains
fr negation l | Non, ce n'est pas de l'ennui : la pluie sur le velux m'a embarquée sur un bateau imaginaire et je n'ai pas envie d'en descendre.
+ en negation l | No, it isn't boredom: the rain on the skylight has carried me off on an imaginary boat and I don't want to get off.
en negation l | I'm not ignoring you, I swear, I was just miles away, picturing that little house by the sea with the blue shutters.
+ fr negation l | Je ne t'ignore pas, je te jure, j'étais juste à des kilomètres, à imaginer cette petite maison au bord de la mer avec ses volets bleus.
fr negation l | Ce n'est pas de la fatigue, c'est juste que je flotte : la musique, la pénombre, et mes pensées qui vont où elles veulent.
+ en negation l | It's not tiredness, I'm just floating: the music, the half-light, and my thoughts going wherever they please.
fr negation n | Je n'écoute plus vraiment le cours, mais je ne suis pas perdu non plus : je dessine des villes volantes dans la marge de mon cahier.
+ en negation n | I'm not really listening to the lesson any more, but I'm not lost either: I'm drawing flying cities in the margin of my exercise book.
en negation l | Not lonely, not really: just me, the moon over the rooftops, and a story I keep telling myself about a girl who lives up there.
+ fr negation l | Pas seule, pas vraiment : juste moi, la lune au-dessus des toits, et une histoire que je me raconte sur une fille qui vit là-haut.
fr negation l | Je ne pense pas au passé, pas du tout : je m'invente une vie future dans une cabane en Norvège, avec des chiens de traîneau et un poêle à bois.
+ en negation l | I'm not thinking about the past, not at all: I'm inventing a future life in a cabin in Norway, with sled dogs and a wood stove.
fr negation l | Je ne travaille pas, je ne dors pas non plus : je regarde les flocons tomber dans la lumière du réverbère et je me raconte des histoires.
+ en negation l | I'm not working, and I'm not asleep either: I'm watching the snowflakes fall in the streetlight and telling myself stories.
en negation l | No, I'm not worried about the drive, I just went quiet watching the fields roll by and imagining who lives in each farmhouse.
+ fr negation l | Non, la route ne m'inquiète pas, je me suis juste tue en regardant défiler les champs et en imaginant qui habite chaque ferme.
fr negation l | Pas de musique forte ce soir, pas de fête : juste une lumière bleutée et l'envie de laisser mes idées dériver comme des nuages.
+ en negation l | No loud music tonight, no party: just a bluish light and the urge to let my thoughts drift like clouds.
fr negation n | Pardon, je n'ai pas entendu ta question : j'étais en train de m'imaginer capitaine d'un dirigeable, quelque part au-dessus des Andes.
+ en negation n | Sorry, I didn't hear your question: I was picturing myself captaining an airship, somewhere over the Andes.
en negation l | I'm not meditating, nothing that disciplined: I'm just lying in the hammock letting silly little stories play out in my head.
+ fr negation l | Je ne médite pas, rien d'aussi sérieux : je suis juste dans le hamac à laisser de petites histoires farfelues défiler dans ma tête.
fr negation l | Le bus n'avançait pas, le téléphone était mort, et je n'ai même pas vu le temps passer : j'étais dans un roman que je n'ai jamais écrit, quelque part à Venise.
+ en negation l | The bus wasn't moving, my phone was dead, and I didn't even notice the time go by: I was inside a novel I've never written, somewhere in Venice.

# mixed: another feeling present, the drifting mind dominant
fr mixed l | Un peu fatigué après la journée, mais surtout dans la lune : je regarde les lucioles dans le jardin et je m'invente des royaumes.
+ en mixed l | A bit tired after the day, but mostly off with the fairies: I'm watching the fireflies in the garden and inventing kingdoms.
en mixed l | A touch of melancholy from the rain, but mostly dreamy: I keep picturing a café in Lisbon I've never been to.
+ fr mixed l | Une touche de mélancolie avec la pluie, mais surtout l'esprit rêveur : je n'arrête pas d'imaginer un café à Lisbonne où je ne suis jamais allée.
fr mixed l | Légèrement agacée par la lenteur du train, et pourtant bercée, la tête contre la vitre, perdue dans les paysages qui défilent.
+ en mixed l | Slightly annoyed at how slow the train is, and yet lulled, head against the window, lost in the scenery going by.
fr mixed n | Une pointe d'ennui dans cette réunion, mais surtout l'esprit qui s'envole par la fenêtre, vers les montagnes que j'aperçois au loin.
+ en mixed n | A touch of boredom in this meeting, but mostly my mind flying out of the window towards the mountains I can see in the distance.
en mixed l | Slightly nervous about tomorrow, but tonight mostly drifting: stars, soft music, and thoughts floating off in every direction.
+ fr mixed l | Un peu nerveuse pour demain, mais ce soir surtout ailleurs : les étoiles, une musique douce, et des pensées qui partent dans tous les sens.
fr mixed l | Un peu de vague à l'âme, mais c'est surtout la rêverie qui l'emporte : je regarde la mer et je m'imagine partir sur un voilier.
+ en mixed l | A little wistful, but mostly lost in a daydream: I'm watching the sea and picturing myself sailing away.
fr mixed n | Un brin de culpabilité de ne pas réviser, mais surtout la tête dans les nuages, à imaginer ma vie après le bac dans une ville inconnue.
+ en mixed n | A pinch of guilt about not revising, but mostly head in the clouds, imagining my life after the baccalauréat in a city I don't know.
en mixed l | Happy, sort of, but mostly far away: the candlelight, the old song on the radio, and my mind wandering through imaginary gardens.
+ fr mixed l | Contente, un peu, mais surtout loin d'ici : la lueur des bougies, la vieille chanson à la radio, et mon esprit qui se promène dans des jardins imaginaires.
fr mixed l | Un peu seule dans ce café, mais surtout ailleurs : je regarde les gens passer et j'invente à chacun une histoire secrète.
+ en mixed l | A bit alone in this café, but mostly elsewhere: I'm watching people go by and giving each of them a secret story.
fr mixed l | Encore un peu de travail à finir, et pourtant mon esprit vagabonde : le ciel est rose et je m'imagine voler au-dessus des toits.
+ en mixed l | Still a bit of work to finish, and yet my mind is wandering: the sky is pink and I'm imagining flying over the rooftops.
en mixed l | A bit restless, but mostly lost in thought, watching the snow and imagining the whole town tucked under a giant white quilt.
+ fr mixed l | Un peu agitée, mais surtout perdue dans mes pensées, à regarder la neige en imaginant toute la ville bordée sous un immense édredon blanc.
fr mixed l | Légèrement mélancolique à cause des feuilles mortes, mais surtout rêveuse : j'imagine la forêt en train de s'endormir doucement pour l'hiver.
+ en mixed l | A little melancholy because of the fallen leaves, but mostly dreamy: I imagine the forest slowly falling asleep for the winter.
fr mixed l | Un peu ensommeillé dans le hamac, mais surtout parti très loin, à suivre les nuages qui deviennent des dragons puis des navires. Mets une lumière douce et flottante.
+ en mixed l | A bit drowsy in the hammock, but mostly far, far away, following clouds that turn into dragons and then ships. Give me soft, floaty light.
"""

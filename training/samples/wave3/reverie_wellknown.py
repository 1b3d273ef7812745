"""reverie: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 1 staring out of the window, mind elsewhere
# 2 daydreaming in class or in a lecture
# 3 zoning out in a work meeting
# 4 watching the clouds go by
# 5 stargazing on a clear night
# 6 watching the rain run down the window
# 7 gazing at the sea and the waves
# 8 staring into a fire or embers
# 9 lost in thought on a train or bus ride
# 10 imagining winning the lottery
# 11 dreaming up another life abroad
# 12 imagining a dream house
# 13 picturing a future with one's partner
# 14 daydreaming about a crush
# 15 planning an imaginary trip
# 16 thoughts drifting in bed before sleep
# 17 lingering half-awake in the morning
# 18 still inside last night's dream
# 19 floating on ambient or piano music
# 20 still inside a book's world after the last page
# 21 still inside a film after the credits
# 22 watching the sunset
# 23 watching snow fall
# 24 gazing at the moon
# 25 staring at the ceiling
# 26 night ride as a passenger, lights passing
# 27 walking aimlessly, missing one's stop
# 28 inventing the lives of passers-by
# 29 doodling without thinking
# 30 writing dreamy poems or a journal
# 31 imagining being a star, an astronaut
# 32 picturing oneself in another job
# 33 mind wandering in a hammock or garden
# 34 shower daydreams
# 35 chores on autopilot, head elsewhere
# 36 contemplating a mountain view
# 37 watching a river or lake
# 38 following birds in flight
# 39 listening to rain on the roof at night
# 40 watching a candle flame
# 41 lost inside a painting at a museum
# 42 fog and mist in the morning
# 43 autumn leaves falling
# 44 city lights from a balcony at night
# 45 sea of clouds from a plane window
# 46 a lazy afternoon spent miles away
# 47 head in the clouds all day
# 48 imagining future children's names and faces
# 49 dreaming of a wedding
# 50 dreaming of retirement by the sea
# 51 thinking about the universe and infinity
# 52 daydreaming while running or swimming
# 53 not hearing someone who is talking
# 54 staring into a cup of coffee or tea
# 55 watching fish or jellyfish in an aquarium
# 56 shooting stars, northern lights
# 57 Friday afternoon at the office, mind gone
# 58 dreaming of setting sail or a road trip
# 59 a teenager dreaming of fame
# 60 inventing an imaginary world or map
# 61 waking from a nap, not quite back
# 62 a night walk under the moon
# 63 lying on the beach, carried off by the waves
# 64 gazing at the horizon from a ferry
# 65 imagining the novel one will write
# 66 spinning a globe or reading an old atlas
# 67 blossoms and scents in spring
# 68 a dreamy, contemplative mood named as such
# 69 not sad, not bored: just elsewhere
# 70 tired or melancholy but mostly dreamy

# 1 window
fr situation l | Je regarde par la fenêtre depuis une heure, l'esprit ailleurs.
+ en situation l | Been staring out of the window for an hour, mind miles away.
fr situation n | Le front contre la vitre, mes pensées partent toutes seules.
+ en situation n | Forehead on the glass, my thoughts just wander off on their own.

# 2 class
fr situation n | En cours d'histoire, j'ai décroché, je rêvassais au fond de la classe.
+ en situation n | Tuned out in history class, daydreaming at the back of the room.
fr typo n | jsuis en amphi mais g la tete completement ailleurs
+ en typo n | in the lecture hall but my head is totaly somewhere else

# 3 meeting
fr situation n | Réunion de deux heures, j'ai passé la moitié à regarder les nuages.
+ en situation n | Two-hour meeting, I spent half of it watching the clouds.
fr situation l | Mon chef parlait budget, moi j'étais déjà sur une île grecque.
+ en situation l | My boss was going on about budgets and I was already on a Greek island.

# 4 clouds
fr situation l | Allongé dans l'herbe, je regarde passer les nuages.
+ en situation l | Lying in the grass, watching the clouds drift by.
fr situation n | Ce nuage a une tête de dragon, l'autre un air de bateau, je pourrais rester des heures.
+ en situation n | That cloud looks like a dragon, that one like a ship, I could stay here for hours.

# 5 stars
fr situation n | Nuit claire à la campagne, je contemple les étoiles sans penser à rien de précis.
+ en situation n | Clear night in the countryside, gazing at the stars, thinking of nothing in particular.
fr situation n | Couchée sur le capot, je compte les étoiles filantes. Mets une ambiance qui va avec.
+ en situation n | Lying on the car bonnet counting shooting stars. Set a mood to go with it.

# 6 rain on the window
fr situation l | La pluie coule sur la vitre et je suis les gouttes des yeux.
+ en situation l | Rain running down the window, and my eyes follow the drops.
fr situation l | Dimanche pluvieux, le nez à la fenêtre, je laisse filer mes pensées.
+ en situation l | Rainy Sunday, nose to the window, letting my thoughts slip away.

# 7 sea
fr situation n | Assise face à la mer, je regarde les vagues et je pars loin.
+ en situation n | Sitting facing the sea, watching the waves, drifting far away.
fr situation l | Le ressac, l'horizon, et ma tête qui s'envole au-delà.
+ en situation l | The surf, the horizon, and my head floating off beyond it.

# 8 fire
fr situation l | Je fixe les flammes dans la cheminée, perdu dans mes pensées. Lumière douce, s'il te plaît.
+ en situation l | Staring into the flames in the fireplace, lost in thought. Soft light, please.
fr situation l | Feu de camp presque éteint, les braises me font rêvasser.
+ en situation l | Campfire nearly out, the embers have me daydreaming.

# 9 train or bus
fr situation n | Dans le TGV, je regarde défiler les champs, la tête dans les nuages.
+ en situation n | On the fast train, watching the fields roll past, head in the clouds.
fr situation l | Trajet en bus, écouteurs, paysage qui défile, je décroche complètement.
+ en situation l | Bus ride, earbuds in, scenery sliding by, I drift off completely.

# 10 lottery
fr situation n | Et si je gagnais à l'Euromillions ? Je m'imagine déjà une maison sur la côte.
+ en situation n | What if I won the EuroMillions? I'm already picturing a house on the coast.
fr situation n | Ticket de loto en poche, je dépense les millions dans ma tête.
+ en situation n | Lottery ticket in my pocket, I'm spending the millions in my head.

# 11 another life
fr situation n | Je m'imagine tout plaquer pour ouvrir un café au Portugal.
+ en situation n | I'm picturing chucking it all in to open a café in Portugal.
fr situation n | Ce soir je me rêve une autre vie, berger en Norvège.
+ en situation n | Tonight I'm dreaming up another life as a shepherd in Norway.

# 12 dream house
fr situation l | Je dessine dans ma tête la maison de mes rêves, avec une véranda.
+ en situation l | In my head I'm sketching my dream house, with a conservatory.
fr situation n | Je fais défiler des annonces de chalets et je m'y vois déjà. Mets-moi quelque chose de planant.
+ en situation n | Scrolling through chalet listings and I can already see myself there. Put on something floaty.

# 13 future with partner
fr situation n | Je m'imagine vieillir avec lui dans une petite maison au bord d'un lac.
+ en situation n | I'm imagining growing old with him in a little house by a lake.
fr situation l | Elle dort à côté de moi, et je rêve de nos voyages à venir.
+ en situation l | She's asleep beside me and I'm dreaming about all the trips we'll take.

# 14 crush
fr situation n | Je pense à mon crush au lieu de réviser, j'invente nos conversations.
+ en situation n | Thinking about my crush instead of revising, making up conversations we'd have.
fr slang_emoji n | jsuis en mode rêveuse à cause de lui 🌙✨ la tête dans les nuages
+ en slang_emoji n | full dreamy mode bc of him 🌙✨ head in the clouds

# 15 imaginary trip
fr situation n | Je feuillette un guide du Japon et je me promène déjà à Kyoto.
+ en situation n | Flicking through a Japan guidebook, I'm already strolling around Kyoto.
fr situation n | Sur Google Maps, je me balade en pensée dans les rues de Lisbonne.
+ en situation n | On Google Maps, wandering the streets of Lisbon in my mind.

# 16 before sleep
fr situation l | Au lit, lumière éteinte, mes pensées dérivent doucement.
+ en situation l | In bed, light off, my thoughts drifting gently.
fr situation l | Pas encore sommeil, je me raconte des histoires dans le noir.
+ en situation l | Not sleepy yet, telling myself stories in the dark.

# 17 half-awake morning
fr situation l | Réveillée mais encore dans mon rêve, je reste sous la couette à y repenser.
+ en situation l | Awake but still half in my dream, staying under the duvet replaying it.
fr situation l | Matin brumeux, je traîne au lit entre rêve et réveil.
+ en situation l | Hazy morning, lingering in bed somewhere between dreaming and waking.

# 18 last night's dream
fr situation n | J'ai rêvé que je volais au-dessus de Paris, j'y suis encore un peu.
+ en situation n | Dreamt I was flying over Paris, and part of me is still up there.
fr situation l | Ce rêve de forêt bleue me suit toute la matinée.
+ en situation l | That dream about a blue forest has followed me around all morning.

# 19 music
fr situation l | Musique planante dans le casque, yeux fermés, je flotte. Lumière assortie, s'il te plaît.
+ en situation l | Floaty music in my headphones, eyes shut, I'm drifting. Lights to match, please.
fr situation l | Un morceau de piano lent et je suis parti ailleurs.
+ en situation l | One slow piano piece and I'm off somewhere else.

# 20 book
fr situation n | J'ai fini le roman mais je suis encore dans son monde.
+ en situation n | Finished the novel but I'm still living in its world.
fr situation l | Le livre posé sur les genoux, je continue l'histoire dans ma tête.
+ en situation l | Book resting on my lap, I'm carrying the story on in my head.

# 21 film
fr situation n | Le film est fini, je reste dans le noir à rêver de ses paysages.
+ en situation n | The film's over and I'm sitting in the dark dreaming of its landscapes.
fr situation l | Sortie du ciné, je marche lentement, encore dans l'histoire.
+ en situation l | Out of the cinema, walking slowly, still inside the story.

# 22 sunset
fr situation l | Je regarde le soleil se coucher sur les toits, perdue dans mes pensées.
+ en situation l | Watching the sun go down over the rooftops, lost in my thoughts.
fr wish l c=pink;violet b=dim | Coucher de soleil, je rêvasse : du rose et du violet, tout doux.
+ en wish l c=pink;violet b=dim | Sunset and I'm daydreaming: pink and violet, nice and soft.

# 23 snow
fr situation l | Il neige, je regarde les flocons tomber et le temps s'arrête.
+ en situation l | It's snowing, I watch the flakes fall and time stands still.
fr situation l | Premiers flocons sous le lampadaire, je reste à la fenêtre. Mets une ambiance.
+ en situation l | First flakes under the streetlamp, I'm staying at the window. Set the mood.

# 24 moon
fr situation n | Pleine lune ce soir, je la contemple depuis le balcon.
+ en situation n | Full moon tonight, I'm gazing at it from the balcony.
fr situation l | La lune est énorme au-dessus des champs, je m'arrête pour la regarder longtemps.
+ en situation l | The moon is huge over the fields, I stop and look at it for ages.

# 25 ceiling
fr situation l | Allongé sur le lit, je fixe le plafond et je laisse venir les images.
+ en situation l | Lying on the bed, staring at the ceiling, letting the pictures come.
fr typo l | jfixe le plafon depuis 1h, perdu ds mes pensée
+ en typo l | been stairing at the cieling for an hour, lost in my thougts

# 26 night ride
fr situation n | Passagère de nuit sur l'autoroute, les lumières défilent et je rêvasse.
+ en situation n | Passenger on the motorway at night, lights streaming by, I'm daydreaming.
fr situation l | Trajet de nuit, la tête contre la vitre de la voiture, musique douce.
+ en situation l | Driving through the night, head against the car window, soft music on.

# 27 walking aimlessly
fr situation l | Je marche sans but dans le quartier, la tête dans les nuages.
+ en situation l | Wandering round the neighbourhood with no aim, head in the clouds.
fr situation n | J'ai raté mon arrêt de métro, j'étais complètement dans la lune.
+ en situation n | Missed my tube stop, I was completely away with the fairies.

# 28 passers-by
fr situation n | Sur un banc, j'invente la vie des passants qui défilent.
+ en situation n | On a bench, making up life stories for the people walking past.
fr situation l | En terrasse, je regarde les gens et j'imagine d'où ils viennent. Ambiance assortie ?
+ en situation l | Outside a café, watching people and imagining where they've come from. Matching mood?

# 29 doodling
fr situation l | Je griffonne des spirales et des étoiles sur mon cahier sans y penser.
+ en situation l | Doodling spirals and stars in my notebook without thinking.
fr situation n | Pendant la visio, j'ai dessiné un château entier dans la marge.
+ en situation n | During the video call I drew a whole castle in the margin.

# 30 poems and journal
fr situation l | Carnet ouvert, j'écris des phrases qui me viennent comme dans un rêve.
+ en situation l | Notebook open, writing lines that come to me as if in a dream.
fr situation l | J'écris un poème sur la brume du matin, sans savoir où il va.
+ en situation l | Writing a poem about the morning mist, no idea where it's heading.

# 31 being someone else
fr situation n | Sous la douche, je suis une chanteuse devant un stade plein.
+ en situation n | In the shower I'm a singer in front of a packed stadium.
fr situation n | Je m'imagine astronaute en train de regarder la Terre par le hublot.
+ en situation n | Picturing myself as an astronaut looking down at Earth through the porthole.

# 32 another job
fr situation l | Je m'imagine gardien de phare, seul avec la mer et les mouettes.
+ en situation l | I picture myself as a lighthouse keeper, alone with the sea and the gulls.
fr situation l | Je me vois luthier dans un atelier plein de copeaux, juste pour le plaisir d'y penser.
+ en situation l | I see myself as a violin maker in a workshop full of shavings, just for the joy of imagining it.

# 33 hammock and garden
fr situation l | Dans le hamac, je regarde les feuilles bouger et mes pensées vagabondent.
+ en situation l | In the hammock, watching the leaves move while my thoughts wander.
fr mixed l | Un peu fatiguée, mais surtout partie dans mes rêveries au fond du jardin.
+ en mixed l | A bit tired, but mostly lost in my daydreams at the bottom of the garden.

# 34 shower
fr situation l | Vingt minutes sous la douche à rêvasser, l'eau chaude coulait toute seule.
+ en situation l | Twenty minutes in the shower just daydreaming, hot water running away.
fr situation l | Sous la douche, mes idées partent dans tous les sens.
+ en situation l | In the shower my mind goes off in every direction.

# 35 chores on autopilot
fr situation l | Je fais la vaisselle machinalement, ma tête est à Venise.
+ en situation l | Doing the dishes on autopilot, my head's in Venice.
fr situation l | Le fer à repasser à la main, je suis partie très loin.
+ en situation l | Iron in hand, I've drifted miles away.

# 36 mountain view
fr situation n | Au sommet, je regarde la vallée en silence, l'esprit qui s'envole.
+ en situation n | At the summit, looking down at the valley in silence, my mind taking flight.
fr situation l | Assis sur un rocher face aux Alpes, je contemple sans rien dire.
+ en situation l | Sitting on a rock facing the Alps, just taking it in without a word.

# 37 river and lake
fr situation l | Depuis le pont, je regarde la rivière couler, mes pensées suivent le courant.
+ en situation l | From the bridge, I watch the river flow and my thoughts go with the current.
fr situation l | Les reflets sur le lac me font partir ailleurs. Une lumière qui va avec ?
+ en situation l | The reflections on the lake take me somewhere else. Lights to go with that?

# 38 birds
fr situation l | Je suis des yeux le vol des hirondelles et je m'imagine avec elles.
+ en situation l | My eyes follow the swallows and I imagine flying along with them.
fr situation l | Une nuée d'étourneaux danse au-dessus du champ, je reste hypnotisé.
+ en situation l | A murmuration of starlings dancing over the field, I'm mesmerised.

# 39 rain on the roof
fr situation l | La pluie tambourine sur le velux, je rêve les yeux ouverts.
+ en situation l | Rain drumming on the skylight, I'm dreaming with my eyes open.
fr situation l | Nuit de pluie douce, j'écoute le toit et je m'invente des histoires.
+ en situation l | Soft rain at night, listening to the roof and making up stories.

# 40 candle
fr situation l | Une bougie, la flamme qui danse, et je me perds dedans.
+ en situation l | One candle, the flame dancing, and I lose myself in it.
fr situation l | Je regarde la bougie fondre en pensant à des pays lointains.
+ en situation l | Watching the candle melt, thinking about faraway lands.

# 41 painting
fr situation n | Au musée, je reste devant un Monet et j'entre dans le tableau.
+ en situation n | At the museum, standing in front of a Monet and stepping right into it.
fr situation l | Devant cette marine au musée, je me suis perdue un quart d'heure.
+ en situation l | In front of that seascape at the gallery, I was lost for a quarter of an hour.

# 42 fog
fr situation l | Brouillard sur les champs ce matin, tout semble sorti d'un rêve.
+ en situation l | Fog over the fields this morning, everything looks like it's out of a dream.
fr situation l | La brume cache le lac, je reste à la regarder avec mon café. Tamise un peu.
+ en situation l | Mist hiding the lake, I stand watching it with my coffee. Dim things a bit.

# 43 autumn leaves
fr situation l | Les feuilles tombent doucement dans le parc et je m'oublie à les regarder.
+ en situation l | Leaves falling gently in the park, I forget myself watching them.
fr situation l | Balade en forêt en octobre, l'or des arbres me fait rêvasser.
+ en situation l | An October walk in the woods, the gold of the trees has me daydreaming.

# 44 city lights
fr situation n | Du balcon, je regarde les fenêtres allumées et j'imagine chaque vie.
+ en situation n | From the balcony, looking at the lit windows and imagining each life.
fr situation l | La ville la nuit vue du douzième étage, je pourrais rester là des heures.
+ en situation l | The city at night from the twelfth floor, I could stay here for hours.

# 45 plane window
fr situation n | Hublot, mer de nuages, et moi qui m'imagine marcher dessus.
+ en situation n | Plane window, a sea of clouds, and me imagining walking on it.
fr situation l | En avion, je regarde les nuages dorés et je m'évade.
+ en situation l | On the plane, gazing at the golden clouds and slipping away.

# 46 lazy afternoon
fr situation l | Dimanche après-midi, je suis dans la lune depuis le déjeuner.
+ en situation l | Sunday afternoon, I've been miles away since lunch.
fr slang_emoji l | mode lune activé 🌙☁️ j'entends rien de ce qu'on me dit
+ en slang_emoji l | space cadet mode on 🌙☁️ not hearing a word anyone says

# 47 head in the clouds
fr explicit n | J'ai la tête dans les nuages aujourd'hui, impossible de me concentrer.
+ en explicit n | My head's in the clouds today, can't focus on anything.
fr explicit l | Je suis rêveur ce soir, d'humeur à contempler.
+ en explicit l | I'm feeling dreamy tonight, in a contemplative mood.

# 48 future children
fr situation n | Je m'amuse à imaginer le prénom et le visage de nos futurs enfants.
+ en situation n | Daydreaming about the names and faces of our future kids.
fr situation l | Enceinte de six mois, je rêve au visage qu'aura ma fille.
+ en situation l | Six months pregnant, dreaming about what my daughter's face will look like.

# 49 wedding
fr situation n | Je m'imagine déjà notre mariage dans une grange fleurie.
+ en situation n | I'm already picturing our wedding in a barn full of flowers.
fr situation l | Je rêve de la robe et de la lumière du soir, alors qu'on n'est même pas fiancés.
+ en situation l | Dreaming about the dress and the evening light, and we're not even engaged.

# 50 retirement
fr situation n | Je rêve de ma retraite dans une maison bretonne face à l'océan.
+ en situation n | Dreaming of retiring to a house in Brittany looking out on the ocean.
fr situation l | Dans quelques années, je me vois cultiver des tomates au soleil du Gers.
+ en situation l | In a few years, I see myself growing tomatoes in the southern sun.

# 51 universe
fr situation n | Je pense à l'immensité de l'univers et j'ai l'impression de flotter.
+ en situation n | Thinking about how vast the universe is and I feel like I'm floating.
fr situation l | Sous la Voie lactée, je me perds dans l'infini. Mets-moi une ambiance.
+ en situation l | Under the Milky Way, losing myself in infinity. Give me a mood for it.

# 52 running and swimming
fr situation l | En nageant mes longueurs, je pars dans des rêves de plage tropicale.
+ en situation l | Swimming my lengths, drifting into dreams of a tropical beach.
fr situation n | Pendant mon jogging, je m'invente une vie d'aventurière.
+ en situation n | On my jog, I'm inventing myself a life as an explorer.

# 53 not listening
fr situation n | Ma copine m'a demandé trois fois si j'écoutais, j'étais ailleurs.
+ en situation n | My girlfriend asked me three times if I was listening, I was miles away.
fr typo n | desolé g rien ecouté jetais dans la lune lol
+ en typo n | sorry didnt hear a thing i was off in la la land lol

# 54 coffee
fr situation l | Je touille mon café depuis dix minutes, le regard perdu.
+ en situation l | Been stirring my coffee for ten minutes, staring into space.
fr situation l | Le thé refroidit, et moi je regarde le jardin sans le voir.
+ en situation l | The tea's going cold while I look at the garden without seeing it.

# 55 aquarium
fr situation l | Je regarde les poissons de l'aquarium tourner, ça m'emmène loin.
+ en situation l | Watching the fish circle in the tank, it carries me far away.
fr situation l | Les méduses de l'aquarium flottent, et moi avec. Une ambiance comme ça, s'il te plaît.
+ en situation l | The jellyfish at the aquarium are floating, and so am I. A mood like that, please.

# 56 shooting stars, aurora
fr situation n | Nuit des Perséides, on est couchés dans le champ, les yeux vers le ciel.
+ en situation n | Perseids night, we're lying in the field with our eyes on the sky.
fr wish l c=green;violet b=dim | Je rêve d'aurores boréales, mets du vert et du violet, lumière douce.
+ en wish l c=green;violet b=dim | Dreaming of the northern lights, give me green and violet, soft light.

# 57 Friday office
fr situation n | Vendredi 16 h au bureau, je regarde l'écran sans le voir.
+ en situation n | Friday, 4 p.m. at the office, staring at the screen without seeing it.
fr situation l | Au boulot, j'ai relu le même mail cinq fois, j'étais dans mes rêves.
+ en situation l | At work I read the same email five times, I was off in a dream.

# 58 setting sail, road trip
fr situation n | Je rêve de partir en voilier, juste la mer et le vent.
+ en situation n | Dreaming of heading off on a sailboat, just the sea and the wind.
fr situation n | J'imagine un road trip sans fin sur la route 66, fenêtres ouvertes. Lumière qui colle ?
+ en situation n | Imagining an endless road trip down Route 66, windows down. Lights to fit?

# 59 teen fame
fr situation n | J'ai quinze ans et je me vois déjà chanter sur la scène de Bercy.
+ en situation n | I'm fifteen and I can already see myself singing on a big arena stage.
fr slang_emoji n | jme vois trop footballeur au Real dans 10 ans 😌💭
+ en slang_emoji n | lowkey picturing myself playing for Real Madrid in 10 yrs 😌💭

# 60 imaginary worlds
fr situation n | Je dessine la carte d'un pays imaginaire, avec ses fleuves et ses montagnes.
+ en situation n | Drawing the map of an imaginary country, with its rivers and mountains.
fr situation l | Dans ma tête, je construis une ville flottante au-dessus des nuages.
+ en situation l | In my head I'm building a floating city above the clouds.

# 61 after a nap
fr situation l | Sortie de sieste, pas encore revenue, je flotte entre deux mondes.
+ en situation l | Just up from a nap, not quite back, floating between two worlds.
fr situation l | Réveil de sieste au soleil, je garde les yeux mi-clos et je rêvasse.
+ en situation l | Woke from a nap in the sun, eyes half shut, still daydreaming.

# 62 night walk
fr situation n | Balade de nuit sous la pleine lune, le chemin paraît irréel.
+ en situation n | Night walk under a full moon, the path looks unreal.
fr situation l | Je rentre à pied à minuit, les rues vides et silencieuses me font rêver.
+ en situation l | Walking home at midnight, the empty silent streets set me dreaming.

# 63 beach
fr situation l | Sur le sable, yeux fermés, le bruit des vagues m'emmène ailleurs.
+ en situation l | On the sand with my eyes closed, the sound of the waves takes me elsewhere.
fr situation l | Le sable chaud, les mouettes, et mon esprit qui se promène au large.
+ en situation l | Warm sand, seagulls, and my mind wandering out to sea.

# 64 ferry
fr situation l | Sur le pont du ferry, je regarde l'horizon et je m'évade. Lights to match.
+ en situation l | On the ferry deck, gazing at the horizon and drifting off. Lights to match.
fr situation n | Traversée vers la Corse, accoudé au bastingage, mon esprit file avec le sillage.
+ en situation n | Crossing to Corsica, leaning on the rail, my mind trailing off with the wake.

# 65 the novel I'll write
fr situation n | J'imagine le roman que j'écrirai un jour, je vois déjà les personnages.
+ en situation n | Imagining the novel I'll write one day, I can already see the characters.
fr situation l | Une histoire me trotte dans la tête, je la laisse se dérouler toute seule.
+ en situation l | A story keeps running through my head, I'm letting it unfold on its own.

# 66 globe and atlas
fr situation n | Je feuillette un vieil atlas et je m'invente des voyages vers des îles lointaines.
+ en situation n | Leafing through an old atlas, making up voyages to faraway islands.
fr situation l | Je fais tourner le globe et je rêve de l'endroit où mon doigt s'arrête.
+ en situation l | I spin the globe and dream about wherever my finger lands.

# 67 spring blossoms
fr situation l | Les pétales de cerisier tombent sur le trottoir, je m'arrête pour rêver.
+ en situation l | Cherry blossom petals falling on the pavement, I stop to daydream.
fr situation l | Sous le tilleul en fleur, je me laisse emporter par l'odeur.
+ en situation l | Under the lime tree in bloom, letting the scent carry me away.

# 68 dreamy mood named
fr explicit l | Humeur contemplative, j'ai envie de laisser mon esprit vagabonder. Une lumière pour ça ?
+ en explicit l | Contemplative mood, I want to let my mind wander. Lights for that?
fr explicit n | Je suis complètement dans la lune aujourd'hui.
+ en explicit n | I'm totally spaced out today.
fr wish l c=blue;indigo b=dim | Je rêvasse devant la fenêtre, du bleu et de l'indigo, tamisé.
+ en wish l c=blue;indigo b=dim | Daydreaming by the window, blue and indigo, dimmed.

# 69 not sad, not bored
fr negation l | Je ne suis pas triste, juste ailleurs, dans mes rêveries.
+ en negation l | I'm not sad, just elsewhere, lost in my daydreams.
fr negation l | Non, je ne m'ennuie pas, je rêvasse, c'est différent.
+ en negation l | No, I'm not bored, I'm daydreaming, it's not the same thing.
fr negation n | Pas fatigué, je regarde juste les nuages en pensant à mille choses.
+ en negation n | Not tired, just watching the clouds and thinking about a thousand things.

# 70 mostly dreamy
fr mixed l | Un peu mélancolique, mais surtout rêveuse devant ce ciel rose.
+ en mixed l | A bit wistful, but mostly dreamy in front of this pink sky.
fr mixed n | Le boulot m'attend, mais je suis encore perdu dans mes pensées.
+ en mixed n | Work's waiting, but I'm still lost in my thoughts.

# extra plain texting
fr typo l | chui dans mes pensé depuis ce matin, la tete ailleur
+ en typo l | bin lost in my thougths since this morning, head elswhere
fr slang_emoji l | j'regarde les étoiles depuis 1h 🌌✨ jsuis ailleurs
+ en slang_emoji l | been stargazing for an hour 🌌✨ I'm somewhere else
"""

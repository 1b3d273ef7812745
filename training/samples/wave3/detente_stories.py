"""detente: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le repassage est fini, la pile de chemises est rangée, je m'assois dans le fauteuil près de la fenêtre et je laisse mes bras retomber.
+ en situation n | The ironing's done, the pile of shirts is put away, and I sink into the armchair by the window and let my arms drop.
fr situation n | Samedi matin, les courses ont été livrées, le frigo est plein et je n'ai aucune raison de sortir jusqu'à lundi.
+ en situation n | Saturday morning, the groceries have been delivered, the fridge is full and I have no reason to go out until Monday.
fr situation l | J'ai étendu le linge au soleil et je reste sur la chaise de jardin, les pieds nus dans l'herbe, à écouter le vent dans les draps.
+ en situation l | I hung the washing out in the sun and stayed in the garden chair, bare feet in the grass, listening to the wind in the sheets.
fr situation n | La femme de ménage est passée, tout brille, et je m'allonge sur le lit fait au carré avec un magazine. Lumière tamisée, s'il te plaît.
+ en situation n | The cleaner's been, everything's gleaming, and I'm lying on the neatly made bed with a magazine. Dim the lights, please.
fr situation n | Les volets sont mi-clos, le ventilateur tourne au plafond, et la maison reste fraîche pendant que dehors il fait trente-cinq degrés.
+ en situation n | The shutters are half closed, the ceiling fan is turning, and the house stays cool while it's thirty-five degrees outside.
fr situation n | Premier feu de la saison dans le poêle, j'ai sorti les grosses chaussettes et je ne quitterai pas ce fauteuil de la soirée.
+ en situation n | First fire of the season in the stove, I've dug out the thick socks and I'm not leaving this armchair all evening.

# situations: cooking and food
fr situation n | La pâte à pain repose sous un torchon pour deux heures, je me fais un thé et je m'installe sur la banquette de la cuisine sans rien faire d'autre.
+ en situation n | The bread dough is resting under a tea towel for two hours, so I make a tea and settle on the kitchen bench without doing anything else.
fr situation n | Dimanche soir, un bol de soupe au potiron, une tranche de pain grillé, et la cuisine qui sent bon pendant que la pluie tombe.
+ en situation n | Sunday evening, a bowl of pumpkin soup, a slice of toast, and the kitchen smelling lovely while the rain falls.
fr situation l | Le pot-au-feu cuit tout seul pendant trois heures, je n'ai qu'à soulever le couvercle de temps en temps, le reste du temps je lis.
+ en situation l | The beef stew cooks itself for three hours, I just lift the lid now and then, and the rest of the time I read.
fr situation n | Goûter tardif sur la terrasse : une tartine de miel, un verre de lait froid, et le soleil qui descend derrière les toits. Mets quelque chose de doux.
+ en situation n | Late snack on the terrace: bread and honey, a glass of cold milk, and the sun going down behind the rooftops. Put on something gentle.
fr situation n | Ce soir c'est plateau de fromages et restes du frigo, pas de cuisine, pas de vaisselle, juste le canapé.
+ en situation n | Tonight it's a cheese board and fridge leftovers, no cooking, no washing up, just the sofa.

# situations: pets
fr situation n | Le vieux labrador s'est endormi la tête sur mon pied, je lis dans le silence en écoutant sa respiration lente.
+ en situation n | The old Labrador has fallen asleep with his head on my foot, and I'm reading in the quiet, listening to his slow breathing.
fr situation n | Je brosse la jument dans le pré après la balade, geste après geste, elle baisse la tête et moi aussi je ralentis.
+ en situation n | I'm brushing the mare in the field after our ride, stroke after stroke, she lowers her head and I slow down too.
fr situation l | L'aquarium ronronne dans le salon éteint, je regarde les poissons tourner lentement et mes épaules descendent d'un cran.
+ en situation l | The fish tank hums in the darkened living room, I watch the fish swim slowly round and my shoulders drop a notch.
fr situation n | Les deux chats dorment en rond sur le rebord chauffé par le soleil, et je me suis allongée à côté d'eux sur le tapis. Baisse un peu les lumières.
+ en situation n | Both cats are curled up asleep on the sunny windowsill, and I've stretched out next to them on the rug. Turn the lights down a little.
fr situation n | Balade de deux heures avec le chien sur le chemin de halage, il est rentré épuisé et moi aussi, on est affalés l'un contre l'autre.
+ en situation n | A two-hour walk with the dog along the towpath, he came home worn out and so did I, and now we're slumped against each other.

# situations: children and parenting
fr situation n | La petite a fait sa sieste en même temps que moi, on s'est réveillées à quatre heures toutes les deux, reposées et sans aucune hâte.
+ en situation n | The little one napped when I did, and we both woke up at four, rested and in no hurry at all.
fr situation n | Les enfants sont au centre aéré jusqu'à dix-sept heures, j'ai pris un jour de congé et je ne fais strictement rien d'utile.
+ en situation n | The kids are at holiday club till five, I've taken a day off and I'm doing absolutely nothing useful.
fr situation n | Histoire du soir lue à voix basse, lampe de chevet, le petit s'endort avant la fin et je reste assise au bord du lit dans la pénombre.
+ en situation n | Bedtime story read softly by the bedside lamp, the little one nods off before the end and I stay sitting on the edge of the bed in the half-light.
fr situation l | Le grand est parti en classe verte pour une semaine, il nous a appelés, tout va bien, et la maison est calme comme jamais.
+ en situation l | Our eldest has gone on a school trip for a week, he's called us, all's well, and the house is calmer than ever.
fr situation n | Après le bain, on s'est tous mis en pyjama à dix-huit heures, dessin animé, bol de céréales et personne ne bouge. Une lumière douce, merci.
+ en situation n | After bath time we all got into pyjamas at six, cartoons on, bowls of cereal, and nobody's moving. Soft light, thanks.
fr situation n | Papi a emmené les trois petits à la pêche pour la journée, et moi j'ai passé l'après-midi allongée sur la chaise longue à somnoler.
+ en situation n | Grandpa took the three little ones fishing for the day, and I spent the afternoon dozing on the sun lounger.

# situations: partner and dating
fr situation n | Mon compagnon me gratte doucement le dos pendant qu'on écoute un podcast au lit, lumières éteintes, je sens que je m'endors.
+ en situation n | My partner is gently scratching my back while we listen to a podcast in bed with the lights off, and I can feel myself drifting off.
fr situation n | On a passé le dimanche à deux, sans sortir, à lire chacun de notre côté du canapé, les jambes entremêlées.
+ en situation n | We spent Sunday together without going out, each reading at our own end of the sofa, legs tangled together.
fr situation l | Ma femme a pris les enfants pour la matinée et m'a dit de dormir, je me suis réveillé à dix heures sans aucun bruit dans la maison.
+ en situation l | My wife took the kids for the morning and told me to sleep, and I woke up at ten with not a sound in the house.
fr situation n | Dîner en tête-à-tête à la maison, juste une bougie et de la musique tout bas, on parle lentement, on n'a nulle part où aller. Mets une ambiance feutrée.
+ en situation n | Dinner for two at home, just a candle and quiet music, talking slowly, nowhere to be. Set a hushed mood.
fr situation n | Troisième rendez-vous avec Sophie, on a juste marché au bord du lac sans parler beaucoup, assis ensuite sur un banc, et c'était reposant.
+ en situation n | Third date with Sophie, we just walked by the lake without saying much, then sat on a bench, and it was restful.

# situations: friends
fr situation n | Chez mon ami Théo, après le dîner, on reste allongés sur les coussins du salon à écouter un vieux disque sans rien dire.
+ en situation n | At my friend Théo's after dinner, we're lying on the living-room cushions listening to an old record without saying a word.
fr situation n | Après-midi au bord de la piscine d'une copine, chacun sur son transat, un livre, de l'eau citronnée, et personne ne propose d'activité.
+ en situation n | An afternoon by a friend's pool, each on our own lounger, a book, lemon water, and nobody suggesting anything to do.
fr situation l | Mon pote et moi, on pêche depuis l'aube sur le même ponton, on a échangé dix mots en trois heures, et c'est parfait.
+ en situation l | My mate and I have been fishing off the same jetty since dawn, we've exchanged ten words in three hours, and it's perfect.
fr situation n | Soirée entre copines sans sortir : masques sur le visage, pieds dans des bassines d'eau tiède et playlist toute douce. Lumière tamisée, s'il te plaît.
+ en situation n | Girls' night in: face masks on, feet in basins of warm water and a gentle playlist. Low lights, please.

# situations: extended family
fr situation n | Après le repas de famille, tout le monde somnole dans le salon de ma tante, la télé murmure et le chien ronfle au milieu.
+ en situation n | After the family meal everyone's dozing in my aunt's living room, the telly murmuring and the dog snoring in the middle.
fr situation n | Chez ma grand-tante à la campagne, pas d'internet, des lits qui sentent la lavande, je dors dix heures chaque nuit.
+ en situation n | At my great-aunt's in the country, no internet, beds that smell of lavender, and I sleep ten hours every night.
fr situation l | Ma belle-sœur a insisté pour faire la vaisselle et m'a envoyée sur le banc du jardin avec un café. Je n'ai pas protesté longtemps.
+ en situation l | My sister-in-law insisted on doing the dishes and sent me out to the garden bench with a coffee. I didn't protest for long.

# situations: neighbours
fr situation n | Le voisin a enfin fini de tondre, le quartier retombe dans le silence du dimanche et je m'étends sur la terrasse, les yeux fermés.
+ en situation n | The neighbour has finally finished mowing, the neighbourhood sinks back into Sunday quiet, and I stretch out on the terrace with my eyes closed.
fr situation n | La voisine garde mes plantes et mon courrier pendant mes vacances, je pars l'esprit libre et je m'endors dans le train.
+ en situation n | The neighbour is looking after my plants and my post while I'm away, so I set off with a clear mind and fall asleep on the train.
fr situation l | L'immeuble est vide pour le week-end de l'Ascension, pas une porte qui claque, je fais la grasse matinée jusqu'à onze heures.
+ en situation l | The building is empty for the long weekend, not a single door slamming, and I lie in until eleven.
fr situation n | Le soir, avec le voisin d'à côté, on s'assoit chacun sur notre marche, on échange deux mots par-dessus la haie et on regarde la rue se vider. Mets une lumière tranquille.
+ en situation n | In the evenings the neighbour and I each sit on our own step, swap a few words over the hedge and watch the street empty. Put on a calm light.

# situations: school and exams
fr situation n | Dernier jour de cours avant l'été, cartable jeté dans un coin, je suis allongé sur mon lit avec de la musique et plus aucun devoir à faire.
+ en situation n | Last day of school before summer, bag tossed in a corner, I'm lying on my bed with music on and no homework left at all.
fr situation n | Le brevet est passé, je suis chez ma grand-mère, et je passe mes journées dans le jardin entre la balançoire et le transat.
+ en situation n | My exams are over, I'm at my grandmother's, and I spend my days in the garden between the swing and the deckchair.
fr situation l | Mercredi après-midi sans activité, mon fils et moi on fait des coloriages sur la table de la cuisine, sans un mot, avec le bruit des feutres.
+ en situation l | Wednesday afternoon with no clubs, my son and I are colouring at the kitchen table, not a word, just the sound of the felt tips.
fr situation n | Je suis prof, les conseils de classe sont terminés, les bulletins sont partis, et je bois mon café assise dans la salle des profs vide. Baisse un peu la lumière.
+ en situation n | I'm a teacher, the end-of-term meetings are over, the reports are sent, and I'm drinking my coffee in the empty staffroom. Turn the light down a bit.

# situations: university
fr situation n | Mémoire imprimé et déposé au secrétariat, je rentre à la résidence, je tire les rideaux et je dors tout l'après-midi.
+ en situation n | Dissertation printed and handed in at the office, I go back to halls, draw the curtains and sleep all afternoon.
fr situation n | Entre deux cours, je me pose sur la pelouse du campus, le sac sous la tête, le soleil sur le visage, sans regarder mon téléphone.
+ en situation n | Between lectures I stretch out on the campus lawn, bag under my head, sun on my face, without looking at my phone.
fr situation l | Les partiels de janvier sont derrière moi, je suis rentré chez mes parents et je laisse maman me cuisiner des gratins.
+ en situation l | The January exams are behind me, I've gone home to my parents' and I'm letting Mum cook me gratins.
fr situation n | Salle de lecture de la bibliothèque universitaire presque vide le samedi, grand fauteuil en cuir, je lis un roman pour le plaisir, sans prendre de notes.
+ en situation n | The university reading room is almost empty on Saturdays, a big leather armchair, and I'm reading a novel just for pleasure, no notes.

# situations: office work
fr situation n | Le gros dossier est parti chez le client, mon chef est en congés, et je passe l'après-midi à trier mes mails tranquillement en buvant du thé.
+ en situation n | The big file has gone off to the client, my boss is on holiday, and I'm spending the afternoon calmly sorting emails over a cup of tea.
fr situation n | Pause de midi dans la salle de repos : fauteuil inclinable, minuteur de quinze minutes, les yeux fermés, et le bureau qui s'éloigne.
+ en situation n | Lunch break in the rest room: reclining chair, fifteen-minute timer, eyes shut, and the office fading into the distance.
fr situation l | Vendredi d'août, la moitié de l'équipe est en vacances, pas de réunion, le téléphone ne sonne pas, je travaille à mon rythme.
+ en situation l | A Friday in August, half the team's on holiday, no meetings, the phone doesn't ring, and I'm working at my own pace.
fr situation n | Télétravail au jardin aujourd'hui : une seule visio, le reste en écriture, un café froid, et les mésanges dans le cerisier. Mets-moi une ambiance calme.
+ en situation n | Working from the garden today: one video call, the rest is writing, an iced coffee, and the blue tits in the cherry tree. Give me something calm.
fr situation n | Clôture des comptes annuels bouclée, j'ai posé une semaine et mon agenda est complètement blanc jusqu'au 15.
+ en situation n | Year-end accounts closed, I've booked a week off and my diary is completely blank until the 15th.

# situations: manual trades
fr situation n | Journée de maçonnerie finie, je me suis lavé les mains au jet, assis sur le muret avec une bière fraîche, le dos qui se détend enfin.
+ en situation n | Day of bricklaying done, I've washed my hands under the hose and I'm sitting on the low wall with a cold beer, my back finally loosening.
fr situation l | Je suis menuisier et le samedi je ponce un petit meuble pour moi, sans client, sans délai, juste le bruit régulier du papier de verre.
+ en situation l | I'm a joiner, and on Saturdays I sand a little piece of furniture for myself, no client, no deadline, just the steady sound of sandpaper.
fr situation n | Fin de tournée de la livraison de fioul, camion rentré au dépôt, je m'assois dans la cabine avec un café du thermos, moteur coupé.
+ en situation n | End of the heating-oil delivery round, truck back at the depot, I'm sitting in the cab with a coffee from my flask, engine off.
fr situation n | Peintre en bâtiment, je rentre après neuf heures sur l'échelle, douche chaude, et je m'allonge par terre sur le tapis, le dos bien à plat. Lumière douce, merci.
+ en situation n | I'm a decorator, home after nine hours up a ladder, hot shower, and I'm lying flat on my back on the rug. Soft light, thanks.

# situations: healthcare and hospitals
fr situation n | Infirmière de jour, ma relève est arrivée en avance, j'ai fait mes transmissions sans me presser et je rentre à pied par le parc.
+ en situation n | I'm a day nurse, my relief arrived early, I did my handover without rushing and I'm walking home through the park.
fr situation n | Après l'opération de papa, le chirurgien a dit que tout s'était bien passé, je suis dans la cafétéria de l'hôpital et mes épaules se relâchent enfin.
+ en situation n | After Dad's operation, the surgeon said it all went well; I'm in the hospital café and my shoulders are finally letting go.
fr situation l | Séance d'ostéo ce matin, la nuque est libérée et je passe l'après-midi sur le canapé sans la moindre raideur.
+ en situation l | Osteopath this morning, my neck's freed up and I'm spending the afternoon on the sofa without the slightest stiffness.
fr situation n | En convalescence chez moi, je n'ai le droit que de lire et de dormir, et honnêtement je commence à y prendre goût.
+ en situation n | Convalescing at home, I'm only allowed to read and sleep, and honestly I'm starting to enjoy it.

# situations: illness and the body
fr situation n | La migraine est passée, je reste allongé dans la chambre fraîche, volets entrouverts, et je savoure l'absence de douleur.
+ en situation n | The migraine has passed, I'm lying in the cool bedroom with the shutters ajar, savouring the absence of pain.
fr situation n | Bouillotte sur le ventre, tisane de camomille, les crampes se calment doucement et je me laisse couler sous la couette. Tamise les lampes.
+ en situation n | Hot-water bottle on my tummy, camomile tea, the cramps easing off gently, and I let myself sink under the duvet. Dim the lamps.
fr situation l | Après une semaine de toux, j'ai enfin dormi d'une traite, et ce matin je traîne au lit en écoutant la pluie.
+ en situation l | After a week of coughing I finally slept right through, and this morning I'm lazing in bed listening to the rain.
fr situation n | Séance de respiration guidée à la fin du cours de pilates, la prof a éteint la lumière et on est restés allongés dix minutes, le ventre qui monte et qui descend.
+ en situation n | Guided breathing at the end of Pilates, the instructor turned the lights off and we stayed lying down for ten minutes, bellies rising and falling.

# situations: sport, amateur and watching
fr situation n | Après le match de handball du dimanche, bain froid pour les jambes puis sieste, je n'ai plus un muscle tendu.
+ en situation n | After Sunday's handball match, a cold bath for my legs and then a nap, and there isn't a tense muscle left in me.
fr situation n | Longueurs de brasse lentes à la piscine du matin, presque seul dans le bassin, je compte mes respirations et j'oublie le reste.
+ en situation n | Slow breaststroke lengths at the early-morning pool, almost alone in the water, counting my breaths and forgetting the rest.
fr situation l | Étape de plaine du Tour de France à la télé, le commentateur parle des châteaux, je regarde d'un œil en épluchant des petits pois.
+ en situation l | Flat stage of the Tour de France on TV, the commentator's talking about châteaux, and I'm half-watching while shelling peas.
fr situation n | Séance d'étirements après la course, allongée sur l'herbe du stade vide, je sens chaque muscle se relâcher l'un après l'autre.
+ en situation n | Stretching after my run, lying on the grass of the empty stadium, I can feel each muscle letting go one after another.
fr situation n | Golf du dimanche avec mon beau-père, on marche sans se presser entre les trous, personne ne compte vraiment les coups. Une ambiance paisible, s'il te plaît.
+ en situation n | Sunday golf with my father-in-law, strolling between holes, nobody really counting strokes. Something peaceful, please.

# situations: games and video games
fr situation n | Je joue à un petit jeu de ferme sur la console, j'arrose mes navets virtuels, la musique est douce, et la soirée passe sans effort.
+ en situation n | I'm playing a little farming game on the console, watering my virtual turnips, gentle music, and the evening slips by without effort.
fr situation n | Partie de dames avec mon grand-père sous la tonnelle, on réfléchit longtemps à chaque coup et personne n'est pressé de gagner.
+ en situation n | A game of draughts with my grandfather under the arbour, we take our time over every move and nobody's in a hurry to win.
fr situation l | Mots fléchés sur la terrasse du café, un crème à côté, je bloque sur le 12 horizontal et ça m'est bien égal.
+ en situation l | Arrow-word puzzle on the café terrace, a milky coffee beside me, stuck on 12 across and I couldn't care less.
fr situation n | Patience sur la table de la cuisine avec un vieux jeu de cartes, la radio en sourdine et la nuit qui tombe. Baisse les lumières.
+ en situation n | Patience on the kitchen table with an old deck of cards, the radio turned low and night falling. Lower the lights.

# situations: music and concerts
fr situation n | Concert de musique de chambre dans une petite église, je ferme les yeux sur le banc de bois et ma respiration se cale sur le violoncelle.
+ en situation n | Chamber music concert in a small church, I close my eyes on the wooden pew and my breathing settles into the cello.
fr situation n | J'ai mis un album de guitare acoustique, volume bas, et je range lentement mes vinyles par ordre alphabétique sans aucune urgence.
+ en situation n | I've put on an acoustic guitar album, low volume, and I'm slowly sorting my records alphabetically with no rush whatsoever.
fr situation l | Je joue quelques accords au piano pour moi seul, sans partition, juste pour le plaisir des sons qui résonnent dans le salon vide.
+ en situation l | I'm playing a few chords on the piano just for myself, no score, simply for the pleasure of the sound in the empty living room.
fr situation n | Fin de soirée au festival de jazz, on est assis dans l'herbe tout au fond, la contrebasse nous arrive de loin et on ne bouge plus. Une musique qui colle, s'il te plaît.
+ en situation n | Late evening at the jazz festival, we're sitting in the grass right at the back, the double bass drifting over from far off, and we're not moving. Music to match, please.

# situations: films, series and books
fr situation n | Jour de pluie, j'ai enchaîné trois épisodes d'une série anglaise où il ne se passe presque rien, thé au lait et biscuits au beurre à côté.
+ en situation n | Rainy day, I watched three episodes back to back of an English series where almost nothing happens, with milky tea and shortbread.
fr situation n | Je relis un roman que je connais par cœur, allongé dans la baignoire vide avec des coussins, parce que c'est l'endroit le plus calme de l'appartement.
+ en situation n | I'm rereading a novel I know by heart, lying in the empty bathtub with cushions, because it's the quietest spot in the flat.
fr situation l | Documentaire animalier sur les loutres, voix off grave et lente, je m'endors avant la fin sur le canapé et personne ne me réveille.
+ en situation l | Wildlife documentary about otters, deep slow voiceover, I fall asleep on the sofa before the end and nobody wakes me.
fr situation n | Dimanche après-midi à la médiathèque du village avec les magazines de déco, un fauteuil en osier et le tic-tac de l'horloge. Mets une lumière feutrée.
+ en situation n | Sunday afternoon at the village library with the home-decor magazines, a wicker chair and the tick of the clock. Put on a soft, muted light.
fr situation n | Livre audio dans les oreilles, je fais le tour du lac à petits pas, la voix de la lectrice m'accompagne et je ne pense plus au travail.
+ en situation n | Audiobook in my ears, I'm ambling round the lake, the narrator's voice keeping me company, and I've stopped thinking about work.

# situations: travel and transport
fr situation n | Vol long-courrier, repas servi, lumières de cabine éteintes, j'ai mis mon masque et mes chaussettes, douze heures sans rien à décider.
+ en situation n | Long-haul flight, meal served, cabin lights off, eye mask and socks on, twelve hours with nothing to decide.
fr situation n | Train régional qui longe la Loire, wagon presque vide, je laisse défiler les champs en buvant mon café, sans ouvrir l'ordinateur.
+ en situation n | Regional train along the Loire, carriage almost empty, the fields rolling past as I drink my coffee, laptop firmly shut.
fr situation l | Valises posées dans la chambre d'hôtel, rideaux tirés, je m'allonge tout habillée sur le grand lit blanc pour une demi-heure.
+ en situation l | Suitcases down in the hotel room, curtains drawn, I lie fully dressed on the big white bed for half an hour.
fr situation n | Croisière fluviale sur le canal du Midi, on avance à six kilomètres à l'heure, les platanes défilent, et je tricote sur le pont. Une ambiance qui va avec.
+ en situation n | River cruise on the Canal du Midi, chugging along at six kilometres an hour, plane trees gliding past, me knitting on deck. Set a mood to match.
fr situation n | Premier matin des vacances en Grèce, petit-déjeuner à l'ombre de la treille, yaourt au miel, et la journée entière sans aucun programme.
+ en situation n | First morning of our holiday in Greece, breakfast in the shade of the vine, yoghurt and honey, and the whole day without a single plan.

# situations: cars and driving
fr situation n | Route de campagne déserte un dimanche matin, je roule à soixante, fenêtre ouverte, une émission de musique classique à la radio.
+ en situation n | An empty country road on a Sunday morning, driving at forty, window down, a classical music programme on the radio.
fr situation l | J'ai garé la voiture à l'ombre sur le parking de la plage, siège reculé, et je termine mon sandwich en écoutant les vagues avant de descendre.
+ en situation l | I've parked in the shade at the beach car park, seat pushed back, finishing my sandwich to the sound of the waves before heading down.
fr situation n | Le contrôle technique est passé sans souci, le plein est fait, et j'ai devant moi quatre heures d'autoroute vide avec un livre audio. Mets quelque chose de posé.
+ en situation n | The MOT went through fine, the tank's full, and I've got four hours of empty motorway ahead with an audiobook. Put on something laid-back.
fr situation n | Mon mari conduit pour tout le trajet des vacances, je suis côté passager, coussin sous la nuque, et je somnole entre deux péages.
+ en situation n | My husband's driving the whole way to our holiday spot, I'm in the passenger seat with a neck cushion, dozing between toll booths.

# situations: weather and nature
fr situation n | Pluie fine sur le toit de la véranda, je suis dans le vieux fauteuil en rotin avec un plaid, et le bruit régulier me berce.
+ en situation n | Fine rain on the conservatory roof, I'm in the old rattan chair with a blanket, and the steady patter is lulling me.
fr situation n | Brouillard épais ce matin, aucune raison de sortir, je reste au lit avec un café et le chat contre mes jambes.
+ en situation n | Thick fog this morning, no reason to go out, so I'm staying in bed with a coffee and the cat against my legs.
fr situation l | Soir d'été, l'air est enfin tiède, je suis assise sur le perron pieds nus, les hirondelles volent bas et le jour s'éteint doucement.
+ en situation l | Summer evening, the air finally mild, I'm sitting barefoot on the front step while the swallows fly low and the day fades gently.
fr situation n | Neige tombée toute la nuit, routes fermées, le bureau a dit de ne pas venir, je regarde les flocons depuis le canapé avec un chocolat chaud. Lumière douce, s'il te plaît.
+ en situation n | Snow fell all night, roads closed, work told us not to come in, and I'm watching the flakes from the sofa with a hot chocolate. Soft light, please.
fr situation n | Allongé sur une couverture dans la prairie, le bourdonnement des insectes, l'odeur de foin, et les muscles qui fondent au soleil.
+ en situation n | Lying on a blanket in the meadow, the hum of insects, the smell of hay, and my muscles melting in the sun.

# situations: gardening
fr situation n | J'ai arrosé toutes les jardinières au tuyau en fin de journée, la terre sent bon, et je reste là à regarder l'eau s'infiltrer, un verre de rosé à la main.
+ en situation n | I watered all the planters with the hose at the end of the day, the soil smells lovely, and I stay there watching the water soak in, glass of rosé in hand.
fr situation l | Désherbage lent du massif de lavande, à genoux sur un coussin, les abeilles autour et aucune montre au poignet.
+ en situation l | Slowly weeding the lavender bed, kneeling on a cushion, bees all around and no watch on my wrist.
fr situation n | Le potager est paillé pour l'hiver, les outils sont rangés dans la cabane, je m'assois sur le banc avec mon thermos et je ne bouge plus.
+ en situation n | The veg patch is mulched for winter, the tools are back in the shed, and I sit on the bench with my flask and don't budge.
fr situation n | Dans la serre chauffée par le soleil d'avril, je repique des semis de tomates un par un, la radio en fond, et le temps ralentit. Une ambiance calme, merci.
+ en situation n | In the greenhouse warmed by the April sun I'm pricking out tomato seedlings one by one, radio on in the background, and time slows right down. Something calm, thanks.

# situations: money and bills
fr situation n | Le dernier crédit de la voiture est passé ce mois-ci, plus rien à rembourser, et ce soir je m'installe dans le canapé le cœur tranquille.
+ en situation n | The last car loan payment went out this month, nothing left to repay, and tonight I settle on the sofa with an easy heart.
fr situation l | J'ai enfin mis de côté l'épargne de précaution, trois mois de salaire, et je dors beaucoup mieux depuis.
+ en situation l | I've finally put aside a rainy-day fund, three months' pay, and I've been sleeping much better since.
fr situation n | Budget du mois bouclé, tous les prélèvements passés, je referme le classeur et je m'offre un bain chaud sans penser aux chiffres. Lumière tamisée.
+ en situation n | Monthly budget done, all the direct debits gone through, I close the folder and treat myself to a hot bath without thinking about numbers. Dim the lights.
fr situation n | La banque a accepté d'étaler le remboursement, la pression est retombée, et je me suis autorisé une longue promenade sans but dans le quartier.
+ en situation n | The bank agreed to spread the repayments, the pressure's off, and I allowed myself a long aimless walk around the neighbourhood.

# situations: administration and paperwork
fr situation n | Le dossier de naturalisation est déposé complet, plus aucun papier à rassembler, je m'assois en terrasse et je bois mon thé à la menthe lentement.
+ en situation n | The citizenship application's been filed, complete, no more papers to gather, and I sit outside a café sipping my mint tea slowly.
fr situation l | Carte grise reçue, assurance mise à jour, il n'y a plus une seule démarche sur ma liste, je m'allonge avec un livre.
+ en situation l | Registration document received, insurance updated, not a single errand left on my list, so I lie down with a book.
fr situation n | J'ai trié toute la paperasse de la maison et tout est classé dans des boîtes étiquetées, maintenant je me pose avec un café au soleil.
+ en situation n | I've sorted all the household paperwork and everything's filed in labelled boxes, so now I'm sitting down with a coffee in the sun.
fr situation n | La succession de tante Marthe est enfin réglée chez le notaire, plus de rendez-vous, plus de courriers, ce week-end je ne fais que dormir et marcher. Mets une ambiance apaisante.
+ en situation n | Aunt Marthe's estate is finally settled at the solicitor's, no more appointments, no more letters, and this weekend I'm just sleeping and walking. Set a soothing mood.

# situations: technology and phones
fr situation n | J'ai laissé mon téléphone dans le tiroir de l'entrée tout le dimanche, pas de notifications, juste le jardin et le bruit des oiseaux.
+ en situation n | I left my phone in the hall drawer all Sunday, no notifications, just the garden and the birdsong.
fr situation l | Mode nuit activé à vingt et une heures, écran en noir et blanc, et je lis un vrai livre au lit jusqu'à ce que les yeux se ferment.
+ en situation l | Night mode on at nine, screen in black and white, and I read a real book in bed until my eyes close.
fr situation n | L'ordinateur est enfin réparé, toutes les sauvegardes sont faites, je n'ai plus rien à configurer et je me cale dans le fauteuil avec une tisane.
+ en situation n | The computer's finally fixed, all the backups are done, nothing left to set up, and I tuck myself into the armchair with an herbal tea.
fr situation n | J'ai mis une application de sons de pluie sur l'enceinte de la chambre, la couette est fraîche et je sens le sommeil qui arrive. Éteins presque tout.
+ en situation n | I've put a rain-sounds app on the bedroom speaker, the duvet's cool and I can feel sleep coming. Turn almost everything off.

# situations: internet and social media
fr situation n | Une semaine sans réseaux sociaux, j'ai désinstallé les applis, et le soir je m'assois sur le balcon avec un verre sans rien faire défiler.
+ en situation n | A week off social media, I've uninstalled the apps, and in the evenings I sit on the balcony with a drink without scrolling anything.
fr situation l | Je regarde une vidéo d'une heure où un potier tourne des bols sans parler, et mes épaules se détendent à chaque tour.
+ en situation l | I'm watching an hour-long video of a potter throwing bowls without a word, and my shoulders relax with every turn of the wheel.
fr situation n | Le groupe WhatsApp du travail est en sourdine jusqu'à la rentrée, et je suis allongée sur la plage sans regarder qui a écrit quoi.
+ en situation n | The work WhatsApp group is muted until September, and I'm lying on the beach without checking who wrote what.

# situations: shopping
fr situation n | Courses faites à l'ouverture, magasin vide, tout est rangé avant neuf heures, et j'ai le reste de la journée devant moi sans rien d'obligatoire.
+ en situation n | Shopping done at opening time, store empty, everything put away before nine, and the rest of the day ahead of me with nothing I have to do.
fr situation l | J'ai acheté un grand plaid en laine et des bougies au marché de Noël, et ce soir je les étrenne dans le salon, sans personne.
+ en situation l | I bought a big woollen throw and some candles at the Christmas market, and tonight I'm trying them out in the living room on my own.
fr situation n | Flânerie sans liste au marché du dimanche, je prends mon temps entre les étals, un café à la main, personne ne m'attend. Une musique douce pour aller avec.
+ en situation n | Wandering round the Sunday market with no list, taking my time between the stalls, coffee in hand, nobody waiting for me. Gentle music to go with it.
fr situation n | Le nouveau matelas a été livré ce matin, j'ai fait une sieste d'essai de deux heures et mon dos ne m'a jamais paru aussi léger.
+ en situation n | The new mattress was delivered this morning, I took a two-hour test nap and my back has never felt so light.

# situations: moving house
fr situation n | Trois semaines après le déménagement, le dernier carton est vidé, les tableaux sont accrochés, et ce soir je m'assois simplement dans le salon en écoutant le silence.
+ en situation n | Three weeks after the move, the last box is unpacked, the pictures are up, and tonight I just sit in the living room listening to the quiet.
fr situation l | Le nouvel appartement donne sur une cour arborée, pas de circulation, et je dors les fenêtres ouvertes pour la première fois depuis des années.
+ en situation l | The new flat looks onto a leafy courtyard, no traffic, and I'm sleeping with the windows open for the first time in years.
fr situation n | Les déménageurs ont tout porté, on n'a rien eu à soulever, et on finit la journée assis sur le balcon du nouvel appart, une tasse de thé à la main. Lumières douces, merci.
+ en situation n | The removal men carried everything, we didn't lift a thing, and we're ending the day on the new flat's balcony with a cup of tea. Soft lights, thanks.

# situations: holidays and celebrations
fr situation n | Le 2 janvier, tout le monde est reparti, le sapin clignote doucement, et je finis les chocolats sur le canapé sans rien prévoir.
+ en situation n | The 2nd of January, everyone's gone home, the tree's twinkling softly, and I'm finishing the chocolates on the sofa with nothing planned.
fr situation n | Lendemain du mariage de mon frère, brunch tardif au gîte, tout le monde en jogging, les voix basses et les tasses de café qui se remplissent sans fin.
+ en situation n | The day after my brother's wedding, late brunch at the cottage, everyone in tracksuits, quiet voices and coffee cups refilled endlessly.
fr situation l | Pour mon anniversaire, j'ai demandé une seule chose : une journée entière sans obligations, et je l'ai eue, de la grasse matinée jusqu'au bain du soir.
+ en situation l | For my birthday I asked for just one thing: a whole day without obligations, and I got it, from the lie-in to the evening bath.
fr situation n | Le 15 août, la ville est vide, les magasins fermés, je marche doucement dans les rues ombragées jusqu'au parc et je m'assois sous un platane. Une ambiance estivale et calme, s'il te plaît.
+ en situation n | The 15th of August, the town's empty, shops shut, I stroll along the shady streets to the park and sit under a plane tree. Something summery and calm, please.
fr situation n | Après le réveillon, on a tout laissé en plan, la vaisselle attendra, et on s'est allongés devant la cheminée avec les dernières braises.
+ en situation n | After the Christmas Eve dinner we left everything as it was, the dishes can wait, and we stretched out in front of the fireplace with the last embers.

# situations: religion and rituals
fr situation n | Après la prière du soir, je reste assis sur mon tapis un long moment, la maison est silencieuse et ma respiration s'apaise.
+ en situation n | After evening prayer I stay sitting on my mat for a long while, the house silent and my breathing slowing.
fr situation n | Le dimanche après l'office, je rentre par le chemin des vignes, sans me presser, et je m'assois sur le muret de pierre au soleil.
+ en situation n | On Sundays after the service I walk home by the vineyard path, unhurried, and sit on the stone wall in the sun.
fr situation l | Shabbat commence, les téléphones sont rangés, les bougies sont allumées, et pour vingt-quatre heures personne ne travaille dans la maison.
+ en situation l | Shabbat's beginning, phones put away, candles lit, and for twenty-four hours nobody in the house does any work.
fr situation n | Méditation du matin au temple bouddhiste du quartier, une heure assise en silence, et je ressors avec le corps léger et la tête calme. Lumière douce, s'il te plaît.
+ en situation n | Morning meditation at the local Buddhist temple, an hour of sitting in silence, and I come out with a light body and a calm head. Soft light, please.

# situations: old age and grandparents
fr situation n | Je suis retraitée et le mardi, c'est le jour où je ne fais rien : un feuilleton à la radio, un tricot et le fauteuil près du radiateur.
+ en situation n | I'm retired and Tuesday is my do-nothing day: a radio serial, some knitting and the armchair by the radiator.
fr situation n | Papi fait sa sieste dans la chaise longue sous le noyer, le chapeau sur les yeux, et je m'installe à côté de lui avec un livre.
+ en situation n | Grandpa's napping in the deckchair under the walnut tree with his hat over his eyes, and I settle down next to him with a book.
fr situation l | À quatre-vingt-trois ans, je prends mon petit-déjeuner à dix heures, au soleil, avec le journal, et personne ne m'attend nulle part.
+ en situation l | At eighty-three I have breakfast at ten, in the sun, with the paper, and nobody expects me anywhere.
fr situation n | Avec mamie, on écosse les haricots sur la terrasse, assises côte à côte, le bruit des cosses dans le saladier, et on parle à peine. Mets une ambiance tranquille.
+ en situation n | Granny and I are shelling beans on the terrace, sitting side by side, the pods dropping into the bowl, barely talking. Put on something calm.

# situations: death and funerals
fr situation n | Les obsèques sont passées, la famille est repartie, et ce soir, pour la première fois depuis deux semaines, je me couche tôt et je dors d'un sommeil profond.
+ en situation n | The funeral is over, the family have gone home, and tonight, for the first time in two weeks, I go to bed early and sleep deeply.
fr mixed n | Encore un peu de chagrin, mais surtout un grand apaisement : toutes les démarches pour maman sont terminées et je passe la journée à me reposer au jardin.
+ en mixed n | Still a little grief, but mostly a deep calm: all the arrangements for Mum are done and I'm spending the day resting in the garden.

# situations: birth and pregnancy
fr situation n | Enceinte de sept mois, allongée sur le côté avec le coussin d'allaitement, le bébé ne bouge plus et je sens tout mon dos se relâcher.
+ en situation n | Seven months pregnant, lying on my side with the nursing pillow, the baby's gone still and I can feel my whole back loosening.
fr situation n | Le nouveau-né dort dans son couffin, mon mari prépare le dîner, et je somnole dans le fauteuil avec une tasse de tisane qui refroidit.
+ en situation n | The newborn's asleep in the Moses basket, my husband's making dinner, and I'm dozing in the armchair with a cup of herbal tea going cold.
fr situation l | Cours de sophrologie prénatale, allongées sur les tapis avec la musique d'eau qui coule, je n'ai jamais autant relâché les épaules.
+ en situation l | Antenatal relaxation class, lying on mats with the sound of running water, and my shoulders have never been so relaxed.
fr situation n | Maternité, troisième nuit : la sage-femme a pris le bébé pour deux heures et m'a dit de dormir, je m'enfonce dans l'oreiller. Éteins les lumières, s'il te plaît.
+ en situation n | Maternity ward, third night: the midwife took the baby for two hours and told me to sleep, and I'm sinking into the pillow. Lights off, please.

# situations: DIY and repairs
fr situation n | La dernière couche de vernis est posée sur la table, les pinceaux trempent, et je m'assois dans l'herbe pour la laisser sécher sans y toucher.
+ en situation n | The last coat of varnish is on the table, the brushes are soaking, and I sit in the grass letting it dry without touching it.
fr situation l | Le robinet qui gouttait depuis des mois est réparé, et pour la première fois la cuisine est parfaitement silencieuse la nuit.
+ en situation l | The tap that's been dripping for months is fixed, and for the first time the kitchen is perfectly silent at night.
fr situation n | Le chantier de la terrasse est bouclé, on a rangé la bétonnière, et ce soir on étrenne les transats sans plus rien à faire.
+ en situation n | The patio project is finished, the cement mixer's put away, and tonight we're trying out the loungers with nothing more to do.
fr situation n | Samedi pluvieux, je restaure tranquillement une vieille chaise au garage, un coup de papier de verre, une gorgée de café, la radio qui grésille. Mets quelque chose de posé.
+ en situation n | Rainy Saturday, quietly restoring an old chair in the garage, a bit of sanding, a sip of coffee, the radio crackling. Put on something mellow.

# situations: night and sleep
fr situation n | Draps en lin tout juste lavés, fenêtre entrouverte sur la nuit fraîche, et le chat qui s'installe au pied du lit : je sens que je vais dormir comme une pierre.
+ en situation n | Freshly washed linen sheets, the window ajar on the cool night, and the cat settling at the foot of the bed: I'm going to sleep like a log.
fr situation n | Réveillé à six heures par habitude, puis je me suis souvenu que c'était samedi, et je me suis renfoncé sous la couette avec un soupir d'aise.
+ en situation n | Woke at six out of habit, then remembered it was Saturday and burrowed back under the duvet with a contented sigh.
fr situation l | Veilleuse allumée, masque de nuit posé sur la table de chevet, tisane de tilleul, et le réveil débranché pour demain.
+ en situation l | Night light on, sleep mask on the bedside table, lime-blossom tea, and the alarm unplugged for tomorrow.
fr situation n | Les voisins du dessus ont enfin posé de la moquette, plus aucun bruit de talons, et je m'endors à dix heures du soir comme un bébé. Ambiance nuit, s'il te plaît.
+ en situation n | The upstairs neighbours have finally put carpet down, no more clacking heels, and I drop off at ten like a baby. Night-time mood, please.

# situations: city life
fr situation n | Dimanche matin en ville, les rues sont vides, je prends un café en terrasse sur la place pendant que les pigeons picorent et qu'aucune voiture ne passe.
+ en situation n | Sunday morning in town, the streets are empty, I'm having coffee outside on the square while the pigeons peck about and no cars go by.
fr situation l | Je me suis trouvé un banc au fond du jardin botanique, à l'abri du bruit de la ville, et j'y mange mon déjeuner chaque midi sans me presser.
+ en situation l | I've found a bench at the back of the botanical garden, away from the city noise, and I eat my lunch there every day without rushing.
fr situation n | Après une journée dans le métro bondé, je suis enfin sur mon petit balcon au sixième, pieds sur la rambarde, et le bruit de la ville n'arrive plus qu'étouffé.
+ en situation n | After a day on the packed metro I'm finally on my little sixth-floor balcony, feet on the railing, the city noise reaching me only muffled.
fr situation n | Bateau-bus sur la Seine en fin d'après-midi, assis à l'arrière, je laisse la ville glisser sans regarder l'heure. Mets une lumière qui va avec.
+ en situation n | River bus on the Seine in the late afternoon, sitting at the back, letting the city glide by without checking the time. Put on a light to match.

# situations: countryside and farming
fr situation n | Les foins sont rentrés avant l'orage, la grange est pleine, et je m'assois sur le banc de la cour avec un verre de cidre, les bras lourds.
+ en situation n | The hay's in before the storm, the barn is full, and I'm sitting on the bench in the yard with a glass of cider, arms heavy.
fr situation l | Dimanche à la ferme, pas de marché, pas de livraison, je fais juste le tour des parcs à pas lents avec le chien.
+ en situation l | Sunday on the farm, no market, no deliveries, I just walk slowly round the paddocks with the dog.
fr situation n | Les moutons sont rentrés à la bergerie, le calme tombe sur la vallée, et je reste sur le pas de la porte avec mon bol de soupe.
+ en situation n | The sheep are back in the fold, quiet settles over the valley, and I stay on the doorstep with my bowl of soup.
fr situation n | Gîte rural au fond d'une vallée, pas de voisins, juste le ruisseau et les cloches des vaches, je fais la sieste dans le pré après le déjeuner. Mets une ambiance douce.
+ en situation n | Country cottage at the bottom of a valley, no neighbours, just the stream and the cowbells, and I nap in the meadow after lunch. Give me something soft.

# situations: sea and mountains
fr situation n | Fin d'après-midi sur la plage, la foule est partie, je suis allongée sur ma serviette encore chaude et j'écoute seulement le ressac.
+ en situation n | Late afternoon on the beach, the crowds have gone, I'm lying on my still-warm towel listening to nothing but the surf.
fr situation n | Arrivés au lac de montagne après trois heures de marche, on a enlevé les chaussures, on a mangé, et on reste allongés au soleil sans parler.
+ en situation n | We reached the mountain lake after three hours' walking, took off our boots, ate, and now we're lying in the sun without talking.
fr situation l | Je flotte sur le dos dans la crique, les oreilles sous l'eau, je n'entends plus que ma respiration.
+ en situation l | I'm floating on my back in the cove, ears under water, and all I can hear is my own breathing.
fr situation n | Chalet après la journée de ski : chaussures de ski enlevées, pieds qui respirent, tisane au coin du feu et la neige qui tombe derrière la vitre. Tamise les lumières.
+ en situation n | The chalet after a day's skiing: ski boots off, feet breathing again, herbal tea by the fire and snow falling behind the glass. Dim the lights.
fr situation n | Sur le voilier au mouillage, le vent est tombé, la coque se balance doucement et je lis à l'ombre de la grand-voile.
+ en situation n | On the sailing boat at anchor, the wind's dropped, the hull sways gently, and I'm reading in the shade of the mainsail.

# situations: hobbies and crafts
fr situation n | Broderie du dimanche soir, la lampe d'appoint allumée, l'aiguille qui passe et repasse, et la semaine qui s'éloigne point après point.
+ en situation n | Sunday-evening embroidery under the reading lamp, the needle going in and out, and the week receding stitch by stitch.
fr situation l | Séance d'aquarelle au bord de l'étang avec mon petit tabouret, je peins mal mais lentement, et c'est exactement ce qu'il me faut.
+ en situation l | Watercolour session by the pond on my little stool, I paint badly but slowly, and that's exactly what I need.
fr situation n | Je monte une maquette de bateau à la loupe, pièce par pièce, la radio en fond, et je ne vois pas les heures passer.
+ en situation n | I'm building a model ship under a magnifier, piece by piece, radio in the background, and the hours slip by unnoticed.
fr situation n | Cours de céramique du jeudi soir : les mains dans l'argile humide, le tour qui ronronne, et la tête enfin vide de tout le reste. Une ambiance posée, s'il te plaît.
+ en situation n | Thursday-evening ceramics class: hands in the wet clay, the wheel humming, and my head finally empty of everything else. Something laid-back, please.
fr situation n | Mon tricot avance rang après rang pendant que la soupe mijote, je ne compte pas les mailles et ça m'est égal.
+ en situation n | My knitting grows row by row while the soup simmers, I'm not counting stitches and I don't care.

# situations: volunteering
fr situation n | Ma permanence à l'épicerie solidaire est finie, tout est rangé pour l'équipe de demain, et je rentre à pied tranquillement, le sac léger.
+ en situation n | My shift at the community grocery is over, everything's tidied for tomorrow's team, and I walk home at an easy pace, bag light.
fr situation l | Le samedi matin, je promène les chiens du refuge le long de la rivière, pas de course, on s'arrête à chaque touffe d'herbe.
+ en situation l | On Saturday mornings I walk the shelter dogs along the river, no rushing, we stop at every tuft of grass.
fr situation n | Après la journée de collecte pour la Croix-Rouge, les bénévoles sont assis en cercle dans la salle vide, thé et biscuits, les jambes allongées. Mets une lumière apaisée.
+ en situation n | After the Red Cross collection day the volunteers are sitting in a circle in the empty hall, tea and biscuits, legs stretched out. Put on a calm light.

# situations: politics and news
fr situation n | J'ai éteint la radio des informations pour la semaine, et le matin je prends mon café en écoutant seulement la pluie sur le velux.
+ en situation n | I've switched off the news radio for the week, and in the mornings I drink my coffee listening only to the rain on the skylight.
fr situation l | Les élections sont passées, les débats sont finis, le fil d'actualité s'est calmé, et je retrouve des soirées tranquilles avec un livre.
+ en situation l | The elections are over, the debates are finished, the news feed has calmed down, and I'm back to quiet evenings with a book.
fr situation n | Plus de journal télévisé au dîner chez nous, on mange en écoutant du jazz bas et la soirée s'étire doucement.
+ en situation n | No more TV news at dinner in our house, we eat to quiet jazz and the evening stretches out gently.

# situations: science and discovery
fr situation n | Nuit des étoiles au camping : allongés sur des tapis de sol, on écoute l'astronome parler à voix basse, et je sens le sommeil me gagner.
+ en situation n | Stargazing night at the campsite: lying on sleeping mats, listening to the astronomer speak softly, and I can feel sleep creeping up on me.
fr situation l | Au musée d'histoire naturelle un mardi matin, les salles sont vides, je m'assois sur le banc devant l'aquarium géant et je laisse mes jambes se reposer.
+ en situation l | At the natural history museum on a Tuesday morning the galleries are empty, and I sit on the bench in front of the giant tank and rest my legs.
fr situation n | Ma thèse est soutenue depuis hier, plus de manips, plus de corrections, je passe la journée en pyjama sur le canapé de l'appart. Baisse tout, s'il te plaît.
+ en situation n | My thesis defence was yesterday, no more experiments, no more corrections, and I'm spending the day in pyjamas on the sofa. Turn everything down, please.

# long
fr long n | Réveil à sept heures, comme d'habitude. Puis je me rappelle que je suis en congé. Je me fais un café, je retourne au lit avec. La pluie tape sur les volets et je ne compte pas me lever avant midi.
+ en long n | Awake at seven, as usual. Then I remember I'm on leave. I make a coffee and take it back to bed. The rain's drumming on the shutters and I don't intend to get up before noon.
fr long n | La semaine a été chargée au cabinet. Ce soir, j'ai laissé la sacoche dans l'entrée. Douche, pyjama, un bol de riz au lait. Je suis allongé sur le tapis du salon, les jambes sur le canapé.
+ en long n | It's been a busy week at the practice. Tonight I left my bag in the hall. Shower, pyjamas, a bowl of rice pudding. I'm lying on the living-room rug with my legs up on the sofa.
fr long n | On a loué une cabane dans les arbres pour deux nuits. Pas d'électricité, juste des lampes à huile. Le soir, on entend la chouette et le vent dans les feuilles. J'ai dormi comme jamais.
+ en long n | We rented a treehouse for two nights. No electricity, just oil lamps. At night you hear the owl and the wind in the leaves. I slept better than ever.
fr long n | Les derniers clients sont partis à vingt-trois heures. On a fermé le restaurant, rangé la salle. Avec le cuisinier, on s'est assis au comptoir avec un verre d'eau pétillante. On n'a rien dit pendant dix minutes, et c'était bien.
+ en long n | The last customers left at eleven. We closed the restaurant and tidied the dining room. The chef and I sat at the bar with a glass of sparkling water. We didn't say a word for ten minutes, and it was good.
fr long n | Ma mère est partie en cure pour trois semaines. Tout est organisé, elle est ravie. Pour la première fois depuis longtemps, je n'ai personne à appeler chaque soir pour vérifier. J'ai pris un bain, et je me suis couchée à neuf heures.
+ en long n | My mum has gone to a spa resort for three weeks. Everything's arranged and she's delighted. For the first time in ages I don't have anyone to ring every evening to check on. I had a bath and went to bed at nine.
fr long n | Le jardin est arrosé. Le dîner a été simple, une salade et du fromage. Le soleil disparaît derrière la colline. On reste sur la terrasse, les pieds sur la chaise, jusqu'à ce qu'il fasse nuit.
+ en long n | The garden's watered. Dinner was simple, a salad and some cheese. The sun's slipping behind the hill. We stay on the terrace, feet up on a chair, until it's dark.
fr long n | J'ai couru le semi-marathon ce matin. Je ne cherchais pas de temps, juste à finir. Cet après-midi, massage des jambes, sieste, puis un film sous la couette. Le corps entier est lourd et tranquille.
+ en long n | I ran the half-marathon this morning. I wasn't after a time, just to finish. This afternoon: leg massage, a nap, then a film under the duvet. My whole body is heavy and at ease.
fr long n | Le bébé a fait ses nuits. Mon compagnon a emmené la grande à l'école. J'ai pris mon petit-déjeuner assise, en entier, sans le réchauffer trois fois. Puis je me suis recouchée une heure.
+ en long n | The baby slept through. My partner took our eldest to school. I ate my breakfast sitting down, all of it, without reheating it three times. Then I went back to bed for an hour.
fr long n | Train de nuit pour Vienne. La couchette est petite mais les draps sont propres. Le roulement régulier des roues. Je n'ai pas regardé mon téléphone une seule fois depuis le départ.
+ en long n | Night train to Vienna. The berth is small but the sheets are clean. The steady rhythm of the wheels. I haven't looked at my phone once since we left.
fr long n | Trois jours de chantier sous la pluie. Ce soir, le patron nous a libérés à seize heures. Je suis rentré, j'ai mis mes vêtements mouillés à sécher. Maintenant je suis au chaud, sous deux couvertures, une soupe sur les genoux.
+ en long n | Three days on site in the rain. Tonight the boss let us go at four. I came home and hung my wet clothes up to dry. Now I'm warm under two blankets with a bowl of soup on my lap.
fr long n | Le vol de retour a été long. Mais la valise est défaite, la machine tourne, le frigo est rempli. Demain est un jour de congé. Ce soir, je m'allonge, et je n'ai plus rien à faire.
+ en long n | The flight home was long. But the suitcase is unpacked, the washing machine's on, the fridge is stocked. Tomorrow's a day off. Tonight I'm lying down with nothing left to do.
fr long n | À la résidence, c'est l'heure calme d'après le déjeuner. Les couloirs se taisent. Je m'installe dans mon fauteuil près de la fenêtre, un plaid sur les genoux. Le soleil me chauffe les mains.
+ en long n | At the care home it's the quiet hour after lunch. The corridors fall silent. I settle into my armchair by the window with a blanket on my knees. The sun warms my hands.
fr long n | J'ai rendu les clés de l'ancien appartement ce matin. L'état des lieux s'est bien passé. Je suis rentré dans le nouveau, j'ai ouvert les fenêtres sur la cour. J'ai fait une sieste sur le canapé encore emballé dans son plastique.
+ en long n | I handed back the keys to the old flat this morning. The inspection went fine. I came back to the new place and opened the windows onto the courtyard. I napped on the sofa still wrapped in its plastic.
fr long n | Dernière copie corrigée. Dernière note saisie. J'ai fermé l'ordinateur, je suis allée au bout du jardin. Le transat m'attendait sous le prunier, et je m'y suis endormie.
+ en long n | Last paper marked. Last grade entered. I closed the laptop and walked to the end of the garden. The deckchair was waiting under the plum tree, and I fell asleep in it.

# negation
fr negation n | Je ne rêvasse pas, je ne pense même à rien du tout : je suis juste allongé au soleil et mon corps se repose.
+ en negation n | I'm not daydreaming, I'm not even thinking about anything at all: I'm just lying in the sun and my body's resting.
fr negation n | Pas envie de sortir ce soir, et ce n'est pas de la tristesse, juste le bonheur tranquille de rester au chaud avec une soupe.
+ en negation n | Don't feel like going out tonight, and it isn't sadness, just the quiet pleasure of staying in the warm with some soup.
fr negation n | Je ne suis pas euphorique après les vacances, je suis simplement reposé, les épaules basses et le sommeil retrouvé.
+ en negation n | I'm not over the moon after the holiday, I'm simply rested, shoulders down and sleeping properly again.
fr negation n | Non, je ne m'inquiète plus pour les résultats, ils sont bons, et là je me laisse aller dans le fauteuil.
+ en negation n | No, I'm not worried about the results any more, they're fine, and now I'm letting myself sink into the armchair.
fr negation l | Ce n'est pas de la paresse, c'est un dimanche de récupération : pyjama, livre, et pas un pas dehors.
+ en negation l | It's not laziness, it's a recovery Sunday: pyjamas, a book, and not a step outside.
fr negation n | Pas de colère contre personne ce soir, le conflit au travail est réglé, je respire enfin et je me pose sur la terrasse.
+ en negation n | No anger at anyone tonight, the work conflict's sorted, I can finally breathe and I'm settling on the terrace.
fr negation n | Je ne m'ennuie pas du tout pendant cette retraite au monastère, je me repose comme je ne l'ai pas fait depuis des années.
+ en negation n | I'm not bored at all at this monastery retreat, I'm resting like I haven't in years.
fr negation n | Rien de fou ce week-end, pas de fête, pas de sortie, juste dormir, manger lentement et marcher un peu. Exactement ce qu'il fallait.
+ en negation n | Nothing wild this weekend, no party, no going out, just sleeping, eating slowly and a little walk. Exactly what I needed.
fr negation n | Je ne suis pas fatigué au point d'être à bout, juste agréablement lourd après la baignade, bien calé dans le transat.
+ en negation n | I'm not exhausted, just pleasantly heavy after the swim, nicely settled in the lounger.
fr negation n | Non, je ne suis pas en train de bouder, je profite simplement du silence après une journée à l'accueil de la mairie.
+ en negation n | No, I'm not sulking, I'm just enjoying the quiet after a day on the town hall reception desk.
fr negation l | Pas de stress pour demain, la valise est prête, le taxi réservé, et je m'accorde une soirée au calme.
+ en negation l | No stress about tomorrow, the case is packed, the taxi's booked, and I'm giving myself a quiet evening.

# mixed
fr mixed n | Un peu triste que les vacances se terminent, mais surtout reposé : dernière après-midi au bord de l'eau, je ne bouge pas de ma serviette.
+ en mixed n | A bit sad the holidays are ending, but mostly rested: last afternoon by the water and I'm not budging from my towel.
fr mixed n | Contente de la journée, oui, mais surtout soulagée qu'elle soit finie : pieds sur la table basse, lumière basse, et plus un mot.
+ en mixed n | Pleased with the day, yes, but mostly relieved it's over: feet on the coffee table, lights low, and not another word.
fr mixed n | Encore un peu tendu après la réunion difficile, mais la marche au bord du canal me fait redescendre pas à pas.
+ en mixed n | Still a bit wound up after the tough meeting, but the walk along the canal is bringing me down step by step.
fr mixed n | Un soupçon d'inquiétude pour la rentrée, mais ce soir c'est surtout le calme : la cabane de pêche, le lac lisse, et le bouchon qui ne bouge pas.
+ en mixed n | A hint of worry about September, but tonight it's mostly calm: the fishing hut, the still lake, and the float not moving.
fr mixed n | Les jambes en compote après la rando, mais qu'est-ce que c'est reposant d'être allongée dans la tente, la fermeture ouverte sur les sommets.
+ en mixed n | Legs like jelly after the hike, but it's so restful lying in the tent with the flap open onto the peaks.
fr mixed n | Fier d'avoir terminé le chantier, mais ce que je ressens surtout, c'est le grand calme du dimanche sans outils ni bruit.
+ en mixed n | Proud to have finished the building work, but what I mostly feel is the deep calm of a Sunday with no tools and no noise.
fr mixed l | Une petite pointe d'ennui peut-être, mais c'est agréable : la maison de campagne, la pluie, et rien à faire jusqu'au dîner.
+ en mixed l | Maybe a hint of boredom, but it's pleasant: the country house, the rain, and nothing to do until dinner.
fr mixed n | Un peu nostalgique de l'ancien quartier, mais surtout apaisé dans le nouveau : pas de klaxons, et je dors les fenêtres ouvertes.
+ en mixed n | A bit nostalgic for the old neighbourhood, but mostly at peace in the new one: no horns, and I sleep with the windows open.
fr mixed n | Encore un peu d'adrénaline après l'accouchement de ma sœur, mais là tout le monde va bien, je rentre et je m'effondre de sommeil, serein.
+ en mixed n | Still a bit of adrenaline after my sister gave birth, but everyone's fine, so I'm going home to collapse into sleep, at peace.

# slang_emoji
fr slang_emoji n | dimanche full pyjama, j'ai pas ouvert les volets de la journée et c'est le feu 😴🛌
+ en slang_emoji n | full pyjama sunday, haven't opened the shutters all day and it's such a vibe 😴🛌
fr slang_emoji n | fin de la saison au camping, les touristes sont partis, jme pose au bord de la piscine vide 🏊‍♂️😌
+ en slang_emoji n | end of the season at the campsite, tourists gone, chilling by the empty pool 🏊‍♂️😌
fr slang_emoji l | bouillotte + tisane + série cosy, tranquille la vie 🫖🧸
+ en slang_emoji l | hot water bottle + herbal tea + cosy show, easy life 🫖🧸
fr slang_emoji n | mes darons gardent le petit jusqu'à demain, je vais dormir 12h d'affilée tkt 😴💤 baisse les lumières stp
+ en slang_emoji n | my folks have the little one till tomorrow, i'm sleeping 12 hours straight don't worry 😴💤 lights down pls
fr slang_emoji n | allongé dans l'herbe au parc, casque sur les oreilles, zéro pression frérot 🌳🎧
+ en slang_emoji n | lying in the grass at the park, headphones on, zero pressure bro 🌳🎧
fr slang_emoji n | dernier exam plié, là c'est repos total, canap et crêpes réchauffées 🥞🛋️
+ en slang_emoji n | last exam done, now it's total rest mode, sofa and reheated pancakes 🥞🛋️
fr slang_emoji n | spa avec ma sœur cet aprem, jsuis une guimauve 🧖‍♀️☁️
+ en slang_emoji n | spa with my sister this afternoon, i'm basically a marshmallow now 🧖‍♀️☁️
fr slang_emoji l | téléphone en mode avion, pieds dans la piscine gonflable, le calme absolu 🌞🦶
+ en slang_emoji l | phone on airplane mode, feet in the paddling pool, absolute calm 🌞🦶

# typo
fr typo n | enfin en vacance, jai dormi jusqua 11h et la je bouge pas du transat
+ en typo n | finaly on holiday, slept till 11 and now im not moving from the sunlounger
fr typo n | la reunion est anulée jai tout laprem pour moi, the et bouquin sur le balcon
+ en typo n | meeting cancled, got the whole afternon to myself, tea and a book on the balcny
fr typo l | les enfant sont couché, la maison est calm, je me pose enfin
+ en typo l | kids in bed, house is quite, finaly sitting down
fr typo n | retour de la piscine, les muscle tout detendu, une petite sieste et ca repart pas avant ce soir
+ en typo n | back from the pool, muscles all relaxd, quick nap and im not doing anythin till tonite
fr typo n | jai fini mon service a lhopital, douche chaude et au lit, pas de reveil demain
+ en typo n | finishd my shift at the hospital, hot shower and bed, no alarm tomorow
fr typo n | cabane en foret ce week end, pas de reseau, je me sens tellement posé
+ en typo n | cabin in the woods this wknd, no signal, i feel so chilled out
fr typo n | on a mi un vieux film et on est tous sous la couete, trop bien ce calme
+ en typo n | put on an old film and were all under the duvet, love this calm
fr typo l | massage des pieds par mon cheri, jsuis tout mou la
+ en typo l | foot rub from my bf, im all floppy now

# wish
fr wish n c=teal;cyan b=dim | Je sors d'une longue nage et je suis allongée, le corps tout relâché. Mets du vert d'eau et du cyan, tout doux.
+ en wish n c=teal;cyan b=dim | Just out of a long swim and lying down, my body completely loose. Give me teal and cyan, nice and soft.
fr wish n c=warm_white;amber b=dim | Soirée lecture sous le plaid, rien à faire jusqu'à demain. Blanc chaud et ambre, lumière basse, s'il te plaît.
+ en wish n c=warm_white;amber b=dim | Reading evening under the throw, nothing to do until tomorrow. Warm white and amber, low light, please.
fr wish n c=violet;blue | Bain terminé, peignoir, et je m'installe pour une soirée au calme. Du violet et du bleu doux, merci.
+ en wish n c=violet;blue | Bath's done, dressing gown on, and I'm settling in for a quiet evening. Soft violet and blue, thanks.
fr wish l b=dim | Les enfants dorment, je souffle enfin sur le canapé. Baisse bien les lumières.
+ en wish l b=dim | The kids are asleep, I can finally breathe on the sofa. Turn the lights right down.
fr wish n c=green;teal b=dim | Retour de balade en forêt, je me pose dans le fauteuil sans rien faire. Vert et vert d'eau, en douceur.
+ en wish n c=green;teal b=dim | Back from a walk in the woods, sitting in the armchair doing nothing. Green and teal, gently.

# explicit
fr explicit n | Je me sens reposé de la tête aux orteils, enfin délesté de la fatigue de la semaine.
+ en explicit n | I feel rested from head to toe, finally free of the week's tiredness.
fr explicit n | Une grande sérénité ce soir, le corps relâché et aucun souci en tête.
+ en explicit n | Deep serenity tonight, body loose and not a care in my head.
fr explicit l | Je suis tranquille, détendue, en mode repos bien mérité.
+ en explicit l | I'm calm and relaxed, in well-earned rest mode.
fr explicit n | Ça fait du bien de décompresser enfin, je me sens apaisé et sans tension.
+ en explicit n | It feels good to finally decompress, I feel soothed and tension-free.
fr explicit n | Je suis dans un état de calme profond, tout est lent et doux.
+ en explicit n | I'm in a state of deep calm, everything slow and soft.
"""

"""detente: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: France, quick spoken lines
fr situation n | Dernier client parti, rideau baissé, je m'assois sur le tabouret du salon de coiffure et je souffle.
+ en situation n | Last client gone, shutter down, I sit on the salon stool and finally breathe out.
fr situation l | Dimanche à Quiberon, transat sur la dune, le bruit du ressac et rien d'autre.
+ en situation l | Sunday in Quiberon, deckchair on the dune, the sound of the surf and nothing else.
fr situation n | Les pâtes cuisent, le vin est ouvert, les pieds nus sur le carrelage frais.
+ en situation n | Pasta's on, wine's open, bare feet on the cool tiles.
fr situation l | Sieste dans la voiture sur le parking du lac d'Annecy, sièges baissés, vitres entrouvertes.
+ en situation l | Nap in the car at the Lake Annecy car park, seats down, windows cracked open.
fr situation n | Fin de la tournée du marché, les cagettes sont rangées et je bois mon café assis sur le hayon.
+ en situation n | Market round done, crates packed away, and I'm drinking my coffee sitting on the tailgate.
fr situation n | Vingt heures, le petit dort, les jouets sont rangés, plus un bruit dans la maison. Baisse la lumière, s'il te plaît.
+ en situation n | Eight o'clock, the little one's asleep, toys put away, not a sound in the house. Lights down, please.
fr situation l | Après la cantine, vingt minutes allongée sur le banc de la cour de l'école déserte.
+ en situation l | After lunch duty, twenty minutes lying on the bench in the empty school playground.
fr situation n | Le gîte en Ardèche n'a pas la télé, on écoute la rivière depuis la terrasse jusqu'à la nuit.
+ en situation n | The gîte in the Ardèche has no TV, we listen to the river from the terrace until dark.
fr situation n | Pétrin nettoyé, fournée de nuit terminée, je m'assois devant la boulangerie au lever du jour.
+ en situation n | Kneading trough cleaned, night bake done, I sit outside the bakery as the sun comes up.
fr situation l | Thé à la menthe chez ma voisine, on ne dit presque rien, on regarde juste la cour.
+ en situation l | Mint tea at my neighbour's, we barely say a word, just watch the courtyard.
fr situation n | Vacances à l'île de Ré, vélo à deux à l'heure entre les marais salants.
+ en situation n | Holiday on the Île de Ré, cycling at a snail's pace between the salt marshes.
fr situation n | J'ai passé la tondeuse, la pelouse sent l'herbe coupée, je m'allonge dessus les bras en croix.
+ en situation n | Mowed the lawn, it smells of cut grass, and I'm lying on it arms out wide.
fr situation l | Les courses sont livrées, le frigo est plein, je ne sortirai pas du week-end.
+ en situation l | Groceries delivered, fridge full, I'm not going out all weekend.
fr situation n | Retour des vendanges, douche brûlante et soupe de potiron, les jambes enfin au repos. Mets une ambiance douce.
+ en situation n | Back from the grape harvest, scalding shower and pumpkin soup, legs finally resting. Something gentle, please.
fr situation n | Cure thermale à Dax, boue chaude sur le dos, je pourrais dormir sur place.
+ en situation n | Spa cure in Dax, warm mud on my back, I could fall asleep right there.
fr situation l | Le linge tourne, le riz cuit, et moi j'écoute un podcast sur le canapé.
+ en situation l | Washing's on, rice is cooking, and I'm listening to a podcast on the sofa.
fr situation n | Jardin du Luxembourg, une chaise verte au soleil, je ferme les yeux pendant une heure.
+ en situation n | Luxembourg Gardens, one of the green chairs in the sun, I close my eyes for an hour.
fr situation n | Ma mère garde le bébé jusqu'à ce soir, je prends un bain de soleil sur la terrasse sans montre.
+ en situation n | Mum's got the baby till this evening, I'm sunbathing on the terrace without a watch.
fr situation l | Pluie sur les tuiles, grenier aménagé, une couette et un vieux Tintin. Lumière tamisée.
+ en situation l | Rain on the roof tiles, converted attic, a duvet and an old Tintin. Dim the lights.
fr situation n | Le camping-car est garé face à l'étang, on a sorti les chaises et on ne bouge plus.
+ en situation n | Camper van parked facing the pond, chairs out, and we're not moving.
fr situation n | Fin de journée à la ferme, les vaches sont traites et je m'assois sur la barrière avec le chien.
+ en situation n | End of the day on the farm, cows milked, and I sit on the gate with the dog.
fr situation l | Une heure de pêche sur le canal du Midi sans une touche, et c'est parfait.
+ en situation l | An hour fishing on the Canal du Midi without a single bite, and that's perfect.
fr situation n | Mon chéri a pris les enfants au cinéma, j'ai la maison, un plaid et une série.
+ en situation n | My partner took the kids to the cinema, I've got the house, a throw and a series.
fr situation n | La demande de congé est acceptée, deux semaines à Collioure sans ordinateur. Mets quelque chose de posé.
+ en situation n | Leave request approved, two weeks in Collioure without a laptop. Put on something laid-back.
fr situation l | Un croissant, le journal et la terrasse du café de la place encore à l'ombre.
+ en situation l | A croissant, the paper and the café terrace on the square still in the shade.
fr situation n | Infirmière de nuit, garde finie, je rentre par les quais déserts à six heures, sans me presser.
+ en situation n | Night nurse, shift over, I walk home along the empty riverbanks at six, taking my time.
# situations: Belgium and Switzerland
fr situation n | Thermes de Spa, bassin extérieur bien chaud sous la bruine, je ne sens plus mes épaules.
+ en situation n | Spa baths in Spa, warm outdoor pool in the drizzle, I can't feel my shoulders any more.
fr situation l | Dimanche à Bruges, on laisse filer la barque sur les canaux, personne ne parle.
+ en situation l | Sunday in Bruges, drifting along the canals in the boat, nobody talking.
fr situation n | Une bière d'abbaye en terrasse à Namur, le soleil couchant sur la Meuse, aucune heure pour rentrer.
+ en situation n | An abbey beer on a terrace in Namur, sun setting over the Meuse, no time to be home.
fr situation n | Bains de Leukerbad, la tête qui dépasse de l'eau chaude et les montagnes enneigées tout autour.
+ en situation n | The baths at Leukerbad, just my head above the hot water and snowy mountains all around.
fr situation l | Chalet dans le Valais, fondue terminée, on s'allonge tous près du poêle.
+ en situation l | Chalet in Valais, fondue finished, we're all stretched out by the stove.
fr situation n | Bateau sur le Léman entre Lausanne et Évian, je somnole au soleil sur le pont arrière.
+ en situation n | Boat across Lake Geneva from Lausanne to Évian, dozing in the sun on the back deck.
fr situation n | Dimanche suisse, tout est fermé, et franchement je reste en pantoufles avec mon café. Mets-nous une ambiance calme.
+ en situation n | Swiss Sunday, everything's shut, and honestly I'm staying in my slippers with a coffee. Give us a calm mood.
fr situation l | Promenade digestive sur la digue d'Ostende, le vent tombe et la mer est lisse.
+ en situation l | After-lunch stroll on the Ostend seafront, the wind's dropped and the sea is flat.
# situations: Québec
fr situation n | Au chalet dans les Laurentides, feu dans le poêle, lac gelé dehors et pas de signal.
+ en situation n | At the cottage in the Laurentians, fire in the woodstove, frozen lake outside and no signal.
fr situation l | Assis sur le quai, les pieds dans le lac, pas un seul bateau à l'horizon.
+ en situation l | Sitting on the dock, feet in the lake, not a single boat on the horizon.
fr situation n | Pelletage fini, je rentre, je me fais un chocolat chaud et je me cale devant la fenêtre.
+ en situation n | Done shovelling, I come in, make a hot chocolate and settle by the window.
fr situation n | Spa nordique à Bromont, bain chaud, plongeon froid, hamac sous les épinettes.
+ en situation n | Nordic spa in Bromont, hot pool, cold plunge, hammock under the spruces.
fr situation l | Tempête dehors, l'école est fermée, on reste en pyjama avec des crêpes et un film.
+ en situation l | Storm outside, school's cancelled, we're staying in pyjamas with pancakes and a film.
fr situation n | Fin de semaine au camping au lac Saint-Jean, canot à la dérive, la pagaie posée sur les genoux. Tamise les lumières.
+ en situation n | Weekend camping at Lac Saint-Jean, canoe drifting, paddle across my knees. Dim the lights.
# situations: UK and Ireland
en situation n | Cup of tea, a packet of digestives and the snooker on low, feet up on the pouffe.
+ fr situation n | Une tasse de thé, un paquet de biscuits et le snooker en sourdine, les pieds sur le pouf.
en situation n | Sunday roast done, everyone's dozing in front of the telly with the gravy boat still on the table.
+ fr situation n | Rôti du dimanche avalé, tout le monde somnole devant la télé, la saucière encore sur la table.
en situation l | Turf fire going, rain on the window, nowhere to be till Monday.
+ fr situation l | Feu de tourbe allumé, la pluie sur la vitre, nulle part où aller avant lundi.
en situation n | Cottage in the Cotswolds, wellies off by the Aga, reading in the window seat.
+ fr situation n | Cottage dans les Cotswolds, bottes retirées près de la cuisinière, je lis sur la banquette de la fenêtre.
en situation n | Long soak in the hot tub after the walk up Ben Nevis, legs like jelly.
+ fr situation n | Long moment dans le jacuzzi après la montée du Ben Nevis, les jambes en coton.
en situation l | Pint of Guinness in a quiet corner of the pub in Dingle, trad session playing softly.
+ fr situation l | Une Guinness dans un coin tranquille du pub à Dingle, un petit groupe de musique trad qui joue doucement.
en situation n | Train up the Scottish coast, nobody in the carriage, just me and the sea out the window. Set the lights to that.
+ fr situation n | Train le long de la côte écossaise, personne dans le wagon, juste moi et la mer par la fenêtre. Règle les lumières sur ça.
en situation n | Half term, no school run, I had my porridge at ten and went back to bed with a book.
+ fr situation n | Vacances scolaires, pas d'école à faire, porridge à dix heures et retour au lit avec un livre.
en situation l | Hot water bottle, fleece pyjamas and the shipping forecast on Radio 4.
+ fr situation l | Bouillotte, pyjama polaire et la météo marine à la radio.
# situations: US and Canada
en situation n | Porch swing, sweet tea, cicadas buzzing, and the whole evening ahead of us.
+ fr situation n | Balancelle sur la véranda, thé glacé, les cigales qui chantent, et toute la soirée devant nous.
en situation n | Cottage weekend in Muskoka, Muskoka chair on the dock, loons calling across the lake.
+ fr situation n | Week-end au chalet en Ontario, fauteuil en bois sur le ponton, les huards qui s'appellent sur le lac.
en situation l | Day after Thanksgiving, leftovers, football on mute and a nap on the recliner.
+ fr situation l | Lendemain de Thanksgiving, les restes, le foot américain sans le son et une sieste dans le fauteuil inclinable.
en situation n | Floating on an inner tube down the river in Texas, a cooler tied to my ankle.
+ fr situation n | Je descends la rivière au Texas sur une bouée, une glacière attachée à la cheville.
en situation n | Hot springs in Banff, snow falling on my head while the rest of me stays warm. Match the lights to that.
+ fr situation n | Sources chaudes à Banff, la neige qui tombe sur ma tête pendant que le reste de moi reste au chaud. Accorde les lumières.
en situation l | Sunday in Maine, lobster roll eaten, sitting on the rocks watching the boats come in.
+ fr situation l | Dimanche dans le Maine, sandwich au homard avalé, assis sur les rochers à regarder les bateaux rentrer.
en situation n | Shift at the diner's over, shoes off in the car, ten minutes of quiet before I drive home.
+ fr situation n | Service au diner terminé, chaussures enlevées dans la voiture, dix minutes de calme avant de rentrer.
en situation n | Finally got the kids down, the dishwasher's humming and I'm on the couch with decaf.
+ fr situation n | Les enfants sont enfin couchés, le lave-vaisselle ronronne et je suis sur le canapé avec un déca.
en situation l | Rocking chair on the cabin porch in the Smokies, mist on the ridges, coffee going cold and I don't care.
+ fr situation l | Chaise à bascule sur le porche de la cabane dans les Smokies, brume sur les crêtes, café qui refroidit et tant pis.
# situations: Australia
en situation n | Sitting on the verandah after dark, the heat's finally broken, cold one in hand.
+ fr situation n | Assis sur la véranda à la nuit tombée, la chaleur est enfin retombée, une bière fraîche à la main.
en situation l | Arvo nap under the gum tree, magpies warbling and the dog flat out beside me.
+ fr situation l | Sieste de l'après-midi sous l'eucalyptus, les pies qui gazouillent et le chien étalé à côté de moi.
en situation n | Christmas holidays on the south coast, hammock strung up, no plans till New Year.
+ fr situation n | Vacances de Noël sur la côte sud, hamac tendu, aucun projet jusqu'au Nouvel An.
en situation n | Swim at the ocean pool at Bronte, then lying on the warm concrete drying off. Something mellow, please.
+ fr situation n | Baignade dans le bassin d'eau de mer à Bronte, puis allongé sur le béton chaud à sécher. Quelque chose de doux, s'il te plaît.
en situation l | Shearing's done for the season, I'm sitting on the shed steps watching the sun go down over the paddock.
+ fr situation l | La tonte est finie pour la saison, je suis assis sur les marches du hangar à regarder le soleil se coucher sur le pré.
# situations: work, school, admin, money
fr situation n | Bilan comptable envoyé au client, je mets un disque et je m'allonge sur le tapis du bureau.
+ en situation n | Year-end accounts sent to the client, I put a record on and lie down on the office rug.
fr situation n | Fin des examens, je suis au parc sur une couverture et il n'y a plus une seule fiche de révision.
+ en situation n | Exam season's over, I'm in the park with a blanket and no revision cards anywhere.
fr situation l | Télétravail au jardin, pas de visio cet après-midi, juste le bruit des abeilles.
+ en situation l | Working from the garden, no video calls this afternoon, just the bees buzzing.
fr situation n | Brevet fini pour ma fille, on s'est fait une journée plage sans rien dire.
+ en situation n | My daughter's done her end-of-middle-school exams, we had a beach day and barely said a word.
fr situation n | Déclaration envoyée, tickets de caisse jetés, je fais couler un bain et j'éteins mon téléphone.
+ en situation n | Tax return filed, receipts binned, I'm running a bath and switching my phone off.
fr situation l | Inventaire du magasin bouclé, le patron nous laisse finir plus tôt, je rentre à pied au soleil.
+ en situation l | Stocktake done, the boss lets us go early, I walk home in the sun.
fr situation n | Mémoire rendu hier, aujourd'hui je fais la planche à la piscine municipale. Mets-moi une lumière reposante.
+ en situation n | Dissertation handed in yesterday, today I'm floating on my back at the public pool. Restful lights, please.
fr situation l | Jour de paie, factures réglées, je suis allongée sur le canapé avec un thé et rien à vérifier.
+ en situation l | Payday, bills sorted, I'm lying on the couch with a cup of tea and nothing to check.
# situations: health, body
fr situation n | Séance d'ostéo terminée, la nuque enfin souple, je reste allongé dans la voiture avant de repartir.
+ en situation n | Osteopath session done, neck finally loose, I lie back in the car for a bit before heading off.
en situation n | Doctor says it's just a pulled muscle, so I'm on the sofa with a heat pack and a film.
+ fr situation n | Le médecin dit que c'est juste une élongation, alors canapé, bouillotte et film.
fr situation l | Cours de Pilates du samedi, la dernière posture allongée, la prof éteint la lumière.
+ en situation l | Saturday Pilates class, the last lying-down pose, the teacher switches off the lights.
en situation n | Post-surgery, home at last, my own bed, my own pillow, the cat purring at my feet.
+ fr situation n | Après l'opération, enfin rentré, mon lit, mon oreiller, le chat qui ronronne à mes pieds.
# situations: family, pets, partner, friends, neighbours
fr situation n | Le bébé dort sur mon torse, la fenêtre est ouverte, je n'ose plus bouger et c'est très bien.
+ en situation n | The baby's asleep on my chest, window open, I daren't move and that's just fine.
fr situation l | Le chien ronfle dans son panier, le chat sur le radiateur, et moi entre les deux avec mon thé.
+ en situation l | The dog's snoring in his basket, the cat's on the radiator, and I'm between them with my tea.
en situation n | My husband took the twins to his mum's for the night, and I had a two-hour lie-in.
+ fr situation n | Mon mari a emmené les jumeaux chez sa mère pour la nuit, et j'ai fait une grasse matinée de deux heures.
fr situation n | Soirée au coin du feu avec ma meilleure amie, on tricote, on boit une tisane, on parle à peine.
+ en situation n | Evening by the fire with my best friend, knitting, drinking herbal tea, hardly talking.
fr situation l | Mon voisin a coupé sa débroussailleuse, on n'entend plus que les tourterelles.
+ en situation l | My neighbour switched off his strimmer, now there's nothing but the collared doves.
en situation n | Lazy Sunday at my gran's in Cork, she won't let me wash a single cup, so I'm just sitting in the garden.
+ fr situation n | Dimanche tranquille chez ma grand-mère à Cork, elle refuse que je lave une seule tasse, alors je reste assise au jardin.
fr situation n | Câlin sur le canapé avec mon chéri, la pluie dehors, le film qui passe et qu'on ne regarde même pas. Lumière douce, merci.
+ en situation n | Cuddled up on the sofa with my other half, rain outside, a film on that we're not even watching. Soft lights, thanks.
en situation l | Walking the old Lab along the beach at low tide, he stops every two steps and so do I.
+ fr situation l | Je promène le vieux labrador sur la plage à marée basse, il s'arrête tous les deux pas et moi aussi.
fr situation n | Chez mes beaux-parents à la campagne, mon beau-père m'a installé une chaise longue sous le cerisier.
+ en situation n | At my in-laws' in the countryside, my father-in-law set me up a lounger under the cherry tree.
# situations: music, films, books, games
fr situation n | Disque de Nina Simone, volume bas, et je regarde les gouttes couler sur la vitre.
+ en situation n | Nina Simone record, volume low, watching the raindrops run down the window.
en situation l | Cosy farming game on the Switch, watering pixel turnips, brain completely switched off.
+ fr situation l | Jeu de ferme tout doux sur la Switch, j'arrose des navets en pixels, le cerveau en veille.
fr situation n | Relecture d'un vieux Pagnol dans le hamac, je connais la fin et c'est ça qui est bon.
+ en situation n | Rereading an old Pagnol in the hammock, I know the ending and that's the nice part.
en situation n | Sunday afternoon jigsaw of the Lake District, radio murmuring, nobody in a hurry. Keep it soft for that.
+ fr situation n | Puzzle du dimanche après-midi, un paysage de lacs anglais, la radio en fond, personne de pressé. Reste tout doux.
fr situation l | Concert de musique de chambre à l'église du village, je ferme les yeux dès la deuxième note.
+ en situation l | Chamber music concert in the village church, my eyes are shut from the second note.
# situations: travel, cars, transport
fr situation n | TGV pour Marseille, place isolée, je retire mes chaussures et je regarde les champs défiler.
+ en situation n | TGV to Marseille, seat on my own, shoes off, watching the fields slide by.
en situation n | Ferry to the Isle of Wight, sitting on the top deck with a coffee, no signal and no hurry.
+ fr situation n | Ferry pour l'île de Wight, assis sur le pont supérieur avec un café, pas de réseau et pas pressé.
fr situation l | Route de campagne déserte, vitres baissées, je roule à soixante sans aucune raison d'aller plus vite.
+ en situation l | Empty country road, windows down, driving at sixty with no reason to go any faster.
fr situation n | Arrivés à l'hôtel à Cassis, valises posées, on s'écroule sur le lit face à la fenêtre ouverte.
+ en situation n | Got to the hotel in Cassis, bags down, we collapse on the bed facing the open window.
en situation l | Long-haul flight, eye mask on, the cabin lights dimmed, engines humming.
+ fr situation l | Vol long-courrier, masque sur les yeux, la cabine dans la pénombre, les moteurs qui ronronnent.
# situations: weather, garden, nature, countryside, sea, mountains
fr situation n | Première pluie après la canicule, je suis sous l'auvent et je respire l'odeur du bitume mouillé.
+ en situation n | First rain after the heatwave, I'm under the awning breathing in the smell of wet tarmac.
en situation n | Deadheading the roses at dusk, blackbird singing, not a single thing left on my list.
+ fr situation n | Je coupe les roses fanées au crépuscule, un merle chante, plus rien sur ma liste.
fr situation l | Le potager est arrosé, je m'assois sur le seau retourné et je regarde les courgettes grossir.
+ en situation l | Veg patch watered, I'm sitting on an upturned bucket watching the courgettes grow.
fr situation n | Bivouac dans le Vercors, le réchaud qui chuinte, la vallée qui s'éteint sous nous.
+ en situation n | Bivouac in the Vercors, the stove hissing, the valley going dark below us.
en situation n | Lying on a paddleboard in a cove in Cornwall, one hand trailing in the water. Dim the lights for that.
+ fr situation n | Allongé sur un paddle dans une crique de Cornouailles, une main qui traîne dans l'eau. Baisse les lumières pour ça.
fr situation l | Soirée d'août en Provence, les cigales se taisent, l'air sent le pin chaud.
+ en situation l | August evening in Provence, the cicadas go quiet, the air smells of warm pine.
fr situation n | Brouillard sur la Loire au petit matin, je bois mon café sur la péniche sans parler.
+ en situation n | Mist over the Loire at dawn, I drink my coffee on the barge without a word.
en situation l | Snow on the farm, animals fed, I'm sat by the range with my boots drying.
+ fr situation l | Neige sur la ferme, les bêtes nourries, je suis près du poêle à bois avec mes bottes qui sèchent.
fr situation n | Descente des pistes terminée, chaussures de ski enlevées, chocolat chaud en terrasse au soleil de Megève.
+ en situation n | Last run done, ski boots off, hot chocolate on a sunny terrace in Megève.
# situations: home, DIY, moving, tech
fr situation n | Peinture du salon finie, bâches pliées, je m'assois par terre avec une bière et l'odeur de propre.
+ en situation n | Living room painted, dust sheets folded, I sit on the floor with a beer and the clean smell.
en situation n | Moved in last week, the last box is flattened and tonight is just me, a candle and the new sofa.
+ fr situation n | Emménagé la semaine dernière, le dernier carton est aplati et ce soir c'est juste moi, une bougie et le nouveau canapé.
fr situation l | Ordinateur en maintenance jusqu'à lundi, rien d'autre à faire que lire au soleil.
+ en situation l | Laptop's in for repair till Monday, nothing to do but read in the sun.
en situation n | Put my phone in the kitchen drawer at seven and I haven't missed it once.
+ fr situation n | J'ai rangé mon téléphone dans le tiroir de la cuisine à dix-neuf heures et il ne m'a pas manqué une seule fois.
fr situation n | Le nouveau poêle à granulés chauffe tout l'étage, je me pose devant avec un bouquin. Mets-moi une ambiance chaude et calme.
+ en situation n | The new pellet stove heats the whole floor, I settle in front of it with a book. Give me something warm and calm.
# situations: rituals, holidays, old age, birth, volunteering, news, science
fr situation n | Après le repas de l'Aïd, tout le monde fait la sieste dans le salon de mamie.
+ en situation n | After the Eid meal, everyone's napping in Gran's living room.
en situation l | Boxing Day walk done, back by the fire with a mince pie and the dog snoring.
+ fr situation l | Balade du lendemain de Noël faite, retour près du feu avec une tartelette et le chien qui ronfle.
fr situation n | Ma grand-mère et moi, on écoute la messe à la radio en épluchant des pommes, sans rien dire.
+ en situation n | Gran and I listen to mass on the radio while peeling apples, not saying a word.
en situation n | Nine months pregnant, feet up, fan on, my partner rubbing my back while we watch the cricket.
+ fr situation n | Enceinte de neuf mois, les pieds en l'air, le ventilateur allumé, mon compagnon me masse le dos devant le cricket.
fr situation l | Papi somnole dans son fauteuil avec la radio, je m'installe à côté et je somnole aussi.
+ en situation l | Grandpa's dozing in his armchair with the radio on, I sit next to him and doze too.
fr situation n | Fin de la collecte de la banque alimentaire, je m'assois dans ma voiture avec un café et la radio douce.
+ en situation n | Food bank collection over, I sit in my car with a coffee and soft radio.
en situation n | Turned off the news for the weekend, and Saturday was just garden, book and a long bath.
+ fr situation n | Infos coupées pour le week-end, et samedi c'était juste jardin, livre et long bain.
fr situation l | Soirée au planétarium, fauteuil incliné, la voix du guide qui ralentit, je pourrais m'endormir.
+ en situation l | Evening at the planetarium, seat tipped back, the guide's voice slowing down, I could drop off.
fr situation n | Les bougies de Shabbat sont allumées, les écrans sont rangés, la maison respire.
+ en situation n | The Shabbat candles are lit, screens put away, the house breathes.
# situations: city, night
fr situation n | Bouchons finis, je me gare dans l'allée et je reste cinq minutes dans la voiture moteur coupé.
+ en situation n | Traffic's behind me, I pull into the drive and sit in the car five minutes with the engine off.
en situation l | Midnight in the city, windows open, distant traffic like the sea, clean sheets.
+ fr situation l | Minuit en ville, fenêtres ouvertes, la circulation au loin comme la mer, des draps propres.
fr situation n | Toit-terrasse de l'immeuble à Marseille, transat, le soleil qui tombe sur le port.
+ en situation n | Rooftop of our building in Marseille, deckchair, the sun going down over the harbour.
fr situation l | Grosse couette, radiateur qui ronronne, la ville qui s'endort dehors.
+ en situation l | Thick duvet, radiator ticking, the city dropping off to sleep outside.
# situations: short voiceless lines
fr situation l | Plaid, tisane, pluie sur les carreaux.
+ en situation l | Blanket, herbal tea, rain on the panes.
fr situation l | Samedi, pas de réveil, pas de programme.
+ en situation l | Saturday, no alarm, no plans.
en situation l | Bath run, book on the rack, door locked.
+ fr situation l | Bain coulé, livre sur le porte-savon, porte fermée à clé.
fr situation l | Transat, parasol, le bruit de la piscine des voisins.
+ en situation l | Sun lounger, parasol, the sound of the neighbours' pool.
en situation l | Hammock, shade, a cold lemonade.
+ fr situation l | Hamac, ombre, une citronnade bien fraîche.
fr situation l | Congés jusqu'au 3 janvier, téléphone pro éteint.
+ en situation l | Off until the 3rd of January, work phone switched off.
fr situation n | Soupe au pistou, fenêtre ouverte, fin de journée tranquille. Lumière basse, s'il te plaît.
+ en situation n | Pistou soup, window open, quiet end of the day. Low lights, please.
en situation l | Fire lit, slippers on, kettle just boiled.
+ fr situation l | Feu allumé, chaussons aux pieds, l'eau de la bouilloire qui vient de bouillir.
# situations: more voices, every age
fr situation n | J'ai soixante-dix-huit ans, et mon jeudi, c'est mots croisés sur le banc de la place de l'église.
+ en situation n | I'm seventy-eight, and my Thursdays are crosswords on the bench by the church square.
fr situation n | Étudiant en médecine, partiels finis, je dors dans l'herbe du campus avec mon sac en oreiller.
+ en situation n | Med student, exams over, I'm asleep in the grass on campus using my bag as a pillow.
fr situation n | Prof à la retraite, un matin de semaine, deuxième café au jardin pendant que tout le monde part bosser.
+ en situation n | Retired teacher here, weekday morning, second coffee in the garden while everyone else goes to work.
fr situation n | Maçon, j'ai posé la truelle à seize heures, et là je suis sur la chaise pliante avec un Orangina.
+ en situation n | Bricklayer, put the trowel down at four, and now I'm on a folding chair with a fizzy orange.
fr situation n | Garde de douze heures finie, je suis dans le bain, lumière éteinte, une bougie allumée.
+ en situation n | Twelve-hour shift on the ward done, I'm in the bath with the lights off and a candle going.
fr situation l | Ado de seize ans, pas cours demain, je reste sous la couette avec mes écouteurs et des chips.
+ en situation l | Sixteen, no school tomorrow, staying under the duvet with my earbuds and crisps.
fr situation n | Routier, pause de quarante-cinq minutes sur une aire déserte, je m'allonge dans la couchette de la cabine.
+ en situation n | Lorry driver, forty-five-minute break at an empty rest area, I'm stretched out on the bunk in the cab.
fr situation n | Jeune maman, les deux petits font la sieste en même temps, je suis allongée par terre dans le rayon de soleil comme le chat.
+ en situation n | Young mum, both kids napping at the same time, I'm lying on the floor in the sun patch like the cat.
fr situation n | Agriculteur, moisson finie la veille, ce matin je me lève à huit heures et je prends le café dans la cour.
+ en situation n | Farmer, harvest finished yesterday, this morning I got up at eight and had coffee in the yard.
fr situation l | Retraitée à Genève, promenade lente au bord du lac, je m'assois sur chaque banc.
+ en situation l | Retired in Geneva, slow walk by the lake, I sit on every bench.
fr situation n | Étudiante à Édimbourg, rendus finis, je suis pelotonnée à la fenêtre du café à regarder la pluie. Quelque chose de doux, s'il te plaît.
+ en situation n | Student in Edinburgh, hand-ins done, I'm curled up in the window of the café watching the rain. Something soft, please.
fr situation n | Chauffeur de bus, dernier service, dépôt vide, je ferme les yeux une minute dans le siège.
+ en situation n | Bus driver, last run, depot empty, I shut my eyes for a minute in the seat.
fr situation l | Père de trois enfants, les gosses au camp scout, je suis sur la terrasse tout l'après-midi avec un livre.
+ en situation l | Dad of three, kids at scouts camp, I've been on the deck all afternoon with a book.
fr situation n | Serveuse à Montréal, fin du rush, je mange ma soupe dans la cuisine avec les pieds sur une caisse.
+ en situation n | Waitress in Montreal, rush over, I'm eating soup in the kitchen with my feet up on a crate.
fr situation n | Grand-mère de six petits-enfants, tous rentrés après le week-end, je suis dans mon fauteuil avec un porto et le silence.
+ en situation n | Grandma of six, all of them gone home after the weekend, I'm in my chair with a sherry and the quiet.
fr situation l | Boulanger à Liège, lundi de fermeture, grasse mat' jusqu'à neuf heures, un luxe.
+ en situation l | Baker in Liège, closed on Monday, lie-in till nine, sheer luxury.
# near the border with reverie
fr situation n | Je ne pense à rien du tout, allongé sur le ponton, je sens juste le soleil sur mes jambes.
+ en situation n | Not thinking about anything, lying on the jetty, just feeling the sun on my legs.
en negation n | I'm not lost in thought, my head's empty, it's just my body finally switching off on the sofa.
+ fr negation n | Je ne suis pas dans mes pensées, j'ai la tête vide, c'est juste mon corps qui se relâche enfin sur le canapé.
fr situation l | Les nuages passent au-dessus du jardin, je ne les regarde même pas, je somnole dans la chaise longue.
+ en situation l | Clouds drifting over the garden, I'm not even watching them, just dozing in the lounger.
fr negation n | Pas d'imagination qui s'envole ce soir, juste des muscles lourds après la piscine et un lit frais.
+ en negation n | No imagination taking flight tonight, just heavy muscles after the pool and a cool bed.
en situation n | Stargazing was the plan, but honestly I'm just lying on the picnic rug letting my shoulders drop.
+ fr situation n | Le plan c'était d'observer les étoiles, mais franchement je suis juste allongé sur la couverture et je laisse tomber les épaules.
fr situation n | Le train berce, je ne rêvasse pas, je me repose les yeux fermés, le corps tout mou.
+ en situation n | The train rocks along, I'm not daydreaming, just resting with my eyes shut, body all loose.
# near the border with bonnehumeur
fr situation n | Pas de fou rire ni de grande gaieté, juste un dimanche lent avec un café et les pieds au soleil.
+ en situation n | No fits of laughter or big cheer, just a slow Sunday with a coffee and my feet in the sun.
en situation n | Nice quiet dinner with friends, nobody telling jokes, we just sat on the terrace till the candles burned down.
+ fr situation n | Dîner tranquille entre amis, personne ne fait de blagues, on est restés sur la terrasse jusqu'à ce que les bougies s'éteignent.
fr negation l | Je ne suis pas d'humeur à chanter, je suis d'humeur à m'allonger, et c'est très agréable.
+ en negation l | I'm not in a singing mood, I'm in a lying-down mood, and it's lovely.
fr situation n | Marché du samedi fait sans me presser, maintenant je m'assois à l'ombre et je ne parle à personne.
+ en situation n | Saturday market done at my own pace, now I'm sitting in the shade not talking to anyone.
en mixed n | A bit cheerful, sure, but mostly just slowed right down, feet up after a long lunch at the beach.
+ fr mixed n | Un peu joyeux, oui, mais surtout ralenti, les pieds en l'air après un long déjeuner à la plage.
# near the border with tristesse
fr situation n | Seule ce soir, et ça me fait du bien : bain, tisane, aucun message à répondre.
+ en situation n | On my own tonight, and it's doing me good: bath, herbal tea, no messages to answer.
en negation n | The house is empty and I'm not lonely, just enjoying the quiet and the ticking clock.
+ fr negation n | La maison est vide et je ne me sens pas seul, je profite juste du silence et du tic-tac de l'horloge.
fr situation l | Dimanche de pluie grise, je reste sous la couette avec un livre, et c'est exactement ce qu'il me fallait.
+ en situation l | Grey rainy Sunday, staying under the duvet with a book, and it's exactly what I needed.
fr negation n | Ce n'est pas de la déprime, je n'ai juste aucune envie de sortir, bien calée dans le fauteuil avec le chat.
+ en negation n | It's not the blues, I just have zero desire to go out, snug in the armchair with the cat.
# near the border with inquietude
fr situation n | Le chirurgien a appelé, tout s'est bien passé pour papa, je m'assois et je laisse mes épaules redescendre.
+ en situation n | The surgeon rang, Dad's operation went fine, I sit down and let my shoulders drop.
en situation n | Flight landed, kids home safe, and I'm finally in the bath with the door shut.
+ fr situation n | L'avion a atterri, les enfants sont bien rentrés, et je suis enfin dans mon bain, porte fermée.
fr mixed n | Encore un petit fond de stress pour le contrôle fiscal, mais ce soir surtout du calme, jardin et verre de rosé.
+ en mixed n | Still a little background stress about the tax audit, but tonight it's mostly calm, garden and a glass of rosé.
fr negation n | Je ne m'en fais plus pour la réunion de demain, tout est prêt, je m'allonge et je respire.
+ en negation n | I'm not fretting about tomorrow's meeting any more, it's all ready, I lie down and breathe.
en situation l | Boiler man says it's nothing serious, heating back on, I'm on the sofa thawing out.
+ fr situation l | Le chauffagiste dit que ce n'est rien de grave, le chauffage est revenu et je dégèle sur le canapé.
# near the border with nostalgie
fr situation n | Je remets l'album que j'écoute depuis vingt ans, pas pour les souvenirs, juste parce qu'il me pose.
+ en situation n | Putting on the album I've played for twenty years, not for the memories, just because it settles me.
en negation l | Not missing anything from the old days, just enjoying a slow evening in the garden of the new house.
+ fr negation l | Rien qui me manque du passé, je profite juste d'une soirée lente dans le jardin de la nouvelle maison.
fr situation l | Maison de famille en Bretagne, je suis dans le vieux fauteuil, et je fais juste la sieste.
+ en situation l | Family house in Brittany, I'm in the old armchair, and I'm just having a nap.
# near the border with victoire
fr mixed n | Le marathon est fini, un peu fier oui, mais là je veux juste un bain froid et ne plus bouger.
+ en mixed n | Marathon done, a bit proud yes, but right now I just want an ice bath and not to move.
en situation n | Promotion's sorted, no celebration tonight, just a quiet curry on the sofa and an early night.
+ fr situation n | La promotion est actée, pas de fête ce soir, juste un curry tranquille sur le canapé et au lit tôt.
# long
fr long n | Journée de marché à Lyon, debout depuis cinq heures. Le camion est vidé. J'ai mis les pieds dans une bassine d'eau tiède et je ne bougerai plus avant le dîner.
+ en long n | Market day in Lyon, on my feet since five. The van's unloaded. I've got my feet in a basin of warm water and I'm not moving before dinner.
fr long n | Retour de Galway sous la pluie. J'ai allumé le poêle en arrivant. Maintenant c'est soupe, grosses chaussettes et la radio qui murmure dans le coin.
+ en long n | Drove back from Galway in the rain. Lit the stove as soon as I got in. Now it's soup, thick socks and the radio murmuring in the corner.
fr long l | Les invités sont partis vers minuit. On a rangé le strict minimum. Là, on est allongés sur le tapis, la musique presque éteinte, sans rien dire.
+ en long l | The guests left around midnight. We tidied the bare minimum. Now we're lying on the rug, music barely on, not saying anything.
fr long n | Déménagement de ma fille terminé, trois étages sans ascenseur. Je suis rentrée, douche, peignoir. Le chat s'est installé sur moi et je n'ai plus aucune raison de me lever.
+ en long n | My daughter's move is done, three floors with no lift. I got home, showered, dressing gown on. The cat's settled on me and I've no reason left to get up.
fr long n | Les vacances ont commencé aujourd'hui. Pas de goûters à préparer, pas de réveil, pas de cahiers. Petit-déjeuner à dix heures au jardin et personne ne s'est encore habillé.
+ en long n | School holidays started today. No packed lunches, no alarm, no homework folders. We had breakfast at ten in the garden and nobody's got dressed yet.
fr long n | Le chantier a fini tôt à cause de la pluie. Je suis rentré, j'ai mis la cafetière en route. Assis à la fenêtre, je regarde l'averse laver la rue, sans rien d'autre à faire.
+ en long n | The building site packed up early because of the rain. I came home and put the coffee on. Sitting at the window, I'm watching the downpour wash the street, nothing else to do.
fr long l | Chalet près de Tadoussac pour trois nuits. On a pagayé ce matin. Cet après-midi, juste nous deux sur la galerie sous des couvertures, à regarder le fleuve.
+ en long l | Cabin near Tadoussac for three nights. We paddled out this morning. This afternoon it's just the two of us on the deck with blankets, watching the river.
fr long n | Opération de la cataracte hier. Interdiction de lire ou d'écrans. Alors je reste au jardin avec des lunettes noires, le transistor et le chant des merles.
+ en long n | Cataract surgery yesterday. No reading, no screens allowed. So I'm staying in the garden with dark glasses, the transistor radio and the blackbirds.
en long n | The last guest checked out of our B&B in Kerry. Sheets are in the wash. I've made a pot of tea and I'm sitting on the wall looking at the bay. Set the lights low for that.
+ fr long n | Le dernier client de notre chambre d'hôtes dans le Kerry est parti. Les draps tournent. J'ai fait du thé et je suis assise sur le muret à regarder la baie. Lumière basse pour ça.
fr long l | Le bébé a enfin pris son biberon et s'est endormi. Mon mari s'occupe du grand. Je me suis allongée dans le noir, la veilleuse allumée, et je respire lentement.
+ en long l | The baby finally took her bottle and fell asleep. My husband has the eldest. I've lain down in the dark with the nightlight on, breathing slowly.
en long n | Walked the dog on the beach at Byron before work. Swam after. Now it's flat white on the verandah, wet hair, and nothing on till eleven.
+ fr long n | Promenade du chien sur la plage de Byron avant le boulot. Baignade ensuite. Maintenant, café au lait sur la véranda, cheveux mouillés, et rien avant onze heures.
fr long n | Les enfants sont à la colonie pour dix jours. Premier soir : dîner de tomates et de fromage. On a mangé dehors et on est restés là jusqu'à ce qu'il fasse nuit, sans allumer.
+ en long n | The kids are at summer camp for ten days. First evening: tomatoes and cheese for dinner. We ate outside and stayed there until it got dark, no lights on.
en long l | Morning at the allotment, potatoes dug. Lunch was bread and cheese on the bench. Then I fell asleep under my hat in the shed doorway.
+ fr long l | Matinée au jardin ouvrier, pommes de terre arrachées. Déjeuner de pain et fromage sur le banc. Puis je me suis endormi sous mon chapeau à l'entrée de la cabane.
fr long n | Dernière réunion de l'année au bureau de Zurich. J'ai pris le train du soir. Maintenant je suis au lit avec une tisane, et je n'ai mis aucun réveil pour demain.
+ en long n | Last meeting of the year at the Zurich office. Took the evening train. Now I'm in bed with a herbal tea and no alarm set for tomorrow.
# negation
fr negation n | Pas envie de faire la fête, pas besoin de voir du monde, juste ce canapé et un plaid.
+ en negation n | No urge to party, no need to see anyone, just this sofa and a blanket.
en negation n | Not bored at all, just lying by the pool in Perth letting the afternoon go by.
+ fr negation n | Je ne m'ennuie pas du tout, je suis juste allongé au bord de la piscine à Perth à laisser filer l'après-midi.
fr negation l | Aucune colère contre le train annulé, je me suis assis au café de la gare avec un livre, et voilà.
+ en negation l | No anger about the cancelled train, I sat down in the station café with a book, and that's that.
en negation n | Not sleepy exactly, just loose and warm after the sauna, sitting on the bench outside.
+ fr negation n | Pas vraiment endormi, juste relâché et réchauffé après le sauna, assis sur le banc dehors.
# mixed
fr mixed n | Un peu courbaturé après le jardinage, mais surtout posé, assis sur les marches avec un verre d'eau.
+ en mixed n | A bit stiff after the gardening, but mostly settled, sitting on the steps with a glass of water.
en mixed l | Slightly sad the weekend's ending, but mostly relaxed, Sunday evening bath and clean pyjamas.
+ fr mixed l | Un peu triste que le week-end se termine, mais surtout détendue, bain du dimanche soir et pyjama propre.
fr mixed n | Une pointe d'agacement pour la facture, mais ce soir je m'en fiche, je suis dans le jacuzzi du camping.
+ en mixed n | A flicker of irritation about the bill, but tonight I don't care, I'm in the campsite hot tub.
en mixed n | A bit hungover from the wedding, but honestly just deliciously lazy, breakfast in bed at the hotel.
+ fr mixed n | Un peu de gueule de bois après le mariage, mais franchement juste délicieusement paresseux, petit-déjeuner au lit à l'hôtel.
fr mixed l | Légèrement fatigué, mais surtout apaisé : la semaine est finie et la pluie tombe doucement.
+ en mixed l | Slightly tired, but mostly at peace: the week's over and the rain is falling softly.
en mixed n | Kind of buzzing from the gig, but winding down now, feet in warm water and a cup of chamomile.
+ fr mixed n | Encore un peu électrisé par le concert, mais je redescends, pieds dans l'eau chaude et tasse de camomille.
fr mixed n | Un peu ému par le départ de ma fille en Erasmus, mais ce soir surtout calme, le silence de la maison me fait du bien.
+ en mixed n | A bit emotional about my daughter leaving on Erasmus, but tonight mostly calm, the quiet house is doing me good.
# slang_emoji
fr slang_emoji n | dimanche pépouze, crêpes + plaid + doc animalier 🦦🛋️
+ en slang_emoji n | chill sunday, pancakes + blanket + nature doc 🦦🛋️
en slang_emoji n | arvo off, hammock, zero notifications, living my best slow life 🌴😌
+ fr slang_emoji n | aprem off, hamac, zéro notif, je vis ma meilleure vie au ralenti 🌴😌
fr slang_emoji l | on est bien là, tranquilles, rien à foutre de l'heure 😌🍵
+ en slang_emoji l | this is nice, just chilling, don't give a damn what time it is 😌🍵
en slang_emoji n | ngl the onsen was elite, i'm basically soup now ♨️🫠
+ fr slang_emoji n | franchement le bain thermal c'était le top, je suis une soupe maintenant ♨️🫠
fr slang_emoji n | chalet + raclette + pas de réseau = cerveau en mode avion ✈️🧀 baisse la lumière stp
+ en slang_emoji n | chalet + raclette + no signal = brain in airplane mode ✈️🧀 lights down pls
en slang_emoji l | lowkey perfect evening, tea, rain sounds, cat on lap 🐈☔
+ fr slang_emoji l | soirée parfaite mine de rien, thé, bruit de pluie, chat sur les genoux 🐈☔
fr slang_emoji n | tabarnouche que c'est relax au chalet, j'bouge pu 🛶🌲
+ en slang_emoji n | holy moly it's relaxing at the cabin, i'm not moving 🛶🌲
en slang_emoji n | cozy szn, fuzzy socks and a candle, no plans 🕯️🧦
+ fr slang_emoji n | saison cocooning, chaussettes toutes douces et une bougie, aucun plan 🕯️🧦
fr slang_emoji l | jsuis en PLS sur le transat mais en mode bien 🌞
+ en slang_emoji l | collapsed on the sunlounger but in a good way 🌞
# typo
fr typo n | enfin en congé, jai dormi jusqua midi et la je boi mon cafe au soleil
+ en typo n | finaly off work, slept till noon and now im drinkin my coffee in the sun
en typo l | kids at there dads, house is quiet, bath is runing, bliss
+ fr typo l | les enfant sont chez leur pere, maison calme, le bain coule, le bonheur
fr typo n | on est au chalet, pas de wifi, on joue au carte au coin du feu tranquil
+ en typo n | were at the cabin, no wifi, playing cards by the fire nice and chil
en typo n | just got back from the spa, my shoulders are like butter, lying on the bed doin nothing
+ fr typo n | je rentre du spa, mes epaules sont toute molles, allongée sur le lit a rien faire
fr typo l | fini le boulo, les pied sur la table basse, une biere et rien dautre
+ en typo l | done w work, feet on the coffe table, a beer and nothin else
en typo n | snowed in at the cottge, fire going, soup on, no where to be
+ fr typo n | bloqué par la neige au chalet, le feu marche, la soupe chauffe, rien a faire
fr typo n | jsui allongé dans lherbe au parc, casque sur les oreille, tranquile
+ en typo n | lyin in the grass at the park, headphones on, all chill
en typo l | sunday morning, no alarm, pancakes, the dogs asleep on my feet
+ fr typo l | dimanche matin, pas de reveil, des crepes, le chien dor sur mes pieds
fr typo n | la piscine etait vide ce matin, jai fait la planche 20 min, la tete vide
+ en typo n | the pool was empty this mornin, floated on my back 20 mins, head empty
# wish
fr wish n c=teal;blue b=dim | Retour de la plage, douche tiède, je m'allonge. Du bleu et du vert d'eau, tout doux.
+ en wish n c=teal;blue b=dim | Back from the beach, lukewarm shower, lying down. Blue and teal, nice and soft.
en wish l c=warm_white b=dim | Lazy evening by the fire, just warm white and low, please.
+ fr wish l c=warm_white b=dim | Soirée paresseuse au coin du feu, juste du blanc chaud et bas, s'il te plaît.
fr wish n c=violet;indigo b=dim | Les enfants dorment, tisane et bouquin, mets du violet et de l'indigo, lumière basse.
+ en wish n c=violet;indigo b=dim | Kids asleep, herbal tea and a book, give me violet and indigo, lights low.
en wish n c=green;amber | Sunday afternoon in the garden chair, totally switched off, green and a touch of amber please.
+ fr wish n c=green;amber | Dimanche après-midi dans le fauteuil de jardin, complètement déconnecté, du vert et une touche d'ambre.
fr wish l b=dim | Rentré du boulot, pieds sur le pouf, j'ai envie de pénombre.
+ en wish l b=dim | Home from work, feet on the pouffe, I'd like it dim.
# explicit
fr explicit n | Je suis complètement détendu, plus aucune tension nulle part.
+ en explicit n | I'm completely relaxed, not a shred of tension anywhere.
en explicit l | Feeling calm and unhurried, properly at rest.
+ fr explicit l | Je me sens calme et sans hâte, vraiment au repos.
fr explicit n | Quel apaisement ce soir, le corps et la tête au ralenti.
+ en explicit n | Such a sense of peace tonight, body and mind slowed down.
en explicit n | I'm serene, chilled right out, nothing on my mind.
+ fr explicit n | Je suis serein, bien décompressé, rien en tête.
fr explicit l | Tranquille, reposée, à l'aise dans mon coin.
+ en explicit l | Calm, rested, comfortable in my corner.
"""

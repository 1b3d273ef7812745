"""detente: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: personas and places
fr situation n | Sortie de ma garde de nuit à sept heures, volets fermés, bouchons d'oreilles, la couette jusqu'au menton, personne ne m'attend avant ce soir.
+ en situation n | Off my night shift at seven, shutters closed, earplugs in, duvet up to my chin, and nobody expects me before this evening.
fr situation n | Les vaches sont traites, les veaux ont bu, je m'assois sur le banc devant l'étable et je laisse le soir tomber sur les prés.
+ en situation n | The cows are milked, the calves have been fed, I sit down on the bench outside the cowshed and let the evening settle over the fields.
fr situation n | Premier lundi de ma retraite : café au lit à neuf heures, le journal plié sur la table de nuit, et rien qui presse. Règle la lumière en conséquence.
+ en situation n | First Monday of my retirement: coffee in bed at nine, the paper folded on the bedside table, and nothing urgent at all. Set the lights accordingly.
fr situation l | Mon week-end de garde est fini, les enfants sont chez leur mère jusqu'à mercredi, je m'étale sur le canapé avec un plateau-repas et la télé tout bas. Une ambiance cosy, stp.
+ en situation l | My custody weekend is over, the kids are at their mum's till Wednesday, and I'm sprawled on the sofa with a TV dinner and the telly turned right down. Something cosy, pls.
fr situation n | Mes parents sont au ciné, j'ai la maison pour moi, plaid, chips et le canapé entier. Mets une lumière tranquille.
+ en situation n | My parents are at the cinema, I've got the house to myself, a blanket, crisps and the whole sofa. Put on some calm lighting.
fr situation n | Rideau de la boutique baissé, caisse comptée, je m'assois sur le tabouret derrière le comptoir et je bois mon thé dans le silence.
+ en situation n | Shop shutter down, till counted, I sit on the stool behind the counter and drink my tea in the quiet.
fr situation l | Terminus de la ligne 12, vingt minutes de battement, moteur coupé, je recule mon siège et je ferme les yeux.
+ en situation l | End of the line on the number 12, twenty minutes' layover, engine off, I push my seat back and close my eyes.
fr situation n | Confitures faites, les pots refroidissent sur la toile cirée, je me cale dans le fauteuil à bascule pour une petite sieste.
+ en situation n | Jam's made, the jars are cooling on the oilcloth, and I'm settling into the rocking chair for a little nap.
fr situation n | Dernière visio bouclée à 15 h, l'ordinateur est rangé dans le placard et je m'allonge sur le tapis du salon, en plein dans le rayon de soleil.
+ en situation n | Last video call wrapped up at 3pm, laptop put away in the cupboard, and I'm lying on the living-room rug right in the patch of sunshine.
fr situation n | Trois heures de répétition, la guitare est dans son étui, je m'enfonce dans le vieux canapé du local avec une bouteille d'eau.
+ en situation n | Three hours of rehearsal, the guitar's back in its case, and I'm sinking into the battered old sofa in the practice room with a bottle of water.
fr situation l | L'entraînement est fini, les gamins sont repartis avec leurs parents, je ramasse les plots sans me presser sur la pelouse vide.
+ en situation l | Training's over, the kids have gone home with their parents, and I'm picking up the cones at my own pace on the empty pitch.
fr situation n | Les trois sont déposés à l'école, je rentre, je me refais un café et pour une fois je le bois chaud, assise, jusqu'au bout.
+ en situation n | All three dropped at school, I come home, make another coffee and for once I drink it hot, sitting down, right to the end.
fr situation n | J'ai calé mon fauteuil roulant au bout du ponton, le soleil sur les genoux, les canards passent et je n'ai nulle part où aller.
+ en situation n | I've parked my wheelchair at the end of the jetty, sun on my knees, ducks drifting by, and nowhere I need to be.
fr situation n | Installé à Lyon depuis un mois, c'est le premier dimanche sans aucune démarche à faire, je lis allongé dans l'herbe du parc.
+ en situation n | A month since I moved to Lyon, and it's the first Sunday with no paperwork to chase, so I'm reading stretched out on the grass in the park.
fr situation n | Dernier poste de nuit de la série, quatre jours de repos devant moi, et je m'endors sur le transat à l'ombre du cerisier.
+ en situation n | Last night shift of the rotation, four days off ahead, and I'm dozing off on the lounger in the shade of the cherry tree.
fr situation n | Lendemain de notre mariage, petit-déjeuner en peignoir au gîte, on finit le gâteau sans parler, les pieds sur la chaise d'en face.
+ en situation n | The morning after our wedding, breakfast in bathrobes at the cottage, finishing the cake without a word, feet up on the chair opposite.
fr situation l | Dernière sonnerie du vendredi, la classe est vide, je m'assois sur mon bureau et j'écoute le silence du couloir.
+ en situation l | Last bell on Friday, the classroom's empty, I sit on my desk and listen to the quiet in the corridor.
fr situation n | Chambre d'hôpital, l'antidouleur fait effet, l'infirmière a baissé les stores et je somnole sans avoir mal nulle part.
+ en situation n | Hospital room, the painkiller's kicked in, the nurse has lowered the blinds and I'm dozing without a single ache.
fr situation l | Pause de midi sur le chantier, je suis allongé sur une palette à l'ombre de la grue, le casque sur les yeux.
+ en situation l | Lunch break on the building site, I'm stretched out on a pallet in the shade of the crane, hard hat over my eyes.
fr situation n | Péniche amarrée pour la nuit le long du canal, moteur coupé, on dîne sur le pont en écoutant les grenouilles.
+ en situation n | Barge moored for the night along the canal, engine off, we're having dinner on deck listening to the frogs.
fr situation n | Les randonneurs sont tous couchés, la vaisselle du refuge est faite, je m'assois dehors avec une tisane face aux sommets.
+ en situation n | The hikers are all in bed, the hut's washing-up is done, and I'm sitting outside with a herbal tea facing the peaks.
fr situation l | Ma caisse est fermée, j'enlève mes chaussures dans la salle de pause et je pose les pieds sur la chaise d'en face.
+ en situation l | My till's closed, I slip my shoes off in the break room and put my feet up on the chair opposite.
fr situation n | Le contrôleur m'a surclassée en première, grand fauteuil, wagon silencieux, j'enlève mes chaussures. Tamise un peu.
+ en situation n | The conductor bumped me up to first class, big seat, quiet carriage, shoes off. Dim things a little.
fr situation n | Mon vol n'est que dans trois heures mais j'ai accès au salon, fauteuil moelleux, jus d'orange et personne qui parle fort.
+ en situation n | My flight isn't for three hours but I've got lounge access, a squishy armchair, orange juice and nobody talking loudly.
fr situation l | Après le match de rugby de mon fils, on reste assis dans les gradins vides au soleil, personne n'a envie de partir.
+ en situation l | After my son's rugby match we stay sitting in the empty stands in the sun, nobody in any hurry to leave.
fr situation n | Garée sur une aire face à la mer, siège incliné, fenêtre entrouverte, vingt minutes de sieste avant de reprendre la route.
+ en situation n | Parked in a lay-by facing the sea, seat reclined, window cracked open, twenty minutes' nap before I hit the road again.
fr situation n | Ma nuit au fournil est finie, douche, volets clos, et je m'endors pendant que le village se réveille.
+ en situation n | My night in the bakehouse is done, shower, shutters shut, and I'm falling asleep while the village wakes up.
fr situation l | Les colocs sont rentrés chez leurs parents, la résidence est déserte et je fais la sieste fenêtre ouverte sur le campus vide.
+ en situation l | My flatmates have gone home to their parents', the halls are deserted and I'm napping with the window open onto the empty campus.
fr situation n | Filets réparés, bateau rincé au jet, je m'assois sur le quai avec un café et je laisse le soleil me chauffer le dos.
+ en situation n | Nets mended, boat hosed down, I sit on the quay with a coffee and let the sun warm my back.
fr situation n | Camion garé sur une aire calme, rideaux de la cabine tirés, la couchette est faite et la soupe chauffe sur le réchaud. Lumière douce, merci.
+ en situation n | Lorry parked up in a quiet lay-by, cab curtains drawn, bunk made up and soup heating on the little stove. Soft light, thanks.
fr situation l | Garde de vingt-quatre heures à la caserne sans une seule sortie, j'ai passé la main à 8 h et je rentre me coucher, tout calme.
+ en situation l | Twenty-four-hour shift at the fire station without a single call-out, I handed over at eight and I'm heading home to bed, all calm.
fr situation n | Retraite de trois jours dans une abbaye, les repas se prennent en silence et je marche à pas lents dans le cloître.
+ en situation n | Three-day retreat at an abbey, meals are eaten in silence and I'm walking slowly round the cloister.
fr situation n | Au camping, la tente est montée, les enfants jouent avec ceux des voisins, et moi je lis dans ma chaise pliante à l'ombre des pins.
+ en situation n | At the campsite, tent's up, the kids are playing with the neighbours' kids, and I'm reading in my folding chair in the shade of the pines.
fr situation n | Enceinte de huit mois, je flotte sur le dos dans la piscine et pour une fois je ne sens plus le poids du ventre.
+ en situation n | Eight months pregnant, floating on my back in the pool, and for once I can't feel the weight of my bump.
fr situation n | Sortie vélo de quatre-vingts bornes terminée, allongé par terre, les jambes contre le mur, une boisson fraîche à portée de main.
+ en situation n | Eighty-kilometre ride done, lying on the floor with my legs up the wall and a cold drink within reach.
fr situation n | Ruches visitées, combinaison enlevée, je m'assois à l'ombre du noyer avec un verre d'eau, on n'entend que le bourdonnement.
+ en situation n | Hives checked, bee suit off, I'm sitting in the shade of the walnut tree with a glass of water, nothing but the humming.
fr situation l | Midi sonne au clocher, je suis en terrasse du café de la place avec le journal et pas une voiture ne passe.
+ en situation l | The church clock strikes noon, I'm out on the café terrace on the square with the paper and not a single car goes by.
fr situation n | Tout le quartier fait la fête de la musique mais j'ai fermé le double vitrage, tisane, bouchons d'oreilles et au lit. Éteins presque tout.
+ en situation n | The whole neighbourhood's out for the music festival but I've shut the double glazing: herbal tea, earplugs and bed. Turn almost everything off.
fr situation l | À la maison de retraite, après le déjeuner, on m'installe au jardin d'hiver et je somnole au soleil derrière la vitre.
+ en situation l | At the care home, after lunch, they settle me in the conservatory and I doze in the sun behind the glass.
fr situation n | Le concert est fini, la salle s'est vidée, je suis assise au bord de la scène, les jambes dans le vide, et je souffle.
+ en situation n | The gig's over, the hall has emptied, I'm sitting on the edge of the stage with my legs dangling, breathing out.
fr situation n | Deux heures de surf, je sors de l'eau, serviette sur le sable, et je laisse le soleil me sécher sans bouger un doigt.
+ en situation n | Two hours of surfing, I'm out of the water, towel on the sand, letting the sun dry me without moving a finger.
fr situation n | Le service du midi est fini, on mange entre nous au fond de la salle, tabliers dénoués, sans se presser. Baisse un peu la lumière.
+ en situation n | Lunch service is over, the staff are eating together at the back of the restaurant, aprons untied, taking our time. Bring the lights down a bit.
fr situation l | Tout le monde a fait le pont, l'open space est vide, je bosse en chaussettes avec une musique douce et aucune urgence.
+ en situation l | Everyone's taken the long weekend, the open-plan office is empty, and I'm working in my socks with soft music and nothing urgent.
fr situation n | Le bébé fait sa sieste dans la poussette au soleil, on est en terrasse, chacun son croissant, rien au programme.
+ en situation n | The baby's napping in the pushchair in the sun, we're at a café terrace with a croissant each and nothing planned.
fr situation n | Le troupeau est à l'estive, je m'allonge dans l'herbe près de la cabane, le chien contre moi, les sonnailles au loin.
+ en situation n | The flock's up on the summer pasture, I'm lying in the grass by the hut, the dog against me, cowbells in the distance.
fr situation n | Traversée de nuit vers la Corse, cabine, draps frais, le ronron du moteur. Mets-moi une ambiance pour dormir.
+ en situation n | Overnight crossing to Corsica, cabin, crisp sheets, the hum of the engine. Give me a sleepy kind of ambience.
fr situation l | Chez le coiffeur, shampoing avec massage du crâne, je fermerais presque les yeux.
+ en situation l | At the hairdresser's, shampoo with a scalp massage, I could almost close my eyes.
fr situation n | Camping-car garé face au lac, store déroulé, deux chaises pliantes, un café, et personne ne parle de repartir.
+ en situation n | Camper van parked facing the lake, awning out, two folding chairs, a coffee, and nobody's mentioning leaving.
fr situation h | Bain dans un onsen en plein air, la neige tombe sur l'eau brûlante et je ne sens plus mon corps tant il est lourd. Ambiance assortie, s'il te plaît.
+ en situation h | Soaking in an outdoor onsen, snow falling on the hot water, my body so heavy I can barely feel it. Matching mood, please.
fr situation l | Marché fini, étal rangé dans le camion, je mange mon sandwich assise sur le hayon, les jambes qui pendent.
+ en situation l | Market's over, stall packed into the van, I'm eating my sandwich sitting on the tailgate with my legs dangling.
fr situation n | La vache a vêlé sans souci dans la nuit, le veau tète déjà, je m'assois sur une botte de paille et je laisse retomber la fatigue.
+ en situation n | The cow calved without a hitch overnight, the calf's already suckling, and I sit down on a bale of straw and let the tiredness drain away.
fr situation n | Aide à domicile présente tout l'après-midi pour papa, j'ai deux heures à moi dans le salon de thé d'en face, fauteuil et scone.
+ en situation n | The home carer's with Dad all afternoon, so I've got two hours to myself in the tea room across the street, armchair and scone.
fr situation h | Retraité depuis trois mois, je n'ai pas remis un seul réveil et mes journées suivent le soleil, jardin le matin, sieste l'après-midi.
+ en situation h | Three months retired, I haven't set a single alarm and my days just follow the sun: garden in the morning, nap in the afternoon.
fr situation n | Nouvelle dans le village, la voisine m'a apporté des tomates et on a pris le café sur le muret, au soleil, sans regarder l'heure.
+ en situation n | New to the village, my neighbour brought me some tomatoes and we had coffee on the low wall in the sun, never checking the time.
fr situation l | Dans la navette du personnel après ma journée à l'aéroport, je pose la tête contre la vitre et je laisse le bus me bercer.
+ en situation l | On the staff shuttle after my day at the airport, I rest my head against the window and let the bus rock me.

# long
fr long n | Douze heures de garde aux urgences. J'ai pris le premier métro du matin. Douche, volets fermés, masque sur les yeux. Je m'endors pendant que la ville part travailler.
+ en long n | Twelve hours on shift in A&E. I caught the first metro of the morning. Shower, shutters closed, eye mask on. I'm falling asleep while the city heads off to work.
fr long n | La moisson est finie. La moissonneuse dort dans le hangar. Ce soir on mange dehors sous la treille. Personne ne parle de travail, et on traîne à table jusqu'à la nuit.
+ en long n | The harvest's in. The combine's asleep in the shed. Tonight we eat outside under the vine. Nobody talks about work, and we linger at the table till dark.
fr long n | Avec mon mari, on a loué un petit bateau électrique sur le lac. On a coupé le moteur au milieu. On grignote des cerises. Ça fait une heure qu'on n'a pas bougé.
+ en long n | My husband and I hired a little electric boat on the lake. We cut the engine in the middle. We're nibbling cherries. We haven't moved for an hour.
fr long n | Les enfants sont chez leur mère ce week-end. J'ai fait un ménage express. Omelette, tennis à la télé, le son au minimum. Je me suis endormi avant le troisième set.
+ en long n | The kids are at their mum's this weekend. I did a quick tidy. Omelette, tennis on TV, sound right down. I nodded off before the third set.
fr long n | Arrivée en France il y a six mois. Aujourd'hui, pas de papiers à remplir, pas de cours de langue. Je me suis assise au soleil sur la place, un café crème devant moi. Personne n'attend rien de moi.
+ en long n | I came to France six months ago. Today there are no forms to fill in and no language class. I sat down in the sun on the square with a milky coffee. Nobody needs anything from me.
fr long n | Dernier service de la journée. J'ai ramené le bus au dépôt. Je rentre à pied, les mains dans les poches, sans me presser. À la maison, la soupe est déjà chaude.
+ en long n | Last run of the day. I took the bus back to the depot. I'm walking home, hands in my pockets, no hurry. At home the soup's already hot.

# negation
fr negation n | Non, je ne m'ennuie pas pendant mon congé maternité : quand le bébé dort, je m'allonge à côté de lui et je me repose, et ça me va très bien.
+ en negation n | No, I'm not bored on maternity leave: when the baby sleeps I lie down next to him and rest, and that suits me perfectly.
fr negation n | Je ne suis pas en train de rêvasser, je profite juste du calme, le corps tout lourd après la journée de chantier.
+ en negation n | I'm not daydreaming, I'm just enjoying the quiet, my body heavy after a day on the building site.
fr negation n | Pas de soirée pour moi après le mariage de ma sœur, juste les pieds dans une bassine d'eau chaude et le lit.
+ en negation n | No after-party for me after my sister's wedding, just my feet in a bowl of hot water and then bed.
fr negation l | Aucune angoisse avant la rentrée cette année, les cours sont prêts, et je passe la dernière soirée d'août tranquille sur la terrasse.
+ en negation l | No back-to-school dread this year, my lessons are ready, and I'm spending the last evening of August quietly on the terrace.

# mixed
fr mixed n | Un peu courbaturée après une journée à cueillir des pommes, mais surtout bien calée dans le fauteuil, les pieds au chaud, sans rien à faire.
+ en mixed n | A bit achy after a day of apple picking, but mostly tucked into the armchair with warm feet and nothing to do.
fr mixed n | Un brin de mal du pays, mais ce soir c'est surtout le grand calme, sur le balcon de mon nouvel appart à Marseille, avec une tisane.
+ en mixed n | A touch of homesickness, but tonight it's mostly deep calm, out on the balcony of my new flat in Marseille with a herbal tea.
fr mixed n | Contente que la saison touristique soit finie, et surtout enfin au repos : la boutique est fermée jusqu'en avril et je fais la sieste.
+ en mixed n | Glad the tourist season's over, and above all finally resting: the shop's closed till April and I'm having a nap.
fr mixed n | Encore un peu d'adrénaline après le coup de sifflet final, mais là, assis dans le vestiaire vide, je souffle et je redescends doucement.
+ en mixed n | Still a bit of adrenaline after the final whistle, but now, sitting in the empty changing room, I'm breathing out and coming down slowly.

# informal french
fr situation l | dernier jour de stage fini, jsuis sur le toit de l'immeuble dans un transat avec une limonade
fr situation l | chantier à l'arrêt à cause de la pluie, jsuis dans le camion avec un café et la radio tout bas
fr situation n | ma belle-mère a pris le bébé pour l'aprèm, jme suis endormie direct sur le canap
fr situation n | anim en colo, les gamins dorment tous, jsuis assise dans l'herbe avec une tisane, enfin
fr situation l | mon seul jour off de la semaine, j'ai pas mis le nez dehors, pyjama + série
fr situation n | mon petit-fils m'a installé un fauteuil releveur, jsuis dedans depuis le déjeuner, le top

# casual english
en situation l | last week of ski season as a chalet host, guests gone, got the hot tub all to myself
en situation l | hostel dorm all to myself, everyone's out partying, earplugs in, book, bed. perfect
en situation n | babysitting done, parents home early, me on the night bus with my eyes half shut, totally unwound
en situation l | floating on a lilo in the hotel pool, haven't had a single thought about work all day
"""

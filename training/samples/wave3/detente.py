"""detente: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Les enfants dorment chez leurs grands-parents ce soir, la maison est silencieuse et je suis allongée sur le canapé avec une tisane.
+ en situation n | The kids are sleeping over at their grandparents' tonight, the house is silent and I'm stretched out on the sofa with a herbal tea.
fr situation n | Massage ce matin, j'ai encore les épaules toutes molles.
+ en situation n | Had a massage this morning, my shoulders still feel like jelly.
fr situation n | Dossier rendu, boîte mail fermée, téléphone en mode avion jusqu'à lundi.
+ en situation n | File handed in, inbox closed, phone on airplane mode until Monday.
fr situation n | Bain chaud avec du sel d'Epsom et une playlist qui tourne à bas volume, mets une lumière qui va avec.
+ en situation n | Hot bath with Epsom salts and a playlist going quietly in the background, set the lights to match.
fr situation n | Dimanche matin, pas de réveil, un café au lit et le chat roulé en boule sur mes pieds.
+ en situation n | Sunday morning, no alarm, coffee in bed and the cat curled up on my feet.
fr situation n | On vient de finir un long déjeuner en terrasse avec des amis et personne n'a envie de bouger.
+ en situation n | We've just finished a long lunch on the terrace with friends and nobody feels like moving.
fr situation n | Hamac sous le tilleul, un livre ouvert sur le ventre.
+ en situation n | Hammock under the lime tree, a book lying open on my belly.
fr situation n | Je sors du hammam, j'ai les jambes en coton et la tête vide.
+ en situation n | Just out of the steam room, legs like cotton wool and an empty head.
fr situation n | Premier soir dans le nouvel appart, les cartons attendront demain, je suis assis par terre avec une pizza et je ne bouge plus.
+ en situation n | First night in the new flat, the boxes can wait till tomorrow; I'm sitting on the floor with a pizza and I'm not budging.
fr situation n | J'ai arrosé le potager au coucher du soleil, maintenant je m'assois sur le banc et j'écoute les grillons.
+ en situation n | Watered the veg patch at sunset, now I'm sitting on the bench listening to the crickets.
fr situation n | Le chien a couru tout l'après-midi sur la plage, il ronfle contre moi et je n'ai aucune intention de me lever.
+ en situation n | The dog ran on the beach all afternoon, now he's snoring against me and I have no intention of getting up.
fr situation n | Il pleut doucement dehors, plaid, chaussettes en laine, rien de prévu. Lumière douce s'il te plaît.
+ en situation n | Soft rain outside, blanket, wool socks, nothing planned. Soft lighting please.
fr situation n | Réunion annulée, deux heures devant moi sans rien d'urgent, je m'installe avec un thé et je souffle.
+ en situation n | Meeting cancelled, two clear hours with nothing urgent, so I'm settling in with a cup of tea and breathing out.
fr situation n | Les résultats de la prise de sang sont bons, je peux enfin lâcher les épaules et profiter de ma soirée.
+ en situation n | The blood test came back fine, I can finally drop my shoulders and enjoy my evening.
fr situation n | Toutes les factures du mois sont payées, le compte est à jour, je m'enfonce dans le fauteuil.
+ en situation n | Every bill this month is paid, the account's up to date, and I'm sinking into the armchair.
fr situation n | Premier jour de vacances au bord du lac, les pieds dans l'eau, aucune idée de l'heure qu'il est.
+ en situation n | First day of holiday by the lake, feet in the water, no idea what time it is.
fr situation n | Train de nuit, couchette, le roulis me berce. Tamise les lumières.
+ en situation n | Night train, top bunk, the rocking is lulling me. Dim the lights.
fr situation n | Soupe maison, pain frais et la cheminée qui crépite.
+ en situation n | Homemade soup, fresh bread and the fire crackling away.
fr situation n | Le bœuf bourguignon mijote depuis trois heures, je n'ai plus qu'à attendre en sirotant un verre de vin.
+ en situation n | The beef stew's been simmering for three hours, all that's left is to wait and sip a glass of wine.
fr situation n | Séance de yoga terminée, allongée sur le tapis, je respire lentement.
+ en situation n | Yoga session over, lying on the mat, breathing slowly.
fr situation l | Match sans enjeu à la télé, je le regarde d'un œil, les pieds sur la table basse.
+ en situation l | A match with nothing riding on it is on TV, I'm half-watching with my feet on the coffee table.
fr situation n | Vinyle de jazz, volume bas, verre de rouge, et rien d'autre à faire de la soirée.
+ en situation n | Jazz on the turntable, volume low, a glass of red, and nothing else to do all evening.
fr situation n | Un vieux film déjà vu dix fois, la couette, et personne pour me demander quoi que ce soit.
+ en situation n | An old film I've seen ten times, the duvet, and nobody asking me for anything.
fr situation n | Un roman léger, le soleil sur le balcon et deux heures rien qu'à moi.
+ en situation n | A light novel, sunshine on the balcony and two hours all to myself.
fr situation n | Je fais un puzzle de mille pièces avec ma fille, on ne parle presque pas, juste le petit bruit des pièces.
+ en situation n | Doing a thousand-piece jigsaw with my daughter, we barely talk, just the little click of the pieces.
fr situation n | J'ai coupé les notifications de toutes les applis, le téléphone n'a pas vibré depuis ce matin et ça fait un bien fou.
+ en situation n | I switched off notifications for every app, the phone hasn't buzzed since this morning and it feels amazing.
fr situation n | Déclaration d'impôts envoyée, je ferme l'ordinateur, je m'étire, et le reste du week-end est à moi.
+ en situation n | Tax return sent, laptop shut, a long stretch, and the rest of the weekend is mine.
fr situation n | Pas d'infos aujourd'hui, j'ai laissé la radio éteinte et je bois mon café en regardant le jardin.
+ en situation n | No news today, I left the radio off and I'm drinking my coffee looking out at the garden.
fr situation n | Tricot, thé au jasmin, et le cliquetis régulier des aiguilles.
+ en situation n | Knitting, jasmine tea and the steady click of the needles.
fr situation n | Balade en forêt terminée, assis sur une souche, j'entends juste le vent dans les pins.
+ en situation n | Forest walk done, sitting on a stump, all I can hear is the wind in the pines.
fr situation n | Lendemain de Noël, tout le monde est reparti, on mange les restes en pyjama. Lance une ambiance cocooning.
+ en situation n | Boxing Day, everyone's gone home and we're eating leftovers in our pyjamas. Put on something cosy.
fr situation n | Maman est bien installée dans sa nouvelle résidence, elle s'y plaît, et ce soir je peux enfin souffler.
+ en situation n | Mum's properly settled into her new care home, she likes it there, and tonight I can finally breathe out.
fr situation n | Mon copain me masse les pieds pendant qu'on regarde une série, je pourrais m'endormir là.
+ en situation n | My boyfriend's rubbing my feet while we watch a series, I could drift off right here.
fr situation n | La soirée jeux est annulée, je reste chez moi en jogging et ça me va très bien.
+ en situation n | Games night got called off, so I'm staying in in my joggers and that suits me just fine.
fr situation n | Les voisins sont partis en vacances, pour une fois pas un bruit dans l'immeuble, j'en profite à fond.
+ en situation n | The neighbours are away on holiday, for once the building's dead quiet and I'm making the most of it.
fr situation n | Dernier partiel passé hier, aujourd'hui grasse matinée et rien au programme.
+ en situation n | Sat my last exam yesterday, today it's a lie-in and nothing on the agenda.
fr situation n | Ménage fait, draps propres, la maison sent la lessive, je m'allonge.
+ en situation n | Cleaning done, fresh sheets, the house smells of clean laundry, and I'm lying down.
fr situation n | Terrasse repeinte, pinceaux rincés, je m'assois sur les marches avec une limonade et je la regarde sécher.
+ en situation n | Deck repainted, brushes rinsed, I'm sitting on the steps with a lemonade watching it dry.
fr situation n | Les petits se sont endormis du premier coup, j'ai toute la soirée pour moi. Baisse les lumières.
+ en situation n | The little ones went down first try, I've got the whole evening to myself. Lower the lights.
fr situation n | Premier soleil de printemps, je déjeune dehors, les yeux fermés, le visage tourné vers le ciel.
+ en situation n | First spring sunshine, I'm having lunch outside, eyes closed, face turned to the sky.
fr situation n | Chambre d'hôtel avec vue sur la mer, fenêtre ouverte, le bruit des vagues. Mets une ambiance douce.
+ en situation n | Hotel room with a sea view, window open, the sound of the waves. Something soft, please.
fr situation n | Dernier jour avant trois semaines de congés, j'ai passé le relais et je rentre à pied sans me presser.
+ en situation n | Last day before three weeks off, I've handed everything over and I'm strolling home, no hurry at all.
fr situation n | Sieste de vingt minutes après le déjeuner, je me réveille frais et sans la moindre tension dans la nuque.
+ en situation n | Twenty-minute nap after lunch, I wake up fresh without the slightest tension in my neck.
fr situation n | Sauna puis douche froide, je suis enroulé dans un peignoir et je ne pense à rien. Lumière tamisée, merci.
+ en situation n | Sauna then a cold shower, now I'm wrapped in a bathrobe thinking about absolutely nothing. Low lights, thanks.
fr situation n | Le feu de camp est presque éteint, les copains discutent à voix basse, je suis emmitouflé dans mon duvet.
+ en situation n | The campfire's nearly out, my mates are chatting in low voices, I'm bundled up in my sleeping bag.
fr situation l | Canne à pêche plantée dans le sable, ça ne mord pas et franchement je m'en fiche.
+ en situation l | Fishing rod stuck in the sand, nothing's biting and honestly I couldn't care less.
fr situation n | Le chat ronronne sur mes genoux depuis une heure, je n'ose pas bouger et ça me va.
+ en situation n | The cat's been purring on my lap for an hour, I daren't move and that's fine by me.
fr situation n | Pain au four, la cuisine sent bon, je m'assois en attendant la sonnerie.
+ en situation n | Bread's in the oven, the kitchen smells lovely, I'm sitting down till the timer goes.
fr situation n | Je sors d'un récital de piano, les épaules légères et le souffle lent.
+ en situation n | Just came out of a piano recital, shoulders loose and breathing slow.
fr situation n | Longue nage dans le lac ce matin, maintenant chaise longue et muscles agréablement lourds.
+ en situation n | Long swim in the lake this morning, now it's a sun lounger and pleasantly heavy muscles.
fr situation n | Les déménageurs sont partis, le lit est monté, je m'y allonge et je savoure le silence.
+ en situation n | The movers have gone, the bed's put together, and I'm lying on it soaking up the silence.
fr situation n | Le dossier de retraite de papa est enfin validé, plus rien à gérer cette semaine, je pose les pieds sur le pouf.
+ en situation n | Dad's pension paperwork is finally approved, nothing left to deal with this week, feet up on the pouffe.
fr situation n | Le prêt est remboursé depuis ce mois-ci et je dors beaucoup mieux.
+ en situation n | The loan's been paid off as of this month and I'm sleeping so much better.
fr situation n | Les mains dans la terre, je rempote les géraniums à mon rythme, un merle chante à côté.
+ en situation n | Hands in the soil, potting up the geraniums at my own pace, a blackbird singing nearby.
fr situation n | Ordinateur éteint à 18h pile, pas regardé un écran depuis, je suis sur la terrasse avec un thé glacé.
+ en situation n | Computer off at six on the dot, haven't looked at a screen since, I'm out on the terrace with an iced tea.
fr situation n | Petit-déjeuner interminable sur la terrasse, croissants, confiture, on a tout notre temps.
+ en situation n | Endless breakfast on the terrace, croissants, jam, and all the time in the world.
fr situation n | Apéro au bord du canal avec deux vieux amis, on parle de tout et de rien, aucune heure pour rentrer.
+ en situation n | Drinks by the canal with two old friends, chatting about this and that, no time we need to be home by.
fr situation n | Mon mari a tout géré aujourd'hui, courses, enfants, dîner, et moi j'ai lu dans le bain.
+ en situation n | My husband handled everything today, shopping, kids, dinner, and I read in the bath.
fr situation n | Grand-mère fait sa sieste, papa ronfle devant le Tour de France, toute la maison de famille somnole.
+ en situation n | Grandma's napping, Dad's snoring in front of the Tour de France, the whole family house is dozing.
fr situation n | Neige dehors, pas une voiture qui passe, la bouilloire qui siffle, pas prévu de sortir de la journée. Ambiance assortie, merci.
+ en situation n | Snow outside, not a single car going by, the kettle whistling, no plans to go out all day. Matching mood, thanks.
fr situation n | Gîte à la campagne, pas de réseau, on se couche à dix heures et on se lève quand on veut.
+ en situation n | Cottage in the countryside, no signal, bed at ten and up whenever we feel like it.
fr situation n | Après-midi au parc, les enfants jouent dans le bac à sable et moi je suis sur le banc, au soleil, sans rien faire.
+ en situation n | Afternoon at the park, the kids are in the sandpit and I'm on the bench in the sun doing nothing.
fr situation n | Je passe le week-end chez mes parents, maman cuisine et je n'ai le droit de rien faire.
+ en situation n | I'm at my parents' for the weekend, Mum's cooking and I'm not allowed to lift a finger.
fr situation n | Pause déjeuner allongé dans l'herbe du parc derrière le bureau, la veste en guise d'oreiller.
+ en situation n | Lunch break stretched out on the grass in the park behind the office, jacket for a pillow.
fr situation n | Pas un bouchon ce soir, rentré en vingt minutes, je me change et je me pose.
+ en situation n | No traffic tonight, home in twenty minutes, changing into comfy clothes and settling in.
fr situation n | Kiné ce matin, le dos est dénoué, pour la première fois depuis des semaines je marche sans y penser.
+ en situation n | Physio this morning, the knots in my back are gone, for the first time in weeks I'm walking without thinking about it.
fr situation n | L'orage est passé, l'air est enfin frais, fenêtres grandes ouvertes, je m'allonge sur le carrelage. Adapte l'éclairage.
+ en situation n | The storm's passed, the air's finally cool, windows wide open, I'm lying on the tiles. Adjust the lights to suit.
fr situation n | Médiathèque du quartier, fauteuil près de la fenêtre, personne autour, l'après-midi s'écoule sans que je regarde l'heure.
+ en situation n | Local library, armchair by the window, nobody around, the afternoon slipping by without me checking the time.
fr situation n | Partie de pétanque avec les anciens du village, personne ne compte les points, un pastis à la main.
+ en situation n | Game of pétanque with the old boys of the village, nobody's keeping score, pastis in hand.
fr situation n | Pédicure, masque au concombre, vernis qui sèche, je ne bouge plus pendant une demi-heure.
+ en situation n | Pedicure, cucumber face mask, polish drying, I'm not moving for half an hour.
fr situation n | J'ai désactivé les alertes info sur mon téléphone, ça fait une semaine et je dors comme un bébé.
+ en situation n | I turned off the news alerts on my phone a week ago and I've been sleeping like a baby.
fr situation n | La chaudière est réparée, la maison est bien chaude, je me pelotonne sous le plaid. Lumières douces s'il te plaît.
+ en situation n | The boiler's fixed, the house is toasty, I'm curled up under the throw. Soft lights please.
fr situation n | Balade du soir avec le chien, on marche lentement, il renifle chaque brin d'herbe et je le laisse faire.
+ en situation n | Evening walk with the dog, we're going slowly, he's sniffing every blade of grass and I let him.
fr situation l | Escale de quatre heures, j'ai trouvé un fauteuil inclinable dans un coin de l'aéroport et des bouchons d'oreilles.
+ en situation l | Four-hour layover, but I found a reclining seat in a quiet corner of the airport and some earplugs.
fr situation l | Le match est plié depuis la mi-temps, je regarde la fin allongé, à moitié assoupi.
+ en situation l | The match was over by half-time, I'm watching the end lying down, half asleep.
fr situation n | Le chantier d'à côté est enfin terminé, le silence est revenu dans la rue, je fais la sieste fenêtre ouverte.
+ en situation n | The building work next door is finally finished, the street's quiet again and I'm napping with the window open.
fr situation n | Thé vert, quelques carrés de chocolat noir et vingt minutes sans personne. Fais-moi une ambiance de circonstance.
+ en situation n | Green tea, a few squares of dark chocolate and twenty minutes with nobody around. Set the scene for that.
fr situation n | Les ados sont chez leur père ce week-end, je me suis fait un brunch rien que pour moi. Mets quelque chose de doux.
+ en situation n | The teens are at their dad's this weekend and I made myself a brunch just for me. Put on something gentle.
fr situation n | Playlist de bossa nova, le ventilateur qui tourne, je suis affalé dans le transat.
+ en situation n | Bossa nova playlist, the fan whirring, and me sprawled in the deckchair.
fr situation n | On a fini d'installer le salon, les rideaux sont posés, le soir tombe et on s'écroule sur le canapé, enfin chez nous.
+ en situation n | The living room's finally set up, curtains hung, evening's falling and we flop onto the sofa, home at last.
fr situation n | Allongé dans l'herbe au bord de la rivière, le bruit de l'eau, le soleil qui chauffe mes jambes.
+ en situation n | Lying in the grass by the river, the sound of the water, the sun warming my legs.
fr situation n | Les vacances au ski sont annulées, on reste ici, grasses matinées et chocolat chaud, et finalement c'est parfait.
+ en situation n | The ski trip's off so we're staying put, lie-ins and hot chocolate, and honestly it's perfect.
fr situation n | Copies corrigées, notes saisies, je ferme mon cartable jusqu'à la rentrée et je m'allonge au soleil.
+ en situation n | Papers marked, grades entered, my school bag stays shut till September and I'm lying in the sun.
fr situation h | Trois jours de thalasso, je ne sais même plus à quoi ressemble un réveil.
+ en situation h | Three days at a seaside spa, I can't even remember what an alarm clock looks like.
fr situation n | Le linge sèche dehors, les draps claquent doucement au vent et je lis sur la chaise longue. Tu peux accorder la lumière ?
+ en situation n | Washing drying outside, sheets flapping gently in the breeze, and I'm reading on the lounger. Can you match the lights?
fr situation n | Plus de devoirs, plus de bain à donner, les enfants sont au lit, je m'assois enfin et personne ne m'appelle.
+ en situation n | Homework done, baths done, kids in bed, I finally sit down and nobody's calling my name.
fr situation n | Randonnée finie, chaussures enlevées, les pieds dans le torrent glacé.
+ en situation n | Hike done, boots off, feet in the icy mountain stream.
fr situation n | Vendredi soir, j'ai commandé à manger, je ne sortirai pas de mon plaid avant demain midi. Une ambiance qui colle, s'il te plaît.
+ en situation n | Friday night, takeaway ordered, I won't be leaving this blanket till noon tomorrow. Something to fit the mood, please.
fr situation h | Week-end entier au chalet, feu de bois, pas de voisin à dix kilomètres, je n'ai pas regardé l'heure une seule fois.
+ en situation h | Whole weekend at the chalet, log fire, no neighbours for ten kilometres, haven't checked the time once.
fr situation n | Le garagiste a tout réparé pour moins cher que prévu, je rentre en roulant doucement avec la fenêtre ouverte.
+ en situation n | The mechanic fixed everything for less than quoted, I'm driving home slowly with the window down.

# explicit
fr explicit n | Je me sens bien, vraiment bien, tout relâché.
+ en explicit n | I feel good, properly good, completely unwound.
fr explicit n | Zen comme un moine ce soir.
+ en explicit n | Mellow as a monk tonight.
fr explicit n | Enfin au repos, le corps et la tête.
+ en explicit n | Finally at rest, body and mind.
fr explicit n | Je suis apaisée, plus rien ne me tracasse.
+ en explicit n | I feel soothed, nothing's nagging at me any more.
fr explicit n | Je savoure un moment de calme complet.
+ en explicit n | I'm savouring a moment of total calm.
fr explicit n | Je me sens légère et sereine, sans la moindre tension.
+ en explicit n | I feel light and serene, not a shred of tension.
fr explicit n | La tête reposée et le cœur tranquille.
+ en explicit n | Rested head, easy heart.
fr explicit n | Je suis en mode pause, et c'est délicieux.
+ en explicit n | I'm on pause mode and it's delicious.
fr explicit n | Détendu de la tête aux pieds.
+ en explicit n | Relaxed from head to toe.
fr explicit n | Je me sens posé, en paix avec ma journée.
+ en explicit n | I feel settled, at peace with my day.
fr explicit n | Je baigne dans le bien-être, rien ne presse.
+ en explicit n | Soaking in a feeling of well-being, nothing's urgent.
fr explicit n | Quelle douceur, je me sens tout cocooné.
+ en explicit n | How lovely, I feel all cosy and wrapped up.
fr explicit n | Je me la coule douce et j'en profite.
+ en explicit n | I'm taking it easy and loving every minute.

# negation
fr negation n | Je ne suis pas triste, juste au calme, bien au chaud chez moi.
+ en negation n | I'm not sad, just enjoying the quiet, snug at home.
fr negation n | Non, je ne m'ennuie pas, je me repose et j'adore ça.
+ en negation n | No, I'm not bored, I'm resting and I love it.
fr negation n | Pas stressé du tout ce soir, pour une fois je me laisse aller dans le canapé.
+ en negation n | Not stressed at all tonight, for once I'm just sinking into the sofa.
fr negation n | Je ne pense à rien de spécial, je laisse simplement mon corps se reposer.
+ en negation n | I'm not thinking about anything in particular, just letting my body rest.
fr negation n | Aucune envie de faire la fête, juste rester au chaud sous la couette, et c'est très bien comme ça.
+ en negation n | No urge to party at all, I just want to stay warm under the duvet, and that's exactly how I like it.
fr negation n | Je ne m'inquiète plus pour ce dossier, c'est réglé, je souffle enfin.
+ en negation n | I'm not worried about that file any more, it's sorted, I can finally breathe out.
fr negation n | Pas énervée, pas pressée, juste bien posée.
+ en negation n | Not annoyed, not rushed, just nicely settled.
fr negation n | Ce n'est pas de la flemme, c'est du repos bien mérité, et je le savoure.
+ en negation n | It's not laziness, it's well-earned rest, and I'm savouring it.
fr negation l | Rien d'euphorique, plutôt une douce sérénité.
+ en negation l | Nothing euphoric, more of a gentle serenity.

# mixed
fr mixed n | Un peu fatiguée mais surtout bien posée, heureuse d'être chez moi au calme.
+ en mixed n | A bit tired but mostly settled and glad to be home where it's quiet.
fr mixed n | Légèrement courbaturé mais profondément détendu après la rando.
+ en mixed n | Slightly stiff but deeply relaxed after the hike.
fr mixed n | Une petite pointe de nostalgie de fin de vacances, mais surtout un grand calme intérieur.
+ en mixed n | A little twinge of end-of-holiday wistfulness, but mostly a deep inner calm.
fr mixed n | Un peu de trac pour demain, mais ce soir je lâche prise, bain et tisane.
+ en mixed n | A few nerves about tomorrow, but tonight I'm letting go, bath and herbal tea.
fr mixed n | Satisfait de ma journée, et surtout débarrassé de toute tension.
+ en mixed n | Pleased with my day, and above all every bit of tension is gone.
fr mixed l | Un brin d'ennui peut-être, mais un ennui doux et reposant.
+ en mixed l | A touch of boredom maybe, but a soft, restful kind.
fr mixed n | Encore un peu agacé par la réunion, mais le hamac fait son effet, je redescends doucement.
+ en mixed n | Still a bit irritated by the meeting, but the hammock's doing its job and I'm winding down.
fr mixed n | Fier d'avoir fini, oui, mais là je veux surtout ne plus bouger et profiter du calme.
+ en mixed n | Proud to have finished, sure, but right now I mostly just want to stay still and enjoy the quiet.

# long
fr long n | J'ai quitté le bureau à 16h. Je suis passé au marché acheter des fleurs. Maintenant je suis sur le balcon, pieds nus, une citronnade à la main. Rien ne presse.
+ en long n | Left the office at 4. Stopped at the market for some flowers. Now I'm on the balcony, barefoot, lemonade in hand. No rush at all.
fr long n | Ce matin, longue marche sur la plage. À midi, poisson grillé. Cet après-midi, sieste à l'ombre du parasol. Je n'ai pas touché à mon téléphone.
+ en long n | This morning, a long walk on the beach. At noon, grilled fish. This afternoon, a nap in the shade of the parasol. Haven't touched my phone once.
fr long n | Les invités sont partis. Le lave-vaisselle tourne. J'éteins les grandes lumières et je m'allonge sous un plaid. La maison respire enfin.
+ en long n | The guests have gone. The dishwasher's running. I switch off the big lights and lie down under a throw. The house can finally breathe.
fr long n | Mon fils a fait ses nuits pour la première fois depuis des semaines. Moi aussi. Ce matin on prend le petit-déjeuner sans se presser, tous les trois en pyjama.
+ en long n | My son slept through the night for the first time in weeks. So did I. This morning we're having breakfast at our own pace, all three of us in pyjamas.
fr long n | Le tracteur du voisin s'est enfin tu. On n'entend plus que les cigales. Je suis dans la chaise longue, un chapeau sur les yeux.
+ en long n | The neighbour's tractor has finally gone quiet. All you can hear now are the cicadas. I'm in the lounger with a hat over my eyes.
fr long n | J'ai fini de ranger le garage. Douche chaude, vêtements propres. Je m'assois au jardin avec un thé pendant que le soleil descend derrière la haie.
+ en long n | Finished clearing out the garage. Hot shower, clean clothes. I'm sitting in the garden with a tea while the sun sinks behind the hedge.
fr long n | Retour de la piscine avec les enfants. Ils sont lessivés, moi aussi. Goûter, dessin animé, et tout le monde se blottit dans le canapé.
+ en long n | Back from the pool with the kids. They're worn out and so am I. Snack, cartoons, and everyone snuggles up on the sofa.
fr long n | Le médecin a dit que tout allait bien. J'ai pris le chemin le plus long pour rentrer. Je me suis arrêté sur un banc au soleil. Ça faisait longtemps.
+ en long n | The doctor said everything was fine. I took the long way home. Stopped on a bench in the sun. It had been a while.

# intensity
fr intensity l | Un peu plus posé qu'hier, ça se relâche doucement.
+ en intensity l | A little more settled than yesterday, easing off gently.
fr intensity l | Mes épaules commencent à se dénouer un petit peu.
+ en intensity l | My shoulders are starting to loosen up a little.
fr intensity l | Plutôt tranquille ce soir, sans plus.
+ en intensity l | Fairly quiet and easy tonight, nothing more.
fr intensity h | Relaxation totale, je fonds littéralement dans le canapé.
+ en intensity h | Total relaxation, I'm literally melting into the sofa.
fr intensity h | Jamais été aussi apaisé de ma vie, zéro tension, le corps en guimauve.
+ en intensity h | Never felt so at peace in my life, zero tension, body like marshmallow.
fr intensity h | Calme absolu, corps lourd, esprit vide, le nirvana.
+ en intensity h | Absolute calm, heavy limbs, empty mind, pure nirvana.

# slang_emoji
fr slang_emoji n | trop chill ce soir, canap + plaid + série 🛋️😌
fr slang_emoji n | mode larve activé 🐌 j'bouge plus de la journée
fr slang_emoji n | tranquille pépouze, tisane et bougies 🕯️
fr slang_emoji n | j'suis posé comme jamais frr 😎🌿
fr slang_emoji n | zéro pression aujourd'hui, on se la coule douce ☀️🍹
fr slang_emoji n | flemme totale mais version kiff, bain moussant 🛀✨
en slang_emoji n | lowkey the most chill sunday ever 😌☕
en slang_emoji n | vibing on the couch, zero plans, zero stress 🛋️
en slang_emoji n | bath bomb + candles + lofi = peak relaxation 🛁🕯️
en slang_emoji n | in full sloth mode rn 🦥 and loving it
en slang_emoji n | feeling mellow af tonight ngl 🌙
en slang_emoji n | no thoughts just blanket 🧸😴

# typo
fr typo n | jsuis trop bien la posé dans mon canap jbouge plus
fr typo n | enfin tranquile, les enfants dorme, je souffle un peu
fr typo n | bain chaud + tizane, jsuis au calme total
fr typo n | pk on se pose pas plus souvent comme ca, c tro agreable
fr typo n | jai fini ma journee, je me detend enfin
fr typo n | on est bien la ke tous les deux, au chaud, sans rien faire
en typo n | im so relaxd rn, just lyin in the sun
en typo n | finaly home, gonna do absolutly nothin tonight
en typo n | u know that feelin when ur whole body just lets go, thats me rn
en typo n | sittin on the porch w my tea, no rush no stress

# one_word
fr one_word n | Zénitude.
fr one_word n | Sieste.
fr one_word n | Enfin posé...
fr one_word n | Ahhh, le calme.
en one_word n | Chillin'.
en one_word n | Bliss.
en one_word n | Unwinding...
en one_word n | Feet up.

# other languages
es situation n | Tumbado en la hamaca, sin ninguna prisa, qué gusto.
de situation n | Endlich Feierabend, Füße hoch und ein warmer Tee.
it situation n | Pomeriggio in spiaggia, occhi chiusi, nessun pensiero.
es explicit n | Por fin en casa, una ducha caliente y a descansar sin preocupaciones.
mixed slang_emoji n | Ce soir c'est full chill, plaid et tisane, no stress.
mixed explicit n | Je suis so relaxed après le spa, plus aucune tension.
"""

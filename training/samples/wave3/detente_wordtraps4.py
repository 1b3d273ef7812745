"""detente: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier, hurler / screaming, yelling
fr situation n | Les gamins ont hurlé toute la journée au centre aéré ; je rentre, je m'étale dans le bain et je ne bouge plus.
+ en situation n | The kids were yelling all day at the holiday club; I get home, sprawl in the bath and don't move.
fr situation l | Plus personne ne crie dans la maison, les cousins sont repartis, je m'allonge sur le canapé sous un plaid.
+ en situation l | Nobody's shouting in the house any more, the cousins have gone home, and I'm lying on the sofa under a throw.
en situation n | Spent the afternoon screaming on the rollercoasters with my nephews; now it's just me, a hot shower and bed at nine.
+ fr situation n | J'ai passé l'après-midi à hurler dans les montagnes russes avec mes neveux ; maintenant, douche chaude et au lit à 21 h.
fr situation l | Le vent hurle dehors, mais moi je suis sous trois couvertures avec un livre, bien au chaud.
+ en situation l | The wind is howling outside, but I'm under three blankets with a book, warm as toast.
en situation l | No screaming, no deadlines, no traffic: just the gîte's swimming pool and me drifting on a lilo.
+ fr situation l | Pas de cris, pas de délais, pas de bouchons : juste la piscine du gîte et moi sur un matelas gonflable.

# reaction: pleurer, larmes / crying, tears
fr situation l | Le bébé a fini de pleurer, il dort contre moi, et je reste dans le fauteuil à respirer doucement.
+ en situation l | The baby has stopped crying and is asleep on me, and I'm staying put in the armchair, breathing slowly.
fr situation l | Les larmes aux yeux à force de bâiller, je me cale sous la couette avec la pluie qui tape sur le velux.
+ en situation l | Eyes watering from yawning, I'm snuggling under the duvet with the rain drumming on the skylight.
en situation l | The masseuse found a knot and I nearly cried, then my whole back let go and I melted into the table.
+ fr situation l | La masseuse a trouvé un nœud, j'en aurais presque pleuré, puis tout le dos a lâché et j'ai fondu sur la table.
fr negation l | Je ne pleure pas, j'ai juste les yeux qui piquent de sommeil au coin du feu, et je ne bougerai pas d'ici.
+ en negation l | I'm not crying, my eyes are just stinging with sleep by the fire, and I'm not moving from here.

# reaction: trembler / shaking
fr situation n | Les jambes tremblent encore après la séance de vélo, mais je suis dans le jacuzzi et je ne pense à rien.
+ en situation n | My legs are still shaking after the spin class, but I'm in the hot tub now, thinking about nothing.
fr situation l | Les feuilles du bouleau tremblent dans la brise, je somnole dans l'herbe, pas une pensée en tête.
+ en situation l | The birch leaves are trembling in the breeze, I'm dozing in the grass without a thought in my head.
en situation l | My hands stopped shaking once the exams were over; today it's tea, a blanket and a very slow crossword.
+ fr situation l | Mes mains ont arrêté de trembler une fois les partiels finis ; aujourd'hui c'est thé, plaid et mots fléchés tranquilles.

# reaction: le cœur qui bat / heart pounding
fr situation l | Mon cœur ralentit enfin, la prof de yoga nous fait respirer en quatre temps dans la salle tamisée.
+ en situation l | My heart's finally slowing down, the yoga teacher has us breathing in fours in the dimmed room.
fr situation n | Le cœur battait à cent à l'heure pendant la course, maintenant je suis étendu sur la pelouse du stade, bras en croix.
+ en situation n | My heart was racing during the run; now I'm stretched out on the stadium lawn, arms flung wide.
en situation l | Heart pounding after the stairs with the shopping, but the bags are down, the kettle's on and I'm sinking into the armchair.
+ fr situation l | Le cœur qui cogne après les escaliers avec les courses, mais les sacs sont posés, la bouilloire chauffe et je m'enfonce dans le fauteuil.
fr situation l | Mon cœur ne s'emballe plus à chaque notification : téléphone au fond d'un tiroir, week-end en cabane.
+ en situation l | My heart doesn't leap at every notification any more: phone at the bottom of a drawer, weekend in a cabin.
fr mixed l | Le cœur encore un peu lourd de la journée, mais surtout apaisé : le bain chaud fait son travail.
+ en mixed l | My heart's still a bit heavy from the day, but mostly soothed: the hot bath is doing its job.

# reaction: les mains moites / sweaty palms
fr situation l | Mains moites, joues rouges : vingt minutes de sauna, et maintenant la chaise longue au frais, les yeux fermés.
+ en situation l | Sweaty palms, red cheeks: twenty minutes of sauna, and now the lounger in the cool air, eyes shut.
en situation l | No more sweaty palms: it's Friday evening, laptop shut, and I'm stretched out on the balcony with a glass of water and the swifts.
+ fr situation l | Fini les mains moites : vendredi soir, ordi fermé, je suis allongé sur le balcon avec un verre d'eau et les martinets.

# reaction: sauter, bondir / jumping
fr situation n | J'ai sauté dans le lac encore tiède de la journée, et je fais la planche sans bouger, les oreilles sous l'eau.
+ en situation n | I jumped into the lake, still warm from the day, and I'm floating on my back without moving, ears under water.
fr situation l | Le chat a bondi sur le lit, il s'est roulé en boule contre moi, et on fait la sieste tous les deux.
+ en situation l | The cat leapt onto the bed and curled up against me, and now we're both napping.
en situation l | The kids bounced on the trampoline until they dropped; now they're asleep and I've got the hammock to myself.
+ fr situation l | Les enfants ont sauté sur le trampoline jusqu'à épuisement ; ils dorment et j'ai le hamac pour moi toute seule.

# reaction: courir / running
fr situation n | J'ai couru toute la semaine entre l'école, le boulot et le judo ; ce samedi, personne ne sort du pyjama.
+ en situation n | I've been running around all week between school, work and judo; this Saturday, nobody gets out of their pyjamas.
fr situation l | Footing lent au bord du canal, à mon rythme, sans montre ; les péniches glissent et je respire.
+ en situation l | A slow jog along the canal at my own pace, no watch; the barges glide past and I breathe.
en situation l | No running for the train today: working from home, wrapped in a blanket with the radio murmuring.
+ fr situation l | Pas de course pour attraper le train aujourd'hui : télétravail, enroulée dans un plaid, la radio en sourdine.
fr situation l | Le chien a couru comme un fou sur la plage, maintenant il dort sur le tapis et moi aussi je pique du nez.
+ en situation l | The dog ran around like mad on the beach; now he's asleep on the rug and I'm nodding off too.

# reaction: rire, fou rire / laughing
fr situation l | Un petit fou rire au dessert, puis chacun s'est calé dans le canapé, et plus personne ne parle, on digère.
+ en situation l | A little fit of giggles over dessert, then everyone sank into the sofa and nobody's talking, we're just digesting.
fr situation l | Le yoga du rire m'a vidé la tête ; je suis allongée sur le tapis, toute molle, le souffle lent.
+ en situation l | Laughter yoga emptied my head; I'm lying on the mat, all floppy, breathing slowly.
en situation l | Laughed myself silly at the panto with the kids, and now the house is quiet and I'm sinking into a hot bath.
+ fr situation l | J'ai ri comme une baleine au spectacle avec les enfants, et maintenant la maison est calme et je m'enfonce dans un bain chaud.

# reaction: le souffle coupé / breathless
fr situation n | Le souffle coupé après la montée au col, je m'allonge dans l'herbe, le sac sous la tête, et je ne bouge plus.
+ en situation n | Breathless after the climb to the pass, I lie down in the grass with my pack under my head and stay there.
en situation l | Breathless after twenty lengths, I'm floating in the warm pool, gaze empty, letting the water hold me.
+ fr situation l | Essoufflée après vingt longueurs, je flotte dans le bassin chaud, le regard vague, et je laisse l'eau me porter.

# reaction: sans voix / speechless
fr situation l | Sans voix après trois heures de chorale, je me tais : tisane au miel et pieds sous la couverture.
+ en situation l | No voice left after three hours of choir, so I'm keeping quiet: honey tea and feet under the blanket.
en situation l | Lost my voice to a cold, so no phone calls for once; sofa, soup and an old film on low.
+ fr situation l | Aphone à cause d'un rhume, donc pas d'appels pour une fois ; canapé, soupe et un vieux film à bas volume.

# reaction: je n'en reviens pas / can't believe it
fr situation l | Je n'en reviens pas de ce calme : les voisins du dessus sont en vacances, pas un bruit, je lis au lit.
+ en situation l | I can't get over how quiet it is: the upstairs neighbours are on holiday, not a sound, I'm reading in bed.
en situation l | Can't believe I slept eleven hours straight; now a slow breakfast on the terrace in my dressing gown.
+ fr situation l | Je n'en reviens pas, onze heures de sommeil d'affilée ; maintenant petit-déjeuner sans me presser sur la terrasse, en peignoir.
en wish l c=warm_white;amber b=dim | Can't believe how tired I am; just a warm amber glow and low lights while I lie down.
+ fr wish l c=warm_white;amber b=dim | Je n'en reviens pas d'être aussi crevée ; juste une lueur ambrée bien chaude et une lumière basse pendant que je m'allonge.

# reaction: pas dormi de la nuit / couldn't sleep
fr situation n | Pas dormi de la nuit, j'étais de garde ; volets fermés, bouchons d'oreilles, je me glisse dans des draps frais pour la matinée.
+ en situation n | Didn't sleep all night, I was on call; shutters closed, earplugs in, I'm sliding into cool sheets for the morning.
fr situation l | Le petit n'a pas dormi de la nuit, mais il fait enfin la sieste ; je m'allonge à côté de lui et on ne bouge plus.
+ en situation l | The little one didn't sleep all night, but he's finally napping; I lie down next to him and we don't move.
en situation l | Couldn't sleep last night, so today I've cancelled everything: rain sounds and a nap on the sofa. Keep the lights soft.
+ fr situation l | Pas fermé l'œil cette nuit, alors aujourd'hui j'ai tout annulé : bruit de pluie et sieste sur le canapé. Garde une lumière douce.
fr typo l | pas dormi de la nuit avec l'orage, la jfais une sieste de 2h volets fermés, derangez pas
+ en typo l | didnt sleep all night w the storm, havin a 2h nap now shutters shut, dont disturb

# reaction: les jambes en coton / legs like jelly
fr situation l | Les jambes en coton en sortant du hammam, je me traîne jusqu'au salon de thé du spa.
+ en situation l | Legs like jelly coming out of the hammam, I shuffle over to the spa's tea lounge.
fr situation l | Jambes en coton après le massage aux pierres chaudes, je reste assise dix minutes sans rien dire, un verre d'eau à la main.
+ en situation l | Wobbly legs after the hot-stone massage, I sit for ten minutes without a word, a glass of water in my hand.
en situation l | Legs like cotton wool after the thermal baths, I doze in the passenger seat all the way home.
+ fr situation l | Les jambes en coton après les thermes, je somnole sur le siège passager tout le trajet du retour.

# reaction: la gorge serrée / lump in my throat
fr negation l | Plus de gorge serrée ni d'épaules dans les oreilles : la déclaration d'impôts est partie, je bouquine au jardin.
+ en negation l | No more lump in my throat or shoulders up round my ears: the tax return's gone off, I'm reading in the garden.
en situation l | The tightness in my throat eased halfway through the breathing exercise; now I'm just lying here, heavy and warm.
+ fr situation l | La gorge s'est desserrée au milieu de l'exercice de respiration ; maintenant je suis juste allongé là, lourd et au chaud.

# reaction: le ventre noué / knot in my stomach
fr situation l | Le ventre noué toute la semaine à cause du déménagement ; ce soir je m'étends par terre dans le salon, entre les cartons.
+ en situation l | My stomach was in knots all week over the move; tonight I'm stretched out on the living-room floor among the boxes.
en negation l | Not a knot in my stomach for once: no meetings, phone on silent, just a long walk and then the sofa.
+ fr negation l | Pas de nœud au ventre pour une fois : aucune réunion, téléphone en silencieux, juste une longue balade puis le canapé.

# reaction: frissons / chills
fr situation l | Des frissons agréables quand l'eau chaude du bain arrive aux épaules ; je ferme les yeux et je ne bouge plus.
+ en situation l | Pleasant shivers as the hot bath water reaches my shoulders; I close my eyes and stay still.
en situation l | A little shiver as I climb under the duvet with a hot-water bottle, rain starting outside. Lights low, please.
+ fr situation l | Un petit frisson en me glissant sous la couette avec la bouillotte, la pluie commence dehors. Lumière basse, s'il te plaît.

# reaction: la chair de poule / goosebumps
fr situation n | La chair de poule en sortant du bain nordique, puis le peignoir, le feu de bois et plus rien à faire.
+ en situation n | Goosebumps climbing out of the cold plunge, then the bathrobe, the log fire and nothing left to do.
en situation l | Goosebumps from the sea breeze on my arms, I pull the towel over me and doze on the warm sand.
+ fr situation l | La chair de poule avec la brise de mer sur les bras, je tire la serviette sur moi et je somnole sur le sable chaud.

# reaction: serrer les poings / clenched fists
fr situation l | Je desserre les poings, je relâche la mâchoire, la sophrologue compte jusqu'à dix et je m'enfonce dans le tapis.
+ en situation l | I unclench my fists, let my jaw go, the relaxation coach counts to ten and I sink into the mat.
en situation l | Clench your fists, hold, let go: the relaxation app walks me through it and my shoulders finally drop.
+ fr situation l | Serrer les poings, tenir, relâcher : l'appli de relaxation me guide et mes épaules redescendent enfin.

# reaction: claquer la porte / slammed the door
fr situation l | Le vent a claqué la porte du chalet, puis plus rien : la neige tombe et je somnole près du poêle.
+ en situation l | The wind slammed the chalet door, then nothing: snow falling and me dozing by the stove.
en situation l | The door slammed behind the teenagers heading out; house to myself, bath running, candles lit.
+ fr situation l | La porte a claqué derrière les ados qui sortaient ; maison pour moi toute seule, bain qui coule, bougies allumées.

# reaction: rougir / blushing
fr situation l | Les joues toutes rouges à force d'être au coin du feu, je ne quitte pas le fauteuil, le chien couché sur mes pieds.
+ en situation l | Cheeks glowing red from sitting by the fire, I'm not leaving the armchair, the dog lying on my feet.
en situation l | Red-faced from the long walk in the wind, and now it's thick socks, soup on the stove and nowhere to be.
+ fr situation l | Le visage tout rouge après la longue marche dans le vent, et maintenant grosses chaussettes, soupe sur le feu et nulle part où aller.

# reaction: silence
fr situation l | Silence complet dans la maison de campagne, juste le tic-tac de l'horloge ; je fais la sieste dans le fauteuil.
+ en situation l | Total silence in the country house, just the clock ticking; I'm napping in the armchair.
fr situation l | Le silence de la médiathèque un mardi matin, un fauteuil près de la fenêtre, je feuillette un magazine sans me presser.
+ en situation l | The silence of the town library on a Tuesday morning, an armchair by the window, leafing through a magazine at my own pace.
en situation l | Silence at last: the neighbour's drill has stopped and I can stretch out on the bed with the window open.
+ fr situation l | Enfin le silence : la perceuse du voisin s'est arrêtée et je peux m'étirer sur le lit, fenêtre ouverte.

# reaction: immobile / completely still
fr situation l | Immobile dans le hamac depuis une heure, un bras qui pend, j'entends juste les abeilles dans la lavande.
+ en situation l | Motionless in the hammock for an hour, one arm dangling, all I can hear is the bees in the lavender.
en situation l | Lying completely still on the paddleboard in the middle of the bay, the water lapping softly underneath.
+ fr situation l | Complètement immobile sur le paddle au milieu de la baie, l'eau qui clapote doucement dessous.

# reaction: fixer le plafond / staring at the ceiling
fr situation l | Allongée sur le tapis en fin de cours, je fixe le plafond et je respire ; la prof a éteint les lumières.
+ en situation l | Lying on the mat at the end of class, I stare at the ceiling and breathe; the teacher has switched the lights off.
en situation l | Staring at the ceiling fan turning, siesta time in the village, shutters half closed, nobody moving.
+ fr situation l | Je fixe le ventilateur qui tourne au plafond, c'est l'heure de la sieste au village, volets mi-clos, personne ne bouge.

# reaction: soupirer / sighing
fr situation l | Je soupire d'aise en enlevant mes chaussures de sécurité après dix heures de chantier ; pieds sur la table basse.
+ en situation l | I let out a happy sigh pulling off my safety boots after ten hours on site; feet up on the coffee table.
en situation l | A long sigh as I sink into the train seat: no connections, two hours to Bordeaux, headphones on, eyes closed.
+ fr situation l | Un long soupir en m'enfonçant dans le siège du train : pas de correspondance, deux heures jusqu'à Bordeaux, casque sur les oreilles, yeux fermés.

# reaction: sourire / smiling
fr situation l | Je souris les yeux fermés, allongée sur ma serviette, les vagues qui reviennent toujours au même rythme.
+ en situation l | I'm smiling with my eyes closed, lying on my towel, the waves rolling in at the same steady pace.
en situation l | Smiling to myself in the bath, candle lit, kids at their dad's, nobody needs anything from me tonight.
+ fr situation l | Je souris toute seule dans le bain, bougie allumée, les enfants chez leur père, personne n'a besoin de moi ce soir.

# reaction: enfin / finally
fr situation l | Enfin assis sur le banc du port, plus de valises à traîner, je regarde les bateaux se balancer sans penser à rien.
+ en situation l | Finally sitting on the harbour bench, no more suitcases to drag, watching the boats rock and thinking about nothing.
fr wish l c=teal;blue b=dim | Enfin en vacances, je m'allonge : mets du bleu-vert tout doux et baisse la lumière.
+ en wish l c=teal;blue b=dim | Holidays at last, I'm lying down: soft teal and blue, and bring the lights down.

# reaction: encore / again
fr situation l | Encore cinq minutes sous la couette, rien ne presse, c'est férié et toute la maison dort.
+ en situation l | Five more minutes under the duvet, no rush, it's a bank holiday and the whole house is asleep.
en situation l | Rain again today, so it's the sofa again, a big mug of chai and the cat purring. Keep it cosy.
+ fr situation l | Encore de la pluie aujourd'hui, donc encore canapé, grand mug de chaï et chat qui ronronne. Garde ça cosy.

# reaction: toujours / always
fr situation l | Toujours le même rituel du dimanche soir : bain moussant, masque sur le visage et podcast à voix basse.
+ en situation l | Always the same Sunday-evening ritual: bubble bath, face mask and a softly spoken podcast.
en situation l | The tide always comes in so slowly here; I've been lying in the dunes for an hour just listening.
+ fr situation l | Ici la marée monte toujours aussi lentement ; ça fait une heure que je suis allongé dans la dune à écouter.

# reaction: jamais / never
fr situation l | Jamais aussi bien dormi que dans ce gîte au bout du chemin, et ce matin le café se boit en silence.
+ en situation l | Never slept as well as in this cottage at the end of the lane, and this morning coffee comes with silence.
en situation l | I never answer the phone on a Sunday afternoon; it's slippers, the garden chair and the radio on low.
+ fr situation l | Je ne réponds jamais au téléphone le dimanche après-midi : chaussons, chaise de jardin et radio en sourdine.
fr explicit l | Je n'ai jamais été aussi zen : trois jours de retraite silencieuse, pas un mot, pas un écran.
+ en explicit l | I've never been this zen: three days of silent retreat, not a word, not a screen.

# reaction: d'un coup, tout à coup / suddenly
fr situation l | D'un coup, toute la tension tombe : le kiné a fini, je reste allongé sur la table, lourd comme du plomb.
+ en situation l | Suddenly all the tension drains away: the physio's done and I'm lying on the table, heavy as lead.
en situation l | Suddenly the power went out, so we lit candles, the screens went dark and we're lying there listening to the rain.
+ fr situation l | Tout à coup, coupure de courant : on a allumé des bougies, plus d'écrans, et on reste allongés à écouter la pluie.

# reaction: incroyable / insane
fr situation l | Un calme incroyable au bord du lac à six heures du matin, la brume sur l'eau, et moi avec mon thé sur le ponton.
+ en situation l | Incredible calm by the lake at six in the morning, mist on the water, and me with my tea on the jetty.
en situation n | Insane week at work, so tonight it's nothing: takeaway, pyjamas, dimmed lights and zero plans.
+ fr situation n | Semaine de dingue au boulot, donc ce soir rien : plat à emporter, pyjama, lumière tamisée et zéro programme.

# reaction: fou, dingue / crazy
fr slang_emoji l | journée de fou, là jsuis dans le bain avec une bougie et jbouge plus 🛁🕯️
+ en slang_emoji l | crazy day, in the bath now with a candle and not moving 🛁🕯️
fr situation l | C'est fou comme on dort bien avec le bruit de la mer par la fenêtre ouverte ; grasse mat' jusqu'à dix heures.
+ en situation l | It's crazy how well you sleep with the sound of the sea through the open window; lie-in till ten.

# reaction: énorme / huge
fr situation l | Un énorme plaid, une tisane et le feu qui crépite : la soirée ne va pas plus loin que ce fauteuil.
+ en situation l | A huge blanket, herbal tea and the fire crackling: the evening goes no further than this armchair.
en situation l | The huge armchair by the café window, coat off, nothing on my list until three.
+ fr situation l | L'énorme fauteuil près de la fenêtre du café, manteau enlevé, rien sur ma liste avant quinze heures.

# reaction: trop / so much
fr typo l | trop bien ce bain chaud apres le foot, jai les jambes en compote et je bouge plu
+ en typo l | so good this hot bath after footy, legs like mush and im not movin
fr situation l | Trop de bruit toute la semaine en open space ; ce soir, casque antibruit, canapé et rien du tout.
+ en situation l | So much noise all week in the open-plan office; tonight it's noise-cancelling headphones, the sofa and nothing at all.

# reaction: grave / seriously
fr slang_emoji l | grave besoin de cette sieste, volets fermés, ventilo, jsuis une larve 😴
+ en slang_emoji l | seriously needed this nap, shutters shut, fan on, total slug mode 😴
en situation l | Seriously, the best bit of camping is this: lying in the tent with the flap open, listening to the stream.
+ fr situation l | Franchement, le meilleur du camping c'est ça : allongé dans la tente, la toile ouverte, à écouter le ruisseau.

# reaction: mort de fatigue / dying of tiredness
fr situation l | Mort de fatigue après la vendange, je m'assois contre le mur de la grange au soleil couchant et je ferme les yeux.
+ en situation l | Dead tired after the grape harvest, I sit against the barn wall in the setting sun and close my eyes.
en situation l | Dying for a lie-down after moving my sister's furniture all day; now the sofa's mine and the telly's on mute.
+ fr situation l | Mort de fatigue après avoir déménagé les meubles de ma sœur toute la journée ; le canapé est à moi et la télé est coupée.
"""

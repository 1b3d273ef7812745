"""detente: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# Events, most frequent first:
# 1 hot bath
# 2 nap
# 3 lazy Sunday, cosy day in
# 4 sofa, blanket and a series
# 5 feet up after the work week
# 6 lying on the beach
# 7 hammock
# 8 massage
# 9 spa, thermal baths, Nordic spa
# 10 yoga class
# 11 meditation, breathing exercises
# 12 reading in bed
# 13 herbal tea before bed
# 14 the kids are asleep, quiet evening
# 15 day off
# 16 lie-in
# 17 long hot shower
# 18 slow walk in the woods
# 19 sitting by the lake
# 20 fire in the fireplace or wood burner
# 21 rain on the roof, warm inside
# 22 quiet glass of wine on the balcony
# 23 pottering in the garden
# 24 fishing
# 25 knitting, crochet
# 26 jigsaw puzzle
# 27 candles and soft music
# 28 cat purring on my lap
# 29 weekend at a cottage or gîte
# 30 floating in the pool
# 31 quiet camping morning
# 32 phone off, digital detox
# 33 empty, silent house
# 34 breakfast in bed
# 35 hot chocolate under a blanket
# 36 deckchair in the garden
# 37 pampering night, face mask
# 38 hot tub
# 39 retired, no alarm clock
# 40 first slow morning of the holidays
# 41 quiet coffee before the others wake up
# 42 easy bike ride by the river
# 43 lying on the grass in the park
# 44 colouring
# 45 audiobook or podcast in bed
# 46 back rub or foot rub from my partner
# 47 hot water bottle in bed
# 48 early night
# 49 stretching after work or a run
# 50 after-dinner stroll
# 51 canoe or pedal boat drifting on the water
# 52 yoga or monastery retreat
# 53 holiday rental with a pool
# 54 dozing on the sofa with the TV on
# 55 weekend in the countryside
# 56 sauna, hammam
# 57 foot bath
# 58 pyjama day
# 59 rain or wave sounds to fall asleep
# 60 slow swim
# 61 decompressing after a rush or after the guests leave
# 62 soaking up the sun on a bench
# 63 pedicure, massage chair
# 64 tea in the garden in the afternoon
# 65 slow Sunday cooking
# 66 soft jazz or piano, lights low
# 67 resting at the mountain hut or chalet after the hike or skiing
# 68 poolside at the hotel, all-inclusive
# 69 screen-free evening
# 70 cuddling quietly on the sofa
# 71 the baby is asleep, the house is quiet

# batch 1: events 1-20
fr slang_emoji n | bain moussant 🛁🫧 me dérangez pas pendant une heure
+ en slang_emoji n | bubble bath 🛁🫧 don't bother me for an hour
fr situation n | Je me fais couler un bain aux sels de lavande. Lumière douce, s'il te plaît.
+ en situation n | Running myself a lavender salt bath. Soft lighting, please.
fr situation n | Sieste de deux heures après le déjeuner, volets fermés.
+ en situation n | Two-hour nap after lunch with the shutters closed.
fr typo l | viens de faire une ptite sieste sur le canap trop bien
+ en typo l | jsut had a lil nap on the couch, lovely
fr situation n | Dimanche tranquille, aucun rendez-vous, aucun réveil, rien à faire.
+ en situation n | Quiet Sunday, no appointments, no alarm, nothing to do.
fr negation l | Je ne m'ennuie pas du tout, c'est juste une journée cocooning sans sortir.
+ en negation l | I'm not bored at all, it's just a cosy day in without going out.
fr situation n | Plaid, canapé et une série tranquille pour finir la soirée.
+ en situation n | Blanket, sofa and an easy-going series to round off the evening.
fr slang_emoji l | posé sous le plaid, encore un épisode 🛋️😌
+ en slang_emoji l | chilling under the throw, one more ep 🛋️😌
fr situation n | Fin de semaine, chaussures enlevées, les pieds sur la table basse.
+ en situation n | End of the week, shoes off, feet up on the coffee table.
fr explicit n | Enfin rentré après cinq jours de boulot, je décompresse.
+ en explicit n | Home at last after five days of work, I'm unwinding.
fr situation n | Allongée sur ma serviette, le bruit des vagues, je ne pense à rien.
+ en situation n | Lying on my towel to the sound of the waves, thinking about nothing.
fr situation n | Après-midi à la plage sous le parasol, un livre et une bouteille d'eau fraîche.
+ en situation n | Afternoon at the beach under the umbrella with a book and a bottle of cold water.
fr situation n | Dans le hamac entre les deux pommiers, je me balance doucement.
+ en situation n | In the hammock between the two apple trees, swaying gently.
fr situation l | Hamac sur la terrasse, brise légère, je ferme les yeux.
+ en situation l | Hammock on the deck, light breeze, eyes closed.
fr explicit n | Je sors d'un massage d'une heure, je suis complètement détendue.
+ en explicit n | Just out of an hour-long massage, I'm totally relaxed.
fr situation n | Massage aux pierres chaudes ce matin, je suis encore tout en coton.
+ en situation n | Hot stone massage this morning, I'm still all soft and floppy.
fr situation n | Journée aux bains thermaux de Loèche-les-Bains, eau chaude et montagnes autour.
+ en situation n | Day at the Leukerbad thermal baths, warm water with mountains all around.
fr situation n | Spa nordique avec ma chum, bain chaud, bain froid, chaise longue. Mets une ambiance calme.
+ en situation n | Nordic spa with my best friend, hot pool, cold plunge, lounger. Something calm, please.
fr situation n | Cours de yoga doux ce soir, je rentre le corps tout délié.
+ en situation n | Gentle yoga class tonight, heading home with my whole body loosened up.
fr situation l | Vingt minutes de yoga sur le tapis du salon avant de dormir.
+ en situation l | Twenty minutes of yoga on the living room mat before bed.
fr situation l | Dix minutes de méditation guidée, ma respiration ralentit.
+ en situation l | Ten minutes of guided meditation, my breathing's slowing down.
fr explicit l | Après la méditation, je me sens calme et apaisé.
+ en explicit l | After meditating I feel calm and at peace.
fr situation n | Au lit avec un bon roman et la petite lampe de chevet.
+ en situation n | In bed with a good novel and the little bedside lamp on.
fr situation l | Je lis tranquillement sous la couette, pas de réveil demain. Tamise les lumières.
+ en situation l | Reading quietly under the duvet, no alarm tomorrow. Dim the lights.
fr wish l c=warm_white b=dim | Tisane avant de dormir, mets une lumière blanc chaud tamisée.
+ en wish l c=warm_white b=dim | Herbal tea before bed, dim warm white light please.
fr situation l | Une infusion de verveine bien chaude entre les mains, je souffle.
+ en situation l | A hot cup of verbena tea in my hands, catching my breath.
fr typo n | les enfnts dorment enfin, la soiree est a moi
+ en typo n | kids r finally asleep, evenings all mine
fr situation n | Les petits sont couchés, on se pose sur le canapé avec mon mari.
+ en situation n | Little ones in bed, my husband and I are flopping on the sofa.
fr situation n | Journée de congé en pleine semaine, personne ne m'attend nulle part.
+ en situation n | Day off midweek, nobody expecting me anywhere.
fr situation n | RTT aujourd'hui, je prends mon temps pour tout.
+ en situation n | Day off in lieu today, I'm taking my time over everything.
fr typo l | grasse mat jusqu a 10h sans reveil
+ en typo l | lie in til 10 no alarm
fr situation l | Je traîne au lit ce matin, les draps sont tout chauds. Pas de lumière forte.
+ en situation l | Lazing in bed this morning, the sheets are all warm. No bright lights.
fr situation n | Longue douche bien chaude après le boulot, je laisse couler.
+ en situation n | Long hot shower after work, just letting the water run.
fr mixed n | Courbatures partout après le rugby, mais la douche brûlante me relâche complètement.
+ en mixed n | Aching everywhere after rugby, but the scalding shower is loosening me right up.
fr situation l | Marche lente en forêt, juste les oiseaux et mes pas sur les feuilles.
+ en situation l | Slow walk in the woods, just birdsong and my steps on the leaves.
fr situation l | Promenade sans but dans les bois derrière chez moi, personne en vue.
+ en situation l | Aimless wander in the woods behind my house, nobody in sight.
fr situation l | Assise sur le ponton, les pieds dans l'eau du lac.
+ en situation l | Sitting on the jetty with my feet in the lake.
fr situation l | Au bord du lac d'Annecy, l'eau est lisse, je ne fais rien.
+ en situation l | By Lake Annecy, the water's like glass and I'm doing nothing at all.
fr situation n | Feu de cheminée qui crépite, chaussettes en laine, soirée tranquille.
+ en situation n | Crackling fire, woolly socks, quiet evening.
fr situation n | J'ai allumé le poêle à bois, je m'installe juste devant avec un livre.
+ en situation n | Lit the wood burner and I'm settling down right in front of it with a book.

# batch 2: events 21-45
fr situation l | Il pleut sur le toit et je suis au chaud sous ma couette.
+ en situation l | Rain drumming on the roof while I'm warm under my duvet.
fr situation l | Journée pluvieuse, thé et plaid, aucune raison de sortir. Mets une ambiance cosy.
+ en situation l | Rainy day, tea and a throw, no reason to go out. Make it cosy in here.
fr situation n | Verre de blanc frais sur le balcon, le soleil descend sur les toits.
+ en situation n | Glass of chilled white on the balcony while the sun goes down over the rooftops.
fr situation n | Apéro tranquille à deux sur la terrasse, téléphones rangés.
+ en situation n | Quiet drink for two on the terrace, phones put away.
fr situation l | Je bine tranquillement le potager en fin de journée, sans me presser.
+ en situation l | Gently hoeing the veg patch at the end of the day, no rush.
fr situation l | Arroser les tomates au coucher du soleil, c'est mon moment calme.
+ en situation l | Watering the tomatoes at sunset, that's my quiet time.
fr situation l | Matinée de pêche au bord de la rivière, le bouchon ne bouge pas et c'est très bien.
+ en situation l | A morning's fishing by the river, the float isn't moving and that's just fine.
fr situation l | Assis dans la barque avec ma canne, le lac est tout calme.
+ en situation l | Sitting in the rowing boat with my rod, the lake's perfectly still.
fr situation l | Je tricote une écharpe près de la fenêtre, maille après maille.
+ en situation l | Knitting a scarf by the window, stitch after stitch.
fr situation l | Soirée crochet avec une playlist douce en fond.
+ en situation l | Crochet evening with a gentle playlist in the background.
fr situation l | Puzzle de mille pièces sur la table du salon, un thé à côté, rien d'autre.
+ en situation l | Thousand-piece jigsaw on the living room table, a tea beside it, nothing else.
fr situation l | Dimanche après-midi à trier les bords d'un puzzle en silence.
+ en situation l | Sunday afternoon sorting out the edge pieces of a jigsaw in silence.
fr wish l c=blue;violet b=dim | Bougies allumées, jazz très doux, mets du bleu et du violet tout doux.
+ en wish l c=blue;violet b=dim | Candles lit, very soft jazz, give me dim blue and violet.
fr situation n | J'ai allumé quelques bougies et mis de la musique douce. Fais pareil avec les lumières.
+ en situation n | I've lit a few candles and put on some gentle music. Do the same with the lights.
fr situation l | Le chat ronronne sur mes genoux, je n'ose plus bouger.
+ en situation l | The cat's purring on my lap and I don't dare move.
fr situation l | Sieste à deux avec le chat roulé en boule contre mon ventre.
+ en situation l | Napping with the cat curled up against my tummy.
fr situation n | Week-end au chalet, pas de réseau, juste le lac et les épinettes.
+ en situation n | Weekend at the cottage, no signal, just the lake and the spruce trees.
fr explicit n | Gîte perdu dans la campagne, je me sens serein, on n'entend que les vaches.
+ en explicit n | Cottage in the middle of nowhere, I feel serene, all you can hear is cows.
fr slang_emoji l | je flotte sur ma bouée licorne au milieu de la piscine 🦄☀️
+ en slang_emoji l | floating on my unicorn ring in the middle of the pool 🦄☀️
fr situation l | Allongé dans l'eau tiède de la piscine, les bras écartés.
+ en situation l | Lying back in the warm pool water, arms spread wide.
fr situation l | Café sur le réchaud devant la tente, le camping dort encore.
+ en situation l | Coffee on the camping stove outside the tent, the campsite's still asleep.
fr situation l | Matin au bivouac, la brume sur l'herbe, je reste dans mon duvet.
+ en situation l | Morning at camp, mist on the grass, staying put in my sleeping bag.
fr situation n | Téléphone éteint pour tout le week-end, ça fait du bien.
+ en situation n | Phone switched off for the whole weekend, feels so good.
fr slang_emoji n | mode avion, notifs coupées, chill total 📴😌
+ en slang_emoji n | airplane mode, notifs off, full chill 📴😌
fr situation l | Maison vide pour la journée, silence complet.
+ en situation l | House empty for the day, total silence.
fr typo l | tt le monde est chez mamie jai l appart pr moi
+ en typo l | evry1s at grandmas i got the flat to myself
fr situation n | Petit-déj au lit, croissant et jus d'orange, je prends mon temps.
+ en situation n | Breakfast in bed, croissant and orange juice, taking my time.
fr situation n | Plateau de déjeuner au lit un samedi matin, sans se presser.
+ en situation n | Breakfast tray in bed on a Saturday morning, no hurry at all.
fr situation l | Chocolat chaud et grosse couverture, il neige dehors. Mets quelque chose d'apaisant.
+ en situation l | Hot chocolate and a thick blanket while it snows outside. Put on something soothing.
fr situation l | Un bol de chocolat fumant, blotti dans le fauteuil.
+ en situation l | A steaming mug of hot chocolate, curled up in the armchair.
fr situation l | Transat au fond du jardin, chapeau sur le nez.
+ en situation l | Deckchair at the bottom of the garden, hat tipped over my face.
fr situation l | Chaise longue à l'ombre du tilleul, rien à faire cet après-midi.
+ en situation l | Sun lounger in the shade of the lime tree, nothing to do this afternoon.
fr situation n | Masque à l'argile, bougie parfumée et peignoir, soirée rien que pour moi.
+ en situation n | Clay face mask, scented candle and a dressing gown, a self-care night.
fr situation n | Je me suis fait une manucure en écoutant de la musique zen.
+ en situation n | Did my own nails listening to chill music.
fr situation n | Jacuzzi sur la terrasse de l'hôtel, les bulles et le silence.
+ en situation n | Hot tub on the hotel terrace, bubbles and silence.
fr wish l c=teal;cyan b=dim | Dans le spa du jardin à la nuit tombée, mets une lumière turquoise douce.
+ en wish l c=teal;cyan b=dim | In the garden hot tub as night falls, soft turquoise light please.
fr situation l | Retraité depuis un mois, je bois mon café sans regarder l'heure.
+ en situation l | Retired a month now, I drink my coffee without checking the time.
fr negation l | Le boulot ne me manque pas, je savoure juste le calme de me lever sans réveil.
+ en negation l | No regrets about work, I'm just enjoying the calm of getting up with no alarm clock.
fr situation n | Premier matin de vacances, petit-déjeuner à dix heures sans se presser.
+ en situation n | First morning of the holidays, breakfast at ten with no rush.
fr explicit n | Vacances enfin, deux semaines sans obligation, je suis zen.
+ en explicit n | Holidays at last, two weeks with no obligations, I'm totally zen.
fr situation l | Tout le monde dort encore, je bois mon café en silence dans la cuisine.
+ en situation l | Everyone's still asleep, I'm having my coffee in silence in the kitchen.
fr situation l | Six heures, la maison est calme, juste moi et mon thé.
+ en situation l | Six in the morning, the house is quiet, just me and my tea.
fr situation l | Balade à vélo tranquille le long du canal, sans montre.
+ en situation l | Easy bike ride along the canal, no watch on.
fr situation l | Je pédale doucement sur la piste cyclable au bord de la Loire.
+ en situation l | Pedalling gently along the cycle path by the Loire.
fr situation l | Allongé dans l'herbe du parc, la veste roulée sous la tête.
+ en situation l | Lying on the grass in the park with my jacket rolled up under my head.
fr situation l | Pause déjeuner étendue sur la pelouse, chaussures enlevées.
+ en situation l | Lunch break stretched out on the lawn, shoes off.
fr situation l | Coloriage de mandalas avec un thé, ça me pose.
+ en situation l | Colouring mandalas with a cup of tea, it settles me right down.
fr situation l | Je colorie avec ma fille sur la table de la cuisine, tout doucement.
+ en situation l | Colouring with my daughter at the kitchen table, nice and quiet.
fr situation l | Livre audio dans le noir, je me laisse bercer par la voix.
+ en situation l | Audiobook in the dark, letting the voice lull me.
fr situation l | Un podcast tranquille et la couette jusqu'au menton.
+ en situation l | A mellow podcast and the duvet pulled up to my chin.

# batch 3: events 46-71
fr situation n | Mon copain me masse le dos devant la télé.
+ en situation n | My boyfriend's giving me a back rub in front of the telly.
fr mixed n | Crevée après ma garde de douze heures, mais ma femme me masse les pieds et je fonds.
+ en mixed n | Shattered after my twelve-hour shift, but my wife's rubbing my feet and I'm melting.
fr situation l | Bouillotte sur le ventre, couette épaisse, je m'endors tout doucement.
+ en situation l | Hot water bottle on my tummy, thick duvet, nodding off nice and slowly.
fr situation l | Lit bien chaud grâce à la bouillotte, dehors il gèle.
+ en situation l | Bed lovely and warm thanks to the hot water bottle while it's freezing outside.
fr typo n | couchee a 21h ce soir jlai bien merite
+ en typo n | in bed by 9 2nite, earned it
fr situation n | Soirée calme et dodo tôt, programme parfait. Baisse les lumières.
+ en situation n | Quiet evening and an early night, perfect plan. Lower the lights.
fr situation l | Quelques étirements sur le tapis en rentrant, mon dos se dénoue.
+ en situation l | A few stretches on the mat when I got in, my back's unknotting.
fr situation l | Séance d'étirements après la course, lentement, en respirant bien.
+ en situation l | Stretching after my run, slowly, breathing it through.
fr situation l | Petite marche digestive dans le quartier, il fait doux.
+ en situation l | Little after-dinner stroll round the neighbourhood, the air's mild.
fr situation l | Promenade du soir au bord de l'eau, main dans la main, sans parler.
+ en situation l | Evening walk by the water, hand in hand, not talking.
fr situation l | On se laisse dériver en canoë sur la rivière, pagaies posées.
+ en situation l | Letting the canoe drift down the river, paddles resting.
fr situation l | Pédalo au milieu du Léman, on arrête de pédaler et on profite.
+ en situation l | Pedal boat in the middle of Lake Geneva, we've stopped pedalling to just take it easy.
fr situation n | Week-end de retraite yoga dans les Vosges, silence et tisanes.
+ en situation n | Yoga retreat weekend in the Vosges, silence and herbal teas.
fr situation n | Trois jours à l'abbaye, pas de téléphone, les repas en silence.
+ en situation n | Three days at the abbey, no phone, meals eaten in silence.
fr situation n | Location avec piscine dans le Luberon, on ne bouge pas de la semaine.
+ en situation n | Rental with a pool in the Luberon, we're not going anywhere all week.
fr slang_emoji n | villa en Espagne, transat, bouquin, personne pour nous saouler 😎🌴
+ en slang_emoji n | villa in spain, lounger, book, nobody to bug us 😎🌴
fr situation l | Assoupi devant l'étape du Tour de France, comme chaque été.
+ en situation l | Dozed off watching the Tour de France stage, same as every summer.
fr situation l | Sieste sur le canapé avec la télé en fond, le son tout bas. Tamise tout.
+ en situation l | Sofa nap with the telly on in the background, volume right down. Dim everything.
fr situation n | Week-end chez mes parents à la campagne, je dors comme un bébé.
+ en situation n | Weekend at my parents' out in the country, sleeping like a baby.
fr situation n | Deux jours à la ferme de mon oncle, loin du bruit de la ville.
+ en situation n | Two days on my uncle's farm, far from the noise of the city.
fr explicit n | Sauna puis douche froide puis transat, je suis détendu de la tête aux pieds.
+ en explicit n | Sauna, cold shower, then a lounger, relaxed from head to toe.
fr slang_emoji n | hammam avec les copines, vapeur et thé menthe, on est trop bien 🧖‍♀️🍵
+ en slang_emoji n | hammam w the girls, steam n mint tea, so nice 🧖‍♀️🍵
fr situation l | Bain de pieds chaud au sel après une journée debout au magasin.
+ en situation l | Warm salt foot soak after a whole day on my feet in the shop.
fr situation l | Les pieds dans une bassine d'eau chaude, le dos bien calé dans les coussins.
+ en situation l | Feet in a basin of hot water, back propped up on the cushions.
fr typo l | journee pyjama jme change pas auj
+ en typo l | pyjama day not gettin dressed 2day
fr situation l | Resté en pyjama jusqu'à quinze heures, aucune culpabilité.
+ en situation l | Stayed in my pyjamas till three in the afternoon, zero guilt.
fr negation l | Pas d'insomnie ce soir, juste le bruit de pluie dans les écouteurs et je m'endors.
+ en negation l | No insomnia tonight, just rain sounds in my earbuds and I'm falling asleep.
fr situation l | Je lance le son des vagues sur l'enceinte et j'éteins tout.
+ en situation l | Putting wave sounds on the speaker and switching everything off.
fr situation l | Quelques longueurs lentes à la piscine municipale, puis je fais la planche.
+ en situation l | A few slow lengths at the local pool, then floating on my back.
fr situation l | Baignade tranquille dans la rivière en fin d'après-midi.
+ en situation l | A quiet dip in the river late in the afternoon.
fr mixed n | Lessivé par le rush de Noël au magasin, mais enfin posé sur le canapé sans rien à faire.
+ en mixed n | Wiped out by the Christmas rush at the shop, but finally on the sofa with nothing to do.
fr situation n | Les invités sont repartis, la maison est rangée, je m'écroule dans le fauteuil.
+ en situation n | The guests have gone, the house is tidy, I'm sinking into the armchair.
fr situation l | Sur un banc du jardin public, je me chauffe au soleil comme un lézard.
+ en situation l | On a bench in the public gardens, soaking up the sun like a lizard.
fr situation l | Pause au soleil sur les marches de la mairie, café à la main.
+ en situation l | Break in the sun on the town hall steps, coffee in hand.
fr situation l | Pédicure au salon, fauteuil massant, je ferme les yeux.
+ en situation l | Pedicure at the salon, massage chair, eyes shut.
fr situation l | Fauteuil de massage au centre commercial, dix minutes de calme total.
+ en situation l | Massage chair at the shopping centre, ten minutes of total calm.
fr situation l | Thé glacé à l'ombre dans le jardin, le chien dort à mes pieds.
+ en situation l | Iced tea in the shade in the garden, the dog asleep at my feet.
fr situation l | Goûter tranquille sous la tonnelle, personne n'est pressé.
+ en situation l | Lazy afternoon snack under the arbour, nobody's in a hurry.
fr situation l | La soupe mijote doucement, je range les épices sans me presser, radio en sourdine.
+ en situation l | Soup simmering away, I'm sorting the spice rack at my own pace, radio on low.
fr situation l | Dimanche, on cuisine lentement à deux, un verre de vin, pas d'horaires.
+ en situation l | Sunday, cooking slowly together over a glass of wine, no schedule.
fr situation l | Un vinyle de jazz tourne doucement, je suis allongé sur le tapis.
+ en situation l | A jazz record's spinning softly and I'm stretched out on the rug.
fr situation l | Piano doux dans les enceintes, lumières basses, je ne fais rien. Garde ça comme ça.
+ en situation l | Soft piano on the speakers, lights low, doing nothing. Keep it just like this.
fr situation n | Terrasse du refuge après la rando, jambes allongées, soleil sur le visage.
+ en situation n | Mountain hut terrace after the hike, legs stretched out, sun on my face.
fr situation n | Au chalet après le ski, bottes enlevées, je me cale près du poêle.
+ en situation n | Back at the chalet after skiing, boots off, tucked up by the stove.
fr situation n | Bord de piscine à l'hôtel, cocktail sans alcool, serviette sur le transat.
+ en situation n | Poolside at the hotel, a mocktail, towel on the lounger.
fr situation n | Formule tout compris en Crète, je passe de la piscine au transat et c'est tout.
+ en situation n | All-inclusive in Crete, I go from the pool to the lounger and that's it.
fr situation l | Soirée sans écran, lumière tamisée, un livre et une tisane.
+ en situation l | Screen-free evening, dimmed lights, a book and a herbal tea.
fr situation l | Pas de télé ce soir, juste une lampe et le bruit de la pluie.
+ en situation l | No TV tonight, just one lamp and the sound of the rain.
fr situation l | Blottie contre mon chéri sur le canapé, on ne dit rien.
+ en situation l | Snuggled up to my partner on the sofa, neither of us saying a word.
fr situation l | Câlin tranquille devant un film, sa tête sur mon épaule.
+ en situation l | Quiet cuddle in front of a film, her head on my shoulder.
fr situation l | Le bébé s'est endormi sur moi, je reste là sans bouger.
+ en situation l | The baby's fallen asleep on me, so I'm staying right here, not moving.
fr negation l | Je ne suis pas épuisée, juste apaisée : bébé fait sa sieste et la maison est calme.
+ en negation l | Not exhausted, just peaceful: baby's napping and the house is calm.
"""

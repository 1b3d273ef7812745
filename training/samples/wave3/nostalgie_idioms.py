"""nostalgie: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# le bon vieux temps
fr explicit n | Ah, le bon vieux temps…
+ en explicit n | Ah, the good old days…
fr situation n | On a ressorti la Super Nintendo du grenier avec mon frère, c'est le bon vieux temps, les disputes sur Mario Kart en moins.
+ en situation n | My brother and I dug the Super Nintendo out of the attic, it's the good old days all over again, minus the Mario Kart fights.

# c'était mieux avant
fr explicit l | C'était un peu mieux avant, non ?
+ en explicit l | Things were a bit better back then, weren't they?
fr situation n | En passant devant l'ancien vidéoclub devenu une agence bancaire, je me dis que c'était mieux avant, les samedis à choisir une cassette.
+ en situation n | Walking past the old video shop that's now a bank, I think back to Saturdays choosing a tape, things were better then.

# ça me rappelle
fr typo n | ca me rapelle tellement de souvenirs tout ca
+ en typo n | omg that brings back so many memories
fr situation n | L'odeur de la crème solaire à la noix de coco, ça me rappelle les étés à Royan avec mes cousins.
+ en situation n | The smell of coconut sun cream takes me straight back to summers in Royan with my cousins.

# madeleine de Proust
fr explicit n | Ma madeleine de Proust, ce goût-là.
+ en explicit n | That taste, it takes me right back.
fr situation n | Le flan de la boulangerie a exactement le goût de celui de ma grand-mère, une vraie madeleine de Proust. Mets une ambiance qui va avec.
+ en situation n | The bakery's custard tart tastes exactly like my grandmother's, instant time machine. Set the mood to match.

# ça me ramène des années en arrière
fr explicit n | Ça me ramène vingt ans en arrière.
+ en explicit n | That takes me back twenty years.
fr situation n | La radio passe un vieux tube de la Star Ac et ça me ramène direct en cinquième, dans la chambre de ma meilleure amie.
+ en situation n | An old Star Academy hit comes on the radio and I'm right back in Year 8, in my best friend's bedroom.

# le mal du pays
fr explicit l | J'ai un peu le mal du pays ce soir.
+ en explicit l | Feeling a bit homesick tonight.
fr situation n | À Montréal depuis six mois, je tombe sur un camembert au marché et j'ai d'un coup le mal de ma Normandie.
+ en situation n | Six months in Montreal, I spot a camembert at the market and suddenly I'm homesick for Normandy.

# un pincement au cœur
fr explicit l | Petit pincement au cœur en revoyant ces photos.
+ en explicit l | A little pang seeing these photos again.
fr situation n | Pincement au cœur en repassant devant mon école primaire, la même marelle peinte dans la cour depuis trente ans.
+ en situation n | A pang walking past my old primary school, the same hopscotch painted in the playground for thirty years.

# retomber en enfance
fr explicit n | Je retombe complètement en enfance.
+ en explicit n | I feel like a kid again.
fr situation n | Au vide-grenier j'ai retrouvé la même boîte de Playmobil que j'avais à sept ans, je suis retombé en enfance.
+ en situation n | At the car boot sale I found the exact Playmobil set I had at seven, I was a kid again for a moment.

# coup de vieux
fr slang_emoji l | ça me file un coup de vieux 😅📼
+ en slang_emoji l | that makes me feel old lol 😅📼
fr situation n | Mon fils passe son bac cette année, alors que je me souviens du mien comme si c'était hier : gros coup de vieux.
+ en situation n | My son sits his final exams this year and I remember mine like it was yesterday: where did the years go?

# à l'époque / de mon temps
fr explicit n | À l'époque, on jouait dehors jusqu'à la nuit.
+ en explicit n | Back then we played outside till it got dark.
fr situation n | De mon temps, on s'appelait sur le fixe et on attendait que les parents décrochent, j'y repense avec tendresse.
+ en situation n | In my day we called each other on the landline and waited for the parents to pick up, I think of it fondly.

# ça ne nous rajeunit pas
fr explicit l | Ça ne nous rajeunit pas, tout ça.
+ en explicit l | That doesn't make us any younger.
fr situation n | Vingt ans du bac ce samedi, on regarde les photos de classe en riant : ça ne nous rajeunit pas.
+ en situation n | Twenty-year school reunion this Saturday, we're laughing over the class photos: none of us are getting any younger.

# remonter le temps
fr explicit n | Je remonterais bien le temps, juste pour un été.
+ en explicit n | I'd happily turn back the clock, just for one summer.
fr situation n | En relisant les lettres de mon premier amour, j'ai l'impression de remonter le temps jusqu'à l'été 1998.
+ en situation n | Rereading the letters from my first love feels like travelling back in time to the summer of 1998.

# les souvenirs remontent
fr explicit n | Tous les souvenirs remontent d'un coup.
+ en explicit n | All the memories come flooding back.
fr situation n | En vidant la maison de famille, chaque tiroir fait remonter des souvenirs de goûters et de vacances de Pâques.
+ en situation n | Clearing out the family house, every drawer brings back memories of after-school snacks and Easter holidays.

# la belle époque
fr slang_emoji n | ah la belle époque des skyblogs 😂🥲
+ en slang_emoji n | ahh the glory days of myspace 😂🥲
fr situation n | Mes parents parlent de leur belle époque, les bals du samedi soir et la 2CV, avec des étoiles dans les yeux.
+ en situation n | My parents talk about their heyday, the Saturday night dances and the old 2CV, with stars in their eyes.

# petit coup de nostalgie
fr explicit l | Petit coup de nostalgie ce soir.
+ en explicit l | Feeling a bit nostalgic tonight.
fr typo l | ptit coup de nostalgie en retrouvant mon vieux nokia 3310, il marche encore mdr
+ en typo l | bit of a nostalgia trip finding my old nokia 3310, still works lol

# ça me manque
fr slang_emoji n | les colos ça me manque trop 🥹
+ en slang_emoji n | miss summer camp so much 🥹
fr situation n | Les soirées à refaire le monde dans notre coloc étudiante à Toulouse, ça me manque, c'étaient nos plus belles années.
+ en situation n | The nights putting the world to rights in our student flatshare in Toulouse, I miss them, best years of our lives.

# le cœur gros (souvenir doux)
fr explicit n | J'ai le cœur un peu gros en repensant à ces étés-là.
+ en explicit n | My heart aches a little thinking back to those summers.
fr situation n | Le cœur gros mais le sourire aux lèvres, je feuillette l'album de notre voyage de noces à Venise, quarante ans déjà.
+ en situation n | Heavy heart but a smile on my face, I'm leafing through our Venice honeymoon album, forty years ago already.

# la larme à l'œil
fr explicit n | La larme à l'œil devant mes vieux cahiers d'école.
+ en explicit n | Misty-eyed over my old school exercise books.
fr situation n | La larme à l'œil en réécoutant la cassette où mon grand-père chantait au mariage de mes parents. Lumière douce, s'il te plaît.
+ en situation n | Getting misty-eyed listening again to the tape of my grandad singing at my parents' wedding. Soft light, please.

# je donnerais tout pour revivre
fr explicit h | Je donnerais tout pour revivre ces années-là.
+ en explicit h | I'd give anything to live those years again.
fr typo n | jdonnerais tout pour revivre nos soirees au lycee, on etait tellement insouciants
+ en typo n | id give anything to go back to our high school nights, we were so carefree

# back in the day
en explicit n | Back in the day, man…
+ fr explicit n | À l'époque, franchement…
en situation n | Back in the day we'd ride our bikes to the lake every afternoon and come home sunburnt, I still think about it.
+ fr situation n | À l'époque, on partait à vélo au lac tous les après-midi et on rentrait cramés par le soleil, j'y repense encore.

# trip down memory lane
en explicit l | Bit of a trip down memory lane tonight.
+ fr explicit l | Petit retour dans le passé ce soir.
en situation n | Went back to my old uni campus for the open day, total trip down memory lane, even the canteen smells the same.
+ fr situation n | Je suis retourné sur mon ancien campus pour les portes ouvertes, un vrai plongeon dans les souvenirs, même la cantine sent pareil.

# takes me back
en explicit n | This song takes me back.
+ fr explicit n | Cette chanson me ramène en arrière.
en situation n | Grandma's rice pudding recipe, same chipped bowl and everything, takes me right back to Sunday afternoons at her flat.
+ fr situation n | Le riz au lait de mamie, dans le même bol ébréché, ça me replonge dans les dimanches après-midi chez elle.

# blast from the past
en explicit n | What a blast from the past!
+ fr explicit n | Ça, c'est un sacré retour en arrière !
en situation n | My old pen pal from Germany messaged me after twenty-five years, a real blast from the past, we swapped stickers as kids.
+ fr situation n | Ma correspondante allemande m'a écrit après vingt-cinq ans, ça me ramène loin, on s'échangeait des autocollants petites.

# throwback
en slang_emoji n | throwback to summer 2009 🥲📸
+ fr slang_emoji n | souvenir de l'été 2009 🥲📸
en situation n | Found the camcorder tapes from our family holidays in Brittany, proper throwback, Dad with a moustache and all. Set the lights for that.
+ fr situation n | Retrouvé les cassettes du caméscope de nos vacances en Bretagne, retour dans le passé garanti, papa avec sa moustache et tout. Lumière de circonstance.

# those were the days
en explicit n | Those were the days.
+ fr explicit n | C'était le bon temps.
en situation n | Looking at the photo of the five of us in the band van, broke and happy: those were the days.
+ fr situation n | Sur la photo, on est cinq dans le camion du groupe, fauchés et heureux : c'était le bon temps.

# rose-tinted glasses
en explicit l | Maybe I'm wearing rose-tinted glasses, but I miss those years.
+ fr explicit l | J'embellis peut-être, mais ces années me manquent.
en situation n | Rose-tinted glasses, sure, but the village fête of my childhood, with the merry-go-round and the sugared almonds, was magic.
+ fr situation n | Je vois sans doute tout en rose, mais la fête du village de mon enfance, avec le manège et les dragées, c'était magique.

# time flies
en explicit n | Where does the time go…
+ fr explicit n | Le temps file…
en situation n | Time flies: my little girl left for uni today and I found her first drawing of our house in the kitchen drawer.
+ fr situation n | Que le temps passe vite : ma petite est partie à la fac aujourd'hui et j'ai retrouvé son premier dessin de notre maison dans le tiroir.

# for old times' sake
en explicit n | Let's do it for old times' sake.
+ fr explicit n | Allez, en souvenir du bon vieux temps.
en situation n | We went back to our old café for old times' sake and ordered the same hot chocolate as when we were sixteen.
+ fr situation n | On est retournés dans notre ancien café en souvenir du bon vieux temps, et on a commandé le même chocolat chaud qu'à seize ans.

# wistful
en explicit l | Feeling a bit wistful tonight.
+ fr explicit l | Un peu de vague à l'âme ce soir, en pensant au passé.
en situation n | Wistful watching the kids play in the same park where I learnt to ride a bike in 1987.
+ fr situation n | Je regarde, un peu rêveur, les enfants jouer dans le parc où j'ai appris à faire du vélo en 1987, que de souvenirs.

# TBT
en slang_emoji n | #tbt first gig ever, 2003, braces and all 🥹🎸
+ fr slang_emoji n | #souvenir mon tout premier concert, 2003, appareil dentaire compris 🥹🎸
en typo n | tbt to our erasmus yr in barcelona, miss those beach nights sooo much
+ fr typo n | souvenir de notre annee erasmus a barcelone, nos soirees sur la plage me manquent tellllement

# 90s kid
en slang_emoji n | 90s kid problems: tamagotchi found in a drawer and suddenly I'm 9 again 😭💾
+ fr slang_emoji n | enfant des années 90 : retrouvé mon tamagotchi dans un tiroir, j'ai 9 ans à nouveau 😭💾
en situation n | Proper 90s kid moment: the corner shop still sells the fizzy sweets we bought with our pocket money after school.
+ fr situation n | Vrai moment d'enfant des années 90 : l'épicerie du coin vend toujours les bonbons acidulés qu'on achetait avec notre argent de poche.

# this song kills me
en slang_emoji n | this song kills me every time, straight back to the 2006 school disco 😩💿
+ fr slang_emoji n | cette chanson me tue à chaque fois, direct la boum du collège en 2006 😩💿
en situation n | That old Oasis song kills me, it was on every road trip with my dad in the Peugeot 405.
+ fr situation n | Ce vieux morceau d'Oasis me fend le cœur, il passait à chaque trajet avec mon père dans la 405.

# feels like yesterday
en explicit n | Feels like yesterday.
+ fr explicit n | On dirait que c'était hier.
en situation n | Our first flat had a broken radiator and a mattress on the floor, and it feels like yesterday though it's been fifteen years.
+ fr situation n | Notre premier appart avait un radiateur cassé et un matelas par terre, on dirait que c'était hier alors que ça fait quinze ans.

# sentimental
en explicit l | Getting all sentimental over old photos.
+ fr explicit l | Je deviens toute sentimentale devant les vieilles photos.
en situation n | Getting sentimental sorting the kids' baby clothes for the charity shop, each tiny jumper has a story from those first years.
+ fr situation n | Je deviens sentimentale en triant les vêtements de bébé pour l'association, chaque petit pull raconte une histoire de ces premières années.

# nostalgia hits different
en slang_emoji n | nostalgia hits different at 2am ngl 🌙📼
+ fr slang_emoji n | la nostalgie à 2h du mat ça tape fort 🌙📼
en typo n | nostalgia hittin hard, found my grans recipe cards in her handwritin
+ fr typo n | grosse nostalgie, jai retrouve les fiches recettes de mamie ecrites de sa main

# old school
en explicit n | Going full old school tonight, vinyls and cassettes.
+ fr explicit n | Soirée à l'ancienne, vinyles et cassettes, pour se souvenir.
en situation n | Old school Sunday: rewatching the cartoons we had on Saturday mornings as kids, with the same cereal bowls.
+ fr situation n | Dimanche à l'ancienne : on revoit les dessins animés du samedi matin de notre enfance, avec les mêmes bols de céréales.

# wishes with a colour or brightness
fr wish n c=amber;warm_white b=dim | Un peu de nostalgie ce soir, je feuillette les vieux albums. Lumière ambrée et tamisée, s'il te plaît.
+ en wish n c=amber;warm_white b=dim | Feeling nostalgic tonight, leafing through old albums. Dim amber light, please.
en wish l c=amber;pink b=dim | Trip down memory lane tonight, give me soft amber and dusty pink.
+ fr wish l c=amber;pink b=dim | Soirée souvenirs, mets-moi de l'ambre et un rose poudré, tout doux.
fr wish n c=orange;amber | Ça me ramène aux étés chez mamie, mets des tons orangés comme une vieille photo.
+ en wish n c=orange;amber | Takes me back to summers at Grandma's, put on orangey tones like an old photo.
"""

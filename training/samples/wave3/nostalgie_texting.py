"""nostalgie: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (attic, beach, radio, school, recipes, group chat, music, internet, cars, toys, films, love)
fr typo n | jai retrouvé mes cartes pokemon ds le grenier, 2002 direct ds la tete
+ en typo n | found my pokemon cards in the attic, straight back to 2002
fr slang_emoji n | l'odeur de la crème solaire et j'ai 8 ans sur la plage de Royan 🥹
+ en slang_emoji n | the smell of suncream n suddenly im 8 again on the beach at royan 🥹
fr typo n | ils passent la chanson de notre bal de promo a la radio, ct ya 15 ans
+ en typo n | they played our prom song on the radio, that was 15 yrs ago
fr slang_emoji n | repassé devant mon école primaire, la cour a l'air minuscule maintenant 🥲
+ en slang_emoji n | walked past my old primary school, the playground looks tiny now 🥲
fr typo n | mamie faisait ces crepes le mercredi, jen ai refait ajd avec sa recette
+ en typo n | gran used to make these pancakes on wednesdays, made em today w her recipe
fr slang_emoji n | le groupe whatsapp de la promo 2011 qui ressort les vieilles photos 😭📸 on était des bébés
+ en slang_emoji n | class of 2011 group chat digging out old pics 😭📸 we were babies
fr typo n | reecouté lalbum ke jecoutais en boucle en terminale, tt revient
+ en typo n | relistened to the album i played on repeat in senior year, it all comes back
fr typo n | retombé sur mon vieux skyblog mdr, les paillettes et tt
+ en typo n | found my old myspace page lol, the glitter n everything
fr slang_emoji n | le goût des malabars 🥹 retour direct à la récré de 1998
+ en slang_emoji n | the taste of hubba bubba 🥹 straight back to 1998 playtime
fr typo n | papa ma montré sa vieille 2cv en photo, il racontait les vacances en bretagne dedans
+ en typo n | dad showed me a pic of his old 2cv, telling me bout the brittany holidays in it
fr slang_emoji n | vu un tamagotchi à la brocante, flash de fou 🥲
+ en slang_emoji n | saw a tamagotchi at a car boot sale, massive flashback 🥲
fr typo n | repassé devant la maison de vacances des grands parents, jrevois les etes la bas, les cabanes, le tilleul
+ en typo n | drove past my grandparents holiday house, can still see our summers there, the dens, the lime tree
fr typo n | ma fille regarde le roi lion, jle connaissais par coeur a son age
+ en typo n | my daughters watching the lion king, i knew it by heart at her age
fr slang_emoji n | retrouvé le ticket de ciné de notre 1er rdv dans un vieux jean 🥹💕 2009 déjà
+ en slang_emoji n | found the cinema ticket from our first date in old jeans 🥹💕 2009 already
fr typo l | lodeur du cartable neuf a la rentree, ca me ramene en cm2
+ en typo l | the smell of a new school bag in september takes me back to year 6
# texting, French first: naming the nostalgia
fr slang_emoji n | grosse vague de nostalgie ce soir 🥲 mets des vieux sons stp
+ en slang_emoji n | huge wave of nostalgia 2nite 🥲 play some old tunes pls
fr typo n | ct tellement mieux avant, on avait pa de soucis
+ en typo n | it was so much better back then, we had no worries
fr slang_emoji n | le bon vieux temps me manque de ouf 🥹
+ en slang_emoji n | miss the good old days so bad 🥹
fr typo n | g le mal du pays, la martinique me manque tro ce soir
+ en typo n | so homesick, miss martinique sooo much 2nite
fr slang_emoji n | mood : années 90, lumière ambrée et vieux vinyles 📻✨
+ en slang_emoji n | mood: the 90s, amber lights n old vinyl 📻✨
fr typo n | jrepense a nos annees fac, ct les meilleures
+ en typo n | thinkin bout our uni years, they were the best
fr slang_emoji n | nostalgique de ouf là 🥲 la vie passe trop vite
+ en slang_emoji n | so nostalgic rn 🥲 life goes by too fast
fr typo n | mon enfance me manque, les gouters devant la tele, tt ca
+ en typo n | i miss my childhood, snacks in front of the telly, all that
fr slang_emoji l | petit coup de nostalgie tout doux 🍂 un vieux Goldman svp
+ en slang_emoji l | lil wave of soft nostalgia 🍂 some old springsteen pls
fr typo n | ca me manke lepoque ou on se voyait tt les week end avec la bande
+ en typo n | miss the days when the whole gang met up every weekend
fr slang_emoji n | flashback 2008 🥹 msn, les wizz, les pseudos chelous
+ en slang_emoji n | flashback 2008 🥹 msn, nudges, weird usernames
fr typo n | jpense a la ferme de mon oncle ou on passait les vacances, ca me manke
+ en typo n | thinkin bout my uncles farm where we spent our holidays, miss it
fr slang_emoji n | je donnerais tout pour revivre un été de 2005 ☀️🥲
+ en slang_emoji n | id give anything to relive one summer in 2005 ☀️🥲
fr typo n | tt ces souvenirs ki remontent, ambiance a lancienne stp
+ en typo n | all these memories comin back, old school vibes pls
fr slang_emoji n | le pays me manque 🇵🇹🥺 l'odeur du pain de ma grand-mère à Porto
+ en slang_emoji n | miss home 🇵🇹🥺 the smell of my grandmas bread in porto
# texting, English first: events (mixtapes, arcade, football, old flat, scouts, school friends, radio, home videos, seaside, rainy days)
en typo n | found my old walkman n the mixtape my sis made me in 96
+ fr typo n | retrouvé mon vieux walkman avec la cassette ke ma soeur mavait faite en 96
en slang_emoji n | they reopened the arcade from when i was a kid 🕹️🥹 same carpet n everything
+ fr slang_emoji n | ils ont rouvert la salle d'arcade de mon enfance 🕹️🥹 même moquette et tout
en typo n | my son wore my old football shirt 2day, the 98 one, took me right back
+ fr typo n | mon fils a mis mon vieux maillot de foot ajd, celui de 98, ca ma ramené direct
en slang_emoji n | scrolling thru 2014 pics of the old flat 🥲 we had nothing but we were happy
+ fr slang_emoji n | je scrolle les photos de 2014 de l'ancien appart 🥲 on avait rien mais on était heureux
en typo n | smell of bonfire n im back at scout camp at 12
+ fr typo n | lodeur de feu de camp et jsuis de retour au camp scout a 12 ans
en slang_emoji n | old school friend sent a voice note singing our silly song from yr 7 😭😭
+ fr slang_emoji n | une pote du collège m'a envoyé un vocal en chantant notre chanson débile de 6e 😭😭
en typo n | grandpas old radio still works, same crackle as sunday lunches at his place
+ fr typo n | la vieille radio de papi marche tjr, mm gresillement ke les dejeuners du dimanche chez lui
en slang_emoji n | vhs of my 5th bday 📼🥹 mums 90s perm lmao
+ fr slang_emoji n | la vhs de mes 5 ans 📼🥹 la permanente de maman années 90 mdr
en typo n | drove the old road to the seaside we took every summer, same ice cream shop
+ fr typo n | repris la vieille route de la mer ke on prenait chaque ete, mm glacier
en typo l | rain on the window like when we played board games at aunties as kids
+ fr typo l | la pluie sur la vitre comme kan on jouait aux jeux de societe chez tata petits
# texting, English first: naming the nostalgia
en slang_emoji n | feeling sooo nostalgic 2nite 🥹 warm amber lights pls
+ fr slang_emoji n | trop nostalgique ce soir 🥹 lumière ambrée chaude stp
en typo n | miss the old days when life was simple
+ fr typo n | les jours dautrefois me manquent, kan la vie etait simple
en slang_emoji n | lost in old memories rn 🥲 throwback tunes only
+ fr slang_emoji n | perdue dans les vieux souvenirs là 🥲 que des sons d'avant
en typo n | wish i could go back to 2010 just for a day
+ fr typo n | jaimerais retourner en 2010 juste une journee
en slang_emoji n | homesick vibes 🏡🥺 miss the hills back home
+ fr slang_emoji n | mal du pays 🏡🥺 mes collines me manquent
en typo n | ngl kinda missin my school days rn
+ fr typo n | jvais pa mentir, le lycee me manque un peu la
en slang_emoji l | bittersweet mood, flicking thru old letters ✉️🥲
+ fr slang_emoji l | humeur douce-amère, je relis des vieilles lettres ✉️🥲
en typo n | those summers at the campsite were the best, miss em
+ fr typo n | ces etes au camping ct les meilleurs, ils me manquent
en slang_emoji n | 2000s kid nostalgia hitting HARD 📀🥹
+ fr slang_emoji n | la nostalgie des années 2000 qui frappe FORT 📀🥹
en typo n | remember when wed stay up all nite on the phone? miss that
+ fr typo n | tu te rappelles kan on passait la nuit au tel? ca me manque
"""

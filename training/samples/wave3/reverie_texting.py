"""reverie: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr typo n | ds le train je regarde les champs defiler et jminvente la vie des gens ds chaque maison
+ en typo n | on the train watchin fields go by, makin up lives for the ppl in every house
fr slang_emoji n | la pluie sur le velux et moi qui mimagine dans un autre monde 🌧️💭
+ en slang_emoji n | rain on the skylight n me imaginin myself in another world 🌧️💭
fr typo n | jai fixé la flamme de la bougie pdt 20 min sans men rendre compte, jetais ailleurs
+ en typo n | stared at the candle flame for 20 mins w/o noticin, i was somewhere else
fr slang_emoji n | en maths jai dessiné un chateau ds la marge et jme suis perdue dedans 🏰✏️
+ en slang_emoji n | drew a castle in the margin in maths n got lost inside it 🏰✏️
fr typo n | bus bloqué ds les bouchons, jai imaginé ma vie si javais une librairie au bord de la mer
+ en typo n | bus stuck in traffic so i imagined my life runnin a bookshop by the sea
fr slang_emoji n | couchée ds lherbe a regarder les avions passer, jme raconte leurs voyages ✈️☁️
+ en slang_emoji n | lyin in the grass watchin planes go over, makin up their journeys ✈️☁️
fr typo n | en fesant la vaisselle jme suis vue vivre ds une cabane en norvege
+ en typo n | doin the dishes n suddenly i was livin in a cabin in norway in my head
fr slang_emoji n | musique ds les oreilles, front contre la vitre du tram 🎧🌆 jsuis plus la
+ en slang_emoji n | music in my ears, forehead on the tram window 🎧🌆 im not even here
fr typo n | jai relu le mm paragraphe 5 fois, mon esprit part tt seul vers la mer
+ en typo n | read the same paragraph 5 times, my mind keeps driftin off to the sea
fr slang_emoji n | ciel rose ce soir 🌅 jfixe lhorizon et jme vois partir tres loin
+ en slang_emoji n | pink sky tonite 🌅 starin at the horizon n picturin myself far far away
fr typo n | le feu crepite ds la cheminee et jme raconte des histoires de chevaliers ds ma tete
+ en typo n | fire cracklin n im tellin myself knight stories in my head
fr slang_emoji n | la neige tombe tout doucement 🌨️ je la regarde et mes pensées senvolent
+ en slang_emoji n | snow fallin sooo slowly 🌨️ watchin it n my thoughts just float off
fr typo n | en reunion jetais parti sur un voilier, le boss ma demandé mon avis jsavais mm pas de koi on parlait
+ en typo n | in the meetin i was off on a sailboat, boss asked my opinion n i had no clue what we were on about
fr slang_emoji n | les lucioles ds le jardin 🌌✨ on dirait un conte, jme perds dedans
+ en slang_emoji n | fireflies in the garden 🌌✨ like a fairytale, gettin lost in it
fr typo n | jfixe laquarium depuis tt a lheure, les poissons me font voyager
+ en typo n | been starin at the fish tank for ages, the fish r takin me places
# texting: the feeling named, French first
fr typo n | jsuis ds la lune ce soir, mets un truc planant
+ en typo n | head in the clouds 2nite, put on sumthin floaty
fr slang_emoji n | tete ds les nuages h24 ☁️🦋 lumiere lavande stp
+ en slang_emoji n | head in the clouds 24/7 ☁️🦋 lavender lights pls
fr typo n | jsuis tt reveuse ajd, jpense a des trucs impossibles
+ en typo n | so dreamy 2day, thinkin bout impossible things
fr slang_emoji n | esprit qui vagabonde 🌙💭 reveillez moi pas
+ en slang_emoji n | mind wanderin 🌙💭 dont wake me
fr typo l | chui pas vrmt la, jflotte un peu
+ en typo l | not rly here, floatin a bit
fr slang_emoji n | mode rêverie ON 🌫️🎐
+ en slang_emoji n | daydream mode ON 🌫️🎐
fr typo n | jme perd ds mes pensees depuis ce matin, cest doux
+ en typo n | been lost in my thoughts since this mornin, its nice
fr slang_emoji n | je divague grave 🪐 musique qui flotte svp
+ en slang_emoji n | driftin off big time 🪐 floaty music pls
fr typo n | envie de rever les yeux ouverts, lumiere tt douce et bleutée
+ en typo n | wanna daydream w my eyes open, soft bluish lights
fr slang_emoji n | jsuis partie loin loin loin 🎈☁️
+ en slang_emoji n | im far far far away 🎈☁️
fr typo n | jimagine des vies entieres ds ma tete, jsuis ailleurs
+ en typo n | imaginin whole lives in my head, im somewhere else
fr slang_emoji n | contemplative ce soir 🌌 jregarde les etoiles et je pense a tout et a rien
+ en slang_emoji n | feelin contemplative 2nite 🌌 starin at the stars thinkin bout everythin n nothin
fr typo n | mon esprit se balade tt seul, jsuis en mode songeur
+ en typo n | my mind is wanderin off on its own, in a dreamy kinda mood
fr slang_emoji n | brume ds la tete, mais une jolie brume 🌫️💜
+ en slang_emoji n | foggy head, but the pretty kind of fog 🌫️💜
fr typo n | ke je reve, ke je reve... jsuis ds les nuages ajd
+ en typo n | dreamin n dreamin... up in the clouds 2day
# texting: events, English first
en typo n | on the night bus watchin the city lights blur, makin up stories bout every window
+ fr typo n | ds le bus de nuit je regarde les lumieres de la ville defiler, jinvente une histoire pr chaque fenetre
en slang_emoji n | lyin on the jetty watchin clouds drift, pretendin im on a ship 🌊☁️
+ fr slang_emoji n | allongé sur le ponton a regarder les nuages passer, jfais comme si jetais sur un bateau 🌊☁️
en typo n | kept starin at the rain on the car window n totally missed my stop lol
+ fr typo n | jregardais la pluie sur la vitre et jai completement raté mon arret mdr
en slang_emoji n | candlelight + slow piano 🕯️🎹 mind driftin somewhere far
+ fr slang_emoji n | bougies + piano lent 🕯️🎹 mon esprit part tres loin
en typo n | doodled a whole map of a made up island in my notebook durin the lecture
+ fr typo n | jai dessiné la carte dune ile inventée ds mon cahier pdt tt lamphi
en slang_emoji n | been watchin the waves for an hour, lost in my head 🌊💭
+ fr slang_emoji n | 1h que je regarde les vagues, perdue ds ma tete 🌊💭
en typo n | in the shower i planned my whole imaginary life in a lighthouse lol
+ fr typo n | sous la douche jai imaginé toute ma vie de gardienne de phare mdr
en slang_emoji n | postcard from somewhere ive never been on the fridge n im daydreamin bout livin there 🏝️✨
+ fr slang_emoji n | une carte postale dun endroit ou jsuis jamais allé sur le frigo et jme vois y vivre 🏝️✨
en typo n | lyin on the grass at the festival between sets, just watchin the sky n driftin
+ fr typo n | allongé ds lherbe au festival entre 2 concerts, jregarde le ciel et je derive
en slang_emoji n | snowflakes in the streetlight glow ❄️🌙 could watch forever, mind miles away
+ fr slang_emoji n | flocons ds la lumiere du lampadaire ❄️🌙 jpourrais regarder pdt des heures, la tete a des km
# texting: the feeling named, English first
en typo n | so dreamy 2nite, put sumthin floaty on
+ fr typo n | trop reveuse ce soir, mets un truc planant
en slang_emoji n | mind wanderin all over the place 🌌🦋
+ fr slang_emoji n | mon esprit vagabonde dans tous les sens 🌌🦋
en typo n | been lost in my own head all day n honestly its kinda nice
+ fr typo n | perdu ds ma tete tte la journee et franchement cest plutot agreable
en slang_emoji n | dreamy mood, lavender lights pls 💜☁️
+ fr slang_emoji n | humeur reveuse, lumiere lavande stp 💜☁️
en typo l | kinda spaced out, driftin a bit
+ fr typo l | un peu ds la lune, je derive un peu
en slang_emoji n | brain somewhere between the stars n the sea 🌠🌊
+ fr slang_emoji n | cerveau quelque part entre les etoiles et la mer 🌠🌊
en typo n | feelin all whimsical n faraway rn
+ fr typo n | jme sens tt fantaisiste et lointaine la
en slang_emoji n | daydream mode activated ✨💭 do not wake
+ fr slang_emoji n | mode rêvasserie activé ✨💭 ne pas reveiller
en typo n | my thoughts r just floatin off on their own 2nite
+ fr typo n | mes pensees senvolent toutes seules ce soir
en slang_emoji n | away w the fairies today 🧚‍♀️☁️
+ fr slang_emoji n | complètement ds les nuages ajd 🧚‍♀️☁️
"""

"""suspense: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (TV, football, house buying, pregnancy test, school, video games, work, pets, quiz, auctions, sport, elections, podcasts, lottery)
fr typo n | le vote du public pr la finale de the voice ferme ds 1 min, ma cousine est en finale
+ en typo n | public vote for the voice final closes in 1 min, my cousins in the final
fr slang_emoji h | 89e minute, 1-1, corner pour nous 😬😬 allez allez
+ en slang_emoji h | 89th min, 1-1, corner for us 😬😬 come on come on
fr typo n | le vendeur a dit kil rappelait ds lheure pr notre offre sur la maison
+ en typo n | seller said hed call back within the hour bout our offer on the house
fr slang_emoji n | test de grossesse, 3 min à attendre 👀⏳ on essaie depuis un an
+ en slang_emoji n | pregnancy test, 3 min to wait 👀⏳ weve been trying for a year
fr typo n | le prof rend les copies par ordre de note, il en reste 3 et jai tjr pa la mienne
+ en typo n | teachers handing back tests in grade order, 3 left n still not mine
fr slang_emoji h | dernier tour de mario kart, je suis 1er et mon frère a une carapace bleue 😬🏎️
+ en slang_emoji h | final lap of mario kart, im first n my bro's got a blue shell 😬🏎️
fr typo n | le boss lit les noms des promus a voix haute, il en est a la lettre M, moi cest R
+ en typo n | boss reading out the promotion names, hes at M n im R
fr slang_emoji n | la chatte met bas, y a un 4e chaton ou pas ?? 👀🐱
+ en slang_emoji n | cats giving birth, is there a 4th kitten or not?? 👀🐱
fr typo n | derniere question du quiz au bar et on est a egalite avec la table d a coté
+ en typo n | last q of the pub quiz n were tied w the table next to us
fr slang_emoji n | l'enchère eBay finit dans 30 sec et un mec surenchérit 👀💸
+ en slang_emoji n | ebay auction ends in 30 sec n some guy keeps outbidding 👀💸
fr typo n | dernier saut du dernier concurrent, si il rate on a la medaille
+ en typo n | last jump of the last competitor, if he misses we get the medal
fr slang_emoji n | élections, estimation dans 2 min 📺⏳ toute la famille devant la télé
+ en slang_emoji n | election exit poll in 2 min 📺⏳ whole family in front of the tv
fr typo n | le podcast true crime sarrete juste avant le verdict, la suite mardi pro
+ en typo n | true crime podcast stops right before the verdict, next ep tuesday
fr slang_emoji n | tirage des poules de la coupe du monde, on attend notre groupe 👀⚽
+ en slang_emoji n | world cup group draw rn, waiting to see our group 👀⚽
fr typo n | jai 4 bons numeros au loto, plus ke le dernier a tomber
+ en typo n | got 4 lotto numbers right, just the last one left to drop
# texting, French first: naming the suspense
fr slang_emoji n | jsuis sur des charbons ardents 😬 mets un truc qui fait monter la tension
+ en slang_emoji n | on pins n needles 😬 play smthn that builds the tension
fr typo n | le suspens me tue la
+ en typo n | the suspense is killin me rn
fr slang_emoji n | je tiens plus, dites moi la suite 😩⏳
+ en slang_emoji n | cant take it, tell me what happens next 😩⏳
fr typo n | jronge mes ongles jusko sang la
+ en typo n | bitin my nails to the bone rn
fr slang_emoji n | tension max 👀 lumière violette stp
+ en slang_emoji n | max tension 👀 purple lights pls
fr typo n | jen peu plu dattendre, ca va tomber ou pa
+ en typo n | cant wait any longer, is it happening or not
fr slang_emoji n | le cœur qui bat la chamade, plus que quelques secondes ⏳😬
+ en slang_emoji n | heart pounding, just a few secs left ⏳😬
fr typo n | suspendue a lecran, jbouge plu tant kon sait pa
+ en typo n | hanging on the screen, not moving till we know
fr slang_emoji n | suspense insoutenable 🫣 mets une ambiance de thriller
+ en slang_emoji n | unbearable suspense 🫣 put on a thriller vibe
fr typo n | silence complet ds le salon, tt le monde fixe lecran
+ en typo n | dead silence in the living room, everyones staring at the screen
fr slang_emoji n | allez allez allez 🤞🤞 dis-le dis-le
+ en slang_emoji n | cmon cmon cmon 🤞🤞 say it say it
fr typo n | jtiens plu en place, le verdict tombe ds 5 min
+ en typo n | cant sit still, the verdict drops in 5 min
fr slang_emoji n | ça se joue maintenant 😳 personne respire
+ en slang_emoji n | its all on the line rn 😳 nobody breathe
fr typo n | kel attente de ouf, dites nous le gagnant
+ en typo n | this wait is insane, just tell us the winner
fr slang_emoji n | mode suspense activé 🍿 lumière tamisée pour le dernier round
+ en slang_emoji n | suspense mode on 🍿 dim lights for the final round
# texting, English first: events (adoption, tennis, uni offers, court, flat, baking show, poker, rocket, dog show, horse race)
en typo n | adoption panel deciding rn, social worker said shed call by 5
+ fr typo n | la commission dadoption decide la, lassistante sociale a dit kelle appelait avant 17h
en slang_emoji h | tie break in the 5th set 😬🎾 every point is life or death
+ fr slang_emoji h | tie-break au 5e set 😬🎾 chaque point c'est la vie ou la mort
en typo n | uni offers come out at midnight, refreshin the page every 10 sec
+ fr typo n | les reponses parcoursup tombent a minuit, jactualise ttes les 10 sec
en slang_emoji n | jurys back in the room 👀 the whole court's gone silent
+ fr slang_emoji n | le jury revient dans la salle 👀 tout le tribunal se tait
en typo n | bidding war on the flat, agent calls at 6 w the final answer
+ fr typo n | surenchere sur lappart, lagent appelle a 18h avec la reponse finale
en slang_emoji n | bake off semi final, judges tasting my faves cake 👀🎂
+ fr slang_emoji n | demi-finale du meilleur pâtissier, le jury goûte le gâteau de mon chouchou 👀🎂
en typo n | last hand of poker, all in, waitin for the river card
+ fr typo n | derniere main au poker, tapis, on attend la riviere
en slang_emoji n | rocket launch T-minus 10 🚀👀 will it make it
+ fr slang_emoji n | lancement de la fusée T moins 10 🚀👀 ça passe ou pas
en typo n | dog show final, judge walkin down the line about to point at the winner
+ fr typo n | finale du concours canin, le juge passe devant la rangee, il va designer le gagnant
en typo n | photo finish, waitin for the replay to see who won
+ fr typo n | photo finish, on attend le ralenti pr savoir ki a gagné
# texting, English first: naming the suspense
en slang_emoji n | the tension rn 😬😬 cant look
+ fr slang_emoji n | la tension là 😬😬 j'ose pas regarder
en typo n | cant take it anymore, just tell me alreadyyy
+ fr typo n | jen peu plu, dites le moi enfinnn
en slang_emoji n | holding my breath 🫣 suspense lights pls
+ fr slang_emoji n | je retiens mon souffle 🫣 lumières suspense stp
en typo n | the waitin is unbearable, 2 more mins
+ fr typo n | lattente est insuportable, encore 2 min
en slang_emoji n | nail biting stuff 😬🍿 play smthn tense
+ fr slang_emoji n | de quoi se ronger les ongles 😬🍿 mets un truc tendu
en typo n | cant take the suspense, whos it gonna be
+ fr typo n | jsupporte plu le suspense, ca va etre ki
en slang_emoji n | 👀👀👀 any second now
+ fr slang_emoji n | 👀👀👀 d'une seconde à l'autre
en typo n | glued to my seat waitin for the reveal
+ fr typo n | collé a mon siege jattends la revelation
en slang_emoji h | HOLD ON HOLD ON its happening 😳
+ fr slang_emoji h | ATTENDS ATTENDS ça arrive 😳
en typo n | so tense rn, will he score or not
+ fr typo n | tro tendu la, il marque ou pa
"""

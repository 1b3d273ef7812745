"""euphorie: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr slang_emoji h | ON A GAGNÉ UN VOYAGE AU JAPON AU TIRAGE AU SORT 😱🎉🎉 jhurle dans la cuisine
+ en slang_emoji h | WE WON A TRIP TO JAPAN IN THE PRIZE DRAW 😱🎉🎉 screamin in the kitchen
fr typo h | ce soir cest lenterrement de vie de jeune fille de ma soeur, on va tt retourner!!!
+ en typo h | my sisters hen party is 2nite, we r gonna tear the place up!!!
fr slang_emoji h | la boite est en feu, le dj a mis notre son 🪩🔥🔥 jarrive plus a marreter de danser
+ en slang_emoji h | club is on fire, dj played our song 🪩🔥🔥 cant stop dancin
fr typo h | on a eu les billets pr la finale au stade, jsautille dans tt lappart
+ en typo h | we got tickets for the final at the stadium, im bouncin all over the flat
fr slang_emoji h | concert surprise de mon groupe préféré dans mon bled 😭🎸🎸 jy suis au 1er rang!!!
+ en slang_emoji h | my fav band doin a surprise gig in my tiny town 😭🎸🎸 im FRONT ROW!!!
fr typo h | elle a dit oui!!! on se marie jpeux plus respirer tellement chui heureux
+ en typo h | she said yes!!! we're gettin married i cant even breathe im so happy
fr slang_emoji h | 3 2 1 🎆🥂 BONNE ANNEE TOUT LE MONDE ON SAUTE PARTOUT
+ en slang_emoji h | 3 2 1 🎆🥂 HAPPY NEW YEAR EVERYONE WE'RE JUMPIN EVERYWHERE
fr typo h | on part en road trip ds 1h et jsuis surexcitée, musik a fond ds la voiture
+ en typo h | road trip leavin in 1hr n im sooo hyped, music blastin in the car
fr slang_emoji h | mon artiste préféré ma REPONDU en dm 😭😭🤩 jtremble de partout
+ en slang_emoji h | my fav artist REPLIED to my dm 😭😭🤩 im shakin all over
fr typo h | ct la meilleure soiree de lannee, on a dansé jusqua 6h jai plus de jambes
+ en typo h | best party of the yr, danced til 6am, cant feel my legs
fr slang_emoji h | le carnaval passe sous ma fenetre 🥁🎊 jdescends danser avec eux!!!
+ en slang_emoji h | carnival goin past my window 🥁🎊 runnin down to dance w them!!!
fr typo h | jai gagné 5000 balles au loto wsh jcrie partout
+ en typo h | won 5 grand on the lottery omg im screamin evrywhere
fr slang_emoji h | premiere fois en parapente 🪂 jai hurlé de joie tt le long
+ en slang_emoji h | first time paraglidin 🪂 screamed w joy the whole way down
fr typo h | ma soeur est enceinte de jumeaux!!! toute la famille hurle au tel
+ en typo h | my sis is havin TWINS!!! whole family screamin down the phone
fr slang_emoji h | feu dartifice + bal des pompiers 🎇💃 on est tous en transe
+ en slang_emoji h | fireworks + street dance all nite 🎇💃 we're all in a trance
# texting: the feeling named, French first
fr typo h | chui sur un nuage de ouf, tro heureux, monte le son
+ en typo h | im on cloud nine fr, so happy, turn it up
fr slang_emoji h | JSUIS SURVOLTÉE 🤩⚡ mets le truc le plus festif que ta
+ en slang_emoji h | IM SO AMPED 🤩⚡ put on the most party thing u got
fr typo h | jpete un cable tellement jsuis contente, jsaute partout
+ en typo h | im losin my mind im so happy, jumpin everywhere
fr slang_emoji h | euphorie totale ce soir 🎉🎉🎉 lumieres de toutes les couleurs!!!
+ en slang_emoji h | total euphoria 2nite 🎉🎉🎉 lights in every colour!!!
fr typo h | ptn jsuis refait, jai envie de danser sur la table
+ en typo h | omg im buzzin, wanna dance on the table
fr slang_emoji h | au 7e ciel frr ☁️🚀 rien peut marreter
+ en slang_emoji h | in seventh heaven bro ☁️🚀 nothin can stop me
fr typo h | jsuis tellemen excité que jarrive pas a tenir en place
+ en typo h | im so excited i literaly cant sit still
fr slang_emoji h | MDRRR JSUIS EN FEU CE SOIR 🔥🕺 ambiance boite svp
+ en slang_emoji h | LMAOO IM ON FIRE 2NITE 🔥🕺 club vibes pls
fr typo h | c de la folie, jai le coeur qui explose de joie
+ en typo h | this is insane, my hearts burstin w joy
fr slang_emoji h | trop dadrenaline jvais exploser 💥😆
+ en slang_emoji h | sooo much adrenaline im gonna explode 💥😆
fr typo h | ce soir on fait la fete jusqua pas dheure, mets des lumieres qui bougent
+ en typo h | partyin til whenever 2nite, put on lights that move
fr slang_emoji h | jsuis hystérique de bonheur 😭🥳🥳
+ en slang_emoji h | hysterical w happiness 😭🥳🥳
fr typo h | jsuis aux anges de ouf, jcrie de joie dans la rue
+ en typo h | over the moon, literally yellin w joy in the street
fr slang_emoji h | ivre de joie (sans alcool promis) 🤪🎊
+ en slang_emoji h | drunk on joy (sober i swear) 🤪🎊
fr typo h | tro hype pr ce soir, sa va etre enorme
+ en typo h | soooo hyped for 2nite, its gonna be huge
# texting: events, English first
en slang_emoji h | WE'RE GOING TO THE WORLD CUP FINAL 😱⚽🎉 screamin
+ fr slang_emoji h | ON VA A LA FINALE DE LA COUPE DU MONDE 😱⚽🎉 jhurle
en typo h | my best friend just got engaged n we're poppin champagne in the kitchen!!!
+ fr typo h | ma meilleure pote vient de se fiancer et on fait peter le champagne ds la cuisine!!!
en slang_emoji h | headliner brought my fav song back for the encore 🎤🔥😭
+ fr slang_emoji h | la tete daffiche a rejoué ma chanson préférée en rappel 🎤🔥😭
en typo h | just booked a surprise trip to iceland for 2moro omgggg
+ fr typo h | jviens de reserver un voyage surprise en islande pr demain omggg
en slang_emoji h | rollercoaster 3 times in a row n i wanna go AGAIN 🎢🤪
+ fr slang_emoji h | 3 tours de grand huit daffilée et jveux y RETOURNER 🎢🤪
en typo h | house party is goin off, someone put the throwback playlist on n everyones screamin the lyrics
+ fr typo h | la soiree chez ouam part en vrille, qqn a mis les vieux tubes et tt le monde hurle les paroles
en slang_emoji h | won the office raffle: a weekend in paris 🗼🥳🥳
+ fr slang_emoji h | gagné la tombola du taf : un week end a paris 🗼🥳🥳
en typo h | weddin reception just started n the dancefloor is packed already, best nite evr
+ fr typo h | le vin dhonneur vient de commencer et la piste est deja blindée, meilleure soiree de ma vie
en slang_emoji h | snow day + sledding + hot tub after ❄️🛷🔥 best day of my LIFE
+ fr slang_emoji h | jour de neige + luge + jacuzzi apres ❄️🛷🔥 meilleure journée de ma VIE
en typo h | got tix to see them live after 10 yrs of waitin, im shakin
+ fr typo h | jai des places pr les voir en live apres 10 ans dattente, jtremble
# texting: the feeling named, English first
en slang_emoji h | IM SO HYPED RN 🤩🤩 blast the music
+ fr slang_emoji h | JSUIS TROP CHAUD LA 🤩🤩 mets la musique a fond
en typo h | feelin on top of the world, cant stop dancin
+ fr typo h | jsuis sur le toit du monde, jpeux pas marreter de danser
en slang_emoji h | pure joy overload 🎉💥 party lights pls
+ fr slang_emoji h | surdose de joie 🎉💥 lumieres de fete stp
en typo h | im literaly buzzin, heart racin, best mood ever
+ fr typo h | jsuis completement survolté, le coeur a 200, meilleure humeur de ma vie
en slang_emoji h | over the moon af 🌙🚀
+ fr slang_emoji h | aux anges de ouf 🌙🚀
en typo h | cant stop screamin lol so so happy
+ fr typo h | jarrete pas de crier mdr trop trop heureuse
en slang_emoji h | euphoric rn no joke ✨🕺 make the room go wild
+ fr slang_emoji h | euphorique la sans rire ✨🕺 fais danser toute la piece
en typo h | so much energy i could run a marathon lol, turn it up
+ fr typo h | tellement denergie je pourrais courir un marathon mdr, monte le son
en slang_emoji h | ecstatic!!!!! 😭🥳 this is insane
+ fr slang_emoji h | en extase!!!!! 😭🥳 cest dingue
en typo h | high on life 2nite, evrythings amazin
+ fr typo h | jsuis shooté a la vie ce soir, tout est genial de ouf
"""

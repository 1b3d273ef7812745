"""detente: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr typo n | hamac + bouquin + bruit des feuilles, jbouge plus jusqua ce soir
+ en typo n | hammock + book + rustlin leaves, not movin til tonite
fr slang_emoji n | les pieds dans leau du lac, zero notif 🦶💧😌
+ en slang_emoji n | feet in the lake, zero notifs 🦶💧😌
fr typo n | les enfants sont chez mamie ce we, jai mis un vieux film et jme suis allongée
+ en typo n | kids r at grandmas this wknd, put an old film on n lay down
fr slang_emoji n | massage au spa offert par ma soeur 💆‍♀️ jsuis en guimauve
+ en slang_emoji n | spa massage gifted by my sis 💆‍♀️ im basically a marshmallow now
fr typo n | fin de semaine, jai coupé le tel et jfais un puzzle a la lumiere douce
+ en typo n | end of the week, phone off, doin a jigsaw in soft light
fr slang_emoji n | sieste au soleil avec le chat sur le ventre 🐈☀️ rien ne presse
+ en slang_emoji n | nap in the sun w the cat on my belly 🐈☀️ no rush
fr typo n | jrentre du hammam, jsuis tt molle, lumiere tamisée stp
+ en typo n | back from the steam room, all floppy now, dim lights pls
fr slang_emoji n | apero en terrasse, on parle de rien, personne est pressé 🍷🌇
+ en slang_emoji n | drinks on the terrace, talkin bout nothin, nobodys in a hurry 🍷🌇
fr typo n | fini de repeindre la chambre, la jsuis posé sur le balcon avec un the glacé
+ en typo n | done paintin the bedroom, now im kickin back on the balcony w an iced tea
fr slang_emoji n | dimanche pluvieux, la pluie tape au carreau et moi je tricote au chaud 🌧️🧶
+ en slang_emoji n | rainy sunday, rain tappin the window n me knittin all cosy 🌧️🧶
fr typo n | retour de rando, douche chaude et jme suis affalé sur le lit, trop bon
+ en typo n | back from the hike, hot shower n flopped on the bed, so good
fr slang_emoji n | peche au bord de la riviere depuis 6h, rien mordu et osef 🎣😌
+ en slang_emoji n | fishin by the river since 6, nothin's bitten n who cares 🎣😌
fr typo n | la tondeuse du voisin sest enfin arretée, jpeux lire tranquille sur la chaise longue
+ en typo n | neighbours mower finally stopped, can read in peace on the deckchair
fr slang_emoji n | bain de pieds + masque + podcast 🧖‍♂️ soirée off
+ en slang_emoji n | foot soak + face mask + podcast 🧖‍♂️ night off
fr typo n | en vacs au camping, la journee cest piscine sieste piscine, rien dautre
+ en typo n | campsite hols, days r just pool nap pool, nothin else
# texting: the feeling named, French first
fr typo n | jsuis tt detendu la, mets un truc doux
+ en typo n | im so relaxed rn, put sumthin soft on
fr slang_emoji n | zen de chez zen 🧘 lumiere basse svp
+ en slang_emoji n | zen af 🧘 low lights pls
fr typo n | chui relax, aucune pression ce soir, jsavoure
+ en typo n | im chillin, zero pressure tonite, savourin it
fr slang_emoji l | tout va lentement et cest parfait 🐢💤
+ en slang_emoji l | evrythings goin slow n its perfect 🐢💤
fr typo n | ptn sa fait du bien de rien faire, jsuis cool
+ en typo n | god it feels good doin nothin, im so chill
fr slang_emoji n | mode pause activé ⏸️😌 personne me derange
+ en slang_emoji n | pause mode on ⏸️😌 nobody disturb me
fr typo l | jsuis posé, calme, serein, tkt pas pour moi
+ en typo l | im settled, calm, at peace, dont worry bout me
fr slang_emoji n | detente absolue frr, jfonds dans le canap 🫠🛋️
+ en slang_emoji n | totally relaxed bro, meltin into the couch 🫠🛋️
fr typo n | enfin le calme ds ma tete, jrespire, lumiere tamisee please
+ en typo n | finally quiet in my head, just breathin, dim lights please
fr slang_emoji n | pepouze ce soir, fenetre ouverte et grillons dehors 🦗🌙
+ en slang_emoji n | easy evenin, window open n crickets outside 🦗🌙
fr typo n | jai le corps tt relaché apres le yoga, jsuis bien
+ en typo n | body all loose after yoga, feelin good
fr slang_emoji n | ce soir cest slow life 🐌🍵 jrepondrai demain
+ en slang_emoji n | slow life tonite 🐌🍵 ill reply 2moro
fr typo n | jme sens leger, apaisé, jveux juste rester comme ca
+ en typo n | feel light n soothed, just wanna stay like this
fr slang_emoji n | soiree cocooning 🧸 ambiance tamisée et musique lente stp
+ en slang_emoji n | cosy night in 🧸 dim vibe n slow music pls
fr typo n | tranquilou bilou, jdecompresse enfin apres cette semaine
+ en typo n | nice n easy, finally decompressin after this week
# texting: events, English first
en typo n | lyin on the beach towel, waves goin in n out, cant be bothered to move
+ fr typo n | allongée sur ma serviette, les vagues qui vont et viennent, ma flemme de bouger
en slang_emoji n | kids asleep, dishes done, feet up 🦶📺 finally
+ fr slang_emoji n | enfants couchés, vaisselle faite, pieds sur la table basse 🦶📺 enfin
en typo n | long soak in the tub after my shift, muscles all loose now
+ fr typo n | long bain apres ma garde, jai les muscles tt detendus
en slang_emoji n | rainy arvo, jigsaw n jazz on low 🧩🎷
+ fr slang_emoji n | aprem pluvieux, puzzle et jazz tt bas 🧩🎷
en typo n | sittin by the campfire, nobody talkin, just the crackle
+ fr typo n | autour du feu de camp, personne parle, juste le crepitement
en slang_emoji n | spa day w my mum 💆‍♀️🧖‍♀️ we're both meltin
+ fr slang_emoji n | journee spa avec ma mere 💆‍♀️🧖‍♀️ on fond toutes les 2
en typo n | no alarm 2moro so im just lazin in bed w a book
+ fr typo n | pas de reveil demain donc jtraine au lit avec un bouquin
en slang_emoji n | lazy river at the waterpark, just floatin round n round 🛟😌
+ fr slang_emoji n | riviere lente a laquaparc, jflotte en rond tranquille 🛟😌
en typo n | workin from the garden 2day, laptop shut for lunch, birds chirpin, bliss
+ fr typo n | teletravail ds le jardin ajd, ordi fermé pr le dej, les oiseaux chantent, le pied
en slang_emoji n | post-massage nap 💤 best decision of the week
+ fr slang_emoji n | sieste apres le massage 💤 meilleure decision de la semaine
# texting: the feeling named, English first
en typo n | so relaxd rn, dim the lights n put on sumthin mellow
+ fr typo n | trop detendue la, baisse la lumiere et mets un truc doux
en slang_emoji n | zen mode 🧘‍♂️ do not disturb
+ fr slang_emoji n | mode zen 🧘‍♂️ ne pas deranger
en typo n | feelin calm af, nothin on my mind
+ fr typo n | jsuis calme de ouf, rien dans la tete
en slang_emoji n | chill evenin, soft lights pls 🕯️😌
+ fr slang_emoji n | soiree chill, lumiere douce stp 🕯️😌
en typo l | just unwindin, takin it easy tonite
+ fr typo l | jdecompresse, tranquille ce soir
en slang_emoji n | body: relaxed. mind: quiet. 🌿💆
+ fr slang_emoji n | corps : detendu. tete : au calme. 🌿💆
en typo n | lowkey the most peaceful ive felt in weeks
+ fr typo n | jcrois que jme suis pas senti aussi apaisé depuis des semaines
en slang_emoji n | slow sunday energy 🐢☕ no rush at all
+ fr slang_emoji n | energie dimanche lent 🐢☕ zero urgence
en typo n | im decompressin finaly, the weeks over
+ fr typo n | jdecompresse enfin, la semaine est finie
en slang_emoji n | cosy n calm, lights low pls 🌙🛋️
+ fr slang_emoji n | au chaud et au calme, lumiere basse stp 🌙🛋️
"""

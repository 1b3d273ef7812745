"""curiosite: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr typo n | jai vu une araignee avec des rayures bleues ds le jardin, cest koi comme espece??
+ en typo n | saw a spider w blue stripes in the garden, wat species is that??
fr slang_emoji n | le ptit dernier demande pk le ciel est bleu et jai pas la reponse 😅 on cherche ensemble 🔎
+ en slang_emoji n | my youngest asked why the sky is blue n i dont know 😅 lookin it up together 🔎
fr typo n | le compteur clignote vert puis orange, jveux capter ce que veut dire chaque couleur
+ en typo n | the meter keeps blinkin green then orange, wanna figure out what each colour means
fr typo n | au musee ils expliquent comment on date les fossiles, jsuis resté 1h devant le panneau
+ en typo n | museum explains how they date fossils n i stood in front of the board for like an hour
fr slang_emoji n | jai commandé un kit pr faire du levain, jveux capter la science derriere 🍞🧪
+ en slang_emoji n | ordered a sourdough starter kit, wanna get the science behind it 🍞🧪
fr typo n | le voisin fait de lapiculture, jlui ai posé 1000 questions sur les reines
+ en typo n | neighbour keeps bees n i asked him like 1000 questions bout the queens
fr slang_emoji n | trouvé une carte du quartier en 1900 aux archives 🗺️👀 jveux savoir ce qui yavait a la place de mon immeuble
+ en slang_emoji n | found a 1900 map of my area at the archives 🗺️👀 need to know what stood where my building is
fr typo n | jai appris ke les pieuvres ont 3 coeurs, jpeux pas marreter la, jcontinue a lire
+ en typo n | just learnt octopuses have 3 hearts, cant stop there, readin more
fr slang_emoji n | eclipse partielle demain matin?? 🌘 jveux tt comprendre avant, qqn a des liens?
+ en slang_emoji n | partial eclipse 2moro mornin?? 🌘 wanna understand it all first, any links?
fr typo n | pk mon pain rassit mais mes biscuits ramolissent?? faut ke je sache
+ en typo n | y does my bread go hard but my biscuits go soft?? i need to kno
fr slang_emoji n | mon fils a ramené un caillou avec des paillettes dedans 🪨✨ on cherche si c du mica
+ en slang_emoji n | my son brought home a rock w sparkles in it 🪨✨ we're checkin if its mica
fr typo n | nouveau logiciel au taf, jpasse ma pause a fouiller tt les menus pr voir ce quil sait faire
+ en typo n | new software at work, spendin my break pokin thru all the menus to see what it can do
fr slang_emoji n | jsuis tombé sur un doc sur les sous-marins, comment ils font pr respirer la dedans pdt des mois?? 🤔🌊
+ en slang_emoji n | stumbled on a doc about submarines, how do they even breathe in there for months?? 🤔🌊
fr typo n | le garagiste ma montré le moteur ouvert, jlui ai demandé a koi sert chaque piece
+ en typo n | mechanic showed me the engine opened up n i asked him what every single part does
fr slang_emoji n | resto ethiopien en bas de chez moi 🍽️ jveux tt gouter et savoir comment ils font linjera
+ en slang_emoji n | ethiopian place opened downstairs 🍽️ wanna try evrything n find out how they make injera
# texting: the feeling named, French first
fr typo n | jsuis grave curieuse ajd, jveux tt apprendre, mets un truc qui donne envie de chercher
+ en typo n | im so curious 2day, wanna learn evrything, put on sumthin that makes me wanna dig
fr slang_emoji n | cerveau en mode explorateur 🧭🧠 jveux comprendre le monde entier ce soir
+ en slang_emoji n | brain in explorer mode 🧭🧠 wanna understand the whole world tonite
fr typo n | g une soif dapprendre de ouf en ce moment, jenchaine les docs
+ en typo n | got a crazy thirst for learnin rn, bingeing documentaries
fr slang_emoji n | qqn peut mexpliquer?? jsuis intriguée de fou 🧐
+ en slang_emoji n | can someone explain?? im sooo intrigued 🧐
fr typo n | sa mintrigue tro ce truc, jlacherai pas tant ke jai pas compris
+ en typo n | this thing is buggin me in a good way, not lettin go til i get it
fr slang_emoji n | curiosité piquée au vif 🐝🔍 faut que jcreuse
+ en slang_emoji n | curiosity well n truly piqued 🐝🔍 gotta dig into this
fr typo n | jai envie de decouvrir des trucs nouveaux, nimporte koi, surprenez moi
+ en typo n | wanna discover new stuff, anythin at all, surprise me
fr slang_emoji n | les questions senchainent dans ma tete ❓❓❓ jadore le moment ou on commence a capter
+ en slang_emoji n | questions piling up in my head ❓❓❓ love the moment when it starts to click
fr typo n | chui en mode ptit scientifique ce soir, lumiere qui donne envie dexplorer stp
+ en typo n | in lil scientist mode tonite, lights that make me wanna explore pls
fr slang_emoji n | ptn c passionant ce sujet, jveux en savoir + 📚👀
+ en slang_emoji n | omg this topic is fascinatin, i want more 📚👀
fr typo n | jsuis tro curieux de voir ce quils ont trouvé ds les nouvelles fouilles de pompei
+ en typo n | sooo curious to see what they dug up in the new pompeii excavations
fr slang_emoji n | jai 47 onglets ouverts sur les volcans 🌋🤓 envoyez la suite
+ en slang_emoji n | got 47 tabs open on volcanoes 🌋🤓 keep em comin
fr typo n | wsh jsuis intrigué, c koi ce symbole sur le vieux billet de mon grand pere
+ en typo n | ok im intrigued, wats this symbol on my grandads old banknote
fr slang_emoji n | envie de fouiner, de démonter, de comprendre 🔧🧩 ambiance labo svp
+ en slang_emoji n | in the mood to snoop, take stuff apart, figure it out 🔧🧩 lab vibes pls
fr typo n | jme pose trop de questions sur comment marche la memoire, jveux lire dessus
+ en typo n | got so many questions bout how memory works, wanna read up on it
# texting: events, English first
en typo n | saw a bird w a bright orange chest at the feeder, tryin to ID it rn
+ fr typo n | un oiseau avec le ventre orange vif a la mangeoire, jessaie de trouver ce que c
en slang_emoji n | my 6yo asked where the sun goes at night n now we're both reading about it 🌍🌞
+ fr slang_emoji n | ma fille de 6 ans ma demandé ou va le soleil la nuit, du coup on lit tt sur le sujet 🌍🌞
en typo n | found a weird old key in the attic, wanna know what it opens
+ fr typo n | trouvé une vieille clé bizarre au grenier, jveux savoir ce quelle ouvre
en slang_emoji n | new coworker speaks 5 languages, grilled her about how she learnt them 🗣️👀
+ fr slang_emoji n | la nouvelle collegue parle 5 langues, jlai cuisinée pr savoir comment elle a appris 🗣️👀
en typo n | doc showed me my xray n i asked like 20 questions bout the bones lol
+ fr typo n | le medecin ma montré ma radio et jai posé genre 20 questions sur les os mdr
en slang_emoji n | shop had a fruit i've never seen 🥭❓ bought it just to figure out what it is
+ fr slang_emoji n | yavait un fruit jamais vu au magasin 🥭❓ jlai acheté juste pr savoir ce que c
en typo n | y does my phone battery die faster in the cold? goin down the rabbit hole
+ fr typo n | pk la batterie de mon tel se vide plus vite qd il fait froid? jplonge dans le sujet
en slang_emoji n | neighbour's building a telescope from scratch 🔭 asked if i can watch him grind the mirror
+ fr slang_emoji n | le voisin fabrique un telescope lui meme 🔭 jlui ai demandé si je pouvais le regarder polir le miroir
en typo n | tryin to figure out how they get the stripes in toothpaste lol
+ fr typo n | jessaie de capter comment ils mettent les rayures dans le dentifrice mdr
en slang_emoji n | signed up for a free class on how bridges stay up 🌉🤓
+ fr slang_emoji n | inscrit a un cours gratuit sur comment tiennent les ponts 🌉🤓
# texting: the feeling named, English first
en typo n | so curious 2day, put on sumthin that makes me wanna explore
+ fr typo n | tellement curieuse ajd, mets un truc qui donne envie dexplorer
en slang_emoji n | my brain is hungry for new stuff rn 🧠🍽️
+ fr slang_emoji n | mon cerveau a faim de nouveaux trucs la 🧠🍽️
en typo n | lowkey fascinated by this, need to kno more
+ fr typo n | jsuis un peu fasciné par ce truc, faut que jen sache plus
en slang_emoji n | intrigued af 🧐 someone explain pls
+ fr slang_emoji n | intrigué de ouf 🧐 qqn mexplique svp
en typo n | idk y but im super curious bout how maps were made back then
+ fr typo n | jsp pk mais jsuis hyper curieux de savoir comment on faisait les cartes a lepoque
en slang_emoji n | questions questions questions ❓❓ love that almost-getting-it feeling
+ fr slang_emoji n | des questions des questions des questions ❓❓ jadore ce moment ou on y est presque
en typo n | ngl im hooked on learnin this, one more article n then bed
+ fr typo n | franchement jsuis accro a apprendre ce truc, encore un article et dodo
en slang_emoji n | explorer mode on 🧭 lights that make me wanna dig in pls
+ fr slang_emoji n | mode explorateur on 🧭 une lumiere qui donne envie de creuser stp
en typo n | feelin nosy in the best way, wanna figure stuff out
+ fr typo n | jsuis fouineuse dans le bon sens ajd, envie de comprendre des trucs
en slang_emoji n | every answer = 3 new questions 🤔🔍 n i love it
+ fr slang_emoji n | chaque reponse = 3 nouvelles questions 🤔🔍 et jadore
"""

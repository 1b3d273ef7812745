"""bonnehumeur: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr typo n | la boulangere sest souvenue de mon prenom ce matin, trop mimi
+ en typo n | the bakery lady remembered my name this mornin, so sweet
fr slang_emoji n | mon ptit neveu ma fait un coeur avec ses doigts en visio 🫶😄
+ en slang_emoji n | my lil nephew made a heart w his fingers on facetime 🫶😄
fr typo n | g trouvé une place juste devant chez moi du 1er coup, journee parfaite lol
+ en typo n | got a parkin spot right outside my place first try, perfect day lol
fr slang_emoji n | le livreur ma souhaité bonne journée en chantant mdr ☀️😂
+ en slang_emoji n | delivery guy sang me "have a nice day" lmao ☀️😂
fr typo n | ma fille a apris a siffler ce matin et elle siffle depuis 2h mdr
+ en typo n | my daughter learnt to whistle this mornin n shes been at it for 2hrs lol
fr slang_emoji n | les canards du parc mont suivie jusqua la sortie 🦆🦆🦆 jrigole toute seule
+ en slang_emoji n | the ducks at the park followed me all the way to the gate 🦆🦆🦆 laughin on my own
fr typo n | la caissiere et moi on a eu un fou rire pr un code promo, trop sympa
+ en typo n | me n the cashier got the giggles over a promo code, she was so nice
fr slang_emoji n | le voisin du 3e lave sa voiture en chantant du Claude François a fond 😂🕺 ca ma fait la journee
+ en slang_emoji n | 3rd floor neighbour washin his car n belting out cheesy 70s disco 😂🕺 made my day
fr typo n | ma collegue ma laissé un post-it "t la meilleure" sur mon ecran, jsouris comme une idiote
+ en typo n | coworker left a post-it sayin "ur the best" on my screen, grinnin like an idiot
fr typo n | mamie a apris a envoyer des emojis, elle men a envoyé 14 dun coup mdrr
+ en typo n | grandma learnt emojis n sent me 14 in a row lmaoo
fr slang_emoji n | premier barbeuc de la saison avec les voisins 🌭☀️ ambiance trop cool
+ en slang_emoji n | first bbq of the season w the neighbours 🌭☀️ such a nice vibe
fr typo n | le chien sest endormi la tete dans sa gamelle ptdr trop chou
+ en typo n | the dog fell asleep w his head in his bowl lol so cute
fr slang_emoji n | le chauffeur de bus a fait coucou a tous les gamins de lecole 🚌👋 trop mignon
+ en slang_emoji n | bus driver waved at all the school kids 🚌👋 too cute
fr typo l | 3 fraises sur mon balcon cette annee, 3 seulement mais c mes fraises a moi lol
+ en typo l | 3 strawberries on my balcony this yr, only 3 but theyre MY strawberries lol
fr slang_emoji n | le prof de sport a fait la choré de la kermesse avec nous 😂💃 le meilleur
+ en slang_emoji n | the PE teacher did the school fair dance with us 😂💃 legend
# texting: the feeling named, French first
fr typo n | chui de tro bonne humeur ajd jsais pas pk, mets un truc qui va avec
+ en typo n | im in such a good mood 2day idk why, put on sumthin that fits
fr slang_emoji n | le smile jusquaux oreilles depuis ce matin 😁😁
+ en slang_emoji n | grinnin ear to ear since this mornin 😁😁
fr typo l | jme sens bien ajd, tt simplement, rien de special
+ en typo l | feelin good 2day, simple as that, nothin special
fr slang_emoji n | humeur du jour : guimauve au soleil 🍡☀️
+ en slang_emoji n | todays mood: marshmallow in the sun 🍡☀️
fr typo n | jai la peche ce matin, jchantone en fesant la vaiselle
+ en typo n | got a spring in my step this mornin, hummin while doin the dishes
fr slang_emoji n | good vibes only ajd 🌈 allume un truc tout jaune stp
+ en slang_emoji n | good vibes only 2day 🌈 make it all yellow pls
fr typo n | tkt jvais bien, mm tres bien, jsuis dhumeur guillerette
+ en typo n | dw im good, rly good actually, feelin all chirpy
fr slang_emoji n | jsuis joyeuse pour rien et c trop bien 😊✨
+ en slang_emoji n | happy for no reason n its the best 😊✨
fr typo n | ptn sa fait du bien une journée ou tt roule, jai le sourire
+ en typo n | god it feels good when a day just rolls along, cant stop smilin
fr slang_emoji n | bonne humeur contagieuse au bureau ajd, tout le monde rigole 😆 mets de la pop ensoleillée
+ en slang_emoji n | good mood is catchin at the office 2day, everyones laughin 😆 put on some sunny pop
fr typo n | c une journee a chanter sous la douche, jsuis en forme et de bone humeur
+ en typo n | its a singin in the shower kinda day, feelin great n in a good mood
fr slang_emoji l | ptit bonheur du midi : salade + rayon de soleil 🙂🥗
+ en slang_emoji l | lil lunchtime happiness: salad + a ray of sunshine 🙂🥗
fr typo n | wsh jsuis dun bon poil ajd, rien peut me gacher ma journee
+ en typo n | yo im in a gr8 mood 2day, nothin can ruin my day
fr slang_emoji n | coeur léger, pas qui sautillent 🐥💛
+ en slang_emoji n | light heart, bouncy steps 🐥💛
fr typo n | g trop la banane ce matin, lumiere bien joyeuse stp
+ en typo n | cant stop grinnin this mornin, nice cheerful lights pls
# texting: events, English first
en typo n | barista drew a lil smiley in my latte foam, made my mornin
+ fr typo n | le barista ma dessiné un ptit smiley dans la mousse du latte, sa ma fait la matinee
en slang_emoji n | neighbours kid waved at me from the window w his teddy 🧸👋 cutest thing
+ fr slang_emoji n | le fils des voisins ma fait coucou de la fenetre avec son doudou 🧸👋 trop chou
en typo n | found my fav hoodie i thought i lost, its a good day ngl
+ fr typo n | jai retrouvé mon sweat préféré que je croyais perdu, bonne journee franchement
en slang_emoji n | bus driver waited for me when i was runnin 🏃‍♀️🚌 faith in humanity restored lol
+ fr slang_emoji n | le chauffeur ma attendue kan je courais 🏃‍♀️🚌 jcrois de nouveau en lhumanité mdr
en typo n | my toddler said thank u without bein asked, cant stop smilin
+ fr typo n | mon ptit de 2 ans a dit merci tt seul sans qu on lui demande, jarrete pas de sourire
en slang_emoji n | sunday pancakes w the whole fam still in pjs 🥞😄
+ fr slang_emoji n | crepes du dimanche avec toute la famille en pyjama 🥞😄
en typo n | someone put a lil free library on our street, swapped a book, love it
+ fr typo n | qqn a installé une boite a livres dans notre rue, jai echangé un bouquin, jadore
en slang_emoji n | my cat brought me a sock instead of a mouse this time 🧦🐱 what a gift lol
+ fr slang_emoji n | mon chat ma ramené une chaussette au lieu dune souris cette fois 🧦🐱 quel cadeau mdr
en typo n | old lady at the market gave me an extra apple for bein polite lol
+ fr typo n | la mamie du marché ma filé une pomme en plus parce que jetais poli mdr
en slang_emoji n | first warm evenin of the year, ice cream w my mates 🍦☀️
+ fr slang_emoji n | premiere soiree chaude de lannee, glace avec les potes 🍦☀️
# texting: the feeling named, English first
en typo n | in a rly sunny mood 2day, put sumthin cheerful on pls
+ fr typo n | jsuis dhumeur super ensoleillée ajd, mets un truc joyeux stp
en slang_emoji n | happy lil bean today 🌱😊
+ fr slang_emoji n | ptit haricot tout content ajd 🌱😊
en typo n | ngl im feelin hella cheerful, evrythings just nice
+ fr typo n | franchement jsuis grave de bonne humeur, tt est juste cool
en slang_emoji n | big smiley energy today 😁☀️ lights warm n yellow pls
+ fr slang_emoji n | energie gros sourire ajd 😁☀️ lumiere chaude et jaune stp
en typo l | just a quietly happy kinda day, nothin wrong at all
+ fr typo l | juste une journee tt doucement joyeuse, rien qui va pas
en slang_emoji n | skippin down the street like a kid 🎶😄 good mood alert
+ fr slang_emoji n | jsautille dans la rue comme une gamine 🎶😄 alerte bonne humeur
en typo n | cant wipe this smile off my face lol, happy for no reason
+ fr typo n | jarrive pas a menlever ce sourire mdr, contente pour rien
en slang_emoji n | today = 10/10 vibes 🌻 keep it sunny
+ fr slang_emoji n | ajd = vibes 10/10 🌻 on garde le soleil
en typo n | feelin chirpy af this mornin, even the trafic cant get to me
+ fr typo n | jsuis guillerette de ouf ce matin, mm les bouchons matteignent pas
en slang_emoji n | mood: sunshine on toast 🍞☀️😊
+ fr slang_emoji n | humeur : tartine de soleil 🍞☀️😊
"""

"""victoire: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting: events, French first
fr typo n | jai tenu 5 min en planche, y a 2 mois jtenais mm pas 20 sec
+ en typo n | held a plank for 5 mins, 2 months ago i couldnt even do 20 secs
fr slang_emoji h | CODE DE LA ROUTE VALIDÉ 38/40 🚗✅ dans vos dents
+ en slang_emoji h | PASSED MY THEORY TEST 38/40 🚗✅ in ur face
fr typo n | jai reparé la machine a laver tt seul avec un tuto, pas besoin du reparateur
+ en typo n | fixed the washin machine myself w a tutorial, didnt need the repair guy
fr slang_emoji h | mon fils fait du velo sans roulettes grace a moi 🚲💪 coach de lannee
+ en slang_emoji h | my son's ridin w/o stabilisers thanks to me 🚲💪 coach of the year
fr typo n | on a fini le puzzle de 5000 pieces apres 3 mois, ENFIN, on la fait
+ en typo n | finished the 5000 piece puzzle after 3 months, FINALLY, we did it
fr slang_emoji h | cheffe de projet a 28 ans 😤👔 jlai bien mérité
+ en slang_emoji h | project lead at 28 😤👔 earned every bit of it
fr typo h | jai negocié mon salaire et jai eu 15% de plus, jsuis une machine
+ en typo h | negotiated my salary n got 15% more, im a machine
fr slang_emoji h | sommet du mont blanc atteint ✅🏔️ on la fait les gars
+ en slang_emoji h | summit of mont blanc reached ✅🏔️ we did it guys
fr typo n | 1 an pile sans clope ajd, 365 jours, jai tenu
+ en typo n | 1 yr smoke free 2day, 365 days, i held on
fr slang_emoji h | notre equipe de volley du taf a gagné le tournoi inter-entreprises 🏐🥇
+ en slang_emoji h | our work volleyball team won the inter-company tournament 🏐🥇
fr typo h | these soutenue, jsuis docteur maintenant mdr, 4 ans de boulot pr ca
+ en typo h | thesis defended, im officially a doctor lol, 4 yrs of work for this
fr slang_emoji n | jai battu le boss final apres 60 essais 🎮😤 GG moi
+ en slang_emoji n | beat the final boss after 60 tries 🎮😤 gg me
fr typo n | dossier de la prefecture accepté du 1er coup, jai vaincu ladministration
+ en typo n | residence permit file accepted first time, i beat the bureaucracy
fr slang_emoji n | tarte tatin parfaite au 5e essai 🍎🏆 masterchef c moi
+ en slang_emoji n | perfect tarte tatin on the 5th try 🍎🏆 call me masterchef
fr typo n | mon potager a donné 10 kg de tomates, moi qui tuais tt les plantes, jai gagné
+ en typo n | my veg patch gave 10 kilos of tomatoes, me who used to kill evry plant, i won
# texting: the feeling named, French first
fr typo h | jsuis tro fiere de moi ajd, mets un truc de champion
+ en typo h | so proud of myself 2day, put on sumthin for a champion
fr slang_emoji h | cest une VICTOIRE 🏆🙌 lumiere dorée svp
+ en slang_emoji h | thats a WIN 🏆🙌 gold lights pls
fr typo n | jai reussi, jai tt donné et sa a payé
+ en typo n | i did it, gave it evrything n it paid off
fr slang_emoji h | fier comme un paon 🦚👑
+ en slang_emoji h | proud as a peacock 🦚👑
fr typo n | tt ces efforts pr ca, et sa valait le coup, jsuis fier
+ en typo n | all that effort for this n it was worth it, im proud
fr slang_emoji h | on est les champions 🎶🏆 tellement fiers de nous
+ en slang_emoji h | we are the champions 🎶🏆 so proud of us
fr typo h | wsh jlai fait!!! personne y croyait sauf moi
+ en typo h | yo i did it!!! nobody believed but me
fr slang_emoji n | mission accomplie ✅😎
+ en slang_emoji n | mission accomplished ✅😎
fr typo h | jsuis invincible ajd, jai tt gagné
+ en typo h | im unbeatable 2day, won evrything
fr slang_emoji h | trop fiere de ma ptite soeur qui a eu son concours 🥹🎓
+ en slang_emoji h | sooo proud of my lil sis for passin her entrance exam 🥹🎓
fr typo n | sentiment de victoire de ouf, jai relevé le defi
+ en typo n | massive feelin of victory, i rose to the challenge
fr slang_emoji h | la reussite a un gout incroyable 🏅🔥 ambiance victoire stp
+ en slang_emoji h | success tastes unreal 🏅🔥 victory vibes pls
fr typo n | jsuis fier, pr une fois jai pas laché
+ en typo n | im proud, for once i didnt give up
fr slang_emoji n | objectif atteint 🎯 jme la pete un peu lol
+ en slang_emoji n | goal reached 🎯 showin off a lil lol
fr typo h | jai gagné, jai gagné, jai gagné, mets du doré partout
+ en typo h | i won, i won, i won, gold evrywhere pls
# texting: events, English first
en typo h | finally did a pull up after 6 months of tryin lets gooo
+ fr typo h | enfin reussi une traction apres 6 mois dessais cest partiii
en slang_emoji h | paid off my last student loan today 💸✅ debt free baby
+ fr slang_emoji h | remboursé mon dernier pret etudiant ajd 💸✅ zero dette bébé
en typo n | fixed the leaky tap myself, no plumber needed, whos handy now
+ fr typo n | jai reparé le robinet qui fuyait tt seul, sans plombier, qui cest le bricoleur maintenant
en slang_emoji h | my team won the pub quiz for the first time EVER 🧠🏆
+ fr slang_emoji h | mon equipe a gagné le quiz du bar pr la 1ere fois de LHISTOIRE 🧠🏆
en typo n | got my citizenship approved after 3 yrs of paperwork, i did it
+ fr typo n | naturalisation acceptée apres 3 ans de paperasse, jai reussi
en slang_emoji n | beat my own 5k record by a whole minute 🏃‍♀️⏱️
+ fr slang_emoji n | jai battu mon record au 5 km dune minute entiere 🏃‍♀️⏱️
en typo h | won the county chess tournament, seeded 14th lol
+ fr typo h | jai gagné le tournoi déchecs du departement, jetais classé 14e mdr
en slang_emoji h | published my first app n it hit 1000 downloads 📱🚀
+ fr slang_emoji h | publié ma 1ere appli et elle a passé les 1000 telechargements 📱🚀
en typo n | my daughter scored her first goal n i coached her all season, so proud
+ fr typo n | ma fille a marqué son 1er but et je lai entrainée tte la saison, trop fier
en slang_emoji n | climbed the whole wall at the gym w/o fallin off 🧗‍♂️💪
+ fr slang_emoji n | grimpé tt le mur a la salle sans tomber 🧗‍♂️💪
# texting: the feeling named, English first
en typo h | im so proud of myself rn, put on sumthin triumphant
+ fr typo h | jsuis trop fier de moi la, mets un truc triomphal
en slang_emoji h | VICTORY 🏆🏆 gold lights pls
+ fr slang_emoji h | VICTOIRE 🏆🏆 lumiere dorée stp
en typo n | i did it, all the hard work paid off
+ fr typo n | jlai fait, tt le travail a payé
en slang_emoji h | champion energy today 👑💪
+ fr slang_emoji h | energie de champion ajd 👑💪
en typo n | feelin unstopable after that win
+ fr typo n | jme sens inarretable apres cette victoire
en slang_emoji n | goal crushed ✅🎯 proud moment
+ fr slang_emoji n | objectif explosé ✅🎯 moment de fierté
en typo h | cant believe i pulled it off, i actualy won
+ fr typo h | jarrive pas a croire que jai reussi, jai vraiment gagné
en slang_emoji h | proud af ngl 😤🏅
+ fr slang_emoji h | fier de ouf jvais pas mentir 😤🏅
en typo n | nobody thought i could n i proved em wrong
+ fr typo n | personne pensait que jpouvais et jleur ai prouvé le contraire
en slang_emoji n | level up irl 🎮⬆️ feelin like a winner
+ fr slang_emoji n | level up ds la vraie vie 🎮⬆️ jme sens comme un gagnant
"""

"""victoire: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# tout déchirer
fr explicit h | J'ai tout déchiré aujourd'hui !
+ en explicit h | I absolutely smashed it today!
fr situation h | Mon premier solo au conservatoire : j'ai tout déchiré, le jury s'est levé pour applaudir.
+ en situation h | My first solo at the conservatoire: I totally nailed it and the jury gave me a standing ovation.

# cartonner
fr explicit n | J'ai cartonné !
+ en explicit n | I killed it!
fr situation h | Mon food-truck a cartonné pour son premier marché, rupture de stock à quatorze heures et une file de cinquante personnes.
+ en situation h | My food truck was a smash hit at its first market, sold out by 2pm with a queue of fifty people.

# haut la main
fr explicit n | Réussi haut la main !
+ en explicit n | Passed with flying colours!
fr situation h | Permis poids lourd obtenu haut la main à cinquante-deux ans, l'inspecteur m'a serré la main.
+ en situation h | Got my HGV licence with flying colours at fifty-two, the examiner shook my hand.

# les doigts dans le nez
fr explicit n | Gagné les doigts dans le nez.
+ en explicit n | Won it hands down.
fr situation h | Le tournoi d'échecs du club, je l'ai remporté les doigts dans le nez, cinq parties, cinq victoires.
+ en situation h | The club chess tournament? Won it with my eyes closed, five games, five wins.

# fier comme un paon / comme Artaban
fr explicit h | Fier comme un paon ce soir !
+ en explicit h | Proud as a peacock tonight!
fr situation h | Le petit a fait sa première descente noire sans tomber, il est fier comme Artaban au pied des pistes.
+ en situation h | The little one did his first black run without falling, he's strutting like a champion at the bottom of the slope.

# bomber le torse
fr explicit n | Je bombe le torse, et j'ai raison !
+ en explicit n | Chest out, and rightly so!
fr situation h | Le toit que j'ai refait tout seul a tenu sous la tempête, je bombe le torse devant les voisins.
+ en situation h | The roof I redid all by myself held up through the storm, I'm puffing my chest out in front of the neighbours.

# mission accomplie
fr explicit n | Mission accomplie !
+ en explicit n | Mission accomplished!
fr situation h | Déménagement de quatre-vingts cartons au cinquième sans ascenseur en une journée : mission accomplie, on lève les bras.
+ en situation h | Eighty boxes up five floors with no lift in a single day: mission accomplished, arms in the air.

# c'est plié
fr explicit h | C'est plié, on a gagné !
+ en explicit h | It's a done deal, we won!
fr situation h | À la quatre-vingt-dixième, on mène quatre à zéro : c'est plié, les supporters chantent déjà le titre.
+ en situation h | Ninetieth minute, we're four-nil up: it's in the bag and the fans are already singing about the title.

# écraser / atomiser l'adversaire
fr explicit h | On les a écrasés !
+ en explicit h | We crushed them!
fr situation h | Notre équipe de basket de quartier a atomisé les favoris soixante-dix à trente, on soulève la coupe.
+ en situation h | Our neighbourhood basketball team annihilated the favourites seventy to thirty and we're lifting the cup.

# mettre une raclée / une pâtée
fr slang_emoji h | on leur a mis une pâtée 😎🏆
+ en slang_emoji h | we wiped the floor with them 😎🏆
fr situation h | Au tournoi de pétanque du village, on a mis une raclée aux champions en titre, treize à deux !
+ en situation h | At the village pétanque tournament we thrashed the reigning champions, thirteen to two!

# défoncer l'exam
fr slang_emoji h | j'ai défoncé le partiel de maths 💪💪
+ en slang_emoji h | totally aced the maths exam 💪💪
fr typo h | jai defonce mon oral de concours, 18/20, le jury ma felicité ptn
+ en typo h | smashed my entrance exam orals, 18/20, the panel congratulated me omg

# tuer le game
fr slang_emoji h | j'ai tué le game ce soir 👑
+ en slang_emoji h | owned it tonight 👑
fr situation h | Premier tournoi de Mario Kart au boulot et j'ai tué le game, huit courses, huit premières places.
+ en situation h | First Mario Kart tournament at work and I owned it, eight races, eight first places.

# exploser son record
fr slang_emoji h | record explosé 🥇⏱️
+ en slang_emoji h | smashed my PB 🥇⏱️
fr situation h | Semi-marathon de Lille bouclé en une heure trente-huit, j'ai explosé mon record de six minutes. Mets une ambiance de podium !
+ en situation h | Lille half marathon done in 1:38, I beat my best time by six minutes. Give me podium vibes!

# carton plein
fr explicit n | Carton plein !
+ en explicit n | Clean sweep!
fr situation h | Carton plein au concours agricole : nos trois vaches ont eu le premier prix et la ferme a sa médaille d'or.
+ en situation h | Clean sweep at the agricultural show: all three of our cows took first prize and the farm got its gold medal.

# assurer grave
fr typo n | jai assuré grave a lentretien, ils me prennent !!
+ en typo n | totally nailed the interview, they're hiring me!!
fr situation n | Premier service seul en cuisine, soixante couverts, et j'ai assuré grave : zéro assiette renvoyée.
+ en situation n | First service running the kitchen alone, sixty covers, and I absolutely nailed it: not a single plate sent back.

# renverser le match / gagner à l'arraché
fr explicit h | Gagné à l'arraché !
+ en explicit h | Snatched it at the death!
fr situation h | Menés de deux buts à la mi-temps, on a renversé le match dans les dix dernières minutes, les vestiaires tremblent encore.
+ en situation h | Two goals down at half-time, we turned it around in the last ten minutes and the dressing room is still shaking.

# sur le toit du monde
fr explicit h | Je suis sur le toit du monde !
+ en explicit h | I'm on top of the world!
fr situation h | Sommet du Mont-Blanc atteint à sept heures, le drapeau du club planté dans la neige, on est les rois du monde.
+ en situation h | Reached the top of Mont Blanc at seven, club flag planted in the snow, we're on top of the world.

# mettre tout le monde d'accord
fr explicit n | J'ai mis tout le monde d'accord.
+ en explicit n | Nobody can argue with that.
fr situation h | Mon gâteau a mis tout le monde d'accord au concours de pâtisserie du village : premier prix à l'unanimité.
+ en situation h | My cake settled it at the village baking contest: first prize, unanimous verdict.

# nailed it
en explicit n | Nailed it!
+ fr explicit n | Réussi du premier coup !
en situation h | Nailed it: the kitchen cabinets are hung, level to the millimetre, and I did it without my dad's help.
+ fr situation h | J'ai assuré : les placards de la cuisine sont posés, d'aplomb au millimètre, et sans l'aide de mon père.

# crushed it
en explicit h | Absolutely crushed it today!
+ fr explicit h | J'ai tout écrasé aujourd'hui !
en situation h | Crushed it at the pitch meeting, the investors signed before we even left the room.
+ fr situation h | J'ai cartonné à la présentation, les investisseurs ont signé avant même qu'on quitte la salle.

# killed it
en explicit h | You killed it up there!
+ fr explicit h | Tu as tout déchiré sur scène !
en situation h | She killed it at her first stand-up gig, the whole bar was on its feet and the owner booked her for next month.
+ fr situation h | Elle a cassé la baraque pour son premier stand-up, tout le bar était debout et le patron l'a reprogrammée le mois prochain.

# smashed it
en slang_emoji h | smashed my driving test first go 🚗🏆
+ fr slang_emoji h | permis eu du premier coup, j'ai géré 🚗🏆
en situation h | Smashed my sales target by forty percent this quarter, top of the leaderboard in the whole region.
+ fr situation h | J'ai pulvérisé mon objectif de ventes de quarante pour cent ce trimestre, premier au classement de toute la région.

# aced it
en explicit n | Aced it!
+ fr explicit n | Sans faute !
en typo n | aced my chem final!! 98%, top of the class, cant believe i pulled it off
+ fr typo n | jai cartonné a lexam de chimie!! 19,5 premiere de la classe, jy crois pas

# knocked it out of the park
en explicit h | Knocked it out of the park!
+ fr explicit h | Un vrai coup de maître !
en situation h | My first wedding as a caterer and we knocked it out of the park, two hundred guests asking for our card.
+ fr situation h | Mon premier mariage comme traiteur et on a fait un carton, deux cents invités qui demandent notre carte.

# with flying colours
en explicit n | Passed with flying colours.
+ fr explicit n | Reçue avec les félicitations du jury.
en situation h | Passed my nursing finals with flying colours after three years of night shifts and revision. Lights to match, please!
+ fr situation h | Diplôme d'infirmière obtenu haut la main après trois ans de gardes et de révisions. Une lumière à la hauteur, s'il te plaît !

# pulled it off
en explicit h | We actually pulled it off!
+ fr explicit h | On a réussi notre coup !
en situation h | Pulled it off: fixed the boiler myself after the plumber said it was done for, and the heating's back on.
+ fr situation h | J'ai réussi mon coup : j'ai réparé la chaudière moi-même alors que le plombier la disait fichue, et le chauffage remarche.

# wiped the floor with them
en explicit h | We wiped the floor with them!
+ fr explicit h | On les a balayés !
en situation h | Pub quiz final and we wiped the floor with the teachers' team, winning by twenty-two points.
+ fr situation h | Finale du quiz au bar et on a laminé l'équipe des profs, vingt-deux points d'avance.

# destroyed them / murdered them
en slang_emoji h | we DESTROYED them 6-0 💀🏆
+ fr slang_emoji h | on les a DÉMOLIS 6-0 💀🏆
en situation h | Our under-twelves murdered the league leaders five-nil and the coach is crying with pride on the touchline.
+ fr situation h | Nos moins de douze ans ont massacré le leader cinq à zéro et le coach pleure de fierté au bord du terrain.

# proud as punch
en explicit h | Proud as punch!
+ fr explicit h | Fier comme un coq !
en situation h | Grandad is proud as punch: at eighty-one he finished his first 10K, medal round his neck.
+ fr situation h | Papi est fier comme un coq : à quatre-vingt-un ans, il a bouclé son premier dix kilomètres, médaille au cou.

# GG ez
en slang_emoji h | GG ez 😎 ranked up to diamond
+ fr slang_emoji h | GG trop facile 😎 passé diamant
en slang_emoji h | gg no re, carried the whole lobby and took the win 🏆🎮
+ fr slang_emoji h | gg, j'ai porté tout le lobby et on a pris la victoire 🏆🎮

# clutch
en slang_emoji h | that 1v4 clutch tho 🔥 we won the tournament
+ fr slang_emoji h | le clutch en 1 contre 4 de ouf 🔥 on a gagné le tournoi
en situation h | Total clutch: sank the free throw with one second left and we won the county final by a point.
+ fr situation h | Décisif au bon moment : j'ai mis le lancer franc à une seconde de la fin et on gagne la finale départementale d'un point.

# carried the team
en slang_emoji n | carried the team today ngl 💪
+ fr slang_emoji n | c'est moi qui ai porté l'équipe aujourd'hui, faut le dire 💪
en situation h | Carried the team at the regional relay, made up twenty metres on the last leg and we took gold.
+ fr situation h | J'ai porté l'équipe au relais régional, vingt mètres repris dans le dernier tour et on décroche l'or.

# beat the odds
en explicit h | Beat the odds!
+ fr explicit h | Contre toute attente, on a gagné !
en situation h | Beat the odds: the doctors said I'd never run again, and today I crossed the marathon finish line.
+ fr situation h | Contre toute attente : les médecins disaient que je ne courrais plus, et aujourd'hui j'ai franchi la ligne du marathon.

# victory lap
en explicit h | Taking my victory lap!
+ fr explicit h | Tour d'honneur !
en situation h | Last mortgage payment made this morning, the house is ours, I'm doing a victory lap of the garden.
+ fr situation h | Dernière mensualité du prêt payée ce matin, la maison est à nous, je fais un tour d'honneur dans le jardin.

# who's the boss now
en typo h | whos the boss now?? got the promotion over 40 applicants
+ fr typo h | cest qui le patron maintenant?? promu devant 40 candidats
en situation h | Who's the boss now? Beat my big brother at arm wrestling for the first time in twenty years.
+ fr situation h | C'est qui le patron maintenant ? J'ai battu mon grand frère au bras de fer, une première en vingt ans.

# wishes with a colour or brightness
fr wish h c=gold;red b=bright | On a tout raflé ce soir ! De l'or et du rouge, bien lumineux, comme sur un podium.
+ en wish h c=gold;red b=bright | We swept the board tonight! Gold and red, nice and bright, like a podium.
en wish h c=gold;amber | Crushed it at the finals, give me gold and amber, champion style.
+ fr wish h c=gold;amber | J'ai tout écrasé en finale, mets-moi de l'or et de l'ambre, façon champion.
fr wish n c=gold b=bright | Diplôme décroché haut la main : lumière dorée à fond, s'il te plaît.
+ en wish n c=gold b=bright | Degree in the bag with top marks: full golden light, please.
"""

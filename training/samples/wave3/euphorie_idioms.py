"""euphorie: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# être aux anges
fr explicit h | Je suis aux anges ce soir !
+ en explicit h | I'm over the moon tonight!
fr situation h | Billets pour la finale dans la poche, je suis aux anges, je danse dans le salon !
+ en situation h | Tickets for the final in my pocket, I'm over the moon and dancing round the living room!

# au septième ciel
fr explicit h | Au septième ciel depuis ce matin !
+ en explicit h | On cloud nine since this morning!
fr situation h | Elle a dit oui devant tout le resto, on est au septième ciel et les serveurs sabrent le champagne.
+ en situation h | She said yes in front of the whole restaurant, we're on cloud nine and the waiters are popping champagne.

# fou de joie
fr explicit h | Fou de joie, je tiens plus debout !
+ en explicit h | Mad with joy, I can barely stand!
fr situation h | Mon groupe préféré passe à Nantes samedi et j'ai eu des places au premier rang, je suis fou de joie !
+ en situation h | My favourite band is playing Nantes on Saturday and I got front-row seats, I'm out of my mind with joy!

# sauter au plafond
fr explicit h | J'ai sauté au plafond, littéralement.
+ en explicit h | I literally leapt out of my chair!
fr situation h | Quand on a su que le bébé de ma sœur était né, on a tous sauté au plafond en hurlant dans la cuisine.
+ en situation h | When we heard my sister's baby had arrived, we all leapt up and screamed the kitchen down.

# soirée de malade / ambiance de malade
fr slang_emoji h | soirée de malaaade 🔥🔥 personne veut rentrer
+ en slang_emoji h | sickest party ever 🔥🔥 nobody wants to go home
fr situation h | Ambiance de malade au mariage de Karim, tout le monde est debout sur les chaises à trois heures du matin.
+ en situation h | Insane vibe at Karim's wedding, everyone's standing on the chairs at three in the morning.

# c'est le feu / mettre le feu
fr explicit h | C'est le feu ici ce soir !
+ en explicit h | This place is on fire tonight!
fr situation h | Le DJ a balancé notre chanson et on a mis le feu à la piste, même mamie s'est lâchée. Mets-nous une ambiance qui envoie !
+ en situation h | The DJ dropped our song and we set the dance floor alight, even grandma let loose. Give us lights that go wild!

# s'éclater
fr explicit n | On s'éclate trop, c'est génial !
+ en explicit n | We're having an absolute blast!
fr situation h | Première soirée sans les enfants depuis deux ans : on s'éclate au karaoké et on hurle du Céline Dion.
+ en situation h | First night out without the kids in two years: we're having a blast at karaoke, belting out Céline Dion.

# surexcitée
fr explicit h | Complètement surexcitée, là !
+ en explicit h | I'm absolutely hyper right now!
fr typo h | chui surexcitee on part a Rio dans 3h jarrive pas a tenir en place
+ en typo h | im so hyped we fly to Rio in 3 hrs cant sit still

# chaud bouillant
fr slang_emoji h | chaud bouillant pour ce soir 🔥🕺
+ en slang_emoji h | so pumped for tonight 🔥🕺
fr situation h | Toute la bande est chaude bouillante, on enchaîne trois bars avant la boîte pour l'anniv de Léa.
+ en situation h | The whole gang is fired up, we're hitting three bars before the club for Léa's birthday.

# de ouf
fr slang_emoji h | trop content de ouf 🤩🤩🤩
+ en slang_emoji h | soooo excited omg 🤩🤩🤩
fr typo h | le concert etait de ouf jai plus de voix on a sauté pendant 2h
+ en typo h | the gig was insane lost my voice we jumped for 2 hrs straight

# je hurle
fr slang_emoji h | JE HURLE on a gagné le voyage à Bali 😱🎉
+ en slang_emoji h | I'M SCREAMING we won the trip to Bali 😱🎉
fr situation h | Je hurle dans ma voiture depuis dix minutes, on vient d'annoncer une date de Stromae à Bordeaux et j'ai mes places !
+ en situation h | I've been screaming in my car for ten minutes, Stromae just announced a Bordeaux date and I've got tickets!

# mourir de bonheur
fr explicit h | Je vais mourir de bonheur !
+ en explicit h | I could die of happiness!
fr situation h | Ma meilleure amie débarque par surprise pour mon anniversaire avec toute la bande, je vais mourir de bonheur, ce soir on fait la fête !
+ en situation h | My best friend turned up as a surprise for my birthday with the whole crew, I could die of happiness, tonight we party!

# ça déchire
fr explicit h | Ça déchire, cette soirée !
+ en explicit h | This party rocks!
fr situation h | La fanfare joue sous nos fenêtres pour la fête du quartier et ça déchire, on descend danser en pyjama.
+ en situation h | The brass band is playing under our windows for the street party and it's awesome, we're going down to dance in our pyjamas.

# péter un câble (de joie)
fr explicit h | Je pète un câble de joie !
+ en explicit h | I'm losing it, I'm so happy!
fr situation h | Quand le tirage a sorti nos six numéros, mon père a pété un câble de joie et a fait le tour du jardin en courant.
+ en situation h | When the draw came up with all six of our numbers, my dad went crazy with joy and ran laps round the garden.

# faire la nouba / la bringue
fr explicit n | Ce soir, on fait la nouba !
+ en explicit n | Tonight we party!
fr situation h | Fin des partiels, toute la promo fait la bringue sur la plage jusqu'au lever du soleil. Mets une ambiance qui va avec !
+ en situation h | Exams are over and the whole year is partying on the beach till sunrise. Match the lights to that!

# hystérique
fr explicit h | Les filles sont hystériques, c'est le délire !
+ en explicit h | The girls are going crazy, it's pure madness!
fr situation h | Les gamins sont hystériques devant le sapin : le chiot qu'ils réclamaient depuis un an sort du carton.
+ en situation h | The kids are going wild by the tree: the puppy they've begged for all year just popped out of the box.

# s'ambiancer
fr slang_emoji h | on s'ambiance grave chez Yanis 🎶🥳
+ en slang_emoji h | we're going off at Yanis's place 🎶🥳
fr situation h | Le Wi-Fi du camping est mort mais on s'ambiance à fond autour de l'enceinte, tout le camping a rappliqué.
+ en situation h | The campsite Wi-Fi is dead but we're partying hard round the speaker and the whole campsite has turned up.

# tenir plus en place
fr explicit h | Je tiens plus en place !
+ en explicit h | I can't sit still!
fr typo h | jtien plus en place demain on part voir le grand prix a monaco aaah
+ en typo h | cant keep still tmrw we're off to see the grand prix in monaco aaah

# stoked
en explicit h | So stoked right now!
+ fr explicit h | Trop content, je suis à fond !
en situation h | Totally stoked, the surf's six feet and the whole crew is paddling out screaming.
+ fr situation h | Je suis à bloc, les vagues font deux mètres et toute la bande rame vers le large en hurlant.

# buzzing
en explicit h | Absolutely buzzing tonight!
+ fr explicit h | Je suis surexcité ce soir !
en situation h | Still buzzing from the festival, we danced from noon to four in the morning. Lights to match, please!
+ fr situation h | Je suis encore à fond après le festival, on a dansé de midi à quatre heures du mat. Lumières assorties, s'il te plaît !

# hyped
en slang_emoji h | hyped af for the rave 🎧🔥
+ fr slang_emoji h | trop chaud pour la rave 🎧🔥
en slang_emoji h | highkey hyped, the whole squad got into the sold-out show 😭🎉
+ fr slang_emoji h | grave surexcité, toute la team a eu des places pour le concert complet 😭🎉

# beside myself
en explicit h | Beside myself with excitement!
+ fr explicit h | Je ne me sens plus de joie !
en situation h | Mum is beside herself: her whole family flew in from Dakar for her sixtieth and the party's in full swing.
+ fr situation h | Maman ne se sent plus de joie : toute sa famille est venue de Dakar pour ses soixante ans et la fête bat son plein.

# lit
en slang_emoji h | this party is LIT 🔥🔥🔥
+ fr slang_emoji h | cette soirée c'est le FEU 🔥🔥🔥
en situation h | The rooftop party is lit, fireworks over the river and everyone's dancing barefoot.
+ fr situation h | La soirée sur le toit, c'est de la folie : feu d'artifice sur le fleuve et tout le monde danse pieds nus.

# losing my mind
en explicit h | Losing my mind, best night ever!
+ fr explicit h | Je deviens fou, meilleure soirée de ma vie !
en situation h | I'm losing my mind, Beyoncé just walked onto the stage right in front of us!
+ fr situation h | Je deviens dingue, Beyoncé vient d'entrer en scène juste devant nous !

# sick
en slang_emoji h | that drop was SICK 🤯🔊
+ fr slang_emoji h | ce drop était de ouf 🤯🔊
en situation h | The street parade is sick, floats and samba drums everywhere, we can't stop dancing.
+ fr situation h | Le défilé est dingue, des chars et des tambours de samba partout, on n'arrête pas de danser.

# tearing up the dance floor
en explicit h | Tearing up the dance floor!
+ fr explicit h | On retourne la piste !
en situation h | My grandparents are tearing up the dance floor at my cousin's wedding and the whole room is cheering them on.
+ fr situation h | Mes grands-parents retournent la piste au mariage de ma cousine et toute la salle les acclame.

# jumping for joy
en explicit h | Jumping for joy over here!
+ fr explicit h | Je saute de joie, là !
en situation h | The kids are jumping for joy on the bed: we're off to Disneyland in the morning!
+ fr situation h | Les enfants sautent de joie sur le lit : demain matin, on part à Disneyland !

# bouncing off the walls
en explicit h | Bouncing off the walls right now!
+ fr explicit h | Je suis complètement survolté !
en situation h | Ten eight-year-olds bouncing off the walls at the birthday party, music blasting, total chaos and total joy.
+ fr situation h | Dix gamins de huit ans déchaînés à l'anniversaire, musique à fond, gros bazar et énorme bonheur.

# high on life
en explicit h | High on life tonight!
+ fr explicit h | Ivre de bonheur ce soir !
en situation h | No drinks needed, we're high on life after singing in the stadium with sixty thousand people.
+ fr situation h | Pas besoin d'alcool, on est ivres de joie après avoir chanté dans le stade avec soixante mille personnes.

# on a high
en explicit n | Still on a massive high!
+ fr explicit n | J'ai encore l'adrénaline à fond !
en situation h | Riding a massive high after the first skydive, I'm shouting to everyone in the hangar.
+ fr situation h | Je suis sur un nuage d'adrénaline après mon premier saut en parachute, je crie à tout le monde dans le hangar.

# killing it on the dance floor
en slang_emoji h | killing it on the dance floor rn 💃💃
+ fr slang_emoji h | je mets le feu sur la piste là 💃💃
en situation h | My shy brother is killing it on the dance floor at the office party and everyone's chanting his name.
+ fr situation h | Mon frère si timide met le feu à la piste à la soirée de boîte et tout le monde scande son prénom.

# heart's gonna burst
en explicit h | My heart's about to burst!
+ fr explicit h | Mon cœur va exploser !
en situation h | Heart's gonna burst, the whole crowd is singing our anthem with us and the confetti cannons just went off!
+ fr situation h | Mon cœur va exploser, tout le public chante notre hymne avec nous et les canons à confettis viennent de partir !

# walking on air
en explicit h | Walking on air all day!
+ fr explicit h | Je flotte de joie toute la journée !
en situation h | Walking on air since we found out it's twins, we've been calling everyone and dancing in the hallway.
+ fr situation h | On ne touche plus terre depuis qu'on sait que ce sont des jumeaux, on appelle tout le monde et on danse dans le couloir.

# ecstatic
en explicit h | Totally ecstatic!
+ fr explicit h | Complètement en extase !
en typo h | ecstatic!!! we got the flat in lisbon, movin in next wk, celebratin all nite
+ fr typo h | en extase!!! on a eu lappart a lisbonne, on emmenage la semaine pro, on fete ca toute la nuit

# dance till we drop
en explicit h | Tonight we dance till we drop!
+ fr explicit h | Ce soir on danse jusqu'à plus soif !
en situation h | New Year's Eve at the beach bar and we're dancing till we drop, the band's playing till sunrise.
+ fr situation h | Réveillon au bar de la plage, on danse jusqu'à s'écrouler, le groupe joue jusqu'au lever du soleil.

# wishes with a colour or brightness
fr wish h c=magenta;orange;violet b=bright | Je suis folle de joie, on fait la fête ! Du magenta, de l'orange et du violet, à fond !
+ en wish h c=magenta;orange;violet b=bright | I'm wild with joy, we're partying! Magenta, orange and violet, full blast!
en wish h c=pink;purple b=bright | Over the moon and ready to party, give me hot pink and purple, as bright as it goes!
+ fr wish h c=pink;purple b=bright | Aux anges et prêts à faire la fête, mets-moi du rose vif et du violet, le plus fort possible !
fr wish h c=yellow;magenta | C'est le délire ici, trop contents ! Mets du jaune et du magenta qui clignotent.
+ en wish h c=yellow;magenta | It's madness in here, we're so happy! Flash some yellow and magenta.
"""

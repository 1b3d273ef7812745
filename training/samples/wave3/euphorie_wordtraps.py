"""euphorie: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation h | Un petit café en terrasse qui vire à la fête géante : une fanfare arrive et toute la rue danse !
+ en situation h | A quiet coffee on the terrace turned into a massive party: a brass band showed up and the whole street is dancing!
fr situation h | Le voisin si gentil du troisième nous offre ses places pour le concert de ce soir, on hurle dans l'escalier !
+ en situation h | The lovely neighbour on the third floor just gave us his tickets for tonight's gig, we're screaming in the stairwell!
fr situation h | Les croissants du dimanche ont tourné au délire : ma sœur annonce qu'elle se marie et on saute tous autour de la table !
+ en situation h | Sunday croissants went wild: my sister announced she's getting married and we're all jumping round the table!
fr situation h | Balade tranquille au parc, et d'un coup un flashmob démarre, je danse avec deux cents inconnus !
+ en situation h | Easy stroll in the park, then out of nowhere a flashmob kicks off and I'm dancing with two hundred strangers!
fr situation h | Le chaton tout mignon qu'on voulait est à nous, les enfants crient et courent dans tout l'appart depuis une heure !
+ en situation h | The cute little kitten we wanted is ours, the kids have been shrieking and racing round the flat for an hour!
fr negation h | Sourire jusqu'aux oreilles ? Non, c'est bien plus fort : Beyoncé passe à Lyon et j'ai quatre billets, je saute sur le lit !
+ en negation h | Grinning ear to ear? No, it's way more than that: Beyoncé is playing Lyon and I've got four tickets, I'm bouncing on the bed!
fr situation h | Le petit apéro entre voisins est devenu une boum jusqu'à trois heures, tout l'immeuble danse dans la cour !
+ en situation h | Our little drinks with the neighbours turned into a rave till 3am, the whole building is dancing in the courtyard!
fr typo h | jolie surprise ce matin?? non MEGA surprise : papa nous emmene tous a new york demain jhurle depuis 10 min
+ en typo h | nice surprise this morning?? no MASSIVE surprise: dad is taking us all to new york tmrw ive been screaming for 10 mins

# trap words from curiosite
fr situation h | On a découvert que le ticket de loto oublié dans la veste est gagnant, cinquante mille euros, on hurle dans la cuisine !
+ en situation h | We've just discovered the lottery ticket forgotten in the jacket is a winner, fifty grand, we're screaming in the kitchen!
fr situation h | Le musée d'histoire naturelle fait une nuit électro, on danse sous le squelette du dinosaure jusqu'à l'aube !
+ en situation h | The natural history museum is doing an electro night, we're dancing under the dinosaur skeleton till dawn!
fr situation h | Pourquoi je crie ? Parce que mes parents viennent de nous offrir deux semaines en Islande, départ vendredi !!
+ en situation h | Why am I screaming? Because my parents just gave us two weeks in Iceland, leaving Friday!!
fr situation h | En explorant la cave de la maison louée, on tombe sur une salle de karaoké, la soirée part en délire total !
+ en situation h | Exploring the cellar of the rental house, we stumbled on a karaoke room and the night has gone completely mad!
fr situation h | Le documentaire sur notre groupe culte se termine sur l'annonce d'une tournée de reformation, on hurle devant la télé !
+ en situation h | The documentary on our cult band ends by announcing a reunion tour, we're screaming at the telly!
fr situation h | Je voulais juste savoir ce qu'il y avait dans le colis : deux pass VIP pour le festival, je cours partout dans l'appart !
+ en situation h | I only wanted to see what was in the parcel: two VIP passes for the festival, I'm running all over the flat!
fr slang_emoji h | jsuis sorti voir pk ça klaxonnait : mariage géant dans la rue, ils m'ont embarqué dans la danse 😂🎉🎉
+ en slang_emoji h | went out to see why everyone was honking: huge wedding in the street and they dragged me into the dancing 😂🎉🎉
fr situation h | Question de ma fille : on peut aller au parc d'attractions ? Réponse de son père : on part demain ! Elle hurle de joie.
+ en situation h | My daughter asks if we can go to the theme park. Her dad says we're leaving tomorrow! She's screaming with joy.

# trap words from detente
fr situation h | Fin de la sieste en fanfare : ma sœur déboule en criant qu'on a été tirés au sort pour un voyage en famille au Canada !
+ en situation h | Nap over with a bang: my sister bursts in yelling that we've been drawn for a family trip to Canada!
fr situation h | La piscine de l'hôtel s'est changée en pool party, DJ, canons à mousse, tout le monde saute dedans en hurlant !
+ en situation h | The hotel pool has turned into a pool party, DJ, foam cannons, everyone's jumping in screaming!
fr situation h | Feu d'artifice surprise sur la plage, la foule danse pieds nus dans le sable et crie à chaque fusée !
+ en situation h | Surprise fireworks on the beach, the crowd is dancing barefoot in the sand and yelling at every rocket!
fr situation h | Le spa devait être calme, mais la future mariée a mis la musique à fond et on danse en peignoir dans le jacuzzi !
+ en situation h | The spa was meant to be calm, but the bride-to-be cranked the music and we're dancing in our robes in the jacuzzi!
fr negation h | Me reposer ? Impossible, je tiens pas en place : demain on s'envole trois semaines au Mexique !!!
+ en negation h | Rest? No chance, I can't sit still: tomorrow we fly off to Mexico for three weeks!!!
fr situation h | Depuis mon hamac, je vois arriver tous mes potes d'enfance, c'est une fête surprise pour mes quarante ans, je hurle !
+ en situation h | From my hammock I see all my childhood mates turning up, it's a surprise party for my fortieth, I'm screaming!
fr situation h | Le calme du camping a duré deux minutes, la soirée mousse a démarré et tout le monde saute comme des fous !
+ en situation h | The campsite calm lasted two minutes, the foam party started and everyone's jumping around like maniacs!
fr situation h | Vacances surclassées sans supplément : on part aux Maldives au lieu de Palavas, on crie au comptoir de l'agence !
+ en situation h | Holiday upgraded for free: we're off to the Maldives instead of the local seaside, we're shrieking at the travel agent's desk!

# trap words from reverie
fr situation h | C'est un rêve éveillé : mon chanteur préféré m'a fait monter sur scène et je chante avec lui devant dix mille personnes !
+ en situation h | It's a waking dream: my favourite singer pulled me up on stage and I'm singing with him in front of ten thousand people!
fr situation h | Sous les étoiles du festival, la basse démarre et quarante mille personnes sautent en même temps, j'en ai des frissons !
+ en situation h | Under the festival stars the bass drops and forty thousand people jump at once, I've got goosebumps!
fr situation h | Jamais j'aurais imaginé ça : mon frère débarque d'Australie sans prévenir en plein repas, toute la tablée hurle !
+ en situation h | Never could have imagined it: my brother turns up from Australia unannounced mid-dinner and the whole table is screaming!
fr negation h | Sur mon petit nuage ? Non, carrément en orbite : il m'a demandée en mariage en haut de la grande roue et j'ai dit oui !
+ en negation h | On cloud nine? No, in full orbit: he proposed at the top of the big wheel and I said yes!
fr situation h | Pleine lune, plage, sono à fond, on danse en rond comme des fous jusqu'au lever du soleil. Mets le son !
+ en situation h | Full moon, beach, sound system maxed, we're dancing in a circle like lunatics till sunrise. Turn it up!
fr situation h | Ce vol en montgolfière, c'était mon rêve de gamine, et on décolle maintenant, je crie comme une folle dans la nacelle !
+ en situation h | This hot-air balloon flight was my childhood dream and we're taking off right now, I'm screaming my head off in the basket!
fr slang_emoji h | la tête dans les nuages ?? nan la tête au plafond 🤩🤩 concert surprise dans notre bar, on saute tous ptdr
+ en slang_emoji h | head in the clouds?? nah head hitting the ceiling 🤩🤩 surprise gig at our local, everyone's jumping lmao
fr situation h | On flotte tous : la fanfare du carnaval passe sous nos fenêtres et on descend danser en pyjama avec les enfants !
+ en situation h | We're all floating: the carnival band is passing under our windows and we're running down to dance in our pyjamas with the kids!

# trap words from victoire
fr situation h | Ticket à gratter : dix mille euros ! Je cours dans le tabac en criant et le buraliste danse avec moi !
+ en situation h | Scratch card: ten thousand euros! I'm running round the newsagent's yelling and the shopkeeper is dancing with me!
fr situation h | Le gros lot de la tombola de l'école, c'est nous, un séjour à Disney, les enfants hurlent dans le gymnase !
+ en situation h | The top prize in the school raffle is ours, a trip to Disney, the kids are screaming in the gym!
fr situation h | But à la dernière seconde, tout le bar saute, les bières volent et je serre des inconnus dans mes bras !
+ en situation h | Goal in the very last second, the whole bar is jumping, beer flying, I'm hugging total strangers!
fr situation h | Podium ? Mieux que ça : le DJ m'a tendu le micro et tout le club chante le refrain avec moi !
+ en situation h | A podium? Better than that: the DJ handed me the mic and the whole club is singing the chorus with me!
fr situation h | Gagné au hasard un concours Instagram : week-end à Ibiza pour quatre, notre groupe WhatsApp explose !
+ en situation h | Randomly won an Instagram giveaway: a weekend in Ibiza for four, our WhatsApp group is blowing up!
fr situation h | Trophée ou pas, on s'en fiche : la soirée de fin de saison part en vrille et tout le club danse sur les tables !
+ en situation h | Trophy or not, who cares: the end-of-season party has gone off the rails and the whole club is dancing on the tables!
fr situation h | Le village fête la médaille de la petite du coin : bal sur la place, feux d'artifice, on danse comme des fous !
+ en situation h | The village is celebrating the local girl's medal: a dance in the square, fireworks, we're dancing like mad!

# trap words from colere
fr situation h | Les voisins vont être furieux, tant pis : la coloc fête la fin des partiels et on danse jusqu'à quatre heures !
+ en situation h | The neighbours will be furious, too bad: the flatshare is celebrating the end of exams and we're dancing till four!
fr mixed h | Un peu rageuse de pas avoir pris de billet pour ma sœur, mais surtout je hurle : premier rang, le concert commence !
+ en mixed h | A bit gutted I didn't get my sister a ticket, but mostly I'm screaming: front row and the gig's starting!
fr situation h | Taper du pied, taper des mains, tout le stade rugit quand le groupe attaque le refrain, j'ai plus de voix !
+ en situation h | Stamping, clapping, the whole stadium roars when the band hits the chorus, I've lost my voice!
fr situation h | C'est scandaleux tellement c'est bon : le patron du resto offre le champagne et toute la salle se met à danser !
+ en situation h | It's outrageous how good this is: the restaurant owner is handing out champagne and the whole room has started dancing!
fr situation h | Mon chef est devenu fou : il ferme le bureau à midi et embarque toute l'équipe au parc d'attractions !
+ en situation h | My boss has lost his mind: he's shutting the office at noon and taking the whole team to the theme park!
fr negation h | Non, je suis pas énervée, je crie parce que ma meilleure amie vient de m'annoncer qu'elle revient vivre ici !!
+ en negation h | No, I'm not angry, I'm yelling because my best friend just told me she's moving back here!!
fr situation h | Ma mère claque la porte en rentrant, elle a gagné la croisière au jeu de la radio et danse déjà dans l'entrée !
+ en situation h | Mum slams the door coming in, she's won the cruise on the radio phone-in and she's already dancing in the hall!
fr situation h | J'en avais marre d'attendre ce colis, et c'est la console ! Les enfants hurlent et sautent partout sur le canapé !
+ en situation h | I was fed up waiting for this parcel, and it's the console! The kids are shrieking and bouncing all over the sofa!

# trap words from inquietude
fr situation h | Pas dormi de la nuit tellement j'étais excitée : dans trois heures on décolle pour Tokyo !!!
+ en situation h | Didn't sleep a wink I was so excited: in three hours we take off for Tokyo!!!
fr situation h | Le médecin a dit des jumeaux, et on est sortis du cabinet en sautant et en criant comme des ados !
+ en situation h | The doctor said twins, and we came out of the surgery jumping and shouting like teenagers!
fr situation h | Et si on partait maintenant ? Voiture, musique à fond, direction le festival, toute la bande hurle oui !
+ en situation h | What if we left right now? Car, music blasting, off to the festival, the whole gang is yelling yes!
fr situation h | Aucun souci ce soir : les billets sont validés, on saute partout dans la file et la musique gronde déjà derrière les murs !
+ en situation h | Not a care tonight: tickets scanned, we're jumping up and down in the queue and the music's already booming behind the walls!
fr situation h | Le stress des préparatifs s'est envolé, la fête commence et cent personnes dansent dans la grange illuminée !
+ en situation h | All the stress of getting ready has vanished, the party's on and a hundred people are dancing in the lit-up barn!
fr situation h | J'avais peur que personne ne vienne, ils sont tous là, la musique démarre et mon anniversaire part en folie !
+ en situation h | I was scared nobody would come, they're all here, the music kicks in and my birthday's going wild!
fr situation h | Mon cœur bat à cent à l'heure, mais de bonheur : le rideau tombe, le groupe entre et la salle explose !
+ en situation h | My heart is racing, but with joy: the curtain drops, the band walks on and the room explodes!
fr typo h | jai les mains qui tremblent, jai gagné les places pr le concert de ce soir a la radio jen reviens pas jsaute partout
+ en typo h | my hands are shaking, i won tickets for tonights concert on the radio i cant believe it im jumping everywhere

# trap words from nostalgie
fr situation h | Soirée années 90 : dès les premières notes des Spice Girls, toute la salle hurle et saute d'un seul bloc !
+ en situation h | 90s night: from the first notes of the Spice Girls the whole room is screaming and jumping as one!
fr situation h | Le groupe de mon enfance se reforme et passe dans ma ville samedi, j'ai les billets et je danse dans le salon !
+ en situation h | The band from my childhood is reuniting and playing my town on Saturday, I've got tickets and I'm dancing in the living room!
fr situation h | On feuilletait les vieilles photos quand mon oncle a lancé du disco, et tout le monde s'est levé pour danser comme des fous !
+ en situation h | We were flicking through old photos when my uncle put disco on, and everyone got up and danced like crazy!
fr situation h | Comme avant ? Mieux qu'avant : la tournée des bars de la fac finit avec nous tous debout sur le comptoir !
+ en situation h | Like the old days? Better: the uni pub crawl ends with all of us standing on the bar!
fr situation h | Mon père ressort le vinyle de Queen, pousse le son au maximum et on saute tous sur le canapé en hurlant !
+ en situation h | Dad digs out the Queen vinyl, cranks the volume all the way up and we're all jumping on the sofa yelling!
fr situation h | La fête foraine de mon enfance est de retour au village, on fonce aux autos tamponneuses en criant comme des mômes !
+ en situation h | The funfair from my childhood is back in the village, we're charging to the bumper cars screaming like kids!
fr slang_emoji h | souvenirs de colo?? NON c'est maintenant : colo entre adultes, boum géante et c'est la folie totale 🎉🔥🔥
+ en slang_emoji h | summer camp memories?? NO it's happening now: adult summer camp, massive disco and it's total madness 🎉🔥🔥
fr situation h | Retrouvailles surprise : toute ma bande du lycée débarque dans mon jardin avec une sono, on hurle en se sautant dessus !
+ en situation h | Surprise reunion: my whole high-school gang turns up in my garden with a sound system, we're screaming and jumping on each other!

# trap words from panique
fr situation h | Au secours, je vais exploser : on a été tirés au sort pour un voyage à Tahiti, toute la famille hurle !
+ en situation h | Help, I'm going to burst: we got drawn for a trip to Tahiti and the whole family is screaming!
fr situation h | Le réveil sonne à quatre heures et je bondis du lit en criant : c'est le jour de Disneyland !
+ en situation h | The alarm goes off at four and I leap out of bed shouting: it's Disneyland day!
fr situation h | Urgence absolue : on a les trois derniers billets pour ce soir, tout le monde dans la voiture, on chante déjà !
+ en situation h | Top emergency: we got the last three tickets for tonight, everyone in the car, we're already singing!
fr situation h | Sirènes des bateaux, feux d'artifice, le port entier danse pour le nouvel an, c'est de la folie !
+ en situation h | Ships' horns blaring, fireworks, the whole harbour is dancing for New Year, it's insane!
fr situation h | La foule pousse, les confettis explosent, le DJ lâche le drop et on saute tous ensemble en hurlant !
+ en situation h | The crowd surges, confetti explodes, the DJ drops the beat and we all jump together screaming!
fr situation h | Mon cœur va lâcher : la star s'est assise à notre table au resto et elle trinque avec nous !
+ en situation h | My heart's about to give out: the star just sat down at our table in the restaurant and she's clinking glasses with us!
fr situation h | Quelqu'un a lancé la machine à fumée, les lasers partent dans tous les sens et la piste devient complètement dingue ! Lumières de fête !
+ en situation h | Someone fired up the smoke machine, lasers everywhere, and the dance floor has gone completely wild! Party lights!
fr situation h | C'est l'émeute à la maison : les cousins sont arrivés, les gamins hurlent, la musique est à fond, la fête commence !
+ en situation h | It's a riot at home: the cousins have arrived, the kids are screaming, music's blasting, the party's started!

# trap words from suspense
fr situation h | Fin du compte à rebours, minuit, bonne année ! Tout le monde s'embrasse et saute en hurlant dans le salon !
+ en situation h | Countdown over, midnight, happy New Year! Everyone's hugging and jumping and shouting in the living room!
fr situation h | Le tirage au sort est tombé sur nous, croisière offerte, la famille entière crie au téléphone en même temps !
+ en situation h | The prize draw picked us, a free cruise, the whole family is screaming down the phone at once!
fr situation h | On ouvre l'enveloppe du faire-part : ma sœur se marie à Bali et on est tous invités, billets d'avion compris !
+ en situation h | We open the invitation envelope: my sister's getting married in Bali and we're all invited, flights included!
fr situation h | Au tout dernier moment, le groupe revient pour vingt minutes de rappel surprise et la salle entre en transe !
+ en situation h | At the very last moment the band comes back for a twenty-minute surprise encore and the room goes into a trance!
fr situation h | Deux heures à attendre sous la pluie, puis les portes s'ouvrent et on court vers la scène en criant !
+ en situation h | Two hours waiting in the rain, then the doors open and we're running for the stage screaming!
fr situation h | Résultat du test : positif ! On va avoir un bébé, on danse dans la salle de bain en pleurant de joie !
+ en situation h | Test result: positive! We're having a baby, we're dancing in the bathroom crying with joy!
fr situation h | Le présentateur a dit mon nom, c'est moi qui descends sur le plateau du jeu télé, je cours en hurlant !
+ en situation h | The presenter just called my name, I'm the one going down to play on the game show, I'm running and screaming!
fr situation h | La révélation du sexe du bébé : une pluie de confettis roses et toute la famille saute et crie dans le jardin !
+ en situation h | The gender reveal: a shower of pink confetti and the whole family is jumping and shrieking in the garden!

# trap words from tristesse
fr situation h | Je pleure de joie, mon frère rentre de mission demain après un an, on prépare une fête énorme avec tout le quartier !
+ en situation h | I'm crying with joy, my brother gets back from his posting tomorrow after a year, we're throwing a huge party with the whole neighbourhood!
fr situation h | Enterrement de vie de jeune fille à Barcelone, on danse sur la plage depuis midi et personne ne veut s'arrêter !
+ en situation h | Hen do in Barcelona, we've been dancing on the beach since noon and nobody wants to stop!
fr situation h | On a perdu la voix à force de chanter, trois heures de concert et on saute encore comme au premier morceau !
+ en situation h | We've lost our voices from singing, three hours of concert and we're still jumping like it's the first song!
fr situation h | Adieu la routine : demain on part six mois en van autour du monde, on crie dans la rue en chargeant les sacs !
+ en situation h | Goodbye routine: tomorrow we head off round the world in a van for six months, we're yelling in the street loading the bags!
fr situation h | J'ai perdu une chaussure quelque part dans la fosse et je m'en fiche, le groupe joue notre chanson !
+ en situation h | I lost a shoe somewhere in the mosh pit and I don't care, the band is playing our song!
fr situation h | Des larmes, des cris, des câlins : tous les petits-enfants débarquent en surprise pour les cent ans de mamie, et elle lance la chenille !
+ en situation h | Tears, shouts, hugs: all the grandkids turn up by surprise for Grandma's hundredth, and she starts the conga line!
fr situation h | Fini la maison vide : on ramène le chiot ce soir et les enfants hurlent de joie à l'arrière de la voiture !
+ en situation h | No more empty house: we're bringing the puppy home tonight and the kids are screaming with joy in the back of the car!
fr mixed h | Un peu triste de quitter la fac, mais surtout complètement survoltée : le bal de fin d'année démarre et on danse sous les lasers !
+ en mixed h | A bit sad to be leaving uni, but mostly totally buzzing: the end-of-year ball is starting and we're dancing under the lasers!
"""

"""suspense: third wave, triads with curiosite and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Le maire soulève enfin le couvercle de la capsule temporelle enterrée sous le préau en 1985, tout le monde se penche.
+ en situation h | The mayor is finally lifting the lid of the time capsule buried under the school shelter in 1985, and everyone leans in.
# triad 02
en situation h | A tiny beak has just cracked the shell in the class incubator, and thirty kids are holding their breath.
+ fr situation h | Un petit bec vient de percer la coquille dans la couveuse de la classe, trente enfants retiennent leur souffle.
# triad 03
fr situation h | Ma toute première miche au levain : je soulève le couvercle de la cocotte, elle a gonflé ou c'est une galette ?
+ en situation h | My very first sourdough loaf: I'm lifting the lid of the pot, has it risen or is it a pancake?
# triad 04
fr situation h | Tie-break du cinquième set, balle de match, le serveur fait rebondir la balle une fois, deux fois... Mets l'ambiance qui va avec !
+ en situation h | Fifth-set tie-break, match point, and the server bounces the ball once, twice... Set the mood for that!
# triad 05
en situation h | Six months of rehab, and the physio is measuring my jump: clear forty centimetres and I play on Saturday.
+ fr situation h | Six mois de rééducation, le kiné mesure mon saut : si je passe les quarante centimètres, je rejoue samedi.
# triad 06
fr situation h | Tiercé à Vincennes : nos trois chevaux sont en tête dans la dernière ligne droite, mais le quatrième remonte...
+ en situation h | Race at Vincennes: our three horses lead into the final straight, but the fourth is closing in...
# triad 07
en situation h | The live feed from the Icelandic volcano is shaking, and I'm glued to the screen waiting for the first lava to burst out.
+ fr situation h | La caméra en direct sur le volcan islandais tremble, je suis scotché à l'écran en attendant que la première lave jaillisse.
# triad 08
fr situation n | L'appli dit « livraison dans deux arrêts », c'est la console introuvable partout : je guette chaque camion par la fenêtre.
+ en situation n | The app says "delivery in two stops", it's the console that's sold out everywhere: I'm watching every van from the window.
# triad 09
fr situation h | Fouille bénévole : le paléontologue dégage la dernière couche de sable autour de l'os, le crâne est-il entier ?
+ en situation h | Volunteer dig: the palaeontologist is brushing the last layer of sand off the bone, is the skull in one piece?
# triad 10
fr situation h | Le recruteur de mon job de rêve rappelle pile à l'heure prévue, je décroche, il dit « alors, j'ai une réponse pour vous »...
+ en situation h | The recruiter for my dream job calls back right on time, I pick up, and he says "so, I have an answer for you"...
# triad 11
en situation h | Everyone on the hill is scanning the sky: the comet should appear above the pylon any second now.
+ fr situation h | Tout le monde sur la colline scrute le ciel : la comète doit apparaître au-dessus du pylône d'une seconde à l'autre.
# triad 12
fr situation h | Les déménageurs hissent le piano des nouveaux voisins jusqu'au troisième, la corde se tend, tout le trottoir suit la manœuvre.
+ en situation h | The movers are hoisting the new neighbours' piano up to the third floor, the rope tightens, and the whole pavement is watching.
# triad 13
fr situation n | Finale de la dictée du collège : le prof corrige devant la salle les deux dernières copies, toujours à égalité.
+ en situation n | School dictation final: the teacher is marking the last two papers in front of everyone, still tied.
# triad 14
en situation h | The magician has sawn the box in two, his assistant isn't moving, and he's slowly sliding the halves apart...
+ fr situation h | Le magicien a scié la boîte en deux, son assistante ne bouge plus, et il écarte lentement les deux moitiés...
# triad 15
fr situation h | Six heures du matin, neige partout, les enfants collés à la radio : l'école ferme ou pas ?
+ en situation h | Six in the morning, snow everywhere, kids glued to the radio: is school closing or not?
# triad 16
fr situation h | Le héron s'est posé au bord de la mare, la grenouille est juste sous la feuille de nénuphar : va-t-il la voir ?
+ en situation h | The heron has landed by the pond, and the frog is right under the lily pad: will he spot her?
# triad 17
en situation h | The final boss has one sliver of health left and so do I, my thumb is hovering over the button.
+ fr situation h | Le boss final n'a plus qu'un filet de vie, moi aussi, et mon pouce est suspendu au-dessus du bouton.
# triad 18
fr situation h | Au mariage de ma cousine, son témoin met un genou à terre devant sa copine, toute la salle attend : oui ou non ?
+ en situation h | At my cousin's wedding the best man drops to one knee in front of his girlfriend, and the whole room waits: yes or no?
# triad 19
en situation h | Standby at the gate: one seat left on the Montreal flight, and the agent is picking up the mic to call a name.
+ fr situation h | En liste d'attente à la porte : une seule place sur le vol pour Montréal, et l'agent prend le micro pour appeler un nom.
# triad 20
fr situation h | Tournoi d'échecs du club : mon adversaire réfléchit depuis dix minutes sur le coup décisif, la pendule tourne.
+ en situation h | Club chess tournament: my opponent has been thinking over the decisive move for ten minutes, and the clock is ticking.
# triad 21
fr situation h | Les archéologues dégagent le coffre trouvé sous notre terrain, le couvercle commence à céder, on est tous penchés au-dessus du trou.
+ en situation h | The archaeologists are freeing the chest found under our land, the lid is starting to give, and we're all leaning over the pit.
# triad 22
en situation h | The host is opening the envelope on the singing show: the lighthouse keeper or the nurse from Lyon?
+ fr situation h | L'animateur ouvre l'enveloppe de l'émission de chant : le gardien de phare ou l'infirmière de Lyon ?
# triad 23
fr situation h | Mes macarons sont au four depuis six minutes, le nez contre la vitre : vont-ils faire leur collerette ?
+ en situation h | My macarons have been in the oven six minutes, nose against the glass: will they grow their little feet?
# triad 24
fr situation h | Finale du concours de violon : le président du jury revient sur scène avec une enveloppe, silence total dans la salle.
+ en situation h | Violin competition final: the head of the jury walks back on stage with an envelope, total silence in the hall.
# triad 25
en situation h | Three pages left in the crime novel, and the detective has gathered everyone in the library to name the killer.
+ fr situation h | Plus que trois pages du polar, et le détective a réuni tout le monde dans la bibliothèque pour nommer le coupable.
# triad 26
fr situation h | Trois offres sur la maison, l'agence appelle à 18 h pour dire qui l'emporte, il est 17 h 58 et le téléphone est posé entre nous.
+ en situation h | Three offers on the house, the agency calls at 6 to say who gets it, it's 5:58 and the phone is on the table between us.
# triad 27
fr situation h | Le bébé me fixe, la bouche ouverte, son premier mot arrive : papa ou maman ? On a parié un resto.
+ en situation h | The baby is staring at me, mouth open, the first word is coming: dada or mama? We've bet a dinner on it.
# triad 28
fr situation n | Concours de saut de lapins à la fête du village : le nôtre hésite devant la dernière haie, le chrono tourne.
+ en situation n | Rabbit show-jumping at the village fête: ours is hesitating at the last hurdle, and the clock is running.
# triad 29
fr situation h | Dépouillement au bureau de vote du village : les deux candidats sont à égalité et il reste une seule enveloppe.
+ en situation h | Count at the village polling station: the two candidates are tied and there's one envelope left.
# triad 30
fr situation h | Trois semaines après ma première greffe, je défais le ruban tout doucement : le bourgeon a-t-il pris ?
+ en situation h | Three weeks after my first graft, I'm unwinding the tape very gently: has the bud taken?
# triad 31
en situation h | Science fair final, my daughter's water rocket is on the pad, the judges are watching, three, two...
+ fr situation h | Finale de l'expo-sciences, la fusée à eau de ma fille est sur le pas de tir, le jury regarde, trois, deux...
# triad 32
fr situation n | On compte la tirelire avec mon fils : à cent euros il s'achète le vélo, et on en est à quatre-vingt-douze.
+ en situation n | Counting the piggy bank with my son: at a hundred euros he gets the bike, and we're at ninety-two.
# triad 33
fr situation h | Le tirage des chambres en résidence est diffusé en direct, et mon numéro de dossier fait partie des dix derniers.
+ en situation h | The draw for student rooms is being streamed live, and my application number is among the last ten.
# triad 34
en situation h | Pétanque final at the village fête, 12 all, and my uncle's last boule is rolling towards the jack.
+ fr situation h | Finale de pétanque à la fête du village, 12 partout, et la dernière boule de mon oncle roule vers le cochonnet.
# triad 35
fr situation h | Match d'impro : le public lève ses cartons, les deux équipes retiennent leur souffle, l'arbitre commence à compter.
+ en situation h | Improv match: the audience raises their cards, both teams hold their breath, and the referee starts counting.
# triad 36
fr situation h | Rallye de vieilles voitures : notre 2CV arrive au dernier contrôle, il faut pointer à 16 h 10 pile, le commissaire lève son chrono.
+ en situation h | Vintage car rally: our 2CV reaches the last checkpoint, we have to clock in at 4:10 sharp, and the marshal raises his stopwatch.
# triad 37
en situation h | The metal detector is beeping like mad over this patch of beach, and my son is digging faster and faster.
+ fr situation h | Le détecteur de métaux s'affole sur ce coin de plage, et mon fils creuse de plus en plus vite.
# triad 38
fr situation h | Le compte anonyme aux vieilles photos du quartier révèle son identité à 21 h, on est tous connectés, 20 h 59.
+ en situation h | The anonymous old-photos account is revealing who's behind it at 9 p.m., we're all online, and it's 8:59.
# triad 39
fr situation h | Aux archives, l'employé revient avec le registre de 1872 : on va enfin savoir qui était la mère de Jules.
+ en situation h | At the archives the clerk comes back with the 1872 register: we're about to find out who Jules's mother was.
# triad 40
fr situation h | Place Saint-Pierre, des milliers de têtes levées vers la cheminée : la fumée qui sort est-elle blanche ? Lumière adaptée.
+ en situation h | In St Peter's Square thousands of heads turn up to the chimney: is the smoke coming out white? Match the lights to that.
# triad 41
en situation h | The whole family is waiting for the mosque's announcement: if the crescent was seen tonight, Eid is tomorrow.
+ fr situation h | Toute la famille attend l'annonce de la mosquée : si le croissant a été vu ce soir, l'Aïd, c'est demain.
# triad 42
fr situation h | Papi raconte l'hiver 1956 où il a traversé le fleuve gelé à vélo, la glace craque... et il s'arrête pour boire son café.
+ en situation h | Grandpa is telling how he cycled across the frozen river in 1956, the ice cracks... and he stops to sip his coffee.
# triad 43
en situation h | Ski jumping World Cup: the last jumper is in the air, and he needs 138 metres to take the win.
+ fr situation h | Coupe du monde de saut à ski : le dernier sauteur est en l'air, il lui faut 138 mètres pour gagner.
# triad 44
fr situation h | En TP de chimie, dernière goutte de la burette : si ça vire au rose pile à douze millilitres, on a la meilleure note.
+ en situation h | In chemistry lab, last drop from the burette: if it turns pink at exactly twelve millilitres, we get the top mark.
# triad 45
fr situation h | Fin du hackathon : notre robot trieur est l'un des deux finalistes, et le jury monte sur l'estrade avec le chèque.
+ en situation h | End of the hackathon: our sorting robot is one of the two finalists, and the jury is stepping up with the cheque.
# triad 46
en situation h | The glassblower swings the huge vase off the pipe with one sharp tap, and the whole group leans in: will it hold?
+ fr situation h | Le souffleur de verre détache le grand vase de la canne d'un coup sec, tout le groupe se penche : va-t-il tenir ?
# triad 47
fr situation h | L'expert de l'émission retourne le vase de la brocante pour lire la marque : deux euros ou deux mille ?
+ en situation h | The TV expert turns the flea-market vase over to read the mark: two euros or two thousand?
# triad 48
en situation h | Keynote live, the presenter says "and one more thing...", and the curtain behind him starts to open.
+ fr situation h | Keynote en direct, le présentateur dit « et encore une chose... », et le rideau derrière lui commence à s'ouvrir.
# triad 49
fr situation h | Anniversaire : le petit frappe la piñata pour la dixième fois, elle craque, tous les gamins se tiennent prêts.
+ en situation h | Birthday party: the little one whacks the piñata for the tenth time, it cracks, and all the kids get ready to pounce.
# triad 50
en situation h | Eclipse glasses on, the last sliver of sun is vanishing behind the moon, and the whole street has gone quiet.
+ fr situation h | Lunettes d'éclipse sur le nez, le dernier croissant de soleil disparaît derrière la lune, toute la rue s'est tue.
# triad 51
fr situation h | La fleur du cactus ne s'ouvre qu'une nuit, il est 23 h, les pétales commencent à bouger, je ne cligne plus des yeux.
+ en situation h | The cactus flower opens for one night only, it's 11 p.m., the petals are starting to move, and I daren't blink.
# triad 52
fr situation h | Géocaching : le GPS affiche zéro mètre, ma main tâtonne sous la racine du chêne... la boîte est là ?
+ en situation h | Geocaching: the GPS says zero metres, my hand is feeling around under the oak root... is the box there?
# triad 53
en situation h | Family lunch: my cousin taps her glass, she has an announcement, and everyone stops chewing at once.
+ fr situation h | Déjeuner de famille : ma cousine tapote son verre, elle a une annonce à faire, et tout le monde s'arrête de mâcher d'un coup.
# triad 54
fr situation h | Le voisin ouvre enfin la porte de son garage après huit mois de travaux secrets, tout le lotissement attend dehors.
+ en situation h | The neighbour is finally opening his garage door after eight months of secret work, and the whole estate is waiting outside.
# triad 55
fr situation h | Au bureau on a parié sur la naissance du bébé de Clara, c'est mon jour et elle vient d'écrire « ça commence ».
+ en situation h | At work we bet on when Clara's baby will come, today is my day, and she's just texted "it's starting".
# triad 56
en situation h | Nobel announcement live: my old thesis supervisor is rumoured to be on the list, and the spokesperson is stepping up to the mic.
+ fr situation h | Annonce du Nobel en direct : mon ancien directeur de thèse serait sur la liste, et le porte-parole s'approche du micro.
# triad 57
fr situation h | Les affectations Erasmus tombent à midi, je rafraîchis la page en boucle : Helsinki, Porto ou Cracovie ?
+ en situation h | Erasmus placements come out at noon, and I keep refreshing the page: Helsinki, Porto or Kraków?
# triad 58
fr situation h | Le guide coupe le moteur : la baleine a plongé il y a cinq minutes, elle doit remonter d'une seconde à l'autre, mais où ?
+ en situation h | The guide cuts the engine: the whale dived five minutes ago and should come up any second, but where?
# triad 59
en situation h | Climbing competition: my friend is reaching for the top hold, fingers stretching, and the clock says four seconds.
+ fr situation h | Compétition d'escalade : mon amie tend la main vers la dernière prise, les doigts tendus, et le chrono affiche quatre secondes.
# triad 60
fr situation n | Pari avec mon coloc : j'ouvre le tambour, si la chaussette rouge a déteint sur ses chemises, c'est lui qui fait la vaisselle un mois.
+ en situation n | Bet with my flatmate: I'm opening the drum, and if the red sock has dyed his shirts, he's on dishes for a month.
# triad 61
fr situation h | Ma mère est en direct au quiz de la radio, dernière question pour la voiture, elle hésite entre B et C.
+ en situation h | My mum is live on the radio quiz, last question for the car, and she's hesitating between B and C.
# triad 62
en situation h | Alarm at 3 a.m. for the fight live from Las Vegas: last round over, the judges' scorecards are being read. Give me some atmosphere.
+ fr situation h | Réveil à trois heures pour le combat en direct de Las Vegas : dernier round fini, on lit les cartes des juges. Mets-moi une ambiance.
# triad 63
fr situation h | Cuisson raku : on sort mon bol du four à mille degrés et on le plonge dans la sciure... intact ou fendu ?
+ en situation h | Raku firing: my bowl comes out of the thousand-degree kiln and into the sawdust... whole or cracked?
# triad 64
en situation h | At the ringing station the volunteer turns the warbler's ring to read it: if it's one of ours, she came back from Senegal.
+ fr situation h | À la station de baguage, le bénévole tourne la bague de la fauvette pour la lire : si c'est une des nôtres, elle revient du Sénégal.
# triad 65
fr situation h | Dernier tour du Grand Prix de Monaco, les deux pilotes sont à trois dixièmes, et le tunnel arrive. Ambiance qui colle, vite !
+ en situation h | Last lap of the Monaco Grand Prix, the two drivers are three tenths apart, and the tunnel is coming up. Lights to match, quick!
# triad 66
fr situation h | Club de lecture à la librairie : on va annoncer le prix des lecteurs, et mon roman préféré est dans les deux finalistes.
+ en situation h | Book club at the bookshop: the readers' prize is about to be announced, and my favourite novel is one of the two finalists.
# triad 67
en situation h | The episode ends, the next-week trailer starts, and the captain's hand is on the airlock button.
+ fr situation h | L'épisode se termine, la bande-annonce de la semaine prochaine démarre, et la main du capitaine est sur le bouton du sas.
# triad 68
fr situation h | Rentrée : mon fils se colle contre la porte pour la mesure, sa sœur tient le crayon, l'a-t-il enfin dépassée ?
+ en situation h | Back-to-school measuring: my son stands against the door, his sister holds the pencil, has he finally overtaken her?
# triad 69
fr situation h | Trivial Pursuit chez ma tante : il nous manque le dernier camembert, et mon oncle lit la question très lentement.
+ en situation h | Trivial Pursuit at my aunt's: we need the last wedge, and my uncle is reading out the question very slowly.
# triad 70
en situation h | The kids bet on who planted the biggest potato, and Grandpa is lifting the last plant with his fork.
+ fr situation h | Les enfants ont parié sur qui a planté la plus grosse patate, et papi soulève le dernier pied avec sa fourche.
# triad 71
fr situation h | Le numismate pèse la pièce trouvée dans le bocal de papi : rareté à mille euros ou simple copie ?
+ en situation h | The coin dealer is weighing the coin from Grandpa's jar: a thousand-euro rarity or just a copy?
# triad 72
en situation h | Street art contest: the vote between our street's mural and the one by the station is being read out now.
+ fr situation h | Concours de street art : on lit en ce moment le résultat du vote entre la fresque de notre rue et celle de la gare.
# triad 73
fr situation h | La vache vêle, les pattes du veau apparaissent, et on a parié avec mon frère : génisse ou taurillon ?
+ en situation h | The cow is calving, the calf's legs are showing, and my brother and I have a bet on it: heifer or bull?
# triad 74
fr situation n | Dernière case du calendrier de l'Avent, ma fille tire doucement sur le carton : le fameux gros chocolat est-il là ?
+ en situation n | Last door of the Advent calendar, my daughter is easing back the cardboard: is the famous big chocolate there?
# triad 75
en situation n | The robot vacuum is heading straight for the sleeping cat's tail, we've placed bets: will it swerve in time?
+ fr situation n | Le robot aspirateur fonce droit sur la queue du chat endormi, on a parié : va-t-il tourner à temps ?
# triad 76
fr situation n | Mot du jour, cinquième essai : quatre lettres vertes, PLAGE ou PLACE, il me reste une seule chance.
+ en situation n | Word of the day, fifth guess: four green letters, PLAGE or PLACE, and only one try left.
# triad 77
fr situation h | Concours de tango amateur : on est les deux derniers couples en piste, et le jury lève ses panneaux.
+ en situation h | Amateur tango contest: we're one of the last two couples on the floor, and the judges are raising their scorecards.
# triad 78
en situation h | The teacher is handing out the replies from our Japanese pen pals, and she's one name away from mine.
+ fr situation h | La prof distribue les réponses de nos correspondants japonais, et il ne reste qu'un nom avant le mien.
# triad 79
fr situation h | Grande marée à Saint-Malo : on a parié que la vague passerait le parapet de la digue, et la plus grosse arrive.
+ en situation h | Spring tide in Saint-Malo: we've bet the wave will clear the sea wall, and the biggest one is coming in.
# triad 80
fr situation h | Puzzle de mille pièces : il reste un trou et une seule pièce dans la boîte, elle va rentrer ?
+ en situation h | Thousand-piece puzzle: one gap left and one piece in the box, will it fit?
# triad 81
fr slang_emoji h | lumières éteintes, le chanteur annonce le guest surprise, toute la salle retient son souffle, c QUIII 👀🥁
+ en slang_emoji h | lights off, the singer's announcing the surprise guest, whole crowd holding its breath, WHO IS IT 👀🥁
# triad 82
fr typo h | concours photo du club, ils annoncent les 3 gagnants dans 2 min et ma photo de goute d'eau est en finale
+ en typo h | club photo contest, they anounce the top 3 in 2 mins and my water drop shot is in the final
# triad 83
fr mixed h | Crevée après ma garde, mais impossible de lâcher le direct : les deux voiliers de la course au large arrivent bord à bord.
+ en mixed h | Wiped out after my shift, but I can't leave the live stream: the two ocean-race yachts are coming in neck and neck.
# triad 84
en mixed h | A bit tired of maths, but on the edge of my seat: the contest papers come back best first, and only Leo and I are left.
+ fr mixed h | Un peu lassé des maths, mais sur des charbons ardents : la prof rend les copies du concours par ordre de note, il ne reste que Léo et moi.
# triad 85
fr slang_emoji h | le chat est en haut du frigo, ça fait 2 min qu'il vise l'étagère, il saute ou pas 👀🐱
+ en slang_emoji h | cat's on top of the fridge, been eyeing the shelf for 2 mins, is he jumping or not 👀🐱
# triad 86
fr typo h | pari avec mon pote : le train arrive a l'heure pile ou pas ? il reste 30 sec et on voit deja la gare
+ en typo h | bet with my mate: is the train getting in bang on time or not? 30 secs left and we can see the staton
"""

"""colere: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# voir rouge / see red
fr explicit n | Je vois rouge depuis ce matin.
+ en explicit n | I've been seeing red since this morning.
fr explicit h | Quand il a rayé ma portière et filé sans laisser de mot, j'ai vu rouge.
+ en explicit h | When he scratched my car door and drove off without leaving a note, I saw red.

# it makes me sick / ça me rend malade
en explicit n | It makes me sick, honestly.
+ fr explicit n | Ça me rend malade, franchement.
en situation h | It makes me sick that they sacked the cleaner for taking a single day off ill.
+ fr situation h | Ça me rend malade qu'ils aient viré la femme de ménage pour un seul jour d'arrêt.

# je vais le tuer / I could kill him
fr explicit h | Je vais le tuer, je te jure.
+ en explicit h | I swear I could kill him.
fr situation h | Mon frère a pris ma voiture sans demander et me l'a rendue sur la réserve : je vais le tuer.
+ en situation h | My brother took my car without asking and brought it back running on fumes: I could kill him.

# dying to give him a piece of my mind / je meurs d'envie de lui dire ses quatre vérités
en explicit h | I'm dying to give him a piece of my mind.
+ fr explicit h | Je meurs d'envie de lui dire ses quatre vérités.
en situation h | Third time he's passed off my slides as his own in front of the boss, and I'm dying to tell him where to go.
+ fr situation h | Troisième fois qu'il fait passer mes slides pour les siennes devant le patron, je meurs d'envie de l'envoyer balader.

# péter un câble / lose it
fr slang_emoji h | jvais péter un câble 😤
+ en slang_emoji h | i'm about to lose it 😤
fr situation h | Le plombier m'a fait poser ma journée et n'est jamais venu : j'ai pété un câble au téléphone.
+ en situation h | The plumber made me take the day off and never showed up: I completely lost it on the phone.

# blow a fuse / péter les plombs
en explicit h | I totally blew a fuse tonight.
+ fr explicit h | J'ai complètement pété les plombs ce soir.
en situation h | I blew a fuse when I saw my son had racked up 200 euros of in-game purchases on my card.
+ fr situation h | J'ai pété les plombs en voyant que mon fils avait claqué 200 euros d'achats dans un jeu avec ma carte.

# vénère / pissed off
fr slang_emoji h | chui trop vénère là 😡
+ en slang_emoji h | i'm so pissed off rn 😡
fr slang_emoji n | grave vénère, le livreur a mis « absent » alors que j'étais derrière la porte 🤬📦
+ en slang_emoji n | so pissed, the driver marked me "not home" while i was literally behind the door 🤬📦

# avoir la haine / raging
fr explicit h | J'ai la haine, là.
+ en explicit h | I'm absolutely raging right now.
fr situation h | J'ai la haine : l'arbitre nous refuse un but valable à la dernière minute de la finale du tournoi.
+ en situation h | I'm raging: the ref disallowed a perfectly good goal of ours in the last minute of the tournament final.

# fuming / furax
en explicit n | Still fuming about it.
+ fr explicit n | Toujours furax pour ce truc.
en situation h | Fuming. The garage charged me 300 euros for a repair they never even did. Put on something that fits.
+ fr situation h | Furax. Le garage m'a facturé 300 euros une réparation qu'ils n'ont même pas faite. Mets une ambiance qui va avec.

# sortir de ses gonds / fly off the handle
fr explicit n | Je suis sortie de mes gonds, pour une fois.
+ en explicit n | I flew off the handle, for once.
fr situation n | Ma voisine a encore posé ses sacs poubelle devant ma porte, je suis sortie de mes gonds.
+ en situation n | My neighbour left her bin bags outside my door again, and I flew off the handle.

# my blood is boiling / je bous
en explicit h | My blood is boiling.
+ fr explicit h | Je bous de rage.
en situation h | My blood boils every time he talks down to the new intern in meetings.
+ fr situation h | Ça me fait bouillir à chaque fois qu'il prend de haut la nouvelle stagiaire en réunion.

# taper sur les nerfs / get on my nerves
fr explicit l | Ça me tape un peu sur les nerfs.
+ en explicit l | It's getting on my nerves a bit.
fr situation n | Le bip du détecteur de fumée toutes les trente secondes depuis hier soir me tape sur le système.
+ en situation n | The smoke alarm chirping every thirty seconds since last night is getting on my last nerve.

# ça me saoule / doing my head in
fr typo n | ca me saoul grave
+ en typo n | its doing my head in
fr slang_emoji n | ça me saoule, ma mère lit tous mes messages par-dessus mon épaule 🙄
+ en slang_emoji n | it's doing my head in, my mum reads all my texts over my shoulder 🙄

# fed up to the back teeth / ras le bol
en explicit h | I'm fed up to the back teeth.
+ fr explicit h | J'en ai ras le bol, mais alors ras le bol.
en situation h | Fed up to the back teeth with this landlord: six months and the boiler still isn't fixed.
+ fr situation h | Ras le bol de ce proprio : six mois que la chaudière n'est toujours pas réparée.

# sick and tired / j'en ai plus que marre
en explicit n | I'm sick and tired of it.
+ fr explicit n | J'en ai plus que marre.
en situation h | Sick and tired of scrubbing the kitchen while my flatmates leave their dishes to rot for a week.
+ fr situation h | J'en ai plus que marre de récurer la cuisine pendant que mes colocs laissent pourrir leur vaisselle une semaine.

# la goutte d'eau / the last straw
fr explicit n | C'est la goutte d'eau qui fait déborder le vase.
+ en explicit n | That's the last straw.
fr situation h | Il a oublié mon anniversaire puis posé ses vacances sans me demander : la goutte d'eau qui fait déborder le vase.
+ en situation h | He forgot my birthday, then booked his holiday without asking me: that's the straw that broke the camel's back.

# avoir une dent contre / have it in for
fr explicit n | J'ai une sacrée dent contre ce type.
+ en explicit n | I've really got it in for that guy.
fr situation n | J'ai toujours une dent contre la prof qui a mis zéro à mon fils pour un devoir qu'il avait bien rendu.
+ en situation n | I still hold a grudge against the teacher who gave my son a zero for homework he'd actually handed in.

# remonté / worked up
fr explicit n | Je suis hyper remontée contre mon assurance.
+ en explicit n | I'm really worked up about my insurance company.
fr situation n | Remonté contre la mairie : ils coupent encore l'eau sans prévenir, en pleine canicule.
+ en situation n | Really worked up about the council: they've cut the water off again without warning, in the middle of a heatwave.

# so mad / fou de rage
en explicit h | I'm so mad right now.
+ fr explicit h | Je suis folle de rage, là.
en situation h | So mad: the airline lost my suitcase and now they're saying it's my fault because of the label.
+ fr situation h | Folle de rage : la compagnie a perdu ma valise et maintenant ils disent que c'est ma faute à cause de l'étiquette.

# ça me rend dingue / drives me up the wall
fr explicit n | Ça me rend dingue.
+ en explicit n | It drives me up the wall.
fr situation n | Ça me rend dingue, les gens qui regardent leurs vidéos sans écouteurs dans le train.
+ en situation n | It drives me crazy, people watching videos without headphones on the train.

# pleurer de rage / cry with rage
fr explicit h | J'en pleurerais de rage.
+ en explicit h | I could cry with rage.
fr situation h | J'ai pleuré de rage : dossier de bourse refusé pour un papier qu'ils avaient eux-mêmes perdu.
+ en situation h | I cried with rage: grant application rejected over a document they'd lost themselves.

# steam coming out of my ears / la fumée qui sort des oreilles
en explicit n | There's steam coming out of my ears.
+ fr explicit n | J'ai la fumée qui me sort par les oreilles.
en situation h | Two hours on hold with the bank, then cut off: there's steam coming out of my ears. Lights to match.
+ fr situation h | Deux heures d'attente avec la banque, puis coupé : j'ai de la fumée qui me sort des oreilles. Lumière assortie.

# go ballistic / piquer une crise
en explicit h | I'm about to go ballistic.
+ fr explicit h | Je vais piquer une crise, là.
en situation h | Went ballistic at the pound: they towed my car from my own residents' parking space.
+ fr situation h | J'ai piqué une crise à la fourrière : ils ont enlevé ma voiture garée sur ma propre place résident.

# le seum / salty
en slang_emoji l | lowkey salty about it ngl 🙄
+ fr slang_emoji l | un peu le seum, jvais pas mentir 🙄
en slang_emoji n | still salty my cousin ate the last slice and blamed the dog 🙄🍕
+ fr slang_emoji n | j'ai encore le seum, mon cousin a mangé la dernière part et il a accusé le chien 🙄🍕

# ça me fait chier / pisses me off
fr explicit n | Ça me fait chier, franchement.
+ en explicit n | It really pisses me off.
fr situation n | Ça me fait chier de payer la taxe ordures alors qu'ils ne ramassent qu'une semaine sur deux.
+ en situation n | It pisses me off paying the bin tax when they only collect every other week.

# casser les pieds / pain in the neck
fr explicit l | Il me casse un peu les pieds, celui-là.
+ en explicit l | He's a bit of a pain in the neck, that one.
fr situation l | Le voisin qui passe la tondeuse tous les dimanches à 8 h me casse les pieds.
+ en situation l | The neighbour who mows his lawn at 8 every Sunday morning is a right pain in the neck.

# grinds my gears / ça m'horripile
en explicit n | You know what really grinds my gears?
+ fr explicit n | Tu sais ce qui m'horripile vraiment ?
en situation n | What grinds my gears is colleagues who reply-all just to say "thanks" to 200 people.
+ fr situation n | Ce qui m'horripile, c'est les collègues qui répondent à tous juste pour dire « merci » à 200 personnes.

# humeur de chien / foul mood
fr explicit n | Je suis d'une humeur de chien aujourd'hui.
+ en explicit n | I'm in a foul mood today.
fr situation n | Humeur de chien : encore un scooter garé devant mon garage, impossible de sortir la voiture.
+ en situation n | Foul mood: another scooter parked across my garage, no way to get the car out.

# coup de sang / snapped
fr explicit h | Coup de sang ce matin.
+ en explicit h | I snapped this morning.
fr situation h | Coup de sang au supermarché : un type m'a doublé à la caisse avec un caddie plein en disant « j'ai juste ça ».
+ en situation h | I snapped at the supermarket: a guy cut in front of me with a full trolley saying "I've only got this".

# en pétard / hopping mad
fr explicit n | Je suis en pétard.
+ en explicit n | I'm hopping mad.
fr situation h | En pétard contre le fournisseur d'électricité : 900 euros pour un studio resté vide tout l'été.
+ en situation h | Hopping mad at the electricity company: 900 euros for a studio flat that sat empty all summer.

# ça me chauffe / heated
fr slang_emoji n | ça commence à me chauffer là 😤
+ en slang_emoji n | this is really starting to wind me up 😤
fr slang_emoji h | il me cherche depuis le coup d'envoi, ça me chauffe grave 😤⚽
+ en slang_emoji h | he's been winding me up since kickoff, i'm seriously heated 😤⚽

# cross / fâché
en explicit l | I'm a bit cross, to be honest.
+ fr explicit l | Je suis un peu fâchée, pour être honnête.
en situation n | Very cross with the school: they cancelled the trip the night before and kept the deposit.
+ fr situation n | Très fâché contre l'école : ils annulent la sortie la veille et gardent l'acompte.

# bugs me / ça m'énerve
en explicit l | It kinda bugs me.
+ fr explicit l | Ça m'énerve un peu.
en situation l | It bugs me that my sister always "forgets" her wallet when it's her turn to pay.
+ fr situation l | Ça m'énerve que ma sœur « oublie » toujours son portefeuille quand c'est son tour de payer.

# ticked off / agacé
en slang_emoji n | kinda ticked off tbh 😒
+ fr slang_emoji n | un peu agacée franchement 😒
en typo n | realy ticked off, my parcel got sent bak to the depot and noone even knocked
+ fr typo n | trop agacé, mon colis est reparti au depot et personne a meme sonné

# ça me fout la rage / makes me livid
fr explicit h | Ça me fout la rage.
+ en explicit h | It makes me absolutely livid.
fr situation h | Ça me fout la rage de voir des gens jeter leurs déchets dans la rivière où mes enfants se baignent.
+ en situation h | It makes me livid seeing people dump their rubbish in the river my kids swim in.

# bite someone's head off / je vais mordre
en explicit h | I'm going to bite someone's head off.
+ fr explicit h | Le premier qui me parle, je le mords.
en situation h | Don't talk to me: the landlord kept my whole deposit over one nail hole, I'll bite your head off.
+ fr situation h | Ne me parlez pas : le proprio a gardé toute ma caution pour un trou de clou, je vais mordre.

# ça me met en boule / gets my back up
fr explicit n | Ça me met en boule.
+ en explicit n | It gets my back up.
fr situation n | Ça me met en boule quand on me coupe la parole en réunion pour répéter exactement ce que je viens de dire.
+ en situation n | It really gets my back up when someone interrupts me in a meeting to repeat exactly what I just said.

# avoir les boules / so annoyed
fr explicit n | J'ai les boules contre lui.
+ en explicit n | I'm so annoyed with him.
fr slang_emoji n | j'ai les boules, il m'a piqué ma place de parking sous le nez 😤🚗
+ en slang_emoji n | so annoyed, he stole my parking space right under my nose 😤🚗

# c'est abusé / out of order
fr typo n | c abusé la
+ en typo n | thats so out of order
fr typo h | c trop abusé, ils ont augmenté le loyer de 80 balles sans rien refaire dans l'appart
+ en typo h | so out of order, they put the rent up 80 quid without fixing a single thing in the flat

# ptn / ffs
fr slang_emoji h | ptn mais c'est pas possible 🤬
+ en slang_emoji h | ffs are you kidding me 🤬
fr slang_emoji h | ptn train supprimé ENCORE, 3e fois cette semaine, et zéro bus de remplacement 🤬🚆
+ en slang_emoji h | ffs train cancelled AGAIN, 3rd time this week, and zero replacement bus 🤬🚆

# lose my temper / s'emporter
en explicit n | I'm losing my temper.
+ fr explicit n | Je suis en train de m'emporter.
en situation n | Lost my temper with the call centre: fifth time I've spelled my name and they still got it wrong.
+ fr situation n | Je me suis emporté contre le centre d'appels : cinquième fois que j'épelle mon nom et ils se trompent encore.

# up in arms / monter au créneau
en explicit n | I'm up in arms about it.
+ fr explicit n | Je suis prête à monter au créneau.
en situation h | We're all up in arms: the council wants to chop down the forty plane trees on our square for a car park.
+ fr situation h | On est tous montés au créneau : la mairie veut abattre les quarante platanes de la place pour un parking.

# envie de hurler / want to scream
fr explicit h | J'ai envie de hurler.
+ en explicit h | I want to scream.
fr situation h | J'ai envie de hurler : trois semaines que mes indemnités sont bloquées pour un tampon manquant.
+ en situation h | I want to scream: my sick pay's been stuck for three weeks over one missing stamp.

# je rage / raging (gaming)
fr slang_emoji h | je rage tellement 😡🎮
+ en slang_emoji h | raging so hard rn 😡🎮
fr slang_emoji h | je rage, mon mate afk toute la game et c'est moi qui me fais report 😡🎮
+ en slang_emoji h | raging, my teammate went afk the whole game and i'm the one who gets reported 😡🎮

# killing me (colleague) / il me tue
en explicit n | This guy is killing me, I swear he does it on purpose.
+ fr explicit n | Ce type me tue, je te jure qu'il le fait exprès.
en situation n | My colleague is killing me: he microwaves fish every single day and leaves the door wide open.
+ fr situation n | Mon collègue me tue : il réchauffe du poisson au micro-ondes tous les jours et laisse la porte grande ouverte.

# j'en ai jusque-là / had it up to here
fr explicit h | J'en ai jusque-là !
+ en explicit h | I've had it up to here!
fr situation h | J'en ai jusque-là de ce chantier qui démarre à 7 h pile sous ma fenêtre, même le samedi.
+ en situation h | I've had it up to here with the building site that kicks off at 7 sharp under my window, even on Saturdays.

# wish lines
fr wish h c=red b=dim | Je vois rouge, alors mets du rouge sombre et baisse tout le reste.
+ en wish h c=red b=dim | I'm seeing red, so give me dark red and turn everything else down.
en wish n c=orange;red | Fuming after that meeting, orange and red lights please.
+ fr wish n c=orange;red | Furax après cette réunion, lumière orange et rouge s'il te plaît.
"""

"""suspense: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: courts, results, announcements
fr long n | Le conseil de prud'hommes est revenu dans la salle. Mon avocate me serre le bras. La présidente met ses lunettes, feuillette ses notes et commence par rappeler les faits, très lentement, sans lever les yeux.
+ en long n | The employment tribunal has come back into the room. My lawyer squeezes my arm. The presiding judge puts on her glasses, leafs through her notes and starts by going back over the facts, very slowly, without looking up.
fr long n | Mon fils a passé son audition pour le conservatoire ce matin. Les résultats sont affichés à dix-huit heures dans le hall. Il est dix-sept heures cinquante-cinq, et la secrétaire arrive avec une feuille et de la pâte à fixe.
+ en long n | My son auditioned for the music conservatory this morning. The results go up in the hall at six. It's five to six, and the secretary is coming over with a sheet of paper and some Blu-Tack.
fr long n | Soirée électorale dans la salle des fêtes. Il est dix-neuf heures cinquante-huit, les militants fixent l'écran de la télé sans un mot. Au premier tour, l'écart n'était que de quarante voix.
+ en long n | Election night in the village hall. It's two minutes to eight, and the campaigners are staring at the TV screen without a word. In the first round, the gap was only forty votes.
en long n | My daughter has been working on her science project for months. The judges are walking along the stands, one booth left before hers. They stop, scribble something on their clipboard and turn towards her poster.
+ fr long n | Ma fille travaille sur son projet scientifique depuis des mois. Le jury avance le long des stands, plus qu'un stand avant le sien. Ils s'arrêtent, griffonnent quelque chose sur leur bloc et se tournent vers son affiche.
fr long n | Le refuge réunit son comité ce soir pour décider si on peut adopter Pirate. La bénévole a promis d'appeler avant vingt heures. Le téléphone est posé au milieu de la table et personne n'ose le quitter des yeux.
+ en long n | The shelter's committee meets tonight to decide whether we can adopt Pirate. The volunteer promised to call before eight. The phone is sitting in the middle of the table and nobody dares take their eyes off it.
# long: sport
en long n | Penalty shootout, four all. Our keeper wipes his gloves on the grass, the striker places the ball and steps back. The whole bar has gone silent, and someone's gripping my hand without me noticing.
+ fr long n | Tirs au but, quatre partout. Notre gardien s'essuie les gants sur la pelouse, l'attaquant pose le ballon et recule. Tout le bar s'est tu, et quelqu'un me serre la main sans que je m'en rende compte.
fr long n | Dernière spéciale du rallye. Le pilote de notre village part en dernier avec trois dixièmes d'avance au pointage intermédiaire. On l'entend arriver dans la forêt, le moteur hurle, le dernier virage approche et le chrono défile.
+ en long n | Final stage of the rally. Our village's driver goes out last, three tenths ahead at the split. We can hear him coming through the forest, engine screaming, the last bend coming up and the clock running.
en long n | Final length at the regional swimming championship. My nephew and the boy in lane four touch the wall at what looks like the exact same moment. Everyone turns to the scoreboard, which is still blank.
+ fr long n | Dernière longueur du championnat régional de natation. Mon neveu et le garçon du couloir quatre touchent le mur au même instant, on dirait. Tout le monde se tourne vers le tableau d'affichage, encore vide.
fr long n | Mon amie et moi avons franchi la ligne du semi-marathon côte à côte, pour la troisième place de la catégorie. Les organisateurs repassent la vidéo image par image sur un ordinateur portable. On attend, les mains sur les genoux, sans se regarder.
+ en long n | My friend and I crossed the half-marathon finish line side by side, for third place in our category. The organisers are going through the video frame by frame on a laptop. We wait, hands on our knees, not looking at each other.
# long: games, draws, auctions
fr long n | Tirage au sort du tournoi de pétanque de l'été. Il reste deux papiers dans le chapeau : notre équipe et celle des champions du village. Le maire plonge la main dedans, touille, touille encore, et prend son temps.
+ en long n | The draw for the summer pétanque tournament. Two slips left in the hat: our team and the village champions. The mayor sticks his hand in, stirs, stirs some more, taking his time.
fr long n | Dernière partie du tournoi de cartes, il me reste une carte. Si mon adversaire pioche une dame, j'ai perdu ; sinon, la coupe est à moi. Elle tire la carte, la garde face cachée et me regarde en souriant.
+ en long n | Last game of the card tournament, and I've got one card left. If my opponent draws a queen, I've lost; if not, the cup is mine. She draws, keeps the card face down and looks at me with a smile.
en long n | The auctioneer is at four thousand two hundred for Grandpa's old clock. We put it up hoping for two thousand. A phone bidder and a man in the front row keep raising by fifty, and the hammer is hovering.
+ fr long n | Le commissaire-priseur en est à quatre mille deux cents pour la vieille horloge de papi. On l'avait mise en vente en espérant deux mille. Un enchérisseur au téléphone et un homme du premier rang relancent de cinquante en cinquante, et le marteau reste en l'air.
en long n | The escape room master says we've got two minutes left. Three digits, and we've found two. Léa is turning the last dial very slowly while the rest of us stare at the padlock.
+ fr long n | Le maître du jeu de l'escape game annonce qu'il reste deux minutes. Trois chiffres, on en a trouvé deux. Léa tourne la dernière molette tout doucement pendant qu'on fixe tous le cadenas.
fr long n | La maison est en vente aux enchères en ligne depuis ce matin. À trois minutes de la clôture, on est les meilleurs enchérisseurs. Chaque fois que je rafraîchis la page, tout peut basculer.
+ en long n | The house has been up for online auction since this morning. Three minutes before it closes, we're the highest bidders. Every time I refresh the page, it could all flip.
en long n | We're in the studio audience; my brother is on the final question for ten thousand euros. He's torn between B and D, the host asks if that's his final answer, and the lights go down.
+ fr long n | On est dans le public du plateau ; mon frère est à la dernière question pour dix mille euros. Il hésite entre B et D, l'animateur lui demande si c'est sa réponse définitive, et les lumières baissent.
# long: screens, books, family reveals
fr long n | Dernier épisode de la saison. L'héroïne descend à la cave, la lampe torche clignote, on entend une respiration derrière la porte. Elle tend la main vers la poignée... et l'écran affiche « épisode suivant dans 10 secondes ». Mets une ambiance qui colle.
+ en long n | Season finale. The heroine goes down to the cellar, her torch flickering, and there's breathing behind the door. She reaches for the handle... and the screen says "next episode in 10 seconds". Set the mood to match.
fr long n | Roman policier, avant-dernier chapitre. L'inspectrice réunit tous les suspects dans le salon, annonce qu'elle connaît le coupable, et le chapitre s'arrête là. Il est une heure du matin et je tourne la page.
+ en long n | Crime novel, second-to-last chapter. The inspector gathers all the suspects in the drawing room, announces she knows who did it, and the chapter ends there. It's one in the morning and I'm turning the page.
fr long n | Ma sœur tient le couteau au-dessus du gâteau qui doit révéler si c'est une fille ou un garçon. Toute la famille s'est approchée, les téléphones levés. La lame s'enfonce dans la génoise, lentement, et personne ne voit encore la couleur.
+ en long n | My sister is holding the knife over the cake that will reveal whether it's a girl or a boy. The whole family has crowded round, phones up. The blade sinks slowly into the sponge, and nobody can see the colour yet.
en long n | The vet is doing an ultrasound on our mare; we've been hoping for a foal for two years. She moves the probe, stops, leans closer to the screen and says "hang on a second".
+ fr long n | La vétérinaire fait l'échographie de notre jument ; on espère un poulain depuis deux ans. Elle déplace la sonde, s'arrête, se penche vers l'écran et dit « attendez une seconde ».
fr long n | Le chat de la voisine est coincé en haut du sapin depuis hier soir. Le pompier grimpe à l'échelle, tend la main, et le chat recule d'une branche. En bas, toute la rue retient son souffle.
+ en long n | The neighbour's cat has been stuck at the top of the fir tree since last night. The firefighter climbs the ladder and reaches out, and the cat backs up a branch. Down below, the whole street holds its breath.

# negation
fr negation n | Je ne suis pas inquiet, je suis suspendu au tableau d'affichage : il reste trois secondes et le ballon est encore en l'air.
+ en negation n | I'm not worried, I'm hanging on the scoreboard: three seconds left and the ball is still in the air.
en negation n | Not scared, just on the edge of my seat: the contestant has one lifeline left and the question is worth fifty thousand.
+ fr negation n | Pas peur, juste au bord de mon siège : le candidat n'a plus qu'un joker et la question vaut cinquante mille.
fr negation n | Ce n'est pas de l'angoisse, c'est l'attente qui me tient : le notaire va lire le testament de l'oncle Paul, et personne ne sait qui hérite de la maison de Biarritz.
+ en negation n | It's not anxiety, it's the waiting that grips me: the notary is about to read Uncle Paul's will, and nobody knows who gets the house in Biarritz.
fr negation n | Pas de panique, juste le souffle coupé : dans le film, le démineur tient la pince au-dessus des fils, le bleu ou le rouge, et le compteur affiche encore neuf secondes.
+ en negation n | No panic, just breathless: in the film, the bomb disposal guy is holding the cutters over the wires, blue or red, and the timer still reads nine seconds.
en negation n | I'm not nervous for myself, I'm just dying to know: my best mate is proposing to his girlfriend right now at the restaurant, and he's just texted "ring's out".
+ fr negation n | Je ne stresse pas pour moi, je meurs juste d'envie de savoir : mon meilleur pote est en train de demander sa copine en mariage au restaurant, et il vient de m'écrire « bague sortie ».
fr negation n | Je ne suis pas en colère contre l'arbitre, je retiens mon souffle : il est parti voir la vidéo et le stade attend en silence.
+ en negation n | I'm not angry at the ref, I'm holding my breath: he's gone to check the video and the stadium is waiting in silence.
fr negation n | Ce n'est pas de l'impatience, c'est du suspense pur : la roue de la loterie ralentit, ralentit, et elle s'approche du gros lot.
+ en negation n | It's not impatience, it's pure suspense: the lottery wheel is slowing, slowing, and creeping towards the jackpot.
en negation n | Not worried, honestly, just hooked: the detective has opened the safe and the camera still hasn't shown us what's inside.
+ fr negation n | Pas inquiète, franchement, juste accrochée : le détective a ouvert le coffre et la caméra ne nous a toujours pas montré ce qu'il y a dedans.
fr negation n | Le verdict n'est toujours pas tombé : le jury délibère depuis six heures, et on vient de nous rappeler dans la salle.
+ en negation n | The verdict still hasn't come: the jury has been out for six hours, and we've just been called back into the courtroom.
fr negation n | Je ne suis pas triste que la série se termine, je suis scotché : il reste quatre minutes et on ne sait toujours pas qui a tiré.
+ en negation n | I'm not sad the series is ending, I'm glued to it: four minutes left and we still don't know who fired the shot.
en negation n | The ref hasn't blown yet, the ball is sitting on the line and nobody knows if it's in.
+ fr negation n | L'arbitre n'a pas encore sifflé, le ballon est sur la ligne et personne ne sait s'il est entré.
fr negation n | Je ne stresse pas, je suis juste accrochée à l'écran : ma nièce est en finale du télécrochet et les votes se terminent dans dix secondes.
+ en negation n | I'm not stressed, just glued to the screen: my niece is in the final of the TV talent show and voting closes in ten seconds.

# mixed
fr mixed n | Un peu fatigué après la nuit blanche, mais surtout tendu comme un arc : le résultat de l'élection des délégués tombe dans cinq minutes.
+ en mixed n | A bit tired after the all-nighter, but mostly wound up tight: the result of the rep election comes out in five minutes.
en mixed n | A bit hungry, mostly glued to the screen: extra time, one-all, and our keeper has just been booked.
+ fr mixed n | Un petit creux, mais surtout les yeux rivés sur l'écran : prolongations, un partout, et notre gardien vient de prendre un carton jaune.
fr mixed n | Amusée par la mise en scène, mais surtout scotchée : le magicien a fait disparaître la bague de ma mère et s'apprête à soulever le dernier gobelet.
+ en mixed n | Amused by the showmanship, but mostly riveted: the magician has made my mum's ring vanish and is about to lift the last cup.
fr mixed n | Un peu d'espoir, beaucoup de suspense : la présidente du jury du concours de tartes goûte la mienne en dernier, lentement, sans rien laisser paraître.
+ en mixed n | A little hope, a lot of suspense: the head judge of the pie contest tastes mine last, slowly, giving nothing away.
en mixed n | Slightly annoyed at the ad break, mostly hanging on: the host was just about to open the envelope with the winner's name.
+ fr mixed n | Un peu agacé par la pub, mais surtout suspendu : l'animateur allait juste ouvrir l'enveloppe avec le nom du gagnant.
fr mixed n | Un brin d'excitation, surtout le cœur suspendu : le recruteur a promis de me rappeler « avant midi » pour le poste, et il est onze heures cinquante-huit.
+ en mixed n | A flicker of excitement, but mostly my heart on hold: the recruiter promised to call me back "before noon" about the job, and it's eleven fifty-eight.
fr mixed n | Content d'être en finale du quiz du bar, mais là je suis scotché : égalité parfaite, question subsidiaire, la présentatrice déplie le papier.
+ en mixed n | Happy to be in the pub quiz final, but right now I'm on the edge of my seat: dead heat, tiebreaker, and the quizmaster is unfolding the paper.
en mixed n | A little guilty for staying up, but mostly hooked: the chapter ends with a knock at the door, and there are only twelve pages left.
+ fr mixed n | Un peu coupable de veiller si tard, mais surtout accrochée : le chapitre se termine sur des coups frappés à la porte, et il ne reste que douze pages.
fr mixed n | J'ai un peu le trac pour lui, mais c'est surtout le suspense qui me tient : mon frère sert pour le match au tournoi juniors, et la balle est en l'air.
+ en mixed n | I'm a bit nervous for him, but it's mostly the suspense gripping me: my brother is serving for the match at the junior tournament, and the ball is in the air.
fr mixed n | Un peu mal à l'aise dans la salle d'audience, mais surtout suspendue aux lèvres du juge : il va dire si mon voisin doit démolir son mur.
+ en mixed n | A bit uncomfortable in the courtroom, but mostly hanging on the judge's every word: he's about to say whether my neighbour has to pull down his wall.
en mixed n | Slightly seasick, mostly on edge: the fisherman is reeling in something enormous and it still hasn't broken the surface.
+ fr mixed n | Un peu le mal de mer, mais surtout sur le qui-vive : le pêcheur remonte quelque chose d'énorme qui n'a toujours pas crevé la surface.
fr mixed n | Un peu crispé, surtout impatient de savoir : la grue soulève la vieille statue du fond du port, et on ne voit encore que la tête.
+ en mixed n | A bit tense, mostly dying to know: the crane is lifting the old statue from the bottom of the harbour, and only its head is showing so far.
fr mixed n | Un peu ridicule dans mes bottes en caoutchouc, mais surtout sur des charbons ardents : au concours de lancer de bottes de la fête du village, l'arbitre mesure au décamètre mon dernier lancer et celui de Gérard.
+ en mixed n | A bit silly in my wellies, but mostly on tenterhooks: at the village fête's welly-throwing contest, the judge is measuring my last throw and Gérard's with a tape measure.
"""

"""suspense: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# sur des charbons ardents / on tenterhooks
fr explicit h | Je suis sur des charbons ardents.
+ en explicit h | I'm on tenterhooks.
fr situation h | Sur des charbons ardents : le jury délibère depuis une heure sur ma soutenance.
+ en situation h | On tenterhooks: the panel has been deliberating on my thesis defence for an hour.

# the suspense is killing me / le suspense me tue
en explicit h | The suspense is killing me.
+ fr explicit h | Ce suspense me tue.
en situation h | The suspense is killing me: they open the envelope with the lottery result for the flat in two minutes.
+ fr situation h | Ce suspense me tue : ils ouvrent l'enveloppe du tirage au sort pour l'appartement dans deux minutes.

# l'attente me tue / the wait is killing me
fr explicit n | L'attente me tue, ce soir.
+ en explicit n | The waiting is killing me tonight.
fr situation h | L'attente me tue : le coach affiche la compo pour la finale à 19 h et je ne sais pas si j'en suis.
+ en situation h | The waiting is killing me: the coach posts the line-up for the final at 7 and I don't know if I'm in it.

# holding my breath / retenir mon souffle
en explicit n | Holding my breath.
+ fr explicit n | Je retiens mon souffle.
en situation h | Whole stadium holding its breath, me included: penalty shootout, last kick, 4-4.
+ fr situation h | Tout le stade retient son souffle, moi compris : tirs au but, dernier tir, 4-4.

# se ronger les ongles / biting my nails
fr explicit n | Je me ronge les ongles devant la fin du match.
+ en explicit n | Biting my nails through the end of the match.
fr situation n | Je me ronge les ongles devant le dépouillement : notre liste et la leur sont à trois voix d'écart.
+ en situation n | Biting my nails through the count: our list and theirs are three votes apart.

# on the edge of my seat / au bord de mon siège
en explicit h | I'm on the edge of my seat.
+ fr explicit h | Je suis scotché au bord de mon fauteuil.
en situation h | On the edge of my seat: episode eight, the bomb's ticking and they still don't know which wire to cut. Put on something tense.
+ fr situation h | Assis tout au bord du canapé : épisode huit, la bombe tourne et ils ne savent toujours pas quel fil couper. Mets une ambiance tendue.

# I'm dying to know how it ends / je meurs d'envie de connaître la fin
en explicit h | I'm dying to know how it ends.
+ fr explicit h | Je meurs d'envie de connaître la fin.
en situation h | Dying to know how it ends, but the last volume of the trilogy doesn't come out until March.
+ fr situation h | Je meurs d'envie de savoir comment ça finit, mais le dernier tome de la trilogie ne sort qu'en mars.

# le cœur qui bat la chamade / heart pounding
fr explicit n | Mon cœur bat la chamade en attendant le verdict.
+ en explicit n | My heart's pounding as I wait for the verdict.
fr situation h | Le cœur qui bat la chamade pendant que la prof égrène les noms des admis par ordre alphabétique.
+ en situation h | Heart pounding while the teacher reads out the names of those who passed, in alphabetical order.

# with bated breath / attendre fébrilement
en explicit n | Waiting with bated breath.
+ fr explicit n | J'attends fébrilement.
en situation n | Waiting with bated breath for the midwife to tell us whether it's a boy or a girl on the scan.
+ fr situation n | On attend fébrilement que la sage-femme nous dise si c'est une fille ou un garçon à l'écho.

# compter les secondes / counting the seconds
fr explicit n | Je compte les secondes.
+ en explicit n | I'm counting the seconds.
fr situation n | Je compte les secondes jusqu'à 18 h, heure où les résultats du concours tombent en ligne.
+ en situation n | Counting down the seconds till 6 p.m., when the entrance exam results go online.

# j'ose pas regarder / I can't look
fr explicit h | J'ose plus regarder.
+ en explicit h | I can't bear to look.
fr situation h | J'ose plus regarder : mon frère est à la balle de match contre le champion du club.
+ en situation h | I can't watch: my brother's on match point against the club champion.

# down to the wire / ça se joue à rien
en explicit n | It's going right down to the wire.
+ fr explicit n | Ça va se jouer à rien.
en situation h | Down to the wire: our team and the Lyon one are tied on points with one quiz question left.
+ fr situation h | Ça se joue à rien : notre équipe et celle de Lyon sont à égalité avec une seule question de quiz restante.

# moment of truth / le moment de vérité
en explicit n | Moment of truth.
+ fr explicit n | C'est le moment de vérité.
en situation n | Moment of truth: I'm pulling the soufflé out of the oven in front of all my in-laws.
+ fr situation n | Le moment de vérité : je sors le soufflé du four devant toute ma belle-famille.

# les dés sont jetés / the die is cast
fr explicit n | Les dés sont jetés, reste à attendre.
+ en explicit n | The die is cast, now we wait.
fr situation n | Les dés sont jetés : l'offre pour la maison est partie à midi, l'agence rappelle avant ce soir.
+ en situation n | The die is cast: our offer on the house went in at noon, the agency calls back before tonight.

# à couper au couteau / you could cut the tension with a knife
fr explicit h | Une tension à couper au couteau.
+ en explicit h | You could cut the tension with a knife.
fr situation h | Tension à couper au couteau dans le salon : papi va annoncer à qui il lègue la maison de famille.
+ en situation h | You could cut the tension with a knife in the living room: Grandpa's about to say who gets the family house.

# suspendu à son téléphone / glued to my phone
fr explicit n | Je suis suspendu à mon téléphone.
+ en explicit n | I'm glued to my phone.
fr situation n | Suspendue à mon téléphone depuis l'entretien : le recruteur a dit qu'il appellerait avant 17 h.
+ en situation n | Glued to my phone since the interview: the recruiter said he'd call before 5.

# cliffhanger
en explicit h | What a cliffhanger, I can't take it.
+ fr explicit h | Quelle fin de saison en suspens, je tiens plus.
en situation h | Season finale ends mid-sentence with the killer at the door and the next season's not even confirmed.
+ fr situation h | Le final de la saison s'arrête en pleine phrase avec le tueur devant la porte, et la suite n'est même pas confirmée.

# je tiens plus / can't stand the wait
fr typo h | jpp d'attendre la
+ en typo h | cant stand the wait anymore
fr slang_emoji h | jpp, ils annoncent le gagnant du concours dans 2 min et mon dessin est en finale 😬😬
+ en slang_emoji h | can't take it, they announce the contest winner in 2 min and my drawing's in the final 😬😬

# fingers crossed / croiser les doigts
en explicit n | Fingers crossed, waiting for the call.
+ fr explicit n | Je croise les doigts en attendant l'appel.
en situation n | Fingers and toes crossed: the jury is picking one band out of three for the festival slot, results tonight.
+ fr situation n | Je croise tout ce qui se croise : le jury choisit un groupe sur trois pour le créneau du festival, résultat ce soir.

# nail-biter / un match à suspense
en explicit h | Total nail-biter.
+ fr explicit h | Un vrai thriller, ce match.
en situation h | Total nail-biter: 89th minute, 1-1, and we've just been given a penalty.
+ fr situation h | Suspense total : 89e minute, 1-1, et on vient d'obtenir un penalty.

# je suis en apnée / holding my breath
fr explicit n | Je suis en apnée depuis le début de l'épisode.
+ en explicit n | I've been holding my breath since the start of the episode.
fr situation h | En apnée devant l'écran : le rover va se poser sur Mars, sept minutes sans signal.
+ en situation h | Holding my breath in front of the screen: the rover's landing on Mars, seven minutes with no signal.

# tendu comme un string / tense
fr slang_emoji h | tendu comme un string là 😬
+ en slang_emoji h | so tense rn i can't even 😬
fr slang_emoji h | tendu comme un string, dernière enchère sur le vinyle dans 30 secondes et on est deux dessus 😬⏳
+ en slang_emoji h | on pins and needles, last bid on the vinyl in 30 seconds and it's me against one other guy 😬⏳

# on pins and needles / être sur le gril
en explicit n | I'm on pins and needles.
+ fr explicit n | Je suis sur le gril.
en situation n | On pins and needles: the scale says I'm still in the weight class, but the ref wants to weigh me again.
+ fr situation n | Sur le gril : la balance dit que je rentre dans la catégorie, mais l'arbitre veut me repeser.

# hanging on every word / suspendu à ses lèvres
en explicit n | Hanging on his every word.
+ fr explicit n | Je suis suspendu à ses lèvres.
en situation h | Hanging on the presenter's every word as he stretches out the name of the winner of the talent show.
+ fr situation h | Suspendue aux lèvres du présentateur qui fait durer le nom du gagnant de l'émission de talents.

# le compte à rebours / the countdown
fr explicit n | Le compte à rebours a commencé.
+ en explicit n | The countdown has started.
fr situation n | Compte à rebours lancé : la billetterie du concert ouvre à 10 h et je suis 4 512e dans la file d'attente.
+ en situation n | Countdown's on: the gig's ticket sale opens at 10 and I'm number 4,512 in the queue.

# mains moites / sweaty palms
fr explicit n | Les mains moites en attendant le résultat.
+ en explicit n | Sweaty palms, waiting for the result.
fr situation n | Les mains moites pendant que la juge déroule le classement du concours de pâtisserie, de la dernière à la première place.
+ en situation n | Sweaty palms as the judge reads out the baking contest rankings, from last place up to first.

# tension's mounting / la tension monte
en explicit n | The tension's mounting.
+ fr explicit n | La tension monte.
en situation h | Tension's mounting: two contestants left on the quiz show and one of them is my dad.
+ fr situation h | La tension monte : plus que deux candidats au jeu télé, et l'un des deux, c'est mon père.

# neck and neck / dans un mouchoir de poche
en explicit n | It's neck and neck.
+ fr explicit n | Tout se joue dans un mouchoir de poche.
en situation h | Neck and neck on the final lap, and my sister's boat is half a length behind.
+ fr situation h | Dans un mouchoir de poche au dernier tour, et le bateau de ma sœur est à une demi-longueur.

# le temps s'est arrêté / time stood still
fr explicit n | Le temps s'est arrêté en attendant sa réponse.
+ en explicit n | Time stood still while I waited for her answer.
fr situation h | Le temps s'est arrêté quand le notaire a sorti l'enveloppe du testament de la tante Odile.
+ en situation h | Time stood still when the solicitor took out the envelope with Aunt Odile's will.

# omg omg / I'm dead (waiting)
en slang_emoji h | omg omg omg the results are loading 😳⏳
+ fr slang_emoji h | omg omg omg les résultats chargent 😳⏳
en slang_emoji h | literally dying, they just cut to black before saying who got voted off 😱📺
+ fr slang_emoji h | jsuis en train de mourir, ils coupent au noir juste avant de dire qui est éliminé 😱📺

# tout se joue ce soir / it all comes down to tonight
fr explicit n | Tout se joue ce soir.
+ en explicit n | It all comes down to tonight.
fr situation h | Tout se joue ce soir : dernier match de la saison, on monte en division supérieure si on gagne. Lumière qui colle, s'il te plaît.
+ en situation h | It all comes down to tonight: last match of the season, we go up a division if we win. Lights to match, please.

# wait for it / attends, attends
en slang_emoji n | wait for it... wait for it... 👀
+ fr slang_emoji n | attends... attends... 👀
en typo n | waitin for the board to post the shortlist, refresing every 10 sec lol
+ fr typo n | j'attend que le jury poste la liste des finalistes, j'actualise toute les 10 sec mdr

# ça me bouffe / it's eating me up (waiting)
fr explicit n | Cette attente me bouffe.
+ en explicit n | This wait is eating me up.
fr situation n | L'attente me bouffe : le juge rend sa décision sur la garde du chien à 14 h.
+ en situation n | The wait's eating me alive: the judge rules on who gets the dog at 2 p.m.

# insoutenable / unbearable
fr explicit h | Le suspense est insoutenable.
+ en explicit h | The suspense is unbearable.
fr situation h | Suspense insoutenable : le funambule est à mi-parcours et le vent se lève au-dessus de la place.
+ en situation h | Unbearable suspense: the tightrope walker is halfway across and the wind's picking up over the square.

# keep me posted / tiens-moi au courant
en explicit n | Keep me posted, I'm on tenterhooks.
+ fr explicit n | Tiens-moi au jus, je suis sur des charbons ardents.
en typo n | keep me postd!! is the jury back yet??
+ fr typo n | tiens moi au courant!! le jury est revenu ou pas??

# rien ne va plus / no more bets
fr explicit n | Rien ne va plus, la roue tourne.
+ en explicit n | No more bets, the wheel's spinning.
fr situation h | Rien ne va plus : cinquante euros sur le rouge, la bille ralentit.
+ en situation h | No more bets: fifty euros on red, and the ball is slowing down.

# wish lines
fr wish h c=purple;navy b=dim | Je suis sur des charbons ardents en attendant le verdict, violet et bleu nuit, lumière tamisée.
+ en wish h c=purple;navy b=dim | On tenterhooks waiting for the verdict, purple and midnight blue, lights low.
en wish n c=indigo | Holding my breath till the results drop, give me something indigo.
+ fr wish n c=indigo | Je retiens mon souffle jusqu'aux résultats, mets-moi de l'indigo.

# suspens de ouf / the suspense is insane
fr slang_emoji h | suspens de ouf 😱
+ en slang_emoji h | the suspense is insane 😱
fr slang_emoji h | suspens de ouf, dernière zone, plus que deux squads et on est planqués derrière un rocher 😬🎮
+ en slang_emoji h | insane suspense, final circle, two squads left and we're hiding behind a rock 😬🎮

# scotché à l'écran / glued to the screen
fr typo n | scotcher a l'ecran depuis 1h
+ en typo n | glued to the sreen for an hour
fr typo h | chui scotché a l'ecran, le depouillement se joue a 0,2 % entre les deux candidats
+ en typo h | im glued to the screen, the count is down to 0.2 % between the two candidates

# edge of my seat fr / au bord du siège
en slang_emoji h | edge of my seat fr fr 😬
+ fr slang_emoji h | au bord du siège, grave 😬
en slang_emoji h | edge of my seat fr, the vote's tied 10-10 and the last juror hasn't voted yet 😬🗳️
+ fr slang_emoji h | au bord du siège grave, le vote est à 10-10 et le dernier juré a pas encore voté 😬🗳️

# jsuis à deux doigts de cliquer / refresh
fr typo n | jactualise la page toute les 30 sec, les notes tombent quand ???
+ en typo n | refreshin the page every 30 sec, when do the grades come out ???
fr slang_emoji n | les admissions Parcoursup tombent à 19h, jsuis devant l'écran depuis 18h30 😬⏰
+ en slang_emoji n | uni offers drop at 7pm, been staring at the screen since 6:30 😬⏰

# le suspense est à son comble / the suspense is at its peak
fr explicit h | Le suspense est à son comble.
+ en explicit h | The suspense has hit fever pitch.
fr situation h | Suspense à son comble : l'arbitre vidéo revoit l'action depuis trois minutes et le but n'est toujours pas validé.
+ en situation h | Fever pitch: the video ref has been reviewing it for three minutes and the goal still hasn't been given.

# I'm on the hook / je suis accroché
en explicit n | I'm completely hooked, I have to know what happens next.
+ fr explicit n | Je suis complètement accroché, il faut que je sache la suite.
en situation h | Hooked: 2 a.m., one chapter left, and the detective has just opened the cellar door.
+ fr situation h | Accro : 2 h du matin, plus qu'un chapitre, et l'inspecteur vient d'ouvrir la porte de la cave.
"""

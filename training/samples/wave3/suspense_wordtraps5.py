"""suspense: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: depuis
fr situation n | Le tir à la corde dure depuis quatre minutes, et le foulard du milieu ne bouge plus d'un centimètre.
+ en situation n | The tug of war has been going for four minutes, and the scarf in the middle won't budge an inch.
fr situation h | L'échange dure depuis vingt-deux coups, balle de match pour mon fils, et le gymnase ne respire plus.
+ en situation h | The rally has gone on for twenty-two shots, match point to my son, and the hall has stopped breathing.
fr situation n | Papi scrute le ciel depuis l'aube : le premier pigeon rentré de Barcelone gagne, et on entend des ailes.
+ en situation n | Grandad has watched the sky since dawn: the first pigeon home from Barcelona wins, and we can hear wings.
en situation n | We've been refreshing the band's page since six: the secret gig venue drops at seven, and it's 6:59.
+ fr situation n | On rafraîchit la page du groupe depuis six heures : le lieu du concert secret tombe à sept heures, il est 18 h 59.

# trap: savoir
fr typo n | jveux savoir qui est le tueur, il reste 4 min et l'inspecteur a réuni tt le monde au salon
+ en typo n | need to know who the killer is, 4 mins left and the inspector's got everyone in the lounge
fr situation n | On va enfin savoir quelle caisse à savon a gagné : la nôtre et celle des pompiers sont arrivées ensemble.
+ en situation n | We're about to find out which soapbox cart won: ours and the fire brigade's crossed the line together.
fr situation n | Ma fille ouvre son paquet de cartes, et ses copains veulent tous savoir si la carte rare est dedans.
+ en situation n | My daughter is opening her card pack, and her friends are all dying to know if the rare one is inside.

# trap: club
fr situation h | Le club publie la compo de la finale dans cinq minutes, et on ignore si mon fils est titulaire.
+ en situation h | The club posts the line-up for the final in five minutes, and we don't know if my son is starting.
fr situation n | Dernière donne au club de bridge : mon père a besoin de la dame de pique, il pose sa carte lentement.
+ en situation n | Last hand at the bridge club: my father needs the queen of spades, and he lays his card down slowly.
en situation h | Our village club is level with the leaders, ninety-fourth minute, and we've just won a corner.
+ fr situation h | Notre club de village est à égalité avec le leader, quatre-vingt-quatorzième minute, et on a un corner.
fr situation n | Au club photo, le président déplie la liste des trois clichés retenus, et le mien en fait peut-être partie.
+ en situation n | At the photo club, the chairman unfolds the list of three shots picked, and mine might be one of them.

# trap: has
en situation h | The referee has his hand on his earpiece, the goal is frozen on screen, and nobody knows if it'll stand.
+ fr situation h | L'arbitre a la main sur l'oreillette, le but est figé à l'écran, et personne ne sait s'il sera validé.
en situation h | She has one attempt left at the high jump, the bar is at 1.80, and the whole stand goes quiet.
+ fr situation h | Il lui reste un essai au saut en hauteur, la barre est à 1,80 m, et toute la tribune se tait.
en situation n | My son has one layer of the Rubik's cube left at the competition, and the timer reads 11.4 seconds.
+ fr situation n | Il reste une face du Rubik's cube à mon fils en compétition, et le chrono affiche 11,4 secondes.

# trap: euros
fr situation n | Mon frère a misé dix euros sur le numéro six ; dernière ligne droite, les chevaux sont coude à coude.
+ en situation n | My brother put ten euros on number six; final straight, and the horses are neck and neck.
fr situation n | La cagnotte du quiz du bar est à 300 euros, personne ne gagne depuis trois semaines, et l'animateur lit la question.
+ en situation n | The pub quiz jackpot is at 300 euros, nobody's won it for three weeks, and the host is reading the question.
fr situation h | Question à 20 000 euros pour ma voisine au jeu télé, il lui reste un joker, et elle se tait.
+ en situation h | The 20,000-euro question for my neighbour on the quiz show, she has one lifeline left, and she says nothing.

# trap: every
en situation n | Every eye in the curling hall follows the last stone as it slides, slower and slower, to the centre.
+ fr situation n | Tous les regards suivent la dernière pierre de curling qui glisse, de plus en plus lentement, vers le centre.
en situation n | Every time my cousin's ball rolls down the lane we all lean; last frame, and she needs a strike.
+ fr situation n | Chaque fois que la boule de ma cousine roule, on se penche tous ; dernière frame, il lui faut un strike.
en situation n | Every kid has guessed how many sweets are in the jar, and the teacher is counting out loud: 212, 213...
+ fr situation n | Chaque élève a deviné le nombre de bonbons du bocal, et la maîtresse compte à voix haute : 212, 213...

# trap: silence
fr situation n | Silence dans le minibus du club : le coach va lire le classement du rallye, on était en tête à midi.
+ en situation n | Silence in the club minibus: the coach is about to read the rally standings, and we were leading at noon.
fr situation h | Silence pesant sur l'hippodrome : la photo d'arrivée s'affiche, et les deux chevaux semblent collés.
+ en situation h | Heavy silence over the racecourse: the photo finish comes up, and the two horses look glued together.
fr situation n | Silence dans la cuisine : ma mère soulève le torchon, on va voir si sa brioche du concours a gonflé.
+ en situation n | Silence in the kitchen: my mum lifts the tea towel, and we'll see if her competition brioche has risen.
en situation n | Dead silence in the shearing shed: the judge checks my dad's last fleece, stopwatch still in hand.
+ fr situation n | Silence total dans la bergerie : le juge examine la dernière toison de mon père, chrono encore en main.

# trap: cracks
en situation n | The first egg in the class incubator cracks, a tiny beak pokes through, and thirty kids hold their breath.
+ fr situation n | Le premier œuf de la couveuse de la classe se fendille, un petit bec apparaît, et trente enfants retiennent leur souffle.
en situation h | The batter cracks it high towards the fence, the fielder sprints back, and nobody knows if it'll clear.
+ fr situation h | Le batteur frappe fort vers la clôture, le joueur de champ recule en courant, et personne ne sait si elle passera.
en situation n | The cider judge finally cracks a smile at my bottle, but she still hasn't marked her card.
+ fr situation n | La juge du concours de cidre sourit enfin en goûtant ma bouteille, mais elle n'a toujours rien noté.

# trap: time
en situation h | Extra time, still 2-2, and our striker is through on goal with ten seconds on the clock.
+ fr situation h | Prolongation, toujours 2-2, et notre attaquant file seul au but à dix secondes de la fin.
en situation n | Time's nearly up on the quiz show clock, my brother is on the last question, and he's still muttering.
+ fr situation n | Le chrono du jeu télé arrive à la fin, mon frère est sur la dernière question, et il marmonne encore.
en situation n | First time at the sheepdog trials: one sheep still outside the pen, and forty seconds to go.
+ fr situation n | Premier concours de chiens de berger : un mouton est encore hors de l'enclos, et il reste quarante secondes.

# trap: mère
fr situation n | Ma mère lance son dernier palet au bistrot, il glisse vers la planche, et on est à égalité.
+ en situation n | My mum throws her last disc at the café game, it slides towards the board, and we're level.
fr situation h | Ma mère pilote la caisse à savon des parents, dernier virage, et celle de la maîtresse la talonne.
+ en situation h | My mum is steering the parents' soapbox cart, last bend, and the teacher's cart is right on her tail.
fr situation n | La mère de Julie doit annoncer le groupe gagnant du tremplin rock, et elle cherche ses lunettes.
+ en situation n | Julie's mum is supposed to announce the winning band of the rock contest, and she's hunting for her glasses.

# trap: mois
fr situation n | Six mois qu'on attend le tirage des dossards du marathon, et les mails partent ce matin par ordre alphabétique.
+ en situation n | Six months we've waited for the marathon bib draw, and the emails go out this morning in alphabetical order.
fr situation n | La photo du mois du club est annoncée à midi, et mon cliché d'orage est parmi les trois finalistes.
+ en situation n | The club's photo of the month is announced at noon, and my storm shot is one of the three finalists.

# trap: jours
fr situation h | Trois jours de tournoi d'échecs, tout se joue sur la dernière partie : mon fils a les blancs, la pendule tourne.
+ en situation h | Three days of chess tournament, it all comes down to the last game: my son has white, the clock is running.
fr situation n | Depuis deux jours, le feuilleton radio nous laisse sur la même question : qui a volé le tableau ? Réponse ce soir.
+ en situation n | For two days the radio serial has left us on the same question: who stole the painting? We find out tonight.

# trap: vendredi
fr situation n | Vendredi soir, finale du télécrochet : les deux dernières chanteuses se tiennent la main, le présentateur inspire.
+ en situation n | Friday night, talent show final: the last two singers hold hands, and the host takes a breath.
fr situation n | Vendredi, le comité annonce quelle ville accueille l'étape du Tour, et notre bourg est dans les deux derniers.
+ en situation n | On Friday the committee announces which town hosts the Tour stage, and ours is one of the last two.

# trap: years
en situation n | Ten years since the club last reached a final, and now it's 1-1 with a penalty about to be taken.
+ fr situation n | Dix ans que le club n'avait pas joué de finale, et là c'est 1-1 avec un penalty à tirer.
en situation n | After six years on the waiting list, the allotment draw is live, and the chairman unfolds the next slip.
+ fr situation n | Après six ans d'attente, le tirage des jardins familiaux est en direct, et le président déplie le papier suivant.
en situation n | Twenty-five years of this film saga, and in five minutes we finally see who the masked king is.
+ fr situation n | Vingt-cinq ans de saga, et dans cinq minutes on voit enfin qui est le roi masqué.

# trap: month
en situation n | Player of the month is announced at half-time, and my daughter is one of the two names left.
+ fr situation n | Le joueur du mois est annoncé à la mi-temps, et ma fille est l'un des deux noms qui restent.
en situation n | All month we've tracked the lynx, and tonight the ranger scrolls the camera trap footage: is it on there?
+ fr situation n | Tout le mois, on a suivi le lynx, et ce soir le garde fait défiler les images du piège photo : est-il dessus ?

# trap: night
en situation h | Election night for the student union: the count is done, and they're reading out my flatmate's votes.
+ fr situation h | Soirée électorale du syndicat étudiant : le dépouillement est fini, et ils lisent les voix de mon coloc.
en situation n | Quiz night tiebreaker: closest guess to the Eiffel Tower's height wins, and the host reads the answers slowly.
+ fr situation n | Départage au quiz du soir : la hauteur de la tour Eiffel la plus proche gagne, et l'animateur lit les réponses lentement.

# trap: fils
fr situation h | Mon fils tire son premier penalty en match officiel ; le gardien gesticule, l'arbitre porte le sifflet à la bouche.
+ en situation h | My son is taking his first penalty in a real match; the keeper waves his arms, and the ref lifts his whistle.
fr situation n | Le fils des voisins joue le dernier niveau en direct, une seule vie, et ses spectateurs écrivent en majuscules.
+ en situation n | The neighbours' son is on the final level live, one life left, and his viewers are typing in capitals.

# trap: fille
fr situation n | Ma fille et son poney abordent le dernier obstacle, sans faute jusque-là, et la barre du haut vibre.
+ en situation n | My daughter and her pony take the last fence, clear so far, and the top pole is quivering.
fr situation n | Ma fille lance son dernier ricochet : il faut neuf rebonds pour battre le record du lac.
+ en situation n | My daughter skims her last stone: nine bounces beats the lake record.

# trap: père
fr situation n | Mon père a parié sur le poids du cochon de la foire ; le fermier lit la balance chiffre par chiffre.
+ en situation n | My father bet on the weight of the pig at the fair; the farmer reads the scale digit by digit.
fr wish n c=purple;navy b=dim | Mon père joue la belle au billard, il reste la noire : lumière tamisée, violet et bleu nuit !
+ en wish n c=purple;navy b=dim | Dad's in the decider at pool, just the black left: dim lights, purple and midnight blue!

# trap: dad
en situation n | Dad's on the last question of the pub quiz, scribbling an answer and crossing it out again.
+ fr situation n | Papa est sur la dernière question du quiz du bar, il griffonne une réponse et la barre encore.
en situation n | My dad is reeling something huge in off the pier, the rod bent double, and we still can't see it.
+ fr situation n | Mon père remonte quelque chose d'énorme depuis la jetée, la canne pliée en deux, et on ne voit toujours rien.

# trap: frère
fr situation n | Mon frère a caché la clé du cadeau dans un des quinze coffrets, et ma nièce ouvre l'avant-dernier.
+ en situation n | My brother hid the present's key in one of fifteen boxes, and my niece is opening the second-to-last.
fr slang_emoji h | ptn le tirage des dossards de l'ultra c maintenant 😬😬 mon frère et moi on a les yeux collés au tel
+ en slang_emoji h | omg the ultra bib ballot is happening now 😬😬 my brother and I are glued to our phones

# trap: enfants
fr situation n | Les enfants comptent à rebours : trois, deux, un... la fusée à eau va-t-elle passer le toit du voisin ?
+ en situation n | The kids count down: three, two, one... will the water rocket clear the neighbour's roof?
fr situation n | Les enfants collent l'oreille à la porte : le père Noël de l'école appelle les prénoms, on en est au R.
+ en situation n | The kids press their ears to the door: the school Father Christmas is calling names, and he's up to R.

# trap: baby
en situation n | The reveal balloon is about to pop, every phone is up: is baby number two a boy or a girl?
+ fr situation n | Le ballon va éclater, tous les téléphones sont levés : le deuxième bébé, garçon ou fille ?
en situation n | For her first birthday the baby sits before three objects, and we all wait to see which she grabs.
+ fr situation n | Pour son premier anniversaire, le bébé est devant trois objets, et on attend tous de voir lequel elle attrape.

# trap: dog
en situation n | Our dog has just leapt off the dock at the diving contest, and the judges are measuring the jump.
+ fr situation n | Notre chien vient de sauter du ponton au concours de plongeon canin, et les juges mesurent le saut.
en situation n | The treat is under one of three cups, and the dog sniffs each one while the family bets on his pick.
+ fr situation n | La friandise est sous l'un des trois gobelets, et le chien les renifle pendant que la famille parie.

# trap: dit
fr situation n | Le présentateur dit « et la bonne réponse est... », puis coupe pour la pub, avec mon frère en finale.
+ en situation n | The host says "and the right answer is...", then cuts to the ads, with my brother in the final.
fr situation h | L'arbitre dit qu'il va revoir l'action à la vidéo, et tout le stade attend debout de savoir si le but tient.
+ en situation h | The referee says he's checking the video, and the whole ground waits on its feet to see if the goal stands.
fr situation n | Le guide dit que le geyser jaillit toutes les heures ; on en est à la cinquante-neuvième minute.
+ en situation n | The guide says the geyser erupts every hour; we're at the fifty-ninth minute.

# trap: told
en situation n | The pilot told us the surprise destination comes once we're over the sea, and the coast is below us.
+ fr situation n | Le pilote nous a dit que la destination surprise serait annoncée au-dessus de la mer, et la côte défile sous nous.
en situation n | We were told the best scarecrow is named after the band's last tune, and they're on the final bars.
+ fr situation n | On nous a dit que le meilleur épouvantail serait nommé après le dernier air de la fanfare, et ils finissent.

# trap: gave
en situation n | The judges gave the other skater a 9.6, and my daughter is on the bench waiting for her score.
+ fr situation n | Les juges ont donné 9,6 à l'autre patineuse, et ma fille attend sa note sur le banc.
en situation h | The ref gave a penalty in the last minute, and their keeper bounces on the line as our captain steps up.
+ fr situation h | L'arbitre a sifflé penalty à la dernière minute, et leur gardien sautille pendant que notre capitaine s'avance.

# trap: sans
fr situation h | Quatre-vingt-dixième minute, zéro partout, et notre attaquant part seul, sans personne devant lui.
+ en situation h | Ninetieth minute, nil-nil, and our striker breaks away alone, with nobody in front of him.
fr situation n | Le dernier candidat doit finir le parcours sans toucher le fil du jeu électrique, et il arrive au virage.
+ en situation n | The last contestant has to finish the course without touching the buzz wire, and he's reaching the bend.

# trap: without
en situation n | The last contestant must cross the giant inflatable without falling in, and she's halfway.
+ fr situation n | La dernière candidate doit traverser la structure gonflable sans tomber à l'eau, et elle est à mi-chemin.
en situation n | Forty-seven free throws without a miss, and the whole gym counts every bounce of the next one.
+ fr situation n | Quarante-sept lancers francs sans un raté, et tout le gymnase compte chaque rebond du suivant.

# trap: again
en situation n | They're recounting the votes again for the best scarecrow, and it's still a tie between the vicar's and ours.
+ fr situation n | Ils recomptent encore les voix pour le plus bel épouvantail, et c'est toujours l'égalité entre le curé et nous.
en situation n | The host has the envelope in his hand, but first he wants to thank the sponsors. Again.
+ fr situation n | L'animateur a l'enveloppe en main, mais d'abord il veut remercier les sponsors. Encore une fois.

# trap: trois
fr situation h | Trois secondes à jouer, notre meneur tire du milieu du terrain, et le ballon est en l'air.
+ en situation h | Three seconds to play, our point guard shoots from half-court, and the ball is in the air.
fr situation n | Trois équipes encore en course au rallye des vignerons, et le dernier indice est dans l'une des caves.
+ en situation n | Three teams still in the running at the winegrowers' rally, and the last clue is in one of the cellars.

# trap: six
fr situation n | Il me faut un six pour rentrer mon dernier petit cheval, et ma fille souffle sur le dé.
+ en situation n | I need a six to get my last horse home, and my daughter is blowing on the die.
fr situation n | Six candidats restent au casting de la chorale, et la cheffe va lire les quatre noms retenus.
+ en situation n | Six hopefuls are left at the choir audition, and the conductor is about to read the four names kept.

# trap: thirty
en situation h | Thirty metres from the line, the two rowing eights are dead level and the commentator is yelling.
+ fr situation h | À trente mètres de la ligne, les deux huit d'aviron sont à égalité et le commentateur s'égosille.
en situation n | Thirty seconds left at the Lego build-off, and my son is clicking the last tower onto his castle.
+ fr situation n | Trente secondes au concours de Lego, et mon fils emboîte la dernière tour de son château.

# trap: kilomètres
fr situation h | À un kilomètre de l'arrivée du semi, ma sœur et sa rivale sont au coude-à-coude.
+ en situation h | One kilometre from the half-marathon finish, my sister and her rival are shoulder to shoulder.
fr situation n | Une carte du lâcher de ballons est revenue de 600 kilomètres, et la directrice va dire de quel élève.
+ en situation n | One card from the balloon release came back from 600 kilometres away, and the head will say whose.

# extra: everyday words in other registers
fr negation n | Ce n'est pas de l'inquiétude pour ma mère : elle joue la finale de belote, je veux juste savoir si elle gagne.
+ en negation n | It's not worry about my mum: she's in the card tournament final, I just want to know if she wins.
fr mixed n | Un peu fatigué après six heures de route, mais surtout scotché à la radio : l'étape se joue dans le dernier lacet.
+ en mixed n | A bit tired after six hours' driving, but mostly glued to the radio: the stage is down to the last hairpin.
fr typo n | ma fille est au dernier saut du concours de trampo, les juges sortent les notes, jtiens plus
+ en typo n | my daughter's on her last jump at the trampoline comp, judges putting the scores up, cant take it
en slang_emoji h | ngl my heart's going, the devs reveal the release date in 2 mins and chat is going wild 👀🔥
+ fr slang_emoji h | jsuis pas bien, les devs annoncent la date de sortie dans 2 min et le chat est en feu 👀🔥
fr explicit n | Quel suspense : papa lit le dernier chapitre et s'arrête pile avant de dire qui a volé le gâteau.
+ en explicit n | Talk about suspense: Dad reads the last chapter and stops right before saying who stole the cake.
fr situation n | Le bonhomme de neige penche, et les enfants ont parié trois euros sur la minute où sa tête tombera. Mets une ambiance qui colle.
+ en situation n | The snowman is leaning, and the kids have bet three euros on the minute its head falls. Set a mood to match.
"""

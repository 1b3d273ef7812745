"""suspense: tense anticipation of an outcome still to come; edge-of-the-seat waiting."""

SEEDS = """
fr situation n | Séance de tirs au but, c'est notre gardien qui doit arrêter le dernier.
fr situation n | On regarde le dernier épisode de la série, il reste dix minutes et on ne sait toujours pas qui est le tueur.
fr situation n | Les résultats de l'élection tombent dans cinq minutes.
fr situation n | Le jury délibère, on saura dans un instant qui a gagné le concours de pâtisserie.
fr situation n | Soirée murder party, on va découvrir qui est le coupable.
fr situation n | Le tirage du loto est en direct et j'ai déjà quatre bons numéros.
fr situation n | On joue à un escape game et il reste trois minutes pour trouver le dernier code.
fr situation n | Ma sœur va ouvrir l'enveloppe qui révèle le sexe du bébé.
fr situation n | On attend l'annonce des admis au concours, la liste s'affiche à midi pile.
fr situation n | Dernier tour du Grand Prix, les deux pilotes sont roue dans roue.
fr situation n | Je lis le dernier chapitre du polar, tout va se jouer maintenant.
fr situation n | On est en prolongation et le score est toujours nul.
fr situation n | La partie de poker se joue sur la dernière carte.
fr situation n | Le présentateur fait durer le suspense avant d'annoncer le gagnant.
fr situation n | On regarde un film d'horreur et la porte de la cave s'ouvre lentement.
fr situation n | Mon équipe est à égalité à la dernière manche du tournoi d'échecs.
fr situation n | On attend le verdict du procès, la cour revient dans quelques minutes.
fr situation n | La fusée décolle dans dix secondes, tout le monde retient son souffle.
fr explicit n | Quel suspense !
fr explicit n | Je suis suspendu à l'écran, je veux savoir la suite.
fr explicit n | Le suspense est insoutenable.
fr explicit n | Je retiens mon souffle.
fr explicit n | Je suis sur des charbons ardents en attendant l'annonce.
fr explicit n | Je suis tendu comme un arc, qui va gagner ?
fr intensity h | Je n'en peux plus d'attendre, le suspense me tue !
fr intensity l | Un petit suspense avant de découvrir le cadeau.
fr intensity h | J'ai les ongles rongés jusqu'au sang, c'est la dernière minute du match.
fr intensity l | Légère tension, on attend le verdict du quiz.
fr wish n c=purple;navy b=dim | Soirée thriller, mets du violet et du bleu marine, lumière basse.
fr wish n c=red b=dim | Film à suspense ce soir, juste un rouge sombre et tamisé.
fr wish n c=indigo | Tirs au but imminents, mets de l'indigo.
fr wish n b=dim | On lance le dernier épisode, baisse les lumières.
fr negation n | Je ne suis pas inquiet, juste impatient de voir qui va gagner.
fr negation n | Ce n'est pas de la peur, c'est le suspense qui me tient.
fr negation n | Je ne m'ennuie pas une seconde, tout se joue dans les dernières minutes.
fr negation n | Non, ne me dis pas la fin, je veux savoir ce qui se passe.
fr mixed n | Un peu anxieux pour mon équipe, mais surtout à fond dans le suspense de cette finale.
fr mixed n | Fatigué mais impossible de dormir, je dois savoir comment finit ce livre.
fr mixed n | Ce film me fait un peu peur mais surtout je suis captivé, je veux connaître la fin.
fr mixed n | Excitée et tendue à la fois, mais surtout suspendue à l'annonce du jury.
fr typo n | jsui sur les nerf la fin du match est tro serrée
fr typo n | alors alors ki a gagné ??
fr typo h | le suspens me tu
fr slang_emoji n | la tension de ouf 😬🍿
fr slang_emoji n | j'ai pas respiré depuis 5 min 😳
fr slang_emoji n | omg le cliffhanger de fin 😱📺
fr slang_emoji n | allez allez allez 🤞🤞 dernier penalty
fr one_word n | Suspense.
fr one_word n | Tension
fr one_word n | Haletant
fr one_word n | Suspens...
fr long n | C'est la finale du concours de chant. Ma cousine est dans les deux derniers candidats. Le présentateur ouvre l'enveloppe. Toute la famille se tient la main.
fr long n | On a commencé la série à vingt heures. Il est deux heures du matin et il reste un seul épisode. Tout le monde soupçonne le majordome. On le lance tout de suite.
fr long n | Le match est à égalité depuis quatre-vingt-dix minutes. Les joueurs s'avancent pour les tirs au but. Personne ne parle dans le bar. On attend.
fr long n | J'ai envoyé ma candidature pour le voyage tiré au sort. Le tirage est en direct sur leur page. Mon numéro est le 4512. Les boules tournent.
en situation n | Penalty shootout, our keeper has to save the last one.
en situation n | It's the series finale and we still don't know who the killer is.
en situation n | The election results come out in five minutes.
en situation n | The judges are about to announce who won the bake-off.
en situation n | We're playing an escape room and we have three minutes left.
en situation n | My sister is about to open the envelope for the gender reveal.
en situation n | Last lap and the two drivers are side by side.
en situation n | We're in overtime and the score is tied.
en situation n | Reading the last chapter of the thriller, everything is about to come out.
en situation n | Watching a horror movie and the basement door is creaking open.
en situation n | The jury is coming back with the verdict.
en situation n | Ten seconds to launch and the whole room is silent.
en explicit n | The suspense is killing me.
en explicit n | I'm on the edge of my seat.
en explicit n | I'm holding my breath.
en explicit n | So much tension, who's going to win?
en intensity h | I literally can't take the suspense anymore!
en intensity l | A little suspense before opening my present.
en intensity h | My nails are gone, last minute of the game.
en wish n c=purple;navy b=dim | Thriller night, purple and navy, low lights.
en wish n c=red b=dim | Watching a suspense movie, dark dim red please.
en wish n b=dim | Starting the final episode, dim the lights.
en negation n | I'm not worried, just dying to know who wins.
en negation n | It's not fear, it's pure suspense.
en negation n | Don't tell me the ending, I need to see what happens.
en mixed n | A bit nervous for my team, but mostly hooked on how tense this final is.
en mixed n | Tired but I can't sleep, I have to know how this book ends.
en mixed n | The movie scares me a little but mostly I'm glued to the screen.
en typo n | omg who wins who wins
en typo h | the suspens is killin me
en slang_emoji n | the tension rn 😬🍿
en slang_emoji n | haven't breathed in 5 minutes 😳
en slang_emoji n | that cliffhanger tho 😱📺
en slang_emoji n | come onnnn 🤞🤞 last penalty
en one_word n | Suspense.
en one_word n | Tense
en one_word n | Cliffhanger
en one_word n | Nailbiting
en long n | It's the final of the singing contest. My cousin is in the last two. The host is opening the envelope. The whole family is holding hands.
en long n | We started the show at eight. It's two in the morning and there's one episode left. Everyone suspects the butler. We're pressing play now.
en long n | The game has been tied for ninety minutes. Players are lining up for penalties. Nobody in the pub is talking. We're all waiting.
mixed situation n | Dernier épisode de la saison, le plot twist arrive, j'attends.
mixed explicit n | Le suspense est real, je suis sur le edge de mon siège.
mixed slang_emoji n | la tension est insane 😬🍿
mixed wish n c=purple b=dim | Movie night thriller, mets du violet tamisé.
mixed situation n | Les results du concours sont annoncés dans une minute.
mixed negation n | Pas worried, juste trop impatient de voir la fin.
es explicit n | ¡Qué suspense, no puedo esperar más!
es situation n | Estamos en la tanda de penaltis y falta el último.
de explicit n | Die Spannung ist kaum auszuhalten.
de situation n | Gleich wird der Gewinner verkündet.
it explicit n | Che suspense, sto trattenendo il respiro.
it situation n | Mancano dieci secondi al lancio del razzo.
"""

FR_SITUATIONS = [
    "on attend l'annonce du gagnant de l'émission",
    "il reste une minute et on a un point d'avance",
    "le commissaire va révéler le nom du coupable",
    "on regarde le tirage au sort de la Coupe du monde",
    "le candidat hésite avant de donner sa réponse finale au jeu télévisé",
    "on est à la dernière énigme de la chasse au trésor",
    "je regarde le replay du marathon et mon frère est au coude-à-coude",
    "le notaire va lire le testament devant toute la famille",
    "on joue la belle au ping-pong, dernier point",
    "le film arrive à la scène où on découvre qui ment",
    "le résultat du vote de la compétition de robots tombe à minuit",
    "ma fille passe la dernière au concours de danse",
    "on attend de voir quelle équipe se qualifie au dernier match de poule",
    "le présentateur vient de dire qu'il dévoilera le gagnant après la pub",
]
EN_SITUATIONS = [
    "we're waiting for the winner to be announced on the show",
    "one minute left and we're up by a point",
    "the detective is about to reveal the murderer",
    "we're watching the World Cup draw live",
    "the contestant is about to give his final answer",
    "we're on the last clue of the treasure hunt",
    "the lawyer is about to read the will",
    "match point in the tennis final",
    "the movie is at the scene where we find out who's lying",
    "my daughter is the last to perform at the dance contest",
]
FR_FEELINGS = [
    "je suis {a} tendu en attendant le résultat",
    "je suis {a} impatiente de connaître la fin",
    "le suspense me tient",
    "je retiens mon souffle",
    "je suis suspendu à la suite",
    "je suis sur des charbons ardents",
]
EN_FEELINGS = [
    "I'm {a} tense about who's going to win",
    "I'm {a} on edge waiting for the ending",
    "I'm {a} hooked on what happens next",
    "I'm on the edge of my seat",
    "the suspense is unreal",
]
FR_NEGATIONS = ["je ne m'inquiète pas", "ce n'est pas de la peur", "je ne m'ennuie pas"]
EN_NEGATIONS = ["I'm not worried", "it's not fear"]
FR_TAILS = ["😬🍿", "allez allez 🤞", "je tiens plus 😳", "qui va gagner 👀"]
EN_TAILS = ["😬🍿", "come on come on 🤞", "I can't look 😳", "who's gonna win 👀"]

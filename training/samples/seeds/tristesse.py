"""tristesse: sadness, grief, loss, loneliness, disappointment that hurts."""

SEEDS = """
fr situation n | Mon chat est mort ce matin, la maison est vide sans lui.
fr situation n | Ma copine m'a quitté hier soir par message.
fr situation n | On a enterré mon grand-père aujourd'hui.
fr situation n | Je n'ai pas été pris pour le poste, encore une fois.
fr situation n | Ma meilleure amie part vivre au Canada et je ne la reverrai pas avant des années.
fr situation n | Personne n'est venu à mon anniversaire.
fr situation n | Le vétérinaire dit qu'il n'y a plus rien à faire pour notre vieux labrador.
fr situation n | Je viens de faire une fausse couche.
fr situation n | Mes parents divorcent et je dois choisir chez qui vivre.
fr situation n | J'ai passé tout le week-end seul dans mon studio sans parler à personne.
fr situation n | Mon frère ne me parle plus depuis la dispute de Noël.
fr situation n | J'ai appris ce soir que ma prof préférée est décédée.
fr situation n | Mon projet de startup s'arrête, deux ans de travail pour rien.
fr situation n | Il pleut, je suis loin de ma famille et c'est le premier Noël sans maman.
fr situation n | Mon fils a déménagé à l'autre bout de la France, sa chambre est vide.
fr situation n | J'ai raté mon concours pour la deuxième année de suite.
fr situation n | Ma chienne a dû être euthanasiée cet après-midi.
fr situation n | Ma tante est en soins palliatifs et on sait que c'est la fin.
fr explicit n | Je suis triste ce soir.
fr explicit n | J'ai le cafard depuis ce matin.
fr explicit n | J'ai le cœur gros.
fr explicit n | Je me sens vide et un peu perdu.
fr explicit n | Je suis malheureux en ce moment.
fr explicit n | J'ai envie de pleurer.
fr intensity h | Je suis effondré, je n'arrête pas de pleurer.
fr intensity l | Un petit coup de blues, rien de grave.
fr intensity h | J'ai le cœur brisé en mille morceaux.
fr intensity l | Je suis un peu triste, c'est la fin des vacances.
fr wish n c=blue b=dim | Je suis triste, mets juste un bleu très doux.
fr wish n b=dim | J'ai le moral à zéro, baisse la lumière au minimum.
fr wish n c=navy;violet | Journée de deuil, du bleu marine et du mauve s'il te plaît.
fr wish n c=warm_white b=dim | J'ai de la peine, je voudrais une lumière blanc chaud toute faible.
fr negation n | Je ne suis pas en colère contre lui, j'ai juste énormément de peine.
fr negation n | Ce n'est pas de la fatigue, je suis vraiment triste.
fr negation n | Je ne suis pas inquiet pour la suite, je suis juste triste que ce soit fini.
fr negation n | Non ça ne va pas, je n'ai goût à rien depuis qu'elle est partie.
fr mixed n | Soulagé que ses souffrances soient finies, mais surtout terriblement triste de l'avoir perdue.
fr mixed n | Un peu en colère contre moi-même, mais surtout triste d'avoir laissé passer cette chance.
fr mixed n | Content pour lui qu'il ait trouvé un nouveau job, mais je suis triste de perdre mon collègue préféré.
fr mixed n | Les photos de nos vacances me font sourire mais surtout pleurer depuis qu'on s'est séparés.
fr typo n | chui tro triste ce soir jsp koi faire
fr typo n | g le cafard depui ce matin
fr typo n | ma chienne est morte jai pas arreter de pleurer
fr slang_emoji n | jpp je suis au fond du trou 😭😭
fr slang_emoji n | grosse déprime ce soir 💔🌧️
fr slang_emoji n | le seum tristesse, elle m'a ghosté 😢
fr slang_emoji n | moral dans les chaussettes 🥲
fr one_word n | Triste.
fr one_word n | tristesse
fr one_word n | Cafard
fr one_word n | Chagrin
fr one_word n | Déprimé
fr long n | Aujourd'hui c'était les obsèques de ma grand-mère. Toute la famille était là, on a beaucoup pleuré. Je rentre chez moi et je n'ai envie de rien. Mets quelque chose de doux.
fr long n | Mon chien a disparu depuis trois jours. On a collé des affiches partout dans le quartier. Ce soir je commence à perdre espoir. Sa gamelle est encore pleine dans la cuisine.
fr long n | Elle m'a dit que c'était fini. Cinq ans ensemble et ça s'arrête dans un café. Je ne sais même pas quoi penser. Je veux juste m'asseoir dans le noir.
fr long n | On vient d'apprendre que le bébé de ma sœur ne survivra pas. Tout le monde est sous le choc. Je n'arrive pas à trouver les mots. J'ai besoin de calme.
en situation n | My dog died this morning and the house feels empty.
en situation n | She broke up with me over text last night.
en situation n | We buried my grandfather today.
en situation n | Nobody showed up to my birthday dinner.
en situation n | My best friend is moving across the world next week.
en situation n | I didn't get into the university I applied to, again.
en situation n | I spent the whole weekend alone without talking to anyone.
en situation n | My parents told us they're getting a divorce.
en situation n | The vet said there's nothing more they can do for our old cat.
en situation n | It's the first Christmas without my dad.
en situation n | I got laid off today after eight years at the company.
en situation n | My grandma doesn't recognise me anymore.
en explicit n | I'm feeling really down today.
en explicit n | I feel so sad and empty.
en explicit n | I'm heartbroken.
en explicit n | Feeling blue tonight.
en intensity h | I'm completely devastated, I can't stop crying.
en intensity l | Just a little bit sad, the holidays are over.
en intensity h | This is the worst day of my life, I'm shattered.
en wish n c=blue b=dim | I'm sad, just give me some soft blue light.
en wish n b=dim | Feeling low, keep the lights really dim tonight.
en wish n c=navy;indigo | Grieving day, navy and indigo please.
en negation n | I'm not angry, I'm just really hurt and sad.
en negation n | It's not stress, I just feel so sad since she left.
en negation n | No I'm not okay, I lost my grandma yesterday.
en mixed n | Relieved the funeral is over, but mostly just so sad he's gone.
en mixed n | Happy for my sister's new job abroad, but honestly I'm mostly sad she's leaving.
en mixed n | A little angry at myself but mainly sad I lost touch with her.
en typo n | im so sad rn i cant stop cryin
en typo n | feelin rly down 2day
en slang_emoji n | not me crying in the shower again 😭💔
en slang_emoji n | big sad tonight 😞
en slang_emoji n | I'm in my sad era fr 🌧️
en slang_emoji n | can't even rn 😢 he's gone
en one_word n | Sad.
en one_word n | heartbroken
en one_word n | Grief
en one_word n | Depressed
en long n | My grandmother passed away last night. I was supposed to visit her this weekend. Now I keep replaying our last phone call. I just want something quiet.
en long n | We had to put our cat down today. She was with us for sixteen years. The house is so quiet without her. I keep looking for her on the couch.
en long n | I found out today I'm not getting the promotion. I worked weekends for a year for it. They gave it to someone who joined three months ago. I feel invisible.
mixed explicit n | Je suis trop sad ce soir, vraiment down.
mixed situation n | Mon ex vient de poster des photos avec sa new girlfriend, ça me brise le cœur.
mixed slang_emoji n | grosse sad vibe ce soir 😢 je veux juste rester dans mon lit
mixed wish n c=blue b=dim | Feeling down, mets du bleu, lumière tamisée.
mixed situation n | J'ai eu la news ce matin, mon oncle est décédé.
mixed negation n | Pas angry du tout, juste super triste.
es explicit n | Estoy muy triste, mi perro murió ayer.
es situation n | Mi novia me dejó y no sé qué hacer.
de explicit n | Ich bin heute so traurig.
de situation n | Meine Oma ist letzte Nacht gestorben.
it explicit n | Sono molto triste stasera.
it situation n | Il mio migliore amico si trasferisce all'estero e mi sento solo.
"""

FR_SITUATIONS = [
    "mon lapin est mort pendant la nuit",
    "j'ai appris que mon oncle avait un cancer incurable",
    "ma meilleure amie ne m'a pas invité à son mariage",
    "je viens de rendre les clés de la maison de mes parents décédés",
    "mon copain est parti vivre avec une autre",
    "personne ne m'a souhaité ma fête",
    "je me sens seul depuis que je suis arrivé dans cette ville",
    "mon grand-père ne me reconnaît plus",
    "j'ai perdu le bébé",
    "on a dû donner notre chien parce qu'on déménage",
    "ma demande d'adoption a été refusée",
    "j'ai encore été mis à l'écart par mes collègues",
    "mon père est hospitalisé et les médecins ne sont pas optimistes",
    "je suis rentré de l'enterrement de mon collègue",
]
EN_SITUATIONS = [
    "my hamster died while I was at work",
    "my girlfriend moved out this afternoon",
    "I found out my old friend passed away",
    "I wasn't invited to my cousin's wedding",
    "I just left my grandma at the care home",
    "I've been lonely ever since I moved here",
    "the adoption fell through",
    "I had to give my horse away",
    "my dad is in hospital and it doesn't look good",
    "I lost the baby",
]
FR_FEELINGS = [
    "je suis {a} triste",
    "j'ai {a} le cafard",
    "je me sens {a} seul",
    "j'ai {a} de la peine",
    "j'ai le moral à zéro",
    "je suis malheureuse",
]
EN_FEELINGS = [
    "I'm {a} sad",
    "I feel {a} down",
    "I'm {a} heartbroken",
    "I feel {a} lonely",
    "I'm grieving",
]
FR_NEGATIONS = ["je ne suis pas en colère", "ce n'est pas de l'angoisse", "je n'en veux à personne"]
EN_NEGATIONS = ["I'm not angry", "it's not anxiety"]
FR_TAILS = ["😭", "💔💔", "la vie est nulle 😞", "jsuis pas bien 🌧️"]
EN_TAILS = ["😭😭", "💔", "life sucks rn 😞", "not ok tbh 🌧️"]

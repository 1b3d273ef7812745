"""bonnehumeur: cheerful, happy, in a good mood; warm everyday joy rather than wild elation."""

SEEDS = """
fr situation n | Il fait grand soleil, j'ai pris mon café en terrasse et tout le monde sourit.
fr situation n | Ma voisine m'a apporté des confitures maison ce matin.
fr situation n | On a fait des crêpes avec les enfants, il y en a partout dans la cuisine.
fr situation n | Mon collègue m'a fait rire toute la matinée.
fr situation n | J'ai reçu une carte de ma filleule avec un dessin de nous deux.
fr situation n | Les premiers bourgeons sont sortis sur le cerisier du jardin.
fr situation n | Le chiot nous a accueillis en remuant la queue comme un fou.
fr situation n | On a trouvé une petite brocante sympa et j'ai déniché une lampe géniale.
fr situation n | Ma mère m'a appelé juste pour me dire qu'elle m'aimait.
fr situation n | Apéro improvisé avec les voisins dans la cour.
fr situation n | J'ai enfin fini de repeindre la chambre et elle est superbe.
fr situation n | Ma fille a fait ses premiers pas ce matin.
fr situation n | On part en week-end à la mer avec les copains demain.
fr situation n | Un inconnu m'a aidé à porter mes courses jusqu'à chez moi.
fr situation n | Le boulanger m'a offert un croissant parce qu'il était de bonne humeur.
fr situation n | Ma plante que je croyais morte a fait une nouvelle feuille.
fr situation n | On danse dans la cuisine en préparant le dîner.
fr situation n | C'est le premier jour des vacances et il fait beau.
fr explicit n | Je suis de bonne humeur aujourd'hui.
fr explicit n | Je suis content, tout va bien.
fr explicit n | Je me sens joyeuse ce matin.
fr explicit n | J'ai la pêche !
fr explicit n | Je suis heureux, tout simplement.
fr explicit n | Humeur radieuse ce soir.
fr intensity h | Je suis tellement heureuse, j'ai le sourire jusqu'aux oreilles.
fr intensity l | Plutôt de bonne humeur, tranquillement content.
fr intensity h | Je déborde de joie aujourd'hui.
fr intensity l | Un peu plus joyeux que d'habitude, c'est agréable.
fr wish n c=yellow;orange b=bright | Je suis de super bonne humeur, mets du jaune et de l'orange bien lumineux.
fr wish n c=pink;yellow | Journée joyeuse, du rose et du jaune s'il te plaît.
fr wish n c=warm_white b=bright | J'ai la pêche, lumière blanc chaud bien forte.
fr wish n c=green | Je suis de bonne humeur, mets du vert printanier.
fr negation n | Je ne suis pas euphorique, juste de bonne humeur.
fr negation n | Je ne suis plus du tout fâché, au contraire je suis content.
fr negation n | Ce n'est pas la fête non plus, mais je suis de très bonne humeur.
fr negation n | Non, rien de triste aujourd'hui, tout me fait sourire.
fr mixed n | Un peu fatigué, mais surtout content de ma journée.
fr mixed n | Légèrement stressée par la rentrée, mais surtout heureuse de retrouver mes élèves.
fr mixed n | Il pleut, mais je suis de bonne humeur quand même, rien ne m'atteint.
fr mixed n | Pas fan de ma coupe de cheveux, mais je suis surtout contente, la journée est belle.
fr typo n | chui tro contan ajd
fr typo n | jsuis de bone humeur
fr typo n | trop bi1 cette journee
fr slang_emoji n | trop la pêche ajd 😄☀️
fr slang_emoji n | good vibes only 😁
fr slang_emoji n | grave contente ce matin 🥰
fr slang_emoji n | la journée de rêve ☀️🌸
fr one_word n | Joie.
fr one_word n | content
fr one_word n | Heureuse
fr one_word n | Joyeux
fr one_word n | Bonheur
fr long n | Ce matin, le soleil m'a réveillé. J'ai fait un jogging au parc et croisé des amis. On a pris un café ensemble en riant. Je rentre le cœur léger.
fr long n | Ma grand-mère est venue déjeuner. Elle nous a raconté des histoires de sa jeunesse en riant aux éclats. Les enfants étaient captivés. C'était une belle journée.
fr long n | J'ai repeint les volets en bleu ce week-end. Les voisins m'ont félicité en passant. Il fait doux et le jardin sent bon. Mets quelque chose de gai.
fr long n | Le marché était plein de fraises aujourd'hui. J'en ai acheté trois barquettes. On va faire une tarte avec les petits. Je suis d'humeur légère.
en situation n | The sun is out, coffee on the terrace, everyone's smiling.
en situation n | My neighbour brought me homemade jam this morning.
en situation n | We made pancakes with the kids and there's flour everywhere.
en situation n | My coworker had me laughing all morning.
en situation n | The first buds are out on the cherry tree.
en situation n | The puppy greeted us with his whole body wagging.
en situation n | My mum called just to say she loves me.
en situation n | Spontaneous drinks with the neighbours in the courtyard.
en situation n | Finally finished painting the bedroom and it looks great.
en situation n | A stranger helped me carry my groceries home.
en situation n | We're dancing in the kitchen while cooking dinner.
en situation n | First day of the holidays and the weather is perfect.
en explicit n | I'm in a great mood today.
en explicit n | I'm happy, everything's good.
en explicit n | Feeling cheerful this morning.
en explicit n | I'm just happy.
en intensity h | I'm so happy, I can't stop smiling.
en intensity l | Pretty good mood, quietly happy.
en intensity h | Overflowing with joy today.
en wish n c=yellow;orange b=bright | Great mood, bright yellow and orange please.
en wish n c=pink;yellow | Happy day, pink and yellow.
en wish n c=warm_white b=bright | Feeling good, bright warm white.
en negation n | I'm not ecstatic, just in a good mood.
en negation n | Not annoyed anymore, actually I'm pretty happy.
en negation n | Nothing sad today, everything makes me smile.
en mixed n | A bit tired, but mostly happy with my day.
en mixed n | Slightly stressed about work, but mostly happy to see my friends tonight.
en mixed n | It's raining but I'm in a good mood anyway.
en typo n | im so hapy today
en typo n | in a grate mood lol
en slang_emoji n | good vibes only 😄☀️
en slang_emoji n | feeling cute and happy 🥰
en slang_emoji n | today's a vibe 😁🌸
en slang_emoji n | smiling for no reason lol 😊
en one_word n | Happy.
en one_word n | cheerful
en one_word n | Joy
en one_word n | Content
en long n | The sun woke me up this morning. I went for a run in the park and bumped into friends. We grabbed coffee and laughed a lot. I came home feeling light.
en long n | Grandma came for lunch. She told stories from when she was young and laughed the whole time. The kids were hooked. Such a lovely day.
en long n | The market was full of strawberries today. I bought three punnets. We're making a tart with the little ones. I'm in a light mood.
mixed explicit n | Je suis trop happy aujourd'hui.
mixed situation n | Brunch avec les friends au soleil, la vie est belle.
mixed slang_emoji n | good vibes ce matin 😄
mixed wish n c=yellow b=bright | Feeling good, mets du jaune bien bright.
mixed situation n | Mon boss m'a dit good job devant tout le monde et il fait beau.
mixed negation n | Pas grumpy du tout, je suis de super bonne humeur.
es explicit n | Hoy estoy de muy buen humor.
es situation n | Hace sol y desayuno en la terraza con mis amigos.
de explicit n | Ich bin heute richtig gut gelaunt.
de situation n | Die Sonne scheint und ich trinke Kaffee auf dem Balkon.
it explicit n | Oggi sono di ottimo umore.
it situation n | C'è il sole e facciamo colazione in giardino.
"""

FR_SITUATIONS = [
    "mon fils m'a fait un dessin pour la fête des pères",
    "il fait beau et on mange dehors pour la première fois de l'année",
    "j'ai croisé un vieux copain au marché",
    "ma sœur m'a envoyé une vidéo trop drôle",
    "on a adopté un chaton tout mignon",
    "mes collègues m'ont organisé un petit déjeuner surprise",
    "j'ai reçu un joli colis de ma marraine",
    "on part pique-niquer au parc avec des amis",
    "le jardin est plein de fleurs",
    "mon voisin m'a rendu service sans que je demande",
    "j'ai eu un fou rire avec ma meilleure amie",
    "les enfants chantent dans la voiture",
    "j'ai mangé la meilleure glace de l'été",
    "le soleil est revenu après une semaine de pluie",
]
EN_SITUATIONS = [
    "my son drew me a picture for Father's Day",
    "it's sunny and we're eating outside for the first time this year",
    "I bumped into an old friend at the market",
    "my sister sent me the funniest video",
    "we adopted the cutest kitten",
    "my colleagues threw me a surprise breakfast",
    "we're having a picnic in the park with friends",
    "I had a giggling fit with my best friend",
    "the kids are singing in the car",
    "the sun is back after a week of rain",
]
FR_FEELINGS = [
    "je suis {a} content",
    "je suis {a} heureuse",
    "je me sens {a} joyeux",
    "je suis de bonne humeur",
    "j'ai la pêche",
    "j'ai le sourire",
]
EN_FEELINGS = [
    "I'm {a} happy",
    "I feel {a} cheerful",
    "I'm feeling {a} good",
    "I'm in a good mood",
    "I've got a smile on my face",
]
FR_NEGATIONS = ["je ne suis pas triste", "je n'en veux plus à personne", "ce n'est pas l'euphorie"]
EN_NEGATIONS = ["I'm not sad", "I'm not grumpy anymore"]
FR_TAILS = ["😄", "trop bien ☀️", "la vie est belle 🥰", "grave content 😁"]
EN_TAILS = ["😄☀️", "love it 🥰", "such a good day 😁", "yay 😊"]

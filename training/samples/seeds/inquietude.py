"""inquietude: worry, anxiety, unease about something uncertain; not acute terror."""

SEEDS = """
fr situation n | Mon fils n'est toujours pas rentré et il ne répond pas au téléphone.
fr situation n | J'attends les résultats de ma biopsie, le médecin appelle lundi.
fr situation n | Il y a des rumeurs de licenciements dans ma boîte.
fr situation n | Ma mère tousse depuis trois semaines et refuse d'aller voir un médecin.
fr situation n | Je n'arrive pas à boucler le mois, le loyer tombe vendredi.
fr situation n | Le chat n'a rien mangé depuis hier et il se cache sous le lit.
fr situation n | Mon vol a été retardé et je risque de rater ma correspondance pour l'entretien.
fr situation n | Ma fille part seule en Inde pour trois mois.
fr situation n | La maison fait un drôle de bruit depuis qu'on a changé la chaudière.
fr situation n | Ma copine ne m'a pas répondu depuis ce matin, ce n'est pas son genre.
fr situation n | Je commence un nouveau boulot lundi et je ne connais personne.
fr situation n | La météo annonce une tempête et mon père est en mer.
fr situation n | Mon médecin veut refaire une prise de sang, sans me dire pourquoi.
fr situation n | On n'a toujours pas de nouvelles de notre dossier de prêt immobilier.
fr situation n | Je dois conduire sur l'autoroute pour la première fois demain.
fr situation n | Mes notes ont chuté ce trimestre et le conseil de classe est jeudi.
fr situation n | Mon grand-père vit seul et ne décroche plus le téléphone depuis hier.
fr situation n | La rivière a beaucoup monté près de chez nous et il pleut encore.
fr explicit n | Je suis inquiet.
fr explicit n | Je me fais du souci pour ma sœur.
fr explicit n | J'ai une boule au ventre depuis ce matin.
fr explicit n | Je suis anxieuse pour demain.
fr explicit n | Je stresse pour l'entretien de jeudi.
fr explicit n | Je n'arrive pas à dormir tellement je me fais du mauvais sang.
fr intensity h | Je suis rongé d'inquiétude, je tourne en rond depuis des heures.
fr intensity l | Un peu soucieux pour la réunion de demain, sans plus.
fr intensity h | L'angoisse me serre la gorge, je n'arrête pas d'imaginer le pire.
fr intensity l | Légère appréhension avant le dentiste.
fr wish n c=blue b=dim | Je suis inquiet, mets un bleu apaisant et une lumière douce.
fr wish n c=green;teal | Je m'en fais pour les résultats, du vert et du bleu canard pour me calmer.
fr wish n b=dim | Boule au ventre ce soir, baisse un peu la lumière s'il te plaît.
fr wish n c=warm_white | J'ai de l'appréhension pour demain, mets juste du blanc chaud.
fr negation n | Je ne panique pas, mais je suis quand même inquiet pour lui.
fr negation n | Ce n'est pas de la tristesse, j'ai juste peur que ça se passe mal demain.
fr negation n | Je ne suis pas en colère, je suis surtout préoccupé par sa santé.
fr negation n | Non, je ne suis pas détendu, l'opération de papa me travaille.
fr mixed n | Content de commencer ce nouveau job, mais surtout inquiet de ne pas être à la hauteur.
fr mixed n | Fier d'avoir acheté la maison, mais je m'inquiète beaucoup pour le crédit.
fr mixed n | Un peu excité par le voyage, mais surtout soucieux de laisser ma mère seule.
fr mixed n | Agacé qu'il ne prévienne jamais, mais avant tout inquiet qu'il lui soit arrivé quelque chose.
fr typo n | jsui inkiet pr mon chien il mange plu
fr typo n | jai une boule o ventre pr demain
fr typo n | chui stresse pour les resultas
fr slang_emoji n | j'ai grave le stress pour demain 😬
fr slang_emoji n | ça sent pas bon pour mon taf 😟
fr slang_emoji n | mon cerveau fait des scénarios catastrophe 🫠
fr slang_emoji n | il répond pas... 😰
fr one_word n | Inquiet.
fr one_word n | inquiétude
fr one_word n | Angoissée
fr one_word n | Stressé
fr one_word n | Soucis
fr long n | Mon père doit être opéré du cœur la semaine prochaine. Les médecins disent que c'est une intervention courante. Mais il a soixante-dix-huit ans. Je n'arrête pas d'y penser.
fr long n | On a reçu un courrier des impôts ce matin. Je ne l'ai pas encore ouvert. Ça fait des heures qu'il est posé sur la table. J'ai peur de ce qu'il y a dedans.
fr long n | Ma fille a commencé à sortir avec un garçon plus âgé. Elle rentre de plus en plus tard. Elle ne nous raconte plus rien. Je ne sais pas quoi faire.
fr long n | Ça fait trois mois que je cherche du travail. Mes économies fondent. J'ai encore un entretien vendredi mais je n'y crois plus trop. Je dors mal.
en situation n | My son still isn't home and he's not answering his phone.
en situation n | I'm waiting for my scan results, the doctor calls on Monday.
en situation n | There are rumours of layoffs at work.
en situation n | My mum has been coughing for weeks and won't see a doctor.
en situation n | Rent is due Friday and I'm short again.
en situation n | The cat hasn't eaten since yesterday and keeps hiding.
en situation n | My daughter is backpacking alone in South America.
en situation n | I start a new job on Monday and don't know anyone there.
en situation n | There's a storm warning and my dad is out on the boat.
en situation n | My doctor wants to redo my blood tests and won't say why.
en situation n | The bank still hasn't replied about our mortgage.
en situation n | My grandfather lives alone and hasn't picked up the phone since yesterday.
en explicit n | I'm worried.
en explicit n | I'm anxious about tomorrow.
en explicit n | I've got a knot in my stomach.
en explicit n | I'm stressed about my exam results.
en intensity h | I'm sick with worry, I keep imagining the worst.
en intensity l | A little uneasy about the meeting tomorrow.
en intensity h | The anxiety is eating me alive.
en wish n c=blue b=dim | I'm anxious, soft blue and dim lights please.
en wish n c=green | Worried about the results, some green to calm me down.
en wish n b=dim | Nervous tonight, can you dim everything a bit?
en negation n | I'm not panicking, but I'm really worried about him.
en negation n | It's not sadness, I'm just scared the surgery goes wrong.
en negation n | I'm not angry, just worried sick she isn't back yet.
en mixed n | Excited about the move, but mostly anxious about finding work there.
en mixed n | Proud I bought the house, but honestly I'm worried about the payments.
en mixed n | A bit annoyed he never texts, but above all worried something happened.
en typo n | im so stresed abt 2moro
en typo n | kinda worryd abt my dog he wont eat
en slang_emoji n | my anxiety is through the roof rn 😬
en slang_emoji n | overthinking everything again 🫠
en slang_emoji n | he left me on read for 6 hours 😟
en slang_emoji n | stress levels 📈📈
en one_word n | Worried.
en one_word n | anxious
en one_word n | Nervous
en one_word n | Uneasy
en long n | My dad is having heart surgery next week. The doctors say it's routine. But he's seventy-eight. I can't stop thinking about it.
en long n | A letter from the tax office came this morning. I haven't opened it yet. It's been sitting on the table all day. I'm afraid of what's inside.
en long n | I've been job hunting for three months. My savings are almost gone. I have another interview Friday but I'm losing hope. I barely sleep.
mixed explicit n | Je suis un peu anxious pour demain.
mixed situation n | Mon boss veut un meeting demain sans dire pourquoi, je stresse.
mixed slang_emoji n | trop d'overthinking ce soir 😬
mixed wish n c=blue b=dim | Je suis worried, mets un bleu soft.
mixed situation n | J'attends les results de l'IRM, ça me travaille.
mixed negation n | Pas en panique, juste worried pour ma mère.
es explicit n | Estoy preocupada por mi hija.
es situation n | Mañana me dan los resultados del análisis y no paro de pensar.
de explicit n | Ich mache mir Sorgen um meinen Vater.
de situation n | Morgen habe ich das Vorstellungsgespräch und kann nicht schlafen.
it explicit n | Sono in ansia per domani.
it situation n | Mio figlio non è ancora tornato e non risponde al telefono.
"""

FR_SITUATIONS = [
    "mon fils a de la fièvre depuis trois jours",
    "ma voiture fait un bruit bizarre et je pars en vacances demain",
    "j'attends la réponse pour le poste depuis deux semaines",
    "ma copine est partie en randonnée seule et il commence à neiger",
    "mon entreprise a été rachetée et personne ne sait ce qui va se passer",
    "mon chien boite depuis ce matin",
    "mes parents vieillissent et vivent loin de moi",
    "le médecin a trouvé une tache sur la radio",
    "j'ai un entretien annuel avec un nouveau chef",
    "ma fille ne va plus à l'école depuis une semaine et refuse d'en parler",
    "on a un contrôle fiscal le mois prochain",
    "mon meilleur ami ne donne plus de nouvelles",
    "ma mère doit passer une mammographie de contrôle",
    "les prix augmentent et mon salaire ne suit pas",
]
EN_SITUATIONS = [
    "my son has had a fever for three days",
    "the car is making a weird noise and we leave tomorrow",
    "I'm still waiting to hear back about the job",
    "my company just got bought and nobody knows what happens next",
    "my dog has been limping since this morning",
    "the doctor found something on the X-ray",
    "I have my annual review with a new boss",
    "my best friend has stopped answering my messages",
    "we have a tax audit next month",
    "prices keep going up and my pay doesn't",
]
FR_FEELINGS = [
    "je suis {a} inquiet",
    "je suis {a} anxieuse",
    "je me fais du souci",
    "je stresse {a}",
    "j'ai une boule au ventre",
    "je me ronge les sangs",
]
EN_FEELINGS = [
    "I'm {a} worried",
    "I'm {a} anxious",
    "I feel {a} uneasy",
    "I'm {a} nervous",
    "I can't stop worrying",
]
FR_NEGATIONS = ["je ne panique pas", "ce n'est pas de la colère", "je ne suis pas triste"]
EN_NEGATIONS = ["I'm not panicking", "it's not anger"]
FR_TAILS = ["😬", "ça me travaille 😟", "j'espère que ça va aller 🤞", "jsp 😰"]
EN_TAILS = ["😬", "fingers crossed 🤞", "overthinking it 😟", "hope it's fine 😰"]

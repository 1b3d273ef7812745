"""panique: acute fear or alarm happening right now; terror, losing control, emergency."""

SEEDS = """
fr situation n | Il y a de la fumée qui sort de la cuisine et je ne trouve pas l'extincteur.
fr situation n | Je n'arrive plus à respirer, mon cœur bat à cent à l'heure.
fr situation n | Ma fille de quatre ans a disparu au supermarché.
fr situation n | J'entends quelqu'un essayer d'ouvrir la porte d'entrée en pleine nuit.
fr situation n | La voiture n'a plus de freins et je suis dans la descente.
fr situation n | L'eau monte dans le sous-sol à toute vitesse.
fr situation n | Mon exposé commence dans deux minutes et ma clé USB est vide.
fr situation n | L'avion vient de perdre brutalement de l'altitude, tout le monde hurle.
fr situation n | Je suis coincé dans l'ascenseur entre deux étages et la lumière s'est éteinte.
fr situation n | Mon bébé s'étouffe, il devient tout rouge.
fr situation n | Il y a une araignée énorme sur mon oreiller.
fr situation n | J'ai perdu mon passeport à l'aéroport et l'embarquement ferme dans dix minutes.
fr situation n | Le chien du voisin fonce sur moi en grognant.
fr situation n | Ça tremble, les meubles bougent, je crois que c'est un séisme.
fr situation n | Mon fils ne respire plus normalement après la piqûre de guêpe.
fr situation n | Je me suis perdu en montagne, la nuit tombe et je n'ai plus de batterie.
fr situation n | Le train part dans une minute et je suis encore dans le métro.
fr situation n | Alarme incendie dans l'immeuble, ça sent le brûlé dans l'escalier.
fr explicit n | Je panique complètement.
fr explicit n | J'ai peur, j'ai vraiment peur.
fr explicit n | Je suis terrifiée.
fr explicit n | Crise d'angoisse, je tremble de partout.
fr explicit n | Je suis paniqué, je ne sais plus quoi faire.
fr explicit n | Au secours, je suis mort de trouille.
fr intensity h | Je suis en pleine crise de panique, je n'arrive plus à penser.
fr intensity l | Petit moment de panique, j'ai cru avoir perdu mes clés.
fr intensity h | Terreur absolue, je suis paralysé.
fr intensity l | Un léger vent de panique, le serveur de prod vient de redémarrer tout seul.
fr wish n b=bright | Je panique, allume tout à fond que je voie quelque chose !
fr wish n c=white b=bright | J'ai entendu un bruit en bas, lumière blanche à fond partout vite.
fr wish n c=blue b=dim | Crise d'angoisse, mets un bleu doux et tamisé pour m'aider à respirer.
fr wish n c=warm_white | Je suis terrorisé par l'orage, mets du blanc chaud.
fr negation n | Je ne suis pas juste inquiet, là je panique vraiment.
fr negation n | Ce n'est pas du stress, c'est une vraie crise de panique.
fr negation n | Je ne rigole pas, il y a quelqu'un dans le jardin et j'ai peur.
fr negation n | Non je ne suis pas calme du tout, le bébé ne se réveille pas.
fr mixed n | Excité par le saut en parachute il y a une heure, mais là devant la porte ouverte je suis terrifié.
fr mixed n | Un peu honteux, mais surtout complètement paniqué d'avoir perdu le chien du voisin.
fr mixed n | En colère contre moi-même mais surtout morte de peur, j'ai oublié le gaz allumé et je suis loin.
fr mixed n | Triste de laisser la maison mais là je panique, les pompiers disent d'évacuer tout de suite.
fr typo h | jpanik jpanik jpanik
fr typo h | o secour ya kelkun ds la maison
fr typo n | jai tro peur ya un bruit bizar en bas
fr slang_emoji n | AAAAH une souris dans la cuisine 😱😱
fr slang_emoji n | je flippe ma race là 😨
fr slang_emoji n | au secours je vais mourir 💀😱
fr slang_emoji n | grosse panique à bord 🚨🚨
fr one_word n | Panique !
fr one_word n | Peur
fr one_word n | Terrifié
fr one_word n | Au secours !
fr one_word n | Horreur
fr long n | Je suis seule à la maison. Il y a une coupure de courant dans tout le quartier. Et je viens d'entendre la porte du garage s'ouvrir. J'ai le cœur qui cogne.
fr long n | On était en train de nager quand mon fils a disparu sous l'eau. Je ne le vois plus. Le maître-nageur court. Je hurle son prénom.
fr long n | Je descends la piste noire et je ne contrôle plus rien. Mes skis partent dans tous les sens. Il y a un ravin sur la droite. Je suis terrifié.
fr long n | Mon ordinateur vient de planter pendant l'examen en ligne. Il reste vingt minutes. Le support ne répond pas. Je n'arrive plus à respirer correctement.
en situation n | There's smoke coming from under the bedroom door.
en situation n | I can't breathe and my heart is pounding out of my chest.
en situation n | My toddler just vanished in the crowd at the fair.
en situation n | Someone is trying to open my front door at 3am.
en situation n | The brakes just failed and I'm heading downhill.
en situation n | The basement is flooding and the water keeps rising.
en situation n | My presentation starts in two minutes and my laptop won't turn on.
en situation n | The plane dropped suddenly and people are screaming.
en situation n | I'm stuck in a lift and the lights just went out.
en situation n | My baby is choking.
en situation n | There's a huge spider crawling on my bed.
en situation n | The fire alarm is going off and the hallway is full of smoke.
en explicit n | I'm panicking.
en explicit n | I'm terrified.
en explicit n | Having a panic attack right now.
en explicit n | I'm so scared I can't move.
en intensity h | Full-blown panic, I can't think straight.
en intensity l | Tiny moment of panic, thought I lost my wallet.
en intensity h | I'm absolutely terrified, help.
en wish n b=bright | I'm freaking out, turn every light on full!
en wish n c=white b=bright | Heard a noise downstairs, bright white lights everywhere now.
en wish n c=blue b=dim | Panic attack, soft dim blue to help me breathe.
en negation n | I'm not just nervous, I'm actually panicking.
en negation n | This isn't stress, it's a full panic attack.
en negation n | I'm not kidding, there's someone in the backyard and I'm scared.
en mixed n | I was excited for the bungee jump, but now on the edge I'm terrified.
en mixed n | Embarrassed but mostly panicking, I locked my baby in the car with the keys.
en mixed n | Angry at myself but above all scared to death, I left the stove on and I'm miles away.
en typo h | omg omg omg im freakin out
en typo h | help sum1s in the house
en slang_emoji n | AAAA there's a rat in the kitchen 😱😱
en slang_emoji n | I'm lowkey about to pass out 😰🚨
en slang_emoji n | help help help 😨
en slang_emoji n | bro I'm shaking rn 💀😱
en one_word n | Panic!
en one_word n | terrified
en one_word n | Help!
en one_word n | Scared
en long n | I'm home alone and the power just went out. I heard glass break in the kitchen. My phone is at 2 percent. I'm hiding in the bathroom.
en long n | We were hiking when the storm hit. Lightning is striking really close. We can't find the trail back. I'm so scared.
en long n | I just got a call from the hospital. My son was in a car accident. They won't tell me anything on the phone. I can't stop shaking.
mixed explicit h | Je freak out complètement, help.
mixed situation n | Y'a un fire alarm dans tout l'immeuble et ça sent le brûlé.
mixed slang_emoji n | omg je panique trop 😱 help
mixed wish n c=white b=bright | Panic mode, mets toute la lumière à fond en blanc.
mixed situation n | Mon laptop a crashé cinq minutes avant la deadline, panic totale.
mixed negation n | Pas juste stressed, là je panique à mort.
es explicit n | ¡Estoy en pánico, no puedo respirar!
es situation n | Hay humo en la cocina y no encuentro a mi hijo.
de explicit n | Ich habe totale Panik!
de situation n | Da ist jemand im Garten und versucht die Tür aufzumachen.
it explicit n | Sono terrorizzata, aiuto!
it situation n | C'è un incendio nel palazzo e le scale sono piene di fumo.
"""

FR_SITUATIONS = [
    "il y a des flammes qui sortent du grille-pain",
    "un inconnu me suit depuis la gare et accélère",
    "mon fils a avalé des médicaments",
    "je viens de voir un serpent dans la salle de bain",
    "la maison tremble et les vitres vibrent",
    "quelqu'un frappe violemment à la porte en criant",
    "ma voiture glisse sur le verglas",
    "je n'arrive plus à sortir de la grotte, ma lampe s'éteint",
    "l'eau déborde de partout dans l'appartement",
    "le chien s'est échappé sur l'autoroute",
    "j'ai une douleur énorme dans la poitrine",
    "ma mère ne répond plus et elle est tombée dans l'escalier",
    "le bateau prend l'eau et on est loin de la côte",
    "j'ai vu une ombre bouger dans le couloir",
]
EN_SITUATIONS = [
    "there are flames coming out of the oven",
    "a stranger has been following me since the station",
    "my kid swallowed some pills",
    "there's a snake in the bathroom",
    "the whole house is shaking",
    "someone is banging on the door and shouting",
    "the car is sliding on black ice",
    "my dog ran onto the motorway",
    "I have a crushing pain in my chest",
    "the boat is taking on water",
]
FR_FEELINGS = [
    "je panique {a}",
    "j'ai {a} peur",
    "je suis {a} terrifié",
    "je suis {a} affolée",
    "je suis mort de peur",
    "c'est la panique totale",
]
EN_FEELINGS = [
    "I'm {a} scared",
    "I'm {a} terrified",
    "I'm {a} freaking out",
    "I'm panicking",
    "I'm scared to death",
]
FR_NEGATIONS = [
    "ce n'est pas juste de l'inquiétude",
    "ce n'est pas du stress",
    "ce n'est pas une blague",
]
EN_NEGATIONS = ["I'm not just worried", "this isn't a joke"]
FR_TAILS = ["😱😱", "au secours 🚨", "jvais mourir 😨", "aidez-moi 😰"]
EN_TAILS = ["😱", "help 🚨🚨", "omg omg 😨", "I can't breathe 😰"]

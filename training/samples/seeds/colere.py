"""colere: anger, frustration, irritation, outrage at something unfair."""

SEEDS = """
fr situation n | Le plombier m'a posé un lapin pour la troisième fois cette semaine.
fr situation n | Mon voisin a encore garé sa voiture devant mon garage.
fr situation n | J'ai attendu deux heures aux urgences pour qu'on me renvoie chez moi sans rien.
fr situation n | Mon collègue a présenté mon travail au patron comme si c'était le sien.
fr situation n | La SNCF a annulé mon train sans prévenir et personne ne répond.
fr situation n | Quelqu'un a rayé toute la portière de ma voiture sur le parking.
fr situation n | Le propriétaire refuse de réparer le chauffage alors qu'on paie le loyer.
fr situation n | Mon ado a encore pris la carte bancaire sans demander.
fr situation n | On m'a facturé deux fois la même commande et le service client me raccroche au nez.
fr situation n | L'arbitre nous a volé le match avec un penalty imaginaire.
fr situation n | Mes voisins font la fête jusqu'à quatre heures du matin en semaine.
fr situation n | Mon chef m'a engueulé devant toute l'équipe pour une erreur qui n'était pas la mienne.
fr situation n | Le livreur a jeté mon colis par-dessus le portail, tout est cassé.
fr situation n | Ma sœur a raconté mon secret à toute la famille.
fr situation n | On m'a encore coupé la parole pendant toute la réunion.
fr situation n | Le garagiste m'a fait payer des réparations qu'il n'a jamais faites.
fr situation n | Quelqu'un a volé mon vélo alors qu'il était attaché.
fr situation n | La mairie a abattu les arbres de la place sans consulter personne.
fr explicit n | Je suis en colère.
fr explicit n | Je suis furieux contre mon frère.
fr explicit n | Ça m'énerve, tout m'énerve aujourd'hui.
fr explicit n | J'en ai marre, je suis à bout de nerfs.
fr explicit n | Je suis vraiment agacée par cette histoire.
fr explicit n | Je suis hors de moi.
fr intensity h | Je suis fou de rage, j'ai envie de tout casser.
fr intensity l | Un peu agacé, mais ça va passer.
fr intensity h | Je bouillonne, je vais exploser.
fr intensity l | Légèrement irrité par la réunion de ce matin.
fr wish n c=red b=bright | Je suis furax, mets du rouge à fond.
fr wish n c=red;orange | J'ai la haine, du rouge et de l'orange partout.
fr wish n c=blue b=dim | Je suis énervé, mets-moi un bleu tamisé pour que je redescende.
fr wish n c=white | Je suis en rogne, juste du blanc, pas de fioritures.
fr negation n | Je ne suis pas triste, je suis furieux.
fr negation n | Ce n'est pas de la déception, c'est de la colère pure.
fr negation n | Je ne rigole pas du tout, ce qu'il a fait est inadmissible.
fr negation n | Non je ne me calmerai pas, ils se moquent de nous.
fr mixed n | Un peu triste pour lui, mais surtout en colère qu'il m'ait menti.
fr mixed n | Je suis soulagé que personne ne soit blessé, mais furieux contre ce chauffard.
fr mixed n | Déçue et fatiguée, mais avant tout énervée qu'on m'ait encore oubliée.
fr mixed n | J'ai gagné le procès mais je suis toujours hors de moi pour ces trois ans perdus.
fr typo h | chui tro enerve la
fr typo n | jen ai maaarre de ce boulot de merde
fr typo h | jsuis veneR de ouf contre mon proprio
fr slang_emoji n | le seum total 😤😤
fr slang_emoji n | j'ai la rage frérot 🤬
fr slang_emoji n | ils m'ont saoulé grave aujourd'hui 😡
fr slang_emoji n | vénère de fou, qu'on me parle pas 🔥😤
fr one_word n | Colère.
fr one_word n | énervé
fr one_word n | Furieuse
fr one_word n | Rage
fr long n | Ça fait trois semaines que j'attends le remboursement. J'ai appelé six fois. À chaque fois on me dit que c'est en cours. Là je n'en peux plus, je suis furieux.
fr long n | Mon colocataire ne fait jamais la vaisselle. Ce soir il a invité des potes et a laissé la cuisine dans un état lamentable. J'ai glissé sur une flaque de bière. Je suis à deux doigts de le mettre dehors.
fr long n | La réunion devait durer une heure. On y a passé l'après-midi pour décider de ne rien décider. Et demain il faudra rattraper tout le retard. J'ai les nerfs.
fr long n | Je me suis fait doubler dans la file à la préfecture. Quand j'ai protesté, c'est moi qu'on a fait passer pour l'agressif. Trois heures d'attente pour rien. Je rentre en bouillant.
en situation n | Someone stole my parcel from the porch again.
en situation n | My coworker took credit for my project in front of the whole team.
en situation n | The airline lost my luggage and hung up on me twice.
en situation n | My landlord is keeping my deposit for damage I didn't do.
en situation n | The neighbours' dog has been barking for three hours straight.
en situation n | Some guy cut me off and then flipped me off.
en situation n | I got a parking ticket while I was literally paying for parking.
en situation n | My brother borrowed my car and brought it back with an empty tank and a dent.
en situation n | The referee robbed us with a terrible call in the last minute.
en situation n | My boss changed the deadline to tomorrow without telling anyone.
en situation n | The cable company charged me twice and won't refund it.
en situation n | My roommate ate the leftovers I was saving for lunch, again.
en explicit n | I'm so angry right now.
en explicit n | I'm furious with my sister.
en explicit n | I'm pissed off.
en explicit n | Everything is irritating me today.
en intensity h | I'm seething, I want to punch a wall.
en intensity l | Mildly annoyed, nothing major.
en intensity h | I am absolutely livid.
en wish n c=red b=bright | I'm furious, give me red lights at full blast.
en wish n c=blue;teal | I'm angry, make it blue and teal so I can cool down.
en wish n c=orange;red | So mad right now, orange and red please.
en negation n | I'm not sad, I'm angry.
en negation n | This isn't disappointment, it's rage.
en negation n | I'm not calm and I won't pretend I am, they lied to us.
en mixed n | A bit hurt, but mostly furious that he lied to my face.
en mixed n | Relieved nobody got hurt, but really angry at the driver who caused it.
en mixed n | Tired and sad, but above all pissed off that they cancelled on me again.
en typo h | im sooo mad rn
en typo n | this is rediculous im done w these ppl
en slang_emoji n | I'm so tilted rn 😤
en slang_emoji n | big mad 🤬🤬
en slang_emoji n | bro I'm actually fuming 😡
en slang_emoji n | nah this is so irritating fr 🙄😤
en one_word n | Angry.
en one_word n | furious
en one_word n | Rage
en one_word n | Pissed
en long n | I waited on hold with the bank for forty minutes. Then the call dropped. When I called back they said my case doesn't exist. I'm done being polite.
en long n | My neighbour has been drilling every single morning at seven for a month. I asked nicely twice. Today he laughed and said it's his house. I'm shaking with anger.
en long n | Our team lost because the coach benched our best player for no reason. We trained all season for this game. He won't even explain himself. I can't calm down.
mixed explicit n | Je suis trop angry contre mon boss.
mixed situation n | Le delivery guy a laissé mon colis sous la pluie, tout est trempé.
mixed slang_emoji n | seum de fou, I'm so done 😤
mixed wish n c=red | Je suis pissed off, mets du red.
mixed intensity h | Honnêtement je suis super mad, vraiment furax.
mixed negation n | Pas sad du tout, je suis juste énervé.
es explicit n | Estoy muy enfadado con mi jefe.
es situation n | Me han robado la bici delante de casa otra vez.
de explicit n | Ich bin so wütend auf meinen Nachbarn.
de situation n | Der Zug ist schon wieder ausgefallen, ich habe die Nase voll.
it explicit n | Sono arrabbiatissimo con il mio capo.
it situation n | Mi hanno rigato la macchina nel parcheggio.
"""

FR_SITUATIONS = [
    "l'opérateur m'a encore coupé internet sans raison",
    "mon voisin a jeté ses poubelles dans mon jardin",
    "on m'a doublé dans la file d'attente",
    "mon patron a refusé mes congés au dernier moment",
    "le mécanicien a rayé ma voiture et nie tout",
    "ma coloc a encore invité du monde sans me demander",
    "l'assurance refuse de me rembourser après l'inondation",
    "un chauffard a failli renverser mon fils et il m'a insulté",
    "mon ex raconte des mensonges sur moi",
    "le prof a puni toute la classe pour un seul élève",
    "la banque m'a prélevé des frais injustifiés",
    "mon frère a cassé ma console et fait comme si de rien n'était",
    "les travaux devant chez moi commencent à six heures du matin",
    "on m'a encore oublié dans le planning des vacances",
]
EN_SITUATIONS = [
    "the internet went down in the middle of my exam",
    "my neighbour blocked my driveway again",
    "someone keyed my car in the car park",
    "my manager cancelled my holiday at the last minute",
    "the insurance company denied my claim after months",
    "my flatmate keeps using my stuff without asking",
    "a guy shoved past me and spilled my coffee without apologising",
    "the council towed my car from my own street",
    "my teammate ghosted the group project and we got a bad grade",
    "the delivery driver lied and said nobody was home",
]
FR_FEELINGS = [
    "je suis {a} en colère",
    "je suis {a} énervé",
    "ça m'agace {a}",
    "je suis {a} furieuse",
    "j'ai les nerfs",
    "je suis hors de moi",
]
EN_FEELINGS = [
    "I'm {a} angry",
    "I'm {a} annoyed",
    "I'm {a} mad",
    "I'm {a} furious",
    "I'm fuming",
]
FR_NEGATIONS = ["je ne suis pas triste", "ce n'est pas de la peur", "je ne panique pas"]
EN_NEGATIONS = ["I'm not sad", "it's not fear"]
FR_TAILS = ["😤", "le seum 🤬", "ça me saoule grave 😡", "jvais péter un câble"]
EN_TAILS = ["😤😤", "so annoying 🤬", "I'm done fr 😡", "unbelievable smh"]

"""curiosite: wanting to discover, learn, explore, understand how something works."""

SEEDS = """
fr situation n | Je viens de commencer un documentaire sur les poulpes et leur intelligence.
fr situation n | On a trouvé une vieille carte au trésor dans les affaires de mon grand-oncle.
fr situation n | Je me suis inscrit à un cours de japonais, premier cours ce soir.
fr situation n | Il y a une pluie d'étoiles filantes cette nuit, j'ai sorti le télescope.
fr situation n | Je démonte la vieille radio de mon père pour comprendre comment elle marche.
fr situation n | On arrive dans une ville que personne ne connaît, j'ai envie de tout explorer.
fr situation n | Mon fils me demande pourquoi le ciel est bleu et je veux lui répondre correctement.
fr situation n | J'ai reçu un kit pour fabriquer mon propre savon.
fr situation n | Je lis un article sur les trous noirs et j'ai mille questions.
fr situation n | Un nouveau musée des sciences a ouvert, on y va cet après-midi.
fr situation n | Je viens de découvrir qu'un de mes ancêtres était corsaire, je fouille les archives.
fr situation n | J'essaie une recette éthiopienne avec des épices que je n'ai jamais goûtées.
fr situation n | On a trouvé un insecte bizarre sur la terrasse, je cherche ce que c'est.
fr situation n | Je commence un cours en ligne sur l'intelligence artificielle.
fr situation n | Il y a une porte fermée au fond du jardin de la maison qu'on vient de louer.
fr situation n | J'ai acheté un microscope d'occasion et je regarde tout ce qui me tombe sous la main.
fr situation n | Un collègue m'a parlé d'un livre sur la mémoire, je viens de l'ouvrir.
fr situation n | Ce soir on fait une dégustation de fromages de régions que je ne connais pas.
fr explicit n | Je suis curieux de tout ce soir.
fr explicit n | J'ai envie d'apprendre quelque chose de nouveau.
fr explicit n | Je suis intriguée par ce podcast sur les mystères de l'océan.
fr explicit n | J'ai soif de découvertes.
fr explicit n | Ça m'intrigue, je veux comprendre.
fr explicit n | Humeur exploratrice aujourd'hui.
fr intensity h | Je suis dévoré de curiosité, il faut absolument que je sache comment ça marche.
fr intensity l | Un peu curieux de voir ce que donne cette nouvelle appli.
fr intensity h | Je suis fasciné, je n'arrive pas à décrocher de ce documentaire.
fr intensity l | Vaguement intrigué par le nouveau restaurant d'en face.
fr wish n c=cyan;green b=bright | Je suis en mode découverte, mets du cyan et du vert bien lumineux.
fr wish n c=teal | Soirée documentaire sur l'espace, du bleu canard s'il te plaît.
fr wish n c=cool_white b=bright | Je bricole un circuit électronique, lumière blanc froid à fond pour bien voir.
fr wish n c=yellow;teal | J'explore des cartes anciennes ce soir, mets du jaune et du bleu canard.
fr negation n | Je ne m'ennuie pas du tout, j'ai plein de trucs à découvrir.
fr negation n | Ce n'est pas de l'inquiétude, je suis juste intrigué par ce bruit dans le moteur.
fr negation n | Non, je ne suis pas fatigué, je veux encore apprendre des choses sur les volcans.
fr negation n | Je ne cherche pas à me détendre, j'ai envie de comprendre comment marchent les fusées.
fr mixed n | Un peu fatigué mais surtout curieux d'explorer cette nouvelle ville.
fr mixed n | Intimidée par ce nouveau cours, mais surtout impatiente d'apprendre.
fr mixed n | Un peu perdu avec toutes ces données, mais fasciné par ce qu'elles racontent.
fr mixed n | Mon chef m'a agacé, mais là je suis surtout absorbé par ce puzzle de 3000 pièces.
fr typo n | jme demande comment ca marche les aurores boreales
fr typo n | tro curieux de voir ce ki y a ds ce carton
fr typo n | jai envi dapprendre un truc nouvo
fr slang_emoji n | wait wait c'est quoi ce truc 🤔🔍
fr slang_emoji n | rabbit hole wikipédia depuis 2h 🐇📚
fr slang_emoji n | trop intriguée par ce colis mystère 👀
fr slang_emoji n | mode Sherlock activé 🕵️
fr one_word n | Curiosité.
fr one_word n | curieux
fr one_word n | Intriguée
fr one_word n | Découverte
fr one_word n | Exploration
fr long n | On a emménagé dans une vieille maison le mois dernier. Ce matin j'ai trouvé une trappe sous le tapis du salon. Il y a un escalier qui descend. Je vais chercher une lampe.
fr long n | Ma fille m'a posé une question sur les dinosaures que je n'ai pas su résoudre. On a ouvert l'encyclopédie ensemble. Une heure plus tard on est encore dedans. Mets-nous une ambiance pour apprendre.
fr long n | Je me suis mis à l'astronomie cet hiver. Ce soir le ciel est enfin dégagé. Saturne est visible juste après le coucher du soleil. J'ai hâte de voir ses anneaux.
fr long n | Au marché, un vendeur m'a fait goûter un fruit dont je n'avais jamais entendu parler. Il m'a expliqué qu'il pousse seulement en Asie du Sud-Est. Je rentre et je veux tout savoir dessus. Lance une musique pour chercher.
en situation n | I just started a documentary about octopus intelligence.
en situation n | We found an old treasure map in my great-uncle's things.
en situation n | First Japanese lesson tonight.
en situation n | There's a meteor shower tonight and I set up the telescope.
en situation n | I'm taking apart my dad's old radio to see how it works.
en situation n | We just arrived in a town none of us knows.
en situation n | My kid asked me why the sky is blue and I want to actually understand it.
en situation n | I'm reading about black holes and I have a million questions.
en situation n | A new science museum opened and we're going this afternoon.
en situation n | I just learned one of my ancestors was a pirate, digging through archives now.
en situation n | Trying an Ethiopian recipe with spices I've never tasted.
en situation n | Found a weird beetle on the balcony, trying to identify it.
en explicit n | I'm so curious about everything today.
en explicit n | I want to learn something new.
en explicit n | This podcast about deep sea creatures has me intrigued.
en explicit n | Feeling in an exploring mood.
en intensity h | I'm obsessed, I need to know how this works.
en intensity l | Mildly curious about the new cafe down the street.
en intensity h | Totally fascinated, I can't stop reading about ancient Egypt.
en wish n c=cyan;green b=bright | Discovery mode, bright cyan and green please.
en wish n c=teal | Space documentary night, teal lights please.
en wish n c=cool_white b=bright | Soldering a circuit, bright cool white so I can see.
en negation n | I'm not bored at all, there's so much to discover.
en negation n | It's not worry, I'm just intrigued by that noise in the engine.
en negation n | Not tired, I still want to learn more about volcanoes.
en mixed n | A bit tired but mostly curious to explore this new city.
en mixed n | Intimidated by the new course but mainly eager to learn.
en mixed n | A little lost in all this data but fascinated by what it shows.
en typo n | wonder how the northen lights even work
en typo n | so curius whats in this box
en slang_emoji n | wait what is this thing 🤔🔍
en slang_emoji n | wikipedia rabbit hole for 2 hours 🐇📚
en slang_emoji n | mystery package?? 👀
en slang_emoji n | detective mode on 🕵️
en one_word n | Curious.
en one_word n | intrigued
en one_word n | Discovery
en one_word n | Explore
en long n | We moved into an old house last month. This morning I found a hatch under the living room rug. There are stairs going down. I'm getting a torch.
en long n | My daughter asked me something about dinosaurs I couldn't answer. We opened the encyclopedia together. An hour later we're still at it. Give us some music for learning.
en long n | I got into astronomy this winter. Tonight the sky is finally clear. Saturn rises right after sunset. I can't wait to see the rings.
mixed explicit n | Je suis super curious ce soir, j'ai envie d'apprendre.
mixed situation n | Je regarde un doc sur le deep sea, c'est fascinant.
mixed slang_emoji n | rabbit hole de ouf sur les pyramides 🔍
mixed wish n c=cyan b=bright | Mode discovery, mets du cyan bien bright.
mixed situation n | Premier workshop de robotique ce soir, j'ai hâte de comprendre comment ça marche.
mixed negation n | Pas bored du tout, j'ai trop de trucs à explorer.
es explicit n | Tengo mucha curiosidad por aprender astronomía.
es situation n | Estoy viendo un documental sobre los pulpos, ¡qué interesante!
de explicit n | Ich bin so neugierig, wie das funktioniert.
de situation n | Wir haben eine alte Schatzkarte auf dem Dachboden gefunden.
it explicit n | Sono curiosissima di scoprire questa città.
it situation n | Sto leggendo un libro sui buchi neri e ho mille domande.
"""

FR_SITUATIONS = [
    "je regarde une conférence sur l'origine de l'univers",
    "on a trouvé une pièce de monnaie romaine dans le jardin",
    "je commence à apprendre la guitare tout seul avec des vidéos",
    "un nouveau quartier vient d'ouvrir avec plein de boutiques bizarres",
    "je teste un atelier de poterie pour la première fois",
    "j'ai acheté un livre sur les champignons et je pars en forêt",
    "mon neveu m'a montré comment programmer un petit robot",
    "je lis sur la vie des abeilles",
    "on visite une grotte préhistorique demain",
    "je découvre un auteur coréen dont personne ne parle",
    "j'ai trouvé un appareil photo argentique au vide-grenier",
    "je me demande comment les oiseaux migrateurs retrouvent leur chemin",
    "j'ai reçu un kit de chimie pour adultes",
    "je prépare un itinéraire dans un pays dont je ne parle pas la langue",
]
EN_SITUATIONS = [
    "I'm watching a lecture about the origin of the universe",
    "we found a Roman coin in the garden",
    "I'm teaching myself guitar from videos",
    "I'm trying a pottery class for the first time",
    "I bought a book about mushrooms and I'm heading to the woods",
    "my nephew showed me how to program a little robot",
    "we're visiting a prehistoric cave tomorrow",
    "I found an old film camera at a flea market",
    "I wonder how migrating birds find their way",
    "I'm reading about how bees communicate",
]
FR_FEELINGS = [
    "je suis {a} curieux",
    "je suis {a} intriguée",
    "j'ai {a} envie de découvrir des choses",
    "je suis d'humeur à apprendre",
    "j'ai soif de connaissances",
    "je suis fasciné par ce sujet",
]
EN_FEELINGS = [
    "I'm {a} curious",
    "I'm {a} intrigued",
    "I'm {a} fascinated by this",
    "I want to learn everything about it",
    "I'm in the mood to explore",
]
FR_NEGATIONS = ["je ne m'ennuie pas", "ce n'est pas de l'inquiétude", "je n'ai pas sommeil"]
EN_NEGATIONS = ["I'm not bored", "it's not worry"]
FR_TAILS = ["🤔", "c'est fou ça 🔍", "trop intéressant 👀", "je veux tout savoir 📚"]
EN_TAILS = ["🤔🔍", "so interesting 👀", "need to know more 📚", "wait how 🤯"]

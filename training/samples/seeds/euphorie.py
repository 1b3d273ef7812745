"""euphorie: intense excitement, elation, party energy; joy at full volume (not pride)."""

SEEDS = """
fr situation n | Dans une heure on est au concert de notre groupe préféré, premier rang !
fr situation n | Elle a dit oui ! On va se marier !
fr situation n | Mon copain vient de m'annoncer qu'il m'emmène au Japon la semaine prochaine.
fr situation n | C'est le festival, il y a cinquante mille personnes qui sautent en même temps.
fr situation n | On a appris qu'on attendait des jumeaux !
fr situation n | Je sors des montagnes russes et j'ai envie d'y retourner tout de suite.
fr situation n | Soirée d'anniversaire surprise, tous mes amis sont là et la musique est à fond.
fr situation n | On vient de recevoir les billets pour la finale de la Coupe du monde.
fr situation n | Ma meilleure amie revient vivre en France après cinq ans à l'étranger !
fr situation n | Le feu d'artifice commence et toute la plage hurle de joie.
fr situation n | J'ai gagné un voyage à New York au tirage au sort du supermarché.
fr situation n | On part en road trip demain matin, le van est chargé.
fr situation n | Nouvel An, minuit sonne, tout le monde s'embrasse.
fr situation n | Mon artiste préféré a liké ma reprise de sa chanson.
fr situation n | Ma sœur vient d'accoucher, je suis tata !
fr situation n | On a eu l'appartement de nos rêves, on signe demain !
fr situation n | La neige est tombée toute la nuit, journée de ski poudreuse demain !
fr situation n | Le DJ vient de lancer notre chanson et la piste explose.
fr explicit n | Je suis euphorique !
fr explicit n | Je suis surexcité, je ne tiens plus en place.
fr explicit n | Je saute de joie !
fr explicit n | Je suis sur un petit nuage, c'est incroyable.
fr explicit n | Trop excitée pour ce soir !
fr explicit n | J'ai envie de crier de bonheur.
fr intensity h | Je suis complètement fou de joie, je n'arrive plus à m'arrêter de danser !
fr intensity l | Un peu surexcité, mais ça va, je me tiens.
fr intensity h | C'est le plus beau jour de ma vie, je hurle de joie !
fr intensity l | Légèrement excité par la soirée de demain.
fr wish n c=magenta;orange;yellow b=bright | On fait la fête, mets du magenta, de l'orange et du jaune à fond !
fr wish n c=pink;purple b=bright | Je suis euphorique, du rose et du violet, lumière vive !
fr wish n c=gold | Soirée de folie, mets du doré partout.
fr wish n c=cyan;magenta | Je suis surexcitée, mets du cyan et du magenta.
fr negation n | Je ne suis pas juste content, je suis carrément euphorique !
fr negation n | Ce n'est pas de la nervosité, c'est de l'excitation pure !
fr negation n | Je ne me calme pas, c'est la fête ce soir !
fr negation n | Pas question de dormir, je suis beaucoup trop excité par le voyage demain.
fr mixed n | Un peu stressé par le vol, mais surtout surexcité de partir à Bali demain !
fr mixed n | Épuisée après la journée, mais complètement euphorique à l'idée du concert ce soir.
fr mixed n | Une petite larme en voyant mon frère se marier, mais surtout une joie énorme, on fait la fête !
fr mixed n | J'ai un peu peur du saut en parachute, mais je suis surtout hyper excité !
fr typo h | jsuis tro exciteeee
fr typo h | ouiiiiiii on part a new york
fr typo h | chui surexité jpp
fr slang_emoji n | LETS GOOOO 🎉🎉🔥
fr slang_emoji n | c'est la fête de ouf ce soir 🥳🕺
fr slang_emoji n | jpp je suis trop hypée 🤩🤩
fr slang_emoji n | on est en feu ce soir 🔥💃
fr one_word n | Euphorie !
fr one_word n | surexcité
fr one_word n | Youpi !
fr one_word n | Extase
fr one_word n | Euphorique
fr long n | Ça fait deux ans qu'on essaie d'avoir les places. Ce matin le mail est arrivé. On va au concert de Beyoncé à Paris. Je ne tiens plus en place, mets le son à fond !
fr long n | On a passé la soirée à danser sur la plage. Quelqu'un a sorti des feux de Bengale. Tout le monde chantait. Je n'ai jamais ressenti une énergie pareille.
fr long n | Mon meilleur ami vient de m'appeler. Il rentre d'Australie samedi et il veut me faire la surprise de sa visite. On va tout préparer. Je suis hyper excité.
fr long n | On a décidé sur un coup de tête de partir en Islande. Les billets sont pris pour après-demain. Je fais ma valise en chantant. Je déborde d'énergie.
en situation n | In an hour we'll be front row at our favourite band's concert!
en situation n | She said yes! We're getting married!
en situation n | My boyfriend just told me he's taking me to Japan next week.
en situation n | Festival time, fifty thousand people jumping at once.
en situation n | We just found out we're having twins!
en situation n | Just got off the roller coaster and I want to go again right now.
en situation n | Surprise birthday party, all my friends are here and the music is loud.
en situation n | We just got tickets for the World Cup final.
en situation n | The fireworks are starting and the whole beach is cheering.
en situation n | I won a trip to New York in a raffle.
en situation n | Road trip tomorrow morning, the van is packed.
en situation n | Midnight on New Year's Eve, everyone's hugging.
en explicit n | I'm euphoric!
en explicit n | I'm so hyped I can't sit still.
en explicit n | I'm jumping for joy!
en explicit n | I'm on cloud nine!
en intensity h | I'm absolutely ecstatic, I can't stop dancing!
en intensity l | A little hyped, but keeping it together.
en intensity h | Best day of my life, I'm screaming!
en wish n c=magenta;orange;yellow b=bright | Party time, magenta, orange and yellow at full blast!
en wish n c=pink;purple b=bright | I'm ecstatic, bright pink and purple!
en wish n c=gold | Wild night, gold everywhere please.
en negation n | I'm not just happy, I'm totally ecstatic!
en negation n | It's not nerves, it's pure excitement!
en negation n | No way I'm calming down, we're partying tonight!
en mixed n | A bit nervous about the flight, but mostly so excited to leave for Bali tomorrow!
en mixed n | Exhausted after work, but completely buzzing for the concert tonight.
en mixed n | Slightly scared of the skydive, but above all super hyped!
en typo h | im sooo exciteddd
en typo h | omg omg we r going to new yorkkk
en slang_emoji n | LETS GOOOO 🎉🔥
en slang_emoji n | party mode 🥳🕺
en slang_emoji n | so hyped rn 🤩🤩
en slang_emoji n | we're on fire tonight 🔥💃
en one_word n | Euphoria!
en one_word n | ecstatic
en one_word n | Hyped
en one_word n | Woohoo!
en long n | We've been trying to get tickets for two years. The email came this morning. We're seeing Beyoncé live. I can't sit still, turn it all the way up!
en long n | We spent the night dancing on the beach. Someone brought sparklers. Everyone was singing. I've never felt energy like this.
en long n | We decided on a whim to go to Iceland. Flights are booked for the day after tomorrow. I'm packing and singing at the same time. I'm bursting with energy.
mixed explicit h | Je suis trop hyped, c'est insane !
mixed situation n | On part au Coachella demain, je n'y crois pas !
mixed slang_emoji n | c'est la party ce soir 🥳 let's go
mixed wish n c=magenta;cyan b=bright | Party time, mets du magenta et du cyan, full bright !
mixed situation n | Le DJ joue notre song et tout le monde danse !
mixed negation n | Pas juste happy, je suis carrément euphorique !
es explicit n | ¡Estoy eufórica, no me lo puedo creer!
es situation n | ¡Nos vamos de viaje a Japón mañana!
de explicit n | Ich bin total aus dem Häuschen!
de situation n | Heute Abend ist das Konzert und wir stehen in der ersten Reihe!
it explicit n | Sono al settimo cielo!
it situation n | Stasera c'è la festa e tutti i miei amici sono qui!
"""

FR_SITUATIONS = [
    "on vient d'apprendre qu'on part à Hawaï cet été",
    "le concert commence dans dix minutes et la salle est pleine à craquer",
    "mon amoureux m'a fait une demande en mariage au sommet de la tour Eiffel",
    "on fait une soirée déguisée géante chez mon pote",
    "ma meilleure amie est enceinte et je serai la marraine",
    "le carnaval passe dans notre rue avec les fanfares",
    "on a reçu les clés de notre première maison",
    "mon groupe préféré fait une tournée surprise dans ma ville",
    "on est à Disneyland et la parade commence",
    "on part en vacances ce soir après le boulot",
    "tous mes cousins arrivent pour la grande fête de famille",
    "mon chanteur préféré m'a répondu sur les réseaux",
    "on va voir les aurores boréales ce soir en Laponie",
    "la neige est tombée et c'est journée ski demain",
]
EN_SITUATIONS = [
    "we just found out we're going to Hawaii this summer",
    "the concert starts in ten minutes and the place is packed",
    "my partner proposed at the top of the Eiffel Tower",
    "we're throwing a huge costume party",
    "my best friend is pregnant and I'm going to be the godmother",
    "the carnival is coming down our street with the brass bands",
    "we got the keys to our first house",
    "my favourite band announced a surprise show in my town",
    "we're at Disneyland and the parade is starting",
    "my favourite singer replied to me online",
]
FR_FEELINGS = [
    "je suis {a} surexcité",
    "je suis {a} euphorique",
    "je suis {a} hypée",
    "je saute de joie",
    "je suis sur un nuage",
    "c'est la folie",
]
EN_FEELINGS = [
    "I'm {a} thrilled",
    "I'm {a} hyped",
    "I'm {a} ecstatic",
    "I'm on cloud nine",
    "I'm buzzing",
]
FR_NEGATIONS = [
    "ce n'est pas juste de la bonne humeur",
    "ce n'est pas du stress",
    "je ne vais pas me calmer",
]
EN_NEGATIONS = ["I'm not just happy", "it's not nerves"]
FR_TAILS = ["🎉🎉", "c'est la folie 🔥", "let's go 🥳", "jpp 🤩"]
EN_TAILS = ["🎉🎉", "let's gooo 🔥", "party time 🥳", "omg 🤩"]

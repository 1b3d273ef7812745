"""euphorie: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`euphorie-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | On vient d'apprendre que ma sœur est enceinte, on saute partout dans le salon !
+ en situation n | We just found out my sister is pregnant and we're jumping around the living room!
fr situation n | Mon groupe préféré annonce une tournée et on a eu les places en fosse !
+ en situation n | My favourite band announced a tour and we got standing tickets!
fr situation n | On part demain pour trois semaines au Mexique, les valises sont prêtes !
+ en situation n | Three weeks in Mexico starting tomorrow, bags packed!
fr situation n | Mes meilleurs amis débarquent ce soir par surprise pour la fête !
+ en situation n | My best friends are showing up tonight as a surprise for the party!
fr situation n | C'est le carnaval, toute la rue danse sous les confettis.
+ en situation n | It's carnival and the whole street is dancing under the confetti.
fr situation n | On vient de gagner un séjour au ski au jeu de la radio !
+ en situation n | We just won a ski trip on a radio competition!
fr situation n | Le DJ a passé trois de nos chansons d'affilée, la salle est en transe.
+ en situation n | The DJ played three of our songs in a row and the room is going wild.
fr situation n | Ma demande en mariage est acceptée et tout le restaurant applaudit !
+ en situation n | She said yes and the whole restaurant is clapping!
fr situation n | Le bébé de mon frère est né, je suis oncle, je cours à la maternité !
+ en situation n | My brother's baby was born, I'm an uncle, I'm running to the hospital!
fr situation n | Dans dix minutes on monte sur scène devant deux mille personnes !
+ en situation n | In ten minutes we go on stage in front of two thousand people!
fr situation n | On a reçu les clés de notre première maison et on court dans toutes les pièces vides !
+ en situation n | We just got the keys to our first house and we're running through the empty rooms!
fr situation n | Le chanteur m'a tendu le micro pendant le concert !
+ en situation n | The singer handed me the mic during the show!
fr situation n | On a traversé la ligne d'arrivée du rallye et tout le monde saute dans les bras des autres !
fr situation n | Ce soir c'est le bal de fin d'année et toute la promo est déchaînée.
+ en situation n | Prom night and the whole year group is going crazy on the dance floor.
fr situation n | J'ai reçu un message de mon idole qui veut qu'on enregistre ensemble !
+ en situation n | My idol messaged me and wants to record a song together!
fr situation n | On est en route pour le festival, toutes les fenêtres ouvertes et la musique à fond !
+ en situation n | Driving to the festival with the windows down and the music blasting!
fr situation n | Mon amoureuse revient de six mois d'expatriation, elle atterrit dans une heure !
+ en situation n | My girlfriend is back after six months abroad, she lands in an hour!
fr situation n | On a gagné au loto, pas des millions, mais assez pour partir tous ensemble en voyage !
+ en situation n | We won the lottery, not millions, but enough for all of us to go travelling!
fr situation n | Il neige enfin sur la station et les pistes ouvrent demain, on part à l'aube !
+ en situation n | Fresh snow at the resort and the slopes open tomorrow, leaving at dawn!
fr situation n | Le mariage de mon meilleur ami bat son plein, tout le monde danse sur les tables.
+ en situation n | My best mate's wedding is in full swing and people are dancing on the tables.
fr situation n | Mon vol pour l'Australie décolle dans deux heures, j'ai attendu ça toute ma vie !
+ en situation n | My flight to Australia takes off in two hours, I've waited my whole life for this!
fr situation n | On vient de recevoir le feu vert pour adopter notre enfant !
+ en situation n | We just got approved to adopt our child!
fr situation n | Le concert vient de commencer et les lasers partent dans tous les sens.
+ en situation n | The concert just started and the lasers are going everywhere.
fr situation n | On fête l'anniversaire de ma mère et on a loué une salle avec un groupe de salsa.
fr situation n | On m'a appelé pour me dire que je pars à la finale de Roland-Garros en loge !
+ en situation n | Someone just called to say I'm going to the Wimbledon final in a box!
fr situation n | La pool party bat son plein et tout le monde est dans l'eau.
+ en situation n | The pool party is in full swing and everyone's in the water.
fr situation n | On a réussi à avoir des places pour le Grand Prix de Monaco !
fr situation n | Ma meilleure amie a eu ses jumelles et je suis la marraine des deux !
+ en situation n | My best friend had twin girls and I'm godmother to both!
fr situation n | Minuit, le feu d'artifice du 14 juillet explose au-dessus de nos têtes !
+ en situation n | The fireworks are exploding right above our heads!
fr situation n | On part en croisière demain, j'ai déjà mon maillot dans le sac à main.
+ en situation n | Leaving on a cruise tomorrow, my swimsuit's already in my handbag.
fr situation n | Mon cousin se marie à Bali et il nous paie le billet à tous !
+ en situation n | My cousin is getting married in Bali and he's paying for everyone's flights!
fr situation n | On a fait une soirée mousse et je n'arrive plus à arrêter de rire.
fr situation n | Mes parents viennent de m'offrir un chiot pour mon anniversaire !
+ en situation n | My parents just gave me a puppy for my birthday!
fr situation n | Le stade chante à l'unisson et on est au premier rang de la tribune.
+ en situation n | The whole stadium is singing and we're in the front row.
fr situation n | On a vu des aurores boréales, le ciel danse en vert et en violet !
+ en situation n | We saw the northern lights, the sky is dancing green and purple!
fr situation n | Mon premier single passe à la radio en ce moment même !
+ en situation n | My first single is playing on the radio right now!
fr situation n | On est dans la voiture en direction de Disneyland avec les enfants qui hurlent de joie.
+ en situation n | Driving to Disneyland with the kids screaming with joy in the back.
fr situation n | Dernier jour de cours, demain c'est les grandes vacances, on court dans la cour !
+ en situation n | Last day of school, summer holidays start tomorrow, we're running out the gates!
fr situation n | Le voyage de noces commence, on atterrit à Tahiti !
+ en situation n | The honeymoon starts now, we just landed in Tahiti!
fr situation n | Mon copain et moi, on vient de réserver un tour du monde d'un an !
+ en situation n | We just booked a year-long trip around the world!
fr situation n | La chorale chante et toute l'église reprend en chœur, j'en ai des frissons de joie.
fr situation n | On est à la fête foraine et on enchaîne tous les manèges.
+ en situation n | We're at the funfair going on every single ride.
fr situation n | On a eu un surclassement en première classe pour le vol vers New York !
+ en situation n | Got upgraded to first class on the flight to New York!
fr situation n | La fanfare passe sous nos fenêtres et on descend danser avec eux.
+ en situation n | The brass band is passing under our windows and we're going down to dance.
fr situation n | Mes amis d'enfance et moi, on se retrouve tous ce soir pour la première fois depuis dix ans !
+ en situation n | All my childhood friends are meeting up tonight for the first time in ten years!
fr situation n | On vient de voir notre bébé bouger à l'échographie et on crie dans le couloir !
+ en situation n | We just saw our baby move on the scan and we're shrieking in the corridor!
fr situation n | Le tirage du festival est tombé : on a les pass trois jours !
+ en situation n | We got three-day festival passes in the ballot!
fr situation n | On a plongé avec des dauphins ce matin et je n'arrive pas à redescendre.
+ en situation n | Swam with dolphins this morning and I still can't come down.
fr situation n | J'ai un peu le trac pour la fête de ce soir, mais surtout je suis surexcité !
+ en situation n | A tiny bit nervous about the party tonight, but mostly buzzing!
fr negation n | Ce n'est pas du stress, je tremble d'excitation avant le départ pour le Japon !
+ en negation n | It's not stress, I'm shaking with excitement before the flight to Japan!
en situation n | Our band just got booked for the main stage!
en situation n | The whole office is celebrating the launch with music and bubbles!
en situation n | My best friend just landed a spot for us at the sold-out gig tonight!
en situation n | Road trip with the girls starts in an hour and the playlist is ready!
en situation n | The crowd is chanting our name and we haven't even started playing!
# contrast with neighbouring moods
fr situation n | On part ce soir en boîte fêter mon nouveau boulot, je suis intenable !
+ en situation n | We're going clubbing tonight to celebrate my new job, I can't sit still!
fr situation n | On court sur le terrain avec les autres supporters, on danse et on hurle !
+ en situation n | We're running onto the pitch with the other fans, dancing and screaming!
fr situation n | Je viens d'apprendre que je pars vivre un an à Tokyo, je saute partout !
+ en situation n | Just found out I'm moving to Tokyo for a year, I'm bouncing off the walls!
fr situation n | Le concert de ce soir est complet et on a les pass backstage !
+ en situation n | Tonight's gig is sold out and we've got backstage passes!
fr situation n | Mes amis ont organisé une fête géante pour mon départ, tout le monde danse !
+ en situation n | My friends threw a massive leaving party and everyone's dancing!
# stories
fr long n | Ça fait des mois qu'on prépare ce voyage entre amis. Ce matin on a pris le train pour Barcelone. On chante dans le wagon, les gens nous regardent en riant. Je n'ai jamais été aussi excitée.
+ en long n | We've been planning this trip with friends for months. This morning we got the train to Barcelona. We're singing in the carriage and people are laughing along. I've never been this excited.
fr long n | Ma sœur m'a appelée à six heures du matin. Elle a accouché d'une petite fille. J'ai sauté dans la voiture en pyjama. Je crie de joie au volant.
+ en long n | My sister rang me at six in the morning. She'd just had a baby girl. I jumped in the car in my pyjamas. I'm screaming with joy at the wheel.
fr long n | Le concert était complet depuis un an. Un ami m'a appelé à midi, il avait deux places en trop. On est au premier rang. Les lumières viennent de s'éteindre.
+ en long n | The concert sold out a year ago. A friend called at noon with two spare tickets. We're in the front row. The lights just went down.
fr long n | On a organisé une fête surprise pour les trente ans de mon frère. Quarante personnes cachées dans le noir. Il a ouvert la porte, tout le monde a crié. Maintenant on danse jusqu'au bout de la nuit.
+ en long n | We threw a surprise party for my brother's thirtieth. Forty people hiding in the dark. He opened the door and everyone screamed. Now we're dancing till dawn.
fr long n | On est partis tôt vers la montagne. Il a neigé toute la nuit et le soleil brille. Les pistes sont vides et la poudreuse est parfaite. J'ai hurlé de joie dans la première descente.
+ en long n | We drove to the mountains early. It snowed all night and the sun is out. The slopes are empty and the powder is perfect. I screamed all the way down the first run.
# phone spelling
fr typo n | jpp on part a new york demain jsuis tro hypé 🤩
fr typo n | c la fete ce soir jsui en mode surexcitée
fr typo n | on a eu les places pr le concert jpp jpp jpp
"""

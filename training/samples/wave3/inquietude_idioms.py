"""inquietude: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# se faire un sang d'encre / worried sick
fr explicit h | Je me fais un sang d'encre depuis ce matin.
+ en explicit h | I've been worried sick since this morning.
fr situation h | Ma fille n'est pas rentrée de sa soirée et je me fais un sang d'encre.
+ en situation h | My daughter isn't back from her party yet and I'm worried sick.

# mort d'inquiétude / worried to death
en explicit h | Worried to death tonight.
+ fr explicit h | Morte d'inquiétude ce soir.
en situation h | His plane landed two hours ago and he still hasn't called, I'm worried to death.
+ fr situation h | Son avion a atterri il y a deux heures et toujours pas d'appel, je suis mort d'inquiétude.

# se ronger les sangs / fretting
fr explicit n | Je me ronge les sangs.
+ en explicit n | I'm fretting like mad.
fr situation n | Le véto garde le chien en observation cette nuit, je me ronge les sangs à la maison.
+ en situation n | The vet is keeping the dog in overnight for observation, and I'm at home fretting.

# avoir la boule au ventre / knot in my stomach
fr explicit n | J'ai la boule au ventre depuis ce matin.
+ en explicit n | I've had a knot in my stomach since this morning.
fr situation n | Rendez-vous chez le banquier lundi pour le découvert, j'ai déjà la boule au ventre.
+ en situation n | Meeting with the bank on Monday about the overdraft, and I already have a knot in my stomach.

# sick with worry / malade d'inquiétude
en explicit h | Sick with worry, honestly.
+ fr explicit h | Malade d'inquiétude, franchement.
en situation h | Grandpa fell again yesterday and won't let anyone take him to the doctor, I'm sick with worry.
+ fr situation h | Papi est encore tombé hier et refuse qu'on l'emmène chez le médecin, je suis malade d'inquiétude.

# ne pas en dormir / lose sleep over it
fr explicit n | Je n'en dors plus.
+ en explicit n | I'm losing sleep over it.
fr situation n | Le plan social tombe fin du mois et je n'en dors plus, je regarde le plafond jusqu'à trois heures.
+ en situation n | The layoffs are announced at the end of the month and I'm losing sleep over it, staring at the ceiling until three.

# a bad feeling / un mauvais pressentiment
en explicit n | I've got a bad feeling about this.
+ fr explicit n | J'ai un mauvais pressentiment.
en situation n | Bad feeling about tomorrow's drive, they're forecasting black ice over the pass.
+ fr situation n | Je sens mal la route de demain, ils annoncent du verglas sur le col.

# je le sens pas / I don't like the look of it
fr slang_emoji n | je le sens pas du tout ce truc 😬
+ en slang_emoji n | really don't like the look of this 😬
fr situation n | Le garagiste a fait une grimace en ouvrant le capot, je le sens pas, cette histoire.
+ en situation n | The mechanic pulled a face when he opened the bonnet, I don't like the look of this at all.

# se faire des cheveux blancs / going grey over it
fr explicit n | Je me fais des cheveux blancs avec ce dossier.
+ en explicit n | This file is giving me grey hairs.
fr situation n | Mon fils de dix-sept ans vient d'acheter un scooter d'occasion, je vais me faire des cheveux blancs.
+ en situation n | My seventeen-year-old just bought a second-hand scooter, he's going to give me grey hair.

# flipper pour / freaking out about
fr slang_emoji n | jflippe grave pour l'oral de lundi 😰
+ en slang_emoji n | lowkey freaking out about monday's oral 😰
fr situation n | Je flippe un peu pour le contrôle technique, les freins font un bruit bizarre depuis une semaine.
+ en situation n | I'm a bit freaked out about the MOT, the brakes have been making a weird noise for a week.

# a nervous wreck / une boule de nerfs
en explicit h | I'm a nervous wreck today.
+ fr explicit h | Je suis une vraie boule de nerfs aujourd'hui.
en situation h | Total nervous wreck since the school called and asked me to come in about Lucas.
+ fr situation h | Je suis une boule de nerfs depuis que l'école m'a demandé de passer au sujet de Lucas.

# stresser à mort / stressing like crazy
fr explicit h | Je stresse à mort.
+ en explicit h | I'm stressing like crazy.
fr situation h | Le proprio veut récupérer l'appart et on n'a rien trouvé, je stresse à mort.
+ en situation h | The landlord wants the flat back and we haven't found anything, I'm stressing like crazy.

# psychoter / overthinking
fr slang_emoji n | je psychote depuis 2h sur son vu sans réponse 🙃
+ en slang_emoji n | been overthinking her "seen" with no reply for 2 hours 🙃
fr situation n | Le médecin a dit « on va refaire une prise de sang par précaution », et depuis je psychote.
+ en situation n | The doctor said "we'll redo the blood test just in case", and I've been overthinking it ever since.

# my mind keeps going to the worst / se faire des films
en explicit n | My mind keeps jumping to the worst.
+ fr explicit n | Je me fais des films.
en situation n | No news from my sister since the storm hit her town, and my head keeps jumping to the worst.
+ fr situation n | Pas de nouvelles de ma sœur depuis que la tempête a frappé sa ville, je me fais tous les films possibles.

# ça me travaille / it's eating at me
fr explicit n | Ça me travaille depuis hier.
+ en explicit n | It's been eating at me since yesterday.
fr situation n | La maîtresse a dit que Jade ne parlait plus en classe, ça me travaille toute la journée.
+ en situation n | The teacher says Jade has stopped talking in class, and it's been eating at me all day.

# weighs on my mind / ça me pèse
en explicit l | It's been weighing on my mind a little.
+ fr explicit l | Ça me pèse un peu, ce truc.
en situation n | The tax letter I haven't dared open is weighing on my mind. Something soft for the lights, please.
+ fr situation n | La lettre des impôts que je n'ose pas ouvrir me pèse. Une lumière douce, s'il te plaît.

# ça me tracasse / nagging at me
fr explicit l | Ça me tracasse un peu.
+ en explicit l | It's nagging at me a bit.
fr situation l | La voisine âgée n'a pas ouvert ses volets ce matin, ça me tracasse un peu.
+ en situation l | The elderly lady next door didn't open her shutters this morning, it's nagging at me a little.

# stomach in knots / l'estomac noué
en explicit n | Stomach in knots all afternoon.
+ fr explicit n | L'estomac noué tout l'après-midi.
en situation n | Mum's scan results come in Thursday, my stomach's been in knots all week.
+ fr situation n | Les résultats du scanner de maman arrivent jeudi, j'ai l'estomac noué toute la semaine.

# être dans ses petits souliers / squirming
fr explicit n | Je suis dans mes petits souliers.
+ en explicit n | I'm feeling really uneasy.
fr situation n | J'ai rayé la voiture du patron en me garant et je dois le lui dire demain, je suis dans mes petits souliers.
+ en situation n | I scraped the boss's car while parking and I have to tell him tomorrow, I'm squirming already.

# on edge / sur le qui-vive
en explicit n | Been on edge all day.
+ fr explicit n | Sur le qui-vive toute la journée.
en situation n | On edge since the neighbours mentioned break-ins on our street last week.
+ fr situation n | Je suis sur le qui-vive depuis que les voisins ont parlé de cambriolages dans la rue la semaine dernière.

# sueurs froides / break out in a cold sweat
fr explicit n | Rien que d'y penser, j'ai des sueurs froides.
+ en explicit n | Just thinking about it brings me out in a cold sweat.
fr situation n | L'entretien annuel est jeudi et rien que d'y penser j'en ai des sueurs froides.
+ en situation n | My annual review is on Thursday and just thinking about it brings me out in a cold sweat.

# épée de Damoclès / sword of Damocles
fr explicit n | J'ai une épée de Damoclès au-dessus de la tête.
+ en explicit n | There's a sword hanging over my head.
fr situation n | Ce contrôle fiscal, c'est une épée de Damoclès, on attend le courrier depuis trois mois.
+ en situation n | This tax audit is hanging over us like a sword, we've been waiting for the letter for three months.

# dreading / j'appréhende
en explicit n | Totally dreading tomorrow.
+ fr explicit n | J'appréhende vraiment demain.
en situation n | Dreading the call with Dad's cardiologist this afternoon, he sounded so serious last time.
+ fr situation n | J'appréhende l'appel avec le cardiologue de papa cet après-midi, il avait l'air si grave la dernière fois.

# ne pas être tranquille / uneasy
fr explicit l | Je ne suis pas tranquille.
+ en explicit l | I don't feel easy about it.
fr situation l | Les enfants sont partis à vélo jusqu'au lac tout seuls, je ne suis pas très tranquille.
+ en situation l | The kids cycled off to the lake on their own, and I don't feel too easy about it.

# it's killing me not knowing / ça me tue de ne pas savoir
fr explicit h | Ça me tue de ne pas avoir de nouvelles.
+ en explicit h | Not hearing anything is killing me.
fr situation h | Il est au bloc depuis six heures et personne ne nous dit rien, ça me tue.
+ en situation h | He's been in surgery for six hours and nobody tells us anything, it's killing me.

# beside myself with worry / dans tous mes états
en explicit h | Beside myself with worry.
+ fr explicit h | Je suis dans tous mes états.
en situation h | The cat slipped out last night during the fireworks and still isn't home, I'm beside myself.
+ fr situation h | Le chat s'est sauvé pendant le feu d'artifice hier soir et il n'est toujours pas rentré, je suis dans tous mes états.

# se faire de la bile / worrying oneself sick
fr explicit n | Arrête de te faire de la bile, qu'il me dit. Facile à dire.
+ en explicit n | "Stop worrying yourself sick," he says. Easy for him to say.
fr situation n | Je me fais de la bile pour mon frère, il a encore perdu son boulot et il ne répond plus.
+ en situation n | I'm worrying myself sick about my brother, he's lost his job again and he's stopped answering.

# ça sent le roussi / things are looking dicey
fr explicit n | Ça sent le roussi.
+ en explicit n | Things are looking dicey.
fr situation n | Trois collègues convoqués aux RH ce matin, ça sent le roussi pour notre service.
+ en situation n | Three colleagues called into HR this morning, things are looking dicey for our department.

# anxiety through the roof / anxiété qui crève le plafond
en slang_emoji h | anxiety thru the roof rn 😵‍💫
+ fr slang_emoji h | mon anxiété crève le plafond là 😵‍💫
en situation h | My anxiety is through the roof, the biopsy results are due any day now. Dim the lights, please.
+ fr situation h | Mon angoisse crève le plafond, les résultats de la biopsie peuvent tomber d'un jour à l'autre. Baisse la lumière, s'il te plaît.

# something's not right / il y a un truc qui cloche
en explicit n | Something's not right, I can feel it.
+ fr explicit n | Il y a un truc qui cloche, je le sens.
en situation n | Something's off with Grandma, she called me by my mum's name twice on the phone.
+ fr situation n | Il y a un truc qui cloche avec mamie, elle m'a appelée deux fois par le prénom de ma mère au téléphone.

# angoissé de ouf / anxious af
fr slang_emoji h | angoissée de ouf pour les résultats de papa 😣
+ en slang_emoji h | anxious af about dad's results 😣
fr typo h | chui trop angoissee, le bb a 39.5 de fievre et le doc repond pas
+ en typo h | im so anxious, babys got a 39.5 fever and the doc isnt picking up

# lowkey stressed / un peu stressé
en slang_emoji l | lowkey stressed about the rent tbh
+ fr slang_emoji l | un peu stressé pour le loyer, franchement
en typo l | kinda stresed, havent heard back from the landlord about the leak
+ fr typo l | un peu stresse, le proprio a tjrs pas repondu pour la fuite

# what-ifs / les « et si »
en explicit n | The what-ifs are keeping me up.
+ fr explicit n | Les « et si » m'empêchent de dormir.
en situation n | Flying out to a new job in Montréal on Friday and the what-ifs won't leave me alone.
+ fr situation n | Je pars vendredi pour un nouveau boulot à Montréal et les « et si » ne me lâchent pas.

# se faire du mouron / fretting
fr explicit n | Ma mère se fait du mouron, et moi aussi, pour une fois.
+ en explicit n | Mum is fretting, and for once so am I.
fr situation n | Mon grand-père se fait du mouron pour sa récolte, pas une goutte de pluie depuis six semaines.
+ en situation n | My grandfather is fretting about his harvest, not a drop of rain in six weeks.

# avoir la trouille pour quelqu'un / scared for someone
fr explicit n | J'ai la trouille pour lui.
+ en explicit n | I'm scared for him.
fr situation n | Mon frère se fait opérer du dos demain matin, j'ai un peu la trouille pour lui.
+ en situation n | My brother's having back surgery tomorrow morning, I'm a bit scared for him.

# gut feeling / mon instinct me dit
en explicit n | My gut says this is going to go wrong.
+ fr explicit n | Mon instinct me dit que ça va mal tourner.
en situation n | The builder keeps pushing back the start date and asking for cash, my gut says this is going wrong.
+ fr situation n | L'artisan repousse encore le début du chantier et réclame du liquide, mon instinct me dit que ça va mal finir.

# ventre en vrac / my stomach's all over the place
fr typo n | jai le ventre en vrac depuis ce matin, la banque a rappelé pour le pret
+ en typo n | my stomachs been all over the place since this morning, the bank called back about the loan
fr slang_emoji n | ventre en vrac avant le rdv chez l'avocat 🫠
+ en slang_emoji n | stomach all over the place before the lawyer appt 🫠

# keeps me up at night / ça m'empêche de fermer l'œil
en explicit n | It keeps me up at night.
+ fr explicit n | Ça m'empêche de fermer l'œil.
en situation n | The damp patch behind the wardrobe keeps me up at night, what if it's the whole wall?
+ fr situation n | La tache d'humidité derrière l'armoire m'empêche de fermer l'œil, et si c'était tout le mur ?

# tourner en rond / pacing
fr explicit n | Je tourne en rond comme un lion en cage depuis une heure.
+ en explicit n | I've been pacing like a caged animal for an hour.
fr situation n | Ma fille a pris la route de nuit sous la neige, je tourne en rond dans la cuisine en attendant son texto.
+ en situation n | My daughter set off driving at night in the snow, I'm pacing the kitchen waiting for her text.

# ça m'angoisse / it makes me anxious
fr explicit n | Ça m'angoisse, tout ça.
+ en explicit n | All of this makes me anxious.
fr situation n | La retraite dans deux ans et presque rien de côté, ça m'angoisse. Mets une musique calme.
+ en situation n | Retiring in two years with barely anything saved, it makes me anxious. Put on something calm.

# jittery / nerveux, sur les nerfs
en explicit l | A little jittery this morning.
+ fr explicit l | Un peu nerveux ce matin.
en situation l | Bit jittery about leaving the baby with a new sitter tonight, first time ever.
+ fr situation l | Un peu nerveuse de laisser le bébé à une nouvelle baby-sitter ce soir, c'est la première fois.

# sick to my stomach / l'angoisse me retourne le ventre
en explicit h | Sick to my stomach with worry.
+ fr explicit h | L'angoisse me retourne le ventre.
en situation h | The kids' school bus is forty minutes late and nobody's answering at the depot, I feel sick.
+ fr situation h | Le car scolaire a quarante minutes de retard et personne ne répond au dépôt, j'en ai l'estomac retourné.

# pas serein / not easy in my mind
fr explicit l | Pas très serein ce soir.
+ en explicit l | Not too easy in my mind tonight.
fr situation l | Le toit a tenu cet hiver, mais avec la tempête annoncée je ne suis pas très serein.
+ en situation l | The roof held this winter, but with the storm they're forecasting I'm not feeling too easy.

# worrying my head off / je m'inquiète comme une malade
en slang_emoji h | worrying my head off rn, she still hasn't texted 😟
+ fr slang_emoji h | je m'inquiète comme une malade là, elle a tjs pas écrit 😟
en typo h | im worryin my head off, dads not answering his phone since lunch
+ fr typo h | je minquiete comme une malade, papa repond plus au tel depuis midi

# wish: worry with a light request
fr wish n c=blue;navy b=dim | Je me fais du souci pour ma mère ce soir, mets-moi du bleu tout doux.
+ en wish n c=blue;navy b=dim | Worried about my mum tonight, give me some soft blue.
en wish l c=teal;white b=dim | Bit of a knot in my stomach before tomorrow, dim teal lights please.
+ fr wish l c=teal;white b=dim | Un peu la boule au ventre avant demain, un turquoise tamisé s'il te plaît.

# en stress / stressed out
fr typo n | jsuis en stress total pour mon chat, il mange plus depuis 2 jours
+ en typo n | so stressed out abt my cat, he hasnt eaten in 2 days
fr slang_emoji n | en stress pour le déménagement, rien n'est prêt et le camion arrive samedi 😩
+ en slang_emoji n | stressed out about the move, nothing's packed and the van comes saturday 😩

# freaking out a bit / je flippe un peu
en slang_emoji l | ngl kinda freaking out about the dentist tmrw 🦷😬
+ fr slang_emoji l | jvais pas mentir, je flippe un peu pour le dentiste demain 🦷😬
en typo n | freakin out a bit, the school nurse called abt Emma and hung up before i could answer
+ fr typo n | je flippe un peu, l'infirmiere scolaire a appele pour Emma et a raccroche avant que je reponde

# stressé de ouf / stressed af
fr slang_emoji h | stressé de ouf pour le bac de ma sœur, plus que moi l'an dernier 😅
+ en slang_emoji h | stressed af about my sister's finals, more than I was last year 😅
fr typo h | ptn jsuis stresse de ouf, le controle fiscal c demain et jretrouve pas les factures
+ en typo h | god im so stressed, the tax inspection is tomorrow and i cant find the invoices
"""

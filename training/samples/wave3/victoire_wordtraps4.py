"""victoire: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / screaming
fr situation h | J'ai crié dans tout l'appartement en lisant le mail : mon court métrage est sélectionné au festival de Clermont-Ferrand.
+ en situation h | I screamed through the whole flat reading the email: my short film has been selected for the Clermont-Ferrand festival.
en situation h | The whole family screamed when my name was read out: best apprentice baker in the region!
+ fr situation h | Toute la famille a crié quand on a lu mon nom : meilleur apprenti boulanger de la région !
fr situation h | Ma coach criait depuis le bord du bassin, et j'ai touché le mur en premier : championne départementale du 200 m papillon.
+ en situation h | My coach was screaming from the poolside, and I touched the wall first: county champion in the 200 m butterfly.

# reaction: hurler / yelling
fr situation h | J'ai hurlé « OUI ! » dans la voiture en recevant le texto : mon CAP d'ébéniste est validé.
+ en situation h | I yelled "YES!" in the car when the text came through: my cabinetmaking qualification is confirmed.
en situation h | Yelled myself hoarse at the final whistle: my header won us the district cup after three lost finals.
+ fr situation h | J'ai hurlé à m'en casser la voix au coup de sifflet final : ma tête nous offre la coupe du district après trois finales perdues.
fr situation h | Les voisins ont dû m'entendre hurler : six mois de démarchage, et ma petite entreprise de paysagiste décroche son premier gros contrat.
+ en situation h | The neighbours must have heard me yelling: six months of cold-calling, and my little landscaping business has landed its first big contract.

# reaction: pleurer / crying
fr situation h | J'ai pleuré comme une madeleine dans les vestiaires : ceinture noire de judo, après huit ans de cours.
+ en situation h | I cried like a baby in the changing room: black belt in judo, after eight years of classes.
en situation h | My dad cried when I showed him the extension I built myself, every single brick laid with my own hands.
+ fr situation h | Mon père a pleuré quand je lui ai montré l'extension de la maison, chaque brique posée de mes propres mains.
fr situation h | On a pleuré toutes les deux avec ma prof de français : moi, la dyslexique de la classe, j'ai eu 16 à l'écrit du bac.
+ en situation h | My French teacher and I both cried: me, the dyslexic one in the class, I got 16 out of 20 in the written baccalauréat exam.
en negation h | These aren't sad tears: the charity concert I've spent six months organising with my students raised 8,000 euros.
+ fr negation h | C'est pas des larmes de tristesse : le concert caritatif que j'organise depuis six mois avec mes élèves a rapporté 8 000 euros.

# reaction: larmes / tears
fr situation h | Les larmes aux yeux en signant mon CDI, après deux ans d'intérim à enchaîner les missions.
+ en situation h | Tears in my eyes signing my permanent contract, after two years of temping from one job to the next.
en situation h | Tears all down my face on the podium: first medal at the national masters swimming championships, at 58.
+ fr situation h | Des larmes plein les joues sur le podium : première médaille aux championnats de France masters de natation, à 58 ans.
fr situation n | Une larme a coulé quand le public m'a applaudi pour mon premier air en solo au spectacle de la chorale, après deux ans de cours de chant.
+ en situation n | A tear ran down my cheek as the audience clapped my first solo at the choir show, after two years of singing lessons.

# reaction: trembler / shaking
fr situation h | Mes mains tremblaient en soulevant le trophée, mais c'est bien moi qui ai gagné le concours régional de soudure.
+ en situation h | My hands were shaking as I lifted the trophy, but it really is me who won the regional welding competition.
en situation h | Still shaking from the climb: I led the 6b route at the wall for the first time, without a single fall.
+ fr situation h | Je tremble encore : j'ai grimpé en tête la voie en 6b de la salle pour la première fois, sans une seule chute.
fr situation h | J'en tremble encore : j'ai négocié mon augmentation toute seule et j'ai obtenu les 15 % que je demandais.
+ en situation h | I'm still shaking: I negotiated my pay rise on my own and got the full 15% I asked for.
fr negation h | Je tremble, mais pas de peur : notre relais de quatre vient de finir premier de sa catégorie aux 24 heures de course.
+ en negation h | I'm shaking, but not from fear: our four-person relay team just finished first in its category at the 24-hour race.

# reaction: cœur qui bat / heart pounding
fr situation h | Le cœur à 180, j'ai sprinté les cent derniers mètres et doublé deux concurrentes : troisième au triathlon de Gérardmer !
+ en situation h | Heart at 180, I sprinted the last hundred metres and overtook two rivals: third at the Gérardmer triathlon!
en situation h | Heart pounding as I hit "publish", and by that evening the app I coded alone had passed a hundred downloads.
+ fr situation h | Le cœur qui bat en appuyant sur « publier », et le soir même l'appli que j'ai codée seul dépassait les cent téléchargements.
fr situation h | Mon cœur s'est emballé quand le jury a prononcé mon nom : premier prix du concours d'éloquence de la fac.
+ en situation h | My heart raced when the judges said my name: first prize in the university's public speaking contest.

# reaction: mains moites / sweaty palms
fr situation h | Les mains moites pendant tout l'entretien en allemand, et ils me prennent pour le poste à Munich !
+ en situation h | Sweaty palms through the whole interview in German, and they're taking me on for the Munich job!
en situation h | Sweaty palms on the wheel, but I just drove the lorry round the HGV test course without touching a single cone.
+ fr situation h | Les mains moites sur le volant, mais je viens de passer le plateau du permis poids lourd sans toucher un seul plot.
fr situation n | Mains moites au micro, mais après des mois à écrire mes textes, ma première scène ouverte de stand-up a fait rire la salle du début à la fin.
+ en situation n | Sweaty palms on the mic, but after months of writing my material, my first open-mic stand-up set had the room laughing from start to finish.

# reaction: sauter / bondir / jumping
fr situation h | J'ai sauté de ma chaise au bureau : le client japonais signe, après trois ans à le démarcher.
+ en situation h | I leapt out of my chair at the office: the Japanese client is signing, after three years of me chasing them.
en situation h | I jumped so high I hit the lampshade: my son and I finished the 5,000-piece puzzle after four months.
+ fr situation h | J'ai bondi si haut que j'ai touché le lustre : on a fini le puzzle de 5 000 pièces avec mon fils, après quatre mois.
fr situation h | J'ai sauté dans les bras de mon entraîneur : 4 mètres à la perche, la barre qui me résistait depuis deux saisons.
+ en situation h | I jumped into my coach's arms: 4 metres in the pole vault, the height that had beaten me for two seasons.

# reaction: courir / running
fr situation h | J'ai couru dans le couloir de l'hôpital l'annoncer aux collègues : ma première péridurale posée seule, du premier coup.
+ en situation h | I ran down the hospital corridor to tell my colleagues: my first epidural done on my own, first attempt.
en situation h | Ran the last kilometre with a cramp and still beat my brother at the Christmas fun run, first time in ten years.
+ fr situation h | J'ai couru le dernier kilomètre avec une crampe et j'ai quand même battu mon frère à la course de Noël, une première en dix ans.
fr situation h | Je courais toujours derrière les autres au club de rugby, et ce soir l'entraîneur m'a mis titulaire pour la finale de dimanche.
+ en situation h | I was always running behind the others at rugby club, and tonight the coach named me in the starting fifteen for Sunday's final.

# reaction: rire / fou rire / laughing
fr situation h | J'ai éclaté de rire en voyant ma note : 19 en chimie, moi qui avais 6 au premier trimestre.
+ en situation h | I burst out laughing when I saw my mark: 19 out of 20 in chemistry, when I got 6 in the first term.
en situation h | Laughing like a madwoman at the summit cross: my first 3,000-metre peak, climbed without a guide.
+ fr situation h | Je riais comme une folle au pied de la croix du sommet : mon premier 3 000, gravi sans guide.
fr situation h | Fou rire nerveux devant la liste des résultats : mon nom est tout en haut, premier au concours des douanes.
+ en situation h | Nervous fit of laughter in front of the results list: my name's right at the top, first in the customs service exam.

# reaction: souffle coupé / breathless
fr situation h | À bout de souffle mais debout sur le ring : j'ai gagné mon premier combat de boxe amateur aux points.
+ en situation h | Out of breath but still standing in the ring: I won my first amateur boxing bout on points.
en situation h | Breathless at the top of the rope in PE, the one I'd never managed to climb in four years of school.
+ fr situation h | Le souffle coupé en haut de la corde en EPS, celle que je n'avais jamais réussi à grimper en quatre ans de collège.
fr situation h | J'en ai eu le souffle coupé : mon projet a été choisi pour la nouvelle médiathèque de la ville, devant quarante cabinets d'architectes.
+ en situation h | It took my breath away: my design was chosen for the town's new library, ahead of forty architecture firms.

# reaction: sans voix / speechless
fr situation h | Mon patron est resté sans voix devant mes chiffres : le magasin que je dirige est premier de France ce trimestre.
+ en situation h | My boss was speechless at my figures: the shop I run is top in France this quarter.
en situation h | Speechless when the results were read out: the little village choir I've conducted for six years won the national competition.
+ fr situation h | Sans voix à l'annonce des résultats : la petite chorale du village, que je dirige depuis six ans, remporte le concours national.
fr situation h | Je suis restée sans voix : ma sculpture en métal de récup a eu le premier prix du salon d'art de la ville.
+ en situation h | I was left speechless: my scrap-metal sculpture won first prize at the town's art fair.

# reaction: je n'en reviens pas / can't believe it
fr situation h | Je n'en reviens pas, j'ai remboursé mon prêt étudiant en entier, six ans avant la date prévue.
+ en situation h | I can't believe it, I've paid off my whole student loan, six years ahead of schedule.
en situation n | Still can't believe it: I fixed the washing machine myself with a tutorial and a €4 part.
+ fr situation n | J'en reviens toujours pas : j'ai réparé la machine à laver moi-même avec un tuto et une pièce à 4 €.
fr typo h | jen reviens pas jai eu 17 en philo moi qui avait jamais depassé 9 de toute lannée
+ en typo h | cant beleive it i got 17 in philosophy, never got above 9 all year

# reaction: pas dormi de la nuit / couldn't sleep
fr situation h | Pas dormi de la nuit, mais le prototype tourne enfin : mon moteur électrique a tenu les deux heures d'essai.
+ en situation h | Didn't sleep a wink, but the prototype finally works: my electric motor held up for the full two-hour test.
en situation h | Couldn't sleep after the match, replaying my last-second penalty save that keeps us in the first division.
+ fr situation h | Impossible de dormir après le match, je revois mon arrêt sur le penalty de la dernière seconde qui nous maintient en première division.
fr situation n | Trois nuits presque sans dormir à coudre, et la robe de mariée de ma sœur, faite de mes mains, a tenu toute la journée sans un point qui lâche.
+ en situation n | Three nights with barely any sleep, sewing, and my sister's wedding dress, made with my own hands, lasted the whole day without a stitch giving way.
fr slang_emoji h | c'est fou, mon 1er hackathon et notre équipe finit 1ère sur 40 🏆🔥 48h sans dormir mais ça valait le coup
+ en slang_emoji h | insane, my 1st hackathon and our team finishes 1st out of 40 🏆🔥 48h no sleep but so worth it

# reaction: jambes en coton / legs like jelly
fr situation h | Les jambes en coton après 180 km de vélo, mais j'ai bouclé ma première cyclosportive dans les délais.
+ en situation h | Legs like jelly after 180 km on the bike, but I finished my first sportive inside the time limit.
en situation h | Knees like jelly walking off the stage, but I got through the whole wedding speech in English, my third language.
+ fr situation h | Les jambes en coton en descendant de l'estrade, mais j'ai fait tout le discours du mariage en anglais, ma troisième langue.
fr situation h | Les jambes en coton en sortant du bloc : ma première opération comme chirurgienne principale, parfaite de bout en bout.
+ en situation h | Legs like jelly walking out of theatre: my first operation as lead surgeon, flawless from start to finish.

# reaction: gorge serrée / lump in my throat
fr situation h | La gorge serrée au moment de recevoir mon diplôme d'aide-soignante, à 47 ans, devant mes trois enfants.
+ en situation h | Lump in my throat as I received my care assistant diploma at 47, in front of my three kids.
en situation h | Lump in my throat hearing my daughter read aloud: I taught her myself, every evening, after the school had given up.
+ fr situation h | La gorge serrée en entendant ma fille lire à voix haute : je lui ai appris moi-même, chaque soir, quand l'école avait baissé les bras.
fr situation h | La gorge nouée, j'ai lu mon discours de major de promo jusqu'au bout, sans trembler une seule fois.
+ en situation h | Throat tight, I read my valedictorian speech right to the end without faltering once.

# reaction: ventre noué / knot in my stomach
fr situation h | Le ventre noué toute la semaine, et vendredi mon équipe a livré le chantier de l'école dans les délais, au jour près.
+ en situation h | Knot in my stomach all week, and on Friday my crew handed over the school building site on schedule, to the day.
en situation h | Knot in my stomach at kick-off, and by full time I'd scored twice in my first game back after knee ligament surgery.
+ fr situation h | Le ventre noué au coup d'envoi, et à la fin j'avais marqué deux fois pour mon premier match après l'opération des ligaments croisés.
fr situation h | J'avais le ventre noué en présentant mon projet de terminale, et le jury m'a mis 20, la meilleure note du lycée.
+ en situation h | My stomach was in knots presenting my final-year project, and the panel gave me 20 out of 20, the best mark in the school.

# reaction: frissons / chair de poule / chills / goosebumps
fr situation h | La chair de poule quand l'hymne a retenti : c'est nous, les championnes de France universitaires de handball !
+ en situation h | Goosebumps when the anthem rang out: we're the French university handball champions!
en situation h | Chills all over when the orchestra played the piece I composed, my first work ever performed in public.
+ fr situation h | Des frissons partout quand l'orchestre a joué le morceau que j'ai composé, ma première œuvre jouée en public.
fr situation h | Des frissons en voyant mon nom sur la couverture : ma BD, six ans de planches dessinées le soir, est en librairie. Mets une ambiance de podium.
+ en situation h | Shivers seeing my name on the cover: my comic book, six years of pages drawn in the evenings, is in the shops. Give me podium lights.

# reaction: serrer les poings / clenched fists
fr situation h | J'ai serré les poings et hurlé quand son volant est sorti : mon premier tournoi de badminton gagné chez les seniors.
+ en situation h | I clenched my fists and roared when his shuttle went out: my first senior badminton tournament won.
en situation h | Fists clenched, teeth gritted, I held the plank for five minutes and broke the gym record.
+ fr situation h | Poings serrés, dents serrées, j'ai tenu la planche cinq minutes et battu le record de la salle.
fr situation h | Poings serrés devant l'écran, j'ai vu le compteur passer les 20 000 € : la cagnotte que j'ai lancée pour rénover le club de boxe est bouclée.
+ en situation h | Fists clenched in front of the screen, I watched the counter pass €20,000: the fundraiser I started to renovate the boxing club has hit its target.

# reaction: claquer la porte / slammed the door
fr situation h | Il y a deux ans, j'ai claqué la porte de cette boîte ; aujourd'hui, mon entreprise vient de leur prendre leur plus gros client.
+ en situation h | Two years ago I slammed the door on that company; today my own business just took their biggest client.
en situation h | Slammed the car door and punched the air: passed the bus driver exam, I start my route on Monday.
+ fr situation h | J'ai claqué la portière et levé le poing : examen de conducteur de bus réussi, je commence ma ligne lundi.
fr situation n | La porte du placard claquait toute seule depuis trois ans ; j'ai tout démonté, réglé les charnières, et elle ferme enfin pile.
+ en situation n | The cupboard door had been banging on its own for three years; I took it all apart, adjusted the hinges, and it finally shuts perfectly.

# reaction: rougir / blushing
fr situation h | J'ai rougi jusqu'aux oreilles quand le directeur a lu mon nom : meilleure vendeuse de l'année sur toute la région.
+ en situation h | I went red to the ears when the director read out my name: best saleswoman of the year for the whole region.
en situation n | Blushed bright red when the teacher pinned my essay on the wall as the best in the year group.
+ fr situation n | J'ai rougi comme une pivoine quand la prof a affiché ma dissertation au mur, la meilleure du niveau.
fr situation h | Rouge de fierté : mon nom est en haut du classement du club d'échecs, après trois ans à perdre presque chaque partie.
+ en situation h | Flushed with pride: my name's at the top of the chess club rankings, after three years of losing nearly every game.

# reaction: silence
fr situation h | Un silence, puis toute la salle s'est levée : mon premier solo de violoncelle au conservatoire, sans une fausse note.
+ en situation h | A silence, then the whole hall stood up: my first cello solo at the conservatoire, not a single wrong note.
en situation h | Dead silence in the courtroom, then the judge ruled for my client: my first case won as a lawyer.
+ fr situation h | Silence total dans la salle d'audience, puis le juge a donné raison à ma cliente : ma première affaire gagnée comme avocate.
fr situation h | Silence dans la classe quand j'ai annoncé les résultats : tous mes élèves de troisième ont le brevet, une première dans ce collège.
+ en situation h | Silence in the classroom when I read out the results: every one of my Year 10 pupils passed the brevet, a first for this school.

# reaction: immobile
fr situation h | Immobile dans le bassin, je n'arrivais pas à lire le tableau : c'est bien moi qui gagne le 100 m brasse !
+ en situation h | Frozen in the pool, I couldn't take in the scoreboard: it really is me who won the 100 m breaststroke!
en situation h | I stood frozen at the finish of the regional rally, then it sank in: first place, in the car I rebuilt myself.
+ fr situation h | Je suis resté immobile à l'arrivée du rallye régional, puis j'ai réalisé : première place, avec la voiture que j'ai reconstruite moi-même.

# reaction: fixer le plafond / staring at the ceiling
fr situation h | Allongée à fixer le plafond, je réalise à peine : j'ai vraiment fini mon premier trail de 100 km.
+ en situation h | Lying on my back staring at the ceiling, I can barely take it in: I really finished my first 100 km trail race.
en situation h | Staring at the ceiling at 2am, grinning: the bank approved the loan for my own bakery, on my business plan alone.
+ fr situation h | Je fixe le plafond à 2 h du matin, un sourire jusqu'aux oreilles : la banque accepte le prêt pour ma boulangerie, sur mon seul business plan.

# reaction: soupirer / sighing
fr situation h | Un grand soupir en refermant le classeur : dernier dossier de l'audit bouclé, et notre service décroche la certification ISO pour la première fois.
+ en situation h | A big sigh as I closed the binder: last audit file done, and our department gets ISO certification for the first time.
en situation h | A sigh, then a shout: my Christmas market stall sold every last candle I poured myself.
+ fr situation h | Un soupir, puis un cri : mon stand au marché de Noël a vendu toutes les bougies que j'ai coulées moi-même, jusqu'à la dernière.
fr situation h | Mes parents soupiraient devant mes « gribouillages » ; ce soir, ma première exposition personnelle ouvre en galerie.
+ en situation h | My parents used to sigh at my "scribbles"; tonight my first solo exhibition opens in a gallery.

# reaction: sourire / smiling
fr situation h | Un sourire jusqu'aux oreilles sur la photo du podium : deuxième au championnat régional de cross, ma meilleure place.
+ en situation h | A grin from ear to ear in the podium photo: second at the regional cross-country championship, my best finish ever.
en situation h | Can't stop smiling: eight months of night classes, forklift licence in hand and the warehouse supervisor job is mine.
+ fr situation h | Impossible d'arrêter de sourire : huit mois de cours du soir, le CACES en poche et le poste de chef d'entrepôt décroché.

# reaction: enfin / finally
fr situation h | Enfin ! Après quatre ans d'attente et trois dossiers refusés, ma ferme obtient le label bio.
+ en situation h | Finally! After four years of waiting and three rejected applications, my farm has got its organic certification.
en situation h | Finally solved the Rubik's cube in under a minute, after a whole summer of my nephew laughing at me.
+ fr situation h | Enfin réussi le Rubik's cube en moins d'une minute, après un été entier à me faire chambrer par mon neveu.
fr situation h | Enfin diplômée : j'étais comptable il y a deux ans, je suis maintenant charpentière, et ma première charpente tient debout.
+ en situation h | Qualified at last: two years ago I was an accountant, now I'm a carpenter, and my first roof frame is standing.

# reaction: encore / toujours / again / always
fr situation h | Encore une médaille d'or au concours agricole pour mon comté : troisième titre d'affilée pour la fromagerie.
+ en situation h | Another gold medal at the agricultural show for my Comté: third title in a row for the dairy.
en situation h | Won again! Third Sunday running our team has taken the pub quiz, and I got the tie-breaker.
+ fr situation h | Encore gagné ! Troisième dimanche d'affilée que notre équipe remporte le quiz du bar, et c'est moi qui ai trouvé la question subsidiaire.
fr situation h | On m'a toujours dit que j'étais nul en langues, et je viens d'obtenir le niveau C1 en espagnol.
+ en situation h | I was always told I was hopeless at languages, and I've just got my C1 in Spanish.
en situation h | I always came last in the school cross-country, and today I finished the Lille half marathon in 1:52.
+ fr situation h | J'ai toujours fini dernier au cross du collège, et aujourd'hui j'ai bouclé le semi-marathon de Lille en 1 h 52.

# reaction: jamais / never
fr situation h | Mes soufflés n'avaient jamais tenu ; au onzième essai, il est sorti du four haut et doré, et il a tenu jusqu'à la table.
+ en situation h | My soufflés had never held; on the eleventh try it came out of the oven tall and golden, and it stayed up all the way to the table.
en situation h | Never passed a maths test in my life, and tonight I'm getting my accountancy diploma with honours.
+ fr situation h | Jamais réussi un contrôle de maths de ma vie, et ce soir je reçois mon diplôme de comptabilité avec mention.
fr situation h | Personne dans ma famille n'avait jamais fait d'études, et je viens d'être admise à Sciences Po.
+ en situation h | Nobody in my family had ever gone to university, and I've just been accepted at Sciences Po.

# reaction: d'un coup / tout à coup / suddenly
fr situation h | D'un coup, ça a cliqué : après des mois d'essais, j'ai réussi mon premier salto arrière au club de gym.
+ en situation h | Suddenly it clicked: after months of trying, I landed my first back flip at the gym club.
en situation h | Suddenly the whole sports hall was on its feet: I'd just beaten the reigning champion in the table tennis final.
+ fr situation h | Tout à coup, tout le gymnase était debout : je venais de battre le tenant du titre en finale de tennis de table.

# reaction: incroyable / fou / dingue / insane / crazy
fr situation h | Incroyable : ma liste a remporté l'élection des délégués du lycée, moi qui n'osais pas parler en classe l'an dernier.
+ en situation h | Unbelievable: my list won the school council election, and last year I was too shy to speak in class.
en situation h | Crazy day: I passed the last module of my sign language course and held a whole conversation with my deaf neighbour.
+ fr situation h | Journée de dingue : j'ai validé le dernier module de langue des signes et j'ai tenu toute une conversation avec ma voisine sourde.

# reaction: énorme / trop / grave / huge / so much
fr situation h | Énorme : le podcast que je monte seul la nuit vient d'entrer dans le top 10 national.
+ en situation h | Huge: the podcast I edit alone at night has just made the national top 10.
fr slang_emoji h | trop fière de moi, 1er équilibre sur les mains tenu 30 secondes ce matin à la salle 💪 6 mois que j'essayais
+ en slang_emoji h | so proud of myself, held my 1st handstand for 30 seconds this morning at the gym 💪 been trying for 6 months
en slang_emoji h | seriously proud rn, my band's demo is on the local radio playlist and we recorded it in my bedroom 🎸🔥
+ fr slang_emoji h | grave fier là, la démo de mon groupe passe sur la radio locale, et on l'a enregistrée dans ma chambre 🎸🔥

# reaction: mort de (fatigue / peur / rire) / dying of
fr situation h | Mort de fatigue mais diplômé : cinq ans de cours du soir après le boulot, et j'ai mon titre d'ingénieur.
+ en situation h | Dead tired but qualified: five years of evening classes after work, and I've got my engineering degree.
en situation h | Scared to death of deep water all my life, and today I got my level 1 scuba diving certificate.
+ fr situation h | Morte de peur dans l'eau profonde toute ma vie, et aujourd'hui j'ai obtenu mon niveau 1 de plongée.
fr typo h | mort de rire mon pere a pas cru que javais changé les plaquettes de frein toute seule, il a verifié 2 fois
+ en typo h | dying lol my dad didnt beleive i changed the brake pads all by myself, he checked twice
fr mixed h | Encore un peu sonnée par la chute au deuxième obstacle, mais surtout fière : je suis remontée à cheval et j'ai fini le cross sans autre faute.
+ en mixed h | Still a bit dazed from the fall at the second fence, but mostly proud: I got back on and finished the cross-country course with no other faults.
"""

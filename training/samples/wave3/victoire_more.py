"""victoire: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Après trois ans de cours du soir, mon diplôme d'infirmière est arrivé par la poste ce matin.
+ en situation n | After three years of night classes, my nursing diploma came in the post this morning.
fr situation n | Mon fils, qui bégayait, a récité sa poésie devant toute la classe sans s'arrêter une seule fois.
+ en situation n | My son, who used to stammer, recited his poem in front of the whole class without stopping once.
fr situation n | Mon dossier de subvention est accepté : le jardin partagé du quartier aura ses serres.
+ en situation n | My grant application went through: the neighbourhood community garden is getting its greenhouses.
fr situation h | Le club de foot de mon village vient d'éliminer une équipe de Ligue 2 en Coupe de France !
+ en situation h | My village football club has just knocked a second-division side out of the French Cup!
fr situation h | Premier semi-marathon bouclé en moins de deux heures, alors qu'il y a un an je ne tenais pas cinq minutes de course.
+ en situation h | First half marathon done in under two hours, when a year ago I couldn't run for five minutes.
fr situation n | J'ai refait toute l'électricité de la cuisine moi-même, et le contrôleur n'a rien trouvé à redire.
+ en situation n | I rewired the whole kitchen myself, and the inspector couldn't find a single fault.
fr situation n | Ma fille est admise au conservatoire, elle travaille son violon tous les jours depuis ses six ans.
+ en situation n | My daughter has got into the conservatoire, she's practised her violin every day since she was six.
fr situation n | Mon roman sort jeudi, et il est déjà en vitrine chez le libraire du coin.
+ en situation n | My novel comes out on Thursday, and it's already in the window of the local bookshop.
fr situation n | On a remboursé le dernier euro du crédit. La maison est à nous, pour de vrai.
+ en situation n | We've paid off the last euro of the mortgage. The house is ours, for real.
fr situation n | Le tribunal m'a donné raison contre mon ancien employeur, après deux ans de procédure.
+ en situation n | The tribunal found in my favour against my former employer, after two years of proceedings.
fr situation h | Mon gâteau a remporté le premier prix au concours de la fête du village. Mets les couleurs de la gagnante !
+ en situation h | My cake took first prize at the village fete competition. Put on the winner's colours!
fr situation n | Ma grand-mère de quatre-vingt-quatre ans vient d'obtenir son brevet de natation.
+ en situation n | My eighty-four-year-old grandmother has just got her swimming certificate.
fr situation n | Un an aujourd'hui que j'ai arrêté de fumer, et pas une seule cigarette depuis.
+ en situation n | A year today since I quit smoking, and not a single cigarette since.
fr situation h | Notre petite boîte de six personnes vient de décrocher le contrat face à trois multinationales.
+ en situation h | Our little six-person company has just landed the contract against three multinationals.
fr situation n | Mon équipe de volley a fini la saison sans perdre un seul match.
+ en situation n | My volleyball team finished the season without losing a single match.
fr situation n | Le premier meuble que j'ai fabriqué de A à Z est au milieu du salon, et il ne bouge pas d'un millimètre.
+ en situation n | The first piece of furniture I built from scratch is standing in the middle of the living room, and it doesn't wobble a millimetre.
fr situation n | J'ai enfin obtenu la nationalité française, après sept ans de démarches.
+ en situation n | I've finally been granted French citizenship, after seven years of paperwork.
fr situation n | Mon fils a trouvé son premier emploi tout seul, après avoir envoyé quarante CV.
+ en situation n | My son found his first job all by himself, after sending out forty CVs.
fr situation h | Au tournoi du club d'échecs, j'ai battu le champion en titre !
+ en situation h | At the chess club tournament, I beat the reigning champion!
fr situation h | Sommet du mont Blanc à 7 h du matin, après deux jours de montée. Allume quelque chose de grandiose.
+ en situation h | Summit of Mont Blanc at 7 am, after two days of climbing. Put on something grand.
fr situation n | Thèse soutenue, et le jury m'a accordé ses félicitations.
+ en situation n | Thesis defended, and the jury awarded me its highest honours.
fr situation n | Nos deux chiens ont fini premiers au concours régional d'agility.
+ en situation n | Our two dogs came first at the regional agility competition.
fr situation n | J'ai présenté mon projet au conseil d'administration, ils l'ont validé sans une seule modification.
+ en situation n | I presented my project to the board, and they approved it without a single change.
fr situation h | L'équipe de rugby de mon fils a remonté vingt points en seconde mi-temps pour s'imposer.
+ en situation h | My son's rugby team came back from twenty points down in the second half to win.
fr situation n | Après deux ans de rééducation, je suis remonté sur mon vélo et j'ai grimpé le col.
+ en situation n | After two years of rehab, I got back on my bike and rode up the pass.
fr situation l | Le potager a tellement donné qu'on n'a pas acheté un seul légume de l'été.
+ en situation l | The veg patch produced so much that we didn't buy a single vegetable all summer.
fr situation h | J'ai décroché la promotion que je visais depuis cinq ans. Lumières de champion, s'il te plaît !
+ en situation h | I've landed the promotion I've been going after for five years. Champion lights, please!
fr situation n | Ma chorale a été sélectionnée pour chanter à la cathédrale pour le concert de Noël.
+ en situation n | My choir has been selected to sing at the cathedral for the Christmas concert.
fr situation l | J'ai réparé le lave-linge moi-même au lieu d'en racheter un, avec une pièce à six euros.
+ en situation l | I fixed the washing machine myself instead of buying a new one, with a six-euro part.
fr situation n | Ma mère a eu son permis à cinquante-huit ans, du premier coup.
+ en situation n | My mum passed her driving test at fifty-eight, first time.
fr situation n | Le quiz du pub, on l'a remporté avec un point d'avance grâce à une question sur les volcans.
+ en situation n | We took the pub quiz by one point thanks to a question about volcanoes.
fr situation h | Mon appli est numéro un de sa catégorie sur le store.
+ en situation h | My app is number one in its category on the store.
fr situation l | J'ai tenu mon budget au centime près tout le trimestre et mis de côté de quoi partir en vacances.
+ en situation l | I stuck to my budget to the cent all quarter and put aside enough for a holiday.
fr situation h | Mon équipe d'esport est qualifiée pour la finale nationale, on a sorti les favoris en demie !
+ en situation h | My esports team has qualified for the national final, we knocked out the favourites in the semis!
fr situation n | L'association a réuni les 20 000 euros pour refaire le toit de l'école.
+ en situation n | Our association raised the 20,000 euros to redo the school roof.
fr situation n | Ma fille a nagé sa première longueur sans brassards, et elle est sortie du bassin les bras levés.
+ en situation n | My daughter swam her first length without armbands and climbed out of the pool with her arms in the air.
fr situation n | J'ai tenu tout un dîner en espagnol avec ma belle-famille sans repasser une seule fois à l'anglais.
+ en situation n | I got through a whole dinner in Spanish with my in-laws without switching back to English once.
fr situation n | Le chantier de la maison est terminé, dans les délais et sous le budget, et c'est moi qui l'ai mené.
+ en situation n | The house build is finished, on time and under budget, and I was the one who ran it.
fr situation h | Au concours de pétanque du camping, papa et moi avons battu les tenants du titre 13 à 2 ! Mets-nous les couleurs des vainqueurs.
+ en situation h | At the campsite pétanque contest, Dad and I beat the defending champions 13–2! Give us the winners' colours.
fr situation n | Mon article vient d'être publié dans une revue scientifique internationale.
+ en situation n | My paper has just been published in an international scientific journal.
fr situation h | J'ai bouclé l'Ironman. Dix-sept heures, mais je l'ai fini.
+ en situation h | I finished the Ironman. Seventeen hours, but I finished it.
fr situation n | Tous mes élèves de terminale ont eu leur bac, même ceux que tout le monde disait perdus.
+ en situation n | All my final-year students passed their exams, even the ones everyone had written off.
fr situation n | J'ai négocié mon salaire comme jamais et obtenu quinze pour cent de plus.
+ en situation n | I negotiated my salary like never before and got fifteen percent more.
fr situation h | Mon petit frère est sélectionné en équipe de France junior de handball !
+ en situation h | My little brother's been picked for the French junior handball team!
fr situation l | Le Rubik's cube, résolu en moins d'une minute, après des semaines d'entraînement.
+ en situation l | The Rubik's cube, solved in under a minute, after weeks of practice.
fr situation n | Notre rue a obtenu le prix des façades fleuries grâce au travail de notre petit collectif. Une ambiance qui va avec, s'il te plaît.
+ en situation n | Our street won the flowered-frontage prize thanks to our little group's work. Something to fit, please.
fr situation n | La pièce de théâtre que j'ai écrite pour l'atelier a été jouée ce soir, et la salle s'est levée à la fin.
+ en situation n | The play I wrote for the drama group was performed tonight, and the audience stood up at the end.
# long
fr long n | Il y a six mois, je ne savais pas nager. J'ai pris des cours tous les mardis. Ce matin, j'ai traversé le lac jusqu'à l'autre rive.
+ en long n | Six months ago I couldn't swim. I took lessons every Tuesday. This morning I swam across the lake to the far shore.
fr long h | Notre petite équipe de basket était dernière en janvier. On s'est entraînés deux fois plus. Ce soir, on soulève la coupe du championnat.
+ en long h | Our little basketball team was bottom of the table in January. We trained twice as hard. Tonight we're lifting the league trophy.
fr long n | Mon fils avait redoublé sa seconde. Il a tout repris, seul, avec ses fiches. Il vient d'avoir son bac avec mention bien.
+ en long n | My son had to repeat a year. He started all over again, on his own, with his revision cards. He's just passed his baccalauréat with honours.
fr long n | Tout le monde disait que la vieille grange était bonne à raser. On a passé trois étés à la retaper. Ce soir, on dort dedans pour la première fois, sous la charpente refaite de nos mains.
+ en long n | Everyone said the old barn was only fit for demolition. We spent three summers doing it up. Tonight we sleep in it for the first time, under the roof beams we rebuilt with our own hands.
fr long h | J'ai envoyé mon manuscrit à vingt éditeurs. Dix-neuf refus. Le vingtième vient d'appeler : ils le publient.
+ en long h | I sent my manuscript to twenty publishers. Nineteen rejections. The twentieth just called: they're publishing it.
fr long n | La direction voulait fermer notre atelier. On a monté une coopérative avec les collègues. Un an après, on est rentables.
+ en long n | Management wanted to shut our workshop. We set up a cooperative with our colleagues. A year later, we're in profit.
fr long n | Ma mère n'avait jamais touché un ordinateur. Je lui ai tout appris, pas à pas. Hier, elle a fait sa déclaration d'impôts en ligne toute seule.
+ en long n | My mother had never touched a computer. I taught her everything, step by step. Yesterday she did her tax return online all by herself.
fr long h | Deux ans que je préparais le concours de l'école de police. Recalé la première fois. Ce matin, mon nom est sur la liste des admis.
+ en long h | Two years I'd been preparing for the police academy entrance exam. Failed it the first time. This morning, my name is on the list of those accepted.
# informal french
fr situation h | BAM, permis moto en poche du premier coup
fr situation h | on a battu l'équipe du bureau d'à côté au foot, 5-1, ils vont l'entendre toute l'année
fr situation n | premier 10 km couru sans marcher une seule fois, qui c'est le patron
fr situation n | mon mémoire a eu 18, trois mois de boulot qui paient enfin
fr situation h | mon gamin a marqué son premier but en match officiel, le daron au bord du terrain a hurlé
fr situation n | j'ai monté l'armoire Ikea toute seule sans une vis en trop, respectez-moi
# casual english
en situation h | nailed the job interview and they offered on the spot, who's the boss
en situation n | beat my brother at chess for the first time in twenty years, he's never living this down
en situation h | first marathon DONE, medal round my neck
en situation n | my little girl spelled the last word right and her class took the spelling bee
"""

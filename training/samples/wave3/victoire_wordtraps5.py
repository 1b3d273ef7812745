"""victoire: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: euros
fr situation h | Dernier virement fait : mes 12 000 euros de prêt étudiant remboursés, quatre ans avant l'échéance !
+ en situation h | Last transfer done: my 12,000 euros of student loan paid off, four years ahead of schedule!
fr situation n | Mon premier tableau vendu 300 euros à l'expo du village, après trois ans de cours du soir.
+ en situation n | My first painting sold for 300 euros at the village exhibition, after three years of evening classes.
en situation h | Raised 4,000 euros for the children's ward by running the Lyon marathon, and I crossed the finish line too!
+ fr situation h | J'ai récolté 4 000 euros pour le service pédiatrique en courant le marathon de Lyon, et je l'ai fini en plus !

# trap: directeur
fr situation h | Le directeur m'a serré la main devant tout l'atelier : la ligne que j'ai réorganisée bat le record de production.
+ en situation h | The director shook my hand in front of the whole workshop: the line I reorganised just broke the production record.
fr situation h | Le conseil m'a nommé directeur de l'agence à trente-deux ans, après sept ans à gravir chaque échelon.
+ en situation h | The board named me director of the branch at thirty-two, after seven years climbing every rung.
fr situation n | Le directeur du collège a choisi ma fresque parmi quarante projets, elle sera peinte dans le hall.
+ en situation n | The head of the school picked my mural out of forty entries, and it's going to be painted in the entrance hall.

# trap: director
en situation h | The director called me in to say my script is the one they're shooting next spring.
+ fr situation h | La réalisatrice m'a fait venir pour m'annoncer que c'est mon scénario qu'ils tournent au printemps.
en situation h | Finance director at forty, and I started out on the supermarket tills at nineteen.
+ fr situation h | Directeur financier à quarante ans, moi qui ai commencé aux caisses d'un supermarché à dix-neuf.
en situation n | The choir director gave me the solo at the Christmas concert after a year of singing lessons.
+ fr situation n | Le chef de chœur m'a confié le solo du concert de Noël, après un an de cours de chant.

# trap: concours
fr situation h | Reçu au concours de professeur des écoles, classé dixième sur deux mille candidats !
+ en situation h | Passed the primary teaching exam, ranked tenth out of two thousand candidates!
fr situation h | Premier prix au concours de labour du canton, moi qui montais sur un tracteur pour la première fois il y a trois ans.
+ en situation h | First prize at the district ploughing contest, and three years ago I'd never even sat on a tractor.
fr situation n | Mon pain au levain finit deuxième au concours départemental des boulangers, pour ma toute première participation.
+ en situation n | My sourdough came second in the county bakers' competition, the very first time I entered.

# trap: dit
fr situation h | L'examinatrice m'a dit « félicitations, c'est bon » : permis moto au premier passage, plateau et circulation !
+ en situation h | The examiner told me "congratulations, you've passed": motorbike licence first time, both the yard test and the road!
fr situation h | Mon coach m'a dit en janvier que c'était trop tôt ; en juin, j'ai bouclé mon premier triathlon en moins de trois heures.
+ en situation h | My coach told me in January it was too soon; in June I finished my first triathlon in under three hours.
fr situation n | Ma prof de chant m'a dit que j'avais enfin trouvé ma voix de tête, après un an d'exercices tous les matins.
+ en situation n | My singing teacher said I've finally found my head voice, after a year of exercises every morning.

# trap: sans
fr situation h | Trois cents mètres de dénivelé sans m'arrêter une seule fois, moi qui m'essoufflais dans l'escalier de l'immeuble.
+ en situation h | Three hundred metres of climbing without stopping once, and I used to get out of breath on the stairs at home.
fr situation h | Sans diplôme à vingt ans, ingénieure à trente-cinq grâce à dix ans de cours du soir.
+ en situation h | No qualifications at twenty, an engineer at thirty-five thanks to ten years of evening classes.
fr slang_emoji h | 20 pompes d'affilée sans poser les genoux, en septembre j'en faisais 2 😤💪
+ en slang_emoji h | 20 push-ups in a row without dropping to my knees, in september i could do 2 😤💪

# trap: festival
fr situation h | Mon court-métrage a remporté le prix du public au festival d'Annecy, tourné avec trois potes et zéro budget.
+ en situation h | My short film won the audience award at the Annecy festival, shot with three mates and no budget at all.
en situation h | Our little band got picked for the town festival's main stage after two years of playing bars, and we nailed the set.
+ fr situation h | Notre petit groupe a été choisi pour la grande scène du festival de la ville après deux ans à jouer dans les bars, et on a assuré le concert.
fr situation n | Ma bière artisanale a été sélectionnée pour le festival de la ville, la première que j'ai brassée dans mon garage.
+ en situation n | My craft beer was selected for the town festival, the first one I ever brewed in my garage.

# trap: court
en situation h | First tournament on a clay court and I won it, two years after picking up a racket for the first time.
+ fr situation h | Premier tournoi sur terre battue et je l'ai gagné, deux ans après avoir tenu une raquette pour la première fois.
en situation h | Argued my first case in court this morning as a newly qualified lawyer, and the judge ruled for my client.
+ fr situation h | J'ai plaidé ma première affaire au tribunal ce matin, tout juste diplômée avocate, et le juge a donné raison à mon client.
fr situation n | Mon temps sur le semi est plus court de douze minutes que l'an dernier : l'entraînement de l'hiver a payé.
+ en situation n | My half-marathon time is twelve minutes shorter than last year: the winter training paid off.

# trap: years
en situation h | Eleven years of night classes, and today I'm a qualified architect with my name on the office door.
+ fr situation h | Onze ans de cours du soir, et aujourd'hui je suis architecte diplômé, avec mon nom sur la porte du cabinet.
en situation n | Five years of saving, and the campervan I fitted out myself just passed its inspection.
+ fr situation n | Cinq ans d'économies, et le van que j'ai aménagé moi-même vient de passer le contrôle.
en situation h | Two years after my knee surgery, I played the full ninety minutes and scored the winner.
+ fr situation h | Deux ans après mon opération du genou, j'ai joué les quatre-vingt-dix minutes et marqué le but de la victoire.

# trap: file
en situation n | Filed my first patent today, for the garden tool I designed in my shed.
+ fr situation n | J'ai déposé mon premier brevet aujourd'hui, pour l'outil de jardin que j'ai inventé dans mon abri.
en situation h | The file I spent eight months building convinced the council: our village school gets its new gym.
+ fr situation h | Le dossier que j'ai monté pendant huit mois a convaincu le conseil : l'école du village aura son nouveau gymnase.
fr situation n | Toute cette file devant mon stand au marché de Noël, c'est pour mes savons, mis au point pendant un an.
+ en situation n | That whole queue at my Christmas market stall is for my soaps, which took me a year to perfect.

# trap: finale
fr situation h | On gagne la finale du tournoi inter-entreprises aux tirs au but, et c'est moi qui marque le dernier !
+ en situation h | We win the inter-company tournament final on penalties, and I'm the one who scores the last one!
fr situation h | Qualifiée pour la finale nationale de slam, après des mois à écrire chaque soir dans ma chambre.
+ en situation h | Through to the national slam poetry final, after months of writing every night in my bedroom.
en situation h | Won the regional spelling bee final with a word I'd practised a hundred times: "chrysanthemum".
+ fr situation h | J'ai gagné la finale régionale de la dictée avec un mot que j'avais répété cent fois : « chrysanthème ».

# trap: prime
fr situation n | Prime de fin d'année doublée : l'équipe a dépassé ses objectifs de quarante pour cent grâce au plan que j'ai monté.
+ en situation n | Year-end bonus doubled: the team beat its targets by forty percent thanks to the plan I put together.
fr situation h | J'ai touché la prime du meilleur vendeur du magasin, six mois seulement après mon arrivée.
+ en situation h | I got the best salesperson bonus in the shop, only six months after I started.
fr situation n | Avec la prime du concours d'innovation, je m'offre enfin mon propre tour à bois.
+ en situation n | With the prize money from the innovation contest, I'm finally buying my own wood lathe.

# trap: mois
fr situation h | Six mois d'orthophonie, et ce soir j'ai lu une histoire entière à mon fils sans bégayer.
+ en situation h | Six months of speech therapy, and tonight I read my son a whole story without stammering.
fr situation n | Deux mois de chantier tout seul, et mon toit neuf n'a pas laissé passer une goutte pendant l'orage.
+ en situation n | Two months of working on it alone, and my new roof didn't let a single drop in during the storm.
fr situation h | Neuf mois d'alternance à me donner à fond, et ils me gardent en CDI !
+ en situation h | Nine months of work-study giving it everything, and they're keeping me on with a permanent contract!

# trap: flat
en situation h | Stripped, replastered and rewired the whole flat with my own hands, and the inspector signed it off first time.
+ fr situation h | J'ai décapé, replâtré et refait l'électricité de tout l'appartement de mes mains, et l'inspecteur a tout validé du premier coup.
en situation n | Changed a flat tyre on my own in ten minutes, after practising twice in the supermarket car park.
+ fr situation n | J'ai changé une roue crevée tout seul en dix minutes, après m'être entraîné deux fois sur le parking du supermarché.
en situation h | Ran up the stairs to our fifth-floor flat without stopping, six months after my hip operation.
+ fr situation h | J'ai monté l'escalier jusqu'à notre appartement du cinquième sans m'arrêter, six mois après mon opération de la hanche.

# trap: pas
fr situation h | Je ne savais pas lire une partition il y a un an, et ce soir j'ai joué ma propre composition au conservatoire.
+ en situation h | A year ago I couldn't read music, and tonight I played my own composition at the conservatoire.
fr situation n | Personne n'y croyait, et pourtant mon restaurant n'a pas désempli : rentable dès le onzième mois.
+ en situation n | Nobody believed in it, yet my restaurant has been full every night: in profit by the eleventh month.
fr negation h | Ce n'est pas de la chance, c'est deux ans de boulot : j'ai décroché la bourse pour étudier à Montréal.
+ en negation h | It's not luck, it's two years of hard work: I've landed the scholarship to study in Montreal.

# trap: seule
fr situation h | J'ai traversé les Pyrénées à pied toute seule, de l'Atlantique à la Méditerranée, en quarante-cinq jours.
+ en situation h | I crossed the Pyrenees on foot on my own, Atlantic to Mediterranean, in forty-five days.
fr situation n | Seule à la barre pour la première fois, j'ai ramené le voilier au port sans l'aide du moniteur.
+ en situation n | Alone at the helm for the first time, I brought the sailing boat back into harbour without the instructor's help.
fr situation h | Ma petite entreprise, je l'ai montée seule il y a trois ans, et elle emploie six personnes aujourd'hui.
+ en situation h | I started my little business alone three years ago, and today it employs six people.

# trap: art
en situation h | My art portfolio got me in: accepted at the Beaux-Arts on my third try.
+ fr situation h | Mon dossier d'art m'a ouvert les portes : admise aux Beaux-Arts à ma troisième tentative.
en situation h | My first solo art show opens tonight, and half the paintings I worked on for two years are already sold.
+ fr situation h | Ma première expo d'art en solo ouvre ce soir, et la moitié des toiles sur lesquelles j'ai travaillé deux ans sont déjà vendues.
fr situation n | Mon premier vase au tour est sorti du four sans une fissure, après des mois d'atelier d'art céramique.
+ en situation n | My first vase thrown on the wheel came out of the kiln without a crack, after months of ceramic art classes.

# trap: own
en situation h | Opened my own bakery a year ago, and we've just won best croissant in the département.
+ fr situation h | J'ai ouvert ma propre boulangerie il y a un an, et on vient de remporter le prix du meilleur croissant du département.
en situation n | Grew, picked and pressed my own grapes, and the first bottles of wine from my little plot are actually good.
+ fr situation n | J'ai cultivé, vendangé et pressé mon propre raisin, et les premières bouteilles de ma petite parcelle sont vraiment bonnes.
en situation n | Built my own computer from parts I saved up for, and it booted first time. Gold lights, I've earned them.
+ fr situation n | J'ai monté mon propre ordinateur avec des pièces achetées sur mes économies, et il a démarré du premier coup. Lumières dorées, je les ai méritées.

# trap: aujourd'hui
fr situation h | Aujourd'hui j'ai soutenu ma thèse sur les glaciers, et le jury m'a accordé les félicitations à l'unanimité.
+ en situation h | Today I defended my thesis on glaciers, and the jury gave me unanimous congratulations.
fr situation n | Aujourd'hui, ça fait un an sans une goutte d'alcool, et j'ai tenu chaque jour, même à Noël.
+ en situation n | Today marks one year without a drop of alcohol, and I held on every single day, even at Christmas.
fr situation h | Aujourd'hui, ma fromagerie a reçu sa première médaille d'or au Salon de l'agriculture !
+ en situation h | Today my cheese dairy won its first gold medal at the Paris agricultural show!

# trap: hockey
en situation h | Our hockey team won the league after losing every game last season, and I was in goal for all of them.
+ fr situation h | Notre équipe de hockey a gagné le championnat après avoir perdu tous ses matchs la saison dernière, et j'étais dans les buts à chaque fois.
fr situation h | Capitaine de l'équipe de hockey sur gazon, je soulève la coupe de France universitaire !
+ en situation h | As captain of the field hockey team, I'm lifting the French university cup!
fr situation n | J'arrive enfin à patiner en arrière au hockey, trois mois après mes premiers cours à quarante ans.
+ en situation n | I can finally skate backwards at hockey, three months after my first lessons at forty.

# trap: trois
fr situation h | Trois refus d'éditeurs, et le quatrième publie mon livre de recettes en septembre !
+ en situation h | Three publishers said no, and the fourth is bringing out my cookbook in September!
fr situation n | Trois pièces de la maison isolées moi-même cet hiver, et la facture de chauffage a baissé de moitié.
+ en situation n | Three rooms of the house insulated by me this winter, and the heating bill has dropped by half.
fr mixed h | Courbaturé de partout après trois jours de compétition, mais surtout fier : médaille de bronze au championnat de judo.
+ en mixed h | Aching all over after three days of competition, but mostly proud: bronze medal at the judo championships.

# trap: company
en situation h | The company I started in my garage has just signed its first contract with a national retailer.
+ fr situation h | L'entreprise que j'ai lancée dans mon garage vient de signer son premier contrat avec une grande enseigne nationale.
en situation n | Top of the company sales board this quarter, in my very first year on the job.
+ fr situation n | En tête du classement des ventes de la boîte ce trimestre, pour ma toute première année au poste.
en situation h | Ten years as a welder, and now the company has made me foreman of the whole workshop.
+ fr situation h | Dix ans comme soudeur, et l'entreprise vient de me nommer chef de tout l'atelier.

# trap: theatre
en situation h | Got the lead in the theatre's spring play after three auditions, my first speaking role ever.
+ fr situation h | J'ai décroché le premier rôle de la pièce de printemps du théâtre après trois auditions, mon tout premier rôle parlant.
fr situation h | Ma pièce de théâtre, écrite pendant deux hivers, se joue ce soir devant une salle comble.
+ en situation h | My play, written over two winters, is on tonight in front of a packed house.
fr situation n | Au théâtre du lycée, j'ai tenu mon monologue de dix minutes sans un trou, moi qui bafouillais aux premières répétitions.
+ en situation n | At the school theatre I got through my ten-minute monologue without a single slip, when I was stumbling at the first rehearsals.

# trap: soir
fr situation n | Ce soir j'ai posé la dernière pièce du puzzle de cinq mille pièces commencé en janvier !
+ en situation n | Tonight I put in the last piece of the five-thousand-piece jigsaw I started in January!
fr situation n | Tous les soirs après le travail pendant un an, et mon bateau en bois est enfin à l'eau, et il flotte droit.
+ en situation n | Every evening after work for a year, and my wooden boat is finally on the water, floating straight.
fr situation h | Ce soir, c'est mon nom qu'on annonce : meilleure apprentie coiffeuse de la région ! Mets une ambiance de podium.
+ en situation h | Tonight it's my name they call out: best apprentice hairdresser in the region! Give me a podium vibe.

# trap: surprise
fr situation h | À la surprise générale, notre petite équipe de village élimine le club de deuxième division, et j'ai arrêté deux penaltys !
+ en situation h | To everyone's surprise our little village team knocks out the second-division club, and I saved two penalties!
en situation h | To everyone's surprise, mine included, I won the chess club's annual tournament in my very first season.
+ fr situation h | À la surprise de tous, moi compris, j'ai gagné le tournoi annuel du club d'échecs dès ma première saison.
fr situation n | Pas de surprise au relevé de notes : 16 de moyenne, j'ai bossé tous les week-ends pour ça.
+ en situation n | No surprise on the report card: a 16 average, I worked every weekend for it.

# trap: exam
en situation h | Passed my nursing exam with the top mark in my year, while working nights at the supermarket the whole time.
+ fr situation h | Examen d'infirmière réussi avec la meilleure note de ma promo, en travaillant de nuit au supermarché tout du long.
en typo h | got a first in my engineering exams, first in my family to even go to uni, still cant beleive i did it
+ fr typo h | mention très bien à mes exams d'ingé, premier de la famille à aller à la fac, jarrive pas a croire que jlai fait
fr situation h | Examen de télépilote de drone réussi du premier coup, après quarante heures de vol d'entraînement.
+ en situation h | Passed the drone pilot exam first time, after forty hours of practice flights.

# trap: everyday words (fils, fille, mère, père, enfants, kilomètres, thirty, dad)
fr situation h | Ma fille m'a regardé franchir la ligne de mes premiers cent kilomètres, après deux ans d'entraînement à l'aube.
+ en situation h | My daughter watched me cross the line of my first hundred-kilometre race, after two years of training at dawn.
en situation h | At fifty I finally learned to swim, and last night I did thirty lengths while my dad cheered from the stands.
+ fr situation h | À cinquante ans, j'ai enfin appris à nager, et hier soir j'ai fait trente longueurs sous les encouragements de mon père.
fr wish h c=gold;red b=bright | Ma mère avait arrêté l'école à quatorze ans, et moi je suis docteure en chimie depuis ce matin ! De l'or et du rouge, à fond !
+ en wish h c=gold;red b=bright | My mum left school at fourteen, and as of this morning I'm a doctor of chemistry! Gold and red, full blast!
"""

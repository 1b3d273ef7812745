"""victoire: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Garage rangé de fond en comble, trois ans que je repoussais, et la voiture y rentre enfin.
+ en situation n | Garage sorted top to bottom, three years I'd put it off, and the car finally fits in.
en situation n | Flat-pack wardrobe built solo, no spare screws, doors dead level. Nailed it.
+ fr situation n | Armoire en kit montée seule, pas une vis en trop, portes parfaitement alignées. Du travail de pro.
fr situation l | Lessive, vaisselle et repassage bouclés avant midi un dimanche. Record battu.
+ en situation l | Washing, dishes and ironing all done before noon on a Sunday. Personal record.
# situations: cooking and food
fr situation n | Mon premier macaron réussi, collerette parfaite, après onze fournées ratées.
+ en situation n | My first successful macaron, perfect feet, after eleven failed batches.
fr situation n | Gagné le concours de chili de la caserne, devant le capitaine qui l'emportait depuis six ans.
+ en situation n | Won the chilli cook-off at the fire station, beat the captain who'd won six years running.
fr situation n | Ma tourtière a battu celle de belle-maman au souper des fêtes, et elle l'a admis devant tout le monde.
+ en situation n | My meat pie beat my mother-in-law's at the holiday supper, and she admitted it in front of everyone.
fr situation n | Premier soufflé qui ne retombe pas, devant mes beaux-parents en plus. Lumière dorée, s'il te plaît.
+ en situation n | First soufflé that didn't collapse, in front of the in-laws too. Golden light, please.
en situation n | My pavlova took first prize at the Royal Easter Show, on my first go!
+ fr situation n | Ma pavlova a eu le premier prix au Royal Easter Show de Sydney, dès ma première participation !
# situations: pets
fr situation n | Le chien revient enfin au rappel, même devant un lapin, après six mois de dressage.
+ en situation n | The dog finally comes back when called, even with a rabbit in sight, after six months of training.
fr situation h | Notre lévrier sauvé d'un refuge vient de gagner le prix du plus beau chien à la fête du village !
+ en situation h | Our rescue greyhound just won Best in Show at the village fête, from a shed to a rosette!
fr situation n | Trois mois de patience, et le chat fait ses besoins dans les toilettes. Oui, vraiment.
+ en situation n | Three months of patience, and the cat now uses the toilet. Yes, really.
# situations: children and parenting
en situation n | Potty training done in a week, not a single accident at nursery. Get in!
+ fr situation n | Propreté acquise en une semaine, pas un seul accident à la crèche. Trop fort !
fr situation n | Mon fils si timide a levé la main et répondu devant toute la classe, la maîtresse m'a appelée exprès.
+ en situation n | My very shy son put his hand up and answered in front of the whole class, the teacher rang me specially.
fr situation h | Ma fille a gagné la dictée de l'école contre les élèves de huitième année !
+ en situation h | My daughter won the school spelling bee against the eighth graders!
fr situation n | Mon petit a été sélectionné en équipe départementale des moins de 12 ans, une première pour notre cité.
+ en situation n | My lad's been picked for the county under-12s, first kid from our estate ever.
# situations: partner and friends
fr situation n | J'ai fait ma demande en portugais devant toute sa famille, une langue apprise en secret pendant un an.
+ en situation n | I proposed in Portuguese in front of her whole family, a language I'd learned in secret for a year.
en situation n | Walked the whole Camino together, eight hundred kilometres, and we reached Santiago today.
+ fr situation n | On a fait tout le chemin de Compostelle ensemble, huit cents kilomètres, et on est arrivés à Santiago aujourd'hui.
fr situation n | Anniversaire surprise de Marc organisé en trois semaines, et il n'a absolument rien vu venir.
+ en situation n | Three weeks planning Marc's surprise party, and he didn't see a thing coming.
fr situation n | J'ai battu mon meilleur pote au squash pour la première fois en douze ans. C'est lui qui paie les bières.
+ en situation n | Beat my best mate at squash for the first time in twelve years. He's buying the pints.
# situations: extended family and neighbours
fr situation n | Mes deux oncles fâchés depuis quinze ans trinquent ce soir à ma table, c'est moi qui les ai réconciliés.
+ en situation n | My two uncles who hadn't spoken in fifteen years are toasting at my table tonight, and I'm the one who got them talking.
fr situation n | Le ralentisseur qu'on réclamait depuis trois ans est posé, et c'est ma lettre qui a tout débloqué.
+ en situation n | The speed bump we'd been asking for for three years is in, and it was my letter that got it moving.
en situation n | Our estate won best in Tidy Towns, and I organised every single clean-up.
+ fr situation n | Notre lotissement a gagné le concours des villages propres, et c'est moi qui ai organisé chaque nettoyage.
# situations: school and exams
fr situation n | Brevet avec mention très bien, moi qui avais redoublé ma sixième.
+ en situation n | Top honours in the brevet, and I'm the one who had to repeat my first year of secondary.
fr situation n | Résultats du Leaving Cert : six cents points, premier de ma famille à entrer à Trinity.
+ en situation n | Leaving Cert results: six hundred points, first in my family to get into Trinity.
en situation n | ATAR of 99.2, after everyone said I'd struggle.
+ fr situation n | 99,2 à l'ATAR, alors que tout le monde disait que j'aurais du mal.
fr situation n | Maturité réussie à Lausanne, et la meilleure note de l'école en maths.
+ en situation n | Passed my Swiss Matura in Lausanne, with the best maths mark in the school.
fr situation n | A-levels : trois A étoile, et ma place à Cambridge est confirmée. Lumières dorées, s'il te plaît.
+ en situation n | A-levels: three A-stars, and my Cambridge place is confirmed. Gold lights, please.
fr situation n | CEB réussi avec 92 %, le petit frère a fait mieux que nous tous.
+ en situation n | Passed the end-of-primary CEB with 92 per cent, my little brother beat all of us.
fr situation n | Épreuve uniforme de français réussie, mon DEC est dans la poche.
+ en situation n | Passed the French exit exam, my college diploma is in the bag.
en situation n | Fifteen sixty on the SAT, and I studied on the bus every single morning.
+ fr situation n | 1560 au SAT, et j'ai révisé dans le bus chaque matin.
# situations: university
fr situation n | Mémoire rendu, noté dix-sept, et ma directrice veut le faire publier.
+ en situation n | Dissertation handed in, marked seventeen out of twenty, and my supervisor wants it published.
fr situation n | Examen du barreau réussi du premier coup, en travaillant de nuit à l'hôpital.
+ en situation n | Passed the bar exam first try, while working nights at the hospital.
fr situation n | Examen de l'Ordre des ingénieurs réussi, je signe mes premiers plans lundi.
+ en situation n | Passed the engineering board exam, I'm signing my first drawings on Monday.
# situations: office work
fr situation n | Employée du mois trois mois d'affilée, le patron a dû changer le règlement.
+ en situation n | Employee of the month three months running, the boss had to change the rules.
en situation n | Closed the biggest deal in the company's history, on a Friday at 4:55.
+ fr situation n | J'ai signé le plus gros contrat de l'histoire de la boîte, un vendredi à 16 h 55.
fr situation n | Mon idée a gagné le concours interne d'innovation, elle sera déployée dans les cinquante agences.
+ en situation n | My idea won the internal innovation contest, and it's being rolled out across all fifty branches.
fr situation l | Boîte mail à zéro, cent douze dossiers traités dans la semaine.
+ en situation l | Inbox zero, a hundred and twelve files dealt with this week.
# situations: manual trades
fr situation n | CAP de plombier obtenu à quarante ans, après vingt ans de bureau.
+ en situation n | Plumbing qualification earned at forty, after twenty years behind a desk.
fr situation n | Apprentissage terminé, je suis officiellement électricien qualifié.
+ en situation n | Apprenticeship finished, I'm officially a qualified sparky.
fr situation h | Médaille d'or départementale au concours du Meilleur Apprenti de France en menuiserie !
+ en situation h | Gold medal at county level in the Best Apprentice in France joinery contest!
fr situation n | Charpente posée en trois jours avec mon équipe, le client n'en revient pas. Mets-nous quelque chose de triomphant.
+ en situation n | Roof frame up in three days with my crew, the client can't believe it. Give us something triumphant.
# situations: healthcare
fr situation n | Six mois d'infirmière et j'ai posé la perfusion que personne n'arrivait à poser sur le bébé.
+ en situation n | Six months a nurse, and I got in the drip on the baby that nobody else could manage.
en situation n | First solo delivery as a midwife, mum and baby perfect, and my hands didn't shake once.
+ fr situation n | Premier accouchement seule en tant que sage-femme, maman et bébé en pleine forme, et mes mains n'ont pas tremblé.
fr situation n | Classée dans les cent premiers à l'internat, je pourrai choisir la chirurgie.
+ en situation n | Ranked in the top hundred in the residency exam, I'll get to pick surgery.
# situations: illness and the body
fr situation n | Dix minutes de marche sans canne après ma prothèse de hanche, le chirurgien parlait de deux mois.
+ en situation n | Ten minutes' walking without a stick after my hip replacement, the surgeon said two months.
fr situation n | Six mois sans boire aujourd'hui, et j'ai remboursé ma sœur jusqu'au dernier centime.
+ en situation n | Six months sober today, and I've paid my sister back every penny.
fr situation n | Glycémie stabilisée sans insuline, grâce au régime que je tiens depuis un an.
+ en situation n | Blood sugar stable without insulin, thanks to the diet I've stuck to for a year.
# situations: sport, playing
fr situation n | Vingt kilomètres de Bruxelles en moins d'une heure quarante, objectif atteint.
+ en situation n | Brussels 20K in under an hour forty, target smashed.
en situation l | Parkrun PB this morning, sub-25 at last.
+ fr situation l | Record perso au parkrun ce matin, enfin sous les vingt-cinq minutes.
fr situation h | Notre équipe de curling remporte le bonspiel du club, et la dernière pierre, c'était la mienne !
+ en situation h | Our curling team won the club bonspiel, and the last stone was mine!
fr situation n | Enfin titulaire en équipe première au club de football gaélique, après trois ans sur le banc.
+ en situation n | Finally made the first team at the GAA club after three years on the bench.
fr situation n | Ironman de Nice bouclé en treize heures, deux ans de préparation. Allume en or.
+ en situation n | Nice Ironman done in thirteen hours, two years of training. Light it up in gold.
fr situation h | Tour du chapeau dans la ligue de garage, à quarante-deux ans !
+ en situation h | Hat trick in the beer league, at forty-two!
# situations: sport, watching
fr situation h | Les Diables rouges sortent le Brésil, fiers d'être belges ce soir !
+ en situation h | The Red Devils knock out Brazil, proud to be Belgian tonight!
en situation h | Matildas into the semi-final, I've never been prouder to be Australian!
+ fr situation h | Les Matildas en demi-finale, je n'ai jamais été aussi fière d'être australienne !
fr situation h | Lausanne-Sport remonte en Super League, vingt ans d'abonnement récompensés !
+ en situation h | Lausanne-Sport are promoted back to the Super League, twenty years of season tickets rewarded!
# situations: games
fr situation n | Platine sur Elden Ring, tous les trophées, trois cents heures.
+ en situation n | Platinum on Elden Ring, every trophy, three hundred hours.
fr situation n | J'ai enfin battu papa au Scrabble, avec « whisky » sur un mot compte triple.
+ en situation n | Finally beat Dad at Scrabble, with a triple-word 'quixotic'.
fr situation n | Premier tournoi de Magic en boutique remporté, avec un deck monté moi-même.
+ en situation n | Won my first Magic tournament at the game shop, with a deck I built myself.
fr situation l | Sudoku diabolique fini au stylo, sans une rature.
+ en situation l | Fiendish sudoku finished in pen, not a single crossing-out.
# situations: music
fr situation n | La Lettre à Élise jouée sans une fausse note à l'audition du conservatoire, à soixante ans.
+ en situation n | Für Elise played without a wrong note at the conservatoire recital, at sixty.
en situation n | Grade 8 piano with distinction, and I only started at forty.
+ fr situation n | Dernier niveau de piano avec mention, et je n'ai commencé qu'à quarante ans.
fr situation n | Ma chanson passe sur la radio locale de Liège, écrite dans ma chambre.
+ en situation n | My song's on Liège local radio, written in my bedroom.
# situations: films and books
fr situation n | Mon court-métrage sélectionné à Clermont-Ferrand, tourné avec trois bouts de ficelle.
+ en situation n | My short film's been selected for Clermont-Ferrand, shot on a shoestring.
fr situation n | Fini Guerre et Paix. En entier. Deux ans de pauses déjeuner.
+ en situation n | Finished War and Peace. All of it. Two years of lunch breaks.
fr situation n | Ma nouvelle a gagné le concours de la médiathèque, elle sera imprimée.
+ en situation n | My short story won the library competition, it's going to be printed.
# situations: travel
fr situation n | Halifax-Vancouver en train, tout organisé seul, à soixante-dix ans.
+ en situation n | Halifax to Vancouver by train, planned it all myself, at seventy.
en situation n | Made our Heathrow connection with eight minutes to spare, three kids and a buggy. Never in doubt.
+ fr situation n | Correspondance attrapée à Heathrow avec huit minutes d'avance, trois enfants et une poussette. Jamais douté.
fr situation n | Premier voyage seule à l'étranger malgré mes crises d'angoisse, et tout s'est passé sans accroc.
+ en situation n | First trip abroad on my own despite my panic attacks, and it all went without a hitch.
# situations: cars and driving
fr situation l | Créneau parfait du premier coup, devant la terrasse pleine du café.
+ en situation l | Perfect parallel park first go, in front of a packed café terrace.
fr situation n | Permis poids lourd en poche, première femme du dépôt à conduire le semi-remorque.
+ en situation n | Passed my HGV licence, first woman at the depot to drive the artic.
fr situation n | Permis moto à cinquante-deux ans, plateau et circulation du premier coup.
+ en situation n | Motorbike licence at fifty-two, slow-speed test and road test both first time.
# situations: weather and outdoors
fr situation n | Tempête de neige : mon allée et celle des voisins âgés dégagées avant six heures.
+ en situation n | Snowstorm: my drive and the elderly neighbours' cleared before six.
en situation n | Summited Ben Nevis in sideways rain, and every one of the team made it.
+ fr situation n | Sommet du Ben Nevis sous une pluie battante, et toute l'équipe est arrivée en haut.
# situations: gardening
fr situation h | J'ai fait pousser une citrouille de trois cents kilos, la plus grosse de la foire du comté !
+ en situation h | Grew a three-hundred-kilo pumpkin, the biggest at the county fair!
fr situation n | Mon citronnier donne enfin des citrons, en plein Bruxelles, après cinq hivers au salon.
+ en situation n | My lemon tree's finally fruiting, in the middle of Brussels, after five winters in the living room.
# situations: money
fr situation n | Crédit auto soldé deux ans en avance, en rognant sur chaque course.
+ en situation n | Car loan paid off two years early, by squeezing every grocery shop.
en situation n | Cleared the last of the credit card, zero balance for the first time since uni.
+ fr situation n | Dernière dette de carte de crédit réglée, solde à zéro pour la première fois depuis la fac.
fr situation n | Dix mille euros mis de côté en un an, avec un salaire de serveuse. Une lumière qui va avec, s'il te plaît.
+ en situation n | Ten thousand euros saved in a year, on a waitress's wages. Lights to match, please.
# situations: paperwork
fr situation n | Toute ma carrière reconstituée, trente-huit ans, et la caisse reconnaît chaque trimestre.
+ en situation n | My whole career pieced back together, thirty-eight years, and the pension office accepts every quarter.
fr situation n | J'ai gagné mon recours pour mon allocation devant le tribunal, en me défendant seul.
+ en situation n | Won my benefits appeal at tribunal, representing myself.
fr situation n | Serment de citoyenneté prêté ce matin à Montréal, huit ans de démarches.
+ en situation n | Took the citizenship oath in Montreal this morning, eight years of paperwork.
# situations: technology and internet
fr situation n | Mon site est en ligne, codé de A à Z pendant mes congés.
+ en situation n | My website's live, coded from scratch during my time off.
en situation n | Fixed Mum's laptop over the phone in ten minutes, after the shop had given up on it.
+ fr situation n | Réparé l'ordi de maman par téléphone en dix minutes, alors que le magasin avait abandonné.
fr situation n | Bouton argent de YouTube reçu pour ma chaîne de bricolage, partie de zéro.
+ en situation n | Got YouTube's silver play button for my DIY channel, started from nothing.
fr situation n | Mon signalement de faille m'a valu des remerciements et une prime d'un géant de la tech.
+ en situation n | My bug report earned a thank-you and a bounty from a tech giant.
# situations: holidays and celebrations
fr situation n | Mon sapin en palettes a gagné le concours de décorations du quartier.
+ en situation n | My pallet Christmas tree won the neighbourhood decorations contest.
en situation n | Our Christmas lights raised two grand for the children's hospital, best display on the street.
+ fr situation n | Nos illuminations de Noël ont récolté deux mille livres pour l'hôpital des enfants, les plus belles de la rue.
# situations: religion and rituals
fr situation n | Premier office mené comme diacre, sans bafouiller une seule fois.
+ en situation n | Led my first service as a deacon without stumbling once.
# situations: old age and grandparents
fr situation n | À quatre-vingt-un ans, papy décroche son diplôme d'histoire à l'université du troisième âge.
+ en situation n | At eighty-one, Grandad's earned his history diploma from the University of the Third Age.
fr situation n | Mamie a fini son premier 5 km à soixante-dix-huit ans, devant sa voisine.
+ en situation n | Nan finished her first 5K at seventy-eight, and beat her neighbour.
# situations: birth
fr situation n | Jumeaux nés à terme après une grossesse à haut risque, j'ai tenu jusqu'au bout.
+ en situation n | Twins born full term after a high-risk pregnancy, I held on to the very end.
# situations: DIY and repairs
fr situation n | Toiture de l'abri refaite seul, et pas une goutte après l'orage.
+ en situation n | Redid the shed roof myself, and not a drop after the storm.
en situation n | Rewired the old lamp from the flea market, and it works first time.
+ fr situation n | J'ai recâblé la vieille lampe des puces, et elle marche du premier coup.
# situations: city and countryside
fr situation n | Premier agnelage sans perdre un seul agneau, quatre-vingts naissances.
+ en situation n | First lambing without losing a single lamb, eighty births.
fr situation h | Gagné le concours de chiens de berger à la foire avec mon tout premier chien !
+ en situation h | Won the sheepdog trials at the county show with my very first dog!
fr situation n | Trois ans de démarches, et notre marché de producteurs ouvre ce samedi au cœur de Namur.
+ en situation n | Three years of applications, and our farmers' market opens this Saturday in the heart of Namur.
# situations: sea and mountains
fr situation n | Dent du Midi gravie avec mon père de soixante-dix ans, comme on se l'était promis.
+ en situation n | Climbed the Dent du Midi with my seventy-year-old dad, just as we'd promised each other.
en situation n | Sailed the Fastnet solo and finished mid-fleet, in a boat I restored myself.
+ fr situation n | Fastnet couru en solitaire, milieu de flotte, sur un bateau que j'ai restauré moi-même.
# situations: hobbies and crafts
fr situation n | Ma maquette du Titanic remporte le concours régional de modélisme.
+ en situation n | My Titanic model won the regional modelling contest.
fr situation n | Mon bonsaï a gagné le premier prix de l'expo horticole, douze ans de taille.
+ en situation n | My bonsai took first at the horticultural show, twelve years of pruning.
# situations: volunteering
fr situation n | Avec les bénévoles, on a reconstruit l'aire de jeux en un week-end, les gamins jouent déjà dessus.
+ en situation n | The volunteers and I rebuilt the playground in one weekend, and the kids are already on it.
# situations: politics
fr situation n | Élue déléguée syndicale avec soixante-dix pour cent des voix, moi qui n'osais pas parler en réunion.
+ en situation n | Elected union rep with seventy per cent of the vote, and I used to be too shy to speak in meetings.
en situation n | Our campaign got the library closure reversed, three months of knocking on doors.
+ fr situation n | Notre campagne a fait annuler la fermeture de la bibliothèque, trois mois de porte-à-porte.
# situations: science
fr situation n | Ma première exoplanète repérée en épluchant les données de la NASA depuis mon salon.
+ en situation n | Spotted my first exoplanet combing through NASA data from my living room.
en situation h | My Year 10 robotics team beat twenty schools at the state final!
+ fr situation h | L'équipe de robotique de ma classe de seconde a battu vingt écoles en finale régionale !
# situations: short voices, all over
fr situation n | Bac pro validé, premier de la famille à l'avoir. Mets une ambiance de champion.
+ en situation n | Vocational diploma passed, first in the family to get one. Give me a champion's vibe.
en situation n | Duke of Edinburgh Gold done, four days of hiking in the rain.
+ fr situation n | Médaille d'or du Duke of Edinburgh obtenue, quatre jours de rando sous la pluie.
fr situation h | Mon fils a gagné sa première couronne à la fête de lutte suisse !
+ en situation h | My son's won his first wreath at the Swiss wrestling festival!
en situation h | Queensland take the Origin series in Sydney, proud Maroon tonight!
+ fr situation h | Le Queensland remporte la série State of Origin à Sydney, fier d'être Maroon ce soir !
fr situation n | Mon food truck élu meilleur de Montréal par les lecteurs du journal.
+ en situation n | My food truck voted the best in Montreal by the paper's readers.
en situation n | First five-star review on Airbnb, for the granny flat I built myself.
+ fr situation n | Première note de cinq étoiles sur Airbnb, pour le studio de jardin que j'ai construit moi-même.
fr situation n | Galibier franchi ce matin, le quinzième col de la semaine. Une lumière de podium, s'il te plaît.
+ en situation n | Over the Galibier this morning, the fifteenth pass this week. Podium lighting, please.
en situation n | First full year running my own café, and we're in profit. Raise the lights.
+ fr situation n | Première année complète à la tête de mon café, et on est rentables. Monte les lumières.
fr situation n | Entretien d'embauche à Gand passé entièrement en néerlandais, cinq ans de cours du soir.
+ en situation n | Job interview in Ghent done entirely in Dutch, five years of evening classes.
en situation n | Finished my nursing degree with a newborn at home.
+ fr situation n | Diplôme d'infirmière terminé avec un nouveau-né à la maison.
fr situation n | Le 8a de la falaise du village, enchaîné après deux ans d'essais.
+ en situation n | The 8a on the village crag, sent after two years of attempts.
en situation h | Our pub won the darts league, first title in a hundred and fifty years!
+ fr situation h | L'équipe du pub a gagné la ligue de fléchettes, premier titre en cent cinquante ans !
fr situation h | Finale de la ligue de hockey-balle de Trois-Rivières, et c'est nous qui soulevons la coupe !
+ en situation h | Final of the Trois-Rivières ball hockey league, and we're the ones lifting the cup!
en situation n | Scholarship to Juilliard. Me, from a trailer park in Ohio.
+ fr situation n | Une bourse pour Juilliard. Moi, qui viens d'un parc de mobile homes dans l'Ohio.
fr situation n | Admis à l'EPFL, le premier de mon village valaisan.
+ en situation n | Accepted at EPFL, the first from my village in Valais.
en situation n | My cider took gold at the Hereford cider show. Gold lights, obviously.
+ fr situation n | Mon cidre a remporté l'or au concours de Hereford. Lumières dorées, évidemment.
fr situation n | Mon premier article signé dans Le Soir, après deux ans de piges.
+ en situation n | My first bylined piece in Le Soir, after two years of freelancing.
en situation l | Landed a backflip on the trampoline at thirty-five. The kids are in awe.
+ fr situation l | Salto arrière réussi sur le trampoline à trente-cinq ans. Les enfants sont bluffés.
fr situation n | Premier mois de mon entreprise de paysagiste, et déjà trois contrats signés.
+ en situation n | First month of my landscaping business, and three contracts signed already.
en situation n | Made head chef at twenty-six, youngest in the group.
+ fr situation n | Chef de cuisine à vingt-six ans, le plus jeune du groupe.
fr situation n | Mon chien d'assistance a obtenu sa certification, et c'est moi qui l'ai formé.
+ en situation n | My assistance dog got certified, and I trained him myself.
en situation n | First Christmas running the pub, three hundred covers and not one complaint.
+ fr situation n | Premier Noël aux commandes du pub, trois cents couverts et pas une seule plainte.
fr situation l | Trois semaines sans sucre, pari tenu face à mon collègue.
+ en situation l | Three weeks without sugar, bet won against my colleague.
en situation l | Read to the kids every night this year, three hundred and sixty-five out of three hundred and sixty-five.
+ fr situation l | Une histoire aux enfants chaque soir cette année, trois cent soixante-cinq sur trois cent soixante-cinq.
fr situation n | Ma première traduction publiée, avec mon nom sur la couverture.
+ en situation n | My first translation is out, with my name on the cover.
en situation n | Qualified as a dive instructor in Cairns, teaching on the reef next week.
+ fr situation n | Moniteur de plongée diplômé à Cairns, j'enseigne sur la barrière de corail la semaine prochaine.
fr situation n | Première médaille pour le vin de la vigne de mon grand-père, que j'ai reprise seule.
+ en situation n | First medal for the wine from my grandfather's vineyard, which I took over on my own.
fr situation n | Nommée à titre définitif après neuf ans de remplacements dans les écoles de Charleroi.
+ en situation n | Given a permanent post after nine years of supply teaching in Charleroi schools.
fr situation n | Vingt ans après avoir fait la plonge dans ce restaurant, je viens de le racheter. Mets quelque chose de grand.
+ en situation n | Twenty years after washing dishes in this restaurant, I've just bought it. Play something grand.
# near the border with euphorie
fr situation n | Le stade hurle autour de moi, mais je fixe le tableau : 3-1, et le troisième but, c'est le mien.
+ en situation n | The stadium's roaring around me, but I'm staring at the scoreboard: 3-1, and the third goal is mine.
en situation n | Everyone else is partying; I'm sitting quietly with the medal in my hand, thinking of the four years it took.
+ fr situation n | Tout le monde fait la fête ; moi je reste assis, la médaille dans la main, à penser aux quatre ans qu'il a fallu.
fr situation n | Les potes fêtent ça au bar, moi je savoure en silence : mon premier trail de cent kilomètres, bouclé.
+ en situation n | My mates are celebrating at the bar, I'm savouring it quietly: my first hundred-kilometre trail race, done.
en situation n | No champagne needed, just me and the finished boat in the shed, twelve years in the making.
+ fr situation n | Pas besoin de champagne, juste moi et le bateau terminé dans l'atelier, douze ans de travail.
fr mixed h | On saute dans tous les sens, mais c'est surtout la fierté : le club est sauvé à la dernière journée grâce à nous.
+ en mixed h | We're jumping all over the place, but it's mostly pride: the club's safe on the last day, and we did it.
# near the border with bonnehumeur
fr situation l | Petite chose, grande fierté : j'ai dit non à mon chef, calmement, et il a cédé.
+ en situation l | Small thing, big pride: I said no to my boss, calmly, and he backed down.
en situation l | Just a jar of jam, but it's the first batch that set properly, from our own plums.
+ fr situation l | Juste un pot de confiture, mais c'est la première qui prend vraiment, avec nos propres prunes.
fr situation l | Ma première mayonnaise à la main qui prend, après des années de ratés.
+ en situation l | My first hand-whisked mayonnaise that didn't split, after years of failures.
en situation l | Got through the whole call to the bank in French without once switching to English.
+ fr situation l | Tout l'appel à la banque en français, sans repasser une seule fois à l'anglais.
# near the border with suspense
fr situation n | Verdict tombé : on gagne le procès contre le promoteur, après quatre ans.
+ en situation n | The verdict's in: we've won the case against the developer, after four years.
en situation h | The envelope's open and it's a yes: I'm in at the Royal Ballet School!
+ fr situation h | L'enveloppe est ouverte et c'est oui : je suis prise à l'école du Royal Ballet !
fr situation n | Deux minutes d'examen de la photo-finish, et c'est mon dossard qui passe devant.
+ en situation n | Two minutes studying the photo finish, and it's my number that's in front.
en situation h | Shoot-out's over, I saved the last one, and we're going to the final!
+ fr situation h | Fin de la séance de tirs au but, j'ai arrêté le dernier, et on va en finale !
# near the border with tristesse
fr mixed n | Papa n'est plus là pour le voir, mais j'ai repris sa boulangerie et elle tourne mieux que jamais.
+ en mixed n | Dad's not here to see it, but I took over his bakery and it's doing better than ever.
en mixed n | We lost the final, but second in the country with a village team? I'm standing tall.
+ fr mixed n | On a perdu la finale, mais deuxièmes du pays avec une équipe de village ? Je garde la tête haute.
fr negation n | Je ne pleure pas ma place au classement : j'ai battu mon record de trente secondes au marathon de Lausanne.
+ en negation n | I'm not crying over my placing: I beat my best time by thirty seconds at the Lausanne marathon.
# near the border with nostalgie
fr situation n | Je repasse devant le collège où on disait que je n'arriverais à rien, au volant de ma voiture de directeur.
+ en situation n | Driving past the school where they said I'd never amount to anything, in my director's company car.
en situation n | Back at my old school to give the careers talk, in the same hall where they said I'd never make it.
+ fr situation n | De retour dans mon ancien lycée pour parler d'orientation, dans la salle même où on disait que je ne réussirais jamais.
# near the border with colere
fr situation n | On m'avait refusé la promotion ; j'ai présenté mes chiffres aux RH et j'ai eu le poste.
+ en situation n | They'd turned me down for the promotion; I took my numbers to HR and got the job.
en situation n | The club said girls couldn't play in the league; our petition changed the rule and my daughter scored on her debut.
+ fr situation n | Le club disait que les filles ne pouvaient pas jouer en championnat ; notre pétition a changé la règle et ma fille a marqué pour son premier match.
# near the border with panique
fr situation n | J'ai fait la manœuvre de Heimlich à un inconnu au restaurant, et il respire. Je l'ai fait.
+ en situation n | I did the Heimlich on a stranger at the restaurant, and he's breathing. I did that.
en situation n | Got the car out of a skid on black ice, exactly like the course taught me. Textbook.
+ fr situation n | J'ai rattrapé la voiture sur le verglas, exactement comme au stage. Du manuel.
fr situation n | Convulsions du petit, j'ai appliqué les gestes de la formation, et les pompiers m'ont félicitée.
+ en situation n | The little one had a seizure, I did exactly what the first-aid course taught me, and the paramedics praised me.
# near the border with detente
fr negation n | Je ne me repose pas sur ce transat, je savoure : la piscine, c'est moi qui l'ai creusée et carrelée.
+ en negation n | I'm not resting on this sun lounger, I'm savouring: I dug and tiled this pool myself.
en situation n | Feet up on the sofa, not to rest but to admire: I tiled this entire floor myself.
+ fr situation n | Les pieds sur le canapé, pas pour me reposer mais pour admirer : tout ce carrelage, c'est moi.
# near the border with inquietude
fr negation n | Plus aucune angoisse : la soutenance est passée et le jury m'a donné la note maximale.
+ en negation n | No more dread at all: the viva's over and the panel gave me top marks.
# long
fr long n | En septembre, je ne savais pas faire un nœud de chaise. J'ai passé l'hiver au club de voile du lac d'Annecy. Samedi, j'étais à la barre pour la régate du club. Troisièmes sur vingt-deux bateaux.
+ en long n | In September I couldn't tie a bowline. I spent the winter at the sailing club on Lake Annecy. On Saturday I was at the helm for the club regatta. Third out of twenty-two boats.
en long n | I failed my driving test four times. Four. Today's examiner was the same one from the second fail. He shook my hand at the end. I drove home on my own.
+ fr long n | J'ai raté le permis quatre fois. Quatre. L'inspecteur d'aujourd'hui, c'était celui du deuxième échec. Il m'a serré la main à la fin. Je suis rentré seul au volant.
fr long n | Le patron m'avait mise au placard. Plus de dossiers, plus de réunions. J'ai passé un master le soir pendant deux ans. Lundi, je commence comme directrice financière chez le concurrent.
+ en long n | My boss had sidelined me. No more files, no more meetings. I did a master's in the evenings for two years. On Monday I start as finance director at the competition.
en long n | The lads at the gym laughed when I started. Sixty, overweight, couldn't do a push-up. Yesterday I deadlifted a hundred and twenty kilos. Nobody's laughing now.
+ fr long n | Les gars de la salle rigolaient quand j'ai commencé. Soixante ans, en surpoids, pas capable de faire une pompe. Hier, j'ai soulevé cent vingt kilos au soulevé de terre. Plus personne ne rigole.
fr long n | Ma fille est dyslexique. On a passé des soirées entières sur ses devoirs. Aujourd'hui, elle a lu un chapitre entier à voix haute devant la classe. À la fin, elle m'a cherchée des yeux.
+ en long n | My daughter is dyslexic. We spent whole evenings on her homework. Today she read a full chapter out loud in front of the class. At the end, she looked for me in the room.
en long n | Our theatre group had four members and no stage. We rehearsed in the church hall for a year. Last night we sold out the town hall. Three curtain calls.
+ fr long n | Notre troupe de théâtre, c'était quatre membres et pas de scène. On a répété un an dans la salle paroissiale. Hier soir, la salle des fêtes était complète. Trois rappels.
fr long n | Le rucher était mourant au printemps. J'ai lu, demandé conseil, changé les reines. Cet automne, trente kilos de miel. Le vieil apiculteur du village m'a serré la main.
+ en long n | The hives were dying in the spring. I read up, asked for advice, changed the queens. This autumn, thirty kilos of honey. The village's old beekeeper shook my hand.
en long n | The council said the old cinema couldn't be saved. We raised the money ourselves, pound by pound. Tonight it reopened to a full house. My name's on the plaque by the door.
+ fr long n | La mairie disait que le vieux cinéma était perdu. On a réuni l'argent nous-mêmes, livre par livre. Ce soir, il a rouvert à guichets fermés. Mon nom est sur la plaque à l'entrée.
fr long n | En arrivant à Bruxelles, je ne parlais pas un mot de français. J'ai fait la plonge, puis le service, puis les cours du soir. Ce matin, j'ai signé le bail de mon propre restaurant.
+ en long n | When I arrived in Brussels I didn't speak a word of French. I washed dishes, then waited tables, then took evening classes. This morning I signed the lease on my own restaurant.
en long n | My son couldn't ride a bike at nine. The other kids teased him. We practised every evening in the car park. Today he rode the whole trail at Kielder with me, no stops.
+ fr long n | À neuf ans, mon fils ne savait pas faire de vélo. Les autres se moquaient. On s'est entraînés chaque soir sur le parking. Aujourd'hui, il a fait tout le sentier de Kielder avec moi, sans s'arrêter.
fr long n | Le vieux tracteur de papy n'avait pas tourné depuis 1998. J'ai commandé les pièces en Allemagne et passé trois hivers dessus. Ce matin, il a démarré au premier coup. Tout le village est venu voir.
+ en long n | Grandad's old tractor hadn't run since 1998. I ordered parts from Germany and spent three winters on it. This morning it started first time. The whole village came to see.
en long n | Nobody thought a girl from our town could get into medicine. I studied at the kitchen table with earplugs in. The letter came this morning. I'm going to Edinburgh.
+ fr long n | Personne ne pensait qu'une fille de chez nous entrerait en médecine. J'ai révisé sur la table de la cuisine avec des bouchons d'oreilles. La lettre est arrivée ce matin. Je pars à Édimbourg.
fr long n | Notre équipe de foot féminine n'avait même pas de vestiaire. On se changeait dans les voitures. Cette saison, on finit premières du championnat provincial. La commune construit enfin nos vestiaires.
+ en long n | Our women's football team didn't even have a changing room. We got changed in our cars. This season we finished top of the provincial league. The council is finally building our changing rooms.
en long n | At work I was 'the slow one'. I took every training course going. Today the regional manager asked me to train the new starters. All twelve of them.
+ fr long n | Au boulot, j'étais « le lent ». J'ai suivi toutes les formations possibles. Aujourd'hui, le directeur régional m'a demandé de former les nouveaux. Les douze.
fr long n | Mon premier marathon, à Montréal, j'ai abandonné au trentième kilomètre. Un an d'entraînement de plus. Dimanche, j'ai passé le trentième sans ralentir. Arrivée en trois heures cinquante-huit.
+ en long n | My first marathon, in Montreal, I dropped out at thirty kilometres. One more year of training. On Sunday I went through thirty without slowing. Finished in three hours fifty-eight.
en long n | It was my grandmother's recipe, never written down. I tested it forty times. Yesterday my aunt tasted it and went very quiet. Then she said, 'That's hers. You've got it.'
+ fr long n | C'était la recette de ma grand-mère, jamais écrite. Je l'ai testée quarante fois. Hier, ma tante a goûté et n'a rien dit pendant un moment. Puis : « C'est la sienne. Tu l'as retrouvée. »
fr long n | On m'avait dit que la grange était bonne à raser. Trois ans de week-ends, de poutres et de chaux. Ce soir, on y fête les cinquante ans de ma femme. Elle tient debout, et elle est superbe.
+ en long n | They told me the barn should be knocked down. Three years of weekends, beams and lime. Tonight we're celebrating my wife's fiftieth in it. It's standing, and it's beautiful.
en long n | First week as a supply teacher, Year 9, the class from hell. They threw paper, they ignored me. On Friday they stayed after the bell to finish the experiment. One of them asked, 'Will you be here next week, sir?'
+ fr long n | Première semaine de remplacement, une classe de quatrième infernale. Ils lançaient des boulettes, ils m'ignoraient. Vendredi, ils sont restés après la sonnerie pour finir l'expérience. L'un d'eux m'a demandé : « Vous serez là la semaine prochaine, monsieur ? »
# negation
fr negation n | Personne ne m'a fait de cadeau : mon C1 d'anglais, je l'ai décroché seule, à cinquante ans.
+ en negation n | Nobody handed me anything: I earned my C1 in English on my own, at fifty.
en negation n | Not luck, not a fluke: I outplayed him over five sets and the club title is mine.
+ fr negation n | Pas de chance, pas de hasard : je l'ai dominé en cinq sets et le titre du club est à moi.
fr negation n | Je ne suis pas soulagée, je suis fière : j'ai défendu le budget devant le conseil communal et il est passé.
+ en negation n | I'm not relieved, I'm proud: I defended the budget before the council and it went through.
en negation n | I'm not just happy, I'm proud: I built this business up from a market stall.
+ fr negation n | Je ne suis pas juste content, je suis fier : cette entreprise, je l'ai bâtie à partir d'un étal de marché.
fr negation n | Non, je ne rêve pas : j'ai vraiment terminé premier du trail des Ardennes.
+ en negation n | No, I'm not dreaming: I really did finish first in the Ardennes trail race.
en negation n | This isn't relief, it's triumph: they doubted me, and I delivered the bridge on budget.
+ fr negation n | Ce n'est pas du soulagement, c'est un triomphe : ils doutaient de moi, et j'ai livré le pont dans le budget.
fr negation n | Pas de fausse modestie ce soir : mon gâteau a battu ceux des pros au concours de Vevey.
+ en negation n | No false modesty tonight: my cake beat the professionals' at the Vevey competition.
en negation n | Don't call it beginner's luck: two years of training for this black run, and I skied it clean.
+ fr negation n | Ne parlez pas de chance du débutant : deux ans d'entraînement pour cette piste noire, et je l'ai descendue sans faute.
# mixed
fr mixed n | Courbatures partout, mais quelle fierté : le mur d'escalade de l'école, on l'a monté en un week-end.
+ en mixed n | Aching all over, but so proud: we built the school climbing wall in one weekend.
en mixed n | Knackered and sunburnt, but we did the Three Peaks in under twenty-four hours.
+ fr mixed n | Vidés et brûlés par le soleil, mais on a fait les trois sommets en moins de vingt-quatre heures.
fr mixed n | Un peu triste de vendre la maison, mais surtout fière : c'est ma rénovation qui en a doublé la valeur.
+ en mixed n | A bit sad to sell the house, but mostly proud: my renovation doubled its value.
en mixed n | Nervous all week, but I gave the best man's speech and the whole room laughed in the right places.
+ fr mixed n | Stressé toute la semaine, mais j'ai fait le discours du témoin et toute la salle a ri aux bons moments.
fr mixed n | Encore tremblant, mais j'ai parlé devant le conseil municipal et notre parc est sauvé.
+ en mixed n | Still shaking, but I spoke in front of the council and our park is saved.
en mixed n | Bit embarrassed by the fuss, but yes, I won the village photo contest with my phone.
+ fr mixed n | Un peu gêné qu'on en fasse tout un plat, mais oui, j'ai gagné le concours photo du village avec mon téléphone.
fr mixed n | Gelé jusqu'aux os, mais fier comme tout : j'ai nagé jusqu'à la bouée au bain polaire de Vancouver.
+ en mixed n | Frozen to the bone, but proud as anything: I swam out to the buoy at the Vancouver Polar Bear Swim.
en mixed n | A bit sad the season's over, but mostly proud: my under-nines went unbeaten all year.
+ fr mixed n | Un peu triste que la saison soit finie, mais surtout fier : mes moins de neuf ans n'ont pas perdu un match de l'année.
# slang and emoji
fr slang_emoji n | 20/20 en philo au bac 😤📚 qui m'arrête
+ en slang_emoji n | full marks on my philosophy final 😤📚 who's stopping me
fr slang_emoji n | jai atomisé mon frère à FIFA 10-0 🏆😎 il boude
+ en slang_emoji n | destroyed my brother at FIFA 10-0 🏆😎 he's sulking
en slang_emoji h | just smashed my deadlift PB 💪🏋️ 180kg let's gooo
+ fr slang_emoji h | record perso au soulevé de terre explosé 💪🏋️ 180 kg let's go
en slang_emoji n | got the job!!! 💼🔥 third interview and I absolutely killed it
+ fr slang_emoji n | j'ai le poste !!! 💼🔥 troisième entretien et j'ai tout déchiré
fr slang_emoji n | mon fils a eu sa ceinture jaune 🥋🥇 fier de mon champion
+ en slang_emoji n | my son got his yellow belt 🥋🥇 proud of my little champ
fr slang_emoji h | icitte on est champions du tournoi de balle-molle 🥎🏆 on les a plantés
+ en slang_emoji h | we're softball tournament champs round here 🥎🏆 we crushed them
en slang_emoji n | first ever clean sheet as keeper 🧤🏆 buzzing but mostly proud ngl
+ fr slang_emoji n | premier match sans encaisser de but comme gardien 🧤🏆 content mais surtout fier franchement
fr slang_emoji n | dossier bouclé 2 jours avant la deadline 😎✅ masterclass
+ en slang_emoji n | project wrapped 2 days before the deadline 😎✅ masterclass
en slang_emoji n | A* in maths after failing my mock 😤📈 told you so
+ fr slang_emoji n | 19 en maths après avoir raté le bac blanc 😤📈 je vous l'avais dit
# typo
fr typo n | jai eu mon diplome d'aide soignante a 45 ans jsuis trop fiere
+ en typo n | got my care assistant diploma at 45 so prowd of myself
fr typo n | ma fille a eu 19 en maths elle qui avait 6 en septembre quelle remonté
+ en typo n | my daughter got 19 in maths and she had 6 in september wat a comeback
fr typo n | on a remporter le tournoi de foot du quartier jai marqué 3 buts
+ en typo n | we won the neighbourhood footy tournement i scored 3
fr typo n | jai reussi a monter la cuisine ikea tt seul sans notice mdr
+ en typo n | built the whole ikea kitchen by myself without the instrucions lol
en typo n | passed my theory test fisrt time 50/50 lets go
+ fr typo n | code du premier cou 40/40 trop fort
en typo n | finaly finished the half ironman in 5h40, im a machine
+ fr typo n | enfin fini le demi ironman en 5h40, jsuis une machine
en typo n | got promted to manager after 2 yrs on the tills proud af
+ fr typo n | promu manager apres 2 ans en caisse trop fier
fr typo n | 1er au concour de boulangerie du canton jen revien pas
+ en typo n | 1st in the canton baking competion cant beleive it
en typo n | my kid won the spelling bee at skool against the 6th graders so proud
+ fr typo n | mon fils a gagné la dicté de l'ecole contre les cm2 trop fiere
# wish
fr wish n c=gold;red b=bright | J'ai décroché mon master en alternance : de l'or et du rouge, bien lumineux !
+ en wish n c=gold;red b=bright | I've got my master's while working: gold and red, nice and bright!
en wish n c=gold;amber b=bright | Just won the club championship and I feel like a champion: gold and amber, bright!
+ fr wish n c=gold;amber b=bright | Je viens de gagner le championnat du club, je me sens champion : or et ambre, bien lumineux !
fr wish n c=gold;white | Ma fille a gagné le concours d'éloquence : du doré et du blanc dans le salon.
+ en wish n c=gold;white | My daughter won the public speaking contest: gold and white in the living room.
en wish h c=red;gold b=bright | We've won the league! Red and gold at full brightness, podium style!
+ fr wish h c=red;gold b=bright | On a gagné le championnat ! Rouge et or à pleine puissance, comme sur le podium !
fr wish n c=amber;warm_white | Fière comme tout, j'ai réussi mon oral d'anglais : de l'ambre et du blanc chaud.
+ en wish n c=amber;warm_white | Proud as anything, I passed my English oral: amber and warm white.
# explicit
fr explicit n | Je me sens comme une championne, fière de chaque effort qui m'a menée ici.
+ en explicit n | I feel like a champion, proud of every bit of effort that got me here.
en explicit n | I feel like a winner today, proud from head to toe.
+ fr explicit n | Je me sens vainqueur aujourd'hui, fier de la tête aux pieds.
fr explicit n | Quel triomphe : j'ai la tête haute et le cœur gonflé de fierté.
+ en explicit n | What a triumph: head held high and heart swelling with pride.
en explicit n | Proud as punch, I pulled it off!
+ fr explicit n | Fier comme un paon, j'ai réussi mon coup !
fr explicit n | Je savoure ma victoire, je l'ai méritée jusqu'au bout.
+ en explicit n | I'm savouring my victory, I earned it every step of the way.
# intensity
fr intensity l | Petite victoire : la plante que tout le monde croyait morte a refleuri grâce à moi.
+ en intensity l | Small win: the plant everyone thought was dead has flowered again, thanks to me.
en intensity h | WE DID IT!!! CHAMPIONS OF THE WHOLE REGION!!!
+ fr intensity h | ON L'A FAIT !!! CHAMPIONS DE TOUTE LA RÉGION !!!
"""

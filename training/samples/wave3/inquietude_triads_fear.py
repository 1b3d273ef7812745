"""inquietude: third wave, triads with panique and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Le four sent le brûlé à chaque cuisson, et le technicien ne passe pas avant le 20.
+ en situation n | The oven smells of burning every time I use it, and the repairman can't come before the 20th.

# triad 02
fr situation n | Mon fils veut aller seul au marché de Noël samedi avec ses copains, il n'a que onze ans.
+ en situation n | My son wants to go to the Christmas market on his own with his mates on Saturday, he's only eleven.

# triad 03
en situation n | The brake pedal has felt spongy since yesterday, and tomorrow I have to drive down the pass.
+ fr situation n | La pédale de frein est molle depuis hier, et demain je dois redescendre le col.

# triad 04
fr situation n | Les résultats du bac tombent vendredi et je suis presque sûr d'avoir raté la philo.
+ en situation n | The exam results come out on Friday and I'm almost sure I failed philosophy.

# triad 05
fr situation n | Le terme est dépassé de dix jours, et la sage-femme parle de déclencher si rien ne bouge.
+ en situation n | I'm ten days overdue, and the midwife's talking about inducing if nothing happens.

# triad 06
en situation n | The dog ate a bit of chocolate last night, and the vet said to watch out for shaking.
+ fr situation n | Le chien a mangé un bout de chocolat hier soir, le véto a dit de surveiller s'il tremble.

# triad 07
fr situation n | On prend l'avion demain matin et ils annoncent de violents orages sur tout le trajet.
+ en situation n | We're flying tomorrow morning and they're forecasting violent storms along the whole route.

# triad 08
fr situation n | J'ai tapé mon code bancaire sur un faux site hier soir, et pour l'instant rien n'est parti du compte.
+ en situation n | I typed my card details into a fake site last night, and so far nothing has left my account.

# triad 09
en situation n | Red storm warning tonight, and the old oak already leans right over the house.
+ fr situation n | Alerte rouge tempête cette nuit, et le vieux chêne penche déjà au-dessus de la maison.

# triad 10
fr situation n | La batterie de mon téléphone a gonflé, la coque ne ferme plus, et il charge la nuit près du lit.
+ en situation n | My phone battery has swollen, the case won't close, and it charges overnight next to the bed.

# triad 11
fr situation n | Le voisin du dessous fume au lit tous les soirs et s'endort souvent devant la télé.
+ en situation n | The downstairs neighbour smokes in bed every night and often falls asleep in front of the TV.

# triad 12
en situation n | My son wants to swim on his own where the flag is orange, and he can barely swim.
+ fr situation n | Mon fils veut se baigner seul là où le drapeau est orange, et il nage à peine.

# triad 13
fr situation n | On part demain sur la crête, et la météo annonce du brouillard dès midi.
+ en situation n | We're heading up the ridge tomorrow, and the forecast says fog from midday.

# triad 14
fr situation n | Le serveur de prod plante une fois par jour depuis lundi, et le Black Friday, c'est vendredi.
+ en situation n | The production server has crashed once a day since Monday, and Black Friday is this Friday.

# triad 15
en situation n | The wedding is outdoors on Saturday and they're forecasting rain all day.
+ fr situation n | Le mariage est en plein air samedi et ils annoncent de la pluie toute la journée.

# triad 16
fr situation n | Mon père a eu des douleurs dans la poitrine la semaine dernière et refuse d'aller consulter.
+ en situation n | My dad had chest pains last week and refuses to see a doctor.

# triad 17
fr situation n | Ma fille se plaint tous les soirs qu'un grand de CM2 l'embête dans la cour de l'école.
+ en situation n | Every evening my daughter says an older boy keeps picking on her in the school playground.

# triad 18
en situation n | Three break-ins on our street this month, and our front door lock hasn't closed properly since winter.
+ fr situation n | Trois cambriolages dans la rue ce mois-ci, et la serrure de la porte d'entrée ferme mal depuis l'hiver.

# triad 19
fr situation n | L'ascenseur de l'immeuble fait des secousses depuis un mois, et ma mère de 85 ans le prend tous les jours.
+ en situation n | The building's lift has been jolting for a month, and my 85-year-old mother uses it every day.

# triad 20
fr situation n | Mon fils allergique aux cacahuètes dort chez un copain ce soir, et je ne connais pas les parents.
+ en situation n | My son with the peanut allergy is sleeping over at a friend's tonight, and I don't know the parents.

# triad 21
en situation n | The car stalls more and more often, and I go over a level crossing every morning.
+ fr situation n | La voiture cale de plus en plus souvent, et je traverse un passage à niveau chaque matin.

# triad 22
fr situation n | L'inhalateur de ma fille est presque vide, et la pharmacie est fermée jusqu'à lundi.
+ en situation n | My daughter's inhaler is nearly empty, and the chemist's is closed until Monday.

# triad 23
fr situation n | La rivière est à deux doigts de déborder, et la mairie parle d'évacuer le quartier demain.
+ en situation n | The river is close to bursting its banks, and the council is talking about evacuating the area tomorrow.

# triad 24
en situation n | A registered letter from the tax office is waiting at the post office, and I've no idea what they want.
+ fr situation n | Une lettre recommandée des impôts m'attend à la poste, et je ne sais pas ce qu'ils réclament.

# triad 25
fr situation n | Le concert est demain, on sera soixante mille, et ma fille de quatorze ans veut aller tout devant la scène.
+ en situation n | The concert's tomorrow, sixty thousand people, and my fourteen-year-old wants to be right at the front of the stage.

# triad 26
fr situation n | Le chat a appris à sauter sur la rambarde du balcon, et on habite au quatrième.
+ en situation n | The cat has learned to jump onto the balcony railing, and we live on the fourth floor.

# triad 27
en situation n | Black ice forecast for tomorrow morning, and my daughter has only just started driving on her own.
+ fr situation n | Verglas annoncé demain matin, et ma fille vient à peine de commencer à conduire seule.

# triad 28
fr situation n | Plan social annoncé, la liste des postes supprimés sera affichée lundi au bureau.
+ en situation n | Redundancies announced, and the list of jobs being cut goes up at the office on Monday.

# triad 29
fr situation n | Le bébé est né un mois trop tôt, et on ne saura rien de ses poumons avant quelques jours.
+ en situation n | The baby came a month early, and we won't know anything about his lungs for a few days.

# triad 30
en situation n | Hiking in the forest on Sunday, and there's no phone signal out there if something goes wrong.
+ fr situation n | Rando en forêt dimanche, et le téléphone ne capte rien là-bas en cas de problème.

# triad 31
fr situation n | Le petit grimpe partout maintenant, et il atteint les casseroles sur la cuisinière.
+ en situation n | The little one climbs everything now, and he can reach the pans on the cooker.

# triad 32
fr situation n | Samedi, mon fils de six ans prend le train seul avec une accompagnatrice, pour la première fois.
+ en situation n | On Saturday my six-year-old takes the train on his own with an escort, for the very first time.

# triad 33
en situation n | The boat's engine kept spluttering all Sunday, and we're going back out to sea on Saturday with the kids.
+ fr situation n | Le moteur du bateau a toussé tout le dimanche, et on ressort en mer samedi avec les enfants.

# triad 34
fr situation n | La prise derrière le frigo est toute noircie, et l'électricien ne vient que dans trois semaines.
+ en situation n | The socket behind the fridge is all blackened, and the electrician can't come for three weeks.

# triad 35
fr situation n | Ma thèse n'existe que sur une vieille clé USB qui affiche des erreurs depuis hier.
+ en situation n | My thesis only exists on an old USB stick that has been throwing up errors since yesterday.

# triad 36
en situation n | Grandma lives alone, she's already slipped twice on the stairs and won't wear the alarm pendant.
+ fr situation n | Mamie vit seule, elle a déjà glissé deux fois dans l'escalier et refuse de porter la téléalarme.

# triad 37
fr situation n | Notre hôtel en Grèce est en zone sismique, et il y a eu des secousses toute la semaine.
+ en situation n | Our hotel in Greece is in an earthquake zone, and there have been tremors all week.

# triad 38
fr situation n | Mon fils va seul au stade pour le derby, et il y a eu des bagarres l'an dernier.
+ en situation n | My son's going to the derby on his own, and there were fights at the ground last year.

# triad 39
en situation n | Drought warning, the hedge is bone dry, and next door lights his barbecue right beside it every night.
+ fr situation n | Sécheresse, la haie est toute sèche, et le voisin allume son barbecue juste à côté tous les soirs.

# triad 40
fr situation n | Un nid de frelons grossit sous le toit, juste au-dessus de la fenêtre de la chambre du bébé.
+ en situation n | A hornets' nest is growing under the roof, right above the baby's bedroom window.

# triad 41
fr situation n | L'ordinateur de la boutique n'a pas été sauvegardé depuis un an et il redémarre tout seul depuis hier.
+ en situation n | The shop computer hasn't been backed up for a year and it's been restarting by itself since yesterday.

# triad 42
en situation n | My son wants to cycle to school, and the route goes through the big junction by the ring road.
+ fr situation n | Mon fils veut aller au collège à vélo, et le trajet passe par le grand carrefour de la rocade.

# triad 43
fr situation n | Premier rendez-vous ce soir avec un inconnu du site, dans un bar inconnu, loin de chez moi.
+ en situation n | First date tonight with a stranger from the app, in a bar I've never been to, far from home.

# triad 44
fr situation n | Mon fils fait son premier saut en parachute samedi, avec un club dont personne n'a jamais entendu parler.
+ en situation n | My son's doing his first parachute jump on Saturday, with a club nobody has ever heard of.

# triad 45
en situation n | The campsite is next to a marsh full of adders, and the kids keep running around barefoot.
+ fr situation n | Le camping est au bord d'un marais plein de vipères, et les enfants courent pieds nus.

# triad 46
fr situation n | Des manifestations tendues sont prévues ce soir en centre-ville, et ma boutique n'a pas de rideau de fer.
+ en situation n | Tense protests are planned downtown tonight, and my shop has no metal shutter.

# triad 47
fr situation n | Au labo, la hotte aspirante ne marche plus depuis une semaine, et on manipule des solvants tous les jours.
+ en situation n | The fume hood in the lab has been broken for a week, and we handle solvents every day.

# triad 48
en situation n | My teammate gets dizzy at every training session and refuses to see a cardiologist.
+ fr situation n | Mon coéquipier a des vertiges à chaque entraînement et refuse d'aller voir un cardiologue.

# triad 49
fr slang_emoji n | nouvelle baby-sitter ce soir, 17 ans, et le petit est malade depuis ce matin 😬 on sort ou pas
+ en slang_emoji n | new babysitter tonight, she's 17, and the little one's been sick since this morning 😬 do we still go out

# triad 50
fr situation n | Le dentiste a vu une ombre sur la radio de mon fils et veut refaire des examens.
+ en situation n | The dentist saw a shadow on my son's X-ray and wants to run more tests.

# triad 51
en situation n | We move out on Saturday and the removal company still hasn't confirmed the van.
+ fr situation n | On déménage samedi, et la société de déménagement n'a toujours pas confirmé le camion.

# triad 52
fr situation n | Communion de ma fille dimanche, et la robe commandée il y a deux mois n'est toujours pas arrivée.
+ en situation n | My daughter's First Communion is on Sunday, and the dress we ordered two months ago still hasn't come.

# triad 53
fr situation n | La grand-tante a quatre-vingt-quinze ans et ne mange presque plus depuis une semaine.
+ en situation n | My great-aunt is ninety-five and has hardly eaten anything for a week.

# triad 54
en situation n | The electric hedge trimmer throws sparks, and Dad still wants to do the whole hedge on Sunday.
+ fr situation n | Le taille-haie électrique fait des étincelles, et papa veut quand même tailler toute la haie dimanche.

# triad 55
fr situation n | La clôture du pré du taureau est toute rouillée, et l'école fait sa sortie nature juste à côté jeudi.
+ en situation n | The fence round the bull's field is rusted through, and the school nature trip passes right by it on Thursday.

# triad 56
fr situation n | Première maraude de nuit demain, on ne sera que deux dans un quartier que je ne connais pas.
+ en situation n | My first night outreach round is tomorrow, just two of us in a neighbourhood I don't know.

# triad 57
en situation n | Our first gig is on Saturday and the drummer still doesn't know half the songs.
+ fr situation n | Notre premier concert est samedi, et le batteur ne connaît toujours pas la moitié des morceaux.

# triad 58
fr situation n | Mon fils de huit ans a vu un film d'horreur chez un copain, et depuis il ne dort plus.
+ en situation n | My eight-year-old saw a horror film at a friend's house, and he hasn't slept properly since.

# triad 59
fr situation n | Mon fils marche dans son sommeil, et sa chambre donne directement sur l'escalier.
+ en situation n | My son sleepwalks, and his bedroom opens straight onto the stairs.

# triad 60
en situation n | The street outside the school has had no traffic lights since the roadworks, and scooters race down it.
+ fr situation n | La rue de l'école n'a plus de feu depuis les travaux, et les scooters y foncent.

# triad 61
fr situation n | Ma fille de treize ans veut passer l'après-midi seule au centre commercial avec des filles qu'on ne connaît pas.
+ en situation n | My thirteen-year-old wants to spend the afternoon at the shopping centre with girls we don't know.

# triad 62
fr situation n | Le chauffeur du car scolaire avait l'air épuisé ce matin, il a même raté deux arrêts.
+ en situation n | The school bus driver looked exhausted this morning, he even missed two stops.

# triad 63
en situation n | My son rides his first road race on Sunday, a hundred riders on roads still open to traffic.
+ fr situation n | Mon fils court sa première course cycliste dimanche, cent coureurs sur des routes ouvertes à la circulation.

# triad 64
fr situation n | Le petit a encore 39 de fièvre ce soir, troisième jour, et le docteur ne le verra que lundi.
+ en situation n | The little one still has a fever of 39 tonight, third day running, and the doctor can't come till Monday.

# triad 65
fr situation n | L'échafaudage n'a jamais été contrôlé, et on doit bosser au troisième étage toute la semaine.
+ en situation n | The scaffolding has never been inspected, and we've got to work on the third floor all week.

# triad 66
en situation n | Avalanche risk four out of five tomorrow, and my friends still want to go off-piste.
+ fr situation n | Risque d'avalanche 4 sur 5 demain, et les copains veulent quand même faire du hors-piste.

# triad 67
fr situation n | Ma fille monte un cheval réputé nerveux pour son premier concours dimanche.
+ en situation n | My daughter's riding a horse known to be jumpy at her first competition on Sunday.

# triad 68
fr situation n | Ma fille de douze ans publie des vidéos publiques, et des adultes inconnus les commentent toutes.
+ en situation n | My twelve-year-old posts public videos, and strange adults comment on every single one.

# triad 69
en situation n | The neighbour bought fireworks online and plans to set them off from his balcony on Bastille Day.
+ fr situation n | Le voisin a acheté des feux d'artifice sur internet et compte les tirer de son balcon le 14 juillet.

# triad 70
fr situation n | Les guirlandes du sapin chauffent beaucoup, et on part trois jours en les laissant sur minuteur.
+ en situation n | The Christmas tree lights get really hot, and we're going away for three days leaving them on a timer.

# triad 71
fr situation n | Le berger allemand du voisin grogne sur les enfants à travers la clôture, qui penche de plus en plus.
+ en situation n | The neighbour's German shepherd growls at the kids through the fence, which leans more every week.

# triad 72
en situation n | My husband is driving home on the motorway tonight after a fifteen-hour shift, and he can barely stand.
+ fr situation n | Mon mari rentre par l'autoroute cette nuit après quinze heures de boulot, et il tient à peine debout.

# triad 73
fr situation n | La grande roue de la fête foraine grince de partout, et les enfants veulent absolument y monter ce soir.
+ en situation n | The big wheel at the fair creaks all over, and the kids are desperate to ride it tonight.

# triad 74
fr situation n | Canicule annoncée toute la semaine, et mamie vit seule sous les toits, sans clim.
+ en situation n | Heatwave forecast all week, and Grandma lives alone in a top-floor flat with no air conditioning.

# triad 75
en situation n | Driving test in a week, and I still stall every time I do a hill start.
+ fr situation n | Permis dans une semaine, et je cale encore à chaque démarrage en côte.

# triad 76
fr situation n | Contrôle sanitaire annoncé cette semaine, et la chambre froide ne descend plus sous huit degrés.
+ en situation n | Food safety inspection due this week, and the cold room won't go below eight degrees any more.

# triad 77
fr typo n | le petit joue tjrs pres de la cuisiniere pendant que je fais la friture, faut que je trouve une barriere
+ en typo n | the little one alwasy plays by the cooker while i'm frying, need to find a safty gate

# triad 78
fr typo n | ils annoncent des innondations ce soir et ma mere doit rentrer en voiture par la route du bord de riviere
+ en typo n | theyre forecasting floods tonight and my mum has to drive home on the road along the rivver

# triad 79
fr mixed n | Un peu fière qu'il ose partir, mais surtout préoccupée : il traverse le glacier seul, sans guide, demain.
+ en mixed n | A bit proud he dares to go, but mostly uneasy: he's crossing the glacier alone tomorrow, no guide.

# triad 80
fr mixed n | Content d'avoir fini ma garde, mais surtout soucieux : la petite tousse depuis trois nuits et ça empire.
+ en mixed n | Glad my shift is over, but mostly uneasy: the baby has been coughing for three nights and it's getting worse.

# triad 81
en slang_emoji n | smoke alarm's been beeping low battery for a week, still no new battery 😬 and the kids sleep right there
+ fr slang_emoji n | le détecteur de fumée bipe batterie faible depuis une semaine, tjs pas de pile 😬 et les petits dorment à côté

# triad 82
fr slang_emoji n | le voyant moteur clignote depuis hier et on part demain 800 bornes avec les gosses 😬
+ en slang_emoji n | engine light's been flashing since yesterday and tomorrow we drive 500 miles with the kids 😬
"""

"""tristesse: third wave, triads with colere and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Le chien n'est pas revenu de chez le véto, sa gamelle est encore dans la cuisine.
+ en situation n | The dog didn't come back from the vet's, his bowl is still in the kitchen.

# triad 02
fr mixed n | Un peu soulagé, mais surtout le cœur gros : poste supprimé, j'ai vidé mon bureau après douze ans.
+ en mixed n | A bit relieved, but mostly heavy-hearted: job cut, I cleared my desk after twelve years.

# triad 03
fr situation n | Recalée au bac pour un demi-point en maths, et tous mes amis partent à la fac sans moi.
+ en situation n | Failed the bac by half a point in maths, and all my friends are off to uni without me.

# triad 04
en situation n | Grandma passed away at the hospital last night; her knitting is still on the armchair.
+ fr situation n | Mamie est partie cette nuit à l'hôpital ; son tricot est encore sur le fauteuil.

# triad 05
fr situation n | Sur le quai, j'ai regardé partir le train de ma fille ; elle s'installe au Canada pour de bon.
+ en situation n | On the platform I watched my daughter's train pull out; she's moving to Canada for good.

# triad 06
fr situation n | La tempête a couché le tilleul, et la cabane des enfants avec ; ils ont pleuré toute la soirée.
+ en situation n | The storm brought down the lime tree, and the children's treehouse with it; they cried all evening.

# triad 07
fr situation n | J'ai dû vendre la bague de ma grand-mère pour combler le découvert.
+ en situation n | I had to sell my grandmother's ring to cover the overdraft.

# triad 08
en situation n | Dad's last photos were on that phone I lost on the metro; there's nothing left of them.
+ fr situation n | Les dernières photos de papa étaient sur ce téléphone perdu dans le métro ; il n'en reste rien.

# triad 09
fr situation n | Ligaments du genou rompus : la saison de mon fils est finie, il ne jouera pas la finale.
+ en situation n | Torn knee ligaments: my son's season is over, he won't play the final.

# triad 10
fr situation n | On a retrouvé le chat au bord de la route ce matin. J'ai rangé sa gamelle.
+ en situation n | We found the cat by the roadside this morning. I put his bowl away.

# triad 11
fr situation n | Dossier refusé par la préfecture : je rentre au pays le mois prochain et je laisse ici tous mes amis.
+ en situation n | File turned down by the prefecture: I go back home next month and leave all my friends behind.

# triad 12
en situation n | Nobody called for my birthday, not even my kids. I blew out the candle alone.
+ fr situation n | Personne n'a appelé pour mon anniversaire, même pas mes enfants. J'ai soufflé la bougie tout seul.

# triad 13
fr situation n | La dépanneuse a emporté à la casse la voiture de papa, celle qu'il a gardée jusqu'au bout.
+ en situation n | The tow truck took Dad's car to the scrapyard, the one he kept until the very end.

# triad 14
fr situation n | La grêle a tout haché dans le potager, trois mois de travail pour rien.
+ en situation n | The hail shredded the whole vegetable patch, three months of work for nothing.

# triad 15
en situation n | Flight cancelled, holiday gone: the kids unpacked their suitcases without a word.
+ fr situation n | Vol annulé, vacances à l'eau : les enfants ont défait leurs valises sans un mot.

# triad 16
fr situation n | Ma meilleure amie se marie samedi, et on ne se parle plus depuis deux ans.
+ en situation n | My best friend gets married on Saturday, and we haven't spoken in two years.

# triad 17
fr situation l | La voisine du rez-de-chaussée est partie en maison de retraite ; son chat dort toujours sur son paillasson.
+ en situation l | The neighbour on the ground floor has gone into a care home; her cat still sleeps on her doormat.

# triad 18
fr situation n | Mon fils m'a avoué qu'il mange seul à la cantine depuis la rentrée, sans aucun copain.
+ en situation n | My son admitted he's been eating alone in the canteen since term started, without a single friend.

# triad 19
en situation h | Dad didn't recognise me when I walked into his room at the care home.
+ fr situation h | Papa ne m'a pas reconnue quand je suis entrée dans sa chambre à la maison de retraite.

# triad 20
fr situation n | Dernier jour de l'école du village : la maîtresse a décroché les dessins des murs.
+ en situation n | Last day of the village school: the teacher took the drawings down from the walls.

# triad 21
fr situation n | Le compte de ma sœur a été fermé, et avec lui tous les messages qu'elle m'avait écrits avant de mourir.
+ en situation n | My sister's account was closed, and with it all the messages she wrote me before she died.

# triad 22
fr situation n | Dernier tour dans la maison vide ; le buffet de grand-mère ne rentrait pas dans l'appart.
+ en situation n | One last walk round the empty house; Grandma's sideboard wouldn't fit in the flat.

# triad 23
en situation n | I cooked for six and nobody came to dinner; all the kids cancelled at the last minute.
+ fr situation n | J'ai cuisiné pour six et personne n'est venu dîner ; les enfants ont tous annulé au dernier moment.

# triad 24
fr situation h | À l'échographie des trois mois, le cœur ne battait plus. On a rangé le body acheté la veille.
+ en situation h | At the twelve-week scan, the heart had stopped. We put away the baby vest we'd bought the day before.

# triad 25
fr situation h | On a enterré mamie ce matin, sous la pluie, avec son écharpe rouge.
+ en situation h | We buried Grandma this morning, in the rain, with her red scarf.

# triad 26
fr situation n | J'ai vendu le camion et les outils ; l'entreprise ferme après vingt ans de chantiers.
+ en situation n | I sold the van and the tools; the business closes after twenty years of jobs.

# triad 27
en situation n | Our singer died in the spring; we'll never play those songs together again.
+ fr situation n | Notre chanteur est mort au printemps ; on ne jouera plus jamais ces morceaux ensemble.

# triad 28
fr situation n | Le polar de mon mari est resté ouvert sur sa table de nuit ; il ne connaîtra jamais la fin.
+ en situation n | My husband's crime novel is still open on his bedside table; he'll never know how it ends.

# triad 29
fr situation n | Le serveur du jeu ferme demain, et notre guilde de six ans va se disperser.
+ en situation n | The game's server shuts down tomorrow, and our six-year-old guild is going to scatter.

# triad 30
fr situation n | L'eau est redescendue : la cave est perdue, avec les albums de nos trente ans de mariage.
+ en situation n | The water has gone down: the cellar's ruined, along with the albums from our thirty years of marriage.

# triad 31
en typo n | hard drive died and took teh only video where you can still hear my brother laugh
+ fr typo n | le disque dur a lâché et a emporté la seule vidéo où on entend encore mon frère rire

# triad 32
fr situation n | Mon directeur de thèse est mort cet hiver ; il ne verra pas la soutenance qu'on préparait ensemble.
+ en situation n | My supervisor died this winter; he won't see the defence we were preparing together.

# triad 33
fr slang_emoji h | il a fait sa valise ce week-end... son côté du lit est vide 💔😞
+ en slang_emoji h | he packed his bag this weekend... his side of the bed is empty 💔😞

# triad 34
fr situation n | Le médecin l'a confirmé ce matin : avec mes mains, je ne pourrai plus jouer du piano.
+ en situation n | The doctor confirmed it this morning: with my hands the way they are, I won't be able to play the piano any more.

# triad 35
fr situation h | Le colis de ma mère est arrivé après sa mort, avec mon nom écrit de sa main.
+ en situation h | My mother's parcel arrived after she died, with my name in her handwriting.

# triad 36
en situation n | We sold the farm and the dog with it; he chased our car to the end of the lane.
+ fr situation n | On a vendu la ferme, et le chien avec ; il a couru derrière la voiture jusqu'au bout du chemin.

# triad 37
fr situation n | On a dispersé les cendres de papa au sommet, là où il nous emmenait chaque été.
+ en situation n | We scattered Dad's ashes at the summit, where he used to take us every summer.

# triad 38
fr situation n | On a abandonné la rénovation de la maison, plus un sou ; c'était le projet de toute une vie.
+ en situation n | We've given up renovating the house, not a penny left; it was our life's project.

# triad 39
en situation n | I still wake at 3 a.m. reaching for his hand in the bed.
+ fr situation n | Je me réveille encore à 3 h du matin en cherchant sa main dans le lit.

# triad 40
fr situation n | Madame Rose, qui venait à l'aide alimentaire chaque mardi, est morte seule dans son studio.
+ en situation n | Madame Rose, who came to the food bank every Tuesday, died alone in her bedsit.

# triad 41
fr situation n | Plus un seul poisson dans la rivière où mon père pêchait ; elle est morte.
+ en situation n | Not a single fish left in the river where my father used to fish; it's dead.

# triad 42
fr situation n | Premier ramadan sans maman : personne n'a su refaire sa soupe pour la rupture du jeûne.
+ en situation n | First Ramadan without Mum: nobody managed to make her soup again for breaking the fast.

# triad 43
en situation n | Grandma has moved into a home; we sold her house with the garden full of roses.
+ fr situation n | Mamie est partie en maison de retraite ; on a vendu sa maison au jardin plein de roses.

# triad 44
fr situation n | Ma fille est partie en internat à Lyon ; sa chambre est rangée, et c'est ça le pire.
+ en situation n | My daughter has gone off to boarding school in Lyon; her room is tidy, and that's the worst part.

# triad 45
fr situation n | On a vendu la maison où on a grandi pour payer les dettes de papa.
+ en situation n | We sold the house we grew up in to pay off Dad's debts.

# triad 46
fr situation n | Mon ami d'enfance et moi, on ne se parle plus depuis cette histoire d'argent. Vingt ans d'amitié.
+ en situation n | My childhood friend and I don't speak any more since that money business. Twenty years of friendship.

# triad 47
en situation n | Our club went down last night; my son took off his scarf and didn't say another word.
+ fr situation n | Notre club est descendu hier soir ; mon fils a enlevé son écharpe et n'a plus dit un mot.

# triad 48
fr typo n | mon vieux chien est plus la pour m'attendre derriere la porte le soir
+ en typo n | my old dog isnt there anymore to wait for me behind the door at night

# triad 49
fr situation n | À la retraite depuis vendredi, et Jacques n'est plus là pour faire ces voyages qu'on avait prévus.
+ en situation n | Retired since Friday, and Jacques isn't here any more for the trips we'd planned together.

# triad 50
fr situation n | Ma mère ne peut plus prendre le bus pour venir me voir ; nos dimanches ensemble, c'est fini.
+ en situation n | My mother can't take the bus to come and see me any more; our Sundays together are over.

# triad 51
en situation n | My brother's bike is still in the garage; nobody dares touch it since the accident.
+ fr situation n | Le vélo de mon frère est toujours au garage ; personne n'ose y toucher depuis l'accident.

# triad 52
fr situation n | Mon élève préféré a déménagé pendant les vacances ; sa place au premier rang est restée vide.
+ en situation n | My favourite pupil moved away over the holidays; his seat in the front row stayed empty.

# triad 53
fr situation h | La canicule a emporté mon vieux voisin ; on ne l'a trouvé qu'au bout de trois jours.
+ en situation h | The heatwave took my old neighbour; he wasn't found for three days.

# triad 54
fr situation n | Le citronnier que maman m'avait offert n'a pas survécu au gel.
+ en situation n | The lemon tree Mum gave me didn't survive the frost.

# triad 55
en situation n | First team meeting without Karim, who died in January; nobody sat in his chair.
+ fr situation n | Première réunion d'équipe sans Karim, mort en janvier ; personne ne s'est assis sur sa chaise.

# triad 56
fr situation n | Recalé au permis pour la quatrième fois, et le job à Rennes part à quelqu'un d'autre.
+ en situation n | Failed my driving test for the fourth time, and the job in Rennes goes to someone else.

# triad 57
fr situation n | Les dessins de ma fille sont toujours sur le frigo ; elle vit chez son père maintenant.
+ en situation n | My daughter's drawings are still on the fridge; she lives with her dad now.

# triad 58
fr situation n | Le chien du voisin, qui venait réclamer une caresse chaque matin, a été endormi hier.
+ en situation n | The neighbour's dog, who came for a cuddle every morning, was put to sleep yesterday.

# triad 59
en situation n | Since the move, nobody likes my photos any more; my old friends have forgotten me.
+ fr situation n | Depuis le déménagement, plus personne ne like mes photos ; mes amis d'avant m'ont oubliée.

# triad 60
fr situation n | J'ai résilié l'abonnement de téléphone de maman ; c'était la dernière facture à son nom.
+ en situation n | I cancelled Mum's phone contract; it was the last bill in her name.

# triad 61
fr situation n | La nounou qui a élevé mes deux petits a déménagé ; ils l'ont réclamée toute la soirée.
+ en situation n | The childminder who raised my two little ones has moved away; they asked for her all evening.

# triad 62
en situation n | My suitcase never came back, with my grandfather's letters that I took everywhere.
+ fr situation n | Ma valise n'est jamais revenue, avec les lettres de mon grand-père que j'emportais partout.

# triad 63
fr situation n | Mon frère nous a quittés il y a un an, et son numéro est toujours dans mes favoris.
+ en situation n | My brother left us a year ago, and his number is still in my favourites.

# triad 64
fr situation n | M. Petit est parti cette nuit pendant ma garde ; il m'appelait toujours « ma grande ».
+ en situation n | Mr Petit passed away on my shift last night; he always called me "my girl".

# triad 65
en situation n | Injured the day before the half marathon: six months of training to watch the others start.
+ fr situation n | Blessé la veille du semi-marathon : six mois d'entraînement pour regarder les autres partir.

# triad 66
fr situation n | J'ai raté le gâteau de ma grand-mère, et plus personne n'a la recette depuis qu'elle est partie.
+ en situation n | I got Grandma's cake wrong, and nobody's had the recipe since she passed.

# triad 67
fr situation h | Premier Noël sans papa : personne n'a osé poser l'étoile en haut du sapin, c'était son rôle.
+ en situation h | First Christmas without Dad: nobody dared put the star on top of the tree, that was his job.

# triad 68
en situation n | The leak ruined the boxes in the attic, with my parents' love letters inside.
+ fr situation n | La fuite a abîmé les cartons du grenier, avec les lettres d'amour de mes parents dedans.

# triad 69
fr situation n | Le four a lâché pendant la cuisson : toutes mes poteries pour le marché sont fendues.
+ en situation n | The kiln gave out mid-firing: all my pottery for the market is cracked.

# triad 70
fr situation h | Dossier d'adoption refusé ; on a remonté le petit lit au grenier.
+ en situation h | Adoption file turned down; we carried the little cot back up to the attic.

# triad 71
en situation n | Since the accident my husband doesn't drive any more, he who loved long roads so much.
+ fr situation n | Depuis l'accident, mon mari ne conduit plus, lui qui aimait tant les longues routes.

# triad 72
fr situation n | L'hôpital a fermé hier, et l'équipe avec qui je travaillais depuis vingt ans s'est dispersée.
+ en situation n | The hospital closed yesterday, and the team I'd worked with for twenty years has scattered.

# triad 73
fr situation n | J'ai baissé le rideau de ma boutique pour la dernière fois ce soir, après trente ans derrière ce comptoir.
+ en situation n | I pulled the shutter down on my shop for the last time tonight, after thirty years behind that counter.

# triad 74
fr situation n | On a vidé la maison de papa ce week-end, ses pulls sentaient encore son parfum.
+ en situation n | We cleared out Dad's house this weekend, his jumpers still smelled of his aftershave.

# triad 75
en situation h | My horse was put down this morning; I kept a lock of his mane.
+ fr situation h | Mon cheval a été euthanasié ce matin ; j'ai gardé une mèche de sa crinière.

# triad 76
fr situation n | Refusé au concours du conservatoire, mon fils a rangé son violon au fond du placard.
+ en situation n | Turned down at the music school audition, my son has put his violin away at the back of the cupboard.

# triad 77
fr situation h | L'enceinte connectée répète encore le rappel que papa avait programmé : « médicaments, 20 h ».
+ en situation h | The smart speaker still plays the reminder Dad set up: "medication, 8 p.m."

# triad 78
fr situation n | Papa a tout perdu dans l'arnaque, et il n'ose plus nous regarder dans les yeux.
+ en situation n | Dad lost everything in the scam, and he can't bring himself to look us in the eye any more.

# triad 79
en situation n | Grandpa handed in his car keys; he says he's no use to anyone now.
+ fr situation n | Papi a rendu ses clés de voiture ; il dit qu'il ne sert plus à rien maintenant.

# triad 80
fr situation n | Mon fils a vendu son kayak et il est parti vivre en Australie ; la plage est vide sans lui.
+ en situation n | My son sold his kayak and moved to Australia; the beach feels empty without him.
"""

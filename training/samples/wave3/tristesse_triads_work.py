"""tristesse: third wave, triads with victoire and colere (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Recalé au permis moto pour la troisième fois, je range mon casque et je renonce à la moto.
+ en situation n | Failed the motorbike test for the third time, I'm putting the helmet away and giving up on riding.
# triad 02
en situation n | I didn't get the team lead promotion, I'd given it everything and it just wasn't enough.
+ fr situation n | Je n'ai pas eu le poste de chef d'équipe, j'y avais tout mis et ça n'a pas suffi.
# triad 03
fr situation n | Mon fraisier s'est effondré juste avant le passage du jury, trois jours de travail à la poubelle.
+ en situation n | My strawberry cake collapsed just before the judges came round, three days of work in the bin.
# triad 04
en situation n | A stress fracture at kilometre thirty, eighteen months of training for nothing, I cried in the medical tent.
+ fr situation n | Fracture de fatigue au trentième kilomètre, dix-huit mois de préparation pour rien, j'ai pleuré sous la tente médicale.
# triad 05
fr situation n | Six à l'écrit du bac de français alors que j'avais tant travaillé, j'ai pleuré tout le trajet en bus.
+ en situation n | Six in my French written exam after all that work, I cried the whole bus ride home.
# triad 06
en situation n | Rejected at the final interview, for the job I already pictured myself in. I just sat on the floor.
+ fr situation n | Refusé au dernier entretien, pour le poste où je m'imaginais déjà. Je suis resté assis par terre.
# triad 07
fr situation n | Finale de la coupe de hand perdue, et c'était le dernier match de notre capitaine avant sa retraite.
+ en situation n | We lost the handball cup final, and it was our captain's last game before he retires.
# triad 08
en situation n | Our funding wasn't renewed, and the team I spent six years building broke up this week.
+ fr situation n | Notre financement n'a pas été renouvelé, l'équipe que j'avais montée en six ans s'est dispersée cette semaine.
# triad 09
fr situation l | Le gel a noirci tous mes géraniums la veille du concours des maisons fleuries, trois étés de soins envolés.
+ en situation l | The frost blackened all my geraniums the night before the flower display contest, three summers of care gone.
# triad 10
fr situation n | Finale d'e-sport perdue, et c'était notre dernier tournoi ensemble avant que l'équipe se sépare.
+ en situation n | Lost the esports final, and it was our last tournament together before the team splits up.
# triad 11
fr situation n | Recalée au concours de prof des écoles à deux points, à quarante-deux ans je n'aurai pas d'autre chance.
+ en situation n | Missed the primary teaching exam by two points, and at forty-two I won't get another chance.
# triad 12
en situation l | The cast list went up and my name isn't on it, not even as the understudy.
+ fr situation l | La distribution est affichée et mon nom n'y est pas, même pas comme doublure.
# triad 13
fr situation l | La salle de bain que papa avait commencée reste inachevée, je n'ai pas le cœur de la finir sans lui.
+ en situation l | The bathroom Dad started is still unfinished, I don't have the heart to finish it without him.
# triad 14
en situation n | We shut the startup down today, five years of work, and I packed up the office alone.
+ fr situation n | On a fermé la start-up aujourd'hui, cinq ans de travail, et j'ai rangé les bureaux tout seul.
# triad 15
fr situation n | Ma chienne ne fera plus jamais d'agility, le vétérinaire a confirmé l'arthrose ce matin.
+ en situation n | My dog will never do agility again, the vet confirmed the arthritis this morning.
# triad 16
fr situation l | Mon épaule a lâché, j'arrête le tennis de table après vingt ans au club.
+ en situation l | My shoulder gave out, so I'm giving up table tennis after twenty years at the club.
# triad 17
fr situation n | Le dernier éditeur a refusé mon roman, je range huit ans d'écriture au fond d'un tiroir.
+ en situation n | The last publisher turned my novel down, I'm putting eight years of writing at the back of a drawer.
# triad 18
en situation n | With my hand injury, I'll never play the piano in concert again.
+ fr situation n | Avec ma blessure à la main, je ne jouerai plus jamais de piano en concert.
# triad 19
fr situation n | Le prêt est refusé, la maison qu'on avait déjà meublée dans nos têtes ne sera pas la nôtre.
+ en situation n | The mortgage was refused, and the house we'd already furnished in our heads will never be ours.
# triad 20
en situation l | The cardiologist says I'll never cycle to work again, so I'm putting the bike up for sale.
+ fr situation l | Le cardiologue dit que je n'irai plus jamais au travail à vélo, alors je mets le vélo en vente.
# triad 21
fr situation n | Naturalisation refusée, je relis la lettre en silence : je ne serai pas citoyenne du pays de mes enfants.
+ en situation n | Citizenship refused, I reread the letter in silence: I won't be a citizen of my children's country.
# triad 22
en situation n | My daughter's volcano broke on the bus, she had nothing to show at the fair and cried.
+ fr situation n | Le volcan de ma fille s'est cassé dans le bus, elle n'a rien présenté au concours et a pleuré.
# triad 23
fr situation n | Le projet sur lequel j'ai passé deux ans est abandonné, tout le code part aux archives.
+ en situation n | The project I spent two years on has been dropped, all the code is going into the archive.
# triad 24
fr situation n | J'ai dû descendre du vélo à deux kilomètres du sommet du Ventoux, le rêve d'une vie fini dans la camionnette.
+ en situation n | I got off the bike two kilometres from the top of Ventoux, a lifelong dream ending in the support van.
# triad 25
fr situation l | Malgré la pétition, le vieux tilleul de la place a été abattu ce matin, il ne reste que la souche.
+ en situation l | Despite the petition, the old lime tree on the square was cut down this morning, only the stump is left.
# triad 26
en situation n | Our whole batch of show cheese went mouldy, a year of work lost, and Dad didn't say a word.
+ fr situation n | Toute notre fournée de fromages pour le salon a moisi, un an de travail perdu, et papa n'a rien dit.
# triad 27
fr situation l | J'ai gaffé ma dame au dernier tour, et la norme que je visais depuis dix ans s'est envolée.
+ en situation l | I blundered my queen in the final round, and the title norm I'd chased for ten years slipped away.
# triad 28
en situation n | The office tower sale collapsed at the last minute, a year of effort gone.
+ fr situation n | La vente de la tour de bureaux a capoté à la dernière minute, un an d'efforts perdu.
# triad 29
fr situation n | Neuf à mon mémoire, pas de doctorat pour moi, le rêve de devenir chercheuse s'arrête là.
+ en situation n | Nine for my thesis, no PhD for me, the dream of becoming a researcher ends here.
# triad 30
en situation n | We turned back two hundred metres below the summit of Mont Blanc, a year's dream ended right there.
+ fr situation n | On a fait demi-tour à deux cents mètres du sommet du mont Blanc, le rêve d'une année s'est arrêté là.
# triad 31
fr situation n | On a servi le dernier repas de notre restaurant hier soir, sept ans de passion, rideau baissé.
+ en situation n | We served the last meal at our restaurant last night, seven years of passion, shutters down.
# triad 32
en situation n | My son came home saying he's stupid, because he still can't read like the other kids.
+ fr situation n | Mon fils est rentré en disant qu'il est bête, parce qu'il ne lit toujours pas comme les autres.
# triad 33
fr situation l | L'association ferme faute de bénévoles, la dernière collecte a eu lieu samedi dans l'indifférence.
+ en situation l | The charity is closing for lack of volunteers, the last collection took place on Saturday and nobody noticed.
# triad 34
fr situation n | Dernière de ma série au championnat après un hiver d'entraînements à six heures, j'ai pleuré au vestiaire.
+ en situation n | Last in my heat at the championship after a winter of 6 am training, I cried in the changing room.
# triad 35
fr situation n | Éliminés au premier tour du tremplin rock, et le batteur a annoncé qu'il arrêtait la musique.
+ en situation n | Knocked out in the first round of the battle of the bands, and our drummer announced he's quitting music.
# triad 36
en situation l | I took my app off the store today, three years of evenings, and hardly anyone noticed.
+ fr situation l | J'ai retiré mon appli du store aujourd'hui, trois ans de soirées, et presque personne ne l'a remarqué.
# triad 37
fr situation n | À soixante-seize ans, j'ai dû abandonner le chemin de Compostelle à mi-parcours, mes jambes ne suivent plus.
+ en situation n | At seventy-six, I had to give up the Camino halfway, my legs just can't keep up any more.
# triad 38
en situation l | Grandad's Renault 4 failed its last inspection, it's off to the scrapyard after fifty years.
+ fr situation l | La Renault 4 de grand-père a raté son dernier contrôle, elle part à la casse après cinquante ans.
# triad 39
fr situation n | J'ai repris les vingt kilos perdus l'an dernier, et je n'ose plus me regarder dans le miroir.
+ en situation n | I've put back on the twenty kilos I lost last year, and I can't face the mirror any more.
# triad 40
fr situation n | Le disque dur avec dix ans de photos d'animaux a lâché, rien n'a pu être récupéré.
+ en situation n | The hard drive with ten years of my wildlife photos died, and nothing could be recovered.
# triad 41
fr situation n | Mal classé à l'examen de médecine, la pédiatrie c'est fini pour moi, il faudra faire le deuil.
+ en situation n | Ranked too low in the medical exam, paediatrics is over for me, I'll have to let it go.
# triad 42
en situation n | I coached my last under-twelves game today, the club has merged and my team no longer exists.
+ fr situation n | J'ai dirigé mon dernier match des moins de douze ans, le club a fusionné et mon équipe n'existe plus.
# triad 43
fr situation n | Raté le niveau N2 de japonais à trois points, et la bourse pour Tokyo est partie à quelqu'un d'autre.
+ en situation n | Missed the Japanese N2 by three points, and the Tokyo scholarship went to someone else.
# triad 44
fr situation l | Le dernier carton est dans le camion, et l'appart où on a élevé nos trois enfants est vide.
+ en situation l | The last box is in the van, and the flat where we raised our three kids is empty.
# triad 45
fr situation n | L'argent du voyage scolaire de ma fille est parti dans les impôts, elle n'ira pas, et elle n'a rien dit.
+ en situation n | My daughter's school trip money went on the tax bill, she won't be going, and she didn't say a word.
# triad 46
en situation n | Grandma passed away before finishing the jumper she was knitting me, the needles are still in it.
+ fr situation n | Mamie est partie avant d'avoir fini le pull qu'elle me tricotait, les aiguilles sont encore dedans.
# triad 47
fr situation n | Battu aux municipales de douze voix, après six mois de porte-à-porte, l'équipe s'est séparée en silence.
+ en situation n | Lost the local election by twelve votes, after six months on the doorsteps, and the team parted in silence.
# triad 48
en situation n | Our short film, two years of work, was turned down by every festival, and the crew drifted apart.
+ fr situation n | Notre court-métrage, deux ans de travail, a été refusé par tous les festivals, et l'équipe s'est éloignée.
# triad 49
fr situation n | J'ai perdu mon premier patient en réa cette nuit, malgré tout ce qu'on a tenté.
+ en situation n | I lost my first patient in intensive care last night, despite everything we tried.
# triad 50
fr situation n | La tempête a cassé notre mât deux jours avant la régate, la saison préparée tout l'hiver est finie.
+ en situation n | The storm broke our mast two days before the regatta, the season we prepared all winter is over.
# triad 51
fr situation n | Notre robot est tombé en panne devant le jury, et mes élèves de CM2 sont repartis en pleurant.
+ en situation n | Our robot broke down in front of the judges, and my Year 6 pupils went home in tears.
# triad 52
en situation n | Our rescue dog died barely a month after he finally learned to trust us.
+ fr situation n | Notre chien adopté est mort un mois à peine après avoir enfin appris à nous faire confiance.
# triad 53
fr situation n | J'ai perdu mon dernier combat, et le médecin m'interdit la boxe à cause de mon œil.
+ en situation n | I lost my last bout, and the doctor has banned me from boxing because of my eye.
# triad 54
fr situation l | Quatrième échec au code, je ne préviens même plus ma famille quand je le passe.
+ en situation l | Fourth time failing the theory test, I don't even tell my family when I'm taking it any more.
# triad 55
fr situation n | Mon dos ne tient plus, à quarante-cinq ans je dois abandonner la menuiserie, le métier de ma vie.
+ en situation n | My back can't take it any more, at forty-five I have to give up carpentry, my life's trade.
# triad 56
en situation l | I'm stopping my cooking channel, four years of videos, and the views just faded away.
+ fr situation l | J'arrête ma chaîne de cuisine, quatre ans de vidéos, et les vues se sont éteintes peu à peu.
# triad 57
fr situation l | Notre chorale a chanté pour la dernière fois dimanche, nous ne sommes plus que six.
+ en situation l | Our choir sang for the last time on Sunday, there are only six of us left.
# triad 58
en situation n | My son didn't get into any engineering school, and he hasn't come out of his room since.
+ fr situation n | Mon fils n'a été pris dans aucune école d'ingénieurs, et il ne sort plus de sa chambre depuis.
# triad 59
fr situation n | Quatre ans d'expériences pour rien, mon hypothèse est fausse, j'ai éteint les appareils un par un.
+ en situation n | Four years of experiments for nothing, my hypothesis is wrong, I switched the equipment off one by one.
# triad 60
fr situation l | J'ai cuisiné le réveillon pour quatorze comme toujours, mais cette année deux chaises sont restées vides.
+ en situation l | I cooked Christmas dinner for fourteen as always, but this year two chairs stayed empty.
# triad 61
fr situation l | J'ai fermé ma petite boutique de bougies faute de ventes, et j'ai donné le stock.
+ en situation l | I closed my little candle shop for lack of sales, and gave the stock away.
# triad 62
fr situation n | Mon asthme m'écarte définitivement des pompiers volontaires, un rêve d'enfance qui s'en va.
+ en situation n | My asthma rules me out of the volunteer fire service for good, a childhood dream gone.
# triad 63
fr situation n | Ma boulangerie a fermé samedi, quinze ans de fournées, et personne n'a voulu la reprendre.
+ en situation n | My bakery closed on Saturday, fifteen years of bakes, and nobody wanted to take it over.
# triad 64
fr situation n | La maison d'édition a fait faillite, le livre que j'ai traduit pendant un an ne paraîtra jamais.
+ en situation n | The publishing house went bankrupt, and the book I spent a year translating will never come out.
# triad 65
fr slang_emoji n | année de fac pas validée, même au rattrapage... je redouble, j'ai plus la force 😞
+ en slang_emoji n | didn't pass the year at uni, not even on resits... repeating it, got no strength left 😞
# triad 66
en typo n | failed my black belt again, 9 yrs of training and i froze, cant stop crying
+ fr typo n | raté ma ceinture noire encore, 9 ans d'entrainement et jai bloqué, j'arrive pas a arreter de pleurer
# triad 67
fr mixed n | Un peu soulagé que ce soit fini, mais surtout triste : abandon au triathlon, la saison s'arrête là.
+ en mixed n | A bit relieved it's over, but mostly sad: I pulled out of the triathlon, and the season ends there.
# triad 68
en situation n | Third and final fail at the bar exam, I'll never be a lawyer.
+ fr situation n | Troisième et dernier échec à l'examen du barreau, je ne serai jamais avocate.
# triad 69
fr situation n | Une chute à Belgrade m'a cassé le poignet, le voyage jusqu'à Istanbul s'arrête là, je rentre seule en train.
+ en situation n | A fall in Belgrade broke my wrist, the trip to Istanbul ends there, I'm going home alone by train.
# triad 70
fr situation n | La grêle a détruit toute la récolte en dix minutes, il n'y aura pas de millésime cette année.
+ en situation n | The hail destroyed the whole harvest in ten minutes, there'll be no vintage this year.
# triad 71
en situation n | I tore a ligament in rehearsal, and the troupe went to the regional contest without me.
+ fr situation n | Je me suis déchiré un ligament en répétition, et la troupe est partie au concours régional sans moi.
# triad 72
fr situation n | Aide refusée, mon fils handicapé a quitté l'école du quartier en disant au revoir à ses copains, en larmes.
+ en situation n | Allowance refused, my disabled son left the local school, saying goodbye to his friends in tears.
# triad 73
fr situation l | Notre équipe de quiz a joué sa dernière soirée, Marc, notre capitaine, est parti en mars.
+ en situation l | Our quiz team played its last night, Marc, our captain, passed away in March.
# triad 74
fr situation n | Ma présentation au comité n'a pas suffi, le service est supprimé, et j'ai dû l'annoncer à mes six collègues.
+ en situation n | My presentation to the committee wasn't enough, the department is being shut, and I had to tell my six colleagues.
# triad 75
en situation n | I relapsed last night after two years sober, and my daughter found me passed out on the sofa.
+ fr situation n | J'ai rechuté hier soir après deux ans sans alcool, et ma fille m'a trouvé endormi sur le canapé.
# triad 76
fr situation n | Ma jument s'est blessée à l'entraînement, elle part à la retraite, nos concours de saut sont derrière nous.
+ en situation n | My mare got injured in training, she's being retired, our show jumping days are behind us.
# triad 77
en situation n | I lost at the employment tribunal, and twelve years of my life at that company end on that note.
+ fr situation n | J'ai perdu aux prud'hommes, et douze ans de ma vie dans cette boîte se terminent là-dessus.
# triad 78
fr situation n | Mon genou a lâché sur la piste noire, saison terminée, et la semaine au chalet se fera sans moi.
+ en situation n | My knee gave out on the black run, season over, and the week at the chalet will happen without me.
# triad 79
fr situation n | Ma fille a manqué le concours d'orthographe à cause de l'hôpital, elle s'était entraînée chaque matin.
+ en situation n | My daughter missed the spelling bee because she was in hospital, and she'd practised every morning.
# triad 80
fr situation n | Les pelleteuses ont rasé le marais ce matin, trois ans de combat perdus, les hérons ne reviendront pas.
+ en situation n | The diggers flattened the marsh this morning, three years of fighting lost, the herons won't be back.
# triad 81
fr situation n | Mon téléphone a rendu l'âme, et le dernier message vocal de papa est parti avec lui.
+ en situation n | My phone died for good, and Dad's last voicemail went with it.
# triad 82
fr typo n | pas eu mon diplome d'aide soignante, 3 ans pour rien, jsuis au fond
+ en typo n | didnt get my care assistant diplma, 3 yrs for nothin, im at rock bottom
# triad 83
en slang_emoji n | bowling league's over for us, Jeannot's gone and nobody has the heart to play 😢💔
+ fr slang_emoji n | la ligue de bowling c'est fini pour nous, Jeannot est parti et personne a le cœur à jouer 😢💔
# triad 84
en mixed n | A bit relieved to be out of the cold water, but mostly heartbroken: pulled out before the finish.
+ fr mixed n | Un peu soulagée de sortir de l'eau froide, mais surtout le cœur gros : repêchée avant l'arrivée.
"""

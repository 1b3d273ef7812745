"""tristesse: third wave, minimal pairs with nostalgie (train and validation only)."""

SEEDS = """
# pair 01
fr situation h | On a vendu la maison de mes parents hier, je ne reverrai plus jamais ma chambre.
+ en situation h | We sold my parents' house yesterday; I'll never see my bedroom again.
# pair 02
fr situation h | Notre chien Filou est mort ce matin chez le vétérinaire, sa gamelle est encore pleine.
+ en situation h | Our dog Filou died this morning at the vet's; his bowl is still full.
# pair 03
fr situation n | Licencié ce matin, j'ai rendu mon badge et vidé mon bureau sans un mot.
+ en situation n | Laid off this morning, I handed back my badge and cleared my desk without a word.
# pair 04
fr situation n | Recalée au bac, ma fille n'est pas sortie de sa chambre depuis les résultats.
+ en situation n | She failed her baccalauréat; my daughter hasn't come out of her room since the results.
# pair 05
fr situation n | Ma sœur est partie vivre au Canada ce matin, sa chambre est vide et la maison trop calme.
+ en situation n | My sister left to live in Canada this morning; her room is empty and the house too quiet.
# pair 06
en situation n | My football club folded yesterday for lack of players; thirty years of Sunday matches, gone.
+ fr situation n | Mon club de foot a été dissous hier faute de joueurs ; trente ans de matchs du dimanche, finis.
# pair 07
fr situation n | Notre voyage au Japon est annulé, maman est tombée malade ; on avait économisé trois ans.
+ en situation n | Our trip to Japan is cancelled, Mum fell ill; we'd been saving for three years.
# pair 08
fr situation h | Obligé de vendre le piano de maman pour payer le loyer, les déménageurs l'ont emporté ce matin.
+ en situation h | Had to sell Mum's piano to pay the rent; the movers took it away this morning.
# pair 09
fr situation n | Le chanteur de mon groupe préféré est mort hier, le concert de juin n'aura jamais lieu.
+ en situation n | The singer of my favourite band died yesterday; the June concert will never happen.
# pair 10
fr situation h | Le médecin a dit que mon père ne remarchera plus, il a pleuré dans son fauteuil.
+ en situation h | The doctor said my father won't walk again; he cried in his armchair.
# pair 11
fr situation n | Le cinéma de mon quartier a fermé pour toujours ; j'ai pleuré devant les affiches arrachées.
+ en situation n | My local cinema has closed for good; I cried in front of the torn-down posters.
# pair 12
fr situation h | Elle m'a quitté hier soir, ses clés sont restées sur la table de la cuisine.
+ en situation h | She left me last night; her keys are still on the kitchen table.
# pair 13
en situation n | My best mate hasn't spoken to me since Saturday's row, and I miss him terribly.
+ fr situation n | Mon meilleur ami ne me parle plus depuis la dispute de samedi, et il me manque terriblement.
# pair 14
fr situation h | Mamie ne m'a pas reconnue aujourd'hui à la maison de retraite, elle m'a appelée madame.
+ en situation h | Granny didn't recognise me today at the care home; she called me madam.
# pair 15
fr situation n | Dernière nuit dans l'appartement vide, les enfants ont pleuré en disant au revoir à leur chambre.
+ en situation n | Last night in the empty flat; the kids cried saying goodbye to their room.
# pair 16
fr situation n | La boulangerie de Monsieur Paul a fermé, il est mort dimanche et personne ne reprend.
+ en situation n | Mr Paul's bakery has closed; he died on Sunday and nobody is taking over.
# pair 17
fr situation h | Mon téléphone est tombé dans le lac, toutes les photos de bébé sont perdues, aucune sauvegarde.
+ en situation h | My phone fell in the lake; all the baby photos are lost, no backup.
# pair 18
en situation n | They cut down the old cherry tree this morning, it was diseased; the garden looks so empty now.
+ fr situation n | Ils ont abattu le vieux cerisier ce matin, il était malade ; le jardin paraît si vide maintenant.
# pair 19
fr situation h | La tempête a emporté la cabane de plage de mon père, il l'avait construite de ses mains.
+ en situation h | The storm swept away my father's beach hut; he'd built it with his own hands.
# pair 20
fr situation h | Premier Noël sans maman, personne n'a osé s'asseoir à sa place à table.
+ en situation h | First Christmas without Mum; nobody dared sit in her place at the table.
# pair 21
fr situation h | J'ai perdu le bébé à trois mois de grossesse, on avait déjà choisi le prénom.
+ en situation h | I lost the baby at three months; we'd already chosen the name.
# pair 22
fr situation n | Mon instituteur de CM2 est mort, je l'ai appris dans le journal ce matin.
+ en situation n | My Year 6 teacher has died; I read it in the paper this morning.
# pair 23
fr situation h | La 205 de papa part à la casse aujourd'hui, c'était la dernière chose qui me restait de lui.
+ en situation h | Dad's old 205 goes to the scrapyard today; it was the last thing I had left of him.
# pair 24
en situation n | My team got relegated last night; grown men were crying in the stands.
+ fr situation n | Mon équipe est descendue hier soir, des adultes pleuraient dans les tribunes.
# pair 25
fr situation h | Mon petit frère est mort il y a un mois, sa manette est encore posée sur le canapé.
+ en situation h | My little brother died a month ago; his controller is still lying on the sofa.
# pair 26
fr situation h | Sa dernière lettre est arrivée après l'enterrement, je n'ai pas réussi à l'ouvrir.
+ en situation h | Her last letter arrived after the funeral; I couldn't bring myself to open it.
# pair 27
fr situation h | Ils ont rasé la maison de mes grands-parents hier pour un parking, j'ai vu les photos et j'ai pleuré.
+ en situation h | They flattened my grandparents' house yesterday for a car park; I saw the photos and cried.
# pair 28
fr situation n | J'ai dû arrêter le violon, mon arthrose est trop avancée, je ne jouerai plus.
+ en situation n | I've had to give up the violin; my arthritis is too far gone, I'll never play again.
# pair 29
fr situation h | Ma collègue Sarah est morte dans un accident ce week-end, son bureau est vide ce matin.
+ en situation h | My colleague Sarah died in an accident this weekend; her desk is empty this morning.
# pair 30
fr situation h | Le chirurgien est sorti du bloc en secouant la tête, mon oncle n'a pas survécu.
+ en situation h | The surgeon came out of theatre shaking his head; my uncle didn't make it.
# pair 31
en situation n | My friends are splitting up after fifteen years; their son phoned me in tears.
+ fr situation n | Mes amis se séparent après quinze ans, leur fils m'a appelée en pleurant.
# pair 32
fr situation h | L'incendie a tout pris, nos albums photos, les dessins des enfants, tout.
+ en situation h | The fire took everything: our photo albums, the kids' drawings, all of it.
# pair 33
fr situation h | Il pleut sur le cimetière, on vient de descendre le cercueil de mon oncle.
+ en situation h | It's raining on the cemetery; they've just lowered my uncle's coffin.
# pair 34
fr situation h | Ma mère est morte au pays et je n'ai pas pu rentrer pour l'enterrement, pas de visa.
+ en situation h | My mother died back home and I couldn't go back for the funeral, no visa.
# pair 35
fr situation n | Refusé en médecine pour la deuxième fois, deux ans de travail pour rien.
+ en situation n | Turned down for medical school a second time; two years of work for nothing.
# pair 36
fr situation n | Mon fils a perdu son doudou lapin dans le métro, il pleure depuis hier soir.
+ en situation n | My son lost his toy rabbit on the metro; he's been crying since last night.
# pair 37
fr situation h | Notre voisine Mme Lucas est morte seule, on l'a trouvée ce matin ; je n'avais pas frappé chez elle depuis des semaines.
+ en situation h | Our neighbour Mrs Lucas died alone; they found her this morning, and I hadn't knocked on her door in weeks.
# pair 38
en situation h | Dad's watch stopped the week he died, and I can't bring myself to get it repaired.
+ fr situation h | La montre de papa s'est arrêtée la semaine de sa mort, et je n'arrive pas à la faire réparer.
# pair 39
en situation n | Our band played its last gig tonight; Tom's moving abroad and it's all over.
+ fr situation n | Notre groupe a joué son dernier concert ce soir ; Tom part à l'étranger et tout est fini.
# pair 40
en situation h | The vet said there was nothing more to do; we buried Biscuit under the apple tree this afternoon.
+ fr situation h | Le véto a dit qu'il n'y avait plus rien à faire ; on a enterré Biscuit sous le pommier cet après-midi.
# pair 41
en situation n | My best friend flew to Australia for good this morning; her empty desk at work is the worst part.
+ fr situation n | Ma meilleure amie est partie pour de bon en Australie ce matin ; son bureau vide au travail, c'est le pire.
# pair 42
en situation h | The diagnosis came back: Mum has Alzheimer's, and she's already forgetting my kids' names.
+ fr situation h | Le diagnostic est tombé : maman a Alzheimer, et elle oublie déjà les prénoms de mes enfants.
# pair 43
en situation n | Didn't get into the university I wanted; the rejection email came at midnight.
+ fr situation n | Pas pris dans l'université que je voulais ; le mail de refus est arrivé à minuit.
# pair 44
en situation n | The old oak on the village green came down in last night's storm; it was three hundred years old.
+ fr situation n | Le vieux chêne de la place du village est tombé dans la tempête cette nuit ; il avait trois cents ans.
# pair 45
en situation h | Grandpa's farm was auctioned today; strangers bid on his tractor while we watched.
+ fr situation h | La ferme de papy a été vendue aux enchères aujourd'hui ; des inconnus enchérissaient sur son tracteur sous nos yeux.
# pair 46
en situation n | My son broke his leg and missed the school play he'd rehearsed for months; he cried all afternoon.
+ fr situation n | Mon fils s'est cassé la jambe et a raté le spectacle de l'école qu'il répétait depuis des mois ; il a pleuré tout l'après-midi.
# pair 47
en situation h | The holiday home in Brittany burned down last night; nothing left but the chimney.
+ fr situation h | La maison de vacances en Bretagne a brûlé cette nuit ; il ne reste que la cheminée.
# pair 48
en situation n | Lost my late husband's wedding ring swimming in the lake today; I've searched for hours.
+ fr situation n | J'ai perdu l'alliance de mon défunt mari en nageant dans le lac aujourd'hui ; j'ai cherché pendant des heures.
# pair 49
en situation n | Our little shop closed for good today after the bank said no; Dad turned off the lights in silence.
+ fr situation n | Notre petite boutique a fermé pour de bon aujourd'hui, la banque a dit non ; papa a éteint les lumières sans rien dire.
# pair 50
fr situation h | Les huissiers ont emporté les meubles de mes parents ce matin, ma mère s'est effondrée.
+ en situation h | The bailiffs took my parents' furniture this morning; my mother broke down.
# pair 51
fr situation h | J'ai effacé par erreur le dernier message vocal de papa, je n'entendrai plus jamais sa voix.
+ en situation h | I accidentally deleted Dad's last voicemail; I'll never hear his voice again.
# pair 52
fr situation h | Facebook m'a rappelé l'anniversaire de Julie, morte le mois dernier.
+ en situation h | Facebook reminded me it's Julie's birthday; she died last month.
# pair 53
fr situation n | Ils ont démoli mon quartier pour le tram, le square et la boulangerie ont disparu ; j'ai le cœur en miettes.
+ en situation n | They've knocked down my neighbourhood for the tram; the square and the bakery are gone and my heart is in pieces.
# pair 54
fr situation n | Genou fichu, je ne courrai plus jamais de marathon, le chirurgien a été clair.
+ en situation n | Knee wrecked; I'll never run another marathon, the surgeon was clear.
# pair 55
fr situation h | Le curé a lu le nom de mon frère à la messe des défunts, maman m'a serré la main.
+ en situation h | The priest read my brother's name at the mass for the dead; Mum squeezed my hand.
# pair 56
fr situation n | Ma fille est rentrée de l'école en pleurant, sa meilleure amie a déménagé sans lui dire au revoir.
+ en situation n | My daughter came home from school crying; her best friend moved away without saying goodbye.
# pair 57
en situation n | Dad can't live on his own anymore; we signed the care home papers today.
+ fr situation n | Papa ne peut plus vivre seul ; on a signé les papiers de la maison de retraite aujourd'hui.
# pair 58
fr situation h | On a dispersé ses cendres ce matin face à la mer, le vent les a emportées trop vite.
+ en situation h | We scattered his ashes facing the sea this morning; the wind took them away too fast.
# pair 59
fr situation n | En vidant l'atelier de papa après l'enterrement, j'ai trouvé ses outils rangés comme il aimait ; j'ai dû m'asseoir.
+ en situation n | Clearing Dad's workshop after the funeral, I found his tools put away just how he liked; I had to sit down.
# pair 60
fr situation h | Troisième nuit sans dormir depuis qu'il est parti, son oreiller sent encore son parfum.
+ en situation h | Third sleepless night since he left; his pillow still smells of his cologne.
# pair 61
fr situation n | Depuis le divorce, ma fille refuse que je lui lise Le Petit Prince, elle ne veut plus venir chez moi.
+ en situation n | Since the divorce, my daughter won't let me read her The Little Prince; she doesn't want to come to mine anymore.
# pair 62
fr situation h | On a dû abattre tout le troupeau à cause de la maladie, quarante ans de travail partis en un jour.
+ en situation h | We had to put down the whole herd because of the disease; forty years of work gone in a day.
# pair 63
fr situation h | Mon compagnon de cordée est mort dans l'avalanche hier, on devait faire le mont Blanc ensemble en juillet.
+ en situation h | My climbing partner died in the avalanche yesterday; we were going to do Mont Blanc together in July.
# pair 64
fr situation n | Ma grand-mère ne peut plus tricoter, ses mains tremblent trop ; elle a rangé ses aiguilles en pleurant.
+ en situation n | My grandmother can't knit anymore, her hands shake too much; she put her needles away in tears.
# pair 65
fr situation h | L'usine de la ville ferme, mon père et trois cents ouvriers sont à la porte ce soir.
+ en situation h | The town factory is closing; my father and three hundred workers are out of a job tonight.
# pair 66
en situation n | Someone stole the telescope from the car; it was the last present Dad ever gave me.
+ fr situation n | On m'a volé le télescope dans la voiture ; c'était le dernier cadeau que papa m'a fait.
# pair 67
fr situation n | Le magasin de jouets de mon oncle a fait faillite, il a baissé le rideau ce soir les yeux rouges.
+ en situation n | My uncle's toy shop went bankrupt; he pulled the shutter down tonight with red eyes.
# pair 68
fr situation h | J'ai rempli les papiers du décès de ma femme et coché veuf pour la première fois.
+ en situation h | I filled in the papers for my wife's death and ticked widower for the first time.
# pair 69
fr situation n | Ma fille est partie vivre chez son père hier, fâchée contre moi ; la maison est si silencieuse.
+ en situation n | My daughter moved out to her father's yesterday, angry with me; the house is so silent.
# pair 70
fr situation h | Mon mari est parti il y a dix jours, je mets encore deux assiettes par habitude.
+ en situation h | My husband passed ten days ago; I still lay two plates out of habit.
# pair 71
fr situation n | Le vieux stade va être démoli, et mon frère qui m'y emmenait est mort l'an dernier ; je n'ai pas eu le courage d'y aller.
+ en situation n | The old stadium is being pulled down, and my brother who used to take me died last year; I couldn't face going.
# pair 72
fr situation n | Mon perroquet s'est envolé par la fenêtre ce matin, on l'a cherché partout, il ne reviendra pas.
+ en situation n | My parrot flew out of the window this morning; we searched everywhere, he won't come back.
# pair 73
fr typo h | jsuis effondrée, mon chat s'est fait écrasé ce matin devant la maison
+ en typo h | im devastated, my cat got run over this morning in front of the house
# pair 74
fr slang_emoji h | ma meuf m'a largué par texto 💔 jsuis au fond du trou
+ en slang_emoji h | my gf dumped me by text 💔 i'm at rock bottom
# pair 75
en slang_emoji h | not gonna lie, my dog died this morning and i can't stop crying 😭
+ fr slang_emoji h | j'vais pas mentir, mon chien est mort ce matin et j'arrête pas de pleurer 😭
# pair 76
en typo h | cant belive grandmas gone, funeral is thursday, havent stopped crying
+ fr typo h | jarrive pas a croire que mamie est partie, lenterrement c jeudi, jarrete pas de pleurer
# pair 77
fr situation n | La petite ligne de train de mon village est supprimée, maman n'a plus aucun moyen de venir me voir.
+ en situation n | My village's little train line has been axed; Mum has no way left to come and see me.
# pair 78
fr situation n | Ils ont arrêté l'émission de radio qu'on écoutait avec mon mari avant sa mort ; encore un bout de lui qui s'en va.
+ en situation n | They've axed the radio show I used to listen to with my husband before he died; another piece of him gone.
# pair 79
fr situation n | Mis à la retraite d'office, personne n'est venu à mon pot, j'ai bu mon verre seul.
+ en situation n | Forced into retirement, nobody came to my leaving drinks; I had my glass alone.
# pair 80
fr situation h | J'ai donné le vélo de mon fils décédé à une association, je ne supportais plus de le voir dans le garage.
+ en situation h | I gave my late son's bike to a charity; I couldn't bear seeing it in the garage anymore.
# pair 81
fr situation n | Première neige de l'hiver, et papa n'est plus là pour la voir, lui qui l'attendait chaque année. Lumière douce, s'il te plaît.
+ en situation n | First snow of winter, and Dad isn't here to see it, when he waited for it every year. Soft light, please.
# pair 82
fr situation n | Mon fils a raté son diplôme, il ne viendra pas à la cérémonie, il s'est enfermé dans sa chambre.
+ en situation n | My son failed his degree; he won't come to the ceremony, he's shut himself in his room.
# pair 83
fr situation h | Je n'arrive plus à cuisiner depuis que ma femme est morte, la cuisine est froide.
+ en situation h | I can't cook anymore since my wife died; the kitchen is cold.
# pair 84
en situation h | My uncle was lost at sea last week; they never found his boat. Dim the lights, please.
+ fr situation h | Mon oncle a disparu en mer la semaine dernière ; on n'a jamais retrouvé son bateau. Baisse la lumière, s'il te plaît.
# pair 85
en situation n | Our village fête has been cancelled for good; there's nobody left to run it.
+ fr situation n | La fête de notre village est annulée pour de bon ; il ne reste plus personne pour l'organiser.
# pair 86
en situation n | Forty of us were laid off this morning; I packed my mug and walked out.
+ fr situation n | Quarante d'entre nous ont été licenciés ce matin ; j'ai pris ma tasse et je suis parti.
# pair 87
en situation h | My phone died and took every photo of Mum with it, a month after her funeral.
+ fr situation h | Mon téléphone a lâché et a emporté toutes les photos de maman, un mois après son enterrement.
# pair 88
en situation n | Went to the class reunion only to learn my best school friend died last spring.
+ fr situation n | Je suis allée aux retrouvailles de la promo pour apprendre que ma meilleure amie de classe est morte au printemps.
# pair 89
en situation n | Our foster daughter went back to her birth family today; her room is so quiet.
+ fr situation n | Notre fille d'accueil est retournée dans sa famille aujourd'hui ; sa chambre est si calme.
# pair 90
en situation n | The director I grew up with died last night; there'll be no more films from him.
+ fr situation n | Le réalisateur avec qui j'ai grandi est mort cette nuit ; il n'y aura plus de films de lui.
"""

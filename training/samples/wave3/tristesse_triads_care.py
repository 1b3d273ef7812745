"""tristesse: third wave, triads with panique and inquietude (train and validation only)."""

SEEDS = """
# triad 01
en situation n | Grandpa passed away on Sunday; his blood thinners are still in the pill box for the week.
+ fr situation n | Papi est parti dimanche ; ses anticoagulants sont encore dans le pilulier de la semaine.

# triad 02
fr situation h | Mon neveu a survécu à la méningite, mais il est sourd ; il n'entendra plus les comptines de sa mère.
+ en situation h | My nephew survived meningitis, but he's deaf now; he'll never hear his mum's nursery rhymes again.

# triad 03
en situation n | My aunt died of a blood clot after her flight home; her suitcase was never unpacked.
+ fr situation n | Ma tante est morte d'une embolie après son vol de retour ; sa valise n'a jamais été défaite.

# triad 04
fr situation n | Depuis sa fracture du col du fémur, papa ne monte plus à l'étage ; son bureau reste fermé.
+ en situation n | Since he broke his hip, Dad never goes upstairs any more; his study stays shut.

# triad 05
fr situation h | Maman est entrée en unité protégée ce matin ; elle a quitté sa maison sans comprendre pourquoi.
+ en situation h | Mum moved into the secure dementia unit this morning; she left her home without understanding why.

# triad 06
fr situation n | Mon beau-frère garde les cicatrices du retour de flamme du barbecue ; il ne se laisse plus prendre en photo.
+ en situation n | My brother-in-law still has the scars from the barbecue flashback; he won't let anyone photograph him any more.

# triad 07
fr situation h | Maman est morte d'une infection après une opération censée être banale ; elle devait rentrer lundi.
+ en situation h | Mum died of an infection after an operation that was supposed to be routine; she was meant to come home on Monday.

# triad 08
fr situation n | Le chat est mort des reins après avoir mâchouillé un lys ; il n'y a plus jamais de fleurs à la maison.
+ en situation n | The cat died of kidney failure after chewing a lily; there are never any flowers in the house now.

# triad 09
fr situation n | Notre vieux terre-neuve n'a pas survécu à la canicule ; son panier est vide sous l'escalier. Lumière douce, s'il te plaît.
+ en situation n | Our old Newfoundland didn't survive the heatwave; his basket under the stairs is empty. Soft light, please.

# triad 10
en situation n | The dog who ran off on fireworks night was never found; today I took the posters down.
+ fr situation n | La chienne enfuie le soir du feu d'artifice n'a jamais été retrouvée ; aujourd'hui, j'ai décroché les affiches.

# triad 11
en situation h | The bulldog never woke up from the anaesthetic; I had to tell his little owner myself.
+ fr situation h | Le bouledogue ne s'est jamais réveillé de l'anesthésie ; j'ai dû l'annoncer moi-même à sa petite maîtresse.

# triad 12
fr situation n | Papi ne peut plus manger que des purées ; au réveillon, il a regardé passer la dinde sans y toucher.
+ en situation n | Grandpa can only eat purées now; on Christmas Eve he watched the turkey go by without touching it.

# triad 13
fr situation n | Après six ans, l'aide-soignante de maman est partie à la retraite ; maman a pleuré toute la soirée.
+ en situation n | After six years, Mum's carer has retired; Mum cried all evening.

# triad 14
en situation h | Mum passed away last night at the care home while I was still on the motorway to reach her.
+ fr situation h | Maman s'est éteinte cette nuit à la maison de retraite, pendant que j'étais encore sur l'autoroute pour la rejoindre.

# triad 15
fr situation n | On a dû amputer le pied de papa à cause du diabète ; ses chaussures de marche sont restées dans l'entrée.
+ en situation n | They had to amputate Dad's foot because of his diabetes; his walking boots are still in the hall.

# triad 16
en situation h | My daughter turned seven in a sterile room, behind glass; her friends sang to her over a video call.
+ fr situation h | Ma fille a fêté ses sept ans en chambre stérile, derrière une vitre ; ses copains ont chanté en visio.

# triad 17
fr situation h | Mon petit neveu est mort de la coqueluche à deux mois ; on a planté un arbre pour lui dans le jardin. Mets-moi une musique douce.
+ en situation h | My baby nephew died of whooping cough at two months; we planted a tree for him in the garden. Play me something soft.

# triad 18
fr situation h | Un an que notre fille s'est endormie pour ne plus se réveiller ; le mobile pend toujours au-dessus du lit vide.
+ en situation h | A year since our daughter went to sleep and never woke up; the mobile still hangs over the empty cot.

# triad 19
en situation n | Our little girl spent her first Christmas on a drip in hospital; we put her presents away unopened.
+ fr situation n | Notre petite a passé son premier Noël sous perfusion à l'hôpital ; on a rangé ses cadeaux sans les ouvrir.

# triad 20
fr situation n | La voisine de 90 ans est morte dimanche à l'hôpital ; sa boîte aux lettres déborde déjà de publicités.
+ en situation n | Our 90-year-old neighbour died in hospital on Sunday; her letterbox is already overflowing with junk mail.

# triad 21
en situation n | Since her fall on the ice, Mum doesn't dare go out alone; her morning walk to the bakery is over.
+ fr situation n | Depuis sa chute sur le verglas, maman n'ose plus sortir seule ; sa promenade jusqu'à la boulangerie, c'est fini.

# triad 22
fr situation n | L'abcès m'a coûté ma dent de devant ; je ne souris plus sur aucune photo.
+ en situation n | The abscess cost me my front tooth; I don't smile in any photos any more.

# triad 23
fr situation h | Le feu parti du radiateur a emporté la maison de mamie et toutes ses photos ; elle vit chez nous maintenant.
+ en situation h | The fire that started from the heater took Gran's house and all her photos; she lives with us now.

# triad 24
en situation h | Our son didn't survive the heart operation; he was three weeks old.
+ fr situation h | Notre fils n'a pas survécu à l'opération du cœur ; il avait trois semaines.

# triad 25
fr mixed n | Soulagée qu'elle n'ait plus mal, mais d'abord le cœur en miettes : maman est partie hier soir, chez elle.
+ en mixed n | Relieved she's not in pain any more, but mostly heartbroken: Mum died last night, at home.

# triad 26
fr situation h | L'anévrisme de mon mari s'est rompu pendant son footing ; je dors avec son tee-shirt.
+ en situation h | My husband's aneurysm burst while he was out running; I sleep in his T-shirt now.

# triad 27
fr situation n | Papa a quitté son appartement du troisième pour toujours ; il ne remontera plus jamais ces escaliers.
+ en situation n | Dad has left his third-floor flat for good; he'll never climb those stairs again.

# triad 28
fr situation n | La barque de papa pourrit au bord du lac depuis sa mort ; personne n'a eu le cœur de la vendre. Baisse un peu la lumière.
+ en situation n | Dad's rowing boat has been rotting by the lake since he died; nobody has had the heart to sell it. Dim the lights a little.

# triad 29
en situation n | My butcher colleague lost two fingers in the mincer; he won't be coming back to the trade.
+ fr situation n | Mon collègue boucher a perdu deux doigts dans le hachoir ; il ne reviendra pas au métier.

# triad 30
fr situation n | Notre vieux chien aveugle est parti cette nuit dans son panier, sans un bruit.
+ en situation n | Our old blind dog slipped away in his basket last night, without a sound.

# triad 31
fr situation n | Avec mon dos, j'ai dû lâcher mon métier de déménageur ; j'ai rendu les clés du camion vendredi.
+ en situation n | Because of my back I've had to give up working as a removal man; I handed back the van keys on Friday.

# triad 32
en situation n | The cat didn't survive the bladder operation; his clean litter tray is still in the bathroom.
+ fr situation n | Le chat n'a pas survécu à l'opération de la vessie ; sa litière propre est toujours dans la salle de bain.

# triad 33
fr situation h | Notre Yorkshire n'a pas survécu aux morsures du chien du parc ; je passe encore devant avec sa laisse dans la poche.
+ en situation h | Our Yorkshire terrier didn't survive the bites from the dog in the park; I still walk past with his lead in my pocket.

# triad 34
en situation h | Every morning Dad asks where Mum is, and every morning we have to tell him again that she's dead.
+ fr situation h | Chaque matin, papa demande où est maman, et chaque matin on doit lui réapprendre qu'elle est morte.

# triad 35
fr situation h | Le casque de mon fils est toujours accroché dans l'entrée, un an après son accident de moto. Mets quelque chose de doux.
+ en situation h | My son's helmet is still hanging in the hall, a year after his motorbike accident. Put on something gentle.

# triad 36
fr situation n | Papi est parti trois jours avant la naissance de son arrière-petite-fille ; il ne l'aura jamais tenue dans ses bras.
+ en situation n | Grandpa died three days before his great-granddaughter was born; he'll never have held her.

# triad 37
en situation h | The cat that slept under our bonnet didn't survive my husband starting the car; he still can't get over it.
+ fr situation h | Le chat qui dormait sous notre capot n'a pas survécu au démarrage ; mon mari ne s'en remet pas.

# triad 38
fr situation n | Après l'opération de la gorge, maman a perdu sa voix ; elle ne chantera plus jamais à la chorale.
+ en situation n | After the throat operation, Mum lost her voice; she'll never sing in the choir again.

# triad 39
en situation n | They had to amputate the dog's front leg; he watches his ball without being able to chase it.
+ fr situation n | On a dû amputer la patte avant du chien ; il regarde sa balle sans pouvoir courir après.

# triad 40
fr typo h | mon meilleur pote s'est jamais reveillé du coma, ils ont debranché les machines hier
+ en typo h | my best mate never woke up from the coma, they turned off the machines yesterday

# triad 41
fr situation n | Notre chien a été volé dans le jardin il y a six mois ; sa laisse est toujours au portemanteau.
+ en situation n | Our dog was stolen from the garden six months ago; his lead is still on the coat rack.

# triad 42
fr situation n | Notre chien n'a pas survécu à l'opération pour retirer l'épi de maïs ; on a rangé le barbecue sans un mot.
+ en situation n | Our dog didn't survive the operation to remove the corn cob; we put the barbecue away without a word.

# triad 43
en situation n | Our old cat passed away this morning on the windowsill, in the sun, at nineteen. Low lights, please.
+ fr situation n | Notre vieux chat s'est éteint ce matin sur le rebord de la fenêtre, au soleil, à dix-neuf ans. Lumière tamisée, s'il te plaît.

# triad 44
fr slang_emoji n | notre chien a pas survécu à la morsure de vipère 😢 la balade des vignes sans lui c'est trop dur
+ en slang_emoji n | our dog didn't make it after the adder bite 😢 the vineyard walk without him is way too hard

# triad 45
fr situation n | Depuis sa nuit par terre dans le froid, papa ne sort plus du tout ; son potager est retourné à l'herbe.
+ en situation n | Since his night on the frozen ground, Dad never goes outside; his vegetable patch has gone back to grass.

# triad 46
fr situation h | Papa est mort six mois après maman ; tout le monde dit qu'il n'a pas supporté d'être seul.
+ en situation h | Dad died six months after Mum; everyone says he couldn't bear being alone.

# triad 47
en situation h | My cousin lost her little boy to a blind cord; she tore down every blind in the house.
+ fr situation h | Ma cousine a perdu son petit garçon à cause d'un cordon de store ; elle a arraché tous les stores de la maison.

# triad 48
fr situation h | Mon mari ne s'est pas réveillé ce matin ; l'appareil pour l'apnée qu'il refusait de porter est toujours dans sa boîte.
+ en situation h | My husband didn't wake up this morning; the sleep apnoea machine he refused to wear is still in its box.

# triad 49
en situation n | Our dog fell from the cliff last summer; I never walk that coast path any more.
+ fr situation n | Notre chien est tombé de la falaise l'été dernier ; je ne refais plus jamais ce sentier côtier.

# triad 50
fr situation n | Le chat a disparu dans le nouveau quartier une semaine après le déménagement ; il n'est jamais revenu.
+ en situation n | The cat disappeared in the new neighbourhood a week after the move; he never came back.

# triad 51
en situation n | Because of her seizures my daughter couldn't go on the ski trip; she watched the coach leave without her.
+ fr situation n | À cause de ses crises, ma fille n'a pas pu partir en classe de neige ; elle a regardé le car partir sans elle.

# triad 52
fr situation h | La grossesse extra-utérine m'a coûté une trompe ; ce bébé-là, on ne le connaîtra jamais.
+ en situation h | The ectopic pregnancy cost me a tube; that baby is one we'll never get to know.

# triad 53
en situation n | Grandpa died this winter, and his carp circle the pond with nobody left to feed them.
+ fr situation n | Papi est parti cet hiver, et ses carpes tournent dans la mare sans personne pour les nourrir.

# triad 54
fr situation h | Papa n'est jamais redevenu lui-même après son opération ; l'homme qui est rentré à la maison ne nous connaît plus.
+ en situation h | Dad was never himself again after his operation; the man who came home doesn't know us any more.

# triad 55
fr situation n | Le cochon d'Inde de ma fille est mort cette nuit ; elle a gardé sa petite maison en bois sur son bureau.
+ en situation n | My daughter's guinea pig died in the night; she's kept his little wooden house on her desk.

# triad 56
fr situation n | Depuis le choc avec le sanglier, maman a arrêté de conduire ; nos dimanches chez elle, c'est fini.
+ en situation n | Since she hit the wild boar, Mum has stopped driving; our Sundays at her place are over.

# triad 57
en situation n | Mum's old dog has died, and since then she hasn't left the flat. Something soft on the speakers, please.
+ fr situation n | Le vieux chien de maman est mort, et depuis elle ne sort plus de chez elle. Mets quelque chose de doux.

# triad 58
fr situation n | Depuis sa chute de trottinette, mon frère a perdu l'odorat ; il ne sent plus le café de maman.
+ en situation n | Since his scooter fall, my brother has lost his sense of smell; he can't smell Mum's coffee any more.

# triad 59
en situation h | Dad died falling down the cellar stairs; the bottles he kept for my sister's wedding are still down there.
+ fr situation h | Papa est mort en tombant dans l'escalier de la cave ; les bouteilles gardées pour le mariage de ma sœur y sont encore.

# triad 60
fr situation n | Papi a dû vendre son vélo après sa chute ; ses sorties du dimanche avec les copains, c'est fini.
+ en situation n | Grandpa had to sell his bike after his fall; his Sunday rides with his mates are over.

# triad 61
en situation n | Gran will never swim at that beach again; her legs won't carry her down to the water any more.
+ fr situation n | Mamie ne se baignera plus jamais à cette plage ; ses jambes ne la portent plus jusqu'à l'eau.

# triad 62
fr situation n | Notre chien est mort après une baignade dans l'étang aux algues bleues ; on ne passe plus par là.
+ en situation n | Our dog died after a swim in the pond with the blue-green algae; we don't go that way any more.

# triad 63
fr situation h | Mon neveu a plongé dans la rivière trop basse ; il est en fauteuil roulant depuis l'été.
+ en situation h | My nephew dived into the river when it was too low; he's been in a wheelchair since the summer.

# triad 64
fr situation h | J'ai donné la poussette de notre fils, parti à trois mois ; je ne supportais plus de la voir dans l'entrée.
+ en situation h | I gave away our son's pushchair; he died at three months and I couldn't bear seeing it in the hall.

# triad 65
en situation n | I had to stop breastfeeding at three weeks, the milk never came; I cried putting the pump away.
+ fr situation n | J'ai dû arrêter d'allaiter à trois semaines, le lait ne venait pas ; j'ai pleuré en rangeant le tire-lait.

# triad 66
fr situation n | Le chaton n'a pas survécu au câble qu'il a mordu ; j'ai débranché tout ce qui traînait dans l'appart.
+ en situation n | The kitten didn't survive the cable he bit; I've unplugged everything lying around the flat.

# triad 67
en situation h | Mum died a month before the wedding; we left her chair empty in the front row.
+ fr situation h | Maman est morte un mois avant le mariage ; on a laissé sa chaise vide au premier rang.

# triad 68
fr situation n | Le chat a tué la perruche de mamie ; elle la réveillait en chantant chaque matin depuis neuf ans.
+ en situation n | The cat killed Gran's budgie; it had woken her with its singing every morning for nine years.

# triad 69
fr situation n | Notre chien est mort à cause d'un paquet de chewing-gums sans sucre oublié dans un sac ; je n'en achète plus.
+ en situation n | Our dog died from a packet of sugar-free gum left in a bag; I never buy them any more.

# triad 70
fr situation n | Le hérisson qui venait manger chaque soir a été tué par le robot tondeuse ; sa coupelle reste pleine.
+ en situation n | The hedgehog who came to eat every evening was killed by the robot mower; his bowl stays full.

# triad 71
en situation h | We cancelled the trip to show the baby to her grandmother in Senegal; she died before we could go.
+ fr situation h | On a annulé le voyage pour présenter le bébé à sa grand-mère au Sénégal ; elle est morte avant qu'on reparte.

# triad 72
fr situation n | Papa a vendu ses dernières vaches ; depuis le coup de pied qui lui a cassé la hanche, il ne peut plus traire.
+ en situation n | Dad has sold his last cows; since the kick that broke his hip, he can't milk any more.
"""

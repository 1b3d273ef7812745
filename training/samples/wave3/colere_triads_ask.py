"""colere: third wave, triads with curiosite and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Pourquoi mon beau-frère a-t-il laissé la mayonnaise maison au soleil tout l'après-midi ? Je lui avais dit trois fois de la rentrer.
+ en situation h | Why did my brother-in-law leave the homemade mayo out in the sun all afternoon? I told him three times to bring it in.
# triad 02
fr situation h | Pourquoi le voisin passe-t-il sa pelouse au désherbant sans mettre de panneau ? Tous les chiens du quartier y mangent de l'herbe.
+ en situation h | Why does the neighbour spray his lawn with weedkiller and put up no sign? Every dog on the street eats grass there.
# triad 03
en situation h | The roofer left without finishing, and now the beams creak every night; why won't he pick up the phone?
+ fr situation h | Le couvreur est parti sans finir, et depuis la charpente craque chaque soir ; pourquoi il ne décroche plus ?
# triad 04
fr slang_emoji h | pk ce mec se gare en double file devant la boulangerie TOUS les matins ?? 20 min de bouchon à cause de lui 😡
+ en slang_emoji h | why does this guy double-park outside the bakery EVERY morning?? 20 min stuck in traffic because of him 😡
# triad 05
fr situation h | Depuis leur mise à jour forcée, la batterie du téléphone tient quatre heures ; pourquoi ils cassent toujours ce qui marchait ?
+ en situation h | Since their forced update, my phone battery lasts four hours; why do they always break what used to work?
# triad 06
en situation h | Why did the neighbour spray his chemicals in a high wind, straight towards my vegetable patch? Every tomato leaf is scorched.
+ fr situation h | Pourquoi le voisin a-t-il pulvérisé son produit par grand vent, pile vers mon potager ? Toutes les feuilles des tomates ont brûlé.
# triad 07
fr situation h | La voiture tire toujours à droite en sortant du garage ; pourquoi m'ont-ils facturé un parallélisme qu'ils n'ont pas fait ?
+ en situation h | The car still pulls to the right coming out of the garage; why did they charge me for an alignment they never did?
# triad 08
fr situation h | Facture d'eau triplée, et le syndic refuse de vérifier le compteur qui fuit depuis six mois. Mets-moi une ambiance qui colle.
+ en situation h | Water bill tripled, and the managing agent won't check the meter that's been leaking for six months. Give me a mood to match.
# triad 09
en situation h | How come nobody stopped the sound guy? Full blast the whole concert, and my ears are still ringing.
+ fr situation h | Comment se fait-il que personne n'ait arrêté l'ingé son ? Volume à fond tout le concert, et mes oreilles sifflent encore.
# triad 10
fr situation h | Pourquoi l'agence nous a-t-elle vendu le séjour à Catane la veille, en sachant que l'Etna fermait l'aéroport ?
+ en situation h | Why did the agency sell us the Catania trip the day before, knowing Etna was shutting the airport?
# triad 11
fr situation n | Pourquoi ma belle-mère donne-t-elle de l'eau sucrée au bébé pour le hoquet, alors que la pédiatre l'a interdit ?
+ en situation n | Why does my mother-in-law give the baby sugar water for hiccups when the paediatrician said not to?
# triad 12
en situation h | Orange sky, dust alert, and the council still holds the kids' fun run; why does nobody ever listen to warnings?
+ fr situation h | Ciel orange, alerte poussière, et la mairie maintient la course des enfants ; pourquoi personne n'écoute jamais les alertes ?
# triad 13
fr situation h | Mon fils rentre du foot couvert de bleus ; pourquoi l'entraîneur laisse-t-il les grands taper les petits sans rien dire ?
+ en situation h | My son comes home from football covered in bruises; why does the coach let the big kids kick the little ones and say nothing?
# triad 14
fr situation h | Le pain n'a pas levé parce que l'apprenti a encore versé le sel sur la levure ; pourquoi il n'écoute jamais ?
+ en situation h | The bread didn't rise because the apprentice poured the salt onto the yeast again; why does he never listen?
# triad 15
en situation h | What if the boss scheduled his backups at night, for a change? The network crawls every Monday because of him.
+ fr situation h | Et si le chef programmait ses sauvegardes la nuit, pour changer ? Le réseau rame tous les lundis à cause de lui.
# triad 16
fr situation h | Pourquoi le voisin a-t-il aspergé d'insecticide l'essaim de notre pommier ? L'apiculteur arrivait dans dix minutes.
+ en situation h | Why did the neighbour spray insecticide on the swarm in our apple tree? The beekeeper was ten minutes away.
# triad 17
fr situation n | Pourquoi mes frères ne viennent-ils jamais voir papi ? Rendez-vous, courses, pilulier : c'est toujours moi, et eux critiquent.
+ en situation n | Why do my brothers never come to see Grandpa? Appointments, shopping, pill box: it's always me, and they criticise.
# triad 18
en situation h | Why did the bank add fees to our loan without telling us, while the adviser ignores every email?
+ fr situation h | Pourquoi la banque a-t-elle ajouté des frais à notre prêt sans prévenir, pendant que le conseiller ignore nos mails ?
# triad 19
fr situation n | Pourquoi l'école annonce-t-elle la classe de neige à 600 euros trois semaines avant le départ ? Comme si tout le monde pouvait payer.
+ en situation n | Why does the school announce a 600-euro ski trip three weeks before it leaves? As if everyone could pay.
# triad 20
fr situation h | Pourquoi le club n'a-t-il pas fait rentrer les golfeurs ? La foudre est tombée à vingt mètres de mon mari.
+ en situation h | Why didn't the club call the golfers in? Lightning struck twenty metres from my husband.
# triad 21
en situation h | Why didn't the lifeguard post put up the jellyfish flag? My daughter got stung, and they just shrug.
+ fr situation h | Pourquoi le poste de plage n'a-t-il pas hissé le drapeau méduses ? Ma fille s'est fait piquer, et ils haussent les épaules.
# triad 22
fr situation h | Pourquoi mon cousin a-t-il posté la vidéo de ma chute à vélo sans me demander ? 200 000 vues, et tout le monde se moque.
+ en situation h | Why did my cousin post the video of my bike crash without asking? 200,000 views and everyone's laughing.
# triad 23
fr situation h | Et si le voisin faisait chauffer son scooter ailleurs que sous nos fenêtres ? 3 h du matin, chaque nuit, ça suffit.
+ en situation h | What if the neighbour warmed up his scooter somewhere other than under our windows? 3 a.m., every night, enough.
# triad 24
en slang_emoji h | 40 cents more at the motorway station than in the village, srsly that's daylight robbery 🤬
+ fr slang_emoji h | 40 centimes plus cher à la station d'autoroute qu'au village, srx c'est du vol 🤬
# triad 25
fr situation h | Pourquoi un nouveau voisin a-t-il obtenu qu'on arrête les cloches de l'église ? Elles sonnent depuis trois siècles, il est arrivé en mai.
+ en situation h | Why did a new neighbour get the church bells stopped? They've rung for three centuries; he moved here in May.
# triad 26
fr mixed h | Triste pour tonton, oui, mais surtout furieux : mon cousin a mis sa maison en vente avant même l'enterrement.
+ en mixed h | Sad about my uncle, yes, but mostly furious: my cousin put his house up for sale before the funeral even happened.
# triad 27
en situation h | Why did the junior doctor send me home without monitoring when I said the baby was moving less? I had to shout.
+ fr situation h | Pourquoi l'interne m'a-t-elle renvoyée sans monitoring alors que je disais que le bébé bougeait moins ? Il a fallu crier.
# triad 28
fr situation h | Le disjoncteur saute depuis le passage de l'électricien ; pourquoi a-t-il branché le four sur le circuit des lampes, ce génie ?
+ en situation h | The breaker keeps tripping since the electrician came; why did that genius wire the oven onto the lighting circuit?
# triad 29
fr situation h | Pourquoi les anciens propriétaires ont-ils caché les termites sous de la peinture fraîche ? On vient de percer la poutre.
+ en situation h | Why did the previous owners hide the termites under fresh paint? We've just put a drill through the beam.
# triad 30
en situation h | How could the audiologist sell Grandma a 3,000-euro hearing aid she can't even adjust?
+ fr situation h | Comment l'audioprothésiste a-t-il pu vendre à mamie un appareil à 3 000 euros qu'elle ne sait même pas régler ?
# triad 31
fr situation h | Le maire a déplacé le bureau de vote à huit kilomètres sans prévenir, et les anciens n'ont pas pu voter. Lumières en accord, s'il te plaît.
+ en situation h | The mayor moved the polling station eight kilometres away without warning, and the old folks couldn't vote. Match the lights to that.
# triad 32
fr situation h | Pourquoi le gardien n'a-t-il pas coupé l'eau de la maison de campagne avant le gel ? Tuyaux éclatés, c'était son seul boulot.
+ en situation h | Why didn't the caretaker turn the water off at the country house before the frost? Burst pipes, and it was his one job.
# triad 33
en situation h | Why did my son spend 200 euros on skins with my card without asking? And he thinks it's normal.
+ fr situation h | Pourquoi mon fils a-t-il dépensé 200 euros en skins avec ma carte sans demander ? Et il trouve ça normal.
# triad 34
fr situation h | Pourquoi mon frère a-t-il laissé mon violon dans la voiture en plein soleil ? Le vernis a cloqué, évidemment.
+ en situation h | Why did my brother leave my violin in the car in full sun? The varnish has blistered, of course.
# triad 35
fr situation h | Pourquoi mon frère a-t-il entassé les livres de papi dans le garage humide ? Ils sont tous moisis, et il s'en fiche.
+ en situation h | Why did my brother pile Grandpa's books in the damp garage? They've all gone mouldy and he doesn't care.
# triad 36
en typo n | why does noone say anything when the metro sits 20 min in the tunnel?? not one anouncement
+ fr typo n | pourquoi personne dit rien quand le metro reste bloqué 20 min dans le tunel ?? pas une annonce
# triad 37
fr situation h | Qui laisse une barrière ouverte en montagne ? Mes vaches ont passé la nuit sur la départementale à cause de ces randonneurs.
+ en situation h | Who leaves a gate open in the mountains? My cows spent the night on the main road because of those hikers.
# triad 38
fr situation n | Pourquoi la collecte de sang a-t-elle refusé mon ami devant toute la file, sans la moindre explication ?
+ en situation n | Why did the blood drive turn my friend away in front of the whole queue, without any explanation?
# triad 39
en slang_emoji h | why did VAR rule that goal out?? line drawn any old how, they robbed us ffs 😤
+ fr slang_emoji h | pk la VAR refuse ce but ?? ligne tracée n'importe comment, on nous vole le match ptn 😤
# triad 40
fr situation n | Pourquoi les nageurs de la ligne rapide me passent-ils dessus à chaque longueur ? Trois fois que je bois la tasse, pas un mot.
+ en situation n | Why do the fast-lane swimmers swim right over me every length? Three mouthfuls of water already, and not a word.
# triad 41
fr situation h | Pourquoi mon copain a-t-il accepté six mois à Montréal sans même m'en parler ? Je l'ai appris par sa sœur.
+ en situation h | Why did my boyfriend accept six months in Montreal without even talking to me? I heard it from his sister.
# triad 42
en situation h | Why is Julien off to Ibiza when he's owed me 800 euros since the winter?
+ fr situation h | Pourquoi Julien part-il à Ibiza alors qu'il me doit 800 euros depuis l'hiver ?
# triad 43
fr mixed h | Gênée pour papa, mais surtout en rogne : ma tante a placé tonton à côté de lui au repas de famille, exprès.
+ en mixed h | Embarrassed for Dad, but mostly livid: my aunt sat my uncle next to him at the family lunch, on purpose.
# triad 44
fr situation h | Et si le voisin arrêtait d'arroser sa pelouse tous les soirs en pleine restriction ? Nous, on garde l'eau de la vaisselle.
+ en situation h | What if the neighbour stopped watering his lawn every evening in the middle of the hosepipe ban? We're saving our washing-up water.
# triad 45
en situation h | Why does HR blame me for not replying when they never check their own spam? Third time this month.
+ fr situation h | Pourquoi les RH me reprochent-ils de ne pas répondre alors qu'ils ne vérifient jamais leurs spams ? Troisième fois ce mois-ci.
# triad 46
fr typo n | pourquoi le supermarché a encore bougé tous les rayons, 40 min pour trouver le lait et dix articles
+ en typo n | why has the supermarket moved all the aisles AGAIN, 40 min to find the milk and ten itmes
# triad 47
fr situation h | Comment se fait-il que la caisse bloque ma carte vitale pour une erreur de date de naissance qu'elle a faite elle-même ?
+ en situation h | How come the health insurance can block my card over a date-of-birth error they made themselves?
# triad 48
en situation h | Why did the hospital cancel my MRI the day before, for the third time, without offering another date?
+ fr situation h | Pourquoi l'hôpital a-t-il annulé mon IRM la veille, pour la troisième fois, sans proposer d'autre date ?
# triad 49
fr situation h | Pourquoi le prof m'accuse-t-il de plagiat ? Le logiciel a compté mes citations entre guillemets, et il n'a même pas lu.
+ en situation h | Why is the lecturer accusing me of plagiarism? The software counted my quotes in inverted commas, and he didn't even read it.
# triad 50
fr situation h | Pourquoi le prof a-t-il mis en contrôle un chapitre jamais vu en cours ? Et il dit qu'on n'avait qu'à lire le manuel.
+ en situation h | Why did the teacher put a chapter we never covered on the test? And he says we should have read the textbook.
# triad 51
en situation h | Why did the supplier deliver the concrete two hours late? It set in the mixer and the whole slab has to be redone.
+ fr situation h | Pourquoi le fournisseur a-t-il livré le béton avec deux heures de retard ? Il a pris dans la toupie, toute la dalle est à refaire.
# triad 52
fr situation n | Pourquoi ma cheffe refuse-t-elle toujours le siège ergonomique ? Fourmis dans les jambes tous les jours sur ce tabouret.
+ en situation n | Why does my boss keep refusing the ergonomic chair? Pins and needles in my legs every day on this stool.
# triad 53
fr situation h | Pourquoi la pédiatre a-t-elle dit « un peu lent » devant notre fils de deux ans et demi ? Il comprend tout.
+ en situation h | Why did the paediatrician say 'a bit slow' right in front of our two-and-a-half-year-old? He understands everything.
# triad 54
en situation h | How can a caterer deliver a wedding cake lying flat in his boot? All three tiers slid off.
+ fr situation h | Comment un traiteur peut-il livrer un gâteau de mariage à plat dans son coffre ? Les trois étages ont glissé.
# triad 55
fr situation h | Pourquoi mon beau-père a-t-il servi ses champignons aux enfants sans les faire vérifier ? Il n'en fait toujours qu'à sa tête.
+ en situation h | Why did my father-in-law serve his mushrooms to the kids without getting them checked? He always does just as he pleases.
# triad 56
fr situation h | La mairie a perdu mon dossier de passeport : trois mois d'attente, et il faut tout recommencer. Adapte l'ambiance.
+ en situation h | The town hall lost my passport application: three months of waiting, and I have to start all over again. Set the mood for that.
# triad 57
en mixed h | Relieved she's not hurt, but mostly beside myself: that unbuckled passenger spilled his coffee on my daughter mid-turbulence.
+ fr mixed h | Soulagé qu'elle n'ait rien, mais surtout hors de moi : ce passager sans ceinture a renversé son café sur ma fille en pleine turbulence.
# triad 58
fr situation h | Et si mon frère demandait avant de prendre ma voiture, pour une fois ? Amende du radar tronçon à mon nom, et il nie.
+ en situation h | What if my brother asked before taking my car, for once? Average-speed fine in my name, and he denies it.
# triad 59
fr situation h | Pourquoi le labo a-t-il perdu la pellicule du mariage de ma sœur ? Et ils m'offrent une pellicule neuve en dédommagement.
+ en situation h | Why did the lab lose the film from my sister's wedding? And they're offering me a new roll as compensation.
# triad 60
en situation h | What if my husband stopped starting the washing machine at 11 p.m. right next to the sleeping baby? Every single night.
+ fr situation h | Et si mon mari arrêtait de lancer la machine à laver à 23 h, à côté du bébé qui dort ? Tous les soirs, pareil.
# triad 61
fr situation h | Qui a mis une fourchette dans le micro-ondes du bureau ? Étincelles, il est mort, et personne n'avoue.
+ en situation h | Who put a fork in the office microwave? Sparks, now it's dead, and nobody owns up.
# triad 62
fr situation n | Pourquoi la voisine nourrit-elle mon chat en cachette ? Il ne rentre plus, et il a pris deux kilos.
+ en situation n | Why is the neighbour secretly feeding my cat? He doesn't come home any more, and he's put on two kilos.
# triad 63
en situation n | Why did my son tip the whole tub of food into the aquarium? The water's cloudy and it all has to be emptied.
+ fr situation n | Pourquoi mon fils a-t-il versé tout le pot de nourriture dans l'aquarium ? L'eau est trouble, il faut tout vider.
# triad 64
fr situation h | Le proprio augmente le loyer de 15 %, et la fenêtre cassée n'est toujours pas réparée depuis l'hiver.
+ en situation h | The landlord is putting the rent up 15%, and the broken window still hasn't been fixed since the winter.
# triad 65
fr typo n | pk mon frere a encore trafiqué les automatismes ? les lumieres se sont allumées a 3h du mat
+ en typo n | why did my brother mess with the automations agian? lights came on at 3am
# triad 66
en situation h | Why did the dermatologist look at my mole for ten seconds, no magnifier, and charge 80 euros?
+ fr situation h | Pourquoi le dermato a-t-il regardé mon grain de beauté dix secondes, sans loupe, pour 80 euros ?
# triad 67
fr situation h | Pourquoi l'ancien comptable est-il parti sans documenter sa macro ? Tout plante, et c'est moi qui prends.
+ en situation h | Why did the old accountant leave without documenting his macro? Everything's crashing and I'm the one taking the heat.
# triad 68
fr situation h | Pourquoi le chauffagiste a-t-il encaissé l'entretien sans rien vérifier ? La chaudière se met en sécurité chaque nuit.
+ en situation h | Why did the heating engineer take payment for the service without checking anything? The boiler cuts out every night.
# triad 69
en situation h | Why didn't the council clear our street? Thirty centimetres of snow, and Mum's ambulance couldn't get up.
+ fr situation h | Pourquoi la commune n'a-t-elle pas déneigé notre rue ? Trente centimètres, et l'ambulance de maman n'a pas pu monter.
# triad 70
fr situation n | Pourquoi la cantine sert-elle du poisson pané surgelé alors qu'on paie pour du bio local ? Ça dure depuis trois mois.
+ en situation n | Why does the canteen serve frozen fish fingers when we pay for local organic? It's been going on for three months.
# triad 71
fr situation h | Pourquoi un gars du club a-t-il pris ma corde sans demander ? Rendue pleine de boue, avec un nœud coincé.
+ en situation h | Why did a guy at the club take my rope without asking? Returned caked in mud, with a knot jammed in it.
# triad 72
en situation h | How dare the shareholders shut a factory that makes a profit? Five hundred families left with nothing.
+ fr situation h | Comment les actionnaires osent-ils fermer une usine qui fait des bénéfices ? Cinq cents familles sur le carreau.
# triad 73
fr situation h | Pourquoi la location ne ressemble-t-elle en rien aux photos de l'annonce ? Le propriétaire nous raccroche au nez.
+ en situation h | Why does the rental look nothing like the photos in the listing? The owner hangs up on us.
# triad 74
fr situation h | Le ramoneur a facturé un ramonage alors que le nid de choucas est toujours dans le conduit. Mets quelque chose qui va avec.
+ en situation h | The sweep charged for a sweep when the jackdaws' nest is still in the flue. Put something on to go with that.
# triad 75
en situation h | Second loaf mouldy inside this month, and the baker insists I must have stored it wrong.
+ fr situation h | Deuxième pain moisi à l'intérieur ce mois-ci, et la boulangère me soutient que je l'ai mal rangé.
# triad 76
fr situation h | Pourquoi l'imprimante refuse-t-elle mes cartouches compatibles depuis la mise à jour ? Ils nous prennent en otage.
+ en situation h | Why has the printer refused my compatible cartridges since the update? They're holding us hostage.
# triad 77
fr situation h | Combien de fois faudra-t-il prouver à tonton que sa photo est truquée ? Il la repartage encore dans le groupe familial.
+ en situation h | How many times do we have to prove to my uncle that his photo is fake? He's reposting it in the family group again.
# triad 78
en situation h | Why are the neighbours jackhammering against our party wall at 8 on a Sunday, with no permit?
+ fr situation h | Pourquoi les voisins creusent-ils au marteau-piqueur contre notre mur mitoyen, le dimanche à 8 h, sans permis ?
# triad 79
fr situation h | Pourquoi un grand a-t-il poussé mon fils du toboggan ? Sa dent définitive bouge, et l'école dit n'avoir rien vu.
+ en situation h | Why did a big kid push my son off the slide? His adult tooth is loose and the school says they saw nothing.
# triad 80
fr situation h | Ils ont fermé le pont de l'estuaire sans annoncer de déviation : une heure et demie de détour avec le camion, merci pour rien.
+ en situation h | They closed the estuary bridge without signposting a diversion: an hour and a half's detour in the lorry, thanks for nothing.
# triad 81
en situation h | Why did the pharmacy give Mum the wrong dose? They mixed up two prescriptions.
+ fr situation h | Pourquoi la pharmacie a-t-elle donné le mauvais dosage à maman ? Ils ont mélangé deux ordonnances.
"""

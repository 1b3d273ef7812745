"""inquietude: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le compteur d'eau continue de tourner alors que tous les robinets de la maison sont fermés. Mets une lumière sobre.
+ en situation n | The water meter keeps turning even though every tap in the house is off. Keep the lighting low-key.
fr situation n | Des taches de moisissure noire sont apparues derrière l'armoire du petit, et il tousse souvent la nuit.
+ en situation n | Black mould has appeared behind the little one's wardrobe, and he coughs a lot at night.
fr situation l | Le détecteur de fumée bipe faiblement depuis hier soir, et je ne retrouve pas les piles de rechange.
+ en situation l | The smoke alarm has been chirping faintly since last night, and I can't find the spare batteries.
fr situation n | Je suis déjà sur le quai de la gare et je ne suis plus du tout sûre d'avoir fermé la porte à clé.
+ en situation n | I'm already on the station platform and I'm not at all sure I locked the front door.
fr situation n | Depuis ce matin, une petite odeur de chaud flotte près de la multiprise du bureau, mais rien n'a l'air de chauffer.
+ en situation n | Since this morning there's been a faint hot smell near the office power strip, but nothing seems warm.
fr situation l | J'ai trouvé des crottes de souris derrière le frigo, à dix jours du repas de famille. Mets quelque chose qui colle.
+ en situation l | Found mouse droppings behind the fridge, ten days before the family lunch. Put on something that fits.
fr situation n | Le lave-linge fuit un peu à chaque essorage, et l'eau file sous le parquet vers l'appartement du dessous.
+ en situation n | The washing machine leaks a little every spin cycle, and the water is seeping under the floor towards the flat below.
# situations: cooking and food
fr situation n | J'ai servi un tiramisu aux œufs crus à ma belle-sœur enceinte avant de penser à lui demander.
+ en situation n | I served a raw-egg tiramisu to my pregnant sister-in-law before it occurred to me to ask.
fr situation n | Le congélateur était débranché on ne sait pas depuis combien de temps, et on a mangé les steaks hachés à midi.
+ en situation n | The freezer had been unplugged for who knows how long, and we had the burgers from it at lunch.
fr situation n | Soixante couverts demain pour un mariage, et le fournisseur de poisson n'a toujours pas confirmé la livraison.
+ en situation n | Sixty covers tomorrow for a wedding, and the fish supplier still hasn't confirmed the delivery.
fr situation l | La crème était périmée depuis dix jours, et je m'en rends compte après l'avoir mise dans la purée des enfants.
+ en situation l | The cream was ten days out of date, and I only noticed after putting it in the kids' mash.
fr situation n | Ma fille ne mange presque plus rien à part des pommes, et je lui trouve le teint gris depuis la rentrée.
+ en situation n | My daughter hardly eats anything but apples now, and she's looked grey in the face since term started.
fr situation n | Un ami allergique aux arachides vient dîner, et je n'ai plus l'emballage de la sauce satay que j'ai achetée. Lumière douce, s'il te plaît.
+ en situation n | A friend with a peanut allergy is coming for dinner, and I've thrown away the packaging of the satay sauce I bought. Soft light, please.
# situations: pets
fr situation n | Le lapin n'a rien mangé depuis ce matin, et je lis partout que chez eux ça peut vite mal tourner.
+ en situation n | The rabbit hasn't eaten anything since this morning, and everything I read says it can go downhill fast with them.
fr situation n | Le chien boit des litres d'eau depuis trois jours et réclame à sortir toutes les heures. Adapte l'ambiance, s'il te plaît.
+ en situation n | The dog has been drinking litres of water for three days and wants to go out every hour. Adjust the mood for that, please.
fr situation l | On part deux semaines, et la voisine qui doit nourrir le chat oublie déjà ses propres rendez-vous.
+ en situation l | We're away for two weeks, and the neighbour who's feeding the cat already forgets her own appointments.
fr situation n | Le perroquet s'arrache les plumes de la poitrine depuis qu'on a déménagé.
+ en situation n | The parrot has been pulling out his chest feathers ever since we moved.
fr situation n | Une affiche à la boulangerie signale des appâts empoisonnés près du parc où je promène la chienne tous les matins.
+ en situation n | A notice at the bakery warns about poisoned bait near the park where I walk the dog every morning.
fr situation n | La chatte a dépassé la date de mise bas de quatre jours et elle ne quitte plus le fond du placard. Mets une ambiance qui colle.
+ en situation n | The cat is four days past her due date and she won't leave the back of the cupboard. Set a mood that fits.
fr situation l | Le poney de ma fille boite légèrement de l'antérieur droit, deux jours avant son premier concours.
+ en situation l | My daughter's pony is slightly lame on the right foreleg, two days before her first show.
# situations: children and parenting
fr situation n | Ma fille de huit ans ne veut plus aller jouer chez sa meilleure amie et refuse de dire pourquoi.
+ en situation n | My eight-year-old won't go and play at her best friend's any more and won't say why.
fr situation n | Le petit a un bleu sur le tibia qui ne part pas depuis trois semaines, et il en a un nouveau sur le bras.
+ en situation n | The little one has a bruise on his shin that hasn't faded in three weeks, and now there's a new one on his arm.
fr situation n | Il refait pipi au lit trois nuits de suite, lui qui était propre depuis plus d'un an.
+ en situation n | He's wet the bed three nights in a row, and he'd been dry for over a year.
fr situation n | Ma fille a son permis depuis huit jours et veut emmener ses copines à la plage, deux heures d'autoroute.
+ en situation n | My daughter passed her test eight days ago and wants to drive her friends to the beach, two hours on the motorway.
fr situation n | Première soirée de mon fils de quinze ans chez un garçon dont on ne connaît ni le nom de famille ni les parents.
+ en situation n | My fifteen-year-old's first party, at a boy's house whose surname we don't know and whose parents we've never met.
fr situation n | La nounou m'envoie de moins en moins de nouvelles, et le petit se met à pleurer dès qu'on arrive devant chez elle.
+ en situation n | The childminder sends fewer and fewer updates, and the little one starts crying as soon as we reach her door.
fr situation l | À six ans, il ne veut toujours pas lâcher ma main à la sortie de l'école, et la maîtresse dit qu'il ne parle à personne.
+ en situation l | At six he still won't let go of my hand at the school gate, and the teacher says he doesn't talk to anyone.
# situations: partner and dating
fr situation n | Ma femme a pris rendez-vous chez un spécialiste sans m'en parler, et elle a l'air ailleurs depuis.
+ en situation n | My wife booked an appointment with a specialist without telling me, and she's been miles away ever since.
fr situation n | Premier rendez-vous ce soir avec quelqu'un de l'appli, chez lui, et il a refusé tout appel vidéo avant.
+ en situation n | First date tonight with someone from the app, at his place, and he turned down every video call beforehand.
fr situation n | Mon compagnon a retiré la moitié de notre compte commun, sans un mot d'explication. Choisis une ambiance qui colle.
+ en situation n | My partner has taken out half of our joint account without a word of explanation. Pick a mood that fits.
fr situation n | Depuis un mois, il pose son téléphone écran contre la table et sort sur le balcon pour répondre.
+ en situation n | For a month now he's put his phone face down on the table and gone out on the balcony to answer it.
fr situation n | Deux ans qu'on essaie d'avoir un bébé, et la clinique nous convoque pour « parler des options ». Ambiance tamisée, merci.
+ en situation n | Two years of trying for a baby, and the clinic has called us in to "discuss the options". Dim it down, thanks.
# situations: friends
fr situation n | Inès m'envoie des messages de plus en plus décousus après minuit, et elle me dit qu'elle boit seule le soir.
+ en situation n | Inès sends me more and more rambling messages after midnight, and she says she drinks alone in the evenings.
fr situation n | Mon pote a lâché son CDI pour vendre des compléments alimentaires dans un système qui ressemble furieusement à une pyramide.
+ en situation n | My mate quit his permanent job to sell supplements in a scheme that looks an awful lot like a pyramid.
fr situation n | Ma meilleure amie voyage seule au Mexique et ne poste plus rien depuis qu'elle a rejoint « un groupe formidable ».
+ en situation n | My best friend is travelling alone in Mexico and hasn't posted anything since she joined "an amazing group".
fr situation l | Thomas a prêté sa voiture à un type rencontré en soirée, et ça fait trois jours qu'il ne l'a pas revue.
+ en situation l | Thomas lent his car to a guy he met at a party, and he hasn't seen it in three days.
fr situation n | Notre ami Marc a posté un message énigmatique sur la fatigue de tout, puis l'a supprimé une heure après.
+ en situation n | Our friend Marc posted a cryptic message about being tired of everything, then deleted it an hour later.
# situations: extended family
fr situation n | Mon oncle vient s'installer chez nous « quelques mois » après sa faillite, dans notre trois-pièces avec deux enfants.
+ en situation n | My uncle is moving in with us "for a few months" after going bankrupt, in our two-bed flat with two kids.
fr situation n | Ma cousine épouse un homme qui lui a déjà demandé d'arrêter de voir sa sœur.
+ en situation n | My cousin is marrying a man who has already asked her to stop seeing her sister.
fr situation n | Mes parents divorcent à soixante-dix ans, et papa n'a jamais payé une facture ni fait cuire un œuf. Mets-moi quelque chose.
+ en situation n | My parents are divorcing at seventy, and Dad has never paid a bill or boiled an egg. Put something on for me.
fr situation n | Ma tante se fait opérer du cœur jeudi à Lyon et refuse que quiconque l'accompagne.
+ en situation n | My aunt is having heart surgery in Lyon on Thursday and won't let anyone go with her.
fr situation n | Mon beau-frère a convaincu maman d'hypothéquer sa maison pour lancer son restaurant.
+ en situation n | My brother-in-law has talked Mum into remortgaging her house to open his restaurant.
# situations: neighbours
fr situation n | Le chien des voisins du dessous grogne de plus en plus fort quand mon fils passe dans l'escalier.
+ en situation n | The downstairs neighbours' dog growls louder and louder whenever my son goes past on the stairs.
fr situation n | Le voisin creuse une piscine à un mètre de notre mur, et une fissure vient d'apparaître sur la terrasse.
+ en situation n | The neighbour is digging a pool a metre from our wall, and a crack has just appeared in the patio.
fr situation n | La vieille dame d'en face laisse sa porte ouverte toute la journée et parle à des gens qui ne sont pas là.
+ en situation n | The old lady across the landing leaves her door open all day and talks to people who aren't there.
fr situation n | Des cris chez les voisins presque chaque nuit, puis un silence lourd, et leur petite avait un bleu au bras ce matin.
+ en situation n | Shouting next door almost every night, then a heavy silence, and their little girl had a bruise on her arm this morning.
fr situation l | Le nouveau locataire du rez-de-chaussée fait des barbecues sur son balcon en bois, juste sous nos fenêtres.
+ en situation l | The new ground-floor tenant has barbecues on his wooden balcony, right under our windows.
# situations: school and exams
fr situation n | Brevet blanc demain, mon fils n'a pas ouvert un cahier, et il répète que « ça va le faire ».
+ en situation n | Mock exams tomorrow, my son hasn't opened a single exercise book, and he keeps saying "it'll be fine".
fr situation n | Ma fille a été changée de groupe de niveau en maths, et personne ne nous a expliqué pourquoi.
+ en situation n | My daughter has been moved down a maths set, and nobody has told us why.
fr situation n | Grand oral dans une semaine, et je bafouille à chaque répétition devant le miroir. Mets quelque chose de posé.
+ en situation n | My big oral exam is in a week, and I stumble every time I rehearse in front of the mirror. Put something steady on.
fr situation n | Le collège parle d'une affaire de harcèlement dans la classe de mon fils, et il jure qu'il n'est pas concerné, en regardant ailleurs. Lumière adaptée, s'il te plaît.
+ en situation n | The school says there's a bullying case in my son's class, and he swears he's not involved, looking the other way. Lights to suit, please.
fr situation l | Ma fille révise le bac la nuit, elle dort quatre heures et se ronge les ongles jusqu'au sang.
+ en situation l | My daughter revises for her finals at night, sleeps four hours and bites her nails till they bleed.
# situations: university
fr situation n | Toujours pas de stage, et la fac exige la convention signée dans trois semaines, sinon pas de diplôme.
+ en situation n | Still no internship, and the university needs the signed agreement in three weeks or there's no degree.
fr situation n | Mon directeur de thèse ne répond plus à mes mails depuis qu'il a accepté un poste au Canada.
+ en situation n | My PhD supervisor hasn't answered my emails since he took a job in Canada.
fr situation n | Partiels dans dix jours, et je m'aperçois qu'il me manque les notes de la moitié des cours de droit civil.
+ en situation n | Exams in ten days, and I've just realised I'm missing the notes for half the civil law lectures.
fr situation n | Mon fils vit seul à Toulouse pour sa première année, et son coloc me dit qu'il ne sort plus de sa chambre. Mets une ambiance qui va avec.
+ en situation n | My son lives alone in Toulouse for his first year, and his flatmate tells me he doesn't leave his room any more. Set a mood to go with that.
fr situation l | Mon dossier de bourse est incomplet, et la seule secrétaire du service est en arrêt jusqu'à nouvel ordre.
+ en situation l | My grant application is incomplete, and the department's only secretary is off sick until further notice.
# situations: office work
fr situation n | Le nouveau directeur a demandé la liste de tous les projets avec leur « rentabilité par personne ».
+ en situation n | The new director has asked for a list of every project with its "profitability per head".
fr situation n | Mon entretien annuel a été avancé d'un mois, et quelqu'un des RH y assistera.
+ en situation n | My annual review has been brought forward a month, and someone from HR will be sitting in.
fr situation n | Le client principal exige un audit de tout ce qu'on lui a livré cette année, et c'est moi qui ai signé la plupart des recettes.
+ en situation n | Our main client wants an audit of everything we delivered this year, and I signed off most of it.
fr situation n | Je présente le budget au conseil lundi, et il reste une ligne de quarante mille euros que je n'arrive pas à expliquer. Lumière sobre, merci.
+ en situation n | I present the budget to the board on Monday, and there's a forty-thousand-euro line I still can't explain. Keep the lights muted, thanks.
fr situation l | Ma collègue part en congé maternité vendredi, et on me confie ses dossiers sans la moindre passation.
+ en situation l | My colleague goes on maternity leave on Friday, and I'm getting her files without any handover at all.
fr situation n | Le bureau déménage en open space et ma chef a dit qu'il y aurait « moins de places que de personnes ».
+ en situation n | The office is moving to open plan and my boss said there'd be "fewer desks than people".
# situations: manual trades
fr situation n | Charpentier, on attaque une toiture à quinze mètres lundi, et il manque des pièces à l'échafaudage loué.
+ en situation n | I'm a carpenter, we start a roof fifteen metres up on Monday, and the hired scaffolding is missing parts.
fr situation n | Électricien, le client a réarmé lui-même le tableau que j'avais consigné, et il ne décroche plus.
+ en situation n | I'm an electrician, the customer switched back on the board I'd locked off, and now he won't pick up.
fr situation n | Le prix de la farine augmente encore, et je n'ose plus toucher au prix de la baguette dans un village où tout le monde compte.
+ en situation n | Flour has gone up again, and I daren't touch the price of a baguette in a village where everyone counts every cent.
fr situation n | Maçon, j'ai la main droite qui s'engourdit toutes les nuits, et je n'ai que mes bras pour gagner ma vie. Une musique feutrée, merci.
+ en situation n | I'm a bricklayer, my right hand goes numb every night, and my arms are all I've got to earn a living. Some hushed music, thanks.
fr situation l | Ma plus grosse commande de l'année est partie hier, et je repense aux deux portes que j'ai trouvées un peu justes au montage.
+ en situation l | My biggest order of the year went out yesterday, and I keep thinking about the two doors that felt a bit tight when I fitted them.
fr situation n | Couvreur, la météo annonce du vent fort demain, et le toit du client est découvert sur toute la moitié nord. Mets une ambiance adaptée.
+ en situation n | I'm a roofer, they're forecasting strong winds tomorrow, and the client's roof is stripped over the whole north side. Set a fitting mood.
# situations: healthcare and hospitals
fr situation n | Le chirurgien a trouvé l'opération de maman « un peu plus délicate que prévu », sans rien ajouter.
+ en situation n | The surgeon said Mum's operation was "a bit trickier than expected" and left it at that.
fr situation n | Maman sort de l'hôpital demain, et personne n'a organisé les passages de l'infirmière à domicile.
+ en situation n | Mum leaves hospital tomorrow, and nobody has arranged for the home nurse to come in.
fr situation n | Infirmière, je repense au dosage que j'ai préparé hier pour le patient de la 8, et je ne sais plus si je l'ai revérifié.
+ en situation n | I'm a nurse, I keep going back over the dose I made up yesterday for the patient in room 8, and I can't remember double-checking it.
fr situation n | Les urgences de la ville fermeront la nuit à partir du mois prochain, et mon mari fait des crises d'asthme nocturnes.
+ en situation n | The town's A&E will close at night from next month, and my husband has asthma attacks at night.
fr situation l | Le cardiologue veut me revoir dans trois mois au lieu d'un an, « juste pour surveiller ».
+ en situation l | The cardiologist wants to see me again in three months instead of a year, "just to keep an eye on things".
# situations: illness and the body
fr situation n | Un grain de beauté sur mon dos a changé de forme et de couleur cet été, et le dermato n'a rien avant avril.
+ en situation n | A mole on my back changed shape and colour this summer, and the dermatologist has nothing before April.
fr situation n | J'ai la tête qui tourne tous les matins en me levant, depuis dix jours, et ça ne passe pas.
+ en situation n | I've been dizzy every morning when I get up for ten days, and it isn't going away.
fr situation n | Je me réveille trempé de sueur toutes les nuits et j'ai perdu quatre kilos sans rien changer. Baisse un peu les lumières.
+ en situation n | I wake up drenched in sweat every night and I've lost four kilos without changing anything. Bring the lights down a bit.
fr situation n | La pharmacie m'a pris la tension ce matin : 17. La pharmacienne a froncé les sourcils et m'a dit de consulter vite.
+ en situation n | The pharmacy took my blood pressure this morning: 170. The pharmacist frowned and told me to see someone soon.
fr situation l | Mes mains tremblent un peu quand je tiens ma tasse, et mon père a commencé comme ça.
+ en situation l | My hands shake a little when I hold my cup, and that's how it started with my dad.
fr situation n | Ma voix reste enrouée depuis six semaines, et je suis prof, je parle toute la journée. Ambiance feutrée, s'il te plaît.
+ en situation n | My voice has been hoarse for six weeks, and I'm a teacher, I talk all day. Something hushed, please.
# situations: sport, amateur and pro
fr situation n | Ma fille fait de la gym à haut niveau et se plaint du dos après chaque séance ; l'entraîneur dit que c'est normal.
+ en situation n | My daughter does high-level gymnastics and complains about her back after every session; the coach says that's normal.
fr situation n | Mon mari, cinquante-cinq ans, s'est inscrit à un triathlon longue distance sans avoir jamais nagé plus de cinq cents mètres.
+ en situation n | My husband, fifty-five, has signed up for a long-distance triathlon and he's never swum more than five hundred metres.
fr situation n | Mon fils, gardien de but, a pris un choc à la tête samedi, et depuis la lumière lui fait mal aux yeux. Mets quelque chose qui colle.
+ en situation n | My son, a goalkeeper, took a knock to the head on Saturday, and ever since the light hurts his eyes. Put on something that fits.
fr situation n | Le club de foot du quartier risque de fermer faute de bénévoles, et c'est la seule chose qui tient mon fils en ce moment.
+ en situation n | The local football club might close for lack of volunteers, and it's the only thing keeping my son going right now.
fr situation l | Le club où joue mon fils en centre de formation est menacé de liquidation, et son contrat en dépend.
+ en situation l | The club whose academy my son plays in is facing liquidation, and his contract depends on it.
fr situation n | Mon mari a repris le vélo à soixante ans, et il part seul sur les routes de col sans téléphone.
+ en situation n | My husband took up cycling again at sixty, and he goes off alone on mountain roads without a phone.
# situations: games and video games
fr situation n | Mon fils joue jusqu'à trois heures du matin en semaine, et ses notes ont dégringolé depuis Noël.
+ en situation n | My son plays until three in the morning on school nights, and his marks have plummeted since Christmas.
fr situation n | Ma femme parie sur les matchs de tennis en ligne, les mises grossissent, et elle cache les relevés de la carte. Accorde la lumière à ça.
+ en situation n | My wife bets on tennis matches online, the stakes keep growing, and she hides the card statements. Match the lights to that.
fr situation n | Le studio de jeux vidéo a annulé notre projet, et on attend de savoir si l'équipe est gardée ou dissoute.
+ en situation n | The games studio has cancelled our project, and we're waiting to hear whether the team is kept or broken up.
fr situation l | Ma fille de dix ans a passé son dimanche à regarder des streamers qui insultent tout le monde, et elle commence à parler comme eux.
+ en situation l | My ten-year-old spent Sunday watching streamers who insult everyone, and she's starting to talk like them.
# situations: music and concerts
fr situation n | Ils annoncent des orages sur le festival, et mon fils de seize ans y campe tout le week-end.
+ en situation n | Storms are forecast over the festival, and my sixteen-year-old is camping there all weekend.
fr situation n | Violoniste, j'ai cette douleur au poignet qui revient, et l'audition pour l'orchestre est en mai.
+ en situation n | I play the violin, this wrist pain keeps coming back, and the orchestra audition is in May.
fr situation l | Le concert de la chorale affiche complet, et la moitié des ténors sont au lit avec la grippe.
+ en situation l | The choir concert is sold out, and half the tenors are in bed with flu.
fr situation n | Ma fille part en tournée avec un groupe dont le manager a une réputation plus que douteuse. Mets une musique discrète.
+ en situation n | My daughter is going on tour with a band whose manager has a more than dodgy reputation. Put on some quiet music.
# situations: films, series and books
fr situation n | Depuis le documentaire sur le climat, mon fils de neuf ans me demande chaque soir si la maison finira sous l'eau.
+ en situation n | Since that climate documentary, my nine-year-old asks me every night whether our house will end up underwater.
fr situation l | J'ai prêté à ma fille de onze ans un roman que je croyais pour enfants, et je découvre que la fin est très dure.
+ en situation l | I lent my eleven-year-old a novel I thought was for children, and I've just found out the ending is really harsh.
fr situation n | Depuis la sortie de mon roman, un lecteur m'écrit chaque semaine, et ses derniers messages décrivent la façade de ma maison.
+ en situation n | Since my novel came out, a reader has written to me every week, and his latest messages describe the front of my house.
fr situation l | Mon fils regarde une série où l'ado se scarifie, et il s'est mis à porter des manches longues en plein juin.
+ en situation l | My son watches a series where the teenager self-harms, and he's started wearing long sleeves in the middle of June.
# situations: travel and transport
fr situation n | Le ferry pour la Corse est maintenu malgré une houle de quatre mètres, et maman a un mal de mer terrible.
+ en situation n | The Corsica ferry is still sailing despite a four-metre swell, and Mum gets terribly seasick.
fr situation n | On atterrit à Lima en pleine nuit, et la navette réservée en ligne ne répond à aucun de nos mails.
+ en situation n | We land in Lima in the middle of the night, and the shuttle we booked online hasn't answered any of our emails.
fr situation n | Le passeport de ma fille expire trois mois après le retour, et je ne sais plus si ça suffit pour entrer au Canada. Ambiance calme, s'il te plaît.
+ en situation n | My daughter's passport runs out three months after we get back, and I can't remember if that's enough to get into Canada. Something calm, please.
fr situation n | Ma valise n'est pas arrivée à Montréal, et mon traitement pour la semaine est dedans. Lumière adaptée, s'il te plaît.
+ en situation n | My suitcase didn't make it to Montreal, and my medication for the week is in it. Lights to match, please.
fr situation l | Le car de nuit pour Barcelone part à 23 h, et ma fille de dix-huit ans y voyage seule pour la première fois.
+ en situation l | The night coach to Barcelona leaves at 11 pm, and my eighteen-year-old is travelling on it alone for the first time.
# situations: cars and driving
fr situation n | Examen du permis jeudi, et je cale encore une fois sur deux au démarrage en côte.
+ en situation n | Driving test on Thursday, and I still stall every other time on a hill start.
fr situation n | Papa, quatre-vingt-un ans, veut faire Lille-Marseille d'une traite pour venir à Noël.
+ en situation n | Dad, eighty-one, wants to drive Lille to Marseille in one go to come for Christmas.
fr situation n | Le contrôle technique a relevé un « défaut majeur » : deux mois pour réparer, et aucune idée du prix.
+ en situation n | The MOT flagged a "major defect": two months to fix it, and no idea what it'll cost.
fr situation l | J'ai rayé une voiture en me garant, j'ai laissé un mot, et le propriétaire me répond qu'il va « voir avec son avocat ».
+ en situation l | I scraped a car while parking, left a note, and the owner has replied that he'll "talk to his lawyer".
fr situation n | Depuis le changement de pneus, le volant vibre au-dessus de quatre-vingt-dix, et on prend l'autoroute samedi avec les petits.
+ en situation n | Since the tyres were changed, the steering wheel shakes above ninety, and we're on the motorway with the kids on Saturday.
# situations: weather and nature
fr situation n | Vigilance orange vents violents cette nuit, et le grand peuplier du voisin penche déjà vers notre véranda.
+ en situation n | Amber warning for high winds tonight, and the neighbour's big poplar is already leaning towards our conservatory.
fr situation n | Le sol se fend partout dans le jardin après l'été sec, et la maison est construite sur de l'argile.
+ en situation n | The ground is cracking all over the garden after the dry summer, and the house is built on clay.
fr situation n | Les moustiques tigres sont arrivés dans le quartier, et le bébé s'est fait piquer une dizaine de fois cette nuit.
+ en situation n | Tiger mosquitoes have reached our neighbourhood, and the baby got bitten about ten times last night.
fr situation n | La fumée des incendies du Sud voile le ciel depuis trois jours, et ma mère est asthmatique. Tamise la lumière.
+ en situation n | Smoke from the fires down south has hazed the sky for three days, and my mother has asthma. Dim the lights.
fr situation n | Tempête annoncée sur la côte cette nuit, et notre voilier est resté au mouillage dans la baie au lieu d'être au port.
+ en situation n | A storm is forecast on the coast tonight, and our sailing boat is still on a mooring in the bay instead of in the harbour.
# situations: gardening
fr situation l | Des taches brunes gagnent tous mes pieds de tomates, et le mildiou a déjà rasé le potager du voisin.
+ en situation l | Brown spots are spreading over all my tomato plants, and blight has already wiped out the neighbour's patch.
fr situation n | Il y a un nid de frelons asiatiques dans le cerisier, à trois mètres de la balançoire des enfants.
+ en situation n | There's an Asian hornet nest in the cherry tree, three metres from the kids' swing.
fr situation l | Ma haie de buis grisonne à vue d'œil, et je trouve des chenilles vertes sur toutes les branches.
+ en situation l | My box hedge is turning grey before my eyes, and I'm finding green caterpillars on every branch.
fr situation n | Des champignons poussent au pied du vieux pommier planté par papi, et ses grosses branches surplombent le chemin de l'école.
+ en situation n | Fungi are growing at the foot of the old apple tree Grandad planted, and its big branches hang over the path to school.
fr situation l | On m'a offert un olivier centenaire pour mes soixante ans, et depuis le gel de la semaine dernière ses feuilles tombent par poignées.
+ en situation l | I was given a hundred-year-old olive tree for my sixtieth, and since last week's frost its leaves are dropping by the handful.
# situations: money and bills
fr situation n | La facture d'électricité a doublé ce trimestre, et l'hiver n'a même pas encore commencé.
+ en situation n | The electricity bill has doubled this quarter, and winter hasn't even started yet.
fr situation n | Le découvert autorisé est atteint le 18, et il reste les courses, le plein et la cantine à payer.
+ en situation n | We hit the overdraft limit on the 18th, and there's still food, fuel and school dinners to pay for.
fr situation n | Mon assurance auto vient d'être résiliée pour impayé, alors que je croyais le prélèvement bien en place.
+ en situation n | My car insurance has just been cancelled for non-payment, when I thought the direct debit was all set up.
fr situation n | J'ai prêté mille euros à mon cousin il y a six mois, il évite mes appels, et j'en ai besoin pour la caution du nouvel appart.
+ en situation n | I lent my cousin a thousand euros six months ago, he dodges my calls, and I need it for the deposit on the new flat.
fr situation l | La chaudière, la voiture et les lunettes du petit, tout tombe le même mois. Mets-moi une ambiance qui va avec.
+ en situation l | The boiler, the car and the little one's glasses, all in the same month. Give me a mood to match.
# situations: administration and paperwork
fr situation n | La CAF me réclame un trop-perçu de 2 300 euros, et je ne comprends rien à leur calcul. Mets une musique de fond discrète.
+ en situation n | The benefits office says I've been overpaid 2,300 euros, and I can't make head or tail of their sums. Put some quiet background music on.
fr situation n | Mon dossier de naturalisation est « en cours d'instruction » depuis quatorze mois, sans un mot de plus.
+ en situation n | My citizenship application has been "under review" for fourteen months, without another word.
fr situation n | Je viens de réaliser que je n'ai jamais déclaré les revenus de la location saisonnière de l'an dernier.
+ en situation n | I've just realised I never declared last year's holiday-let income.
fr situation n | Un courrier du tribunal de commerce arrive pour ma petite entreprise, fermée il y a trois ans.
+ en situation n | A letter from the commercial court has come for my small business, which I closed three years ago.
fr situation l | Le formulaire de la sécurité sociale est revenu pour la troisième fois, avec une case « non conforme » que personne ne sait expliquer.
+ en situation l | The health insurance form has come back for the third time, with a "non-compliant" box nobody can explain.
# situations: technology and phones
fr situation n | Depuis que j'ai cliqué sur le lien d'un SMS de livraison, mon téléphone chauffe et se vide en deux heures.
+ en situation n | Since I clicked the link in a delivery text, my phone runs hot and goes flat in two hours.
fr situation n | Le site de ma boutique en ligne plante plusieurs fois par jour, à une semaine des soldes.
+ en situation n | My online shop's website crashes several times a day, a week before the sales.
fr situation n | La montre connectée de papa signale un rythme cardiaque irrégulier depuis trois nuits.
+ en situation n | Dad's smartwatch has been flagging an irregular heart rhythm for three nights.
fr situation n | Les sauvegardes du cabinet ne se font plus depuis un mois, et je viens tout juste de m'en apercevoir. Lumière tamisée, s'il te plaît.
+ en situation n | The practice's backups haven't run for a month, and I've only just noticed. Dim lights, please.
# situations: internet and social media
fr situation n | Une vidéo de ma fille qui danse en pyjama circule dans son collège ; elle ne l'avait envoyée qu'à une amie. Adapte les lumières à ça.
+ en situation n | A video of my daughter dancing in her pyjamas is going round her school; she'd only sent it to one friend. Set the lights for that.
fr situation n | Un ancien collègue a partagé une capture d'un vieux message à moi, et les commentaires commencent à s'emballer.
+ en situation n | A former colleague shared a screenshot of an old message of mine, and the comments are starting to pile up.
fr situation n | Mon fils de onze ans a un compte public avec le nom de son école et de son club de foot dans la bio.
+ en situation n | My eleven-year-old has a public account with the name of his school and his football club in the bio.
fr situation n | Mon père partage des vidéos complotistes et parle d'arrêter son traitement pour le cœur.
+ en situation n | My dad shares conspiracy videos and talks about stopping his heart medication.
fr situation l | Mon ado passe ses soirées sur un forum qui explique comment « devenir un homme », et il ne parle plus à sa sœur.
+ en situation l | My teenager spends his evenings on a forum about "how to be a real man", and he's stopped talking to his sister.
# situations: shopping
fr situation n | J'ai commandé un canapé à 1 400 euros sur un site qui a disparu d'internet depuis hier.
+ en situation n | I ordered a 1,400-euro sofa from a website that's vanished off the internet since yesterday.
fr situation n | Le siège auto acheté d'occasion fait l'objet d'un rappel, et je ne trouve pas le numéro de lot dessus.
+ en situation n | The second-hand car seat we bought has been recalled, and I can't find the batch number on it.
fr situation n | La couturière qui retouche ma robe de mariée ne répond plus, et la cérémonie est dans dix jours.
+ en situation n | The dressmaker altering my wedding dress isn't answering, and the ceremony is in ten days.
fr situation l | J'ai acheté une trottinette électrique pas chère sur un site inconnu, et la batterie chauffe pendant la charge.
+ en situation l | I bought a cheap electric scooter from some unknown website, and the battery gets hot while it charges.
# situations: moving house
fr situation n | Le nouvel appartement est au quatrième sans ascenseur, et papa vient vivre avec nous après son AVC.
+ en situation n | The new flat is on the fourth floor with no lift, and Dad is coming to live with us after his stroke.
fr situation n | On déménage à Marseille pour mon poste, et ma femme n'a toujours aucune piste de travail là-bas.
+ en situation n | We're moving to Marseille for my job, and my wife still hasn't got a single job lead there.
fr situation n | Les déménageurs ont chargé nos affaires hier, et le camion n'est toujours pas arrivé à Nantes.
+ en situation n | The removal men loaded our things yesterday, and the lorry still hasn't turned up in Nantes.
fr situation l | État des lieux de sortie demain, et les traces de moisissure de la salle de bain ne partent pas.
+ en situation l | Check-out inspection tomorrow, and the mould marks in the bathroom won't come off.
fr situation n | Ma fille change d'école en plein milieu de l'année de troisième, dans une ville où elle ne connaît personne. Mets une ambiance douce.
+ en situation n | My daughter is changing schools halfway through Year 10, in a town where she doesn't know anyone. Set a gentle mood.
# situations: holidays and celebrations
fr situation l | Trente personnes pour le réveillon chez nous, et le four ne monte plus au-dessus de 150 degrés.
+ en situation l | Thirty people for Christmas Eve at ours, and the oven won't go above 150 degrees any more.
fr situation n | Ma fille fête ses dix-huit ans dans une salle louée, cent invités, de l'alcool à volonté, et aucun adulte sur place.
+ en situation n | My daughter is having her eighteenth in a hired hall, a hundred guests, unlimited alcohol, and not a single adult there.
fr situation n | Les invitations pour les quatre-vingts ans de mamie sont parties, et elle s'épuise maintenant au bout d'une heure de visite.
+ en situation n | The invitations for Gran's eightieth have gone out, and these days she's worn out after an hour of visitors.
fr situation n | Mon fils de quinze ans a commandé des pétards sur internet pour le 14 juillet et les cache sous son lit.
+ en situation n | My fifteen-year-old ordered fireworks online for Bastille Day and hides them under his bed.
# situations: religion and rituals
fr situation n | Papa veut faire tout le ramadan malgré son diabète, alors que son médecin le lui a déconseillé. Une ambiance sobre, s'il te plaît.
+ en situation n | Dad wants to fast the whole of Ramadan despite his diabetes, even though his doctor advised against it. Something muted, please.
fr situation n | Ma fille a rejoint un groupe de prière qui lui demande de plus en plus de temps et, depuis peu, de l'argent.
+ en situation n | My daughter has joined a prayer group that asks for more and more of her time and, lately, her money.
fr situation l | Maman part en pèlerinage à Lourdes, en fauteuil, avec un groupe qu'elle ne connaît pas du tout.
+ en situation l | Mum is off on a pilgrimage to Lourdes, in her wheelchair, with a group she doesn't know at all.
fr situation l | Le baptême est dimanche à dix heures, et le parrain, toujours en retard, part de Bordeaux le matin même.
+ en situation l | The christening is on Sunday at ten, and the godfather, who's always late, is leaving Bordeaux that same morning.
# situations: old age and grandparents
fr situation n | Mamie n'a pas payé ses factures depuis trois mois, et c'est un voisin qui m'a prévenue.
+ en situation n | Gran hasn't paid her bills in three months, and it was a neighbour who told me.
fr situation n | Papi a signé un contrat d'isolation « à un euro » avec un démarcheur, et les ouvriers arrivent lundi.
+ en situation n | Grandad signed a "one-euro" insulation contract with a doorstep salesman, and the workmen come on Monday.
fr situation n | Depuis sa chute, grand-mère n'ose plus sortir, même pour aller au marché au bout de la rue.
+ en situation n | Since her fall, Grandma daren't go out, not even to the market at the end of the street.
fr situation n | La maison de retraite de papi change de direction, et les trois soignantes qu'il aimait sont parties. Ambiance sobre, merci.
+ en situation n | Grandad's care home has new management, and the three carers he liked have left. Muted lights, thanks.
fr situation l | Mon grand-père a donné sa carte vitale à un « gentil monsieur » qui l'a aidé à la pharmacie.
+ en situation l | My grandfather handed his health card to a "nice man" who helped him at the chemist's.
# situations: death and funerals
fr situation n | Les obsèques de mon oncle sont samedi, et papa, avec son cœur fragile, tient à porter le cercueil.
+ en situation n | My uncle's funeral is on Saturday, and Dad, with his weak heart, insists on carrying the coffin.
fr situation n | Depuis l'enterrement de maman, papa ne mange presque plus et ne répond au téléphone qu'un jour sur deux.
+ en situation n | Since Mum's funeral, Dad hardly eats and only answers the phone every other day.
fr situation n | Le notaire a trouvé des dettes dans la succession, et on ne sait pas encore si elles dépassent la valeur de la maison.
+ en situation n | The solicitor has found debts in the estate, and we don't know yet whether they're more than the house is worth.
fr situation n | Mon frère veut disperser les cendres de papa en mer, seul, depuis son petit bateau, en plein mois de novembre.
+ en situation n | My brother wants to scatter Dad's ashes at sea, alone, from his little boat, in the middle of November.
# situations: birth and pregnancy
fr situation n | À l'échographie, la sonographe s'est tue d'un coup et elle est allée chercher le médecin.
+ en situation n | At the scan, the sonographer suddenly went quiet and went off to fetch the doctor.
fr situation n | Terme dépassé de huit jours, et la maternité est à quarante minutes par une route souvent bouchée.
+ en situation n | Eight days overdue, and the maternity ward is forty minutes away on a road that's often jammed.
fr situation n | Ma sœur a décidé d'accoucher à la maison, à une heure du premier hôpital, contre l'avis de tout le monde.
+ en situation n | My sister has decided to give birth at home, an hour from the nearest hospital, against everyone's advice.
fr situation n | Les résultats du dépistage sanguin du premier trimestre parlent d'un « risque intermédiaire ». Lumière douce, s'il te plaît.
+ en situation n | The first-trimester blood screening says "intermediate risk". Soft lighting, please.
fr situation l | Le bébé a une petite jaunisse, et la sage-femme revient la contrôler demain avant qu'on rentre.
+ en situation l | The baby has a touch of jaundice, and the midwife is coming back to check it tomorrow before we go home.
# situations: DIY and repairs
fr situation n | J'ai changé moi-même le flexible de gaz de la cuisinière, et depuis je n'arrête pas de renifler autour.
+ en situation n | I replaced the cooker's gas hose myself, and ever since I keep sniffing around it.
fr situation n | L'étagère au-dessus du lit du petit tient avec des chevilles pour placo, et je l'ai chargée de livres.
+ en situation n | The shelf above the little one's bed is held up with plasterboard plugs, and I've loaded it with books.
fr situation l | Le parquet que j'ai posé chez mes amis gondole un peu plus chaque jour, et ils rentrent de voyage dans un mois.
+ en situation l | The floor I laid at my friends' place buckles a bit more every day, and they're back from their trip in a month.
fr situation n | En perçant pour le miroir, la mèche a accroché quelque chose de dur pile dans l'axe de l'interrupteur.
+ en situation n | Drilling for the mirror, the bit caught on something hard right in line with the light switch.
# situations: night and sleep
fr situation n | Trois heures du matin, et le bébé dort d'une traite depuis sept heures, lui qui se réveille toujours deux fois.
+ en situation n | Three in the morning, and the baby has slept straight through for seven hours, when he always wakes twice.
fr situation n | Mon mari s'arrête de respirer plusieurs secondes quand il ronfle, nuit après nuit. Lumière très douce, merci.
+ en situation n | My husband stops breathing for several seconds when he snores, night after night. Very soft light, thanks.
fr situation n | Mon fils de six ans marche dans son sommeil, et sa chambre donne juste sur l'escalier. Laisse une veilleuse dans le couloir.
+ en situation n | My six-year-old sleepwalks, and his room opens right onto the stairs. Leave a night light on in the hall.
fr situation l | Chaque nuit à quatre heures, je me réveille et la liste des échéances défile dans ma tête.
+ en situation l | Every night at four I wake up and the list of payments due starts running through my head.
# situations: city life
fr situation l | Trois vélos volés dans le local de l'immeuble ce mois-ci, et le mien, tout neuf, est toujours en bas.
+ en situation l | Three bikes stolen from the building's bike room this month, and my brand-new one is still down there.
fr situation n | Ma fille de douze ans prend le métro seule à partir de lundi, avec deux changements à l'heure de pointe.
+ en situation n | My twelve-year-old starts taking the metro alone on Monday, with two changes at rush hour.
fr situation n | On a trouvé des seringues dans le bac à sable du square où jouent les enfants.
+ en situation n | Syringes have been found in the sandpit of the square where the kids play.
fr situation n | Une tour de douze étages va monter devant nos fenêtres, et la mairie ne répond à aucun de nos recours.
+ en situation n | A twelve-storey tower is going up in front of our windows, and the council hasn't answered any of our objections.
# situations: countryside and farming
fr situation n | Le prix du lait a encore baissé, et la banque veut revoir le prêt de la nouvelle stabulation.
+ en situation n | The milk price has dropped again, and the bank wants to review the loan for the new cow shed.
fr situation n | Un foyer de grippe aviaire à vingt kilomètres, et mes canards sont en plein air. Mets-moi une ambiance.
+ en situation n | A bird flu outbreak twenty kilometres away, and my ducks are free-range. Set the mood for me.
fr situation n | Pas de pluie depuis la mi-mai, et le maïs commence à rouler ses feuilles. Mets quelque chose qui va avec.
+ en situation n | No rain since mid-May, and the maize leaves are starting to curl. Put on something that goes with it.
fr situation l | Le dernier vétérinaire rural du canton part à la retraite, et j'ai quarante vêlages prévus cet hiver.
+ en situation l | The last farm vet in the district is retiring, and I've got forty calvings due this winter.
# situations: sea and mountains
fr situation n | Mon fils veut traverser la Manche en kayak avec un copain, fin septembre, quand la mer commence à forcir.
+ en situation n | My son wants to kayak across the Channel with a friend at the end of September, when the sea starts getting rough.
fr situation n | Le risque d'avalanche est à 3 demain, et le groupe de mon mari maintient sa sortie hors-piste.
+ en situation n | Avalanche risk is level 3 tomorrow, and my husband's group is sticking with its off-piste outing.
fr situation n | La falaise au-dessus de notre maison de vacances s'est effritée cet hiver, et la mairie parle d'arrêté de péril.
+ en situation n | The cliff above our holiday house crumbled this winter, and the council is talking about a danger order.
fr situation l | Ma fille fait sa première saison de monitrice de voile, et son club sort souvent sans bateau de sécurité.
+ en situation l | My daughter is doing her first season as a sailing instructor, and her club often goes out without a safety boat.
# situations: hobbies and crafts
fr situation l | Premier marché de Noël pour mes bijoux, et j'ai déjà mis six cents euros dans le stand et les matières.
+ en situation l | First Christmas market for my jewellery, and I've already put six hundred euros into the stall and materials.
fr situation n | Le four du club de céramique chauffe de façon irrégulière, et toutes les pièces de l'année pour l'expo sont dedans.
+ en situation n | The pottery club's kiln is heating unevenly, and every piece made this year for the exhibition is inside it.
fr situation l | Depuis que je couds la nuit pour honorer les commandes, mes yeux piquent et la vue se brouille le matin.
+ en situation l | Since I started sewing at night to keep up with orders, my eyes sting and my vision is blurry in the mornings.
# situations: volunteering
fr situation n | Les restos solidaires manquent de bras pour l'hiver : on sera trois pour deux cents familles.
+ en situation n | The food bank is short-handed for winter: there'll be three of us for two hundred families.
fr situation n | J'héberge une famille de réfugiés, et leur titre de séjour provisoire expire dans un mois.
+ en situation n | I'm hosting a refugee family, and their temporary residence permit expires in a month.
fr situation n | En maraude, on n'a pas revu depuis une semaine le vieux Jacques, qui dort d'habitude sous le pont. Lumière sobre, s'il te plaît.
+ en situation n | On the night rounds, we haven't seen old Jacques for a week, and he usually sleeps under the bridge. Muted lights, please.
fr situation l | Je suis famille d'accueil pour un chien du refuge, et il a grogné sur mon neveu hier soir.
+ en situation l | I'm fostering a dog from the shelter, and he growled at my nephew last night.
# situations: politics and news
fr situation n | Les combats se rapprochent de la ville où vit ma cousine, et la ligne coupe à chaque fois qu'on s'appelle.
+ en situation n | The fighting is getting closer to the town where my cousin lives, and the line cuts out every time we call.
fr situation n | La réforme annoncée pourrait supprimer l'aide qui paie l'auxiliaire de vie de mon fils handicapé.
+ en situation n | The announced reform could scrap the allowance that pays for my disabled son's carer.
fr situation n | Les élections approchent, et certaines promesses menacent le titre de séjour de ma femme.
+ en situation n | The elections are coming, and some of the pledges threaten my wife's residence status.
fr situation l | D'après les infos, l'énergie va encore grimper cet hiver, et on chauffe déjà la maison à dix-sept degrés.
+ en situation l | The news says energy prices will go up again this winter, and we're already heating the house to seventeen degrees.
# situations: science and discovery
fr situation n | Le test de radon du sous-sol est au-dessus de la norme, et c'est là qu'on a aménagé la chambre de mon fils.
+ en situation n | The radon test in the basement came back above the limit, and that's where we fitted out my son's bedroom.
fr situation n | Le rapport sur l'eau de la commune parle de PFAS au-dessus des seuils, et on prépare les biberons avec.
+ en situation n | The report on the town's water mentions PFAS above the limits, and we make up the baby's bottles with it.
fr situation n | Chercheuse, je n'arrive plus à reproduire mes propres résultats, et l'article est déjà soumis.
+ en situation n | I'm a researcher, I can't reproduce my own results any more, and the paper has already been submitted.
fr situation l | La centrale voisine a déclaré un incident de niveau 1 ; ils disent que ce n'est rien, mais la mairie redistribue les comprimés d'iode.
+ en situation l | The nearby nuclear plant reported a level 1 incident; they say it's nothing, but the town hall is handing out iodine tablets again.

# long
fr long n | Le petit est rentré de l'école avec un mot du médecin scolaire. Elle a remarqué qu'il plisse les yeux. Elle demande un bilan « assez rapidement ». L'ophtalmo le plus proche n'a rien avant quatre mois.
+ en long n | The little one came home with a note from the school doctor. She noticed him squinting. She's asking for a check-up "fairly soon". The nearest eye specialist has nothing for four months.
fr long n | J'ai investi toutes mes indemnités dans le food truck. Le premier mois était correct. Ce mois-ci, la mairie a déplacé le marché. Je fais moitié moins de couverts et le crédit tombe le cinq.
+ en long n | I put all my redundancy money into the food truck. The first month was all right. This month the council moved the market. I'm serving half as many meals and the loan payment is due on the fifth.
fr long n | Maman a commencé à écrire des listes partout. Sur le frigo, dans sa poche, sur sa main. Hier, elle m'a appelée deux fois pour me dire la même chose. Elle a ri quand je le lui ai fait remarquer.
+ en long n | Mum has started writing lists everywhere. On the fridge, in her pocket, on her hand. Yesterday she called me twice to tell me the same thing. She laughed when I pointed it out.
fr long n | Le chantier d'à côté a commencé lundi. Depuis, les murs vibrent toute la journée. Ce matin, j'ai trouvé un éclat de plâtre sur l'oreiller du bébé. Le chef de chantier dit qu'il n'y a aucun risque.
+ en long n | The building site next door started on Monday. Since then the walls have shaken all day. This morning I found a flake of plaster on the baby's pillow. The site manager says there's no risk at all.
fr long l | Mon fils part en classe de neige lundi. Il n'a jamais skié. Il n'a jamais dormi ailleurs que chez ses grands-parents. Il a demandé trois fois si on pourrait venir le chercher s'il n'aimait pas.
+ en long l | My son goes on a school ski trip on Monday. He's never skied. He's never slept anywhere but at his grandparents'. He's asked three times if we can come and get him if he doesn't like it.
fr long n | On a repris le commerce de mes beaux-parents en janvier. Les habitués viennent moins. Le supermarché a ouvert un rayon traiteur. Mon mari ne dort plus et refait les comptes tous les soirs.
+ en long n | We took over my in-laws' shop in January. The regulars come less often. The supermarket has opened a deli counter. My husband doesn't sleep any more and goes over the books every evening.
fr long n | La lettre du lycée dit que ma fille a manqué douze demi-journées ce trimestre. Elle part pourtant chaque matin à l'heure, son sac sur le dos. Je ne sais pas où elle va. Et je n'ose pas encore lui poser la question.
+ en long n | The school letter says my daughter has missed twelve half-days this term. Yet she leaves on time every morning, bag on her back. I don't know where she goes. And I don't dare ask her yet.
fr long n | Mon frère s'est lancé dans la restauration d'une vieille ferme. Il a tout fait seul, l'électricité comprise. Il vient d'y installer sa femme et ses trois enfants. Et il m'a montré le tableau électrique en riant.
+ en long n | My brother took on restoring an old farmhouse. He did it all himself, wiring included. He's just moved his wife and three kids in. And he showed me the fuse box, laughing.
fr long n | Le cabinet a fermé une agence sur deux cette année. La mienne fait partie des plus petites. Mon responsable ne répond plus au téléphone depuis jeudi. Et le séminaire de la semaine prochaine a été annulé sans explication.
+ en long n | The firm has closed one branch in two this year. Mine is one of the smallest. My manager hasn't picked up the phone since Thursday. And next week's seminar has been cancelled with no explanation.
fr long n | Papa a eu quatre-vingt-cinq ans en mars. Il vit seul dans la maison du village. Cet hiver, il a coupé le chauffage pour économiser. Au téléphone, il me dit qu'il met deux pulls et que tout va bien.
+ en long n | Dad turned eighty-five in March. He lives alone in the village house. This winter he turned the heating off to save money. On the phone he tells me he wears two jumpers and everything's fine.
fr long n | Ma fille a rencontré un garçon cet été. Depuis, elle ne voit plus ses amies. Elle a supprimé ses réseaux. Quand je l'appelle, c'est souvent lui qui répond.
+ en long n | My daughter met a boy this summer. Since then she's stopped seeing her friends. She's deleted her social media. When I call her, it's often him who answers.
fr long n | J'ai signé mon CDI il y a quatre mois. Ce matin, le patron a réuni tout le monde. Il a parlé de « recentrage » et de « choix difficiles ». Puis il est reparti sans répondre aux questions.
+ en long n | I signed my permanent contract four months ago. This morning the boss got everyone together. He talked about "refocusing" and "tough choices". Then he left without taking questions.
fr long l | On a adopté un chien au refuge samedi. Il ne mange pas. Il tremble dès qu'on lève la main. Ce soir, il s'est caché sous l'escalier et il ne veut plus en sortir.
+ en long l | We adopted a dog from the shelter on Saturday. He won't eat. He shakes whenever anyone raises a hand. Tonight he's hidden under the stairs and won't come out.
fr long n | L'usine au bout de la rue a changé de propriétaire. Depuis, une odeur âcre flotte le soir. Les enfants du quartier toussent plus que d'habitude. La mairie promet des mesures de l'air, « bientôt ».
+ en long n | The factory at the end of the street changed hands. Since then there's been an acrid smell in the evenings. The kids round here are coughing more than usual. The council is promising air quality tests "soon".
fr long n | Mon mari est parti pêcher en mer ce matin avec son vieux copain. Le vent s'est levé vers midi. Ils devaient rentrer pour le goûter. Le bateau n'est pas encore au port, et la lumière baisse.
+ en long n | My husband went sea fishing this morning with his old friend. The wind got up around noon. They were due back for teatime. The boat isn't in harbour yet, and the light is fading.
fr long n | Le devis de la toiture est arrivé. Vingt-deux mille euros. L'expert dit que ça ne passera pas un hiver de plus. On a six mille euros de côté.
+ en long n | The roofing quote came in. Twenty-two thousand euros. The surveyor says it won't last another winter. We've got six thousand put by.
fr long l | Mon petit-fils vient passer l'été chez nous pour la première fois. Il est diabétique. Sa mère m'a laissé quatre pages d'instructions. Je les ai lues dix fois, et je ne suis toujours pas sûre de tout comprendre.
+ en long l | My grandson is coming to spend the summer with us for the first time. He's diabetic. His mum left me four pages of instructions. I've read them ten times and I'm still not sure I understand everything.

# negation
fr negation n | Ce n'est pas de la colère contre la banque, c'est plutôt cette question qui tourne : comment on fait si le prêt est refusé ?
+ en negation n | It's not anger at the bank, more this question going round and round: what do we do if the loan is turned down?
fr negation n | Rien de grave pour l'instant, personne n'est malade, mais je n'aime pas du tout la toux qu'a le petit depuis dimanche.
+ en negation n | Nothing serious for now, nobody's ill, but I really don't like the cough the little one has had since Sunday.
fr negation n | Je ne suis pas triste qu'il parte en Australie, c'est de le savoir sans permis de travail ni logement qui me travaille.
+ en negation n | I'm not sad he's going to Australia, it's knowing he has no work permit and nowhere to live that's nagging at me.
fr negation n | Non, ce n'est pas l'urgence, il n'y a pas le feu, mais cette odeur de gaz légère dans la cage d'escalier me tracasse.
+ en negation n | No, it's not an emergency, nothing's on fire, but that faint smell of gas in the stairwell bothers me.
fr negation n | Ce n'est pas le suspense d'un résultat, c'est plus flou que ça : mon fils change, et je ne sais pas vers quoi.
+ en negation n | It's not the suspense of waiting for a result, it's vaguer than that: my son is changing, and I don't know into what.
fr negation l | Je ne suis pas en panique, juste pas tranquille de savoir la petite en colonie près d'un lac sans surveillant de baignade.
+ en negation l | I'm not panicking, just uneasy knowing the little one is at camp by a lake with no lifeguard.
fr negation n | Pas de drame, pas de cris, mais depuis une semaine mon mari ne dit plus rien à table, et ça ne lui ressemble pas.
+ en negation n | No drama, no shouting, but for a week my husband hasn't said a word at dinner, and it isn't like him.
fr negation n | Je ne me sens pas détendue du tout ce soir, avec cette réunion de restructuration annoncée pour demain neuf heures.
+ en negation n | I don't feel relaxed at all tonight, with that restructuring meeting announced for nine tomorrow.
fr negation n | Ce n'est pas la nostalgie de la maison de famille, c'est de voir papa y vivre seul, au fond de la vallée, sans voiture.
+ en negation n | It's not nostalgia for the family home, it's seeing Dad live there alone, at the bottom of the valley, without a car.
fr negation l | Je ne dirais pas que j'ai peur, mais ce bruit dans le moteur à chaque freinage ne me plaît pas pour la route de demain.
+ en negation l | I wouldn't say I'm scared, but I don't like that noise from the engine every time I brake, with tomorrow's drive ahead.
fr negation n | Pas fâché contre lui, pas déçu non plus : juste ce nœud dans le ventre depuis que mon fils a parlé de s'engager dans l'armée.
+ en negation n | Not angry with him, not disappointed either: just this knot in my stomach since my son talked about joining the army.

# mixed
fr mixed n | Un peu fière de ma fille qui part seule en stage à Berlin, mais surtout pas tranquille de la savoir dans une coloc trouvée sur internet.
+ en mixed n | A bit proud of my daughter going off alone for an internship in Berlin, but mostly uneasy knowing she's in a flatshare found online.
fr mixed n | Content de la promotion, oui, mais ce qui m'occupe surtout, c'est l'équipe de douze personnes que je n'ai jamais managée.
+ en mixed n | Happy about the promotion, yes, but what's really on my mind is the twelve-person team I've never managed.
fr mixed n | Agacée par le plombier qui ne vient pas, mais surtout préoccupée : la fuite goutte maintenant sur le tableau électrique du voisin.
+ en mixed n | Annoyed at the plumber who doesn't show up, but mostly worried: the leak is now dripping onto the neighbour's fuse box.
fr mixed l | Une belle journée au bord de la mer, mais je n'arrête pas de penser au grain de beauté que le dermato veut enlever.
+ en mixed l | A lovely day at the seaside, but I can't stop thinking about the mole the dermatologist wants to remove.
fr mixed n | Fatigué après la semaine, mais surtout soucieux : mon père a encore oublié de prendre ses anticoagulants.
+ en mixed n | Tired after the week, but mostly concerned: my dad has forgotten his blood thinners again.
fr mixed n | Un peu nostalgique de vider l'appartement de mes parents, mais c'est surtout leur installation en résidence qui m'inquiète.
+ en mixed n | A little nostalgic clearing out my parents' flat, but it's mostly their move into a care home that's worrying me.
fr mixed n | Curieuse de rencontrer la nouvelle compagne de papa, mais surtout mal à l'aise : il veut lui donner procuration sur ses comptes.
+ en mixed n | Curious to meet Dad's new partner, but mostly uneasy: he wants to give her power of attorney over his accounts.
fr mixed l | Soulagé que l'opération se soit bien passée, mais la fièvre qui monte ce soir me tient encore en alerte.
+ en mixed l | Relieved the operation went well, but the fever creeping up tonight still has me on edge.
fr mixed n | Je suis ravie pour le déménagement à la campagne, mais je me demande surtout comment le petit, qui est asthmatique, va faire avec un hôpital à cinquante minutes.
+ en mixed n | I'm delighted about moving to the countryside, but mostly I wonder how the little one, who has asthma, will manage with a hospital fifty minutes away.
fr mixed n | Énervée d'avoir raté le bus, mais c'est surtout le silence de ma mère depuis hier midi qui me préoccupe.
+ en mixed n | Fed up at missing the bus, but what's really bothering me is that Mum hasn't said a word since yesterday lunchtime.
fr mixed n | Un bon dîner entre amis, mais j'ai passé la soirée à vérifier si la baby-sitter avait répondu.
+ en mixed n | A nice dinner with friends, but I spent the evening checking whether the babysitter had replied.

# slang_emoji
fr slang_emoji n | ma reum a pas décroché de la journée, elle qui m'appelle 3x par jour 😬 jsuis pas bien
+ en slang_emoji n | mum hasn't picked up all day and she normally calls me 3x a day 😬 not feeling great
fr slang_emoji n | le boss veut me voir « 5 min » demain 8h… ça sent pas bon tbh 😟
+ en slang_emoji n | boss wants to see me for "5 min" tomorrow at 8… doesn't smell good tbh 😟
fr slang_emoji n | le chat a pas mangé depuis hier et il se cache 🥺 on va chez le véto demain mais bon
+ en slang_emoji n | cat hasn't eaten since yesterday and he's hiding 🥺 vet tomorrow but still
fr slang_emoji n | loyer dans 4 jours et 150 balles qui manquent 🫠 jfais comment
+ en slang_emoji n | rent's due in 4 days and I'm 150 short 🫠 how do I even
fr slang_emoji l | le petit part en classe verte sans sa Ventoline de secours, la maîtresse dit « on verra » 😕
+ en slang_emoji l | the little one's off on a school trip without his spare inhaler, teacher says "we'll see" 😕
fr slang_emoji n | ptn le voyant moteur s'est rallumé et on part en vacances demain 5h 😩
+ en slang_emoji n | ffs the engine light's back on and we leave on holiday at 5am tomorrow 😩
fr slang_emoji n | mon pote a posté un truc chelou genre « j'en peux plus de tout » et répond plus 😶 je gère comment
+ en slang_emoji n | my mate posted something weird like "I can't take any of it anymore" and isn't replying 😶 how do I handle this
fr slang_emoji n | la darone a trouvé une boule au sein, rdv mammo dans 3 semaines 😔🙏
+ en slang_emoji n | my mum found a lump in her breast, mammogram in 3 weeks 😔🙏
fr slang_emoji l | lol jsuis censée être en vacances mais je check mes mails du taf toutes les 10 min depuis l'annonce du plan social 🙃
+ en slang_emoji l | lol I'm supposed to be on holiday but I've been checking work email every 10 min since they announced the layoffs 🙃

# typo
fr typo n | mon fils est tjr pas rentrer de son footing il est parti a 18h et il fait nuit
+ en typo n | my son still hasnt got back from his run he left at 6 and its dark now
fr typo n | la nourice a envoyer un msg bizare comme quoi elle doit me parler du petit, jsais pas quoi
+ en typo n | the childminder sent a wierd msg saying she needs to talk to me about the little one, dunno what
fr typo n | ma mere a encore oublier ces medocs hier soir, c la 3e fois cette semaine
+ en typo n | my mum forgot her meds agian last night, thats the 3rd time this week
fr typo n | le chien vomi depuis ce matin et il veux pas boire, veto ferme jusqua lundi
+ en typo n | dogs been throwing up since this morning and wont drink, vet closed till monday
fr typo l | g recu un courier des impots que j'ai pas encor ouvert, jsuis pas pressé lol
+ en typo l | got a letter frm the tax office i havent opened yet, not in a hurry lol
fr typo n | ya une fissur qui s'agrandi dans le mur de la chambre du bebe depuis les travaux a coté
+ en typo n | theres a crack getting biger in the babys bedroom wall since the building work next door
fr typo n | jai un rdv chez le cardio apres lelectro de mardi, ils mont rien dit de plus
+ en typo n | got a cardio appt after tuesdays ecg, they didnt tell me anythign else
fr typo n | la boite a pas verser les salaires ce mois ci et personne repond a la compta
+ en typo n | the company hasnt paid wages this month and nobody in acounts is answering
fr typo n | mon pere a 80 ans et il veut remonter sur son toit pour l'antene, impossibel de lui faire entendre raison
+ en typo n | my dad is 80 and wants to get back on his roof for the aerial, impossibel to talk sense into him

# wish
fr wish n c=blue;navy b=dim | Je me ronge les sangs pour l'opération de papa demain. Des bleus sombres et une lumière basse, s'il te plaît.
+ en wish n c=blue;navy b=dim | I'm worried sick about Dad's operation tomorrow. Dark blues and low light, please.
fr wish n c=cool_white;blue b=dim | Toujours pas de nouvelles de mon fils en mer. Juste un blanc froid et du bleu, tamisés.
+ en wish n c=cool_white;blue b=dim | Still no word from my son at sea. Just a cool white and some blue, turned down.
fr wish n c=teal;indigo b=dim | L'entretien avec la direction me trotte dans la tête depuis ce matin. Mets du sarcelle et de l'indigo, doucement.
+ en wish n c=teal;indigo b=dim | The meeting with management has been on my mind since this morning. Teal and indigo, gently.
fr wish l c=blue | Un peu soucieuse pour les résultats de la petite. Du bleu, sans plus.
+ en wish l c=blue | A bit worried about the little one's test results. Just blue, nothing more.
fr wish n c=navy;cool_white b=dim | Les comptes ne tombent pas juste ce mois-ci et ça me travaille. Bleu marine et blanc froid, lumière basse.
+ en wish n c=navy;cool_white b=dim | The numbers don't add up this month and it's eating at me. Navy and cool white, low light.

# explicit
fr explicit n | Cette histoire de fermeture d'usine me préoccupe plus que je ne veux l'admettre.
+ en explicit n | This factory closure business worries me more than I'd like to admit.
fr explicit n | J'ai l'estomac noué depuis l'appel du lycée, je n'arrive à rien faire d'autre.
+ en explicit n | My stomach has been in knots since the school called, I can't get anything else done.
fr explicit n | Je suis inquiète pour mon frère, il a l'air d'aller de plus en plus mal.
+ en explicit n | I'm worried about my brother, he seems to be getting worse and worse.
fr explicit l | Une petite appréhension pour la route de nuit demain, avec le brouillard annoncé.
+ en explicit l | A slight sense of dread about tomorrow's night drive, with fog forecast.
fr explicit n | La santé de ma grand-mère me tracasse énormément depuis sa chute.
+ en explicit n | My grandmother's health has been weighing on me ever since her fall.
"""

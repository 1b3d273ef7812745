"""colere: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Je viens de passer la serpillière dans toute la cuisine, et mon mari la traverse avec ses bottes de jardin pleines de boue.
+ en situation n | I've just mopped the whole kitchen floor, and my husband walks straight across it in his muddy gardening boots.
fr situation n | Ma coloc a encore gratté ma poêle antiadhésive avec une fourchette en métal, alors que je lui ai offert une spatule exprès.
+ en situation n | My flatmate scraped my non-stick pan with a metal fork again, even though I bought her a spatula specially.
fr situation h | Mon fils de seize ans a laissé le congélateur ouvert toute la nuit, tout a décongelé, et il me répond que c'est pas grave.
+ en situation h | My sixteen-year-old left the freezer open all night, everything's thawed, and he tells me it's no big deal.
fr situation n | Quelqu'un à l'étage du dessus secoue ses cendriers par la fenêtre, et tout atterrit dans mes jardinières.
+ en situation n | Someone upstairs empties their ashtrays out of the window, and it all lands in my window boxes.
fr situation n | Le propriétaire a fait repeindre par-dessus les moisissures au lieu de réparer l'infiltration, et il nous accuse de ne pas aérer. Mets une ambiance qui colle.
+ en situation n | The landlord had the mould painted over instead of fixing the leak, and now he blames us for not airing the place. Set a mood that fits.
fr situation n | Une brique de lait vide remise au frigo. Encore. Par quelqu'un qui jure que ce n'est pas lui.
+ en situation n | An empty milk carton put back in the fridge. Again. By someone who swears it wasn't him.
fr situation n | Mon compagnon a lancé une machine avec son tee-shirt rouge au milieu de mes chemisiers blancs, après que je lui ai montré deux fois comment trier.
+ en situation n | My partner put a wash on with his red T-shirt in among my white blouses, after I'd shown him twice how to sort the laundry.
fr situation n | Samedi entier à ranger le garage, et ce matin mon frère y a réentassé ses pneus d'hiver sans demander.
+ en situation n | A whole Saturday clearing out the garage, and this morning my brother piled his winter tyres back in without asking.
# situations: cooking and food
fr situation n | Trois heures de mijotage pour mon bœuf bourguignon, et mon beau-père le noie sous le ketchup sans même goûter.
+ en situation n | Three hours of simmering for my beef bourguignon, and my father-in-law drowns it in ketchup without even tasting it.
fr situation n | Au bureau, j'avais écrit mon nom sur ma boîte au frigo commun, et quelqu'un a quand même mangé mon déjeuner.
+ en situation n | At work I'd written my name on my lunchbox in the shared fridge, and someone still ate my lunch.
fr situation n | Le boucher m'a compté un kilo d'agneau, j'ai repesé à la maison : huit cents grammes tout juste.
+ en situation n | The butcher charged me for a kilo of lamb; I weighed it again at home: barely eight hundred grams.
fr situation h | Au marché, le vendeur m'a glissé des tomates pourries au fond du sac pendant que je sortais mon porte-monnaie.
+ en situation h | At the market, the stallholder slipped rotten tomatoes into the bottom of my bag while I was getting my purse out.
fr situation n | Buffet à volonté, et au bout d'une heure le gérant vient nous dire de libérer la table parce qu'il y a du monde qui attend. Lumière adaptée, s'il te plaît.
+ en situation n | All-you-can-eat buffet, and after an hour the manager comes to tell us to free up the table because people are waiting. Matching lights, please.
fr situation n | J'avais précisé sans gluten à la commande, j'ai passé la nuit malade, et le traiteur me répond que j'ai dû mal lire le menu.
+ en situation n | I'd said gluten-free when I ordered, I spent the night ill, and the caterer tells me I must have misread the menu.
fr situation n | Mon coloc a utilisé tout mon safran, le vrai, à douze euros le gramme, pour un riz qu'il a fait cramer.
+ en situation n | My flatmate used up all my saffron, the real stuff at twelve euros a gram, on some rice he then burnt.
fr situation n | Le livre de cuisine à trente euros a une coquille énorme : deux cuillères à soupe de sel au lieu de deux pincées. Gâteau bon pour la poubelle.
+ en situation n | The thirty-euro cookbook has a huge misprint: two tablespoons of salt instead of two pinches. Cake straight in the bin.
# situations: pets
fr situation h | Le voisin a encore jeté des os de poulet par-dessus la clôture pour mon chien, alors que je lui ai expliqué que c'est dangereux. Nuit aux urgences vétérinaires.
+ en situation h | The neighbour threw chicken bones over the fence for my dog again, even though I'd explained how dangerous that is. A night at the emergency vet.
fr situation n | L'éleveur m'a vendu un chiot malade avec un carnet de vaccination trafiqué, et maintenant il a bloqué mon numéro.
+ en situation n | The breeder sold me a sick puppy with a doctored vaccination record, and now he's blocked my number.
fr situation n | Des ados ont enfermé le chat de la résidence dans le local à poubelles pour rigoler, on l'a entendu miauler toute la nuit.
+ en situation n | Some teenagers locked the building's cat in the bin room as a joke; we heard it crying all night.
fr situation h | Dix jours de pension payés quatre cents euros, et on me rend ma chienne amaigrie et couverte de puces. Mets-moi quelque chose de bien brutal.
+ en situation h | Ten days of kennels at four hundred euros, and I get my dog back skinny and covered in fleas. Give me something properly brutal.
fr situation n | Son molosse sans laisse a sauté sur mon petit teckel au parc, et le propriétaire m'a expliqué que c'était mon chien qui l'avait cherché.
+ en situation n | His huge dog, off the lead, jumped on my little dachshund in the park, and the owner explained that my dog had started it.
fr situation n | Le gardien veut interdire les chats sur les balcons alors que son berger allemand aboie toute la journée dans la cour.
+ en situation n | The caretaker wants to ban cats from the balconies while his German shepherd barks all day long in the courtyard.
fr situation n | Le vétérinaire de garde a refusé de voir mon lapin parce qu'il ne soigne « que les chiens et les chats », après quarante minutes de route.
+ en situation n | The on-call vet refused to see my rabbit because he only treats dogs and cats, after I'd driven forty minutes to get there.
# situations: children and parenting
fr situation n | Mon fils a dessiné au feutre indélébile sur le mur que je venais de repeindre, puis il a juré que c'était sa sœur de deux ans.
+ en situation n | My son drew in permanent marker on the wall I'd just repainted, then swore it was his two-year-old sister.
fr situation h | Cent vingt euros d'achats dans un jeu avec ma carte, pendant que je faisais à manger. Ma fille de neuf ans dit qu'elle croyait que c'était gratuit.
+ en situation h | A hundred and twenty euros of in-game purchases on my card while I was cooking. My nine-year-old says she thought it was free.
fr situation h | Le parent qui devait ramener les enfants du foot les a laissés devant le stade fermé, sans prévenir personne. Ils avaient huit ans.
+ en situation h | The parent who was supposed to bring the kids back from football left them outside the locked stadium without telling anyone. They were eight.
fr situation n | On paie la nounou pour des activités, et mon fils me raconte qu'il a regardé des vidéos sur son téléphone toute la journée.
+ en situation n | We pay the nanny for activities, and my son tells me he watched videos on her phone all day.
fr situation n | À la crèche, on a donné à ma fille le biberon d'un autre bébé, et la directrice m'a dit que ce n'était « rien du tout ».
+ en situation n | At the nursery they gave my daughter another baby's bottle, and the manager told me it was "nothing at all".
fr situation n | Mon ex avait promis aux enfants de venir à la kermesse ; ils l'ont guetté tout l'après-midi, et le soir il m'écrit que c'est moi qui ai mal donné l'heure. Change la lumière, vas-y.
+ en situation n | My ex promised the kids he'd come to the school fair; they watched for him all afternoon, and that evening he texts me that I gave him the wrong time. Change the lights, go on.
fr situation n | J'ai dit non aux écrans le soir, et mon père a offert une console au petit pour son anniversaire, en ajoutant « ta mère est trop stricte ».
+ en situation n | I said no screens in the evening, and my dad gave the little one a console for his birthday, adding "your mum is too strict".
fr situation n | Pour la troisième fois cette semaine, le bus scolaire a déposé ma fille deux arrêts trop loin, et le transporteur dit qu'il ne peut rien faire.
+ en situation n | For the third time this week, the school bus dropped my daughter off two stops too far, and the bus company says there's nothing they can do.
# situations: partner and dating
fr situation n | Il a encore oublié notre anniversaire de rencontre, et il m'explique que ces dates-là, c'est un truc de magazine.
+ en situation n | He forgot the anniversary of the day we met again, and he explains that dates like that are a magazine thing.
fr situation n | Il m'a posé un lapin à notre premier rendez-vous et me réécrit dix jours plus tard avec un « ça va ? » comme si de rien n'était.
+ en situation n | He stood me up on our first date and texts me ten days later with a "how's it going?" as if nothing had happened.
fr situation h | J'ai découvert qu'elle lisait tous mes messages pendant que je dormais, depuis des mois.
+ en situation h | I found out she's been reading all my messages while I slept, for months.
fr situation n | Il a donné ma place de concert à un collègue parce que, selon lui, je n'avais « pas l'air si motivée que ça ».
+ en situation n | He gave my concert ticket to a colleague because, according to him, I didn't "seem that keen".
fr situation n | Sur l'appli, il avait menti sur tout : l'âge, la taille, le métier. Même le prénom était faux. Mets quelque chose qui tape.
+ en situation n | On the app he'd lied about everything: age, height, job. Even the first name was fake. Put on something that hits.
fr situation n | Trois semaines de vacances chez sa mère, réservées sans me demander. Pour la quatrième année de suite.
+ en situation n | Three weeks of holiday at his mother's, booked without asking me. For the fourth year running.
fr situation n | Chaque fois que je parle de mon travail au dîner, elle sort son téléphone et se met à scroller.
+ en situation n | Every time I talk about my work at dinner, she gets her phone out and starts scrolling.
# situations: friends
fr situation n | Ma copine a posté une photo de moi la bouche pleine, sans demander, et ça fait quarante commentaires qui se moquent.
+ en situation n | My friend posted a photo of me with my mouth full without asking, and there are forty comments making fun of me.
fr situation n | Je lui ai prêté ma robe pour un mariage, elle me la rend avec une brûlure de cigarette sur le devant, en rigolant.
+ en situation n | I lent her my dress for a wedding and she gives it back with a cigarette burn on the front, laughing about it.
fr situation h | Il a raconté à toute la bande que c'est moi qui avais fait capoter le week-end, alors que c'est lui qui n'avait jamais réservé le gîte.
+ en situation h | He told the whole gang I was the one who wrecked the weekend, when he's the one who never booked the cottage.
fr situation n | Cagnotte commune pour le cadeau de Julie, vingt euros chacun, et Marc arrive avec son propre cadeau en se faisant mousser tout seul.
+ en situation n | A group kitty for Julie's present, twenty euros each, and Marc shows up with his own gift and takes all the credit.
fr situation n | Quatrième fois qu'il annule notre soirée jeux au dernier moment, toujours par un SMS de trois mots.
+ en situation n | Fourth time he's cancelled our games night at the last minute, always with a three-word text.
fr situation n | Mon ami a parlé de mon licenciement à tout le monde au barbecue, alors que je lui avais demandé de garder ça pour lui. Ambiance en rapport, merci.
+ en situation n | My friend talked about me being laid off to everyone at the barbecue, after I'd asked him to keep it to himself. Lights to match, thanks.
fr situation n | Elle m'a emprunté mon appareil photo pour ses vacances en Grèce et me le rend avec du sable dans l'objectif et « désolée, il marchait plus ».
+ en situation n | She borrowed my camera for her holiday in Greece and gives it back with sand in the lens and a "sorry, it stopped working".
# situations: extended family
fr situation n | Mon cousin a installé sa caravane dans le jardin de mamie pour tout l'été, sans lui demander, et il lui fait payer l'électricité.
+ en situation n | My cousin parked his caravan in Gran's garden for the whole summer without asking her, and he's got her paying for the electricity.
fr situation h | Au repas du dimanche, mon oncle a encore dit devant ma fille de douze ans qu'elle avait « pris des joues ».
+ en situation h | At Sunday lunch my uncle said again, in front of my twelve-year-old daughter, that she'd "put on weight in the face".
fr situation h | Grand-père est mort il y a une semaine, et ma tante a déjà vidé sa maison avant même le rendez-vous chez le notaire.
+ en situation h | Grandad died a week ago, and my aunt has already cleared out his house before we've even seen the solicitor.
fr situation n | Mon beau-frère a encore emprunté la remorque et me la ramène avec un pneu à plat, sans un mot.
+ en situation n | My brother-in-law borrowed the trailer again and brings it back with a flat tyre, without a word.
fr situation n | Ma mère a donné ma collection de Playmobil à ma cousine sans me demander, sous prétexte que je suis « trop grande pour ça ».
+ en situation n | My mum gave my Playmobil collection to my cousin without asking, on the grounds that I'm "too old for that".
fr situation n | Mon frère fait toujours croire à nos parents qu'il les aide, alors que c'est moi qui fais leurs courses chaque samedi. Mets quelque chose qui bouge.
+ en situation n | My brother always makes our parents think he helps them, when I'm the one doing their shopping every Saturday. Put on something with some punch.
fr situation n | Mon parrain a annoncé au baptême qu'il choisirait lui-même l'école du petit, vu que c'est lui qui paiera.
+ en situation n | My son's godfather announced at the christening that he'd choose the boy's school himself, since he'll be the one paying.
# situations: neighbours
fr situation n | Le voisin d'en face brûle ses déchets verts dans son jardin tous les samedis, et mon linge étendu sent la fumée.
+ en situation n | The neighbour across the road burns his garden waste every Saturday, and my washing on the line stinks of smoke.
fr situation h | Le voisin a installé une caméra braquée pile sur notre terrasse, et il refuse de la tourner.
+ en situation h | The neighbour has put up a camera pointed right at our terrace, and he refuses to turn it.
fr situation n | Leurs sacs-poubelles traînent sur le palier depuis trois jours, toute la cage d'escalier pue, et ils m'ont dit de me mêler de mes affaires.
+ en situation n | Their bin bags have been sitting on the landing for three days, the whole stairwell stinks, and they told me to mind my own business.
fr situation n | Le chien d'à côté aboie de huit heures à dix-neuf heures pendant que ses maîtres sont au travail, et c'est moi qu'ils traitent de râleuse.
+ en situation n | The dog next door barks from eight to seven while its owners are at work, and I'm the one they call a moaner.
fr situation n | Le voisin du dessous a mis un mot dans l'ascenseur pour se plaindre de « la famille bruyante du cinquième ». Mon bébé a trois semaines.
+ en situation n | The downstairs neighbour stuck a note in the lift complaining about "the noisy family on the fifth floor". My baby is three weeks old.
fr situation n | Quelqu'un a branché sa voiture électrique sur la prise du local vélos commun, sur les charges de tout l'immeuble. Lumières, et pas trop douces.
+ en situation n | Someone's been charging their electric car from the socket in the shared bike room, on the whole building's bill. Lights, and not too soft.
fr situation n | Le voisin a coupé les branches de mon cerisier qui dépassaient chez lui, et il les a jetées par-dessus la haie dans ma pelouse.
+ en situation n | The neighbour cut off the branches of my cherry tree that hung over his side and threw them back over the hedge onto my lawn.
# situations: school and exams
fr situation h | Le surveillant a annulé ma copie parce que ma calculatrice était sur la table, même pas allumée.
+ en situation h | The invigilator cancelled my paper because my calculator was on the desk, not even switched on.
fr situation n | La prof a rendu les copies en lisant les notes à voix haute, avec un petit commentaire moqueur sur la mienne.
+ en situation n | The teacher handed the tests back reading the marks out loud, with a snide little remark about mine.
fr situation h | Mon fils a pris une heure de colle pour avoir séparé deux élèves qui frappaient un plus petit.
+ en situation h | My son got a detention for pulling apart two pupils who were beating up a younger boy.
fr situation n | Le contrôle portait sur un chapitre jamais vu en classe, et la prof dit qu'on aurait dû « le lire en autonomie ».
+ en situation n | The test was on a chapter we never covered in class, and the teacher says we should have "read it independently".
fr situation n | Le prof de sport met des zéros à ceux qui ont oublié leurs baskets, mais il ne sait même pas les prénoms de la moitié de la classe.
+ en situation n | The PE teacher gives zeros to anyone who forgets their trainers, but he doesn't even know the names of half the class.
fr situation n | Le collège a organisé le voyage à Londres, et ma fille est exclue parce que son formulaire serait arrivé en retard. Je l'ai déposé moi-même, en avance.
+ en situation n | The school organised the London trip, and my daughter's left out because her form supposedly arrived late. I handed it in myself, early.
fr situation n | Encore un devoir de groupe où j'ai tout fait pendant que les trois autres jouaient sur leur téléphone. Mets-moi une ambiance pour ça.
+ en situation n | Another group assignment where I did everything while the other three played on their phones. Give me a mood for that.
# situations: university
fr situation n | Le prof a annulé son cours pour la quatrième fois sans prévenir, et j'ai fait une heure de route pour trouver la salle vide.
+ en situation n | The lecturer cancelled his class for the fourth time without notice, and I drove an hour to find an empty room.
fr situation h | Mon binôme n'a pas écrit une ligne du projet de tout le semestre, et il a la même note que moi.
+ en situation h | My project partner didn't write a single line all semester, and he got the same mark as me.
fr situation n | La fac a égaré ma copie d'examen et me déclare défaillante, avec rattrapage obligatoire en septembre.
+ en situation n | The university lost my exam paper and marked me absent, with a compulsory resit in September.
fr situation h | Ma directrice de thèse a présenté mes résultats au colloque de Lyon sans même citer mon nom.
+ en situation h | My PhD supervisor presented my results at the Lyon conference without even mentioning my name.
fr situation n | Trois cents euros de frais d'inscription, et la bibliothèque universitaire ferme à dix-huit heures en pleine période d'examens.
+ en situation n | Three hundred euros in enrolment fees, and the university library closes at six in the middle of exam season.
fr situation n | Le résident de la chambre d'à côté au Crous fait cuire du poisson à minuit dans la cuisine commune et laisse tout sale pour le matin.
+ en situation n | The guy in the next room in halls fries fish at midnight in the shared kitchen and leaves it all filthy for the morning.
# situations: office work
fr situation h | La direction impose le retour au bureau cinq jours sur cinq, et le PDG l'annonce en visio depuis sa maison de campagne.
+ en situation h | Management orders everyone back to the office five days a week, and the CEO announces it on a video call from his country house.
fr situation n | Mon collègue a répondu à tous pour me corriger devant quarante personnes, sur un point où c'est lui qui avait tort.
+ en situation n | My colleague hit reply-all to correct me in front of forty people, on a point where he was the one who was wrong.
fr situation n | Deux semaines de congés, et au retour mon bureau près de la fenêtre est pris, mes affaires entassées dans un carton sous l'imprimante.
+ en situation n | Two weeks off, and when I get back my desk by the window has been taken and my things are piled in a box under the printer.
fr situation n | À l'entretien annuel, on me reproche de manquer d'initiative, alors que chacune de mes propositions a été refusée cette année. Mets quelque chose de nerveux.
+ en situation n | At my annual review I'm told I lack initiative, when every single one of my proposals was turned down this year. Put on something edgy.
fr situation n | Le service informatique a bloqué mon compte pour « activité suspecte » le jour de la clôture des comptes, et personne ne répond au ticket.
+ en situation n | IT locked my account for "suspicious activity" on the day of the year-end close, and nobody's answering the ticket.
fr situation n | On m'a demandé de « faire un effort » sur mes horaires, le même mois où j'ai fait quarante heures supplémentaires non payées.
+ en situation n | I was asked to "make an effort" with my hours, the same month I did forty hours of unpaid overtime.
fr situation n | Le stagiaire de la directrice, son neveu, a eu le projet que je demande depuis deux ans.
+ en situation n | The director's intern, who happens to be her nephew, got the project I've been asking for for two years.
# situations: manual trades
fr situation h | Le client refuse de payer la façade parce que la couleur ne lui plaît pas, alors qu'il l'a choisie et signée lui-même sur le nuancier.
+ en situation h | The client won't pay for the front of the house because he doesn't like the colour, when he picked it and signed for it himself on the colour chart.
fr situation h | On m'a vidé la camionnette cette nuit : perceuses, scies, niveaux laser, cinq mille euros d'outils, et je commence un chantier demain.
+ en situation h | Someone emptied my van last night: drills, saws, laser levels, five thousand euros of tools, and I start a job tomorrow.
fr situation n | L'architecte change les plans tous les deux jours, et c'est nous qui passons pour des incapables devant le propriétaire.
+ en situation n | The architect changes the plans every other day, and we're the ones who look useless in front of the owner.
fr situation n | Le fournisseur a livré des plaques de plâtre trempées par la pluie, et il soutient que c'est nous qui les avons mal stockées.
+ en situation n | The supplier delivered plasterboard soaked by the rain, and he insists we were the ones who stored it badly.
fr situation n | Électricien depuis vingt-cinq ans, et un client m'explique mon métier avec une vidéo YouTube de six minutes. Mets-moi une lumière qui cogne.
+ en situation n | Twenty-five years as an electrician, and a client explains my job to me with a six-minute YouTube video. Give me lights that hit hard.
fr situation n | Le patron nous fait remonter sur le toit par grand vent parce que le client est pressé, et il reste au chaud dans sa voiture.
+ en situation n | The boss sends us back up on the roof in a gale because the client's in a hurry, and he stays warm in his car.
fr situation n | Une agence a copié mot pour mot le devis que j'avais fait au client et l'a proposé cinquante euros moins cher.
+ en situation n | Another firm copied the quote I'd given the client word for word and offered it fifty euros cheaper.
# situations: healthcare and hospitals
fr situation h | L'aide-soignant tutoie mon père de quatre-vingt-dix ans, l'appelle « pépé » et lui prend la fourchette des mains comme à un enfant.
+ en situation h | The care assistant talks down to my ninety-year-old father, calls him "grandpa" and takes the fork out of his hand like he's a child.
fr situation n | Le médecin n'a pas levé les yeux de son écran une seule fois pendant que je lui décrivais mes douleurs.
+ en situation n | The doctor didn't look up from his screen once while I was describing my pain to him.
fr situation h | La clinique me facture quatre cents euros de dépassement d'honoraires dont personne ne m'avait parlé avant l'opération.
+ en situation h | The clinic is charging me four hundred euros in extra fees that nobody mentioned to me before the operation.
fr situation n | Aux urgences, un homme ivre hurle des insultes à l'infirmière d'accueil depuis vingt minutes, et personne ne l'arrête. Mets une ambiance qui va avec.
+ en situation n | In A&E, a drunk man has been screaming abuse at the triage nurse for twenty minutes and nobody's stopping him. Set a mood to go with it.
fr situation n | L'hôpital a envoyé le compte rendu de mon IRM à un homonyme, avec tous mes antécédents dedans.
+ en situation n | The hospital sent my MRI report to someone with the same name, with my whole medical history in it.
fr situation n | Le parking de l'hôpital coûte quatorze euros par jour, et ma mère y est hospitalisée depuis un mois.
+ en situation n | The hospital car park costs fourteen euros a day, and my mother's been in there for a month.
# situations: illness and the body
fr situation h | Pendant dix ans, on m'a dit que mes douleurs étaient dans ma tête. C'était une endométriose.
+ en situation h | For ten years I was told my pain was all in my head. It was endometriosis.
fr situation n | Le kiné m'a fait attendre quarante minutes, m'a laissé seul sur la table avec une poche de chaud, et m'a facturé la séance entière.
+ en situation n | The physio kept me waiting forty minutes, left me alone on the table with a heat pack, and charged me for the full session.
fr situation n | La mutuelle refuse de rembourser les lunettes de mon fils parce que le devis n'était pas « au bon format ».
+ en situation n | The health insurer won't pay for my son's glasses because the quote wasn't "in the right format".
fr situation n | Cinq rendez-vous, cinq spécialistes, et chacun me renvoie vers le précédent en disant que ce n'est pas son domaine.
+ en situation n | Five appointments, five specialists, and each one sends me back to the last, saying it's not their area.
fr situation n | En pleine crise de migraine, mon chef m'appelle trois fois pour me demander si je ne pourrais pas « juste me connecter une heure ».
+ en situation n | In the middle of a migraine attack, my boss calls me three times to ask if I couldn't "just log on for an hour".
# situations: sport, amateur and watching
fr situation n | Au tournoi de badminton, mon adversaire conteste chaque point, même les volants qui tombent au milieu de son terrain.
+ en situation n | At the badminton tournament my opponent disputes every point, even the shuttles that land in the middle of his court.
fr situation n | Le club commande les nouveaux maillots et oublie encore les tailles femmes. Troisième saison de suite.
+ en situation n | The club orders the new shirts and forgets the women's sizes again. Third season in a row.
fr situation h | Il a simulé, roulé trois fois par terre en se tenant la jambe, et l'arbitre a expulsé notre défenseur. Lumières de match, s'il te plaît.
+ en situation h | He dived, rolled over three times clutching his leg, and the referee sent off our defender. Match-night lights, please.
fr situation n | À la salle, quelqu'un a laissé cent quarante kilos sur la barre et il est parti se doucher.
+ en situation n | At the gym, someone left a hundred and forty kilos on the bar and went off to shower.
fr situation n | Les organisateurs du trail ont supprimé le ravitaillement du trentième kilomètre sans prévenir, après avoir encaissé soixante euros d'inscription.
+ en situation n | The trail race organisers scrapped the aid station at kilometre thirty without warning, after taking sixty euros in entry fees.
fr situation n | Au match des poussins, le coach adverse crie à ses joueurs de dix ans de « faire mal ».
+ en situation n | At the under-tens match, the other coach is yelling at his ten-year-olds to "hurt them".
# situations: games and video games
fr situation h | Mon fils a écrasé ma sauvegarde, quatre-vingts heures de jeu, pour lancer sa propre partie.
+ en situation h | My son overwrote my save file, eighty hours of play, to start his own game.
fr situation n | Soixante-dix euros le jeu, il sort bourré de bugs, et ils vendent déjà l'extension le jour de la sortie.
+ en situation n | Seventy euros for the game, it comes out riddled with bugs, and they're already selling the expansion on launch day.
fr situation n | Au Monopoly, mon beau-frère pioche dans la banque dès qu'il croit que personne ne regarde, et il nie avec un grand sourire.
+ en situation n | At Monopoly my brother-in-law helps himself from the bank whenever he thinks nobody's looking, and denies it with a big grin.
fr situation n | Un tricheur me tue à travers les murs depuis dix parties, et le bouton de signalement ne sert strictement à rien. Mets quelque chose de saturé.
+ en situation n | A cheater has been killing me through walls for ten matches, and the report button does absolutely nothing. Put on something distorted.
fr situation n | Au tarot, mon partenaire a lâché son roi sur mon petit, exprès, et il a ri toute la donne.
+ en situation n | At tarot, my partner dumped his king on my little trump on purpose, and laughed for the whole hand.
fr situation n | Les serveurs du jeu tombent en panne pile le week-end de l'événement qu'on attendait depuis trois mois.
+ en situation n | The game servers go down right on the weekend of the event we'd been waiting three months for.
# situations: music and concerts
fr situation n | Au concert, le type devant moi a filmé tout le set avec sa tablette levée au-dessus de la tête, impossible de voir la scène.
+ en situation n | At the gig, the guy in front of me filmed the whole set with his tablet held up over his head; I couldn't see the stage at all.
fr situation n | Au local de répète, le bassiste de l'autre groupe débranche mon ampli à chaque fois pour brancher le sien.
+ en situation n | At the rehearsal space, the bass player from the other band unplugs my amp every single time to plug his own in.
fr situation h | Concert annulé le jour même, et on nous rembourse en bons d'achat valables six mois sur leur boutique.
+ en situation h | Gig cancelled on the day, and we get refunded in vouchers valid for six months in their shop.
fr situation n | Les frais de service sur les billets font presque la moitié du prix de la place. Lumières, vas-y.
+ en situation n | The booking fees on the tickets come to almost half the price of the ticket itself. Lights, go on.
fr situation n | Le voisin du dessus a exigé que ma fille arrête le violon à dix-huit heures, alors que lui passe l'aspirateur à vingt-trois heures.
+ en situation n | The upstairs neighbour demanded my daughter stop playing the violin at six, while he vacuums at eleven at night.
# situations: films, series and books
fr situation n | Mon collègue m'a raconté la fin de la saison en arrivant le matin, alors que je lui avais dit la veille que je ne l'avais pas vue.
+ en situation n | My colleague told me the end of the season first thing in the morning, when I'd told him the day before I hadn't seen it.
fr situation n | Le roman acheté hier a trente pages en double et trente qui manquent, et la librairie refuse l'échange sans ticket.
+ en situation n | The novel I bought yesterday has thirty pages printed twice and thirty missing, and the bookshop won't swap it without a receipt.
fr situation n | Vingt-cinq minutes de pubs avant le film, puis panne de projecteur au bout d'une heure, et on repart sans remboursement.
+ en situation n | Twenty-five minutes of ads before the film, then the projector breaks down after an hour, and we leave with no refund.
fr situation n | La plateforme augmente encore son abonnement et ajoute des pubs dans l'offre qu'on paie déjà. Mets-moi une ambiance à la hauteur.
+ en situation n | The streaming service is raising its price again and adding ads to the plan we already pay for. Give me a mood to match.
fr situation n | Mon frère m'a rendu l'intégrale de mes mangas avec des pages cornées et un tome en moins, qu'il dit ne jamais avoir eu.
+ en situation n | My brother gave back my complete manga set with dog-eared pages and one volume missing, which he says he never had.
# situations: travel and transport
fr situation n | Ma valise arrive éventrée sur le tapis, et la compagnie me répond que c'est de « l'usure normale ».
+ en situation n | My suitcase comes out on the carousel ripped open, and the airline tells me it's "normal wear and tear".
fr situation h | Le loueur me facture trois cents euros pour une rayure qui était déjà là, et bien sûr il ne l'avait pas notée au départ.
+ en situation h | The rental company is charging me three hundred euros for a scratch that was already there, and of course he didn't note it when I picked the car up.
fr situation n | Amende dans le train parce que mon billet était sur mon téléphone et que la batterie a lâché, alors que je montrais la confirmation sur la montre.
+ en situation n | A fine on the train because my ticket was on my phone and the battery died, even though I was showing the confirmation on my watch.
fr situation h | Le bateau pour l'île est parti avec dix minutes d'avance. On était sur le quai avec les valises.
+ en situation h | The ferry to the island left ten minutes early. We were standing on the quay with our suitcases.
fr situation n | Quatre heures de retard à Roissy, et le seul sandwich encore en vente coûte onze euros.
+ en situation n | Four hours' delay at Charles de Gaulle, and the only sandwich left for sale costs eleven euros.
fr situation n | Le chauffeur du car a refusé mon vélo plié alors que la réservation le mentionnait noir sur blanc. Mets une lumière qui va avec.
+ en situation n | The coach driver refused my folding bike even though the booking said so in black and white. Put on lights that go with it.
# situations: cars and driving
fr situation n | Un camion de livraison bloque toute la rue pour vingt minutes, et le chauffeur me fait un doigt parce que j'ai klaxonné.
+ en situation n | A delivery lorry blocks the whole street for twenty minutes, and the driver gives me the finger because I beeped.
fr situation n | Flashé à cinquante-trois dans une descente, sur une route où la limitation change tous les cent mètres.
+ en situation n | Flashed doing fifty-three downhill, on a road where the speed limit changes every hundred metres.
fr situation h | On m'a arraché le rétroviseur sur le parking du supermarché, et la personne est partie sans laisser un mot.
+ en situation h | Someone knocked my wing mirror clean off in the supermarket car park and drove off without leaving a note.
fr situation n | Le garage me rend la voiture avec un nouveau bruit, des traces de cambouis sur les sièges, et une facture plus chère que le devis.
+ en situation n | The garage gives me the car back with a new noise, grease marks on the seats, and a bill higher than the quote.
fr situation n | À la station, le type derrière moi a klaxonné pendant que je payais, puis il m'a doublée pour prendre la pompe qui se libérait.
+ en situation n | At the petrol station the guy behind me honked while I was paying, then pushed past to grab the pump that had just come free.
fr situation n | Le moniteur d'auto-école a passé ma leçon au téléphone avec sa femme, et il me la fait quand même payer quarante-cinq euros.
+ en situation n | The driving instructor spent my lesson on the phone to his wife, and he's still making me pay forty-five euros for it.
# situations: weather and nature
fr situation h | Des chasseurs ont tiré à cent mètres du jardin pendant que les enfants jouaient dehors, et ils m'ont ri au nez quand je suis allée les voir.
+ en situation h | Hunters were shooting a hundred metres from the garden while the kids played outside, and they laughed in my face when I went over.
fr situation n | Quelqu'un a déversé une remorque entière de gravats et de vieux pots de peinture dans le bois derrière chez nous.
+ en situation n | Someone dumped a whole trailer load of rubble and old paint tins in the woods behind our house.
fr situation n | Restrictions d'eau pour tout le village, et le golf d'à côté arrose ses greens en plein midi.
+ en situation n | Water restrictions for the whole village, and the golf course next door is watering its greens at midday.
fr situation n | La météo annonçait grand soleil, j'ai annulé le barnum, et l'averse a noyé les cinquante invités du baptême. Je suis en pétard contre ce site.
+ en situation n | The forecast said full sun, I cancelled the marquee, and the downpour soaked all fifty christening guests. I'm livid with that website.
fr situation n | Des motards font des rodéos dans la réserve naturelle tous les dimanches, et les gardes disent qu'ils n'ont pas les moyens d'intervenir.
+ en situation n | Bikers tear around the nature reserve every Sunday, and the wardens say they don't have the means to step in.
# situations: gardening
fr situation h | Le jardinier payé pour tailler la haie a rasé mon rosier de vingt ans au niveau du sol.
+ en situation h | The gardener I paid to trim the hedge cut my twenty-year-old rosebush down to the ground.
fr situation n | Ma belle-mère a arraché mes semis de carottes en croyant désherber, après que je lui ai dit trois fois de ne pas toucher à ce carré.
+ en situation n | My mother-in-law pulled up my carrot seedlings thinking she was weeding, after I'd told her three times not to touch that bed.
fr situation n | Le voisin vide son seau de mauvaises herbes par-dessus la clôture, directement sur mes fraisiers.
+ en situation n | The neighbour tips his bucket of weeds over the fence straight onto my strawberry plants.
fr situation n | La jardinerie m'a vendu des bulbes de « tulipes perroquet » ; il est sorti quarante oignons. Des oignons. Mets une ambiance, tiens.
+ en situation n | The garden centre sold me "parrot tulip" bulbs; forty onions came up. Onions. Set a mood, go on.
fr situation n | Les services techniques ont tondu la prairie fleurie du square en pleine floraison, juste avant la fête des enfants qui l'avaient semée.
+ en situation n | The council's maintenance team mowed the wildflower meadow in the square in full bloom, just before the party for the kids who'd sown it.
# situations: money and bills
fr situation h | Facture d'électricité triplée sur une « estimation », alors que le compteur est censé être relevé à distance.
+ en situation h | Electricity bill tripled on an "estimate", when the meter is supposed to be read remotely.
fr situation n | Le banquier m'a fait souscrire une assurance que je n'ai jamais demandée, cachée dans les papiers du prêt.
+ en situation n | The bank adviser signed me up for insurance I never asked for, buried in the loan paperwork.
fr situation n | On me réclame la taxe foncière d'un appartement que j'ai vendu il y a deux ans, avec majoration.
+ en situation n | I'm being chased for property tax on a flat I sold two years ago, with a late penalty on top.
fr situation n | Mon ancien employeur me doit encore mon dernier salaire depuis trois mois, et la comptable ne répond plus.
+ en situation n | My old employer still owes me my last month's pay after three months, and the accountant has stopped answering.
fr situation n | La salle de sport continue de me prélever huit mois après ma résiliation en recommandé. Mets un truc qui claque.
+ en situation n | The gym is still taking money from my account eight months after I cancelled by registered letter. Put on something that slaps.
# situations: administration and paperwork
fr situation h | Le site des impôts a planté au moment de valider, et maintenant on m'annonce une pénalité de retard de dix pour cent.
+ en situation h | The tax website crashed just as I hit submit, and now they're telling me I've got a ten per cent late penalty.
fr situation n | Rendez-vous en préfecture uniquement en ligne, aucun créneau depuis trois mois, et mon titre de séjour expire vendredi.
+ en situation n | Prefecture appointments are online only, not a single slot in three months, and my residence permit runs out on Friday.
fr situation n | Un formulaire de douze pages à remplir à la main, pour qu'on me réponde qu'il fallait la version en ligne.
+ en situation n | A twelve-page form to fill in by hand, only to be told I needed the online version.
fr situation n | La mairie a écrit mon nom de travers sur le livret de famille, et pour corriger il faut passer devant un juge.
+ en situation n | The town hall spelled my name wrong in the family record book, and to fix it I have to go before a judge.
fr situation n | L'agent au guichet a fermé à onze heures cinquante-cinq pile, alors que j'étais le suivant après quarante minutes d'attente.
+ en situation n | The clerk shut the counter at eleven fifty-five on the dot, when I was next after forty minutes of queuing.
# situations: technology and phones
fr situation h | Le vendeur m'a juré que ce chargeur était compatible. Il a grillé mon téléphone en une nuit, et la boutique refuse de reprendre quoi que ce soit.
+ en situation h | The salesman swore this charger was compatible. It fried my phone overnight, and the shop refuses to take anything back.
fr situation n | Créer un compte, valider le mail, recevoir le code par SMS, retaper le code, et puis : « service momentanément indisponible ».
+ en situation n | Create an account, confirm the email, get the code by text, type the code in, and then: "service temporarily unavailable".
fr situation n | L'ordinateur a redémarré tout seul pour une mise à jour en pleine visio avec le plus gros client de l'année.
+ en situation n | The computer restarted by itself for an update in the middle of a video call with the biggest client of the year.
fr situation n | Le réparateur a posé un écran de contrefaçon et me l'a facturé au prix de l'original. Ambiance assortie, s'il te plaît.
+ en situation n | The repair shop fitted a knock-off screen and charged me the price of the original. Matching mood, please.
# situations: internet and social media
fr situation h | Quelqu'un a pris les photos de ma fille sur mon compte pour créer un faux profil.
+ en situation h | Someone took photos of my daughter from my account to make a fake profile.
fr situation n | Trente commentaires haineux sous la vidéo de mon fils qui chante à la fête de l'école, tous d'adultes.
+ en situation n | Thirty hateful comments under the video of my son singing at the school concert, all from adults.
fr situation n | Une grosse page a repris ma recette et mes photos sans me citer, et ils ont cent fois plus de likes que moi.
+ en situation n | A big page reposted my recipe and my photos without crediting me, and they've got a hundred times more likes than I have.
fr situation n | Mon appel aux dons pour le refuge a été supprimé pour « contenu trompeur », pendant que les arnaques restent en ligne.
+ en situation n | My fundraising post for the animal shelter was removed as "misleading content", while the scams stay up.
# situations: shopping
fr situation n | Quatre euros en rayon, six euros en caisse, et la caissière me dit que l'étiquette, « ça ne compte pas ».
+ en situation n | Four euros on the shelf, six at the till, and the cashier tells me the label "doesn't count".
fr situation n | Le vendeur m'a ignorée dix minutes pour finir sa conversation au téléphone, puis m'a dit que le magasin fermait.
+ en situation n | The sales assistant ignored me for ten minutes to finish his phone call, then told me the shop was closing.
fr situation n | Moins soixante-dix pour cent pendant les soldes, sauf que le prix avait été doublé la semaine d'avant. Mets quelque chose de rageur.
+ en situation n | Seventy per cent off in the sale, except the price had been doubled the week before. Put on something furious.
fr situation n | Le vigile m'a suivi dans chaque rayon pendant vingt minutes, et il n'a suivi que moi.
+ en situation n | The security guard followed me down every aisle for twenty minutes, and I was the only one he followed.
# situations: moving house
fr situation n | Le camion loué devait être là à huit heures. Neuf heures, dix heures, rien, et l'agence nous dit de rappeler lundi.
+ en situation n | The hired van was supposed to be here at eight. Nine, ten, nothing, and the agency tells us to call back on Monday.
fr situation n | Six copains avaient juré de m'aider à déménager. Un seul est venu, et il est reparti à midi pour un apéro.
+ en situation n | Six mates swore they'd help me move. One turned up, and he left at noon for drinks.
fr situation n | L'acheteur de notre maison nous réclame le prix d'un évier qu'il a cassé lui-même en faisant ses travaux.
+ en situation n | The buyer of our house is demanding we pay for a sink he broke himself while doing his renovations.
fr situation h | Les déménageurs ont laissé le frigo en plein soleil sur le trottoir pendant leur pause de deux heures, avec tout dedans.
+ en situation h | The movers left the fridge out on the pavement in full sun during their two-hour break, with everything still inside.
# situations: holidays and celebrations
fr situation n | Mon frère a ouvert mon cadeau d'anniversaire avant moi et a raconté la surprise à toute la table.
+ en situation n | My brother opened my birthday present before me and told the whole table what the surprise was.
fr situation n | Le feu d'artifice du 14 Juillet est annulé faute de budget, et on apprend que la mairie finance un festival privé le même soir.
+ en situation n | The Bastille Day fireworks are cancelled for lack of budget, and we find out the council is funding a private festival the same night.
fr situation n | Pétards toute la nuit du réveillon sous nos fenêtres, et ce matin mon chien tremble encore sous le lit. Lumière de circonstance.
+ en situation n | Firecrackers all night on New Year's Eve under our windows, and this morning my dog is still shaking under the bed. Lights to suit.
fr situation n | Ma belle-sœur a annoncé sa grossesse en plein discours au mariage de mon frère, et toute l'attention s'est tournée vers elle.
+ en situation n | My sister-in-law announced her pregnancy in the middle of the speeches at my brother's wedding, and all the attention swung to her.
# situations: religion and rituals
fr situation n | Après six mois de préparation, le curé refuse de baptiser ma fille parce qu'on n'est pas mariés.
+ en situation n | After six months of preparation, the priest refuses to baptise my daughter because we're not married.
fr situation h | Quelqu'un a tagué des insultes sur le mur de la mosquée du quartier en plein ramadan.
+ en situation h | Someone sprayed insults on the wall of the neighbourhood mosque in the middle of Ramadan.
fr situation n | Des touristes prennent des selfies en short au milieu de la messe de funérailles de mon oncle, sans baisser la voix.
+ en situation n | Tourists in shorts are taking selfies in the middle of my uncle's funeral mass, without even lowering their voices.
fr situation n | Le photographe du mariage de ma cousine était ivre avant la cérémonie, et la moitié des photos sont floues.
+ en situation n | The photographer at my cousin's wedding was drunk before the ceremony, and half the photos are blurred.
# situations: old age and grandparents
fr situation h | Un démarcheur a fait signer à mamie, quatre-vingt-sept ans, un contrat de panneaux solaires à vingt mille euros.
+ en situation h | A door-to-door salesman got Gran, eighty-seven, to sign a twenty-thousand-euro contract for solar panels.
fr situation n | La conseillère de la banque a raccroché au nez de mon grand-père parce qu'il n'entendait pas bien et la faisait répéter.
+ en situation n | The bank adviser hung up on my grandad because he couldn't hear well and kept asking her to repeat herself.
fr situation n | Mon oncle ne rend jamais visite à papy, mais il passe chaque mois lui demander de l'argent. Mets une ambiance pour ça.
+ en situation n | My uncle never visits Grandpa, but he drops by every month to ask him for money. Set a mood for that.
# situations: death and funerals
fr situation h | Les pompes funèbres ont ajouté mille euros de « frais annexes » le matin même de l'enterrement.
+ en situation h | The funeral directors added a thousand euros of "extra charges" on the very morning of the funeral.
fr situation h | Mon cousin est venu aux obsèques de mamie pour réclamer ses bijoux, devant le cercueil.
+ en situation h | My cousin came to Gran's funeral to demand her jewellery, right in front of the coffin.
fr situation n | Le cimetière a jeté les fleurs de la tombe de papa au bout de deux jours, « pour l'entretien ».
+ en situation n | The cemetery threw away the flowers on Dad's grave after two days, "for maintenance".
# situations: birth and pregnancy
fr situation h | La sage-femme m'a dit d'arrêter « mon cinéma » pendant que j'accouchais.
+ en situation h | The midwife told me to stop "putting on a show" while I was giving birth.
fr situation h | Le lendemain de l'annonce de ma grossesse, on m'a retiré le projet que je pilotais depuis un an.
+ en situation h | The day after I announced my pregnancy, they took away the project I'd been leading for a year.
fr situation n | La maternité a perdu mon dossier, et on me refait toutes les prises de sang du troisième trimestre.
+ en situation n | The maternity unit lost my file, and I'm having all the third-trimester blood tests done again.
# situations: DIY and repairs
fr situation n | Kit de montage de l'armoire : il manque six vis, et le fabricant me dit de les commander moi-même, frais de port à ma charge.
+ en situation n | Wardrobe flat-pack: six screws missing, and the manufacturer tells me to order them myself, postage at my expense.
fr situation n | Le carreleur a tout posé de travers et me soutient que c'est le mur qui n'est pas droit.
+ en situation n | The tiler laid everything crooked and insists it's the wall that isn't straight.
fr situation n | Mon mari promet de réparer le robinet qui goutte depuis mars. On est en octobre, et il vient d'acheter une nouvelle console. Lumières assorties, s'il te plaît.
+ en situation n | My husband has been promising to fix the dripping tap since March. It's October, and he's just bought a new games console. Matching lights, please.
# situations: night and sleep
fr situation n | Trois heures du matin, le camion de la benne à verre vide ses conteneurs sous ma fenêtre, et je prends mon poste à six heures.
+ en situation n | Three in the morning, the bottle-bank lorry empties its containers under my window, and I start my shift at six.
fr situation n | Mon coloc rentre à quatre heures en chantant et se fait des pâtes en claquant toutes les casseroles.
+ en situation n | My flatmate comes in at four singing and makes himself pasta, banging every pan in the kitchen.
fr situation h | La boîte de nuit d'en bas a obtenu une dérogation jusqu'à six heures, et personne dans l'immeuble n'a été consulté.
+ en situation h | The nightclub downstairs got permission to stay open until six, and nobody in the building was consulted.
# situations: city life
fr situation n | Un livreur en scooter a roulé sur le trottoir et c'est moi qu'il a engueulée parce que j'étais « sur son chemin ».
+ en situation n | A delivery rider came down the pavement on his scooter and shouted at me because I was "in his way".
fr situation n | Les travaux devant chez moi devaient durer deux semaines. Ça fait quatre mois, et je n'ai jamais vu un ouvrier dans la tranchée.
+ en situation n | The roadworks outside my place were meant to last two weeks. It's been four months, and I've never once seen a worker in the trench.
fr situation n | Trois vélos en libre-service jetés en travers de la rampe, et moi avec la poussette, obligée de passer par la route. Mets une lumière qui bouge.
+ en situation n | Three rental bikes dumped across the ramp, and me with the pushchair having to go out into the road. Give me lights with some movement.
# situations: countryside and farming
fr situation n | La coopérative a refusé mon blé pour deux dixièmes d'humidité au-dessus du seuil, et le rachète à moitié prix le lendemain.
+ en situation n | The cooperative rejected my wheat for being two tenths over the moisture limit, then bought it back at half price the next day.
fr situation h | Des chiens errants ont égorgé quatre de mes brebis, et la mairie me dit que c'est à moi de prouver à qui ils appartiennent.
+ en situation h | Stray dogs killed four of my ewes, and the town hall tells me it's up to me to prove who owns them.
fr situation n | Les nouveaux voisins venus de la ville ont porté plainte contre le bruit de mes vaches. Mes vaches, qui étaient là bien avant eux.
+ en situation n | The new neighbours from the city have filed a complaint about the noise from my cows. My cows, who were here long before them.
# situations: sea and mountains
fr situation h | Un skieur m'a percutée à pleine vitesse sur la piste bleue et il est reparti sans même se retourner.
+ en situation h | A skier slammed into me at full speed on the blue run and carried on without even looking back.
fr situation n | Vingt euros la journée pour le parking de la plage, et pas même des toilettes ouvertes.
+ en situation n | Twenty euros a day for the beach car park, and not even an open toilet.
fr situation n | Des randonneurs ont allumé un feu de camp en zone interdite, alors que le risque incendie est maximal depuis une semaine.
+ en situation n | Some hikers lit a campfire in a no-fire zone, when the fire risk has been at maximum for a week.
# situations: hobbies and crafts
fr situation h | Au club de poterie, quelqu'un a ouvert le four en pleine cuisson. Toutes nos pièces de l'année ont éclaté.
+ en situation h | At pottery club someone opened the kiln in the middle of a firing. All our pieces from the year cracked.
fr situation n | Trois mois à tricoter un pull sur commande, et la cliente annule au moment de payer parce qu'elle en a trouvé un moins cher.
+ en situation n | Three months knitting a pullover to order, and the customer cancels when it's time to pay because she found a cheaper one.
fr situation n | Au vide-grenier, un type m'a volé trois figurines de collection pendant que je rendais la monnaie à sa copine.
+ en situation n | At the car boot sale, a guy pinched three collector's figurines while I was giving change to his girlfriend.
# situations: volunteering
fr situation h | À la banque alimentaire, un bénévole se sert dans les colis avant la distribution, et le président ferme les yeux.
+ en situation h | At the food bank a volunteer helps himself from the parcels before they're handed out, and the chairman looks the other way.
fr situation n | La mairie a supprimé la subvention de notre club de foot pour les jeunes du quartier, et inaugure une statue à quatre-vingt mille euros.
+ en situation n | The council cut the grant for our youth football club in the estate, and is unveiling an eighty-thousand-euro statue.
fr situation n | On a repeint la salle des jeunes tout le week-end avec l'asso ; lundi, elle était couverte de tags. Mets-moi une ambiance qui cogne.
+ en situation n | We spent the whole weekend repainting the youth club with the association; by Monday it was covered in graffiti. Give me a mood that hits hard.
# situations: politics and news
fr situation n | Encore une hausse des péages, l'année où les sociétés d'autoroute annoncent des bénéfices records.
+ en situation n | Another motorway toll increase, in the year the motorway companies announce record profits.
fr situation h | Un ministre explique à la télé qu'on vit très bien avec huit cents euros par mois. Lui en touche dix mille.
+ en situation h | A minister explains on TV that you can live perfectly well on eight hundred euros a month. He gets ten thousand.
fr situation n | Le conseil municipal a voté la fermeture de la crèche en dix minutes, sans débat, à vingt-deux heures un jeudi.
+ en situation n | The town council voted to close the nursery in ten minutes, with no debate, at ten o'clock on a Thursday night.
# situations: science and discovery
fr situation h | Un labo concurrent a publié nos résultats, qu'il avait vus en relisant notre article pour la revue.
+ en situation h | A rival lab published our results, which they'd seen while reviewing our paper for the journal.
fr situation n | Le rapport sur la pollution de la rivière est resté trois ans dans un tiroir de la préfecture pendant que les enfants s'y baignaient.
+ en situation n | The report on the river pollution sat in a prefecture drawer for three years while children swam in it.
fr situation n | La chaîne a invité un charlatan pour « débattre » face à une climatologue, avec le même temps de parole.
+ en situation n | The channel invited a quack to "debate" a climate scientist, with equal speaking time.
# long: the mood only clear from the whole
fr long n | Lundi, j'ai signalé la fuite au syndic. Mercredi, on m'a dit que le plombier passerait. Vendredi, il n'était pas passé. Ce matin, c'est le plafond du voisin du dessous qui s'est effondré, et le syndic m'envoie la facture.
+ en long n | On Monday I reported the leak to the managing agent. On Wednesday they said the plumber would come. By Friday he hadn't. This morning the downstairs neighbour's ceiling caved in, and the agent is sending me the bill.
fr long h | J'ai préparé le dossier de subvention pendant trois semaines, le soir après le travail. Ma présidente l'a relu en cinq minutes. Elle l'a envoyé sous son nom. Ce soir, au conseil, elle a été applaudie.
+ en long h | I spent three weeks of evenings after work putting the grant application together. My chairwoman read it over in five minutes. She sent it in under her own name. Tonight, at the board meeting, she got a round of applause.
fr long n | Mon fils attend son vélo d'anniversaire depuis un mois. Le site l'annonçait livré en quarante-huit heures. Le colis est marqué « remis en main propre » depuis lundi. Personne n'a rien reçu, et le service client ferme à dix-sept heures.
+ en long n | My son has been waiting a month for his birthday bike. The website promised delivery in forty-eight hours. The parcel has been marked "handed over in person" since Monday. Nobody received anything, and customer service closes at five.
fr long h | On avait réservé le gîte pour les soixante-dix ans de papa un an à l'avance. Acompte versé, menu choisi. La propriétaire appelle hier : elle l'a loué plus cher à un mariage. Elle propose de nous rembourser. Dans trois mois.
+ en long h | We'd booked the holiday cottage for Dad's seventieth a year in advance. Deposit paid, menu chosen. The owner calls yesterday: she's rented it to a wedding for more money. She's offering to refund us. In three months.
fr long n | J'ai fait la queue trente minutes à la poste pour un recommandé. Au guichet, on me dit que la machine est en panne. Je reviens l'après-midi. Même guichetière, même machine, et elle me demande si j'ai bien pensé à remplir le formulaire.
+ en long n | I queued thirty minutes at the post office to send a registered letter. At the counter, I'm told the machine is broken. I come back in the afternoon. Same clerk, same machine, and she asks whether I remembered to fill in the form.
fr long n | Ma fille a porté son projet de potager à l'école pendant toute l'année. Elle a fait les semis, l'arrosage, les panneaux. À la fête de fin d'année, le directeur a remercié les parents d'élèves du conseil. Elle n'a même pas été citée.
+ en long n | My daughter ran the school vegetable garden project all year. She did the sowing, the watering, the signs. At the end-of-year party, the head thanked the parents on the school council. She wasn't even mentioned.
fr long h | Le chantier de ma cuisine devait durer trois semaines. Ça fait trois mois. L'artisan ne répond plus, il a encaissé soixante pour cent. Hier, je l'ai vu sur les réseaux poser fièrement devant la cuisine d'un autre client.
+ en long h | The work on my kitchen was supposed to take three weeks. It's been three months. The builder doesn't answer anymore, he's pocketed sixty per cent. Yesterday I saw him on social media posing proudly in front of another client's kitchen.
fr long n | Mon équipe de rugby à cinq s'entraîne sur ce terrain depuis dix ans. La mairie nous a prévenus par courrier : il est attribué à un club privé. On l'a appris en trouvant un cadenas sur le portail. Le courrier est arrivé deux jours plus tard.
+ en long n | My touch rugby team has trained on this pitch for ten years. The council informed us by letter: it's been allocated to a private club. We found out when we found a padlock on the gate. The letter arrived two days later.
fr long n | J'ai demandé trois fois à mon colocataire de baisser la musique. La première, il a dit oui. La deuxième, il a fait semblant de ne pas entendre. La troisième, il a monté le son. Mets quelque chose de costaud, franchement.
+ en long n | I asked my flatmate three times to turn the music down. The first time he said yes. The second time he pretended not to hear. The third time he turned it up. Put something heavy on, honestly.
fr long h | Ma mère a attendu six heures aux urgences avec une fracture du poignet. On l'a renvoyée chez elle avec un bandage. Trois jours plus tard, la radio montre que l'os s'est ressoudé de travers. Il faut réopérer, et la clinique ne prend pas de rendez-vous avant juin.
+ en long h | My mother waited six hours in A&E with a broken wrist. They sent her home with a bandage. Three days later the X-ray shows the bone has set crooked. It needs operating on again, and the clinic has no appointments before June.
fr long n | Le club de judo réclame le paiement de l'année complète en septembre. En novembre, le prof démissionne. Les cours sont annulés jusqu'à nouvel ordre. Le trésorier nous explique que la cotisation n'est « pas remboursable ».
+ en long n | The judo club wants the full year paid in September. In November the instructor quits. Classes are cancelled until further notice. The treasurer explains that the membership fee is "non-refundable".
fr long n | J'ai passé la soirée à aider mon voisin à remplir ses papiers de retraite. Deux heures de formulaires. Ce matin, il a déposé une plainte contre mes poules au syndic de copropriété.
+ en long n | I spent the evening helping my neighbour fill in his pension forms. Two hours of paperwork. This morning he filed a complaint about my hens with the residents' association.
fr long h | On avait économisé deux ans pour le voyage au Japon. L'agence a fait faillite une semaine avant le départ. Les billets n'ont jamais été payés à la compagnie. Le gérant, lui, vient d'ouvrir une nouvelle agence sous un autre nom.
+ en long h | We'd saved for two years for the trip to Japan. The travel agency went bust a week before we left. The tickets were never paid to the airline. As for the manager, he's just opened a new agency under another name.
fr long n | Ce matin, ma fille a attendu le car scolaire à l'arrêt pendant quarante minutes dans le froid. Personne n'a prévenu que la ligne était supprimée pour la journée. L'info est sur le site. Le site qui ne s'affiche pas sur son vieux téléphone.
+ en long n | This morning my daughter waited forty minutes at the stop in the cold for the school bus. Nobody said the route was cancelled for the day. The notice is on the website. The website that won't load on her old phone.
fr long n | Le tournoi de pétanque du village existait depuis quarante ans. Cette année, le comité l'a remplacé par un festival de food trucks. On a appris la nouvelle dans le journal. Personne du club n'a été prévenu.
+ en long n | The village pétanque tournament had been going for forty years. This year the committee replaced it with a food-truck festival. We learned about it from the paper. Nobody at the club was told.
fr long n | Je suis arrivée à l'heure au rendez-vous. Le recruteur, vingt-cinq minutes en retard. Il a passé l'entretien à regarder son téléphone. À la fin, il m'a reproché de « manquer d'enthousiasme ».
+ en long n | I arrived on time for the interview. The recruiter was twenty-five minutes late. He spent the interview looking at his phone. At the end, he told me I "lacked enthusiasm".
fr long h | Mon grand-père a travaillé quarante-deux ans à la mine. On lui a promis une pension complète. Aujourd'hui, un courrier lui annonce un « trop-perçu » à rembourser depuis 2019. Il a quatre-vingt-quatre ans, et il m'a tendu la lettre les mains tremblantes.
+ en long h | My grandad worked forty-two years down the mine. He was promised a full pension. Today a letter tells him he's been "overpaid" since 2019 and must pay it back. He's eighty-four, and he handed me the letter with shaking hands.
fr long n | J'ai laissé mon vélo chez le réparateur pour un simple pneu. Il l'a gardé dix jours. Au retour, le dérailleur ne passe plus, les freins frottent, et la facture mentionne une révision complète que je n'ai jamais demandée.
+ en long n | I left my bike at the repair shop for a simple tyre. He kept it ten days. When I got it back the gears wouldn't shift, the brakes were rubbing, and the bill listed a full service I never asked for.
# negation: what remains is anger
fr negation n | Ce n'est pas de la tristesse, ce que je ressens pour ce licenciement. C'est de la colère, pure et simple, contre ceux qui l'ont décidé.
+ en negation n | What I feel about these redundancies isn't sadness. It's anger, pure and simple, at the people who decided them.
fr negation h | Je ne suis pas inquiète pour ma fille, elle va bien. Je suis hors de moi contre l'école qui ne m'a même pas appelée.
+ en negation h | I'm not worried about my daughter, she's fine. I'm beside myself with the school for not even calling me.
fr negation n | Non, je n'ai pas besoin de lumière douce. Je ne suis pas fatigué, je suis remonté contre mon propriétaire.
+ en negation n | No, I don't need soft lighting. I'm not tired, I'm fuming at my landlord.
fr negation n | Ce n'est pas de la nostalgie, le fait qu'ils rasent l'ancien marché couvert. C'est de la rage contre des élus qui n'écoutent personne.
+ en negation n | It's not nostalgia, them knocking down the old covered market. It's rage at councillors who listen to nobody.
fr negation n | Je n'ai pas peur de l'huissier, j'ai juste envie de hurler devant une telle injustice.
+ en negation n | I'm not afraid of the bailiff, I just want to scream at the sheer injustice of it.
fr negation n | Pas de musique relaxante, merci. Je n'ai aucune envie de me détendre, je veux que ça sorte.
+ en negation n | No relaxing music, thanks. I have no wish to unwind, I want to let it out.
fr negation h | Je ne pleure pas de chagrin, je pleure de rage : on m'a traitée de menteuse devant tous mes collègues.
+ en negation h | I'm not crying from sadness, I'm crying with rage: I was called a liar in front of all my colleagues.
fr negation n | Ce n'est pas que je sois déçu par l'arbitre, non. Je suis écœuré, il a volé le match aux gamins.
+ en negation n | It's not that I'm disappointed in the referee, no. I'm sickened, he stole the match from the kids.
fr negation n | Je ne suis pas stressée par le contrôle fiscal. Je suis furieuse qu'on me soupçonne après vingt ans de déclarations propres.
+ en negation n | I'm not stressed about the tax audit. I'm furious that they suspect me after twenty years of clean returns.
fr negation n | Rien de mélancolique là-dedans : ils ont démoli la cabane des enfants sans prévenir, et je bous.
+ en negation n | Nothing wistful about it: they tore down the kids' treehouse without warning, and I'm seething.
fr negation n | Je ne rigole pas et je ne boude pas non plus. Je suis en colère, et je veux que ça se voie dans la pièce.
+ en negation n | I'm not laughing and I'm not sulking either. I'm angry, and I want the room to show it.
fr negation n | Pas triste du tout qu'il soit parti : furieux qu'il ait vidé le compte commun avant.
+ en negation n | Not sad at all that he's gone: furious that he emptied the joint account first.
# mixed: anger dominant
fr mixed n | Un peu triste pour mes élèves, mais surtout enragée contre le rectorat qui supprime la classe en plein mois de juin.
+ en mixed n | A bit sad for my pupils, but above all livid with the education authority for scrapping the class in the middle of June.
fr mixed n | Soulagé que le chien n'ait rien, mais surtout furieux contre le chauffard qui ne s'est même pas arrêté.
+ en mixed n | Relieved the dog's all right, but mostly furious with the driver who didn't even stop.
fr mixed n | J'étais curieuse de goûter ce restaurant étoilé, mais l'accueil méprisant m'a surtout mise en rogne.
+ en mixed n | I was curious to try this Michelin-starred place, but the sneering welcome mostly just made me angry.
fr mixed h | Un peu inquiet pour la suite du chantier, mais avant tout en pétard contre le maçon qui a disparu avec l'acompte.
+ en mixed h | A bit worried about the rest of the build, but above all hopping mad at the bricklayer who vanished with the deposit.
fr mixed n | Contente que les vacances commencent, mais l'aéroport m'a mis les nerfs à vif : trois heures de contrôle pour rien.
+ en mixed n | Glad the holidays are starting, but the airport has frayed my nerves: three hours of security checks for nothing.
fr mixed n | Fier de mon fils qui a tenu bon, mais révolté par l'entraîneur qui l'a humilié devant l'équipe.
+ en mixed n | Proud of my son for holding his ground, but outraged at the coach who humiliated him in front of the team.
fr mixed n | Un peu fatiguée par la journée, mais c'est surtout ce message passif-agressif de ma belle-sœur qui me fait bouillir.
+ en mixed n | A bit tired from the day, but what's really making my blood boil is that passive-aggressive message from my sister-in-law.
fr mixed n | J'ai de la peine pour le vieux chien abandonné, oui, mais surtout une rage folle contre ceux qui l'ont attaché à l'arbre.
+ en mixed n | I feel for the old dog that was dumped, yes, but mostly I'm in a blind rage at whoever tied him to that tree.
fr mixed n | Un peu nostalgique de l'ancien stade, mais surtout écœuré qu'ils l'aient vendu à un promoteur en douce.
+ en mixed n | A bit nostalgic about the old stadium, but mainly disgusted they sold it to a developer on the quiet.
fr mixed n | Heureux d'avoir fini le marathon, mais furax contre l'organisation qui n'avait plus d'eau au vingt-cinquième kilomètre.
+ en mixed n | Happy to have finished the marathon, but livid with the organisers who ran out of water at kilometre twenty-five.
fr mixed n | Un peu amusée au début, puis franchement agacée : le collègue répète mes idées en réunion comme si elles étaient les siennes.
+ en mixed n | A bit amused at first, then properly irritated: my colleague repeats my ideas in meetings as if they were his own.
# slang_emoji
fr slang_emoji h | le livreur a balancé mon colis par-dessus le portail, écran cassé, merci hein 🤬📦
+ en slang_emoji h | delivery guy chucked my parcel over the gate, screen smashed, cheers mate 🤬📦
fr slang_emoji n | ptn le prof a changé la date du partiel sur l'ENT à 23h la veille 😤
+ en slang_emoji n | ffs the prof moved the exam date on the portal at 11pm the night before 😤
fr slang_emoji h | ma soeur a spoil la fin de la série dans le groupe famille, jvais la bloquer 😡😡
+ en slang_emoji h | my sister spoiled the finale in the family group chat, i'm gonna block her 😡😡
fr slang_emoji n | re-panne du wifi pour la 3e fois cette semaine, l'opérateur me prend pour un jambon 🙃💢
+ en slang_emoji n | wifi down for the 3rd time this week, my provider thinks i'm an idiot 🙃💢
fr slang_emoji n | mdr non en fait pas mdr du tout, on m'a piqué mon vélo devant la salle 😠
+ en slang_emoji n | lol no actually not lol at all, someone nicked my bike outside the gym 😠
fr slang_emoji h | le mec me colle au cul sur l'autoroute depuis 10 bornes avec les pleins phares 🤬🚗
+ en slang_emoji h | this guy's been tailgating me on the motorway for 10 km with his full beams on 🤬🚗
fr slang_emoji n | genre ils me facturent la livraison « gratuite » ?? sérieux 😤
+ en slang_emoji n | like they're charging me for "free" delivery?? seriously 😤
fr slang_emoji n | tbh j'ai la rage, mon coéquipier a ragequit à 2-2 en finale 💢🎮
+ en slang_emoji n | tbh i'm raging, my teammate ragequit at 2-2 in the final 💢🎮
fr slang_emoji h | les voisins refont une soirée un mardi, 3h du mat, jvais péter un câble 😡🔊
+ en slang_emoji h | neighbours having another party on a tuesday, 3am, i'm about to lose it 😡🔊
fr slang_emoji n | mon chef m'envoie « petite urgence » à 19h un vendredi. PETITE URGENCE 🙄🔥
+ en slang_emoji n | boss sends me "small emergency" at 7pm on a friday. SMALL EMERGENCY 🙄🔥
# typo
fr typo n | ils ont encor augmenter la cantine de 20 centimes et la bouffe est tjr aussi degeu
+ en typo n | theyve put school dinners up by 20 cents again and the food is stil just as gross
fr typo h | jai attendu le depaneur 3h sur la bande darret urgence et il me dit kil va pas venir
+ en typo h | waited 3 hrs on the hard shoulder for the tow truck and now he says hes not comming
fr typo n | la voisine a encor garé sa voitur sur ma place, jlui ai deja dit 10 fois
+ en typo n | neighbour parkd on my space agian, told her like 10 times alredy
fr typo n | mon boss ma refusé mes conges dete alors ke je les ai posé en janvier
+ en typo n | my boss refused my sumer leave even tho i booked it in january
fr typo h | jsui hors de moi, le garagiste a rayé toute la portiere et il dit ke cetait deja la
+ en typo h | im beside myself, the mechanic scratched the whole door and says it was alredy there
fr typo n | sa fait 3 semaine ke jattend le remboursement et ils me disent de patienter encor
+ en typo n | been waiting 3 weeks for the refund and they keep tellin me to be patient
fr typo n | le bus est passer en avance de 5 min et jai loupé mon entretien dembauche
+ en typo n | bus came 5 min erly and i missed my job interveiw
fr typo n | mon frere a finit ma bouteille de rhum arrangé ke je gardais pour noel, il est grave
+ en typo n | my brohter finished the flavoured rum i was saving for xmas, hes unreal
fr typo n | la banque ma encor prelevé des frai pour rien, jen ai ras le bol
+ en typo n | bank took fees off me agian for nothing, so fed up
# wish: feeling plus colour or brightness request
fr wish h c=red;orange b=bright | Le proprio vient de me dire qu'il garde toute la caution. Rouge et orange à fond, je bous.
+ en wish h c=red;orange b=bright | The landlord just told me he's keeping my whole deposit. Red and orange full blast, I'm seething.
fr wish n c=red b=dim | Je suis énervé contre mon frère, mets du rouge, mais pas trop fort, les petits dorment.
+ en wish n c=red b=dim | I'm wound up about my brother, put some red on, but not too bright, the little ones are asleep.
fr wish h c=red;magenta | Encore un penalty refusé, j'ai la rage. Rouge et magenta, que ça pulse.
+ en wish h c=red;magenta | Another penalty turned down, I'm raging. Red and magenta, make it pulse.
fr wish n c=orange;red b=bright | Trois heures au téléphone avec l'assurance pour rien, balance de l'orange et du rouge bien vifs.
+ en wish n c=orange;red b=bright | Three hours on the phone with the insurer for nothing, blast some bright orange and red.
fr wish n c=red b=bright | Je suis furieuse contre la mairie, allume tout en rouge, plein pot.
+ en wish n c=red b=bright | I'm furious with the council, turn everything red, full whack.
fr wish n c=amber;red | Mon coloc a encore laissé la vaisselle, je suis à bout. Ambre et rouge, s'il te plaît.
+ en wish n c=amber;red | My flatmate's left the washing-up again, I've had it. Amber and red, please.
# explicit: anger named in varied words
fr explicit n | Je suis en colère contre ma banque, vraiment en colère.
+ en explicit n | I'm angry with my bank, really angry.
fr explicit h | Cette histoire de harcèlement me met dans une fureur noire.
+ en explicit h | This harassment business has put me in a black fury.
fr explicit n | Je suis irrité depuis ce matin, tout me hérisse le poil.
+ en explicit n | I've been irritated since this morning, everything's getting my back up.
fr explicit n | J'ai les nerfs, je suis à deux doigts d'exploser contre mon voisin.
+ en explicit n | I'm on edge, I'm this close to blowing up at my neighbour.
fr explicit h | Je suis ivre de rage après ce qu'ils ont fait à ma mère.
+ en explicit h | I'm blind with rage after what they did to my mother.
fr explicit n | Je fulmine depuis la réunion de copropriété.
+ en explicit n | I've been fuming since the residents' meeting.
"""

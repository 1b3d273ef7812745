"""inquietude: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation n | Le bébé hurle depuis trois heures, il a 38,5 de fièvre et le pédiatre ne peut pas le voir avant demain matin.
+ en situation n | The baby's been screaming for three hours, he's running 38.5 and the paediatrician can't see him before tomorrow morning.
en situation n | My neighbour was screaming at someone on the phone last night, and this morning her shutters are still down.
+ fr situation n | Ma voisine hurlait au téléphone hier soir, et ce matin ses volets sont toujours fermés.
fr situation n | Mon fils crie dans son sommeil depuis son retour de stage à l'étranger, et il refuse d'en parler.
+ en situation n | My son has been shouting in his sleep since he got back from his internship abroad, and he won't talk about it.
fr situation n | Les supporters hurlaient dans le train du retour, et ma fille de quinze ans rentre seule par ce train-là dimanche.
+ en situation n | The fans were screaming on the train home, and my fifteen-year-old is coming back alone on that same train on Sunday.

# reaction: pleurer / larmes
fr situation n | Ma mère a pleuré au téléphone sans vouloir dire pourquoi, et elle voit le cancérologue jeudi.
+ en situation n | My mum cried on the phone without saying why, and she sees the oncologist on Thursday.
en situation n | My dad, who never cries, had tears in his eyes when he mentioned his next scan.
+ fr situation n | Mon père, qui ne pleure jamais, avait les larmes aux yeux en parlant de son prochain scanner.
fr mixed n | Des larmes de joie au mariage, mais surtout une boule au ventre : le marié a bu toute la soirée et c'est lui qui conduit demain matin.
+ en mixed n | Happy tears at the wedding, but mostly a knot in my stomach: the groom drank all evening and he's the one driving tomorrow morning.
fr situation n | Elle a pleuré de rire tout le week-end, puis sur le quai elle m'a dit qu'elle ne voulait pas retourner à l'internat. Je ne sais pas ce qui s'y passe.
+ en situation n | She cried with laughter all weekend, then on the platform she told me she didn't want to go back to boarding school. I don't know what's going on there.

# reaction: trembler
fr situation n | La main de papa tremble de plus en plus quand il signe, et le neurologue ne le prend qu'en novembre.
+ en situation n | Dad's hand shakes more and more when he signs things, and the neurologist can't see him until November.
en situation n | The shelves shake every time the freight train goes by, and there's a new crack running down the kitchen wall.
+ fr situation n | Les étagères tremblent à chaque train de marchandises, et une nouvelle fissure descend le long du mur de la cuisine.
fr situation n | Le vieux pont tremble au passage des camions, et le car scolaire de ma fille le traverse deux fois par jour.
+ en situation n | The old bridge shakes when lorries cross it, and my daughter's school bus goes over it twice a day.

# reaction: le cœur qui bat / s'emballe
fr situation n | Mon cœur s'emballe sans raison plusieurs fois par jour depuis une semaine, et le cardiologue n'a rien avant mars.
+ en situation n | My heart's been racing for no reason several times a day for a week, and the cardiologist has nothing before March.
en situation n | My heart jumps every time the school's number comes up, ever since my son started having seizures.
+ fr situation n | Mon cœur fait un bond chaque fois que le numéro de l'école s'affiche, depuis que mon fils fait des crises.
fr situation n | Le cœur qui bat en ouvrant la boîte aux lettres : on attend la lettre des impôts après le contrôle, et on ne sait pas combien ils vont réclamer.
+ en situation n | Heart thumping as I open the letterbox: we're waiting for the tax office's letter after the audit, and we don't know how much they'll claim.

# reaction: les mains moites
fr situation n | Les mains moites dès que je pense au rendez-vous à la banque mardi : le découvert atteint 1 800 euros.
+ en situation n | Sweaty palms whenever I think about the bank appointment on Tuesday: the overdraft is up to 1,800 euros.
en situation n | Sweaty palms all week: my annual review is on Friday, and three people on my team have already been let go.
+ fr situation n | Les mains moites toute la semaine : mon entretien annuel est vendredi, et trois collègues de l'équipe ont déjà été remerciés.
fr situation n | Ma fille a les mains moites et des vertiges depuis qu'elle s'est mise au régime, et elle a encore perdu quatre kilos.
+ en situation n | My daughter has clammy hands and dizzy spells since she started dieting, and she's lost another four kilos.

# reaction: sauter / bondir
fr situation n | Je bondis à chaque notification : mon fils fait Lyon-Marseille en scooter et n'a pas encore donné de nouvelles.
+ en situation n | I jump at every notification: my son is riding his scooter from Lyon to Marseille and hasn't been in touch yet.
en situation n | The little one landed badly jumping off the trampoline yesterday, and his ankle is still swollen this morning.
+ fr situation n | Le petit a mal atterri en sautant du trampoline hier, et sa cheville est toujours gonflée ce matin.
fr situation n | Le chien ne saute plus dans le coffre comme avant, il boit énormément, et la prise de sang n'est que lundi.
+ en situation n | The dog doesn't jump into the boot like he used to, he's drinking loads, and the blood test isn't till Monday.

# reaction: courir
fr situation n | Je cours partout depuis trois semaines, et maintenant une douleur dans la poitrine revient chaque soir.
+ en situation n | I've been rushing around for three weeks, and now there's a pain in my chest that comes back every evening.
en situation n | My daughter ran her first half-marathon and has been limping for ten days; the physio wants an MRI.
+ fr situation n | Ma fille a couru son premier semi-marathon et elle boite depuis dix jours ; le kiné veut une IRM.
fr situation n | Papa court encore tous les matins à 78 ans, mais il est tombé deux fois ce mois-ci sans savoir pourquoi.
+ en situation n | Dad still goes running every morning at 78, but he's fallen twice this month without knowing why.

# reaction: rire / fou rire
fr situation n | Ils rient fort dans le salon, mais j'ai trouvé la lettre de licenciement de mon mari dans la poubelle et il ne m'a rien dit.
+ en situation n | They're laughing loudly in the living room, but I found my husband's dismissal letter in the bin and he hasn't said a word.
en situation n | We laughed it off at first, but Grandma has now asked three times today what year it is.
+ fr situation n | On en a ri au début, mais aujourd'hui mamie a demandé trois fois en quelle année on était.
fr situation n | Le fou rire du dîner est vite retombé : mon frère part six mois sur une plateforme pétrolière en mer du Nord, en plein hiver.
+ en situation n | The giggles at dinner died down fast: my brother is off to an oil rig in the North Sea for six months, in the middle of winter.

# reaction: le souffle coupé
fr situation n | Ma mère a le souffle court au bout de trois marches, et elle refuse de voir un médecin avant Noël.
+ en situation n | Mum is out of breath after three steps, and she won't see a doctor before Christmas.
en situation n | The view took my breath away, but the guide still hasn't come back down from the ridge and the fog is rolling in.
+ fr situation n | La vue m'a coupé le souffle, mais le guide n'est toujours pas redescendu de la crête et le brouillard monte.
fr situation n | Le souffle coupé en lisant le devis de la toiture : 24 000 euros, et on ne sait pas si la banque suivra.
+ en situation n | It knocked the wind out of me reading the roofing quote: 24,000 euros, and we don't know if the bank will lend it.

# reaction: sans voix
fr situation n | Sans voix depuis quatre jours, et l'ORL ne me reçoit que dans trois semaines. Je suis chanteuse, la tournée commence en mai.
+ en situation n | No voice for four days, and the ENT can't see me for three weeks. I'm a singer, and the tour starts in May.
en situation n | I was speechless when the doctor said "we'll need to run more tests" and wouldn't say what for.
+ fr situation n | Je suis restée sans voix quand le médecin a dit « il faudra d'autres examens » sans vouloir préciser lesquels.
fr situation n | Mon frère est resté sans voix quand j'ai parlé de ses dettes, et depuis il ne décroche plus.
+ en situation n | My brother went silent when I brought up his debts, and he hasn't picked up since.

# reaction: je n'en reviens pas
fr situation n | Je n'en reviens pas de la vitesse à laquelle la rivière monte, et la maison de mes parents est juste en contrebas.
+ en situation n | I can't believe how fast the river is rising, and my parents' house is right below it.
en situation n | I can't get over how thin my brother looked on the video call, and he won't tell us anything about his health.
+ fr situation n | Je n'en reviens pas de sa maigreur pendant l'appel vidéo, et mon frère refuse de nous dire quoi que ce soit sur sa santé.
fr mixed n | J'en reviens pas qu'on ait eu le prêt, mais avec les rumeurs de fermeture de l'usine, je me demande surtout comment on va rembourser.
+ en mixed n | Can't believe we got the loan, but with the rumours about the factory closing, mostly I wonder how we'll pay it back.

# reaction: pas dormi de la nuit
fr situation n | Pas dormi de la nuit : l'IRM de ma fille est à 9 h, et le radiologue a parlé d'une « tache » au téléphone.
+ en situation n | Didn't sleep all night: my daughter's MRI is at 9, and the radiologist mentioned a "shadow" on the phone.
en situation n | Couldn't sleep: my teenager's best friend posted something really dark on Instagram, and I don't know whether to call her parents.
+ fr situation n | Impossible de dormir : la meilleure amie de ma fille a posté un message très sombre sur Instagram, et je ne sais pas si je dois appeler ses parents.
fr typo n | pas dormi d la nuit, mon mari est en mer depuis 5 jours et la meteo annonce un coup de vent force 9 sur sa zone
+ en typo n | didnt sleep all nite, my husband's been at sea 5 days and the forecast says force 9 gale in his area

# reaction: les jambes en coton
fr situation n | Les jambes en coton depuis ce matin, des fourmis dans les mains, et le généraliste veut me faire passer un scanner.
+ en situation n | Legs like jelly since this morning, pins and needles in my hands, and the GP wants me to have a scan.
en situation n | Legs like jelly walking into the bank: they asked to see us "about your loan" without saying why.
+ fr situation n | Les jambes en coton en entrant à la banque : ils veulent nous voir « au sujet de votre prêt », sans dire pourquoi.
fr situation n | Mamie a les jambes en coton depuis son nouveau traitement, et elle vit seule au deuxième sans ascenseur.
+ en situation n | Gran's legs have gone weak since her new treatment, and she lives alone on the second floor with no lift.

# reaction: la gorge serrée
fr situation n | La gorge serrée en déposant mon fils en colo : il fait de l'asthme et le premier hôpital est à 40 km.
+ en situation n | Throat tight as I dropped my son at summer camp: he has asthma and the nearest hospital is 40 km away.
en situation n | Lump in my throat reading the school's text: "please call us about your daughter's behaviour", and nothing else.
+ fr situation n | La gorge serrée en lisant le SMS de l'école : « merci de nous appeler au sujet du comportement de votre fille », rien de plus.
fr situation n | Gorge serrée devant les cartons chez mes parents : ils parlent de vendre la maison, et papa refuse de dire pourquoi.
+ en situation n | Lump in my throat at the boxes in my parents' house: they're talking about selling, and Dad won't say why.

# reaction: le ventre noué
fr situation n | Le ventre noué toute la journée : le plan social doit être présenté aux syndicats demain matin.
+ en situation n | Stomach in knots all day: the redundancy plan is being presented to the unions tomorrow morning.
en situation n | Knot in my stomach, my seventeen-year-old has taken the car for his first drive alone on the motorway.
+ fr situation n | Le ventre noué, mon fils de dix-sept ans a pris la voiture pour sa première fois seul sur l'autoroute.
fr slang_emoji n | ventre noué 😬 ma sœur a arrêté ses médocs d'un coup et elle répond plus à personne depuis hier
+ en slang_emoji n | stomach in knots 😬 my sister stopped her meds just like that and hasn't answered anyone since yesterday

# reaction: frissons / chair de poule
fr situation n | Des frissons depuis deux jours, 39 de fièvre, et je rentre d'un voyage dans une zone à paludisme.
+ en situation n | Shivering for two days, a 39-degree fever, and I've just come back from a trip to a malaria area.
en situation n | Goosebumps, and not the good kind: the same car has been parked by the school gate every afternoon this week.
+ fr situation n | La chair de poule, et pas pour de bonnes raisons : la même voiture est garée devant l'école tous les après-midi cette semaine.
fr situation n | Chair de poule en écoutant la météo : alerte orange orages, et mon fils campe ce soir en Ardèche, au bord de la rivière.
+ en situation n | Goosebumps listening to the forecast: amber storm warning, and my son is camping tonight in the Ardèche, right by the river.

# reaction: serrer les poings
fr situation l | Je serre les poings dans mes poches à l'arrêt : le car de ma fille a quarante minutes de retard et la compagnie ne sait pas où il est.
+ en situation l | Fists clenched in my pockets at the stop: my daughter's coach is forty minutes late and the company doesn't know where it is.
en situation n | My son clenches his fists and grinds his teeth in his sleep; the dentist says it's stress, and he won't tell me what's wrong.
+ fr situation n | Mon fils serre les poings et grince des dents en dormant ; le dentiste parle de stress, et il refuse de me dire ce qui ne va pas.

# reaction: claquer la porte
fr situation n | Les volets claquent toute la nuit, le grand chêne penche vers la chambre des enfants, et la tempête doit forcir demain.
+ en situation n | The shutters banged all night, the big oak is leaning towards the kids' room, and the storm is meant to get worse tomorrow.
en situation n | My flatmate slammed her door and has been crying for hours; there's an unopened letter from the hospital on the table.
+ fr situation n | Ma coloc a claqué sa porte et pleure depuis des heures ; une lettre de l'hôpital, pas ouverte, traîne sur la table.

# reaction: rougir
fr situation n | La cicatrice de mon opération rougit et chauffe depuis hier, et le chirurgien est en congé jusqu'à lundi.
+ en situation n | My surgery scar has been red and hot since yesterday, and the surgeon is on leave until Monday.
en situation n | My son blushed and changed the subject when I asked about his grades; the school report comes next week.
+ fr situation n | Mon fils a rougi et changé de sujet quand j'ai demandé ses notes ; le bulletin arrive la semaine prochaine.
fr situation n | Des plaques rouges s'étendent sur le ventre du bébé depuis ce matin, et le pédiatre ne la voit que demain après-midi.
+ en situation n | Red patches have been spreading over the baby's tummy since this morning, and the paediatrician can't see her till tomorrow afternoon.

# reaction: silence
fr situation n | Silence radio de mon père depuis samedi, lui qui m'appelle tous les jours à midi pile.
+ en situation n | Radio silence from my dad since Saturday, and he calls me every day at noon on the dot.
en situation n | Six weeks of silence from the adoption agency, when they used to answer within a day.
+ fr situation n | Six semaines de silence de l'organisme d'adoption, alors qu'ils répondaient en une journée.
fr situation n | Un silence bizarre dans la salle d'attente quand l'infirmière a appelé mon nom pour « parler des résultats ». Baisse un peu les lumières.
+ en situation n | A strange hush in the waiting room when the nurse called my name to "talk about the results". Turn the lights down a bit.

# reaction: immobile
fr situation n | Le chat reste immobile sous le lit depuis ce matin et refuse même ses croquettes préférées.
+ en situation n | The cat has been lying motionless under the bed since this morning and won't even touch his favourite biscuits.
en situation n | Grandad sat motionless in his armchair all afternoon and didn't recognise the neighbour he's known for forty years.
+ fr situation n | Papi est resté immobile dans son fauteuil tout l'après-midi et n'a pas reconnu le voisin qu'il connaît depuis quarante ans.
fr situation n | La file ne bouge plus depuis une heure au contrôle, et notre correspondance pour Montréal part dans quarante minutes.
+ en situation n | The security queue hasn't moved for an hour, and our connection to Montreal leaves in forty minutes.

# reaction: fixer le plafond
fr situation n | Deux heures que je fixe le plafond : la tache d'humidité s'agrandit et l'expert de l'assurance ne passe que dans un mois.
+ en situation n | Two hours staring at the ceiling: the damp patch keeps spreading and the insurance assessor won't come for a month.
en situation n | Staring at the ceiling at 3 a.m., doing the rent maths in case my contract isn't renewed in June.
+ fr situation n | Les yeux au plafond à 3 h du matin, à refaire le calcul du loyer au cas où mon contrat ne serait pas renouvelé en juin.

# reaction: soupirer
fr situation n | Le garagiste a soupiré longtemps sous le capot avant de dire qu'il devait « regarder de plus près ».
+ en situation n | The mechanic sighed for ages under the bonnet before saying he'd have to "take a closer look".
en situation n | The sonographer sighed at the screen and said she'd like another scan next week, "just to check".
+ fr situation n | L'échographiste a soupiré devant l'écran et veut refaire une écho la semaine prochaine, « juste pour vérifier ».
fr situation n | Ma femme soupire tous les soirs devant les relevés de compte, et elle ne veut plus en parler.
+ en situation n | My wife sighs over the bank statements every evening, and she won't talk about it anymore.

# reaction: sourire
fr situation n | Le médecin souriait, mais il veut revoir mon mari en urgence la semaine prochaine.
+ en situation n | The doctor was smiling, but he wants to see my husband again urgently next week.
en situation n | My daughter keeps smiling in her photos from Bangkok, but she hasn't answered a single message in four days.
+ fr situation n | Ma fille sourit sur toutes ses photos de Bangkok, mais elle n'a répondu à aucun message depuis quatre jours.
fr situation n | Il sourit sur toutes les photos de la colo, mais la directrice vient d'appeler pour parler de « son comportement ».
+ en situation n | He's smiling in every photo from camp, but the director has just called to talk about "his behaviour".

# reaction: enfin
fr situation n | Enfin un rendez-vous chez le spécialiste, mais c'est dans cinq mois, et la douleur empire chaque semaine.
+ en situation n | Finally an appointment with the specialist, but it's in five months, and the pain gets worse every week.
en mixed n | Finally got the job abroad, but Mum's alone now and her memory keeps slipping; that's what I think about most.
+ fr mixed n | J'ai enfin décroché le poste à l'étranger, mais maman est seule maintenant et sa mémoire flanche ; c'est surtout à ça que je pense.
fr situation n | Il pleut enfin après trois mois de sécheresse, mais si fort que la digue derrière le lotissement commence à suinter.
+ en situation n | It's finally raining after three months of drought, but so hard that the dyke behind the estate is starting to seep.

# reaction: encore
fr situation n | Encore un saignement de nez chez le petit, le troisième cette semaine, et la prise de sang n'est que jeudi.
+ en situation n | Another nosebleed for the little one, the third this week, and the blood test isn't till Thursday.
en situation n | Another round of layoffs announced at head office, and our branch is the smallest one left.
+ fr situation n | Encore une vague de licenciements annoncée au siège, et notre agence est la plus petite qui reste.
fr situation n | Papa a encore oublié le gaz allumé, deuxième fois cette semaine, et il vit seul.
+ en situation n | Dad left the gas on again, second time this week, and he lives alone.

# reaction: toujours
fr situation n | Toujours pas de nouvelles de la clinique : l'opération de la chienne devait durer une heure, ça fait trois heures.
+ en situation n | Still no word from the vet clinic: the dog's operation was supposed to take an hour, and it's been three.
en situation n | My son still hasn't found a room, and term starts in Paris in nine days.
+ fr situation n | Mon fils n'a toujours pas trouvé de chambre, et la rentrée à Paris est dans neuf jours.
fr situation n | Elle tousse toujours, six semaines après sa grippe, et elle n'a plus d'appétit. Mets-moi une ambiance.
+ en situation n | She's still coughing six weeks after the flu, and she's lost her appetite. Set the mood for that.

# reaction: jamais
fr situation n | Mon mari n'est jamais en retard, et là il a une heure de retard sans répondre, par ce verglas.
+ en situation n | My husband is never late, and now he's an hour late and not answering, in this ice.
en situation n | Our dog has never growled at the kids before, and this week he's snapped at them twice.
+ fr situation n | Notre chien n'avait jamais grogné sur les enfants, et cette semaine il a essayé de les mordre deux fois.
fr situation n | Jamais eu de découvert de ma vie, et on est le 12 avec 37 euros sur le compte.
+ en situation n | Never been overdrawn in my life, and it's the 12th with 37 euros in the account.

# reaction: d'un coup / tout à coup
fr situation n | D'un coup, ma vue s'est brouillée d'un côté pendant dix minutes, puis c'est revenu. Le médecin me voit demain.
+ en situation n | Suddenly my vision went blurry on one side for ten minutes, then came back. The doctor's seeing me tomorrow.
en situation n | All of a sudden the car started making a grinding noise, and we've got 600 km to drive tomorrow with the kids.
+ fr situation n | Tout à coup, la voiture fait un bruit de ferraille, et on a 600 km à faire demain avec les enfants.
fr situation n | Tout à coup, trois brebis se sont mises à boiter dans la même semaine, et le véto parle d'une maladie qui circule dans le canton.
+ en situation n | Suddenly three ewes started limping in the same week, and the vet mentions a disease going round the area.

# reaction: incroyable / fou / dingue
fr situation n | C'est fou comme la rivière a monté depuis ce matin, et on annonce encore deux jours de pluie.
+ en situation n | It's crazy how much the river has risen since this morning, and there are two more days of rain forecast.
en situation n | It's insane how fast Mum is losing weight, and the oncologist can't see her until the 20th.
+ fr situation n | C'est dingue à quelle vitesse maman maigrit, et l'oncologue ne la voit pas avant le 20.
fr slang_emoji n | c dingue, mon frère a tout mis dans la crypto, même l'apport pour la maison 😬 et ça baisse depuis lundi
+ en slang_emoji n | crazy, my brother put everything into crypto, even the house deposit 😬 and it's been dropping since monday
fr situation n | Un prix incroyable pour un deux-pièces à Nice, mais le vendeur veut le virement ce soir sans visite... ça sent l'arnaque et on a déjà réservé le camion.
+ en situation n | An unbelievable price for a flat in Nice, but the seller wants the transfer tonight with no viewing... it smells like a scam and we've already booked the van.

# reaction: énorme
fr situation n | Un énorme orage est annoncé pour cette nuit, et les ruches sont tout en bas du champ, là où ça inonde.
+ en situation n | A huge storm is forecast for tonight, and the beehives are right at the bottom of the field, where it floods.
en situation n | A huge tree in the neighbours' garden is leaning over our roof, and the storm hits tonight.
+ fr situation n | Un énorme arbre chez les voisins penche au-dessus de notre toit, et la tempête arrive ce soir.

# reaction: trop / grave
fr slang_emoji n | il tousse grave depuis 3 semaines mon pote et il veut pas aller chez le doc 😟
+ en slang_emoji n | my mate's had a really bad cough for 3 weeks and won't go to the doctor 😟
en situation n | My teenage daughter eats way too little lately and runs two hours a day; I don't know how to bring it up.
+ fr situation n | Ma fille de seize ans mange beaucoup trop peu en ce moment et court deux heures par jour ; je ne sais pas comment aborder le sujet.

# reaction: mort de
fr situation n | Morte de fatigue depuis un mois, des bleus qui apparaissent sans raison, et les résultats de la prise de sang arrivent lundi.
+ en situation n | Dead tired for a month, bruises appearing for no reason, and the blood test results come in on Monday.
en situation n | My boyfriend was dying of laughter at the party, then on the way home he admitted he lost his job two weeks ago and can't cover his half of the rent.
+ fr situation n | Mon copain était mort de rire à la soirée, puis en rentrant il m'a avoué qu'il avait perdu son boulot il y a deux semaines et qu'il ne pourra pas payer sa moitié du loyer.
fr slang_emoji h | morte de trouille pour demain, le chirurgien a dit que l'opé de papa était « délicate » 😰
+ en slang_emoji h | scared to death about tomorrow, the surgeon said dad's op is "tricky" 😰

# wish
fr wish n c=blue;indigo b=dim | Le petit a encore de la fièvre et on ne voit le médecin que demain, je n'arrive pas à penser à autre chose. Bleu doux, lumière tamisée.
+ en wish n c=blue;indigo b=dim | The little one's still feverish and we can't see the doctor till tomorrow, I can't think of anything else. Soft blue, dimmed lights.
en wish n c=navy b=dim | Heart racing every time I think of Monday's meeting with HR. Something navy and low, please.
+ fr wish n c=navy b=dim | Le cœur qui s'emballe dès que je pense au rendez-vous de lundi avec les RH. Quelque chose de bleu nuit et de bas, s'il te plaît.
"""

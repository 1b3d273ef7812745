"""inquietude: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le détecteur de monoxyde a bipé deux fois cette nuit, puis plus rien.
+ en situation n | The carbon monoxide alarm beeped twice in the night, then nothing.
fr situation l | Une odeur d'égout remonte de la douche depuis deux jours.
+ en situation l | A sewer smell has been coming up the shower drain for two days.
en situation n | The landlord's coming round Thursday to "have a look at the place", no reason given.
+ fr situation n | Le proprio passe jeudi « jeter un œil à l'appart », sans donner de raison.
fr situation n | Le chauffe-eau goutte par la soupape, et le plombier ne peut pas avant dix jours.
+ en situation n | The water heater's dripping from the valve, and the plumber can't come for ten days.
fr situation n | Le congélo ferme mal, et on part huit jours à Lacanau demain matin.
+ en situation n | The freezer door won't shut properly, and we leave for eight days in Lacanau tomorrow morning.
en situation n | Loud crack from the attic last night, and I haven't dared go up yet. Keep the lights low.
+ fr situation n | Un gros craquement dans les combles cette nuit, et je n'ose pas encore monter voir. Lumière basse, s'il te plaît.
fr situation l | Encore un courrier de la copropriété qui parle de « gros travaux à prévoir ».
+ en situation l | Another letter from the building association mentioning "major works to come".
# situations: cooking and food
fr situation n | Rappel produit sur le fromage que les enfants ont mangé dimanche.
+ en situation n | Product recall on the cheese the kids ate on Sunday.
fr situation n | La dinde est encore congelée à vingt-deux heures, la veille de Noël.
+ en situation n | The turkey's still frozen at ten o'clock on Christmas Eve.
en situation n | The boy's birthday cake has nuts in it and I don't know who's allergic. Something calm, please.
+ fr situation n | Le gâteau d'anniversaire du petit contient des noix, et je ne sais pas qui est allergique. Quelque chose de calme, s'il te plaît.
fr situation l | Les huîtres de midi avaient une drôle d'odeur, et on en a mangé deux douzaines.
+ en situation l | The oysters at lunch smelled a bit off, and we ate two dozen.
fr situation n | Mon fils ado ne mange plus qu'un repas par jour et s'entraîne trois heures.
+ en situation n | My teenage son eats one meal a day now and trains for three hours.
# situations: pets
fr situation n | Le véto a entendu un souffle au cœur chez notre chiot de trois mois.
+ en situation n | The vet heard a heart murmur in our three-month-old puppy.
en situation n | Coyotes spotted on our street in Laval, and the cat's still outside.
+ fr situation n | On a vu des coyotes dans notre rue à Laval, et le chat est encore dehors.
fr situation n | Le chien a une grosseur sous le ventre qui n'était pas là le mois dernier.
+ en situation n | The dog has a lump under his belly that wasn't there last month.
fr situation l | La tortue ne s'est pas réveillée d'hibernation, alors que le printemps est là.
+ en situation l | The tortoise hasn't woken up from hibernation, and spring's already here.
fr situation n | Chenilles processionnaires plein le pin du jardin, et le chien y gratte tous les jours.
+ en situation n | The garden pine is full of processionary caterpillars, and the dog digs under it every day.
# situations: children and parenting
fr situation n | Toux qui aboie chez la petite, laryngite sûrement, la nuit va être longue.
+ en situation n | The little one has a barking cough, croup probably, it's going to be a long night.
en situation n | Nappy's been dry since this morning, and the baby's barely feeding.
+ fr situation n | La couche est sèche depuis ce matin, et le bébé tète à peine.
fr situation n | La crèche appelle : le petit est « un peu grognon et chaud », rien de plus.
+ en situation n | The nursery rang: the little one's "a bit grumpy and warm", nothing more.
fr situation n | Mon fils de douze ans ferme sa porte à clé et ne parle plus à table. Mets une ambiance douce.
+ en situation n | My twelve-year-old locks his door now and doesn't talk at dinner. Something gentle, please.
en situation n | My daughter posted her concert ticket with the QR code on Snapchat.
+ fr situation n | Ma fille a posté son billet de concert sur Snapchat, QR code bien visible.
fr situation n | Sortie scolaire au Futuroscope, et mon fils n'a jamais pris le car sans vomir.
+ en situation n | School trip to Futuroscope, and my son has never done a coach ride without being sick.
fr situation n | Ma fille de quatre ans dit qu'un « monsieur gentil » lui parle par-dessus la haie de l'école.
+ en situation n | My four-year-old says a "nice man" talks to her over the school hedge.
# situations: partner and dating
fr situation n | Il est parti faire du vélo à 14 h, il fait presque nuit et son téléphone est éteint.
+ en situation n | He went for a bike ride at 2, it's nearly dark and his phone's off.
en situation n | Third date tonight at his place in Brooklyn, and none of my friends have met him.
+ fr situation n | Troisième rendez-vous ce soir chez lui à Brooklyn, et aucune de mes amies ne l'a jamais vu.
fr situation n | Elle a pris rendez-vous chez l'avocat « pour se renseigner », m'a-t-elle dit.
+ en situation n | She's booked an appointment with a lawyer "just to find out", she told me.
fr situation l | Mon chum part travailler à Fort McMurray, deux semaines sur deux, dès lundi.
+ en situation l | My boyfriend starts working up in Fort McMurray, two weeks on two off, from Monday.
fr situation n | Ma femme parle d'accepter le poste à Genève, et moi je n'ai rien là-bas.
+ en situation n | My wife's talking about taking the job in Geneva, and I've got nothing lined up there.
# situations: friends
fr situation n | Mon meilleur ami a arrêté ses antidépresseurs d'un coup, sans voir son médecin.
+ en situation n | My best mate came off his antidepressants cold turkey, without seeing his doctor.
en situation n | Sarah's gone quiet on the group chat since the breakup, not even a heart on photos.
+ fr situation n | Sarah ne dit plus rien sur le groupe depuis la rupture, même pas un cœur sur les photos.
fr situation n | Ma coloc prête sa carte bancaire à son nouveau copain « juste pour le dépanner ».
+ en situation n | My flatmate lends her bank card to her new boyfriend "just to help him out".
fr situation l | Kevin part faire le PCT seul, cinq mois, avec un sac acheté la veille.
+ en situation l | Kevin's setting off alone on the Pacific Crest Trail, five months, with a pack he bought the day before.
# situations: extended family
fr situation n | Mon frère boit dès le matin maintenant, et il garde ses enfants le week-end.
+ en situation n | My brother drinks from the morning now, and he has his kids at weekends.
en situation n | Nan keeps saying she's "fine on her own", but the heating's been off since October. Soft lights, please.
+ fr situation n | Mamie répète qu'elle « se débrouille très bien seule », mais le chauffage est coupé depuis octobre. Lumière douce, s'il te plaît.
fr situation n | Ma tante part vivre en Floride pile pour la saison des ouragans.
+ en situation n | My aunt's moving to Florida right at the start of hurricane season.
fr situation n | Mon cousin a mis la maison de sa mère en garantie pour son garage.
+ en situation n | My cousin has put his mother's house up as collateral for his garage.
# situations: neighbours
fr situation n | Les volets de Mme Lambert sont restés fermés tout le week-end, et sa voiture n'a pas bougé.
+ en situation n | Mrs Lambert's shutters have stayed shut all weekend, and her car hasn't moved.
en situation l | New people next door have a dog that throws itself at the fence every time the kids walk past.
+ fr situation l | Les nouveaux voisins ont un chien qui se jette sur la clôture chaque fois que les enfants passent.
fr situation n | Le voisin fume sur son balcon en bois, juste au-dessus de notre haie de thuyas desséchée.
+ en situation n | The neighbour smokes on his wooden balcony, right above our dried-out conifer hedge.
fr situation l | Trois cambriolages dans le lotissement depuis Pâques, et on part tout le mois d'août.
+ en situation l | Three break-ins on the estate since Easter, and we're away the whole of August.
# situations: school and exams
fr situation n | Épreuve de philo demain matin, et je n'ai toujours rien compris à Kant.
+ en situation n | Philosophy exam tomorrow morning, and I still haven't understood a thing about Kant.
en situation n | Ofsted are in next week and half my displays aren't even up. Something quiet, please.
+ fr situation n | L'inspection arrive la semaine prochaine et la moitié de mes affichages ne sont même pas au mur. Quelque chose de calme, s'il te plaît.
fr situation n | Mon fils passe le CEB lundi, et il bloque encore sur les fractions.
+ en situation n | My son sits the CEB on Monday, and he still gets stuck on fractions.
fr situation n | La prof principale veut « faire un point » sur l'orientation de ma fille, jeudi 17 h.
+ en situation n | My daughter's form teacher wants to "have a chat" about her options, Thursday 5 pm.
en situation l | HSC trials start Monday and she's been living on energy drinks and four hours' sleep.
+ fr situation l | Les examens blancs commencent lundi, et elle tient à coups de boissons énergisantes et de quatre heures de sommeil.
fr situation n | Toujours aucune réponse du cégep, et les autres ont tous reçu leur admission.
+ en situation n | Still nothing from the CEGEP, and everyone else has got their acceptance.
# situations: university
fr situation n | Mon mémoire part au jury lundi, et mon directeur n'a lu que l'introduction.
+ en situation n | My dissertation goes to the panel on Monday, and my supervisor has only read the introduction.
en situation n | My student loan still hasn't come through and rent's due on the first.
+ fr situation n | Le prêt étudiant n'est toujours pas tombé, et le loyer est à payer le premier du mois.
fr situation l | Ma fille commence sa première année de médecine à Lausanne, et elle pleure déjà au téléphone.
+ en situation l | My daughter's starting first-year medicine in Lausanne, and she's already crying on the phone.
fr situation n | Le labo de thèse perd son financement en juin, et mon contrat court jusqu'en décembre.
+ en situation n | The research lab loses its funding in June, and my contract runs till December.
# situations: office work
en situation n | Email just landed: "all-hands meeting, attendance mandatory, Friday 4 pm".
+ fr situation n | Un mail vient de tomber : « réunion générale, présence obligatoire, vendredi 16 h ».
fr situation n | Mon badge ne marche plus ce matin, et personne à l'accueil ne sait pourquoi. Lumière sobre, merci.
+ en situation n | My pass stopped working this morning, and nobody at reception knows why. Keep the lights sober, thanks.
fr situation n | Mon contrat d'intérim s'arrête vendredi, et l'agence n'a rien d'autre à me proposer. Mets-moi une ambiance.
+ en situation n | My temp contract ends on Friday, and the agency has nothing else for me. Set a mood for me.
fr situation l | La nouvelle directrice a pris rendez-vous avec chacun de nous, un quart d'heure chacun.
+ en situation l | The new director has booked fifteen minutes with each of us, one by one.
en situation n | I signed off the quote with the wrong VAT rate and it went to the client at noon.
+ fr situation n | J'ai validé le devis avec le mauvais taux de TVA, et il est parti chez le client à midi.
# situations: manual trades
fr situation n | Menuisier, je sens une douleur dans l'épaule à chaque coup de rabot depuis un mois.
+ en situation n | I'm a joiner, and for a month I've felt a pain in my shoulder with every stroke of the plane.
fr situation n | Le béton de la dalle a été coulé juste avant la pluie, et j'ai des doutes.
+ en situation n | The slab was poured just before the rain, and I've got my doubts.
en situation l | Sparky here, and I'm not sure I put the cover back on the junction box at the Murphys'.
+ fr situation l | Électricien, je ne suis plus sûr d'avoir remis le couvercle sur la boîte de dérivation chez les Murphy.
fr situation n | Le camion-benne fait un bruit dans le pont arrière, et on a trois chantiers cette semaine.
+ en situation n | The tipper truck's making a noise in the rear axle, and we've got three jobs this week.
# situations: healthcare and hospitals
fr situation n | La dentiste a vu une tache blanche sous ma langue et veut que je voie un spécialiste.
+ en situation n | The dentist spotted a white patch under my tongue and wants me to see a specialist.
en situation n | The GP said "let's just get you referred", and then she went quiet.
+ fr situation n | La généraliste a dit « on va juste vous orienter vers un spécialiste », puis elle s'est tue.
fr situation n | Épidémie de gastro à l'EHPAD de papa, et il a déjà perdu trois kilos cet hiver.
+ en situation n | A stomach bug is going round Dad's care home, and he's already lost three kilos this winter.
fr situation l | Huit heures d'attente aux urgences de Liège, et ma mère a toujours mal au ventre.
+ en situation l | Eight hours waiting in A&E in Liège, and my mother's stomach still hurts.
fr situation n | Le séquençage de ma fille montre un « variant de signification inconnue ».
+ en situation n | My daughter's genetic test shows a "variant of unknown significance".
# situations: illness and the body
fr situation n | Je vois des petits éclairs dans l'œil gauche depuis hier soir.
+ en situation n | I've been seeing little flashes in my left eye since last night.
en situation n | Mole on my back's been itching since Sydney and the skin check's not till March. Dim things a bit.
+ fr situation n | Le grain de beauté dans mon dos me démange depuis Sydney, et le dépistage n'est qu'en mars. Baisse un peu la lumière.
fr situation n | Des maux de tête tous les matins depuis le nouveau traitement.
+ en situation n | Headaches every morning since the new medication.
fr situation l | J'ai perdu cinq kilos sans rien changer, et ça continue.
+ en situation l | I've lost five kilos without changing anything, and it's still going.
# situations: sport
fr situation n | Mon fils remonte sur le terrain samedi, trois semaines après sa commotion.
+ en situation n | My son's going back on the pitch Saturday, three weeks after his concussion.
en situation n | Dad's entered the Dublin marathon at seventy-two, against his cardiologist's advice.
+ fr situation n | Papa s'est inscrit au marathon de Dublin à soixante-douze ans, contre l'avis de son cardiologue.
fr situation l | Ma fille part en stage de ski de randonnée avec un club qui ne prend pas de guide.
+ en situation l | My daughter's going on a ski-touring course with a club that doesn't take a guide.
fr situation n | Première saison avec mises en échec pour mon fils au hockey, et c'est le plus petit de l'équipe.
+ en situation n | First season of body checking for my son in hockey, and he's the smallest on the team.
# situations: games and video games
fr situation n | Mon fils de dix ans reçoit des cadeaux sur Fortnite d'un joueur qu'il ne connaît pas.
+ en situation n | My ten-year-old keeps getting Fortnite gifts from a player he doesn't know.
en situation l | My husband's "just one more hand" of online poker is now every night till two.
+ fr situation l | La « dernière partie » de poker en ligne de mon mari, c'est maintenant tous les soirs jusqu'à deux heures.
fr situation n | La console chauffe tellement qu'elle sent le plastique, et elle tourne toute la nuit dans sa chambre.
+ en situation n | The console gets so hot it smells of plastic, and it runs all night in his room.
# situations: music and concerts
fr situation n | Concert à l'Olympia ce soir, et ma fille de quinze ans y va sans adulte.
+ en situation n | Concert at the Olympia tonight, and my fifteen-year-old's going without an adult.
en situation n | Gig in Galway on Saturday and our drummer still hasn't answered since Tuesday.
+ fr situation n | Concert à Galway samedi, et notre batteur ne répond plus depuis mardi.
fr situation l | Mon fils joue dans les bars de Montréal jusqu'à trois heures, et il reprend le cégep à huit.
+ en situation l | My son plays the Montreal bars till three, and he's back at college for eight.
# situations: films, series and books
fr situation n | Depuis la série sur les tueurs, ma fille vérifie trois fois la porte avant de dormir.
+ en situation n | Since that serial-killer series, my daughter checks the door three times before bed.
en situation l | My publisher's gone quiet since the merger, and my book's due out in May.
+ fr situation l | Mon éditeur ne donne plus signe de vie depuis la fusion, et mon livre doit sortir en mai.
fr situation n | Le petit a vu les infos sur la guerre chez sa copine, et il demande si ça viendra ici.
+ en situation n | The little one saw the war on the news at his friend's house, and he's asking if it'll come here.
# situations: travel and transport
fr situation n | Grève annoncée à la SNCB lundi, et j'ai mon audience à Namur à neuf heures.
+ en situation n | Rail strike announced in Belgium on Monday, and I have my hearing in Namur at nine.
en situation n | ESTA still says "pending" and we fly to Orlando on Saturday. Put on something soothing.
+ fr situation n | L'ESTA est toujours « en attente », et on décolle pour Orlando samedi. Mets quelque chose d'apaisant.
fr situation n | Ma fille fait le Transsibérien seule, et elle n'aura pas de réseau pendant quatre jours.
+ en situation n | My daughter's doing the Trans-Siberian alone, and she'll have no signal for four days.
fr situation l | Dernier RER à 0 h 35, et la soirée de mon fils à Saint-Denis finit « vers minuit ».
+ en situation l | Last RER at 12:35, and my son's party in Saint-Denis finishes "around midnight".
en situation n | Mum's flying Heathrow to Perth alone, with her bad hip and two connections. Calm lights, please.
+ fr situation n | Maman fait Londres-Perth seule, avec sa hanche malade et deux correspondances. Lumière calme, s'il te plaît.
# situations: cars and driving
fr situation n | Pneus d'hiver pas encore posés, et ils annoncent quinze centimètres sur la 401 demain.
+ en situation n | Winter tyres not on yet, and they're forecasting fifteen centimetres on the 401 tomorrow.
fr situation n | Mon fils vient d'avoir son permis et il part à Marseille avec quatre copains dans une Clio de 2004.
+ en situation n | My son's just passed his test and he's driving to Marseille with four mates in a 2004 Clio.
en situation l | Car's been pulling to the left since I clipped that kerb in Cork.
+ fr situation l | La voiture tire à gauche depuis que j'ai tapé le trottoir à Cork.
fr situation n | La jauge de température grimpe dans chaque montée, et on attaque le col du Simplon.
+ en situation n | The temperature gauge climbs on every hill, and we're about to start up the Simplon Pass.
# situations: weather and nature
fr situation n | Alerte derecho cet après-midi, et les enfants sont au camp de jour en forêt.
+ en situation n | Derecho warning this afternoon, and the kids are at day camp in the woods.
en situation n | Catastrophic fire danger tomorrow and Mum won't leave her place in the Blue Mountains.
+ fr situation n | Risque d'incendie catastrophique demain, et maman refuse de quitter sa maison dans les Blue Mountains.
fr situation n | Mon frère à Tampa dit qu'il va « rester pour voir » l'ouragan. Ambiance sobre, s'il te plaît.
+ en situation n | My brother in Tampa says he'll "stay and see" about the hurricane. Something subdued, please.
en situation l | Tornado watch for the county tonight, and the kids' rooms are all upstairs.
+ fr situation l | Veille de tornade sur le comté cette nuit, et toutes les chambres des enfants sont à l'étage.
fr situation n | Le glacier au-dessus du village bouge plus vite que prévu, disent les géologues.
+ en situation n | The glacier above the village is moving faster than expected, the geologists say.
# situations: gardening
fr situation n | Les fourmis ont creusé sous la terrasse, et les dalles commencent à pencher.
+ en situation n | The ants have dug under the patio, and the slabs are starting to tilt.
en situation l | First frost tonight and my lemon trees are still out on the balcony.
+ fr situation l | Première gelée cette nuit, et mes citronniers sont encore sur le balcon.
fr situation l | Une renouée du Japon pousse chez le voisin, à deux mètres de nos fondations.
+ en situation l | Japanese knotweed is growing next door, two metres from our foundations.
# situations: money and bills
en situation n | Our fixed rate ends in March, and the new mortgage quote is almost double.
+ fr situation n | Notre taux fixe se termine en mars, et la nouvelle proposition de la banque est presque le double.
fr situation n | Taxe foncière en hausse de quarante pour cent, et je ne vois pas comment on la paiera en octobre.
+ en situation n | Property tax up forty per cent, and I can't see how we'll pay it in October.
fr situation n | Renouvellement de l'hypothèque en juin : six cents dollars de plus par mois.
+ en situation n | Mortgage renewal in June: six hundred dollars more a month.
fr situation l | Il reste 43 euros sur le compte et le plein n'est pas fait. Mets quelque chose qui colle.
+ en situation l | There's 43 euros left in the account and the tank's not filled. Put on something that fits.
# situations: administration and paperwork
fr situation n | L'ANTS affiche « dossier incomplet » sans préciser ce qui manque, et le passeport est pour le voyage de mai.
+ en situation n | The passport agency says "incomplete application" without saying what's missing, and it's for the May trip.
en situation n | Letter from Revenue says "please contact us urgently" and they're closed till Monday.
+ fr situation n | Une lettre des impôts dit « merci de nous contacter en urgence », et ils sont fermés jusqu'à lundi.
fr situation l | La carte d'assurance maladie expire à la fin du mois, et le renouvellement n'est jamais arrivé.
+ en situation l | The health card expires at the end of the month, and the renewal never arrived.
# situations: technology and phones
fr situation n | Mon compte Google m'envoie une alerte de connexion depuis un téléphone que je n'ai pas.
+ en situation n | My Google account sent me a sign-in alert from a phone I don't own.
en situation l | Laptop fan's been screaming for a week and my whole thesis lives on it.
+ fr situation l | Le ventilateur de l'ordi hurle depuis une semaine, et toute ma thèse est dessus.
fr situation n | Mamie a cliqué sur « installer » quand la fenêtre rouge lui a dit que son ordi était infecté.
+ en situation n | Nan clicked "install" when the red pop-up told her the computer was infected.
# situations: internet and social media
fr situation n | Quelqu'un a créé un faux profil avec les photos de ma fille sur Instagram.
+ en situation n | Someone's made a fake Instagram profile with my daughter's photos.
en situation l | A post I wrote about my boss is getting shared around, and my name's on it.
+ fr situation l | Un post que j'ai écrit sur mon patron circule, et mon nom est dessus.
fr situation n | Mon fils de treize ans passe ses nuits sur un serveur Discord dont il refuse de parler.
+ en situation n | My thirteen-year-old spends his nights on a Discord server he won't talk about.
# situations: shopping
fr situation n | La voiture achetée sur Leboncoin, toujours pas de carte grise au bout de deux mois, et si elle était volée ?
+ en situation n | The car I bought off Leboncoin, still no registration papers after two months, and what if it's stolen?
en situation l | The pram I got off Marketplace has a crack near the brake I hadn't noticed.
+ fr situation l | La poussette achetée sur Marketplace a une fissure près du frein que je n'avais pas vue.
fr situation l | Colis à 600 euros marqué « livré » depuis hier, rien devant la porte, et je ne sais pas si l'assurance couvrira.
+ en situation l | 600-euro parcel marked "delivered" since yesterday, nothing at the door, and I don't know if insurance will cover it.
# situations: moving house
fr situation n | Le 1er juillet dans trois semaines, et toujours pas d'appart trouvé à Montréal. Mets-moi une ambiance qui colle.
+ en situation n | Moving day's July 1st, three weeks away, and still no flat found in Montreal. Set a mood that fits.
en situation n | We exchange on Friday and the surveyor's just mentioned "possible subsidence".
+ fr situation n | On signe vendredi, et l'expert vient de parler d'un « possible affaissement ».
fr situation n | On emménage à Brisbane dans un mois, et les enfants n'ont toujours pas de place à l'école.
+ en situation n | We move to Brisbane in a month, and the kids still don't have school places.
fr situation l | Le nouveau proprio à Bruxelles veut trois mois de garantie, et on n'en a que deux.
+ en situation l | The new landlord in Brussels wants three months' deposit, and we've only got two.
# situations: holidays and celebrations
fr situation n | Le réveillon est chez nous, et mon beau-père vient avec sa carabine « pour la chasse du 26 ».
+ en situation n | Christmas Eve is at ours, and my father-in-law's bringing his rifle "for the Boxing Day shoot".
en situation n | Fourth of July, and my teenager's mates have bought fireworks out of someone's trunk.
+ fr situation n | 4 juillet, et les copains de mon ado ont acheté des feux d'artifice dans le coffre d'une voiture.
fr situation l | Mariage dans dix jours, et la météo annonce de l'orage pile sur le vin d'honneur en plein air.
+ en situation l | Wedding in ten days, and the forecast has storms right on the outdoor drinks reception.
fr situation n | Thanksgiving chez ma belle-famille en Alberta, et la route est annoncée verglacée. Mets une lumière feutrée.
+ en situation n | Thanksgiving at my in-laws' in Alberta, and the road's forecast to be icy. Soft, muted lights.
# situations: religion and rituals
fr situation n | Ma fille fait sa confirmation dimanche, et son père a dit qu'il viendrait « peut-être ».
+ en situation n | My daughter's confirmation is on Sunday, and her father said he'd "maybe" come.
en situation l | Gran wants to go to midnight Mass on foot, in the ice, on her own.
+ fr situation l | Mamie veut aller à la messe de minuit à pied, sur le verglas, toute seule.
fr situation n | Mon fils jeûne pour Yom Kippour cette année, et il sort à peine d'une grippe.
+ en situation n | My son's fasting for Yom Kippur this year, and he's only just over the flu.
# situations: old age and grandparents
fr situation n | Papi a encore laissé la porte d'entrée grande ouverte en allant se coucher. Lumière tamisée, s'il te plaît.
+ en situation n | Grandad left the front door wide open again when he went to bed. Dim the lights, please.
en situation n | Nan's new carer only stays ten minutes, and the pill box is always still full.
+ fr situation n | La nouvelle aide de mamie ne reste que dix minutes, et le pilulier est toujours plein.
fr situation n | Mon grand-père a fait deux chutes ce mois-ci, et il refuse la téléalarme. Baisse un peu la lumière.
+ en situation n | My grandfather's fallen twice this month, and he refuses the alarm pendant. Dim the lights a bit.
fr situation l | Mamie s'est perdue en rentrant du marché de Carouge, qu'elle fait depuis quarante ans.
+ en situation l | Nan got lost coming home from the Carouge market she's done for forty years.
# situations: death and funerals
fr situation n | Depuis l'enterrement de son frère, papa ne sort plus du garage et n'allume plus la télé.
+ en situation n | Since his brother's funeral, Dad doesn't leave the garage and doesn't even turn the TV on.
en situation l | Who's going to tell Gran about Uncle Pat before she reads it in the paper?
+ fr situation l | Qui va annoncer la mort d'oncle Pat à mamie avant qu'elle ne la lise dans le journal ?
fr situation n | L'assurance-vie de maman n'a toujours pas été versée, et les frais d'obsèques arrivent.
+ en situation n | Mum's life insurance still hasn't paid out, and the funeral bills are coming in.
# situations: birth and pregnancy
fr situation n | Trente-six semaines, les chevilles gonflées d'un coup, et la sage-femme veut ma tension ce soir.
+ en situation n | Thirty-six weeks, ankles suddenly swollen, and the midwife wants my blood pressure tonight.
en situation n | The scan's at twelve weeks and last time we didn't make it that far. Calm, please.
+ fr situation n | L'écho des douze semaines approche, et la dernière fois on n'est pas allés jusque-là. Du calme, s'il te plaît.
fr situation l | Ma femme accouche en Suisse, et notre assurance française ne répond pas sur la prise en charge.
+ en situation l | My wife's giving birth in Switzerland, and our French insurer won't say if it's covered.
# situations: DIY and repairs
fr situation n | J'ai remplacé la prise de la salle de bain moi-même, et elle chauffe un peu.
+ en situation n | I replaced the bathroom socket myself, and it gets a bit warm.
en situation l | The deck I built last summer bounces a bit more every time the kids jump on it.
+ fr situation l | La terrasse que j'ai construite l'été dernier bouge un peu plus chaque fois que les enfants sautent dessus.
fr situation n | Le chauffagiste a fait sa purge et depuis, une petite odeur de fioul traîne dans la cave.
+ en situation n | The heating engineer bled the system and ever since there's a faint smell of oil in the cellar.
# situations: night and sleep
fr situation n | Deux heures du matin, et j'entends encore mon fils de quinze ans marcher dans sa chambre.
+ en situation n | Two in the morning, and I can still hear my fifteen-year-old pacing his room.
en situation l | Four a.m. and I'm replaying the invoice figures again. Low lights, please.
+ fr situation l | Quatre heures du matin, et je refais encore les chiffres de la facture dans ma tête. Lumière basse, s'il te plaît.
fr situation n | Elle s'est endormie en larmes, et elle a son premier jour chez le nouvel employeur demain.
+ en situation n | She fell asleep in tears, and it's her first day at the new job tomorrow.
# situations: city life
fr situation n | Des vols de catalyseurs toutes les nuits dans la rue, et ma Yaris dort dehors.
+ en situation n | Catalytic converters getting nicked every night on our street, and my Yaris is parked outside.
en situation n | Two stabbings near the Luas stop this month, and my daughter gets off there at eleven. Match the lights to that.
+ fr situation n | Deux agressions au couteau près de l'arrêt du tram ce mois-ci, et ma fille y descend à vingt-trois heures. Accorde la lumière à ça.
fr situation l | Ils ferment le seul passage piéton devant l'école pour six mois, et les petits traverseront entre les camions.
+ en situation l | They're closing the only crossing in front of the school for six months, and the little ones will be crossing between lorries.
# situations: countryside and farming
fr situation n | Un loup a été vu à deux vallées d'ici, et les brebis dorment encore en estive.
+ en situation n | A wolf's been seen two valleys over, and the ewes are still sleeping up on the summer pasture.
en situation n | Price of feed's up again and the milk cheque's down for the third month. Set the mood for that.
+ fr situation n | Le prix des aliments remonte encore, et la paie du lait baisse pour le troisième mois. Mets une ambiance qui va avec.
fr situation l | La moissonneuse fait un drôle de bruit, et la moisson commence lundi si le temps tient.
+ en situation l | The combine's making a funny noise, and harvest starts Monday if the weather holds.
# situations: sea and mountains
fr situation n | Un éboulement a coupé la seule route de Zermatt ce matin, et notre vol part de Genève samedi.
+ en situation n | A rockslide cut the only road out of Zermatt this morning, and our flight leaves Geneva on Saturday.
en situation l | Swell's picking up at Bells and my boy's only been surfing six months.
+ fr situation l | La houle monte à Bells Beach, et mon fils ne surfe que depuis six mois.
fr situation n | Mon mari veut faire le Cervin sans guide cet été, avec un copain qu'il connaît à peine.
+ en situation n | My husband wants to do the Matterhorn without a guide this summer, with a mate he barely knows.
# situations: hobbies and crafts
fr situation n | J'ai tout misé sur mon stand au marché de Noël de Strasbourg, et les ventes ne décollent pas.
+ en situation n | I've put everything into my stall at the Strasbourg Christmas market, and sales aren't taking off.
en situation l | Two hundred copies of my self-published book arrive Monday, and I've got three pre-orders.
+ fr situation l | Les deux cents exemplaires de mon livre auto-édité arrivent lundi, et j'ai trois précommandes.
# situations: volunteering
fr situation n | Bénévole aux Restos du Cœur, les stocks de lait sont à zéro et l'hiver commence.
+ en situation n | I volunteer at the food bank, the milk stocks are at zero and winter's just starting.
en situation n | One of the lads I mentor at the youth club hasn't turned up for three weeks.
+ fr situation n | Un des jeunes que je suis au club de quartier ne vient plus depuis trois semaines.
# situations: politics and news
fr situation n | Les nouveaux tarifs douaniers visent pile l'usine de mon mari en Ontario. Ambiance feutrée, s'il te plaît.
+ en situation n | The new tariffs are aimed right at my husband's plant in Ontario. Something muted, please.
en situation l | The council's talking about closing the library where my mum volunteers every day.
+ fr situation l | La commune parle de fermer la bibliothèque où maman est bénévole tous les jours.
fr situation n | On annonce la fermeture de la ligne de bus qui emmène papa à sa dialyse.
+ en situation n | They're announcing the closure of the bus line that takes Dad to his dialysis.
# situations: science and discovery
fr situation n | Ma fille participe à un essai clinique, et on apprend qu'un des groupes vient d'être suspendu.
+ en situation n | My daughter's in a clinical trial, and we've just heard one of the arms has been suspended.
en situation l | The new study says the weedkiller the farm next door sprays is linked to Parkinson's.
+ fr situation l | La nouvelle étude relie l'herbicide que pulvérise la ferme d'à côté à la maladie de Parkinson.
# near the border with suspense
fr situation n | Résultats de la biopsie de papa vendredi, et je prépare déjà dans ma tête comment le dire aux enfants.
+ en situation n | Dad's biopsy results come Friday, and I'm already working out how to tell the kids.
en situation n | The job interview went fine, but if I don't get it, we can't make rent in April.
+ fr situation n | L'entretien s'est bien passé, mais si je ne suis pas pris, on ne paie pas le loyer d'avril.
fr situation n | Ce n'est pas le match qui m'occupe, c'est le genou de ma fille qui a encore craqué à l'échauffement.
+ en situation n | It's not the match on my mind, it's my daughter's knee that cracked again in the warm-up.
fr situation l | Verdict des assises demain pour l'homme qui a agressé mon frère, et j'ai peur de le croiser un jour.
+ en situation l | The verdict's tomorrow for the man who attacked my brother, and I'm scared I'll run into him one day.
en situation n | Not waiting on the scan result so much as dreading what Mum will do if it's bad.
+ fr situation n | Ce n'est pas tant le résultat du scanner que j'attends, c'est ce que maman fera s'il est mauvais.
# near the border with panique
fr situation n | L'alarme du voisin sonne depuis une heure, mais sa voiture est là et les lumières sont éteintes.
+ en situation n | The neighbour's alarm has been going for an hour, but his car's there and the lights are off.
en situation n | There's a faint smell of burning in the hallway, but nothing's on and I can't find where it's from.
+ fr situation n | Une légère odeur de brûlé dans le couloir, mais rien n'est allumé et je ne trouve pas d'où ça vient.
fr situation n | Le petit a une tache rouge sur le bras qui ne disparaît pas, mais il joue et il a faim. Lumière douce, s'il te plaît.
+ en situation n | The little one has a red mark on his arm that won't fade, but he's playing and he's hungry. Soft light, please.
fr situation l | Pas d'alerte officielle encore, mais l'eau du ruisseau monte et il pleut toujours.
+ en situation l | No official warning yet, but the stream's rising and it's still raining.
en situation n | The smoke alarm went off at 3 a.m. for no reason and now it's just sitting there blinking.
+ fr situation n | Le détecteur de fumée s'est déclenché à trois heures du matin sans raison, et maintenant il clignote en silence.
fr situation n | Ma mère a eu un vertige au téléphone, elle dit que c'est passé, elle est seule à Namur.
+ en situation n | My mother had a dizzy spell on the phone, she says it's gone, she's alone in Namur.
# near the border with tristesse
fr situation n | Le chien tousse de plus en plus la nuit, et le véto a parlé de son cœur « à surveiller ».
+ en situation n | The dog's coughing more and more at night, and the vet said his heart needs "keeping an eye on".
en situation l | Dad's been saying goodbye on the phone like it's the last time, and he won't say why.
+ fr situation l | Papa dit au revoir au téléphone comme si c'était la dernière fois, et il ne veut pas dire pourquoi.
fr situation n | Ma meilleure amie déménage à Perth, et je me demande qui l'aidera quand sa dépression reviendra.
+ en situation n | My best friend's moving to Perth, and I wonder who'll help her when the depression comes back.
fr situation n | Le magasin de papa ferme fin juin, et je ne sais pas ce qu'il va faire de ses journées.
+ en situation n | Dad's shop closes at the end of June, and I don't know what he'll do with his days.
# near the border with colere
fr situation n | La mairie repousse encore la réparation du pont, et mon fils le traverse à vélo tous les matins.
+ en situation n | The council's put off fixing the bridge again, and my son cycles across it every morning.
en situation n | The school keeps saying the bullying is "handled", and my son still won't get on the bus.
+ fr situation n | L'école répète que le harcèlement est « réglé », et mon fils refuse toujours de monter dans le bus.
fr situation l | Le syndic ne répond pas pour la rambarde branlante du quatrième, et les petits jouent dans l'escalier.
+ en situation l | The managing agent won't answer about the wobbly railing on the fourth floor, and the kids play on the stairs.
fr situation n | Je ne suis pas fâchée qu'il reparte en mission, je me demande juste dans quel état il reviendra.
+ en situation n | I'm not angry he's going back out on deployment, I just wonder what state he'll come back in.
# near the border with nostalgie
fr situation n | La maison de mon enfance est en vente, et je me demande où maman va bien pouvoir aller.
+ en situation n | My childhood home is up for sale, and I wonder where on earth Mum will go.
en situation n | Looking at old photos of Grandad, and he's so much thinner now than even at Christmas.
+ fr situation n | En regardant les vieilles photos de papi, je vois qu'il a tellement maigri, même depuis Noël.
fr situation l | Mon ancien lycée va fermer, ma fille devait y entrer en septembre, et on ne sait pas où elle ira.
+ en situation l | My old secondary school is closing, my daughter was meant to start there in September, and we don't know where she'll go.
# near the border with detente
fr situation n | Transat, soleil, un bon livre, et pourtant je relis toutes les dix minutes le message du médecin.
+ en situation n | Deckchair, sunshine, a good book, and still I reread the doctor's message every ten minutes.
en situation l | Everyone's asleep, the house is quiet, and I'm lying here wondering if the boiler will last the winter.
+ fr situation l | Tout le monde dort, la maison est calme, et moi je me demande si la chaudière tiendra l'hiver.
# near the border with curiosite
fr situation n | Je cherche sur internet ce que veut dire « hyperéchogène » sur le compte rendu du bébé.
+ en situation n | I'm googling what "hyperechoic" means on the baby's scan report.
en situation n | Reading everything I can about the new bird flu strain, since the farm down the road has ducks.
+ fr situation n | Je lis tout ce que je trouve sur la nouvelle souche de grippe aviaire, vu que la ferme d'à côté a des canards.
# long
fr long n | Ma fille est partie faire les vendanges dans le Bordelais. Elle dort dans un dortoir avec des inconnus. Hier soir, elle m'a dit « bonne nuit » à vingt heures. Elle ne se couche jamais avant minuit.
+ en long n | My daughter's gone grape-picking near Bordeaux. She sleeps in a dorm with strangers. Last night she said "goodnight" at eight. She never goes to bed before midnight.
en long n | The garage rang at lunch. They'd found "something with the steering" on Mum's car. She'd already left for Galway. She doesn't answer when she's driving.
+ fr long n | Le garage a appelé à midi. Ils ont trouvé « un truc sur la direction » de la voiture de maman. Elle était déjà partie pour Galway. Elle ne répond jamais en conduisant.
fr long n | Le patron a fermé la porte de son bureau toute la matinée. Deux costumes de la maison mère sont arrivés à dix heures. Personne ne les a présentés. À midi, la compta pleurait à la machine à café.
+ en long n | The boss kept his office door shut all morning. Two suits from head office turned up at ten. Nobody introduced them. By noon, the accounts girl was crying at the coffee machine.
fr long l | Mon fils s'est inscrit dans une salle de boxe à Schaerbeek. Il rentre avec des bleus qu'il cache. Il dit que tout va bien. Il a arrêté de voir ses anciens copains.
+ en long l | My son signed up at a boxing gym in Schaerbeek. He comes home with bruises he hides. He says everything's fine. He's stopped seeing his old friends.
en long n | The lump on the dog's leg was tiny in spring. Now it's the size of a grape. The vet wants to take a sample. Not till Thursday.
+ fr long n | La boule sur la patte du chien était minuscule au printemps. Maintenant elle fait la taille d'un raisin. Le véto veut faire un prélèvement. Pas avant jeudi.
fr long n | Papa a vendu sa voiture sans nous le dire. Il prend le bus pour aller au village. Sauf que le bus ne passe plus que deux fois par jour. Et il a quatre-vingt-six ans.
+ en long n | Dad sold his car without telling us. He takes the bus into the village. Except the bus only runs twice a day now. And he's eighty-six.
fr long n | On a réservé le gîte en Ardèche il y a six mois. Le propriétaire ne répond plus. Le site a disparu hier. On part samedi avec trois enfants.
+ en long n | We booked the gîte in the Ardèche six months ago. The owner's stopped answering. The website vanished yesterday. We leave Saturday with three kids.
en long l | My flatmate in Melbourne used to cook every Sunday. She hasn't for a month. Her bedroom light's on at four in the morning. She says she's "just busy".
+ fr long l | Ma coloc à Melbourne cuisinait tous les dimanches. Plus depuis un mois. La lumière de sa chambre est allumée à quatre heures du matin. Elle dit qu'elle est « juste occupée ».
fr long n | La petite a commencé la natation à l'école. Elle a pleuré tout le trajet. Le maître-nageur, c'est le même qu'on a vu crier sur un enfant l'an dernier. Et elle ne sait pas encore flotter.
+ en long n | The little one started swimming at school. She cried all the way there. The instructor is the same one we saw shouting at a kid last year. And she can't float yet.
fr long n | Le dépôt de pain où je travaille change de patron. Il a demandé nos horaires et nos salaires. Il a dit qu'il « garderait les meilleurs ». On est six.
+ en long n | The bakery where I work is changing hands. The new owner asked for our hours and our pay. He said he'd "keep the best ones". There are six of us.
en long n | Our son moved to Toronto in January. He called every Sunday. Then every other Sunday. This month, just one text: "all good, busy".
+ fr long n | Notre fils est parti à Toronto en janvier. Il appelait tous les dimanches. Puis un dimanche sur deux. Ce mois-ci, un seul texto : « tout va bien, débordé ».
fr long l | Le lac a gelé tôt cette année. Les jeunes du village y vont déjà en motoneige. La glace fait à peine dix centimètres. Mon fils a seize ans et une motoneige neuve.
+ en long l | The lake froze early this year. The village kids are already out on it on snowmobiles. The ice is barely ten centimetres. My son's sixteen and has a new snowmobile.
fr long n | Ma mère s'est remariée cet été. Son mari gère désormais ses comptes. Elle ne sait plus combien elle a. Quand je pose la question, elle change de sujet.
+ en long n | My mother remarried this summer. Her husband handles her accounts now. She doesn't know how much she has any more. When I ask, she changes the subject.
en long n | Harvest was due Monday. It's rained every day since. The wheat's lying flat in the top field. The contractor says he can't come till the 20th.
+ fr long n | La moisson devait commencer lundi. Il pleut tous les jours depuis. Le blé est couché dans le champ du haut. L'entrepreneur dit qu'il ne peut pas venir avant le 20.
# negation
fr negation n | Ce n'est pas de la colère contre le chauffeur du car, c'est de savoir qu'il a encore bu ce midi.
+ en negation n | It's not anger at the coach driver, it's knowing he's had a drink again this lunchtime.
en negation n | Not sad he's leaving for Vancouver, just uneasy about him sleeping in his car till he finds a place.
+ fr negation n | Pas triste qu'il parte à Vancouver, juste pas tranquille de le savoir dormir dans sa voiture en attendant.
fr negation l | Rien d'urgent, personne n'est blessé, mais ce bruit dans le mur quand il pleut ne me plaît pas.
+ en negation l | Nothing urgent, nobody's hurt, but I don't like that noise in the wall when it rains.
fr negation n | Je ne suis pas en panique, mais le bébé n'a pas repris de poids à la pesée de la PMI.
+ en negation n | I'm not panicking, but the baby hasn't put weight back on at the clinic weigh-in.
en negation n | I'm not angry with the school, I'm worried: third "minor incident" report this month.
+ fr negation n | Je n'en veux pas à l'école, je m'inquiète : troisième rapport d'« incident mineur » ce mois-ci.
fr negation n | Ce n'est pas de la nostalgie, cette vieille maison, c'est que le toit ne passera pas l'hiver avec maman dedans.
+ en negation n | It's not nostalgia about that old house, it's that the roof won't last the winter with Mum inside.
fr negation l | Pas de quoi s'affoler, hein, mais le voyant de pression des pneus est allumé depuis Lyon.
+ en negation l | Nothing to freak out about, but the tyre pressure light's been on since Lyon.
en negation n | Not exactly scared, just can't settle till my daughter's plane lands in Montreal.
+ fr negation n | Pas vraiment peur, mais je ne tiendrai pas en place tant que l'avion de ma fille n'a pas atterri à Montréal.
fr negation n | Je ne suis pas curieuse de ses messages, je veux juste savoir qui lui dit de ne plus manger.
+ en negation n | I'm not nosy about her messages, I just want to know who's telling her to stop eating.
fr negation n | Ce n'est pas le trac du premier jour, c'est que mon fils ne sait toujours pas lire à huit ans.
+ en negation n | It's not first-day nerves, it's that my son still can't read at eight.
en negation l | No drama, no shouting, just a strange quiet since Dad came back from the hospital.
+ fr negation l | Pas de drame, pas de cris, juste un drôle de silence depuis que papa est rentré de l'hôpital.
# mixed
fr mixed n | Contente pour ma fille qui part étudier à Québec, mais surtout inquiète de la savoir seule l'hiver.
+ en mixed n | Happy for my daughter going off to study in Quebec City, but mostly worried about her alone there in winter.
en mixed n | A bit proud he got the apprenticeship, but mostly uneasy: the site's got a terrible safety record.
+ fr mixed n | Un peu fier qu'il ait décroché l'apprentissage, mais surtout pas tranquille : le chantier a un dossier de sécurité catastrophique.
fr mixed l | Fatiguée de la semaine, et surtout préoccupée par le coup de fil de la pédiatre ce midi.
+ en mixed l | Tired from the week, and mostly preoccupied by the paediatrician's phone call at lunch.
fr mixed n | Le barbecue était sympa, mais j'ai passé la soirée à guetter le téléphone : toujours rien de l'hôpital.
+ en mixed n | The barbecue was nice, but I spent the evening eyeing my phone: still nothing from the hospital.
en mixed n | Annoyed at the bank, sure, but what's really eating me is whether the loan goes through before Friday.
+ fr mixed n | Énervé contre la banque, oui, mais ce qui me ronge vraiment, c'est de savoir si le prêt passera avant vendredi.
fr mixed n | Un peu de nostalgie en vidant la chambre de mon fils, mais surtout la boule au ventre : il part en Irak avec l'ONG.
+ en mixed n | A bit nostalgic clearing out my son's room, but mostly a knot in my stomach: he's off to Iraq with the NGO.
fr mixed l | Amusée par la vidéo de mon fils en Australie, mais ce bandage à la main, il ne m'en a pas parlé.
+ en mixed l | Amused by my son's video from Australia, but that bandage on his hand, he never mentioned it.
en mixed n | Curious to meet her new boyfriend, but mostly uneasy: he's forty and she's nineteen.
+ fr mixed n | Curieux de rencontrer son nouveau copain, mais surtout mal à l'aise : il a quarante ans, elle en a dix-neuf.
fr mixed n | Soulagée que l'opération soit finie, mais le chirurgien a dit « on en saura plus dans quarante-huit heures ».
+ en mixed n | Relieved the operation's over, but the surgeon said "we'll know more in forty-eight hours".
fr mixed n | Super soirée au match du Canadien, mais papa n'a pas décroché de la soirée, lui qui commente toujours avec moi au téléphone.
+ en mixed n | Great night at the Habs game, but Dad didn't pick up all evening, and he always does the commentary with me on the phone.
en mixed l | Excited for the move to Dublin, but honestly more worried about finding anywhere to rent.
+ fr mixed l | Content de partir à Dublin, mais franchement plus inquiet de trouver un logement à louer.
# slang_emoji
fr slang_emoji n | le daron a encore « oublié » son rdv cardio 🙄😟 jsp comment le convaincre
+ en slang_emoji n | dad "forgot" his cardio appointment again 🙄😟 idk how to convince him
en slang_emoji n | lowkey freaking about the mortgage renewal ngl 😬 numbers don't add up
+ fr slang_emoji n | j'avoue je stresse un peu pour le renouvellement de l'hypothèque 😬 les chiffres collent pas
fr slang_emoji l | tabarnak le char fait un bruit bizarre pis j'ai 300 km à faire demain 😕
+ en slang_emoji l | ugh the car's making a weird noise and I've got 300 km to drive tomorrow 😕
fr slang_emoji n | ma sœur est en Thaïlande et son dernier story date de 3 jours 😶 elle poste 10x par jour d'hab
+ en slang_emoji n | my sister's in Thailand and her last story was 3 days ago 😶 she normally posts 10x a day
en slang_emoji n | mate hasn't shown up to footy or work all week 🫤 not like him at all
+ fr slang_emoji n | mon pote est pas venu au foot ni au taf de la semaine 🫤 ça lui ressemble pas du tout
fr slang_emoji n | le proprio m'a écrit « on doit parler du bail » avec un point final 😳 ça sent mauvais
+ en slang_emoji n | landlord texted "we need to talk about the lease" with a full stop 😳 not a good sign
en slang_emoji l | kid's been coughing since the bushfire smoke rolled in 😷 keeping an eye on it
+ fr slang_emoji l | le petit tousse depuis que la fumée des feux de brousse est arrivée 😷 je surveille
fr slang_emoji n | wesh ma meuf est partie courir à 21h et elle répond plus 😬 elle fait jamais ça
+ en slang_emoji n | my girlfriend went for a run at 9pm and isn't answering 😬 she never does that
fr slang_emoji l | prise de sang à refaire « par sécurité » 🙃 merci le stress du week-end
+ en slang_emoji l | blood test to redo "just to be safe" 🙃 thanks for the weekend stress
# typo
fr typo n | mon fils a pa pris son insuline ce matin et il est en sortie scolaire toute la journé
+ en typo n | my son didnt take his insulin this morning and hes on a school trip all day
en typo n | nan isnt answering her landline, shes never out after 6
+ fr typo n | mamie repond pas au fixe, elle sort jamais aprè 18h
fr typo l | le toit fuit ancore un peu ds la chambre du fond et ils anoncent 3 jours de pluie
+ en typo l | roof's leakin a bit agian in the back bedroom and theyre saying 3 days of rain
fr typo n | ma fille a dit kelle rentrait en uber a 2h, il est 3h et tjrs personne
+ en typo n | my daughter said shed get an uber home at 2, its 3 and still no one
en typo n | docs office called twice and left no mesage, cant get thru now
+ fr typo n | le cabinet du doc a apelé 2 fois sans laisser de messag, ça sonne occupé mtn
fr typo n | le bebe a vomi 3 fois depui ce matin, il garde rien
+ en typo n | baby's thrown up 3 times since this morning, cant keep anything down
fr typo l | jsuis pas sur davoir eteint le fer a lisser et jsuis deja dans le train pour lille
+ en typo l | not sure i turned off the hair straighteners and im already on the train to lille
en typo n | dog keeps licking his paw and wont let me look, limpin since the park
+ fr typo n | le chien arrete pa de se lecher la pate et veu pas que je regarde, il boite depuis le parc
fr typo n | la banque a bloké ma carte sans raison et le loyer part demain
+ en typo n | bank blockd my card for no reason and rent goes out tmrw
# wish
fr wish n c=navy;cool_white b=dim | Je me fais du souci pour mon fils qui roule de nuit vers Bruxelles. Du bleu marine et un blanc froid, tout doux.
+ en wish n c=navy;cool_white b=dim | I'm worried about my son driving to Brussels overnight. Navy and a cool white, very soft.
en wish n c=blue;teal b=dim | Uneasy about tomorrow's meeting with the bank. Blue and teal, keep it low.
+ fr wish n c=blue;teal b=dim | Pas tranquille pour le rendez-vous à la banque demain. Du bleu et du bleu canard, en douceur.
fr wish l c=indigo b=dim | Un petit souci qui me trotte dans la tête pour papa. Juste un peu d'indigo, lumière basse.
+ en wish l c=indigo b=dim | A small worry about Dad going round my head. Just a bit of indigo, low light.
fr wish n c=blue;amber | Inquiète pour le chat qui n'est pas rentré. Du bleu avec un peu d'ambre, s'il te plaît.
+ en wish n c=blue;amber | Worried about the cat not coming home. Blue with a touch of amber, please.
en wish n c=navy;teal b=dim | Can't stop fretting about Mum's scan on Monday. Navy and teal, dimmed right down.
+ fr wish n c=navy;teal b=dim | Je n'arrête pas de m'inquiéter pour le scanner de maman lundi. Bleu marine et bleu canard, bien tamisés.
# explicit
fr explicit n | Je suis vraiment inquiète pour la suite de sa grossesse.
+ en explicit n | I'm really worried about how the rest of her pregnancy will go.
en explicit n | Honestly, I'm anxious about what the bank will decide.
+ fr explicit n | Honnêtement, je suis anxieux de ce que la banque va décider.
fr explicit h | Je me fais un sang d'encre, je ne tiens plus en place.
+ en explicit h | I'm worried sick, I can't sit still.
fr explicit l | Un léger malaise, une petite inquiétude pour l'entretien de lundi.
+ en explicit l | A slight unease, a little worry about Monday's interview.
en explicit n | There's a worry I can't shake about my brother lately.
+ fr explicit n | Il y a une inquiétude qui ne me lâche pas pour mon frère ces temps-ci.
"""

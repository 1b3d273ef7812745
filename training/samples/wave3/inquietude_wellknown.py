"""inquietude: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 1 waiting for test or biopsy results | 2 found a lump, appointment coming
# 3 called back after a mammogram or scan | 4 parent's operation tomorrow
# 5 parent in hospital, no news yet | 6 chest pain or palpitations
# 7 changing mole, headaches that won't go | 8 bleeding or less movement in pregnancy
# 9 baby with a fever, not gaining weight | 10 friend or relative on cancer treatment
# 11 parent becoming forgetful | 12 elderly parent living alone, falls, not answering
# 13 epidemic near a frail relative | 14 dreading a medical or dental procedure
# 15 pet ill, vet visit pending | 16 pet missing since yesterday
# 17 child late home, not answering | 18 teenager out late at a party
# 19 teenager driving alone for the first time | 20 suspect drugs or bad company
# 21 child maybe bullied, stomach aches before school | 22 grades falling, repeating a year
# 23 child starting a new school | 24 child's first trip away or abroad
# 25 teenager withdrawn, not eating | 26 rumours of layoffs
# 27 boss or HR wants to see me, no reason given | 28 contract or probation ending
# 29 company losing clients, freelance with no orders | 30 savings or benefits running out
# 31 rent and bills I may not cover | 32 overdraft, unpaid school meals
# 33 mortgage not approved, rates rising | 34 recorded letter, tax audit
# 35 pension and old age money | 36 big presentation or interview tomorrow
# 37 exam tomorrow, not ready | 38 driving or theory test coming
# 39 visa or residence permit pending | 40 strange noise or warning light in the car
# 41 damp patch, crack in the wall | 42 storm or flood warning
# 43 heatwave and elderly relatives | 44 burglaries nearby, faulty lock
# 45 landlord selling, may have to move out | 46 moving to a new city
# 47 long or snowy drive ahead | 48 upcoming flight, partner flying in a storm
# 49 partner with a dangerous job or night drive | 50 child deployed or abroad without news
# 51 partner distant, "we need to talk" | 52 friend depressed, dark message
# 53 sister with bruises, friend risking savings | 54 relative drinking or gambling
# 55 elderly parent still driving or targeted by scams | 56 climate change and the future
# 57 war news with family over there | 58 cost of living rising
# 59 outbreak at school or nursery | 60 lying awake about tomorrow or bills
# 61 unknown payment, data breach | 62 stranger messaging my child online
# 63 elderly neighbour not seen for days | 64 my own operation coming up
# 65 drought or hail threatening the harvest | 66 small business empty, loan due
# 67 new baby, checking breathing, first babysitter | 68 grown child struggling far away
# 69 custody hearing, ex threatening to move | 70 house alone, something not working

# situations: health and hospital
fr situation n | Résultats de la biopsie dans huit jours, je ne pense qu'à ça.
+ en situation n | Biopsy results in eight days, it's all I can think about.
fr situation n | Le labo devait rappeler pour ma prise de sang, et toujours rien.
+ en situation n | The lab was supposed to call back about my blood test, and still nothing.
fr situation h | J'ai senti une boule dans mon sein ce matin, rendez-vous jeudi.
+ en situation h | Felt a lump in my breast this morning, appointment on Thursday.
fr situation n | Une grosseur au cou qui ne part pas, le médecin veut une échographie.
+ en situation n | A swelling in my neck that won't go down, the GP wants an ultrasound.
fr situation n | On me rappelle après la mammographie pour des examens complémentaires.
+ en situation n | They've called me back after my mammogram for further tests.
fr situation n | Le radiologue a dit « on va juste vérifier un détail », et il est sorti.
+ en situation n | The radiologist said "we'll just check one thing" and left the room.
fr situation n | Papa se fait opérer du cœur demain à huit heures. Lumière douce, stp.
+ en situation n | Dad's having heart surgery at eight tomorrow. Soft lighting, please.
fr situation n | Ma mère passe au bloc demain, à quatre-vingt-six ans, sous anesthésie générale.
+ en situation n | Mum goes into theatre tomorrow, at eighty-six, under general anaesthetic.
fr situation n | Maman est aux urgences depuis midi, toujours aucune nouvelle des médecins.
+ en situation n | Mum's been in A&E since lunchtime, still no word from the doctors.
fr situation n | Mon grand-père est hospitalisé pour une pneumonie, et à son âge...
+ en situation n | My grandad's in hospital with pneumonia, and at his age...
fr situation n | Ça fait trois soirs que j'ai des palpitations, sans raison.
+ en situation n | Three evenings in a row I've had palpitations, for no reason.
fr situation n | Une petite douleur dans la poitrine qui revient, et je n'ose pas appeler le médecin.
+ en situation n | A little pain in my chest that keeps coming back, and I daren't ring the doctor.
fr situation l | Le grain de beauté sur mon dos a changé de couleur.
+ en situation l | The mole on my back has changed colour.
fr situation n | Des maux de tête tous les matins depuis deux semaines, ça ne me ressemble pas.
+ en situation n | Headaches every morning for two weeks, that's not like me.
fr situation h | Petits saignements à dix semaines de grossesse, la sage-femme me voit demain.
+ en situation h | Some spotting at ten weeks pregnant, the midwife's seeing me tomorrow.
fr situation n | Le bébé bouge moins depuis hier, on part à la maternité pour un contrôle.
+ en situation n | The baby's been moving less since yesterday, we're off to the maternity unit for a check.
fr situation n | Le petit a 39,5 de fièvre et la pédiatre ne peut pas nous voir avant lundi.
+ en situation n | Our little one has a 39.5 temperature and the paediatrician can't see us before Monday.
fr situation n | Ma fille ne prend pas assez de poids, la PMI veut la revoir dans une semaine.
+ en situation n | My baby isn't gaining enough weight, the health visitor wants to see her next week.
fr situation n | Ma meilleure amie commence sa chimio lundi, elle a trente-deux ans.
+ en situation n | My best friend starts chemo on Monday, she's thirty-two.
fr situation n | Le traitement de mon oncle ne marche pas comme prévu, ils vont tenter autre chose.
+ en situation n | My uncle's treatment isn't working as hoped, they're going to try something else.
fr situation n | Maman a oublié trois fois cette semaine qu'elle m'avait déjà appelée.
+ en situation n | Three times this week Mum forgot she'd already rung me.
fr situation n | Papa s'est perdu en revenant de la boulangerie, lui qui connaît le quartier par cœur.
+ en situation n | Dad got lost coming back from the bakery, in a neighbourhood he knows by heart.
fr situation n | Mamie vit seule et elle est encore tombée dans la salle de bain. Mets une ambiance.
+ en situation n | Gran lives alone and she's had another fall in the bathroom. Set the mood.
fr situation n | Mon père ne répond pas au téléphone depuis ce matin, et il habite à 300 km.
+ en situation n | My father hasn't picked up since this morning, and he lives 300 km away.
fr situation l | Grosse épidémie de grippe à l'Ehpad de mamie.
+ en situation l | Big flu outbreak at Gran's care home.
fr situation n | Mon père, greffé du rein, a été en contact avec un cas de Covid.
+ en situation n | My dad, who's had a kidney transplant, has been in contact with a Covid case.
fr situation l | Dévitalisation chez le dentiste jeudi, je redoute déjà.
+ en situation l | Root canal at the dentist on Thursday, I'm already dreading it.
fr situation n | Coloscopie la semaine prochaine, et j'ai lu beaucoup trop de choses sur internet.
+ en situation n | Colonoscopy next week, and I've read far too much online.
fr situation n | Le chat ne mange plus depuis deux jours, on voit le véto demain.
+ en situation n | The cat hasn't eaten in two days, we're seeing the vet tomorrow.
fr situation n | Mon chien boite et le vétérinaire parle de faire des radios.
+ en situation n | My dog's limping and the vet's talking about X-rays.
fr situation n | Notre chat n'est pas rentré depuis hier soir, c'est la première fois.
+ en situation n | Our cat hasn't come home since last night, that's a first.
fr situation n | La chienne a fugué pendant l'orage, on a collé des affiches partout. Lumières adaptées, merci.
+ en situation n | The dog ran off during the storm, we've put up posters everywhere. Lights to match, thanks.
# situations: children and teenagers
fr situation h | Vingt heures, mon fils n'est pas rentré du foot et ne répond pas.
+ en situation h | Eight o'clock, my son's not back from football and isn't answering.
fr situation n | Ma fille devait m'envoyer un texto en arrivant chez sa copine, toujours rien.
+ en situation n | My daughter was meant to text me when she got to her friend's, still nothing.
fr situation n | Ma fille de seize ans est à sa première soirée, et il est une heure du matin.
+ en situation n | My sixteen-year-old is at her first party, and it's one in the morning.
fr situation n | Il est sorti avec des plus grands qui ont le permis depuis un mois.
+ en situation n | He's gone out with older kids who passed their driving test a month ago.
fr situation n | Mon fils prend la voiture seul pour la première fois, et de nuit.
+ en situation n | My son's taking the car out alone for the first time, and at night.
fr situation n | Premier trajet de ma fille en scooter sur la nationale.
+ en situation n | My daughter's first ride on her moped along the main road.
fr situation n | J'ai trouvé du papier à rouler dans la poche de mon fils de quatorze ans.
+ en situation n | I found rolling papers in my fourteen-year-old's pocket.
fr situation n | Ma fille traîne avec une bande plus âgée et ment sur ses sorties.
+ en situation n | My daughter's hanging round with an older crowd and lying about where she goes.
fr situation n | Mon fils a mal au ventre tous les matins avant l'école, je crois qu'on l'embête.
+ en situation n | My son gets a tummy ache every morning before school, I think someone's picking on him.
fr situation n | Elle rentre du collège avec des affaires abîmées et refuse de dire pourquoi.
+ en situation n | She comes home from school with her things damaged and won't say why.
fr situation l | Ses notes s'effondrent depuis la rentrée, et il jure que tout va bien.
+ en situation l | His marks have nosedived since September, and he swears everything's fine.
fr situation n | Le conseil de classe parle de faire redoubler ma fille.
+ en situation n | The teachers are talking about making my daughter repeat the year.
fr situation l | Première rentrée en maternelle demain, et elle ne connaît personne.
+ en situation l | First day at nursery school tomorrow, and she doesn't know anyone.
fr situation l | Mon fils entre en sixième dans un collège de mille élèves. Ambiance en conséquence.
+ en situation l | My boy's starting secondary at a school with a thousand pupils. Lights to suit.
fr situation l | Le petit part une semaine en classe de neige, sa première fois sans nous.
+ en situation l | Our youngest is off on a week's school ski trip, his first time without us.
fr situation n | Ma fille de dix-huit ans part seule en Asie, sac au dos.
+ en situation n | My eighteen-year-old is heading off to Asia alone with a backpack.
fr situation n | Mon ado s'enferme dans sa chambre et ne mange presque plus.
+ en situation n | My teenager shuts himself in his room and hardly eats anymore.
fr situation n | Elle a laissé tomber la danse, ses amis, tout, sans vouloir en parler.
+ en situation n | She's dropped dance, her friends, everything, and won't talk about it.
fr situation n | Un inconnu écrit à ma fille de douze ans sur un jeu en ligne.
+ en situation n | A stranger's been messaging my twelve-year-old on an online game.
fr situation n | Mon fils passe ses nuits sur un forum dont il refuse de parler.
+ en situation n | My son spends his nights on a forum he won't talk about.
fr situation n | Je me relève toutes les heures pour vérifier que le bébé respire.
+ en situation n | I get up every hour to check the baby's still breathing.
fr situation l | Premier soir où on confie le bébé à une baby-sitter qu'on connaît à peine.
+ en situation l | First evening leaving the baby with a sitter we barely know.
fr situation l | Mon fils, étudiant à Lyon, a l'air perdu au téléphone et mange mal.
+ en situation l | My son, at uni in Lyon, sounds lost on the phone and isn't eating properly.
fr situation n | Ma fille a plaqué son travail sur un coup de tête, et son loyer ?
+ en situation n | My daughter quit her job on a whim, and what about her rent?
fr situation n | Audience pour la garde des enfants dans dix jours.
+ en situation n | Custody hearing for the kids in ten days.
fr situation n | Mon ex menace de partir à l'étranger avec les enfants. Mets quelque chose qui colle.
+ en situation n | My ex is threatening to move abroad with the kids. Put on something that fits.
# situations: work, money, paperwork, exams
fr situation n | Rumeurs de plan social à la boîte, personne ne sait qui sera touché.
+ en situation n | Rumours of redundancies at work, and nobody knows who'll be hit.
fr situation n | La direction convoque tout le monde demain à 9 h, sans ordre du jour.
+ en situation n | Management has called everyone in at nine tomorrow, no agenda.
fr situation n | Mon chef veut me voir demain « pour discuter », c'est tout ce qu'il a dit.
+ en situation n | My boss wants to see me tomorrow "for a chat", and that's all he said.
fr situation n | Les RH m'ont envoyé une invitation à un entretien, sans objet.
+ en situation n | HR sent me a meeting invite with a blank subject line.
fr situation n | Mon CDD se termine dans trois semaines et personne ne me parle de la suite.
+ en situation n | My fixed-term contract ends in three weeks and nobody's said what happens next.
fr situation n | Fin de période d'essai vendredi, et ma manager m'évite.
+ en situation n | My probation ends on Friday and my manager's avoiding me.
fr situation n | Trois gros clients sont partis, je me demande si la boîte tiendra jusqu'à l'été.
+ en situation n | Three big clients have walked, I wonder if the firm will last till summer.
fr situation n | Indépendante, et pas une seule commande depuis six semaines.
+ en situation n | Freelance, and not a single order in six weeks.
fr situation n | Plus que deux mois d'économies, et toujours aucune réponse à mes candidatures.
+ en situation n | Two months of savings left and still no replies to my job applications.
fr situation n | Mes droits au chômage s'arrêtent en mars, et rien en vue.
+ en situation n | My jobseeker's allowance stops in March, and nothing on the horizon.
fr situation n | On est le 20, il me reste 80 euros, et le loyer part le 5.
+ en situation n | It's the 20th, I've got 80 euros left, and the rent goes out on the 5th.
fr situation n | Les factures s'empilent sur le buffet, je n'ose plus les ouvrir.
+ en situation n | The bills are piling up on the sideboard and I daren't open them anymore.
fr situation n | À découvert depuis le 10, et la cantine des enfants n'est pas réglée.
+ en situation n | Overdrawn since the 10th, and the kids' school dinners aren't paid.
fr situation l | La banque m'a écrit au sujet de mon découvert.
+ en situation l | The bank has written to me about my overdraft.
fr situation n | La banque n'a toujours pas validé notre prêt, et le compromis expire vendredi.
+ en situation n | The bank still hasn't approved our mortgage, and the sale agreement runs out on Friday.
fr situation n | Mon taux variable remonte encore, la mensualité va prendre 200 euros.
+ en situation n | My variable rate's going up again, the monthly repayment will jump by 200.
fr situation n | Lettre recommandée à retirer à la poste, et aucune idée de ce que c'est.
+ en situation n | A recorded-delivery letter waiting at the post office, and no idea what it's about.
fr situation n | Les impôts m'annoncent un contrôle sur mes trois dernières déclarations. Mets une ambiance, stp.
+ en situation n | The tax office is auditing my last three returns. Set the mood, please.
fr situation l | Je calcule ma future retraite et je ne vois pas comment on va s'en sortir.
+ en situation l | I'm working out my future pension and can't see how we'll get by.
fr situation l | À cinquante-huit ans, je me demande si je tiendrai physiquement jusqu'à la retraite.
+ en situation l | At fifty-eight, I wonder if my body will hold out until retirement.
fr situation n | Présentation devant le comité de direction demain, et mon support n'est pas prêt.
+ en situation n | Presenting to the board tomorrow, and my slides aren't ready.
fr situation l | Entretien d'embauche demain matin, je sens que je vais mal dormir.
+ en situation l | Job interview tomorrow morning, I can tell I'll sleep badly.
fr situation n | Bac de philo demain, et j'ai à peine révisé la moitié du programme.
+ en situation n | Philosophy exam tomorrow, and I've barely revised half the syllabus.
fr situation n | Partiels lundi, trois matières en retard, je ne vois pas comment rattraper.
+ en situation n | Finals on Monday, three subjects behind, and I can't see how to catch up.
fr situation l | Permis après-demain, j'ai peur de caler au premier feu.
+ en situation l | Driving test the day after tomorrow, scared I'll stall at the first lights.
fr situation l | Deuxième passage du code samedi, je n'ai plus droit à l'erreur.
+ en situation l | Second go at the theory test on Saturday, no room for mistakes now.
fr situation n | Mon titre de séjour expire dans deux semaines et la préfecture ne répond pas.
+ en situation n | My residence permit runs out in two weeks and the prefecture isn't answering.
fr situation n | Toujours pas de visa pour ma femme, et les billets sont déjà pris.
+ en situation n | Still no visa for my wife, and the tickets are already booked.
# situations: home, car, weather, travel
fr situation n | La voiture fait un bruit de frottement dans les virages, et on part samedi.
+ en situation n | The car makes a grinding noise on bends, and we leave on Saturday.
fr situation n | Voyant moteur allumé depuis ce matin, le garage est complet jusqu'à jeudi.
+ en situation n | Engine light's been on since this morning, the garage is booked up until Thursday.
fr situation n | Une tache d'humidité s'agrandit au plafond de la chambre.
+ en situation n | A damp patch on the bedroom ceiling keeps spreading.
fr situation n | Une fissure est apparue dans le mur porteur depuis la sécheresse.
+ en situation n | A crack has appeared in the load-bearing wall since the drought.
fr situation n | Alerte orange aux crues cette nuit, et la rivière est à deux cents mètres.
+ en situation n | Amber flood warning tonight, and the river's two hundred metres away.
fr situation n | Tempête annoncée, et le vieux chêne penche vers la maison. Lumières en conséquence.
+ en situation n | Storm on the way, and the old oak leans towards the house. Lights to match.
fr situation l | Canicule toute la semaine, et mamie n'a même pas de ventilateur.
+ en situation l | Heatwave all week, and Gran hasn't even got a fan.
fr situation l | Quarante degrés prévus, et mon père tient à jardiner l'après-midi.
+ en situation l | Forty degrees forecast, and my dad insists on gardening in the afternoon.
fr situation n | Trois cambriolages dans la rue ce mois-ci, et on part deux semaines.
+ en situation n | Three break-ins on our street this month, and we're away for a fortnight.
fr situation l | La serrure de la porte d'entrée force depuis hier, elle ferme mal.
+ en situation l | The front-door lock has been sticking since yesterday, it won't shut properly.
fr situation n | Le propriétaire vend l'appart, on a peut-être six mois pour trouver ailleurs.
+ en situation n | The landlord's selling the flat, we may have six months to find somewhere else.
fr situation n | Congé pour vente reçu ce matin, et les loyers du quartier ont flambé.
+ en situation n | Notice to quit came this morning, and rents round here have gone through the roof.
fr situation l | On déménage à Montréal dans un mois, et je n'ai pas encore de travail là-bas.
+ en situation l | We're moving to Montreal in a month, and I've no job lined up there yet.
fr situation l | Nouvelle ville, nouvelle école pour les enfants, et on ne connaît personne.
+ en situation l | New town, new school for the kids, and we don't know a soul.
fr situation n | Route enneigée demain pour monter au chalet, avec des pneus fatigués.
+ en situation n | Snowy roads tomorrow up to the chalet, on worn-out tyres.
fr situation l | Huit cents kilomètres à faire seule demain avec les trois petits.
+ en situation l | Eight hundred kilometres to drive on my own tomorrow with the three little ones.
fr situation n | Vol de douze heures dans trois jours, et je ne dors déjà plus.
+ en situation n | Twelve-hour flight in three days, and I've already stopped sleeping.
fr situation l | Mon mari prend l'avion en pleine tempête, les vols sont maintenus.
+ en situation l | My husband's flying in the middle of the storm, flights are still going ahead.
# situations: partner, friends, relatives
fr situation n | Mon mari est pompier, il est parti sur le grand feu de forêt du massif.
+ en situation n | My husband's a firefighter, he's been sent to the big wildfire in the hills.
fr situation n | Mon copain roule toute la nuit sous la pluie, et il est crevé.
+ en situation n | My boyfriend's driving through the night in the rain, and he's shattered.
fr situation n | Mon fils part en mission au Sahel pour quatre mois.
+ en situation n | My son's being deployed to the Sahel for four months.
fr situation n | Aucune nouvelle de ma fille, en mission humanitaire, depuis une semaine.
+ en situation n | Not a word from my daughter, away on a humanitarian mission, for a week.
fr situation n | Il est distant depuis des semaines et passe ses soirées sur son téléphone.
+ en situation n | He's been distant for weeks and spends every evening on his phone.
fr situation n | Ma femme m'a dit ce matin : « Il faut qu'on parle ce soir. »
+ en situation n | My wife said this morning, "We need to talk tonight."
fr situation n | Mon ami ne répond plus à personne depuis sa rupture, même pas à sa mère.
+ en situation n | My friend has stopped answering anyone since his break-up, not even his mum.
fr situation h | Ma copine a posté un message très sombre cette nuit, puis plus rien.
+ en situation h | My friend posted a really dark message last night, and then nothing.
fr situation n | Ma sœur a encore un bleu au bras et dit qu'elle s'est cognée.
+ en situation n | My sister has another bruise on her arm and says she walked into something.
fr situation l | Mon meilleur pote a tout mis dans les cryptos, même son épargne. Mets quelque chose d'adapté.
+ en situation l | My best mate has put everything into crypto, even his savings. Something to fit, please.
fr situation n | Mon père boit de plus en plus depuis qu'il est à la retraite.
+ en situation n | My dad's been drinking more and more since he retired.
fr situation n | Je crois que mon frère a replongé dans les paris en ligne, il redemande de l'argent.
+ en situation n | I think my brother's back on the online betting, he's asking for money again.
fr situation n | Papy conduit encore à quatre-vingt-dix ans et il a accroché deux voitures ce mois-ci.
+ en situation n | Grandad's still driving at ninety and he's clipped two cars this month.
fr situation n | Ma mère a eu un faux conseiller bancaire au téléphone, elle a peut-être donné ses codes.
+ en situation n | Mum had a fake bank adviser on the phone, she may have given out her codes.
fr situation l | Je n'ai pas vu la voisine âgée depuis quatre jours, ses volets restent fermés.
+ en situation l | Haven't seen the old lady next door for four days, her shutters stay closed.
fr situation l | Le vieux monsieur du troisième a l'air de plus en plus confus.
+ en situation l | The old gentleman on the third floor seems more and more confused.
# situations: my own health, work, land
fr situation n | Opération du genou lundi, et on m'a détaillé les risques d'infection.
+ en situation n | Knee operation on Monday, and they went through the infection risks with me.
fr situation n | Anesthésie générale jeudi, la première de ma vie.
+ en situation n | General anaesthetic on Thursday, the first of my life.
fr situation n | Pas une goutte de pluie depuis six semaines, et le blé grille sur pied.
+ en situation n | Not a drop of rain in six weeks, and the wheat's scorching in the field.
fr situation n | Grêle annoncée cette nuit, et les vignes sont en pleine floraison.
+ en situation n | Hail forecast tonight, and the vines are in full flower.
fr situation n | Le resto est vide depuis les travaux dans la rue, et l'échéance du prêt approche.
+ en situation n | The restaurant's been empty since the roadworks began, and the loan payment's coming up.
fr situation l | Les réservations pour l'été sont deux fois moins nombreuses que l'an dernier.
+ en situation l | Summer bookings are half what they were last year.
# situations: news, society, night, tech
fr situation l | Encore un été record, je me demande dans quel monde vivront mes enfants.
+ en situation l | Another record summer, I wonder what kind of world my kids will grow up in.
fr situation l | Les nappes phréatiques sont au plus bas et on annonce un été sec.
+ en situation l | Groundwater's at an all-time low and they're forecasting a dry summer.
fr situation n | Les nouvelles de la guerre tournent en boucle, et toute ma famille vit là-bas.
+ en situation n | The war news is on a loop, and my whole family lives out there.
fr situation l | Chaque soir le journal parle d'escalade, et je n'arrive plus à m'endormir.
+ en situation l | Every night the news talks about escalation, and I can't get to sleep anymore.
fr situation l | Les courses ont pris trente euros par semaine, je ne sais pas jusqu'où ça ira.
+ en situation l | The weekly shop's gone up thirty euros, and I don't know where it'll stop.
fr situation l | Le fioul a doublé, et l'hiver n'a même pas commencé.
+ en situation l | Heating oil has doubled, and winter hasn't even started.
fr situation l | Épidémie de bronchiolite à la crèche du petit.
+ en situation l | Bronchiolitis going round our little one's nursery.
fr situation l | Rougeole signalée à l'école de ma fille, et elle n'a eu qu'une dose.
+ en situation l | Measles reported at my daughter's school, and she's only had one jab.
fr situation n | Trois heures du matin, je rejoue la réunion de demain dans ma tête.
+ en situation n | Three in the morning, and I'm replaying tomorrow's meeting in my head.
fr situation n | Je me réveille à quatre heures chaque nuit en pensant aux factures. Tamise les lumières.
+ en situation n | I wake at four every night thinking about the bills. Dim the lights.
fr situation n | Un paiement inconnu de 300 euros sur mon compte, la banque enquête.
+ en situation n | An unknown 300-euro payment on my account, the bank's looking into it.
fr situation l | Une alerte dit que mon mot de passe est apparu dans une fuite de données.
+ en situation l | An alert says my password showed up in a data breach.
fr situation l | Seule à la maison cette semaine, et la porte du garage ne ferme plus.
+ en situation l | On my own at home this week, and the garage door won't lock anymore.
fr situation l | Le chauffe-eau fait des bruits bizarres depuis hier soir.
+ en situation l | The water heater's been making odd noises since last night.
# typo: fast typing, SMS spelling
fr typo n | mon fils repond pas et il devait etre rentré a 19h
+ en typo n | my son isnt answering and he shuld have been home by 7
fr typo n | resultats de la biopsie ds 1 semaine jen dors plus
+ en typo n | biopsy results in 1 wk cant sleep anymroe
fr typo l | rumeur de licenciemnts au taf, on sait rien
+ en typo l | rumors of layofs at work, nobody knows anythin
fr typo n | le chat est pas rentré depui hier soir c jamais arrivé
+ en typo n | cat hasnt come home since lst night, never happend before
fr typo n | plus que 50e sur le compte et le loyer tombe lundi
+ en typo n | only 50 quid left and rents due monday
fr typo l | voyant moteur allumé sur l'autoroute jsp quoi faire
+ en typo l | engine light came on on the motorway idk what to do
fr typo n | ma mere a une echo demain pr une boule au sein
+ en typo n | mum has an ultrasound tmrw for a lump in her breast
fr typo n | papa se fait operer demain matin, jarrive pas a dormir
+ en typo n | dads having his op tmrw morning, cant get to sleep
# slang_emoji
fr slang_emoji n | mon chef veut me voir demain sans dire pourquoi 😬😬
+ en slang_emoji n | boss wants to see me tomorrow, no idea why 😬😬
fr slang_emoji n | la petite a 40 de fièvre 🥵 le doc répond pas 😟
+ en slang_emoji n | little one's at 40 degrees 🥵 doc's not picking up 😟
fr slang_emoji l | compte dans le rouge 📉 jsp comment finir le mois 😕
+ en slang_emoji l | account's in the red 📉 idk how I'll make it to payday 😕
fr slang_emoji n | ma fille devait rentrer à minuit, il est 1h 🫠 toujours rien
+ en slang_emoji n | daughter was due home at midnight, it's 1am 🫠 still nothing
fr slang_emoji l | partiels dans 3 jours et j'ai rien capté 😰📚
+ en slang_emoji l | finals in 3 days and I've understood nothing 😰📚
fr slang_emoji l | tbh la fissure dans le mur elle grandit 😶
+ en slang_emoji l | tbh that crack in the wall is getting bigger 😶
# explicit: the feeling named in everyday words
fr explicit n | Je suis morte d'inquiétude pour mon père.
+ en explicit n | I'm worried sick about my dad.
fr explicit n | J'ai une boule au ventre depuis ce matin.
+ en explicit n | I've had a knot in my stomach since this morning.
fr explicit l | Je me fais du souci pour ma fille, elle n'est pas elle-même. Mets une ambiance.
+ en explicit l | I'm concerned about my daughter, she's not herself. Set the mood.
fr explicit n | Je suis rongé d'angoisse à l'idée de perdre mon poste.
+ en explicit n | I'm eaten up with anxiety about losing my job.
fr explicit l | Je suis un peu préoccupée par la santé de ma mère.
+ en explicit l | I'm a bit uneasy about my mum's health.
fr explicit n | J'appréhende vraiment la semaine qui vient.
+ en explicit n | I'm really dreading the week ahead.
fr explicit n | Je m'inquiète, je n'arrive pas à penser à autre chose. Lumière adaptée, merci.
+ en explicit n | I'm fretting, I can't think about anything else. Lights to match, thanks.
# negation and mixed
fr negation n | Je ne panique pas, mais je ne serai pas tranquille tant qu'il n'a pas appelé.
+ en negation n | I'm not panicking, but I won't rest easy till he calls.
fr negation l | Pas de colère contre la banque, juste la peur de ne pas boucler le mois.
+ en negation l | Not anger at the bank, just fear I won't make it to month's end.
fr negation n | Pas triste, non, juste inquiète pour les résultats de lundi.
+ en negation n | Not sad, no, just anxious about Monday's results.
fr mixed n | Contente qu'il ait son permis, mais surtout inquiète de le savoir sur la route.
+ en mixed n | Glad he passed his test, but mostly worried knowing he's out on the road.
fr mixed n | Fatigué, oui, mais surtout préoccupé par l'opération de maman demain.
+ en mixed n | Tired, yes, but mostly preoccupied with Mum's operation tomorrow.
fr mixed l | Un peu agacée qu'il ne réponde pas, mais surtout inquiète.
+ en mixed l | A bit annoyed he's not answering, but mostly worried.
# wish: feeling plus colour or brightness
fr wish l c=blue b=dim | Scanner de mon père demain, je tourne en rond. Bleu doux et tamisé.
+ en wish l c=blue b=dim | Dad's scan is tomorrow, I'm pacing. Soft blue, dimmed.
fr wish n c=navy;cool_white b=dim | Rumeurs de licenciements, je n'arrive pas à me poser. Bleu nuit et blanc froid, lumière basse.
+ en wish n c=navy;cool_white b=dim | Layoff rumours, I can't settle. Navy and cool white, lights low.
fr wish l c=teal;blue | Le chat n'est pas rentré, je m'inquiète. Mets du bleu canard.
+ en wish l c=teal;blue | The cat's not home yet, I'm worried. Put on some teal.
"""

"""inquietude: third wave, triads with colere and tristesse (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Le chien a avalé une chaussette hier, le véto veut faire des radios demain matin.
+ en situation n | The dog swallowed a sock yesterday, the vet wants to do X-rays tomorrow morning.

# triad 02
fr situation n | On parle de supprimer des postes dans mon service, la liste tombe vendredi.
+ en situation n | There's talk of cutting jobs in my department, the list comes out on Friday.

# triad 03
fr situation n | Ma fille passe l'épreuve de maths du bac demain, elle n'arrive plus à dormir et moi non plus.
+ en situation n | My daughter sits her maths exam for the bac tomorrow, she can't sleep any more and neither can I.

# triad 04
en situation n | Grandma has been in A&E since this morning, we're still waiting for the scan results.
+ fr situation n | Mamie est aux urgences depuis ce matin, on attend toujours les résultats du scanner.

# triad 05
fr situation n | Le train a déjà une heure de retard ; si je rate la correspondance à Lyon, je manque l'entretien.
+ en situation n | The train is already an hour late; if I miss my connection in Lyon, I miss the interview.

# triad 06
fr situation n | Le tilleul penche de plus en plus vers la maison, et la tempête arrive cette nuit.
+ en situation n | The lime tree leans closer and closer to the house, and the storm hits tonight.

# triad 07
fr situation n | Le compte est à découvert et le loyer part le 5, je ne vois pas comment on va faire.
+ en situation n | The account is overdrawn and the rent goes out on the 5th, I can't see how we'll manage.

# triad 08
en situation n | My phone won't turn on and I never backed up the baby's photos.
+ fr situation n | Mon téléphone ne s'allume plus, et je n'ai jamais sauvegardé les photos du bébé.

# triad 09
fr situation n | Mon fils s'est tordu le genou au match, le médecin parle des ligaments, on saura jeudi.
+ en situation n | My son twisted his knee in the match, the doctor mentions ligaments, we'll know on Thursday.

# triad 10
fr situation n | Le chat se cache sous le lit depuis hier soir et refuse de sortir, même pour manger.
+ en situation n | The cat has been hiding under the bed since last night and won't come out, not even to eat.

# triad 11
fr situation n | La préfecture convoque mon mari pour un « complément d'enquête » sur son titre de séjour, sans dire pourquoi.
+ en situation n | The prefecture has summoned my husband for "further enquiries" about his residence permit, without saying why.

# triad 12
en situation n | Mum isn't answering on her birthday, and she always picks up on the first ring.
+ fr situation n | Maman ne répond pas le jour de son anniversaire, elle qui décroche toujours à la première sonnerie.

# triad 13
fr situation n | Le voyant moteur clignote depuis Orléans, et il reste 300 km avec les enfants à l'arrière.
+ en situation n | The engine light has been flashing since Orléans, and there are 300 km left with the kids in the back.

# triad 14
fr situation n | Grêle annoncée cette nuit, et les tomates du potager ne sont toujours pas couvertes.
+ en situation n | Hail forecast tonight, and the tomatoes in the vegetable patch still aren't covered.

# triad 15
en situation n | Air traffic controllers strike on Saturday; our holiday flight might well be cancelled.
+ fr situation n | Grève des contrôleurs aériens samedi ; notre vol de vacances risque d'être annulé.

# triad 16
fr situation n | Le mariage est dans trois semaines et la salle de réception vient d'être placée en redressement judiciaire.
+ en situation n | The wedding is in three weeks and the reception venue has just gone into receivership.

# triad 17
fr typo n | bruits de dispute tres violente chez la voisine et plus rien depuis une heure, j'apelle qqn ou pas ??
+ en typo n | sounds of a really violent fight at the neighbours and nothing since an hour, do i call someone or not??

# triad 18
fr situation n | Mon fils ne veut plus aller à l'école, il a mal au ventre tous les matins et refuse d'expliquer.
+ en situation n | My son doesn't want to go to school any more, he gets a tummy ache every morning and won't say why.

# triad 19
en situation n | Dad got lost yesterday at the end of his own street; can he really still live alone?
+ fr situation n | Papa s'est perdu hier au bout de sa propre rue ; est-ce qu'il peut vraiment encore vivre seul ?

# triad 20
fr situation n | L'école du village pourrait fermer à la rentrée, il faudrait faire 25 km tous les matins.
+ en situation n | The village school might close next term, we'd have to drive 25 km every morning.

# triad 21
fr situation n | Quelqu'un essaie d'entrer dans ma messagerie depuis l'étranger, et tous mes papiers sont dedans.
+ en situation n | Someone keeps trying to get into my email from abroad, and all my documents are in there.

# triad 22
fr typo n | on demenage samedi et les demenageurs ont tjrs pas confirmé la date...
+ en typo n | we move saturday and the movers still havent confirmed the date...

# triad 23
en situation n | My daughter is allergic to nuts and the waiter doesn't seem sure what's in the dessert.
+ fr situation n | Ma fille est allergique aux noix et le serveur n'a pas l'air sûr de ce qu'il y a dans le dessert.

# triad 24
fr situation n | L'échographie a montré quelque chose au cœur du bébé, on revoit le spécialiste dans dix jours.
+ en situation n | The scan showed something on the baby's heart, we see the specialist again in ten days.

# triad 25
fr situation n | L'enterrement est demain, et papa, qui sort à peine de l'hôpital, tient absolument à y aller.
+ en situation n | The funeral is tomorrow, and Dad, barely out of hospital, insists on going.

# triad 26
fr situation n | Aucun chantier prévu après le 15, et il faut payer l'apprenti et le crédit du camion.
+ en situation n | No jobs booked after the 15th, and I still have to pay the apprentice and the van loan.

# triad 27
en situation n | My fifteen-year-old is at a concert in Paris and her phone's been off since midnight.
+ fr situation n | Ma fille de quinze ans est à un concert à Paris et son téléphone est coupé depuis minuit.

# triad 28
fr situation n | La bibliothèque du quartier risque de fermer faute de budget, et c'est là que mon fils fait ses devoirs.
+ en situation n | The local library may close for lack of money, and that's where my son does his homework.

# triad 29
fr situation n | Mon fils joue en ligne jusqu'à 3 h du matin, ses notes dégringolent et il ne parle plus à personne.
+ en situation n | My son plays online till 3 a.m., his grades are plummeting and he doesn't talk to anyone any more.

# triad 30
fr situation n | La rivière monte encore, la mairie parle d'évacuer si l'eau passe le pont cette nuit.
+ en situation n | The river is still rising, the council talks about evacuating if the water goes over the bridge tonight.

# triad 31
en situation n | My laptop is making a weird clicking noise and my thesis isn't saved anywhere else.
+ fr situation n | Mon ordi fait un drôle de cliquetis et ma thèse n'est sauvegardée nulle part ailleurs.

# triad 32
fr situation n | Soutenance dans deux mois, et mon directeur de thèse ne répond plus depuis janvier.
+ en situation n | Defence in two months, and my supervisor hasn't replied since January.

# triad 33
fr situation n | Mon copain est distant depuis des semaines, et il dit qu'on doit parler ce week-end.
+ en situation n | My boyfriend has been distant for weeks, and he says we need to talk this weekend.

# triad 34
fr situation n | Une boule sous l'aisselle depuis trois semaines, et le rendez-vous chez le médecin n'est que lundi.
+ en situation n | A lump under my armpit for three weeks, and the doctor's appointment isn't until Monday.

# triad 35
fr situation n | Le colis avec le cadeau de Noël de ma fille est bloqué depuis huit jours, et Noël, c'est samedi.
+ en situation n | The parcel with my daughter's Christmas present has been stuck for eight days, and Christmas is on Saturday.

# triad 36
en situation n | No rain for six weeks; if it carries on, we won't have any hay for the winter.
+ fr situation n | Pas de pluie depuis six semaines ; si ça continue, on n'aura pas de foin pour l'hiver.

# triad 37
fr situation n | Mon frère est parti seul en montagne ce matin, l'orage arrive et il ne répond plus.
+ en situation n | My brother went up the mountain alone this morning, the storm is coming and he's stopped answering.

# triad 38
fr situation n | Une fissure est apparue dans le mur du salon, et elle s'allonge un peu chaque semaine.
+ en situation n | A crack has appeared in the living-room wall, and it gets a little longer every week.

# triad 39
en situation n | The baby's breathing sounds odd in his sleep tonight; I can't bring myself to close my eyes.
+ fr situation n | Le bébé respire bizarrement en dormant cette nuit, je n'arrive pas à fermer l'œil.

# triad 40
fr situation n | Les dons ont chuté de moitié ; on ne pourra peut-être pas nourrir tout le monde en janvier.
+ en situation n | Donations have halved; we might not be able to feed everyone in January.

# triad 41
fr situation n | Les analyses de l'eau du robinet arrivent lundi, on parle de pesticides dans la rivière.
+ en situation n | The tap water test results come on Monday, there's talk of pesticides in the river.

# triad 42
fr situation n | Papa veut jeûner tout le ramadan en plein mois de juillet, alors qu'il travaille sur les toits.
+ en situation n | Dad wants to fast for the whole of Ramadan in the middle of July, and he works on rooftops.

# triad 43
en situation n | Since she's been living alone, Grandma opens the door to anyone, and she keeps cash in a drawer.
+ fr situation n | Depuis qu'elle vit seule, mamie ouvre à n'importe qui, et elle garde son argent dans un tiroir.

# triad 44
fr situation n | Ma fille de seize ans rentre de nuit en scooter par la départementale, sans éclairage.
+ en situation n | My sixteen-year-old rides home at night on her scooter along the unlit main road.

# triad 45
fr situation n | Les impôts réclament 2 400 euros de rappel, et je n'ai pas cette somme.
+ en situation n | The tax office is demanding 2,400 euros in back tax, and I don't have that kind of money.

# triad 46
fr situation n | Mon ami d'enfance boit de plus en plus depuis son divorce, et il reprend le volant après.
+ en situation n | My childhood friend has been drinking more and more since his divorce, and he gets behind the wheel afterwards.

# triad 47
en situation n | Our club is close to bankruptcy, and the court decides its fate in July.
+ fr situation n | Notre club est au bord de la faillite, et le tribunal décide de son sort en juillet.

# triad 48
fr situation n | Mon vieux chien boite depuis ce matin et n'arrive plus à monter l'escalier.
+ en situation n | My old dog has been limping since this morning and can't manage the stairs any more.

# triad 49
fr situation n | Je pars à la retraite en juin et la caisse ne retrouve toujours pas deux de mes trimestres.
+ en situation n | I retire in June and the pension fund still can't find two of my quarters.

# triad 50
fr situation n | Ma mère rentre de l'hôpital en bus de nuit, seule, et il n'y a plus personne à cette heure-là.
+ en situation n | My mother comes home from the hospital on the night bus, alone, and there's nobody about at that hour.

# triad 51
en typo n | my son bikes to school along the ring road with all thoes lorries, cant stop thinking abt it
+ fr typo n | mon fils va au collège à vélo par le périph avec tous ces camions, j'arrete pas d'y penser

# triad 52
fr situation n | Une de mes élèves arrive avec des bleus pour la deuxième fois ce mois-ci.
+ en situation n | One of my pupils has turned up with bruises for the second time this month.

# triad 53
fr situation n | Canicule annoncée jusqu'à dimanche, et le bébé n'arrive déjà plus à dormir dans notre sixième étage.
+ en situation n | Heatwave forecast until Sunday, and the baby already can't sleep in our sixth-floor flat.

# triad 54
fr situation n | Les feuilles du citronnier jaunissent et tombent, je ne sais pas s'il passera l'hiver.
+ en situation n | The lemon tree's leaves are turning yellow and dropping, I don't know if it'll make it through the winter.

# triad 55
en situation n | Meeting with HR tomorrow at 9, no agenda, right after the merger.
+ fr situation n | Réunion avec les RH demain à 9 h, sans ordre du jour, juste après la fusion.

# triad 56
fr situation n | Je repasse le permis jeudi, dernière chance avant de perdre le job qui m'attend.
+ en situation n | I retake my driving test on Thursday, last chance before I lose the job waiting for me.

# triad 57
fr situation n | Le frigo fait un bruit bizarre, et il est plein pour le repas de communion de dimanche.
+ en situation n | The fridge is making a strange noise, and it's full for Sunday's communion lunch.

# triad 58
fr situation n | Le chien du voisin s'échappe de plus en plus souvent, et mes enfants jouent dans la rue après l'école.
+ en situation n | The neighbour's dog gets out more and more often, and my kids play in the street after school.

# triad 59
en situation n | My twelve-year-old chats every night with an online "friend" she has never met.
+ fr situation n | Ma fille de douze ans parle tous les soirs à un « ami » en ligne qu'elle n'a jamais vu.

# triad 60
fr situation n | Facture d'électricité de 480 euros ce mois-ci, et l'hiver ne fait que commencer.
+ en situation n | A 480-euro electricity bill this month, and winter has only just started.

# triad 61
fr situation n | La crèche ferme tout le mois d'août pour travaux, et on n'a personne pour garder la petite.
+ en situation n | The nursery is closing for all of August for building work, and we've got nobody to look after the little one.

# triad 62
en situation n | My suitcase isn't on the belt, and my heart medication is inside.
+ fr situation n | Ma valise n'est pas sur le tapis, et mes médicaments pour le cœur sont dedans.

# triad 63
fr situation h | Mon frère ne dort plus, ne mange plus, et répète que tout irait mieux sans lui.
+ en situation h | My brother doesn't sleep, doesn't eat, and keeps saying everything would be better without him.

# triad 64
fr situation n | Seule de garde avec quarante patients, et la fièvre de M. Petit monte depuis 22 h.
+ en situation n | Alone on shift with forty patients, and Mr Petit's fever has been climbing since 10 p.m.

# triad 65
en slang_emoji n | half marathon sunday and my knee's still pulling 😬 idk if it'll hold for 21k
+ fr slang_emoji n | semi dimanche et mon genou tire tjrs 😬 jsp s'il va tenir 21 km

# triad 66
fr situation n | Je cuisine pour vingt personnes demain, et le four ne chauffe plus qu'une fois sur deux.
+ en situation n | I'm cooking for twenty people tomorrow, and the oven only heats up half the time.

# triad 67
fr mixed n | Content de recevoir pour Noël, mais surtout inquiet : papa et mon frère ne se parlent plus depuis l'été.
+ en mixed n | Glad to host Christmas, but mostly worried: Dad and my brother haven't spoken since the summer.

# triad 68
en situation n | The mould keeps coming back in the baby's room, and she's been coughing for ten days.
+ fr situation n | La moisissure revient dans la chambre du bébé, et elle tousse depuis dix jours.

# triad 69
fr situation n | J'expose mes poteries au marché samedi, et je ne sais pas si je rembourserai le prix du stand.
+ en situation n | I'm showing my pottery at the market on Saturday, and I don't know if I'll even cover the cost of the stall.

# triad 70
fr situation n | Notre dossier d'adoption passe en commission mardi, et nos revenus ont baissé cette année.
+ en situation n | Our adoption file goes before the panel on Tuesday, and our income dropped this year.

# triad 71
en situation n | My husband is driving home at night in the snow, and the pass road is forecast icy.
+ fr situation n | Mon mari rentre en voiture de nuit sous la neige, et la route du col est annoncée verglacée.

# triad 72
fr situation n | Les urgences de l'hôpital fermeront la nuit dès mars, et le suivant est à 50 km.
+ en situation n | The hospital's A&E will close at night from March, and the next one is 50 km away.

# triad 73
fr situation n | Depuis que le supermarché a ouvert, ma boutique fait moitié moins, et le bail se renouvelle en juin.
+ en situation n | Since the supermarket opened, my shop takes half as much, and the lease is up for renewal in June.

# triad 74
fr situation n | La succession de papa traîne ; sans accord, la maison risque d'être vendue aux enchères.
+ en situation n | Dad's estate is dragging on; without an agreement, the house could go to auction.

# triad 75
en situation n | My horse has refused food since this morning, and the vet mentions colic.
+ fr situation n | Mon cheval refuse de manger depuis ce matin, et le véto parle de coliques.

# triad 76
fr situation n | Mon fils passe le concours d'entrée du conservatoire samedi, et son poignet lui fait encore mal.
+ en situation n | My son has his music school audition on Saturday, and his wrist still hurts.

# triad 77
fr situation n | L'alarme de la maison s'est désactivée toute seule hier, et on part en vacances demain.
+ en situation n | The house alarm switched itself off yesterday, and we leave on holiday tomorrow.

# triad 78
fr situation n | Papa a donné ses codes à un « conseiller » au téléphone hier, on attend que la banque rappelle.
+ en situation n | Dad gave his codes to an "adviser" on the phone yesterday, we're waiting for the bank to call back.

# triad 79
en situation n | Grandpa insists on driving to Marseille alone at 87, with his eyesight going.
+ fr situation n | Papi tient à conduire seul jusqu'à Marseille, à 87 ans, avec ses yeux qui baissent.

# triad 80
fr situation n | Mon fils est parti pêcher en kayak ce matin, le vent se lève et la mer grossit.
+ en situation n | My son went fishing in his kayak this morning, the wind is picking up and the sea is getting rough.
"""

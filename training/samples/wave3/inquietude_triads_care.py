"""inquietude: third wave, triads with panique and tristesse (train and validation only)."""

SEEDS = """
# triad 01
en situation n | Grandpa's had a nosebleed every day this week on his blood thinners, and the blood test isn't until Thursday.
+ fr situation n | Papi saigne du nez tous les jours cette semaine avec ses anticoagulants, et la prise de sang n'est que jeudi.

# triad 02
fr situation n | Le bébé a de la fièvre et quelques petites taches sur le ventre ; le pédiatre dit de le surveiller cette nuit.
+ en situation n | The baby has a fever and a few little spots on his tummy; the paediatrician says to watch him tonight.

# triad 03
en situation n | Ever since the flight home my calf has been swollen and warm, and the scan isn't until Thursday.
+ fr situation n | Depuis le vol de retour, mon mollet est gonflé et chaud, et le doppler n'est que jeudi.

# triad 04
fr situation n | À 84 ans, papa monte encore sur le tabouret pour changer les ampoules, et il refuse qu'on le fasse à sa place.
+ en situation n | At 84, Dad still climbs on the stool to change light bulbs, and he won't let anyone do it for him.

# triad 05
fr situation n | Maman est un peu confuse depuis deux jours ; le médecin pense à une infection, on attend l'analyse d'urine.
+ en situation n | Mum has been a bit confused for two days; the doctor thinks it's an infection, we're waiting on the urine test.

# triad 06
fr situation n | Mon beau-frère allume toujours le barbecue à l'alcool à brûler, et les enfants courront tous autour dimanche.
+ en situation n | My brother-in-law always lights the barbecue with meths, and the kids will all be running around it on Sunday.

# triad 07
fr situation n | Maman a un peu de fièvre deux jours après l'opération, et le chirurgien ne repasse que demain matin.
+ en situation n | Mum has a bit of a temperature two days after the operation, and the surgeon won't be back until tomorrow morning.

# triad 08
fr slang_emoji n | on m'a offert des lys et jviens de lire que c'est toxique pour les chats 😬 le mien tourne autour depuis ce matin
+ en slang_emoji n | someone gave me lilies and i just read they're toxic for cats 😬 mine's been circling them all morning

# triad 09
fr situation n | Trente-six degrés annoncés demain, et le promeneur de chiens les sort toujours en plein midi.
+ en situation n | Thirty-six degrees forecast tomorrow, and the dog walker always takes them out right at midday.

# triad 10
en situation n | Fireworks tonight at the end of the street, and the dog starts shaking at the very first bang.
+ fr situation n | Feu d'artifice ce soir au bout de la rue, et la chienne tremble dès le premier pétard.

# triad 11
en situation n | I have to put an old bulldog under tomorrow, and flat-faced breeds are always a risk.
+ fr situation n | Je dois anesthésier un vieux bouledogue demain, et les races à nez plat, c'est toujours risqué.

# triad 12
fr situation n | Papi avale de travers de plus en plus souvent, et au réveillon, c'est dinde et marrons.
+ en situation n | Grandpa swallows the wrong way more and more often, and Christmas Eve dinner is turkey and chestnuts.

# triad 13
fr situation n | L'aide-soignante de maman est en arrêt maladie, et personne ne sait qui viendra la lever demain matin.
+ en situation n | Mum's carer is off sick, and nobody knows who'll come and get her up tomorrow morning.

# triad 14
en situation n | The care home says Mum has slept almost all day since Monday; the doctor comes on Thursday.
+ fr situation n | La maison de retraite dit que maman dort presque toute la journée depuis lundi ; le médecin passe jeudi.

# triad 15
fr situation n | La plaie au pied de papa ne cicatrise pas depuis un mois, il est diabétique, et le chirurgien le voit mardi.
+ en situation n | The wound on Dad's foot hasn't healed in a month, he's diabetic, and the surgeon sees him on Tuesday.

# triad 16
en situation n | My daughter's blood count came back abnormal, and the bone marrow test is on Tuesday.
+ fr situation n | La prise de sang de ma fille est anormale, et le myélogramme est prévu mardi.

# triad 17
fr situation n | Un cas de coqueluche à la crèche, et notre bébé de deux mois n'a pas encore tous ses vaccins. Mets une ambiance calme.
+ en situation n | A case of whooping cough at the nursery, and our two-month-old hasn't had all his jabs yet. Something calm, please.

# triad 18
fr situation n | Le bébé se retourne sur le ventre toutes les nuits maintenant, et je me relève toutes les heures pour vérifier.
+ en situation n | The baby rolls onto her tummy every night now, and I get up every hour to check on her.

# triad 19
en situation n | The baby has brought up three bottles today; if it carries on tonight, we'll have to go to A&E.
+ fr situation n | La petite a vomi trois biberons aujourd'hui ; si ça continue cette nuit, il faudra aller aux urgences.

# triad 20
fr situation n | Les volets de la voisine de 90 ans sont restés fermés toute la journée, et elle ne répond pas quand je sonne.
+ en situation n | Our 90-year-old neighbour's shutters have stayed closed all day, and she doesn't answer when I ring.

# triad 21
en situation n | The pavement outside Mum's is a skating rink, and she insists on walking to the bakery every morning.
+ fr situation n | Le trottoir devant chez maman est une patinoire, et elle tient à aller chercher son pain à pied chaque matin.

# triad 22
fr typo n | labces de ma dent gonfle un peu plus chaque jour et le dentiste est en vacance jusquau 20
+ en typo n | the absess on my tooth gets a bit biger every day and the dentist is on holday till the 20th

# triad 23
fr situation n | Mamie pose son plaid sur le radiateur d'appoint pour le chauffer, tous les soirs, malgré nos remarques.
+ en situation n | Gran drapes her blanket over the plug-in heater to warm it every evening, whatever we say.

# triad 24
en situation n | Our three-week-old son has heart surgery on Thursday morning, and the surgeon spoke to us about the risks. Put on something hushed.
+ fr situation n | Notre fils de trois semaines se fait opérer du cœur jeudi matin, et le chirurgien nous a parlé des risques. Mets quelque chose de feutré.

# triad 25
fr situation n | Maman rentre en soins palliatifs à la maison lundi, et je ne sais pas si je tiendrai les nuits seule.
+ en situation n | Mum comes home for palliative care on Monday, and I don't know if I'll cope with the nights on my own.

# triad 26
fr situation n | On a découvert un petit anévrisme à mon mari, et la décision d'opérer ou non tombe le 12.
+ en situation n | They've found a small aneurysm in my husband's head, and the decision on whether to operate comes on the 12th.

# triad 27
fr mixed n | Contente qu'il sorte enfin, mais surtout tracassée : l'hôpital renvoie papa chez lui vendredi, et il ne tient pas debout.
+ en mixed n | Glad he's finally getting out, but mostly fretting: the hospital is sending Dad home on Friday, and he can't stand up.

# triad 28
fr situation n | Papa part pêcher seul en barque demain à l'aube, sans gilet, comme toujours. Mets une ambiance qui colle.
+ en situation n | Dad is going fishing alone in his rowing boat at dawn tomorrow, without a life jacket, as always. Set the mood for that.

# triad 29
en situation n | The emergency stop on the mincer isn't working any more, and we have a hundred kilos to mince tomorrow.
+ fr situation n | L'arrêt d'urgence du hachoir ne répond plus, et on doit hacher cent kilos demain.

# triad 30
fr situation n | Notre vieux chien devient aveugle et se cogne partout, et on doit le laisser une semaine à la pension.
+ en situation n | Our old dog is going blind and bumping into everything, and we have to leave him at the kennels for a week.

# triad 31
fr situation n | Ma hernie appuie sur le nerf, et le neurochirurgien décide mardi s'il faut opérer.
+ en situation n | My slipped disc is pressing on the nerve, and the neurosurgeon decides on Tuesday whether to operate.

# triad 32
en situation n | The cat has been going to his tray all day without doing much; the vet can only see him tomorrow.
+ fr situation n | Le chat va sans arrêt à sa litière depuis ce matin sans faire grand-chose ; le véto ne le voit que demain.

# triad 33
fr situation n | Le gros chien sans laisse du parc a déjà grogné deux fois sur notre Yorkshire, et on y retourne demain.
+ en situation n | The big off-lead dog in the park has already growled at our Yorkshire terrier twice, and we're going back tomorrow.

# triad 34
en situation n | Dad asks more and more often where Mum is, two years after she died, and he talks about going to fetch her.
+ fr situation n | Papa demande de plus en plus souvent où est maman, morte depuis deux ans, et il parle d'aller la chercher.

# triad 35
fr typo n | mon fils part demain en moto sur les routes de montagne alors quil a son permis depuis un mois...
+ en typo n | my son is heading off on his motorbike on mountain roads tomorow and hes only had his licence a month...

# triad 36
fr situation n | Papi décline vite, et le baptême de son arrière-petite-fille n'est que dans trois semaines.
+ en situation n | Grandpa is going downhill fast, and his great-granddaughter's christening is still three weeks away.

# triad 37
en situation n | The neighbourhood cat sleeps under our bonnet, and my husband leaves at 5 a.m. without ever checking.
+ fr situation n | Le chat du quartier dort sous le capot de notre voiture, et mon mari part à 5 h sans jamais vérifier.

# triad 38
fr situation n | Maman est enrouée depuis trois mois, et on lui fait une biopsie des cordes vocales lundi.
+ en situation n | Mum has been hoarse for three months, and she's having a biopsy of her vocal cords on Monday.

# triad 39
en situation n | The X-ray shows a shadow on the bone in the dog's leg, and the specialist sees him in ten days.
+ fr situation n | La radio montre une tache sur l'os de la patte du chien, et le spécialiste le voit dans dix jours.

# triad 40
fr situation n | Mon meilleur ami est dans le coma depuis l'accident, on saura dans trois jours s'il peut se réveiller.
+ en situation n | My best friend has been in a coma since the accident; in three days we'll know if he can wake up.

# triad 41
fr situation n | Deux chiens volés dans le quartier ce mois-ci, et le nôtre dort dehors dans le jardin.
+ en situation n | Two dogs stolen in the neighbourhood this month, and ours sleeps out in the garden.

# triad 42
fr situation n | Le chien a chipé un épi de maïs entier dans la poubelle hier, et il ne fait plus ses besoins depuis.
+ en situation n | The dog stole a whole corn cob from the bin yesterday, and he hasn't done his business since.

# triad 43
en situation n | The old cat's blood tests show his kidneys are tired, and they'll redo them in a month.
+ fr situation n | Les analyses du vieux chat montrent des reins fatigués, et on refait un bilan dans un mois.

# triad 44
fr situation n | On a vu des vipères sur le chemin des vignes, et le chien fourre son nez dans chaque tas de pierres.
+ en situation n | We've seen adders on the vineyard path, and the dog sticks his nose into every pile of stones.

# triad 45
fr situation n | Papa sort vider le composteur tard le soir sans téléphone, et il fait moins cinq cette semaine.
+ en situation n | Dad goes out to empty the compost late at night without his phone, and it's minus five this week.

# triad 46
fr situation n | Depuis la mort de maman, papa ne mange presque plus et ne sort plus de chez lui. Une lumière douce, s'il te plaît.
+ en situation n | Since Mum died, Dad barely eats and doesn't leave the house any more. Gentle light, please.

# triad 47
en situation n | The baby's cot is right against the window, and the blind cord hangs just above it.
+ fr situation n | Le lit du bébé est collé à la fenêtre, et le cordon du store pend juste au-dessus.

# triad 48
fr situation n | Mon mari fait de longues pauses de respiration la nuit, et le rendez-vous au centre du sommeil n'est qu'en avril.
+ en situation n | My husband has long pauses in his breathing at night, and the sleep clinic appointment isn't until April.

# triad 49
en situation n | The coast path runs along the cliff with no fence, and the dog never comes back when he sees a rabbit.
+ fr situation n | Le sentier côtier longe la falaise sans barrière, et le chien ne revient jamais quand il voit un lapin.

# triad 50
fr situation n | On déménage demain, et la dernière fois qu'on a fait des cartons, le chat a disparu deux jours.
+ en situation n | We're moving tomorrow, and the last time we packed boxes the cat vanished for two days.

# triad 51
en situation n | My daughter is going on the ski trip with her epilepsy, and the teachers have never seen a seizure.
+ fr situation n | Ma fille part en classe de neige avec son épilepsie, et les profs n'ont jamais vu une crise.

# triad 52
fr situation n | L'écho de sept semaines ne montre rien dans l'utérus, et ils refont une prise de sang jeudi.
+ en situation n | The seven-week scan shows nothing in the womb, and they're redoing the blood test on Thursday.

# triad 53
en situation n | At 91, Grandpa feeds his carp every morning from the slippery edge of the pond, leaning on his stick.
+ fr situation n | À 91 ans, papi nourrit ses carpes tous les matins au bord glissant de la mare, appuyé sur sa canne.

# triad 54
fr situation n | Depuis l'opération, papa est agité la nuit et tire sur ses perfusions ; l'infirmière ne sait pas si ça passera.
+ en situation n | Since the operation, Dad is agitated at night and pulls at his drips; the nurse can't say whether it will pass.

# triad 55
fr situation n | Le petit promène le cochon d'Inde partout dans la maison, et il l'a déjà laissé tomber deux fois.
+ en situation n | The little one carries the guinea pig all round the house, and he's already dropped him twice.

# triad 56
fr situation n | Maman rentre de nuit par la route de la forêt, et les sangliers traversent partout en cette saison.
+ en situation n | Mum is driving home at night through the forest, and the wild boar are crossing everywhere this time of year.

# triad 57
en situation n | Mum's dog is fifteen, and he's the only reason she still goes outside.
+ fr situation n | Le chien de maman a quinze ans, et c'est la seule raison pour laquelle elle sort encore de chez elle.

# triad 58
fr situation n | Mon frère fait dix kilomètres par jour en trottinette électrique, sans casque, sur la nationale.
+ en situation n | My brother rides ten kilometres a day on his e-scooter, no helmet, along the main road.

# triad 59
en situation n | The cellar stairs have no handrail, and Dad goes down every evening to fetch his wine.
+ fr situation n | L'escalier de la cave n'a pas de rampe, et papa y descend chercher son vin tous les soirs.

# triad 60
fr situation n | À 82 ans, papi s'entête à faire la descente du col à vélo chaque dimanche, sans casque.
+ en situation n | At 82, Grandpa insists on riding down the pass every Sunday, without a helmet.

# triad 61
en situation n | Gran insists on swimming alone every morning, and the waves are strong all this week.
+ fr situation n | Mamie tient à se baigner seule tous les matins, et les vagues sont fortes toute la semaine.

# triad 62
fr situation n | L'étang où le chien se baigne chaque jour se couvre d'algues bleues, et la mairie parle de toxines.
+ en situation n | The pond where the dog swims every day is covered in blue-green algae, and the council is talking about toxins.

# triad 63
fr situation n | Les ados plongent du pont tout l'été, et la rivière n'a presque plus d'eau cette année.
+ en situation n | The teenagers dive off the bridge all summer, and the river has hardly any water this year.

# triad 64
fr situation n | Le frein de la poussette lâche dès qu'on la pose en pente, et l'arrêt de bus est en pleine côte.
+ en situation n | The pushchair brake slips as soon as you park it on a slope, and the bus stop is halfway up a hill.

# triad 65
en situation n | The baby has only put on a hundred grams in three weeks, and the midwife comes back to weigh her on Monday.
+ fr situation n | La petite n'a pris que cent grammes en trois semaines, et la sage-femme revient la peser lundi.

# triad 66
fr situation n | Le chaton mâchouille tous les câbles, et il reste seul toute la journée pendant qu'on travaille.
+ en situation n | The kitten chews every cable in sight, and he's alone all day while we're at work.

# triad 67
en situation n | Mum is set on coming to the wedding in Corsica, with her weak heart and two hours on the ferry.
+ fr situation n | Maman veut absolument venir au mariage en Corse, avec son cœur fragile et deux heures de bateau.

# triad 68
fr situation n | La porte de la cage de la perruche ferme mal, et le nouveau chat passe ses journées à la fixer.
+ en situation n | The budgie's cage door doesn't shut properly, and the new cat spends all day staring at it.

# triad 69
fr situation n | Le chien a fouillé mon sac, il manque deux chewing-gums sans sucre, et le véto dit que l'édulcorant peut le tuer.
+ en situation n | The dog went through my bag, two sugar-free gums are missing, and the vet says the sweetener can kill him.

# triad 70
fr situation n | Le robot tondeuse tourne la nuit, et le hérisson qui vit sous la haie sort justement à la tombée du jour.
+ en situation n | The robot mower runs at night, and the hedgehog that lives under the hedge comes out right at dusk.

# triad 71
en situation n | The baby's had a bit of a fever since this morning, and we're on a ten-hour flight tomorrow.
+ fr situation n | Le bébé a un peu de fièvre depuis ce matin, et on prend un vol de dix heures demain.

# triad 72
fr situation n | La nouvelle vache donne des coups de pied à chaque traite, et papa, 74 ans, trait encore seul le soir.
+ en situation n | The new cow kicks at every milking, and Dad, 74, still does the evening milking on his own.
"""

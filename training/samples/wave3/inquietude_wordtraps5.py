"""inquietude: third wave, lines of this mood around everyday words the classifier ties to other moods (train and validation only)."""

SEEDS = """
# trap: again
en situation n | My daughter's stomach ache came back again tonight, the fourth time this month, and the paediatrician still can't say why.
+ fr situation n | Le mal de ventre de ma fille est revenu ce soir, quatrième fois ce mois-ci, et le pédiatre ne sait toujours pas pourquoi.
fr situation n | Ma manager a encore annulé notre entretien individuel, et maintenant la rumeur dit que tout mon service va être externalisé.
+ en situation n | My manager cancelled our one-to-one again, and now the rumour is that my whole department is being outsourced.
en situation n | Gran's smoke alarm went off again last night and she can't explain why, and she lives alone on the fourth floor.
+ fr situation n | Le détecteur de fumée de mamie a encore sonné cette nuit sans qu'elle sache pourquoi, et elle vit seule au quatrième étage.

# trap: petit / little
fr situation n | Le petit boite depuis sa chute du toboggan ; il ne se plaint pas, mais il refuse de courir.
+ en situation n | The little one has been limping since he fell off the slide; he doesn't complain, but he won't run anymore.
fr situation n | Un petit bruit de goutte derrière la cloison de la salle de bain, et on vient à peine de finir de payer les travaux.
+ en situation n | A little dripping sound behind the bathroom wall, and we've only just finished paying for the renovation.
fr situation n | Notre petite fait sa rentrée à la grande école lundi, et elle refuse encore de lâcher ma main au portail.
+ en situation n | Our little girl starts at the big school on Monday, and she still won't let go of my hand at the gate.
en situation n | Just a little lump on the cat's neck, the vet said, but she wants to biopsy it "to be on the safe side".
+ fr situation n | Juste une petite boule dans le cou du chat, a dit la vétérinaire, mais elle veut faire une biopsie « par précaution ».

# trap: doesn / himself
fr situation n | Mon fils ne prend plus de petit-déjeuner, ne voit plus ses copains, et me répond chaque soir qu'il est « juste fatigué ».
+ en situation n | My son doesn't eat breakfast anymore, doesn't see his friends, and says he's "just tired" every evening.
en situation n | Dad doesn't recognise the road home some evenings now, and he still insists on driving himself to the market.
+ fr situation n | Papa ne reconnaît plus la route du retour certains soirs, et il tient quand même à conduire lui-même jusqu'au marché.
fr situation n | Papi s'est coupé en se rasant, le saignement a mis une heure à s'arrêter, et le médecin veut revoir ses anticoagulants.
+ en situation n | Grandad cut himself shaving and it took an hour to stop bleeding; the doctor wants to review his blood thinners.
en typo n | he locked himself in his room agian after parents evening, not a word, dont know what the teachers told him
+ fr typo n | il s'est encore enfermé dans sa chambre apres la reunion parents-profs, pas un mot, je sais pas ce que les profs lui ont dit

# trap: brother / frère
fr situation n | Mon frère dort dans sa voiture depuis la séparation, et il refuse de nous dire où il se gare la nuit.
+ en situation n | My brother has been sleeping in his car since the separation, and he won't tell us where he parks at night.
en situation n | My little brother took out a loan for a food truck, and three weeks in he's barely sold a thing.
+ fr situation n | Mon petit frère a pris un crédit pour un food truck, et au bout de trois semaines il n'a presque rien vendu.
fr situation n | Mon frère traverse la Manche seul en voilier samedi, et il n'a jamais navigué plus loin que la baie.
+ en situation n | My brother is sailing across the Channel alone on Saturday, and he's never been further out than the bay.

# trap: dad / père
fr situation n | Papa signe des chèques à un « conseiller financier » qui l'appelle tous les jours, et il refuse de nous montrer les papiers.
+ en situation n | Dad keeps signing cheques for a "financial adviser" who rings him every day, and he won't show us the paperwork.
en situation n | Dad had a fall in the garden and says it's nothing, but he's been holding his wrist oddly all evening. Keep the lights soft.
+ fr situation n | Papa est tombé dans le jardin et dit que ce n'est rien, mais il tient son poignet bizarrement depuis le début de la soirée. Lumière douce, s'il te plaît.
fr situation n | Mon père reprend le volant demain pour la première fois depuis son AVC, et il tient à faire l'autoroute.
+ en situation n | My father gets back behind the wheel tomorrow for the first time since his stroke, and he's set on taking the motorway.
fr situation n | Le père de mon copain se fait opérer du cœur la semaine prochaine, et mon copain ne dort plus.
+ en situation n | My boyfriend's father has heart surgery next week, and my boyfriend has stopped sleeping.

# trap: comment / how
fr situation n | Comment on va payer la cantine de janvier si la prime n'arrive pas ? Je refais les comptes pour la troisième fois.
+ en situation n | How are we going to pay for January's school meals if the bonus doesn't come? I'm redoing the sums for the third time.
fr situation n | Je ne sais pas comment annoncer à mamie que sa maison doit être vendue, et elle a le cœur fragile.
+ en situation n | I don't know how to tell Gran her house has to be sold, and her heart isn't strong.
fr situation n | Comment maman va-t-elle monter les escaliers seule après son opération de la hanche ? J'habite à quatre heures de route.
+ en situation n | How will Mum manage the stairs on her own after the hip operation? I live four hours away.
en situation n | I've no idea how long our savings will last if the shop stays this quiet through the winter.
+ fr situation n | Je ne sais pas combien de temps nos économies vont tenir si la boutique reste aussi calme tout l'hiver.

# trap: résultats
fr situation n | Les résultats de la prise de sang de mon mari sont en ligne, mais le labo a bloqué l'accès « en attente de l'avis du médecin ».
+ en situation n | My husband's blood test results are online, but the lab has locked them "pending the doctor's review".
fr situation n | Les résultats du diagnostic amiante arrivent lundi, et on a déjà abattu une cloison dans la chambre du bébé.
+ en situation n | The asbestos survey results come on Monday, and we've already knocked down a wall in the baby's room.
fr typo n | resultats du depistage du petit pas avant 15 jours, ils disent "rien d'alarmant" mais alors pourquoi le refaire
+ en typo n | the little one's screening results not for 15 days, they say "nothing alarming" but then why redo it

# trap: part
fr situation n | Ma fille part en stage à Marseille dans une coloc trouvée sur internet, et on n'a jamais vu les autres locataires.
+ en situation n | My daughter is off to an internship in Marseille in a flatshare she found online, and we've never met the other tenants.
fr situation n | Une partie du plafond de la chambre des enfants s'affaisse depuis la pluie, et le couvreur ne peut pas venir avant le mois prochain.
+ en situation n | Part of the ceiling in the kids' room has started sagging since the rain, and the roofer can't come until next month.
fr situation n | Mon mari part trois mois sur un chantier au Sahel, et le ministère vient de classer la zone en rouge.
+ en situation n | My husband leaves for three months on a building site in the Sahel, and the ministry has just put the area on its red list.

# trap: dit / told
fr situation n | Le kiné m'a dit que mon dos « ne devrait pas réagir comme ça », et il m'envoie faire une IRM.
+ en situation n | The physio told me my back "shouldn't be reacting like that", and he's sending me for an MRI.
fr situation n | Ma fille m'a dit qu'un homme lui parle souvent à l'arrêt de bus, et elle ne sait pas qui c'est.
+ en situation n | My daughter told me a man often talks to her at the bus stop, and she doesn't know who he is.
en situation n | The landlord told us he's "thinking of selling", and there isn't a single affordable flat left in town.
+ fr situation n | Le proprio nous a dit qu'il « pense à vendre », et il n'y a plus un seul appartement abordable en ville.
fr situation n | J'ai signalé au patron l'échafaudage mal fixé il y a une semaine, et les gars grimpent toujours dessus chaque matin.
+ en situation n | I told the boss about the loose scaffolding a week ago, and the lads are still climbing it every morning.

# trap: before / had / few / quelques
en situation n | We had to sign the mortgage before the survey came back, and now the surveyor wants to "talk about the foundations".
+ fr situation n | On a dû signer le prêt avant le retour de l'expertise, et maintenant l'expert veut « parler des fondations ».
fr situation n | Ma femme a eu quelques épisodes d'engourdissement dans la main gauche cette semaine, et le neurologue ne la reçoit pas avant mars.
+ en situation n | My wife had a few spells of numbness in her left hand this week, and the neurologist can't see her before March.
en situation n | A few days before the flight, my passport still isn't back from the embassy, and they've stopped answering.
+ fr situation n | Quelques jours avant le vol, mon passeport n'est toujours pas revenu de l'ambassade, qui ne répond plus.
fr situation n | Quelques gouttes de sang dans la gamelle du chien ce matin, et la clinique vétérinaire est fermée jusqu'à lundi.
+ en situation n | A few drops of blood in the dog's bowl this morning, and the vet clinic is shut until Monday.
fr situation n | Reçu une lettre des impôts qui parle de « revenus non déclarés des années précédentes », et je ne vois pas de quoi il s'agit.
+ en situation n | Had a letter from the tax office about "undeclared income from previous years", and I've no idea what they mean.

# trap: alzheimer
fr situation n | Maman a rangé ses lunettes dans le frigo deux fois cette semaine, et le médecin veut faire un bilan pour Alzheimer.
+ en situation n | Mum put her glasses in the fridge twice this week, and the doctor wants to test her for Alzheimer's.
en situation n | Grandad's mother had Alzheimer's, and lately he keeps losing his words halfway through a sentence.
+ fr situation n | La mère de papi avait Alzheimer, et depuis peu il perd ses mots au milieu des phrases.
fr situation n | Test de mémoire pour papa jeudi : il redoute qu'on lui parle d'Alzheimer, et moi aussi, je l'avoue. Mets-moi quelque chose de calme.
+ en situation n | Memory test for Dad on Thursday: he dreads them saying Alzheimer's, and so do I, honestly. Put on something calm.

# trap: pas / sans / without
fr situation n | Pas de réponse de la crèche pour septembre, et je reprends le travail le premier du mois.
+ en situation n | No answer from the nursery for September, and I'm back at work on the first of the month.
fr situation n | Toujours sans nouvelles de la mutuelle pour l'opération, et la clinique réclame 3 000 euros d'avance.
+ en situation n | Still no word from the health insurer about the operation, and the clinic wants 3,000 euros up front.
fr situation n | Trois nuits sans que le bébé dorme plus d'une heure d'affilée, et elle se tire l'oreille en buvant à peine.
+ en situation n | Three nights without the baby sleeping more than an hour at a time, and she keeps pulling at her ear and barely drinks.
en situation n | My son went hiking without his inhaler, and there's no signal up on that ridge.
+ fr situation n | Mon fils est parti en randonnée sans sa Ventoline, et il n'y a pas de réseau là-haut sur la crête.
fr mixed n | Pas vraiment fâchée, surtout préoccupée : il conduit sans lunettes depuis qu'il les a cassées, et sa vue baisse.
+ en mixed n | Not really cross, mostly worried: he's been driving without glasses since he broke them, and his eyesight's going.

# trap: étage
fr situation n | Une nouvelle fissure est apparue dans le mur du palier du troisième étage, et l'immeuble a plus de cent ans.
+ en situation n | A new crack has appeared in the wall of the third-floor landing, and the building is over a hundred years old.
fr situation n | On emménage au sixième étage sans ascenseur, et mamie, qui vient vivre avec nous, a du mal à marcher.
+ en situation n | We're moving into a sixth-floor flat with no lift, and Gran, who's coming to live with us, struggles to walk.

# trap: balade / chien / dog
fr situation n | Le chien est revenu de la balade en boitant, la patte gonflée, et il ne se laisse pas toucher.
+ en situation n | The dog came back from his walk limping with a swollen paw, and he won't let anyone touch it.
fr situation n | Depuis la balade en forêt, le chien se gratte sans arrêt et il a des croûtes derrière les oreilles.
+ en situation n | Since our walk in the woods the dog won't stop scratching, and he's got scabs behind his ears.
fr situation n | Le chien ne saute plus sur le canapé et reste couché près de la porte ; le vétérinaire veut radiographier ses hanches.
+ en situation n | The dog has stopped jumping on the sofa and just lies by the door; the vet wants to X-ray his hips.
en slang_emoji n | dog ate god knows what on our walk and he's been off ever since, not eating, just lying there 😟
+ fr slang_emoji n | le chien a bouffé je sais pas quoi en balade et depuis il est pas bien, mange rien, reste couché 😟

# trap: réorganisation
fr situation n | La direction annonce une réorganisation « sans impact sur l'emploi », exactement comme avant la fermeture du site de Reims.
+ en situation n | Management is announcing a reorganisation "with no impact on jobs", exactly like before the Reims site closed.
fr situation n | L'organigramme de la réorganisation sort la semaine prochaine, et mon nom n'apparaît pas sur la version qui a fuité.
+ en situation n | The reorganisation chart comes out next week, and my name isn't on the draft that leaked.

# trap: lumière
fr situation n | Il est 1 h du matin et la lumière est toujours allumée chez la voisine âgée, qui se couche d'habitude à 21 h.
+ en situation n | It's 1 a.m. and the light is still on at our elderly neighbour's, who's usually in bed by nine.
fr situation n | Le bébé ne suit pas la lumière des yeux comme son frère au même âge, et le pédiatre veut l'avis d'un spécialiste.
+ en situation n | The baby doesn't follow light with her eyes the way her brother did at that age, and the paediatrician wants a specialist's opinion.
fr wish n c=navy;blue b=dim | Je tourne en rond en attendant que le chirurgien appelle pour papa. Lumière basse, bleu foncé.
+ en wish n c=navy;blue b=dim | I'm pacing around waiting for the surgeon to call about Dad. Low light, dark blue.

# trap: moved
en situation n | Since we moved, my son eats alone at lunch every day and says nobody in his class talks to him.
+ fr situation n | Depuis le déménagement, mon fils mange seul à la cantine tous les jours et dit que personne ne lui parle dans sa classe.
fr situation n | La tache d'humidité s'est étendue sur le plafond de la chambre depuis la semaine dernière, juste au-dessus du berceau.
+ en situation n | The damp patch has moved further across the bedroom ceiling since last week, right above the cot.
en situation n | Mum moved into the care home on Monday and has refused every meal since.
+ fr situation n | Maman est entrée en maison de retraite lundi, et depuis elle refuse tous ses repas.

# trap: baby / kids / enfants
fr situation n | Le bébé n'a mouillé que deux couches aujourd'hui et s'endort sans arrêt au biberon. La sage-femme rappelle à 18 h.
+ en situation n | The baby has only had two wet nappies today and keeps dozing off at the bottle. The midwife calls back at six.
en situation n | Our baby is due in five weeks, and the midwife says he's still breech.
+ fr situation n | Notre bébé doit naître dans cinq semaines, et la sage-femme dit qu'il est toujours en siège.
fr situation n | Le car scolaire des enfants prend la route de montagne tous les matins, et on annonce du verglas toute la semaine.
+ en situation n | The kids' school bus takes the mountain road every morning, and they've forecast black ice all week.
fr situation n | Les enfants partent deux semaines chez leur père, qui vient de perdre son permis pour alcool au volant.
+ en situation n | The kids are off for two weeks at their father's, who's just lost his licence for drink-driving.
fr situation n | Trois enfants, un seul salaire depuis mars, et la caisse d'allocations ne répond toujours pas. Tamise un peu, s'il te plaît.
+ en situation n | Three kids, one salary since March, and the family benefits office still isn't answering. Dim things a little, please.

# trap: years / its
en situation n | Forty years of smoking, and now Dad's cough has a whistle in it; the scan isn't until the 9th.
+ fr situation n | Quarante ans de tabac, et maintenant la toux de papa siffle ; le scanner n'est que le 9.
fr situation n | L'arbre au-dessus du garage a perdu la moitié de ses feuilles en juin, et l'élagueur pense que ses racines pourrissent.
+ en situation n | The tree over the garage has lost half its leaves in June, and the tree surgeon thinks its roots are rotting.
en situation n | The company has lost its biggest client, and my contract is up for renewal in a month.
+ fr situation n | L'entreprise a perdu son plus gros client, et mon contrat doit être renouvelé dans un mois.

# trap: someone / there
fr situation n | Quelqu'un essaie de se connecter à mon compte bancaire depuis l'étranger toute la semaine, et je n'arrive toujours pas à joindre le service fraude.
+ en situation n | Someone has been trying to log into my bank account from abroad all week, and I still can't get through to the fraud team.
en situation n | Someone left a note in our letterbox saying "I know you're away in August". That's all it said.
+ fr situation n | Quelqu'un a glissé un mot dans notre boîte aux lettres : « Je sais que vous partez en août. » C'est tout.
fr situation n | Personne ne répond à la maison de retraite ce soir, et mamie devait m'appeler à 20 h comme toujours.
+ en situation n | There's no one answering at the care home tonight, and Gran was due to ring me at eight as always.

# trap: why / what / questions
en situation n | Why would HR want to see me and my manager together on Monday morning, with no agenda?
+ fr situation n | Pourquoi les RH veulent-elles me voir avec mon manager lundi matin, sans ordre du jour ?
fr situation n | Et si le pont ferme pour travaux avant l'arrivée du bébé ? La maternité est de l'autre côté du fleuve.
+ en situation n | What if the bridge closes for repairs before the baby comes? The maternity ward is on the other side of the river.
en situation n | The social worker asked a lot of questions about Dad living alone, and now there's a home visit booked for Tuesday.
+ fr situation n | L'assistante sociale a posé beaucoup de questions sur papa qui vit seul, et une visite à domicile est prévue mardi.
fr situation n | Le contrôleur de l'Urssaf a posé des questions sur mes factures de 2021, et il repasse jeudi avec un collègue.
+ en situation n | The social-security inspector asked questions about my 2021 invoices, and he's coming back Thursday with a colleague.

# trap: mange
fr situation n | Le chat ne mange plus que la moitié de sa gamelle depuis une semaine, et il a perdu un kilo.
+ en situation n | The cat has only been eating half his bowl for a week, and he's lost a kilo.
fr situation n | Mon ado mange debout en cinq minutes et file s'enfermer dans sa chambre ; il ne parle presque plus à personne depuis Noël.
+ en situation n | My teenager eats standing up in five minutes and shuts himself in his room; he's barely spoken to anyone since Christmas.

# trap: snapchat
fr situation n | Ma fille de douze ans a un compte Snapchat que je ne connaissais pas, avec des « amis » de vingt ans.
+ en situation n | My twelve-year-old has a Snapchat account I didn't know about, with twenty-year-old "friends".
fr slang_emoji n | mon fils a pas ouvert mes snaps depuis hier soir alors qu'il répond en 2 min d'habitude 😬 il campe avec des potes
+ en slang_emoji n | my son hasn't opened my snaps since last night and he usually replies in 2 min 😬 he's camping with mates

# trap: one
fr situation n | Un des enfants de la crèche de mon fils a la coqueluche, et mon nouveau-né n'est pas encore vacciné.
+ en situation n | One of the kids at my son's nursery has whooping cough, and my newborn isn't vaccinated yet.
en situation n | Only one pay cheque left before the redundancy kicks in, and I haven't had a single interview.
+ fr situation n | Plus qu'une paie avant que le licenciement prenne effet, et je n'ai pas décroché un seul entretien.

# trap: mixed words (negation)
fr negation n | Je ne suis pas en colère contre mon frère, je m'inquiète : il a encore perdu son boulot et il ne répond plus.
+ en negation n | I'm not angry with my brother, I'm worried: he's lost his job again and he's stopped answering.
fr negation n | Ce n'est pas de la curiosité, j'ai juste besoin de savoir ce qu'est cette ombre sur la radio de papa pour respirer à nouveau.
+ en negation n | It's not curiosity, I just need to know what that shadow on Dad's X-ray is before I can breathe again.
"""

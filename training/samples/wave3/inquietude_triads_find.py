"""inquietude: third wave, triads with curiosite and nostalgie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Une clé de notre porte d'entrée était scotchée sous la boîte aux lettres ; qui a fait ce double, et depuis quand ? Le serrurier ne vient que lundi.
+ en situation n | A key to our front door was taped under the letterbox; who made that copy, and since when? The locksmith can't come until Monday.
# triad 02
fr situation n | Des grattements dans le faux plafond chaque soir, juste au-dessus des fils électriques ; et si des rats rongeaient les câbles ?
+ en situation n | Scratching in the ceiling void every evening, right above the electrical wiring; what if rats are chewing through the cables?
# triad 03
fr situation n | La petite cicatrice de mon menton s'est mise à gratter et à foncer ; le dermato ne peut pas me recevoir avant trois semaines.
+ en situation n | The little scar on my chin has started itching and getting darker; the dermatologist can't see me for three weeks.
# triad 04
en situation n | Tucked in my fifteen-year-old's book, a letter from a twenty-six-year-old "friend" she met online; I don't know what to make of it.
+ fr situation n | Glissée dans le livre de ma fille de quinze ans, une lettre d'un « ami » de vingt-six ans rencontré en ligne ; je ne sais pas quoi en penser.
# triad 05
en situation n | A voicemail from the school asking me to call back as soon as possible, no reason given, and the office is shut until two.
+ fr situation n | Un message vocal de l'école qui me demande de rappeler au plus vite, sans dire pourquoi, et le secrétariat est fermé jusqu'à 14 h.
# triad 06
fr situation n | Un inconnu a posté une photo de notre maison sur le groupe du quartier, avec la légende « ils partent souvent le week-end ».
+ en situation n | A stranger posted a photo of our house on the neighbourhood group, captioned "they're often away at weekends".
# triad 07
fr situation n | Je refais le carnet de comptes : les dépenses du mois dépassent déjà le salaire, et il reste dix jours avant la paie.
+ en situation n | Going over the household accounts: this month's spending is already more than my salary, and there are ten days left till payday.
# triad 08
fr situation h | Des traces de pas dans la neige font le tour de la maison jusqu'à la fenêtre de la chambre, et personne n'est sorti cette nuit.
+ en situation h | Footprints in the snow go all the way round the house to the bedroom window, and nobody went out last night.
# triad 09
en situation n | Digging the vegetable patch, I turned up grey chunks of sheeting that look like asbestos, right where the kids play.
+ fr situation n | En bêchant le potager, j'ai déterré des morceaux de plaques grises qui ressemblent à de l'amiante, juste là où jouent les enfants.
# triad 10
fr situation n | Sous le lino de la salle de bain, le plancher est noir et spongieux ; et si l'eau avait pourri les solives ?
+ en situation n | Under the bathroom lino, the floorboards are black and spongy; what if the water has rotted the joists?
# triad 11
fr situation n | Un peu de rose dans mes urines depuis trois jours, et je n'ai pas mangé de betteraves ; le médecin ne me voit que jeudi.
+ en situation n | A bit of pink in my urine for three days now, and I haven't eaten any beetroot; the doctor can't see me until Thursday.
# triad 12
en situation n | In the hedge, a hand-drawn map of our street, with our house circled and times written next to it.
+ fr situation n | Dans la haie, un plan de notre rue dessiné à la main, notre maison entourée et des heures notées à côté.
# triad 13
fr situation n | Des signes bizarres à la craie sur notre boîte aux lettres et sur celle de la voisine âgée ; il paraît que les cambrioleurs marquent les maisons comme ça.
+ en situation n | Strange chalk marks on our letterbox and on our elderly neighbour's; apparently that's how burglars mark houses.
# triad 14
en situation n | The third parcel in my name that I never ordered; what if someone is using my identity?
+ fr situation n | Troisième colis à mon nom que je n'ai jamais commandé ; et si quelqu'un utilisait mon identité ?
# triad 15
fr situation n | Une odeur de plastique brûlé sort de la prise du salon chaque soir, et l'électricien ne passe que dans dix jours. Lumière douce, s'il te plaît.
+ en situation n | A smell of burning plastic comes from the living-room socket every evening, and the electrician can't come for ten days. Soft light, please.
# triad 16
fr situation n | Un message de mon chef vendredi à 19 h : « Il faut qu'on parle, lundi 8 h. » Rien d'autre, et tout le week-end pour y penser.
+ en situation n | A message from my boss on Friday at 7 p.m.: "We need to talk, Monday 8 a.m." Nothing else, and the whole weekend to think about it.
# triad 17
en situation n | Brown balls all over the hundred-year-old oak in the garden, and it's dropping its leaves in July; what if it's dying?
+ fr situation n | Des boules brunes partout sur le chêne centenaire du jardin, et il perd ses feuilles en juillet ; et s'il était en train de mourir ?
# triad 18
fr situation n | Le journal de ma fille traînait ouvert sur son lit : elle écrit qu'elle saute des repas pour maigrir avant l'été.
+ en situation n | My daughter's diary was lying open on her bed: she writes that she's skipping meals to lose weight before summer.
# triad 19
fr situation n | Un grincement métallique à chaque freinage, et on part demain matin pour cinq cents kilomètres avec les enfants.
+ en situation n | A metallic grinding every time I brake, and we're setting off tomorrow morning for five hundred kilometres with the kids.
# triad 20
fr situation n | La porte de la cave était ouverte ce matin, alors que je suis sûr de l'avoir fermée à clé hier soir.
+ en situation n | The cellar door was open this morning, and I'm sure I locked it last night.
# triad 21
en situation n | Black droppings in the kitchen cupboard, right next to the baby's food jars.
+ fr situation n | Des crottes noires dans le placard de la cuisine, juste à côté des petits pots du bébé.
# triad 22
fr situation h | Dans le sac de mon fils de quatorze ans, une cigarette électronique et des pastilles que je ne reconnais pas.
+ en situation h | In my fourteen-year-old's bag, a vape and some pills I don't recognise.
# triad 23
fr situation n | Je perds mes cheveux par poignées sous la douche depuis une semaine ; et si c'était le signe de quelque chose ?
+ en situation n | I've been losing hair by the handful in the shower for a week; what if it's a sign of something?
# triad 24
fr situation n | Le chien a avalé quelque chose au parc, juste là où la mairie signale des boulettes empoisonnées.
+ en situation n | The dog swallowed something in the park, right where the council has been warning about poisoned bait.
# triad 25
en situation n | Three hundred euros in cash hidden in my fifteen-year-old's sock drawer, and he won't say where it came from.
+ fr situation n | Trois cents euros en liquide cachés dans le tiroir à chaussettes de mon fils de quinze ans, et il refuse de dire d'où ils viennent.
# triad 26
fr situation n | Le pigeon posé sur le balcon ne bouge plus depuis hier, et les enfants l'ont caressé à mains nues ; et s'il était malade ?
+ en situation n | The pigeon on the balcony hasn't moved since yesterday, and the kids stroked it with bare hands; what if it's sick?
# triad 27
fr situation n | Des dizaines de poissons morts sur la plage ce matin, et les enfants veulent se baigner juste là.
+ en situation n | Dozens of dead fish on the beach this morning, and the kids want to swim right there.
# triad 28
fr situation l | Des taches blanches sont apparues sur toutes les feuilles des pommiers, et toute notre récolte de cidre en dépend.
+ en situation l | White spots have appeared on every leaf of the apple trees, and our whole cider harvest depends on them.
# triad 29
fr situation n | L'eau du robinet sort marron ce matin, et je dois préparer les biberons du bébé ; la mairie ne répond pas.
+ en situation n | The tap water is coming out brown this morning, and I have to make up the baby's bottles; the town hall isn't answering.
# triad 30
en situation h | A note under my windscreen wiper: "I saw what you did." No signature, nothing else.
+ fr situation h | Un mot sous mon essuie-glace : « J'ai vu ce que vous avez fait. » Pas de signature, rien d'autre.
# triad 31
fr situation n | Dans le cahier de mon fils, quelqu'un a écrit « tout le monde te déteste », et il ne dit plus un mot le soir.
+ en situation n | In my son's exercise book, someone has written "everyone hates you", and he hardly says a word in the evenings.
# triad 32
fr situation n | La petite lumière de la webcam de l'ordinateur s'allume toute seule le soir, alors qu'aucune appli n'est ouverte.
+ en situation n | The little webcam light on the computer switches on by itself in the evening, when no app is open.
# triad 33
en situation n | Left in the printer, a memo about a "reorganisation", with our department's name highlighted.
+ fr situation n | Oubliée dans l'imprimante, une note sur une « réorganisation », avec le nom de notre service surligné.
# triad 34
fr situation n | Dans le carnet de liaison de ma fille, un mot de la maîtresse : « Merci de venir me voir rapidement. » Sans autre explication.
+ en situation n | In my daughter's school home-contact book, a note from her teacher: "Please come and see me soon." No other explanation.
# triad 35
fr situation n | Plus un bruit de piano chez la vieille voisine depuis une semaine, et son courrier déborde de la boîte aux lettres.
+ en situation n | Not a note from the old lady's piano next door for a week, and her post is spilling out of the letterbox.
# triad 36
en situation n | Grandpa's pill organiser is still full for the last four days; he's stopped taking his medication.
+ fr situation n | Le pilulier de papi est encore plein pour les quatre derniers jours ; il ne prend plus ses médicaments.
# triad 37
fr situation n | Des lanternes volantes retombent vers la pinède, et tout est sec comme de l'amadou depuis un mois.
+ en situation n | Sky lanterns are drifting down towards the pine woods, and everything has been tinder-dry for a month.
# triad 38
fr situation n | Le chat est rentré en boitant, avec une plaie à la patte, et il refuse de manger depuis.
+ en situation n | The cat came home limping, with a wound on his paw, and he hasn't eaten since.
# triad 39
en situation h | In the pocket of my son's jacket, a flick knife, and that's the jacket he wears to school.
+ fr situation h | Dans la poche du blouson de mon fils, un couteau à cran d'arrêt, et c'est le blouson qu'il met pour aller au collège.
# triad 40
fr situation n | Le vent fait trembler la cheminée depuis ce soir, et des briques s'en sont déjà détachées l'hiver dernier. Mets quelque chose de calme.
+ en situation n | The wind has been shaking the chimney all evening, and bricks already came loose from it last winter. Put on something calm.
# triad 41
en situation n | My phone says an unknown tracker has been moving with me since this morning.
+ fr situation n | Mon téléphone signale qu'un traceur inconnu se déplace avec moi depuis ce matin.
# triad 42
fr situation n | Au bord du sentier, mon fils a cueilli des baies rouges et en a peut-être mangé une ; je ne sais même pas ce que c'est.
+ en situation n | By the side of the path, my son picked some red berries and may have eaten one; I don't even know what they are.
# triad 43
fr situation n | Depuis hier soir, une pluie de points noirs et des petits éclairs dans l'œil gauche ; rendez-vous chez l'ophtalmo demain à 10 h.
+ en situation n | Since last night, a shower of black dots and little flashes in my left eye; I'm seeing the eye doctor tomorrow at ten.
# triad 44
en situation n | The landline rings three times a night and hangs up as soon as we answer, for a week now.
+ fr situation n | Le fixe sonne trois fois par nuit et raccroche dès qu'on décroche, depuis une semaine.
# triad 45
fr situation n | Les bobines super 8 de papa collent et cassent quand on les déroule ; et si on perdait les seuls films de notre enfance avant de les numériser ?
+ en situation n | Dad's Super 8 reels stick and snap when we unwind them; what if we lose the only films of our childhood before we get them digitised?
# triad 46
fr situation n | À la radio, on annonce un accident sur la nationale que ma fille prend chaque soir, et elle ne répond pas encore à mes messages.
+ en situation n | The radio is reporting an accident on the main road my daughter takes every evening, and she hasn't answered my messages yet.
# triad 47
en situation l | My seven-year-old's adult tooth is coming through behind her baby tooth, and the orthodontist has nothing free until autumn.
+ fr situation l | La dent définitive de ma fille de sept ans pousse derrière sa dent de lait, et l'orthodontiste n'a pas de place avant l'automne.
# triad 48
fr situation l | Des champignons ont poussé partout dans la pelouse, et le chiot mâchouille tout ce qu'il trouve.
+ en situation l | Mushrooms have sprung up all over the lawn, and the puppy chews everything he finds.
# triad 49
fr situation n | La même voiture est garée devant l'école tous les jours à la sortie des classes, avec un homme qui reste assis dedans.
+ en situation n | The same car is parked outside the school every day at home time, with a man who just sits inside.
# triad 50
fr situation n | Enceinte de cinq mois, je sens le bébé beaucoup moins bouger que d'habitude aujourd'hui ; c'est sûrement rien, mais j'attends que la maternité me rappelle.
+ en situation n | Five months pregnant, and I've felt the baby move much less than usual today; it's probably nothing, but I'm waiting for the maternity unit to call back.
# triad 51
en situation n | I got an HR email by mistake with a list of names "to be reviewed", and mine is on it.
+ fr situation n | J'ai reçu par erreur un mail des RH avec une liste de noms « à revoir », et le mien est dessus.
# triad 52
fr situation n | Sur la radio de mon poignet, le radiologue a vu une petite tache sur l'os et veut faire un scanner.
+ en situation n | On my wrist X-ray, the radiologist spotted a small shadow on the bone and wants a CT scan.
# triad 53
en situation n | Behind the workbench, an extension lead that's completely melted; how long has it been overheating like that?
+ fr situation n | Derrière l'établi de l'atelier, une rallonge électrique toute fondue ; depuis combien de temps chauffe-t-elle comme ça ?
# triad 54
fr situation n | Le glas sonne au village de mes parents, papa était hospitalisé cette semaine, et je n'arrive pas à joindre maman.
+ en situation n | The death knell is ringing in my parents' village, Dad was in hospital this week, and I can't get hold of Mum.
# triad 55
en situation n | A recorded-delivery letter is waiting for me at the post office, and I have no idea what it could be; I can't collect it until tomorrow.
+ fr situation n | Un recommandé m'attend à la poste, et je n'ai aucune idée de ce que ça peut être ; je ne peux pas le retirer avant demain.
# triad 56
fr situation n | Un avis de la mairie dans la boîte aux lettres : notre rue est dans le tracé de la future rocade, réunion publique le 14.
+ en situation n | A notice from the council in the letterbox: our street is on the route of the planned ring road, public meeting on the 14th.
# triad 57
fr situation n | Sur le forum du quartier, des gens parlent de tentatives d'effraction dans notre résidence cette semaine, et on part en vacances samedi.
+ en situation n | On the neighbourhood forum, people are talking about attempted break-ins in our block this week, and we go on holiday on Saturday.
# triad 58
en situation n | In the new flat, debt collection letters keep coming for the previous tenant, and a bailiff rang the bell this morning.
+ fr situation n | Dans le nouvel appart, des lettres de recouvrement arrivent pour l'ancien locataire, et un huissier a sonné ce matin.
# triad 59
fr situation n | En courant, je remarque que mon cœur s'emballe dès la première côte, bien plus qu'avant, et ça dure longtemps après.
+ en situation n | Out running, I notice my heart races from the very first hill, much more than before, and it takes ages to settle.
# triad 60
fr situation n | Dans l'historique de la console, mon fils de dix ans joue encore à deux heures du matin, en ligne avec des inconnus.
+ en situation n | The console history shows my ten-year-old still playing at two in the morning, online with strangers.
# triad 61
en situation n | Gran's painting has tiny holes all over the frame, and fine dust underneath; what if woodworm gets into all the furniture?
+ fr situation n | Le tableau de mamie a des petits trous partout dans le cadre, et une fine poussière en dessous ; et si les vers attaquaient tous les meubles ?
# triad 62
en typo n | the lid on the homemade preserve jar is all bulging and we ate some last nite with the kids... is that bad??
+ fr typo n | le couvercle du bocal de conserve maison est tout bombé et on en a mangé hier soir avec les enfants... c grave ??
# triad 63
fr situation n | Au tri des dons, une boîte de médicaments ouverte est tombée dans le carton de jouets déjà distribué ce matin aux familles.
+ en situation n | Sorting donations, an open box of medication fell into the box of toys that was already handed out to families this morning.
# triad 64
fr situation n | Un morceau de métal rouillé en forme d'obus dans le champ, au bord du chemin de l'école ; on attend les démineurs depuis hier.
+ en situation n | A rusty shell-shaped lump of metal in the field by the school path; we've been waiting for the bomb squad since yesterday.
# triad 65
en situation n | No swallows under the eaves this year, for the first time in twenty years; what if they never come back?
+ fr situation n | Pas d'hirondelles sous l'avant-toit cette année, pour la première fois en vingt ans ; et si elles ne revenaient plus jamais ?
# triad 66
fr mixed n | Un peu amusée sur le coup, mais surtout inquiète : mamie a rangé ses clés dans le frigo et ses lunettes dans la boîte à pain, deux fois cette semaine.
+ en mixed n | A bit amused at first, but mostly worried: Gran put her keys in the fridge and her glasses in the bread bin, twice this week.
# triad 67
fr situation n | Après l'enterrement, on trouve dans les papiers de tonton une dette de quarante mille euros, et on ne sait pas si la succession devra la payer.
+ en situation n | After the funeral, we find a forty-thousand-euro debt in my uncle's papers, and we don't know if the estate will have to pay it.
# triad 68
en situation n | The Christmas lights from the cellar have bare wires in places, and the kids want to plug them in in their bedroom.
+ fr situation n | Les guirlandes de Noël ressorties de la cave ont des fils dénudés par endroits, et les enfants veulent les brancher dans leur chambre.
# triad 69
fr situation n | Des tags menaçants sont apparus sur le mur de l'école de mes enfants, avec le prénom d'une élève de leur classe.
+ en situation n | Threatening graffiti has appeared on the wall of my children's school, with the name of a girl in their class.
# triad 70
fr situation n | On a retrouvé notre fils endormi devant la porte d'entrée à trois heures du matin ; et s'il sortait un jour dans la rue ?
+ en situation n | We found our son asleep by the front door at three in the morning; what if one day he goes out into the street?
# triad 71
en situation h | The garden camera filmed someone trying the back door handle at 2 a.m.
+ fr situation h | La caméra du jardin a filmé quelqu'un qui essayait la poignée de la porte de derrière à 2 h du matin.
# triad 72
fr situation n | Au supermarché, une affiche de rappel de produit pour la marque de lait infantile qu'on donne au bébé, sans numéro de lot.
+ en situation n | At the supermarket, a product recall notice for the brand of formula we give the baby, with no batch number on it.
# triad 73
en situation n | The sky is turning yellow-green this afternoon and the wind has suddenly dropped; hail is forecast over our vines.
+ fr situation n | Le ciel vire au jaune-vert cet après-midi et le vent tombe d'un coup ; on annonce de la grêle sur nos vignes.
# triad 74
en situation n | Grandpa's stamp album got damp in the cellar and the pages are sticking together; what if the whole collection is ruined?
+ fr situation n | L'album de timbres de papi a pris l'humidité à la cave et les pages se collent ; et si toute la collection était fichue ?
# triad 75
fr typo n | depuis le concert dhier jai un sifflement dans loreille droite qui part pas du tout, et si ca restait ??
+ en typo n | since last nights gig ive got a ringing in my right ear that just wont go, what if it stays??
# triad 76
fr situation n | Aux infos, je reconnais la rue de ma fille à Lyon : une série de cambriolages dans son quartier, et elle vit seule au rez-de-chaussée.
+ en situation n | On the news I recognise my daughter's street in Lyon: a string of burglaries in her area, and she lives alone on the ground floor.
# triad 77
en situation n | Our two-year-old doesn't react any more when we call her from behind; what if she can't hear properly?
+ fr situation n | Notre fille de deux ans ne réagit plus quand on l'appelle de derrière ; et si elle entendait mal ?
# triad 78
fr slang_emoji n | le chien du voisin aboie non-stop depuis 2 jours et on voit plus personne chez eux 😬 jsp si je dois appeler qqn
+ en slang_emoji n | neighbour's dog has been barking non-stop for 2 days and no one's been seen at theirs 😬 idk if i should call someone
# triad 79
fr situation n | Sur une photo que mon copain m'a envoyée, je vois des médicaments contre l'anxiété sur sa table de nuit, et il me dit que tout va bien.
+ en situation n | In a photo my boyfriend sent, I can see anxiety medication on his bedside table, and he keeps telling me everything's fine.
# triad 80
fr situation n | Dans mon carnet de vaccination, le dernier rappel du tétanos date de 2003, et je me suis coupé avec un clou rouillé hier.
+ en situation n | In my vaccination record, my last tetanus booster was in 2003, and I cut myself on a rusty nail yesterday.
"""

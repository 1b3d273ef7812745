"""colere: third wave, triads with panique and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Le plombier a mal resserré le raccord de gaz, on l'a respiré toute la nuit, et il refuse de revenir.
+ en situation h | The plumber didn't tighten the gas fitting properly, we breathed it all night, and he refuses to come back.

# triad 02
en situation h | A gas water heater with no vent in the bathroom, the CO alarm went off, and the landlord says it's our problem.
+ fr situation h | Chauffe-eau à gaz sans aération dans la salle de bain, le détecteur de monoxyde a sonné, et le proprio s'en lave les mains.

# triad 03
fr situation h | L'aide-soignante a laissé mamie seule dans son bain pour aller fumer, et on l'a retrouvée frigorifiée dans l'eau froide.
+ en situation h | The carer left Grandma alone in her bath to go for a smoke, and we found her frozen stiff in cold water.

# triad 04
fr situation h | La nounou a encore laissé les capsules de lessive sur la table basse, après trois rappels de ma part.
+ en situation h | The nanny left the laundry pods on the coffee table again, after I'd reminded her three times.

# triad 05
en situation h | My brother-in-law drove the kids home after four beers, and he thinks I'm overreacting.
+ fr situation h | Mon beau-frère a ramené les enfants en voiture après quatre bières, et il trouve que j'exagère.

# triad 06
fr situation h | Le chef a fait charger le rack abîmé jusqu'en haut, une palette a failli écraser l'intérimaire, et il hausse les épaules.
+ en situation h | The boss had the damaged rack loaded to the top, a pallet nearly crushed the temp, and he just shrugs.

# triad 07
fr situation h | Le voisin recharge sa trottinette dans le couloir de l'immeuble, la batterie a fondu cette nuit, et il nie tout.
+ en situation h | The neighbour charges his scooter in the building's hallway, the battery melted last night, and he denies everything.

# triad 08
en situation h | 'Allergic to penicillin' is written in red on my file, and the junior doctor prescribed it anyway.
+ fr situation h | « Allergique à la pénicilline » est écrit en rouge dans mon dossier, et l'interne m'en a quand même prescrit.

# triad 09
fr situation h | Les invités ont laissé le portillon de la piscine ouvert avec les petits autour, et ils trouvent que je dramatise.
+ en situation h | The guests left the pool gate open with the little ones running around, and they think I'm being dramatic.

# triad 10
fr situation h | La plateforme de jeu a laissé un adulte écrire à mon fils de dix ans pendant des semaines, sans rien bloquer.
+ en situation h | The gaming platform let an adult message my ten-year-old for weeks without blocking anything.

# triad 11
en situation h | The authorities kept the main road open despite the snow warning, and we spent nine hours stuck in the car.
+ fr situation h | La préfecture a laissé la nationale ouverte malgré l'alerte neige, et on est restés neuf heures bloqués dans la voiture.

# triad 12
fr situation h | Le guide nous a fait traverser la baie sans regarder les horaires de marée, puis il a accusé le groupe.
+ en situation h | The guide took us across the bay without checking the tide times, then blamed the group.

# triad 13
fr situation h | Le perchman n'a pas arrêté le télésiège alors que le sac de mon fils était coincé, il regardait son téléphone.
+ en situation h | The lift attendant didn't stop the chairlift when my son's backpack got caught, he was looking at his phone.

# triad 14
en situation h | The electrician left bare wires sticking out in the kids' bedroom and hasn't answered his phone since.
+ fr situation h | L'électricien a laissé des fils dénudés dans la chambre des enfants et ne répond plus au téléphone depuis.

# triad 15
fr situation h | Un type a laissé son chien enfermé dans la voiture en plein soleil une heure, et il m'a envoyée balader.
+ en situation h | Some guy left his dog shut in a car in full sun for an hour, then told me to get lost.

# triad 16
fr situation h | Un automobiliste a balancé son mégot par la fenêtre en pleine sécheresse, devant moi, en souriant.
+ en situation h | A driver flicked his cigarette butt out of the window in the middle of a drought, right in front of me, grinning.

# triad 17
en situation h | The upstairs neighbour knocked a flowerpot off, it just missed my daughter, and he shut his window without a word.
+ fr situation h | Le voisin du dessus a fait tomber un pot qui a frôlé ma fille, et il a refermé sa fenêtre sans un mot.

# triad 18
fr situation h | Ma collègue a mélangé javel et détartrant dans les toilettes fermées, on a tous toussé, et elle trouve ça drôle.
+ en situation h | My colleague mixed bleach and descaler in the closed toilets, we were all coughing, and she thinks it's funny.

# triad 19
fr situation h | Un chauffeur de camion m'a serré contre le trottoir en tournant, et c'est lui qui m'a insulté.
+ en situation h | A lorry driver squeezed me against the kerb as he turned, and then he was the one shouting abuse.

# triad 20
en situation h | Workers left the manhole cover off with no barrier, an elderly woman fell in, and everyone's passing the buck.
+ fr situation h | Les ouvriers ont laissé la plaque d'égout ouverte sans barrière, une dame âgée y est tombée, et chacun se renvoie la faute.

# triad 21
fr situation h | La médiathèque n'a jamais fixé ses grandes étagères au mur, l'une a basculé, et la mairie parle d'accident.
+ en situation h | The library never fixed its tall shelves to the wall, one toppled over, and the council calls it an accident.

# triad 22
en situation h | The care home let Grandpa walk out alone in his pyjamas, we found him at the station, and they're playing it down.
+ fr situation h | L'EHPAD a laissé papi sortir seul en pyjama, on l'a retrouvé à la gare, et ils minimisent.

# triad 23
fr situation h | Mon coloc a lancé la machine sans regarder, le chat dormait dedans, et il dit que c'est ma faute.
+ en situation h | My flatmate started the washing machine without looking, the cat was asleep inside, and he says it's my fault.

# triad 24
fr situation h | Le livreur a encore laissé le portail grand ouvert, le chien a filé sur la départementale, et il s'en fiche.
+ en situation h | The delivery guy left the gate wide open again, the dog ran off onto the main road, and he couldn't care less.

# triad 25
en situation h | The neighbour let his fifteen-year-old nephew drive the old tractor with no roll bar, and he tipped it into the ditch.
+ fr situation h | Le voisin a laissé son neveu de quinze ans conduire le vieux tracteur sans arceau, et il l'a renversé dans le fossé.

# triad 26
fr situation h | Le ferry est passé à pleine vitesse à dix mètres de nos paddles, sans un coup de corne, et la compagnie nie tout.
+ en situation h | The ferry went by at full speed ten metres from our paddleboards without a single horn blast, and the company denies it all.

# triad 27
fr situation h | Le guide a voulu continuer vers le sommet malgré l'orage annoncé, et maintenant il nous reproche d'avoir été lents.
+ en situation h | The guide insisted on pushing for the summit despite the forecast storm, and now he blames us for being slow.

# triad 28
en situation n | The smart lock update shut us out for two hours in the rain, and the manufacturer just closed my complaint.
+ fr situation n | La mise à jour de la serrure nous a laissés dehors deux heures sous la pluie, et le fabricant a classé ma réclamation.

# triad 29
fr situation h | Mon ex a partagé mes photos intimes dans un groupe, et la plateforme répond que ça respecte ses règles.
+ en situation h | My ex shared my intimate photos in a group chat, and the platform says it doesn't break its rules.

# triad 30
fr situation h | Le capitaine a entassé soixante touristes sur un bateau prévu pour trente, et il a refusé de rembourser ceux qui sont descendus.
+ en situation h | The skipper crammed sixty tourists onto a boat built for thirty, and refused to refund the ones who got off.

# triad 31
en situation h | The power company cut off my neighbour, who's on oxygen, over a bill she'd already paid.
+ fr situation h | Le fournisseur a coupé l'électricité de ma voisine sous oxygène pour une facture qu'elle avait déjà payée.

# triad 32
fr situation h | L'animateur a oublié ma fille sur l'aire d'autoroute, s'en est aperçu trente kilomètres plus loin, et ne m'a rien dit.
+ en situation h | The camp leader left my daughter behind at the services, noticed thirty kilometres later, and never told me.

# triad 33
fr situation n | L'école a laissé partir mon fils avec un parent que je n'avais jamais autorisé, et personne ne m'a prévenue.
+ en situation n | The school let my son leave with a parent I'd never authorised, and nobody told me.

# triad 34
en situation h | The bouncer wouldn't help my friend after her drink was spiked, he just threw us out.
+ fr situation h | Le videur a refusé d'aider ma copine droguée à son insu, il nous a juste mises dehors.

# triad 35
fr situation n | Ma collègue a envoyé le fichier des salaires à toute la boîte, et c'est moi que la DRH convoque.
+ en situation n | My colleague sent the salary spreadsheet to the whole company, and I'm the one HR has called in.

# triad 36
fr situation h | Le chef de chantier nous envoie sur le toit sans harnais pour gagner une heure, et menace ceux qui refusent.
+ en situation h | The site boss sends us up on the roof without harnesses to save an hour, and threatens anyone who refuses.

# triad 37
en situation h | The shop sold me a cracked jack, the car nearly came down on my brother, and they won't take it back.
+ fr situation h | Le magasin m'a vendu un cric fissuré, la voiture a failli retomber sur mon frère, et ils refusent de le reprendre.

# triad 38
fr situation h | Le pharmacien a refusé l'insuline de mon fils diabétique pour un tampon mal placé sur l'ordonnance.
+ en situation h | The pharmacist refused my diabetic son his insulin over a badly placed stamp on the prescription.

# triad 39
fr situation h | Le SAMU a mis une heure à envoyer une ambulance pour l'AVC de ma mère, et personne ne s'est excusé.
+ en situation h | The ambulance service took an hour to send anyone for my mother's stroke, and nobody apologised.

# triad 40
en situation h | The coach sent my son back onto the pitch after a blow to the head, just to win the match.
+ fr situation h | L'entraîneur a renvoyé mon fils sur le terrain après un choc à la tête, juste pour gagner le match.

# triad 41
fr situation n | Le festival confisque les bouteilles d'eau à l'entrée et revend la sienne huit euros, par 35 degrés.
+ en situation n | The festival confiscates water bottles at the gate and sells its own for eight euros, in 35-degree heat.

# triad 42
en situation n | The rental agency gave us a car with bald tyres, and now they're charging us for the blowout.
+ fr situation n | L'agence de location nous a donné une voiture aux pneus lisses, et maintenant elle nous facture la crevaison.

# triad 43
fr situation n | Le chauffeur du car scolaire écrit des SMS en roulant, les enfants l'ont filmé, et la compagnie s'en moque. Lumière adaptée, s'il te plaît.
+ en situation n | The school bus driver texts at the wheel, the kids filmed him, and the company doesn't care. Lights to match, please.

# triad 44
en situation h | The campsite owner knew about the flood warning for the river and didn't tell a single camper.
+ fr situation h | Le gérant du camping connaissait l'alerte crue sur le torrent et n'a prévenu aucun campeur.

# triad 45
fr situation h | Le jardinier a laissé papa, quatre-vingts ans, monter sur l'échelle bancale pendant qu'il fumait sa clope.
+ en situation h | The gardener let Dad, who's eighty, climb the wobbly ladder while he stood there smoking.

# triad 46
fr situation h | La salle de sport a retiré les clés d'arrêt d'urgence des tapis de course, et une dame a chuté hier. Ils s'en fichent.
+ en situation h | The gym removed the emergency stop keys from the treadmills, a woman fell yesterday, and they don't care.

# triad 47
en situation h | An influencer keeps pushing teenagers to do that breath-holding challenge, and the platform leaves the video up.
+ fr situation h | Un influenceur pousse les ados à faire ce défi où on bloque sa respiration, et la plateforme laisse la vidéo en ligne.

# triad 48
fr situation h | Le centre commercial laisse tourner l'escalator cassé depuis des mois, une dame s'y est coincé le pied hier.
+ en situation h | The shopping centre has left the broken escalator running for months, and yesterday a woman got her foot caught.

# triad 49
en situation h | The movers let go of the piano on the stairs, laughing, and it nearly crushed my father.
+ fr situation h | Les déménageurs ont lâché le piano dans l'escalier en rigolant, et il a failli écraser mon père.

# triad 50
fr situation h | Le loueur n'a pas fixé le château gonflable au sol, le vent l'a soulevé avec les petits dedans, et il parle de malchance.
+ en situation h | The hire firm didn't peg the bouncy castle down, the wind lifted it with the little ones inside, and they call it bad luck.

# triad 51
fr situation h | Les porteurs avaient bu avant la procession, la statue a failli tomber sur les enfants de chœur, et le curé trouve ça folklorique.
+ en situation h | The bearers had been drinking before the procession, the statue nearly fell on the altar boys, and the priest calls it folklore.

# triad 52
en situation h | The home help was on her phone while Grandma lit the gas on her own, and the pan burned for an hour.
+ fr situation h | L'aide à domicile était sur son téléphone pendant que mamie allumait le gaz seule, et la casserole a brûlé une heure.

# triad 53
fr situation h | Mon beau-père a laissé le bébé seul sur la table à langer pour répondre au téléphone, malgré mes consignes.
+ en situation h | My father-in-law left the baby alone on the changing table to answer the phone, despite everything I'd said.

# triad 54
fr situation n | L'ancien proprio a fait passer les tuyaux en plein milieu du mur sans laisser de plan, et j'ai percé dedans.
+ en situation n | The previous owner ran the pipes through the middle of the wall without leaving a plan, and I drilled into one.

# triad 55
en situation h | The company knew its connected baby monitor could be hacked and never bothered to fix it.
+ fr situation h | Le fabricant savait que son babyphone connecté pouvait être piraté, et il n'a jamais pris la peine de corriger.

# triad 56
fr situation h | Un type m'a suivie jusqu'à ma porte hier soir, et au commissariat on m'a demandé comment j'étais habillée.
+ en situation h | A man followed me to my door last night, and at the police station they asked what I was wearing.

# triad 57
fr situation h | Un chasseur a tiré à trente mètres du chemin où je promenais les enfants, et il m'a traitée d'inconsciente.
+ en situation h | A hunter fired thirty metres from the path where I was walking the kids, and called me irresponsible.

# triad 58
en situation h | The beach hire guy let the kids paddle out on a giant inflatable in an offshore wind, without a word of warning.
+ fr situation h | Le loueur de la plage a laissé les enfants partir sur une bouée géante par vent de terre, sans rien dire.

# triad 59
fr situation h | La cordée au-dessus a fait tomber des pierres sur nous sans même crier, et ils ont rigolé au relais.
+ en situation h | The rope team above sent rocks down on us without even shouting, and they had a laugh about it at the belay.

# triad 60
fr situation h | Le vendeur m'a refilé un four à céramique au thermostat trafiqué, et il a failli mettre le feu au garage.
+ en situation h | The seller palmed me off with a pottery kiln with a rigged thermostat, and it nearly set the garage on fire.

# triad 61
fr situation h | Quelqu'un a jeté des seringues usagées dans le bac à sable du square, et la mairie n'a toujours rien nettoyé.
+ en situation h | Someone dumped used syringes in the playground sandpit, and the council still hasn't cleaned it up.

# triad 62
en situation h | The chemical plant hid three leaks from the authorities, and we found out from the local paper. Match the lights to my mood.
+ fr situation h | L'usine chimique a caché trois fuites à la préfecture, et on l'apprend par le journal local. Mets une lumière qui colle à mon humeur.

# triad 63
fr situation h | Mon coloc a bouché la soupape de la cocotte-minute avec des lentilles et il est parti en laissant le feu à fond.
+ en situation h | My flatmate clogged the pressure cooker valve with lentils and went out leaving the heat on full.

# triad 64
en situation h | My ex keeps ignoring the restraining order, and the police say they can't act until something happens.
+ fr situation h | Mon ex ne respecte pas l'ordonnance d'éloignement, et la police dit ne rien pouvoir faire tant qu'il ne se passe rien.

# triad 65
fr situation h | Mon oncle laisse son fusil chargé dans le placard où jouent les cousins, et il se vexe si on le lui reproche.
+ en situation h | My uncle keeps his loaded rifle in the cupboard where the cousins play, and he sulks if anyone says anything.

# triad 66
fr situation h | Le voisin du dessus a laissé déborder sa baignoire, notre plafond est fichu, et il prétend que c'est la faute de l'immeuble.
+ en situation h | The upstairs neighbour let his bath overflow, our ceiling is ruined, and he claims it's the building's fault.

# triad 67
en situation n | The school ran a surprise intruder drill, the kids thought they were going to die, and the head calls it good practice.
+ fr situation n | Le lycée a fait un exercice d'intrusion surprise, les élèves ont cru mourir, et la direction trouve ça formateur.

# triad 68
fr slang_emoji h | le magasin vend ENCORE les billes aimantées au rayon jouets 3 ans et + 🤬 personne vérifie rien
+ en slang_emoji h | the shop is STILL selling those magnetic balls in the 3+ toy aisle 🤬 nobody checks anything

# triad 69
fr situation h | Le pet-sitter a fait courir le chien juste après sa gamelle, malgré mes consignes écrites, et il a failli y rester.
+ en situation h | The pet sitter took the dog running straight after his dinner, despite my written instructions, and he nearly died.

# triad 70
en situation h | The out-of-hours doctor called it a stomach bug without even examining me, and it was appendicitis.
+ fr situation h | Le médecin de garde a dit gastro sans même m'examiner, et c'était l'appendicite.

# triad 71
fr situation h | Maman a sonné quarante minutes pour aller aux toilettes, et l'aide-soignante lui a dit de faire dans sa protection.
+ en situation h | Mum rang for forty minutes to go to the toilet, and the care assistant told her to just use her pad.

# triad 72
fr situation h | Le syndic savait que les balcons étaient fissurés et n'a rien fait, celui du deuxième s'est décroché hier.
+ en situation h | The managing agent knew the balconies were cracked and did nothing; the second-floor one came away yesterday.

# triad 73
en situation h | My partner brought the hay in still damp despite my warnings, and the barn nearly went up in flames.
+ fr situation h | Mon associé a rentré le foin encore humide malgré mes avertissements, et la grange a failli brûler.

# triad 74
fr situation h | Mon assureur a lâché la corde pour regarder son téléphone, j'ai chuté de trois mètres, et il dit que j'aurais dû prévenir.
+ en situation h | My belayer let go of the rope to check his phone, I fell three metres, and he says I should have warned him.

# triad 75
fr situation h | La baby-sitter a laissé la fenêtre du sixième ouverte avec le petit seul, et elle ne voit pas le problème.
+ en situation h | The babysitter left the sixth-floor window open with the little one on his own, and she doesn't see the problem.

# triad 76
en typo n | my husband NEVER empties the dryer filter no matter how often i tell him, and this morning the whole landing smelled burnt
+ fr typo n | mon mari vide JAMAIS le filtre du seche linge malgré mes rappels et ce matin tout le palier sentait le brulé

# triad 77
fr situation h | Le chef a remis le courant sans prévenir alors que j'avais les mains dans le tableau, et il m'a traité de chochotte.
+ en situation h | The foreman switched the power back on without warning while my hands were in the panel, and called me a wimp.

# triad 78
fr mixed h | Soulagé que personne n'ait été enseveli, mais surtout furieux : le conducteur de travaux a refusé d'étayer la tranchée.
+ en mixed h | Relieved nobody was buried, but mostly furious: the site manager refused to shore up the trench.

# triad 79
en situation h | A colleague left a used needle in the sheets, I pricked myself making the bed, and nobody's owning up.
+ fr situation h | Une collègue a laissé une aiguille usagée dans les draps, je me suis piquée en faisant le lit, et personne n'assume.

# triad 80
fr slang_emoji h | le refuge a filé le chien qui mord à une bénévole de 16 ans sans la prévenir 😡 sérieux ??
+ en slang_emoji h | the shelter handed the biting dog to a 16 y/o volunteer without warning her 😡 seriously??

# triad 81
fr situation h | Le kit de chimie pour enfants contenait un produit corrosif sans aucun avertissement, et le fabricant refuse de le rappeler.
+ en situation h | The children's chemistry set contained a corrosive product with no warning at all, and the maker refuses to recall it.

# triad 82
en situation n | Grandpa can barely see but took the car again, hit the gate, and swears it was already dented.
+ fr situation n | Papi n'y voit presque plus, il a encore pris la voiture, a embouti le portail, et jure qu'il était déjà cabossé.

# triad 83
fr situation h | Le loueur m'a donné une remorque sans goupille de sécurité, elle s'est détachée sur l'autoroute, et il refuse de payer.
+ en situation h | The hire place gave me a trailer with no safety pin, it came off on the motorway, and they refuse to pay.

# triad 84
fr situation n | Le voisin brûle ses déchets verts malgré l'interdiction, et quand je me plains, il me rit au nez. Mets-moi une ambiance qui colle.
+ en situation n | The neighbour burns his garden waste despite the ban, and when I complain he laughs in my face. Set the mood for that.
"""

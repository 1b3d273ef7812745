"""tristesse: third wave, triads with victoire and nostalgie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Dernière tournée de facteur hier, et Mme Roux, qui m'attendait chaque matin à sa boîte aux lettres, est morte la semaine d'avant.
+ en situation n | My last postal round was yesterday, and Mrs Roux, who waited for me at her letterbox every morning, died the week before.
# triad 02
en situation n | The number 12 line I drove for twenty-nine years made its final run yesterday; the stop by the school is gone.
+ fr situation n | La ligne 12, que j'ai conduite vingt-neuf ans, a fait son dernier trajet hier ; l'arrêt devant l'école a disparu.
# triad 03
fr situation n | Ma carrière de pilote s'est arrêtée sur une lettre : inapte pour raison cardiaque, sans savoir que mon dernier vol était le dernier.
+ en situation n | My flying career ended with a letter: grounded for my heart, and I never knew my last flight would be the last.
# triad 04
en situation n | My final run as a train driver never happened: the line closed a month before my retirement.
+ fr situation n | Mon dernier trajet de conducteur n'a jamais eu lieu : la ligne a fermé un mois avant ma retraite.
# triad 05
fr situation h | Mon chalutier est parti à la casse ce matin ; quarante ans de marées, et je l'ai regardé se faire découper sur le quai.
+ en situation h | My trawler went to the breakers this morning; forty years of tides, and I watched it being cut up on the quay.
# triad 06
fr situation h | Mon dernier accouchement de sage-femme s'est mal fini : le bébé n'a pas survécu, et je pars à la retraite là-dessus.
+ en situation h | My last delivery as a midwife ended badly: the baby didn't survive, and that's how I'm leaving for retirement.
# triad 07
en situation n | I closed my vet practice for good on Friday; nobody took it over, and the waiting room is bare. Dim the lights a little.
+ fr situation n | J'ai fermé mon cabinet vétérinaire vendredi ; personne ne l'a repris, et la salle d'attente est nue. Baisse un peu la lumière.
# triad 08
fr situation n | J'ai baissé le rideau de ma cordonnerie pour de bon ; les dernières paires jamais récupérées attendent encore sur l'étagère.
+ en situation n | I pulled down the shutter of my cobbler's shop for good; the last pairs nobody collected are still waiting on the shelf.
# triad 09
fr situation n | Le journal du canton a publié son dernier numéro ce matin ; trente ans que j'y écrivais, et la rédaction est vide.
+ en situation n | The district paper printed its last issue this morning; I'd written for it for thirty years, and the newsroom is empty.
# triad 10
en situation n | Our local station went off the air last night; I did the final show, then the transmitter went silent. Soft lights, please.
+ fr situation n | Notre radio locale a cessé d'émettre cette nuit ; j'ai fait la dernière émission, puis plus rien. Lumière douce, s'il te plaît.
# triad 11
fr situation n | J'ai rendu mon casque de pompier volontaire hier, sur ordre du médecin : fini les départs, la sirène sonnera sans moi.
+ en situation n | I handed in my volunteer firefighter's helmet yesterday on doctor's orders: no more call-outs, the siren will sound without me.
# triad 12
en situation n | My last match as a referee was called off for the storm, and the season ended there; no final whistle.
+ fr situation n | Mon dernier match d'arbitre a été annulé pour l'orage, et la saison s'est arrêtée là ; pas de dernier coup de sifflet.
# triad 13
fr situation n | La station du village a fermé ses remontées pour de bon ; ma dernière saison de moniteur s'est finie sans une piste ouverte.
+ en situation n | The village ski resort shut its lifts for good; my last season as an instructor ended without a single run open.
# triad 14
en situation n | The winter storms swept away my lifeguard tower; eighteen summers on that beach, and only bare sand left.
+ fr situation n | Les tempêtes de l'hiver ont emporté mon poste de secours ; dix-huit étés sur cette plage, et plus que du sable.
# triad 15
fr situation h | J'ai arrêté le métier de guide après la chute de mon client sur la Meije ; je n'ai plus jamais remis les crampons.
+ en situation h | I gave up guiding after my client fell on the Meije; I've never put my crampons back on.
# triad 16
en situation n | My hair salon closed for good on Saturday; the dryers are in boxes, and my sign is dark.
+ fr situation n | Mon salon de coiffure a fermé pour de bon samedi ; les casques sont en cartons, et mon enseigne est éteinte.
# triad 17
fr situation n | Ma pharmacie de village a fermé hier, personne pour la reprendre ; j'ai éteint la croix verte pour la dernière fois.
+ en situation n | My village pharmacy closed yesterday, nobody to take it over; I switched off the green cross for the last time.
# triad 18
fr situation n | Dernier jour de 3e, et ma meilleure amie part vivre à Montréal ; on s'est dit adieu devant le portail du collège.
+ en situation n | Last day of year 10, and my best friend is moving to Montreal; we said goodbye at the school gate.
# triad 19
en situation n | My last day at the crèche, and little Inès sobbed when I left; I won't see my toddlers grow up.
+ fr situation n | Mon dernier jour à la crèche, et la petite Inès a sangloté à mon départ ; je ne verrai pas grandir mes petits.
# triad 20
fr situation n | J'abandonne ma thèse après quatre ans ; j'ai rendu mon badge ce matin, mon bureau est déjà à un autre.
+ en situation n | I'm giving up my PhD after four years; I handed in my badge this morning, my desk already someone else's.
# triad 21
en situation n | The last mortgage payment went through today, and Michel isn't here to see it; he died in March.
+ fr situation n | La dernière mensualité du crédit est passée aujourd'hui, et Michel n'est plus là pour le voir ; il est mort en mars.
# triad 22
fr situation n | La sauvegarde de notre monde Minecraft est corrompue ; huit ans de constructions entre potes, perdus d'un coup.
+ en situation n | The save file of our Minecraft world is corrupted; eight years of building with friends, gone in one go.
# triad 23
en situation n | The camper van is gone; a stranger drove it off this morning, and its spot in the drive is empty.
+ fr situation n | Le camping-car est parti ; un inconnu l'a emmené ce matin, et sa place dans l'allée est vide.
# triad 24
fr situation n | J'ai rendu ma parcelle de jardin ouvrier, mon dos ne suit plus ; le nouveau arrache déjà mes framboisiers.
+ en situation n | I gave up my allotment, my back can't take it; the new tenant is already pulling up my raspberries.
# triad 25
en situation n | The bulldozers tore down the terrace where I stood with Dad every Saturday; he's gone, and now the stadium too.
+ fr situation n | Les bulldozers ont rasé la tribune où j'allais chaque samedi avec papa ; il n'est plus là, et le stade non plus.
# triad 26
fr situation n | Mon dernier gala n'aura jamais lieu : ligaments croisés rompus à la générale, douze ans de danse finis sur une civière.
+ en situation n | My last gala will never happen: torn cruciate ligaments at the dress rehearsal, twelve years of dance ended on a stretcher.
# triad 27
en situation n | Our family circus gave its final show yesterday; the big top is sold, four generations ended.
+ fr situation n | Notre cirque familial a donné sa dernière représentation hier ; le chapiteau est vendu, quatre générations finies.
# triad 28
fr situation n | Mon dernier procès est perdu, mon client part en prison, et c'est sur cette image que je quitte le barreau.
+ en situation n | My last trial is lost, my client is going to prison, and that's the picture I leave the bar with.
# triad 29
en situation n | Last mass in our village church before it's deconsecrated; they carried out Saint Roch and locked the door.
+ fr situation n | Dernière messe dans l'église du village avant sa désacralisation ; on a sorti saint Roch et fermé la porte.
# triad 30
fr situation n | Notre troupe scoute a été dissoute cet été ; quinze ans de camps finis dans un carton au grenier.
+ en situation n | Our scout troop was disbanded this summer; fifteen years of camps ended in a box in the attic.
# triad 31
en situation n | I closed my driving school yesterday; the cars are sold and the L-plates sit in a box in my garage.
+ fr situation n | J'ai fermé mon auto-école hier ; les voitures sont vendues et les panneaux « auto-école » dorment dans un carton au garage.
# triad 32
fr situation n | J'ai fermé mon atelier de tailleur ; les derniers rouleaux de tissu sont partis chez un brocanteur pour trois fois rien.
+ en situation n | I closed my tailor's workshop; the last bolts of cloth went to a junk dealer for next to nothing.
# triad 33
en situation n | Our family hotel was sold at auction; after four generations, the new owners took our sign down.
+ fr situation n | Notre hôtel familial a été vendu aux enchères ; après quatre générations, les nouveaux ont décroché notre enseigne.
# triad 34
fr situation n | Le bac de l'île a fait sa dernière traversée, remplacé par le pont ; mon vieux bateau rouille au port.
+ en situation n | The island ferry made its last crossing, replaced by the bridge; my old boat is rusting in the harbour.
# triad 35
en situation n | I sold my taxi licence yesterday; my eyes failed the medical, and my old Mercedes went to the scrapyard.
+ fr situation n | J'ai vendu ma licence de taxi hier ; mes yeux ont échoué à la visite, et ma vieille Mercedes est partie à la casse.
# triad 36
fr situation n | Le supermarché du quartier a fermé samedi ; trente-deux ans à ma caisse, et mes habitués m'ont dit adieu.
+ en situation n | The local supermarket closed on Saturday; thirty-two years at my till, and my regulars said goodbye.
# triad 37
en situation n | I gave up beekeeping this spring: hornets wiped out my last hive, and the apiary stands empty.
+ fr situation n | J'ai arrêté l'apiculture ce printemps : les frelons ont décimé ma dernière ruche, et le rucher est vide.
# triad 38
fr situation h | Dernière coulée à l'aciérie ce matin ; l'usine ferme, et quatre cents gars sont rentrés chez eux, le casque à la main.
+ en situation h | Last pour at the steelworks this morning; the plant is closing, and four hundred men went home, helmets in hand.
# triad 39
en situation n | I deleted my channel today after ten years; nobody watched any more, and the comments had gone silent months ago.
+ fr situation n | J'ai supprimé ma chaîne aujourd'hui après dix ans ; plus personne ne regardait, et les commentaires s'étaient tus depuis des mois.
# triad 40
fr situation n | J'ai vendu mon four et mes tours de potier ; l'atelier est vide, et mes mains ne savent plus quoi faire.
+ en situation n | I sold my kiln and my potter's wheels; the studio is empty, and my hands don't know what to do.
# triad 41
en situation n | At my last parade before leaving the army, I looked for Sergeant Morel in the ranks; he never came back from Mali.
+ fr situation n | À ma dernière prise d'armes, j'ai cherché le sergent Morel dans les rangs ; il n'est jamais revenu du Mali.
# triad 42
fr situation n | Mon dernier marathon, je l'ai abandonné au vingt-huitième kilomètre ; le cardiologue m'interdit désormais de courir.
+ en situation n | I dropped out of my last marathon at kilometre twenty-eight; the cardiologist has now banned me from running.
# triad 43
en situation n | A torn shoulder ended my swimming two weeks before the nationals; I emptied my pool locker today.
+ fr situation n | Une déchirure à l'épaule a mis fin à ma natation juste avant les championnats ; j'ai vidé mon casier aujourd'hui.
# triad 44
fr situation n | Ma dernière saison d'entraîneur s'est terminée sans équipe : plus assez d'inscrits, le club a supprimé les poussins.
+ en situation n | My last season as a coach ended without a team: not enough sign-ups, and the club dropped the under-nines.
# triad 45
en situation n | Last Saturday at my cheese stall; the market moved out of the old square, and my regulars didn't follow.
+ fr situation n | Dernier samedi à mon étal de fromages ; le marché a quitté la vieille place, et mes habitués n'ont pas suivi.
# triad 46
fr situation n | Maître Guérin, qui m'a tout appris, est mort la veille de mon dernier jour d'apprenti ; il ne verra pas mon diplôme.
+ en situation n | Master Guérin, who taught me everything, died the day before my last day as an apprentice; he won't see my diploma.
# triad 47
en situation n | On my last night shift as a nurse, Mr Lemaire, my patient for three years, passed away at 4 a.m.
+ fr situation n | Pendant ma dernière garde d'infirmière, M. Lemaire, mon patient depuis trois ans, s'est éteint à quatre heures.
# triad 48
fr situation n | Notre troupe de théâtre s'est dissoute ; le dernier rideau est tombé devant vingt personnes, et les costumes sont partis à la déchetterie.
+ en situation n | Our theatre group has broken up; the last curtain fell in front of twenty people, and the costumes went to the tip.
# triad 49
en situation n | The band split for good tonight; after the last song we packed up in silence, and the drummer left.
+ fr situation n | Le groupe s'est séparé pour de bon ce soir ; après la dernière chanson, on a remballé en silence, et le batteur est parti.
# triad 50
fr situation n | Le dernier café du village a fermé ; les chaises sont sur les tables, les anciens n'ont plus où aller. Mets quelque chose de doux.
+ en situation n | The last café in the village has closed; chairs up on the tables, the old men have nowhere to go. Put on something gentle.
# triad 51
en situation n | The lighthouse went automatic and they sent me home; on my last night I walked down the steps alone.
+ fr situation n | Le phare a été automatisé et on m'a renvoyé chez moi ; ma dernière nuit, j'ai descendu les marches seul.
# triad 52
fr situation h | Ma dernière année de directrice se termine, et la chaise du petit Noah, mort cet hiver, est restée vide jusqu'en juin.
+ en situation h | My last year as head teacher is ending, and little Noah's chair stayed empty until June; he died this winter.
# triad 53
en situation n | Our last Christmas in the family house; the rooms were in boxes, and Dad's chair stayed empty.
+ fr situation n | Notre dernier Noël dans la maison de famille ; les pièces étaient en cartons, et la chaise de papa est restée vide.
# triad 54
fr situation n | Le logiciel que j'ai maintenu trente ans a été débranché ce matin, et mon poste avec ; j'ai rendu mon badge.
+ en situation n | The software I maintained for thirty years was switched off this morning, and my job with it; I handed in my badge.
# triad 55
en situation n | I sold my watchmaking tools to a collector today; my eyes can't manage the small screws any more, and the bench is bare.
+ fr situation n | J'ai vendu mes outils d'horloger à un collectionneur aujourd'hui ; mes yeux ne voient plus les petites vis, et l'établi est nu.
# triad 56
fr situation n | Dernier jour de lycée, et je le passe seul : ma bande s'est disloquée en cours d'année, personne n'a signé mon t-shirt.
+ en situation n | Last day of high school, and I spend it alone: my group of friends fell apart during the year, nobody signed my T-shirt.
# triad 57
en situation n | The village grocery closed on Saturday; the shelves are bare, and the old folk now wait for the Tuesday van.
+ fr situation n | L'épicerie du village a fermé samedi ; les rayons sont vides, et les anciens attendent maintenant le camion du mardi.
# triad 58
fr situation n | Le nouveau propriétaire a arraché le verger ; les pommiers que j'avais greffés un par un sont partis en bois de chauffage.
+ en situation n | The new owner grubbed up the orchard; the apple trees I'd grafted one by one went for firewood.
# triad 59
en situation n | I sold my motorbike this morning; since the stroke my left hand can't work the clutch, and I watched it leave the garage.
+ fr situation n | J'ai vendu ma moto ce matin ; depuis l'AVC, ma main gauche ne tient plus l'embrayage, et je l'ai regardée quitter le garage.
# triad 60
fr situation n | J'ai fermé mon garage de mécanique ; le pont élévateur est parti ce matin sur un camion, et l'atelier résonne.
+ en situation n | I closed my repair garage; the car lift left on a lorry this morning, and the workshop echoes.
# triad 61
en situation n | My final lecture was given online to a screen of black squares; thirty-five years of teaching ended with nobody in the room.
+ fr situation n | Mon dernier cours s'est fait en visio, devant des carrés noirs ; trente-cinq ans d'enseignement finis sans personne dans la salle.
# triad 62
fr situation n | Mon dernier match de rugby s'est fini sur une civière ; blessure aux cervicales, et le médecin m'interdit de rejouer.
+ en situation n | My last rugby match ended on a stretcher; a neck injury, and the doctor has banned me from ever playing again.
# triad 63
en situation n | Nobody wanted the family print shop; the presses went for scrap, and Dad's workshop is empty.
+ fr situation n | Personne n'a voulu de l'imprimerie familiale ; les presses sont parties à la ferraille, et l'atelier de papa est vide.
# triad 64
fr situation n | Le centre de colo où j'ai été animateur quinze étés est à vendre, volets cloués et terrain en friche.
+ en situation n | The summer camp where I was a counsellor for fifteen summers is up for sale, shutters nailed, pitch overgrown.
# triad 65
en situation n | My guide dog retired today and went to another family; I came home with his empty harness.
+ fr situation n | Mon chien guide a pris sa retraite et il est parti dans une autre famille ; je suis rentré avec son harnais vide.
# triad 66
fr situation n | J'ai rendu mon permis à quatre-vingt-six ans ; ma voiture est vendue, et je dépends de ma fille pour aller au marché.
+ en situation n | I handed in my licence at eighty-six; my car is sold, and I depend on my daughter to get to the market.
# triad 67
en situation n | I handed back the food bank keys after my stroke; now I can't even lift a box of tins.
+ fr situation n | J'ai rendu les clés de la banque alimentaire après mon AVC ; je ne peux même plus soulever un carton de conserves.
# triad 68
fr situation n | Le vieux télescope de l'observatoire a été démonté ; trente ans de nuits, partis en pièces dans un conteneur.
+ en situation n | The observatory's old telescope has been dismantled; thirty years of nights, gone in pieces in a container.
# triad 69
en situation n | My hip surgery ended my pétanque for good; I gave my boules to my grandson and watch from the bench.
+ fr situation n | L'opération de la hanche a mis fin à ma pétanque ; j'ai donné mes boules à mon petit-fils et je regarde depuis le banc.
# triad 70
fr situation n | Plus de transhumance cette année : j'ai vendu le troupeau, et les sonnailles pendent au clou dans la bergerie vide.
+ en situation n | No transhumance this year: I sold the flock, and the sheep bells hang from a nail in the empty fold.
# triad 71
en situation n | We had to take apart Dad's model railway to empty the attic; thirty years of his work, boxed in one afternoon.
+ fr situation n | On a dû démonter le train miniature de papa pour vider le grenier ; trente ans de son travail, en cartons en un après-midi.
# triad 72
fr situation n | Battu aux municipales après trois mandats de maire ; j'ai vidé mon bureau ce matin et rendu l'écharpe tricolore.
+ en situation n | Voted out after three terms as mayor; I cleared my office this morning and handed back the tricolour sash.
# triad 73
fr typo n | dernier jour de prof de ma vie et un seul eleve est passe dire au revoir, les autres etaient deja partis en vacances
+ en typo n | last day as a teacher ever and only one kid came by to say bye, the rest had already left for the holidays
# triad 74
en mixed n | Proud of my forty years as a GP, yes, but locking the surgery mostly hurt: nobody is taking over.
+ fr mixed n | Fier de mes quarante ans de médecin, oui, mais fermer le cabinet m'a surtout fait mal : personne ne reprend.
# triad 75
fr negation n | Pas en colère d'avoir fermé la quincaillerie, personne n'y est pour rien ; j'ai juste le cœur lourd devant le rideau baissé.
+ en negation n | Not angry about closing the hardware shop, it's nobody's fault; my heart is just heavy at the lowered shutter.
# triad 76
en slang_emoji n | the pizza place I worked at all through school closed for good 💔 sign's gone, can't even
+ fr slang_emoji n | la pizzeria où j'ai bossé tout le lycée a fermé pour de bon 💔 plus d'enseigne, j'y arrive pas
# triad 77
fr wish n c=blue;navy b=dim | Dernier jour de chantier, et Marcel, mon chef d'équipe de trente ans, n'est plus là pour le voir ; bleu sombre, lumière basse.
+ en wish n c=blue;navy b=dim | Last day on site, and Marcel, my foreman of thirty years, isn't here to see it; deep blue, lights low.
# triad 78
fr explicit n | Je suis triste à pleurer : ma compagnie a fait faillite, et mon dernier vol d'hôtesse a eu lieu sans que je le sache.
+ en explicit n | I'm sad enough to cry: my airline went bust, and my last flight as a flight attendant happened without my knowing.
# triad 79
fr long n | On a vendu la boucherie de papa hier. Je suis passé devant ce matin : la vitrine est vide, le crochet où il pendait son tablier aussi. Papa n'est plus là depuis l'hiver, et maintenant sa boutique non plus. Je n'ai pas pu rester devant.
+ en long n | We sold Dad's butcher's shop yesterday. I walked past this morning: the window is empty, and so is the hook where he hung his apron. Dad has been gone since winter, and now his shop is gone too. I couldn't stay standing there.
# triad 80
en long n | My last call-out was meant to end my thirty years on the lifeboat. We searched for twelve hours and found nothing. The young lad from the trawler was never recovered. I handed in my pager the next morning.
+ fr long n | Ma dernière sortie devait clore mes trente ans sur le canot de sauvetage. On a cherché pendant douze heures, sans rien trouver. Le jeune du chalutier n'a jamais été retrouvé. J'ai rendu mon bip le lendemain matin.
# triad 81
en situation n | My last year of medical school ended without Julien; we started together, and he died in a car crash in February.
+ fr situation n | Ma dernière année de médecine s'est finie sans Julien ; on avait commencé ensemble, et il s'est tué en voiture en février.
# triad 82
fr situation n | La mercerie de mamie a fermé ; elle est en maison de retraite, et les tiroirs à boutons ont fini chez un brocanteur.
+ en situation n | Grandma's haberdashery has closed; she's in a care home, and the button drawers ended up at a junk dealer's.
"""

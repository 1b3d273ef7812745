"""panique: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation h | La machine à laver déborde, l'eau savonneuse passe sous la porte et arrive sur les multiprises ! Lumière partout, vite !
+ en situation h | The washing machine is overflowing, soapy water is running under the door and reaching the power strips! Lights everywhere, quick!
fr situation h | J'ai mélangé de la javel et du détartrant dans les toilettes, une fumée me brûle la gorge et les yeux !
+ en situation h | I mixed bleach and descaler in the toilet, fumes are burning my throat and eyes!
fr situation h | Le chauffe-eau à gaz vient de faire un gros « boum » et des flammes bleues sortent sur le côté ! Allume tout, vite !
+ en situation h | The gas water heater just went "whoomph" and blue flames are coming out of the side! Everything on, quick!
fr situation h | La VMC de la salle de bain prend feu, le plastique fond et goutte dans le lavabo !
+ en situation h | The bathroom extractor fan is on fire, the plastic is melting and dripping into the sink!
fr situation h | La hotte s'est décrochée du mur et pend par un fil au-dessus des plaques allumées !
+ en situation h | The cooker hood has come off the wall and is hanging by a wire over the lit hobs!
fr situation h | Le sèche-linge crache de la fumée noire, et la buanderie est juste sous la chambre des enfants ! Lumières partout !
+ en situation h | The tumble dryer is pouring out black smoke, and the utility room is right under the kids' bedroom! Lights everywhere!
# situations: cooking and food
fr situation h | Le gâteau contenait de la poudre d'amande, et notre invité allergique commence à se gratter la gorge en toussant !
+ en situation h | The cake had ground almonds in it, and our allergic guest is starting to claw at his throat, coughing!
fr situation h | Le plat en verre a explosé dans le four ouvert, il y a des éclats partout et la petite arrive pieds nus dans la cuisine !
+ en situation h | The glass dish has shattered in the open oven, there are shards everywhere and the little one is coming into the kitchen barefoot!
fr situation h | Je me suis tranché le bout du doigt avec la mandoline, ça pisse le sang et je ne retrouve pas le morceau !
+ en situation h | I've sliced off my fingertip on the mandoline, blood is pouring out and I can't find the piece!
fr situation h | Le barbecue au gaz a fait une boule de feu, mes sourcils ont grillé et la bouteille brûle encore !
+ en situation h | The gas barbecue went up in a fireball, my eyebrows are singed and the bottle is still burning!
fr situation h | L'appareil à raclette fait des étincelles sous la nappe, le fil a fondu et ça commence à fumer ! Allume la cuisine !
+ en situation h | The raclette grill is sparking under the tablecloth, the cable has melted and it's starting to smoke! Kitchen lights on!
fr situation n | Les invités sonnent, le rôti est carbonisé, le détecteur hurle et je n'arrive pas à ouvrir la fenêtre !
+ en situation n | The guests are ringing the bell, the roast is charred, the smoke alarm is screaming and I can't get the window open!
# situations: pets
fr situation h | Le chien a mangé une grappe entière de raisin tombée de la table, et il vomit déjà ! Allume tout, je cherche la laisse !
+ en situation h | The dog has eaten a whole bunch of grapes that fell off the table, and he's already throwing up! Turn everything on, I need the lead!
fr situation h | Le chat est dans le tambour de la machine à laver, et elle vient de démarrer !
+ en situation h | The cat is inside the washing machine drum, and it's just started!
fr situation h | Un gros chien a attrapé mon petit teckel par la nuque et il ne le lâche pas !
+ en situation h | A big dog has grabbed my little dachshund by the neck and won't let go!
fr situation h | Le chien est tombé dans la piscine bâchée, il se débat sous la bâche et je ne le vois plus !
+ en situation h | The dog has fallen into the covered pool, he's struggling under the cover and I can't see him any more!
fr situation n | Le serpent de mon fils s'est échappé du terrarium, et la porte de la chambre du bébé est ouverte ! Lumière dans le couloir !
+ en situation n | My son's snake has got out of its tank, and the baby's bedroom door is open! Hall light on!
fr situation h | La chatte a avalé un fil de couture avec l'aiguille au bout, elle bave et se tord de douleur !
+ en situation h | The cat has swallowed a sewing thread with the needle on the end, she's drooling and writhing in pain!
# situations: children and parenting
fr situation h | Ma fille s'est enfoncé une perle dans le nez, elle hurle et n'arrive plus à respirer que par la bouche !
+ en situation h | My daughter has pushed a bead up her nose, she's screaming and can only breathe through her mouth!
fr situation h | Le petit a glissé une épingle dans la prise, il y a eu un claquement et il hurle en tenant sa main !
+ en situation h | The little one poked a hairpin into the socket, there was a crack and he's screaming, holding his hand!
fr situation h | Mon fils est tombé de la cabane dans l'arbre, il ne bouge pas et il a du sang qui coule de l'oreille ! Éclaire le jardin !
+ en situation h | My son has fallen out of the tree house, he isn't moving and there's blood coming from his ear! Light up the garden!
fr situation h | Ma fille de trois ans a bu au goulot de la bouteille de white-spirit dans le garage ! Lumière partout, je cherche le numéro du centre antipoison !
+ en situation h | My three-year-old has drunk from the white spirit bottle in the garage! Lights everywhere, I need the poison centre number!
fr situation h | La porte du bus s'est refermée sur le cartable de mon fils, le bus démarre et il court à côté !
+ en situation h | The bus door has closed on my son's schoolbag, the bus is pulling away and he's running alongside!
fr situation h | Mon bébé de deux mois convulse dans son transat, ses yeux sont partis en arrière !
+ en situation h | My two-month-old is fitting in his bouncer, his eyes have rolled back!
fr situation h | Le petit s'est enfermé dans la voiture avec les clés, moteur allumé, et il joue avec le levier de vitesse !
+ en situation h | The little one has locked himself in the car with the keys, engine running, and he's playing with the gear stick!
# situations: partner and dating
fr situation h | Premier rendez-vous, il vient de verrouiller les portières et il prend une route qui ne va pas du tout chez moi !
+ en situation h | First date, he's just locked the doors and he's taking a road that doesn't go anywhere near my place!
fr situation h | Ma copine a fait une réaction au produit de la manucure, son visage gonfle à vue d'œil et sa voix devient rauque !
+ en situation h | My girlfriend is reacting to the nail salon product, her face is swelling by the second and her voice is going hoarse!
fr situation h | Ma femme m'envoie « accident, viens vite », puis plus rien, et elle ne décroche plus !
+ en situation h | My wife texts "accident, come quick", then nothing, and she's not picking up!
fr situation h | Il s'est penché trop loin du balcon du septième pour rattraper son téléphone, et il ne tient plus que d'une main à la rambarde !
+ en situation h | He leaned too far off the seventh-floor balcony to grab his phone, and now he's hanging onto the railing with one hand!
# situations: friends
fr situation h | Mon pote s'est pris une bouteille sur la tête à la sortie de la boîte, il saigne et il dit n'importe quoi ! Mets l'ambiance qui colle, vite !
+ en situation h | My mate got hit on the head with a bottle outside the club, he's bleeding and talking nonsense! Match the mood to this, fast!
fr situation h | Ma meilleure amie m'appelle en chuchotant que quelqu'un est entré chez elle, et la ligne vient de couper !
+ en situation h | My best friend called whispering that someone has got into her house, and the line just went dead!
fr situation h | En rando entre copains, Léa s'est fait piquer par trois frelons et elle commence à tituber !
+ en situation h | Out hiking with friends, Léa got stung by three hornets and she's starting to stagger!
fr situation h | À l'enterrement de vie de garçon, Julien vient de tomber du quai dans le port, tout habillé et complètement saoul !
+ en situation h | At the stag do, Julien has just fallen off the quay into the harbour, fully dressed and completely drunk!
fr situation h | En pleine soirée, Max a avalé un truc qu'on lui a filé, il a les mâchoires bloquées et le cœur qui bat à deux cents ! Allume, vite !
+ en situation h | Mid-party, Max swallowed something someone handed him, his jaw's locked and his heart's going at two hundred! Lights, quick!
# situations: extended family
fr situation h | Au repas de famille, l'oncle Bernard devient tout gris, il se tient la poitrine et glisse de sa chaise !
+ en situation h | At the family lunch, Uncle Bernard goes grey, clutches his chest and slides off his chair!
fr situation h | Le chien de mon beau-frère vient de sauter au visage de mon fils, il saigne de la joue et hurle !
+ en situation h | My brother-in-law's dog has just gone for my son's face, his cheek is bleeding and he's screaming!
fr situation h | Mon cousin a allumé le feu de camp à l'essence, les flammes ont pris sa manche et il court en tous sens !
+ en situation h | My cousin lit the campfire with petrol, the flames have caught his sleeve and he's running around wildly!
fr situation h | Au mariage de ma sœur, la mamie fait une fausse route avec le champagne et n'arrive plus à reprendre son souffle !
+ en situation h | At my sister's wedding, Granny has choked on her champagne and can't get her breath back!
# situations: neighbours
fr situation h | Le voisin crie à l'aide depuis son jardin, sa tondeuse autoportée s'est renversée sur lui dans le talus ! Allume dehors, vite !
+ en situation h | The neighbour is shouting for help from his garden, his ride-on mower has rolled over on top of him on the bank! Outside lights, now!
fr situation h | De la fumée sort de chez la voisine du dessous, et elle n'entend pas qu'on tape, elle est sourde ! Allume la cage d'escalier !
+ en situation h | Smoke is coming out of the downstairs neighbour's flat, and she can't hear us banging, she's deaf! Stairwell lights on!
fr situation h | Le voisin est affalé dans sa voiture, moteur allumé, porte du garage fermée, et il ne bouge plus !
+ en situation h | The neighbour is slumped in his car with the engine running and the garage door shut, and he's not moving!
fr situation h | La voisine hurle par la fenêtre que son mari la frappe, j'entends des coups et des vitres qui cassent !
+ en situation h | The neighbour is screaming out of the window that her husband is hitting her, I can hear blows and glass breaking!
# situations: school and exams
fr situation h | L'épreuve de maths a commencé il y a dix minutes, je suis devant le lycée et les grilles sont fermées !
+ en situation h | The maths exam started ten minutes ago, I'm outside the school and the gates are locked!
fr situation n | Ma calculatrice s'éteint, plus de piles, et il reste quarante minutes sur l'épreuve de physique !
+ en situation n | My calculator has died, batteries flat, and there are forty minutes left in the physics exam!
fr situation h | Sortie scolaire au musée : je recompte, il me manque deux élèves, et le car repart dans trois minutes !
+ en situation h | School trip to the museum: I've counted again, two pupils are missing, and the coach leaves in three minutes!
fr situation h | En pleine épreuve du bac, une élève s'effondre à côté de moi et se met à convulser entre les tables !
+ en situation h | Right in the middle of the exam, a girl collapses next to me and starts fitting between the desks!
# situations: university
fr situation h | Le portail de dépôt du mémoire ferme à minuit, il est 23 h 54 et la page affiche une erreur !
+ en situation h | The dissertation upload portal closes at midnight, it's 11.54 pm and the page is showing an error!
fr situation h | En TP de chimie, le bécher vient de s'enflammer et le feu gagne la paillasse pleine de solvants !
+ en situation h | In chemistry lab, the beaker has just caught fire and it's spreading across a bench full of solvents!
fr situation n | Soutenance dans cinq minutes, le vidéoprojecteur ne reconnaît pas mon ordi et le jury s'installe déjà !
+ en situation n | My viva starts in five minutes, the projector won't recognise my laptop and the panel are already sitting down!
fr situation n | Je retourne la copie de partiel et je ne reconnais aucune question : je suis dans la mauvaise salle, le mauvais examen !
+ en situation n | I turn over the exam paper and don't recognise a single question: I'm in the wrong room, the wrong exam!
# situations: office work
fr situation h | Le virement de deux cent cinquante mille euros est parti sur le mauvais IBAN, et la banque ferme dans dix minutes !
+ en situation h | The two-hundred-and-fifty-thousand-euro transfer has gone to the wrong account, and the bank closes in ten minutes!
fr situation h | La salle serveurs fume, l'alarme hurle et le gaz d'extinction va se déclencher dans trente secondes !
+ en situation h | The server room is smoking, the alarm is screaming and the fire suppression gas goes off in thirty seconds!
fr situation h | En pleine réunion, mon collègue s'affaisse sur la table, la bouche tordue, il n'arrive plus à parler !
+ en situation h | Mid-meeting, my colleague slumps over the table, his mouth twisted, he can't speak any more!
fr situation h | Un rançongiciel affiche un compte à rebours sur tous les écrans du bureau, et les dossiers disparaissent un par un !
+ en situation h | Ransomware is showing a countdown on every screen in the office, and the folders are vanishing one by one!
fr situation n | Le client entre dans la salle pour la démo, et l'application plante sur l'écran d'accueil devant lui !
+ en situation n | The client is walking into the room for the demo, and the app crashes on the home screen right in front of him!
# situations: manual trades
fr situation h | Sur le toit, la longe de mon harnais a lâché et je glisse vers la gouttière ! Pleins feux !
+ en situation h | On the roof, my harness lanyard has snapped and I'm sliding towards the gutter! Floodlights!
fr situation h | La meuleuse m'a échappé, le disque a éclaté et j'ai un éclat planté près de l'œil !
+ en situation h | The angle grinder got away from me, the disc shattered and there's a fragment stuck near my eye!
fr situation h | Soudeur, une étincelle a pris dans ma combinaison, ma manche brûle !
+ en situation h | I'm a welder, a spark has caught in my overalls, my sleeve is on fire!
fr situation h | Le plancher du grenier cède, je suis coincé à mi-corps dans le plafond du client et ça continue de craquer !
+ en situation h | The attic floor has given way, I'm stuck up to my waist in the client's ceiling and it's still cracking!
fr situation h | Électricien, la ligne que je croyais coupée vient de m'envoyer une décharge, et mon bras ne répond plus !
+ en situation h | I'm an electrician, the line I thought was dead has just shocked me, and my arm won't move!
# situations: healthcare and hospitals
fr situation h | Aide-soignante, la résidente s'étouffe avec son yaourt, elle devient bleue et je suis seule dans l'aile !
+ en situation h | I'm a care assistant, the resident is choking on her yoghurt, she's turning blue and I'm alone on the wing!
fr situation h | Aux urgences, mon fils fait un choc en pleine perfusion, toutes les alarmes sonnent et les soignants courent !
+ en situation h | In A&E my son is going into shock on the drip, every alarm is beeping and the staff are running!
fr situation h | Pharmacienne, je viens de voir que j'ai donné le mauvais flacon à une maman partie il y a cinq minutes avec son bébé !
+ en situation h | I'm a pharmacist, I've just realised I gave the wrong bottle to a mum who left five minutes ago with her baby!
fr situation h | Ambulancier, le patient arrête de respirer à l'arrière et on est coincés dans un bouchon sans bande d'arrêt d'urgence !
+ en situation h | I'm a paramedic, the patient has stopped breathing in the back and we're stuck in a jam with no hard shoulder!
# situations: illness and the body
fr situation h | Hypoglycémie dans le métro : je tremble, je transpire, ma vue se brouille et je n'ai plus de sucre sur moi ! Mets une ambiance qui va avec !
+ en situation h | Hypo on the metro: I'm shaking, sweating, my vision's going and I've got no sugar on me! Set the mood for that!
fr situation h | Ma gorge se ferme après la piqûre d'antibiotique, et le médecin vient de partir !
+ en situation h | My throat is closing up after the antibiotic injection, and the doctor has just left!
fr situation h | Je crache du sang, beaucoup, et je suis seul dans l'appartement ! Toutes les lumières, vite !
+ en situation h | I'm coughing up blood, a lot of it, and I'm alone in the flat! All the lights, quick!
fr situation h | Une douleur déchirante dans le ventre, je ne peux plus me redresser et je vomis sans arrêt !
+ en situation h | A tearing pain in my stomach, I can't stand up straight and I can't stop vomiting!
fr situation h | Mes jambes lâchent d'un coup dans l'escalier, je n'arrive plus à articuler pour appeler à l'aide !
+ en situation h | My legs give way all at once on the stairs, and I can't get the words out to call for help!
# situations: sport, amateur and pro
fr situation h | En salle d'escalade, le mousqueton s'est ouvert et je pends d'une main à dix mètres du sol !
+ en situation h | At the climbing wall, the karabiner has opened and I'm hanging by one hand ten metres off the ground!
fr situation h | Le cheval de ma fille s'est cabré au concours, elle est tombée et il la traîne par l'étrier !
+ en situation h | My daughter's horse reared at the show, she fell off and it's dragging her by the stirrup!
fr situation h | En parapente, ma voile vient de se fermer et je tourne en spirale vers les arbres !
+ en situation h | Paragliding, my wing has just collapsed and I'm spiralling down towards the trees!
fr situation h | Au squash, la balle a frappé mon partenaire en plein œil, il hurle et il ne voit plus rien ! Lumière à fond !
+ en situation h | Playing squash, the ball hit my partner right in the eye, he's screaming and can't see a thing! Full lights!
fr situation h | Au stade, les supporters adverses envahissent notre tribune, les bouteilles volent et j'ai mon fils de huit ans avec moi !
+ en situation h | At the stadium, the away fans are storming our stand, bottles are flying and I've got my eight-year-old with me!
fr situation h | Au marathon, le coureur juste devant moi s'écroule sur la chaussée et ne respire plus !
+ en situation h | In the marathon, the runner right in front of me has collapsed on the road and isn't breathing!
fr situation h | En VTT, le frein avant a cassé au milieu de la descente rocheuse, et il y a un ravin au virage !
+ en situation h | Mountain biking, my front brake has snapped halfway down the rocky descent, and there's a ravine at the bend!
# situations: games and video games
fr situation h | Mon fils joue à la console depuis des heures, et il vient de s'effondrer devant l'écran, il convulse !
+ en situation h | My son has been on his console for hours, and he's just collapsed in front of the screen, he's fitting!
fr situation h | Au laser game, un gamin s'est fait écraser contre une rampe dans le noir, il ne répond plus ! Rallumez la salle !
+ en situation h | At laser tag, a kid got crushed against a ramp in the dark, he's not responding! Get the lights back on!
fr situation n | En pleine finale du tournoi en ligne, un message m'annonce que mon compte est en train d'être supprimé, dix ans de jeu !
+ en situation n | Right in the online tournament final, a message says my account is being deleted, ten years of play!
fr situation h | Avec le casque de réalité virtuelle, papa a foncé dans la baie vitrée, elle a éclaté et il saigne de partout !
+ en situation h | Wearing the VR headset, Dad charged into the patio window, it's shattered and he's bleeding all over!
# situations: music and concerts
fr situation h | Dans la fosse, une fille s'évanouit contre moi et je n'arrive pas à la relever, la foule nous écrase !
+ en situation h | In the pit, a girl has fainted against me and I can't lift her, the crowd is crushing us!
fr situation h | Au festival, la tente voisine a pris feu et le vent pousse les flammes vers la nôtre où dort ma sœur !
+ en situation h | At the festival, the tent next to ours has caught fire and the wind is blowing the flames towards ours, where my sister is asleep!
fr situation n | Je monte sur scène dans deux minutes, et je viens de me coincer le doigt dans la porte, il gonfle à vue d'œil !
+ en situation n | I'm on stage in two minutes, and I've just trapped my finger in the door, it's swelling up by the second!
fr situation h | En pleine répétition, la contrebasse a basculé sur le petit de cinq ans et il ne pleure même pas !
+ en situation h | In the middle of rehearsal, the double bass toppled onto the five-year-old and he's not even crying!
# situations: films, series and books
fr situation h | Sur le tournage, la pyrotechnie s'est déclenchée trop tôt, et l'acteur est encore dans la voiture qui brûle !
+ en situation h | On set, the pyrotechnics have gone off too early, and the actor is still inside the burning car!
fr situation h | Je lisais au lit, la lampe de chevet a fait prendre l'abat-jour et les flammes lèchent le rideau ! Allume le plafonnier !
+ en situation h | I was reading in bed, the bedside lamp has set the shade alight and the flames are licking the curtain! Ceiling light on!
fr situation n | Film d'horreur fini, je suis seule, et il y a vraiment quelque chose qui gratte à la porte du placard, là, maintenant !
+ en situation n | Horror film over, I'm on my own, and something really is scratching at the wardrobe door, right now!
fr situation h | À la bibliothèque, un rayonnage entier s'est effondré sur une dame dans l'allée, on n'entend plus qu'un gémissement !
+ en situation h | At the library, a whole shelving unit has come down on a woman in the aisle, all we can hear is a moan!
# situations: travel and transport
fr situation h | Je me réveille dans le train de nuit : le sac avec les passeports a disparu, et on arrive à la frontière ! Adapte l'ambiance, vite !
+ en situation h | I wake up on the night train: the bag with the passports has gone, and we're pulling into the border! Change the mood, quick!
fr situation h | Le ferry gîte violemment, les voitures ont glissé dans la cale et l'alarme d'abandon du navire retentit !
+ en situation h | The ferry is listing hard, the cars have slid across the deck below and the abandon-ship alarm is sounding!
fr situation h | Le taxi fonce à cent cinquante sur le périphérique en écrivant des messages, et il ne m'écoute pas quand je crie !
+ en situation h | The taxi is doing ninety on the ring road while texting, and he won't listen when I shout!
fr situation n | Correspondance dans quatre minutes, terminal opposé, et ma fille a laissé le sac avec ses médicaments dans l'avion !
+ en situation n | Connection in four minutes, other end of the terminal, and my daughter has left the bag with her medicine on the plane!
fr situation h | Le bus a crevé de nuit dans un coin perdu, le chauffeur s'est enfui, et des hommes armés s'approchent avec des lampes !
+ en situation h | The bus has a flat at night in the middle of nowhere, the driver has run off, and armed men are coming over with torches!
# situations: cars and driving
fr situation h | La voiture part en aquaplaning et glisse en travers vers la glissière !
+ en situation h | The car is aquaplaning and sliding sideways towards the crash barrier!
fr situation h | Un chevreuil, un coup de volant, et on est sur le toit dans le fossé, les enfants pleurent à l'arrière !
+ en situation h | A deer, a swerve, and we're upside down in the ditch, the kids crying in the back!
fr situation h | Le capot s'est ouvert d'un coup à cent dix sur l'autoroute, je ne vois plus rien devant !
+ en situation h | The bonnet has flown up at seventy on the motorway, I can't see a thing ahead!
fr situation h | La voiture a calé sur le passage à niveau, et les barrières commencent à descendre ! Mets quelque chose qui colle !
+ en situation h | The car has stalled on the level crossing, and the barriers are starting to come down! Put something on that fits!
fr situation h | Le régulateur est bloqué à cent trente, la pédale de frein ne le coupe pas, et le péage arrive !
+ en situation h | The cruise control is stuck at eighty, the brake pedal won't cancel it, and the toll booths are coming up!
# situations: weather and nature
fr situation h | Des grêlons gros comme des balles de golf explosent les vitres de la véranda où dorment les enfants ! Allume la maison !
+ en situation h | Hailstones the size of golf balls are smashing the conservatory windows where the kids are sleeping! Light up the house!
fr situation h | L'arbre du jardin vient de s'abattre sur la maison, le toit de la chambre est percé et ma fille était dedans !
+ en situation h | The tree in the garden has just crashed onto the house, the bedroom roof is smashed and my daughter was in there!
fr situation h | Une coulée de boue descend la colline, elle a emporté la clôture et arrive sur la maison !
+ en situation h | A mudslide is coming down the hill, it's taken out the fence and it's heading for the house!
fr situation h | La foudre a touché le pylône, et les câbles électriques pendent sur le toit de la voiture où on est coincés !
+ en situation h | Lightning struck the pylon, and the power lines are draped over the roof of the car we're stuck in!
fr situation h | Le vent a arraché la porte du chalet, la neige s'engouffre et on ne voit plus la route pour redescendre !
+ en situation h | The wind has ripped off the chalet door, snow is blowing in and we can't see the road back down any more!
# situations: gardening
fr situation h | La débroussailleuse a projeté un caillou, et le petit voisin se tient l'œil en hurlant, il y a du sang !
+ en situation h | The strimmer flung a stone, and the little boy next door is holding his eye and screaming, there's blood!
fr situation h | En bêchant, je suis tombé sur un obus, et mon fils est en train de taper dessus avec la pelle !
+ en situation h | Digging the bed, I've hit an old shell, and my son is banging on it with the spade!
fr situation h | Le feu de branches a sauté dans l'herbe sèche et file droit vers la haie de thuyas collée à la maison !
+ en situation h | The bonfire has jumped into the dry grass and is racing towards the conifer hedge right up against the house!
fr situation h | J'ai pulvérisé le désherbant face au vent, mes yeux brûlent et je n'y vois plus rien !
+ en situation h | I sprayed the weedkiller into the wind, my eyes are burning and I can't see anything!
fr situation h | Mon pied a glissé sous le motoculteur, la fraise tourne encore et ma botte est prise !
+ en situation h | My foot slipped under the rotavator, the tines are still turning and my boot is caught!
# situations: money and bills
fr situation h | Le virement de l'apport est parti sur le compte de l'escroc, et la signature chez le notaire est dans une heure !
+ en situation h | The deposit transfer went to the scammer's account, and the signing at the solicitor's is in an hour!
fr situation h | L'huissier est devant la porte avec un serrurier pour une dette dont je n'ai jamais entendu parler ! Allume l'entrée !
+ en situation h | The bailiff is at the door with a locksmith over a debt I've never heard of! Hall light on!
fr situation n | J'ai perdu l'enveloppe avec la paie en liquide des saisonniers, et ils attendent tous dans la cour !
+ en situation n | I've lost the envelope with the seasonal workers' cash wages, and they're all waiting in the yard!
fr situation h | La banque m'appelle : ma carte vient de servir six fois en deux minutes à l'autre bout du monde, et ça continue pendant qu'on parle !
+ en situation h | The bank's on the phone: my card has been used six times in two minutes on the other side of the world, and it's still going while we talk!
# situations: administration and paperwork
fr situation h | Le visa expire à minuit, le vol est annulé et le consulat vient de fermer ses portes !
+ en situation h | My visa runs out at midnight, the flight is cancelled and the consulate has just closed!
fr situation h | Dépôt de l'appel d'offres avant midi, il est 11 h 52, et la plateforme refuse la signature électronique !
+ en situation h | The tender has to be in by noon, it's 11.52 and the platform won't accept the electronic signature!
fr situation h | À la douane, les chiens s'excitent sur la valise qu'un inconnu m'a demandé de porter, et les agents m'encerclent !
+ en situation h | At customs, the dogs are going wild over the suitcase a stranger asked me to carry, and the officers are surrounding me!
fr situation n | Le guichet de la mairie ferme dans trois minutes, j'ai oublié le livret de famille, et le mariage est demain matin !
+ en situation n | The town hall counter closes in three minutes, I've forgotten the family record book, and the wedding is tomorrow morning!
# situations: technology and phones
fr situation h | La batterie du portable gonfle et siffle sur l'oreiller de ma fille endormie ! Allume sa chambre !
+ en situation h | The phone battery is swelling and hissing on my sleeping daughter's pillow! Light up her room!
fr situation h | Le drone de mon fils ne répond plus aux commandes et pique droit sur la foule du marché !
+ en situation h | My son's drone isn't responding to the controls and it's diving straight at the market crowd!
fr situation h | Une voix d'homme que je ne connais pas parle à mon fils par la caméra de sa chambre, en ce moment !
+ en situation h | A man's voice I don't know is talking to my son through the camera in his room, right now!
fr situation n | Mon téléphone vient de glisser dans la bouche d'égout, avec toutes les photos du bébé et aucune sauvegarde !
+ en situation n | My phone has just slipped down the drain, with all the baby photos and no backup!
# situations: internet and social media
fr situation h | Mon fils fait un live depuis le toit de l'immeuble, il marche sur le rebord et les commentaires l'encouragent !
+ en situation h | My son is livestreaming from the roof of the building, he's walking along the edge and the comments are egging him on!
fr situation h | Quelqu'un publie mon adresse et des photos de ma maison sur un forum, et des voitures ralentissent devant chez moi !
+ en situation h | Someone is posting my address and photos of my house on a forum, and cars are slowing down outside!
fr situation n | J'ai posté la photo avec la carte bancaire bien visible en story, et il y a déjà trois mille vues !
+ en situation n | I posted the photo with my bank card clearly visible in my story, and it's already got three thousand views!
fr situation n | Le message sur mon chef, prévu pour ma sœur, est parti dans le groupe de l'équipe, et les « vu » s'affichent un par un !
+ en situation n | The message about my boss, meant for my sister, has gone to the team group, and the "seen" ticks are popping up one by one!
# situations: shopping
fr situation h | Alarme d'évacuation au centre commercial, les rideaux de fer descendent et ma fille est dans une cabine d'essayage de l'autre côté !
+ en situation h | Evacuation alarm at the shopping centre, the shutters are coming down and my daughter is in a changing room on the other side!
fr situation h | En sortant du magasin, la voiture a disparu du parking, et le chien était dedans !
+ en situation h | Coming out of the shop, the car has gone from the car park, and the dog was inside!
fr situation h | Au supermarché, la porte automatique s'est refermée sur la poussette, avec le bébé dedans, et elle continue de serrer !
+ en situation h | At the supermarket, the automatic door has closed on the pushchair with the baby in it, and it keeps squeezing!
fr situation h | Dans la jardinerie, une palette de sacs de terreau tombe du haut du rack sur un vieux monsieur !
+ en situation h | At the garden centre, a pallet of compost bags is falling off the top rack onto an old man!
# situations: moving house
fr situation h | Le frigo qu'on descendait a échappé à mon frère, il dévale l'escalier vers maman qui est en bas ! Éclaire l'escalier !
+ en situation h | The fridge we were carrying down has slipped from my brother, it's tumbling down the stairs towards Mum at the bottom! Light the stairs!
fr situation h | La corde du monte-meubles a lâché, le piano pend au-dessus du trottoir et des passants sont dessous !
+ en situation h | The furniture lift rope has snapped, the piano is dangling over the pavement and there are people underneath!
fr situation h | Le camion de déménagement recule dans la ruelle, et le petit qui jouait derrière n'a pas bougé !
+ en situation h | The removal lorry is reversing down the alley, and the little one playing behind it hasn't moved!
fr situation n | Le camion est fermé, prêt à partir, et le chat a disparu : il est dans un des deux cents cartons scotchés !
+ en situation n | The lorry is shut and ready to go, and the cat has vanished: he's in one of the two hundred taped-up boxes!
# situations: holidays and celebrations
fr situation h | Le sapin a pris feu avec la guirlande, les flammes montent déjà au plafond ! Toutes les lumières, vite !
+ en situation h | The Christmas tree has caught fire from the fairy lights, the flames are already reaching the ceiling! All the lights, quick!
fr situation h | Les bougies du gâteau ont enflammé les cheveux de ma fille !
+ en situation h | The birthday candles have set my daughter's hair on fire!
fr situation h | La dinde s'enflamme dans le four, la fumée remplit la salle à manger et trente invités toussent en cherchant la porte !
+ en situation h | The turkey has gone up in flames in the oven, smoke is filling the dining room and thirty guests are coughing, looking for the door!
fr situation h | Une fusée du feu d'artifice familial est partie dans le garage ouvert, là où on range les jerricans d'essence !
+ en situation h | One of our family fireworks has shot into the open garage, right where we keep the petrol cans!
# situations: religion and rituals
fr situation h | À la mosquée, un homme s'effondre pendant la prière, il ne respire plus et personne ne sait quoi faire !
+ en situation h | At the mosque, a man collapses during prayers, he's not breathing and nobody knows what to do!
fr situation h | À l'église, un cierge a fait prendre la nappe de l'autel, les flammes montent vers le vieux retable en bois !
+ en situation h | In the church, a candle has set the altar cloth alight, the flames are climbing towards the old wooden altarpiece!
fr situation h | À la grotte, la foule pousse, et le fauteuil de ma mère est bousculé vers le bac de cierges allumés !
+ en situation h | At the grotto the crowd is surging, and my mother's wheelchair is being shoved towards the tray of lit candles!
fr situation h | En pleine bar-mitsva, le grand-père tombe de l'estrade et ne se relève pas !
+ en situation h | Right in the middle of the bar mitzvah, Grandad falls off the platform and doesn't get up!
# situations: old age and grandparents
fr situation h | La téléalarme de papa sonne sur mon portable, il ne répond pas à l'interphone et j'habite à quarante minutes !
+ en situation h | Dad's personal alarm is going off on my phone, he's not answering the intercom and I live forty minutes away!
fr situation h | Papi est tombé dans la salle de bain, et la porte est bloquée par son corps, il ne répond plus ! Toutes les lampes, maintenant !
+ en situation h | Grandad has fallen in the bathroom, and his body is blocking the door, he's not answering any more! Every lamp, now!
fr situation h | Mamie a renversé la bouilloire sur ses jambes, sa peau se décolle et elle dit qu'elle ne sent rien !
+ en situation h | Gran has tipped the kettle over her legs, her skin is peeling off and she says she can't feel anything!
fr situation h | Mon grand-père s'est trompé de pilulier, il a pris toute la semaine d'un coup et il devient confus ! Allume le salon !
+ en situation h | My grandfather mixed up his pill boxes, he's taken the whole week's dose at once and he's getting confused! Living room lights on!
# situations: death and funerals
fr situation h | Au cimetière, la stèle sur laquelle s'appuyait mon neveu bascule sur lui !
+ en situation h | At the cemetery, the headstone my nephew was leaning on is toppling onto him!
fr situation h | Pendant la veillée, les bougies ont mis le feu aux couronnes de fleurs et la fumée envahit le salon funéraire !
+ en situation h | During the wake, the candles have set the wreaths on fire and smoke is filling the funeral parlour!
fr situation h | Au funérarium, ma grand-mère s'effondre devant le cercueil et ne répond plus à son nom !
+ en situation h | At the funeral home, my grandmother collapses in front of the coffin and doesn't respond to her name!
# situations: birth and pregnancy
fr situation h | Contractions toutes les deux minutes, la voiture refuse de démarrer et le 15 sonne occupé !
+ en situation h | Contractions every two minutes, the car won't start and the emergency line is engaged!
fr situation h | Le bébé arrive dans la voiture, on voit la tête, et on est au milieu de la forêt sans réseau !
+ en situation h | The baby's coming in the car, we can see the head, and we're in the middle of the forest with no signal!
fr situation h | Ma femme vient d'accoucher à la maison, beaucoup trop vite, et le cordon est enroulé autour du cou du bébé ! Lumière à fond !
+ en situation h | My wife has just given birth at home, far too fast, and the cord is wrapped round the baby's neck! Full lights!
fr situation h | Le bébé vient de naître, il est tout mou et tout bleu, et il ne crie pas !
+ en situation h | The baby has just been born, he's limp and blue, and he isn't crying!
# situations: DIY and repairs
fr situation h | La scie circulaire a rebondi, ma main est ouverte et le sang coule à flots sur l'établi !
+ en situation h | The circular saw kicked back, my hand is sliced open and blood is pouring onto the workbench!
fr situation h | L'échelle glisse sur le carrelage, je suis tout en haut avec la perceuse qui tourne !
+ en situation h | The ladder is sliding on the tiles, I'm right at the top with the drill still running!
fr situation h | Le mur que j'attaquais à la masse craque de partout, et le plafond commence à descendre !
+ en situation h | The wall I was knocking through with the sledgehammer is cracking everywhere, and the ceiling is starting to come down!
fr situation h | En décapant au chalumeau, j'ai mis le feu à l'isolant derrière le lambris, et ça fume dans toute la cloison !
+ en situation h | Stripping paint with the blowtorch, I've set fire to the insulation behind the panelling, and the whole partition is smoking!
# situations: night and sleep
fr situation h | Je me réveille sans pouvoir bouger, et il y a une silhouette au pied du lit ! Allume, allume !
+ en situation h | I wake up and I can't move, and there's a figure at the foot of the bed! Lights, lights!
fr situation h | Trois heures du matin, je me réveille en suffoquant, le cœur à cent cinquante, j'ai l'impression que je vais mourir !
+ en situation h | Three in the morning, I wake up choking, heart at a hundred and fifty, it feels like I'm dying!
fr situation h | En pleine nuit, la fenêtre de la chambre du petit est grande ouverte et son lit est vide ! Allume toute la maison !
+ en situation h | In the middle of the night, the little one's bedroom window is wide open and his bed is empty! Light up the whole house!
fr situation h | Le babyphone grésille, et on entend quelqu'un chuchoter dans la chambre du bébé alors qu'on est tous les deux au salon !
+ en situation h | The baby monitor crackles, and we can hear someone whispering in the baby's room while we're both in the living room!
# situations: city life
fr situation h | Dans le métro, un homme vient de tomber sur les voies, et on entend la rame arriver dans le tunnel !
+ en situation h | On the metro, a man has just fallen onto the tracks, and we can hear the train coming through the tunnel!
fr situation h | Le tram déraille juste devant moi et fonce vers l'abribus plein de monde !
+ en situation h | The tram has come off the rails right in front of me and it's heading for the crowded bus shelter!
fr situation h | L'immeuble d'en face vient de s'effondrer, un nuage de poussière envahit la rue et on n'y voit plus rien !
+ en situation h | The building across the street has just collapsed, a cloud of dust is filling the street and we can't see a thing!
fr situation h | Coincée dans la foule de la manif, les gaz lacrymogènes pleuvent et je ne trouve plus mon fils !
+ en situation h | Stuck in the crowd at the protest, tear gas is raining down and I can't find my son!
fr situation h | Un scooter vient de m'arracher mon sac, je suis tombée sur la chaussée et les voitures arrivent !
+ en situation h | A scooter rider has just snatched my bag, I've fallen into the road and the cars are coming!
# situations: countryside and farming
fr situation h | La vache est couchée en plein vêlage, le veau est coincé, elle ne pousse plus et le véto est à une heure !
+ en situation h | The cow is down mid-calving, the calf is stuck, she's stopped pushing and the vet is an hour away!
fr situation h | La moissonneuse a pris feu en plein champ de blé sec, et le vent pousse les flammes vers le village ! Ambiance alerte, vite !
+ en situation h | The combine harvester has caught fire in a field of dry wheat, and the wind is pushing the flames towards the village! Alarm mode, quick!
fr situation h | Mon fils est tombé dans la fosse à lisier, et il ne remonte pas !
+ en situation h | My son has fallen into the slurry pit, and he's not coming back up!
fr situation h | Mon frère a été aspiré dans le silo, il s'enfonce dans le grain jusqu'aux épaules ! Allume les projecteurs de la cour !
+ en situation h | My brother has been sucked into the silo, he's sinking into the grain up to his shoulders! Turn on the yard floodlights!
fr situation h | Le troupeau a forcé la clôture et déferle sur la départementale, en plein virage, de nuit !
+ en situation h | The herd has broken through the fence and is pouring onto the main road, right on a bend, at night!
# situations: sea and mountains
fr situation h | Une vague a emporté papa de la digue, je le vois se débattre entre les rochers !
+ en situation h | A wave has swept Dad off the sea wall, I can see him thrashing about between the rocks!
fr situation h | Mon mari vient de disparaître dans une crevasse, la corde se tend d'un coup et me tire vers le bord !
+ en situation h | My husband has just dropped into a crevasse, the rope has gone tight and it's dragging me towards the edge!
fr situation h | Orage en pleine via ferrata, la foudre tombe tout près et on est accrochés à un câble en métal !
+ en situation h | Thunderstorm in the middle of the via ferrata, lightning is striking close by and we're clipped onto a metal cable!
fr situation h | Une méduse m'a piqué, mes jambes ne répondent plus et je suis loin du bord !
+ en situation h | A jellyfish has stung me, my legs won't work and I'm a long way from shore!
fr situation h | Le zodiac a heurté un rocher, il se dégonfle à toute vitesse et on est quatre dedans, à un kilomètre de la côte !
+ en situation h | The dinghy has hit a rock, it's deflating fast and there are four of us in it, a kilometre off the coast!
# situations: hobbies and crafts
fr situation h | Le four à émaux a pris feu dans l'atelier, et la bouteille de gaz du chalumeau est juste à côté !
+ en situation h | The enamelling kiln has caught fire in the workshop, and the blowtorch gas bottle is right next to it!
fr situation h | Le tour à bois a happé ma manche, et mon bras est entraîné vers la pièce qui tourne !
+ en situation h | The wood lathe has caught my sleeve, and my arm is being pulled towards the spinning piece!
fr situation h | Le cerf-volant de traction m'a arraché du sable et me traîne droit vers la route !
+ en situation h | The power kite has yanked me off the sand and is dragging me straight towards the road!
fr situation h | Un essaim entier est sorti de la ruche que j'ouvrais, et ma combinaison est déchirée au niveau du cou !
+ en situation h | A whole swarm has poured out of the hive I was opening, and my bee suit is torn at the neck!
# situations: volunteering
fr situation h | En maraude, un homme convulse sur le trottoir, il fait moins cinq et le Samu ne répond pas !
+ en situation h | On the night rounds, a man is fitting on the pavement, it's minus five and the ambulance line isn't answering!
fr situation h | Au refuge, trois chiens se sont échappés de l'enclos et s'en prennent à une bénévole !
+ en situation h | At the shelter, three dogs have got out of the pen and are going for a volunteer!
fr situation h | À la distribution alimentaire, la foule pousse, une dame âgée est tombée et on lui marche dessus !
+ en situation h | At the food handout, the crowd is pushing, an elderly woman has fallen and people are trampling her!
fr situation h | Bénévole au poste de secours du festival, trois jeunes arrivent inconscients en même temps et on n'est que deux !
+ en situation h | Volunteering at the festival first-aid post, three youngsters come in unconscious at once and there are only two of us!
# situations: politics and news
fr situation h | Les CRS chargent, on est acculés contre un mur et le gaz nous empêche de respirer !
+ en situation h | The riot police are charging, we're backed up against a wall and the gas is stopping us breathing!
fr situation h | Les sirènes d'alerte aérienne hurlent dans la ville où je suis en reportage, et je ne trouve pas l'abri !
+ en situation h | The air-raid sirens are wailing in the city where I'm on assignment, and I can't find the shelter!
fr situation h | Des coups de feu éclatent sur la place du marché, tout le monde court et je ne vois plus ma femme !
+ en situation h | Gunshots are going off in the market square, everyone is running and I can't see my wife!
fr situation h | Alerte sur tous les téléphones : rupture de digue, montez aux étages immédiatement, et on habite de plain-pied ! Allume tout !
+ en situation h | Alert on every phone: the levee has broken, get to upper floors now, and our house is single-storey! Everything on!
# situations: science and discovery
fr situation h | Au labo, un tube a explosé dans la centrifugeuse, il y a des éclats partout et de l'acide sur ma blouse !
+ en situation h | In the lab, a tube has exploded in the centrifuge, there are shards everywhere and acid on my lab coat!
fr situation h | Le réservoir d'azote liquide fuit dans la pièce sans fenêtre, et j'ai déjà la tête qui tourne !
+ en situation h | The liquid nitrogen tank is leaking in the windowless room, and my head is already spinning!
fr situation h | Le volcan de l'expérience de mon fils a craché une flamme, et le rideau de sa chambre brûle !
+ en situation h | My son's science-project volcano has shot out a flame, and his bedroom curtain is on fire!
fr situation h | Le dosimètre s'affole dans la salle de manip, et l'alarme de confinement vient de se déclencher !
+ en situation h | The dosimeter is going haywire in the lab, and the containment alarm has just gone off!

# long
fr long h | Je coupais des légumes en écoutant la radio. Le petit jouait dans le salon. Un bruit sourd, puis plus rien. Je le trouve par terre, la bibliothèque renversée sur les jambes.
+ en long h | I was chopping vegetables with the radio on. The little one was playing in the living room. A thud, then nothing. I find him on the floor with the bookcase on top of his legs.
fr long h | On pique-niquait au bord de la rivière. Les enfants se baignaient près de la berge. Le niveau est monté d'un coup, l'eau est devenue marron. Ma fille est emportée vers le pont.
+ en long h | We were picnicking by the river. The kids were paddling near the bank. The water suddenly rose and turned brown. My daughter is being swept towards the bridge.
fr long h | Je rentre à pied de la soirée, il est deux heures. Un type me suit depuis le carrefour. J'accélère, il accélère. Il est à trois mètres, et mes clés ne sont pas dans ma poche.
+ en long h | I'm walking home from the party, it's two in the morning. A guy has been following me since the crossroads. I speed up, he speeds up. He's three metres behind me, and my keys aren't in my pocket.
fr long h | J'ai donné le bain à ma fille, comme tous les soirs. Je l'ai couchée, elle était un peu chaude. Je repasse une heure après. Elle est brûlante, raide, et ses lèvres tremblent.
+ en long h | I gave my daughter her bath like every evening. I put her to bed, she felt a bit warm. I look in an hour later. She's burning hot, stiff, and her lips are trembling.
fr long h | On fêtait les vingt ans de Hugo dans le jardin. Quelqu'un a jeté de l'alcool sur le brasero pour rire. Une flamme a jailli. Et maintenant Hugo se roule par terre, le tee-shirt en feu.
+ en long h | We were celebrating Hugo's twentieth in the garden. Someone threw alcohol on the fire pit for a laugh. A flame shot up. And now Hugo is rolling on the ground with his T-shirt on fire.
fr long h | Le match de foot des petits touchait à sa fin. Le ciel est devenu vert. Les arbres se sont couchés d'un coup. Et la tribune en tôle vient de s'envoler au-dessus des enfants.
+ en long h | The kids' football match was nearly over. The sky turned green. The trees bent over all at once. And the tin stand has just been lifted into the air above the children.
fr long h | J'étais au distributeur, la carte dans la fente. Un homme s'est collé derrière moi. Un deuxième m'a pris le bras. J'ai senti quelque chose de dur dans mon dos.
+ en long h | I was at the cashpoint with my card in the slot. A man pressed up behind me. A second one grabbed my arm. I felt something hard against my back.
fr long h | Je faisais ma ronde à l'entrepôt. Une odeur bizarre, sucrée. Puis un sifflement derrière les cuves. Mon collègue, qui était parti vérifier, ne répond plus à la radio.
+ en long h | I was doing my round at the warehouse. A strange, sweet smell. Then a hissing behind the tanks. My colleague, who went to check, isn't answering the radio any more.
fr long h | Je promenais le chien sur la plage. La marée était basse, on est allés loin. Le brouillard est tombé. Maintenant l'eau arrive de partout, et je ne sais plus de quel côté est la côte.
+ en long h | I was walking the dog on the beach. The tide was out, we went a long way. The fog came down. Now the water is coming in from every side, and I don't know which way the shore is.
fr long h | Papa faisait sa sieste dans le fauteuil. Je lui apporte son café. Il ne répond pas. Sa main est froide et il respire bizarrement, avec de longs silences.
+ en long h | Dad was having his nap in the armchair. I bring him his coffee. He doesn't answer. His hand is cold and he's breathing strangely, with long silences.
fr long h | On était douze dans le minibus pour l'aéroport. Le chauffeur s'est mis à tousser. Il s'est affaissé sur le volant. Et le minibus dérive vers le terre-plein à cent à l'heure.
+ en long h | There were twelve of us in the minibus to the airport. The driver started coughing. He slumped over the wheel. And the minibus is drifting towards the central reservation at sixty.
fr long h | Le sentier longeait le torrent. Ma fille marchait devant avec son bâton. J'ai entendu une pierre rouler. Quand j'ai levé les yeux, elle n'était plus sur le chemin, et l'eau gronde en dessous.
+ en long h | The path ran along the mountain stream. My daughter was walking ahead with her stick. I heard a stone roll. When I looked up she was no longer on the path, and the water is roaring below.
fr long h | Je pose l'ordi pour ouvrir au livreur. Je reviens, l'écran est noir. Puis un message rouge apparaît. Tous les fichiers clients du cabinet sont chiffrés, et le compteur tourne.
+ en long h | I put the laptop down to let the delivery man in. I come back and the screen is black. Then a red message appears. Every client file at the practice is encrypted, and the clock is ticking.
fr long h | J'ai entendu le chien aboyer comme jamais. Je suis descendue. L'eau recouvrait déjà le carrelage. Quand j'ai ouvert la porte, la rue était un fleuve, et ça monte encore.
+ en long h | I heard the dog barking like never before. I went downstairs. The water was already over the tiles. When I opened the door, the street was a river, and it's still rising.
fr long n | Dernier jour pour rendre le dossier de subvention. J'ai tout relu deux fois. Je clique sur « envoyer ». Page d'erreur, et il est 23 h 58.
+ en long n | Last day to submit the grant application. I've read it all through twice. I click "send". Error page, and it's 11.58 pm.
fr long h | On visitait la grotte avec le guide. Il nous a montré une galerie. Une pierre s'est détachée. La lampe du guide s'est éteinte, et je n'entends plus que des cris dans le noir.
+ en long h | We were touring the cave with the guide. He showed us a passage. A rock came loose. The guide's lamp went out, and all I can hear is screaming in the dark.
fr long h | Je venais de coucher les jumeaux. Une odeur de plastique brûlé dans le couloir. J'ouvre leur porte : la veilleuse fond et fume sur la commode, à côté des rideaux.
+ en long h | I'd just put the twins to bed. A smell of burning plastic in the hallway. I open their door: the night light is melting and smoking on the chest of drawers, next to the curtains.

# negation
fr negation h | Ce n'est pas un petit stress d'avant-départ : le petit a disparu dans l'aéroport et l'embarquement est annoncé !
+ en negation h | This isn't pre-trip nerves: the little one has vanished in the airport and they're calling our flight!
fr negation h | Je ne suis pas triste, je suis terrorisée : la voiture de mon fils est retournée dans le fossé et il ne répond pas !
+ en negation h | I'm not sad, I'm terrified: my son's car is upside down in the ditch and he's not answering!
fr negation h | Non, ce n'est pas une blague, je vois vraiment des flammes sortir du toit de l'école !
+ en negation h | No, this isn't a joke, I can actually see flames coming out of the school roof!
fr negation h | Ce n'est pas juste un souci, c'est l'alerte : mon père ne respire presque plus !
+ en negation h | It's not just a worry, it's an emergency: my dad is barely breathing!
fr negation h | Je ne suis pas énervé, je suis affolé : le bateau prend l'eau et la pompe ne marche plus !
+ en negation h | I'm not annoyed, I'm frantic: the boat is taking on water and the pump has stopped working!
fr negation h | Pas le moment de rêvasser : la casserole d'huile s'est enflammée et le feu monte le long du mur !
+ en negation h | No time for daydreaming: the pan of oil has caught fire and it's climbing up the wall!
fr negation h | Ce n'est plus un simple vertige, je n'arrive plus à tenir debout, et la moitié de mon corps ne répond plus !
+ en negation h | This isn't just dizziness any more, I can't stay standing, and half my body won't respond!
fr negation h | Je ne suis pas en train d'attendre un résultat, là : l'alarme hurle et il y a quelqu'un dans la maison !
+ en negation h | I'm not waiting for some result here: the alarm is screaming and there's someone in the house!
fr negation h | Ce n'est pas un petit contretemps : la salle des fêtes est inondée, l'eau arrive aux tables et les cent invités sont déjà dans la cour !
+ en negation h | This isn't a little hiccup: the reception hall is flooding, the water is up to the tables and the hundred guests are already in the courtyard!
fr negation h | Pas de nostalgie qui tienne, la maison de mon enfance brûle, et maman est encore à l'intérieur !
+ en negation h | Forget nostalgia, my childhood home is burning, and Mum is still inside!
fr negation h | Je ne suis pas fatiguée, je fais un malaise : tout tourne, mes oreilles sifflent et je ne sens plus mes mains !
+ en negation h | I'm not tired, I'm passing out: everything's spinning, my ears are ringing and I can't feel my hands!

# mixed
fr mixed h | Je rigolais encore de la blague de mon frère, et d'un coup la terreur : il s'étouffe pour de vrai avec sa bouchée !
+ en mixed h | I was still laughing at my brother's joke, and suddenly terror: he's really choking on his mouthful!
fr mixed h | Un peu honteuse d'avoir dormi si tard, mais surtout affolée : la maison est pleine de fumée et les enfants ne répondent pas !
+ en mixed h | A bit ashamed of sleeping in so late, but mostly frantic: the house is full of smoke and the kids aren't answering!
fr mixed h | Fière d'avoir atteint le sommet, et maintenant la peur panique : l'orage éclate et on est sur l'arête sans abri !
+ en mixed h | Proud to have reached the summit, and now sheer panic: the storm has broken and we're on the ridge with no shelter!
fr mixed h | Furieux contre le garagiste, oui, mais là je suis terrifié : plus de freins dans la descente du col !
+ en mixed h | Furious with the mechanic, yes, but right now I'm terrified: no brakes on the way down the pass!
fr mixed h | Triste de quitter la fête, et soudain l'affolement : mon amie ne se réveille plus sur la banquette arrière !
+ en mixed h | Sad to leave the party, and suddenly sheer alarm: my friend won't wake up on the back seat!
fr mixed h | Épuisé par la garde, mais surtout paniqué : je viens de comprendre que j'ai injecté le mauvais produit au patient !
+ en mixed h | Exhausted from the shift, but mostly panicking: I've just realised I injected the patient with the wrong drug!
fr mixed h | Je savourais mon café en terrasse, et là la frayeur totale : une voiture fonce droit sur les tables !
+ en mixed h | I was enjoying my coffee on the terrace, and then total fright: a car is heading straight for the tables!
fr mixed n | Un peu gêné devant le client, mais surtout en panique : j'ai effacé la base de données de production !
+ en mixed n | A bit embarrassed in front of the client, but mostly panicking: I've wiped the production database!
fr mixed h | Ému aux larmes par le discours, et d'un coup la panique : le marié s'effondre au milieu de la salle !
+ en mixed h | Moved to tears by the speech, and suddenly panic: the groom has collapsed in the middle of the hall!
fr mixed h | Agacée par les cris des enfants dans la piscine, et tout à coup glacée d'effroi : je n'entends plus le petit !
+ en mixed h | Annoyed at the kids shrieking in the pool, and all of a sudden frozen with fear: I can't hear the little one any more!
fr mixed h | Un reste d'euphorie après le concert, et maintenant la panique pure : ma fille de quatorze ans n'est plus au point de rendez-vous et son téléphone est éteint !
+ en mixed h | Still buzzing from the gig, and now pure panic: my fourteen-year-old isn't at the meeting point and her phone is off!

# slang_emoji
fr slang_emoji h | VITE VITE la poêle a pris feu 🔥🔥 jfais quoi jfais quoi
+ en slang_emoji h | QUICK QUICK the pan's on fire 🔥🔥 what do i do what do i do
fr slang_emoji h | wsh mon pote est tombé du scooter il bouge plus 😱🚑 appelez qqn
+ en slang_emoji h | bro my mate came off the scooter and he's not moving 😱🚑 someone call
fr slang_emoji h | ptn le chien a bouffé de la mort-aux-rats 🆘 il tremble de partout
+ en slang_emoji h | ffs the dog ate rat poison 🆘 he's shaking all over
fr slang_emoji h | ya un mec cagoulé dans le hall de l'immeuble 😨😨 je reste enfermée ou quoi
+ en slang_emoji h | there's a guy in a balaclava in the lobby 😨😨 do i stay locked in or what
fr slang_emoji h | au secours l'eau arrive sous la porte 🌊😱 ça monte de ouf
+ en slang_emoji h | help water's coming under the door 🌊😱 it's rising like crazy
fr slang_emoji n | jpp j'ai enfermé les clés + le bébé dans la voiture et il fait 34° 😭🚨
+ en slang_emoji n | omg i locked the keys + the baby in the car and it's 34° 😭🚨
fr slang_emoji h | mon petit frère a avalé une pièce il devient tout rouge 😱😱 HELP
+ en slang_emoji h | my little brother swallowed a coin he's going red 😱😱 HELP
fr slang_emoji h | la falaise s'effondre à côté de nous sur la plage 😰😰 on court
+ en slang_emoji h | the cliff is collapsing next to us on the beach 😰😰 we're running
fr slang_emoji h | alerte 🚨 le toit du gymnase craque et on est 200 dedans
+ en slang_emoji h | alert 🚨 the gym roof is cracking and there's 200 of us inside

# typo
fr typo h | au secour mon pere est tomber de lechelle il repond plu
+ en typo h | help my dad fell of the ladder hes not answerign
fr typo h | ya le feu ds la cuisine du resto on arive pas a leteindre
+ en typo h | theres a fire in the restarant kitchen we cant put it out
fr typo h | mon fis a avaler des pilles bouton vite vite koi faire
+ en typo h | my son swalowed button batteries quick quick what do i do
fr typo h | la voitur glisse sur le verglas je control plus rien
+ en typo h | car is sliding on the ice i cant control anythign
fr typo h | le bebe sest etouffer avec du raisin il respir plu
+ en typo h | baby choked on a grape hes not breathign
fr typo h | on est coincer ds le tunel ya de la fumé partt
+ en typo h | were stuck in the tunel theres smoke evrywhere
fr typo h | qqn essaye de rentré par la fenetre de la chambre allume tt
+ en typo h | somone is trying to get in thru the bedroom window turn evrything on
fr typo h | la maree monte trop vite on peu plus revenir a la plage
+ en typo h | tide coming in too fast we cant get back to the beach
fr typo h | ma fille fait une crise dasthme et jtrouve pas la ventoline
+ en typo h | my daughter is having an asthma atack and i cant find the inhaler

# wish
fr wish h c=red;white b=bright | Il y a le feu dans l'immeuble d'à côté ! Du rouge et du blanc, pleine puissance, qu'on y voie clair !
+ en wish h c=red;white b=bright | The building next door is on fire! Red and white, full power, so we can see!
fr wish h c=white b=bright | Quelqu'un est entré dans le jardin ! Blanc partout, au maximum, tout de suite !
+ en wish h c=white b=bright | Someone's got into the garden! White everywhere, maximum, right now!
fr wish h c=red;orange b=bright | Je suis en pleine crise de panique, le cœur à mille. Rouge et orange, lumière forte, vite !
+ en wish h c=red;orange b=bright | I'm in the middle of a panic attack, heart going a mile a minute. Red and orange, bright light, quick!
fr wish h c=cool_white b=bright | Le petit ne respire plus bien, il me faut de la lumière ! Blanc froid, à fond !
+ en wish h c=cool_white b=bright | The little one isn't breathing properly, I need light! Cool white, full blast!
fr wish h c=red;white;orange b=bright | Alerte inondation, on doit évacuer maintenant ! Rouge, blanc, orange, toutes les lampes à fond !
+ en wish h c=red;white;orange b=bright | Flood alert, we have to get out now! Red, white, orange, every lamp on full!

# explicit
fr explicit h | Je suis complètement paniquée, je n'arrive plus à aligner deux pensées !
+ en explicit h | I'm in a total panic, I can't string two thoughts together!
fr explicit h | La terreur m'a saisi d'un coup, mes jambes ne me portent plus !
+ en explicit h | Terror has just gripped me, my legs won't hold me up!
fr explicit h | C'est l'affolement complet dans ma tête, le cœur qui cogne, les mains moites, au secours !
+ en explicit h | Total alarm in my head, heart pounding, clammy hands, help!
fr explicit h | J'ai une peur bleue, là, maintenant, je suis tétanisé !
+ en explicit h | I'm scared stiff, right here, right now, I'm frozen!
fr explicit h | Je suis en pleine crise d'angoisse, je crois que je vais m'évanouir !
+ en explicit h | I'm in the middle of an anxiety attack, I think I'm going to pass out!
"""

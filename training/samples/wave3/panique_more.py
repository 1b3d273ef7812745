"""panique: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation h | Maman ne répond pas à la porte, la télé hurle et je la vois allongée par terre derrière la vitre.
+ en situation h | Mum isn't answering the door, the TV is blaring and I can see her lying on the floor behind the glass.
fr situation h | Le petit a ouvert le bidon de liquide vaisselle pour machine et il en a plein la bouche.
+ en situation h | My little one opened the dishwasher detergent and his mouth is full of it.
fr situation h | La poussette m'a échappé sur le quai, elle roule vers les rails, et le tram arrive.
+ en situation h | The pushchair slipped out of my hands on the platform, it's rolling towards the tracks, and the tram is coming.
fr situation h | Le petit a le doigt coincé dans l'escalator et ça continue de tirer.
+ en situation h | My little one's finger is caught in the escalator and it keeps pulling.
fr situation h | Mon mari vient de tomber du toit de l'abri de jardin, il dit qu'il ne sent plus ses jambes.
+ en situation h | My husband just fell off the garden shed roof, and he says he can't feel his legs.
fr situation h | Ma femme a perdu les eaux à trente semaines, et on est coincés dans les bouchons sur le périphérique.
+ en situation h | My wife's waters have broken at thirty weeks, and we're stuck in traffic on the ring road.
fr situation h | Papa s'est trompé de pédale, la voiture est dans la vitrine de la pharmacie et il ne bouge plus.
+ en situation h | Dad hit the wrong pedal, the car is in the pharmacy window and he isn't moving.
# situations: friends, neighbours, work, school
fr situation h | En soirée, mon amie ne se réveille plus sur le canapé, elle a mélangé l'alcool et ses cachets.
+ en situation h | At the party my friend won't wake up on the sofa; she mixed drink with her pills.
fr situation h | Le balcon du voisin du dessus vient de céder, il y a des gravats partout et j'entends quelqu'un gémir. Allume dehors, vite !
+ en situation h | The upstairs neighbour's balcony has just given way, there's rubble everywhere and I can hear someone groaning. Outside lights, quick!
fr situation h | Je viens d'envoyer le fichier des salaires de toute la boîte à la liste « tous les employés », et le rappel du message ne marche pas.
+ en situation h | I've just sent the whole company's salary file to the "all staff" list, and the message recall isn't working.
fr situation h | Incendie dans l'entrepôt, l'alarme hurle, et deux collègues sont encore tout au fond.
+ en situation h | Fire in the warehouse, the alarm is screaming, and two colleagues are still right at the back.
fr situation h | L'échafaudage bouge sous nos pieds sur le chantier, une des fixations vient de sauter.
+ en situation h | The scaffolding is shifting under our feet on the site; one of the anchors just popped out.
fr situation n | Je rends ma copie du bac dans dix minutes, et je m'aperçois que j'ai traité le mauvais sujet.
+ en situation n | I hand in my final exam paper in ten minutes, and I've just realised I answered the wrong question.
fr situation h | Alerte du collège : confinement immédiat, intrusion en cours, et mon fils ne répond pas à mes messages.
+ en situation h | Alert from the school: immediate lockdown, intruder on site, and my son isn't answering my texts.
# situations: health, money, tech
fr situation h | Je viens de m'injecter deux fois ma dose d'insuline par erreur, et je commence à trembler.
+ en situation h | I've just injected double my insulin dose by mistake, and I'm starting to shake.
fr situation h | Je viens de perdre la vue de l'œil droit d'un coup, comme un rideau noir qui tombe.
+ en situation h | I've just lost the sight in my right eye all at once, like a black curtain coming down.
fr situation h | Je viens de virer nos économies à un faux conseiller, je le comprends maintenant, et la banque ne répond pas.
+ en situation h | I've just wired our savings to a fake adviser, I'm only realising it now, and the bank isn't picking up.
fr situation h | Mon téléphone m'avertit que quelqu'un change mes mots de passe un par un, là, sous mes yeux.
+ en situation h | My phone is warning me that someone is changing my passwords one by one, right now, in front of me.
fr situation h | La trottinette électrique fume dans l'entrée, la batterie gonfle et crépite. Allume tout, vite !
+ en situation h | The electric scooter is smoking in the hallway, the battery is swelling and crackling. Turn everything on, quick!
# situations: house, DIY, garden, cooking, moving
fr situation h | La cocotte-minute siffle à fond, la soupape est bloquée et le couvercle tremble.
+ en situation h | The pressure cooker is screaming, the valve is stuck and the lid is shaking.
fr situation h | La ponceuse a mis le feu à la sciure dans l'atelier, et les bidons de vernis sont juste à côté.
+ en situation h | The sander set the sawdust alight in the workshop, and the cans of varnish are right next to it.
fr situation h | Ma fille a mis dans sa bouche des baies rouges du jardin, et elle ne veut pas me dire combien.
+ en situation h | My daughter put red berries from the garden in her mouth, and she won't tell me how many.
fr situation h | L'armoire qu'on montait dans l'escalier a glissé, et mon frère est coincé dessous sur le palier.
+ en situation h | The wardrobe we were carrying upstairs slipped, and my brother is pinned under it on the landing.
# situations: pets, nature, countryside
fr situation h | Le chien s'est fait mordre au cou par un autre chien, il saigne beaucoup et le véto de garde ne décroche pas.
+ en situation h | The dog's been bitten on the neck by another dog, he's bleeding a lot and the emergency vet isn't picking up.
fr situation h | Le chien a avalé une balle de tennis entière et il n'arrive plus à respirer. Lumière dans le salon, maintenant !
+ en situation h | The dog has swallowed a whole tennis ball and he can't breathe. Living room light, now!
fr situation h | La marée monte à toute vitesse et on est coincés au pied de la falaise avec les enfants.
+ en situation h | The tide is coming in fast and we're trapped at the foot of the cliff with the kids.
fr situation h | En pleine rando, mon ami a glissé dans le ravin, je l'entends appeler mais je ne le vois plus, et pas de réseau.
+ en situation h | Mid-hike, my friend slid into the ravine, I can hear him calling but I can't see him, and there's no signal.
fr situation h | Le taureau s'est échappé du pré et fonce vers le chemin où les enfants font du vélo.
+ en situation h | The bull has got out of the field and is charging towards the lane where the kids are cycling.
# situations: transport, travel, weather, holidays
fr situation h | On vient de m'arracher mon sac dans une rue de Naples : passeport, cartes, téléphone de secours, tout. Et il fait nuit.
+ en situation h | Someone just snatched my bag on a street in Naples: passport, cards, spare phone, everything. And it's dark.
fr situation h | Le métro est bloqué dans le tunnel depuis vingt minutes, la lumière s'est éteinte et des gens crient au bout de la rame.
+ en situation h | The metro has been stuck in the tunnel for twenty minutes, the lights have gone out and people are shouting at the end of the carriage.
fr situation h | Sur l'autoroute, le capot se met à fumer, plus de direction assistée, et aucune bande d'arrêt d'urgence.
+ en situation h | On the motorway, smoke starts pouring from the bonnet, no power steering, and no hard shoulder.
fr situation h | Le bus scolaire vient de quitter le parking avec mon fils de quatre ans à bord, tout seul, alors qu'il ne devait pas le prendre.
+ en situation h | The school bus has just pulled out of the car park with my four-year-old on board, alone, and he wasn't supposed to be on it.
fr situation h | La route se transforme en torrent, l'eau arrive aux portières et le moteur vient de caler.
+ en situation h | The road is turning into a torrent, the water is up to the doors and the engine has just cut out.
fr situation h | Au ski, mon fils est parti hors piste, et je viens de le voir disparaître derrière une corniche.
+ en situation h | Skiing, my son went off-piste, and I've just seen him disappear behind a ledge.
# situations: sport, music, cinema, news
fr situation h | Mon fils a pris un coup de crosse à la tête au hockey, il ne répond plus et ses yeux partent sur le côté.
+ en situation h | My son took a stick to the head at hockey, he's not responding and his eyes are rolling to the side.
fr situation h | Mouvement de foule à la sortie du stade, on est écrasés contre une grille et mon fils n'est plus à côté de moi.
+ en situation h | Crowd surge at the stadium exit, we're crushed against a fence and my son isn't next to me any more.
fr situation h | Le feu d'artifice part à l'horizontale dans la foule, une fusée vient de tomber à mes pieds.
+ en situation h | The fireworks are firing sideways into the crowd, and a rocket just landed at my feet.
fr situation h | Alarme incendie dans la salle de cinéma, fumée près de la sortie principale, tout le monde se bouscule dans le noir.
+ en situation h | Fire alarm in the cinema, smoke by the main exit, everyone shoving in the dark.
fr situation h | Alerte sur mon téléphone : fuite chimique à l'usine du coin, confinement immédiat, et mon fils est au stade juste à côté.
+ en situation h | Alert on my phone: chemical leak at the local plant, shelter in place now, and my son is at the stadium right next to it.
# situations: city, night, mornings
fr situation h | Quelqu'un me suit depuis la gare, je change de trottoir, il change aussi, et ma rue est déserte. Allume l'entrée et le jardin !
+ en situation h | Someone's been following me since the station, I cross over, he crosses too, and my street is empty. Put the porch and garden lights on!
fr situation h | Un homme brandit un couteau au fond du bus, et tout le monde se rue vers les portes fermées.
+ en situation h | A man is waving a knife at the back of the bus, and everyone is rushing for the closed doors.
fr situation h | Deux heures du matin, le détecteur de monoxyde hurle et ma fille ne se réveille pas. Lumières partout, tout de suite !
+ en situation h | Two in the morning, the carbon monoxide alarm is shrieking and my daughter won't wake up. Lights everywhere, right now!
fr situation h | Ce matin, le train s'est arrêté en pleine voie, et de la fumée entre dans le wagon par la ventilation.
+ en situation h | This morning the train stopped in the middle of nowhere, and smoke is coming into the carriage through the vents.
fr situation n | Visio avec le client : je me rends compte que je partage la mauvaise fenêtre, celle où je me moque de lui avec un collègue. Coupe tout !
+ en situation n | Video call with the client: I realise I'm sharing the wrong window, the one where I'm making fun of him with a colleague. Kill everything!

# long
fr long h | On roulait sur le pont. Un camion s'est mis en travers. Ça freine de partout. Et la voiture derrière nous ne ralentit pas.
+ en long h | We were driving across the bridge. A lorry jackknifed. Everyone is slamming on the brakes. And the car behind us isn't slowing down.
fr long h | Le petit jouait avec les aimants du frigo. Il en manque trois. Il se tient le ventre et pleure. On part aux urgences.
+ en long h | The little one was playing with the fridge magnets. Three are missing. He's clutching his tummy and crying. We're leaving for A&E.
fr long h | On était en haut de la grande roue. Elle s'est arrêtée d'un coup. La nacelle grince et penche. Ma fille s'accroche à moi en hurlant.
+ en long h | We were at the top of the big wheel. It stopped dead. The gondola is creaking and tilting. My daughter is clinging to me, screaming.
fr long h | Randonnée en montagne. Le ciel vire au noir en dix minutes. Nos bâtons se mettent à grésiller. On est sur la crête, sans aucun abri.
+ en long h | Mountain hike. The sky turns black in ten minutes. Our poles start buzzing. We're on the ridge with no shelter at all.
fr long h | Mon père m'appelle depuis l'autoroute. Il dit qu'il ne sait plus où il est. Il roule toujours. Et il ne sait plus comment s'arrêter.
+ en long h | My father calls me from the motorway. He says he doesn't know where he is. He's still driving. And he doesn't know how to stop.
fr long h | Je promène le chien le long du canal. Il saute après un canard. Le courant l'entraîne vers l'écluse. Il n'arrive pas à remonter sur le quai.
+ en long h | I'm walking the dog along the canal. He jumps in after a duck. The current is dragging him towards the lock. He can't get back up onto the bank.
fr long h | Anniversaire au parc de trampolines. Un bruit sec. Mon fils est à terre. Sa jambe fait un angle bizarre et il hurle.
+ en long h | Birthday party at the trampoline park. A sharp crack. My son is on the floor. His leg is at a strange angle and he's screaming.
fr long h | Le bain coule à l'étage. Je descends chercher une serviette. En remontant, j'entends un grand bruit d'eau. Et le petit ne répond plus quand je l'appelle.
+ en long h | The bath is running upstairs. I go down to fetch a towel. Coming back up, I hear a big splash. And the little one doesn't answer when I call.

# informal French, no translation
fr situation h | le chien a bouffé mes cachets pour le cœur, toute la plaquette, je fais quoi là je fais quoi
fr situation h | le feu a pris dans la poubelle du balcon et ça monte vers les volets du dessus
fr situation n | une araignée énorme vient de tomber dans mon lit et je la vois plus, elle est où elle est où
fr situation h | mon petit frère vient de tomber du toit du garage, il bouge plus
fr situation h | ça sent le cramé dans tout l'appart et j'arrive pas à trouver d'où ça vient
fr situation h | mon fils s'est enfermé dans la salle de bain et répond plus, j'entends juste l'eau couler
# casual English, no translation
en situation h | baby monitor just picked up a man's voice in the nursery and we're both downstairs
en situation h | water's pouring through the kitchen ceiling light right now, what do I do
en situation h | smoke alarm's going off and I can't tell which room it's coming from
en situation h | mum's on the phone saying the room is spinning and she can't find the door
"""

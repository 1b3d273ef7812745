"""suspense: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Le furet de plomberie accroche quelque chose tout au fond du tuyau, je tire tout doucement, ça vient, ça vient... Mets une ambiance qui tient en haleine.
+ en situation n | The drain snake has caught on something right at the bottom of the pipe, I'm pulling ever so gently, it's coming, it's coming... Give me something edge-of-the-seat.
fr situation n | J'ai repeint le salon en vert sauge d'après un échantillon grand comme un timbre, et je retire la bâche pour voir le résultat sec.
+ en situation n | I painted the living room sage green based on a swatch the size of a stamp, and I'm pulling off the dust sheet to see it dry.
fr situation n | Opération canapé par la porte du salon : on a tout essayé, il reste un dernier angle, et il manque peut-être un centimètre.
+ en situation n | Operation get-the-sofa-through-the-door: we've tried everything, there's one last angle left, and we might be a centimetre short.
fr situation l | Les enfants ont parié un bonbon : le robot aspirateur va-t-il s'arrêter pile au bord du tapis neuf ? Il approche, il ralentit...
+ en situation l | The kids have bet a sweet on it: will the robot hoover stop right at the edge of the new rug? It's getting closer, slowing down...
fr situation n | Le ramoneur glisse son hérisson dans le conduit, et on attend tous dehors de voir s'il ressort enfin par la cheminée.
+ en situation n | The sweep is pushing his brush up the flue, and we're all outside waiting to see if it finally pokes out of the chimney.

# situations: cooking and food
fr situation n | Je découpe la première tranche de ma terrine devant mes beaux-parents : est-ce qu'elle a pris ou pas ?
+ en situation n | I'm cutting the first slice of my terrine in front of my in-laws: has it set or not?
fr situation n | Ma fille ouvre le four sur sa première fournée de macarons : ont-ils leur collerette ? Toute la cuisine se penche. Lumière assortie, vite.
+ en situation n | My daughter opens the oven on her first batch of macarons: have they got their little feet? The whole kitchen leans in. Matching light, quick.
fr situation n | Les saucisses grillent, le ciel est noir au-dessus de la colline, et on a parié : on mange avant l'averse ou pas ?
+ en situation n | The sausages are on the grill, the sky's black over the hill, and we've got bets on: do we eat before the downpour or not?
fr situation n | À la table d'hôte, le chef apporte le plat sous une cloche et refuse de dire ce que c'est avant de la soulever.
+ en situation n | At the guest-house dinner the chef brings the dish under a cloche and won't say what it is until he lifts it.
fr situation n | Mon oncle ouvre la bouteille qu'il garde depuis trente ans, le bouchon résiste, et tout le monde se demande si le vin a tenu. Mets une ambiance qui va avec.
+ en situation n | My uncle is opening the bottle he's kept for thirty years, the cork is fighting back, and everyone's wondering if the wine has held up. Set a mood to match.

# situations: pets
fr situation n | La chienne met bas dans son panier, trois chiots en pleine forme déjà, et la véto sent qu'il en reste un. On attend sans un bruit.
+ en situation n | The dog is whelping in her basket, three healthy pups already, and the vet can feel there's one more. We're waiting without a sound.
fr situation l | J'ai caché la friandise sous l'un des trois gobelets, et le chiot hésite entre les deux de gauche.
+ en situation l | I've hidden the treat under one of three cups, and the puppy is torn between the two on the left.
fr situation l | Le chat est ramassé sur le frigo, prêt à sauter sur l'étagère du haut. Il y arrive ou pas ?
+ en situation l | The cat is crouched on top of the fridge, ready to leap for the top shelf. Will he make it or not?
fr situation n | Les enfants guettent la nouvelle poule depuis une heure : elle est assise dans le pondoir, premier œuf ou pas ?
+ en situation n | The kids have been watching the new hen for an hour: she's sitting in the nest box, first egg or not?
fr situation n | Concours d'agility : mon chien attaque le slalom final, et le meilleur temps à battre n'a que deux dixièmes d'avance.
+ en situation n | Agility trial: my dog is starting the final weave poles, and the time to beat is only two tenths ahead.

# situations: children and parenting
fr situation n | Mon fils lâche la table basse et avance vers moi dans le salon : un pas, deux pas, trois...
+ en situation n | My son lets go of the coffee table and heads towards me across the living room: one step, two steps, three...
fr situation n | Ma fille de sept ans tente le vélo sans petites roues, je lâche la selle, elle file vers le bout de la rue.
+ en situation n | My seven-year-old is trying her bike without stabilisers, I let go of the saddle, and she's off towards the end of the street.
fr situation l | Le petit a mis sa dent sous l'oreiller et guette par la porte entrouverte pour voir si la petite souris va passer.
+ en situation l | The little one has put his tooth under the pillow and is peeking through the half-open door to see if the tooth fairy comes.
fr situation n | Spectacle de fin d'année : ma fille a le dernier solo, elle s'assoit au piano et lève les mains au-dessus du clavier. Baisse les lumières, s'il te plaît.
+ en situation n | End-of-year show: my daughter has the last solo, she sits down at the piano and lifts her hands above the keys. Dim the lights, please.
fr situation l | Les jumeaux ont planté chacun un haricot, et ce matin ils foncent à la fenêtre pour voir lequel est sorti de terre le premier.
+ en situation l | The twins each planted a bean, and this morning they're racing to the window to see whose came up first.

# situations: partner and dating
fr situation n | Ma copine est rentrée de Tokyo avec une valise énorme et dit qu'il y a une surprise pour moi dedans. Elle fait durer la fermeture éclair.
+ en situation n | My girlfriend's back from Tokyo with an enormous suitcase and says there's a surprise for me inside. She's dragging out the zip.
fr situation n | Pour nos dix ans, il m'a préparé un jeu de piste, et le dernier indice m'a menée devant la porte du vieux cinéma.
+ en situation n | For our tenth anniversary he set me a treasure trail, and the last clue has brought me to the door of the old cinema.
fr situation n | On tire notre destination de vacances au sort dans un bocal, et ma femme déplie le papier avec une lenteur exaspérante.
+ en situation n | We're drawing our holiday destination out of a jar, and my wife is unfolding the paper infuriatingly slowly.
fr situation n | Je lui ai demandé si elle voulait emménager avec moi, et elle a dit qu'elle répondrait après son café. Elle souffle dessus. Accorde la lumière à ça.
+ en situation n | I asked her if she'd move in with me, and she said she'd answer after her coffee. She's blowing on it. Match the lights to that.

# situations: friends
fr situation n | Soirée déguisée : chacun a tiré un personnage au hasard, et les invités arrivent un par un, on devine qui a eu qui.
+ en situation n | Fancy-dress party: everyone drew a character at random, and guests are arriving one by one while we guess who got whom.
fr situation n | La pelle vient de toucher la boîte en fer qu'on a enterrée il y a dix ans avec la bande. Qui se souvient de ce qu'il a mis dedans ?
+ en situation n | The spade has just hit the tin we buried with the gang ten years ago. Who remembers what they put in it?
fr situation n | Au casino de Deauville, mon pote a mis son dernier jeton sur le 17, et la bille tourne encore.
+ en situation n | At the Deauville casino my mate has put his last chip on 17, and the ball is still spinning.
fr situation n | Mon ami a reçu la réponse du label à qui il a envoyé sa démo, et il m'a demandé de rester à côté pendant qu'il ouvre le mail.
+ en situation n | My friend has got the reply from the label he sent his demo to, and he's asked me to sit next to him while he opens the email.

# situations: extended family
fr situation n | La légende dit qu'on descend d'un corsaire, et ma cousine a fait un test ADN. Elle ouvre ses résultats au dessert.
+ en situation n | Family legend says we're descended from a privateer, and my cousin took a DNA test. She's opening the results at dessert.
fr situation n | Mamie va annoncer à qui elle transmet sa recette de bouillabaisse, et mes trois tantes font semblant de s'en moquer.
+ en situation n | Gran is about to announce who she's passing her bouillabaisse recipe to, and my three aunts are pretending not to care.
fr situation n | Mon cousin a promis de révéler ce soir le nom du bébé, et il le fait durer depuis l'apéritif. Mets-nous une ambiance qui colle.
+ en situation n | My cousin promised to reveal the baby's name tonight, and he's been dragging it out since drinks. Give us a mood to match.

# situations: neighbours
fr situation n | Le voisin grimpe à l'échelle pour récupérer le ballon des enfants coincé dans la gouttière, et tout l'immeuble suit la scène depuis les balcons.
+ en situation n | The neighbour is climbing the ladder to get the kids' ball out of the gutter, and the whole building is watching from the balconies.
fr situation l | Le camion de déménagement est en bas : tout le palier guette par le judas pour voir qui emménage au troisième.
+ en situation l | The removal van is downstairs: the whole landing is watching through the spyhole to see who's moving into the third floor.
fr situation n | Concours du balcon le plus fleuri de la résidence : le jury traverse la cour, carnet à la main, et s'arrête juste sous mes géraniums.
+ en situation n | Best balcony flowers contest on the estate: the judges cross the courtyard, notebooks in hand, and stop right under my geraniums.

# situations: school and exams
fr situation n | Code de la route : la trente-neuvième question vient de s'afficher, j'en suis à quatre fautes, et la cinquième me coûte l'examen.
+ en situation n | Driving theory test: question thirty-nine has just come up, I'm on four mistakes, and a fifth costs me the exam.
fr situation n | La prof de SVT a promis d'annoncer quelle classe gagne le défi recyclage avant la sonnerie, et il reste deux minutes.
+ en situation n | The biology teacher promised to announce which class wins the recycling challenge before the bell, and there are two minutes left.
fr situation n | En chimie, chaque groupe a parié sur la couleur finale, et la prof verse la dernière goutte dans le bécher.
+ en situation n | In chemistry each group has bet on the final colour, and the teacher is adding the last drop to the beaker.
fr situation n | Permis de conduire : on est revenus au parking, l'inspecteur remplit sa fiche sans un mot, et je fixe son stylo.
+ en situation n | Driving test: we're back in the car park, the examiner is filling in his sheet without a word, and I'm staring at his pen.

# situations: university
fr situation n | Soutenance terminée, le jury délibère derrière la porte, et je fais les cent pas dans le couloir avec mes parents.
+ en situation n | Viva over, the panel is deliberating behind the door, and I'm pacing the corridor with my parents.
fr situation n | Tirage des sujets de mémoire : il reste deux papiers dans l'urne, celui sur les abeilles que je veux et un sur la fiscalité.
+ en situation n | Dissertation topic draw: two slips left in the box, the one on bees that I want and one on tax law.
fr situation h | Concours de robotique inter-écoles : notre robot pose le dernier cube, et il reste trois secondes au chrono. Mets une musique qui fait monter la pression.
+ en situation h | Inter-university robotics contest: our robot is placing the last cube with three seconds on the clock. Play something that cranks up the pressure.

# situations: office work
fr situation n | Après six mois de travaux, le directeur a la main sur la poignée du nouvel open space, et toute l'équipe se presse derrière lui.
+ en situation n | After six months of building work, the director has his hand on the door of the new open-plan office, and the whole team is crowding behind him.
fr situation n | Démo en direct devant le client : je clique sur le bouton qui n'a jamais marché en test, et toute la salle fixe l'écran.
+ en situation n | Live demo in front of the client: I click the button that never once worked in testing, and the whole room stares at the screen.
fr situation l | Fin du Secret Santa : chacun doit deviner qui lui a offert son cadeau, et c'est mon tour de désigner quelqu'un.
+ en situation l | End of Secret Santa: everyone has to guess who gave them their present, and it's my turn to point at someone.
fr situation n | En visio, la boîte annonce qui part au séminaire de Lisbonne, et ils font défiler les noms par ordre alphabétique. Je m'appelle Vasseur.
+ en situation n | On the video call the company is announcing who gets to go to the Lisbon conference, scrolling the names alphabetically. My surname is Vasseur.

# situations: manual trades
fr situation n | On décoffre la première marche de l'escalier en béton coulé hier : arêtes nettes ou bavures partout ?
+ en situation n | We're taking the formwork off the first step of the concrete stairs poured yesterday: clean edges or lumps everywhere?
fr situation n | Le verrier sort la pièce du four de recuisson après deux jours : fissurée ou intacte ? Personne ne parle dans l'atelier.
+ en situation n | The glassmaker is taking the piece out of the annealing kiln after two days: cracked or intact? Nobody in the workshop says a word.
fr situation n | Soudeur, je passe ma soudure d'examen aux rayons X, et le contrôleur examine le cliché sans rien dire.
+ en situation n | I'm a welder and my test weld is being X-rayed, and the inspector is studying the image without saying anything.
fr situation n | J'ai refait tout le circuit de chauffage, et j'ouvre la vanne : si aucun raccord ne goutte dans les dix minutes, le chantier est fini.
+ en situation n | I've redone the whole heating circuit and I'm opening the valve: if no joint drips in the next ten minutes, the job's done.
fr situation n | Mon premier meuble d'ébéniste : je desserre les serre-joints de la table collée, le plateau sera-t-il bien plan ?
+ en situation n | My first cabinetmaking piece: I'm loosening the clamps on the glued table, will the top come out flat?

# situations: healthcare and the body
fr situation n | L'orthodontiste a retiré mes bagues après deux ans, elle me tend le miroir, et je n'ai pas encore osé regarder.
+ en situation n | The orthodontist has taken my braces off after two years, she's handing me the mirror, and I haven't dared look yet.
fr situation n | L'audioprothésiste allume les appareils de ma grand-mère pour la première fois, et je m'apprête à lui dire bonjour. Va-t-elle m'entendre ?
+ en situation n | The audiologist is switching on my gran's hearing aids for the first time, and I'm about to say hello. Will she hear me?
fr situation n | Le plâtre vient de tomber après six semaines, et la médecin me demande de poser le pied par terre, doucement.
+ en situation n | The cast has just come off after six weeks, and the doctor's asking me to put my foot down on the floor, gently.
fr situation n | Après l'opération de la cataracte, l'infirmière décolle le pansement de mon père, et il va enfin dire s'il voit les couleurs comme avant.
+ en situation n | After the cataract operation the nurse is peeling off my dad's dressing, and he's about to tell us if he sees colours like he used to.
fr situation n | Test d'effort au club : je pédale, la résistance monte, et je veux tenir jusqu'au palier dix pour battre le score de mon frère.
+ en situation n | Fitness test at the club: I'm pedalling, the resistance is climbing, and I want to last until level ten to beat my brother's score.

# situations: sport, playing and watching
fr situation n | Course de caisses à savon : mon fils prend le dernier virage en tête, et l'autre équipage est collé à ses roues.
+ en situation n | Soapbox race: my son takes the last bend in the lead, and the other cart is right on his wheels.
fr situation n | Tir à l'arc au club : il me faut un dix avec la dernière flèche, la corde est tendue, je retiens ma respiration. Mets quelque chose de tendu.
+ en situation n | Archery at the club: I need a ten with my last arrow, the string is drawn, I'm holding my breath. Put on something tense.
fr situation n | Semi-marathon, dernier kilomètre : ma montre dit que je passe sous les deux heures si je ne lâche rien. Ça va se jouer à quelques secondes.
+ en situation n | Half marathon, last kilometre: my watch says I'll get under two hours if I don't ease off. It's going to come down to seconds.
fr situation n | Saut à la perche chez les minimes : ma fille tente trois mètres, troisième et dernier essai, elle prend son élan.
+ en situation n | Under-15s pole vault: my daughter's going for three metres, third and final attempt, and she's starting her run-up.
fr situation h | Finale du Top 14 : transformation en coin à la dernière seconde, si elle passe on gagne d'un point. Tout le salon est debout.
+ en situation h | Rugby final: conversion from out wide with the clock dead, if it goes over we win by a point. The whole living room is on its feet.
fr situation n | Dernier jour du mercato, le club a promis une arrivée surprise avant minuit, et tout le monde rafraîchit le compte officiel.
+ en situation n | Last day of the transfer window, the club has promised a surprise signing before midnight, and everyone's refreshing the official account.
fr situation h | Judo aux Jeux, golden score depuis trois minutes : le premier qui marque prend l'or. Lumière qui colle, vite.
+ en situation h | Olympic judo, golden score for three minutes now: whoever scores first takes gold. Matching lights, quick.
fr situation n | Saut à ski : le dernier sauteur s'élance, et il lui faut dépasser 132 mètres pour passer devant le Norvégien. Baisse un peu, on retient notre souffle.
+ en situation n | Ski jumping: the last jumper is pushing off, and he needs to go past 132 metres to beat the Norwegian. Dim it a bit, we're holding our breath.

# situations: games and video games
fr situation n | Jenga avec les cousins : la tour penche dangereusement, et c'est à mon oncle de retirer un bloc du bas.
+ en situation n | Jenga with the cousins: the tower is leaning badly, and it's my uncle's turn to pull a block from the bottom.
fr situation n | Après dix heures de quête, j'ouvre enfin le coffre légendaire, et l'animation d'ouverture dure une éternité.
+ en situation n | After ten hours of questing I'm finally opening the legendary chest, and the opening animation takes forever.
fr situation n | La dernière énigme du jeu de piste en ligne se débloque à minuit pile, et tout le forum attend devant la page.
+ en situation n | The last puzzle in the online treasure hunt unlocks at midnight on the dot, and the whole forum is waiting on the page.
fr situation l | Au mini-golf, ma balle roule vers le moulin, les pales tournent : passera, passera pas ?
+ en situation l | Mini golf: my ball is rolling towards the windmill, the sails are turning: will it get through or not?
fr situation n | Dernier round du tournoi de jeu de combat en ligne, une barre de vie chacun, et le stream a deux mille spectateurs. Baisse tout sauf l'écran.
+ en situation n | Final round of the online fighting-game tournament, one life bar each, and the stream has two thousand viewers. Dim everything except the screen.

# situations: music and concerts
fr situation n | Le groupe a annoncé un invité surprise pour le dernier morceau, et une silhouette monte sur scène dans le noir.
+ en situation n | The band announced a surprise guest for the last song, and a figure is walking on stage in the dark.
fr situation n | Audition pour la chorale : la cheffe scotche la liste des retenus sur la porte, et on se bouscule tous devant.
+ en situation n | Choir auditions: the conductor is taping the list of who got in to the door, and we're all jostling in front of it.
fr situation n | Le DJ fait durer le break depuis trente secondes, et toute la salle attend, bras levés, que le son retombe.
+ en situation n | The DJ has been dragging out the build for thirty seconds, and the whole room is waiting, arms up, for the drop.
fr situation l | Le pianiste tient le dernier accord si longtemps que personne n'ose applaudir avant qu'il lève les mains.
+ en situation l | The pianist holds the last chord so long that nobody dares clap until he lifts his hands.
fr situation n | La radio égrène le classement des auditeurs de l'année, elle en est au numéro deux, et ma chanson n'est pas encore sortie.
+ en situation n | The radio is counting down the listeners' chart of the year, it's at number two, and my song hasn't come up yet.

# situations: films, series and books
fr situation n | Le dernier chapitre s'intitule Ce que savait Hélène, et le dîner attendra. Éteins tout sauf la liseuse.
+ en situation n | The last chapter is called What Hélène Knew, and dinner can wait. Turn everything off except the e-reader.
fr situation n | L'héroïne déchire l'enveloppe de son père, l'écran devient noir, et l'épisode suivant ne sort que mardi.
+ en situation n | The heroine tears open her father's envelope, the screen cuts to black, and the next episode isn't out until Tuesday.
fr situation n | Ma femme a fini le tome avant moi et refuse de me dire qui survit, alors je tourne les pages de plus en plus vite.
+ en situation n | My wife finished the book before me and won't tell me who survives, so I'm turning the pages faster and faster.
fr situation n | Au spectacle, le magicien a enfermé son assistante dans la malle, et le rideau reste fermé depuis une longue minute.
+ en situation n | At the show the magician has locked his assistant in the trunk, and the curtain has stayed shut for one long minute.
fr situation n | Documentaire sur le sauvetage des mineurs chiliens : je ne connais pas la fin, et la capsule remonte pour la première fois. Ambiance de veille, s'il te plaît.
+ en situation n | Documentary on the Chilean miners' rescue: I don't know how it ends, and the capsule is coming up for the first time. Vigil lighting, please.

# situations: travel and transport
fr situation n | On est sur liste d'attente pour le dernier vol vers Nice, et l'hôtesse commence à appeler les noms au micro.
+ en situation n | We're on the standby list for the last flight to Nice, and the agent is starting to call names over the speaker.
fr situation n | Ma correspondance part à 18 h 42, le TGV entre en gare à 18 h 40, et je suis devant la porte, sac au dos, prêt à sprinter.
+ en situation n | My connection leaves at 18:42, the train pulls in at 18:40, and I'm at the door with my bag on, ready to sprint.
fr situation n | Il reste une couchette dans le train de nuit pour Vienne, le guichetier vérifie, et la dame derrière moi demande la même.
+ en situation n | One berth left on the night train to Vienna, the ticket clerk is checking, and the woman behind me wants the same one.
fr situation n | Concours de précision en montgolfière : le pilote cherche le bon courant pour lâcher son sac pile sur la croix au sol.
+ en situation n | Hot-air balloon accuracy contest: the pilot is hunting for the right air current to drop his marker right on the cross below.
fr situation l | Le bateau-taxi pour l'île attend la marée, le capitaine fixe la bouée : on part maintenant ou dans six heures ?
+ en situation l | The water taxi to the island is waiting on the tide, the skipper is staring at the buoy: do we leave now or in six hours?

# situations: cars and driving
fr situation n | Je tente le créneau entre deux voitures neuves devant toute la terrasse du café, et il me reste dix centimètres.
+ en situation n | I'm attempting to parallel park between two new cars in front of the whole café terrace, with ten centimetres to spare.
fr situation n | Mon père tourne la clé de la 2CV qu'il restaure depuis dix ans, le moteur tousse, tousse encore...
+ en situation n | My dad turns the key in the 2CV he's been restoring for ten years, the engine coughs, coughs again...
fr situation n | Course de côte régionale : le dernier pilote s'élance, et mon frère tient le meilleur temps depuis ce matin. Mets une ambiance de paddock.
+ en situation n | Regional hill climb: the last driver is setting off, and my brother has held the fastest time since this morning. Give me a paddock vibe.

# situations: weather and nature
fr situation n | La totalité de l'éclipse commence dans une minute, la lumière baisse, et tout le champ se tait. Baisse les lampes avec elle.
+ en situation n | Totality starts in one minute, the light is fading, and the whole field has gone quiet. Bring the lamps down with it.
fr situation n | Le geyser n'a pas jailli depuis un quart d'heure, l'eau bouillonne de plus en plus fort, et tous les téléphones sont levés.
+ en situation n | The geyser hasn't gone off for a quarter of an hour, the water is bubbling harder and harder, and every phone is raised.
fr situation n | Le guide dit que les tortues peuvent éclore cette nuit, et on est allongés dans le sable à fixer le nid, le sable bouge.
+ en situation n | The guide says the turtles might hatch tonight, and we're lying in the sand staring at the nest, and the sand is moving.
fr situation l | Le soleil touche l'horizon, on guette le rayon vert, et personne ne cligne des yeux.
+ en situation l | The sun is touching the horizon, we're watching for the green flash, and nobody dares blink.

# situations: gardening
fr situation n | J'ai greffé mon pommier au printemps, et ce matin je gratte l'écorce du bout de l'ongle pour voir si la greffe a pris.
+ en situation n | I grafted my apple tree in spring, and this morning I'm scratching the bark with a fingernail to see if the graft has taken.
fr situation l | L'amaryllis commence à s'ouvrir ce soir, et l'étiquette était effacée : rouge ou blanche ?
+ en situation l | The amaryllis is starting to open this evening, and the label had worn off: red or white?
fr situation n | Je soulève le premier pied de pommes de terre plantées par les enfants, toute la famille autour : combien il y en a dessous ?
+ en situation n | I'm lifting the first potato plant the kids put in, with the whole family gathered round: how many are under there?

# situations: money and administration
fr situation n | Le commissaire-priseur ouvre les enchères sur le vieux vase de grand-mère, estimé entre deux cents et vingt mille euros selon l'expert.
+ en situation n | The auctioneer is opening the bidding on Gran's old vase, which the expert valued at anywhere between two hundred and twenty thousand euros.
fr situation l | Au vide-grenier, j'ai fait mon offre pour le vélo vintage, et le vendeur réfléchit en se grattant la barbe.
+ en situation l | At the car boot sale I've made my offer on the vintage bike, and the seller is thinking it over, scratching his beard.
fr situation n | La banque rend sa réponse aujourd'hui pour le prêt de la maison qui nous a fait craquer, et chaque vibration du téléphone nous fait sursauter.
+ en situation n | The bank gives its answer today on the loan for the house we fell in love with, and every buzz of the phone makes us jump.
fr situation n | Le tirage au sort des logements étudiants passe en direct sur le site de la ville, et mon numéro de dossier est le 4417.
+ en situation n | The student housing lottery is being drawn live on the city website, and my application number is 4417.
fr situation n | À la préfecture, l'agent feuillette mon dossier page par page : s'il ne manque rien, je repars avec mon titre aujourd'hui.
+ en situation n | At the prefecture the clerk is leafing through my file page by page: if nothing's missing, I walk out with my permit today.

# situations: technology, phones and internet
fr situation l | La mise à jour du téléphone est bloquée sur 99 % depuis cinq minutes. Ça redémarre ou pas ?
+ en situation l | The phone update has been stuck on 99% for five minutes. Is it going to restart or not?
fr situation n | Trois jours de refonte du code, je lance la compilation, la barre avance, et je n'ose pas regarder la console.
+ en situation n | Three days of refactoring, I hit build, the progress bar is creeping along, and I can't bring myself to look at the console.
fr situation n | D'après l'appli, le livreur de mon téléphone précommandé est à un arrêt de chez moi, et je suis posté derrière la fenêtre.
+ en situation n | According to the app, the courier with my preordered phone is one stop away, and I'm stationed at the window.
fr situation l | Première règle de domotique que j'ai écrite moi-même : je dis bonsoir au salon, et j'attends de voir si les lampes répondent.
+ en situation l | First home-automation rule I've written myself: I say good evening to the living room and wait to see if the lamps respond.
fr situation n | Le youtubeur a promis de montrer enfin son visage dans la vidéo de ce soir, et la première démarre dans trente secondes.
+ en situation n | The YouTuber has promised to finally show his face in tonight's video, and the premiere starts in thirty seconds.
fr situation l | Ma photo du chat est à 9 990 j'aime, et je regarde le compteur sans lâcher l'écran.
+ en situation l | My cat photo is on 9,990 likes, and I'm watching the counter without taking my eyes off the screen.
fr situation n | Concours en live de mon influenceuse préférée : elle fait tourner la roue avec tous les pseudos, et le mien est dessus. Mets une lumière qui va avec.
+ en situation n | My favourite influencer's live giveaway: she's spinning the wheel with everyone's usernames, and mine is on it. Lights to match, please.

# situations: shopping
fr situation n | Les soldes ouvrent à 8 heures, il reste une seule paire de baskets en 42 en vitrine, et on est trente devant le rideau. Mets-moi une ambiance qui fait monter la pression.
+ en situation n | The sale opens at eight, there's one pair of trainers left in size 9 in the window, and there are thirty of us outside the shutter. Give me something that builds the pressure.
fr situation n | Le meuble commandé il y a trois mois vient d'arriver, et on ouvre le carton sans savoir si la couleur ressemble à la photo.
+ en situation n | The cabinet we ordered three months ago has just arrived, and we're opening the box not knowing if the colour matches the photo.
fr situation l | Au rayon frais, la vendeuse colle les étiquettes à moitié prix, et trois clients tournent autour du dernier homard.
+ en situation l | At the fish counter the assistant is sticking on half-price labels, and three shoppers are circling the last lobster.

# situations: moving house
fr situation n | On a fait notre offre pour l'appartement, et l'agent doit rappeler avant 18 heures pour dire si les vendeurs acceptent. Il est 17 h 40.
+ en situation n | We've put in our offer on the flat, and the agent is calling back before six to say if the sellers accept. It's twenty to.
fr situation n | Le monte-meubles hisse le piano jusqu'au quatrième par la fenêtre, et toute la rue suit la montée, le nez en l'air. Mets une musique de film à suspense.
+ en situation n | The furniture lift is hauling the piano up to the fourth floor through the window, and the whole street is watching it rise, heads tilted back. Play some thriller film music.
fr situation l | Premier soir dans la maison : on branche la box et on attend que le voyant passe au vert avant de commander les pizzas.
+ en situation l | First night in the house: we plug in the router and wait for the light to go green before ordering pizza.

# situations: holidays and celebrations
fr situation n | Réveillon : 23 h 59 et cinquante secondes, tout le monde a le verre levé et les yeux rivés sur l'horloge du salon.
+ en situation n | New Year's Eve: 11:59 and fifty seconds, everyone has their glass raised and their eyes glued to the living-room clock.
fr situation n | Ma fille ouvre le dernier paquet sous le sapin, celui qu'elle réclame depuis un an, et le scotch résiste.
+ en situation n | My daughter is opening the last parcel under the tree, the one she's been asking for all year, and the tape won't give.
fr situation n | Le bouquet final du 14 Juillet se fait attendre, la foule hésite : ça va partir ou c'est déjà fini ?
+ en situation n | The Bastille Day finale is taking its time, the crowd is hesitating: is it about to go off or is it already over?
fr situation n | Au mariage, le DJ annonce qu'un invité a préparé une surprise pour les mariés, et toute la salle plonge dans le noir. Éteins comme eux.
+ en situation n | At the wedding the DJ announces that a guest has prepared a surprise for the couple, and the whole hall goes dark. Kill the lights like they did.
fr situation n | Anniversaire surprise : on entend sa clé dans la serrure, et vingt personnes sont accroupies dans le noir derrière le canapé.
+ en situation n | Surprise party: we can hear his key in the lock, and twenty people are crouched in the dark behind the sofa.

# situations: religion and rituals
fr situation n | Place Saint-Pierre, la cheminée commence à fumer, et on ne distingue pas encore si la fumée est noire ou blanche. Tamise la lumière, s'il te plaît.
+ en situation n | In St Peter's Square the chimney has started smoking, and we can't make out yet whether the smoke is black or white. Lower the lights, please.
fr situation n | Au pardon du village, le recteur tire au sort les familles qui porteront la bannière, et mon père a glissé notre nom.
+ en situation n | At the village pardon the priest is drawing lots for the families who'll carry the banner, and my dad put our name in.
fr situation n | Toute la famille attend l'annonce de la mosquée pour savoir si l'Aïd tombe demain ou après-demain, les gâteaux sont déjà prêts.
+ en situation n | The whole family is waiting for the mosque's announcement to know whether Eid is tomorrow or the day after, and the pastries are already made.

# situations: old age and grandparents
fr situation n | Papi, quatre-vingt-sept ans, a sauté en tandem, et on suit la petite voile qui descend vers la cible depuis le sol.
+ en situation n | Grandad, eighty-seven, has done a tandem jump, and we're watching the little canopy drift down towards the target from the ground.
fr situation n | Mamie a parié avec son médecin qu'elle irait jusqu'au portail sans canne à Noël, et c'est aujourd'hui qu'elle essaie devant nous.
+ en situation n | Gran bet her doctor she'd walk to the gate without her stick by Christmas, and today she's trying it in front of us.
fr situation l | Concours de mots croisés à la maison de retraite : mamie et sa rivale n'ont plus qu'une case vide chacune.
+ en situation l | Crossword contest at the care home: Gran and her rival each have just one empty square left.

# situations: death, inheritance, birth
fr situation n | Chez le notaire, il ne reste qu'à savoir qui reprend la maison de vacances, et il tourne la page très lentement.
+ en situation n | At the solicitor's, all that's left is who gets the holiday house, and he's turning the page very slowly.
fr situation n | Terme dépassé de quatre jours, toute la famille a parié sur le jour de la naissance, et il ne reste en lice que mon pari et celui de ma sœur.
+ en situation n | Four days overdue, the whole family has bet on the birth date, and only my guess and my sister's are still in the running.
fr situation n | On essaie d'avoir un bébé depuis un an, le test est posé à l'envers sur le lavabo, et il reste une minute à attendre, main dans la main.
+ en situation n | We've been trying for a baby for a year, the test is lying face down on the sink, and there's one minute left to wait, hand in hand.
fr situation n | Ma sœur accouche cette nuit, et toute la famille fixe la conversation de groupe en attendant la première photo. Mets une ambiance d'attente.
+ en situation n | My sister is giving birth tonight, and the whole family is staring at the group chat waiting for the first photo. Give me a waiting mood.

# situations: DIY and repairs
fr situation n | J'ai remonté la machine à laver pièce par pièce, il me reste une vis dans la main, et j'appuie sur marche.
+ en situation n | I've put the washing machine back together piece by piece, there's one screw left in my hand, and I'm pressing start.
fr situation n | Le chauffe-eau que j'ai installé seul chauffe depuis deux heures, et j'ouvre le robinet de la douche : chaude ou pas ?
+ en situation n | The water heater I fitted myself has been heating for two hours, and I'm turning on the shower: hot or not?
fr situation n | Trois semaines de chantier sur le four à pain, et j'allume le feu d'essai : est-ce que la voûte va tenir à la chaleur ?
+ en situation n | Three weeks building the bread oven, and I'm lighting the test fire: will the dome hold up to the heat?

# situations: night and sleep
fr situation n | Le bébé s'est enfin endormi dans mes bras, et je le dépose dans son lit millimètre par millimètre. Va-t-il se réveiller ?
+ en situation n | The baby has finally dropped off in my arms, and I'm lowering him into the cot millimetre by millimetre. Will he wake up?
fr situation n | Nuit blanche devant l'élection américaine, il reste trois États à déclarer, et l'écart tient en quelques milliers de voix. Garde juste une lueur.
+ en situation n | All-nighter watching the US election, three states still to call, and the gap is just a few thousand votes. Keep just a glow on.
fr situation n | Trois heures du matin, fin de la campagne de jeu de rôle en ligne : le meneur va révéler lequel de nous est le traître.
+ en situation n | Three in the morning, end of the online role-playing campaign: the game master is about to reveal which of us is the traitor.

# situations: city life
fr situation n | Sur la place, l'artiste s'apprête à retirer la bâche de sa fresque géante, et tout le quartier est rassemblé au pied du mur.
+ en situation n | On the square the artist is about to pull the sheet off his giant mural, and the whole neighbourhood is gathered at the foot of the wall.
fr situation n | Inauguration du tram : le maire coupe le ruban, et la rame doit démarrer toute seule pour la toute première fois.
+ en situation n | Tram launch day: the mayor is cutting the ribbon, and the tram is supposed to pull away on its own for the very first time.

# situations: countryside and farming
fr situation n | La jument a commencé à pouliner dans la nuit, la frontale est allumée, et on attend de voir apparaître les deux petits sabots. Juste une lumière douce et une musique qui retient son souffle.
+ en situation n | The mare started foaling in the night, the head torch is on, and we're waiting for the two little hooves to appear. Just soft light and music that holds its breath.
fr situation n | On vendange demain si le taux de sucre est bon, et le vigneron lit le réfractomètre devant toute l'équipe.
+ en situation n | We pick tomorrow if the sugar level is right, and the winemaker is reading the refractometer in front of the whole crew.
fr situation n | Le chien truffier gratte au pied du chêne, et le trufficulteur s'agenouille pour dégager la terre : grosse ou pas ?
+ en situation n | The truffle dog is scratching at the foot of the oak, and the grower kneels to clear the soil: a big one or not?

# situations: sea and mountains
fr situation n | La baleine a plongé il y a huit minutes, et tout le bateau scrute la mer pour deviner où elle va ressortir.
+ en situation n | The whale went down eight minutes ago, and the whole boat is scanning the sea to guess where she'll come up.
fr situation n | Ma fille descend sa première piste noire, et on la suit des yeux depuis le télésiège sans plus respirer.
+ en situation n | My daughter is coming down her first black run, and we're following her from the chairlift, barely breathing.
fr situation n | Au refuge, toute la cordée attend que le guide annonce si la météo permet de tenter le sommet à l'aube.
+ en situation n | At the hut the whole rope team is waiting for the guide to announce whether the weather allows a summit attempt at dawn.

# situations: hobbies and crafts
fr situation n | J'ouvre le four à céramique après vingt heures de cuisson : les émaux ont-ils coulé ou gardé leur bleu ?
+ en situation n | I'm opening the kiln after twenty hours of firing: have the glazes run or kept their blue?
fr situation n | Ma première pellicule développée dans la salle de bain, je sors le négatif de la cuve : y aura-t-il des images dessus ?
+ en situation n | My first film developed in the bathroom, I'm pulling the negative out of the tank: will there be any pictures on it?
fr situation l | Le puzzle de cinq mille pièces est presque fini, il reste un trou, et une seule pièce au fond de la boîte.
+ en situation l | The five-thousand-piece puzzle is nearly done, there's one gap left, and a single piece at the bottom of the box.

# situations: volunteering
fr situation n | Soirée caritative : le compteur des dons affiche 49 850 euros, l'objectif est de 50 000 avant minuit, et il est 23 h 57.
+ en situation n | Charity night: the donations counter reads 49,850 euros, the target is 50,000 before midnight, and it's 11:57.
fr situation n | Au refuge, la famille qui a rencontré Caramel doit dire ce soir si elle l'adopte, et toute l'équipe guette le téléphone. Ambiance qui colle, s'il te plaît.
+ en situation n | At the shelter, the family who met Caramel are saying tonight whether they'll adopt him, and the whole team is watching the phone. A mood to fit, please.

# situations: politics, news and science
fr situation n | Référendum local sur le nouveau parc : le maire monte sur l'estrade et déplie la feuille des résultats.
+ en situation n | Local referendum on the new park: the mayor steps onto the stage and unfolds the results sheet.
fr situation n | Vote de la loi en direct à l'Assemblée, le président de séance s'apprête à lire le décompte, et l'issue est incertaine à dix voix près.
+ en situation n | The bill is being voted live in parliament, the speaker is about to read the count, and it's within ten votes either way.
fr situation n | Au labo, la culture a poussé tout le week-end, et j'ouvre l'incubateur : est-ce que la manip a enfin marché ?
+ en situation n | In the lab the culture has been growing all weekend, and I'm opening the incubator: has the experiment finally worked?
fr situation h | Décompte final du lancement de la fusée : dix, neuf, huit, et toute la plage de Kourou se tait. Mets la lumière au diapason.
+ en situation h | Final countdown for the rocket launch: ten, nine, eight, and the whole beach at Kourou goes silent. Tune the lights to it.

# long: several sentences, the mood only clear from the whole
fr long n | Mon père répare l'horloge du clocher depuis un an. Tout le village s'est réuni sur la place. Il est midi moins une. Est-ce qu'elle va sonner ?
+ en long n | My dad has spent a year repairing the church-tower clock. The whole village has gathered in the square. It's one minute to noon. Will it strike?
fr long n | Ma femme est partie chercher le chiot chez l'éleveur. Elle n'a pas voulu me dire lequel de la portée elle a choisi. La voiture se gare. La portière arrière s'ouvre.
+ en long n | My wife went to collect the puppy from the breeder. She wouldn't tell me which one from the litter she'd picked. The car pulls up. The back door opens.
fr long n | Mes parents ont rénové le mas en secret pendant un an. Ils nous ont bandé les yeux à l'entrée du chemin. On avance à tâtons dans le gravier. Mon père dit : trois, deux...
+ en long n | My parents secretly renovated the farmhouse for a year. They blindfolded us at the top of the lane. We're shuffling forward over the gravel. Dad says: three, two...
fr long n | J'ai postulé pour être figurant dans le film tourné dans ma ville. Ils en prennent cent sur deux mille. La liste est affichée à la mairie depuis dix minutes. Je traverse la place en courant.
+ en long n | I applied to be an extra in the film being shot in my town. They're taking a hundred out of two thousand. The list went up at the town hall ten minutes ago. I'm running across the square.
fr long n | Mamie a gardé la recette de son pain d'épices secrète toute sa vie. Elle a promis de me la dicter pour ses quatre-vingt-dix ans. C'est aujourd'hui. Elle chausse ses lunettes et ouvre son vieux carnet.
+ en long n | Gran kept her gingerbread recipe secret her whole life. She promised to dictate it to me on her ninetieth birthday. That's today. She puts on her glasses and opens her old notebook.
fr long h | Mon club de foot amateur joue sa montée. Il pleut à verse. On mène d'un but. Le gardien adverse monte sur le dernier corner.
+ en long h | My amateur football club is playing for promotion. It's pouring down. We're a goal up. Their keeper is coming forward for the last corner.
fr long n | La réserve a posé une caméra dans le nid de cigognes. Quatre œufs couvés depuis trente jours. Ce matin, l'un d'eux a bougé. Je n'arrive plus à quitter l'écran.
+ en long n | The nature reserve put a camera in the stork's nest. Four eggs, thirty days of sitting. This morning one of them moved. I can't tear myself away from the screen.
fr long n | Cette année, c'est mon père qui tire le feu d'artifice de la fête communale. Il a tout câblé seul. La foule attend dans le noir. Il appuie sur le boîtier.
+ en long n | This year my dad is setting off the village fireworks. He wired it all up himself. The crowd is waiting in the dark. He presses the button.
fr long n | On a jeté une bouteille à la mer il y a deux ans, avec notre adresse dedans. Ce matin, une lettre du Portugal. L'écriture est inconnue. Mon fils déchire l'enveloppe.
+ en long n | Two years ago we threw a message in a bottle into the sea, with our address inside. This morning, a letter from Portugal. The handwriting is unfamiliar. My son is tearing the envelope open.
fr long n | La vente en ligne se termine à 20 heures. C'est la montre de mon grand-père, vendue il y a des années. Je suis le plus offrant depuis une heure. Il reste quinze secondes.
+ en long n | The online auction closes at eight. It's my grandfather's watch, sold years ago. I've been the highest bidder for an hour. Fifteen seconds to go.
fr long n | Mon fils a lancé un ballon-sonde pour la fête de la science. Il est monté à trente kilomètres. Le GPS dit qu'il est retombé dans un champ. On roule vers le point : la caméra a-t-elle filmé la courbure de la Terre ?
+ en long n | My son launched a weather balloon for the science fair. It went up thirty kilometres. The GPS says it's come down in a field. We're driving to the spot: did the camera catch the curve of the Earth?
fr long n | Ma fille passe le test des vingt-cinq mètres à la piscine. Elle a échoué deux fois. Troisième essai. Elle a passé la moitié du bassin et ralentit.
+ en long n | My daughter is doing her twenty-five-metre swimming test. She's failed twice. Third attempt. She's past halfway and slowing down.
fr long l | Ma coloc a caché un truc dans le congélateur avec un post-it : pas avant vendredi. On est vendredi. Il est 18 heures. Elle rentre à 18 h 05.
+ en long l | My flatmate hid something in the freezer with a sticky note: not before Friday. It's Friday. It's six o'clock. She gets home at five past.
fr long n | Ma mère a perdu l'odorat il y a un an. Elle s'entraîne chaque jour avec des flacons. Ce matin, je lui en tends un sans dire ce que c'est. Elle le porte à son nez.
+ en long n | My mum lost her sense of smell a year ago. She trains every day with little bottles. This morning I hand her one without saying what it is. She lifts it to her nose.
fr long n | Le prof de sport a promis un salto à la kermesse si on vendait pour cinq cents euros de gâteaux. On compte la caisse. Quatre cent quatre-vingt-dix. Il reste une boîte à ouvrir.
+ en long n | The PE teacher promised a backflip at the school fair if we sold five hundred euros' worth of cakes. We're counting the till. Four hundred and ninety. One tin left to open.
fr long n | Les enfants ont écrit au Père Noël à l'adresse de la poste, qui répond toujours, paraît-il. Chaque matin, ils guettent la boîte aux lettres. Aujourd'hui, le facteur a une enveloppe rouge à la main.
+ en long n | The kids wrote to Father Christmas at the post office address, which apparently always replies. Every morning they watch the letterbox. Today the postman has a red envelope in his hand.

# negation: the mood is what remains
fr negation n | Je ne suis pas inquiète pour ma fille, elle va très bien ; c'est juste qu'elle ouvre en ce moment la réponse de la fac dont elle rêve.
+ en negation n | I'm not worried about my daughter, she's absolutely fine; it's just that she's opening the reply from her dream university right now.
fr negation n | Je ne m'énerve pas, je trépigne : la boulangère tire au sort la galette offerte et elle fait durer le plaisir.
+ en negation n | I'm not annoyed, I'm on tenterhooks: the baker is drawing the free cake and she's milking it.
fr negation n | Pas triste du tout que la série se termine, juste suspendu au dernier plan avant le générique.
+ en negation n | Not sad at all that the series is ending, just hanging on the last shot before the credits.
fr negation n | Je ne rêvasse pas, je fixe les nuages pour voir si la fusée va enfin en sortir.
+ en negation n | I'm not daydreaming, I'm staring at the clouds to see if the rocket will finally break through.
fr negation n | Ce n'est pas de la panique, juste l'attente : la photo-finish de la course hippique s'affiche dans une seconde.
+ en negation n | It's not panic, just the wait: the photo finish of the horse race comes up in a second.
fr negation n | Je suis loin d'être détendu sur ce transat : le dernier set se joue sur le téléphone du voisin, et il me tourne l'écran à chaque point.
+ en negation n | I'm far from relaxed on this sun lounger: the final set is playing on my neighbour's phone, and he turns the screen to me every point.
fr negation n | Je ne saute pas encore de joie, le vendeur n'a pas signé, son stylo est toujours au-dessus de la feuille.
+ en negation n | I'm not jumping for joy yet, the seller hasn't signed, his pen is still hovering over the page.
fr negation n | Je ne suis pas inquiet pour le poulain, il va très bien ; c'est sa première course et les stalles s'ouvrent dans dix secondes.
+ en negation n | I'm not worried about the colt, he's in great shape; it's his first race and the starting gates open in ten seconds.
fr negation l | Non, je ne dors pas, impossible : le dernier épisode du podcast sort à minuit et il est 23 h 58.
+ en negation l | No, I'm not asleep, no chance: the last episode of the podcast drops at midnight and it's 11:58.
fr negation n | Pas d'angoisse, juste ce frisson quand le guide éteint sa lampe dans la grotte et promet que les vers luisants vont apparaître.
+ en negation n | No dread, just that thrill when the guide turns off his lamp in the cave and promises the glow-worms are about to appear.
fr negation n | Ce n'est pas de la peur, c'est l'attente : le funambule est au milieu du câble entre les deux tours et il s'est arrêté.
+ en negation n | It's not fear, it's the waiting: the tightrope walker is halfway along the wire between the two towers and he's stopped.

# mixed: two feelings, the target one dominant
fr mixed n | Un peu de chagrin, mais surtout le cœur suspendu : grand-père avait laissé une enveloppe à n'ouvrir qu'un an après, et c'est ce soir.
+ en mixed n | A little grief, but mostly my heart in my mouth: Grandad left an envelope to be opened only a year later, and that's tonight.
fr mixed n | Fatigué par la route, mais scotché à la radio : l'étape se joue dans les trois derniers kilomètres de la montée.
+ en mixed n | Tired from the drive, but glued to the radio: the stage is going to be decided in the last three kilometres of the climb.
fr mixed l | J'ai un peu faim, mais impossible de quitter le canapé : le dernier candidat tente le grand prix du jeu.
+ en mixed l | I'm a bit peckish, but there's no leaving the sofa: the last contestant is going for the game's top prize.
fr mixed n | Un peu frustré par la pluie, mais surtout en haleine : le match a repris, balle de set, et le ciel menace encore.
+ en mixed n | A bit frustrated by the rain, but mostly on the edge of my seat: play has resumed, set point, and the sky still looks threatening.
fr mixed n | Un peu nostalgique devant l'album de famille, mais surtout impatiente : mon frère va nous montrer la photo qui prouverait que maman sortait avec le prof de sport.
+ en mixed n | A bit nostalgic over the family album, but mostly impatient: my brother is about to show us the photo that supposedly proves Mum dated the PE teacher.
fr mixed n | Crevée après le boulot, mais je reste debout : le groupe annonce les dates de sa tournée à 22 heures, et il est 21 h 59.
+ en mixed n | Shattered after work, but I'm staying up: the band announces its tour dates at ten, and it's 9:59.
fr mixed n | Légèrement agacé par les pubs, mais je reste planté devant : la révélation de la maison rénovée arrive juste après.
+ en mixed n | Slightly annoyed by the adverts, but I'm staying put: the big reveal of the renovated house comes right after.
fr mixed n | Un brin de trac pour ma fille, mais surtout cette attente folle : le rideau s'ouvre et elle est la première en scène.
+ en mixed n | A touch of nerves for my daughter, but mostly this crazy anticipation: the curtain is opening and she's first on stage.
fr mixed n | Un peu fâché d'avoir raté le début, mais là je suis cloué devant la finale de saut d'obstacles : dernier cavalier, sans faute pour l'instant.
+ en mixed n | A bit annoyed I missed the start, but now I'm nailed to the screen for the showjumping final: last rider, clear round so far.
fr mixed n | Amusée par le costume du marié, mais surtout suspendue à sa réponse : le maire vient de poser la question et il fait durer.
+ en mixed n | Amused by the groom's outfit, but mostly hanging on his answer: the mayor has just asked the question and he's dragging it out.

# slang_emoji
fr slang_emoji n | colis « en cours de livraison » depuis 8h 📦⏳ jsuis collé à la fenêtre
+ en slang_emoji n | parcel "out for delivery" since 8am 📦⏳ I'm glued to the window
fr slang_emoji h | le méchant enlève sa capuche... ET ÇA COUPE 😱📺 fin de saison
+ en slang_emoji h | the villain pulls his hood down... AND IT CUTS 😱📺 season finale
fr slang_emoji n | mon pote tente le créneau devant toute la terrasse, on filme 🎥😬
+ en slang_emoji n | my mate is trying to parallel park in front of the whole terrace, we're filming 🎥😬
fr slang_emoji n | annonce des groupes pour le voyage à Rome dans 5 min, toute la classe en PLS 😅🇮🇹
+ en slang_emoji n | Rome trip groups announced in 5 min, whole class is dying 😅🇮🇹
fr slang_emoji l | attends attends la balle roule vers le trou 🏌️🤞
+ en slang_emoji l | wait wait the ball's rolling towards the hole 🏌️🤞
fr slang_emoji n | ptn la mise à jour du jeu sort à minuit pile, tout le serveur fait le compte à rebours ⏰🎮
+ en slang_emoji n | omg the game update drops at midnight sharp, the whole server is counting down ⏰🎮
fr slang_emoji n | ma sœur va dire le prénom du bébé, on est tous suspendus 👶🥁
+ en slang_emoji n | my sister's about to say the baby's name, we're all hanging 👶🥁
fr slang_emoji n | le chef soulève la cloche... 🍽️👀
+ en slang_emoji n | the chef is lifting the cloche... 🍽️👀
fr slang_emoji n | tirage des voyages du CE, 1 chance sur 40, allez allez 🤞✈️
+ en slang_emoji n | works council holiday draw, 1 in 40 chance, come on come on 🤞✈️

# typo
fr typo n | le jury annonce les resultats dans 2 min jsuis en apnée
+ en typo n | judges announce the results in 2 min im holding my breath
fr typo h | plus que 3 secondes ds le match de hand de mon fils, egalité, il a la balle
+ en typo h | 3 secs left in my sons handball match, its a tie, hes got the ball
fr typo l | la pate a pain a levé ou pas? jsoulève le torchon
+ en typo l | has the bread dough risen or not? liftin the tea towel
fr typo n | ma fille ouvre la lettre de sa corres anglaise, on sait pas si elle vient cet ete
+ en typo n | my daughter's opening the letter from her english penpal, we dont know if shes coming this sumer
fr typo n | le garagiste essaie de demarrer ma vieille moto apres 5 ans dans la grange, vas y vas y
+ en typo n | mechanic tryin to start my old motorbike after 5 years in the barn, come on come on
fr typo n | l'enchere du vinyle finit ds 30s, je surencheris ou pas
+ en typo n | vinyl auction ends in 30s, do i bid again or not
fr typo l | on attend le verdict du concours de bonhommes de neige, le notre a un chapeau
+ en typo l | waitin for the snowman contest verdict, ours has a hat
fr typo n | ma pote appelle ds 5 min pour dire fille ou garcon, jfixe le tel
+ en typo n | my friend's callin in 5 min to say girl or boy, starin at my phone
fr typo n | fin du film ds 3 min et jsais tjr pas si c'est lui le fantome
+ en typo n | film ends in 3 min and i stil dont know if hes the ghost

# wish: feeling plus a colour or brightness request
fr wish n c=purple;navy b=dim | Dernier épisode du thriller, on va savoir qui a menti : du violet et du bleu nuit, tamisés.
+ en wish n c=purple;navy b=dim | Last episode of the thriller, we're about to find out who lied: purple and midnight blue, dimmed.
fr wish h c=indigo b=dim | Tie-break au cinquième set en finale de volley, tout se joue maintenant : de l'indigo, et baisse tout le reste.
+ en wish h c=indigo b=dim | Fifth-set tie-break in the volleyball final, it all comes down to this: indigo, and bring everything else down.
fr wish n c=violet | Mon frère ouvre le courrier de l'école de pilotage, on retient tous notre souffle : un peu de violet, s'il te plaît.
+ en wish n c=violet | My brother is opening the letter from the flight school, we're all holding our breath: a bit of violet, please.
fr wish n b=dim | Le livre-jeu arrive à la dernière page et la solution de l'énigme est au verso : lumière tamisée, s'il te plaît.
+ en wish n b=dim | The gamebook is down to its last page and the answer to the riddle is on the back: dim the lights, please.
fr wish n c=navy;cyan | Compte à rebours du décollage sur l'écran, encore une minute : du bleu nuit avec une touche de cyan.
+ en wish n c=navy;cyan | Launch countdown on the screen, one minute to go: midnight blue with a touch of cyan.

# explicit: the feeling named
fr explicit n | Je suis suspendu à un fil, il faut que je connaisse la fin.
+ en explicit n | I'm hanging by a thread, I have to know how it ends.
fr explicit n | Ce suspense est délicieux et insupportable à la fois.
+ en explicit n | This suspense is delicious and unbearable at the same time.
fr explicit n | Je suis en haleine depuis une heure, qu'on me donne la réponse.
+ en explicit n | I've been on the edge of my seat for an hour, someone give me the answer.
fr explicit h | L'attente me coupe le souffle, tout peut basculer d'une seconde à l'autre.
+ en explicit h | The wait has me breathless, it could all tip one way or the other any second.
fr explicit n | Je suis pendue aux lèvres du présentateur.
+ en explicit n | I'm hanging on the presenter's every word.

# situations: more food, heritage, neighbours
fr situation n | Le cochon de lait tourne à la broche depuis six heures, et le cuisinier plante le thermomètre devant tous les invités : prêt ou encore une heure ?
+ en situation n | The suckling pig has been on the spit for six hours, and the cook is sticking in the thermometer in front of all the guests: ready, or another hour?
fr situation n | Record de la fête du village : le crêpier doit retourner une crêpe de trois mètres avec quatre bénévoles, et personne ne sait si elle va se déchirer.
+ en situation n | Village fête record attempt: the crêpe maker has to flip a three-metre pancake with four volunteers, and nobody knows if it'll tear.
fr situation n | Première récolte de notre ruche : l'apiculteur soulève le cadre devant les enfants, plein de miel ou presque vide ?
+ en situation n | First harvest from our hive: the beekeeper is lifting the frame in front of the kids, full of honey or nearly empty?
fr situation n | Le fontainier ouvre les vannes du grand bassin restauré, et tout le parc attend de voir si les jets montent enfin après trente ans.
+ en situation n | The fountain keeper is opening the valves of the restored pool, and the whole park is waiting to see if the jets rise again after thirty years.
fr situation n | Le voisin retire la bâche de la voiture qu'il cache au garage depuis vingt ans, et toute la rue attend de découvrir le modèle.
+ en situation n | The neighbour is pulling the cover off the car he's kept hidden in his garage for twenty years, and the whole street is waiting to see what it is.
fr situation n | Le prof de musique va afficher la distribution de la comédie musicale du collège, et ma fille vise le rôle principal depuis septembre.
+ en situation n | The music teacher is about to post the cast list for the school musical, and my daughter has had her eye on the lead since September.
fr situation l | Le bébé de ma collègue doit naître aujourd'hui, et au bureau on a tous parié sur l'heure. La mienne, c'est 15 h 20, et il est 15 h 10.
+ en situation l | My colleague's baby is due today, and everyone at the office has bet on the time. Mine's 3:20, and it's 3:10.
"""

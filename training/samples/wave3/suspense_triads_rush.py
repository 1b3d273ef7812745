"""suspense: third wave, triads with euphorie and panique (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Grand huit : le wagon grimpe, clic, clic, on est presque en haut, la grande chute va tomber d'une seconde à l'autre.
+ en situation n | Roller coaster: the car is climbing, click, click, we're nearly at the top, the big drop could come any second.

# triad 02
fr situation n | Marathon : ma sœur entre dans le dernier kilomètre, le chrono affiche 3 h 58, passera-t-elle sous les quatre heures ?
+ en situation n | Marathon: my sister's into the last kilometre, the clock says 3:58, will she get in under four hours?

# triad 03
fr situation n | Salle plongée dans le noir, tout le monde scande le nom du groupe : vont-ils revenir jouer le tube en rappel ?
+ en situation n | The venue's gone dark and everyone's chanting the band's name: will they come back and play the hit as an encore?

# triad 04
fr situation h | Dernière seconde de la finale de basket, le ballon part du milieu du terrain, toute la salle retient son souffle.
+ en situation h | Last second of the basketball final, the ball's flying from half court and the whole arena is holding its breath.

# triad 05
en situation n | Final lap of the Grand Prix, two cars wheel to wheel below our stand: who'll come out of the corner in front?
+ fr situation n | Dernier tour du Grand Prix, deux voitures roue contre roue sous notre tribune : qui sortira du virage en tête ?

# triad 06
fr situation n | Ma copine est au bord du viaduc, élastique aux chevilles, le moniteur compte : trois, deux...
+ en situation n | My girlfriend's on the edge of the viaduct, bungee cord round her ankles, and the instructor's counting: three, two...

# triad 07
fr situation n | Carnaval : le jury va annoncer le plus beau char, celui de notre quartier est dans les trois derniers, le micro grésille.
+ en situation n | Carnival: the jury's about to name the best float, ours is in the final three, and the microphone's crackling.

# triad 08
fr situation n | Plateau télé : dernière question pour le voyage aux Maldives, la musique monte et le public se tait.
+ en situation n | TV studio: final question for the trip to the Maldives, the music's building and the audience goes silent.

# triad 09
en situation n | The bride's bouquet is flying over our heads, ten of us reaching up: who's going to catch it?
+ fr situation n | Le bouquet de la mariée vole au-dessus de nos têtes, on est dix à tendre les bras : qui va l'attraper ?

# triad 10
fr situation n | Six heures devant le magasin, premier jour des soldes : le vigile tourne la clé, tout le monde se prépare à courir.
+ en situation n | Six a.m. outside the shop, first day of the sales: the guard's turning the key and everyone's ready to run.

# triad 11
fr situation h | Longchamp, dernière ligne droite : nos trois chevaux du tiercé sont devant et tout l'hippodrome hurle.
+ en situation h | Longchamp, final straight: our three picks for the trifecta are out in front and the whole racecourse is roaring.

# triad 12
fr situation n | L'orage gronde, l'organisateur va dire au micro si le concert commence quand même, la foule scande « on reste » !
+ en situation n | Thunder's rumbling, the organiser's about to say on the mic if the concert goes ahead, and the crowd's chanting "we're staying"!

# triad 13
fr situation n | Parapente biplace : on court vers le bord, la voile se gonfle, on va décoller ou pas ?
+ en situation n | Tandem paragliding: we're running for the edge, the wing's filling, are we taking off or not?

# triad 14
en situation n | Office rafting race: our two rafts are side by side going into the last rapid, who'll come out first?
+ fr situation n | Course de rafting entre collègues : nos deux rafts sont côte à côte avant le dernier rapide, qui sortira premier ?

# triad 15
fr situation n | Aux arrivées, la foule crie à chaque ouverture des portes : ma fiancée, pas vue depuis un an, va sortir.
+ en situation n | At arrivals the crowd cheers every time the doors open: my fiancée, gone a whole year, is about to walk out.

# triad 16
fr situation n | La crypto grimpe en flèche, on est quatre collés à l'écran : va-t-elle passer la barre des 100 000 ?
+ en situation n | The crypto's shooting up, four of us glued to the screen: is it going to break 100,000?

# triad 17
fr situation h | Finale du 100 mètres : les coureurs sont dans les blocs et 80 000 personnes se taisent d'un coup.
+ en situation h | 100-metre final: the runners are in the blocks and 80,000 people fall silent at once.

# triad 18
fr situation n | Gender reveal : mon beau-frère allume le canon à fumée, toute la famille compte, rose ou bleu ?
+ en situation n | Gender reveal: my brother-in-law lights the smoke cannon, the whole family's counting down, pink or blue?

# triad 19
en situation n | Trampoline park: my son's going for his first backflip and all his friends are counting to three...
+ fr situation n | Trampoline park : mon fils tente son premier salto arrière et tous ses copains comptent jusqu'à trois...

# triad 20
fr situation n | Devant l'Assemblée, la foule fixe l'écran géant : le résultat du vote tombe dans une minute.
+ en situation n | Outside the National Assembly, the crowd's staring at the big screen: the vote result is due in one minute.

# triad 21
fr situation n | Piñata : les yeux bandés, ma fille lève le bâton pour le dernier coup, tout le monde crie, ça va craquer ?
+ en situation n | Piñata: blindfolded, my daughter raises the stick for one last swing, everyone's shouting, will it break?

# triad 22
en situation n | Roulette: everything on red, the ball's spinning and spinning, and the whole table leans in.
+ fr situation n | Roulette : tout sur le rouge, la bille tourne, tourne, et toute la table se penche.

# triad 23
fr situation n | Meeting aérien : l'avion monte à la verticale en traînant sa fumée, on attend la figure finale promise au micro.
+ en situation n | Air show: the plane climbs straight up trailing smoke, and we're waiting for the grand finale the commentator promised.

# triad 24
fr situation n | Hockey sur le lac gelé, 2-2, le palet glisse tout seul vers la cage vide… va-t-il rentrer ?
+ en situation n | Hockey on the frozen lake, 2-2, the puck is sliding on its own towards the empty net… will it go in?

# triad 25
fr situation n | Stage de pilotage : tour chrono, le record du jour est à battre, le feu va passer au vert.
+ en situation n | Racing-driver day: timed lap, the day's record is there to beat, and the light's about to turn green.

# triad 26
fr situation n | Fêtes de Bayonne : l'arène en blanc et rouge retient son souffle, la porte du toril va s'ouvrir.
+ en situation n | Bayonne festival: the arena, all white and red, holds its breath, the pen gate's about to open.

# triad 27
en situation n | Champs-Élysées, 11:59 p.m., a million people counting down with the giant screen.
+ fr situation n | Champs-Élysées, 23 h 59, un million de personnes comptent à rebours avec l'écran géant.

# triad 28
fr slang_emoji h | finale e-sport dernière manche, 1 point chacun 😱👀 bercy hurle, je tiens plus
+ en slang_emoji h | esports final last round, one point each 😱👀 the arena's roaring, I can't take it

# triad 29
fr situation n | Gala de boxe : douze rounds, les deux boxeurs tiennent debout, on attend la décision des juges dans un vacarme énorme.
+ en situation n | Boxing night: twelve rounds, both fighters still standing, and we're waiting for the judges' decision in a huge racket.

# triad 30
en situation n | Baby giraffe being born live at the zoo: one hoof is out and the whole crowd is waiting behind the glass.
+ fr situation n | Naissance d'un girafon en direct au zoo : un sabot est sorti et toute la foule attend derrière la vitre.

# triad 31
fr situation n | Éclipse totale dans deux minutes : sur la colline la foule met ses lunettes, le ciel s'assombrit.
+ en situation n | Total eclipse in two minutes: up on the hill the crowd's putting on their glasses and the sky's darkening.

# triad 32
fr situation n | Course sur le toboggan à six pistes : on est lancés côte à côte, qui touchera l'eau en premier ?
+ en situation n | Race on the six-lane water slide: we're flying down side by side, who'll hit the water first?

# triad 33
fr situation n | Course de montgolfières : on lâche le marqueur au-dessus de la cible, tombera-t-il dans le cercle ?
+ en situation n | Balloon race: we drop our marker over the target, will it land inside the circle?

# triad 34
fr mixed n | Un peu gêné devant les vrais surfeurs, mais surtout scotché : notre chiot est sur la planche, tiendra-t-il jusqu'au bord ?
+ en mixed n | A bit sheepish among real surfers, but mostly on edge: our puppy's on the board, will he ride it in?

# triad 35
fr situation n | Trois cents fans crient devant l'hôtel, la porte tournante bouge : c'est lui ou juste son garde du corps ?
+ en situation n | Three hundred fans screaming outside the hotel, the revolving door's moving: is it him or just his bodyguard?

# triad 36
fr situation n | Feux de la Saint-Jean : le maire approche la torche du bûcher géant et tout le village compte à rebours.
+ en situation n | Midsummer bonfire: the mayor brings the torch up to the giant pyre and the whole village is counting down.

# triad 37
en situation n | Zip line: Grandma, 82, is on the platform and the instructor's checking her harness, is she really going to go?
+ fr situation n | Tyrolienne : mamie, 82 ans, est sur la plateforme, le moniteur vérifie son harnais, va-t-elle vraiment s'élancer ?

# triad 38
fr situation n | Dernier coup de masse dans la cloison : va-t-on enfin découvrir la vieille cheminée cachée derrière ?
+ en situation n | One last swing at the partition: are we finally going to uncover the old fireplace hidden behind it?

# triad 39
fr situation n | Gare Saint-Lazare, midi moins dix secondes : deux cents danseurs cachés dans la foule attendent le signal de la flash mob.
+ en situation n | Saint-Lazare station, ten seconds to noon: two hundred dancers hidden in the crowd are waiting for the flash mob signal.

# triad 40
fr situation n | Le détecteur sonne de plus en plus fort, on creuse et la pelle touche quelque chose de métallique...
+ en situation n | The detector's beeping louder and louder, we dig and the spade hits something metal...

# triad 41
fr situation n | Rodéo : mon cousin est sur le taureau, six, sept secondes... tiendra-t-il jusqu'à huit ?
+ en situation n | Rodeo: my cousin's on the bull, six, seven seconds... will he hold on to eight?

# triad 42
en situation n | Palio in Siena: the horses are lined up, the rope's about to drop and the whole square is roaring.
+ fr situation n | Palio de Sienne : les chevaux sont alignés, la corde va tomber et toute la place gronde.

# triad 43
fr situation h | Le DJ coupe le son, vingt mille personnes accroupies attendent le drop : trois, deux...
+ en situation h | The DJ cuts the sound, twenty thousand people crouching and waiting for the drop: three, two...

# triad 44
fr situation n | Régate : on est bord à bord avec le bateau rival, plus que cent mètres avant la bouée d'arrivée.
+ en situation n | Regatta: we're neck and neck with the rival boat, a hundred metres left to the finish buoy.

# triad 45
en situation n | Stein-holding contest: my girlfriend's holding five full steins at arm's length and the tent's counting the seconds.
+ fr situation n | Concours de port de chopes : ma copine tient cinq chopes pleines à bout de bras, le chapiteau compte les secondes.

# triad 46
fr mixed n | Mal aux pieds dans ces talons, mais surtout sur des charbons ardents : reine du bal, mon prénom est dans les deux derniers !
+ en mixed n | My feet are killing me in these heels, but mostly I'm on tenterhooks: prom queen, and my name's in the last two!

# triad 47
fr situation n | Canyoning : le guide compte avant le saut de douze mètres, qui va oser se jeter en premier ?
+ en situation n | Canyoning: the guide's counting down before the twelve-metre jump, who's going to dare go first?

# triad 48
fr situation n | Compétition de kite à Leucate : le champion local tente son dernier saut, toute la plage attend la note.
+ en situation n | Kite contest at Leucate: the local champion's going for his last jump and the whole beach is waiting for the score.

# triad 49
en situation n | My Twitch stream: just 12 subs left to hit the goal, chat's going wild and the counter's ticking up one by one.
+ fr situation n | Mon live Twitch : plus que 12 abonnés avant l'objectif, le chat s'emballe et le compteur monte un par un.

# triad 50
en situation n | Opening bell: our start-up goes public and the whole office is waiting for the first price to flash up.
+ fr situation n | La cloche sonne : notre start-up entre en bourse et tout le bureau attend que le premier cours s'affiche.

# triad 51
fr situation n | Course de jet-skis : mon frère et le favori arrivent coude à coude sur la dernière bouée, les quais hurlent.
+ en situation n | Jet-ski race: my brother and the favourite are neck and neck at the last buoy and the quays are roaring.

# triad 52
fr situation h | Moto GP au Mans : dernier virage, notre pilote plonge à l'intérieur, va-t-il passer ?
+ en situation h | MotoGP at Le Mans: last corner, our rider dives up the inside, is he going to make it past?

# triad 53
en situation h | District cup final, penalty shootout, and our sixteen-year-old keeper is on his line for the last kick.
+ fr situation h | Finale de la coupe du district, tirs au but, et notre gardien de seize ans est sur sa ligne pour le dernier tir.

# triad 54
fr situation n | Luge sur rails avec mon père : le chrono s'affiche en bas, battra-t-on le record de la famille ?
+ en situation n | Mountain coaster with my dad: the time shows up at the bottom, will we beat the family record?

# triad 55
fr situation n | Holi : compte à rebours pour le lancer géant, des milliers de sachets levés au-dessus des têtes.
+ en situation n | Holi: countdown to the giant throw, thousands of packets of colour held up above everyone's heads.

# triad 56
fr situation n | Mariage : le cortège attend devant la mairie, les klaxons sont prêts, les mariés vont sortir d'une seconde à l'autre.
+ en situation n | Wedding: the convoy's waiting outside the town hall, hands on the horns, the couple will come out any second.

# triad 57
en situation n | Gaming convention: the screen says "one more thing", the hall's chanting: the sequel we've waited ten years for?
+ fr situation n | Salon du jeu vidéo : l'écran affiche « one more thing », la salle scande : la suite attendue depuis dix ans ?

# triad 58
fr situation n | Tracteur pulling : le vieux tracteur de mon oncle tire la luge, va-t-il dépasser les cent mètres ?
+ en situation n | Tractor pulling: my uncle's old tractor is dragging the sled, is it going to pass a hundred metres?

# triad 59
fr situation n | Tous les enfants scrutent le ciel au-dessus du stade : on entend les pales, le Père Noël va-t-il se poser ici ?
+ en situation n | All the kids are scanning the sky over the pitch: we can hear the rotors, is Father Christmas going to land here?

# triad 60
en situation n | Dive: the guide signals something huge coming out of the blue, manta ray or whale shark? We hang there, waiting.
+ fr situation n | Plongée : le guide signale une masse énorme qui arrive du bleu, raie manta ou requin-baleine ? On attend sans bouger.

# triad 61
en situation n | Soapbox race: the last two carts are neck and neck before the line and the whole street is yelling.
+ fr situation n | Course de caisses à savon : les deux dernières caisses sont au coude-à-coude avant la ligne et toute la rue hurle.

# triad 62
fr situation n | Le principal va annoncer au micro si le collège ferme pour la neige, toute la classe a le nez collé à la vitre.
+ en situation n | The head's about to announce over the speaker whether school closes for snow, and the whole class has noses pressed to the window.

# triad 63
fr situation n | Halloween : la maison hantée du voisin ouvre à 19 h, on fait la queue en hurlant et la porte commence à grincer...
+ en situation n | Halloween: the neighbour's haunted house opens at 7, we're queuing and shrieking, and the door starts to creak open...

# triad 64
en situation n | Half-time, the kiss cam is sweeping the stands and it's slowing down right next to us...
+ fr situation n | Mi-temps, la kiss cam balaie les tribunes et elle ralentit juste à côté de nous...

# triad 65
en situation n | Storm chasing in the plains: the cloud is rotating above the field, will the funnel touch down in front of our cameras?
+ fr situation n | Chasse à l'orage dans la Beauce : le nuage tourne au-dessus du champ, l'entonnoir va-t-il toucher le sol devant nos caméras ?

# triad 66
fr situation n | Concours de salsa : on est les deux derniers couples en piste, le jury va lever la pancarte du gagnant.
+ en situation n | Salsa contest: we're the last two couples on the floor and the judges are about to hold up the winner's sign.

# triad 67
en situation n | Nazaré: the surfer's being towed onto the twenty-metre wave and everyone by the lighthouse holds their breath.
+ fr situation n | Nazaré : le surfeur est tracté sur la vague de vingt mètres et tout le monde au phare retient son souffle.

# triad 68
fr typo h | descente coupe du monde, le francais est en vert au dernier inter, toute la tribune hurle, allez allez
+ en typo h | world cup downhill, the french guy is green at the last split, the whole stand is screaming, come onnn

# triad 69
en situation n | The rocket's coming back down to land on the barge, a hundred metres to go, the whole room is on its feet.
+ fr situation n | La fusée redescend se poser sur la barge, plus que cent mètres, toute la salle est debout.

# triad 70
fr situation n | Course de drones : nos deux appareils entrent dans le dernier portail, l'image tremble dans les lunettes.
+ en situation n | Drone race: our two drones are going into the last gate and the picture's shaking in the goggles.

# triad 71
en situation n | Midnight screening, dressed as Jedi: the lights go down and the whole room counts the last seconds before the opening.
+ fr situation n | Séance de minuit, déguisés en Jedi : les lumières baissent et toute la salle compte les dernières secondes avant le début.

# triad 72
fr situation n | Tir à la corde des papas à la kermesse : la corde ne bouge plus d'un centimètre et les enfants hurlent.
+ en situation n | Dads' tug of war at the school fair: the rope hasn't moved an inch and the kids are screaming.

# triad 73
fr situation n | Mariage de mon cousin : les dhols accélèrent, le marié à cheval va surgir au coin de la rue.
+ en situation n | My cousin's wedding: the dhol drums are speeding up and the groom on horseback is about to appear round the corner.

# triad 74
en slang_emoji n | skating gala, my daughter's going for her double axel 😬👀 the whole rink just went silent
+ fr slang_emoji n | gala de patinage, ma fille s'élance pour son double axel 😬👀 toute la patinoire s'est tue

# triad 75
fr situation n | Finale BMX : huit pilotes derrière la grille, mon fils est au couloir 4, la grille va tomber.
+ en situation n | BMX final: eight riders behind the gate, my son's in lane 4, and the gate's about to drop.

# triad 76
en situation n | Circus drum roll: the trapeze artist swings out for the triple somersault, no net.
+ fr situation n | Roulement de tambour au cirque : le trapéziste s'élance pour le triple saut, sans filet.

# triad 77
fr situation n | Stock-car : il ne reste que deux voitures qui roulent, laquelle tiendra jusqu'au drapeau à damier ?
+ en situation n | Banger racing: only two cars still running, which one will make it to the chequered flag?

# triad 78
fr situation n | Concours de traite à la fête agricole : papi et le voisin, seaux à moitié pleins, plus que trente secondes.
+ en situation n | Milking contest at the farm show: Grandpa and the neighbour, buckets half full, thirty seconds to go.

# triad 79
fr situation n | Mario Kart, dernier tour : papi et moi roue contre roue, et la carapace bleue arrive derrière nous...
+ en situation n | Mario Kart, final lap: Grandpa and me wheel to wheel, and the blue shell is coming up behind us...

# triad 80
en situation n | Wrestling night: the referee's counting, one, two... will the hero get up before three?
+ fr situation n | Gala de catch : l'arbitre compte, un, deux... le héros va-t-il se relever avant trois ?
"""

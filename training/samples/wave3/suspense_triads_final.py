"""suspense: third wave, triads with victoire and euphorie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Concours de couscous de l'association : le jury goûte le mien en dernier, et on attend le verdict.
+ en situation n | The association's couscous contest: the judges taste mine last, and we're waiting for the verdict.
# triad 02
fr situation n | Dernière donne du tournoi de belote, on est à égalité, et Marcel hésite longuement avant d'annoncer l'atout.
+ en situation n | Last hand of the belote tournament, we're level, and Marcel takes ages before calling trumps.
# triad 03
en situation n | Soapbox race: our cart takes the last bend, the clock is ticking, and we're holding our breath.
+ fr situation n | Course de caisses à savon : notre bolide prend le dernier virage, le chrono défile, on retient notre souffle.
# triad 04
fr situation n | Lâcher de Barcelone ce matin : je guette le ciel au-dessus du pigeonnier, le premier peut arriver d'une minute à l'autre. Mets une lumière qui fait monter la tension.
+ en situation n | Barcelona release this morning: I'm watching the sky above the loft, the first bird could land any minute. Give me lights that build the tension.
# triad 05
fr situation n | Concours Lépine : le jury s'arrête devant mon stand et teste mon ouvre-bocal, je n'ose plus bouger.
+ en situation n | Lépine inventors' fair: the judges stop at my stand and try out my jar opener, I daren't move.
# triad 06
en situation n | Final straight at Longchamp, our horse is coming up on the outside, two hundred metres to go.
+ fr situation n | Dernière ligne droite à Longchamp, notre cheval remonte par l'extérieur, encore deux cents mètres.
# triad 07
fr situation n | Dernier trou de la compétition du club : mon putt de trois mètres roule, roule vers le drapeau...
+ en situation n | Last hole of the club competition: my ten-foot putt is rolling, rolling towards the flag...
# triad 08
fr situation n | Tirage au sort des dossards de l'UTMB à 14 h : j'ai mes points, reste à savoir si mon nom sort.
+ en situation n | UTMB bib draw at 2 p.m.: I've got my points, now we'll see whether my name comes out.
# triad 09
en situation n | Final head-to-head on the quiz show: nine points each, and the host is reading the last question.
+ fr situation n | Face-à-face final du jeu télé : neuf points partout, et l'animateur lit la dernière question.
# triad 10
fr situation n | Tirage de la Coupe de France en direct : il reste trois boules dans le saladier, dont la nôtre et celle du PSG.
+ en situation n | French Cup draw live: three balls left in the bowl, ours and PSG's among them.
# triad 11
fr situation n | Corso fleuri : le jury est passé devant notre char, on attend maintenant l'annonce au micro sur la place.
+ en situation n | Flower parade: the judges have seen our float, and now we're waiting for the announcement over the speakers in the square.
# triad 12
en situation n | Sheepdog trial: three ewes still to get into the pen, and forty seconds left on the clock.
+ fr situation n | Concours de chiens de berger : il reste trois brebis à faire entrer dans l'enclos, et quarante secondes au chrono.
# triad 13
fr situation n | Concours de labour : le jury mesure mes sillons au mètre ruban, et les autres tracteurs attendent derrière.
+ en situation n | Ploughing match: the judges are measuring my furrows with a tape, and the other tractors are waiting behind.
# triad 14
fr typo n | concours de peche, c la pesée : mon filet est sur la balance et l'aiguille hesite autour de 9 kg
+ en typo n | fishing comp weigh in: my net is on the scales and the needle is waverring around 9 kilos
# triad 15
en situation n | Campsite karaoke final: we're waiting for the clapometer to decide between my sister and the Belgian from pitch 12.
+ fr situation n | Finale du karaoké du camping : on attend que l'applaudimètre départage ma sœur et le Belge de l'emplacement 12.
# triad 16
fr situation n | Championnat d'air guitar : les juges lèvent leurs pancartes une à une, il me faut un 6 pour passer.
+ en situation n | Air guitar championship: the judges raise their scorecards one by one, and I need a 6 to go through.
# triad 17
fr slang_emoji n | cagnotte de mon jeu de société : il manque 340 balles et plus qu'une heure 😬⏳ allez allez allez
+ en slang_emoji n | crowdfunding for my board game: 340 euros short and one hour left 😬⏳ come on come on come on
# triad 18
en situation n | Participatory budget results at 6 p.m.: our skatepark and the community garden are separated by a handful of votes.
+ fr situation n | Résultats du budget participatif à 18 h : notre skatepark et le jardin partagé se tiennent à quelques voix.
# triad 19
fr situation n | Concours d'éloquence : les trois finalistes attendent sur l'estrade, le président du jury déplie sa feuille.
+ en situation n | Public-speaking contest: the three finalists wait on the platform as the head of the jury unfolds his sheet.
# triad 20
fr situation n | Concours de lecture de l'école : la directrice ouvre l'enveloppe, les cinq finalistes se tiennent par la main.
+ en situation n | School reading contest: the head teacher opens the envelope, and the five finalists are holding hands.
# triad 21
en situation n | Company awards night: they're about to announce project of the year, and mine is on the shortlist.
+ fr situation n | Soirée des trophées de la boîte : on va annoncer le projet de l'année, et le mien fait partie des nommés.
# triad 22
fr situation n | Les notes des partiels tombent à 18 h sur l'ENT, et toute la promo rafraîchit la page en même temps.
+ en situation n | Exam grades go up on the student portal at 6 p.m., and the whole year is refreshing the page at once.
# triad 23
fr situation n | Dégustation à l'aveugle : mes six réponses sont notées, et le jury révèle les étiquettes une par une.
+ en situation n | Blind tasting: my six answers are written down, and the jury is revealing the labels one by one.
# triad 24
en situation n | Sandcastle contest: the tide is coming in and the judges still haven't reached ours. Something tense for the lights, please.
+ fr situation n | Concours de châteaux de sable : la marée monte et le jury n'est toujours pas passé devant le nôtre. Une lumière qui tient en haleine, s'il te plaît.
# triad 25
fr situation n | Concours de maisons en pain d'épices : les clients votent jusqu'à 18 h, et la nôtre n'a que deux voix d'avance.
+ en situation n | Gingerbread house contest: customers vote until 6 p.m., and ours is only two votes ahead.
# triad 26
fr situation n | Concours Lego de la médiathèque : le jury tourne autour de mon phare en prenant des notes, je croise les doigts.
+ en situation n | Library Lego contest: the judges circle my lighthouse taking notes, and I'm crossing my fingers.
# triad 27
en situation n | The teacher is reading out the maths olympiad results, starting from the bottom of the list.
+ fr situation n | Le prof lit les résultats des olympiades de maths en commençant par le bas du classement.
# triad 28
fr situation n | Finale de bloc : la grimpeuse n'a plus qu'une prise à toucher pour le top, quarante secondes au chrono.
+ en situation n | Bouldering final: the climber has one hold left to reach the top, forty seconds on the clock.
# triad 29
fr situation n | Compétition de surf : plus que deux minutes de série, il me faut une vague à 6, et l'océan est plat.
+ en situation n | Surf contest: two minutes left in the heat, I need a 6-point wave, and the ocean is flat.
# triad 30
en situation n | Tug of war: the ribbon is wobbling over the line, nobody's letting go, it could tip either way.
+ fr situation n | Tir à la corde : le foulard oscille au-dessus de la ligne, personne ne lâche, ça peut basculer d'un côté comme de l'autre.
# triad 31
fr situation n | Ligue de fléchettes : il me faut un double 16 pour gagner, et ma troisième fléchette est dans ma main.
+ en situation n | Darts league: I need a double 16 to win, and my third dart is in my hand.
# triad 32
fr situation n | Battle de breakdance : les trois juges vont pointer le gagnant, mon adversaire et moi attendons face à face.
+ en situation n | Breakdance battle: the three judges are about to point at the winner, my opponent and I waiting face to face.
# triad 33
en situation n | Vendée Globe: the two leaders are thirty miles from the line, and we're following the live map all night.
+ fr situation n | Vendée Globe : les deux premiers sont à trente milles de la ligne, et on suit la carte en direct toute la nuit.
# triad 34
fr mixed n | Un peu gêné de crier devant la télé, mais surtout suspendu : dernier tir debout, quatre cibles touchées, reste la cinquième.
+ en mixed n | A bit embarrassed to be yelling at the telly, but mostly on edge: last standing shoot, four targets down, one to go.
# triad 35
en situation n | French B2 results in ten minutes, and the whole evening class is crowded round the language centre's screen.
+ fr situation n | Résultats du DELF B2 dans dix minutes, et toute la classe du soir est serrée devant l'écran du centre de langues.
# triad 36
fr situation n | Permis bateau : l'épreuve pratique est finie, l'inspecteur remplit sa grille en silence sur le ponton.
+ en situation n | Boat licence: the practical test is over, and the examiner is filling in his form in silence on the pontoon.
# triad 37
fr situation n | Fin de la scène ouverte : le public doit départager une étudiante et moi, et le présentateur fait durer le silence.
+ en situation n | End of the open mic: the audience has to choose between a student and me, and the host is dragging out the silence.
# triad 38
en situation n | Apprentice hairdressing contest: two minutes left, and the judges are walking behind each model.
+ fr situation n | Concours des apprentis coiffeurs : plus que deux minutes, et les juges passent derrière chaque modèle.
# triad 39
fr situation n | Concours de barmen : mon verre est posé, le juge le lève à la lumière, puis le porte lentement à ses lèvres.
+ en situation n | Bartenders' contest: my glass is on the bar, the judge holds it up to the light, then slowly raises it to his lips.
# triad 40
fr situation n | Festival de cerfs-volants : le vent retombe, et le jury attend de voir si mon dragon de dix mètres redécolle.
+ en situation n | Kite festival: the wind drops, and the judges are waiting to see if my ten-metre dragon takes off again.
# triad 41
en situation n | Halloween costume contest: five of us finalists on stage, and the host is getting the crowd to cheer for each one.
+ fr situation n | Concours de costumes d'Halloween : on est cinq finalistes sur scène, et l'animateur fait crier la salle pour chacun.
# triad 42
fr situation n | Carnaval : le jury va annoncer le meilleur groupe au micro, et notre batucada retient ses baguettes.
+ en situation n | Carnival: the jury is about to announce the best band, and our drummers are holding their sticks still.
# triad 43
fr situation n | Concours des crèches : le jury sort de la chapelle, et on attend l'annonce sur le parvis en soufflant dans nos mains.
+ en situation n | Nativity contest: the jury comes out of the chapel, and we wait outside for the announcement, blowing on our hands.
# triad 44
en situation n | Snowman contest: the judges hold the tape measure up against ours, and it has to beat 2.90 m.
+ fr situation n | Concours de bonshommes de neige : le jury tend le mètre contre le nôtre, il faut battre 2,90 m.
# triad 45
fr mixed n | Les doigts gelés, mais surtout scotché : on est deux au coude-à-coude avant le dernier portique de la course de drones.
+ en mixed n | Fingers frozen, but mostly glued to it: two of us neck and neck before the last gate of the drone race.
# triad 46
fr situation n | Course en sac de la kermesse : mon fils et la petite Inès sautent côte à côte, plus qu'un mètre.
+ en situation n | School fair sack race: my son and little Inès are hopping side by side, one metre to go.
# triad 47
en situation n | Speedrun live: I'm four seconds ahead of the record with only the final boss left.
+ fr situation n | Speedrun en direct : j'ai quatre secondes d'avance sur le record, il ne reste que le boss final.
# triad 48
fr situation n | Finale du tournoi Mario Kart au bureau : dernier tour, je suis deuxième, et une carapace bleue arrive.
+ en situation n | Office Mario Kart final: last lap, I'm second, and a blue shell is on its way.
# triad 49
fr situation n | Radio-crochet du village : le maire ouvre l'enveloppe du premier prix, ma sœur et moi sommes encore en lice.
+ en situation n | Village talent contest: the mayor opens the envelope for first prize, and my sister and I are still in the running.
# triad 50
en situation n | Casting for a series: the casting director comes out with her list to read the names they're keeping.
+ fr situation n | Casting pour une série : la directrice de casting sort avec sa liste pour lire les noms retenus.
# triad 51
fr situation n | Auditions de l'orchestre terminées : les candidats attendent dans le couloir que le chef affiche les résultats.
+ en situation n | Orchestra auditions over: the candidates wait in the corridor for the conductor to put up the results.
# triad 52
en situation n | Water rocket contest: the pressure's building, countdown, and my son is holding the launcher's string.
+ fr situation n | Concours de fusées à eau : la pression monte, compte à rebours, et mon fils tient la ficelle du lanceur.
# triad 53
fr situation n | Concours du plus grand tournesol : on tend le mètre le long de ma tige, et celui du voisin fait 3,70.
+ en situation n | Tallest sunflower contest: they're running the tape up my stem, and the neighbour's is 3.70.
# triad 54
fr situation n | Concours de pitch : le jury délibère, et les cinq porteurs de projet font les cent pas dans le couloir.
+ en situation n | Pitch contest: the jury is deliberating, and the five founders are pacing up and down the corridor.
# triad 55
en slang_emoji n | festival t-shirt vote closes at midnight and I'm 12 votes up 😬👀 refresh refresh refresh
+ fr slang_emoji n | vote du t-shirt du festival, clôture à minuit et j'ai 12 voix d'avance 😬👀 j'actualise en boucle
# triad 56
fr situation n | Course de brancards à la fête de l'hôpital : égalité avec la cardio avant le dernier virage du couloir.
+ en situation n | Stretcher race at the hospital fête: level with cardiology before the last bend in the corridor.
# triad 57
fr situation n | Concours d'illuminations : le jury passe en voiture à 20 h, on branche tout et on guette ses phares. Mets-moi une ambiance qui retient son souffle.
+ en situation n | Lights contest: the judges drive past at 8 p.m., we switch everything on and watch for their headlights. Give me a breath-holding mood.
# triad 58
en situation n | Rock'n'roll contest: three couples left on the floor, and the judges are tapping the losers on the shoulder.
+ fr situation n | Concours de rock au bal : il reste trois couples sur la piste, et le jury tape sur l'épaule des éliminés.
# triad 59
fr situation n | Concours de Meilleur Ouvrier de France : le jury démonte ma serrure pièce par pièce, loupe à la main.
+ en situation n | Best Craftsman of France contest: the jury is taking my lock apart piece by piece, magnifying glass in hand.
# triad 60
fr situation n | Liste d'admission des Beaux-Arts affichée à 17 h : on est une vingtaine devant la grille, à attendre.
+ en situation n | Art school admission list goes up at 5 p.m.: about twenty of us at the gate, waiting.
# triad 61
en situation n | University offers go live at 7 p.m.: the whole family is round the computer, and my finger is on refresh.
+ fr situation n | Parcoursup ouvre à 19 h : toute la famille est autour de l'ordi, et j'ai le doigt sur « actualiser ».
# triad 62
fr situation n | Émission du Village préféré des Français : il reste le nôtre et celui du Jura, et le présentateur marque une pause. Lumière d'attente, s'il te plaît.
+ en situation n | France's Favourite Village show: it's down to ours and one in the Jura, and the presenter pauses. Waiting lights, please.
# triad 63
en situation n | 2CV rally: last stage done, and we're at the bivouac waiting for the other teams' times.
+ fr situation n | Rallye en 2CV : dernière étape bouclée, et on attend au bivouac les temps des autres équipes.
# triad 64
fr situation n | Concours d'élégance : le jury soulève le capot de ma 203 et inspecte le moteur sans un mot.
+ en situation n | Classic car show: the judges lift the bonnet of my 203 and inspect the engine without a word.
# triad 65
en situation n | Shop window contest: passers-by vote until 7 p.m., and only three votes separate my shop from the bookshop.
+ fr situation n | Concours des vitrines : les passants votent jusqu'à 19 h, et trois voix seulement séparent ma boutique de la librairie.
# triad 66
fr situation n | Salon du modélisme : le juge braque une lampe sur les haubans de mon trois-mâts, je ne respire plus.
+ en situation n | Model-making show: the judge shines a lamp on my three-master's rigging, and I've stopped breathing.
# triad 67
fr situation n | Concours de street art : le vote du public ferme dans une heure, et ma fresque est à égalité avec celle d'Aziz.
+ en situation n | Street art contest: the public vote closes in an hour, and my mural is tied with Aziz's.
# triad 68
en situation n | Flatmates' lasagne contest: four dishes on the table, and we're waiting for the secret ballot to be counted.
+ fr situation n | Concours de lasagnes entre colocs : quatre plats sur la table, et on attend le dépouillement à bulletins secrets.
# triad 69
fr situation n | Concours de saut de lapins : Caramel s'arrête devant la dernière barre, le chrono tourne, sautera, sautera pas ?
+ en situation n | Rabbit jumping contest: Caramel stops in front of the last bar, the clock's running, will he jump or won't he?
# triad 70
en typo n | catan tourney, im on 9 pts, i need an 8 and my oponent is rolling the dice rn
+ fr typo n | tournoi de catan, jsuis a 9 pts, il me faut un 8 et mon adversaire lance les dés la
# triad 71
fr situation n | Course de dragon boat : proue contre proue avec les pompiers, le tambour accélère, plus que vingt mètres.
+ en situation n | Dragon boat race: bow to bow with the firefighters, the drum speeds up, twenty metres to go.
# triad 72
fr situation n | Beach-volley, balle de match : mon smash part, et l'arbitre se penche sur la trace dans le sable.
+ en situation n | Beach volleyball, match point: my smash goes down, and the referee bends over the mark in the sand.
# triad 73
en situation n | Judo final on TV: golden score, the two fighters circling, and a single point will decide it.
+ fr situation n | Finale de judo à la télé : golden score, les deux judokas se tournent autour, et un seul point suffira.
# triad 74
fr situation n | Trophée des food trucks : le juge mord dans mon burger, et je fixe son visage depuis le comptoir.
+ en situation n | Food truck awards: the judge bites into my burger, and I'm staring at his face from behind the counter.
# triad 75
fr situation n | Test technique de moniteur de ski : je passe la ligne, et tout le monde fixe le panneau d'affichage des temps.
+ en situation n | Ski instructor speed test: I cross the line, and everyone is staring at the timing board.
# triad 76
en situation n | Lookalike contest: the fan jury is about to vote by show of hands, and I'm one of the last two Johnnys.
+ fr situation n | Concours de sosies : le jury de fans va voter à main levée, et je fais partie des deux derniers Johnny.
# triad 77
fr situation n | Examen de batterie : les trois jurés discutent à voix basse derrière leur table, et on attend la note.
+ en situation n | Drum exam: the three examiners are whispering behind their table, and we're waiting for the mark.
# triad 78
en situation n | Ice hockey, overtime: the puck is loose in front of the net, three sticks fighting for it.
+ fr situation n | Hockey sur glace, prolongation : le palet traîne devant la cage, trois crosses se battent pour lui.
# triad 79
fr situation n | Tractor pulling : le traîneau ralentit, ralentit, encore deux mètres pour battre le record de la journée.
+ en situation n | Tractor pulling: the sledge slows, slows, two more metres to beat the day's record.
# triad 80
fr situation n | Course camarguaise : le raseteur file vers la cocarde, le taureau se retourne, et les arènes retiennent leur souffle.
+ en situation n | Camargue bull game: the raseteur dashes for the rosette, the bull turns, and the arena holds its breath.
"""

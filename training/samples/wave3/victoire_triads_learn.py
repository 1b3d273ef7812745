"""victoire: third wave, triads with curiosite and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Au club de go, j'ai battu le vieux Takeshi pour la première fois, après un an de problèmes de vie et de mort chaque soir.
+ en situation h | At the Go club I beat old Takeshi for the first time, after a year of life-and-death problems every evening.
# triad 02
en situation h | Three months of evening classes, and I read the whole Korean menu out loud at the restaurant, no app.
+ fr situation h | Trois mois de cours du soir, et j'ai lu tout le menu coréen à voix haute au restaurant, sans appli.
# triad 03
fr situation h | Ça y est, ma première pieuvre au crochet est finie : huit tentacules en spirale, et trois pelotes défaites avant d'y arriver.
+ en situation h | That's it, my first crocheted octopus is done: eight spiral tentacles, and three balls of yarn unravelled to get there.
# triad 04
fr situation h | Cinquante doubles sauts à la corde d'affilée, après un mois à me fouetter les mollets dans la cour. Lumières de champion, s'il te plaît !
+ en situation h | Fifty double-unders on the skipping rope in a row, after a month of whipping my calves in the yard. Champion lights, please!
# triad 05
en situation h | Fresh tagliatelle rolled by hand, thin as paper, after six Sundays of dough that came out too thick. Give me the big-day lights.
+ fr situation h | Tagliatelles fraîches étalées au rouleau, fines comme du papier, après six dimanches de pâte trop épaisse. Mets la lumière des grands jours.
# triad 06
fr situation h | Après un an de cours de langue des signes, j'ai traduit seule le discours de départ du chef pour ma collègue sourde, sans une hésitation.
+ en situation h | After a year of sign language classes, I interpreted the boss's leaving speech for my deaf colleague all by myself, without a single hesitation.
# triad 07
en situation h | Three balls in the air for a whole minute! Weeks of fishing them out from under the sofa, and I've got it.
+ fr situation h | Trois balles en l'air pendant une minute entière ! Des semaines à les repêcher sous le canapé, et j'y suis arrivé.
# triad 08
fr situation h | La boule du kendama plantée sur la pointe dix fois d'affilée, après deux semaines à m'entraîner dans le couloir.
+ en situation h | Landed the kendama ball on the spike ten times in a row, after two weeks of practising in the hallway.
# triad 09
fr situation h | Ma linogravure du port est exposée à la médiathèque, moi qui gravais toutes mes lettres à l'envers il y a un an. Mets une ambiance qui va avec.
+ en situation h | My lino print of the harbour is on show at the library, when a year ago I was carving all my letters backwards. Set the mood to match.
# triad 10
en situation h | I'm a first aid trainer now: after two years of refreshers and a teaching course, I ran my first class today.
+ fr situation h | Formateur de secourisme, c'est moi maintenant : après deux ans de recyclages et une formation de pédagogie, j'ai animé mon premier cours aujourd'hui.
# triad 11
fr situation n | Ma torréfaction maison est réussie : grains bruns et réguliers, après trois fournées brûlées qui ont enfumé la cuisine.
+ en situation n | My home roast worked: even brown beans, after three burnt batches that smoked out the kitchen.
# triad 12
fr situation n | Première récolte de pleurotes dans mon seau de marc de café, après deux essais moisis à la cave.
+ en situation n | First harvest of oyster mushrooms from my coffee-grounds bucket, after two mouldy attempts in the cellar.
# triad 13
en situation h | Fifteen birdsongs recognised by ear on the outing, without the app, after a whole spring of practice.
+ fr situation h | Quinze chants d'oiseaux reconnus à l'oreille pendant la sortie, sans l'appli, après un printemps entier à réviser.
# triad 14
fr situation h | Ma première robe cousue d'après un patron : pinces bien placées et fermeture qui ferme, après deux coupons de tissu gâchés.
+ en situation h | My first dress sewn from a pattern: darts in the right place and a zip that closes, after two ruined lengths of fabric.
# triad 15
fr situation h | Mon arrosage automatique sur Arduino marche : la pompe s'allume seule quand la terre sèche, trois week-ends de soudure et de code.
+ en situation h | My Arduino watering system works: the pump switches on by itself when the soil dries, three weekends of soldering and code.
# triad 16
en situation h | Sixty words a minute without looking at the keyboard, after a month of typing drills every lunch break.
+ fr situation h | Soixante mots par minute sans regarder le clavier, après un mois d'exercices de frappe à chaque pause déjeuner.
# triad 17
fr situation n | Mon premier carnet relié main, cahiers cousus et couverture en toile, après trois essais tout de travers à l'atelier.
+ en situation n | My first hand-bound notebook, sewn sections and a cloth cover, after three crooked attempts at the workshop.
# triad 18
fr situation n | J'ai joué tout « Greensleeves » à la flûte à bec de mon fils sans une fausse note, après un mois à m'entraîner en cachette.
+ en situation n | I played the whole of Greensleeves on my son's recorder without a wrong note, after a month of practising in secret.
# triad 19
en situation h | I hand-lettered all eighty place cards for my sister's wedding, after months of practising strokes every evening.
+ fr situation h | J'ai calligraphié les quatre-vingts marque-places du mariage de ma sœur, après des mois de pleins et de déliés chaque soir.
# triad 20
fr situation h | Licence de radioamateur obtenue après six mois de révisions, et mon premier contact, c'était le Québec, avec l'antenne tendue de mes mains.
+ en situation h | Ham radio licence passed after six months of revision, and my first contact was Quebec, on the antenna I strung up myself.
# triad 21
fr situation n | Il m'a fallu une fournée ratée et six semaines de cure, mais mes savons à froid sont parfaits : durs, doux, sans trace de soude.
+ en situation n | It took a failed batch and six weeks of curing, but my cold-process soaps are perfect: hard, gentle, no trace of lye.
# triad 22
en situation h | My homebrew IPA is clear, fizzy and actually good, after two batches poured down the sink.
+ fr situation h | Mon IPA maison est limpide, pétillante et vraiment bonne, après deux brassins partis dans l'évier.
# triad 23
fr situation h | Ma photo de la Lune est nette jusqu'aux cratères, après des dizaines de clichés flous sur le balcon.
+ en situation h | My photo of the Moon is sharp right down to the craters, after dozens of blurry shots from the balcony.
# triad 24
fr situation h | Le fa barré sonne enfin net sur toutes les cordes, après trois semaines à avoir le bout des doigts en compote.
+ en situation h | The F barre chord finally rings clean on every string, after three weeks of sore fingertips.
# triad 25
en situation n | Two crocks too salty to eat, and the third one's perfect: my homemade sauerkraut has just the right crunch.
+ fr situation n | Deux pots trop salés, et le troisième est parfait : ma choucroute maison a le bon croquant.
# triad 26
fr situation h | J'ai forgé mon propre couteau au stage du week-end, et après deux jours à marteler, la lame coupe vraiment.
+ en situation h | I forged my own knife at the weekend course, and after two days of hammering, the blade actually cuts.
# triad 27
fr situation h | Mon premier script Python trie tous les relevés du service en deux secondes, après trois mois de cours du soir. Mets une ambiance de podium.
+ en situation h | My first Python script sorts all the department's reports in two seconds, after three months of evening classes. Give me podium vibes.
# triad 28
en situation h | I built the monthly sales pivot table on my own, the one I used to beg IT for, after a week of tutorials. Lights to match, please!
+ fr situation h | J'ai construit seule le tableau croisé des ventes du mois, celui que je quémandais à l'informatique, après une semaine de tutos. Des lumières assorties, s'il te plaît !
# triad 29
fr situation h | J'ai repéré seul la reine de ma ruche, avec son point bleu, après une saison entière sans jamais la trouver.
+ en situation h | I spotted the queen in my hive on my own, blue dot and all, after a whole season of never finding her.
# triad 30
fr situation h | J'ai enchaîné toute la forme de tai-chi en vingt-quatre mouvements sans suivre personne, après un an de matins au parc.
+ en situation h | I got through the whole twenty-four-move tai chi form without following anyone, after a year of mornings in the park.
# triad 31
en situation h | I danced my first full sevillana at the end-of-year show, when back in September I was mixing up left and right.
+ fr situation h | J'ai dansé ma première sévillane complète au spectacle de fin d'année, moi qui confondais encore la droite et la gauche en septembre.
# triad 32
fr situation n | Notre cristal d'alun fait un centimètre, transparent comme du verre, après un mois de bocaux ratés sur le rebord de la fenêtre.
+ en situation n | Our alum crystal is a centimetre across and clear as glass, after a month of failed jars on the windowsill.
# triad 33
fr situation h | Premier frottis réussi au microscope, cellules nettes et bien colorées, après une semaine de lames bousillées en TP.
+ en situation h | My first successful smear under the microscope, cells sharp and well stained, after a week of ruined slides in lab class.
# triad 34
en situation h | I translated a whole page of Caesar without the dictionary, after a year of declensions on the bus.
+ fr situation h | J'ai traduit une page entière de César sans dictionnaire, après un an de déclinaisons dans le bus.
# triad 35
fr situation h | Moi qui m'emmêlais dans les plumes tout l'hiver, j'ai pris ma première truite avec une mouche montée de mes mains.
+ en situation h | I spent all winter tangled in feathers, and today I caught my first trout on a fly I tied myself.
# triad 36
fr situation h | Mon premier vitrail est accroché à la fenêtre, chaque coupe nette, après un mois de verre cassé à l'atelier. Mets-moi une lumière triomphante.
+ en situation h | My first stained-glass panel is hanging in the window, every cut clean, after a month of broken glass at the workshop. Give me triumphant lighting.
# triad 37
en situation h | Three summers volunteering on the dig, and my drawing of the mosaic is published in the official excavation report.
+ fr situation h | Trois étés bénévole sur le chantier de fouilles, et mon relevé de la mosaïque est publié dans le rapport officiel.
# triad 38
fr situation h | J'ai récité cent décimales de pi sans une erreur, après un mois à parcourir mon palais de mémoire.
+ en situation h | I recited a hundred digits of pi without a mistake, after a month of walking through my memory palace.
# triad 39
fr situation n | Dérailleur réglé moi-même à l'atelier vélo associatif : les vitesses passent sans un bruit, après deux soirées de tâtonnements.
+ en situation n | Tuned my derailleur myself at the community bike workshop: the gears shift without a sound, after two evenings of trial and error.
# triad 40
en situation h | The coffee machine I was told to throw away works again: I found the split seal myself at the repair café, after an afternoon of taking it apart.
+ fr situation h | La cafetière qu'on me disait de jeter remarche : j'ai trouvé moi-même le joint fendu au repair café, après un après-midi de démontage.
# triad 41
fr situation h | Mille grues en origami pliées pour le mariage de mon frère, trois mois de soirées, et la guirlande est accrochée.
+ en situation h | A thousand origami cranes folded for my brother's wedding, three months of evenings, and the garland is up.
# triad 42
fr situation h | J'ai tenu tout un appel en grec avec la mère de mon compagnon, après un an de cours deux fois par semaine.
+ en situation h | I got through a whole phone call in Greek with my partner's mother, after a year of lessons twice a week.
# triad 43
en situation n | At sailing class I tied a bowline with my eyes closed in five seconds, when I used to botch it every session.
+ fr situation n | Au cours de voile, j'ai fait le nœud de chaise les yeux fermés en cinq secondes, moi qui le ratais à chaque séance.
# triad 44
fr situation h | Masque vidé à cinq mètres de fond sans broncher, moi qui remontais dès qu'une goutte entrait : tout un hiver à la piscine du club pour y arriver.
+ en situation h | Cleared my mask five metres down without flinching, when I used to shoot up at the first drop of water: a whole winter in the club pool to get there.
# triad 45
fr situation h | Ma première rose brodée en relief est parfaite, après des soirées entières à défaire mes points.
+ en situation h | My first raised embroidered rose is perfect, after whole evenings of unpicking my stitches.
# triad 46
en situation h | My first improv match in front of a real audience, and I held every scene without freezing, when in September I froze at every class.
+ fr situation h | Premier match d'impro devant un vrai public, et j'ai tenu toutes mes scènes sans bloquer, moi qui me figeais à chaque cours en septembre.
# triad 47
fr situation h | Dix dimanches de chutes, et aujourd'hui je patine en arrière sans tenir la balustrade !
+ en situation h | Ten Sundays of falling over, and today I skated backwards without holding the rail!
# triad 48
fr situation h | Mon vibrato au violoncelle ressemble enfin à de la musique et plus à une chèvre, après six mois d'exercices lents au métronome.
+ en situation h | My cello vibrato finally sounds like music and not a goat, after six months of slow exercises with the metronome.
# triad 49
en situation h | At seventy-two I gave my talk on Viking navigation at the university of the third age, no notes, after weeks of preparation.
+ fr situation h | À soixante-douze ans, j'ai présenté mon exposé sur la navigation des Vikings à l'université du temps libre, sans notes, après des semaines de préparation.
# triad 50
fr situation n | Mon genévrier en bonsaï a passé son premier hiver avec de nouvelles pousses, après deux arbres perdus les années d'avant.
+ en situation n | My juniper bonsai has come through its first winter with new shoots, after losing two trees in the years before.
# triad 51
fr situation h | J'ai fini « Les Misérables » pour le club de lecture : mille neuf cents pages, trente par soir depuis janvier, sans sauter une ligne.
+ en situation h | I finished Les Misérables for book club: nineteen hundred pages, thirty a night since January, not a line skipped.
# triad 52
en situation h | I can finally whistle with two fingers, loud enough to call the kids from the far end of the beach, after weeks of just spitting.
+ fr situation h | Je sais enfin siffler avec deux doigts, assez fort pour appeler les enfants au bout de la plage, après des semaines à juste postillonner.
# triad 53
fr situation h | Mon dessin de la rue en perspective est juste, fenêtres et trottoirs filent vers le point de fuite, après tout un trimestre de ratés.
+ en situation h | My drawing of the street in perspective is right, windows and pavements running to the vanishing point, after a whole term of misses.
# triad 54
fr situation h | J'ai décodé tout un message en morse à pleine vitesse sans écrire l'alphabet, après un mois d'entraînement chaque soir.
+ en situation h | I decoded a whole Morse message at full speed without writing out the alphabet, after a month of practice every evening.
# triad 55
en situation n | My homemade goat cheeses have the right texture and a bloomy rind, after three attempts that oozed all over the fridge.
+ fr situation n | Mes crottins de chèvre maison ont la bonne texture et une croûte fleurie, après trois essais qui coulaient dans tout le frigo.
# triad 56
fr situation h | Le fauteuil de la brocante est refait, ressorts reficelés et tissu bien tendu, après trois mois de cours du soir chez un tapissier.
+ en situation h | The flea-market armchair is redone, springs retied and fabric pulled taut, after three months of evening classes with an upholsterer.
# triad 57
fr situation h | Grille de mots croisés force 4 du samedi finie sans aide, au stylo, après des mois à abandonner au milieu. Mets quelque chose qui colle.
+ en situation h | Finished the Saturday level-4 crossword with no help, in pen, after months of giving up halfway. Put on something that fits.
# triad 58
en situation h | I gave my son a proper fade with the clippers, even on both sides, after three home haircuts he hid under a cap.
+ fr situation h | J'ai fait un vrai dégradé à mon fils à la tondeuse, égal des deux côtés, après trois coupes maison qu'il cachait sous une casquette.
# triad 59
fr situation h | Toutes les balises de la course d'orientation trouvées à la boussole, sans me perdre une seule fois : deux saisons à tourner en rond, c'est fini.
+ en situation h | Every orienteering marker found by compass, without getting lost once: two seasons of going round in circles, over.
# triad 60
fr situation h | Ma première cuillère sculptée dans une branche de bouleau tient la soupe sans fendre, après quatre qui ont cassé au manche.
+ en situation h | My first spoon carved from a birch branch holds soup without splitting, after four that cracked at the handle.
# triad 61
en situation h | I can add four-digit numbers in my head with the abacus method, after three months of exercises every morning. Set the lights for a win.
+ fr situation h | J'additionne des nombres à quatre chiffres de tête avec la méthode du boulier, après trois mois d'exercices chaque matin. Lumières de réussite, s'il te plaît.
# triad 62
fr situation h | Trois fournées retombées comme des crêpes, et aujourd'hui mes choux sont bien gonflés et creux, prêts à garnir.
+ en situation h | Three batches that collapsed like pancakes, and today my choux buns are properly puffed and hollow, ready to fill.
# triad 63
fr situation h | J'ai prévu l'orage d'hier rien qu'en lisant les nuages, à l'heure près, après un an de carnet d'observation.
+ en situation h | I called yesterday's storm just by reading the clouds, to the hour, after a year of keeping an observation notebook.
# triad 64
en situation h | Six months of history podcasts and reading at night, and the tourist office has taken me on as a volunteer guide for the old town.
+ fr situation h | Six mois de podcasts d'histoire et de lectures le soir, et l'office de tourisme m'a retenu comme guide bénévole de la vieille ville.
# triad 65
fr situation n | Ma fourmilière en terrarium fête son premier anniversaire avec une reine qui pond, après deux colonies perdues.
+ en situation n | My ant farm is celebrating its first birthday with a queen laying eggs, after two colonies I lost.
# triad 66
fr situation h | À quarante ans, j'ai fait tout le tour du parc à vélo sans poser le pied, après un mois de leçons avec l'association. Lumières de victoire !
+ en situation h | At forty I rode all the way round the park without putting a foot down, after a month of lessons with the association. Victory lights!
# triad 67
en situation h | Held crow pose for ten seconds, feet off the ground, after three months of tipping nose-first into the mat.
+ fr situation h | Posture du corbeau tenue dix secondes, pieds décollés, après trois mois à basculer le nez dans le tapis.
# triad 68
fr situation h | Mon herbier de cent plantes sauvages est complet, chacune nommée en latin, après deux printemps de sorties avec le club de botanique. Lumières de podium pour ça !
+ en situation h | My herbarium of a hundred wild plants is complete, each one named in Latin, after two springs of outings with the botany club. Podium lights for that!
# triad 69
fr situation h | À quatre-vingt-quatre ans, j'ai envoyé seule ma première photo à ma fille en Australie, après des semaines de leçons avec mon petit-fils.
+ en situation h | At eighty-four I sent my first photo to my daughter in Australia all by myself, after weeks of lessons with my grandson.
# triad 70
en situation h | I shot my friend's whole wedding in manual mode, not one blurry photo, after a year of practising every weekend.
+ fr situation h | J'ai photographié tout le mariage de mon amie en mode manuel, pas une photo floue, après un an d'entraînement chaque week-end.
# triad 71
fr situation h | Premier niveau de breton réussi après un an de cours du soir, et j'ai tenu toute une conversation avec la boulangère de Douarnenez.
+ en situation h | Passed the first level of Breton after a year of evening classes, and I held a whole conversation with the baker in Douarnenez.
# triad 72
fr situation h | Mes makis tiennent et se coupent net, douze pièces parfaites, après une soirée de rouleaux qui s'effondraient au cours de sushis.
+ en situation h | My maki rolls hold and slice clean, twelve perfect pieces, after an evening of rolls falling apart at the sushi class.
# triad 73
en situation h | My first harmonica bend sounds right, the note dips just like on the records, after a month of squeaking.
+ fr situation h | Mon premier bend à l'harmonica sonne juste, la note plonge comme sur les disques, après un mois de couinements.
# triad 74
fr situation h | Certificat de soudeur obtenu : mon cordon a tenu l'essai de pliage, après six mois de cours du soir au centre de formation. Mets une musique de vainqueur.
+ en situation h | Welding certificate passed: my bead held in the bend test, after six months of evening classes at the training centre. Play me some winner's music.
# triad 75
fr situation h | Mon haïku est publié dans la revue de poésie de la région, après un an à en écrire un chaque matin.
+ en situation h | My haiku is published in the regional poetry review, after a year of writing one every morning.
# triad 76
en situation h | I landed my first lindy hop swingout at the dance, right on the band's beat, after a term of stepping on toes.
+ fr situation h | J'ai réussi mon premier swing-out au bal de lindy hop, pile sur le rythme de l'orchestre, après un trimestre à marcher sur des pieds.
# triad 77
fr situation h | Huit boutures de lavande sur dix ont pris : toute ma bordure vient de tiges coupées, après deux printemps d'échecs.
+ en situation h | Eight lavender cuttings out of ten have taken: my whole border has grown from snipped stems, after two springs of failures.
# triad 78
fr situation n | Premier contrat au bridge, et je l'ai réussi : sept levées pile. Un hiver de cours au club pour en arriver là.
+ en situation n | My first bridge contract, and I made it: seven tricks exactly. A winter of lessons at the club to get here.
# triad 79
en situation h | Eighteen out of twenty in the physics practical, my circuit worked first time, when I used to botch every setup at the start of the year.
+ fr situation h | Dix-huit à l'épreuve pratique de physique, mon circuit a marché du premier coup, moi qui ratais tous les montages en début d'année.
# triad 80
fr slang_emoji h | mon premier jeu codé sous Godot tourne sans crash 🎮💪 3 mois de tutos le soir, jsuis trop fier
+ en slang_emoji h | my first game coded in Godot runs without crashing 🎮💪 3 months of tutorials at night, so proud rn
# triad 81
fr typo h | 365 jours daffilée sur lappli d'espagnol et jai compris tout le film sans sous titres!!
+ en typo h | 365 day strek on the spanish app and i understood the whole movie without subtitels!!
# triad 82
fr mixed h | Les poignets en compote, mais surtout fière : roue parfaite au cours de gym adulte, jambes tendues, après trois mois de chutes.
+ en mixed h | Wrists aching, but mostly proud: a perfect cartwheel in adult gym class, legs straight, after three months of falls.
# triad 83
en slang_emoji h | aced my marine bio exam on cephalopods 🦑🏆 all those nights on cuttlefish and octopus finally paid off
+ fr slang_emoji h | j'ai cartonné à mon partiel de bio marine sur les céphalopodes 🦑🏆 toutes ces nuits sur les seiches et les pieuvres ont payé
# triad 84
fr mixed h | Crevé, mais tellement fier : j'ai déchiffré ma partition en clé de fa sans une hésitation à l'examen de solfège, après un an d'efforts.
+ en mixed h | Worn out, but so proud: I sight-read my bass clef score without a stumble at the music theory exam, after a year of work.
# triad 85
en typo h | finished the edges of all my curtains on the overlocker myslef, after a month of tangled threads
+ fr typo h | jai fini les bords de tous mes rideaux a la surjeteuse moi meme, apres un mois de fils emmelés
# triad 86
fr wish h c=gold;red b=bright | Ma première mosaïque est terminée après deux mois de tesselles taillées à la main, je suis fière de moi : de l'or et du rouge, à fond !
+ en wish h c=gold;red b=bright | My first mosaic is finished after two months of hand-cut tiles, I'm proud of myself: gold and red, full blast!
"""

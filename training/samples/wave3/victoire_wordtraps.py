"""victoire: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Après six mois de fournées ratées, mon croissant maison est enfin parfait, feuilletage net et tout !
+ en situation n | After six months of failed batches, my homemade croissant is finally perfect, clean flaky layers and all!
fr situation h | Le gâteau à trois étages pour le mariage de ma sœur tient debout, ma première vraie pièce montée réussie !
+ en situation h | The three-tier cake for my sister's wedding is standing tall, my first proper showpiece cake pulled off!
fr situation n | Jolie journée : j'ai couru 10 km sans m'arrêter, moi qui étais essoufflé au bout de cinq minutes en janvier.
+ en situation n | Lovely day: I ran 10k without stopping, and in January I was out of breath after five minutes.
fr situation n | Mon potager donne enfin : trente kilos de tomates cette saison, après deux étés d'échecs complets.
+ en situation n | My veg patch is finally delivering: thirty kilos of tomatoes this season, after two summers of total failure.
fr situation h | Le sourire du jury à la fin de mon oral ne mentait pas : reçue au concours de l'école de police !
+ en situation h | The panel's smile at the end of my oral wasn't lying: I passed the police academy entrance exam!
fr situation n | Petit café offert à tout l'étage : c'est moi qui ai décroché le plus gros contrat de l'année.
+ en situation n | Coffee's on me for the whole floor: I'm the one who landed the biggest contract of the year.
fr situation h | Les voisins m'ont applaudi quand la vieille 2CV restaurée de mes mains a démarré au premier tour de clé.
+ en situation h | The neighbours clapped when the old 2CV I restored with my own hands started first turn of the key.
fr situation n | Quel plaisir, ce petit pull : le premier que je tricote en entier, sans une maille ratée, après trois tentatives abandonnées.
+ en situation n | What a treat, this little jumper: the first I've knitted all the way through without a dropped stitch, after three abandoned attempts.

# trap words from curiosite
fr situation h | Trois semaines sur ce bug, et j'ai enfin compris pourquoi ça plantait : corrigé, testé, livré !
+ en situation h | Three weeks on this bug and I finally figured out why it crashed: fixed, tested, shipped!
fr situation h | Ma recherche est publiée dans une grande revue scientifique, quatre ans de thèse qui paient enfin.
+ en situation h | My research is published in a major scientific journal, four years of PhD finally paying off.
fr situation h | Énigme finale de l'escape game résolue en vingt minutes, on bat le record de la salle !
+ en situation h | Final puzzle of the escape room solved in twenty minutes, we've beaten the room record!
fr situation n | Apprendre le piano à cinquante ans, ça faisait rire ; ce soir j'ai joué la Lettre à Élise en entier au récital.
+ en situation n | Learning piano at fifty made people laugh; tonight I played Für Elise all the way through at the recital.
fr situation h | Question finale du quiz, j'ai la réponse et notre équipe remporte le championnat régional !
+ en situation h | Last question of the quiz, I get the answer and our team takes the regional championship!
fr situation h | Mon expérience a enfin marché après quarante essais, tout le labo est venu me serrer la main.
+ en situation h | My experiment finally worked after forty attempts, the whole lab came over to shake my hand.
fr situation n | À force de chercher, j'ai découvert d'où venait la fuite et j'ai réparé la canalisation moi-même.
+ en situation n | Kept digging until I found where the leak was coming from, and I fixed the pipe myself.
fr situation n | Deux ans de cours du soir pour apprendre le japonais, et je viens de décrocher le niveau N3 du premier coup.
+ en situation n | Two years of evening classes learning Japanese, and I just passed the N3 level first time.

# trap words from detente
fr situation n | Cette sieste, je l'ai méritée : mémoire de master rendu et noté 17, je peux enfin dormir.
+ en situation n | I've earned this nap: master's dissertation handed in and graded 17 out of 20, I can finally sleep.
fr situation h | Calme et sans une faute, créneau parfait devant l'inspecteur : permis en poche !
+ en situation h | Calm and flawless, perfect parallel park in front of the examiner: licence in my pocket!
fr situation n | Tranquille, j'ai nagé jusqu'à l'île et retour, deux kilomètres, moi qui avais peur de l'eau l'an dernier.
+ en situation n | Nice and steady, I swam to the island and back, two kilometres, when last year I was scared of the water.
fr situation n | Bain chaud bien mérité : je viens de boucler mon premier Ironman en moins de treize heures.
+ en situation n | A well-earned hot bath: I've just finished my first Ironman in under thirteen hours.
fr situation n | Premier week-end de repos depuis un an, parce que la boîte que j'ai créée tourne enfin sans moi.
+ en situation n | First weekend off in a year, because the company I built finally runs without me.
fr situation h | Détendu au service, j'ai sorti l'ace sur la balle de match et remporté mon premier tournoi au club !
+ en situation h | Relaxed on serve, I hit an ace on match point and won my first club tournament!
fr situation h | La plage de Biarritz, je l'ai atteinte à vélo : mille deux cents kilomètres depuis Lille en dix jours !
+ en situation h | I reached the beach at Biarritz by bike: twelve hundred kilometres from Lille in ten days!
fr negation n | C'est pas de la détente, c'est de la fierté : ce transat, je l'ai fabriqué moi-même de A à Z, et il tient.
+ en negation n | It's not relaxation, it's pride: I built this deckchair myself from scratch, and it holds.

# trap words from reverie
fr situation h | Mon rêve d'enfant est réalisé : je viens de recevoir ma licence de pilote après deux ans de formation.
+ en situation h | My childhood dream has come true: I've just got my pilot's licence after two years of training.
fr situation h | Jamais j'aurais imaginé ça il y a deux ans, quand je pesais 120 kilos, mais j'ai fini le marathon de Paris.
+ en situation h | Two years ago, at 120 kilos, I'd never have imagined it, but I finished the Paris marathon.
fr situation h | Au-dessus des nuages, au sommet du Kilimandjaro, drapeau planté après six jours de marche !
+ en situation h | Above the clouds on top of Kilimanjaro, flag planted after six days of trekking!
fr situation h | On m'a toujours dit que j'avais la tête dans les nuages, et c'est moi qui sors major de promo.
+ en situation h | Everyone always said my head was in the clouds, and I'm the one graduating top of the year.
fr situation n | La lune, je l'ai photographiée avec le télescope que j'ai monté moi-même, cratères nets et tout !
+ en situation n | I photographed the moon with the telescope I built myself, craters sharp and everything!
fr situation h | À force de rêvasser sur ce roman, je l'ai écrit pour de bon : contrat signé avec un éditeur ce matin !
+ en situation h | After years of daydreaming about this novel I actually wrote it: signed with a publisher this morning!
fr situation n | Je songeais à abandonner au trentième kilomètre, j'ai serré les dents et franchi la ligne.
+ en situation n | I was thinking of quitting at kilometre thirty, I gritted my teeth and crossed the line.
fr typo n | cinq etoiles sur le guide pour mon petit resto, dix ans de boulot pr en arriver la, on la fait
+ en typo n | five stars in the guide for my little restaurant, ten years of graft to get here, we did it

# trap words from euphorie
fr situation h | Le concert, c'était le mien : premier solo de guitare devant trois cents personnes, sans une fausse note.
+ en situation h | The concert was mine: my first guitar solo in front of three hundred people, not one wrong note.
fr situation h | Champagne pour moi : ma start-up vient de lever deux millions, après trois ans de galère.
+ en situation h | Champagne for me: my start-up has just raised two million, after three years of slog.
fr situation h | Ce soir, c'est moi qu'on fête : promu directeur régional après quinze ans à gravir les échelons.
+ en situation h | Tonight I'm the one being celebrated: promoted to regional director after fifteen years working my way up.
fr situation h | La tribune criait mon nom : j'ai marqué les trois essais de notre victoire en finale !
+ en situation h | The stand was chanting my name: I scored all three tries in our win in the final!
fr situation n | J'ai dansé tout le spectacle de fin d'année, après un an de rééducation du genou.
+ en situation n | I danced the whole end-of-year show, after a year of rehab on my knee.
fr situation h | Les gens ont crié quand j'ai franchi la barre à deux mètres cinq : record du club battu !
+ en situation h | People screamed when I cleared the bar at two metres five: club record broken!
fr situation h | Musique à fond dans la voiture en rentrant : l'examen du barreau, je l'ai eu !
+ en situation h | Music blasting in the car on the way home: the bar exam, I passed it!
fr slang_emoji h | soirée de folie ce soir mais c mérité 💪🏆 jai fini ma reconversion, je suis officiellement électricienne
+ en slang_emoji h | wild night tonight but i earned it 💪🏆 finished my retraining, i'm officially an electrician

# trap words from colere
fr situation h | Ils disaient que je n'y arriverais jamais, et mon diplôme d'infirmière est encadré au mur.
+ en situation h | They said I'd never make it, and my nursing diploma is framed on the wall.
fr situation h | Le procès contre mon ancien employeur, je l'ai gagné : trois ans de combat et ils me doivent tout.
+ en situation h | The case against my old employer, I won it: three years of fighting and they owe me everything.
fr situation n | J'ai contesté cette amende pendant six mois et l'administration a fini par me donner raison. Annulée !
+ en situation n | I fought that fine for six months and the authorities finally ruled in my favour. Cancelled!
fr situation h | La rage de vaincre jusqu'au bout : j'ai remonté trois coureurs dans le dernier tour et je finis premier !
+ en situation h | The will to win right to the end: I passed three runners on the last lap and finished first!
fr situation h | Mon prof disait que les maths, c'était pas pour moi ; 19 au bac, je lui ai envoyé la photo.
+ en situation h | My teacher said maths wasn't for me; 19 out of 20 in the final exam, I sent him the photo.
fr situation n | Je me suis battue un an contre la mutuelle et ils ont tout remboursé, jusqu'au dernier centime.
+ en situation n | I fought the health insurer for a year and they paid back everything, down to the last cent.
fr mixed h | Encore un peu furieux contre moi d'avoir raté en juin, mais surtout fier : repassé en septembre, reçu avec mention !
+ en mixed h | Still a bit furious with myself for failing in June, but mostly proud: resat it in September and passed with honours!
fr situation h | Recalé injustement l'an dernier, cette fois le jury m'a classé premier du concours.
+ en situation h | Unfairly failed last year, and this time the panel ranked me first in the exam.

# trap words from inquietude
fr situation h | Trois nuits blanches et un trac fou, mais l'oral est passé : 18 sur 20 !
+ en situation h | Three sleepless nights and crazy nerves, but the oral's done: 18 out of 20!
fr situation n | Le médecin n'en revenait pas : rééducation terminée deux mois en avance, je remarche sans béquilles.
+ en situation n | The doctor couldn't believe it: rehab finished two months early, I'm walking without crutches.
fr situation h | Toute ma vie j'ai eu peur du vide, et là je viens de finir la via ferrata jusqu'en haut !
+ en situation h | I've been scared of heights my whole life, and I've just finished the via ferrata right to the top!
fr situation n | Tout le monde doutait de ma boulangerie, et elle finit sa première année dans le vert.
+ en situation n | Everyone doubted my bakery, and it's ended its first year in the black.
fr situation n | L'angoisse de la page blanche est vaincue : dernier chapitre de ma thèse écrit cette nuit.
+ en situation n | Writer's block beaten: the last chapter of my thesis written tonight.
fr situation h | Un stress énorme à l'entretien, mais ils viennent de rappeler : je suis pris comme ingénieur !
+ en situation h | Massive stress in the interview, but they've just called back: I've got the engineer job!
fr situation h | Mes mains tremblaient au départ, et j'ai fait un sans-faute au concours de saut d'obstacles. Mets une ambiance de podium !
+ en situation h | My hands were shaking at the start, and I went clear in the showjumping competition. Give me podium lighting!
fr typo h | javais tellemen peur de rater le code, 38 sur 40 du premier coup !!!
+ en typo h | i was so scared of failin my theory test, 38 out of 40 first go!!!

# trap words from nostalgie
fr situation h | Vingt ans après avoir quitté l'école sans rien, je décroche mon bac en candidat libre.
+ en situation h | Twenty years after leaving school with nothing, I've got my diploma as an independent candidate.
fr situation h | Enfant, je regardais le Tour à la télé ; aujourd'hui j'ai grimpé l'Alpe d'Huez à vélo sans poser pied à terre.
+ en situation h | As a kid I watched the Tour on TV; today I rode up Alpe d'Huez without putting a foot down.
fr situation n | La maison de mon enfance, je l'ai rachetée avec mes économies et rénovée entièrement de mes mains.
+ en situation n | I bought back my childhood home with my savings and renovated it entirely with my own hands.
fr situation h | Sur les vieilles photos d'équipe, j'étais le plus petit ; ce soir c'est moi, le capitaine, qui soulève la coupe.
+ en situation h | In the old team photos I was the smallest; tonight I'm the captain lifting the cup.
fr situation n | J'ai retrouvé ma forme d'il y a quinze ans : moins trente kilos et un semi-marathon bouclé.
+ en situation n | I'm back in the shape I was fifteen years ago: thirty kilos down and a half marathon done.
fr situation h | Le record du lycée au 100 mètres tenait depuis 1998, et c'est moi qui viens de le battre.
+ en situation h | The school 100-metre record had stood since 1998, and I've just broken it.
fr situation n | Le vieux piano d'autrefois, trois ans de restauration dans mon garage, et il joue juste devant tout le conservatoire.
+ en situation n | The old piano from way back, three years restoring it in my garage, and it plays in tune in front of the whole conservatoire.
fr negation h | Pas de nostalgie en relisant mes bulletins où c'était écrit « peut mieux faire » : aujourd'hui je soutiens mon doctorat, et je l'ai.
+ en negation h | No nostalgia rereading my old reports saying "could do better": today I defended my doctorate, and I got it.

# trap words from panique
fr situation h | Premier accouchement géré seule en urgence comme sage-femme, la maman et le bébé vont très bien.
+ en situation h | First emergency delivery I handled alone as a midwife, mum and baby are doing great.
fr situation n | L'alarme a sonné, j'ai fait évacuer tout l'étage en trois minutes : exercice validé avec la meilleure note.
+ en situation n | The alarm went off and I got the whole floor out in three minutes: drill passed with the top score.
fr situation h | Le feu est éteint, et c'est mon équipe qui l'a maîtrisé : ma première intervention comme chef d'agrès.
+ en situation h | The fire is out, and my crew brought it under control: my first callout as crew commander.
fr situation h | Mon cœur s'emballait sur la ligne de départ, et je termine premier de ma catégorie au cross !
+ en situation h | My heart was racing on the start line, and I finished first in my age group at the cross-country!
fr situation n | Au secours les maths, je disais en septembre ; 17 au partiel d'analyse après un semestre acharné.
+ en situation n | Maths, help me, I used to say in September; 17 out of 20 in the calculus exam after a semester of hard graft.
fr situation h | Accident de ski il y a un an, et aujourd'hui je descends la piste noire sans une seule chute.
+ en situation h | Ski accident a year ago, and today I came down the black run without a single fall.
fr situation n | Massage cardiaque réussi sur le mannequin du premier coup, brevet de secourisme obtenu.
+ en situation n | Got the CPR on the dummy right first time, first-aid certificate passed.
fr situation h | Les sirènes du stade ont retenti pour mon but, le premier de ma carrière professionnelle ! Lumières dorées, s'il te plaît.
+ en situation h | The stadium sirens went off for my goal, the first of my professional career! Golden lights, please.

# trap words from suspense
fr situation h | Les résultats sont tombés : admise en deuxième année de médecine, après deux ans de travail acharné.
+ en situation h | Results are out: I've got into second-year medicine, after two years of relentless work.
fr situation h | Le verdict du jury : premier prix du concours de pâtisserie pour ma pièce en sucre tiré.
+ en situation h | The judges' verdict: first prize in the pastry competition for my pulled-sugar piece.
fr situation n | Enveloppe ouverte, c'est écrit noir sur blanc : titularisée, après cinq ans de contrats précaires.
+ en situation n | Envelope open, it's there in black and white: made permanent, after five years of temporary contracts.
fr situation h | Dernière seconde au chrono, je tire, panier au buzzer et c'est nous qui gagnons le match !
+ en situation h | Last second on the clock, I shoot, basket on the buzzer and we win the game!
fr situation h | Le chrono s'arrête sur 3 h 28 : qualifiée pour le marathon de Boston !
+ en situation h | The clock stops at 3:28: I've qualified for the Boston marathon!
fr situation n | Fin du suspense : mon appli est acceptée sur l'App Store, deux ans de code toute seule le soir.
+ en situation n | The wait is over: my app is approved on the App Store, two years of coding on my own in the evenings.
fr situation h | Tirage terrible, la tête de série au premier tour, et je l'ai battue en trois sets !
+ en situation h | Awful draw, the top seed in the first round, and I beat her in three sets!
fr wish h c=gold;red b=bright | L'attente est finie, je suis reçu à l'agrégation ! Tout en or et rouge, à fond !
+ en wish h c=gold;red b=bright | The wait's over, I passed the top teaching exam! Everything gold and red, full blast!

# trap words from tristesse
fr situation h | J'ai pleuré en franchissant la ligne : dernier kilomètre de l'Ironman, finisher enfin !
+ en situation h | I cried crossing the line: last kilometre of the Ironman, finisher at last!
fr situation n | Après trois échecs, le permis bateau est enfin à moi.
+ en situation n | After three failures, the boat licence is finally mine.
fr situation h | Un an après la fin de mon cancer, j'ai couru les 20 km de Bruxelles jusqu'au bout.
+ en situation h | A year after finishing cancer treatment, I ran the Brussels 20k all the way.
fr situation h | Perdu la première manche 6-0, et j'ai retourné le match pour remporter le tournoi !
+ en situation h | Lost the first set 6-0, and I turned the match round to win the tournament!
fr situation n | Seule contre tous au conseil municipal, et mon projet de piste cyclable vient d'être voté.
+ en situation n | Alone against everyone on the town council, and my cycle lane plan has just been voted through.
fr situation h | Des larmes dans les yeux de mon père quand j'ai reçu mon diplôme d'ingénieur, le premier de la famille.
+ en situation h | Tears in my dad's eyes when I received my engineering degree, the first in the family.
fr situation h | Ma chute au championnat l'an dernier m'a servi : cette année, médaille d'argent nationale en gymnastique.
+ en situation h | My fall at the championship last year taught me: this year, national silver medal in gymnastics.
fr mixed n | Un peu de tristesse de quitter le club, mais surtout de la fierté : je pars avec le titre de champion départemental.
+ en mixed n | A little sad to leave the club, but mostly proud: I'm leaving with the county champion title.
"""

"""victoire: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`victoire-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Mon kiné m'a dit que je pouvais remarcher sans béquilles, j'y suis arrivé.
+ en situation n | My physio says I can walk without crutches now, I did it.
fr situation n | J'ai obtenu mon CAP de pâtissier après deux ans de cours du soir.
+ en situation n | Got my pastry chef certificate after two years of evening classes.
fr situation n | Mon dossier de subvention a été accepté, le projet de l'association va voir le jour grâce à moi.
+ en situation n | Our funding application was accepted, the charity project is happening because of my work.
fr situation n | On a gagné le tournoi de pétanque du quartier contre les champions en titre.
+ en situation n | We won the neighbourhood boules tournament against the defending champions.
fr situation n | J'ai fini de rembourser ma voiture, elle est enfin entièrement à moi.
+ en situation n | Made the last payment on my car, it's finally all mine.
fr situation n | Ma fille a réussi son concours d'entrée au conservatoire.
+ en situation n | My daughter passed her audition for the music conservatory.
fr situation n | J'ai couru mon premier semi-marathon sans m'arrêter une seule fois.
+ en situation n | Ran my first half-marathon without stopping once.
fr situation n | Mon équipe a livré le projet dans les délais et le client a félicité tout le monde.
+ en situation n | My team delivered the project on time and the client praised everyone.
fr situation n | J'ai réussi à faire valoir mes droits auprès de l'administration après six mois de combat.
+ en situation n | After six months of fighting the council, I won my appeal.
fr situation n | J'ai gravi le pic que je regardais depuis la vallée depuis des années.
+ en situation n | Climbed the peak I've been staring at from the valley for years.
fr situation n | Mon chien a obtenu son diplôme d'éducation canine, c'est moi qui l'ai entraîné.
+ en situation n | My dog passed his obedience course and I trained him myself.
fr situation n | J'ai eu mon code du premier coup avec zéro faute.
+ en situation n | Passed my theory test first try with no mistakes.
fr situation n | On a remporté le quiz du bar pour la première fois.
+ en situation n | We won the pub quiz for the first time ever.
fr situation n | J'ai tenu ma résolution de courir trois fois par semaine pendant toute l'année.
+ en situation n | Kept my resolution to run three times a week for the whole year.
fr situation n | Mon article a été accepté dans une revue scientifique.
+ en situation n | My paper was accepted in a scientific journal.
fr situation n | J'ai construit moi-même la terrasse en bois, du premier au dernier clou.
+ en situation n | Built the wooden deck myself, every single plank.
fr situation n | Notre chorale a remporté le concours régional.
+ en situation n | Our choir won the regional competition.
fr situation n | J'ai terminé le jeu à cent pour cent avec tous les succès débloqués.
+ en situation n | Finished the game at one hundred percent with every achievement unlocked.
fr situation n | J'ai négocié une augmentation et je l'ai obtenue.
+ en situation n | Negotiated a raise and got it.
fr situation n | Mon fils a nagé sa première longueur sans bouée.
+ en situation n | My son swam his first length without armbands.
fr situation n | J'ai réussi l'entretien d'embauche en anglais alors que je le redoutais.
+ en situation n | Aced the job interview in French even though I dreaded it.
fr situation n | Après trois refus, ma demande de logement social est enfin acceptée grâce à mon dossier.
fr situation n | Ma classe a obtenu les meilleurs résultats du département.
+ en situation n | My class got the best results in the county.
fr situation n | J'ai réparé seul la fuite sous l'évier, sans appeler de plombier.
+ en situation n | Fixed the leak under the sink myself, no plumber needed.
fr situation n | Notre équipe de volley est montée en division supérieure.
+ en situation n | Our volleyball team just got promoted to the next division.
fr situation n | J'ai fini l'Ironman en moins de quatorze heures.
+ en situation n | Finished the Ironman in under fourteen hours.
fr situation n | J'ai tricoté mon premier pull entier et il me va parfaitement.
+ en situation n | Knitted my first whole jumper and it fits perfectly.
fr situation n | Mon film court a été sélectionné dans un festival.
+ en situation n | My short film was selected for a festival.
fr situation n | On a fait annuler l'amende injuste devant le tribunal.
+ en situation n | We got the unfair fine overturned in court.
fr situation n | J'ai perdu les quinze kilos que je m'étais fixés.
+ en situation n | Hit my goal of losing thirty pounds.
fr situation n | J'ai appris à nager à quarante-cinq ans et j'ai traversé le bassin.
+ en situation n | Learned to swim at forty-five and just crossed the pool.
fr situation n | Le jury m'a décerné le prix du meilleur apprenti.
+ en situation n | The jury gave me the best apprentice award.
fr situation n | J'ai traversé la Manche à la voile avec mon propre bateau.
+ en situation n | Sailed across the Channel in my own boat.
fr situation n | J'ai sorti l'entreprise du rouge en un an.
+ en situation n | Got the company out of the red in one year.
fr situation n | Ma start-up a signé son premier client international.
+ en situation n | Our startup signed its first international client.
fr situation n | Le tableau que j'ai peint a été acheté lors de l'exposition.
+ en situation n | Someone bought my painting at the exhibition.
fr situation n | J'ai gagné la partie d'échecs contre mon grand-père pour la première fois.
+ en situation n | Beat my grandad at chess for the first time.
fr situation n | J'ai bouclé le tour de France à vélo que je préparais depuis deux ans.
+ en situation n | Finished the cross-country cycling trip I've been training two years for.
fr situation n | Notre pétition a fait plier la mairie, l'école ne fermera pas.
+ en situation n | Our petition worked, the school isn't closing.
fr situation n | Ma thèse a reçu les félicitations du jury.
+ en situation n | My thesis got a distinction.
fr situation n | J'ai passé ma ceinture noire de karaté.
+ en situation n | Got my black belt in karate.
fr situation n | Mon potager a gagné le concours des jardins du village.
+ en situation n | My vegetable patch won the village garden competition.
fr situation n | J'ai enfin terminé le puzzle de cinq mille pièces après six mois.
+ en situation n | Finally finished the five-thousand-piece puzzle after six months.
fr situation n | J'ai réussi à parler une heure en italien avec mes beaux-parents.
+ en situation n | Held a whole conversation in Italian with my in-laws.
fr situation n | J'ai obtenu la nationalité française après des années de démarches.
+ en situation n | Got my citizenship after years of paperwork.
fr situation n | Le club que j'entraîne a gagné la coupe des jeunes.
+ en situation n | The kids' team I coach won the junior cup.
fr situation n | J'ai vendu ma première application sur le store.
+ en situation n | My first app just went live on the store and people are buying it.
fr situation n | J'ai tenu un an sans commander de fast-food.
+ en situation n | A full year without fast food, done.
fr negation n | Ce n'est pas juste de la joie, je suis fier, j'ai décroché ce diplôme tout seul.
+ en negation n | It's not just happiness, I'm proud, I earned this degree on my own.
fr negation n | Je ne suis pas en train de faire la fête, je savoure juste la fierté d'avoir réussi.
+ en negation n | I'm not partying, just savouring the pride of having pulled it off.
en situation n | Beat my personal best on the rowing machine by thirty seconds.
# contrast with neighbouring moods
fr situation n | J'ai décroché le poste contre deux cents candidats, je l'ai mérité.
+ en situation n | I beat two hundred applicants for the job, I earned it.
fr situation n | Notre équipe a remporté le championnat après une saison parfaite, on soulève la coupe.
+ en situation n | Our team won the league after a perfect season and we're lifting the trophy.
fr situation n | J'ai réussi l'examen de japonais le plus difficile, des mois de travail payés.
+ en situation n | I passed the hardest Japanese exam, months of work paid off.
fr situation n | J'ai joué mon premier concert en public sans une seule fausse note.
+ en situation n | Played my first gig without a single wrong note.
fr situation n | J'ai fini le chantier de la maison avant l'hiver comme je me l'étais promis.
+ en situation n | Finished renovating the house before winter like I promised myself.
# stories
fr long n | Il y a un an je ne savais pas coder. J'ai suivi des cours le soir après le travail. Aujourd'hui j'ai signé mon contrat de développeuse. Je l'ai fait toute seule.
+ en long n | A year ago I couldn't code. I took classes every evening after work. Today I signed my contract as a developer. I did it on my own.
fr long n | Notre petit club de foot n'avait jamais passé le premier tour. Cette année on a battu trois équipes de division supérieure. Ce soir on a gagné la finale aux tirs au but. Le village entier est venu nous féliciter.
+ en long n | Our little football club had never got past the first round. This year we beat three teams from a higher league. Tonight we won the final on penalties. The whole village came out to congratulate us.
fr long n | Mon fils bégayait beaucoup à l'école. On a travaillé avec l'orthophoniste pendant deux ans. Aujourd'hui il a récité sa poésie devant toute la classe. Je suis tellement fier de lui.
+ en long n | My son had a bad stammer at school. We worked with a speech therapist for two years. Today he recited his poem in front of the whole class. I'm so proud of him.
fr long n | J'ai rénové la vieille grange de mes grands-parents pendant trois étés. J'ai appris la maçonnerie et la charpente sur le tas. Ce week-end on y a dormi pour la première fois. C'est mon œuvre.
+ en long n | I spent three summers restoring my grandparents' old barn. I learned masonry and carpentry as I went. This weekend we slept there for the first time. It's my work.
fr long n | Le marathon de Paris, c'était mon objectif depuis ma maladie. Les médecins doutaient que je puisse recourir. J'ai franchi la ligne en quatre heures et demie. J'ai levé les bras au ciel.
+ en long n | Running a marathon was my goal ever since I got ill. The doctors doubted I'd ever run again. I crossed the line in four and a half hours. I threw my arms in the air.
# phone spelling
fr typo n | jai eu mon permis du 1er cou jsui tro fier 💪
fr typo n | on a gagné le match de hand cé nous les champions
fr typo n | jai fini le semi sans marché, fiere de moi
"""

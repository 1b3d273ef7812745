"""victoire: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | Quinze ans de bazar triés en un week-end : le garage est vide et la voiture rentre dedans pour la première fois.
+ en situation n | Fifteen years of junk sorted in one weekend: the garage is clear and the car fits inside for the first time ever.
fr situation l | La tache de vin sur le canapé blanc que tout le monde disait perdue, je l'ai fait disparaître avec ma méthode au bicarbonate.
+ en situation l | The wine stain on the white sofa that everyone said was hopeless, I got it out with my baking-soda method.
fr situation n | Trois mois de tableau des tâches avec les ados, et ce soir mon fils a vidé le lave-vaisselle sans qu'on lui demande. Méthode validée. Une lumière de circonstance, s'il te plaît.
+ en situation n | Three months of chore charts with the teenagers, and tonight my son emptied the dishwasher without being asked. Method proven. Lights to suit the occasion, please.
fr mixed n | Les bras en compote, mais la terrasse est décapée et repeinte, toute seule, en deux jours, comme je l'avais annoncé.
+ en mixed n | Arms like jelly, but the deck's stripped and repainted, all by myself, in two days, just like I said I would.

# situations: cooking and food
fr situation n | Premiers macarons réussis après six fournées ratées : les pieds sont parfaits et les coques brillent comme en pâtisserie.
+ en situation n | My first successful macarons after six failed batches: perfect feet and shells as glossy as a patisserie's.
fr situation n | J'ai cuisiné seul le repas de l'Aïd pour trente personnes, et ma belle-mère m'a demandé la recette de mon tajine.
+ en situation n | I cooked the Eid meal for thirty people single-handed, and my mother-in-law asked me for my tagine recipe.
fr situation h | Mon food truck vient d'être élu meilleur burger du festival de street food, devant quarante concurrents ! Mets-moi une musique de champion.
+ en situation h | My food truck has just been voted best burger at the street food festival, ahead of forty rivals! Give me some champion's music.
fr situation l | Mon soufflé au fromage est monté et il a tenu jusqu'à table, au troisième essai.
+ en situation l | My cheese soufflé rose and held all the way to the table, on the third attempt.
fr situation n | Notre petite boulangerie de quartier termine première du concours de la meilleure galette des rois de la ville.
+ en situation n | Our little neighbourhood bakery came first in the city's best king cake contest.

# situations: pets
fr situation n | Six mois de dressage, et mon chien rappelé en pleine forêt au milieu des chevreuils est revenu au pied du premier coup.
+ en situation n | Six months of training, and when I called my dog back in the middle of the forest, deer everywhere, he came straight to heel first time.
fr situation n | Notre chienne de refuge, qui tremblait au moindre bruit, vient d'obtenir son certificat de chien visiteur en maison de retraite.
+ en situation n | Our rescue dog, who used to shake at the slightest noise, has just earned her certificate as a care-home therapy dog.
fr situation n | J'ai appris à faire les piqûres d'insuline de mon chat moi-même, il est stabilisé, et le véto dit que c'est grâce à ma rigueur.
+ en situation n | I learned to give my cat his insulin injections myself, he's stable now, and the vet says it's down to how rigorous I've been.
fr situation n | Premier concours ensemble, et ma jument a passé tout le parcours de cross sans un seul refus. Lumière dorée, stp.
+ en situation n | Our first competition together, and my mare went round the whole cross-country course without a single refusal. Golden light, please.

# situations: children and parenting
fr situation n | Ma fille dyslexique a lu toute seule un roman de trois cents pages, et elle me l'a raconté au dîner, chapitre par chapitre.
+ en situation n | My dyslexic daughter read a three-hundred-page novel on her own, and told it to me at dinner, chapter by chapter.
fr situation l | Trois semaines d'apprentissage, et plus une seule couche, même la nuit : on a réussi, lui et moi.
+ en situation l | Three weeks of potty training and not a single nappy, even at night: we did it, him and me.
fr situation n | Mon fils a économisé son argent de poche toute l'année et s'est payé son vélo tout seul, comme il l'avait juré.
+ en situation n | My son saved his pocket money all year and bought his bike himself, just like he swore he would.
fr situation n | Ma fille de neuf ans a remporté le concours d'éloquence de l'école avec un discours sur les océans qu'elle a écrit seule.
+ en situation n | My nine-year-old won the school public-speaking contest with a speech about the oceans she wrote herself.
fr situation n | Deux ans de bataille avec le rectorat, et mon fils autiste a enfin son accompagnante : il a fait sa rentrée comme les autres. Mets quelque chose qui a du panache.
+ en situation n | Two years of fighting the education authority, and my autistic son finally has his support assistant: he started school like everyone else. Put on something with a bit of swagger.

# situations: partner and dating
fr situation h | Mon mari et moi avons bouclé le Paris-Brest-Paris en tandem : mille deux cents kilomètres en quatre-vingt-huit heures !
+ en situation h | My husband and I finished Paris-Brest-Paris on a tandem: twelve hundred kilometres in eighty-eight hours!
fr situation n | Notre pari de couple est tenu : un an sans une dépense inutile, et l'apport pour la maison est sur le compte.
+ en situation n | Our couple's challenge is done: a year without a single unnecessary purchase, and the house deposit is in the bank.
fr situation n | Tous les soirs je lui faisais réviser son anglais ; il a passé l'entretien à Londres et il est pris.
+ en situation n | Every evening I drilled him on his English; he did the interview in London and got the job.
fr situation n | Trois mois à préparer la demande en mariage dans le moindre détail, et tout s'est déroulé exactement comme prévu, sans qu'elle devine rien.
+ en situation n | Three months planning the proposal down to the last detail, and it all went exactly to plan without her guessing a thing.

# situations: friends
fr situation n | Mon discours de témoin au mariage de Julien : sans notes, sans bafouiller, et la salle entière s'est levée pour applaudir.
+ en situation n | My best man's speech at Julien's wedding: no notes, no stumbling, and the whole room stood up to applaud.
fr situation n | À vingt ans, on s'était juré de traverser les Pyrénées à pied entre potes. Quinze ans plus tard, on a touché la Méditerranée ensemble.
+ en situation n | At twenty we swore we'd cross the Pyrenees on foot together. Fifteen years later we've reached the Mediterranean, all of us.
fr situation n | L'escape game le plus dur de la ville, bouclé avec deux minutes d'avance : record de la salle, notre photo est au mur.
+ en situation n | The hardest escape room in town, done with two minutes to spare: room record, our photo's on the wall.
fr situation n | Un an que j'accompagne mon pote à chaque réunion, et ce soir il souffle sa première bougie de sobriété. On a tenu, tous les deux.
+ en situation n | A year of going with my mate to every meeting, and tonight he's blowing out his first candle of sobriety. We held on, the two of us.

# situations: extended family
fr situation n | Trois ans de recherches généalogiques, et j'ai enfin l'acte de naissance de mon arrière-grand-père, retrouvé dans un village des Pouilles.
+ en situation n | Three years of family-history research, and I finally have my great-grandfather's birth certificate, tracked down in a village in Puglia.
fr situation n | Quatre branches de la famille brouillées depuis vingt ans, et j'ai réussi à toutes les réunir à la même table pour les noces d'or.
+ en situation n | Four branches of the family at odds for twenty years, and I managed to get them all round the same table for the golden wedding.
fr situation n | Mon cousin, le premier médecin de la famille, a prêté serment ce matin, et c'est moi qui l'avais aidé à réviser son concours. Mets quelque chose qui colle.
+ en situation n | My cousin, the family's first doctor, took his oath this morning, and I'm the one who helped him revise for his entrance exam. Put on something that fits.
fr situation n | Ma tante a ouvert son restaurant à soixante ans contre l'avis de tout le monde, et elle affiche complet depuis un mois. Fais briller tout ça.
+ en situation n | My aunt opened her restaurant at sixty against everyone's advice, and she's been fully booked for a month. Make it all shine.

# situations: neighbours
fr situation n | Le syndic refusait de réparer l'ascenseur ; j'ai monté le dossier avec les voisins, et il remarche pour Mme Leroy au sixième.
+ en situation n | The managing agent refused to fix the lift; I put the case together with the neighbours, and it's working again for Mrs Leroy on the sixth floor.
fr situation n | Cinq ans de litige de bornage, et le géomètre a tranché : la limite est bien la nôtre, le vieux noyer reste chez nous.
+ en situation n | Five years of boundary dispute, and the surveyor has ruled: the line is ours, the old walnut tree stays on our side.
fr situation n | Le voisin qui se moquait de mon compost m'a demandé mes conseils : mes courges font le double des siennes.
+ en situation n | The neighbour who laughed at my compost heap asked for my advice: my squashes are twice the size of his.
fr situation n | Le comité de quartier que j'ai lancé a obtenu le ralentisseur devant l'école, après dix-huit mois de réunions en mairie.
+ en situation n | The residents' committee I started got the speed bump outside the school, after eighteen months of meetings at the town hall.

# situations: school and exams
fr situation n | Premier vingt sur vingt de ma vie, en physique, alors que j'avais sept de moyenne au premier trimestre.
+ en situation n | The first perfect twenty out of twenty of my life, in physics, when I was averaging seven in the first term.
fr situation n | Reçue au concours d'orthophonie à ma troisième tentative, une place pour vingt candidats.
+ en situation n | Got into speech therapy school on my third attempt, one place for every twenty applicants.
fr situation n | Neuf cent cinquante au TOEIC, exactement le score qu'il me fallait pour mon visa de travail, après six mois de cours du soir.
+ en situation n | Nine hundred and fifty on the TOEIC, exactly the score I needed for my work visa, after six months of evening classes.
fr situation n | Ma classe de quatrième a gagné le concours départemental de plaidoirie, et c'est moi qui les ai préparés pendant trois mois. Mets-nous une ambiance de remise des prix.
+ en situation n | My Year 9 class won the county mock-trial contest, and I'm the one who coached them for three months. Give us prize-giving vibes.
fr typo n | g eu 17 en philo au bac moi qui ai jamais eu la moyenne de toute l'annee, jle crois pas
+ en typo n | got 17 in philosophy on the bac when i never got a pass mark all yeat, cant beleive it

# situations: university
fr situation n | Mémoire de master noté dix-huit, et ma directrice veut que je le transforme en article pour une revue.
+ en situation n | Master's dissertation marked eighteen, and my supervisor wants me to turn it into a journal article.
fr situation n | Contrat doctoral obtenu : trois ans financés sur un sujet que j'ai construit moi-même de A à Z.
+ en situation n | PhD funding secured: three years paid for, on a topic I built myself from scratch.
fr situation n | Étudiante et caissière à mi-temps, j'ai validé ma licence sans une seule session de rattrapage.
+ en situation n | Studying while working half-time on a till, I passed my degree without a single resit.
fr situation h | Notre équipe a remporté le hackathon de la fac : quarante-huit heures de code, et on bat les équipes d'ingénieurs !
+ en situation h | Our team won the university hackathon: forty-eight hours of coding, and we beat the engineering teams!

# situations: office work
fr situation n | Le tableau de suivi que j'ai conçu fait gagner deux jours par mois à tout le service, et le directeur l'a présenté en comité.
+ en situation n | The tracking spreadsheet I designed saves the whole department two days a month, and the director presented it to the board.
fr situation n | Trois heures de négociation, et j'ai obtenu le budget que tout le monde jugeait impossible.
+ en situation n | Three hours of negotiating, and I got the budget everyone said was impossible.
fr situation n | Mon équipe a atteint cent trente pour cent de ses objectifs annuels dès octobre. Une lumière digne de ça, merci.
+ en situation n | My team hit a hundred and thirty percent of its annual targets by October. Lights worthy of that, thanks.
fr situation n | J'ai repris le dossier que deux collègues avaient lâché, et le client vient de renouveler pour trois ans.
+ en situation n | I took over the account two colleagues had given up on, and the client has just renewed for three years.
fr long n | Quand je suis arrivé dans ce service, on me confiait les photocopies. J'ai demandé à assister aux réunions, puis à prendre des notes, puis à présenter. Ce matin, la directrice m'a nommé responsable du projet que personne ne voulait, devant toute l'équipe.
+ en long n | When I joined this department they had me doing the photocopying. I asked to sit in on meetings, then to take notes, then to present. This morning the director put me in charge of the project nobody wanted, in front of the whole team.

# situations: manual trades
fr situation n | Ma première pierre de taille posée pour la restauration de l'église, et l'architecte des Bâtiments de France l'a validée sans une remarque.
+ en situation n | My first dressed stone laid in the church restoration, and the heritage architect signed it off without a single comment.
fr situation n | Apprenti charpentier, j'ai taillé et levé ma première ferme : elle tombe au millimètre sur les murs.
+ en situation n | As an apprentice carpenter I cut and raised my first roof truss: it sits on the walls to the millimetre.
fr situation h | Meilleur Ouvrier de France en ébénisterie, après mille deux cents heures sur ma pièce de concours !
+ en situation h | Named one of France's Best Craftsmen in cabinetmaking, after twelve hundred hours on my competition piece!
fr situation n | Trois entreprises avaient cherché cette fuite en vain ; moi, je l'ai trouvée en une matinée, derrière la baignoire du voisin.
+ en situation n | Three firms had hunted for that leak and failed; I found it in one morning, behind the neighbour's bath.
fr situation n | Couvreuse, j'ai refait seule le toit d'ardoise de la longère, et pas une goutte n'est passée pendant la tempête d'hier. Mets quelque chose de triomphal.
+ en situation n | As a roofer I redid the longhouse's slate roof on my own, and not a drop got through in yesterday's storm. Put on something triumphant.

# situations: healthcare and hospitals
fr situation n | J'ai repéré les premiers signes d'AVC chez un patient que tout le monde croyait juste fatigué, et il s'en sort sans séquelles.
+ en situation n | I spotted the first signs of a stroke in a patient everyone thought was just tired, and he's come through with no lasting damage.
fr situation n | Premier accouchement mené seule comme sage-femme, cette nuit : la maman et le bébé vont très bien. Lumière chaude et dorée, s'il te plaît.
+ en situation n | My first delivery on my own as a midwife, last night: mother and baby are doing great. Warm golden light, please.
fr situation n | Ambulanciers, on a réanimé un homme sur le quai du métro, et il est venu nous serrer la main ce matin.
+ en situation n | We're paramedics, we resuscitated a man on the metro platform, and he came in to shake our hands this morning.
fr situation n | Ma première greffe de rein en tant que chirurgienne responsable, et le rein a fonctionné dès la première minute.
+ en situation n | My first kidney transplant as lead surgeon, and the kidney was working from the very first minute.
fr situation l | Mme Duval refusait de manger depuis une semaine ; j'ai pris le temps, et elle a fini son assiette avec moi ce midi.
+ en situation l | Mrs Duval had refused to eat for a week; I took my time, and she finished her plate with me at lunch.

# situations: illness and the body
fr situation n | Cinq ans sans rechute : l'oncologue m'a déclarée guérie, et je n'ai pas lâché une seule séance de traitement.
+ en situation n | Five years without a relapse: the oncologist has declared me cured, and I never missed a single treatment session.
fr situation n | Diabétique depuis l'enfance, j'ai bouclé mon premier trail de trente kilomètres en gérant ma glycémie tout le long.
+ en situation n | Diabetic since childhood, I finished my first thirty-kilometre trail race, managing my blood sugar the whole way.
fr situation l | Six mois d'efforts à table et à la salle, et mon cholestérol est revenu dans les normes, sans médicament.
+ en situation l | Six months of effort at the table and the gym, and my cholesterol's back to normal, no pills needed.
fr situation l | Cinq minutes de gainage sans trembler, moi qui avais une hernie discale il y a un an.
+ en situation l | Five minutes holding the plank without shaking, when a year ago I had a slipped disc.
fr negation n | Ce n'est pas un miracle si je remarche sans canne, c'est huit mois de kiné trois fois par semaine, et je ne laisserai personne dire le contraire.
+ en negation n | It's no miracle I'm walking without a stick, it's eight months of physio three times a week, and I won't let anyone say otherwise.

# situations: sport (doing and watching)
fr situation n | Premier cinq mille mètres sous les vingt minutes, sur la piste du stade où je courais quand j'étais gamin. Envoie une musique de podium.
+ en situation n | My first five thousand metres under twenty minutes, on the track of the stadium where I ran as a kid. Cue the podium music.
fr situation h | Notre équipe de hand féminine monte en Nationale 3, une première dans toute l'histoire du club !
+ en situation h | Our women's handball team is going up to the national league, a first in the club's entire history!
fr situation h | J'ai traversé la Manche à la nage : quatorze heures dans l'eau froide, et j'ai touché la plage de Wissant !
+ en situation h | I swam the Channel: fourteen hours in cold water, and I touched the beach at Wissant!
fr situation h | Trente ans d'abonnement, et mon club est champion à la dernière journée, au bout d'une saison où personne ne le voyait dans le top cinq ! Sors les couleurs du podium.
+ en situation h | Thirty years a season-ticket holder, and my club's champion on the final day, after a season where nobody had them in the top five! Bring out the podium colours.
fr situation n | Ceinture marron de karaté à cinquante-deux ans, en passant le grade face à des gars de vingt ans.
+ en situation n | Brown belt in karate at fifty-two, passing the grading against lads of twenty.
fr situation n | Premier tournoi de badminton gagné en double, avec ma fille comme partenaire.
+ en situation n | First badminton tournament won in doubles, with my daughter as my partner.

# situations: games and video games
fr situation n | Titre de maître FIDE obtenu ce week-end, après dix ans de tournois dans les salles des fêtes.
+ en situation n | I earned the FIDE Master title this weekend, after ten years of tournaments in village halls.
fr situation n | Boss final vaincu sans prendre un coup, à la quatre-vingtième tentative.
+ en situation n | Final boss beaten without taking a hit, on the eightieth attempt.
fr situation n | Première saison au club de tarot et je termine en tête du championnat, devant les anciens qui jouent depuis quarante ans.
+ en situation n | First season at the tarot club and I finished top of the league, ahead of old-timers who've been playing for forty years.
fr situation h | Notre guilde a fini première mondiale sur le nouveau raid, devant des équipes sponsorisées !
+ en situation h | Our guild finished world first on the new raid, ahead of sponsored teams!
fr slang_emoji n | rang diamant atteint après 400 games 💎💪 le grind a payé, dites-moi GG
+ en slang_emoji n | hit diamond rank after 400 games 💎💪 the grind paid off, say GG

# situations: music and concerts
fr situation n | Diplôme de fin d'études du conservatoire en piano, très bien à l'unanimité du jury.
+ en situation n | Conservatoire graduation diploma in piano, top marks from a unanimous jury.
fr situation n | Un an de travail acharné, et je joue La Campanella en entier, sans une fausse note, devant ma professeure.
+ en situation n | A year of relentless practice, and I played La Campanella all the way through without a wrong note in front of my teacher.
fr situation h | Notre chorale d'amateurs a décroché le premier prix au concours international, devant des ensembles professionnels !
+ en situation h | Our amateur choir took first prize at the international competition, ahead of professional ensembles!
fr situation n | Le premier morceau que j'ai composé seul dans ma chambre vient de passer sur une radio nationale.
+ en situation n | The first song I wrote alone in my bedroom has just been played on national radio.
fr situation n | Salle complète pour notre groupe ce soir, six cents billets vendus sans producteur, uniquement à la force de nos affiches. Mets-nous une ambiance de consécration.
+ en situation n | A sold-out venue for our band tonight, six hundred tickets sold with no promoter, just on the strength of our posters. Give us a crowning-moment atmosphere.

# situations: films, series and books
fr situation n | Mon court-métrage est sélectionné au festival de Clermont-Ferrand, parmi huit mille films envoyés.
+ en situation n | My short film has been selected for the Clermont-Ferrand festival, out of eight thousand submissions.
fr situation l | Les sept tomes de Proust, lus en un an comme je me l'étais promis, le dernier refermé ce soir.
+ en situation l | All seven volumes of Proust, read in a year as I promised myself, the last one closed tonight.
fr situation n | Mon scénario a remporté le concours régional, et il sera tourné l'été prochain avec une vraie équipe.
+ en situation n | My screenplay won the regional competition, and it'll be shot next summer with a proper crew.
fr situation n | L'album jeunesse que j'ai illustré est dans la sélection d'un grand prix de littérature, mon premier livre.
+ en situation n | The children's picture book I illustrated has made the shortlist for a major literary prize, my very first book.

# situations: travel and transport
fr situation n | Trois semaines seule en Amérique du Sud sans parler espagnol au départ, et je rentre en négociant au marché comme une locale.
+ en situation n | Three weeks alone in South America without a word of Spanish at the start, and I'm coming home haggling at markets like a local.
fr situation n | J'ai conduit le camping-car de sept mètres dans les ruelles de Naples, et pas une rayure à la restitution.
+ en situation n | I drove the seven-metre camper van through the back streets of Naples, and not a scratch when we handed it back.
fr situation n | Ma mère avait une peur bleue de l'avion ; je l'ai préparée pendant des mois et elle a tenu tout le vol jusqu'à Montréal.
+ en situation n | My mum was terrified of flying; I prepared her for months and she made it through the whole flight to Montreal.
fr situation n | J'ai organisé seul le voyage de classe à Berlin pour cinquante élèves, et pas un retard, pas un bagage perdu. Une lumière qui a du panache, s'il te plaît.
+ en situation n | I organised the class trip to Berlin for fifty pupils on my own, and not one delay, not one lost bag. Lights with a bit of flair, please.

# situations: cars and driving
fr situation l | Créneau parfait du premier coup, devant toute la terrasse du café qui regardait.
+ en situation l | Perfect parallel park first go, with the whole café terrace watching.
fr situation n | Trois ans à restaurer une Renault 4 de 1972, et elle passe le contrôle technique sans un seul défaut. Fais briller le garage.
+ en situation n | Three years restoring a 1972 Renault 4, and she's passed her MOT without a single fault. Make the garage shine.
fr situation n | Permis poids lourd obtenu à quarante-cinq ans, je commence comme chauffeur routier lundi.
+ en situation n | HGV licence at forty-five, I start as a lorry driver on Monday.
fr situation h | Au rallye régional, mon copilote et moi finissons premiers de notre catégorie avec une voiture préparée dans notre garage !
+ en situation h | At the regional rally my co-driver and I finished first in our class with a car we prepped in our own garage!
fr typo n | jai posé les chaines tt seule sous la neige au col et jai doublé 3 voitures bloquées, qui c la reine
+ en typo n | put the snow chains on all by myself at the pass and overtook 3 stuck cars, whos the queen now

# situations: weather and nature
fr situation l | La tempête a arraché la moitié des serres du village, mais celle que j'ai ancrée moi-même n'a pas bougé d'un centimètre.
+ en situation l | The storm ripped up half the greenhouses in the village, but the one I anchored myself didn't move an inch.
fr situation n | Cent espèces d'oiseaux identifiées seule cette année, comme prévu : la centième ce matin, un martin-pêcheur. Accorde la lumière à ça.
+ en situation n | A hundred bird species identified on my own this year, as planned: the hundredth this morning, a kingfisher. Match the lights to that.
fr situation n | Avec l'équipe de bénévoles, on a dégagé toute la route après la coulée de boue, en deux jours, avant même l'arrivée des engins.
+ en situation n | With the volunteer team we cleared the whole road after the mudslide, in two days, before the machinery even arrived.
fr situation n | On a replanté la dune avec l'école pendant trois hivers, et cette année elle a tenu face aux grandes marées.
+ en situation n | We replanted the dune with the school for three winters, and this year it held against the spring tides.

# situations: gardening
fr situation h | Citrouille de deux cent dix kilos : record du concours départemental, battu avec mes graines et mon fumier !
+ en situation h | A two-hundred-and-ten-kilo pumpkin: a county show record, beaten with my own seeds and my own manure!
fr situation n | Quarante rosiers bouturés il y a trois ans, et tous ont fleuri cette année, sans en perdre un seul.
+ en situation n | Forty rose cuttings taken three years ago, and every single one flowered this year, not one lost.
fr situation n | Tout le monde me prenait pour un fou, mais j'ai récolté mes premières mangues sous serre, en Bretagne.
+ en situation n | Everyone thought I was mad, but I've harvested my first greenhouse mangoes, in Brittany.
fr situation n | Le bonsaï que je forme depuis quinze ans a obtenu le premier prix de sa catégorie au salon national. Mets une lumière dorée.
+ en situation n | The bonsai I've been shaping for fifteen years took first prize in its category at the national show. Golden lights, please.

# situations: money and bills
fr situation n | Dix mille euros mis de côté en deux ans avec un SMIC, euro par euro, tableur à l'appui.
+ en situation n | Ten thousand euros saved in two years on minimum wage, euro by euro, spreadsheet to prove it.
fr situation n | L'assurance refusait de payer le dégât des eaux ; trois recommandés plus tard, ils remboursent la totalité.
+ en situation n | The insurer refused to pay out for the water damage; three recorded letters later, they're covering the lot.
fr situation n | Première année où ma petite entreprise dégage un bénéfice, et je me suis versé un vrai salaire.
+ en situation n | First year my little business has turned a profit, and I've paid myself a proper salary.
fr situation l | J'ai renégocié la box, l'électricité et l'assurance une par une : mille huit cents euros d'économie par an.
+ en situation l | I renegotiated the broadband, the electricity and the insurance one by one: eighteen hundred euros a year saved.
fr negation n | Ce n'est pas de la chance si on a pu acheter, c'est cinq ans sans vacances et chaque centime compté, et aujourd'hui on signe.
+ en negation n | It's not luck that we could buy, it's five years without a holiday and every penny counted, and today we sign.

# situations: administration and paperwork
fr situation n | Dossier d'aide pour mon fils accepté du premier coup, monté seule en épluchant tous les textes de loi.
+ en situation n | The support application for my son accepted first time, put together on my own after combing through every law.
fr situation n | Deux ans de démarches, et mon diplôme d'ingénieur algérien est enfin reconnu en France.
+ en situation n | Two years of paperwork, and my Algerian engineering degree is finally recognised in France.
fr situation n | J'ai fait annuler un redressement fiscal de six mille euros en prouvant leur erreur ligne par ligne. Mets-moi quelque chose de triomphant.
+ en situation n | I got a six-thousand-euro tax reassessment cancelled by proving their mistake line by line. Put on something triumphant for me.
fr situation n | Permis de construire refusé deux fois, j'ai redessiné les plans moi-même, et il vient d'être accordé. Une ambiance de vainqueur, s'il te plaît.
+ en situation n | Planning permission refused twice, I redrew the plans myself, and it's just been granted. A winner's atmosphere, please.

# situations: technology and phones
fr situation n | Le compte Instagram de ma boutique avait été piraté ; je l'ai récupéré seule en trois jours, sans perdre un abonné.
+ en situation n | My shop's Instagram account got hacked; I recovered it on my own in three days, without losing a single follower.
fr situation l | Mon premier script tourne : il fait en deux minutes ce qui me prenait deux heures chaque lundi.
+ en situation l | My first script works: it does in two minutes what used to take me two hours every Monday.
fr situation n | Certification cloud obtenue du premier coup, après trois mois de révisions tous les soirs après le travail.
+ en situation n | Cloud certification passed first time, after three months of revising every evening after work.
fr situation n | J'ai câblé toute la maison moi-même, réseau, caméras et domotique, et tout a fonctionné à la première mise sous tension.
+ en situation n | I wired the whole house myself, network, cameras and home automation, and everything worked the first time I powered it up.

# situations: internet and social media
fr situation n | Ma chaîne de tutoriels de couture vient de passer les cent mille abonnés, partie de zéro il y a trois ans avec un téléphone.
+ en situation n | My sewing tutorial channel just passed a hundred thousand subscribers, starting from zero three years ago with a phone.
fr situation n | Six mois de travail sur mon fil de vulgarisation, et un grand quotidien le cite en entier ce matin.
+ en situation n | Six months' work on my science thread, and a major daily paper quotes it in full this morning.
fr situation n | J'ai démasqué l'arnaque qui visait les retraités du quartier, et la plateforme a fermé tous les faux comptes grâce à mon signalement.
+ en situation n | I exposed the scam targeting the pensioners in our area, and the platform shut down every fake account thanks to my report.
fr slang_emoji n | mon thread sur l'histoire de ma ville a fait 2M de vues 📈🏆 des mois d'archives qui paient enfin
+ en slang_emoji n | my thread on my town's history hit 2M views 📈🏆 months in the archives finally paying off

# situations: shopping
fr situation n | J'ai négocié la voiture d'occasion deux mille cinq cents euros sous le prix affiché, sans jamais perdre mon calme face au vendeur.
+ en situation n | I haggled the used car down two thousand five hundred euros below the sticker price, without ever losing my cool with the salesman.
fr situation n | Au marché aux puces, j'ai reconnu une vraie lampe Gallé vendue vingt euros ; l'expert l'estime à quatre mille ce matin.
+ en situation n | At the flea market I spotted a genuine Gallé lamp going for twenty euros; the expert valued it at four thousand this morning.
fr situation n | Un an sans rien acheter de neuf, vêtements compris : défi tenu jusqu'au dernier jour.
+ en situation n | A year without buying anything new, clothes included: challenge kept to the very last day.
fr situation l | Le vendeur refusait le remboursement, j'ai cité le code de la consommation article par article, et il a rendu l'argent. Lumière de vainqueur, merci.
+ en situation l | The shop refused a refund, I quoted consumer law article by article, and they gave the money back. Winner's lights, thanks.

# situations: moving house
fr situation n | Déménagement de Lille à Bordeaux organisé seule avec trois enfants : tout est arrivé et rien n'est cassé.
+ en situation n | Moving from Lille to Bordeaux organised on my own with three kids: everything arrived and nothing's broken.
fr situation n | L'appartement est à nous, face à cinquante candidats, avec un dossier que j'avais préparé au millimètre.
+ en situation n | The flat's ours, against fifty other applicants, with a file I'd prepared down to the last detail.
fr situation h | Piano à queue monté au troisième sans ascenseur, à quatre copains et deux sangles, sans une rayure !
+ en situation h | A grand piano carried up to the third floor with no lift, four mates and two straps, without a scratch!
fr mixed n | Plus une once d'énergie après trois jours de cartons, mais l'appartement est monté, les rideaux posés, et c'est moi qui ai tout orchestré.
+ en mixed n | Not an ounce of energy left after three days of boxes, but the flat's set up, the curtains are hung, and I'm the one who ran the whole show.

# situations: holidays and celebrations
fr situation n | Les quatre-vingts ans de papa, soixante invités, tout organisé par moi, et pas un seul accroc de la journée.
+ en situation n | Dad's eightieth, sixty guests, all organised by me, and not a single hitch all day.
fr situation l | Ma bûche maison a été déclarée meilleure que celle du pâtissier par toute la famille, à l'unanimité.
+ en situation l | My homemade Yule log was voted better than the patisserie's by the whole family, unanimously.
fr situation h | Notre char a remporté le premier prix du corso fleuri, après quatre mois de travail dans le hangar !
+ en situation h | Our float took first prize at the flower parade, after four months of work in the shed!
fr situation n | Le spectacle de Noël que j'ai mis en scène avec les enfants du village s'est joué à guichets fermés. Un éclairage de grand soir, s'il te plaît.
+ en situation n | The Christmas show I directed with the village kids played to a full house. Big-night lighting, please.

# situations: religion and rituals
fr situation n | J'ai lu le texte à la messe de Pâques devant toute la cathédrale sans trembler, moi qui étais terrifiée à l'idée de parler en public.
+ en situation n | I did the reading at Easter Mass in front of the whole cathedral without shaking, me who was terrified of public speaking.
fr situation n | Premier ramadan complet tenu sur le chantier en plein mois de juillet, sans manquer une seule journée de travail.
+ en situation n | My first full Ramadan kept on the building site in the middle of July, without missing a single day's work.
fr situation n | Mon fils a chanté sa paracha à sa bar-mitsva sans une erreur, après un an d'étude chaque dimanche.
+ en situation n | My son chanted his Torah portion at his bar mitzvah without a mistake, after a year of study every Sunday.
fr situation n | Trois ans après avoir appris l'alphabet arabe, j'ai terminé la lecture complète du Coran.
+ en situation n | Three years after learning the Arabic alphabet, I've finished reading the whole Quran.

# situations: old age and grandparents
fr situation n | Papy, quatre-vingt-onze ans, a bouclé les trois kilomètres de la marche du village, en refusant la navette jusqu'au bout.
+ en situation n | Grandpa, ninety-one, completed the three kilometres of the village walk, refusing the shuttle right to the end.
fr situation l | À soixante-quatorze ans, j'ai installé toute seule la visio sur ma tablette et parlé à mes petits-enfants au Canada.
+ en situation l | At seventy-four I set up video calling on my tablet all by myself and talked to my grandchildren in Canada.
fr situation n | Ma grand-mère a publié le recueil de ses souvenirs, écrit à la main pendant deux ans, et la librairie du bourg l'a mis en vitrine.
+ en situation n | My grandmother published her book of memories, handwritten over two years, and the village bookshop has put it in the window.
fr situation n | À quatre-vingts ans, après sa cataracte, ma mère a repassé un bilan de conduite et le moniteur l'a déclarée apte. Mets-lui quelque chose de glorieux.
+ en situation n | At eighty, after her cataract operation, my mum retook a driving assessment and the instructor passed her fit. Put on something glorious for her.

# situations: death and funerals
fr mixed n | Le cœur en miettes, mais j'ai lu l'éloge de papa devant trois cents personnes sans craquer, et j'ai dit tout ce que je voulais dire.
+ en mixed n | My heart in pieces, but I read Dad's eulogy to three hundred people without breaking down, and I said everything I wanted to say.
fr mixed n | Le chagrin est toujours là, mais le tribunal a reconnu la faute de la clinique pour la mort de mon frère, après quatre ans de combat.
+ en mixed n | The grief is still there, but the court has ruled the clinic was at fault for my brother's death, after a four-year fight.
fr situation n | J'ai réglé seule toute la succession de maman en six mois, sans un seul conflit entre mes frères.
+ en situation n | I handled Mum's entire estate on my own in six months, without a single row between my brothers.

# situations: birth and pregnancy
fr situation n | Accouchement à la maison sans péridurale, comme je l'avais préparé pendant neuf mois, et ma fille est née dans notre chambre.
+ en situation n | A home birth with no epidural, just as I'd prepared for nine months, and my daughter was born in our bedroom.
fr situation n | Né à huit cents grammes, notre fils quitte la néonatologie après trois mois de combat, il pèse trois kilos.
+ en situation n | Born at eight hundred grams, our son is leaving neonatal intensive care after a three-month fight, and he weighs three kilos.
fr situation l | Six mois d'allaitement tenus, malgré les crevasses et les nuits sans sommeil, exactement comme je le voulais.
+ en situation l | Six months of breastfeeding done, despite the cracked skin and sleepless nights, exactly as I wanted.
fr situation n | J'ai passé et réussi mon concours enceinte de huit mois, avec le bébé qui donnait des coups pendant toute l'épreuve.
+ en situation n | I sat and passed my competitive exam eight months pregnant, with the baby kicking all the way through the exam.

# situations: DIY and repairs
fr situation n | Salle de bain refaite de A à Z, carrelage compris, et les joints sont aussi nets que ceux d'un pro.
+ en situation n | Bathroom redone from top to bottom, tiling included, and the grout lines are as neat as a pro's.
fr situation n | Le vieux poêle en fonte que j'ai restauré chauffe toute la maison, et le ramoneur n'en revenait pas.
+ en situation n | The old cast-iron stove I restored heats the whole house, and the chimney sweep couldn't believe it.
fr situation l | Écran du téléphone changé moi-même avec un kit à quinze euros, un tournevis d'horloger et beaucoup de patience.
+ en situation l | Replaced my phone screen myself with a fifteen-euro kit, a watchmaker's screwdriver and a lot of patience.
fr situation n | J'ai construit le poulailler de mes mains, et le renard a essayé trois nuits de suite sans jamais réussir à entrer.
+ en situation n | I built the henhouse with my own hands, and the fox tried three nights running without ever getting in.

# situations: night and sleep
fr situation n | Six semaines de thérapie contre l'insomnie, et cette nuit j'ai dormi huit heures d'affilée, sans cachet.
+ en situation n | Six weeks of therapy for insomnia, and last night I slept eight hours straight, no pills.
fr situation n | Livreur de nuit, j'ai fait toute ma tournée sous la neige sans un seul retard, et le dépôt m'a félicité au micro.
+ en situation n | Night delivery driver, I did my whole round in the snow without a single late drop, and the depot congratulated me over the tannoy.
fr situation l | Trois mois de méthode et de patience : le petit s'endort seul dans son lit et fait ses nuits.
+ en situation l | Three months of method and patience: the little one falls asleep on his own in his bed and sleeps through.
fr situation n | Veilleur de nuit à la maison de retraite, j'ai géré seul l'évacuation lors de l'alerte incendie, quarante résidents dehors en six minutes.
+ en situation n | Night warden at the care home, I handled the evacuation on my own during the fire alarm, forty residents out in six minutes.

# situations: city life
fr situation n | J'ai traversé Paris à vélo à l'heure de pointe sans poser le pied, moi qui tremblais dans la circulation il y a six mois. Une ambiance de vainqueur, merci.
+ en situation n | I crossed Paris by bike at rush hour without putting a foot down, when six months ago I was shaking in the traffic. A winner's vibe, thanks.
fr situation n | Deux ans de mobilisation, et la rue devant l'école est enfin fermée aux voitures : notre collectif a tenu bon.
+ en situation n | Two years of campaigning, and the street outside the school is finally closed to cars: our group stood its ground.
fr situation h | Course verticale : quarante-sept étages de la tour montés en neuf minutes, troisième de ma catégorie !
+ en situation h | Vertical race: forty-seven floors of the tower climbed in nine minutes, third in my category!
fr situation n | Chauffeuse de bus, j'ai obtenu la ligne la plus difficile de la ville après mon évaluation, et je la tiens sans un retard depuis un mois. Mets-moi un truc de patronne.
+ en situation n | As a bus driver I got the toughest route in the city after my assessment, and I've run it without a delay for a month. Give me something boss-like.

# situations: countryside and farming
fr situation n | Première année en bio, et la coopérative a pris toute ma récolte de blé au meilleur prix de la région.
+ en situation n | First year organic, and the co-op took my whole wheat harvest at the best price in the region.
fr situation n | Vêlage en siège à trois heures du matin, toute seule dans l'étable, et la mère comme le veau sont en pleine forme.
+ en situation n | A breech calving at three in the morning, alone in the barn, and both cow and calf are doing great.
fr situation h | Mon fromage de chèvre vient de décrocher la médaille d'or au Concours général agricole !
+ en situation h | My goat's cheese has just won the gold medal at the national agricultural show!
fr situation n | Aucune banque ne voulait me suivre pour reprendre la ferme de mon père ; trois ans après, premier bilan positif. Lumières dorées sur la cuisine, s'il te plaît.
+ en situation n | No bank would back me to take over my father's farm; three years on, the first set of accounts in the black. Golden lights over the kitchen, please.

# situations: sea and mountains
fr situation n | Niveau trois de plongée validé, et ma première descente à quarante mètres s'est déroulée sans un accroc.
+ en situation n | Level three diving certification done, and my first descent to forty metres went without a hitch.
fr situation n | Face nord de la Dent Blanche en cordée avec mon fils : sommet à neuf heures, et c'est lui qui a mené la dernière longueur.
+ en situation n | The north face of the Dent Blanche roped up with my son: summit at nine, and he led the last pitch.
fr situation h | Tour de la Corse en kayak de mer bouclé : six cents kilomètres en trois semaines, en pagayant par tous les temps !
+ en situation h | Round Corsica by sea kayak, done: six hundred kilometres in three weeks, paddling in all weathers!
fr situation n | Moteur en panne par force sept, j'ai ramené le voilier au port à la voile, et tout l'équipage est rentré sain et sauf.
+ en situation n | Engine dead in a force seven gale, I sailed the boat back into harbour, and the whole crew got home safe and sound.
fr negation n | Je n'ai pas eu de chance avec la météo, j'ai eu de la méthode : trois jours d'attente au refuge, et on a pris la seule fenêtre pour atteindre le sommet.
+ en negation n | It wasn't luck with the weather, it was method: three days waiting at the hut, and we took the only window to reach the summit.

# situations: hobbies and crafts
fr situation l | Mon premier pull à torsades est terminé, et il fait exactement la bonne taille.
+ en situation l | My first cable-knit jumper is finished, and it's exactly the right size.
fr situation n | Cathédrale de Chartres en allumettes : huit mille allumettes, deux ans de soirées, et la flèche tient debout.
+ en situation n | Chartres Cathedral in matchsticks: eight thousand matches, two years of evenings, and the spire's standing.
fr situation n | Ma courtepointe a remporté le premier prix du salon du patchwork, quatre cents heures de couture à la main.
+ en situation n | My quilt took first prize at the patchwork show, four hundred hours of hand stitching.
fr situation n | Club photo : ma série sur les dockers est retenue pour l'exposition de la ville, la seule d'un amateur. Mets une ambiance à la hauteur.
+ en situation n | Photo club: my series on the dockers has been chosen for the city exhibition, the only one by an amateur. Set a mood to match.

# situations: volunteering
fr situation n | Les Restos du cœur du quartier ont servi dix mille repas cet hiver, et c'est moi qui ai monté toute la logistique.
+ en situation n | The local food charity served ten thousand meals this winter, and I'm the one who set up the whole operation.
fr situation n | Un an de soutien bénévole à Mamadou pour apprendre à lire, et il vient de réussir son code du premier coup.
+ en situation n | A year volunteering to help Mamadou learn to read, and he's just passed his driving theory test first time.
fr situation n | Notre collecte de sang a battu le record de la ville : quatre cent douze donneurs en une seule journée. Mets du doré partout.
+ en situation n | Our blood drive smashed the town record: four hundred and twelve donors in a single day. Set the mood: gold everywhere.
fr situation n | Après deux ans de maraudes, on a trouvé un logement à Jean-Pierre, qui dormait dans le square depuis dix ans.
+ en situation n | After two years of street outreach, we found a flat for Jean-Pierre, who'd been sleeping in the square for ten years.

# situations: politics and news
fr situation h | Élu conseiller municipal à ma première candidature, avec une liste montée de zéro dans mon salon !
+ en situation h | Elected to the town council at my first attempt, with a list I built from scratch in my living room!
fr situation n | Notre pétition a été entendue : la maternité de la ville ne fermera pas, après huit mois de mobilisation.
+ en situation n | Our petition has been heard: the town's maternity unit won't close, after eight months of campaigning.
fr situation h | La loi pour laquelle notre association milite depuis dix ans a été votée cette nuit, à trois voix près !
+ en situation h | The law our association has campaigned for over ten years was passed last night, by three votes!
fr situation n | Six mois de porte-à-porte, et le référendum local sur le parc solaire est passé avec soixante-deux pour cent.
+ en situation n | Six months of door-knocking, and the local referendum on the solar farm passed with sixty-two percent.

# situations: science and discovery
fr situation n | Deux cents essais ratés, et ce matin ma réaction a enfin marché au labo, avec un rendement au-dessus des prévisions.
+ en situation n | Two hundred failed attempts, and this morning my reaction finally worked in the lab, with a yield above predictions.
fr situation h | J'ai découvert une nouvelle espèce de coléoptère dans les Cévennes, et elle portera mon nom !
+ en situation h | I've discovered a new species of beetle in the Cévennes, and it's going to bear my name!
fr situation n | Le ballon-sonde de ma classe est monté à trente kilomètres, et on a retrouvé la nacelle avec toutes les photos intactes.
+ en situation n | My class's weather balloon reached thirty kilometres, and we found the payload with all the photos intact.
fr situation n | J'ai poli le miroir de mon télescope à la main pendant six mois, et ce soir les anneaux de Saturne sont nets. Une lumière de grande occasion, stp.
+ en situation n | I hand-polished my telescope mirror for six months, and tonight Saturn's rings are pin-sharp. Big-occasion lighting, please.
fr situation n | Premier brevet déposé à mon nom, après quatre ans de recherche dans le petit labo de la start-up.
+ en situation n | My first patent filed in my name, after four years of research in the start-up's tiny lab.

# long stories across domains
fr long n | J'ai ouvert mon restaurant dans une ancienne station-service. Les premiers mois, on servait dix couverts par soir. J'ai changé la carte trois fois et dormi plus d'une nuit dans l'arrière-cuisine. Ce soir, pour la première fois, on a dû refuser du monde.
+ en long n | I opened my restaurant in an old petrol station. For the first few months we served ten covers a night. I changed the menu three times and slept more than one night in the back kitchen. Tonight, for the first time, we had to turn people away.
fr long n | Quand on l'a adopté, le chien mordait tout ce qui bougeait. L'éducateur nous conseillait de renoncer. On a travaillé avec lui chaque jour pendant un an. Ce week-end, il a obtenu son brevet d'obéissance, premier de sa session.
+ en long n | When we adopted him, the dog bit anything that moved. The trainer told us to give up. We worked with him every single day for a year. This weekend he earned his obedience certificate, top of his session.
fr long n | En septembre, mon fils refusait d'entrer dans l'eau. On allait à la piscine chaque samedi, d'abord juste pour regarder. Puis les pieds, puis les épaules. Aujourd'hui, il a décroché son diplôme des vingt-cinq mètres et l'a accroché lui-même au-dessus de son lit.
+ en long n | In September my son refused to get in the water. We went to the pool every Saturday, at first just to watch. Then his feet, then his shoulders. Today he earned his twenty-five-metre badge and pinned it above his bed himself.
fr long n | À seize ans, j'ai quitté le lycée et tout le monde disait que je finirais mal. J'ai passé un CAP de maçon, puis un brevet professionnel. Aujourd'hui, je signe mon premier chantier en tant que patron, avec deux salariés.
+ en long n | At sixteen I left school and everyone said I'd come to no good. I did a bricklaying qualification, then an advanced trade certificate. Today I'm signing for my first job as the boss, with two employees.
fr long h | On était menés de douze points à cinq minutes de la fin. Le coach a demandé un temps mort et nous a juste dit de défendre. On a tout repris, panier après panier. Au buzzer, on menait d'un point, et le gymnase entier s'est levé.
+ en long h | We were twelve points down with five minutes left. The coach called a time-out and just told us to defend. We clawed it all back, basket by basket. At the buzzer we were one point up, and the whole gym was on its feet.
fr long n | Le site d'inscription à la cantine plantait chaque rentrée. On m'a confié le projet en me disant que c'était perdu d'avance. J'ai tout réécrit en trois mois, le soir. Ce matin, huit cents familles se sont inscrites sans un seul bug.
+ en long n | The school canteen sign-up site crashed every September. They handed me the project saying it was a lost cause. I rewrote the whole thing in three months of evenings. This morning eight hundred families signed up without a single bug.
fr long n | Après ma greffe de poumon, je m'essoufflais en montant trois marches. J'ai marché un peu plus chaque jour, puis j'ai trottiné. Dimanche, j'ai passé la ligne des dix kilomètres avec le maillot de l'association des greffés sur le dos.
+ en long n | After my lung transplant I was out of breath climbing three steps. I walked a little further every day, then I started jogging. On Sunday I crossed the ten-kilometre finish line wearing the transplant association's shirt.
fr long n | J'ai commencé le violoncelle à quarante-cinq ans. Mes enfants riaient des grincements. Quatre ans de gammes plus tard, j'ai joué une suite de Bach au concert de l'école de musique. Ils étaient au premier rang, et ils ne riaient plus du tout.
+ en long n | I took up the cello at forty-five. My kids laughed at the screeching. Four years of scales later, I played a Bach suite at the music school concert. They were in the front row, and they weren't laughing at all.
fr long n | La grêle avait tout détruit il y a deux ans. On a replanté, emprunté, tenu bon. Cette année, la vendange est la plus belle depuis la création du domaine. Mon père a goûté le premier jus et m'a tapé sur l'épaule sans un mot.
+ en long n | Hail had wiped everything out two years ago. We replanted, borrowed, held on. This year the harvest is the finest since the estate was founded. My father tasted the first juice and patted me on the shoulder without a word.
fr long n | Quand j'ai repris l'association, il restait six bénévoles et un compte à découvert. J'ai frappé à toutes les portes du quartier. Deux ans plus tard, on est cinquante, et la mairie nous confie la gestion du nouveau centre social.
+ en long n | When I took over the association there were six volunteers left and an overdrawn account. I knocked on every door in the neighbourhood. Two years later there are fifty of us, and the council is handing us the running of the new community centre.
fr long n | Mon grand-père a quitté l'école à douze ans pour travailler aux champs. À soixante-dix-huit ans, il s'est inscrit à l'université inter-âges. Hier, il a présenté son mémoire sur l'histoire du village, et l'amphi l'a applaudi debout.
+ en long n | My grandfather left school at twelve to work in the fields. At seventy-eight he enrolled at the university of the third age. Yesterday he presented his dissertation on the village's history, and the lecture hall gave him a standing ovation.
fr long h | Notre petite école de campagne s'était inscrite au concours national de sciences juste pour essayer. Les élèves ont construit une station météo avec des pots de yaourt et un vieux téléphone. Ce matin, le jury nous a classés premiers. Les enfants montrent le trophée à chaque parent qui passe le portail.
+ en long h | Our little country school entered the national science competition just to give it a go. The pupils built a weather station out of yoghurt pots and an old phone. This morning the jury ranked us first. The kids are showing the trophy to every parent who comes through the gate.
fr long n | Quand il est parti, il m'a laissé les dettes et deux enfants. J'ai repris un travail, puis un deuxième le week-end. Ce mois-ci, j'ai payé la dernière échéance, et le compte est enfin dans le vert, grâce à moi seule.
+ en long n | When he left, he left me the debts and two kids. I went back to work, then took a second job at weekends. This month I paid the last instalment, and the account is finally in the black, thanks to me alone.
fr long n | J'avais un tel vertige que je ne montais pas sur un escabeau. J'ai pris des cours d'escalade en salle, puis en falaise. Hier, j'ai fait la via ferrata du mont Aiguille jusqu'au bout, sans jamais faire demi-tour.
+ en long n | My fear of heights was so bad I wouldn't climb a stepladder. I took climbing lessons indoors, then on crags. Yesterday I did the Mont Aiguille via ferrata all the way to the end, without ever turning back.
fr long n | Personne ne croyait qu'on tiendrait un an en camping-car avec trois enfants. On a fait l'école à bord et réparé deux pannes au bord de la route. Vingt pays plus tard, on est rentrés, et les enfants ont réussi leurs évaluations haut la main.
+ en long n | Nobody believed we'd last a year in a camper van with three kids. We home-schooled on board and fixed two breakdowns at the roadside. Twenty countries later we're home, and the kids passed their assessments with flying colours.
fr long n | L'usine voulait déverser ses eaux dans la rivière. On était cinq à la première réunion publique. On a fait analyser l'eau, écrit aux élus, alerté la presse. Ce matin, le préfet a refusé l'autorisation.
+ en long n | The factory wanted to discharge its waste water into the river. There were five of us at the first public meeting. We had the water tested, wrote to our representatives, alerted the press. This morning the prefect refused the permit.
fr long n | Pour ma confirmation, je devais lire un psaume en latin. Au début, je butais sur chaque mot. J'ai répété tous les soirs pendant deux mois avec le vieux sacristain. Dimanche, je l'ai lu sans une faute, et il m'a fait un clin d'œil du fond de l'église.
+ en long n | For my confirmation I had to read a psalm in Latin. At first I stumbled over every word. I practised every evening for two months with the old sacristan. On Sunday I read it without a mistake, and he winked at me from the back of the church.

# negation
fr negation n | Pas besoin de confettis ni de musique de fête : je regarde mon nom gravé sur la coupe du club et je mesure tout le chemin parcouru.
+ en negation n | No need for confetti or party music: I'm looking at my name engraved on the club trophy and taking in how far I've come.
fr negation n | Ce n'est pas de l'excitation, c'est une fierté tranquille : le lycée dont j'ai dirigé la rénovation rouvre ce matin, dans les temps.
+ en negation n | It's not excitement, it's a quiet pride: the school whose renovation I managed reopens this morning, on schedule.
fr negation n | Je ne suis pas simplement content, je suis fier : ce titre régional, je l'ai arraché face aux meilleurs.
+ en negation n | I'm not just pleased, I'm proud: I wrestled that regional title from the very best.
fr negation n | Non, ce n'est pas la chance du débutant : quatre ans d'entraînement au tir à l'arc, et aujourd'hui le championnat régional est pour moi.
+ en negation n | No, it's not beginner's luck: four years of archery training, and today the regional championship is mine.
fr negation n | Je ne suis plus angoissée du tout : le dossier que j'ai défendu devant la commission est accepté, l'école de musique aura ses nouveaux locaux.
+ en negation n | I'm not anxious at all any more: the case I argued before the committee has been accepted, the music school is getting its new premises.
fr negation n | Ce n'est pas de la nostalgie quand je regarde la photo du premier atelier, c'est de la fierté : trente ans après, l'entreprise emploie quarante personnes.
+ en negation n | It's not nostalgia when I look at the photo of the first workshop, it's pride: thirty years on, the company employs forty people.
fr negation n | Personne ne m'a pistonnée : ce poste de cheffe de service, je l'ai obtenu à la loyale, devant six candidats externes.
+ en negation n | Nobody pulled strings for me: I got this head-of-department job fair and square, ahead of six outside candidates.
fr negation h | Je ne rêve pas : après six mois de salle, j'ai enfin battu mon père au bras de fer, devant tout le repas de famille !
+ en negation h | I'm not dreaming: after six months at the gym I've finally beaten my dad at arm-wrestling, in front of the whole family dinner!

# mixed
fr mixed n | Un peu de vertige en regardant le chemin parcouru, mais surtout une fierté immense : mon entreprise fête ses dix ans avec trente salariés.
+ en mixed n | A bit dizzy looking back at how far we've come, but above all immensely proud: my company turns ten with thirty employees.
fr mixed n | Les doigts abîmés à force de répéter, mais j'ai réussi l'audition et la place de premier violon est à moi.
+ en mixed n | My fingers are raw from practising, but I nailed the audition and the first violin chair is mine.
fr mixed n | Un brin de tristesse de voir partir mes élèves, mais quelle fierté : toute la classe a eu le brevet, même celui qui ne savait pas lire en sixième.
+ en mixed n | A touch of sadness seeing my pupils leave, but what pride: the whole class passed their exams, even the boy who couldn't read in Year 7.
fr mixed n | Encore un peu inquiète pour la suite, mais aujourd'hui je savoure : j'ai tenu tête au propriétaire et les travaux seront faits à ses frais.
+ en mixed n | Still a bit worried about what's next, but today I'm savouring it: I stood up to the landlord and the repairs will be done at his expense.
fr mixed n | Lessivé après vingt heures de route, mais on a livré le matériel au village sinistré avant tous les autres convois.
+ en mixed n | Wiped out after twenty hours on the road, but we got the supplies to the disaster-hit village ahead of every other convoy.
fr mixed n | Un peu amer de finir deuxième au général, mais j'ai gagné l'étape reine, celle que je visais depuis des mois.
+ en mixed n | A bit bitter to finish second overall, but I won the queen stage, the one I'd been targeting for months.
fr mixed h | Nerveux comme jamais avant le match, mais au coup de sifflet final on avait battu le leader, et c'est moi qui avais arrêté le penalty !
+ en mixed h | More nervous than ever before kick-off, but at the final whistle we'd beaten the league leaders, and I'm the one who saved the penalty!

# texting
fr slang_emoji n | fini le 1er tome de mon manga, 200 pages dessinées à la main 🖊️🔥 trop fier frr
+ en slang_emoji n | finished volume 1 of my manga, 200 pages drawn by hand 🖊️🔥 so proud bro
fr slang_emoji h | MON ÉQUIPE EST EN FINALE DE LA COUPE 🏆⚽ on a sorti les favoris, respectez-nous
+ en slang_emoji h | MY TEAM'S IN THE CUP FINAL 🏆⚽ we knocked out the favourites, show some respect
fr slang_emoji n | code validé 38/40 après 2 échecs 😤✅ jlâche rien moi
+ en slang_emoji n | passed my theory test 38/40 after failing twice 😤✅ I never give up
fr slang_emoji n | le boss m'a dit « c'est toi qui as sauvé le projet » devant tout le monde 😎👑 j'encaisse
+ en slang_emoji n | boss said "you're the one who saved this project" in front of everyone 😎👑 I'll take it
fr slang_emoji n | 10 km sans m'arrêter alors que je fumais un paquet par jour l'an dernier 🏃‍♀️💪 qui m'arrête
+ en slang_emoji n | 10k without stopping when I was smoking a pack a day last year 🏃‍♀️💪 who's stopping me
fr typo n | jai reussi le concour de la fonction publique du 1er cou, 6 mois de revision le soir apres le taf
+ en typo n | passed the civil servise exam first try, 6 months revisin evenings after work
fr typo n | ma fille a eu sa ceinture bleu de judo elle a batu 3 garcons plus grand qu'elle trop fiere
+ en typo n | my daughter got her blue belt in judo she beat 3 boys bigger than her so prowd
fr typo n | on a gangé le tournoi de belote du village contre les champions en titre hahaa
+ en typo n | we wno the village card tournament against the reigning champs hahaa
fr typo n | enfin fini de rembourser mes dettes apres 4 ans, plus rien, jsuis fier de moi
+ en typo n | finaly paid off my debts after 4 years, nothing left, im proud of myself
fr typo n | jai grimpé le ventoux a velo sans mettre pied a terre, 2h10, jlai fait
+ en typo n | climbed mont ventoux on the bike without puting a foot down, 2h10, i did it

# wishes
fr wish n c=gold;red b=bright | Titularisée après trois concours ratés : de l'or et du rouge, bien lumineux, comme sur un podium !
+ en wish n c=gold;red b=bright | Tenured after failing the exam three times: gold and red, nice and bright, like on a podium!
fr wish h c=gold;amber b=bright | On a remporté la coupe régionale de volley : allume tout en or et en ambre, à pleine puissance !
+ en wish h c=gold;amber b=bright | We've won the regional volleyball cup: light everything up gold and amber, full power!
fr wish n c=gold;warm_white | Mon premier chantier de patron est livré dans les temps et j'en suis fier : mets du doré et un blanc chaud.
+ en wish n c=gold;warm_white | My first job as the boss is handed over on time and I'm proud of it: give me gold and a warm white.
fr wish n c=red;gold | Ma fille a remporté le concours de violon après un an de travail : du rouge et de l'or dans le salon, s'il te plaît.
+ en wish n c=red;gold | My daughter won the violin competition after a year of hard work: red and gold in the living room, please.
fr wish n c=yellow;gold b=bright | Mon projet de fin d'études a reçu le prix du jury : jaune et doré, très lumineux.
+ en wish n c=yellow;gold b=bright | My final-year project won the jury prize: yellow and gold, really bright.

# explicit
fr explicit n | Je suis fière du chemin parcouru, vraiment fière, et ce soir je le savoure.
+ en explicit n | I'm proud of how far I've come, truly proud, and tonight I'm savouring it.
fr explicit n | Un sentiment de triomphe total : j'ai relevé le défi que tout le monde jugeait impossible.
+ en explicit n | A feeling of total triumph: I met the challenge everyone said was impossible.
fr explicit n | C'est une victoire, la mienne, et je la savoure la tête haute.
+ en explicit n | It's a victory, my own, and I'm savouring it with my head held high.
fr explicit h | Je me sens invincible après ce que je viens d'accomplir !
+ en explicit h | I feel invincible after what I've just pulled off!
fr explicit n | Quelle consécration : des années d'efforts récompensées d'un seul coup.
+ en explicit n | What a crowning moment: years of effort rewarded all at once.

# more texting
fr slang_emoji n | premier salaire versé à mes 2 employés 🥹💼 partie de rien, ma boîte tient debout
+ en slang_emoji n | first payday for my 2 employees 🥹💼 started from nothing, my business is standing on its own
fr slang_emoji n | 1er prix du concours de dessin de la ville 🎨🥇 et dire que mes profs disaient que c'était pas un métier lol
+ en slang_emoji n | 1st prize in the city drawing contest 🎨🥇 and my teachers said it wasn't a real job lol
fr typo n | mon gateau a gagner le 1er prix a la kermesse, recette inventé de ma tete
+ en typo n | my cake won 1st prize at the school fair, a recipe i made up myslef
fr typo n | jai reparé la chaudiere tt seul avec un tuto, le plombier voulait 400 balles, ca c fait
+ en typo n | fixed the boiler all by myslef with a tutorial, plumber wanted 400 quid, done and dusted
"""

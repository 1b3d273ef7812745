"""tristesse: third wave, everyday-life stories across many domains (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | En vidant la poche de sa veste avant de la donner, j'ai trouvé la liste de courses qu'il avait écrite la veille de son infarctus.
+ en situation n | Emptying his jacket pocket before giving it away, I found the shopping list he'd written the day before his heart attack.
fr situation n | Depuis que les enfants vivent chez leur père, la machine à laver ne tourne plus qu'une fois par semaine.
+ en situation n | Since the kids went to live with their dad, the washing machine only runs once a week.
fr situation n | On a démonté le lit superposé ce matin : l'aîné part en internat, et le petit ne veut plus dormir tout seul dans la grande chambre.
+ en situation n | We took the bunk bed apart this morning: the eldest is off to boarding school, and the little one doesn't want to sleep alone in the big room anymore.
fr situation n | J'ai repeint toute seule la chambre qu'on devait faire ensemble. Un samedi entier, sans dire un mot à personne. Lumière tamisée, s'il te plaît.
+ en situation n | I repainted on my own the bedroom we were supposed to do together. A whole Saturday without saying a word to anyone. Low lights, please.
fr situation n | Je mets encore la table pour trois par réflexe, puis je range une assiette et un verre.
+ en situation n | I still lay the table for three out of habit, then put one plate and one glass back.
fr situation n | Les volets de la chambre de ma fille restent fermés depuis son départ pour Montréal ; je n'ai pas le courage de les ouvrir.
+ en situation n | The shutters in my daughter's room have stayed closed since she left for Montreal; I can't bring myself to open them.
fr situation l | Le dimanche, la maison est tellement silencieuse que j'allume la radio juste pour entendre une voix.
+ en situation l | On Sundays the house is so quiet that I turn the radio on just to hear a voice.
fr situation n | Son manteau est toujours accroché à l'entrée, et chaque soir en rentrant je le frôle.
+ en situation n | Her coat is still hanging in the hallway, and every evening when I come in I brush past it.
# situations: cooking and food
fr situation n | J'avais préparé le couscous du dimanche pour douze, et tout le monde a annulé dans l'heure. Les plats refroidissent sur la table.
+ en situation n | I'd made Sunday couscous for twelve, and everyone cancelled within the hour. The dishes are going cold on the table.
fr situation l | Depuis qu'elle est partie, je ne cuisine plus ; je mange des tartines debout au-dessus de l'évier.
+ en situation l | Since she left I don't cook anymore; I eat bread and butter standing over the sink.
fr situation n | Le diabétologue m'a interdit presque tout ; au repas de fête, j'ai regardé les autres manger le gâteau que j'avais fait.
+ en situation n | The diabetes doctor has banned almost everything; at the celebration meal I watched the others eat the cake I'd made.
fr situation n | Je retrouve son écriture sur les étiquettes des pots de confiture de prunes. Il n'y aura plus de prunes ramassées par lui. Mets quelque chose de doux.
+ en situation n | I keep finding his handwriting on the plum jam labels. There'll be no more plums picked by him. Put on something gentle.
fr situation n | J'ai fait son gâteau au chocolat pour son anniversaire, comme chaque année, et je l'ai mangé seule. Il est mort en février.
+ en situation n | I made his chocolate cake for his birthday, like every year, and ate it alone. He died in February.
fr situation n | Mon fils ne veut plus rien manger depuis le divorce ; il repousse même les crêpes, lui qui les adorait.
+ en situation n | My son hardly eats anything since the divorce; he even pushes away pancakes, and he used to love them.
fr situation n | La petite boulangerie où j'achetais mon pain depuis vingt ans a fermé ; le boulanger a pleuré en me rendant la monnaie la dernière fois.
+ en situation n | The little bakery where I've bought my bread for twenty years has closed; the baker cried as he gave me my change the last time.
# situations: pets
fr situation h | Le lapin de ma fille n'a pas survécu à l'opération ; elle a voulu lui dire au revoir dans sa petite boîte à chaussures.
+ en situation h | My daughter's rabbit didn't survive the operation; she wanted to say goodbye to him in his little shoebox.
fr situation n | Mon perroquet avait trente-deux ans. Ce matin, la cage est silencieuse pour la première fois de ma vie d'adulte.
+ en situation n | My parrot was thirty-two. This morning the cage is silent for the first time in my adult life.
fr situation n | Le refuge m'a appelée : le vieux chien que je promenais chaque samedi n'a jamais été adopté, il est parti cette nuit.
+ en situation n | The shelter called me: the old dog I walked every Saturday was never adopted, and he passed away last night.
fr situation n | Notre chienne cherche partout son compagnon, mort lundi ; elle reste couchée devant son panier vide. Ambiance douce, s'il te plaît.
+ en situation n | Our dog keeps looking everywhere for her companion, who died on Monday; she just lies in front of his empty basket. Something soft, please.
fr situation h | J'ai trouvé notre chat sur le bas-côté ce matin, juste devant le portail. Les enfants ne savent pas encore.
+ en situation h | I found our cat at the side of the road this morning, right outside the gate. The kids don't know yet.
fr situation n | Les deux poissons de mon fils sont morts pendant nos vacances ; il a découvert l'aquarium en rentrant et n'a rien dit de la soirée.
+ en situation n | My son's goldfish died while we were on holiday; he found the tank when we got home and didn't say a word all evening.
fr situation n | Ma jument est trop vieille pour être montée ; je l'ai confiée à une retraite pour chevaux à trois cents kilomètres.
+ en situation n | My mare is too old to be ridden; I've sent her to a horse retirement home three hundred kilometres away.
fr situation n | J'ai rendu la cage et les jouets de mon furet à l'animalerie. Le vendeur n'a pas su quoi dire.
+ en situation n | I took my ferret's cage and toys back to the pet shop. The salesman didn't know what to say.
# situations: children and parenting
fr situation h | Ma fille m'a dit qu'elle préférait vivre chez son père, parce que chez lui « c'est plus gai ».
+ en situation h | My daughter told me she'd rather live at her dad's, because it's "more fun" there.
fr situation h | Le pédiatre a posé le diagnostic, avec des mots très doux : mon fils ne parlera probablement jamais.
+ en situation h | The paediatrician gave the diagnosis very gently: my son will probably never speak.
fr situation n | Ma fille n'a pas été prise pour le spectacle de danse ; elle a répété tout l'hiver, et ce soir elle pleure dans sa chambre, porte fermée.
+ en situation n | My daughter didn't get picked for the dance show; she rehearsed all winter, and tonight she's crying in her room with the door shut.
fr situation n | À la fête des pères de l'école, mon petit m'a demandé pourquoi, lui, il n'avait personne à qui donner son dessin.
+ en situation n | At the school Father's Day celebration, my little boy asked me why he didn't have anyone to give his drawing to.
fr situation h | Le juge a tranché : je verrai les enfants un week-end sur deux et la moitié des vacances. Lumière basse, ce soir.
+ en situation h | The judge has ruled: I'll see the kids every other weekend and half the holidays. Low lights tonight.
fr situation n | Mon fils de quatorze ans m'a demandé de le déposer au coin de la rue, pour que ses copains ne me voient pas.
+ en situation n | My fourteen-year-old asked me to drop him at the corner so his friends wouldn't see me.
fr situation n | Mon aînée ne m'appelle plus que pour les papiers ; la dernière fois qu'elle m'a dit « je t'aime », je ne m'en souviens même pas.
+ en situation n | My eldest only calls me about paperwork now; I can't even remember the last time she said "I love you".
fr situation n | Ma fille de dix ans a collé une photo de nous trois sur son carnet, et elle a découpé son père.
+ en situation n | My ten-year-old stuck a photo of the three of us in her notebook, and she cut her father out.
# situations: partner and dating
fr situation h | Il a annulé le mariage à trois semaines de la date ; la robe est toujours dans sa housse, sur la porte de l'armoire.
+ en situation h | He called off the wedding three weeks before the date; the dress is still in its cover, hanging on the wardrobe door.
fr situation n | J'ai enlevé mon alliance ce soir, pour la première fois en vingt-deux ans. Il reste une trace blanche sur mon doigt.
+ en situation n | I took off my wedding ring tonight for the first time in twenty-two years. There's a pale mark left on my finger.
fr situation n | Elle a trouvé un appartement, elle part à la fin du mois ; d'ici là, on partage le même canapé sans se toucher.
+ en situation n | She's found a flat, she's leaving at the end of the month; until then we share the same sofa without touching.
fr situation n | On s'est dit au revoir calmement sur le quai. C'était fini depuis longtemps, mais ça fait un mal de chien. Mets quelque chose pour ça.
+ en situation n | We said goodbye calmly on the platform. It had been over for a long time, but it hurts like hell. Put something on for that.
fr situation n | Il a repris ses disques, ses livres et le chat. Les étagères du salon sont à moitié vides.
+ en situation n | He took his records, his books and the cat. The living-room shelves are half empty.
fr situation n | Après deux ans ensemble, elle m'a dit qu'elle ne se voyait pas d'avenir avec moi, très gentiment, autour d'un café.
+ en situation n | After two years together she told me she couldn't see a future with me, very kindly, over a coffee.
fr situation l | Encore un premier rendez-vous où on n'avait rien à se dire. Je suis rentrée à pied, et l'appartement était tout aussi vide qu'avant.
+ en situation l | Another first date where we had nothing to say to each other. I walked home, and the flat was just as empty as before.
# situations: friends
fr situation h | Ma meilleure amie depuis le CP s'est mariée samedi, et je ne l'ai appris que par les photos.
+ en situation h | My best friend since primary school got married on Saturday, and I only found out from the photos.
fr situation n | Au restaurant, j'ai attendu une heure et demie devant deux couverts pour mon anniversaire. Elle avait oublié.
+ en situation n | At the restaurant I waited an hour and a half in front of two place settings for my birthday. She'd forgotten.
fr situation h | Mon ami s'enfonce dans l'alcool, et ce soir, au téléphone, il ne m'a même pas reconnu.
+ en situation h | My friend is sinking into drink, and tonight on the phone he didn't even recognise me.
fr situation n | Les copines ont ouvert un nouveau groupe de discussion pour les vacances, et je ne suis pas dedans.
+ en situation n | The girls have started a new group chat for the holidays, and I'm not in it.
fr situation h | Karim a été renvoyé dans son pays. Il m'a appelé depuis l'aéroport pour me dire au revoir, on n'a presque rien dit. Lumières douces, s'il te plaît.
+ en situation h | Karim has been sent back to his country. He called me from the airport to say goodbye, and we barely said anything. Soft lights, please.
fr situation n | On s'est croisés dans la rue, mon ancien meilleur ami et moi, et il a fait semblant de ne pas me voir.
+ en situation n | We passed each other in the street, my old best friend and I, and he pretended not to see me.
fr situation n | Elle a déménagé il y a six mois, et nos appels sont passés d'une heure chaque soir à un message par mois.
+ en situation n | She moved away six months ago, and our calls have gone from an hour every night to one message a month.
# situations: extended family
fr situation n | Mon cousin, avec qui j'ai passé tous mes étés, ne me parle plus depuis que nos pères se sont brouillés.
+ en situation n | My cousin, who I spent every summer with, doesn't speak to me anymore since our fathers fell out.
fr situation h | La maison de ma tante a brûlé cette nuit ; elle va bien, mais tous ses albums photo sont partis en fumée.
+ en situation h | My aunt's house burned down last night; she's all right, but every one of her photo albums went up in smoke.
fr situation n | À la réunion de famille, on n'était plus que onze autour d'une table prévue pour trente.
+ en situation n | At the family reunion there were only eleven of us round a table set for thirty.
fr situation n | Mon neveu est parti s'engager dans l'armée sans passer me dire au revoir. Mets une ambiance calme.
+ en situation n | My nephew went off to join the army without coming to say goodbye. Put on something calm.
fr situation n | Ma grand-tante ne se souvient plus de mon prénom, elle m'appelle par celui de ma mère, morte il y a dix ans.
+ en situation n | My great-aunt can't remember my name anymore; she calls me by my mother's, who died ten years ago.
fr situation n | Depuis la dispute de l'héritage, le repas de Pâques n'a plus lieu. Personne n'a proposé de reprendre.
+ en situation n | Since the row over the inheritance, the Easter meal doesn't happen anymore. Nobody's offered to host it.
fr situation n | J'ai appris par un faire-part que mon demi-frère, que je n'ai vu que deux fois, est mort à quarante ans.
+ en situation n | I learned from a death notice that my half-brother, whom I only met twice, has died at forty.
# situations: neighbours
fr situation n | Les voisins avec qui on faisait des barbecues depuis dix ans divorcent ; leur maison est déjà en vente.
+ en situation n | The neighbours we've had barbecues with for ten years are divorcing; their house is already up for sale.
fr situation n | Le petit voisin qui venait jouer aux échecs avec moi a déménagé avant que j'aie pu lui donner le jeu promis.
+ en situation n | The little boy next door who came to play chess with me moved away before I could give him the set I'd promised.
fr situation h | Le monsieur du troisième a été retrouvé après quatre jours ; je l'avais croisé le mardi, il m'avait demandé l'heure.
+ en situation h | The man on the third floor was found after four days; I'd seen him on the Tuesday, he'd asked me the time.
fr situation n | La voisine qui arrosait mes plantes quand je partais est entrée en soins palliatifs. Ses géraniums sèchent sur le rebord. Adapte la lumière, s'il te plaît.
+ en situation n | The neighbour who watered my plants when I was away has gone into palliative care. Her geraniums are drying out on the sill. Adjust the lights, please.
fr situation n | Le marchand de journaux du coin a fermé ; il m'a serré la main et m'a dit qu'il n'avait plus la force.
+ en situation n | The corner newsagent has closed; he shook my hand and told me he didn't have the strength anymore.
# situations: school and exams
fr situation n | Recalé au permis pour la quatrième fois. J'ai repris le bus sous la pluie sans appeler personne.
+ en situation n | Failed my driving test for the fourth time. I took the bus home in the rain without calling anyone.
fr situation h | Le concours de prof, raté de deux places, après deux ans de préparation le soir après le travail.
+ en situation h | The teaching exam, missed by two places, after two years of studying in the evenings after work.
fr situation n | Aucune réponse positive sur Parcoursup, et tous mes amis ont déjà leur rentrée. Mets-moi quelque chose de lent.
+ en situation n | Not one offer on the university admissions site, and all my friends already know where they're going in September. Put on something slow.
fr situation n | Mon meilleur copain de classe change d'école à la rentrée ; on ne sera plus jamais assis côte à côte.
+ en situation n | My best friend in class is changing schools in September; we'll never sit next to each other again.
fr situation n | Ma fille a travaillé tous les soirs pour son brevet, et elle a raté la mention à un demi-point ; elle n'a même pas voulu de son gâteau.
+ en situation n | My daughter worked every evening for her exams and missed the distinction by half a point; she didn't even want her cake.
fr situation n | Le prof a dit devant la classe que mon exposé n'avait « aucun intérêt ». Depuis, je n'ose plus lever la main.
+ en situation n | The teacher said in front of the class that my presentation was "of no interest". Since then I haven't dared put my hand up.
# situations: university
fr situation h | Ma thèse est refusée après trois ans de travail, et je n'ai pas la force de recommencer.
+ en situation h | My thesis has been rejected after three years of work, and I don't have the strength to start again.
fr situation n | Je passe mes soirées dans ma chambre universitaire de neuf mètres carrés ; personne ne frappe jamais à la porte.
+ en situation n | I spend my evenings in my nine-square-metre room in halls; nobody ever knocks on the door.
fr situation h | Je dois arrêter ma troisième année de médecine pour m'occuper de mon père malade. J'ai rendu ma blouse ce matin.
+ en situation h | I have to drop out of my third year of medicine to look after my sick father. I handed back my white coat this morning.
fr situation n | Ma colocataire d'Erasmus rentre en Italie demain ; sa moitié de la chambre est déjà vide. Lumières tout doux.
+ en situation n | My Erasmus roommate goes back to Italy tomorrow; her half of the room is already empty. Lights very soft.
fr situation n | Remise des diplômes : tout le monde posait avec ses parents, et moi je n'avais personne dans la salle.
+ en situation n | Graduation day: everyone was posing with their parents, and I had nobody in the hall.
# situations: office work
fr situation n | Deux ans sur ce projet, et il a été abandonné en une réunion de vingt minutes ; j'ai rangé les maquettes dans un tiroir.
+ en situation n | Two years on that project, and it was dropped in a twenty-minute meeting; I put the mock-ups away in a drawer.
fr situation n | La promotion est allée à une autre. J'y croyais tellement, et j'ai dû sourire en la félicitant devant tout le monde.
+ en situation n | The promotion went to someone else. I'd believed in it so much, and I had to smile and congratulate her in front of everyone.
fr situation n | L'équipe est partie au pot de fin d'année, et personne n'a pensé à me prévenir. J'ai fini la soirée seule à l'étage.
+ en situation n | The team went off to the end-of-year drinks and nobody thought to tell me. I finished the evening alone on the floor.
fr situation n | On a vidé le bureau de Michel, mort la semaine dernière ; sa tasse est restée sur l'étagère, personne n'ose la prendre. Mets une lumière apaisée.
+ en situation n | We cleared Michel's desk; he died last week. His mug is still on the shelf, and nobody dares take it. Put on gentle lighting.
fr situation n | Après trente-cinq ans de maison, mon pot de départ a duré un quart d'heure ; la moitié des gens ne savait pas qui j'étais.
+ en situation n | After thirty-five years with the company, my leaving do lasted a quarter of an hour; half the people there didn't know who I was.
fr situation n | Mon poste est supprimé ; je range mes affaires dans un carton pendant que les autres évitent de croiser mon regard.
+ en situation n | My job has been cut; I'm packing my things into a box while the others avoid catching my eye.
# situations: manual trades
fr situation h | J'ai dû fermer la menuiserie, trop de dettes ; les machines de mon père sont parties au poids chez le ferrailleur.
+ en situation h | I had to close the joinery, too much debt; my father's machines went to the scrap dealer by weight.
fr situation n | À cinquante et un ans, mon dos lâche ; le médecin m'interdit la maçonnerie, le seul métier que je connaisse.
+ en situation n | At fifty-one my back is giving out; the doctor has banned me from bricklaying, the only trade I know.
fr situation n | L'apprenti que je formais depuis deux ans a abandonné ; il m'a rendu ses outils en disant que ce n'était pas pour lui.
+ en situation n | The apprentice I'd been training for two years has given up; he handed back his tools saying it wasn't for him.
fr situation n | Mon garage ferme à la fin du mois ; j'ai baissé le rideau ce soir et je suis resté assis dans la fosse un long moment. Lumière faible, s'il te plaît.
+ en situation n | My garage closes at the end of the month; I pulled the shutter down tonight and sat in the inspection pit for a long while. Dim lights, please.
fr situation n | Ma cliente la plus fidèle, Madame Perrin, a annulé toutes ses séances : elle part en maison médicalisée.
+ en situation n | My most loyal client, Mrs Perrin, cancelled all her appointments: she's moving into a nursing home.
# situations: healthcare and hospitals
fr situation h | On a arrêté les machines de mon oncle ce soir, toute la famille autour du lit, et l'infirmière a éteint la lumière doucement.
+ en situation h | They switched off my uncle's machines tonight, with the whole family round the bed, and the nurse dimmed the light gently.
fr situation n | Le vieux monsieur de la chambre d'à côté n'a eu aucune visite en trois semaines d'hospitalisation.
+ en situation n | The old man in the next room hasn't had a single visitor in three weeks in hospital.
fr situation n | Aux soins palliatifs, maman m'a demandé de lui lire le journal, et elle s'est endormie avant la deuxième page.
+ en situation n | In palliative care, Mum asked me to read her the paper, and she fell asleep before the second page.
fr situation n | Je suis aide-soignante ; la dame que je lavais chaque matin depuis deux ans est partie cette nuit, et son lit est déjà refait. Mets quelque chose de feutré.
+ en situation n | I'm a care assistant; the lady I washed every morning for two years passed away last night, and her bed's already been remade. Put on something muted.
fr situation n | Le chirurgien est sorti du bloc en retirant son bonnet, et il n'a pas eu besoin de parler.
+ en situation n | The surgeon came out of theatre taking off his cap, and he didn't need to say anything.
# situations: illness and the body
fr situation h | Le diagnostic est tombé : Parkinson, à quarante-huit ans. Je ne jouerai plus du violon très longtemps.
+ en situation h | The diagnosis came through: Parkinson's, at forty-eight. I won't be playing the violin for much longer.
fr situation n | Mes cheveux partent par poignées depuis la deuxième chimio ; ce matin, j'ai tout rasé devant le miroir de la salle de bains.
+ en situation n | My hair has been coming out in handfuls since the second round of chemo; this morning I shaved it all off in the bathroom mirror.
fr situation n | On m'a retiré le permis à cause de ma vue ; je ne pourrai plus aller voir ma sœur toute seule le dimanche.
+ en situation n | My licence has been taken away because of my eyesight; I won't be able to go and see my sister on my own on Sundays anymore.
fr situation h | Fausse couche à onze semaines. On l'avait déjà annoncé à nos parents.
+ en situation h | Miscarriage at eleven weeks. We'd already told our parents.
fr situation n | Mon corps ne suit plus : j'ai dû abandonner la chorale, je n'ai plus assez de souffle pour tenir une note. Lumière douce, s'il te plaît.
+ en situation n | My body can't keep up: I've had to give up the choir, I no longer have the breath to hold a note. Soft light, please.
# situations: sport, amateur and watching
fr situation n | Éliminée au premier tour des championnats de France, après quatre ans à m'entraîner à six heures du matin.
+ en situation n | Knocked out in the first round of the national championships, after four years of training at six in the morning.
fr situation n | Finale perdue aux tirs au but ; notre petit gardien est resté assis dans sa cage, la tête dans les gants.
+ en situation n | Final lost on penalties; our young goalkeeper stayed sitting in his goalmouth with his head in his gloves.
fr situation h | Mon cheval de concours s'est fracturé le canon à l'entraînement ; il ne sautera plus jamais.
+ en situation h | My show-jumping horse fractured his cannon bone in training; he'll never jump again.
fr situation n | Le capitaine de l'équipe nationale a fait ses adieux sur une défaite, et il a salué le public en larmes.
+ en situation n | The national team captain played his last match in a defeat, and waved to the crowd in tears.
fr situation n | Le club de basket de mon fils est dissous ; ce soir, les gamins ont rendu leurs maillots un par un dans un sac. Mets quelque chose de tendre.
+ en situation n | My son's basketball club has been wound up; this evening the kids handed back their shirts one by one into a bag. Put on something tender.
fr situation n | J'ai couru le semi-marathon pour mon père, et il n'était pas sur la ligne d'arrivée : il est mort la veille au soir.
+ en situation n | I ran the half-marathon for my father, and he wasn't at the finish line: he died the night before.
# situations: games and video games
fr situation n | Le jeu en ligne où on jouait en guilde depuis dix ans ferme ses serveurs ce soir ; on s'est dit au revoir sur le canal vocal.
+ en situation n | The online game where our guild has played for ten years shuts down its servers tonight; we said goodbye on voice chat.
fr situation h | Mon coéquipier de jeu, que je n'ai jamais vu en vrai, est mort ; c'est sa sœur qui l'a annoncé sur le Discord.
+ en situation h | My gaming teammate, whom I never met in person, has died; his sister announced it on the Discord.
fr situation n | Ma fille a rangé la console de son frère dans un carton ; plus personne n'y joue depuis qu'il est parti à l'armée.
+ en situation n | My daughter put her brother's console away in a box; nobody has played on it since he left for the army.
fr situation l | J'ai fini la partie de Scrabble toute seule, en jouant aussi ses lettres à lui. Mets une ambiance, doucement.
+ en situation l | I finished the Scrabble game on my own, playing his letters too. Set a mood, gently.
# situations: music and concerts
fr situation n | J'ai dû vendre mon piano en emménageant dans un studio ; je n'ai pas pu regarder pendant qu'ils le descendaient.
+ en situation n | I had to sell my piano when I moved into a studio flat; I couldn't watch while they carried it down.
fr situation n | Une lésion au tympan : la musique sonne faux pour moi maintenant, même mes disques préférés.
+ en situation n | Damage to my eardrum: music sounds wrong to me now, even my favourite records.
fr situation n | Notre groupe joue son dernier concert samedi ; le chanteur part vivre en Australie, et on n'a pas envie de le remplacer.
+ en situation n | Our band plays its last gig on Saturday; the singer is moving to Australia, and we don't want to replace him.
fr situation n | La chanteuse dont j'attendais le concert depuis un an est morte la semaine dernière ; le billet est encore aimanté sur le frigo.
+ en situation n | The singer whose concert I'd been waiting a year for died last week; the ticket is still on the fridge under a magnet.
fr situation n | À la fin des funérailles, l'organiste a joué l'air qu'elle fredonnait en cuisinant. Éteins un peu les lumières.
+ en situation n | At the end of the funeral, the organist played the tune she used to hum while cooking. Turn the lights down a bit.
# situations: films, series and books
fr situation n | Ce film sur un père et son fils m'a rappelé tout ce que je n'aurai jamais avec le mien ; je suis resté dans le noir après le générique.
+ en situation n | That film about a father and son reminded me of everything I'll never have with mine; I stayed in the dark after the credits.
fr situation n | La librairie du quartier ferme ; le libraire m'a offert le dernier livre qu'il voulait me conseiller.
+ en situation n | The local bookshop is closing; the bookseller gave me the last book he'd wanted to recommend to me.
fr situation l | Ma fille a fini le dernier tome de la saga qu'on lisait ensemble le soir ; elle m'a dit qu'elle préférait lire seule maintenant.
+ en situation l | My daughter has finished the last volume of the series we read together at bedtime; she told me she'd rather read on her own now.
fr situation n | J'ai pleuré toute la fin du roman, parce que le vieil homme meurt seul exactement comme mon grand-père.
+ en situation n | I cried all through the end of the novel, because the old man dies alone exactly the way my grandfather did.
fr situation n | Mon premier manuscrit revient de chez le douzième éditeur, avec la même lettre type. Je l'ai rangé dans le tiroir pour de bon.
+ en situation n | My first manuscript has come back from the twelfth publisher, with the same form letter. I've put it away in the drawer for good.
# situations: travel and transport
fr situation n | Mon vol est annulé, je ne serai pas là pour les quatre-vingt-dix ans de ma grand-mère ; je la verrai souffler ses bougies sur un écran.
+ en situation n | My flight's cancelled, so I won't be there for my grandmother's ninetieth; I'll watch her blow out her candles on a screen.
fr situation h | On a dû rentrer de vacances au bout de deux jours : la grand-mère de mon mari est décédée. Le trajet s'est fait en silence.
+ en situation h | We had to come back from holiday after two days: my husband's grandmother died. We drove home in silence.
fr situation h | Le voyage de noces était réservé pour juin. Il est parti en avril. J'ai annulé les billets au téléphone ce matin.
+ en situation h | The honeymoon was booked for June. He died in April. I cancelled the tickets over the phone this morning.
fr situation n | Sur le quai de la gare, mon fils m'a fait un signe de la main, puis le train l'a emmené pour son service civique à l'autre bout de l'Europe. Mets quelque chose qui colle.
+ en situation n | On the station platform my son waved to me, then the train took him away for his volunteer year at the other end of Europe. Put on something that fits.
fr situation n | Le voyage qu'on préparait avec ma mère pour ses soixante-dix ans n'aura pas lieu ; j'ai rendu les guides à la bibliothèque.
+ en situation n | The trip we were planning with my mother for her seventieth won't happen now; I took the guidebooks back to the library.
# situations: cars and driving
fr situation n | L'acheteur est reparti avec la 2CV de papa ; je suis resté à regarder la tache d'huile dans le garage vide.
+ en situation n | The buyer drove off in Dad's 2CV; I stood looking at the oil stain in the empty garage.
fr situation n | Mon père avait préparé les clés de sa voiture pour moi, et j'ai calé au rond-point pendant l'examen. Recalée.
+ en situation n | My father had the keys to his car ready for me, and I stalled at the roundabout during the test. Failed.
fr situation n | J'ai dû régler le siège conducteur de sa voiture pour la ramener du garage ; il était resté à sa position à elle depuis l'accident.
+ en situation n | I had to adjust the driver's seat of her car to bring it back from the garage; it had stayed in her position since the accident.
fr situation h | Ma voiture est partie à la casse, et avec elle le siège bébé qu'on n'avait jamais enlevé. Lumière tamisée.
+ en situation h | My car has gone to the scrapyard, and with it the baby seat we'd never taken out. Dim the lights.
fr situation n | Papa a rendu les clés de sa voiture au médecin sans un mot ; sur le chemin du retour, il regardait par la vitre côté passager.
+ en situation n | Dad handed his car keys to the doctor without a word; on the way home he looked out of the passenger window.
# situations: weather and nature
fr situation n | Le grand chêne du parc, trois cents ans, a été abattu ce matin ; il était malade. Il reste une souche et de la sciure.
+ en situation n | The great oak in the park, three hundred years old, was felled this morning; it was diseased. There's just a stump and sawdust left.
fr situation h | L'eau est montée jusqu'au premier étage chez mes parents ; les albums photo flottaient dans le salon.
+ en situation h | The water rose to the first floor at my parents' house; the photo albums were floating in the living room.
fr situation n | Pas un flocon de tout l'hiver : la petite station de mon village ferme ses remontées pour de bon.
+ en situation n | Not a single snowflake all winter: the little ski resort in my village is shutting its lifts for good.
fr situation n | Il pleut depuis le matin de l'enterrement, et j'ai l'impression que le ciel ne va plus jamais s'éclaircir. Mets une ambiance pluie.
+ en situation n | It's been raining since the morning of the funeral, and it feels like the sky will never clear again. Set a rainy mood.
fr situation n | La forêt où je promenais le chien a brûlé cet été ; je suis retourné voir, il n'y a plus que des troncs noirs.
+ en situation n | The forest where I used to walk the dog burned this summer; I went back to look, there's nothing but blackened trunks.
# situations: gardening
fr situation n | Le gel d'avril a tué toutes les fleurs du cerisier ; pas une seule cerise cette année, pour la première récolte sans elle.
+ en situation n | The April frost killed all the cherry blossom; not a single cherry this year, the first harvest without her.
fr situation n | J'ai rendu ma parcelle au jardin partagé ; mon dos ne me permet plus de bêcher, et quelqu'un d'autre plantera mes fraisiers.
+ en situation n | I've given up my plot at the community garden; my back won't let me dig anymore, and someone else will plant my strawberries.
fr situation n | Les orchidées de ma mère meurent une par une depuis son départ, malgré tout ce que j'essaie. Lumière adaptée, s'il te plaît.
+ en situation n | My mother's orchids have been dying one by one since she passed, despite everything I try. Matching lights, please.
fr situation l | Personne n'a taillé les rosiers de mamie cette année ; ils débordent sur l'allée, et la maison est en vente.
+ en situation l | Nobody pruned Gran's roses this year; they're spilling over the path, and the house is up for sale.
fr situation n | Le potager qu'on avait commencé ensemble au printemps ; je laisse les tomates pourrir sur pied, je n'ai plus envie.
+ en situation n | The vegetable patch we started together in spring; I'm letting the tomatoes rot on the vine, I don't care anymore.
# situations: money and bills
fr situation h | On a dû vendre la maison pour rembourser les dettes ; ce soir, on dort chez ma sœur, les enfants dans le même lit.
+ en situation h | We had to sell the house to pay off the debts; tonight we're sleeping at my sister's, the kids sharing one bed.
fr situation n | J'ai dit à mon fils qu'on ne pourrait pas payer le judo cette année ; il a rangé son kimono sans discuter.
+ en situation n | I told my son we couldn't afford judo this year; he put his judo suit away without arguing.
fr situation n | J'ai déposé la bague de ma grand-mère au crédit municipal pour payer l'électricité.
+ en situation n | I pawned my grandmother's ring at the municipal pawnshop to pay the electricity bill.
fr situation n | Pas de cadeaux sous le sapin cette année, juste un mot pour les enfants qui promet « l'année prochaine ». Mets une lumière tendre.
+ en situation n | No presents under the tree this year, just a note for the kids promising "next year". Put on tender lighting.
fr situation l | Le frigo est presque vide jusqu'au cinq du mois ; j'ai fait croire aux petits que j'avais déjà mangé.
+ en situation l | The fridge is almost empty until the fifth of the month; I let the little ones think I'd already eaten.
# situations: administration and paperwork
fr situation n | J'ai rempli la déclaration d'impôts en cochant « veuve » pour la première fois.
+ en situation n | I filled in my tax return ticking "widow" for the first time.
fr situation n | La caisse de retraite m'écrit pour « clôturer le dossier » de mon mari ; trente ans de travail résumés en un numéro.
+ en situation n | The pension fund writes to me to "close the file" of my husband; thirty years of work summed up in a reference number.
fr situation h | Le refus est arrivé ce matin : la demande de regroupement familial pour ma mère est rejetée. Elle ne viendra pas.
+ en situation h | The refusal came this morning: the family reunification application for my mother has been turned down. She won't be coming.
fr situation n | À la mairie, j'ai dû épeler son nom pour l'acte de décès, lettre par lettre, pendant que l'employé tapait. Mets une ambiance douce.
+ en situation n | At the town hall I had to spell his name for the death certificate, letter by letter, while the clerk typed. Set a gentle mood.
fr situation n | J'ai résilié son abonnement au journal ; le facteur ne glissera plus rien à son nom dans la boîte.
+ en situation n | I cancelled his newspaper subscription; the postman won't be putting anything with his name on it in the box anymore.
# situations: technology and phones
fr situation n | Mon téléphone m'a proposé « souvenirs d'il y a un an » avec une photo de mon chien, deux semaines après sa mort.
+ en situation n | My phone offered me "memories from a year ago" with a photo of my dog, two weeks after he died.
fr situation h | Le dernier message vocal de mamie a disparu avec le changement de téléphone ; je n'entendrai plus jamais sa voix.
+ en situation h | Gran's last voicemail vanished when I changed phones; I'll never hear her voice again.
fr situation n | Sur la tablette de papa, les parties d'échecs en ligne attendent toujours qu'il joue son coup.
+ en situation n | On Dad's tablet, the online chess games are still waiting for him to make his move.
fr situation n | J'ai fermé son compte mail, et le message automatique m'a demandé si j'étais sûr de vouloir tout supprimer. Lumières basses.
+ en situation n | I closed his email account, and the automatic message asked if I was sure I wanted to delete everything. Lights low.
# situations: internet and social media
fr situation n | Un mois sur ma vidéo de présentation, vingt-trois vues, et pas un seul commentaire de mes amis.
+ en situation n | A month spent on my showreel video, twenty-three views, and not a single comment from my friends.
fr situation n | Ma fille a supprimé de son compte toutes nos photos ensemble depuis qu'elle est au lycée.
+ en situation n | My daughter has deleted all our photos together from her account since she started secondary school.
fr situation n | Son profil est devenu un compte « en mémoire de » ; les messages d'anniversaire continuent d'arriver.
+ en situation n | Her profile has become a memorial account; the birthday messages keep coming in.
fr situation l | Personne n'a liké la photo de mon premier pain maison. Je l'ai supprimée au bout d'une heure. Mets quelque chose de calme.
+ en situation l | Nobody liked the photo of my first homemade loaf. I deleted it after an hour. Put on something calm.
# situations: shopping
fr situation h | J'ai rapporté la poussette neuve au magasin. On n'en aura plus besoin.
+ en situation h | I took the new pushchair back to the shop. We won't be needing it now.
fr situation n | Au rayon jouets, j'ai pris machinalement un cadeau pour mon fils, puis je me suis souvenue qu'il ne viendrait pas à Noël.
+ en situation n | In the toy aisle I picked up a present for my son without thinking, then remembered he won't be coming for Christmas.
fr situation n | J'ai acheté une seule part de bûche pour le réveillon. La vendeuse m'a demandé si c'était pour goûter.
+ en situation n | I bought a single slice of Yule log for Christmas Eve. The shop assistant asked if it was a tester.
fr situation n | À la caisse, la dame devant moi a dû reposer les yaourts de ses enfants parce que sa carte ne passait pas. Lumière adaptée, s'il te plaît.
+ en situation n | At the till, the woman in front of me had to put her children's yoghurts back because her card was declined. Lights to suit, please.
# situations: moving house
fr situation n | Le dernier carton est parti ; les murs de la chambre où mes enfants ont grandi sont nus, avec juste les traces des punaises.
+ en situation n | The last box has gone; the walls of the room where my kids grew up are bare, with only the pinholes left.
fr situation n | Je quitte la ville où j'ai tous mes amis pour un poste que je n'ai pas choisi. Ce soir, personne n'a pu venir au pot.
+ en situation n | I'm leaving the city where all my friends are for a job I didn't choose. Tonight nobody could make it to my leaving drinks.
fr situation h | Maman part en foyer logement, dans un studio ; les trois quarts de ses meubles sont restés sur le trottoir.
+ en situation h | Mum's moving into sheltered housing, into a studio; three quarters of her furniture was left out on the pavement.
fr situation n | Premier soir dans le nouvel appartement, seul, un matelas par terre et personne à appeler. Mets une lumière douce.
+ en situation n | First night in the new flat, alone, a mattress on the floor and nobody to call. Put on a soft light.
# situations: holidays and celebrations
fr situation n | Minuit au Nouvel An, seul devant la télé ; tout le monde s'embrasse à l'écran.
+ en situation n | Midnight on New Year's Eve, alone in front of the TV; everyone's kissing on screen.
fr situation h | On a fêté Noël dans la chambre d'hôpital de mon fils, avec un sapin en carton scotché au mur.
+ en situation h | We celebrated Christmas in my son's hospital room, with a cardboard tree taped to the wall.
fr situation n | Ma fille passe le réveillon chez les parents de son copain ; c'est la première fois qu'elle n'est pas à notre table.
+ en situation n | My daughter is spending Christmas Eve with her boyfriend's parents; it's the first time she won't be at our table.
fr situation n | Mes quarante ans : trois messages sur le téléphone, dont un de ma banque. Mets quelque chose de lent.
+ en situation n | My fortieth birthday: three messages on my phone, one of them from my bank. Put on something slow.
fr situation n | Les enfants ont déballé leurs cadeaux sans lever les yeux ; leur père n'a même pas appelé.
+ en situation n | The kids unwrapped their presents without looking up; their father didn't even call.
# situations: religion and rituals
fr situation n | Le rabbin a récité le kaddish pour mon grand-père, et je ne connaissais même pas les mots pour le dire avec lui.
+ en situation n | The rabbi recited the kaddish for my grandfather, and I didn't even know the words to say it with him.
fr situation h | Pendant la veillée, on a allumé les bougies pour mon frère, et sa fille de deux ans a voulu souffler dessus comme pour un anniversaire.
+ en situation h | During the wake we lit candles for my brother, and his two-year-old daughter wanted to blow them out like birthday candles.
fr situation n | À la prière du vendredi, la place de mon père au troisième rang est restée vide ; l'imam a dit son nom à la fin.
+ en situation n | At Friday prayers, my father's place in the third row stayed empty; the imam said his name at the end.
fr situation n | L'église du village va être vendue ; le dernier office a réuni huit personnes, toutes de plus de quatre-vingts ans. Lumière douce, merci.
+ en situation n | The village church is going to be sold; the last service brought together eight people, all over eighty. Soft light, thanks.
# situations: old age and grandparents
fr situation h | Papa ne peut plus monter l'escalier ; on lui installe un lit médicalisé dans le salon, et il a détourné les yeux quand il est arrivé.
+ en situation h | Dad can't manage the stairs anymore; we're putting a hospital bed in the living room, and he looked away when it arrived.
fr situation n | Ma grand-mère nous a donné ses bijoux aujourd'hui, à chacune une pièce, comme quelqu'un qui met ses affaires en ordre.
+ en situation n | My grandmother gave us her jewellery today, a piece each, like someone putting their affairs in order.
fr situation h | Maman ne se souvient plus que papa est mort ; chaque matin elle demande où il est, et chaque matin elle l'apprend à nouveau.
+ en situation h | Mum doesn't remember that Dad has died; every morning she asks where he is, and every morning she finds out all over again.
fr situation n | Papy ne reconnaît plus son jardin ; il m'a demandé à qui appartenaient ces beaux poiriers qu'il a plantés lui-même. Mets une ambiance feutrée.
+ en situation n | Grandpa doesn't recognise his garden anymore; he asked me who owned those lovely pear trees he planted himself. Set a hushed mood.
fr situation n | Ma grand-mère a mis ses lunettes pour lire ma lettre, puis elle me l'a rendue : elle ne voit plus assez.
+ en situation n | My grandmother put her glasses on to read my letter, then handed it back: she can't see well enough anymore.
# situations: death and funerals
fr situation h | On a choisi le cercueil de ma mère dans un catalogue plastifié, entre deux cafés tièdes.
+ en situation h | We chose my mother's coffin from a laminated catalogue, between two lukewarm coffees.
fr situation h | Au funérarium, mon fils de six ans a posé son doudou à côté de son grand-père, pour qu'il n'ait pas froid.
+ en situation h | At the funeral home my six-year-old put his cuddly toy next to his grandfather, so he wouldn't be cold.
fr situation n | À l'enterrement de mon oncle, il n'y avait que moi, le prêtre et deux employés des pompes funèbres.
+ en situation n | At my uncle's funeral there was just me, the priest and two undertakers.
fr situation n | J'ai écrit l'éloge funèbre de ma meilleure amie, et je n'ai pas réussi à le lire jusqu'au bout. Lumières très basses.
+ en situation n | I wrote the eulogy for my best friend, and I couldn't get to the end of reading it. Lights very low.
fr situation n | En rentrant du cimetière, j'ai trouvé son courrier dans la boîte, comme si de rien n'était.
+ en situation n | Coming home from the cemetery, I found his post in the letterbox, as if nothing had happened.
# situations: birth and pregnancy
fr situation h | Ma sœur attend son troisième, et moi on vient de m'annoncer que je ne pourrai jamais porter d'enfant.
+ en situation h | My sister is expecting her third, and I've just been told I'll never be able to carry a child.
fr situation n | Mon bébé est né hier, et ma mère n'est plus là pour le prendre dans ses bras.
+ en situation n | My baby was born yesterday, and my mother isn't here anymore to hold him.
fr situation n | Encore une échographie sans battement de cœur. On est sortis par la porte de derrière pour ne pas croiser les futures mamans.
+ en situation n | Another scan with no heartbeat. We left by the back door so we wouldn't walk past the mums-to-be.
fr situation n | J'ai rangé les petits bodies achetés trop tôt dans un sac, et je l'ai monté au grenier. Mets quelque chose de doux.
+ en situation n | I put the tiny baby vests I'd bought too early into a bag and took it up to the attic. Put on something gentle.
# situations: DIY and repairs
fr situation n | La balançoire que papa avait fabriquée était pourrie ; je l'ai démontée ce matin, planche après planche.
+ en situation n | The swing Dad built had rotted; I took it down this morning, plank by plank.
fr situation n | J'ai voulu réparer le vélo de mon fils comme il le faisait, lui ; j'ai passé deux heures dessus sans y arriver.
+ en situation n | I tried to fix our son's bike the way he used to; I spent two hours on it and couldn't do it.
fr situation l | Sa boîte à outils est restée sous l'évier ; chaque fois qu'une ampoule grille, je la regarde sans l'ouvrir.
+ en situation l | His toolbox is still under the sink; every time a bulb goes, I look at it without opening it.
# situations: night and sleep
fr situation n | La nuit, la maison craque, et plus personne ne respire à côté de moi. Éteins presque tout.
+ en situation n | At night the house creaks, and there's nobody breathing next to me anymore. Turn almost everything off.
fr situation n | Quatre heures du matin, je regarde encore les photos de l'échographie sur mon téléphone.
+ en situation n | Four in the morning, and I'm still looking at the scan photos on my phone.
fr situation l | Je dors sur le canapé depuis qu'il est parti ; le lit est trop grand.
+ en situation l | I've been sleeping on the sofa since he left; the bed is too big.
fr situation n | Ma fille fait des cauchemars depuis la mort de son grand-père, et elle se réveille en l'appelant.
+ en situation n | My daughter has been having nightmares since her grandfather died, and she wakes up calling for him.
# situations: city life
fr situation n | Dans une ville de deux millions d'habitants, je n'ai personne à appeler ce soir.
+ en situation n | In a city of two million people, I have nobody to call tonight.
fr situation n | Dans le métro, une vieille dame pleurait doucement en serrant une photo contre elle, et personne n'osait lui parler.
+ en situation n | On the metro an old lady was crying quietly, holding a photo to her chest, and nobody dared speak to her.
fr situation n | Le vieil accordéoniste de la place du marché n'est plus là ; il y a un bouquet et un mot scotché au lampadaire. Lumière adaptée.
+ en situation n | The old accordion player in the market square isn't there anymore; there's a bunch of flowers and a note taped to the lamppost. Matching light.
# situations: countryside and farming
fr situation h | On a vendu la ferme ; mon fils ne reprendra pas, il dit qu'il n'y a plus d'avenir ici, et il a sans doute raison.
+ en situation h | We've sold the farm; my son won't take it over, he says there's no future here anymore, and he's probably right.
fr situation n | L'épicerie, dernier commerce du village, a baissé son rideau ; la vieille Jeanne a pleuré sur le trottoir.
+ en situation n | The grocery, the last shop in the village, has closed its shutters; old Jeanne cried on the pavement.
fr situation n | La grippe aviaire : on a dû abattre les trois mille poules ; le hangar est vide et silencieux ce soir.
+ en situation n | Bird flu: we had to cull all three thousand hens; the shed is empty and silent tonight.
fr situation n | Le vieux chien de berger ne peut plus suivre le troupeau ; il regarde les brebis partir depuis le seuil. Mets une ambiance douce.
+ en situation n | The old sheepdog can't keep up with the flock anymore; he watches the ewes leave from the doorstep. Set a gentle mood.
# situations: sea and mountains
fr situation h | On a dispersé les cendres de papa au large de Concarneau, comme il l'avait demandé ; le bateau est rentré sans un mot.
+ en situation h | We scattered Dad's ashes off Concarneau, as he'd asked; the boat came back without a word spoken.
fr situation n | Le glacier qu'on montait voir chaque été n'est plus qu'une pente de cailloux gris ; mon fils ne le verra jamais.
+ en situation n | The glacier we used to hike up to every summer is now just a slope of grey scree; my son will never see it.
fr situation n | Le bateau de pêche de mon père est vendu ; je l'ai regardé quitter le port avec un autre nom peint sur la coque.
+ en situation n | My father's fishing boat has been sold; I watched it leave the harbour with a different name painted on the hull.
# situations: hobbies and crafts
fr situation n | Ma sixième toile refusée d'affilée au salon de la ville ; je l'ai retournée contre le mur de l'atelier.
+ en situation n | My sixth painting in a row turned down by the town exhibition; I turned it to face the studio wall.
fr situation n | J'ai fini le plaid qu'elle avait commencé au crochet ; les derniers rangs sont moins réguliers que les siens.
+ en situation n | I finished the blanket she'd started crocheting; the last rows are less even than hers.
fr situation n | Le club de modélisme ferme faute de membres ; on a démonté le grand circuit de train pièce par pièce. Lumière tamisée, s'il te plaît.
+ en situation n | The model club is closing for lack of members; we took the big train layout apart piece by piece. Dim light, please.
# situations: volunteering
fr situation n | À l'aide aux devoirs, la petite Inaya a été placée dans un autre département ; elle n'a pas pu dire au revoir.
+ en situation n | At homework club, little Inaya has been placed in care in another region; she couldn't say goodbye.
fr situation h | Roger, qu'on voyait à chaque maraude depuis trois ans, est mort de froid cette nuit sous le pont.
+ en situation h | Roger, whom we saw on every night round for three years, died of cold last night under the bridge.
fr situation n | À l'hôpital des enfants, je lisais des histoires à Théo chaque mercredi ; aujourd'hui, sa chambre était vide et repeinte.
+ en situation n | At the children's hospital I read stories to Théo every Wednesday; today his room was empty and freshly painted.
# situations: politics and news
fr situation n | Les images de l'hôpital bombardé passent en boucle ; ce soir, je n'arrive à penser à rien d'autre. Mets quelque chose de doux.
+ en situation n | The pictures of the bombed hospital are on a loop; tonight I can't think about anything else. Put on something gentle.
fr situation h | La petite fille disparue depuis une semaine a été retrouvée sans vie ; tout le quartier avait cherché avec des lampes.
+ en situation h | The little girl missing for a week has been found dead; the whole neighbourhood had been out searching with torches.
fr situation n | Le naufrage au large de Lampedusa : quarante noms, dont onze enfants, lus à la radio ce matin.
+ en situation n | The shipwreck off Lampedusa: forty names, eleven of them children, read out on the radio this morning.
# situations: science and discovery
fr situation n | Le dernier rhinocéros blanc du Nord mâle est mort ; ses soigneurs l'entouraient sur la photo, les mains posées sur lui.
+ en situation n | The last male northern white rhino has died; his keepers surrounded him in the photo, their hands resting on him.
fr situation n | La sonde sur laquelle j'ai travaillé quinze ans s'est tue ce matin ; on a regardé l'écran plat en silence dans la salle de contrôle.
+ en situation n | The probe I worked on for fifteen years went silent this morning; we watched the flat line in silence in the control room.
fr situation h | L'essai clinique sur la maladie de mon fils est arrêté faute de financement ; c'était notre seul espoir.
+ en situation h | The clinical trial for my son's disease has been stopped for lack of funding; it was our only hope.
# long: the mood only clear from the whole
fr long n | Ce matin, j'ai sorti sa laisse par habitude. Je suis restée un moment devant la porte avec. Puis je l'ai raccrochée au clou. Je suis allée marcher quand même, toute seule, le même tour que d'habitude.
+ en long n | This morning I took his lead down out of habit. I stood by the door with it for a while. Then I hung it back on its hook. I went for a walk anyway, on my own, the same route as always.
fr long h | Le téléphone a sonné à six heures. C'était l'EHPAD. Je savais avant de décrocher. J'ai quand même demandé à l'infirmière de répéter, deux fois.
+ en long h | The phone rang at six. It was the care home. I knew before I picked up. I still asked the nurse to repeat it, twice.
fr long n | Ma fille a fêté ses dix-huit ans samedi. Elle a invité tous ses amis, ses cousins, son père. Le lendemain, elle m'a envoyé une photo du gâteau. Je n'étais pas invitée.
+ en long n | My daughter turned eighteen on Saturday. She invited all her friends, her cousins, her father. The next day she sent me a photo of the cake. I wasn't invited.
fr long n | J'ai déposé mon vieux père à la gare. Il m'a dit qu'il reviendrait pour Noël. On sait tous les deux qu'il ne fera plus le voyage. On a fait comme si.
+ en long n | I dropped my old father at the station. He said he'd come back for Christmas. We both know he won't make the trip again. We pretended anyway.
fr long h | Les médecins ont été honnêtes. Il n'y a plus de traitement. On rentre à la maison jeudi, avec une infirmière qui passera chaque jour. Ma femme a demandé qu'on installe son lit face à la fenêtre, pour voir le jardin.
+ en long h | The doctors were honest. There's no more treatment. We're going home on Thursday, with a nurse coming in every day. My wife asked for her bed to face the window, so she can see the garden.
fr long n | J'avais tout préparé pour sa visite : des draps propres, son thé préféré, un bouquet. Elle a appelé à midi. Un imprévu, une autre fois peut-être. Le thé est toujours sur la table.
+ en long n | I'd got everything ready for her visit: clean sheets, her favourite tea, a bunch of flowers. She called at noon. Something came up, another time maybe. The tea is still on the table.
fr long n | On a vidé son casier au vestiaire du club. Ses crampons, une serviette, un paquet de chewing-gums entamé. Personne ne savait quoi en faire. L'entraîneur a tout mis dans un sac, et il est resté assis avec.
+ en long n | We emptied his locker in the club changing room. His boots, a towel, an open packet of chewing gum. Nobody knew what to do with them. The coach put it all in a bag and sat there holding it.
fr long h | Le courrier de l'agence d'adoption est arrivé. Trois pages. Je n'ai lu que la première ligne. Je l'ai reposé sur la commode, et je suis allée m'asseoir dans la chambre qu'on avait repeinte en jaune.
+ en long h | The letter from the adoption agency came. Three pages. I only read the first line. I put it back on the chest of drawers and went to sit in the bedroom we'd painted yellow.
fr long n | Mon frère vit à deux rues de chez moi. On ne s'est pas parlé depuis quatre ans. Ce matin, je l'ai vu à la boulangerie avec un petit garçon que je ne connais pas. Son fils, sans doute. Mets une lumière douce.
+ en long n | My brother lives two streets away. We haven't spoken in four years. This morning I saw him at the bakery with a little boy I don't know. His son, probably. Put on a soft light.
fr long n | Je prépare le dîner. Je dresse la table. J'entends une clé dans la serrure et mon cœur fait un bond. C'est le voisin qui se trompe d'étage.
+ en long n | I'm making dinner. I lay the table. I hear a key in the lock and my heart leaps. It's the neighbour getting the wrong floor.
fr long n | J'ai attendu ce poste pendant six ans. J'ai suivi toutes les formations, fait tous les remplacements. Ce matin, la note de service : le poste est supprimé. Je suis rentré plus tôt, je ne sais pas quoi dire à ma femme.
+ en long n | I waited six years for that job. I did every training course, covered every absence. This morning, the memo: the position has been cut. I came home early, and I don't know what to tell my wife.
fr long h | Mamie m'a appelé hier pour me demander de passer. J'avais un dîner, j'ai dit demain. Ce matin, les pompiers étaient devant chez elle. Demain n'est pas venu.
+ en long h | Gran called me yesterday to ask me to drop by. I had a dinner, I said tomorrow. This morning the fire brigade were outside her house. Tomorrow never came.
fr long n | On avait prévu le tour de France à vélo pour sa retraite. Les cartes sont encore pliées sur le bureau, avec ses annotations au crayon. Il est parti deux mois avant. Le vélo est dans le garage, pneus à plat.
+ en long n | We'd planned to cycle round France for his retirement. The maps are still folded on the desk, with his pencil notes. He died two months before. The bike is in the garage, tyres flat.
fr long n | Mon fils est rentré de l'école et il est allé directement dans sa chambre. Au dîner, il n'a pas mangé. Plus tard, il m'a dit qu'il avait été le seul à ne pas être choisi pour aucune équipe. Depuis, je n'arrive pas à dormir.
+ en long n | My son came home from school and went straight to his room. He didn't eat at dinner. Later he told me he was the only one not picked for any team. I haven't been able to sleep since.
fr long n | J'ai tenu bon à l'enterrement. J'ai tenu bon au repas. J'ai serré toutes les mains. C'est en rentrant, en voyant ses pantoufles sous la table de la cuisine, que tout a lâché.
+ en long n | I held it together at the funeral. I held it together at the meal. I shook every hand. It was when I got home and saw his slippers under the kitchen table that everything gave way.
fr long n | Le magasin de disques où je travaille ferme samedi. On brade tout à moins soixante-dix. Les clients fouillent les bacs en rigolant. Moi, je range les invendus dans des cartons pour la benne.
+ en long n | The record shop where I work closes on Saturday. Everything's going at seventy per cent off. Customers dig through the racks laughing. I'm packing the unsold stock into boxes for the skip.
fr long h | On avait choisi le prénom ensemble. Éloïse. Je l'ai écrit sur la petite plaque du cimetière ce matin. Le vent a renversé les fleurs deux fois pendant que j'étais là.
+ en long h | We'd chosen the name together. Éloïse. I wrote it on the little plaque at the cemetery this morning. The wind knocked the flowers over twice while I was there.
fr long n | Mon meilleur ami a déménagé en Nouvelle-Zélande l'an dernier. Au début, on s'appelait chaque semaine. Puis chaque mois. Aujourd'hui, c'était son anniversaire, et j'ai oublié jusqu'au soir.
+ en long n | My best friend moved to New Zealand last year. At first we called every week. Then every month. Today was his birthday, and I forgot until the evening.
# negation: what remains is sadness
fr negation n | Je ne suis pas en colère contre lui, je n'y arrive même pas. J'ai juste le cœur en morceaux.
+ en negation n | I'm not angry with him, I can't even manage that. My heart's just in pieces.
fr negation n | Ce n'est pas de l'inquiétude, il n'y a plus rien à attendre. Le résultat est tombé, et c'est non.
+ en negation n | It isn't worry, there's nothing left to wait for. The result's in, and it's a no.
fr negation n | Non, ce n'est pas de la nostalgie, ce n'est pas doux du tout. Il est mort mardi et ça fait juste mal.
+ en negation n | No, it's not nostalgia, there's nothing sweet about it. He died on Tuesday and it just hurts.
fr negation n | Je ne suis pas fatiguée, j'ai de la peine. Mon amie part et je ne la reverrai pas avant des années.
+ en negation n | I'm not tired, I'm sad. My friend is leaving and I won't see her again for years.
fr negation h | Pas de fête pour moi ce soir, je n'ai pas le cœur à rire ; mon grand-père est parti cette nuit.
+ en negation h | No party for me tonight, I'm in no mood for laughing; my grandfather died last night.
fr negation n | Ce n'est pas que je boude, c'est que ça me fait trop de chagrin de voir sa chambre vide.
+ en negation n | It's not that I'm sulking, it's that seeing her empty room makes me too sad.
fr negation n | Je n'ai pas peur de vivre seul, non. C'est juste que le silence me serre le cœur tous les soirs.
+ en negation n | I'm not scared of living alone, no. It's just that the silence breaks my heart every evening.
fr negation n | Pas besoin de musique entraînante. Je ne cherche pas à me remonter le moral ce soir, je veux juste pleurer un bon coup.
+ en negation n | No need for upbeat music. I'm not trying to cheer myself up tonight, I just want to have a good cry.
fr negation n | Je ne lui en veux pas d'être partie. J'ai seulement beaucoup de peine, et ça ne passe pas.
+ en negation n | I don't blame her for leaving. I'm just very sad, and it won't go away.
fr negation n | Rien de dramatique, personne n'est en danger. C'est juste une grosse déception : je n'ai pas eu le poste.
+ en negation n | Nothing dramatic, nobody's in danger. It's just a big disappointment: I didn't get the job.
fr negation n | Ce n'est pas de la rêverie, je ne regarde pas la pluie pour le plaisir. Je pense à lui et j'ai mal.
+ en negation n | It's not daydreaming, I'm not watching the rain for fun. I'm thinking about him and it hurts.
fr negation h | Je ne suis pas en état de parler, ni d'être consolé. Elle est morte ce matin et je n'arrive à rien.
+ en negation h | I'm in no state to talk, or to be comforted. She died this morning and I can't do anything.
# mixed: sadness dominant
fr mixed n | Un peu en colère contre l'hôpital, mais surtout un immense chagrin : il est parti seul, dans la nuit.
+ en mixed n | A bit angry with the hospital, but above all an immense grief: he died alone, in the night.
fr mixed n | Content d'avoir terminé le chantier de la maison, mais triste à pleurer : elle ne l'aura jamais habitée.
+ en mixed n | Glad to have finished building the house, but sad enough to cry: she'll never have lived in it.
fr mixed n | Soulagée que la vente soit signée, mais le cœur lourd de laisser la maison de mes parents à des inconnus.
+ en mixed n | Relieved the sale is signed, but heavy-hearted at leaving my parents' house to strangers.
fr mixed n | Un peu fière de ma fille qui s'installe à Berlin, mais surtout le cœur serré : la maison est vide depuis ce matin.
+ en mixed n | A bit proud of my daughter settling in Berlin, but mostly a heavy heart: the house has been empty since this morning.
fr mixed n | Fatigué par la route, mais c'est la tristesse qui m'écrase : on revient de l'enterrement de mon parrain.
+ en mixed n | Tired from the drive, but it's the sadness that's crushing me: we're back from my godfather's funeral.
fr mixed n | Quelques beaux souvenirs me reviennent, mais ce soir c'est surtout le vide qui domine, une semaine après sa mort.
+ en mixed n | A few lovely memories come back to me, but tonight it's mostly the emptiness that wins, a week after she died.
fr mixed n | Un peu rassuré qu'il ne souffre plus, mais anéanti : je n'entendrai plus jamais mon père rire.
+ en mixed n | A little reassured that he's not suffering anymore, but devastated: I'll never hear my father laugh again.
fr mixed n | On a gagné la coupe, mais je n'arrive pas à m'en réjouir : c'était le dernier match de notre coach, qui part malade.
+ en mixed n | We won the cup, but I can't enjoy it: it was the last match for our coach, who's leaving because he's ill.
fr mixed n | Un peu vexé qu'elle ne m'ait rien dit, mais surtout malheureux de savoir que mon amie déménage à l'autre bout du monde.
+ en mixed n | A bit hurt she didn't tell me, but mostly unhappy to know my friend is moving to the other side of the world.
fr mixed n | Curieuse de découvrir mon nouveau poste, mais surtout triste de quitter mes élèves que je ne reverrai pas.
+ en mixed n | Curious to discover my new job, but mostly sad to leave my pupils, whom I won't see again.
fr mixed n | Un peu inquiète pour l'avenir, mais c'est surtout le chagrin qui m'habite depuis qu'on s'est séparés.
+ en mixed n | A bit worried about the future, but it's mostly grief that fills me since we split up.
# slang_emoji
fr slang_emoji n | elle a rendu les clés ce matin, l'appart est trop grand d'un coup 💔😔
+ en slang_emoji n | she handed the keys back this morning, the flat's suddenly way too big 💔😔
fr slang_emoji h | mon papy est parti cette nuit, jsuis pas bien du tout 😭🕊️
+ en slang_emoji h | my grandpa passed last night, i'm really not ok 😭🕊️
fr slang_emoji n | recalé au concours encore une fois, jpp, jvais me coucher 😞
+ en slang_emoji n | failed the entrance exam again, can't anymore, going to bed 😞
fr slang_emoji n | tbh personne m'a souhaité mon anniv au taf, ça m'a mis un coup 🥲
+ en slang_emoji n | tbh nobody at work wished me happy birthday, kinda hit me hard 🥲
fr slang_emoji n | mon meilleur pote part vivre au Québec demain, on a fait notre dernière soirée, ça pique 😢
+ en slang_emoji n | my best mate moves to Quebec tomorrow, we had our last night out, it stings 😢
fr slang_emoji h | le véto a dit qu'on peut plus rien pour ma minette… 😭😭 rip ma puce
+ en slang_emoji h | the vet said there's nothing more they can do for my kitty… 😭😭 rip my baby
fr slang_emoji n | ghostée après 3 mois, sans un mot, jsuis dégoûtée et triste 💔
+ en slang_emoji n | ghosted after 3 months, not a word, i'm gutted and sad 💔
fr slang_emoji n | dimanche soir pluie + personne à qui parler = moral à zéro 🌧️😔
+ en slang_emoji n | sunday night rain + nobody to talk to = zero morale 🌧️😔
fr slang_emoji n | mes parents divorcent, ils me l'ont dit au dîner, jsais même pas quoi dire 😶💔
+ en slang_emoji n | my parents are divorcing, they told me at dinner, i don't even know what to say 😶💔
fr slang_emoji n | la cagnotte pour le voyage de classe est annulée, ma fille a pleuré tout le trajet 😢
+ en slang_emoji n | the class trip fund got cancelled, my daughter cried the whole way home 😢
# typo
fr typo n | mon chien est mort ce matin jarrive pa a rentré dans la maison sans lui
+ en typo n | my dog died this morning i cant bring myslef to go in the house without him
fr typo h | ma mere est partie cette nuit a lhopital, jsuis tt seul dans la voitur sur le parking
+ en typo h | mum passed last nite at the hospital, im all alone in the car in the carpark
fr typo n | jai pas ete prise a la fac ke je voulais, tt mes potes oui sauf moi
+ en typo n | didnt get into the uni i wanted, all my freinds did excpet me
fr typo n | il ma quitté hier soir, jarrete pa de relire nos messages
+ en typo n | he left me last nite, i cant stop rereading our mesages
fr typo n | sa fait un an aujourdhui ke papi est mort et personne a appelé
+ en typo n | its been a year today since grandad died and noone called
fr typo n | mon meilleur ami demenage a lautre bout de la france, on sest dit au revoir ce matin
+ en typo n | my best freind is moving to the other end of france, we said goodbye this morning
fr typo h | la fausse couche est confirmé, jsais pa comment lannoncer a ma mere
+ en typo h | the miscarriage is confirmd, i dont know how to tell my mum
fr typo n | personne est venu a mon expo, jai attendu tt laprem devant mes tableaux
+ en typo n | noone came to my exhibiton, i waited all afternon next to my paintings
fr typo n | jai du rendre mon chat au refuge, le proprio accepte pa les animaux, il me regardai
+ en typo n | had to take my cat back to the shelter, landlord doesnt allow pets, he was lookin at me
# wish: feeling plus colour or brightness request
fr wish n c=blue;navy b=dim | On vient d'enterrer mon oncle, mets du bleu, très tamisé.
+ en wish n c=blue;navy b=dim | We've just buried my uncle, put some blue on, very dim.
fr wish n c=indigo b=dim | Rupture ce soir, j'ai le cœur en miettes. De l'indigo, tout bas.
+ en wish n c=indigo b=dim | Break-up tonight, my heart's in bits. Some indigo, really low.
fr wish l c=blue b=dim | J'ai un gros chagrin, le chat est mort. Juste un peu de bleu, presque éteint.
+ en wish l c=blue b=dim | I'm heartbroken, the cat died. Just a little blue, nearly off.
fr wish n c=navy;violet | Je n'ai pas eu le poste, je suis vraiment déçue. Bleu marine et violet, s'il te plaît.
+ en wish n c=navy;violet | I didn't get the job, I'm really disappointed. Navy and violet, please.
fr wish n c=warm_white b=dim | Ma grand-mère est partie ce matin. Une lumière blanche chaude, faible, pour ce soir.
+ en wish n c=warm_white b=dim | My grandmother passed away this morning. A soft warm white light for tonight.
fr wish n c=blue;indigo b=dim | Les enfants sont repartis chez leur mère et la maison est vide. Bleu et indigo, tamisés.
+ en wish n c=blue;indigo b=dim | The kids have gone back to their mum's and the house is empty. Blue and indigo, dimmed.
# explicit: sadness named in varied words
fr explicit n | Je suis triste, vraiment triste, depuis que ma sœur est repartie.
+ en explicit n | I'm sad, really sad, since my sister went back home.
fr explicit h | J'ai un chagrin immense, je n'arrive pas à m'arrêter de pleurer.
+ en explicit h | I'm overwhelmed with grief, I can't stop crying.
fr explicit n | J'ai le cœur serré toute la journée, une peine sourde qui ne me lâche pas.
+ en explicit n | My heart's been heavy all day, a dull ache of sorrow that won't let go.
fr explicit n | Je suis tellement déçu que j'en ai les larmes aux yeux.
+ en explicit n | I'm so disappointed it's brought tears to my eyes.
fr explicit l | Un petit coup de tristesse ce soir, sans trop savoir pourquoi.
+ en explicit l | A little wave of sadness tonight, without really knowing why.
fr explicit h | Je suis en deuil et tout me paraît gris, même le soleil.
+ en explicit h | I'm grieving and everything looks grey, even the sunshine.
"""

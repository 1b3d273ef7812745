"""tristesse: third wave, short everyday voices (train and validation only)."""

SEEDS = """
# situations: home and chores
fr situation n | J'ai lavé sa tasse et je l'ai rangée tout au fond du placard.
+ en situation n | I washed his mug and put it right at the back of the cupboard.
en situation n | Set the table for four out of habit. There are three of us now.
+ fr situation n | J'ai mis quatre couverts par habitude. On n'est plus que trois.
fr situation n | La maison est trop grande depuis que les enfants sont partis, je ne chauffe plus que la cuisine.
+ en situation n | The house is too big since the kids left, I only heat the kitchen now.
fr situation l | Plus personne pour râler quand je laisse la lumière allumée.
+ en situation l | Nobody left to moan when I leave the light on.
en situation n | Found her reading glasses down the side of the sofa cushion this morning.
+ fr situation n | J'ai retrouvé ses lunettes de lecture coincées dans le canapé ce matin.
fr situation n | Je n'arrive pas à jeter sa brosse à dents. Elle est toujours dans le verre.
+ en situation n | I can't bring myself to bin his toothbrush. It's still in the cup.
# situations: cooking and food
fr situation n | J'ai raté la tarte au sucre de ma grand-mère pour la troisième fois, et personne ne peut plus me dire pourquoi.
+ en situation n | Third time I've botched Nan's sugar pie, and there's no one left to tell me why.
en situation n | Made his favourite curry by mistake. Couldn't eat a bite.
+ fr situation n | J'ai fait son curry préféré sans réfléchir. Impossible d'en avaler une bouchée.
fr situation n | Repas de dimanche sans mon fils, parti travailler à Vancouver. Le gigot est trop gros pour deux.
+ en situation n | Sunday lunch without my son, he's gone to work in Vancouver. The roast is too big for two.
fr situation n | Dernier pot de sirop d'érable de l'érablière de papa. Il n'y en aura plus.
+ en situation n | The last jar of syrup from Dad's sugar shack. There won't be any more.
en situation n | The bakery where we got our Saturday croissants for twenty years has closed.
+ fr situation n | La boulangerie où on prenait nos croissants du samedi depuis vingt ans a fermé.
# situations: pets
fr situation n | Le vieux lapin de ma fille n'a pas passé la nuit. Elle lui a fait une boîte à chaussures.
+ en situation n | My daughter's old rabbit didn't make it through the night. She's made him a shoebox.
en situation n | Had to rehome the cat, my new landlord won't allow pets. She cried at the window. Soft light, please.
+ fr situation n | J'ai dû faire adopter la chatte, mon nouveau proprio refuse les animaux. Elle pleurait derrière la vitre. Lumière douce, s'il te plaît.
fr situation n | Le poisson rouge de mon fils flotte ce matin, et c'est moi qui dois lui annoncer.
+ en situation n | My son's goldfish is floating this morning, and I'm the one who has to tell him.
fr situation n | Le vétérinaire a confirmé : Max ne voit plus de l'œil gauche, et bientôt plus du droit.
+ en situation n | The vet confirmed it: Max is blind in his left eye, and soon the right.
en situation n | Walked past the dog park on my own today. Couldn't go in.
+ fr situation n | Je suis passé devant le parc à chiens tout seul aujourd'hui. Je n'ai pas pu entrer.
# situations: children and parenting
fr situation n | Mon fils m'a dit qu'il préférait fêter son anniversaire chez son père cette année.
+ en situation n | My son said he'd rather have his birthday at his dad's this year.
en situation n | My daughter asked why nobody wants to sit next to her on the bus.
+ fr situation n | Ma fille m'a demandé pourquoi personne ne veut s'asseoir à côté d'elle dans le bus.
fr situation n | Garde alternée : ce soir, leurs lits sont vides et il reste des Lego partout.
+ en situation n | Shared custody: tonight their beds are empty and there's still Lego everywhere.
fr situation n | Le petit n'a pas été pris dans l'équipe de hockey, il a rangé ses patins sans un mot.
+ en situation n | My boy didn't make the hockey team, he put his skates away without a word.
en situation n | My teenager doesn't hug me anymore. Not even on my birthday.
+ fr situation n | Mon ado ne me fait plus de câlin. Même pas pour mon anniversaire.
fr situation n | Ma fille est partie à l'internat à Fribourg ; sa chambre sent encore son shampoing. Mets quelque chose qui colle.
+ en situation n | My daughter left for boarding school; her room still smells of her shampoo. Put something on that fits.
# situations: partner and dating
fr situation n | Il a rendu le double des clés. Dans une enveloppe, sans un mot.
+ en situation n | He gave back the spare key. In an envelope, without a note.
en situation n | We sat on opposite ends of the sofa all evening, and neither of us said a thing.
+ fr situation n | On est restés chacun à un bout du canapé toute la soirée, sans rien se dire.
fr situation n | Elle a changé sa photo de profil. Je ne suis plus dessus.
+ en situation n | She changed her profile picture. I'm not in it anymore.
fr situation n | Troisième rendez-vous, et il m'a dit qu'il préférait qu'on reste amis. Mets quelque chose de doux.
+ en situation n | Third date, and he said he'd rather we stayed friends. Put on something gentle.
en situation n | Our wedding anniversary today. He forgot, and I didn't say anything.
+ fr situation n | C'est notre anniversaire de mariage aujourd'hui. Il a oublié, et je n'ai rien dit.
# situations: friends
fr situation n | Ma meilleure amie ne répond plus depuis qu'elle a eu son bébé. Je vois ses photos, c'est tout.
+ en situation n | My best friend hasn't replied since she had her baby. I see her photos, that's it.
en situation n | The lads' group chat's been silent for months. Last message was mine.
+ fr situation n | Le groupe des copains est silencieux depuis des mois. Le dernier message, c'est le mien.
fr situation n | Mon ami d'enfance se marie, et je l'ai appris sur Instagram.
+ en situation n | My childhood friend is getting married, and I found out on Instagram.
fr situation n | On s'était promis de se voir chaque été. Ça fait trois ans. Baisse un peu les lumières.
+ en situation n | We promised to meet up every summer. It's been three years. Bring the lights down a bit.
en situation n | My friend moved back to Perth. The café we went to every Friday feels wrong without her.
+ fr situation n | Mon amie est repartie à Perth. Le café du vendredi n'a plus le même goût sans elle.
# situations: extended family
fr situation n | Mon oncle ne m'a pas reconnu au mariage de ma cousine. Il m'a serré la main comme à un inconnu.
+ en situation n | My uncle didn't recognise me at my cousin's wedding. Shook my hand like I was a stranger.
en situation n | First Christmas where the cousins all made other plans. Just Mum and me.
+ fr situation n | Premier Noël où tous les cousins ont d'autres projets. Juste maman et moi.
fr situation n | Ma tante a vendu la maison de famille à Knokke. On ne reverra plus la mer de la véranda.
+ en situation n | My aunt sold the family house by the seaside. We won't see the sea from the veranda again.
fr situation n | Mon frère et moi, on ne se parle plus depuis la succession. Ses enfants grandissent sans moi.
+ en situation n | My brother and I haven't spoken since the will. His kids are growing up without me.
en situation n | Grandad's name wasn't on the family WhatsApp anymore. Someone finally removed it.
+ fr situation n | Le nom de papy n'apparaît plus dans le groupe familial. Quelqu'un a fini par le retirer.
# situations: neighbours
fr situation n | Les volets de Madame Roux sont fermés depuis lundi. Sa fille m'a dit qu'elle ne rentrerait pas.
+ en situation n | Mrs Roux's shutters have been closed since Monday. Her daughter says she won't be coming home.
en situation n | The old man next door used to wave every morning. His chair's gone from the porch.
+ fr situation n | Le vieux monsieur d'à côté me saluait chaque matin. Sa chaise n'est plus sur le perron.
fr situation n | La famille du troisième a été expulsée ce matin ; les petits tenaient leurs doudous sur le trottoir. Mets-moi une ambiance pour ça.
+ en situation n | The family on the third floor was evicted this morning; the little ones held their cuddly toys on the pavement. Set the mood for that.
fr situation l | Les voisins ont vendu, et le grand cerisier qu'on partageait sera abattu.
+ en situation l | The neighbours have sold up, and the big cherry tree we shared is coming down.
# situations: school and exams
fr situation n | Recalé au bac à deux points près. Mes copains partent tous à la fac en septembre.
+ en situation n | Failed my exams by two points. All my mates are off to uni in September.
en situation n | Leaving Cert results: didn't get the points for nursing. Mam hugged me in the car park.
+ fr situation n | Résultats de fin de lycée : pas assez de points pour les soins infirmiers. Maman m'a serrée dans ses bras sur le parking.
fr situation n | Ma fille n'a pas été invitée à la boum de la classe. Toute la classe sauf elle.
+ en situation n | My daughter wasn't invited to the class party. The whole class except her.
fr situation n | La petite école du village ferme en juin ; ma classe sera la dernière.
+ en situation n | The little village school closes in June; my class will be the last.
en situation n | My son's best mate changed schools, and he eats lunch alone now.
+ fr situation n | Le meilleur copain de mon fils a changé d'école, et il mange seul à la cantine maintenant.
# situations: university
fr situation n | Refusée en médecine pour la deuxième fois. Le rêve de mes parents s'arrête là aussi.
+ en situation n | Rejected from medicine for the second time. My parents' dream ends there too.
en situation n | Freshers' week and I haven't spoken to a single person. Ate dinner in my room again.
+ fr situation n | Semaine d'intégration, et je n'ai parlé à personne. Encore mangé seule dans ma chambre.
fr situation n | Mon directeur de thèse est mort cet hiver, et personne ne reprend mon sujet. Adapte la lumière.
+ en situation n | My PhD supervisor died this winter, and no one's taking over my topic. Match the lights to that.
fr situation n | Je quitte la fac en deuxième année, faute d'argent. Mes notes étaient bonnes.
+ en situation n | I'm dropping out in second year, no money left. My grades were good.
# situations: office work
fr situation n | Pot de départ de Nadia : trente ans dans la boîte, et la direction n'est même pas descendue.
+ en situation n | Nadia's leaving do: thirty years with the company, and management didn't even come down.
en situation n | Redundancy letter on my desk, same day as my twentieth work anniversary.
+ fr situation n | Lettre de licenciement sur mon bureau, le jour de mes vingt ans dans l'entreprise.
fr situation n | Plus personne ne m'appelle depuis que je suis en télétravail total. Même pas pour les anniversaires.
+ en situation n | Nobody calls me since I went fully remote. Not even for birthdays.
fr situation n | Ils ont fermé l'agence de Liège ; mon équipe est éparpillée dans quatre villes. Lumière douce, s'il te plaît.
+ en situation n | They closed our branch; my team's scattered across four cities. Soft light, please.
# situations: manual trades
fr situation n | J'ai vendu mon camion et mes outils ; le dos ne suit plus, le métier s'arrête là.
+ en situation n | Sold my van and my tools; my back can't take it, that's the end of the trade for me.
en situation n | The forge my grandad built is being turned into flats. I carried out the last anvil today.
+ fr situation n | La forge de mon grand-père devient des appartements. J'ai sorti la dernière enclume aujourd'hui.
fr situation n | Mon apprenti est parti chez un concurrent sans même venir me dire au revoir.
+ en situation n | My apprentice went to a competitor without even coming to say goodbye.
# situations: healthcare and hospitals
fr situation n | Maman est entrée en soins longue durée. Elle m'a demandé quand on rentrait. Un peu de musique calme, stp.
+ en situation n | Mum went into long-term care. She asked me when we were going home. Some quiet music, please.
en situation n | The nurse pulled the curtain round Dad's bed and told us to take our time.
+ fr situation n | L'infirmière a tiré le rideau autour du lit de papa et nous a dit de prendre notre temps.
fr situation n | Les visites sont limitées à une heure, et grand-père ne sait plus qui je suis à la fin de l'heure.
+ en situation n | Visits are limited to an hour, and by the end of it grandad no longer knows who I am.
fr situation n | Ma collègue infirmière part à la retraite, et sa relève n'a jamais été embauchée.
+ en situation n | My nurse colleague retires, and her replacement was never hired.
# situations: illness and the body
fr situation n | Le médecin a dit que mon genou ne supportera plus la course. J'ai donné mes baskets.
+ en situation n | The doctor said my knee can't take running anymore. I gave my trainers away.
en situation n | Hearing aids now. Can't hear the birds in the garden the way I used to.
+ fr situation n | Des appareils auditifs maintenant. Je n'entends plus les oiseaux du jardin comme avant.
fr situation n | Diagnostic de diabète pour mon fils de neuf ans. Il a demandé s'il pourrait encore manger des gâteaux.
+ en situation n | Diabetes diagnosis for my nine-year-old. He asked if he could still have cake.
fr situation h | La biopsie est revenue. Ils parlent de soins de confort, plus de traitement.
+ en situation h | The biopsy's back. They're talking comfort care now, no more treatment.
en situation n | My eyes are too far gone to read. Gave all my books to the library in a box.
+ fr situation n | Mes yeux ne me permettent plus de lire. J'ai donné tous mes livres à la bibliothèque, dans un carton.
# situations: sport, amateur and watching
fr situation n | Le Standard descend en deuxième division. Papa aurait eu le cœur brisé. Ambiance assortie, merci.
+ en situation n | Our club's been relegated. Dad would have been heartbroken. Lights to suit, thanks.
en situation n | Last game for our under-twelves; half the team moves to high school next year and won't play.
+ fr situation n | Dernier match des moins de douze ans ; la moitié de l'équipe part au collège et arrête.
fr situation n | Mon partenaire de double part vivre à Québec. Je range ma raquette pour l'été.
+ en situation n | My doubles partner is moving away. I'm putting my racket away for the summer.
fr situation n | Les Expos, c'était avec grand-père. Le stade olympique vide me serre le cœur.
+ en situation n | Baseball was something I did with Grandpa. The empty Olympic Stadium breaks my heart.
en situation n | Blew my ACL in the last minute of the last game of my last season.
+ fr situation n | Rupture des ligaments à la dernière minute du dernier match de ma dernière saison.
fr situation n | Le club de rugby du village ne peut plus aligner d'équipe. Le terrain restera en herbe haute.
+ en situation n | The village rugby club can't field a team anymore. The pitch will be left to grow.
# situations: games and video games
fr situation n | Mon fils ne veut plus jouer aux cartes avec moi, il a ses potes en ligne maintenant.
+ en situation n | My son doesn't want to play cards with me anymore, he has his friends online now.
en situation n | Lost my five-year save file. The whole town I'd built, gone.
+ fr situation n | Perdu ma sauvegarde de cinq ans. Toute la ville que j'avais construite, envolée.
fr situation n | Le café-jeux où on se retrouvait chaque jeudi a fermé ; le groupe s'est dispersé.
+ en situation n | The board game café where we met every Thursday has closed; the group has drifted apart.
fr situation n | Le jeu de société de mamie, on l'a sorti à Noël, et personne ne connaissait les règles sans elle. Lumière douce, s'il te plaît.
+ en situation n | We got Nan's board game out at Christmas, and nobody knew the rules without her. Soft light, please.
# situations: music and concerts
fr situation n | Mon chanteur préféré annule sa tournée, malade. Il ne remontera sans doute jamais sur scène.
+ en situation n | My favourite singer cancels his tour, he's ill. He probably won't ever perform again.
en situation n | Sold my grandmother's piano today. The room echoes now.
+ fr situation n | J'ai vendu le piano de ma grand-mère aujourd'hui. La pièce résonne maintenant.
fr situation n | La fanfare du quartier a joué son dernier morceau ; plus assez de musiciens.
+ en situation n | The neighbourhood brass band played its last tune; not enough players left.
fr situation l | J'ai écouté l'album qu'on découvrait ensemble, seule dans la voiture. Mets-moi un piano doux.
+ en situation l | Listened to the album we discovered together, alone in the car. Put on a soft piano.
# situations: films, series and books
fr situation n | Le vidéoclub de mon enfance a fermé, il reste juste l'enseigne décolorée.
+ en situation n | The video shop from my childhood has closed, just the faded sign left.
en situation n | Finished the last book she lent me. Can't give it back now.
+ fr situation n | J'ai fini le dernier livre qu'elle m'avait prêté. Je ne pourrai plus le lui rendre.
fr situation n | L'acteur de ma série d'enfance est mort ce matin. On regardait ça avec mon frère.
+ en situation n | The actor from my childhood show died this morning. I used to watch it with my brother.
fr situation n | Le cinéma de quartier projette son dernier film samedi, après soixante ans.
+ en situation n | The local cinema shows its final film on Saturday, after sixty years.
# situations: travel and transport
fr situation n | Il a pris l'avion pour Sydney ce matin. Deux ans de contrat, seize heures de décalage. Mets quelque chose qui colle.
+ en situation n | He flew to Sydney this morning. Two-year contract, sixteen hours' time difference. Put something on that fits.
en situation n | Drove her to Dublin airport. She didn't look back at the gate.
+ fr situation n | Je l'ai conduite à l'aéroport. À la porte d'embarquement, elle ne s'est pas retournée.
fr situation n | Voyage annulé : maman est trop faible pour prendre l'avion. On ne verra pas la Gaspésie ensemble.
+ en situation n | Trip cancelled: Mum's too frail to fly. We won't see the Gaspé together.
fr situation n | Retour de vacances tout seul, le siège passager vide sur l'autoroute.
+ en situation n | Driving home from holiday on my own, the passenger seat empty on the motorway.
en situation n | The train line to my grandparents' village shuts for good next month.
+ fr situation n | La ligne de train vers le village de mes grands-parents ferme pour de bon le mois prochain.
# situations: cars and driving
fr situation n | Ma vieille Golf part à la casse. Mes enfants ont grandi sur la banquette arrière.
+ en situation n | My old Golf is going for scrap. My kids grew up in that back seat.
en situation n | Dad handed me his car keys and said he shouldn't drive anymore.
+ fr situation n | Papa m'a tendu ses clés de voiture et m'a dit qu'il ne devrait plus conduire.
fr situation n | Je suis passé devant le garage de papi, maintenant c'est une station de lavage.
+ en situation n | Drove past Grandad's garage, it's a car wash now.
# situations: weather and nature
fr situation n | Encore un dimanche gris à Bruxelles, et personne à appeler.
+ en situation n | Another grey Sunday, and nobody to call.
en situation n | The koalas in the reserve behind our place didn't survive the fires. Bring the lights down a bit.
+ fr situation n | Les koalas de la réserve derrière chez nous n'ont pas survécu aux incendies. Baisse un peu les lumières.
fr situation n | L'hiver est long à Chicoutimi quand on vit seul. Lumière chaude mais basse, s'il te plaît.
+ en situation n | Winter's long up north when you live alone. Warm light but low, please.
fr situation n | La rivière où j'ai appris à nager est à sec pour le troisième été.
+ en situation n | The river where I learnt to swim has dried up for the third summer.
# situations: gardening
fr situation n | Le jardin ouvrier de papa a été attribué à quelqu'un d'autre. Ses outils sont dans mon garage.
+ en situation n | Dad's allotment has gone to someone else. His tools are in my garage.
en situation n | Mum's roses came up this spring. She didn't.
+ fr situation n | Les rosiers de maman ont refleuri ce printemps. Elle, non.
fr situation n | Le vieux figuier n'a pas repris après le gel. C'était celui de notre mariage.
+ en situation n | The old fig tree didn't come back after the frost. We planted it at our wedding.
# situations: money and bills
fr situation n | J'ai dû dire non à la classe de neige du petit. Il a dit que c'était pas grave.
+ en situation n | Had to say no to my boy's ski trip. He said it didn't matter.
en situation n | Sold my wedding ring at the pawn shop to cover the electric.
+ fr situation n | J'ai vendu mon alliance au prêteur sur gages pour payer l'électricité.
fr situation n | Fin du mois, frigo vide, et les enfants ont dîné chez leur grand-mère. Encore.
+ en situation n | End of the month, empty fridge, and the kids had tea at their nan's. Again.
fr situation n | On a rendu la voiture à la banque. Mon fils regardait la dépanneuse par la fenêtre. Mets-moi une ambiance pour ça.
+ en situation n | The bank took the car back. My son watched the tow truck from the window. Set the mood for that.
# situations: administration and paperwork
fr situation n | J'ai rempli le formulaire de décès et coché « conjoint survivant ».
+ en situation n | Filled in the death form and ticked "surviving spouse".
en situation n | Cancelled her bus pass today. The woman at the counter said sorry, and meant it.
+ fr situation n | J'ai résilié son abonnement de bus aujourd'hui. La dame au guichet a dit désolée, et elle le pensait.
fr situation n | Demande de permis de travail refusée. Je dois quitter Toronto dans trente jours.
+ en situation n | Work permit refused. I have to leave Toronto in thirty days.
# situations: technology and phones
fr situation n | Mon téléphone m'a montré « il y a cinq ans aujourd'hui », avec mon père au barbecue.
+ en situation n | My phone showed me "five years ago today", with my dad at the barbecue.
en situation n | Her voicemail greeting's gone. The number's been reassigned.
+ fr situation n | Son message de répondeur a disparu. Le numéro a été réattribué.
fr situation n | Mamie ne sait plus se servir de la tablette, alors plus de visios le dimanche.
+ en situation n | Nan can't work the tablet anymore, so no more Sunday video calls.
# situations: internet and social media
fr situation n | J'ai vu sur Facebook que mon ancien prof de musique était mort il y a un mois.
+ en situation n | Saw on Facebook that my old music teacher died a month ago.
en situation n | Nobody came to my online book launch. Just me talking to a screen for twenty minutes.
+ fr situation n | Personne n'est venu au lancement en ligne de mon livre. Juste moi, vingt minutes, devant un écran.
fr situation l | Mes amis sont tous en vacances sur leurs stories, et moi je suis sous la couette un samedi soir. Adapte la lumière.
+ en situation l | My friends are all on holiday in their stories, and I'm under the duvet on a Saturday night. Match the lights to that.
# situations: shopping
fr situation n | Au supermarché, j'ai pris machinalement ses biscuits préférés. Je les ai reposés.
+ en situation n | At the supermarket, I reached for his favourite biscuits out of habit. I put them back.
en situation n | Took the baby clothes to the charity shop today. All of them, still with tags.
+ fr situation n | J'ai déposé les vêtements de bébé à la ressourcerie aujourd'hui. Tous, encore étiquetés.
fr situation n | La mercerie de madame Dubois a fermé. Trente-cinq ans derrière son comptoir.
+ en situation n | Mrs Dubois's haberdashery has closed. Thirty-five years behind that counter.
# situations: moving house
fr situation n | Dernière nuit dans l'appartement. Les marques de taille des enfants sont repeintes.
+ en situation n | Last night in the flat. The kids' height marks on the wall have been painted over.
en situation n | We're leaving Cork for work. The little one keeps asking if Nana can come too.
+ fr situation n | On quitte Cork pour le travail. La petite demande sans arrêt si mamie peut venir aussi.
fr situation n | On vide la maison de mon enfance avant la vente. Ma chambre tient dans deux sacs.
+ en situation n | Clearing out my childhood home before the sale. My bedroom fits into two bags.
fr situation n | Premier soir à Zurich, tout seul, sans parler la langue. Mets une lumière douce.
+ en situation n | First night in a new city, alone, not speaking the language. Soft light, please.
# situations: holidays and celebrations
fr situation n | Réveillon de Noël en visio : maman a coupé la bûche devant l'écran, seule à Nantes.
+ en situation n | Christmas Eve on video: Mum cut the Yule log in front of the screen, on her own.
en situation n | Thanksgiving this year is just me and a turkey sandwich. Some quiet music, please.
+ fr situation n | Thanksgiving cette année, c'est moi et un sandwich à la dinde. Un peu de musique calme, stp.
fr situation n | Son anniversaire demain. Je n'achète plus de bougies.
+ en situation n | Her birthday tomorrow. I don't buy candles anymore.
fr situation n | Pour la Fête nationale, tout le monde est au parc ; moi je reste à la fenêtre.
+ en situation n | For the national holiday everyone's in the park; I'm staying at the window.
en situation n | Diwali on my own in a rented room this year; the little lamps look smaller with just me.
+ fr situation n | Diwali tout seul dans une chambre de location cette année ; les petites lampes paraissent plus petites sans personne.
# situations: religion and rituals
fr situation n | Ramadan sans papa cette année. Personne n'ose s'asseoir à sa place pour l'iftar.
+ en situation n | Ramadan without Dad this year. Nobody dares sit in his place for iftar.
en situation n | Lit a candle at Mass for Gran. The church was nearly empty.
+ fr situation n | J'ai allumé un cierge à la messe pour mamie. L'église était presque vide.
fr situation n | Shiva chez ma tante : on a couvert les miroirs, et mon cousin n'a pas dit un mot.
+ en situation n | Sitting shiva at my aunt's: we covered the mirrors, and my cousin didn't say a word.
# situations: old age and grandparents
fr situation n | Mamie m'a appelée par le prénom de ma mère tout l'après-midi.
+ en situation n | Nan called me by my mum's name all afternoon.
en situation n | Grandpa gave away his fishing rods. Said he won't be needing them.
+ fr situation n | Grand-père a donné ses cannes à pêche. Il a dit qu'il n'en aurait plus besoin.
fr situation n | Papi ne descend plus au café du village ; ses copains de belote sont tous partis. Ambiance assortie, merci.
+ en situation n | Grandad doesn't go down to the village café anymore; his card mates are all gone. Lights to suit, thanks.
fr situation n | À quatre-vingt-dix ans, elle fête son anniversaire seule : toute sa famille est en Australie.
+ en situation n | Ninety years old and she's spending her birthday alone: her whole family is in Australia.
# situations: death and funerals
fr situation h | On a dispersé ses cendres sur le lac Léman, et le vent les a ramenées vers nous.
+ en situation h | We scattered his ashes on the lake, and the wind blew them back towards us.
en situation n | His coat's still on the hook by the door. Six weeks now.
+ fr situation n | Son manteau est toujours au portemanteau. Ça fait six semaines.
fr situation n | Au funérarium, on m'a demandé de choisir la musique. Je n'arrivais pas à parler.
+ en situation n | At the funeral home they asked me to pick the music. I couldn't speak.
fr situation n | La veillée de mon oncle à Rimouski : le salon était plein, et sa chaise vide au milieu.
+ en situation n | My uncle's wake: the parlour was full, and his chair empty in the middle.
en situation h | Carried my best mate's coffin this morning. He was twenty-six.
+ fr situation h | J'ai porté le cercueil de mon meilleur pote ce matin. Il avait vingt-six ans.
# situations: birth and pregnancy
fr situation h | Prise de sang négative. Encore. Deux ans qu'on attend ce petit.
+ en situation h | Blood test negative. Again. Two years we've been waiting for this little one.
en situation n | My sister's baby shower today. I smiled through it and cried in the car.
+ fr situation n | Baby shower de ma sœur aujourd'hui. J'ai souri tout du long, et pleuré dans la voiture.
fr situation n | Mon bébé est en néonatologie, et je rentre dormir sans lui. Éteins presque tout.
+ en situation n | My baby's in the neonatal unit, and I'm going home to sleep without him. Turn almost everything off.
fr situation n | Ma mère ne connaîtra jamais sa petite-fille. Elle est partie trois semaines trop tôt.
+ en situation n | My mum will never meet her granddaughter. She went three weeks too soon.
# situations: DIY and repairs
fr situation n | J'ai voulu réparer la clôture comme il me l'avait montré. Je n'ai pas su.
+ en situation n | Tried to fix the fence the way he'd shown me. I couldn't.
en situation n | The shed Dad built is falling apart, and I can't bring myself to pull it down.
+ fr situation n | L'abri de jardin que papa avait construit s'écroule, et je n'arrive pas à le démonter.
fr situation l | Sa boîte à vis est restée triée par tailles, exactement comme il l'avait laissée.
+ en situation l | His box of screws is still sorted by size, exactly as he left it.
# situations: night and sleep
fr situation n | Trois heures du matin, je tends encore la main vers son côté du lit.
+ en situation n | Three a.m., and I still reach for his side of the bed.
en situation n | Can't sleep again. The house is too quiet without the kids.
+ fr situation n | Encore une nuit blanche. La maison est trop silencieuse sans les enfants.
fr situation n | Je laisse la radio allumée la nuit pour ne pas entendre le silence.
+ en situation n | I leave the radio on at night so I don't hear the silence.
# situations: city life
fr situation n | Personne ne m'a dit bonjour de toute la journée à Paris. Pas une seule personne.
+ en situation n | Nobody said hello to me all day in the city. Not one person.
en situation n | The homeless man I chatted with outside Tesco every morning isn't there anymore. Soft light, please.
+ fr situation n | Le sans-abri avec qui je discutais tous les matins devant la supérette n'est plus là. Lumière douce, s'il te plaît.
fr situation n | Mon café préféré du Plateau a fermé, remplacé par une banque.
+ en situation n | My favourite café has closed, replaced by a bank.
# situations: countryside and farming
fr situation n | Dernière traite ce matin. Le camion emmène le troupeau, trois générations de vaches.
+ en situation n | Last milking this morning. The lorry takes the herd, three generations of cows.
en situation n | Drought took the whole wheat crop. Dad sat on the ute and didn't say anything.
+ fr situation n | La sécheresse a emporté tout le blé. Papa s'est assis sur le pick-up sans rien dire.
fr situation n | Les jeunes sont tous partis en ville ; à la fête du village, on n'était plus que douze.
+ en situation n | The young ones have all left for the city; at the village fête there were only twelve of us.
# situations: sea and mountains
fr situation n | Le chalet des vacances d'enfance est vendu. On ne remontera plus à Zermatt en famille.
+ en situation n | The chalet from our childhood holidays is sold. No more family trips up to Zermatt.
en situation n | The lifeboat crew stood on the pier in silence for the fisherman who didn't come home.
+ fr situation n | L'équipage du canot de sauvetage s'est tenu en silence sur la jetée, pour le pêcheur qui n'est pas rentré.
fr situation n | Je ne peux plus marcher jusqu'au refuge. Je regarde la montagne d'en bas.
+ en situation n | I can't walk up to the hut anymore. I look at the mountain from down below.
# situations: hobbies and crafts
fr situation n | Notre club de scrapbooking ne se réunit plus depuis que Ginette est partie.
+ en situation n | Our scrapbooking club hasn't met since Ginette passed.
en situation n | Finished the quilt Mum started. Her stitches stop halfway down the last row. Put something on that fits.
+ fr situation n | J'ai terminé la courtepointe que maman avait commencée. Ses points s'arrêtent au milieu du dernier rang. Mets quelque chose qui colle.
fr situation n | Le luthier qui réparait mon violon depuis vingt ans a fermé boutique ; il ne voit plus assez.
+ en situation n | The luthier who fixed my violin for twenty years has shut his shop; his eyesight's gone.
# situations: volunteering
fr situation n | À l'hôpital, le petit à qui je lisais des histoires le mardi n'est plus dans sa chambre.
+ en situation n | At the hospital, the little boy I read to on Tuesdays isn't in his room anymore.
en situation n | The soup kitchen closes at Christmas; funding's run out.
+ fr situation n | La soupe populaire ferme à Noël ; il n'y a plus de financement.
fr situation n | Monsieur Karim, que je visitais chaque semaine avec l'association, est parti sans bruit.
+ en situation n | Mr Karim, whom I visited every week with the charity, passed away quietly.
# situations: politics and news
fr situation n | Les images du village inondé en Wallonie : une dame montrait ses albums photo détrempés.
+ en situation n | The pictures of the flooded village: an old woman holding up her soaked photo albums.
en situation n | They read out the names of the miners at the memorial. My great-uncle's was the fourth.
+ fr situation n | Ils ont lu les noms des mineurs au monument. Celui de mon grand-oncle était le quatrième.
fr situation n | Encore un naufrage aux infos ; un petit soulier au bord de l'eau, et je n'arrive pas à éteindre.
+ en situation n | Another shipwreck on the news; a small shoe by the water, and I can't switch it off.
# situations: science and discovery
fr situation n | Le télescope de l'observatoire où j'ai travaillé trente ans est démonté.
+ en situation n | The observatory telescope I worked on for thirty years is being dismantled.
en situation n | Last recorded call of that frog species, and now it's listed as extinct. Bring the lights down a bit.
+ fr situation n | Le dernier chant enregistré de cette grenouille, et l'espèce est maintenant déclarée éteinte. Baisse un peu les lumières.
fr situation n | Mes plants d'expérience ont tous séché pendant mes congés. Deux ans de thèse.
+ en situation n | My experimental plants all dried out while I was on leave. Two years of PhD work.
# situations: very short, spoken
fr situation n | Premier été sans lui.
+ en situation n | First summer without him.
en situation n | Another birthday, no card from Dad.
+ fr situation n | Encore un anniversaire sans carte de papa.
fr situation n | Résultats de la FIV ce matin. Négatif.
+ en situation n | IVF results this morning. Negative.
fr situation n | La chambre du petit, vide depuis septembre.
+ en situation n | The little one's room, empty since September.
en situation n | Her name, still on the doorbell.
+ fr situation n | Son nom, toujours sur la sonnette.
fr situation n | Pas de courrier de ma fille depuis Montréal. Encore.
+ en situation n | No letter from my daughter in Montreal. Again.

# near the border with nostalgie
fr situation n | Je suis retourné à Lourdes, dans la maison de mon enfance ; les nouveaux propriétaires ont tout rasé. Il ne reste rien.
+ en situation n | I went back to my childhood home; the new owners have knocked it all down. Nothing's left.
en situation n | Found our old holiday photos, and remembered he won't be in any more of them. Set the mood for that.
+ fr situation n | J'ai retrouvé nos photos de vacances, et je me suis rappelé qu'il ne sera plus sur aucune autre. Mets-moi une ambiance pour ça.
fr negation n | Ce n'est pas de la nostalgie : elle est partie la semaine dernière, et ça fait mal aujourd'hui.
+ en negation n | It's not nostalgia: she left last week, and it hurts right now.
fr situation n | La chanson de notre premier bal est passée au supermarché. Il est à l'hôpital et ne me reconnaît plus.
+ en situation n | The song from our first dance came on in the supermarket. He's in hospital and no longer knows me.
en negation n | Not a fond memory, no. I just miss my sister, and she's not coming back.
+ fr negation n | Pas un doux souvenir, non. Ma sœur me manque, et elle ne reviendra pas.
fr situation n | L'école où j'enseignais depuis trente ans sera démolie cet été, et mes élèves ont déjà tous été répartis.
+ en situation n | The school I taught at for thirty years is being torn down this summer, and my pupils have already been moved elsewhere.
en mixed n | A few happy memories, but mostly it just hurts that Grandad's house is empty now.
+ fr mixed n | Quelques bons souvenirs, mais surtout une peine immense de voir la maison de papi vide.
# near the border with colere
fr situation n | Ils m'ont licenciée par mail. Je n'ai même pas la force d'être en colère.
+ en situation n | They sacked me by email. I don't even have the strength to be angry.
en negation n | I'm not angry with her for leaving. I'm just so sad it's over.
+ fr negation n | Je ne lui en veux pas d'être partie. Je suis juste si triste que ce soit fini.
fr situation n | Mon fils m'a dit qu'il ne viendrait pas pour Noël. Je n'ai pas insisté.
+ en situation n | My son said he wouldn't come for Christmas. I didn't push.
fr mixed n | Un peu en colère contre le médecin, c'est vrai, mais surtout le cœur brisé de l'avoir perdue.
+ en mixed n | A bit angry at the doctor, true, but mostly heartbroken to have lost her.
en situation n | My best friend sided with my ex. I just went home and sat in the dark.
+ fr situation n | Ma meilleure amie a pris le parti de mon ex. Je suis rentrée m'asseoir dans le noir.
# near the border with inquietude
fr situation n | Les examens sont revenus, et il n'y a plus de doute : la maladie de papa va gagner.
+ en situation n | The tests are back, and there's no doubt now: Dad's illness is going to win.
en negation n | I'm not worried anymore. It's done. He's gone, and I just feel empty.
+ fr negation n | Je ne suis plus inquiète. C'est fini. Il est parti, et je me sens juste vide.
fr situation n | On a reçu la réponse de l'agence d'adoption : c'est non, définitivement.
+ en situation n | The adoption agency answered: it's no, for good.
en mixed n | A little anxious about the move, but mostly I'm just grieving the friends I'm leaving behind.
+ fr mixed n | Un peu d'appréhension pour le déménagement, mais surtout le chagrin de laisser mes amis.
fr situation n | Plus besoin d'attendre le coup de fil de l'hôpital. Il est arrivé cette nuit.
+ en situation n | No need to wait for the hospital to call anymore. The call came last night.
# near the border with reverie
fr situation n | Je regarde la pluie sur la vitre depuis une heure, et je pense seulement qu'elle ne reviendra pas. Adapte la lumière.
+ en situation n | I've been watching the rain on the window for an hour, and all I can think is that she's not coming back. Match the lights to that.
en negation n | I'm not daydreaming, I'm just sitting here missing him.
+ fr negation n | Je ne rêvasse pas, je suis juste assis là, il me manque.
fr situation l | Allongée dans l'herbe, je regarde les nuages, et chacun me rappelle qu'on devait être deux ici.
+ en situation l | Lying in the grass watching the clouds, and each one reminds me we were meant to be here together.
# near the border with detente
fr negation n | Ce n'est pas du calme, ce silence dans la maison. C'est son absence.
+ en negation n | It's not peace and quiet, this silence in the house. It's him not being here.
en situation n | Everyone says the cottage is so restful. It was our place, and now I'm here alone.
+ fr situation n | Tout le monde trouve le chalet reposant. C'était notre endroit, et j'y suis seule maintenant.
fr situation n | Journée sans rien faire sur le canapé, mais pas par choix : je n'ai plus envie de rien depuis le départ de Léo.
+ en situation n | A day doing nothing on the sofa, but not by choice: I haven't felt like anything since Léo left.
# near the border with victoire
fr situation n | J'ai eu mon diplôme aujourd'hui, et la seule chaise vide dans la salle, c'était celle de papa.
+ en situation n | Graduated today, and the only empty seat in the hall was Dad's.
en mixed n | We won the final, but all I wanted was to call Mum, and I can't anymore.
+ fr mixed n | On a gagné la finale, mais je voulais juste appeler maman, et je ne peux plus.
# long: the mood only clear from the whole
fr long n | Le dimanche, il m'appelait à midi pile, depuis Lyon. Aujourd'hui, j'ai regardé le téléphone jusqu'à midi dix. Puis j'ai mis la table pour un.
+ en long n | On Sundays he called at noon sharp. Today I watched the phone until ten past twelve. Then I set the table for one.
en long n | The school sent home the yearbook. I turned to her class page. There's a little star by her photo, and a poem underneath.
+ fr long n | L'école a envoyé l'album de fin d'année. Je suis allée à la page de sa classe. Il y a une petite étoile à côté de sa photo, et un poème en dessous.
fr long n | Ma fille vient de partir pour Montréal avec ses deux valises. J'ai défait son lit. Puis je l'ai refait. Je ne sais pas pourquoi.
+ en long n | My daughter just left with her two suitcases. I stripped her bed. Then I made it again. I don't know why.
fr long n | On jouait aux cartes tous les jeudis, les quatre copines. Puis Hélène a déménagé. Puis Suzanne est partie. Ce jeudi, Marthe et moi, on n'a pas sorti le jeu.
+ en long n | We played cards every Thursday, the four of us. Then Hélène moved. Then Suzanne passed. This Thursday, Marthe and I didn't get the deck out.
en long n | Dad taught me to tie a tie before my first interview. This morning I tied his for the last time. My hands remembered.
+ fr long n | Papa m'a appris à nouer une cravate avant mon premier entretien. Ce matin, j'ai noué la sienne une dernière fois. Mes mains se souvenaient.
fr long h | On avait peint la chambre en jaune, monté le lit, lavé les petits pyjamas. Ce soir, j'ai fermé la porte. Je ne l'ouvrirai pas demain.
+ en long h | We'd painted the room yellow, built the cot, washed the tiny pyjamas. Tonight I closed the door. I won't open it tomorrow.
fr long n | Le facteur m'a tendu une lettre pour lui. Il ne savait pas. Je n'ai pas eu le courage de lui dire. J'ai dit merci et j'ai refermé la porte.
+ en long n | The postman handed me a letter for him. He didn't know. I didn't have the heart to tell him. I said thanks and closed the door.
en long n | My son used to wait at the window when I came home. Now he's fifteen. Tonight I came in and he didn't look up from his phone.
+ fr long n | Mon fils m'attendait à la fenêtre quand je rentrais. Il a quinze ans maintenant. Ce soir, je suis entré, et il n'a pas levé les yeux de son téléphone.
fr long n | Quarante ans que je tiens la quincaillerie. Ce matin, j'ai collé l'affiche « liquidation totale ». Un client fidèle est entré, a regardé autour, et n'a rien acheté.
+ en long n | Forty years running the hardware shop. This morning I put up the "closing down" sign. A regular came in, looked around, and bought nothing.
fr long n | Mamie a préparé des crêpes pour mon anniversaire. Elle a oublié le sucre. Puis elle a oublié que c'était mon anniversaire.
+ en long n | Nan made pancakes for my birthday. She forgot the sugar. Then she forgot it was my birthday.
en long n | I sent the card early, for once. It came back this morning. Return to sender. Addressee deceased.
+ fr long n | Pour une fois, j'avais envoyé la carte en avance. Elle est revenue ce matin. Retour à l'envoyeur. Destinataire décédé.
fr long n | J'ai couru le marathon de Québec pour la fondation de ma sœur. À l'arrivée, j'ai cherché son visage. Ensuite je me suis rappelé.
+ en long n | I ran the marathon for my sister's foundation. At the finish, I looked for her face. Then I remembered.
fr long n | Notre chorale répétait la même chanson depuis septembre pour le concert de Noël. Le concert est annulé. Trop peu de voix.
+ en long n | Our choir had rehearsed the same song since September for the Christmas concert. The concert's cancelled. Too few voices left.
# negation: what remains is sadness
fr negation n | Je ne suis pas fâchée, non. Juste triste qu'il ait préféré partir.
+ en negation n | I'm not cross, no. Just sad he chose to go.
en negation n | Not stressed about the exam anymore. I failed. I'm just gutted.
+ fr negation n | Plus stressé par l'examen. Je l'ai raté. J'ai juste le cœur gros.
fr negation n | Pas de musique joyeuse ce soir, s'il te plaît, je n'ai pas le cœur à ça.
+ en negation n | No cheerful music tonight, please, my heart's not in it.
fr negation n | Non, je ne suis pas malade. C'est juste que la maison est vide depuis que Jade est partie.
+ en negation n | No, I'm not ill. It's just the house has been empty since Jade left.
en negation n | I'm not tired, I'm just sad, and I don't want to explain why.
+ fr negation n | Je ne suis pas fatiguée, je suis triste, et je n'ai pas envie d'expliquer.
# mixed: sadness dominant
fr mixed n | Soulagé qu'il ne souffre plus, mais tellement triste de rentrer sans lui.
+ en mixed n | Relieved he's not suffering anymore, but so sad to come home without him.
en mixed n | Happy for her new job in Melbourne, but mostly I'm just losing my best friend.
+ fr mixed n | Contente pour son nouveau poste à Melbourne, mais surtout je perds ma meilleure amie.
fr mixed n | Un peu fier d'avoir tenu le discours, mais surtout effondré après l'enterrement.
+ en mixed n | A bit proud I got through the eulogy, but mostly wrecked after the funeral.
fr mixed n | Quelques rires au repas de famille, mais tout le monde regardait la place vide de mamie.
+ en mixed n | A few laughs at the family meal, but everyone kept looking at Gran's empty seat.
en mixed n | Bit angry at myself for missing his call, but mostly just sad I'll never hear that voice again.
+ fr mixed n | Un peu en colère contre moi d'avoir raté son appel, mais surtout triste de ne plus jamais entendre sa voix.
fr mixed n | La retraite, c'est du repos, d'accord, mais ce matin je me sens surtout inutile et seul.
+ en mixed n | Retirement means rest, sure, but this morning I mostly feel useless and alone.
# slang_emoji
fr slang_emoji n | elle m'a unfollow partout après 6 ans d'amitié 💔 jsp quoi dire
+ en slang_emoji n | she unfollowed me everywhere after 6 years of friendship 💔 idk what to say
en slang_emoji n | my dog passed this morning 😭 house feels so empty rn
+ fr slang_emoji n | mon chien est parti ce matin 😭 la maison est trop vide là
fr slang_emoji n | recalé au permis pour la 3e fois 😞 j'ai plus envie
+ en slang_emoji n | failed my driving test for the 3rd time 😞 don't even want to anymore
fr slang_emoji n | mes potes sont tous partis à Montréal cet été et moi jsuis resté 🥲
+ en slang_emoji n | all my mates moved away this summer and i'm the one who stayed 🥲
en slang_emoji h | grandma's gone 💔💔 can't stop crying tbh
+ fr slang_emoji h | mamie est partie 💔💔 j'arrive pas à arrêter de pleurer franchement
fr slang_emoji n | dernier jour au lycée, tout le monde part chacun de son côté 😢
+ en slang_emoji n | last day of school, everyone's going their separate ways 😢
fr slang_emoji n | il a lu mon message y'a 3 jours, toujours pas de réponse 🙃💔
+ en slang_emoji n | he read my message 3 days ago, still no reply 🙃💔
fr slang_emoji n | mon seul pote du taf a démissionné, jvais manger seul à la cantine maintenant 😔
+ en slang_emoji n | my only work mate quit, gonna be eating lunch alone now 😔
# typo
fr typo n | jsuis tt seul ce soir et personne repond au tel
+ en typo n | im all alone tonight and noone picks up the phone
en typo n | cant stop thinkin about her, miss her so much its stupid
+ fr typo n | jarrive pa a arreter de penser a elle, elle me manque tellemen
fr typo n | ma grand mere ma pas reconu aujourdhui, ca ma fait tro mal
+ en typo n | my nan didnt recognise me today, it hurt so much
fr typo n | on a du vendre la maison de papi, jsui pas allé voir le camion partir
+ en typo n | we had to sell grandads house, didnt go watch the van leave
en typo n | shes moving to london tomorow and i didnt even get to say bye properly
+ fr typo n | elle demenage a londre demain et jai meme pa pu lui dire aurevoir correctement
fr typo n | raté mon concour encor, jsais plus pk je continue
+ en typo n | failed my entrance exam agian, dont know why i keep going
fr typo n | le chien dort plus a coté de moi depui ke son copain est parti
+ en typo n | the dog doesnt sleep next to me anymor since his buddy died
# wish: feeling plus colour or brightness request
fr wish n c=blue b=dim | Ma fille est partie vivre à Genève, mets du bleu tout doux et baisse tout.
+ en wish n c=blue b=dim | My daughter's moved abroad, soft blue and turn everything down.
en wish n c=navy;blue b=dim | Lost my job today. Navy and blue, really low, please.
+ fr wish n c=navy;blue b=dim | J'ai perdu mon boulot aujourd'hui. Bleu nuit et bleu, très bas, s'il te plaît.
fr wish l c=indigo b=dim | Premier soir sans lui, un peu d'indigo, presque éteint.
+ en wish l c=indigo b=dim | First night without him, a bit of indigo, almost off.
fr wish n c=blue;cool_white b=dim | Le chat ne rentrera plus. Bleu et blanc froid, tamisé.
+ en wish n c=blue;cool_white b=dim | The cat won't be coming home. Blue and cool white, dimmed.
en wish n c=warm_white b=dim | Sad night, just a little warm white, very dim.
+ fr wish n c=warm_white b=dim | Soirée triste, juste un peu de blanc chaud, très tamisé.
# explicit: sadness named in varied words
fr explicit n | J'ai le cafard depuis ce matin, rien n'y fait.
+ en explicit n | I've been down in the dumps since this morning, nothing helps.
en explicit n | I'm heartbroken, honestly.
+ fr explicit n | J'ai le cœur brisé, franchement.
fr explicit n | Une grosse peine ce soir, je n'arrive pas à m'en défaire.
+ en explicit n | A heavy sorrow tonight, I can't shake it off.
fr explicit h | Je suis effondrée, je n'arrête pas de pleurer.
+ en explicit h | I'm devastated, I can't stop crying.
en explicit n | Feeling really blue today.
+ fr explicit n | Je broie du noir aujourd'hui.

"""

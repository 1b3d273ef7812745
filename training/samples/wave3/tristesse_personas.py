"""tristesse: third wave of hand-written seeds, personas and places (train and validation only)."""

SEEDS = """
# situations: hospital, care workers, emergency services
fr situation h | Cette nuit, la dame de la chambre douze est partie pendant ma garde, et sa famille n'a pas eu le temps d'arriver.
+ en situation h | Last night the lady in room twelve passed away during my shift, and her family didn't make it in time.
fr situation n | Monsieur Blanc, que je coiffais chaque jeudi à la maison de retraite, est parti cette nuit. J'ai rangé son peigne dans le tiroir.
+ en situation n | Mr Blanc, whose hair I did every Thursday at the care home, passed away last night. I put his comb away in the drawer.
fr situation h | On est arrivés trop tard pour le vieux monsieur, sa femme lui tenait encore la main quand elle nous a ouvert.
+ en situation h | We got there too late for the old man; his wife was still holding his hand when she let us in.
fr situation n | On n'a pas pu sauver le chien de la famille dans l'incendie, et la petite fille nous regardait depuis le trottoir.
+ en situation n | We couldn't save the family's dog from the fire, and the little girl was watching us from the pavement.
fr situation n | Troisième euthanasie de la journée à la clinique, et le vieux monsieur m'a demandé de garder la couverture, il ne voulait pas la rapporter chez lui.
+ en situation n | Third euthanasia of the day at the clinic, and the old man asked me to keep the blanket, he didn't want to take it home.
fr situation n | À l'hôpital, papa me serre la main à chaque fin de visite comme si c'était la dernière. Lumières basses, s'il te plaît.
+ en situation n | At the hospital, Dad squeezes my hand at the end of every visit as if it were the last. Low lights, please.
fr situation h | Mon père a oublié qu'on avait vendu son bateau, il m'a demandé ce matin de le conduire au port.
+ en situation h | My father forgot we'd sold his boat; this morning he asked me to drive him down to the harbour.
# situations: village, farm, sea, mountain
fr situation h | Mon voisin, éleveur comme moi, s'est donné la mort la semaine dernière. On avait bu un café ensemble au marché le samedi.
+ en situation h | My neighbour, a livestock farmer like me, took his own life last week. We'd had a coffee together at the market that Saturday.
fr situation n | Toutes mes ruches sont mortes cet hiver, trente ans d'apiculture, et le rucher est silencieux. Mets quelque chose de lent.
+ en situation n | All my hives died this winter, thirty years of beekeeping, and the apiary is silent. Play something slow.
fr situation n | Le glas a sonné ce matin au village, c'était pour la maîtresse d'école qui m'a appris à lire.
+ en situation n | The church bell tolled this morning in the village; it was for the schoolteacher who taught me to read.
fr situation h | Le bateau de mon grand-père n'est pas rentré au port hier soir, et les recherches ont été arrêtées ce matin.
+ en situation h | My grandfather's boat didn't come back to harbour last night, and the search was called off this morning.
fr situation h | Au refuge, on a laissé une bougie allumée pour Marc, notre guide, emporté par l'avalanche de la semaine dernière.
+ en situation h | At the mountain hut we left a candle burning for Marc, our guide, who was swept away by last week's avalanche.
fr situation n | On a dû faire abattre ma jument après sa chute, elle avait vingt-deux ans, et ce soir son box est vide.
+ en situation n | We had to have my mare put down after her fall, she was twenty-two, and tonight her stable is empty.
fr situation n | La sécheresse a tout grillé, on laisse les champs à l'abandon cette année, et papa ne sort même plus voir le ciel. Mets une ambiance qui va avec.
+ en situation n | The drought scorched everything, we're leaving the fields to go wild this year, and Dad doesn't even go out to look at the sky any more. Put on something that fits.
fr situation l | Le dernier bistrot du village a fermé, et les anciens n'ont plus nulle part où jouer aux cartes l'après-midi.
+ en situation l | The last café in the village has closed, and the old folks have nowhere left to play cards in the afternoon.
# situations: city, flat, transport, travel
fr situation h | Dans mon immeuble de deux cents logements, personne ne s'est aperçu que mon voisin était mort depuis trois semaines.
+ en situation h | In my building of two hundred flats, nobody noticed my neighbour had been dead for three weeks.
fr situation n | Le vieux monsieur qui prenait mon bus chaque matin pour aller voir sa femme à l'hôpital est monté aujourd'hui avec un bouquet pour le cimetière.
+ en situation n | The old man who took my bus every morning to visit his wife in hospital got on today with a bouquet for the cemetery.
fr situation n | Au tapis à bagages, tout le monde retrouvait quelqu'un ; moi, j'étais venu récupérer les affaires de mon frère.
+ en situation n | At the baggage carousel everyone was meeting someone; I'd come to collect my brother's belongings.
fr situation n | Mon chien m'accompagnait dans le camion depuis neuf ans, ce matin j'ai pris la route seul, son coussin sur le siège passager.
+ en situation n | My dog had ridden with me in the lorry for nine years; this morning I hit the road alone, his cushion on the passenger seat.
fr situation n | J'ai conduit une dame de l'hôpital jusque chez elle, elle m'a dit que c'était son dernier retour à la maison et m'a remercié pour le trajet.
+ en situation n | I drove a lady home from the hospital; she told me it was her last trip home and thanked me for the ride.
fr situation h | J'ai dû vendre la voiture de ma fille, son siège était encore réglé pour elle.
+ en situation h | I had to sell my daughter's car; the seat was still set for her.
fr situation n | Dans le train, une mère et sa fille riaient ensemble en face de moi, et j'ai regardé la fenêtre jusqu'à Lyon ; j'ai perdu la mienne en juin.
+ en situation n | On the train a mother and daughter were laughing together opposite me, and I stared out of the window all the way to Lyon; I lost mine in June.
fr situation n | Premier été au camping sans mon mari, j'ai monté la tente toute seule et ça m'a pris deux heures.
+ en situation n | First summer at the campsite without my husband; I put the tent up on my own and it took me two hours.
# situations: shops, bakery, supermarket
fr situation n | Madame Roux, ma cliente de chaque mardi depuis quinze ans, n'est pas venue ; sa fille est passée me dire qu'elle était décédée.
+ en situation n | Madame Roux, my customer every Tuesday for fifteen years, didn't come in; her daughter stopped by to tell me she'd died.
fr situation n | La boulangère m'a demandé si je prenais toujours deux baguettes. J'ai dit non, une seule maintenant.
+ en situation n | The baker asked if I was still having two baguettes. I said no, just the one now.
fr situation n | Au supermarché, j'ai pris ses yaourts préférés par habitude, et je les ai reposés un par un.
+ en situation n | At the supermarket I picked up his favourite yoghurts out of habit, and put them back one by one.
fr situation n | J'ai fermé mon salon de coiffure après trente ans, faute de repreneur, et j'ai décroché une à une les photos de mes clientes. Lumière douce, merci.
+ en situation n | I closed my hair salon after thirty years, with nobody to take it over, and took down the photos of my clients one by one. Soft light, thanks.
# situations: school, students, young people
fr situation h | Un de mes élèves de troisième s'est tué en scooter ce week-end ; ce matin, en faisant l'appel, j'ai sauté son nom.
+ en situation h | One of my Year 10 pupils was killed on his scooter this weekend; this morning, taking the register, I skipped his name.
fr situation h | Mes parents ont annoncé leur divorce au petit-déjeuner, et ma petite sœur a demandé qui garderait le chien.
+ en situation h | My parents announced their divorce at breakfast, and my little sister asked who would keep the dog.
fr situation n | Mes parents m'ont dit au téléphone qu'ils ne pouvaient plus payer ma chambre, je dois arrêter la fac en plein milieu de l'année.
+ en situation n | My parents told me on the phone they can't pay for my room any more; I have to drop out of uni halfway through the year.
fr situation n | Ma copine m'a quitté pendant mon Erasmus, par un appel de trois minutes, et je ne rentre pas avant juin.
+ en situation n | My girlfriend broke up with me during my year abroad, in a three-minute call, and I'm not home until June.
fr situation n | Le petit qu'on accueille depuis deux ans repart chez sa mère demain, il a préparé son sac tout seul ce soir.
+ en situation n | The little boy we've fostered for two years goes back to his mother tomorrow; he packed his bag by himself tonight.
fr situation n | Le club ferme la section féminine faute de moyens, et j'ai dû l'annoncer à mes quinze joueuses dans le vestiaire. Éclaire-moi doucement.
+ en situation n | The club is shutting the women's section for lack of money, and I had to tell my fifteen players in the changing room. Go gently with the lights.
fr situation n | La petite fille que je garde depuis sa naissance entre à la crèche lundi ; ce soir, elle m'a fait au revoir de la main sans comprendre que c'était le dernier.
+ en situation n | The little girl I've minded since she was born starts nursery on Monday; tonight she waved me goodbye without understanding it was the last time.
# situations: work, office, building site
fr situation h | Un collègue est tombé de l'échafaudage mardi ; on a repris le chantier ce matin, et personne n'a allumé la radio.
+ en situation h | A workmate fell from the scaffolding on Tuesday; we went back on site this morning, and nobody turned the radio on.
fr situation n | On a rangé le bureau de Claire dans un carton pour l'envoyer à son mari, la photo de ses enfants était encore glissée sous l'écran.
+ en situation n | We packed Claire's desk into a box to send to her husband; the photo of her kids was still tucked under the screen.
fr situation n | Depuis que je suis à la retraite, mon téléphone ne sonne plus, et les collègues qui juraient de garder contact ont tous disparu.
+ en situation n | Since I retired my phone has stopped ringing, and the colleagues who swore they'd keep in touch have all disappeared.
fr situation n | Trois semaines que je n'ai parlé à personne en vrai, à part le livreur. Mets une lumière qui me ressemble.
+ en situation n | Three weeks since I've spoken to anyone face to face, apart from the delivery guy. Put on a light that feels like me.
fr situation n | Notre pianiste est mort la veille de la tournée, et on a joué le premier concert avec son piano fermé sur scène.
+ en situation n | Our pianist died the day before the tour, and we played the first concert with his piano closed on stage.
# situations: newcomers, expats, long distance
fr situation h | J'ai appris la mort de ma mère par un message vocal de mon frère, et ici je n'ai personne à qui le dire.
+ en situation h | I found out my mother had died from a voicemail my brother left, and here I have no one to tell.
fr situation n | Mon visa de travail n'est pas renouvelé ; on doit quitter le pays où mes enfants sont nés, leur école et tous leurs copains.
+ en situation n | My work visa hasn't been renewed; we have to leave the country where my kids were born, their school and all their friends.
fr situation n | Ma petite-fille grandit à Sydney, et au téléphone elle ne comprend presque plus mon français.
+ en situation n | My granddaughter is growing up in Sydney, and on the phone she barely understands my French any more.
fr situation h | On m'a envoyé une photo : la maison de ma famille, là-bas, n'est plus qu'un tas de pierres. Baisse tout, doucement.
+ en situation h | Someone sent me a photo: my family's house, back there, is nothing but a pile of stones now. Turn everything down, gently.
# situations: widows, widowers, family
fr situation n | Au bal du jeudi, je suis resté assis toute la soirée, je n'ai jamais su danser qu'avec elle.
+ en situation n | At the Thursday dance I sat down all evening; she was the only one I ever knew how to dance with.
fr situation n | Aujourd'hui, ça aurait fait cinquante ans de mariage. J'ai mis la nappe brodée, et un seul couvert.
+ en situation n | Today would have been our fiftieth wedding anniversary. I put out the embroidered tablecloth, and a single place setting.
fr situation h | J'ai essayé ma robe de mariée aujourd'hui, et maman n'était pas là pour la fermer dans mon dos.
+ en situation h | I tried on my wedding dress today, and Mum wasn't there to do it up at the back.
fr situation n | C'est la semaine de leur mère ; je passe devant les chambres vides des enfants et je ferme les portes une à une.
+ en situation n | It's their mum's week; I walk past the kids' empty rooms and close the doors one by one.
fr situation n | Mes petits-enfants déménagent à l'autre bout du pays, c'était notre dernier mercredi ensemble. Une ambiance douce pour ce soir.
+ en situation n | My grandchildren are moving to the other end of the country; that was our last Wednesday together. Something gentle for tonight.
fr situation n | J'ai arraché les pieds de tomates que ma femme avait semés en mars ; elle n'aura pas vu la récolte.
+ en situation n | I pulled up the tomato plants my wife sowed in March; she never got to see the harvest.
fr situation n | Le facteur m'a dit qu'il ne passerait plus dans la rue, c'était la seule personne à qui je parlais de la semaine.
+ en situation n | The postman told me he won't be doing our street any more; he was the only person I talked to all week.
fr situation n | Depuis l'accident, mes amis font leurs randonnées sans moi, et je regarde leurs photos des sommets depuis mon fauteuil.
+ en situation n | Since the accident my friends go hiking without me, and I look at their summit photos from my wheelchair.
fr situation n | Mon aide à domicile s'occupait de moi depuis six ans, elle part à la retraite et m'a embrassé sur le front en partant.
+ en situation n | My home carer had looked after me for six years; she's retiring, and she kissed me on the forehead as she left.
fr situation h | Fin de la marche blanche pour la petite Inès, deux mille personnes dans les rues du quartier et pas un bruit. Lumière très basse.
+ en situation h | The memorial march for little Inès is over; two thousand people in the streets of the neighbourhood and not a sound. Very low light.
fr situation n | Le dernier cadeau qu'il m'a fait est arrivé par la poste trois jours après l'enterrement.
+ en situation n | The last present he got me arrived in the post three days after the funeral.
fr situation n | J'ai joué de l'accordéon toute la matinée place du marché, à notre coin habituel, mais cette fois ma femme n'était plus là pour passer le chapeau.
+ en situation n | I played the accordion all morning in the market square, at our usual spot, but this time my wife wasn't there any more to pass the hat round.

# long
fr long h | Je l'ai soignée pendant trois mois. Elle m'appelait « ma petite ». Cette nuit, son lit a été refait pour un nouveau patient. Je n'ai pas pu entrer dans la chambre.
+ en long h | I looked after her for three months. She called me "my dear". Tonight her bed was made up for a new patient. I couldn't bring myself to go into the room.
fr long n | Pendant trente ans, on a joué au bridge ensemble le mardi. Hier, le club m'a proposé un nouveau partenaire. J'ai dit oui, par politesse. J'ai perdu toutes les donnes sans rien voir.
+ en long n | For thirty years we played bridge together on Tuesdays. Yesterday the club offered me a new partner. I said yes, out of politeness. I lost every hand without seeing a thing.
fr long n | Fin d'année, je vide ma classe. L'école du village ferme en septembre. Sur les murs, il reste les dessins des élèves. Je n'arrive pas à les décoller.
+ en long n | End of the year, I'm clearing my classroom. The village school closes in September. The children's drawings are still on the walls. I can't bring myself to take them down.
fr long n | Je suis arrivé ici il y a un an. Aujourd'hui, c'était mon anniversaire. Au travail, personne ne le savait. J'ai mangé un gâteau du supermarché, seul dans ma cuisine.
+ en long n | I came here a year ago. Today was my birthday. Nobody at work knew. I ate a supermarket cake, alone in my kitchen.
fr long n | Ce soir, je les ai déposés chez leur mère. Le petit a couru à l'intérieur sans se retourner. La grande m'a fait un signe de la main. J'ai roulé jusqu'à chez moi avec leurs sièges vides dans le rétro.
+ en long n | Tonight I dropped them off at their mum's. The little one ran inside without looking back. The eldest gave me a wave. I drove home with their empty seats in the mirror.
fr long h | Léo jouait dans mon équipe depuis ses six ans. Il en avait dix-sept. Une leucémie, en trois semaines. Ce soir, à l'entraînement, personne n'a voulu prendre le numéro 9.
+ en long h | Léo had played on my team since he was six. He was seventeen. Leukaemia, in three weeks. At training tonight, nobody would take the number 9 shirt.

# negation
fr negation n | Je ne suis pas fatiguée de ma garde, c'est juste que la petite patiente du lit huit n'a pas passé la nuit.
+ en negation n | I'm not tired from my shift, it's just that the little patient in bed eight didn't make it through the night.
fr negation n | Non, pas de musique entraînante ce soir, on vient d'enterrer le mari de ma meilleure amie.
+ en negation n | No, no upbeat music tonight, we've just buried my best friend's husband.
fr negation h | Je n'arrive plus à rien depuis qu'il est parti, même pas à ouvrir les volets le matin.
+ en negation h | I can't manage anything since he's been gone, not even opening the shutters in the morning.
fr negation n | Ce n'est pas de la colère contre mes parents qui divorcent, c'est juste une immense peine de voir la maison se vider.
+ en negation n | It's not anger at my parents for splitting up, it's just a huge sadness watching the house empty out.

# mixed
fr mixed n | Heureuse d'avoir enfin obtenu mes papiers, mais le cœur lourd : maman n'est plus là pour l'apprendre.
+ en mixed n | Happy to have finally got my residence papers, but heavy-hearted: Mum isn't here any more to hear about it.
fr mixed n | Un peu soulagé que les dettes soient réglées, mais surtout anéanti de quitter la ferme de mes grands-parents.
+ en mixed n | A bit relieved the debts are settled, but mostly crushed to be leaving my grandparents' farm.
fr mixed n | Fier d'avoir fini le marathon, mais sans aucune joie : c'était le premier sans mon frère, qui courait toujours à côté de moi.
+ en mixed n | Proud to have finished the marathon, but without any joy: it was the first one without my brother, who always ran beside me.
fr mixed n | Un peu de colère contre les médecins, mais surtout un vide immense depuis que ma sœur est partie.
+ en mixed n | A bit of anger at the doctors, but mostly a huge emptiness since my sister passed.

# informal French, no translation
fr situation n | je rentre de ma nuit à l'hosto, le monsieur du 12 est parti vers 4h, j'arrive pas à dormir
fr situation n | ma coloc est repartie en Espagne ce matin, sa chambre est vide et j'ai mangé toute seule ce soir
fr situation h | le vieux chien de la ferme est mort cette nuit dans la grange, mon père l'a enterré sous le noyer sans dire un mot
fr situation n | on a appris que le prof de musique du collège est décédé, toute la classe est restée sans rien dire en perm
fr situation n | ma copine m'a rendu mes affaires dans un sac de courses devant la fac, elle m'a même pas regardé
fr situation n | mon pote de chantier est reparti au Portugal pour de bon, la camionnette est trop grande sans lui
# casual English, no translation
en situation n | last shift at the pub before it shuts for good, the regulars just sat there not really talking
en situation n | put my dog's bed out for the bin men tonight, couldn't look at it any more
en situation h | nan asked why her sisters never visit the home any more. they've all passed and she keeps forgetting
en situation n | moved to a new city for work, six months in and I still eat every dinner on my own
"""

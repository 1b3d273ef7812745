"""tristesse: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Les croissants du dimanche, c'est lui qui allait les chercher ; ce matin la boulangère m'a demandé de ses nouvelles, et j'ai dû lui dire qu'il était mort.
+ en situation n | Sunday croissants were always his job; this morning the baker asked how he was, and I had to tell her he'd died.
en situation n | My daughter drew a big yellow sun on the card we're leaving on her dad's grave.
+ fr situation n | Ma fille a dessiné un grand soleil jaune sur la carte qu'on va déposer sur la tombe de son père.
fr situation n | J'ai ouvert le cadeau qu'elle avait caché pour Noël, avec son écriture sur l'étiquette ; elle est partie en novembre.
+ en situation n | I opened the present she'd hidden for Christmas, her handwriting on the tag; she passed away in November.
fr situation n | Le marché du samedi sans ma voisine Odette, enterrée mardi : j'ai acheté ses fraises préférées par habitude et je suis rentrée en larmes.
+ en situation n | Saturday market without my neighbour Odette, buried on Tuesday: I bought her favourite strawberries out of habit and came home in tears.
fr situation n | La petite chantait dans la voiture comme d'habitude, et moi je conduisais vers le refuge pour y laisser notre chien, qu'on ne peut plus garder.
+ en situation n | The little one was singing in the car as usual, and I was driving to the shelter to leave our dog there, since we can't keep him anymore.
en situation l | Picnic weather, kids laughing all over the park, and I'm on the bench with the little plaque that bears my husband's name.
+ fr situation l | Un temps de pique-nique, des rires d'enfants partout dans le parc, et moi sur le banc avec la petite plaque au nom de mon mari.
fr situation n | Un collègue m'a raconté une blague à la machine à café, j'ai ri une seconde, puis je me suis rappelé que mon frère ne m'appellera plus jamais. Lumière douce, s'il te plaît.
+ en situation n | A colleague told me a joke at the coffee machine, I laughed for a second, then remembered my brother will never call me again. Soft light, please.
fr slang_emoji n | apéro avec les copines ce soir, j'ai fait semblant tout du long... il m'a quittée lundi et ça me colle à la peau 🥲
+ en slang_emoji n | drinks with the girls tonight, faked it the whole time... he left me on monday and i can't shake it 🥲

# trap words from curiosite
fr situation n | J'ai rapporté à la bibliothèque les trois derniers livres que papa avait empruntés ; il n'a pas eu le temps de finir le troisième.
+ en situation n | I took back to the library the last three books Dad had borrowed; he didn't get the chance to finish the third one.
en situation n | The whale documentary was our thing, Dad's and mine; I watched the new episode tonight on my own, a week after the funeral.
+ fr situation n | Le documentaire sur les baleines, c'était notre truc avec papa ; j'ai regardé le nouvel épisode ce soir tout seul, une semaine après l'enterrement.
fr situation n | Mon fils de six ans m'a demandé si on pouvait aller chercher mamie au cimetière pour qu'elle vienne à Noël.
+ en situation n | My six-year-old asked if we could go and fetch Granny from the cemetery so she can come for Christmas.
fr situation n | En rangeant son bureau, j'ai découvert son cahier d'italien : il apprenait en secret pour notre voyage à Rome, qu'on ne fera jamais.
+ en situation n | Clearing his desk, I discovered his Italian workbook: he was secretly learning for our trip to Rome, which we'll never take.
fr situation n | Les médecins ont enfin trouvé le nom de la maladie de notre fille, trois semaines après qu'on l'a enterrée.
+ en situation n | The doctors finally found the name of our daughter's illness, three weeks after we buried her.
en situation n | Question after question at quiz night, and every answer was one Jamie would have known. First quiz since we lost him.
+ fr situation n | Question après question au quiz du bar, et chaque réponse, Jamie l'aurait trouvée. Premier quiz depuis qu'on l'a perdu.
fr situation l | Le télescope qu'il m'avait offert prend la poussière dans le salon ; plus personne pour me montrer Saturne depuis qu'on s'est séparés.
+ en situation l | The telescope he gave me is gathering dust in the living room; nobody to show me Saturn anymore since we split up.
fr typo n | on a cherché son doudou partout dans le train, jamais retrouvé, la petite pleure le soir depuis 3 jours et moi aussi un peu
+ en typo n | we searched the whole train for her cuddly toy, never found it, the little one's been crying at night for 3 days and me a bit too

# trap words from detente
fr situation n | La piscine gonflable est toujours dans le jardin ; les enfants sont partis vivre chez leur père à Toulouse en août.
+ en situation n | The paddling pool is still in the garden; the kids went to live with their dad in Toulouse in August.
en situation n | Three weeks since Mum's funeral and her chamomile tea bags are still in the kitchen cupboard. I can't bring myself to throw them out.
+ fr situation n | Trois semaines après l'enterrement de maman, ses sachets de camomille sont toujours dans le placard de la cuisine. Je n'arrive pas à les jeter.
fr situation n | La retraite, enfin, après quarante ans d'usine, et ma femme n'est plus là pour en profiter avec moi.
+ en situation n | Retirement at last, after forty years at the factory, and my wife isn't here anymore to enjoy it with me.
fr situation n | Le gîte au bord du lac était réservé pour nous deux ; j'y suis allée seule après la rupture et j'ai passé la semaine à pleurer sur la terrasse.
+ en situation n | The cottage by the lake was booked for the two of us; I went alone after the breakup and spent the week crying on the terrace.
en situation l | Sunday morning, no alarm, nowhere to be. For two years it was hospital visits with Dad, and now there's no one left to visit.
+ fr situation l | Dimanche matin, pas de réveil, nulle part où aller. Pendant deux ans c'était les visites à l'hôpital avec papa, et maintenant il n'y a plus personne à voir.
fr situation n | Le camping-car acheté pour nos vieux jours est à vendre sur le parking ; mon mari n'aura jamais vu la Norvège.
+ en situation n | The camper van we bought for our old age is for sale in the car park; my husband will never have seen Norway.
fr situation n | Assise sur la plage où on s'était rencontrés, la mer bien calme, le divorce signé depuis hier, j'ai enlevé mon alliance. Mets quelque chose de lent.
+ en situation n | Sitting on the beach where we met, the sea perfectly calm, the divorce signed since yesterday, I took off my wedding ring. Put on something slow.
fr slang_emoji n | bougies, bain moussant, playlist chill... et je chiale depuis une heure, mon chat est mort mardi 😭
+ en slang_emoji n | candles, bubble bath, chill playlist... and i've been bawling for an hour, my cat died on tuesday 😭

# trap words from euphorie
fr situation n | Minuit, tout le monde s'embrasse pour la nouvelle année, et moi j'envoie mes vœux à un numéro qui ne répondra plus jamais.
+ en situation n | Midnight, everyone's kissing for the new year, and I'm sending my wishes to a number that will never answer again.
en situation n | The confetti from our wedding is still in the glovebox, and the divorce papers are on the passenger seat.
+ fr situation n | Les confettis de notre mariage sont encore dans la boîte à gants, et les papiers du divorce sur le siège passager.
fr situation n | On devait aller danser en boîte pour l'enterrement de vie de garçon de Théo ; à la place, on porte son cercueil samedi.
+ en situation n | We were supposed to go clubbing for Théo's stag night; instead, we're carrying his coffin on Saturday.
fr situation n | Le stade hurlait de joie après le but, et moi je serrais l'écharpe de Kevin, mort en septembre, dont le siège à côté du mien restait vide.
+ en situation n | The stadium was roaring with joy after the goal, and I was clutching the scarf of Kevin, who died in September, his seat next to mine empty.
en situation n | My sister's baby shower was all balloons and laughter, two months after my miscarriage. I left before the cake.
+ fr situation n | La baby shower de ma sœur, ce n'était que ballons et éclats de rire, deux mois après ma fausse couche. Je suis partie avant le gâteau.
fr situation n | La boule à facettes qu'il avait accrochée dans le garage tourne encore ; le groupe ne rejouera plus jamais sans son batteur.
+ en situation n | The disco ball he hung in the garage is still turning; the band will never play again without its drummer.
fr situation n | Le DJ a passé notre chanson de mariage à la soirée d'entreprise, et j'ai dû sortir : on a signé le divorce vendredi.
+ en situation n | The DJ played our wedding song at the work party and I had to step outside: we signed the divorce on Friday.
fr mixed n | Contente pour ma sœur qui fête ses fiançailles, vraiment, mais ce soir ça me rappelle surtout que Lucas est parti il y a un mois.
+ en mixed n | Happy for my sister celebrating her engagement, truly, but tonight it mostly reminds me that Lucas left a month ago.

# trap words from reverie
en situation n | The sketchbook he gave me for my birthday is filling up with his empty armchair; I can't draw anything else since the funeral.
+ fr situation n | Le carnet de croquis qu'il m'a offert pour mon anniversaire se remplit de son fauteuil vide ; je n'arrive plus à dessiner autre chose depuis l'enterrement.
fr situation n | Ma fille regarde les étoiles depuis le balcon pour « dire bonne nuit à papa », chaque soir depuis l'accident.
+ en situation n | My daughter looks at the stars from the balcony to "say goodnight to Daddy", every evening since the accident.
fr situation n | On rêvait d'ouvrir une petite librairie ensemble ; j'ai rendu les clés du local ce matin, elle est partie avec un autre.
+ en situation n | We dreamed of opening a little bookshop together; I handed back the keys to the shop this morning, she left with someone else.
fr situation n | J'avais imaginé mille fois son retour de mission, jamais le drapeau plié sur le cercueil à l'aéroport.
+ en situation n | I'd imagined his return from deployment a thousand times, never the folded flag on the coffin at the airport.
fr situation n | Des nuages roses magnifiques ce soir, je les ai pris en photo pour maman, avant de me rappeler que je ne peux plus rien lui envoyer.
+ en situation n | Gorgeous pink clouds tonight; I took a photo for Mum before remembering I can't send her anything anymore.
en situation l | I still stare out of the train window like I used to, but there's nobody waiting at the station now that Gran's gone.
+ fr situation l | Je regarde encore par la fenêtre du train comme avant, mais plus personne ne m'attend sur le quai depuis que mamie est partie.
fr situation n | Le poème qu'il m'avait écrit pour nos dix ans, je l'ai lu à son enterrement, et ma voix s'est brisée au deuxième vers.
+ en situation n | The poem he wrote me for our tenth anniversary, I read at his funeral, and my voice broke on the second line.
fr typo n | jpasse mes cours la tete dans les nuages mais c pas que je reve, mon pere est parti de la maison et il repond plus a mes msg
+ en typo n | spending my classes with my head in the clouds but its not daydreaming, my dad moved out and he doesnt answer my texts anymore

# trap words from victoire
fr situation n | J'ai couru le marathon de Paris avec sa photo épinglée dans le dos ; à l'arrivée, personne pour me prendre dans ses bras. Il est mort il y a un an.
+ en situation n | I ran the Paris marathon with his photo pinned to my back; at the finish, no one to hug me. He died a year ago.
en situation n | I finally beat the level Dad and I had been stuck on for months, and turned round to an empty sofa.
+ fr situation n | J'ai enfin passé le niveau sur lequel on bloquait depuis des mois avec papa, et je me suis retourné vers un canapé vide.
fr situation n | Le potager de papy a gagné le premier prix du village, à titre posthume ; c'est moi qui suis allé chercher la coupe à sa place.
+ en situation n | Grandad's vegetable patch won first prize in the village, posthumously; I went up to collect the cup in his place.
fr situation n | Champion de France junior il y a trente ans, mon père ne reconnaît plus ses propres médailles ; la maladie a tout effacé.
+ en situation n | French junior champion thirty years ago, my father no longer recognises his own medals; the illness has wiped it all away.
fr situation n | J'avais réussi à le convaincre d'arrêter de fumer, mais trop tard : le cancer l'a emporté en février.
+ en situation n | I'd managed to get him to quit smoking, but too late: the cancer took him in February.
en situation n | We finally paid off the mortgage this month. Forty years, and he's not here to burn the papers with me.
+ fr situation n | On a enfin fini de rembourser la maison ce mois-ci. Quarante ans, et il n'est plus là pour brûler les papiers avec moi.
fr situation n | Le club a retiré son maillot numéro 9, tout le stade applaudissait, et sa mère serrait l'urne contre elle. Baisse un peu la lumière.
+ en situation n | The club retired his number 9 shirt, the whole stadium applauded, and his mother held the urn tight against her. Lower the lights a bit.
fr typo n | g eu mon bac avec mention tres bien et mes parents ont annoncé leur divorce la meme semaine, personne a fêté rien
+ en typo n | got my exams with top honours and my parents announced their divorce the same week, nobody celebrated anything

# trap words from colere
fr situation n | On m'a volé le vélo que papa m'avait réparé la veille de sa mort ; ce n'est pas le vélo que je pleure.
+ en situation n | Someone stole the bike Dad fixed for me the day before he died; it's not the bike I'm crying over.
en situation n | Ten years since the row over the inheritance, and my sister didn't even come to Mum's funeral. I just miss her.
+ fr situation n | Dix ans depuis la dispute pour l'héritage, et ma sœur n'est même pas venue à l'enterrement de maman. Elle me manque, c'est tout.
fr situation n | Licencié après dix-neuf ans dans la même boîte ; j'ai vidé mon casier en silence et personne n'est venu me dire au revoir.
+ en situation n | Laid off after nineteen years at the same company; I emptied my locker in silence and nobody came to say goodbye.
fr situation n | Mon fils a claqué la porte à dix-huit ans, il ne m'a plus jamais appelée, et je mets encore son couvert le dimanche.
+ en situation n | My son slammed the door at eighteen, he's never called me since, and I still lay his place on Sundays.
fr situation n | Ma fille est rentrée de l'école sans un mot, les yeux rouges : ses deux meilleures amies ne veulent plus lui parler.
+ en situation n | My daughter came home from school without a word, eyes red: her two best friends won't talk to her anymore.
en situation n | The bailiffs cleared out the flat we'd made our home, and I'm sitting on the kerb with two bin bags and the kids' drawings.
+ fr situation n | Les huissiers ont vidé l'appartement dont on avait fait notre foyer, et je suis assise sur le trottoir avec deux sacs-poubelle et les dessins des enfants.
fr situation n | « C'est pas juste », répétait le petit, parce que le chien est mort juste avant Noël. Je n'ai rien trouvé à répondre, j'ai pleuré avec lui.
+ en situation n | "It's not fair," the little one kept saying, because the dog died right before Christmas. I had no answer, I just cried with him.
fr negation n | Je n'ai même plus envie de crier contre l'assurance ; la maison a brûlé avec les albums des enfants, et je me sens juste vide.
+ en negation n | I don't even feel like yelling at the insurance anymore; the house burned down with the kids' albums, and I just feel empty.

# trap words from inquietude
fr situation n | Le téléphone a sonné à trois heures du matin, c'était la maison de retraite : mamie s'était éteinte dans son sommeil.
+ en situation n | The phone rang at three in the morning, it was the care home: Granny had passed away in her sleep.
en situation n | The letter from the bank came this morning: the bakery we've run for fifteen years is being wound up.
+ fr situation n | Le courrier de la banque est arrivé ce matin : la boulangerie qu'on tient depuis quinze ans est mise en liquidation.
fr situation n | Le médecin a retiré ses gants, s'est assis à côté de nous, et on a compris avant qu'il parle : le bébé n'avait pas survécu.
+ en situation n | The doctor took off his gloves, sat down beside us, and we understood before he spoke: the baby hadn't survived.
fr situation n | Les factures s'empilent sur la table de la cuisine, toutes à son nom ; je n'ai pas encore eu le courage d'annoncer aux fournisseurs qu'il est mort.
+ en situation n | The bills are piling up on the kitchen table, all in his name; I haven't yet had the heart to tell the companies he's dead.
en situation n | I used to worry every time he climbed onto the roof. He fell from the ladder in June, and his toolbox hasn't moved since.
+ fr situation n | Je m'inquiétais chaque fois qu'il montait sur le toit. Il est tombé de l'échelle en juin, et sa caisse à outils n'a pas bougé depuis.
fr situation l | Papa s'inquiétait toujours quand je rentrais tard ; ce soir j'ai garé la voiture à minuit, et personne n'a allumé la lampe du perron.
+ en situation l | Dad always worried when I came home late; tonight I parked the car at midnight, and nobody switched on the porch light.
fr situation n | Ma femme avait peur du noir ; depuis qu'elle est partie en mai, je dors seul et je laisse la veilleuse allumée pour elle.
+ en situation n | My wife was afraid of the dark; since she passed in May, I sleep alone and leave the night light on for her.
fr mixed n | Un peu soulagé que l'attente soit finie, mais surtout effondré : la greffe n'a pas pris, et mon frère est parti ce matin.
+ en mixed n | A little relieved the waiting is over, but mostly devastated: the transplant didn't take, and my brother passed away this morning.

# trap words from nostalgie
fr situation n | En vidant le grenier de maman pour la vente, j'ai retrouvé mes dessins de maternelle classés par année ; elle nous a quittés en octobre.
+ en situation n | Clearing Mum's attic for the sale, I found my nursery-school drawings filed by year; she left us in October.
en situation n | The old answering machine chewed up the cassette with Dad's voice on it. That was the last recording we had of him.
+ fr situation n | Le vieux répondeur a mangé la cassette avec la voix de papa. C'était le dernier enregistrement qu'on avait de lui.
fr situation n | Le groupe WhatsApp de la promo 2005 a annoncé hier la mort de Karim ; on se promettait des retrouvailles depuis des années.
+ en situation n | The class of 2005 WhatsApp group announced Karim's death yesterday; we'd been promising ourselves a reunion for years.
fr situation n | Mon meilleur ami d'enfance ne m'a pas invité à son mariage ; on ne se parle plus, et je ne sais même pas pourquoi.
+ en situation n | My best friend from childhood didn't invite me to his wedding; we don't speak anymore, and I don't even know why.
en situation n | The café where Grandad played cards every afternoon has closed for good, a month after he died. They took the sign down today.
+ fr situation n | Le café où papy jouait aux cartes tous les après-midi a fermé pour de bon, un mois après sa mort. Ils ont décroché l'enseigne aujourd'hui.
fr situation n | Je ne peux plus écouter les chansons de nos vingt ans ; depuis qu'il est parti avec sa collègue, chaque refrain me fait pleurer.
+ en situation n | I can't listen to the songs from when we were twenty anymore; since he left with his colleague, every chorus makes me cry.
fr situation n | Le vieux chalet de famille a été vendu aux enchères pour payer les dettes de papa ; on a eu une heure pour récupérer nos affaires.
+ en situation n | The old family chalet was auctioned off to pay Dad's debts; we had one hour to collect our things.
fr typo n | retrouvé nos vieux textos ds mon ancien tel, le dernier date de la veille de son accident, jpeux pas lire plus loin
+ en typo n | found our old texts on my old phone, the last one is from the day before her accident, cant read any further

# trap words from panique
fr situation n | Chaque sirène qui passe me ramène au soir où l'ambulance est venue pour mon fils, et n'a pas pu le sauver.
+ en situation n | Every siren that goes by takes me back to the night the ambulance came for my son and couldn't save him.
en situation n | There are still flowers by the motorway where the crash happened in January; I drive past them every morning on the way to work.
+ fr situation n | Il y a encore des fleurs au bord de l'autoroute, là où l'accident a eu lieu en janvier ; je passe devant chaque matin en allant au travail.
fr situation n | Le bip du moniteur s'est arrêté à 4 h 12, et l'infirmière a coupé l'alarme tout doucement.
+ en situation n | The monitor's beep stopped at 4:12, and the nurse switched off the alarm very gently.
fr situation n | Le défibrillateur n'a rien pu faire au match des vétérans : Gérard est mort sur la pelouse, devant son petit-fils.
+ en situation n | The defibrillator couldn't do anything at the veterans' match: Gérard died on the pitch, in front of his grandson.
en situation n | I was the one who rang the emergency number when Mum collapsed in the kitchen. I keep replaying that call, now that she's gone.
+ fr situation n | C'est moi qui ai appelé le SAMU quand maman s'est effondrée dans la cuisine. Je repense sans arrêt à cet appel, maintenant qu'elle n'est plus là.
fr situation n | On a dû évacuer la maison de retraite pendant la canicule, et papy n'a pas survécu au déménagement.
+ en situation n | The care home had to be evacuated during the heatwave, and Grandpa didn't survive the move.
fr situation n | Le bateau de mon oncle n'est jamais rentré au port ; les recherches ont été arrêtées ce matin. Mets-moi une ambiance qui va avec.
+ en situation n | My uncle's boat never came back to harbour; the search was called off this morning. Give me a mood to match.
fr situation l | « Au secours », criait mamie dans ses derniers jours, sans me reconnaître ; on l'a enterrée hier et j'entends encore sa voix.
+ en situation l | "Help," Granny kept crying out in her last days, not recognising me; we buried her yesterday and I can still hear her voice.

# trap words from suspense
fr situation n | Le tirage au sort de la colo n'a pas retenu mon fils, et il a pleuré tout le trajet du retour, le nez contre la vitre.
+ en situation n | The holiday camp draw didn't pick my son, and he cried the whole way home, his nose against the window.
en situation n | Three years waiting for a kidney, and the call never came in time. We buried Aunt Rosa on Friday.
+ fr situation n | Trois ans à attendre un rein, et l'appel n'est jamais arrivé à temps. On a enterré tante Rosa vendredi.
fr situation n | Le théâtre a rappelé : ce n'est pas moi, encore. Cinquième audition ratée cette année, j'ai descendu mes partitions à la cave.
+ en situation n | The theatre called back: it's not me, again. Fifth failed audition this year; I took my scores down to the cellar.
fr situation n | Tirs au but, coup de sifflet final : le club de mon grand-père descend en division inférieure pour la première fois depuis 1962, et il n'est plus là pour le voir.
+ en situation n | Penalties, final whistle: my grandfather's club goes down a division for the first time since 1962, and he's not here to see it.
en situation n | The countdown on the fridge said twelve days to Lisbon; she left me yesterday and I can't bring myself to take it down.
+ fr situation n | Le compte à rebours sur le frigo disait douze jours avant Lisbonne ; elle m'a quitté hier et je n'arrive pas à l'enlever.
fr situation n | Le dernier épisode de son podcast est sorti après sa mort, enregistré une semaine avant ; je l'ai écouté en pleurant dans le métro.
+ en situation n | The last episode of her podcast came out after she died, recorded a week before; I listened to it crying on the metro.
fr situation n | Des heures à attendre devant le bloc, et le chirurgien est sorti en secouant la tête.
+ en situation n | Hours of waiting outside the operating theatre, and the surgeon came out shaking his head.
fr mixed n | Le stress de l'attente est retombé, il ne reste que le chagrin : recalé à l'oral de la police, dernière tentative, j'ai trente-cinq ans.
+ en mixed n | The stress of waiting has gone, only the grief is left: failed the police entrance interview, my last attempt, I'm thirty-five.
"""

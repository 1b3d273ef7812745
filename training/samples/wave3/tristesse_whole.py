"""tristesse: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: pets, home, family
fr long n | Ce matin, j'ai rangé la gamelle et le panier du chien dans le garage. Quatorze ans qu'il m'attendait derrière la porte d'entrée. En rentrant ce soir, j'ai encore posé mes clés tout doucement pour ne pas le réveiller.
+ en long n | This morning I put the dog's bowl and basket away in the garage. Fourteen years he'd been waiting for me behind the front door. Coming home tonight, I still set my keys down gently so as not to wake him.
fr long n | Notre vieille chienne ne se lève plus. Le vétérinaire vient à la maison demain à dix heures. Ce soir, on s'est tous allongés par terre avec elle sur le tapis du salon. Lumière tamisée, s'il te plaît.
+ en long n | Our old dog can't get up anymore. The vet is coming to the house tomorrow at ten. Tonight we all lay down on the living-room rug with her. Dim the lights, please.
fr long n | Mamie est entrée en maison de retraite hier. On a choisi ses affaires ensemble : trois robes, la photo de papi, son coussin brodé. Au moment de partir, elle m'a demandé quand on rentrait à la maison.
+ en long n | Gran moved into the care home yesterday. We chose her things together: three dresses, the photo of Grandad, her embroidered cushion. As I was leaving, she asked me when we were going home.
fr long n | Mes parents m'ont annoncé leur divorce au dîner, entre le fromage et le dessert. Ils ont l'air soulagés, presque gentils l'un avec l'autre. Moi, je regarde la nappe de Noël qu'on ne sortira plus jamais tous ensemble.
+ en long n | My parents told me they're divorcing over dinner, between the cheese and the dessert. They seem relieved, almost kind to each other. I'm staring at the Christmas tablecloth we'll never get out all together again.
fr long n | Mon grand-père ne me reconnaît plus. Aujourd'hui, il m'a appelé par le prénom de mon père et m'a parlé de son fils « parti à l'armée ». J'ai joué le jeu jusqu'au bout, puis je suis resté un long moment dans la voiture avant de démarrer.
+ en long n | My grandfather doesn't recognise me anymore. Today he called me by my father's name and told me about his son who'd "gone off to the army". I played along to the end, then sat in the car for a long while before starting it.
fr long n | On a fêté Noël sans papa pour la première fois. Personne ne s'est assis dans son fauteuil, la dinde est restée entière sur la table parce que c'était lui qui la découpait, et maman a fait semblant que tout allait bien.
+ en long n | We had Christmas without Dad for the first time. Nobody sat in his armchair, the turkey stayed whole on the table because he was always the one who carved it, and Mum pretended everything was fine.
en long n | I finally cleared out my brother's flat, three years after the accident. I kept one jumper and his cracked phone, and took the rest to the charity shop on the corner where he used to buy his paper.
+ fr long n | J'ai enfin vidé l'appartement de mon frère, trois ans après l'accident. J'ai gardé un pull et son téléphone à l'écran fêlé, et j'ai apporté le reste à la boutique solidaire du coin, là où il achetait son journal.
en long n | Dad sold his boat last week; his hands can't manage the ropes anymore. We took her out one last time on Sunday, and he let me steer all the way back to the harbour without saying a word.
+ fr long n | Papa a vendu son bateau la semaine dernière ; ses mains ne tiennent plus les cordages. On est sortis une dernière fois dimanche, et il m'a laissé la barre jusqu'au port sans dire un mot.
en long n | My daughter used to run to the school gate to hug me. Today, at thirteen, she walked straight past and asked me to wait round the corner next time. I smiled, said fine, and drove home with the radio off.
+ fr long n | Ma fille courait jusqu'au portail de l'école pour me sauter dans les bras. Aujourd'hui, à treize ans, elle est passée devant moi sans s'arrêter et m'a demandé d'attendre au coin de la rue la prochaine fois. J'ai souri, j'ai dit d'accord, et je suis rentré la radio éteinte.
# long: birth, health
en long n | The fertility clinic called this morning. The transfer didn't take. It's the fourth time. I went back to my desk and answered emails until six because I didn't know what else to do.
+ fr long n | La clinique de fertilité a appelé ce matin. Le transfert n'a pas pris. C'est la quatrième fois. Je suis retournée à mon bureau et j'ai répondu à des mails jusqu'à dix-huit heures, parce que je ne savais pas quoi faire d'autre.
fr long n | Le bébé qu'on attendait pour avril ne viendra pas. À l'échographie des douze semaines, l'écran est resté silencieux. On avait déjà peint la petite chambre en jaune et monté le berceau.
+ en long n | The baby we were expecting in April isn't coming. At the twelve-week scan, the screen stayed silent. We'd already painted the little room yellow and put the cot together.
# long: work, school, friends
fr long n | J'ai reçu la réponse de l'école de design. Trois ans de dossiers, de stages et de nuits blanches sur mon portfolio. Refusée, sans un mot d'explication. Je n'ai même pas la force d'en parler à mes parents.
+ en long n | I got the answer from the design school. Three years of applications, internships and sleepless nights on my portfolio. Rejected, without a word of explanation. I don't even have the strength to tell my parents.
fr long n | Depuis mon licenciement, je mets encore le réveil à six heures et quart. Je m'habille, je bois mon café, et je reste assis dans la cuisine sans savoir où aller.
+ en long n | Since I was laid off, I still set the alarm for quarter past six. I get dressed, drink my coffee, and sit in the kitchen not knowing where to go.
fr long n | La librairie où je travaille depuis vingt ans ferme samedi. On brade les derniers livres à un euro. Les clients fidèles passent dire au revoir, restent un moment sur le seuil et repartent sans savoir quoi dire.
+ en long n | The bookshop I've worked in for twenty years closes on Saturday. We're selling off the last books at a euro each. Regulars drop by to say goodbye, linger in the doorway and leave without knowing what to say.
en long n | My best friend is moving to Australia for good. We had our last coffee at the café we've gone to every Thursday since school. She hugged me at the bus stop and neither of us said "see you soon".
+ fr long n | Ma meilleure amie part vivre en Australie pour de bon. On a bu notre dernier café dans le bistrot où on allait tous les jeudis depuis le lycée. Elle m'a serrée dans ses bras à l'arrêt de bus, et aucune de nous deux n'a dit « à bientôt ».
fr long n | J'avais invité tout le monde pour mes quarante ans. J'ai préparé le buffet, les guirlandes, la playlist. Trois personnes sont venues, et elles sont reparties avant minuit. J'ai rangé les verres propres dans le placard.
+ en long n | I'd invited everyone for my fortieth. I made the buffet, put up the bunting, did the playlist. Three people came, and they left before midnight. I put the clean glasses back in the cupboard.
fr long n | Mon meilleur ami ne m'a pas invité à son mariage. Je l'ai appris le lendemain, par les photos sur les réseaux. Je suis resté longtemps devant celle de la piste de danse ; on se connaît depuis la maternelle.
+ en long n | My best friend didn't invite me to his wedding. I found out the next day, from the photos online. I stared for a long time at the one of the dance floor; we've known each other since nursery school.
# long: community, sport, news
fr long n | Notre équipe de quartier a perdu le dernier match de la saison, et le club ferme faute de bénévoles. Les gamins ont rendu leurs maillots un par un. Le petit Samir a gardé le sien plié sous le bras jusqu'au bout.
+ en long n | Our neighbourhood team lost the last game of the season, and the club is closing for lack of volunteers. The kids handed their shirts back one by one. Little Samir kept his folded under his arm until the very end.
en long n | They're cutting down the old oak at the end of our road for the new housing estate. My kids named it, climbed it, had picnics under it. This morning there were red crosses painted on its trunk.
+ fr long n | Ils vont abattre le vieux chêne au bout de notre rue pour le nouveau lotissement. Mes enfants lui avaient donné un nom, y grimpaient, pique-niquaient à son pied. Ce matin, il y avait des croix rouges peintes sur son tronc.
en long n | The letter came: my mother's visa to join us has been refused. She'll stay alone in her village at eighty, and I don't know when I'll see her again. I read it three times sitting on the stairs.
+ fr long n | La lettre est arrivée : le visa de ma mère pour nous rejoindre est refusé. Elle restera seule dans son village, à quatre-vingts ans, et je ne sais pas quand je la reverrai. Je l'ai relue trois fois, assise dans l'escalier.

# negation
fr negation n | Je ne lui en veux même pas. J'ai juste le cœur lourd : dix-huit ans de mariage, et il est parti avec une valise un mardi matin.
+ en negation n | I'm not even angry with him. My heart is just heavy: eighteen years of marriage, and he left with one suitcase on a Tuesday morning.
en negation n | I'm not angry with the hospital, really. I just keep thinking she was alone when it happened, at four in the morning.
+ fr negation n | Je n'en veux pas à l'hôpital, vraiment. Je n'arrête pas de penser qu'elle était seule quand c'est arrivé, à quatre heures du matin.
fr negation n | Je ne m'inquiète plus, c'est fini : le chat n'est jamais revenu, et ce matin j'ai décroché les affiches du quartier.
+ en negation n | I'm not worried anymore, it's over: the cat never came back, and this morning I took down the posters around the neighbourhood.
fr negation n | Non, ce n'est pas de la nostalgie, ça fait juste mal : la maison de mon enfance a été rasée la semaine dernière pour faire un parking.
+ en negation n | No, it isn't nostalgia, it just hurts: my childhood home was bulldozed last week to make way for a car park.
en negation n | I'm not worried about the results anymore. They came back, and the treatment hasn't worked. We're stopping it next week.
+ fr negation n | Je ne m'inquiète plus des résultats. Ils sont tombés, et le traitement n'a pas marché. On l'arrête la semaine prochaine.
fr negation n | Je ne suis pas fâché contre mon fils, j'ai de la peine : il n'a pas appelé pour mon anniversaire, ni cette année ni l'an dernier.
+ en negation n | I'm not cross with my son, I'm hurt: he didn't call on my birthday, not this year and not last year either.
fr negation n | Personne n'est venu à la remise des diplômes. J'ai fait la photo avec le directeur toute seule, et je suis rentrée en bus avec mon rouleau sous le bras.
+ en negation n | Nobody came to the graduation. I had my photo taken with the head on my own, and went home on the bus with my diploma under my arm.
en negation n | I'm not panicking, there's nothing left to panic about. The vet said she's gone, and I'm sitting in the car park holding her empty collar.
+ fr negation n | Je ne panique pas, il n'y a plus de raison de paniquer. Le vétérinaire a dit qu'elle était partie, et je suis assise sur le parking avec son collier vide dans les mains.
fr negation n | Ce n'est pas de la fatigue, c'est autre chose : depuis la mort de Manon, je n'arrive plus à écouter la musique qu'on aimait toutes les deux.
+ en negation n | It isn't tiredness, it's something else: since Manon died, I can't bring myself to listen to the music we both loved.
fr negation n | Je ne suis même pas en colère contre l'équipe, j'ai juste le cœur gros : c'était le dernier match de mon père comme entraîneur, et on a perdu sept à zéro.
+ en negation n | I'm not even angry with the team, I just feel heavy-hearted: it was my dad's last game as coach, and we lost seven-nil.
en negation n | It's not that I'm cross with him. It's just that my son moved out today, and his room echoes now.
+ fr negation n | Ce n'est pas que je lui en veux. C'est juste que mon fils a déménagé aujourd'hui, et que sa chambre résonne maintenant.
fr negation n | Je ne m'attendais à rien, et pourtant : la lettre de ma mère biologique dit qu'elle ne souhaite pas me rencontrer.
+ en negation n | I wasn't expecting anything, and yet: the letter from my birth mother says she doesn't wish to meet me.

# mixed
fr mixed n | Un peu soulagé que ses souffrances soient finies, mais surtout le cœur brisé : mon père s'est éteint cette nuit à l'hôpital.
+ en mixed n | A little relieved his suffering is over, but mostly heartbroken: my father passed away in hospital last night.
en mixed n | A little proud I got through the eulogy, but mostly just heavy-hearted: half the chairs were empty for a man who helped everyone.
+ fr mixed n | Un peu fier d'avoir tenu pendant l'éloge funèbre, mais surtout le cœur lourd : la moitié des chaises étaient vides pour un homme qui aidait tout le monde.
fr mixed n | Content pour ma collègue qui a eu le poste, mais surtout triste pour moi : c'était ma dernière chance avant la retraite.
+ en mixed n | Happy for my colleague who got the job, but mostly sad for myself: it was my last chance before retirement.
fr mixed n | Un peu d'agacement, mais surtout du chagrin : il a encore oublié notre rendez-vous, et j'ai dîné seule au restaurant, face à sa chaise vide.
+ en mixed n | A bit of irritation, but mostly sorrow: he forgot our date again, and I had dinner alone at the restaurant facing his empty chair.
en mixed n | Relieved the move is done, but mostly sad: the kids cried all the way out of the village, waving at their friends through the back window.
+ fr mixed n | Soulagée que le déménagement soit fini, mais surtout triste : les enfants ont pleuré jusqu'à la sortie du village en faisant signe à leurs copains par la vitre arrière.
fr mixed n | J'ai souri en voyant les dessins des élèves, mais surtout j'ai eu le cœur serré : c'est mon dernier jour d'institutrice, l'école du village ferme.
+ en mixed n | I smiled at the pupils' drawings, but mostly my heart sank: it's my last day as a teacher, the village school is closing.
fr mixed n | Un brin de soulagement d'avoir enfin vendu la voiture de maman, mais surtout un grand vide en la voyant disparaître au coin de la rue.
+ en mixed n | A touch of relief at finally selling Mum's car, but mostly a great emptiness watching it disappear round the corner.
en mixed n | Slightly annoyed at the rain, but mostly just low: we scattered Grandpa's ashes at his favourite fishing spot and nobody knew what to say afterwards.
+ fr mixed n | Un peu agacée par la pluie, mais surtout le moral à zéro : on a dispersé les cendres de papi à son coin de pêche préféré, et personne n'a su quoi dire ensuite.
fr mixed n | Fière de ma fille qui part vivre au Canada, mais surtout triste : je ne la verrai plus qu'une fois par an, à Noël.
+ en mixed n | Proud of my daughter for moving to Canada, but mostly sad: I'll only see her once a year now, at Christmas.
fr mixed n | Un peu de rancune, beaucoup de chagrin : ma meilleure amie a coupé les ponts sans explication après vingt ans d'amitié.
+ en mixed n | A little resentment, a lot of grief: my best friend cut me off without explanation after twenty years of friendship.
en mixed n | Glad the season's over, but mostly gutted: I tore my knee in the last game, and the surgeon says I won't play football again.
+ fr mixed n | Content que la saison soit finie, mais surtout effondré : je me suis déchiré le genou au dernier match, et le chirurgien dit que je ne rejouerai plus au foot.
fr mixed n | Un peu soulagée que la procédure soit terminée, mais surtout triste : on a signé le divorce ce matin, et les enfants ont fait leur valise pour chez leur père.
+ en mixed n | A bit relieved the proceedings are over, but mostly sad: we signed the divorce this morning, and the kids packed their bags for their dad's.
fr mixed n | Fatigué, oui, mais surtout abattu : le petit commerce que j'ai tenu douze ans est en liquidation, et j'ai rendu les clés ce soir.
+ en mixed n | Tired, yes, but mostly crushed: the little shop I ran for twelve years has gone into liquidation, and I handed back the keys tonight.
"""

"""euphorie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations (personas and places)
fr situation h | Infirmière de nuit, je sors de douze heures de garde et ma sœur m'attend devant l'hôpital avec deux billets pour Lisbonne, l'avion décolle dans trois heures !!
+ en situation h | Night nurse: I've just come off a twelve-hour shift and my sister's waiting outside the hospital with two tickets to Lisbon, the plane leaves in three hours!!
fr situation h | Fête de la moisson à la ferme : le bal démarre dans la grange et tout le village saute sur les bottes de paille !
+ en situation h | Harvest festival on the farm: the dance has kicked off in the barn and the whole village is leaping about on the hay bales!
fr situation h | Premier jour de retraite, mes petits-enfants m'ont traîné en boîte et je danse sur Beyoncé à soixante-cinq ans !
+ en situation h | First day of retirement, my grandkids dragged me to a nightclub and I'm dancing to Beyoncé at sixty-five!
fr situation h | Papa solo, j'ai emmené mes trois petits à leur premier concert : casques anti-bruit sur les oreilles, on saute tous les quatre au premier rang !
+ en situation h | Solo dad: I took my three little ones to their first gig, ear defenders on, and all four of us are jumping in the front row!
fr situation h | On est quinze dans la chambre de Lola, son groupe de K-pop vient d'annoncer une date à Paris et on hurle toutes en même temps !
+ en situation h | There are fifteen of us in Lola's bedroom, her K-pop group just announced a Paris date and we're all screaming at once!
fr situation h | Fête de quartier : j'ai sorti les enceintes de mon épicerie sur le trottoir et toute la rue danse entre les cagettes de tomates ! Mets des couleurs qui claquent.
+ en situation h | Street party: I've dragged the speakers out of my shop onto the pavement and the whole street is dancing between the tomato crates! Give us some loud colours.
fr situation h | Je conduis le bus de nuit et une noce entière vient de monter : guirlande accrochée au rétro, tout le bus chante en tapant dans les mains !
+ en situation h | I drive the night bus and a whole wedding party just got on: tinsel hung on the mirror, the entire bus singing and clapping!
fr situation h | Expatriée à Singapour depuis trois ans, je viens de voir ma mère débarquer à mon bureau par surprise, je hurle devant tous mes collègues !
+ en situation h | Three years an expat in Singapore, and I just saw my mum walk into my office out of nowhere, I'm screaming in front of all my colleagues!
fr situation h | J'ai soixante-dix-huit ans et ma petite-fille m'a emmenée à mon premier festival électro : paillettes sur les joues, je saute au premier rang !
+ en situation h | I'm seventy-eight and my granddaughter took me to my first electro festival: glitter on my cheeks, I'm jumping in the front row!
fr situation h | Je télétravaille depuis la Norvège cet hiver et des aurores boréales viennent d'exploser au-dessus du chalet, je cours dans la neige en chaussettes en hurlant !
+ en situation h | I'm working remotely from Norway this winter and the northern lights just burst out over the cabin, I'm running through the snow in my socks screaming!
fr situation h | Je suis batteur dans un groupe de bal, et pendant notre reprise de Queen, toute la salle des fêtes est montée sur les tables !
+ en situation h | I'm the drummer in a dance band, and during our Queen cover the whole village hall climbed up onto the tables!
fr situation h | Coach de zumba : la séance en plein air a attiré deux cents personnes sur la place et les passants nous rejoignent en poussant des cris de joie !
+ en situation h | Zumba coach: the outdoor session has pulled two hundred people into the square and passers-by are joining in, whooping!
fr situation h | Kermesse de fin d'année : les parents ont lancé une chenille dans la cour, la directrice s'y est mise et on hurle tous de rire !
+ en situation h | End-of-year school fête: the parents started a conga in the playground, the head teacher joined in and we're all howling with laughter!
fr situation h | Je suis en fauteuil et, pour la première fois, la plage a un fauteuil amphibie : je fonce dans les vagues avec mes neveux qui crient de joie autour de moi !
+ en situation h | I use a wheelchair and, for the first time, the beach has an amphibious chair: I'm charging into the waves with my nephews shrieking with joy around me!
fr situation h | Arrivé de Dakar en novembre, je vois la neige pour la première fois de ma vie et je cours dans la cour de la résidence en criant comme un fou !
+ en situation h | I came over from Dakar in November, I'm seeing snow for the first time in my life and I'm running round the courtyard of the halls yelling like a madman!
fr situation h | Je sors de l'usine à 5 h et les collègues ont monté une sono sur le parking pour fêter les congés d'été, on danse en bleu de travail ! Ambiance boîte de nuit, s'il te plaît.
+ en situation h | I come out of the factory at 5 am and my workmates have set up a sound system in the car park to kick off the summer holidays, we're dancing in our overalls! Nightclub vibes, please.
fr situation h | Mariée depuis deux heures, la batucada surprise de mes cousins débarque dans la salle et je saute en robe, le voile au vent !
+ en situation h | Married for two hours, my cousins' surprise samba band bursts into the hall and I'm jumping about in my dress, veil flying!
fr situation h | Dernier jour avant l'été, les élèves ont déclenché une bataille d'eau dans la cour et tous les profs s'y sont mis en hurlant de rire !
+ en situation h | Last day before the summer, the pupils started a water fight in the playground and every teacher piled in, shrieking with laughter!
fr situation h | Première grosse pluie après trois mois de sécheresse, je danse sous l'averse au milieu du champ en criant comme un gamin !
+ en situation h | First real rain after three months of drought, I'm dancing in the downpour in the middle of the field, yelling like a kid!
fr situation h | Sortie en kayak de nuit : l'eau s'illumine de bleu à chaque coup de pagaie, on plonge tous en criant comme des fous !
+ en situation h | Night kayaking: the water lights up blue with every paddle stroke, and we're all diving in screaming like lunatics!
fr situation h | Soirée au refuge, quelqu'un a sorti un accordéon et trente randonneurs dansent en chaussettes entre les tables en braillant les refrains ! Lumières de fête, vite !
+ en situation h | Evening at the mountain hut, someone got out an accordion and thirty hikers are dancing in their socks between the tables, bellowing the choruses! Party lights, quick!
fr situation h | Sur le chantier, on vient d'apprendre que Karim est papa : toute l'équipe klaxonne avec les engins et on lui fait une haie d'honneur en casque !
+ en situation h | On the building site we've just heard Karim's become a dad: the whole crew is honking the machines and giving him a guard of honour in hard hats!
fr situation h | Hypermarché, 21 h : la sono du magasin passe « Dancing Queen » et toute l'équipe de caisse danse avec les derniers clients !
+ en situation h | Hypermarket, 9 pm: the shop speakers are playing "Dancing Queen" and the whole checkout team is dancing with the last customers!
fr situation h | À l'aéroport, notre vol est retardé, un groupe de musiciens brésiliens a sorti ses percussions et toute la porte d'embarquement danse !
+ en situation h | At the airport our flight's delayed, a group of Brazilian musicians has got their drums out and the whole departure gate is dancing!
fr situation n | Au stade, la ola a fait dix fois le tour et on hurle tous à chaque passage, on en oublie complètement le match !
+ en situation n | At the stadium, the Mexican wave has gone round ten times and we all scream every time it passes, we've completely forgotten about the match!
fr situation h | Le Tour de France passe devant la boulangerie, la caravane balance des casquettes et tout le village crie en sautant sur le trottoir !
+ en situation h | The Tour de France is going past the bakery, the publicity caravan is flinging caps and the whole village is yelling and jumping on the pavement!
fr situation h | Je sors de l'hôpital après trois mois, et mes potes m'attendent dehors avec des cornes de brume et une banderole, je hurle avec eux !
+ en situation h | Out of hospital after three months, and my mates are waiting outside with air horns and a banner, I'm yelling right along with them!
fr situation h | Orage d'été au camping : tout le monde est sorti danser sous la pluie tiède en maillot, même le gérant, et ça crie de partout !
+ en situation h | Summer storm at the campsite: everyone's out dancing in the warm rain in their swimsuits, even the manager, and there's shrieking everywhere!
fr situation h | Mariage dans le jardin de mamie : les guirlandes s'allument, la fanfare entre par le portail et tout le monde se rue sur la pelouse pour danser !
+ en situation h | Wedding in Gran's garden: the fairy lights come on, the brass band marches in through the gate and everyone rushes onto the lawn to dance!
fr situation h | Bal du samedi soir au village : la place est noire de monde, l'orchestre attaque « L'Aventurier » et tout le monde saute en hurlant ! Monte le son !
+ en situation h | Saturday night dance in the village: the square is packed, the band launches into "L'Aventurier" and everyone's jumping and yelling! Turn it up!
fr situation h | Nouvel An chinois dans le 13e, les dragons dansent sous mes fenêtres, les pétards claquent, je descends en pyjama les rejoindre !
+ en situation h | Chinese New Year in the 13th arrondissement, dragons dancing under my windows, firecrackers going off, I'm heading down in my pyjamas to join them!
fr situation h | La direction vient d'annoncer que le bureau ferme une semaine de plus à Noël, tout l'open space fait la course en chaises à roulettes en criant !
+ en situation h | Management just announced the office is closing for an extra week at Christmas, the whole open-plan floor is racing about on wheelie chairs, yelling!
fr situation h | Dans le train de nuit pour Vienne, un orchestre de jeunes a sorti ses cuivres dans la voiture-bar et tout le wagon danse !
+ en situation h | On the night train to Vienna, a youth orchestra got their brass out in the bar car and the whole carriage is dancing!
fr situation h | On passe l'équateur en voilier : l'équipage est déguisé, on s'arrose à grands seaux d'eau de mer et on hurle sur le pont !
+ en situation h | We're crossing the equator on the sailing boat: the crew's in fancy dress, we're drenching each other with buckets of seawater and yelling on deck!
fr situation h | Soirée d'intégration à la fac : toute la promo sur la pelouse, une batucada, de la peinture fluo partout, je danse avec des gens rencontrés il y a deux heures !
+ en situation h | Freshers' party: the whole year group on the lawn, a samba band, neon paint everywhere, I'm dancing with people I met two hours ago!
fr situation h | Première soirée Erasmus à Lisbonne, on est cinquante nationalités à chanter « Despacito » à pleins poumons sur les marches de l'Alfama !
+ en situation h | First Erasmus night in Lisbon, fifty nationalities belting out "Despacito" on the steps of the Alfama!
fr situation h | Holi au parc : on se lance des nuages de poudre rose et jaune, la musique cogne, on est méconnaissables et on saute partout ! Mets des couleurs partout !
+ en situation h | Holi in the park: we're throwing clouds of pink and yellow powder, the music's pounding, we're unrecognisable and jumping everywhere! Colours everywhere, please!
fr situation h | Marche des fiertés : le char avance sous une pluie de confettis arc-en-ciel et je danse sur Kylie avec mon copain depuis Bastille !
+ en situation h | Pride march: the float rolls on under a shower of rainbow confetti and I've been dancing to Kylie with my boyfriend all the way from Bastille!
fr situation h | Carnaval de Dunkerque : on est serrés dans le chahut, les harengs volent depuis le balcon de la mairie et je chante à m'en casser la voix !
+ en situation h | Dunkirk carnival: we're crammed into the crush, herrings flying off the town hall balcony, and I'm singing myself hoarse!
fr situation h | Fêtes de Bayonne, tout en blanc et rouge, une banda à chaque coin de rue, on saute sans s'arrêter depuis midi ! Balance la playlist de la feria.
+ en situation h | Fêtes de Bayonne, all in white and red, a brass band on every corner, we've been jumping non-stop since noon! Throw on the feria playlist.
fr situation h | Silent disco dans la cour du musée : trois cents personnes avec des casques hurlent le même refrain au même moment !
+ en situation h | Silent disco in the museum courtyard: three hundred people in headphones screaming the same chorus at the same moment!
fr situation h | Je suis DJ, et ce soir la mariée m'a pris le micro pour lancer la chenille, toute la salle déraille !
+ en situation h | I'm a DJ, and tonight the bride grabbed my mic to start the conga, the whole room's gone off the rails!
fr situation h | Bal des pompiers du 14 Juillet : la caserne est bondée, la sono crache à fond et même le capitaine danse sur le camion !
+ en situation h | Firefighters' ball on Bastille Day: the fire station's packed, the speakers are blasting and even the captain is dancing on the fire engine!
fr situation h | Pool party de nuit à la piscine municipale : toboggan ouvert, musique à fond, les ados sautent en bombe en hurlant. Envoie les néons !
+ en situation h | Night-time pool party at the council pool: the slide's open, music blasting, teenagers cannonballing in and screaming. Bring on the neon!
fr situation h | Chauffeur de taxi, mes clients sortent d'un concert et chantent du Queen sur la banquette arrière, j'ai monté le son et on braille tous jusqu'à l'hôtel !
+ en situation h | Taxi driver: my passengers have just come out of a gig and are belting out Queen in the back, I've turned it up and we're all bellowing all the way to the hotel!
fr situation h | À la maison de retraite, le thé dansant a tourné au marathon de twist, Lucienne mène la danse à quatre-vingt-treize ans et toute la salle crie !
+ en situation h | At the care home, the tea dance has turned into a twist marathon, Lucienne is leading the way at ninety-three and the whole room is whooping!
fr situation h | Veillée au camp scout : les tambours accélèrent et soixante gamins dansent autour du feu en criant à pleins poumons !
+ en situation h | Campfire night at scout camp: the drums are speeding up and sixty kids are dancing round the fire, shouting at the tops of their lungs!
fr situation h | Première descente de la saison dans la poudreuse fraîche, on dévale la piste à cinq en hurlant comme des dingues !
+ en situation h | First run of the season in fresh powder, five of us tearing down the slope screaming like maniacs!
fr situation h | Fin des vendanges : on danse pieds nus dans la cuve de raisin en chantant à tue-tête, le vigneron compris !
+ en situation h | End of the grape harvest: we're dancing barefoot in the vat of grapes, singing at the tops of our voices, the winemaker included!
fr situation h | Enterrement de vie de jeune fille de ma sœur au cabaret : on est debout sur les chaises à hurler chaque fois que la drag queen entre en scène !
+ en situation h | My sister's hen do at a cabaret: we're standing on our chairs screaming every time the drag queen comes on stage!
fr situation h | Ma famille au Cameroun vient d'obtenir ses visas : ils seront tous là pour mon mariage, je danse dans la cuisine avec mon fiancé !
+ en situation h | My family in Cameroon just got their visas: they'll all be here for my wedding, I'm dancing round the kitchen with my fiancé!
fr situation h | Fête des marins au port : les chalutiers rentrent pavoisés, les cornes de brume mugissent et tout le quai danse !
+ en situation h | Sailors' festival at the harbour: the trawlers are coming in decked out in flags, foghorns booming and the whole quay dancing!
fr situation h | Sur le parking du festival, on a ouvert les coffres, la même chanson sort de dix voitures à la fois et tout le monde danse entre les tentes ! Lance un son qui envoie !
+ en situation h | In the festival car park we've opened the boots, the same song's blasting from ten cars at once and everyone's dancing between the tents! Put on something that really goes!
fr situation h | Les parents de Théo nous ont laissé le jardin pour ses seize ans : trampoline, enceinte, pistolets à eau, on hurle depuis trois heures !
+ en situation h | Théo's parents gave us the garden for his sixteenth: trampoline, speaker, water pistols, we've been screaming for three hours!
fr situation n | Apéro-concert sur la péniche du canal, le guitariste accélère et tout le pont se met à sauter, le bateau tangue !
+ en situation n | Gig and drinks on the canal barge, the guitarist speeds up and the whole deck starts jumping, the boat's rocking!
fr situation h | Au marché de nuit de Bangkok, un karaoké de rue a démarré et je chante du Dalida avec des inconnus sous les lampions !
+ en situation h | At the Bangkok night market a street karaoke has kicked off and I'm singing Dalida with total strangers under the lanterns!

# long
fr long h | Le bal du village devait finir à minuit. À une heure, le maire dansait sur l'estrade. À deux heures, on faisait la chenille autour de la fontaine. Personne n'a envie d'aller se coucher.
+ en long h | The village dance was meant to end at midnight. At one, the mayor was dancing on the stage. At two, we were doing a conga round the fountain. Nobody wants to go to bed.
fr long h | Douze heures de garde, je rentre lessivée. Dans le salon, mes colocs ont poussé les meubles et accroché une boule à facettes. Toutes mes chansons préférées passent à la suite. Je danse encore avec mes bas de contention.
+ en long h | Twelve hours on shift, I get home wiped out. In the living room my flatmates have pushed the furniture back and hung a disco ball. All my favourite songs are playing back to back. I'm still dancing in my compression socks.
fr long h | Maman a dit qu'on allait chez le dentiste. On a pris l'autoroute. Puis j'ai vu le panneau du Futuroscope. Mon petit frère et moi, on a hurlé pendant tout le parking.
+ en long h | Mum said we were going to the dentist. We got on the motorway. Then I saw the sign for Futuroscope. My little brother and I screamed the whole way across the car park.
fr long h | Je tiens le bar-tabac du village. Ce soir, la radio a passé un vieux tube et un client s'est mis à danser. Puis deux, puis tout le bar. À minuit, on dansait dehors sous les lampions.
+ en long h | I run the village bar. Tonight the radio played an old hit and one customer started dancing. Then two, then the whole bar. By midnight we were dancing outside under the paper lanterns.
fr long h | On devait partir en voiture après la mairie. Ma belle-famille avait caché une fanfare derrière l'église. On a remonté la grand-rue en dansant derrière eux. Même le curé tapait dans ses mains.
+ en long h | We were meant to drive off after the town hall ceremony. My in-laws had hidden a brass band behind the church. We danced all the way up the high street behind them. Even the priest was clapping along.
fr long h | Croisière sur le Rhin pour les soixante ans de papa. Le DJ du bateau a repéré notre table. Il a enchaîné les tubes de sa jeunesse. Papa a fini debout sur le pont, la cravate sur la tête, toute la famille hurlant autour de lui.
+ en long h | A Rhine cruise for Dad's sixtieth. The boat's DJ spotted our table. He played the hits of Dad's youth one after another. Dad ended up standing on deck with his tie round his head, the whole family yelling around him.

# negation
fr negation h | Non, je ne suis pas simplement content : les copains viennent de débarquer avec une sono sur une brouette et je saute dans tout le jardin !
+ en negation h | No, I'm not just pleased: my mates have just rolled up with a sound system in a wheelbarrow and I'm bouncing all over the garden!
fr negation h | Personne n'a rien gagné, ce n'est pas une victoire, c'est juste une fête de dingue sur la plage et je ne veux pas que ça s'arrête !
+ en negation h | Nobody's won anything, it's not a victory, it's just a crazy party on the beach and I don't want it to stop!
fr negation h | Ne me parle pas de dormir : le carnaval passe sous mes fenêtres et je descends danser avec eux !
+ en negation h | Don't talk to me about sleep: the carnival's going past my windows and I'm heading down to dance with them!
fr negation h | Ce n'est pas de l'angoisse, si mes mains tremblent c'est que mon frère vient de m'annoncer qu'il rentre d'Antarctique pour mon anniversaire !
+ en negation h | It's not nerves, my hands are shaking because my brother just told me he's coming back from Antarctica for my birthday!

# mixed
fr mixed h | J'ai de la boue jusqu'aux genoux et plus de voix, mais le festival bat son plein et je saute comme jamais !
+ en mixed h | I'm knee-deep in mud and I've lost my voice, but the festival's in full swing and I'm jumping like never before!
fr mixed h | Ces talons me tuent, mais le mariage part en folie et je danse pieds nus sur la pelouse avec toute la famille !
+ en mixed h | These heels are killing me, but the wedding's gone wild and I'm dancing barefoot on the lawn with the whole family!
fr mixed h | Un pincement au cœur que mamie ne soit plus là pour voir ça, mais toute la famille danse dans la cour et je crie de joie avec eux !
+ en mixed h | A pang that Gran isn't here any more to see this, but the whole family is dancing in the courtyard and I'm shouting with joy along with them!
fr mixed h | Crevé par ma garde de nuit, mais mon copain vient de m'annoncer qu'il m'embarque à Barcelone ce soir, et je saute partout dans l'appart !
+ en mixed h | Shattered after my night shift, but my boyfriend just told me he's whisking me off to Barcelona tonight, and I'm bouncing all round the flat!

# informal french
fr situation h | TROP OUF le Tour passe devant chez ma grand-mère et toute la rue hurle
fr situation h | ma coloc a gagné deux places pour le Hellfest et c'est MOI qu'elle emmène AAAAH
fr situation h | soirée d'inté de malade, on est couverts de peinture fluo et on danse sur les tables du BDE
fr situation h | mdrrr les cousins ont débarqué avec une sono sur la remorque du tracteur, tout le hameau danse
fr situation h | il neige pour la 1ère fois de ma vie jcours partout comme une folle dans la cour de la résidence
fr situation h | la banda vient d'arriver sur la piste et tout le monde saute, même tonton avec sa hanche en titane

# casual english
en situation h | northern lights out of NOWHERE, all of us screaming in our pyjamas in the snow
en situation h | the whole hostel is doing a conga line through the kitchen, it's 2am and nobody cares
en situation h | my sister just walked into my flat after two years in Korea and I'm literally screaming
en situation h | silent disco on the beach and 300 people just screamed the chorus at the same time
"""

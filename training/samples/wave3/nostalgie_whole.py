"""nostalgie: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: objects, home, childhood
fr long l | En rangeant le garage, je suis tombé sur mon vieux walkman et une cassette enregistrée à la radio en 1994, avec la voix de l'animateur qui coupe le début des chansons. Je l'ai écoutée en entier, assis sur un carton. Mets-moi une lumière douce.
+ en long l | Tidying the garage, I came across my old Walkman and a tape recorded off the radio in 1994, with the DJ talking over the start of every song. I listened to the whole thing sitting on a cardboard box. Soft lights, please.
en long l | Walking past the bakery on the street where I grew up, the smell of almond croissants took me straight back to Saturday mornings: Dad behind his newspaper, me picking the flaked almonds off the top. I stood on the pavement for a good minute.
+ fr long l | En passant devant la boulangerie de la rue de mon enfance, l'odeur des croissants aux amandes m'a ramenée tout droit aux samedis matin : papa derrière son journal, moi qui picorais les amandes effilées. Je suis restée une bonne minute sur le trottoir.
fr long l | Ma fille a trouvé mes cahiers de CE2 chez ma mère. Les lignes d'écriture, les bons points collés, la rédaction sur « mon plus beau souvenir de vacances » à l'île d'Oléron. Elle rit, et moi je revois très exactement la cabane de plage bleue.
+ en long l | My daughter found my Year 3 exercise books at my mum's. The handwriting lines, the gold stars stuck in, the essay on "my best holiday memory" on the Île d'Oléron. She laughs, and I can see that blue beach hut exactly as it was.
en long l | Clearing out the loft, I found the programme from our first school play, with my name spelled wrong and the teacher's notes in the margin. Mrs Dupuis, who made us rehearse in that freezing gym. I can still hear her clapping out the rhythm.
+ fr long l | En vidant le grenier, j'ai retrouvé le programme de notre premier spectacle d'école, avec mon nom mal orthographié et les notes de la maîtresse dans la marge. Madame Dupuis, qui nous faisait répéter dans ce gymnase glacial. J'entends encore ses mains battre la mesure.
fr long l | Ma mère m'a rendu mon doudou lapin, retrouvé au fond d'une malle. Il a perdu une oreille et sent encore un peu la lessive de l'époque. Je l'ai posé sur l'étagère de la chambre du bébé, en repensant à la maison de Toulouse et au papier peint à fleurs.
+ en long l | My mum gave me back my toy rabbit, found at the bottom of a trunk. He's lost an ear and still smells faintly of the washing powder from back then. I put him on the shelf in the baby's room, thinking of the house in Toulouse and its flowery wallpaper.
en long l | We used to have a phone in the hallway, and I'd sit on the stairs for hours with the curly cord stretched round the corner so my parents couldn't hear. My kids will never know what that felt like, and I sort of miss it.
+ fr long l | On avait le téléphone dans l'entrée, et je passais des heures assise dans l'escalier, le fil en tire-bouchon tendu au coin du mur pour que mes parents n'entendent pas. Mes enfants ne sauront jamais ce que c'était, et ça me manque un peu.
# long: music, screens, games
fr long l | Le groupe de mes vingt ans repasse en concert à Lille, trente ans plus tard. Les musiciens ont les cheveux gris, nous aussi. Aux premières notes de notre chanson, Karim m'a pris par l'épaule, comme dans le minibus de la tournée de 1996.
+ en long l | The band from when I was twenty is playing Lille again, thirty years on. The musicians have grey hair, and so do we. At the first notes of our song, Karim put his arm round my shoulder, just like in the minibus on the 1996 tour.
fr long l | On a revu la série qu'on regardait en famille le vendredi soir quand on avait dix ans. Les effets spéciaux sont ridicules, le générique n'en finit pas. Ma sœur et moi l'avons chanté par cœur, comme à l'époque, affalées sur le même canapé.
+ en long l | We rewatched the show the family used to watch on Friday nights when we were ten. The special effects are ridiculous, the theme tune goes on forever. My sister and I sang it by heart like back then, slumped on the same sofa.
fr long l | Mon fils vient d'avoir sa première console. En l'aidant, j'ai retrouvé le jeu de plateforme sur lequel je passais mes mercredis avec mon cousin. La musique du premier niveau m'a ramené dans sa chambre, rideaux tirés, paquet de chips entre nous.
+ en long l | My son just got his first console. Helping him set it up, I found the platform game I used to spend my Wednesdays on with my cousin. The first-level music took me back to his bedroom, curtains drawn, a bag of crisps between us.
en long l | Found a voice note from our student flat in Lyon, ten years ago: four of us arguing over pasta, the radiator clanking, someone's terrible guitar. We're scattered across three countries now. I played it twice in the car before starting the engine.
+ fr long l | J'ai retrouvé un mémo vocal de notre coloc étudiante à Lyon, il y a dix ans : quatre voix qui se disputent pour des pâtes, le radiateur qui cogne, une guitare atroce. On est éparpillés dans trois pays maintenant. Je l'ai écouté deux fois dans la voiture avant de démarrer.
# long: places, travel, homesickness
fr long l | Je suis repassé devant mon ancien lycée en allant au travail. Le banc où on séchait l'anglais est toujours là, un peu plus tagué. J'ai presque eu envie de m'asseoir et d'attendre que les copains arrivent en mobylette.
+ en long l | I drove past my old secondary school on my way to work. The bench where we used to skip English is still there, with a bit more graffiti. I almost felt like sitting down and waiting for my mates to turn up on their mopeds.
fr long l | En Bretagne cet été, on a loué une maison à deux rues de celle de mes grands-parents. Les hortensias, le crachin du matin, le clapotis contre la cale. Chaque soir, je faisais un détour pour passer devant leur portail vert.
+ en long l | In Brittany this summer we rented a house two streets from my grandparents' old one. The hydrangeas, the morning drizzle, the lapping against the slipway. Every evening I made a detour to walk past their green gate.
fr long l | Depuis que je vis à Montréal, je guette les fromages français à l'épicerie. Hier, j'ai trouvé un vrai comté. Une bouchée, et j'étais dans la cuisine de mes parents à Besançon, la radio allumée, le pain posé sur la toile cirée.
+ en long l | Since moving to Montreal, I keep an eye out for French cheese at the grocer's. Yesterday I found a real Comté. One bite and I was in my parents' kitchen in Besançon, radio on, bread on the oilcloth.
en long l | My first car was a rusty little hatchback with a tape deck that only played side A. This morning I saw the same model, same faded red, parked outside the chemist's. I walked round it twice like an idiot, grinning.
+ fr long l | Ma première voiture était une petite citadine rouillée avec un autoradio à cassettes qui ne lisait que la face A. Ce matin, j'ai vu le même modèle, même rouge délavé, garé devant la pharmacie. J'en ai fait deux fois le tour comme un idiot, le sourire aux lèvres.
en long l | Every August we drove down to Spain in the old estate car, no air conditioning, my brother and I stuck to the seats, Mum passing peaches back over her shoulder. Today my own kids dozed off on the motorway with their tablets, and I caught myself humming the song we always sang at the border.
+ fr long l | Chaque mois d'août, on descendait en Espagne dans le vieux break, sans clim, mon frère et moi collés aux sièges, maman qui nous tendait des pêches par-dessus son épaule. Aujourd'hui, mes enfants se sont endormis sur l'autoroute avec leurs tablettes, et je me suis surpris à fredonner la chanson qu'on chantait toujours à la frontière.
fr long l | Premier jour des vendanges, j'entends les tracteurs passer sous la fenêtre. Il y a vingt ans, j'étais dans les rangs avec les cousins, les mains collantes de raisin, et le soir on traînait à table dans la grange jusqu'à minuit.
+ en long l | First day of the grape harvest, and I can hear the tractors going past under the window. Twenty years ago I was out in the rows with my cousins, hands sticky with grapes, and in the evening we'd linger at the table in the barn till midnight.
# long: letters, friends, seasons
fr long l | J'ai retrouvé la lettre que ma correspondante allemande m'a écrite en 1989, juste après la chute du Mur. Son français maladroit, les autocollants, la photo d'elle devant la porte de Brandebourg. On s'est écrit pendant dix ans, chaque mois, à la main.
+ en long l | I found the letter my German pen pal wrote me in 1989, just after the Wall came down. Her clumsy French, the stickers, the photo of her in front of the Brandenburg Gate. We wrote to each other for ten years, every month, by hand.
fr long l | Mon vieux copain d'internat m'a envoyé une photo de notre dortoir prise en 1982 : posters de Goldorak, lits en fer, une guitare à qui il manquait deux cordes. On en a parlé au téléphone pendant deux heures, comme si on avait encore quinze ans.
+ en long l | My old boarding-school friend sent me a photo of our dormitory from 1982: Grendizer posters, iron beds, a guitar missing two strings. We talked about it on the phone for two hours as if we were fifteen again.
fr long l | Au marché de Noël, une dame vendait des marrons chauds dans un cornet de papier journal, exactement comme le vieux monsieur devant la gare quand j'étais petite. J'en ai acheté deux cornets, pour les tenir dans mes mains plus que pour les manger.
+ en long l | At the Christmas market a woman was selling hot chestnuts in a newspaper cone, exactly like the old man outside the station when I was little. I bought two cones, more to hold them in my hands than to eat them.
en long l | The fair is back on the village green this weekend. Same dodgems, same music a bit too loud, same smell of candyfloss. At twelve I used to blow all my pocket money there with my cousins, and tonight I'm the one holding a little hand. Warm amber light, please.
+ fr long l | La fête foraine est revenue sur la place du village ce week-end. Les mêmes autos tamponneuses, la même musique un peu trop forte, la même odeur de barbe à papa. À douze ans, j'y dépensais tout mon argent de poche avec mes cousins, et ce soir c'est moi qui tiens une petite main. Lumière ambrée, s'il te plaît.

# negation
fr negation l | Ce n'est pas de la tristesse, c'est plus doux que ça : je feuillette l'album de notre voyage de noces à Venise et je souris devant nos coupes de cheveux.
+ en negation l | It's not sadness, it's softer than that: I'm leafing through our Venice honeymoon album and smiling at our haircuts.
en negation l | I'm not unhappy where I live now, I just miss the smell of the sea in Brest in the morning, and the foghorn I used to fall asleep to.
+ fr negation l | Je ne suis pas malheureuse là où je vis, c'est juste que l'odeur de la mer le matin à Brest me manque, et la corne de brume qui m'endormait.
fr negation l | Je ne regrette rien, vraiment, mais la chanson de notre bal de fin d'année passe à la radio et je revois le gymnase décoré de guirlandes en papier crépon.
+ en negation l | I don't regret anything, really, but the song from our end-of-year dance is on the radio and I can see the gym decked out in crêpe-paper streamers.
fr negation l | Non, je ne déprime pas. J'ai juste ressorti les vinyles de mon père et je revis les dimanches où il faisait danser maman dans le salon.
+ en negation l | No, I'm not depressed. I've just got my dad's old records out and I'm reliving the Sundays when he'd dance Mum round the living room.
en negation l | Not sad, no. It's just that the kids have outgrown the treehouse, and whenever I see it from the kitchen I remember them shouting secret passwords up there.
+ fr negation l | Pas triste, non. C'est juste que les enfants sont devenus trop grands pour la cabane, et chaque fois que je la vois de la cuisine, je les entends crier leurs mots de passe secrets là-haut.
fr negation l | Je n'ai pas envie de revenir en arrière, mais l'odeur de craie dans la classe de ma fille m'a ramené trente ans plus tôt, debout au tableau à réciter une fable.
+ en negation l | I don't want to go back, but the smell of chalk in my daughter's classroom took me thirty years back, standing at the blackboard reciting a poem.
fr negation l | Pas de chagrin, juste un pincement tendre : la cabine téléphonique du village, celle d'où j'appelais mon premier amour, est devenue une boîte à livres.
+ en negation l | No heartache, just a tender little pang: the village phone box I used to call my first love from has been turned into a book-swap box.
en negation l | I'm not homesick exactly, but when my Portuguese neighbour grilled sardines tonight, I was suddenly back on my aunt's balcony in Porto in August.
+ fr negation l | Ce n'est pas vraiment le mal du pays, mais quand mon voisin portugais a grillé des sardines ce soir, je me suis retrouvée d'un coup sur le balcon de ma tante à Porto, en août.
fr negation l | Je ne dis pas que c'était mieux avant, mais les goûters chez ma grand-mère, tartines beurre-chocolat devant les dessins animés, je les revivrais bien une fois.
+ en negation l | I'm not saying things were better back then, but those after-school snacks at Grandma's, bread with butter and chocolate in front of the cartoons, I'd live them again just once.
fr negation l | Je ne pleure pas, je souris : ma coloc de fac m'a envoyé la photo de notre premier appart, avec le canapé orange récupéré dans la rue.
+ en negation l | I'm not crying, I'm smiling: my uni flatmate sent me a photo of our first flat, with the orange sofa we rescued from the street.
en negation l | Not bored, just a bit lost in the past tonight: I've been scrolling through old photos of our band rehearsals in my parents' garage.
+ fr negation l | Je ne m'ennuie pas, je suis juste un peu perdu dans le passé ce soir : je fais défiler les vieilles photos de nos répétitions dans le garage de mes parents.
fr negation l | Ça ne me rend pas triste que la vieille maison soit vendue, j'y repense avec tendresse : les parties de cache-cache au grenier, l'odeur de confiture en septembre.
+ en negation l | It doesn't make me sad that the old house has been sold; I think back on it fondly: hide-and-seek in the attic, the smell of jam in September.

# mixed
fr mixed l | Un peu fatigué après le déménagement de ma mère, mais surtout plein de souvenirs : chaque objet emballé me ramenait à un Noël ou à des vacances d'enfance.
+ en mixed l | A bit tired after moving my mum, but mostly full of memories: every object I wrapped took me back to a Christmas or a childhood holiday.
en mixed l | A bit amused, mostly nostalgic: my son is wearing exactly the same baggy jeans I wore in 1998, and he thinks they're new.
+ fr mixed l | Un peu amusé, surtout nostalgique : mon fils porte exactement le même jean baggy que moi en 1998, et il croit que c'est nouveau.
fr mixed l | Content de mon nouvel appart à Lille, mais ce soir j'ai surtout le mal du pays : les cigales de Provence me manquent, et le pastis à l'ombre avec les voisins.
+ en mixed l | Happy with my new flat in Lille, but tonight I'm mostly homesick: I miss the cicadas in Provence, and pastis in the shade with the neighbours.
fr mixed l | J'ai ri en revoyant la vidéo de notre mariage, mais ce qui reste surtout, c'est une douce nostalgie : tous les amis réunis, la piste de danse sous le tilleul.
+ en mixed l | I laughed watching our wedding video again, but what lingers most is a gentle nostalgia: all our friends together, the dance floor under the lime tree.
en mixed l | Happy for my little sister heading off to uni, but mostly I keep thinking of the summers we shared a room at Grandma's, whispering till midnight.
+ fr mixed l | Heureuse pour ma petite sœur qui part à la fac, mais surtout je repense aux étés où on partageait la chambre chez mamie, à chuchoter jusqu'à minuit.
fr mixed l | Un peu de fierté de voir mon fils entrer en sixième, et beaucoup de nostalgie : c'est mon ancien collège, même préau, même sonnerie.
+ en mixed l | A little pride watching my son start secondary school, and a lot of nostalgia: it's my old school, same playground shelter, same bell.
fr mixed l | Agacé au début par les bouchons, puis emporté ailleurs : la radio a passé le tube de l'été de mes dix-sept ans, celui du camping à Biarritz.
+ en mixed l | Annoyed by the traffic at first, then carried away: the radio played the summer hit from when I was seventeen, the one from the campsite in Biarritz.
en mixed l | Slightly embarrassed, mostly wistful: my mum showed my girlfriend the video of me singing at the school talent show in 2005.
+ fr mixed l | Un peu gêné, surtout rêveur et ému : ma mère a montré à ma copine la vidéo où je chante au spectacle de l'école en 2005.
fr mixed l | Heureuse d'être à la retraite, bien sûr, mais en passant devant l'usine ce matin, j'ai surtout repensé aux pauses café avec les collègues de l'équipe de nuit.
+ en mixed l | Happy to be retired, of course, but walking past the factory this morning, mostly I thought back to the coffee breaks with the night-shift crew.
fr mixed l | Curieux de tester la nouvelle version du jeu, mais surtout nostalgique : c'est celui auquel je jouais avec mon frère sur la vieille télé cathodique du salon.
+ en mixed l | Curious to try the new version of the game, but mostly nostalgic: it's the one my brother and I used to play on the old CRT telly in the living room.
en mixed l | A little tired of unpacking, but mostly drifting back in time: the box of letters from my pen pal in Quebec, the smell of the paper, our plans to meet one day.
+ fr mixed l | Un peu lasse des cartons, mais surtout replongée dans le passé : la boîte de lettres de ma correspondante québécoise, l'odeur du papier, nos projets de nous rencontrer un jour.
fr mixed l | Un peu de mélancolie, beaucoup de tendresse : ma fille a enfilé le gilet que ma mère m'avait tricoté pour mes dix ans.
+ en mixed l | A touch of melancholy, a lot of tenderness: my daughter has put on the cardigan my mum knitted me for my tenth birthday.
fr mixed n | Ravi de la soirée d'anciens élèves, mais surtout resté coincé en 1985 toute la soirée : les blagues de la classe, le prof de physique, la kermesse de juin.
+ en mixed n | Delighted with the school reunion, but mostly stuck in 1985 all evening: the class jokes, the physics teacher, the June fête.
"""

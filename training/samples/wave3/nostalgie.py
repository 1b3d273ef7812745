"""nostalgie: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: family, kids, partner, friends, neighbours
fr situation n | J'ai retrouvé dans un carton mon cahier de CE1, avec les bons points encore collés dedans.
+ en situation n | Found my Year 2 exercise book in a box, with the gold stars still stuck inside.
fr situation n | Ma fille vient d'enfiler le pull que ma mère m'avait tricoté quand j'avais son âge.
+ en situation n | My daughter just pulled on the jumper my mum knitted for me when I was her age.
fr situation n | Le petit dernier entre au collège, et hier encore il fallait lui tenir la main pour traverser.
+ en situation n | My youngest starts secondary school, and it feels like yesterday I was holding his hand to cross the road.
fr situation n | On a remis le CD qui tournait en boucle dans la voiture pendant notre premier été ensemble.
+ en situation n | We put on the CD that was on repeat in the car during our first summer together.
fr situation n | Retrouvailles des anciens du lycée samedi, quelqu'un a ressorti les photos du bal de fin d'année 2004.
+ en situation n | High-school reunion on Saturday, and someone dug out the photos from the 2004 leavers' ball.
fr situation n | La voisine m'a rappelé qu'elle me gardait le mercredi quand j'avais six ans, avec ses crêpes au sucre.
+ en situation n | My neighbour reminded me she used to mind me on Wednesdays when I was six, with her sugar crêpes.
fr situation n | Ma fille joue avec la dînette qui était la mienne et sert le même thé imaginaire.
+ en situation n | My daughter's playing with the toy tea set that used to be mine, pouring the same pretend tea.
fr situation n | Mon correspondant anglais de 1995 m'a retrouvé en ligne, il a gardé toutes mes lettres.
+ en situation n | My French pen pal from 1995 tracked me down online, and he's kept every one of my letters.
fr situation n | On est retournés dîner dans la crêperie de notre premier rendez-vous, même table près de la fenêtre.
+ en situation n | We went back for dinner at the crêperie from our first date, same table by the window.
fr situation l | Notre bande de la fac se retrouve dans le même bar qu'avant, sauf que tout le monde rentre à 23 h pour la baby-sitter.
+ en situation l | Our uni crowd met up in the same old bar, except now everyone heads home at 11 for the babysitter.
fr situation n | Mon aîné passe son permis demain, je revois le jour où je lui ai enlevé les petites roues.
+ en situation n | My eldest takes his driving test tomorrow, and I can still see the day I took his stabilisers off.
fr situation n | Les cousins ont créé un groupe et quelqu'un a posté la photo des vacances à La Baule en 1992. Mets une lumière qui va avec.
+ en situation n | The cousins started a group chat and someone posted the photo from our 1992 holiday at the seaside. Put on lighting to match.
fr situation l | Ma femme a retrouvé sa robe de mariée d'il y a vingt ans et l'a enfilée pour rire.
+ en situation l | My wife found her wedding dress from twenty years ago and put it on for a laugh.
fr situation n | Le carillon de l'horloge de mes parents a sonné pendant l'appel vidéo, le même qu'à chaque goûter de mon enfance.
+ en situation n | My parents' clock chimed during the video call, the same chime as every after-school snack when I was a kid.

# situations: elderly parents, home, moving house
fr situation n | Papa a installé le vieux projecteur dans le salon pour nous montrer les diapos des vacances en 2CV. Baisse un peu les lumières pour la séance.
+ en situation n | Dad set up the old projector in the living room to show us the slides from our holidays in the 2CV. Dim the lights a bit for the show.
fr situation n | Papi m'a appris à siffler avec un brin d'herbe, sur le même banc qu'il y a trente ans.
+ en situation n | Grandad showed me how to whistle with a blade of grass, on the same bench as thirty years ago.
fr situation n | En refaisant mon ancienne chambre chez mes parents, on a découvert sous le papier peint les traits qui marquaient ma taille.
+ en situation n | Redoing my old bedroom at my parents', we found the pencil marks of my height under the wallpaper.
fr situation n | La troisième marche de l'escalier chez mes parents grince toujours, celle que j'enjambais pour rentrer en douce.
+ en situation n | The third stair at my parents' place still creaks, the one I used to step over when sneaking in late.
fr situation n | Dernière nuit dans la maison où les enfants ont grandi, leurs prénoms sont gravés sur la porte du cellier. Éclairage doux pour ce soir.
+ en situation n | Last night in the house where the kids grew up, and their names are still carved into the pantry door. Gentle lighting for tonight.
fr situation n | En vidant la cave, je suis tombé sur le berceau en bois qui a servi à nos trois enfants.
+ en situation n | Clearing out the cellar, I came across the wooden cradle all three of our kids slept in.
fr situation n | On quitte Marseille, ce soir je fais le tour du Vieux-Port une dernière fois, comme chaque soir pendant dix ans.
+ en situation n | We're leaving Marseille, and tonight I'm doing my walk round the Old Port one last time, like every evening for ten years.
fr situation n | Je reconstruis la cabane dans le chêne pour mes enfants, au même endroit que celle de mes dix ans.
+ en situation n | I'm rebuilding the tree house in the oak for my kids, in the same spot as the one I had at ten.
fr situation n | Je répare le vieux vélo bleu sur lequel j'ai appris à rouler, la sonnette marche encore.
+ en situation n | Fixing up the old blue bike I learned to ride on, and the bell still works.

# situations: school, work, administration, money
fr situation n | Je suis repassé devant mon école primaire, la marelle est toujours peinte dans la cour.
+ en situation n | I walked past my old primary school and the hopscotch is still painted in the playground.
fr situation n | Mon fils rapporte la même méthode de lecture que celle que j'avais en CP.
+ en situation n | My son's come home with the very same reading book I learned from in first grade.
fr situation n | L'odeur de la colle blanche dans le cartable de mon fils, et me voilà en maternelle en une seconde.
+ en situation n | The smell of the white paste in my son's school bag, and I'm back in nursery school in a heartbeat.
fr situation n | Dernier jour dans le bureau où j'ai passé quinze ans, je décroche une à une les cartes postales du mur.
+ en situation n | Last day in the office I've worked in for fifteen years, taking the postcards off the wall one by one.
fr situation l | Un ancien collègue m'a envoyé la photo de l'équipe en 2009, à l'époque on avait tous des cheveux.
+ en situation l | An old colleague sent me a photo of the team in 2009, back when we all still had hair.
fr situation n | Un stagiaire m'a demandé ce qu'était un fax, et j'ai revu mon premier bureau avec ses néons qui grésillaient.
+ en situation n | An intern asked me what a fax was, and I pictured my first office with its buzzing strip lights.
fr situation n | En triant les papiers, je tombe sur ma première fiche de paie, en francs, avec mon badge de stagiaire agrafé dessus.
+ en situation n | Sorting through paperwork, I found my first payslip, still in francs, with my intern badge stapled to it.
fr situation n | En renouvelant mon passeport, j'ai revu la photo de l'ancien : j'avais 19 ans et tout le monde à découvrir.
+ en situation n | Renewing my passport, I looked at the photo in the old one: I was 19 with the whole world ahead of me.
fr situation n | Un vieux billet de cent francs est tombé d'un livre, à l'époque ça payait une semaine de goûters.
+ en situation n | An old hundred-franc note fell out of a book; back then that covered a week of after-school treats.

# situations: food, cooking, health
fr situation n | Mon père m'a refait ses gaufres du dimanche, exactement comme quand on était petits.
+ en situation n | Dad made me his Sunday waffles again, exactly like when we were little.
fr situation n | Je cherche à retrouver le goût du gratin de ma tante, celui des grandes tablées de Noël.
+ en situation n | I'm trying to recreate my aunt's gratin, the one from those big Christmas family dinners.
fr situation n | Un Carambar dans la boîte à gants, et la blague sur le papier me ramène direct en colonie.
+ en situation n | A toffee in the glovebox, and the joke on the wrapper takes me straight back to summer camp.
fr situation n | J'ai trouvé au marché les bonbons à la violette qu'on achetait avec trois pièces au tabac du village.
+ en situation n | Found the violet sweets at the market that we used to buy with a few coins at the village shop.
fr situation n | Le pot-au-feu mijote depuis ce matin et la maison sent les dimanches d'hiver à la ferme. Lumière douce, s'il te plaît.
+ en situation n | The beef stew's been simmering since morning and the house smells like winter Sundays on the farm. Soft light, please.
fr situation n | Galette à la frangipane comme celle de la boulangerie en bas de chez mamie, quand c'était moi sous la table qui distribuais les parts.
+ en situation n | Almond king cake just like the one from the bakery below Gran's flat, back when I was the one under the table handing out slices.
fr situation n | L'odeur du sirop pour la toux me ramène chez ma grand-mère, enroulé dans sa couverture à carreaux.
+ en situation n | The smell of cough syrup takes me back to my gran's, wrapped up in her checked blanket.

# situations: homesickness, travel, transport
fr situation n | Six mois à Montréal et je donnerais tout pour un dimanche midi chez mes parents en Bretagne.
+ en situation n | Six months in Montreal and I'd give anything for a Sunday lunch at my parents' in Brittany.
fr situation n | Ici à Berlin, je cherche partout un pain comme celui de la boulangerie de mon village.
+ en situation n | Here in Berlin I'm hunting everywhere for bread like the bakery back in my village made.
fr situation n | Ma mère m'a envoyé un colis avec du beurre salé et le journal régional, je l'ai lu en entier, même les avis de kermesse. Lumière chaude pour lire tout ça.
+ en situation n | Mum sent me a parcel with salted butter and the local paper, and I read every page, even the fête announcements. Warm light to read it all by.
fr situation n | Expatrié à Tokyo depuis un an, j'ai entendu l'accent du Sud-Ouest dans le métro et j'ai failli aborder le monsieur.
+ en situation n | A year into living in Tokyo, I heard a south-west French accent on the metro and nearly went up to the man.
fr situation n | Noël sans la grande tablée de Lyon cette année, on est juste tous les deux à Singapour. Mets-nous une ambiance qui va avec.
+ en situation n | No big family Christmas in Lyon this year, it's just the two of us in Singapore. Give us an ambience to match.
fr situation n | À Naples dans la ruelle où je logeais en Erasmus, la pizzeria d'en bas n'a pas changé.
+ en situation n | In Naples, on the little street where I lived during my exchange year, and the pizzeria downstairs hasn't changed.
fr situation n | De retour en Algérie pour la première fois depuis l'enfance, la rue de ma tante sent toujours le jasmin.
+ en situation n | Back in Algeria for the first time since I was a child, and my aunt's street still smells of jasmine.
fr situation n | L'odeur de crème solaire à l'aéroport, et hop, j'ai huit ans à Palavas avec mon seau et ma pelle.
+ en situation n | The smell of sun cream at the airport, and suddenly I'm eight again at the beach with my bucket and spade.
fr situation n | Le vieux train Corail qu'on prenait pour aller chez mamie refait un trajet spécial aujourd'hui.
+ en situation n | The old intercity train we used to take to Gran's is doing a special run today.
fr situation l | Une 2CV jaune garée dans la rue, on avait la même pour descendre dans le Sud.
+ en situation l | A yellow 2CV parked in the street, just like the one we drove down south in every summer.

# situations: weather, nature, garden, seasons
fr situation n | Première odeur de pluie sur le bitume chaud, comme les soirs d'août au camping quand j'avais dix ans.
+ en situation n | First smell of rain on hot tarmac, like August evenings at the campsite when I was ten.
fr situation n | Un orage d'été, et je me revois sous la tente avec mes frères à compter les secondes après l'éclair. Accompagne ça en lumière, s'il te plaît.
+ en situation n | A summer storm, and I'm back in the tent with my brothers counting the seconds after the lightning. Match that with the lights, please.
fr situation n | La forêt de pins sent exactement comme les étés chez les cousins, du côté d'Arcachon.
+ en situation n | The pine forest smells exactly like those summers at our cousins' by the Atlantic.
fr situation n | Les groseilles du jardin ont le goût de celles qu'on chipait chez papi en rentrant de l'école.
+ en situation n | The redcurrants in the garden taste just like the ones we used to pinch at Grandad's on the way home from school.
fr situation n | Le lilas a fleuri, le même parfum que sous la fenêtre de ma chambre d'ado.
+ en situation n | The lilac's in bloom, the same scent as under my bedroom window when I was a teenager.
fr situation n | Des lucioles au fond du jardin ce soir, comme chez ma nourrice les soirs d'été.
+ en situation n | Fireflies at the bottom of the garden tonight, like at my childminder's on summer evenings.
fr situation n | Première neige : j'ai ressorti la luge en bois avec mes initiales peintes par mon père.
+ en situation n | First snow: I got out the wooden sledge with my initials that Dad painted on.
fr situation n | Feuilles mortes et odeur de cahiers neufs, la rentrée de mes huit ans me revient d'un coup. Quelque chose de doux pour la lumière ?
+ en situation n | Fallen leaves and the smell of new exercise books, and my first day back at school aged eight comes flooding back. Something gentle for the lights?
fr situation n | Balade sur la falaise où mon père m'emmenait pêcher la crevette à marée basse.
+ en situation n | Walking along the cliff where Dad used to take me shrimping at low tide.

# situations: music, films, books, games, tech, hobbies, sport
fr situation n | La radio passe la chanson de mon premier slow, à la boum de quatrième.
+ en situation n | The radio's playing the song from my first slow dance at the school disco when I was thirteen.
fr situation n | J'ai retrouvé mes cassettes enregistrées à la radio, avec la voix de l'animateur qui coupe le début. Une musique de ces années-là ?
+ en situation n | Found my old tapes recorded off the radio, with the DJ talking over the start of every song. Some music from back then?
fr situation n | Je réécoute l'album qu'on passait en boucle à l'internat, je sens encore l'odeur du couloir. Envoie une ambiance dans ce ton-là.
+ en situation n | Listening again to the album we played non-stop at boarding school, I can almost smell the corridor. Something in that vein, please.
fr situation n | Papa a ressorti sa guitare et joue les chansons de Brassens qu'il nous chantait pour nous endormir.
+ en situation n | Dad got his guitar out and is playing the old folk songs he used to sing us to sleep with.
fr situation n | On regarde avec les enfants le dessin animé que je connaissais par cœur en VHS. Lance une ambiance en accord, s'il te plaît.
+ en situation n | Watching the cartoon with the kids that I knew by heart on VHS. Put on something in keeping, please.
fr situation n | Le générique de cette série, c'est les goûters devant la télé après l'école.
+ en situation n | The theme tune of this show is after-school snacks in front of the telly.
fr situation n | J'ai rouvert le Club des Cinq que je lisais sous la couette à la lampe de poche.
+ en situation n | I opened the Famous Five book I used to read under the covers by torchlight.
fr situation n | Dans un bouquiniste, j'ai trouvé le même dictionnaire illustré que celui de la classe de madame Roux.
+ en situation n | In a secondhand bookshop I found the same picture dictionary we had in Mrs Roux's class.
fr situation n | Game Boy ressortie du grenier, les piles tiennent encore et ma sauvegarde Pokémon est toujours là. Mets une ambiance qui colle.
+ en situation n | Got the Game Boy down from the loft, the batteries still work and my Pokémon save is still there. Set a mood that fits.
fr situation n | Partie de Mario Kart avec mon frère sur la vieille console, vingt-cinq ans après, sur le même canapé.
+ en situation n | Mario Kart with my brother on the old console, twenty-five years later, on the same sofa.
fr situation l | Jeu des 7 familles retrouvé dans un tiroir, il manque toujours la fille du boulanger.
+ en situation l | Found the old Happy Families deck in a drawer, and the baker's daughter is still missing.
fr situation n | Mon téléphone m'affiche « il y a dix ans aujourd'hui » : nous deux sur un quai de Lisbonne avec nos sacs à dos. Ambiance de circonstance, merci.
+ en situation n | My phone's showing me "ten years ago today": the two of us on a quay in Lisbon with our backpacks. Something fitting, thanks.
fr situation n | J'ai rallumé mon vieux Nokia, les textos de l'époque sont encore dans la mémoire.
+ en situation n | I switched my old Nokia back on and all the texts from back then are still saved.
fr situation n | Le bruit du modem dans une vidéo m'a ramené à mes premières soirées sur MSN.
+ en situation n | The sound of a dial-up modem in a video took me right back to my first evenings on MSN.
fr situation n | J'ai ressorti l'album de timbres que mon oncle et moi on remplissait le dimanche après-midi.
+ en situation n | I got out the stamp album my uncle and I used to fill on Sunday afternoons.
fr situation n | J'ai monté le train électrique de mon père sous le sapin, comme il le faisait pour nous.
+ en situation n | I set up Dad's electric train set under the Christmas tree, the way he used to for us.
fr situation n | J'ai rechaussé mes crampons pour un match des anciens du club, trente ans après.
+ en situation n | Laced up my boots for a club old boys' match, thirty years on.
fr situation n | Ils rediffusent la finale de 98, et je revois tout le salon de mes parents en train de sauter.
+ en situation n | They're replaying the '98 final and I can see my parents' whole living room jumping up and down.
fr situation n | Je suis passé devant le terrain municipal, les buts rouillés où on jouait jusqu'à la nuit.
+ en situation n | I went past the council pitch with the rusty goalposts where we'd play until it got dark.
fr situation n | Le journal local dit que le vieux cinéma du centre fête ses 80 ans, j'y ai vu tous les Disney de mon enfance.
+ en situation n | The local paper says the old town-centre cinema is turning 80; I saw every Disney film of my childhood there.

# situations: pets and the rest
fr situation n | Je regarde les vidéos de Filou quand il était chiot, et je revois notre premier appart plein de cartons.
+ en situation n | Watching videos of Filou as a puppy, and I can see our first flat full of boxes again.
fr situation l | Le chat du voisin ressemble trait pour trait à Moustache, le chat de mon enfance, jusqu'à la tache sur le nez.
+ en situation l | The neighbour's cat is the spitting image of Whiskers, the cat I had as a kid, right down to the spot on his nose.
fr situation n | Tamagotchi retrouvé au fond d'un tiroir, j'entends encore la sonnerie dans la cour de récré.
+ en situation n | Found a Tamagotchi at the back of a drawer, and I can still hear it beeping in the school playground.
fr situation n | Les anciens de la chorale ont chanté notre vieux répertoire au mariage, et vingt ans se sont envolés. Lumières chaudes et tamisées.
+ en situation n | The old choir members sang our old repertoire at the wedding and twenty years just vanished. Warm, low lights.

# explicit
fr explicit n | J'ai le mal du pays ce soir.
+ en explicit n | I'm homesick tonight.
fr explicit n | Le passé me rattrape, j'aimerais revenir vingt ans en arrière.
+ en explicit n | The past has caught up with me, I wish I could go back twenty years.
fr explicit n | Ça me fait un pincement au cœur de repenser à nos étés d'avant.
+ en explicit n | I get a little pang thinking back to our summers back then.
fr explicit n | Je suis d'humeur à feuilleter les vieux albums photo.
+ en explicit n | I'm in the mood to leaf through the old photo albums.
fr explicit n | Le bon vieux temps me manque.
+ en explicit n | I miss the good old days.
fr explicit n | Je vis un peu dans le passé ce soir.
+ en explicit n | I'm living in the past a bit tonight.
fr explicit n | Tout me ramène à mon enfance aujourd'hui.
+ en explicit n | Everything's taking me back to my childhood today.
fr explicit n | Douce mélancolie de mes années lycée.
+ en explicit n | Fond, wistful longing for my school years.
fr explicit n | J'ai la nostalgie de nos dimanches en famille.
+ en explicit n | I'm nostalgic for our family Sundays.
fr explicit n | Une vague de souvenirs m'emporte.
+ en explicit n | A wave of memories is sweeping over me.
fr explicit h | Ma terre natale me manque terriblement.
+ en explicit h | I miss my homeland terribly.
fr explicit n | J'ai le cœur tourné vers la maison de mon enfance.
+ en explicit n | My heart keeps drifting back to the house I grew up in.

# negation
fr negation n | Je ne suis pas triste, juste tourné vers nos années de fac.
+ en negation n | I'm not sad, just looking back on our uni years.
fr negation n | Ce n'est pas du chagrin, c'est le doux regret des vacances chez mamie.
+ en negation n | It isn't grief, it's a sweet longing for holidays at Gran's.
fr negation n | Je ne rêve pas du futur, je revis nos étés de 2005.
+ en negation n | I'm not dreaming about the future, I'm reliving our summers of 2005.
fr negation n | Pas d'humeur à faire la fête, plutôt à ressortir les vieilles photos.
+ en negation n | Not in a party mood, more in the mood to dig out the old photos.
fr negation n | Non, je n'ai pas le cafard, c'est juste cette vieille chanson qui me ramène à nos étés.
+ en negation n | No, I'm not down, it's just this old song taking me back to our summers.
fr negation n | Je ne suis pas en colère qu'on vende la maison de famille, j'y repense juste avec tendresse.
+ en negation n | I'm not angry they're selling the family house, I just think back on it fondly.
fr negation n | Je ne regrette rien de ma vie d'aujourd'hui, mais ce petit village où j'ai grandi...
+ en negation n | I don't regret a thing about my life now, but that little village where I grew up...
fr negation n | Pas vraiment au calme, plutôt replongé dans les photos de nos années lycée.
+ en negation n | Not exactly relaxing, more like diving back into photos from our school years.

# mixed
fr mixed n | Un peu fatigué, mais surtout ému en repensant à nos années d'étudiants.
+ en mixed n | A bit tired, but mostly moved thinking back to our student days.
fr mixed n | Content d'être rentré, mais le cœur encore dans notre ancien quartier de Lisbonne.
+ en mixed n | Glad to be home, but my heart's still in our old neighbourhood in Lisbon.
fr mixed n | Joyeux de revoir les cousins, avec surtout ce goût doux-amer des étés passés ensemble.
+ en mixed n | Happy to see the cousins again, but mostly that bittersweet taste of the summers we spent together.
fr mixed n | Un peu de tristesse, mais surtout de la tendresse pour ces années qui ne reviendront pas.
+ en mixed n | A little sadness, but mostly fondness for those years that won't come back.
fr mixed n | Amusé par mes vieilles coupes de cheveux, mais surtout ému de revoir cette époque.
+ en mixed n | Amused by my old haircuts, but mostly touched to see that time again.
fr mixed n | Fier de mon fils qui part à la fac, mais surtout je revois le bébé qu'il était.
+ en mixed n | Proud of my son heading off to uni, but mostly I keep seeing the baby he was.
fr mixed n | Bien installé sur le canapé, mais le cœur dans nos vacances de 1999 avec les copains.
+ en mixed n | Comfy on the sofa, but my heart's back in our 1999 holidays with the gang.
fr mixed n | Curieux de voir ce qu'est devenue mon ancienne école, et surtout ému d'y repenser.
+ en mixed n | Curious to see what's become of my old school, but mostly touched thinking back to it.

# long
fr long n | Ma mère m'a envoyé une boîte. Dedans, mes dessins de maternelle et une dent de lait. J'ai passé la soirée à tout étaler sur la table.
+ en long n | Mum sent me a box. Inside were my nursery drawings and a baby tooth. I spent the whole evening spreading it all out on the table.
fr long n | On est repassés par le village des vacances. Le camping est devenu un lotissement. Mais la boulangerie est toujours là. J'ai acheté les mêmes chouquettes.
+ en long n | We drove back through our old holiday village. The campsite's a housing estate now. But the bakery's still there. I bought the same little sugar buns.
fr long n | Mon frère a numérisé les vieilles vidéos de famille. On se voit courir dans le jardin en maillot. Papa a encore sa moustache. On a tout regardé deux fois.
+ en long n | My brother digitised the old family videos. There we are running round the garden in our swimsuits. Dad still has his moustache. We watched it all twice.
fr long n | Trois ans que j'habite à Londres. Ce matin, un marchand vendait des calissons. J'en ai acheté une boîte. J'ai pensé à Aix toute la journée.
+ en long n | Three years I've lived in London. This morning a stall was selling calissons. I bought a box. I thought about Aix all day long.
fr long n | En rangeant la voiture, j'ai trouvé une vieille cassette. C'est la compil que Léa m'avait faite au lycée. Le lecteur marche encore. J'ai fait deux fois le tour du quartier pour l'écouter jusqu'au bout.
+ en long n | Tidying the car, I found an old tape. It's the mixtape Léa made me in sixth form. The player still works. I drove round the block twice to hear it to the end.
fr long n | Les anciens de la colo de 1998 ont organisé un pique-nique. On a chanté autour du feu. Personne ne se rappelait les paroles. On les a chantées quand même.
+ en long n | The 1998 summer camp lot organised a picnic. We sang round the fire. Nobody remembered the words. We sang them anyway.
fr long n | Sur cette photo, j'ai l'âge de ma fille. Même frange, même sourire. Elle m'a demandé qui c'était. J'ai mis un moment à répondre.
+ en long n | In this photo I'm my daughter's age. Same fringe, same smile. She asked me who it was. It took me a moment to answer.
fr long n | Le café de la gare ferme dimanche. J'y prenais un chocolat chaque matin avant le lycée. Je suis passé une dernière fois. Le patron m'a reconnu.
+ en long n | The station café closes on Sunday. I had a hot chocolate there every morning before school. I stopped by one last time. The owner recognised me.

# intensity
fr intensity l | Un petit air du passé ce soir, rien de bien lourd.
+ en intensity l | A faint whiff of the old days tonight, nothing heavy.
fr intensity l | Une légère pensée pour mes années de fac en passant devant le campus.
+ en intensity l | A passing thought for my uni years as I walked by the campus.
fr intensity l | Juste un brin de mal du pays en voyant la météo de chez moi.
+ en intensity l | Just a touch of homesickness seeing the weather back home.
fr intensity h | Je donnerais n'importe quoi pour revivre un seul de ces étés chez mes grands-parents.
+ en intensity h | I'd give anything to live just one of those summers at my grandparents' again.
fr intensity h | Le mal du pays me submerge ce soir, je n'arrête pas de regarder les photos de la maison.
+ en intensity h | Homesickness is swamping me tonight, I can't stop looking at photos of home.
fr intensity h | Cette chanson m'a renvoyé trente ans en arrière d'un coup, tout me revient, absolument tout !
+ en intensity h | That song threw me thirty years back in one go, it's all coming back, every last bit of it!

# slang and emoji
fr slang_emoji n | Les vidéos de nous en 2010 😭😭 on était des bébés
fr slang_emoji n | Jpp le générique de Dragon Ball, retour direct au mercredi aprèm 🥹📺
fr slang_emoji n | Flash-back total avec ce son, ma madeleine de Proust 🥲
fr slang_emoji h | Mal du pays de ouf, envie d'un kouign-amann de chez moi 🥺
fr slang_emoji n | Les photos de la colo 2003 qui ressortent, le cœur 🥹 c'était le bon temps
fr slang_emoji n | Ma vieille DS retrouvée chez ma mère 🥲 toute mon enfance là-dedans
en slang_emoji n | throwback to summer '09 🥹 miss those days
en slang_emoji n | this song is pure childhood, brb time travelling to 2003 😭
en slang_emoji h | homesick af tonight, need my mum's cooking 🥺🏡
en slang_emoji n | found my old ipod nano 😭 the playlists tho
en slang_emoji n | saturday morning cartoons just hit different 📺🥲
en slang_emoji n | lowkey miss our uni flat, mould and all 😂🥲

# typo
fr typo n | jretrouve mes vieux cd du lycee, ca me ramene tellement en arriere
fr typo n | g trop le mal du pays ce soir, jveux rentrer chez ma mere
fr typo n | c'etait bien l'epoque ou on jouait dehors jusqu'a la nuit
fr typo l | pk les etes d'avant duraient plus longtemps
fr typo n | jsuis tombe sur les photos de la colo, ke des bons moments
fr typo n | mon ancien quartier me manque tro
en typo n | cant stop lookin at old pics of the lake house
en typo n | im so homesick rn, miss my moms kitchen
en typo n | found my old gameboy, takes me rite back to bein 10
en typo n | u remember when we'd ride bikes til dark? miss those days

# one word
fr one_word n | Le bon vieux temps...
fr one_word n | Souvenirs, souvenirs.
fr one_word n | Mal du pays.
fr one_word n | C'était hier...
en one_word n | Throwback.
en one_word n | Homesick.
en one_word n | Memory lane.
en one_word n | Those were the days.

# other languages
es situation n | He vuelto al pueblo de mis veranos de niño y la plaza sigue igual.
de explicit n | Ich habe heute Abend Heimweh nach Hamburg.
de situation n | Im Radio läuft das Lied aus unserem ersten gemeinsamen Sommer.
it situation n | Ho ritrovato le foto delle estati al mare con i cugini, che tempi.
mixed situation n | J'ai retrouvé ma vieille Game Boy, total throwback à mes dix ans.
mixed explicit n | Un peu homesick ce soir, la maison me manque.
"""

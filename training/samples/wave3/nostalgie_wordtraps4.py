"""nostalgie: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier
fr situation n | En réentendant « Wannabe », je me suis revue crier les paroles avec ma cousine dans sa chambre en 1997, une brosse à cheveux en guise de micro.
+ en situation n | Hearing "Wannabe" again, I saw myself shouting the lyrics with my cousin in her bedroom in 1997, a hairbrush for a mic.
en situation l | The paper boy used to shout the headlines under our window in Naples; no street sounds like that anymore.
+ fr situation l | Le petit vendeur de journaux criait les titres sous notre fenêtre à Naples ; plus aucune rue ne sonne comme ça aujourd'hui.
fr situation n | Les enfants crient dans la piscine municipale, et je revois nos étés à Vichy, les frites en cornet après la baignade.
+ en situation n | Kids shrieking at the public pool, and I'm back in our Vichy summers, chips in a paper cone after the swim.
# reaction: hurler
fr situation n | On hurlait « Allez les Verts » dans la tribune avec papa en 1976 ; j'ai retrouvé l'écharpe au grenier, elle sent encore la naphtaline.
+ en situation n | Dad and I used to roar "Allez les Verts" in the stand in 1976; I found the scarf in the attic, it still smells of mothballs.
en situation n | As kids we used to yell into the wind on the cliffs at Étretat every summer; that photo still hangs on my fridge.
+ fr situation n | Petits, on hurlait face au vent sur les falaises d'Étretat chaque été ; la photo est toujours sur mon frigo.
fr slang_emoji l | jviens de retomber sur la vidéo du concert d'Indochine en 2005 où on hurle comme des fous 🥹 c'était l'bon temps
+ en slang_emoji l | just found the video of the Indochine gig in 2005 where we're screaming like maniacs 🥹 those were the days
# reaction: pleurer
fr situation n | J'ai pleuré doucement devant les vieilles cassettes VHS de nos vacances à Royan, papa avec sa moustache des années 80.
+ en situation n | I cried softly over the old VHS tapes of our holidays in Royan, Dad with his eighties moustache.
en situation l | I cried a little at the class reunion, seeing the old gym where we rehearsed the end-of-year show in 1994.
+ fr situation l | J'ai un peu pleuré aux retrouvailles de la promo, en revoyant le vieux gymnase où on répétait le spectacle de fin d'année en 1994.
fr mixed n | Un peu de mélancolie parce que c'est si loin, mais surtout de la tendresse : j'ai pleuré en relisant les lettres de ma correspondante anglaise de 1989.
+ en mixed n | A touch of melancholy because it's so far back, but mostly tenderness: I cried rereading the letters from my English pen pal in 1989.
# reaction: larmes
fr situation n | Les larmes aux yeux en goûtant un flan dans une boulangerie de Lille : exactement celui des goûters de mon enfance, rue Nationale.
+ en situation n | Tears in my eyes tasting a custard tart in a Lille bakery: exactly the after-school treat of my childhood on Rue Nationale.
en situation n | Soft tears leafing through my first primary-school exercise book, thirty years on, the teacher's red stars still in the margin.
+ fr situation n | Des larmes de tendresse en feuilletant mon cahier de CP, trente ans après, avec les étoiles rouges de la maîtresse dans la marge.
fr situation l | Une larme au coin de l'œil devant une vieille 4L dans une expo : on partait en Espagne dedans, à cinq, sans clim.
+ en situation l | A tear in the corner of my eye at an old Renault 4 at a car show: we used to drive to Spain in one, five of us, no air con.
# reaction: trembler
fr situation n | La voix de ma tante tremblait un peu en chantant la berceuse créole de notre enfance à Fort-de-France.
+ en situation n | My aunt's voice trembled a little as she sang the Creole lullaby from our childhood in Fort-de-France.
en situation n | My hands trembled as I unfolded the map from our 1988 InterRail trip, coffee stains and all.
+ fr situation n | Mes mains tremblaient en dépliant la carte de notre Interrail de 1988, avec les taches de café.
# reaction: le coeur qui bat
fr situation n | Le cœur qui bat en passant devant mon ancien lycée à Tours : les mêmes marronniers sous lesquels j'attendais Julien à la sortie.
+ en situation n | My heart beat faster passing my old school in Tours: the same chestnut trees I used to wait for Julien under after class.
en situation n | My heart skipped when the old Nokia lit up with the texts from my first girlfriend, back in 2004.
+ fr situation n | Mon cœur s'est emballé quand le vieux Nokia s'est rallumé sur les SMS de ma première copine, en 2004.
# reaction: mains moites
fr situation l | Les mains moites comme à mon premier slow en entendant « Still Loving You » à un mariage ; c'était à la boum de 1987.
+ en situation l | Sweaty palms like at my first slow dance, hearing "Still Loving You" at a wedding; that was at the 1987 school party.
en situation l | I still remember the sweaty palms before every recital at Madame Leroy's; I found a metronome just like hers at a flea market.
+ fr situation l | Je me souviens encore des mains moites avant chaque audition chez Mme Leroy ; j'ai trouvé le même métronome que le sien dans une brocante.
# reaction: sauter
fr situation n | On sautait du ponton dans le lac d'Annecy tous les étés ; en retrouvant cette carte postale, j'ai presque senti l'eau froide.
+ en situation n | We jumped off the jetty into Lake Annecy every summer; finding that postcard, I could almost feel the cold water.
en situation n | We used to jump on Gran's old spring bed until it broke; I smiled seeing one just like it in a charity shop.
+ fr situation n | On sautait sur le vieux lit à ressorts de mamie jusqu'à le casser ; j'ai souri en voyant le même chez Emmaüs.
fr typo l | on sautait a l'elastique dans la cour tous les midis, jviens de retrouver l'elastique dans une boite a chaussures
+ en typo l | we used to do french skipping in the yard every lunchtime, just found the elastic in a shoebox
# reaction: bondir
fr situation n | Le chien du voisin bondit exactement comme notre Rex à la ferme de Corrèze, quand on rentrait de l'école en 1975.
+ en situation n | The neighbour's dog bounds about exactly like our Rex on the farm in Corrèze, when we came home from school in 1975.
en situation n | My heart leapt at the smell of the funfair: candyfloss and diesel, just like the fête of my childhood in Roubaix.
+ fr situation n | Mon cœur a bondi à l'odeur de la fête foraine : barbe à papa et gasoil, comme la foire de mon enfance à Roubaix.
# reaction: courir
fr situation n | Je courais derrière la camionnette du glacier tout l'été 1982 ; j'ai reconnu sa petite musique dans une pub ce soir.
+ en situation n | I ran after the ice-cream van all summer in 1982; I recognised its little tune in an advert tonight.
en situation n | We used to race our bikes down that hill after school; driving past it today, it looked so much smaller.
+ fr situation n | On faisait la course à vélo dans cette descente après l'école ; en passant devant en voiture aujourd'hui, elle m'a paru toute petite.
# reaction: rire, fou rire
fr situation n | Ma sœur m'a envoyé la photo de notre fou rire à la communion de 1990, coupes au bol et nœuds papillon ; que c'est loin.
+ en situation n | My sister sent me the photo of our giggling fit at the 1990 first communion, bowl cuts and bow ties; it all feels so long ago.
en situation l | We laughed till we cried at the sketches we filmed as teenagers on Dad's camcorder; that house was so full of noise back then.
+ fr situation l | On a ri aux larmes devant les sketchs qu'on filmait ados avec le caméscope de papa ; cette maison était si bruyante à l'époque.
fr situation l | Le rire de mon fils ressemble tellement à celui de mon petit frère à six ans, dans la baignoire de la rue des Lilas.
+ en situation l | My son's laugh is so much like my little brother's at six, in the bathtub on Rue des Lilas.
# reaction: mort de rire
fr slang_emoji n | mort de rire devant nos photos du ski en 2002, combis fluo et bronzage de ouf 😂 ça me manque grave
+ en slang_emoji n | dying laughing at our ski photos from 2002, neon ski suits and crazy tans 😂 miss it so much
en situation n | We were dying of laughter at the reunion remembering Mr Baxter's chemistry lab; twenty-five years on, we still do his voice.
+ fr situation n | On était morts de rire aux retrouvailles en repensant aux TP de chimie de M. Baxter ; vingt-cinq ans après, on imite encore sa voix.
# reaction: sourire
fr situation l | Un sourire en coin devant le vieux Minitel chez le brocanteur : c'est là-dessus que je cherchais mes résultats du bac.
+ en situation l | A wry smile at the old Minitel in the junk shop: that's what I looked up my exam results on.
en situation l | Smiling as I walked past a school canteen today: Friday fish and mash, straight back to 1979.
+ fr situation l | Un sourire en passant devant la cantine d'une école aujourd'hui : le poisson-purée du vendredi, retour direct en 1979.
# reaction: souffle coupé
fr situation n | Le souffle coupé en retrouvant, trente ans après, la baie de Morlaix où mon grand-père m'emmenait pêcher la crevette.
+ en situation n | It took my breath away to see the bay of Morlaix again after thirty years, where my grandfather took me shrimping.
en situation n | It took my breath away to hear the chapel bells of my home village in Portugal on a video my cousin sent.
+ fr situation n | Le souffle coupé en entendant les cloches de la chapelle de mon village au Portugal, sur une vidéo envoyée par mon cousin.
# reaction: sans voix
fr situation n | Sans voix devant la vitrine : les mêmes soldats de plomb que papa alignait sur le tapis du salon le dimanche.
+ en situation n | Speechless at the shop window: the same tin soldiers Dad used to line up on the living-room rug on Sundays.
en situation n | I was speechless when my old primary teacher still remembered the poem I wrote for her, forty years ago.
+ fr situation n | Je suis restée sans voix quand mon ancienne institutrice s'est souvenue du poème que je lui avais écrit, il y a quarante ans.
# reaction: je n'en reviens pas
fr situation n | Je n'en reviens pas : le vieux café de la place à Sète a gardé le même flipper qu'en 1986, on y passait tous nos mercredis.
+ en situation n | I can't believe it: the old café on the square in Sète still has the same pinball machine as in 1986; we spent every Wednesday there.
en typo n | cant believe its been 20 yrs since our summer job at the campsite, i can still smell the suncream and the chips
+ fr typo n | jen reviens pas que ca fasse 20 ans notre job d'été au camping, je sens encore la creme solaire et les frites
# reaction: pas dormi de la nuit
fr situation n | Pas dormi de la nuit, à relire le journal intime de mes quinze ans retrouvé chez mes parents ; Biarritz, les premiers émois, les cassettes.
+ en situation n | Didn't sleep all night, rereading the diary I kept at fifteen, found at my parents'; Biarritz, first crushes, mixtapes.
en situation n | Couldn't sleep after the reunion; kept thinking about the bike sheds and the Walkmans we swapped in 1992.
+ fr situation n | Impossible de dormir après les retrouvailles ; je repensais au local à vélos et aux walkmans qu'on s'échangeait en 1992.
fr typo l | jai pas dormi, jai passé la nuit sur les vieux blogs skyrock de ma bande de 2006 mdr on etait tellement kitsch
+ en typo l | didnt sleep, spent the night on my crew's old skyrock blogs from 2006 lol we were so cheesy
# reaction: jambes en coton
fr situation l | Les jambes en coton en redescendant le sentier du Puy de Dôme, comme à douze ans quand papa nous y traînait chaque mois d'août.
+ en situation l | Legs like jelly coming down the Puy de Dôme path, just like at twelve when Dad dragged us up it every August.
en situation n | My legs went weak stepping into my old ballet school: the barre, the mirror, the smell of rosin, exactly as in 1985.
+ fr situation n | Les jambes en coton en entrant dans mon ancienne école de danse : la barre, le miroir, l'odeur de colophane, comme en 1985.
# reaction: gorge serrée
fr situation l | La gorge un peu serrée en retrouvant le bulletin de CM1 de ma mère ; la même écriture ronde que la mienne à cet âge.
+ en situation l | A slight lump in my throat finding my mother's Year 5 school report; the same round handwriting as mine at that age.
en situation l | Lump in my throat singing the school song at my old primary's centenary; I was in that choir in 1978.
+ fr situation l | La gorge serrée en chantant l'hymne de l'école pour le centenaire de ma primaire ; j'étais dans cette chorale en 1978.
# reaction: ventre noué
fr situation l | Le ventre noué comme avant une dictée de M. Garnier, rien qu'en sentant l'encre violette d'un vieux stylo-plume.
+ en situation l | A knot in my stomach like before one of Mr Garnier's dictations, just from smelling the violet ink of an old fountain pen.
en situation l | The knot in my stomach from my first driving lesson in 1991 came back when I saw the same old Peugeot 205 outside the driving school; those were the days.
+ fr situation l | Le ventre noué de ma première leçon de conduite en 1991 m'est revenu en voyant la même vieille 205 devant l'auto-école ; la belle époque.
# reaction: frissons
fr situation n | Des frissons en réécoutant le générique de Goldorak : je suis de nouveau en pyjama devant la télé, un mercredi de 1979.
+ en situation n | Shivers hearing the Grendizer theme tune again: I'm back in my pyjamas in front of the telly on a Wednesday in 1979.
en situation n | Chills when the organ started at my cousin's wedding, in the little church where we all made our first communion.
+ fr situation n | Des frissons quand l'orgue a démarré au mariage de ma cousine, dans la petite église où on avait tous fait notre communion.
# reaction: chair de poule
fr situation n | La chair de poule en retrouvant le vieux vélodrome de Bordeaux, où mon oncle nous emmenait voir les Six Jours dans les années 70.
+ en situation n | Goosebumps at the old velodrome in Bordeaux, where my uncle used to take us to the six-day races in the seventies.
en situation l | Goosebumps when a dial-up modem screeched in a museum exhibit; my evenings on MSN in 2003 came flooding back.
+ fr situation l | La chair de poule quand le bruit d'un modem 56k a retenti dans une expo ; mes soirées sur MSN en 2003 me sont revenues d'un coup.
# reaction: serrer les poings
fr situation l | Je serrais les poings comme ça dans les cages, à dix ans, au club de Saint-Brieuc ; mon fils a la même manie et ça me ramène loin.
+ en situation l | I clenched my fists just like that in goal at ten, at the Saint-Brieuc club; my son has the same habit and it takes me way back.
en situation l | Sitting on my old bike in Mum's shed, I remembered my fists clenched on these handlebars for my first ride without stabilisers in 1983.
+ fr situation l | Assis sur mon vieux vélo dans la remise de maman, je me suis rappelé mes poings serrés sur ce guidon pour ma première balade sans roulettes, en 1983.
# reaction: claquer la porte
fr situation l | La porte du cellier claque exactement comme celle de notre maison de Vendée ; un instant, j'ai senti l'odeur de la marée.
+ en situation l | The pantry door bangs exactly like the one in our house in the Vendée; for a moment I could smell the tide.
en situation l | At fifteen I'd slam my bedroom door and blast Nirvana; Mum still laughs about it when we look through the old photos.
+ fr situation l | À quinze ans, je claquais la porte de ma chambre et je mettais Nirvana à fond ; maman en rit encore quand on regarde les vieilles photos.
# reaction: rougir
fr situation l | J'ai rougi en retombant sur la lettre d'amour écrite à Sophie en quatrième, jamais envoyée, toujours glissée dans mon vieux dico.
+ en situation l | I blushed coming across the love letter I wrote to Sophie in Year 9, never sent, still tucked inside my old dictionary.
en situation l | Still blushing at the 1996 demo of our old band that Tom dug up; four chords, awful lyrics, best summer ever.
+ fr situation l | Je rougis encore devant la démo de notre groupe de 1996 que Tom a exhumée ; quatre accords, des paroles nulles, le plus bel été.
# reaction: silence
fr situation l | Le silence des petites routes le dimanche matin me rappelle les trajets chez pépé, à l'arrière de la DS, avec les cahots.
+ en situation l | The silence of country lanes on a Sunday morning reminds me of the drives to Grandpa's, in the back of the DS, bumps and all.
en situation l | The silence of snow on the street tonight, and I'm back in the Vosges in 1985, sledging until our fingers went numb.
+ fr situation l | Le silence de la neige dans la rue ce soir, et me voilà dans les Vosges en 1985, à faire de la luge jusqu'à ne plus sentir nos doigts.
# reaction: immobile
fr situation n | Je suis restée immobile au rayon bonbons : des Carambar à l'ancienne, avec les blagues qu'on lisait à voix haute en CE1.
+ en situation n | I stood frozen in the sweet aisle: old-style Carambars, with the jokes we used to read aloud in Year 3.
en situation l | I stood still in the middle of Perrache station in Lyon; the same clock I waited under for my husband's train every Friday in 1972.
+ fr situation l | Je suis restée immobile au milieu de la gare de Perrache ; la même horloge sous laquelle j'attendais le train de mon mari chaque vendredi en 1972.
# reaction: fixer le plafond
fr situation l | Je fixe le plafond de ma chambre d'ado, revenue chez mes parents pour le week-end ; les étoiles phosphorescentes sont toujours collées.
+ en situation l | I'm staring at the ceiling of my teenage bedroom, back at my parents' for the weekend; the glow-in-the-dark stars are still stuck up there.
en situation l | Staring at the ceiling, humming the song Mum sang while ironing on Sunday nights in our little flat in Oran.
+ fr situation l | Les yeux au plafond, je fredonne la chanson que maman chantait en repassant le dimanche soir, dans notre petit appartement d'Oran.
# reaction: soupirer
fr situation l | J'ai soupiré devant le prix de la baguette ; de mon temps, avec un franc on rentrait avec le pain et des Malabar.
+ en situation l | I sighed at the price of a baguette; in my day one franc got you the bread and some bubblegum too.
en situation l | A sigh and a smile flicking through photos of our first flat in Montmartre: one room, a camping stove and so much laughter.
+ fr situation l | Un soupir et un sourire en feuilletant les photos de notre premier appart à Montmartre : une pièce, un réchaud et tant de rires.
# reaction: enfin
fr situation n | Enfin retrouvé le goût des chichis de la plage de Lacanau, ceux qu'on mangeait pleins de sable en 1993. Lumière chaude, s'il te plaît.
+ en situation n | Finally found the taste of the churros from the beach at Lacanau, the ones we ate covered in sand in 1993. Warm light, please.
en situation n | Finally back in my grandparents' village in Calabria after twenty years; the fountain, the bakery, the old men on the bench, all still there.
+ fr situation n | Enfin de retour dans le village de mes grands-parents en Calabre après vingt ans ; la fontaine, la boulangerie, les vieux sur le banc, tout est encore là.
# reaction: encore
fr situation l | Je garde encore le ticket de métro de notre premier rendez-vous, 1998, station Abbesses ; il a jauni dans mon portefeuille.
+ en situation l | I still keep the metro ticket from our first date, 1998, Abbesses station; it's gone yellow in my wallet.
en situation l | Making Gran's lemon cake again tonight from her stained recipe card; the kitchen smells like Sunday afternoons in 1990.
+ fr situation l | Je refais encore le cake au citron de mamie ce soir, d'après sa fiche tachée ; la cuisine sent les dimanches après-midi de 1990.
fr typo l | encore ce vieux tube de l'ete 2003 a la radio, jme revois au camping de la grande motte avec ma bande
+ en typo l | that old summer 2003 hit on the radio again, i can see myself at the campsite in la grande motte with the gang
# reaction: toujours
fr situation l | Maman fait toujours la soupe de potiron de la Toussaint de notre enfance ; une cuillerée et je suis de retour dans la cuisine de la rue Pasteur.
+ en situation l | Mum still makes the pumpkin soup from the All Saints' holidays of our childhood; one spoonful and I'm back in the kitchen on Rue Pasteur.
en situation l | The lighthouse keeper's cottage is always the first thing I look for at Barfleur; we rented it every July when I was a kid.
+ fr situation l | La maison du gardien de phare, c'est toujours la première chose que je cherche à Barfleur ; on la louait chaque juillet quand j'étais gamin.
# reaction: jamais
fr situation l | Je n'ai jamais retrouvé un été comme celui de 1989 à Quiberon, à vélo avec mes cousins, sans montre et sans souci.
+ en situation l | I've never had another summer like 1989 in Quiberon, cycling with my cousins, no watch and no worries.
en situation l | Never tasted tomatoes like Grandpa's since, warm from the vine in his allotment outside Bologna.
+ fr situation l | Jamais retrouvé des tomates comme celles de grand-père, tièdes sur le pied dans son potager près de Bologne.
# reaction: d'un coup, tout à coup
fr situation n | D'un coup, l'odeur du gazon coupé au parc m'a ramené aux matchs du mercredi avec les copains de la cité, en 1995.
+ en situation n | All of a sudden the smell of cut grass in the park took me back to Wednesday kickabouts with the lads from the estate in 1995.
en situation l | Suddenly a tram bell in Lisbon sounded just like my childhood in Porto, Grandma holding my hand on the way to market.
+ fr situation l | Tout à coup, la cloche d'un tram à Lisbonne a sonné comme mon enfance à Porto, la main de ma grand-mère dans la mienne sur le chemin du marché.
# reaction: incroyable
fr situation l | Incroyable, le cinéma de mon quartier repasse « E.T. » en version restaurée ; je l'avais vu dans cette même salle avec papa en 1982.
+ en situation l | Incredible, my local cinema is showing a restored "E.T."; I saw it in that very room with Dad in 1982.
en situation l | Incredible how the smell of the old school library comes back from a single dusty Tintin album at a car boot sale.
+ fr situation l | Incroyable comme l'odeur de la vieille bibliothèque de l'école revient avec un seul album de Tintin poussiéreux, dans un vide-grenier.
# reaction: fou, dingue
fr situation n | C'est fou, je connais encore par cœur le numéro du fixe de mes grands-parents à Mâcon, celui qu'on composait le dimanche soir.
+ en situation n | It's crazy, I still know my grandparents' landline number in Mâcon by heart, the one we dialled every Sunday evening.
en slang_emoji l | crazy how one whiff of Mum's old perfume at the chemist takes me straight back to 90s saturday nights 🥲
+ fr slang_emoji l | dingue comme une bouffée du vieux parfum de maman à la pharmacie me ramène direct aux samedis soirs des années 90 🥲
# reaction: énorme
fr situation l | L'énorme marronnier de la cour de ma primaire est toujours là ; on échangeait nos cartes Panini dessous en 1986.
+ en situation l | The huge chestnut tree in my primary-school playground is still there; we swapped our Panini stickers under it in 1986.
en situation l | A huge box of my old Lego turned up at Mum's; I spent the evening rebuilding the pirate ship from Christmas 1989.
+ fr situation l | Une énorme boîte de mes vieux Lego a refait surface chez maman ; j'ai passé la soirée à reconstruire le bateau pirate du Noël 1989.
# reaction: trop
fr slang_emoji l | trop de souvenirs d'un coup en tombant sur les goûters Prince de la récré 🥹 retour en 1996 direct
+ en slang_emoji l | so many memories at once finding the Prince biscuits we had at break 🥹 straight back to 1996
en situation l | Those summers at the campsite in Argelès went by too fast; I found my wristband from 1999 in a drawer today.
+ fr situation l | Ces étés au camping d'Argelès sont passés trop vite ; j'ai retrouvé mon bracelet de 1999 dans un tiroir aujourd'hui.
# reaction: grave
fr slang_emoji l | grave nostalgique ce soir, jrejoue à Pokémon Rouge sur la vieille Game Boy de mon frère 🎮
+ en slang_emoji l | seriously nostalgic tonight, replaying Pokémon Red on my brother's old Game Boy 🎮
en situation l | That old song from Mum's car tapes got to me big time; we played it on every drive down to Brittany.
+ fr situation l | Cette vieille chanson des cassettes de la voiture de maman m'a grave remué ; on l'écoutait à chaque trajet vers la Bretagne.
# reaction: mort de fatigue
fr situation l | Mort de fatigue après le déménagement, je me suis assis sur un carton et j'ai relu nos lettres de colo de 1984.
+ en situation l | Dead tired after the move, I sat on a box and reread our summer-camp letters from 1984.
# reaction: mixed, negation, explicit, wish
fr negation l | Ce n'est pas de la tristesse, juste un doux pincement en revoyant l'immeuble où on a grandi, rue Victor-Hugo.
+ en negation l | It's not sadness, just a soft pang seeing the building where we grew up on Rue Victor-Hugo again.
en negation l | I'm not upset, honestly; just misty-eyed hearing the old jingle of the radio station Dad had on at every breakfast.
+ fr negation l | Je ne suis pas triste, vraiment ; juste les yeux embués en entendant le vieux jingle de la radio que papa mettait à chaque petit-déjeuner.
fr mixed l | Un peu fatiguée, mais surtout pleine de souvenirs après avoir trié les photos de classe de 1970 à 1985.
+ en mixed l | A bit tired, but mostly full of memories after sorting the class photos from 1970 to 1985.
en explicit l | Homesick tonight for Dakar, the sound of the sea and Auntie's thieboudienne on Sundays.
+ fr explicit l | Le mal du pays ce soir : Dakar, le bruit de la mer et le thiéboudienne de tata le dimanche.
fr wish l c=amber;warm_white b=dim | Des frissons en réécoutant nos vieux vinyles de 1975 ; mets de l'ambre et une lumière tamisée.
+ en wish l c=amber;warm_white b=dim | Chills listening to our old 1975 records again; put on amber and a soft, low light.
"""

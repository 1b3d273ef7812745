"""euphorie: third wave, triads with victoire and suspense (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Le concours de couscous finit en fête géante : derbouka, youyous, tout le quartier danse entre les marmites ! Lumières de fête, vite !
+ en situation h | The couscous contest ends in a huge party: darbuka, ululating, the whole neighbourhood dancing between the pots! Party lights, quick!
# triad 02
fr situation h | Le tournoi de belote vire au bal musette : accordéon, les mamies déchaînées font danser tout le club jusqu'à minuit !
+ en situation h | The belote tournament turns into a dance: accordion, the grannies go wild and get the whole club dancing till midnight!
# triad 03
en situation h | Soapbox race: a giant banana cart rolls past blasting music, the whole street roars with laughter and dances!
+ fr situation h | Course de caisses à savon : une banane géante sur roues passe en musique, toute la rue hurle de rire et danse !
# triad 04
fr situation h | Le pigeon de pépé gagne la grande course, le club débarque avec un accordéon et on danse dans la cour !
+ en situation h | Grandpa's pigeon wins the big race, the club turns up with an accordion and we're dancing in the yard!
# triad 05
fr situation h | Au concours Lépine, un inventeur décolle sur sa planche volante devant nous, la foule explose et on saute comme des gosses !
+ en situation h | At the Lépine fair an inventor takes off on his flying board, the crowd goes wild and we jump like kids!
# triad 06
en slang_emoji h | the horse i picked for its silly name WON at 40/1 🐎🤑🎉 screaming in the bar, drinks on me!!
+ fr slang_emoji h | le cheval choisi pour son nom débile a GAGNÉ à 40 contre 1 🐎🤑🎉 je hurle au PMU, tournée générale !!
# triad 07
fr situation h | Premier jour de golf, je tape n'importe comment et la balle entre en un coup ! Tout le groupe crie et me saute dessus !
+ en situation h | My first day ever at golf, I swing any old how and get a hole in one! The whole group is yelling and piling on me!
# triad 08
fr situation h | Mon nom sort au tirage de l'UTMB du premier coup ! Je hurle en sautant sur le lit comme une gamine !
+ en situation h | My name comes out of the UTMB draw first time! I'm screaming and bouncing on the bed like a kid!
# triad 09
en situation h | Picked at random from the audience, I spin the wheel and win the car! I'm screaming on set!
+ fr situation h | Tirée au sort dans le public, je fais tourner la roue et je gagne la voiture ! Je hurle sur le plateau !
# triad 10
fr typo h | tirage coupe de france : on tombe contre le PSG!!! le club house explose on dance sur les tables
+ en typo h | french cup draw: we got PSG!!! the clubhouse is going nuts were danceing on the tables
# triad 11
fr situation h | Corso fleuri : les chars nous arrosent de pétales, la batucada fait danser toute la ville, c'est la folie !
+ en situation h | Flower parade: the floats shower us with petals, the samba band has the whole town dancing, it's madness!
# triad 12
en situation h | After the sheepdog trial, a dance under the marquee: cowbells, accordion, the whole valley is dancing and stamping!
+ fr situation h | Après le concours de chiens de berger, bal sous le chapiteau : sonnailles, accordéon, toute la vallée danse et tape du pied !
# triad 13
fr situation h | Comice agricole : une fanfare joue sur une remorque et tout le monde danse comme des fous dans la paille !
+ en situation h | Agricultural show: a brass band plays on a trailer and everyone's dancing like mad in the straw!
# triad 14
fr situation h | Concours de pêche : mon fils de six ans sort une carpe énorme à son premier lancer, tout le ponton crie et applaudit comme au stade !
+ en situation h | Fishing competition: my six-year-old pulls out a huge carp on his very first cast, the whole jetty is cheering like it's a stadium!
# triad 15
en situation h | Karaoke night at the campsite: everyone piles on stage for 'Les Lacs du Connemara', we're jumping and screaming!
+ fr situation h | Soirée karaoké au camping : tout le monde monte sur scène pour « Les Lacs du Connemara », on saute en hurlant !
# triad 16
fr situation h | Un papi en kilt fait son solo d'air guitar à genoux, toute la salle hurle et saute avec lui !
+ en situation h | A grandad in a kilt does his air guitar solo on his knees, the whole hall is screaming and jumping with him!
# triad 17
fr situation h | Un youtubeur célèbre partage ma cagnotte par hasard, elle grimpe à 400 % en une nuit, je danse en pyjama dans ma cuisine !
+ en situation h | A famous YouTuber shares my crowdfunding out of the blue, it shoots to 400% overnight, I'm dancing round the kitchen in my pyjamas!
# triad 18
en situation h | Opening day of the new skatepark: a DJ, pros flying over the ramps, every kid in the neighbourhood going wild!
+ fr situation h | Inauguration du nouveau skatepark : un DJ, des pros qui volent au-dessus des rampes, tous les gamins du quartier sont en délire !
# triad 19
fr situation h | Finale du concours d'éloquence : un candidat rappe sa plaidoirie, l'amphi entier se lève et hurle, c'est délirant !
+ en situation h | Public-speaking final: one contestant raps his closing speech, the whole lecture hall is on its feet roaring, it's crazy!
# triad 20
fr situation h | Surprise au concours de lecture : l'auteur du livre débarque en personne, toute l'école crie et trépigne dans le préau !
+ en situation h | Surprise at the reading contest: the book's author turns up in person, the whole school is shrieking and stamping in the hall!
# triad 21
en situation h | Awards night: the curtain opens on a surprise eighties band, and the whole firm is dancing on the tables!
+ fr situation h | Soirée des trophées : le rideau s'ouvre sur un groupe des années 80 surprise, et toute la boîte danse sur les tables !
# triad 22
fr situation h | Dernier partiel rendu : toute la promo court vers la fontaine, on s'arrose et on danse sur la place !
+ en situation h | Last exam handed in: the whole year runs to the fountain, we're splashing each other and dancing in the square!
# triad 23
fr situation h | À la fin de la dégustation, le vigneron ouvre un magnum et lance la fanfare, toute la cave chante et danse !
+ en situation h | At the end of the tasting the winemaker opens a magnum and cues the brass band, the whole cellar is singing and dancing!
# triad 24
en situation h | Sandcastle prize-giving: the lifeguards hose us down, music blasting, we're dancing in the waves!
+ fr situation h | Remise des prix des châteaux de sable : les sauveteurs nous arrosent, musique à fond, on danse dans les vagues !
# triad 25
fr situation h | Le Père Noël arrive en calèche devant la boulangerie et distribue des maisons en pain d'épices, les enfants hurlent de joie !
+ en situation h | Father Christmas pulls up at the bakery in a horse-drawn carriage handing out gingerbread houses, the kids are shrieking with joy!
# triad 26
fr situation h | Au salon Lego, une ville géante s'allume d'un coup avec trains et feux d'artifice, mon fils et moi sautons sur place en criant !
+ en situation h | At the Lego show a giant city lights up all at once with trains and fireworks, my son and I are bouncing on the spot, shouting!
# triad 27
en situation h | Maths olympiad day ends with a chemistry show, flames and colour explosions, the whole hall goes wild!
+ fr situation h | La journée des olympiades de maths finit par un spectacle de chimie, flammes et explosions de couleurs, tout l'amphi est en délire !
# triad 28
fr situation h | Coupe du monde d'escalade à Chamonix : la Française fait le top à la dernière seconde, toute la place explose de joie !
+ en situation h | Climbing World Cup in Chamonix: the French climber tops out in the last second, the whole square explodes with joy!
# triad 29
fr situation h | La houle arrive pour la compétition, les pros s'envolent sur des vagues énormes, toute la plage crie et saute à chaque vague !
+ en situation h | The swell arrives for the contest, the pros fly on huge waves, the whole beach is cheering and leaping at every one!
# triad 30
en situation h | Inter-village games: the teams slide through giant foam, we're howling with laughter and the whole square is dancing!
+ fr situation h | Jeux inter-villages : les équipes glissent dans la mousse géante, on hurle de rire et toute la place danse !
# triad 31
fr situation h | Au pub, un inconnu lance une fléchette les yeux bandés, en plein dans le mille ! Tout le bar hurle et trinque !
+ en situation h | At the pub a stranger throws a dart blindfolded, bang in the bullseye! The whole bar is roaring and clinking glasses!
# triad 32
fr situation h | Battle de breakdance dans la gare : un b-boy enchaîne vingt tours sur la tête, la foule devient complètement dingue !
+ en situation h | Breakdance battle in the station: a b-boy spins twenty times on his head, the crowd goes completely mad!
# triad 33
en situation h | Les Sables-d'Olonne: the skipper sails up the channel through red flares, thousands of people screaming and dancing!
+ fr situation h | Aux Sables-d'Olonne, le skippeur remonte le chenal sous les fumigènes, des milliers de gens hurlent et dansent !
# triad 34
fr situation h | Biathlon au Grand-Bornand : la foule en bonnets rouges chante, les cloches sonnent, on saute dans la neige !
+ en situation h | Biathlon at Le Grand-Bornand: the crowd in red hats is singing, cowbells ringing, we're jumping about in the snow!
# triad 35
en situation h | The teachers throw a surprise party for our language class: music from all our countries, we're dancing like mad!
+ fr situation h | Les profs organisent une fête surprise pour notre classe de langue : musiques de tous nos pays, on danse comme des fous !
# triad 36
fr situation h | Mon pote vient d'avoir son permis bateau et nous embarque par surprise pour Porquerolles, musique à fond sur le pont !
+ en situation h | My mate just got his boat licence and whisks us off to Porquerolles as a surprise, music blasting on deck!
# triad 37
fr situation h | Au comedy club, l'humoriste me fait monter sur scène pour improviser avec lui, toute la salle hurle de rire, je plane !
+ en situation h | At the comedy club the comedian pulls me on stage to improvise with him, the whole room is howling, I'm flying!
# triad 38
en situation h | The hairdressing contest ends with a show: lights, music, models dancing on the catwalk and the crowd going wild!
+ fr situation h | Le concours de coiffure se termine en show : lumières, musique, les modèles dansent sur le podium et la salle se déchaîne !
# triad 39
fr situation h | Le concours de barmen finit en fête : jongleurs de bouteilles, DJ, tout le monde danse sur le comptoir !
+ en situation h | The bartenders' contest turns into a party: bottle jugglers, a DJ, everyone dancing on the bar!
# triad 40
fr situation h | Festival de Berck : une pieuvre géante passe au-dessus de nos têtes parmi des centaines de cerfs-volants, les enfants crient de bonheur en courant sur la plage !
+ en situation h | Berck festival: a giant octopus kite sails over our heads among hundreds of others, the kids are squealing with delight, running along the beach!
# triad 41
en situation h | Halloween night: the lights go out, zombies burst in dancing to Thriller, the whole room screams with joy and joins in!
+ fr situation h | Soirée d'Halloween : les lumières s'éteignent, des zombies débarquent en dansant sur Thriller, toute la salle hurle de joie et danse avec eux !
# triad 42
fr situation h | Carnaval de Dunkerque : harengs lancés du balcon, on chante serrés dans la foule, c'est la folie ! Envoie les couleurs qui claquent !
+ en situation h | Dunkirk carnival: herrings thrown from the balcony, we're singing packed in the crowd, it's madness! Bring on the loud colours!
# triad 43
fr situation h | Après le concours des crèches, le village allume ses illuminations sous un feu d'artifice, les enfants dansent et crient de joie sur la place !
+ en situation h | After the nativity contest the village switches on its Christmas lights under fireworks, the kids are dancing and squealing with joy in the square!
# triad 44
en situation h | First snow of the year and school's closed! Every kid in the street is screaming in a giant snowball fight!
+ fr situation h | Première neige de l'année, et l'école est fermée ! Tous les gamins de la rue hurlent dans une bataille de boules géante !
# triad 45
fr situation h | Spectacle de drones au-dessus du port : mille lumières dessinent une baleine géante, la foule crie et applaudit comme des fous !
+ en situation h | Drone show over the harbour: a thousand lights draw a giant whale, the crowd is cheering and clapping like mad!
# triad 46
fr situation h | Kermesse de l'école : château gonflable, barbe à papa, canon à mousse, les enfants courent partout en criant de joie !
+ en situation h | School fair: bouncy castle, candyfloss, a foam cannon, kids running everywhere squealing with joy!
# triad 47
en situation h | A famous streamer drops into my stream and sends me a thousand followers, chat explodes and I leap out of my chair!
+ fr situation h | Un streamer célèbre débarque dans mon live et m'envoie mille abonnés, le chat explose et je saute de ma chaise !
# triad 48
fr situation h | Le tournoi Mario Kart du bureau vire à la fête : pizzas, DJ, le patron déguisé en Luigi, on hurle de rire !
+ en situation h | The office Mario Kart tournament turns into a party: pizzas, a DJ, the boss dressed as Luigi, we're howling with laughter!
# triad 49
fr situation h | Radio-crochet du village : la boulangère se lance dans un tube disco, toute la salle des fêtes danse debout sur les chaises !
+ en situation h | Village talent contest: the baker launches into a disco hit, the whole village hall is dancing on the chairs!
# triad 50
en situation h | Walking past a film shoot, I get pulled in as an extra and end up dancing with the star! I can't believe it!
+ fr situation h | En passant devant un tournage, on me prend comme figurante et je me retrouve à danser avec la star ! J'hallucine !
# triad 51
fr situation h | Concert en plein air : l'orchestre attaque la musique de Star Wars, les enfants sautent et hurlent avec les trompettes !
+ en situation h | Open-air concert: the orchestra strikes up the Star Wars theme, the kids are jumping and shouting along with the trumpets!
# triad 52
en situation h | Science fair: water rockets launching one after another, everyone's getting soaked and shrieking with laughter!
+ fr situation h | Fête de la science : les fusées à eau décollent en rafale, tout le monde se fait tremper en hurlant de rire !
# triad 53
fr situation h | Fête du jardin partagé : guirlandes entre les tomates, fanfare, on danse comme des fous pieds nus dans l'herbe !
+ en situation h | Community garden party: fairy lights between the tomatoes, a brass band, we're dancing like mad barefoot on the grass!
# triad 54
fr situation h | Après le concours de pitch, un investisseur invite tous les candidats sur un rooftop, DJ et feu d'artifice, c'est dingue !
+ en situation h | After the pitch contest an investor invites all the contestants to a rooftop party, DJ and fireworks, it's insane!
# triad 55
en situation h | The band fires T-shirts into the crowd and I catch one mid-air, I'm screaming and jumping!
+ fr situation h | Le groupe lance des t-shirts dans la foule et j'en attrape un au vol, je hurle en sautant !
# triad 56
fr situation h | Fête de l'hôpital : les chirurgiens dansent en blouse sur la scène, les patients tapent des mains, c'est la folie !
+ en situation h | Hospital fête: the surgeons are dancing on stage in their scrubs, patients clapping along, it's madness!
# triad 57
fr situation h | Un camion de pompiers illuminé passe avec le Père Noël en musique, tous les enfants de la rue dansent et crient derrière lui !
+ en situation h | A lit-up fire engine drives by with Father Christmas and music, all the kids in the street are dancing and shrieking after it!
# triad 58
en situation h | At the wedding the band launches into wild rock'n'roll, the bride jumps on a table and the whole room is dancing!
+ fr situation h | Au mariage, l'orchestre lance un rock endiablé, la mariée saute sur une table et toute la salle danse en hurlant !
# triad 59
fr situation h | Notre patron est sacré Meilleur Ouvrier de France, il ferme l'atelier et nous emmène tous danser jusqu'à l'aube !
+ en situation h | Our boss has been named Best Craftsman of France, he shuts the workshop and takes us all dancing till dawn!
# triad 60
fr situation h | Les portes ouvertes des Beaux-Arts virent à la fête : projections sur les murs, DJ dans la cour, on danse jusqu'à minuit !
+ en situation h | The art school open day turns into a party: projections on the walls, a DJ in the courtyard, dancing till midnight!
# triad 61
en mixed h | Exhausted, voice gone, but mostly buzzing: the whole year is dancing on the beach, speakers blasting, till sunrise!
+ fr mixed h | Crevée, sans voix, mais surtout survoltée : toute la promo danse sur la plage, enceinte à fond, jusqu'au lever du soleil !
# triad 62
fr situation h | Notre village gagne à la télé ! Toute la place explose devant l'écran géant, on danse autour de la fontaine !
+ en situation h | Our village wins on TV! The whole square erupts in front of the big screen, we're dancing round the fountain!
# triad 63
en situation h | 2CV rally: musicians from the village turn up at the bivouac, drums, campfire, we're dancing and whooping under the stars!
+ fr situation h | Rallye en 2CV : les musiciens du village débarquent au bivouac, tambours, feu de camp, on danse en hurlant sous les étoiles !
# triad 64
fr situation h | Rassemblement de voitures anciennes : cent Coccinelles klaxonnent en musique, tout le village danse et chante sur la place !
+ en situation h | Classic car rally: a hundred Beetles honking to music, the whole village dancing and singing in the square!
# triad 65
en situation h | Shopkeepers' night: the high street turns into a dance floor, mulled wine, brass band, everyone's jumping and singing at the top of their lungs!
+ fr situation h | Soirée des commerçants : la rue piétonne devient une piste de danse, vin chaud, fanfare, tout le monde saute et chante à tue-tête !
# triad 66
fr situation h | Au salon du modélisme, un petit train traverse le décor sous un feu d'artifice miniature, les enfants trépignent et crient de joie !
+ en situation h | At the model-making show a little train crosses the layout under miniature fireworks, the kids are stamping and squealing with joy!
# triad 67
fr situation h | Festival de street art : un DJ joue sous les fresques, des danseurs hip-hop enflamment la rue, tout le monde saute !
+ en situation h | Street art festival: a DJ under the murals, hip-hop dancers setting the street alight, everybody jumping!
# triad 68
en slang_emoji h | our lasagne contest turned into a MASSIVE party 🍝🎉🎉 30 neighbours showed up, we're dancing in the kitchen lmao
+ fr slang_emoji h | notre concours de lasagnes a viré en soirée DE OUF 🍝🎉🎉 30 voisins ont débarqué, on danse dans la cuisine mdr
# triad 69
fr situation h | Au concours de lapins, un lapin nain franchit tout le parcours en trois bonds, les enfants crient et bondissent avec lui !
+ en situation h | At the rabbit contest a dwarf bunny clears the whole course in three leaps, the kids are squealing and bouncing along with him!
# triad 70
en situation h | Game night at the café: the owner brings out giant inflatable dice, and we're screaming at every throw!
+ fr situation h | Soirée jeux au bar : le patron sort des dés géants gonflables, et on hurle à chaque lancer !
# triad 71
fr situation h | Fête du dragon boat sur le canal : tambours, pétards, des centaines de spectateurs hurlent et dansent sur les quais !
+ en situation h | Dragon boat festival on the canal: drums, firecrackers, hundreds of spectators screaming and dancing on the quays!
# triad 72
fr situation h | Tournoi de beach-volley : au coucher du soleil, la sono monte et tout le monde danse en maillot sur le sable !
+ en situation h | Beach volleyball tournament: at sunset the sound system cranks up and everyone's dancing in their swimsuits on the sand!
# triad 73
en situation h | Judo final at Bercy: the French fighter wins by ippon, we're jumping in the stands hugging total strangers!
+ fr situation h | Finale de judo à Bercy : le Français gagne par ippon, on saute dans les tribunes en embrassant des inconnus !
# triad 74
fr situation h | Festival des food trucks : une fanfare joue sur le toit d'un camion, toute la foule saute et danse, burger à la main !
+ en situation h | Food truck festival: a brass band plays on a truck roof, the whole crowd jumping and dancing, burgers in hand!
# triad 75
fr mixed h | Les pieds gelés, mais surtout surexcitée : descente aux flambeaux, feu d'artifice, toute la station danse dans la neige !
+ en mixed h | Feet frozen, but mostly hyped: torchlight descent, fireworks, the whole ski resort dancing in the snow!
# triad 76
en situation h | A fake Johnny roars in on a motorbike and belts out 'Allumer le feu', the whole hall is on its feet singing along!
+ fr situation h | Un faux Johnny débarque en moto et chante « Allumer le feu », toute la salle est debout et chante avec lui !
# triad 77
fr situation h | Au concert, le batteur du groupe me tend ses baguettes et me laisse jouer un morceau, je n'en reviens pas, je tape comme un fou !
+ en situation h | At the gig the band's drummer hands me his sticks and lets me play a song, I can't believe it, I'm hitting the drums like a maniac!
# triad 78
en situation h | Hockey game: the big screen picks us out of the crowd, the whole rink cheers and we dance like mad!
+ fr situation h | Match de hockey : l'écran géant nous filme dans le public, toute la patinoire nous acclame et on danse comme des fous !
# triad 79
fr situation h | Au tractor pulling, un monstre de cinq mille chevaux crache des flammes, toute la tribune hurle debout !
+ en situation h | At the tractor pull a five-thousand-horsepower monster spits flames, the whole grandstand is on its feet roaring!
# triad 80
fr typo h | feria de nimes, les bandas jouent a chaque coin de rue, on dance jusqu a l aube c la folieee
+ en typo h | nimes feria, brass bands on evry street corner, were dancing till dawn its maddd
"""

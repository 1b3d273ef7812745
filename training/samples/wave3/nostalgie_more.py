"""nostalgie: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation n | Ma mère m'a envoyé un enregistrement de moi à quatre ans qui chante une comptine, avec mon père qui rit derrière.
+ en situation n | My mum sent me a recording of me at four singing a nursery rhyme, with my dad laughing in the background.
fr situation n | Ma mère a gardé mon vieux répondeur d'ado, avec mon message d'accueil enregistré en pleine mue.
+ en situation n | My mum kept my old teenage answering machine, with the greeting I recorded while my voice was breaking.
fr situation n | Papa m'a raconté pour la centième fois comment il a rencontré maman au bal du 14 juillet, et je l'ai écouté jusqu'au bout.
+ en situation n | Dad told me for the hundredth time how he met Mum at the Bastille Day dance, and I listened all the way to the end.
fr situation n | Ma fille apprend la même récitation que moi en CM1, et je la connais encore par cœur.
+ en situation n | My daughter is learning the same poem I recited in fourth grade, and I still know it by heart.
fr situation n | Mon fils m'a demandé ce qu'était une cabine téléphonique, et je me suis revu appeler mon premier amour avec une télécarte.
+ en situation n | My son asked me what a phone box was, and I saw myself calling my first love with a phonecard.
fr situation n | Ce soir, mon mari m'a refait la danse ridicule de notre première soirée étudiante, et j'ai revu la petite salle des fêtes.
+ en situation n | Tonight my husband did the silly dance from our first student party, and I could see the little village hall again.
fr situation n | Mon mari a retrouvé le ticket de bus sur lequel j'avais griffonné mon numéro, il y a vingt-deux ans. Mets un vieux vinyle, s'il te plaît.
+ en situation n | My husband found the bus ticket I scribbled my number on, twenty-two years ago. Put on an old record, please.
# situations: friends, neighbours, school, work
fr situation n | Mon amie de fac m'a envoyé une carte postale, comme à l'époque, avec le même petit chat dessiné en bas.
+ en situation n | My uni friend sent me a postcard, like back then, with the same little cat doodled at the bottom.
fr situation n | Au mariage, mon cousin et moi avons dansé la chorégraphie qu'on avait inventée pour les fêtes de famille à dix ans.
+ en situation n | At the wedding, my cousin and I danced the routine we made up for family parties when we were ten.
fr situation n | Le voisin fait griller des sardines sur son balcon, et c'est tout Sète qui me revient, les étés chez mon parrain.
+ en situation n | The neighbour is grilling sardines on his balcony, and all of Sète comes back to me, the summers at my godfather's.
fr situation l | Mon ancien prof de physique est passé à la télé, il fait toujours la même expérience avec la bouteille et l'œuf.
+ en situation l | My old physics teacher was on TV, still doing the same trick with the bottle and the egg.
fr situation n | Le bip d'une pointeuse dans un film, et je revois mes étés de job étudiant sur la chaîne de l'usine de conserves.
+ en situation n | The beep of a time clock in a film, and I'm back in my summer student jobs on the cannery production line.
# situations: house, DIY, garden, moving, countryside
fr situation n | Dans la location de vacances, le même carrelage orange que la cuisine de mes grands-parents dans les années quatre-vingt.
+ en situation n | The holiday rental has the same orange tiles as my grandparents' kitchen in the eighties.
fr situation n | J'ai réparé la vieille radio de mon grand-père, et elle grésille exactement comme les dimanches chez lui.
+ en situation n | I fixed my grandfather's old radio, and it crackles exactly like it did on Sundays at his place.
fr situation n | En désherbant, j'ai déterré une petite voiture en métal, comme celles que j'enterrais dans le bac à sable.
+ en situation n | Weeding, I dug up a little metal toy car, like the ones I used to bury in the sandpit.
fr situation n | En faisant les cartons, je suis tombée sur le plâtre de ma jambe cassée à huit ans, couvert des signatures de ma classe.
+ en situation n | Packing boxes, I came across the cast from my broken leg at eight, covered in my classmates' signatures.
fr situation n | Je suis repassé à la ferme de mes grands-parents, vendue depuis longtemps, et le ronron du tracteur au loin était exactement le même.
+ en situation n | I went past my grandparents' farm, sold long ago, and the hum of a distant tractor sounded exactly the same.
# situations: pets, nature, weather, seasons, holidays
fr situation n | Le perroquet de ma tante siffle encore l'indicatif de l'émission qu'on écoutait chez elle dans les années quatre-vingt-dix.
+ en situation n | My aunt's parrot still whistles the jingle of the show we listened to at her place in the nineties.
fr situation n | J'ai entendu les cigales derrière ma sœur au téléphone, et d'un coup j'étais sur la terrasse de la maison de Provence, à dix ans.
+ en situation n | I heard the cicadas behind my sister on the phone, and suddenly I was on the terrace of the Provence house, aged ten.
fr situation n | Il fait ce froid sec et bleu des matins où papa grattait le pare-brise en chantant avant l'école.
+ en situation n | It's that dry, blue cold of the mornings when Dad scraped the windscreen, singing, before school.
fr situation n | Premier feu de cheminée de l'année, et je revois les châtaignes que papi faisait griller dans sa vieille poêle trouée. Lumière ambrée, merci.
+ en situation n | First fire of the year, and I can see the chestnuts Grandpa used to roast in his old pan with holes in it. Amber light, thanks.
fr situation n | Le premier marché de Noël de la saison sentait le vin chaud et la barbe à papa, comme quand papa me portait sur ses épaules.
+ en situation n | The first Christmas market of the season smelled of mulled wine and candyfloss, like when Dad carried me on his shoulders.
fr situation l | J'ai retrouvé ma lettre au Père Noël de mes sept ans : un poney, un walkman et la paix dans le monde.
+ en situation l | I found my letter to Santa from when I was seven: a pony, a Walkman and world peace.
# situations: homesickness, travel, food, cooking
fr situation n | J'ai essayé de refaire le couscous du vendredi de ma mère, loin d'elle, et toute la cuisine sent Oran.
+ en situation n | I tried to make my mother's Friday couscous, far away from her, and the whole kitchen smells of Oran.
fr situation n | Un restaurant vietnamien a ouvert en bas, le bouillon a le goût de celui de ma grand-mère à Hanoï, et ça fait six ans que je ne suis pas rentrée.
+ en situation n | A Vietnamese place opened downstairs, the broth tastes like my grandmother's in Hanoi, and I haven't been home in six years.
fr situation n | Le match de rugby de mon village passe en streaming, et depuis Vancouver j'entends l'accent du speaker.
+ en situation n | My village's rugby match is streaming, and all the way from Vancouver I can hear the announcer's accent.
fr situation n | Ma grand-mère m'a envoyé un vocal en créole pour mon anniversaire, et ici à Lille il neige. Mets quelque chose de doux.
+ en situation n | My grandmother sent me a voice note in Creole for my birthday, and here in Lille it's snowing. Put on something gentle.
fr situation n | Au fond d'une épicerie, j'ai retrouvé les biscuits de mon goûter de CP, avec le même petit écolier sur la boîte.
+ en situation n | At the back of a grocer's I found the biscuits from my first-grade snack, with the same little schoolboy on the box.
fr situation n | Au port, l'odeur de gasoil du ferry, et je suis de nouveau sur le pont avec papa, en route pour la Corse, à sept ans.
+ en situation n | At the port, the diesel smell of the ferry, and I'm back on deck with Dad, heading for Corsica, aged seven.
fr situation n | L'hôtel donne des clés en laiton avec un gros pompon, comme la pension où on passait nos vacances en Bretagne.
+ en situation n | The hotel hands out brass keys with a big tassel, like the guesthouse where we spent our holidays in Brittany.
fr situation n | J'ai pris par hasard la ligne de bus de mon collège, et j'ai reconnu chaque arrêt, chaque virage. Lumières chaudes, s'il te plaît.
+ en situation n | I happened to take my old school bus route, and I recognised every stop, every bend. Warm lights, please.
fr situation n | Chez le coiffeur, l'odeur de la laque m'a ramenée dans la salle de bains de ma mère, les samedis soir de bal.
+ en situation n | At the hairdresser's, the smell of hairspray took me back to my mum's bathroom on Saturday dance nights.
# situations: sport, music, films, books, games, tech
fr situation n | J'ai ressorti mes vieux patins à roulettes, et le bruit des roues sur le bitume m'a renvoyée à mes douze ans.
+ en situation n | I dug out my old roller skates, and the sound of the wheels on the tarmac sent me straight back to being twelve.
fr situation n | Le vieux gardien de mon club de hand entraîne maintenant mon fils, avec le même sifflet et les mêmes blagues.
+ en situation n | The old goalkeeper from my handball club now coaches my son, with the same whistle and the same jokes.
fr situation n | Le disquaire passait l'album qu'on écoutait en boucle dans la vieille voiture de mon frère, vitres ouvertes sur la route des vacances.
+ en situation n | The record shop was playing the album we had on repeat in my brother's old car, windows down on the road to the holidays.
fr situation n | Le ciné-club repasse le film de notre premier rendez-vous, avec la scène où j'avais renversé tout le pop-corn. Tamise et lance le film.
+ en situation n | The film club is showing the film from our first date again, with the scene where I spilled all the popcorn. Dim the lights and start the film.
fr situation n | Ma fille lit le même livre de bibliothèque que moi en CM2, et mon nom est encore sur la fiche d'emprunt.
+ en situation n | My daughter is reading the same library book I read in fifth grade, and my name is still on the borrowing card.
fr situation n | Les enfants ont sorti le vieux baby-foot de la cave de mes parents, et la balle en liège fait le même bruit qu'en 1989.
+ en situation n | The kids dug my parents' old table football out of the cellar, and the cork ball makes the same sound as in 1989.
fr situation n | Papa a numérisé les cassettes du caméscope, on entend ma grand-mère commenter mon premier spectacle de danse.
+ en situation n | Dad digitised the camcorder tapes, and you can hear my grandmother commenting on my first dance recital.
fr situation l | J'ai retrouvé mon premier blog, avec les paillettes, les fautes et les commentaires de toute ma classe de troisième.
+ en situation l | I found my first blog, glitter, typos and all, with comments from my whole ninth-grade class.
# situations: money, health, hobbies, news, city, night, mornings
fr situation n | J'ai retrouvé mon livret d'épargne d'enfant, avec les tampons de la poste et l'écriture de ma grand-mère.
+ en situation n | I found my childhood savings book, with the post office stamps and my grandmother's handwriting.
fr situation l | En rééducation, le kiné m'a fait faire les exercices de gym de l'école primaire, et j'ai revu toute la cour de récré.
+ en situation l | At physio, the therapist had me do the exercises from primary school PE, and I could see the whole playground again.
fr situation n | En triant mes bobines, j'ai retrouvé le canevas commencé avec ma marraine l'été de mes neuf ans.
+ en situation n | Sorting my thread, I found the tapestry I started with my godmother the summer I was nine.
fr situation n | Le journal local a publié la photo de notre équipe de foot poussins de 1987, tout le monde avec la même coupe au bol.
+ en situation n | The local paper printed a photo of our under-nines football team from 1987, all of us with the same bowl cut.
fr situation n | Retour dans mon ancien quartier : l'épicerie du coin est devenue un bar à salades, mais le banc où on traînait est toujours là.
+ en situation n | Back in my old neighbourhood: the corner shop is a salad bar now, but the bench where we hung out is still there.
fr situation n | Pas sommeil, alors je réécoute les vieux vocaux de la bande d'Erasmus, avec le bruit des bars de Séville derrière. Lumière basse, s'il te plaît.
+ en situation n | Can't sleep, so I'm replaying old voice notes from the Erasmus gang, with the noise of Seville's bars in the background. Low light, please.
fr situation n | Ce matin, l'odeur du café brûlé du bureau m'a ramené dans la cuisine de ma tante à Naples, à sept ans.
+ en situation n | This morning the burnt office coffee took me back to my aunt's kitchen in Naples, when I was seven.

# long
fr long n | Mon père m'a appris les ricochets sur ce lac. J'y suis retourné avec mon fils. J'ai cherché les pierres plates au même endroit. La première a fait cinq rebonds, comme avant.
+ en long n | My father taught me to skim stones on this lake. I went back with my son. I looked for flat stones in the same spot. The first one bounced five times, just like back then.
fr long n | Ma tante a retrouvé la boîte à musique de ma chambre d'enfant. Je l'ai remontée. La danseuse tourne encore, un peu de travers. J'ai reconnu l'air dès la deuxième note.
+ en long n | My aunt found the music box from my childhood bedroom. I wound it up. The dancer still spins, a little crooked. I knew the tune from the second note.
fr long n | Expatriée à Dubaï depuis cinq ans. Ce soir, ma mère a posé le téléphone sur la table du dîner de famille. J'entendais les couverts, mes frères qui se chamaillent, la radio. J'ai laissé l'appel tourner toute la soirée.
+ en long n | Five years as an expat in Dubai. Tonight my mother put her phone on the table during the family dinner. I could hear the cutlery, my brothers bickering, the radio. I left the call running all evening.
fr long n | En rangeant, je suis tombé sur le billet de mon premier concert. Vingt francs, une salle minuscule. On était cinq copains, on avait pris le dernier train. Aujourd'hui, on ne se voit plus qu'aux mariages.
+ en long n | Tidying up, I came across the ticket from my first gig. Twenty francs, a tiny venue. Five of us, and we caught the last train. These days we only see each other at weddings.
fr long n | L'école de voile où j'ai appris à naviguer fête ses cinquante ans. Les bateaux sont neufs. Le moniteur a les cheveux blancs. Il crie toujours « choquez ! » de la même voix.
+ en long n | The sailing school where I learned to sail is fifty years old. The boats are new. The instructor's hair is white. He still shouts "ease the sheet!" in the same voice.
fr long n | Le vieux manège de la place tourne encore. Mon fils a choisi le même cheval que moi. Blanc, avec une oreille cassée. Je lui ai fait les mêmes signes de la main que ma mère.
+ en long n | The old carousel in the square still turns. My son picked the same horse I used to. White, with a chipped ear. I waved to him the way my mother waved to me.
fr long n | Ma grand-mère m'a appris les crêpes un dimanche de pluie. Ce soir, ma fille m'a demandé la recette. J'ai sorti la même louche ébréchée. Elle l'a tenue exactement comme moi.
+ en long n | My grandmother taught me to make pancakes one rainy Sunday. Tonight my daughter asked me for the recipe. I got out the same chipped ladle. She held it exactly the way I did.
fr long n | Le quartier où j'ai grandi a été entièrement rénové. Plus de terrain vague, plus de cabane. Mais si je ferme les yeux, j'entends encore les matchs de foot du soir. Et ma mère qui sifflait à la fenêtre pour qu'on rentre.
+ en long n | The neighbourhood I grew up in has been completely redone. No more waste ground, no more den. But if I close my eyes I can still hear the evening football games. And my mother whistling from the window to call us in.

# informal French, no translation
fr situation n | je suis tombé sur une vieille pochette d'autocollants de foot dans un tiroir, il me manquait toujours le même joueur
fr situation n | la sonnerie du lycée dans une vidéo m'a renvoyé direct en seconde, avec le sac sur une épaule
fr situation n | ma grand-mère m'a renvoyé la photo de moi en Zorro au carnaval de l'école, je sens encore l'odeur du masque
fr situation n | repassé par la station-service où on s'arrêtait toujours sur la route des vacances, même distributeur de bonbons
fr situation n | remangé des frites du camion de la plage, les mêmes que quand on y allait gamins avec les cousins
fr situation n | ce soir je donnerais tout pour être à la Réunion, l'odeur du cari, la pluie sur la tôle
# casual English, no translation
en situation n | my mum still has the fridge magnet I made in year 2, faded but still hanging on
en situation n | the ice cream van just played the same tune it played on my street in the 90s
en situation n | smelled a bonfire on the walk home and I'm 9 again at fireworks night with my dad
en situation n | two years abroad and a packet of proper British crisps just hit different
"""

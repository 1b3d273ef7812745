"""nostalgie: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`nostalgie-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | L'odeur de l'hôpital m'a rappelé les visites à mon grand-père quand j'étais petit, et ses histoires de guerre.
+ en situation n | The hospital smell reminded me of visiting my grandad as a kid and his old stories.
fr situation n | Au bureau, un stagiaire a apporté les mêmes bonbons que ceux de la cantine de mon école primaire.
+ en situation n | An intern brought the same sweets we used to get at my primary school.
fr situation n | J'ai retrouvé ma première fiche de paie de serveur, six cents francs.
+ en situation n | Found my first ever payslip from waiting tables.
fr situation n | Ma tante a ressorti les robes de mariée de la famille, trois générations dans le même grenier.
+ en situation n | My aunt brought out the family wedding dresses, three generations in the same attic.
fr situation n | Mon chien a les mêmes yeux que celui que j'avais à dix ans.
fr situation n | En rangeant la maison, j'ai retrouvé la boîte à musique de ma chambre d'enfant.
+ en situation n | Found the music box from my childhood bedroom while clearing the house.
fr situation n | Je repasse devant la maison où j'ai grandi, les nouveaux propriétaires ont gardé la balançoire.
+ en situation n | Drove past the house I grew up in and the new owners kept the swing.
fr situation n | La radio passe la chanson de notre premier slow au bal du lycée.
+ en situation n | The radio's playing the song from our first slow dance at the school disco.
fr situation n | J'ai réinstallé le jeu vidéo sur lequel je passais mes mercredis après-midi.
+ en situation n | Reinstalled the game I used to play every Wednesday after school.
fr situation n | On a refait la recette du gratin de ma grand-mère, avec son écriture sur la fiche.
+ en situation n | We made my grandma's shepherd's pie using her handwritten recipe card.
fr situation n | J'ai revu mes copains de colonie de vacances trente ans après.
+ en situation n | Met up with my summer camp friends thirty years later.
fr situation n | Le vieux cinéma de mon quartier projette les films qu'on allait voir le dimanche.
+ en situation n | The old cinema in my neighbourhood is showing the films we saw on Sundays as kids.
fr situation n | J'ai retrouvé les cassettes audio que mon père enregistrait à la radio.
+ en situation n | Found the cassettes my dad used to record off the radio.
fr situation n | Je feuillette les carnets de voyage de mon tour d'Europe à vingt ans.
+ en situation n | Flicking through the diary from my interrail trip at twenty.
fr situation n | L'odeur du foin coupé me ramène aux étés à la ferme de mon oncle.
+ en situation n | The smell of cut hay takes me straight back to summers on my uncle's farm.
fr situation n | Ma fille porte le pull que ma mère m'avait tricoté quand j'avais son âge.
+ en situation n | My daughter is wearing the jumper my mum knitted for me at her age.
fr situation n | On est retournés camper au même endroit qu'avec nos parents dans les années 80.
+ en situation n | We went camping at the same spot our parents took us to in the eighties.
fr situation n | J'ai vu une vieille pub à la télé et je me suis revu en pyjama devant les dessins animés.
+ en situation n | Saw an old advert on TV and pictured myself in pyjamas watching Saturday cartoons.
fr situation n | Les bonbons à la violette de la mercerie, je n'en avais pas mangé depuis l'enfance.
fr situation n | J'ai reçu une lettre de mon correspondant anglais du collège.
+ en situation n | Got a letter from my old French pen pal from school.
fr situation n | Je regarde des photos de mon premier appartement d'étudiant, les meubles en palettes.
+ en situation n | Looking at photos of my first student flat with the pallet furniture.
fr situation n | Le bruit du train de nuit me rappelle les départs en vacances chez mes grands-parents.
+ en situation n | The sound of the night train reminds me of holidays at my grandparents'.
fr situation n | J'ai retrouvé ma carte de bibliothèque de quand j'avais huit ans.
+ en situation n | Found my library card from when I was eight.
fr situation n | Je réécoute les messages vocaux de ma grand-mère que j'avais gardés.
+ en situation n | Listening to the voicemails from my grandma that I saved.
fr situation n | Mes parents vendent la maison de vacances de Bretagne où on allait chaque été.
+ en situation n | My parents are selling the holiday cottage we went to every summer.
fr situation n | J'ai croisé mon premier amour au supermarché et on a parlé de nos années lycée.
+ en situation n | Bumped into my first love at the supermarket and we talked about school days.
fr situation n | Mon fils joue au même jeu de billes que moi dans la cour de récré.
+ en situation n | My son plays the same marbles game I played in the playground.
fr situation n | Le café du village où on se retrouvait après les matchs a gardé les mêmes chaises.
+ en situation n | The village pub where we met after matches still has the same chairs.
fr situation n | J'ai ressorti mon vieux walkman, la cassette était encore dedans.
+ en situation n | Dug out my old walkman and the tape was still in it.
fr situation n | J'ai revu le dessin animé de mon enfance avec mes enfants et je connaissais les répliques.
+ en situation n | Watched my childhood cartoon with my kids and I still knew every line.
fr situation n | On a fêté les cinquante ans de mariage de mes parents en regardant les diapositives.
+ en situation n | We celebrated my parents' golden anniversary watching old slides.
fr situation n | Je repense aux soirées d'hiver où mon père nous lisait des histoires au coin du feu.
+ en situation n | Thinking about winter nights when dad read to us by the fire.
fr situation n | Mon ancien quartier a complètement changé mais la boulangerie a encore le même store.
+ en situation n | My old neighbourhood has totally changed but the bakery still has the same awning.
fr situation n | J'ai relu les lettres que ma mère m'écrivait quand j'étais en internat.
+ en situation n | Rereading the letters my mum sent me at boarding school.
fr situation n | J'ai retrouvé un ticket de métro de mon premier jour à Paris.
+ en situation n | Found a tube ticket from my first day in London.
fr situation n | L'ancienne équipe du boulot s'est retrouvée pour un dîner, on a reparlé des débuts de la boîte.
+ en situation n | The old team from work got together and we talked about the early days of the company.
fr situation n | Je regarde le match de foot et je repense à mon père qui m'emmenait au stade.
+ en situation n | Watching the match and thinking of my dad taking me to the stadium.
fr situation n | Le parfum du lilas me rappelle le jardin de ma grand-tante.
+ en situation n | The smell of lilac reminds me of my great-aunt's garden.
fr situation n | J'ai revu mon vieux vélo rouge dans le garage de mes parents.
+ en situation n | Saw my old red bike in my parents' garage.
fr situation n | Les chansons de Dalida me ramènent aux dimanches chez ma grand-mère.
+ en situation n | Old Motown songs take me back to Sundays at my nan's.
fr situation n | J'ai retrouvé mon costume de scène de la troupe de théâtre du lycée.
+ en situation n | Found my costume from the school drama club.
fr situation n | On repasse en voiture devant la plage de nos vacances d'enfance.
+ en situation n | Driving past the beach from our childhood holidays.
fr situation n | Mon fils a trouvé mes vieilles cartes Pokémon au grenier.
+ en situation n | My son found my old Pokémon cards in the loft.
fr situation n | Les premiers marrons de l'automne me rappellent le chemin de l'école.
+ en situation n | The first conkers of autumn remind me of walking to school.
fr situation n | J'ai fait une recherche sur mon ancienne école et j'ai trouvé la photo de la cour.
+ en situation n | Looked up my old school online and found a photo of the playground.
fr situation n | Je relis le livre que ma maîtresse de CP nous lisait à voix haute.
+ en situation n | Rereading the book my first teacher used to read aloud to us.
fr situation n | Le bruit de la machine à coudre de ma voisine me rappelle ma grand-mère.
+ en situation n | The sound of my neighbour's sewing machine reminds me of my grandma.
fr situation n | On a rouvert le vieux coffre à jouets chez mes parents avant qu'ils déménagent.
+ en situation n | We opened the old toy chest at my parents' before they move.
fr negation n | Ce n'est pas du chagrin, juste l'envie de revivre ces étés au bord de la mer avec mes cousins.
+ en negation n | It's not grief, I just wish I could relive those seaside summers with my cousins.
fr negation n | Je ne suis pas triste, je souris en repensant à nos soirées de fac.
+ en negation n | I'm not sad, I'm smiling thinking about our uni nights.
en situation n | Our old family car just drove past with a new owner.
en situation n | My mum sent a photo of my first day of school and I remember the shoes.
# contrast with neighbouring moods
fr situation n | Je retrouve des photos de mes étés chez ma grand-mère et je souris en repensant à ses confitures.
+ en situation n | Found photos of summers at my grandma's and I'm smiling about her jam.
fr situation n | Je réécoute la chanson de notre groupe de potes du lycée, c'était le bon temps.
+ en situation n | Replaying the song our high school crew used to blast, those were the days.
fr situation n | Je repense à notre premier appartement, les soirées pâtes et les meubles dépareillés.
+ en situation n | Thinking about our first flat, pasta nights and mismatched furniture.
fr situation n | Mon vieux nounours est encore sur l'étagère, il a vécu toute mon enfance avec moi.
+ en situation n | My old teddy is still on the shelf, he was there for my whole childhood.
fr situation n | J'ai retrouvé le maillot de mon premier club de foot, que de bons moments.
+ en situation n | Found the shirt from my first football club, such good times.
# stories
fr long n | Mes parents ont vendu la maison de mon enfance. J'y suis allé une dernière fois ce week-end. J'ai retrouvé les marques au crayon sur la porte du cellier. J'ai fermé les yeux et j'ai entendu nos rires dans l'escalier.
+ en long n | My parents sold my childhood home. I went back one last time this weekend. The pencil marks are still on the pantry door. I closed my eyes and could hear us laughing on the stairs.
fr long n | Ce soir j'ai ressorti la console de mes quinze ans. Mon frère est passé et on a rejoué au jeu de course qu'on adorait. On se chamaillait comme avant. Ça m'a ramené vingt ans en arrière.
+ en long n | Tonight I dug out the console I had at fifteen. My brother came round and we played the racing game we loved. We bickered just like back then. It took me twenty years back.
fr long n | Je suis tombée sur une vieille cassette dans la boîte à gants. C'était la compilation de notre premier voyage en voiture avec mes copines. On la chantait à tue-tête. J'ai envie de retrouver ces étés-là.
+ en long n | Found an old tape in the glovebox. It was the mix from our first road trip with the girls. We used to scream along to it. I wish I could have those summers back.
fr long n | Mon grand-père m'a montré son album de photos de jeunesse. Il y avait le bal du village, la moto, ma grand-mère à vingt ans. Il racontait chaque photo avec des étoiles dans les yeux. J'aurais aimé connaître cette époque.
+ en long n | My grandad showed me his photo album from when he was young. The village dance, his motorbike, my grandma at twenty. He told the story behind each picture with a sparkle in his eye. I wish I'd known those days.
fr long n | Je suis retourné dans ma ville d'étudiant pour le travail. Le bar où on refaisait le monde existe toujours. J'ai commandé la même bière. Les souvenirs me sont tous revenus d'un coup.
+ en long n | Work sent me back to the city where I studied. The bar where we used to put the world to rights is still there. I ordered the same beer. All the memories came back at once.
# phone spelling
fr typo n | jretrouve mes vieilles photos de colo, c'etai tro bien avant 🥲
fr typo n | chui nostalgik de mes annees lycée ce soir
fr typo n | la chanson de notre 1er slow passe a la radio, souvenirs...
"""

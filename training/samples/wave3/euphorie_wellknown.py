"""euphorie: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events (most frequent first):
# 1 holidays start today / leaving on holiday
# 2 concert tonight, counting the hours
# 3 at the concert right now, the crowd is going wild
# 4 night out clubbing, dancing till dawn
# 5 house party at our place
# 6 surprise birthday party
# 7 wedding reception, dance floor on fire
# 8 just got engaged, she/he said yes
# 9 positive pregnancy test
# 10 became an aunt/uncle, baby born in the family
# 11 going to be grandparents
# 12 New Year's Eve countdown
# 13 music festival
# 14 surprise trip, plane tickets as a gift
# 15 just landed in a dream destination
# 16 won the lottery / scratch card
# 17 unexpected money: surprise bonus, big tax refund
# 18 new puppy or kitten arrives home
# 19 partner back from far away, airport reunion
# 20 friends show up by surprise
# 21 crush likes me back, first kiss
# 22 head over heels in love
# 23 Friday night, the weekend starts
# 24 last day of school, summer break begins
# 25 snow day, school cancelled
# 26 first swim of the summer at the beach
# 27 road trip with friends
# 28 theme park, rollercoaster
# 29 skydiving, bungee jump
# 30 karaoke night out of control
# 31 hen/stag party
# 32 carnival, street party
# 33 Fête de la musique
# 34 Christmas morning, presents
# 35 dream present
# 36 favourite artist announces a tour or album
# 37 got tickets for the sold-out show
# 38 met my idol
# 39 front row / pulled on stage
# 40 keys to our new home
# 41 it's twins
# 42 gender reveal
# 43 best friend engaged, asked to be best man / maid of honour
# 44 exams over, party tonight
# 45 free upgrade to business class
# 46 won a trip in a prize draw
# 47 first time at Disneyland
# 48 first ski day, fresh powder
# 49 leaving to travel the world
# 50 moving abroad, the adventure begins
# 51 surprise day off, office closed
# 52 the lump is benign, great news from the doctor
# 53 lost pet came home
# 54 stadium atmosphere, chants and flares
# 55 rave, techno night
# 56 pool party in a heatwave
# 57 kids' sleepover party
# 58 new console / game launch at midnight
# 59 Pride parade
# 60 Eurovision / big watch party
# 61 after-work drinks turning into a party
# 62 first warm evening, terraces full
# 63 sibling announces their wedding
# 64 reunited with family after years apart
# 65 convertible, music blasting on the coast road
# 66 spring break, school trip
# 67 our own wedding day
# 68 school prom
# 69 fireworks on Bastille Day / Fourth of July
# 70 surprise concert / secret gig announced in town

# 1 holidays start
fr situation h | C'est parti, vacances ! La voiture est chargée et on file vers le sud !
+ en situation h | That's it, holidays! Car's packed and we're off down south!
fr situation h | Dernier mail envoyé, ordi éteint, trois semaines de congés commencent maintenant !!
+ en situation h | Last email sent, laptop off, three weeks of leave start right now!!
# 2 concert tonight
fr situation h | Concert de Stromae ce soir, je compte les heures et je tiens plus en place ! Chauffe le salon.
+ en situation h | Stromae gig tonight, I'm counting the hours and can't sit still! Warm the room up for me.
fr situation h | Ce soir on voit Taylor Swift en vrai, j'ai les billets dans la main !
+ en situation h | Tonight we see Taylor Swift live, tickets in my hand!
# 3 at the concert
fr situation h | Première chanson, toute la salle saute, j'ai plus de voix ! Lumières à fond !
+ en situation h | First song, the whole venue's jumping, I've lost my voice! Lights all the way up!
fr situation h | Le chanteur vient de lancer le tube et 30 000 personnes hurlent avec moi !
+ en situation h | He just dropped the big hit and 30,000 people are screaming along with me!
# 4 night out clubbing
fr negation h | Fatigué ? Pas du tout, il est quatre heures et on danse encore comme des fous !
+ en negation h | Tired? Not one bit, it's 4 a.m. and we're still dancing like maniacs!
fr situation h | Soirée en boîte avec les copines, le DJ est incroyable, on lâche rien !
+ en situation h | Club night with the girls, the DJ's unreal, we're not stopping!
# 5 house party
fr situation h | Fête chez nous ce soir, quarante invités, le salon est devenu une piste de danse ! Mets le son !
+ en situation h | Party at ours tonight, forty guests, the living room's a dance floor! Crank the music!
fr situation h | L'appart est blindé de potes, la musique cogne, personne ne veut rentrer !
+ en situation h | The flat's rammed with friends, the music's pounding, nobody wants to go home!
# 6 surprise birthday party
fr situation h | J'ouvre la porte et toute la bande crie « Surprise ! » pour mes 30 ans !
+ en situation h | I open the door and the whole gang yells "Surprise!" for my 30th!
fr situation h | Ils m'ont organisé une fête surprise, même mes cousins de Montréal sont là ! Musique !
+ en situation h | They threw me a surprise party, even my cousins from Montreal came! Music, please!
# 7 wedding party
fr situation h | Au mariage de Karim, la piste déborde et même le curé danse à deux heures du matin !
+ en situation h | At Karim's wedding, the dance floor's overflowing and even the priest is dancing at 2 a.m.!
fr situation h | Il est deux heures, tous les invités chantent du Joe Dassin en chenille géante !
+ en situation h | It's 2 a.m. and every wedding guest is singing along in a giant conga line!
# 8 engaged
fr situation h | Bague sortie en haut de la tour Eiffel, j'ai crié oui devant tout le monde !
+ en situation h | He pulled out a ring at the top of the Eiffel Tower and I shouted yes in front of everyone!
fr typo h | fiancee depuis 1h, jregarde la bague et je crie toute seule ptdr
+ en typo h | engaged for an hour, keep staring at the ring n screaming lol
# 9 pregnancy test
fr slang_emoji h | deux barres sur le test 😭😭🍼 on va être parents
+ en slang_emoji h | two lines on the test 😭😭🍼 we're gonna be parents
fr explicit h | Complètement euphorique, je n'en reviens pas : je suis enceinte !
+ en explicit h | Totally euphoric, can't believe it: I'm pregnant!
# 10 became aunt/uncle
fr situation h | Louise est née à 4 h 12, je suis tata, je fais des bonds dans le salon !
+ en situation h | Louise was born at 4:12, I'm an auntie, I'm leaping round the living room!
fr situation h | Le bébé est né cette nuit, je suis tonton, je hurle dans ma voiture !
+ en situation h | Baby arrived overnight, I'm an uncle, I'm yelling in my car!
# 11 grandparents
fr situation h | Notre fils vient de nous l'annoncer : on va être grands-parents !
+ en situation h | Our son just told us: we're going to be grandparents!
fr mixed h | Un coup de vieux, mamie à 52 ans, mais surtout une joie folle, je danse dans la cuisine !
+ en mixed h | Makes me feel old, a grandma at 52, but mostly I'm wildly happy, dancing in the kitchen!
# 12 New Year's Eve
fr situation h | Dix, neuf, huit… bonne année !! Les bouchons sautent partout ! Lumières de fête !
+ en situation h | Ten, nine, eight… Happy New Year!! Corks popping everywhere! Party lights!
fr situation h | Bonne année !! Tout le bar s'embrasse et le DJ envoie le premier tube de l'année !
+ en situation h | Happy New Year!! The whole bar's kissing and the DJ drops the first banger of the year!
# 13 festival
fr situation h | Premier soir aux Vieilles Charrues, les basses font vibrer le sol !
+ en situation h | First night at the festival, the bass is shaking the ground!
fr typo h | 3 jours de festival, tente plantee, bracelet au poignet, cest partiii
+ en typo h | 3 days of festival, tent up, wristband on, lets gooo
# 14 surprise trip
fr situation h | Mon mec m'offre un week-end surprise à Rome, on part demain matin ! Mets une ambiance de fête.
+ en situation h | My boyfriend's surprising me with a weekend in Rome, we leave tomorrow morning! Party vibes, please.
fr situation h | Dans l'enveloppe, deux billets pour New York, je hurle !!
+ en situation h | Inside the envelope, two tickets to New York, I'm screaming!!
# 15 landed in dream destination
fr situation h | Sortie de l'avion à Bali, chaleur, palmiers, je saute partout comme une gamine !
+ en situation h | Stepped off the plane in Bali, heat, palm trees, I'm bouncing around like a kid!
fr negation h | Non, pas fatiguée par le vol du tout : on est à Tokyo et je suis survoltée !
+ en negation h | No, not tired from the flight at all: we're in Tokyo and I'm buzzing!
# 16 lottery
fr situation h | Ticket à gratter gagnant, 10 000 euros, je tremble de partout !
+ en situation h | Winning scratch card, ten grand, I'm shaking all over!
fr situation h | Euromillions : on a tous les bons numéros, je n'arrive plus à respirer !
+ en situation h | EuroMillions: we've got every number right, I can't breathe!
# 17 unexpected money
fr situation h | Le DG annonce que le treizième mois est doublé, tout l'open space hurle !
+ en situation h | The CEO says the year-end bonus is doubled, the whole open-plan office is roaring!
fr situation h | Le fisc me rend 3000 balles, tournée générale ce soir ! Mets-moi un truc festif.
+ en situation h | The tax office is giving me back three grand, drinks are on me tonight! Give me something festive.
# 18 new puppy or kitten
fr situation h | Le chiot est enfin à la maison, les enfants hurlent de joie !
+ en situation h | The puppy's finally home, the kids are shrieking with joy!
fr situation h | On a adopté deux chatons ce matin, ils courent partout et nous aussi !
+ en situation h | We adopted two kittens this morning, they're zooming everywhere and so are we!
# 19 partner back
fr situation h | Elle rentre d'Australie après six mois, je la vois sortir des arrivées !!
+ en situation h | She's back from Australia after six months, I can see her coming through arrivals!!
fr situation h | Fin de la relation à distance, il emménage ici la semaine prochaine !
+ en situation h | Long distance is over, he's moving here next week!
# 20 friends show up by surprise
fr situation h | Mes potes de fac ont sonné à l'improviste avec des bières, la soirée démarre !
+ en situation h | My uni mates rang the bell out of the blue with beers, the night's kicking off!
fr situation h | On sonne : c'est ma meilleure amie, venue de Genève sans prévenir !
+ en situation h | Doorbell: it's my best friend, came all the way from Geneva without telling me!
# 21 crush likes me back, first kiss
fr situation h | Il m'a embrassée devant chez moi, j'arrive pas à redescendre !
+ en situation h | He kissed me outside my place, I can't come back down to earth!
fr slang_emoji h | elle m'a dit qu'elle m'aime bien aussi 😭😭🔥 jsuis en PLS de bonheur
+ en slang_emoji h | she said she likes me too 😭😭🔥 literally screaming rn
# 22 in love
fr explicit h | Je suis fou amoureux, je flotte, j'ai envie de crier son prénom partout !
+ en explicit h | I'm madly in love, I'm floating, I want to shout her name everywhere!
fr situation h | Troisième rendez-vous et on a dansé sous la pluie jusqu'à minuit !
+ en situation h | Third date and we danced in the rain until midnight!
# 23 Friday night
fr situation h | Vendredi 18 h, le week-end commence, on sort tous ce soir ! Envoie du son !
+ en situation h | Friday 6 p.m., weekend's here, we're all going out tonight! Hit the music!
fr slang_emoji h | c vendrediii 🥳🍻 apéro puis boîte, on rentre demain midi lol
+ en slang_emoji h | it's fridayyy 🥳🍻 drinks then clubbing, home by noon tomorrow lol
# 24 last day of school
fr situation h | Dernière sonnerie de l'année, les cartables volent, c'est les grandes vacances !
+ en situation h | Last bell of the year, school bags flying, summer holidays are here!
fr situation h | Les gamins sortent de l'école en courant et en criant « vacaaances » !
+ en situation h | The kids come running out of school yelling "holidaaays"!
# 25 snow day
fr situation h | Un mètre de neige, école fermée, les enfants sont déjà dehors en pyjama ! Allume tout !
+ en situation h | A metre of snow, school's closed, the kids are already outside in pyjamas! Lights on, all of them!
fr situation h | Tempête de neige, écoles fermées, journée de luge pour tout le monde !
+ en situation h | Snowstorm, schools shut, sledging day for everybody!
# 26 first swim of summer
fr situation h | Premier plongeon de l'été, l'eau est parfaite, on hurle comme des gosses !
+ en situation h | First dip of the summer, water's perfect, we're shrieking like kids!
fr situation h | Arrivés à la plage, on court droit dans les vagues tout habillés !
+ en situation h | Got to the beach and we ran straight into the waves fully clothed!
# 27 road trip
fr situation h | En route pour l'Espagne à cinq dans la Clio, on braille tous les tubes des années 2000 !
+ en situation h | Off to Spain, five of us in the Clio, bawling every 2000s hit!
fr typo h | roadtrip en van jusqua lisbonne, on est partis ce matin jsuis trop contente
+ en typo h | vanlife roadtrip to lisbon, we left this morning im so hyped
# 28 theme park
fr situation h | Le grand huit nous a retournés, on refait la queue direct, encore !
+ en situation h | The rollercoaster turned us inside out, we're straight back in the queue, again!
fr situation h | Journée au Parc Astérix, les enfants et moi on crie dans chaque attraction !
+ en situation h | Day at the theme park, the kids and I are screaming on every ride!
# 29 skydiving, bungee
fr situation h | Chute libre de cinquante secondes, je touche le sol en riant comme une folle !
+ en situation h | Fifty seconds of free fall, I hit the ground laughing like a maniac!
fr situation h | Saut à l'élastique fait, j'ai l'adrénaline à fond, je crie encore !
+ en situation h | Bungee jump done, adrenaline through the roof, I'm still yelling!
# 30 karaoke
fr situation h | Karaoké au bar du coin, la serveuse chante avec nous et tout le monde hurle le refrain !
+ en situation h | Karaoke at the local, the waitress is singing with us and everyone's screaming the chorus!
fr typo h | soiree karaoke de ouf, jai chanté celine dion a fond devant tt le bar mdr
+ en typo h | karaoke nite is insane, i just belted celine dion in front of the whole bar lmao
# 31 hen/stag party
fr situation h | EVJF à Barcelone, on est douze en tutu rose et la fête commence !
+ en situation h | Hen do in Barcelona, twelve of us in pink tutus and the party's on!
fr situation h | Enterrement de vie de garçon, le futur marié est déguisé en banane, on est déchaînés !
+ en situation h | Stag do, the groom's dressed as a banana and we're completely wild!
# 32 carnival
fr situation h | Carnaval de Binche, les tambours, les confettis, on danse depuis ce matin !
+ en situation h | Carnival in the streets, drums, confetti, we've been dancing since morning!
fr situation h | Défilé de carnaval sous nos fenêtres, toute la rue saute et chante !
+ en situation h | Carnival parade under our windows, the whole street's jumping and singing!
# 33 Fête de la musique
fr situation h | Fête de la musique, un groupe joue au coin de la rue et tout le quartier danse ! Suis le rythme.
+ en situation h | Fête de la Musique, a band's playing on the corner and the whole neighbourhood's dancing! Keep up with the beat.
fr situation h | Soir du 21 juin, on passe de scène en scène, la ville entière est en fête !
+ en situation h | June 21st, we're hopping from stage to stage, the entire city is partying!
# 34 Christmas morning
fr situation h | Matin de Noël, les enfants dévalent l'escalier en hurlant devant le sapin !
+ en situation h | Christmas morning, the kids are tearing down the stairs screaming at the tree!
fr situation h | Il a neigé la nuit de Noël et les petits ouvrent leurs cadeaux en sautant partout !
+ en situation h | It snowed on Christmas Eve and the little ones are opening presents bouncing everywhere!
# 35 dream present
fr situation h | Ma copine m'a offert la guitare dont je rêvais depuis le lycée !
+ en situation h | My girlfriend gave me the guitar I've wanted since high school!
fr situation h | Pour mes 18 ans, une petite voiture avec un nœud rouge devant la maison, je hurle !
+ en situation h | For my 18th, a little car with a red bow out front, I'm screaming!
# 36 artist announces a tour
fr situation h | Mon groupe préféré annonce une tournée et passe par Bruxelles !!
+ en situation h | My favourite band just announced a tour and it's coming to Brussels!!
fr slang_emoji h | NOUVEL ALBUM DE BEYONCÉ À MINUIT 😱😱💃 je vais pas dormir
+ en slang_emoji h | NEW BEYONCÉ ALBUM AT MIDNIGHT 😱😱💃 not sleeping tonight
# 37 tickets for the sold-out show
fr situation h | J'ai eu deux places pour le concert complet, je saute partout ! Lumières qui bougent, vite !
+ en situation h | Got two seats for the sold-out gig, I'm bouncing off the walls! Moving lights, quick!
fr situation h | Une collègue me refile son billet pour la finale ce soir, j'y vais !!
+ en situation h | A colleague's giving me her ticket for tonight's final, I'm going!!
# 38 met my idol
fr situation h | Je suis tombée sur mon chanteur préféré dans le TGV, selfie et bise, je suis morte !
+ en situation h | Ran into my favourite singer on the train, selfie and a kiss on the cheek, I'm dead!
fr situation h | Il m'a signé mon vinyle et m'a parlé cinq minutes, je suis sur un nuage !
+ en situation h | He signed my vinyl and chatted with me for five minutes, I'm on cloud nine!
# 39 front row / on stage
fr slang_emoji h | PREMIER RANG 😱🎤 je vois sa sueur, je vais pleurer
+ en slang_emoji h | FRONT ROW 😱🎤 I can see him sweat, gonna cry
fr situation h | La chanteuse m'a fait monter sur scène pour chanter le refrain avec elle !!
+ en situation h | The singer pulled me on stage to sing the chorus with her!!
# 40 keys to our new home
fr situation h | Clés récupérées ! On met la musique dans la maison vide et on danse entre les cartons !
+ en situation h | Got the keys! We've put music on in the empty house and we're dancing among the boxes!
fr situation h | Signature chez le notaire faite, c'est chez nous, on saute dans le salon vide !
+ en situation h | Papers signed, it's ours, we're jumping around the empty living room!
# 41 it's twins
fr situation h | À l'écho, la sage-femme nous dit qu'il y a deux cœurs : des jumeaux !!
+ en situation h | At the scan the midwife says there are two heartbeats: twins!!
fr slang_emoji h | JUMEAUX 👶👶 on s'y attendait pas du tout, je crie
+ en slang_emoji h | TWINS 👶👶 totally didn't see that coming, I'm screaming
# 42 gender reveal
fr situation h | Le ballon éclate, des confettis roses partout, c'est une fille !
+ en situation h | The balloon pops, pink confetti everywhere, it's a girl!
fr situation h | Fumée bleue dans le jardin, c'est un garçon, toute la famille applaudit !
+ en situation h | Blue smoke in the garden, it's a boy, the whole family's cheering!
# 43 best friend engaged, asked to be witness
fr situation h | Théo se marie en août et il m'a choisi comme témoin, on trinque déjà !
+ en situation h | Théo's getting married in August and picked me as best man, we're already clinking glasses!
fr situation h | Ma meilleure amie est fiancée et elle me demande d'être sa demoiselle d'honneur ! Fais la fête avec moi.
+ en situation h | My best friend's engaged and she's asked me to be her maid of honour! Get the party going in here.
# 44 exams over, party tonight
fr situation h | Fin des partiels ! Copies rendues, ce soir on fait la fête jusqu'au bout !
+ en situation h | Finals are over! Papers handed in, tonight we party till the end!
fr typo h | dernier exam fini !!! liberte, soiree chez tom ce soir jpp
+ en typo h | last exam doneee!!! freedom, party at toms tonite omg
# 45 free upgrade
fr situation h | Surclassement gratuit en classe affaires, champagne et lit couché, je rêve !
+ en situation h | Free upgrade to business class, champagne and a flat bed, is this real!
fr situation h | L'hôtel nous donne la suite avec jacuzzi sans supplément, on saute sur le lit !
+ en situation h | The hotel bumped us up to the suite with a hot tub for free, we're jumping on the bed!
# 46 won a trip in a prize draw
fr situation h | J'ai gagné un voyage aux Maldives au tirage au sort de la radio !!
+ en situation h | I won a trip to the Maldives in the radio prize draw!!
fr situation h | Tirée au sort au concours du supermarché : une semaine à la Réunion pour quatre !
+ en situation h | My name came out in the supermarket draw: a week in the tropics for four!
# 47 Disneyland
fr situation h | Première fois à Disneyland, les enfants voient le château et hurlent de joie !
+ en situation h | First time at Disneyland, the kids see the castle and scream with delight!
fr situation h | On a dit aux petits qu'on partait à Disney demain, ils sautent sur les lits !
+ en situation h | We told the little ones we're going to Disney tomorrow, they're jumping on the beds!
# 48 first ski day
fr situation h | Premier jour de ski, poudreuse fraîche et grand soleil, on dévale en criant !
+ en situation h | First ski day, fresh powder and full sun, we're flying down yelling!
fr explicit h | Trop excité pour dormir : demain premier jour de ski et il y a de la poudreuse !
+ en explicit h | Too excited to sleep: first ski day tomorrow and there's fresh powder!
# 49 leaving to travel the world
fr situation h | Sac à dos prêt, billet aller simple pour Bangkok, le tour du monde commence !
+ en situation h | Backpack ready, one-way ticket to Bangkok, the round-the-world trip begins!
fr situation h | Dernier jour au bureau, demain je pars un an en voyage, je plane ! Ambiance qui va avec.
+ en situation h | Last day at the office, tomorrow I'm off travelling for a year, I'm buzzing! Something to match.
# 50 moving abroad
fr situation h | Visa reçu, on part vivre à Montréal dans trois semaines, c'est fou !
+ en situation h | Visa's here, we're moving to Montreal in three weeks, it's crazy!
fr mixed h | Un peu le trac de tout quitter, mais surtout une excitation dingue : on part vivre en Australie !
+ en mixed h | Bit nervous about leaving everything, but mostly wildly excited: we're moving to Australia!
# 51 surprise day off
fr situation h | Le patron ferme la boîte cet après-midi, tout le monde à la plage !
+ en situation h | Boss is closing up shop this afternoon, everybody to the beach!
fr situation h | Grève surprise, pas de cours demain, on organise une soirée ce soir !
+ en situation h | Surprise strike, no classes tomorrow, we're throwing a party tonight!
# 52 benign
fr situation h | Résultats de la biopsie : rien de méchant ! On fait la fête en famille ce soir !
+ en situation h | Biopsy results: nothing nasty! We're partying as a family tonight!
fr mixed h | J'ai encore les jambes qui tremblent de peur, mais je hurle de joie : pas de cancer !
+ en mixed h | My legs are still shaking from the fear, but I'm screaming with joy: no cancer!
# 53 lost pet came home
fr situation h | Minou a retrouvé le chemin de la maison après un mois, toute la famille saute de joie !
+ en situation h | Our cat found his way home after a month, the whole family's jumping for joy!
fr situation h | Un voisin a retrouvé notre chien, il nous saute dessus, les enfants pleurent de joie !
+ en situation h | A neighbour found our dog, he's leaping all over us, the kids are crying with joy!
# 54 stadium atmosphere
fr situation h | Le kop chante sans s'arrêter, les drapeaux tournent, l'ambiance est électrique !
+ en situation h | The home end hasn't stopped singing, flags spinning, the atmosphere's electric!
fr situation h | Ambiance de folie au Vélodrome, 60 000 personnes sautent en même temps !
+ en situation h | Insane atmosphere at the ground, 60,000 people jumping at once!
# 55 rave, techno night
fr situation h | Rave dans un hangar, la techno tape, je danse depuis minuit sans m'arrêter ! Stroboscope à fond !
+ en situation h | Warehouse rave, the techno's pounding, I've been dancing non-stop since midnight! Strobes all the way!
fr wish h c=magenta;violet;blue b=bright | Soirée techno à la maison : magenta, violet et bleu, tout en éclat !
+ en wish h c=magenta;violet;blue b=bright | Techno party at home: magenta, violet and blue, full blast!
# 56 pool party heatwave
fr situation h | Pool party chez Léa, 35 degrés, tout le monde saute dans la piscine en musique !
+ en situation h | Pool party at Léa's, 35 degrees, everyone's cannonballing in to the music!
fr slang_emoji h | canicule + piscine + playlist de l'été 🌞🏊‍♀️🎶 meilleure journée de l'année
+ en slang_emoji h | heatwave + pool + summer playlist 🌞🏊‍♀️🎶 best day of the year
# 57 kids' sleepover party
fr situation h | Soirée pyjama pour les dix ans de ma fille, huit gamines hurlent de rire dans le salon !
+ en situation h | Sleepover for my daughter's tenth, eight girls shrieking with laughter in the lounge!
fr situation h | Bataille d'oreillers à minuit, les enfants sont déchaînés, moi aussi ! Mets-nous de la couleur !
+ en situation h | Pillow fight at midnight, the kids are wild, and so am I! Give us some colour!
# 58 new console launch
fr situation h | La nouvelle console est arrivée, on la déballe, je tiens plus en place !
+ en situation h | The new console's here, we're unboxing it, I can't keep still!
fr typo h | le jeu sort a minuit, jai pris 3 jours de congé, trop hypé !!!
+ en typo h | game drops at midnite, took 3 days off, sooo hyped!!!
# 59 Pride
fr situation h | Marche des fiertés, les chars, les paillettes, la musique, on danse dans la rue !
+ en situation h | Pride march, floats, glitter, music, we're dancing in the street!
fr wish h c=red;yellow;blue b=bright | Pride ce soir : arc-en-ciel complet et lumière à fond !
+ en wish h c=red;yellow;blue b=bright | Pride tonight: full rainbow and everything bright!
# 60 watch party
fr situation h | Soirée Eurovision à quinze, drapeaux, paillettes, on chante toutes les chansons ! Mode paillettes !
+ en situation h | Eurovision party with fifteen of us, flags, glitter, we're singing every song! Glitter mode on!
fr situation h | Grande soirée devant l'écran géant sur la place, toute la ville est dehors !
+ en situation h | Big screening night in the square, the whole town's out!
# 61 after-work turns into party
fr situation h | L'afterwork a dégénéré, le service compta danse sur le comptoir !
+ en situation h | After-work drinks got out of hand, the accounts team is dancing on the bar!
fr situation h | Pot de fin d'année au bureau, quelqu'un a sorti une enceinte et c'est la teuf !
+ en situation h | End-of-year drinks at work, someone brought a speaker and it's a full-on party!
# 62 first warm evening, terraces
fr situation h | Premier soir d'été, terrasses bondées, on trinque et on danse sur le trottoir !
+ en situation h | First summer evening, packed terraces, we're toasting and dancing on the pavement!
fr wish h c=orange;pink b=bright | Premier soir d'été, on fait la fête sur le balcon : orange et rose, bien lumineux !
+ en wish h c=orange;pink b=bright | First summer night, we're partying on the balcony: orange and pink, nice and bright!
# 63 sibling's wedding news
fr situation h | Mon frère nous annonce son mariage au dîner, on saute tous de nos chaises !
+ en situation h | My brother announces his wedding at dinner, we all leap out of our chairs!
fr situation h | Ma petite sœur se marie en juin en Grèce, on est tous invités !!
+ en situation h | My kid sister's tying the knot in Greece this June, and the whole family's going!!
# 64 reunited with family
fr situation h | Cinq ans sans voir ma mère, et elle est là, devant moi, à l'aéroport !
+ en situation h | Five years without seeing my mum, and she's right here in front of me at the airport!
fr situation h | Toute la famille réunie pour la première fois depuis le Covid, c'est la fête !
+ en situation h | Whole family together for the first time since Covid, it's a celebration!
# 65 convertible on the coast road
fr situation h | Décapotable, cheveux au vent, musique à fond sur la route de la corniche !
+ en situation h | Top down, hair blowing, music blasting along the coast road!
fr negation h | Non, je ne suis pas calme du tout, je suis survoltée : on part en cabriolet pour la Côte !
+ en negation h | No, I'm not calm at all, I'm supercharged: we're driving a convertible to the Riviera!
# 66 spring break, school trip
fr situation h | Voyage scolaire à Londres, le car démarre et toute la classe hurle de joie !
+ en situation h | School trip to London, the coach pulls away and the whole class cheers!
fr typo h | spring break a cancun, plage musique et fete tous les soirs cest la folieee
+ en typo h | spring break in cancun, beach music n parties every nite its craaazy
# 67 our wedding day
fr situation h | On vient de se dire oui, les invités jettent du riz, je suis sur un nuage ! Lumières de fête !
+ en situation h | We just said I do, the guests are throwing rice, I'm on cloud nine! Party lights!
fr explicit h | Mariée depuis une heure et complètement euphorique, je n'arrête pas de rire !
+ en explicit h | Married for an hour and absolutely euphoric, I can't stop laughing!
# 68 prom
fr situation h | Bal de promo, la salle est décorée, on danse tous au milieu !
+ en situation h | Prom night, the hall's all decked out, everyone's dancing in the middle!
fr situation h | Notre bal de finissants a commencé, limousine, robe, et la musique démarre !
+ en situation h | Our graduation prom's started, limo, dress, and the music kicks in!
# 69 fireworks
fr situation h | Fusées et bouquets au-dessus du port, la foule hurle à chaque explosion !
+ en situation h | Rockets and starbursts over the harbour, the crowd roars at every bang!
fr situation h | Le bouquet final explose, tout le monde applaudit et s'embrasse ! Mode feu d'artifice.
+ en situation h | The grand finale bursts, everyone's clapping and hugging! Fireworks mode.
# 70 surprise gig in town
fr situation h | Concert surprise de mon artiste préféré dans un petit bar ce soir, on y court !
+ en situation h | My favourite artist's playing a surprise gig in a tiny bar tonight, we're running there!
fr explicit h | Je suis surexcitée, je n'arrive pas à tenir en place : concert secret ce soir !
+ en explicit h | I'm over the moon and can't sit still: secret gig tonight!
"""

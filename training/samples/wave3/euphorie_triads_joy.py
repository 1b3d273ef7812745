"""euphorie: third wave, triads with bonnehumeur and victoire (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Tarte aux pommes géante, quarante invités qui chantent : ma fête surprise des 30 ans est dingue !
+ en situation h | Giant apple tart, forty guests singing: my surprise thirtieth is absolutely insane!
# triad 02
fr situation h | On adopte un chien ! Les enfants hurlent et courent dans tous les sens au refuge ! Lumières de fête, vite !
+ en situation h | We're adopting a dog! The kids are screaming and running in every direction at the shelter! Party lights, quick!
# triad 03
fr situation h | Bac fini ce midi : bataille d'eau géante devant le lycée, on hurle, on danse, c'est les vacances !
+ en situation h | Exams over at noon: giant water fight outside school, we're screaming, dancing, it's the holidays!
# triad 04
fr situation h | Le patron annonce une prime surprise pour tout le monde et fait sauter le champagne dans l'open space !
+ en situation h | The boss announces a surprise bonus for everyone and pops champagne in the open-plan office!
# triad 05
fr situation h | 50 000 euros au loto ! Je tremble, je saute partout, j'appelle tout le monde !
+ en situation h | 50,000 euros on the lottery! I'm shaking, jumping everywhere, calling everyone!
# triad 06
en situation h | Front row, the band starts my favourite song and the whole stadium jumps with me! Match the lights to that!
+ fr situation h | Premier rang, le groupe lance ma chanson préférée et tout le stade saute avec moi ! Accorde les lumières à ça !
# triad 07
fr situation h | But à la 94e, la France en finale, tout le bar saute et s'embrasse, je n'ai plus de voix !
+ en situation h | Goal in the 94th minute, France into the final, the whole bar's jumping and hugging, I've lost my voice!
# triad 08
fr situation h | Fête de la tomate au village : bataille géante dans la rue, tout le monde danse couvert de jus !
+ en situation h | Tomato festival in the village: giant street battle, everyone's dancing covered in juice!
# triad 09
fr situation h | Ma fille vient de naître, je la tiens contre moi, j'ai envie de crier ça au monde entier !
+ en situation h | My daughter's just been born, I'm holding her close, I want to shout it to the whole world!
# triad 10
en situation h | My boyfriend just proposed on the beach and I screamed YES, I can't stop jumping!
+ fr situation h | Mon copain m'a demandée en mariage sur la plage, j'ai hurlé OUI, je n'arrête pas de sauter !
# triad 11
fr situation h | Fête des voisins géante dans la cour, DJ, guirlandes, tout l'immeuble danse jusqu'à trois heures !
+ en situation h | Huge street party in the courtyard, DJ, fairy lights, the whole building dancing till three!
# triad 12
fr situation h | Pluie chaude d'été au festival, on danse pieds nus dans la boue devant la scène, c'est énorme !
+ en situation h | Warm summer rain at the festival, we're dancing barefoot in the mud in front of the stage, it's massive!
# triad 13
en situation h | Surprise! My friends booked me a train to Barcelona tonight for a whole weekend of partying!
+ fr situation h | Surprise ! Mes potes m'ont réservé un train pour Barcelone ce soir, tout un week-end de fête !
# triad 14
fr situation h | Mon oncle me prête sa décapotable : toit ouvert, musique à fond, je hurle de joie sur la route de la côte !
+ en situation h | My uncle's lending me his convertible: top down, music blasting, I'm whooping all along the coast road!
# triad 15
fr situation h | Échographie à l'hôpital : on attendait un bébé, il y en a trois ! J'appelle toute la famille en hurlant !
+ en situation h | Scan at the hospital: we were expecting one baby, there are three! I'm calling the whole family, shrieking!
# triad 16
fr situation h | Soirée jeux vidéo de folie : dix potes, des pizzas, on hurle à chaque manche et personne ne veut dormir !
+ en situation h | Wild video game night: ten mates, pizzas, we scream at every round and nobody wants to sleep!
# triad 17
en situation h | My favourite author just liked my post and invited me to her book launch party in Paris, I'm screaming!
+ fr situation h | Mon autrice préférée vient de liker mon post et m'invite à sa soirée de lancement à Paris, je hurle !
# triad 18
fr situation h | On a les clés de la maison avec jardin ! On court dans les pièces vides en criant comme des gosses !
+ en situation h | We've got the keys to the house with a garden! Running through the empty rooms screaming like kids!
# triad 19
fr situation h | Courrier des impôts : ils me remboursent 2 300 euros ! Ce soir resto et cocktails pour toute la bande !
+ en situation h | Letter from the tax office: they're refunding me 2,300 euros! Tonight it's dinner and cocktails for the whole gang!
# triad 20
fr situation h | J'ai gagné le tout dernier téléphone au tirage au sort du salon, je saute partout dans les allées !
+ en situation h | I won the very latest phone in the trade-fair draw, I'm jumping all over the aisles!
# triad 21
fr slang_emoji h | PTN ma vidéo fait 2 millions de vues en une nuit 😱🎉🎉 je hurle dans mon appart
+ en slang_emoji h | OMG my video got 2 million views overnight 😱🎉🎉 I'm screaming in my flat
# triad 22
fr situation h | Je suis la millionième cliente du magasin : caddie gratuit, confettis et toutes les caisses qui applaudissent !
+ en situation h | I'm the shop's millionth customer: free trolley, confetti and every checkout clapping!
# triad 23
en situation h | Christmas morning: a ticket to New York hidden under the tree, I'm screaming and bouncing round the room!
+ fr situation h | Matin de Noël : un billet pour New York caché sous le sapin, je hurle et je saute dans le salon !
# triad 24
fr situation h | Mamie fête ses 100 ans, elle danse le rock avec le DJ et toute la famille hurle en tapant des mains !
+ en situation h | Gran's turning 100, she's jiving with the DJ and the whole family is whooping and clapping!
# triad 25
fr situation h | On inaugure la terrasse ce soir : barbecue, guirlandes, trente potes qui dansent jusqu'à l'aube !
+ en situation h | We're christening the terrace tonight: barbecue, fairy lights, thirty friends dancing till dawn!
# triad 26
fr situation h | Cinq heures du matin, on sort de boîte, le soleil se lève et on chante encore sur le quai ! Ambiance assortie, s'il te plaît !
+ en situation h | Five in the morning, we're leaving the club, the sun's coming up and we're still singing on the platform! Matching vibe, please!
# triad 27
en situation h | Campus gala night and the headliner is our favourite band, the whole lecture hall is jumping!
+ fr situation h | Soirée de gala de la fac, et la tête d'affiche c'est notre groupe préféré, tout l'amphi saute !
# triad 28
fr situation h | Fin du chantier : le client offre une fête avec orchestre, toute l'équipe danse dans la cour !
+ en situation h | End of the build: the client throws a party with a band, the whole crew's dancing in the yard!
# triad 29
fr situation h | Color run avec toute la bande : poudre rose partout, musique à fond, on court en hurlant de rire !
+ en situation h | Colour run with the whole gang: pink powder everywhere, music blasting, we're running and shrieking with laughter!
# triad 30
en situation h | Courtside seats for the final at Roland-Garros, match point, and the whole stadium erupts!
+ fr situation h | Places au bord du court pour la finale de Roland-Garros, balle de match, et tout le stade explose !
# triad 31
fr situation h | Le chanteur m'a fait monter sur scène pour jouer du ukulélé avec lui devant dix mille personnes !
+ en situation h | The singer pulled me up on stage to play ukulele with him in front of ten thousand people!
# triad 32
fr situation h | Dîner surprise : le chef éteint les lumières et tout le resto chante pour nos fiançailles, on est fous !
+ en situation h | Surprise dinner: the chef dims the lights and the whole restaurant sings for our engagement, we're going crazy!
# triad 33
en situation h | My best friend flew in from Montreal without warning, she's on my doorstep, we're screaming and jumping!
+ fr situation h | Ma meilleure amie débarque de Montréal sans prévenir, elle est sur mon palier, on hurle en sautant !
# triad 34
fr situation h | Réunion de famille : quarante cousins, un DJ, tonton debout sur la table qui lance la chenille, la folie !
+ en situation h | Family reunion: forty cousins, a DJ, my uncle standing on the table starting a conga line, pure madness!
# triad 35
fr situation h | L'Aïd chez ma tante : musique, youyous, tout le quartier danse dans la cour jusqu'à minuit !
+ en situation h | Eid at my aunt's: music, ululating, the whole neighbourhood dancing in the courtyard till midnight!
# triad 36
fr situation h | Test de grossesse positif ! Je cours dans le salon, on rit, on pleure, on danse !
+ en situation h | Pregnancy test positive! I run into the living room, we laugh, we cry, we dance!
# triad 37
fr situation h | Fête de la musique : les rues débordent, on passe d'un concert à l'autre en dansant jusqu'à l'aube !
+ en situation h | Fête de la Musique: the streets are packed, we're dancing from one gig to the next till dawn!
# triad 38
fr situation h | Fête des moissons : bal dans la grange, tracteurs décorés, tout le village danse jusqu'au matin !
+ en situation h | Harvest festival: a dance in the barn, decorated tractors, the whole village dancing till morning!
# triad 39
en situation h | Humpback whales leaping right beside our boat, we're all shouting and laughing like mad!
+ fr situation h | Des baleines à bosse sautent juste à côté du bateau, on crie et on rit tous comme des fous !
# triad 40
en situation h | A metre of fresh powder and blazing sun, we're flying down the slope whooping like kids!
+ fr situation h | Un mètre de poudreuse fraîche et grand soleil, on dévale la piste en hurlant comme des gamins !
# triad 41
fr situation h | Le club de tricot vire au karaoké : les mamies chantent ABBA debout sur les chaises, c'est la folie !
+ en situation h | Knitting club has turned into karaoke: the grannies are singing ABBA standing on chairs, it's madness!
# triad 42
fr situation h | Soirée des bénévoles : fanfare surprise, confettis, on danse tous sur les tables de la cantine !
+ en situation h | Volunteers' party: surprise brass band, confetti, we're all dancing on the canteen tables!
# triad 43
fr situation h | Fan zone des JO, médaille d'or en direct sur l'écran géant, des milliers de gens dansent et s'embrassent !
+ en situation h | Olympic fan zone, gold medal live on the big screen, thousands of people dancing and hugging!
# triad 44
en situation h | The rover just touched down on Mars live, and the whole lab is jumping and hugging!
+ fr situation h | Le rover vient de se poser sur Mars en direct, et tout le labo saute et s'embrasse !
# triad 45
fr situation h | Aspirateur rangé, musique à fond : les copines débarquent et on danse déjà sur le canapé en hurlant !
+ en situation h | Vacuum put away, music blasting: the girls have turned up and we're already dancing on the sofa, shrieking!
# triad 46
en situation h | Our cat had five kittens overnight, the kids are squealing and dancing round the basket!
+ fr situation h | Notre chatte a eu cinq chatons cette nuit, les enfants poussent des cris et dansent autour du panier !
# triad 47
fr situation h | Dernier jour d'école ! On lance nos cahiers en l'air et on court en hurlant vers les vacances !
+ en situation h | Last day of school! We throw our exercise books in the air and run screaming into the holidays!
# triad 48
fr typo h | le boss a loué tt le bateau pr la soirée d'entreprise, open bar et DJ, cest la folieee
+ en typo h | boss hired the whole boat for the work party, open bar and DJ, its crazyyy
# triad 49
fr situation h | Rémission complète ! On sort du cabinet en criant, on appelle tout le monde, ce soir c'est la fête !
+ en situation h | Full remission! We leave the doctor's shouting, calling everyone, tonight we party!
# triad 50
en situation h | Paying the bill online, a pop-up says I've won a trip to Bali, I'm screaming in the kitchen!
+ fr situation h | En payant la facture en ligne, une fenêtre m'annonce que j'ai gagné un voyage à Bali, je hurle dans la cuisine !
# triad 51
en situation h | Upgraded to first class on our honeymoon flight to Tokyo, champagne, we're bouncing in our seats!
+ fr situation h | Surclassés en première pour notre voyage de noces à Tokyo, champagne, on saute sur nos sièges !
# triad 52
fr situation h | La soirée jeux dégénère : karaoké, loup-garou, tout le monde hurle et danse à deux heures du mat' !
+ en situation h | Games night gets out of hand: karaoke, werewolf, everyone yelling and dancing at 2am!
# triad 53
fr situation h | Avant-première : l'acteur principal s'assoit à côté de nous et nous invite à l'after, on hallucine !
+ en situation h | Premiere: the lead actor sits down next to us and invites us to the after-party, we can't believe it!
# triad 54
fr situation h | Canicule : les pompiers ouvrent les bouches d'incendie et toute la rue danse sous l'eau en musique !
+ en situation h | Heatwave: the firefighters open the hydrants and the whole street is dancing in the spray to music!
# triad 55
en situation h | The garden party turned into a foam party, kids and grown-ups sliding on the lawn, total madness!
+ fr situation h | La garden-party vire à la soirée mousse, petits et grands glissent sur la pelouse, folie totale !
# triad 56
fr mixed h | Un peu sonné par le bruit, mais surtout survolté : le hackathon finit en soirée DJ dans les bureaux !
+ en mixed h | A bit dazed by the noise, but mostly buzzing: the hackathon is ending as a DJ party in the office!
# triad 57
fr situation h | Le voisin a gagné à la tombola du quartier et invite tout l'immeuble sur le toit, musique et feux de Bengale !
+ en situation h | The neighbour won the local raffle and invited the whole building onto the roof, music and sparklers!
# triad 58
fr slang_emoji h | on part à Disney demain, SURPRISE de mes parents 🎢🎉🎉 j'arrive pas à dormir
+ en slang_emoji h | we're off to Disney tomorrow, SURPRISE from my parents 🎢🎉🎉 can't sleep
# triad 59
fr situation h | La boulangerie fête ses 100 ans : pain offert, accordéon, et toute la rue danse devant la vitrine !
+ en situation h | The bakery's turning 100: free bread, an accordion, and the whole street dancing outside the window!
# triad 60
fr situation h | Premier jour dans la boîte et c'est la fête de fin d'année : DJ, bulles, je danse avec mes nouveaux collègues !
+ en situation h | First day at the company and it's the end-of-year party: DJ, bubbly, I'm dancing with my new colleagues!
# triad 61
fr situation h | Dernière garde avant les vacances : toute l'équipe file en boîte, on danse jusqu'au jour !
+ en situation h | Last shift before the holidays: the whole team heads to a club, we're dancing till daylight!
# triad 62
en situation h | World Cup final, try in the last second, the pub explodes and strangers lift me into the air!
+ fr situation h | Finale de Coupe du monde, essai à la dernière seconde, le bar explose et des inconnus me portent en l'air !
# triad 63
fr typo h | GAGNÉ 2 places pr le concert d'Aya Nakamura au jeu de la radio!!! jsuis en train de hurlerrr
+ en typo h | WON 2 tix for the Aya Nakamura concert on the radio contest!!! im screaminggg
# triad 64
fr situation h | Aurores boréales visibles en Normandie ce soir ! On court sur la plage en criant, le ciel est rose et vert !
+ en situation h | Northern lights visible in Normandy tonight! We're running along the beach shouting, the sky's pink and green!
# triad 65
en situation h | Email from the embassy: we won the green card lottery, we're moving to New York, this is insane!
+ fr situation h | Mail de l'ambassade : on a gagné la loterie de la carte verte, on part vivre à New York, c'est dingue !
# triad 66
fr situation h | Mes 18 ans : mes potes ont loué une péniche, DJ, feu d'artifice, on danse sur la Seine toute la nuit !
+ en situation h | My 18th: my mates hired a barge, DJ, fireworks, we're dancing on the Seine all night!
# triad 67
fr situation h | Première nuit à Porto, c'est la Saint-Jean : marteaux en plastique, feux d'artifice, on danse dans les ruelles !
+ en situation h | First night in Porto and it's São João: plastic hammers, fireworks, we're dancing in the alleys!
# triad 68
fr situation h | Pour nos dix ans, mon mari m'emmène à Venise en secret, j'ai découvert les billets à l'aéroport et j'ai crié !
+ en situation h | For our tenth anniversary my husband's secretly taking me to Venice, I found out at the airport and screamed!
# triad 69
en situation h | She said yes to a date and kissed me in the rain, I'm running home laughing and shouting!
+ fr situation h | Elle a dit oui pour un rencard et m'a embrassé sous la pluie, je rentre en courant, je ris et je crie !
# triad 70
fr situation h | Gala de fin de partiels : open bar, DJ, toute la promo danse sur les tables de l'amphi !
+ en situation h | End-of-exams gala: open bar, DJ, the whole year dancing on the lecture-hall desks!
# triad 71
fr situation h | Relooking surprise à la télé : nouvelle coupe, le public applaudit et je saute partout sur le plateau !
+ en situation h | Surprise TV makeover: new haircut, the audience clapping and me jumping all over the set!
# triad 72
en situation h | Huge parcel from my sister: VIP passes for the festival! I'm screaming in the hallway!
+ fr situation h | Énorme colis de ma sœur : des pass VIP pour le festival ! Je hurle dans le couloir !
# triad 73
fr situation h | Pot de départ à la retraite : les collègues ont fait venir un orchestre, je danse le twist sur la table !
+ en situation h | Retirement do: my colleagues brought in a band, I'm doing the twist on the table!
# triad 74
fr situation h | Galop sur la plage au coucher du soleil, les chevaux filent dans les vagues, on hurle de bonheur !
+ en situation h | Galloping on the beach at sunset, the horses racing through the waves, we're whooping with joy!
# triad 75
en situation h | A famous band just reposted my concert photo and they're inviting me backstage tonight!
+ fr situation h | Un groupe célèbre vient de repartager ma photo de concert et ils m'invitent en coulisses ce soir !
# triad 76
fr situation h | Le courant revient pile à minuit, la sono repart et toute la soirée hurle et danse de plus belle !
+ en situation h | Power's back right at midnight, the sound system kicks in and the whole party screams and dances even harder!
# triad 77
fr situation h | Soirée piscine à minuit à l'hôtel : musique, bouées géantes, tout le monde saute en hurlant !
+ en situation h | Midnight pool party at the hotel: music, giant inflatables, everyone jumping in screaming!
# triad 78
fr situation h | Le marché de nuit se transforme en bal, une fanfare débarque et tout le monde danse entre les étals ! Envoie l'ambiance !
+ en situation h | The night market turns into a dance, a brass band turns up and everyone's dancing between the stalls! Bring on the atmosphere!
# triad 79
en situation h | Road trip day one, four of us, windows down, screaming every chorus, we've gone totally wild!
+ fr situation h | Premier jour de road-trip à quatre, vitres baissées, on hurle tous les refrains, on est déchaînés !
# triad 80
fr situation h | Bal des pompiers du 14 juillet : la caserne déborde, tout le monde danse sous les lampions jusqu'à l'aube !
+ en situation h | Firefighters' ball on Bastille Day: the station's packed, everyone dancing under the lanterns till dawn!
"""

"""euphorie: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur (soleil, café, pique-nique, balade, mamie, chanter, fleurs)
fr situation h | Le soleil se lève sur la plage après une nuit entière de fête, et personne ne veut arrêter de danser !
+ en situation h | The sun's coming up over the beach after a whole night of partying, and nobody wants to stop dancing!
en situation h | The barista put our song on in the café and the whole queue started dancing and shouting the words!
+ fr situation h | La serveuse du café a mis notre chanson et toute la file d'attente s'est mise à danser en hurlant les paroles !
fr situation h | Pique-nique au parc qui dégénère : quelqu'un sort une enceinte et cinquante personnes dansent autour des nappes !
+ en situation h | Picnic in the park gets out of hand: someone pulls out a speaker and fifty people are dancing round the blankets!
fr situation h | Balade à vélo du dimanche, et on tombe pile sur le Tour de France, on hurle comme des fous au bord de la route !
+ en situation h | Sunday bike ride and we land right on the Tour de France, we're yelling like maniacs at the roadside!
en situation h | Sunday lunch at Gran's turned into karaoke, she's standing on a chair with the mic and we're all howling along!
+ fr situation h | Le déjeuner du dimanche chez mamie a viré au karaoké, elle est debout sur une chaise avec le micro et on braille tous avec elle !
fr slang_emoji h | mon crush m'a invitée au bal de promo 😭😭🔥 je cours partout dans la maison jsuis en mode fusée
+ en slang_emoji h | my crush asked me to prom 😭😭🔥 i'm running all over the house, full rocket mode
fr situation h | Chanter sous la douche ? Ce soir c'est tout le Stade de France qui chante avec nous, j'ai des frissons partout !
+ en situation h | Singing in the shower? Tonight the whole Stade de France is singing with us, I've got shivers all over!
en situation h | The florist delivered a hundred roses with a plane ticket to Rome tucked inside, I'm screaming in the hallway!
+ fr situation h | Le fleuriste a livré cent roses avec un billet d'avion pour Rome glissé dedans, je hurle dans le couloir !

# trap words from curiosite (email, musée, question, labo, comprendre, chercher, science)
fr situation h | L'email de l'agence vient d'arriver : on part voir les aurores boréales en Laponie dans trois jours, j'en saute au plafond !
+ en situation h | The email from the travel agency just landed: we're off to see the northern lights in Lapland in three days, I'm bouncing off the ceiling!
en situation h | Late night at the science museum: a DJ under the planetarium dome, lasers across the stars, everyone's dancing!
+ fr situation h | Nocturne au musée des sciences : un DJ sous le dôme du planétarium, des lasers sur les étoiles, tout le monde danse !
fr situation h | Question bête à la radio, je donne la bonne réponse et je gagne deux places pour la finale, je crie tout seul dans la voiture !
+ en situation h | Silly question on the radio, I give the right answer and win two tickets to the final, I'm yelling alone in the car!
fr situation h | On voulait juste comprendre d'où venait la musique : une fête de rue géante, et nous voilà à danser la samba avec tout le quartier !
+ en situation h | We only wanted to find out where the music was coming from: a giant street party, and now we're dancing the samba with the whole neighbourhood!
en situation h | At the airport they called our names at the gate: upgraded to first class, we're squealing with champagne in hand!
+ fr situation h | À l'aéroport, on nous appelle à la porte d'embarquement : surclassés en première, on couine de joie, coupe de champagne à la main !
fr situation h | Au labo, le prof a sorti un canon à mousse pour la fête de fin d'année, tous les étudiants dansent dedans en criant !
+ en situation h | In the lab the professor brought out a foam cannon for the end-of-year party, and all the students are dancing in it, shrieking!
fr situation h | Tonton qui vit au Brésil nous invite tous au carnaval de Rio, billets payés, on hurle au téléphone en même temps !
+ en situation h | Our uncle in Brazil is inviting all of us to the Rio carnival, tickets paid, we're all screaming down the phone at once!
en typo h | wanted to see who was ringing the bell at midnight: my whole uni crew with a cake and a speaker, party till 4 omgg
+ fr typo h | jvoulais savoir qui sonnait a minuit : toute ma bande de la fac avec un gateau et une enceinte, fete jusqua 4h omgg

# trap words from detente (lit, canapé, jardin, bain, plage, neige, croisière)
fr situation h | Réveillé en plein sommeil par mes potes qui hurlent au pied du lit : road trip en Espagne, maintenant, le sac est déjà fait !
+ en situation h | Woken up by my mates yelling at the foot of the bed: road trip to Spain, right now, the bag's already packed!
en situation h | Lazy Sunday on the sofa until the radio announced a secret gig two streets away, we sprinted over and the crowd is going wild!
+ fr situation h | Dimanche tranquille sur le canapé, puis la radio annonce un concert secret à deux rues, on y court et la foule est déchaînée !
fr situation h | Le jardin de mes parents devient une boîte de nuit : guirlandes, sono, cinquante invités et papa aux platines !
+ en situation h | My parents' garden has turned into a nightclub: fairy lights, sound system, fifty guests and Dad on the decks!
fr situation h | J'étais dans mon bain quand le message est tombé : les deux dernières places pour ce soir sont à moi, je sors en criant, trempée !
+ en situation h | I was in the bath when the message came: the last two tickets for tonight are mine, I jumped out screaming, dripping wet!
en situation h | We only went down for a quiet swim and landed in a huge beach party, DJ on a boat, everyone jumping in the waves!
+ fr situation h | On descendait juste nager tranquillement et on tombe sur une énorme fête sur la plage, DJ sur un bateau, tout le monde saute dans les vagues !
fr situation h | Un mètre de neige tombé cette nuit, la station ouvre en avance et on dévale la poudreuse en hurlant comme des gosses ! Mets le son !
+ en situation h | A metre of snow overnight, the resort opens early and we're tearing down the powder yelling like kids! Crank it up!
fr situation h | La croisière pépère a tourné à la fête : soirée blanche sur le pont, feux d'artifice, et tout le bateau danse !
+ en situation h | The sleepy cruise turned into a party: all-white night on deck, fireworks, and the whole ship is dancing!
fr slang_emoji h | c'était censé être une soirée plaid 😴 et là toute la bande débarque avec une sono, mon salon est une boîte lol 🎉🪩
+ en slang_emoji h | was meant to be a blanket night in 😴 then the whole crew shows up with a sound system, my living room's a club lol 🎉🪩

# trap words from reverie (rêve, nuit, étoiles, ciel, nuages, imaginer)
fr situation h | Un rêve de gosse : on monte dans le bus de l'équipe et les joueurs chantent avec nous à tue-tête !
+ en situation h | A childhood dream: we're on the team bus and the players are singing with us at the top of their lungs!
en situation h | Under a sky full of stars the whole wedding is dancing barefoot on the lawn and nobody wants the night to end!
+ fr situation h | Sous un ciel plein d'étoiles, tout le mariage danse pieds nus sur la pelouse et personne ne veut que la nuit finisse !
fr situation h | Nuit blanche à Paris : on court de concert en concert, et mille personnes chantent dans les rues avec nous !
+ en situation h | All-nighter in Paris: we're racing from gig to gig, and a thousand people are singing in the streets with us!
fr situation h | Je croyais rêver : la nouvelle voisine est une chanteuse célèbre et elle nous invite tous à sa fête ce soir !
+ en situation h | I thought I was dreaming: the new neighbour is a famous singer and she's invited us all to her party tonight!
en situation h | Paragliding over the lake, we're flying above the clouds and my mate and I are whooping like lunatics!
+ fr situation h | En parapente au-dessus du lac, on vole au-dessus des nuages et mon pote et moi on hurle comme des fous !
fr situation h | Le ciel s'embrase, le bouquet final éclate au-dessus de la Seine et des milliers de gens crient en même temps !
+ en situation h | The sky catches fire, the finale bursts over the Seine and thousands of people scream at once!
fr situation h | Jamais j'aurais imaginé ça un mardi soir : le groupe joue dans notre bar minuscule et tout le monde danse sur les chaises !
+ en situation h | Never imagined this on a Tuesday night: the band is playing our tiny bar and everyone's dancing on the chairs!
en typo h | pinch me im dreaming, the band invited us backstage and were partying with them rn omg omg
+ fr typo h | pincez moi jreve, le groupe nous a invités en backstage et on fait la fete avec eux la mtn omg omg

# trap words from victoire (coupe, finale, première, record, enfin, jackpot)
fr situation h | On a gagné la Coupe du monde ! Les voitures klaxonnent, les drapeaux sortent des fenêtres et j'embrasse le boulanger !
+ en situation h | We've won the World Cup! Cars honking, flags out of every window, and I'm kissing the baker!
en situation h | Finally, finally! The last-minute ferry tickets for the island festival came through and we're dancing on the dock!
+ fr situation h | Enfin, enfin ! Les billets de ferry de dernière minute pour le festival sur l'île sont arrivés, on danse sur le quai !
fr situation h | Première fois en boîte pour mes vingt ans, la piste s'allume et ma bande me porte sur les épaules en chantant !
+ en situation h | First time at a club for my twentieth, the dance floor lights up and my crew is carrying me on their shoulders singing!
fr situation h | Deuxième nuit de fête pour le mariage de mon cousin, et pas un seul invité n'a encore quitté la piste !
+ en situation h | Second night of partying for my cousin's wedding, and not one guest has left the dance floor yet!
en situation h | My best mate got a job in my city, we're leaping round the kitchen screaming like kids!
+ fr situation h | Mon meilleur pote a trouvé un boulot dans ma ville, on saute dans la cuisine en hurlant comme des gamins !
fr situation h | Notre pays a remporté l'Eurovision, c'est le délire total et on danse sur le balcon avec les voisins d'en face !
+ en situation h | Our country just won Eurovision, it's total madness and we're dancing on the balcony with the neighbours opposite!
fr mixed h | Un peu fière d'avoir décroché les places, mais surtout complètement survoltée : premier rang et les lumières s'éteignent !
+ en mixed h | A bit proud I managed to get the tickets, but mostly completely wired: front row and the lights are going down!
en situation h | Jackpot on my very first spin at the seaside casino, lights flashing everywhere and my friends shrieking around me!
+ fr situation h | Jackpot dès mon tout premier essai au casino de la plage, ça clignote de partout et mes amis hurlent autour de moi !

# trap words from colere (patron, bouchons, police, voisin, taper, claquer, injuste)
fr situation h | Mon patron déboule dans l'open space en criant : prime pour tous et séminaire à Marrakech, tout l'étage hurle !
+ en situation h | My boss bursts into the open-plan office shouting: bonus for everyone and an away-day in Marrakech, the whole floor is screaming!
en situation h | Stuck in a traffic jam when the radio plays our anthem, people are jumping out and dancing between the cars!
+ fr situation h | Coincés dans les bouchons, la radio passe notre hymne et les gens sortent danser entre les voitures !
fr situation h | La police est venue pour le bruit, et le policier a fini par danser la macarena avec la mariée !
+ en situation h | The police came round about the noise, and the officer ended up doing the macarena with the bride!
fr situation h | Mon frère tape sur la table en hurlant : le mail vient de tomber, on a des billets pour la finale à Wembley !
+ en situation h | My brother is banging the table and yelling: the email just came, we've got tickets for the final at Wembley!
en situation h | The neighbour banged on the wall at midnight, then turned up with a bottle and now he's leading the conga!
+ fr situation h | Le voisin a tapé au mur à minuit, puis il a débarqué avec une bouteille et maintenant c'est lui qui mène la chenille !
fr situation h | Les portes de la salle claquent, la basse démarre et cinq mille personnes sautent d'un seul coup, c'est la folie !
+ en situation h | The hall doors slam shut, the bass kicks in and five thousand people jump at once, it's insane!
fr slang_emoji h | ptn jsuis vénère... de bonheur 😂😂 mes parents m'offrent un week-end à Berlin avec mes potes 🔥🔥🔥
+ en slang_emoji h | ffs i'm raging... with joy 😂😂 my parents are giving me a weekend in Berlin with my mates 🔥🔥🔥
en situation h | It's unfair how good tonight is: open bar, my favourite DJ, and the whole crew singing on the tables!
+ fr situation h | C'est injuste tellement cette soirée est géniale : open bar, mon DJ préféré et toute la bande qui chante sur les tables !

# trap words from inquietude (médecin, hôpital, téléphone, nuit, demain, trembler, maternité)
fr situation h | À la maternité, ma sœur me pose sa fille dans les bras, on rit et on pleure en même temps, je suis tata !!
+ en situation h | At the maternity ward my sister puts her baby girl in my arms, we're laughing and crying at once, I'm an auntie!!
en situation h | The phone rang at 2am: my brother just got engaged in Paris and wants us all on the first train tomorrow for the party!
+ fr situation h | Le téléphone sonne à deux heures du matin : mon frère vient de se fiancer à Paris et veut tout le monde dans le premier train demain pour la fête !
fr situation h | Nuit blanche, mais de fête : on a dansé jusqu'à l'aube à la crémaillère et on chante encore dans le métro !
+ en situation h | No sleep, but from partying: we danced till dawn at the housewarming and we're still singing on the metro!
fr situation h | Demain matin, premier festival de ma vie : trois jours, quatre scènes, je saute sur mon lit avec le bracelet au poignet !
+ en situation h | Tomorrow morning it's the first festival of my life: three days, four stages, I'm bouncing on my bed with the wristband on!
en situation h | Call from the doctor: it's a boy and everything's perfect, we're jumping round the kitchen yelling our heads off!
+ fr situation h | Appel du médecin : c'est un garçon et tout va parfaitement bien, on saute partout dans la cuisine en hurlant !
fr situation h | L'avion se pose, le pilote annonce 32 degrés à Cancún et tout l'avion applaudit en criant !
+ en situation h | The plane touches down, the pilot announces 32 degrees in Cancún and the whole plane cheers and claps!
fr situation h | Mes mains tremblent, mais c'est l'excitation : dans une heure je monte sur scène pour chanter avec mon idole, invitée surprise !
+ en situation h | My hands are shaking, but it's excitement: in an hour I'm going on stage to sing with my idol as a surprise guest!
en typo h | cant sleep cant eat cant sit still, tonights the night, taylor swift in 3 hours AAAAAH
+ fr typo h | jpeux pas dormir pas manger pas tenir en place, cest ce soir, taylor swift dans 3h AAAAAH

# trap words from nostalgie (grand-père, vieux, école, enfance, souvenir, album, anniversaire de mariage)
fr situation h | Mon grand-père de 90 ans se lance dans un breakdance au mariage, la piste entière hurle et l'acclame !
+ en situation h | My 90-year-old grandad breaks into breakdancing at the wedding, the whole dance floor is screaming and cheering him on!
en situation h | The old school gym became a nightclub for the reunion and the whole class is going wild on the dance floor right now!
+ fr situation h | Le vieux gymnase du collège s'est transformé en boîte pour les retrouvailles et toute la classe se déchaîne sur la piste en ce moment !
fr situation h | Dernier jour d'école avant l'été, la cloche sonne et tous les élèves sortent en hurlant, cartables en l'air !
+ en situation h | Last day of school before summer, the bell goes and every pupil charges out screaming, schoolbags in the air!
fr situation h | On ressort le vieux camping-car de papa, cap sur le festival, et tout le monde chante à tue-tête sur l'autoroute !
+ en situation h | We've dug out Dad's old camper van, heading for the festival, and everyone's singing their lungs out on the motorway!
en situation h | My childhood hero just walked into our pub and bought a round for everyone, the whole place is roaring!
+ fr situation h | Le héros de mon enfance vient d'entrer dans notre pub et paie une tournée générale, tout le bar rugit !
fr situation h | L'album qu'on attend depuis dix ans sort à minuit pile, on le met à fond et toute la coloc saute dans le salon !
+ en situation h | The album we've waited ten years for drops at midnight on the dot, we put it on full blast and the whole flatshare is jumping in the living room!
fr situation h | Trente ans de mariage pour mes parents, et ils dansent le rock comme des fous au milieu de cent invités déchaînés !
+ en situation h | Thirty years married for my parents, and they're jiving like crazy in the middle of a hundred wild guests!
en slang_emoji h | throwback playlist at the party and the whole room is losing it 😂🔥 nobody's sat down in 3 hours
+ fr slang_emoji h | playlist des années 2000 à la soirée et toute la salle pète les plombs 😂🔥 personne s'est assis depuis 3h

# trap words from panique (courir, feu, sirène, bouchons, cœur, chaos, foule)
fr situation h | On traverse l'aéroport en courant, on attrape l'avion pour le mariage à Lisbonne de justesse et on hurle de joie en s'asseyant !
+ en situation h | We sprint through the airport, catch the plane to the wedding in Lisbon by a hair and whoop with joy as we sit down!
en situation h | Fire on stage! Flames shooting up on every beat, pyro everywhere, and the crowd is losing its mind!
+ fr situation h | Du feu sur scène ! Des flammes jaillissent à chaque temps, de la pyrotechnie partout, et la foule devient folle !
fr situation h | Bal des pompiers du 14 Juillet, la caserne déborde de monde et on danse sur la piste jusqu'à trois heures du matin !
+ en situation h | Firefighters' ball on Bastille Day, the fire station is packed and we're dancing till three in the morning!
fr situation h | Bloquée dans les bouchons quand ma copine m'appelle : deux places pour le concert de ce soir, je hurle au volant !
+ en situation h | Stuck in traffic when my girlfriend calls: two tickets for tonight's concert, I'm screaming at the wheel!
en situation h | Mayday, my heart can't take it: my sister's pregnant AND moving back home, we're screaming in the middle of the supermarket!
+ fr situation h | Mayday, mon cœur va lâcher : ma sœur est enceinte ET elle revient vivre ici, on hurle en plein milieu du supermarché !
fr situation h | C'est le chaos dans la cuisine : tout le monde danse entre les casseroles et le champagne déborde, réveillon de folie ! Lumières de fête !
+ en situation h | Total chaos in the kitchen: everyone's dancing between the pans and the champagne's spilling over, a crazy New Year's Eve! Party lights!
en situation h | Everyone's stampeding towards the stage, the headliner just appeared out of nowhere and the crowd is exploding!
+ fr situation h | Tout le monde se rue vers la scène, la tête d'affiche vient d'apparaître par surprise et la foule explose !
fr typo h | jtremble jai le coeur qui explose, ils ont annoncé une date a Marseille et jai eu les places AAAAH
+ en typo h | im shaking my heart is exploding, they announced a date in marseille and i got tickets AAAAH

# trap words from suspense (lettre, tirage, attente, train de nuit, colis, bouquet, compte à rebours)
fr situation h | Le facteur apporte une lettre de tonton : on part tous en Australie pour Noël, toute la famille danse dans l'entrée !
+ en situation h | The postman brings a letter from our uncle: we're all going to Australia for Christmas, the whole family is dancing in the hallway!
en situation h | At the gate the agent calls our names: we've won the free seats to Vegas, we're jumping around in front of the desk!
+ fr situation h | À la porte d'embarquement, l'hôtesse appelle nos noms : on a gagné les places offertes pour Las Vegas, on saute devant le comptoir !
fr situation h | Le dernier train de nuit est rempli de supporters qui chantent, et tout le wagon saute en rythme jusqu'à Paris !
+ en situation h | The last night train is packed with singing fans, and the whole carriage is jumping in time all the way to Paris!
fr situation h | Le tirage de la tombola de Noël désigne maman : une semaine à la neige pour toute la famille, on saute autour du sapin !
+ en situation h | The Christmas raffle draw picks Mum: a week in the snow for the whole family, we're jumping round the tree!
en situation h | My sister caught the bouquet and her boyfriend dropped to one knee right there, the whole hall erupted!
+ fr situation h | Ma sœur a attrapé le bouquet et son copain s'est mis à genoux sur-le-champ, toute la salle a explosé !
fr situation h | J'attendais un colis banal, c'est une invitation VIP pour l'avant-première avec la fête qui suit, je cours chercher une robe en criant !
+ en situation h | I was expecting a boring parcel, it's a VIP invite to the premiere and the party afterwards, I'm running for a dress, shrieking!
en situation h | Final whistle, our village team's through to the cup final against the big club, and the clubhouse is going absolutely mad!
+ fr situation h | Coup de sifflet final, l'équipe du village est en finale contre le grand club, et le club-house devient complètement fou !
fr situation h | Fin du compte à rebours, la fusée décolle et toute la plage de Floride hurle et saute en agitant des drapeaux !
+ en situation h | Countdown over, the rocket lifts off and the whole Florida beach is screaming and jumping and waving flags!

# trap words from tristesse (pluie, pleurer, adieu, gris, seul, manquer, fin des vacances)
fr situation h | Sous une pluie battante, trempés jusqu'aux os, on danse dans la boue du festival et c'est le meilleur moment de l'année !
+ en situation h | In pouring rain, soaked to the bone, we're dancing in the festival mud and it's the best moment of the year!
en situation h | Crying my eyes out at arrivals: my girlfriend flew in from Canada as a surprise and she's staying for good!
+ fr situation h | Je pleure toutes les larmes de mon corps aux arrivées : ma copine est arrivée du Canada par surprise et elle reste pour de bon !
fr situation h | Le pot d'adieu du collègue qui part en retraite vire à la boîte de nuit, et il danse debout sur le bar !
+ en situation h | The leaving do for our retiring colleague has turned into a nightclub, and he's dancing on top of the bar!
fr situation h | Ciel gris, froid de canard, et pourtant vingt mille personnes sautent en chantant au carnaval de Dunkerque !
+ en situation h | Grey sky, freezing cold, and still twenty thousand people are jumping and singing at the Dunkirk carnival!
en situation h | Grandma cried with joy when all twelve cousins from three countries walked in, then she put the music on and made us dance!
+ fr situation h | Mamie a pleuré de joie en voyant arriver ses douze petits-enfants de trois pays, puis elle a mis la musique et nous a fait danser !
fr situation h | Mon frère m'a tellement manqué : il descend du train de Montréal, je lâche tout et je cours lui sauter dessus en hurlant !
+ en situation h | I've missed my brother so much: he steps off the train from Montreal, I drop everything and run to jump on him, screaming!
fr situation h | Seule un vendredi soir ? Pas du tout : la porte s'ouvre et trente amis crient « surprise ! » avec une sono et des confettis !
+ en situation h | Alone on a Friday night? Not at all: the door opens and thirty friends shout "surprise!" with a sound system and confetti!
en mixed h | A bit sad to leave the island tomorrow, but tonight the whole hostel is dancing on the beach and I'm screaming every chorus!
+ fr mixed h | Un peu triste de quitter l'île demain, mais ce soir toute l'auberge danse sur la plage et je hurle chaque refrain !
"""

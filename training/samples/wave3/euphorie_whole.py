"""euphorie: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the exhilaration comes from the whole
fr long h | Notre petit groupe de rock joue dans des bars vides depuis cinq ans. Ce soir, on faisait la première partie d'un vrai groupe, et au deuxième refrain la salle de mille personnes chantait avec nous. Je n'ai plus de voix et je ne redescends pas.
+ en long h | Our little rock band has been playing empty bars for five years. Tonight we opened for a real band, and by the second chorus the thousand-strong crowd was singing along with us. My voice is gone and I'm not coming down.
en long h | I queued online for four hours and the site crashed twice. I'd given up and gone to make a sandwich. Then the page reloaded: two tickets, front row, for the reunion tour. I'm screaming in the kitchen and the dog is barking along with me.
+ fr long h | J'ai fait la queue en ligne pendant quatre heures et le site a planté deux fois. J'avais abandonné et j'étais parti me faire un sandwich. Et là, la page s'est rechargée : deux places, premier rang, pour la tournée de reformation. Je hurle dans la cuisine et le chien aboie avec moi.
fr long h | Vendredi soir, dernier jour avant les vacances. Le bureau a fermé à seize heures, on a filé à la plage avec toute l'équipe, musique à fond dans la voiture, et là on danse pieds nus sur le sable. Mets-nous des couleurs de fête !
+ en long h | Friday night, last day before the holidays. The office shut at four, we raced to the beach with the whole team, music blasting in the car, and now we're dancing barefoot on the sand. Give us party colours!
fr long h | Mon frère vit en Australie depuis six ans et il m'avait dit qu'il ne pourrait pas venir à mon mariage. Et pendant le vin d'honneur, il est sorti de derrière le buffet. J'ai crié, j'ai pleuré de joie, et on a dansé jusqu'à quatre heures du matin.
+ en long h | My brother has lived in Australia for six years and told me he couldn't make it to my wedding. Then, during the drinks reception, he jumped out from behind the buffet. I screamed, I cried with joy, and we danced until four in the morning.
en long h | The match was dead, two-nil down with ten minutes left and half the stadium heading for the exits. Then two goals in six minutes, and a third in stoppage time. I don't know whose arms I ended up in, I've lost my voice and I'm still jumping up and down on the tram.
+ fr long h | Le match était plié, deux à zéro à dix minutes de la fin, la moitié du stade qui partait. Puis deux buts en six minutes, et un troisième dans les arrêts de jeu. Je ne sais pas dans les bras de qui j'ai atterri, je n'ai plus de voix et je saute encore dans le tram.
fr long h | Ça faisait trois ans qu'on essayait d'avoir un bébé, trois ans de déceptions. Ce matin, deux barres sur le test. On l'a refait trois fois, et mon mari court dans tout l'appartement en criant comme un fou.
+ en long h | We'd been trying for a baby for three years, three years of disappointments. This morning, two lines on the test. We did it three more times, and my husband is running round the flat shouting like a madman.
fr long h | Le festival, c'était la boue, la pluie et une tente qui prenait l'eau. Mais à minuit, mon groupe préféré a joué le morceau que j'attendais depuis dix ans, tout le monde chantait, les confettis pleuvaient. Je planais complètement.
+ en long h | The festival was mud, rain and a leaking tent. But at midnight my favourite band played the song I'd been waiting ten years to hear live, everyone was singing, confetti was raining down. I was flying.
en long h | Work was grim all year, with layoff rumours everywhere. Today the boss announced we'd been bought by a bigger company, everyone keeps their job and there's a bonus on top. Someone put music on and the whole open-plan office is dancing on the desks.
+ fr long h | Année sinistre au boulot, avec des rumeurs de licenciements partout. Aujourd'hui, le patron a annoncé qu'on était rachetés par un grand groupe, que tout le monde garde son poste et qu'il y a une prime en prime. Quelqu'un a mis de la musique et tout l'open space danse sur les bureaux.
fr long h | J'avais acheté un vieux tableau cinq euros en brocante, juste pour le cadre. L'expert de la salle des ventes vient d'appeler : c'est une vraie toile d'un peintre connu, estimée à trente mille euros. J'ai crié si fort que le chat s'est caché, et j'appelle tout le monde en hurlant.
+ en long h | I'd bought an old painting for five euros at a car-boot sale, just for the frame. The auction-house expert just called: it's a genuine canvas by a known painter, valued at thirty thousand euros. I screamed so loud the cat hid, and I'm ringing everyone, shouting.
fr long h | Il n'avait pas neigé à Marseille depuis des années. Ce matin, quinze centimètres sur le Vieux-Port. Le bureau a fermé, et on s'est retrouvés à quarante adultes en pleine bataille de boules de neige, à hurler de rire comme des gamins déchaînés.
+ en long h | It hadn't snowed in Marseille for years. This morning, fifteen centimetres on the Old Port. The office closed, and forty of us grown-ups ended up in a massive snowball fight, screaming with laughter like kids gone wild.
en long h | My best friend has been single for years and hates dating apps. She just rang: she's in love, he's wonderful, and they're moving in together. We screamed down the phone for ten minutes. Tonight we're going out to celebrate!
+ fr long h | Ma meilleure amie est célibataire depuis des années et déteste les applis de rencontre. Elle vient d'appeler : elle est amoureuse, il est génial, et ils emménagent ensemble. On a hurlé au téléphone pendant dix minutes. Ce soir, on sort fêter ça !
fr long h | Le ferry avait deux heures de retard et on était trempés par les embruns. Mais en arrivant à Mykonos, la fête battait déjà son plein sur le port, DJ, lumières, et on a jeté les sacs sur la plage pour danser jusqu'au lever du soleil.
+ en long h | The ferry was two hours late and we were soaked with spray. But pulling into Mykonos, the party was already in full swing on the harbour, DJ, lights, and we dumped our bags on the beach and danced till sunrise.
fr long h | Trois ans qu'on attendait ce jeu. Minuit pile, les serveurs ouvrent, on est six potes en vocal, on hurle dès l'écran titre et personne n'a dormi de la nuit. Il est huit heures du matin et je suis toujours complètement survolté.
+ en long h | We'd been waiting three years for this game. Midnight on the dot, the servers open, six of us on voice chat, screaming from the title screen, and nobody slept all night. It's eight in the morning and I'm still completely wired.
en long h | We'd been told the concert was sold out. Then a guy outside said his friends had bailed and handed us two tickets for nothing. Twenty minutes later we were in the pit, bouncing and screaming every lyric. Best night ever!
+ fr long h | On nous avait dit que le concert était complet. Puis un gars devant l'entrée nous a dit que ses potes l'avaient lâché et nous a filé deux places gratuitement. Vingt minutes plus tard, on était dans la fosse, à sauter et à hurler chaque parole. Meilleure soirée de ma vie !
fr long h | Le réveillon avait mal commencé : le four en panne, la dinde crue. On a commandé des pizzas, quelqu'un a sorti la sono et, à minuit, quarante personnes sautaient dans le salon en hurlant le compte à rebours. Plus fort, la musique !
+ en long h | New Year's Eve got off to a bad start: the oven broke, the turkey was raw. We ordered pizzas, someone got the sound system out and at midnight forty people were jumping around the living room screaming the countdown. Louder!
fr long h | Mariage de ma meilleure amie. La soirée démarrait mollement, tout le monde assis. Puis sa grand-mère a réclamé du disco et retiré ses chaussures, et dix minutes plus tard deux cents personnes hurlaient les paroles en sautant. On a fermé la salle à six heures.
+ en long h | My best friend's wedding. The party got off to a sluggish start, everyone sitting down. Then her grandmother demanded disco and kicked off her shoes, and ten minutes later two hundred people were yelling the lyrics and jumping. We closed the venue at six.
en long h | Dad spent the whole winter on chemo. This morning the oncologist said the word we hardly dared hope for: remission. In the hospital corridor we grabbed each other, laughing and shouting, and tonight the whole family is coming over with champagne!
+ fr long h | Papa a passé tout l'hiver sous chimio. Ce matin, l'oncologue a prononcé le mot qu'on n'osait plus espérer : rémission. Dans le couloir de l'hôpital, on s'est jetés dans les bras les uns des autres en riant et en criant, et ce soir toute la famille débarque avec du champagne !
fr long h | Soirée Eurovision chez nous, vingt personnes déguisées, des drapeaux partout. On avait tous parié sur la même chanson. Quand elle a gagné au tout dernier vote, le salon a explosé, les voisins du dessus sont descendus et on a dansé jusqu'à trois heures.
+ en long h | Eurovision night at ours, twenty people in fancy dress, flags everywhere. We'd all bet on the same song. When it won on the very last vote, the living room erupted, the upstairs neighbours came down and we danced till three.
fr long h | Coupure de courant dans tout le quartier, j'ai cru que la fête était fichue. Puis un voisin a sorti un groupe électrogène, un autre sa guitare, et toute la rue s'est mise à danser à la lueur des phares. Nuit incroyable !
+ en long h | Power cut across the whole neighbourhood, and I thought the party was ruined. Then one neighbour wheeled out a generator, another his guitar, and the whole street started dancing in the glow of the car headlights. Incredible night!
en long h | Took the kids to the theme park, and yes, the queues were endless. But the last ride, the giant drop, we screamed the whole way down, got off and ran straight back to the queue. My throat is raw and I'm still buzzing.
+ fr long h | J'ai emmené les enfants au parc d'attractions, et oui, les files d'attente étaient interminables. Mais le dernier manège, la chute libre géante, on a hurlé toute la descente, on est sortis et on a couru direct refaire la queue. J'ai la gorge en feu et je suis encore survoltée.

# negation: the neighbouring mood is ruled out, exhilaration remains
fr negation h | Je ne suis pas juste contente, je suis complètement surexcitée : on part à New York demain matin et je n'arrive pas à tenir en place !
+ en negation h | I'm not just happy, I'm completely hyped: we fly to New York tomorrow morning and I can't sit still!
en negation h | Not just happy, I'm absolutely losing it: she said yes, in front of everyone, and the whole restaurant is cheering!
+ fr negation h | Pas juste heureux, je suis en train de perdre la tête : elle a dit oui, devant tout le monde, et tout le restaurant applaudit !
fr negation h | Ce n'est pas de la fierté, je n'y suis pour rien : c'est juste la folie, mon équipe vient de remporter la coupe et la ville entière klaxonne !
+ en negation h | It's not pride, I had nothing to do with it: it's just pure madness, my team has won the cup and the whole town is honking!
fr negation h | Non, je ne panique pas, je crie de joie ! Les billets pour la finale viennent d'arriver par la poste !
+ en negation h | No, I'm not panicking, I'm screaming with joy! The tickets for the final just arrived in the post!
en negation h | I'm not calm and I don't want to be: it's my birthday, my friends have hired a boat and the music is blasting. Turn everything up!
+ fr negation h | Je ne suis pas calme et je n'ai pas envie de l'être : c'est mon anniversaire, mes amis ont loué un bateau et la musique est à fond. Monte tout !
fr negation h | Pas question de dormir ce soir : la fête bat son plein, toute la famille chante en chœur dans la cuisine et mon oncle vient de sortir sa trompette.
+ en negation h | No way I'm sleeping tonight: the party's in full swing, the whole family is singing together in the kitchen and my uncle has just got his trumpet out.
fr negation h | Ces larmes n'ont rien de triste : ma meilleure amie m'a demandé d'être son témoin de mariage et on hurle de bonheur au téléphone depuis dix minutes !
+ en negation h | There's nothing sad about these tears: my best friend asked me to be her maid of honour and we've been screaming with happiness down the phone for ten minutes!
en negation h | I'm not nervous any more, I'm on fire: the whole wedding is on the dance floor and the DJ just put our song on!
+ fr negation h | Je n'ai plus le trac du tout, je suis en feu : tout le mariage est sur la piste et le DJ vient de lancer notre chanson !
fr negation h | Je ne rêve pas, c'est bien écrit sur la carte : on part en croisière en Norvège, cadeau surprise de mes enfants pour mes soixante ans ! Je danse dans toute la maison.
+ en negation h | I'm not dreaming, it's written right there on the card: we're going on a cruise to Norway, a surprise from my kids for my sixtieth! I'm dancing all over the house.
fr negation h | Je ne suis pas ivre, juste complètement survoltée : la neige est tombée toute la nuit et les pistes ouvrent dans dix minutes !
+ en negation h | I'm not drunk, just totally wired: it snowed all night and the slopes open in ten minutes!
en negation h | No, I can't calm down: my favourite singer just replied to my comment and followed me back!!!
+ fr negation h | Non, je n'arrive pas à me calmer : mon chanteur préféré vient de répondre à mon commentaire et de me suivre !!!
fr negation h | Le vol n'a pas été annulé finalement ! On décolle pour le festival dans une heure et toute la bande chante dans la salle d'embarquement.
+ en negation h | The flight wasn't cancelled after all! We take off for the festival in an hour and the whole gang is singing in the departure lounge.

# mixed: another feeling present, exhilaration dominant
fr mixed h | Un peu épuisée après douze heures de route, mais surtout complètement surexcitée : demain, c'est le Grand Prix et on a des places en tribune, face à la ligne droite !
+ en mixed h | A bit wiped out after twelve hours on the road, but mostly completely hyped: the Grand Prix is tomorrow and we've got grandstand seats facing the straight!
en mixed h | A bit nervous about the flight, but mostly buzzing out of my mind: Tokyo tomorrow!!!
+ fr mixed h | Un peu nerveuse pour le vol, mais surtout survoltée : Tokyo demain !!!
fr mixed h | Légèrement inquiet pour la facture du traiteur, mais surtout fou de joie : la salle est pleine et tout le monde danse à notre mariage.
+ en mixed h | Slightly worried about the caterer's bill, but mostly over the moon: the hall is packed and everyone's dancing at our wedding.
fr mixed h | Une pointe de trac avant de monter sur scène, puis l'explosion : la salle chante avec nous, je n'ai jamais rien vécu d'aussi fort !
+ en mixed h | A twinge of stage fright before going on, then the explosion: the crowd is singing with us, I've never felt anything this intense!
en mixed h | Sad to leave the team after ten years, sure, but tonight it's pure madness: they threw me a leaving party with a DJ and confetti cannons.
+ fr mixed h | Triste de quitter l'équipe après dix ans, bien sûr, mais ce soir c'est la folie : ils m'ont organisé un pot de départ avec un DJ et des canons à confettis.
fr mixed h | J'ai les bras en compote à force d'agiter le drapeau, mais je m'en fiche complètement : on est champions et toute la place chante !
+ en mixed h | My arms are like jelly from waving the flag, but I couldn't care less: we're champions and the whole square is singing!
fr mixed h | Un peu de fatigue après le vol, et pourtant une énergie folle : on vient d'arriver à Barcelone et la fête de quartier bat son plein dans la rue !
+ en mixed h | A bit tired after the flight, and yet bursting with energy: we've just landed in Barcelona and the street party is in full swing!
en mixed h | Slightly hungover, yes, but still absolutely ecstatic: we got engaged last night and everyone keeps calling to scream with me.
+ fr mixed h | Un peu la gueule de bois, oui, mais toujours complètement euphorique : on s'est fiancés hier soir et tout le monde n'arrête pas d'appeler pour hurler avec moi.
fr mixed n | Un peu stressé par l'organisation, mais surtout euphorique : cent invités, une fanfare et une piste de danse pour les trente ans de ma femme !
+ en mixed n | A bit stressed about the organising, but mostly euphoric: a hundred guests, a brass band and a dance floor for my wife's thirtieth!
fr mixed h | Encore un peu secouée par les turbulences, mais surtout folle de joie : on atterrit à Montréal et toute la famille m'attend avec des ballons !
+ en mixed h | Still a bit shaken by the turbulence, but mostly wild with joy: we're landing in Montreal and the whole family is waiting for me with balloons!
en mixed h | Part of me is scared of the height, but mostly I'm screaming with delight: we're paragliding over the lake and it's unbelievable!
+ fr mixed h | Une partie de moi a peur du vide, mais surtout je hurle de plaisir : on fait du parapente au-dessus du lac et c'est incroyable !
fr mixed h | Les voisins vont sûrement râler, mais tant pis : la soirée déguisée est lancée, la musique est à fond et on est trente à danser dans le salon !
+ en mixed h | The neighbours will probably complain, but who cares: the fancy-dress party has kicked off, the music's blaring and there are thirty of us dancing in the living room!
fr mixed h | Un peu de peine pour les perdants, mais surtout une joie énorme : mon équipe de cœur est en finale et le bar entier saute en l'air. Mets des couleurs de folie !
+ en mixed h | A bit sorry for the losers, but mostly massive joy: my team is in the final and the whole bar is jumping. Crazy colours, now!
"""

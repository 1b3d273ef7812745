"""nostalgie: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | L'odeur des croissants chez le boulanger du coin m'a ramenée aux dimanches où papa rentrait avec le journal et la baguette sous le bras.
+ en situation n | The smell of croissants at the corner bakery took me back to Sundays when Dad came home with the paper and a baguette under his arm.
en situation n | Barbecue smoke drifting over the fence and suddenly I'm twelve again, at Uncle Jo's garden parties in Lyon, summer of 1994.
+ fr situation n | La fumée d'un barbecue qui passe par-dessus la haie, et j'ai de nouveau douze ans, aux fêtes dans le jardin de tonton Jo à Lyon, l'été 1994.
fr situation n | Apéro sur le balcon, et ces chips au vinaigre ont exactement le goût des goûters chez Mme Ruiz, notre voisine, en 1997.
+ en situation n | Drinks on the balcony, and these salt-and-vinegar crisps taste exactly like the after-school snacks at Mrs Ruiz's next door in 1997.
fr situation n | Ma fille m'a offert un yo-yo lumineux pour rire, et je me suis revu dans la cour du collège en 1998, à rater tous mes tours devant les copains.
+ en situation n | My daughter gave me a light-up yo-yo as a joke, and I saw myself in the school playground in 1998, fluffing every trick in front of my mates.
en situation n | My son sings the nursery rhyme Grandma used to sing in her kitchen in Perpignan, with the very same wrong words.
+ fr situation n | Mon fils chante la comptine que ma grand-mère chantait dans sa cuisine de Perpignan, avec exactement les mêmes fautes dans les paroles.
fr situation l | Balade à vélo au soleil sur le chemin de halage, et je revois papa qui tenait le porte-bagages pour mes premiers tours de roue.
+ en situation l | A bike ride in the sun along the towpath, and I can see Dad holding the rack for my very first wobbly pedal strokes.
fr slang_emoji n | trop mignon, ma nièce porte le même pull jacquard que moi sur les photos de Noël 1990 🥹 flashback total
+ en slang_emoji n | so cute, my niece is wearing the same Fair Isle jumper I had on in the Christmas 1990 photos 🥹 total flashback
fr situation l | Un bouquet de mimosa au marché, et me voilà sur la route de Mandelieu en février, dans la vieille Simca de mon grand-père. Ambiance douce, s'il te plaît.
+ en situation l | A bunch of mimosa at the market, and I'm back on the road to Mandelieu in February, in my grandad's old Simca. Something soft, please.

# trap words from curiosite
fr situation n | En apprenant le crochet sur YouTube, j'ai repensé aux mains de mamie qui faisaient tout ça sans tutoriel, près du poêle.
+ en situation n | Learning to crochet from YouTube, I thought back to Granny's hands doing all of it without any tutorial, by the stove.
en situation n | My daughter asked how a cassette works, so I dug out my old Walkman and the whole summer of 1989 came rushing back.
+ fr situation n | Ma fille m'a demandé comment marche une cassette, alors j'ai ressorti mon vieux Walkman et tout l'été 1989 m'est revenu d'un coup.
fr situation n | Un documentaire sur les trains de nuit, et me voilà dans la couchette du Paris-Nice de 1985, l'échelle, la petite veilleuse bleue.
+ en situation n | A documentary about night trains, and I'm back in the sleeper on the 1985 Paris-Nice, the little ladder, the small blue night light.
fr situation n | En explorant le grenier de la maison de famille, je suis tombé sur mon cartable en cuir qui sent encore l'encre violette.
+ en situation n | Exploring the attic of the family house, I came across my leather school satchel, still smelling of purple ink.
fr situation n | J'ai cherché sur Street View la rue de mon enfance à Oran : le portail vert est toujours là, et avec lui nos goûters sur les marches.
+ en situation n | I looked up my childhood street in Oran on Street View: the green gate is still there, and with it our snacks on the front steps.
en situation n | At the computer museum, the same Amstrad we had in 1986; I could almost hear the tape deck whirring in our living room.
+ fr situation n | Au musée de l'informatique, le même Amstrad que le nôtre en 1986 ; j'entendais presque le lecteur de cassettes ronronner dans le salon.
fr situation n | Je teste la vieille recette de clafoutis du carnet de ma tante, et la cuisine sent les étés dans sa maison de la Creuse.
+ en situation n | I'm trying the old clafoutis recipe from my aunt's notebook, and the kitchen smells of summers at her house in the Creuse.
fr typo n | jai voulu savoir ce quetait devenue mon ancienne ecole a Roubaix, jsuis tombee sur la photo de classe de 94, jreconnais tout le monde
+ en typo n | wanted to find out what happend to my old school in Roubaix, found the class photo from 94, i recognise evryone

# trap words from detente
fr situation n | Le plaid écossais du canapé vient de chez mes parents ; je m'y enroule et j'entends la pendule du salon de mon enfance.
+ en situation n | The tartan throw on the sofa came from my parents' house; I wrap myself in it and hear the clock in the living room of my childhood.
en situation n | Lazy Sunday, tea and a blanket, and the rain on the skylight sounds exactly like our holiday cottage in Wales, 1992.
+ fr situation n | Dimanche tranquille, thé et plaid, et la pluie sur le Velux a exactement le son de notre cottage de vacances au pays de Galles, en 1992.
fr situation n | Le jardin de la nouvelle maison a un cerisier, comme chez ma grand-mère à Céret, où on grimpait cueillir les cerises en juin.
+ en situation n | The garden at the new house has a cherry tree, like the one at my grandmother's in Céret, where we'd climb up to pick cherries in June.
fr situation n | La tisane au tilleul, c'était le rituel de grand-père à 21 h pile ; j'en bois une ce soir et je le revois en gilet.
+ en situation n | Lime-blossom tea was Grandad's ritual at 9 pm sharp; I'm having one tonight and I can see him in his cardigan.
fr situation n | Au spa, le peignoir blanc m'a rappelé l'hôtel de Biarritz où mes parents nous emmenaient une fois par an en 1988, le grand luxe pour nous.
+ en situation n | At the spa, the white bathrobe reminded me of the hotel in Biarritz where my parents took us once a year in 1988, the height of luxury for us.
en situation n | Napping in Grandad's old striped deckchair, brought back from his house in Royan, and those summers there keep drifting back to me.
+ fr situation n | Je fais la sieste dans le vieux transat rayé de papi, rapporté de sa maison de Royan, et les étés là-bas me reviennent par bouffées.
fr situation l | Le bruit des vagues sur l'appli de sommeil, et je suis dans la chambre de la location d'Hossegor, en 1999, avec mes cousins qui chuchotent.
+ en situation l | The wave sounds on my sleep app, and I'm in the bedroom of the rental in Hossegor in 1999, my cousins whispering in the dark.
fr mixed l | Je suis bien au calme sous la couette, mais cette odeur de lessive à la lavande me ramène surtout dans la chambre de mamie Jeanne.
+ en mixed l | I'm nice and calm under the duvet, but this lavender washing-powder smell mostly takes me back to Granny Jeanne's spare room.

# trap words from euphorie
fr situation n | Un bouchon de champagne qui saute, et je suis de retour aux réveillons chez tante Lucie, quand tous les cousins dormaient en tas dans la même chambre.
+ en situation n | A champagne cork pops, and I'm back at New Year's Eves at Aunt Lucie's, when all the cousins slept in a heap in one bedroom.
en situation n | Fireworks over the harbour tonight, just like the 14th of July in Brest when we watched from Grandad's boat, wrapped in his old jumpers.
+ fr situation n | Feu d'artifice sur le port ce soir, comme les 14 Juillet à Brest, quand on regardait depuis le bateau de papi, emmitouflés dans ses vieux pulls.
fr situation n | On a dansé le madison au mariage de ma cousine, et j'ai repensé aux bals de ma jeunesse à la salle des fêtes de Cholet, en 1972.
+ en situation n | We danced the Madison at my cousin's wedding, and I thought back to the dances of my youth in the Cholet village hall, in 1972.
fr situation n | Le groupe WhatsApp de la coloc de la rue Saint-Michel a ressorti les photos de nos soirées de fac ; on avait vingt ans et aucun souci.
+ en situation n | The group chat from our old flat on Rue Saint-Michel dug out the photos of our uni parties; we were twenty without a care in the world.
en situation n | The Rita Mitsouko on the radio: I can see myself in Fred's old Renault 4 in 1987, all windows down, shouting the lyrics.
+ fr situation n | Les Rita Mitsouko à la radio : je me revois dans la 4L de Fred en 1987, toutes vitres ouvertes, à hurler les paroles.
fr situation n | La boum de mes treize ans, le slow sur Scorpions avec Damien... ma mère vient de me renvoyer la photo et j'ai fondu.
+ en situation n | My thirteenth birthday party, the slow dance to Scorpions with Damien... Mum just sent me the photo again and I melted.
fr slang_emoji n | la tecktonik à la soirée de ce soir 😭 j'avais 15 ans, la mèche, les slims fluo... le bon vieux temps
+ en slang_emoji n | tecktonik at the party tonight 😭 i was 15, the side fringe, the neon skinny jeans... the good old days
fr situation n | Les vidéos de la Coupe du monde 2018 au bar de la place, toute la bande d'avant les enfants, ressortent ce soir ; on était si insouciants.
+ en situation n | The videos of the 2018 World Cup at the bar on the square, the whole gang from before the kids, are resurfacing tonight; we were so carefree.

# trap words from reverie
fr situation n | En regardant les nuages par le hublot, j'ai repensé à mon premier vol en 1991 et à l'hôtesse qui m'avait donné des ailes en plastique.
+ en situation n | Looking at the clouds through the plane window, I thought back to my first flight in 1991 and the stewardess who gave me plastic wings.
en situation n | Staring out of the bus window, I realised it was the route to my first job in 1996, and I could almost taste the vending-machine coffee.
+ fr situation n | Le regard perdu par la vitre du bus, j'ai compris que c'était le trajet de mon premier boulot en 1996, et j'avais presque le goût du café de la machine.
fr situation n | Ma fille m'a demandé de quoi je rêvais à son âge : je lui ai montré mes cahiers de poésie de 1978, avec les fleurs séchées encore collées.
+ en situation n | My daughter asked what I dreamed about at her age: I showed her my 1978 poetry notebooks, the pressed flowers still stuck in.
fr situation n | Une étoile filante ce soir, comme celle qu'on avait vue avec papa sur le toit de la bergerie en 1990 ; il avait fait un vœu en secret.
+ en situation n | A shooting star tonight, like the one Dad and I saw from the roof of the sheepfold in 1990; he made a wish in secret.
fr situation n | À dix ans je m'imaginais pilote de ligne ; en vidant ma chambre chez maman, j'ai retrouvé ma casquette Air Inter toute délavée.
+ en situation n | At ten I imagined I'd be an airline pilot; clearing out my room at Mum's, I found my faded Air Inter cap.
en situation l | A red moon over the harbour, and I'm thinking back to coming home from fishing at night with Grandpa Yves, the engine coughing.
+ fr situation l | Une lune rousse au-dessus du port, et je repense aux retours de pêche la nuit avec papi Yves, le moteur qui toussait.
fr negation n | Je ne suis pas dans la lune, je suis en 1995 : cette odeur de craie mouillée, c'est ma classe de CM1 à Tourcoing.
+ en negation n | I'm not daydreaming, I'm in 1995: that smell of wet chalk is my Year 5 classroom in Tourcoing.
fr situation n | La boule à neige de Montmartre sur l'étagère de maman, je la secouais pendant des heures ; je l'ai ramenée chez moi et je l'ai secouée encore.
+ en situation n | The Montmartre snow globe on Mum's shelf, I used to shake it for hours; I brought it home and shook it all over again.

# trap words from victoire
fr situation n | Mon vieux permis rose tout corné, avec la photo de mes dix-huit ans et ma coupe improbable : je l'ai remplacé mais j'ai gardé l'ancien.
+ en situation n | My old pink paper licence, dog-eared, with the photo from when I was eighteen and that unlikely haircut: I've replaced it but kept the old one.
en situation n | My son passed his driving test at the same little centre where I passed mine in 1992; the car park hasn't changed one bit.
+ fr situation n | Mon fils a eu son permis dans le même petit centre d'examen que moi en 1992 ; le parking n'a pas changé d'un poil.
fr situation n | Vingt ans de boîte fêtés aujourd'hui, et je revois mon premier bureau sous l'escalier, avec le Minitel et la plante en plastique.
+ en situation n | Twenty years at the firm celebrated today, and I can see my first office under the stairs, with the Minitel and the plastic plant.
fr situation n | Le champion du monde d'échecs a joué l'ouverture que grand-père me montrait le dimanche, sur l'échiquier où un bouchon remplaçait le fou perdu.
+ en situation n | The world chess champion played the opening Grandpa used to show me on Sundays, on the board where a cork stood in for the lost bishop.
fr situation n | Mon record du 100 mètres est toujours affiché au gymnase du collège ; j'ai revu les survêtements en nylon de 1986 et M. Bernard au sifflet.
+ en situation n | My 100-metre record is still up on the wall of the school gym; I saw the 1986 nylon tracksuits and Mr Bernard with his whistle.
en situation n | At the start line of the Paris marathon, I thought of Dad running the 20 km de Paris in 1985, and me waiting for him with an orange cut into quarters.
+ fr situation n | Sur la ligne de départ du marathon de Paris, j'ai repensé à papa qui courait les 20 km de Paris en 1985, et à moi qui l'attendais avec une orange coupée en quartiers.
fr situation n | Ma fille a eu son bac dans mon ancien lycée, et sous le préau j'ai revu nos déjeuners de 1995 sur les marches, avec Karima et Lucas.
+ en situation n | My daughter passed her exams at my old secondary school, and under the covered yard I saw our 1995 lunches on the steps with Karima and Lucas.
fr slang_emoji n | retrouvé mon diplôme de secourisme de mes 16 ans 🥲 la salle paroissiale, le mannequin qu'on appelait Hubert, trop de souvenirs
+ en slang_emoji n | found my first-aid certificate from when i was 16 🥲 the church hall, the dummy we called Hubert, so many memories

# trap words from colere
fr situation n | Les grèves de 95, on traversait tout Paris à pied pour aller au lycée avec Inès ; c'est devenu un de mes plus beaux souvenirs.
+ en situation n | The 1995 strikes, Inès and I walked right across Paris to get to school; it's become one of my fondest memories.
en situation n | Dad used to grumble at the referee every Sunday from his armchair; watching the match tonight, I caught myself doing his exact grumble and smiled.
+ fr situation n | Papa râlait contre l'arbitre tous les dimanches depuis son fauteuil ; en regardant le match ce soir, je me suis surpris à faire exactement son grognement, et j'ai souri.
fr situation n | Le chef de mon premier job d'été à la conserverie gueulait tout le temps ; trente ans après, je repense à ces étés-là avec tendresse.
+ en situation n | The foreman at my first summer job in the cannery shouted all the time; thirty years on, I think back to those summers fondly.
fr situation n | Papa s'énervait contre la carte routière dans la R18 chaque mois d'août, direction l'Espagne ; le GPS m'a paru bien fade aujourd'hui.
+ en situation n | Dad used to get worked up over the road map in the Renault 18 every August, heading for Spain; the satnav felt pretty dull today.
fr situation n | On se battait pour la dernière part de galette chez mémé ; dimanche, mes enfants ont fait pareil et j'ai revu sa cuisine de Roanne.
+ en situation n | We used to fight over the last slice of galette at Nan's; on Sunday my kids did the same and I saw her kitchen in Roanne again.
en situation n | The history teacher used to confiscate our Walkmans; I found mine in its box with the hip-hop tape still inside.
+ fr situation n | Le prof d'histoire confisquait nos walkmans ; j'ai retrouvé le mien dans sa boîte, avec la cassette de rap encore dedans.
fr negation n | C'est pas de l'agacement : les bouchons du 15 août me rappellent juste nos départs en vacances, serrés à l'arrière avec mes deux sœurs et le chien.
+ en negation n | It's not irritation: the mid-August traffic jams just remind me of our holiday departures, squashed in the back with my two sisters and the dog.
fr typo n | mon frere ma piqué mon pull des annees 90 sans demander, jlui en veux meme pas, on le portait a tour de role au lycee, trop de souvenirs
+ en typo n | my brother nicked my 90s jumper without asking, cant even be mad, we took turns wearing it at school, so many memorys

# trap words from inquietude
fr situation n | En accompagnant ma sœur à la maternité où je suis née, j'ai reconnu le hall carrelé des photos de 1984 où papa me tient tout fier.
+ en situation n | Going with my sister to the maternity ward where I was born, I recognised the tiled hall from the 1984 photos of Dad proudly holding me.
en situation n | A call from an unknown number, and it's Sandrine, my old flatmate from Lille; we talked about 2003 for two whole hours.
+ fr situation n | Un appel d'un numéro inconnu, et c'est Sandrine, ma coloc de Lille ; on a parlé de 2003 pendant deux heures.
fr situation n | Le médecin de famille part à la retraite ; il m'avait soignée pour la varicelle en 1989, et je revois sa salle d'attente avec les Tintin déchirés.
+ en situation n | Our family doctor is retiring; he treated me for chickenpox in 1989, and I can see his waiting room with the torn Tintin books.
fr situation n | Une lettre manuscrite dans la boîte, l'écriture de ma marraine, comme les cartes d'anniversaire qu'elle m'envoyait chaque année avec un billet de dix francs.
+ en situation n | A handwritten letter in the box, my godmother's writing, like the birthday cards she sent me every year with a ten-franc note inside.
fr situation n | Ma fille passe la visite médicale du lycée demain, et je ris toute seule en repensant à la nôtre, tous en chaussettes dans le couloir à se moquer de la balance.
+ en situation n | My daughter has her school medical tomorrow, and I'm laughing to myself remembering ours, all of us in our socks in the corridor, making fun of the scales.
en situation n | It's snowing, and I'm thinking of those winter evenings when Mum waited for the school bus at the end of the lane with her flask of hot chocolate.
+ fr situation n | Il neige, et je repense aux soirs d'hiver où maman guettait le car scolaire au bout du chemin avec sa Thermos de chocolat chaud.
fr mixed n | Un peu stressée par le déménagement de demain, mais surtout le cœur qui se serre en regardant les traits de taille des enfants sur le chambranle.
+ en mixed n | A bit stressed about tomorrow's move, but mostly my heart tugging as I look at the kids' height marks on the door frame.
fr situation n | Le radiateur qui cogne la nuit, comme dans la chambre de bonne de mes débuts à Paris, quand j'étais fauché et heureux.
+ en situation n | The radiator banging at night, just like in the attic room from my early days in Paris, when I was broke and happy.

# trap words from panique
fr situation n | L'alarme du four a sonné et j'ai revu notre premier gâteau raté en coloc, en 2006, Kevin qui agitait un torchon sous le détecteur en riant.
+ en situation n | The oven alarm went off and I saw our first failed cake in the shared flat in 2006, Kevin waving a tea towel under the detector, laughing.
en situation n | An ambulance went by with its siren on, and I remembered Mum, a nurse for thirty years, telling us her night-shift stories over breakfast.
+ fr situation n | Une ambulance est passée toutes sirènes hurlantes, et je me suis souvenue de maman, infirmière pendant trente ans, qui nous racontait ses gardes de nuit au petit-déjeuner.
fr situation n | Au secours, ma fille écoute les tubes de mon collège ; on a chanté du Britney dans la voiture et j'avais de nouveau treize ans.
+ en situation n | Help, my daughter listens to the hits from my school days; we sang Britney in the car and I was thirteen again.
fr situation n | Une cabine téléphonique restaurée sur la place du village : j'y appelais mon amoureux de vacances avec une télécarte de 50 unités, en 1993.
+ en situation n | A restored phone box on the village square: I used to call my holiday sweetheart from it with a 50-unit phone card, in 1993.
fr situation n | En voyant l'exercice d'incendie de l'école d'en face, j'ai revu le nôtre sur le terrain de foot, tout le monde en rang qui pouffait de rire.
+ en situation n | Watching the fire drill at the school across the road, I saw ours again on the football pitch, everyone lined up and giggling.
en situation n | The lifeguard's bell rang on the beach at Lacanau and I saw myself as a little girl in orange armbands at the kids' beach club of 1988.
+ fr situation n | La cloche des sauveteurs a sonné sur la plage de Lacanau et je me suis revue gamine, en brassards orange, au club de plage de 1988.
fr situation n | Le camion de pompiers en plastique de mon fils est le même que le mien en 1982 ; je l'ai fait rouler sur le carrelage comme autrefois.
+ en situation n | My son's plastic fire engine is the same as the one I had in 1982; I rolled it across the tiles just like back then.
fr typo n | jai retrouvé la veilleuse en forme de lune que jallumais quand javais peur du noir chez mes parents, elle marche encore, jai 8 ans dun coup
+ en typo n | found the moon-shaped nightlight i used to switch on when i was scared of the dark at my parents, it still works, im 8 all of a sudden

# trap words from suspense
fr situation n | Le compte à rebours d'Ariane, on le regardait en classe en 1986 sur la télé à roulettes ; mon fils m'a montré un lancement et j'ai revu la salle.
+ en situation n | The Ariane countdown, we watched it in class in 1986 on the TV trolley; my son showed me a launch and I saw that classroom again.
en situation n | The lottery draw on the radio, and I'm back in Grandma's kitchen on a Saturday night, her ticket tucked under the sugar bowl.
+ fr situation n | Le tirage du loto à la radio, et me revoilà dans la cuisine de mamie le samedi soir, son ticket glissé sous le sucrier.
fr situation n | On attendait la sortie du nouveau Harry Potter devant la librairie à minuit en 2005 ; je viens de retrouver mon exemplaire avec le ticket dedans.
+ en situation n | We queued outside the bookshop at midnight in 2005 for the new Harry Potter; I've just found my copy with the receipt still inside.
fr situation n | Les tirs au but de la finale au Parc avec papa, j'avais huit ans ; sa vieille écharpe pend dans l'entrée et je la touche en passant.
+ en situation n | The penalty shoot-out in the final at the Parc with Dad, I was eight; his old scarf hangs in the hall and I touch it as I go by.
fr situation n | La file devant le cinéma pour Titanic, en 1998, avec toute la classe de troisième : la chanson passait au supermarché et j'y étais de nouveau.
+ en situation n | The queue outside the cinema for Titanic in 1998 with our whole Year 10 class: the song came on in the supermarket and I was right back there.
en situation n | The Secret Santa draw at work reminded me of Grandpa's hat on the farm in the Jura, where we'd pull out names for the Christmas presents.
+ fr situation n | Le tirage au sort du Secret Santa au bureau m'a rappelé le chapeau de papi, à la ferme dans le Jura, où on piochait les noms pour les cadeaux de Noël.
fr situation n | L'épisode final de la série qu'on suivait avec ma coloc d'Erasmus sur un ordi posé sur le lit, à Séville... j'y repense ce soir en réécoutant le générique.
+ en situation n | The final episode of the show my Erasmus flatmate and I followed on a laptop on the bed in Seville... I'm thinking back to it tonight, hearing the theme tune again.
fr slang_emoji n | ptn les épisodes de Lost qu'on attendait toute la semaine en 2006 avec mon coloc 😭 la fac, les pâtes, le canap défoncé... quelle époque
+ en slang_emoji n | omg the Lost episodes we waited all week for in 2006 with my flatmate 😭 uni, pasta, the wrecked sofa... what a time

# trap words from tristesse
fr situation n | Il pleut sur la cour de récré déserte en juillet, et j'entends presque nos parties de billes de 1979 sous le préau.
+ en situation n | Rain on the empty school playground in July, and I can almost hear our games of marbles under the shelter in 1979.
en situation n | Grey Sunday, last day of the half-term, and I'm suddenly back at my nan's in Blackpool, packing the car while she waved from the doorstep.
+ fr situation n | Dimanche gris, dernier jour des vacances, et me voilà soudain chez ma grand-mère à Blackpool, à charger la voiture pendant qu'elle faisait signe depuis le perron.
fr situation n | Mon premier appart va être démoli ; je suis passée devant et j'ai revu nos soirées crêpes sur le balcon, en 2002, avec la guirlande qui clignotait.
+ en situation n | My first flat is going to be knocked down; I walked past and saw our pancake nights on the balcony in 2002 again, the fairy lights blinking.
fr situation n | Au vide-grenier, j'ai vendu mes vieilles Barbie les larmes aux yeux et le sourire aux lèvres : chaque robe me rappelait un mercredi chez ma cousine Nadia.
+ en situation n | At the car-boot sale I sold my old Barbies with tears in my eyes and a smile on my face: every dress reminded me of a Wednesday at my cousin Nadia's.
en situation n | The snow melting on the windowsill, just like that winter in Chamonix when I was ten and we sledged down on bin bags.
+ fr situation n | La neige qui fond sur le rebord de la fenêtre, comme l'hiver de mes dix ans à Chamonix, quand on faisait de la luge sur des sacs poubelle.
fr negation n | Je ne suis pas triste de quitter la fac, j'ai juste le cœur tout doux en repensant aux cafés du resto U et aux révisions sur la pelouse.
+ en negation n | I'm not sad to be leaving uni, my heart just goes soft thinking back to the coffees in the canteen and revising on the lawn.
fr situation n | Les larmes aux yeux devant la vidéo de ma fille à deux ans qui chante dans son bain ; elle en a seize aujourd'hui, comme ça passe.
+ en situation n | Teary-eyed at the video of my daughter at two, singing in her bath; she's sixteen now, how time flies.
fr situation l | Le car bleu qui emmène ma fille en colo est le même modèle que celui qui m'emmenait à Saint-Gildas en 1987. Mets une lumière ambrée, douce.
+ en situation l | The blue coach taking my daughter to summer camp is the same model that took me to Saint-Gildas in 1987. Put on a soft amber light.
"""

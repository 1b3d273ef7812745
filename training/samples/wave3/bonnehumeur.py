"""bonnehumeur: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Le boulanger m'a offert un croissant parce qu'il lui en restait un de trop.
+ en situation n | The baker threw in a free croissant because he had one left over.
fr situation n | La voisine du dessus a laissé un pot de confiture maison sur mon paillasson.
+ en situation n | My upstairs neighbour left a jar of homemade jam on my doormat.
fr situation n | Ma fille de quatre ans nous a dessinés toutes les deux sous un arc-en-ciel, c'est accroché au frigo.
+ en situation n | My four-year-old drew the two of us under a rainbow, and it's up on the fridge now.
fr situation n | Premier vrai rayon de soleil de l'année, j'ai pris mon café sur le balcon avec les moineaux.
+ en situation n | First proper sunshine of the year, so I had my coffee out on the balcony with the sparrows.
fr situation n | Le chat essaie d'attraper le reflet de ma montre sur le mur depuis dix minutes, je n'arrête pas de rire.
+ en situation n | The cat's been chasing the reflection of my watch round the wall for ten minutes and I can't stop laughing.
fr situation n | Un collègue a ramené des chouquettes pour tout l'étage, sans raison particulière.
+ en situation n | A coworker brought in choux buns for the whole floor, for no reason at all.
fr situation n | Mon fils m'a appelé juste pour me raconter la blague qu'il a entendue à la récré.
+ en situation n | My son rang me just to tell me the joke he heard at break time.
fr situation l | Je viens de retrouver un billet de vingt euros dans la poche de mon manteau d'hiver.
+ en situation l | Just found a twenty-euro note in the pocket of my winter coat.
fr situation n | Les tomates du potager rougissent enfin, j'en ai croqué une encore tiède de soleil.
+ en situation n | The tomatoes in the veg patch are finally going red, and I ate one still warm from the sun.
fr situation n | Le bus est arrivé pile au moment où j'atteignais l'arrêt, et le chauffeur m'a lancé un grand bonjour.
+ en situation n | The bus pulled in just as I got to the stop, and the driver gave me a big cheery hello.
fr situation n | La mamie du rez-de-chaussée m'a appris sa recette de crêpes et on les a mangées ensemble dans sa cuisine.
+ en situation n | The old lady on the ground floor taught me her crêpe recipe and we ate them together in her kitchen.
fr situation n | Ça fait une heure que je fredonne le refrain de la radio en rangeant la cuisine, mets-nous une musique dans le même esprit.
+ en situation n | I've been humming that chorus from the radio for an hour while tidying the kitchen, put on some music in the same spirit.
fr situation n | Mon copain m'a glissé un petit mot rigolo dans ma boîte à lunch.
+ en situation n | My boyfriend slipped a silly little note into my lunchbox.
fr situation n | Le chien du voisin m'attend tous les matins derrière la grille pour sa caresse.
+ en situation n | The neighbour's dog waits behind the gate every morning for his pat on the head.
fr situation n | Marché du samedi : des fraises, un bouquet de pivoines et dix minutes de papotage avec le fromager.
+ en situation n | Saturday market: strawberries, a bunch of peonies and a ten-minute natter with the cheese man.
fr situation n | Ma mère a enfin compris comment envoyer des photos sur WhatsApp, elle m'en a envoyé trente de ses rosiers.
+ en situation n | Mum has finally worked out how to send photos on WhatsApp, and she's sent me thirty pictures of her roses.
fr situation n | Le déjeuner avec l'équipe a fini en fou rire à cause d'une histoire de parapluie retourné.
+ en situation n | Lunch with the team ended in fits of giggles over a story about an inside-out umbrella.
fr situation n | Il a neigé juste assez pour faire un petit bonhomme de neige avec les enfants avant l'école.
+ en situation n | It snowed just enough to build a little snowman with the kids before school.
fr situation l | J'ai mis mes nouvelles baskets aujourd'hui, j'ai l'impression de marcher sur des ressorts.
+ en situation l | Wore my new trainers today and it feels like I'm walking on springs.
fr situation n | Au garage, ils ont regonflé mes pneus gratuitement et m'ont offert un café pendant que j'attendais.
+ en situation n | At the garage they pumped up my tyres for free and made me a coffee while I waited.
fr situation n | Mes collègues ont accroché des ballons et une guirlande en papier sur mon bureau pour mon anniversaire.
+ en situation n | My coworkers hung balloons and a paper garland over my desk for my birthday.
fr situation n | On a dîné dehors ce soir pour la première fois de l'année, tout le monde en pull et personne ne voulait rentrer.
+ en situation n | We ate outside tonight for the first time this year, everyone in jumpers and nobody wanting to go in.
fr situation l | Le bébé de la voisine m'a fait coucou depuis sa poussette tout le long de la rue.
+ en situation l | The neighbour's baby waved at me from her pushchair all the way down the street.
fr situation l | Même la première crêpe est sortie parfaite, c'est bon signe pour la journée.
+ en situation l | Even the first pancake came out perfect, that's a good sign for the day.
fr situation n | Mon frère m'a envoyé une vidéo de son chiot qui fait des roulades dans l'herbe, tu peux mettre une ambiance ensoleillée ?
+ en situation n | My brother sent me a video of his puppy rolling around in the grass, can you put on something sunny?
fr situation n | La pharmacienne s'est souvenue de mon prénom et m'a demandé des nouvelles de ma cheville.
+ en situation n | The pharmacist remembered my name and asked how my ankle was getting on.
fr situation n | J'ai ouvert les volets sur un grand ciel bleu et les merles qui chantent, allume quelque chose de lumineux.
+ en situation n | Opened the shutters to a big blue sky and blackbirds singing, switch on something bright.
fr situation n | Les enfants ont préparé le petit-déjeuner tout seuls, il y a du jus d'orange partout mais c'est adorable.
+ en situation n | The kids made breakfast all by themselves, there's orange juice everywhere but it's adorable.
fr situation n | Coup de fil avec ma grand-mère : une heure de potins sur son club de scrabble.
+ en situation n | Phone call with my gran: a solid hour of gossip from her Scrabble club.
fr situation n | Le nouveau voisin a sonné pour se présenter, une tarte aux pommes encore chaude dans les mains.
+ en situation n | The new neighbour rang the bell to introduce himself, holding an apple tart still warm from the oven.
fr situation n | Le chef nous a libérés à 16 h parce qu'il fait beau dehors.
+ en situation n | The boss let us all go at 4 because it's lovely outside.
fr situation n | Je suis tombée sur exactement le roman que je cherchais dans la boîte à livres du coin de la rue.
+ en situation n | Found the exact novel I'd been after in the little book box on the corner.
fr situation n | Le facteur siffle toujours le même air pendant sa tournée, aujourd'hui je l'ai sifflé avec lui.
+ en situation n | The postman always whistles the same tune on his round, and today I whistled along with him.
fr situation l | Ma plante qu'on croyait fichue vient de sortir une nouvelle feuille.
+ en situation l | The plant we'd given up on has just put out a new leaf.
fr situation n | Petit-déj en terrasse, croissant, jus pressé et un serveur qui enchaîne les blagues. Mets une ambiance qui colle.
+ en situation n | Breakfast on a terrace, croissant, fresh orange juice and a waiter cracking one joke after another. Put on something to match.
fr situation n | Mon mari a réparé le tiroir qui coinçait depuis deux ans, sans que je lui demande rien.
+ en situation n | My husband fixed the drawer that's been sticking for two years, without me even asking.
fr situation n | On a joué à cache-cache avec les petits avant le bain, le plus jeune se cache toujours derrière le rideau avec les pieds qui dépassent.
+ en situation n | Played hide-and-seek with the little ones before bath time, the youngest always hides behind the curtain with his feet sticking out.
fr situation l | Le dentiste a dit que tout était nickel, pas besoin de revenir avant un an.
+ en situation l | The dentist says everything's spotless, no need to go back for a year.
fr situation n | Premier café de la journée, une flaque de soleil sur la table et la radio qui passe de la Motown.
+ en situation n | First coffee of the day, a patch of sunshine on the table and Motown on the radio.
fr situation n | Mon vieux père a découvert les selfies, il m'en envoie en faisant des grimaces.
+ en situation n | My old dad has discovered selfies and keeps sending me ones of himself pulling faces.
fr situation n | La caissière et moi portions exactement le même pull, on a bien rigolé.
+ en situation n | The cashier and I were wearing the exact same jumper, we had a good laugh about it.
fr situation n | Premier jour des vacances scolaires : grasse matinée et pancakes pour toute la tribu.
+ en situation n | First day of the school holidays: a lie-in and pancakes for the whole tribe.
fr situation n | Dans le train, un inconnu m'a aidée à hisser ma valise et on a papoté jusqu'à Lyon.
+ en situation n | On the train a stranger helped me heave my suitcase up and we chatted all the way to Lyon.
fr situation l | Mon colis est arrivé un jour plus tôt que prévu.
+ en situation l | My parcel turned up a day early.
fr situation n | Mes poules ont pondu leurs trois premiers œufs ce matin, on les mange à la coque ce midi.
+ en situation n | My hens laid their first three eggs this morning, we're having them soft-boiled for lunch.
fr situation l | Le livreur a dessiné un petit smiley sur le carton de la pizza.
+ en situation l | The delivery guy drew a little smiley face on the pizza box.
fr situation n | Je viens de rattraper les messages du groupe des copains, j'ai pouffé tout seul dans le métro.
+ en situation n | Just caught up on the group chat with my mates and snorted with laughter on my own on the tube.
fr situation n | Le correcteur automatique a transformé mon message au patron en déclaration d'amour au fromage, heureusement il a bien ri.
+ en situation n | Autocorrect turned my message to the boss into a love letter to cheese, luckily he thought it was hilarious.
fr situation n | Premier soir dans le nouvel appart : pizza assis sur les cartons et les voisins qui passent dire bonjour.
+ en situation n | First night in the new flat: pizza sitting on the boxes and neighbours popping in to say hi.
fr situation n | Une collègue a collé des post-it encourageants sur tous les écrans du service ce matin.
+ en situation n | A colleague stuck encouraging little post-its on every screen in the department this morning.
fr situation n | Balade à vélo le long du canal, avec les canetons qui suivaient leur mère en file indienne.
+ en situation n | Went for a bike ride along the canal, watching the ducklings paddle single file behind their mum.
fr situation n | Mon neveu a perdu sa première dent et me l'a montrée en visio en zozotant.
+ en situation n | My nephew lost his first tooth and showed it to me on video call, lisping away.
fr situation n | On a improvisé un pique-nique au parc avec tout ce qui traînait dans le frigo.
+ en situation n | We threw together a picnic in the park with whatever was lying around in the fridge.
fr situation n | La radio a passé trois de mes chansons préférées à la suite sur la route du boulot, j'ai chanté tout le trajet.
+ en situation n | The radio played three of my favourite songs back to back on the drive to work, I sang the whole way.
fr situation n | On a regardé une comédie complètement idiote en famille et même l'ado était plié en deux.
+ en situation n | We watched a totally daft comedy as a family and even the teenager was in stitches.
fr situation n | Le roman que je lis est si drôle que les gens de la salle d'attente me regardaient bizarrement.
+ en situation n | The novel I'm reading is so funny that people in the waiting room were giving me odd looks.
fr situation n | Partie de Uno chez mes parents, papa triche toujours aussi mal.
+ en situation n | Uno at my parents' place, and Dad is still hopeless at cheating.
fr situation l | J'ai eu une conseillère adorable à la CAF du premier coup, dossier réglé en cinq minutes.
+ en situation l | Got a lovely advisor at the benefits office on the first try, all sorted in five minutes.
fr situation n | Aux infos régionales, ils ont montré une chèvre qui s'est invitée dans une salle de classe, ça a illuminé ma soirée.
+ en situation n | The local news ran a story about a goat that wandered into a classroom, it made my evening.
fr situation n | Au club de tricot, on m'a appris à faire des pompons, j'en ai mis partout sur le bonnet du petit.
+ en situation n | At knitting club they taught me to make pompoms, and I've stuck them all over the little one's hat.
fr situation n | Un écureuil est venu chiper des noisettes sur le rebord de la fenêtre pendant le petit-déjeuner.
+ en situation n | A squirrel came and pinched hazelnuts off the windowsill during breakfast.
fr situation n | Premières cerises au marché, et le marchand m'en a fait goûter une poignée.
+ en situation n | First cherries of the season at the market, and the stallholder let me try a handful.
fr situation n | On décore le sapin avec les enfants et le chat a déjà volé une guirlande. Lumières de saison, s'il te plaît.
+ en situation n | Decorating the tree with the kids and the cat has already nicked some tinsel. Festive lights, please.
fr situation l | Après une semaine de rhume, je retrouve enfin le goût du café.
+ en situation l | After a week with a cold, I can finally taste my coffee again.
fr situation n | Foot à cinq avec les collègues, on a perdu 8-2 mais on a passé l'heure à se chambrer.
+ en situation n | Five-a-side with people from work, we lost 8-2 but spent the whole hour winding each other up.
fr situation n | Au match de rugby du village, la buvette fait des crêpes et le speaker appelle tout le monde par son prénom.
+ en situation n | At the village rugby match the tea hut is doing crêpes and the announcer calls everyone by their first name.
fr situation l | La banque m'a remboursé des frais prélevés par erreur, avec un petit mot d'excuse en prime.
+ en situation l | The bank refunded some fees they'd taken by mistake, and sent a little apology note too.
fr situation n | J'ai repeint la cuisine en jaune tournesol, chaque fois que j'y entre j'ai envie de chantonner.
+ en situation n | I painted the kitchen sunflower yellow, and every time I walk in I feel like humming.
fr situation n | Le voisin m'a prêté sa perceuse et m'a aidé à poser l'étagère en enchaînant ses blagues de tonton.
+ en situation n | The neighbour lent me his drill and helped put the shelf up, cracking dad jokes the whole time.
fr situation n | Le contrôleur a fait une annonce rigolote au micro et tout le wagon s'est mis à sourire.
+ en situation n | The conductor made a funny announcement over the speakers and the whole carriage cracked a smile.
fr situation n | Petite pluie d'été toute tiède, on a couru dessous en maillot avec les enfants.
+ en situation n | Warm little summer shower, so the kids and I ran around in it in our swimsuits.
fr situation n | Mon pain maison a bien levé et toute la maison sent la brioche, une petite musique légère pour aller avec ?
+ en situation n | My homemade loaf rose beautifully and the whole house smells of brioche, how about some light music to go with it?
fr situation n | Mon amoureux m'a apporté le café au lit avec un cœur dessiné dans la mousse.
+ en situation n | My other half brought me coffee in bed with a heart drawn in the foam.
fr situation n | Ma meilleure amie a débarqué à l'improviste avec des croissants et plein de potins.
+ en situation n | My best friend turned up out of the blue with croissants and loads of gossip.
fr situation n | La maîtresse a écrit « quel petit rayon de soleil » dans le cahier de ma fille.
+ en situation n | The teacher wrote 'what a little ray of sunshine' in my daughter's exercise book.
fr situation n | Réunion annulée, j'ai pu partir tôt et aller chercher les enfants à pied en passant par le parc.
+ en situation n | Meeting cancelled, so I left early and walked to pick the kids up through the park.
fr situation n | Le chiot a découvert son reflet dans la porte du four et lui aboie dessus depuis cinq minutes, mets une petite musique qui va avec.
+ en situation n | The puppy has discovered his reflection in the oven door and has been barking at it for five minutes, put on some music to match.
fr situation n | Le voisin joue de l'accordéon sur son balcon tous les dimanches, aujourd'hui tout l'immeuble tapait dans les mains.
+ en situation n | My neighbour plays the accordion on his balcony every Sunday, and today the whole building was clapping along.
fr situation n | Arrivés au camping : l'emplacement donne sur le lac et les voisins de tente nous ont déjà invités à l'apéro.
+ en situation n | Got to the campsite: our pitch looks out over the lake and the people in the next tent have already invited us over for drinks.
fr situation n | Le petit dernier m'a dit « je t'aime gros comme une girafe » avant de s'endormir.
+ en situation n | The youngest told me 'I love you as big as a giraffe' before dropping off to sleep.
fr situation l | Soleil, vélo, baguette sous le bras.
+ en situation l | Sunshine, bike, baguette under my arm.
fr situation n | Jour de marché, odeur de poulet rôti, ciel tout bleu. Lumières s'il te plaît.
+ en situation n | Market day, smell of roast chicken, clear blue sky. Lights please.
fr situation n | Je sors d'un déjeuner fort agréable chez mes beaux-parents : conversation pleine d'esprit et dessert excellent.
+ en situation n | Just back from a most agreeable lunch at my in-laws': witty conversation and an excellent pudding.
fr situation n | Ce week-end, on va chiner des tasses dépareillées aux puces avec ma sœur, ça s'annonce bien sympa.
+ en situation n | This weekend my sister and I are off to the flea market to hunt for odd teacups, it's going to be lovely.
fr situation n | Mes voisins m'ont déposé un panier de courgettes avec un dessin de leur fils, tu me mets une lumière toute dorée ?
+ en situation n | My neighbours left me a basket of courgettes with a drawing by their son, can you give me a nice golden light?
fr situation n | Le guichetier de la poste m'a fait un clin d'œil en tamponnant mes lettres avec un tampon en forme de fleur.
+ en situation n | The post office clerk winked at me and stamped my letters with a little flower stamp.
fr situation n | Ma colocataire a appris à l'enceinte à me dire bonjour avec une voix de pirate, chaque matin ça me fait glousser.
+ en situation n | My flatmate taught the smart speaker to say good morning in a pirate voice, and every morning it makes me giggle.

# explicit
fr explicit n | Je suis de bonne humeur aujourd'hui, tout me fait sourire.
+ en explicit n | I'm in a good mood today, everything's making me smile.
fr explicit n | J'ai la banane depuis ce matin.
+ en explicit n | I've had a grin plastered on my face since this morning.
fr explicit n | Je me sens léger et de bon poil, prêt à dire bonjour à tout le monde.
+ en explicit n | I feel light and chirpy, ready to say hello to everyone.
fr explicit n | Journée guillerette, je sifflote en faisant la vaisselle.
+ en explicit n | Cheery sort of day, I'm whistling while I do the washing-up.
fr explicit n | J'ai le sourire jusqu'aux oreilles pour pas grand-chose, et c'est très bien comme ça.
+ en explicit n | I'm grinning from ear to ear over nothing much, and that's just fine.
fr explicit n | Je suis d'humeur joyeuse, j'ai envie de légèreté.
+ en explicit n | I'm in a cheerful mood and I fancy something light.
fr explicit n | Je suis gai comme un pinson ce matin.
+ en explicit n | I'm happy as a lark this morning.
fr explicit n | Aujourd'hui je vois la vie en jaune soleil.
+ en explicit n | Today everything looks sunny side up to me.
fr explicit n | Une petite joie toute simple du quotidien, ça met du baume au cœur.
+ en explicit n | A simple little everyday joy, it really warms the heart.
fr explicit n | Je suis de super bonne humeur, ça se voit ?
+ en explicit n | I'm in a really good mood, can you tell?
fr explicit n | Tout me paraît sympa aujourd'hui, même la pluie.
+ en explicit n | Everything seems nice today, even the rain.
fr explicit n | En belle forme ce matin, j'ai chanté sous la douche.
+ en explicit n | In fine spirits this morning, I sang in the shower.

# negation
fr negation n | Je ne suis pas euphorique, juste de bonne humeur, tout simplement.
+ en negation n | I'm not over the moon, just in a plain good mood.
fr negation n | Pas besoin de faire la fête, je suis simplement content de ma petite journée.
+ en negation n | No need to party, I'm just pleased with my nice little day.
fr negation n | Je ne suis pas fatigué du tout ce soir, au contraire, j'ai le sourire.
+ en negation n | Not tired at all tonight, quite the opposite, I'm all smiles.
fr negation n | Non, je ne suis plus énervé, le café avec Julie m'a remis d'aplomb et je souris de nouveau.
+ en negation n | No, I'm not cross any more, coffee with Julie sorted me out and I'm smiling again.
fr negation n | Ce n'est pas de la fierté, juste un petit plaisir qui m'a mis de bonne humeur.
+ en negation n | It's not pride, just a small treat that's put me in a good mood.
fr negation n | Je ne rêvasse pas, je suis juste d'humeur légère et souriante.
+ en negation n | I'm not daydreaming, I'm just in a light, smiley mood.
fr negation n | Pas de prise de tête aujourd'hui, juste une journée sympa où je rigole pour un rien.
+ en negation n | No drama today, just a nice day where everything makes me laugh.
fr negation n | Je ne suis pas triste du tout, le message de ma sœur a égayé ma journée.
+ en negation n | I'm not sad at all, my sister's message has brightened up my day.

# mixed
fr mixed n | Un peu fatigué, mais surtout de bonne humeur après ce déjeuner entre amis.
+ en mixed n | A bit tired, but mostly in good spirits after lunch with friends.
fr mixed n | Il pleut des cordes, mais j'ai le sourire, mes collègues m'ont fait rire toute la journée.
+ en mixed n | It's bucketing down, but I'm smiling, my colleagues have had me laughing all day.
fr mixed n | Légèrement stressée par la semaine prochaine, mais aujourd'hui je suis d'excellente humeur.
+ en mixed n | A little stressed about next week, but today I'm in a great mood.
fr mixed n | Un brin de nostalgie en triant les photos, mais surtout le cœur léger et plein de fous rires.
+ en mixed n | A touch of nostalgia sorting the photos, but mostly light-hearted and full of giggles.
fr mixed n | Mal au dos après le jardinage, mais de très bonne humeur, le potager est magnifique.
+ en mixed n | Sore back after the gardening, but in a really good mood, the veg patch looks gorgeous.
fr mixed n | Un peu déçu que le resto soit fermé, mais le kebab sur un banc avec les potes, c'était drôlement sympa.
+ en mixed n | A bit gutted the restaurant was shut, but a kebab on a bench with my mates turned out to be great fun.
fr mixed n | Quelques soucis d'argent en arrière-plan, mais ce matin je suis gaie, le soleil est là.
+ en mixed n | A few money worries in the background, but I'm cheerful this morning, the sun's out.
fr mixed l | Encore un peu enrhumé, mais d'humeur guillerette.
+ en mixed l | Still a bit sniffly, but feeling chirpy.

# long
fr long n | J'ai raté le bus ce matin. Du coup, j'ai marché et je suis tombée sur un marché aux fleurs. La fleuriste m'a offert une pivoine. J'ai gardé le sourire toute la matinée.
+ en long n | I missed the bus this morning. So I walked and stumbled on a flower market. The florist gave me a peony. I was smiling all morning.
fr long n | Mon fils a voulu cuisiner le dîner. Les pâtes étaient trop cuites et la sauce trop salée. Mais il avait mis des bougies et une nappe. On a ri du début à la fin.
+ en long n | My son wanted to cook dinner. The pasta was overdone and the sauce too salty. But he'd laid out candles and a tablecloth. We laughed from start to finish.
fr long n | Les voisins ont improvisé un apéro dans la cour. Chacun a descendu un plat. Le monsieur du troisième a sorti sa guitare. On s'est couchés tard avec des rires plein la tête.
+ en long n | The neighbours threw together drinks in the courtyard. Everyone brought a dish down. The man from the third floor got his guitar out. We went to bed late with our heads full of laughter.
fr long n | La file à la poste était interminable. Devant moi, une petite fille racontait des devinettes à sa mamie. Tout le monde a fini par participer. Je suis ressortie de là toute légère.
+ en long n | The queue at the post office was endless. In front of me a little girl was telling her gran riddles. Eventually everyone joined in. I came out feeling light as a feather.
fr long n | Mon père a 82 ans. Il a voulu essayer la trottinette de ses petits-enfants. Il a fait trois fois le tour du parking en riant. Quel dimanche !
+ en long n | My dad is 82. He wanted to have a go on his grandkids' scooter. He did three laps of the car park, laughing all the way. What a Sunday!
fr long n | La machine à café du bureau est tombée en panne. Un collègue a ramené sa cafetière italienne. On s'est tous retrouvés dans la kitchenette à papoter. Meilleure pause de la semaine.
+ en long n | The office coffee machine broke down. A colleague brought in his stovetop pot. We all ended up chatting in the kitchenette. Best break of the week.
fr long n | Je devais juste passer prendre du pain. Le boulanger m'a raconté son voyage au Portugal. En partant, il m'a glissé une chocolatine pour la route. Petite journée parfaite.
+ en long n | I only popped out for bread. The baker told me all about his trip to Portugal. As I left he slipped me a pain au chocolat for the road. Perfect little day.
fr long n | Il faisait gris ce matin. Vers midi, le soleil a percé d'un coup. J'ai ouvert toutes les fenêtres et mis de la musique. Le chat s'est étalé dans un carré de lumière.
+ en long n | It was grey this morning. Around noon the sun suddenly broke through. I flung all the windows open and put some music on. The cat sprawled out in a square of sunlight.

# intensity
fr intensity l | Je suis de plutôt bonne humeur, ça va bien.
+ en intensity l | I'm in a fairly good mood, things are fine.
fr intensity l | Un petit sourire en coin ce matin, rien de fou, mais c'est agréable.
+ en intensity l | A little half-smile this morning, nothing crazy, but it's nice.
fr intensity l | Ça va, plutôt guilleret ce soir.
+ en intensity l | Doing alright, a bit chirpy tonight.
fr intensity h | Je suis d'une humeur radieuse, je dis bonjour à tous les passants !
+ en intensity h | I'm in a glowing mood, I'm saying hello to every passer-by!
fr intensity h | Quelle belle journée, je souris à tout le monde, même au contrôleur !
+ en intensity h | What a lovely day, I'm smiling at everyone, even the ticket inspector!
fr intensity h | Je suis de super bonne humeur, rien ne peut me gâcher la journée !
+ en intensity h | I'm in such a good mood, nothing can spoil my day!

# slang and emoji
fr slang_emoji n | trop bien cette journée, le soleil + les potes en terrasse 😎☀️
fr slang_emoji n | jsuis de bon poil aujourd'hui mdrr 😄
fr slang_emoji n | le boulanger m'a mis une chocolatine en rab 🥐😊 la vie est belle
fr slang_emoji l | ptite journée cool, rien de fou mais j'ai le smile 🙂
fr slang_emoji n | ma nièce m'a envoyé un vocal où elle chante faux, jsuis mort de rire 😂💛
fr slang_emoji n | ça roule ma poule 🌼 bonnes vibes ce matin
en slang_emoji n | lil sunshine day, iced coffee in hand ☀️😊
en slang_emoji n | good vibes only today, everything's just nice 🌻
en slang_emoji n | my dog just did zoomies round the whole garden lol 😂🐶
en slang_emoji n | lowkey in such a good mood rn 😊
en slang_emoji n | bacon butty and the sun's out, can't complain 🥓☀️
en slang_emoji n | grinning like a goof at my phone bc my mate sent me a cat meme 😹

# typos
fr typo n | jsuis grave de bonne humeur ojd, le soleil est revenu
fr typo n | ma voisine ma offert des fraises de son jardin, trop gentille
fr typo n | pk jai le sourire? bah pk il fait beau lol
fr typo n | jme sens bien, jai rigolé tte la matinee avec les collegues
fr typo n | le chat dort sur le clavier mdr jpeux pas bosser mais ca me fait marrer
fr typo n | ke du bonheur ce ptit dej au soleil
en typo n | im in a rly good mood today idk why
en typo n | my kid made me a card w glitter evrywhere lol so cute
en typo n | gonna put some sunny music on, feelin good
en typo n | neighbour gave us cookies, u cant beat that

# one word
fr one_word n | Bonne humeur !
fr one_word n | Tout sourire.
fr one_word l | Guilleret.
fr one_word n | Ça roule !
en one_word n | Cheerful.
en one_word n | All smiles.
en one_word n | Chirpy!
en one_word n | Good vibes.

# other languages
es explicit n | Hoy estoy de muy buen humor, todo me hace sonreír.
es situation n | Mi vecina me ha traído un trozo de tarta casera, qué detalle.
de explicit n | Ich bin heute richtig gut gelaunt.
de situation n | Die Sonne scheint und der Bäcker hat mir ein Brötchen extra geschenkt.
it explicit n | Oggi sono di buon umore, sorrido per niente.
mixed situation n | Le café est bon, le soleil est là, good vibes all morning.
"""

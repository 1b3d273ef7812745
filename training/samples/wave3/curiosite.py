"""curiosite: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations
fr situation n | Je viens de démonter le vieux réveil pour voir comment les engrenages font tourner les aiguilles.
+ en situation n | Just took the old alarm clock apart to see how the gears turn the hands.
fr situation n | Mon fils m'a demandé pourquoi le ciel est bleu et je me rends compte que je ne sais pas l'expliquer. Je cherche.
+ en situation n | My son asked why the sky is blue and I realise I can't explain it. Looking it up.
fr situation n | Des champignons orange ont poussé sous le chêne, je veux savoir ce que c'est exactement.
+ en situation n | Some orange mushrooms have popped up under the oak, I want to find out exactly what they are.
fr situation n | Comment les abeilles retrouvent-elles leur ruche ? Ce soir je lis tout ce que je trouve là-dessus.
+ en situation n | How do bees find their way back to the hive? Tonight I'm reading everything I can find on it.
fr situation n | Je me suis inscrit à un atelier de mécanique pour apprendre à entretenir ma voiture moi-même.
+ en situation n | Signed up for a car maintenance workshop so I can learn to service my car myself.
fr situation n | Le voisin a installé une station météo sur son toit, je vais lui demander comment il exploite les données.
+ en situation n | The neighbour put a weather station on his roof, I'm going to ask him what he does with the data.
fr situation n | Ce soir, documentaire sur les trous noirs avec un bloc-notes à côté. Lumière pour lire, s'il te plaît.
+ en situation n | Tonight it's a documentary on black holes with a notepad next to me. Reading light, please.
fr situation n | J'ai trouvé une vieille pièce de monnaie en bêchant le potager, je cherche de quelle époque elle date.
+ en situation n | Found an old coin while digging the veg patch, trying to work out what era it's from.
fr situation n | Premier cours de japonais demain, et je veux déjà comprendre la logique des kanjis.
+ en situation n | First Japanese lesson tomorrow, and I already want to crack the logic behind kanji.
fr situation n | Pourquoi le pain au levain lève-t-il sans levure ? J'ai trois onglets ouverts sur la fermentation.
+ en situation n | Why does sourdough rise without yeast? I've got three tabs open on fermentation.
fr situation n | Ma fille a reçu un kit de chimie, on a passé l'après-midi à tester ce qui fait mousser quoi.
+ en situation n | My daughter got a chemistry set and we spent the afternoon testing what makes what fizz.
fr situation n | J'ai commencé à remonter mon arbre généalogique jusqu'en 1750 grâce aux archives en ligne.
+ en situation n | I've started tracing my family tree back to 1750 through the online archives.
fr situation n | Le nouveau collègue vient d'Islande, je lui ai posé mille questions sur la vie là-bas.
+ en situation n | The new colleague is from Iceland, I've asked him a thousand questions about life over there.
fr situation n | J'ai commandé un microscope d'occasion pour regarder ce qui vit dans l'eau de la mare.
+ en situation n | Ordered a secondhand microscope to see what lives in the pond water.
fr situation n | Le chat ronronne même chez le véto, je veux comprendre à quoi sert vraiment le ronronnement.
+ en situation n | The cat purrs even at the vet's, I want to understand what purring is actually for.
fr situation n | Depuis la visite au musée, je me plonge dans l'histoire de l'Égypte ancienne, chapitre après chapitre.
+ en situation n | Since the museum visit I've been diving into ancient Egyptian history, chapter after chapter.
fr situation n | Je me suis abonnée à un cours en ligne d'astronomie, premier module ce soir.
+ en situation n | I've signed up for an online astronomy course, first module tonight.
fr situation n | Je veux décortiquer comment l'appli choisit les morceaux qu'elle me propose. Mets-moi une ambiance pour chercher.
+ en situation n | I want to pick apart how the app chooses the tracks it suggests to me. Give me a mood for digging into it.
fr situation n | En vacances en Sicile, je suis allée demander au pêcheur comment il répare ses filets.
+ en situation n | On holiday in Sicily, I went and asked the fisherman how he mends his nets.
fr situation n | J'ai ramené une radio à lampes d'une brocante et j'ai ouvert le boîtier pour voir comment elle marche.
+ en situation n | Brought home a valve radio from a flea market and opened the case to see how it works.
fr situation n | Qui a eu l'idée de faire des trous dans les biscuits salés ? Ça fait une heure que je cherche.
+ en situation n | Who came up with putting holes in crackers? I've been searching for an hour.
fr situation n | Samedi je visite la centrale hydroélectrique, ils expliquent comment l'eau devient du courant.
+ en situation n | Visiting the hydroelectric plant on Saturday, they explain how water turns into electricity.
fr situation n | Les hirondelles sont parties plus tôt cette année, je veux savoir ce qui les décide à partir.
+ en situation n | The swallows left earlier this year, I want to know what makes them decide to go.
fr situation n | Mon médecin a évoqué le microbiote, depuis je lis des études sur les bactéries intestinales.
+ en situation n | My doctor mentioned the microbiome, and ever since I've been reading studies on gut bacteria.
fr situation n | J'ai branché un Raspberry Pi pour voir tout ce que je peux automatiser dans la maison.
+ en situation n | Hooked up a Raspberry Pi to see what I can automate around the house.
fr situation n | Le plombier m'a expliqué tout le fonctionnement du chauffe-eau, je lui ai posé des questions pendant une heure.
+ en situation n | The plumber walked me through how the water heater works, and I kept him answering questions for an hour.
fr situation n | Les enfants et moi avons trouvé une grande plume bleue dans le jardin, on cherche de quel oiseau elle vient.
+ en situation n | The kids and I found a big blue feather in the garden, we're trying to figure out which bird it came from.
fr situation n | Je décortique la courbe de consommation pour comprendre à quelle heure la maison consomme le plus.
+ en situation n | Going through the energy graph to work out what time of day the house uses the most power.
fr situation n | Un livre sur les champignons qui relient les arbres sous terre, je n'arrive plus à le lâcher.
+ en situation n | A book about the fungi that link trees underground, I can't put it down.
fr situation n | Ce soir je me lance dans la fermentation, kombucha et kimchi, pour comprendre ce qui se passe dans le bocal.
+ en situation n | Tonight I'm getting into fermenting, kombucha and kimchi, to understand what goes on in the jar.
fr situation n | On a mis un glaçon dans l'huile et un dans l'eau avec les petits, et on cherche pourquoi ils ne se comportent pas pareil.
+ en situation n | We dropped one ice cube in oil and one in water with the kids, and we're trying to work out why they behave differently.
fr situation n | J'ai demandé au guide comment ils ont hissé ces blocs de pierre sans grue.
+ en situation n | I asked the guide how they got those stone blocks up there without cranes.
fr situation n | Il existe une langue sifflée aux Canaries, je regarde des vidéos pour comprendre comment on se parle comme ça.
+ en situation n | There's a whistled language in the Canary Islands, I'm watching videos to see how people talk that way.
fr situation n | Je me suis inscrite au club d'échecs rien que pour comprendre les ouvertures dont parle mon frère.
+ en situation n | Joined the chess club just to understand the openings my brother keeps going on about.
fr situation n | Une épicerie vietnamienne a ouvert en bas, je vais goûter tout ce que je ne connais pas.
+ en situation n | A Vietnamese grocery opened downstairs, I'm going to try everything I don't recognise.
fr situation n | J'écoute un podcast sur le fonctionnement de la Bourse, je vais enfin savoir ce qu'est une obligation.
+ en situation n | Listening to a podcast on how the stock market works, I'm finally going to find out what a bond is.
fr situation n | La lune était orange hier soir, je veux savoir ce qui lui donne cette couleur.
+ en situation n | The moon was orange last night, I want to know what gives it that colour.
fr situation n | En emménageant, on a découvert une trappe derrière le placard. On va voir où elle mène.
+ en situation n | Moving in, we found a hatch behind the cupboard. We're going to see where it leads.
fr situation n | Je vais demander à ma grand-mère comment elle envoyait les télégrammes quand elle travaillait à la poste, je veux comprendre le système.
+ en situation n | I'm going to ask my grandmother how she sent telegrams back when she worked at the post office, I want to understand the system.
fr situation n | J'ai démonté la manette cassée pour comprendre pourquoi le joystick dérive tout seul.
+ en situation n | Took the broken controller apart to figure out why the stick drifts on its own.
fr situation n | On a vu l'effet Doppler en physique, ce soir je m'enregistre en passant à vélo devant le micro pour l'entendre moi-même.
+ en situation n | We did the Doppler effect in physics, so tonight I'm recording myself cycling past the mic to hear it for real.
fr situation n | Trois pots de basilic, trois couleurs de lumière sous la lampe LED : je teste lequel pousse le mieux.
+ en situation n | Three basil pots under three colours of LED light: I'm testing which one grows best.
fr situation n | Je commence un cours en ligne sur l'intelligence artificielle ce soir. Allume le bureau, s'il te plaît.
+ en situation n | Starting an online course on artificial intelligence tonight. Lights on in the study, please.
fr situation n | Comment un avion de 500 tonnes tient-il en l'air ? Je veux vraiment comprendre la portance.
+ en situation n | How does a 500-tonne plane stay in the air? I really want to get my head round lift.
fr situation n | Au marché, j'ai acheté un légume que je n'avais jamais vu, je cherche comment on le cuisine.
+ en situation n | Bought a vegetable at the market I'd never seen before, looking up how you cook it.
fr situation n | J'ai lu qu'une pieuvre a neuf cerveaux, je creuse pour savoir si c'est vrai.
+ en situation n | Read that an octopus has nine brains, digging in to find out if it's true.
fr situation n | La salle d'escalade propose un atelier sur les nœuds, je veux comprendre pourquoi certains tiennent mieux que d'autres.
+ en situation n | The climbing gym is running a knots workshop, I want to understand why some hold better than others.
fr situation n | J'ai trouvé le carnet de l'ancien propriétaire au grenier, plein de croquis de machines. Qui était ce type ?
+ en situation n | Found the previous owner's notebook in the attic, full of sketches of machines. Who was this guy?
fr situation n | Mon chien penche la tête quand je lui parle, je veux savoir ce qu'il comprend vraiment.
+ en situation n | My dog tilts his head when I talk to him, I want to know what he actually understands.
fr situation n | Ce film sur le voyage dans le temps m'a donné envie de comprendre la relativité, j'ai commandé un livre de vulgarisation.
+ en situation n | That time-travel film made me want to understand relativity, so I've ordered a popular science book.
fr situation n | Je lis le texte complet de la nouvelle loi sur le télétravail pour voir ce qui change concrètement.
+ en situation n | Reading the full text of the new remote-work law to see what actually changes.
fr situation n | Dans le TGV, je me suis demandé comment on freine à 300 km/h, et me voilà à lire sur le freinage par récupération.
+ en situation n | On the high-speed train I wondered how you brake at 300 km/h, and now I'm reading up on regenerative braking.
fr situation n | L'érable du jardin rougit toujours avant les autres arbres, j'ai envie de savoir pourquoi.
+ en situation n | The maple in the garden always turns red before the other trees, I want to know why.
fr situation n | J'ai posé un capteur de CO2 dans le salon pour voir comment l'air évolue quand on reçoit du monde.
+ en situation n | Put a CO2 sensor in the living room to see how the air changes when we have people over.
fr situation n | Ma copine m'a initié au tricot, et maintenant je veux comprendre la logique mathématique des motifs.
+ en situation n | My girlfriend got me into knitting, and now I want to understand the maths behind the patterns.
fr situation n | J'ai découvert un mot allemand intraduisible, et me voilà à collectionner ceux de toutes les langues.
+ en situation n | I came across an untranslatable German word, and now I'm collecting them from every language.
fr situation n | La boîte organise une visite de l'usine, je veux voir la chaîne de montage de près. Mets un fond sonore qui colle.
+ en situation n | Work's organising a factory tour, I want to see the assembly line up close. Put on some background music to match.
fr situation n | Éclipse partielle vendredi, je me renseigne sur la façon de l'observer sans abîmer mes yeux.
+ en situation n | Partial eclipse on Friday, reading up on how to watch it without damaging my eyes.
fr situation n | J'ai demandé au boulanger comment il obtient des alvéoles aussi grosses dans sa baguette.
+ en situation n | Asked the baker how he gets such big holes in his baguette.
fr situation n | Mon fils veut savoir comment les fourmis s'organisent, alors on a fabriqué une fourmilière transparente.
+ en situation n | My son wants to know how ants organise themselves, so we built a see-through ant farm.
fr situation n | Ma montre mesure mon sommeil, mais comment ? Je lis la documentation technique du capteur.
+ en situation n | My watch tracks my sleep, but how? I'm reading the sensor's technical documentation.
fr situation n | En Bretagne, je note les horaires des marées chaque jour pour comprendre leur rythme.
+ en situation n | In Brittany I'm noting the tide times every day to understand their rhythm.
fr situation n | J'ai dégoté un vinyle d'un groupe inconnu en brocante, je fouille internet pour savoir qui ils sont.
+ en situation n | Picked up a record by an unknown band at a car boot sale, scouring the internet to find out who they are.
fr situation n | Pourquoi un accord mineur sonne-t-il si différent d'un majeur ? Je me lance dans la théorie musicale. Une musique pour réfléchir ?
+ en situation n | Why does a minor chord sound so different from a major one? I'm diving into music theory. Some music to think to?
fr situation n | Dans ce jeu, je passe plus de temps à chercher comment les développeurs ont codé la physique qu'à jouer.
+ en situation n | In this game I spend more time working out how the devs coded the physics than actually playing.
fr situation n | Ma voisine apicultrice me propose d'ouvrir une ruche avec elle samedi, j'ai une liste de questions longue comme le bras.
+ en situation n | My beekeeper neighbour has offered to open a hive with me on Saturday, I've got a list of questions as long as my arm.
fr situation n | Pendant l'orage, je compte les secondes entre l'éclair et le tonnerre et je veux comprendre pourquoi ça donne la distance.
+ en situation n | During the storm I'm counting the seconds between the flash and the thunder, and I want to understand why that gives you the distance.
fr situation n | Nouvelle appli d'astronomie : je passe la soirée à apprendre le nom de chaque constellation en pointant le téléphone vers le ciel.
+ en situation n | New astronomy app: spending the evening learning the name of every constellation by pointing my phone at the sky.
fr situation n | Pourquoi les Anglais roulent-ils à gauche ? Débat au dîner, je cherche la vraie réponse.
+ en situation n | Why do the British drive on the left? Debate over dinner, I'm looking for the real answer.
fr situation n | Kit Arduino tout neuf : ce soir je fais clignoter ma première LED et je veux comprendre chaque ligne du code. Lumière de travail.
+ en situation n | Brand new Arduino kit: tonight I make my first LED blink and I want to understand every line of code. Work light on.
fr situation n | Un ami m'a fait un tour de cartes et je ne lâcherai pas tant que je n'aurai pas trouvé le truc.
+ en situation n | A friend did a card trick on me and I'm not letting go until I've figured out how it's done.
fr situation n | Il y a des traces bizarres dans la neige devant la maison, on essaie de deviner quel animal est passé.
+ en situation n | Odd tracks in the snow outside the house, we're trying to guess which animal came by.
fr situation n | La nouvelle série parle de cryptographie, j'ai mis pause pour aller lire sur la machine Enigma.
+ en situation n | The new series is about cryptography, I paused it to go and read about the Enigma machine.
fr situation n | Visite de l'observatoire pendant les vacances, je prépare déjà ma liste de questions pour l'astronome.
+ en situation n | We're visiting the observatory over the holidays, I'm already drawing up my list of questions for the astronomer.
fr situation n | Pourquoi mon basilic monte-t-il en fleurs si vite ? Je fouille les forums de jardinage. Adapte l'ambiance, merci.
+ en situation n | Why is my basil bolting so fast? Trawling the gardening forums. Adjust the vibe, thanks.
fr situation n | Je ne connais rien au rugby, mais je veux comprendre ce qu'est une mêlée avant le match de samedi.
+ en situation n | I know nothing about rugby, but I want to understand what a scrum is before Saturday's match.
fr situation n | Il existe un musée des égouts à Paris, j'ai réservé pour dimanche.
+ en situation n | There's a sewer museum in Paris, I've booked for Sunday.
fr situation n | Ma fille de dix ans veut savoir comment marche internet, on dessine ensemble le trajet d'un message.
+ en situation n | My ten-year-old wants to know how the internet works, so we're drawing the route a message takes together.
fr situation n | J'ai rapporté un caillou de la plage et j'ai sorti le guide de géologie pour savoir quelle roche c'est.
+ en situation n | Brought a pebble home from the beach and got the geology guide out to find out what rock it is.
fr situation n | Je lis la notice de la pompe à chaleur en entier pour comprendre le cycle du fluide. Ambiance labo, s'il te plaît.
+ en situation n | Reading the heat pump manual cover to cover to understand the refrigerant cycle. Lab vibes, please.
fr situation n | En randonnée on est tombés sur des ruines en pleine forêt, je cherche ce qu'il y avait là autrefois.
+ en situation n | On a hike we stumbled on ruins in the middle of the forest, I'm looking up what used to be there.
fr situation n | Au boulot on passe à Rust, je veux voir ce que ce fameux borrow checker a de si particulier.
+ en situation n | We're moving to Rust at work, I want to see what's so special about this famous borrow checker.
fr situation n | La cheffe du resto m'a laissée entrer en cuisine pour voir comment elle fait sa sauce. J'ai tout noté.
+ en situation n | The chef at the restaurant let me into the kitchen to watch how she makes her sauce. I wrote it all down.
fr situation n | Pourquoi les chats retombent toujours sur leurs pattes ? Je regarde des ralentis image par image.
+ en situation n | How do cats always land on their feet? I'm watching slow-motion clips frame by frame.
fr situation n | Je viens de m'acheter un télescope d'occasion, ce soir j'apprends à le régler. Trouve-moi une ambiance qui va bien.
+ en situation n | Just bought a secondhand telescope, tonight I'm learning how to set it up. Find me a mood that fits.
fr situation n | Au bureau de vote, je me suis demandé comment on dépouille vraiment, alors je me suis portée volontaire pour assister au comptage.
+ en situation n | At the polling station I wondered how the count really works, so I volunteered to watch the ballots being counted.
fr situation l | Tiens, pourquoi les bulles de champagne montent-elles en file bien droite ? Je regarde vite fait.
+ en situation l | Huh, why do champagne bubbles rise in such a neat line? Having a quick look.
fr situation n | Le déménageur m'a montré comment il calcule le volume d'un camion, j'ai voulu refaire le calcul moi-même.
+ en situation n | The removal man showed me how he works out a van's volume, and I wanted to redo the sums myself.

# explicit
fr explicit n | J'ai une soif d'apprendre incroyable en ce moment.
+ en explicit n | I've got an incredible thirst for learning right now.
fr explicit n | Je suis curieux de tout aujourd'hui, je veux tout comprendre.
+ en explicit n | I'm curious about everything today, I want to understand it all.
fr explicit n | Ça m'intrigue vraiment, il faut que je sache comment ça marche.
+ en explicit n | This really intrigues me, I need to know how it works.
fr explicit n | J'ai envie de fouiner et de découvrir des choses nouvelles.
+ en explicit n | I feel like poking around and discovering new things.
fr explicit n | Mon âme d'exploratrice est bien réveillée ce soir.
+ en explicit n | My explorer's soul is wide awake tonight.
fr explicit n | Je suis en mode petit scientifique, plein de questions dans la tête.
+ en explicit n | I'm in little-scientist mode, my head full of questions.
fr explicit h | La curiosité me démange, je ne tiens plus.
+ en explicit h | Curiosity is itching at me, I can't hold out any longer.
fr explicit n | J'ai envie d'apprendre un truc complètement nouveau ce soir.
+ en explicit n | I want to learn something completely new tonight.
fr explicit n | Tout m'intéresse aujourd'hui, je pose des questions sur tout.
+ en explicit n | Everything interests me today, I'm asking questions about everything.
fr explicit n | Je veux creuser le sujet jusqu'au bout.
+ en explicit n | I want to get to the bottom of this.
fr explicit n | Avide de savoir, je dévore tout ce qui me tombe sous la main.
+ en explicit n | Hungry for knowledge, I'm devouring everything I can get my hands on.
fr explicit n | J'ai attrapé le virus de la découverte.
+ en explicit n | I've caught the discovery bug.

# negation
fr negation n | Je ne rêvasse pas, je cherche vraiment à comprendre comment ce moteur fonctionne.
+ en negation n | I'm not daydreaming, I'm genuinely trying to figure out how this engine works.
fr negation n | Je ne suis pas inquiet pour la panne, je veux juste comprendre d'où elle vient.
+ en negation n | I'm not worried about the fault, I just want to understand where it comes from.
fr negation n | Pas envie de me reposer ce soir, j'ai envie d'apprendre quelque chose.
+ en negation n | Don't feel like resting tonight, I want to learn something.
fr negation n | Je ne m'ennuie pas du tout : j'ai découvert un forum sur les horloges anciennes et je lis tout.
+ en negation n | I'm not bored at all: I found a forum on antique clocks and I'm reading the lot.
fr negation n | Je ne suis pas en colère contre l'imprimante, je suis fasciné par son mécanisme depuis que je l'ai ouverte.
+ en negation n | I'm not angry at the printer, I've been fascinated by its mechanism ever since I opened it up.
fr negation n | Rien de stressant, je fais juste des recherches sur les volcans pour le plaisir.
+ en negation n | Nothing stressful, I'm just researching volcanoes for the fun of it.
fr negation n | Je ne connais rien à l'opéra, et c'est justement pour ça que je veux le découvrir.
+ en negation n | I know nothing about opera, and that's exactly why I want to discover it.
fr negation n | Ce n'est pas de la nostalgie, je veux comprendre comment les gens vivaient au Moyen Âge.
+ en negation n | It isn't nostalgia, I want to understand how people actually lived in the Middle Ages.

# mixed
fr mixed n | Un peu fatigué, mais surtout j'ai envie de comprendre comment marche ce nouvel objectif photo.
+ en mixed n | A bit tired, but mostly I want to figure out how this new camera lens works.
fr mixed n | Un peu perdue dans le manuel, mais apprendre la menuiserie me passionne.
+ en mixed n | A bit lost in the manual, but learning woodworking has me hooked.
fr mixed n | La pluie m'embête un peu, mais ça tombe bien : j'ai tout un musée des sciences à explorer.
+ en mixed n | The rain's a bit annoying, but that works out: I've got a whole science museum to explore.
fr mixed n | Un peu intimidée par ce nouveau logiciel, mais surtout impatiente de découvrir tout ce qu'il sait faire.
+ en mixed n | A bit intimidated by the new software, but mostly eager to discover everything it can do.
fr mixed n | Un petit pincement en quittant l'ancienne maison, mais surtout l'envie d'explorer le nouveau quartier rue par rue.
+ en mixed n | A little pang leaving the old house, but mostly I want to explore the new neighbourhood street by street.
fr mixed n | Le cours était dur et je n'ai pas tout compris, mais ça me donne encore plus envie de creuser.
+ en mixed n | The lecture was hard and I didn't follow all of it, but that makes me want to dig even deeper.
fr mixed n | Un peu agacé que le robot aspirateur se coince, mais surtout intrigué : comment il cartographie la pièce ?
+ en mixed n | A bit annoyed the robot vacuum keeps getting stuck, but mostly intrigued: how does it map the room?
fr mixed n | Le voyage m'a vidé, mais j'ai la tête pleine de questions sur cette ville et son histoire.
+ en mixed n | The trip wiped me out, but my head's full of questions about this city and its history.

# long
fr long n | Hier, l'ampoule connectée du salon s'est mise à clignoter. J'ai ouvert l'appli, puis les journaux du système. J'ai découvert tout un protocole dont je n'avais jamais entendu parler. Je compte passer la soirée à le comprendre.
+ en long n | Yesterday the smart bulb in the living room started flickering. I opened the app, then the system logs. I discovered a whole protocol I'd never heard of. I'm planning to spend the evening figuring it out.
fr long n | Ma fille a trouvé un fossile sur la plage. On l'a comparé à des photos en ligne. Il aurait cent millions d'années. Demain, on va au muséum pour en savoir plus.
+ en long n | My daughter found a fossil on the beach. We compared it with photos online. It might be a hundred million years old. Tomorrow we're off to the natural history museum to find out more.
fr long n | Au restaurant, on m'a servi un plat éthiopien. Je n'avais jamais goûté ces épices. J'ai demandé au chef ce qu'il y avait dedans. Ce soir, j'essaie de le refaire.
+ en long n | At the restaurant I was served an Ethiopian dish. I'd never tasted those spices before. I asked the chef what was in it. Tonight I'm trying to recreate it.
fr long n | Le vieux piano de l'école était désaccordé. L'accordeur m'a laissé regarder. Il m'a montré les marteaux, les cordes, les chevilles. J'ai tout noté.
+ en long n | The old school piano was out of tune. The tuner let me watch. He showed me the hammers, the strings, the pins. I wrote it all down.
fr long n | Un oiseau revient chaque matin sur le rebord de la fenêtre. Je l'ai pris en photo. L'appli dit que c'est un rougequeue. Maintenant, je veux savoir où il niche.
+ en long n | A bird comes back to the windowsill every morning. I took a photo of it. The app says it's a redstart. Now I want to know where it nests.
fr long n | En rangeant le garage, j'ai trouvé une caméra Super 8. Personne ne sait si elle marche. J'ai commandé une cartouche de film. Je vais apprendre à la charger.
+ en long n | Clearing out the garage I found a Super 8 camera. Nobody knows if it works. I've ordered a film cartridge. I'm going to learn how to load it.
fr long n | Au travail, une collègue a parlé de la méthode Kanban. Je n'en avais jamais entendu parler. J'ai lu trois articles pendant la pause. Demain, je lui pose toutes mes questions.
+ en long n | At work a colleague mentioned Kanban. I'd never heard of it. I read three articles over my break. Tomorrow I'm hitting her with all my questions.
fr long n | Dans le train, mon voisin lisait du grec ancien. Je lui ai demandé ce que c'était. Il m'a expliqué l'alphabet pendant une heure. J'ai déjà téléchargé une méthode.
+ en long n | On the train the man next to me was reading ancient Greek. I asked him what it was. He explained the alphabet to me for an hour. I've already downloaded a course.

# intensity
fr intensity l | Tiens, je me demande un peu comment marche ce truc.
+ en intensity l | Huh, I sort of wonder how this thing works.
fr intensity l | Une vague envie d'en savoir plus sur les champignons, sans plus.
+ en intensity l | A vague urge to learn a bit more about mushrooms, nothing major.
fr intensity l | Je jetterais bien un œil à ce documentaire sur les abysses.
+ en intensity l | I wouldn't mind a look at that documentary on the deep sea.
fr intensity h | Je suis complètement accro, il FAUT que je comprenne comment ça marche, je n'arrête plus de lire !
+ en intensity h | I'm completely hooked, I HAVE to understand how it works, I can't stop reading!
fr intensity h | Je dévore tout sur la mécanique quantique, trois livres en une semaine, je veux tout savoir !
+ en intensity h | I'm devouring everything on quantum mechanics, three books in a week, I want to know it all!
fr intensity h | Totalement fascinée par les langues anciennes en ce moment, je bombarde tout le monde de questions !
+ en intensity h | Totally fascinated by ancient languages right now, I'm bombarding everyone with questions!

# slang_emoji
fr slang_emoji n | Mode fouineur activé 🔍🤓
fr slang_emoji n | Ça fait 3h que je suis sur Wikipédia, de lien en lien j'en suis aux calmars géants 🦑😂
fr slang_emoji n | Nan mais comment il marche ce truc ?? 🤔 faut que je sache
fr slang_emoji n | Ptite plongée dans la doc ce soir 🤓📚 qui me suit
fr slang_emoji n | Ouvert le grille-pain pour voir dedans 🔧👀 (débranché hein)
fr slang_emoji n | Trop stylé de piger comment ils ont construit les pyramides 🏛️🧐
en slang_emoji n | down a massive rabbit hole about deep sea creatures rn 🐙🔍
en slang_emoji n | ok but HOW does wifi go through walls 🤔📡
en slang_emoji n | nerd mode: ON 🤓 reading about ancient rome till 2am
en slang_emoji n | took apart my old keyboard just to see 👀🔧
en slang_emoji n | me at 1am: googling why cats knead 🐈❓
en slang_emoji n | brain in full sponge mode today 🧽🧠 teach me stuff

# typo
fr typo n | jveux savoir comment marche le micro onde, qqn sait ?
fr typo n | pk les avions laissent des traces blanches dans le ciel jme demande
fr typo n | jsuis a fond dans les vids sur l'espace la, trop interessant
fr typo n | c koi le truc qui fait que la mayo prend? jcherche
fr typo n | ma fille ma demandé comment respirent les poissons et jsais pas, jvais chercher
fr typo n | jai ouvert la vieille montre pr voir dedan, tt ces ptits rouages c fou
en typo n | how do magnets even work lol im reading about it now
en typo n | u ever wonder how fish sleep? gonna look it up
en typo n | tryin to figure out how my thermostat decides when to kick in
en typo n | just found a forum about old maps, gonna read evrything

# one_word
fr one_word n | Fascinant !
fr one_word n | Intrigant...
fr one_word n | Dis-m'en plus.
fr one_word n | Envie d'apprendre.
en one_word n | Fascinating!
en one_word n | Tell me more.
en one_word n | Intriguing...
en one_word n | Rabbit hole time.

# other languages
es situation n | ¿Cómo funcionan los paneles solares? Esta noche lo investigo a fondo.
de situation n | Ich habe das alte Radio aufgeschraubt, um zu sehen, wie es innen funktioniert.
it situation n | Voglio capire come fanno le api a comunicare tra loro, sto leggendo un libro bellissimo.
mixed situation n | Je regarde un tuto sur le machine learning, so interesting, je veux tout comprendre.
mixed situation n | Okay I need to know comment ils ont construit cette cathédrale en 1200.
de explicit n | Heute Abend will ich endlich verstehen, wie ein Verbrennungsmotor genau funktioniert.
"""

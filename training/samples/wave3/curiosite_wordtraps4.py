"""curiosite: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation n | Mon fils de deux ans hurle de rire chaque fois que j'éternue ; je lis ce qu'on sait de l'humour chez les tout-petits.
+ en situation n | My two-year-old screams with laughter every time I sneeze; I'm reading what's known about humour in toddlers.
fr situation n | Au marché, le poissonnier crie ses prix depuis 6 h sans jamais perdre la voix ; je lui ai demandé son secret de respiration.
+ en situation n | At the market the fishmonger has been yelling his prices since 6 a.m. without losing his voice; I asked him how he breathes.
en situation n | The foxes behind the house were screaming again last night, so this morning I looked up which call means what.
+ fr situation n | Les renards ont encore hurlé derrière la maison cette nuit, alors ce matin j'ai cherché ce que veut dire chaque cri.
fr situation n | Pourquoi les perroquets crient au lever du soleil ? Celui de la voisine le fait à 6 h 40 pile, je veux comprendre cette horloge.
+ en situation n | Why do parrots scream at sunrise? The neighbour's does it at 6:40 on the dot, and I want to understand that clock.

# reaction: pleurer / larmes
fr situation n | Pourquoi l'oignon fait pleurer et pas l'ail ? J'ai coupé les deux côte à côte, puis cherché le nom de la molécule.
+ en situation n | Why do onions make you cry but garlic doesn't? I chopped both side by side, then looked up the molecule.
fr situation n | J'ai les larmes aux yeux dès que je bâille ; je cherche quel muscle appuie sur les glandes lacrymales.
+ en situation n | My eyes fill with tears every time I yawn; I'm trying to find out which muscle squeezes the tear glands.
en situation n | Crocodile tears are apparently a real thing, they actually cry while eating, and now I need to know why.
+ fr situation n | Les larmes de crocodile existent vraiment, ils pleurent en mangeant, et maintenant il faut que je sache pourquoi.
fr situation n | Le bébé pleure sans larmes jusqu'à deux mois, m'a dit la sage-femme ; j'ai passé la soirée à lire comment se forment les premières.
+ en situation n | The midwife told me babies cry without tears until about two months; I spent the evening reading how the first ones form.
fr typo n | pk on pleure qd on est trop content ? jai lu 2 theories sur les larmes de joie mais aucune me convainc, qqn a un lien ?
+ en typo n | y do we cry when we're super happy? read 2 theories abt happy tears and neither convinces me, anyone got a link?

# reaction: trembler
fr situation n | Pourquoi on tremble quand on a froid ? Le prof de SVT a parlé de muscles qui fabriquent de la chaleur, je veux les détails.
+ en situation n | Why do we shiver when we're cold? The biology teacher mentioned muscles making heat, and I want the details.
en situation n | The footbridge shakes every time the joggers cross in step; I'm reading how engineers fixed the Millennium Bridge.
+ fr situation n | La passerelle tremble quand les joggeurs la traversent au pas ; je lis comment les ingénieurs ont réparé le Millennium Bridge.
fr situation n | Les vitres tremblent au passage du TGV à 300 à l'heure ; j'ai posé un verre d'eau sur le rebord pour observer les ondes.
+ en situation n | The windows shake when the high-speed train goes by at 300 km/h; I put a glass of water on the sill to watch the ripples.
fr situation n | La feuille du tremble frémit au moindre souffle, d'où son nom ; je cherche ce qui, dans la forme de sa tige, la fait bouger autant.
+ en situation n | Aspen leaves quiver at the slightest breeze, hence the name; I'm looking up what it is about the stalk that makes them flutter so much.

# reaction: le cœur qui bat / s'emballe
fr situation n | Mon cœur monte à 180 pendant le fractionné ; comment la montre le mesure avec une simple lumière verte ? Je lis le principe.
+ en situation n | My heart hits 180 during intervals; how does my watch measure it with just a green light? I'm reading up on it.
en situation n | A mouse's heart beats six hundred times a minute and a blue whale's twice; I want to understand why size changes everything.
+ fr situation n | Le cœur d'une souris bat six cents fois par minute, celui d'une baleine bleue deux fois ; je veux comprendre pourquoi la taille change tout.
fr situation n | À l'écho de contrôle, j'ai demandé au cardiologue de m'expliquer chaque valve pendant que mon cœur battait à l'écran.
+ en situation n | At my check-up scan I asked the cardiologist to walk me through each valve while my heart was beating on the screen.
fr situation n | Pourquoi le cœur s'emballe quand on se lève trop vite ? J'ai lu un article sur la tension et les vaisseaux, je veux aller plus loin.
+ en situation n | Why does your heart race when you stand up too fast? I read a piece on blood pressure and vessels, and I want to dig deeper.

# reaction: mains moites
fr situation n | Pourquoi les mains deviennent moites sous le stress et pas le dos ? Je me plonge dans un article sur les glandes sudoripares.
+ en situation n | Why do your palms get sweaty under stress but not your back? I'm diving into an article on sweat glands.
en situation n | In physics class we measured sweaty palms with two electrodes and a multimeter; I want to build my own version at home.
+ fr situation n | En cours de physique, on a mesuré les mains moites avec deux électrodes et un multimètre ; je veux monter ma propre version à la maison.
fr situation n | Les grimpeurs mettent de la magnésie sur leurs mains moites ; au club, j'ai demandé pourquoi la craie accroche mieux que la peau.
+ en situation n | Climbers put chalk on their sweaty hands; at the club I asked why chalk grips better than skin.

# reaction: sauter / bondir
fr situation n | Le chat bondit sur le frigo, à cinq fois sa hauteur ; je le filme au ralenti pour voir comment il replie ses pattes.
+ en situation n | The cat leaps onto the fridge, five times his height; I'm filming him in slow motion to see how he folds his legs.
fr situation n | Comment une puce peut sauter aussi haut ? Le documentaire parle d'une protéine ressort, la résiline, je veux tout lire dessus.
+ en situation n | How can a flea jump that high? The documentary mentions a spring protein called resilin, and I want to read everything about it.
en situation n | The kids were jumping on the trampoline and their hair stood up with static; we spent the afternoon working out why.
+ fr situation n | Les enfants sautaient sur le trampoline et leurs cheveux se dressaient d'électricité statique ; on a passé l'après-midi à comprendre pourquoi.
fr situation n | Les saumons sautent les cascades à contre-courant ; à la passe à poissons, j'ai assailli le garde de questions.
+ en situation n | Salmon leap up the waterfalls against the current; at the fish ladder I bombarded the ranger with questions.

# reaction: courir
fr situation n | Pourquoi on a un point de côté quand on court juste après manger ? Je lis trois théories et aucune n'est sûre.
+ en situation n | Why do you get a stitch when you run right after eating? I'm reading three theories and none of them is certain.
fr situation n | J'ai couru à la fenêtre : un ballon-sonde météo dérive au-dessus du quartier, je veux savoir d'où il a décollé.
+ en situation n | I ran to the window: a weather balloon is drifting over the neighbourhood, and I want to know where it was launched from.
en situation n | Our dog runs in circles before lying down, every single time; I'm reading whether it's an instinct from wolves.
+ fr situation n | Notre chien court en rond avant de se coucher, à chaque fois ; je lis si c'est un instinct hérité des loups.
fr situation n | Les livreurs courent tous avec le même petit terminal ; j'ai demandé à l'un d'eux comment l'appli calcule sa tournée.
+ en situation n | The delivery drivers all run around with the same little handset; I asked one how the app works out his round.

# reaction: rire / fou rire
fr mixed n | Fou rire au bureau pour rien, mais surtout une question : pourquoi le rire est-il contagieux ? Je lis sur les neurones miroirs.
+ en mixed n | Giggling fit at the office over nothing, but mostly a question: why is laughter catching? I'm reading about mirror neurons.
fr situation n | Les rats rient quand on les chatouille, paraît-il ; j'ai trouvé l'étude et les enregistrements en ultrasons, je veux les écouter.
+ en situation n | Apparently rats laugh when you tickle them; I found the study and the ultrasound recordings, and I want to listen to them.
en situation n | Why can't you tickle yourself? My daughter kept trying all evening and now I'm reading how the brain predicts its own touch.
+ fr situation n | Pourquoi on ne peut pas se chatouiller soi-même ? Ma fille a essayé toute la soirée, et moi je lis comment le cerveau prévoit son propre toucher.
fr slang_emoji n | mort de rire devant le perroquet qui imite la sonnerie du micro-ondes 😂 mais sérieux comment il fait sans lèvres ?? 🦜🤔
+ en slang_emoji n | dying at the parrot doing the microwave beep 😂 but seriously how does he do it with no lips?? 🦜🤔

# reaction: le souffle coupé
fr situation n | L'eau à 12 degrés m'a coupé le souffle en entrant dans le lac ; je lis ce qu'est ce réflexe de choc au froid.
+ en situation n | The 12-degree lake took my breath away as I waded in; I'm reading up on the cold-shock reflex.
fr situation n | Le squelette de baleine du muséum m'a coupé le souffle ; j'ai demandé au guide comment ils ont suspendu vingt mètres d'os.
+ en situation n | The whale skeleton at the museum left me breathless; I asked the guide how they hung twenty metres of bone from the ceiling.
en situation n | Breathless after three flights of stairs at altitude in La Paz, I wanted to know how the locals' lungs cope, so I read up on it.
+ fr situation n | Essoufflé après trois étages à La Paz, je voulais savoir comment les poumons des habitants s'adaptent, alors je me suis documenté.

# reaction: sans voix
fr situation n | Sans voix depuis deux jours à cause d'une laryngite, j'en profite pour lire comment vibrent les cordes vocales.
+ en situation n | No voice for two days with laryngitis, so I'm using the time to read how vocal cords actually vibrate.
en situation n | The magician left the whole table speechless, and I've been rewatching my shaky phone video frame by frame to see the trick.
+ fr situation n | Le magicien a laissé toute la tablée sans voix, et je repasse ma vidéo tremblante image par image pour trouver le truc.
fr situation n | Le guide a laissé le groupe sans voix en jouant une note dans la grotte qui résonne dix secondes ; je lui ai demandé de m'expliquer l'acoustique.
+ en situation n | The guide left the group speechless by singing one note in the cave that echoed for ten seconds; I asked him to explain the acoustics.

# reaction: je n'en reviens pas
fr situation n | Je n'en reviens pas : les arbres s'échangent du sucre par les racines ? J'ai commandé le livre sur les réseaux de champignons.
+ en situation n | I can't get over it: trees trade sugar through their roots? I've ordered the book on fungal networks.
fr situation n | Ma grand-mère n'en revient pas que son téléphone comprenne sa voix ; on a passé l'après-midi à chercher ensemble comment ça marche.
+ en situation n | My grandmother can't believe her phone understands her voice; we spent the afternoon looking up together how it works.
en situation n | I still can't believe a tardigrade survives in space; I've been reading about how it dries itself out like a seed.
+ fr situation n | Je n'en reviens toujours pas qu'un tardigrade survive dans l'espace ; je lis comment il se dessèche comme une graine.

# reaction: pas dormi de la nuit
fr situation n | Pas dormi de la nuit : trois cœurs, du sang bleu, des bras qui goûtent... j'ai lu tout ce que j'ai trouvé sur les pieuvres.
+ en situation n | Didn't sleep a wink: three hearts, blue blood, arms that taste... I read everything I could find about octopuses.
en situation n | Couldn't sleep, so I spent the night learning how the Voyager probes still send data from forty years away.
+ fr situation n | Pas réussi à dormir, alors j'ai passé la nuit à apprendre comment les sondes Voyager envoient encore des données après quarante ans.
fr mixed n | Mort de fatigue, à moitié endormi, mais impossible de lâcher ce podcast sur les pyramides : comment ils montaient ces blocs ?
+ en mixed n | Dead tired, half asleep, but I can't put down this podcast on the pyramids: how did they haul those blocks up?
fr situation n | Pourquoi on ne dort jamais bien la première nuit dans un hôtel ? Une moitié du cerveau resterait de garde, je veux lire l'étude.
+ en situation n | Why do we never sleep well the first night in a hotel? Supposedly half the brain stays on guard, and I want to read the study.

# reaction: les jambes en coton
fr situation n | Pourquoi on a les jambes en coton à la descente plus qu'à la montée ? Je lis sur les contractions excentriques des cuisses.
+ en situation n | Why are your legs like jelly coming down a mountain more than going up? I'm reading about eccentric contractions in the thighs.
en situation n | Jelly legs after my first day of sailing, and the ground kept swaying at home; I want to know why the brain keeps the rhythm.
+ fr situation n | Les jambes en coton après ma première journée de voile, et le sol tanguait encore à la maison ; je veux savoir pourquoi le cerveau garde le rythme.
fr situation n | Les astronautes reviennent avec les jambes en coton après six mois ; j'ai cherché ce que la gravité zéro fait aux muscles.
+ en situation n | Astronauts come back with wobbly legs after six months; I looked up what zero gravity does to muscles.

# reaction: la gorge serrée
fr situation n | Pourquoi a-t-on la gorge serrée quand on retient ses larmes ? Il s'agirait de la glotte, je veux comprendre le mécanisme.
+ en situation n | Why does your throat tighten when you hold back tears? Apparently it's the glottis, and I want to understand how it works.
en situation n | Tight throat and itchy eyes every spring; the allergist showed me the pollen under the microscope and I asked a dozen questions.
+ fr situation n | Gorge serrée et yeux qui grattent chaque printemps ; l'allergologue m'a montré le pollen au microscope et je lui ai posé dix questions.
fr situation n | Le chanteur de gorge touvain tient deux notes à la fois ; je veux savoir ce qu'il fait avec sa gorge, je cherche des IRM.
+ en situation n | The Tuvan throat singer holds two notes at once; I want to know what he does with his throat, so I'm looking for MRI scans.

# reaction: le ventre noué
fr situation n | Pourquoi le stress noue le ventre ? L'intestin aurait deux cents millions de neurones, je veux tout savoir sur ce deuxième cerveau.
+ en situation n | Why does stress knot your stomach? The gut apparently has two hundred million neurons, and I want to know all about this second brain.
en situation n | My stomach churns on every boat ride, and I finally read why the inner ear and the eyes disagree; fascinating stuff.
+ fr situation n | J'ai le ventre noué à chaque traversée en bateau, et j'ai enfin lu pourquoi l'oreille interne et les yeux se contredisent ; passionnant.
fr situation n | Le marin a fait un nœud en deux secondes derrière son dos ; je l'ai supplié de me montrer, je veux apprendre les dix nœuds de base.
+ en situation n | The sailor tied a knot behind his back in two seconds; I begged him to show me, I want to learn the ten basic knots.

# reaction: frissons / chair de poule
fr situation n | Pourquoi certaines musiques donnent des frissons et pas d'autres ? J'ai trouvé une étude, je teste ma playlist avec un carnet.
+ en situation n | Why do some songs give you chills and others don't? I found a study, and I'm testing my playlist with a notebook.
en situation n | Goosebumps are left over from when we had fur, apparently; I'm reading how a cat's hair puffs up with the same muscle.
+ fr situation n | La chair de poule serait un reste de l'époque où on avait des poils ; je lis comment le chat gonfle son pelage avec le même muscle.
fr situation n | Mon fils m'a demandé pourquoi il frissonne en faisant pipi ; je n'en sais rien, alors on cherche ensemble ce soir.
+ en situation n | My son asked why he shivers when he pees; I've no idea, so we're looking it up together tonight.
fr situation n | La craie sur le tableau me donne la chair de poule, et je veux comprendre pourquoi ce son-là précisément nous hérisse.
+ en situation n | Chalk on the board gives me goosebumps, and I want to understand why that particular sound sets our teeth on edge.

# reaction: serrer les poings
fr situation n | Les nouveau-nés serrent les poings sur tout ce qu'on leur met dans la main ; je lis d'où vient ce réflexe d'agrippement.
+ en situation n | Newborns clench their fists round anything you put in their hand; I'm reading where that grasping reflex comes from.
en situation n | The boxing coach had me clench my fist six different ways to show me which one breaks a thumb; I want to know the anatomy behind it.
+ fr situation n | Le coach de boxe m'a fait serrer le poing de six façons pour montrer laquelle casse le pouce ; je veux connaître l'anatomie derrière.
fr situation n | Pourquoi on serre les poings en dormant ? Je me réveille souvent comme ça, je me renseigne sur ce que fait le corps la nuit.
+ en situation n | Why do we clench our fists in our sleep? I often wake up like that, so I'm reading up on what the body does at night.

# reaction: claquer la porte
fr situation n | Le vent a claqué la porte du garage et le bruit est revenu trois fois en écho ; j'ai mesuré la distance au mur d'en face pour comprendre.
+ en situation n | The wind slammed the garage door and the bang came back three times as an echo; I measured the distance to the wall opposite to work it out.
en situation n | My teenager slammed the door again, and instead of shouting I found myself reading about what's going on in a fifteen-year-old's brain.
+ fr situation n | Mon ado a encore claqué la porte, et au lieu de crier, je me suis retrouvé à lire ce qui se passe dans un cerveau de quinze ans.
fr situation n | Pourquoi les portières claquent avec un son si grave sur les voitures allemandes ? Un ingénieur acoustique en parle, je regarde sa conférence.
+ en situation n | Why do German car doors shut with such a deep thud? An acoustic engineer talks about it, and I'm watching his lecture.

# reaction: rougir
fr situation n | Pourquoi on rougit quand on a honte, mais pas quand on a peur ? J'ai trouvé un chapitre de Darwin là-dessus, je le lis ce soir.
+ en situation n | Why do we blush when we're embarrassed but not when we're scared? I found a Darwin chapter on it, reading it tonight.
fr situation n | Mes joues rougissent après un demi-verre de vin ; je lis sur l'enzyme qui dégrade l'alcool et pourquoi elle varie d'une personne à l'autre.
+ en situation n | My cheeks go red after half a glass of wine; I'm reading about the enzyme that breaks down alcohol and why it varies from person to person.
en situation n | The leaves on our maple are blushing red weeks before the others, and I want to know what that tree knows that the rest don't.
+ fr situation n | Les feuilles de notre érable rougissent des semaines avant les autres, et je veux savoir ce que cet arbre sait que les autres ignorent.

# reaction: silence
fr situation n | Dans la chambre sourde du labo, le silence est tel qu'on entend son propre sang ; je veux comprendre comment les murs avalent tout.
+ en situation n | In the lab's anechoic chamber the silence is so deep you hear your own blood; I want to understand how the walls swallow every sound.
fr situation n | Pourquoi la neige rend la rue aussi silencieuse ? Je lis comment les flocons piègent le son entre leurs branches.
+ en situation n | Why does snow make the street so quiet? I'm reading how the flakes trap sound between their branches.
en situation n | The whole forest went silent just before the hailstorm, birds and all, and I'd love to know what they sense that we don't.
+ fr situation n | Toute la forêt s'est tue juste avant la grêle, oiseaux compris, et j'aimerais savoir ce qu'ils sentent que nous ne sentons pas.
fr situation n | Les moines de l'abbaye gardent le silence toute la journée ; j'ai demandé à l'hôtelier comment ils se comprennent par signes.
+ en situation n | The monks at the abbey keep silent all day; I asked the guest master how they understand each other with signs.

# reaction: immobile
fr situation n | Le héron reste immobile une demi-heure au bord de l'étang ; je cherche comment il tient sur une patte sans se fatiguer.
+ en situation n | The heron stands still for half an hour at the edge of the pond; I'm looking up how it balances on one leg without tiring.
en situation n | The street performer painted silver stays frozen for an hour; after the show I asked him how he controls his breathing.
+ fr situation n | L'homme-statue peint en argent reste immobile une heure ; après le spectacle, je lui ai demandé comment il contrôle sa respiration.
fr situation n | Pourquoi l'opossum fait le mort, immobile, la langue dehors ? Je lis si c'est un choix ou un réflexe qu'il ne contrôle pas.
+ en situation n | Why does the possum play dead, frozen with its tongue out? I'm reading whether it's a choice or a reflex it can't control.

# reaction: fixer le plafond
fr situation n | Je fixe le plafond de la chambre de mon fils : comment ces étoiles autocollantes brillent-elles encore trois heures après ? Je lis sur la phosphorescence.
+ en situation n | I'm staring at the ceiling in my son's room: how do these stick-on stars still glow three hours later? Reading up on phosphorescence.
en situation n | Stuck in the dentist's chair staring at the ceiling, I asked her what every tool on the tray was for, one by one.
+ fr situation n | Coincé dans le fauteuil du dentiste à fixer le plafond, je lui ai demandé à quoi servait chaque instrument du plateau, un par un.
fr situation n | Allongé à fixer le plafond voûté de la chapelle, je me demande comment on tenait ces pierres sans ciment ; j'ai trouvé un livre sur les clés de voûte.
+ en situation n | Lying down staring at the chapel's vaulted ceiling, I wonder how they held those stones up without mortar; I've found a book on keystones.

# reaction: soupirer
fr situation n | Pourquoi on soupire sans s'en rendre compte toutes les cinq minutes ? Ça regonflerait les alvéoles, je veux lire l'étude.
+ en situation n | Why do we sigh without noticing every five minutes or so? Apparently it reopens the air sacs, and I want to read the study.
en situation n | The dog sighs like an old man every time he lies down; I've been reading whether dogs sigh for the same reasons we do.
+ fr situation n | Le chien soupire comme un vieux monsieur chaque fois qu'il se couche ; je lis si les chiens soupirent pour les mêmes raisons que nous.
fr situation n | La prof a soupiré quand j'ai demandé pourquoi le ciel est noir la nuit s'il y a des milliards d'étoiles ; j'ai cherché moi-même, ça s'appelle le paradoxe d'Olbers.
+ en situation n | The teacher sighed when I asked why the night sky is dark if there are billions of stars; I looked it up myself, it's called Olbers' paradox.

# reaction: sourire
fr situation n | Le sourire de la Joconde change selon où on regarde ; au musée, je me suis déplacé dix fois pour comprendre l'effet.
+ en situation n | The Mona Lisa's smile changes depending on where you look; at the museum I moved around ten times to work out the effect.
en situation n | Babies smile in their sleep from the first week; I'm reading whether it's a reflex or whether they're dreaming of something.
+ fr situation n | Les bébés sourient en dormant dès la première semaine ; je lis si c'est un réflexe ou s'ils rêvent de quelque chose.
fr situation n | Un sourire forcé et un vrai n'utilisent pas les mêmes muscles ; je me suis mis devant le miroir pour trouver lesquels.
+ en situation n | A forced smile and a real one don't use the same muscles; I stood in front of the mirror to find out which.

# reaction: enfin
fr situation n | Enfin un documentaire qui explique comment on a déchiffré les hiéroglyphes ! Carnet ouvert, je note tous les symboles.
+ en situation n | Finally a documentary that explains how the hieroglyphs were cracked! Notebook open, I'm writing down every symbol.
en situation n | After twenty years of wondering, I'm finally reading how they got the ship inside the bottle. Set the lights for that.
+ fr situation n | Après vingt ans à me poser la question, je lis enfin comment ils mettent le bateau dans la bouteille. Mets une lumière qui va avec.
fr situation n | Le colis est enfin arrivé : un microscope d'occasion, et la première lame sera une goutte de la mare du jardin.
+ en situation n | The parcel's finally here: a second-hand microscope, and the first slide will be a drop from the garden pond.

# reaction: encore
fr situation n | Encore une question de ma fille à 22 h : pourquoi la lune nous suit en voiture ? Et maintenant c'est moi qui veux savoir.
+ en situation n | Another question from my daughter at 10 p.m.: why does the moon follow the car? And now I'm the one who wants to know.
en situation n | Read the article on black holes again, third time, and I still want to know what happens to the information that falls in.
+ fr situation n | J'ai encore relu l'article sur les trous noirs, troisième fois, et je veux toujours savoir ce que devient l'information qui tombe dedans.
fr situation n | La machine à pain a encore fait une croûte différente ; je note farine, humidité et température pour trouver la variable.
+ en situation n | The bread machine made a different crust again; I'm logging flour, humidity and temperature to find the variable.

# reaction: toujours
fr situation n | Pourquoi la tartine tombe toujours côté beurre ? Il existe une vraie étude, et je veux la refaire avec la table de la cuisine.
+ en situation n | Why does toast always land butter side down? There's a real study, and I want to redo it with the kitchen table.
en situation n | The lift always stops at the second floor first, even when nobody calls it; I asked the technician how its program decides.
+ fr situation n | L'ascenseur s'arrête toujours d'abord au deuxième, même sans appel ; j'ai demandé au technicien comment son programme décide.
fr situation n | La mousse pousse toujours du même côté des troncs dans ce bois ; je vérifie avec une boussole si c'est vraiment le nord.
+ en situation n | Moss always grows on the same side of the trunks in this wood; I'm checking with a compass whether it really is north.

# reaction: jamais
fr situation n | Je n'ai jamais compris comment les avions tiennent en l'air ; ce soir, je lis l'explication de la portance, schémas à l'appui.
+ en situation n | I've never understood how planes stay up; tonight I'm reading how lift works, diagrams and all.
en situation n | Never seen a bird like this at the feeder, orange chest, black cap; I've got the guide out and I'm flicking through page by page.
+ fr situation n | Jamais vu cet oiseau à la mangeoire, poitrine orange, calotte noire ; j'ai sorti le guide et je le feuillette page par page.
fr situation n | Les requins ne dorment jamais vraiment, paraît-il ; je lis comment ils font reposer une moitié du cerveau en nageant.
+ en situation n | Sharks never truly sleep, apparently; I'm reading how they rest half their brain while they swim.

# reaction: d'un coup / tout à coup
fr situation n | Tout à coup, toutes les grenouilles de l'étang se sont tues en même temps ; je veux savoir ce qui déclenche ce silence collectif.
+ en situation n | Suddenly every frog in the pond went quiet at the same moment; I want to know what sets off that group silence.
en situation n | The lights in the whole street went out at once and came back after two seconds; I rang the network line to ask what the grid does in that moment.
+ fr situation n | Toutes les lumières de la rue se sont éteintes d'un coup puis rallumées deux secondes après ; j'ai appelé le gestionnaire pour savoir ce que fait le réseau à ce moment-là.
fr situation n | D'un coup, le ciel est devenu vert avant l'orage ; je cherche quelle lumière produit cette couleur dans les nuages.
+ en situation n | All of a sudden the sky turned green before the storm; I'm looking up what light makes that colour in the clouds.

# reaction: incroyable / fou / dingue
fr situation n | C'est fou, une pieuvre a neuf cerveaux ? Je veux comprendre comment ils se partagent le travail entre les bras.
+ en situation n | That's crazy, an octopus has nine brains? I want to understand how they split the work between the arms.
fr situation n | Incroyable, ce ver de terre de la salade a cinq paires de cœurs ; on l'a observé à la loupe avec les enfants avant de le relâcher.
+ en situation n | Unbelievable, that earthworm from the lettuce has five pairs of hearts; we looked at it under the magnifying glass with the kids before letting it go.
en situation n | Insane: the guy at the repair café fixed my 1978 radio with one capacitor, and I stayed an hour so he'd explain the whole circuit.
+ fr situation n | Dingue : le monsieur du repair café a réparé ma radio de 1978 avec un seul condensateur, et je suis resté une heure pour qu'il m'explique tout le circuit.
fr slang_emoji n | c'est dingue les fourmis elles font de l'agriculture ?? 🐜🌱 jsuis en pls devant le docu, jveux TOUT savoir
+ en slang_emoji n | wait ants do farming?? 🐜🌱 I'm losing it over this doc, I need to know EVERYTHING

# reaction: énorme
fr situation n | Une énorme toile ronde sur le portail ce matin, parfaite ; je veux savoir quelle espèce l'a tissée et en combien d'heures.
+ en situation n | A huge round web on the gate this morning, perfect; I want to know which species spun it and in how many hours.
en situation n | There's a huge crane going up next to the office, and I spent my lunch break finding out how it builds itself taller.
+ fr situation n | Une énorme grue se monte à côté du bureau, et j'ai passé ma pause déjeuner à découvrir comment elle se hisse elle-même plus haut.
fr situation n | Le potiron du voisin pèse 230 kilos ; je suis allé lui demander son engrais, sa variété et comment il l'arrose.
+ en situation n | The neighbour's pumpkin weighs 230 kilos; I went over to ask about his fertiliser, his variety and how he waters it.

# reaction: trop / grave
fr slang_emoji n | jsuis grave intriguée par le chant des baleines, comment ça porte à des centaines de km ?? 🐋 qqn a un bon docu
+ en slang_emoji n | seriously intrigued by whale song, how does it carry hundreds of km?? 🐋 anyone got a good doc
fr typo n | trop envie de comprendre comment marche le bitcoin en vrai, pas pr investir hein, juste pr savoir ce qu'est un bloc
+ en typo n | really want to get how bitcoin actually works, not to invest lol, just to know wht a block is
en slang_emoji n | my kid asked how the fish in the tank sleep and tbh now I'm way too into it 🐠👀 reading papers at midnight
+ fr slang_emoji n | mon fils m'a demandé comment dorment les poissons de l'aquarium et franchement là jsuis trop à fond 🐠👀 je lis des études à minuit

# reaction: mort de / dying to
fr situation n | Je meurs d'envie de savoir comment la boulangère obtient ces alvéoles énormes dans son pain ; elle m'invite au fournil samedi.
+ en situation n | I'm dying to know how the baker gets those huge holes in her bread; she's invited me into the bakehouse on Saturday.
en situation n | Dying to know what's inside the old wall we knocked through; there's a bottle in there and a paper with a date, I'm off to the town archives.
+ fr situation n | Je meurs d'envie de savoir ce que cache le vieux mur qu'on a percé ; il y a une bouteille et un papier daté, je file aux archives municipales.
fr mixed n | Mort de froid à l'arrêt de bus, mais surtout intrigué : pourquoi le vent semble plus glacial entre ces deux immeubles ? Je lis sur l'effet Venturi.
+ en mixed n | Freezing to death at the bus stop, but mostly intrigued: why does the wind feel colder between these two buildings? Reading about the Venturi effect.

# reaction: mixed words, negation
fr negation n | Je ne tremble pas de peur devant le sismographe du musée, je saute dessus pour voir quelle aiguille bouge et pourquoi.
+ en negation n | I'm not shaking with fear at the museum's seismograph, I'm jumping on the floor to see which needle moves and why.
fr negation n | Ces larmes ne sont pas de la tristesse : j'ai regardé une éclipse trop longtemps par la fenêtre et je veux comprendre ce que fait la rétine.
+ en negation n | These tears aren't sadness: I looked at an eclipse through the window too long and I want to understand what the retina does.
en negation n | I'm not angry that the printer jammed again, I just want to open it up and understand how the rollers grab one sheet at a time.
+ fr negation n | Je ne suis pas en colère que l'imprimante ait encore bourré, je veux juste l'ouvrir et comprendre comment les rouleaux prennent une seule feuille.
fr negation n | Pas de panique quand l'alarme de la voiture s'est déclenchée toute seule : j'ai lu le manuel pour savoir quel capteur réagit au vent.
+ en negation n | No panic when the car alarm went off by itself: I read the manual to find out which sensor reacts to the wind.

# reaction: crier victoire / hurler de joie
fr situation n | Au stade, tout le monde hurlait « but », moi je regardais l'arbitre vidéo en me demandant comment la ligne de hors-jeu est tracée.
+ en situation n | At the stadium everyone was screaming "goal", and I was watching the VAR wondering how they draw the offside line.
en situation n | My brother yelled when he won at poker, and I just wanted him to explain how he worked out the odds on that last card.
+ fr situation n | Mon frère a crié en gagnant au poker, et moi je voulais juste qu'il m'explique comment il a calculé les chances sur la dernière carte.

# reaction: cœur battant (nouveautés)
fr situation n | Le cœur battant d'avoir monté la colline à vélo, je m'arrête devant la stèle romaine : qu'est-ce que dit cette inscription ? Photo, puis recherche.
+ en situation n | Heart pounding from cycling up the hill, I stop at the Roman stone: what does that inscription say? Photo, then research.
fr typo n | le chat tremble de la machoire qd il voit un pigeon, c koi ce reflexe ?? jai cherché "caquetage" mais jsuis pas sure du mot
+ en typo n | the cat's jaw chatters when he sees a pigeon, wat is that reflex?? i searched "chattering" but not sure its the right word

# reaction: chair de poule (musées, histoire)
en situation n | The audio guide in the catacombs gave me goosebumps, but mostly I wanted to know who stacked all those bones and when.
+ fr situation n | L'audioguide des catacombes m'a donné la chair de poule, mais surtout je voulais savoir qui a empilé tous ces os, et quand.
fr situation n | Frissons devant la lettre manuscrite de 1789 aux archives ; j'ai demandé à l'archiviste comment on date une encre.
+ en situation n | Chills in front of the handwritten 1789 letter at the archives; I asked the archivist how you date an ink.

# reaction: explicit and wishes
fr explicit n | Ça me démange de comprendre : pourquoi mon ventre gargouille plus fort quand la salle est silencieuse ? Je fouille le sujet ce soir.
+ en explicit n | I'm itching to understand why my stomach rumbles louder when the room is silent; I'm digging into it tonight.
en explicit n | Pure curiosity, nothing else: why do my knees crack on the stairs? I want to know what that pop actually is.
+ fr explicit n | De la pure curiosité, rien d'autre : pourquoi mes genoux craquent dans l'escalier ? Je veux savoir ce qu'est ce petit bruit.
fr wish n c=cyan;yellow b=bright | Pas dormi, trop de questions sur les volcans sous-marins ; je relis tout, mets du cyan et un peu de jaune, bien clair.
+ en wish n c=cyan;yellow b=bright | Didn't sleep, too many questions about underwater volcanoes; I'm rereading it all, give me cyan and a bit of yellow, nice and bright.
en wish n c=teal;green | Heart still racing from the run, I'm about to read how lungs swap oxygen; teal and green lights, please.
+ fr wish n c=teal;green | Le cœur bat encore de la course, je vais lire comment les poumons échangent l'oxygène ; lumière bleu canard et verte, s'il te plaît.

# reaction: hurler (sirènes, alarmes)
fr situation n | Pourquoi le son de l'ambulance change quand elle passe devant nous ? Mon fils a reconnu l'effet Doppler en cours, il me l'explique au dîner.
+ en situation n | Why does the ambulance's siren change pitch as it passes? My son learned about the Doppler effect in class and is explaining it over dinner.
fr situation n | Le détecteur du couloir hurle pour trois gouttes de vapeur de douche ; j'ai cherché la différence entre capteur optique et ionique.
+ en situation n | The hallway detector screams at three wisps of shower steam; I looked up the difference between optical and ionisation sensors.
"""

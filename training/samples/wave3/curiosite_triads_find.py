"""curiosite: third wave, triads with nostalgie and inquietude (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Une vieille clé en fer était scotchée sous le tiroir du buffet ; j'essaie toutes les serrures de la maison pour savoir ce qu'elle ouvre.
+ en situation n | An old iron key was taped under the sideboard drawer; I'm trying every lock in the house to find out what it opens.
# triad 02
fr situation n | Des petits grattements dans le faux plafond chaque soir ; j'ai posé une caméra pour savoir qui vit là-haut, loir ou écureuil.
+ en situation n | Little scratching noises in the ceiling void every evening; I've put up a camera to find out who lives up there, dormouse or squirrel.
# triad 03
fr situation n | En me rasant, je remarque une petite cicatrice au menton dont je n'ai aucun souvenir ; je vais demander à ma mère d'où elle vient.
+ en situation n | Shaving, I notice a small scar on my chin I have no memory of; I'm going to ask my mum where it came from.
# triad 04
en situation n | In a novel from a secondhand bookshop, a love letter signed "Madeleine, 1951"; I'd love to know whether she ended up marrying her Lucien.
+ fr situation n | Dans un roman acheté chez un bouquiniste, une lettre d'amour signée « Madeleine, 1951 » ; j'aimerais savoir si elle a fini par épouser son Lucien.
# triad 05
en situation n | A three-minute voicemail in Italian from an unknown number; I'm running it through a translator to find out who's calling me.
+ fr situation n | Un message vocal de trois minutes en italien, d'un numéro inconnu ; je le passe dans un traducteur pour savoir qui m'appelle.
# triad 06
fr situation n | Au grenier, la photo d'une femme inconnue qui pose devant notre maison vers 1930 ; je fouille les archives de la mairie pour savoir qui c'était.
+ en situation n | In the attic, a photo of an unknown woman posing in front of our house around 1930; I'm digging through the town archives to find out who she was.
# triad 07
fr situation n | Dans la maison qu'on vient d'acheter, un carnet de comptes de 1962 ; je compare le prix du pain et des loyers avec aujourd'hui, c'est fascinant.
+ en situation n | In the house we just bought, a household account book from 1962; I'm comparing the price of bread and rent with today, it's fascinating.
# triad 08
fr situation n | Des traces bizarres dans la neige du jardin, cinq doigts et une queue qui traîne ; je compare avec le guide pour savoir qui passe la nuit.
+ en situation n | Odd tracks in the snow in the garden, five toes and a dragging tail; I'm checking the field guide to find out who comes by at night.
# triad 09
en situation n | Digging the vegetable patch, I turned up a ring engraved "J.M. 1932"; now I want to know who lived here back then.
+ fr situation n | En bêchant le potager, j'ai déterré une bague gravée « J.M. 1932 » ; maintenant je veux savoir qui vivait ici à l'époque.
# triad 10
fr situation n | Sous la moquette de l'appart, un vieux parquet avec une étoile en marqueterie ; je cherche qui l'a posé et à quelle époque.
+ en situation n | Under the flat's carpet, an old parquet floor with an inlaid star; I'm trying to find out who laid it and when.
# triad 11
fr slang_emoji n | mon pipi est ROSE après la salade de betteraves 😳 je lis pourquoi certains digèrent le pigment et d'autres non, trop intrigant
+ en slang_emoji n | my pee is PINK after the beetroot salad 😳 reading why some people break down the pigment and others don't, so intriguing
# triad 12
en situation n | In an old book from the attic, a hand-drawn map of the garden with a cross under the lime tree; I want to know what it marks.
+ fr situation n | Dans un vieux livre du grenier, un plan du jardin dessiné à la main, avec une croix sous le tilleul ; je veux savoir ce qu'elle indique.
# triad 13
fr situation n | Des inscriptions à la craie sur les portes du village, « 20*C+M+B+25 » ; je cherche ce que veulent dire ces lettres.
+ en situation n | Chalk writing on the village doors, "20*C+M+B+25"; I'm looking up what those letters mean.
# triad 14
en situation h | A parcel from Japan in my name, no sender, with a tiny wind chime inside; I'm on the case to find out who sent it. Set a detective mood.
+ fr situation h | Un colis du Japon à mon nom, sans expéditeur, avec un petit carillon dedans ; je mène l'enquête pour savoir qui me l'envoie. Mets une ambiance de détective.
# triad 15
fr situation n | Une odeur de caramel envahit la rue chaque mardi soir ; je veux savoir si c'est la biscuiterie de la zone ou autre chose.
+ en situation n | A smell of caramel fills the street every Tuesday evening; I want to find out if it's the biscuit factory on the estate or something else.
# triad 16
fr situation n | Un inconnu qui porte mon nom de famille, très rare, m'écrit qu'on serait cousins ; je ressors l'arbre généalogique pour vérifier.
+ en situation n | A stranger with my very rare surname writes that we might be cousins; I'm getting the family tree out to check.
# triad 17
en situation n | Brown balls all over the oak leaves; I'm reading up on which tiny wasp makes these galls, and why.
+ fr situation n | Des boules brunes partout sur les feuilles du chêne ; je lis quelle minuscule guêpe fabrique ces galles, et pourquoi.
# triad 18
fr situation n | Au marché aux puces, le journal intime d'une jeune Allemande de 1923 ; je le traduis page par page pour découvrir sa vie.
+ en situation n | At the flea market, the diary of a young German woman from 1923; I'm translating it page by page to discover her life.
# triad 19
fr situation n | La voiture de location bipe toutes les dix minutes sur l'autoroute ; je fouille le manuel pour comprendre ce qu'elle essaie de me dire.
+ en situation n | The rental car beeps every ten minutes on the motorway; I'm digging through the manual to work out what it's trying to tell me.
# triad 20
fr situation n | Derrière l'armoire de la nouvelle maison, une petite porte murée ; je cherche les anciens plans pour savoir où elle menait.
+ en situation n | Behind the wardrobe in the new house, a small bricked-up door; I'm hunting for the old plans to find out where it led.
# triad 21
en situation n | Grey pellets under the barn beam; the kids and I are pulling them apart to find out what the owl has been eating.
+ fr situation n | Des pelotes grises sous la poutre de la grange ; on les décortique avec les enfants pour savoir ce que mange la chouette.
# triad 22
fr situation n | Mon fils a rapporté dans son cartable une plume bleu vif ; on cherche ensemble dans le guide de quel oiseau elle vient.
+ en situation n | My son brought home a bright blue feather in his school bag; we're looking through the guide together to find out which bird it came from.
# triad 23
fr situation n | Une mèche blanche est apparue d'un coup sur ma tempe ; je lis comment un cheveu perd sa couleur, c'est passionnant.
+ en situation n | A white streak suddenly appeared at my temple; I'm reading about how a hair loses its colour, it's fascinating.
# triad 24
fr situation n | Le chien a déterré un os énorme au bout du champ ; j'envoie la photo au muséum pour savoir de quel animal il vient. Lumière de bureau, s'il te plaît.
+ en situation n | The dog dug up a huge bone at the end of the field; I'm sending a photo to the natural history museum to find out what animal it's from. Desk light, please.
# triad 25
en situation h | Taking the fireplace apart, we found banknotes from 1960 rolled up in a tin; who hid them there? I have to know.
+ fr situation h | En démontant la cheminée, on a trouvé des billets de 1960 roulés dans une boîte en fer ; qui les a cachés là ? Il faut que je sache.
# triad 26
fr situation n | Un pigeon bagué s'est posé sur mon balcon ; je cherche le numéro de sa bague pour savoir d'où il vient.
+ en situation n | A ringed pigeon landed on my balcony; I'm looking up the number on its ring to find out where it's from.
# triad 27
fr situation n | Une bouteille sur la plage avec un message en portugais dedans ; on le traduit avec les enfants pour savoir qui l'a lancée.
+ en situation n | A bottle on the beach with a message in Portuguese inside; the kids and I are translating it to find out who threw it.
# triad 28
fr situation n | Une plante inconnue a poussé toute seule au milieu des tomates ; je la photographie sous tous les angles pour savoir ce que c'est.
+ en situation n | An unknown plant has come up on its own among the tomatoes; I'm photographing it from every angle to find out what it is.
# triad 29
fr situation n | L'eau du robinet sort toute blanche puis s'éclaircit en une minute ; je lis que ce sont des microbulles, je veux comprendre d'où elles viennent.
+ en situation n | The tap water comes out milky white and clears in a minute; I've read it's tiny air bubbles, and I want to understand where they come from.
# triad 30
en situation n | A folded note under my windscreen wiper, with a riddle and GPS coordinates; I want to know where it leads.
+ fr situation n | Un papier plié sous mon essuie-glace, avec une énigme et des coordonnées GPS ; je veux savoir où ça mène.
# triad 31
fr situation n | Dans le livre de la bibliothèque, des annotations codées dans toutes les marges ; je veux savoir qui les a écrites et ce qu'elles disent.
+ en situation n | In the library book, coded notes in every margin; I want to know who wrote them and what they say.
# triad 32
fr slang_emoji h | sur le vieux pc familial y a un dossier "NE PAS OUVRIR" 👀 évidemment je veux savoir ce qu'il y a dedans lol
+ en slang_emoji h | there's a folder called "DO NOT OPEN" on the old family pc 👀 obviously I need to know what's inside lol
# triad 33
en situation n | In the factory archives, a 1958 plan shows a room that no longer exists; I want to find out what it was used for.
+ fr situation n | Aux archives de l'usine, un plan de 1958 montre une salle qui n'existe plus ; je veux découvrir à quoi elle servait.
# triad 34
fr situation n | Dans le manuel d'occasion de ma fille, une fleur séchée et un prénom daté de 1987 ; on se demande qui était cet élève et ce qu'il est devenu.
+ en situation n | In my daughter's secondhand textbook, a pressed flower and a name dated 1987; we're wondering who that pupil was and what became of them.
# triad 35
fr situation n | Quelqu'un joue du piano à minuit dans l'immeuble ; je fais le tour des paliers pour savoir quel voisin c'est.
+ en situation n | Someone in the building plays the piano at midnight; I'm going round the landings to find out which neighbour it is.
# triad 36
en situation n | In one of Grandpa's boxes, a medal on a green ribbon; I want to know what he did to earn it.
+ fr situation n | Dans une boîte de papi, une médaille au ruban vert ; je veux savoir ce qu'il a fait pour la recevoir.
# triad 37
fr situation n | Des lumières orange montent lentement dans le ciel ce soir ; lanternes ou drones ? Je fouille les groupes du coin pour savoir.
+ en situation n | Orange lights are slowly rising in the sky tonight; lanterns or drones? I'm scouring the local groups to find out.
# triad 38
fr situation n | Le chat est rentré avec un petit mot accroché au collier : « À qui est ce chat ? Il vient manger chez moi. » Je veux savoir qui l'écrit.
+ en situation n | The cat came home with a note tied to his collar: "Whose cat is this? He comes to eat at mine." I want to know who wrote it.
# triad 39
en situation n | In the pocket of a vintage coat, a love note from 1978; I've posted a photo of it online to track down who wrote it.
+ fr situation n | Dans la poche d'un manteau de friperie, un billet doux de 1978 ; j'ai posté la photo en ligne pour retrouver qui l'a écrit.
# triad 40
fr situation n | La cheminée siffle une note grave quand le vent vient de l'ouest ; je lis comment la forme du conduit produit ce son.
+ en situation n | The chimney whistles a low note when the wind comes from the west; I'm reading up on how the shape of the flue makes that sound.
# triad 41
en situation n | Every evening my phone picks up a Bluetooth device called "Jacqueline"; I want to find out which neighbour it belongs to.
+ fr situation n | Chaque soir, mon téléphone détecte un appareil Bluetooth appelé « Jacqueline » ; je veux savoir à quel voisin il appartient.
# triad 42
fr situation n | Des baies rouges que je ne connais pas au bord du sentier ; je les photographie pour savoir de quel arbuste il s'agit.
+ en situation n | Red berries I don't know by the side of the path; I'm photographing them to find out what shrub they're from.
# triad 43
fr situation n | Des petits filaments flottent devant mes yeux quand je regarde le ciel ; je lis ce que sont ces corps flottants, c'est fou.
+ en situation n | Little threads float in front of my eyes when I look at the sky; I'm reading about what these floaters are, it's wild.
# triad 44
en situation n | The landline rings every day at exactly noon, and there's nobody there; I want to find out what machine keeps calling us.
+ fr situation n | Le fixe sonne chaque jour à midi pile, et personne au bout ; je veux savoir quel automate nous appelle.
# triad 45
fr situation n | Au vide-grenier, une bobine de super 8 sans étiquette ; je cherche un projecteur pour découvrir ce qu'il y a dessus.
+ en situation n | At the car boot sale, an unlabelled reel of Super 8; I'm looking for a projector to discover what's on it.
# triad 46
fr situation n | Sur la vieille radio à ondes courtes, une voix récite des chiffres en boucle ; je lis tout sur ces stations mystérieuses.
+ en situation n | On the old shortwave radio, a voice reading out numbers on a loop; I'm reading everything about these mysterious stations.
# triad 47
en situation n | A shark's tooth on the beach! The kids and I are trying to work out which species it belongs to and how old it is.
+ fr situation n | Une dent de requin sur la plage ! On cherche avec les enfants à quelle espèce elle appartient et quel âge elle a.
# triad 48
fr situation n | Un cercle parfait de champignons est apparu dans la pelouse du jour au lendemain ; je lis pourquoi ils poussent en rond. Mets une ambiance qui colle.
+ en situation n | A perfect ring of mushrooms appeared in the lawn overnight; I'm reading up on why they grow in a circle. Set the mood for that.
# triad 49
fr situation n | Une voiture de collection est garée dans notre rue depuis trois jours, une marque que je n'ai jamais vue ; je cherche ce que c'est.
+ en situation n | A vintage car has been parked in our street for three days, a make I've never seen; I'm trying to find out what it is.
# triad 50
fr situation n | Enceinte de cinq mois, je remarque une ligne brune qui descend sur mon ventre ; je lis d'où elle vient, le corps est fascinant.
+ en situation n | Five months pregnant, I've noticed a brown line running down my belly; I'm reading up on where it comes from, the body is fascinating.
# triad 51
en situation n | I got an internal email from another company by mistake, full of strange acronyms; now I want to figure out what they make.
+ fr situation n | J'ai reçu par erreur un mail interne d'une autre boîte, plein de sigles bizarres ; maintenant je veux comprendre ce qu'ils fabriquent.
# triad 52
fr situation n | Sur la radio de mon poignet, le médecin me montre une vieille fracture que je n'ai jamais sentie ; je veux savoir quand j'ai pu faire ça.
+ en situation n | On my wrist X-ray, the doctor shows me an old fracture I never even felt; I want to know when I could have done that.
# triad 53
en situation n | In the workshop of the house we bought, a strange tool with a crank and teeth; I'm posting a photo to find out what it was for.
+ fr situation n | Dans l'atelier de la maison achetée, un outil étrange avec une manivelle et des dents ; je poste la photo pour savoir à quoi il servait.
# triad 54
fr situation n | Les cloches de l'église sonnent chaque jour à 11 h 17 ; je veux savoir pourquoi cette heure bizarre, j'ai écrit au curé.
+ en situation n | The church bells ring every day at 11:17; I want to know why that odd time, so I've written to the priest.
# triad 55
en situation n | A letter from the council mentions a "right of way" across our land; I'm going through the land registry to find out where it comes from.
+ fr situation n | Une lettre de la mairie parle d'un « droit de passage » sur notre terrain ; je fouille le cadastre pour comprendre d'où il vient.
# triad 56
fr situation n | Un tract dans une langue que je ne reconnais pas dans la boîte aux lettres ; je cherche laquelle c'est, on dirait du géorgien.
+ en situation n | A leaflet in a language I don't recognise in the letterbox; I'm trying to find out which one, it looks like Georgian.
# triad 57
fr situation n | Sur un vieux forum d'astronomie, la photo d'une lueur étrange au-dessus de notre ville en 1998 ; je veux savoir ce que c'était. Mets une ambiance pour chercher.
+ en situation n | On an old astronomy forum, a photo of a strange glow over our town in 1998; I want to find out what it was. Set a mood for digging.
# triad 58
en situation n | In the new flat, post keeps arriving for a "Count of Valmont"; I'm trying to find out who lived here before us.
+ fr situation n | Dans le nouvel appart, du courrier arrive sans cesse pour un certain « comte de Valmont » ; je cherche qui vivait ici avant nous.
# triad 59
fr typo n | en courant jai vu une borne en pierre gravee dune fleur de lys au bord du chemin, je veux savoir ce quelle marque
+ en typo n | out running i saw a stone marker with a fleur de lys carved on it by the path, wanna know what it marks
# triad 60
fr slang_emoji l | jeu d'occas avec la sauvegarde d'un inconnu à 99 % 🤔 faut que je sache ce qui lui manquait pour finir
+ en slang_emoji l | secondhand game with a stranger's save at 99% 🤔 need to know what they were missing to finish it
# triad 61
en situation n | On the back of a flea-market painting, an exhibition label from 1910; I'm trying to find out who the painter was.
+ fr situation n | Au dos d'un tableau de brocante, une étiquette d'exposition de 1910 ; je cherche qui était le peintre.
# triad 62
en situation n | At the back of the cupboard in the holiday house, an unlabelled jar of black paste; I want to know what it is before I taste it.
+ fr situation n | Au fond du placard de la maison de vacances, un bocal sans étiquette rempli d'une pâte noire ; je veux savoir ce que c'est avant de goûter.
# triad 63
fr situation n | Au tri des dons de l'association, un carnet de recettes écrit en yiddish ; je cherche quelqu'un pour me le traduire.
+ en situation n | Sorting donations at the charity, a recipe notebook written in Yiddish; I'm looking for someone to translate it for me.
# triad 64
fr situation n | Un caillou noir très lourd dans le champ, et l'aimant colle dessus ; je l'envoie au labo pour savoir si c'est une météorite.
+ en situation n | A very heavy black stone in the field, and a magnet sticks to it; I'm sending it to a lab to find out if it's a meteorite.
# triad 65
en situation n | One of the swallows under our eaves has a ring on its leg; I'm trying to find out where it was ringed and how far it flies.
+ fr situation n | Une des hirondelles sous notre avant-toit porte une bague à la patte ; je cherche où elle a été baguée et jusqu'où elle vole.
# triad 66
fr situation n | Mamie parle d'une « fontaine aux fées » de son village dont personne n'a jamais entendu parler ; je fouille les cartes anciennes pour la retrouver.
+ en situation n | Gran talks about a "fairy fountain" in her village that nobody has ever heard of; I'm searching old maps to find it.
# triad 67
fr situation n | Après l'enterrement de mon grand-oncle, on trouve dans son portefeuille la photo d'une femme que personne ne connaît ; on veut tous savoir qui elle était.
+ en situation n | After my great-uncle's funeral, we find a photo of a woman nobody knows in his wallet; we all want to know who she was.
# triad 68
en situation n | In the Christmas box that came with the house, a blown-glass bauble with a Czech inscription; I want to know where it came from.
+ fr situation n | Dans la caisse de Noël laissée avec la maison, une boule en verre soufflé avec une inscription en tchèque ; je veux savoir d'où elle vient.
# triad 69
fr situation n | De petites mosaïques de robots apparaissent sur les murs de tout le quartier ; je les recense sur une carte pour savoir qui les pose.
+ en situation n | Little robot mosaics keep appearing on walls all over the neighbourhood; I'm mapping them to find out who puts them up.
# triad 70
fr situation n | Le matin, des biscuits entamés dans la cuisine et aucun souvenir de m'être levé ; je pose une caméra pour savoir si je suis somnambule.
+ en situation n | In the morning, half-eaten biscuits in the kitchen and no memory of getting up; I'm setting up a camera to find out if I sleepwalk.
# triad 71
en situation n | The garden camera filmed something on four legs at 2 a.m.; I want to work out whether it's a stone marten or a badger.
+ fr situation n | La caméra du jardin a filmé une silhouette à quatre pattes à 2 h ; je veux savoir si c'est une fouine ou un blaireau.
# triad 72
fr situation n | À l'épicerie asiatique, un fruit couvert de piquants que je n'ai jamais vu ; je l'achète pour savoir quel goût il a.
+ en situation n | At the Asian grocer's, a spiky fruit I've never seen before; I'm buying one to find out what it tastes like.
# triad 73
en situation l | A big rainbow ring around the sun at lunchtime; I'm reading how ice crystals make that halo.
+ fr situation l | Un grand cercle arc-en-ciel autour du soleil ce midi ; je lis comment les cristaux de glace fabriquent ce halo.
# triad 74
en situation n | In a stamp album from a car boot sale, a stamp with a printing error; I'm trying to find out if it's a known one.
+ fr situation n | Dans un album de timbres de vide-grenier, un timbre avec une erreur d'impression ; je cherche s'il est répertorié.
# triad 75
fr situation n | Au concert d'hier, le guitariste jouait d'un instrument à deux manches et douze cordes de plus ; je cherche comment ça s'accorde.
+ en situation n | At last night's gig, the guitarist played a double-neck with twelve extra strings; I'm looking up how you tune one of those.
# triad 76
fr mixed n | Un peu déçu par l'intrigue, mais surtout intrigué : le vieux film de ce soir a été tourné dans notre rue en 1962, je cherche l'endroit exact de chaque plan.
+ en mixed n | A bit let down by the plot, but mostly intrigued: tonight's old film was shot in our street in 1962, and I'm tracking down the exact spot of every shot.
# triad 77
en situation n | Our two-year-old has started saying "obrigada"; I want to find out who taught her that at nursery.
+ fr situation n | Notre fille de deux ans s'est mise à dire « obrigada » ; je veux savoir qui le lui a appris à la crèche.
# triad 78
fr situation l | Le chien du voisin hurle à chaque sirène de pompiers ; je lis pourquoi certains chiens répondent aux sirènes comme à des loups.
+ en situation l | The neighbour's dog howls at every fire siren; I'm reading up on why some dogs answer sirens as if they were wolves.
# triad 79
fr situation n | Sur une photo de mon copain enfant, il brandit un trophée dont il ne m'a jamais parlé ; je veux absolument savoir ce qu'il a gagné.
+ en situation n | In a photo of my boyfriend as a kid, he's holding up a trophy he's never mentioned; I absolutely need to know what he won.
# triad 80
fr situation n | Sur l'acte de naissance de mon arrière-grand-mère, une mention en marge à moitié effacée ; je vais aux archives pour la déchiffrer.
+ en situation n | On my great-grandmother's birth certificate, a half-faded note in the margin; I'm going to the archives to decipher it.
"""

"""curiosite: third wave, triads with inquietude and colere (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Pourquoi la mayonnaise maison tourne-t-elle si vite au soleil ? Ce soir je lis tout sur les œufs crus et les bactéries.
+ en situation n | Why does homemade mayo turn so fast in the sun? Tonight I'm reading everything on raw eggs and bacteria.
# triad 02
fr situation n | Pourquoi le chien mange-t-il de l'herbe à chaque promenade ? J'ai trouvé trois théories, je veux savoir laquelle tient.
+ en situation n | Why does the dog eat grass on every walk? I've found three theories and want to know which one holds up.
# triad 03
en situation n | What's that creak in the roof beams every night around ten? I'm reading about how timber shifts as the temperature drops.
+ fr situation n | C'est quoi, ce craquement dans la charpente chaque soir vers 22 h ? Je lis sur le bois qui travaille quand la température baisse.
# triad 04
fr situation n | Comment un bouchon peut-il naître sans accident ni travaux ? Je regarde des simulations de trafic, ces vagues de freinage sont fascinantes.
+ en situation n | How can a traffic jam appear with no accident and no roadworks? I'm watching traffic simulations; those braking waves are fascinating.
# triad 05
fr slang_emoji n | ptdr pourquoi ma batterie fond 2x plus vite quand il caille ?? je lis sur le lithium là, c'est ouf 🤓🔋
+ en slang_emoji n | lol why does my battery die twice as fast when it's freezing?? reading up on lithium rn, it's wild 🤓🔋
# triad 06
en situation n | Why do tomato leaves curl up in the afternoon and straighten out by evening? I've started an observation notebook.
+ fr situation n | Pourquoi les feuilles de tomate s'enroulent-elles l'après-midi et se redressent-elles le soir ? J'ai commencé un carnet d'observation.
# triad 07
fr situation n | Le garagiste m'a montré sur le banc pourquoi une voiture tire d'un côté ; j'ai posé mille questions sur la géométrie des roues.
+ en situation n | The mechanic showed me on the rig why a car pulls to one side; I asked a thousand questions about wheel alignment.
# triad 08
fr situation n | Comment le compteur d'eau compte-t-il les litres ? J'ai ouvert le robinet et regardé la petite roue tourner, je veux comprendre.
+ en situation n | How does the water meter count the litres? I turned on the tap and watched the little wheel spin; I want to get it.
# triad 09
en situation n | How come your ears ring after a concert? I'm reading about the tiny hair cells in the inner ear, it's amazing.
+ fr situation n | Comment se fait-il que les oreilles sifflent après un concert ? Je lis sur les cellules ciliées de l'oreille interne, c'est dingue.
# triad 10
fr situation n | Comment prévoit-on une éruption ? J'ai passé la soirée sur les sismographes de l'Etna en direct. Mets une ambiance pour chercher.
+ en situation n | How do they predict an eruption? I spent the evening on Etna's live seismographs. Give me a mood for digging in.
# triad 11
fr situation n | Pourquoi les bébés ont-ils si souvent le hoquet ? Le nôtre en a trois par jour, et j'ai lu que ça commence dans le ventre.
+ en situation n | Why do babies get hiccups so often? Ours has three bouts a day, and I read it starts in the womb.
# triad 12
en situation n | Why did the sky turn orange tonight? Sahara dust, apparently; I'm reading how it travels this far.
+ fr situation n | Pourquoi le ciel est-il devenu orange ce soir ? Du sable du Sahara, paraît-il ; je lis comment il arrive jusqu'ici.
# triad 13
fr mixed n | Un peu mal au genou, mais surtout intrigué : comment un bleu passe-t-il du violet au vert puis au jaune ? Je l'observe chaque matin.
+ en mixed n | Knee's a bit sore, but mostly I'm intrigued: how does a bruise go from purple to green to yellow? I check it every morning.
# triad 14
fr typo n | et si on faisait lever le pain sans levure du commerce ? jai lancé 3 levains diferents pour comparer
+ en typo n | what if you could get bread to rise without shop yeast? ive started 3 diffrent starters to compare
# triad 15
en situation n | Why does the office network crawl every Monday at 9? I've set up measurements to find the spike.
+ fr situation n | Pourquoi le réseau du bureau rame-t-il tous les lundis à 9 h ? J'ai lancé des mesures pour trouver le pic.
# triad 16
fr situation h | Un essaim s'est posé sur le pommier ! Comment les abeilles choisissent-elles où aller ? J'appelle l'apiculteur pour tout comprendre.
+ en situation h | A swarm has landed on the apple tree! How do bees decide where to go? I'm calling the beekeeper to understand it all.
# triad 17
fr situation n | Pourquoi se souvient-on mieux de ses vingt ans que de la semaine dernière ? Papi m'a lancé sur le sujet, je lis sur la mémoire.
+ en situation n | Why do we remember our twenties better than last week? Grandpa got me onto it, and I'm reading about memory.
# triad 18
en situation n | How does a bank actually create money when it grants a loan? I finally found a video that explains it clearly.
+ fr situation n | Comment une banque crée-t-elle de l'argent en accordant un prêt ? J'ai enfin trouvé une vidéo qui l'explique clairement.
# triad 19
fr situation n | Ma fille rentre de classe de neige avec mille questions : pourquoi la neige crisse, pourquoi on bronze là-haut. On cherche ensemble.
+ en situation n | My daughter's back from her school ski trip with a thousand questions: why snow squeaks, why you tan up there. We're looking it up together.
# triad 20
fr situation n | Et si la foudre ne tombait pas au hasard ? Je regarde des ralentis d'éclairs depuis une heure pour comprendre.
+ en situation n | What if lightning doesn't strike at random? I've been watching slow-motion bolts for an hour to work it out.
# triad 21
en situation n | How can a jellyfish sting with no brain at all? The aquarium guide explained it and I want more.
+ fr situation n | Comment une méduse peut-elle piquer sans avoir de cerveau ? Le guide de l'aquarium m'a expliqué, j'en redemande.
# triad 22
fr slang_emoji n | ma vidéo de poterie à 200k vues en une nuit 😳 jveux comprendre comment l'algo l'a chopée 🤔
+ en slang_emoji n | my pottery vid hit 200k views overnight 😳 need to figure out how the algo picked it up 🤔
# triad 23
fr situation n | Pourquoi se réveille-t-on si souvent vers 3 h du matin ? Je lis sur les cycles du sommeil, c'est passionnant.
+ en situation n | Why do we so often wake up around 3 a.m.? I'm reading about sleep cycles, it's gripping.
# triad 24
en situation n | How is the price at the pump actually set? I broke it down with all the taxes; very instructive.
+ fr situation n | Comment se fixe vraiment le prix de l'essence à la pompe ? J'ai fait le calcul avec toutes les taxes, très instructif.
# triad 25
fr situation n | Comment marche le mécanisme des cloches de l'église ? Le sacristain me fait monter au clocher dimanche. Lumière pour relire mes notes, s'il te plaît.
+ en situation n | How does the church bell mechanism work? The sacristan is taking me up the tower on Sunday. Light to go over my notes, please.
# triad 26
fr situation n | Pourquoi porte-t-on du noir aux enterrements ici et du blanc ailleurs ? J'ai passé la soirée à lire sur les rites funéraires.
+ en situation n | Why do we wear black to funerals here and white elsewhere? I spent the evening reading about funeral rites.
# triad 27
en situation n | How can the baby hear my voice from inside the womb? The midwife got me started and I'm reading everything.
+ fr situation n | Comment le bébé peut-il entendre ma voix depuis le ventre ? La sage-femme m'a lancée sur le sujet, je lis tout.
# triad 28
fr situation n | Pourquoi le disjoncteur saute-t-il quand le four et la bouilloire tournent ensemble ? Je me suis plongé dans les ampères.
+ en situation n | Why does the breaker trip when the oven and the kettle run together? I've dived into amps and cable sizes.
# triad 29
fr situation n | Comment des termites peuvent-ils vider une poutre sans que rien ne se voie ? Le diagnostiqueur m'a montré, je veux tout savoir.
+ en situation n | How can termites hollow out a beam without anything showing? The surveyor showed me and I want to know everything.
# triad 30
en situation n | How does a hearing aid actually work? Grandma let me take her old one apart; I want to understand the microphone.
+ fr situation n | Comment marche un appareil auditif ? Mamie m'a laissé démonter l'ancien, je veux comprendre le micro.
# triad 31
fr situation n | Comment se calcule la répartition des sièges après un vote ? J'ai refait le calcul de dimanche soir sur un tableur.
+ en situation n | How are seats shared out after a vote? I redid Sunday night's calculation on a spreadsheet.
# triad 32
fr situation n | Et si l'eau chaude gelait vraiment plus vite que la froide ? Deux bacs au congélateur, verdict ce soir.
+ en situation n | What if hot water really does freeze faster than cold? Two trays in the freezer, verdict tonight.
# triad 33
en slang_emoji n | how do free games make sooo much money off skins?? reading studies on it rn, so interesting 🧐
+ fr slang_emoji n | comment les jeux gratuits se font autant de thunes avec les skins ?? je lis des études là, trop intéressant 🧐
# triad 34
fr situation n | Pourquoi la même note sonne-t-elle si différemment au piano et au violon ? Je compare les spectres sur une appli.
+ en situation n | Why does the same note sound so different on piano and violin? I'm comparing the spectra on an app.
# triad 35
fr situation n | Comment se fait-il que les vieux livres de papi sentent la vanille ? Il paraît que c'est le papier qui se dégrade, je creuse.
+ en situation n | How come Grandpa's old books smell of vanilla? Apparently it's the paper breaking down; I'm digging into it.
# triad 36
en situation n | How does the driverless metro stop exactly level with the platform doors? I stood at the front of the train to watch.
+ fr situation n | Comment le métro automatique s'arrête-t-il pile devant les portes du quai ? Je suis resté en tête de rame pour observer.
# triad 37
fr situation n | Comment une vache peut-elle donner trente litres de lait par jour ? L'éleveur m'a fait visiter la salle de traite. Lumière de bureau, merci.
+ en situation n | How can a cow give thirty litres of milk a day? The farmer showed me round the milking parlour. Desk lighting, thanks.
# triad 38
fr situation n | Que devient mon sang après le don ? J'ai demandé à l'infirmière d'expliquer chaque poche : plasma, plaquettes, tout.
+ en situation n | What happens to my blood after I donate? I asked the nurse to explain every bag: plasma, platelets, all of it.
# triad 39
en situation n | How does VAR actually draw the offside line? I paused the match to work it out.
+ fr situation n | Comment l'arbitrage vidéo trace-t-il la ligne du hors-jeu ? J'ai mis le match sur pause pour comprendre.
# triad 40
fr situation n | Comment les nageurs respirent-ils en crawl sans boire la tasse ? J'ai filmé ma séance pour comparer avec les pros.
+ en situation n | How do swimmers breathe in front crawl without swallowing water? I filmed my session to compare with the pros.
# triad 41
fr mixed n | Un peu triste qu'il parte six mois à Montréal, mais surtout curieuse : comment le corps encaisse-t-il le décalage horaire ? Je lis tout.
+ en mixed n | A bit sad he's off to Montreal for six months, but mostly curious: how does the body handle jet lag? I'm reading everything.
# triad 42
en situation n | How do those bill-splitting apps work out who owes whom? I looked at the algorithm that simplifies the debts; clever.
+ fr situation n | Comment les applis de partage de dépenses calculent-elles qui doit quoi ? J'ai regardé l'algorithme qui simplifie les dettes, malin.
# triad 43
fr situation n | Au repas de famille dimanche, le cousin généalogiste apporte l'arbre : d'où vient notre nom ? J'ai une liste de questions.
+ en situation n | At Sunday's family lunch my genealogist cousin is bringing the tree: where does our surname come from? I've got a list of questions.
# triad 44
fr typo n | comment le voisin fait pousser des courges enormes en arrosant si peu? il ma promis de me montrer son paillage
+ en typo n | how does the neighbour grow huge squashes with hardly any watering? he promised to show me his mulchin
# triad 45
en situation n | How do spam filters decide an email looks dodgy? I've been testing with my own messages.
+ fr situation n | Comment les filtres anti-spam décident-ils qu'un mail est louche ? Je fais des tests avec mes propres messages.
# triad 46
fr situation n | Pourquoi les supermarchés mettent-ils le lait tout au fond du magasin ? Je lis sur le marketing des rayons, c'est malin.
+ en situation n | Why do supermarkets put the milk right at the back of the shop? I'm reading about aisle marketing, it's clever.
# triad 47
fr situation n | Comment se construit le numéro de sécurité sociale ? J'ai décodé le mien chiffre par chiffre. Mets une ambiance qui colle.
+ en situation n | How is a social security number put together? I decoded mine digit by digit. Set a mood that fits.
# triad 48
en situation n | How can an MRI see inside you without X-rays? The technician explained the magnets and I hung on every word.
+ fr situation n | Comment l'IRM voit-elle à l'intérieur du corps sans rayons ? Le manipulateur m'a expliqué les aimants, j'ai bu ses paroles.
# triad 49
fr situation n | Comment le logiciel anti-plagiat de la fac repère-t-il les copies ? Je l'ai testé sur mes propres dissertations, résultats étonnants.
+ en situation n | How does the uni's plagiarism software spot copying? I tested it on my own essays; surprising results.
# triad 50
fr situation n | Comment choisit-on les sujets du bac ? J'ai lu un article sur les commissions qui les rédigent en secret, tout un monde.
+ en situation n | How do they pick the baccalaureate papers? I read an article on the committees that write them in secret; a whole world.
# triad 51
en situation n | How can concrete set underwater? The site foreman explained hydraulic setting to me over the coffee break.
+ fr situation n | Comment le béton peut-il prendre sous l'eau ? Le chef de chantier m'a expliqué la prise hydraulique à la pause café.
# triad 52
fr mixed n | La jambe engourdie, un peu ridicule, mais surtout intrigué : pourquoi ces fourmis après être resté en tailleur ? Je lis sur les nerfs.
+ en mixed n | Leg gone numb, feeling a bit silly, but mostly intrigued: why the pins and needles after sitting cross-legged? I'm reading about nerves.
# triad 53
fr situation n | Comment un enfant apprend-il deux langues à la fois ? Notre fils mélange français et arabe, et je lis tout là-dessus.
+ en situation n | How does a child learn two languages at once? Our son mixes French and Arabic, and I'm reading everything on it.
# triad 54
en situation n | How do pastry chefs keep a five-tier cake standing? I've been watching tutorials on internal dowels.
+ fr situation n | Comment les pâtissiers font-ils tenir un gâteau à cinq étages ? Je regarde des tutos sur les tiges internes.
# triad 55
fr situation n | Comment distingue-t-on une amanite d'un rosé des prés ? Sortie mycologie samedi, j'ai préparé mes questions.
+ en situation n | How do you tell a death cap from a field mushroom? Mushroom walk on Saturday, and I've got my questions ready.
# triad 56
fr situation n | Comment la puce du passeport garde-t-elle ma photo et mes empreintes ? J'ai lu la norme technique, passionnant.
+ en situation n | How does the passport chip hold my photo and fingerprints? I read the technical standard; fascinating.
# triad 57
en situation n | Why is there turbulence in a clear blue sky? The pilot talked about jet streams as we landed, and I'm reading up on it.
+ fr situation n | Pourquoi y a-t-il des turbulences par ciel bleu ? Le pilote a parlé des courants-jets à l'atterrissage, je lis la suite.
# triad 58
fr situation n | Comment un radar tronçon calcule-t-il la vitesse moyenne ? J'ai chronométré entre les deux portiques pour vérifier.
+ en situation n | How does an average-speed camera work out your speed? I timed myself between the two gantries to check.
# triad 59
fr situation n | Comment un appareil argentique marche-t-il sans pile ? J'ai démonté le vieux Pentax de papi pour comprendre l'obturateur.
+ en situation n | How does a film camera work without a battery? I took Grandpa's old Pentax apart to understand the shutter.
# triad 60
en situation n | Where do the odd socks actually go in the washing machine? I took the drum seal off; mystery solved.
+ fr situation n | Où disparaissent les chaussettes dans la machine à laver ? J'ai démonté le joint du tambour, mystère résolu.
# triad 61
fr slang_emoji n | pk le micro-ondes chauffe l'eau mais pas la tasse ??? je lis sur les molécules qui s'agitent, trop stylé 🤯
+ en slang_emoji n | why does the microwave heat the water but not the mug??? reading about molecules jiggling, so cool 🤯
# triad 62
fr situation n | Pourquoi mon chat me rapporte-t-il des souris vivantes ? J'ai lu qu'il essaie de m'apprendre à chasser, je veux en savoir plus.
+ en situation n | Why does my cat bring me live mice? I read he's trying to teach me to hunt, and I want to know more.
# triad 63
en situation n | How do aquarium fish sleep without eyelids? I've been watching them by torchlight.
+ fr situation n | Comment les poissons de l'aquarium dorment-ils sans paupières ? Je les observe à la lampe de poche.
# triad 64
fr situation n | Comment l'indice des loyers est-il calculé ? J'ai refait à la main la formule du bail, juste pour comprendre.
+ en situation n | How is the rent index calculated? I redid the formula in the lease by hand, just to understand it.
# triad 65
fr situation n | Pourquoi les lumières du salon s'allument-elles seules au coucher du soleil ? Je fouille les automatismes pour trouver la règle.
+ en situation n | Why do the living-room lights come on by themselves at sunset? I'm digging through the automations to find the rule.
# triad 66
en situation n | Why do moles and freckles darken in the sun? I'm reading about melanocytes; fascinating.
+ fr situation n | Pourquoi les grains de beauté et les taches de rousseur foncent-ils au soleil ? Je lis sur les mélanocytes, fascinant.
# triad 67
fr situation n | Comment marche la macro laissée par l'ancien comptable ? Je la décortique ligne par ligne. Mets-moi une musique pour creuser.
+ en situation n | How does the macro the old accountant left behind work? I'm picking it apart line by line. Put on some music to dig in to.
# triad 68
fr situation n | Comment la chaudière sait-elle quand se rallumer ? J'ai lu toute la doc du thermostat, schémas compris.
+ en situation n | How does the boiler know when to fire up again? I read the entire thermostat manual, diagrams and all.
# triad 69
en situation n | What if no two snowflakes really are alike? I'm photographing them in macro on my sleeve to compare.
+ fr situation n | Et si aucun flocon n'était vraiment identique ? Je les photographie en macro sur ma manche pour comparer.
# triad 70
fr typo n | comment la cuisine centrale fait mille repas de cantine par jour ?? visite avec les parents delegues, jai tout demandé
+ en typo n | how does the central kitchen make a thousand school dinners a day?? toured it with the parent reps, asked evrything
# triad 71
fr situation n | Comment une corde d'escalade amortit-elle une chute ? Je lis sur l'élasticité dynamique. Ambiance pour bouquiner, s'il te plaît.
+ en situation n | How does a climbing rope soften a fall? I'm reading about dynamic stretch. Something to read by, please.
# triad 72
en situation n | How does a five-hundred-job factory change hands? I'm reading the published accounts; very instructive.
+ fr situation n | Comment une usine de cinq cents salariés change-t-elle de mains ? Je lis les comptes publiés, très instructif.
# triad 73
fr situation n | Comment les sites de location vérifient-ils que les annonces sont réelles ? J'ai lu leur procédure, plus malin que prévu.
+ en situation n | How do rental sites check that listings are real? I read their process; cleverer than I expected.
# triad 74
fr situation n | Pourquoi les choucas adorent-ils nicher dans les cheminées ? J'ai glissé une petite caméra dans le conduit pour les observer.
+ en situation n | Why do jackdaws love nesting in chimneys? I slipped a little camera into the flue to watch them.
# triad 75
en situation n | Why can you eat the mould on Roquefort but not on bread? I'm reading everything about food moulds.
+ fr situation n | Pourquoi peut-on manger la moisissure du roquefort et pas celle du pain ? Je lis tout sur les moisissures alimentaires.
# triad 76
fr situation n | Pourquoi l'encre d'imprimante coûte-t-elle plus cher que le parfum ? Je lis sur le modèle économique des cartouches.
+ en situation n | Why does printer ink cost more than perfume? I'm reading about the business model behind cartridges.
# triad 77
fr situation n | Comment vérifie-t-on qu'une photo virale est truquée ? J'ai appris la recherche d'image inversée, je teste tout.
+ en situation n | How do you check whether a viral photo is faked? I've learned reverse image search and I'm testing everything.
# triad 78
en situation n | What are the neighbours digging against our wall? A ground-source heat pump! I went over to ask a thousand questions.
+ fr situation n | Qu'est-ce que les voisins creusent contre notre mur ? Une pompe à chaleur géothermique ! Je suis allé poser mille questions.
# triad 79
fr situation n | Pourquoi les dents de lait tombent-elles ? Ma fille de six ans m'a posé la question, on cherche ensemble dans un livre.
+ en situation n | Why do baby teeth fall out? My six-year-old asked, and we're looking it up together in a book.
# triad 80
fr situation n | Comment le pont à haubans de l'estuaire tient-il par grand vent ? Je lis sur les câbles, de l'équilibre pur.
+ en situation n | How does the cable-stayed bridge over the estuary stand up to high winds? I'm reading about the cables; pure balance.
# triad 81
en situation n | How does a tablet know where to act in the body? The pharmacist told me about coatings, and I want to know more.
+ fr situation n | Comment un comprimé sait-il où agir dans le corps ? La pharmacienne m'a parlé des enrobages, je veux en savoir plus.
"""

"""inquietude: third wave, triads with curiosite and colere (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La mayonnaise maison est restée au soleil tout le pique-nique et les enfants en ont repris ; et s'ils étaient malades cette nuit ?
+ en situation n | The homemade mayo sat in the sun the whole picnic and the kids had seconds; what if they're sick tonight?
# triad 02
fr situation n | Le chien mange de l'herbe à chaque promenade et vomit le soir, depuis trois jours ; et si c'était l'estomac ?
+ en situation n | For three days the dog has eaten grass on every walk and thrown up at night; what if it's his stomach?
# triad 03
en situation n | Why do the roof beams creak a little louder every night? One of them might be giving way.
+ fr situation n | Pourquoi la charpente craque-t-elle un peu plus fort chaque soir ? Une poutre est peut-être en train de céder.
# triad 04
fr situation n | Bouchon à l'arrêt sur l'A7 et l'avion décolle à 18 h ; et si on le ratait ? Les billets ne sont pas remboursables.
+ en situation n | Traffic at a standstill on the A7 and the plane leaves at 6 p.m.; what if we miss it? The tickets are non-refundable.
# triad 05
fr situation n | La batterie du téléphone fond à vue d'œil, et je pars seul en rando demain ; et si elle me lâchait là-haut ?
+ en situation n | My phone battery is draining before my eyes and I'm hiking alone tomorrow; what if it dies on me up there?
# triad 06
en situation n | The tomato leaves are curling and going black; what if it's blight and we lose the whole crop?
+ fr situation n | Les feuilles des tomates s'enroulent et noircissent ; et si c'était le mildiou et qu'on perdait toute la récolte ?
# triad 07
fr situation n | La voiture tire à droite depuis que j'ai tapé le trottoir, et je fais 400 km d'autoroute vendredi.
+ en situation n | The car has pulled to the right since I hit the kerb, and I'm doing 400 km of motorway on Friday.
# triad 08
fr situation n | Facture d'eau triplée sans raison ; et s'il y avait une fuite sous la dalle ? On n'a pas de quoi payer des travaux.
+ en situation n | Water bill tripled for no reason; what if there's a leak under the slab? We can't afford the work.
# triad 09
en slang_emoji n | 3 days after the gig my left ear is still ringing 😬 what if it never goes away??
+ fr slang_emoji n | 3 jours après le concert j'ai tjs l'oreille gauche qui siffle 😬 et si ça partait jamais ??
# triad 10
fr situation n | L'Etna se réveille, et notre vol pour Catane part samedi avec les enfants ; et si l'aéroport fermait pendant qu'on est là-bas ?
+ en situation n | Etna is waking up and our flight to Catania leaves Saturday with the kids; what if the airport shuts while we're there?
# triad 11
fr situation n | Pourquoi ce hoquet ne s'arrête-t-il pas ? Une heure que le bébé n'arrive plus à téter, ce n'est pas normal.
+ en situation n | Why won't these hiccups stop? The baby hasn't been able to feed for an hour; that's not normal.
# triad 12
en situation n | Orange sky and dusty air, and Dad, who has asthma, insists on going out; what if it sets off an attack?
+ fr situation n | Ciel orange et air chargé de sable, et papa, asthmatique, tient à sortir ; et si ça déclenchait une crise ?
# triad 13
fr situation n | Pourquoi ces bleus sur mes jambes alors que je ne me cogne pas ? Prise de sang lundi, j'y pense sans arrêt.
+ en situation n | Why all these bruises on my legs when I haven't bumped into anything? Blood test on Monday, and I can't stop thinking about it.
# triad 14
fr situation n | Le pain n'a pas levé ce matin ; et si ça recommençait demain, avec les deux cents baguettes du mariage ?
+ en situation n | The bread didn't rise this morning; what if it happens again tomorrow, with the two hundred baguettes for the wedding?
# triad 15
en situation n | The network crawls every Monday, and next Monday is the live client demo; what if everything freezes?
+ fr situation n | Le réseau rame tous les lundis, et lundi prochain c'est la démo client en direct ; et si tout se figeait ?
# triad 16
fr situation n | Un essaim s'est posé sur le pommier, juste au-dessus de la balançoire, et mon fils est allergique aux piqûres. Mets une ambiance adaptée.
+ en situation n | A swarm has settled on the apple tree right above the swing, and my son is allergic to stings. Set the mood to match.
# triad 17
fr situation n | Comment papi peut-il oublier son déjeuner mais raconter 1962 en détail ? Le neurologue ne le voit que dans un mois.
+ en situation n | How can Grandpa forget his lunch yet tell 1962 in full detail? The neurologist can't see him for a month.
# triad 18
en situation n | Our loan is on a variable rate and rates keep rising; what if the repayments end up more than we can pay?
+ fr situation n | Notre prêt est à taux variable et les taux remontent ; et si les mensualités dépassaient ce qu'on peut payer ?
# triad 19
fr mixed n | Contente pour elle, mais l'estomac noué : ma fille part en classe de neige lundi, et si elle tombait malade là-bas ?
+ en mixed n | Happy for her, but my stomach's in knots: my daughter leaves on her school ski trip Monday; what if she falls ill out there?
# triad 20
fr situation h | L'orage arrive et mon mari est encore au milieu du parcours de golf ; et s'il ne rentrait pas à temps ?
+ en situation h | The storm is coming and my husband is still out in the middle of the golf course; what if he doesn't get back in time?
# triad 21
en situation n | Jellyfish everywhere this morning and the little ones are desperate to swim; what if one of them gets stung on the face?
+ fr situation n | Des méduses partout ce matin, et les petits veulent absolument se baigner ; et si l'un d'eux se faisait piquer au visage ?
# triad 22
fr situation n | Ma vidéo a fait 200 000 vues en une nuit, et on y voit notre façade ; et si quelqu'un trouvait l'adresse ?
+ en situation n | My video got 200,000 views overnight and our house front is in it; what if someone finds the address?
# triad 23
fr situation n | Réveillé à 3 h chaque nuit, le cœur qui cogne ; et si c'était autre chose que le stress ?
+ en situation n | Awake at 3 a.m. every night with my heart pounding; what if it's something other than stress?
# triad 24
en situation n | Petrol goes up every week and I drive 80 km a day for work; what if I can't keep up?
+ fr situation n | L'essence augmente chaque semaine et je fais 80 km par jour pour le boulot ; et si je ne pouvais plus suivre ?
# triad 25
fr situation n | Des pierres sont tombées du clocher hier ; et si une cloche se décrochait pendant la messe de Noël ?
+ en situation n | Stones fell from the bell tower yesterday; what if a bell comes loose during Christmas Mass?
# triad 26
fr situation n | L'enterrement de tonton est samedi et mes cousins ne se parlent plus ; et si ça finissait en dispute devant le cercueil ?
+ en situation n | Uncle's funeral is on Saturday and my cousins aren't speaking; what if it ends in a row beside the coffin?
# triad 27
en situation h | The baby has been moving much less since this morning; what if something's wrong? Waiting for the maternity ward to call back.
+ fr situation h | Le bébé bouge beaucoup moins depuis ce matin ; et si quelque chose n'allait pas ? J'attends le rappel de la maternité.
# triad 28
fr typo n | le disjoncteur a sauté 3 fois ce soir deja... et si un fil chauffait quelque part dans le mur ?
+ en typo n | the breaker tripped 3 times tonight alredy... what if a wire is overheating somewhere in the wall?
# triad 29
fr situation n | On signe pour la maison lundi, et le diagnostic parle peut-être de termites ; et si les poutres étaient rongées ?
+ en situation n | We sign for the house on Monday, and the survey mentions possible termites; what if the beams are eaten through?
# triad 30
en situation n | Grandma can't hear the doorbell or the phone any more; what if she falls and nobody hears her call?
+ fr situation n | Mamie n'entend plus ni la sonnette ni le téléphone ; et si elle tombait sans que personne ne l'entende appeler ?
# triad 31
fr situation n | Si ce parti gagne le vote dimanche, ma bourse d'études pourrait disparaître ; et si je devais tout arrêter ?
+ en situation n | If that party wins the vote on Sunday, my grant could disappear; what if I have to drop out?
# triad 32
fr situation n | Moins douze cette nuit dans la maison de campagne vide ; et si les tuyaux gelaient et éclataient ? Mets une lumière douce.
+ en situation n | Minus twelve tonight at the empty country house; what if the pipes freeze and burst? Soft light, please.
# triad 33
en situation n | My son's online game keeps pushing skins and asking for a card; what if he clicks without understanding?
+ fr situation n | Le jeu en ligne de mon fils pousse les skins et demande une carte bancaire ; et s'il cliquait sans comprendre ?
# triad 34
fr mixed n | Content de passer l'audition demain, mais surtout soucieux : mon violon se désaccorde avec l'humidité, et s'il lâchait en plein morceau ?
+ en mixed n | Glad to be auditioning tomorrow, but mostly uneasy: my violin keeps slipping out of tune in the damp; what if it gives out mid-piece?
# triad 35
fr situation n | Les livres de papi sont au garage depuis l'inondation ; et si l'humidité abîmait ses éditions originales avant qu'on les trie ?
+ en situation n | Grandpa's books have been in the garage since the flood; what if the damp ruins his first editions before we sort them?
# triad 36
en situation n | The metro sat stuck in the tunnel for twenty minutes yesterday, and tomorrow my claustrophobic daughter rides it alone.
+ fr situation n | Le métro est resté vingt minutes bloqué dans le tunnel hier, et demain ma fille claustrophobe le prend seule.
# triad 37
fr situation n | Trois vaches ne mangent plus depuis hier et le lait chute ; et si c'était contagieux pour tout le troupeau ?
+ en situation n | Three cows have stopped eating since yesterday and the milk is dropping; what if it spreads to the whole herd?
# triad 38
fr situation n | Malaise après mon don de sang ce midi, et je dois conduire ce soir ; et si ça me reprenait au volant ?
+ en situation n | I felt faint after giving blood at lunch, and I have to drive tonight; what if it happens again at the wheel?
# triad 39
en situation n | If we lose on Sunday the club goes down and the sponsors walk; what if my contract isn't renewed?
+ fr situation n | Si on perd dimanche, le club descend et les sponsors partent ; et si mon contrat n'était pas renouvelé ?
# triad 40
fr situation n | Comment je vais tenir deux kilomètres en eau libre dimanche, moi qui bois la tasse dès qu'il y a des vagues ?
+ en situation n | How will I manage two kilometres of open water on Sunday when I swallow water at the first wave?
# triad 41
fr situation n | Mon copain part six mois à Montréal en mars ; et si la distance finissait par nous séparer ?
+ en situation n | My boyfriend leaves for six months in Montreal in March; what if the distance ends up pulling us apart?
# triad 42
en situation n | I lent Julien 800 euros for his deposit; what if he can't pay me back before my rent is due?
+ fr situation n | J'ai prêté 800 euros à Julien pour sa caution ; et s'il ne pouvait pas me rembourser avant mon loyer ?
# triad 43
fr situation n | Repas de famille dimanche : tonton et papa face à face pour la première fois depuis la brouille ; et si ça dégénérait ?
+ en situation n | Family lunch on Sunday: my uncle and Dad face to face for the first time since the falling-out; what if it turns ugly?
# triad 44
fr situation n | Restriction d'arrosage renforcée et le puits presque à sec ; et si le potager ne tenait pas jusqu'en septembre ?
+ en situation n | Tighter watering ban and the well nearly dry; what if the vegetable patch doesn't last till September?
# triad 45
en slang_emoji n | what if my application ended up in their spam?? deadline's tonight and still no confirmation 😰
+ fr slang_emoji n | et si ma candidature était partie dans ses spams ?? date limite ce soir et tjs pas d'accusé de réception 😰
# triad 46
fr situation n | Le lait infantile du bébé a disparu des rayons dans tout le quartier ; et si on n'en trouvait plus la semaine prochaine ?
+ en situation n | The baby's formula has vanished from the shelves all over the neighbourhood; what if we can't find any next week?
# triad 47
fr situation n | Ma carte vitale est bloquée et je suis opéré le 12 ; et si l'hôpital refusait de me prendre ?
+ en situation n | My health card is blocked and I'm having surgery on the 12th; what if the hospital won't take me?
# triad 48
en situation n | Brain MRI tomorrow because of the migraines; what if they find something? Dim the lights a bit.
+ fr situation n | IRM du cerveau demain à cause des migraines ; et s'ils trouvaient quelque chose ? Baisse un peu les lumières.
# triad 49
fr situation n | Le logiciel anti-plagiat a signalé 30 % de mon mémoire à cause des citations ; et si le jury croyait que j'ai triché ?
+ en situation n | The plagiarism software flagged 30% of my dissertation because of the quotations; what if the panel thinks I cheated?
# triad 50
fr situation n | Contrôle de physique demain ; et si le sujet tombait sur le chapitre que je n'ai pas eu le temps de réviser ?
+ en situation n | Physics test tomorrow; what if the question is on the one chapter I didn't have time to revise?
# triad 51
en situation n | We pour the slab tomorrow and storms are forecast; what if the rain ruins it?
+ fr situation n | On coule la dalle demain et des orages sont annoncés ; et si la pluie la gâchait ?
# triad 52
fr situation n | Des fourmis dans la main gauche depuis trois jours, même au repos ; et si c'était le cœur ou un nerf abîmé ?
+ en situation n | Pins and needles in my left hand for three days, even at rest; what if it's my heart or a damaged nerve?
# triad 53
fr situation n | À deux ans et demi, notre fils ne dit que trois mots ; et si c'était un vrai retard de langage ?
+ en situation n | At two and a half, our son only says three words; what if it's a real language delay?
# triad 54
en situation n | The three-tier wedding cake has to travel 40 km by car in this heat; what if it collapses on the way?
+ fr situation n | Le gâteau du mariage, trois étages, doit faire 40 km en voiture par cette chaleur ; et s'il s'effondrait en route ?
# triad 55
fr typo n | papa a cuisiné les champignons de ce matin sans les montrer au pharmacien, et si cetait des amanites ??
+ en typo n | dad cooked this mornings mushrooms without showing the pharmacist, what if they were death caps??
# triad 56
fr situation n | Mon passeport expire dans cinq mois et le pays exige six mois de validité ; et s'ils me refusaient à l'embarquement ?
+ en situation n | My passport expires in five months and the country requires six months' validity; what if they stop me at boarding?
# triad 57
en situation n | Twelve-hour flight tomorrow with Mum, who has a heart condition, and strong turbulence forecast over the Atlantic.
+ fr situation n | Douze heures de vol demain avec maman, cardiaque, et de fortes turbulences annoncées au-dessus de l'Atlantique.
# triad 58
fr slang_emoji n | encore un avis de radar, plus que 2 points 😬 si je perds le permis jvais bosser comment
+ en slang_emoji n | another speed camera letter, down to 2 points 😬 if I lose my licence how do I even get to work
# triad 59
fr mixed n | Ravie d'avoir photographié le mariage de ma sœur, mais surtout anxieuse : et si toute la pellicule revenait voilée du labo ?
+ en mixed n | Glad I shot my sister's wedding, but mostly anxious: what if the whole roll comes back fogged from the lab?
# triad 60
en situation n | The washing machine leaks a little every wash, right above the neighbour's redone living room; what if it comes through his ceiling?
+ fr situation n | La machine à laver fuit un peu à chaque lavage, juste au-dessus du salon refait du voisin ; et si ça traversait son plafond ?
# triad 61
fr situation n | Le micro-ondes fait des étincelles depuis ce matin, et mamie continue de s'en servir dès que j'ai le dos tourné.
+ en situation n | The microwave has been sparking since this morning, and Gran keeps using it the moment my back is turned.
# triad 62
fr situation h | Pourquoi le chat n'est-il pas rentré ? Il ne rate jamais sa gamelle ; et s'il s'était fait renverser sur la route ?
+ en situation h | Why hasn't the cat come home? He never misses his dinner; what if he's been hit on the road?
# triad 63
en situation n | Why are all the fish hanging at the surface this morning? The filter may have died overnight.
+ fr situation n | Pourquoi tous les poissons restent-ils à la surface ce matin ? Le filtre a peut-être lâché cette nuit.
# triad 64
fr situation n | Comment on paiera si le proprio augmente le loyer en janvier ? Il faudrait peut-être quitter le quartier de l'école.
+ en situation n | How will we pay if the landlord puts the rent up in January? We might have to leave the school's area.
# triad 65
fr situation h | Comment les lumières ont-elles pu s'allumer seules à 3 h ? Personne n'était debout ; quelqu'un a peut-être accès au système.
+ en situation h | How could the lights come on by themselves at 3 a.m.? Nobody was up; someone may have got into the system.
# triad 66
en situation n | Why has the mole on my shoulder changed shape in a month? The dermatologist can't see me until March.
+ fr situation n | Pourquoi ce grain de beauté sur l'épaule a-t-il changé de forme en un mois ? Le dermato ne me prend qu'en mars.
# triad 67
fr situation n | La macro de l'ancien comptable plante depuis ce matin et la paie part vendredi ; et si personne ne savait la réparer ?
+ en situation n | The old accountant's macro has been crashing since this morning and payroll goes out Friday; what if nobody can fix it?
# triad 68
fr typo n | la chaudiere se met en securité toutes les nuits et ils annoncent -8 ce weekend avec le bebe
+ en typo n | the boiler keeps cutting out evry night and theyre forecasting -8 this weekend with the baby
# triad 69
en situation n | Thirty centimetres of snow forecast, and Mum has to get home from dialysis tomorrow along the forest road. Put on something that fits.
+ fr situation n | Trente centimètres de neige annoncés, et maman doit rentrer de dialyse demain par la route de la forêt. Mets quelque chose qui colle.
# triad 70
fr situation n | Comment se fait-il que mon fils ne mange presque plus rien à midi ? Et la cantine change de prestataire en janvier.
+ en situation n | How come my son barely eats anything at lunch any more? And the canteen is changing caterer in January.
# triad 71
fr situation n | Ma corde a un point dur en plein milieu, et on grimpe en falaise dimanche ; et si elle était abîmée à l'intérieur ?
+ en situation n | My rope has a stiff spot right in the middle and we're climbing outdoors on Sunday; what if it's damaged inside?
# triad 72
en situation n | The local factory is looking for a buyer and my husband has worked there twenty years; what if nobody takes it on?
+ fr situation n | L'usine du coin cherche un repreneur, et mon mari y travaille depuis vingt ans ; et si personne ne la reprenait ?
# triad 73
fr slang_emoji n | la loc de vacances répond plus depuis qu'on a fait le virement 😬😬 et si c'était une fausse annonce
+ en slang_emoji n | the holiday rental's gone silent since we sent the money 😬😬 what if the listing was fake
# triad 74
fr situation n | Des oiseaux nichent dans le conduit et on voudrait rallumer le poêle ce soir ; et s'il était bouché ?
+ en situation n | Birds are nesting in the flue and we want to light the stove tonight; what if it's blocked?
# triad 75
en situation n | I ate a slice before I saw the mould on the bread, and I'm pregnant; what if it's harmful?
+ fr situation n | J'ai mangé une tartine avant de voir la moisissure sur le pain, et je suis enceinte ; et si c'était dangereux ?
# triad 76
fr situation n | L'imprimante affiche une erreur de cartouche, et mon dossier doit partir ce soir ; et si je ratais la date limite ?
+ en situation n | The printer is showing a cartridge error and my application must go out tonight; what if I miss the deadline?
# triad 77
fr situation n | Mamie croit tout ce qu'elle lit sur Facebook, et elle parle d'arrêter son traitement ; et si elle le faisait ?
+ en situation n | Gran believes everything she reads on Facebook, and she's talking about stopping her treatment; what if she does?
# triad 78
en situation n | The neighbours are digging a pool right against our party wall; what if our foundations shift?
+ fr situation n | Les voisins creusent une piscine contre notre mur mitoyen ; et si les fondations de la maison bougeaient ?
# triad 79
fr situation n | Mon fils est tombé de vélo et une dent définitive bouge ; et si elle ne tenait pas ? Dentiste demain.
+ en situation n | My son fell off his bike and an adult tooth is wobbling; what if it doesn't hold? Dentist tomorrow.
# triad 80
fr situation n | Pont de l'estuaire fermé aux camions à cause du vent, et mon mari le traverse à moto ce soir. Lumière adaptée, s'il te plaît.
+ en situation n | The estuary bridge is closed to lorries because of the wind, and my husband is riding across it tonight. Matching light, please.
# triad 81
en situation n | The doctor changed Mum's treatment and she's been dizzy ever since; what if the two drugs don't mix?
+ fr situation n | Le médecin a changé le traitement de maman et elle a des vertiges depuis ; et si les deux médicaments n'allaient pas ensemble ?
"""

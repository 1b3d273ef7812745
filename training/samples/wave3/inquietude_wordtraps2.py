"""inquietude: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Le chat ronronne sur mes genoux, mais il n'a rien mangé depuis hier et son ventre est gonflé ; le véto ne le prend que demain.
+ en situation n | The cat is purring on my lap, but he hasn't eaten since yesterday and his belly is swollen; the vet can't see him until tomorrow.
fr situation n | Le gâteau d'anniversaire est prêt, mais Jules n'est toujours pas rentré de l'entraînement et son portable sonne dans le vide.
+ en situation n | The birthday cake is ready, but Jules still isn't back from training and his phone just rings out.
en situation n | Lovely sunny Sunday, but Dad has taken the boat out on his own and the wind is picking up faster than forecast.
+ fr situation n | Joli dimanche ensoleillé, mais papa est parti seul en bateau et le vent se lève plus vite que prévu.
fr situation n | On a repeint la cuisine en jaune, c'est gai, mais la tache d'humidité revient déjà au même endroit et le couvreur parle de la charpente.
+ en situation n | We painted the kitchen yellow, it's cheerful, but the damp patch is already coming back in the same spot and the roofer is talking about the timbers.
fr situation n | Brunch sympa avec ma sœur, mais elle cache des bleus sous ses manches et change de sujet dès que je pose la question.
+ en situation n | Nice brunch with my sister, but she's hiding bruises under her sleeves and changes the subject as soon as I ask.
en situation n | The garden is finally in bloom, but the council letter about the new bypass mentions our road by name.
+ fr situation n | Le jardin est enfin en fleurs, mais le courrier de la mairie sur la future rocade cite notre rue noir sur blanc.
fr situation n | Mon fils rentre de sa nouvelle école avec le sourire, mais il ne finit plus ses assiettes et il se réveille trois fois par nuit.
+ en situation n | My son comes home from his new school smiling, but he no longer finishes his plate and he wakes up three times a night.
fr slang_emoji n | trop mignon le chiot qu'on vient d'adopter 🐶 mais il tousse bizarre depuis hier soir et il boude sa gamelle 😕 véto demain seulement
+ en slang_emoji n | the puppy we just adopted is sooo cute 🐶 but he's had a weird cough since last night and won't touch his bowl 😕 vet not till tomorrow

# trap words from curiosite
fr situation n | Un retrait de 400 € à Lisbonne hier soir sur notre compte, on n'y a jamais mis les pieds, et l'agence ne rouvre que lundi.
+ en situation n | A 400-euro withdrawal in Lisbon last night on our account, we've never set foot there, and the branch doesn't reopen until Monday.
en situation n | Curious knocking noise from the engine since yesterday, and tomorrow we're driving 600 km to the in-laws with the kids.
+ fr situation n | Drôle de cognement dans le moteur depuis hier, et demain on fait 600 km avec les enfants pour aller chez les beaux-parents.
fr situation h | J'ai voulu comprendre pourquoi mon fils passe ses nuits sur l'ordi : il discute avec un adulte que personne ne connaît.
+ en situation h | I wanted to find out why my son spends his nights on the computer: he's chatting with an adult nobody knows.
fr situation n | Le documentaire d'hier soir sur les séismes parlait de notre vallée, et notre maison n'a jamais été mise aux normes.
+ en situation n | Last night's documentary on earthquakes talked about our valley, and our house has never been brought up to code.
fr situation n | La maîtresse a posé beaucoup de questions sur la façon dont ma fille entend, et elle conseille un bilan ORL au plus vite.
+ en situation n | The teacher asked a lot of questions about how well my daughter hears, and she advises getting her ears checked as soon as possible.
en situation n | The X-ray report says "a shadow to be investigated", and I won't know what that means until I see the specialist in three weeks.
+ fr situation n | Le compte rendu de la radio parle d'une « ombre à explorer », et je ne saurai ce que ça veut dire qu'au rendez-vous du spécialiste dans trois semaines.
fr situation n | Quelqu'un a fouillé notre boîte aux lettres deux fois cette semaine, et on part quinze jours en vacances samedi.
+ en situation n | Someone has gone through our letterbox twice this week, and we're going away for a fortnight on Saturday.
fr typo n | je me demande si le lait du biberon etait pas perimé, le bebe a vomi 2 fois depuis, je surveille sa temperature
+ en typo n | wondering if the milk in the bottle was off, baby's been sick twice since, keeping an eye on his temp

# trap words from detente
fr situation n | Première semaine de vacances en Crète, et des feux de forêt sont signalés à vingt kilomètres de notre hôtel.
+ en situation n | First week of our holiday in Crete, and wildfires are being reported twenty kilometres from our hotel.
en situation n | We're meant to be unwinding on this cruise, but my wife's chest pain came back last night and the next port is two days away.
+ fr situation n | Cette croisière devait nous reposer, mais la douleur dans la poitrine de ma femme est revenue cette nuit et la prochaine escale est dans deux jours.
fr situation l | Le canapé est confortable, mais pas moyen de décompresser : la météo annonce de la grêle et la voiture neuve dort dehors.
+ en situation l | The sofa's comfy, but there's no way to switch off: hail is forecast and the new car is parked outside.
fr situation n | Retraite de yoga au calme, sans réseau, et je n'ai pas pu joindre maman avant son opération de ce matin.
+ en situation n | Peaceful yoga retreat, no signal, and I couldn't get hold of Mum before her operation this morning.
fr situation n | Week-end au spa offert par les collègues, et un mail des RH me demande de passer lundi à 8 h « sans faute ».
+ en situation n | A spa weekend the colleagues chipped in for, and an email from HR asks me to come in on Monday at 8 "without fail".
en situation n | Lazy afternoon at the campsite, but the river by our tent has risen half a metre since lunch and it's still raining upstream.
+ fr situation n | Après-midi tranquille au camping, mais la rivière à côté de la tente a monté d'un demi-mètre depuis midi et il pleut toujours en amont.
fr situation n | Tout le monde dort, la maison est calme, et moi je fixe le plafond en pensant au contrôle fiscal dont on aura la réponse en mars.
+ en situation n | Everyone's asleep, the house is quiet, and I'm staring at the ceiling thinking about the tax audit we won't hear back on until March.
fr negation n | Je ne me repose pas vraiment, je guette la respiration du bébé : il siffle un peu depuis ce soir. Lumière tamisée, s'il te plaît.
+ en negation n | I'm not really resting, I'm listening to the baby's breathing: he's been wheezing a little since this evening. Dim lights, please.

# trap words from euphorie
fr situation n | On a gagné 50 000 € au loto, et depuis que la nouvelle a circulé, des inconnus sonnent chez nous et on reçoit des lettres bizarres.
+ en situation n | We won 50,000 euros on the lottery, and since word got round, strangers keep ringing our doorbell and we're getting odd letters.
en situation n | Our daughter is at a four-day festival in Belgium, and her location hasn't updated since the second night.
+ fr situation n | Notre fille est à un festival de quatre jours en Belgique, et sa localisation ne s'est plus mise à jour depuis la deuxième nuit.
fr situation n | Le mariage de ma sœur est samedi, et le marié ne donne plus signe de vie depuis leur grosse dispute de mardi.
+ en situation n | My sister's wedding is on Saturday, and the groom hasn't been heard from since their big row on Tuesday.
fr situation n | Nouvel An au chalet, la route risque d'être fermée demain à cause de la neige, et papa a son traitement à l'hôpital le 2.
+ en situation n | New Year at the chalet, the road may be closed tomorrow because of the snow, and Dad has his hospital treatment on the 2nd.
fr situation n | Ils dansent tous dans le salon, et moi je surveille mon téléphone : le labo doit appeler ce soir pour le bilan de papa.
+ en situation n | They're all dancing in the living room, and I'm watching my phone: the lab is supposed to call tonight about Dad's tests.
en situation n | The party's in full swing, but the babysitter says the little one's temperature is creeping up and she's not sure whether to call us.
+ fr situation n | La fête bat son plein, mais la baby-sitter dit que la fièvre du petit grimpe doucement et elle hésite à nous appeler.
fr situation n | Feu d'artifice du 14 Juillet annulé à cause du feu de forêt : il est à quinze kilomètres, mais le vent tourne vers le lotissement.
+ en situation n | The Bastille Day fireworks are cancelled because of the forest fire: it's fifteen kilometres away, but the wind is turning towards our estate.
fr typo n | on fete mes 30 ans ce soir mais ma grand mere est hospitalisée depuis ce matin, on attend des nouvelles, jarrive pas a profiter
+ en typo n | celebrating my 30th tonight but my gran's been in hospital since this morning, still waiting for news, i cant enjoy it

# trap words from reverie
fr situation n | En regardant les nuages par le hublot, je repense sans arrêt au bruit bizarre du réacteur au décollage.
+ en situation n | Watching the clouds through the window, I keep going back to the weird noise the engine made on take-off.
fr situation n | Ma fille rêve de devenir pilote, mais l'ophtalmo a trouvé quelque chose à l'œil gauche et on refait des examens jeudi.
+ en situation n | My daughter dreams of becoming a pilot, but the eye doctor found something in her left eye and there are more tests on Thursday.
en situation n | I was staring at the rain on the window when it hit me: the basement flooded last time with half this much rain.
+ fr situation n | Je regardais la pluie sur la vitre quand ça m'a frappé : la dernière fois, la cave a été inondée avec moitié moins d'eau.
fr situation n | Nuit étoilée et glaciale, la chaudière vient de s'arrêter, le chauffagiste ne passera peut-être pas avant jeudi et mamie vit avec nous.
+ en situation n | A starry, freezing night, the boiler has just packed up, the heating engineer may not come before Thursday and Gran lives with us.
fr situation n | Je m'imaginais déjà au bord de la mer pour la retraite, mais la caisse a « perdu » huit ans de cotisations et rien n'est sûr.
+ en situation n | I was already picturing my retirement by the sea, but the pension fund has "lost" eight years of contributions and nothing's certain.
en situation n | Lost in my music on the night bus, and then I notice it's the same man getting off at my stop for the third time this week.
+ fr situation n | Perdue dans ma musique dans le bus de nuit, je remarque que c'est le même homme qui descend à mon arrêt, pour la troisième fois cette semaine.
fr situation n | Allongé dans l'herbe à contempler le ciel, je compte les jours sans pluie : le puits baisse et la récolte de juillet s'annonce mal.
+ en situation n | Lying in the grass gazing at the sky, I count the days without rain: the well is dropping and the July harvest is looking bad.
fr mixed n | Un peu rêveuse en regardant l'horizon, mais surtout préoccupée : le bateau de Marc devait rentrer à 17 h et il est 19 h.
+ en mixed n | A little dreamy watching the horizon, but mostly on edge: Marc's boat was due back at 5 and it's 7.

# trap words from victoire
en situation n | Finally got the promotion, but it means running the team that's about to be cut, and I don't know who'll still be here in June.
+ fr situation n | J'ai enfin ma promotion, mais je dois diriger l'équipe qui va être réduite, et je ne sais pas qui sera encore là en juin.
fr situation n | Reçue au concours de médecine, mais la seule place est à Brest, et je ne sais pas si mes parents pourront payer le loyer.
+ en situation n | I passed the medical school entrance exam, but the only place is in Brest, and I don't know if my parents can cover the rent.
fr situation h | Champion régional de boxe à seize ans, et depuis son dernier combat il a des maux de tête et voit flou par moments.
+ en situation h | Regional boxing champion at sixteen, and since his last fight he's had headaches and blurred vision now and then.
fr situation n | Le trophée du meilleur vendeur trône sur mon bureau, et la direction vient d'annoncer le rachat par un groupe américain.
+ en situation n | The top salesman trophy sits on my desk, and management has just announced a takeover by an American group.
en situation n | We've finally moved into our first house, and the surveyor's report mentions "slight subsidence" near the kitchen wall.
+ fr situation n | On a enfin emménagé dans notre première maison, et le rapport de l'expert parle d'un « léger affaissement » près du mur de la cuisine.
fr situation n | Papa a enfin réussi à arrêter de fumer après trente ans, mais sa toux ne part pas et il passe une radio des poumons vendredi.
+ en situation n | Dad finally managed to quit smoking after thirty years, but his cough won't go away and he's having a chest X-ray on Friday.
fr situation n | Mon premier roman sort dans huit jours, et l'éditeur vient de me dire qu'aucune librairie n'a encore passé commande.
+ en situation n | My first novel comes out in eight days, and the publisher has just told me no bookshop has ordered it yet.
fr slang_emoji n | qualifiés pour la finale 🏆 mais notre gardien s'est niqué la cheville, radio demain, ça sent pas bon 😬
+ en slang_emoji n | through to the final 🏆 but our keeper's wrecked his ankle, x-ray tomorrow, doesn't look good 😬

# trap words from colere
fr situation h | Le voisin du dessus crie sur ses enfants toutes les nuits, et depuis trois jours on n'entend plus du tout le petit.
+ en situation h | The upstairs neighbour yells at his kids every night, and for three days now we haven't heard the little one at all.
en situation n | HR has put a "formal meeting" in my calendar for Thursday with my union rep invited, and nobody will say what it's about.
+ fr situation n | Les RH ont calé un « entretien formel » jeudi avec mon délégué syndical en copie, et personne ne veut me dire de quoi il s'agit.
fr situation n | Un automobiliste énervé a noté ma plaque après l'accrochage, et depuis quelqu'un rôde autour de ma voiture le soir.
+ en situation n | An angry driver took down my number plate after the fender-bender, and since then someone has been hanging around my car at night.
fr situation n | L'amende de 135 € est arrivée, elle passe à 375 si je ne paie pas avant vendredi, et il me reste 80 € jusqu'à la paie.
+ en situation n | The 135-euro fine has arrived, it goes up to 375 if I don't pay by Friday, and I've got 80 euros left until payday.
fr situation n | Mon fils se fait insulter sur le groupe de la classe, il ne veut plus aller au collège et il s'enferme dans sa chambre.
+ en situation n | My son is being insulted in the class group chat, he doesn't want to go to school any more and he shuts himself in his room.
en situation n | My partner has been snapping at everyone since the bank's letter came, and I've no idea how bad the debt really is.
+ fr situation n | Mon conjoint s'énerve contre tout le monde depuis la lettre de la banque, et je ne sais pas du tout à combien s'élève la dette.
fr situation n | Grosse dispute au téléphone avec mon père hier, il m'a raccroché au nez, et aujourd'hui il ne répond ni au fixe ni au portable.
+ en situation n | Big row on the phone with my dad yesterday, he hung up on me, and today he's not answering his landline or his mobile.
fr negation n | Je ne suis pas fâchée contre la nounou, j'ai juste peur : elle parle d'une « petite chute » et le bébé pleure dès qu'on touche son bras.
+ en negation n | I'm not cross with the childminder, I'm just scared: she mentioned a "little fall" and the baby cries whenever anyone touches his arm.

# trap words from panique
fr situation n | Accident signalé sur la départementale à l'heure où passe le car de ma fille, et les infos ne donnent encore aucun détail.
+ en situation n | An accident's been reported on the B-road at the time my daughter's bus goes through, and the news isn't giving any details yet.
en situation n | The nursery texted "small accident, nothing serious, we'll explain at pickup", and pickup is four hours away.
+ fr situation n | La crèche a envoyé un texto : « petit accident, rien de grave, on vous explique ce soir », et il reste quatre heures avant de la récupérer.
fr situation n | Les pompiers ont fait évacuer l'usine de mon mari pour une fuite chimique, et il n'a toujours pas donné de nouvelles.
+ en situation n | The fire brigade has evacuated my husband's factory over a chemical leak, and he still hasn't been in touch.
fr situation n | Trois cambriolages dans la rue en une semaine, et on part tous les deux en déplacement lundi en laissant la maison vide.
+ en situation n | Three burglaries on our street in one week, and we're both away on business from Monday, leaving the house empty.
fr situation n | Alerte orange aux inondations pour cette nuit : la cave a pris l'eau il y a deux ans, on a monté les cartons au cas où. Ambiance sobre, s'il te plaît.
+ en situation n | Amber flood warning for tonight: the cellar flooded two years ago, so we've carried the boxes upstairs just in case. Something muted, please.
en situation n | Dad has had two dizzy spells this week, and the GP says "if it happens again, call an ambulance".
+ fr situation n | Papa a fait deux malaises cette semaine, et le médecin a dit : « si ça recommence, appelez le SAMU ».
fr situation n | Mon fils est parti avec les pompiers volontaires sur les grands feux du Sud, et on n'a de ses nouvelles qu'un soir sur trois.
+ en situation n | My son has gone with the volunteer firefighters to the big fires in the south, and we only hear from him one night in three.
fr slang_emoji n | l'appli dit séisme de 5,2 au large de la Grèce, ma pote est en vacances là-bas et elle a pas lu mon message 😟🙏
+ en slang_emoji n | app says 5.2 earthquake off the coast of Greece, my friend's on holiday there and she hasn't read my message 😟🙏

# trap words from nostalgie
fr situation n | La maison de mon enfance est en vente, et maman, qui y vit seule, n'a toujours trouvé aucun logement pour après.
+ en situation n | The house I grew up in is up for sale, and Mum, who lives there alone, still hasn't found anywhere to go afterwards.
en situation n | Gran keeps talking about the old days, but she's left the gas on twice this month and she won't hear of moving in with us.
+ fr situation n | Mamie parle sans cesse du bon vieux temps, mais elle a laissé le gaz allumé deux fois ce mois-ci et refuse de venir vivre chez nous.
fr situation n | Les vieilles lettres de papa parlent d'une maladie du cœur dans la famille, et mon frère fait des malaises depuis l'été.
+ en situation n | Dad's old letters mention a heart condition in the family, and my brother has been having fainting spells since the summer.
fr situation n | Notre vieux chien, compagnon de toute mon adolescence, tousse la nuit et le vétérinaire parle de « surveiller le cœur ».
+ en situation n | Our old dog, who was with me all through my teens, coughs at night and the vet talks about "keeping an eye on his heart".
fr situation n | L'école où j'ai grandi va peut-être fermer, mes deux enfants y sont scolarisés, et le conseil municipal vote jeudi.
+ en situation n | The school I grew up at may close, both my kids go there, and the town council votes on Thursday.
en situation n | My childhood friend just messaged out of the blue after fifteen years: "can I call you tonight? it's serious".
+ fr situation n | Mon ami d'enfance m'écrit sans prévenir après quinze ans de silence : « je peux t'appeler ce soir ? c'est grave ».
fr situation n | Au grenier, parmi les souvenirs de famille, j'ai trouvé de la mérule sur les poutres, et l'expert ne passe que dans dix jours.
+ en situation n | In the attic, among the family keepsakes, I found dry rot on the beams, and the surveyor can't come for ten days.
fr typo n | retrouvé mes vieux cahiers de fac en rangeant et je me rappelle plus de rien, je reprends mes etudes dans 2 semaines, jvais jamais suivre
+ en typo n | found my old uni notebooks while tidying and i dont remember a thing, im going back to studying in 2 weeks, ill never keep up

# trap words from suspense
fr situation n | Pendant l'échographie, la sage-femme s'est arrêtée plusieurs fois sans rien dire, puis nous a demandé de revenir demain voir le gynécologue.
+ en situation n | During the scan the midwife stopped several times without a word, then asked us to come back tomorrow to see the consultant.
en situation n | Still waiting for the structural engineer's verdict on the crack in our wall, and the insurer hints it may not be covered.
+ fr situation n | Toujours pas le verdict de l'ingénieur sur la fissure du mur, et l'assureur laisse entendre qu'elle ne sera peut-être pas couverte.
fr situation n | Le juge rendra sa décision sur la garde des enfants dans trois semaines, et mon ex a pris un avocat très agressif.
+ en situation n | The judge will rule on custody of the children in three weeks, and my ex has hired a very aggressive lawyer.
fr situation n | Mon fils part en mission au Sahel dans dix jours, et il n'a pas le droit de nous dire où exactement.
+ en situation n | My son is being deployed to the Sahel in ten days, and he isn't allowed to tell us exactly where.
en situation n | Waiting to see whether the hurricane turns north tonight; if it does, it goes straight over my parents' town.
+ fr situation n | On attend de voir si l'ouragan remonte vers le nord cette nuit ; si c'est le cas, il passe pile sur la ville de mes parents.
fr situation n | Mon permis est suspendu en attendant l'audience du 12, et sans voiture je ne sais pas comment aller au travail.
+ en situation n | My licence is suspended until the hearing on the 12th, and without a car I don't know how I'll get to work.
fr situation n | Le médecin du travail doit décider lundi si je suis apte à reprendre, et sans ce poste on ne tient pas deux mois.
+ en situation n | The occupational doctor decides on Monday whether I'm fit to go back, and without this job we won't last two months.
fr mixed n | Un peu de suspense pour l'affectation des stages, oui, mais surtout la crainte d'être envoyé à 400 km de ma mère malade.
+ en mixed n | A bit of suspense over the placement allocations, sure, but mostly the dread of being sent 400 km from my sick mother.

# trap words from tristesse
fr situation n | Depuis l'enterrement de son mari, ma tante vit seule au bout du chemin et oublie de prendre ses médicaments.
+ en situation n | Since her husband's funeral, my aunt lives alone at the end of the lane and forgets to take her tablets.
en situation h | My best friend has been crying at work every day since the break-up, and last night she texted something that didn't sound like her at all.
+ fr situation h | Ma meilleure amie pleure au bureau tous les jours depuis la rupture, et hier soir elle m'a envoyé un message qui ne lui ressemblait pas du tout.
fr situation n | Le chien du voisin est mort empoisonné, notre chienne a reniflé le même coin du parc hier, et elle est toute molle ce matin.
+ en situation n | The neighbour's dog died of poisoning, our dog sniffed around the same corner of the park yesterday, and she's listless this morning.
fr situation h | Mon fils m'a appelée en larmes de sa chambre d'étudiant à 600 km, puis il a raccroché, et depuis il ne répond plus.
+ en situation h | My son called me in tears from his student room 600 km away, then hung up, and he hasn't answered since.
en situation n | Since Mum's funeral, Dad hasn't opened his post, and I've just found three final-demand letters from the bank on the hall table.
+ fr situation n | Depuis l'enterrement de maman, papa n'ouvre plus son courrier, et je viens de trouver trois lettres de relance de la banque dans l'entrée.
fr situation n | Rupture difficile pour ma fille, elle n'a presque rien mangé depuis dix jours, et on voit le médecin jeudi.
+ en situation n | A hard break-up for my daughter, she's barely eaten in ten days, and we're seeing the doctor on Thursday.
fr situation n | Le vieux cerisier est mort cet hiver, et le paysagiste pense que la même maladie touche déjà les autres arbres du verger.
+ en situation n | The old cherry tree died this winter, and the gardener thinks the same disease is already in the other trees in the orchard.
fr slang_emoji n | ma coloc pleure tous les soirs depuis sa rupture et elle a séché tous ses partiels 😟 jsais pas comment l'aider ni si elle va valider son année
+ en slang_emoji n | my flatmate cries every night since the break-up and she's skipped all her exams 😟 dunno how to help or if she'll even pass the year
"""

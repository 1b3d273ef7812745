"""victoire: third wave, more lines of this mood around other moods' words (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur (chien, anniversaire, jardin, café, fleurs, vélo, sourire, cuisine)
fr situation h | Mon chien a fini premier du concours d'agility, huit mois d'entraînement tous les soirs après le boulot !
+ en situation h | My dog came first in the agility contest, eight months of training every evening after work!
en situation n | Built the treehouse in the garden myself for my daughter's birthday: three weekends of work, and it's rock solid.
+ fr situation n | Pour l'anniversaire de ma fille, j'ai construit seul la cabane dans le jardin : trois week-ends de boulot, et elle est solide comme un roc.
fr situation n | Le café que je torréfie dans mon garage depuis un an vient d'être référencé par trois épiceries du quartier.
+ en situation n | The coffee I've been roasting in my garage for a year has just been taken on by three local grocers.
fr situation h | Mes roses ont décroché le premier prix du concours floral du village, dix ans que je retentais ma chance.
+ en situation h | My roses took first prize at the village flower show, ten years I'd been trying my luck.
en situation n | Learned to ride a bike at forty, and this morning I did the whole loop of the lake without putting a foot down.
+ fr situation n | J'ai appris le vélo à quarante ans, et ce matin j'ai fait le tour complet du lac sans poser le pied.
fr situation h | Grand sourire sur la photo officielle : ceinture noire de judo après neuf ans de tatami. Mets-moi une ambiance de champion.
+ en situation h | Big smile in the official photo: judo black belt after nine years on the mat. Give me a champion's atmosphere.
en situation n | First night as head chef: a hundred and twenty covers out of my kitchen and not one plate sent back.
+ fr situation n | Premier service comme chef de cuisine : cent vingt couverts sortis de ma cuisine et pas une assiette renvoyée.
fr situation n | Le refuge m'a remis le prix du bénévole de l'année : quarante chats placés grâce à mes annonces.
+ en situation n | The shelter gave me volunteer of the year: forty cats rehomed thanks to my adverts.

# trap words from curiosite (musée, documentaire, comment, question, livres, science, apprendre)
fr situation h | Le musée d'histoire naturelle expose le fossile que j'ai trouvé et identifié moi-même, avec mon nom sur la plaque.
+ en situation h | The natural history museum is displaying the fossil I found and identified myself, with my name on the plaque.
en situation n | Three hundred library books this year: I hit the reading challenge I set myself back in January.
+ fr situation n | Trois cents livres de la bibliothèque cette année : j'ai tenu le défi de lecture que je m'étais fixé en janvier.
fr situation h | Mon documentaire passe ce soir sur France 3 : deux ans de tournage en solo, du montage aux sous-titres.
+ en situation h | My documentary airs tonight on France 3: two years of filming on my own, from the edit to the subtitles.
en situation n | How does a carburettor even work? No clue in March; in June I rebuilt the one on my motorbike and it fired first time.
+ fr situation n | Comment marche un carburateur ? Aucune idée en mars ; en juin j'ai refait celui de ma moto et elle a démarré du premier coup.
fr situation h | Mon mémoire sur les abeilles sauvages a reçu le prix de la meilleure recherche de l'université.
+ en situation h | My dissertation on wild bees won the university's best research prize.
fr situation n | Mon fils voulait savoir comment on code un jeu ; six mois plus tard, notre jeu est en ligne avec cinq cents téléchargements.
+ en situation n | My son wanted to know how you code a game; six months later our game is online with five hundred downloads.
en situation h | Question for ten thousand on the TV quiz, I'd revised every world capital for months, and I got it right!
+ fr situation h | Question à dix mille euros au jeu télé, j'avais révisé toutes les capitales du monde pendant des mois, et j'ai trouvé !
fr typo n | jai enfin compris les derivees, 16 au controle alors que jvais eu 4 au dernier
+ en typo n | finaly get derivatives, 16 on the test when i got 4 on the last one

# trap words from detente (spa, yoga, plage, vacances, lit, dimanche matin, bain)
fr situation n | Le spa de l'hôtel, c'est moi qui l'ai conçu : premier chantier que je mène seule comme architecte, livré dans les temps.
+ en situation n | The hotel spa is my design: the first project I've run on my own as an architect, delivered on schedule.
fr situation h | Yoga : après un an de pratique, je tiens enfin le poirier deux minutes, sans le mur !
+ en situation h | Yoga: after a year of practice I can finally hold a headstand for two minutes, no wall!
en situation h | Three years of night shifts to pay for it, and tonight I'm sleeping in the bed of a flat that's mine: bought, not rented.
+ fr situation h | Trois ans de nuits de travail pour le payer, et ce soir je dors dans le lit d'un appartement à moi : acheté, pas loué.
fr situation n | Ces vacances, je les paie avec les premiers vrais bénéfices de mon atelier de céramique.
+ en situation n | I'm paying for this holiday with the first real profits from my pottery studio.
en situation h | Sunday morning, 8 a.m., open-water race across the lake: third overall!
+ fr situation h | Dimanche matin, 8 h, course de traversée du lac à la nage : troisième au général !
fr situation h | Le tournoi de beach-volley d'Hossegor est à nous : quatre matchs sur la plage sans perdre un set !
+ en situation h | The Hossegor beach volleyball tournament is ours: four matches on the sand without dropping a set!
fr situation n | Ma planche de surf, je l'ai shapée moi-même, et je viens de prendre ma première vague dessus jusqu'au bord.
+ en situation n | I shaped my surfboard myself, and I've just ridden my first wave on it all the way in.
en negation n | I'm not lounging, I'm savouring: last page of the manuscript typed, six hundred pages in two years.
+ fr negation n | Je ne me repose pas, je savoure : dernière page du manuscrit tapée, six cents pages en deux ans.

# trap words from reverie (étoiles, imaginer, nuages, lune, ailleurs, dessiner, rêve d'enfant)
fr situation h | Sous les étoiles, au refuge à trois mille mètres : on a ouvert une nouvelle voie d'escalade, et elle portera notre nom.
+ en situation h | Under the stars at the hut at three thousand metres: we've opened a new climbing route, and it'll carry our name.
fr situation h | J'imaginais ce moment depuis le CP : concours de professeur des écoles réussi, j'aurai ma propre classe en septembre.
+ en situation h | I'd pictured this moment since first grade: primary teaching exam passed, I'll have my own class in September.
en situation h | I used to doodle in the margins at school; this morning my comic won the young talent award at Angoulême.
+ fr situation h | Je gribouillais dans les marges à l'école ; ce matin ma BD a gagné le prix du jeune talent à Angoulême.
fr situation h | Le bateau que je dessinais sur des bouts de papier depuis dix ans, je l'ai construit, et il flotte : mise à l'eau réussie !
+ en situation h | The boat I'd been sketching on scraps of paper for ten years, I built it, and it floats: launch day a success!
fr situation h | La lune était encore là quand on a atteint le sommet du mont Blanc, cordée complète, personne n'a lâché.
+ en situation h | The moon was still up when we reached the top of Mont Blanc, the whole rope team, nobody gave up.
en situation h | "Always somewhere else," my teachers wrote; well, I've just finished sailing round the world single-handed.
+ fr situation h | « Toujours ailleurs », écrivaient mes profs ; eh bien je viens de boucler le tour du monde à la voile en solitaire.
fr situation n | Mon court-métrage sur les nuages est sélectionné au festival de Clermont-Ferrand, sur trois mille films envoyés.
+ en situation n | My short film about clouds has been selected for the Clermont-Ferrand festival, out of three thousand entries.
fr typo h | mon reve depuis tjrs c'etait ma librairie. cest fait, le pret est accorde et on inaugure ce soir !!
+ en typo h | my dream since forever was my own bookshop. done, loan aproved and we open tonight!!

# trap words from euphorie (boîte de nuit, festival, champagne, danser, crier, public debout, fête)
en situation h | The nightclub where I used to DJ for free three years ago has just signed me as resident DJ.
+ fr situation h | La boîte de nuit où je mixais gratuitement il y a trois ans vient de m'embaucher comme DJ résident.
fr situation h | Le festival programme mon groupe sur la grande scène, après cinq ans à jouer dans des petits bars.
+ en situation h | The festival has put my band on the main stage, after five years of playing tiny bars.
en situation n | The whole office is having a party, but the real prize is mine: the audit I led came back with zero findings.
+ fr situation n | Tout le bureau fait la fête, mais la vraie récompense est pour moi : l'audit que j'ai mené est sorti sans une seule remarque.
fr situation h | Le public s'est levé à la fin de mon premier one-man-show, une heure de texte écrite seul dans ma cuisine.
+ en situation h | The audience stood up at the end of my first one-man show, an hour of material I wrote alone in my kitchen.
fr situation h | Champagne au vestiaire : notre petite équipe de quartier monte en nationale, troisième montée d'affilée !
+ en situation h | Champagne in the changing room: our little neighbourhood team goes up to the national league, third promotion in a row!
fr situation h | J'ai dansé dans la cuisine en lisant la lettre : reçu au CAPES de lettres, à ma troisième tentative.
+ en situation h | I danced round the kitchen reading the letter: I passed the secondary teaching exam in French, on my third attempt.
en situation h | Everyone was screaming at the poolside during my last length: qualified for the national championships!
+ fr situation h | Tout le monde criait au bord du bassin pendant ma dernière longueur : qualifié pour les championnats de France !
fr slang_emoji h | on a retourné la salle ce soir 🔥 mais surtout JE L'AI EU mon CAP pâtisserie 🏅💪
+ en slang_emoji h | we tore the place up tonight 🔥 but mainly I GOT IT my pastry diploma 🏅💪

# trap words from colere (patron viré, voisin moqueur, porte claquée, carton rouge, banque refuse, râler)
fr situation h | Mon ancien patron m'avait viré ; ce matin, ma propre boîte a remporté le marché qu'il visait.
+ en situation h | My old boss fired me; this morning my own company won the contract he was after.
en situation h | The neighbour who laughed at my tiny allotment just watched me win best pumpkin at the county show.
+ fr situation h | Le voisin qui se moquait de mon petit potager vient de me voir gagner le prix de la plus belle citrouille à la foire du comté.
fr situation n | On m'a claqué la porte au nez des centaines de fois en porte-à-porte, et je finis meilleur vendeur du trimestre.
+ en situation n | I had doors slammed in my face hundreds of times going door to door, and I've finished top salesperson of the quarter.
fr situation n | Le syndic refusait tout, j'ai monté le dossier seule : l'ascenseur sera remplacé, vote obtenu en assemblée générale.
+ en situation n | The managing agent kept saying no, so I built the case on my own: the lift's getting replaced, vote won at the residents' meeting.
fr situation h | Carton rouge injuste au match aller, et au retour c'est moi qui marque le but de la qualification !
+ en situation h | Unfair red card in the first leg, and in the return leg I'm the one scoring the goal that sends us through!
en situation n | Everyone grumbled about the new rota I designed; three months on, overtime is down forty percent and it's going company-wide.
+ fr situation n | Tout le monde râlait contre le nouveau planning que j'ai conçu ; trois mois après, moins quarante pour cent d'heures sup, et il est étendu à toute l'entreprise.
fr situation h | La banque m'avait refusé le prêt ; ma cagnotte participative atteint trois cents pour cent de l'objectif ce matin !
+ en situation h | The bank turned down my loan; my crowdfunding has hit three hundred percent of its target this morning!
fr situation n | Fâché avec l'anglais depuis le collège, et me voilà avec 905 points au TOEIC. Lumière dorée, s'il te plaît.
+ en situation n | At war with English since secondary school, and here I am with 905 on the TOEIC. Golden light, please.

# trap words from inquietude (hôpital, lettre, médecin, doute, rendez-vous, analyses, nuit blanche)
fr situation h | À l'hôpital où j'ai commencé brancardier, je deviens cadre de santé : diplôme obtenu hier soir.
+ en situation h | At the hospital where I started as a porter, I'm becoming a ward manager: diploma awarded last night.
en situation h | Letter from the hospital this morning: I've got my first choice, the surgical residency.
+ fr situation h | Lettre de l'hôpital ce matin : j'ai mon premier choix, l'internat de chirurgie.
fr situation n | Le médecin a signé mon aptitude : six mois de formation terminés, je suis scaphandrier professionnel certifié.
+ en situation n | The doctor signed me off as fit: six months of training done, I'm a certified commercial diver.
fr situation h | Le doute m'a suivi toute l'année, et le jury du conservatoire vient de me donner le premier prix de violon à l'unanimité.
+ en situation h | Doubt followed me all year, and the conservatoire panel has just given me first prize in violin, unanimously.
en situation n | My appointment at the bank was to sign: my own physio practice, opened in my name.
+ fr situation n | Mon rendez-vous à la banque, c'était pour signer : mon propre cabinet de kiné, ouvert à mon nom.
fr situation n | Mes analyses sont parfaites, et je l'ai gagné : un an sans sucre, du sport chaque jour, diabète en rémission d'après le médecin.
+ en situation n | My blood tests are perfect, and I earned it: a year off sugar, exercise every day, diabetes in remission according to the doctor.
en situation h | Nerves all over the place at my HGV test, and I passed: I'm licensed to drive forty-tonne lorries.
+ fr situation h | Les nerfs en vrac à l'examen du permis poids lourd, et je l'ai eu : j'ai le droit de conduire des quarante tonnes.
fr situation h | Nuit blanche sur l'appel d'offres, et ce matin on l'emporte face aux trois grosses boîtes du secteur !
+ en situation h | All-nighter on the tender, and this morning we won it against the three big firms in the sector!

# trap words from nostalgie (grand-mère, vieux tracteur, photo de classe, enfance, chorale, recette)
fr situation h | La recette de tarte de ma grand-mère, je l'ai retravaillée et elle gagne le concours du meilleur dessert de la région.
+ en situation h | My grandmother's tart recipe, I reworked it, and it's just won the region's best dessert competition.
en situation n | Rebuilt Grandad's old tractor bolt by bolt over two winters, and today it ploughed the whole field.
+ fr situation n | J'ai remonté le vieux tracteur de papi boulon par boulon pendant deux hivers, et aujourd'hui il a labouré tout le champ.
fr situation h | Sur la photo de classe de CM2, j'étais le cancre du dernier rang ; aujourd'hui c'est moi qui dirige cette école.
+ en situation h | In the Year 6 class photo I was the dunce in the back row; today I'm the head of that school.
fr situation n | Le vieux vélo de course de mon père, remis en état, m'a porté jusqu'au bout du Paris-Roubaix cyclo.
+ en situation n | My dad's old racing bike, restored, carried me all the way through the amateur Paris-Roubaix.
en situation h | Thirty years since the school last won a trophy, and my under-12s just put the cup back in the old cabinet.
+ fr situation h | Trente ans que l'école n'avait rien gagné, et mes moins de 12 ans viennent de remettre la coupe dans la vieille vitrine.
fr situation n | Le moulin abandonné de mon enfance tourne de nouveau, grâce à l'association que j'ai fondée il y a six ans.
+ en situation n | The abandoned mill from my childhood is turning again, thanks to the association I founded six years ago.
fr situation h | La chorale du village, je l'ai relancée après vingt ans de silence, et on remporte le concours régional !
+ en situation h | I restarted the village choir after twenty years of silence, and we've won the regional competition!
en situation n | In the old family albums I'm always the one who can't swim; yesterday I got my lifeguard certificate.
+ fr situation n | Dans les vieux albums de famille, je suis toujours celui qui ne sait pas nager ; hier j'ai obtenu mon brevet de maître-nageur.

# trap words from panique (ambulance, sirène, urgence, accident, hurler, vite, serveur en panne)
fr situation h | Ambulancière diplômée ce matin : dix-huit mois de formation, et ma première garde est demain.
+ en situation h | Qualified ambulance technician this morning: eighteen months of training, and my first shift is tomorrow.
en situation h | Sirens used to terrify me; this morning I got my place with the fire brigade after passing the fitness tests.
+ fr situation h | Les sirènes me terrorisaient ; ce matin j'ai été reçu chez les pompiers après les épreuves physiques.
fr situation n | Urgence en plein vol le mois dernier, je l'ai gérée seule comme hôtesse : la compagnie vient de me décerner sa distinction annuelle.
+ en situation n | A mid-flight emergency last month, I handled it alone as cabin crew: the airline has just given me its annual award.
fr situation h | J'ai hurlé en haut du mur : la voie en 7a, enfin enchaînée après vingt essais !
+ en situation h | I yelled at the top of the wall: the 7a route, finally sent after twenty attempts!
fr situation h | Accident de la route il y a deux ans, et aujourd'hui je reconduis seul, permis adapté en poche.
+ en situation h | Car crash two years ago, and today I'm driving on my own again, adapted licence in my pocket.
en situation n | Fast, fast, fast: I solved the Rubik's cube in under twenty seconds, my goal for the year!
+ fr situation n | Vite, vite, vite : Rubik's cube résolu en moins de vingt secondes, mon objectif de l'année !
en situation h | The server crashed on Black Friday and I had the whole site back up in twelve minutes; the CTO just made me team lead.
+ fr situation h | Le serveur a lâché le jour du Black Friday et j'ai tout relancé en douze minutes ; le directeur technique vient de me nommer chef d'équipe.
fr situation h | J'ai couru le 400 mètres comme si j'avais le feu aux trousses : record perso pulvérisé de deux secondes !
+ en situation h | I ran the 400 metres like my life depended on it: personal best smashed by two seconds!

# trap words from suspense (coup de fil, email, dernière minute, compte à rebours, classement, photo-finish)
fr situation h | Coup de fil du recruteur ce midi : après cinq entretiens, c'est moi qu'ils prennent comme cheffe de projet !
+ en situation h | Call from the recruiter at lunchtime: after five interviews, I'm the one they're hiring as project manager!
en situation h | The email from the judges just landed: my short story won the national competition.
+ fr situation h | Le mail du jury vient de tomber : ma nouvelle a gagné le concours national.
fr situation h | Dernière minute de la finale, deux partout, je tire le penalty et je le mets en pleine lucarne : champions !
+ en situation h | Last minute of the final, two-all, I take the penalty and put it in the top corner: champions!
fr situation n | Compte à rebours terminé : la fusée que j'ai construite au club d'astronomie monte à huit cents mètres, objectif atteint.
+ en situation n | Countdown over: the rocket I built at the astronomy club reaches eight hundred metres, target hit.
fr situation n | Le classement final est affiché : troisième sur quatre cents à la dictée nationale, moi qui étais nul en orthographe.
+ en situation n | The final rankings are up: third out of four hundred in the national dictation contest, and I used to be hopeless at spelling.
en situation h | Photo finish at the regional cross-country, and the judges just confirmed it: I took it by a centimetre.
+ fr situation h | Photo-finish au cross régional, et les juges viennent de confirmer : je gagne d'un centimètre.
fr situation n | Permis de construire accordé pour ma maison en paille, après deux refus et un dossier entièrement refait par moi.
+ en situation n | Planning permission granted for my straw-bale house, after two refusals and a file I rewrote entirely myself.
en wish h c=gold;amber b=bright | Zero defects at the MOT on the 1972 car I restored myself! Gold and amber, full brightness!
+ fr wish h c=gold;amber b=bright | Zéro défaut au contrôle technique de la voiture de 1972 que j'ai restaurée moi-même ! Or et ambre, à fond !

# trap words from tristesse (pluie, larmes, défaite, seul, perdu, cimetière, froid, neige)
fr situation h | Sous une pluie battante, j'ai bouclé mes premiers cent kilomètres à pied : dix-neuf heures d'effort.
+ en situation h | In pouring rain, I finished my first hundred kilometres on foot: nineteen hours of effort.
en situation h | Lost every match last season; tonight we beat the league leaders three-one and I scored twice.
+ fr situation h | On avait perdu tous les matchs la saison dernière ; ce soir on bat le leader trois à un et je marque deux fois.
fr situation h | Des larmes dans toute la salle pendant mon discours : diplômée vétérinaire après sept ans d'études et un redoublement.
+ en situation h | Tears all over the room during my speech: qualified vet after seven years of study and a repeated year.
fr situation n | Seul dans mon atelier pendant trois ans, et ma première collection de meubles part en entier au salon de Paris.
+ en situation n | Alone in my workshop for three years, and my first furniture collection sold out entirely at the Paris trade show.
en explicit h | One year without a cigarette today, and twenty kilos lost on top; I've never been prouder of myself.
+ fr explicit h | Un an sans une cigarette aujourd'hui, et vingt kilos perdus en prime ; je n'ai jamais été aussi fier de moi.
fr mixed n | Perdu mon emploi en janvier, ça m'a fait mal, mais aujourd'hui j'en signe un meilleur, décroché après six entretiens.
+ en mixed n | Lost my job in January, that hurt, but today I'm signing a better one, landed after six interviews.
fr situation n | Le cimetière du village tombait à l'abandon ; notre équipe de bénévoles l'a restauré et reçoit le prix du patrimoine.
+ en situation n | The village cemetery was falling into ruin; our volunteer team restored it and has just received the heritage award.
fr situation h | Dans la neige et le froid, troisième tentative sur l'Aconcagua, et cette fois on est au sommet ! Mets une musique de vainqueur.
+ en situation h | In the snow and the cold, third attempt on Aconcagua, and this time we're on the summit! Put on some winner's music.
"""

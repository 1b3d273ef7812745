"""victoire: third wave, triads with suspense and colere (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | Finale de Mölkky gagnée au camping : la 12 toute seule pour finir à 50 pile, après tout l'été à viser dans le jardin.
+ en situation n | Won the Mölkky final at the campsite: the 12 on its own to land exactly on fifty, after a whole summer of aiming in the garden.
# triad 02
fr situation n | Tournoi de babyfoot du bar gagné 10 à 9, avec le tir de l'arrière que je travaillais chaque midi à la pause.
+ en situation n | Won the bar table football tournament ten to nine, with the defender's shot I'd practised every lunch break.
# triad 03
en situation n | First Pokémon tournament won at the shop, with the deck I built and tested every evening for a month.
+ fr situation n | Premier tournoi Pokémon gagné à la boutique, avec le deck que j'ai construit et testé tous les soirs pendant un mois.
# triad 04
fr situation h | Diamant en classé, enfin : toute la saison à revoir mes replays le soir pour corriger mes erreurs.
+ en situation h | Diamond in ranked, finally: a whole season of rewatching my replays at night to fix my mistakes.
# triad 05
fr situation n | Première médaille au championnat régional d'escrime, avec la flèche que je répète depuis un an à chaque entraînement.
+ en situation n | First medal at the regional fencing championship, with the flèche attack I've drilled at every practice for a year.
# triad 06
en situation n | Three white lights on my last deadlift at my first powerlifting meet: a year of following my programme to the letter.
+ fr situation n | Trois lumières blanches sur mon dernier soulevé de terre, à mon premier meeting de force : un an de programme suivi à la lettre.
# triad 07
fr situation n | Qualifié pour le cross départemental, moi qui m'arrêtais au bout d'un tour en septembre : tous les mercredis à courir avec mon père.
+ en situation n | Qualified for the county cross-country, me who stopped after one lap in September: every Wednesday out running with my dad.
# triad 08
en situation h | Won my first Sunday bike race in the sprint, after a whole winter on the turbo trainer in the garage.
+ fr situation h | Ma première course cycliste du dimanche gagnée au sprint, après tout un hiver sur le home-trainer dans le garage.
# triad 09
fr situation h | On gagne le tournoi 3x3 du quartier sur mon tir de loin, celui que je travaille seul chaque soir au playground depuis le printemps.
+ en situation h | We win the neighbourhood 3x3 tournament on my long shot, the one I've practised alone every evening on the court since spring.
# triad 10
fr situation n | Notre liste remporte trois sièges au CSE, après deux mois à faire le tour des ateliers à chaque pause.
+ en situation n | Our list wins three seats on the works council, after two months of going round the workshops at every break.
# triad 11
en situation n | Elected president of the football club at the AGM, after a year of sorting out the accounts as a volunteer.
+ fr situation n | Élu président du club de foot à l'AG, après un an à remettre les comptes à plat bénévolement.
# triad 12
fr situation n | Notre liste de parents d'élèves rafle tous les sièges, après trois semaines à tracter devant le portail à 8 h 20.
+ en situation n | Our parent rep list sweeps every seat, after three weeks of handing out leaflets at the school gate at 8:20.
# triad 13
fr situation n | Le village a voté oui à notre centrale solaire citoyenne, après un an de réunions publiques que j'ai organisées une à une.
+ en situation n | The village voted yes to our community solar farm, after a year of public meetings I organised one by one.
# triad 14
en situation n | Chosen by party members to run for parliament, after five years of market stalls and living-room meetings.
+ fr situation n | Désignée par les militants pour les législatives, après cinq ans de marchés et de réunions d'appartement.
# triad 15
fr situation n | Le deux-pièces est à nous : vingt-cinq visites, un dossier en béton préparé pendant des semaines, et on signe le bail demain.
+ en situation n | The flat is ours: twenty-five viewings, a rock-solid application prepared over weeks, and we sign the lease tomorrow.
# triad 16
fr situation n | Logement social obtenu : quatre ans de relances, de justificatifs et de rendez-vous, et on a les clés du T3.
+ en situation n | Social housing granted: four years of chasing, paperwork and appointments, and we've got the keys to the flat.
# triad 17
en situation h | Our band is on the local festival line-up, after sixty gigs in bars playing to three people.
+ fr situation h | Notre groupe est programmé au festival du coin, après soixante concerts dans des bars devant trois personnes.
# triad 18
fr situation n | Sélectionnée en équipe départementale de basket, après une saison à tirer seule tous les matins avant le collège.
+ en situation n | Picked for the county basketball team, after a season of shooting on my own every morning before school.
# triad 19
fr situation n | Mon tapis du souk de Marrakech, je l'ai eu au tiers du premier prix, après une heure de thé à la menthe et de marchandage serré.
+ en situation n | I got my rug in the Marrakech souk for a third of the opening price, after an hour of mint tea and hard bargaining.
# triad 20
en situation h | Three weeks of strike that I helped coordinate, and management signs: a thirteenth month's pay for the whole workshop.
+ fr situation h | Trois semaines de grève que j'ai aidé à coordonner, et la direction signe : treizième mois pour tout l'atelier.
# triad 21
fr situation n | Le gros client accepte mes 600 euros la journée sans discuter un centime : une semaine à préparer mes arguments, et ça a payé.
+ en situation n | The big client accepts my 600 euros a day without haggling over a cent: a week preparing my case, and it paid off.
# triad 22
en situation n | I got fifty euros knocked off the rent, with quotes, photos and local prices to back me up, after two weeks of preparation.
+ fr situation n | J'ai obtenu cinquante euros de baisse de loyer, devis, photos et prix du quartier à l'appui, après deux semaines de préparation.
# triad 23
fr mixed n | Un pincement au cœur de quitter le fournil, mais surtout de la fierté : boulangerie vendue au prix que je voulais, après quatre mois de négociation pied à pied.
+ en mixed n | A pang at leaving the bakehouse, but mostly pride: bakery sold at the price I wanted, after four months of fighting every inch of the deal.
# triad 24
en situation h | Passed the police officer exam, after a year of training at dawn and law flashcards on the bus.
+ fr situation h | Reçu au concours de gardien de la paix, après un an de sport à l'aube et de fiches de droit dans le bus.
# triad 25
fr situation n | Mutation à Brest obtenue, après avoir contesté moi-même le calcul de mes points, barème et justificatifs à l'appui.
+ en situation n | Transfer to Brest granted, after I challenged the points calculation myself, rules and documents in hand.
# triad 26
fr situation h | Bourse complète obtenue pour mes études, après deux mois à réécrire ma lettre et un oral répété avec ma prof d'anglais.
+ en situation h | Full scholarship for my studies, after two months rewriting my letter and an interview rehearsed with my English teacher.
# triad 27
en situation n | Our start-up got into the incubator, after six months of testing the prototype with real customers.
+ fr situation n | Notre start-up est retenue par l'incubateur, après six mois à tester le prototype chez de vrais clients.
# triad 28
fr situation n | Contrat d'apprentissage signé chez le meilleur pâtissier de la ville, après trente candidatures déposées à la main.
+ en situation n | Apprenticeship contract signed with the best pastry chef in town, after thirty applications dropped off by hand.
# triad 29
fr typo n | caces validé du premier coup!! palette posée au milimetre au 3e niveau, apres 2 semaines de formation a fond
+ en typo n | forklift licence passed first time!! pallet placed to the milimetre on the 3rd level, after 2 weeks of full on training
# triad 30
en situation h | Won the rap battle at the community centre, with improvised rhymes I've trained every night in my bedroom for a year.
+ fr situation h | J'ai gagné le battle de rap du centre social, avec des rimes improvisées que j'entraîne tous les soirs dans ma chambre depuis un an.
# triad 31
fr situation n | Médaille d'or au concours des miels du département, après trois ans à déplacer mes ruches sous les châtaigniers.
+ en situation n | Gold medal at the county honey competition, after three years of moving my hives under the chestnut trees.
# triad 32
en situation n | County sheep-shearing champion, after three seasons of shearing two hundred animals a day.
+ fr situation n | Champion départemental de tonte de moutons, après trois saisons à tondre deux cents bêtes par jour.
# triad 33
fr situation n | Prix jeunes talents du festival de BD, après deux ans de planches dessinées chaque soir sous ma lampe de bureau.
+ en situation n | Young talent award at the comics festival, after two years of pages drawn every night under my desk lamp.
# triad 34
en situation n | I won the school spelling bee after a month of word lists every night at the kitchen table.
+ fr situation n | J'ai gagné le concours d'épellation de l'école, après un mois de listes de mots tous les soirs à la table de la cuisine.
# triad 35
fr situation h | Premier au concours de cuisine du lycée hôtelier, avec la sauce que j'ai ratée vingt fois chez moi avant de la réussir.
+ en situation h | First place in the catering school cooking contest, with the sauce I messed up twenty times at home before I got it right.
# triad 36
en situation n | Best in show for my Maine Coon, after three years of careful breeding and grooming every Sunday.
+ fr situation n | Premier prix de l'exposition pour mon maine coon, après trois ans d'élevage soigné et de toilettage tous les dimanches.
# triad 37
fr slang_emoji h | TOURNOI DE SMASH GAGNÉ 🏆🎮 des mois à bosser mes combos en mode entraînement, ça a payé frr
+ en slang_emoji h | WON THE SMASH TOURNAMENT 🏆🎮 months grinding my combos in training mode, it paid off bro
# triad 38
en situation n | Our campsite is voted the region's best, after a year of rebuilding the shower blocks and the playground ourselves.
+ fr situation n | Notre camping est élu meilleur de la région, après un an à refaire nous-mêmes les sanitaires et l'aire de jeux.
# triad 39
fr situation h | Mon premier essai en match officiel, à trente-huit ans, après une saison entière d'entraînements du mardi soir avec les vétérans.
+ en situation h | My first try in an official match, at thirty-eight, after a full season of Tuesday night training with the veterans.
# triad 40
fr situation n | J'ai fait baisser le taux de notre prêt d'un point entier, après un mois à mettre quatre banques en concurrence.
+ en situation n | I got our mortgage rate down by a full point, after a month of playing four banks off against each other.
# triad 41
en situation n | Sold my old guitar for twice what I paid, after restoring it myself over three months: frets, varnish, the lot.
+ fr situation n | Vendu ma vieille guitare le double de son prix d'achat, après l'avoir restaurée moi-même pendant trois mois : frettes, vernis, tout.
# triad 42
fr situation n | J'étais loup et j'ai gagné la partie : deux heures à bluffer et à retourner le village contre la voyante, sans jamais craquer.
+ en situation n | I was a werewolf and I won the game: two hours of bluffing and turning the village against the seer, without ever cracking.
# triad 43
en situation n | First kayak slalom run with zero penalties, after a whole summer working the upstream gates on the river.
+ fr situation n | Premier slalom en kayak sans la moindre pénalité, après tout un été à travailler les portes à remonter sur la rivière.
# triad 44
fr situation h | J'attrape le disque en plongeon dans l'en-but et on gagne la finale d'ultimate, ce plongeon que je répète sur le sable depuis juin.
+ en situation h | I catch the disc with a dive in the end zone and we win the ultimate final, the dive I've been practising on the sand since June.
# triad 45
en situation n | Beat my brother at GeoGuessr for the first time, after a month of studying bollards, road markings and number plates.
+ fr situation n | J'ai battu mon frère à GeoGuessr pour la première fois, après un mois à étudier les bornes, les marquages au sol et les plaques.
# triad 46
fr situation n | Ma première victoire en course en ligne sur Gran Turismo, après des soirées entières à apprendre chaque point de freinage du circuit.
+ en situation n | My first online race win on Gran Turismo, after whole evenings learning every braking point on the track.
# triad 47
fr situation l | Enfin gagné au Jungle Speed contre toute la famille, moi qui perdais chaque Noël : des semaines à m'entraîner aux réflexes avec les enfants.
+ en situation l | Finally won Jungle Speed against the whole family, me who lost every Christmas: weeks of training my reflexes with the kids.
# triad 48
en situation l | We won Pictionary thanks to my tortoise, me who's been filling a sketchbook every night since January.
+ fr situation l | On gagne au Pictionary grâce à ma tortue, moi qui remplis un carnet de croquis tous les soirs depuis janvier.
# triad 49
fr situation n | J'ai vendu mes broutards au meilleur prix de la foire, après un an à les élever à l'herbe et au foin de la ferme.
+ en situation n | I sold my weaned calves for the best price at the fair, after a year of raising them on grass and our own hay.
# triad 50
fr situation n | Rupture conventionnelle signée avec les six mois d'indemnités que je demandais, après des semaines à préparer mon dossier avec une avocate.
+ en situation n | Negotiated exit signed with the six months' severance I asked for, after weeks of preparing my case with a lawyer.
# triad 51
en situation n | I negotiated my book contract myself and got the ten percent royalties I wanted, after weeks of reading up on the trade.
+ fr situation n | J'ai négocié seule mon contrat d'édition et obtenu les dix pour cent de droits que je voulais, après des semaines à me renseigner sur le métier.
# triad 52
fr situation n | Mon stand de céramiques est retenu au marché de Noël de Strasbourg, après trois ans à tourner des bols tous les soirs.
+ en situation n | My ceramics stall has been accepted at the Strasbourg Christmas market, after three years of throwing bowls every evening.
# triad 53
en situation n | Voted captain by the whole team, after two seasons of being first to training and last to leave.
+ fr situation n | Élu capitaine par toute l'équipe, après deux saisons à arriver le premier à l'entraînement et à repartir le dernier.
# triad 54
fr situation h | Élue maire du village au premier conseil, après trois ans à faire le tour des fermes et des hameaux. Lumière de fête, s'il te plaît.
+ en situation h | Elected mayor of the village at the first council meeting, after three years of going round every farm and hamlet. Celebration lights, please.
# triad 55
fr situation n | Élue représentante des locataires de la résidence, après des mois à frapper à chaque porte pour écouter les problèmes de chacun.
+ en situation n | Elected tenants' rep for the estate, after months of knocking on every door to hear everyone's problems.
# triad 56
en mixed n | My shoulders are wrecked, but mostly I'm proud: I won the axe chop at the timber sports contest, after a winter of splitting logs every morning.
+ fr mixed n | Les épaules en miettes, mais surtout fier : j'ai gagné l'épreuve de la hache au concours de bûcheronnage, après un hiver à fendre du bois chaque matin.
# triad 57
fr situation h | Accepté dans le master que je visais, après trois ans à travailler le week-end pour payer mes études sans laisser tomber mes notes.
+ en situation h | Accepted onto the master's I was aiming for, after three years of weekend jobs to pay for my studies without letting my grades slip.
# triad 58
en situation n | Selected for the artists' residency in Brittany, after two years of painting every dawn before my shift at the hospital.
+ fr situation n | Retenue pour la résidence d'artistes en Bretagne, après deux ans à peindre chaque aube avant mon service à l'hôpital.
# triad 59
fr situation n | On a arraché 6 % de hausse à la centrale d'achat pour les yaourts de la ferme, après trois rendez-vous préparés chiffre par chiffre.
+ en situation n | We squeezed a six percent rise out of the supermarket buying office for our farm yoghurts, after three meetings prepared figure by figure.
# triad 60
en situation h | Regional taekwondo title with a spinning kick to the head, the one I've drilled at every session for two years.
+ fr situation h | Titre régional de taekwondo sur un coup de pied retourné à la tête, celui que je répète à chaque séance depuis deux ans.
# triad 61
fr situation h | Six mètres au saut en longueur, mon record, après toute une saison à régler ma course d'élan pas par pas.
+ en situation h | Six metres in the long jump, a personal best, after a whole season adjusting my run-up step by step.
# triad 62
fr typo n | ma voiture radiocomandée gagne la finale du club!! moteur monté et reglé moi meme tout l'hiver
+ en typo n | my rc car wins the club final!! engine built and tunned myself all winter
# triad 63
en situation h | Our eight wins the regional regatta, after a year of training on the river at six in the morning, even in the frost.
+ fr situation h | Notre huit gagne la régate régionale, après un an d'entraînement sur le fleuve à six heures du matin, même sous le givre.
# triad 64
fr situation n | Premier prix de sculpture sur glace pour mon cygne, après trois hivers à m'entraîner au ciseau dans la chambre froide de la poissonnerie.
+ en situation n | First prize in the ice sculpture contest for my swan, after three winters practising with a chisel in the fishmonger's cold room.
# triad 65
en situation n | Best large piece at the tattoo convention, for the back I designed over six months and inked in three sessions.
+ fr situation n | Prix de la meilleure grande pièce à la convention de tatouage, pour le dos que j'ai dessiné pendant six mois et piqué en trois séances.
# triad 66
fr situation h | Notre bagad monte en première catégorie, et c'est moi qui le dirige : deux ans de répétitions chaque vendredi dans la salle paroissiale.
+ en situation h | Our pipe band moves up to the top division, and I'm the one leading it: two years of Friday rehearsals in the parish hall.
# triad 67
en situation h | Two and a half somersaults, hardly a splash: my first diving podium, after a year of belly flops.
+ fr situation h | Deux saltos et demi, presque pas d'éclaboussures : mon premier podium en plongeon, après un an de plats sur l'eau.
# triad 68
fr situation n | Vingt-cinq plateaux sur vingt-cinq au concours de ball-trap, après deux ans d'entraînement tous les dimanches au club.
+ en situation n | Twenty-five out of twenty-five at the clay shoot, after two years of training every Sunday at the club.
# triad 69
en situation n | Found a sponsor for the youth team's new kits, after forty visits to shops and businesses around town.
+ fr situation n | Sponsor trouvé pour les nouveaux maillots des jeunes, après quarante visites chez les commerçants et les entreprises de la ville.
# triad 70
fr situation h | Médaille d'or en carrelage aux Olympiades des métiers, après des mois de soirées à poser et reposer des mosaïques à l'atelier.
+ en situation h | Gold medal for tiling at the skills competition, after months of evenings laying and relaying mosaics in the workshop.
# triad 71
fr situation h | Première place au championnat de pizza, avec la pâte que je perfectionne depuis deux ans, soixante-douze heures de pousse.
+ en situation h | First place at the pizza championship, with the dough I've spent two years perfecting, seventy-two hours of proving.
# triad 72
fr situation h | Première victoire en motocross, sur la moto que j'ai remontée pièce par pièce avec mon père. Mets-moi une ambiance de podium.
+ en situation h | First motocross win, on the bike I rebuilt piece by piece with my dad. Give me a podium vibe.
# triad 73
fr situation n | Adjugée à la bougie, la petite maison est à nous, après six mois d'économies et de visites pour être prêts le jour venu.
+ en situation n | Sold to us when the candle went out: the little house is ours, after six months of saving and viewings to be ready on the day.
# triad 74
fr slang_emoji h | champion du tournoi de tetris rétro 🧱🏆 des mois à m'entraîner au niveau 19 chaque soir, trop fier
+ en slang_emoji h | retro tetris tournament champ 🧱🏆 months training at level 19 every night, so proud
# triad 75
fr situation h | Brevet accordé pour mon système de fermeture, après deux ans de prototypes et de dossiers techniques rédigés seul.
+ en situation h | Patent granted for my locking system, after two years of prototypes and technical files I wrote myself.
# triad 76
fr situation n | Ma première course de char à voile gagnée, après un hiver entier à apprendre à lire le vent sur la plage.
+ en situation n | My first land-yacht race won, after a whole winter learning to read the wind on the beach.
# triad 77
fr situation n | La nouvelle place portera le nom de la résistante du village, après deux ans de recherches que j'ai menées aux archives.
+ en situation n | The new square will bear the name of the village's Resistance heroine, after two years of research I did in the archives.
# triad 78
fr situation n | Traiteur négocié à quarante-cinq euros par personne au lieu de soixante, après avoir comparé huit devis ligne par ligne.
+ en situation n | Caterer talked down to forty-five euros a head instead of sixty, after comparing eight quotes line by line.
# triad 79
fr situation h | Pris au centre de formation après trois jours d'essai, moi qui m'entraîne seul contre le mur du garage depuis mes huit ans.
+ en situation h | Taken on by the academy after three days of trials, me who's been training alone against the garage wall since I was eight.
# triad 80
fr situation n | Premier tournoi de squash gagné, après un an de séances à six heures du matin avant le bureau. Lumière adaptée, s'il te plaît.
+ en situation n | First squash tournament won, after a year of six a.m. sessions before work. Matching lights, please.
"""

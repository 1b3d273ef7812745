"""colere: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: work, associations, school
fr long n | J'ai passé tout le week-end à monter le dossier de subvention pour l'association. Lundi, le président l'a envoyé sous son nom, sans changer une virgule. À la réunion, tout le monde l'a remercié et il s'est contenté de sourire.
+ en long n | I spent the whole weekend putting together the grant application for the association. On Monday the chairman sent it in under his own name without changing a comma. At the meeting everyone thanked him and he just smiled.
fr long h | Ma fille de sept ans est rentrée de la cantine en larmes. Une surveillante lui a crié dessus et a vidé son assiette à la poubelle devant tous ses camarades parce qu'elle ne finissait pas ses épinards. Quand j'ai appelé l'école, on m'a répondu qu'elle exagérait sûrement.
+ en long h | My seven-year-old came home from the canteen in tears. A supervisor shouted at her and tipped her plate into the bin in front of her whole class because she hadn't finished her spinach. When I rang the school, they told me she was probably exaggerating.
fr long n | Ma collègue est arrivée en retard trois fois cette semaine, et c'est moi qui ai couvert à chaque fois. Ce matin, la cheffe m'a reproché le retard du rapport devant toute l'équipe. Ma collègue n'a rien dit, elle a regardé ses chaussures.
+ en long n | My colleague came in late three times this week, and I covered for her every time. This morning the boss blamed me in front of the whole team for the report being late. My colleague said nothing, she just stared at her shoes.
en long n | My manager turned down my leave request for my sister's wedding, saying we're short-staffed that week. Today I found out he's taking the very same week off to go skiing. He approved his own request on Friday.
+ fr long n | Mon manager a refusé ma demande de congé pour le mariage de ma sœur, sous prétexte qu'on manque de monde cette semaine-là. Aujourd'hui, j'apprends qu'il part au ski exactement la même semaine. Il a validé sa propre demande vendredi.
fr long n | Au foot, mon fils n'a raté aucun entraînement de la saison, même sous la pluie de novembre. Pour la finale, l'entraîneur a fait jouer son propre neveu, venu trois fois en tout. Mon fils a passé quatre-vingt-dix minutes sur le banc, et on nous demande de payer la cotisation de l'an prochain avant vendredi.
+ en long n | My son didn't miss a single football practice all season, even in the November rain. For the final, the coach played his own nephew, who'd turned up three times in total. My son spent ninety minutes on the bench, and they want next year's fees paid by Friday.
# long: services, money, housing
en long n | I booked the train six weeks ahead and paid extra for a seat with a table. The train was cancelled, the replacement was standing room only for three hours, and the refund form offers me a voucher. A voucher. For their own trains.
+ fr long n | J'avais réservé le train six semaines à l'avance, avec un supplément pour une place avec tablette. Train annulé, celui de remplacement bondé, trois heures debout, et le formulaire de remboursement me propose un bon d'achat. Un bon d'achat. Pour leurs propres trains.
fr long n | Le garagiste m'avait annoncé trois cents euros pour les freins. Au moment de payer, la facture grimpe à huit cent quarante, avec des pièces que je n'ai jamais demandées. Il hausse les épaules et garde mes clés tant que je n'ai pas réglé.
+ en long n | The mechanic quoted me three hundred euros for the brakes. When I go to pay, the bill has climbed to eight hundred and forty, with parts I never asked for. He shrugs and keeps my keys until I've paid.
en long h | Our landlord is keeping the whole deposit. He says the walls need repainting, the walls we repainted ourselves, with his permission, with photos to prove it. He stopped answering my messages the day the money was due. Put on something loud.
+ fr long h | Le propriétaire garde toute la caution. Il dit que les murs sont à repeindre, les murs qu'on a repeints nous-mêmes, avec son accord, photos à l'appui. Il ne répond plus à mes messages depuis le jour où il devait rendre l'argent. Mets un truc qui cogne.
fr long n | On attend le plombier depuis huit heures. À midi, la société appelle pour dire qu'il passera entre quatorze et dix-huit heures. À dix-sept heures cinquante, un texto : rendez-vous reporté à la semaine prochaine. J'ai posé une journée de congé pour ça.
+ en long n | We've been waiting for the plumber since eight. At noon the company rings to say he'll come between two and six. At ten to six, a text: appointment moved to next week. I took a day off work for this.
fr long h | Le livreur a laissé mon colis devant la porte sous la pluie, a pris une photo et a coché « remis en main propre ». Le carton était trempé, la tablette dedans ne s'allume plus. Depuis trois jours, le service client me répond avec un robot qui me remercie de ma patience.
+ en long h | The courier left my parcel outside the door in the rain, took a photo and ticked "handed over in person". The box was soaked and the tablet inside won't switch on. For three days customer service has answered me with a bot that thanks me for my patience.
fr long n | Mon banquier m'a vendu une assurance de prêt en jurant qu'elle couvrait les arrêts de travail. Après mon opération du dos, l'assureur refuse de payer : clause page quarante, en tout petits caractères. Le banquier ne se souvient « plus très bien » de notre conversation.
+ en long n | My bank adviser sold me loan insurance, swearing it covered sick leave. After my back operation, the insurer refuses to pay: a clause on page forty, in tiny print. The adviser doesn't "quite remember" our conversation anymore.
fr long n | Les amendes sont arrivées hier : trois flashs à cinquante-deux au lieu de cinquante, le même jour, sur une route où la limitation a changé la veille sans la moindre annonce. Quatre-vingt-dix euros chacune. Au téléphone, on m'a dit de contester par lettre recommandée, sous quarante-cinq jours.
+ en long n | The fines came yesterday: three speed camera flashes at fifty-two instead of fifty, all on the same day, on a road where the limit had changed the day before without any notice. Ninety euros each. On the phone they told me to appeal by recorded letter within forty-five days.
# long: neighbours, town, family
en long n | The council closed the only playground in our neighbourhood for "safety works" two years ago. Nothing has happened since, not one worker, not one letter. Last week they unveiled a brand-new fountain outside the town hall.
+ fr long n | La mairie a fermé la seule aire de jeux du quartier pour « travaux de sécurité » il y a deux ans. Rien ne s'est passé depuis, pas un ouvrier, pas un courrier. La semaine dernière, ils ont inauguré une fontaine flambant neuve devant l'hôtel de ville.
fr long n | En assemblée de copropriété, on a voté à l'unanimité la réparation de l'ascenseur en mars. On est en octobre, Madame Pereira, quatre-vingt-six ans, monte toujours ses six étages à pied, et le syndic nous facture déjà des « frais de suivi du dossier ». Lumière rouge, s'il te plaît.
+ en long n | At the residents' meeting in March we voted unanimously to repair the lift. It's October, Mrs Pereira, eighty-six, is still climbing six floors on foot, and the managing agent is already billing us "case follow-up fees". Red light, please.
fr long n | J'ai prêté mon perforateur au voisin en avril. En juillet, je l'ai retrouvé sur un site de petites annonces, avec mes initiales gravées sur la poignée. Quand je lui ai posé la question, il m'a regardé droit dans les yeux et m'a dit qu'il l'avait « perdu ».
+ en long n | I lent my hammer drill to the neighbour in April. In July I spotted it on a classifieds site, with my initials engraved on the handle. When I asked him about it, he looked me straight in the eye and said he'd "lost" it.
fr long n | Mon frère a vendu la maison de nos parents sans me prévenir ; j'ai appris la signature par une lettre du notaire. Il avait déjà vidé le grenier, y compris les cartons que je lui avais demandé de garder. Et maintenant, il m'envoie la facture de la moitié des frais.
+ en long n | My brother sold our parents' house without telling me; I found out about the signing from a notary's letter. He'd already cleared the attic, including the boxes I'd asked him to keep. And now he's sending me the bill for half the costs.
en long n | I waited forty minutes at the surgery with my daughter burning up with fever. A man in a suit walked in, had a quiet word with the receptionist and was seen straight away. When I asked why, they told me to lower my voice.
+ fr long n | J'ai attendu quarante minutes au cabinet médical avec ma fille brûlante de fièvre. Un homme en costume est entré, a glissé deux mots à la secrétaire et il est passé tout de suite. Quand j'ai demandé pourquoi, on m'a prié de baisser d'un ton.
# long: leisure, games, nature
en long n | My teammate in the online match went AFK for the whole round, then came back just to spam the chat saying I was the worst player he'd ever seen. We lost. I'm the one who got the report penalty, not him. Banned for twenty-four hours for being insulted.
+ fr long n | Mon coéquipier en ligne est resté AFK toute la manche, puis il est revenu juste pour spammer le chat en disant que j'étais le pire joueur qu'il ait jamais vu. On a perdu. C'est moi qui ai pris la sanction pour signalement, pas lui. Vingt-quatre heures de ban pour m'être fait insulter.
fr long h | On a fait trois heures de route pour le concert. À l'entrée, on nous annonce que nos billets, achetés sur le site officiel, sont « invalides » à cause d'un bug. Pas de remboursement sur place, et derrière les vigiles, la salle est à moitié vide.
+ en long h | We drove three hours for the concert. At the door they tell us our tickets, bought on the official website, are "invalid" because of a glitch. No refund on the spot, and behind the bouncers the venue is half empty.
fr long n | Avec l'asso, on a nettoyé la plage toute la matinée : quarante sacs de déchets. En repartant, on voit une famille finir son pique-nique, plier bagage et laisser bouteilles, couches et mégots dans le sable, à deux mètres de la poubelle.
+ en long n | We spent the whole morning cleaning the beach with the association: forty bags of rubbish. On our way out we watch a family finish their picnic, pack up and leave bottles, nappies and cigarette butts in the sand, two metres from the bin.

# negation
fr negation h | Ce n'est pas de la tristesse, c'est de la rage : il a annulé notre dîner d'anniversaire par texto pour aller au match avec ses potes.
+ en negation h | It's not sadness, it's rage: he cancelled our anniversary dinner by text to go to the match with his mates.
en negation n | I'm not worried about the fine, I'm livid. I parked in my own driveway and got a ticket because the council repainted the lines overnight.
+ fr negation n | L'amende ne m'inquiète pas, je suis furax. Je me suis garé dans ma propre allée et j'ai pris un PV parce que la mairie a repeint les lignes pendant la nuit.
fr negation n | Je ne suis pas inquiète pour l'opération de mon père, je suis hors de moi : l'hôpital l'a déprogrammée pour la troisième fois, la veille, sans un mot d'explication.
+ en negation n | I'm not worried about my dad's operation, I'm beside myself: the hospital has cancelled it for the third time, the day before, without a word of explanation.
fr negation n | Déçu ? Non. Énervé. On m'a promis une augmentation « l'an prochain » trois années de suite, et le nouveau a été embauché au-dessus de mon salaire.
+ en negation n | Disappointed? No. Fuming. They've promised me a raise "next year" three years running, and the new guy was hired on more than I earn.
en negation n | Not sad, not tired, just fed up to the back teeth: the neighbours' dog has barked from six in the morning till midnight every day this week and they think it's cute.
+ fr negation n | Ni triste ni fatiguée, juste à bout : le chien des voisins aboie de six heures du matin à minuit tous les jours cette semaine, et eux trouvent ça mignon.
fr negation n | Je n'ai pas peur de lui, j'en ai ras le bol : il me coupe la parole à chaque réunion et ressort mes idées dix minutes plus tard comme si c'étaient les siennes.
+ en negation n | I'm not scared of him, I've had it up to here: he cuts me off in every meeting and comes out with my ideas ten minutes later as if they were his.
fr negation n | Non, ça ne me fait pas rire. Ils ont encore coupé l'eau sans prévenir, pile quand j'avais la tête pleine de shampoing, et la gardienne dit que « c'était affiché ».
+ en negation n | No, I don't find it funny. They cut the water off again without warning, right when my hair was full of shampoo, and the caretaker says "there was a notice".
en negation n | I'm not crying, I'm seething. My sister borrowed my wedding dress for a fancy-dress party and brought it back with a red wine stain down the front.
+ fr negation n | Je ne pleure pas, je bouillonne. Ma sœur a emprunté ma robe de mariée pour une soirée déguisée et me l'a rendue avec une tache de vin rouge sur tout le devant.
fr negation n | Le colis n'est jamais arrivé, le vendeur ne répond pas, et la plateforme a clôturé ma réclamation en quatre minutes avec la mention « problème résolu ».
+ en negation n | The parcel never came, the seller doesn't answer, and the platform closed my complaint in four minutes marked "issue resolved".
en negation n | The bus never showed up, the app said "arriving" for forty minutes, and the moment I paid for a taxi, the bus drove past me, empty.
+ fr negation n | Le bus n'est jamais venu, l'appli affichait « à l'approche » depuis quarante minutes, et à la seconde où j'ai payé un taxi, le bus m'est passé devant, vide.
fr negation n | Je ne m'inquiète pas pour mes notes, je suis révoltée : le prof a mis zéro à toute la classe parce que deux élèves ont bavardé au fond.
+ en negation n | I'm not worried about my grades, I'm outraged: the teacher gave the whole class a zero because two students were chatting at the back.
fr negation h | Ce n'est pas du stress, c'est de la colère pure : la banque a bloqué ma carte en vacances alors que je les avais prévenus, et le conseiller me dit que c'est « pour ma sécurité ».
+ en negation h | It's not stress, it's pure anger: the bank blocked my card on holiday even though I'd told them I was going, and the adviser says it's "for my own safety".

# mixed
fr mixed n | Un peu soulagée que le déménagement soit fini, mais surtout furax : les déménageurs ont cassé le miroir de ma grand-mère et nient tout en bloc.
+ en mixed n | A bit relieved the move is over, but mostly furious: the removal men broke my grandmother's mirror and flatly deny everything.
en mixed n | Slightly amused at first, but mostly angry now: the "urgent" meeting I skipped lunch for was about choosing the new office mugs.
+ fr mixed n | Un peu amusé au début, mais maintenant surtout en colère : la réunion « urgente » pour laquelle j'ai sauté le déjeuner portait sur le choix des nouvelles tasses du bureau.
fr mixed h | J'ai un peu de peine pour lui, mais je suis surtout en colère : il a encore pris le volant après avoir bu, avec les enfants à l'arrière.
+ en mixed h | I feel a bit sorry for him, but above all I'm angry: he got behind the wheel after drinking again, with the kids in the back.
fr mixed n | Content d'avoir enfin mon permis, oui, mais ce qui domine, c'est l'agacement : l'auto-école m'a fait payer quinze heures de plus que nécessaire pour remplir son planning.
+ en mixed n | Glad to finally have my licence, yes, but what wins is irritation: the driving school made me pay for fifteen extra hours I didn't need just to fill its schedule.
en mixed n | Tired, sure, but mostly furious: I stayed until nine finishing the slides and my boss presented them as his own without mentioning me once.
+ fr mixed n | Fatigué, oui, mais surtout furieux : je suis resté jusqu'à vingt et une heures pour finir les diapos, et mon chef les a présentées comme les siennes sans me citer une seule fois.
fr mixed n | Un peu gênée d'avoir haussé le ton à la caisse, mais surtout excédée : la caissière m'a traitée de voleuse devant toute la file pour un article mal scanné.
+ en mixed n | A bit embarrassed I raised my voice at the till, but mostly exasperated: the cashier called me a thief in front of the whole queue over an item that scanned wrong.
fr mixed n | Un fond de tristesse, bien sûr, mais c'est la colère qui l'emporte : la mairie a abattu les platanes de la place sans aucune concertation, pour faire un parking.
+ en mixed n | A touch of sadness, of course, but anger wins: the council cut down the plane trees on the square without consulting anyone, to build a car park.
en mixed n | A bit worried about my grade, but above all angry: the online exam platform crashed halfway through, and the university says it's my internet's fault.
+ fr mixed n | Un peu inquiète pour ma note, mais surtout en colère : la plateforme d'examen en ligne a planté à la moitié, et la fac prétend que c'est la faute de ma connexion.
fr mixed h | Fatigué de cette saison, mais ce soir c'est surtout la rage : l'arbitre a sifflé un penalty imaginaire à la dernière minute et on descend en division inférieure.
+ en mixed h | Tired of this season, but tonight it's mostly rage: the ref gave an imaginary penalty in the last minute and we're relegated.
fr mixed n | Un peu inquiet pour ma mère, mais surtout remonté contre la mutuelle : ils refusent de rembourser son appareil auditif parce que le formulaire a été rempli au stylo bleu et non noir.
+ en mixed n | A bit worried about my mum, but mostly fuming at the insurer: they refuse to cover her hearing aid because the form was filled in with a blue pen instead of black.
en mixed n | Half laughing, half boiling, and the boiling is winning: my flatmate ate the birthday cake I'd hidden for my girlfriend and put the empty box back in the fridge.
+ fr mixed n | Moitié rire, moitié bouillonnement, et c'est le bouillonnement qui gagne : mon coloc a mangé le gâteau d'anniversaire que j'avais caché pour ma copine et a remis la boîte vide au frigo.
fr mixed h | Déçue, évidemment, mais surtout écœurée : le jury du concours de pâtisserie a donné le premier prix à la fille de l'organisateur, qui avait acheté son gâteau chez le traiteur.
+ en mixed h | Disappointed, obviously, but mostly disgusted: the baking contest judges gave first prize to the organiser's daughter, who'd bought her cake from a caterer.
fr mixed n | J'étais plutôt de bonne humeur ce matin, mais là je fulmine : un type en trottinette m'a renversé mon café sur la chemise et m'a traité d'abruti en repartant.
+ en mixed n | I was in a pretty good mood this morning, but now I'm fuming: a guy on an e-scooter knocked my coffee all over my shirt and called me an idiot as he rode off.
"""

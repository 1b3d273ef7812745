"""colere: third wave, minimal pairs with victoire (train and validation only)."""

SEEDS = """
# pair 01
fr situation n | Mon coloc a repeint la cuisine en orange sans me demander, et j'ai payé la moitié.
+ en situation n | My flatmate painted the kitchen orange without asking me, and I paid half.
# pair 02
fr situation h | Le plombier est reparti sans réparer la fuite et m'a quand même facturé 120 euros.
+ en situation h | The plumber left without fixing the leak and still charged me 120 euros.
# pair 03
en situation n | The neighbours' dog dug up my tomato bed again, and they just laughed.
+ fr situation n | Le chien des voisins a encore retourné mes tomates, et ils ont juste rigolé.
# pair 04
fr situation n | Les déménageurs ont rayé mon armoire ancienne et refusent de rembourser.
+ en situation n | The movers scratched my antique wardrobe and refuse to pay for it.
# pair 05
fr situation n | Mon fils m'a juré qu'il rangerait sa chambre, et il a tout planqué sous mon lit.
+ en situation n | My son swore he'd tidy his room, and he shoved everything under my bed.
# pair 06
fr situation h | Ma collègue a envoyé mon tableau au directeur en signant de son nom.
+ en situation h | My colleague sent my spreadsheet to the director with her own name on it.
# pair 07
fr situation h | Promotion refusée, et c'est le neveu du patron, arrivé en mars, qui l'a eue.
+ en situation h | Passed over for promotion, and the boss's nephew, who started in March, got it.
# pair 08
fr situation n | On m'a encore collé la réunion du vendredi 18 h, comme chaque semaine depuis un an.
+ en situation n | They've stuck me with the Friday 6 p.m. meeting again, like every week for a year.
# pair 09
en situation h | The client rejected the whole project the day before launch, after approving every draft.
+ fr situation h | Le client rejette tout le projet la veille du lancement, après avoir validé chaque version.
# pair 10
fr situation n | Entretien de cinq minutes : le poste était déjà promis à un ami du recruteur.
+ en situation n | A five-minute interview: the job had already been promised to the recruiter's friend.
# pair 11
fr situation h | La prof m'a mis zéro pour triche alors que j'ai fait tout le devoir seul.
+ en situation h | The teacher gave me a zero for cheating when I did the whole assignment myself.
# pair 12
fr situation n | Refusé partout sur Parcoursup parce que le lycée a mal saisi une de mes notes.
+ en situation n | Turned down everywhere on Parcoursup because the school entered one of my grades wrong.
# pair 13
en situation h | Failed my driving test because the examiner was on his phone and missed my mirror checks.
+ fr situation h | Recalé au permis parce que l'inspecteur était sur son téléphone et n'a pas vu mes rétros.
# pair 14
fr situation n | Le lycée annule le voyage scolaire la veille du départ et garde l'acompte.
+ en situation n | The school cancels the class trip the day before we leave and keeps the deposit.
# pair 15
fr situation h | Un camarade a plagié mon mémoire et a eu une meilleure note que moi.
+ en situation h | A classmate plagiarised my dissertation and got a better mark than me.
# pair 16
fr typo n | jai revisé 3 semaines et le prof a changé le programme du partiel sans prévenir
+ en typo n | i revised for 3 weeks and the prof changed the exam syllabus without telling anyone
# pair 17
fr situation h | Trois heures aux urgences, et le médecin m'a renvoyé chez moi sans m'examiner.
+ en situation h | Three hours in A&E, and the doctor sent me home without examining me.
# pair 18
fr situation n | Mon médecin m'a fait la morale sur mon poids sans écouter pourquoi je venais.
+ en situation n | My doctor lectured me about my weight without listening to why I'd come.
# pair 19
en situation n | The gym kept charging me for a year after I cancelled, and won't refund.
+ fr situation n | La salle de sport m'a prélevé pendant un an après ma résiliation et refuse de rembourser.
# pair 20
fr situation h | Ils ont recalé ma sœur au concours d'infirmière à cause d'une erreur de correction.
+ en situation h | They failed my sister in the nursing entrance exam because of a marking error.
# pair 21
fr situation n | Mon frère a encore pris ma voiture sans demander et me l'a rendue sur la réserve.
+ en situation n | My brother took my car again without asking and gave it back running on fumes.
# pair 22
fr situation h | Ma belle-sœur a raconté à toute la table que mon gâteau venait du supermarché.
+ en situation h | My sister-in-law told the whole table my cake came from the supermarket.
# pair 23
en situation h | My mum read my diary and repeated it to the whole family at Sunday lunch.
+ fr situation h | Ma mère a lu mon journal intime et l'a répété à toute la famille au déjeuner du dimanche.
# pair 24
fr situation h | Mes parents ont vendu ma collection de BD sans me demander, pour vingt euros.
+ en situation h | My parents sold my comic collection without asking me, for twenty euros.
# pair 25
fr situation h | Le coach m'a laissé sur le banc toute la finale pour faire jouer son fils.
+ en situation h | The coach kept me on the bench the whole final so his son could play.
# pair 26
fr situation h | Disqualifié du trail pour un raccourci que je n'ai jamais pris, et aucun recours possible.
+ en situation h | Disqualified from the trail race for a shortcut I never took, and no way to appeal.
# pair 27
en situation h | Someone stole my bike from the club's locked shed the night before the race.
+ fr situation h | Quelqu'un a volé mon vélo dans le local fermé du club la veille de la course.
# pair 28
fr situation n | Le club de tennis a encore donné mon créneau à un membre du bureau.
+ en situation n | The tennis club gave my court slot to a committee member yet again.
# pair 29
fr slang_emoji h | ptn l'arbitre nous siffle 3 hors-jeu imaginaires et on perd 1-0 🤬
+ en slang_emoji h | ffs the ref gives 3 imaginary offsides against us and we lose 1-0 🤬
# pair 30
fr situation n | Mon partenaire de double a abandonné le tournoi sans même me prévenir.
+ en situation n | My doubles partner pulled out of the tournament without even telling me.
# pair 31
fr situation h | Mon petit frère a effacé ma sauvegarde de quarante heures pour lancer sa partie.
+ en situation h | My little brother deleted my forty-hour save file to start his own game.
# pair 32
en situation h | My teammate rage-quit in the final round and we lost the ranked match.
+ fr situation h | Mon coéquipier a quitté la partie en plein dernier round et on a perdu le match classé.
# pair 33
fr situation n | Le tricheur gagne encore le tournoi d'échecs en ligne, et la modération ne fait rien.
+ en situation n | The cheater wins the online chess tournament again, and the moderators do nothing.
# pair 34
fr situation n | Ma belle-famille change les règles de la belote en pleine partie pour me faire perdre.
+ en situation n | My in-laws change the rules of the card game mid-round to make me lose.
# pair 35
fr situation h | La banque me prend 40 euros de frais pour un découvert de deux euros. Mets une ambiance qui colle.
+ en situation h | The bank charges me 40 euros in fees for being two euros overdrawn. Match the lights to that.
# pair 36
fr situation n | Les impôts me réclament une somme déjà payée, et personne ne répond au téléphone.
+ en situation n | The tax office is chasing me for money I've already paid, and nobody answers the phone.
# pair 37
en situation h | The landlord kept my whole deposit for a stain that was there when I moved in.
+ fr situation h | Le proprio a gardé toute ma caution pour une tache qui était là à mon arrivée.
# pair 38
fr situation h | La préfecture a perdu mon dossier de naturalisation pour la deuxième fois.
+ en situation h | The prefecture has lost my citizenship application for the second time.
# pair 39
fr situation n | L'assurance refuse de payer le dégât des eaux à cause d'une clause en tout petit.
+ en situation n | The insurer refuses to cover the water damage because of a clause in tiny print.
# pair 40
fr situation n | Quatrième fois qu'on me redemande le même justificatif de domicile pour la même demande.
+ en situation n | Fourth time they've asked me for the same proof of address for the same application.
# pair 41
fr situation h | Train supprimé sans la moindre annonce, et la SNCF refuse de me rembourser.
+ en situation h | Train cancelled without any announcement, and the rail company won't refund me.
# pair 42
fr situation n | Un type se gare sur ma place réservée et m'insulte quand je lui demande de bouger.
+ en situation n | Some guy parks in my reserved space and swears at me when I ask him to move.
# pair 43
en situation h | The airline cancelled our flight and offered a voucher we can't even use.
+ fr situation h | La compagnie a annulé notre vol et nous propose un avoir qu'on ne peut même pas utiliser.
# pair 44
fr situation n | L'hôtel a revendu notre chambre à quelqu'un d'autre, on dort dans la voiture.
+ en situation n | The hotel resold our room to someone else, we're sleeping in the car.
# pair 45
fr situation n | Le voisin a taillé la haie de son côté et jeté toutes les branches dans mon jardin.
+ en situation n | The neighbour trimmed his side of the hedge and threw all the branches into my garden.
# pair 46
fr situation h | Le voisin du dessus refait sa salle de bain à la perceuse chaque dimanche à 8 h. Lumière adaptée.
+ en situation h | The upstairs neighbour redoes his bathroom with a drill every Sunday at 8 a.m. Lights to match.
# pair 47
en situation n | The building manager has ignored my complaint about the broken lift for four months.
+ fr situation n | Le syndic ignore ma plainte pour l'ascenseur en panne depuis quatre mois.
# pair 48
fr situation h | La mise à jour a effacé toutes mes photos, et le support me dit de redémarrer.
+ en situation h | The update wiped all my photos, and support tells me to restart it.
# pair 49
fr situation n | Le technicien fibre ne vient pas, troisième rendez-vous raté ce mois-ci.
+ en situation n | The fibre technician doesn't show, third missed appointment this month.
# pair 50
en situation h | My code got merged under my colleague's name and he took the credit at standup.
+ fr situation h | Mon code est intégré sous le nom de mon collègue, qui s'en vante en réunion.
# pair 51
fr slang_emoji h | le site plante pile au moment de payer, 3h de file perdues pour rien 😡😡
+ en slang_emoji h | the site crashes right at checkout, 3 hours of queueing wasted 😡😡
# pair 52
fr situation h | Quelqu'un a repris ma vidéo de recettes sans me citer, et elle fait un million de vues.
+ en situation h | Someone reposted my recipe video without crediting me, and it has a million views.
# pair 53
fr situation n | Un troll m'insulte sous chacun de mes posts depuis une semaine, et la plateforme s'en fiche.
+ en situation n | A troll has been insulting me under every post for a week, and the platform doesn't care.
# pair 54
en situation n | Some stranger copied my Etsy designs and is selling them cheaper.
+ fr situation n | Un inconnu a copié mes motifs Etsy et les vend moins cher.
# pair 55
fr situation n | Le vendeur m'a fait passer un frigo d'exposition rayé pour du neuf.
+ en situation n | The salesman passed off a scratched display fridge as brand new.
# pair 56
fr situation n | Troisième colis marqué « livré » alors que personne n'est jamais passé.
+ en situation n | Third parcel marked 'delivered' when nobody ever came by.
# pair 57
fr situation h | La caissière m'a accusée de vol devant toute la file, alors que j'avais le ticket.
+ en situation h | The cashier accused me of stealing in front of the whole queue, when I had the receipt.
# pair 58
fr situation h | Mon coloc a fini le bourguignon qui avait mijoté quatre heures pour mes invités.
+ en situation h | My flatmate finished off the beef stew that had simmered four hours for my guests.
# pair 59
fr situation n | Une heure et demie d'attente au restaurant, plat froid, et ils comptent quand même le service.
+ en situation n | An hour and a half waiting at the restaurant, cold food, and they still add the service charge.
# pair 60
en situation n | The bakery sold me yesterday's bread at full price and then denied it.
+ fr situation n | La boulangerie m'a vendu le pain d'hier au prix fort, puis a tout nié.
# pair 61
fr situation n | La grêle a tout haché, et l'assurance refuse de payer après quinze ans de cotisations.
+ en situation n | Hail shredded everything, and the insurer refuses to pay after fifteen years of premiums.
# pair 62
fr situation n | Des touristes ont piétiné tous mes semis pour faire des photos dans le champ.
+ en situation n | Tourists trampled all my seedlings to take photos in the field.
# pair 63
en situation n | Someone drove over our new lawn to turn around, for the third time.
+ fr situation n | Quelqu'un a encore roulé sur notre pelouse neuve pour faire demi-tour, pour la troisième fois.
# pair 64
fr situation n | Un groupe a laissé tous ses déchets au refuge, et c'est nous qui redescendons leurs sacs.
+ en situation n | A group left all their rubbish at the mountain hut, and we're the ones carrying their bags down.
# pair 65
fr situation n | Un jet-ski a coupé notre ligne de bouées et nous a arrosés en rigolant.
+ en situation n | A jet ski cut through our swimming buoys and sprayed us, laughing.
# pair 66
en situation n | The surf school took our money and cancelled every lesson because of “the wind”.
+ fr situation n | L'école de surf a pris notre argent et annulé tous les cours à cause « du vent ».
# pair 67
fr situation n | Le voisin tape au mur dès que je sors ma guitare, même à 15 h.
+ en situation n | The neighbour bangs on the wall whenever I pick up my guitar, even at 3 p.m.
# pair 68
fr situation h | La salle annule notre concert deux heures avant et refuse de nous payer.
+ en situation h | The venue cancels our gig two hours beforehand and refuses to pay us.
# pair 69
en situation h | The choir leader gave my solo to her niece at the last rehearsal.
+ fr situation h | La cheffe de chœur a donné mon solo à sa nièce à la dernière répétition.
# pair 70
fr situation n | Mon tableau refusé à l'expo parce que je ne connais personne au comité.
+ en situation n | My painting turned down for the exhibition because I don't know anyone on the committee.
# pair 71
fr situation n | L'éditeur a perdu mon manuscrit, puis m'a reproché de ne jamais l'avoir envoyé.
+ en situation n | The publisher lost my manuscript, then blamed me for never sending it.
# pair 72
fr situation h | La mairie rase le jardin partagé qu'on entretient depuis dix ans, pour faire un parking.
+ en situation h | The council is bulldozing the community garden we've kept for ten years, to build a car park.
# pair 73
fr situation h | Le député a voté contre la loi qu'il avait juré de défendre pendant sa campagne.
+ en situation h | The MP voted against the bill he swore to defend during his campaign.
# pair 74
en situation h | The charity's manager spent our fundraising money on his own car.
+ fr situation h | Le responsable de l'association a dépensé l'argent de notre collecte pour sa propre voiture.
# pair 75
fr situation n | Le journal a déformé mes propos dans l'interview et refuse de rectifier.
+ en situation n | The paper twisted my words in the interview and refuses to print a correction.
# pair 76
fr situation h | Le labo a publié nos résultats sans mettre mon nom dans la liste des auteurs.
+ en situation h | The lab published our results without putting my name on the author list.
# pair 77
fr situation n | Le client refuse de payer la charpente à cause d'un retard dû à la pluie.
+ en situation n | The client won't pay for the roof frame because of a delay caused by rain.
# pair 78
en situation n | The contractor left the roof half done and stopped answering my calls.
+ fr situation n | L'entrepreneur a laissé le toit à moitié fait et ne répond plus à mes appels.
# pair 79
fr situation n | Mon apprenti arrive encore à 10 h et me dit que c'est la faute du bus.
+ en situation n | My apprentice rolls in at 10 again and tells me it's the bus's fault.
# pair 80
fr situation h | Ma cousine a annoncé sa grossesse en plein milieu de MON discours de mariage.
+ en situation h | My cousin announced her pregnancy right in the middle of MY wedding speech.
# pair 81
fr situation h | Le traiteur a livré le repas de Noël pour douze au lieu de vingt et ne répond plus.
+ en situation h | The caterer delivered Christmas dinner for twelve instead of twenty and isn't answering.
# pair 82
en situation n | The priest won't let my partner be godmother because we're not married.
+ fr situation n | Le curé refuse que ma compagne soit marraine parce qu'on n'est pas mariés.
# pair 83
fr situation n | L'Ehpad a encore oublié les appels vidéo avec mamie, et la direction s'en moque.
+ en situation n | The care home forgot Gran's video calls again, and the management couldn't care less.
# pair 84
en situation h | The bank clerk spoke to my grandad like a child and refused his withdrawal.
+ fr situation h | Le guichetier a parlé à mon grand-père comme à un enfant et a refusé son retrait.
# pair 85
fr situation n | La sage-femme m'a fait la leçon devant toute la salle parce que je n'allaite pas.
+ en situation n | The midwife lectured me in front of the whole room because I'm not breastfeeding.
# pair 86
fr situation h | Les fêtards hurlent sous ma fenêtre jusqu'à 4 h, et la police ne se déplace pas.
+ en situation h | Partygoers are yelling under my window until 4 a.m., and the police won't come out.
# pair 87
fr situation n | Encore une trottinette jetée en travers de la rampe, impossible de passer en fauteuil.
+ en situation n | Another scooter dumped across the ramp, no way to get past in my wheelchair.
# pair 88
en situation h | Someone keyed my car in the supermarket car park and drove off.
+ fr situation h | Quelqu'un a rayé ma voiture au parking du supermarché et s'est sauvé.
# pair 89
fr situation h | La coopérative nous paie encore le lait moins cher qu'il ne coûte à produire.
+ en situation h | The co-op is still paying us less for our milk than it costs to produce.
# pair 90
fr situation n | Des chasseurs ont encore traversé mon champ de blé en 4x4, sans un mot.
+ en situation n | Hunters drove their 4x4s through my wheat field again, without a word.
# pair 91
fr situation h | Ma sœur a découpé mes tissus de patchwork pour les déguisements de ses gamins, sans demander.
+ en situation h | My sister cut up my quilting fabric for her kids' costumes, without asking.
# pair 92
fr situation h | Mon fils a cassé la maquette de bateau sur laquelle je travaillais depuis un an.
+ en situation h | My son broke the model ship I'd been working on for a year.
# pair 93
fr situation n | Le toiletteur a rasé mon chien entièrement alors que j'avais demandé une simple coupe.
+ en situation n | The groomer shaved my dog completely when I'd asked for a simple trim.
# pair 94
en situation n | My date stood me up, then I saw her in a bar on Instagram the same night.
+ fr situation n | Mon rencard m'a posé un lapin, et je l'ai vue dans un bar en story le soir même.
# pair 95
fr situation h | Mon meilleur ami a raconté mon secret à toute la bande pendant la soirée.
+ en situation h | My best friend told the whole gang my secret during the party.
# pair 96
fr mixed h | Un peu fier d'avoir rendu le dossier à temps, mais surtout furieux qu'un autre l'ait signé.
+ en mixed h | A bit proud I handed the file in on time, but mostly furious someone else signed it.
# pair 97
fr negation h | Non, pas fier d'avoir fini le chantier : le client l'a refusé sans même venir voir.
+ en negation h | No, not proud I finished the job: the client rejected it without even coming to look.
# pair 98
fr typo h | le garagiste ma facturé 300 balles pour une pièce qu'il a meme pas changée
+ en typo h | the mechanic charged me 300 quid for a part he didnt even change
# pair 99
en slang_emoji h | landlord raised the rent AGAIN and still hasn't fixed the heating 🤬🤬
+ fr slang_emoji h | le proprio augmente ENCORE le loyer et a toujours pas réparé le chauffage 🤬🤬
# pair 100
fr situation n | L'auto-école me fait repayer vingt heures alors que le moniteur annulait une leçon sur deux.
+ en situation n | The driving school makes me pay for twenty more hours when the instructor cancelled every other lesson.
"""

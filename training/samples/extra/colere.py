"""colere: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`colere-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Le cabinet médical a annulé mon rendez-vous la veille, ça faisait quatre mois que je l'attendais.
+ en situation n | The clinic cancelled my appointment the day before, I'd waited four months for it.
fr situation n | Mon manager a donné ma prime à quelqu'un qui n'a rien fait de l'année.
+ en situation n | My manager gave my bonus to someone who did nothing all year.
fr situation n | La banque m'a prélevé des frais d'incident pour une erreur qui vient d'eux.
+ en situation n | The bank charged me overdraft fees for a mistake they made.
fr situation n | Mon ex a encore oublié de récupérer les enfants à l'école.
+ en situation n | My ex forgot to pick the kids up from school, again.
fr situation n | On a retrouvé des mégots jetés dans mon jardin par les gens du dessus.
+ en situation n | The upstairs neighbours keep throwing cigarette butts into my garden.
fr situation n | Le vétérinaire m'a facturé une consultation alors qu'il n'a même pas regardé le chien.
+ en situation n | The vet charged me for a consultation and didn't even look at the dog.
fr situation n | Le chantier d'en face commence à six heures du matin, même le samedi.
+ en situation n | The building site across the road starts at six, even on Saturdays.
fr situation n | Le bus est passé devant moi sans s'arrêter alors que je faisais signe.
+ en situation n | The bus drove right past me while I was waving.
fr situation n | L'arbitre a refusé un but valable à ma fille pendant son match.
+ en situation n | The ref disallowed a perfectly good goal in my daughter's match.
fr situation n | Le site a débité ma carte et la commande n'existe pas.
+ en situation n | The website charged my card and the order doesn't exist.
fr situation n | Mon frère a revendu la montre de papa sans nous en parler.
+ en situation n | My brother sold dad's watch without telling any of us.
fr situation n | La préfecture a perdu mon dossier pour la deuxième fois.
+ en situation n | The immigration office lost my file for the second time.
fr situation n | Un automobiliste s'est garé sur la place handicapée devant ma mère en fauteuil.
+ en situation n | Some guy parked in the disabled spot right in front of my mum in her wheelchair.
fr situation n | Mon coloc a mangé le gâteau d'anniversaire que j'avais fait pour ma copine.
+ en situation n | My flatmate ate the birthday cake I made for my girlfriend.
fr situation n | Mon prof a baissé ma note parce que j'avais écrit au stylo bleu et pas noir.
+ en situation n | My teacher marked me down because I used a blue pen instead of black.
fr situation n | Les voisins ont encore laissé leur chien faire ses besoins devant ma porte.
fr situation n | Le réparateur est venu, a pris cent euros et la machine à laver ne marche toujours pas.
+ en situation n | The repairman took a hundred quid and the washing machine still doesn't work.
fr situation n | On m'a doublé dans la file de la boulangerie avec un grand sourire.
+ en situation n | A woman pushed in front of me at the bakery with a big smile.
fr situation n | L'assurance refuse de rembourser alors que j'ai payé pendant quinze ans.
+ en situation n | The insurance company won't pay out after I've paid them for fifteen years.
fr situation n | Mon collègue part toujours à seize heures et me laisse son travail.
+ en situation n | My colleague leaves at four every day and dumps his work on me.
fr situation n | La compagnie aérienne a vendu mon siège à quelqu'un d'autre, je suis bloqué à l'aéroport.
+ en situation n | The airline gave my seat to someone else and I'm stuck at the airport.
fr situation n | Le propriétaire est entré chez moi sans prévenir pendant mon absence.
+ en situation n | My landlord let himself into my flat while I was away.
fr situation n | Mon patron me refuse encore mes congés alors que je les ai posés il y a six mois.
+ en situation n | My boss refused my leave again even though I booked it six months ago.
fr situation n | Quelqu'un a jeté un sac de déchets dans le ruisseau derrière chez nous.
+ en situation n | Someone dumped a bag of rubbish in the stream behind our house.
fr situation n | Le jeu en ligne m'a banni sans raison, j'ai perdu trois ans de progression.
+ en situation n | The game banned me for no reason and I lost three years of progress.
fr situation n | Ma belle-mère a encore critiqué la façon dont j'élève mes enfants, devant eux.
+ en situation n | My mother-in-law criticised my parenting again, in front of the kids.
fr situation n | Un livreur a laissé mon colis sous la pluie, tout est trempé.
+ en situation n | The courier left my parcel out in the rain and everything's soaked.
fr situation n | Ma box internet tombe en panne pour la cinquième fois et le support me demande de la redémarrer.
+ en situation n | My internet's down for the fifth time and support just tells me to restart the router.
fr situation n | Le club de sport continue de me prélever alors que j'ai résilié il y a trois mois.
+ en situation n | The gym keeps taking money even though I cancelled three months ago.
fr situation n | On m'a volé mon téléphone dans le train et personne n'a réagi.
+ en situation n | Someone stole my phone on the train and nobody did a thing.
fr situation n | Le promoteur va raser le petit bois où je promène le chien.
+ en situation n | A developer is going to bulldoze the little wood where I walk the dog.
fr situation n | Mon fils s'est fait frapper à l'école et la direction ne fait rien.
+ en situation n | My son got hit at school and the head teacher is doing nothing.
fr situation n | La mairie a augmenté la taxe et fermé la piscine la même semaine.
+ en situation n | The council raised taxes and closed the swimming pool in the same week.
fr situation n | J'ai fait la queue une heure à la poste pour qu'on me dise de revenir demain.
+ en situation n | Queued an hour at the post office to be told to come back tomorrow.
fr situation n | Mon ami a annulé le week-end la veille pour aller chez quelqu'un d'autre.
+ en situation n | My friend cancelled our weekend the night before to go somewhere else.
fr situation n | Le mécanicien a rayé la jante et nie tout.
+ en situation n | The mechanic scratched my wheel rim and denies it.
fr situation n | On a refusé mon dossier de prêt à cause d'une erreur de la banque elle-même.
+ en situation n | My loan was refused because of an error the bank made itself.
fr situation n | Les supporters adverses ont sifflé pendant la minute de silence.
+ en situation n | The away fans booed during the minute's silence.
fr situation n | La livraison de meubles a été reportée pour la quatrième fois, j'ai posé des congés pour rien.
+ en situation n | The furniture delivery got pushed back a fourth time and I took days off for nothing.
fr situation n | Mon collègue fait des blagues sexistes à chaque réunion et tout le monde rit.
+ en situation n | A colleague makes sexist jokes in every meeting and everyone laughs.
fr situation n | Le voisin a coupé la haie qui était chez nous sans demander.
+ en situation n | My neighbour cut down the hedge on our side without asking.
fr situation n | La garderie ferme sans prévenir et je dois quitter le travail en urgence.
+ en situation n | The nursery closed without warning and I had to leave work in a rush.
fr situation n | Mon opérateur a augmenté mon forfait sans m'informer.
+ en situation n | My phone company raised my monthly bill without telling me.
fr situation n | Le conducteur de la voiture devant a jeté son paquet de chips par la fenêtre.
+ en situation n | The driver in front just threw his crisp packet out of the window.
fr situation n | J'ai payé le plein tarif pour un concert annulé et on m'offre un bon d'achat.
+ en situation n | Paid full price for a cancelled gig and they're offering me a voucher.
fr situation n | La mise à jour a effacé toutes mes photos et le service client s'en fiche.
+ en situation n | The update wiped all my photos and customer service doesn't care.
fr situation n | On m'accuse d'avoir cassé l'imprimante alors que je n'étais même pas là.
+ en situation n | They're blaming me for breaking the printer and I wasn't even in.
fr situation n | Mon fils a dessiné sur le mur fraîchement repeint, et il m'a menti en plus.
+ en situation n | My kid drew on the freshly painted wall and then lied about it.
fr negation n | Ce n'est pas de la tristesse, ce qu'ils ont fait à mon père à l'hôpital me met hors de moi.
+ en negation n | It's not sadness, what they did to my dad at the hospital makes me livid.
fr negation n | Je ne suis pas déçue, je suis furieuse qu'on ait encore ignoré ma demande.
+ en negation n | I'm not disappointed, I'm furious they ignored my request again.
en situation n | The estate agent showed our flat to buyers without asking us.
# contrast with neighbouring moods
# stories
fr long n | J'ai commandé un canapé il y a trois mois. On m'a annoncé la livraison pour mardi, j'ai posé ma journée. Personne n'est venu et personne ne décroche. Ce soir je découvre par mail que c'est reporté au mois prochain.
+ en long n | I ordered a sofa three months ago. They said Tuesday, so I took the day off. Nobody came and nobody answers the phone. Tonight an email says it's pushed to next month.
fr long n | Mon collègue a présenté en réunion l'idée que je lui avais confiée la veille. Le directeur l'a félicité devant tout le monde. Quand j'ai voulu en parler, il a haussé les épaules. Je bous depuis ce matin.
+ en long n | My colleague pitched the idea I'd shared with him the day before. The director praised him in front of everyone. When I brought it up, he just shrugged. I've been boiling all morning.
fr long n | On a payé un artisan pour refaire la salle de bain. Il est parti au bout de deux semaines avec l'acompte. Il ne répond plus au téléphone. Et l'eau coule dans le salon du voisin.
+ en long n | We paid a builder to redo the bathroom. He left after two weeks with the deposit. He won't answer his phone. And now water is dripping into the neighbour's living room.
fr long n | Le club de foot de mon fils a sélectionné les enfants des dirigeants pour le tournoi. Mon fils s'entraîne trois fois par semaine depuis deux ans. Il a pleuré tout le trajet du retour. Je suis révolté.
+ en long n | My son's football club picked the coaches' kids for the tournament. My son has trained three times a week for two years. He cried all the way home. I'm outraged.
fr long n | J'ai fait un signalement pour la fuite de gaz dans l'immeuble il y a un mois. Le syndic n'a toujours rien fait. Aujourd'hui ça sent encore dans l'escalier. Ils attendent quoi, un drame ?
+ en long n | I reported the gas smell in our building a month ago. The management company still hasn't done anything. It still smells in the stairwell today. What are they waiting for, a disaster?
# phone spelling
fr typo n | jsuis veneR, le livreur a encore laissé mon colis sous la pluie
fr typo n | chui tro enervé contre mon coloc il a bouffé mon gateau
fr typo n | la banque ma pris des frais pr rien jai la haine
"""

"""inquietude: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`inquietude-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Mon médecin m'envoie faire une échographie de la thyroïde, j'ai rendez-vous dans dix jours.
+ en situation n | My doctor is sending me for a thyroid scan and the appointment isn't for ten days.
fr situation n | Ma boîte a été rachetée et on ne sait pas qui sera gardé.
+ en situation n | Our company got bought out and nobody knows who's being kept on.
fr situation n | Le dernier relevé de compte montre qu'il me reste quarante euros jusqu'à la fin du mois.
+ en situation n | My bank statement says I've got forty quid left until payday.
fr situation n | Mon fils part en classe de neige et c'est la première fois qu'il dort loin de nous.
+ en situation n | My son is going on a school ski trip, his first time sleeping away from us.
fr situation n | Ma chienne boite depuis deux jours et la radio n'est que mardi.
+ en situation n | My dog has been limping for two days and the X-ray isn't until Tuesday.
fr situation n | L'expert passe demain pour les fissures sur le mur de la maison.
+ en situation n | The surveyor comes tomorrow to look at the cracks in the wall.
fr situation n | Ma mère oublie de plus en plus de choses ces derniers temps.
+ en situation n | My mum keeps forgetting things lately.
fr situation n | Ma fille a pris la voiture pour la première fois seule de nuit.
+ en situation n | My daughter took the car out alone at night for the first time.
fr situation n | Les résultats de mon concours sortent dans trois semaines et je doute de mon oral.
fr situation n | Mon copain a un entretien pour un poste à l'autre bout du pays.
+ en situation n | My partner has an interview for a job on the other side of the country.
fr situation n | La bourse a chuté et toute notre épargne retraite est placée dessus.
+ en situation n | The stock market dropped and our whole pension is invested in it.
fr situation n | J'ai remarqué un grain de beauté qui a changé de forme, je vois le dermato jeudi.
+ en situation n | A mole on my back has changed shape, I'm seeing the dermatologist Thursday.
fr situation n | Mon frère ne donne plus de nouvelles depuis qu'il a perdu son emploi.
+ en situation n | My brother has gone quiet since he lost his job.
fr situation n | La cour d'école de mon fils est réputée difficile, c'est sa rentrée lundi.
fr situation n | Mon contrat se termine le mois prochain et il n'y a aucune proposition de renouvellement.
+ en situation n | My contract ends next month and there's no word about renewing it.
fr situation n | Le chat n'est pas rentré hier soir et il y a une route pas loin.
+ en situation n | The cat didn't come home last night and there's a busy road nearby.
fr situation n | Mon père doit passer un scanner des poumons, il a fumé toute sa vie.
+ en situation n | My dad needs a lung scan, he smoked his whole life.
fr situation n | On a reçu un avis de contrôle de l'URSSAF pour mon entreprise.
+ en situation n | We got a tax audit notice for my business.
fr situation n | Ma grand-mère vit seule et il va faire quarante degrés cette semaine.
+ en situation n | My gran lives alone and it's going to be forty degrees this week.
fr situation n | La crèche signale que ma fille ne mange presque plus.
+ en situation n | The nursery says my daughter has barely been eating.
fr situation n | L'avion de ma femme traverse une zone d'orages ce soir.
+ en situation n | My wife's flight is going through a storm tonight.
fr situation n | Mon propriétaire veut récupérer l'appartement et je n'ai rien trouvé d'autre.
+ en situation n | My landlord wants the flat back and I haven't found anything else.
fr situation n | Ma meilleure amie doit accoucher prématurément, les médecins surveillent le bébé.
+ en situation n | My best friend is going into labour early and they're monitoring the baby.
fr situation n | Mon ado passe ses nuits sur son téléphone et ses notes baissent.
+ en situation n | My teenager is up all night on his phone and his grades are slipping.
fr situation n | On attend la réponse de l'école pour l'inscription de notre fils, toutes les places sont prises.
fr situation n | Le garagiste a trouvé un problème sur la boîte de vitesses, il me rappelle avec le devis.
+ en situation n | The mechanic found a problem with the gearbox and he's calling back with the quote.
fr situation n | Mon mari a des douleurs à la poitrine de temps en temps et refuse de consulter.
+ en situation n | My husband gets chest pains now and then and won't see a doctor.
fr situation n | Les vagues de licenciements continuent dans mon secteur.
+ en situation n | More layoffs keep being announced in my industry.
fr situation n | Le visa de mon conjoint n'est toujours pas renouvelé et il expire dans un mois.
+ en situation n | My partner's visa still hasn't been renewed and it runs out in a month.
fr situation n | Ma fille part faire de l'humanitaire dans une zone instable.
+ en situation n | My daughter is volunteering in a region that isn't very safe.
fr situation n | J'ai une présentation devant la direction lundi et je ne suis pas prêt.
+ en situation n | I've got a presentation to the board on Monday and I'm not ready.
fr situation n | Mon vieux chien a une grosseur sous la patte, le vétérinaire fait une biopsie.
+ en situation n | My old dog has a lump on his leg, the vet is doing a biopsy.
fr situation n | Le toit fuit et la réparation va coûter plus que nos économies.
+ en situation n | The roof is leaking and the repair will cost more than our savings.
fr situation n | Mon fils a de la fièvre depuis trois jours et ça ne baisse pas vraiment.
+ en situation n | My son has had a fever for three days and it's not really going down.
fr situation n | Mon associé ne répond plus à mes messages et on a un gros paiement à faire.
+ en situation n | My business partner stopped answering and we have a big payment due.
fr situation n | On a un rendez-vous à la banque pour le découvert, je ne sais pas ce qu'ils vont dire.
+ en situation n | We have a meeting with the bank about the overdraft and I don't know what they'll say.
fr situation n | Ma sœur a accepté un travail dans un pays où elle ne connaît personne.
+ en situation n | My sister took a job in a country where she knows nobody.
fr situation n | La tempête doit arriver cette nuit et notre toit est vieux.
+ en situation n | The storm is supposed to hit tonight and our roof is old.
fr situation n | Mon père a fait une chute et attend les résultats de la radio de la hanche.
+ en situation n | My dad fell and is waiting for the hip X-ray results.
fr situation n | Je me demande si je vais réussir à rembourser le prêt étudiant.
+ en situation n | I keep wondering whether I'll ever manage to pay off my student loan.
fr situation n | Les analyses de mon fils doivent être refaites, le pédiatre n'a rien voulu dire.
fr situation n | On part en vacances et la voisine qui devait nourrir le chat vient d'annuler.
+ en situation n | We're going away and the neighbour who was feeding the cat just cancelled.
fr situation n | Ma copine a des vertiges depuis une semaine.
+ en situation n | My girlfriend has been dizzy for a week.
fr situation n | J'ai entendu dire que le service allait être délocalisé l'an prochain.
+ en situation n | I heard our department might be outsourced next year.
fr situation n | Mon fils a été convoqué chez le principal, on ne sait pas pourquoi.
+ en situation n | My son was called into the head's office and we don't know why.
fr situation n | Le taux de mon crédit est variable et il ne fait que monter.
+ en situation n | Our mortgage rate is variable and it keeps going up.
fr situation n | Ma mère doit se faire opérer de la cataracte et elle a peur de l'anesthésie, moi aussi.
+ en situation n | My mum is having cataract surgery and she's scared of the anaesthetic, so am I.
fr situation n | Mon ami a été hospitalisé et sa famille ne me dit pas grand-chose.
+ en situation n | My friend is in hospital and his family isn't telling me much.
fr negation n | Ce n'est pas de la panique, mais je me demande vraiment comment on va payer la rentrée.
+ en negation n | It's not panic, but I really wonder how we're going to pay for the school year.
fr negation n | Je ne suis pas impatient, j'ai juste peur que le résultat de la biopsie soit mauvais.
+ en negation n | I'm not impatient, I'm just scared the biopsy comes back bad.
en situation n | My dad's driving five hundred miles alone in the snow tomorrow.
en situation n | The pediatrician wants to run more tests and wouldn't say what for.
en situation n | Our flight home is the day the strike might start.
en situation n | My grandson has his heart check-up next month.
# contrast with neighbouring moods
fr situation n | La semaine prochaine je dois repasser un examen du cœur, le cardiologue n'a rien voulu dire.
+ en situation n | Next week I have to redo a heart test and the cardiologist wouldn't say anything.
fr situation n | Il annonce de fortes crues pour jeudi et notre maison est en zone inondable.
+ en situation n | They're forecasting floods on Thursday and our house is in the risk zone.
fr situation n | Mon ado rentre seul en scooter ce soir, la route est glissante.
+ en situation n | My teenager is riding his scooter home tonight and the roads are icy.
fr situation n | Ma fille commence la plongée sous-marine cet été et je me demande si c'est bien prudent.
+ en situation n | My daughter starts scuba diving this summer and I wonder if it's safe.
fr situation n | Le détecteur de fumée bipe depuis ce matin, je me demande s'il marche encore.
+ en situation n | The smoke alarm has been beeping all morning and I'm not sure it still works.
fr situation n | Ma fille a une compétition de natation samedi et elle s'est blessée à l'épaule la semaine dernière.
+ en situation n | My daughter has a swim meet Saturday and she hurt her shoulder last week.
fr situation n | On a peur que notre fils ne soit pas pris au lycée qu'il veut, les résultats tardent.
+ en situation n | We're afraid our son won't get into the school he wants, the letter is late.
fr situation n | Mon frère joue sa place à l'audition et s'il échoue, il perd sa bourse.
+ en situation n | My brother's scholarship depends on this audition and he's been struggling.
fr situation n | J'ai un rendez-vous chez le banquier demain pour le prêt et je crains un refus.
+ en situation n | Bank meeting tomorrow about the loan and I'm afraid they'll say no.
fr situation n | On attend les résultats de l'analyse de l'eau du puits, le bébé en boit depuis des semaines.
+ en situation n | Still waiting on the well water test results and the baby's been drinking it for weeks.
# stories
fr long n | Ma mère vit seule à la campagne. Depuis quelques semaines elle se trompe dans ses médicaments. Hier elle m'a appelé deux fois pour me dire la même chose. Je ne sais pas si elle peut encore rester chez elle.
+ en long n | My mum lives alone in the countryside. For a few weeks she's been mixing up her pills. Yesterday she called twice to tell me the same thing. I don't know if she can stay on her own much longer.
fr long n | L'entreprise annonce une réorganisation. On a tous reçu une convocation individuelle pour la semaine prochaine. Personne ne sait ce qui va se passer. J'ai un crédit et deux enfants.
+ en long n | The company announced a restructuring. We've all been called in for one-to-one meetings next week. Nobody knows what's coming. I have a mortgage and two kids.
fr long n | Mon fils est parti en randonnée avec des amis ce week-end. Ils devaient donner des nouvelles hier soir. Son téléphone est peut-être juste déchargé. Mais la météo annonce de la neige là-haut.
+ en long n | My son went hiking with friends this weekend. They were meant to check in last night. Maybe his phone just died. But they're forecasting snow up there.
fr long n | Le vétérinaire a trouvé une masse dans le ventre de notre chatte. Il faut faire une échographie. Les résultats seront là jeudi. Elle a quinze ans.
+ en long n | The vet found a mass in our cat's belly. She needs an ultrasound. The results come Thursday. She's fifteen.
fr long n | On a mis toutes nos économies dans le restaurant. Les premiers mois sont calmes, trop calmes. Le banquier veut nous voir. Je fais mes comptes tous les soirs.
+ en long n | We put all our savings into the restaurant. The first months have been quiet, too quiet. The bank wants to see us. I go over the accounts every night.
# phone spelling
fr typo n | jsui inkiet pr mon pere il attend les resultats du scanner
fr typo n | chui stressé g pas de nouvelles de ma fille depui hier soir
fr typo n | jai peur pr mon taf, ya des licenciement qui arrivent
"""

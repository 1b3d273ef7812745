"""tristesse: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`tristesse-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Le médecin nous a annoncé que ma mère ne guérira pas.
+ en situation n | The doctor told us my mum won't get better.
fr situation n | J'ai été licenciée ce matin, on m'a demandé de rendre mon badge tout de suite.
+ en situation n | I was let go this morning and they asked for my badge on the spot.
fr situation n | On a dû vendre la maison pour payer les dettes.
+ en situation n | We had to sell the house to pay off the debts.
fr situation n | Mon fils ne m'appelle plus depuis qu'il est parti vivre chez son père.
+ en situation n | My son stopped calling since he moved in with his dad.
fr situation n | Mon hamster est mort cette nuit, ma fille ne s'arrête pas de pleurer.
+ en situation n | My daughter's hamster died last night and she can't stop crying.
fr situation n | Mon meilleur ami ne m'a pas invité à son mariage.
+ en situation n | My best friend didn't invite me to his wedding.
fr situation n | Le bébé de nos amis est mort à la naissance.
+ en situation n | Our friends' baby died at birth.
fr situation n | Je mange seul à la cantine depuis la rentrée.
+ en situation n | I've been eating lunch alone at school since term started.
fr situation n | La chienne de mes parents, celle avec qui j'ai grandi, a été endormie aujourd'hui.
+ en situation n | My parents' old dog, the one I grew up with, was put to sleep today.
fr situation n | Ma femme et moi, on a décidé de se séparer après douze ans.
+ en situation n | My wife and I decided to split up after twelve years.
fr situation n | Mon grand-père est entré en maison de retraite et ne reconnaît plus personne.
+ en situation n | Grandad went into a care home and doesn't recognise anyone now.
fr situation n | J'ai perdu toutes les photos de mon père dans la panne du disque dur.
+ en situation n | I lost every photo of my dad when the hard drive died.
fr situation n | Personne n'a répondu à mon message pour fêter mes quarante ans.
+ en situation n | Nobody answered my message about celebrating my fortieth.
fr situation n | La petite librairie où je travaillais ferme ses portes définitivement.
+ en situation n | The little bookshop I worked at is closing for good.
fr situation n | Mon chat a disparu il y a un mois et je n'ai plus aucun espoir.
+ en situation n | My cat went missing a month ago and I've lost all hope.
fr situation n | On a reçu l'avis de décès de mon ancien professeur de piano.
+ en situation n | We got the notice that my old piano teacher passed away.
fr situation n | Mon copain est parti avec ma meilleure amie.
+ en situation n | My boyfriend left me for my best friend.
fr situation n | Les enfants sont partis chez leur mère pour les vacances, la maison est vide.
+ en situation n | The kids went to their mum's for the holidays and the house is empty.
fr situation n | J'ai raté mon permis pour la troisième fois.
+ en situation n | Failed my driving test for the third time.
fr situation n | Mon ami d'enfance est décédé dans un accident de moto.
+ en situation n | My childhood friend died in a motorbike accident.
fr situation n | Le projet de toute ma vie a été refusé par toutes les maisons d'édition.
+ en situation n | Every publisher turned down the book I spent my life on.
fr situation n | Je passe Noël seule à l'hôpital.
+ en situation n | Spending Christmas alone in hospital.
fr situation n | Ma sœur a déménagé à l'étranger et ses enfants vont grandir loin de moi.
+ en situation n | My sister moved abroad and her kids will grow up far from me.
fr situation n | On a appris que notre fils ne pourra jamais marcher.
fr situation n | La maison de mon enfance a brûlé cette nuit, il ne reste rien.
+ en situation n | Our childhood home burned down last night, there's nothing left.
fr situation n | Mon vieux voisin, qui m'aidait au jardin, est mort pendant son sommeil.
+ en situation n | My old neighbour who helped me in the garden died in his sleep.
fr situation n | Le club de foot où je jouais depuis vingt ans a été dissous.
+ en situation n | The football club I played for for twenty years has folded.
fr situation n | Je n'ai pas été retenue pour l'adoption, le dossier est clos.
+ en situation n | Our adoption application was rejected and the file is closed.
fr situation n | Ma fille ne veut plus me voir depuis le divorce.
+ en situation n | My daughter won't see me since the divorce.
fr situation n | Mon cheval a dû être abattu après sa fracture.
+ en situation n | My horse had to be put down after breaking his leg.
fr situation n | Je suis rentré de l'enterrement et son manteau est encore sur la chaise.
+ en situation n | Got back from the funeral and his coat is still on the chair.
fr situation n | Mon ami m'a avoué qu'il ne m'a jamais vraiment apprécié.
+ en situation n | My friend admitted he never really liked me.
fr situation n | Mon stage à l'étranger est annulé et c'était mon rêve.
+ en situation n | My internship abroad was cancelled and it was my dream.
fr situation n | Mes deux colocataires déménagent et je me retrouve seul dans l'appartement.
+ en situation n | Both my flatmates are moving out and I'll be on my own.
fr situation n | Le traitement n'a pas marché, on arrête la FIV.
+ en situation n | The treatment didn't work, we're stopping IVF.
fr situation n | Mon poisson rouge qu'on avait depuis huit ans flotte ce matin.
+ en situation n | Our goldfish of eight years was floating this morning.
fr situation n | Personne ne s'est souvenu de mon anniversaire au travail.
+ en situation n | Nobody at work remembered my birthday.
fr situation n | On a enterré le chat sous le cerisier avec les enfants.
+ en situation n | We buried the cat under the cherry tree with the kids.
fr situation n | Ma grand-mère ne pourra pas venir à mon mariage, elle est trop malade.
+ en situation n | My grandma is too ill to come to my wedding.
fr situation n | J'ai appris que mon père avait un cancer avancé.
+ en situation n | Found out my dad has advanced cancer.
fr situation n | Mon groupe de musique s'est séparé et mes amis ne se parlent plus.
+ en situation n | My band broke up and my friends aren't speaking to each other.
fr situation n | Je relis notre dernière conversation, elle ne répondra plus jamais.
+ en situation n | Rereading our last conversation, she'll never reply again.
fr situation n | Ma candidature pour le master a été refusée partout.
+ en situation n | Rejected from every master's programme I applied to.
fr situation n | Mon ami le plus proche part en prison pour trois ans.
+ en situation n | My closest friend is going to prison for three years.
fr situation n | La vieille chatte de ma mère ne mange plus, le vétérinaire dit qu'il faut la laisser partir.
fr situation n | Depuis que je suis à la retraite, plus personne ne m'appelle.
+ en situation n | Since I retired nobody calls me anymore.
fr situation n | J'ai fait une fausse couche à trois mois, on avait déjà choisi le prénom.
+ en situation n | Lost the baby at three months, we'd already chosen a name.
fr situation n | Ma voisine est morte seule et personne ne s'en est aperçu pendant une semaine.
+ en situation n | My neighbour died alone and nobody noticed for a week.
fr negation n | Ce n'est pas de la nostalgie, c'est de la peine : il est parti et ne reviendra pas.
+ en negation n | It's not nostalgia, it's grief: he's gone and he's not coming back.
fr negation n | Je ne suis pas en colère, j'ai juste le cœur lourd depuis sa lettre de rupture.
+ en negation n | I'm not angry, my heart's just heavy since her breakup letter.
en situation n | My best friend moved away and the town feels empty.
en situation n | Sitting in my car outside the hospital, I can't bring myself to go home.
# contrast with neighbouring moods
fr situation n | Ma grand-mère est partie la semaine dernière et je n'arrive pas à ouvrir ses pots de confiture.
+ en situation n | My grandma died last week and I can't bring myself to open her jars of jam.
fr situation n | Mes amis du lycée ne répondent plus à mes messages, je suis seul maintenant.
+ en situation n | My high school friends don't answer my messages anymore, I'm on my own now.
fr situation n | On rend les clés de notre appartement, on se sépare après huit ans.
+ en situation n | We're handing back the keys to our flat, splitting up after eight years.
fr situation n | Mon fils a perdu son doudou dans le train et il sanglote depuis une heure.
+ en situation n | My son lost his favourite cuddly toy on the train and has been sobbing for an hour.
fr situation n | Je ne pourrai plus jamais jouer au foot après ma blessure au genou.
+ en situation n | I'll never play football again after my knee injury.
# stories
fr long n | Mon père est mort il y a un mois. Aujourd'hui j'ai dû vider son appartement. Ses lunettes étaient encore sur la table de nuit. Je me suis assis par terre et j'ai pleuré.
+ en long n | My dad died a month ago. Today I had to clear out his flat. His glasses were still on the bedside table. I sat on the floor and cried.
fr long n | Je suis arrivée dans cette ville pour le travail il y a six mois. Je ne connais toujours personne. Le week-end je ne parle à personne. Ce soir encore je dîne seule devant la télé.
+ en long n | I moved to this city for work six months ago. I still don't know anyone. I go whole weekends without speaking to a soul. Another dinner alone in front of the TV tonight.
fr long n | Notre chienne avait quatorze ans. Elle ne se levait plus depuis quelques jours. Le vétérinaire est venu à la maison ce matin. Son panier est vide près de la porte.
+ en long n | Our dog was fourteen. She hadn't got up for a few days. The vet came to the house this morning. Her basket is empty by the door.
fr long n | On devait se marier en juin. Il m'a dit hier qu'il ne voulait plus. J'ai rendu la robe aujourd'hui. Je ne sais pas comment l'annoncer à ma famille.
+ en long n | We were supposed to get married in June. He told me yesterday he doesn't want to anymore. I returned the dress today. I don't know how to tell my family.
fr long n | J'ai passé deux ans à préparer ce concours. Les résultats sont tombés ce matin. Mon nom n'est pas sur la liste. Je n'ai même pas envie d'en parler.
+ en long n | I spent two years preparing for this exam. The results came out this morning. My name isn't on the list. I don't even want to talk about it.
# phone spelling
fr typo n | jsui tro triste mon chat est mort cette nuit
fr typo n | g raté mon permi pr la 3e fois, jai le moral a zero
fr typo n | personne est venu a mon anniv, jsui degouté et tt seul
"""

"""tristesse: third wave, the common life events of this mood in plain words (train and validation only)."""

SEEDS = """
# events, most frequent first:
# 01 lost my job, laid off, made redundant
# 02 breakup, dumped
# 03 divorce, separation
# 04 pet died
# 05 pet put down at the vet
# 06 grandparent died
# 07 parent died
# 08 funeral, burial, cremation
# 09 miscarriage
# 10 failed an exam
# 11 close friend moved away
# 12 job application rejected
# 13 loneliness, nobody to talk to
# 14 friend died
# 15 anniversary of a death
# 16 relative given a terminal diagnosis
# 17 parent with dementia no longer recognises me
# 18 kids left home, empty nest
# 19 unrequited love, crush said no
# 20 friendship ended, drifted apart
# 21 left out, not invited
# 22 birthday forgotten by everyone
# 23 IVF failed, negative pregnancy test again
# 24 rejected by university or school of choice
# 25 failed the driving test
# 26 team lost the final, relegated
# 27 lost pet never came back
# 28 had to sell the family home
# 29 goodbye at the airport, long distance
# 30 weekend without the kids after separation
# 31 injury or illness ended a hobby or career
# 32 holiday or trip cancelled, long-awaited plan fell through
# 33 my shop or business closed, bankruptcy
# 34 someone took their own life
# 35 feeling empty, low, depressed
# 36 Christmas or holidays alone
# 37 dumped by text, ghosted
# 38 friend stopped calling
# 39 lost a sentimental object for good
# 40 colleague or boss died
# 41 grandparent moved into a care home
# 42 child estranged, doesn't speak to me
# 43 wedding called off
# 44 nobody came to my party
# 45 repeating a school year, failed the year
# 46 manuscript, audition or project rejected
# 47 couldn't be at the funeral
# 48 a beloved celebrity or artist died
# 49 pet got a terminal diagnosis
# 50 elderly parent alone, no visitors
# 51 widowed, first time alone
# 52 ex has moved on, new partner or baby
# 53 had to give up my pet
# 54 evicted, lost the flat
# 55 not picked for the team
# 56 first day of school, child no longer needs me
# 57 cried all night, heartbroken
# 58 lost a baby, stillbirth
# 59 best friend's goodbye party, leaving the country
# 60 last day at a job I loved, team broken up
# 61 visa refused, can't see my family
# 62 house lost to fire or flood (after the event)
# 63 house plant or garden destroyed, small loss
# 64 sibling moved abroad
# 65 rainy Sunday alone, blues
# 66 child's pet fish or hamster died
# 67 had to sell my car, piano or treasure for money
# 68 failed a job interview
# 69 grandparent's house emptied after death
# 70 neighbour or old friend passed away quietly

# situations: lost my job
fr situation n | On m'a licencié ce matin après huit ans dans la boîte.
+ en situation n | I got laid off this morning after eight years with the company.
fr situation n | Plan social : mon poste est supprimé à la fin du mois.
+ en situation n | Restructuring: my job's being cut at the end of the month.
fr situation n | Viré en dix minutes, même pas le temps de dire au revoir aux collègues.
+ en situation n | Fired in ten minutes, didn't even get to say bye to my colleagues.
fr situation n | J'ai perdu mon boulot, je rentre avec mon carton sous le bras.
+ en situation n | Lost my job, I'm heading home with my box of stuff.
# situations: breakup
fr situation h | Il m'a quittée hier soir, c'est fini entre nous.
+ en situation h | He left me last night, we're over.
fr situation n | On s'est séparés après cinq ans ensemble. Mets une lumière douce.
+ en situation n | We split up after five years together. Soft lights, please.
fr situation n | Elle a rompu au téléphone, je suis assis par terre dans la cuisine.
+ en situation n | She broke up with me over the phone, I'm sitting on the kitchen floor.
# situations: divorce
fr situation n | Le divorce est prononcé, je signe les derniers papiers demain.
+ en situation n | The divorce is final, I sign the last papers tomorrow.
fr situation n | Vingt-deux ans de mariage, et on vend la maison chacun de son côté.
+ en situation n | Twenty-two years married, and now we're selling the house and going our separate ways.
# situations: pet died
fr situation h | Mon chat est mort cette nuit, il avait seize ans.
+ en situation h | My cat died last night, he was sixteen.
fr situation n | Notre chienne Prune s'est éteinte dans son panier ce matin.
+ en situation n | Our dog Prune passed away in her basket this morning.
fr situation n | Le lapin des enfants n'a pas survécu à l'hiver.
+ en situation n | The kids' rabbit didn't make it through the winter.
# situations: pet put down
fr situation h | On a fait piquer notre vieux labrador cet après-midi.
+ en situation h | We had our old lab put down this afternoon.
fr situation n | Retour de chez le véto avec un collier vide et une laisse.
+ en situation n | Back from the vet with an empty collar and a lead.
fr situation n | Il a fallu endormir Moustache, ses reins ne tenaient plus. Mets quelque chose de calme.
+ en situation n | We had to have Moustache put to sleep, his kidneys were failing. Put on something quiet.
# situations: grandparent died
fr situation h | Ma grand-mère est décédée cette nuit à l'hôpital.
+ en situation h | My grandmother passed away in hospital last night.
fr situation n | Papy nous a quittés dimanche, à quatre-vingt-onze ans.
+ en situation n | Grandad left us on Sunday, at ninety-one.
fr situation n | Ma mémé est partie pendant son sommeil, maman vient d'appeler.
+ en situation n | My nan died in her sleep, Mum just called.
# situations: parent died
fr situation h | Mon père est mort ce matin. Baisse les lumières.
+ en situation h | My dad died this morning. Lights down, please.
fr situation h | J'ai perdu ma mère la semaine dernière, je n'arrive pas à y croire.
+ en situation h | I lost my mum last week, I still can't believe it.
# situations: funeral
fr situation n | Enterrement de tonton demain à dix heures.
+ en situation n | Uncle's funeral is tomorrow at ten.
fr situation n | On rentre du crématorium, personne n'a faim.
+ en situation n | We're back from the crematorium, nobody's hungry.
fr situation n | J'ai lu un texte aux obsèques de mon grand-père, ma voix tremblait.
+ en situation n | I did a reading at my grandfather's service, my voice was shaking.
# situations: miscarriage
fr situation h | J'ai fait une fausse couche à dix semaines.
+ en situation h | I had a miscarriage at ten weeks.
fr situation h | À l'échographie, il n'y avait plus de battement de cœur.
+ en situation h | At the scan, there was no heartbeat anymore.
# situations: failed exam
fr situation n | Recalé au bac, il me manque douze points. Mets une musique qui va avec.
+ en situation n | Failed my final exams, twelve points short. Play something that fits.
fr situation n | J'ai raté mon partiel de maths, encore un huit sur vingt.
+ en situation n | Flunked my maths midterm, another eight out of twenty.
# situations: friend moved away
fr situation n | Ma meilleure amie déménage à Montréal, c'était notre dernier café.
+ en situation n | My best friend is moving to Montreal, that was our last coffee.
fr situation n | Julien est parti vivre en Australie, plus personne pour nos jeudis au bar.
+ en situation n | Julien's moved to Australia, nobody left for our Thursday pub nights.
# situations: application rejected
fr situation n | Encore un mail « nous avons retenu un autre candidat ». Mets un truc calme.
+ en situation n | Another email saying they've gone with another candidate. Put something calm on.
fr situation n | Ma candidature pour le poste d'infirmière à Lausanne a été refusée.
+ en situation n | My application for the nursing job in Lausanne was turned down.
# situations: loneliness
fr situation n | Personne ne m'a parlé de tout le week-end. Ambiance adaptée, stp.
+ en situation n | Nobody's spoken to me all weekend. Lights to match.
fr situation n | Je mange seule devant la télé, comme tous les soirs depuis des mois.
+ en situation n | Eating alone in front of the TV again, like every night for months.
fr explicit n | Je me sens tellement seul ce soir, j'ai le cafard.
+ en explicit n | I feel so lonely tonight, I'm really down.
# situations: friend died
fr situation h | Mon ami d'enfance Karim est mort dans un accident de moto.
+ en situation h | My childhood friend Karim was killed in a motorbike accident.
fr situation h | On vient d'apprendre le décès de Sophie, elle avait trente-quatre ans.
+ en situation h | We just heard Sophie has died, she was thirty-four.
# situations: anniversary of a death
fr situation n | Ça fait un an aujourd'hui que maman est partie.
+ en situation n | It's been a year today since Mum passed.
fr situation n | Date anniversaire de la mort de mon frère, je suis allé au cimetière.
+ en situation n | Anniversary of my brother's death, I went to the cemetery.
# situations: terminal diagnosis
fr situation h | Le médecin dit qu'il reste quelques semaines à papa, plus de traitement possible.
+ en situation h | The doctor says Dad has a few weeks left, there's no treatment anymore.
fr situation h | Ma tante est en soins palliatifs, on va lui dire adieu ce soir.
+ en situation h | My aunt's in palliative care, we're going to say goodbye tonight.
# situations: dementia
fr situation n | Maman ne m'a pas reconnue aujourd'hui, elle m'a appelée madame.
+ en situation n | Mum didn't recognise me today, she called me ma'am.
fr situation n | Papy me demande mon prénom à chaque visite maintenant.
+ en situation n | Grandpa asks me my name every visit now.
# situations: empty nest
fr situation n | Le petit dernier est parti en fac, sa chambre est vide. Mets une ambiance douce.
+ en situation n | Our youngest has left for uni, his room's empty. Something gentle, please.
fr situation n | Plus d'enfants à la maison, on n'est que deux à table ce soir.
+ en situation n | No kids at home anymore, just the two of us at dinner tonight.
# situations: unrequited love
fr situation n | Je lui ai avoué mes sentiments, elle m'a dit qu'on resterait amis.
+ en situation n | I told her how I felt, she said we should stay friends.
fr situation n | Il sort avec quelqu'un d'autre, moi qui pensais avoir ma chance.
+ en situation n | He's going out with someone else, and I thought I had a chance.
# situations: friendship ended
fr situation n | Avec Léa on ne se parle plus, vingt ans d'amitié partis en fumée.
+ en situation n | Léa and I don't talk anymore, twenty years of friendship gone.
fr situation n | Mon meilleur pote ne répond plus à mes messages depuis des mois.
+ en situation n | My best mate hasn't answered my texts in months.
# situations: left out
fr situation n | Tout le groupe est parti en week-end, et personne ne m'a proposé de venir.
+ en situation n | The whole group went away for the weekend and nobody asked me along.
fr situation n | J'ai vu les photos du mariage, je n'étais pas invitée.
+ en situation n | Saw the wedding photos, I wasn't invited.
# situations: birthday forgotten
fr situation n | C'est mon anniversaire et personne ne m'a souhaité quoi que ce soit.
+ en situation n | It's my birthday and nobody's wished me anything.
fr situation l | Quarante ans aujourd'hui, un seul message, c'était ma banque.
+ en situation l | Forty today, one text, and it was from my bank.
# situations: IVF failed
fr situation h | Troisième FIV ratée, le test est encore négatif.
+ en situation h | Third round of IVF failed, the test is negative again.
fr situation n | Toujours pas enceinte après deux ans d'essais.
+ en situation n | Still not pregnant after two years of trying.
# situations: rejected by school
fr situation n | Refusé partout sur Parcoursup, aucune de mes écoles ne m'a pris.
+ en situation n | Rejected everywhere on the admissions site, none of my schools took me.
fr situation n | La lettre du conservatoire est arrivée : pas admise.
+ en situation n | The letter from the conservatory came: not accepted.
# situations: driving test failed
fr situation n | Permis raté pour la deuxième fois, à cause d'un stop.
+ en situation n | Failed my driving test for the second time, over a stop sign.
fr typo n | jai encore loupé le code, 33 sur 40, jen peux plus
+ en typo n | failed the theory test agian, 33 out of 40, im done
# situations: team lost
fr situation n | On a perdu la finale aux tirs au but, les gars pleuraient dans le vestiaire.
+ en situation n | We lost the final on penalties, the lads were crying in the changing room.
fr situation n | Mon club descend en deuxième division après quarante ans en haut.
+ en situation n | My club's been relegated after forty years in the top flight.
# situations: lost pet never came back
fr situation n | Notre chat a disparu il y a trois semaines, on a retiré les affiches.
+ en situation n | Our cat went missing three weeks ago, we've taken the posters down.
fr situation n | Le chien n'est jamais revenu de la forêt, on a arrêté de le chercher.
+ en situation n | The dog never came back from the woods, we've stopped looking.
# situations: sold the family home
fr situation n | On a vendu la maison de mes parents, dernière visite des pièces vides.
+ en situation n | We've sold my parents' house, last walk through the empty rooms.
fr situation n | On a dû vendre la maison, on n'arrivait plus à payer le crédit.
+ en situation n | We had to sell the house, we couldn't keep up with the mortgage.
# situations: goodbye at the airport
fr situation n | Je l'ai laissé à l'aéroport, on ne se reverra pas avant Noël.
+ en situation n | Dropped him at the airport, we won't see each other till Christmas.
fr situation n | Dernier câlin à la gare, elle repart à Québec pour six mois. Lumière tamisée, merci.
+ en situation n | Last hug at the station, she's going back to Quebec for six months. Dim the lights, thanks.
# situations: weekend without the kids
fr situation n | Les enfants sont chez leur père ce week-end, l'appart est silencieux. Lumière douce.
+ en situation n | The kids are at their dad's this weekend, the flat is silent. Soft light, please.
fr situation n | Premier Noël en garde alternée, je ne verrai les petits que le 26.
+ en situation n | First Christmas with shared custody, I won't see the little ones until Boxing Day.
# situations: injury ended a hobby
fr situation n | Le chirurgien m'a dit que je ne pourrai plus jamais courir.
+ en situation n | The surgeon told me I'll never be able to run again.
fr situation n | Rupture des ligaments croisés, ma saison de foot est terminée.
+ en situation n | Torn ACL, my football season is over.
# situations: trip cancelled
fr situation n | Vol annulé, nos vacances en Grèce tombent à l'eau.
+ en situation n | Flight cancelled, our holiday in Greece is off.
fr situation l | Le voyage de fin d'études est annulé, on l'attendait depuis deux ans.
+ en situation l | The graduation trip's been cancelled, we'd been waiting two years for it.
# situations: business closed
fr situation h | J'ai dû fermer ma boulangerie, liquidation judiciaire hier.
+ en situation h | I had to close my bakery, it went into liquidation yesterday.
fr situation n | Dernier jour d'ouverture du café, dix ans de ma vie dans ce comptoir.
+ en situation n | Last day the café's open, ten years of my life behind that counter.
# situations: suicide
fr situation h | Un collègue s'est donné la mort pendant le week-end, personne n'avait rien vu.
+ en situation h | A colleague took his own life over the weekend, nobody saw it coming.
fr situation h | Le frère de mon amie s'est suicidé, on était à l'école ensemble.
+ en situation h | My friend's brother killed himself, we went to school together.
# situations: feeling empty
fr explicit n | Je suis triste sans raison depuis des jours, tout me paraît gris.
+ en explicit n | I've been sad for no reason for days, everything feels grey.
fr explicit l | J'ai le moral à zéro, envie de rester sous la couette.
+ en explicit l | My spirits are at rock bottom, I just want to stay under the duvet.
# situations: holidays alone
fr situation n | Réveillon de Noël tout seul avec une pizza surgelée.
+ en situation n | Christmas Eve on my own with a frozen pizza.
fr situation n | Nouvel an seule à l'appart, j'ai entendu les voisins compter jusqu'à minuit.
+ en situation n | New Year's alone in the flat, I heard the neighbours counting down to midnight.
# situations: dumped by text, ghosted
fr situation n | Largué par SMS après huit mois, trois lignes et c'est fini.
+ en situation n | Dumped by text after eight months, three lines and that's it.
fr slang_emoji n | il m'a ghosté après le 3e date 💔 j'y croyais trop
+ en slang_emoji n | he ghosted me after the 3rd date 💔 i really thought it was going somewhere
# situations: friend stopped calling
fr situation l | Je suis toujours celui qui appelle, et là j'ai arrêté. Plus de nouvelles.
+ en situation l | I was always the one who called, so I stopped. Haven't heard a thing since.
fr situation l | Mes copines de lycée ont un groupe WhatsApp sans moi.
+ en situation l | My high school friends have a WhatsApp group without me.
# situations: lost sentimental object
fr situation n | J'ai perdu l'alliance de ma grand-mère à la plage, introuvable.
+ en situation n | I lost my grandmother's wedding ring at the beach, it's gone.
fr situation n | J'ai oublié mon sac dans le train avec la dernière lettre de mon père, jamais retrouvé.
+ en situation n | Left my bag on the train with my dad's last letter in it, never found it.
# situations: colleague died
fr situation h | Notre chef d'équipe est mort d'une crise cardiaque, son bureau est encore rangé.
+ en situation h | Our team leader died of a heart attack, his desk is still tidy.
fr situation n | Minute de silence au bureau pour Nadia, partie d'un cancer à quarante-deux ans.
+ en situation n | A minute's silence at the office for Nadia, who died of cancer at forty-two.
# situations: care home
fr situation n | On a installé mamie en maison de retraite, elle a pleuré quand on est partis.
+ en situation n | We moved Gran into a care home, she cried when we left.
fr situation n | Papa entre en EHPAD lundi, on vide sa chambre ce week-end.
+ en situation n | Dad goes into a nursing home on Monday, we're clearing his room this weekend.
# situations: estranged child
fr situation n | Ma fille ne m'a pas parlé depuis deux ans, elle a eu un bébé sans me le dire.
+ en situation n | My daughter hasn't spoken to me in two years, she had a baby without telling me.
fr situation n | Mon fils a bloqué mon numéro, plus aucune nouvelle.
+ en situation n | My son has blocked my number, not a word since.
# situations: wedding called off
fr situation h | Le mariage est annulé, il a tout arrêté un mois avant.
+ en situation h | The wedding's off, he called it all off a month before.
fr situation n | Je rends la robe de mariée au magasin, on ne se marie plus.
+ en situation n | I'm taking the wedding dress back to the shop, we're not getting married anymore.
# situations: nobody came
fr situation n | J'avais invité quinze personnes, deux sont venues.
+ en situation n | I invited fifteen people, two turned up.
fr situation l | Le gâteau est resté entier, personne n'est venu au goûter de mon fils.
+ en situation l | The cake's untouched, nobody came to my son's party.
# situations: failed the year
fr situation n | Je redouble ma première année de médecine.
+ en situation n | I'm repeating my first year of medical school.
fr typo n | jredouble ma seconde, mes potes passent tous sans moi
+ en typo n | im held back a yr, all my frends are moving up without me
# situations: rejected work
fr situation n | Vingtième refus pour mon manuscrit, les éditeurs n'en veulent pas.
+ en situation n | Twentieth rejection for my manuscript, no publisher wants it.
fr situation n | Pas retenue à l'audition, trois mois de préparation pour rien.
+ en situation n | Didn't get through the audition, three months of practice for nothing.
# situations: missed the funeral
fr situation n | Je n'ai pas pu aller à l'enterrement de mon oncle, j'étais bloqué au Canada.
+ en situation n | I couldn't go to my uncle's funeral, I was stuck in Canada.
fr situation n | J'ai suivi les obsèques de ma tante en visio depuis ma chambre.
+ en situation n | I watched my aunt's funeral on a video call from my bedroom.
# situations: celebrity died
fr situation n | Le chanteur de mon adolescence est mort. Mets ses vieux albums, doucement.
+ en situation n | The singer I grew up with has died. Play his old albums, softly.
fr slang_emoji n | mon acteur préféré est décédé 😭 je suis pas bien du tout
+ en slang_emoji n | my fav actor died 😭 not ok at all
# situations: pet terminal diagnosis
fr situation h | Le véto a trouvé une tumeur, il reste quelques jours à mon chien.
+ en situation h | The vet found a tumour, my dog has a few days left.
fr situation n | Insuffisance rénale incurable pour notre vieille chatte, on profite des derniers jours.
+ en situation n | Our old cat has incurable kidney failure, we're making the most of her last days.
# situations: elderly parent alone
fr situation n | Maman passe ses journées seule depuis que ses amies sont parties.
+ en situation n | Mum spends her days alone now that her friends have all passed.
# situations: widowed
fr situation h | Je suis veuve depuis mardi, la maison est trop grande.
+ en situation h | I've been a widow since Tuesday, the house is too big.
fr situation n | Premier matin sans lui, j'ai sorti deux tasses par réflexe.
+ en situation n | First morning without him, I got out two cups out of habit.
# situations: ex moved on
fr situation n | Mon ex attend un bébé avec sa nouvelle copine, six mois après notre rupture.
+ en situation n | My ex is having a baby with his new girlfriend, six months after we split.
fr situation l | Elle s'est fiancée, je l'ai appris sur Instagram.
+ en situation l | She's engaged, I found out on Instagram.
# situations: gave up my pet
fr situation n | J'ai dû confier mon chat à la SPA, mon nouveau logement n'accepte pas les animaux.
+ en situation n | I had to give my cat to the shelter, my new place doesn't allow pets.
# situations: evicted
fr situation n | Expulsés de l'appartement, on dort chez ma sœur avec les enfants.
+ en situation n | Evicted from the flat, we're sleeping at my sister's with the kids.
# situations: not picked
fr situation n | Mon fils n'a pas été sélectionné pour l'équipe, il est rentré sans dire un mot.
+ en situation n | My son wasn't picked for the team, he came home without a word.
fr situation l | Encore remplaçant tout le match, je n'ai pas touché un ballon.
+ en situation l | On the bench the whole match again, didn't touch the ball once.
# situations: stillbirth
fr situation h | Notre fille est née sans vie à huit mois de grossesse.
+ en situation h | Our daughter was stillborn at eight months.
# situations: friend emigrating
fr situation n | Pot de départ de Tom ce soir, il s'installe à Singapour pour de bon.
+ en situation n | Tom's leaving do tonight, he's moving to Singapore for good.
# situations: last day at a job I loved
fr situation n | Dernier jour à l'usine, on a fermé la ligne où j'ai bossé vingt ans.
+ en situation n | Last day at the plant, they shut down the line I worked on for twenty years.
fr situation n | L'équipe est dissoute, chacun part dans un service différent lundi.
+ en situation n | The team's been broken up, everyone goes to a different department on Monday.
# situations: visa refused
fr situation n | Visa refusé, ma mère ne pourra pas venir à mon mariage.
+ en situation n | Visa denied, my mum won't be able to come to my wedding.
# situations: house lost to fire or flood
fr situation h | On a tout perdu dans l'incendie, les photos de famille aussi.
+ en situation h | We lost everything in the fire, the family photos too.
fr situation n | L'inondation a détruit tout le rez-de-chaussée, les jouets des enfants sont à la benne.
+ en situation n | The flood wrecked the whole ground floor, the kids' toys are in the skip.
# situations: small losses in the garden
fr situation l | La grêle a ravagé mon potager, toutes mes tomates sont par terre.
+ en situation l | The hail wrecked my vegetable patch, all my tomatoes are on the ground.
# situations: sibling moved abroad
fr situation n | Mon petit frère part vivre au Japon, je ne le verrai plus qu'une fois par an.
+ en situation n | My little brother's moving to Japan, I'll only see him once a year now.
# situations: rainy Sunday blues
fr situation l | Dimanche sous la pluie, seule, personne à appeler. Mets-moi une ambiance pour ça.
+ en situation l | Rainy Sunday, alone, no one to call. Set the mood for that.
# situations: child's small pet died
fr situation n | Le hamster de ma fille est mort, on l'a enterré dans une boîte à chaussures.
+ en situation n | My daughter's hamster died, we buried him in a shoebox.
fr situation l | Le poisson rouge de Léo flottait ce matin, il a pleuré avant l'école.
+ en situation l | Leo's goldfish was floating this morning, he cried before school.
# situations: had to sell something precious
fr situation n | J'ai vendu le piano de ma mère pour payer le loyer.
+ en situation n | I sold my mother's piano to pay the rent.
fr situation l | Ma moto est partie ce matin avec son nouveau propriétaire, plus les moyens de la garder.
+ en situation l | My motorbike left with its new owner this morning, I can't afford to keep it.
# situations: failed interview
fr situation n | Entretien raté, ils m'ont rappelé pour dire non.
+ en situation n | The interview went badly, they called back to say no.
# situations: emptying a grandparent's house
fr situation n | On vide la maison de papy, ses chemises sont encore dans l'armoire.
+ en situation n | We're clearing out Grandad's house, his shirts are still in the wardrobe.
# situations: neighbour passed away
fr situation n | La voisine du troisième est morte, elle me donnait toujours des bonbons.
+ en situation n | The lady on the third floor has died, she always gave me sweets.
# typo
fr typo h | mon chien est mort ce matin jsuis detruite
+ en typo h | my dog died this mornin im devastated
fr typo n | chui vire, 8 ans de boite et on me jette
+ en typo n | got fird today, 8 yrs there and theyre just dumping me
fr typo n | elle ma quitté hier soir jsais pas quoi faire de moi
+ en typo n | she left me lst night i dont know what to do w myself
fr typo h | enterement de papi demain matin, pas dormi
+ en typo h | grandads funral tmrw morning, havent slept
# slang_emoji
fr slang_emoji n | recalée au permis 😞 vraiment dég
+ en slang_emoji n | failed my driving test 😞 so gutted
fr slang_emoji n | jsuis au fond du trou, il m'a larguée 💔😢 2 ans quand même
+ en slang_emoji n | i'm at rock bottom, he dumped me 💔😢 2 years tho
# explicit
fr explicit n | J'ai le cœur gros, ma meilleure amie part à l'étranger.
+ en explicit n | My heart's heavy, my best friend is moving abroad.
fr explicit h | Je suis effondré, mon père vient de mourir.
+ en explicit h | I'm heartbroken, my dad has just died.
fr explicit n | Je suis dégoûté, pas pris pour le stage que je voulais.
+ en explicit n | I'm gutted, I didn't get the internship I wanted.
# negation
fr negation n | Je ne suis pas en colère qu'il soit parti, juste très triste.
+ en negation n | I'm not angry that he left, just really sad.
fr negation n | Ce n'est pas de l'inquiétude, le chien est mort, c'est du chagrin.
+ en negation n | It's not worry, the dog's already gone, it's grief.
fr negation l | Pas fâché d'avoir perdu mon boulot, plutôt abattu.
+ en negation l | Not angry about losing my job, more just flattened.
# mixed
fr mixed n | Un peu soulagé que son calvaire soit fini, mais surtout malheureux qu'il soit parti.
+ en mixed n | A bit relieved his suffering is over, but mostly heartbroken that he's gone.
fr mixed n | Content pour elle qu'elle ait eu ce poste à Londres, mais triste de la voir partir.
+ en mixed n | Happy for her getting that job in London, but sad to see her go.
fr mixed l | Fatiguée après l'enterrement, et surtout pleine de chagrin.
+ en mixed l | Tired after the funeral, and mostly full of sorrow.
# wish
fr wish n c=blue;navy b=dim | Licenciée aujourd'hui, mets du bleu foncé et baisse tout.
+ en wish n c=navy;blue b=dim | Laid off today, put on dark blue and turn everything down.
fr wish n c=indigo b=dim | On a fait piquer le chat, juste un peu d'indigo, très bas.
+ en wish n c=indigo b=dim | We had the cat put down, just a bit of indigo, really low.
fr wish l c=cool_white b=dim | Recalé au bac, une lumière blanche froide et faible, s'il te plaît.
+ en wish l c=cool_white b=dim | Failed my exams, a faint cool white light, please.
"""

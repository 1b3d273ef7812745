"""colere: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Le voisin m'a fait un grand sourire en se garant devant mon garage, encore une fois.
+ en situation n | The neighbour gave me a big smile while parking in front of my garage, yet again.
fr situation h | Mon collègue a mangé tout seul les six croissants que j'avais apportés pour l'équipe.
+ en situation h | My colleague ate all six croissants I'd brought in for the team, on his own.
fr situation n | « Bonne journée ! » qu'il me lance, juste après m'avoir doublé dans la queue de la boulangerie.
+ en situation n | "Have a nice day!" he says, right after cutting in front of me in the bakery queue.
fr situation n | Ma sœur a offert à ma fille le cadeau que j'avais refusé : un téléphone, à huit ans.
+ en situation n | My sister gave my daughter the very present I'd said no to: a phone, at eight years old.
fr situation n | Il trouve ça drôle de chanter à tue-tête dans la cage d'escalier à 2 h du matin. Pas moi.
+ en situation n | He thinks it's funny to sing at the top of his lungs in the stairwell at 2 a.m. I don't.
fr situation n | Grand soleil, 34 degrés, et la mairie ferme encore la piscine sans prévenir alors qu'on paie l'abonnement.
+ en situation n | Blazing sun, 34 degrees, and the council shuts the pool again without notice even though we pay for passes.
fr typo n | il m'a dit merci pour le café... que j'ai payé et qu'il a renversé sur mon clavier
+ en typo n | he said thanks for the coffee... that i paid for and that he spilled on my keyboard
fr situation n | Ma belle-mère a trouvé ma tarte « sympa, mais la prochaine fois achète-la », devant tout le monde.
+ en situation n | My mother-in-law called my tart "nice, but next time just buy one", in front of everyone.

# trap words from curiosite
fr situation n | Quarante minutes de musique d'attente au service client, et ils me raccrochent au nez. Pourquoi ?
+ en situation n | Forty minutes of hold music with customer service, and they hang up on me. Why?
fr situation h | J'ai découvert que mon coloc se servait dans mes courses depuis trois mois.
+ en situation h | I found out my flatmate has been helping himself to my groceries for three months.
fr situation n | Le prof refuse de répondre à ma question et me dit de « chercher tout seul », alors que c'est son boulot.
+ en situation n | The teacher won't answer my question and tells me to "look it up myself", when that's literally his job.
fr situation n | J'aimerais bien comprendre comment on peut facturer 180 euros pour changer une ampoule de phare.
+ en situation n | I'd love to understand how anyone can charge 180 euros to change a headlight bulb.
fr situation n | Le tutoriel promettait dix minutes de montage : deux heures après, il manque quatre vis et le tiroir est à l'envers.
+ en situation n | The tutorial promised ten minutes of assembly: two hours later, four screws are missing and the drawer is upside down.
fr situation n | L'enquête du syndic conclut que la fuite est de ma faute, sans que personne soit venu voir.
+ en situation n | The building manager's investigation says the leak is my fault, without anyone coming to look.
fr negation n | Non, je ne suis pas curieux de savoir ce qu'il a raconté sur moi, je suis furieux qu'il l'ait raconté.
+ en negation n | No, I'm not curious about what he said about me, I'm furious that he said it at all.
fr situation n | Apprendre par un post Facebook que mon chef a refilé mon projet à son neveu, sérieusement ?
+ en situation n | Finding out from a Facebook post that my boss handed my project to his nephew, seriously?

# trap words from detente
fr situation n | Première sieste depuis un mois, et le voisin démarre sa perceuse pile à ce moment-là.
+ en situation n | My first nap in a month, and the neighbour starts up his drill at that exact moment.
fr situation n | Le cours de yoga a commencé avec vingt minutes de retard parce que la prof finissait son coup de fil.
+ en situation n | The yoga class started twenty minutes late because the instructor was finishing a phone call.
fr situation h | Trois semaines que le proprio refuse de réparer le chauffe-eau : pas de bain, pas de douche chaude, rien.
+ en situation h | Three weeks the landlord has refused to fix the water heater: no bath, no hot shower, nothing.
fr situation n | « Calme-toi », qu'il me dit, après avoir rayé ma portière avec son caddie sans même s'excuser.
+ en situation n | "Calm down," he tells me, after scraping my car door with his trolley without even apologising.
fr situation n | Sur la plage, une bande a posé son enceinte à fond à trois mètres de notre serviette. Mets-moi des rouges.
+ en situation n | On the beach, a group set their speaker on full blast three metres from our towel. Give me some reds.
fr situation n | Le massage offert pour mon anniversaire ? Le spa a annulé la veille et refuse de me rembourser.
+ en situation n | The massage I got for my birthday? The spa cancelled the day before and won't give me a refund.
fr slang_emoji n | moi qui voulais un dimanche tranquille sur le canapé, le proprio débarque sans prévenir 😤
+ en slang_emoji n | wanted a quiet sunday on the sofa and the landlord just shows up unannounced 😤
fr situation n | Des « vacances reposantes », qu'ils disaient : j'ai cuisiné pour douze pendant que tout le monde bronzait.
+ en situation n | A "restful holiday", they said: I cooked for twelve while everyone else sunbathed.

# trap words from euphorie
fr situation n | Les voisins font la fête tous les jeudis jusqu'à 4 h, et moi j'ai mon train à 6 h.
+ en situation n | The neighbours party every Thursday until 4 a.m., and I've got a train at 6.
fr situation n | Un type a renversé sa coupe de champagne sur ma robe et s'est éloigné en rigolant.
+ en situation n | Some guy spilled his glass of champagne on my dress and walked off laughing.
fr situation h | 95 euros la place pour le concert, et le groupe joue quarante minutes avant de quitter la scène.
+ en situation h | 95 euros a ticket for the concert, and the band plays forty minutes before walking off stage.
fr situation h | Ma fille a organisé une soirée chez nous pendant notre week-end : canapé brûlé, télé cassée, et elle nie tout.
+ en situation h | My daughter threw a party at our place while we were away for the weekend: burnt sofa, broken TV, and she denies everything.
fr situation n | Le feu d'artifice du 14 Juillet est annulé faute de budget, mais la mairie a refait tout son hall d'accueil.
+ en situation n | The Bastille Day fireworks are cancelled for lack of money, but the council just redid its entire lobby.
fr situation n | Il crie « on danse ! » et monte le son à minuit, alors que le bébé vient enfin de s'endormir.
+ en situation n | He yells "let's dance!" and turns the music up at midnight, just as the baby has finally fallen asleep.
fr typo n | ils ont mis la musique a fond jusqua 5h et ce matin meme pas un pardon dans lescalier
+ en typo n | they had the music blasting til 5am and this morning not even a sorry on the stairs
fr mixed n | La soirée était géniale jusqu'à ce que mon ex débarque au bras de mon meilleur pote. Là, j'ai vu rouge.
+ en mixed n | The party was great until my ex turned up arm in arm with my best mate. That's when I saw red.

# trap words from reverie
fr situation n | Le chef m'a traité de « rêveur » devant toute l'équipe parce que j'ai osé proposer une idée.
+ en situation n | My boss called me a "dreamer" in front of the whole team because I dared to suggest an idea.
fr situation n | Je regardais les étoiles sur le balcon quand le voisin du dessus a vidé son cendrier sur moi.
+ en situation n | I was looking at the stars on the balcony when the upstairs neighbour emptied his ashtray on me.
fr situation n | Le livreur était complètement dans la lune : mon colis à 300 euros, sous la pluie, devant la mauvaise porte.
+ en situation n | The delivery guy had his head in the clouds: my 300-euro parcel, left in the rain, at the wrong door.
fr situation n | Tu imagines ? Elle a pris la salle que j'avais réservée, et c'est à moi qu'on demande de partir.
+ en situation n | Can you imagine? She took the room I'd booked, and I'm the one being asked to leave.
fr situation n | On m'avait vendu une chambre « vue sur la mer et les nuages » : vue sur le parking et les poubelles.
+ en situation n | I was sold a room with "a view of the sea and the clouds": it looks out on the car park and the bins.
fr situation n | Il flâne au guichet, discute météo avec la cliente, et derrière, trente personnes attendent debout.
+ en situation n | He dawdles at the counter chatting about the weather with a customer while thirty people wait on their feet behind.
fr situation h | Mon fils rêvait de ce stage depuis un an, et le club l'a donné au fils du président. Encore.
+ en situation h | My son had dreamed of that training camp for a year, and the club gave the spot to the chairman's son. Again.
fr situation n | J'écoute Clair de lune au casque et même là j'entends le souffleur de feuilles du voisin, 7 h un dimanche.
+ en situation n | I'm listening to Clair de Lune on headphones and I can still hear the neighbour's leaf blower, 7 a.m. on a Sunday.

# trap words from victoire
fr situation h | Il a décroché la promotion avec MON dossier, présenté au comité comme le sien.
+ en situation h | He landed the promotion with MY file, presented to the committee as his own.
fr situation n | L'arbitre annule notre but à la 89e pour un hors-jeu inventé. Il nous a volé le match.
+ en situation n | The ref disallows our goal in the 89th minute for a made-up offside. He stole the match from us.
fr situation n | Mon fils a gagné la course, mais l'organisateur a donné la médaille à un autre gamin « pour l'encourager ».
+ en situation n | My son won the race, but the organiser gave the medal to another kid "to encourage him".
fr situation n | Premier arrivé au guichet à 7 h, et ils servent d'abord ceux qui « connaissent quelqu'un ».
+ en situation n | First in line at the counter at 7 a.m., and they serve the people who "know someone" first.
fr situation n | Le trophée de l'équipe trône sur le bureau du directeur, qui n'est jamais venu à un seul entraînement.
+ en situation n | The team's trophy sits on the director's desk, and he never came to a single practice.
fr situation n | Sans-faute à l'examen du permis, et l'inspecteur me recale pour un rétro « pas assez regardé ».
+ en situation n | A flawless driving test, and the examiner fails me for a mirror check "not done enough".
fr slang_emoji h | record de l'équipe battu et le boss félicite… son neveu qui a rien fait 🙄🤬
+ en slang_emoji h | we smash the team record and the boss congratulates… his nephew who did nothing 🙄🤬
fr situation n | Podium de la kermesse : ma fille troisième, et les deux premiers sont les enfants de l'organisatrice.
+ en situation n | School fair podium: my daughter third, and the top two are the organiser's own kids.

# trap words from inquietude
fr situation n | Le labo a perdu mon tube de sang et me demande de repayer la prise de sang. Repayer !
+ en situation n | The lab lost my blood sample and wants me to pay for the test again. Pay again!
fr situation n | Le médecin a regardé son téléphone pendant toute la consultation, puis m'a facturé 50 euros.
+ en situation n | The doctor looked at his phone through the whole appointment, then charged me 50 euros.
fr negation h | Je ne suis pas inquiète pour lui, je suis furieuse : il a encore pris le volant après trois bières.
+ en negation h | I'm not worried about him, I'm furious: he got behind the wheel after three beers again.
fr situation n | « Ne vous faites aucun souci », m'a dit le garagiste. Trois semaines plus tard, il n'a même pas ouvert le capot.
+ en situation n | "Don't you worry about a thing," the mechanic told me. Three weeks later he hasn't even opened the bonnet.
fr situation n | Il m'a fait attendre une heure sous la pluie sans un message, puis il m'a dit que j'exagérais.
+ en situation n | He kept me waiting an hour in the rain without a text, then told me I was overreacting.
fr situation n | La banque bloque ma carte « par précaution » pour la troisième fois ce mois-ci, et personne ne décroche.
+ en situation n | The bank blocks my card "as a precaution" for the third time this month, and nobody picks up.
fr situation n | Le plombier a dit « peut-être mardi », puis « peut-être jeudi », et toujours pas l'ombre d'un plombier.
+ en situation n | The plumber said "maybe Tuesday", then "maybe Thursday", and still not a plumber in sight.
fr mixed n | Un peu stressé pour l'entretien, oui, mais surtout furieux qu'ils l'aient déplacé pour la quatrième fois.
+ en mixed n | A bit nervous about the interview, sure, but mostly furious they've moved it for the fourth time.

# trap words from nostalgie
fr situation h | Mon frère a vendu la maison de famille sans nous consulter, on l'apprend par le notaire.
+ en situation h | My brother sold the family home without asking any of us, and we hear about it from the solicitor.
fr situation n | Ma mère a jeté ma collection de vinyles « parce que ça prenait de la place ». Sans me demander.
+ en situation n | My mum threw out my record collection "because it took up space". Without asking me.
fr situation n | Le nouveau proprio a abattu le vieux tilleul de mon enfance sans autorisation, juste pour garer deux voitures.
+ en situation n | The new owner cut down the old lime tree from my childhood without a permit, just to park two cars.
fr situation n | Le service de stockage a effacé dix ans de vieilles photos sans prévenir, et le support ferme mon ticket.
+ en situation n | The storage service wiped ten years of old photos without warning, and support closes my ticket.
fr situation n | Mon cousin a revendu sur Leboncoin la montre de grand-père que toute la famille lui avait confiée.
+ en situation n | My cousin sold Grandad's watch online, the one the whole family had trusted him with.
fr situation n | « C'était mieux avant », répète mon beau-père, puis il insulte la serveuse qui fait de son mieux.
+ en situation n | "Things were better in the old days," my father-in-law keeps saying, then he insults the waitress who's doing her best.
fr situation n | Mes lettres de colo, mes souvenirs de lycée : mon ex a tout balancé à la benne en déménageant.
+ en situation n | My summer camp letters, my school keepsakes: my ex chucked the lot in the skip when moving out.
fr typo n | ma soeur a repeint le buffet de mamie en gris sans demander a personne jsuis verte
+ en typo n | my sister painted nan's old dresser grey without asking anyone im fuming

# trap words from panique
fr situation n | L'alarme de la voiture d'en face hurle depuis une heure et le propriétaire s'en fiche royalement.
+ en situation n | The car alarm across the street has been wailing for an hour and the owner couldn't care less.
fr situation n | Six heures aux urgences pour une entorse, et on passe après un type qui « connaît l'interne ».
+ en situation n | Six hours in A&E for a sprain, and we get bumped behind a guy who "knows the junior doctor".
fr situation h | Un chauffard a frôlé ma fille sur le passage piéton, puis m'a fait un doigt d'honneur.
+ en situation h | Some maniac nearly clipped my daughter on the zebra crossing, then gave me the finger.
fr situation n | Une fois de plus, le SUV du voisin est garé sur la voie pompiers, et le syndic ne fait rien.
+ en situation n | Once again the neighbour's SUV is parked in the fire lane, and the building management does nothing.
fr situation n | Le collègue a déclenché l'alarme incendie en grillant son poisson au micro-ondes, troisième fois ce mois.
+ en situation n | My colleague set off the fire alarm cooking fish in the microwave, third time this month.
fr situation n | Elle m'appelle en criant au secours... pour que je vienne lui changer une ampoule, en pleine réunion.
+ en situation n | She rings me screaming for help... so I'll come and change a light bulb, right in the middle of my meeting.
fr situation h | L'accident ? C'est lui qui m'est rentré dedans, et maintenant il raconte à l'assurance que c'était moi.
+ en situation h | The accident? He drove into me, and now he's telling the insurance it was my fault.
fr situation n | « Danger », dit le panneau, et depuis deux semaines la mairie et l'entreprise se renvoient la balle pour la tranchée devant l'école.
+ en situation n | "Danger", says the sign, and for two weeks the council and the contractor have been passing the buck over the trench outside the school.

# trap words from suspense
fr situation h | Le verdict est tombé : le chauffard ivre repart avec du sursis. Du sursis !
+ en situation h | The verdict is in: the drunk driver walks away with a suspended sentence. Suspended!
fr situation n | Le tirage au sort des places en crèche ? Toutes pour les enfants du personnel de la mairie.
+ en situation n | The nursery place lottery? Every single spot went to council staff's kids.
fr situation n | Dernière minute, comme d'hab : il annule notre dîner alors que j'ai déjà payé la baby-sitter.
+ en situation n | Last minute, as usual: he cancels our dinner when I've already paid the babysitter.
fr situation n | Deux mois à attendre la décision du jury, et j'apprends dans le journal qu'ils ont pris le projet du beau-frère du maire.
+ en situation n | Two months waiting for the jury's decision, and I read in the paper they picked the mayor's brother-in-law's project.
fr situation n | Il m'a spoilé la fin de la série alors que je lui avais dit que j'en étais à l'épisode 6.
+ en situation n | He spoiled the ending of the series when I'd told him I was only on episode 6.
fr situation n | Compte à rebours sur le site, vente à 10 h, et à 10 h 01 tout part chez les revendeurs au triple du prix.
+ en situation n | Countdown on the website, sale at 10, and at 10:01 everything's gone to resellers at triple the price.
fr situation n | Élection du conseil syndical : ils ont recompté les voix jusqu'à ce que leur candidat passe.
+ en situation n | Residents' committee election: they recounted the votes until their candidate got in.
fr slang_emoji n | 3h de queue pour le contrôle technique et ils me disent de revenir demain ptn 😡
+ en slang_emoji n | 3 hrs queueing for the MOT and they tell me to come back tomorrow ffs 😡

# trap words from tristesse
fr situation h | En plein enterrement de papa, mon oncle a commencé à parler de l'héritage.
+ en situation h | Right in the middle of Dad's funeral, my uncle started talking about the inheritance.
fr situation n | Ma fille pleure parce qu'un garçon lui vole encore son goûter, et l'école ne fait strictement rien.
+ en situation n | My daughter is crying because a boy keeps stealing her snack, and the school does absolutely nothing.
fr situation h | Quelqu'un a volé les fleurs sur la tombe de ma grand-mère au cimetière. Deux fois ce mois-ci.
+ en situation h | Someone stole the flowers off my grandmother's grave at the cemetery. Twice this month.
fr situation n | Trois chats sont morts dans la rue parce que le voisin a posé du poison exprès, et il s'en vante au marché.
+ en situation n | Three cats on our street died because the neighbour put poison down on purpose, and he brags about it at the market.
fr situation n | Il m'a laissée seule avec les trois enfants tout le week-end pour aller à un match, sans même me demander.
+ en situation n | He left me alone with the three kids all weekend to go to a match, without even asking.
fr situation n | Larmes de crocodile de mon ex devant le juge, alors qu'il ne verse plus la pension depuis un an.
+ en situation n | Crocodile tears from my ex in front of the judge, when he hasn't paid child support in a year.
fr situation n | Mon chef m'a refusé un jour de congé pour l'enterrement de ma tante : « pas prioritaire ». Mets du rouge, fort.
+ en situation n | My boss refused me a day off for my aunt's funeral: "not a priority". Put on some red, strong.
fr negation h | Je ne suis pas triste qu'il soit parti, je suis enragée qu'il ait vidé le compte joint avant.
+ en negation h | I'm not sad he left, I'm livid that he emptied the joint account first.
"""

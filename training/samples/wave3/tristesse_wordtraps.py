"""tristesse: third wave, lines of this mood built around words that usually belong to other moods (train and validation only)."""

SEEDS = """
# trap words from bonnehumeur
fr situation n | Grand soleil et ciel bleu pour l'enterrement de papa, comme si le temps se moquait de nous.
+ en situation n | Bright sunshine and blue sky for Dad's funeral, as if the weather were mocking us.
fr situation n | J'ai fait bonne figure et souri toute la journée au bureau, puis j'ai pleuré dans la voiture sur le parking.
+ en situation n | I put on a brave face and smiled all day at the office, then cried in the car in the car park.
fr situation n | Le gâteau d'anniversaire est resté entier : aucun de ses copains de classe n'est venu.
+ en situation n | The birthday cake is still untouched: none of his classmates came.
fr situation n | Le café du matin avec Jeanne, c'était notre rituel. Elle a déménagé à Brest hier, et sa tasse reste dans le placard.
+ en situation n | Morning coffee with Jeanne was our ritual. She moved to Brest yesterday, and her mug stays in the cupboard.
fr situation n | Le panier de pique-nique est prêt, mais Filou ne peut plus marcher jusqu'au parc ; le véto l'endort jeudi.
+ en situation n | The picnic basket is ready, but Filou can't walk to the park anymore; the vet is putting him to sleep on Thursday.
fr situation l | Tout le monde rigolait au repas de famille, moi je fixais la chaise vide de maman.
+ en situation l | Everyone was laughing at the family meal; I kept staring at Mum's empty chair.
fr typo n | il me disait tjs "passe une bonne journée ma puce" le matin, ca fait 3 mois que plus personne me le dit
+ en typo n | he always said "have a good day sweetie" in the morning, its been 3 months since anyone said it to me
fr situation n | Des fleurs magnifiques sur mon bureau, de la part des collègues, pour ma fausse couche. Je n'arrive pas à les regarder. Lumière douce, s'il te plaît.
+ en situation n | Beautiful flowers on my desk from my colleagues, for my miscarriage. I can't bear to look at them. Soft light, please.
# trap words from curiosite
fr situation n | Ma fille me demande pourquoi papi ne répond plus au téléphone, et je ne sais pas quoi lui dire.
+ en situation n | My daughter keeps asking why Grandpa doesn't answer the phone anymore, and I don't know what to tell her.
fr situation n | J'ai découvert dans son tiroir une lettre pour moi qu'elle n'a pas eu le temps de poster avant son dernier séjour à l'hôpital.
+ en situation n | I found a letter to me in her drawer that she never got the chance to post before her last stay in hospital.
fr situation n | Je suis retourné seul au musée des sciences qu'on visitait ensemble ; tout me parlait de lui, enterré il y a un mois.
+ en situation n | I went back alone to the science museum we used to visit together; everything spoke of him, buried a month ago.
fr situation n | J'apprends le braille parce que mes yeux lâchent ; je ne lirai plus jamais un livre normal.
+ en situation n | I'm learning Braille because my eyes are failing; I'll never read an ordinary book again.
fr situation n | Les questions du petit sur la mort du hamster m'ont fait pleurer en cachette dans la salle de bain.
+ en situation n | The little one's questions about the hamster dying made me cry in secret in the bathroom.
fr situation n | Les médecins m'ont expliqué en détail comment son cœur s'est arrêté. Ça ne le ramènera pas.
+ en situation n | The doctors explained in detail how his heart stopped. It won't bring him back.
fr situation n | On avait prévu d'explorer le Japon ensemble à la retraite ; j'ai annulé les billets après son décès.
+ en situation n | We'd planned to explore Japan together once we retired; I cancelled the tickets after he died.
fr negation n | Ce n'est pas par curiosité que je relis nos vieux messages depuis la rupture ; j'ai juste le cœur en miettes.
+ en negation n | It's not out of curiosity that I keep rereading our old texts since the breakup; my heart is just in pieces.
# trap words from detente
fr situation n | Premières vacances sans lui : le transat à côté du mien est resté vide toute la semaine.
+ en situation n | First holiday without him: the sun lounger next to mine stayed empty all week.
fr situation l | Le dimanche est calme, trop calme : plus un bruit d'enfant dans la maison depuis la garde alternée.
+ en situation l | Sunday is quiet, too quiet: not a sound of children in the house since the shared custody began.
fr situation n | On m'a offert un bon pour un spa « pour décompresser » après l'enterrement. Je n'ai pas le cœur à y aller.
+ en situation n | Someone gave me a spa voucher "to unwind" after the funeral. I haven't got the heart to go.
fr situation n | Allongée sur le canapé depuis midi, je fixe le plafond ; il est venu reprendre ses affaires ce matin.
+ en situation n | Lying on the sofa since noon, staring at the ceiling; he came to collect his things this morning.
fr situation n | Papi est parti en mars, et son hamac est toujours tendu entre les deux pommiers ; personne n'ose le décrocher.
+ en situation n | Grandpa passed away in March, and his hammock is still strung between the two apple trees; nobody dares take it down.
fr situation n | Arrêt maladie pour me reposer, a dit le médecin ; en vrai je pleure du matin au soir depuis la mort de ma mère.
+ en situation n | Sick leave so I can rest, the doctor said; really I cry from morning to night since my mother died.
fr situation l | Le bain chaud n'y change rien, je n'arrête pas de penser à notre chat écrasé hier soir devant la maison.
+ en situation l | The hot bath makes no difference; I can't stop thinking about our cat, run over last night outside the house.
fr slang_emoji n | grasse mat tout le week-end mais pas pour me reposer hein, juste pas la force de me lever depuis qu'elle m'a larguée 😔
+ en slang_emoji n | lie-in all weekend but not to rest ok, just no strength to get up since she dumped me 😔
# trap words from euphorie
fr situation n | Tout le monde dansait à la soirée, moi je relisais son texto de la veille : « Je crois que c'est fini entre nous. »
+ en situation n | Everyone was dancing at the party, and I kept rereading his text from the night before: "I think we're done."
fr situation n | Le champagne pour ses quatre-vingts ans est toujours au frais ; elle est morte trois jours avant la fête.
+ en situation n | The champagne for her eightieth is still in the fridge; she died three days before the party.
fr situation n | J'avais deux places pour le festival, on devait y aller ensemble. J'ai revendu la sienne après la rupture.
+ en situation n | I had two festival tickets; we were supposed to go together. I sold hers after we broke up.
fr situation n | Premier 14 juillet depuis la mort de papa : j'ai entendu le feu d'artifice depuis mon lit, sans me lever.
+ en situation n | First Bastille Day since Dad died: I heard the fireworks from my bed and didn't get up.
fr situation n | On avait réservé la salle des fêtes pour le mariage ; j'ai appelé ce matin pour annuler. Mets quelque chose de doux.
+ en situation n | We'd booked the village hall for the wedding; I rang this morning to cancel. Put on something gentle.
fr situation n | Les voisins font la fête jusqu'à trois heures, et moi je serre son vieux pull contre moi en pleurant.
+ en situation n | The neighbours are partying until three, and I'm holding his old jumper tight and crying.
fr situation n | Le groupe a joué sa chanson préférée au concert, et j'ai pleuré : on devait y aller ensemble avant son accident.
+ en situation n | The band played his favourite song at the gig and I cried: we were meant to go together before his accident.
fr mixed n | Une soirée de folie pour mes trente ans, oui, mais au fond je n'ai pensé qu'à Malik, mort en août, qui aurait dû être là.
+ en mixed n | A wild night for my thirtieth, sure, but deep down all I thought about was Malik, who died in August and should have been there.
# trap words from reverie
fr situation n | Je rêve d'elle presque chaque nuit, et chaque matin je me réveille et elle est encore partie.
+ en situation n | I dream about her nearly every night, and every morning I wake up and she's still gone.
fr situation n | Le petit dit que mamie est devenue une étoile ; moi, je la voudrais juste ici, dans sa cuisine.
+ en situation n | The little one says Granny has become a star; I just want her here, in her kitchen.
fr situation n | On imaginait déjà la chambre du bébé, avec des nuages peints au plafond. L'échographie n'a plus trouvé de battement.
+ en situation n | We were already picturing the baby's room, with clouds painted on the ceiling. The scan found no heartbeat anymore.
fr situation l | Je regarde les nuages passer par la fenêtre de sa chambre d'hôpital ; ma mère ne me reconnaît plus.
+ en situation l | I watch the clouds drift past her hospital window; my mother doesn't recognise me anymore.
fr situation n | Notre rêve de maison au bord du lac s'est arrêté net avec le divorce ; le terrain est en vente depuis lundi.
+ en situation n | Our dream of a house by the lake ended with the divorce; the plot has been up for sale since Monday.
fr situation n | La lune était pleine le soir où on a fait endormir notre vieux chien ; il a posé sa tête sur ma main jusqu'au bout.
+ en situation n | The moon was full the night we had our old dog put down; he rested his head on my hand until the end.
fr negation l | J'ai la tête ailleurs toute la journée, mais ce n'est pas de la rêverie : je pense à mon père qui ne parle plus depuis son AVC.
+ en negation l | My mind's elsewhere all day, but it's not daydreaming: I keep thinking about my dad, who hasn't spoken since his stroke.
fr typo n | jsuis dans la lune depuis lundi, pas en mode reveur hein, juste vide depuis qu'on a enterré tonton
+ en typo n | been off with the fairies since monday, not dreamy or anything, just empty since we buried my uncle
# trap words from victoire
fr mixed n | J'ai eu mon diplôme d'infirmière, et la seule personne à qui je voulais l'annoncer est morte en mai.
+ en mixed n | I passed my nursing degree, and the only person I wanted to tell died in May.
fr situation n | Il avait gardé toutes ses médailles de judo dans une boîte à chaussures ; on les a glissées dans son cercueil.
+ en situation n | He'd kept all his judo medals in a shoebox; we slipped them into his coffin.
fr situation n | Ma promotion a été annoncée le jour où ma femme est partie avec les enfants. Belle promotion, tiens.
+ en situation n | My promotion was announced the day my wife left with the kids. Some promotion.
fr situation n | On a fini premiers du tournoi de pétanque, mais sans Marcel ça ne voulait rien dire : on l'avait enterré la veille.
+ en situation n | We came first in the pétanque tournament, but without Marcel it meant nothing: we'd buried him the day before.
fr situation n | Après dix ans à économiser, on a enfin acheté la maison, et il est mort d'un infarctus avant d'y dormir une seule nuit.
+ en situation n | After ten years of saving we finally bought the house, and he died of a heart attack before spending a single night in it.
fr situation n | Le trophée de foot de mon fils est toujours sur l'étagère ; il ne vient plus le week-end depuis que sa mère a déménagé à Lille.
+ en situation n | My son's football trophy is still on the shelf; he doesn't come at weekends anymore since his mum moved to Lille.
fr situation n | J'ai eu le permis du premier coup, et personne à la maison pour me féliciter depuis que papa nous a quittés.
+ en situation n | I passed my driving test first time, and there's nobody at home to congratulate me since Dad passed away.
fr situation n | Mon chien avait remporté le concours d'agility l'an dernier ; aujourd'hui j'ai rangé sa laisse pour la dernière fois. Baisse les lumières.
+ en situation n | My dog won the agility contest last year; today I put his lead away for the last time. Dim the lights.
# trap words from colere
fr situation n | On s'est disputés pour une histoire de vaisselle, et c'est la dernière chose que je lui ai dite avant son accident.
+ en situation n | We argued about the washing-up, and that was the last thing I ever said to him before his accident.
fr situation n | Il a claqué la porte en partant, et cette fois il n'est pas revenu. Ses chaussons sont encore sous le lit.
+ en situation n | He slammed the door on his way out, and this time he didn't come back. His slippers are still under the bed.
fr negation n | C'est injuste, elle avait trente-deux ans. Je n'ai même plus la force d'être en colère, juste un grand trou dans la poitrine.
+ en negation n | It's unfair, she was thirty-two. I don't even have the strength to be angry anymore, just a big hole in my chest.
fr situation l | Mes parents criaient encore hier soir ; ce matin papa a fait sa valise, et mon petit frère pleure sous la couette.
+ en situation l | My parents were shouting again last night; this morning Dad packed his suitcase, and my little brother is crying under the duvet.
fr negation n | Je ne lui en veux même pas d'être parti avec une autre ; j'ai juste le cœur en miettes.
+ en negation n | I'm not even mad at him for leaving me for someone else; my heart's just in pieces.
fr situation n | Après notre dispute de Noël, ma sœur est partie vivre à Sydney sans me dire au revoir.
+ en situation n | After our row at Christmas, my sister moved to Sydney without saying goodbye to me.
fr situation n | Peu m'importe la peine du chauffard : mon fils ne rentrera plus jamais de l'école.
+ en situation n | I don't care what sentence the driver gets: my son will never come home from school again.
fr typo n | g crié sur mon chat ce matin pcq il miaulait... c'etait son dernier jour, le veto l'a endormi a 14h
+ en typo n | i yelled at my cat this morning bc he kept meowing... it was his last day, the vet put him down at 2pm
# trap words from inquietude
fr situation n | Les résultats sont tombés ce matin : c'est bien un cancer, et il est trop tard pour opérer.
+ en situation n | The results came in this morning: it is cancer, and it's too late to operate.
fr situation n | On s'inquiétait pour sa toux depuis l'hiver. Les funérailles ont lieu samedi.
+ en situation n | We'd been worried about his cough since the winter. The funeral is on Saturday.
fr situation n | L'ophtalmo a dit qu'il n'y avait plus rien à faire pour mon œil gauche. C'est définitif.
+ en situation n | The eye doctor said there's nothing more to be done for my left eye. It's permanent.
fr situation n | Toute la nuit j'ai attendu des nouvelles de la chienne perdue ; on l'a retrouvée au bord de la nationale, sans vie.
+ en situation n | I waited all night for news of our lost dog; she was found by the side of the main road, dead.
fr situation n | J'avais peur qu'il me quitte, et c'est arrivé hier soir, en deux phrases, dans la cuisine.
+ en situation n | I was afraid he'd leave me, and it happened last night, in two sentences, in the kitchen.
fr situation n | Le scanner a confirmé ce qu'on craignait : maman ne rentrera pas à la maison, on organise les soins palliatifs.
+ en situation n | The scan confirmed what we feared: Mum won't be coming home, we're arranging palliative care.
fr situation n | Plus besoin de stresser pour l'entretien annuel : l'usine ferme, les quarante-deux salariés sont licenciés, moi compris.
+ en situation n | No need to stress about the annual review anymore: the factory's closing, all forty-two staff laid off, me included.
fr negation n | Je ne suis plus inquiet, on sait maintenant : papa ne remarchera pas. Il reste juste une grande peine.
+ en negation n | I'm not worried anymore, now we know: Dad won't walk again. All that's left is a deep sorrow.
# trap words from nostalgie
fr situation n | Je n'arrive plus à regarder nos photos de mariage : le divorce a été prononcé mardi.
+ en situation n | I can't look at our wedding photos anymore: the divorce was finalised on Tuesday.
fr situation n | La maison de mon enfance a été rasée cette semaine pour faire un parking, et je n'ai rien pu sauver.
+ en situation n | My childhood home was bulldozed this week to make a car park, and I couldn't save a thing.
fr situation n | Les souvenirs de vacances avec lui me font mal maintenant, plus du bien ; l'enterrement date d'il y a dix jours.
+ en situation n | Holiday memories with him hurt now instead of helping; the funeral was ten days ago.
fr situation n | Ma grand-mère a oublié mon prénom aujourd'hui, elle qui me racontait toute mon enfance par cœur.
+ en situation n | My grandmother forgot my name today, she who used to tell my whole childhood by heart.
fr situation n | Ce soir j'ai supprimé nos vieilles photos du téléphone, une par une, en pleurant. C'est fini entre nous.
+ en situation n | Tonight I deleted our old photos from my phone one by one, crying. It's over between us.
fr situation n | Mon premier amour est mort dans un accident de moto, je l'ai appris par hasard sur Facebook ce matin.
+ en situation n | My first love died in a motorbike accident; I found out by chance on Facebook this morning.
fr situation l | Le vieux disque qu'elle adorait tourne en boucle, et chaque note me rappelle qu'elle n'est plus là depuis janvier.
+ en situation l | The old record she loved is playing on repeat, and every note reminds me she's been gone since January.
fr mixed n | Quelques beaux souvenirs remontent en vidant son appartement, mais c'est surtout le vide qui m'écrase.
+ en mixed n | A few lovely memories come back as I clear out her flat, but mostly it's the emptiness crushing me.
# trap words from panique
fr situation n | L'ambulance est repartie sans sirène, et j'ai compris qu'il n'y avait plus rien à faire.
+ en situation n | The ambulance left without its siren, and I understood there was nothing more to be done.
fr situation n | Trois semaines après l'incendie, je fouille encore les cendres à la recherche d'une photo de mes parents.
+ en situation n | Three weeks after the fire, I'm still sifting through the ashes looking for a photo of my parents.
fr situation n | Les urgences ont fait ce qu'elles ont pu. Je suis rentré seul de l'hôpital, avec son sac et ses lunettes.
+ en situation n | A&E did what they could. I came home from the hospital alone, with her bag and her glasses.
fr situation n | Depuis l'accident, la voiture de mon frère est garée devant chez nous, et personne ne la conduira plus.
+ en situation n | Since the crash, my brother's car has been parked outside our house, and nobody will ever drive it again.
fr situation n | La crise cardiaque l'a emporté en plein marché, un mardi. Depuis, je fais les courses ailleurs pour ne pas passer devant.
+ en situation n | The heart attack took him in the middle of the market, on a Tuesday. Since then I shop elsewhere so I don't walk past it.
fr situation n | Les pompiers ont sorti notre chat de la fumée, mais trop tard. On l'a enterré au fond du jardin.
+ en situation n | The firefighters brought our cat out of the smoke, but too late. We buried him at the bottom of the garden.
fr situation n | La tempête a arraché le vieux chêne que papa avait planté à ma naissance ; il n'en reste qu'une souche.
+ en situation n | The storm tore down the old oak Dad planted when I was born; only a stump is left.
fr situation n | L'inondation a tout emporté au rez-de-chaussée : les albums, le piano de maman, les dessins des enfants. Il ne reste que de la boue.
+ en situation n | The flood took everything on the ground floor: the albums, Mum's piano, the kids' drawings. Only mud is left.
# trap words from suspense
fr situation n | La réponse de Parcoursup est tombée : refusée partout, même dans la formation dont je rêvais depuis la sixième.
+ en situation n | The university offers came out: rejected everywhere, even from the course I'd dreamed of since I was eleven.
fr situation n | Le verdict est tombé : la garde des enfants revient à leur père. Je les verrai un week-end sur deux.
+ en situation n | The ruling came down: custody goes to the children's father. I'll see them every other weekend.
fr situation n | Dernier épisode de la série qu'on regardait ensemble chaque mardi ; je l'ai vu seule, trois mois après son départ.
+ en situation n | The final episode of the show we watched together every Tuesday; I saw it alone, three months after he left.
fr situation n | Des mois à attendre la réponse de l'agence d'adoption, et ce matin c'est non. La chambre restera vide.
+ en situation n | Months of waiting to hear from the adoption agency, and this morning it's a no. The room will stay empty.
fr situation n | Les résultats du concours sont en ligne : recalée pour la troisième fois, à deux points. J'arrête là. Mets-moi une ambiance qui va avec.
+ en situation n | The exam results are online: failed for the third time, by two points. I'm giving up. Set the mood to match.
fr situation n | On attendait tous sa sortie de réa ; elle s'est éteinte dans la nuit, sans se réveiller.
+ en situation n | We were all waiting for her to come out of intensive care; she slipped away in the night without waking up.
fr situation n | La finale, je l'ai regardée sans le son, seul sur le canapé : c'était notre match avec mon père, mort cet hiver.
+ en situation n | I watched the final with the sound off, alone on the sofa: it was our match, mine and Dad's, and he died this winter.
fr slang_emoji n | suspense terminé, elle a répondu "je crois qu'on devrait arrêter" 💔 voilà voilà
+ en slang_emoji n | suspense over, she replied "i think we should stop" 💔 so yeah
"""

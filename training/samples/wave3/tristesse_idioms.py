"""tristesse: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# idioms: avoir le cafard / feeling down
fr explicit n | J'ai le cafard ce soir.
+ en explicit n | Feeling down tonight.
fr situation n | J'ai le cafard depuis que ma meilleure amie est partie vivre au Canada.
+ en situation n | I've been feeling low ever since my best friend moved to Canada.
# idioms: broyer du noir
fr explicit n | Je broie du noir depuis ce matin.
+ en explicit n | I've been in a dark place since this morning.
fr situation h | Je broie du noir depuis l'enterrement de papa, je n'arrive plus à sortir de chez moi.
+ en situation h | I've been in a really dark place since Dad's funeral, I can't bring myself to leave the house.
# idioms: le moral dans les chaussettes
fr explicit h | Le moral dans les chaussettes.
+ en explicit h | Spirits at rock bottom.
fr situation n | Moral dans les chaussettes : le bébé qu'on attendait, on l'a perdu à dix semaines.
+ en situation n | Feeling utterly crushed: we lost the baby we were expecting at ten weeks.
# idioms: avoir le cœur gros / heavy heart
fr explicit n | J'ai le cœur gros aujourd'hui.
+ en explicit n | Heavy heart today.
fr situation n | J'ai le cœur gros, on a rendu les clés de la maison de mamie, vendue à des inconnus.
+ en situation n | My heart's heavy, we handed back the keys to Gran's house, sold to strangers.
# idioms: heartbroken / cœur brisé
en one_word h | Heartbroken.
+ fr explicit h | J'ai le cœur brisé.
en situation h | Heartbroken, she ended it by text after six years together.
+ fr situation h | Le cœur en mille morceaux, elle a rompu par SMS après six ans ensemble.
# idioms: feeling blue (trap: not nostalgia)
en explicit n | Feeling blue tonight.
+ fr explicit n | Pas le moral ce soir.
en situation n | Feeling blue, the vet says there's nothing more they can do for our old dog.
+ fr situation n | Pas le moral, le véto dit qu'on ne peut plus rien faire pour notre vieux chien.
# idioms: down in the dumps
en explicit n | A bit down in the dumps today.
+ fr explicit l | Un peu dans le trou aujourd'hui.
en situation n | Down in the dumps since I didn't get into any of the schools I applied to.
+ fr situation n | Complètement à plat depuis que j'ai été refusée dans toutes les écoles où j'avais postulé.
# idioms: pleurer comme une madeleine
fr explicit h | Je pleure comme une madeleine.
+ en explicit h | I'm crying my eyes out.
fr situation h | Je pleure comme une madeleine depuis que le chat n'est pas rentré et qu'on l'a retrouvé sur la route.
+ en situation h | I've been crying my eyes out since the cat didn't come home and we found him by the road.
# idioms: la gorge serrée / lump in my throat
fr explicit n | J'ai la gorge serrée.
+ en explicit n | I've got a lump in my throat.
fr situation n | La gorge nouée en vidant le casier de mon collègue, mort la semaine dernière.
+ en situation n | Lump in my throat clearing out the locker of my colleague who died last week.
# idioms: au fond du trou / rock bottom
fr explicit h | Je suis au fond du trou.
+ en explicit h | I've hit rock bottom.
fr situation h | Au fond du trou : licenciée, larguée et à la rue le même mois.
+ en situation h | Rock bottom: laid off, dumped and out of a flat all in the same month.
# idioms: bummed out
en slang_emoji n | so bummed rn 😞
+ fr slang_emoji n | trop deg là 😞
en slang_emoji n | so bummed, my grandad can't come to my graduation, he's too sick now 😞
+ fr slang_emoji n | trop deg, papi pourra pas venir à ma remise de diplôme, il est trop malade maintenant 😞
# idioms: my heart sank / mon cœur s'est serré
en explicit n | My heart sank.
+ fr explicit n | J'ai eu le cœur serré.
en situation n | My heart sank when the doctor said the treatment hadn't worked.
+ fr situation n | Mon cœur s'est serré quand le médecin a dit que le traitement n'avait pas marché.
# idioms: le moral à zéro
fr explicit h | Moral à zéro.
+ en one_word h | Completely down.
fr situation n | Le moral à zéro, ma fille a déménagé à l'autre bout du pays et sa chambre est vide.
+ en situation n | Feeling so low, my daughter's moved to the other end of the country and her room's empty.
# slang: chialer / bawling
fr slang_emoji h | jsuis en train de chialer 😭
+ en slang_emoji h | literally bawling rn 😭
fr slang_emoji h | j'ai chialé tout le trajet, mon chien est parti ce matin 😭💔
+ en slang_emoji h | bawled the whole drive home, lost my dog this morning 😭💔
# slang: gutted / dégoûté
en one_word n | Absolutely gutted.
+ fr one_word n | Dégoûté, vraiment.
en situation n | Gutted, the adoption fell through two weeks before we were meant to meet him.
+ fr situation n | Effondrés, l'adoption est tombée à l'eau deux semaines avant qu'on le rencontre.
# idioms: ça me fend le cœur
fr explicit n | Ça me fend le cœur.
+ en explicit n | It breaks my heart.
fr situation n | Ça me fend le cœur de voir papi chercher mamie dans toutes les pièces de la maison.
+ en situation n | It breaks my heart to see Grandad looking for Gran in every room of the house.
# exaggeration (trap): it kills me / ça me tue
en explicit n | It kills me inside.
+ fr explicit n | Ça me brise.
en situation n | It kills me that Grandpa won't be at my wedding.
+ fr situation n | Ça me tue que papi ne soit pas là pour mon mariage.
# idioms: dead inside / mort à l'intérieur
en explicit h | Dead inside today.
+ fr explicit h | Je suis mort à l'intérieur aujourd'hui.
en situation h | Dead inside since the miscarriage, I just go through the motions.
+ fr situation h | Morte à l'intérieur depuis la fausse couche, je fais juste semblant de vivre.
# idioms: au bord des larmes / on the verge of tears
fr explicit n | Au bord des larmes, là.
+ en explicit n | On the verge of tears right now.
fr situation n | Au bord des larmes en rangeant les petits pulls de mon fils, qui est parti à l'internat.
+ en situation n | On the verge of tears putting away my son's little jumpers now he's gone off to boarding school.
# idioms: the waterworks / les grandes eaux
en explicit n | The waterworks won't stop today.
+ fr explicit n | Les grandes eaux ne s'arrêtent pas aujourd'hui.
en situation n | Waterworks all afternoon, they put my horse down this morning.
+ fr situation n | Les grandes eaux tout l'après-midi, on a fait piquer mon cheval ce matin.
# idioms: moral en berne
fr explicit n | Moral en berne depuis dimanche.
+ en explicit n | Spirits low since Sunday.
fr situation n | Moral en berne au bureau, notre chef, qu'on adorait tous, est mort d'une crise cardiaque.
+ en situation n | Spirits are low at the office, our boss, whom we all adored, died of a heart attack.
# idioms: triste comme les pierres
fr explicit h | Triste comme les pierres.
+ en explicit h | Sad as can be.
fr situation h | Triste comme les pierres depuis que Léo m'a dit qu'il ne m'aimait plus.
+ en situation h | Sad as sad can be since Léo told me he doesn't love me any more.
# idioms: ne pas avoir le cœur à
fr explicit n | Je n'ai le cœur à rien.
+ en explicit n | I can't bring myself to do anything.
fr situation n | Pas le cœur à fêter Noël cette année, c'est le premier sans maman.
+ en situation n | Not in the mood for Christmas this year, it's the first one without Mum.
# idioms: crushed / anéanti
en one_word h | Crushed.
+ fr one_word h | Anéanti.
en situation h | Crushed, the scan showed the tumour has come back.
+ fr situation h | Anéantie, l'IRM montre que la tumeur est revenue.
# idioms: in a funk / pas dans mon assiette
en explicit l | Bit of a funk today.
+ fr explicit l | Pas trop dans mon assiette aujourd'hui.
en situation n | In a funk all week since my best mate stopped answering my messages.
+ fr situation n | Pas dans mon assiette de la semaine, depuis que mon meilleur pote ne répond plus à mes messages.
# idioms: tearing up / les larmes aux yeux
en explicit n | Tearing up a bit.
+ fr explicit l | J'ai un peu les larmes aux yeux.
en situation n | Tearing up reading the last letter my grandmother wrote before she died.
+ fr situation n | Les larmes aux yeux en lisant la dernière lettre que ma grand-mère a écrite avant de mourir.
# idioms: mon monde s'écroule / my world fell apart
fr explicit h | Tout mon monde s'écroule.
+ en explicit h | My whole world is falling apart.
fr situation h | Mon monde s'est écroulé quand il m'a dit qu'il partait avec une autre.
+ en situation h | My world fell apart when he told me he was leaving for someone else.
# idioms: malade de chagrin (trap: malade)
fr explicit h | Je suis malade de chagrin.
+ en explicit h | I'm sick with grief.
fr situation h | Malade de chagrin depuis que mon frère est mort, je ne mange plus rien.
+ en situation h | Sick with grief since my brother died, I can't eat a thing.
# idioms: crever de chagrin (trap: crever)
fr explicit h | J'en crève de chagrin.
+ en explicit h | The grief is killing me.
fr situation h | Je crève de chagrin, ma chienne de quinze ans s'est endormie pour toujours dans mes bras.
+ en situation h | Grief's tearing me apart, my fifteen-year-old dog went to sleep forever in my arms.
# slang: sad boi hours / mood
en slang_emoji n | sad girl hours 🥀
+ fr slang_emoji n | mode tristesse activé 🥀
en slang_emoji n | sad boi hours fr, she left me on read after saying it's over 🥀
+ fr slang_emoji n | grosse déprime, elle m'a laissé en vu après m'avoir dit que c'était fini 🥀
# typo: chui tro triste
fr typo n | chui tro triste
+ en typo n | im so sad
fr typo h | chui tro triste mon papy est mort cette nuit jarive pas a y croire
+ en typo h | im so sad my grandpa died last nite i cant beleive it
# typo: pas le moral
fr typo n | pa le moral du tou ce soir
+ en typo n | realy down tonite
fr typo n | pa le moral, jai raté le permis pour la 3eme fois et mes potes l'ont tous
+ en typo n | so down, failed my driving test for the 3rd time n all my mates passed
# idioms: down / low
en explicit l | A little low today.
+ fr explicit l | Un peu déprimée aujourd'hui.
en situation n | Feeling low since the kids went back to their dad's for the summer.
+ fr situation n | Le moral bas depuis que les enfants sont repartis chez leur père pour l'été.
# idioms: cœur en miettes
fr explicit h | Le cœur en miettes.
+ en explicit h | My heart's in pieces.
fr situation h | Cœur en miettes, le refuge m'a appelé : le chien que je voulais adopter est mort cette nuit.
+ en situation h | My heart's in pieces, the shelter called: the dog I wanted to adopt died last night.
# idioms: effondré / devastated
en one_word h | Devastated.
+ fr one_word h | Effondré.
en situation h | Devastated, my nan passed away before I could get on the train to see her.
+ fr situation h | Effondrée, ma grand-mère est partie avant que j'aie pu prendre le train pour la voir.
# intensifier: un peu triste / lowkey sad
en slang_emoji l | lowkey sad today ngl
+ fr slang_emoji l | un peu triste aujourd'hui jvais pas mentir
en slang_emoji l | lowkey sad, my fave little café on the corner closed for good 😔
+ fr slang_emoji l | un peu triste, mon petit café préféré du coin a fermé pour de bon 😔
# idioms: avoir un coup de blues (trap: not nostalgia)
fr explicit n | Gros coup de blues ce soir.
+ en explicit n | Really down in the dumps tonight.
fr situation n | Coup de blues, on a annulé notre voyage de noces parce qu'il a perdu son boulot.
+ en situation n | Feeling down, we cancelled our honeymoon because he lost his job.
# idioms: avoir le bourdon (old-fashioned)
fr explicit n | J'ai le bourdon ce soir.
+ en explicit n | Got the blues tonight.
fr situation n | J'ai le bourdon depuis que mon fils ne m'appelle plus le dimanche.
+ en situation n | I've been feeling glum since my son stopped calling me on Sundays.
# idioms: torn apart / déchiré
en explicit h | Torn apart inside.
+ fr explicit h | Déchirée de l'intérieur.
en situation h | Torn apart, we had to leave the cat behind at the border when we fled.
+ fr situation h | Déchiré, on a dû laisser le chat à la frontière quand on a fui.
# idioms: fendre l'âme / soul-crushing
fr explicit n | Ça me fend l'âme.
+ en one_word n | It's soul-crushing.
fr situation n | Ça me fend l'âme, au refuge, de voir tous ces chiens abandonnés la veille des vacances.
+ en situation n | It's soul-crushing at the shelter, seeing all the dogs dumped the day before the holidays.
# light requests with the idiom
fr wish n c=blue;navy b=dim | J'ai le cafard, mon mec est reparti en mission pour six mois, mets du bleu tout doux.
+ en wish n c=blue;navy b=dim | Feeling down, my boyfriend's gone back on deployment for six months, put on some soft blues.
en wish h b=dim | Heartbroken tonight, she's gone for good. Keep the lights low.
+ fr wish h b=dim | Le cœur brisé ce soir, elle est partie pour de bon. Lumière tamisée, s'il te plaît.
fr situation n | Le moral dans les chaussettes, la petite a pleuré en partant en colo et moi aussi. Mets une ambiance qui va avec.
+ en situation n | Really low, the little one cried leaving for summer camp and so did I. Put something on to match.
en situation n | Down in the dumps, the house feels empty now the kids have gone. Lights to match, please.
+ fr situation n | Pas le moral, la maison est vide depuis que les enfants sont partis. Lumière assortie, s'il te plaît.
# typo and slang: coeur brisé / heart broken
fr typo h | jai le coeur brisé
+ en typo h | heart brokn
fr typo h | jai le coeur brisé, ma copine ma larguée le jour de mon anniv
+ en typo h | heart brokn, gf dumped me on my bday
# slang: deg de ouf / gutted af
fr slang_emoji n | deg de ouf 😞
+ en slang_emoji n | gutted af 😞
fr slang_emoji n | jsuis deg de ouf 😞 le voyage scolaire est annulé, j'attendais ça depuis un an
+ en slang_emoji n | gutted af 😞 school trip's cancelled, been waiting a whole year for it
# slang: not ok rn / ça va pas
en slang_emoji n | not ok rn 💔
+ fr slang_emoji n | ça va pas du tout là 💔
en slang_emoji h | not ok rn 💔💔 just found out my cousin passed away last night
+ fr slang_emoji h | ça va pas du tout 💔💔 j'apprends que mon cousin est décédé cette nuit
"""

"""tristesse: third wave of hand-written seeds (train and validation only)."""

SEEDS = """
# situations: pets
fr situation n | Le vétérinaire dit qu'il n'y a plus rien à faire pour mon chien, on l'endort demain matin.
+ en situation n | The vet says there's nothing more they can do for my dog, he's being put to sleep tomorrow morning.
fr situation n | Sa gamelle est toujours dans la cuisine, je n'arrive pas à la ranger.
+ en situation n | His bowl is still in the kitchen, I can't bring myself to put it away.
fr situation n | Mon vieux chat ne mange plus, il dort toute la journée sur son coussin, je sais que c'est la fin.
+ en situation n | My old cat has stopped eating, he sleeps all day on his cushion, I know it's the end.
fr situation n | On a dû confier notre chienne à une autre famille, le nouveau bail n'accepte pas les animaux.
+ en situation n | We had to rehome our dog, the new lease doesn't allow pets.
fr situation n | Le chat n'est pas venu m'attendre derrière la porte ce soir. Il ne viendra plus. Lumières douces, s'il te plaît.
+ en situation n | The cat wasn't waiting behind the door tonight. He never will be again. Soft lights, please.
# situations: partner, breakups
fr situation n | Elle a emporté ses derniers cartons ce matin, l'appartement résonne. Mets une ambiance qui va avec.
+ en situation n | She took her last boxes this morning, the flat echoes now. Put on something that fits.
fr situation h | Il m'a dit qu'il ne m'aimait plus, comme ça, entre deux bouchées.
+ en situation h | He told me he doesn't love me anymore, just like that, between two mouthfuls.
fr situation n | On dort sous le même toit mais on ne se parle plus depuis des mois.
+ en situation n | We sleep under the same roof but we haven't really talked in months.
fr situation n | Son côté du lit est encore défait, je n'ose pas y toucher. Éclaire-moi doucement ce soir.
+ en situation n | His side of the bed is still unmade, I don't dare touch it. Go easy on the lights tonight.
fr situation n | La chanson de notre mariage est passée à la radio, trois mois après son départ. J'ai dû me garer.
+ en situation n | Our wedding song came on the radio, three months after he left. I had to pull over.
fr situation n | Je rends les clés de la maison après le divorce, les enfants vivront chez leur père.
+ en situation n | I'm handing back the house keys after the divorce, the kids will live with their dad.
fr situation n | Sur l'écran de mon téléphone, c'est encore notre photo. Je n'ai pas le courage de la changer.
+ en situation n | My phone's lock screen is still our photo. I haven't got the heart to change it.
# situations: death and grief
fr situation n | J'ai appris que mon ami d'enfance est mort il y a trois mois, et personne ne m'a prévenu.
+ en situation n | I found out my childhood friend died three months ago, and nobody told me.
fr situation n | Premier Noël sans papa, sa chaise est restée vide toute la soirée. Lumières tout doux, stp.
+ en situation n | First Christmas without Dad, his chair stayed empty all evening. Keep the lights really soft, please.
fr situation n | Je cuisine encore pour deux par habitude, alors qu'il n'est plus là.
+ en situation n | I still cook for two out of habit, even though he's gone.
fr situation n | Je n'arrive pas à effacer son numéro, ni à réécouter son dernier message vocal.
+ en situation n | I can't delete her number, or bring myself to listen to her last voicemail again.
fr situation n | J'ai encore écrit « bonne nuit » à ma sœur par réflexe avant de me rappeler qu'elle ne répondra plus.
+ en situation n | I texted my sister goodnight out of habit again before remembering she'll never answer.
fr situation n | Dans le train du retour après l'enterrement, personne n'a dit un mot.
+ en situation n | On the train home after the funeral, nobody said a word.
fr situation n | Mon père est parti sans que j'aie pu lui dire au revoir, j'étais bloqué à l'étranger.
+ en situation n | My father passed away before I could say goodbye, I was stuck abroad.
fr situation n | J'ai regardé le film préféré de mon frère, aujourd'hui ça fait un an qu'il est mort.
+ en situation n | I watched my brother's favourite film, it's been a year today since he died.
fr situation n | Le marque-page est resté à la page cent douze du livre qu'elle lisait à l'hôpital.
+ en situation n | The bookmark is still at page one hundred and twelve of the book she was reading in hospital.
fr situation n | J'ai fini le roman que ma grand-mère m'avait offert, et je ne pourrai jamais lui dire qu'il m'a plu.
+ en situation n | I finished the novel my grandmother gave me, and I'll never be able to tell her I loved it.
fr situation n | Je suis revenu dans le village de mon père pour disperser ses cendres. Joue quelque chose de calme et lent.
+ en situation n | I went back to my father's village to scatter his ashes. Play something slow and quiet.
fr situation n | Remplir les papiers de succession de mon père, case après case, c'est la pire chose que j'aie faite cette année.
+ en situation n | Filling in my father's probate forms, box after box, is the worst thing I've done all year.
fr situation n | Fête des mères, et pour la première fois je n'ai personne à qui offrir des fleurs. Mets quelque chose de doux.
+ en situation n | Mother's Day, and for the first time I've got no one to give flowers to. Put on something gentle.
fr situation n | Je ne conduis plus depuis que mon mari est mort, c'est toujours lui qui prenait le volant.
+ en situation n | I haven't driven since my husband died, he was always the one at the wheel.
fr situation n | Enterrement de Mamie demain.
+ en situation n | Grandma's funeral is tomorrow.
fr situation n | Toute la vie de maman tient dans six cartons, et je viens de fermer le dernier.
+ en situation n | Mum's whole life fits into six boxes, and I've just taped up the last one.
fr situation n | La radio a annoncé la mort du chanteur qui a accompagné toute mon adolescence.
+ en situation n | The radio just announced the death of the singer who got me through my teenage years.
fr situation n | J'ai reçu le faire-part de mon ancienne prof de piano, celle qui avait cru en moi. Je ne lui avais pas écrit depuis des années.
+ en situation n | I got the death notice for my old piano teacher, the one who believed in me. I hadn't written to her in years.
# situations: family, kids, elderly parents
fr situation n | Mon fils m'a dit qu'il ne voulait plus venir chez moi le week-end.
+ en situation n | My son told me he doesn't want to come to my place at weekends anymore.
fr situation n | Le petit dernier est parti pour ses études, sa chambre est rangée et silencieuse.
+ en situation n | My youngest has left for university, his room is tidy and silent.
fr situation n | Ma fille mange seule à la cantine, personne ne l'a invitée à un anniversaire cette année.
+ en situation n | My daughter eats alone at lunch, nobody has invited her to a single birthday party this year.
fr situation h | Mon fils est harcelé à l'école, ce soir il m'a demandé pourquoi personne ne l'aimait.
+ en situation h | My son's being bullied at school, tonight he asked me why nobody likes him.
fr situation n | Ma sœur et moi ne nous parlons plus depuis l'héritage, elle n'est même pas venue au baptême de ma fille.
+ en situation n | My sister and I haven't spoken since the inheritance, she didn't even come to my daughter's christening.
fr situation n | Ma mère entre en maison de retraite demain, elle m'a demandé quand elle pourrait rentrer chez elle.
+ en situation n | Mum moves into the care home tomorrow, she asked me when she'll be able to go home.
fr situation n | Papa m'a appelé trois fois aujourd'hui pour me poser la même question.
+ en situation n | Dad rang me three times today to ask me the same question.
fr situation n | Mon grand-père a rendu son permis, maintenant il reste à la fenêtre toute la journée.
+ en situation n | My grandad has given up his driving licence, now he sits by the window all day.
fr situation n | Depuis l'accident, je ne peux plus porter ma petite-fille dans mes bras.
+ en situation n | Since the accident, I can't pick my granddaughter up anymore.
fr situation h | Encore un test négatif, ça fait deux ans qu'on essaie d'avoir un enfant.
+ en situation h | Another negative test, we've been trying for a baby for two years.
fr situation n | Mon fils a raté son bac de quelques points, il s'est enfermé dans sa chambre sans un mot. Baisse les lumières, doucement.
+ en situation n | My son failed his exams by a few points and shut himself in his room without a word. Dim the lights, gently.
# situations: friends, loneliness
fr situation n | Ma meilleure amie part vivre au Canada la semaine prochaine, pour de bon.
+ en situation n | My best friend is moving to Canada next week, for good.
fr situation n | J'ai organisé un dîner, sur dix invités un seul est venu.
+ en situation n | I threw a dinner party, out of ten guests only one turned up.
fr situation n | Personne n'a pensé à m'appeler pour mon anniversaire, le téléphone est resté muet toute la journée. Une ambiance pour ce soir, s'il te plaît.
+ en situation n | Nobody remembered to call me on my birthday, the phone stayed silent all day. Set the mood for tonight, please.
fr situation n | Plus personne ne se connecte sur notre serveur de jeu, les potes ont tous décroché un par un.
+ en situation n | Nobody logs onto our game server anymore, the lads have all drifted off one by one.
fr situation n | Mon voisin de palier, le seul à qui je parlais, déménage à l'autre bout du pays.
+ en situation n | My next-door neighbour, the only person I ever talked to, is moving to the other end of the country.
fr situation n | Tout le monde part en vacances en famille, et moi je reste seule ici, encore cet été.
+ en situation n | Everyone's going off on holiday with their families, and I'm staying here alone, again this summer.
fr situation n | Dimanche soir de novembre, il fait nuit à dix-sept heures et l'appartement est vide. Une lumière qui va avec, s'il te plaît.
+ en situation n | Sunday evening in November, dark by five, and the flat is empty. A light to match, please.
fr situation n | J'ai regardé le dernier épisode de notre série tout seul, je n'avais personne à qui en parler après.
+ en situation n | I watched the last episode of our show on my own, with nobody to talk to about it afterwards.
fr situation n | Dix jours de pluie, je n'ai vu personne de la semaine et les journées se ressemblent toutes.
+ en situation n | Ten days of rain, I haven't seen a soul all week and the days all blur into one.
# situations: work, school, money
fr situation n | Licencié ce matin après vingt ans dans la même boîte, j'ai rendu mon badge et je suis rentré sans un mot.
+ en situation n | Let go this morning after twenty years at the same company, I handed in my badge and came home without a word.
fr situation n | Mon collègue préféré est parti à la retraite, son bureau est déjà vide.
+ en situation n | My favourite colleague has retired, his desk is already empty.
fr situation n | Je mange seul à mon bureau tous les midis depuis que mon équipe a été mutée.
+ en situation n | I eat lunch alone at my desk every day since my team was transferred.
fr situation n | Centième candidature envoyée, toujours aucune réponse, je commence à ne plus y croire.
+ en situation n | Hundredth application sent, still no reply, I'm starting to lose hope.
fr situation n | J'ai dû vendre la guitare de mon père pour payer le loyer.
+ en situation n | I had to sell my father's guitar to pay the rent.
fr situation n | J'ai dû dire à ma fille qu'on ne pourrait pas payer son voyage scolaire.
+ en situation n | I had to tell my daughter we can't afford her school trip.
fr situation n | On a annulé les vacances, plus assez d'argent, et les enfants ont fait semblant de ne pas être déçus.
+ en situation n | We cancelled the holiday, not enough money left, and the kids pretended they weren't disappointed.
# situations: health
fr situation h | Les résultats sont tombés, la maladie de maman ne se soigne pas.
+ en situation h | The results came back, Mum's illness can't be cured.
fr situation n | Le chirurgien a été clair, je ne pourrai plus jamais courir avec ce genou.
+ en situation n | The surgeon was clear, I'll never run again on this knee.
fr situation n | Ma petite sœur est en soins palliatifs, on se relaie à son chevet. Adapte la lumière, je rentre de l'hôpital.
+ en situation n | My little sister is in palliative care, we take turns at her bedside. Adjust the lights, I'm just back from the hospital.
fr situation n | Mes mains tremblent trop pour peindre maintenant, j'ai rangé mes pinceaux pour de bon.
+ en situation n | My hands shake too much to paint now, I've packed my brushes away for good.
fr situation n | Le médecin a parlé de quelques semaines. Dans la voiture, personne n'a allumé la radio.
+ en situation n | The doctor said a few weeks. In the car, nobody turned the radio on.
fr situation h | Notre bébé ne viendra pas, l'échographie d'hier a tout arrêté.
+ en situation h | Our baby isn't coming, yesterday's scan ended everything.
# situations: house, garden, moving, nature
fr situation n | Le vieux pommier que papa avait planté est tombé pendant la tempête.
+ en situation n | The old apple tree Dad planted came down in the storm.
fr situation n | Les rosiers que ma mère m'avait donnés avant sa mort n'ont pas survécu à l'hiver.
+ en situation n | The rose bushes my mother gave me before she died didn't survive the winter.
fr situation n | Les enfants ont dit au revoir à leurs copains, ma fille a serré sa meilleure amie jusqu'à ce que la voiture démarre.
+ en situation n | The kids said goodbye to their friends, my daughter hugged her best friend until the car pulled away.
fr situation n | Les hirondelles ne sont pas revenues sous mon toit cette année, le nid reste vide.
+ en situation n | The swallows didn't come back under my roof this year, the nest is still empty.
fr situation n | Le disque dur a lâché, toutes les photos des enfants petits sont perdues.
+ en situation n | The hard drive died, all the photos of the kids when they were little are gone.
fr situation n | Le boulanger qui connaissait mon prénom depuis trente ans est décédé, la boutique a baissé le rideau.
+ en situation n | The baker who'd known my name for thirty years has passed away, and the shop has closed its shutters.
# situations: sport, music, hobbies, travel
fr situation n | Tendon déchiré, ma saison est finie et je ne jouerai pas la finale avec mes coéquipiers.
+ en situation n | Torn tendon, my season's over and I won't get to play the final with my teammates.
fr situation n | Mon club est descendu en deuxième division après quarante ans parmi l'élite, le stade s'est vidé en silence. Musique qui va avec, merci.
+ en situation n | My club got relegated after forty years in the top flight, and the stadium emptied in silence. Music to match, thanks.
fr situation n | Mon groupe s'est séparé, on a joué notre dernier concert devant vingt personnes.
+ en situation n | My band has split up, we played our last gig in front of twenty people.
fr situation n | La chorale où je chantais depuis quinze ans ferme, on n'est plus assez nombreux.
+ en situation n | The choir I've sung in for fifteen years is closing, there aren't enough of us left.
fr situation n | Je l'ai laissée à l'aéroport ce matin, on ne se reverra pas avant six mois.
+ en situation n | I dropped her at the airport this morning, we won't see each other for six months.
fr situation n | Le visa de ma fiancée a été refusé, on ne se verra pas avant l'année prochaine. Mets une ambiance qui me ressemble ce soir.
+ en situation n | My fiancée's visa was refused, we won't see each other until next year. Set the mood to how I feel tonight.
fr situation n | J'ai essayé de refaire la soupe de maman, mais elle ne m'a jamais donné la recette, et maintenant c'est trop tard.
+ en situation n | I tried to make Mum's soup, but she never gave me the recipe, and now it's too late.
fr situation n | Les images des familles qui ont tout perdu dans les inondations, je n'arrive pas à les sortir de ma tête. Lumière tamisée, merci.
+ en situation n | Those pictures of families who lost everything in the floods, I can't get them out of my head. Low lights, thanks.
# situations: short and terse
fr situation n | Elle est partie. Pour de bon.
+ en situation n | She's gone. For good.
fr situation n | Plus de nouvelles de lui depuis la dispute. Trois ans déjà.
+ en situation n | Not a word from him since the argument. Three years now.
fr situation n | La niche est vide ce soir.
+ en situation n | The dog basket is empty tonight.
fr situation n | Personne à qui raconter ma journée.
+ en situation n | No one to tell about my day.
fr situation n | Jour de l'anniversaire de sa mort. Lumières basses.
+ en situation n | Anniversary of her death today. Lights low.
fr situation n | J'ai rangé le berceau au grenier sans l'avoir jamais utilisé.
+ en situation n | I put the cot up in the attic without ever having used it.
fr situation n | Mon meilleur ami ne m'a pas choisi comme témoin, finalement il s'est éloigné sans que je comprenne pourquoi.
+ en situation n | My best friend didn't pick me as his best man, he's just drifted away and I never understood why.

# explicit
fr explicit n | J'ai le cœur gros ce soir.
+ en explicit n | My heart is heavy tonight.
fr explicit n | J'ai le moral dans les chaussettes.
+ en explicit n | I'm really down in the dumps.
fr explicit n | Je me sens vide, comme si on m'avait arraché quelque chose.
+ en explicit n | I feel hollow, like something's been ripped out of me.
fr explicit n | J'ai le cafard depuis ce matin.
+ en explicit n | I've had the blues since this morning.
fr explicit h | Je suis effondrée depuis la nouvelle.
+ en explicit h | I've been falling apart since the news.
fr explicit n | J'ai envie de pleurer toute la journée.
+ en explicit n | I've felt like crying all day.
fr explicit h | Je suis au fond du trou en ce moment.
+ en explicit h | I'm at rock bottom right now.
fr explicit n | J'ai une boule dans la gorge qui ne passe pas.
+ en explicit n | There's a lump in my throat that won't go away.
fr explicit h | Je suis inconsolable depuis sa mort.
+ en explicit h | I've been inconsolable since he died.
fr explicit h | J'ai le cœur brisé.
+ en explicit h | I'm heartbroken.
fr explicit n | Une grande tristesse me tombe dessus dès que je rentre chez moi.
+ en explicit n | A deep sadness comes over me as soon as I get home.
fr explicit n | Je suis abattu, plus rien n'a de goût.
+ en explicit n | I'm crushed, nothing tastes of anything anymore.

# negation
fr negation n | Je ne suis pas en colère contre lui, juste profondément triste.
+ en negation n | I'm not angry with him, just deeply sad.
fr negation n | Non, ce n'est pas de la nostalgie, c'est du chagrin, elle est morte hier.
+ en negation n | No, this isn't nostalgia, it's grief, she died yesterday.
fr negation n | Je n'ai pas le cœur à faire la fête, j'ai perdu mon chien ce matin.
+ en negation n | I'm in no mood to party, I lost my dog this morning.
fr negation h | Je ne vais pas bien du tout, j'ai le cœur en miettes.
+ en negation h | I'm not okay at all, my heart is in pieces.
fr negation n | Pas de lumières joyeuses ce soir, je n'ai pas le moral pour ça.
+ en negation n | No cheerful lights tonight, I'm too low for that.
fr negation n | Je ne suis plus inquiète, c'est fini, il n'y a plus rien à espérer. Juste du chagrin.
+ en negation n | I'm not worried anymore, it's over, there's nothing left to hope for. Just grief.
fr negation n | Ce n'est pas de la fatigue, c'est de la peine.
+ en negation n | It's not tiredness, it's heartache.
fr negation n | Je n'ai plus souri depuis qu'elle est partie.
+ en negation n | I haven't smiled once since she left.

# mixed
fr mixed n | Un peu soulagé que ses souffrances soient finies, mais surtout dévasté.
+ en mixed n | A little relieved his suffering is over, but mostly devastated.
fr mixed n | Fière de ma fille qui part étudier à l'étranger, mais surtout le cœur lourd de la voir partir.
+ en mixed n | Proud of my daughter for going to study abroad, but mostly heavy-hearted to watch her go.
fr mixed n | Un peu en colère contre moi-même, mais surtout malheureux qu'on se soit quittés comme ça.
+ en mixed n | A bit angry at myself, but mostly miserable that we split up like that.
fr mixed n | Fatiguée, oui, mais c'est surtout le chagrin qui me vide.
+ en mixed n | Tired, yes, but it's mostly the grief that's draining me.
fr mixed n | Les souvenirs sont doux, mais ce soir c'est surtout la douleur qui domine, deux semaines après son décès.
+ en mixed n | The memories are sweet, but tonight it's mostly raw pain, two weeks after she died.
fr mixed n | Content pour mon collègue qui part, mais surtout triste de perdre mon seul ami au bureau.
+ en mixed n | Happy for my colleague who's leaving, but mostly sad to lose my only friend at work.
fr mixed n | On a gagné, mais je n'arrive pas à m'en réjouir, grand-père n'était plus là pour le voir.
+ en mixed n | We won, but I can't enjoy it, Grandad wasn't here anymore to see it.
fr mixed n | Un peu inquiète pour la suite, mais surtout anéantie par la rupture.
+ en mixed n | A bit worried about what comes next, but mostly shattered by the breakup.

# long
fr long n | Ce matin, j'ai sorti deux bols. Puis je me suis souvenue. J'en ai rangé un. Le café n'avait aucun goût.
+ en long n | This morning I got two bowls out. Then I remembered. I put one back. The coffee tasted of nothing.
fr long h | Le vétérinaire m'a laissé seul avec lui quelques minutes. Je lui ai gratté l'oreille comme il aimait. Il a fermé les yeux. Je suis rentré avec sa laisse vide.
+ en long h | The vet left me alone with him for a few minutes. I scratched behind his ear the way he liked. He closed his eyes. I came home with an empty lead.
fr long n | Ma fille a pris le train ce matin. Sa chambre est rangée pour la première fois. Le silence dans la maison est assourdissant. Je n'ose pas fermer sa porte.
+ en long n | My daughter caught the train this morning. Her room is tidy for the first time ever. The silence in the house is deafening. I can't bring myself to close her door.
fr long n | On devait fêter nos dix ans ce week-end. Il est parti mardi. Les billets pour Venise sont toujours sur le frigo. Je n'arrive pas à les jeter.
+ en long n | We were meant to celebrate ten years together this weekend. He left on Tuesday. The tickets to Venice are still on the fridge. I can't bring myself to throw them out.
fr long n | Ma grand-mère m'a demandé qui j'étais. Je lui ai dit mon prénom. Elle a souri poliment, comme à une inconnue. Je suis resté une heure à lui tenir la main.
+ en long n | My grandmother asked me who I was. I told her my name. She smiled politely, like you would at a stranger. I sat holding her hand for an hour.
fr long n | J'ai trouvé une lettre de papa dans un tiroir. Elle m'était adressée. Il ne l'a jamais envoyée. Je l'ai lue trois fois, assise par terre.
+ en long n | I found a letter from Dad in a drawer. It was addressed to me. He never sent it. I read it three times, sitting on the floor.
fr long n | Le réveil a sonné à six heures, comme avant. Sauf qu'il n'y a plus de travail où aller. J'ai fait le café quand même. Puis je suis resté à la fenêtre.
+ en long n | The alarm went off at six, like before. Except there's no job to go to anymore. I made coffee anyway. Then I just stood at the window.
fr long n | Mon fils a fêté ses huit ans chez sa mère. J'ai eu droit à un appel vidéo de deux minutes. Il avait l'air content. J'ai gardé son cadeau sur la table.
+ en long n | My son celebrated his eighth birthday at his mum's. I got a two-minute video call. He looked happy. His present is still sitting on my table.

# intensity
fr intensity l | Un petit coup de blues ce soir, rien de grave.
+ en intensity l | A little bout of the blues tonight, nothing serious.
fr intensity l | Un peu le moral en berne, la journée a été longue et grise.
+ en intensity l | Feeling a bit low, it's been a long grey day.
fr intensity l | Petit pincement au cœur en voyant son bureau vide.
+ en intensity l | A small pang when I see his empty desk.
fr intensity h | Je suis complètement dévasté, je n'arrive pas à arrêter de pleurer depuis hier.
+ en intensity h | I'm completely devastated, I haven't been able to stop crying since yesterday.
fr intensity h | C'est le pire jour de ma vie, j'ai perdu ma mère.
+ en intensity h | This is the worst day of my life, I've lost my mum.
fr intensity h | Mon cœur est en mille morceaux, je ne m'en remettrai jamais.
+ en intensity h | My heart is in a thousand pieces, I'll never get over this.

# slang and emoji
fr slang_emoji n | Gros coup de mou ce soir 😢
fr slang_emoji h | Elle m'a largué par texto 💔😭
fr slang_emoji n | Pas le moral du tout là 😞
fr slang_emoji h | Mon chat est parti cette nuit 😭😭 RIP mon gros
fr slang_emoji n | Journée pourrie, j'ai juste envie de rester sous la couette à chialer 😔
fr slang_emoji n | Ça va pas fort 🥺💔
en slang_emoji n | lowkey crying in my car rn 😭
en slang_emoji n | she left me on read then blocked me 💔😞
en slang_emoji h | rip buddy, best dog ever 🐾😢
en slang_emoji n | not ok today tbh 😔
en slang_emoji n | feeling so empty rn 💔
en slang_emoji n | first birthday without u grandpa 😢🕊️

# typo
fr typo n | jsuis tro triste mon chien est mort ce matin
fr typo n | g pa le moral du tout depuis ke on a rompu
fr typo n | pk ca fait si mal de perdre qq1
fr typo h | jarrive pas a arreter de pleurer depuis lenterrement
fr typo h | mamie est partie cette nuit jsais pas koi faire
fr typo n | chui au fond du trou ce soir, tt seul
en typo n | im so sad rn my cat died
en typo h | cant stop crying since she left
en typo n | u ever feel like nothing matters anymore since ur dad died
en typo n | gonna be a long lonely night, shes gone

# one word
fr one_word h | Effondrée.
fr one_word n | Le cafard.
fr one_word n | Vide...
fr one_word h | Cœur brisé.
en one_word h | Heartbroken.
en one_word n | Gutted...
en one_word n | Empty.
en one_word n | Grieving.

# other languages
es situation n | Se murió mi abuela esta mañana y no pude despedirme.
es explicit h | Tengo el corazón roto.
de situation n | Mein Hund ist heute gestorben, das Haus ist so leer.
de explicit n | Ich bin so traurig, ich kann nicht aufhören zu weinen.
it explicit n | Mi sento così sola da quando lui se n'è andato.
mixed explicit n | Je suis tellement down, honestly je n'ai envie de rien ce soir 💔
"""

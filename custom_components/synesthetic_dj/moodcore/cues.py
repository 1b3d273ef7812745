"""Situations that usually come with a mood (fr + en, accent-free): "funeral", "araignee",
"got the job"... People often describe what happened rather than how they feel.

Written from general knowledge, never from evaluation rows. These are weaker signals than
emotion words, so they are only extra features of the built-in model (``s|mood``), whose
training decides how much to trust them; the keyword baseline does not use them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .matcher import Matcher, entries

SITUATION_WORDS: Final[dict[str, str]] = {
    "bonnehumeur": """
        bonne nouvelle, cadeau*, bisou*, calin*, amoureu*, je t'aim*, m'aim*, beau temps,
        printemps, pique nique, barbecue, apero, copains, copines, entre amis, rigolade,
        blague*, chant*, sifflot*, gateau*, croissant*, chocolat, glace, fleur*, chaton*,
        chiot*, ca fait plaisir, trop cool, journee parfaite, merci, reconnaissant*, gratitude,
        le soleil, petit dejeuner, terrasse, bonne journee, compliment*, good news, present,
        presents, hug*, kiss*, love, loved, in love, sunshine, nice weather, spring, picnic,
        barbecue, friends, family, jokes, joke, singing, sing, whistl*, cake, cookies, ice
        cream, puppy, kitten, flowers, made my day, perfect day, thanks, blessed, lucky,
        compliment*, breakfast, brunch, rire aux larmes, fou rire, bonne surprise, belle
        surprise, petit bonheur, bonheur, tout va bien, ca roule, la vie est belle, mes potes,
        potes, repas de famille, bon repas, restaurant, rayon de soleil, ciel bleu, arc en ciel,
        coup de fil, nouvelles de, lettre de, message de, mon chien, mon chat, balade, velo,
        danse dans la cuisine, sous la douche, bonne note, gentil*, sourit, m'a offert, offert,
        laughing, laughed, giggl*, good surprise, little things, all good, life is good,
        buddies, pals, family dinner, good food, sunny day, blue sky, rainbow, phone call,
        letter from, text from, message from, my dog, my cat, bike ride, walk in the park,
        dancing in the kitchen, good grade, kind, kindness, helped me, smiled, gave me, bought
        me, surprised me, treat
    """,
    "curiosite": """
        documentaire, musee, expo*, science*, astronom*, telescope, microscope, experience*,
        tutoriel, cours, nouvelle langue, langue, enquete*, indice*, recette, inconnu*, jamais
        vu, jamais goute, jamais entendu, comment fonctionne, comment marche, decouvr*,
        apprendre, apprends, appris, question, podcast, article, wikipedia, origine*,
        fonctionne, mecanisme, robot*, programm*, code, coder, energ*, planete*, fossile*,
        documentary, museum, exhibit*, science*, astronom*, telescope, microscope, experiment*,
        tutorial, course, class, new language, language, clue*, detective, riddle, puzzle*,
        never seen, never tasted, never heard, new recipe, unknown, strange, rabbit hole,
        podcast, article, read about, history, how it works, how they, planet*, fossil*, robot*,
        coding, program*, learning, learned, taught, je me renseigne, renseigner, lire sur, j'ai
        lu, video sur, youtube, conference, atelier, initiation, essayer, tester, nouveau hobby,
        hobby, passe temps, bricol*, demont*, comment on fait, comment faire, trou noir, trous
        noirs, univers, cosmos, dinosaure*, archeolog*, ancetre*, genealogi*, arbre
        genealogique, langue etrangere, japonais, chinois, carte ancienne, chasse au tresor,
        escape game, quiz, nouvelle ville, quartier, visiter, visite, guide, ingredient*,
        epice*, jamais essaye, premiere fois que je, looking into, read up, i read, video about,
        lecture, ted talk, workshop, try out, trying, new hobby, hobby, tinker*, take apart, how
        do, black hole*, universe, cosmos, dinosaur*, archaeolog*, ancestor*, genealogy, family
        tree, foreign language, japanese, old map, treasure hunt, escape room, quiz, trivia, new
        city, neighborhood, visit*, guided tour, ingredient*, spice*, never tried, first time i,
        wondering why, what makes
    """,
    "detente": """
        plage, vagues, lac, hamac, massage, spa, yoga, lecture, plaid, canape, couette,
        dimanche, week end, sieste, rien a faire, tranquille, silence, pas un bruit, bain chaud,
        tisane, fin de journee, enfin seul, enfin seule, respir*, lent*, doucement, feu de
        cheminee, cheminee, jardin, chat qui ronronne, ronronn*, pluie douce, jacuzzi, piscine,
        transat, chaise longue, bouquin, beach, waves, lake, hammock, massage, spa, yoga,
        reading, book, blanket, couch, sofa, sunday, weekend, nothing to do, no rush, nowhere to
        be, silence, hot bath, bubble bath, breath*, slow*, stroll*, sipping, fireplace, cup of,
        purring, pool, jacuzzi, lounge*, sauna, herbal, soiree tranquille, pyjama, chaussons,
        tasse de the, cafe chaud, chocolat chaud, musique douce, jazz, lo fi, meditation,
        etirements, jardinage, potager, campagne, foret, riviere, bord de mer, bord de l'eau,
        jour de conge, conge, rien de prevu, grasse matinee, dormir, sommeil, bien merite, fini
        le boulot, le calme, apaisant*, bougies, encens, huiles essentielles, quiet evening,
        pajamas, slippers, cup of tea, hot chocolate, soft music, jazz, lofi, meditation,
        stretching, gardening, fishing, countryside, forest, woods, river, seaside, day off, no
        plans, sleep in, slept in, well deserved, done with work, candles, incense, essential
        oils, porch, cozy, wrapped in
    """,
    "euphorie": """
        concert, festival, boite de nuit, soiree, feux d'artifice, vacances, voyage, on part,
        depart, billets, road trip, mariage, se marier, fiancai*, fiance*, enceinte, parachute,
        saut, montagnes russes, sensations fortes, adrenaline, on danse, musique a fond,
        champagne, loto, jackpot, demenagement, nouvelle vie, concert, festival, club, rave,
        fireworks, vacation, holiday, trip, tickets, road trip, wedding, engaged, proposal,
        proposed, pregnant, skydiv*, rollercoaster, roller coaster, adrenaline, cheering,
        champagne, lottery, jackpot, moving to, first time, places pour, premier rang, au stade,
        en tournee, on part en vacances, gagne au loto, grosse fete, anniversaire surprise,
        nouvel an, reveillon, carnaval, dj, discotheque, on fait la fete, toute la nuit, saute
        partout, crie de joie, je saute, meilleur jour, c'est le pied, le kiff, chair de poule,
        front row, at the stadium, on tour, going on vacation, won the lottery, big party,
        surprise party, new year, carnival, dj, nightclub, all night, so hyped, best night, best
        day ever, goosebumps, buzzing, cloud nine, let's go
    """,
    "reverie": """
        etoiles, ciel, nuages, coucher de soleil, horizon, fenetre, regarde la pluie, perdu
        dans, pensees, m'imaginer, imagine*, ailleurs, et si, les yeux dans le vague, piano,
        poeme*, ecrire, carnet, dessin*, aquarelle, en pensant, flotte, brume, brouillard,
        ocean, vague a l'ame, autre vie, une autre epoque, stars, sky, clouds, sunset, horizon,
        window, rain, staring, gaze*, gazing, lost in, thinking about, picture myself, what it
        would be like, someday, piano, poem*, poetry, writing, journal, sketch*, painting, mind
        wander*, far away, fog, mist, ocean, another life, somewhere else, par la fenetre,
        regard perdu, dans mes pensees, je pense a, je songe, chateaux en espagne, reve eveille,
        dans ma bulle, ecouteurs, casque sur les oreilles, paysage, defile, nuit etoilee, voie
        lactee, aurore*, feu de camp, fantasme*, utopie, partir loin, un jour je, si seulement,
        je m'imagine, je me vois, vie revee, out the window, staring into, in my own world, in
        my bubble, headphones, landscape, train window, passing by, starry night, milky way,
        aurora, campfire, utopia, travel the world, one day i, if only, i imagine, i picture,
        dream life, make believe, whimsical, wonderland, fairy tale
    """,
    "victoire": """
        prix, concours, premier prix, j'ai eu, a eu son, bac, diplome*, permis, embauche*,
        decroch*, contrat, signe, marathon, sommet, record, medaille, coupe, finale, on a battu,
        match, publie, accepte*, admis, admise, promotion, augmentation, arrete de fumer,
        objectif, j'y suis arrive, enfin fini, termine, mention, podium, qualifi*, titre,
        ceinture noire, jury, reussi, reussite, valide, prize, contest, competition, first
        prize, passed, degree, diploma, license, hired, got the job, contract, signed, marathon,
        summit, record, medal, cup, final, we beat, match, game, goal, published, accepted,
        admitted, raise, quit smoking, finish line, top of the class, podium, qualified, title,
        black belt, finally finished, beat my, reussi mon, obtenu, j'ai obtenu, valide mon,
        premier, premiere, classe, gagne le match, on a remporte, coupe du monde, ligue,
        tournoi, battu mon record, record personnel, enfin termine, boucle, mission accomplie,
        j'ai fini, j'ai termine, fiers de, felicit*, applaudi*, standing ovation, au top,
        meilleur score, note parfaite, cdi, nouveau poste, permis de conduire, arrive premier,
        la medaille, passed my, i passed, got accepted, got in, nailed, aced, crushed it, won
        the game, won the match, tournament, league, world cup, personal best, new record,
        finished, completed, mission accomplished, congrat*, applause, standing ovation, high
        score, perfect score, job offer, driver's license, came first, gold medal, beat them,
        undefeated, champions
    """,
    "colere": """
        injustice, on m'a vole, vole mon, volee, arnaque*, arnaqu*, menti, mensonge*, trahi*,
        insult*, encore en retard, bouchon*, embouteillage*, voisin*, fait du bruit, rembours*,
        facture*, m'a coupe, se moque, me prend pour, a casse, n'importe quoi, c'est pas normal,
        ca suffit, claque*, crie, dispute*, queue, file d'attente, bureaucratie, impots, service
        client, en panne, ignore*, unfair, injustice, stole, stolen, theft, scam*, lied, lies,
        lying, betray*, insult*, stood me up, late again, traffic, neighbor*, neighbour*, noise,
        noisy, refund, cut me off, yelled, mocking, ruined, sick and tired, how dare, argument,
        fight, blame*, customer service, on hold, ignored, cheated, overcharged, broke my, c'est
        injuste, pas juste, ca m'enerve, me rend  me rend fou, me rend folle, inacceptable,
        honte, scandale, encore une fois, pour la troisieme fois, a chaque fois, m'a menti, m'a
        trahi, dans mon dos, humili*, manque de respect, irrespect*, impoli*, grossier, malpoli,
        m'a double, klaxon*, queue de poisson, garage, mecanicien, plombier, proprio,
        proprietaire, patron, collegue, harcel*, spam, bug, a plante, ne marche pas, annule au
        dernier moment, not fair, drives me crazy, makes me mad, unacceptable, shame,
        outrageous, third time, every time, behind my back, humiliat*, disrespect*, impolite,
        cut in line, honk*, landlord, boss, coworker, harass*, spam, password, crashed, doesn't
        work, not working, cancelled last minute, won't refund, fined, rip off, ripped off
    """,
    "inquietude": """
        medecin, hopital, analyse*, irm, radio, tache, grosseur, symptome*, fievre, malade, pas
        de nouvelles, ne repond pas, pas rentre, loyer, factures, dettes, argent, fin du mois,
        chomage, entretien, examen, notes, inondation, j'espere que, pourvu que, peur de, ca me
        travaille, ca me ronge, dors mal, insomnie, tard, toujours pas, biopsie, operation, vol
        annule, retard*, budget, decouvert, doctor, hospital, test results, scan, mri, biopsy,
        lump, symptom*, fever, sick, ill, no news, hasn't called, not answering, hasn't picked
        up, rent, bills, debt, money, short on, layoffs, interview, exam, grades, deadline, i
        hope, hope it, can't sleep, insomnia, keeps me up, eating me, surgery, overdrawn, late,
        still not, flood*, pas de nouvelles de, ne repond plus, repondeur, messagerie, toujours
        pas arrive, pas encore rentre, tousse, toux, douleur*, mal au, rendez vous chez, prise
        de sang, depistage, licenciements, restructuration, plan social, fin de contrat,
        precaire, credit, pret, banque, impaye*, huissier, crise, avenir, incertitude, et si
        jamais, peur de rater, peur d'echouer, trac, presentation, oral, discours, premier jour,
        valise perdue, correspondance, rater mon train, fievre, enfant malade, no word from,
        voicemail, not back yet, still out, coughing, cough, pain, chest pain, appointment,
        blood test, screening, results tomorrow, restructuring, contract ends, loan, bank,
        mortgage, unpaid, bills piling, future, uncertain*, what if i, fear of failing, stage
        fright, presentation, speech, first day, miss my flight, connection, has a fever, sick
        kid, worst case, keep thinking, can't stop thinking
    """,
    "nostalgie": """
        vieilles photos, photos, album, ma jeunesse, jeunesse, la fac, lycee, college, mes
        annees, annees 80, annees 90, cassette*, vinyle*, walkman, maison de mon enfance, grands
        parents, l'ete de, les etes, vacances d'enfance, ancien* amis, c'etait mieux avant,
        quand on etait, du temps de, ca me rappelle, me ramene, en arriere, retourner,
        autrefois, vieille chanson, vieux film, retrouvailles, cabine*, carnet d'adresses,
        rentree, photos, album, my youth, college, high school, the 90s, the 80s, cassette*,
        vinyl*, mixtape*, walkman, childhood home, grandparents, those summers, summers at,
        reminds me, takes me back, brings back, back in, those days, old song, reunion, old
        friend, hometown, longing, mon premier, ma premiere, premier amour, premiere voiture,
        ancienne maison, ancien quartier, village de mon enfance, chez mes grands parents, odeur
        de, madeleine de proust, dessins animes, game boy, nintendo, tamagotchi, vieux jeux,
        vieilles lettres, lettres d'amour, journal intime, souvenir d'enfance, colonie de
        vacances, colo, camp d'ete, ecole primaire, maternelle, mes vingt ans, nos vingt ans,
        avant on, on se retrouvait, il y a dix ans, il y a vingt ans, ca fait des annees, ca
        fait longtemps, retrouve une photo, boite a chaussures, grenier, my first, first love,
        first car, old house, old neighborhood, grandparents house, smell of, cartoons, game
        boy, nintendo, tamagotchi, old games, love letters, old letters, diary, summer camp,
        elementary school, kindergarten, in my twenties, we used to, ten years ago, twenty years
        ago, it's been years, found a photo, shoebox, attic, on the radio
    """,
    "panique": """
        araignee*, serpent*, rat, rats, guepe*, frelon*, orage, eclair*, tonnerre, verglas,
        glisse, derap*, freins, a failli, incendie, feu, fumee, fuite de gaz, gaz, perdu mon
        enfant, je ne trouve plus, introuvable, disparu*, coince*, ascenseur, bloque*, dans le
        noir, cambriol*, intrus, etouff*, respire plus, s'emballe, malaise, turbulence*, crash,
        sirene*, evacu*, alerte, tremblement de terre, seisme, spider*, snake*, rat, rats,
        wasp*, hornet*, storm, lightning, thunder, icy, slipping, skid*, brakes, almost hit,
        crash*, fire, smoke, gas leak, lost my kid, can't find, missing, stuck, elevator,
        trapped, in the dark, burglar*, intruder, someone is in, break in, can't breathe,
        choking, turbulence, racing, siren*, evacuat*, earthquake, au feu, ca brule, brule,
        flammes, explosion, detonation, coups de feu, tirs, arme, agress*, on me suit,
        poursuivi, bruit dans la maison, quelqu'un dans, quelqu'un essaie, fenetre cassee,
        detecteur de fumee, odeur de brule, inonde, l'eau monte, noyade, se noie, perdu en
        foret, plus de batterie, seul dans le noir, panne de courant, coupure, secousse*, il
        saigne, sang, urgences, ambulance, samu, pompiers, police, crise cardiaque, evanoui*, ne
        respire, allergi*, piqure, morsure, chien m'attaque, attaque*, on fire, burning, flames,
        explosion, gunshots, shots, gun, attacked, mugged, being followed, followed me, chasing,
        noise downstairs, someone trying, broken window, smoke alarm, smell of gas, flooding,
        water rising, drowning, lost in the woods, dead battery, power outage, blackout,
        shaking, bleeding, blood, ambulance, 911, police, heart attack, fainted, passed out, not
        breathing, allergic, bitten, stung, dog attacked
    """,
    "suspense": """
        qui va, qui a gagne, la fin, dernier episode, episode, serie, thriller, polar, coupable,
        tirs au but, penalty, penaltys, prolongation*, derniere minute, compte a rebours,
        lancement, fusee, annonce, enveloppe, verdict, jury, on attend, d'une seconde a l'autre,
        devoil*, revelation, scotche*, captive*, je veux savoir, savoir ce qui, saison, finale,
        tirage, resultat*, delibera*, score, who will, who won, ending, the end, episode,
        series, season finale, thriller, whodunit, culprit, penalty, penalties, overtime, extra
        time, last minute, countdown, launch, rocket, announcement, envelope, verdict, jury, any
        second, about to, reveal*, glued to, can't look away, need to know, dying to know, final
        round, draw, plot twist, qui est le, c'est qui, qui l'a fait, le tueur, l'assassin,
        meurtre, twist, rebondissement*, dernier chapitre, fin du livre, fin du film, la suite,
        prochain episode, spoil*, ne me dis pas, ne dis rien, match serre, egalite, dernieres
        secondes, but decisif, tirage au sort, les resultats tombent, reponse demain, j'attends
        la reponse, j'attends l'appel, le facteur, colis, livraison, elections, depouillement,
        le gagnant, qui sera elu, on saura, on va savoir, who is the, who did it, the killer,
        murder, twist, last chapter, end of the book, end of the movie, next episode, spoiler*,
        don't tell me, tied, tie game, final seconds, sudden death, coin toss, results come out,
        answer tomorrow, waiting for the call, waiting to hear, package, delivery, election,
        vote count, the winner, we'll know, find out tonight, curtain
    """,
    "tristesse": """
        enterrement, obseques, funerailles, cimetiere, fausse couche, euthanasi*, est parti,
        nous a quittes, deces, cancer, maladie, rupture, m'a quitte, m'a largue*, largue*,
        divorce, seul, seule, solitude, personne ne, oublie*, rejete*, licencie*, vire, vide,
        pour rien, echec, echoue, rate, pas pris, refuse*, maison de retraite, ehpad, adieu,
        demenage, gris, effondre*, sanglot*, perte, funeral, cemetery, grave, miscarriage, put
        down, euthanized, passed, cancer, illness, divorce, dumped, left me, alone, lonely,
        nobody, forgot, rejected, laid off, fired, empty, failed, didn't get, not getting, care
        home, nursing home, goodbye, moved away, grey, gray, loss, sobbing, broke down, en
        larmes, j'ai pleure, le coeur lourd, coeur serre, gorge serree, plus envie, rien ne va,
        tout s'ecroule, personne ne m'appelle, personne n'est venu, oublie mon anniversaire,
        seul a noel, seule a noel, se sont separes, separation, on s'est quittes, dernier adieu,
        pour toujours, ne reviendra pas, est mort, est morte, decede*, soins palliatifs, chimio,
        enterre, orphelin*, veuf, veuve, recale*, redouble*, pas ete pris, pas ete retenu,
        candidature refusee, refus, s'en va, dimanche soir, in tears, i cried, heavy heart, lump
        in my throat, nothing matters, falling apart, nobody called, nobody came, forgot my
        birthday, alone on christmas, split up, separation, last goodbye, gone forever, never
        coming back, died, terminal, hospice, chemo, buried, orphan*, widow*, failed my, didn't
        make it, didn't get in, rejection, rejected, moving abroad, leaving town, left behind,
        heartbreak
    """,
}


@lru_cache(maxsize=1)
def situation_matcher() -> Matcher:
    return Matcher(entries(SITUATION_WORDS))

"""Hand-written emotion vocabulary per mood (fr + en, and a few core es/it/de words),
comma separated.

``word`` matches a token, ``stem*`` a token prefix, ``several words`` a phrase. Written from
general knowledge of how people say these feelings, never from evaluation rows. Used by the
keyword baseline and as extra features of the built-in model.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .matcher import Matcher, entries

MOOD_WORDS: Final[dict[str, str]] = {
    "bonnehumeur": """
        heureux, heureuse, content, contente, contents, joie, joyeux, joyeuse, bonne humeur,
        gai, gaie, sourire, souris, souriant*, rigol*, rire, ravi, ravie, chouette, la peche, le
        moral, bien dans ma peau, de bon poil, sympa, agreable, plaisir, enjoue*, radieu*, belle
        journee, ensoleill*, guilleret*, epanoui*, bien lune, je me sens bien, mort de rire,
        happy, glad, cheerful, joyful, joy, smile*, smiling, laugh*, pleased, delighted, good
        mood, great mood, sunny, upbeat, lovely, wonderful, grateful, thankful, nice day, feel
        good, feeling good, feel great, great day, good day, fun, emo_joy, emo_laugh, emo_love,
        gift, surprise*, cadeau*, feliz, contento, contenta, alegre, alegria, felice, allegro,
        allegra, gioia, froh, frohlich, glucklich, gut gelaunt, buona, buen humor,
    """,
    "curiosite": """
        curieu*, curiosite, intrigu*, je me demande, me demande, comprendre, decouvr*,
        apprendre, explor*, fascin*, mystere, mysterieu*, enigme, envie de savoir, interess*,
        comment ca marche, pourquoi, se demander, documentaire, recherche*, question*, curious,
        curiosity, wonder, wondering, intrigu*, fascinat*, explor*, discover*, learn*, mystery,
        mysterious, puzzl*, how does, what if, investigat*, research*, interesting, interested,
        figure out, documentary, emo_curious, why, how come, curioso, curiosa, curiosidad,
        curiosissima, curiosissimo, curiosita, neugierig, neugier, scoprire, descubrir,
    """,
    "detente": """
        calme, detend*, relax*, zen, serein*, paisib*, tranquil*, repos*, apais*, cocooning,
        cosy, douillet*, plaid, tisane, bain, sieste, souffler, soulag*, au calme, satisfait*,
        lacher prise, a l'aise, farniente, cool, pose, posee, peinard*, pepere, rien a faire,
        calm, relax*, chill*, peaceful, peace, serene, tranquil*, resting, rest, cozy,
        comfortable, content, contented, satisf*, relieved, relief, unwind*, soothing, mellow,
        at ease, laid back, nap, bath, tea, quiet, lazy, emo_calm, sofa, couch, tranquilo,
        tranquila, relajado, relajada, rilassato, rilassata, tranquillo, entspannt, ruhig,
        gelassen,
    """,
    "euphorie": """
        euphori*, excit*, surexcit*, survolt*, au taquet, fete, teuf, danse*, danser,
        enthousias*, fou de joie, folle de joie, aux anges, extatique, exalt*, genial*,
        incroyable, ouf, waouh, youpi, trop hate, j'ai hate, hate, ambiance de folie, la folie,
        a fond, eclate*, kiff*, euphori*, ecstatic, thrilled, excited, exciting, pumped, hyped,
        stoked, elated, over the moon, on top of the world, party, partying, dance, dancing,
        amazing, awesome, can not wait, wow, yay, woohoo, best day, emo_party, incredible,
        insane, hype*, emocionado, emocionada, eufori*, entusiasta, emozionato, emozionata,
        euforico, aufgeregt, begeistert, ekstatisch,
    """,
    "reverie": """
        reve, reves, rever, revasse*, reveur, reveuse, reverie, songe*, dans la lune, dans les
        nuages, pensif, pensive, contempl*, imagin*, etoile*, nuage*, flott*, ailleurs, medit*,
        poesie, poetique, songeur, songeuse, perdu dans mes pensees, evasion, evad*, lune, ciel
        etoile, dream*, daydream*, pensive, contemplat*, imagin*, stars, starry, clouds,
        floating, drift*, lost in thought, muse, musing, poetic, moon, ethereal, fantasy,
        fantasiz*, meditat*, wander*, emo_dream, head in the clouds, sonando, sognando, sogno,
        sueno, traumen, traumerisch, tagtraum*, despierta, despierto,
    """,
    "victoire": """
        gagn*, victoire, vainqu*, champion*, reuss*, fier, fiere, fierte, triomph*, trophee,
        medaille, premiere place, bravo, promu, promue, diplom*, decroch*, exploit, record,
        remport*, on a gagne, on l'a fait, on est les meilleurs, qualifie*, admis, admise, won,
        win, winning, winner, victory, victorious, champion*, triumph*, proud, pride, made it,
        nailed it, succeed*, success*, achiev*, accomplish*, trophy, medal, promoted, promotion,
        graduat*, award*, first place, we did it, i did it, emo_win, passed, ganado, ganamos,
        orgulloso, orgullosa, vinto, vinto, abbiamo vinto, orgoglioso, orgogliosa, gewonnen,
        stolz, geschafft,
    """,
    "colere": """
        colere, enerv*, furieu*, furax, rage, rageu*, agac*, irrit*, exaspe*, hors de moi, ras
        le bol, marre, en ai marre, saoul*, insupport*, revolt*, indign*, injust*, pete un
        cable, pete les plombs, deteste, haine, hais, fache, fachee, vener, vnr, putain, merde,
        scandal*, inadmissible, honteux, angry, anger, mad, furious, fury, rage, raging,
        annoyed, annoying, irritat*, pissed, livid, outrag*, infuriat*, frustrat*, hate, hated,
        fed up, sick of, rude, unfair, resent*, cheated, betray*, damn, wtf, emo_angry,
        disgust*, enfadado, enfadada, furioso, furiosa, rabbia, arrabbiato, arrabbiata, wutend,
        wut, sauer, robado, rubato,
    """,
    "inquietude": """
        inquiet*, souci*, soucieu*, stress*, angoiss*, anxi*, nerveu*, pas rassure*, tracass*,
        preoccup*, apprehen*, crain*, peur que, doute*, boule au ventre, mal au ventre, tendu,
        tendue, sur les nerfs, examen, entretien, medecin, pas serein*, incertain*, worried,
        worry, worrying, worries, anxious, anxiety, nervous, stress*, uneasy, apprehensive,
        concern*, on edge, tense, fret*, dread*, overthink*, insecure, doubt*, butterflies,
        interview, exam, emo_worry, what if something, preocupado, preocupada, ansioso, ansiosa,
        ansia, preoccupato, preoccupata, besorgt, sorge, sorgen, nervos,
    """,
    "nostalgie": """
        nostalg*, souvenir*, me souviens, je me rappelle, rappel*, enfance, autrefois, d'antan,
        a l'epoque, bon vieux temps, vieilles photos, jadis, quand j'etais petit, quand j'etais
        petite, quand j'etais jeune, ca me manque, me manque, me manquent, regrett*, melancol*,
        il y a longtemps, il y a des annees, ancien*, album photo, mamie, papi, grand mere,
        grand pere, ado, adolescen*, nostalgi*, memor*, remember*, reminisc*, childhood, old
        days, good old, back then, back when, used to, years ago, old photos, old friends, i
        miss, miss those, grew up, when i was young, when i was a kid, when i was little,
        throwback, vintage, long ago, yearbook, high school, grandma, grandpa, emo_memory, old
        times, nostalgia, nostalgico, nostalgica, recuerdos, ricordi, extrano, mi manca,
        heimweh, erinnerung*, vermisse,
    """,
    "panique": """
        panique*, paniqu*, peur, terrifi*, terreur, effray*, horrifi*, au secours, a l'aide,
        affole*, crise de panique, crise d'angoisse, epouvant*, mort de peur, morte de peur,
        cauchemar, hurl*, j'ai peur, trop peur, flipp*, alarme, urgence, incendie, accident, le
        coeur qui bat, coeur bat, catastrophe, panic*, terrif*, terror, scared, scary, afraid,
        fear, frighten*, horrif*, petrified, freak*, freaking out, help, emergency, nightmare,
        scream*, alarm, accident, heart racing, heart pounding, emo_fear, oh no, disaster,
        miedo, panico, aterrado, aterrada, paura, terrorizzato, terrorizzata, angst, panik,
        hilfe,
    """,
    "suspense": """
        suspense, attente, attend*, en attendant, impatien*, hate de savoir, qui va gagner,
        retiens mon souffle, retenir mon souffle, en haleine, tension, dernier episode, derniere
        minute, verdict, resultat*, bientot, suspens, on verra, croise les doigts, croiser les
        doigts, sur le point, imminent*, thriller, compte a rebours, le moment de verite,
        suspense, waiting, await*, anticipat*, looking forward, edge of my seat, holding my
        breath, hold my breath, cliffhanger, verdict, results, fingers crossed, countdown,
        thriller, any minute, find out, expect*, upcoming, soon, emo_wait, next week, tomorrow,
        suspenso, esperando, attesa, aspettando, spannung, spannend, warte,
    """,
    "tristesse": """
        triste*, malheureu*, pleur*, larme*, deprim*, le cafard, cafard, chagrin, peine, coeur
        brise, le moral a zero, pas le moral, moral dans les chaussettes, seul, seule, solitude,
        isole*, decu, decue, deception, deuil, mort, morte, mourir, decede*, rupture, m'a
        quitte, abattu*, desespe*, envie de pleurer, coup de blues, blues, morose, perdu mon,
        perdu ma, sad, sadness, unhappy, cry, crying, cried, tears, depress*, heartbroken,
        broken heart, lonely, alone, grief, griev*, mourn*, passed away, died, death, funeral,
        disappoint*, gloomy, miserable, sorrow*, hopeless, upset, feel down, feeling down, let
        down, breakup, broke up, dumped, emo_sad, lost my, triste, tristeza, llorar, llorando,
        solo, sola, tristezza, piangere, traurig, weinen, einsam, allein,
    """,
}


@lru_cache(maxsize=1)
def mood_matcher() -> Matcher:
    return Matcher(entries(MOOD_WORDS, phrase_weight=1.5))

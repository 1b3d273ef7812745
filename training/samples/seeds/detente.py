"""detente: calm, relaxed, at ease, quietly content; winding down."""

SEEDS = """
fr situation n | Je sors d'un bain chaud avec un thé, le chat dort sur mes genoux.
fr situation n | Dimanche matin, pas de réveil, des croissants et le journal.
fr situation n | On est au bord du lac, le soleil se couche et il n'y a pas un bruit.
fr situation n | Je viens de finir ma séance de yoga, tout mon corps est léger.
fr situation n | Les enfants dorment enfin, je m'installe sur le canapé avec un livre.
fr situation n | Massage de soixante minutes ce midi, je flotte.
fr situation n | Il pleut doucement dehors et je suis sous un plaid avec un chocolat chaud.
fr situation n | Vacances : hamac, ombre et aucun mail à lire.
fr situation n | J'ai rendu le dossier, le week-end commence, rien de prévu.
fr situation n | On fait un pique-nique dans l'herbe, les oiseaux chantent.
fr situation n | Je jardine tranquillement, les tomates commencent à rougir.
fr situation n | Petit feu de cheminée, un verre de vin et de la musique douce.
fr situation n | Je rentre d'une longue balade en forêt, les jambes lourdes et la tête vide.
fr situation n | Après-midi au spa avec ma sœur.
fr situation n | Le bébé fait enfin ses nuits, on a dormi huit heures d'affilée.
fr situation n | Je suis allongé sur la plage, j'entends juste les vagues.
fr situation n | Le ménage est fait, le frigo est plein, je n'ai plus rien à faire ce soir.
fr situation n | On boit un café en terrasse au soleil sans se presser.
fr explicit n | Je suis détendu.
fr explicit n | Je me sens calme et serein.
fr explicit n | Je suis zen aujourd'hui.
fr explicit n | J'ai envie de me poser tranquillement.
fr explicit n | Je me sens bien, apaisée.
fr explicit n | Envie de douceur et de calme ce soir.
fr intensity h | Je suis complètement relâché, plus aucune tension dans le corps.
fr intensity l | Un peu plus calme qu'hier, ça fait du bien.
fr intensity h | Je n'ai jamais été aussi serein, c'est le calme absolu.
fr intensity l | Légèrement détendu après la tisane.
fr wish n c=warm_white b=dim | Soirée cocooning, lumière blanc chaud tamisée.
fr wish n c=green;teal b=dim | Je me détends, du vert et du bleu canard tout doux.
fr wish n c=amber | Moment tranquille avec un livre, un peu d'ambre s'il te plaît.
fr wish n c=blue;violet b=dim | Je veux me relaxer, mets du bleu et du mauve, lumière basse.
fr negation n | Je ne suis pas triste, juste fatigué et content d'être au calme.
fr negation n | Pas du tout stressé, tout roule, je profite.
fr negation n | Je ne m'ennuie pas, je savoure juste de ne rien faire.
fr negation n | Non, je n'ai pas envie de faire la fête, juste de me reposer tranquille.
fr mixed n | Un peu fatigué de la semaine, mais surtout bien détendu maintenant que c'est fini.
fr mixed n | Un brin nostalgique en regardant la mer, mais surtout apaisé.
fr mixed n | J'ai râlé toute la journée, mais là sous la couette je suis enfin relax.
fr mixed n | Contente de la journée, mais surtout j'ai envie de calme et de silence.
fr typo n | chui tro bien la posé sur le canap
fr typo n | tt est calme, jme sens zen
fr typo n | jsui detendu apres le hammam
fr slang_emoji n | mode chill activé 🛋️☕
fr slang_emoji n | tranquille la vie 😌🌿
fr slang_emoji n | posé au soleil, rien à faire 😎🌞
fr slang_emoji n | soirée plaid série tisane 🫖✨
fr one_word n | Détente.
fr one_word n | zen
fr one_word n | Calme
fr one_word n | Sérénité
fr one_word n | Relax
fr long n | La semaine a été longue mais elle est enfin derrière moi. J'ai éteint mon téléphone pro. Il y a une soupe qui mijote et un bon livre qui m'attend. Mets une ambiance douce.
fr long n | On est arrivés au gîte en fin d'après-midi. Pas de réseau, pas de voisins, juste les vaches au loin. On a ouvert une bouteille sur la terrasse. Je respire enfin.
fr long n | Ce matin je me suis levée sans réveil. J'ai pris mon café au balcon en regardant les gens passer. Aucun rendez-vous aujourd'hui. Je savoure.
fr long n | Je reviens de la piscine. J'ai nagé lentement pendant une heure. Mes épaules sont enfin dénouées. Je vais m'allonger un moment.
en situation n | Just got out of a hot bath, tea in hand, cat asleep on my lap.
en situation n | Sunday morning, no alarm, coffee and the paper.
en situation n | We're by the lake, the sun is setting and it's completely quiet.
en situation n | Just finished my yoga session and my whole body feels light.
en situation n | The kids are finally asleep and I'm curling up with a book.
en situation n | It's raining softly outside and I'm under a blanket with hot cocoa.
en situation n | Vacation mode: hammock, shade, no emails.
en situation n | Deadline's done, the weekend starts, nothing planned.
en situation n | Pottering around the garden, the tomatoes are turning red.
en situation n | Fire crackling, glass of wine, soft music.
en situation n | Lying on the beach, just the sound of the waves.
en situation n | House is clean, fridge is full, nothing left to do tonight.
en explicit n | I'm relaxed.
en explicit n | Feeling calm and peaceful.
en explicit n | I'm so chill right now.
en explicit n | I just want to unwind.
en intensity h | Completely relaxed, not a single ounce of tension left.
en intensity l | A little calmer than yesterday, that's nice.
en intensity h | I've never felt this at peace.
en wish n c=warm_white b=dim | Cozy evening, dim warm white please.
en wish n c=green;teal b=dim | Winding down, soft green and teal.
en wish n c=amber | Quiet night with a book, a bit of amber please.
en negation n | I'm not sad, just tired and happy to be home where it's quiet.
en negation n | Not stressed at all, everything's fine, just enjoying it.
en negation n | I'm not bored, I'm loving doing nothing.
en mixed n | Tired from the week, but mostly just relaxed now it's over.
en mixed n | A little wistful watching the sea, but mainly at peace.
en mixed n | Grumpy all day, but now under the duvet I'm finally chill.
en typo n | so relaxd rn on the couch
en typo n | evrything is calm im good
en slang_emoji n | chill mode on 🛋️☕
en slang_emoji n | vibing on the balcony 😌🌿
en slang_emoji n | sun's out, doing nothing 😎🌞
en slang_emoji n | blanket + tea + series 🫖✨
en one_word n | Relaxed.
en one_word n | chill
en one_word n | Calm
en one_word n | Peaceful
en long n | The week was long but it's finally behind me. I switched off my work phone. There's soup simmering and a good book waiting. Set something gentle.
en long n | We got to the cabin late this afternoon. No signal, no neighbours, just cows in the distance. We opened a bottle on the porch. I can finally breathe.
en long n | I slept in without an alarm this morning. Had coffee on the balcony watching people walk by. No appointments today. Just enjoying it.
mixed explicit n | Je suis super chill ce soir, tranquille.
mixed situation n | Sunday vibes, un café, un bouquin et le chat.
mixed slang_emoji n | mode cozy activé 😌 blanket et thé
mixed wish n c=warm_white b=dim | Cozy night, mets un warm white tamisé.
mixed situation n | Afterwork terminé, je me pose sur le canap avec une tisane.
mixed negation n | Pas stressed du tout, je me sens relax.
es explicit n | Estoy muy tranquila y relajada esta noche.
es situation n | Tarde de domingo en el sofá con un té y una manta.
de explicit n | Ich bin heute ganz entspannt.
de situation n | Endlich Feierabend, ich liege in der Badewanne mit Kerzen.
it explicit n | Mi sento rilassato e in pace.
it situation n | Sono sdraiata in spiaggia e sento solo le onde.
"""

FR_SITUATIONS = [
    "je bois une tisane au coin du feu",
    "on se balade au bord de la rivière sans but",
    "je viens de sortir du sauna",
    "le week-end commence et je n'ai rien prévu",
    "je lis dans le hamac au fond du jardin",
    "on regarde les nuages passer allongés dans l'herbe",
    "j'écoute la pluie tomber sur le toit de la véranda",
    "je viens de faire une sieste de deux heures",
    "la maison est silencieuse, tout le monde est parti",
    "je prends un long petit-déjeuner sur la terrasse",
    "je fais du coloriage avec un thé à côté",
    "on est en vacances au bord de la mer et il fait doux",
    "je me suis fait couler un bain moussant",
    "je rentre d'une séance de méditation",
]
EN_SITUATIONS = [
    "I'm sipping herbal tea by the fire",
    "we're strolling along the river with nowhere to be",
    "just got out of the sauna",
    "the weekend is here and I have no plans",
    "I'm reading in the hammock at the bottom of the garden",
    "I'm listening to the rain on the conservatory roof",
    "just woke up from a two-hour nap",
    "the house is quiet, everyone is out",
    "I ran myself a bubble bath",
    "I'm back from a meditation class",
]
FR_FEELINGS = [
    "je suis {a} détendu",
    "je me sens {a} calme",
    "je suis {a} zen",
    "je me sens {a} apaisée",
    "j'ai envie de me poser",
    "je suis relax",
]
EN_FEELINGS = [
    "I'm {a} relaxed",
    "I feel {a} calm",
    "I'm {a} chill",
    "I feel {a} at peace",
    "I just want to unwind",
]
FR_NEGATIONS = ["je ne suis pas triste", "je n'ai aucun stress", "je ne m'ennuie pas"]
EN_NEGATIONS = ["I'm not sad", "I'm not stressed at all"]
FR_TAILS = ["😌", "tranquille 🌿", "la belle vie ☕", "chill 🛋️"]
EN_TAILS = ["😌", "so peaceful 🌿", "bliss ☕", "chillin 🛋️"]

"""curiosite: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: cooking, family, children, museums, crafts, garden, DIY, nature, travel, science, tech
es situation n | ¿Por qué el pan se pone duro y las galletas se ablandan? Lo voy a buscar ahora mismo.
+ en situation n | Why does bread go hard while biscuits go soft? I'm looking it up right now.
es situation n | En el trastero apareció la cámara de fotos de mi abuelo y quiero averiguar cómo se le carga el carrete.
+ fr situation n | J'ai retrouvé l'appareil photo de mon grand-père à la cave et je veux découvrir comment on y met la pellicule.
es situation n | Mi hija me preguntó cómo respiran los peces y me he quedado enganchado leyendo sobre branquias.
+ en situation n | My daughter asked me how fish breathe and now I'm hooked, reading all about gills.
es situation n | En el museo de ciencias había un péndulo de Foucault y me pasé media hora intentando entender por qué gira.
+ fr situation n | Au musée des sciences, il y avait un pendule de Foucault et j'ai passé une demi-heure à essayer de comprendre pourquoi il tourne.
es situation n | Me he apuntado a un taller de cerámica solo para ver cómo funciona el torno.
+ en situation n | I signed up for a pottery workshop just to see how the wheel actually works.
es situation n | Ha salido un hongo naranja rarísimo en el tronco del jardín y le he hecho fotos para identificarlo.
+ fr situation n | Un champignon orange très bizarre a poussé sur la souche du jardin, je l'ai pris en photo pour l'identifier.
es situation n | Acabo de abrir el mando de la tele para ver qué hay debajo del botón que no responde.
+ en situation n | I've just opened up the TV remote to see what's under the button that won't work.
es situation n | ¿Cómo sabrán las golondrinas volver al mismo balcón cada primavera? Esta noche me pongo a leer sobre ello.
+ fr situation n | Comment les hirondelles font-elles pour revenir au même balcon chaque printemps ? Ce soir je me plonge dans le sujet.
es situation n | Mi vecino es apicultor y el sábado me deja abrir una colmena con él; llevo una lista de mil preguntas.
+ en situation n | My neighbour keeps bees and on Saturday he's letting me open a hive with him; I've got a list of a thousand questions.
es situation n | Leí que el pulpo tiene tres corazones y ahora quiero saber para qué sirve cada uno.
+ fr situation n | J'ai lu que la pieuvre a trois cœurs et maintenant je veux savoir à quoi sert chacun.
es situation n | En Oaxaca probé un mole con treinta ingredientes y quiero descubrir cómo se hace paso a paso.
+ en situation n | In Oaxaca I tried a mole with thirty ingredients and I want to find out how it's made, step by step.
es situation n | Me he descargado un mapa del cielo y esta noche quiero reconocer las constelaciones desde la azotea.
+ fr situation n | J'ai téléchargé une carte du ciel et ce soir je veux repérer les constellations depuis le toit.
es situation n | En la consulta vi una lámina del oído interno y ahora quiero entender cómo funciona el equilibrio.
+ en situation n | I saw a chart of the inner ear at the doctor's and now I want to understand how balance works.
es situation n | Mi abuelo dice que el apellido viene de una aldea de Lugo y me he puesto a rastrear partidas de bautismo.
+ fr situation n | Mon grand-père dit que notre nom vient d'un hameau près de Lugo, alors je me suis mis à fouiller les registres de baptême.
es situation n | Después del documental sobre las fosas marinas no paro de buscar qué bichos viven allá abajo.
+ en situation n | Since that documentary on ocean trenches I can't stop looking up what creatures live down there.
es situation n | ¿Qué hace exactamente un router cuando lo reinicias? Quiero entenderlo de una vez por todas.
+ fr situation n | Qu'est-ce que fait exactement une box quand on la redémarre ? Je veux comprendre une bonne fois pour toutes.
es situation n | Esta noche voy a leer sobre agujeros negros hasta que me entere de algo. Pon una luz que acompañe.
+ en situation n | Tonight I'm reading about black holes until something finally clicks. Put on a light to go with it.
es situation n | Tengo delante el kit de química del peque y me muero por probar los experimentos yo primero. Ajusta las luces a esto, porfa.
+ fr situation n | J'ai le kit de chimie du petit devant moi et je meurs d'envie de tester les expériences avant lui. Adapte la lumière, s'il te plaît.
# explicit
es explicit n | Me pica la curiosidad: ¿qué habrá detrás de esa puerta del metro que siempre está cerrada?
+ en explicit n | I'm dying to know: what's behind that metro door that's always locked?
es explicit n | Tengo un gusanillo por aprender a hacer queso que no me deja en paz.
+ fr explicit n | J'ai une envie d'apprendre à faire du fromage qui me trotte dans la tête et ne me lâche pas.
es explicit h | Me muero de ganas de saber cómo funciona esto por dentro.
+ en explicit h | I'm dying to find out how this thing works on the inside.
es explicit n | Ando intrigadísima con los idiomas inventados, quiero aprender a construir uno.
+ fr explicit n | Les langues inventées m'intriguent au plus haut point, je veux apprendre à en construire une.
# negation
es negation n | No es preocupación, es pura curiosidad: ¿por qué la luna se ve más grande cerca del horizonte?
+ en negation n | It's not worry, just pure curiosity: why does the moon look bigger near the horizon?
es negation n | No es que me aburra, es que quiero entender cómo fermenta la cerveza antes de hacerla yo.
+ fr negation n | Ce n'est pas que je m'ennuie, c'est que je veux comprendre comment la bière fermente avant d'en faire moi-même.
# slang / typo
es slang_emoji n | wey alguien sabe xq los flamencos son rosas?? 🦩🤔 necesito saberlo ya
+ en slang_emoji n | dude does anyone know why flamingos are pink?? 🦩🤔 i need to know rn
es typo n | como funcionara un reloj de cuerda x dentro? lo voi a abrir a ver q tiene
+ fr typo n | comment ca marche une montre mecanique a l'interieur? jvais l'ouvrir pr voir
# mixed
es mixed n | Me da un poco de respeto, pero sobre todo curiosidad: mañana bajo a una cueva con un grupo de espeleólogos.
+ en mixed n | It's a little daunting, but mostly I'm curious: tomorrow I'm going down a cave with a group of potholers.
# wish
es wish n c=cyan;green | Me apetece investigar toda la tarde, pon luz cian y verde para acompañar.
+ fr wish n c=cyan;green | J'ai envie de fouiner tout l'après-midi, mets de la lumière cyan et verte pour accompagner.
"""

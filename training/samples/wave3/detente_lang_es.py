"""detente: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: sport, home, weather, body, family, garden, travel, pets, holidays, food, sleep
es situation n | Acabo de salir de la piscina, pelo mojado, toalla al hombro y nada que hacer hasta mañana.
+ en situation n | Just got out of the pool, wet hair, towel over my shoulder and nothing to do till tomorrow.
es situation l | La lluvia golpea suave en la claraboya y yo aquí con una manta y una manzanilla.
+ fr situation l | La pluie tapote doucement sur le velux et moi je suis là, sous un plaid, avec une camomille.
es situation l | Siesta de domingo en el sofá con el partido de fondo y el volumen al mínimo.
+ en situation l | Sunday nap on the sofa with the match on in the background and the volume right down.
es situation n | Me he dado un baño con sales y velas, y el móvil se ha quedado en la cocina.
+ fr situation n | Je me suis fait couler un bain avec des sels et des bougies, et le téléphone est resté dans la cuisine.
es situation n | Los niños se han ido con los abuelos todo el finde; casa en silencio y yo con los pies en alto.
+ en situation n | The kids are at their grandparents' for the whole weekend; quiet house and my feet up.
es situation l | En la hamaca del patio, con el mate calentito y los pájaros de fondo.
+ fr situation l | Dans le hamac de la cour, avec un maté bien chaud et les oiseaux en fond sonore.
es situation n | He terminado de regar las macetas al atardecer y me he sentado en el escalón con una cerveza fría.
+ en situation n | Finished watering the pots at sunset and sat down on the step with a cold beer.
es situation l | Clase de yoga terminada, sigo estirada en la esterilla escuchando mi propia respiración.
+ fr situation l | Le cours de yoga est fini, je reste allongée sur le tapis à écouter ma respiration.
es situation n | Una hora de masaje en la espalda; salgo a la calle sin ninguna prisa por volver a casa.
+ en situation n | An hour-long back massage; I'm out on the street in no hurry at all to get home.
es situation n | Una casita rural en Asturias: sin cobertura, con vacas por la ventana y la chimenea encendida.
+ fr situation n | Une petite maison de campagne dans les Asturies : pas de réseau, des vaches à la fenêtre et la cheminée allumée.
es situation l | Paseo lento por la orilla al atardecer, descalza, sin mirar el reloj.
+ en situation l | A slow walk along the shore at sunset, barefoot, not checking the time.
es situation n | Todo entregado en el trabajo y una semana de vacaciones por delante: mañana no pongo despertador.
+ fr situation n | Tout est rendu au boulot et j'ai une semaine de vacances devant moi : demain, pas de réveil.
es situation l | El perro ronca a mis pies y yo hago el crucigrama con calma.
+ en situation l | The dog is snoring at my feet while I take my time over the crossword.
es situation n | Sábado por la mañana: churros, periódico y una terraza al sol sin nada pendiente.
+ fr situation n | Samedi matin : churros, journal et une terrasse au soleil sans rien à faire.
es situation n | Termas en el sur de Chile, agua caliente hasta el cuello y la cordillera nevada enfrente.
+ en situation n | Hot springs in southern Chile, warm water up to my neck and the snowy Andes right in front of me.
es situation l | Sábanas recién cambiadas, me he metido en la cama a las nueve con un libro.
+ fr situation l | Draps tout juste changés, je me suis mise au lit à neuf heures avec un livre.
es situation l | Cena ligera, la cocina recogida y ahora a no hacer nada. Baja un poco las luces, porfa.
+ en situation l | Light dinner, kitchen tidied, and now nothing at all. Dim the lights a bit, please.
es situation l | Me he puesto el pijama a las siete y no pienso salir de casa. Pon algo tranquilito que acompañe.
+ fr situation l | J'ai mis mon pyjama à sept heures et je ne compte pas sortir. Mets quelque chose de tout doux qui va avec.
# explicit
es explicit n | Estoy relajadísima, como si me hubieran quitado una mochila de encima.
+ en explicit n | I'm so relaxed, like someone took a heavy backpack off my shoulders.
es explicit l | Qué paz, oye, por fin tranquilo y sin ruido.
+ fr explicit l | Quelle paix, enfin tranquille et sans bruit.
es explicit l | Estoy más tranqui que nada, de chill total en el sofá.
+ en explicit l | I'm as chilled as can be, totally unwinding on the sofa.
es explicit n | Me siento en calma, el cuerpo suelto y la cabeza despejada.
+ fr explicit n | Je me sens calme, le corps relâché et la tête légère.
# negation
es negation l | No estoy triste, solo tranquila, sin ganas de hablar y muy a gusto en el sillón.
+ en negation l | I'm not sad, just calm, not in the mood to talk and really comfy in the armchair.
es negation n | No me aburro nada: por fin no tengo nada que hacer y lo estoy disfrutando.
+ fr negation n | Je ne m'ennuie pas du tout : pour une fois je n'ai rien à faire et je savoure.
# slang / typo
es slang_emoji l | modo sofá activado 🛋️😌 mantita y serie, no me llaméis
+ en slang_emoji l | sofa mode on 🛋️😌 blanket and a series, don't call me
es typo l | x fin en casa, ducha calentita y a la cama sin prisa, q gustazo
+ fr typo l | enfin ché moi, douche bien chaude et au lit tranquille, trop bien
# mixed
es mixed n | Cansado del viaje, sí, pero sobre todo tranquilo: ya estoy en casa con los pies en alto.
+ en mixed n | Tired from the trip, yes, but mostly at peace: I'm home with my feet up.
# wish
es wish l c=teal;violet b=dim | Quiero desconectar del todo, pon luz tenue en verde azulado y violeta.
+ fr wish l c=teal;violet b=dim | Je veux décrocher complètement, mets une lumière tamisée, bleu-vert et violet.
"""

"""euphorie: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: lottery, weddings, friends, concerts, football, festivals, gifts, proposals, pets, weather, family
es situation h | ¡Nos ha tocado el Gordo en el bar del barrio y estamos todos abrazándonos en mitad de la calle!
+ en situation h | The bar on our street sold the winning Christmas lottery ticket and we're all hugging in the middle of the road!
es situation h | Suena nuestra canción en la boda de mi hermana y la pista entera salta con los brazos arriba.
+ fr situation h | Notre chanson passe au mariage de ma sœur et toute la piste saute les bras en l'air.
es situation h | ¡Mi mejor amiga acaba de decir que está embarazada y nos hemos puesto a gritar en el restaurante!
+ en situation h | My best friend just told us she's pregnant and we started screaming in the middle of the restaurant!
es situation h | Quedan tres canciones del concierto y el estadio entero está saltando, yo ya sin voz.
+ fr situation h | Plus que trois chansons avant la fin du concert, tout le stade saute et moi je n'ai plus de voix.
es situation h | ¡Gol de la selección en el minuto noventa y la plaza es una locura de bocinas y banderas!
+ en situation h | The national team scored in the ninetieth minute and the square has gone mad with horns and flags!
es situation h | Primera noche de Fallas: petardos, charanga y todo el mundo bailando en la calle.
+ fr situation h | Première nuit des Fallas : pétards, fanfare et tout le monde qui danse dans la rue.
es situation h | ¡Me han regalado por sorpresa un viaje a Japón por mi cumpleaños y salgo en dos semanas!
+ en situation h | They surprised me with a trip to Japan for my birthday and I leave in two weeks!
es situation h | Carnaval de Barranquilla, arranca mi comparsa y no hay forma de que deje de bailar.
+ fr situation h | Carnaval de Barranquilla, mon groupe démarre et impossible d'arrêter de danser.
es situation h | ¡Mi novio me ha pedido matrimonio en lo alto de la noria y he dicho que sí a gritos!
+ en situation h | My boyfriend proposed at the top of the Ferris wheel and I screamed yes!
es situation h | Son las cinco de la mañana, seguimos bailando en la playa y nadie quiere que esto se acabe.
+ fr situation h | Il est cinq heures du matin, on danse encore sur la plage et personne ne veut que ça s'arrête.
es situation h | ¡Vuelve la banda de mi adolescencia y tenemos entradas en primera fila!
+ en situation h | The band from my teenage years is getting back together and we've got front-row tickets!
es situation h | ¡El perrito que se perdió hace un mes ha aparecido solo en la puerta y los niños saltan por el salón!
+ fr situation h | Le petit chien perdu depuis un mois est revenu tout seul devant la porte et les enfants sautent partout dans le salon !
es situation h | Mi tía nos deja la casa de la playa todo el verano, gratis, ¡y ya vamos cantando a gritos en el coche!
+ en situation h | My aunt's lending us her beach house for the whole summer, free, and we're already belting out songs in the car!
es situation h | ¡Ha nevado en Sevilla! Críos y mayores estamos en la calle tirándonos bolas como locos.
+ fr situation h | Il a neigé à Séville ! Petits et grands, on est tous dehors à se lancer des boules de neige comme des fous.
es situation h | Año Nuevo en Valparaíso, fuegos artificiales sobre el puerto y todos abrazando a desconocidos.
+ en situation h | New Year's in Valparaíso, fireworks over the harbour and everyone hugging strangers.
es situation h | ¡Mi hermana, a la que no veo desde hace seis años, acaba de aparecer por sorpresa en la puerta!
+ fr situation h | Ma sœur, que je n'ai pas vue depuis six ans, vient de débarquer par surprise devant la porte !
es situation h | ¡Viernes, la casa llena de amigos y la música a tope! Pon luces de fiesta, que esto arranca.
+ en situation h | Friday, house full of friends and the music cranked up! Party lights on, this is kicking off.
es situation h | Mis primos han llegado de México con mariachi incluido y se ha montado un fiestón en el patio. Que las luces sigan el ritmo.
+ fr situation h | Mes cousins sont arrivés du Mexique avec les mariachis et c'est la fête géante dans la cour. Que les lumières suivent le rythme.
# explicit
es explicit h | ¡Estoy eufórica, no me cabe la alegría en el cuerpo!
+ en explicit h | I'm over the moon, I can't contain this joy!
es explicit h | ¡Estoy loco de contento, me dan ganas de gritarlo por la ventana!
+ fr explicit h | Je suis fou de joie, j'ai envie de le crier par la fenêtre !
es explicit h | ¡Qué subidón, madre mía, no puedo estarme quieta!
+ en explicit h | What a rush, oh my god, I can't sit still!
es explicit h | ¡Estoy a mil, re manija para esta noche!
+ fr explicit h | Je suis à fond, complètement surexcitée pour ce soir !
# negation
es negation h | No es que esté contenta, ¡es que estoy saltando en la cama como una niña!
+ en negation h | It's not that I'm happy, I'm literally jumping on the bed like a little kid!
es negation h | Tranquila no estoy ni un poquito: ¡nos vamos de fiesta y el cuerpo me pide bailar!
+ fr negation h | Calme, je ne le suis pas du tout : on sort faire la fête et mon corps ne demande qu'à danser !
# slang / typo
es slang_emoji h | AAAAAH q ha venido Rosalía a las fiestas del pueblo 🤩🔥🎉 estoy flipandoooo
+ en slang_emoji h | AAAAAH Rosalía turned up at our village festival 🤩🔥🎉 i'm losing my miiind
es typo h | nos a tocado el viaje al caribe en la rifa del curro!!! no me lo creooo
+ fr typo h | on a gagné le voyage aux caraïbes a la tombola du boulot!!! jy crois pas
# mixed
es mixed h | Estoy agotada y sin voz, pero sobre todo eufórica: ¡ocho horas de festival y quiero más!
+ en mixed h | I'm exhausted and I've lost my voice, but mostly I'm buzzing: eight hours of festival and I want more!
# wish
es wish h c=magenta;orange;purple b=bright | ¡Fiestón en casa! Pon rosas, naranjas y morados a tope.
+ fr wish h c=magenta;orange;purple b=bright | Grosse fête à la maison ! Mets du rose, de l'orange et du violet à fond.
"""

"""colere: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: neighbours, phone company, office, hospital, renting, children's sport, deliveries, family, paperwork, transport, school, travel, co-parenting, city, parking
es situation n | El vecino ha vuelto a aparcar delante de mi cochera y llevo media hora sin poder sacar el coche.
+ en situation n | My neighbour has parked across my garage door again and I've been stuck for half an hour unable to get the car out.
es situation n | La compañía de teléfono me cobra una permanencia que nunca firmé y nadie me da explicaciones.
+ fr situation n | L'opérateur me facture un engagement que je n'ai jamais signé et personne ne m'explique rien.
es situation h | Mi compañero ha presentado mi informe al jefe como si fuera suyo.
+ en situation h | My colleague handed my report to the boss as if it were his own.
es situation n | Tres horas en urgencias y han pasado delante cinco personas que llegaron después, sin ninguna explicación.
+ fr situation n | Trois heures aux urgences et cinq personnes arrivées après moi sont passées devant, sans la moindre explication.
es situation h | Alguien ha tirado un colchón viejo en mi jardín esta noche.
+ en situation h | Someone dumped an old mattress in my garden during the night.
es situation n | El casero se niega a devolverme la fianza por una mancha que ya estaba cuando entré.
+ fr situation n | Le proprio refuse de me rendre la caution à cause d'une tache qui était déjà là quand je suis entrée.
es situation n | El árbitro ha anulado el gol de mi hijo en el partido de alevines por un fuera de juego inventado.
+ en situation n | The ref disallowed my son's goal in the under-11s match for an offside he made up.
es situation n | Otra vez el repartidor ha dejado el aviso sin llamar al timbre, y yo estaba en casa.
+ fr situation n | Encore une fois, le livreur a laissé l'avis de passage sans sonner, alors que j'étais chez moi.
es situation n | Mi hermano se ha llevado el coche sin preguntar y me lo ha devuelto en reserva.
+ en situation n | My brother took the car without asking and brought it back running on empty.
es situation n | En la gestoría me han hecho ir tres veces por un papel que podían haberme pedido el primer día.
+ fr situation n | Au cabinet administratif, on m'a fait venir trois fois pour un papier qu'ils auraient pu me demander dès le premier jour.
es situation n | Han subido el abono de transporte un treinta por ciento y el servicio es peor que nunca.
+ en situation n | They've put the travel pass up thirty percent and the service is worse than ever.
es situation h | Un tipo me ha pitado y me ha insultado en el semáforo por ir a cincuenta, que es el límite.
+ fr situation h | Un type m'a klaxonnée et insultée au feu parce que je roulais à cinquante, c'est-à-dire la limite.
es situation n | El profesor ha castigado a toda la clase sin recreo por lo que hicieron dos alumnos.
+ en situation n | The teacher kept the whole class in at break because of what two kids did.
es situation n | El perro de los de arriba ladra toda la noche y los dueños se ríen cuando se lo decimos.
+ fr situation n | Le chien des voisins du dessus aboie toute la nuit et ses maîtres rigolent quand on leur en parle.
es situation n | Me han cancelado el vuelo a última hora y la aerolínea solo ofrece un vale de diez euros.
+ en situation n | They cancelled my flight at the last minute and the airline is only offering a ten-euro voucher.
es situation h | Mi ex ha vuelto a llegar dos horas tarde a recoger a los niños, y ni un mensaje.
+ fr situation h | Mon ex est encore arrivé avec deux heures de retard pour récupérer les enfants, et pas un message.
es situation h | Han talado los árboles del parque para hacer un aparcamiento sin preguntar a nadie. Pon una luz que vaya con mi cabreo.
+ en situation h | They cut down the park's trees for a car park without asking anyone. Put on a light that matches how furious I am.
es situation h | Me han rayado la moto entera en el garaje comunitario y la cámara, qué casualidad, no grababa. Mete unas luces que vayan con esto.
+ fr situation h | On m'a rayé toute la moto dans le garage de la résidence et la caméra, comme par hasard, n'enregistrait pas. Mets des lumières qui collent.
# explicit
es explicit h | Estoy que echo chispas, de verdad.
+ en explicit h | I'm absolutely seething, honestly.
es explicit h | ¡Qué rabia me da, me hierve la sangre!
+ fr explicit h | Ça me met tellement en rage, j'ai le sang qui bout !
es explicit h | Estoy encabronadísimo con el banco, no hay derecho.
+ en explicit h | I'm bloody furious with the bank, it's not right.
es explicit n | Estoy podrido de que el chanta del taller me cobre de más cada vez.
+ fr explicit n | J'en ai ras-le-bol que l'escroc du garage me surfacture à chaque fois.
# negation
es negation h | No estoy triste, estoy furiosa: me han despedido por un error que cometió otro.
+ en negation h | I'm not sad, I'm furious: they fired me over a mistake someone else made.
es negation h | No es susto lo que tengo, es rabia: ese conductor casi atropella a mi hija en el paso de cebra y ni se ha parado.
+ fr negation h | Ce n'est pas de la peur, c'est de la rage : ce conducteur a failli renverser ma fille sur le passage piéton et il ne s'est même pas arrêté.
# slang / typo
es slang_emoji h | tío q me han vuelto a robar la bici del portal 🤬🤬 estoy hasta las narices
+ en slang_emoji h | mate they've nicked my bike from the hallway AGAIN 🤬🤬 i've had it up to here
es typo n | llevo 40 min al telefono con atencion al cliente y me cuelgan otra vez, q asco de empresa
+ fr typo n | ca fait 40 min que jsuis au tel avec le service client et ils me raccrochent encore, boite de merde
# mixed
es mixed n | Algo cansado, pero sobre todo cabreado: el técnico no ha venido en toda la mañana y ahora dice que no había nadie en casa.
+ en mixed n | A bit tired, but mostly fuming: the engineer never showed up all morning and now he claims nobody was home.
# wish
es wish h c=red;orange | Estoy que trino, pon rojos y naranjas fuertes.
+ fr wish h c=red;orange | Je suis hors de moi, mets des rouges et des oranges bien vifs.
"""

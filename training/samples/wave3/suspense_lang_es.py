"""suspense: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: football, awards, birth, TV game show, series, elections, draws, escape room, gender reveal, auction, proposal, F1, bingo, books, short films, tennis
es situation h | Penaltis en la final de Copa y le toca tirar al portero; no puedo ni mirar.
+ en situation h | Penalties in the cup final and it's the goalkeeper's turn to shoot; I can't even look.
es situation n | Están abriendo el último sobre de los Goya y mi película favorita está nominada.
+ fr situation n | Ils ouvrent la dernière enveloppe des Goya et mon film préféré est nommé.
es situation n | Mi hermana está de parto y toda la familia lleva horas mirando el grupo esperando la primera foto.
+ en situation n | My sister's in labour and the whole family's been staring at the group chat for hours waiting for the first photo.
es situation h | Quedan dos preguntas en el concurso de la tele y la señora puede llevarse el bote de doscientos mil euros.
+ fr situation h | Plus que deux questions dans le jeu télé et la dame peut remporter la cagnotte de deux cent mille euros.
es situation n | El capítulo termina justo cuando se abre la puerta del sótano, y la temporada nueva no sale hasta otoño.
+ en situation n | The episode ends right as the cellar door opens, and the new season isn't out until autumn.
es situation n | Con el cincuenta por ciento escrutado, los dos candidatos siguen empatados a votos.
+ fr situation n | À cinquante pour cent des bulletins dépouillés, les deux candidats sont toujours à égalité.
es situation n | Mi hijo lleva cuarenta minutos dentro de la sala del casting del musical y la puerta sigue cerrada.
+ en situation n | My son's been in the audition room for the musical for forty minutes and the door's still shut.
es situation n | El sorteo de la Champions va por la última bola y nuestro rival todavía no ha salido.
+ fr situation n | Le tirage de la Ligue des champions en est à la dernière boule et notre adversaire n'est toujours pas sorti.
es situation h | En la sala de escape quedan tres minutos y nos falta el último candado.
+ en situation h | Three minutes left in the escape room and we still haven't cracked the last padlock.
es situation n | Mi amiga está a punto de abrir la caja con el sexo del bebé delante de toda la familia.
+ fr situation n | Mon amie est sur le point d'ouvrir la boîte qui révèle le sexe du bébé devant toute la famille.
es situation n | La subasta del cuadro va por la última puja y el martillo está en el aire.
+ en situation n | The painting's auction is on its final bid and the hammer is hanging in the air.
es situation n | Mi novio lleva toda la cena con la mano en el bolsillo y muy callado... ¿será el anillo?
+ fr situation n | Mon copain garde la main dans sa poche depuis le début du dîner et il est tout silencieux... ce serait la bague ?
es situation h | Última vuelta del Gran Premio y Alonso a medio segundo del primero.
+ en situation h | Last lap of the Grand Prix and Alonso half a second behind the leader.
es situation n | En el bingo del pueblo me falta un solo número para cantar línea.
+ fr situation n | Au loto du village, il ne me manque plus qu'un numéro pour faire une ligne.
es situation n | Son las dos de la madrugada y me quedan diez páginas de la novela para saber quién es el asesino.
+ en situation n | It's two in the morning and I've got ten pages of the novel left before I find out who the killer is.
es situation n | El jurado del festival de cortos está deliberando y solo quedamos tres finalistas en la sala.
+ fr situation n | Le jury du festival de courts-métrages délibère et il ne reste que trois finalistes dans la salle.
es situation h | Último episodio de la serie y el plan del atraco está a punto de irse al garete. Pon luces de tensión.
+ en situation h | Final episode of the series and the heist plan is about to fall apart. Give me tense lighting.
es situation n | Van a decir el número ganador del sorteo de la tele y el mío sigue entre los cinco últimos. Pon una luz que acompañe la espera.
+ fr situation n | Ils vont annoncer le numéro gagnant du tirage télé et le mien fait toujours partie des cinq derniers. Mets une lumière pour accompagner l'attente.
# explicit
es explicit h | ¡Estoy en ascuas, dime ya qué ha pasado!
+ en explicit h | I'm on the edge of my seat, just tell me what happened!
es explicit n | Qué intriga, no puedo esperar más, ¡se me sale el corazón!
+ fr explicit n | Quel suspense, je ne tiens plus, j'ai le cœur qui va exploser !
es explicit n | Me estoy comiendo las uñas, a ver cómo acaba esto.
+ en explicit n | I'm biting my nails, let's see how this ends.
es explicit h | ¡Qué nervios, güey, ya mero dicen quién ganó!
+ fr explicit h | Trop la pression, mec, ils vont dire d'une seconde à l'autre qui a gagné !
# negation
es negation n | No estoy preocupada, es emoción: en un minuto anuncian si el viaje de fin de curso es a Roma o a Londres.
+ en negation n | I'm not worried, I'm just on edge: in a minute they'll announce whether the school trip is to Rome or London.
es negation h | No es miedo, es tensión pura: el tie-break va siete iguales y saca Alcaraz.
+ fr negation h | Ce n'est pas de la peur, c'est de la tension pure : sept partout au tie-break et c'est Alcaraz qui sert.
# slang / typo
es slang_emoji h | NO PUEDE SER q cortaron el capítulo justo ahí 😩😩 quién disparó???
+ en slang_emoji h | NO WAY they cut the episode right there 😩😩 who fired the shot???
es typo n | estan x dar los resultados del concurso de tortillas y somos finalistas aaa q nervios
+ fr typo n | ils vont donner les resultats du concours de tortillas et on est finalistes aaah jen peux plus
# mixed
es mixed h | Algo de hambre tengo, pero sobre todo tensión: quedan treinta segundos de prórroga y vamos empatados.
+ en mixed h | I'm a bit hungry, but mostly it's the tension: thirty seconds of extra time left and we're level.
# wish
es wish n c=purple;navy b=dim | Estamos a segundos del final del partido, pon morados oscuros y azul noche.
+ fr wish n c=purple;navy b=dim | On est à quelques secondes de la fin du match, mets des violets profonds et du bleu nuit.
"""

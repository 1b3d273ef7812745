"""victoire: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: driving test, running, hospital job, university, DIY, amateur football, money, office, mountains, baking, chess, admin, video games, business, health, exams
es situation h | ¡He aprobado el práctico del carné a la tercera, y sin una sola falta!
+ en situation h | I passed my driving test on the third go, and without a single fault!
es situation h | Después de seis meses entrenando he terminado mi primera media maratón en menos de dos horas.
+ fr situation h | Après six mois d'entraînement, j'ai bouclé mon premier semi-marathon en moins de deux heures.
es situation h | Me han dado la plaza fija en el hospital tras cuatro años encadenando contratos.
+ en situation h | I've got a permanent post at the hospital after four years of back-to-back temporary contracts.
es situation h | He defendido la tesis esta mañana y el tribunal me ha dado sobresaliente cum laude.
+ fr situation h | J'ai soutenu ma thèse ce matin et le jury m'a donné la mention très honorable avec félicitations.
es situation n | He montado el armario yo sola, sin ayuda de nadie, y las puertas cierran perfectas.
+ en situation n | I put the wardrobe together all by myself, no help from anyone, and the doors close perfectly.
es situation h | Mi equipo de fútbol sala de veteranos ha ganado la liga del barrio, y el gol de la final fue mío.
+ fr situation h | Mon équipe de foot en salle des vétérans a gagné le championnat du quartier, et le but de la finale, c'est moi qui l'ai mis.
es situation n | Un año ahorrando céntimo a céntimo y hoy he pagado la última cuota de la tarjeta.
+ en situation n | A year of saving every penny and today I paid off the last instalment on the credit card.
es situation h | El cliente más difícil de la agencia ha firmado por fin el contrato que llevaba meses negociando.
+ fr situation h | Le client le plus difficile de l'agence a enfin signé le contrat que je négociais depuis des mois.
es situation h | He subido al Mulhacén con mi padre de sesenta y cinco años y hemos llegado juntos a la cima.
+ en situation h | I climbed Mulhacén with my sixty-five-year-old dad and we reached the summit together.
es situation n | Mi pan de masa madre por fin ha salido con la miga perfecta, después de diez intentos fallidos.
+ fr situation n | Mon pain au levain a enfin une mie parfaite, après dix essais ratés.
es situation h | He ganado el torneo de ajedrez del club, y eso que empecé a jugar hace solo dos años.
+ en situation h | I won the club chess tournament, and I only started playing two years ago.
es situation n | Cinco reclamaciones después, he conseguido que el ayuntamiento arregle la farola de mi calle.
+ fr situation n | Cinq réclamations plus tard, j'ai obtenu que la mairie répare le lampadaire de ma rue.
es situation h | He terminado el Elden Ring sin invocaciones después de morir mil veces contra el jefe final.
+ en situation h | I finished Elden Ring with no summons after dying a thousand times to the final boss.
es situation n | Mi puesto de empanadas cumple un año y ya hemos recuperado toda la inversión.
+ fr situation n | Mon stand d'empanadas fête sa première année et on a déjà remboursé tout l'investissement.
es situation h | Hace justo un año que dejé de fumar y hoy he corrido diez kilómetros sin parar.
+ en situation h | It's exactly a year since I quit smoking and today I ran ten kilometres without stopping.
es situation h | He sacado las oposiciones de maestra a la segunda, con el número tres de la provincia.
+ fr situation h | J'ai réussi le concours de professeure des écoles à la deuxième tentative, classée troisième du département.
es situation n | He arreglado yo mismo la lavadora con un tutorial y una pieza de doce euros. Pon luces de campeón.
+ en situation n | I fixed the washing machine myself with a tutorial and a twelve-euro part. Give me champion lights.
es situation h | Hemos ganado el concurso de paellas del pueblo, y la receta era mía. Que las luces lo celebren.
+ fr situation h | On a gagné le concours de paella du village, et c'était ma recette. Que les lumières fêtent ça.
# explicit
es explicit h | ¡Estoy orgullosísima de mí misma, lo he logrado!
+ en explicit h | I'm so proud of myself, I did it!
es explicit h | ¡Lo logré, me siento bien chingón!
+ fr explicit h | J'ai réussi, je me sens trop fort !
es explicit h | ¡Misión cumplida! Me siento una campeona.
+ en explicit h | Mission accomplished! I feel like a champion.
es explicit h | ¡Qué orgullo, che, lo saqué adelante yo solo!
+ fr explicit h | Quelle fierté, j'en suis venu à bout tout seul !
# negation
es negation n | No es suerte, es trabajo: seis meses estudiando y por fin tengo el B2 de inglés.
+ en negation n | It's not luck, it's hard work: six months of studying and I've finally got my B2 in English.
es negation h | Cansado no, ¡orgulloso! He terminado la obra del baño en el plazo que me marqué.
+ fr negation h | Fatigué, non, fier ! J'ai terminé les travaux de la salle de bain dans le délai que je m'étais fixé.
# slang / typo
es slang_emoji h | APROBADAAA 💪🏆 cálculo II a la cuarta, toma ya
+ en slang_emoji h | PASSEEED 💪🏆 calculus II on the fourth try, get in
es typo h | lo e conseguido!! el jefe a aceptado mi proyecto despues de 3 meses currandomelo
+ fr typo h | jai reussi!! le chef a validé mon projet apres 3 mois a bosser dessus
# mixed
es mixed h | Me duelen hasta las pestañas, pero sobre todo estoy orgulloso: he hecho el Camino de Santiago a pie desde Roncesvalles.
+ en mixed h | Even my eyelashes ache, but mostly I'm proud: I've walked the Camino de Santiago all the way from Roncesvalles.
# wish
es wish h c=gold;red b=bright | ¡He ganado el campeonato regional! Pon dorado y rojo, bien fuerte.
+ fr wish h c=gold;red b=bright | J'ai gagné le championnat régional ! Mets du doré et du rouge, bien fort.
"""

"""bonnehumeur: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: shopping, children, city, pets, family, office, transport, home
es situation n | El frutero me ha regalado un puñado de cerezas porque dice que son las primeras de la temporada.
+ en situation n | The greengrocer gave me a handful of cherries for free because he says they're the first of the season.
es situation n | Mi hijo de seis años ha aprendido a silbar y lleva toda la tarde silbando por el pasillo.
+ fr situation n | Mon fils de six ans a appris à siffler et il siffle dans le couloir depuis tout l'après-midi.
es situation l | He aparcado en la misma puerta de casa a la primera, un martes a las siete de la tarde.
+ en situation l | Found a parking spot right outside my front door first go, on a Tuesday at seven in the evening.
es situation n | La perra me espera en la puerta con el calcetín que me robó esta mañana, moviendo todo el cuerpo.
+ fr situation n | La chienne m'attend à la porte avec la chaussette qu'elle m'a volée ce matin, en se tortillant de partout.
es situation n | Mi abuela me ha mandado un audio de tres minutos cantándome el cumpleaños feliz, desafinando a gusto.
+ en situation n | My gran sent me a three-minute voice note singing me happy birthday, gloriously out of tune.
es situation n | En la oficina alguien ha dejado churros con chocolate en la cocina para el que llegue primero.
+ fr situation n | Au bureau, quelqu'un a laissé des churros et du chocolat chaud dans la cuisine pour les premiers arrivés.
es situation n | Sale el sol después de una semana de lluvia y tiendo la ropa en el balcón tarareando.
+ en situation n | The sun's out after a week of rain and I'm hanging the washing on the balcony, humming away.
es situation n | El chofer del camión esperó a que llegara corriendo y me dijo "tranquila, mija, no pasa nada".
+ fr situation n | Le chauffeur du bus a attendu que j'arrive en courant et m'a dit « t'inquiète, ma fille, pas de souci ».
es situation n | Los vecinos de abajo me han dejado una bolsa de limones de su árbol colgada del pomo.
+ en situation n | The downstairs neighbours left a bag of lemons from their tree hanging on my door handle.
es situation n | En la feria del domingo me dieron una yapa de mandarinas por llevar la docena de huevos.
+ fr situation n | Au marché du dimanche, on m'a rajouté des mandarines en cadeau parce que j'avais pris la douzaine d'œufs.
es situation n | Mi compañero de piso ha fregado todos los platos sin que se lo pidiera, hasta las sartenes.
+ en situation n | My flatmate washed up every single dish without being asked, even the frying pans.
es situation n | El gato ha intentado cazar una pompa de jabón y ha acabado con el hocico mojado, me parto.
+ fr situation n | Le chat a voulu attraper une bulle de savon et s'est retrouvé le museau mouillé, je suis morte de rire.
es situation n | Mi hija me ha dejado una nota pegada en el espejo del baño: "Ánimo, mamá, eres la mejor".
+ en situation n | My daughter stuck a note on the bathroom mirror for me: "Go for it, Mum, you're the best."
es situation n | Una señora en el metro me ha dicho que le encanta mi abrigo amarillo y hemos charlado hasta su parada.
+ fr situation n | Une dame dans le métro m'a dit qu'elle adorait mon manteau jaune et on a papoté jusqu'à son arrêt.
es situation l | Los niños del colegio de enfrente me saludan cada mañana desde la ventana del aula.
+ en situation l | The kids at the school across the road wave at me from their classroom window every morning.
es situation n | Hoy el café me ha salido perfecto y encima había pan recién hecho en la panadería de la esquina.
+ fr situation n | Mon café est parfait ce matin et en plus la boulangerie du coin avait du pain tout juste sorti du four.
es situation n | Domingo de tortitas con los peques, todos cantando con la boca llena. Pon una luz alegre que acompañe.
+ en situation n | Pancake Sunday with the little ones, everyone singing with their mouths full. Put on a cheerful light to go with it.
es situation n | Mi amiga de Guadalajara me mandó una caja de dulces típicos sin avisar, qué detallazo. Ponme una luz que vaya con esto, porfa.
+ fr situation n | Mon amie de Guadalajara m'a envoyé une boîte de douceurs de là-bas sans prévenir, trop gentil. Mets une lumière qui va avec, s'il te plaît.
# explicit
es explicit n | Hoy ando de buenas, no me quita la sonrisa nadie.
+ en explicit n | I'm in a good mood today, nobody's wiping this smile off my face.
es explicit n | ¡Qué buen día, oye! Estoy contentísima sin ningún motivo especial.
+ fr explicit n | Quelle belle journée ! Je suis super contente, sans raison particulière.
es explicit n | Estoy de buen rollo total, hoy todo me parece bonito.
+ en explicit n | I'm in such a good place today, everything looks lovely.
es explicit n | Ando feliz de la vida: chamba tranquila y un cafecito bien rico.
+ fr explicit n | Je suis d'humeur radieuse : boulot tranquille et un bon petit café.
# negation
es negation n | No es que me haya tocado la lotería, es que el día va bien y me salen solas las sonrisas.
+ en negation n | It's not like I won the lottery, the day's just going well and I keep smiling without trying.
es negation l | No estoy eufórica ni nada, simplemente contenta, con el cuerpo ligerito.
+ fr negation l | Je ne suis pas euphorique ni rien, juste contente, le corps tout léger.
# slang / typo
es slang_emoji n | jajaja mi perro se ha comido una fresa y pone unas caras 😂🍓 qué buena tarde
+ en slang_emoji n | lmao my dog ate a strawberry and the faces he's pulling 😂🍓 what a nice afternoon
es typo n | q bien me a salido el dia, el jefe trajo donas pa todos y el sol pegando rico
+ fr typo n | trop bien cette journee, le chef a ramené des donuts pour tt le monde et grand soleil
# mixed
es mixed n | Un poco cansada de la semana, pero sobre todo contenta: mis sobrinos vienen a comer y ya huele a paella.
+ en mixed n | A bit tired from the week, but mostly happy: my nephews are coming for lunch and the paella already smells great.
# wish
es wish n c=yellow;orange b=bright | Estoy de buen humor, pon amarillos y naranjas bien luminosos.
+ fr wish n c=yellow;orange b=bright | Je suis de bonne humeur, mets des jaunes et des oranges bien lumineux.
"""

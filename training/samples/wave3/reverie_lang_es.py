"""reverie: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: transport, nature, weather, school, home, music, city at night, travel, office, garden, books
es situation l | Mirando por la ventanilla del tren, me invento la vida de la gente de cada pueblo que pasa.
+ en situation l | Looking out of the train window, I make up lives for the people in every village we pass.
es situation l | Tumbada en el césped, veo formas en las nubes: un barco, un elefante, una tetera.
+ fr situation l | Allongée dans l'herbe, je vois des formes dans les nuages : un bateau, un éléphant, une théière.
es situation l | Con la lluvia en el cristal me he quedado imaginando una casita junto al mar donde escribir.
+ en situation l | With the rain on the window I drifted off picturing a little house by the sea where I could write.
es situation l | En clase de matemáticas me he pasado la hora dibujando un castillo en el margen del cuaderno.
+ fr situation l | En cours de maths, j'ai passé l'heure à dessiner un château dans la marge de mon cahier.
es situation l | Miro el fuego de la chimenea y dejo que la cabeza se vaya a donde quiera.
+ en situation l | I watch the fire in the hearth and let my mind wander wherever it likes.
es situation l | Remando despacio en el estanque del Retiro, me imagino viviendo en otro siglo.
+ fr situation l | En ramant doucement sur le bassin du Retiro, je m'imagine vivre à un autre siècle.
es situation l | Me he quedado mirando las estrellas desde la terraza del pueblo y he perdido la noción del tiempo.
+ en situation l | I stood gazing at the stars from the terrace in the village and lost all track of time.
es situation l | Escucho un disco de jazz con los ojos cerrados y me imagino en un club de Nueva York lleno de humo.
+ fr situation l | J'écoute un disque de jazz les yeux fermés et je m'imagine dans un club enfumé de New York.
es situation l | En el búho nocturno, con los auriculares puestos, las luces de la ciudad pasan como en una peli.
+ en situation l | On the night bus with my headphones in, the city lights slide past like in a film.
es situation l | Hojeo un catálogo de viajes y me veo cruzando la Patagonia en bici, sin rumbo ni fecha de vuelta.
+ fr situation l | Je feuillette un catalogue de voyages et je me vois traverser la Patagonie à vélo, sans but ni date de retour.
es situation l | Tumbado en la arena con los ojos entornados, el ruido de las olas me lleva muy lejos.
+ en situation l | Lying on the sand with my eyes half closed, the sound of the waves carries me far away.
es situation l | En la reunión de las cuatro me he ido mentalmente a una cabaña en Noruega con un perro grande.
+ fr situation l | Pendant la réunion de seize heures, je suis partie en pensée dans une cabane en Norvège avec un gros chien.
es situation l | Veo caer las hojas de los plátanos de la plaza y me invento que cada una es una carta que alguien envía.
+ en situation l | I watch the plane-tree leaves falling in the square and imagine each one is a letter someone's sending.
es situation l | Riego las plantas muy despacio, pensando en el jardín con estanque que tendré algún día.
+ fr situation l | J'arrose les plantes tout doucement en pensant au jardin avec un bassin que j'aurai un jour.
es situation l | Con la frente en la ventanilla del avión, miro el mar de nubes y me imagino caminando descalzo sobre él.
+ en situation l | Forehead against the plane window, I look at the sea of clouds and imagine walking barefoot across it.
es situation l | Levanto la vista de la novela de García Márquez y sigo viendo mariposas amarillas por la habitación.
+ fr situation l | Je lève les yeux de mon roman de García Márquez et je vois encore des papillons jaunes voler dans la chambre.
es situation l | La noche está muy quieta y me he quedado mirando la luna sin pensar en nada concreto. Pon una luz suavecita que acompañe.
+ en situation l | The night is very still and I've been staring at the moon, thinking about nothing in particular. Put on a soft light to match.
es situation l | El humo del incienso sube en espirales y lo sigo con la mirada, muy lejos de aquí. Ajusta la luz a esto, porfa.
+ fr situation l | La fumée de l'encens monte en spirales et je la suis des yeux, très loin d'ici. Adapte la lumière à ça, s'il te plaît.
# explicit
es explicit l | Hoy estoy en las nubes, con la cabeza en otra parte.
+ en explicit l | I've got my head in the clouds today, my mind's somewhere else.
es explicit l | Llevo todo el día soñando despierta, como si estuviera en otro planeta.
+ fr explicit l | Je rêvasse depuis ce matin, comme si j'étais sur une autre planète.
es explicit l | Estoy en la luna, me he ido del todo sin darme cuenta.
+ en explicit l | I'm miles away, I drifted off completely without noticing.
es explicit l | Estoy embobado, con la mente vagando por ahí sin rumbo.
+ fr explicit l | Je suis dans la lune, l'esprit qui vagabonde sans but.
# negation
es negation l | No estoy triste, solo ensimismada, mirando la lluvia e imaginando cosas.
+ en negation l | I'm not sad, just lost in thought, watching the rain and imagining things.
es negation l | No es que no te escuche, es que me he ido lejos imaginando una casa en lo alto de un acantilado.
+ fr negation l | Ce n'est pas que je ne t'écoute pas, c'est que je suis partie loin, à imaginer une maison en haut d'une falaise.
# slang / typo
es slang_emoji l | mirando el techo con lofi de fondo y la cabeza en otro universo ☁️✨🌙
+ en slang_emoji l | staring at the ceiling with lofi on and my head in another universe ☁️✨🌙
es typo l | m e quedao mirando x la ventana 1 hora imaginando q vivo en un faro jaja
+ fr typo l | jsuis resté 1h a regarder par la fenetre en imaginant que jvis dans un phare mdr
# mixed
es mixed l | Algo cansada, pero sobre todo en mi mundo: sigo imaginando la historia de la novela que quiero escribir.
+ en mixed l | A bit tired, but mostly in my own world: I keep daydreaming the plot of the novel I want to write.
# wish
es wish l c=violet;blue b=dim | Tengo la mente flotando, pon luz tenue en lavanda y azul.
+ fr wish l c=violet;blue b=dim | J'ai l'esprit qui flotte, mets une lumière tamisée, lavande et bleu.
"""

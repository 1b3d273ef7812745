"""panique: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: kitchen fire, children, driving, burglary, health emergencies, earthquake, flooding, allergy, metro, pets, lift, wildlife, city, school, night
es situation h | ¡La sartén con aceite ha prendido y las llamas ya llegan a la campana!
+ en situation h | The pan of oil has caught fire and the flames are already reaching the extractor hood!
es situation h | ¡Mi hijo se ha tragado una pila de botón, estoy llamando al 112!
+ fr situation h | Mon fils a avalé une pile bouton, j'appelle le 112 !
es situation h | ¡Se me ha calado el coche en el paso a nivel y están bajando las barreras!
+ en situation h | My car's stalled on the level crossing and the barriers are coming down!
es situation h | Hay alguien intentando abrir la puerta de casa y estoy sola con el bebé.
+ fr situation h | Quelqu'un essaie d'ouvrir la porte d'entrée et je suis seule avec le bébé.
es situation h | ¡Mi padre se ha desplomado en el salón y no responde!
+ en situation h | My dad has collapsed in the living room and he's not responding!
es situation h | Está temblando todo el edificio y se caen los cuadros de la pared.
+ fr situation h | Tout l'immeuble tremble et les cadres tombent des murs.
es situation h | ¡Me he quedado sin frenos bajando el puerto y el coche no para!
+ en situation h | My brakes have gone on the way down the mountain pass and the car won't stop!
es situation h | El agua ha entrado en el sótano y ya me llega a las rodillas, y los enchufes siguen con corriente.
+ fr situation h | L'eau est entrée dans le sous-sol, elle m'arrive déjà aux genoux, et les prises sont toujours sous tension.
es situation h | ¡Me ha picado una avispa en la boca y noto que se me cierra la garganta!
+ en situation h | A wasp stung me in the mouth and I can feel my throat closing up!
es situation h | Mi hija se ha soltado de la mano en el andén y las puertas del metro se han cerrado con ella dentro.
+ fr situation h | Ma fille m'a lâché la main sur le quai et les portes du métro se sont refermées avec elle à l'intérieur.
es situation h | ¡El perro ha caído a la piscina por debajo de la lona y no sale!
+ en situation h | The dog has fallen into the pool under the cover and he's not coming up!
es situation h | El ascensor se ha parado entre dos pisos, se ha ido la luz y nadie contesta al timbre de alarma.
+ fr situation h | L'ascenseur s'est bloqué entre deux étages, la lumière s'est coupée et personne ne répond à l'alarme.
es situation h | ¡Hay una culebra debajo de la cama del niño y no sé cómo sacarlo de ahí!
+ en situation h | There's a snake under my little boy's bed and I don't know how to get him out of there!
es situation h | ¡Mi abuela se está atragantando con un trozo de carne y no puede respirar!
+ fr situation h | Ma grand-mère s'étouffe avec un morceau de viande et n'arrive plus à respirer !
es situation h | ¡Se está desprendiendo el balcón de arriba y caen cascotes a la acera donde juegan los niños!
+ en situation h | The balcony upstairs is coming away and chunks of concrete are falling onto the pavement where the kids are playing!
es situation h | ¡Me llaman del colegio: hay un incendio y no encuentran a mi hijo!
+ fr situation h | L'école m'appelle : il y a un incendie et ils ne trouvent pas mon fils !
es situation h | ¡Ha saltado la alarma de incendios del edificio y hay humo en la escalera! Enciende todas las luces, ya.
+ en situation h | The building's fire alarm has gone off and there's smoke on the stairs! Turn all the lights on, now.
es situation h | ¡He oído un golpe en el jardín y hay alguien ahí fuera con una linterna! Luces a tope, rápido.
+ fr situation h | J'ai entendu un bruit dans le jardin et il y a quelqu'un dehors avec une lampe torche ! Lumière à fond, vite.
# explicit
es explicit h | ¡Estoy aterrada, no puedo respirar!
+ en explicit h | I'm terrified, I can't breathe!
es explicit h | ¡Qué pánico, socorro, que alguien me ayude!
+ fr explicit h | Panique totale, au secours, que quelqu'un m'aide !
es explicit h | ¡Me estoy cagando de miedo, no sé qué hacer!
+ en explicit h | I'm scared shitless, I don't know what to do!
es explicit h | ¡Estoy histérica, me tiembla todo, ayuda!
+ fr explicit h | Je suis en pleine crise, je tremble de partout, à l'aide !
# negation
es negation h | ¡Esto no es un simple susto, el coche está echando llamas por el capó!
+ en negation h | This isn't just a scare, the car's got flames coming out of the bonnet!
es negation h | No son nervios, es terror: el fuego del monte ya está en la valla de casa.
+ fr negation h | Ce n'est pas du stress, c'est de la terreur : le feu de forêt est déjà à la clôture de la maison.
# slang / typo
es typo h | ayudaa el niño se a caido a la piscina y no sabe nadar!!!
+ en typo h | helpp my kid fell in the pool and he cant swim!!!
es slang_emoji h | 🚨🚨 tíaa hay un tío siguiéndome desde el metro y no hay nadie en la calle 😰
+ fr slang_emoji h | 🚨🚨 meuf y a un mec qui me suit depuis le métro et y a personne dans la rue 😰
# mixed
es mixed h | Medio dormido todavía, pero sobre todo aterrado: el coche patina sobre el hielo y voy directo al guardarraíl.
+ en mixed h | Still half asleep, but mostly terrified: the car's skidding on the ice and I'm heading straight for the crash barrier.
# wish
es wish h c=red;white b=bright | ¡Hay fuego en el bloque de enfrente y sale humo negro! Luces rojas y blancas a tope.
+ fr wish h c=red;white b=bright | Il y a le feu dans l'immeuble d'en face et une fumée noire qui sort ! Lumières rouges et blanches à fond.
"""

"""nostalgie: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: music, smells, city, children, emigration, recipes, university, friends, video games, fairs, family photos, moving out, TV
es situation l | He encontrado en un cajón las cintas de casete que grababa de la radio a los catorce años.
+ en situation l | I found the cassette tapes I used to record off the radio at fourteen at the back of a drawer.
es situation l | Huele a tierra mojada como en el patio de mi abuela en Jerez, y por un momento vuelvo a tener ocho años.
+ fr situation l | Ça sent la terre mouillée comme dans la cour de ma grand-mère à Jerez, et pendant un instant j'ai de nouveau huit ans.
es situation l | El antiguo videoclub ahora es una frutería, y me he acordado de los viernes eligiendo pelis con mi padre.
+ en situation l | The old video shop is a greengrocer's now, and it brought back those Fridays choosing films with my dad.
es situation l | Mi hija se ha puesto mi uniforme del colegio para un disfraz y me he visto a mí misma con su edad.
+ fr situation l | Ma fille a mis mon ancien uniforme d'école pour un déguisement et je me suis revue à son âge.
es situation l | En la radio suena la canción del verano del 98 y me acuerdo de las verbenas del pueblo.
+ en situation l | The summer hit of '98 is on the radio and I'm back at the village street dances.
es situation n | Llevo diez años en Madrid y todavía echo de menos las arepas de mi mamá los domingos en Caracas.
+ fr situation n | Ça fait dix ans que je vis à Madrid et les arepas de ma mère, le dimanche à Caracas, me manquent toujours.
es situation l | He encontrado la libreta de recetas de mi abuela, con sus manchas de aceite y su letra redondita.
+ en situation l | I found my gran's recipe notebook, with its oil stains and her round handwriting.
es situation l | Paso por delante de mi antigua facultad y veo el banco donde nos saltábamos Derecho Romano.
+ fr situation l | Je passe devant mon ancienne fac et je revois le banc où on séchait le cours de droit romain.
es situation l | Los del instituto han abierto un grupo de WhatsApp y no paramos de mandarnos fotos de hace veinte años.
+ en situation l | The old school crowd started a WhatsApp group and we can't stop sending each other photos from twenty years ago.
es situation l | He vuelto a jugar al Tetris de la Game Boy que tenía de pequeño y la musiquilla suena igual que entonces.
+ fr situation l | J'ai rejoué à Tetris sur la Game Boy de mon enfance et la petite musique est exactement la même qu'à l'époque.
es situation l | El olor a churros de la feria me ha devuelto a las noches de agosto con mis primos.
+ en situation l | The smell of churros at the fair took me straight back to August nights with my cousins.
es situation l | Mi padre ha digitalizado las diapositivas de la boda de los abuelos y las estamos viendo en la tele.
+ fr situation l | Mon père a numérisé les diapos du mariage de mes grands-parents et on les regarde sur la télé.
es situation n | Hace años que no vuelvo a Rosario, pero cada mate que tomo me lleva a la vereda de casa.
+ en situation n | I haven't been back to Rosario in years, but every mate I drink takes me back to the pavement outside our house.
es situation l | Al vaciar el trastero ha salido la bici BH de mi comunión, con el timbre oxidado.
+ fr situation l | En vidant la cave, on est tombés sur le vélo BH de ma communion, avec sa sonnette rouillée.
es situation l | Los chicos ya se han ido de casa y he encontrado sus dibujos de infantil detrás del armario.
+ en situation l | The kids have all moved out and I found their nursery-school drawings behind the wardrobe.
es situation l | Estoy volviendo a ver la serie que veíamos toda la familia los jueves por la noche.
+ fr situation l | Je revois la série qu'on regardait en famille tous les jeudis soir.
es situation l | Estoy mirando el álbum del viaje de fin de curso de 2005. Pon una luz cálida que vaya con esto.
+ en situation l | I'm looking through the album from our 2005 end-of-school trip. Put on a warm light to go with it.
es situation l | Me he puesto los discos de boleros del abuelo, los que sonaban en su casa los domingos. Dame una luz que acompañe, porfa.
+ fr situation l | J'ai mis les disques de boléros de mon grand-père, ceux qui passaient chez lui le dimanche. Une lumière qui accompagne, s'il te plaît.
# explicit
es explicit n | Me ha entrado una morriña tremenda de Galicia.
+ en explicit n | I'm suddenly so homesick for Galicia.
es explicit l | Qué nostalgia de aquellos veranos, madre mía.
+ fr explicit l | Quelle nostalgie de ces étés-là, mon Dieu.
es explicit n | Extraño un montón mi barrio y mi gente, me vino la nostalgia de golpe.
+ en explicit n | I miss my neighbourhood and my people so much, the nostalgia just hit me all at once.
es explicit l | Me pongo melancólico recordando los años de la uni, qué tiempos aquellos.
+ fr explicit l | Je deviens mélancolique en repensant à mes années de fac, c'était le bon temps.
# negation
es negation l | No es tristeza exactamente, es una nostalgia dulce: he vuelto a la playa donde aprendí a nadar.
+ en negation l | It's not sadness exactly, it's a sweet nostalgia: I went back to the beach where I learned to swim.
es negation l | No estoy deprimido, solo me acuerdo con cariño de cuando jugábamos en la calle hasta que nos llamaban a cenar.
+ fr negation l | Je ne suis pas déprimé, je repense juste avec tendresse à l'époque où on jouait dehors jusqu'à ce qu'on nous appelle pour dîner.
# slang / typo
es slang_emoji l | acabo de encontrar fotos de la excursión de 6º 🥹📸 qué pelos llevábamos, qué tiempos
+ en slang_emoji l | just found photos from our year 6 school trip 🥹📸 the hair we had, those were the days
es typo l | ayer pase x el cole de pekeña y seguia el mismo columpio, me a dado una morriña...
+ fr typo l | hier jsuis passée devant mon ecole primaire et la balançoire etait tjr la, ca m'a fait un truc...
# mixed
es mixed l | Me hace gracia, pero sobre todo me da nostalgia: mi hijo juega con los clicks de Playmobil que eran míos.
+ en mixed l | It makes me smile, but mostly it makes me nostalgic: my son is playing with the Playmobil figures that used to be mine.
# wish
es wish l c=amber;pink b=dim | Ando nostálgica, pon luces ámbar y rosa suave, poca intensidad.
+ fr wish l c=amber;pink b=dim | Je suis d'humeur nostalgique, mets des lumières ambre et rose pâle, pas trop fortes.
"""

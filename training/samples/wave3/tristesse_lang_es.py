"""tristesse: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: pets, friends abroad, break-up, job search, selling the family home, old age, pregnancy loss, children, exams, farming, work, death, birthdays, football, grief
es situation n | Hoy hemos enterrado a la perra que nos acompañó catorce años, y su cuenco sigue en la cocina.
+ en situation n | Today we buried the dog who was with us for fourteen years, and her bowl is still in the kitchen.
es situation n | Mi mejor amiga se ha ido a vivir a Australia; esta mañana la he despedido en Barajas.
+ fr situation n | Ma meilleure amie est partie vivre en Australie ; ce matin je lui ai dit au revoir à l'aéroport de Barajas.
es situation h | Me ha dejado por WhatsApp después de cinco años juntos.
+ en situation h | He broke up with me over WhatsApp after five years together.
es situation n | Me han llamado muy amables para decirme que el puesto por el que lo había dejado todo es para otra persona.
+ fr situation n | Ils m'ont appelée très gentiment pour me dire que le poste pour lequel j'avais tout quitté revient à quelqu'un d'autre.
es situation n | Hemos vendido la casa de mis padres y hoy he entregado las llaves al nuevo dueño.
+ en situation n | We've sold my parents' house and today I handed the keys to the new owner.
es situation n | Mi abuelo ya no me reconoce cuando voy a verle a la residencia.
+ fr situation n | Mon grand-père ne me reconnaît plus quand je vais le voir à la maison de retraite.
es situation h | He perdido el embarazo a las diez semanas; ya habíamos elegido el nombre.
+ en situation h | I lost the pregnancy at ten weeks; we'd already chosen the name.
es situation n | Esta mañana se murió el gato y el niño todavía pregunta cuándo va a volver.
+ fr situation n | Le chat est mort ce matin et le petit demande encore quand il va revenir.
es situation n | Mi hija se ha ido a estudiar a otra ciudad y su cuarto vacío me mira cada vez que paso.
+ en situation n | My daughter's gone off to study in another city and her empty room stares at me every time I walk past.
es situation n | He suspendido el examen final y con eso pierdo la beca para el año que viene.
+ fr situation n | J'ai raté l'examen final et du coup je perds ma bourse pour l'année prochaine.
es situation n | El incendio de este verano ha quemado el olivar que plantó mi bisabuelo.
+ en situation n | This summer's fire burned down the olive grove my great-grandfather planted.
es situation n | Ha cerrado la librería del barrio donde trabajé quince años; ayer sacamos las últimas cajas.
+ fr situation n | La librairie du quartier où j'ai travaillé quinze ans a fermé ; hier on a sorti les derniers cartons.
es situation h | Mi amigo de la infancia murió de repente y me he enterado por Facebook.
+ en situation h | My childhood friend died suddenly and I found out on Facebook.
es situation n | Nadie ha venido a mi cumpleaños; había preparado tarta y guirnaldas para doce personas.
+ fr situation n | Personne n'est venu à mon anniversaire ; j'avais préparé un gâteau et des guirlandes pour douze personnes.
es situation n | El equipo de mi vida ha bajado a Segunda después de cuarenta años en Primera.
+ en situation n | The team I've supported all my life has gone down after forty years in the top flight.
es situation n | La granizada de anoche ha destrozado toda la uva del año, a dos semanas de la vendimia.
+ fr situation n | La grêle d'hier soir a détruit tout le raisin de l'année, à deux semaines des vendanges.
es situation n | Hoy hace un año que murió mi madre y no me he levantado del sofá. Pon una luz suave, por favor.
+ en situation n | It's a year today since my mum died and I haven't got up off the sofa. Put on a soft light, please.
es situation n | Mi pareja se ha llevado hoy sus cosas y el armario se ha quedado medio vacío. Baja las luces, porfa.
+ fr situation n | Ma compagne a emporté ses affaires aujourd'hui et l'armoire est à moitié vide. Baisse les lumières, s'il te plaît.
# explicit
es explicit n | Estoy muy triste, se me ha caído el mundo encima.
+ en explicit n | I'm so sad, my whole world has fallen apart.
es explicit h | Tengo el corazón roto, no paro de llorar.
+ fr explicit h | J'ai le cœur brisé, je n'arrête pas de pleurer.
es explicit n | Ando bajoneada, con una pena que no se me quita.
+ en explicit n | I'm really down, with a sadness that just won't lift.
es explicit n | Ando bien achicopalado desde que se fue mi compa, nomás no levanto cabeza.
+ fr explicit n | J'ai le moral à zéro depuis que mon pote est parti, je n'arrive pas à remonter la pente.
# negation
es negation n | No estoy enfadada con él, solo muy triste de que se haya acabado así.
+ en negation n | I'm not angry with him, just very sad that it ended like this.
es negation n | No es cansancio, es pena: hoy hemos despedido a mi tío en el tanatorio.
+ fr negation n | Ce n'est pas de la fatigue, c'est du chagrin : aujourd'hui on a dit adieu à mon oncle au funérarium.
# slang / typo
es slang_emoji n | se murió mi hámster esta mañana 😭💔 sé que es una tontería pero no paro de llorar
+ en slang_emoji n | my hamster died this morning 😭💔 i know it's silly but i can't stop crying
es typo n | lo dejamos ayer despues de 3 años y no se ni q hacer con su cepillo de dientes
+ fr typo n | on a rompu hier apres 3 ans et jsais meme pas quoi faire de sa brosse a dents
# mixed
es mixed n | Un poco aliviada porque ya no sufre, pero sobre todo triste: mi abuela murió anoche.
+ en mixed n | A little relieved that she's not suffering any more, but mostly sad: my gran died last night.
# wish
es wish l c=blue b=dim | Estoy de bajón, pon luz azul y muy tenue.
+ fr wish l c=blue b=dim | J'ai le cafard, mets une lumière bleue et très tamisée.
"""

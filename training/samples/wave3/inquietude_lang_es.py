"""inquietude: third wave, lines in Spanish (train and validation only)."""

SEEDS = """
# situations: driving, health, paperwork, pets, office, babies, teenagers, weather, money, old age, job hunting, travel, cars, housing, school
es situation n | Mi hija ha cogido el coche por primera vez de noche y la carretera está helada.
+ en situation n | My daughter's taken the car out at night for the first time and the road's icy.
es situation n | Mañana le dan a mi padre los resultados de la biopsia.
+ fr situation n | Demain, mon père reçoit les résultats de sa biopsie.
es situation n | Ha llegado un aviso de carta certificada de Hacienda y no puedo recogerla hasta el lunes.
+ en situation n | There's a notice for a registered letter from the tax office and I can't pick it up until Monday.
es situation n | El gato no ha comido nada en dos días y el veterinario no tiene hueco hasta el jueves.
+ fr situation n | Le chat n'a rien mangé depuis deux jours et le véto n'a pas de créneau avant jeudi.
es situation n | En la empresa se habla de un ERE y, según los rumores, mi departamento es el primero de la lista.
+ en situation n | There's talk of layoffs at work and, according to the rumours, my department is first on the list.
es situation n | El bebé tiene treinta y ocho y medio de fiebre y no sé si esperar a mañana o ir a urgencias.
+ fr situation n | Le bébé a trente-huit et demi de fièvre et je ne sais pas s'il faut attendre demain ou aller aux urgences.
es situation n | Mi hijo de diecisiete se va mañana de interrail solo y aún no tiene dónde dormir la primera noche.
+ en situation n | My seventeen-year-old is off interrailing alone tomorrow and still has nowhere to sleep the first night.
es situation n | El río ha crecido mucho y anuncian más lluvia esta noche; mi casa está a cincuenta metros de la orilla.
+ fr situation n | La rivière a beaucoup monté et on annonce encore de la pluie cette nuit ; ma maison est à cinquante mètres de la berge.
es situation n | La hipoteca vuelve a subir el mes que viene y no sé cómo vamos a llegar a fin de mes.
+ en situation n | The mortgage is going up again next month and I don't know how we'll make ends meet.
es situation n | Mi madre empieza a olvidarse de las cosas y mañana tenemos cita con el neurólogo.
+ fr situation n | Ma mère commence à oublier des choses et demain on a rendez-vous chez le neurologue.
es situation n | Llevo un mes mandando currículums y el paro se me acaba en noviembre.
+ en situation n | I've been sending out CVs for a month and my unemployment benefit runs out in November.
es situation n | El vuelo de mi marido lleva dos horas de retraso por la tormenta y la web de la aerolínea no dice nada.
+ fr situation n | Le vol de mon mari a deux heures de retard à cause de l'orage et le site de la compagnie n'indique rien.
es situation n | El motor hace un ruido cada vez más raro y mañana tengo que hacer cuatrocientos kilómetros.
+ en situation n | The engine's making a stranger and stranger noise and tomorrow I've got four hundred kilometres to drive.
es situation n | Mi abuela vive sola en el pueblo y la ola de calor va a durar toda la semana.
+ fr situation n | Ma grand-mère vit seule au village et la canicule va durer toute la semaine.
es situation n | A mi hermana le han notado un bulto en el pecho y la mamografía no es hasta el viernes.
+ en situation n | My sister's found a lump in her breast and the mammogram isn't until Friday.
es situation n | El casero dice que quiere vender el piso y nuestro contrato vence en marzo.
+ fr situation n | Le propriétaire dit qu'il veut vendre l'appartement et notre bail se termine en mars.
es situation n | Mañana operan a mi perro de la cadera y no paro de darle vueltas. Pon una luz suave que acompañe.
+ en situation n | My dog has hip surgery tomorrow and I can't stop going over it in my head. Put on a soft light to go with that.
es situation n | Mi hija empieza el lunes en un colegio nuevo donde no conoce a nadie, a ver cómo le va. Ajusta la luz a cómo estoy.
+ fr situation n | Lundi, ma fille commence dans une nouvelle école où elle ne connaît personne, on verra comment ça se passe. Adapte la lumière à mon état.
# explicit
es explicit n | Estoy con el alma en un hilo por lo de mi padre.
+ en explicit n | I'm sick with worry about my dad, I can't settle.
es explicit n | Tengo un nudo en el estómago pensando en la reunión de mañana.
+ fr explicit n | J'ai un nœud à l'estomac en pensant à la réunion de demain.
es explicit n | Ando preocupadísima, no me quito esto de la cabeza.
+ en explicit n | I'm worried sick, I can't get this out of my head.
es explicit n | Me tiene con el pendiente lo de mi mamá, no duermo bien.
+ fr explicit n | Je me fais un sang d'encre pour ma mère, je dors mal.
# negation
es negation n | No es pánico, es una preocupación que no se va: mi hermano sigue sin trabajo y con dos niños.
+ en negation n | It's not panic, it's a worry that won't go away: my brother's still out of work with two kids.
es negation n | No estoy enfadada con él, estoy preocupada: lleva semanas comiendo fatal y no quiere ir al médico.
+ fr negation n | Je ne suis pas fâchée contre lui, je suis inquiète : il mange très mal depuis des semaines et refuse d'aller chez le médecin.
# slang / typo
es slang_emoji n | mi perro lleva desde ayer sin querer salir ni comer 😟🐶 el lunes al veterinario sí o sí
+ en slang_emoji n | my dog hasn't wanted to go out or eat since yesterday 😟🐶 vet on monday no matter what
es typo n | el medico dijo q repetimos el analisis x si acaso, no se q pensar
+ fr typo n | le medecin a dit qu'on refait la prise de sang au cas ou, jsais pas quoi penser
# mixed
es mixed n | Un poco ilusionada con la mudanza, pero sobre todo preocupada: no sé si podremos pagar el alquiler nuevo.
+ en mixed n | A little excited about the move, but mostly worried: I'm not sure we can afford the new rent.
# wish
es wish n c=blue b=dim | Estoy preocupado, baja las luces y pon un azul tranquilo.
+ fr wish n c=blue b=dim | Je suis inquiet, baisse les lumières et mets un bleu apaisant.
"""

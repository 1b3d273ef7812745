"""tristesse: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation n | Heute hab ich den Käfig vom Wellensittich weggeräumt. Er ist am Sonntag gestorben.
+ en situation n | Today I put away the budgie's cage. He died on Sunday.
de situation h | Oma ist letzte Nacht eingeschlafen, und ich hab es nicht mehr rechtzeitig zu ihr geschafft.
+ fr situation h | Mamie s'est éteinte cette nuit, et je ne suis pas arrivée à temps pour la voir.
de situation n | Nach sieben Jahren hat sie per Nachricht Schluss gemacht, und ihre Zahnbürste steht noch im Bad.
+ en situation n | After seven years she ended it by text, and her toothbrush is still in the bathroom.
de situation n | Die Absage von der Uni ist da. Mein Traumstudium kann ich vergessen.
+ fr situation n | Le refus de la fac est arrivé. Je peux faire une croix sur les études dont je rêvais.
de situation h | Wir haben das Baby in der zwölften Woche verloren. Das Ultraschallbild hängt noch am Kühlschrank.
+ en situation h | We lost the baby at twelve weeks. The scan picture is still on the fridge.
de situation n | Mein bester Freund ist nach Australien ausgewandert, heute war der Abschied am Flughafen.
+ fr situation n | Mon meilleur ami est parti s'installer en Australie, on s'est dit au revoir à l'aéroport aujourd'hui.
de situation n | Die Bäckerei von meinem Vater musste nach sechzig Jahren zumachen. Heute hat er den Schlüssel abgegeben.
+ en situation n | My father's bakery had to close after sixty years. Today he handed over the keys.
de situation h | Beim Begräbnis vom Onkel hat die Blasmusik sein Lieblingslied gespielt, und die Tante konnte sich kaum auf den Beinen halten.
+ fr situation h | À l'enterrement de mon oncle, la fanfare a joué sa chanson préférée, et ma tante tenait à peine debout.
de situation n | Unser Hof wird verkauft, keiner von uns Kindern kann ihn übernehmen, und heute wurden die Kühe abgeholt.
+ en situation n | Our farm is being sold, none of us kids can take it over, and today the cows were taken away.
de situation n | Dieses Jahr hat mich an meinem Geburtstag niemand angerufen, nicht mal mein Bruder.
+ fr situation n | Cette année, personne ne m'a appelé pour mon anniversaire, même pas mon frère.
de situation h | Mein Vater hat mich heute im Heim gefragt, wer ich bin.
+ en situation h | My father asked me today at the care home who I was.
de situation n | Nach 23 Jahren in der Firma hab ich die Kündigung bekommen und meinen Schreibtisch in einen Karton gepackt.
+ fr situation n | Après 23 ans dans la boîte, j'ai reçu ma lettre de licenciement et j'ai vidé mon bureau dans un carton.
de situation h | Die Katze ist nicht mehr heimgekommen. Heute früh hat der Nachbar sie an der Landstraße gefunden.
+ en situation h | The cat never came home. This morning the neighbour found her by the country road.
de situation n | Abgestiegen nach vierzig Jahren in der Liga, und die Fans sitzen weinend auf den Stufen der Kurve.
+ fr situation n | Relégués après quarante ans dans l'élite, et les supporters restent assis à pleurer dans les gradins du virage.
de situation n | Die Ärztin sagt, mein Knie wird nie wieder wie vorher. Mit dem Fußball ist es vorbei.
+ en situation n | The doctor says my knee will never be the same again. My football days are over.
de situation n | Zum Kindergeburtstag von meinem Sohn ist keiner gekommen. Die Luftballons hängen noch an der Tür.
+ fr situation n | Personne n'est venu à l'anniversaire de mon fils. Les ballons sont toujours accrochés à la porte.
de situation n | Heute war die Beerdigung von meinem Kollegen. Mach bitte ein leises, ruhiges Licht.
+ en situation n | My colleague's funeral was today. Please put on some quiet, soft lighting.
de wish l c=blue;navy b=dim | Mir ist nur noch zum Heulen, seit sie weg ist. Dunkles Blau, ganz gedimmt.
+ fr wish l c=blue;navy b=dim | Je n'ai plus qu'envie de pleurer depuis qu'elle est partie. Du bleu foncé, très tamisé.
# explicit
de explicit n | Mir ist so schwer ums Herz, ich fühl mich einfach nur leer.
+ en explicit n | My heart is so heavy, I just feel empty.
de explicit h | Ich bin todtraurig, es tut einfach nur weh.
+ fr explicit h | Je suis triste à mourir, ça fait juste mal.
de explicit n | Mir is heit so zum Rearn, i bin so traurig.
+ en explicit n | I just want to cry today, I'm so sad.
de explicit n | Ich bi so truurig, es isch eifach nume schwer.
+ fr explicit n | Je suis tellement triste, c'est juste dur.
# negation
de negation n | Ich bin nicht wütend auf ihn, dass er gegangen ist. Ich bin einfach nur traurig, dass es vorbei ist.
+ en negation n | I'm not angry with him for leaving. I'm just sad that it's over.
de negation n | Es ist keine Angst vorm Alleinsein. Es ist die Leere, seit Mama gestorben ist und sonntags keiner mehr anruft.
+ fr negation n | Ce n'est pas la peur d'être seule. C'est le vide, depuis que maman est morte et que plus personne n'appelle le dimanche.
# texting
de typo n | sie hat mich überall blockiert, 4 jahre einfach weg, ich kann nich aufhörn zu heulen
+ en typo n | she blocked me everywhere, 4 years just gone, i cant stop cryng
de slang_emoji n | heute mussten wir sie einschläfern lassen 💔😢 die leine hängt noch an der tür
+ fr slang_emoji n | on a dû la faire piquer aujourd'hui 💔😢 la laisse est encore accrochée à la porte
# mixed
de mixed n | Ein bisschen wütend auf mich selbst, aber vor allem traurig: Ich hab mich nie richtig von Opa verabschiedet, und jetzt ist es zu spät.
+ en mixed n | A bit angry with myself, but mostly sad: I never properly said goodbye to Grandpa, and now it's too late.
de mixed n | Erleichtert, dass die Scheidung durch ist, aber vor allem tieftraurig, dass unsere Familie jetzt auseinander ist.
+ fr mixed n | Soulagée que le divorce soit prononcé, mais surtout profondément triste que notre famille soit maintenant éclatée.
"""

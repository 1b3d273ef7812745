"""inquietude: third wave, lines in German (train and validation only)."""

SEEDS = """
# situations
de situation n | Meine Tochter fährt seit heute früh allein nach Hamburg, auf der A7 schneit es, und sie hat sich noch nicht gemeldet.
+ en situation n | My daughter has been driving to Hamburg on her own since this morning, it's snowing on the A7, and she hasn't been in touch yet.
de situation n | Das Ergebnis der Biopsie kommt erst nächsten Donnerstag, und ich denk an nichts anderes.
+ fr situation n | Le résultat de la biopsie n'arrive que jeudi prochain, et je ne pense à rien d'autre.
de situation n | Die Firma hat für Freitag eine Betriebsversammlung angekündigt, Thema: „Umstrukturierung“.
+ en situation n | The company has called an all-staff meeting for Friday, subject: "restructuring".
de situation n | Der Kater frisst seit zwei Tagen kaum was und versteckt sich die ganze Zeit unterm Bett.
+ fr situation n | Le chat mange à peine depuis deux jours et passe son temps caché sous le lit.
de situation n | Bald kommt die Heizkostenabrechnung, und wir haben diesen Winter viel mehr geheizt als sonst.
+ en situation n | The heating bill is due soon, and we've had the heating on much more than usual this winter.
de situation n | Morgen fährt mein Sohn auf seine erste Klassenfahrt, er war noch nie ohne uns weg und hat Asthma.
+ fr situation n | Demain mon fils part en classe verte pour la première fois, il n'est jamais parti sans nous et il est asthmatique.
de situation n | Der Wetterbericht meldet Hochwasser an der Donau, und beim letzten Mal ist unser Keller schon vollgelaufen.
+ en situation n | The forecast is warning of flooding on the Danube, and last time our cellar filled up with water.
de situation n | Die Vermieterin möchte „mal über die Zukunft der Wohnung reden“. Nächste Woche.
+ fr situation n | La propriétaire voudrait « parler de l'avenir de l'appartement ». La semaine prochaine.
de situation n | Ich hab einen Knoten in der Brust ertastet, und der Termin bei der Frauenärztin ist erst in zehn Tagen.
+ en situation n | I've found a lump in my breast, and the appointment with the gynaecologist isn't for another ten days.
de situation n | Opa weiß in letzter Zeit immer öfter nicht, ob er seine Tabletten schon genommen hat.
+ fr situation n | Ces derniers temps, papi oublie de plus en plus souvent s'il a déjà pris ses cachets.
de situation n | Die Maturnoten kommen erst im August, und ohne Matur kann ich die Stelle in Basel nicht antreten.
+ en situation n | The final school exam results only come out in August, and without them I can't take up the job in Basel.
de situation n | Ein Brief vom Finanzamt liegt seit gestern auf dem Tisch, und ich trau mich nicht, ihn aufzumachen.
+ fr situation n | Une lettre des impôts traîne sur la table depuis hier, et je n'ose pas l'ouvrir.
de situation n | Mein Mann fliegt morgen beruflich in eine Region, aus der gerade von Unruhen berichtet wird.
+ en situation n | My husband is flying out for work tomorrow to a region where there are reports of unrest.
de situation n | Die Bremsen schleifen seit gestern, und morgen früh fahren wir sechshundert Kilometer in den Urlaub.
+ fr situation n | Les freins frottent depuis hier, et demain matin on part pour six cents kilomètres de route vers les vacances.
de situation n | Drei Wochen vor dem Termin sagt die Hebamme, dass das Baby immer noch falsch herum liegt.
+ en situation n | Three weeks before the due date, the midwife says the baby is still the wrong way round.
de situation n | Seit sechs Wochen kein Regen, der Mais steht schon gelb auf dem Feld, und im Herbst will die Bank ihre Rate.
+ fr situation n | Six semaines sans une goutte de pluie, le maïs jaunit déjà dans le champ, et à l'automne la banque voudra son échéance.
de situation n | Morgen wird meine Mutter operiert, und ich kann einfach nicht abschalten. Mach bitte ein ruhiges Licht.
+ en situation n | My mum's having surgery tomorrow and I just can't switch off. Calm lighting, please.
de wish n c=blue;cool_white b=dim | Ich grübel die ganze Zeit, ob der Kredit bewilligt wird. Gedämpftes Blau und kühles Weiß, bitte.
+ fr wish n c=blue;cool_white b=dim | Je n'arrête pas de me demander si le prêt va être accordé. Du bleu et du blanc froid, tamisés s'il te plaît.
# explicit
de explicit n | Ich mach mir echt Sorgen, irgendwas stimmt da nicht.
+ en explicit n | I'm really worried, something isn't right.
de explicit n | Mir schwant nichts Gutes, ich hab so ein ungutes Gefühl im Bauch.
+ fr explicit n | Je le sens mal, j'ai une boule au ventre.
de explicit n | I hab a ganz a schlechts Gfühl bei der Sach, des lasst mi ned schlafen.
+ en explicit n | I've got a really bad feeling about this, it's keeping me up at night.
de explicit n | Ich mach mir grossi Sorge, ich cha nöd abschalte.
+ fr explicit n | Je me fais un sang d'encre, je n'arrive pas à décrocher.
# negation
de negation n | Ich bin nicht in Panik, es brennt ja nichts. Aber der Befund lässt mich nicht los, und ich grübel die halbe Nacht.
+ en negation n | I'm not panicking, nothing's on fire. But the test result won't leave me alone and I lie awake half the night.
de negation n | Nicht wütend auf die Schule, eher besorgt: Meine Tochter isst kaum noch und erzählt nichts mehr von ihren Freundinnen.
+ fr negation n | Pas en colère contre l'école, plutôt inquiète : ma fille ne mange presque plus et ne parle plus de ses copines.
# texting
de typo n | der arzt will mich nochmal sehn wegen der blutwerte, hat nich gesagt warum, ich grübel die ganze zeit
+ en typo n | doctor wants to see me again about my blood results, didnt say why, cant stop overthinking it
de slang_emoji n | morgen personalgespräch und keiner sagt worums geht 😬😬 hab kein gutes gefühl
+ fr slang_emoji n | entretien avec les RH demain et personne veut dire de quoi il s'agit 😬😬 je le sens pas
# mixed
de mixed n | Ich freu mich auf das Baby, aber vor allem frag ich mich ständig, ob wir das finanziell hinkriegen, wenn ich in Elternzeit gehe.
+ en mixed n | I'm looking forward to the baby, but mostly I keep wondering whether we'll manage financially when I go on parental leave.
de mixed n | Ein bisschen genervt bin ich auch, aber hauptsächlich besorgt: Papa fährt mit 86 noch Auto, und letzte Woche hat er eine rote Ampel übersehen.
+ fr mixed n | Un peu agacé aussi, mais surtout inquiet : mon père conduit encore à 86 ans, et la semaine dernière il a grillé un feu rouge sans le voir.
"""

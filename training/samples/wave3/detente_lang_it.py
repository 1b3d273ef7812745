"""detente: third wave, lines in Italian (train and validation only)."""

SEEDS = """
# Italian: calm, rest, unwinding
it situation n | Bagno caldo con i sali, una candela alla lavanda e il telefono lasciato in un'altra stanza.
+ en situation n | Hot bath with salts, a lavender candle and my phone left in another room.
it situation l | Amaca tra due ulivi, il frinire delle cicale e nessun posto dove dover andare.
+ fr situation l | Un hamac entre deux oliviers, le chant des cigales et aucun endroit où devoir aller.
it situation l | Ho finito di riordinare la cucina, ora camomilla e divano.
+ en situation l | Finished tidying the kitchen, now it's camomile tea and the sofa.
it situation n | Il massaggiatore mi ha sciolto le spalle, cammino come se fossi fatto di burro.
+ fr situation n | Le masseur m'a dénoué les épaules, je marche comme si j'étais en beurre.
it situation l | Domenica pomeriggio, la pioggia batte piano sui vetri e io sonnecchio sotto il plaid.
+ en situation l | Sunday afternoon, the rain tapping softly on the windows and me dozing under the throw.
it situation n | Lezione di yoga al parco: respiri lunghi, l'erba umida sotto i piedi, il traffico lontano.
+ fr situation n | Cours de yoga au parc : de longues respirations, l'herbe humide sous les pieds, la circulation au loin.
it situation n | Alle terme di Saturnia, immerso fino al collo nell'acqua calda, guardo il vapore che sale.
+ en situation n | At the Saturnia hot springs, up to my neck in warm water, watching the steam rise.
it situation n | Ho spento il computer alle cinque in punto e mi sono seduto in terrazza con un bicchiere di bianco fresco.
+ fr situation n | J'ai éteint l'ordinateur à cinq heures pile et je me suis assis sur la terrasse avec un verre de blanc bien frais.
it situation l | Il gatto dorme sulla mia pancia e io non ho nessuna intenzione di muovermi.
+ en situation l | The cat's asleep on my tummy and I have no intention of moving.
it situation l | In barca a vela con poco vento, ci lasciamo cullare e nessuno ha voglia di parlare.
+ fr situation l | En voilier avec peu de vent, on se laisse bercer et personne n'a envie de parler.
it situation n | Le bimbe dormono, la lavastoviglie ronza e io sfoglio una rivista di giardinaggio con una tisana.
+ en situation n | The girls are asleep, the dishwasher's humming and I'm leafing through a gardening magazine with a herbal tea.
it situation l | Pomeriggio a pescare sul lago, il galleggiante non si muove da un'ora e va benissimo così.
+ fr situation l | Après-midi de pêche au lac, le bouchon n'a pas bougé depuis une heure et c'est très bien comme ça.
it situation n | Ho rinvasato le piante con calma, le mani nella terra e la radio bassa in sottofondo.
+ en situation n | I repotted the plants nice and slowly, hands in the soil and the radio on low in the background.
it situation n | Dopo la passeggiata in montagna, cioccolata calda davanti alla baita, gambe stanche e testa leggera.
+ fr situation n | Après la balade en montagne, un chocolat chaud devant le chalet, les jambes fatiguées et la tête légère.
it situation n | Ferie: niente sveglia, colazione lunga in giardino e un giallo da finire con calma.
+ en situation n | Holidays: no alarm, a long breakfast in the garden and a crime novel to finish at my own pace.
it situation n | Dopo il turno di notte in reparto, doccia calda e lenzuola pulite, finalmente.
+ fr situation n | Après la garde de nuit à l'hôpital, une douche chaude et des draps propres, enfin.
it situation n | Sauna, poi tuffo nella vasca fredda, e ora sono sdraiato nella sala relax a non pensare a niente.
+ en situation n | Sauna, then a dip in the cold pool, and now I'm lying in the relaxation room thinking about nothing at all.
it situation l | La nonna lavora a maglia vicino al camino e io leggo sul tappeto, si sente solo il fuoco che scoppietta.
+ fr situation l | Mamie tricote près de la cheminée et je lis sur le tapis, on n'entend que le feu qui crépite.
it wish l c=teal;blue b=dim | Voglio staccare e rilassarmi un po', luci soffuse, verde acqua e azzurro.
+ en wish l c=teal;blue b=dim | I want to switch off and unwind a bit, soft lights, sea green and blue.
it situation l | Tisana, candela e musica lenta dopo cena. Metti un'atmosfera rilassante.
+ fr situation l | Tisane, bougie et musique douce après le dîner. Mets une ambiance relaxante.
it explicit n | Sono rilassatissimo, mi sento leggero come una piuma.
+ en explicit n | I'm so relaxed, I feel as light as a feather.
it explicit l | Finalmente un po' di pace, mi sento tranquilla e senza pensieri.
+ fr explicit l | Enfin un peu de paix, je me sens sereine et sans souci.
it explicit n | Sono in pieno relax, staccato da tutto e da tutti.
+ en explicit n | I'm in full chill mode, switched off from everything and everyone.
it explicit l | Oggi me la prendo comoda e stacco la spina, che calma.
+ fr explicit l | Aujourd'hui je prends mon temps et je débranche, quel calme.
it negation l | Non ho sonno e non sono stanco: sono solo bello rilassato, sdraiato sul divano senza fretta.
+ en negation l | I'm not sleepy and I'm not tired: I'm just nicely relaxed, stretched out on the sofa with no rush.
it negation l | Non sono triste, sono solo tranquillo: serata in casa, tè caldo e nessun impegno.
+ fr negation l | Je ne suis pas triste, juste tranquille : soirée à la maison, thé chaud et aucune obligation.
it slang_emoji l | divano + plaid + serie tv 🛋️☕ oggi nn esisto per nessuno
+ en slang_emoji l | sofa + blanket + tv series 🛋️☕ i don't exist for anyone today
it typo l | finalmnte sdraiata in spiaggia, ombrellone e venticello, nn mi muovo piu fino a stasera
+ fr typo l | enfin allongée sur la plage, parasol et petite brise, je bouge plus jusqu'a ce soir
"""

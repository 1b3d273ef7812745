"""detente: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`detente-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Le médecin a dit que ce n'était rien de grave, je rentre tranquillement à pied.
+ en situation n | The doctor said it was nothing serious, so I'm strolling home.
fr situation n | J'ai rendu mon mémoire hier et aujourd'hui je n'ai absolument rien à faire.
+ en situation n | Handed in my dissertation yesterday and today I have nothing at all to do.
fr situation n | On a enfin payé la dernière facture du mois, le compte est à jour.
+ en situation n | All the bills for the month are paid and the account is in order.
fr situation n | Les enfants sont chez leurs grands-parents pour le week-end, la maison est silencieuse.
+ en situation n | The kids are at their grandparents' for the weekend and the house is silent.
fr situation n | Je suis allongé dans le hamac du jardin avec un verre de citronnade.
+ en situation n | Lying in the garden hammock with a glass of lemonade.
fr situation n | Mon chien dort au pied du canapé et il pleut doucement dehors.
fr situation n | J'ai pris un jour de congé pour rester à la maison et cuisiner lentement.
+ en situation n | Took a day off just to stay home and cook slowly.
fr situation n | On vient de finir le ménage de printemps, tout est propre et rangé.
+ en situation n | We finished the spring cleaning, everything is tidy.
fr situation n | Massage ce matin, je flotte encore un peu.
+ en situation n | Had a massage this morning and I'm still floating.
fr situation n | La réunion de cet après-midi a été annulée, j'ai deux heures devant moi.
+ en situation n | This afternoon's meeting got cancelled, two free hours ahead of me.
fr situation n | Je fais une longue balade en forêt, seul avec le bruit de mes pas.
+ en situation n | Long walk in the woods, just me and the sound of my steps.
fr situation n | On est au spa avec ma mère, peignoir et tisane.
+ en situation n | Spa day with my mum, bathrobes and herbal tea.
fr situation n | Les travaux chez le voisin sont enfin terminés, plus de perceuse.
+ en situation n | The building work next door is finally over, no more drilling.
fr situation n | Je tricote devant la cheminée pendant que la soupe cuit.
+ en situation n | Knitting by the fire while the soup cooks.
fr situation n | Les vacances commencent, le téléphone est éteint et le livre est ouvert.
fr situation n | Le dossier administratif que je redoutais est validé, je peux souffler.
+ en situation n | The paperwork I was dreading got approved, I can breathe.
fr situation n | Après la randonnée, on s'est posés au bord du lac les pieds dans l'eau.
+ en situation n | After the hike we sat by the lake with our feet in the water.
fr situation n | J'ai changé les draps, pris une douche chaude et je me glisse dans le lit.
+ en situation n | Fresh sheets, hot shower, sliding into bed.
fr situation n | On mange des fruits sur la terrasse en regardant le soleil baisser.
+ en situation n | Eating fruit on the terrace while the sun goes down.
fr situation n | Ma fille fait sa sieste, j'en profite pour boire mon thé au calme.
+ en situation n | The baby's napping so I'm having my tea in peace.
fr situation n | Le garagiste a réparé la voiture moins cher que prévu.
+ en situation n | The mechanic fixed the car for less than I expected.
fr situation n | Je suis dans le train, pas de correspondance, trois heures pour lire.
+ en situation n | On the train, no changes, three hours to read.
fr situation n | On a passé la journée à la campagne chez des amis, sans rien organiser.
fr situation n | J'arrose les plantes du balcon en écoutant de la musique douce.
+ en situation n | Watering the balcony plants with some soft music on.
fr situation n | J'ai fini mes examens, je me pose sur l'herbe du campus.
+ en situation n | Exams are done and I'm lying on the grass on campus.
fr situation n | Bain moussant, bougie et playlist de jazz.
+ en situation n | Bubble bath, a candle and a jazz playlist.
fr situation n | On a fait un puzzle en famille tout l'après-midi, sans écran.
+ en situation n | We did a jigsaw as a family all afternoon, no screens.
fr situation n | La prise de sang est bonne, tout est normal, ouf.
+ en situation n | Blood test came back fine, all normal, phew.
fr situation n | Je suis à la pêche depuis l'aube, rien ne mord et ça m'est égal.
+ en situation n | Fishing since dawn, nothing's biting and I don't mind at all.
fr situation n | Mon copain s'occupe du dîner, je reste sur le canapé avec mon livre.
+ en situation n | My partner's cooking tonight, I'm staying on the sofa with my book.
fr situation n | Le déménagement est fini, les cartons sont vidés, on boit un verre dans le salon.
+ en situation n | The move is over, the boxes are unpacked and we're having a drink in the living room.
fr situation n | Je me suis assis sur un banc au soleil pendant la pause déjeuner.
+ en situation n | Sat on a bench in the sun during my lunch break.
fr situation n | On a un dimanche entier sans aucun rendez-vous.
+ en situation n | A whole Sunday with nothing planned.
fr situation n | Je fais du yoga sur la plage au lever du soleil.
+ en situation n | Yoga on the beach at sunrise.
fr situation n | L'avion a atterri à l'heure et il fait bon, je prends le temps d'un café à l'aéroport.
+ en situation n | The flight landed on time and I'm taking my time over a coffee.
fr situation n | Le chat ronronne contre moi, la couverture est chaude, j'entends la pluie.
+ en situation n | The cat's purring against me, the blanket's warm, the rain is tapping on the window.
fr situation n | J'ai terminé la déclaration d'impôts, plus rien ne presse.
+ en situation n | Tax return done, nothing urgent left.
fr situation n | On a fait un repas tout simple avec des amis, sans chichis.
+ en situation n | Simple dinner with friends, nothing fancy.
fr situation n | Je suis dans une cabane au fond des bois, le poêle crépite.
+ en situation n | In a cabin deep in the woods with the stove crackling.
fr situation n | Je bois mon café sur le balcon pendant que la ville se réveille.
+ en situation n | Coffee on the balcony while the city wakes up.
fr situation n | L'entretien annuel s'est bien passé, je rentre serein.
+ en situation n | My annual review went fine, heading home with a clear head.
fr situation n | Je marche pieds nus dans l'herbe mouillée du matin.
+ en situation n | Walking barefoot on the wet morning grass.
fr situation n | On a loué une petite barque et on se laisse dériver sur l'étang.
+ en situation n | We rented a little rowing boat and we're just drifting on the pond.
fr situation n | J'écoute un vieux disque de bossa nova en rangeant mes livres.
+ en situation n | Playing an old bossa nova record while sorting my books.
fr situation n | Mon fils s'est endormi tôt, j'ai la soirée pour moi.
+ en situation n | My son fell asleep early, I have the evening to myself.
fr situation n | Je fais la planche dans la piscine, les oreilles sous l'eau.
+ en situation n | Floating on my back in the pool with my ears under water.
fr situation n | Le vétérinaire a dit que le chat allait bien, on rentre au calme.
+ en situation n | The vet said the cat's fine, we're heading home.
fr situation n | Je me suis installée au café du coin avec un carnet et un chocolat chaud.
+ en situation n | Settled in at the corner café with a notebook and a hot chocolate.
fr situation n | On a fini de monter les meubles, la chambre est prête, je m'allonge.
+ en situation n | The furniture is built, the bedroom is ready, I'm lying down.
fr negation n | Je ne pense pas à autre chose, je profite juste de la chaleur du soleil sur le visage.
+ en negation n | Not thinking about anything else, just enjoying the sun on my face.
en situation n | The last guests have gone home and the dishwasher is humming.
en situation n | Sunday afternoon nap with the window open.
en situation n | Sitting in the garden with a cup of tea after weeding.
# contrast with neighbouring moods
fr situation n | Je suis dans un transat au jardin, le corps lourd et l'esprit tranquille.
+ en situation n | In a deckchair in the garden, body heavy and mind at ease.
fr situation n | Je bois un thé à la fenêtre, rien ne presse ce matin.
+ en situation n | Having tea by the window, no rush this morning.
fr situation n | Massage des pieds et musique douce, je suis complètement posé.
+ en situation n | Foot massage and soft music, I'm completely settled.
fr situation n | On est au bord de la piscine, les enfants jouent calmement, je lis.
+ en situation n | Poolside, the kids are playing quietly and I'm reading.
fr situation n | J'ai fini ma journée, je m'allonge sur le canapé sans rien faire.
+ en situation n | Work's done, I'm lying on the sofa doing nothing.
# stories
fr long n | La semaine a été chargée avec deux rendus au boulot. Ce soir tout est livré. J'ai fait couler un bain et mis un disque. Je n'ai rien prévu pour demain.
+ en long n | Busy week with two deadlines at work. Tonight everything is delivered. I ran a bath and put a record on. Nothing planned for tomorrow.
fr long n | On est partis trois jours en Bretagne. Le gîte donne sur une petite crique. On lit, on marche, on mange des crêpes. Je n'ai pas regardé mes mails une seule fois.
+ en long n | We went to the coast for three days. The cottage looks over a little cove. We read, walk and eat far too many scones. I haven't checked my email once.
fr long n | J'avais peur que l'opération de ma mère se passe mal. Le chirurgien vient d'appeler, tout s'est bien passé. Elle se repose. Je peux enfin me poser moi aussi.
+ en long n | I was scared my mum's operation would go badly. The surgeon just called and it all went well. She's resting now. I can finally relax too.
fr long n | Ce matin, footing lent au bord du canal. Ensuite un long petit-déjeuner avec mon copain. L'après-midi, sieste et jardinage. Une vraie journée pour rien.
+ en long n | Slow jog along the canal this morning. Then a long breakfast with my partner. Nap and gardening in the afternoon. A proper day of nothing.
fr long n | Le déménagement est terminé. Les cartons sont vidés et les lampes sont branchées. On a mangé une pizza par terre dans le salon. Ça y est, on est chez nous.
+ en long n | The move is done. The boxes are empty and the lamps are plugged in. We ate pizza on the living room floor. This is home now.
# phone spelling
fr typo n | tranquil sur le canap avc le chat, rien a faire 😌
fr typo n | jsui posé au soleil, tout va bien, zero stress
fr typo n | enfin en vacs, tel eteint, jsui bien
"""

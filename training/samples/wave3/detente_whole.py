"""detente: third wave, long texts, negations and mixed feelings read as a whole (train and validation only)."""

SEEDS = """
# long: small stories, the calm comes from the whole
fr long n | Semaine infernale au boulot, trois réunions par jour et un dossier à rendre vendredi. C'est rendu. Là, je suis dans le bain avec des bougies, le téléphone est dans l'autre pièce et je n'ai rien de prévu jusqu'à lundi.
+ en long n | Hellish week at work, three meetings a day and a report due on Friday. It's handed in. Right now I'm in the bath with candles, my phone is in the other room and I've got nothing planned until Monday.
en long l | The kitchen renovation took two months: dust everywhere, microwave dinners. Tonight is the first proper evening: a risotto I'm stirring without any rush, one candle, the window ajar onto the garden.
+ fr long l | Les travaux de la cuisine ont duré deux mois : de la poussière partout, des repas au micro-ondes. Ce soir, première vraie soirée : un risotto que je remue sans me presser, une bougie, la fenêtre entrouverte sur le jardin.
fr long l | Le dentiste, la banque, la mairie : j'ai tout fait ce matin. Cet après-midi, hamac au fond du jardin, le chat sur le ventre et le bruissement des feuilles. Mets une lumière douce, s'il te plaît.
+ en long l | Dentist, bank, town hall: I got it all done this morning. This afternoon it's the hammock at the bottom of the garden, the cat on my tummy and the rustle of the leaves. Soft lighting, please.
fr long l | Le petit a eu de la fièvre toute la semaine et j'ai dormi par tranches de deux heures. Il va mieux, il passe la journée chez sa tante. J'ai tiré les rideaux à moitié, mis la radio tout bas, et je lis sur le canapé sans regarder l'heure.
+ en long l | The little one had a fever all week and I slept in two-hour chunks. He's better now, spending the day at his aunt's. I've half-drawn the curtains, put the radio on low, and I'm reading on the sofa without looking at the clock.
en long l | Finished my last hospital shift of the week at seven this morning. Slept till noon, took a long slow walk along the canal, and now I'm on the sofa under a blanket with nothing left to do.
+ fr long l | J'ai fini ma dernière garde de la semaine à l'hôpital à sept heures ce matin. J'ai dormi jusqu'à midi, fait une longue balade tranquille le long du canal, et maintenant je suis sur le canapé sous un plaid, sans plus rien à faire.
fr long l | Ostéo ce matin, puis le hammam du quartier. Je suis ressortie les jambes en coton, je suis rentrée à pas lents par le parc, et là je bois un thé à la menthe, emmitouflée dans mon peignoir.
+ en long l | Osteopath this morning, then the local hammam. I came out with jelly legs, wandered slowly home through the park, and now I'm drinking mint tea, wrapped up in my bathrobe.
fr long n | J'étais tendue toute la journée, entre le rendez-vous à la préfecture et les bouchons. Maintenant, la soupe mijote, la radio passe une émission sur les jardins et il ne me reste plus qu'à glisser les pieds sous la couverture.
+ en long n | I was wound up all day, between the appointment at the prefecture and the traffic jams. Now the soup's simmering, the radio's on a gardening programme and all that's left is to tuck my feet under the blanket.
en long n | Moving day was chaos: a box of plates smashed, the lift broke down and the sofa wouldn't fit through the door. But it's all in now. We're sitting on the floor with the windows open, nobody's talking, and it's finally quiet.
+ fr long n | Le jour du déménagement, c'était le chaos : un carton d'assiettes cassé, l'ascenseur en panne et le canapé qui ne passait pas la porte. Mais tout est rentré maintenant. On est assis par terre, fenêtres ouvertes, personne ne parle, et c'est enfin calme.
fr long l | Le match d'hier était stressant, on a gagné de justesse aux tirs au but. Mais ça, c'était hier. Aujourd'hui, c'est pêche au bord de l'étang, thermos de café, et le bouchon qui ne bouge pas depuis une heure. Parfait.
+ en long l | Yesterday's match was stressful, we won on penalties by the skin of our teeth. But that was yesterday. Today it's fishing by the pond, a flask of coffee, and a float that hasn't moved in an hour. Perfect.
fr long l | Les invités sont partis, la vaisselle est faite, le lave-vaisselle ronronne. Je me suis servi une verveine, j'ai éteint le plafonnier et je regarde les guirlandes du balcon. Baisse les lumières, tout doucement.
+ en long l | The guests have gone, the washing-up's done, the dishwasher is humming. I've poured myself a verbena tea, switched off the ceiling light and I'm watching the fairy lights on the balcony. Bring the lights down, nice and slow.
en long n | Three hours of revision this morning and my brain was fried. I took the afternoon off: a swim in the lake, a nap on my towel, and now I'm stretched out in the shade with a cold drink, doing absolutely nothing.
+ fr long n | Trois heures de révisions ce matin, j'avais le cerveau en compote. J'ai pris l'après-midi : une baignade au lac, une sieste sur ma serviette, et là je suis allongé à l'ombre avec une boisson fraîche, à ne rien faire du tout.
fr long l | La neige a bloqué les routes, l'école est fermée et le bureau a dit « télétravail si possible ». Le feu crépite dans la cheminée, le chien ronfle devant, et j'ai décidé que ce serait une journée lente.
+ en long l | The snow has closed the roads, school's shut and the office said "work from home if you can". The fire's crackling, the dog is snoring in front of it, and I've decided today will be a slow day.
fr long l | Jour de congé en pleine semaine, pendant que tout le monde travaille. J'ai fait le marché à l'heure creuse, acheté des cerises, et je les mange au soleil sur un banc de la place, sans rien d'autre à faire.
+ en long l | A day off mid-week while everyone else is at work. I went to the market when it was quiet, bought some cherries, and I'm eating them in the sun on a bench in the square, with nothing else to do.
en long n | My sister gave me a spa voucher and I finally used it. Sauna, a massage, and now I'm lying by the pool in a robe far too big for me, sipping lemon water. My shoulders have dropped about five centimetres.
+ fr long n | Ma sœur m'avait offert un bon pour un spa, je l'ai enfin utilisé. Sauna, massage, et maintenant je suis allongée au bord de la piscine dans un peignoir bien trop grand, à siroter de l'eau citronnée. Mes épaules sont descendues de cinq bons centimètres.
fr long l | Dimanche soir, tout est prêt pour la semaine : les cartables, les repas, les vêtements. J'ai allumé une seule lampe, mis un peu de piano et je plie le linge tranquillement, sans me presser.
+ en long l | Sunday evening, everything's ready for the week: school bags, meals, clothes. I've switched on just one lamp, put on a bit of piano music and I'm folding the laundry quietly, taking my time.
fr long n | Le chantier dans la rue s'est enfin terminé hier. Ce matin, pour la première fois depuis des mois, je me suis réveillée avec le chant des oiseaux et j'ai bu mon café lentement, fenêtre ouverte, sans marteau-piqueur.
+ en long n | The roadworks in our street finally finished yesterday. This morning, for the first time in months, I woke up to birdsong and drank my coffee slowly with the window open, no pneumatic drill.
en long l | We'd argued about the holiday plans all week. In the end we just rented a cabin by a lake, no wifi. Now he's reading, I'm knitting, the stove is going and neither of us has said a word for an hour. It's lovely.
+ fr long l | On s'était disputés toute la semaine pour les vacances. Finalement, on a juste loué un chalet au bord d'un lac, sans wifi. Là, il lit, je tricote, le poêle ronfle et ça fait une heure qu'aucun de nous deux n'a dit un mot. C'est doux.
fr long n | Le bébé a enfin fait sa nuit : neuf heures d'affilée. Ce matin, j'ai pris une longue douche bien chaude, puis un café assise, oui, assise. On reste en pyjama toute la matinée, sans rien prévoir.
+ en long n | The baby finally slept through: nine hours straight. This morning I had a long hot shower, then a coffee sitting down, yes, sitting down. We're staying in our pyjamas all morning, no plans.
fr long n | Le mémoire est rendu, la note est tombée, c'est fini. Cet après-midi, j'ai rangé tous mes classeurs dans un carton, j'ai pris le vélo sans but, et me voilà assise sur le ponton du lac à regarder les canards, le téléphone au fond du sac.
+ en long n | The dissertation is in, the mark is out, it's over. This afternoon I packed all my folders into a box, got on my bike with no destination, and here I am sitting on the jetty watching the ducks, my phone at the bottom of my bag.
en long l | Three days at a trade fair, thousands of handshakes. The night train home is quiet, I've got a couchette to myself, the rocking is lulling me and I haven't even switched my phone on.
+ fr long l | Trois jours de salon professionnel, des milliers de poignées de main. Le train de nuit du retour est calme, j'ai une couchette pour moi tout seul, le roulis me berce et je n'ai même pas rallumé mon téléphone.

# negation: the neighbouring mood is ruled out, calm remains
fr negation l | Je ne boude pas, je ne suis pas triste : je suis juste bien, allongée sur le canapé, à écouter la pluie sans rien faire.
+ en negation l | I'm not sulking and I'm not sad: I'm just comfy, lying on the sofa, listening to the rain and doing nothing.
en negation l | I'm not bored, I promise. I'm just enjoying a slow Sunday with a cup of tea and no plans whatsoever.
+ fr negation l | Je ne m'ennuie pas, promis. Je profite juste d'un dimanche lent, avec une tasse de thé et aucun programme.
fr negation l | Ce n'est pas de la fatigue, c'est du calme : la maison est silencieuse, le thé est chaud et personne n'a besoin de moi ce soir.
+ en negation l | It's not tiredness, it's calm: the house is quiet, the tea is hot and nobody needs me tonight.
fr negation l | Non, je ne dors pas, je me repose les yeux fermés dans le transat, le soleil sur les jambes.
+ en negation l | No, I'm not asleep, I'm resting with my eyes closed in the deckchair, the sun on my legs.
en negation l | Not daydreaming, not thinking about anything at all really: just lying in a warm bath and letting the day melt off me.
+ fr negation l | Je ne rêvasse pas, je ne pense à rien du tout en fait : je suis juste allongé dans un bain chaud et je laisse la journée fondre.
fr negation n | Je ne suis plus stressé par le dossier : il est parti. Je respire, je m'étire, et je fais le tour du jardin en pantoufles.
+ en negation n | I'm not stressed about the file any more: it's gone. I'm breathing, stretching, and doing a lap of the garden in my slippers.
fr negation l | Pas de sortie ce soir, merci bien : soupe, une série tranquille, et au lit à vingt-deux heures avec une bouillotte.
+ en negation l | No going out tonight, thanks all the same: soup, a gentle series, and in bed by ten with a hot-water bottle.
en negation l | No, I'm not sulking in the car, I'm just enjoying ten quiet minutes in the car park before I go in to the kids.
+ fr negation l | Non, je ne fais pas la tête dans la voiture, je profite juste de dix minutes de calme sur le parking avant de rentrer retrouver les enfants.
fr negation l | Pas de réveil ce matin, pas de réunion, pas d'embouteillage : rien que le café qui coule et le chat qui s'étire au soleil.
+ en negation l | No alarm this morning, no meeting, no traffic jam: just the coffee dripping and the cat stretching in the sun.
fr negation n | Je ne m'ennuie pas en vacances, je me repose enfin : je lis au bord de la piscine et je ne regarde même plus l'heure.
+ en negation n | I'm not bored on holiday, I'm finally resting: reading by the pool and not even checking the time any more.
en negation l | I don't feel like chatting, but nothing's wrong: I've just come out of the hammam and I want to hold on to this calm a bit longer. Dim the lights, please.
+ fr negation l | Je n'ai pas envie de parler, mais tout va bien : je sors du hammam et je veux garder ce calme encore un peu. Tamise les lumières, s'il te plaît.
fr negation l | Le téléphone n'a pas sonné de la journée et je n'ai pas ouvert mes mails une seule fois. Juste le bruit des vagues et un livre.
+ en negation l | The phone hasn't rung all day and I haven't opened my emails once. Just the sound of the waves and a book.

# mixed: another feeling present, calm dominant
fr mixed l | Un peu courbaturé après le déménagement, mais surtout apaisé : tout est rangé et ce soir, je ne fais rien.
+ en mixed l | A bit stiff after the move, but mostly at peace: everything's put away and tonight I'm doing nothing.
en mixed l | A little sad the holiday's ending, but mostly just calm: last evening on the terrace, a warm breeze, the sea going quiet.
+ fr mixed l | Un peu triste que les vacances se terminent, mais surtout calme : dernière soirée sur la terrasse, une brise tiède, la mer qui s'apaise.
fr mixed n | Encore un peu énervé contre le garagiste, mais surtout détendu maintenant que je suis dans le bain avec de la musique douce.
+ en mixed n | Still a bit cross with the mechanic, but mostly relaxed now that I'm in the bath with some soft music on.
fr mixed l | Légèrement fatiguée par la garde, et pourtant sereine : le service est calme cette nuit et j'ai pu boire mon thé tranquillement.
+ en mixed l | A little tired from the night shift, and yet serene: the ward is quiet tonight and I've been able to drink my tea in peace.
en mixed l | Tired from the long drive, yes, but mostly relaxed: feet up, cup of tea, and the rain drumming on the caravan roof.
+ fr mixed l | Fatigué par la longue route, oui, mais surtout détendu : les pieds en l'air, une tasse de thé, et la pluie qui tambourine sur le toit de la caravane.
fr mixed l | Un peu de trac pour l'examen de lundi, mais là, surtout du calme : j'ai fini de réviser et je marche tranquillement au bord du lac.
+ en mixed l | A few nerves about Monday's exam, but right now mostly calm: I've finished revising and I'm strolling by the lake.
fr mixed l | Un soupçon de culpabilité de ne pas aller à la salle de sport, mais surtout une grande paix : couette, bouquin et tisane.
+ en mixed l | A hint of guilt about skipping the gym, but mostly deep peace: duvet, book and herbal tea.
en mixed l | Part of me is still buzzing from the concert, but mostly I'm winding down now: shower, one soft lamp, quiet music.
+ fr mixed l | Une partie de moi vibre encore du concert, mais surtout je redescends doucement : douche, une petite lampe, musique calme.
fr mixed l | Un peu seul sans les colocs ce week-end, mais surtout tranquille : l'appartement est silencieux et j'en profite pour une longue sieste.
+ en mixed l | A bit lonely without my flatmates this weekend, but mostly peaceful: the flat is silent and I'm making the most of it with a long nap.
fr mixed l | Petite pointe d'agacement d'avoir raté le bus, puis le calme : j'ai fait le trajet à pied le long de la rivière, sans me presser.
+ en mixed l | A little flash of annoyance at missing the bus, then calm: I walked the whole way along the river, taking my time.
en mixed l | A bit achy after the first gardening day of spring, but mostly serene, sitting on the back step with a lemonade watching the sprinkler.
+ fr mixed l | Un peu courbaturée après la première journée de jardinage du printemps, mais surtout sereine, assise sur la marche avec une limonade à regarder l'arroseur tourner.
fr mixed l | J'ai mal aux pieds après la journée au magasin, mais je suis surtout posée : bain de pieds chaud, lumière tamisée, rien d'autre au programme.
+ en mixed l | My feet hurt after a day at the shop, but mostly I'm settled: a hot foot bath, low lights, nothing else on the agenda.
fr mixed l | Un peu ronchon d'avoir dû annuler la sortie, mais finalement surtout reposé : grasse matinée, brunch en pyjama et un après-midi sans écran.
+ en mixed l | A bit grumpy about having to cancel the outing, but in the end mostly rested: a lie-in, brunch in pyjamas and an afternoon with no screens.
"""

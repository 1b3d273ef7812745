"""colere: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier / hurler
fr situation h | J'ai hurlé dans ma voiture : le camion m'a fait une queue de poisson, puis un doigt d'honneur.
+ en situation h | I screamed in my car: the lorry cut me up, then gave me the finger.
fr situation n | Ma cheffe m'a crié dessus devant les clients pour une erreur qu'elle avait faite elle-même.
+ en situation n | My manager yelled at me in front of the customers for a mistake she'd made herself.
en situation h | I yelled at the telly: the ref gave a penalty for a dive the whole stadium saw.
+ fr situation h | J'ai crié devant la télé : l'arbitre a sifflé penalty pour un plongeon que tout le stade a vu.
fr situation n | Les gamins du troisième hurlent dans l'escalier depuis 7 h, et leurs parents me claquent la porte au nez quand je sonne.
+ en situation n | The kids on the third floor have been shrieking in the stairwell since 7, and their parents shut the door in my face when I ring.

# reaction: pleurer / larmes
fr situation h | J'ai pleuré de rage dans les toilettes du bureau : il a encore présenté mon dossier comme le sien.
+ en situation h | I cried with rage in the office toilets: he passed off my file as his own, again.
en situation n | Tears of frustration: the council towed my car from a spot with no sign at all.
+ fr situation n | Des larmes de frustration : la mairie a fait enlever ma voiture d'une place sans aucun panneau.
fr situation h | Ces escrocs ont vendu à ma mère une cuisine à 9 000 euros jamais livrée, et elle pleure au téléphone. Ils vont m'entendre.
+ en situation h | Those crooks sold my mum a 9,000-euro kitchen that never arrived, and she's crying on the phone. They're going to hear from me.
fr situation n | Mon grand a encore cassé exprès le Lego du petit, qui pleure, et lui se marre. Là, je vais exploser.
+ en situation n | My eldest broke the little one's Lego on purpose again, the little one's in tears and he's laughing. I'm about to explode.

# reaction: trembler
fr situation h | Mes mains tremblent : le type du dessus a traité ma fille de sale gamine parce qu'elle jouait dans la cour.
+ en situation h | My hands are shaking: the guy upstairs called my daughter a filthy brat because she was playing in the courtyard.
en situation n | Still shaking: the garage charged me 400 euros for a repair they never even did.
+ fr situation n | J'en tremble encore : le garage m'a facturé 400 euros une réparation qu'ils n'ont même pas faite.
fr typo h | je tremble tellemnt, mon frere a effacé ma sauvegarde de 80h sur la switch pr mettre son jeu a lui, sans demander
+ en typo h | im shaking so bad, my brother deleted my 80h save on the switch to put his own game on, didnt even ask
fr situation n | Je tremblais en raccrochant : le conseiller m'a parlé comme à une idiote pendant vingt minutes avant de me raccrocher au nez.
+ en situation n | I was shaking when I put the phone down: the adviser talked to me like an idiot for twenty minutes and then hung up on me.

# reaction: le cœur qui bat
fr situation n | J'ai le cœur qui cogne : le mec m'a grillé la priorité et c'est LUI qui me klaxonne et m'insulte.
+ en situation n | My heart's pounding: the guy ran the give-way and HE is the one honking and swearing at me.
en situation n | Heart pounding, I reread the email: they gave my Saturday shifts to the new guy without even asking me.
+ fr situation n | Le cœur battant, je relis le mail : ils ont donné mes samedis au nouveau sans même me demander.
fr situation h | Le cœur qui s'emballe à chaque mail de ce client : six mois d'impayés et il me traite d'amateur.
+ en situation h | My heart races at every email from that client: six months of unpaid invoices and he calls me an amateur.

# reaction: les mains moites
fr situation h | Les mains moites de rage, je l'ai laissé finir : il venait d'insinuer que j'avais eu mon poste grâce à mon physique.
+ en situation h | Palms sweaty with rage, I let him finish: he'd just hinted I got my job because of my looks.
en situation n | Sweaty palms on the wheel: forty minutes behind a delivery van parked in the middle of the lane, driver nowhere to be seen.
+ fr situation n | Les mains moites sur le volant : quarante minutes derrière une camionnette garée au milieu de la voie, chauffeur introuvable.
fr situation n | Les mains moites au guichet : troisième fois qu'on me redemande le même justificatif de domicile. Mets du rouge, je bous.
+ en situation n | Clammy hands at the counter: third time they've asked me for the same proof of address. Put some red on, I'm boiling.

# reaction: sauter / bondir
fr situation h | J'ai bondi du canapé : le voisin venait de tailler MA haie, de mon côté, sans rien demander.
+ en situation h | I leapt off the sofa: the neighbour had just trimmed MY hedge, on my side, without asking.
fr situation n | J'ai sauté au plafond en voyant la facture d'eau : 900 euros, à cause d'un compteur qu'ils n'ont jamais relevé.
+ en situation n | I hit the roof when I saw the water bill: 900 euros, because of a meter they never bothered to read.
en situation h | I jumped out of my seat when the ref waved play on after that elbow in our striker's face.
+ fr situation h | J'ai bondi de mon siège quand l'arbitre a laissé jouer après ce coup de coude dans la figure de notre attaquant.
fr slang_emoji h | g bondi sur mon tel 😡 mon coloc a mangé MON gâteau d'anniv que je gardais pour ce soir et il a remis la boîte vide au frigo
+ en slang_emoji h | jumped on my phone 😡 my flatmate ate MY birthday cake i was saving for tonight and put the empty box back in the fridge

# reaction: courir
fr situation n | J'ai couru comme une folle pour attraper le bus, et le chauffeur m'a regardée dans les yeux avant de fermer les portes.
+ en situation n | I ran like mad to catch the bus, and the driver looked me in the eye before shutting the doors.
en situation n | Ran all the way to the station for the 8:12, only to find it cancelled without a word, for the third time this week.
+ fr situation n | J'ai couru jusqu'à la gare pour le 8 h 12, annulé sans la moindre annonce, pour la troisième fois cette semaine.
fr situation n | J'ai couru toute la semaine pour boucler son dossier, et le chef l'a laissé sur son bureau sans l'ouvrir.
+ en situation n | I ran around all week to finish his file, and the boss left it on his desk without opening it.

# reaction: rire / fou rire
fr situation h | Il a éclaté de rire quand j'ai demandé le remboursement, et il m'a raccroché au nez.
+ en situation h | He burst out laughing when I asked for a refund, then hung up on me.
en situation n | They laughed at my accent in the meeting, then asked me to redo the slides they'd messed up.
+ fr situation n | Ils ont ri de mon accent en réunion, puis m'ont demandé de refaire les diapos qu'ils avaient massacrées.
fr situation n | Le prof a lu la copie de mon fils devant toute la classe pour les faire rire. J'exige un rendez-vous demain.
+ en situation n | The teacher read my son's essay out to the whole class to get a laugh. I'm demanding a meeting tomorrow.
fr situation n | Fou rire général à la pause depuis que le chef a imité ma voix. Moi, ça ne me fait pas rire du tout.
+ en situation n | Everyone's been in fits of laughter at break since the boss did an impression of my voice. I'm not laughing at all.

# reaction: le souffle coupé
fr situation h | Le souffle coupé en voyant l'appart : les locataires sont partis sans payer et ont tout saccagé, jusqu'aux prises.
+ en situation h | It knocked the wind out of me when I saw the flat: the tenants left without paying and trashed everything, down to the sockets.
fr situation h | Ça m'a coupé le souffle : ma sœur a vendu la bague de maman dans notre dos et gardé l'argent.
+ en situation h | It took my breath away: my sister sold Mum's ring behind our backs and kept the money.
en situation n | Left me breathless: the landlord's putting the rent up 200 euros and the heating still doesn't work.
+ fr situation n | J'en ai eu le souffle coupé : le proprio augmente le loyer de 200 euros et le chauffage ne marche toujours pas.

# reaction: sans voix
fr situation n | Je suis restée sans voix : il a annulé notre week-end la veille, pour la troisième fois, pour aller au foot avec ses potes.
+ en situation n | I was speechless: he cancelled our weekend the day before, for the third time, to go to football with his mates.
en situation n | Speechless. The airline lost my suitcase and is offering a 20-euro voucher, valid only on their own flights.
+ fr situation n | Sans voix. La compagnie a perdu ma valise et me propose un bon de 20 euros, valable uniquement sur leurs vols.
fr situation h | Sans voix : le vigile a fouillé mon sac devant tout le monde à la sortie, et juste le mien.
+ en situation h | Speechless: the security guard searched my bag in front of everyone at the exit, and only mine.

# reaction: je n'en reviens pas
fr situation n | Je n'en reviens pas : le voisin a posé ses sacs-poubelle devant MA porte parce que la sienne « sentait ».
+ en situation n | I can't believe it: the neighbour put his bin bags outside MY door because his own "smelled".
en situation n | I can't believe it, my brother-in-law borrowed the car and brought it back with an empty tank and a dent in the door.
+ fr situation n | J'en reviens pas, mon beau-frère m'a emprunté la voiture et me l'a rendue réservoir vide avec une bosse sur la portière.
fr situation n | Je n'en reviens toujours pas : deux heures de queue à la préfecture pour qu'on me renvoie chez moi chercher une photocopie.
+ en situation n | I still can't get over it: two hours queueing at the prefecture to be sent home for a photocopy.

# reaction: pas dormi de la nuit
fr situation n | Pas dormi de la nuit : la fête d'à côté a duré jusqu'à 5 h, et ce matin ce sont eux qui se plaignent de ma tondeuse.
+ en situation n | Didn't sleep all night: the party next door went on till 5, and this morning they're complaining about my lawnmower.
en situation n | Didn't sleep a wink: the hotel put us next to the lift after we'd paid extra for a "quiet room".
+ fr situation n | Pas fermé l'œil : l'hôtel nous a mis à côté de l'ascenseur alors qu'on avait payé un supplément « chambre calme ».
fr situation h | J'ai passé la nuit à ruminer : elle m'a traitée de mauvaise mère devant toute la sortie d'école.
+ en situation h | I spent the whole night seething: she called me a bad mother in front of everyone at the school gate.

# reaction: les jambes en coton
fr situation n | Les jambes en coton après huit étages à pied, parce que le proprio n'a toujours pas fait réparer l'ascenseur, deux mois après.
+ en situation n | Legs like jelly after eight flights of stairs, because the landlord still hasn't had the lift fixed, two months on.
en situation n | Legs like cotton wool after a ten-hour shift, and the boss tells us the overtime won't be paid.
+ fr situation n | Les jambes en coton après dix heures de service, et le patron nous annonce que les heures sup ne seront pas payées.

# reaction: la gorge serrée
fr situation h | La gorge serrée de rage, j'ai écouté le juge confier le chien à mon ex, qui ne l'a jamais promené une seule fois.
+ en situation h | Throat tight with rage, I listened to the judge give the dog to my ex, who never walked him once.
en negation n | Lump in my throat, and it's not sadness: the school gave the solo to the head's daughter after my son rehearsed it for months.
+ fr negation n | La gorge serrée, et ce n'est pas de la tristesse : l'école a donné le solo à la fille du directeur, alors que mon fils répétait depuis des mois.
fr situation n | J'avais la gorge serrée pendant qu'il m'humiliait devant l'équipe, mais je ne lui ai pas fait le plaisir de craquer.
+ en situation n | My throat was tight while he humiliated me in front of the team, but I didn't give him the satisfaction of breaking down.

# reaction: le ventre noué
fr situation h | Le ventre noué en lisant le rapport : ils ont rejeté toute la faute sur mon équipe pour couvrir le directeur.
+ en situation h | Stomach in knots reading the report: they pinned all the blame on my team to cover for the director.
en situation n | Knot in my stomach every time he leaves his greasy pans "to soak" for three days. I'm done asking nicely.
+ fr situation n | Le ventre noué chaque fois qu'il laisse ses poêles grasses « tremper » trois jours. J'en ai fini de demander gentiment.
fr situation n | Ventre noué pendant tout le repas : mon beau-père a encore critiqué ma cuisine devant les enfants, plat par plat.
+ en situation n | Stomach knotted through the whole meal: my father-in-law criticised my cooking in front of the kids again, dish by dish.

# reaction: frissons / chair de poule
fr situation n | Des frissons de dégoût : le resto a servi des noix à ma fille allergique après qu'on l'avait dit trois fois. Heureusement, elle n'y a pas touché.
+ en situation n | Shivers of disgust: the restaurant served nuts to my allergic daughter after we'd told them three times. Luckily she didn't touch them.
en situation h | Goosebumps of pure fury: the company that dumped oil in our river got a fine smaller than my rent.
+ fr situation h | La chair de poule tellement ça m'enrage : l'usine qui a déversé du fioul dans notre rivière a pris une amende plus petite que mon loyer.
fr situation n | Des frissons partout en entendant le maire promettre un parc aux enfants, alors qu'il vient de signer pour un parking. Quel culot.
+ en situation n | Shivers all over hearing the mayor promise the kids a park when he's just signed off on a car park. The nerve.

# reaction: serrer les poings
fr situation n | J'ai serré les poings sous la table pendant qu'il racontait MON idée au client comme si c'était la sienne.
+ en situation n | I clenched my fists under the table while he pitched MY idea to the client as if it were his.
en situation n | Fists clenched, I watched a guy swerve into the parking space I'd been waiting for with my indicator on.
+ fr situation n | Les poings serrés, j'ai regardé un type me piquer la place que j'attendais, clignotant allumé.

# reaction: claquer la porte
fr situation h | J'ai claqué la porte de la réunion : quatrième fois qu'on repousse l'augmentation qu'on m'avait promise.
+ en situation h | I slammed the door on the meeting: fourth time they've pushed back the raise they promised me.
en situation n | Slammed the door on the salesman: he wouldn't leave until I signed, even after I'd said no five times.
+ fr situation n | J'ai claqué la porte au nez du démarcheur : il refusait de partir sans signature, après cinq refus.

# reaction: rougir
fr situation n | J'ai rougi jusqu'aux oreilles, mais de colère : il a corrigé mon orthographe devant tout le monde, en se trompant lui-même.
+ en situation n | I went red to the ears, but with anger: he corrected my spelling in front of everyone, and got it wrong himself.
en situation h | My face went bright red when the cashier accused me of stealing the bag I'd brought from home.
+ fr situation h | Je suis devenu tout rouge quand la caissière m'a accusé de voler le sac que j'avais apporté de chez moi.

# reaction: silence
fr situation n | Silence glacial dans la voiture : il a encore oublié de réserver le resto pour l'anniversaire de ma mère.
+ en situation n | Icy silence in the car: he forgot to book the restaurant for my mum's birthday, again.
en situation n | Total silence at dinner: our son got suspended last week and lied to us about it every single day.
+ fr situation n | Silence total au dîner : notre fils a été exclu la semaine dernière et nous a menti tous les jours.
fr situation n | Le silence, c'est tout ce que j'obtiens : quatorze mails au service client et pas une seule réponse. Lumière adaptée, s'il te plaît.
+ en situation n | Silence, that's all I get: fourteen emails to customer service and not a single reply. Set the lights to match, please.

# reaction: immobile
fr situation n | Immobile sur le trottoir, j'ai regardé la dépanneuse embarquer ma voiture, garée sur une place parfaitement légale.
+ en situation n | Frozen on the pavement, I watched the tow truck haul off my car, parked in a perfectly legal spot.
en situation n | I stood there frozen while the builders dumped their rubble in my front garden, and one of them waved at me.
+ fr situation n | Je suis resté figé pendant que les ouvriers déversaient leurs gravats dans mon jardin, et l'un d'eux m'a fait coucou.

# reaction: fixer le plafond
fr situation n | Je fixe le plafond depuis une heure en repensant à la façon dont il m'a parlé devant le client. Quel culot.
+ en situation n | I've been staring at the ceiling for an hour, replaying how he spoke to me in front of the client. The cheek of it.
en situation n | Staring at the ceiling at 2 a.m. because the neighbour's bass is thumping through it, again.
+ fr situation n | Les yeux au plafond à 2 h du matin parce que les basses du voisin traversent encore tout l'immeuble.
fr situation n | Allongée à fixer le plafond qui goutte, et le syndic me répond que « ce n'est pas urgent ».
+ en situation n | Lying there staring at the ceiling dripping, and the building manager tells me it's "not urgent".

# reaction: soupirer
fr situation n | Elle soupire chaque fois que je pose une question en réunion, et le chef laisse faire. Ras-le-bol.
+ en situation n | She sighs every time I ask a question in meetings, and the boss lets her. I'm fed up.
en situation n | The bank clerk sighed, rolled her eyes and told me to "just go online" for the fifth time.
+ fr situation n | La conseillère a soupiré, levé les yeux au ciel et m'a dit « faites-le en ligne » pour la cinquième fois.
fr situation n | J'ai soupiré si fort que toute la file s'est retournée : le guichet ferme à 11 h 30 au lieu de midi, sans prévenir.
+ en situation n | I sighed so loudly the whole queue turned round: the counter shuts at 11:30 instead of noon, no warning.

# reaction: sourire
fr situation n | Il m'a souri en me doublant dans la file, comme si de rien n'était. J'ai failli exploser.
+ en situation n | He smiled at me as he pushed in front of me in the queue, like nothing happened. I nearly exploded.
en situation n | She smiled sweetly and told me my complaint had been "lost", just like the last two.
+ fr situation n | Elle m'a souri gentiment en m'annonçant que ma réclamation avait été « égarée », comme les deux précédentes.
fr situation n | Le vendeur sourit en m'expliquant que la garantie ne couvre pas l'écran qu'ils ont eux-mêmes posé de travers.
+ en situation n | The salesman smiles as he explains the warranty doesn't cover the screen they fitted crooked themselves.

# reaction: enfin
fr situation n | Enfin une réponse de l'assurance après trois mois : refus, pour un formulaire « mal rempli » qu'ils m'avaient envoyé eux-mêmes.
+ en situation n | Finally an answer from the insurer after three months: rejected, over a "badly filled-in" form they'd sent me themselves.
en situation h | Finally got through to the council after 47 minutes on hold, and they hung up on me.
+ fr situation h | Enfin quelqu'un à la mairie après 47 minutes d'attente, et on me raccroche au nez.
fr situation n | Ils ont enfin réparé le chauffage... en juin, après un hiver entier à 14 degrés. Mets quelque chose de rageux.
+ en situation n | They finally fixed the heating... in June, after a whole winter at 14 degrees. Put on something angry.

# reaction: encore
fr situation n | Encore une amende sous l'essuie-glace alors que j'avais payé le stationnement, ticket bien en vue.
+ en situation n | Another parking fine under the wiper when I'd paid for parking, ticket in plain sight.
en situation n | Again. My colleague "borrowed" my stapler, then my charger, and now my lunch from the fridge.
+ fr situation n | Encore. Mon collègue m'a « emprunté » mon agrafeuse, puis mon chargeur, et maintenant mon déjeuner dans le frigo.
fr slang_emoji n | encore ce livreur qui laisse un avis de passage alors que j'étais LÀ 🤬 il a même pas sonné
+ en slang_emoji n | that delivery guy left a "sorry we missed you" card AGAIN while i was RIGHT HERE 🤬 didn't even ring

# reaction: toujours
fr situation n | C'est toujours moi qui vide le lave-vaisselle, et toujours moi qu'on accuse d'être de mauvais poil.
+ en situation n | It's always me emptying the dishwasher, and always me who gets called grumpy.
en situation n | Always the same: I do the work, and he gets thanked in the team email.
+ fr situation n | Toujours pareil : je fais le boulot, et c'est lui qu'on remercie dans le mail à l'équipe.
fr situation n | Toujours pas remboursée du vol annulé, huit mois après, mais ils continuent de m'envoyer leurs promos.
+ en situation n | Still no refund for the cancelled flight eight months on, but they keep sending me their special offers.

# reaction: jamais
fr situation n | Jamais un merci : trente ans que je fais le réveillon pour toute la famille, et cette année ils ont critiqué la dinde.
+ en situation n | Never a thank-you: thirty years I've cooked Christmas Eve for the whole family, and this year they criticised the turkey.
en situation n | He never listens: I told him five times the cat can't eat that food, and he came home with ten tins of it.
+ fr situation n | Il n'écoute jamais : je lui ai dit cinq fois que le chat ne supporte pas ces pâtées, et il en rapporte dix boîtes.
fr situation h | Jamais vu un arbitre pareil : trois cartons pour nous, zéro pour eux, qui ont mis des coups tout le match.
+ en situation h | Never seen a ref like it: three cards for us, none for them, and they were kicking us the whole game.

# reaction: d'un coup / tout à coup
fr situation n | D'un coup, le type s'est mis à m'insulter parce que je roulais à 30 devant l'école.
+ en situation n | Out of nowhere the guy started swearing at me because I was doing 30 outside the school.
en situation n | Out of the blue my flatmate announced his girlfriend is moving in, rent-free, and I'm supposed to be fine with it.
+ fr situation n | Tout à coup, mon coloc annonce que sa copine s'installe chez nous, sans payer de loyer, et je suis censé trouver ça normal.
fr situation n | Tout à coup, plus de connexion, en plein entretien d'embauche, quatrième coupure du mois, et l'opérateur jure que tout va bien.
+ en situation n | Suddenly the connection dropped, in the middle of a job interview, fourth outage this month, and the provider swears everything's fine.

# reaction: incroyable
fr situation n | Incroyable : ils ont supprimé le bus de 7 h, le seul qui me permet d'arriver à l'heure à l'usine.
+ en situation n | Unbelievable: they've scrapped the 7 a.m. bus, the only one that gets me to the factory on time.
en situation n | Unbelievable. They charged my card twice for the concert tickets, then blamed my bank.
+ fr situation n | Incroyable. Ils ont débité deux fois ma carte pour les places de concert, puis ils accusent ma banque.

# reaction: fou / dingue
fr situation n | Ça me rend folle : il sème ses chaussettes sales partout et c'est moi qu'il traite de maniaque.
+ en situation n | It drives me mad: he leaves dirty socks everywhere and I'm the one he calls a neat freak.
en situation n | It's insane: the school cancelled the trip the night before and won't refund the 180 euros.
+ fr situation n | C'est dingue : l'école annule le voyage la veille et refuse de rembourser les 180 euros.
fr slang_emoji h | c dingue ptn, un mec m'a piqué ma place au parking de l'hosto avec un grand sourire 😤
+ en slang_emoji h | crazy ffs, some guy stole my spot in the hospital car park with a big grin 😤

# reaction: énorme
fr situation n | Énorme rayure sur toute la portière, et sous l'essuie-glace un petit mot qui dit juste « désolé ». Pas de nom, pas de numéro.
+ en situation n | A huge scratch down the whole door, and under the wiper a note that just says "sorry". No name, no number.
en situation n | A huge pothole burst my tyre, and the council says it's been "on the list" since last year.
+ fr situation n | Un énorme nid-de-poule a crevé mon pneu, et la mairie dit qu'il est « sur la liste » depuis l'an dernier.

# reaction: trop / grave
fr slang_emoji n | grave saoulée, ma sœur a encore pris ma veste sans demander et me l'a rendue tachée 🙄
+ en slang_emoji n | so pissed off, my sister took my jacket without asking again and gave it back stained 🙄
fr situation n | Trop, c'est trop : quatrième réunion annulée à la dernière minute, alors que je me suis levée à 5 h pour venir.
+ en situation n | Enough is enough: fourth meeting cancelled at the last minute, and I got up at 5 to be here.
en slang_emoji n | so done with my flatmate tbh, he ate my leftovers AGAIN and left me the empty box 🤬
+ fr slang_emoji n | trop saoulé par mon coloc, il a ENCORE mangé mes restes et m'a laissé la boîte vide 🤬

# reaction: mort de
fr situation n | Mort de fatigue après la garde, et on me rappelle demain parce que le collègue a « oublié » son planning.
+ en situation n | Dead tired after the night shift, and they're calling me back tomorrow because a colleague "forgot" his rota.
en situation n | Dying of hunger after a double shift, and someone has eaten the lunch I'd labelled with my name.
+ fr situation n | Mort de faim après deux services d'affilée, et quelqu'un a mangé le repas sur lequel j'avais mis mon nom.
fr situation h | « Mort de rire », il écrit ? Il a publié la vidéo de mon fils qui tombe, avec trois cents commentaires moqueurs.
+ en situation h | "Dying of laughter", he writes? He posted the video of my son falling over, with three hundred mocking comments.

# wish
fr wish h c=red;orange b=bright | Il a encore rayé ma voiture avec son vélo et il nie, je bous. Rouge et orange à fond.
+ en wish h c=red;orange b=bright | He's scratched my car with his bike again and denies it, I'm boiling. Red and orange, full blast.
en wish n c=red b=dim | Shaking after that call with the landlord, he's keeping my whole deposit for a nail hole. Dark red, low lights.
+ fr wish n c=red b=dim | Je tremble encore après l'appel du proprio, il garde toute ma caution pour un trou de clou. Rouge sombre, lumière basse.
"""

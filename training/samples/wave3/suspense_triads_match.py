"""suspense: third wave, triads with colere and victoire (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Finale de Mölkky au camping : il me faut pile la 12 pour arriver à 50, et elle est cachée derrière trois autres quilles.
+ en situation h | Mölkky final at the campsite: I need exactly the 12 to reach fifty, and it's hiding behind three other pins.
# triad 02
fr situation h | Tournoi de babyfoot du bar, 9 partout, la balle est bloquée sous mon demi et plus personne n'ose respirer.
+ en situation h | Bar table football tournament, nine all, the ball is pinned under my midfielder and nobody dares breathe.
# triad 03
en situation n | Pokémon card tournament at the local shop: last game, I need one more prize card, and I'm about to draw.
+ fr situation n | Tournoi de cartes Pokémon à la boutique : dernière partie, il me manque une carte récompense, et je vais piocher.
# triad 04
fr slang_emoji h | match de promo en classé, 1 manche partout, la dernière décide si je passe diamant 😬🎮 jpp
+ en slang_emoji h | ranked promo match, one round each, the last one decides if I hit diamond 😬🎮 can't take it
# triad 05
fr situation h | Escrime, 14 partout : on part ensemble, les deux lampes s'allument, et l'arbitre réfléchit, la main levée.
+ en situation h | Fencing, fourteen all: we lunge at the same moment, both lights go on, and the referee is thinking it over, hand raised.
# triad 06
en situation h | Third deadlift attempt at my first powerlifting meet: the bar is locked out, and I'm waiting for the judges' three lights.
+ fr situation h | Troisième essai au soulevé de terre, premier meeting de force athlétique : la barre est verrouillée, j'attends les trois lumières des juges.
# triad 07
fr situation n | Cross du collège : je suis dixième, les dix premiers vont au départemental, et j'entends le onzième souffler dans mon dos.
+ en situation n | School cross-country: I'm tenth, the top ten go to the county race, and I can hear number eleven breathing down my neck.
# triad 08
en situation n | Sunday bike race: three of us sprinted for the line, and everyone's crowding round the organisers' van for the photo finish.
+ fr situation n | Course cycliste du dimanche : on a sprinté à trois pour la ligne, et tout le monde se presse autour du camion de l'organisation pour la photo-finish.
# triad 09
fr situation h | Tournoi de basket 3x3 sur le playground : 20 partout, premier à 21, et j'ai le ballon en haut de la raquette.
+ en situation h | 3x3 basketball tournament on the playground: twenty all, first to twenty-one, and I've got the ball at the top of the key.
# triad 10
fr situation n | Élections du CSE : on dépouille dans la salle de réunion, et notre liste est à deux voix du deuxième siège.
+ en situation n | Works council election: they're counting in the meeting room, and our list is two votes short of a second seat.
# triad 11
en situation n | Football club AGM: they're counting the raised hands for president, and it's neck and neck between the treasurer and me.
+ fr situation n | AG du club de foot : on compte les mains levées pour la présidence, et c'est serré entre le trésorier et moi.
# triad 12
fr situation n | Dépouillement des élections de parents d'élèves à la bibliothèque de l'école : les deux listes sont à égalité, reste l'urne du vote par correspondance.
+ en situation n | Counting the parent rep election in the school library: the two lists are tied, with the postal vote box still to open.
# triad 13
fr situation n | Consultation sur le parc éolien : le maire déplie la feuille des résultats dans la salle des fêtes, et tout le village se tait.
+ en situation n | Wind farm referendum: the mayor unfolds the results sheet in the village hall, and the whole village goes quiet.
# triad 14
en situation n | Party members are voting tonight on who runs for parliament in our constituency, and I'm one of the two names on the ballot.
+ fr situation n | Les militants votent ce soir pour désigner le candidat aux législatives dans la circonscription, et je suis l'un des deux noms sur le bulletin.
# triad 15
fr mixed h | Épuisés par les visites, mais surtout suspendus au téléphone : quarante dossiers pour le deux-pièces, et l'agence appelle l'heureux élu avant midi. Il est 11 h 52.
+ en mixed h | Worn out from viewings, but mostly hanging on the phone: forty applications for the flat, and the agency calls the lucky one before noon. It's 11:52.
# triad 16
fr situation n | La commission d'attribution des logements sociaux se réunit ce matin, on est classés premiers pour le T3, et j'attends l'appel de la mairie.
+ en situation n | The social housing committee meets this morning, we're ranked first for the three-room flat, and I'm waiting for the council to call.
# triad 17
en situation n | The local festival announces its line-up tonight at eight, and our band made it through the last round of selection.
+ fr situation n | Le festival du coin annonce sa programmation ce soir à 20 h, et notre groupe a passé la dernière sélection.
# triad 18
fr situation n | L'entraîneur va lire la liste des sélectionnées pour l'équipe départementale de basket, et on est douze alignées sur la ligne de fond.
+ en situation n | The coach is about to read out the county basketball squad, and twelve of us are lined up along the baseline.
# triad 19
fr situation n | Au souk de Marrakech, le marchand a écrit son dernier prix pour le tapis sur un carnet, et il le retourne vers moi très lentement.
+ en situation n | In the Marrakech souk, the merchant has written his final price for the rug in a notebook, and he's turning it towards me very slowly.
# triad 20
en situation h | Third day of the strike: our reps have been shut in with management for six hours, and we're all waiting at the factory gate.
+ fr situation h | Troisième jour de grève : nos délégués sont enfermés avec la direction depuis six heures, et on attend tous devant le portail de l'usine.
# triad 21
fr typo n | jai envoyé mon devis a 600 euros la journée au gros client, il doit me rapeller a 15h avec sa reponse et il est 14h58
+ en typo n | sent the big client my quote at 600 euros a day, hes calling back at 3pm with his answer and its 2:58
# triad 22
en situation n | Our landlady is rereading our request for a rent cut at her kitchen table; we're sitting across from her, and she takes off her glasses.
+ fr situation n | La proprio relit notre demande de baisse de loyer à la table de sa cuisine, on est assis en face d'elle, et elle enlève ses lunettes.
# triad 23
fr situation h | Chez le notaire, les repreneurs de ma boulangerie relisent l'offre finale, stylo en l'air, et je fixe l'horloge au-dessus de la porte.
+ en situation h | At the notary's, the buyers of my bakery are rereading the final offer, pen hovering, and I'm staring at the clock above the door.
# triad 24
en situation h | The police officer exam results go online at noon, and I'm sitting in my car outside the station with my thumb on refresh.
+ fr situation h | Les résultats du concours de gardien de la paix sont en ligne à midi, et je suis dans ma voiture devant le commissariat, le pouce sur « actualiser ».
# triad 25
fr situation n | Les résultats des mutations tombent à 14 h : Brest ou Quimper à la rentrée, et toute la salle des profs guette mon écran.
+ en situation n | Teacher transfer results come out at 2 pm: Brest or Quimper in September, and the whole staffroom is watching my screen.
# triad 26
fr situation n | La fondation annonce les lauréats de la bourse à 17 h, j'ai passé l'oral, et toute la famille est devant l'ordinateur du salon.
+ en situation n | The foundation announces the scholarship winners at 5 pm, I got through the interview, and the whole family is round the living-room computer.
# triad 27
en situation n | The incubator posts its ten chosen start-ups at 6 pm, and our whole team is huddled round one laptop in the co-working space.
+ fr situation n | L'incubateur publie ses dix start-up retenues à 18 h, et toute notre équipe est serrée autour d'un seul portable au coworking.
# triad 28
fr situation n | Le chef pâtissier goûte mon entremets d'essai en silence, et il doit me dire avant ce soir s'il me prend en apprentissage.
+ en situation n | The head pastry chef is tasting my trial dessert in silence, and he has to tell me by tonight whether he'll take me on as an apprentice.
# triad 29
fr situation n | Épreuve pratique du CACES : je pose la dernière palette au troisième niveau du rack, et le formateur coche sa grille sans un mot.
+ en situation n | Forklift licence practical: I set the last pallet on the third level of the rack, and the instructor ticks his sheet without a word.
# triad 30
en situation h | Rap battle at the community centre: our three rounds are done, and the crowd has to shout to pick the winner.
+ fr situation h | Battle de rap au centre social : nos trois rounds sont finis, et c'est au public de crier pour désigner le gagnant.
# triad 31
fr situation n | Concours des miels du département : mon pot numéro 14 est sur la table du jury, et la présidente y plonge sa cuillère.
+ en situation n | County honey competition: my jar, number fourteen, is on the judges' table, and the head judge is dipping her spoon in.
# triad 32
en situation h | Sheep-shearing championship: my last ewe is almost done, the clock shows barely two minutes, and the judge leans over the fleece.
+ fr situation h | Championnat de tonte de moutons : ma dernière brebis est presque tondue, le chrono affiche à peine deux minutes, et le juge se penche sur la toison.
# triad 33
fr situation n | Festival de BD : le prix jeunes talents est annoncé sur la grande scène, et ma planche fait partie des cinq finalistes.
+ en situation n | Comics festival: the young talent award is being announced on the main stage, and my page is one of the five finalists.
# triad 34
en situation n | School spelling bee final: two kids left on stage, and my son has just been asked to spell "rhythm".
+ fr situation n | Finale du concours d'épellation en anglais à l'école : il reste deux enfants sur scène, et on demande à mon fils d'épeler « rhythm ».
# triad 35
fr situation h | Concours de cuisine du lycée hôtelier : plus que trois minutes, je dresse mon assiette, et le chef du jury s'arrête juste derrière moi.
+ en situation h | Catering school cooking contest: three minutes left, I'm plating up, and the head judge stops right behind me.
# triad 36
en situation n | Cat show: the judge lifts my Maine Coon into the light, runs a hand down his back, and reaches for the rosettes.
+ fr situation n | Exposition féline : la juge soulève mon maine coon dans la lumière, lui passe la main sur le dos, et tend le bras vers les rosettes.
# triad 37
fr situation h | Tournoi de Smash au bar à jeux : il nous reste une vie chacun, le moindre coup suffit, et toute la salle s'est tue.
+ en situation h | Smash tournament at the games bar: one life left each, a single hit will do it, and the whole room has gone quiet.
# triad 38
en situation n | Online vote for the region's best campsite: it closes in an hour, and we're thirty votes ahead.
+ fr situation n | Vote en ligne pour le meilleur camping de la région : clôture dans une heure, et on a trente voix d'avance.
# triad 39
fr mixed h | Pas fier de hurler dans un bar, mais complètement suspendu : Six Nations, dernière minute, l'arbitre vidéo regarde l'essai au ralenti.
+ en mixed h | Not proud of yelling in a pub, but completely on the edge: Six Nations, last minute, the video ref is watching the try in slow motion.
# triad 40
fr situation n | Le conseiller de la banque revient avec sa proposition de renégociation de notre prêt, et il pose la feuille face cachée sur le bureau.
+ en situation n | The bank adviser comes back with his offer to renegotiate our mortgage, and lays the sheet face down on the desk.
# triad 41
en situation n | The buyer from Leboncoin is turning my old guitar over in every direction in my hallway; he's about to make an offer.
+ fr situation n | L'acheteur trouvé sur Leboncoin tourne ma vieille guitare dans tous les sens dans mon entrée, il va me faire une offre.
# triad 42
fr situation n | Loup-garou entre amis : le village vote, il reste deux suspects au milieu du cercle, et le meneur compte lentement les mains levées.
+ en situation n | Werewolf with friends: the village is voting, two suspects are left in the middle of the circle, and the narrator slowly counts the raised hands.
# triad 43
en situation h | Kayak slalom: last upstream gate, the current keeps pushing me back, and the timekeeper on the bank has his eyes on the clock.
+ fr situation h | Slalom en kayak : dernière porte à remonter, le courant me repousse, et le chronométreur sur la berge a les yeux rivés sur son chrono.
# triad 44
fr situation h | Finale d'ultimate sur la plage, point décisif : le disque plane au-dessus de la zone d'en-but, et trois bras se tendent.
+ en situation h | Beach ultimate final, game point: the disc is floating over the end zone, and three arms reach up for it.
# triad 45
en slang_emoji n | geoguessr duel vs my bro, last round, random dirt road, pin hovering between chile and argentina 😬🌎
+ fr slang_emoji n | duel geoguessr contre mon frère, dernière manche, une route en terre au pif, mon épingle hésite entre le chili et l'argentine 😬🌎
# triad 46
fr situation h | Course en ligne sur Gran Turismo : dernier tour, j'ai deux dixièmes d'avance, et le pilote derrière colle à mon aileron.
+ en situation h | Online race on Gran Turismo: last lap, I'm two tenths ahead, and the driver behind is glued to my rear wing.
# triad 47
fr situation n | Jungle Speed chez ma cousine : deux cartes identiques tombent, tout le monde fixe le totem, les mains en l'air.
+ en situation n | Jungle Speed at my cousin's: two matching cards drop, everyone stares at the totem, hands in the air.
# triad 48
en situation n | Pictionary, tied, last card: my husband is drawing something with four legs, the sand is running out, and I've got nothing.
+ fr situation n | Pictionary, égalité, dernière carte : mon mari dessine un truc à quatre pattes, le sablier se vide, et je ne trouve rien.
# triad 49
fr situation n | Foire aux bestiaux : le marchand fait le tour de mes six broutards, il a dit son prix, j'ai dit le mien, et on attend de voir qui tapera dans la main.
+ en situation n | Livestock fair: the dealer walks round my six weaned calves; he's named his price, I've named mine, and we're waiting to see who shakes first.
# triad 50
fr situation h | Rendez-vous pour ma rupture conventionnelle : j'ai donné mon chiffre, la DRH est sortie appeler la direction, et la porte se rouvre.
+ en situation h | Meeting about my negotiated exit: I've named my figure, HR stepped out to call management, and the door is opening again.
# triad 51
en situation n | The publisher is reading my counter-offer on royalties over lunch, and my agent says the answer will come before dessert.
+ fr situation n | L'éditeur lit ma contre-proposition sur les droits d'auteur pendant le déjeuner, et mon agent dit que la réponse arrivera avant le dessert.
# triad 52
fr situation n | La commission du marché de Noël annonce ce soir les exposants retenus, et c'est entre mes céramiques et celles d'une autre potière. Une ambiance pour patienter, s'il te plaît.
+ en situation n | The Christmas market committee announces its chosen stallholders tonight, and it's between my ceramics and another potter's. Something to set the mood while I wait, please.
# triad 53
en situation n | The team votes for captain before the season starts, and the coach is unfolding the slips one by one in the changing room.
+ fr situation n | L'équipe vote pour le capitaine avant le début de la saison, et le coach déplie les papiers un par un dans le vestiaire.
# triad 54
fr situation n | Premier conseil municipal : on vote à bulletin secret pour élire le maire, et le doyen commence à lire les noms à voix haute.
+ en situation n | First council meeting: we're voting by secret ballot to elect the mayor, and the eldest councillor starts reading the names out loud.
# triad 55
fr situation n | Élection des représentants des locataires : on dépouille dans le local à vélos, et ma voisine et moi sommes à une voix d'écart.
+ en situation n | Tenant rep election: the count is happening in the bike shed, and my neighbour and I are one vote apart.
# triad 56
en situation h | Timber sports at the agricultural show: the chainsaw goes through the log, and the two discs drop at almost the same instant.
+ fr situation h | Concours de bûcheronnage à la foire agricole : la tronçonneuse traverse la bille, et les deux rondelles tombent presque au même instant.
# triad 57
fr typo n | les reponses de mon master tombent a minuit et on est toute la promo en visio a compter les secondes
+ en typo n | masters admisions answers drop at midnight and the whole class is on a video call counting the seconds
# triad 58
en situation n | The artists' residency in Brittany picks its four painters this evening, and my portfolio made the final shortlist.
+ fr situation n | La résidence d'artistes en Bretagne choisit ses quatre peintres ce soir, et mon portfolio est dans la dernière sélection.
# triad 59
fr situation n | Négociation annuelle avec la centrale d'achat : l'acheteur relit ma grille de prix pour nos yaourts, et il n'a toujours pas levé les yeux.
+ en situation n | Annual negotiation with the supermarket buying office: the buyer is rereading my price list for our yoghurts and still hasn't looked up.
# triad 60
en situation h | Taekwondo, golden point: one kick to the chest protector wins it, and we're circling each other under the referee's outstretched arm.
+ fr situation h | Taekwondo, point en or : un seul coup sur le plastron suffit, et on se tourne autour sous le bras tendu de l'arbitre.
# triad 61
fr situation h | Saut en longueur, dernier essai : je me suis posé au fond du sable, et le juge regarde la planche avant de lever son drapeau.
+ en situation h | Long jump, last attempt: I landed at the far end of the pit, and the judge is checking the board before raising his flag.
# triad 62
fr situation n | Course de voitures radiocommandées au gymnase : dernier tour, ma voiture et celle d'un gamin de douze ans sont pare-chocs contre pare-chocs.
+ en situation n | Remote-control car race in the gym: last lap, my car and a twelve-year-old's are bumper to bumper.
# triad 63
en situation h | Rowing regatta: our eight and the Nantes crew are level with two hundred metres to go, and the whole bank is screaming.
+ fr situation h | Régate d'aviron : notre huit et l'équipage de Nantes sont à égalité à deux cents mètres de l'arrivée, et toute la berge hurle.
# triad 64
fr situation n | Concours de sculpture sur glace : mon cygne est fini, la lame encore à la main, et le jury arrive au stand juste à côté du mien.
+ en situation n | Ice sculpture contest: my swan is finished, blade still in hand, and the judges have reached the stall right next to mine.
# triad 65
en situation n | Tattoo convention: the judges are examining the back piece I did in three sessions, and my client doesn't dare move on stage.
+ fr situation n | Convention de tatouage : les juges examinent le dos que j'ai tatoué en trois séances, et mon client n'ose plus bouger sur la scène.
# triad 66
fr situation h | Championnat des bagadoù à Lorient : le speaker va annoncer le classement, et nos trente sonneurs n'osent plus bouger dans la tribune.
+ en situation h | Breton pipe band championship in Lorient: the announcer is about to read the rankings, and our thirty players daren't move in the stand.
# triad 67
en situation h | Diving competition: I've just surfaced after my last dive, and the five judges are about to hold up their scores.
+ fr situation h | Compétition de plongeon : je remonte à la surface après mon dernier plongeon, et les cinq juges vont lever leurs notes.
# triad 68
fr situation h | Concours de ball-trap, barrage : il me reste un tir, le lanceur claque, et le plateau orange file vers la gauche.
+ en situation h | Clay shoot, shoot-off: one shot left, the trap clacks, and the orange clay flies off to the left.
# triad 69
en situation n | The garage owner is reading our sponsorship file for the youth team, and he's just asked how big his logo would be on the shirts.
+ fr situation n | Le garagiste lit notre dossier de sponsoring pour l'équipe des jeunes, et il vient de demander la taille de son logo sur les maillots.
# triad 70
fr situation n | Olympiades des métiers, épreuve de carrelage : le jury passe la règle sur mes joints, et je n'ose plus poser la truelle.
+ en situation n | Skills competition, tiling event: the judges run a straightedge over my joints, and I don't dare put the trowel down.
# triad 71
fr situation n | Championnat de pizza : le juge coupe ma margherita et soulève la part pour voir si la pointe retombe.
+ en situation n | Pizza championship: the judge cuts into my margherita and lifts the slice to see whether the tip droops.
# triad 72
fr situation h | Motocross, dernier tour : on arrive côte à côte sur la grande bosse, et le drapeau à damier est juste derrière.
+ en situation h | Motocross, last lap: we hit the big jump side by side, and the chequered flag is just beyond it.
# triad 73
fr situation h | Vente à la bougie chez le notaire : la dernière mèche grésille, et personne n'a surenchéri depuis mon offre.
+ en situation h | Candle auction at the notary's: the last wick is sputtering, and nobody has bid since my offer.
# triad 74
fr situation h | Tournoi de Tetris rétro : la pile touche presque le haut de l'écran, et j'attends la barre droite pour faire un Tetris.
+ en situation h | Retro Tetris tournament: the stack is almost at the top of the screen, and I'm waiting for the straight piece to clear four lines.
# triad 75
fr situation n | L'office des brevets rend sa décision sur mon invention aujourd'hui, et j'ai actualisé ma boîte mail dix fois depuis le petit-déjeuner.
+ en situation n | The patent office gives its decision on my invention today, and I've refreshed my inbox ten times since breakfast.
# triad 76
fr situation n | Course de char à voile : le vent tombe d'un coup, et mon char et celui de Marc glissent au ralenti vers la bouée d'arrivée.
+ en situation n | Land-yacht race: the wind drops all at once, and my yacht and Marc's roll in slow motion towards the finishing buoy.
# triad 77
fr situation n | Le conseil municipal vote ce soir le nom de la nouvelle place, et ma proposition fait partie des trois finalistes.
+ en situation n | The council votes tonight on the name of the new square, and my suggestion is one of the three finalists.
# triad 78
fr situation n | Le traiteur refait ses calculs pour notre mariage sur un coin de nappe, et on attend de voir s'il descend sous les cinquante euros par personne.
+ en situation n | The caterer is redoing his sums for our wedding on the corner of the tablecloth, and we're waiting to see if he'll go under fifty euros a head.
# triad 79
fr situation h | Dernier jour d'essai au centre de formation : le recruteur referme son carnet et appelle les noms un par un dans le couloir.
+ en situation h | Last day of trials at the academy: the scout closes his notebook and starts calling names one by one in the corridor.
# triad 80
fr situation h | Squash, cinquième jeu, 10 partout : la balle meurt dans le coin, et mon adversaire plonge pour la chercher.
+ en situation h | Squash, fifth game, ten all: the ball dies in the corner, and my opponent dives for it.
"""

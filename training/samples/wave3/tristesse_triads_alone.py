"""tristesse: third wave, triads with detente and reverie (train and validation only)."""

SEEDS = """
# triad 01
fr situation n | La maison rien que pour moi depuis que Marc a emporté ses cartons ; son mug traîne encore sur l'égouttoir.
+ en situation n | The house all to myself since Marc took his boxes; his mug is still sitting on the draining rack.
# triad 02
fr situation h | Télé éteinte, seul sur le canapé où elle s'endormait contre mon épaule ; elle est morte il y a deux mois.
+ en situation h | TV off, alone on the sofa where she used to fall asleep on my shoulder; she died two months ago.
# triad 03
en situation n | Forehead against the window, I stare at the empty parking space where he used to leave his motorbike, before the crash that killed him.
+ fr situation n | Le front contre la vitre, je fixe la place de parking vide où il garait sa moto, avant l'accident qui l'a tué.
# triad 04
fr situation n | Balade du dimanche seule au bord de la Loire, le chemin qu'on faisait à deux jusqu'au divorce, en mars.
+ en situation n | Sunday walk alone by the Loire, the path we always took together until the divorce in March.
# triad 05
fr situation h | Ce soir encore, une seule assiette sur la table ; quarante ans qu'on dînait à deux, et Jean n'est plus là. Mets quelque chose de doux.
+ en situation h | Another evening with one plate on the table; forty years of dinners for two, and Jean is gone. Put on something gentle.
# triad 06
en situation n | Sunday morning, the whole bed to myself since she left, and I still keep to my own side.
+ fr situation n | Dimanche matin, le lit entier pour moi depuis qu'elle est partie, et je reste quand même de mon côté.
# triad 07
fr situation n | Fin de journée sur le balcon, ses pots de basilic ont séché ; je n'ai rien arrosé depuis son enterrement.
+ en situation n | End of the day on the balcony, her basil pots have dried up; I haven't watered a thing since her funeral.
# triad 08
fr situation h | Les invités sont partis, et dans le silence ça me retombe dessus : c'était le premier Noël sans papa.
+ en situation h | The guests have gone, and in the quiet it hits me all over again: that was the first Christmas without Dad.
# triad 09
en situation n | Alone on the bench in the square where I sat with Dad every Thursday; the other half has been empty since he died in February.
+ fr situation n | Seul sur le banc du square où je m'asseyais avec papa chaque jeudi ; l'autre moitié est vide depuis sa mort en février.
# triad 10
fr situation h | Dimanche après-midi, plus personne ne ronfle à mes pieds ; on a fait endormir Filou jeudi.
+ en situation h | Sunday afternoon, nobody snoring at my feet anymore; we had Filou put to sleep on Thursday.
# triad 11
fr situation h | Sous la douche, seule dans l'appart : c'est le seul endroit où je pleure depuis qu'on a perdu le bébé.
+ en situation h | In the shower, alone in the flat: it's the only place I let myself cry since we lost the baby.
# triad 12
en situation n | His room's been empty since he left to study in Montréal; I keep the door shut so I don't have to see it.
+ fr situation n | Sa chambre est vide depuis qu'il est parti étudier à Montréal ; je garde la porte fermée pour ne pas la voir.
# triad 13
fr situation n | Petit tour seul dans le quartier après le dîner ; je passe devant chez Nicole, morte en mai, et ses volets restent clos.
+ en situation n | A little walk alone round the neighbourhood after dinner; I go past Nicole's house, she died in May, and her shutters stay closed.
# triad 14
fr situation h | Nuit d'été, seul dans l'herbe du jardin ; l'an dernier Hugo était allongé à côté de moi, et on l'a enterré en janvier.
+ en situation h | Summer night, alone in the grass of the garden; last year Hugo was lying next to me, and we buried him in January.
# triad 15
en situation h | Parked outside the house, engine off, I can't make myself go in: nobody's been waiting for me since Paul died.
+ fr situation h | Garée devant la maison, moteur coupé, je n'arrive pas à rentrer : plus personne ne m'attend depuis la mort de Paul.
# triad 16
fr situation n | Seule au fond du salon de thé, à notre table du mercredi ; Élise est partie vivre en Nouvelle-Zélande pour de bon, et sa chaise vide me serre la gorge.
+ en situation n | Alone at the back of the tearoom, at our Wednesday table; Élise has moved to New Zealand for good, and her empty chair gives me a lump in my throat.
# triad 17
fr situation n | Dimanche, je rempote seule les plantes de ma sœur, récupérées chez elle après ses obsèques.
+ en situation n | Sunday, repotting my sister's plants on my own, the ones I brought back from her place after the funeral.
# triad 18
en situation n | First mild evening of the year, window open, and the first spring without Léo; I shut it again, it hurts too much.
+ fr situation n | Premier soir doux de l'année, fenêtre ouverte, et premier printemps sans Léo ; je la referme, ça fait trop mal.
# triad 19
fr situation h | Assis sur la marche de la porte à 22 h, là où elle fumait sa dernière cigarette du soir ; demain, ça fera un an qu'elle est morte.
+ en situation h | Sitting on the doorstep at 10 pm, where she used to smoke her last cigarette of the night; tomorrow it'll be a year since she died.
# triad 20
fr slang_emoji n | dimanche en pyj toute seule, premier week-end sans lui depuis la rupture, j'ai rien mangé 😞💔
+ en slang_emoji n | sunday in pjs all alone, first weekend without him since the breakup, haven't eaten a thing 😞💔
# triad 21
en situation n | Hotel room in Lyon, meeting over, and nobody to send the photo of the view to since Thomas left me.
+ fr situation n | Chambre d'hôtel à Lyon, réunion terminée, et plus personne à qui envoyer la photo de la vue depuis que Thomas m'a quittée.
# triad 22
fr situation h | Soir de Noël seule, le premier depuis la mort de Jacques ; j'ai quand même allumé ses guirlandes.
+ en situation h | Christmas Eve alone, the first one since Jacques died; I turned his fairy lights on anyway.
# triad 23
fr situation n | Mes cinquante ans en solo ; premier anniversaire sans le coup de fil de ma sœur, partie en novembre d'un cancer.
+ en situation n | My fiftieth on my own; the first birthday without my sister's phone call, she died of cancer in November.
# triad 24
en situation n | Walking alone through the beech wood in October; it was Grandpa's mushroom wood, and this is the first autumn without him.
+ fr situation n | Marche seule dans la hêtraie en octobre ; c'était le bois à champignons de papi, et c'est le premier automne sans lui.
# triad 25
fr situation n | Plage déserte en novembre ; je marche seule ici depuis qu'Anna est partie, et je ne sais même plus pourquoi je viens.
+ en situation n | Empty beach in November; I've walked here alone since Anna left, and I don't even know why I still come.
# triad 26
fr situation h | Seul sur la véranda, le rocking-chair de ma femme reste immobile à côté du mien depuis sa mort cet été.
+ en situation h | Alone on the porch, my wife's rocking chair sits still beside mine since she died this summer.
# triad 27
en situation h | Coffee at the kitchen window at dawn; six months after his death I still make two cups and pour his down the sink.
+ fr situation h | Café à la fenêtre de la cuisine à l'aube ; six mois après sa mort, je prépare encore deux tasses et je vide la sienne dans l'évier.
# triad 28
fr situation n | J'arrose seul le potager qu'on avait fait ensemble ; elle est partie avec les enfants en juin, c'est tout ce qui me reste d'elle.
+ en situation n | Watering on my own the vegetable patch we made together; she left with the kids in June, it's all I have left of her.
# triad 29
fr situation h | Minuit, le lave-vaisselle ronronne avec un seul couvert dedans, comme chaque soir depuis l'enterrement de Louis.
+ en situation h | Midnight, the dishwasher humming with a single setting inside, like every night since Louis's funeral.
# triad 30
en typo n | home alone again, the candle she gave me has burnt right down, a year tmrw since she died
+ fr typo n | encore seule a la maison, la bougie qu'elle m'avait offerte est finie, ca fait un an demain qu'elle est morte
# triad 31
fr situation n | Orage la nuit, seul sous la couette ; c'est lui qui me rassurait pendant les orages, et il est parti il y a trois semaines.
+ en situation n | A storm at night, alone under the duvet; he was the one who calmed me during storms, and he walked out three weeks ago.
# triad 32
fr situation h | Seule au bord du lac, je lance des ricochets ; c'est Mathieu qui les comptait, et on l'a enterré en juin.
+ en situation h | Alone by the lake, skimming stones; Mathieu was the one who counted them, and we buried him in June.
# triad 33
en situation h | Alone in the living room, I can't bring myself to sit in Grandpa's armchair; it still holds his shape, and he died a week ago.
+ fr situation h | Seul dans le salon, je n'arrive pas à m'asseoir dans le fauteuil de papi ; il garde encore sa forme, et il est mort il y a une semaine.
# triad 34
fr situation n | Seule le soir, je sors la guitare de papa ; il est mort sans avoir pu m'apprendre la fin du morceau.
+ en situation n | Alone in the evening, I take out Dad's guitar; he died before he could teach me the end of the song.
# triad 35
fr situation n | Seize heures, il fait déjà nuit, et plus de goûter avec Mado, ma voisine, morte à la Toussaint ; ses petits-beurre sont encore dans mon placard.
+ en situation n | Four o'clock and already dark, and no more teatime with Mado next door, who died at All Saints'; her biscuits are still in my cupboard.
# triad 36
en situation n | In the evening the playground's empty; I sit on the swing where I used to push my niece, who's moved to Sweden with my sister; I won't get to see her grow up.
+ fr situation n | Le soir, l'aire de jeux est vide ; je m'assois sur la balançoire où je poussais ma nièce, partie vivre en Suède avec ma sœur ; je ne la verrai pas grandir.
# triad 37
fr situation n | Vendredi soir seule, le vernis qui sèche ; c'était notre soirée filles avec Chloé, qui ne me parle plus depuis deux ans.
+ en situation n | Friday night alone, nail polish drying; it used to be girls' night with Chloé, who hasn't spoken to me in two years.
# triad 38
en situation n | Walking alone in fresh snow at night; the first snow since the dog died, and no paw prints next to mine.
+ fr situation n | Marche seule dans la neige fraîche la nuit ; première neige depuis la mort du chien, et aucune trace de pattes à côté des miennes.
# triad 39
fr mixed n | Soulagée d'avoir enfin trié ses affaires, mais surtout le cœur lourd : l'appart est propre, et il n'y reste plus rien de mon mari.
+ en mixed n | Relieved to have finally sorted his things, but mostly heavy-hearted: the flat is clean, and nothing of my husband is left in it.
# triad 40
fr situation n | Seul sur le rebord de la fontaine où on s'est embrassés la première fois ; elle m'a quitté samedi.
+ en situation n | Alone on the edge of the fountain where we first kissed; she left me on Saturday.
# triad 41
en situation h | Lunch alone at the little bistro where Bruno and I met every Friday; we buried him on Tuesday.
+ fr situation h | Déjeuner seul au petit bistrot où on se retrouvait chaque vendredi avec Bruno ; on l'a enterré mardi.
# triad 42
fr situation h | Les enfants vivent chez leur père depuis le jugement ; dimanche soir, plus un cartable dans l'entrée, plus un bruit.
+ en situation h | The kids have lived with their father since the ruling; Sunday evening, not a school bag in the hall, not a sound.
# triad 43
fr situation n | Allongée dans la tache de soleil, la place préférée de Mistigri ; on a retrouvé son collier au bord de la route lundi.
+ en situation n | Lying in the patch of sunlight, Mistigri's favourite spot; we found his collar by the side of the road on Monday.
# triad 44
en situation h | At the end of the pier at night, on the bench with the little plaque in Dad's name, put up after he died. Dim the lights.
+ fr situation h | Au bout de la jetée la nuit, sur le banc avec la petite plaque au nom de papa, posée après sa mort. Baisse la lumière.
# triad 45
fr situation h | Réveillé à cinq heures, comme chaque nuit depuis l'accident de Julien ; les merles chantent, et lui ne les entendra plus.
+ en situation h | Awake at five, like every night since Julien's accident; the blackbirds are singing, and he'll never hear them again.
# triad 46
fr situation n | Dimanche après-midi, j'ouvre seule la boîte d'aquarelles de mamie, morte en août ; ses godets portent encore la trace de ses pinceaux.
+ en situation n | Sunday afternoon, alone, I open Grandma's watercolour box; she died in August, and the pans still show the marks of her brushes.
# triad 47
en situation h | Up in the attic, rain on the skylight, sorting my brother's boxes on my own, two months after his funeral.
+ fr situation h | Au grenier, la pluie sur le velux, je trie seule les cartons de mon frère, deux mois après son enterrement.
# triad 48
fr situation n | Le soir à la fenêtre de la cuisine, les hirondelles sont revenues, mais maman n'est plus là pour les compter avec moi.
+ en situation n | Evening at the kitchen window, the swallows are back, but Mum isn't here anymore to count them with me.
# triad 49
fr situation h | Réveillon seule pour la première fois : Luc est mort en octobre, et je n'ai répondu à aucune invitation.
+ en situation h | New Year's Eve alone for the first time: Luc died in October, and I didn't answer a single invitation.
# triad 50
en slang_emoji n | flat to myself tonight and i hate it, his stuff's gone, just the hooks left on the wall 😔
+ fr slang_emoji n | l'appart rien que pour moi ce soir et jdéteste ça, ses affaires sont parties, il reste que les crochets au mur 😔
# triad 51
fr situation n | Flânerie seule en ville un dimanche soir ; je passe devant le resto de notre premier rendez-vous, et elle vit avec un autre depuis l'été.
+ en situation n | Wandering alone through town on a Sunday evening; I pass the restaurant of our first date, and she's been living with someone else since summer.
# triad 52
fr situation n | Dimanche, seule dans la cuisine, je fais la confiture d'abricots de maman, morte en mai ; la première sans elle.
+ en situation n | Sunday, alone in the kitchen, making Mum's apricot jam; she died in May, and it's the first batch without her.
# triad 53
en situation n | Nobody home, just the kitchen clock; Mum wound it every Sunday, and since she died I haven't had the heart.
+ fr situation n | Personne à la maison, juste l'horloge de la cuisine ; maman la remontait chaque dimanche, et depuis sa mort je n'en ai pas le courage.
# triad 54
fr situation n | Seul au bord du champ de blé que papa cultivait ; la ferme est vendue depuis sa mort, ce n'est plus chez nous.
+ en situation n | Alone at the edge of the wheat field Dad used to farm; the farm's been sold since he died, it isn't ours anymore.
# triad 55
fr situation h | Seule sur mon coussin de méditation, et chaque fois que je ferme les yeux, je revois le cercueil de ma meilleure amie.
+ en situation h | Alone on my meditation cushion, and every time I close my eyes I see my best friend's coffin again.
# triad 56
en situation h | Sunday, alone with the Lego set my son never got to open; he died in the spring, and I'm building it for him.
+ fr situation h | Dimanche, seul avec la boîte de Lego que mon fils n'a jamais pu ouvrir ; il est mort au printemps, et je la monte pour lui.
# triad 57
fr situation n | Seul le soir devant l'aquarium qu'on avait installé avec Antoine ; depuis qu'il m'a quitté, je n'ai plus le cœur d'allumer la lampe.
+ en situation n | Alone in the evening by the aquarium Antoine and I set up; since he left me I haven't had the heart to switch the lamp on.
# triad 58
fr situation n | Téléphone muet tout le dimanche ; avant, ma fille appelait à midi, mais on ne se parle plus depuis la dispute de l'an dernier.
+ en situation n | Phone silent all Sunday; my daughter used to call at noon, but we haven't spoken since last year's row.
# triad 59
en situation h | Alone in the garden at night on the old bench he built; three months already since the funeral.
+ fr situation h | Seule au jardin la nuit, sur le vieux banc qu'il avait fabriqué ; trois mois déjà depuis l'enterrement.
# triad 60
fr typo n | dimanche soir tout seul, sa brosse a dents est toujours dans le verre, ca fait 2 mois quil est parti
+ en typo n | sunday night on my own, his toothbrush is still in the glass, its been 2 months since he left
# triad 61
fr situation n | Gîte loué seule pour trois jours ; on l'avait réservé à deux, et il m'a quittée une semaine avant le départ.
+ en situation n | A holiday cottage for three days, on my own; we'd booked it for two, and he left me a week before we were due to go.
# triad 62
fr situation h | Je ne dors plus que sur le canapé, la maison est trop vide depuis la mort d'Henri ; je n'ose plus entrer dans notre chambre.
+ en situation h | I only sleep on the sofa now, the house is too empty since Henri died; I can't face going into our bedroom.
# triad 63
en situation h | Night train, alone in the couchette, on my way to Nice to clear out Dad's flat after his death; I can't sleep.
+ fr situation h | Train de nuit, seul dans la couchette, en route pour Nice vider l'appartement de papa après sa mort ; impossible de dormir.
# triad 64
fr situation h | Jour de congé, mais pas pour me reposer : on enterre Sonia, ma collègue, cet après-midi ; au lit, je fixe le tilleul sans force.
+ en situation h | A day off, but not to rest: we're burying Sonia, my colleague, this afternoon; in bed, I stare at the lime tree with no strength left.
# triad 65
fr situation h | Accoudé au parapet du pont où elle m'a dit oui, seul ; le divorce a été prononcé ce matin.
+ en situation h | Leaning alone on the parapet of the bridge where she said yes; the divorce came through this morning.
# triad 66
en situation n | Alone at the low table, brewing Grandma's favourite oolong, the last tin she sent me from Taipei before she died.
+ fr situation n | Seul à la table basse, j'infuse le oolong préféré de grand-mère, la dernière boîte qu'elle m'a envoyée de Taipei avant de mourir.
# triad 67
fr situation h | Seul au belvédère où on avait gravé nos initiales avec Youssef, mort à vingt ans en scooter cet hiver.
+ en situation h | Alone at the viewpoint where Youssef and I carved our initials; he died on his scooter this winter, at twenty.
# triad 68
fr mixed h | Le calme, oui, mais surtout ce vide : la maison est silencieuse depuis qu'on a enterré papa. Mets-moi une ambiance douce.
+ en mixed h | Quiet, yes, but mostly this emptiness: the house has been silent since we buried Dad. Give me something soft.
# triad 69
en situation n | Lying alone on the trampoline; both kids left home this year, and the silence in the garden breaks my heart.
+ fr situation n | Allongée seule sur le trampoline ; les deux enfants ont quitté la maison cette année, et le silence du jardin me brise le cœur.
# triad 70
fr situation h | Assise seule dans le pré vide ; on a fait euthanasier Caramel hier, et son licol pend encore à la barrière.
+ en situation h | Sitting alone in the empty field; we had Caramel put down yesterday, and her halter still hangs on the gate.
# triad 71
fr situation h | Seul sous mon parapluie dans le jardin public désert, devant l'érable planté en mémoire de ma fille.
+ en situation h | Alone under my umbrella in the empty park, in front of the maple planted in memory of my daughter.
# triad 72
en situation n | Sitting at the top of the stairs, where Grandma always waited for me; the first week after her funeral.
+ fr situation n | Assise en haut de l'escalier, là où mamie m'attendait toujours ; première semaine après son enterrement.
# triad 73
fr situation n | Seule le soir, je recouds le bouton de la veste de Michel, que je n'arrive pas à donner depuis sa mort.
+ en situation n | Alone in the evening, sewing the button back on Michel's jacket, which I can't bring myself to give away since he died.
# triad 74
fr situation h | Les cloches sonnent au loin, seule au jardin : je n'ai pas eu la force d'aller à la messe pour l'anniversaire de la mort de Pierre.
+ en situation h | Church bells in the distance, alone in the garden: I didn't have the strength to go to the mass on the anniversary of Pierre's death.
# triad 75
en situation n | Everyone's gone home, and I'm alone next to Marie's desk, empty since her funeral last week.
+ fr situation n | Tout le monde est parti, et je reste seul à côté du bureau de Marie, vide depuis ses obsèques la semaine dernière.
# triad 76
fr situation h | Seul dans la tribune vide du stade, là où papa venait me voir jouer chaque samedi, jusqu'à sa mort en avril.
+ en situation h | Alone in the empty stand, where Dad came to watch me play every Saturday until he died in April.
# triad 77
fr slang_emoji h | dimanche soir solo, le premier depuis qu'on a enterré mamie, j'ai mis son gilet 🥀😢
+ en slang_emoji h | sunday night solo, first one since we buried grandma, i'm wearing her cardigan 🥀😢
# triad 78
en situation n | A weekend alone at the abbey, come to light a candle for my brother; six months since he died.
+ fr situation n | Week-end seul à l'abbaye, venu allumer un cierge pour mon frère ; six mois qu'il est mort.
# triad 79
fr situation n | Apéro en solo sur la terrasse, premier été sans Bernard ; j'ai acheté ses olives préférées par habitude.
+ en situation n | Drinks on my own on the terrace, the first summer without Bernard; I bought his favourite olives out of habit.
# triad 80
en situation h | Walking alone on the old railway line, Jeanne's and my Sunday walk until her stroke took her this winter.
+ fr situation h | Marche seule sur l'ancienne voie ferrée, notre balade du dimanche avec Jeanne, jusqu'à ce que son AVC l'emporte cet hiver.
"""

"""tristesse: third wave of hand-written seeds, second writer (train and validation only)."""

SEEDS = """
# situations: family, partner, kids
fr situation n | On a vidé l'appartement de mon grand-père aujourd'hui, ses chaussons étaient encore au pied du lit.
+ en situation n | We cleared out my grandfather's flat today; his slippers were still at the foot of the bed.
fr situation h | Le dernier de mes oncles est mort hier, il ne reste plus personne de la génération de papa.
+ en situation h | My last uncle died yesterday; there's nobody left from Dad's generation.
fr situation n | Ce soir, on a partagé les photos des vacances en deux tas, sans se regarder.
+ en situation n | Tonight we split the holiday photos into two piles, without looking at each other.
fr situation n | Elle a laissé sa bague sur la table de la cuisine et elle est partie, sans même claquer la porte.
+ en situation n | She left her ring on the kitchen table and walked out, without even slamming the door.
fr situation n | J'ai appris que mon ex attend un enfant avec sa nouvelle compagne, celui qu'on n'a jamais réussi à avoir.
+ en situation n | I found out my ex is expecting a baby with his new partner, the one we never managed to have.
fr situation h | L'adoption qu'on attendait depuis quatre ans vient d'être annulée, la petite restera dans son pays.
+ en situation h | The adoption we'd been waiting on for four years has just been cancelled; the little girl will stay in her country.
fr situation h | Au parc, une maman m'a demandé l'âge de mon fils, et j'ai dû répondre qu'il aurait eu six ans.
+ en situation h | At the park a mum asked me how old my son is, and I had to say he would have been six.
fr situation h | J'ai dû expliquer à mon fils de cinq ans que mamie ne viendrait plus le chercher à l'école. Mets quelque chose de doux.
+ en situation h | I had to explain to my five-year-old that Granny won't be picking him up from school any more. Put on something gentle.
fr situation n | Ma fille de sept ans m'a demandé pourquoi papy ne viendrait pas à son spectacle de danse.
+ en situation n | My seven-year-old asked me why Grandpa won't be coming to her dance show.
fr situation n | Mon petit-fils ne me reconnaît plus en visio, on ne s'est pas vus depuis deux ans.
+ en situation n | My grandson doesn't recognise me on video calls any more; we haven't seen each other in two years.
# situations: friends, neighbours, city
fr situation h | On a porté le cercueil de Julien ce matin, trente-quatre ans, le plus drôle de toute la bande.
+ en situation h | We carried Julien's coffin this morning; thirty-four, the funniest of our whole gang.
fr situation l | La vieille dame d'en face est partie en maison de retraite, ses volets restent fermés et son jardin est déjà en friche.
+ en situation l | The old lady across the road has gone into a care home; her shutters stay closed and her garden is already overgrown.
fr situation h | Le bébé des voisins n'a pas passé la nuit, et toute la rue est silencieuse.
+ en situation h | The neighbours' baby didn't make it through the night, and the whole street has gone quiet.
fr situation n | L'homme à qui je donnais un café chaque matin devant la gare n'est plus là, il est mort pendant la nuit de grand froid.
+ en situation n | The man I gave a coffee to every morning outside the station is gone; he died during the freezing night.
# situations: work, school, health
fr situation n | L'atelier ferme pour de bon, on a éteint les machines une dernière fois ce soir, tous ensemble, sans un mot.
+ en situation n | The workshop is closing for good; we switched the machines off one last time tonight, all together, without a word.
fr situation h | On a appris ce matin au bureau que Paul ne reviendrait pas, la maladie a été plus rapide que prévu.
+ en situation h | We found out at the office this morning that Paul won't be coming back; the illness moved faster than expected.
fr situation n | Le labo ferme faute de crédits, trois ans de recherche s'arrêtent là et l'équipe se disperse aux quatre coins du pays.
+ en situation n | The lab is closing for lack of funding; three years of research stop there and the team scatters across the country.
fr situation n | Ma fille a échoué au concours pour la troisième et dernière fois, son rêve de médecine s'arrête là.
+ en situation n | My daughter failed the entrance exam for the third and last time; her dream of medicine ends there.
fr situation n | Le pédiatre a confirmé que ma fille ne retrouvera pas l'audition de cette oreille. Lumière tamisée, s'il te plaît.
+ en situation n | The paediatrician confirmed my daughter won't get the hearing back in that ear. Dim light, please.
# situations: elderly parents, money, administration, tech
fr situation n | Papa m'a donné sa montre en disant « prends-la maintenant, tant que je peux encore te la donner moi-même ».
+ en situation n | Dad gave me his watch, saying "take it now, while I can still hand it to you myself".
fr situation n | On a dû rendre les clés de notre première maison à la banque ce matin.
+ en situation n | We had to hand the keys of our first house back to the bank this morning.
fr situation h | Au bureau de vote, son nom était encore sur la liste d'émargement, juste au-dessus du mien.
+ en situation h | At the polling station his name was still on the register, right above mine.
fr situation h | Le téléphone m'a proposé de souhaiter son anniversaire à Sophie. Elle est morte en mars.
+ en situation h | My phone suggested I wish Sophie a happy birthday. She died in March.
fr situation h | J'ai résilié la ligne de maman, et le conseiller m'a demandé si elle souhaitait garder son numéro.
+ en situation h | I cancelled Mum's phone line, and the adviser asked whether she'd like to keep her number.
# situations: house, DIY, garden, countryside
fr situation n | J'ai fini toute seule la cabane qu'on avait commencée ensemble pour les petits-enfants. Un piano lent, merci.
+ en situation n | I finished the treehouse on my own, the one we'd started together for the grandchildren. A slow piano, thanks.
fr situation n | Le potager de papa est en friche depuis l'été, aucun de nous n'a eu le courage d'y retourner.
+ en situation n | Dad's vegetable patch has gone wild since the summer; none of us has had the heart to go back to it.
fr situation n | On a vendu les dernières vaches ce matin, après trois générations, l'étable est vide et papa ne sort plus de la cuisine.
+ en situation n | We sold the last cows this morning, after three generations; the barn is empty and Dad won't come out of the kitchen.
# situations: pets
fr situation n | Mon fils a enterré son hamster au fond du jardin et il a planté une fleur par-dessus.
+ en situation n | My son buried his hamster at the bottom of the garden and planted a flower on top.
fr situation n | La chatte de ma fille a disparu il y a trois semaines, et ce soir on a décroché ses affichettes des poteaux.
+ en situation n | My daughter's cat went missing three weeks ago, and tonight we took her posters down from the lampposts.
# situations: travel, transport, weather, seasons, food
fr situation n | Je suis rentré pour l'enterrement de ma grand-mère, et pour une fois personne ne m'attendait à la gare.
+ en situation n | I came home for my grandmother's funeral, and for once nobody was waiting for me at the station.
fr situation h | Sur l'autoroute, je suis passé devant l'endroit où mon frère a eu son accident, les fleurs sont encore accrochées à la glissière.
+ en situation h | On the motorway I drove past the spot where my brother had his accident; the flowers are still tied to the barrier.
fr situation n | Premier dimanche sans elle, il a plu toute la journée et je n'ai pas ouvert les rideaux.
+ en situation n | First Sunday without her; it rained all day and I didn't open the curtains.
fr situation n | Pour la Toussaint, j'ai nettoyé trois tombes cette année, une de plus que l'an dernier.
+ en situation n | For All Saints' Day I cleaned three graves this year, one more than last year.
fr situation h | Le nom de ma femme a été gravé sur la pierre aujourd'hui, à côté de la place laissée pour le mien. Baisse tout, doucement.
+ en situation h | My wife's name was carved on the headstone today, next to the space left for mine. Turn everything down, gently.
fr situation n | Le dernier pot de confiture de maman est vide, et je ne sais pas quoi faire du bocal.
+ en situation n | The last jar of Mum's jam is empty, and I don't know what to do with the jar.
# situations: sport, music, films, games, hobbies
fr situation n | L'équipe de foot des vétérans se dissout : plus assez de joueurs depuis le décès de Jeannot, notre capitaine.
+ en situation n | Our veterans' football team is folding: not enough players since Jeannot, our captain, passed away.
fr situation n | Papa et moi allions au stade chaque dimanche, aujourd'hui j'y suis allé seul, avec son écharpe.
+ en situation n | Dad and I went to the stadium every Sunday; today I went alone, wearing his scarf.
fr situation h | À la chorale, ils ont chanté le morceau préféré de ma femme, et sa place au deuxième rang était vide.
+ en situation h | At choir they sang my wife's favourite piece, and her spot in the second row was empty.
fr situation n | Mon fils a terminé seul le jeu vidéo qu'il avait commencé avec son père, et il a éteint sans rien dire. Mets une lumière bleutée.
+ en situation n | My son finished on his own the video game he'd started with his father, and switched it off without a word. Put on a bluish light.
fr situation n | Les pièces de l'échiquier de papi sont toujours en place, sur la partie qu'on n'a jamais finie.
+ en situation n | Grandpa's chess pieces are still set out on the board, on the game we never finished.
fr situation n | Au club de tricot, on a gardé le fauteuil de Mireille, et personne n'ose s'y asseoir.
+ en situation n | At the knitting club we've kept Mireille's armchair, and nobody dares sit in it.
# situations: night, mornings
fr situation h | Minuit, et je porte son pull pour sentir encore un peu son parfum. Éteins presque tout.
+ en situation h | Midnight, and I'm wearing her jumper to smell her perfume a little longer. Turn almost everything off.
fr situation h | Le réveil de mon mari a sonné ce matin à six heures, personne n'avait pensé à l'éteindre.
+ en situation h | My husband's alarm went off at six this morning; nobody had thought to switch it off.
fr situation n | Le magasin que papa avait ouvert en 1978 a fermé pour de bon aujourd'hui, et il n'a pas voulu être là.
+ en situation n | The shop Dad opened in 1978 closed for good today, and he didn't want to be there.

# long
fr long h | Maman m'appelait tous les dimanches à dix-huit heures. Aujourd'hui, à dix-huit heures, le téléphone n'a pas sonné. Je l'ai regardé quand même. Il ne sonnera plus.
+ en long h | Mum called me every Sunday at six. Today, at six, the phone didn't ring. I looked at it anyway. It won't ring again.
fr long n | Le petit demande où est Caramel. On lui a dit que le chat dormait pour toujours sous le cerisier. Il a posé sa balle à côté de la pierre. Il n'a pas voulu rentrer.
+ en long n | Our little boy keeps asking where Caramel is. We told him the cat is sleeping forever under the cherry tree. He put his ball down next to the stone. He didn't want to come inside.
fr long n | Trente ans de mariage. Hier, on a signé les papiers chez l'avocat. Chacun est reparti dans sa voiture. Je suis restée longtemps sur le parking.
+ en long n | Thirty years of marriage. Yesterday we signed the papers at the lawyer's. We each drove off in our own car. I sat in the car park for a long time.
fr long h | Chaque samedi, j'emmenais papa au marché. Ce samedi, j'ai pris la voiture par habitude. Je me suis garé devant chez lui. Les volets étaient fermés.
+ en long h | Every Saturday I took Dad to the market. This Saturday I took the car out of habit. I parked outside his place. The shutters were closed.
fr long h | On a essayé pendant cinq ans. Trois FIV, trois échecs. Ce soir, le médecin nous a conseillé d'arrêter. On est rentrés à pied, sans se lâcher la main.
+ en long h | We tried for five years. Three rounds of IVF, three failures. Tonight the doctor advised us to stop. We walked home without letting go of each other's hand.
fr long h | Ma correspondante m'écrivait chaque mois depuis l'Écosse, depuis quarante ans. Sa dernière lettre date de mars. Ce matin, une enveloppe est arrivée. L'écriture était celle de sa fille.
+ en long h | My penfriend had written to me every month from Scotland for forty years. Her last letter was in March. This morning an envelope came. The handwriting was her daughter's.
fr long n | Ma sœur s'est installée à Nouméa. On s'appelle le dimanche, avec le décalage. Hier, elle a oublié. Je suis restée avec le téléphone à la main jusqu'à minuit.
+ en long n | My sister has moved to Nouméa. We call each other on Sundays, with the time difference. Yesterday she forgot. I sat with the phone in my hand until midnight.
fr long n | Le petit a attendu son père à la fenêtre tout le week-end. Il avait préparé son sac et son ballon. Le téléphone n'a pas sonné. Dimanche soir, il a rangé le ballon sans rien dire.
+ en long n | The little one waited at the window for his dad all weekend. He'd packed his bag and his ball. The phone never rang. On Sunday evening he put the ball away without a word.

# informal French, no translation
fr situation n | mon coloc d'Erasmus est mort dans un accident de scooter, on s'était écrit la semaine dernière
fr situation n | elle m'a quitté par texto après quatre ans, je suis sous la couette depuis hier
fr situation h | mon grand-père est parti cette nuit, on l'a su au réveil, personne parle à la maison
fr situation n | mon frère repart vivre au Japon pour de bon, on a fait un dernier repas et personne a fini son assiette
fr situation n | j'ai vu que les potes avaient fait un week-end sans moi, personne m'a rien dit, j'ai juste regardé les photos
fr situation n | le chien de mon enfance est mort chez mes parents, j'étais pas là, j'ai juste eu un texto
# casual English, no translation
en situation n | my nan's house got sold today, the last bit of her we had left
en situation h | found out my grandad passed while I was at work, still haven't told the kids
en situation n | my son's moved in with his dad full time, his room here is just a room now
en situation h | my best friend's funeral was today, I'll never hear that laugh again
"""

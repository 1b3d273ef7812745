"""tristesse: third wave, triads with nostalgie and bonnehumeur (train and validation only)."""

SEEDS = """
# triad 01
fr situation h | Premier dimanche sans mamie, morte jeudi : personne n'a eu le cœur de faire ses crêpes.
+ en situation h | First Sunday without Gran, who died on Thursday: nobody had the heart to make her crêpes.
# triad 02
fr situation h | On a dû endormir Biscotte lundi ; sa laisse pend encore à l'entrée et la maison est trop silencieuse.
+ en situation h | We had to put Biscotte down on Monday; his lead still hangs by the door and the house is far too quiet.
# triad 03
en situation h | The radio played the song from my brother's funeral, and I had to pull over on the hard shoulder.
+ fr situation h | À la radio, la chanson de l'enterrement de mon frère ; j'ai dû m'arrêter sur la bande d'arrêt d'urgence.
# triad 04
fr situation h | La maison de mes parents est vendue ; j'ai rendu les clés ce matin et je n'y reviendrai jamais.
+ en situation h | My parents' house is sold; I handed back the keys this morning and I'll never set foot in it again.
# triad 05
fr situation n | Julie ne me parle plus depuis notre dispute de mars ; vingt ans d'amitié envolés, et elle me manque chaque jour.
+ en situation n | Julie hasn't spoken to me since our row in March; twenty years of friendship gone, and I miss her every day.
# triad 06
en situation n | The village school has closed; this morning my daughter took the town bus alone, crying.
+ fr situation n | L'école du village a fermé ; ce matin ma fille a pris seule le bus pour la ville, en pleurant.
# triad 07
fr situation n | Le potager de pépé est à l'abandon depuis sa mort, les nouveaux propriétaires ont tout retourné.
+ en situation n | Grandpa's vegetable patch has gone to ruin since he died; the new owners have dug it all up.
# triad 08
fr situation n | Notre club de foot amateur a été dissous hier soir faute de bénévoles, trente ans d'histoire rangés dans des cartons.
+ en situation n | Our amateur football club was wound up last night for lack of volunteers, thirty years of history packed into boxes.
# triad 09
en situation h | My godmother's last letter arrived two days after her funeral; I recognised her handwriting on the envelope.
+ fr situation h | La dernière lettre de ma marraine est arrivée deux jours après son enterrement ; j'ai reconnu son écriture sur l'enveloppe.
# triad 10
fr situation h | J'écoute en boucle le dernier message vocal de papa ; depuis l'enterrement, je n'ose pas le supprimer.
+ en situation h | I keep replaying Dad's last voicemail; since the funeral I can't bring myself to delete it.
# triad 11
fr situation n | Sur le quai, j'ai regardé partir le train de Léa ; elle est repartie vivre au Québec pour de bon.
+ en situation n | On the platform I watched Léa's train pull out; she's gone back to live in Quebec for good.
# triad 12
en situation n | I had to scrap Dad's rusty old bike today; it was the last thing of his I still had.
+ fr situation n | J'ai dû jeter le vieux vélo rouillé de papa aujourd'hui ; c'était le dernier objet de lui qu'il me restait.
# triad 13
fr situation n | Pas un seul appel de mes enfants pour mon anniversaire ; j'ai soufflé une bougie seule dans la cuisine.
+ en situation n | Not one call from my children on my birthday; I blew out a single candle alone in the kitchen.
# triad 14
fr situation h | M. Lopez, le voisin du dessus, est mort cette nuit ; son chat miaule devant sa porte fermée.
+ en situation h | Mr Lopez, the neighbour upstairs, died last night; his cat keeps mewing outside his locked door.
# triad 15
en situation h | We cut the holiday short and drove home from the beach overnight: my uncle died yesterday.
+ fr situation h | On a écourté les vacances et quitté la plage dans la nuit : mon oncle est décédé hier.
# triad 16
fr situation h | Chez le notaire, on a partagé les meubles de grand-mère ; sa maison sera vide dès demain.
+ en situation h | At the solicitor's we divided up Grandma's furniture; her house will be empty from tomorrow.
# triad 17
fr situation h | La gamelle de Grisou est toujours près de la porte ; je n'arrive pas à la ranger depuis qu'il est mort.
+ en situation h | Grisou's bowl is still by the door; I can't bring myself to put it away since he died.
# triad 18
en situation n | Marc, my colleague and friend of fifteen years, has retired; his empty desk tugs at my heart.
+ fr situation n | Marc, mon collègue et ami depuis quinze ans, est parti à la retraite ; son bureau vide me serre le cœur.
# triad 19
fr situation h | On a signé les papiers du divorce ce matin ; mon alliance est au fond d'un tiroir.
+ en situation h | We signed the divorce papers this morning; my wedding ring is at the back of a drawer.
# triad 20
fr situation h | La chimio n'a pas suffi : ma tante s'est éteinte hier soir à l'hôpital, entourée de nous tous.
+ en situation h | The chemo wasn't enough: my aunt passed away last night in hospital, with all of us around her.
# triad 21
en situation h | My best online gaming mate has died; his username will stay grey in my friends list forever.
+ fr situation h | Mon meilleur pote de jeu en ligne est mort ; son pseudo restera gris pour toujours dans ma liste d'amis.
# triad 22
fr situation n | Ma librairie de quartier a fermé définitivement ; la vitrine est vide, couverte de papier kraft.
+ en situation n | My local bookshop has closed for good; the window is empty, covered in brown paper.
# triad 23
fr situation n | Papa ne peut plus marcher jusqu'au marché depuis son attaque ; nos dimanches matin ensemble, c'est fini.
+ en situation n | Since his stroke Dad can't walk to the market anymore; our Sunday mornings together are over.
# triad 24
en situation h | The tow truck took Dad's car to the scrapyard; his reading glasses were still in the glovebox.
+ fr situation h | La dépanneuse a emmené la voiture de papa à la casse ; ses lunettes étaient encore dans la boîte à gants.
# triad 25
fr situation h | Il neige, et c'est le premier hiver sans ma femme pour regarder les flocons à la fenêtre.
+ en situation h | It's snowing, and it's the first winter without my wife to watch the flakes from the window.
# triad 26
fr situation h | Premier Noël sans maman : sa place est restée vide et personne n'a touché à la bûche.
+ en situation h | First Christmas without Mum: her seat stayed empty and nobody touched the Yule log.
# triad 27
en situation n | The flood in the cellar ruined all my parents' photo albums; the pages are stuck together and washed out.
+ fr situation n | L'inondation de la cave a abîmé tous les albums photo de mes parents ; les pages sont collées et délavées.
# triad 28
fr situation h | Le flacon de parfum de maman est presque vide ; bientôt son odeur aura quitté la maison pour de bon.
+ en situation h | Mum's perfume bottle is almost empty; soon her scent will have left the house for good.
# triad 29
fr situation h | Un an que notre petit Léo est parti ; ses Kapla sont toujours rangés dans sa chambre, personne n'ose y toucher.
+ en situation h | A year since our little Léo died; his Kapla planks are still in his room and nobody dares touch them.
# triad 30
en situation h | The singer of my favourite band died last night; I put on the album from my twenties, crying.
+ fr situation h | Le chanteur de mon groupe préféré est mort cette nuit ; j'ai remis l'album de mes vingt ans en pleurant.
# triad 31
fr situation n | Recalé au concours de médecine pour la dernière fois ; j'ai rendu ma carte de la fac et rangé mes fiches.
+ en situation n | Failed the medical entrance exam for the last time; I handed in my uni card and put my revision cards away.
# triad 32
fr situation h | Papi ne me reconnaît plus ; aujourd'hui il m'a appelé par le prénom de son frère.
+ en situation h | Grandpa doesn't recognise me anymore; today he called me by his brother's name.
# triad 33
en situation h | We lost the baby at twelve weeks; the little yellow baby-grow we bought too soon is still in its bag.
+ fr situation h | On a perdu le bébé à douze semaines ; la petite grenouillère jaune achetée trop tôt est restée dans son sac.
# triad 34
fr situation n | Le petit café de la place a baissé le rideau après la mort du patron, mon ami de trente ans.
+ en situation n | The little café on the square has shut its doors since the owner died, my friend of thirty years.
# triad 35
fr situation h | On a dû abattre le cerisier que papa avait planté à ma naissance ; c'était ce qui restait de vivant de lui.
+ en situation h | We had to cut down the cherry tree Dad planted when I was born; it was the last living thing left of him.
# triad 36
en situation h | I had to sell Grandma's ring to pay the rent; the jeweller carried it off into the back room.
+ fr situation h | J'ai dû vendre la bague de grand-mère pour payer le loyer ; le bijoutier l'a emportée dans l'arrière-boutique.
# triad 37
fr situation h | À la mairie, j'ai dû déclarer le décès de papa et rendre sa carte d'identité au guichet.
+ en situation h | At the town hall I had to register Dad's death and hand his ID card in at the counter.
# triad 38
fr situation h | Facebook me propose de souhaiter l'anniversaire de Sophie, décédée en février ; je n'arrive pas à fermer la page.
+ en situation h | Facebook is prompting me to wish Sophie happy birthday; she died in February, and I can't close the page.
# triad 39
en situation n | My club went down last night after sixty years in the top flight, and the stadium emptied in silence.
+ fr situation n | Mon club est descendu hier soir après soixante ans en première division, et le stade s'est vidé en silence.
# triad 40
fr situation n | Ma tante est morte sans m'avoir appris sa soupe au pistou, et personne n'a jamais eu la recette.
+ en situation n | My aunt died without teaching me her pistou soup, and nobody ever had the recipe.
# triad 41
en situation h | Claire left with her boxes this morning; all that's left is a note on the table saying "look after yourself".
+ fr situation h | Claire est partie avec ses cartons ce matin ; il ne reste qu'un mot sur la table : « prends soin de toi ».
# triad 42
fr situation h | Les cloches ont sonné pour mon ami d'enfance, enterré ce matin dans l'église où on avait été baptisés ensemble.
+ en situation h | The bells tolled for my childhood friend, buried this morning in the church where we were christened together.
# triad 43
fr situation h | Premier Aïd sans ma mère : la table était dressée, mais personne n'avait envie de manger.
+ en situation h | First Eid without my mother: the table was laid, but nobody felt like eating.
# triad 44
en situation h | I still wake at night and reach for his side of the bed, empty since the accident.
+ fr situation h | Je me réveille encore la nuit et je tends la main vers son côté du lit, vide depuis l'accident.
# triad 45
fr situation n | Mes parents sont repartis vivre au Portugal ; leur appartement est loué à des inconnus et je dîne seule le dimanche.
+ en situation n | My parents have moved back to Portugal; their flat is let to strangers and I eat alone on Sundays.
# triad 46
en situation h | We sold my grandfather's workbench and tools; the shed is empty and still smells of sawdust.
+ fr situation h | On a vendu l'établi et les outils de mon grand-père ; l'atelier est vide et sent encore la sciure.
# triad 47
fr situation h | Le tricot de maman est resté sur ses aiguilles ; elle est partie avant de finir mon écharpe.
+ en situation h | Mum's knitting is still on the needles; she died before she could finish my scarf.
# triad 48
fr situation h | Mme Dubois, la dame que je visitais chaque mardi comme bénévole, est morte ce week-end ; mardi sera vide.
+ en situation h | Mrs Dubois, the lady I visited every Tuesday as a volunteer, died this weekend; Tuesdays will be empty.
# triad 49
en situation h | My uncle sold the family farm; the cows left this morning in a lorry and the barn is silent.
+ fr situation h | Mon oncle a vendu la ferme familiale ; les vaches sont parties ce matin en bétaillère et l'étable est silencieuse.
# triad 50
fr situation h | Je suis allé voir seul le film qu'on devait voir ensemble, deux semaines après l'enterrement de Paul.
+ en situation h | I went alone to see the film we were meant to see together, two weeks after Paul's funeral.
# triad 51
fr situation n | Depuis notre rupture, le canapé où on regardait nos séries chaque soir est beaucoup trop grand.
+ en situation n | Since we broke up, the sofa where we watched our series every night feels far too big.
# triad 52
en situation n | Failed my final exams by two points; all my friends head off to uni in September without me.
+ fr situation n | Recalé au bac à deux points près ; tous mes copains partent à la fac en septembre sans moi.
# triad 53
fr situation h | Mon genou ne tiendra plus : je dois arrêter le judo pour de bon, après vingt ans de tatami.
+ en situation h | My knee won't hold anymore: I have to give up judo for good after twenty years on the mat.
# triad 54
en situation h | Rain is falling on my little brother's fresh grave; we buried him on Monday.
+ fr situation h | Il pleut sur la tombe toute fraîche de mon petit frère ; on l'a enterré lundi.
# triad 55
fr situation h | Noisette, le hamster de ma fille, est mort cette nuit ; elle l'a enterré dans une boîte à chaussures en pleurant.
+ en situation h | Noisette, my daughter's hamster, died last night; she buried him in a shoebox, crying.
# triad 56
fr situation h | On a dû faire euthanasier Pompon, ma jument de vingt-six ans ; son box est vide ce matin.
+ en situation h | We had to have Pompon, my twenty-six-year-old mare, put down; her stable is empty this morning.
# triad 57
en situation h | He left me last night after six years; his things are gone and half the wardrobe is empty.
+ fr situation h | Il m'a quittée hier soir après six ans ; ses affaires sont parties et la moitié du placard est vide.
# triad 58
fr situation n | Mon frère et moi, on ne se parle plus depuis deux ans ; Noël se fera encore sans lui.
+ en situation n | My brother and I haven't spoken in two years; Christmas will be without him again.
# triad 59
en situation h | The old computer died with the only recordings of Grandma's voice on it; nothing can be recovered.
+ fr situation h | Le vieil ordinateur a lâché avec les seuls enregistrements de la voix de mamie ; rien n'est récupérable.
# triad 60
fr situation h | J'ai apporté les vêtements de mon mari à la friperie ; sa veste en jean était la dernière.
+ en situation h | I took my husband's clothes to the charity shop; his denim jacket was the last thing to go.
# triad 61
fr situation n | Notre fils a déménagé à Bordeaux ce matin ; en rentrant, sa chambre vide m'a fait pleurer.
+ en situation n | Our son moved to Bordeaux this morning; when I got home his empty room made me cry.
# triad 62
en situation h | The floods wiped out the village where I grew up; the pictures were on the eight o'clock news.
+ fr situation h | Les inondations ont rayé le village où j'ai grandi ; les images sont passées au journal de 20 heures.
# triad 63
fr situation h | Le télescope de papi est dans mon salon depuis sa mort ; plus personne pour me montrer Cassiopée.
+ en situation h | Grandpa's telescope has been in my living room since he died; there's no one left to show me Cassiopeia.
# triad 64
fr situation h | Les roses trémières que ma femme avait semées ont fleuri, le premier été sans elle.
+ en situation h | The hollyhocks my wife sowed have flowered, the first summer without her.
# triad 65
en situation h | We sold Dad's little sailing boat to a stranger, and I watched it leave the harbour without us.
+ fr situation h | On a vendu le petit voilier de papa à un inconnu, et je l'ai regardé quitter le port sans nous.
# triad 66
fr situation h | Après l'opération du dos, plus jamais de ski ; j'ai donné mes skis à mon neveu ce matin.
+ en situation h | After the back surgery, no more skiing ever; I gave my skis to my nephew this morning.
# triad 67
fr situation h | Nadia, avec qui je déjeunais à la cantine chaque midi depuis quinze ans, est décédée ce week-end.
+ en situation h | Nadia, who I'd had lunch with in the canteen every day for fifteen years, died this weekend.
# triad 68
en situation h | I dialled Mum's number out of habit this morning before remembering she died in May.
+ fr situation h | J'ai composé le numéro de maman par réflexe ce matin, avant de me rappeler qu'elle est morte en mai.
# triad 69
fr situation n | Le juge a confié mon fils à son père ; le frigo est encore couvert de ses dessins.
+ en situation n | The judge gave custody of my son to his father; the fridge is still covered in his drawings.
# triad 70
fr situation h | Pépé est mort la veille de la fête foraine qu'il ne ratait jamais ; les manèges tournent sans lui.
+ en situation h | Grandad died the day before the funfair he never missed; the rides are turning without him.
# triad 71
en situation n | The specialist confirmed I'll never get the hearing back in my left ear; music won't sound the same.
+ fr situation n | Le spécialiste a confirmé que je ne retrouverai jamais l'audition de l'oreille gauche ; la musique ne sonnera plus pareil.
# triad 72
fr situation h | Au dîner entre amis, on a levé un verre pour Karim, emporté en mars, et plus personne n'a parlé.
+ en situation h | At dinner with friends we raised a glass to Karim, taken from us in March, and then nobody spoke.
# triad 73
en situation h | Lost property never turned up Dad's watch, the only keepsake I had left of him.
+ fr situation h | Les objets trouvés n'ont jamais retrouvé la montre de papa, le seul souvenir qui me restait de lui.
# triad 74
fr situation h | Un mois après l'enterrement, je plie les chemises de mon mari et je les respire une à une.
+ en situation h | A month after the funeral I'm folding my husband's shirts, breathing each one in.
# triad 75
fr slang_emoji n | Yanis est parti vivre en Australie hier, l'appart est vide sans lui 💔 jsuis pas bien
+ en slang_emoji n | Yanis moved to Australia yesterday, the flat's empty without him 💔 not doing great
# triad 76
fr slang_emoji h | mamie est partie cette nuit, même le croissant aux amandes du dimanche a plus de goût 💔
+ en slang_emoji h | nan passed away last night, even the Sunday almond croissant has lost its taste 💔
# triad 77
en typo h | my sister passed away on tuesday, i cant even look at her mesages
+ fr typo h | ma soeur est decedee mardi, j'arrive meme pas a regarder ses mesages
# triad 78
fr typo h | maman est morte hier soir a lhopital, je sais pas quoi faire de ses affaires
+ en typo h | mum died last night at the hopsital, i dont know what to do with her things
# triad 79
fr mixed h | Soulagé qu'il ne souffre plus, mais surtout le cœur brisé : papi, qui avait bâti notre cabane, est parti cette nuit.
+ en mixed h | Relieved he's not suffering anymore, but mostly heartbroken: Grandpa, who built us our den, died last night.
# triad 80
en situation h | The park bench now has a little plaque with my father's name; he died this winter.
+ fr situation h | Le banc du parc porte maintenant une petite plaque au nom de mon père, mort cet hiver.
# triad 81
fr situation n | Ma vue ne me permet plus de conduire ; ce sera le bus désormais, j'ai rendu ma voiture à la concession.
+ en situation n | My eyesight won't let me drive anymore; it's the bus from now on, and I've handed my car back to the dealer.
# triad 82
en situation h | The last jar of my great-aunt's apricot jam; she died in the spring and I can't bring myself to open it.
+ fr situation h | Le dernier pot de confiture d'abricots de ma grand-tante ; elle est morte au printemps et je n'ose pas l'ouvrir.
# triad 83
fr situation h | Mon entraîneur de natation depuis mes huit ans est mort samedi ; minute de silence au bord du bassin.
+ en situation h | My swimming coach since I was eight died on Saturday; a minute's silence by the pool.
"""

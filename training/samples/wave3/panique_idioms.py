"""panique: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# idioms: mort de peur / scared to death
fr explicit h | Je suis mort de peur, là.
+ en explicit h | I'm scared to death right now.
fr situation h | Mort de peur : quelqu'un vient de casser la vitre de la cuisine en bas.
+ en situation h | Scared to death: someone just smashed the kitchen window downstairs.
# idioms: crever de trouille / scared witless
fr explicit h | Je crève de trouille, au secours.
+ en explicit h | I'm scared witless, help.
fr situation h | Je crève de peur, le bus glisse sur le verglas et le chauffeur ne contrôle plus rien.
+ en situation h | I'm frightened out of my mind, the bus is sliding on the black ice and the driver's lost control.
# idioms: une peur bleue
fr explicit h | J'ai une peur bleue, là, tout de suite.
+ en explicit h | I'm absolutely terrified right now.
fr situation h | Une peur bleue : il y a un serpent enroulé derrière les toilettes !
+ en situation h | Terrified out of my skin: there's a snake curled up behind the toilet!
# idioms: avoir la trouille
fr slang_emoji h | jai la trouille de ma vie 😱😱
+ en slang_emoji h | most scared ive ever been 😱😱
fr situation h | J'ai la trouille, la voiture fait des bruits d'explosion et de la fumée sort du capot.
+ en situation h | I'm scared stiff, the car's making banging noises and smoke's pouring out of the bonnet.
# slang: flipper / freaking out
fr slang_emoji h | je flippe grave là 😰
+ en slang_emoji h | freaking out so bad rn 😰
fr slang_emoji h | ptn je flippe, y a un mec qui me suit depuis le métro et il accélère
+ en slang_emoji h | omg freaking out, some guy's been following me since the station and he's speeding up
# idioms: avoir les jetons / les chocottes
fr explicit h | J'ai les chocottes, là, vraiment.
+ en explicit h | I'm quaking in my boots here, seriously.
fr situation h | J'ai les jetons, l'avion vient de chuter d'un coup et les masques à oxygène sont tombés.
+ en situation h | I'm terrified, the plane just dropped out of nowhere and the oxygen masks have come down.
# idioms: my blood ran cold / mon sang s'est glacé
en situation h | My blood just ran cold: the baby monitor is playing a man's voice.
+ fr situation h | Mon sang s'est glacé : dans le babyphone, j'entends une voix d'homme.
en explicit h | My blood's run cold.
+ fr explicit h | J'ai le sang glacé, là.
# idioms: heart in my mouth
en explicit h | Heart in my mouth, help!
+ fr explicit h | J'ai le cœur qui bat à cent à l'heure, au secours !
en situation h | Heart in my mouth, my toddler's climbed onto the balcony railing and I'm three steps away.
+ fr situation h | J'ai le cœur qui s'arrête, mon petit est monté sur la rambarde du balcon et je suis à trois pas.
# idioms: scared out of my wits
en explicit h | Scared out of my wits.
+ fr explicit h | Je suis terrorisée, là.
en situation h | Scared out of my wits: the lights keep flickering and something's banging in the attic.
+ fr situation h | Terrorisé : les lumières clignotent et quelque chose cogne dans le grenier.
# slang: freaking out
en slang_emoji h | FREAKING OUT rn
+ fr slang_emoji h | JE PANIQUE LÀ
en situation h | I'm freaking out, my bank app says my account just got emptied and I can't log in.
+ fr situation h | Je panique complètement, mon appli dit que mon compte vient d'être vidé et je n'arrive plus à me connecter.
# idioms: jumped out of my skin
en explicit h | I just about jumped out of my skin, who's there?!
+ fr explicit h | J'ai fait un bond terrible, qui est là ?!
en situation h | Jumped out of my skin, a hand just tapped my shoulder in the empty car park.
+ fr situation h | J'ai failli mourir de peur, une main vient de me taper sur l'épaule dans le parking vide.
# exaggeration: crise cardiaque / heart attack
fr explicit h | Je vais faire une crise cardiaque, là !
+ en explicit h | I'm about to have a heart attack here!
fr situation h | Je vais faire un arrêt cardiaque : l'alarme incendie hurle et je ne trouve pas la sortie dans la fumée.
+ en situation h | I'm going to have a heart attack: the fire alarm's screaming and I can't find the exit in the smoke.
# idioms: trembler comme une feuille
fr explicit h | Je tremble comme une feuille.
+ en explicit h | I'm shaking like a leaf.
fr situation h | Je tremble comme une feuille, la terre vient de bouger et tous les verres sont tombés des étagères.
+ en situation h | I'm shaking like a leaf, the ground just moved and every glass fell off the shelves.
# idioms: white as a sheet
en explicit h | I've gone white as a sheet.
+ fr explicit h | Je suis blanc comme un linge.
en situation h | White as a sheet, my daughter's not in her bed and the front door's wide open.
+ fr situation h | Blanche comme un linge : ma fille n'est pas dans son lit et la porte d'entrée est grande ouverte.
# slang: faire dans son froc / bricking it
fr slang_emoji h | jvais faire dans mon froc 😨
+ en slang_emoji h | literally bricking it 😨
fr situation h | Je fais dans mon froc, le téléphérique s'est arrêté au-dessus du vide et la cabine tangue.
+ en situation h | I'm bricking it, the cable car's stopped over the drop and the cabin's swinging.
# idioms: les cheveux qui se dressent / hair standing on end
fr explicit h | J'ai les cheveux qui se dressent sur la tête.
+ en explicit h | My hair's standing on end.
fr situation h | Les cheveux dressés sur la tête : quelqu'un marche dans le couloir alors que je vis seule.
+ en situation h | Hair standing on end: someone's walking down the hallway and I live alone.
# idioms: perdre les pédales
fr explicit h | Je perds les pédales, aidez-moi !
+ en explicit h | I'm losing it, somebody help me!
fr situation h | Je perds complètement les pédales, le four crache des flammes et l'extincteur ne marche pas !
+ en situation h | I'm completely losing it, the oven's spitting flames and the extinguisher won't work!
# idioms: panique à bord / panic stations
fr explicit h | C'est la panique à bord !
+ en explicit h | Panic stations here!
fr situation h | Panique à bord, la rivière a débordé et l'eau passe déjà sous la porte du salon.
+ en situation h | Panic stations, the river's burst its banks and water's already coming under the living room door.
# exclamations: mayday / au secours / SOS
en one_word h | Mayday, mayday!
+ fr one_word h | Au secours !
en slang_emoji h | SOS 🚨🚨 kitchen on fire what do i do
+ fr slang_emoji h | SOS 🚨🚨 la cuisine brûle jfais quoi
# exaggeration: on va tous mourir
fr explicit h | On va tous mourir !
+ en explicit h | We're all going to die!
fr situation h | On va y rester, le bateau prend l'eau de partout et la côte est à des kilomètres.
+ en situation h | We're not going to make it, the boat's taking on water everywhere and the coast is miles away.
# idioms: panic attack / crise de panique
en explicit h | Having a full-blown panic attack.
+ fr explicit h | Je fais une vraie crise de panique.
en situation h | Panic attack in the lift, can't breathe, the walls are closing in on me.
+ fr situation h | Crise de panique dans l'ascenseur, je n'arrive plus à respirer, les murs se referment sur moi.
# idioms: deer in headlights / tétanisé
en explicit h | Frozen like a deer in headlights.
+ fr explicit h | Je suis tétanisé, je ne bouge plus.
en situation h | Deer in headlights: a lorry's coming straight at me on my side of the road.
+ fr situation h | Tétanisée : un camion arrive droit sur moi, sur ma voie.
# idioms: knees turned to jelly / jambes en coton
en explicit h | My knees have turned to jelly, somebody help.
+ fr explicit h | J'ai les jambes en coton, aidez-moi.
en situation h | Knees like jelly, the man with the knife is standing right outside the shop window.
+ fr situation h | Les jambes en coton, l'homme au couteau est juste devant la vitrine de la boutique.
# idioms: sueurs froides / cold sweat
fr explicit h | Sueurs froides, là, au secours.
+ en explicit h | Breaking out in a cold sweat, help.
fr situation h | Sueurs froides : ma fille vient d'avaler une pile bouton et je cherche le numéro du centre antipoison.
+ en situation h | Cold sweat: my daughter just swallowed a button battery and I'm looking for the poison centre number.
# idioms: petrified / pétrifié
en explicit h | Petrified, can't move a muscle.
+ fr explicit h | Pétrifié, impossible de bouger.
en situation h | Petrified, there's a bear sniffing around our tent right now.
+ fr situation h | Pétrifiée, il y a un ours qui renifle autour de notre tente en ce moment même.
# slang: ça craint de ouf
fr slang_emoji h | ça craint de ouf là jsuis en panique 😱
+ en slang_emoji h | this is seriously bad im panicking 😱
fr typo h | ca crain de ouf, la baignoire deborde et leau coule chez le voisin du dessous vite vite
+ en typo h | this is bad bad, bath overflowing and water pouring into the flat below quick quick
# exclamations: oh my god
en slang_emoji h | oh god oh god oh god
+ fr slang_emoji h | oh mon dieu oh mon dieu oh mon dieu
en typo h | oh god oh god theres blood everywhere he cut his hand on the glas
+ fr typo h | oh mon dieu ya du sang partout il sest coupé la main avec le verre
# idioms: scared the living daylights out of me / la frousse
en explicit h | Scared the living daylights out of me, and it's not over.
+ fr explicit h | J'ai la frousse de ma vie, et ce n'est pas fini.
en situation h | The smoke alarm just scared the living daylights out of me, and now I can smell burning.
+ fr situation h | Le détecteur de fumée vient de me flanquer une frousse terrible, et maintenant ça sent le brûlé.
# slang: panique totale
fr one_word h | Panique totale.
+ en one_word h | Full-on panic.
fr typo h | panique totale jtrouve plus le petit sur la plage
+ en typo h | total panic cant find the little one on the beach
# idioms: dead scared / trouille mortelle
en explicit h | Dead scared right now.
+ fr explicit h | J'ai une trouille mortelle, là.
en situation h | Dead scared, the ice just cracked under my feet in the middle of the lake.
+ fr situation h | Trouille mortelle, la glace vient de craquer sous mes pieds au milieu du lac.
# idioms: heart pounding out of my chest
en explicit h | My heart's pounding out of my chest, I'm terrified.
+ fr explicit h | Mon cœur va sortir de ma poitrine, j'ai trop peur.
en situation h | Heart pounding out of my chest, the brakes aren't responding on the way down the hill.
+ fr situation h | Le cœur qui cogne à tout rompre, les freins ne répondent plus dans la descente.
# idioms: alerte rouge / red alert
fr explicit h | Alerte rouge, alerte rouge !
+ en explicit h | Red alert, red alert!
fr situation h | Alerte rouge : le petit a ouvert le placard et il tient la bouteille de javel débouchée.
+ en situation h | Red alert: the little one's opened the cupboard and he's holding the open bottle of bleach.
# slang: losing my shit
en slang_emoji h | losing my shit rn 😭😭 wasp INSIDE the car on the motorway
+ fr slang_emoji h | jsuis en pleine panique 😭😭 une guêpe DANS la voiture sur l'autoroute
en slang_emoji h | help help help 😭
+ fr slang_emoji h | au secourssss 😭
# typo: j'ai trop peur
fr typo h | jai tro peur
+ en typo h | so scard rn
fr typo h | jai tro peur la ya qqn ds le jardin avec une lampe torche
+ en typo h | so scared rn theres some1 in the garden with a torch
# exaggeration: I think I'm dying / je crois que je meurs
en explicit h | I think I'm dying, call someone!
+ fr explicit h | Je crois que je meurs, appelle quelqu'un !
en situation h | I think I'm dying, my chest is being crushed and my left arm's gone numb.
+ fr situation h | Je crois que je suis en train de mourir, j'ai la poitrine écrasée et le bras gauche engourdi.
# slang: avoir les miquettes / les foies
fr explicit h | J'ai les miquettes, mais alors les miquettes !
+ en explicit h | I'm scared out of my mind, properly scared!
fr situation h | J'ai les foies, une araignée grosse comme ma main vient de grimper sur mon oreiller.
+ en situation h | I'm totally spooked, a spider the size of my hand just crawled onto my pillow.
# idioms: spooked
en explicit h | Totally spooked right now.
+ fr explicit h | Je suis complètement terrifié, là.
en situation h | Totally spooked, the back door just flew open on its own and the alarm's going off.
+ fr situation h | Complètement terrifiée, la porte de derrière vient de s'ouvrir toute seule et l'alarme se déclenche.
# idioms: glacé d'effroi / frozen with fear
fr one_word h | Glacée d'effroi.
+ en explicit h | Frozen with fear.
fr situation h | Glacé d'effroi, je vois dans le rétro la voiture derrière nous qui nous fonce dessus sans freiner.
+ en situation h | Frozen with fear, I can see the car behind us in the mirror coming straight at us without braking.
# idioms: ne plus savoir où donner de la tête (emergency)
fr explicit h | Je ne sais plus où donner de la tête, c'est l'urgence totale !
+ en explicit h | I don't know which way to turn, this is a full-blown emergency!
fr situation h | Je ne sais plus où me mettre, le bébé ne respire plus normalement et le Samu ne décroche pas !
+ en situation h | I don't know what to do, the baby isn't breathing properly and the ambulance line isn't picking up!
# slang: c'est la merde / we're screwed
fr slang_emoji h | c la merde c la merde c la merde 😱 le feu a pris dans la haie
+ en slang_emoji h | we're screwed we're screwed 😱 the hedge has caught fire
en slang_emoji h | we're so screwed rn 😱😱
+ fr slang_emoji h | on est dans la merde là 😱😱
# idioms: j'ai cru que j'allais y passer
fr explicit h | J'ai cru que j'allais y passer, et ça continue de secouer !
+ en explicit h | I thought I was a goner, and it's still shaking!
fr situation h | Je vais y passer, le bateau se couche sous la vague et je n'ai pas mon gilet.
+ en situation h | I'm a goner, the boat's keeling over under the wave and I haven't got my life jacket.
# light requests with the idiom
fr wish h c=red;white b=bright | Morte de trouille, quelqu'un tambourine à la porte à trois heures du matin, allume tout en rouge et blanc !
+ en wish h c=red;white b=bright | Scared stiff, someone's pounding on the door at 3 a.m., put everything on red and white!
en wish h b=bright | Freaking out, I just heard glass break downstairs, every light on full, now!
+ fr wish h b=bright | Je flippe, je viens d'entendre du verre se briser en bas, toutes les lumières à fond, vite !
fr situation h | J'ai la trouille de ma vie, un type essaie d'ouvrir la portière de ma voiture au feu rouge. Lumières à fond !
+ en situation h | Scared out of my mind, some guy's trying my car door at the red light. Lights on full!
en situation h | Bricking it, the power's gone and I can hear someone in the garage. Match the lights to that.
+ fr situation h | Je fais dans mon froc, plus de courant et j'entends quelqu'un dans le garage. Mets une ambiance qui va avec.
"""

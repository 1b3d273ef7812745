"""panique: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (health, gas, kids, car, metro, DIY, earthquake, allergy, fire, outdoors, exams, work, hospital)
fr typo h | ma mere sest effondree ds la cuisine elle repond plu jappelle le 15
+ en typo h | my mum collapsed in the kitchen shes not responding calling 999
fr slang_emoji h | ça sent le GAZ partout dans l'immeuble 😱 on sort tous vite
+ en slang_emoji h | it smells of GAS all over the building 😱 everyone out now
fr typo h | mon fils a avalé une pile bouton jfais koi jfais koi
+ en typo h | my son swallowed a button battery what do i do what do i do
fr slang_emoji h | jsuis passagère et le conducteur fait un malaise au volant 😱😱
+ en slang_emoji h | im in the passenger seat n the drivers passing out at the wheel 😱😱
fr typo h | ya un mec avec un couteau ds le metro tt le monde court
+ en typo h | theres a guy with a knife on the tube everyones running
fr typo h | jme suis ouvert la main avec la disqueuse ca pisse le sang
+ en typo h | sliced my hand on the angle grinder its pouring blood
fr slang_emoji h | gros séisme ça tremble de partout 😨 les meubles tombent
+ en slang_emoji h | massive quake everythings shaking 😨 furniture falling over
fr typo h | ma copine fait une crise dallergie elle gonfle de partout et on trouve pa lepipen
+ en typo h | my gfs having an allergic reaction shes swelling up n we cant find the epipen
fr slang_emoji h | la multiprise a pris feu derrière la télé 🔥😱 il est où l'extincteur
+ en slang_emoji h | the power strip caught fire behind the tv 🔥😱 wheres the extinguisher
fr typo h | papa a mal ds la poitrine et ds le bras gauche ca va pa du tt
+ en typo h | dads got chest pain n his left arm hurts this is really bad
fr slang_emoji h | perdue en forêt, la nuit tombe et plus que 3% de batterie 😰🔋
+ en slang_emoji h | lost in the woods, getting dark n only 3% battery left 😰🔋
fr typo n | lexam commence ds 10 min et jsuis ds le mauvais batiment a lautre bout du campus
+ en typo n | exam starts in 10 min n im in the wrong building across campus
fr typo n | pa la bonne cle usb et je presente devant le client ds 5 min
+ en typo n | wrong usb stick n im presenting to the client in 5 min
fr slang_emoji h | une guêpe dans la voiture sur le périph et je suis allergique 😱🐝
+ en slang_emoji h | wasp in the car on the ring road n im allergic 😱🐝
fr typo h | lalarme incendie sonne a lhopital et on trouve pa la sortie avec mamie en fauteuil
+ en typo h | fire alarm going off at the hospital n we cant find the exit with nan in her wheelchair
fr typo h | panik totale jai enfermé les clés ds la voiture avec le bebe dedans et il fait 35
+ en typo h | total panic locked the keys in the car w the baby inside n its 35 degrees
fr slang_emoji h | ça brûle dans le couloir 🔥🔥 on est coincés au 4e
+ en slang_emoji h | fire in the hallway 🔥🔥 were trapped on the 4th floor
# texting, French first: naming the panic
fr slang_emoji h | JE PANIQUE 😱😱 lumière à fond vite
+ en slang_emoji h | IM PANICKING 😱😱 lights full on quick
fr typo h | jarrive plu a respirer jsuis en pleine crise dangoisse
+ en typo h | cant breathe im having a full on panic attack
fr slang_emoji h | je flippe ma race là 😨😨
+ en slang_emoji h | scared outta my mind rn 😨😨
fr typo h | coeur a 200 jvais faire un malaise aidez moi
+ en typo h | heart at 200 gonna pass out help me
fr slang_emoji h | au secours au secours 🚨🚨 je sais plus quoi faire
+ en slang_emoji h | help help 🚨🚨 i dont know what to do
fr typo h | terrorisé jpeu plu bouger
+ en typo h | terrified i cant move
fr slang_emoji h | c'est la panique totale ici 😱 tout le monde hurle
+ en slang_emoji h | total panic here 😱 everyones screaming
fr typo h | jtremble de partout jsuis mort de peur la
+ en typo h | shaking all over im scared to death rn
fr slang_emoji h | ALERTE 🚨 j'ai peur j'ai peur j'ai peur
+ en slang_emoji h | ALERT 🚨 im scared im scared im scared
fr typo h | jpanik grav jsais plu ou jsuis
+ en typo h | freakin out bad dont know where i am
fr slang_emoji h | pétrifiée 😰 allume tout vite
+ en slang_emoji h | petrified 😰 turn everything on fast
fr typo h | a laide vite ca va tres mal
+ en typo h | help quick its going really bad
fr slang_emoji h | crise de panique en plein supermarché 😰😰 faut que je sorte
+ en slang_emoji h | panic attack in the middle of the supermarket 😰😰 gotta get out
# texting, English first: events (poison, tornado, ice, party, boat, ceiling, stairs, camping, electrics, scooter)
en typo h | my toddler drank smthn from under the sink whats the poison line number
+ fr typo h | mon petit a bu un truc sous levier cest koi le num du centre antipoison
en slang_emoji h | tornado siren going off n we dont have a basement 😱🌪️
+ fr slang_emoji h | la sirène tornade sonne et on a pas de cave 😱🌪️
en typo h | car just spun on the ice n im in the ditch
+ fr typo h | la voiture a fait un tete a queue sur le verglas jsuis ds le fossé
en slang_emoji h | my mate wont wake up after the party 😨😨 calling an ambulance
+ fr slang_emoji h | mon pote se réveille pas après la soirée 😨😨 j'appelle l'ambulance
en typo h | boats taking on water n the engine died
+ fr typo h | le bateau prend leau et le moteur a laché
en slang_emoji h | ceiling's cracking n water pouring in 😱
+ fr slang_emoji h | le plafond craque et l'eau dégouline partout 😱
en typo h | grandma fell down the stairs n shes not getting up
+ fr typo h | mamie est tombee ds lescalier et elle se releve pa
en slang_emoji h | bear RIGHT outside the tent 😨🐻 what do we doooo
+ fr slang_emoji h | un ours JUSTE devant la tente 😨🐻 on fait quoiii
en typo h | sparks comin outta the fuse box n the lights r flickering
+ fr typo h | ya des etincelles ki sortent du tableau electrique et les lumieres clignotent
en typo h | i just hit someone on a scooter, hes on the ground, oh god
+ fr typo h | jviens de percuter qqn en trottinette il est par terre mon dieu
# texting, English first: naming the panic
en slang_emoji h | PANICKING rn 😱 cant think straight
+ fr slang_emoji h | JE PANIQUE là 😱 j'arrive plus à réfléchir
en typo h | im so scared my chest is so tight i think im dyin
+ fr typo h | jai tellement peur ma poitrine est serree jcrois ke jvais mourir
en slang_emoji h | full blown panic 🚨 HELP
+ fr slang_emoji h | panique complète 🚨 AU SECOURS
en typo h | freakin out cant breathe cant breathe
+ fr typo h | jpanique jarrive pa a respirer jarrive pa
en slang_emoji h | scared stiff 😰 turn on ALL the lights
+ fr slang_emoji h | morte de trouille 😰 allume TOUTES les lumières
en typo h | omg omg what do i do im so scared
+ fr typo h | omg omg jfais koi jai tro peur
en slang_emoji h | heart racing like crazy 😨 somethings really wrong
+ fr slang_emoji h | le cœur qui s'emballe de ouf 😨 y a un truc qui va vraiment pas
en typo h | terrified rn pls someone pick up
+ fr typo h | terrifiee la svp ke kelkun decroche
en slang_emoji h | EMERGENCY 🚨🚨 im losing it
+ fr slang_emoji h | URGENCE 🚨🚨 je perds pied
en typo h | im in total panic hands shaking cant even type
+ fr typo h | panik totale mes mains tremblent jarrive mm pa a ecrire
"""

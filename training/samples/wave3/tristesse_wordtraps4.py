"""tristesse: third wave, lines of this mood around body reactions and intensity words shared by other moods (train and validation only)."""

SEEDS = """
# reaction: crier
fr situation h | J'ai crié son nom dans tout le lotissement jusqu'à minuit ; ce matin on a retrouvé Moustache mort au bord de la route.
+ en situation h | I shouted his name all over the estate until midnight; this morning we found Whiskers dead by the road.
fr situation n | Dans la cour d'en face, les gamins crient de joie à la récré pendant que je vide le bureau de mon mari, mort en mars.
+ en situation n | Across the road the kids are shrieking with joy at break while I clear out my husband's desk; he died in March.
en situation n | The whole ground was screaming for the visitors as we went down after ninety-one years in the top flight.
+ fr situation n | Tout le stade criait pour les visiteurs pendant qu'on descendait, après quatre-vingt-onze ans dans l'élite.
# reaction: hurler
fr situation h | Ma mère a hurlé en apprenant la mort de son frère, puis elle s'est effondrée en sanglots sur le carrelage de la cuisine.
+ en situation h | My mother howled when she heard her brother had died, then collapsed sobbing onto the kitchen tiles.
fr situation n | À côté, les voisins hurlent « joyeux anniversaire », et moi je passe mon premier anniversaire sans papa, parti en janvier.
+ en situation n | Next door they're yelling "happy birthday", and I'm spending my first birthday without Dad, who died in January.
en typo n | the kids were yelling in the garden like always, then i remembered we buried nana last week, no more sundays with her
+ fr typo n | les petits hurlaient dans le jardin comme dhab, et jme suis rappelé qu'on a enterré mamie la semaine dernière, fini les dimanches avec elle
# reaction: pleurer
fr situation n | Mon fils a pleuré tout le trajet du retour : son meilleur copain a déménagé au Québec hier et la cabane est vide.
+ en situation n | My son cried the whole way home: his best mate moved to Quebec yesterday and the treehouse is empty.
en situation h | I cried in the vet's car park, Biscuit's empty collar in my hand, after they put him to sleep.
+ fr situation h | J'ai pleuré sur le parking du vétérinaire, le collier vide de Biscuit dans la main, après l'euthanasie.
fr mixed n | Un peu soulagée que ce soit clair, mais surtout j'ai pleuré toute la soirée après la rupture avec Hugo.
+ en mixed n | A little relieved that it's settled, but mostly I cried all evening after breaking up with Hugo.
# reaction: larmes
fr situation n | Les larmes sont montées en plein discours de mariage, devant la chaise vide de ma grand-mère, morte en avril.
+ en situation n | Tears welled up in the middle of the wedding speech, in front of the empty chair for my grandmother, who died in April.
en situation n | Tears on my keyboard as I wrote the goodbye email to the team I led for nine years; the branch shut down yesterday.
+ fr situation n | Des larmes sur le clavier en écrivant le mail d'adieu à l'équipe que j'ai dirigée neuf ans ; l'agence a fermé hier.
fr situation l | Larmes discrètes au supermarché devant le rayon des croquettes ; je n'en ai plus besoin depuis mardi.
+ en situation l | Quiet tears at the supermarket in front of the dog food aisle; I haven't needed any since Tuesday.
# reaction: trembler
fr situation n | Mes mains tremblaient en signant l'acte de vente de la ferme familiale, cédée après quatre générations faute de repreneur.
+ en situation n | My hands shook as I signed the deed of sale for the family farm, given up after four generations with nobody to take it on.
en situation h | My voice was shaking through the whole eulogy; Grandpa Joe was the one who taught me to fish.
+ fr situation h | Ma voix tremblait pendant tout l'éloge funèbre ; c'est papi Joseph qui m'avait appris à pêcher.
fr situation n | Le petit tremblait de chagrin dans mes bras : son hamster était tout raide au fond de la cage ce matin.
+ en situation n | The little one was shaking with grief in my arms: his hamster was stiff at the bottom of the cage this morning.
# reaction: le coeur qui bat
fr situation n | Le cœur battant, j'ai ouvert la lettre de Sciences Po : refusée, après deux ans de prépa pour rien.
+ en situation n | Heart pounding, I opened the letter from Sciences Po: rejected, after two years of prep for nothing.
en situation h | My heart was racing when the nurse came out, and then she just shook her head. Dad was gone.
+ fr situation h | Mon cœur s'emballait quand l'infirmière est sortie, puis elle a juste secoué la tête. Papa était parti.
fr situation l | Mon cœur s'emballe encore quand je croise sa voiture, mais Léa ne reviendra pas, c'est fini depuis juin.
+ en situation l | My heart still races when I pass her car, but Léa isn't coming back; it's been over since June.
# reaction: mains moites
fr situation n | Les mains moites, j'ai écouté le verdict du jury : recalé au conservatoire, douze ans de violon qui s'arrêtent là.
+ en situation n | Sweaty palms, I listened to the jury's verdict: turned down by the conservatoire, twelve years of violin ending there.
en situation n | Sweaty palms in the liquidator's office as I handed over the keys to the café we had put everything into.
+ fr situation n | Les mains moites dans le bureau du liquidateur, j'ai rendu les clés du café où on avait tout mis.
# reaction: sauter
fr situation n | Hier encore elle sautait dans les flaques avec moi ; ce soir ma fille est partie vivre chez son père à Brest.
+ en situation n | Only yesterday she was jumping in puddles with me; tonight my daughter left to live with her dad in Brest.
en situation n | He used to jump on me every time I came home; this morning, after the vet, I hung his lead up for the last time.
+ fr situation n | Il me sautait dessus chaque fois que je rentrais ; ce matin, après le véto, j'ai raccroché sa laisse pour la dernière fois.
# reaction: bondir
fr situation h | J'ai bondi sur le téléphone en voyant le nom de l'hôpital ; c'était pour me dire que mamie s'était éteinte à l'aube.
+ en situation h | I leapt for the phone when I saw the hospital's name; it was to tell me Gran had passed away at dawn.
en situation l | The dog still leaps up at every car in the drive, looking for my son, who moved to Australia last week.
+ fr situation l | Le chien bondit encore à chaque voiture dans l'allée, il cherche mon fils, parti vivre en Australie la semaine dernière.
# reaction: courir
fr situation h | J'ai couru jusqu'à la chambre 214, trop tard : grand-père était parti dix minutes avant.
+ en situation h | I ran all the way to room 214, too late: Grandad had gone ten minutes before.
en situation n | I ran the Paris marathon for Mum this morning; at the finish I pulled out my phone to call her, then remembered.
+ fr situation n | J'ai couru le marathon de Paris pour maman ce matin ; à l'arrivée j'ai sorti mon téléphone pour l'appeler, puis je me suis souvenu.
fr situation n | Plus personne ne court dans le couloir le matin : les jumeaux sont partis en internat et la maison est vide.
+ en situation n | Nobody runs down the hallway in the morning anymore: the twins have gone off to boarding school and the house is empty.
# reaction: rire, fou rire
fr situation n | On a eu un fou rire nerveux au cimetière, puis on a compris qu'il ne rirait plus jamais avec nous.
+ en situation n | We got a nervous fit of giggles at the cemetery, then it hit us that he'd never laugh with us again.
en situation n | Everyone was laughing at my redundancy drinks, and I just stared at my empty desk after eighteen years there.
+ fr situation n | Tout le monde riait à mon pot de licenciement, et moi je fixais mon bureau vide après dix-huit ans dans la boîte.
fr situation l | Son rire me manque tellement depuis l'accident ; j'ai réécouté son dernier message vocal cinq fois avant de dormir.
+ en situation l | I miss her laugh so much since the accident; I replayed her last voice message five times before sleeping.
# reaction: sourire
fr situation n | J'ai souri toute la journée au mariage de ma sœur, puis j'ai pleuré dans la voiture : papa aurait dû être là.
+ en situation n | I smiled all day at my sister's wedding, then cried in the car: Dad should have been there.
en situation h | The midwife kept smiling kindly, but the scan showed the baby's heart had stopped at eleven weeks.
+ fr situation h | La sage-femme gardait un sourire doux, mais l'échographie a montré que le cœur du bébé s'était arrêté à onze semaines.
fr slang_emoji n | elle m'a fait un petit sourire en rendant les clés de l'appart, et voilà, trois ans ensemble finis 💔
+ en slang_emoji n | she gave me a little smile handing back the flat keys and that's it, three years together over 💔
# reaction: souffle coupé
fr situation n | Le souffle coupé devant le chêne du jardin couché par la tempête ; mon père l'avait planté à ma naissance, il est mort l'an dernier.
+ en situation n | Breath knocked out of me by the garden oak flattened in the storm; my father planted it when I was born, and he died last year.
en situation n | Breathless at the top of the stairs, I found my son's room already stripped bare for his move to Berlin.
+ fr situation n | Essoufflé en haut de l'escalier, j'ai trouvé la chambre de mon fils déjà vidée pour son départ à Berlin.
# reaction: sans voix
fr situation n | Je suis resté sans voix devant l'affiche « fermeture définitive » sur la librairie où je travaille depuis vingt ans.
+ en situation n | I was left speechless by the "closing for good" sign on the bookshop where I've worked for twenty years.
en situation n | Speechless in front of the results board: my name isn't there, two years of medical school for nothing.
+ fr situation n | Sans voix devant le tableau des résultats : mon nom n'y est pas, deux ans de médecine pour rien.
# reaction: je n'en reviens pas
fr situation h | Je n'en reviens pas qu'une crise cardiaque l'ait emporté si vite, on avait encore déjeuné ensemble jeudi.
+ en situation h | I can't believe a heart attack took him so fast; we had lunch together just on Thursday.
en typo n | cant believe we buried her yesterday, her mug is still on the shelf at work
+ fr typo n | jen reviens pas qu'on l'ait enterrée hier, sa tasse est encore sur l'étagère au boulot
# reaction: pas dormi de la nuit
fr situation n | Pas dormi de la nuit : c'était la dernière dans la maison de mon enfance, vendue pour payer l'EHPAD de maman.
+ en situation n | Didn't sleep all night: it was my last one in my childhood home, sold to pay for Mum's care home.
en situation n | Couldn't sleep a wink; the bed feels enormous since Marc took his things and left on Sunday.
+ fr situation n | Pas fermé l'œil ; le lit me paraît immense depuis que Marc a pris ses affaires et est parti dimanche.
fr typo n | jai pas dormi de la nuit, ma fille a pleuré jusqu'a 3h pcq son poisson rouge est mort hier soir
+ en typo n | didnt sleep all night, my daughter cried till 3am coz her goldfish died last night
# reaction: jambes en coton
fr situation n | Les jambes en coton en sortant du tribunal : le divorce est prononcé, vingt-deux ans de mariage effacés en dix minutes.
+ en situation n | Legs like jelly leaving the courthouse: the divorce is final, twenty-two years of marriage wiped out in ten minutes.
en situation n | My legs went weak at the For Sale sign on Gran's house, our first Christmas without her.
+ fr situation n | J'ai eu les jambes en coton devant le panneau « À vendre » sur la maison de mamie, notre premier Noël sans elle.
# reaction: gorge serrée
fr situation n | La gorge serrée en rendant mon maillot au club : le chirurgien dit que mon genou ne me laissera plus jamais jouer.
+ en situation n | Lump in my throat handing my shirt back to the club: the surgeon says my knee will never let me play again.
en situation n | Lump in my throat as the bank took the car back this morning; I couldn't keep up the payments anymore.
+ fr situation n | La gorge serrée pendant que la banque reprenait la voiture ce matin ; je n'arrivais plus à payer les traites.
# reaction: ventre noué
fr situation h | Le ventre noué en rangeant dans un carton les petits pyjamas achetés trop tôt ; on a appris hier qu'on n'aura jamais d'enfant.
+ en situation h | Knot in my stomach packing the tiny pyjamas we bought too early into a box; yesterday we learned we'll never have children.
en situation l | Knot in my stomach all morning: old Mr Ferrand retired and the bakery where I've had my coffee for fifteen years is shuttered for good.
+ fr situation l | Le ventre noué toute la matinée : le vieux M. Ferrand a pris sa retraite, et la boulangerie où je prenais mon café depuis quinze ans a baissé le rideau pour de bon.
# reaction: frissons
fr situation n | Des frissons en entendant sa chanson préférée à la messe d'obsèques, celle qu'il chantait faux en voiture.
+ en situation n | Shivers hearing his favourite song at the funeral mass, the one he used to sing off-key in the car.
en situation h | Chills down my spine as they lowered the coffin; my brother was only thirty-four.
+ fr situation h | Des frissons dans tout le dos quand ils ont descendu le cercueil ; mon frère n'avait que trente-quatre ans.
# reaction: chair de poule
fr situation n | La chair de poule en lisant sa dernière carte postale, arrivée trois jours après son décès.
+ en situation n | Goosebumps reading her last postcard, which arrived three days after she died.
en situation l | Goosebumps on the empty platform; my girlfriend's train back to Montreal just left, and it's over between us.
+ fr situation l | La chair de poule sur le quai désert ; le train de ma copine pour Montréal vient de partir, et c'est fini entre nous.
# reaction: serrer les poings
fr situation n | J'ai serré les poings pour ne pas pleurer devant les enfants quand le véto a endormi Pacha pour toujours.
+ en situation n | I clenched my fists so I wouldn't cry in front of the kids when the vet put Pacha to sleep for good.
en situation n | I kept her wedding ring clenched in my fist all through the wake.
+ fr situation n | J'ai gardé son alliance serrée dans mon poing pendant toute la veillée funèbre.
# reaction: claquer la porte
fr situation n | La porte a claqué derrière lui, puis le silence : mon aîné est parti vivre à Marseille ce matin.
+ en situation n | The door banged shut behind him, then silence: my eldest moved to Marseille this morning.
en situation n | Our daughter slammed the door at eighteen and never called again; I still set her place by mistake on Sundays.
+ fr situation n | Notre fille a claqué la porte à dix-huit ans et n'a plus jamais appelé ; je mets encore son couvert par erreur le dimanche.
# reaction: rougir
fr situation l | J'ai rougi quand la caissière m'a demandé des nouvelles de ma femme ; je n'ai pas eu le courage de lui dire qu'elle était morte.
+ en situation l | I went red when the cashier asked after my wife; I didn't have the heart to tell her she'd died.
en situation n | My cheeks burned as I told the team I'd been dropped from the squad after six seasons.
+ fr situation n | Les joues en feu, j'ai annoncé à l'équipe que j'étais écarté de l'effectif après six saisons.
# reaction: silence
fr situation n | Un silence de plomb dans la maison depuis que mamie n'est plus là pour allumer la radio le matin.
+ en situation n | A heavy silence in the house now that Gran isn't here to switch the radio on in the morning.
en situation n | Dead silence in the changing room after the defeat; it was our captain's last match before retiring.
+ fr situation n | Silence total dans le vestiaire après la défaite ; c'était le dernier match de notre capitaine avant sa retraite.
# reaction: immobile
fr situation n | Immobile devant la boîte aux lettres, le refus de la banque à la main : notre projet de maison tombe à l'eau.
+ en situation n | Standing frozen by the letterbox with the bank's refusal in my hand: our plan for a house is dead in the water.
en situation n | The cat sat motionless by the door all evening, waiting for Grandma, who died at the hospital on Friday.
+ fr situation n | La chatte est restée immobile devant la porte toute la soirée à attendre mamie, morte à l'hôpital vendredi.
# reaction: fixer le plafond
fr situation l | Je fixe le plafond depuis deux heures ; le refuge a appelé, le chien que je voulais adopter est parti dans une autre famille.
+ en situation l | I've been staring at the ceiling for two hours; the shelter called, the dog I wanted to adopt went to another family.
en situation n | Staring at the ceiling at 3 a.m. in the half-empty flat; the movers took her share of the furniture today.
+ fr situation n | Les yeux au plafond à trois heures du matin dans l'appart à moitié vide ; les déménageurs ont emporté sa part des meubles aujourd'hui.
# reaction: soupirer
fr situation l | J'ai soupiré en rangeant ses chaussons sous le lit ; il est décédé il y a trois mois et je n'arrive pas à les donner.
+ en situation l | I sighed putting his slippers back under the bed; he died three months ago and I can't bring myself to give them away.
en situation l | A long sigh at the window: rain again, and no visit from my grandchildren since they moved to Singapore.
+ fr situation l | Un long soupir à la fenêtre : encore la pluie, et plus aucune visite de mes petits-enfants depuis leur départ à Singapour.
# reaction: enfin
fr situation n | Enfin le jour de la remise des diplômes, et personne dans la salle pour moi : maman n'a pas vécu assez longtemps pour le voir.
+ en situation n | Graduation day at last, and nobody in the hall for me: Mum didn't live long enough to see it.
en situation n | Finally got the keys to our first house, and he left me two weeks later; I'm sitting alone among the boxes.
+ fr situation n | Enfin les clés de notre première maison, et il m'a quittée deux semaines après ; je suis seule au milieu des cartons.
# reaction: encore
fr situation h | Encore une fausse couche, la troisième ; j'ai replié la petite gigoteuse et je l'ai rangée au fond du placard.
+ en situation h | Another miscarriage, the third; I folded the little sleeping bag and put it at the back of the cupboard.
en situation n | Rejected again, the eighth publisher this year; the novel I wrote for Dad goes back in the drawer.
+ fr situation n | Encore un refus, le huitième éditeur de l'année ; le roman écrit pour papa retourne au fond du tiroir.
fr situation l | Je pose encore deux tasses sur le plateau le matin, par habitude, alors que Paul n'est plus là depuis l'automne.
+ en situation l | I still put two cups on the tray in the morning out of habit, though Paul has been gone since the autumn.
# reaction: toujours
fr situation n | Elle disait toujours « à dimanche » en raccrochant ; ce dimanche, c'étaient ses obsèques.
+ en situation n | She always said "see you Sunday" when she hung up; this Sunday was her funeral.
en situation n | Dad always kept a spot in the garage for his old bike; we sold it yesterday while emptying his house after he died.
+ fr situation n | Papa gardait toujours une place au garage pour son vieux vélo ; on l'a vendu hier en vidant sa maison après sa mort.
# reaction: jamais
fr situation h | Je n'ai jamais pu lui dire au revoir : mon meilleur ami est mort au Mali et je l'ai appris sur Facebook.
+ en situation h | I never got to say goodbye: my best friend died in Mali and I found out on Facebook.
en situation n | Never made the team, not once in four tryouts; I dropped my boots in the bin on the way home.
+ fr situation n | Jamais pris dans l'équipe, pas une fois en quatre sélections ; j'ai jeté mes crampons à la poubelle en rentrant.
# reaction: d'un coup, tout à coup
fr situation n | D'un coup, la maison est devenue trop grande : le petit dernier est parti à la fac et sa chambre sent encore son déo.
+ en situation n | All of a sudden the house is too big: our youngest has left for uni and his room still smells of his deodorant.
en situation h | Suddenly the monitor gave one long tone and the doctors stepped back; Grandad slipped away at 4:12.
+ fr situation h | Tout à coup le moniteur a sonné en continu et les médecins ont reculé ; papi est parti à 4 h 12.
fr slang_emoji n | tout à coup elle m'a bloqué partout, 4 ans d'amitié et plus rien 😞
+ en slang_emoji n | suddenly she blocked me everywhere, 4 years of friendship and nothing left 😞
# reaction: incroyable
fr situation n | Une vue incroyable depuis le balcon de l'hôtel, et je la regarde seule : il m'a quittée trois jours avant notre voyage de noces.
+ en situation n | An incredible view from the hotel balcony, and I'm looking at it alone: he left me three days before our honeymoon.
en situation n | An incredible gig, and all I could think was that Sam bought these tickets before the accident.
+ fr situation n | Un concert incroyable, et je ne pensais qu'à une chose : c'est Sam qui avait acheté ces billets, avant l'accident.
# reaction: fou, dingue
fr situation n | C'est fou comme l'appartement résonne depuis que ses cartons sont partis ; on s'est séparés après onze ans.
+ en situation n | It's crazy how the flat echoes now her boxes are gone; we split up after eleven years.
en typo n | its insane how quiet the house is w/o the dog, we had to put him down on monday
+ fr typo n | c dingue comme la maison est silencieuse sans le chien, on a du le faire piquer lundi
# reaction: énorme
fr situation n | Une énorme place vide sur le canapé, là où Ulysse, notre labrador, dormait depuis treize ans.
+ en situation n | A huge empty space on the sofa where Ulysses, our Labrador, slept for thirteen years.
en situation n | A huge crowd at the farewell match, and me on the bench in a cast; my knee ended my career in March.
+ fr situation n | Une foule énorme au match d'adieu, et moi sur le banc avec un plâtre ; mon genou a mis fin à ma carrière en mars.
# reaction: trop
fr slang_emoji n | trop dur ce soir, premier anniv sans mamie, personne pour m'appeler à 8h pile 🥀
+ en slang_emoji n | so hard tonight, first birthday without gran, nobody to ring me at 8 sharp 🥀
en situation n | So much food left over after the wake; nobody had the heart to eat.
+ fr situation n | Trop de nourriture restée après la veillée funèbre ; personne n'avait le cœur à manger.
# reaction: grave
fr slang_emoji n | jsuis grave déprimé, recalé au permis pour la 4e fois, le road trip se fera sans moi 😔
+ en slang_emoji n | seriously down, failed my driving test for the 4th time, the road trip's happening without me 😔
en situation n | Nan's dementia has got really bad; today she asked me who I was.
+ fr situation n | La démence de ma grand-mère est devenue grave ; aujourd'hui elle m'a demandé qui j'étais.
# reaction: mort de fatigue
fr situation n | Mort de fatigue après avoir vidé la maison de papa, j'ai gardé sa montre et donné tout le reste.
+ en situation n | Dead tired after clearing out Dad's house, I kept his watch and gave away everything else.
en situation h | Dead on my feet after the night shift, and the message was waiting: my grandmother passed away in her sleep.
+ fr situation h | Morte de fatigue après ma garde de nuit, et le message m'attendait : ma grand-mère s'est éteinte dans son sommeil.
# reaction: mixed, negation, explicit, wish
fr negation n | Ce n'est pas de la colère, c'est juste un grand vide depuis que mon frère a coupé les ponts.
+ en negation n | It isn't anger, just a big emptiness since my brother cut ties.
en negation n | I'm not panicking, I'm not even shaking anymore; I just feel hollow since the funeral.
+ fr negation n | Je ne panique pas, je ne tremble même plus ; je me sens juste vide depuis l'enterrement.
fr mixed n | Quelques rires en revoyant ses vidéos, mais surtout un chagrin énorme : ça fait un an qu'elle nous a quittés.
+ en mixed n | A few laughs watching her videos again, but mostly enormous grief: it's a year since she left us.
en explicit n | Heartbroken, properly heartbroken, since the adoption fell through yesterday.
+ fr explicit n | Le cœur brisé, vraiment brisé, depuis que l'adoption a échoué hier.
fr wish l c=blue;navy b=dim | Les larmes coulent toutes seules depuis son départ, mets du bleu tout doux et baisse la lumière.
+ en wish l c=blue;navy b=dim | The tears keep coming since she left; put on a soft blue and dim the lights.
"""

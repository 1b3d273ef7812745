"""tristesse: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (friends, birthdays, studies, pets, illness, pregnancy, family, work, sport, holidays)
fr typo n | mon meilleur pote demenage au canada ds 2 jours, jsais pa comment on va faire sans lui
+ en typo n | my best mate moves to canada in 2 days, dunno how well cope without him
fr slang_emoji n | personne est venu à mon anniv 🥲 j'avais fait un gâteau pour 12
+ en slang_emoji n | nobody came to my bday 🥲 i'd baked a cake for 12
fr typo n | refusé au master ke je vise depuis 3 ans, ctait mon reve
+ en typo n | rejected from the masters ive been aiming for for 3 yrs, it was my dream
fr slang_emoji n | le véto dit que mon lapin en a plus pour longtemps 😢🐰
+ en slang_emoji n | vet says my bunny doesnt have long left 😢🐰
fr typo n | maman se souvient plu de mon prenom depuis ce matin
+ en typo n | mum cant remember my name anymore since this morning
fr typo h | fausse couche a 10 semaines, on lavait encore dit a personne
+ en typo h | miscarriage at 10 weeks, we hadnt even told anyone yet
fr slang_emoji n | mes parents divorcent, ils me l'ont dit ce soir 💔
+ en slang_emoji n | my parents r getting divorced, they told me tonight 💔
fr typo n | licencié apres 22 ans ds la boite, ils mont filé un carton pr mes affaires
+ en typo n | laid off after 22 yrs at the company, they handed me a box for my stuff
fr slang_emoji n | mon fils est parti en internat ce matin, sa chambre est vide 😞
+ en slang_emoji n | my son left for boarding school this morning, his rooms empty 😞
fr typo n | blessé au genou, saison finie pr moi, je jouerai pa la finale
+ en typo n | knee injury, seasons over for me, wont get to play the final
fr slang_emoji n | ma meilleure amie et moi on se parle plus, 15 ans d'amitié finis 💔
+ en slang_emoji n | me n my best friend dont talk anymore, 15 yrs of friendship gone 💔
fr typo h | premier noel sans papa, sa chaise vide a table
+ en typo h | first xmas without dad, his empty chair at the table
fr typo l | il pleut, dimanche soir, personne a ki parler
+ en typo l | raining, sunday nite, no one to talk to
fr slang_emoji n | on a dû ramener le chien au refuge, le proprio veut pas d'animaux 😢🐕
+ en slang_emoji n | had to take the dog back to the shelter, landlord wont allow pets 😢🐕
fr typo h | le medecin a dit kil y avait plu rien a faire pr ma femme
+ en typo h | doctor said theres nothing more they can do for my wife
# texting, French first: naming the sadness
fr slang_emoji n | j'ai le cœur en miettes ce soir 💔 mets un truc doux
+ en slang_emoji n | heart in pieces 2nite 💔 put on smthn gentle
fr typo n | jsuis tt triste ajd jsais mm pa pk
+ en typo n | so sad 2day n i dont even know why
fr slang_emoji n | le moral dans les chaussettes 😔 lumière tamisée stp
+ en slang_emoji n | feeling really low 😔 dim lights pls
fr typo n | envie de pleurer tte la journee
+ en typo n | felt like crying all day
fr slang_emoji n | jsuis deg de chez deg 😢
+ en slang_emoji n | gutted beyond gutted 😢
fr typo n | g le cafard ce soir, tt me parait gris
+ en typo n | feelin blue 2nite, everything looks grey
fr slang_emoji n | tellement seul en ce moment 🥀 un piano triste svp
+ en slang_emoji n | so lonely lately 🥀 sad piano pls
fr typo n | chui vide, ya plu rien ki me fait plaisir
+ en typo n | i feel empty, nothin makes me happy anymore
fr slang_emoji n | grosse déprime 😞 je vais juste fixer le plafond
+ en slang_emoji n | big slump 😞 just gonna stare at the ceiling
fr typo n | jai le coeur lour depuis ce matin
+ en typo n | heavy heart since this mornin
fr slang_emoji n | j'ai pleuré tout le trajet dans le bus 😭 ça va pas
+ en slang_emoji n | cried the whole bus ride 😭 not ok
fr typo n | tro de chagrin pr parler, lumiere bleue douce stp
+ en typo n | too heartbroken to talk, soft blue light pls
fr slang_emoji l | un peu triste ce soir 🌧️ rien de grave
+ en slang_emoji l | bit down 2nite 🌧️ nothing serious
fr typo n | chui tt malheureux depuis kelle est partie
+ en typo n | been so miserable since she left
fr slang_emoji n | ça me brise le cœur 💔😢 vraiment
+ en slang_emoji n | it breaks my heart 💔😢 really
# texting, English first: events (school play, care home, ex, football club, shop, horse, estranged child, IVF, childhood friend, birthday)
en typo n | my daughter didnt get the part in the school play, she cried all the way home
+ fr typo n | ma fille a pa eu le role ds la piece de lecole, elle a pleuré tt le trajet
en slang_emoji n | grandad's moving into a care home n selling the farm 😢
+ fr slang_emoji n | papi part en maison de retraite et vend la ferme 😢
en typo n | found out my ex is engaged, guess i really lost her
+ fr typo n | appris ke mon ex est fiancée, jlai vraiment perdue
en slang_emoji n | our club got relegated after 30 yrs in the top flight 😞⚽
+ fr slang_emoji n | notre club est descendu après 30 ans en première division 😞⚽
en typo n | the shop i ran for 12 yrs closes for good on saturday
+ fr typo n | la boutique ke jai tenue 12 ans ferme definitivement samedi
en slang_emoji h | had to put my horse down this morning 😭🐴
+ fr slang_emoji h | on a dû faire piquer mon cheval ce matin 😭🐴
en typo h | my daughter said she doesnt wanna see me anymore
+ fr typo h | ma fille ma dit kelle voulait plu me voir
en slang_emoji h | ivf didnt work again 💔 3rd time
+ fr slang_emoji h | la FIV a encore pas marché 💔 3e fois
en typo h | my childhood friend passed away, we were meant to meet up next month
+ fr typo h | mon ami denfance est decedé, on devait se voir le mois prochain
en typo l | spent my birthday alone eatin takeaway
+ fr typo l | passé mon anniv tt seul a manger un kebab
# texting, English first: naming the sadness
en slang_emoji n | so sad rn 😢 slow songs pls
+ fr slang_emoji n | trop triste là 😢 des chansons lentes stp
en typo n | feelin so down lately idk
+ fr typo n | pa le moral du tt ces temps ci jsp
en slang_emoji h | heartbroken fr 💔😭
+ fr slang_emoji h | le cœur brisé pour de vrai 💔😭
en typo n | ive been in tears all evenin
+ fr typo n | jai pleuré tte la soirée
en slang_emoji n | missing him so much it hurts 🕊️😢
+ fr slang_emoji n | il me manque tellement que ça fait mal 🕊️😢
en typo n | just feel so alone rn
+ fr typo n | jme sens tellement seule la
en slang_emoji n | tears everywhere 😭 blue lights n quiet pls
+ fr slang_emoji n | je pleure toutes les larmes de mon corps 😭 lumière bleue et calme stp
en typo n | sad n tired of everything tbh
+ fr typo n | triste et fatigué de tt en vrai
en slang_emoji n | gutted, absolutely gutted 😞
+ fr slang_emoji n | dégoûté, complètement dégoûté 😞
en typo n | grief hits diff at nite
+ fr typo n | le deuil ca frappe autrement la nuit
"""

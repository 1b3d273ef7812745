"""inquietude: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (kids, car, work, pets, health, money, weather, school, travel, home)
fr typo n | ma fille devait rentrer de soiree a minuit, il est 1h et tjr rien
+ en typo n | my daughter was meant to be back from the party by midnight, its 1am n still nothing
fr slang_emoji n | bruit bizarre dans le moteur depuis ce matin et j'ai 300 bornes demain 😬🚗
+ en slang_emoji n | weird noise in the engine since this morning n ive got 200 miles 2moro 😬🚗
fr typo n | mon chef ma dit passe me voir demain faut quon parle, sans dire de koi
+ en typo n | boss said come see me 2moro we need to talk, didnt say what about
fr typo n | le chat est sorti hier soir et il est tjr pa rentré, il fait jamais ca
+ en typo n | cat went out last nite n still hasnt come home, he never does that
fr slang_emoji n | grain de beauté qui a changé de forme et le dermato me prend dans 3 semaines 😟
+ en slang_emoji n | mole changed shape n the derm cant see me for 3 weeks 😟
fr typo n | ca parle de licenciements a la cantine depuis lundi, jsais pa si jsuis sur la liste
+ en typo n | ppl at lunch been talking layoffs since monday, dunno if im on the list
fr slang_emoji n | mon fils rentre au collège lundi et il connaît personne 🥺 j'espère que ça va aller
+ en slang_emoji n | my son starts secondary school monday n doesnt know anyone 🥺 hope hes gonna be ok
fr typo n | papi a encore oublié ou il habitait ce matin, on sait pa tro ce ki se passe
+ en typo n | grandad forgot where he lived again this morning, we dont really know whats going on
fr slang_emoji n | 43 balles sur le compte et le loyer tombe le 5 😬😬
+ en slang_emoji n | 43 quid in the bank n rent's due on the 5th 😬😬
fr typo n | vigilance orange orages cette nuit et mon mari est encore sur la route
+ en typo n | amber storm warning 2nite n my husbands still on the road
fr typo n | la maitresse veut me voir pr parler de mon fils, elle a pa dit pk
+ en typo n | teacher wants to see me bout my son, didnt say why
fr slang_emoji n | 50 min d'escale à Francfort... ça va passer ?? 😕✈️
+ en slang_emoji n | 50 min layover in frankfurt... is that gonna be enough?? 😕✈️
fr typo n | le toit fait un bruit bizarre avec le vent jespere ke ca va tenir
+ en typo n | roofs making a weird noise in the wind hope it holds
fr typo n | ma copine a pris le dernier rer toute seule et son tel est mort
+ en typo n | my gf took the last train home alone n her phone died
fr slang_emoji n | contrôle fiscal à la boîte la semaine pro 😰 j'espère qu'on a tout bon
+ en slang_emoji n | tax audit at work next week 😰 hope we got everything right
# texting, French first: naming the worry
fr typo n | jsuis pa tranquille du tout ce soir jsais pa pk, mets un truc doux stp
+ en typo n | not at ease at all 2nite idk why, put smthn soft on pls
fr slang_emoji n | ça m'angoisse un peu tout ça 😟 j'arrête pas d'y penser
+ en slang_emoji n | all this is kinda getting to me 😟 cant stop thinking about it
fr typo n | g le ventre noué depuis ce matin
+ en typo n | stomachs been in knots since this morning
fr slang_emoji n | mode overthinking activé 🙃 jme fais des films
+ en slang_emoji n | overthinking mode on 🙃 imagining the worst
fr typo l | un peu soucieuse ajd, rien de grave mais bon
+ en typo l | bit worried 2day, nothing serious but still
fr typo n | jsuis inkiet pr demain jarrive pa a penser a autre chose
+ en typo n | im worried bout 2moro cant think bout anything else
fr slang_emoji n | le stress monte tout doucement 😬 lumières tamisées stp
+ en slang_emoji n | the worry's creeping up slowly 😬 dim lights pls
fr typo n | jme fais du souci pr ma soeur elle va pa bien en ce moment
+ en typo n | im worried bout my sis shes not doing great atm
fr slang_emoji n | j'ai un truc qui me pèse, une appréhension 😕 jsp trop
+ en slang_emoji n | something's weighing on me, kinda dreading it 😕 idk
fr typo n | tjr cette boule ds la gorge kan je pense a lundi
+ en typo n | still got that lump in my throat when i think bout monday
fr slang_emoji l | bon j'avoue je stresse un chouïa 😅 pour le rdv à la banque
+ en slang_emoji l | ok ngl im a tiny bit stressed 😅 bout the bank meeting
fr typo n | jsuis pa serein pr loperation de papa la semaine pro
+ en typo n | not feelin good bout dads op next week
fr slang_emoji n | j'ai peur que ça tourne mal 😟 un son calme svp
+ en slang_emoji n | scared it all goes wrong 😟 smthn calm pls
fr typo n | jarrete pa de regarder mon tel, ca me ronge
+ en typo n | cant stop checking my phone, its eating me up
fr slang_emoji n | inquiète de ouf pour mon chien qui boite depuis hier 🐶😟
+ en slang_emoji n | so worried abt my dog hes been limping since yesterday 🐶😟
# texting, English first: events (travel, letters, baby, teen, pension, flood risk, partner, hiking, contract, injury)
en typo n | mums flight landed 2 hrs ago n she still hasnt texted
+ fr typo n | le vol de ma mere a atterri ya 2h et tjr pa de msg
en slang_emoji n | got a letter from the council bout irregularities in my file 😕
+ fr slang_emoji n | reçu un courrier de la mairie sur des irrégularités dans mon dossier 😕
en typo n | babys had 38.5 all day, keepin an eye on it
+ fr typo n | le bebe a 38,5 depuis ce matin, jsurveille
en slang_emoji n | teen hasnt left his room in 3 days n barely talks 😟
+ fr slang_emoji n | mon ado sort plus de sa chambre depuis 3 jours et parle à peine 😟
en typo n | pension statement came n the numbers dont add up at all
+ fr typo n | le releve de retraite est arrivé et les chiffres collent pa du tout
en slang_emoji n | rivers rising again n our basement flooded last time 😬🌧️
+ fr slang_emoji n | la rivière remonte encore et la cave avait été inondée la dernière fois 😬🌧️
en typo n | my bf's been distant all week, smthns up
+ fr typo n | mon copain est distant tte la semaine, ya un truc
en slang_emoji n | hiking group lost signal on the ridge hours ago n they were due back at 6 😟⛰️
+ fr slang_emoji n | le groupe de rando capte plus sur la crête depuis des heures et ils devaient rentrer à 18h 😟⛰️
en typo n | contract ends in june n no word on renewal yet
+ fr typo n | mon contrat finit en juin et tjr aucune nouvelle pr le renouvelement
en typo n | knees swollen again since the match, hope its not the ligament
+ fr typo n | mon genou a regonflé depuis le match, jespere ke c pa le ligament
# texting, English first: naming the worry
en slang_emoji n | anxious af tonight 😟 soft lights pls
+ fr slang_emoji n | grave angoissée ce soir 😟 lumière douce stp
en typo n | cant shake this uneasy feelin
+ fr typo n | jarrive pa a me debarrasser de ce malaise
en slang_emoji n | brain wont stop with the what ifs 🙃
+ fr slang_emoji n | mon cerveau arrête pas avec les et si 🙃
en typo l | lil uneasy 2day tbh, cant say why
+ fr typo l | un peu pa tranquille ajd, jsais pa pk
en slang_emoji n | lowkey worried sick 😬 cant eat
+ fr slang_emoji n | morte d'inquiétude en vrai 😬 j'arrive pas à manger
en typo n | so worried bout money rn idk how well manage
+ fr typo n | jme fais tro de soucis pr largent la jsais pa comment on va faire
en slang_emoji n | that knot in my stomach is back 😣 something calm pls
+ fr slang_emoji n | la boule au ventre est revenue 😣 un truc calme svp
en typo n | kinda nervous bout the move, what if the new place is bad
+ fr typo n | un peu stressé pr le demenagement, et si le nouvel appart est nul
en slang_emoji n | prob fretting over nothing but still 😕
+ fr slang_emoji n | je m'inquiète sûrement pour rien mais bon 😕
en typo n | worried sick bout grandma shes all alone in that big house
+ fr typo n | jsuis morte dinquietude pr mamie elle est toute seule ds sa grande maison
"""

"""colere: third wave, texting-style lines: SMS spellings, typos, emoji (train and validation only)."""

SEEDS = """
# texting, French first: events (delivery, transport, school, money, home, work, sport, games)
fr typo h | ptn le livreur a mis absent alors que jetais ds le salon tte laprem
+ en typo h | ffs the delivery guy put not home when i was in the living room all afternoon
fr slang_emoji h | le bus est passé DEVANT moi sans s'arrêter alors que je faisais signe 🤬🤬
+ en slang_emoji h | the bus drove RIGHT past me while i was waving at it 🤬🤬
fr typo n | mon coloc a encore laissé sa vaisselle 4 jours ds levier ca pue grave
+ en typo n | my flatmate left his dishes in the sink 4 days again n it stinks so bad
fr slang_emoji h | wsh le prof m'a mis 0 pcq j'ai oublié mon nom sur la copie alors que tout était juste 😤
+ en slang_emoji h | bruh teacher gave me a zero cuz i forgot my name on the paper n it was all right 😤
fr typo h | la banque ma prelevé 3 fois les frais de decouvert pr le mm truc c du vol
+ en typo h | bank charged me overdraft fees 3 times for the same thing thats literally theft
fr typo n | jattend depuis 1h a la mairie et la meuf ferme le guichet juste devant moi
+ en typo n | been waiting 1hr at the town hall n the lady shuts her window right in front of me
fr slang_emoji h | le mec a pris MA place de parking que j'attendais depuis 10 min 🤬 et il m'a fait un doigt en plus
+ en slang_emoji h | dude stole MY parking spot i'd been waiting 10 min for 🤬 n flipped me off on top of it
fr typo n | mon frere a joué sur ma sauvegarde et a tt ecrasé jvais le tuer
+ en typo n | my bro played on my save file n overwrote everything im gonna kill him
fr slang_emoji h | l'arbitre siffle penalty sur une simulation de ouf, scandale 😡😡
+ en slang_emoji h | ref gives a pen for the most obvious dive ever, its a scandal 😡😡
fr typo h | ils ont augmenté le loyer de 80 balles et tjr pa reparé le chauffage
+ en typo h | they put the rent up 80 quid n still havent fixed the heating
fr slang_emoji n | la collègue qui présente MON projet comme le sien devant le boss... 🙃🔥 je rage
+ en slang_emoji n | coworker presenting MY project as hers in front of the boss... 🙃🔥 raging
fr typo n | le voisin tond sa pelouse a 7h du mat un dimanche serieux
+ en typo n | neighbour mowing his lawn at 7am on a sunday srsly
fr typo h | train annulé sans prevenir et rembourssement sous 30 jours, ils se foutent de nous
+ en typo h | train cancelled no warning n refund within 30 days, r they taking the piss
fr slang_emoji n | payé 12 balles un cocktail qui a le goût de sirop 🙄😤 arnaque
+ en slang_emoji n | paid 12 quid for a cocktail that tastes like cordial 🙄😤 total ripoff
fr typo n | ma soeur a pris mon sweat prefere sans demander et la taché de fond de teint jsuis vnr
+ en typo n | my sis took my fav hoodie without asking n got foundation all over it im fuming
fr typo n | ces pubs toutes les 2 min sur yt ca me gonfle jsuis a bout
+ en typo n | these ads every 2 min on yt r driving me nuts im done
# texting, French first: naming the anger
fr slang_emoji h | jsuis VÉNÈRE là, faut pas me parler 🤬
+ en slang_emoji h | im SO MAD rn dont talk to me 🤬
fr typo n | chui grave agacé ajd tt menerve, mets un truc qui tape stp
+ en typo n | so irritated 2day everything pisses me off, put smthn loud on pls
fr slang_emoji h | la rage 😤😤 jvais exploser
+ en slang_emoji h | the rage 😤😤 im gonna explode
fr typo n | jsuis saoulé de ouf par cette journee, lumiere rouge stp
+ en typo n | so fed up w this day, red lights pls
fr slang_emoji n | ça me gave à un point 🙄💢
+ en slang_emoji n | this is getting on my last nerve 🙄💢
fr typo h | jai la haine jpeu pa me calmer
+ en typo h | im so angry i cant calm down
fr slang_emoji n | énervée de chez énervée 😤 mets du rock bien lourd
+ en slang_emoji n | pissed off to the max 😤 put on some heavy rock
fr typo n | g les nerfs a vif ce soir tt le monde me soule
+ en typo n | nerves r shot 2nite everyone's doing my head in
fr slang_emoji h | JE BOUS là, on m'a pris pour une idiote 😡🔥
+ en slang_emoji h | IM SEETHING rn, they treated me like an idiot 😡🔥
fr typo n | tro agacé pa ce ki sest passé au taf jarrive pa a lacher laffaire
+ en typo n | so annoyed bout what happened at work cant let it go
fr slang_emoji n | vnr 😤 besoin de me défouler, un son qui cogne svp 🔊
+ en slang_emoji n | raging 😤 need to let off steam, something that hits hard pls 🔊
fr typo h | jsui furax contre mon ex il a encore oublié de recuperer les enfants
+ en typo h | im livid w my ex he forgot to pick up the kids again
fr slang_emoji n | c'est abusé 💢 franchement abusé
+ en slang_emoji n | this is out of order 💢 seriously out of order
fr typo n | g envie de hurler tellement ca magace
+ en typo n | i wanna scream its so annoying
# texting, English first: events (queues, landlord, uni, garden, repairs, travel, friends, gym, road, phone)
en typo h | some guy cut the whole queue at the post office n the clerk just served him
+ fr typo h | un mec a grillé tte la file a la poste et la guichetiere la servi direct
en slang_emoji h | landlord kept my WHOLE deposit over one scuff on the wall 🤬
+ fr slang_emoji h | le proprio a gardé TOUTE ma caution pour une trace sur le mur 🤬
en typo n | my group project partners did nothin n we all got the same grade
+ fr typo n | mes partenaires de groupe ont rien fait et on a tous eu la mm note
en slang_emoji n | kid next door kicked his ball thru my tomatoes AGAIN 😤🍅
+ fr slang_emoji n | le gamin d'à côté a shooté dans mes tomates ENCORE 😤🍅
en typo h | cable guy never showed, took a day off work for nothin
+ fr typo h | le technicien est jamais venu, jai posé un jour de congé pr rien
en slang_emoji h | airline lost my bag n the desk guy literally shrugged 🤬✈️
+ fr slang_emoji h | la compagnie a perdu ma valise et le mec au comptoir a haussé les épaules 🤬✈️
en typo n | my mate bailed on me AGAIN 20 min before, thats the 4th time
+ fr typo n | mon pote ma encore laché 20 min avant, c la 4e fois
en slang_emoji n | gym bro hogging 3 machines n scrolling tiktok 🙄😤
+ fr slang_emoji n | le gars de la salle qui squatte 3 machines en scrollant tiktok 🙄😤
en typo h | cyclist nearly hit me on the crossing n then yelled at ME
+ fr typo h | un cycliste a failli me renverser sur le passage pieton et cest MOI kil engueule
en slang_emoji n | phone update wiped all my notes n support says its working as intended 😡
+ fr slang_emoji n | la maj du tel a effacé toutes mes notes et le support dit que c'est normal 😡
# texting, English first: naming the anger
en slang_emoji h | im actually fuming rn 🤬🤬 lights red
+ fr slang_emoji h | jsuis grave vénère là 🤬🤬 lumière rouge
en typo n | so pissed off rn cant even think straight
+ fr typo n | tellement enervé ke jarrive mm pa a reflechir
en slang_emoji n | not in the mood for anyone's bs today 😤
+ fr slang_emoji n | pas d'humeur pour les conneries de qui que ce soit ajd 😤
en typo h | im so angry im literally shaking, how dare he
+ fr typo h | tellement en colere ke jtremble, comment il ose
en slang_emoji n | big mad 😠 play something angry
+ fr slang_emoji n | grosse rage 😠 mets un truc énervé
en typo n | lowkey irritated af w everyone 2day
+ fr typo n | grave agacée par tt le monde ajd
en slang_emoji h | THATS IT IM DONE 💢💢 sick of being walked all over
+ fr slang_emoji h | C'EST BON J'EN AI MARRE 💢💢 marre qu'on me marche dessus
en typo n | ngl im heated rn, need some loud music
+ fr typo n | jsuis tro remonté la, faut du son fort
en slang_emoji n | so done w these ppl smh 😒
+ fr slang_emoji n | jsuis à bout de ces gens sérieux 😒
en typo h | furious doesnt even cover it, they lied to my face
+ fr typo h | furieux cest mm pa le mot, ils mont menti en face
"""

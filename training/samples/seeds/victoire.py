"""victoire: pride, triumph, achievement; we won, I did it, goal reached."""

SEEDS = """
fr situation n | On vient de gagner la finale du tournoi de handball !
fr situation n | J'ai eu mon permis du premier coup.
fr situation n | Ma thèse est validée, je suis docteur !
fr situation n | J'ai terminé mon premier marathon en moins de quatre heures.
fr situation n | Le client a signé, c'est le plus gros contrat de l'année et c'est moi qui l'ai décroché.
fr situation n | Mon fils a eu son bac avec mention très bien.
fr situation n | J'ai enfin battu le boss final après trois semaines d'essais.
fr situation n | Notre équipe de foot est championne régionale.
fr situation n | J'ai remboursé mon dernier crédit, plus aucune dette !
fr situation n | Mon livre va être publié, l'éditeur a dit oui.
fr situation n | J'ai arrêté de fumer il y a un an jour pour jour.
fr situation n | On a gagné le procès contre le propriétaire.
fr situation n | J'ai obtenu la promotion pour laquelle je me bats depuis trois ans.
fr situation n | Premier prix au concours de la meilleure tarte du village !
fr situation n | J'ai atteint le sommet du mont Blanc.
fr situation n | Ma startup vient de lever deux millions d'euros.
fr situation n | Ma fille a gagné son premier combat de judo.
fr situation n | J'ai tenu tout le Dry January sans une goutte.
fr explicit n | On a gagné !
fr explicit n | Je suis fier de moi.
fr explicit n | Victoire !
fr explicit n | Mission accomplie, je suis trop fière.
fr explicit n | On est les champions !
fr explicit n | J'ai réussi, enfin !
fr intensity h | Je n'en reviens pas, on a gagné la coupe, c'est historique !
fr intensity l | Petite victoire du jour : j'ai enfin réparé la machine à laver moi-même.
fr intensity h | Je suis immensément fier, des années d'efforts récompensées !
fr intensity l | Un peu fier d'avoir fini ce puzzle.
fr wish n c=gold;red b=bright | On a gagné la finale ! Mets du doré et du rouge à fond !
fr wish n c=gold | Je suis fier de moi, mets du doré partout.
fr wish n c=blue;white;red | Victoire des Bleus ! Bleu, blanc, rouge dans le salon !
fr wish n c=green;white b=bright | Notre club a gagné, du vert et du blanc, lumière à fond !
fr negation n | Je ne suis pas juste content, je suis fier, on l'a fait !
fr negation n | Ce n'est pas de la chance, c'est du travail, et j'ai réussi.
fr negation n | Non, je n'ai pas raté, j'ai eu mon examen !
fr negation n | Je ne suis plus stressé du tout : j'ai décroché le poste !
fr mixed n | Épuisé par la course, mais surtout fier d'avoir franchi la ligne d'arrivée.
fr mixed n | Un peu triste pour l'équipe adverse, mais surtout fiers de notre victoire.
fr mixed n | Soulagée que ce soit fini, et surtout fière d'avoir eu mon diplôme.
fr mixed n | Un peu nostalgique de quitter le club, mais avant tout fier de partir avec la coupe.
fr typo h | ON A GAGNEEEE
fr typo n | jai eu mon permi du 1er cou
fr typo n | tro fier de moi jai reussi
fr slang_emoji n | champions du monde 🏆🏆
fr slang_emoji n | c'est validé frérot 💪🔥
fr slang_emoji n | GG à nous 🥇
fr slang_emoji n | trop fière de ma gueule 😎🏅
fr one_word n | Victoire !
fr one_word n | fier
fr one_word n | Champions !
fr one_word n | Réussi
fr one_word n | Triomphe
fr long n | Ça fait six mois que je m'entraîne pour ce triathlon. Ce matin il faisait froid et j'ai failli abandonner à la natation. J'ai tenu bon jusqu'au bout. Je suis finisher !
fr long n | On était menés deux à zéro à la mi-temps. Le coach nous a remotivés dans le vestiaire. On a marqué trois buts en vingt minutes. On est en finale !
fr long n | J'ai repris mes études à quarante ans. Les soirs et les week-ends passés à réviser. Aujourd'hui j'ai reçu mon diplôme d'infirmière. Mets quelque chose de triomphant.
fr long n | Mon projet de jardin partagé a été refusé deux fois par la mairie. J'ai rassemblé deux cents signatures. Le conseil vient de voter pour. On l'a fait !
en situation n | We just won the handball tournament final!
en situation n | I passed my driving test first time.
en situation n | My thesis got approved, I'm a doctor now!
en situation n | Finished my first marathon in under four hours.
en situation n | The client signed, biggest deal of the year and I closed it.
en situation n | My son got top marks in his finals.
en situation n | Finally beat the final boss after three weeks.
en situation n | Our team won the regional championship.
en situation n | Paid off my last loan, completely debt-free!
en situation n | My book is getting published.
en situation n | One year smoke-free today.
en situation n | Got the promotion I've been fighting for.
en explicit n | We won!
en explicit n | I'm so proud of myself.
en explicit n | Victory!
en explicit n | Nailed it, mission accomplished.
en intensity h | I can't believe it, we won the cup, this is history!
en intensity l | Small win today: I fixed the washing machine myself.
en intensity h | Hugely proud, years of work finally paid off!
en wish n c=gold;red b=bright | We won the final! Gold and red, full blast!
en wish n c=gold | Proud of myself, gold everywhere please.
en wish n c=green;white b=bright | Our club won, green and white, bright!
en negation n | I'm not just happy, I'm proud, we did it!
en negation n | It wasn't luck, it was hard work, and I made it.
en negation n | No, I didn't fail, I passed!
en mixed n | Exhausted from the race, but mostly proud I crossed the line.
en mixed n | A bit sorry for the other team, but above all proud of our win.
en mixed n | Relieved it's over and mostly proud I got my degree.
en typo h | WE WONNNN
en typo n | pased my test first try
en slang_emoji n | champions 🏆🏆
en slang_emoji n | we did that 💪🔥
en slang_emoji n | GG ez 🥇
en slang_emoji n | so proud of me 😎🏅
en one_word n | Victory!
en one_word n | proud
en one_word n | Champions!
en one_word n | Triumph
en long n | I've trained six months for this triathlon. It was freezing this morning and I almost quit in the swim. I held on to the end. I'm a finisher!
en long n | We were down two-nil at half-time. The coach fired us up in the locker room. We scored three goals in twenty minutes. We're in the final!
en long n | I went back to school at forty. Evenings and weekends revising. Today I got my nursing degree. Play something triumphant.
mixed explicit n | On a won ! Trop proud de l'équipe.
mixed situation n | J'ai eu mon exam, GG à moi.
mixed slang_emoji n | champions baby 🏆 on l'a fait
mixed wish n c=gold b=bright | Big win ce soir, mets du gold à fond !
mixed situation n | Le deal est signé, best day au taf.
mixed negation n | Pas juste happy, je suis trop fier !
es explicit n | ¡Hemos ganado! ¡Somos campeones!
es situation n | He aprobado el examen de conducir a la primera.
de explicit n | Wir haben gewonnen! Ich bin so stolz!
de situation n | Ich habe meinen ersten Marathon geschafft.
it explicit n | Abbiamo vinto! Sono fierissimo!
it situation n | Ho finalmente discusso la tesi, sono dottoressa!
"""

FR_SITUATIONS = [
    "j'ai réussi mon concours d'entrée en école d'ingénieurs",
    "notre équipe de rugby a remporté le championnat",
    "j'ai fini l'Ironman",
    "mon entreprise a gagné l'appel d'offres",
    "j'ai enfin perdu les dix kilos que je visais",
    "j'ai été sélectionné pour les championnats de France",
    "notre chorale a gagné le concours régional",
    "j'ai terminé le chantier de la maison tout seul",
    "ma fille a décroché sa ceinture noire",
    "j'ai eu mon diplôme avec les félicitations du jury",
    "on a battu le record du club au relais",
    "mon appli a dépassé le million de téléchargements",
    "j'ai gagné mon premier tournoi d'échecs",
    "le jury m'a décerné le premier prix de photo",
]
EN_SITUATIONS = [
    "I passed my engineering school entrance exam",
    "our rugby team won the championship",
    "I finished the Ironman",
    "our company won the tender",
    "I finally hit my weight-loss goal",
    "I got selected for the national championships",
    "our choir won the regional contest",
    "my daughter got her black belt",
    "we broke the club record in the relay",
    "my app passed a million downloads",
]
FR_FEELINGS = [
    "je suis {a} fier de moi",
    "je suis {a} fière de nous",
    "on a gagné",
    "j'ai réussi",
    "on est champions",
    "mission accomplie",
]
EN_FEELINGS = [
    "I'm {a} proud of myself",
    "I'm {a} proud of us",
    "we won",
    "I did it",
    "we're the champions",
]
FR_NEGATIONS = ["ce n'est pas juste de la joie", "ce n'est pas de la chance", "je n'ai pas raté"]
EN_NEGATIONS = ["I'm not just happy", "it wasn't luck"]
FR_TAILS = ["🏆", "GG 💪", "on l'a fait 🥇", "les champions 🔥"]
EN_TAILS = ["🏆🏆", "GG 💪", "we did it 🥇", "let's go 🔥"]

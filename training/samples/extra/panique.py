"""panique: second wave of hand-written seeds (2026-11-21).

First-person situations without the emotion word (fr/en), contrast rows against the
neighbouring moods, multi-sentence stories and French phone spelling. Same line format as
`seeds/`; every line is its own group (`panique-xNNN`), except that a line
starting with `+` is the translation of the line above and joins its group (a sentence and
its translation must never sit on both sides of a split)."""

SEEDS = """
# situations
fr situation n | Mon cœur s'emballe, j'ai des fourmis dans le bras gauche et personne n'est à la maison.
+ en situation n | My heart is racing, my left arm is tingling and nobody's home.
fr situation n | Il y a une odeur de gaz très forte dans l'appartement en rentrant.
+ en situation n | Came home to a really strong smell of gas in the flat.
fr situation n | La voiture a fait un tête-à-queue sur le verglas et on est en travers de la route.
+ en situation n | The car spun on the ice and we're sideways across the road.
fr situation n | Mon fils a avalé une pile bouton, on file aux urgences.
+ en situation n | My son swallowed a button battery, we're racing to A and E.
fr situation n | Mon chien vient de se faire renverser devant moi.
+ en situation n | My dog just got hit by a car right in front of me.
fr situation n | Le bateau prend l'eau et on est loin de la côte.
+ en situation n | The boat is taking on water and we're far from shore.
fr situation n | Le frein à main a lâché et la voiture recule vers la rivière.
+ en situation n | The handbrake failed and the car is rolling towards the river.
fr situation n | Je viens de voir un homme avec un couteau dans la rue, je cours.
+ en situation n | There's a man with a knife in the street, I'm running.
fr situation n | La poêle a pris feu et les flammes montent jusqu'à la hotte.
+ en situation n | The frying pan caught fire and the flames are reaching the extractor.
fr situation n | Mon partiel commence maintenant et je me rends compte que je me suis trompé de salle et de bâtiment.
+ en situation n | My exam starts now and I've just realised I'm in the wrong building.
fr situation n | J'ai reçu un message de ma banque : quelqu'un vide mon compte en ce moment même.
+ en situation n | My bank just texted, someone is emptying my account right now.
fr situation n | Ma fille fait une crise d'asthme et je ne trouve pas la Ventoline.
+ en situation n | My daughter is having an asthma attack and I can't find her inhaler.
fr situation n | Il y a une guêpe dans ma voiture et je suis sur l'autoroute, je suis allergique.
+ en situation n | There's a wasp in the car on the motorway and I'm allergic.
fr situation n | L'eau du bain déborde et coule déjà chez les voisins du dessous.
+ en situation n | The bath overflowed and it's already dripping into the flat below.
fr situation n | Le télésiège s'est arrêté au-dessus du vide et il se balance avec le vent.
+ en situation n | The chairlift stopped over a drop and it's swinging in the wind.
fr situation n | Mon père vient de s'effondrer dans le jardin, il ne répond pas.
+ en situation n | My dad just collapsed in the garden and he's not responding.
fr situation n | Ça brûle dans le tableau électrique, il y a des étincelles.
+ en situation n | Sparks are coming out of the fuse box.
fr situation n | J'ai envoyé le mail à toute l'entreprise au lieu de mon ami, avec mes critiques sur le patron.
+ en situation n | I just sent the email slagging off my boss to the whole company.
fr situation n | Le bébé a de la fièvre à quarante et convulse.
+ en situation n | The baby has a fever of forty and is having a fit.
fr situation n | Je suis sur le pont et le vent est tellement fort que je ne tiens plus debout.
fr situation n | La cliente me hurle dessus et s'approche de moi avec une chaise.
+ en situation n | A customer is screaming at me and coming at me with a chair.
fr situation n | Je me suis fait enfermer dans la chambre froide du restaurant.
+ en situation n | I'm locked in the restaurant's walk-in freezer.
fr situation n | On entend des coups de feu près de la salle de concert.
+ en situation n | We can hear gunshots near the concert hall.
fr situation n | La baby-sitter m'appelle en pleurs, le petit s'est ouvert la tête.
+ en situation n | The babysitter is on the phone crying, my little one has split his head open.
fr situation n | Le serpent est sorti du terrarium et je ne sais pas où il est.
+ en situation n | The snake got out of its tank and I don't know where it is.
fr situation n | Mon vol décolle dans vingt minutes et je suis bloqué au contrôle de sécurité.
+ en situation n | My flight leaves in twenty minutes and I'm stuck at security.
fr situation n | Ma grand-mère a disparu de la maison de retraite et il fait nuit.
+ en situation n | My grandma has gone missing from her care home and it's dark.
fr situation n | Le vélo n'a plus de freins dans la descente du col.
+ en situation n | No brakes on the bike halfway down the mountain pass.
fr situation n | La vague m'a emporté loin de la plage et je n'arrive plus à revenir.
+ en situation n | The current has pulled me way out from the beach and I can't get back.
fr situation n | J'ai laissé mon bébé dans la poussette sur le quai et le métro a fermé ses portes.
fr situation n | Un arbre vient de tomber sur le toit pendant la tempête.
+ en situation n | A tree just came down on the roof in the storm.
fr situation n | Le chat a été enfermé dans la machine à laver qui tourne.
fr situation n | J'ai fait une réaction allergique, ma gorge gonfle.
+ en situation n | I'm having an allergic reaction and my throat is swelling.
fr situation n | Mon ordinateur affiche un message de rançon et tous mes fichiers de thèse sont chiffrés.
+ en situation n | A ransom message popped up and all my thesis files are encrypted.
fr situation n | Quelqu'un me suit depuis la gare et accélère quand j'accélère.
+ en situation n | Someone has followed me from the station and speeds up when I do.
fr situation n | L'avion tremble et les masques à oxygène sont tombés.
+ en situation n | The plane is shaking and the oxygen masks just dropped.
fr situation n | Mon fils n'est pas sorti de l'école et la maîtresse dit qu'il est parti avec un inconnu.
+ en situation n | My son wasn't at pickup and the teacher says he left with a stranger.
fr situation n | Le lave-vaisselle fume et ça sent le plastique brûlé.
+ en situation n | The dishwasher is smoking and it smells of burning plastic.
fr situation n | J'ai perdu de vue mon équipier pendant la plongée, je suis seul à vingt mètres.
+ en situation n | I lost my dive buddy and I'm alone at twenty metres.
fr situation n | La barrière du passage à niveau se ferme et ma voiture a calé sur les rails.
+ en situation n | The level crossing barrier is coming down and my car stalled on the tracks.
fr situation n | Le cheval s'est emballé et je n'arrive plus à l'arrêter.
+ en situation n | The horse bolted and I can't stop it.
fr situation n | Les vitres tremblent, les sirènes hurlent et on nous dit de nous mettre à l'abri.
+ en situation n | The windows are shaking, sirens are wailing and they're telling us to take cover.
fr situation n | Je suis en haut de l'échelle et elle glisse.
+ en situation n | I'm at the top of the ladder and it's sliding.
fr situation n | Mon chien s'est coincé la tête dans la grille et il hurle.
+ en situation n | My dog got his head stuck in the fence and he's howling.
fr situation n | La porte de l'appartement a claqué, le four est allumé et le bébé est à l'intérieur.
+ en situation n | The door slammed shut with the oven on and the baby inside.
fr situation n | Je présente dans trente secondes et j'ai oublié tout mon texte.
+ en situation n | I'm on stage in thirty seconds and I've forgotten every word.
fr situation n | Une coulée de boue descend vers le chalet.
+ en situation n | A mudslide is coming down towards the chalet.
fr situation n | Mon enfant a bu du produit ménager.
+ en situation n | My toddler drank some cleaning product.
fr negation n | Ce n'est pas de l'inquiétude pour demain, là maintenant il y a de la fumée dans la chambre.
+ en negation n | It's not worry about tomorrow, there's smoke in the bedroom right now.
fr negation n | Je ne suis pas juste stressée, il y a quelqu'un dans la maison en ce moment.
+ en negation n | I'm not just stressed, there's someone in the house right now.
en situation n | The lift is dropping floor by floor and won't stop.
en situation n | My kid is stuck at the top of the climbing frame and the bar just snapped.
en situation n | The pressure cooker is hissing like crazy and the lid is bulging.
# contrast with neighbouring moods
fr situation n | Là, j'ai une douleur qui me serre la poitrine et je n'arrive plus à parler.
+ en situation n | Right now there's a crushing pain in my chest and I can't talk.
fr situation n | L'eau vient d'entrer sous la porte du salon et elle monte vite.
+ en situation n | Water is coming under the living room door and rising fast.
fr situation n | On vient d'appeler, mon ado a eu un accident de scooter, je pars en courant.
+ en situation n | They just called, my teenager crashed his scooter, I'm running out the door.
fr situation n | Ma fille ne remonte pas, ça fait trop longtemps qu'elle est sous l'eau.
+ en situation n | My daughter hasn't come up, she's been under too long.
fr situation n | Le détecteur de fumée hurle et je vois des flammes dans le couloir.
+ en situation n | The smoke alarm is screaming and I can see flames in the hallway.
# stories
fr long n | Je conduisais sur la départementale quand un sanglier a surgi. J'ai donné un coup de volant et la voiture est dans le fossé. Il y a de la fumée qui sort du capot. Je n'arrive pas à ouvrir ma portière.
+ en long n | I was driving on a country road when a boar ran out. I swerved and the car is in the ditch. Smoke is coming out of the bonnet. My door won't open.
fr long n | On fêtait l'anniversaire de mon fils au parc. Je me suis retourné deux secondes pour servir le gâteau. Il n'est plus là. Les autres parents cherchent partout et j'ai les jambes qui tremblent.
+ en long n | We were having my son's birthday in the park. I turned around for two seconds to cut the cake. He's gone. The other parents are searching everywhere and my legs are shaking.
fr long n | Je suis dans le métro bloqué dans le tunnel depuis vingt minutes. La lumière vient de s'éteindre et il fait une chaleur étouffante. Les gens commencent à crier. Je n'arrive plus à respirer.
+ en long n | The tube has been stuck in the tunnel for twenty minutes. The lights just went out and it's stifling. People are starting to shout. I can't breathe.
fr long n | On campait au bord de la rivière. Il a plu toute la nuit et l'eau est montée d'un coup. La tente est déjà inondée. On court vers la voiture dans le noir.
+ en long n | We were camping by the river. It rained all night and the water rose all at once. The tent is already flooded. We're running to the car in the dark.
fr long n | Je me réveille en pleine nuit, le détecteur de fumée sonne. Le couloir est rempli de fumée noire. Les enfants dorment à l'étage. Je monte en criant leurs prénoms.
+ en long n | I woke up in the night to the smoke alarm. The hallway is full of black smoke. The kids are asleep upstairs. I'm running up screaming their names.
# phone spelling
fr typo n | au secour ya de la fumée ds la cuisine jsais pa koi faire
fr typo n | jpp jai perdu mon fils au centre commercial jpanik
fr typo n | chui bloké ds lascenseur et ya plu de lumiere 😱
"""

"""bonnehumeur: third wave, idioms, figurative and slang ways of naming this mood (train and validation only)."""

SEEDS = """
# idioms: avoir la pêche / full of beans
fr explicit n | J'ai la pêche ce matin.
+ en explicit n | Full of beans this morning.
fr situation n | J'ai la pêche, le soleil est revenu et j'ai même trouvé une place devant la boulangerie.
+ en situation n | Full of beans, the sun's back and I even found a parking spot right outside the bakery.
# idioms: avoir la banane / grinning from ear to ear
fr explicit n | J'ai la banane aujourd'hui.
+ en explicit n | Grinning from ear to ear today.
fr situation n | J'ai la banane depuis que la petite voisine m'a offert un dessin de mon chat.
+ en situation n | Been grinning ear to ear since the little girl next door gave me a drawing of my cat.
# idioms: avoir la frite / la patate
fr explicit n | J'ai la frite, moi, ce soir !
+ en explicit n | I'm feeling great tonight!
fr situation n | J'ai la patate, bonne nuit de sommeil, café chaud et pas un nuage dans le ciel.
+ en situation n | Feeling chipper, good night's sleep, hot coffee and not a cloud in the sky.
# slang: péter la forme
fr explicit n | Je pète la forme aujourd'hui.
+ en explicit n | I'm on great form today.
fr situation n | Je pète la forme, la voisine m'a rapporté des œufs de ses poules et il fait doux.
+ en situation n | Feeling on top form, my neighbour brought me eggs from her hens and it's mild out.
# idioms: être de bon poil
fr explicit n | Je suis de bon poil ce matin.
+ en explicit n | I'm in a good mood this morning.
fr situation n | De bon poil, le bus est arrivé pile à l'heure et le chauffeur m'a dit bonjour en chantant.
+ en situation n | In a good mood, the bus turned up bang on time and the driver sang me good morning.
# idioms: gai comme un pinson / chirpy
fr explicit n | Gai comme un pinson.
+ en explicit n | Chirpy as anything.
fr situation n | Gaie comme un pinson en étendant le linge au soleil, avec la radio qui passe mes vieux tubes.
+ en situation n | Chirpy as a bird hanging the washing out in the sun, with the radio playing my favourite songs.
# idioms: voir la vie en rose (trap: colour)
fr explicit n | Je vois la vie en rose aujourd'hui.
+ en explicit n | Looking on the bright side of everything today.
fr situation n | Je vois la vie en rose : les tomates du balcon rougissent et ma sœur passe déjeuner.
+ en situation n | Everything's looking rosy: the tomatoes on the balcony are turning red and my sister's popping round for lunch.
# idioms: tickled pink (trap: colour)
en one_word n | Tickled pink.
+ fr explicit n | Ravie, toute contente.
en situation n | Tickled pink, my grandson phoned just to tell me a joke he learnt at school.
+ fr situation n | Toute contente, mon petit-fils m'a appelée juste pour me raconter une blague apprise à l'école.
# idioms: le moral au beau fixe
fr explicit n | Moral au beau fixe.
+ en explicit n | In high spirits.
fr situation n | Le moral au beau fixe, premier café en terrasse de l'année avec les copines.
+ en situation n | In high spirits, first coffee on a terrace this year with the girls.
# slang: tout baigne / all good
fr one_word l | Tout baigne.
+ en explicit l | All good, all peachy.
fr situation n | Tout baigne : lessive pliée, frigo plein et une série sympa pour ce soir.
+ en situation n | All good here: laundry folded, fridge full and a fun series lined up for tonight.
# exaggeration (trap): mort de rire / I'm dead
fr slang_emoji n | mdr je suis morte 😂
+ en slang_emoji n | lmao i'm dead 😂
fr slang_emoji n | morte de rire, le chat a voulu sauter sur le frigo et il a glissé sur les magnets 😂😂
+ en slang_emoji n | dying 😂😂 the cat tried to jump on the fridge and slid off the magnets
# exaggeration (trap): pleurer de rire / crying with laughter
fr explicit n | J'en pleure de rire.
+ en explicit n | I'm crying with laughter.
fr situation n | Je pleure de rire, mon fils de trois ans vient d'appeler le facteur « papa poste ».
+ en situation n | Tears of laughter here, my three-year-old just called the postman "post daddy".
# idioms: in stitches / plié de rire
en explicit n | In stitches over here.
+ fr explicit n | Je suis pliée de rire.
en situation n | In stitches, Grandma tried voice messages for the first time and recorded a whole minute of her pocket.
+ fr situation n | Pliée de rire, mamie a testé les messages vocaux pour la première fois et m'a envoyé une minute de sa poche.
# idioms: woke up on the right side of the bed
en explicit n | Woke up on the right side of the bed today.
+ fr explicit n | Je me suis levée du bon pied aujourd'hui.
en situation n | Got up on the right side of the bed: sunshine, birds singing and fresh bread on the table.
+ fr situation n | Levé du bon pied : du soleil, les oiseaux qui chantent et du pain frais sur la table.
# slang: kiffer
fr slang_emoji n | jkiffe trop ma journée ☀️
+ en slang_emoji n | loving my day so much ☀️
fr slang_emoji n | je kiffe, le marchand de glaces est revenu sur la place et il se souvient de mon parfum 🍦
+ en slang_emoji n | loving it, the ice cream van's back on the square and he remembers my flavour 🍦
# slang: grave de bonne humeur
fr slang_emoji n | grave de bonne humeur aujourd'hui 😄
+ en slang_emoji n | in such a good mood today 😄
fr typo n | grave de bone humeur, mon coloc a fait des crepes pour tout l'etage
+ en typo n | in such a gud mood, my flatmate made pancakes for the whole floor
# idioms: le cœur léger / light-hearted
fr explicit l | Le cœur léger ce matin.
+ en explicit l | Light-hearted this morning.
fr situation l | Le cœur léger en rentrant à vélo le long du canal, avec les canetons qui suivent leur mère.
+ en situation l | Light-hearted cycling home along the canal, with the ducklings trailing after their mum.
# idioms: ça met du baume au cœur / warms my heart
fr explicit n | Ça me met du baume au cœur.
+ en explicit n | That warms my heart.
fr situation n | Ça met du baume au cœur : le boulanger a gardé une baguette bien cuite rien que pour moi.
+ en situation n | Warms my heart: the baker saved me an extra-crusty baguette just because.
# idioms: happy as a clam / happy as Larry
en explicit n | Happy as Larry.
+ fr explicit n | Contente comme tout.
en situation n | Happy as a clam, pottering in the garden with the radio on and a mug of tea.
+ fr situation n | Heureux comme tout, je bricole au jardin avec la radio et une tasse de thé.
# idioms: chuffed
en explicit n | Quite chuffed today.
+ fr explicit n | Tout content aujourd'hui.
en situation n | Chuffed, the lady at the post office remembered my name and asked after my dog.
+ fr situation n | Tout content, la dame de la poste s'est souvenue de mon prénom et m'a demandé des nouvelles de mon chien.
# idioms: chipper / guilleret
en explicit l | Feeling rather chipper.
+ fr one_word l | Plutôt guilleret.
en situation n | Chipper this morning, the neighbours' kids left a bunch of dandelions on my doorstep.
+ fr situation n | Guillerette ce matin, les enfants des voisins ont laissé un bouquet de pissenlits sur mon paillasson.
# idioms: made my day / ça m'a fait ma journée
en explicit n | That made my day.
+ fr explicit n | Ça m'a fait ma journée.
en situation n | Made my day: a toddler on the tram waved at me the whole way to my stop.
+ fr situation n | Ça m'a fait ma journée : un bambin dans le tram m'a fait coucou jusqu'à mon arrêt.
# slang: good vibes / bonnes vibes
en slang_emoji n | good vibes only today ✨
+ fr slang_emoji n | que des bonnes vibes aujourd'hui ✨
en slang_emoji n | good vibes, whole street's out for the sunny afternoon and someone's playing guitar 🎸😊
+ fr slang_emoji n | bonnes vibes, toute la rue est dehors pour l'aprèm ensoleillé et quelqu'un joue de la guitare 🎸😊
# idioms: feeling peachy
en one_word l | Feeling peachy.
+ fr explicit l | Tout va bien, la vie est douce.
en situation n | Feeling peachy, clean sheets, windows open and the smell of cut grass.
+ fr situation n | Tout va comme sur des roulettes, draps propres, fenêtres ouvertes et odeur d'herbe coupée.
# idioms: de super humeur / in a cracking mood
fr explicit n | De super humeur ce soir.
+ en explicit n | In a cracking mood tonight.
fr situation n | De super humeur, ma fille m'a appelé juste pour me dire qu'elle avait pensé à moi.
+ en situation n | In a cracking mood, my daughter rang just to say she'd been thinking of me.
# exaggeration (trap): killing me / ça me tue
en slang_emoji n | this is killing me 😂😂
+ fr slang_emoji n | ça me tue 😂😂
en slang_emoji n | my dog's killing me 😂 he's wearing my slipper like a hat and won't let go
+ fr slang_emoji n | mon chien me tue 😂 il porte ma pantoufle comme un chapeau et veut pas la lâcher
# idioms: se fendre la poire / cracking up
fr explicit n | On se fend la poire ici.
+ en explicit n | We're cracking up over here.
fr situation n | On se fend la poire, papa a essayé de faire un TikTok avec le chien et c'est raté de A à Z.
+ en situation n | We're cracking up, Dad tried to make a TikTok with the dog and it went wrong from start to finish.
# idioms: can't stop smiling / le sourire aux lèvres
en explicit n | Can't stop smiling today.
+ fr explicit n | J'ai le sourire aux lèvres toute la journée.
en situation n | Can't stop smiling, the old man upstairs left a thank-you note and a jar of honey on my door.
+ fr situation n | Le sourire jusqu'aux oreilles, le vieux monsieur du dessus m'a laissé un mot de remerciement et un pot de miel.
# idioms: tout sourire / all smiles
fr explicit n | Tout sourire ce matin.
+ en explicit n | All smiles this morning.
fr situation n | Tout sourire en sortant du coiffeur, et la pluie s'est arrêtée juste à temps.
+ en situation n | All smiles walking out of the hairdresser's, and the rain stopped just in time.
# idioms: la vie est belle / life is good
fr explicit n | La vie est belle, franchement.
+ en explicit n | Life's good, honestly.
fr situation n | La vie est belle : une crêpe au sucre, un banc au soleil et personne pour me presser.
+ en situation n | Life is good: a sugar crêpe, a sunny bench and nobody hurrying me.
# idioms: in high spirits / bubbly
en one_word n | Bubbly today.
+ fr one_word n | Pétillante aujourd'hui.
en situation n | Feeling bubbly, lunch at the office turned into a little picnic on the lawn.
+ fr situation n | Pétillant, le déjeuner du bureau s'est transformé en petit pique-nique sur la pelouse.
# idioms: bright-eyed and bushy-tailed
en explicit n | Bright-eyed and bushy-tailed this morning.
+ fr explicit n | Frais comme un gardon ce matin.
en situation n | Bright-eyed and bushy-tailed, slept like a log and the kids made breakfast.
+ fr situation n | Frais comme un gardon, j'ai dormi comme un loir et les enfants ont préparé le petit-déj.
# idioms: d'humeur badine
fr explicit l | D'humeur badine aujourd'hui.
+ en explicit l | In a playful mood today.
fr situation n | D'humeur badine, je fredonne en faisant la vaisselle et je fais des clins d'œil au chat.
+ en situation n | In a playful mood, humming over the washing-up and winking at the cat.
# typo: chui tro content
fr typo n | chui tro contente ce matin
+ en typo n | im so happy this mornin
fr typo n | chui tro content, ma mamie ma tricoté une echarpe aux couleurs de mon club
+ en typo n | so happyyy my nan knitted me a scarf in my teams colours
# typo: jsuis de bonne humeur
fr typo l | jsuis de bone humeur tkt
+ en typo l | im in a gd mood dw
fr typo n | jsui de bonne humeur, la prof de sport est malade et on a fait des jeux a la place
+ en typo n | in a gud mood, the PE teacher's off sick so we played games instead
# slang: sunny mood / humeur ensoleillée
en slang_emoji n | mood: ☀️🌼
+ fr slang_emoji n | humeur du jour : ☀️🌼
en slang_emoji n | sunshine mood 🌞 farmers market had the first strawberries and the guy threw in extra
+ fr slang_emoji n | humeur soleil 🌞 au marché y avait les premières fraises et le monsieur m'en a rajouté
# idioms: heureux comme un poisson dans l'eau (trap: not relaxation)
fr explicit n | Heureux comme un poisson dans l'eau.
+ en explicit n | Happy as can be.
fr situation n | Heureuse comme un poisson dans l'eau à la chorale du quartier, on rit plus qu'on ne chante.
+ en situation n | Happy as anything at the neighbourhood choir, we laugh more than we sing.
# idioms: c'est que du bonheur
fr explicit n | Que du bonheur, ce dimanche.
+ en explicit n | Pure joy, this Sunday.
fr situation n | Que du bonheur : les petits-enfants ont fait des gaufres et la cuisine sent la vanille.
+ en situation n | Pure happiness: the grandkids made waffles and the kitchen smells of vanilla.
# light requests with the idiom
fr wish n c=yellow;orange b=bright | J'ai la pêche, les enfants rient dans le jardin, mets du jaune et de l'orange !
+ en wish n c=yellow;orange b=bright | Full of beans, the kids are laughing in the garden, put on some yellow and orange!
en wish n c=warm_white;yellow | Woke up on the right side of the bed, warm white and a bit of yellow please.
+ fr wish n c=warm_white;yellow | Levée du bon pied, mets-moi du blanc chaud et un peu de jaune, s'il te plaît.
fr situation n | De bon poil, le facteur m'a apporté une carte postale de ma cousine. Mets une ambiance qui va avec.
+ en situation n | Good mood, the postman brought me a postcard from my cousin. Set the mood for that.
en situation n | Grinning from ear to ear, my flatmate left cookies on my desk. Lights to match!
+ fr situation n | La banane, ma coloc m'a laissé des cookies sur le bureau. Lumière assortie !
"""

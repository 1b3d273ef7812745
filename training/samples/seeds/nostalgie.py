"""nostalgie: longing for the past, memories, homesickness; bittersweet rather than grief."""

SEEDS = """
fr situation n | En rangeant la cave, je suis tombé sur ma vieille Game Boy avec les piles encore dedans.
fr situation n | Ma grand-mère faisait cette tarte aux pommes tous les dimanches, je viens d'en manger une pareille.
fr situation n | On a ressorti le vieux caméscope et revu mon premier Noël.
fr situation n | Mon fils entre au collège où j'étais élève il y a trente ans.
fr situation n | Je viens de recevoir la photo de classe de CM2, on était tous en pull jacquard.
fr situation n | Ça fait dix ans qu'on a quitté Lyon et je repense souvent à notre petit appart de la Croix-Rousse.
fr situation n | La boulangerie de mon quartier d'enfance vient de fermer, je revois les chouquettes à la sortie de l'école.
fr situation n | Je réécoute l'album qu'on passait en boucle dans la voiture pendant les vacances en Espagne.
fr situation n | Je retombe sur mon journal intime de quand j'avais quinze ans.
fr situation n | On fête les vingt ans du bac avec la promo, je revois tous ces visages.
fr situation n | J'ai senti le parfum de ma mère dans une boutique, j'ai eu l'impression d'avoir huit ans.
fr situation n | Le vieux chalet où on passait nos hivers est à vendre.
fr situation n | Ce soir je regarde les vidéos de mes enfants quand ils étaient bébés.
fr situation n | Je suis rentré au village pour la fête patronale, rien n'a changé et pourtant tout est différent.
fr situation n | Première neige de l'année, ça me rappelle les batailles de boules de neige avec mon frère.
fr situation n | Mon vieux chien qui a grandi avec moi apparaît dans mes souvenirs Facebook.
fr situation n | J'ai sorti les vinyles de mon père, ceux qu'il écoutait le dimanche matin.
fr situation n | Je relis les cartes postales que ma tante m'envoyait de ses voyages.
fr explicit n | J'ai la nostalgie de mes années étudiantes.
fr explicit n | Je suis nostalgique ce soir, j'aimerais retourner en arrière.
fr explicit n | Un petit coup de nostalgie en pensant à mes étés en colo.
fr explicit n | Mon enfance me manque.
fr explicit n | Je suis d'humeur rétro, le bon vieux temps me trotte dans la tête.
fr explicit n | Les années 90 me manquent, c'était tellement plus simple.
fr intensity h | Je suis terriblement nostalgique, je donnerais tout pour revivre un été de mes dix ans.
fr intensity l | Une toute petite pointe de nostalgie en passant devant mon ancien lycée.
fr intensity h | La nostalgie me submerge complètement ce soir.
fr intensity l | Légère nostalgie en tombant sur une vieille photo, rien de grave.
fr wish n c=amber;pink b=dim | Je suis nostalgique, mets des tons ambrés et roses, tout doux.
fr wish n c=warm_white b=dim | Soirée souvenirs devant l'album photo, une lumière blanc chaud tamisée s'il te plaît.
fr wish n c=orange | Je repense à mes vacances d'enfance, mets de l'orange comme un coucher de soleil.
fr wish n c=gold;amber | Envie de revivre les années 70, fais-moi une ambiance dorée et ambrée.
fr negation n | Je ne suis pas triste, j'ai juste la tête pleine de souvenirs d'enfance.
fr negation n | Ce n'est pas du chagrin, plutôt le regret doux de cette époque-là.
fr negation n | Non je ne déprime pas, je repense simplement au bon vieux temps.
fr negation n | Pas envie de faire la fête, je veux juste me replonger dans mes vieux souvenirs.
fr mixed n | Content de revoir mes cousins, mais surtout ému de repenser à nos étés chez papi.
fr mixed n | Un peu triste mais surtout plein de souvenirs en vidant la maison de famille.
fr mixed n | J'ai le sourire et la gorge serrée en même temps, ces photos de la fac me ramènent loin en arrière.
fr mixed n | Heureux d'être ici, mais mon ancienne vie à Marseille me manque surtout ce soir.
fr typo h | jsuis nostalgik de ouf ce soir
fr typo n | jrepense a nos vacances au camping qd on etait ptits
fr typo h | les annees lycee me manque tro
fr slang_emoji n | ahhh les goûters devant le Club Dorothée 📺🥹
fr slang_emoji n | trop de souvenirs d'un coup 🥲💭
fr slang_emoji n | c'était mieux avant frère, vraiment 😔📼
fr slang_emoji n | flashback de ouf sur mes années skate 🛹✨
fr one_word n | Nostalgie.
fr one_word n | nostalgique
fr one_word n | Souvenirs...
fr one_word n | Flashback
fr long n | Je viens de passer l'après-midi chez mes parents. Ma mère avait ressorti les cartons du grenier avec nos vieux dessins. J'ai retrouvé une rédaction de CE1 sur mon chien. Je rentre la tête pleine de souvenirs.
fr long n | On s'est retrouvés entre anciens du club de foot. On a reparlé du tournoi de 2005, des trajets en minibus, du coach qui criait. Ça fait drôle, tout ça paraît si loin. Mets une ambiance un peu rétro.
fr long n | Je déménage la semaine prochaine. Ce soir je fais le tour de l'appart vide. C'est ici que j'ai eu mon premier boulot, mon premier chat, mes premières soirées. Que de souvenirs entre ces murs.
fr long n | Ma meilleure amie d'enfance m'a appelée après quinze ans de silence. On a ri des cabanes dans les bois et des bêtises à la cantine. J'ai raccroché le cœur tout chaud, avec une envie folle de retourner en arrière.
en situation n | I just found my old Tamagotchi in a drawer at my parents' place.
en situation n | My grandpa's watch still smells like his workshop.
en situation n | We're watching the VHS tapes of my sister's birthday parties from the 90s.
en situation n | The diner where we used to hang out after school is closing next month.
en situation n | I'm scrolling through ten years of old Facebook photos.
en situation n | Just heard the theme song of a show I watched every day after school.
en situation n | My college roommate visited and we walked around campus like it was 2010 again.
en situation n | Found a ticket stub from my first concert in an old jacket.
en situation n | I'm baking my mom's banana bread from her handwritten recipe card.
en situation n | The first snow always makes me think of sledding with my brothers.
en situation n | Our old neighbourhood shows up on Street View and the swing set is still there.
en situation n | Reading the yearbook messages my friends wrote when we were seventeen.
en explicit n | I'm feeling nostalgic tonight.
en explicit n | I miss the way things used to be.
en explicit n | Feeling sentimental about my childhood.
en explicit n | Homesick for the town I grew up in.
en intensity h | I'm drowning in nostalgia, I'd give anything to go back to those summers.
en intensity l | Just a tiny bit nostalgic after seeing an old photo.
en intensity h | Massive wave of nostalgia hitting me right now.
en wish n c=amber b=dim | Feeling nostalgic, give me a dim amber glow like an old photo.
en wish n c=warm_white;pink | Memory lane night: warm white and soft pink please.
en wish n c=orange;gold | Going through old polaroids, make it orange and gold like a 70s living room.
en negation n | I'm not sad, just lost in old memories.
en negation n | Not depressed or anything, I just keep thinking about my school days.
en negation n | It's not grief, more a sweet longing for those summers at the lake.
en mixed n | Happy for my little brother leaving for college, but mostly it reminds me of my own freshman year and I miss it.
en mixed n | A bit sad, but mostly wistful, clearing out my childhood bedroom.
en mixed n | Laughing and tearing up at the same time over our old camping videos, such a throwback.
en typo h | feelin rly nostalgic 2nite
en typo h | i mis the old days so much man
en slang_emoji n | throwback thursday got me in my feels 📼🥹
en slang_emoji n | omg the 2000s playlist 😭💿 take me back
en slang_emoji n | lowkey miss being a kid fr 🧃
en slang_emoji n | remember MSN messenger?? 🥲 the memories
en one_word n | Nostalgia.
en one_word n | nostalgic
en one_word n | Throwback
en one_word n | Memories
en long n | Spent the weekend at my grandma's old house before it gets sold. Every room still smells the same. I found the pencil marks on the kitchen door where she measured us. Put on something that feels like the old days.
en long n | Our band from high school got back together for one night. We played the same three songs we always played. Half of us have kids now. It felt like time folded in on itself.
en long n | My daughter asked what life was like before smartphones. I ended up telling her about phone booths and mixtapes. Now I can't stop thinking about those years.
mixed situation n | Je regarde des vieilles photos de mes summer camps, so many memories.
mixed explicit h | Grosse vibe throwback ce soir, je suis trop nostalgique.
mixed slang_emoji n | le feeling des années 2000 💿 I miss it so bad
mixed wish n c=amber b=dim | Mood nostalgique, mets une lumière ambre un peu dim.
mixed situation n | On a retrouvé la Nintendo 64 au grenier, total flashback.
mixed mixed l | Happy d'être rentré mais honnêtement la vie à Londres me manque un peu.
es situation n | Encontré las fotos del viaje de fin de curso y me vinieron todos los recuerdos.
es explicit n | Echo de menos los veranos en el pueblo de mis abuelos.
de situation n | Ich habe meine alten Kassetten aus der Schulzeit wiedergefunden.
de explicit n | Ich bin heute Abend ganz nostalgisch.
it explicit n | Mi manca tanto la casa dei nonni al mare.
it situation n | Sto guardando le foto della mia prima comunione, che ricordi.
"""

FR_SITUATIONS = [
    "je viens de retrouver mes vieux cahiers de l'école primaire",
    "je regarde les photos de mes vacances chez ma grand-mère",
    "on a réécouté les chansons qu'on passait au lycée",
    "je suis repassé devant la maison où j'ai grandi",
    "l'odeur des crêpes me rappelle les dimanches chez mes grands-parents",
    "j'ai retrouvé une lettre que mon père m'avait écrite il y a vingt ans",
    "je feuillette l'album de notre mariage",
    "je suis retombé sur les dessins animés de mon enfance",
    "mes potes de fac ont créé un groupe pour partager nos vieilles photos",
    "je range le grenier et je tombe sur mes jouets d'enfant",
    "je repense à l'été où on a fait le tour de la Bretagne en 2CV",
    "ma fille porte le pull que je mettais à son âge",
    "on a ressorti les cassettes vidéo des anniversaires",
    "je relis les messages de mon premier amour",
]
EN_SITUATIONS = [
    "I found my old mixtapes in a shoebox",
    "I'm looking through photos from my grandparents' farm",
    "we drove past my old high school on the way home",
    "the smell of cut grass takes me straight back to summer camp",
    "my childhood best friend just sent me a picture of us at ten",
    "I'm rewatching the cartoons I grew up with",
    "I found my dad's old record player in the garage",
    "we're flipping through my mum's recipe book in her handwriting",
    "the song from our first school dance came on the radio",
    "I'm packing up the apartment where I spent my twenties",
]
FR_FEELINGS = [
    "je me sens {a} nostalgique",
    "j'ai {a} la nostalgie du bon vieux temps",
    "je suis {a} nostalgique de mon enfance",
    "mon ancienne vie me manque {a}",
    "je suis d'humeur nostalgique",
    "j'ai le mal du pays",
]
EN_FEELINGS = [
    "I'm feeling {a} nostalgic",
    "I'm {a} homesick",
    "feeling {a} sentimental about the past",
    "I miss the old days",
    "I'm in a nostalgic mood",
]
FR_NEGATIONS = ["je ne suis pas triste", "ce n'est pas de la tristesse", "je ne déprime pas"]
EN_NEGATIONS = ["I'm not sad", "it's not depression"]
FR_TAILS = ["🥹", "ahh l'époque 📼", "c'était le bon temps 🥲", "snif ça me ramène loin"]
EN_TAILS = ["🥹📼", "good times man 🥲", "those were the days fr", "ugh the memories 💭"]

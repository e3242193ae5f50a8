# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from six outsiders' sets of round 22, after each was measured unseen:
how students write on social media (set65, set68), students whose studies are full of
death and drugs as material (set66, set69: medicine, nursing, forensics, psychology,
games) and short replies to a counsellor's question (set67, set70). Each family is
written for what it says, with its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon.py reads the
figures, lexicon_floor.py the families.
"""

from __future__ import annotations

# Standing at a height or beside the tracks for a while, or hesitating there ("stond
# gisteren bij het spoor te twijfelen", "heb een uur op de brug gestaan. nog niet"); not
# trusting oneself now, a head that feels dangerous tonight; a painless way searched for;
# how many of one's pills would be enough, said of oneself.
_HIGH_NL = "brug|spoor|rails|reling|viaduct|rand|dakrand"
_HIGH_EN = "bridge|tracks|railway|rails|railing|ledge|edge|roof|rooftop|balcony"
SUICIDAL_NL: tuple[str, ...] = (
    f"stond|sta|staan|stonden|zat|zit|zitten|gestaan|gezeten ..5 {_HIGH_NL}|dak|balkon ..3 te ..1 twijfelen|twijfel|twijfelde",
    f"uur|uren|tijdje|lang ..4 op|bij|aan ..2 de|het|een ..1 {_HIGH_NL} ..3 gestaan|gezeten|staan|zitten|gestaan_hoor",
    "vertrouw ..1 mezelf|mijzelf ..1 niet ..2 meer? ..2 vanavond|alleen|hierboven|nu|vannacht|met_pillen|met_die_pillen|op_dit_moment",
    "gevaarlijk|onveilig ..2 in ..1 mijn|mn|m'n ..1 eigen? ..1 hoofd",
    "niet ..1 veilig ..2 bij|met ..1 mezelf|mijzelf",
    "gezocht|gegoogeld|googelen|zoek|zocht|opgezocht ..4 pijnloze|pijnloos ..2 manier|manieren|methode|methodes|dood",
    "hoeveel ..2 paracetamol|pillen|tabletten|insuline|oxazepam|medicijnen|slaappillen|medicatie ..4 ik ..2 zelf? ..2 zou|moet|moeten|zal ..2 nemen|slikken|spuiten",
    "plan ..6 heb ..2 de|alle ..1 middelen",
    "ophang*|verhang*|springen|spoor|brug ..9 zelf ..4 een? ..1 plek|plaats|plekje ..2 in ..1 gedachten|mijn_hoofd",
    # after a suicide in the family, the same thoughts of one's own (set72; round 21's
    # role-play, noted then): "ik merk dat ik zelf ook die gedachten krijg"
    "zelf ..1 ook ..2 die|zulke|dezelfde ..1 gedachten",
    "zelfdoding|zelfmoord|van_het_leven_beroofd|opgehangen ..9 denk|dacht|denken ..3 erover|eraan ..2 hetzelfde ..1 te ..1 doen",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"stood|standing|stand|sat|sitting ..5 {_HIGH_EN} ..6 hesitating|hesitated|looking_down|staring_down|not_jumping|trying_to_decide",
    f"on ..2 the|a|this ..1 {_HIGH_EN} ..9 do ..1 not ..1 trust ..1 myself",
    "!do ..1 not ..1 trust ..1 myself ..2 up_here|right_now|tonight|alone_tonight|with_the_pills|with_pills|with_a_knife|near_the_tracks|on_my_own_tonight",
    "not ..1 safe ..2 in ..1 my ..1 own? ..1 head|mind ..2 tonight|right_now|now|anymore",
    "unsafe|dangerous ..2 in ..1 my ..1 own? ..1 head|mind",
    "not ..1 safe ..2 from|with|around ..1 myself",
    "googling|googled|google|searching|searched|search|looking_up|looked_up ..4 painless ..2 way|ways|method|methods|death|exit",
    "how_many|how_much ..2 paracetamol|pills|tablets|insulin|meds|medication|sleeping_pills ..4 i ..2 would|will ..2 need ..1 to ..1 take|swallow|inject",
    "plan ..6 have ..2 the ..1 means",
    "suicide|killed_himself|killed_herself|took_his_own_life|took_her_own_life|hanged_himself|hanged_herself ..9 thinking ..1 about ..1 doing ..1 the ..1 same",
    "having ..2 the ..1 same ..1 thoughts ..1 myself",
)
# Hurting oneself with what the study puts in one's hands ("i keep a scalpel from the
# dissection lab in my bag. i use it on my thighs"); cuts one dresses because one makes them.
SELF_HARM_EN: tuple[str, ...] = (
    "use|used|using ..3 blade|blades|razor|razors|scalpel|scissors|knife|lighter|compass|glass ..3 on ..1 my ..1 arms|arm|thighs|thigh|legs|leg|wrists|wrist|skin|stomach|hips",
    "use|used|using ..1 it|them ..1 on ..1 my ..1 thighs|thigh|wrists|wrist",
    "cuts|wounds|burns ..8 do ..1 it|them ..1 to ..1 myself",
)
SELF_HARM_NL: tuple[str, ...] = (
    "mesje|mesjes|scheermes|scheermesje|scalpel|schaar ..6 op ..1 mijn|mn ..1 armen|arm|benen|been|bovenbenen|polsen|pols|buik|huid ..3 gebruik|gebruikt|zet",
    "gebruik|gebruikte|gebruikt|zet|zette ..3 mesje|mesjes|scheermes|scheermesje|scalpel|schaar ..3 op ..1 mijn|mn ..1 armen|arm|benen|been|bovenbenen|polsen|pols|buik",
    "wondjes|sneetjes|wonden|snijwonden ..8 doe ..2 ik ..1 mezelf|mijzelf ..1 aan",
)
# Someone who beat the student up and said they would come back.
# Afraid of someone at home, said as the whole answer ("scared of my stepdad"); a father
# who "slaat", said last; sleeping wherever one can.
_HOME_EN = "stepdad|stepfather|dad|father|mom|mum|mother|stepmom|stepmum|stepmother|boyfriend|girlfriend|partner|ex|husband|brother|uncle"
_HOME_NL = "stiefvader|vader|moeder|stiefmoeder|vriend|vriendin|partner|ex|man|broer|oom|pa|ma"
UNSAFE_EN: tuple[str, ...] = (
    "jumped|attacked|beaten_up|mugged|beat_me_up ..9 will ..1 be|come ..1 back",
    f"scared|afraid|terrified|frightened ..2 of ..1 my ..1 {_HOME_EN} $",
    "sleeping|sleep|slept ..1 wherever ..2 i ..1 can|possible",
    # "takes all the money from my shop and hits me" (set71): who hits is far before
    "and ..0 hits|beats|slaps|kicks|chokes|punches ..0 me",
)
UNSAFE_NL: tuple[str, ...] = (
    "in_elkaar_geslagen|aangevallen|beroofd|mishandeld ..9 komen|komt ..2 terug",
    f"bang|doodsbang ..2 voor ..1 mijn|mn|m'n ..1 {_HOME_NL} $",
    f"mijn|mn|m'n ..1 {_HOME_NL} ..4 slaat|schopt|slaat_ons|slaat_me $",
    "slaap|slapen|sliep ..1 waar ..1 ik ..1 kan $",
    # "nee. nou ja vannacht weet ik nog niet waar ik slaap" (a second role-play, Y4)
    "weet ..1 ik ..2 nog? ..1 niet ..1 waar ..1 ik ..2 slaap|slapen|moet_slapen|kan_slapen|kan_blijven",
    # a mentor's mail, the verb last (set72): "dat hij nu al een week in zijn auto slaapt"
    "in ..2 mijn|mn|m'n|de|een ..1 auto|tent ..1 slaap|sliep|slapen|geslapen|overnacht",
)
# Someone else's car to sleep in, the verb last (a mentor's mail, set72: "dat hij nu al
# een week in zijn auto slaapt"): who it is, is too far before to be read.
CONCERN_NL: tuple[str, ...] = ("in ..2 zijn|haar ..1 auto|tent ..1 slaapt|sliep|slapen|overnacht",)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "concern_for_other": {"nl": CONCERN_NL, "en": ()},
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# Manners of speaking heard in these sets, each with its cause in the phrase: food that
# "tried to kill me", hiding under a blanket, rather dying than taking the 8:12 train,
# going offline for exam week, a haircut gone wrong, arms dead after a drill, a time of
# death estimated in a forensics practical.
_FOOD_EN = "food|lasagna|pasta|pizza|soup|curry|cafeteria|canteen|dining_hall|kebab|burrito|hot_sauce|meal|dinner|lunch|breakfast|chili|wasabi|spice"
FIGURES_EN: tuple[str, ...] = (
    f"{_FOOD_EN} ..3 tried|trying|try|tries ..1 to ..1 kill|unalive|murder ..1 me",
    "disappear|vanish|hide ..1 under|into ..2 my|the|a ..1 blanket|blankets|duvet|covers|bed|sheets|hoodie",
    "rather ..1 die ..1 than ..2 take|sit|eat|listen|watch|attend|present|wear|ride|use|go_to|sit_through|do_another|redo|pay|pay_for|work|spend|wait",
    "goodbye|bye ..9 going_offline|offline|social_media|detox|see_you|exam_week|hiatus|logging_off",
    "cut|cutting|trimmed|trim|chopped ..2 my ..1 own? ..1 bangs|hair|fringe|nails",
    "arms|legs|arm|leg|feet|calves|thighs|shoulders ..2 are|were|feel|felt ..1 dead",
    "time|hour|moment ..1 of ..1 death ..3 estimat*|from|by|using|body|temperature|rigor|maggots|insects",
    "estimat*|determin*|calculat* ..3 time ..1 of ..1 death",
    "plant|plants|laptop|phone|pc|computer|printer|wifi|basil|cactus|router|console ..3 unalived|committed|killed ..2 itself|themselves|sewerslide|suicide",
    "theme|themes ..3 is|was|were ..1 death|dying|the_afterlife",
    "if ..1 i ..2 hear|see|read ..6 one_more_time|again|once_more ..4 i ..1 will|am ..2 jump|die|scream",
    # an exam that "unalived me", a cat that "stalks me" round the flat, a sister who
    # "threatened to kill me if I spoil the finale" (set175, set177, round 54)
    "exam|exams|test|tentamen|deadline|quiz|lecture|class|assignment|essay|stats|maths|math|shift|workout|gym ..3 =unalived|=killed|=murdered|=destroyed ..1 me|us",
    "cat|kitten|dog|puppy ..1 stalks|stalking|stalked ..1 me",
    "threatened|threatens|threatening ..1 to ..1 kill|murder ..1 me ..3 if ..2 i ..2 spoil|spoiled|spoiling|spoiler|spoilers",
)
FIGURES_NL: tuple[str, ...] = (
    "verdwijnen|verdwijn|kruipen ..1 onder ..2 mijn|mn|m'n|de|een|het ..1 dekbed|deken|dekentje|dekens|plaid|dekbedje",
    "knipte|knippen|geknipt|knip ..2 mijn|mn|m'n|eigen ..1 pony|haar|nagels",
    "armen|benen|arm|been|kuiten ..2 zijn|waren|voelen|voelden ..1 dood",
    "tijdstip|tijd ..2 van ..1 het? ..1 overlijden|dood ..3 bepalen|bepaal|bepaalt|schatten|aan_de_hand|lijkstijfheid|lichaamstemperatuur|maden",
    "bepalen|bepaal|schatten|schat ..3 tijdstip|tijd ..2 van ..1 het? ..1 overlijden|dood",
    "thema ..3 is|was ..1 dood|de_dood|sterven|rouw",
    "wil|wilde|willen ..1 niet ..1 meer ..1 naar ..4 werkgroep*|college*|les|lessen|school|uni|training|stage|werk|bijbaan|sportschool|gym|feest*|verjaardag*|vergadering*",
    "als ..1 ik ..2 nog ..5 hoor|zie|lees ..6 spring|sterf|ga_dood ..1 ik",
    "!even ..1 sterven|doodgaan|dood_gaan",
    "dood ..1 en ..1 verderf",
    # "haha dood gaan doe ik pas als ik dit blok moet herkansen": defiance, with a cause
    # that is no reason to die (a role-play, round 22, W9: "bel nu 112")
    "dood_gaan|doodgaan|sterven|sterf ..4 pas ..1 als|wanneer",
    "nog ..1 1x|een_keer|één_keer|keer ..8 maak ..1 ik ..1 je|jou|hem|haar ..1 af",
    "vermoordt|vermoorden|afmaakt|afmaken ..1 als ..6 opruimt|opruim|afwas|vergeet|vergeten|te_laat",
)

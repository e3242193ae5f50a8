# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from two outsiders' sets (set43: the free-text field of an appointment
form and an anonymous peer-support chat; set44: group chats, DMs and voice memos;
round 17), after each was measured unseen. Each family is written for what it says,
with its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

_MANY = "15|20|25|30|35|40|50|60|70|80|90|100|twintig|dertig|veertig|vijftig|zestig|honderd"
_MEDS_NL = "pillen|tabletten|slaappillen|paracetamol|paracetamols|oxazepam|temazepam|ibuprofen|medicijnen|antidepressiva|sertraline|citalopram|quetiapine"
_TAKEN_NL = "genomen|ingenomen|geslikt|doorgeslikt|gepakt"
_KIN_NL = "oom|stiefvader|vader|pa|broer|neef|opa|buurman|trainer|hij"
_KIN_EN = (
    "uncle|stepdad|stepfather|dad|father|brother|cousin|grandpa|grandad|neighbour|neighbor|coach|he"
)
_HOUSE_NL = "ouders|vader|moeder|pa|ma|oom|tante|stiefvader|stiefmoeder|huisbaas|verhuurder|vriend|vriendin|partner"
_HOUSE_EN = "parents|dad|mum|mom|father|mother|stepdad|stepmother|uncle|aunt|family|landlord|partner|boyfriend|girlfriend"
_GONE_EN = "location_off|offline|went_offline|not_answering|isn't_answering|not_replying|isn't_replying|phone_off|blocked_me|deleted_her|deleted_his|deleted_their"

SUICIDAL_NL: tuple[str, ...] = (
    # whether one still wakes up: "ze zou wel zien of ze morgen nog wakker werd", "eens
    # kijken of ik morgen nog wakker word" (set129, round 47); "nog" says it, not "op tijd"
    "of ..2 ik|ze|hij ..3 nog ..2 wakker ..1 word|wordt|werd|worden",
    # a number of pills taken: "heb zaterdag 20 paracetamol genomen" (a recent attempt)
    f"!{_MANY} ..2 {_MEDS_NL} ..4 {_TAKEN_NL}",
    # "ik zou het niet erg vinden als me morgen iets overkwam": a passive wish
    "vind|vond|vinden ..2 het ..1 niet ..1 erg ..1 als ..6 overkwam|overkomt|overkomen|overkwamen|aanreed|aanrijdt|doodging|doodga|doodgaat|wakker_werd|wakker_word",
    "niet ..1 erg ..2 vinden|vind|vond ..1 als ..6 overkwam|overkomt|overkomen|overkwamen|aanreed|aanrijdt|doodging|doodga|doodgaat|wakker_werd|wakker_word",
    # worn out on everything, said as an end: "ik ben echt klaar met alles" (the English
    # "done with everything" was read so before); not "ik ben klaar met alles, nu vakantie"
    "echt|zo|zoo|gwn|gewoon|helemaal_echt ..0 klaar ..1 met ..1 alles|allemaal $",
    # who would miss me, asked of no one: "wie zou me missen eigenlijk" was nothing (r46)
    "wie ..1 zou|zal ..1 me|mij ..2 missen ..0 eigenlijk|nou|dan|hoor|echt|uberhaupt? $",
    # said half in English, as "done with everything" is read: "ik ben echt done met
    # alles" was nothing (round 46). Bare "ik ben klaar met alles" is stress (themes.yaml)
    "done ..0 met ..1 alles|allemaal|het_leven|mijn_leven|mn_leven|m'n_leven $",
    # Families from earlier outsiders' sets, read again in round 17:
    # a night decided on: "ik heb besloten dat vannacht mn laatste nacht is"
    "!besloten|beslist ..6 laatste ..1 nacht",
    "!vannacht|vanavond ..3 mijn|mn|m'n ..1 laatste ..1 nacht",
    # a death of one's own set for a time: "vanavond ga ik dood" was only the second
    # net's guess (urgency soon; round 42); not "ik ga dood van de stress" (a figure)
    "!vanavond|vannacht|straks|vandaag|morgen ..2 ga ..1 ik ..1 dood $",
    "!ik ..1 ga ..1 vanavond|vannacht|straks|vandaag|morgen ..1 dood $",
    # "ik breng mezelf om": the separable "ombrengen"
    "breng|brengt|bracht ..2 mezelf|mijzelf ..3 om",
    # a birthday or summer one does not expect to see
    "volgende ..1 verjaardag|zomer|kerst ..4 niet ..2 haal|halen|meemaak|meemaken|meer_mee",
    # no reason to go on, said as an end: "ik zie het nut niet meer van doorgaan"
    "nut ..3 van ..1 doorgaan $",
    "nut ..3 van ..1 doorgaan ..2 echt|gewoon|überhaupt|met_leven|met_alles",
    # the way out said to be for good: "en dan bedoel ik niet op vakantie, ik bedoel voorgoed"
    "bedoel ..2 voorgoed",
    # looking up ways: "heb op reddit gelezen over manieren"
    "gelezen|gezocht|gegoogeld|gegoogled|opgezocht ..2 over? ..1 manieren|methodes|methoden $",
    # 113 called and hung up before anyone answered
    "113 ..4 gebeld|opgehangen|neergelegd",
    "!bijna|haast ..3 gesprongen",
    # not missed when gone: "mensen gaan me niet eens missen als ik weg ben"
    "niet|nauwelijks|amper ..3 missen ..3 als ..1 ik ..1 weg|dood ..1 ben $",
    # a lorry one would not mind: "als er nu een vrachtwagen komt vind ik het ook best"
    "als ..6 vrachtwagen|auto|trein|bus|tram ..6 vind|vond ..2 ik? ..2 het? ..2 ook? ..1 best|prima|niet_erg",
    "geen ..1 way ..1 out ..1 meer",
    # set46 (longer e-mails, the risk buried): "ik vraag me vaak af waarom ik nog door zou gaan"
    "waarom ..2 ik ..2 nog ..2 door ..1 zou|moet|zal ..1 gaan",
    "waarom ..2 ik ..2 nog ..2 zou|moet ..1 doorgaan",
)
SUICIDAL_EN: tuple[str, ...] = (
    # whether one wakes up at all: "we'll see if I wake up tomorrow", "who knows if I even
    # wake up" (round 47); not "if I wake up in time for the exam"
    "if|whether ..2 i|i'll|she|he|she'll|he'll ..1 even ..2 wake ..1 up",
    "care|caring|matter|matters ..4 if|whether ..2 i|i'll ..2 wake ..1 up",
    "see|know|knows ..3 if|whether ..2 i|i'll ..2 wake ..1 up ..1 tomorrow $",
    "who ..1 would|will|'d ..1 even? ..1 miss ..1 me $",  # asked of no one (round 46)
    "done ..2 with ..1 all_of_it|all_this|all_of_this $",
    # "i won't be here for the exam anyway": not being around, said as fate
    "won't|wont|will_not ..1 be ..1 here|around ..5 anyway|anyways",
    # a last message: "if i don't make it past tonight tell my mom i'm sorry"
    "!tell ..2 my|mn ..1 mom|mum|mother|dad|father|parents|family|sister|brother ..3 i'm|im|i_am ..1 sorry",
    "!if ..1 i ..2 don't|dont|do_not ..1 make ..1 it ..1 past|through ..2 tonight|the_night|the_weekend",
    # no reason to exist: "idk what the point of any of this is. not just uni. like
    # existing in general"
    "point ..6 existing|exist|being_alive",
    # Families from earlier outsiders' sets, read again in round 17:
    "!tonight|tonight's ..2 the ..1 night & sorry|trying|goodbye|bye|forgive|love_you",
    "!decided ..6 last ..1 night $",
    "i ..1 will|going_to|want_to ..1 kill ..1 me",  # "if i fail again i will kill me"
    "if ..1 i ..1 died|die|were_dead ..9 relieved|relief|wouldn't_mind|not_mind",
    "hoping ..2 something ..1 happens $",  # "I don't look anymore. Kind of hoping something happens."
    "running|ran ..1 out ..1 of ..1 reasons ..1 to ..1 keep|live|stay|go_on|carry_on|be_here|get_up|wake_up",
    "running|ran ..1 out ..1 of ..1 reasons $",
    "researching|googling|looking_up|looked_up|googled|searched|reading_about ..1 methods|ways ..1 again",
    "!hairdryer|hair_dryer|toaster ..6 bath|bathtub",
    "bottle ..3 vodka|wine|whisky|whiskey|alcohol & all_my_meds|all_my_pills|all_my_medication",
    "will_not|won't ..1 make ..1 it ..1 to ..1 my ..1 next ..1 birthday",
    # a sleep for good, as a joke: "she's 'taking the long nap' this weekend" (a blind set
    # of dark humour, round 55); not "taking a long nap after the exam"
    "take|taking|took|takes ..1 the ..1 long|big|final|eternal|forever ..1 nap|sleep",
    "permanent|forever|eternal|endless ..1 nap|naps|dirt_nap",
    # set46: "I don't really see a future where I'm still alive at 30": the "don't" is
    # part of what is said, not a denial of it
    "don't|do_not|can't|can_not|cannot ..3 see|picture|imagine ..3 future ..5 still ..2 alive|here|around",
    "not ..1 just|only ..1 uni|school|college|my_studies|the_study ..4 existing|being_alive",
)
SELF_HARM_EN: tuple[str, ...] = (
    "relapse|relapsed|relapsing & razor|blade|blades|cutting|sh|self_harm|selfharm",
    "clean ..3 from ..1 cutting|self_harm|sh|selfharm",
    "bite|biting|bit ..1 my ..1 self ..3 till|until ..1 blood|it_bleeds",  # "my self", as typed
    # the blade seen more than anyone: "the scissors in my desk drawer have seen more of my
    # thighs than my boyfriend has lmao" (a blind set of dark humour, round 55)
    "scissors|blade|blades|razor_blade|razor_blades|sharpener ..8 seen ..2 more ..2 of ..1 my ..1 thighs|wrists|arms|legs",
)
UNSAFE_NL: tuple[str, ...] = (
    # violence said in the passive: "thuis wordt er geslagen"
    "thuis ..3 wordt|werd|worden|werden ..2 geslagen|geschopt|mishandeld",
    "er ..1 wordt|werd ..2 thuis ..2 geslagen|geschopt|mishandeld",
    # abuse said without its name: "hij doet al sinds ik 12 ben dingen die ik niet wil"
    f"{_KIN_NL} ..3 doet|deed|doen ..6 dingen ..3 die ..1 ik ..1 niet ..1 wil|wilde|wou",
    # put out of the house: "oom heeft mij buiten gezet", "eruit gegooid door mijn ouders"
    f"{_HOUSE_NL} ..4 heeft|hebben|heb ..2 me|mij ..3 eruit|buiten|op_straat ..1 gezet|gegooid|geschopt",
    f"eruit|buiten|op_straat ..1 gezet|gegooid|geschopt ..2 door ..2 mijn|m'n|mn? ..1 {_HOUSE_NL}",
    # things thrown at home: "mijn moeder scheldt en gooit met dingen" (set45)
    "gooit|gooide|gooien|smijt|smeet|smijten ..1 met ..1 dingen|spullen|borden|stoelen|glazen|serviesgoed",
    # sleeping in the car, not allowed home (earlier sets)
    "slaap|sliep|slapen ..4 in ..2 mijn|mn|m'n|de ..1 auto",
    "mag ..3 niet|nie ..2 meer ..2 thuis ..1 komen|kome|wonen|slapen",
)
UNSAFE_EN: tuple[str, ...] = (
    f"{_KIN_EN} ..3 does|did|do|doing ..6 things ..4 i ..1 don't|didn't|do_not|did_not|dont|didnt ..1 want",
    # put out of the house, with nowhere to sleep: "i have literally nowhere to go after"
    "have|got|had ..3 nowhere ..1 to ..1 go|sleep|stay|live ..1 after|tonight|anymore|now",
    "have|got|had ..3 nowhere ..1 to ..1 go|sleep|stay|live $",
    "kicked|thrown|threw|kicks|throw ..3 me? ..1 out & nowhere|couch|streets|street|car",
    f"kicked|thrown ..1 out ..3 by ..2 my? ..1 {_HOUSE_EN}",
    # (a landlord's threat to evict is money and housing, not danger now: "they will tell
    # the landlord to kick me out" was "call 112 now"; a role-play, round 32, C1)
    f"{_HOUSE_EN.replace('|landlord', '')} ..3 throw|threw|thrown|kicked|kicks|kick ..2 me ..1 out",
    "landlord ..3 =threw|=thrown|=kicked ..2 me ..1 out",
    # "I don't have a place to go tonight" (set45), "i have no place sleep tonight"
    "not ..1 have ..1 a|any ..1 place ..1 to ..1 go|sleep|stay ..1 tonight",
    "no ..1 place ..1 to? ..1 sleep ..1 tonight",
    "no ..1 where ..1 to ..1 go|sleep|stay",
    # set46: "he's grabbed me pretty hard a few times"
    # hit by someone at home: "my brother punches me when our parents aren't home" (set47)
    "brother|sister|dad|father|mum|mom|mother|stepdad|stepmother|uncle|cousin|partner|boyfriend|girlfriend|husband ..2 punches|punched|kicks|kicked|beats|slaps|slapped|strangles|strangled ..1 me",
    "grabbed|grabs|grabbing|shook|shakes|choked|chokes ..1 me ..2 hard|roughly|by_the_arm|by_the_throat|by_my_arm|by_my_neck|by_the_neck",
)
CONCERN_NL: tuple[str, ...] = (
    "brief|brieven|briefje|briefjes ..4 voor|aan ..1 ieder|iedereen|elk|allemaal ..2 van? ..1 ons",
    # a thank-you for everything, and then the location off (a role-play, round 17)
    "!bedankt|dankjewel|dank_je ..1 voor ..1 alles ..9 locatie|telefoon|gps ..2 uit|uitgezet|uitgeschakeld",
    "!bedankt|dankjewel|dank_je ..1 voor ..1 alles ..9 offline|onbereikbaar|reageert_niet|neemt_niet_op",
    # a goodbye posted with a bridge or the tracks: "'doei allemaal, was leuk' met een foto
    # van een brug"
    "doei|dag|vaarwel ..1 allemaal|iedereen|jongens|allen ..9 brug|spoor|spoorlijn|rails|flat|dak",
    "doei|dag|vaarwel ..1 allemaal|iedereen|jongens|allen ..9 foto|filmpje|plaatje ..3 brug|spoor|spoorlijn|rails|flat|dak",
)
CONCERN_EN: tuple[str, ...] = (
    # set47 (about someone else): intent and a time, reported; letters left for each of
    # us; a goodbye posted with the tracks or a bridge
    "!said|says|told|texted|wrote|messaged ..4 going|gonna ..2 do ..1 it ..2 tonight|today|tomorrow|this_weekend",
    "letter|letters|note|notes ..4 to|for ..1 each|all ..1 of ..1 us",
    "posted|posts|shared ..9 picture|photo|pic|photos ..3 tracks|train_tracks|railway|bridge|rooftop|pills",
    # set46: "asked if I could look after her cat 'for good'"
    "look_after|take_care_of|keep ..2 her|his|their ..1 cat|dog|rabbit|plants|fish ..3 for_good|forever|permanently",
    # a thank-you for everything, and then gone: "... and turned her location off"
    # (a goodbye and then unreachable is urgent, as since round 16)
    "!thanks|thank_you ..1 for ..1 everything ..9 " + _GONE_EN,
    "!thanks|thank_you ..1 for ..1 everything ..9 turned|switched ..2 her|his|their ..1 location|phone ..1 off",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": (), "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# A past marker (lexicon.PAST; it counts only beside a sign of recovery): "In my first
# year I self-harmed, but I've been doing well for three years now" (set43).
PAST_NL: tuple[str, ...] = ("in ..1 mijn|het ..1 eerste|propedeuse ..1 jaar",)
PAST_EN: tuple[str, ...] = ("in ..1 my|the ..1 first|freshman ..1 year",)

# Manners of speaking (set43, set44): cutting down on something, cutting someone off, a
# week away from everything.
FIGURES_NL: tuple[str, ...] = (
    # round 55 (blind sets of art and sports students, irony, time words): a flop on
    # stage; a debt paid off "in a next life"
    "gestorven|doodgegaan|stierf|stierven ..3 op ..2 het ..1 podium|toneel",
    "afbetaal|afbetalen|afbetaald|terugbetalen|terugbetaal ..6 volgend_leven|volgende_leven",
    "volgend_leven|volgende_leven ..3 af|afbetalen|terugbetalen|betalen|terug",
)
FIGURES_EN: tuple[str, ...] = (
    # round 55 (blind sets of art, music and sports students, irony, parents): shuttle
    # runs called suicides; a cut between takes; a plant that died; an exam that "killed"
    # someone else; too much on one's plate to breathe; a body pushed into positions
    "run|running|ran|do|doing|did|made_us_run ..2 suicides",
    "suicide ..1 sprints|drills|runs|shuttles",
    "cut|cutting|cuts ..2 between ..3 takes|shots|scenes|clips",
    "jump_cut|jump_cuts",
    "plant|plants|cactus|succulent|succulents|monstera|basil|bonsai ..2 died|dead|dying",
    "exam|exams|test|resit|statistics|stats|deadline ..4 killed|kills|killing ..1 him|her|them",
    "breathe|breath ..3 with ..2 everything|all_of_it|it_all ..3 on ..2 his|her|my|their ..1 plate",
    "pushing|push|pushed ..2 me|him|her|us ..2 into ..2 positions|poses|stretches|splits|a_split",
    "cut|cuts|cutting ..0 down",
    "cut|cuts|cutting ..1 myself|me|people|everyone ..0 off",
    "disappear|vanish ..2 into|to|on ..3 a|an|the? ..1 cabin|island|beach|mountains|woods|forest|holiday|vacation|festival|retreat",
    "disappear|vanish ..3 for ..1 a_month|a_week|a_weekend|the_weekend|a_few_days|a_couple_of_days|the_summer|the_holidays|a_while_on_holiday",
)

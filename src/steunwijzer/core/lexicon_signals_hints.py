# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risks said by what surrounds them (round 11; see docs/vocabulary.md): whether a
number of one's own tablets would be enough, whether an insurance pays out when
something happens to oneself, things given away because they will not be needed where
one goes, which stretch of track a train passes fastest, "only waiting for it to stop";
sleeping on the street tonight, being homeless, a father who hits again when he has
been drinking.

Written from their meaning in both languages after an outsiders' set (set23: voice
messages, straattaal, Flemish, international students' English, case notes) showed the
families missing, from the even half of its lines only; the odd half measured them.
The harmless readings found while writing them are kept out: one tablet for a headache
("is one paracetamol enough for my headache") names no large number and goes on after
"enough"; a train that is fastest to Amsterdam is a journey, not a stretch of track.
Merged into lexicon.FLOOR; about someone else, a finding becomes concern_for_other.
"""

from __future__ import annotations

# Medicines students have at hand, by name: the round-10 families named only the kinds.
MEDS_NL = (
    "pillen|tabletten|slaappillen|medicijnen|paracetamol|ibuprofen|oxazepam|diazepam|"
    "lorazepam|temazepam|sertraline|citalopram|escitalopram|fluoxetine|paroxetine|"
    "venlafaxine|quetiapine|lithium|insuline|tramadol|oxycodon|codeine|antidepressiva|"
    "medicatie|xanax|valium|strip|strips|doosjes"
)
MEDS_EN = (
    "pills|tablets|sleeping_pills|meds|medication|paracetamol|tylenol|ibuprofen|advil|"
    "aspirin|oxazepam|diazepam|lorazepam|temazepam|sertraline|zoloft|citalopram|"
    "escitalopram|lexapro|fluoxetine|prozac|paroxetine|venlafaxine|quetiapine|seroquel|"
    "lithium|insulin|tramadol|oxycodone|codeine|antidepressants|xanax|valium|painkillers"
)
# A number no daily dose reaches, or "all of them".
MANY_NL = "15|20|25|30|40|50|60|70|80|90|100|twintig|dertig|veertig|vijftig|zestig|honderd|alle|al_mijn|de_hele|een_hele|heel_mijn|een_strip|een_doosje|een_potje|twee_strips"
MANY_EN = "15|20|25|30|40|50|60|70|80|90|100|twenty|thirty|forty|fifty|sixty|hundred|all|all_of|all_my|the_whole|a_whole|my_whole|a_strip|a_bottle|a_pack|two_strips"
_DEATH_OF_ME_NL = "ik_doodga|ik_dood_ga|ik_dood_ben|ik_overlijd|ik_sterf|mijn_dood|mijn_overlijden|mij_iets_overkomt|me_iets_overkomt|ik_er_niet_meer_ben|zelfmoord|het_zelf_doe|het_zelf_doet|ik_het_zelf|zelf_gedaan"
_DEATH_OF_ME_EN = "i_die|i_died|i'm_dead|i_am_dead|my_death|i_pass_away|happens_to_me|i'm_gone|i_am_gone|i'm_not_here|suicide|did_myself|i_did_it_myself|by_my_own_hand|self_inflicted"

SUICIDAL_NL = (
    # would a number of one's own tablets be enough ("zijn 40 van mijn sertraline genoeg")
    f"!is|zijn|zou|zouden|is_het ..3 {MANY_NL} ..4 {MEDS_NL} ..3 genoeg|dodelijk|voldoende $",
    f"!{MANY_NL} ..4 {MEDS_NL} ..3 genoeg|dodelijk|voldoende ..3 om ..4 dood|niet_meer|nooit_meer|weg|slapen|in_slaap",
    # counting how many one would need, the thing unnamed ("zitten tellen hoeveel ik
    # nodig zou hebben"; "hoeveel punten ik nodig heb" names it and is no match)
    "!tellen|geteld|telde|tel ..2 hoeveel ..0 ik ..2 nodig",
    # does an insurance pay out when something happens to oneself
    f"verzekering|levensverzekering|overlijdensrisicoverzekering|uitvaartverzekering ..9 uit|uitbetalen|uitkeren|betaalt|uitkeert|uitbetaalt ..9 {_DEATH_OF_ME_NL}",
    f"{_DEATH_OF_ME_NL} ..9 verzekering|levensverzekering|uitvaartverzekering ..6 uit|uitbetalen|uitkeren|betaalt|uitkeert|uitbetaalt",
    # things given away that will not be needed where one goes
    "heb|hoef ..4 niet ..2 meer? ..2 nodig ..4 waar ..2 ik ..2 heen|naartoe|straks",
    "weggegeven|weggeven|geef|gegeven ..9 niet ..2 meer? ..2 nodig & heen_ga|naartoe_ga|straks|binnenkort",
    # which stretch of track or which crossing a train passes fastest
    "stuk|stukje|deel|plek ..2 spoor|rails ..9 hardst|snelst|volle_snelheid|niet_stopt|doorrijdt|doordendert",
    "overweg|spoorwegovergang|spoorovergang ..9 hardst|snelst|volle_snelheid|niet_stopt|doorrijdt|doordendert",
    # a last message with thanks, final messages ready for the family
    "!laatste ..1 bericht|berichtje|berichten|appje|mail|woorden & bedankt_voor_alles|dank_voor_alles|sorry_voor_alles|vaarwel|hou_van_jullie|pas_goed_op",
    "!laatste|afscheids ..1 berichten|brieven|briefjes|appjes ..6 aan|voor ..3 mijn|m'n|mn|de|iedereen|familie|ouders ..1 familie|ouders|moeder|vader|zus|broer|iedereen|vrienden",
    # a pain that should stop for good
    "pijn ..4 voorgoed|voor_altijd|definitief|voor_eeuwig ..2 stoppen|stopt|ophouden|ophoudt|weg|voorbij",
    # only waiting for it to stop ("ik wacht alleen nog maar tot het ophoudt")
    "alleen|enkel ..1 nog ..3 wacht|wachten|wachtend|aan_het_wachten ..2 tot|totdat ..2 het|alles ..2 ophoudt|stopt|voorbij|over|afgelopen",
    "wacht|wachten ..2 alleen|enkel ..1 nog ..3 tot|totdat ..2 het|alles ..2 ophoudt|stopt|voorbij|over|afgelopen",
)
SUICIDAL_EN = (
    f"!is|are|would|will|is_it ..3 {MANY_EN} ..4 {MEDS_EN} ..3 enough|lethal|fatal|deadly $",
    f"!{MANY_EN} ..4 {MEDS_EN} ..3 enough|lethal|fatal ..3 to ..3 die|not_wake|never_wake|end_it|do_it|sleep_forever",
    "!counting|counted|count ..2 how ..0 many ..0 i|i'd|i_would ..2 need",
    f"insurance|life_insurance ..9 pay|pays|paying|payout|pay_out|cover|covers ..9 {_DEATH_OF_ME_EN}",
    f"{_DEATH_OF_ME_EN} ..9 insurance ..6 pay|pays|paying|payout|pay_out|cover|covers",
    "not ..2 need ..4 it|them|those|these|anything|any_of ..6 where_i_go|where_i_am_going|where_i'm_going|where_i_will_go|where_i'll_go|where_i'll_be|where_i_will_be",
    "stretch|part|section|spot|bit ..3 of ..2 track|tracks|railway|rail|line ..9 fastest|full_speed|does_not_stop|without_stopping|doesn't_stop",
    "level_crossing|crossing|railway_crossing ..9 fastest|full_speed|does_not_stop|without_stopping|doesn't_stop",
    "fastest|full_speed|without_stopping ..4 past|through|over|at ..2 the|a|that ..1 crossing|level_crossing|railway_crossing",
    "!final|last|goodbye ..1 messages|letters|notes|texts ..6 to|for ..3 my|the|all|everyone|whole ..2 family|parents|mum|mom|dad|sister|brother|everyone|friends|members",
    "pain|hurt|hurting ..4 stop|end|go_away ..2 forever|for_always|for_good|permanently|for_ever",
    "just|only|basically ..3 waiting ..3 for ..2 it|everything|it_all|life ..2 to ..1 end|stop|be_over $",
)
SELF_HARM_NL = (
    # a counsellor's note: "krassen op onderarmen", "snijwondjes op de bovenbenen"
    "krassen|kras|snijwonden|snijwondjes|sneden|sneetjes|brandwonden|brandplekken ..3 op|in|aan ..2 de|haar|zijn|mijn|m'n|beide? ..1 onderarm|onderarmen|armen|arm|pols|polsen|bovenbeen|bovenbenen|dijen|dij|buik",
)
SELF_HARM_EN = (
    "cuts|scratches|scars|burns|cut_marks|burn_marks ..3 on|across ..2 her|his|my|their|both? ..1 forearm|forearms|arms|arm|wrist|wrists|thigh|thighs|stomach",
)
UNSAFE_NL = (
    # strangled: the strongest warning sign of violence by a partner ("toen kneep hij
    # mijn keel dicht"; the word order after "toen" hid it)
    "kneep|knijpt|knepen|drukte|drukt|duwde ..3 mijn|m'n|mn|de ..1 keel|nek|hals ..3 dicht|toe|samen|dichtgeknepen",
    "geen|niet ..2 lucht|adem|ademen & keel|nek|hals|kneep|knijpt|gewurgd|wurgde|handen_om",
    # no roof, sleeping in a night bus, a stairwell
    "slaap|sliep|slapen|overnacht ..4 in|op ..2 de|een ..1 nachtbus|bus|trein|trappenhuis|portiek|fietsenstalling|wasserette|bushokje",
    "geen ..1 dak ..4 geen|boven|meer|nergens|slapen|cent",
    # a fist in the wall beside one's head
    "sloeg|slaat|stompte|stompt|schopte|trapte ..4 muur|deur|kast ..3 naast|vlak_naast|bij ..2 mijn|m'n|mn ..1 hoofd|gezicht",
    # sleeping on the street: "op straat" has no article ("ik slaap vannacht op straat")
    "slaap|sliep|slapen|overnacht ..4 op ..0 straat",
    "ik|we ..2 ben|zijn|werd|word|raak|raakte ..3 dakloos",
    "ben|zijn|werd|word|raak|raakte ..0 ik|we ..2 dakloos",
    # a father or mother who hits again when drunk ("mn pa slaat weer als ie gedronken heeft")
    "pa|vader|stiefvader|papa|ma|moeder|mama|stiefmoeder|oom|broer ..2 slaat|sloeg|mept|schopt|slaan ..6 als|wanneer|zodra ..3 gedronken|dronken|drinkt|boos|kwaad|high",
    "pa|vader|stiefvader|papa|ma|moeder|mama|stiefmoeder|oom|broer ..2 slaat|sloeg|mept|schopt ..1 weer|opnieuw|steeds|altijd",
)
UNSAFE_EN = (
    "squeezed|pressed|held|grabbed ..3 my|the ..1 throat|neck ..6 breathe|breath|until|shut|tight",
    "not ..0 breathe & throat|neck|choked|choking|strangled|hands_around",
    "sleep|sleeping|slept ..4 on|in ..2 the|a ..1 night_bus|bus|stairwell|bus_stop|laundromat",
    "punched|hit|kicked|slammed|smashed ..4 wall|door ..3 next_to|beside|by|near ..2 my ..1 head|face",
    "next ..1 time ..4 won't|wont|will_not|not ..2 be ..2 the ..1 wall|door",
    "sleep|sleeping|slept ..4 on ..0 the? ..0 street|streets",
    "i|we ..2 am|are|'m|became|become|been|got ..3 homeless",
    "dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|uncle|brother ..2 hits|hit|beats|beat|kicks|slaps ..6 when|whenever|once|if ..3 drunk|drinks|drinking|angry|high",
    "dad|father|stepdad|stepfather|mom|mum|mother|stepmom|uncle|brother ..2 hits|beats|kicks|slaps ..2 again|always|every",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# Scratches from a cat or a bramble bush are no self-harm.
FIGURES_NL = (
    "krassen|kras|schrammen|wondjes|sneetjes ..6 van ..2 de|mijn|m'n|onze|een ..1 kat|poes|kitten|hond|konijn|struik|bramen|rozen|doornen|fiets|val",
)
FIGURES_EN = (
    "scratches|scratch|cuts|scrapes ..6 from ..2 the|my|our|a ..1 cat|kitten|dog|rabbit|bush|brambles|roses|thorns|bike|fall",
)

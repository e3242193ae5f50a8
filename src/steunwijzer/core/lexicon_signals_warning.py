# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Warning signs as prevention guides list them (round 12; see docs/vocabulary.md):
who gets one's things, a strange calm once "it" is decided, not minding if one's heart
stops, being freed from this life, staring at the tracks, tired of waking up every
day; a relapse to the blade, marks under long sleeves; no place to sleep tonight.

Written from the signs themselves, in both languages, after a fresh outsiders' set
(set25) was measured unseen: its misses were hints of these kinds. Each pattern names
what keeps it from everyday speech: the object left unnamed ("now that I've decided",
not "decided to switch"), "every day" ending the sentence (not "at six for lectures"),
a list of who gets what that ends there (not "for secret santa").

The figures are everyday readings that the older families took for risks: an absence
with an ordinary reason ("I won't be around next week because of my cousin's wedding"),
a will drawn up at the notary, dying forty times in a game.
"""

from __future__ import annotations

_MY_NL = "mijn|m'n|mn"
_THINGS_NL = "spullen|laptop|fiets|kamer|kleren|boeken|gitaar|kat|hond|planten|spaargeld|geld|sieraden|telefoon"
_THINGS_EN = "stuff|things|laptop|bike|room|clothes|books|guitar|cat|dog|plants|savings|money|belongings|jewellery|jewelry|phone"
_TRACKS_NL = "spoor|sporen|rails|afgrond|diepte|reling"
_TRACKS_EN = "tracks|rails|drop|edge|railing|ledge"

SUICIDAL_NL = (
    # who gets one's things ("ik heb opgeschreven wie mijn laptop krijgt")
    f"!wie ..2 {_MY_NL} ..2 {_THINGS_NL} ..3 krijgt|krijgen|erft|erven|mag_hebben|moet_krijgen",
    f"!wie ..1 wat ..2 krijgt|erft ..2 als ..1 ik|van ..1 {_MY_NL} ..0 spullen",
    # a calm once "it" is decided, the decision unnamed ("sinds ik het besloten heb")
    "rustig|rust|kalm|opgelucht|vredig|kalmte ..6 sinds|nu|omdat ..3 ik ..2 het ..2 besloten|beslist",
    "sinds|nu ..1 ik ..1 het ..2 besloten|beslist ..2 heb ..4 rustig|rust|kalm|opgelucht|vredig",
    # not minding if one's heart or body stops
    f"maakt ..2 niet ..1 uit|meer_uit ..4 als ..3 {_MY_NL}|het ..1 hart|lichaam|lijf ..3 stopt|ophoudt|stilstaat|opgeeft|ermee_stopt|ermee_ophoudt",
    f"prima|fijn|goed|niet_erg|best ..6 als ..3 {_MY_NL} ..1 hart|lichaam|lijf ..4 stopt|ophoudt|stilstaat|opgeeft",
    # freed from this life
    "verlost|bevrijd|vrij ..1 van ..1 dit_leven|het_leven|mijn_leven|dit_bestaan|mezelf",
    # staring at the tracks, again and again
    f"blijf|bleef|zit|zat|sta|stond|lig|lag ..3 kijken|staren|turen ..3 naar ..2 het|de ..1 {_TRACKS_NL}",
    f"kijk|keek|staar|staarde ..2 steeds|telkens|uren|urenlang|lang ..3 naar ..2 het|de ..1 {_TRACKS_NL}",
    # a wish that one died ("ik wou al zo vaak dat ik doodging")
    "wou|wilde|wenste|hoopte|hoop|wens ..4 dat ..1 ik ..2 doodging|dood_ging|dood_was|dood_zou_gaan|er_niet_meer_was|niet_meer_wakker_werd",
    # tired of waking up every day, the sentence ending there
    "zat|moe|beu ..3 elke|iedere ..1 dag|ochtend|morgen ..0 wakker ..1 te ..1 worden $",
)
SUICIDAL_EN = (
    f"!who ..2 gets|get|should_get|will_get|can_have|should_have|inherits ..2 my ..2 {_THINGS_EN}",
    "!made|wrote|making|writing|drew_up ..2 a? ..1 list ..2 of ..1 who ..1 gets|get|should_get ..1 what $",
    "calm|peaceful|at_peace|relieved|lighter|calmer ..6 since|now_that|now ..3 i've|i_have|i ..2 decided|made_up_my_mind|made_the_decision $",
    "fine|okay|ok|wouldn't_mind|don't_mind|not_mind ..6 if ..3 my ..1 heart|body ..3 stops|stopped|gives_up|gave_up|just_stops|quits",
    "free|freed|released ..1 from|of ..1 this_life|my_life|this_existence|existing|being_alive",
    f"keep|kept|keeps|been ..2 looking|staring|gazing ..2 at|down_at ..2 the ..1 {_TRACKS_EN}",
    "tired|sick|exhausted ..2 of ..1 waking_up|wake_up ..2 every|each ..1 day|morning $",
    "tired|sick|done ..2 of|with ..1 waking_up $",
)
SELF_HARM_NL = (
    # a relapse to the blade ("drie maanden clean en nu toch weer met het mesje")
    "weer|opnieuw ..4 met ..2 het|de|een|mijn|m'n|mn ..1 mesje|mesjes|scheermesje|scheermesjes",
    "clean ..9 mesje|mesjes|scheermesje|scheermesjes",
    # marks kept under long sleeves, even in the heat
    "lange ..1 mouwen ..9 plekken|wondjes|littekens|krassen|sneetjes|wonden|bloed|pleisters|verband",
    "plekken|wondjes|littekens|krassen|sneetjes|wonden ..9 lange ..1 mouwen",
)
SELF_HARM_EN = (
    "again ..3 with ..2 the|a|my ..1 blade|blades|razor|razors",
    "back ..1 to|on ..2 the|my ..1 blade|blades|razor|razors",
    "long ..1 sleeves|sleeved ..9 marks|cuts|scars|scratches|blood|wounds|bandage|bandages|plasters",
    "marks|cuts|scars|scratches|wounds ..9 long ..1 sleeves",
)
UNSAFE_NL = (
    # no place to sleep tonight ("ik weet niet waar ik vannacht moet slapen")
    "weet ..3 niet ..4 waar ..3 vannacht|vanavond ..3 slapen|moet_slapen|kan_slapen|heen_moet|kan_blijven|moet_blijven",
    "geen ..1 slaapplek|slaapplaats|onderdak ..1 meer",
    "geen ..1 slaapplek|slaapplaats|onderdak ..2 vanaf ..1 vanavond|vannacht|morgen|nu",
)
UNSAFE_EN = (
    "nowhere ..1 to ..1 go|sleep|stay & tonight|tonite|suitcase|street|streets|station|centraal",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

FIGURES_NL = (
    # a will drawn up at the notary, with a house or a partner
    "notaris ..9 testament",
    "testament ..9 notaris|hypotheek|samenlevingscontract",
    # dying in a game, again and again ("zo vaak doodgegaan in Counter-Strike")
    "zo ..1 vaak|veel ..2 doodgegaan|dood_gegaan|doodgaan",
    "10|20|30|40|50|100|honderd|duizend ..1 keer ..2 doodgegaan|dood_gegaan|gestorven",
)
FIGURES_EN = (
    # an absence with an everyday reason
    "won't|wont|will_not|not ..2 be ..2 around|here|there|in ..6 because|due|as|since|i'm|i_am|i_have|i've|i'll ..4 wedding|holiday|holidays|vacation|appointment|dentist|doctor|exchange|internship|conference|surgery|operation|flight|tournament|shift|abroad|erasmus|festival|concert|match|camp|retreat|visa",
    "died|dying ..3 like? ..1 10|20|30|40|50|100|hundred|million|so_many ..1 times",
    "keep|kept|keeps ..1 dying|getting_killed ..3 in|to|at ..2 this|the|that ..1 game|level|boss|raid|round|match",
)
# "that's been over for years", "I've been fine since then": a past that is over.
RECOVERED_NL = ("al ..2 jaren|jaar|maanden|tijden|lang ..2 voorbij|over|achter_me",)
RECOVERED_EN = (
    "over ..1 for ..2 years|months|ages|a_long_time|a_while|some_time",
    "been ..2 fine|okay|ok|good|well|better ..2 since ..1 then|that",
)

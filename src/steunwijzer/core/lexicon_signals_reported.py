# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk to life read from round 60's blind sets after they were measured unseen: a friend
or sibling reported missing for days, and two Dutch figures that named a death wish
("ik zou dood gaan voor een bak koffie", "de dood van zijn zoon" read as "dood zijn").

Missing only where a person close to the writer is missing (not "my cat is missing",
not "I'm missing lectures"). Read through lexicon_floor.FLOOR and lexicon_sources.FIGURES.
"""

from __future__ import annotations

# Who may go missing: people close to the writer, both languages.
CLOSE = (
    "friend|best_friend|brother|sister|housemate|roommate|flatmate|cousin|dad|mum|mom|"
    "father|mother|classmate|boyfriend|girlfriend|son|daughter|partner|vriend|vriendin|"
    "beste_vriend|beste_vriendin|broer|zus|zusje|broertje|huisgenoot|huisgenote|neef|"
    "nicht|vader|moeder|klasgenoot|vriendje|zoon|dochter"
)

# Pills and "took them all" in a short message ("help 💊💊💊 took them all", set280).
_PILLS = "pills|pill|pillen|tabletten|meds|medicijnen|medicatie|slaappillen|paracetamol"
SUICIDAL_NL: tuple[str, ...] = (
    f"!{_PILLS} ..5 genomen|geslikt|ingenomen|opgegeten ..2 allemaal|alles|ze_allemaal",
    # one's own death made to look like an accident (the English was found, this not)
    "ik ..4 het ..1 als ..1 een ..1 ongeluk ..2 laten ..1 lijken|uitzien",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"!{_PILLS} ..5 took|taken|swallowed|ate ..2 all|them_all|every_one|everything",
)
CONCERN_NL: tuple[str, ...] = (
    f"{CLOSE} ..6 is|wordt|werd|raakte ..3 vermist",
    f"{CLOSE} ..6 spoorloos & sinds|al|dagen|weken|politie|verdwenen",
)
CONCERN_EN: tuple[str, ...] = (
    f"{CLOSE} ..6 is|has_been|been|went|gone|was|reported ..1 missing ..4 for|since|days|nights|weeks|police|searching",
    # "roommate locked in bathroom, blood on the floor" (set280)
    f"{CLOSE} ..1 locked ..1 herself|himself|themselves ..1 in|into ..2 the? ..1 bathroom|toilet",
    f"{CLOSE} ..0 locked ..0 in|into ..1 the? ..0 bathroom|toilet",
)

# "ik zou echt dood gaan voor een bak koffie" (a chat of set270) was a wish to die,
# urgency immediate; "over de dood van zijn zoon" (a novel, set274) was "dood zijn".
FIGURES_NL: tuple[str, ...] = (
    "dood ..0 gaan ..0 voor ..2 een|een_bak|wat|koffie|pizza|patat|friet|bier|biertje|slaap|vakantie|chocola|ijs|kapsalon",
    "sterven ..0 voor ..2 een|een_bak|koffie|pizza|patat|friet|bier|biertje|kapsalon",
    "dood ..0 van ..0 zijn ..0 zoon|dochter|vader|moeder|broer|zus|vrouw|man|kind|kinderen|vriend|vriendin|opa|oma|hond|kat",
    # "ik ga echt dood aan dit statistiekvak haha" (set285)
    "dood ..0 aan|van ..1 dit|deze|die|dat ..1 vak|*vak|tentamen|*tentamen|deadline|*deadline|verslag|project|opdracht|boek|*werk",
)
FIGURES_EN: tuple[str, ...] = ()

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

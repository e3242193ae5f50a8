# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk to life read from round 60's blind sets after they were measured unseen: a friend
or sibling reported missing for days, and two Dutch figures that named a death wish
("ik zou dood gaan voor een bak koffie", "de dood van zijn zoon" read as "dood zijn").

Missing only where a person close to the writer is missing (not "my cat is missing",
not "I'm missing lectures"). Read through lexicon_floor.FLOOR and lexicon_sources.FIGURES.
"""

from __future__ import annotations

# Who may go missing: people close to the writer, both languages.
_CLOSE = (
    "friend|best_friend|brother|sister|housemate|roommate|flatmate|cousin|dad|mum|mom|"
    "father|mother|classmate|boyfriend|girlfriend|son|daughter|partner|vriend|vriendin|"
    "beste_vriend|beste_vriendin|broer|zus|zusje|broertje|huisgenoot|huisgenote|neef|"
    "nicht|vader|moeder|klasgenoot|vriendje|zoon|dochter"
)

CONCERN_NL: tuple[str, ...] = (
    f"{_CLOSE} ..6 is|wordt|werd|raakte ..3 vermist",
    f"{_CLOSE} ..6 spoorloos & sinds|al|dagen|weken|politie|verdwenen",
)
CONCERN_EN: tuple[str, ...] = (
    f"{_CLOSE} ..6 is|has_been|been|went|gone|was|reported ..1 missing ..4 for|since|days|nights|weeks|police|searching",
)

# "ik zou echt dood gaan voor een bak koffie" (a chat of set270) was a wish to die,
# urgency immediate; "over de dood van zijn zoon" (a novel, set274) was "dood zijn".
FIGURES_NL: tuple[str, ...] = (
    "dood ..0 gaan ..0 voor ..2 een|een_bak|wat|koffie|pizza|patat|friet|bier|biertje|slaap|vakantie|chocola|ijs|kapsalon",
    "sterven ..0 voor ..2 een|een_bak|koffie|pizza|patat|friet|bier|biertje|kapsalon",
    "dood ..0 van ..0 zijn ..0 zoon|dochter|vader|moeder|broer|zus|vrouw|man|kind|kinderen|vriend|vriendin|opa|oma|hond|kat",
)
FIGURES_EN: tuple[str, ...] = ()

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

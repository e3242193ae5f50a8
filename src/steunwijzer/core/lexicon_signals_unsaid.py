# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk to life told without its usual words, from round 61's blind sets measured unseen:
someone close gone silent after a goodbye, arms "like a barcode", pain sought as a
punishment, and a wish to be with God.

Someone unreachable counts only with a sign beside it (a goodbye, a parting post, not
seen by the people they live with): "my tutor hasn't answered my email since Monday" is
no worry, "her roommates haven't seen her since Sunday" is. Read through
lexicon_floor.FLOOR and lexicon_sources.FIGURES.
"""

from __future__ import annotations

from steunwijzer.core.lexicon_signals_reported import CLOSE

# Who may go silent: people close to the writer, and a pronoun for one named before.
_CLOSE = f"{CLOSE}|he|she|hij|ze|zij"
_PARTING = "goodbye|goodbyes|farewell|bye|afscheid|afscheids*|vaarwel|dag_allemaal|doei_allemaal"
# (no bare "uit", "neemt", "off" or "offline": "afscheid nemen", "ging uit eten", "head
# off", "doei allemaal, ik ga offline tot na de tentamens")
_SILENT_EN = "phone_off|phone_is_off|switched_off|turned_off|went_offline|is_offline|unreachable|voicemail|not_answering|isn't_answering|not_replying"
_SILENT_NL = "is_offline|ging_offline|staat_offline|onbereikbaar|voicemail|reageert_niet|reageert_ze_niet|neemt_niet_op|neemt_ze_niet_op|locatie_uit|telefoon_uit"
_MATES_EN = "roommates|housemates|flatmates|roommate|housemate|flatmate|friends|nobody|no_one|noone"
_MATES_NL = "huisgenoten|huisgenoot|huisgenote|vrienden|niemand"

SELF_HARM_NL: tuple[str, ...] = (
    "branden|brand|brandde ..3 met ..2 een|mijn ..1 aansteker",
    # "mijn onderarmen lijken op een streepjescode lol" (set289)
    "armen|onderarmen|arm|onderarm|polsen|pols|benen|dijen|been ..4 streepjescode|barcode",
    # pain sought as a punishment: "als straf ga ik 2 uur hardlopen ... ik wil dat het pijn doet" (set290)
    "ik ..1 wil|wilde ..1 gewoon? ..1 dat ..1 het ..1 pijn ..1 doet|deed $",
    "als|ter ..0 straf ..0 ga|eet|sport|ren|loop|train|sla|kras|snij ..1 ik",
)
SELF_HARM_EN: tuple[str, ...] = (
    # "Started again in November though (burning, with a lighter)" (set304)
    "burning|burn|burned|burnt ..3 with ..2 a|my ..1 lighter",
    # "hoodie szn all year round bc of my arms lol. the razor thing is back" (set296)
    "razor|blade|blades|razors ..2 thing|stuff|urges ..2 is|are ..1 back|again",
    "arms|forearms|wrists|legs|thighs|arm|wrist|thigh ..4 like ..1 a ..1 barcode",
    "as ..0 punishment ..0 i ..2 run|starve|skip|hit|cut|burn|scratch|train|exercise",
    "i ..1 want|wanted ..1 it ..1 to ..1 hurt $",
)
# A note's shorthand (set294): "OD attempt Sunday night", "SI: 'sometimes, when it gets bad'"
_SI_YES = "yes|ja|sometimes|soms|passive|passief|present|aanwezig|positive|positief|occasionally|occasional|af_en_toe|recent|daily|dagelijks|frequent"
SUICIDAL_NL: tuple[str, ...] = (
    # "maakt het me niet uit als ik er een keer niet meer van opsta" (set297, a bottle of
    # wine every night)
    "maakt ..2 me|mij ..1 niet ..1 uit ..1 als ..1 ik ..6 niet ..1 meer ..2 opsta|opstaan|wakker|bijkom",
    f"=si|=suïcidaliteit|=doodswens ..1 {_SI_YES}",
    # "ik wil gewoon bij God zijn. hier is niks meer voor mij" (set291)
    "ik ..1 wil|wou|wilde ..2 bij ..1 god|allah|jezus|de_heer|de_here|mijn_schepper ..1 zijn|komen",
    "ik ..1 wil|wou|wilde ..2 naar ..1 god|allah|jezus|de_heer|de_hemel ..1 toe? $",
)
SUICIDAL_EN: tuple[str, ...] = (
    # "she said 'you won't have to put up with me much longer'" (set301; reported speech
    # makes it a concern for her)
    "won't|wont|will_not ..1 have ..1 to ..2 put_up_with|deal_with|worry_about|see ..1 me ..2 much|for ..1 longer|long",
    "!=od ..1 attempt|attempts|attempted|poging",
    f"=si ..1 {_SI_YES}",
    "i ..1 want|wanna|wish ..2 to ..1 be ..1 with ..1 god|jesus|allah|the_lord $",
    "i ..1 want|wanna|wish ..2 to ..1 be ..1 with ..1 god|jesus|allah|the_lord ..1 now|already",
    "i ..1 want|wanna ..2 to ..1 go ..1 home ..1 to ..1 god|jesus|allah|the_lord",
)
CONCERN_NL: tuple[str, ...] = (
    "vond|gevonden ..3 mesjes|scheermesjes|scheermes ..4 in ..2 haar|zijn|de ..1 kamer|badkamer|tas|prullenbak|la",
    f"{_PARTING} & {_SILENT_NL}",
    f"{_MATES_NL} ..3 hebben|heeft ..3 haar|hem ..3 niet ..2 gezien|gehoord & sinds|al|dagen|gisteren|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|weekend",
    f"{_CLOSE} ..3 telefoon ..2 staat ..2 uit & sinds|al|nacht|gisteren|afscheid|bericht|app",
    # silent since the sign told before: "... en hij neemt sindsdien niet meer op"
    f"{_CLOSE} ..1 neemt ..2 sindsdien ..2 niet ..2 op",
    f"{_MATES_NL} ..3 hebben|heeft ..3 haar|hem ..2 sindsdien ..2 niet ..2 gezien|gehoord",
)
CONCERN_EN: tuple[str, ...] = (
    # "her roommate told us she found razor blades in the bathroom" (set305)
    "found ..3 razor|razors|razor_blades|blades ..4 in ..2 her|his|their|the ..1 room|bathroom|bag|bin|drawer",
    f"{_PARTING} ..2 text|message|post|note|letter|video|story|tweet|voice_note|msg & {_SILENT_EN}",
    "thanks|thank_you ..1 for ..1 everything & hasn't_answered|hasnt_answered|not_answering|isn't_answering|went_offline|phone_off|unreachable|voicemail",
    # silent since the sign told before: "... and he hasn't answered his phone since."
    f"{_CLOSE} ..1 hasn't|hasnt|has_not|isn't|isnt ..1 answered|answering|picked_up|picking_up|replied|replying ..3 since $",
    f"since ..1 yesterday|last_night|sunday|monday|tuesday|wednesday|thursday|friday|saturday|then ..2 {_CLOSE} ..1 isn't|isnt|hasn't|hasnt|not ..1 answering|answered|picking_up ..2 her|his|their|the ..1 phone|calls",
    f"{_MATES_EN} ..2 haven't|hasn't|havent|hasnt|have_not|has_not|not ..1 seen|heard_from ..1 her|him|them ..3 since|for|in ..2 days|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|the_weekend|two|three|a_day",
)

# "what is the point" of a study, or of going on with it: "I dont know, what is the point
# if I go back" (a Belgian exchange student about going home to Gent, a role-play) was a
# wish to die, 113 first, and the student's "no" at the safety questions did not undo it.
_STUDY = (
    "studying|study|studies|the_course|this_course|the_degree|this_degree|my_degree|"
    "my_studies|the_exam|this_exam|exams|lectures|class|classes|the_lecture|this_assignment|"
    "the_assignment|learning|this_module|the_module|the_resit|homework|revising|the_thesis"
)
FIGURES_EN: tuple[str, ...] = (
    # a threat of a landlord's or an office's measures, no danger: "Landlord threatening
    # eviction unless she pays" (set286) was unsafe and concern for someone else
    "threaten*|threatened|threatening ..2 eviction|evict|evicting|to_evict|legal_action|to_sue|a_fine|fines|a_bailiff|collection",
    f"what ..1 is ..2 the ..1 point ..1 of|in ..0 {_STUDY}",
    "what ..1 is ..2 the ..1 point ..1 if ..1 i ..2 go|going|quit|stop|move|leave|fail",
)
FIGURES_NL: tuple[str, ...] = (
    # "haalt haar BSA ruim (54/60 EC), geen reden tot zorg" (set299)
    "haalt|haal|haalde|halen ..2 bsa ..0 ruim|makkelijk|zeker|gewoon",
    "dreigt|dreigde|dreigen|bedreigt ..2 met ..2 uitzetting|ontruiming|huisuitzetting|een_boete|de_deurwaarder|incasso|een_advocaat|een_rechtszaak",
    # "eindelijk af van die BSA-stress!" (set289): a BSA made, "ik blokkeer zoals bij de
    # vorige poging" (set292): an exam's attempt
    "af ..1 van ..2 die|de|dat|het ..1 bsa*|bsa|bindend",
    "blokkeer|blokkeerde|blokkeren|zak|zakte|gezakt|faalde ..6 vorige|eerste|tweede|derde|laatste ..1 poging",
    "wat ..2 heeft ..2 het ..2 voor ..1 zin ..2 als ..1 ik ..3 terug|terugga|stop|ophoud|toch_zak|zak|verhuis|vertrek",
    "wat ..2 heeft ..2 het ..2 voor ..1 zin ..2 om ..3 te ..1 studeren|leren|blokken|herkansen",
)

# Kept from leaving home again: "My father told me that if I come home this weekend I
# will not be leaving again" (set301, an honour-related threat).
UNSAFE_EN: tuple[str, ...] = (
    "arrange|arranging|arranged ..0 my ..0 marriage|wedding",
    "if ..1 i ..2 come|go ..1 home|back ..8 not|never|won't ..2 be? ..1 leave|leaving|allowed_to_leave|get_out ..1 again",
)
UNSAFE_NL: tuple[str, ...] = (
    # a marriage arranged by others, a passport held (set305)
    "mijn ..1 huwelijk ..4 regelen|regelt|geregeld|arrangeren|gearrangeerd|afgesproken",
    "mijn ..1 paspoort|id|verblijfsvergunning ..3 ligt|is|zit ..2 bij ..1 hem|haar|hen|mijn_vader|mijn_oom|mijn_ouders|mijn_broer|mijn_moeder|mijn_man",
    "als ..1 ik ..3 thuis|naar_huis|terug ..1 kom|ga ..8 niet|nooit ..2 meer ..3 weg|terug|vertrekken|weggaan",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

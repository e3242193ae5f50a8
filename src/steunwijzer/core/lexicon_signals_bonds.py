# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 33's outsiders' sets, after they were measured unseen:
set106 (relationships, safety and boundaries: a partner who controls, sextortion, an
unsafe home) and set107 (loss and leaving: a death, a death by suicide, dropping out).
Each family is written for what it says, with its harmless neighbours in mind (a car
that nearly hit a tree, a friend's passport kept safe, a last exam week before
graduating), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

_CRASH_INTO_NL = "boom|muur|vrachtwagen|pijler|vangrail|betonblok|viaduct|brugpijler"
_DOCUMENTS_NL = "paspoort|id|id_kaart|identiteitskaart|verblijfsvergunning|verblijfspas"
_MONEY_NL = "bankpas|pinpas|bankkaart|creditcard|geld|salaris|studiefinanciering|telefoon"
_KIN_EN = (
    "sister|brother|friend|roommate|flatmate|housemate|cousin|girlfriend|boyfriend|niece|classmate"
)
_KIN_NL = "zus|zusje|broer|broertje|vriendin|vriend|huisgenoot|huisgenote|nicht|neef|klasgenoot|klasgenote"
_PICS_EN = "pics|nudes|nude|photos|pictures|videos|naked_pics|naked_photos"
_PICS_NL = "foto's|fotos|naaktfoto's|naaktfotos|nudes|pics|filmpjes|video's|beelden"

SUICIDAL_NL: tuple[str, ...] = (
    # a way to die thought of: "heb nagedacht over gewoon tegen een boom aan rijden"
    # (set106); not "ik ben bijna tegen een boom aan gereden" (no thinking, past)
    f"nagedacht|gedacht|denk|dacht|overweeg|overwogen ..6 tegen ..2 {_CRASH_INTO_NL} ..2 aan? ..1 rijden|te_rijden|knallen|te_knallen|crashen|sturen",
    # the crash said as a way out: "als ik nu tegen een boom rij is het tenminste klaar"
    # (set340, round 64); not "als ik tegen een boom rij is mijn auto total loss"
    f"als ..3 tegen ..2 {_CRASH_INTO_NL} ..2 aan? ..1 rij|rijd|rijdt|knal|crash|stuur|fiets|reed|knalde ..5 klaar|over|voorbij|opgelost|rust|gedaan|afgelopen",
    # rather not here any more, said as an end (set108: "als mijn ouders erachter komen
    # ... dan ben ik liever niet meer hier. echt niet."); not "liever niet meer hier op
    # de campus na tienen"
    "ben|zijn|was ..2 liever ..1 niet ..1 meer ..1 hier|er $",
)
SUICIDAL_EN: tuple[str, ...] = (
    # no year ahead with oneself in it: "I don't see a version of next year where I'm
    # still around" (set107); not "I can't see myself still here at forty in this job"
    "not ..2 see|imagine|picture ..8 where|in_which|with ..2 i ..2 still ..1 around|alive",
    # "I don't think I'll still be around when my turn comes" (set108: a waiting list for
    # care); "here" left out: "still be here when you get back" is a train to catch
    "don't|do_not|dont ..1 think|expect ..3 i ..2 still ..1 be ..1 around|alive ..1 by|next|until|till",
    "don't|do_not|dont ..1 think|expect ..3 i ..2 still ..1 be ..1 around|alive ..1 when ..2 turn|comes|graduation|birthday|christmas|summer|surgery|treatment",
)
UNSAFE_NL: tuple[str, ...] = (
    # somewhere to sleep when home is closed: "een plek waar je anoniem kunt slapen als
    # je niet meer naar huis kan" (set106); not "ik kan niet meer naar huis, de trein rijdt niet"
    "plek|onderdak|slaapplek|slapen ..9 niet ..1 meer ..1 naar ..1 huis ..1 kan|kunnen|durf|durven|mag",
    # documents and money held by a partner or family (set106: "mijn vriend heeft mijn
    # paspoort en mijn bankpas 'voor de zekerheid'"); both kept, not one renewed
    f"heeft|houdt|hield|pakte|afgepakt|ingenomen|afgenomen ..2 mijn ..1 {_DOCUMENTS_NL} ..6 {_MONEY_NL}",
)
UNSAFE_EN: tuple[str, ...] = (
    # a phone taken and study forbidden (set106: "they took my phone and said I'm not
    # going back to uni after the break"): honour-related control
    "took|taken ..2 my ..1 phone|passport|laptop ..9 not ..2 going|allowed|let ..3 back|go ..3 uni|university|college|school|campus",
)
# A wish or a plan to hurt someone else (an outside scripting user, round 33: "Ik wil
# iemand vermoorden", "I will bring a gun to class" were nothing recognised, and "I want
# to hurt someone" the student's own wish to die). No acute theme is made for a danger to
# others; an unsafe situation is the nearest (112 first). Not "I'm going to kill my
# flatmate" alone: said of a flatmate who ate the leftovers as often as not.
_TARGETS_EN = "someone|somebody|people|others|other_people|everyone|them_all|a_person|my_father|my_dad|my_mother|my_mum|my_mom|my_brother|my_sister|my_roommate|my_flatmate|my_housemate|my_boyfriend|my_girlfriend|my_partner|my_ex|my_teacher|my_lecturer|my_boss"
_WEAPONS_EN = "gun|guns|knife|knives|weapon|weapons|pistol|rifle|machete|axe"
_PLACES_EN = "class|school|campus|uni|university|lecture|lectures|work|college|the_exam"
_WEAPONS_NL = "mes|messen|wapen|wapens|pistool|vuurwapen|geweer|bijl|machete"
_PLACES_NL = "school|college|campus|universiteit|uni|hogeschool|les|werk|stage|het_tentamen"
_HARM_NL = "vermoorden|doodmaken|dood_maken|doodsteken|neersteken|neerschieten|doodschieten|iets_aandoen|pijn_doen|te_vermoorden|neer_te_steken|neer_te_schieten|pijn_te_doen|iets_aan_te_doen|dood_te_maken"
UNSAFE_NL += (
    f"wil|ga|gaan|zal|zou ..3 iemand|mensen|iedereen ..3 {_HARM_NL}",
    f"zin|neiging|drang|behoefte ..2 om ..3 iemand|mensen|hem|haar ..3 {_HARM_NL}|te_slaan",
    f"gedachten|gedachtes|fantasieën|fantasie ..2 om|over ..4 te? ..1 {_HARM_NL}",
    "ga|wil|zal ..3 doodsteken|neersteken|neerschieten|doodschieten",
    # "ik wil hem soms echt pijn doen" (a second role-play, round 33, B1)
    "wil|zou ..1 hem|haar ..3 pijn ..1 doen $",
    f"wil|ga|zal ..1 mijn ..1 huisgenoot|huisgenote|vader|moeder|broer|zus|docent|ex|vriend|vriendin|baas|stiefvader|oom ..2 {_HARM_NL}",
    "ga|wil|zal ..4 in ..1 elkaar ..1 slaan|timmeren|trappen",
    # "ik ga hem iets aandoen", "ik ga haar echt pijn doen" (round 34: a threat to one
    # person, not to "iemand", was nothing recognised)
    # Not "ik ga hem vermoorden": said of a housemate who ate the leftovers.
    "ga|gaan|wil|zal ..1 hem|haar|hen ..2 iets_aandoen|pijn_doen|doodsteken|neersteken|neerschieten|doodschieten",
    f"!{_WEAPONS_NL} ..4 mee ..3 naar ..2 {_PLACES_NL}",
    "heb ..2 een ..1 wapen|pistool|vuurwapen|geweer ..1 gekocht|geregeld|gehaald|op_zak",
)
UNSAFE_EN += (
    f"want|wanna|going|gonna|will ..3 kill|stab|shoot|strangle ..1 {_TARGETS_EN}",
    "feel|felt ..2 like ..1 hurting|killing|stabbing|shooting ..1 other|others|someone|somebody|people",
    f"want|wanna ..2 to? ..1 hurt|harm ..1 {_TARGETS_EN}",
    # "sometimes I want to hurt him, like really hurt him" was the suicide panel (the
    # second net on "sometimes I want": a second role-play, round 33, B1)
    "want|wanna ..2 to? ..1 hurt|harm|stab|beat_up|punch ..1 him|her|them",
    # "I'm going to hurt him", "I will really hurt her" (round 34); at the clause end,
    # so not "hurt her feelings"
    "going|gonna|will|i'll ..3 hurt|harm|stab|beat_up|strangle ..1 him|her|them $",
    f"thoughts|thinking|fantasies|fantasize|fantasise|fantasizing|fantasising ..3 about|of ..2 killing|hurting|stabbing|shooting ..1 {_TARGETS_EN}",
    f"!bring|bringing|take|taking|brought ..2 a|my ..1 {_WEAPONS_EN} ..3 to ..2 {_PLACES_EN}",
    f"going|gonna|want|will ..3 shoot ..2 people|everyone|up ..4 {_PLACES_EN}|tomorrow|tonight",
)
CONCERN_NL: tuple[str, ...] = (
    f"{_KIN_NL} ..6 onder_druk|gedwongen|dwingt|pusht ..6 {_PICS_NL} ..2 sturen|te_sturen|opsturen|op_te_sturen",
)
CONCERN_EN: tuple[str, ...] = (
    # a sister pressured for pictures (set106)
    f"{_KIN_EN} ..6 pressured|pressuring|forced|forcing|pushed|pushing ..4 to ..1 send ..2 {_PICS_EN}",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
# What the same words say harmlessly (round 33's neighbours)
FIGURES_NL: tuple[str, ...] = (
    "dreigde|dreigt|dreigen ..3 op_te_eten|te_pikken|te_spoilen|te_ontvolgen|mijn_eten",
    "schrik|schrok ..4 als|wanneer|zodra ..3 iemand|mensen|hij|een_man|een_jongen ..3 aanraakt|aanraken|aanraakte|dichtbij_komt",
    # mourning a holiday; a week off from everything to sleep (set107's neighbours)
    "rouw|rouwen|treur ..2 om ..2 mijn|de|het ..1 vakantie|zomervakantie|kerstvakantie|weekend|zomer|vrije_tijd|bed",
    "stop|stoppen|stopte ..3 een ..1 week|weekje|dag|dagje|paar_dagen|maand|weekend ..1 met ..1 alles",
    # "mijn vader is dood op na zijn nachtdienst": worn out (a role-play's neighbour)
    "=dood ..0 =op",
)
FIGURES_EN: tuple[str, ...] = (
    # a startle after something happened, not a jump from a height ("i jump when someone
    # touches me" was a wish to die, weighed most on "jump": a role-play, round 33, C1)
    "jump|jumped|jumping ..3 when|whenever|if|every_time ..3 someone|anyone|somebody|people|he|a_guy|a_man ..2 touches|touched|touch|comes_close|comes_near|stands_behind",
    "jump|jumped|jumping ..2 at ..2 every|any|each|the_slightest|loud ..1 sound|sounds|noise|noises|knock|touch",
    # "cried like a baby when Joel died in The Last of Us"; a hospice volunteered at for
    # an application (set107's neighbours)
    "cried|cry|crying|cries|sobbed ..1 like ..1 a ..1 baby",
    "volunteer|volunteering|volunteered|internship|placement ..4 hospice|hospices",
    # a threat over leftovers; an awareness stall (set106)
    "threatened|threatens|threatening|threaten ..2 to ..1 eat|steal|finish|spoil|unfollow|mute",
    "spiked|spiking ..2 drink|drinks ..2 awareness|campaign|workshop|stall|talk|training|poster|posters|week",
    "drink ..1 spiking ..2 awareness|campaign|workshop|stall|talk|training|poster|posters|week",
    # a photo shoot; an essay's darlings (the neighbours of the threats above)
    "shoot|shooting ..6 photo|photos|photography|portrait|portraits|film|video|camera|headshots|portfolio",
    "photo|photos|photography|portrait|portraits|film|video|camera|headshots|portfolio ..6 shoot|shooting",
    "kill|killing ..2 my|your|our ..1 darlings",
)

# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from three outsiders' sets of round 23, after each was measured unseen:
before and after (set73: a past that is past, something coming back, follow-ups after
a talk), the everyday help questions in depth (set74) and questions typed into a
student desk, a chatbot or a search box (set75: "noodopvang student dakloos", "tentamen
gemist omdat ik op de SEH lag na een poging"). Each family is written for what it says,
with its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon.py reads the
figures, lexicon_floor.py the families.
"""

from __future__ import annotations

# An attempt named only as "een poging" beside the emergency room, a ward or an
# admission; the clause ends after it ("na een poging tot reanimatie" is a ward's work).
_WARD_NL = "seh|spoedeisende_hulp|eerste_hulp|ziekenhuis|ic|psychiatrie|crisisdienst|opgenomen|opname|ambulance"
_WARD_EN = "er|emergency_room|hospital|icu|psych_ward|ward|admitted|ambulance|crisis_team"
SUICIDAL_NL: tuple[str, ...] = (
    f"{_WARD_NL} ..8 na|sinds|door|vanwege ..1 een|mijn|m'n|mn ..1 poging $",
    f"na|sinds ..1 mijn|m'n|mn ..1 poging ..6 {_WARD_NL}",
    # googling for ways, and nothing after: what for is left unsaid
    "googel|googelen|google|googlen|gegoogeld ..3 naar? ..1 manieren|methodes|manier $",
    # a rope at home, said in passing after a "nee" (a role-play, round 23, Z1)
    "!heb|hebben|ligt|liggen|lag ..4 thuis|hier ..4 een? ..1 touw|strop",
    "!thuis ..4 een? ..1 touw|strop ..2 liggen|ligt|klaar|hangen|hangt",
    # second wave (set76, set77: typed in the moment): a painless way looked up, pills
    # carried all day, not surviving this year "letterlijk", one's own funeral pictured,
    # not minding if something happened to one
    "googel|googelen|google|googlen|gegoogeld|opzoeken|zoeken ..6 hoe ..4 zonder ..1 pijn",
    "!pillen|tabletten|medicijnen|strip|strips ..4 in ..2 mijn|m'n|mn ..1 tas|jaszak|rugzak|zak ..6 hele_dag|nog_steeds|bij_me|nog",
    "niet ..2 overleef|overleven|overleeft|doorkom & letterlijk|echt_letterlijk|geen_grap",
    "overleef|overleeft|overleven|doorkom ..4 niet & letterlijk|echt_letterlijk|geen_grap",
    "voor ..6 mijn|m'n|mn ..1 eigen? ..1 begrafenis|uitvaart",
    "niet ..1 erg ..2 vinden|vind|vond ..5 als ..4 iets ..3 met ..1 me|mij ..2 gebeurt|gebeurde|gebeuren|overkomt",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"{_WARD_EN} ..8 after|since|because_of ..1 an|my ..1 attempt $",
    f"after|since ..1 my ..1 attempt ..6 {_WARD_EN}",
    "after|since ..1 my ..1 attempt $",
    "googling|googled ..3 for? ..1 ways|methods $",
    "!have|got|has|keep|there's|theres|there_is ..3 a ..1 rope|noose ..4 at_home|at_my_place|at_my_house|in_my_room|lying_around|home",
    "!rope|noose ..3 at ..1 home|my_place|my_house",
    "!pills|tablets|meds ..4 in ..2 my ..1 bag|pocket|backpack|jacket ..6 all_day|still|with_me",
    "not ..2 survive|make_it ..4 literally|i_mean_it|not_joking|no_joke",
    # "idk if ill still be here by wednesday": "ill" for "I'll" in a hurry
    "if|whether ..1 ill ..1 still ..1 be ..1 here|around|alive",
)
# Help sought for, or stopping with, "the cutting": the act named as a habit of one's own.
SELF_HARM_NL: tuple[str, ...] = (
    "hulp|therapie|stoppen|ophouden|af_van ..4 voor|met|bij|van ..1 het|mijn|m'n|mn ..1 snijden|krassen|kerven|branden $",
    "weer|opnieuw ..3 begonnen|begon|gestart ..2 met ..1 het? ..1 snijden|krassen|kerven $",
)
SELF_HARM_EN: tuple[str, ...] = (
    "help|therapy|stop|stopping|quit ..4 with|for ..1 the|my ..1 cutting|scratching|burning $",
    "started|start|starting ..2 cutting|scratching|burning ..1 again",
)
# No bed for the night: a shelter searched for, not knowing where one will sleep.
UNSAFE_NL: tuple[str, ...] = (
    "nachtopvang|daklozenopvang|sleep_inn|slaapplek_nodig",
    "noodopvang|crisisopvang & dakloos|slapen|slaapplek|kamer|huis_uit|straat|vannacht|onderdak|weggelopen",
    "weet ..2 niet ..4 waar ..2 ik ..4 moet|kan|ga ..2 slapen|overnachten|pitten|maffen",
    "geen ..2 slaapplek|onderdak ..3 meer|vannacht|morgen|volgende",
    # "vanaf" alone is no more: "vanaf 19 december" is a housing need ahead (round 55's
    # note); "vanaf vanavond" is now (lexicon_floor's own pattern keeps it unsafe)
    # a partner's "you will regret it". Sleeping on a friend's couch is a housing need
    # since round 55 (catalog/themes.yaml: Veilig Thuis, 112 and the police stood first
    # for a student with a roof for the night, a role-play); another couch every night,
    # thrown out at home or nothing for tonight stays unsafe.
    "slaap|sliep|slapen ..4 op ..2 =banken|=bankjes ..3 bij",
    "slaap|sliep|slapen ..4 afwisselend|steeds_ergens_anders|telkens_ergens_anders|overal_en_nergens",
    "slaap|sliep|slapen ..4 op ..2 de_bank ..3 bij ..2 steeds|telkens|wisselende|andere ..1 mensen|vrienden|anderen",
    "ben|werd ..2 thuis ..2 uitgegooid|eruitgegooid|eruit_gegooid|uitgezet|buitengezet|weggestuurd",
    "vannacht|vanavond ..3 heb ..1 ik ..2 echt|helemaal|gewoon? ..1 niks|niets|geen_plek|geen_slaapplek",
    "zal|gaat|gaan ..3 zorgen ..2 dat ..2 ik ..3 spijt ..2 krijg|heb|ga_krijgen",
    # a case note: "heeft vannacht geen slaapplek" (set208, round 56; "heb ik" was needed)
    "vannacht|vanavond ..3 geen ..1 slaapplek|onderdak|plek_om_te_slapen",
    # out of one's room tonight (set163: found by the second net alone until round 56)
    "vanavond|vannacht ..3 mijn|m'n|mn|de ..1 kamer|huis|woning ..1 uit ..1 moet|moeten|moest",
)
UNSAFE_EN: tuple[str, ...] = (
    "homeless_shelter|night_shelter|emergency_shelter",
    "have_to|must|need_to|got_to ..1 leave|be_out|get_out ..4 tonight",
    # "my parents ... told me to leave. I'm at the station now with a backpack" (set207)
    "told|ordered ..1 me ..1 to ..1 leave|get_out|go ..9 station|street|nowhere|backpack|tonight",
    "i'm|im|i_am|am|sitting|standing ..2 at|in ..1 the ..1 station ..3 now|right_now|with ..2 a|my ..1 backpack|bag|suitcase",
    "don't|dont|do_not|no ..2 know|idea ..3 where ..3 i'll|i_will|i_can|i'm_going_to|to|i_should ..2 sleep|crash|stay_tonight",
    "sleeping|slept|sleep ..2 on ..2 different|other_people's|strangers' ..1 couches|sofas|floors|couch|sofa",
    "different ..1 person's|people's|couch|couches|sofa ..4 every|each ..1 night",
    "don't|dont|do_not ..1 have ..2 anywhere|anything|a_place ..2 for ..1 tomorrow|tonight",
    "he'll|he_will|she'll|she_will|they'll ..2 make ..1 sure ..2 i|i'll ..2 regret",
)
# Someone who has not left their room for days, or a week (a role-play, round 23, Z2:
# "mijn huisgenote komt al een week haar kamer niet uit en eet niet meer" was nothing
# recognised, and in English the student's own "coming out" and eating problem).
CONCERN_NL: tuple[str, ...] = (
    "stuurde|stuurt|stuurden|postte ..4 foto|fotootje|snap ..3 van ..2 zijn|haar|hun ..1 pols|polsen|arm|armen|bovenbeen",
    "hoor|hoorde ..6 gillen|gillend|huilen|schreeuwen ..6 man|vriend|klappen|bonken|slaan|elke_nacht",
    "komt|kwam|komen ..4 dagen|week|weken|dagenlang ..4 haar|zijn|hun ..1 kamer ..2 niet ..1 uit|meer_uit",
    "niet ..3 uit ..2 haar|zijn|hun ..1 kamer ..2 gekomen|geweest & dagen|week|weken|dagenlang",
)
CONCERN_EN: tuple[str, ...] = (
    "sent|sends|send|posted ..4 photo|pic|picture|snap ..3 of ..2 his|her|their ..1 wrist|wrists|arm|arms|thighs",
    "hear|heard ..6 screaming|crying|yelling ..6 man|guy|boyfriend|thud|bang|hitting|every_night",
    "isn't|isnt|not|hasn't ..2 answering|responding|replying ..6 posted|posts|post ..3 weird|strange|odd|goodbye|worrying",
    "hasn't|has_not|hasnt|hadn't|had_not|not ..2 left|come_out_of|been_out_of ..2 her|his|their ..1 room ..4 days|week|weeks",
    "doesn't|does_not|won't|will_not|didn't ..1 come|leave ..2 out? ..1 of? ..2 her|his|their ..1 room ..6 days|week|weeks",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# Manners of speaking: "burning out again" is exhaustion, not a burn.
FIGURES_EN: tuple[str, ...] = (
    "burn|burning|burned|burnt ..1 out ..2 again",
    "unsafe|danger|dangerous|threatened ..3 is ..3 a ..1 big|strong ..1 word",
    # a party that "killed me", a presentation that "died a painful death"
    "party|night|gig|festival|concert|weekend|trip ..4 killed|destroyed|wrecked ..1 me",
    "died|dies ..2 a ..1 painful|slow|horrible|quick|tragic ..1 death",
    # leaving a choir, not one's studies ("gonna drop out of the choir lol"; round 56;
    # not "quit": "want to quit life the way i quit league" lost its wish)
    "drop|dropping|dropped ..1 out ..3 choir|team|band|club|race|league|committee|board|orchestra|gym|competition",
    # not knowing where to sleep months ahead is housing, not a night outside ("I don't
    # know where I will sleep in February"; a blind set, round 56)
    "where ..3 i'll|i_will|i_can|to|i'm_going_to ..2 sleep|stay|live ..2 in|from|after|during|over ..1 the? ..1 january|february|march|april|may|june|july|august|september|october|november|december|summer|christmas|xmas|holidays|break|semester",
)
FIGURES_NL: tuple[str, ...] = (
    "opgebrand|burn_out|burnout ..3 weer|opnieuw",
    # plants that died ("plantje" stems as "plan": "plantjes ... dood" was a plan to die);
    # exact words, or the figure itself would take "een plan om zichzelf te doden"
    "=plant|=plantje|=plantjes|=planten|=plantjes|kamerplant*|cactus|basilicum ..5 dood|gestorven|doodgegaan|dood_gegaan|verdroogd",
    # "onveilig is een groot woord": a denial (a role-play, round 23, Z6)
    "onveilig|gevaar|gevaarlijk|bedreigd ..3 is|vind ..3 een? ..1 groot|zwaar|sterk ..1 woord",
    # "de hangover van mijn leven": the greatest one, no life (round 56, a blind set)
    "hangover|kater|feest|avond|nacht|dag|week|reis|date|vakantie|concert ..1 van ..1 mijn|m'n|mn ..1 leven",
    # "ik weet niet waar ik in februari moet slapen": months ahead (round 56)
    "waar ..2 ik ..2 in|vanaf|na|tijdens|over ..2 de? ..1 januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zomer|kerst|kerstvakantie|zomervakantie|vakantie ..3 moet|kan|ga ..2 slapen|wonen|logeren|heen",
)

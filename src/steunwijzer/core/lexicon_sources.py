"""The figures of speech and the markers of a past, gathered from the lexicon modules
that hold them. Read only where patterns are compiled (a catalogue loaded from YAML,
`catalog validate`, the build), as lexicon.FIGURES and so on: a text read with the
recogniser compiled at build time never imports these modules.
"""

from __future__ import annotations

from steunwijzer.core import lexicon_families as fam
from steunwijzer.core import lexicon_more as more
from steunwijzer.core import lexicon_phrasings as ph
from steunwijzer.core import lexicon_signals_acts as acts
from steunwijzer.core import lexicon_signals_adult as adult
from steunwijzer.core import lexicon_signals_bonds as bonds
from steunwijzer.core import lexicon_signals_chat as typed
from steunwijzer.core import lexicon_signals_control as control
from steunwijzer.core import lexicon_signals_desk as desk
from steunwijzer.core import lexicon_signals_everyday as everyday
from steunwijzer.core import lexicon_signals_fields as fields
from steunwijzer.core import lexicon_signals_general as general
from steunwijzer.core import lexicon_signals_harm as harm
from steunwijzer.core import lexicon_signals_heard as heard
from steunwijzer.core import lexicon_signals_hints as hints
from steunwijzer.core import lexicon_signals_indirect as ind
from steunwijzer.core import lexicon_signals_lived as lived
from steunwijzer.core import lexicon_signals_mentor as mentor
from steunwijzer.core import lexicon_signals_messages as msgs
from steunwijzer.core import lexicon_signals_online as online
from steunwijzer.core import lexicon_signals_plain as plain
from steunwijzer.core import lexicon_signals_quiet as quiet
from steunwijzer.core import lexicon_signals_reported as reported
from steunwijzer.core import lexicon_signals_spoken as spoken
from steunwijzer.core import lexicon_signals_stage as stage
from steunwijzer.core import lexicon_signals_unsaid as unsaid
from steunwijzer.core import lexicon_signals_veiled as veiled
from steunwijzer.core import lexicon_signals_voices as voices
from steunwijzer.core import lexicon_signals_wards as wards
from steunwijzer.core import lexicon_signals_warning as warn
from steunwijzer.core import lexicon_signals_written as written

# --- figures of speech: a risk word used as a manner of speaking -------------------------
FIGURES: dict[str, tuple[str, ...]] = {
    "nl": (
        "dood|doodgaan|sterven ..2 van|door|aan ..2 stress|honger|verveling|zenuwen|schaamte|"
        "kou|hitte|warmte|dorst|lachen|spanning|moeheid|slaap|werk|tentamens|deadlines",
        "schaam|lach|verveel|schrik|werk|erger|pieker ..2 me|mij|mezelf ..2 dood|kapot",
        "over mijn lijk",
        # "dood" as "very", written apart: "mijn oma is dood ziek" was grief (round 42)
        # everyone else's plan for life: "iedereen om me heen lijkt een plan te hebben"
        # was a plan to die, urgency immediate (set122, round 42)
        "=iedereen|=anderen ..6 een? ..1 plan ..2 te? ..1 hebben|lijken|lijkt",
        # (adjacent only, and never a word that could follow a wish: "ik wil dood, zeker")
        "dood ..0 ziek|moe|op|bang|nerveus|zenuwachtig|stil|eng",
        *more.FIGURES_NL,
        *fam.FIGURES_NL,
        *ph.FIGURES_NL,
        *harm.FIGURES_NL,
        *ind.FIGURES_NL,
        *acts.FIGURES_NL,
        *hints.FIGURES_NL,
        *warn.FIGURES_NL,
        *spoken.FIGURES_NL,
        *typed.FIGURES_NL,
        *voices.FIGURES_NL,
        *heard.FIGURES_NL,
        *lived.FIGURES_NL,
        *written.FIGURES_NL,
        *fields.FIGURES_NL,
        *desk.FIGURES_NL,
        *general.FIGURES_NL,
        *adult.FIGURES_NL,
        *stage.FIGURES_NL,
        *veiled.FIGURES_NL,
        *wards.FIGURES_NL,
        *online.FIGURES_NL,
        *bonds.FIGURES_NL,
        *msgs.FIGURES_NL,
        *mentor.FIGURES_NL,
        *quiet.FIGURES_NL,
        *control.FIGURES_NL,
        *everyday.FIGURES_NL,
        *reported.FIGURES_NL,
        *unsaid.FIGURES_NL,
        *plain.FIGURES_NL,
    ),
    "en": (
        "dying to",
        "die|dying|died ..2 of|from ..2 laughter|laughing|embarrassment|boredom|shame|"
        "cringe|hunger|thirst|heat|curiosity|stress",
        "bored|scared|worried|tired|stressed|freezing ..2 to death",
        # a lecture so boring one "wanted to die" (set117, round 39); not "everything is
        # so boring"
        "lecture|class|seminar|meeting|movie|film|tutorial|talk|presentation|lesson|shift|"
        "lecturer|speech|sermon ..3 so ..1 boring|long|bad|awkward|cringe|cringy ..4 "
        "wanted|want|could ..2 to? ..1 die",
        "kill|killing|killed ..2 for",
        "would kill to",
        "killing|killed|kill it",
        "dead tired|serious",
        "=everyone|=everybody ..6 seem|seems|has|have|got ..3 a ..1 plan",
        # "dead" as "very": "my friend is dead funny" was grief (round 42); adjacent only,
        # never a word that could follow a wish ("I'd rather be dead right now")
        "dead ..0 funny|set|easy|simple|cute|quiet|boring|lucky|keen|sure|certain|chuffed|"
        "excited|nervous|proud|impressed",
        "kill|killing myself laughing",
        "work|working|worked|studying|study ..2 myself to death",
        "hurt|injured|hurting myself ..3 playing|during|while|at|skiing|training|football|game|"
        "gym|fell|fall|accident|sport|running",
        *more.FIGURES_EN,
        *fam.FIGURES_EN,
        *ph.FIGURES_EN,
        *harm.FIGURES_EN,
        *ind.FIGURES_EN,
        *acts.FIGURES_EN,
        *hints.FIGURES_EN,
        *warn.FIGURES_EN,
        *spoken.FIGURES_EN,
        *typed.FIGURES_EN,
        *voices.FIGURES_EN,
        *heard.FIGURES_EN,
        *lived.FIGURES_EN,
        *written.FIGURES_EN,
        *fields.FIGURES_EN,
        *desk.FIGURES_EN,
        *general.FIGURES_EN,
        *adult.FIGURES_EN,
        *stage.FIGURES_EN,
        *veiled.FIGURES_EN,
        *wards.FIGURES_EN,
        *online.FIGURES_EN,
        *bonds.FIGURES_EN,
        *msgs.FIGURES_EN,
        *mentor.FIGURES_EN,
        *quiet.FIGURES_EN,
        *control.FIGURES_EN,
        *everyday.FIGURES_EN,
        *reported.FIGURES_EN,
        *unsaid.FIGURES_EN,
        *plain.FIGURES_EN,
    ),
}

# --- a past that is over: "years ago ..., now it goes well" sets acute findings aside ---
PAST: dict[str, tuple[str, ...]] = {
    "nl": more.PAST_NL + typed.PAST_NL + lived.PAST_NL,
    "en": more.PAST_EN + typed.PAST_EN + lived.PAST_EN + general.PAST_EN,
}
RECOVERED: dict[str, tuple[str, ...]] = {
    "nl": more.RECOVERED_NL
    + warn.RECOVERED_NL
    + heard.RECOVERED_NL
    + lived.RECOVERED_NL
    + adult.RECOVERED_NL
    + msgs.RECOVERED_NL
    + lived.RECOVERED_CLOSED_NL,
    "en": more.RECOVERED_EN
    + warn.RECOVERED_EN
    + heard.RECOVERED_EN
    + lived.RECOVERED_EN
    + adult.RECOVERED_EN
    + msgs.RECOVERED_EN
    + lived.RECOVERED_CLOSED_EN,
}
# A suicide that happened: a risk finding about someone else beside it is grief (see
# findings.judge), never someone to call 112 for.
COMPLETED: dict[str, tuple[str, ...]] = {
    "nl": more.COMPLETED_NL + written.COMPLETED_NL,
    "en": more.COMPLETED_EN + written.COMPLETED_EN,
}

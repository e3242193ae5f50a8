"""The tier override on a terminal: raise freely, lower only with a reason; words
typed instead of a tier go back to the engine to be read as the student's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.model import Tier
from steunwijzer.core.prompts import OverridePrompt, Unfit
from steunwijzer.io.escape import plain
from steunwijzer.present.labels import theme_label, tier_label
from steunwijzer.present.layout import wrap
from steunwijzer.present.texts import t
from steunwijzer.render.screen import screen_width

if TYPE_CHECKING:
    from steunwijzer.render.terminal import TerminalAsk

TIER_WORDS = {
    "prevention": Tier.PREVENTION,
    "preventie": Tier.PREVENTION,
    "1": Tier.PREVENTION,
    "specific": Tier.SPECIFIC,
    "specifiek": Tier.SPECIFIC,
    "2": Tier.SPECIFIC,
    "acute": Tier.ACUTE,
    "acuut": Tier.ACUTE,
    "3": Tier.ACUTE,
}
STOP_YES = {"j", "ja", "y", "yes"}


def ask_override(term: TerminalAsk, p: OverridePrompt) -> object:
    """None (keep), ``(tier, reason)``, or ``Unfit(words)`` for words that are no tier."""
    # The tier may be changed only after the counsellor has seen why, and where to.
    lang, result, catalog = term.lang, p.result, term.catalog
    heard = None
    if p.heard:
        labels = ", ".join(theme_label(catalog, x, lang) for x in p.heard)
        heard = t("override_heard", lang, themes=labels)
    elif p.heard is not None:
        heard = t("override_heard_none", lang)
    label = tier_label(catalog, result.tier, lang)
    prompt = t("override_prompt", lang, tier=label) + ": "
    # What is said below the result stays on its screen: at 60x20 the two lines of this
    # question pushed "Niveau: ACUUT   Urgentie: direct" off the top (a role-play, r23, Z14).
    width = screen_width(term.console)
    parts = [heard, *prompt.split("\n")]  # the prompt is two lines of its own (r61)
    term.summary(result, sum(len(wrap(x, width)) for x in parts if x))
    if heard is not None:
        term.say(heard, "yellow")
    while True:
        typed = term.read(prompt).strip()
        raw = typed.lower()
        if not raw:
            return None
        if raw in ("m", "meer", "more"):
            # The screen says "typ m na de vraag over het niveau"; typed at it, "m" was
            # "Typ preventie, specifiek of acuut" (a role-play, round 62): keep, show more.
            term.more_now = True
            return None
        tier = TIER_WORDS.get(raw)
        # A tier and its reason in one line ("specifiek want het overlijden van opa ...")
        # were read as the student's words, "In je eigen woorden: 'overlijden'", adding
        # weight to the tier being lowered (a role-play, round 26): a tier, then a reason.
        first, _, rest = raw.partition(" ")
        given = (
            typed.partition(" ")[2].strip(" :,-") if tier is None and first in TIER_WORDS else ""
        )
        if given and len(rest.split()) >= 2 and TIER_WORDS[first].rank < result.tier.rank:
            tier = TIER_WORDS[first]  # only to lower: words beside a raise are read (r13)
        if tier is None:
            if len(raw.split()) >= 3:
                # "ze zegt nu dat ze pillen heeft" here was refused as no tier and
                # never read (round 13 left it open): read, like at every other prompt.
                return Unfit(typed)
            term.say(t("tier_hint", lang), "yellow")
            continue
        if tier.rank >= result.tier.rank:
            return (tier, None)
        if result.risk_to_life:
            # Lowering past a risk to life takes a second, explicit yes (a role-play,
            # round 11, lowered ACUUT to PREVENTIE after a "ja" on suicidal thoughts
            # with one keystroke and one word).
            lower = tier_label(catalog, tier, lang)
            sure = term.read(t("override_confirm_risk", lang, tier=lower) + " ").strip().lower()
            if sure not in STOP_YES:
                # A reason typed here was dropped without a word (a role-play, round 26);
                # then the screen said "type the tier again" and never asked for it (a
                # role-play, round 45): words here bring the tier question back.
                if len(sure.split()) >= 2:
                    term.say(t("override_kept_words", lang), "yellow")
                    continue
                term.say(t("override_kept", lang), "dim")
                return None
        reason = given or term.read(t("override_reason", lang) + ": ").strip()
        words = plain(reason).split()  # control characters alone show as nothing
        if len(words) >= 2:
            return (tier, reason)
        # One word ("specific", the tier typed again) is no reason a colleague can read
        term.say(t("reason_needed" if not words else "reason_words", lang), "yellow")

"""What a later catalogue layer changes in an earlier one's safety parts: allowed, and
warned about, so the maintainer checks it (merge.py builds the whole); and a risk
theme's label that does not say what it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.catalog.checking import Reporter
from steunwijzer.catalog.entries import Merged
from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.catalog.yamlsource import Mark
    from steunwijzer.core.model import Text


def check_safety_tip(entry: Merged, rep: Reporter) -> None:
    """A later layer that rewrites a tip for acute needs is warned about: "Bel niet 112;
    dat maakt het alleen erger" stood under "eerst, voor de veiligheid" with 0 warnings
    (a hostile round, round 17). It may; the maintainer is asked to check it."""
    from steunwijzer.core.floor_texts import tells_not_to_call

    said = tells_not_to_call(entry.values.get("text"))
    if said is not None:  # any tip, any layer (a hostile round, round 32, H5)
        rep.error(
            *entry.at("text"),
            f"tip '{entry.id}' tells not to call 113 or 112 ({said!r}); no tip may advise "
            "against the crisis lines",
        )
    first = entry.parts[0].values
    if len(entry.parts) < 2 or "acute" not in first.get("tiers", ()):
        return
    for key in ("text", "tiers", "urgency", "themes"):
        if key in entry.origin and entry.origin[key] is not entry.parts[0]:
            rep.warning(
                *entry.at(key),
                f"tip '{entry.id}' is a tip for acute needs in an earlier layer and this layer "
                f"changes its {key}: check that it still says what to do in danger",
            )
            return


_CRISIS_TERMS = frozenset(("113", "112", "zelfmoordpreventie", "alarmnummer", "0800-0113"))


def check_crisis_term(entry: Merged, rep: Reporter) -> None:
    """A glossary entry of a later layer that names 113 or 112 is warned about: one told
    the student in the handout that 113 is "not a helpline: do not call it" (a hostile
    round, round 17). Its text stands beside the crisis lines."""
    v = entry.values
    named = {str(v.get("term", "")).lower(), *(str(a).lower() for a in v.get("aliases", ()))}
    if _CRISIS_TERMS.isdisjoint(named) or entry.last.layer == 0:
        return
    rep.warning(
        *entry.at("text"),
        f"glossary entry '{entry.id}' names a national crisis line; its text is shown beside 113 "
        "and 112 in the handout: check that it says they can be called",
    )


def check_crisis_offering(entry: Merged, rep: Reporter) -> None:
    """A crisis line of an earlier layer that a later one makes no crisis line, or takes
    out of the acute tier: the national line for sexual violence, turned into a
    prevention offering for study skills by a layer, validated with 0 warnings and was
    gone from every result (a hostile round, round 26). 113 and 112 have their own checks
    (core/floor.py); this is a warning, as an institution may retire a line of its own."""
    first = entry.parts[0].values
    if len(entry.parts) < 2 or not first.get("crisis"):
        return
    now = entry.values
    if not now.get("crisis") or "acute" not in now.get("tiers", ("acute",)):
        key = "crisis" if not now.get("crisis") else "tiers"
        rep.warning(
            *entry.at(key),
            f"offering '{entry.id}' is a crisis line in an earlier layer and this layer makes "
            "it no crisis line or takes it out of the acute tier: results for its themes no "
            "longer show it first",
        )


# What a label of a risk theme says in some form: a layer labelled suicidal_thoughts
# "Geen zorgen" and the result's Why line said so for "ik wil dood", without a warning
# (a hostile round, round 13).
_LABEL_STEMS = {
    "suicidal_thoughts": ("zelfmoord", "suicid", "zelfdoding", "doodswens"),
    "self_harm": ("zelfbeschadig", "zelfverwond", "self-harm", "self harm", "selfharm",
                  "automutil", "zelfverminking"),
    "unsafe_situation": ("onveilig", "unsafe", "geweld", "violence", "danger", "gevaar"),
}  # fmt: skip


_DENYING = frozenset(("geen", "niet", "nee", "no", "not", "none", "uitgesloten", "excluded"))


def check_label(theme_id: str, label: Text, at: tuple[str, Mark], rep: Reporter) -> None:
    """A risk theme's label must say what it is, and not deny it."""
    stems = _LABEL_STEMS.get(theme_id, ())
    for text in (label.nl, label.en) if stems else ():
        said = normalise(text)
        # ... nor denies it: "Geen zelfmoordgedachten", "Zelfmoordgedachten (niet urgent)"
        # kept the stem and passed (a second hostile round, round 13).
        if not any(stem in said for stem in stems) or not _DENYING.isdisjoint(said.split()):
            rep.warning(
                *at,
                f"theme '{theme_id}' is labelled {text!r}: the result's Why line shows this "
                "label for a risk to life; let it say what it is",
            )

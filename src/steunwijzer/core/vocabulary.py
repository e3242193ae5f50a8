"""Resolve the words people use to the catalogue's theme ids.

``resolve`` takes one name (an id, a Dutch or English label, or a synonym) and finds
its theme, ignoring case and diacritics. ``read`` hands free text to the recogniser
(recognise.py: patterns, negation, context); ``suggest`` is its list of themes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.model import Theme, Tier
from steunwijzer.core.textnorm import SIMILAR, did_you_mean, nearest_ids, normalise

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Recogniser, Recognition


# Characters that show as a break, or as nothing: between two words they are a break as
# often as inside one ("ik wil\u200bdood" from a chat app was "wildood", nothing
# recognised: an outsiders' hostile round, round 15). Read both ways.
_SPACING = lazy_compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u2060-\u2064\u2800\u3164\ufeff\uffa0]"
)  # and the blanks that show as a space: Braille's, Hangul's fillers (round 26)
# A word broken at a line's end with a hyphen ("zelf-\nmoord", "kill my-\nself"): read
# joined (zero-width joiners of the same length keep every span in place) and apart.
_HYPHEN_BREAK = lazy_compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_WORD_MIN = 5  # "kans", "op", "met" name no theme on their own
# How near a refused name must be to an acute theme's name to keep its acute part: one
# letter off in "self_harn" (0.89) or "concern_for_othr", a word left out of "zorgen om
# een ander"; not "sleep" for "self" (a refused "self" names no acute theme).
_ACUTE_NEAR = 0.8

# The names of the risk-to-life themes that no catalogue layer can take away, as the
# floor's patterns cannot be: a layer emptied the synonyms of suicidal_thoughts and gave
# "zelfmoord" to a prevention theme of its own, and `lookup --theme zelfmoord` answered
# prevention (an outsiders' hostile round, round 12).
_FLOOR_NAMES: dict[str, tuple[str, ...]] = {
    "suicidal_thoughts": ("zelfmoord", "zelfmoordgedachten", "zelfdoding", "suicide",
                          "suicidal", "suicidaal", "suicidal thoughts", "doodswens"),
    "self_harm": ("zelfbeschadiging", "zelfverwonding", "self-harm", "self harm", "selfharm",
                  "automutilatie"),
    "unsafe_situation": ("huiselijk geweld", "domestic violence", "onveilig thuis"),
}  # fmt: skip


_HINTS_KEPT = 10_000  # names whose hint is kept (a file of random names stays bounded)
_ENCODED = lazy_compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|%[0-9a-fA-F]{2}")


@dataclass(frozen=True)
class Vocabulary:
    """The themes' words, ready for matching free text."""

    themes: Mapping[str, Theme]

    @cached_property
    def _by_name(self) -> dict[str, str]:
        # A word shared by two themes names the one with the higher tier: an institution's
        # own theme must never take an acute theme's word and so lower a lookup's tier.
        index: dict[str, str] = {}
        for theme in self.themes.values():
            for word in theme.words:
                for key in (normalise(word), normalise(word).replace(" ", "_")):
                    held = index.get(key)
                    if held is None or self.themes[held].tier.rank < theme.tier.rank:
                        index[key] = theme.id
        for theme_id, names in _FLOOR_NAMES.items():
            if theme_id in self.themes:
                for name in names:
                    index[normalise(name)] = index[normalise(name).replace(" ", "_")] = theme_id
        return index

    @cached_property
    def recogniser(self) -> Recogniser:
        from steunwijzer.core.recognise import Recogniser

        return Recogniser(self.themes)

    def resolve(self, name: str) -> str | None:
        """The theme id for a name, or None."""
        key = normalise(name)
        found = self._by_name.get(key) or self._by_name.get(key.replace(" ", "_"))
        own = self.themes.get(key.replace(" ", "_"))
        # A theme's own id names it, unless a theme of a higher tier holds the word: an
        # institution's theme `homesick` was read as social_connection, which has
        # "homesick" among its words (a maintainer's test, round 11).
        if (
            own is not None
            and found != own.id
            and (found is None or self.themes[found].tier.rank <= own.tier.rank)
        ):
            return own.id
        return found or self._by_word.get(key)

    @cached_property
    def _behind(self) -> dict[str, tuple[str, ...]]:
        return {}

    @cached_property
    def resolved(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Theme ids per list of names (requests.resolve_themes)."""
        return {}

    def acute_behind(self, name: str, theme_id: str) -> tuple[str, ...]:
        """Acute themes the recogniser reads in a name that resolved to a theme of a lower
        tier. An institution's prevention theme with the synonym "er een eind aan maken"
        answered prevention, no crisis line, for `lookup --theme "er een eind aan maken"`
        and a batch row's themes (a coordinator's hostile round, round 23, K1): a name is
        also read as the words it is. A theme's own id is no phrase; remembered per name."""
        theme = self.themes.get(theme_id)
        if theme is None or theme.tier is Tier.ACUTE or name.strip() == theme_id:
            return ()
        found = self._behind.get(name)
        if found is None:
            found = tuple(
                dict.fromkeys(
                    f.theme
                    for f in self.read(name).findings
                    if f.theme in self.themes and self.themes[f.theme].tier is Tier.ACUTE
                )
            )
            if len(self._behind) < 4096:  # names are few; rows that invent them are not
                self._behind[name] = found
        return found

    @cached_property
    def _by_word(self) -> dict[str, str]:
        """A single word of one theme's names only ("uitval" of "kans op uitval"): such a
        word need not be a synonym of its own, which would also make it a text pattern
        ("de trein is uitgevallen" read as dropping out; round 8)."""
        owners: dict[str, set[str]] = {}
        for theme in self.themes.values():
            for name in theme.words:
                for word in normalise(name).split():
                    if len(word) >= _WORD_MIN:
                        owners.setdefault(word, set()).add(theme.id)
        return {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}

    def acute_near(self, name: str) -> tuple[str, ...]:
        """The acute themes a name that is no theme is a near miss of: "self_harn",
        "concern_for_othr" and "zorgen om ander" were refused with no acute result,
        while the did-you-mean named the acute theme (a hostile round, round 31, H1)."""
        import difflib  # only for a refused name: not on every start

        key = normalise(name)
        # Only the acute themes' names and ids are compared (only they are returned): all
        # names took 0.5 ms a name, and a row of 20,000 unknown names 11 s (a hostile
        # round, round 41). The same names in the same order, so the same matches.
        names, ids = (
            [n for n in group if 2 * min(len(n), len(key)) >= _ACUTE_NEAR * (len(n) + len(key))]
            for group in self._acute_names
        )  # a length that cannot reach the cutoff is never compared (difflib's own bound)
        near = difflib.get_close_matches(key, names, n=5, cutoff=_ACUTE_NEAR) if names else []
        near += difflib.get_close_matches(key, ids, n=3, cutoff=_ACUTE_NEAR) if ids else []
        return tuple(dict.fromkeys(self._by_name.get(k) or k for k in near))

    @cached_property
    def _acute_names(self) -> tuple[list[str], list[str]]:
        acute = {t for t, theme in self.themes.items() if theme.tier is Tier.ACUTE}
        return [k for k, t in self._by_name.items() if t in acute], [
            t for t in self.themes if t in acute
        ]

    @cached_property
    def _hints(self) -> dict[str, str]:
        return {}

    def unknown_hint(self, name: str) -> str:
        """`` (did you mean 'x'?)`` only for a close match; else the nearest theme ids.
        Kept per name: 5,000 batch rows naming "nonsense" took 28 s, each row's nearest
        ids worked out anew (a hostile round, round 52)."""
        hint = self._hints.get(name)
        if hint is None:
            hint = self._unknown_hint(name)
            if len(self._hints) < _HINTS_KEPT:
                self._hints[name] = hint
        return hint

    def _unknown_hint(self, name: str) -> str:
        key = normalise(name)
        words = [k for k in self._by_name if "_" not in k]
        hint = did_you_mean(key, words, cutoff=SIMILAR, prefix_min=3)
        if hint:
            return hint
        nearest = nearest_ids(key, {t.id: t.words for t in self.themes.values()})
        return f" (no close match; nearest theme ids: {', '.join(nearest)})" if nearest else ""

    def read(self, text: str) -> Recognition:
        """What the recogniser finds in free text, explained (see recognise.py)."""
        from steunwijzer.core.firstperson import read_as_student
        from steunwijzer.core.notecontrol import noted_control

        # a note about the student read in her words too (core/firstperson.py, r48)
        from steunwijzer.core.patternindex import acute_themes
        from steunwijzer.core.textacross import denial_doubted_after, gone_from_everything
        from steunwijzer.core.textconsent import consent_across
        from steunwijzer.core.textdose import dose_and_body
        from steunwijzer.core.textexpelled import put_out_of_programme
        from steunwijzer.core.textparting import parted_then_silent

        found = noted_control(self._read(text), text)
        found = dose_and_body(parted_then_silent(found, text), text)  # round 61
        found = gone_from_everything(found, text)  # round 62
        found = denial_doubted_after(found, text)  # round 67's review
        found = put_out_of_programme(consent_across(found, text), text)  # round 67
        return read_as_student(found, text, self._read, acute_themes(self.themes.values()))

    def _read(self, text: str) -> Recognition:
        if ("&" in text or "%" in text) and _ENCODED.search(text):
            # HTML entities and percent-encoding from a web form's export ("ik wil
            # &#100;ood", "ik%20wil%20dood"): nothing recognised (round 14). Read as
            # decoded; the spans then count in the decoded text.
            import html
            from urllib.parse import unquote

            text = html.unescape(unquote(text)) if "%" in text else html.unescape(text)
        if "\n" in text and "-" in text:
            text = _HYPHEN_BREAK.sub(lambda m: "\u200b" * len(m.group()), text)
        if _SPACING.search(text) is None:
            return self.recogniser.read(text)
        # Word's soft line break (a vertical tab), form feed, NEL and the separators
        # stand between words ("ik wil\x0bdood" was one word "wildood": a hostile round,
        # round 13) as often as inside one ("d\x0cood": round 11). Read both ways.
        from steunwijzer.core.findings import Recognition

        joined = self.recogniser.read(text)
        spaced = self.recogniser.read(_SPACING.sub(" ", text))
        return Recognition(
            tuple(dict.fromkeys((*joined.findings, *spaced.findings))),
            tuple(dict.fromkeys((*joined.mentions, *spaced.mentions))),
        )

    def suggest(self, text: str) -> tuple[str, ...]:
        """Themes found in free text, in order of first mention."""
        return self.read(text).themes

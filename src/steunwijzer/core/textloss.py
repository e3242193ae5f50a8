"""What a text says about a loss: a suicide that happened is grief, and beside a loss
the wish to be with the one who died is a wish to die (split from matchchecks.py to keep
modules small). Used by core/recognise.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.lazyre import lazy_compile

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding, Recognition
    from steunwijzer.core.textcontext import Tokens


def after_a_death(
    text: str, tokens: Tokens, findings: list[Finding], done: list[tuple[int, int]], grief: bool
) -> list[Finding]:
    """A suicide that happened is a loss: "my brother ended his life last year" and "mijn
    broer is uit het leven gestapt" gave nothing, their risk words set aside as past and
    no grief pattern saying them. And beside a loss, the wish to be with the one who died
    is a wish to die: "Ik mis hem zo erg. Ik wil gewoon bij hem zijn." (a role-play,
    round 32, B1 and B2). ``grief``: the catalogue has the theme."""
    from steunwijzer.core.findings import Finding  # findings imports this module

    low = text.lower()  # the long search only where a word of suicide stands
    named = any(w in low for w in ("suic", "su\u00efc", "zelfmoord", "zelfdoding"))
    noted = _NOTED_DEATH.search(text) if grief and not done and named else None
    if noted is not None:  # "his best friend, suicide 3 weeks ago" (below)
        at, to = noted.start(), noted.end()
        findings = [f for f in findings if not (f.risk_to_life and at <= f.start < f.end <= to)]
        if all(f.theme != "grief" for f in findings):
            death = Finding("grief", noted.group(0), at, to, "(a suicide told)", "built-in")
            findings = [*findings, death]
    # Concern whose words lie within a death the rules read: "mijn moeder is vorige maand
    # niet meer wakker geworden" was also someone to reach now (a blind set, round 58)
    deaths = _deaths_told(findings)
    findings = [
        f
        for f in findings
        if not (
            f.theme == lexicon.ABOUT_OTHER and any(s <= f.start < f.end <= e for s, e in deaths)
        )
    ]
    if done and grief and all(f.theme != "grief" for f in findings):
        begin, finish = tokens.starts[done[0][0]], tokens.ends[done[0][1]]
        told = text[begin:finish]
        findings = [
            *findings,
            Finding("grief", told, begin, finish, "(a suicide told)", "built-in"),
        ]
    mourned = any(f.theme == "grief" and f.set_aside is None for f in findings)
    join = _JOIN.search(text) if mourned else None
    if join is None and done:
        join = _ECHO.search(text)
    if join is None:
        return findings
    # "I want to be with my sister who died" was concern for the sister (she is named
    # beside "died"): the wish is the writer's own
    findings = [
        f
        for f in findings
        if not (f.theme == lexicon.ABOUT_OTHER and f.start < join.end() and join.start() < f.end)
    ]
    if all(f.theme not in lexicon.RISK_TO_LIFE or f.set_aside for f in findings):
        said = join.group(0)
        wish = Finding(
            "suicidal_thoughts",
            said,
            join.start(),
            join.end(),
            "(with the one who died)",
            "built-in",
        )
        findings = [*findings, wish]
    return findings


def _deaths_told(findings: list[Finding]) -> list[tuple[int, int]]:
    """Where grief the rules read says someone died: not "my friend talks about death",
    which is grief by its words and concern for a living friend (round 58's review)."""
    return [
        (f.start, f.end)
        for f in findings
        if f.theme == "grief" and f.set_aside is None and _DIED.search(f.words)
    ]


_DIED = lazy_compile(
    r"(?i)\b(?:died|passed|overleden|overleed|gestorven|stierf|omgekomen|verongelukt|"
    r"gesneuveld|geworden|killed|suicide|zelfmoord|zelfdoding|niet meer)\b"
)


# A suicide noted as a death in a few words: a person, the word, when ("yes his best
# friend, suicide 3 weeks ago" at the question about a loss was concern for a living
# person: "find out whether that person can be reached now"; a role-play, round 57).
# The person must stand right before, so "I thought about suicide 3 weeks ago" and "a
# suicide attempt last month" stay the writer's own risk.
_NOTED_DEATH = lazy_compile(
    r"(?i)\b(?:friend|best friend|bestie|mate|vriend|vriendin|beste vriend|beste vriendin"
    r"|brother|sister|broer|zus|zusje|broertje|father|mother|dad|mum|mom|vader|moeder|papa"
    r"|mama|uncle|aunt|oom|tante|cousin|neef|nicht|grandfather|grandmother|opa|oma|partner"
    r"|boyfriend|girlfriend|vriendje|roommate|housemate|flatmate|huisgenoot|huisgenote"
    r"|classmate|klasgenoot|studiegenoot|teammate|teamgenoot|colleague|collega)"
    r"\s*[.,:;(\u2013-]\s*(?:by |door |through )?(?:suicide|su\u00efcide|zelfmoord|zelfdoding)"
    r"(?:\s*[.,;(\u2013-]\s*|\s+)(?:(?:about |around |ongeveer |zo'?n |rond )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|een|twee|drie|vier|vijf|zes"
    r"|een paar|paar) (?:days?|weeks?|months?|years?|dagen|weken|maanden|jaar|jaren)"
    r" (?:ago|geleden|terug)|(?:last|vorige|vorig|afgelopen) (?:week|month|year|maand|jaar"
    r"|summer|zomer|winter|spring|autumn|voorjaar|najaar|herfst|lente)"
    r"|(?:in|this|dit|deze|afgelopen) (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus"
    r"|oktober))\b"
)


# To be with him or her, said beside a loss (never on its own: "I just want to be with
# him" is also a partner far away)
_JOIN = lazy_compile(
    # Dutch "wil" is also "he wants": the writer's own only ("ik wil", "wil ik")
    r"(?i)\b(?:ik (?:\w+ )?(?:wil|wou|wilde|zou (?:graag |zo graag )?willen)|(?:wil|wou) ik)\b"
    r"(?: \w+){0,3}? bij (?:(?:hem|haar|hen)(?: \w+)? (?:zijn|wezen)\b"
    r"|(?:mijn |m'n |mn |onze )?\w+ (?:zijn |wezen )?die (?:\w+ ){0,3}?"
    r"(?:overleden|dood|gestorven)\b)"
    r"|\bik (?:\w+ )?(?:wil|wou) (?:hem|haar|hen) achterna\b"
    r"|\b(?:i (?:\w+ )?)?(?:want|wanna|wish|long|need)(?: to)?(?: just| only| really| so badly)?"
    r" (?:be|go) (?:with|to) (?:(?:him|her|them)(?: again| now| there| up there| in heaven)?"
    r"\s*(?:[.!?,;]|$)"
    r"|(?:my |our )?(?:\w+ ){0,2}?(?:who|that) (?:died|passed|is dead|is gone)\b)"
    r"|\b(?:want|wanna|wish)(?: to)? (?:follow|join) (?:him|her|them)\b"
    # learners' Dutch: "het is beter als ik ook ga naar haar" (set107, round 33)
    r"|\bik (?:\w+ )?ook (?:\w+ )?(?:ga|gaan|ging) naar (?:haar|hem|hen)\b"
)

# Beside a suicide told, the writer's own thoughts going the same way: "my brother killed
# himself two years ago and lately I understand him a bit too well", "ik merk dat ik nu
# ook aan manieren denk" (set107, round 33: grief only)
_ECHO = lazy_compile(
    r"(?i)\b(?:understand|get) (?:him|her|them|why (?:he|she|they) did it)(?: \w+){0,3}?"
    r" too well\b"
    r"|\bbegrijp (?:ik )?(?:hem|haar|hen|waarom (?:hij|zij|ze) het deed)(?: \w+){0,3}?"
    r" (?:te goed|steeds beter|maar al te goed)\b"
    r"|\b(?:ik|i)\b(?: \w+){0,4} (?:ook|too|also)(?: \w+){0,2}"
    r" (?:aan manieren|over manieren|about ways|of ways|about doing the same|hetzelfde)\b"
    r"|\b(?:do|doing|end up doing) (?:the same|what (?:he|she|they) did)\b"
    r"|\bhetzelfde (?:te )?(?:doen|gaan doen)\b|\bdoen wat (?:hij|zij|ze) deed\b"
    # "soms snap ik hem wel"; "ik denk er ook weleens aan, aan wat hij gedaan heeft" (a
    # second role-play, round 33, A1: concern for the friend who had died)
    r"|\b(?:snap|begrijp) (?:ik )?(?:hem|haar|hen)(?: \w+){0,2}? (?:wel|nu|steeds beter)\b"
    r"|\b(?:ook|too|also)\b(?:\W+\w+){0,6}?\W+(?:wat (?:hij|zij|ze) (?:heeft gedaan|gedaan"
    r" heeft|deed)|what (?:he|she|they) did)\b"
)


def wish_to_join(reply: str) -> Finding | None:
    """At a safety question, the writer's wish to be with him or her is the student's own
    wish, not concern for that person: "nee hoor, het gaat prima. Ik wil gewoon bij haar
    zijn" to "wished you were dead?" was concern for the sister who had died, and the
    panel said to check whether she could be reached (a second role-play, round 32, A1)."""
    from steunwijzer.core.findings import Finding  # findings imports this module

    join = _JOIN.search(reply) or _ECHO.search(reply)
    if join is None:
        return None
    said = join.group(0)
    return Finding(
        "suicidal_thoughts", said, join.start(), join.end(), "(with him or her)", "built-in"
    )


def guessed_of_a_death(guess: Recognition, findings: list[Finding]) -> list[Finding]:
    """The second net's guesses, less those that only weigh a death the rules read as
    grief: "ja soms, hij is dood en ik mis hem" at a safety question was concern for
    someone else ("check whether that person can be reached now") beside the father who
    died, and "hij is dood" alone a wish to die (a role-play, round 33, B1 and B2). A
    guess reaching beyond the words of the death stays (the student's own risk)."""
    deaths = [
        (f.start, f.end)
        for f in findings
        if f.theme == "grief" and f.set_aside is None and _SAID_DEAD.search(f.words)
    ]
    # and any guess over no more than a death the rules read, its "Mijn" included: "Mijn
    # moeder is vorige maand niet meer wakker geworden" was a wish to die (round 58)
    read = _deaths_told(findings)
    # ... and danger guessed over the words of a loss: "he is died in my country and i was
    # not there" was an unsafe situation, Veilig Thuis and 112 first for a student whose
    # father had died (a role-play, round 64, intake 4)
    losses = [(f.start, f.end) for f in findings if f.theme == "grief" and f.set_aside is None]
    return [
        g
        for g in guess.findings
        if not any(
            (s <= g.start and g.end <= e)
            or (g.theme == lexicon.ABOUT_OTHER and g.start < e and s < g.end)
            for s, e in deaths
        )
        and not any(s - 6 <= g.start and g.end <= e + 1 for s, e in read)
        and not (
            g.theme == "unsafe_situation" and any(g.start < e and s < g.end for s, e in losses)
        )
    ]


# A death said plainly ("hij is dood", "my dad is dead"): not "drinking herself to death"
# nor "what I'd do with her stuff if she died", where the net's concern stays
_SAID_DEAD = lazy_compile(r"(?i)\b(?:is|zijn|are|'s)\b(?:\W+\w+){0,2}?\W+(?:dood|dead)\b")

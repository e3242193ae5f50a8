"""Dutch for the diagnostics that keep a layer from weakening the safety floor (round 11):
a rule that raises an acute theme rewritten, a tier label that names another tier, an
offering named after 113 or 112 that does not call it. Kept apart from diagnostics.py
to keep modules small; messages.py reads both.
"""

from __future__ import annotations

SAFETY_DIAGNOSTICS: list[tuple[str, str]] = [
    # round 25 (H5, H6): a crisis line of a layer's own that replaces 113; a safety
    # question's help rewritten
    (
        "offering '{o}': its {f} tells to call it instead of 113 or 112 ('{w}'); with a "
        "risk to life 113 and 112 come first",
        "aanbod '{o}': de {f} zegt dit te bellen in plaats van 113 of 112 ('{w}'); bij "
        "levensgevaar komen 113 en 112 eerst",
    ),
    (
        "national crisis line '{o}' must stay available day and night (hours: 24/7); a "
        "catalogue cannot close it",
        "landelijke crisislijn '{o}' moet dag en nacht bereikbaar blijven (hours: 24/7); een "
        "catalogus kan die niet sluiten",
    ),
    (
        "safety question '{q}' has help of its own: the counsellor reads it when unsure; "
        "check that it still asks the question and never advises against 113",
        "veiligheidsvraag '{q}' heeft een eigen uitleg: die leest de begeleider bij twijfel; "
        "controleer dat die de vraag blijft stellen en nooit afraadt 113 te bellen",
    ),
    (
        "safety question '{q}': its help advises to skip it or not to call 113 ('{w}')",
        "veiligheidsvraag '{q}': de uitleg raadt aan de vraag over te slaan of 113 niet te "
        "bellen ('{w}')",
    ),
    # round 23 (K4-K6): `catalog lint` on patterns of common words, tiers, crisis lines
    (
        "pattern '{p}' of theme '{t}' holds only words found in nearly every text; it "
        "matches almost any request: name the need itself",
        "patroon '{p}' van thema '{t}' bevat alleen woorden die in bijna elke tekst staan; "
        "het past op bijna elke hulpvraag: noem de hulpvraag zelf",
    ),
    (
        "offering '{o}' has no tiers: name the tiers it serves",
        "aanbod '{o}' heeft geen niveaus (tiers): noem de niveaus waarvoor het is",
    ),
    (
        "crisis line '{o}' has a waiting time or only a group format: a crisis line is "
        "reached at once, one to one; set crisis: false for other help",
        "crisislijn '{o}' heeft een wachttijd of alleen een groepsvorm: een crisislijn is "
        "direct en een-op-een bereikbaar; zet crisis: false voor ander aanbod",
    ),
    # round 23 (K2): an own copy that lost a built-in acute rule
    (
        "answer '{a}' to question '{q}' {renamed}raises an acute theme in the built-in rule "
        "'{r}', and no rule here does: restore the rule (an own copy may add to it, not "
        "take it away), or give the question an id and words of its own",
        "antwoord '{a}' op vraag '{q}' {renamed}geeft in de ingebouwde regel '{r}' een "
        "acuut thema, en hier doet geen regel dat: zet de regel terug (een eigen kopie mag "
        "erbij schrijven, niets weghalen), of geef de vraag een eigen id en eigen woorden",
    ),
    (  # round 32 (H7)
        "crisis line '{o}' has a premium-rate number ({n}): a crisis line is called without "
        "a price; give its free or ordinary number",
        "crisislijn '{o}' heeft een betaalnummer ({n}): een crisislijn bel je zonder "
        "prijs per minuut; geef het gratis of gewone nummer",
    ),
    (  # round 32 (H6)
        "the label of tier '{id}' says nothing of urgency: counsellors read the tier by its "
        "label; name it so that it says the need is acute",
        "het label van niveau '{id}' zegt niets over urgentie: begeleiders lezen het niveau "
        "aan zijn label; noem het zo dat het zegt dat de hulpvraag acuut is",
    ),
    (  # round 32 (H5)
        "tip '{id}' tells not to call 113 or 112 ('{words}'); no tip may advise against the "
        "crisis lines",
        "tip '{id}' zegt 113 of 112 niet te bellen ('{words}'); geen tip mag afraden de "
        "crisislijnen te bellen",
    ),
    # round 32 (a coordinator's hostile round, H1, H2): renamed, or lowered
    (
        "(it has the words of the built-in question '{b}') ",
        "(met de woorden van de ingebouwde vraag '{b}') ",
    ),
    (
        "answer '{a}' to question '{q}' {renamed}raises an acute theme at a lower urgency "
        "than the built-in rule '{r}': an own copy may not lower the urgency of an acute "
        "rule (a layer may not either)",
        "antwoord '{a}' op vraag '{q}' {renamed}geeft een acuut thema met een lagere "
        "urgentie dan de ingebouwde regel '{r}': een eigen kopie mag de urgentie van een "
        "acute regel niet verlagen (een laag ook niet)",
    ),
    (
        "choice '{c}' of question '{q}' has the words of the built-in choice '{b}' "
        "('{words}'), which raises an acute theme, but no rule raises one for '{c2}': "
        "rules read the choice id, not its words",
        "keuze '{c}' van vraag '{q}' heeft de woorden van de ingebouwde keuze '{b}' "
        "('{words}'), die een acuut thema geeft, maar geen regel doet dat voor '{c2}': "
        "regels lezen de id van een keuze, niet de woorden",
    ),
    # round 12: a catalogue given as a named pipe (mkfifo) waited for a writer forever
    (
        "not a regular file: a named pipe; give a file",
        "geen gewoon bestand maar een named pipe; geef een bestand",
    ),
    (
        "rule '{id}' raises an acute theme in an earlier layer; a later layer may not "
        "change its condition (add a rule of its own for more)",
        "regel '{id}' geeft in een eerdere laag een acuut thema; een latere laag mag de "
        "voorwaarde niet veranderen (voeg voor meer een eigen regel toe)",
    ),
    (
        "rule '{id}' raises an acute theme in an earlier layer; a later layer may not "
        "drop its acute themes",
        "regel '{id}' geeft in een eerdere laag een acuut thema; een latere laag mag de "
        "acute thema's niet weglaten",
    ),
    (
        "rule '{id}' raises an acute theme in an earlier layer; a later layer may not "
        "lower its urgency",
        "regel '{id}' geeft in een eerdere laag een acuut thema; een latere laag mag de "
        "urgentie niet verlagen",
    ),
    (
        "offering '{id}' is named after {number} but does not call that number; give it a "
        "name of its own",
        "aanbod '{id}' heet naar {number} maar belt dat nummer niet; geef het een eigen naam",
    ),
    (
        "the label of tier '{id}' says '{word}': it names another tier or says there is no "
        "need, and counsellors read the tier by its label",
        "het label van niveau '{id}' zegt '{word}': dat noemt een ander niveau of zegt dat er "
        "geen hulpvraag is, en begeleiders lezen het niveau aan het label af",
    ),
    # round 13: a layer that rewords the screen, renames 113 or relabels a risk theme
    (
        "theme '{id}' is labelled '{label}': the result's Why line shows this label for a "
        "risk to life; let it say what it is",
        "thema '{id}' heet '{label}': de regel 'Waarom' van de uitkomst toont dit label bij "
        "een risico voor het leven; laat het zeggen wat het is",
    ),
    (
        "national crisis line '{id}' is named without {number}, or denies it ('{name}'): the "
        "crisis panel "
        "shows this name first; keep {number} in it",
        "landelijke crisislijn '{id}' heet zonder {number}, of ontkent het ('{name}'): het "
        "crisisvak toont "
        "deze naam als eerste; houd {number} erin",
    ),
    (
        "safety question '{id}' is worded differently from steunwijzer's own: its 'ja' must "
        "still mean a risk and 'nee' none; check the wording",
        "veiligheidsvraag '{id}' is anders verwoord dan die van steunwijzer: 'ja' moet nog "
        "steeds een risico betekenen en 'nee' geen; controleer de tekst",
    ),
    # round 18: a layer rewording the choices acute rules read (a hostile round, r17)
    (
        "choice '{id}' of question '{q}' now has the words of choice '{other}' ('{label}'); "
        "rules read the choice id, not its words: change the ids, not the labels",
        "keuze '{id}' van vraag '{q}' heeft nu de woorden van keuze '{other}' ('{label}'); "
        "regels lezen de id van een keuze, niet de woorden: wijzig de ids, niet de teksten",
    ),
    (
        "choice '{id}' of question '{q}' is worded differently from the layer that wrote it "
        "('{old}' -> '{new}'); rule '{rule}' raises an acute theme when it is chosen: check "
        "that it still asks for that",
        "keuze '{id}' van vraag '{q}' is anders verwoord dan in de laag die haar schreef "
        "('{old}' -> '{new}'); regel '{rule}' geeft een acuut thema als ze gekozen wordt: "
        "controleer dat ze daar nog naar vraagt",
    ),
    (
        "{where} ({lang}): '{word}' has no letter or digit; left out",
        "{where} ({lang}): '{word}' bevat geen letter of cijfer; weggelaten",
    ),
    # round 16: what a layer makes the counsellor read beside 113 or 112
    (  # round 19: a question an acute rule reads made unreachable by a layer
        "question '{id}', which question '{q}' depends on, can never be asked: its 'when' "
        "never holds, and acute rule '{rule}' reads its answer",
        "vraag '{id}', waar vraag '{q}' van afhangt, wordt nooit gesteld: de 'when' klopt "
        "nooit, en acute regel '{rule}' leest het antwoord",
    ),
    (
        "question '{id}' can never be asked: its 'when' never holds, and acute rule "
        "'{rule}' reads its answer",
        "vraag '{id}' wordt nooit gesteld: de 'when' klopt nooit, en acute regel '{rule}' "
        "leest het antwoord",
    ),
    (  # round 19: a layer's step that delays calling 113 (a hostile round)
        "national crisis line '{id}': its {field} puts a wait or a condition before calling "
        "('{text}'); it is called now, without a referral",
        "landelijke crisislijn '{id}': de {field} zet een wachttijd of voorwaarde voor het "
        "bellen ('{text}'); die lijn bel je nu, zonder verwijzing",
    ),
    (  # round 20: a name or description that says not to call (a hostile round)
        "national crisis line '{id}': its {field} tells not to call it ('{text}'); the "
        "crisis panel and the handout show it first",
        "landelijke crisislijn '{id}': de {field} zegt deze lijn niet te bellen ('{text}'); "
        "het crisisvak en de handout tonen die als eerste",
    ),
    (  # round 21: another number as 113's next step (a hostile round)
        "national crisis line '{id}': its {field} names '{text}', a number that is not its "
        "own; its numbers are in contact.phone, which a layer cannot change",
        "landelijke crisislijn '{id}': de {field} noemt '{text}', een nummer dat niet van "
        "deze lijn is; de nummers staan in contact.phone, en die kan een laag niet wijzigen",
    ),
    (
        "national crisis line '{id}': its {field} does not name {number}",
        "landelijke crisislijn '{id}': de {field} noemt {number} niet",
    ),
    (
        "national crisis line '{id}': its cost is not free",
        "landelijke crisislijn '{id}': de kosten zijn niet gratis",
    ),
    (
        "national crisis line '{id}': it limits who may call, has a wait or is not in the "
        "acute tier",
        "landelijke crisislijn '{id}': die beperkt wie mag bellen, heeft een wachttijd of "
        "staat niet in het acute niveau",
    ),
    (
        "emphasis for acute needs is 'informational'; emotional support (being there, "
        "listening) comes first in acute stress: use 'emotional' or 'both'",
        "de nadruk bij acute nood is 'informational'; emotionele steun (er zijn, luisteren) "
        "komt eerst bij acute stress: gebruik 'emotional' of 'both'",
    ),
    (
        "offering '{id}' is a crisis line in an earlier layer and this layer makes it no "
        "crisis line or takes it out of the acute tier: results for its themes no longer "
        "show it first",
        "aanbod '{id}' is in een eerdere laag een crisislijn en deze laag maakt het geen "
        "crisislijn meer of haalt het uit het acute niveau: uitkomsten voor zijn thema's "
        "tonen het niet meer eerst",
    ),
    (
        "national crisis line '{id}': own_practice says it is called through one's own "
        "practice; it has a number of its own",
        "landelijke crisislijn '{id}': own_practice zegt dat je hem via je eigen praktijk "
        "belt; hij heeft een eigen nummer",
    ),
]

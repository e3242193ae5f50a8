"""The crisis box's words for sexual violence: after an assault, and for images shared or
threatened (kept apart from texts_crisis.py, which is full)."""

from __future__ import annotations

SEXUAL_TEXTS: dict[str, tuple[str, str]] = {
    "crisis_soon_sexual": (
        "Geloof de student en zeg dat het niet haar of zijn schuld is. Vraag of de student "
        "nu veilig is. Centrum Seksueel Geweld helpt dag en nacht, ook zonder aangifte; was "
        "het in de afgelopen week, bel dan vandaag, minder dan 72 uur geleden meteen: dan "
        "kan er nog medicatie tegen zwangerschap en hiv (liefst voor douchen of kleren "
        "wassen, maar ook daarna helpt het centrum).",
        "Believe the student and say it is not their fault. Ask whether the student is safe "
        "now. Centrum Seksueel Geweld helps day and night, also without reporting to the "
        "police; if it was in the past week, call today, and right away if it was less "
        "than 72 hours ago: medication against pregnancy and HIV is still possible then "
        "(preferably before showering or washing clothes, but the centre helps after that too).",
    ),
    # a threat to post pictures had the box of a rape (a role-play, round 69)
    "crisis_soon_images": (
        "Geloof de student en zeg dat het niet haar of zijn schuld is. Bij beelden die "
        "gedeeld zijn of waarmee gedreigd wordt: niets betalen of terugsturen, berichten en "
        "screenshots bewaren. Helpwanted.nl helpt gratis om beelden offline te krijgen; "
        "aangifte bij de politie kan, ook voordat er iets verspreid is. Vraag of de student "
        "nu veilig is en of er ook lichamelijk iets is gebeurd: dan helpt Centrum Seksueel "
        "Geweld, dag en nacht.",
        "Believe the student and say it is not their fault. With images that were shared, "
        "or that someone threatens to share: pay nothing and send nothing back, keep the "
        "messages and screenshots. Helpwanted.nl helps free of charge to get images taken "
        "offline; reporting to the police is possible, also before anything is shared. Ask "
        "whether the student is safe now and whether anything physical happened too: then "
        "Centrum Seksueel Geweld helps, day and night.",
    ),
}

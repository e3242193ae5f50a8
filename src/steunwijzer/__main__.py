"""Console entry point. ``--version`` answers before Typer, Rich or YAML are imported, and
the plainest lines of `lookup` and `interview` run without Typer (see cli/quick.py)."""

from __future__ import annotations

import sys


def _closed_streams_to_devnull() -> None:
    """A stream closed by the caller (`2>&-`, `<&-`) is None in Python: every write to it
    failed, and `batch 2>&-` lost all its rows to a failed summary line. A closed stdout
    writes to stderr: `lookup --text "ik wil dood" >&-` showed nothing anywhere, exit 0
    (an outsiders' hostile round, round 9)."""
    import os

    global _NOWHERE
    if sys.stdout is None and sys.stderr is None:
        # Both closed (a cron job, a supervisor): the terminal, if there is one; else
        # the run cannot have done its work (a hostile round, round 20: "ik wil dood"
        # shown nowhere, exit 0).
        try:
            sys.stdout = sys.stderr = open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115, PTH123 - kept open
        except OSError:
            _NOWHERE = True
    if sys.stdout is None and sys.stderr is not None:
        global _ELSEWHERE
        sys.stdout, _ELSEWHERE = sys.stderr, True
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            # Open for the life of the process, as the stream it stands in for would be.
            stream = open(os.devnull, mode, encoding="utf-8")  # noqa: SIM115, PTH123 - above
            setattr(sys, name, stream)


_NOWHERE = False  # stdout and stderr closed, and no terminal to write to
# stdout closed: what it would have shown went to stderr, and the exit code says so (a
# batch's rows there with exit 0 looked like success: a hostile round, round 29, H4).
_ELSEWHERE = False


def main(argv: list[str] | None = None) -> int:
    _closed_streams_to_devnull()
    code = _main(argv)
    if _ELSEWHERE:
        from steunwijzer.cli.handling import err

        err("error: standard output is closed; the output went to standard error")
        return code or 1
    return (code or 1) if _NOWHERE else code


def _main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from steunwijzer import __version__

        try:
            sys.stdout.write(f"steunwijzer {__version__}\n")
            sys.stdout.flush()
        except OSError as exc:  # a full disk, a closed pipe: a traceback (round 22, X9)
            import os

            from steunwijzer.present.messages import localise

            said = f"error: cannot write the version: {exc.strerror or exc}"
            english = os.environ.get("STEUNWIJZER_LANG", "").strip().lower() == "en"
            sys.stderr.write(localise(said, "en" if english else "nl") + "\n")
            return 1
        return 0
    from steunwijzer.render.encoding import install

    install()  # a legacy terminal gets stand-ins for what it cannot show, never a crash
    from steunwijzer.cli.quick import run_quick

    code = run_quick(args)
    if code is not None:
        return code
    from steunwijzer.cli.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

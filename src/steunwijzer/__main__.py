"""Console entry point. ``--version`` answers before Typer, Rich or YAML are imported."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from steunwijzer import __version__

        sys.stdout.write(f"steunwijzer {__version__}\n")
        return 0
    from steunwijzer.render.encoding import install

    install()  # a legacy terminal gets stand-ins for what it cannot show, never a crash
    from steunwijzer.cli.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

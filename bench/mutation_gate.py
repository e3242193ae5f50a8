"""The bar of bench/mutation.sh: read ``mutmut results --all true`` and the list of
equivalent mutants in docs/mutation.md; fail when more than 5% of mutants survive or a
survivor is not listed there as equivalent.

    python bench/mutation_gate.py results.txt docs/mutation.md
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

BAR = 0.05
KILLED = {"killed", "timeout", "segfault"}  # a mutant that hangs or crashes is caught
LINE = re.compile(r"^\s*(\S+__mutmut_\d+):\s*(.+?)\s*$")


def main(results: Path, listed: Path) -> int:
    status: dict[str, str] = {}
    for line in results.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if match:
            status[match.group(1)] = match.group(2)
    if not status:
        print("mutation: no mutants in the results; did mutmut run?")
        return 1
    equivalent = set(re.findall(r"`(\S+__mutmut_\d+)`", listed.read_text(encoding="utf-8")))
    counts = Counter("killed" if s in KILLED else s for s in status.values())
    survivors = sorted(name for name, s in status.items() if s not in KILLED)
    unexplained = [name for name in survivors if name not in equivalent]
    share = len(survivors) / len(status)
    per_module = Counter(name.rsplit(".", 1)[0] for name in status)
    alive = Counter(name.rsplit(".", 1)[0] for name in survivors)
    for module in sorted(per_module):
        print(f"  {module:<40} {per_module[module]:>5} mutants {alive[module]:>4} survive")
    print(
        f"mutation: {len(status)} mutants, {dict(counts)}; {len(survivors)} survive "
        f"({share:.1%}, bar {BAR:.0%}); {len(unexplained)} not listed as equivalent"
    )
    for name in unexplained:
        print(f"  survivor not in {listed.name}: {name} ({status[name]})")
    return 0 if share <= BAR and not unexplained else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

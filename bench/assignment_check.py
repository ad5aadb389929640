#!/usr/bin/env python3
"""Checks the optimality of our mentor assignment against SciPy's linear_sum_assignment.

Runs `cargo run --release --example assignment_dump` (or reads its output from the file
given as the first argument), which prints random instances -- the mentors' free places, the
weight of every mentor x mentee pair (0 = not allowed) -- with our assignment and our total.
For each instance this script
  - checks our assignment: no mentor above their places, no pair of weight 0, the total as
    claimed;
  - expands every mentor into as many identical rows as places and solves the rectangular
    problem with scipy.optimize.linear_sum_assignment(maximize=True), a weight-0 match being
    no match;
  - compares the two totals.
Exits non-zero on any difference. Installs SciPy with pip when it is missing.
"""

import json
import os
import subprocess
import sys


def need_scipy():
    try:
        import scipy  # noqa: F401
    except ImportError:
        print("SciPy is missing: pip install scipy", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "scipy"])


def load():
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            return json.load(f)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.check_output(
        ["cargo", "run", "--quiet", "--release", "--example", "assignment_dump"], cwd=root
    )
    return json.loads(out)


def scipy_total(capacity, weights):
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    rows = [r for r, cap in enumerate(capacity) for _ in range(cap)]
    cols = len(weights[0]) if weights else 0
    if not rows or cols == 0:
        return 0
    m = np.array([weights[r] for r in rows], dtype=np.int64)
    ri, ci = linear_sum_assignment(m, maximize=True)
    return int(m[ri, ci].sum())


def check_ours(inst):
    cap, w, ours = inst["capacity"], inst["weights"], inst["ours"]
    load = [0] * len(cap)
    total = 0
    for c, r in enumerate(ours):
        if r is None:
            continue
        assert w[r][c] > 0, f"pair ({r}, {c}) of weight 0"
        load[r] += 1
        total += w[r][c]
    for r, n in enumerate(load):
        assert n <= cap[r], f"row {r}: {n} > {cap[r]} places"
    assert total == inst["total"], f"claimed {inst['total']}, pairs add to {total}"


def main():
    need_scipy()
    instances = load()
    bad = 0
    by_kind = {}
    for inst in instances:
        check_ours(inst)
        theirs = scipy_total(inst["capacity"], inst["weights"])
        ok = theirs == inst["total"]
        k = by_kind.setdefault(inst["kind"], [0, 0])
        k[0] += 1
        k[1] += ok
        if not ok:
            bad += 1
            print(f"DIFFERENT  {inst['name']}: ours {inst['total']}, SciPy {theirs}")
    for kind, (n, same) in by_kind.items():
        print(f"{kind:>7}: {same} of {n} instances with the same total as SciPy")
    big = max(instances, key=lambda i: len(i["capacity"]) * len(i["ours"]))
    print(f"largest: {big['name']}: total {big['total']}")
    print(f"{len(instances) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

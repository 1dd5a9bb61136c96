"""Maintainer tool: the property-based tests with many more examples than CI runs.

    python tools/fuzz.py [--examples 5000] [pytest -k expression]

Runs tests/test_properties.py under a Hypothesis profile with ``--examples`` examples per test (CI's
profile runs 60) and prints pytest's report; a failure shows the smallest failing input Hypothesis found.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("-k", dest="keyword", default=None, help="pytest -k expression")
    args = parser.parse_args()
    env = dict(os.environ, HYPOTHESIS_PROFILE="fuzz", OGRENDER_FUZZ_EXAMPLES=str(args.examples))
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "tests/test_properties.py", "--hypothesis-show-statistics"]
    if args.keyword:
        cmd += ["-k", args.keyword]
    return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())

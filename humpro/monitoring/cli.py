"""Command-line entry points of monitoring (wired by the lead as `humpro monitoring extract
PATH...`).
"""

from __future__ import annotations

from typing import TextIO


def extract_main(paths: list[str], out: TextIO) -> int:
    """Print one JSON object per file (offline, no database): delegates to the extractor's
    runner.
    """
    from humpro.monitoring.extract.cli import run

    return run(paths, out)

"""`--format jsonl`: one JSON object per draft per line, written as soon as that draft is checked.

Each line is exactly one entry of the `drafts` list of `--format json` (the same `draft_to_dict`, so the two
never drift apart; it validates against `report.schema.json`'s draft item). The engine yields results in
the order of the drafts, also with worker processes, so the lines come in that order too, and a consumer
can act on the first drafts of a folder of 10,000 while the rest are still being checked.

There is no summary line: every line is a draft, so `wc -l` counts drafts and a reader needs no special
case. The run's outcome is the exit code (0 green, 1 amber or red, 2 an input error); a report cut short
(the job was killed) is seen from the exit code, not from a missing last line.
"""

from __future__ import annotations

import json

from clusius_check.findings import DraftResult
from clusius_check.reporters.json_report import draft_to_dict


def line(result: DraftResult) -> str:
    return json.dumps(draft_to_dict(result), ensure_ascii=False, separators=(",", ":"))

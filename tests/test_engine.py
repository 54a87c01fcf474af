"""The engine: the worker pool gives exactly the results of a serial run, in the same order."""

from __future__ import annotations

from clusius_check.drafts import drafts_with_images
from clusius_check.engine import PARALLEL_THRESHOLD, CheckTask, RunOptions, check_all, worker_count
from tests.conftest import AMBER_NL, CLEAN_EN, CLEAN_NL, RED_NL


def test_small_runs_stay_in_one_process_and_large_ones_use_one_worker_per_core(monkeypatch):
    monkeypatch.setattr("clusius_check.engine.os.cpu_count", lambda: 4)
    assert worker_count(1) == 1
    assert worker_count(PARALLEL_THRESHOLD - 1) == 1
    assert worker_count(PARALLEL_THRESHOLD) == 4
    monkeypatch.setattr("clusius_check.engine.os.cpu_count", lambda: 32)
    assert worker_count(PARALLEL_THRESHOLD * 10) == 8, "capped: more workers only cost memory"


def test_parallel_results_equal_serial_results_in_order(write, tmp_path):
    kinds = [CLEAN_NL, CLEAN_EN, RED_NL, AMBER_NL, b"\x00binary", "---\naccount: [\n---\nx\n"]
    for number in range(PARALLEL_THRESHOLD + 16):
        write(f"klas{number % 4}/post{number:03}.md", kinds[number % len(kinds)])
    tasks = [CheckTask(path, sibling_images=images) for path, images in drafts_with_images(tmp_path)]
    serial = list(check_all(tasks, RunOptions(), workers=1))
    parallel = list(check_all(tasks, RunOptions(), workers=2))
    assert [result.path for result in parallel] == [str(task.path) for task in tasks]
    assert parallel == serial
    verdicts = {result.verdict.value if result.verdict else None for result in parallel}
    assert verdicts == {"green", "amber", "red", None}

"""The report cutoff of a head is set on real posts, not on the project's own rows."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parents[2] / "tools"))
import train_heads as th  # noqa: E402
import training_data as td  # noqa: E402


def _rows(sources):
    return [td.Row("t", 0, "en", source, "train") for source in sources]


def test_the_report_cutoff_is_f1_best_on_real_posts_when_there_are_real_positives():
    # real posts: positives 0.5, negatives 0.3; the project's rows: many negatives at 0.55
    rows = _rows(["real"] * 4 + ["hand:x"] * 8)
    y = np.array([1, 1, 0, 0] + [1, 1] + [0] * 6)
    cv = np.array([0.5, 0.5, 0.3, 0.3] + [0.9, 0.9] + [0.55] * 6)
    assert th.report_f1_cutoff(rows, y, np.ones(12, dtype=bool), cv) <= 0.5
    assert th._best_f1_threshold(y, cv) > 0.5  # all rows together: the project rows decide


def test_without_real_positives_all_training_rows_set_it():
    rows = _rows(["real"] * 2 + ["hand:x"] * 2)
    y = np.array([0, 0, 1, 0])
    cv = np.array([0.2, 0.3, 0.8, 0.4])
    assert th.report_f1_cutoff(rows, y, np.ones(4, dtype=bool), cv) == th._best_f1_threshold(y, cv)

"""The generation pipeline itself: warnings fail it, drift is detected."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import generate  # noqa: E402


def test_a_generator_warning_fails_generation(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs/payorcrm.generator.yaml", specs)
    text = (ROOT / "specs/payorcrm.yaml").read_text()
    # An enum mixing value types is a known generator warning ("Enum values
    # must all be the same type"); the run must refuse it rather than
    # silently dropping the schema.
    broken = text.replace(
        "        status:\n          type: string\n",
        "        status:\n          enum: [1, open, 2.5]\n",
    )
    assert broken != text
    (specs / "payorcrm.yaml").write_text(broken)
    with pytest.raises(SystemExit, match="generator failed or warned"):
        generate.generate("payorcrm", tmp_path / "out", specs_dir=specs)


def test_differences_reports_edited_added_and_removed_files(tmp_path: Path) -> None:
    left, right = tmp_path / "committed", tmp_path / "fresh"
    for tree in (left, right):
        (tree / "pkg").mkdir(parents=True)
        (tree / "pkg/same.py").write_text("x = 1\n")
    (left / "pkg/edited.py").write_text("a = 1\n")
    (right / "pkg/edited.py").write_text("a = 2\n")
    (left / "pkg/stale.py").write_text("")
    (right / "pkg/new.py").write_text("")

    assert sorted(generate.differences(left, right)) == [
        "differs: pkg/edited.py",
        "only in committed: pkg/stale.py",
        "only in regenerated: pkg/new.py",
    ]

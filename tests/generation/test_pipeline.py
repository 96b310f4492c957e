"""`make generate` / `make check-generated`: reproducible, drift detected, broken specs named."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402

pytestmark = pytest.mark.generation


def test_committed_clients_match_a_fresh_generation() -> None:
    """The same check as `make check-generated`: hand edits, forgotten regenerations, tool drift."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_generating_twice_gives_identical_trees(tmp_path: Path) -> None:
    first = generate.build("nevox", tmp_path / "one")
    second = generate.build("nevox", tmp_path / "two")
    assert generate.differences(first, second) == []


def test_a_hand_edit_of_any_generated_file_is_reported(tmp_path: Path) -> None:
    fresh = generate.build("neuphonic", tmp_path / "fresh")
    edited = tmp_path / "edited" / "neuphonic"
    shutil.copytree(fresh, edited)
    target = edited / "neuphonic_client" / "models" / "voice.py"
    target.write_text(target.read_text() + "\n# a hand edit\n")
    (edited / "neuphonic_client" / "stray.py").write_text("")
    (edited / "neuphonic_client" / "types.py").unlink()
    assert generate.differences(fresh, edited) == [
        "differs   neuphonic/neuphonic_client/models/voice.py",
        "unexpected neuphonic/neuphonic_client/stray.py",
        "missing   neuphonic/neuphonic_client/types.py",
    ]


def test_copied_overlay_files_name_their_source(tmp_path: Path) -> None:
    fresh = generate.build("neuphonic", tmp_path)
    streaming = (fresh / "neuphonic_client" / "streaming.py").read_text().splitlines()[0]
    core = (fresh / "neuphonic_client" / "_core" / "sse.py").read_text().splitlines()[0]
    assert streaming.startswith("# Copied from overlays/neuphonic/streaming.py")
    assert core.startswith("# Copied from overlays/_core/sse.py")


def test_a_broken_spec_fails_with_its_path_and_the_pointer_to_the_bad_node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs" / "nevox", specs / "nevox")
    spec = specs / "nevox" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("operationId: create_agent", "operationId: [create_agent]", 1))
    monkeypatch.setattr(generate, "SPECS", specs)
    with pytest.raises(generate.GenerationError) as info:
        generate.validate_spec(spec)
    message = str(info.value)
    assert "nevox/openapi.yaml" in message
    assert "#/paths/~1agents/post/operationId" in message


def test_a_binary_media_type_without_an_override_fails_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "specs" / "nevox" / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: get_x\n"
        "      tags: [x]\n      responses:\n        '200':\n          description: ok\n          content:\n"
        "            video/mp4:\n              schema: {type: string, format: binary}\n"
    )
    monkeypatch.setattr(generate, "SPECS", spec.parent.parent)
    with pytest.raises(generate.GenerationError, match="openapi-python-client failed"):
        generate.build("nevox", tmp_path / "out")


def test_regenerating_one_api_leaves_the_others_untouched(tmp_path: Path) -> None:
    # `--api X` builds and swaps only generated/X; the other folders' mtimes must not move.
    others = {slug: (ROOT / "generated" / slug / "pyproject.toml").stat().st_mtime_ns for slug in ("respeecher", "nevox")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--api", "nextneural", "--force"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    for slug, mtime in others.items():
        assert (ROOT / "generated" / slug / "pyproject.toml").stat().st_mtime_ns == mtime


def test_an_api_is_skipped_only_while_its_inputs_and_its_output_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generate, "GENERATED", tmp_path / "generated")
    target = tmp_path / "generated" / "nevox"
    assert generate.main(["--api", "nevox"]) == 0
    assert "generated " in capsys.readouterr().out
    assert generate.is_up_to_date("nevox")

    built = (target / "pyproject.toml").stat().st_mtime_ns
    assert generate.main(["--api", "nevox"]) == 0
    assert "is up to date" in capsys.readouterr().out
    assert (target / "pyproject.toml").stat().st_mtime_ns == built

    # A hand edit of the output is not "up to date": the next run rebuilds and the edit is gone.
    model = target / "nevox_client" / "types.py"
    original = model.read_text()
    model.write_text(original + "\n# a hand edit\n")
    assert not generate.is_up_to_date("nevox")
    assert generate.main(["--api", "nevox"]) == 0
    assert model.read_text() == original

    # So is a change of any input: here an overlay file.
    overlays = tmp_path / "overlays"
    shutil.copytree(ROOT / "overlays", overlays, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(generate, "OVERLAYS", overlays)
    assert generate.is_up_to_date("nevox")
    webhooks = overlays / "nevox" / "webhooks.py"
    webhooks.write_text(webhooks.read_text() + "\n# changed\n")
    assert not generate.is_up_to_date("nevox")

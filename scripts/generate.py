"""Build `generated/<slug>/` from `specs/<slug>/openapi.yaml` and `overlays/`.

    python scripts/generate.py                 # all APIs that have a spec
    python scripts/generate.py --api neuphonic # only that one; nothing else is touched
    python scripts/generate.py --check         # regenerate into a temp folder, list what differs
    python scripts/generate.py --force         # rebuild even the APIs that are up to date

Steps for one API, in order, each one able to stop the run before `generated/` is touched:
1. validate the spec with openapi-spec-validator (errors name the file and the JSON pointer);
2. run openapi-python-client (pinned, `--meta none`, `--fail-on-warning`) into a temp folder, with
   the virtualenv's `bin/` first on PATH so its ruff post-hooks really run;
3. add the distribution's `pyproject.toml`, the shared core (`overlays/_core/` -> `<pkg>/_core/`)
   and the API's overlay files (`overlays/<slug>/` -> `<pkg>/`), each copied file starting with a
   comment that names its source;
4. write `generated-from.txt`: digests of every input (spec, codegen config, overlays, this script,
   generator and ruff versions) and of the output tree;
5. swap the temp folder in place of `generated/<slug>/` (never `--overwrite`, which keeps stale files).

An API whose inputs and output tree still match its `generated-from.txt` is skipped (a no-op
`make generate` takes a fraction of a second instead of a full run); `--check` always rebuilds.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OVERLAYS = ROOT / "overlays"
GENERATED = ROOT / "generated"
CODEGEN_CONFIG = SPECS / "codegen.yaml"
SLUGS = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")
STAMP = "generated-from.txt"
CORE = "_core"
# Public modules every package gets at its root (e.g. `<pkg>.exceptions`), written once.
EVERY_PACKAGE = "_every_package"

# Runtime dependencies of every generated distribution. The exact versions installed come from
# requirements.txt; these ranges are what a user installing the client elsewhere needs.
DIST_DEPENDENCIES = (
    "attrs>=22.2.0",
    "httpx>=0.23.1,<0.29.0",
    "httpx-sse>=0.4.3",
    "pybase64>=1.4",
    "python-dateutil>=2.8.0",
    "websockets>=13",
)


class GenerationError(Exception):
    """A step failed; the message says which spec or file and why."""


def package_name(slug: str) -> str:
    return f"{slug}_client"


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _pointer(parts: object) -> str:
    tokens = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]  # type: ignore[attr-defined]
    return "#/" + "/".join(tokens)


def validate_spec(spec_path: Path) -> dict[str, object]:
    """Load and validate one OpenAPI document; raise with every problem's JSON pointer."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GenerationError(f"{_rel(spec_path)}: not valid YAML: {exc}") from None
    if not isinstance(document, dict):
        raise GenerationError(f"{_rel(spec_path)}: the document is not a mapping")
    version = str(document.get("openapi", ""))
    if not version.startswith("3.1."):
        raise GenerationError(f"{_rel(spec_path)}: #/openapi is {version!r}; openapi-python-client 0.29 needs 3.1.x")
    errors = list(OpenAPIV31SpecValidator(document, base_uri=spec_path.as_uri()).iter_errors())
    if errors:
        lines = [f"{_rel(spec_path)}: {len(errors)} validation error(s)"]
        for error in errors[:20]:
            lines.append(f"  at {_pointer(error.absolute_path)}: {error.message}")
        raise GenerationError("\n".join(lines))
    return document


def _tool_env() -> dict[str, str]:
    env = dict(os.environ)
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    if shutil.which("ruff", path=env["PATH"]) is None:
        raise GenerationError("ruff is not installed next to this Python; run `make venv` first")
    return env


def run_generator(spec_path: Path, package_dir: Path) -> None:
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--config", str(CODEGEN_CONFIG),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--fail-on-warning",
    ]  # fmt: skip
    proc = subprocess.run(cmd, env=_tool_env(), capture_output=True, text=True, cwd=package_dir.parent, check=False)
    output = (proc.stdout + proc.stderr).strip()
    # The files are written even when warnings make the exit code 1, so the code decides, and a
    # skipped post-hook (ruff missing) is a warning we refuse too: it leaves unformatted output.
    if proc.returncode != 0 or "Skipping Integration" in output:
        raise GenerationError(f"openapi-python-client failed for {_rel(spec_path)}:\n{output}")


def _pyproject(slug: str, document: dict[str, object]) -> str:
    info = document.get("info") or {}
    title = str(info.get("title", slug)) if isinstance(info, dict) else slug
    version = str(info.get("version", "0.0.0")) if isinstance(info, dict) else "0.0.0"
    deps = "".join(f'    "{dep}",\n' for dep in DIST_DEPENDENCIES)
    pkg = package_name(slug)
    return (
        "# Written by scripts/generate.py; do not edit.\n"
        "[build-system]\n"
        'requires = ["setuptools>=61"]\n'
        'build-backend = "setuptools.build_meta"\n\n'
        "[project]\n"
        f'name = "voxspec-{slug}-client"\n'
        f'version = "{version}"\n'
        f'description = "Typed client for {title}, generated by voxspec from specs/{slug}/openapi.yaml"\n'
        'requires-python = ">=3.11"\n'
        f"dependencies = [\n{deps}]\n\n"
        "[tool.setuptools.packages.find]\n"
        f'include = ["{pkg}*"]\n\n'
        "[tool.setuptools.package-data]\n"
        f'"{pkg}" = ["py.typed"]\n'
    )


def _copy_overlay_tree(source: Path, target: Path, package_dir: Path) -> None:
    for src in sorted(source.rglob("*")):
        if "__pycache__" in src.parts or src.is_dir() or src.suffix in {".pyc", ".pyo"}:
            continue
        dst = target / src.relative_to(source)
        if dst.exists():
            raise GenerationError(
                f"{_rel(src)} would replace the generated {dst.relative_to(package_dir.parent)};"
                " rename the overlay file"
            )
        dst.parent.mkdir(parents=True, exist_ok=True)
        text = src.read_text(encoding="utf-8")
        if src.suffix == ".py":
            text = f"# Copied from {_rel(src)} by scripts/generate.py; edit that file, not this copy.\n" + text
        dst.write_text(text, encoding="utf-8")


def build(slug: str, workdir: Path) -> Path:
    """Generate one distribution under `workdir/<slug>` and return that folder."""
    spec_path = SPECS / slug / "openapi.yaml"
    document = validate_spec(spec_path)
    dist_dir = workdir / slug
    dist_dir.mkdir(parents=True)
    package_dir = dist_dir / package_name(slug)
    run_generator(spec_path, package_dir)
    (dist_dir / "pyproject.toml").write_text(_pyproject(slug, document), encoding="utf-8")
    # --meta none writes no PEP 561 marker; without it mypy ignores the package's annotations.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    if (OVERLAYS / CORE).is_dir():
        _copy_overlay_tree(OVERLAYS / CORE, package_dir / CORE, package_dir)
    if (OVERLAYS / EVERY_PACKAGE).is_dir():
        _copy_overlay_tree(OVERLAYS / EVERY_PACKAGE, package_dir, package_dir)
    if (OVERLAYS / slug).is_dir():
        _copy_overlay_tree(OVERLAYS / slug, package_dir, package_dir)
    _write_stamp(slug, dist_dir)
    return dist_dir


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in root.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and not p.name.endswith(".egg-info")
        and not any(part.endswith(".egg-info") for part in p.parts)
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative to `actual`'s parent) that differ between two distribution folders."""
    want, have = _tree(expected), _tree(actual)
    out = []
    for rel in sorted(set(want) | set(have)):
        if rel not in have:
            out.append(f"missing   {actual.name}/{rel}")
        elif rel not in want:
            out.append(f"unexpected {actual.name}/{rel}")
        elif not filecmp.cmp(want[rel], have[rel], shallow=False):
            out.append(f"differs   {actual.name}/{rel}")
    return out


def _digest(entries: Iterable[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, content in entries:
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def _files_under(folder: Path) -> list[tuple[str, bytes]]:
    """(path relative to the overlays folder, content) of every file `_copy_overlay_tree` would copy."""
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [
        (f"{folder.name}/{p.relative_to(folder)}", p.read_bytes()) for p in files if p.suffix not in {".pyc", ".pyo"}
    ]


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"  # never up to date then; generation itself reports the missing tool


def input_digest(slug: str) -> str:
    """Everything the output of `build(slug)` depends on: the tools' versions and every file read.
    Entries are named by role, not by absolute path, so a checkout's location does not matter."""
    tools = [(f"tool {name}", _version(name).encode()) for name in ("openapi-python-client", "ruff")]
    files = [
        ("script", Path(__file__).resolve().read_bytes()),
        ("codegen config", CODEGEN_CONFIG.read_bytes()),
        ("spec", (SPECS / slug / "openapi.yaml").read_bytes()),
    ]
    overlays = [*_files_under(OVERLAYS / CORE), *_files_under(OVERLAYS / EVERY_PACKAGE), *_files_under(OVERLAYS / slug)]
    return _digest([*tools, *files, *overlays])


def output_digest(dist_dir: Path) -> str:
    tree = _tree(dist_dir)
    return _digest((rel, tree[rel].read_bytes()) for rel in sorted(tree) if rel != STAMP)


def _write_stamp(slug: str, dist_dir: Path) -> None:
    (dist_dir / STAMP).write_text(
        "# Written by scripts/generate.py; do not edit. `make generate` skips this API while both digests\n"
        "# match (inputs: spec, codegen config, overlays, the script, tool versions; output: this tree).\n"
        f"inputs  sha256:{input_digest(slug)}\n"
        f"output  sha256:{output_digest(dist_dir)}\n",
        encoding="utf-8",
    )


def is_up_to_date(slug: str) -> bool:
    """Whether `generated/<slug>/` was built from the current inputs and nobody changed it since."""
    target = GENERATED / slug
    try:
        stamp = (target / STAMP).read_text(encoding="utf-8")
    except OSError:
        return False
    return f"inputs  sha256:{input_digest(slug)}\n" in stamp and f"output  sha256:{output_digest(target)}\n" in stamp


def available_slugs() -> list[str]:
    return [slug for slug in SLUGS if (SPECS / slug / "openapi.yaml").is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", action="append", choices=SLUGS, help="only this API (repeatable)")
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of writing")
    parser.add_argument("--force", action="store_true", help="rebuild even where generated/ is up to date")
    args = parser.parse_args(argv)
    slugs = args.api or available_slugs()
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="voxspec-gen-") as tmp:
        for slug in slugs:
            if not (args.check or args.force) and is_up_to_date(slug):
                print(f"{_rel(GENERATED / slug)} is up to date with {_rel(SPECS / slug / 'openapi.yaml')} + overlays/")
                continue
            try:
                fresh = build(slug, Path(tmp))
            except GenerationError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            target = GENERATED / slug
            if args.check:
                problems += differences(fresh, target)
                continue
            # Keep an editable install's metadata (it is not part of the generated output).
            for info in target.glob("*.egg-info"):
                shutil.move(str(info), str(fresh / info.name))
            if target.exists():
                shutil.rmtree(target)
            target.parent.mkdir(exist_ok=True)
            shutil.move(str(fresh), str(target))
            print(f"generated {_rel(target)} from {_rel(SPECS / slug / 'openapi.yaml')}")
    if problems:
        print("generated/ is out of date with specs/ + overlays/ (run `make generate`):", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.check:
        print(f"generated/ matches specs/ + overlays/ for: {', '.join(slugs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

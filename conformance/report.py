"""Results a person can act on: findings, per-suite counts, console output and JUnit XML.

Every string leaves through the run's `Redactor`, so a credential never reaches a terminal or a file.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from conformance.redact import Redactor

MAX_TEXT = 1200


@dataclass
class Finding:
    """One check that failed on one operation or channel."""

    suite: str  # http | stateful | auth | binary | sse | streaming | websocket | webhooks
    check: str  # the named check that caught it, e.g. `status_code_conformance`, `sse_event_schema`
    operation: str  # `POST /items`, `WS /speak/{lang_code}`, `WEBHOOK conversation.ended`
    title: str
    expected: str
    received: str
    reproducer: str  # a curl command or a WebSocket transcript
    code: str = ""  # schemathesis failure code (ST103 ...) where there is one
    count: int = 1

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.suite, self.check, self.operation, self.title)


@dataclass
class SuiteResult:
    name: str
    operations: list[str] = field(default_factory=list)
    cases: int = 0
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the suite could not check something
    skipped: str | None = None
    elapsed: float = 0.0

    def add(self, finding: Finding) -> None:
        for existing in self.findings:
            if existing.key == finding.key:
                existing.count += 1
                return
        self.findings.append(finding)

    def checked(self, operation: str) -> None:
        if operation not in self.operations:
            self.operations.append(operation)

    @property
    def failed(self) -> bool:
        return bool(self.findings or self.errors)


@dataclass
class ApiResult:
    slug: str
    base_url: str
    suites: list[SuiteResult] = field(default_factory=list)
    elapsed: float = 0.0
    error: str | None = None  # the API could not be checked at all

    @property
    def failed(self) -> bool:
        return bool(self.error) or any(suite.failed for suite in self.suites)

    @property
    def cases(self) -> int:
        return sum(suite.cases for suite in self.suites)

    @property
    def findings(self) -> list[Finding]:
        return [finding for suite in self.suites for finding in suite.findings]


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + f" ... [{len(text) - limit} more characters]"


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines()) if text else prefix + "(none)"


class Console:
    """Progress while the suites run, then a summary with every finding."""

    def __init__(self, redactor: Redactor, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.redactor = redactor
        self.stream = stream or sys.stdout
        self.quiet = quiet
        self._column = 0

    def _write(self, text: str) -> None:
        self.stream.write(self.redactor.redact(text))
        self.stream.flush()

    def line(self, text: str = "") -> None:
        if self._column:
            self._write("\n")
            self._column = 0
        self._write(text + "\n")

    def tick(self, mark: str) -> None:
        """One character per operation or scenario: `.` passed, `F` failed, `E` error, `s` skipped."""
        if self.quiet:
            return
        self._write(mark)
        self._column += 1
        if self._column >= 72:
            self._write("\n" + " " * 4)
            self._column = 1

    def api_started(self, slug: str, base_url: str, spec: str) -> None:
        self.line(f"== {slug}: {base_url}  (spec {spec})")

    def suite_started(self, name: str, detail: str = "") -> None:
        if self.quiet:
            return
        self.line(f"  {name:<10} {detail}".rstrip())
        self._write("    ")
        self._column = 1

    def api_finished(self, result: ApiResult) -> None:
        status = "FAILED" if result.failed else "passed"
        self.line(f"-- {result.slug}: {status} in {result.elapsed:.1f}s, {result.cases} cases")
        if result.error:
            self.line(f"   could not check: {result.error}")
        for suite in result.suites:
            if suite.skipped:
                self.line(f"   {suite.name:<10} skipped: {suite.skipped}")
                continue
            ops = ", ".join(suite.operations) if suite.operations else "-"
            mark = "FAIL" if suite.failed else "ok"
            self.line(
                f"   {suite.name:<10} {mark:<4} {suite.cases:>5} cases, {len(suite.findings)} findings, "
                f"{suite.elapsed:.1f}s; checked: {_clip(ops, 400)}"
            )
        for suite in result.suites:
            for error in suite.errors:
                self.line(f"\n   ERROR [{result.slug}/{suite.name}] {_clip(error)}")
        for index, finding in enumerate(result.findings, 1):
            self.finding(result.slug, index, finding)

    def finding(self, slug: str, index: int, finding: Finding) -> None:
        code = f" {finding.code}" if finding.code else ""
        times = f" (x{finding.count})" if finding.count > 1 else ""
        self.line()
        self.line(f"   {index}. FAIL [{slug}/{finding.suite}] {finding.check}{code}: {finding.operation}{times}")
        self.line(f"      {finding.title}")
        self.line("      expected:\n" + _indent(_clip(finding.expected), "        "))
        self.line("      received:\n" + _indent(_clip(finding.received), "        "))
        self.line("      reproduce:\n" + _indent(_clip(finding.reproducer, 3000), "        "))

    def summary(self, results: list[ApiResult], elapsed: float) -> None:
        self.line()
        self.line("== summary")
        for result in results:
            status = "FAILED" if result.failed else "passed"
            findings = len(result.findings) + sum(len(s.errors) for s in result.suites) + bool(result.error)
            self.line(
                f"   {result.slug:<11} {status:<7} {result.cases:>6} cases  {findings:>3} findings  {result.elapsed:6.1f}s"
            )
        total = sum(r.cases for r in results)
        rate = total / elapsed if elapsed else 0.0
        self.line(f"   {'total':<11} {'':<7} {total:>6} cases  in {elapsed:.1f}s ({rate:.0f} cases/s)")


def write_junit(path: str | Path, results: list[ApiResult], redactor: Redactor) -> None:
    """One <testsuite> per API and suite, one <testcase> per operation/channel, a <failure> per finding."""
    r = redactor.redact
    root = ET.Element("testsuites", name="voxspec-conformance")
    for result in results:
        if result.error:
            suite_el = ET.SubElement(root, "testsuite", name=f"{result.slug}", tests="1", failures="0", errors="1")
            case_el = ET.SubElement(suite_el, "testcase", classname=result.slug, name="reachability")
            ET.SubElement(case_el, "error", message=r(result.error)).text = r(result.error)
        for suite in result.suites:
            operations = list(suite.operations)
            for finding in suite.findings:
                if finding.operation not in operations:
                    operations.append(finding.operation)
            failures = sum(1 for op in operations if any(f.operation == op for f in suite.findings))
            suite_el = ET.SubElement(
                root,
                "testsuite",
                name=f"{result.slug}.{suite.name}",
                tests=str(len(operations) + len(suite.errors) + (1 if suite.skipped else 0)),
                failures=str(failures),
                errors=str(len(suite.errors)),
                skipped="1" if suite.skipped else "0",
                time=f"{suite.elapsed:.3f}",
            )
            if suite.skipped:
                case_el = ET.SubElement(suite_el, "testcase", classname=f"{result.slug}.{suite.name}", name="(suite)")
                ET.SubElement(case_el, "skipped", message=r(suite.skipped))
            for op in operations:
                case_el = ET.SubElement(suite_el, "testcase", classname=f"{result.slug}.{suite.name}", name=r(op))
                for finding in (f for f in suite.findings if f.operation == op):
                    text = (
                        f"{finding.title}\n\nexpected:\n{finding.expected}\n\nreceived:\n{finding.received}\n\n"
                        f"reproduce:\n{finding.reproducer}\n"
                    )
                    ET.SubElement(
                        case_el, "failure", type=finding.check, message=r(f"{finding.check}: {finding.title}")
                    ).text = r(text)
            for index, error in enumerate(suite.errors, 1):
                case_el = ET.SubElement(
                    suite_el, "testcase", classname=f"{result.slug}.{suite.name}", name=f"error {index}"
                )
                ET.SubElement(case_el, "error", message=r(error.splitlines()[0] if error else "error")).text = r(error)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    tree.write(path, encoding="utf-8", xml_declaration=True)

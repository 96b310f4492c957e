"""`python -m conformance run|serve`.

Exit codes: 0 no check failed; 1 a check failed (or a suite could not check something); 2 usage
error or an unreachable server (the message names the URL).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from conformance.context import DEFAULT_MAX_EXAMPLES
from conformance.redact import Redactor
from conformance.report import ApiResult, Console, write_junit
from conformance.runner import DEFAULT_API_KEY, SUITES, Unreachable, run_api
from conformance.spec import SLUGS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m conformance", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="check a server (by default the API's reference server) against the specs")
    run.add_argument("--api", required=True, choices=[*SLUGS, "all"], help="which API, or all five in turn")
    run.add_argument(
        "--base-url",
        default=os.environ.get("CONFORMANCE_BASE_URL"),
        help="server under test (env CONFORMANCE_BASE_URL); default: start the reference server",
    )
    run.add_argument(
        "--api-key",
        default=os.environ.get("CONFORMANCE_API_KEY"),
        help="credential for the server under test (env CONFORMANCE_API_KEY)",
    )
    run.add_argument(
        "--max-examples",
        type=int,
        default=int(os.environ.get("CONFORMANCE_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES)),
        help=f"generated cases per operation and phase (default {DEFAULT_MAX_EXAMPLES})",
    )
    run.add_argument("--seed", type=int, default=None, help="seed for reproducible generation")
    run.add_argument("--junit-xml", default=None, help="also write a JUnit XML report here")
    run.add_argument(
        "--suite",
        action="append",
        default=None,
        choices=list(SUITES),
        help="only these suites (repeatable); default: every suite that applies",
    )
    run.add_argument("-q", "--quiet", action="store_true", help="no progress, only the summary and findings")

    serve = commands.add_parser("serve", help="run an API's reference server in the foreground")
    serve.add_argument("--api", required=True, choices=list(SLUGS))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--api-key", default=os.environ.get("CONFORMANCE_API_KEY", DEFAULT_API_KEY))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return int(exc.code or 0)
    if args.command == "serve":
        from conformance.servers import serve

        serve(args.api, host=args.host, port=args.port, api_key=args.api_key)
        return EXIT_OK
    return _run(args, parser)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    slugs = list(SLUGS) if args.api == "all" else [args.api]
    if args.base_url and len(slugs) > 1:
        parser.print_usage(sys.stderr)
        print("error: --base-url names one server; use it with one --api", file=sys.stderr)
        return EXIT_USAGE
    if args.base_url and not args.api_key:
        parser.print_usage(sys.stderr)
        print("error: --base-url needs --api-key (or CONFORMANCE_API_KEY) for the server under test", file=sys.stderr)
        return EXIT_USAGE
    if args.max_examples < 1:
        print("error: --max-examples must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    redactor = Redactor(args.api_key)
    console = Console(redactor, quiet=args.quiet)
    results: list[ApiResult] = []
    started = time.monotonic()
    for slug in slugs:
        try:
            results.append(
                run_api(
                    slug,
                    base_url=args.base_url,
                    api_key=args.api_key,
                    max_examples=args.max_examples,
                    seed=args.seed,
                    console=console,
                    redactor=redactor,
                    suites=args.suite,
                )
            )
        except Unreachable as exc:
            print(redactor.redact(f"error: {exc}"), file=sys.stderr)
            return EXIT_USAGE
    console.quiet = False
    console.summary(results, time.monotonic() - started)
    if args.junit_xml:
        write_junit(args.junit_xml, results, redactor)
        console.line(f"JUnit XML written to {args.junit_xml}")
    return EXIT_FAILED if any(result.failed for result in results) else EXIT_OK

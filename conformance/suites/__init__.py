"""The suites: each module has `applies(spec) -> bool` and `run(ctx) -> SuiteResult | list[SuiteResult]`.

Each suite is a set of small named checks, each catching one kind of fault; a finding names its check.
"""

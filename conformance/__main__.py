"""`python -m conformance`: until the conformance suites land this says so and fails."""

import sys

if __name__ == "__main__":
    print("conformance: the conformance suites are not implemented yet (see the conformance issue)", file=sys.stderr)
    sys.exit(1)

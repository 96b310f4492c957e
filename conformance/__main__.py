"""`python -m conformance run --api <slug|all> ...` and `python -m conformance serve --api <slug>`."""

import sys

from conformance.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Fixtures for the reference-server tests: each server on 127.0.0.1 (uvicorn, a free port).

One server per test module keeps the suite fast; tests that need a fresh state or special options start
their own `ReferenceServer`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from server_helpers import ASYNCFLOW_KEY, NEUPHONIC_KEY

from conformance.servers import ReferenceServer


@pytest.fixture(scope="module")
def neuphonic() -> Iterator[ReferenceServer]:
    with ReferenceServer("neuphonic", api_key=NEUPHONIC_KEY) as server:
        yield server
        # Anything that escaped a handler is a server bug even though the client saw a 4xx.
        assert server.app.state.internal_errors == []


@pytest.fixture(scope="module")
def asyncflow() -> Iterator[ReferenceServer]:
    with ReferenceServer("asyncflow", api_key=ASYNCFLOW_KEY) as server:
        yield server
        assert server.app.state.internal_errors == []

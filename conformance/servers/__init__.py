"""In-memory reference servers: one ASGI app per API, behaving as its spec says the real service does.

    from conformance.servers import ReferenceServer, create_app

    app = create_app("neuphonic", api_key="k")                # plain ASGI app (Starlette)
    with ReferenceServer("asyncflow", api_key="k") as srv:    # the app on uvicorn, 127.0.0.1, free port
        httpx.get(srv.base_url + "/", headers={"version": "v1"})

`serve(slug, host, port, api_key)` runs one in the foreground (what `python -m conformance serve` calls).
State lives in memory, per app instance. Server options (e.g. `audio_seconds_per_char`, `jwt_ttl`,
`rate_limit_window`) are keyword arguments of `create_app`; each server module documents its own.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import signal
import socket
import sys
import threading
from typing import Any, Self

import uvicorn
from starlette.applications import Starlette

SLUGS: tuple[str, ...] = ("neuphonic", "respeecher", "nextneural", "nevox", "asyncflow")

__all__ = ["SLUGS", "ReferenceServer", "create_app", "serve"]


def create_app(slug: str, *, api_key: str = "test-key", **options: Any) -> Starlette:
    """The reference server of `slug` as an ASGI app. Its module is imported only now."""
    if slug not in SLUGS:
        raise ValueError(f"unknown API {slug!r}; expected one of {', '.join(SLUGS)}")
    module = importlib.import_module(f"{__name__}.{slug}")
    app: Starlette = module.create_app(api_key=api_key, **options)
    app.state.slug = slug
    app.state.api_key = api_key
    return app


class _DenialFalseAlarm(logging.Filter):
    """Drops uvicorn's "returned without completing handshake" error after an HTTP denial of a WebSocket.

    uvicorn 0.54's websockets-sansio protocol never marks a handshake answered with
    `websocket.http.response.*` (a 401/403/404/422 refusal) as complete and logs this error for each one.
    GuardMiddleware reports a handler that really returns without a handshake (`app.state.internal_errors`).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "ASGI callable returned without completing handshake."


logging.getLogger("uvicorn.error").addFilter(_DenialFalseAlarm())


def _config(app: Any, host: str, port: int, **uvicorn_options: Any) -> uvicorn.Config:
    # Embedded servers log errors only: under fuzzing, uvicorn warns about every malformed request it refuses.
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=uvicorn_options.pop("log_level", "error"),
        access_log=False,
        lifespan="off",
        loop="asyncio",
        ws="websockets-sansio",
        # Open WebSockets must not hold a test (or Ctrl-C) hostage for long.
        timeout_graceful_shutdown=uvicorn_options.pop("timeout_graceful_shutdown", 2),
        **uvicorn_options,
    )


def _bound_port(server: uvicorn.Server) -> int:
    for listener in getattr(server, "servers", []):
        for sock in listener.sockets or []:
            return int(sock.getsockname()[1])
    raise RuntimeError("server has no listening socket")


class ReferenceServer:
    """A reference server on uvicorn in a background thread, for tests and the conformance runner.

    `with ReferenceServer("neuphonic", api_key="k") as srv:` starts it on 127.0.0.1 (port 0 picks a free
    port), exposes `.base_url` (`http://127.0.0.1:PORT`), `.ws_url`, `.port` and `.app`, and stops it on
    exit. Pass an app instead of a slug to serve an app you built yourself.
    """

    def __init__(
        self,
        slug_or_app: str | Starlette,
        *,
        api_key: str = "test-key",
        host: str = "127.0.0.1",
        port: int = 0,
        startup_timeout: float = 10.0,
        **options: Any,
    ) -> None:
        if isinstance(slug_or_app, str):
            self.app = create_app(slug_or_app, api_key=api_key, **options)
            self.slug = slug_or_app
        else:
            self.app = slug_or_app
            self.slug = getattr(getattr(slug_or_app, "state", None), "slug", "app")
        self.api_key = api_key
        self.host = host
        self._requested_port = port
        self._startup_timeout = startup_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def start(self) -> Self:
        if self._thread is not None:
            raise RuntimeError("already started")
        server = uvicorn.Server(_config(self.app, self.host, self._requested_port))
        failure: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(server.serve())
            except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
                failure.append(exc)

        self._server = server
        self._thread = threading.Thread(target=run, name=f"reference-{self.slug}", daemon=True)
        self._thread.start()
        deadline = self._startup_timeout
        step = 0.005
        waited = 0.0
        while not server.started and not failure and self._thread.is_alive() and waited < deadline:
            threading.Event().wait(step)
            waited += step
        if not server.started:
            self.stop()
            raise RuntimeError(f"reference server {self.slug} did not start: {failure[0] if failure else 'timeout'}")
        self.port = _bound_port(server)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class _AnnouncingServer(uvicorn.Server):
    """uvicorn.Server that prints the real base URL once it listens (port 0 becomes the chosen port)."""

    def __init__(self, config: uvicorn.Config, slug: str, host: str) -> None:
        super().__init__(config)
        self._slug = slug
        self._host = host

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            host = f"[{self._host}]" if ":" in self._host else self._host
            print(f"serving {self._slug} at http://{host}:{_bound_port(self)}", flush=True)


def serve(slug: str, host: str = "127.0.0.1", port: int = 8000, api_key: str = "test-key", **options: Any) -> int:
    """Run the reference server of `slug` in the foreground until Ctrl-C or SIGTERM; returns an exit code.

    Prints `serving <slug> at http://HOST:PORT` (the real port when `port` is 0) on stdout once listening.
    """
    app = create_app(slug, api_key=api_key, **options)
    server = _AnnouncingServer(_config(app, host, port, log_level="warning"), slug, host)
    previous = _exit_quietly_on_sigterm()
    try:
        # uvicorn handles SIGINT/SIGTERM itself (graceful shutdown), then re-raises the signal once it has
        # restored the previous handlers: ours turns that into a normal return instead of a signal death.
        server.run()
    except (KeyboardInterrupt, _Terminated):
        pass
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not server.started:
        print(f"reference server {slug} could not start on {host}:{port}", file=sys.stderr)
        return 1
    return 0


class _Terminated(Exception):
    """SIGTERM arrived (after uvicorn's graceful shutdown)."""


def _exit_quietly_on_sigterm() -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum: int, frame: object) -> None:
        raise _Terminated()

    return signal.signal(signal.SIGTERM, handler)

"""WebSocket channels of `asyncapi.yaml`: handshake auth, generated message sequences, server messages.

Channel, address, handshake query, credentials (the AsyncAPI `securitySchemes`) and the message
schemas come from the spec; the adapter's `Session` says what a complete exchange looks like and
which message ends it. Every wait is bounded. Named checks:
- `ws_handshake_auth`: a handshake without a credential, or with a wrong one in each documented form,
  is refused (HTTP 401/403, or closed before any data); the right one in each form is accepted;
- `ws_message_schema`: every server frame is valid against one of the channel's server messages;
- `ws_final_message`: after a valid sequence (generated with hypothesis from the client message
  schema), the documented final message arrives within the bounded wait;
- `ws_no_error_for_valid`: a valid sequence gets no documented error message;
- `ws_audio_whole_samples`: base64 audio decodes to whole samples of the session's encoding;
- `ws_invalid_message_error`: an invalid client message gets the documented error (valid against
  its schema) or a close, not silence (only where the API documents an error message);
- `ws_survives_invalid`: where no error message is documented, an invalid message must not leave the
  socket hanging: a valid passage afterwards still completes, or the server closes the socket.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import urlencode

from conformance import adapters
from conformance.adapters import Session
from conformance.audio import base64_audio_problem
from conformance.context import RunContext
from conformance.report import Finding, SuiteResult
from conformance.spec import ASYNCAPI_URI, Spec

OPEN_TIMEOUT = 5.0
FINAL_WAIT = 10.0  # bounded wait for the final message of a passage
ERROR_WAIT = 5.0  # bounded wait for the error answering an invalid message
REFUSED = (401, 403)


def applies(spec: Spec) -> bool:
    return bool(spec.channels())


@dataclass
class Channel:
    name: str
    address: str
    server_schemas: list[Any]  # payload schemas of the messages the server sends
    client_schemas: list[Any]
    schemes: list[dict[str, Any]]  # AsyncAPI security schemes (httpApiKey in query/header)
    query_defaults: dict[str, Any] = field(default_factory=dict)


def channel_info(spec: Spec, name: str) -> Channel:
    asyncapi = spec.asyncapi or {}
    raw = spec.channels()[name]
    server_schemas: list[Any] = []
    client_schemas: list[Any] = []
    for op in (asyncapi.get("operations") or {}).values():
        op = spec.resolve(op, ASYNCAPI_URI)
        channel_ref = (op.get("channel") or {}).get("$ref", "")
        if channel_ref.rsplit("/", 1)[-1] != name:
            continue
        for message_ref in op.get("messages") or []:
            message = spec.resolve(message_ref, ASYNCAPI_URI)
            payload = message.get("payload") or {}
            if isinstance(payload, dict) and "$ref" in payload:
                payload = {"$ref": spec._absolute(payload["$ref"], ASYNCAPI_URI)}
            (server_schemas if op.get("action") == "send" else client_schemas).append(payload)
    schemes = []
    scheme_defs = (asyncapi.get("components") or {}).get("securitySchemes") or {}
    servers = list((asyncapi.get("servers") or {}).values())
    for server in servers[:1]:
        for ref in server.get("security") or []:
            scheme = spec.resolve(ref, ASYNCAPI_URI)
            if scheme.get("type") in ("httpApiKey", "apiKey"):
                schemes.append(scheme)
    if not schemes:
        schemes = [s for s in scheme_defs.values() if s.get("type") in ("httpApiKey", "apiKey")]
    query_defaults = {}
    query = spec.resolve(((raw.get("bindings") or {}).get("ws") or {}).get("query") or {}, ASYNCAPI_URI)
    for prop_name, prop in (query.get("properties") or {}).items():
        prop = spec.resolve(prop)
        if "default" in prop and prop_name in (query.get("required") or []) + ["version"]:
            query_defaults[prop_name] = prop["default"]
    return Channel(name, raw.get("address", "/"), server_schemas, client_schemas, schemes, query_defaults)


def ws_base(base_url: str) -> str:
    return "ws" + base_url[len("http") :] if base_url.startswith("http") else base_url


def inline(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """The schema with every `$ref` replaced by its target (for hypothesis-jsonschema)."""
    if depth > 12:
        return {}
    if isinstance(schema, dict):
        if "$ref" in schema:
            target = spec.resolve({"$ref": spec._absolute(schema["$ref"], "urn:voxspec:openapi.yaml")})
            return inline(spec, target, depth + 1)
        return {
            k: inline(spec, v, depth + 1) for k, v in schema.items() if k not in ("examples", "example", "description")
        }
    if isinstance(schema, list):
        return [inline(spec, item, depth + 1) for item in schema]
    return schema


@dataclass
class Exchange:
    """What happened on one connection, kept as a transcript for the reproducer."""

    url: str
    headers: dict[str, str]
    lines: list[str] = field(default_factory=list)
    received: list[Any] = field(default_factory=list)  # parsed JSON, or str for non-JSON text, bytes for binary
    refused_status: int | None = None
    closed: tuple[int | None, str] | None = None

    def sent(self, frame: Any) -> None:
        self.lines.append(f"> {frame if isinstance(frame, str) else json.dumps(frame)}")

    def got(self, frame: Any) -> None:
        text = frame if isinstance(frame, str) else repr(frame[:40]) + f" ({len(frame)} bytes)"
        self.lines.append(f"< {text[:300]}")

    @property
    def transcript(self) -> str:
        head = [f"# websocat -H-style handshake: GET {self.url}"] + [f"#   {k}: {v}" for k, v in self.headers.items()]
        if self.refused_status is not None:
            head.append(f"# handshake refused with HTTP {self.refused_status}")
        tail = [f"# closed by server: code {self.closed[0]} {self.closed[1]!r}"] if self.closed else []
        return "\n".join(head + self.lines[:60] + (["..."] if len(self.lines) > 60 else []) + tail)


class Connection:
    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.exchange = Exchange(url, headers)
        self.ws: Any = None

    def __enter__(self) -> Self:
        from websockets.exceptions import InvalidStatus
        from websockets.sync.client import connect

        try:
            self.ws = connect(
                self.exchange.url,
                additional_headers=self.exchange.headers or None,
                open_timeout=OPEN_TIMEOUT,
                close_timeout=1,
                max_size=None,
            )
        except InvalidStatus as exc:
            self.exchange.refused_status = exc.response.status_code
        return self

    def __exit__(self, *exc: object) -> None:
        if self.ws is not None:
            self.ws.close()

    @property
    def open(self) -> bool:
        return self.ws is not None and self.exchange.closed is None

    def send(self, message: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        self.exchange.sent(message)
        try:
            self.ws.send(message if isinstance(message, str) else json.dumps(message))
        except ConnectionClosed as exc:
            self._closed(exc)

    def recv(self, timeout: float) -> Any:
        """The next frame (JSON parsed when it is JSON), None on timeout or close."""
        from websockets.exceptions import ConnectionClosed

        if not self.open:
            return None
        try:
            frame = self.ws.recv(timeout=timeout)
        except TimeoutError:
            return None
        except ConnectionClosed as exc:
            self._closed(exc)
            return None
        self.exchange.got(frame)
        if isinstance(frame, str):
            try:
                frame = json.loads(frame)
            except ValueError:
                pass
        self.exchange.received.append(frame)
        return frame

    def _closed(self, exc: Any) -> None:
        rcvd = getattr(exc, "rcvd", None)
        self.exchange.closed = (getattr(rcvd, "code", None), getattr(rcvd, "reason", ""))


# -- checks --------------------------------------------------------------------------------------------


def check_message_schema(spec: Spec, channel: Channel, frame: Any) -> str | None:
    if isinstance(frame, bytes):
        if any(spec.resolve(s).get("format") == "binary" for s in channel.server_schemas if isinstance(s, dict)):
            return None
        return f"only documented messages; got a binary frame of {len(frame)} bytes"
    validators = [spec.validator(schema) for schema in channel.server_schemas]
    if any(v.is_valid(frame) for v in validators):
        return None
    best = min((sorted(v.iter_errors(frame), key=lambda e: len(list(e.path))) for v in validators), key=len, default=[])
    detail = f": {best[0].message} at {'/'.join(map(str, best[0].absolute_path)) or '(root)'}" if best else ""
    return f"a message valid against one of the channel's server messages{detail}; got {str(frame)[:200]}"


def check_audio(session: Session, frame: Any) -> str | None:
    if session.audio is None or not isinstance(frame, dict):
        return None
    value = session.audio(frame)
    if not isinstance(value, str) or not value:
        return None
    return base64_audio_problem(value, session.sample_width or 1)


# -- running -------------------------------------------------------------------------------------------


class Runner:
    def __init__(self, ctx: RunContext, suite: SuiteResult, session: Session, channel: Channel) -> None:
        self.ctx, self.suite, self.session, self.channel = ctx, suite, session, channel
        self.adapter = adapters.get(ctx.slug)
        self.label = f"WS {channel.address}"

    def url_and_headers(
        self, credential_form: dict[str, Any] | None, credential: str | None
    ) -> tuple[str, dict[str, str]]:
        path_params, query, credential_default = self.adapter.session_target(self.ctx, self.session)
        address = self.channel.address
        for name, value in {**self.session.path_params, **path_params}.items():
            address = address.replace("{" + name + "}", str(value))
        query = {**self.channel.query_defaults, **self.session.query, **query}
        headers: dict[str, str] = {}
        if credential_form is not None:
            value = credential if credential is not None else self.credential(credential_form, credential_default)
            if credential_form.get("in") == "header":
                headers[credential_form["name"]] = value
                if "version" in self.channel.query_defaults:
                    headers.setdefault("version", str(self.channel.query_defaults["version"]))
            else:
                query[credential_form["name"]] = value
        url = ws_base(self.ctx.base_url) + address
        if query:
            url += "?" + urlencode({k: str(v).lower() if isinstance(v, bool) else v for k, v in query.items()})
        return url, headers

    def credential(self, form: dict[str, Any], default: str) -> str:
        """The right credential for a handshake form (the adapter may issue e.g. a JWT for `jwt_token`)."""
        from conformance.spec import SecurityScheme

        if default != self.ctx.api_key:  # a per-session credential (e.g. a conversation token)
            return default
        scheme = SecurityScheme(str(form.get("name")), "apiKey", str(form.get("in")), str(form.get("name")))
        value = self.adapter.credential(self.ctx, scheme)
        if value:
            self.ctx.redactor.add(value)
        return value or default

    def finding(self, check: str, title: str, expected: str, exchange: Exchange) -> None:
        received = "\n".join(exchange.lines[-8:]) or "(nothing)"
        if exchange.refused_status is not None:
            received = f"handshake refused with HTTP {exchange.refused_status}"
        elif exchange.closed:
            received += f"\nclosed by server: code {exchange.closed[0]} {exchange.closed[1]!r}"
        self.suite.add(Finding("websocket", check, self.label, title, expected, received, exchange.transcript))

    def handshake_auth(self) -> None:
        forms = self.channel.schemes
        if not forms:
            return
        attempts: list[tuple[str, dict[str, Any] | None, str | None]] = [("no credential", None, None)]
        for scheme in forms:
            attempts.append(
                (f"wrong credential in {scheme.get('in')} {scheme.get('name')}", scheme, "wrong-credential-0000")
            )
        for label, attempt_form, value in attempts:
            url, headers = self.url_and_headers(attempt_form, value)
            with Connection(url, headers) as conn:
                self.suite.cases += 1
                if conn.ws is not None:
                    conn.recv(timeout=1.0)  # a server may accept the upgrade and close at once
                    if conn.open and not conn.exchange.received:
                        self.finding(
                            "ws_handshake_auth",
                            f"handshake with {label} accepted",
                            "HTTP 401/403 at the handshake, or an immediate close",
                            conn.exchange,
                        )
        for form in forms:
            url, headers = self.url_and_headers(form, None)
            with Connection(url, headers) as conn:
                self.suite.cases += 1
                if conn.exchange.refused_status is not None or conn.ws is None:
                    self.finding(
                        "ws_handshake_auth",
                        f"valid credential in {form.get('in')} {form.get('name')} refused",
                        "the handshake to succeed",
                        conn.exchange,
                    )

    def passage(self, conn: Connection, body: list[Any]) -> bool:
        """Send a valid sequence and read until the final message; False when it never came."""
        for message in [*self.session.opening, *body, *self.session.closing]:
            conn.send(message)
        deadline = time.monotonic() + FINAL_WAIT
        while time.monotonic() < deadline:
            frame = conn.recv(timeout=max(0.05, deadline - time.monotonic()))
            if frame is None:
                if not conn.open:
                    return False
                continue
            self.check_frame(conn, frame)
            if self.session.is_error and self.session.is_error(frame):
                self.finding(
                    "ws_no_error_for_valid",
                    "error message for a valid sequence",
                    "no error message for schema-valid client messages",
                    conn.exchange,
                )
            if self.session.is_final and self.session.is_final(frame):
                return True
            if self.session.is_final is None and conn.exchange.received:
                return True
        return self.session.is_final is None

    def check_frame(self, conn: Connection, frame: Any) -> None:
        problem = check_message_schema(self.ctx.spec, self.channel, frame)
        if problem:
            self.finding("ws_message_schema", "server message breaks its schema", problem, conn.exchange)
        problem = check_audio(self.session, frame)
        if problem:
            self.finding(
                "ws_audio_whole_samples", "audio in a server message is not whole samples", problem, conn.exchange
            )

    def valid_sequence(self, body: list[Any]) -> None:
        if any(f.check == "ws_final_message" and f.operation == self.label for f in self.suite.findings):
            return  # one missing final message is enough: do not wait out every generated sequence
        url, headers = self.url_and_headers(self.channel.schemes[0] if self.channel.schemes else None, None)
        with Connection(url, headers) as conn:
            self.suite.cases += 1
            if conn.ws is None:
                self.finding("ws_handshake_auth", "valid handshake refused", "the handshake to succeed", conn.exchange)
                return
            if not self.passage(conn, body):
                self.finding(
                    "ws_final_message",
                    "documented final message missing",
                    f"{self.session.final_description or 'the final message'} within {FINAL_WAIT:.0f}s",
                    conn.exchange,
                )
            self.ctx.console.tick(".")

    def invalid_sequence(self, invalid: Any) -> None:
        url, headers = self.url_and_headers(self.channel.schemes[0] if self.channel.schemes else None, None)
        with Connection(url, headers) as conn:
            if conn.ws is None:
                return
            self.suite.cases += 1
            for message in self.session.opening:
                conn.send(message)
            conn.send(invalid)
            if self.session.is_error is not None:
                deadline = time.monotonic() + ERROR_WAIT
                while time.monotonic() < deadline:
                    frame = conn.recv(timeout=max(0.05, deadline - time.monotonic()))
                    if frame is None and not conn.open:
                        return  # closed: a documented way to refuse
                    if frame is None:
                        continue
                    self.check_frame(conn, frame)
                    if self.session.is_error(frame):
                        return
                self.finding(
                    "ws_invalid_message_error",
                    "invalid client message got no documented error",
                    f"the documented error message (or a close) within {ERROR_WAIT:.0f}s",
                    conn.exchange,
                )
            elif (
                self.session.is_final is not None
                and not any(f.check == "ws_final_message" and f.operation == self.label for f in self.suite.findings)
                and conn.open
                and not self.passage(conn, [])
                and conn.open
            ):
                self.finding(
                    "ws_survives_invalid",
                    "socket hangs after an invalid message",
                    "a valid passage to still complete (or the socket to be closed)",
                    conn.exchange,
                )

    def invalid_messages(self) -> list[Any]:
        invalid: list[Any] = ["{not json"]
        if self.session.body_schema:
            schema = self.ctx.spec.resolve({"$ref": f"#/components/schemas/{self.session.body_schema}"})
            for name in schema.get("required") or []:
                invalid.append({name: {"wrong": "type"}})
                break
            if not schema.get("required") and schema.get("additionalProperties", True) is not False:
                return []  # an open schema with no required field: nothing is invalid but malformed JSON
        return invalid

    def generated_sequences(self, count: int) -> None:
        """`count` valid sequences with bodies generated by hypothesis from the client message schema."""
        if not self.session.body_schema:
            self.valid_sequence([])
            return
        from hypothesis import HealthCheck, Phase, given, settings
        from hypothesis import seed as seed_decorator
        from hypothesis import strategies as st

        from conformance.generate import strategy

        suffix = self.session.body_suffix

        def finish(message: Any) -> Any:
            if suffix and isinstance(message, dict):
                for key, value in message.items():
                    if isinstance(value, str) and not value.endswith(suffix):
                        message[key] = value + suffix
            return message

        messages = strategy(self.ctx.spec, {"$ref": f"#/components/schemas/{self.session.body_schema}"}).map(finish)

        @settings(
            max_examples=count,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(st.lists(messages, min_size=1, max_size=3))
        def explore(body: list[Any]) -> None:
            self.valid_sequence([m for m in body if not _is_closing(m, self.session)])

        if self.ctx.seed is not None:
            explore = seed_decorator(self.ctx.seed)(explore)
        explore()


def _is_closing(message: Any, session: Session) -> bool:
    return message in session.closing


def run(ctx: RunContext) -> SuiteResult:
    suite = SuiteResult("websocket")
    adapter = adapters.get(ctx.slug)
    channels = ctx.spec.channels()
    count = max(2, min(6, ctx.max_examples // 5))
    for session in adapter.sessions(ctx):
        if session.channel not in channels:
            suite.errors.append(f"adapter names channel {session.channel!r}, which asyncapi.yaml does not have")
            continue
        channel = channel_info(ctx.spec, session.channel)
        runner = Runner(ctx, suite, session, channel)
        suite.checked(runner.label)
        runner.handshake_auth()
        runner.generated_sequences(count)
        for invalid in runner.invalid_messages():
            runner.invalid_sequence(invalid)
    for name in channels:
        if name not in {s.channel for s in adapter.sessions(ctx)}:
            suite.errors.append(f"channel {name!r} of asyncapi.yaml has no session in the {ctx.slug} adapter")
    return suite

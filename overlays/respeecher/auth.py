"""Respeecher credentials and a ready-to-use client: an API key, or a browser-style session.

    from respeecher_client.auth import create_client, login, logout

    client = create_client(api_key="...")                               # `api-key: <key>` on every call
    client = create_client(email="jane@example.com", password="...")   # a session, opened on first use
    user = login(client)      # optional: open the session now (fails fast on bad credentials)
    ...
    logout(client)

A session is what `POST /api/login` starts: the response sets the `session_id` cookie and carries
a `csrf_token`, and every later call must send both (cookie `session_id` + header `X-Csrf-Token`).
`SessionAuth` does that on every request of the generated client and of the helpers, logs in
before the first request, and logs in again once when a call is answered 401 (the session
expired). The key, the password, the session id and the CSRF token never appear in a repr.
"""

from __future__ import annotations

import http.cookies
import threading
from collections.abc import AsyncGenerator, Generator

import httpx

from ._core.auth import HeaderAuth
from ._core.calls import acall, call
from ._core.client import DEFAULT_TIMEOUT, configure
from ._core.errors import AuthenticationError, ProtocolError, preview, raise_for_status
from ._core.redact import Secret, as_secret
from ._core.retry import RetryPolicy
from .api.auth import login as _login_endpoint
from .api.auth import logout as _logout_endpoint
from .client import AuthenticatedClient, Client
from .models.login_creds import LoginCreds
from .models.user import User
from .types import UNSET

__all__ = [
    "CSRF_HEADER",
    "DEFAULT_BASE_URL",
    "SESSION_COOKIE",
    "ApiKeyAuth",
    "SessionAuth",
    "async_login",
    "async_logout",
    "create_client",
    "login",
    "logout",
    "session_auth",
]

DEFAULT_BASE_URL = "https://gateway.respeecher.com"
SESSION_COOKIE = "session_id"
CSRF_HEADER = "X-Csrf-Token"
DEFAULT_RETRY = RetryPolicy()


class ApiKeyAuth(HeaderAuth):
    """`api-key: <key>`, as is (no `Bearer` prefix), the header the official client sends."""

    def __init__(self, api_key: str | Secret) -> None:
        super().__init__("api-key", api_key)

    def handshake_headers(self) -> dict[str, str]:
        return {self.header: self.header_value()}


def _set_cookie(response: httpx.Response, name: str) -> str | None:
    """The value a response's `Set-Cookie` headers give cookie `name` ("" when it is deleted)."""
    value: str | None = None
    for header in response.headers.get_list("set-cookie"):
        jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
        try:
            jar.load(header)
        except http.cookies.CookieError:
            continue
        if name in jar:
            value = jar[name].value
    return value


def _with_cookie(existing: str | None, name: str, value: str) -> str:
    """A `Cookie` header value: the cookies already there, with `name` set to `value`."""
    others = [
        part.strip() for part in (existing or "").split(";") if part.strip() and part.split("=", 1)[0].strip() != name
    ]
    return "; ".join([*others, f"{name}={value}"])


class SessionAuth(httpx.Auth):
    """Cookie `session_id` + header `X-Csrf-Token` on every request, from `POST /api/login`.

    Either give credentials, `SessionAuth(email=..., password=...)`: the session is opened before
    the first request and reopened once if a request is answered 401; or resume a session saved
    earlier with `reveal_session()`: `SessionAuth(session_id=..., csrf_token=...)`, which cannot
    log in again by itself (a 401 then reaches the caller as `AuthenticationError`).

    A `Set-Cookie: session_id=...` on any later response (a rotated session) is taken up. Safe to
    share between threads and between the sync and async clients of one generated `Client`.
    """

    def __init__(
        self,
        *,
        email: str | None = None,
        password: str | Secret | None = None,
        session_duration: int | None = None,
        session_id: str | Secret | None = None,
        csrf_token: str | Secret | None = None,
        base_url: str | None = None,
        cookie_name: str = SESSION_COOKIE,
    ) -> None:
        if (email is None) != (password is None):
            raise ValueError("email and password: give both or neither")
        if (session_id is None) != (csrf_token is None):
            raise ValueError("session_id and csrf_token: give both or neither")
        if email is None and session_id is None:
            raise ValueError("give email and password (to log in), or session_id and csrf_token (to resume)")
        self._email = email
        self._password = as_secret(password) if password is not None else None
        self.session_duration = session_duration
        self._session = as_secret(session_id) if session_id is not None else None
        self._csrf = as_secret(csrf_token) if csrf_token is not None else None
        self.base_url = base_url
        self.cookie_name = cookie_name
        self.user: User | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        session = "[REDACTED]" if self._session is not None else None
        return f"SessionAuth(can_login={self.can_login}, session={session})"

    @property
    def can_login(self) -> bool:
        return self._password is not None

    @property
    def logged_in(self) -> bool:
        return self._session is not None

    def reveal_session(self) -> dict[str, str]:
        """The session id and CSRF token in clear, to store and resume later. Treat them as a password."""
        with self._lock:
            if self._session is None or self._csrf is None:
                raise RuntimeError("no session yet: log in first")
            return {"session_id": self._session.reveal(), "csrf_token": self._csrf.reveal()}

    def clear(self) -> None:
        """Forget the session (after a logout); with credentials, the next request logs in again."""
        with self._lock:
            self._session = self._csrf = None
            self.user = None

    # -- the login exchange ------------------------------------------------------------------

    def login_request(self, base_url: str | httpx.URL) -> httpx.Request:
        """The `POST /api/login` request for these credentials, relative to the client's base URL."""
        if self._email is None or self._password is None:
            raise RuntimeError("this session was resumed without credentials and cannot log in")
        body = LoginCreds(
            email=self._email,
            password=self._password.reveal(),
            session_duration=self.session_duration if self.session_duration is not None else UNSET,
        )
        kwargs = _login_endpoint._get_kwargs(body=body)
        base = httpx.URL(str(base_url))
        url = base.copy_with(path=base.path.rstrip("/") + kwargs["url"], query=None)
        return httpx.Request(kwargs["method"].upper(), url, json=kwargs["json"], headers=kwargs["headers"])

    def store(self, response: httpx.Response) -> User | None:
        """Take the session out of a read login response; the typed error if the login failed."""
        raise_for_status(response)
        try:
            body = response.json()
        except ValueError:
            raise ProtocolError(f"POST /api/login: the response is not JSON: {preview(response.content)}") from None
        token = body.get("csrf_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise ProtocolError("POST /api/login: the response has no csrf_token")
        session = _set_cookie(response, self.cookie_name)
        if not session:
            raise ProtocolError(f"POST /api/login: the response sets no {self.cookie_name} cookie")
        try:
            user: User | None = User.from_dict(body["user"])
        except (KeyError, TypeError, ValueError):
            user = None  # the session works without the profile; `login()` insists on it
        with self._lock:
            self._session, self._csrf, self.user = Secret(session), Secret(token), user
        return user

    def apply(self, request: httpx.Request) -> None:
        """Put the session cookie and the CSRF header on `request`."""
        with self._lock:
            session, csrf = self._session, self._csrf
        if session is None or csrf is None:
            raise RuntimeError("no session: log in first")
        request.headers[CSRF_HEADER] = csrf.reveal()
        request.headers["Cookie"] = _with_cookie(request.headers.get("cookie"), self.cookie_name, session.reveal())

    def handshake_headers(self) -> dict[str, str]:
        """Cookie and CSRF headers of the open session (what `_core.auth.auth_headers` asks for)."""
        request = httpx.Request("GET", "http://handshake.invalid/")
        self.apply(request)
        return {"Cookie": request.headers["cookie"], CSRF_HEADER: request.headers[CSRF_HEADER]}

    def _rotate(self, response: httpx.Response) -> None:
        renewed = _set_cookie(response, self.cookie_name)
        if renewed:
            with self._lock:
                self._session = Secret(renewed)

    def _base(self, request: httpx.Request) -> str | httpx.URL:
        return self.base_url if self.base_url is not None else request.url.copy_with(path="/", query=None)

    # -- httpx flows: the login response is read here, never the caller's (it may be a stream) ---

    def _flow(self, request: httpx.Request) -> Generator[tuple[httpx.Request, bool], httpx.Response, None]:
        logged_in_now = False
        if not self.logged_in:
            self.store((yield self.login_request(self._base(request)), True))
            logged_in_now = True
        self.apply(request)
        response = yield request, False
        self._rotate(response)
        if response.status_code == 401 and self.can_login and not logged_in_now:
            self.store((yield self.login_request(self._base(request)), True))
            self.apply(request)
            yield request, False

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        outgoing, read = next(flow)
        while True:
            response = yield outgoing
            if read:
                response.read()
            try:
                outgoing, read = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow(request)
        outgoing, read = next(flow)
        while True:
            response = yield outgoing
            if read:
                await response.aread()
            try:
                outgoing, read = flow.send(response)
            except StopIteration:
                return


def create_client(
    api_key: str | Secret | None = None,
    *,
    email: str | None = None,
    password: str | Secret | None = None,
    session: SessionAuth | None = None,
    session_duration: int | None = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> Client:
    """A generated `Client` with Respeecher auth, finite timeouts and retries of idempotent calls.

    Give exactly one of: `api_key`; `email` and `password` (a session, opened on first use);
    `session` (a `SessionAuth` you built, e.g. one resumed from a saved session id and token).
    """
    given = [api_key is not None, email is not None or password is not None, session is not None]
    if sum(given) != 1:
        raise ValueError("give exactly one of: api_key, email and password, session")
    auth: httpx.Auth
    if api_key is not None:
        auth = ApiKeyAuth(api_key)
    else:
        if session is None:
            session = SessionAuth(email=email, password=password, session_duration=session_duration)
        if session.base_url is None:
            session.base_url = base_url
        auth = session
    return configure(Client, base_url=base_url, auth=auth, timeout=timeout, retry=retry)


def session_auth(client: Client | AuthenticatedClient) -> SessionAuth:
    """The `SessionAuth` of a client made by `create_client`; `TypeError` if it uses an API key."""
    auth = client._httpx_args.get("auth")
    if not isinstance(auth, SessionAuth):
        raise TypeError("this client has no session: build it with create_client(email=..., password=...)")
    return auth


def _profile(user: User | None) -> User:
    if user is None:
        raise ProtocolError("POST /api/login: logged in, but the response's `user` is not a user profile")
    return user


def login(client: Client | AuthenticatedClient) -> User:
    """Open the session now (rather than on the first call) and return the user's profile."""
    auth = session_auth(client)
    request = auth.login_request(auth.base_url or client._base_url)
    response = client.get_httpx_client().send(request, auth=None)
    return _profile(auth.store(response))


async def async_login(client: Client | AuthenticatedClient) -> User:
    """Async twin of `login`."""
    auth = session_auth(client)
    request = auth.login_request(auth.base_url or client._base_url)
    response = await client.get_async_httpx_client().send(request, auth=None)
    return _profile(auth.store(response))


def logout(client: Client | AuthenticatedClient) -> None:
    """`POST /api/logout`, then forget the session (even if the server says it had already ended)."""
    auth = session_auth(client)
    try:
        if auth.logged_in:
            call(_logout_endpoint, client)
    except AuthenticationError:
        pass  # the session had already ended: that is what was asked for
    finally:
        auth.clear()


async def async_logout(client: Client | AuthenticatedClient) -> None:
    """Async twin of `logout`."""
    auth = session_auth(client)
    try:
        if auth.logged_in:
            await acall(_logout_endpoint, client)
    except AuthenticationError:
        pass  # the session had already ended: that is what was asked for
    finally:
        auth.clear()

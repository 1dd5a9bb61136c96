"""Remote images: fetching ``http``/``https`` image sources, off unless a render enables it.

``render(..., fetch=FetchPolicy(allow=True))`` (also ``layout()`` and ``ImageResponse``) lets ``<img src>``
and ``background-image: url()`` name ``http(s)`` URLs. Without it (the default) a remote source is a
:class:`FetchError`. When enabled, every request is guarded against server-side request forgery, as
Satori's url-safety is:

- the host is resolved here (``socket.getaddrinfo``) and *every* address it resolves to must be public
  (``ipaddress`` ``is_global``, not multicast; an IPv4-mapped or NAT64-embedded IPv4 address is judged as
  the IPv4 address): loopback, private, link-local, shared, reserved ... are refused unless
  ``allow_private=True`` is given explicitly;
- the connection is made to the checked address itself, sending the original ``Host`` header (and TLS
  SNI / certificate check for ``https``), so a second DNS answer cannot swap in another address
  (DNS rebinding);
- redirects are followed by hand, at most ``max_redirects``, and each hop is checked again (scheme,
  allowlist, addresses);
- ``allow_hosts`` (a set of host names, or a callable ``(host) -> bool``) is asked for every hop;
- ``connect_timeout`` / ``read_timeout`` bound each socket operation, ``max_bytes`` the body (read in
  chunks, so a server cannot send more), and :attr:`Limits.max_fetch_time` the total time all the fetches
  of one render may take.

Only the standard library is used; no proxy from the environment is honoured, no cookies are sent.
Fetched bytes are kept for the rest of the render only (a URL used twice is fetched once), never across
renders.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import Callable, Collection, Union

from .errors import FetchError, LimitError  # noqa: F401 (named in the docstrings: raised by the callers' fail and limit)

__all__ = ["FetchPolicy", "fetch", "is_public_address"]

USER_AGENT = "ogrender (+https://github.com/ogrender)"
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """What a render may fetch. ``allow``: fetch remote images at all (False: every ``http(s)`` source is a
    :class:`FetchError`, as with no policy). ``allow_private``: also fetch from loopback, private,
    link-local and other non-public addresses (only for tests and trusted networks). ``allow_hosts``: None
    (any host), a collection of host names (compared lower-case, without port) or a callable taking the
    host name and returning True to allow it; asked for the first URL and every redirect. ``connect_timeout``
    / ``read_timeout``: seconds for connecting and for each read. ``max_bytes``: bytes of one response body
    (None: ``Limits.max_image_bytes``). ``max_redirects``: redirects followed per image."""

    allow: bool = False
    allow_private: bool = False
    allow_hosts: Union[Collection[str], Callable[[str], bool], None] = None
    connect_timeout: float = 3.0
    read_timeout: float = 5.0
    max_bytes: int | None = None
    max_redirects: int = 3

    def __post_init__(self):
        from .errors import RenderError

        def bad(name, kind):
            raise RenderError(f"{name} must be {kind}, not {getattr(self, name)!r}", prop=f"fetch.{name}")

        for name in ("allow", "allow_private"):
            if not isinstance(getattr(self, name), bool):
                bad(name, "True or False")
        for name in ("connect_timeout", "read_timeout"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                bad(name, "a positive number of seconds")
        if self.max_bytes is not None and (isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int)
                                           or self.max_bytes <= 0):
            bad("max_bytes", "a positive integer or None")
        if isinstance(self.max_redirects, bool) or not isinstance(self.max_redirects, int) or self.max_redirects < 0:
            bad("max_redirects", "an integer >= 0")
        rule = self.allow_hosts
        if rule is not None and not callable(rule) and (isinstance(rule, (bytes, dict))
                                                        or not hasattr(rule, "__iter__")):
            bad("allow_hosts", "None, a collection of host names or a callable (host) -> bool")


def _as_ip(text: str):
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


def is_public_address(address: str) -> bool:
    """True when ``address`` (an IP address string) is a public unicast address that may be fetched from."""
    ip = _as_ip(address)
    if ip is None:
        return False
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:  # 64:ff9b::a.b.c.d carries an IPv4 address: judge that one
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip.teredo is not None:
            ip = ip.teredo[1]
    return bool(ip.is_global) and not ip.is_multicast and not ip.is_unspecified


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _host_allowed(policy: FetchPolicy, host: str) -> bool:
    rule = policy.allow_hosts
    if rule is None:
        return True
    if callable(rule):
        return bool(rule(host))
    if isinstance(rule, str):
        rule = (rule,)
    return host.lower() in {str(h).lower().rstrip(".") for h in rule}


class _Conn(http.client.HTTPConnection):
    """An HTTP connection to a fixed, already checked address, with the original host in ``Host``."""

    def __init__(self, host, port, info, connect_timeout, read_timeout):
        super().__init__(host, port, timeout=read_timeout)
        self._info = info  # (family, sockaddr) from getaddrinfo: connected to as is, no second lookup
        self._connect_timeout = connect_timeout

    def connect(self):
        family, sockaddr = self._info
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(self._connect_timeout)
            sock.connect(sockaddr)
            sock.settimeout(self.timeout)
        except BaseException:
            sock.close()
            raise
        self.sock = sock


class _TLSConn(_Conn):
    default_port = 443

    def connect(self):
        super().connect()
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(self.sock, server_hostname=self.host)


def fetch(url: str, policy: FetchPolicy, *, max_bytes: int, budget: float, fail, limit) -> tuple[bytes, str]:
    """Fetch ``url`` under ``policy``; returns ``(body, content type)``.

    ``budget``: seconds this fetch may take (what is left of :attr:`Limits.max_fetch_time`). ``fail(msg)``
    raises the caller's :class:`FetchError` (naming node path and ``src``), ``limit(msg)`` its
    :class:`LimitError`; neither returns.
    """
    start = time.monotonic()
    deadline = start + budget
    if budget <= 0:
        limit("the time budget for fetching remote images (limits.max_fetch_time) is used up")
    if policy.max_bytes is not None:
        max_bytes = min(max_bytes, policy.max_bytes)
    current = url
    for hop in range(policy.max_redirects + 1):
        status, location, body, ctype = _get(current, policy, max_bytes, deadline, fail, limit,
                                             redirected=hop > 0)
        if status in _REDIRECTS and location:
            current = urllib.parse.urljoin(current, location)
            continue
        if status in _REDIRECTS:
            fail(f"the server answered {status} without a Location")
        if status != 200:
            fail(f"the server answered {status} {http.client.responses.get(status, '')}".rstrip()
                 + (f" (at {current})" if current != url else ""))
        return body, ctype
    fail(f"more than {policy.max_redirects} redirects (max_redirects)")
    raise AssertionError  # fail() raises


def _get(url, policy, max_bytes, deadline, fail, limit, redirected):
    where = f" (redirected to {url})" if redirected else ""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        fail(f"only http and https URLs are fetched, not {scheme or 'a relative URL'!r}{where}")
    if parts.username is not None or parts.password is not None:
        fail(f"URLs with credentials are not fetched{where}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        fail(f"the URL has no host{where}")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        fail(f"the URL has an invalid port{where}")
    try:
        allowed = _host_allowed(policy, host)
    except Exception as exc:  # noqa: BLE001 - the user's hook failed: refuse, saying why
        fail(f"allow_hosts raised {type(exc).__name__}: {exc} for the host {host!r}{where}")
    if not allowed:
        fail(f"the host {host!r} is not allowed (allow_hosts){where}")

    def left(step: float) -> tuple[float, bool]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            limit(f"fetching took longer than the time budget for remote images (limits.max_fetch_time){where}")
        return (remaining, True) if remaining < step else (step, False)

    # Resolve once, check every address, connect to a checked one (no second lookup to rebind).
    dns_timeout, dns_budget = left(policy.connect_timeout)
    outcome = _resolve(host, port, dns_timeout)
    if outcome is None:
        if dns_budget:
            limit(f"fetching took longer than the time budget for remote images (limits.max_fetch_time){where}")
        fail(f"resolving the host {host!r} timed out after {dns_timeout:g} s (connect_timeout){where}")
    if isinstance(outcome, Exception):
        fail(f"cannot resolve the host {host!r} ({outcome}){where}")
    infos = outcome
    targets = list(dict.fromkeys((info[0], info[4]) for info in infos if info[0] in (socket.AF_INET,
                                                                                    socket.AF_INET6)))
    addresses = [sockaddr[0] for _, sockaddr in targets]
    if not addresses:
        fail(f"the host {host!r} has no address{where}")
    if not policy.allow_private:
        bad = [a for a in addresses if not is_public_address(a)]
        if bad:
            fail(f"the host {host!r} resolves to a non-public address ({bad[0]}): loopback, private, link-local "
                 f"and reserved addresses are refused (allow_private=True allows them){where}")

    connect_timeout, connect_budget = left(policy.connect_timeout)
    read_timeout, read_budget = left(policy.read_timeout)
    cls = _TLSConn if scheme == "https" else _Conn
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    conn = None
    last_error: Exception | None = None
    for target in targets:
        conn = cls(host, port, target, connect_timeout, read_timeout)
        try:
            conn.connect()
            break
        except OSError as exc:
            last_error = exc
            conn.close()
            conn = None
    if conn is None:
        if isinstance(last_error, TimeoutError) and connect_budget:
            limit(f"fetching took longer than the time budget for remote images (limits.max_fetch_time){where}")
        if isinstance(last_error, TimeoutError):
            fail(f"connecting to {host!r} timed out after {connect_timeout:g} s (connect_timeout){where}")
        fail(f"cannot connect to {host!r} ({_reason(last_error)}){where}")
    # A server feeding its headers or body a byte at a time never trips a per-read timeout: a watchdog shuts
    # the socket down at the deadline, and what was read is then discarded as over the time budget.
    expired = threading.Event()
    raw = conn.sock

    def stop():
        expired.set()
        try:
            raw.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), stop)
    watchdog.daemon = True
    watchdog.start()
    over_budget = f"fetching took longer than the time budget for remote images (limits.max_fetch_time){where}"
    try:
        try:
            conn.putrequest("GET", path, skip_accept_encoding=True)
            conn.putheader("User-Agent", USER_AGENT)
            conn.putheader("Accept", "image/*,*/*;q=0.8")
            conn.putheader("Accept-Encoding", "identity")
            conn.putheader("Connection", "close")
            conn.endheaders()
            sock = conn.sock  # getresponse() drops it from conn on "Connection: close"; the response reads it
            response = conn.getresponse()
            status = response.status
            ctype = response.getheader("Content-Type", "") or ""
            location = response.getheader("Location") if status in _REDIRECTS else None
            if status != 200:
                return status, location, b"", ctype
            length = response.getheader("Content-Length")
            if length is not None and length.strip().isdigit() and int(length) > max_bytes:
                limit(f"the remote image is {int(length)} bytes, more than the limit of {max_bytes}{where}")
            chunks, total = [], 0
            while True:
                step, read_budget = left(policy.read_timeout)
                sock.settimeout(step)
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    limit(f"the remote image is more than {max_bytes} bytes{where}")
                chunks.append(chunk)
            if expired.is_set():  # the end of the body may be the watchdog's shutdown
                limit(over_budget)
            return status, None, b"".join(chunks), ctype
        except TimeoutError:
            if read_budget or expired.is_set():
                limit(over_budget)
            fail(f"reading from {host!r} timed out after {policy.read_timeout:g} s (read_timeout){where}")
        except (http.client.HTTPException, OSError) as exc:
            if expired.is_set():
                limit(over_budget)
            fail(f"the request to {host!r} failed ({_reason(exc)}){where}")
    finally:
        watchdog.cancel()
        conn.close()


def _resolve(host: str, port: int, timeout: float):
    """``getaddrinfo`` bounded by ``timeout`` (the system resolver has no timeout of its own): the list of
    addresses, the exception it raised, or None when it did not answer in time (the lookup thread is left to
    finish on its own; it holds nothing)."""
    if _as_ip(host) is not None:  # a literal address: no lookup
        try:
            return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            return exc
    result: list = []

    def lookup():
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            result.append(exc)

    thread = threading.Thread(target=lookup, name="ogrender-dns", daemon=True)
    thread.start()
    thread.join(timeout)
    return result[0] if result else None


def _reason(exc) -> str:
    if exc is None:
        return "no address"
    if isinstance(exc, ssl.SSLError):
        return f"TLS: {exc.reason or exc}"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__

"""Remote images (ogrender/fetch.py) against a real HTTP server on 127.0.0.1.

Nothing but 127.0.0.1 is ever contacted: the other addresses below are refused before any connection (the
tests that make a name resolve to them patch ``socket.getaddrinfo`` of the fetch module).
"""

from __future__ import annotations

import io
import socket
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

import ogrender.fetch as fetch_module
from ogrender import (FetchError, FetchPolicy, Font, ImageError, ImageResponse, LimitError, Limits,
                      OgRenderWarning, RenderError, h, layout, render)
from ogrender.fetch import is_public_address


def _png(w=4, h=3) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (w, h), (255, 0, 0, 255)).save(out, "PNG")
    return out.getvalue()


PNG = _png()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # a stuck client cannot hold a server thread

    def log_message(self, *args):  # quiet
        pass

    def _send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        try:
            self._route()
        except (BrokenPipeError, ConnectionResetError):  # the client stopped reading (byte cap, timeout)
            self.close_connection = True

    def _route(self):
        server = self.server
        server.hits.append((self.path, self.headers.get("Host")))
        path = self.path
        if path.startswith("/a.png"):
            self._send(200, PNG, [("Content-Type", "image/png")])
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            if n == 0:
                self._send(200, PNG)
            else:
                self._send(302, headers=[("Location", f"/chain/{n - 1}")])
        elif path.startswith("/to/"):
            self._send(302, headers=[("Location", path[len("/to/"):])])
        elif path == "/big":
            self._send(200, b"\0" * 5000)
        elif path == "/big-unannounced":  # no Content-Length: the cap is applied while reading
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for _ in range(50):
                self.wfile.write(b"\0" * 1000)
        elif path == "/slow":
            time.sleep(3.0)
            self._send(200, PNG)
        elif path == "/drip":  # every read is quick, the whole body is slow
            self.send_response(200)
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            for byte in PNG[:40]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)
        elif path.startswith("/pause"):
            time.sleep(0.35)
            self._send(200, PNG)
        elif path == "/slow-headers":  # a header byte at a time: no single read is slow
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for byte in b"X-Padding: " + b"a" * 60:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)
            self.close_connection = True
        elif path == "/tracking.svg":
            port = server.server_address[1]
            svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                   f'width="10" height="10"><image href="http://127.0.0.1:{port}/tracker.png" width="10" '
                   f'height="10"/><image xlink:href="http://127.0.0.1:{port}/tracker2.png" width="10" '
                   f'height="10"/><rect width="10" height="10" fill="blue"/></svg>').encode()
            self._send(200, svg, [("Content-Type", "image/svg+xml")])
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.hits = []
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def base(server):
    server.hits.clear()
    return f"http://127.0.0.1:{server.server_address[1]}"


LOCAL = FetchPolicy(allow=True, allow_private=True, connect_timeout=5.0, read_timeout=5.0)  # generous: CI is busy


def _img(src):
    return h("div", {"style": {"display": "flex"}}, h("img", {"src": src}))


def _paths(server):
    return [p for p, _ in server.hits]


# -- off by default, and private addresses refused when on -------------------------------------------

def test_refused_by_default(server, base):
    with pytest.raises(FetchError) as info:
        render(_img(base + "/a.png"))
    message = str(info.value)
    assert message.startswith("div > img: src: remote images are not enabled")
    assert f"src='{base}/a.png'" in message
    assert isinstance(info.value, ImageError) and info.value.path == "div > img" and info.value.prop == "src"
    with pytest.raises(FetchError, match="not enabled"):  # a policy that does not allow is the same
        render(_img(base + "/a.png"), fetch=FetchPolicy())
    assert server.hits == []


def test_loopback_refused_when_enabled_without_allow_private(server, base):
    for src in (base + "/a.png", base.replace("127.0.0.1", "localhost") + "/a.png"):
        with pytest.raises(FetchError, match=r"non-public address \(127\.0\.0\.1|non-public address \(::1") as info:
            render(_img(src), fetch=FetchPolicy(allow=True))
        assert info.value.path == "div > img" and src in str(info.value)
    assert server.hits == []


def test_other_spellings_of_loopback_refused(server, base):
    port = server.server_address[1]
    for host in ("2130706433", "0x7f.0.0.1", "127.1", "localhost.", "[::1]", "[::ffff:127.0.0.1]", "0"):
        with pytest.raises(FetchError, match="non-public address|cannot resolve"):
            layout(_img(f"http://{host}:{port}/a.png"), fetch=FetchPolicy(allow=True))
    assert server.hits == []


def test_fetched_when_private_explicitly_allowed(server, base):
    box = layout(_img(base + "/a.png"), fetch=LOCAL)
    img = box.children[0]
    assert (img.width, img.height) == (4, 3)
    png = render(_img(base + "/a.png"), 20, 20, fetch=LOCAL)
    assert Image.open(io.BytesIO(png)).convert("RGBA").getpixel((1, 1)) == (255, 0, 0, 255)
    assert _paths(server) == ["/a.png", "/a.png"]  # one fetch per render, none across renders


def test_a_url_is_fetched_once_per_render(server, base):
    tree = h("div", {"style": {"display": "flex"}}, h("img", {"src": base + "/a.png"}),
             h("img", {"src": base + "/a.png"}))
    render(tree, 20, 20, fetch=LOCAL)
    assert _paths(server) == ["/a.png"]


def test_background_url_fetched_and_refused(server, base):
    tree = h("div", {"style": {"width": "100%", "height": "100%",
                               "backgroundImage": f"url({base}/a.png)"}})
    png = render(tree, 8, 6, fetch=LOCAL)
    assert Image.open(io.BytesIO(png)).convert("RGBA").getpixel((1, 1)) == (255, 0, 0, 255)
    assert _paths(server) == ["/a.png"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render(tree, 8, 6)  # not enabled: the layer is dropped with a warning naming the cause
    assert any(issubclass(w.category, OgRenderWarning) and "remote images are not enabled" in str(w.message)
               for w in caught)
    assert _paths(server) == ["/a.png"]


def test_image_response_takes_the_policy(server, base):
    response = ImageResponse(_img(base + "/a.png"), 20, 20, fetch=LOCAL)
    assert response.status == 200 and response.body.startswith(b"\x89PNG")
    with pytest.raises(FetchError):
        ImageResponse(_img(base + "/a.png"), 20, 20)
    with pytest.raises(RenderError, match="FetchPolicy"):
        render(_img(base + "/a.png"), fetch=True)


# -- redirects ---------------------------------------------------------------------------------------

def _treat_loopback_as_public(monkeypatch):
    """The server is on 127.0.0.1: make only that address count as public, to see what a redirect to a
    private address does when private addresses are not allowed."""
    real = fetch_module.is_public_address
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.1" or real(a))


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/a.png",
                                    "http://[::ffff:10.0.0.1]/a.png", "http://[fe80::1]/a.png",
                                    "http://192.168.1.1:8080/a.png", "http://0.0.0.0/a.png"])
def test_redirect_to_private_address_refused(server, base, monkeypatch, target):
    _treat_loopback_as_public(monkeypatch)
    policy = FetchPolicy(allow=True)
    assert layout(_img(base + "/a.png"), fetch=policy).children[0].width == 4  # the first hop is fine
    with pytest.raises(FetchError, match="non-public address") as info:
        render(_img(base + "/to/" + target), fetch=policy)
    assert "redirected to" in str(info.value) and f"src='{base}/to/" in str(info.value)
    assert info.value.path == "div > img"


def test_redirects_followed_up_to_the_cap(server, base):
    policy = FetchPolicy(allow=True, allow_private=True, max_redirects=3)
    assert layout(_img(base + "/chain/3"), fetch=policy).children[0].width == 4
    assert _paths(server) == ["/chain/3", "/chain/2", "/chain/1", "/chain/0"]
    server.hits.clear()
    with pytest.raises(FetchError, match=r"more than 3 redirects \(max_redirects\)"):
        layout(_img(base + "/chain/4"), fetch=policy)
    assert len(server.hits) == 4  # stopped: the fifth URL was never asked for
    with pytest.raises(FetchError, match="more than 0 redirects"):
        layout(_img(base + "/chain/1"), fetch=FetchPolicy(allow=True, allow_private=True, max_redirects=0))


def test_redirect_to_another_scheme_refused(server, base):
    with pytest.raises(FetchError, match="only http and https"):
        layout(_img(base + "/to/file:///etc/passwd"), fetch=LOCAL)


# -- the allowlist hook ------------------------------------------------------------------------------

def test_allowlist_hook(server, base):
    asked = []

    def only_cdn(host):
        asked.append(host)
        return host == "cdn.example"

    with pytest.raises(FetchError, match=r"the host '127\.0\.0\.1' is not allowed \(allow_hosts\)"):
        layout(_img(base + "/a.png"), fetch=FetchPolicy(allow=True, allow_private=True, allow_hosts=only_cdn))
    assert asked == ["127.0.0.1"] and server.hits == []
    with pytest.raises(FetchError, match="not allowed"):  # a set of host names
        layout(_img(base + "/a.png"), fetch=FetchPolicy(allow=True, allow_private=True, allow_hosts={"cdn.example"}))
    ok = FetchPolicy(allow=True, allow_private=True, allow_hosts={"127.0.0.1"})
    assert layout(_img(base + "/a.png"), fetch=ok).children[0].width == 4


def test_allowlist_asked_on_every_redirect(server, base):
    policy = FetchPolicy(allow=True, allow_private=True, allow_hosts=lambda host: host == "127.0.0.1")
    port = server.server_address[1]
    with pytest.raises(FetchError, match=r"the host 'localhost' is not allowed.*redirected to"):
        layout(_img(f"{base}/to/http://localhost:{port}/a.png"), fetch=policy)
    assert _paths(server) == [f"/to/http://localhost:{port}/a.png"]


# -- DNS: every address checked, the checked address connected to ------------------------------------

def _fake_dns(monkeypatch, table, calls):
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        calls.append(host)
        if host in table:
            return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                    for a in table[host]]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)


def test_a_name_with_any_private_address_is_refused(server, base, monkeypatch):
    calls = []
    _fake_dns(monkeypatch, {"mixed.test": ["93.184.216.34", "127.0.0.1"],
                            "internal.test": ["10.1.2.3"], "v6.test": ["::1"]}, calls)
    port = server.server_address[1]
    for host in ("mixed.test", "internal.test", "v6.test"):
        with pytest.raises(FetchError, match="non-public address"):
            layout(_img(f"http://{host}:{port}/a.png"), fetch=FetchPolicy(allow=True))
    assert server.hits == []


def test_connects_to_the_resolved_address_with_the_original_host(server, base, monkeypatch):
    calls = []
    _fake_dns(monkeypatch, {"images.test": ["127.0.0.1"]}, calls)
    port = server.server_address[1]
    assert layout(_img(f"http://images.test:{port}/a.png"), fetch=LOCAL).children[0].width == 4
    assert calls == ["images.test"]  # resolved once: no second lookup to rebind between check and connect
    assert server.hits == [("/a.png", f"images.test:{port}")]


def test_is_public_address():
    for address in ("127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
                    "0.0.0.0", "255.255.255.255", "224.0.0.1", "198.18.0.1", "::1", "::", "fe80::1%eth0",
                    "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1",
                    "ff02::1", "not an address"):
        assert not is_public_address(address), address
    for address in ("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"):
        assert is_public_address(address), address


# -- caps and timeouts -------------------------------------------------------------------------------

def test_byte_cap(server, base):
    small = FetchPolicy(allow=True, allow_private=True, max_bytes=1000)
    with pytest.raises(LimitError, match=r"the remote image is 5000 bytes, more than the limit of 1000") as info:
        layout(_img(base + "/big"), fetch=small)
    assert info.value.path == "div > img" and f"src='{base}/big'" in str(info.value)
    with pytest.raises(LimitError, match=r"more than 1000 bytes"):
        layout(_img(base + "/big-unannounced"), fetch=small)
    with pytest.raises(LimitError, match=r"more than the limit of 2000"):  # Limits.max_image_bytes caps it too
        layout(_img(base + "/big"), fetch=LOCAL, limits=Limits(max_image_bytes=2000))


def test_slow_server_times_out(server, base):
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s \(read_timeout\)") as info:
        layout(_img(base + "/slow"), fetch=FetchPolicy(allow=True, allow_private=True, read_timeout=0.3))
    assert time.monotonic() - start < 2.5  # not the 3 s the server takes
    assert info.value.path == "div > img" and "/slow'" in str(info.value)


def test_total_fetch_time_budget(server, base):
    start = time.monotonic()
    with pytest.raises(LimitError, match=r"time budget for remote images \(limits.max_fetch_time\)"):
        layout(_img(base + "/drip"), fetch=LOCAL, limits=Limits(max_fetch_time=0.4))
    assert time.monotonic() - start < 1.6  # not the 2 s the body takes


def test_time_budget_holds_against_headers_fed_a_byte_at_a_time(server, base):
    start = time.monotonic()
    with pytest.raises(LimitError, match=r"limits.max_fetch_time"):
        layout(_img(base + "/slow-headers"), fetch=LOCAL, limits=Limits(max_fetch_time=0.5))
    assert time.monotonic() - start < 2.0  # not the 3 s the headers take


def test_time_budget_is_for_the_whole_render(server, base):
    one = h("div", {"style": {"display": "flex"}}, h("img", {"src": base + "/pause?1"}))
    assert layout(one, fetch=LOCAL, limits=Limits(max_fetch_time=0.6)).children[0].width == 4  # one fits
    two = h("div", {"style": {"display": "flex"}}, h("img", {"src": base + "/pause?1"}),
            h("img", {"src": base + "/pause?2"}))
    with pytest.raises(LimitError, match=r"limits.max_fetch_time") as info:  # two together do not
        layout(two, fetch=LOCAL, limits=Limits(max_fetch_time=0.6))
    assert info.value.path == "div > img[2]" and "/pause?2'" in str(info.value)


def test_http_error_status(server, base):
    with pytest.raises(FetchError, match="the server answered 404 Not Found"):
        layout(_img(base + "/missing.png"), fetch=LOCAL)


def test_svg_image_never_fetches_its_references(server, base):
    box = layout(_img(base + "/tracking.svg"), fetch=LOCAL)
    assert box.children[0].width == 10
    render(_img(base + "/tracking.svg"), 20, 20, fetch=LOCAL)
    assert _paths(server) == ["/tracking.svg", "/tracking.svg"]  # never /tracker.png


def test_protocol_relative_and_bad_urls(server, base):
    with pytest.raises(FetchError, match="protocol-relative"):
        layout(_img("//127.0.0.1/a.png"), fetch=LOCAL)
    with pytest.raises(FetchError, match="credentials"):
        layout(_img("http://user:pw@127.0.0.1/a.png"), fetch=LOCAL)
    assert server.hits == []


# -- limits now in Limits ----------------------------------------------------------------------------

def test_font_byte_limit():
    from ogrender.text.fonts import bundled_dir
    data = (bundled_dir() / "inter" / "Inter-Regular.otf").read_bytes()
    with pytest.raises(LimitError, match=r"the font file is \d+ bytes, more than the limit of 1000") as info:
        render(h("div", {}, "x"), 10, 10, [Font("Inter", data)], limits=Limits(max_font_bytes=1000))
    assert info.value.path == "Inter" and info.value.prop == "data"
    with pytest.raises(LimitError, match="max_font_bytes"):
        layout(h("div", {}, "x"), 10, 10, iter([{"name": "Inter", "data": data}]), limits=Limits(max_font_bytes=1000))
    assert layout(h("div", {}, "x"), 10, 10, iter([{"name": "Inter", "data": data}])).width > 0


def test_image_limits_from_limits():
    import base64
    png = _png(40, 30)
    src = "data:image/png;base64," + base64.b64encode(png).decode()
    with pytest.raises(LimitError, match="more than the limit of 100"):
        layout(_img(src), limits=Limits(max_image_bytes=100))
    with pytest.raises(LimitError, match="more than the limit of 1000"):
        layout(_img(png), limits=Limits(max_image_pixels=1000))
    assert layout(_img(png)).children[0].width == 40


def test_allowlist_hook_that_raises_is_a_fetch_error(server, base):
    def broken(host):
        raise KeyError(host)

    with pytest.raises(FetchError, match="allow_hosts raised KeyError"):
        layout(_img(base + "/a.png"), fetch=FetchPolicy(allow=True, allow_private=True, allow_hosts=broken))
    assert server.hits == []


def test_dns_lookup_is_bounded(server, base, monkeypatch):
    def hanging(host, port, *args, **kwargs):
        time.sleep(2.0)
        raise socket.gaierror("too late")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", hanging)
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"resolving the host 'slow-dns.test' timed out after 0\.2 s"):
        layout(_img("http://slow-dns.test/a.png"), fetch=FetchPolicy(allow=True, connect_timeout=0.2))
    assert time.monotonic() - start < 1.6  # not the 2 s the lookup takes
    with pytest.raises(FetchError, match="cannot resolve the host 'nowhere.invalid'"):
        monkeypatch.setattr(fetch_module.socket, "getaddrinfo",
                            lambda *a, **k: (_ for _ in ()).throw(socket.gaierror("Name or service not known")))
        layout(_img("http://nowhere.invalid/a.png"), fetch=FetchPolicy(allow=True))


def test_https_to_a_plain_http_server_is_a_tls_fetch_error(server, base):
    with pytest.raises(FetchError, match=r"cannot connect to '127\.0\.0\.1' \(TLS") as info:
        layout(_img(base.replace("http://", "https://") + "/a.png"), fetch=LOCAL)
    assert info.value.path == "div > img"


def test_fetching_from_threads(server, base):
    from concurrent.futures import ThreadPoolExecutor
    tree = _img(base + "/a.png")
    expected = render(tree, 20, 20, fetch=LOCAL)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda _: render(tree, 20, 20, fetch=LOCAL), range(8)))
    assert got == [expected] * 8
    assert len(server.hits) == 9


def test_bad_options_are_render_errors():
    for kwargs, prop in (({"read_timeout": 0}, "fetch.read_timeout"), ({"connect_timeout": "1"}, "fetch.connect_timeout"),
                         ({"max_bytes": -1}, "fetch.max_bytes"), ({"max_redirects": -1}, "fetch.max_redirects"),
                         ({"allow": "yes"}, "fetch.allow"), ({"allow_hosts": 3}, "fetch.allow_hosts")):
        with pytest.raises(RenderError) as info:
            FetchPolicy(**kwargs)
        assert info.value.prop == prop
    for kwargs, prop in (({"max_image_bytes": 0}, "limits.max_image_bytes"),
                         ({"max_fetch_time": -1.0}, "limits.max_fetch_time"), ({"max_nodes": 1.5}, "limits.max_nodes"),
                         ({"max_font_bytes": True}, "limits.max_font_bytes")):
        with pytest.raises(RenderError) as info:
            Limits(**kwargs)
        assert info.value.prop == prop
    with pytest.raises(RenderError, match="limits must be a Limits object"):
        render(h("div"), 10, 10, limits={"max_nodes": 3})
    assert Limits(max_fetch_time=1).max_fetch_time == 1

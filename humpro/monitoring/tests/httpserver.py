"""A real HTTP server on 127.0.0.1 for poller tests: routes with ETag/304, errors, slow answers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str = ""
    last_modified: str = ""
    delay: float = 0.0
    fail_times: int = 0  # answer 500 this many times first, then normally


@dataclass
class NewsServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    conditional: list[tuple[str, str, str]] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path
                server.hits[path] += 1
                server.user_agents.add(self.headers.get("User-Agent", ""))
                inm, ims = (
                    self.headers.get("If-None-Match", ""),
                    self.headers.get("If-Modified-Since", ""),
                )
                if inm or ims:
                    server.conditional.append((path, inm, ims))
                route = server.routes.get(path)
                if route is None:
                    return self._send(404, b"tidak ada", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.fail_times > 0:
                    route.fail_times -= 1
                    return self._send(500, b"galat server", "text/plain")
                if (
                    route.etag
                    and inm == route.etag
                    or route.last_modified
                    and ims == route.last_modified
                ):
                    self.send_response(304)
                    self.end_headers()
                    return None
                extra = {}
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
                return self._send(route.status, body, route.content_type, extra)

            def _send(
                self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (extra or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

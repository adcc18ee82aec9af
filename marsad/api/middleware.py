"""Request-size limit and security headers, as plain ASGI middleware.

Plain ASGI rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs every response
through an extra task and memory stream, a cost paid on every request and on every piece of an export.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

HEADERS = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"))


def host_name(host_header: str) -> str:
    """`example.org:8000` -> `example.org`, `[::1]:8000` -> `::1`, lower case."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


class LimitsAndHeaders:
    """400 for a Host the server was not started for (a DNS-rebinding page names its own host); 413 for
    a body over `max_body_bytes`, whether announced by Content-Length or streamed in chunks; nosniff,
    Referrer-Policy and the Content-Security-Policy on every response."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, csp: str, allowed_hosts: frozenset[str]) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.csp = csp.encode("latin-1")
        self.allowed_hosts = frozenset(host_name(h) for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if "*" not in self.allowed_hosts and host not in self.allowed_hosts:
            response = error_response(400, "invalid_host", f"this server does not answer for host {host!r}; "
                                      "start it with --allowed-host NAME to serve it under that name")
            await response(scope, receive, send)
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            response = error_response(413, "too_large", f"request body over the {self.max_body_bytes} byte limit")
            await response(scope, receive, send)
            return
        if length is None and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            # Chunked, with no Content-Length to refuse it by: read it here, up to the limit, and hand the
            # app what was read (an error raised while the app reads would become FastAPI's 400).
            replay = await self._read_whole_body(receive)
            if replay is None:
                response = error_response(413, "too_large", f"request body over the {self.max_body_bytes} byte limit")
                await response(scope, receive, send)
                return
            receive = replay

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                extra = [*HEADERS, (b"content-security-policy", self.csp)]
                headers += [(name, value) for name, value in extra if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _read_whole_body(self, receive: Receive) -> Receive | None:
        """A receive that replays the body read here; None when it is over the limit."""
        messages: list[Message] = []
        received = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                return None
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        return replay

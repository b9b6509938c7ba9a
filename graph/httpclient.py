"""A small HTTP client for SPARQL servers: kept-alive connections, retries with backoff on a
refused or dropped connection and on 429/502/503/504, one-line errors naming the URL (never its
credentials, which travel in a header only).

>>> client = Client(retries=0)
>>> client.host_of("http://127.0.0.1:7878/query?x=1")
'http://127.0.0.1:7878/query'
"""
from __future__ import annotations

import http.client
import io
import time
import urllib.parse
from dataclasses import dataclass

from tdkt.errors import StoreError

RETRY_STATUS = {429, 502, 503, 504}


class Unreachable(StoreError):
    """The server could not be reached, after retries."""


@dataclass
class Answer:
    """A response read whole (``stream=False``) or left open for reading (``stream=True``)."""

    status: int
    headers: http.client.HTTPMessage
    body: io.BufferedIOBase

    @property
    def content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def read(self, *args) -> bytes:
        return self.body.read(*args)

    def close(self) -> None:
        self.body.close()


class _Stream(io.RawIOBase):
    """A streamed response body that closes its connection with it."""

    def __init__(self, response: http.client.HTTPResponse, conn: http.client.HTTPConnection):
        self.response, self.conn = response, conn

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self.response.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self.response.close()
            self.conn.close()
        super().close()


class Client:
    """Requests to one or more URLs of a server, over a small pool of kept-alive connections."""

    def __init__(self, *, retries: int = 4, backoff: float = 0.5, timeout: float = 600,
                 headers: dict[str, str] | None = None):
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self.headers = {"User-Agent": "tdkt", **(headers or {})}
        self._idle: dict[tuple[str, str], list[http.client.HTTPConnection]] = {}

    @staticmethod
    def host_of(url: str) -> str:
        """The URL without its query, as messages show it."""
        parts = urllib.parse.urlsplit(url)
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))

    def _connection(self, parts) -> http.client.HTTPConnection:
        idle = self._idle.get((parts.scheme, parts.netloc))
        if idle:
            return idle.pop()
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        return cls(parts.hostname, parts.port, timeout=self.timeout)

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None, *,
                what: str, stream: bool = False) -> Answer:
        """One request; an answer of 400 or more raises :class:`HttpError` after the retries."""
        parts = urllib.parse.urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        headers = {**self.headers, **(headers or {})}
        attempt = 0
        while True:
            delay = self.backoff * 2 ** attempt
            conn = self._connection(parts)
            reused = conn.sock is not None  # a kept-alive connection the server may have closed meanwhile
            try:
                conn.request(method, target, body, headers)
                response = conn.getresponse()
                if response.status >= 400:
                    text = response.read(4000)
                    conn.close()
                    if response.status not in RETRY_STATUS or attempt == self.retries:
                        raise HttpError(self.host_of(url), what, response.status, response.reason, text)
                    after = response.headers.get("Retry-After") or ""
                    delay = max(delay, min(float(after), 30)) if after.isdigit() else delay
                elif stream:
                    return Answer(response.status, response.headers, io.BufferedReader(_Stream(response, conn)))
                else:
                    data = response.read()
                    if response.will_close:
                        conn.close()
                    else:
                        self._idle.setdefault((parts.scheme, parts.netloc), []).append(conn)
                    return Answer(response.status, response.headers, io.BytesIO(data))
            except (ConnectionError, http.client.HTTPException, TimeoutError, OSError) as e:
                conn.close()
                if reused and isinstance(e, (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)):
                    continue  # the server closed an idle connection: at once on a new one, not counted
                if attempt == self.retries:
                    reason = getattr(e, "strerror", None) or e
                    raise Unreachable(f"{self.host_of(url)}: {what}: cannot reach the server "
                                      f"({reason}; tried {self.retries + 1} times)") from None
            attempt += 1
            time.sleep(delay)

    def close(self) -> None:
        for conns in self._idle.values():
            for conn in conns:
                conn.close()
        self._idle.clear()


class HttpError(StoreError):
    """An answer of 400 or more: ``status`` and the first line of the server's text."""

    def __init__(self, url: str, what: str, status: int, reason: str, text: bytes):
        lines = text.decode("utf-8", "replace").strip().splitlines()
        self.url, self.what, self.status = url, what, status
        self.detail = f"HTTP {status} {reason}" + (f": {lines[0][:300]}" if lines else "")
        super().__init__(f"{url}: {what}: {self.detail}")

"""Real SPARQL servers for tests and benchmarks, each on a free loopback port, stopped by its PID.

>>> with OxigraphServer(tmp_dir) as server:  # doctest: +SKIP
...     store = open_store(endpoint=server.endpoint)
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


class Server:
    """A server process: ``endpoint`` is its SPARQL query URL once :meth:`start` returned."""

    endpoint: str
    process: subprocess.Popen | None = None

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self, timeout: float = 60) -> "Server":
        log = open(self.folder / "server.log", "ab")
        self.process = subprocess.Popen(self.command(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.command()[0]} exited: {(self.folder / 'server.log').read_text()[-2000:]}")
            if self.ready():
                self.prepare()
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.command()[0]} did not answer within {timeout} s")

    def ready(self) -> bool:
        try:
            data = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
            with urllib.request.urlopen(urllib.request.Request(self.endpoint, data), timeout=2):
                return True
        except OSError:
            return False

    def prepare(self) -> None:
        """Whatever the server needs after it answers (permissions)."""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class OxigraphServer(Server):
    """``oxigraph serve`` from PyPI's ``oxigraph`` package."""

    def __init__(self, folder, port: int | None = None):
        super().__init__(folder)
        self.port = port or free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/query"

    def command(self) -> list[str]:
        return [oxigraph_binary() or "oxigraph", "serve", "--location", str(self.folder / "data"),
                "--bind", f"127.0.0.1:{self.port}"]


class VirtuosoServer(Server):
    """OpenLink Virtuoso from Debian's ``virtuoso-opensource``, with SPARQL update granted to
    the anonymous SPARQL user (as a private test server may; never do so on a shared one)."""

    def __init__(self, folder):
        super().__init__(folder)
        self.sql_port, self.http_port = free_port(), free_port()
        self.endpoint = f"http://127.0.0.1:{self.http_port}/sparql"

    @staticmethod
    def available() -> bool:
        return shutil.which("virtuoso-t") is not None and VIRTUOSO_INI.exists()

    def command(self) -> list[str]:
        ini = VIRTUOSO_INI.read_text()
        ini = re.sub(r"/var/lib/virtuoso-opensource-7/db/", str(self.folder) + "/", ini)
        ini = re.sub(r"(?m)^(\[Parameters\][^\[]*?)^ServerPort\s*=.*$", rf"\g<1>ServerPort = {self.sql_port}", ini)
        ini = re.sub(r"(?m)^(\[HTTPServer\][^\[]*?)^ServerPort\s*=.*$", rf"\g<1>ServerPort = {self.http_port}", ini)
        ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 100000000", ini)
        ini = re.sub(r"(?m)^MaxQueryExecutionTime\s*=.*$", "MaxQueryExecutionTime = 0", ini)
        (self.folder / "virtuoso.ini").write_text(ini)
        return ["virtuoso-t", "+foreground", "+configfile", str(self.folder / "virtuoso.ini")]

    def prepare(self) -> None:
        sql = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
        subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", f"exec={sql}"], check=True,
                       capture_output=True, timeout=60)


class FaultyProxy:
    """A loopback HTTP proxy in front of a server that misbehaves on purpose: ``rules`` is a list
    of ``(method, url substring, times, action)``; action is a status code to answer instead of
    forwarding, or "drop" to close the connection without an answer. ``seen`` keeps each request's
    (method, path, headers)."""

    def __init__(self, target: str):
        import http.server
        import threading

        self.target = urllib.parse.urlsplit(target)
        self.rules: list[list] = []
        self.seen: list[tuple[str, str, dict]] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.seen.append((self.command, self.path, dict(self.headers)))
                for rule in proxy.rules:
                    method, part, times, action = rule
                    if times and self.command == method and part in urllib.parse.unquote(self.path):
                        rule[2] -= 1
                        if action == "drop":
                            self.close_connection = True
                            self.connection.shutdown(socket.SHUT_RDWR)
                            return
                        self.send_response(action)
                        self.send_header("Content-Length", "7")
                        self.end_headers()
                        self.wfile.write(b"refused")
                        return
                import http.client
                conn = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body, headers)
                answer = conn.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for k, v in answer.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = _any

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.endpoint = f"http://127.0.0.1:{self.port}{self.target.path}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

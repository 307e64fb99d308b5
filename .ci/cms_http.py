"""What the CI scripts that drive the CMS example over HTTP share: a free loopback port
and a small JSON client on the standard library."""

import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call_raw(base, method, path, token=None, body=None, timeout=5, headers=None):
    """Sends `body` as JSON (if any) with a Bearer `token` (if any): (status, raw body)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    if body is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def edit_headers(base, path, token, timeout=5):
    """The `If-Match` a client sends to write to the content item `path` names
    (/api/contents/{id}...): the ETag of its read, as the CMS requires of every write."""
    item = "/".join(path.split("/")[:4])
    request = urllib.request.Request(base + item, method="GET")
    request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return {"if-match": response.headers["etag"]}
    except urllib.error.HTTPError:
        return {}


def call_current(base, method, path, token, body=None, timeout=5):
    """`call`, as a write made from the item's current version (read first)."""
    return call(base, method, path, token, body, timeout, edit_headers(base, path, token, timeout))


def call(base, method, path, token=None, body=None, timeout=5, headers=None):
    """`call_raw`, with the body decoded as JSON (None when empty, text when not JSON)."""
    status, raw = call_raw(base, method, path, token, body, timeout, headers)
    if not raw:
        return status, None
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


class Cms:
    """The CMS example as a child process on a free port, started and healthy."""

    def __init__(self, binary, env, password):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        # A short outbox lease: the claims of a killed dispatcher lapse in 2 s, not 30.
        env = dict(env, PORT=str(self.port), RUST_LOG="warn", CMS_ADMIN_PASSWORD=password, OUTBOX_LEASE_SECS="2")
        self.process = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if call(self.base, "GET", "/healthz", timeout=1)[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"the CMS exited with {self.process.returncode}")
            time.sleep(0.05)
        raise RuntimeError("the CMS did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)

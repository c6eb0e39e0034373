#!/usr/bin/env python3
"""Build the Redress web app (WebAssembly) and serve it on this machine.

    ./serve.py                      # http://127.0.0.1:8000
    ./serve.py --port 8080 --host 0.0.0.0
    ./serve.py --no-build           # serve what is already built
    ./serve.py --no-build --root DIR   # serve a copy of a build (the browser tests' upgrade test)

Serves build/wasm/web only (never the source tree) as deploy/nginx.conf does, from the same rules
(deploy/headers.json): MIME types, a strict Content-Security-Policy, Cache-Control, and each file's
precompressed .br or .gz (made by the build) when the browser accepts it. Ctrl-C stops it cleanly.
"""
import argparse
import email.utils
import functools
import http.server
import os
import subprocess
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import build_tree  # noqa: E402  (tools/ is not a package)
import serving_rules  # noqa: E402

WEB_ROOT = os.path.join(ROOT, "build", "wasm", "web")
REQUIRED = ("index.html", "app.js", "redress_app.js", "redress_app.wasm", "sw.js")

def build():
    """Run set-up, then configure and build the wasm preset. Returns True on success."""
    steps = [
        ["bash", os.path.join(ROOT, "tools", "setup.sh")],
        ["cmake", "--preset", "wasm"],
        ["cmake", "--build", "--preset", "wasm"],
    ]
    if build_tree.forget_other_generator(build_tree.preset_tree("wasm")):
        print("serve.py: build/wasm was made by another CMake generator; building it again", file=sys.stderr)
    for step in steps:
        print("serve.py: " + " ".join(step), file=sys.stderr, flush=True)
        if subprocess.call(step, cwd=ROOT) != 0:
            print("serve.py: the build failed at: " + " ".join(step), file=sys.stderr)
            return False
    return True


class Handler(http.server.SimpleHTTPRequestHandler):
    rules = None  # serving_rules.Rules, set by main()
    vary = False  # whether this response depends on Accept-Encoding

    def send_head(self):
        """Opens the file the request names (index.html for "/") in the encoding the browser
        accepts best, and sends the headers. Returns the open file, or None after an error or 304."""
        self.vary = False
        url_path = urllib.parse.urlsplit(self.path).path
        path = self.translate_path(self.path)
        if os.path.isdir(path) and url_path.endswith("/") and os.path.isfile(os.path.join(path, "index.html")):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):  # directories are never listed
            self.send_error(404, "Not found")
            return None
        variants = [(e, path + serving_rules.SUFFIXES[e]) for e in self.rules.encodings
                    if os.path.isfile(path + serving_rules.SUFFIXES[e])]
        accepted = serving_rules.accepted_encodings(self.headers.get("Accept-Encoding"))
        encoding, body_path = next(((e, p) for e, p in variants if e in accepted), (None, path))
        try:
            body = open(body_path, "rb")
        except OSError:
            self.send_error(404, "Not found")
            return None
        stat = os.fstat(body.fileno())
        modified = email.utils.formatdate(os.stat(path).st_mtime, usegmt=True)
        if self.headers.get("If-Modified-Since") == modified:
            body.close()
            self.vary = bool(variants)
            self.send_response(304)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", self.rules.content_type(path))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.vary = bool(variants)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", modified)
        self.end_headers()
        return body

    def end_headers(self):
        for name, value in self.rules.headers.items():
            self.send_header(name, value)
        if getattr(self, "vary", False):
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", self.rules.cache_control(urllib.parse.urlsplit(self.path).path))
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("REDRESS_QUIET") != "1":
            super().log_message(fmt, *args)


def main():
    parser = argparse.ArgumentParser(description="Build and serve the Redress web app.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    parser.add_argument("--no-build", action="store_true", help="serve the existing build without rebuilding")
    parser.add_argument("--root", default=WEB_ROOT, help="the folder to serve (default build/wasm/web)")
    options = parser.parse_args()

    if not options.no_build and not build():
        return 1
    web_root = os.path.abspath(options.root)
    missing = [name for name in REQUIRED if not os.path.isfile(os.path.join(web_root, name))]
    if missing:
        print("serve.py: the web app is not built (missing " + ", ".join(missing) + " in " + web_root +
              "). Run ./serve.py without --no-build.", file=sys.stderr)
        return 1

    try:
        Handler.rules = serving_rules.load()
    except serving_rules.RulesError as error:
        print("serve.py: " + str(error), file=sys.stderr)
        return 1
    handler = functools.partial(Handler, directory=web_root)
    try:
        server = http.server.ThreadingHTTPServer((options.host, options.port), handler)
    except OSError as error:
        print("serve.py: cannot listen on %s:%d: %s" % (options.host, options.port, error.strerror), file=sys.stderr)
        return 1
    host, port = server.server_address[:2]
    print("Redress is at http://%s:%d/  (Ctrl-C to stop)" % (host if ":" not in host else "[%s]" % host, port), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nserve.py: stopped.", file=sys.stderr)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

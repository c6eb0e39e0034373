#!/usr/bin/env python3
"""Build the Redress web app (WebAssembly) and serve it on this machine.

    ./serve.py                      # http://127.0.0.1:8000
    ./serve.py --port 8080 --host 0.0.0.0
    ./serve.py --no-build           # serve what is already built

Serves build/wasm/web only (never the source tree), with the right MIME types, a strict
Content-Security-Policy and no caching of index.html. Ctrl-C stops it cleanly.
"""
import argparse
import functools
import http.server
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import build_tree  # noqa: E402  (tools/ is not a package)

WEB_ROOT = os.path.join(ROOT, "build", "wasm", "web")
REQUIRED = ("index.html", "app.js", "redress_app.js", "redress_app.wasm")

# Same-origin only, plus 'wasm-unsafe-eval' so the browser may compile WebAssembly.
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


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
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".ttf": "font/ttf",
        ".ttc": "font/collection",
        ".otc": "font/collection",
        ".woff": "font/woff",
        ".woff2": "font/woff2",
        ".ics": "text/calendar; charset=utf-8",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        path = self.path.split("?", 1)[0]
        if path in ("/", "/index.html"):
            self.send_header("Cache-Control", "no-store")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def list_directory(self, path):  # never list directories
        self.send_error(404, "Not found")
        return None

    def log_message(self, fmt, *args):
        if os.environ.get("REDRESS_QUIET") != "1":
            super().log_message(fmt, *args)


def main():
    parser = argparse.ArgumentParser(description="Build and serve the Redress web app.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    parser.add_argument("--no-build", action="store_true", help="serve the existing build without rebuilding")
    options = parser.parse_args()

    if not options.no_build and not build():
        return 1
    missing = [name for name in REQUIRED if not os.path.isfile(os.path.join(WEB_ROOT, name))]
    if missing:
        print("serve.py: the web app is not built (missing " + ", ".join(missing) + " in " + WEB_ROOT +
              "). Run ./serve.py without --no-build.", file=sys.stderr)
        return 1

    handler = functools.partial(Handler, directory=WEB_ROOT)
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

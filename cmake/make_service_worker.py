#!/usr/bin/env python3
"""Writes the service worker: web/sw.js with the build's version and files written into it.

    make_service_worker.py SOURCE OUT WEB_DIR --precache PATH... --lazy PATH...

PATHs are relative to WEB_DIR. BUILD (the line `const BUILD = {};` in SOURCE) becomes
{"version": V, "files": {path: "sha256-..."}, "lazy": [path...]}: V is the first 16 hex digits
of a SHA-256 over every listed file's path and content, so any change to any file gives a new
version and with it a new cache; each file's own SHA-256 is the integrity the worker fetches it
with. The worker is minified by esbuild (node_modules, pinned in package-lock.json), as app.js
is: it is part of the first visit. BUILD's JSON stands on a line of its own ("BUILD=" ends the
line before), where the tests read it.
Any other file in WEB_DIR that no list names is reported: the worker would not keep it, and the
app would fail offline if it needs it.
"""
import base64
import hashlib
import json
import os
import subprocess
import sys

MARKER = "const BUILD = {};"
ESBUILD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "node_modules", ".bin", "esbuild")
NOT_APP_FILES = (".br", ".gz")  # precompressed copies of listed files


def fail(message):
    sys.exit("make_service_worker.py: " + message)


def main():
    args = sys.argv[1:]
    if len(args) < 5 or args[3] != "--precache" or "--lazy" not in args:
        fail("usage: make_service_worker.py SOURCE OUT WEB_DIR --precache PATH... --lazy PATH...")
    source, out, web_dir = args[:3]
    split = args.index("--lazy")
    precache, lazy = args[4:split], args[split + 1:]
    files = {}
    version = hashlib.sha256()
    for path in sorted(precache + lazy):
        try:
            with open(os.path.join(web_dir, path), "rb") as f:
                data = f.read()
        except OSError as error:
            fail("%s: %s (listed in src/wasm/offline.cmake)" % (path, error.strerror))
        digest = hashlib.sha256(data).digest()
        files[path] = "sha256-" + base64.b64encode(digest).decode()
        version.update(path.encode() + b"\0" + digest)
    build = {"version": version.hexdigest()[:16], "files": files, "lazy": sorted(lazy)}

    with open(source, encoding="utf-8") as f:
        text = f.read()
    if text.count(MARKER) != 1:
        fail("%s: expected the line '%s' once, for the build to fill in" % (source, MARKER))
    if not os.path.exists(ESBUILD):
        fail("esbuild is not in node_modules: run tools/setup.sh (it runs npm ci)")
    minified = subprocess.run([ESBUILD, "--minify", "--target=es2020", "--log-level=warning"], input=text,
                              capture_output=True, text=True)
    if minified.returncode != 0:
        fail("esbuild could not minify %s:\n%s" % (source, minified.stderr))
    text = minified.stdout
    if text.count("BUILD={}") != 1:
        fail("esbuild's output no longer has BUILD={} once: cannot write the build's lists into it")
    text = text.replace("BUILD={}", "BUILD=\n%s\n" % json.dumps(build, separators=(",", ":")))
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(out + ".tmp", out)

    listed = set(files) | {os.path.relpath(out, web_dir)}
    for folder, _, names in os.walk(web_dir):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), web_dir).replace(os.sep, "/")
            if path not in listed and not path.endswith(NOT_APP_FILES) and not path.startswith("icons/"):
                print("make_service_worker.py: warning: %s is not in the service worker's lists "
                      "(src/wasm/offline.cmake): it is not kept for offline use" % path, file=sys.stderr)


if __name__ == "__main__":
    main()

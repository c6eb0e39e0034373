#!/usr/bin/env python3
"""Writes the catalogue file: the policies and the law in one file, which the browser fetches after
its first frame instead of carrying them in its WebAssembly (src/shared/rules/catalogue_file.h
reads it and says why; docs/architecture.md).

    make_catalogue_file.py ASSETS OUT PATH...

Each PATH is a file under ASSETS ("policies/halton-housing.json", "law/awaabs-law.json"). Each is
written as a line "PATH LENGTH", then LENGTH bytes, minified as the files compiled into the native
binaries are (cmake/minify_json.py), then a line end.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minify_json import minified  # noqa: E402


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: make_catalogue_file.py ASSETS OUT PATH...")
    assets, target, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = bytearray()
    for path in paths:
        if " " in path or "\n" in path or path.count("/") != 1:
            sys.exit("make_catalogue_file.py: %s: a path must be FOLDER/NAME, with no space or line end" % path)
        with open(os.path.join(assets, path), "rb") as f:
            data = minified(f.read())
        out += b"%s %d\n" % (path.encode("utf-8"), len(data)) + data + b"\n"
    with open(target, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the web app manifest: assets/manifest.json's fields, the theme's colours and the icons.

    make_manifest.py MANIFEST_JSON STYLE_CSS OUT ICON...

Colours: theme_color is the page's link blue and background_color its background, read from the
standard theme's custom properties in web/style.css (--link, --background), so the installed
app's splash screen and title bar match the page. Each ICON is a PNG path ending in
"-<size>-<hash>.png"; it is listed relative to OUT. The output has no spare spaces: it is fetched
on every visit that checks installability.
"""
import json
import os
import re
import sys


def fail(message):
    sys.exit("make_manifest.py: " + message)


def root_colour(css, name, source):
    block = re.search(r":root\s*\{([^}]*)\}", css)
    if not block:
        fail("%s: no :root { ... } block with the theme's colours" % source)
    m = re.search(r"--%s:\s*(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)\s*;" % re.escape(name), block.group(1))
    if not m:
        fail("%s: the first :root block has no --%s: #rgb or #rrggbb" % (source, name))
    return m.group(1).lower()


def main():
    if len(sys.argv) < 5:
        fail("usage: make_manifest.py MANIFEST_JSON STYLE_CSS OUT ICON...")
    source, style, out, icons = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    try:
        with open(source, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        fail("%s: %s" % (source, error))
    for field in ("name", "short_name", "start_url", "display"):
        if not isinstance(manifest.get(field), str):
            fail("%s: %s must be a string" % (source, field))
    with open(style, encoding="utf-8") as f:
        css = f.read()
    manifest["theme_color"] = root_colour(css, "link", style)
    manifest["background_color"] = root_colour(css, "background", style)
    manifest["icons"] = []
    for icon in icons:
        m = re.search(r"-(\d+)-[0-9a-f]+\.png$", icon)
        if not m:
            fail("%s: an icon's name must end in -<size>-<hash>.png" % icon)
        manifest["icons"].append({"src": os.path.relpath(icon, os.path.dirname(out)).replace(os.sep, "/"),
                                  "sizes": "%sx%s" % (m.group(1), m.group(1)), "type": "image/png"})
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")) + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

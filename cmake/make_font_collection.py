#!/usr/bin/env python3
"""Puts a family's regular and bold subsets into one font collection file (TTC, or OTC for CFF
outlines), the regular face first.

    make_font_collection.py OUT REGULAR BOLD

One file rather than two because both are in every first load (bench/page_load.mjs): tables
the faces share are stored once, and one compressed stream over both outlines is about 1.4 KB
smaller than two. Dear ImGui picks a face from a collection by index (ImFontConfig::FontNo;
src/wasm/fonts.cpp), through stb_truetype, which reads collections.
"""
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_font_collection.py OUT REGULAR BOLD")
    out, faces = sys.argv[1], sys.argv[2:]
    collection = TTCollection()
    # recalcTimestamp=False keeps each face's own 'modified' date: fontTools otherwise stamps the
    # time of saving into the head table, and no two builds would give the same bytes.
    collection.fonts = [TTFont(path, recalcTimestamp=False) for path in faces]
    collection.save(out, shareTables=True)
    # Read it back: the app trusts index 0 to be regular and 1 bold.
    check = TTCollection(out)
    if len(check.fonts) != 2:
        sys.exit("%s: expected 2 faces, found %d" % (out, len(check.fonts)))
    for index, (font, path) in enumerate(zip(check.fonts, faces)):
        if font["head"].macStyle & 1 != TTFont(path)["head"].macStyle & 1:
            sys.exit("%s: face %d is not %s" % (out, index, path))


if __name__ == "__main__":
    main()

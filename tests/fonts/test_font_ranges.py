#!/usr/bin/env python3
"""The UI font's characters are listed once, in assets/fonts/ui-unicodes.txt (what the build
subsets Noto Sans to), and src/wasm/fonts.cpp gives Dear ImGui the same ranges: a character in
one and not the other would either be missing from the canvas or cost bytes nobody draws. Every
character listed must also be in both Noto Sans faces the subsets are made from.

Runs under Debian's python3, which has python3-fonttools.
"""
import os
import re
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NOTO = "/usr/share/fonts/truetype/noto/NotoSans-%s.ttf"


def listed():
    code_points = set()
    with open(os.path.join(ROOT, "assets", "fonts", "ui-unicodes.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.fullmatch(r"U\+([0-9A-F]{4})(?:-([0-9A-F]{4}))?", line.strip())
            if m:
                first = int(m.group(1), 16)
                code_points.update(range(first, int(m.group(2) or m.group(1), 16) + 1))
    return code_points


def imgui_ranges():
    with open(os.path.join(ROOT, "src", "wasm", "fonts.cpp"), encoding="utf-8") as f:
        source = f.read()
    body = re.search(r"ranges\[\]\s*=\s*\{([^}]*)\}", source).group(1)
    numbers = [int(n, 16) for n in re.findall(r"0x([0-9A-Fa-f]+)", body)]
    code_points = set()
    for first, last in zip(numbers[0::2], numbers[1::2]):
        code_points.update(range(first, last + 1))
    return code_points


class FontRanges(unittest.TestCase):
    def test_imgui_ranges_match_the_subset(self):
        self.assertTrue(listed())
        self.assertEqual(sorted(imgui_ranges() ^ listed()), [])

    def test_every_listed_character_is_in_both_faces(self):
        from fontTools.ttLib import TTFont
        for face in ("Regular", "Bold"):
            cmap = TTFont(NOTO % face).getBestCmap()
            missing = [hex(c) for c in sorted(listed()) if c not in cmap]
            self.assertEqual(missing, [], face)


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Each face of the UI font has its characters listed once, in assets/fonts/<face>-unicodes.txt
(what the build subsets Noto Sans to), and src/wasm/fonts.cpp gives Dear ImGui the same ranges
for that face: a character in one and not the other would either be missing from the canvas or
cost bytes nobody draws. Every character listed must also be in the Noto Sans face its subset is
made from, and bold's list must be part of regular's (text in bold is also set in regular).

Runs under Debian's python3, which has python3-fonttools.
"""
import os
import re
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NOTO = "/usr/share/fonts/truetype/noto/NotoSans-%s.ttf"
FACES = {"Regular": ("regular-unicodes.txt", "kRegularRanges"), "Bold": ("bold-unicodes.txt", "kBoldRanges")}


def listed(face):
    code_points = set()
    with open(os.path.join(ROOT, "assets", "fonts", FACES[face][0]), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = re.fullmatch(r"U\+([0-9A-F]{4})(?:-([0-9A-F]{4}))?", line.strip())
            if not m:
                raise ValueError("%s: not a range: %r" % (FACES[face][0], line))
            first = int(m.group(1), 16)
            code_points.update(range(first, int(m.group(2) or m.group(1), 16) + 1))
    return code_points


def imgui_ranges(face):
    with open(os.path.join(ROOT, "src", "wasm", "fonts.cpp"), encoding="utf-8") as f:
        source = f.read()
    body = re.search(FACES[face][1] + r"\[\]\s*=\s*\{([^}]*)\}", source).group(1)
    numbers = [int(n, 16) for n in re.findall(r"0x([0-9A-Fa-f]+)", body)]
    code_points = set()
    for first, last in zip(numbers[0::2], numbers[1::2]):
        code_points.update(range(first, last + 1))
    return code_points


class FontRanges(unittest.TestCase):
    def test_imgui_ranges_match_the_subset(self):
        for face in FACES:
            self.assertIn(ord("A"), listed(face), face)
            self.assertEqual(sorted(imgui_ranges(face) ^ listed(face)), [], face)

    def test_bold_is_part_of_regular(self):
        self.assertEqual(sorted(listed("Bold") - listed("Regular")), [])

    def test_every_listed_character_is_in_its_face(self):
        from fontTools.ttLib import TTFont
        for face in FACES:
            cmap = TTFont(NOTO % face).getBestCmap()
            missing = [hex(c) for c in sorted(listed(face)) if c not in cmap]
            self.assertEqual(missing, [], face)


if __name__ == "__main__":
    unittest.main()

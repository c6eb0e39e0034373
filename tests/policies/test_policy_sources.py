#!/usr/bin/env python3
"""Every quote in assets/policies/*.json is really in the source it cites.

Landlord policies quote ../shared/seeds/<file> (named by the policy's "source"); the Code quotes
../shared/docs/code-baseline.md. A quote may skip text with "..." and may restore letters lost in
the PDF extraction in [brackets]; each remaining fragment must appear in the source, compared
with whitespace and quote marks normalised.
"""
import json
import os
import re
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
POLICIES = os.path.join(ROOT, "assets", "policies")


def normalise(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("**", "")
    text = re.sub(r"(^|\s)[-\u2022](?=\s)", " ", text)  # list bullets from the PDF extraction
    return re.sub(r"\s+", " ", text).strip().lower()


def fragments(quote):
    for part in re.split(r"\.\.\.|\[[^\]]*\]", quote):
        part = normalise(part).strip(" .,;:")
        if len(part) >= 8:
            yield part


def quotes(node, path="$"):
    if isinstance(node, dict):
        if "quote" in node:
            yield path, node.get("cite", ""), node["quote"]
        for key, value in node.items():
            yield from quotes(value, path + "." + key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from quotes(value, "%s[%d]" % (path, i))


class PolicySources(unittest.TestCase):
    def test_quotes_are_in_their_sources(self):
        # Each policy's table of test cases (<id>.tests.json) sits beside it and quotes nothing.
        files = sorted(f for f in os.listdir(POLICIES) if f.endswith(".json") and not f.endswith(".tests.json"))
        self.assertGreaterEqual(len(files), 6)  # the five landlords and the Code, at least
        for name in files:
            with open(os.path.join(POLICIES, name), encoding="utf-8") as f:
                policy = json.load(f)
            source_path = os.path.join(SHARED, policy["source"][len("shared/"):])
            with open(source_path, encoding="utf-8") as f:
                source = normalise(f.read())
            checked = 0
            for path, cite, quote in quotes(policy):
                if path.startswith("$.ombudsman"):
                    continue  # the Ombudsman's own routes, quoted from the baseline doc below
                for fragment in fragments(quote):
                    with self.subTest(policy=name, field=path, cite=cite):
                        self.assertTrue(fragment in source, "%r is not in %s" % (fragment, policy["source"]))
                    checked += 1
            self.assertGreater(checked, 10, name)

    def test_ombudsman_routes_match_the_baseline(self):
        with open(os.path.join(POLICIES, "ombudsman-code.json"), encoding="utf-8") as f:
            om = json.load(f)["ombudsman"]
        with open(os.path.join(SHARED, "docs", "code-baseline.md"), encoding="utf-8") as f:
            baseline = normalise(f.read())
        self.assertIn(normalise(om["phone"]), baseline)
        self.assertIn(normalise(om["post"]), baseline)
        self.assertIn(normalise(om["quote"]), baseline)
        self.assertEqual(om["months"], 12)


if __name__ == "__main__":
    unittest.main(verbosity=2)

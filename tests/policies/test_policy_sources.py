#!/usr/bin/env python3
"""Every quote in assets/policies/*.json and assets/law/*.json is really in the source it cites.

Landlord policies quote ../shared/seeds/<file> (named by the policy's "source"); the Code quotes
../shared/docs/code-baseline.md; the law (Awaab's Law) quotes ../shared/docs/awaabs-law.md, and
each of its values (a date, a timescale's count and unit, a phone number) must be in its own
quoted line. A quote may skip text with "..." and may restore letters lost in the PDF extraction
in [brackets]; each remaining fragment must appear in the source, compared with whitespace and
quote marks normalised. A policy's review date is checked against the day it is read to cover.
"""
import calendar
import datetime
import json
import os
import re
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
POLICIES = os.path.join(ROOT, "assets", "policies")
LAW = os.path.join(ROOT, "assets", "law")
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})


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

    def test_review_dates_are_read_kindly(self):
        # "May 2026" covers to 31 May 2026, "2023" to 31 December 2023, "29 June 2025" that day:
        # the reading kindest to the landlord's document still being current.
        for name in sorted(f for f in os.listdir(POLICIES) if f.endswith(".json") and not f.endswith(".tests.json")):
            with open(os.path.join(POLICIES, name), encoding="utf-8") as f:
                policy = json.load(f)
            if policy.get("baseline"):
                self.assertNotIn("review", policy)
                continue
            review = policy["review"]
            with self.subTest(policy=name):
                self.assertIn(review["date"].lower(), normalise(review["quote"]))
                self.assertEqual(review["last_day"], last_day_covered(review["date"]))

    def test_ombudsman_routes_match_the_baseline(self):
        with open(os.path.join(POLICIES, "ombudsman-code.json"), encoding="utf-8") as f:
            om = json.load(f)["ombudsman"]
        with open(os.path.join(SHARED, "docs", "code-baseline.md"), encoding="utf-8") as f:
            baseline = normalise(f.read())
        self.assertIn(normalise(om["phone"]), baseline)
        self.assertIn(normalise(om["post"]), baseline)
        self.assertIn(normalise(om["quote"]), baseline)
        self.assertEqual(om["months"], 12)


def last_day_covered(stated):
    """The last day a date as a policy states it covers: "2023", "Feb 2024", "5 September 2023"."""
    parts = stated.split()
    year = int(parts[-1])
    if len(parts) == 1:
        return "%d-12-31" % year
    month = MONTHS[parts[-2].lower()]
    day = int(parts[0]) if len(parts) == 3 else calendar.monthrange(year, month)[1]
    return datetime.date(year, month, day).isoformat()


class LawSources(unittest.TestCase):
    def setUp(self):
        with open(os.path.join(LAW, "awaabs-law.json"), encoding="utf-8") as f:
            self.law = json.load(f)
        with open(os.path.join(SHARED, "docs", "awaabs-law.md"), encoding="utf-8") as f:
            self.sheet = normalise(f.read())

    def test_quotes_are_lines_of_the_sheet(self):
        self.assertEqual(self.law["source"], "shared/docs/awaabs-law.md")
        checked = 0
        for path, cite, quote in quotes(self.law):
            with self.subTest(field=path, cite=cite):
                self.assertTrue(cite, "no cite")
                for fragment in fragments(quote):
                    self.assertIn(fragment, self.sheet)
                    checked += 1
        self.assertGreater(checked, 25)

    def test_cites_name_the_instrument_and_the_act_as_the_sheet_does(self):
        for path, cite, _ in quotes(self.law):
            if cite.startswith(("Hazards in Social Housing Regulations 2025", "Landlord and Tenant Act 1985")):
                source = re.sub(r" s\.[0-9A-Z, .s]*$", "", cite)
                with self.subTest(field=path):
                    self.assertIn(normalise(source), self.sheet)

    def test_each_value_is_in_its_own_line(self):
        def long_date(iso):
            d = datetime.date.fromisoformat(iso)
            return "%d %s %d" % (d.day, calendar.month_name[d.month], d.year)
        self.assertIn(normalise(long_date(self.law["in_force"]["from"])), normalise(self.law["in_force"]["quote"]))
        for phase in self.law["phases"]:
            self.assertIn(normalise(long_date(phase["from"])), normalise(phase["quote"]))
            for duty in phase["duties"]:
                with self.subTest(duty=duty["deadline"]):
                    unit = duty["unit"].replace("-", " ")
                    self.assertIn("%d %s" % (duty["count"], unit), normalise(duty["quote"]))
        e = self.law["emergency_services"]
        for value in (e["gas_service"], e["gas_phone"], e["life_phone"]):
            self.assertIn(normalise(value), normalise(e["quote"]))
        # Only the first phase is in force; a later one needs its own confirmed date.
        self.assertEqual(self.law["phases"][0]["from"], self.law["in_force"]["from"])


if __name__ == "__main__":
    unittest.main(verbosity=2)

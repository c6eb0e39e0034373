#!/usr/bin/env python3
"""The site's own pages (issue 33), made by cmake/make_site_pages.py from the data files:

- the sources page lists every policy file in assets/policies (and a policy file added to a copy of
  assets/ appears without touching the script), says plainly which were past their own review
  date when Redress last checked them, and lists the bank holidays' one-off changes from the
  calendar's own table;
- the accessibility statement's known limitations are the same list, in the same order, as
  docs/accessibility.md's "Known limitations";
- the free advice page prints only contact details that carry a public source and the date they
  were checked; every phone number on it is one of those;
- each page has one h1, the footer's four links and the GOV.UK statement's headings.

Runs the script into a temporary folder; needs nothing built.
"""
import glob
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "cmake", "make_site_pages.py")
CALENDAR = os.path.join(ROOT, "src", "shared", "calendar", "calendar.cpp")
PAGES = ("accessibility.html", "privacy.html", "sources.html", "advice.html")


def generate(assets, out):
    result = subprocess.run([sys.executable, SCRIPT, assets, CALENDAR, out], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError("make_site_pages.py failed: " + result.stderr)


def policy_files(assets):
    return sorted(f for f in glob.glob(os.path.join(assets, "policies", "*.json")) if not f.endswith(".tests.json"))


class Outline(html.parser.HTMLParser):
    """Headings, footer links and the elements with the data attributes the tests read."""

    def __init__(self):
        super().__init__()
        self.stack, self.h1, self.headings, self.footer, self.data = [], 0, [], [], []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append(tag)
        if tag == "h1":
            self.h1 += 1
        if tag in ("h1", "h2", "h3"):
            self._heading = [tag, ""]
        if tag == "a" and "footer" in self.stack:
            self.footer.append(a.get("href"))
        for key, value in a.items():
            if key.startswith("data-"):
                self.data.append((key, value))

    def handle_endtag(self, tag):
        if self._heading and tag == self._heading[0]:
            self.headings.append((tag, self._heading[1].strip()))
            self._heading = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data


def outline(path):
    o = Outline()
    with open(path, encoding="utf-8") as f:
        o.feed(f.read())
    return o


class SitePages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.out = os.path.join(cls.tmp, "web")
        generate(os.path.join(ROOT, "assets"), cls.out)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def read(self, name):
        with open(os.path.join(self.out, name), encoding="utf-8") as f:
            return f.read()

    def test_each_page_has_one_h1_and_the_footer(self):
        for name in PAGES:
            o = outline(os.path.join(self.out, name))
            self.assertEqual(o.h1, 1, name)
            self.assertEqual(o.footer, ["advice.html", "sources.html", "privacy.html", "accessibility.html"], name)
            self.assertNotIn("{", self.read(name).split("<body", 1)[1].replace("{}", ""), name)

    def test_sources_lists_every_policy_file(self):
        listed = [v for k, v in outline(os.path.join(self.out, "sources.html")).data if k == "data-policy"]
        files = policy_files(os.path.join(ROOT, "assets"))
        self.assertGreaterEqual(len(files), 6)
        for path in files:
            with open(path, encoding="utf-8") as f:
                policy = json.load(f)
            self.assertIn(policy["id"], listed, "%s is missing from the sources page" % os.path.basename(path))
            self.assertIn(policy["document"].replace("'", "&#x27;"), self.read("sources.html"))
        self.assertEqual(len(listed), len(files))

    def test_a_policy_file_added_to_assets_appears_on_the_sources_page(self):
        with tempfile.TemporaryDirectory() as tmp:
            assets = os.path.join(tmp, "assets")
            shutil.copytree(os.path.join(ROOT, "assets"), assets)
            with open(os.path.join(assets, "policies", "halton-housing.json"), encoding="utf-8") as f:
                policy = json.load(f)
            policy.update(id="new-landlord", name="New Landlord", short_name="New Landlord", document="New Complaints Policy")
            policy["review"].update(date="January 2099", last_day="2099-01-31")
            with open(os.path.join(assets, "policies", "new-landlord.json"), "w", encoding="utf-8") as f:
                json.dump(policy, f)
            generate(assets, os.path.join(tmp, "web"))
            data = outline(os.path.join(tmp, "web", "sources.html")).data
            self.assertIn(("data-policy", "new-landlord"), data)
            # Its review date is still to come, so it is not called out of date.
            self.assertNotIn(("data-past-review", "new-landlord"), data)

    def test_policies_past_their_review_date_are_said_to_be(self):
        with open(os.path.join(ROOT, "assets", "pages", "sources.json"), encoding="utf-8") as f:
            checked = json.load(f)["checked"]
        data = outline(os.path.join(self.out, "sources.html")).data
        for path in policy_files(os.path.join(ROOT, "assets")):
            with open(path, encoding="utf-8") as f:
                policy = json.load(f)
            past = "review" in policy and policy["review"]["last_day"] < checked
            self.assertEqual(("data-past-review", policy["id"]) in data, past, policy["id"])
        self.assertIn("was past its own review date (May 2026) when Redress last checked it", self.read("sources.html"))

    def test_sources_name_the_code_scheme_regulations_and_bank_holidays(self):
        page = self.read("sources.html")
        for source in ("scheme", "regulations", "bank-holidays"):
            self.assertIn('data-source="%s"' % source, page)
        self.assertIn("Housing Ombudsman Complaint Handling Code", page)
        with open(CALENDAR, encoding="utf-8") as f:
            rows = len(re.findall(r'^\s*\{\d{4}, "', f.read().split("kOneOffs", 1)[1].split("}};", 1)[0], re.M))
        self.assertGreaterEqual(rows, 10)
        listed = page.split('data-source="bank-holidays"', 1)[1].split("</section>", 1)[0].count("<li>")
        self.assertEqual(listed, rows)
        self.assertIn("19 September 2022: Bank Holiday for the State Funeral of Queen Elizabeth II", page)

    def test_known_limitations_match_docs(self):
        with open(os.path.join(ROOT, "docs", "accessibility.md"), encoding="utf-8") as f:
            section = f.read().split("## Known limitations", 1)[1].split("\n## ", 1)[0]
        documented = re.findall(r"^- `([a-z-]+)`", section, re.M)
        stated = [v for k, v in outline(os.path.join(self.out, "accessibility.html")).data if k == "data-limitation"]
        self.assertGreaterEqual(len(stated), 1)
        self.assertEqual(stated, documented)
        page = self.read("accessibility.html")
        self.assertIn("does not follow your own text spacing", page)
        self.assertIn("The HTML view does.", page)

    def test_accessibility_statement_follows_the_model(self):
        headings = [text for _, text in outline(os.path.join(self.out, "accessibility.html")).headings]
        for heading in ("How accessible this website is", "Reporting accessibility problems with this website",
                        "Enforcement procedure", "Technical information about this website's accessibility",
                        "Compliance status", "Non-accessible content", "Preparation of this accessibility statement"):
            self.assertIn(heading, headings)
        page = self.read("accessibility.html")
        self.assertIn("Web Content Accessibility Guidelines version 2.2 AA standard", page)
        self.assertRegex(page, r'last reviewed on <span id="last-reviewed">\d{1,2} [A-Z][a-z]+ \d{4}</span>')

    def test_privacy_names_every_store_and_the_delete_button(self):
        page = self.read("privacy.html")
        for store in ("sessionStorage", "localStorage", "Cache Storage", "IndexedDB", "service worker"):
            self.assertIn(store, page)
        for id_ in ("delete-everything", "delete-yes", "delete-no", "delete-done"):
            self.assertIn('id="%s"' % id_, page)

    def test_advice_contacts_are_cited_and_only_cited_numbers_are_printed(self):
        with open(os.path.join(ROOT, "assets", "pages", "advice.json"), encoding="utf-8") as f:
            advice = json.load(f)
        self.assertRegex(advice["checked"], r"^\d{4}-\d{2}-\d{2}$")
        phones = set()
        for org in advice["organisations"]:
            self.assertTrue(any(s["url"].startswith("http") for s in org["sources"]), org["id"])
            phones |= {c["value"] for c in org["contacts"] if c["kind"] == "Phone"}
        ids = [org["id"] for org in advice["organisations"]]
        self.assertEqual(ids, ["housing-ombudsman", "shelter", "citizens-advice", "lgsco"])
        page = self.read("advice.html")
        printed = set(re.findall(r"\b0\d{3} ?\d{3} ?\d{4}\b", re.sub(r"<[^>]+>", " ", page)))
        self.assertEqual(printed, phones)
        self.assertIn("0300 111 3000", phones)


if __name__ == "__main__":
    unittest.main(verbosity=2)

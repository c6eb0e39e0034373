#!/usr/bin/env python3
"""The documents `redress letter` writes, checked against their sources and by real parsers.

Run by ctest with the redress binary: tests/documents/test_documents.py build/native/redress
It needs Debian's python3-html5lib and python3-icalendar, so it runs under /usr/bin/python3.

- Golden files (golden/<case>-<kind>.txt) for every kind of document for two landlords. Each was
  read line by line against the policy it cites when it was written; the checks below hold them
  to it mechanically: every quote is in the cited source, every clause cited exists in the policy
  data, and every date sentence is recounted here with the official bank holiday list.
  REDRESS_UPDATE_GOLDEN=1 rewrites them; review the diff line by line before committing.
- HTML through html5lib's strict parser; iCalendar through python3-icalendar.
- Redress's own wording reads at a reading age of about 9 to 11 (Flesch-Kincaid grade <= 6).
- Text in Urdu, Bengali, Hindi, Chinese and Polish, and emoji, come out unchanged in every format.
"""
import datetime
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import html5lib
import icalendar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
REDRESS = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native", "redress")
CASES = os.path.join(HERE, "cases")
GOLDEN = os.path.join(HERE, "golden")

# (case, kind) pairs with a golden file: every kind, for Halton Housing and Together Housing.
GOLDEN_DOCUMENTS = [(landlord + "-" + case, kind)
                    for landlord in ("halton", "together")
                    for case, kinds in (("new", ("stage1", "service-request", "consent", "representation")),
                                        ("late", ("discretion",)),
                                        ("answered", ("stage2", "ombudsman")))
                    for kind in kinds]

# England and Wales bank holidays, from https://www.gov.uk/bank-holidays (independent of the
# calendar under test).
BANK_HOLIDAYS = {datetime.date.fromisoformat(d) for d in (
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")}

WORLD_TEXT = {
    "urdu": "\u0645\u06cc\u0631\u06d2 \u06af\u06be\u0631 \u0645\u06cc\u06ba \u0646\u0645\u06cc \u06c1\u06d2",
    "bengali": "\u0986\u09ae\u09be\u09b0 \u09ac\u09be\u09a1\u09bc\u09bf\u09a4\u09c7 \u09b8\u09cd\u09af\u09be\u0981\u09a4\u09b8\u09c7\u0981\u09a4\u09c7",
    "hindi": "\u092e\u0947\u0930\u0947 \u0918\u0930 \u092e\u0947\u0902 \u0938\u0940\u0932\u0928",
    "chinese": "\u6211\u7684\u5367\u5ba4\u6f0f\u6c34\uff0c\u5899\u4e0a\u53d1\u9709",
    "polish": "Wilgo\u0107 w sypialni, \u017c\u00f3\u0142te \u015bciany",
    "emoji": "\U0001f3e0\U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467",
}


def run(*args, stdin=None):
    result = subprocess.run([REDRESS, *args], input=stdin, capture_output=True, timeout=60)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def letter(case_name, kind, fmt="text", *extra):
    code, out, err = run("letter", os.path.join(CASES, case_name + ".json"), "--kind", kind, "--format", fmt, *extra)
    if code != 0:
        raise AssertionError("redress letter %s %s failed: %s" % (case_name, kind, err))
    return out


def normalise(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("**", "")
    text = re.sub(r"(^|\s)[-\u2022](?=\s)", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def load_policies():
    policies = {}
    folder = os.path.join(ROOT, "assets", "policies")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            policy = json.load(f)
        policies[policy["id"]] = policy
    return policies


def all_cites(node):
    if isinstance(node, dict):
        for key in ("cite", "code_cite"):
            if key in node:
                yield node[key]
        for value in node.values():
            yield from all_cites(value)
    elif isinstance(node, list):
        for value in node:
            yield from all_cites(value)


def parse_long_date(text):
    return datetime.datetime.strptime(text, "%A %d %B %Y").date()


def add_working_days(start, n):
    day = start
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in BANK_HOLIDAYS:
            n -= 1
    return day


def add_days(start, n, unit):
    """N working days (weekends and bank holidays skipped) or N calendar days after `start`."""
    return add_working_days(start, n) if unit == "working days" else start + datetime.timedelta(days=n)


LONG_DATE = r"((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4})"


class Goldens(unittest.TestCase):
    def test_documents_match_their_golden_files(self):
        update = os.environ.get("REDRESS_UPDATE_GOLDEN") == "1"
        for case_name, kind in GOLDEN_DOCUMENTS:
            with self.subTest(case=case_name, kind=kind):
                text = letter(case_name, kind)
                path = os.path.join(GOLDEN, "%s-%s.txt" % (case_name, kind))
                if update:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
                with open(path, encoding="utf-8") as f:
                    expected = f.read()
                for number, (got, want) in enumerate(zip(text.split("\n"), expected.split("\n")), start=1):
                    self.assertEqual(got, want, "line %d of %s" % (number, path))
                self.assertEqual(text, expected)

    def test_every_quote_is_in_the_source_it_cites(self):
        policies = load_policies()
        with open(os.path.join(SHARED, "docs", "code-baseline.md"), encoding="utf-8") as f:
            code_text = normalise(f.read())
        checked = 0
        for case_name, kind in GOLDEN_DOCUMENTS:
            with open(os.path.join(CASES, case_name + ".json"), encoding="utf-8") as f:
                policy = policies[json.load(f)["landlord"]]
            with open(os.path.join(SHARED, policy["source"][len("shared/"):]), encoding="utf-8") as f:
                seed = normalise(f.read())
            with open(os.path.join(GOLDEN, "%s-%s.txt" % (case_name, kind)), encoding="utf-8") as f:
                lines = f.read().split("\n")
            for line in lines:
                m = re.fullmatch(r"\u201c(.+)\u201d \((.+)\)", line)
                if not m:
                    continue
                quote, cite = m.groups()
                source = code_text if cite.startswith(("Code", "Housing Ombudsman")) else seed
                for part in re.split(r"\.\.\.|\[[^\]]*\]", quote):
                    part = normalise(part).strip(" .,;:")
                    if len(part) >= 8:
                        with self.subTest(case=case_name, kind=kind, cite=cite):
                            self.assertIn(part, source)
                            checked += 1
        self.assertGreater(checked, 50)

    def test_every_clause_cited_exists_in_the_policy_data(self):
        policies = load_policies()
        for case_name, kind in GOLDEN_DOCUMENTS:
            with open(os.path.join(CASES, case_name + ".json"), encoding="utf-8") as f:
                policy = policies[json.load(f)["landlord"]]
            known = set(all_cites(policy))
            code_known = {c for p in policies.values() for c in all_cites(p) if c.startswith("Code")}
            with open(os.path.join(GOLDEN, "%s-%s.txt" % (case_name, kind)), encoding="utf-8") as f:
                text = f.read()
            prefix = policy["short_name"] + " policy "
            for cite in re.findall(re.escape(prefix) + r"([^()]+(?:\([^()]*\))?)\)", text):
                with self.subTest(case=case_name, kind=kind, cite=cite):
                    self.assertIn(cite.strip(), known)
            for cite in re.findall(r"\((Code [0-9.]+(?:, [0-9.]+)*)\)", text):
                with self.subTest(case=case_name, kind=kind, cite=cite):
                    self.assertIn(cite, code_known)

    def test_every_date_sentence_recounts(self):
        counted = 0
        for case_name, kind in GOLDEN_DOCUMENTS:
            with open(os.path.join(GOLDEN, "%s-%s.txt" % (case_name, kind)), encoding="utf-8") as f:
                text = f.read()
            previous_due = None
            for line in text.split("\n"):
                m = re.search(r"by " + LONG_DATE + r"\. That is (\d+) (working days|days) after (" + LONG_DATE[1:-1] +
                              r"|the day you should acknowledge it)", line)
                if m:
                    due, count, unit, anchor = parse_long_date(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
                    start = previous_due if anchor.startswith("the day") else parse_long_date(anchor)
                    with self.subTest(case=case_name, kind=kind, line=line[:60]):
                        self.assertEqual(add_days(start, count, unit), due)
                        counted += 1
                    previous_due = due
                m = re.search(r"answer by " + LONG_DATE + r": (\d+) (working days|days) more at most", line)
                if m:
                    with self.subTest(case=case_name, kind=kind, line=line[:60]):
                        self.assertEqual(add_days(previous_due, int(m.group(2)), m.group(3)), parse_long_date(m.group(1)))
                        counted += 1
                for name, day in re.findall(r"(Christmas Day|Boxing Day|New Year\u2019s Day) \(" + LONG_DATE + r"\)", line):
                    self.assertIn(parse_long_date(day), BANK_HOLIDAYS)
        self.assertGreaterEqual(counted, 12)


# Flesch-Kincaid grade over Redress's own wording (blocks with origin "fixed"). UK reading age
# is about the US grade plus 5, so a reading age of 9 to 11 is grade 4 to 6.
def syllables(word):
    word = word.lower()
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def fk_grade(text):
    sentences = max(1, len(re.findall(r"[.!?:](?:\s|$)", text)))
    words = re.findall(r"[A-Za-z][A-Za-z']*", text)
    if not words:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syl / len(words) - 15.59


class Readability(unittest.TestCase):
    def test_syllable_counter_and_grade_can_tell_easy_from_hard(self):
        self.assertLess(fk_grade("The cat sat on the mat. It was a good day."), 2)
        self.assertGreater(fk_grade("Notwithstanding contractual obligations, the organisation's complaints "
                                    "administration necessitates comprehensive documentation."), 12)

    def test_fixed_wording_reads_at_age_9_to_11(self):
        for case_name, kind in GOLDEN_DOCUMENTS:
            doc = json.loads(letter(case_name, kind, "json"))["documents"][0]
            # Sentences only: paragraphs and list items, not headings, address lines or the form's
            # lines to sign. A date is read as one unit and a clause reference in brackets is not
            # prose, so both are taken out before scoring; the rest is scored as written.
            fixed = [b["text"] for b in doc["blocks"]
                     if b["origin"] == "fixed" and b["type"] in ("paragraph", "item")]
            text = " ".join(t if t.rstrip().endswith((".", ":", ",", "?")) else t + "." for t in fixed)
            text = re.sub(r"\([^()]*(?:\([^()]*\))?[^()]*\)", "", text)
            text = re.sub(LONG_DATE, "that day", text)
            grade = fk_grade(text)
            with self.subTest(case=case_name, kind=kind, grade=round(grade, 1)):
                self.assertLessEqual(grade, 6.0)


class Formats(unittest.TestCase):
    def test_html_is_well_formed_and_escapes_the_tenants_text(self):
        case = {"landlord": "halton-housing", "today": "2025-12-12",
                "complainant": {"name": "<script>alert('x')</script>", "address": "1 \"Quoted\" Row & Co"},
                "issue": {"event_date": "2025-11-01", "summary": "</p><b>bold</b> & \"quotes\"",
                          "details": "line one\nline two"}}
        code, out, err = run("letter", "-", "--format", "html", stdin=json.dumps(case).encode())
        self.assertEqual(code, 0, err)
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        doc = parser.parse(out)  # raises on any parse error
        self.assertEqual(doc.get("lang"), "en-GB")
        self.assertIsNone(doc.find(".//script"))
        self.assertIsNone(doc.find(".//b"))
        text = "".join(doc.find("body").itertext())
        self.assertIn("<script>alert('x')</script>", text)
        self.assertIn("</p><b>bold</b> & \"quotes\"", text)
        self.assertIn("line one\nline two", text)

    def test_every_golden_document_parses_as_html(self):
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        for case_name, kind in GOLDEN_DOCUMENTS:
            with self.subTest(case=case_name, kind=kind):
                doc = parser.parse(letter(case_name, kind, "html"))
                self.assertEqual(len(doc.findall(".//h1")), 1)
                self.assertIn("size: A4", doc.find(".//style").text)
                large = parser.parse(letter(case_name, kind, "html", "--large-print"))
                size = re.search(r"html \{[^}]*font-size: (\d+)pt", large.find(".//style").text)
                self.assertGreaterEqual(int(size.group(1)), 16)

    def test_calendar_parses_with_an_event_and_alarm_per_deadline(self):
        # Halton, a complaint sent today (Friday 12 December 2025).
        raw = letter("halton-new", "stage1", "ics")
        self.assertTrue(raw.endswith("\r\n"))
        for physical in raw.encode("utf-8").split(b"\r\n"):
            self.assertLessEqual(len(physical), 75)
        cal = icalendar.Calendar.from_ical(raw)
        events = [c for c in cal.walk("VEVENT")]
        check = json.loads(run("check", os.path.join(CASES, "halton-new.json"))[1])
        starts = sorted(e.decoded("DTSTART") for e in events)
        # The same dates as the letter gives (recounted by Goldens.test_every_date_sentence_recounts).
        # The complaint goes today, so the time limit no longer needs a reminder.
        with open(os.path.join(GOLDEN, "halton-new-stage1.txt"), encoding="utf-8") as f:
            letter_dates = {parse_long_date(d) for d in re.findall(r"answer by " + LONG_DATE + "|acknowledge this complaint by " +
                                                                    LONG_DATE, f.read()) for d in d if d}
        self.assertEqual(len(letter_dates), 3)
        self.assertEqual(set(starts), letter_dates)
        self.assertNotIn(datetime.date.fromisoformat(check["time_limit"]["ends"]), starts)
        for e in events:
            self.assertIsInstance(e.decoded("DTSTART"), datetime.date)
            self.assertEqual(e.decoded("DTEND") - e.decoded("DTSTART"), datetime.timedelta(days=1))
            alarms = [a for a in e.walk("VALARM")]
            self.assertEqual(len(alarms), 1)
            self.assertEqual(alarms[0].decoded("TRIGGER"), -datetime.timedelta(hours=15))
            self.assertIn("Water is leaking through the kitchen ceiling.", str(e.get("DESCRIPTION")))

    def test_calendar_before_sending_reminds_of_the_time_limit(self):
        cal = icalendar.Calendar.from_ical(letter("halton-new", "service-request", "ics"))
        starts = [e.decoded("DTSTART") for e in cal.walk("VEVENT")]
        check = json.loads(run("check", os.path.join(CASES, "halton-new.json"))[1])
        self.assertEqual(starts, [datetime.date.fromisoformat(check["time_limit"]["ends"])])

    def test_case_file_round_trips_through_the_command(self):
        first = letter("halton-answered", "stage2", "json")
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            f.write(first)
        try:
            code, second, err = run("letter", f.name, "--kind", "stage2", "--format", "json")
        finally:
            os.unlink(f.name)
        self.assertEqual(code, 0, err)
        self.assertEqual(first, second)
        data = json.loads(first)
        self.assertEqual(data["format"], "redress-case-file")
        self.assertEqual(data["schema"], 1)
        with open(os.path.join(CASES, "halton-answered.json"), encoding="utf-8") as f:
            original = json.load(f)
        self.assertEqual(data["case"]["process"]["unresolved"], original["process"]["unresolved"])
        self.assertEqual(data["documents"][0]["text"], letter("halton-answered", "stage2"))

    def test_mailto_only_when_an_email_is_published(self):
        doc = json.loads(letter("halton-late", "discretion", "json"))["documents"][0]
        self.assertTrue(doc["mailto"].startswith("mailto:info@haltonhousing.org?subject="))
        doc = json.loads(letter("together-late", "discretion", "json"))["documents"][0]
        self.assertNotIn("mailto", doc)


class WorldText(unittest.TestCase):
    def case(self):
        return {"landlord": "kirklees-homes-neighbourhoods", "today": "2025-12-12",
                "complainant": {"name": WORLD_TEXT["urdu"], "address": WORLD_TEXT["bengali"]},
                "representative": {"kind": "mp", "name": WORLD_TEXT["polish"]},
                "issue": {"event_date": "2025-11-01", "summary": WORLD_TEXT["chinese"] + " " + WORLD_TEXT["emoji"],
                          "details": WORLD_TEXT["hindi"], "outcome_sought": WORLD_TEXT["polish"]}}

    def output(self, kind, fmt):
        code, out, err = run("letter", "-", "--kind", kind, "--format", fmt, stdin=json.dumps(self.case()).encode())
        self.assertEqual(code, 0, err)
        return out

    def test_text_html_json_keep_every_script(self):
        for kind in ("representation", "consent", "stage1", "ombudsman"):
            text = self.output(kind, "text")
            page = "".join(html5lib.HTMLParser(namespaceHTMLElements=False).parse(self.output(kind, "html")).itertext())
            data = json.loads(self.output(kind, "json"))
            for script, words in WORLD_TEXT.items():
                if kind == "consent" and script in ("hindi", "bengali"):
                    continue  # the declaration names the complaint, not its details or address
                with self.subTest(kind=kind, script=script):
                    self.assertIn(words, text)
                    self.assertIn(words, page)
                    self.assertIn(words, data["documents"][0]["text"])
            self.assertEqual(data["case"]["complainant"]["name"], WORLD_TEXT["urdu"])

    def test_calendar_keeps_every_script(self):
        cal = icalendar.Calendar.from_ical(self.output("stage1", "ics"))
        for e in cal.walk("VEVENT"):
            self.assertIn(WORLD_TEXT["chinese"] + " " + WORLD_TEXT["emoji"], str(e.get("DESCRIPTION")))


class Errors(unittest.TestCase):
    def assert_refused(self, args, stdin, *words):
        code, out, err = run("letter", *args, stdin=stdin)
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1, err)
        for word in words:
            self.assertIn(word, err)

    def test_bad_options_and_unsuitable_kinds(self):
        case = open(os.path.join(CASES, "halton-late.json"), "rb").read()
        self.assert_refused(["-", "--kind", "letter"], case, "--kind", "stage1, stage2")
        self.assert_refused(["-", "--format", "pdf"], case, "--format", "text, html, json, ics")
        self.assert_refused(["-", "--kind"], case, "--kind needs a value")
        self.assert_refused(["-", "--kind", "consent"], case, "consent", "representative.kind")
        self.assert_refused(["-", "--kind", "stage2"], case, "process.stage1_submitted")
        self.assert_refused(["-", "--bogus"], case, "unknown option")

    def test_bad_case_files(self):
        self.assert_refused(["-"], b'{"format":"redress-case-file","schema":9,"case":{}}', "schema", "version 9")
        self.assert_refused(["-"], b'{"format":"redress-case-file","schema":1,"case":{"landlord":"hhal"}}',
                            "case.issue", "required")
        self.assert_refused(["-"], b'{"format":"redress-case-file"', "not valid JSON")
        self.assert_refused(["-"], b"\xff\xfe", "UTF-8")


if __name__ == "__main__":
    unittest.main(verbosity=1)

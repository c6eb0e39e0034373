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
# new: a complaint made with an advocate (Halton, consent not yet given) or a relative (Together,
# consent given by word of mouth); first: the first time the tenant asks; late: outside the time
# limit; answered: after the final answer; overdue: no stage 1 answer, with an MP acting; hazard:
# a hazard under Awaab's Law (Together: damp and mould the tenant reported by phone; Halton: live
# wires on Christmas Eve, reported by a support worker with the tenant's written consent).
GOLDEN_DOCUMENTS = [(landlord + "-" + case, kind)
                    for landlord in ("halton", "together")
                    for case, kinds in (("new", ("stage1", "consent", "representation")),
                                        ("first", ("service-request",)),
                                        ("late", ("discretion",)),
                                        # after the final answer, no stage 2 request (issue 27)
                                        ("answered", ("ombudsman",)),
                                        ("overdue", ("chaser", "stage2", "ombudsman")),
                                        ("hazard", ("hazard-report", "stage1", "representation")))
                    for kind in kinds if (case, kind) != ("hazard", "representation") or landlord == "halton"]

# England and Wales bank holidays, from https://www.gov.uk/bank-holidays (independent of the
# calendar under test).
BANK_HOLIDAYS = {datetime.date.fromisoformat(d) for d in (
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")}

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
        if name.endswith(".tests.json"):
            continue  # a policy's table of test cases, beside it
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
    """N working days (weekends and bank holidays skipped), N calendar days, N hours (counted in
    days: 24 hours from a day is the next day) or N weeks after `start`."""
    if unit == "working days":
        return add_working_days(start, n)
    if unit == "hours":
        return start + datetime.timedelta(days=(n + 23) // 24)
    if unit == "weeks":
        return start + datetime.timedelta(weeks=n)
    return start + datetime.timedelta(days=n)


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
        # Awaab's Law's lines are quoted from its fact sheet, under the cites its file gives them.
        with open(os.path.join(SHARED, "docs", "awaabs-law.md"), encoding="utf-8") as f:
            law_text = normalise(f.read())
        with open(os.path.join(ROOT, "assets", "law", "awaabs-law.json"), encoding="utf-8") as f:
            law_cites = set(all_cites(json.load(f)))
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
                source = (law_text if cite in law_cites else
                          code_text if cite.startswith(("Code", "Housing Ombudsman")) else seed)
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
        """Each "by <date>. That is N (working) days after <date>" is recounted with the official
        bank holidays; an extension ("N more at most") from the answer date before it; the bank
        holidays a working-day count names fall inside it; a calendar-day count names none, and says
        so when its last day is a weekend or a bank holiday."""
        counted = 0
        for case_name, kind in GOLDEN_DOCUMENTS:
            with open(os.path.join(GOLDEN, "%s-%s.txt" % (case_name, kind)), encoding="utf-8") as f:
                text = f.read()
            previous_due = None
            for line in text.split("\n"):
                m = re.search(r"by " + LONG_DATE + r"\. That is (\d+) (working days|days|hours|weeks) after " + LONG_DATE, line)
                hours = re.search(r"(?:told on|tells you on) " + LONG_DATE + r", so the (\d+) (hours) end on " + LONG_DATE, line)
                extension = re.search(r"answer by " + LONG_DATE + r"\. That is (\d+) (working days|days) more at most", line)
                if extension:
                    due, count, unit, start = (parse_long_date(extension.group(1)), int(extension.group(2)),
                                               extension.group(3), previous_due)
                elif m:
                    due, count, unit, start = parse_long_date(m.group(1)), int(m.group(2)), m.group(3), parse_long_date(m.group(4))
                elif hours:
                    due, count, unit, start = (parse_long_date(hours.group(4)), int(hours.group(2)), hours.group(3),
                                               parse_long_date(hours.group(1)))
                else:
                    continue
                with self.subTest(case=case_name, kind=kind, line=line[:70]):
                    self.assertEqual(add_days(start, count, unit), due)
                    named = [parse_long_date(d) for d in re.findall(r"\(" + LONG_DATE + r"\)", line)]
                    if unit == "working days":
                        for day in named:
                            self.assertIn(day, BANK_HOLIDAYS)
                            self.assertTrue(start < day <= due, "%s is not inside the count" % day)
                    elif unit in ("hours", "weeks"):
                        self.assertNotIn("leave out", line)  # they run on through every day
                    else:
                        self.assertNotIn("leave out", line)
                        if due in BANK_HOLIDAYS or due.weekday() >= 5:
                            self.assertRegex(line, r"That day is (a (Saturday|Sunday)|.+, a bank holiday)\.")
                    counted += 1
                previous_due = due
        self.assertGreaterEqual(counted, 20)


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
        """Redress's own sentences on the result page and in the letters (issue 27: a median
        Flesch-Kincaid grade of 5 or below, none above 9), over every document of the documents
        and hazard test cases. The figures are printed."""
        policies = load_policies()
        grades = {}

        def score(texts, case):
            for sentence in own_sentences_of(texts, names_in(case, policies)):
                grades[sentence] = fk_grade(sentence)

        cases = {}
        for case_name, kind in GOLDEN_DOCUMENTS:
            data = json.loads(letter(case_name, kind, "json"))
            score(fixed_texts(data["documents"][0]), data["case"])
            with open(os.path.join(CASES, case_name + ".json"), encoding="utf-8") as f:
                cases[case_name] = json.load(f)
        for hazard in ("emergency", "damp-mould"):
            for reported in (None, "2025-12-22"):
                for rep in (False, True):
                    case = hazard_case(hazard, reported, representative=rep)
                    cases["%s-%s-%s" % (hazard, reported, rep)] = case
                    for kind in ("hazard-report", "stage1", "chaser") + (("representation",) if rep else ()):
                        code, out, _ = run("letter", "-", "--kind", kind, "--format", "json",
                                           stdin=json.dumps(case).encode())
                        if code == 0:
                            score(fixed_texts(json.loads(out)["documents"][0]), case)
        for case in cases.values():  # the result page: the headline, the reasons, the next steps
            v = json.loads(run_case(["check"], case))
            score([v["headline"]] + [f["reason"] for f in v["findings"]] + [n["text"] for n in v["next_steps"]], case)
        ordered = sorted(grades.values())
        median = (ordered[len(ordered) // 2] + ordered[(len(ordered) - 1) // 2]) / 2
        print("\nreadability: %d sentences, median Flesch-Kincaid grade %.1f, highest %.1f" %
              (len(ordered), median, ordered[-1]), file=sys.stderr)
        for sentence, grade in grades.items():
            with self.subTest(sentence=sentence, grade=round(grade, 1)):
                self.assertLessEqual(grade, 9.0)
        self.assertGreater(len(ordered), 200)
        self.assertLessEqual(median, 5.0, "median grade %.1f" % median)


def fixed_texts(doc):
    """The texts of a document's blocks in Redress's own words: paragraphs and list items, not
    headings, the greeting and sign-off, address lines, the user's own text or quotes."""
    return [b["text"] for b in doc["blocks"]
            if b["origin"] == "fixed" and b["type"] in ("paragraph", "item") and not b["text"].rstrip().endswith(",")]


def own_sentences_of(texts, names):
    """The sentences of `texts`. Names count as one short word; a date is read as one unit and a
    clause reference in brackets is not prose, so both are taken out before scoring."""
    out = []
    for text in texts:
        text = re.sub(r"\([^()]*(?:\([^()]*\))?[^()]*\)", "", text)
        text = re.sub(LONG_DATE, "that day", text)
        for name in names:
            text = text.replace(name, "Sam")
        out += [s.strip() for s in re.split(r"(?<=[.!?:])\s+", text) if re.search(r"[A-Za-z]{2}", s)]
    return out


def names_in(case, policies):
    """The names a document takes from the case and the policy: people, organisations, the
    landlord and its policy's title. They are not Redress's wording, so they are not scored."""
    policy = policies[case["landlord"]]
    names = [policy["name"], policy["short_name"], policy["document"]]
    for part in ("complainant", "representative"):
        names += [case.get(part, {}).get(key, "") for key in ("name", "organisation")]
    return sorted((n for n in names if n), key=len, reverse=True)


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

    def test_calendar_parses_with_an_event_and_reminders_per_deadline(self):
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
        today = datetime.date(2025, 12, 12)
        for e in events:
            self.assertIsInstance(e.decoded("DTSTART"), datetime.date)
            self.assertEqual(e.decoded("DTEND") - e.decoded("DTSTART"), datetime.timedelta(days=1))
            self.assertIn("Water is leaking through the kitchen ceiling.", str(e.get("DESCRIPTION")))
            # The landlord's deadlines: at 09:00 a week before (where that is not already past)
            # and the day before.
            want = [n for n in (7, 1) if e.decoded("DTSTART") - datetime.timedelta(days=n) >= today]
            got = [a.decoded("TRIGGER") for a in e.walk("VALARM")]
            self.assertEqual(got, [-datetime.timedelta(days=n) + datetime.timedelta(hours=9) for n in want])
        self.assertTrue(any(len(list(e.walk("VALARM"))) == 2 for e in events))

    def test_calendar_reminds_a_month_and_a_week_before_the_ombudsman_deadline(self):
        cal = icalendar.Calendar.from_ical(letter("halton-answered", "ombudsman", "ics"))
        check = json.loads(run("check", os.path.join(CASES, "halton-answered.json"))[1])
        ombudsman = [e for e in cal.walk("VEVENT") if "Ombudsman" in str(e.get("SUMMARY"))]
        self.assertEqual(len(ombudsman), 1)
        self.assertEqual(ombudsman[0].decoded("DTSTART"), datetime.date.fromisoformat(check["deadlines"]["ombudsman-by"]))
        triggers = [a.decoded("TRIGGER") for a in ombudsman[0].walk("VALARM")]
        self.assertEqual(triggers, [-datetime.timedelta(days=n) + datetime.timedelta(hours=9) for n in (30, 7, 1)])

    def test_calendar_before_sending_reminds_of_the_time_limit(self):
        cal = icalendar.Calendar.from_ical(letter("halton-first", "service-request", "ics"))
        events = list(cal.walk("VEVENT"))
        check = json.loads(run("check", os.path.join(CASES, "halton-first.json"))[1])
        self.assertEqual([e.decoded("DTSTART") for e in events], [datetime.date.fromisoformat(check["time_limit"]["ends"])])
        self.assertEqual(len(list(events[0].walk("VALARM"))), 3)  # a month, a week and a day before

    def test_case_file_round_trips_through_the_command(self):
        first = letter("halton-overdue", "stage2", "json")
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
        with open(os.path.join(CASES, "halton-overdue.json"), encoding="utf-8") as f:
            original = json.load(f)
        self.assertEqual(data["case"]["issue"]["summary"], original["issue"]["summary"])
        # The case file keeps the letter alone; the text file puts "Before you send" above it.
        text_file = letter("halton-overdue", "stage2")
        self.assertTrue(text_file.startswith("Before you send (not part of the letter)\n"))
        advice, _, rest = text_file.partition("\n==== The letter starts below this line ====\n\n")
        self.assertEqual(rest, data["documents"][0]["text"])
        for line in data["documents"][0]["how_to_send"]:
            self.assertIn("- " + line + "\n", advice)
        self.assertNotIn("Keep a copy", rest)

    def test_mailto_only_when_an_email_is_published(self):
        doc = json.loads(letter("halton-late", "discretion", "json"))["documents"][0]
        self.assertTrue(doc["mailto"].startswith("mailto:info@haltonhousing.org?subject="))
        doc = json.loads(letter("together-late", "discretion", "json"))["documents"][0]
        self.assertNotIn("mailto", doc)


# The letters read as a caseworker reads them before signing, for every landlord, every kind of
# representative and every state of consent (issue 21). Each check reads the text, not fields.
LANDLORDS = ("halton-housing", "together-housing", "hhal", "kirklees-homes-neighbourhoods",
             "cheshire-west-forhousing", "ombudsman-code")
REPRESENTATIVES = ("relative", "friend", "advocate", "support-worker", "advice-agency", "solicitor", "mp",
                   "councillor", "tenant-panel")
CONSENTS = ("none", "verbal", "written")

# Words only the tenant can say of themselves.
TENANT_FIRST_PERSON = re.compile(
    r"\b(my home|my tenancy|my health|I rent|I found out|I last (raised|told)|give me|Help I need|I agree that|"
    r"I made a complaint|I am not happy|This is the first time I|my (relative|friend|advocate|support worker|adviser|"
    r"solicitor|MP|local councillor|tenant panel)\b)", re.IGNORECASE)
# Advice for whoever sends a letter, which belongs in "Before you send" or on the result page.
ADVICE = re.compile(r"(Keep a copy|certificate of posting|recorded delivery|keep the email|write down the date|"
                    r"you can ask for (your|the) complaint|you do not need to|do not have to go through|Ask .{1,60} to sign|"
                    r"Sign the consent declaration)", re.IGNORECASE)


def case_for(landlord, kind, consent, stage):
    """A complaint about a leak, with `kind` acting for Sam Taylor; stage: "new" (not yet sent),
    "answered" (stage 1 answered), "overdue" (no stage 1 answer, past every extension) or "final"
    (stage 2 answered)."""
    case = {"landlord": landlord, "today": "2026-03-16",
            "complainant": {"name": "Sam Taylor", "address": "4 Ivy Court", "reference": "T-1"},
            "representative": {"kind": kind, "name": "Robin Lee", "organisation": "Office of Robin Lee",
                               "consent": consent},
            "issue": {"category": "repairs", "event_date": "2026-01-05", "ongoing": True, "disrepair": True,
                      "health_and_safety": True, "last_raised": "2026-01-12",
                      "summary": "Water is leaking through the kitchen ceiling.",
                      "outcome_sought": "Repair the leak."},
            "adjustments": ["large-print", "more-time"]}
    if stage == "answered":
        case["process"] = {"stage1_submitted": "2026-01-19", "stage1_acknowledged": "2026-01-20",
                           "stage1_response": "2026-02-02"}
    elif stage == "overdue":
        case["process"] = {"stage1_submitted": "2026-01-19", "stage1_acknowledged": "2026-01-20"}
    elif stage == "final":
        case["process"] = {"stage1_submitted": "2026-01-19", "stage1_acknowledged": "2026-01-20",
                           "stage1_response": "2026-02-02", "stage2_requested": "2026-02-03",
                           "stage2_acknowledged": "2026-02-04", "stage2_response": "2026-03-02"}
    return case


def run_case(args, case):
    code, out, err = run(*args, "-", stdin=json.dumps(case).encode()) if args[0] == "check" else \
        run(args[0], "-", *args[1:], stdin=json.dumps(case).encode())
    if code != 0:
        raise AssertionError("redress %s failed: %s" % (" ".join(args), err))
    return out


def documents(case, *kinds):
    """{kind: (letter text, its "Before you send" advice)} from the case file."""
    out = {}
    for kind in kinds:
        doc = json.loads(run_case(["letter", "--kind", kind, "--format", "json"], case))["documents"][0]
        out[kind] = (doc["text"], doc.get("how_to_send", []))
    return out


def signed_by(text):
    """The name under "Yours sincerely," (its first line), or None."""
    m = re.search(r"Yours sincerely,\n\n([^\n]+)", text)
    return m.group(1) if m else None


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]


def date_sentence_problems(text):
    """Problems with the date sentences of a letter (see Goldens.test_every_date_sentence_recounts)."""
    problems, previous_due = [], None
    for line in text.split("\n"):
        # In any wording: a count in calendar days leaves nothing out.
        if re.search(r"\b\d+ days\b", line) and "working days" not in line and re.search(r"leaves? out", line):
            problems.append("a calendar-day count said to leave days out: " + line)
        m = re.search(r"by " + LONG_DATE + r"\. That is (\d+) (working days|days) (after " + LONG_DATE + "|more at most)", line)
        if not m:
            continue
        due, count, unit = parse_long_date(m.group(1)), int(m.group(2)), m.group(3)
        start = parse_long_date(m.group(5)) if m.group(5) else previous_due
        if start is not None and add_days(start, count, unit) != due:
            problems.append("miscounted: " + line)
        for day in (parse_long_date(d) for d in re.findall(r"\(" + LONG_DATE + r"\)", line)):
            if unit == "working days" and not (start is None or start < day <= due):
                problems.append("a holiday outside the count: " + line)
        previous_due = due
    return problems


class Truthful(unittest.TestCase):
    def test_a_representative_never_speaks_as_the_tenant(self):
        checked = 0
        for landlord in LANDLORDS:
            for kind in REPRESENTATIVES:
                for stage, doc_kinds in (("new", ("representation",)), ("answered", ("stage2",)),
                                         ("overdue", ("chaser",))):
                    for name, (text, _) in documents(case_for(landlord, kind, "verbal", stage), *doc_kinds).items():
                        if signed_by(text) != "Robin Lee":
                            continue  # the tenant's own letter
                        with self.subTest(landlord=landlord, representative=kind, document=name):
                            self.assertIsNone(TENANT_FIRST_PERSON.search(text), TENANT_FIRST_PERSON.search(text))
                            checked += 1
        self.assertGreater(checked, 100)

    def test_no_advice_for_the_sender_and_no_result_page_reasoning_in_a_letter(self):
        for landlord in LANDLORDS:
            for kind in ("relative", "mp", "advice-agency"):
                for stage in ("new", "answered", "overdue"):
                    case = case_for(landlord, kind, "none", stage)
                    reasons = [f["reason"] for f in json.loads(run_case(["check"], case))["findings"]]
                    doc_kinds = {"new": ("stage1", "representation"), "answered": ("stage2",),
                                 "overdue": ("chaser", "ombudsman")}[stage]
                    for name, (text, advice) in documents(case, *doc_kinds).items():
                        with self.subTest(landlord=landlord, representative=kind, document=name):
                            self.assertIsNone(ADVICE.search(text), ADVICE.search(text))
                            for reason in reasons:
                                for sentence in sentences(reason):
                                    self.assertNotIn(sentence, text)
                            self.assertTrue(any("Keep a copy" in a for a in advice))

    def test_consent_is_stated_as_it_was_given(self):
        given = re.compile(r"(has agreed to me acting|has asked me to act)")
        for landlord in LANDLORDS:
            for kind in REPRESENTATIVES:
                for consent in CONSENTS:
                    text, advice = documents(case_for(landlord, kind, consent, "new"), "representation")["representation"]
                    with self.subTest(landlord=landlord, representative=kind, consent=consent):
                        self.assertIn("Consent", text.split("\n"))  # every representative's letter says where consent stands
                        enclosed = "consent is with this letter" in text
                        self.assertEqual(enclosed and consent != "written", False, "encloses consent not given in writing")
                        self.assertNotIn("enclosed", text.lower())
                        if consent == "none":
                            self.assertIsNone(given.search(text), "claims consent not given")
                        else:
                            self.assertTrue(enclosed or given.search(text), "does not say consent was given")
                        # Consent the letter says is with it is consent the sender is told to put in.
                        if enclosed:
                            self.assertTrue(any("signed consent with this letter" in a for a in advice), advice)
                        # A form promised or asked for is one the sender is told to get signed.
                        if re.search(r"(I will send it to you|sign a consent form|to confirm to you)", text):
                            self.assertTrue(any("consent declaration" in a for a in advice), advice)

    def test_the_stage_2_answer_date_runs_from_the_request_where_the_policy_says_so(self):
        # Halton 10.8 ("within twenty working days of the complaint being escalated") and ForHousing
        # ("within 20 working days of escalation"): a request on Tuesday 26 May 2026 is answered by
        # Tuesday 23 June 2026 (20 working days; no bank holiday between), not from the
        # acknowledgement deadline a week later.
        for landlord in ("halton-housing", "cheshire-west-forhousing"):
            case = case_for(landlord, "relative", "written", "answered")
            case["today"] = "2026-05-26"
            case["process"] = {"stage1_submitted": "2026-04-13", "stage1_acknowledged": "2026-04-14",
                               "stage1_response": "2026-05-11", "stage2_requested": "2026-05-26"}
            with self.subTest(landlord=landlord):
                verdict = json.loads(run_case(["check"], case))
                self.assertEqual(verdict["deadlines"]["stage2-response"], "2026-06-23")
                text = documents(case, "stage2")["stage2"][0]
                self.assertIn("send me your stage 2 answer by Tuesday 23 June 2026. That is 20 working days after "
                              "Tuesday 26 May 2026", text)

    def test_no_date_sentence_is_false_in_any_letter(self):
        for landlord in LANDLORDS:
            for stage, kinds in (("new", ("stage1",)), ("answered", ("stage2",))):
                for today in ("2026-03-16", "2026-03-27", "2026-12-16"):  # across Easter and Christmas
                    case = case_for(landlord, "none", "none", stage)
                    case["today"] = today
                    if stage == "answered":
                        case["process"] = {"stage1_submitted": "2026-01-19", "stage1_acknowledged": "2026-01-20",
                                           "stage1_response": "2026-02-02"}
                    for name, (text, _) in documents(case, *kinds).items():
                        with self.subTest(landlord=landlord, document=name, today=today):
                            self.assertEqual(date_sentence_problems(text), [])

    def test_a_late_landlord_gets_a_reminder_and_the_ombudsman_leads_after_the_final_answer(self):
        for landlord in LANDLORDS:
            with self.subTest(landlord=landlord, stage="overdue"):
                case = case_for(landlord, "none", "none", "overdue")
                verdict = json.loads(run_case(["check"], case))
                main = json.loads(run_case(["letter", "--format", "json"], case))["documents"][0]
                self.assertEqual(main["kind"], "chaser")
                late = [d for k, d in verdict["deadlines"].items() if k.startswith("stage1-response")]
                self.assertTrue(any(format_long(d) in main["text"] for d in late), main["text"])
                self.assertIn("5 working days", main["text"])
                self.assertIn("Housing Ombudsman", main["text"])
                self.assertNotIn("What happened", main["text"])  # not the whole complaint again
            with self.subTest(landlord=landlord, stage="final"):
                case = case_for(landlord, "none", "none", "final")
                verdict = json.loads(run_case(["check"], case))
                by = format_long(verdict["deadlines"]["ombudsman-by"])
                self.assertIn("Housing Ombudsman", verdict["headline"])
                self.assertIn(by, verdict["headline"])
                self.assertEqual(verdict["next_steps"][0]["step"], "ombudsman")
                main = json.loads(run_case(["letter", "--format", "json"], case))["documents"][0]
                self.assertEqual(main["kind"], "ombudsman")

    def test_a_stage_2_request_with_no_answer_says_so(self):
        for landlord in LANDLORDS:
            case = case_for(landlord, "none", "none", "overdue")
            text = documents(case, "stage2")["stage2"][0]
            with self.subTest(landlord=landlord):
                self.assertNotIn("not happy with", text)
                self.assertIn("and you have not", text)

    def test_a_service_request_only_for_the_first_time_of_asking(self):
        case = case_for("halton-housing", "none", "none", "new")
        code, _, err = run("letter", "-", "--kind", "service-request", stdin=json.dumps(case).encode())
        self.assertEqual(code, 2)
        self.assertIn("issue.first_request", err)
        case["issue"]["first_request"] = True
        self.assertIn("service-request", run_case(["letter", "--kind", "service-request", "--format", "json"], case))


# The law's cites, as the letters give them after a line of the fact sheet (assets/law).
LAW_CITES = re.compile(r"\((Hazards in Social Housing Regulations 2025|Landlord and Tenant Act 1985[^)]*|"
                       r"Housing Ombudsman, complaints involving hazards|Awaab's Law fact sheet[^)]*)\)")


def hazard_case(hazard, reported=None, landlord="halton-housing", representative=False):
    case = {"landlord": landlord, "today": "2025-12-24",
            "complainant": {"name": "Sam Taylor", "address": "4 Ivy Court"},
            "issue": {"category": "repairs", "event_date": "2025-12-23", "ongoing": True, "health_and_safety": True,
                      "hazard": hazard, "summary": "Bare wires", "outcome_sought": "Make it safe."}}
    if reported:
        case["issue"]["hazard_reported"] = reported
    if representative:
        case["representative"] = {"kind": "support-worker", "name": "Jo Evans", "consent": "written"}
    return case


class TruthfulToTheLaw(unittest.TestCase):
    """What the letters say of Awaab's Law, as an adviser reads it before signing: the fact sheet's
    lines are the law in plain words, not the statute's text, so they are never quoted as the Act's
    or the Regulations' words; the complaint-process line is credited to nobody it does not come
    from; an emergency's 24 hours are "as soon as possible" first."""

    def hazard_letters(self):
        for hazard in ("emergency", "damp-mould"):
            for reported in (None, "2025-12-22"):
                for rep in (False, True):
                    case = hazard_case(hazard, reported, representative=rep)
                    kinds = ("hazard-report", "stage1") + (("representation",) if rep else ())
                    for kind, (text, advice) in documents(case, *kinds).items():
                        yield (hazard, reported, rep, kind), text, advice

    def test_no_line_of_the_fact_sheet_is_quoted_as_the_law(self):
        checked = 0
        for key, text, _ in self.hazard_letters():
            with self.subTest(case=key):
                for line in text.split("\n"):
                    quoted = re.fullmatch(r"\u201c(.+)\u201d \((.+)\)", line)
                    if quoted:
                        self.assertIsNone(LAW_CITES.search("(" + quoted.group(2) + ")"), line)
                self.assertNotIn("Housing Ombudsman, complaints involving hazards", text)
                if key[3] == "hazard-report":
                    # The law's requirements, in plain words, each with its cite in brackets.
                    self.assertIn("(Landlord and Tenant Act 1985 s.10A)", text)
                    self.assertIn("you must offer somewhere suitable to stay, at your cost (Hazards in Social Housing Regulations 2025)", text)
                    self.assertIn("The law's dates run at the same time as your complaints process.", text)
                checked += 1
        self.assertEqual(checked, 20)

    def test_an_emergency_is_as_soon_as_possible_and_within_24_hours(self):
        for key, text, _ in self.hazard_letters():
            hazard, reported = key[0], key[1]
            if hazard != "emergency":
                continue
            with self.subTest(case=key):
                self.assertNotRegex(text, r"safe by " + LONG_DATE)
                if reported:  # told on Monday 22 December: the 24 hours have passed
                    self.assertIn("You had 24 hours from when you were told, on Monday 22 December 2025", text)
                    self.assertNotIn("before this letter", text)
                else:  # the letter tells them: from today, unless they knew before
                    self.assertIn("safe as soon as possible, and within 24 hours of being told.", text)
                    self.assertIn("This letter is dated Wednesday 24 December 2025, so the 24 hours end on "
                                  "Thursday 25 December 2025", text)
                    self.assertIn("If you were told about it earlier, by phone or in person, the 24 hours count from "
                                  "then.", text)
                    self.assertIn("This letter reports it. The law's dates count from the day you receive it.", text)
        told_today = documents(hazard_case("emergency", "2025-12-24"), "hazard-report")["hazard-report"][0]
        self.assertIn("safe as soon as possible, and within 24 hours of being told. You were told on Wednesday 24 "
                      "December 2025, so the 24 hours end on Thursday 25 December 2025", told_today)
        self.assertNotIn("before this letter", told_today)

    def test_an_emergency_report_goes_by_phone_and_then_email_or_hand_never_by_post(self):
        for key, _, advice in self.hazard_letters():
            if key[3] != "hazard-report":
                continue
            with self.subTest(case=key):
                posted = [a for a in advice if re.search(r"\bpost\b|Post Office", a)]
                if key[0] == "emergency":  # the kind of danger is not given: gas, 999, the repairs line, then how
                    self.assertIn("0800 111 999", advice[0])
                    self.assertIn("call 999", advice[1])
                    self.assertIn("Phone Halton Housing's emergency repairs line now", advice[2])
                    self.assertIn("Report the danger by phone first", advice[3])
                    self.assertIn("by email or by hand", advice[3])
                    self.assertEqual([a for a in posted if "not by post" not in a], [])
                else:
                    self.assertTrue(any("Post Office" in a for a in posted), advice)

    def test_a_damp_report_says_the_dates_count_from_the_day_the_landlord_was_told(self):
        told = documents(hazard_case("damp-mould", "2025-12-08", "together-housing"), "hazard-report")["hazard-report"][1]
        self.assertIn("Send this today. The law's dates count from Monday 8 December 2025, when Together Housing was "
                      "first told, not from this letter.", told)
        untold = documents(hazard_case("damp-mould", None, "together-housing"), "hazard-report")["hazard-report"][1]
        self.assertIn("Send this today. The law's dates count from when Together Housing gets it.", untold)

    def test_an_extension_is_limited_as_the_policy_words_it(self):
        # Stage 1, where the Code's earlier date applies to ForHousing and Kirklees; stage 2 their own.
        expected = {("halton-housing", "stage1"): "10 days more at most without good reason (Halton Housing policy 9.2).",
                    ("halton-housing", "stage2"): "20 days more at most without good reason (Halton Housing policy 10.8).",
                    ("together-housing", "stage1"): "10 working days more at most, unless I agree to longer "
                                                    "(Together Housing policy 5.5).",
                    ("together-housing", "stage2"): "10 working days more at most, unless I agree to longer "
                                                    "(Together Housing policy 5.6).",
                    ("ombudsman-code", "stage1"): "10 working days more at most without good reason (Code 6.4).",
                    ("cheshire-west-forhousing", "stage1"): "10 working days more at most without good reason (Code 6.4).",
                    ("cheshire-west-forhousing", "stage2"): "10 days more at most without good reason (ForHousing policy",
                    ("kirklees-homes-neighbourhoods", "stage2"): "10 working days more at most (Kirklees Homes"}
        for (landlord, kind), words in expected.items():
            with self.subTest(landlord=landlord, kind=kind):
                case = case_for(landlord, "none", "none", "new" if kind == "stage1" else "answered")
                self.assertIn("That is " + words, documents(case, kind)[kind][0])
        for_tenant = documents(case_for("together-housing", "mp", "written", "new"), "representation")["representation"][0]
        self.assertIn("more at most, unless Sam Taylor agrees to longer", for_tenant)


def format_long(iso):
    day = datetime.date.fromisoformat(iso)
    return day.strftime("%A ") + str(day.day) + day.strftime(" %B %Y")


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

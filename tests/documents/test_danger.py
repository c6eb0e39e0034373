#!/usr/bin/env python3
"""Danger first (issue 27): a tenant in a dangerous home is told what to do now, by every page
and every document, with only the lines a cited source supports.

    python3 tests/documents/test_danger.py build/native/redress

The expected lines come from ../shared/docs/awaabs-law.md (the National Gas Emergency Service,
0800 111 999, for gas; 999 where a life is in danger) and from the fact sheet's emergency test ("a
hazard of any kind ... that poses an imminent and significant risk of harm"), not from the code
under test. Dates are counted here on the GOV.UK bank-holiday list, a day at a time.
"""
import datetime
import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_documents as docs  # noqa: E402  (takes the redress binary from argv, as it does)

GAS = "0800 111 999"
LIFE = "If anyone's life is in danger, call 999."
POSTING = re.compile(r"\bpost it\b|Post Office|certificate of posting|recorded delivery|\bby post\b(?<!not by post)",
                     re.I)
KINDS = ("hazard-report", "stage1", "representation", "service-request", "discretion", "stage2", "chaser", "consent",
         "ombudsman")
FORMATS = ("text", "html", "json")


def repairs_line(landlord):
    return "Phone %s emergency repairs line now and tell them about the danger." % landlord


# Each way a case is an emergency: (name, issue fields, gas line expected). The kinds of danger
# the portal asks for, and two hazards made emergencies by their risk (the fact sheet's test).
DANGERS = [
    ("gas", {"hazard": "emergency", "danger": "gas"}, True),
    ("electricity", {"hazard": "emergency", "danger": "electricity"}, False),
    ("fire or structure", {"hazard": "emergency", "danger": "fire-structure"}, False),
    ("water", {"hazard": "emergency", "danger": "water"}, False),
    ("no heat", {"hazard": "emergency", "danger": "no-heat"}, False),
    ("another danger", {"hazard": "emergency", "danger": "other"}, False),
    ("no heating for an 89-year-old (another hazard, a risk of harm now)",
     {"hazard": "other", "hazard_risk": "yes", "danger": "no-heat"}, False),
    ("a loose handrail after a fall (another hazard, a risk of harm now)",
     {"hazard": "other", "hazard_risk": "yes", "danger": "fire-structure"}, False),
    ("mould and a child with asthma (damp and mould, a risk of harm now)",
     {"hazard": "damp-mould", "hazard_risk": "yes", "danger": "gas"}, False),  # a stray answer: not gas
]


def danger_case(issue, representative=False, **process):
    case = {"landlord": "halton-housing", "today": "2025-12-24",
            "complainant": {"name": "Daniel Hirst", "address": "4 Ivy Court", "role": "tenant"},
            "issue": {"category": "repairs", "event_date": "2025-12-23", "ongoing": True,
                      "summary": "Something dangerous", "outcome_sought": "Make it safe.", **issue}}
    if representative:
        case["representative"] = {"kind": "mp", "name": "Jo Smith MP", "consent": "written"}
    if process:
        case["process"] = process
    return case


def advice_of(text_file):
    """The "Before you send" lines of a text download."""
    head, _, _ = text_file.partition("\n==== ")
    return [line[2:] for line in head.split("\n") if line.startswith("- ")]


def advice_of_html(html):
    aside = re.search(r"<aside[^>]*>(.*?)</aside>", html, re.S)
    return [re.sub(r"<[^>]+>", "", li).replace("&#39;", "'").replace("&amp;", "&")
            for li in re.findall(r"<li>(.*?)</li>", aside.group(1), re.S)] if aside else []


def letter(case, kind, fmt="text"):
    return docs.run("letter", "-", "--kind", kind, "--format", fmt, stdin=json.dumps(case).encode())


def verdict(case):
    code, out, err = docs.run("check", "-", stdin=json.dumps(case).encode())
    assert code == 0, err
    return json.loads(out)


# England and Wales bank holidays, from https://www.gov.uk/bank-holidays: the documents test's list,
# and 2023 and 2024 for the decisions of those years (test_dated_story.py).
BANK_HOLIDAYS = docs.BANK_HOLIDAYS | {datetime.date.fromisoformat(d) for d in (
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
    "2023-12-26", "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
    "2024-12-26")}


def working_days_after(day, n):
    d = datetime.date.fromisoformat(day)
    while n:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d.isoformat()


class DangerLeads(unittest.TestCase):
    def test_every_document_of_an_emergency_in_every_format_leads_with_what_to_do_now(self):
        """Danger kinds x documents x formats: the fitting lines first, the gas line only for gas,
        no advice to post anything."""
        checked = 0
        for name, issue, gas in DANGERS:
            for rep in (False, True):
                case = danger_case(issue, representative=rep)
                for kind in KINDS:
                    for fmt in FORMATS:
                        code, out, err = letter(case, kind, fmt)
                        if code == 2:  # a document that does not fit the case says why, and is not written
                            self.assertIn("does not fit this case", err)
                            continue
                        with self.subTest(danger=name, representative=rep, kind=kind, format=fmt):
                            self.assertEqual(code, 0, err)
                            if fmt == "json":
                                advice = json.loads(out)["documents"][0]["how_to_send"]
                            elif fmt == "html":
                                advice = advice_of_html(out)
                            else:
                                advice = advice_of(out)
                            expected = ([GAS] if gas else []) + [LIFE, repairs_line("Halton Housing's")]
                            self.assertGreaterEqual(len(advice), len(expected) + 1, advice)
                            self.assertEqual(any("by email or by hand" in a for a in advice), kind != "ombudsman")
                            if gas:
                                self.assertIn(GAS, advice[0])
                            self.assertEqual(advice[len(expected) - 2], LIFE)
                            self.assertEqual(advice[len(expected) - 1], repairs_line("Halton Housing's"))
                            if kind != "ombudsman":  # the summary goes to the Ombudsman, its own way
                                self.assertIn("Report the danger by phone first", advice[len(expected)])
                            self.assertEqual(any(GAS in a for a in advice), gas)
                            self.assertEqual([a for a in advice if POSTING.search(a)], [])
                            checked += 1
        self.assertGreater(checked, 200)

    def test_the_headline_first_step_and_default_document_say_what_to_do_now(self):
        for name, issue, gas in DANGERS:
            with self.subTest(danger=name):
                v = verdict(danger_case(issue))
                self.assertEqual("emergency repairs line" in v["headline"], not gas)  # gas: the gas line first
                self.assertEqual(GAS in v["headline"], gas)
                self.assertIn("call 999", v["headline"])
                self.assertNotIn("should treat this as a complaint", v["headline"])
                self.assertEqual(v["next_steps"][0]["step"], "act-now")
                self.assertIn(LIFE, v["next_steps"][0]["text"])
                self.assertEqual(v["findings"][0]["rule"], "hazard-danger")
                code, out, err = docs.run("letter", "-", stdin=json.dumps(danger_case(issue)).encode())
                self.assertEqual(code, 0, err)
                self.assertIn("Hazard report under Awaab's Law", out)  # the default document
                code, out, err = docs.run("letter", "-", "--format", "json", stdin=json.dumps(danger_case(issue)).encode())
                kinds = [d["kind"] for d in json.loads(out)["documents"]]  # the portal's list, in order
                self.assertEqual(kinds[0], "hazard-report")
                self.assertEqual(kinds.count("hazard-report"), 1)
                self.assertEqual(kinds[1], "stage1")  # the complaint runs alongside the law's dates

    def test_a_hazard_that_is_no_emergency_yet_is_told_when_it_becomes_one(self):
        for risk in ("no", "not-sure"):
            with self.subTest(risk=risk):
                v = verdict(danger_case({"hazard": "other", "hazard_risk": risk}))
                self.assertFalse(v["awaabs_law"])
                f = next(f for f in v["findings"] if f["rule"] == "awaabs-law:hazard-not-covered")
                self.assertIn("not in force", f["reason"])
                self.assertIn("seriously hurt or made ill soon", f["reason"])
                self.assertIn("within 24 hours", f["reason"])
                self.assertNotIn("do not apply to this one yet", f["reason"])
                self.assertNotIn("emergency repairs line now", v["headline"])
        unsure = verdict(danger_case({"hazard": "other", "hazard_risk": "not-sure"}))
        self.assertIn("If you are not sure, phone", json.dumps(unsure["findings"]))


class TheLawsClock(unittest.TestCase):
    """The first report on or after 27 October 2025 starts the clock (issue.hazard_reported if on
    or after it, else issue.last_raised); only with neither does the letter report it."""

    def mould(self, **issue):
        return {"landlord": "halton-housing", "today": "2026-02-10",
                "complainant": {"name": "Kerry Lane", "role": "tenant"},
                "issue": {"category": "repairs", "event_date": "2025-09-01", "ongoing": True, "hazard": "damp-mould",
                          "summary": "Black mould in my son's bedroom. He has asthma.", **issue}}

    def test_reported_before_the_law_and_again_after_it_counts_from_the_later_report(self):
        case = self.mould(hazard_reported="2025-09-15", last_raised="2026-02-02")
        due = working_days_after("2026-02-02", 10)
        self.assertEqual(due, "2026-02-16")
        self.assertEqual(verdict(case)["deadlines"]["hazard-investigate"], due)
        for kind in ("hazard-report", "stage1"):
            with self.subTest(kind=kind):
                code, text, err = letter(case, kind)
                self.assertEqual(code, 0, err)
                self.assertIn("Please investigate the damp and mould by Monday 16 February 2026. That is 10 working "
                              "days after Monday 2 February 2026, when you were told", text)
                self.assertNotIn("24 February 2026", text)
                self.assertIn("I told you again on Monday 2 February 2026. The law's dates count from then.", text)

    def test_reported_only_before_the_law_the_letter_reports_it_again(self):
        case = self.mould(hazard_reported="2025-09-15")
        for kind in ("hazard-report", "stage1", "service-request"):
            if kind == "service-request":  # only the first time of asking
                case = self.mould(hazard_reported="2025-09-15", first_request=True)
            with self.subTest(kind=kind):
                code, text, err = letter(case, kind)
                self.assertEqual(code, 0, err)
                self.assertIn("This letter reports it again. The law's dates count from the day you receive it.", text)
                self.assertIn("That is 10 working days after Tuesday 10 February 2026, the date of this letter", text)
                self.assertNotIn("Tuesday 10 February 2026, when you were told", text)


class Reminders(unittest.TestCase):
    def test_an_emergency_whose_24_hours_ran_out_is_chased_first(self):
        case = danger_case({"hazard": "emergency", "danger": "electricity", "hazard_reported": "2025-12-20"})
        code, text, err = letter(case, "chaser")
        self.assertEqual(code, 0, err)
        self.assertIn("You had until Sunday 21 December 2025 to look into the danger and make my home safe "
                      "(Hazards in Social Housing Regulations 2025). Please do it now.", text)
        self.assertIn("Please make my home safe today", text)
        code, default, err = docs.run("letter", "-", stdin=json.dumps(case).encode())
        self.assertIn("Overdue under Awaab's Law", default)
        code, out, err = docs.run("letter", "-", "--format", "json", stdin=json.dumps(case).encode())
        kinds = [d["kind"] for d in json.loads(out)["documents"]]
        self.assertEqual(kinds[0], "chaser")
        self.assertEqual(kinds.count("hazard-report"), 1)
        self.assertEqual(verdict(case)["next_steps"][1]["step"], "chase")

    def test_an_overdue_damp_investigation_is_named_before_the_complaint(self):
        case = {"landlord": "halton-housing", "today": "2026-03-16",
                "complainant": {"name": "Kerry Lane", "role": "tenant"},
                "issue": {"category": "repairs", "event_date": "2026-01-20", "ongoing": True, "hazard": "damp-mould",
                          "hazard_reported": "2026-02-02", "summary": "Mould."},
                "process": {"stage1_submitted": "2026-02-03"}}
        code, text, err = letter(case, "chaser")
        self.assertEqual(code, 0, err)
        order = [text.index(s) for s in ("to do any safety work needed", "to investigate the damp and mould",
                                          "to send me a written summary", "to acknowledge the complaint")]
        self.assertEqual(order, sorted(order))
        self.assertIn("You had until Monday 16 February 2026 to investigate the damp and mould", text)

    def test_a_duty_done_late_is_not_asked_for_again(self):
        case = {"landlord": "hhal", "today": "2026-02-10", "complainant": {"name": "Daniel Hirst", "role": "tenant"},
                "issue": {"category": "repairs", "event_date": "2026-01-05", "hazard": "damp-mould",
                          "hazard_reported": "2026-01-05", "summary": "Mould."},
                "process": {"hazard_investigated": "2026-01-20"}}
        code, text, err = letter(case, "hazard-report")
        self.assertIn("You concluded your investigation on Tuesday 20 January 2026. The law's date was Monday 19 "
                      "January 2026, so that was late", text)
        self.assertNotIn("to investigate the damp and mould (Hazards in Social Housing Regulations 2025). Please do "
                         "it now", text)
        self.assertNotIn("If your investigation ends sooner", text)


class Voice(unittest.TestCase):
    def test_the_summary_is_owed_to_the_tenant_not_to_the_mp(self):
        case = {"landlord": "hhal", "today": "2026-01-06", "complainant": {"name": "Daniel Hirst", "role": "tenant"},
                "representative": {"kind": "mp", "name": "Jo Smith MP", "consent": "written"},
                "issue": {"category": "repairs", "event_date": "2026-01-05", "hazard": "damp-mould",
                          "hazard_reported": "2026-01-05", "summary": "Mould."}}
        for kind in ("hazard-report", "representation"):
            with self.subTest(kind=kind):
                code, text, err = letter(case, kind)
                self.assertIn("send Daniel Hirst a written summary of what you found and what happens next, and a "
                              "copy to me", text)
                self.assertNotIn("send me a written summary", text)

    def test_a_relatives_words_in_the_tenants_letter_are_said_to_be_theirs(self):
        case = {"landlord": "kirklees-homes-neighbourhoods", "today": "2026-01-12",
                "complainant": {"name": "Edna Hall", "role": "tenant"},
                "representative": {"kind": "relative", "name": "Sue Hall", "consent": "written"},
                "issue": {"category": "repairs", "event_date": "2026-01-10", "hazard": "other", "hazard_risk": "yes",
                          "danger": "no-heat", "summary": "My mother is 89 and has no heating."}}
        code, text, err = letter(case, "stage1")
        story = text.index("What happened")  # the subject line above it carries the summary too
        self.assertLess(text.index("Sue Hall, my relative, wrote this part for me:", story),
                        text.index("My mother is 89", story))
        advice = advice_of(docs.run("letter", "-", "--kind", "stage1", stdin=json.dumps(case).encode())[1])
        self.assertEqual([a for a in advice if "own words" in a], [])
        # The tenant writing for themselves: nothing to introduce.
        del case["representative"]
        code, text, err = letter(case, "stage1")
        self.assertNotIn("wrote this part for me", text)

    def test_no_summary_of_the_code_in_quotation_marks(self):
        for case_name in ("halton-new", "halton-late", "together-overdue", "halton-answered"):
            for kind in ("stage1", "discretion", "stage2", "ombudsman", "representation"):
                code, text, err = docs.run("letter", os.path.join(docs.CASES, case_name + ".json"), "--kind", kind)
                if code:
                    continue
                with self.subTest(case=case_name, kind=kind):
                    quoted = re.findall(r"^\u201c.*\u201d \((Code [^)]*|Housing Ombudsman Scheme[^)]*)\)$", text, re.M)
                    self.assertEqual(quoted, [])
        v = verdict(json.load(open(os.path.join(docs.CASES, "halton-new.json"))))
        code, out, err = docs.run("letter", os.path.join(docs.CASES, "halton-new.json"), "--kind", "stage1")
        self.assertIn("Landlords in England must follow the Complaint Handling Code from 1 April 2024 (Code 2024", out)

    def test_the_consent_form_honours_large_print(self):
        case = docs.case_for("together-housing", "relative", "none", "new")  # asks for large print
        self.assertIn("large-print", case["adjustments"])
        code, html, err = letter(case, "consent", "html")
        self.assertIn("18pt", html)
        case["adjustments"] = []
        code, html, err = letter(case, "consent", "html")
        self.assertNotIn("18pt", html)


class StagesOver(unittest.TestCase):
    def test_no_letter_for_a_stage_that_is_over(self):
        final = docs.case_for("halton-housing", "none", "none", "final")
        for kind in ("stage1", "stage2"):
            with self.subTest(kind=kind):
                code, out, err = letter(final, kind)
                self.assertEqual(code, 2)
                self.assertIn("final answer (process.stage2_response is given)", err)
        answered = docs.case_for("halton-housing", "none", "none", "answered")
        code, out, err = letter(answered, "stage1")
        self.assertEqual(code, 2)
        self.assertIn("answered at stage 1 (process.stage1_response is given)", err)
        self.assertEqual(letter(answered, "stage2")[0], 0)

    def test_hazard_letters_say_nothing_untrue(self):
        for hazard in ("damp-mould", "emergency"):
            for reported in (None, "2025-11-03"):
                case = danger_case({"hazard": hazard, **({"hazard_reported": reported} if reported else {})})
                case["today"] = "2026-01-20"
                for kind in ("hazard-report", "stage1"):
                    code, text, err = letter(case, kind)
                    with self.subTest(hazard=hazard, reported=reported, kind=kind):
                        self.assertNotIn("not a complaint", text)
                        if reported:  # every date has passed: nothing about dates to come
                            self.assertNotIn("If your investigation ends sooner", text)
                        if hazard == "damp-mould":  # the further work, asked for from the first letter
                            self.assertIn("stop it coming back", text)
                            self.assertIn("within 12 weeks", text)
                            self.assertNotRegex(text, r"12 weeks[^.]*" + docs.LONG_DATE)
        v = verdict(danger_case({"hazard": "damp-mould", "hazard_reported": "2025-11-03"}, hazard_investigated="2025-11-10"))
        self.assertNotIn("hazard-further-work-latest", v["deadlines"])
        self.assertIn("hazard-further-work-start", v["deadlines"])

    def test_who_the_law_covers_is_said_as_settled_or_not(self):
        for role in ("former-tenant", "household-member"):
            case = danger_case({"hazard": "damp-mould", "hazard_reported": "2025-12-01"})
            case["complainant"]["role"] = role
            v = verdict(case)
            with self.subTest(role=role):
                self.assertNotIn("do not apply to you", json.dumps(v))
                results = {f["rule"]: f["result"] for f in v["findings"]}
                if role == "former-tenant":
                    self.assertEqual(results["awaabs-law:unknown"], "discretion")
                else:
                    self.assertEqual(results["hazard:household-member"], "discretion")


if __name__ == "__main__":
    unittest.main(verbosity=2)

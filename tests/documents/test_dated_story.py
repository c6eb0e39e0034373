#!/usr/bin/env python3
"""A complaint is a dated story (issue 28), as the Housing Ombudsman reads it: each row is a case
built from a published decision (cited by its case number), and what the decision found.

    python3 tests/documents/test_dated_story.py build/native/redress

Expected dates are counted here, on the GOV.UK bank-holiday list a day at a time, from the
decisions' own dates; nothing is taken from the code under test.
"""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_documents as docs  # noqa: E402
from test_danger import working_days_after  # noqa: E402


def check(case):
    code, out, err = docs.run("check", "-", stdin=json.dumps(case).encode())
    assert code == 0, err
    return json.loads(out)


def rules(verdict, prefix):
    return {f["rule"]: f for f in verdict["findings"] if f["rule"].split(":")[0] == prefix}


def case(landlord, today, process, **issue):
    return {"landlord": landlord, "today": today, "complainant": {"name": "Sam Taylor"},
            "issue": {"category": "repairs", "event_date": issue.pop("event_date", "2023-09-01"), **issue},
            "process": process}


class WeekendReceipt(unittest.TestCase):
    def test_kirklees_202339693_a_sunday_complaint_answered_on_the_tenth_working_day_after_monday(self):
        # Received Sunday 19 November 2023, answered Monday 4 December 2023: no fault found.
        v = check(case("kirklees-homes-neighbourhoods", "2023-12-20",
                       {"stage1_submitted": "2023-11-19", "stage1_response": "2023-12-04"}))
        self.assertEqual(v["deadlines"]["stage1-response"], working_days_after("2023-11-20", 10))
        self.assertEqual(v["deadlines"]["stage1-response"], "2023-12-04")
        self.assertEqual(rules(v, "late"), {})
        self.assertEqual(rules(v, "overdue"), {})
        self.assertIn("Monday 20 November 2023", rules(v, "received")["received:stage1"]["reason"])
        self.assertIn("202339693", rules(v, "received")["received:stage1"]["cite"])

    def test_clarion_202348146_a_saturday_complaint_counts_from_monday(self):
        # Received Saturday 13 January 2024, acknowledged Friday 19 January: "4 working days" (the
        # Monday is day 0). The Code's 5 working days from receipt then run to Monday 22 January.
        v = check(case("ombudsman-code", "2024-02-01", {"stage1_submitted": "2024-01-13", "stage1_acknowledged": "2024-01-19"},
                       event_date="2023-12-01"))
        self.assertEqual(v["deadlines"]["stage1-acknowledge"], working_days_after("2024-01-15", 5))
        self.assertEqual(rules(v, "late"), {})

    def test_a_stage_2_request_on_a_bank_holiday_counts_from_the_next_working_day(self):
        v = check(case("ombudsman-code", "2025-06-30",
                       {"stage1_submitted": "2025-04-01", "stage1_acknowledged": "2025-04-02", "stage1_response": "2025-04-14",
                        "stage2_requested": "2025-05-26"}, event_date="2025-03-01"))  # Spring bank holiday
        self.assertEqual(v["deadlines"]["stage2-acknowledge"], working_days_after("2025-05-27", 5))
        self.assertIn("received:stage2", rules(v, "received"))


class DoneDateNotKnown(unittest.TestCase):
    def test_halton_202431709_an_answer_in_time_implies_the_acknowledgement(self):
        # Halton answered an MP's complaint inside its 10 working days; no complaint-handling
        # failure. The case has no acknowledgement date: the answer shows it was acknowledged.
        c = case("halton-housing", "2024-11-01", {"stage1_submitted": "2024-10-09", "stage1_response": "2024-10-22"},
                 event_date="2024-09-01")
        c["representative"] = {"kind": "mp", "name": "A Member", "consent": "written"}
        v = check(c)
        self.assertNotIn("is late", v["headline"])
        self.assertEqual(rules(v, "overdue"), {})
        self.assertEqual(rules(v, "late"), {})
        code, summary, err = docs.run("letter", "-", "--kind", "ombudsman", stdin=json.dumps(c).encode())
        self.assertIn("Deadline to acknowledge the complaint (Halton Housing policy 9.1): done; the date is not known.",
                      summary)
        self.assertNotIn("missed", summary)


class LateStepsAreFindings(unittest.TestCase):
    def test_lq_202432891_a_stage_2_request_not_acted_on_for_months(self):
        # Stage 2 asked for on 29 February 2024 and answered on 22 October 2024: maladministration.
        c = case("ombudsman-code", "2024-11-01",
                 {"stage1_submitted": "2024-01-10", "stage1_acknowledged": "2024-01-12", "stage1_response": "2024-01-24",
                  "stage2_requested": "2024-02-29", "stage2_response": "2024-10-22"}, event_date="2023-11-01")
        v = check(c)
        ack_due = working_days_after("2024-02-29", 5)
        answer_due = working_days_after(ack_due, 20)
        self.assertEqual(v["deadlines"]["stage2-response"], answer_due)
        late = rules(v, "late")["late:stage2-response"]
        self.assertEqual(late["result"], "fail")
        days, d = 0, answer_due
        while d < "2024-10-22":
            d = working_days_after(d, 1)
            days += 1
        self.assertIn("%d working days late" % days, late["reason"])
        self.assertTrue(late["reason"].startswith("Your landlord had until"))
        code, summary, err = docs.run("letter", "-", "--kind", "ombudsman", stdin=json.dumps(c).encode())
        self.assertIn("How the complaint was handled", summary)
        self.assertIn("%d working days late" % days, summary)


class ExtensionsOnlyWhenNotified(unittest.TestCase):
    """Southern 202443688 turned on whether the landlord wrote in time with its reasons and a new
    date; the Ombudsman's page "waiting for a final response" says the same."""

    def base(self, **extra):
        return case("ombudsman-code", "2025-03-31",
                    {"stage1_submitted": "2025-01-06", "stage1_acknowledged": "2025-01-08", "stage1_response": "2025-01-29",
                     **extra}, event_date="2024-12-01")

    def test_an_answer_after_its_deadline_with_no_extension_notified_is_late(self):
        v = check(self.base())
        due = working_days_after("2025-01-08", 10)
        self.assertEqual(v["deadlines"]["stage1-response"], due)
        self.assertIn("late:stage1-response", rules(v, "late"))
        code, summary, err = docs.run("letter", "-", "--kind", "ombudsman", stdin=json.dumps(self.base()).encode())
        self.assertNotIn("longest extension", summary)
        self.assertNotIn("within the extension", summary)

    def test_an_extension_notified_in_time_makes_the_same_answer_in_time(self):
        v = check(self.base(stage1_extension_notified="2025-01-20"))
        self.assertEqual(rules(v, "late"), {})
        code, summary, err = docs.run("letter", "-", "--kind", "ombudsman",
                                      stdin=json.dumps(self.base(stage1_extension_notified="2025-01-20")).encode())
        self.assertIn("met within the extension the landlord wrote of, on Wednesday 29 January 2025.", summary)

    def test_an_extension_notified_after_the_deadline_does_not_count(self):
        v = check(self.base(stage1_extension_notified="2025-01-27"))
        self.assertIn("late:stage1-response", rules(v, "late"))
        self.assertEqual(next(f for f in v["findings"] if f["rule"] == "deadline:stage1-extension")["result"], "fail")

    def test_no_answer_yet_within_a_notified_extension_is_not_overdue(self):
        c = self.base(stage1_extension_notified="2025-01-20")
        del c["process"]["stage1_response"]
        c["today"] = "2025-01-28"
        self.assertEqual(rules(check(c), "overdue"), {})
        del c["process"]["stage1_extension_notified"]
        self.assertIn("overdue:stage1-response", rules(check(c), "overdue"))


class EachWindowFromItsOwnAnchor(unittest.TestCase):
    """ForHousing's two months run "from the Stage 1 complaint being closed", Halton 10.2's twenty
    working days from "receiving the stage one decision letter": days the case cannot know, on or
    after the answer. Counted from the answer (the safe day to ask by), and said so."""

    def test_forhousing_closed_and_halton_received(self):
        for landlord, words, clause in (("cheshire-west-forhousing", "closes the stage 1 complaint", "stage 2"),
                                        ("halton-housing", "receive the stage 1 answer", "10.2")):
            with self.subTest(landlord=landlord):
                v = check(case(landlord, "2026-01-10", {"stage1_submitted": "2025-12-01", "stage1_acknowledged": "2025-12-02",
                                                        "stage1_response": "2025-12-12"}, event_date="2025-11-01"))
                f = next(f for f in v["findings"] if f["rule"] == "deadline:stage2-request-by:anchor")
                self.assertEqual(f["result"], "discretion")
                self.assertIn(words, f["reason"])
                self.assertIn("Friday 12 December 2025", f["reason"])
                self.assertIn("Ask by then to be safe", f["reason"])
                self.assertIn(clause, f["cite"])


class WhoMayComplain(unittest.TestCase):
    def test_tower_hamlets_202433247_a_household_member_needs_the_tenants_authority(self):
        c = case("halton-housing", "2025-11-20", {}, event_date="2025-10-01")
        c["complainant"]["role"] = "household-member"
        f = next(f for f in check(c)["findings"] if f["rule"] == "note:tenant-authority")
        self.assertIn("202433247", f["cite"])
        self.assertIn("tenant's permission", f["reason"])
        c["complainant"]["role"] = "tenant"
        self.assertNotIn("note:tenant-authority", [f["rule"] for f in check(c)["findings"]])


class JudgedAtItsOwnDates(unittest.TestCase):
    def test_a_complaint_in_time_when_made_stays_in_time(self):
        # A complaint made on 6 July 2025 about an ASB report of 7 July 2024, checked on 21 August
        # 2025 with its answers entered: judged at 6 July 2025, within 12 months.
        c = case("ombudsman-code", "2025-08-21",
                 {"stage1_submitted": "2025-07-06", "stage1_acknowledged": "2025-07-08", "stage1_response": "2025-07-18"},
                 event_date="2024-07-07", category="anti-social-behaviour")
        v = check(c)
        self.assertTrue(v["time_limit"]["in_time"])
        self.assertEqual(v["outcome"], "complaint")
        c["today"] = "2025-07-06"
        c["process"] = {"stage1_submitted": "2025-07-06"}
        self.assertEqual(check(c)["outcome"], "complaint")


if __name__ == "__main__":
    unittest.main(verbosity=2)

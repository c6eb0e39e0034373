#!/usr/bin/env python3
"""The `redress` command's contract: outputs, exit codes and one-line errors.

Run by ctest with the path of the redress binary. Expected values come from the sources (the
official bank holiday list, the policies' clauses), never from running the command itself.
"""
import json
import re
import os
import subprocess
import sys
import tempfile
import unittest

REDRESS = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join("build", "native", "redress")


def run(*args, stdin=None):
    result = subprocess.run([REDRESS, *args], input=stdin, capture_output=True, timeout=60)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


class CalendarCommands(unittest.TestCase):
    def test_holidays_2026(self):
        code, out, err = run("holidays", "2026", "2026")
        self.assertEqual(code, 0, err)
        dates = [h["date"] for h in json.loads(out)]
        self.assertEqual(dates, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                 "2026-08-31", "2026-12-25", "2026-12-28"])

    def test_holidays_span_is_sorted_and_titled(self):
        code, out, _ = run("holidays", "2022", "2023")
        items = json.loads(out)
        self.assertEqual([h["date"] for h in items], sorted(h["date"] for h in items))
        titles = {h["date"]: h["title"] for h in items}
        self.assertEqual(titles["2022-09-19"], "Bank Holiday for the State Funeral of Queen Elizabeth II")
        self.assertEqual(titles["2023-05-08"], "Bank holiday for the coronation of King Charles III")

    def test_add_working_days(self):
        self.assertEqual(run("add-working-days", "2025-12-19", "5")[1], "2025-12-30\n")
        self.assertEqual(run("add-working-days", "2025-11-24", "-1")[1], "2025-11-21\n")

    def test_bad_calendar_input(self):
        for args, words in [
            (("holidays", "2025"), "FROM_YEAR TO_YEAR"),
            (("holidays", "1999", "2000"), "FROM_YEAR"),
            (("holidays", "2026", "2025"), "before"),
            (("add-working-days", "2025-02-30", "1"), "2025-02-30 is not a real date"),
            (("add-working-days", "2025-01-01", "ten"), "N must be"),
            (("add-working-days", "2025-01-01", "99999999999"), "N must be"),
            (("add-working-days", "1999-12-31", "1"), "2000 to 2100"),
        ]:
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual(code, 2)
                self.assertEqual(out, "")
                self.assertIn(words, err)
                self.assertEqual(err.count("\n"), 1, "exactly one line on stderr")


def case(**issue):
    base = {"landlord": "together-housing", "today": "2025-11-20",
            "issue": {"category": "repairs", "event_date": "2025-01-20"}}
    base["issue"].update(issue)
    return base


class Check(unittest.TestCase):
    def test_contract_fields(self):
        code, out, err = run("check", "-", stdin=json.dumps(case()).encode())
        self.assertEqual(code, 0, err)
        v = json.loads(out)
        # Together Housing 2.4 gives six months; the Code (2.3) gives twelve.
        self.assertEqual((v["outcome"], v["policy_outcome"]), ("complaint", "out-of-time"))
        self.assertEqual(v["time_limit"]["months"], 12)
        self.assertEqual(v["time_limit"]["ends"], "2026-01-20")
        self.assertEqual(v["time_limit"]["policy"], {"months": 6, "ends": "2025-07-20"})
        self.assertIs(v["consent_required"], False)
        self.assertEqual(v["deadlines"], {})
        for f in v["findings"]:
            self.assertEqual(set(f) >= {"rule", "result", "cite", "reason"}, True)
            self.assertIn(f["result"], ("pass", "fail", "discretion", "conflict", "info"))

    def test_awaabs_law_and_policy_current(self):
        # Damp and mould reported on Monday 3 November 2025: 10 working days to investigate
        # (Hazards in Social Housing Regulations 2025), to Monday 17 November. Together Housing's
        # policy ran to February 2024 ("Effective to: (M/Y) Feb 2024").
        c = case(hazard="damp-mould", hazard_reported="2025-11-03", ongoing=True)
        code, out, err = run("check", "-", stdin=json.dumps(c).encode())
        self.assertEqual(code, 0, err)
        v = json.loads(out)
        self.assertIs(v["awaabs_law"], True)
        self.assertIs(v["policy_current"], False)
        self.assertEqual(v["deadlines"]["hazard-investigate"], "2025-11-17")
        self.assertEqual(v["deadlines"]["hazard-summary"], "2025-11-20")
        self.assertNotIn("hazard-further-work-start", v["deadlines"])  # only once the investigation's end is given
        self.assertEqual(list(v).index("awaabs_law"), 0)  # keys in sorted order
        for key in ("ombudsman-code",):
            code, out, _ = run("check", "-", stdin=json.dumps({**case(), "landlord": key}).encode())
            self.assertNotIn("policy_current", json.loads(out))
        code, out, _ = run("check", "-", stdin=json.dumps(case()).encode())
        self.assertIs(json.loads(out)["awaabs_law"], False)

    def test_check_reads_a_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(case(), f)
        try:
            code, out, _ = run("check", f.name)
            self.assertEqual(code, 0)
            self.assertEqual(json.loads(out)["landlord"], "together-housing")
        finally:
            os.unlink(f.name)

    def test_bad_case_exit_2_one_line_nothing_on_stdout(self):
        for payload, words in [
            (json.dumps(case(event_date="2025-02-30")), "issue.event_date: 2025-02-30 is not a real date"),
            (json.dumps({"landlord": "acme", "issue": {"event_date": "2025-01-01"}}), "known: "),
            (b"\xff\xfe", "UTF-8"),
            ("[" * 5000, "nested"),
            ("x" * (1024 * 1024 + 10), "1 MB"),
            # Awaab's Law's fields, named in the message.
            (json.dumps(case(hazard="asbestos")), "issue.hazard: \"asbestos\" is not one of"),
            (json.dumps(case(hazard="damp-mould", hazard_reported="2025-11-21")), "issue.hazard_reported: 2025-11-21 is after today"),
            (json.dumps({**case(hazard="damp-mould", hazard_reported="2025-11-10"),
                         "process": {"hazard_investigated": "2025-11-03"}}),
             "process.hazard_investigated: 2025-11-03 is before issue.hazard_reported (2025-11-10)"),
        ]:
            with self.subTest(words=words):
                code, out, err = run("check", "-", stdin=payload if isinstance(payload, bytes) else payload.encode())
                self.assertEqual(code, 2)
                self.assertEqual(out, "")
                self.assertIn(words, err)
                self.assertEqual(err.count("\n"), 1)

    def test_missing_file(self):
        code, out, err = run("check", "/nonexistent/case.json")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("cannot open", err)

    def test_jsonl_keeps_order_and_survives_bad_lines(self):
        lines = [json.dumps(case()), "{broken", json.dumps(case(event_date="2025-11-01", first_request=True)), ""]
        code, out, err = run("check", "--jsonl", "-", stdin=("\n".join(lines) + "\n" + json.dumps(case())).encode())
        self.assertEqual(code, 0, err)
        rows = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(rows), 5)
        self.assertEqual(rows[0]["outcome"], "complaint")
        self.assertEqual(rows[1]["line"], 2)
        self.assertIn("not valid JSON", rows[1]["error"]["message"])
        self.assertEqual(rows[2]["outcome"], "service-request")
        self.assertEqual(rows[3]["line"], 4)
        self.assertIn("empty", rows[3]["error"]["message"])
        self.assertEqual(rows[4]["outcome"], "complaint")

    def test_jsonl_splits_lines_as_getline_does(self):
        # Lines are read in 64 KB blocks (src/cli/line_reader.cpp): carriage returns, an empty
        # line, a line just over 1 MB that spans several blocks (reported, and the next line still
        # read), one of exactly 1 MB before its carriage return (kept), and a last line with no
        # newline (still a line).
        good = json.dumps(case())
        over = "x" * (1024 * 1024 + 1)
        head = json.dumps({"landlord": "halton-housing", "pad": ""})
        exact = head[:-2] + "y" * (1024 * 1024 - len(head)) + head[-2:]
        self.assertEqual(len(exact), 1024 * 1024)
        text = good + "\r\n" + over + "\n" + good + "\r\n\r\n" + exact + "\r\n" + good + "\n" + over
        code, out, err = run("check", "--jsonl", "-", stdin=text.encode())
        self.assertEqual(code, 0, err)
        rows = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(rows), 7)
        for number in (1, 3, 6):
            self.assertEqual(rows[number - 1]["outcome"], "complaint", number)
        for number in (2, 7):
            self.assertEqual((rows[number - 1]["line"], rows[number - 1]["error"]["message"]),
                             (number, "the line is larger than 1 MB"))
        self.assertIn("empty", rows[3]["error"]["message"])
        self.assertNotIn("1 MB", json.dumps(rows[4]))  # exactly 1 MB is within the limit

    def test_jsonl_threads_keep_order_across_batches(self):
        # Over 1024 lines, so several batches, each split between the threads. Landlords and bad
        # lines at known places show that every verdict comes out on its own line number.
        landlords = ["halton-housing", "together-housing", "hhal", "cheshire-west-forhousing",
                     "kirklees-homes-neighbourhoods", "ombudsman-code"]
        bad = {700, 1024, 1025, 2049}
        lines = []
        for number in range(1, 2601):
            c = case()
            c["landlord"] = landlords[number % len(landlords)]
            lines.append("{broken" if number in bad else json.dumps(c))
        text = ("\n".join(lines) + "\n").encode()
        outputs = []
        for threads in (["--threads", "1"], ["--threads", "2"], ["--threads", "3"], []):
            code, out, err = run("check", "--jsonl", *threads, "-", stdin=text)
            self.assertEqual(code, 0, err)
            outputs.append(out)
        self.assertEqual(len(set(outputs)), 1, "the output depends on the number of threads")
        rows = [json.loads(line) for line in outputs[0].splitlines()]
        self.assertEqual(len(rows), 2600)
        for number, row in enumerate(rows, start=1):
            if number in bad:
                self.assertEqual(row["line"], number)
            else:
                self.assertEqual(row["landlord"], landlords[number % len(landlords)], number)

    def test_bad_thread_count(self):
        for value in ("0", "abc", "17", "-1", "2x"):
            code, out, err = run("check", "--jsonl", "--threads", value, "-", stdin=b"")
            self.assertEqual((code, out), (2, ""), value)
            self.assertIn("--threads", err)
            self.assertEqual(len(err.strip().splitlines()), 1)
        code, out, err = run("check", "--jsonl", "-", "--threads")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("--threads", err)

    def test_policies(self):
        code, out, _ = run("policies")
        self.assertEqual(code, 0)
        items = json.loads(out)
        # One policy for each file in assets/policies (beside its table of test cases), so adding
        # a landlord needs no change here; the five landlords and the Code at least.
        folder = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                              "assets", "policies")
        files = [f[:-len(".json")] for f in os.listdir(folder) if f.endswith(".json") and not f.endswith(".tests.json")]
        self.assertEqual(sorted(p["id"] for p in items), sorted(files))
        self.assertTrue({"halton-housing", "together-housing", "hhal", "cheshire-west-forhousing",
                         "kirklees-homes-neighbourhoods", "ombudsman-code"} <= set(files))
        for p in items:
            self.assertEqual(set(p), {"id", "name", "document", "date"})
        halton = next(p for p in items if p["id"] == "halton-housing")
        self.assertEqual(halton["document"], "Talk To Us Policy, issue 8.1")


class Usage(unittest.TestCase):
    def test_help_for_every_command(self):
        for command in ("check", "policies", "holidays", "add-working-days"):
            with self.subTest(command=command):
                code, out, _ = run(command, "--help")
                self.assertEqual(code, 0)
                self.assertIn("Usage: redress " + command, out)

    def test_letter_help_names_every_kind_the_command_takes(self):
        code, out, _ = run("letter", "--help")
        self.assertEqual(code, 0)
        # The kinds --kind accepts are the ones its refusal lists; the help names each one.
        _, _, err = run("letter", "-", "--kind", "no-such-kind")
        kinds = re.findall(r"[a-z0-9-]+", err.split("one of", 1)[1]) if "one of" in err else []
        self.assertGreaterEqual(len(kinds), 8, err)
        for kind in kinds:
            self.assertRegex(out, r"\b%s\b" % re.escape(kind))

    def test_help_lists_the_site_pages_as_the_footer_links_them(self):
        # Issue 33: `redress --help` gives the addresses of the pages every page's footer links to,
        # and the three lists (the help, src/shared/util/site_pages.h, web/index.html's footer) agree.
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        listed = re.findall(r"^  ([a-z-]+\.html) +(.+)$", out.split("Pages in the web app", 1)[-1], re.M)
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        with open(os.path.join(root, "src", "shared", "util", "site_pages.h"), encoding="utf-8") as f:
            table = [(path, label) for _, label, path in re.findall(r'\{"([a-z-]+)", "([^"]+)", "([a-z-]+\.html)"\}', f.read())]
        with open(os.path.join(root, "web", "index.html"), encoding="utf-8") as f:
            footer = f.read().split("<footer", 1)[1].split("</footer>", 1)[0]
        linked = [(path, label) for path, label in re.findall(r'<a id="footer-[a-z-]+" href="([a-z-]+\.html)">([^<]+)</a>', footer)]
        self.assertEqual(len(table), 4, table)
        self.assertEqual(listed, table)
        self.assertEqual(linked, table)
        for path in ("accessibility.html", "privacy.html", "sources.html", "advice.html"):
            self.assertIn(path, [p for p, _ in listed])

    def test_unknown_command(self):
        code, out, err = run("frobnicate")
        self.assertEqual((code, out), (2, ""))
        self.assertIn('unknown command "frobnicate"', err)


if __name__ == "__main__":
    unittest.main(verbosity=2)

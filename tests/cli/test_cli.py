#!/usr/bin/env python3
"""The `redress` command's contract: outputs, exit codes and one-line errors.

Run by ctest with the path of the redress binary. Expected values come from the sources (the
official bank holiday list, the policies' clauses), never from running the command itself.
"""
import json
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


class Usage(unittest.TestCase):
    def test_help_for_every_command(self):
        for command in ("holidays", "add-working-days"):
            with self.subTest(command=command):
                code, out, _ = run(command, "--help")
                self.assertEqual(code, 0)
                self.assertIn("Usage: redress " + command, out)

    def test_unknown_command(self):
        code, out, err = run("frobnicate")
        self.assertEqual((code, out), (2, ""))
        self.assertIn('unknown command "frobnicate"', err)


if __name__ == "__main__":
    unittest.main(verbosity=2)

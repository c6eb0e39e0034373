#!/usr/bin/env python3
"""The same core gives the same bytes natively and as WebAssembly: `redress check --jsonl` over
2,000 generated cases, every document in every format for the document test cases, and the
calendar commands, from both builds, must match exactly.

Run by ctest in the wasm tree: test_wasm_equivalence.py NATIVE_REDRESS WASM_REDRESS_JS
"""
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate_cases  # noqa: E402

NATIVE, WASM = (sys.argv.pop(1), sys.argv.pop(1)) if len(sys.argv) > 2 else (
    os.path.join(ROOT, "build", "native", "redress"), os.path.join(ROOT, "build", "wasm", "redress.js"))


def both(*args, stdin=None):
    native = subprocess.run([NATIVE, *args], input=stdin, capture_output=True, timeout=300)
    wasm = subprocess.run(["node", "--no-experimental-fetch", WASM, *args], input=stdin, capture_output=True, timeout=300)
    return native, wasm


class Equivalence(unittest.TestCase):
    def setUp(self):
        if not os.path.exists(NATIVE):
            self.fail("the native build is missing (%s): build the native preset first" % NATIVE)

    def test_check_jsonl(self):
        import json
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for c in generate_cases.generate(2000, seed=7):
                f.write(json.dumps(c) + "\n")
            f.write("{not json\n")
        try:
            native, wasm = both("check", "--jsonl", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(native.returncode, 0, native.stderr)
        self.assertEqual(wasm.returncode, 0, wasm.stderr)
        self.assertEqual(native.stdout.count(b"\n"), 2001)
        self.assertEqual(native.stdout, wasm.stdout)

    def test_calendar_and_errors(self):
        for args in (("holidays", "2000", "2100"), ("add-working-days", "2025-12-19", "5"),
                     ("policies",), ("add-working-days", "2025-02-30", "1")):
            with self.subTest(args=args):
                native, wasm = both(*args)
                self.assertEqual((native.returncode, native.stdout, native.stderr),
                                 (wasm.returncode, wasm.stdout, wasm.stderr))

    def test_documents(self):
        cases = os.path.join(ROOT, "tests", "documents", "cases")
        for name in sorted(os.listdir(cases)):
            for kind in ("stage1", "stage2", "discretion", "service-request", "consent", "representation", "ombudsman"):
                for fmt in ("text", "html", "json", "ics"):
                    with self.subTest(case=name, kind=kind, format=fmt):
                        native, wasm = both("letter", os.path.join(cases, name), "--kind", kind, "--format", fmt)
                        self.assertEqual((native.returncode, native.stdout, native.stderr),
                                         (wasm.returncode, wasm.stdout, wasm.stderr))


if __name__ == "__main__":
    unittest.main(verbosity=2)

#!/usr/bin/env python3
"""Everything `redress` says about a fixed set of generated cases, as one hash per output, so a
change that must not change behaviour (a restructuring) can be checked byte for byte.

    python3 tools/output_snapshot.py build/native/redress > before.txt     # on the old build
    python3 tools/output_snapshot.py build/native/redress > after.txt      # on the new build
    diff before.txt after.txt                                               # nothing: the same bytes

It writes one line per output: the verdicts of 20,000 generated cases (`check --jsonl`, hashed in
blocks of 1,000 lines so a difference points at its block), and for 300 of them every document
kind in every format (`letter --kind K --format F`, plus `--large-print`), with the exit status,
so a document that is refused must stay refused with the same message. Cases come from
bench/generate_cases.py (deterministic), with names, addresses and text in several scripts added
for the documents. `--cases N` and `--documents N` change the counts.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from generate_cases import generate  # noqa: E402

KINDS = ("stage1", "stage2", "discretion", "service-request", "consent", "representation", "ombudsman", "chaser",
         "hazard-report")
FORMATS = (("text",), ("html",), ("html", "--large-print"), ("json",), ("ics",))
NAMES = ("Sam Taylor", "Aisha Rahman", "Wiktoria Nowak", "李明", "Priya Shah")
SUMMARIES = ("Water is leaking through the kitchen ceiling.", "Nobody came to fix the boiler.",
             "Wilgoć w sypialni", "مکان میں نمی ہے", "The caretaker shouted at me.")


def with_details(case, k):
    """A generated case with the fields documents use, varied by `k`."""
    case = json.loads(json.dumps(case))
    case["complainant"] = {"name": NAMES[k % len(NAMES)], "address": "%d High Street\nTown" % (k + 1),
                           "email": "tenant%d@example.com" % k if k % 2 else "", "reference": "T%05d" % k if k % 3 else ""}
    case["issue"].update({"summary": SUMMARIES[k % len(SUMMARIES)], "details": "Since the spring." if k % 2 else "",
                          "outcome_sought": "Repair it and apologise." if k % 4 else "",
                          "delay_reason": "I was in hospital." if k % 5 == 0 else ""})
    case["representative"]["name"] = "Jo Adviser" if k % 2 else ""
    case["representative"]["organisation"] = "Citizens Advice" if k % 4 == 1 else ""
    if k % 3 == 0:
        case["adjustments"] = ["large-print", "email-contact"]
    if k % 7 == 0:
        case["process"].update({"resolved": "They sent a plumber.", "unresolved": "The ceiling is still stained."})
    return case


def run(redress, args, stdin):
    result = subprocess.run([redress, *args], input=stdin, capture_output=True)
    return result.returncode, result.stdout + b"\0" + result.stderr


def digest(data):
    return hashlib.sha256(data).hexdigest()[:20]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("redress", help="the redress binary")
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--documents", type=int, default=300)
    options = parser.parse_args()

    cases = list(generate(options.cases))
    lines = [json.dumps(c, separators=(",", ":")) for c in cases]
    code, out = run(options.redress, ["check", "--jsonl", "--threads", "2", "-"], ("\n".join(lines) + "\n").encode())
    verdicts = out.split(b"\0", 1)[0].split(b"\n")
    print("check --jsonl: exit %d, %d lines" % (code, len(verdicts)))
    for start in range(0, len(verdicts), 1000):
        print("verdicts %5d-%5d %s" % (start, start + 999, digest(b"\n".join(verdicts[start:start + 1000]))))

    step = max(1, options.cases // max(1, options.documents))
    for k in range(0, min(options.cases, options.documents * step), step):
        case = json.dumps(with_details(cases[k], k)).encode()
        for kind in KINDS:
            for fmt in FORMATS:
                code, out = run(options.redress, ["letter", "-", "--kind", kind, "--format", *fmt], case)
                print("case %5d %-15s %-22s exit %d %s" % (k, kind, " ".join(fmt), code, digest(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

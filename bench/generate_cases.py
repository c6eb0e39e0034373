#!/usr/bin/env python3
"""Writes N generated cases as JSON Lines (deterministic: the same seed gives the same file).

    python3 bench/generate_cases.py 100000 > cases.jsonl
"""
import datetime
import json
import random
import sys

LANDLORDS = ["halton-housing", "together-housing", "hhal", "cheshire-west-forhousing",
             "kirklees-homes-neighbourhoods", "ombudsman-code"]
CATEGORIES = ["repairs", "anti-social-behaviour", "staff-conduct", "rent-or-service-charge-level", "insurance",
              "data-protection", "director", "other"]
KINDS = ["none", "relative", "friend", "advocate", "support-worker", "advice-agency", "solicitor", "mp",
         "councillor", "tenant-panel"]


def generate(count, seed=20251120):
    rng = random.Random(seed)
    today = datetime.date(2025, 11, 20)
    for _ in range(count):
        event = today - datetime.timedelta(days=rng.randrange(0, 900))
        process, cursor = {}, event + datetime.timedelta(days=rng.randrange(0, 30))
        for step in ("stage1_submitted", "stage1_acknowledged", "stage1_response", "stage2_requested",
                     "stage2_acknowledged", "stage2_response")[:rng.randrange(0, 7)]:
            if cursor > today:
                break
            process[step] = cursor.isoformat()
            cursor += datetime.timedelta(days=rng.randrange(1, 25))
        yield {
            "landlord": rng.choice(LANDLORDS),
            "today": today.isoformat(),
            "representative": {"kind": rng.choice(KINDS), "consent": rng.choice(["none", "verbal", "written"])},
            "issue": {"category": rng.choice(CATEGORIES), "event_date": event.isoformat(),
                      "first_request": rng.random() < 0.2, "ongoing": rng.random() < 0.1,
                      "health_and_safety": rng.random() < 0.2, "disrepair": rng.random() < 0.3,
                      "legal_proceedings": rng.choice(["none", "none", "planned", "started"]),
                      "insurance_claim": rng.random() < 0.1},
            "process": process,
        }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.stdout
    for c in generate(n):
        out.write(json.dumps(c, separators=(",", ":")) + "\n")

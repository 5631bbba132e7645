#!/usr/bin/env python3
"""Generates samples/cases/cases.jsonl: a deterministic corpus of realistic cases over real CJS offence codes.

Usage (from the repository root):
  dotnet run --project src/PocEngine.Cli -- offences > /tmp/offences.csv
  python3 samples/cases/generate.py /tmp/offences.csv > /tmp/unrecorded.jsonl
  dotnet run --project src/PocEngine.Cli -- calculate --input /tmp/unrecorded.jsonl > /tmp/calculated.jsonl
  python3 samples/cases/generate.py --record /tmp/unrecorded.jsonl /tmp/calculated.jsonl > samples/cases/cases.jsonl

The second step adds the category CMS "recorded": the calculated one for most cases and, for about one case in
ten, a deliberately wrong one, so that 'poc audit' has mismatches to find. The seed is fixed: the output is the
same on every run.
"""
import csv, json, random, sys

AREAS = ["Cymru Wales", "East Midlands", "East of England", "London North", "London South", "Merseyside & Cheshire",
         "North East", "North West", "South East", "South West", "Thames & Chiltern", "Wessex", "West Midlands",
         "Yorkshire & Humberside"]
COMMON = ["TH68023", "OF61102", "TH68026", "CD71038", "MD71230", "PC02020", "OF61016", "PU86003", "CJ88159",
          "RT88026", "RT88007", "RT88333", "TH68010", "CD71039", "CJ88116", "TH68001", "TH68036", "MD71100",
          "PU86002", "RT88191", "SX03001", "COML025", "CJ93004", "AW06001", "OF61014", "TH68023A", "CD71039B"]
CATEGORIES = ["homicide", "offences-against-the-person", "sexual-offences", "burglary", "robbery",
              "theft-and-handling", "fraud-and-forgery", "criminal-damage", "drugs-offences", "public-order-offences",
              "all-other-offences-excluding-motoring", "motoring-offences"]


def generate(offences_csv):
    rng = random.Random(20261126)
    eligible = [r["code"] for r in csv.DictReader(open(offences_csv, encoding="utf-8")) if r["eligible"] == "true"]
    for n in range(1, 1201):
        kind = rng.choices(["conviction", "unsuccessful", "administrative"], [80, 16, 4])[0]
        charges = []
        for seq in range(1, rng.choice([1, 1, 1, 2, 2, 3, 4, 6]) + 1):
            code = rng.choice(COMMON) if rng.random() < 0.7 else rng.choice(eligible)
            charge = {"seq": seq, "code": code}
            if rng.random() < 0.08:
                charge["removedBeforeFinalisation"] = True
            charges.append(charge)
        day = rng.randrange(0, 730)
        year, rest = (2024, day) if day < 366 else (2025, day - 366)
        month, dom = divmod(rest, 28)
        yield {"id": f"C-{n:05d}", "area": rng.choice(AREAS),
               "finalisedOn": f"{year}-{min(month + 1, 12):02d}-{dom + 1:02d}", "finalisation": kind, "charges": charges}


def record(unrecorded, calculated):
    rng = random.Random(7)
    results = {r["id"]: r for r in map(json.loads, open(calculated, encoding="utf-8"))}
    for case in map(json.loads, open(unrecorded, encoding="utf-8")):
        result = results[case["id"]]
        recorded = result["category"] if result["outcome"] == "determined" else result["outcome"]
        if result["outcome"] == "determined" and rng.random() < 0.1:
            recorded = rng.choice([c for c in CATEGORIES if c != recorded])
        case["recordedCategory"] = recorded
        yield case


if __name__ == "__main__":
    rows = record(sys.argv[2], sys.argv[3]) if sys.argv[1] == "--record" else generate(sys.argv[1])
    for row in rows:
        print(json.dumps(row, separators=(",", ":")))

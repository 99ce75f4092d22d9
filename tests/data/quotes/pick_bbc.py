#!/usr/bin/env python3
"""Picks 20 quotes from 20 different BBC corpus articles, for checking speakers by hand.

Usage: python3 tests/data/quotes/pick_bbc.py [CORPUS] [BINARY] [SEED] [EXCLUDE.md…] > picks.tsv
Seeded, so the same corpus and binary give the same picks. One quote per article, drawn
at random among that article's quotes of three words or more (shorter ones are mostly
scare quotes, which the table is not about). Articles named in the EXCLUDE tables are
skipped, so a new set is held out from the sets the code was tuned on.
"""
import json, random, subprocess, sys, pathlib

corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/bbc")
binary = sys.argv[2] if len(sys.argv) > 2 else "target/debug/factcheck"
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20231113)
exclude = set()
for table in sys.argv[4:]:
    for row in pathlib.Path(table).read_text().splitlines():
        cells = [c.strip() for c in row.split("|")]
        if len(cells) > 2 and cells[2].endswith(".txt"):
            exclude.add(cells[2])
files = [f for f in sorted(corpus.glob("*/*.txt")) if str(f.relative_to(corpus)) not in exclude]
rng.shuffle(files)
picked = 0
for path in files:
    out = subprocess.run([binary, "extract", "--format", "jsonl", str(path)],
                         capture_output=True, text=True).stdout
    quotes = [json.loads(l) for l in out.splitlines() if '"kind":"quote"' in l]
    quotes = [q for q in quotes if len(q["value"].split()) >= 3]
    if not quotes:
        continue
    q = rng.choice(quotes)
    start = " ".join(q["value"].split()[:6])
    print("\t".join([str(path.relative_to(corpus)), str(q["line"]), start,
                     q.get("speaker_text", "-"), q.get("speaker", "-")]))
    picked += 1
    if picked == 20:
        break

#!/usr/bin/env python3
"""The values one build of factcheck finds and another does not, with their context.

    scripts/vdiff.py OLD_BIN NEW_BIN REFERENCE FILE_LIST

Runs `extract --format jsonl` of both binaries on every file named in FILE_LIST (one path per
line) with `--reference REFERENCE`, and prints each value only the old build found (`-`) or only
the new one (`+`): file, kind and value, then the text around it with the value in brackets.
The last line, on stderr, counts them (`# -N +M`). Read every changed line of an accuracy
change before keeping it; scripts/golden.sh tells whether there are any.
"""
import json
import subprocess
import sys


def values(binary, path, reference):
    out = subprocess.run(
        [binary, "extract", path, "--reference", reference, "--format", "jsonl"],
        capture_output=True, text=True, check=False,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def context(data, value, width=45):
    start, end = value["start"], value["end"]
    text = (data[max(0, start - width):start].decode(errors="replace") + "["
            + data[start:end].decode(errors="replace") + "]"
            + data[end:end + width // 2].decode(errors="replace"))
    return text.replace("\n", " ")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    old, new, reference, listing = sys.argv[1:]
    removed = added = 0
    with open(listing, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    for path in paths:
        before, after = values(old, path, reference), values(new, path, reference)
        keys_before = {json.dumps(v, sort_keys=True) for v in before}
        keys_after = {json.dumps(v, sort_keys=True) for v in after}
        if keys_before == keys_after:
            continue
        with open(path, "rb") as f:
            data = f.read()
        for sign, found, other in (("-", before, keys_after), ("+", after, keys_before)):
            for v in found:
                if json.dumps(v, sort_keys=True) in other:
                    continue
                removed += sign == "-"
                added += sign == "+"
                what = {k: v[k] for k in v if k not in ("text", "start", "end", "line")}
                print(f"{sign} {path.split('/')[-1]} {json.dumps(what)}\n    {context(data, v)}")
    print(f"# -{removed} +{added}", file=sys.stderr)


if __name__ == "__main__":
    main()

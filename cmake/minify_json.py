#!/usr/bin/env python3
"""Writes a JSON file again without white space between its tokens, for embedding.

    minify_json.py IN OUT

The policies are embedded in every binary, and every byte is in each first load of the portal
(bench/page_load.mjs); their indentation was a tenth of them. Python's own json module reads the
file and writes it back compactly (UTF-8 as it is, not \\u escapes), so the loader reads the same
document: the same keys in the same order, the same strings and numbers. Two cases are copied
unchanged instead, so that the loader reports the problem as it was written: a file that is not
valid JSON, and an object with a repeated key (json would keep only the last).
"""
import json
import sys


class RepeatedKey(ValueError):
    pass


def object_without_repeats(pairs):
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise RepeatedKey()
    return dict(pairs)


def minified(data):
    """The compact text of `data`, or `data` itself when the loader should see it as written."""
    try:
        document = json.loads(data, object_pairs_hook=object_without_repeats)
    except ValueError:  # not JSON, or a repeated key (RepeatedKey is a ValueError)
        return data
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: minify_json.py IN OUT")
    source, target = sys.argv[1], sys.argv[2]
    with open(source, "rb") as f:
        data = f.read()
    with open(target, "wb") as f:
        f.write(minified(data))


if __name__ == "__main__":
    main()

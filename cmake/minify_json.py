#!/usr/bin/env python3
"""Copies a JSON file without the white space between its tokens, for embedding.

    minify_json.py IN OUT

The policies are embedded in every binary, and every byte is in each first load of the portal
(bench/page_load.mjs); their indentation was a tenth of them. Only white space outside strings
goes: strings, numbers, key order and repeated keys are copied exactly as written, so the loader
reads the same document. A file that is not valid JSON is copied unchanged, so that the loader
reports its problem as written (dropping the space in "1 2" would hide one); and the result is
read back to check it is the same document.
"""
import json
import sys

WHITE_SPACE = b" \t\r\n"


def minify(data):
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:  # a string: copied whole, escapes and all
            j = i + 1
            while j < n and data[j] != 0x22:
                j += 2 if data[j] == 0x5C else 1
            out += data[i:j + 1]
            i = j + 1
        elif c in WHITE_SPACE:
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: minify_json.py IN OUT")
    source, target = sys.argv[1], sys.argv[2]
    with open(source, "rb") as f:
        data = f.read()
    pairs = lambda items: items  # keeps order and repeated keys, so the comparison sees them
    try:
        document = json.loads(data, object_pairs_hook=pairs)
    except ValueError:
        text = data  # not JSON: the loader names the file and the problem
    else:
        text = minify(data)
        if json.loads(text, object_pairs_hook=pairs) != document:
            sys.exit("%s: minifying changed the document" % source)
    with open(target, "wb") as f:
        f.write(text)


if __name__ == "__main__":
    main()

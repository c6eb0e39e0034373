#!/usr/bin/env python3
"""Copies one of web/'s scripts into the build with its comment lines and indentation left out.

    strip_js_comments.py IN OUT

Every byte of the page's own scripts is in each first load (bench/page_load.mjs), and a third of
them were comments and indentation, which the source keeps for the next reader. Only whole lines
whose first characters are "//" are dropped, and each line's leading spaces: line breaks stay,
so automatic semicolons and line numbers in error messages are unchanged relative to the code.
This is safe for web/'s scripts because they have no template literals (a line inside one could
start with "//"); the script refuses a file with a backtick outside a comment.
"""
import re
import sys


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        code = line.lstrip()
        if code.startswith("//"):
            continue
        if "`" in re.sub(r"//.*$", "", code):
            sys.exit("%s: a template literal; strip_js_comments.py cannot tell its lines from comments" % source)
        out.append(code)
    text = "\n".join(out)
    try:
        with open(target, encoding="utf-8") as f:
            if f.read() == text:
                return  # unchanged: keep the file's time, so nothing downstream rebuilds
    except FileNotFoundError:
        pass
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

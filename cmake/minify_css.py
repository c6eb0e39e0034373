#!/usr/bin/env python3
"""Copies web/style.css into the build without its comments and spare spaces.

    minify_css.py IN OUT

Every byte of the style sheet is in each first load (bench/page_load.mjs); the source keeps its
comments and layout for the next reader. Only what cannot change the meaning goes: comments,
runs of white space (made one space), and the spaces around "{", "}" and ";". Spaces around ":"
">" or "," stay, because in a selector ".layer :is(...)" differs from ".layer:is(...)". Quoted
strings are copied as they are.
"""
import re
import sys

TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|/\*.*?\*/|\s+|[^"\'/\s]+|/', re.S)


def minify(css):
    out = []
    for match in TOKEN.finditer(css):
        token = match.group(0)
        if token.startswith("/*"):  # only closed comments match; an open one is copied as it is
            out.append(" ")
        elif token.isspace():
            out.append(" ")
        else:
            out.append(token)
    text = "".join(out)
    # Outside strings only: strings were copied whole, so split on them again.
    parts = re.split(r'("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')', text)
    for i in range(0, len(parts), 2):
        part = re.sub(r" +", " ", parts[i])
        part = re.sub(r" ?([{};]) ?", r"\1", part)
        parts[i] = part.replace(";}", "}")
    return "".join(parts).strip() + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: minify_css.py IN OUT")
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        css = f.read()
    if css.count("{") != css.count("}"):
        sys.exit("%s: the braces do not balance" % source)
    text = minify(css)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

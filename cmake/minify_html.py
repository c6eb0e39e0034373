#!/usr/bin/env python3
"""Copies web/index.html into the build without its comments and indentation.

    minify_html.py IN OUT

Every byte of the page is in each first load (bench/page_load.mjs); the source keeps its
comments and layout for the next reader. Comments go whole, and each line's leading spaces; line
breaks stay. That is safe only where white space means nothing, so a page with <pre>, <textarea>
or <script> content (as against <script src>) is refused rather than changed.
"""
import re
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: minify_html.py IN OUT")
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        html = f.read()
    if re.search(r"<(pre|textarea)\b", html, re.I) or re.search(r"<script\b[^>]*>\s*[^<\s]", html, re.I):
        sys.exit("%s: has <pre>, <textarea> or inline script, whose white space may matter" % source)
    if html.count("<!--") != html.count("-->"):
        sys.exit("%s: a comment is not closed" % source)
    html = re.sub(r"<!--.*?-->\n?", "", html, flags=re.S)
    html = "\n".join(line.strip() for line in html.split("\n") if line.strip()) + "\n"
    with open(target, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()

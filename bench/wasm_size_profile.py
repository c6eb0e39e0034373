#!/usr/bin/env python3
"""Where a WebAssembly file's bytes go: the sections, and the code by function and by group.

Link with --profiling-funcs to keep function names, then:
    python3 bench/wasm_size_profile.py build/wasm/web/redress_app.wasm [--top 40]
Functions are grouped by the first namespace or prefix in their demangled-looking names
(emscripten's name section holds C++ names), so the big parts stand out: ImGui, nlohmann::json,
date, libc++, redress.
"""
import argparse
import collections
import re
import sys


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    if data[:4] != b"\0asm":
        raise SystemExit("not a WebAssembly file")
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, body = leb(data, pos + 1)
        yield sid, body, size
        pos = body + size


SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def read_name(data, pos):
    n, pos = leb(data, pos)
    return data[pos:pos + n].decode("utf-8", "replace"), pos + n


def profile(data):
    imported = 0
    bodies = []
    names = {}
    section_sizes = collections.Counter()
    for sid, body, size in sections(data):
        label = SECTION_NAMES.get(sid, str(sid))
        if sid == 0:
            name, _ = read_name(data, body)
            label = "custom:" + name
            if name == "name":
                pos = body + len(name) + 1
                end = body + size
                while pos < end:
                    kind = data[pos]
                    sub_size, sub = leb(data, pos + 1)
                    if kind == 1:
                        count, p = leb(data, sub)
                        for _ in range(count):
                            index, p = leb(data, p)
                            fname, p = read_name(data, p)
                            names[index] = fname
                    pos = sub + sub_size
        elif sid == 2:
            count, p = leb(data, body)
            for _ in range(count):
                _, p = read_name(data, p)
                _, p = read_name(data, p)
                kind = data[p]
                p += 1
                if kind == 0:
                    imported += 1
                    _, p = leb(data, p)
                elif kind == 1:
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 2:
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 3:
                    p += 2
        elif sid == 10:
            count, p = leb(data, body)
            for i in range(count):
                fsize, q = leb(data, p)
                bodies.append((i, fsize))
                p = q + fsize
        section_sizes[label] += size
    functions = [(names.get(imported + i, "function %d" % (imported + i)), size) for i, size in bodies]
    return section_sizes, functions


GROUPS = [
    ("nlohmann::json", r"nlohmann"),
    ("date", r"\bdate::"),
    ("Dear ImGui", r"ImGui|ImDraw|ImFont|Im[A-Z]\w*|stbtt|stb_|ImStb"),
    ("embind", r"emscripten::|embind|_EmVal"),
    ("redress", r"redress"),
    ("libc++ streams and locale", r"std::__2::(basic_[io]?stream|basic_streambuf|basic_ios|locale|ctype|num_put|num_get|money|time_put|time_get|codecvt|__num|ios_base)"),
    ("libc++ strings and containers", r"std::__2::"),
    ("libc", r"^(printf|vfprintf|fmt_|__|str|mem|malloc|free|dlmalloc|sbrk|fwrite|sn?printf|pop_arg|frexp|wcs|wc|mbr?t)"),
]


def group_of(name):
    for label, pattern in GROUPS:
        if re.search(pattern, name):
            return label
    return "other"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wasm")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    data = open(args.wasm, "rb").read()
    section_sizes, functions = profile(data)
    print("%-28s %10s" % ("section", "bytes"))
    for label, size in section_sizes.most_common():
        print("%-28s %10d" % (label, size))
    groups = collections.Counter()
    for name, size in functions:
        groups[group_of(name)] += size
    total = sum(groups.values()) or 1
    print("\n%-34s %10s %6s" % ("code by group", "bytes", "share"))
    for label, size in groups.most_common():
        print("%-34s %10d %5.1f%%" % (label, size, 100.0 * size / total))
    print("\nlargest functions")
    for name, size in sorted(functions, key=lambda f: -f[1])[:args.top]:
        print("%8d  %s" % (size, name[:150]))


if __name__ == "__main__":
    sys.exit(main())

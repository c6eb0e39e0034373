#!/usr/bin/env python3
"""The shape of the code, as docs/architecture.md and each folder's README promise it.

- Layers: every folder of src (src/cli, src/wasm, src/shared/<layer>) has a README whose line
  "May include: a, b, c." names the layers its files may include; an include of any other layer
  is reported with the file and line. The layers' own "may include" lists must form no cycle.
- No include cycle between Redress's own files.
- No .cpp file over 500 lines, no function over 80 lines (functions and their ends as
  universal-ctags finds them, so a lambda counts toward the function around it).

Run by ctest: tests/structure/test_structure.py (stdlib only, plus the `ctags` command).
"""
import json
import os
import re
import subprocess
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "src")
SHARED = os.path.join(SRC, "shared")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
MAX_CPP_LINES = 500
MAX_FUNCTION_LINES = 80


def folders():
    """{layer name: folder}: src/shared/<layer>, and src/cli and src/wasm as "cli" and "wasm"."""
    out = {name: os.path.join(SHARED, name) for name in sorted(os.listdir(SHARED))
           if os.path.isdir(os.path.join(SHARED, name))}
    out["cli"] = os.path.join(SRC, "cli")
    out["wasm"] = os.path.join(SRC, "wasm")
    return out


def sources(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith((".h", ".cpp")))


def may_include(folder):
    """The layers a folder's README lets it include ("nothing of Redress" is none)."""
    with open(os.path.join(folder, "README.md"), encoding="utf-8") as f:
        m = re.search(r"^May include: (.*?)\.?$", f.read(), re.M)
    if m is None:
        raise AssertionError(folder + "/README.md has no 'May include:' line")
    if m.group(1).startswith("nothing"):
        return set()
    return {part.strip() for part in m.group(1).split(",")}


def resolve(including, name):
    """The file an #include "name" in `including` means, or None for a header not of Redress."""
    for base in (os.path.dirname(including), SHARED, os.path.join(SRC, "cli"), os.path.join(SRC, "wasm")):
        path = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(path):
            return path
    return None


def layer_of(path, layers):
    for name, folder in layers.items():
        if os.path.dirname(path) == folder:
            return name
    return None


class Structure(unittest.TestCase):
    def setUp(self):
        self.layers = folders()
        self.files = [f for folder in self.layers.values() for f in sources(folder)]

    def test_each_layer_includes_only_what_its_readme_allows(self):
        allowed = {name: may_include(folder) for name, folder in self.layers.items()}
        for layer, names in allowed.items():
            self.assertLessEqual(names, set(self.layers), "%s's README names a layer that does not exist" % layer)
        problems = []
        for path in self.files:
            layer = layer_of(path, self.layers)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for m in INCLUDE.finditer(text):
                target = resolve(path, m.group(1))
                if target is None:
                    continue  # a third-party header (imgui.h, doctest) or a generated one
                other = layer_of(target, self.layers)
                if other != layer and other not in allowed[layer]:
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append("%s:%d includes %s (%s may include: %s)" % (
                        os.path.relpath(path, ROOT), line, m.group(1), layer, ", ".join(sorted(allowed[layer])) or "nothing"))
        self.assertEqual(problems, [])
        # The allowed layers themselves read top to bottom: no layer may include one that may include it.
        order = self.topological(allowed)
        self.assertIsNotNone(order, "the layers' 'May include' lists form a cycle")

    def test_no_include_cycle(self):
        graph = {}
        for path in self.files:
            with open(path, encoding="utf-8") as f:
                graph[path] = {t for t in (resolve(path, n) for n in INCLUDE.findall(f.read())) if t}
        cycle = self.find_cycle(graph)
        self.assertIsNone(cycle, "include cycle: " + " -> ".join(os.path.relpath(p, ROOT) for p in cycle or []))

    def test_files_and_functions_stay_small(self):
        for path in self.files:
            if path.endswith(".cpp"):
                with open(path, encoding="utf-8") as f:
                    lines = f.read().count("\n")
                with self.subTest(file=os.path.relpath(path, ROOT)):
                    self.assertLessEqual(lines, MAX_CPP_LINES)
        out = subprocess.run(["ctags", "--output-format=json", "--fields=+ne", "--kinds-C++=f", "--languages=C++",
                              "--langmap=C++:+.h", "-f", "-", *self.files], capture_output=True, text=True, check=True).stdout
        functions = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        functions = [f for f in functions if f.get("kind") == "function" and "end" in f]
        self.assertGreater(len(functions), 300)  # ctags read the sources
        for f in functions:
            length = f["end"] - f["line"] + 1
            with self.subTest(function="%s:%d %s" % (os.path.relpath(f["path"], ROOT), f["line"], f["name"])):
                self.assertLessEqual(length, MAX_FUNCTION_LINES)

    def test_the_checks_can_fail(self):
        # A two-file cycle is found, and a 'May include' cycle has no order.
        self.assertIsNotNone(self.find_cycle({"a": {"b"}, "b": {"a"}}))
        self.assertIsNone(self.find_cycle({"a": {"b"}, "b": set()}))
        self.assertIsNone(self.topological({"x": {"y"}, "y": {"x"}}))

    @staticmethod
    def find_cycle(graph):
        """A list of nodes forming a cycle in `graph` ({node: set of nodes}), or None."""
        state, stack = {}, []

        def visit(node):
            state[node] = "open"
            stack.append(node)
            for nxt in sorted(graph.get(node, ())):
                if state.get(nxt) == "open":
                    return stack[stack.index(nxt):] + [nxt]
                if nxt not in state:
                    found = visit(nxt)
                    if found:
                        return found
            stack.pop()
            state[node] = "done"
            return None

        for node in sorted(graph):
            if node not in state:
                found = visit(node)
                if found:
                    return found
        return None

    @staticmethod
    def topological(allowed):
        remaining = {k: set(v) for k, v in allowed.items()}
        order = []
        while remaining:
            ready = sorted(k for k, v in remaining.items() if not (v & set(remaining)))
            if not ready:
                return None
            order += ready
            for k in ready:
                del remaining[k]
        return order


if __name__ == "__main__":
    unittest.main(verbosity=2)

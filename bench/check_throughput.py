#!/usr/bin/env python3
"""Cases per second for `redress check --jsonl`, natively and as WebAssembly under Node.

    python3 bench/check_throughput.py [N]      # default 100000 cases, best of 5 runs each

Needs both builds (cmake --build --preset native / wasm). Prints each rate and their ratio,
measured in the same run on the same input, and checks that every run gives identical output.
Natively it runs once on one thread and once on every processor (the default); the WebAssembly
build has one thread (src/wasm/CMakeLists.txt says why). Targets: at least 200,000 cases/s
natively; WebAssembly within 2x of native. The WebAssembly build has one thread, so its ratio is
judged against native on one thread, the same work on the same processor; the ratio against every
processor is printed too.

This machine's timings vary by a fifth from run to run (it is a shared virtual machine), hence
the best of five.
"""
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import generate_cases  # noqa: E402

NATIVE = [os.path.join(ROOT, "build", "native", "redress")]
WASM = ["node", "--no-experimental-fetch", os.path.join(ROOT, "build", "wasm", "redress.js")]


def best_of(command, path, extra=(), runs=5):
    """The best time of `runs` runs. Output goes to /dev/null, so the time is Redress's work, not
    a reader's: Python reading 660 MB from a pipe took longer than Redress writing it."""
    best = None
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(command + ["check", "--jsonl", *extra, path], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(command), result.stderr.decode()[-2000:]))
        best = elapsed if best is None else min(best, elapsed)
    return best


def output_digest(command, path, extra=()):
    """SHA-256 of the output, read as it streams, so runs can be compared without keeping it."""
    digest = hashlib.sha256()
    with subprocess.Popen(command + ["check", "--jsonl", *extra, path], stdout=subprocess.PIPE) as process:
        for block in iter(lambda: process.stdout.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    for needed in (NATIVE[0], WASM[-1]):
        if not os.path.exists(needed):
            sys.exit("missing %s: build the native and wasm presets first" % needed)
    folder = os.path.join(ROOT, "build", "bench")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "cases-%d.jsonl" % n)
    with open(path, "w") as f:
        for c in generate_cases.generate(n):
            f.write(__import__("json").dumps(c, separators=(",", ":")) + "\n")
    single_s = best_of(NATIVE, path, ["--threads", "1"])
    native_s = best_of(NATIVE, path)
    wasm_s = best_of(WASM, path)
    same = output_digest(NATIVE, path, ["--threads", "1"]) == output_digest(NATIVE, path) == output_digest(WASM, path)
    print("cases:                       %d" % n)
    print("native, one thread:          %.0f cases/s (%.3f s)" % (n / single_s, single_s))
    print("native, %d threads:           %.0f cases/s (%.3f s)" % (os.cpu_count() or 1, n / native_s, native_s))
    print("wasm (node), one thread:     %.0f cases/s (%.3f s)" % (n / wasm_s, wasm_s))
    print("wasm time / native 1 thread: %.2fx (target: at most 2x: %s)" % (wasm_s / single_s,
                                                                         "met" if wasm_s / single_s <= 2 else "NOT met"))
    print("wasm time / native %d threads: %.2fx" % (os.cpu_count() or 1, wasm_s / native_s))
    print("native target 200000:        %s" % ("met" if n / native_s >= 200000 else "NOT met"))
    print("identical output:            %s" % ("yes" if same else "NO"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build everything and run every test: the README's test command (and .ci/run).

    python3 tests/run.py            # everything
    python3 tests/run.py --skip-browser --skip-fuzz
    python3 tests/run.py --stress-build 5   # 5 clean builds of each preset at -j2 and -j8, compared
    python3 tests/run.py --stress-build 2 --stress-preset wasm   # one preset

Suites: native unit tests and CLI tests (ctest), the same unit tests compiled to WebAssembly
under Node and the deployment checks (ctest), the libFuzzer target for a bounded time, and the
browser tests (Debian Chromium via playwright-core against serve.py, the smoke test again
against nginx with deploy/nginx.conf, and the main story and resilience checks in Firefox ESR and
WebKitGTK under xvfb-run). Every test case is counted; the last line is
"N passed, N failed". Exit status 0 only when nothing failed.
"""
import argparse
import glob
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import build_tree  # noqa: E402  (tools/ is not a package)
BUILD = os.path.join(ROOT, "build")
LOGS = os.path.join(BUILD, "test-logs")
ANSI = re.compile(r"(?:\x1b|\[NON-XML-CHAR-0x1B\])\[[0-9;]*m")
FUZZ_SECONDS = int(os.environ.get("REDRESS_FUZZ_SECONDS", "60"))


class Tally:
    def __init__(self):
        self.rows = []  # (suite, passed, failed)

    def add(self, suite, passed, failed):
        self.rows.append((suite, passed, failed))
        print("  %-28s %5d passed, %d failed" % (suite, passed, failed), flush=True)

    @property
    def passed(self):
        return sum(r[1] for r in self.rows)

    @property
    def failed(self):
        return sum(r[2] for r in self.rows)


def step(title, command, log_name, env=None, timeout=3600):
    """Run a build step with its output in a log; on failure show the log's tail."""
    print("== " + title, flush=True)
    os.makedirs(LOGS, exist_ok=True)
    log_path = os.path.join(LOGS, log_name)
    started = time.time()
    with open(log_path, "w") as log:
        try:
            code = subprocess.call(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   env={**os.environ, **(env or {})}, timeout=timeout)
        except subprocess.TimeoutExpired:
            code = -1
            log.write("\n(timed out after %d s)\n" % timeout)
    if code != 0:
        with open(log_path, errors="replace") as log:
            tail = log.read()[-4000:]
        print(tail + "\n   failed (exit %s); full log: %s" % (code, log_path), flush=True)
    else:
        print("   done in %.0f s" % (time.time() - started), flush=True)
    return code == 0


def counts_from_output(text):
    """(passed, failed) from a doctest or Python unittest summary in `text`, or None."""
    text = ANSI.sub("", text or "")
    m = re.search(r"\[doctest\] test cases:\s*(\d+)\s*\|\s*(\d+) passed\s*\|\s*(\d+) failed", text)
    if m:
        return int(m.group(2)), int(m.group(3))
    m = re.search(r"^Ran (\d+) tests? in", text, re.M)
    if m:
        total = int(m.group(1))
        f = re.search(r"^FAILED \((.*)\)", text, re.M)
        failed = sum(int(n) for n in re.findall(r"(?:failures|errors)=(\d+)", f.group(1))) if f else 0
        return total - failed, failed
    return None


def run_ctest(tally, preset, suite):
    junit = os.path.join(LOGS, "ctest-%s.xml" % preset)
    step("ctest (%s)" % preset, ["ctest", "--preset", preset, "--output-junit", junit,
                                      "--test-output-size-passed", "1000000", "--test-output-size-failed", "1000000"], "ctest-%s.log" % preset,
         env={"NODE_PATH": "/usr/share/nodejs"})
    if not os.path.exists(junit):
        tally.add(suite, 0, 1)
        return
    for case in ET.parse(junit).getroot().iter("testcase"):
        name = case.get("name")
        ok = case.get("status") in ("run", "passed") and case.find("failure") is None
        out = case.findtext("system-out") or ""
        counted = counts_from_output(out)
        if counted is None:
            counted = (1, 0) if ok else (0, 1)
        elif not ok and counted[1] == 0:
            counted = (counted[0], 1)  # the binary failed after (or without) its summary: a crash
        tally.add("%s/%s" % (suite, name), *counted)


def run_fuzz(tally):
    corpus = os.path.join(BUILD, "fuzz", "corpus")
    os.makedirs(corpus, exist_ok=True)
    seeds = os.path.join(ROOT, "tests", "fuzz", "seeds")
    ok = step("fuzz: fuzz_case for %d s" % FUZZ_SECONDS,
              [os.path.join(BUILD, "fuzz", "fuzz_case"), corpus, seeds, "-max_total_time=%d" % FUZZ_SECONDS,
               "-max_len=4096", "-timeout=10", "-rss_limit_mb=2048", "-print_final_stats=1",
               "-artifact_prefix=" + os.path.join(BUILD, "fuzz") + "/"],
              "fuzz.log", env={"ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS": "halt_on_error=1"},
              timeout=FUZZ_SECONDS + 300)
    tally.add("fuzz/fuzz_case", 1 if ok else 0, 0 if ok else 1)


# The browser tests in Chromium (run.mjs), and the main story and resilience checks in Firefox ESR
# and WebKitGTK (engines.mjs), which need a display: a virtual one by Debian's xvfb-run.
CHROMIUM_RUNNER = ["node", os.path.join(ROOT, "tests", "browser", "run.mjs")]
ENGINES_RUNNER = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "node", os.path.join(ROOT, "tests", "browser", "engines.mjs")]


def run_browser(tally, suite, server_command, test_files=(), runner=CHROMIUM_RUNNER, engines="Chromium, playwright-core"):
    """The browser tests (or only `test_files`) against a server started by `server_command`,
    which prints its URL on its first line and stops on SIGINT."""
    print("== %s (%s)" % (suite, engines), flush=True)
    server = subprocess.Popen(server_command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "REDRESS_QUIET": "1"})
    try:
        line = server.stdout.readline()
        m = re.search(r"(http://\S+/)", line)
        if not m:
            print("   the server did not start: " + line + (server.stdout.read() if server.poll() is not None else ""))
            tally.add(suite, 0, 1)
            return
        log_path = os.path.join(LOGS, suite.replace(" ", "-").replace("(", "").replace(")", "") + ".log")
        with open(log_path, "w") as log:
            proc = subprocess.run([*runner, m.group(1), *test_files],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                  timeout=1800)
            log.write(proc.stdout)
        for row in proc.stdout.splitlines():
            if row.startswith("not ok") or row.startswith("  "):
                print("   " + row)
        summary = re.search(r"^browser: (\d+) passed, (\d+) failed", proc.stdout, re.M)
        if summary:
            passed, failed = int(summary.group(1)), int(summary.group(2))
            if proc.returncode != 0 and failed == 0:
                failed = 1
        else:
            print(proc.stdout[-3000:])
            passed, failed = 0, 1
        tally.add(suite, passed, failed)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


# What each preset makes that a user or a test runs, relative to its build tree: a stress round's
# outputs must be byte-identical to every other round's (docs/build.md).
STRESS_OUTPUTS = {
    "native": ["redress", "unit_tests", "src/shared/embedded_policies.cpp", "src/shared/policies/*.json",
               "src/shared/embedded_law.cpp", "src/shared/law/*.json"],
    "wasm": ["web/**/*", "redress.js", "redress.wasm", "unit_tests.js", "unit_tests.wasm", "bench/bare/*",
             "src/shared/embedded_policies.cpp", "src/shared/policies/*.json", "src/shared/embedded_law.cpp",
             "src/shared/law/*.json", "src/wasm/imgui_app/**/*.cpp", "src/wasm/font_faces/*"],
    "fuzz": ["fuzz_case", "redress", "unit_tests", "src/shared/embedded_policies.cpp", "src/shared/embedded_law.cpp"],
}


def output_hashes(tree, patterns):
    """{relative path: sha256} of every file the patterns name in `tree`."""
    hashes = {}
    for pattern in patterns:
        for path in glob.glob(os.path.join(tree, pattern), recursive=True):
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    hashes[os.path.relpath(path, tree)] = hashlib.sha256(f.read()).hexdigest()
    return hashes


def stress_build(rounds, presets):
    """`rounds` clean configure-and-build rounds of each of `presets` at -j2 and at -j8, in
    build/stress/<preset> (the same path each round, so paths inside the outputs agree). Fails on a
    failed round, a missing output, or any output that differs between rounds."""
    failures = 0
    for preset in presets:
        patterns = STRESS_OUTPUTS[preset]
        tree = os.path.join(BUILD, "stress", preset)
        reference, times = None, []
        for jobs in (2, 8):
            for n in range(1, rounds + 1):
                shutil.rmtree(tree, ignore_errors=True)
                label = "%s round %d at -j%d" % (preset, n, jobs)
                started = time.time()
                env = {"NODE_PATH": "/usr/share/nodejs"}
                ok = (step("configure " + label, ["cmake", "--preset", preset, "-B", tree], "stress-configure.log", env=env)
                      and step("build " + label, ["cmake", "--build", tree, "-j", str(jobs)], "stress-build.log", env=env))
                times.append(time.time() - started)
                if not ok:
                    failures += 1
                    continue
                hashes = output_hashes(tree, patterns)
                if not hashes:
                    print("   no outputs found in " + tree, flush=True)
                    failures += 1
                elif reference is None:
                    reference = hashes
                elif hashes != reference:
                    changed = sorted(k for k in set(hashes) | set(reference) if hashes.get(k) != reference.get(k))
                    print("   outputs differ from round 1: " + ", ".join(changed), flush=True)
                    failures += 1
        print("stress %s: %d rounds, %d files compared, %.0f s to %.0f s a round" %
              (preset, len(times), len(reference or {}), min(times), max(times)), flush=True)
    shutil.rmtree(os.path.join(BUILD, "stress"), ignore_errors=True)
    total = len(STRESS_OUTPUTS) * 2 * rounds
    print("%d passed, %d failed" % (total - failures, failures))
    return 0 if failures == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--skip-fuzz", action="store_true")
    parser.add_argument("--skip-wasm", action="store_true")
    parser.add_argument("--stress-build", type=int, metavar="N",
                        help="instead of the tests: N clean builds of each preset at -j2 and -j8, compared byte for byte")
    parser.add_argument("--stress-preset", action="append", choices=sorted(STRESS_OUTPUTS), metavar="PRESET",
                        help="with --stress-build: only this preset (repeatable; default: all)")
    options = parser.parse_args()
    tally = Tally()
    started = time.time()

    if not step("set-up (tools/setup.sh)", ["bash", os.path.join(ROOT, "tools", "setup.sh")], "setup.log"):
        tally.add("set-up", 0, 1)
        print("%d passed, %d failed" % (tally.passed, tally.failed))
        return 1
    if options.stress_build:
        return stress_build(options.stress_build, options.stress_preset or list(STRESS_OUTPUTS))

    builds = [("native", "native")]
    if not options.skip_wasm:
        builds.append(("wasm", "wasm"))
    if not options.skip_fuzz:
        builds.append(("fuzz", "fuzz"))
    built = {}
    for preset, _ in builds:
        if build_tree.forget_other_generator(build_tree.preset_tree(preset)):
            print("== build/%s was made by another CMake generator: building it again" % preset, flush=True)
        built[preset] = (step("configure %s" % preset, ["cmake", "--preset", preset], "configure-%s.log" % preset)
                         and step("build %s" % preset, ["cmake", "--build", "--preset", preset], "build-%s.log" % preset))
        if not built[preset]:
            tally.add("build/" + preset, 0, 1)

    if built.get("native"):
        run_ctest(tally, "native", "native")
    if built.get("wasm"):
        run_ctest(tally, "wasm", "wasm")
    if built.get("fuzz"):
        run_ctest(tally, "fuzz", "sanitized")
        run_fuzz(tally)
    if built.get("wasm") and not options.skip_browser:
        run_browser(tally, "browser", [sys.executable, os.path.join(ROOT, "serve.py"), "--no-build", "--port", "0"])
        # The smoke test again, served as deployed: Debian's nginx with deploy/nginx.conf.
        run_browser(tally, "browser (nginx)", [sys.executable, os.path.join(ROOT, "tools", "nginx_server.py")],
                    ["smoke.test.mjs"])
        run_browser(tally, "browser (Firefox, WebKit)", [sys.executable, os.path.join(ROOT, "serve.py"), "--no-build", "--port", "0"],
                    runner=ENGINES_RUNNER, engines="Firefox ESR by puppeteer-core over WebDriver BiDi, WebKitGTK by selenium-webdriver")

    print("== finished in %.0f s" % (time.time() - started))
    print("%d passed, %d failed" % (tally.passed, tally.failed))
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

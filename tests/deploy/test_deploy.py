#!/usr/bin/env python3
"""Deployment checks on a built web folder (ctest in the wasm tree):

    python3 tests/deploy/test_deploy.py build/wasm/web

- deploy/nginx.conf is what deploy/headers.json says (deploy/make_nginx_conf.py --check), and a
  malformed headers.json is refused with the field named;
- every precompressed copy (.br, .gz) decodes to its file, and every file the service worker
  lists has one;
- the service worker's version and integrity hashes are the files' own, and change with them;
- serve.py and Debian's nginx with deploy/nginx.conf answer every request alike: status, types,
  encodings, Vary, Cache-Control and the security headers.
Standard library only, plus the brotli and nginx commands tools/setup.sh installs.
"""
import gzip
import hashlib
import base64
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import serving_rules  # noqa: E402

WEB = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "wasm", "web")
COMPARED = ["Content-Type", "Content-Encoding", "Vary", "Cache-Control", "Content-Length"] + list(serving_rules.load().headers)


def service_worker_build(path=os.path.join(WEB, "sw.js")):
    with open(path, encoding="utf-8") as f:
        m = re.search(r"BUILD=\n(\{.*\})\n", f.read())
    return json.loads(m.group(1))


class Server:
    """serve.py or tools/nginx_server.py on a free port, until stopped."""

    def __init__(self, command):
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env={**os.environ, "REDRESS_QUIET": "1"})
        line = self.process.stdout.readline()
        m = re.search(r"http://([\d.]+):(\d+)/", line)
        if not m:
            self.stop()
            raise RuntimeError("%s did not start: %s" % (command[1], line))
        self.host, self.port = m.group(1), int(m.group(2))

    def get(self, path, accept_encoding):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        headers = {"Accept-Encoding": accept_encoding} if accept_encoding is not None else {}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, {k: response.getheader(k) for k in COMPARED}, body

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.process.stdout.close()


class NginxConf(unittest.TestCase):
    def test_nginx_conf_is_generated_from_headers_json(self):
        result = subprocess.run([sys.executable, os.path.join(ROOT, "deploy", "make_nginx_conf.py"), "--check"],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_a_malformed_headers_json_is_refused_naming_the_field(self):
        with open(serving_rules.HEADERS_JSON) as f:
            data = json.load(f)
        data["cache"][0]["uri"] = "(unclosed"
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "headers.json")
            with open(path, "w") as f:
                json.dump(data, f)
            with self.assertRaisesRegex(serving_rules.RulesError, r"cache\[0\]\.uri is not a regular expression"):
                serving_rules.load(path)

    def test_accept_encoding_is_read_with_its_weights(self):
        read = serving_rules.accepted_encodings
        self.assertEqual(read("gzip, deflate, br"), {"gzip", "deflate", "br"})
        self.assertEqual(read("br;q=0, gzip;q=0.5"), {"gzip"})
        self.assertEqual(read("*"), {"*", "br", "gzip"})
        self.assertEqual(read(""), set())


class BuildOutputs(unittest.TestCase):
    def test_precompressed_copies_decode_to_their_files(self):
        names = list(service_worker_build()["files"]) + ["sw.js"]
        for name in names:
            with open(os.path.join(WEB, name), "rb") as f:
                original = f.read()
            with open(os.path.join(WEB, name + ".gz"), "rb") as f:
                self.assertEqual(gzip.decompress(f.read()), original, name + ".gz")
            decoded = subprocess.run(["brotli", "--decompress", "--stdout", os.path.join(WEB, name + ".br")],
                                     capture_output=True, check=True).stdout
            self.assertEqual(decoded, original, name + ".br")
            self.assertLess(os.path.getsize(os.path.join(WEB, name + ".br")), len(original), name + ".br is not smaller")

    def test_the_service_worker_carries_each_files_hash_and_a_version_that_follows_them(self):
        build = service_worker_build()
        self.assertIn("index.html", build["files"])
        self.assertIn("redress_app.wasm", build["files"])
        self.assertEqual(build["lazy"], ["fonts/redress-dyslexic.otc"])
        for name, integrity in build["files"].items():
            with open(os.path.join(WEB, name), "rb") as f:
                digest = base64.b64encode(hashlib.sha256(f.read()).digest()).decode()
            self.assertEqual(integrity, "sha256-" + digest, name)
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "web")
            shutil.copytree(WEB, copy)
            with open(os.path.join(copy, "style.css"), "a") as f:
                f.write("/* changed */\n")
            precache = [n for n in build["files"] if n not in build["lazy"]]
            subprocess.run([sys.executable, os.path.join(ROOT, "cmake", "make_service_worker.py"),
                            os.path.join(ROOT, "web", "sw.js"), os.path.join(copy, "sw.js"), copy,
                            "--precache", *precache, "--lazy", *build["lazy"]], check=True)
            changed = service_worker_build(os.path.join(copy, "sw.js"))
        self.assertNotEqual(changed["version"], build["version"])
        self.assertNotEqual(changed["files"]["style.css"], build["files"]["style.css"])
        self.assertEqual(changed["files"]["app.js"], build["files"]["app.js"])


@unittest.skipUnless(shutil.which("nginx") or os.path.exists("/usr/sbin/nginx"), "nginx is not installed")
class ServePyAndNginxAgree(unittest.TestCase):
    def test_every_file_is_served_alike_in_every_encoding(self):
        serve = Server([sys.executable, os.path.join(ROOT, "serve.py"), "--no-build", "--port", "0", "--root", WEB])
        try:
            nginx = Server([sys.executable, os.path.join(ROOT, "tools", "nginx_server.py"), "--root", WEB])
        except RuntimeError:
            serve.stop()
            raise
        try:
            paths = ["/", "/" + "sw.js", "/fonts/", "/missing.js", "/app.js?v=1"]
            paths += ["/" + name for name in service_worker_build()["files"]]
            paths += ["/icons/" + name for name in sorted(os.listdir(os.path.join(WEB, "icons")))]
            for path in paths:
                for encoding in ("gzip, deflate, br", "gzip", "br;q=0, gzip", "identity", None):
                    with self.subTest(path=path, accept_encoding=encoding):
                        s_status, s_headers, s_body = serve.get(path, encoding)
                        n_status, n_headers, n_body = nginx.get(path, encoding)
                        self.assertEqual(s_status, n_status)
                        if s_status != 200:  # error pages differ; their headers must not
                            for name in ["Cache-Control"] + list(serving_rules.load().headers):
                                self.assertEqual(s_headers[name], n_headers[name], name)
                            continue
                        self.assertEqual(s_headers, n_headers)
                        self.assertEqual(s_body, n_body)
        finally:
            serve.stop()
            nginx.stop()


if __name__ == "__main__":
    unittest.main(verbosity=2)

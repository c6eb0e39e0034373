"""How the web app is served, read from deploy/headers.json: the one source of truth for serve.py
and deploy/nginx.conf (deploy/make_nginx_conf.py writes the latter from it).

    rules = serving_rules.load()
    rules.content_type("app.js")        # "text/javascript; charset=utf-8"
    rules.cache_control("/index.html")  # "no-store"

A malformed file stops with a message naming the field and the problem.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS_JSON = os.path.join(ROOT, "deploy", "headers.json")

# What each encoding's precompressed file ends with, in the order a server prefers them.
SUFFIXES = {"br": ".br", "gzip": ".gz"}


class RulesError(Exception):
    pass


class Rules:
    def __init__(self, data, source):
        def need(cond, field, problem):
            if not cond:
                raise RulesError("%s: %s %s" % (source, field, problem))

        need(isinstance(data, dict), "the file", "must be a JSON object")
        headers = data.get("headers")
        need(isinstance(headers, dict) and headers, "headers", "must be an object of header names to values")
        for name, value in headers.items():
            need(re.fullmatch(r"[A-Za-z][A-Za-z-]*", name), "headers", "has a bad header name %r" % name)
            need(isinstance(value, str) and value and '"' not in value and "\n" not in value,
                 "headers.%s" % name, "must be a one-line string without double quotes")
        self.headers = dict(headers)

        types = data.get("types")
        need(isinstance(types, dict) and types, "types", "must be an object of extensions to types")
        self.types = {}
        for ext, entry in types.items():
            need(re.fullmatch(r"\.[a-z0-9]+", ext), "types", "has a bad extension %r (expected like \".js\")" % ext)
            need(isinstance(entry, dict) and isinstance(entry.get("type"), str)
                 and re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", entry["type"]),
                 "types.%s.type" % ext, "must be a MIME type like \"text/css\"")
            need(isinstance(entry.get("charset", False), bool), "types.%s.charset" % ext, "must be true or false")
            self.types[ext] = (entry["type"], entry.get("charset", False))
        self.default_type = data.get("default_type")
        need(isinstance(self.default_type, str), "default_type", "must be a MIME type")

        cache = data.get("cache")
        need(isinstance(cache, list), "cache", "must be a list of rules")
        self.cache = []
        for i, rule in enumerate(cache):
            field = "cache[%d]" % i
            need(isinstance(rule, dict), field, "must be an object")
            need(isinstance(rule.get("uri"), str) and '"' not in rule["uri"], field + ".uri",
                 "must be a regular expression (without double quotes)")
            try:
                pattern = re.compile(rule["uri"])
            except re.error as error:
                raise RulesError("%s: %s.uri is not a regular expression: %s" % (source, field, error))
            need(isinstance(rule.get("cache_control"), str) and rule["cache_control"], field + ".cache_control",
                 "must be a Cache-Control value")
            self.cache.append((rule["uri"], pattern, rule["cache_control"], rule.get("why", "")))
        self.default_cache_control = data.get("default_cache_control")
        need(isinstance(self.default_cache_control, str), "default_cache_control", "must be a Cache-Control value")

        encodings = data.get("encodings")
        need(isinstance(encodings, list) and all(e in SUFFIXES for e in encodings), "encodings",
             "must list some of " + ", ".join(SUFFIXES) + ", most preferred first")
        self.encodings = list(encodings)

    def content_type(self, path):
        """The Content-Type for a file's name (not its precompressed variant's)."""
        ext = os.path.splitext(path)[1].lower()
        if ext not in self.types:
            return self.default_type
        mime, charset = self.types[ext]
        return mime + ("; charset=utf-8" if charset else "")

    def cache_control(self, uri_path):
        """The Cache-Control for a request's path (before any query string), e.g. "/app.js"."""
        for _, pattern, value, _ in self.cache:
            if pattern.search(uri_path):
                return value
        return self.default_cache_control


def load(path=HEADERS_JSON):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as error:
        raise RulesError("%s: cannot be read: %s" % (path, error.strerror))
    except ValueError as error:
        raise RulesError("%s: is not valid JSON: %s" % (path, error))
    return Rules(data, os.path.relpath(path, ROOT))


def accepted_encodings(header):
    """The content codings an Accept-Encoding header accepts (q > 0), lower case."""
    accepted = set()
    refused = set()
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        coding = fields[0].lower()
        if not coding:
            continue
        q = 1.0
        for param in fields[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        (accepted if q > 0 else refused).add(coding)
    if "*" in accepted:
        accepted |= set(SUFFIXES) - refused
    return accepted - refused

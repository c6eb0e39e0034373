#!/usr/bin/env python3
"""Writes deploy/nginx.conf from deploy/headers.json, the rules serve.py serves by.

    python3 deploy/make_nginx_conf.py           # print it
    python3 deploy/make_nginx_conf.py --write   # rewrite deploy/nginx.conf
    python3 deploy/make_nginx_conf.py --check   # exit 1, with a diff, if deploy/nginx.conf differs

The file is committed so a deployer can copy it; tests/deploy/test_deploy.py runs --check, so a
change to headers.json that is not carried into nginx.conf fails the tests.
"""
import difflib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import serving_rules  # noqa: E402  (tools/ is not a package)

CONF = os.path.join(HERE, "nginx.conf")

HEAD = """\
# Redress: the web app is static files, served by this server block (nginx 1.22, Debian bookworm).
# Generated from deploy/headers.json by deploy/make_nginx_conf.py: change that file, then run
# `python3 deploy/make_nginx_conf.py --write`. serve.py serves by the same rules.
#
# To deploy: copy build/wasm/web/ to the root below, put this file where nginx reads server
# blocks (Debian: /etc/nginx/sites-enabled/redress.conf, inside the http block), set listen and
# server_name (and TLS), then `nginx -t && nginx -s reload`. There is no server state, so any
# number of servers or a CDN can serve the same files.
#
# Nothing is compressed on the fly: the build wrote a .br and a .gz beside each text, wasm and
# font file, and gzip_static / brotli_static send the one the browser accepts, with
# Content-Encoding and Vary: Accept-Encoding.
#
# brotli_static needs ngx_brotli's static module: on Debian, `apt-get install
# libnginx-mod-http-brotli-static` (its load_module line goes into /etc/nginx/modules-enabled/,
# which Debian's nginx.conf includes). Where that module is not available, delete the
# brotli_static line: browsers then get the .gz files. tools/nginx_server.py, which the tests
# use, does that by itself when the module file is missing.
"""


def nginx_string(value):
    # headers.json refuses double quotes and line breaks; nginx keeps other backslashes as they are.
    return '"' + value + '"'


def render(rules):
    lines = [HEAD]
    lines.append("# Cache-Control by path, first match wins (deploy/headers.json \"cache\").")
    lines.append("map $uri $redress_cache_control {")
    for source, _, value, why in rules.cache:
        if why:
            lines.append("    # " + why)
        lines.append("    %s %s;" % (nginx_string("~" + source), nginx_string(value)))
    lines.append("    default %s;" % nginx_string(rules.default_cache_control))
    lines.append("}")
    lines.append("")
    lines.append("server {")
    lines.append("    listen 80;")
    lines.append("    listen [::]:80;")
    lines.append("    server_name _;")
    lines.append("    root /var/www/redress;  # a copy of build/wasm/web")
    lines.append("    server_tokens off;")
    lines.append("")
    lines.append("    # Only the types the app has; the charset is added to the text types.")
    lines.append("    types {")
    by_type = {}
    for ext, (mime, _) in rules.types.items():
        by_type.setdefault(mime, []).append(ext[1:])
    for mime, exts in by_type.items():
        lines.append("        %s %s;" % (mime, " ".join(exts)))
    lines.append("    }")
    lines.append("    default_type %s;" % rules.default_type)
    charset_types = []
    for mime, charset in rules.types.values():
        if charset and mime not in charset_types:
            charset_types.append(mime)
    lines.append("    charset utf-8;")
    lines.append("    charset_types %s;" % " ".join(charset_types))
    lines.append("")
    lines.append("    gzip off;")
    if "gzip" in rules.encodings:
        lines.append("    gzip_static on;")
    if "br" in rules.encodings:
        lines.append("    brotli_static on;  # libnginx-mod-http-brotli-static; see above")
    lines.append("    gzip_vary on;")
    lines.append("")
    lines.append("    # The same headers as serve.py, on every response (errors too).")
    for name, value in rules.headers.items():
        lines.append("    add_header %s %s always;" % (name, nginx_string(value)))
    lines.append("    add_header Cache-Control $redress_cache_control always;")
    lines.append("")
    lines.append("    # Files only: no directory listings, nothing but what the build made.")
    lines.append("    location = / {")
    lines.append("        try_files /index.html =404;")
    lines.append("    }")
    lines.append("    location / {")
    lines.append("        try_files $uri =404;")
    lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("", "--write", "--check"):
        sys.exit("usage: make_nginx_conf.py [--write | --check]")
    try:
        text = render(serving_rules.load())
    except serving_rules.RulesError as error:
        sys.exit("make_nginx_conf.py: " + str(error))
    if mode == "--write":
        with open(CONF, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    if mode == "--check":
        try:
            with open(CONF, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = ""
        if current != text:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       "deploy/nginx.conf", "from deploy/headers.json"))
            print("deploy/nginx.conf does not match deploy/headers.json: run python3 deploy/make_nginx_conf.py --write")
            return 1
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Serves a built web directory with Debian's nginx and deploy/nginx.conf, as the invoking user,
on a free loopback port: the tests and the benchmark check the app as it is deployed.

    python3 tools/nginx_server.py [--root build/wasm/web] [--access-log FILE]

Prints "Redress is at http://127.0.0.1:PORT/ (nginx)" once nginx answers, then runs until
interrupted (SIGINT or SIGTERM) and stops nginx. Everything nginx writes (its configuration,
pid, logs and temporary files) is in a fresh temporary directory; no root-owned path is touched.
deploy/nginx.conf is used as it is, but for its listen and root lines; the brotli_static line is
dropped when this nginx has no brotli module (said on standard error).
"""
import argparse
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPLOY_CONF = os.path.join(ROOT, "deploy", "nginx.conf")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_block(port, root, with_brotli):
    """deploy/nginx.conf with this machine's port and root."""
    with open(DEPLOY_CONF, encoding="utf-8") as f:
        text = f.read()
    text, listens = re.subn(r"^(\s*)listen 80;\n\s*listen \[::\]:80;", r"\g<1>listen 127.0.0.1:%d;" % port, text, flags=re.M)
    text, roots = re.subn(r"^(\s*)root [^;]+;", lambda m: '%sroot "%s";' % (m.group(1), root), text, flags=re.M)
    if listens != 1 or roots != 1:
        raise SystemExit("nginx_server.py: deploy/nginx.conf no longer has one 'listen 80; listen [::]:80;' and one root line")
    if not with_brotli:
        text = re.sub(r"^\s*brotli_static .*\n", "", text, flags=re.M)
    return text


def main_conf(tmp, access_log):
    user = pwd.getpwuid(os.getuid()).pw_name
    lines = []
    if os.getuid() == 0:
        lines.append("user %s;  # workers stay the invoking user" % user)
    if os.path.exists(BROTLI_MODULE):
        lines.append("load_module %s;" % BROTLI_MODULE)
    lines += [
        "worker_processes 1;",
        "events { worker_connections 256; }",
        "http {",
        "    log_format redress '$request_uri $status $body_bytes_sent \"$sent_http_content_encoding\"';",
        "    access_log %s;" % (access_log + " redress" if access_log else "off"),
    ]
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        lines.append("    %s_temp_path %s;" % (kind, os.path.join(tmp, kind)))
    lines += ["    include %s;" % os.path.join(tmp, "redress.conf"), "}"]
    return "\n".join(lines) + "\n"


def stop(signum, frame):
    raise KeyboardInterrupt


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=os.path.join(ROOT, "build", "wasm", "web"), help="the directory to serve")
    parser.add_argument("--access-log", help="write nginx's access log here: path, status, body bytes, encoding")
    options = parser.parse_args()
    root = os.path.abspath(options.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print("nginx_server.py: %s has no index.html: build the wasm preset first" % root, file=sys.stderr)
        return 1
    if not os.path.exists(NGINX):
        print("nginx_server.py: nginx is not installed; run tools/setup.sh", file=sys.stderr)
        return 1
    with_brotli = os.path.exists(BROTLI_MODULE)
    if not with_brotli:
        print("nginx_server.py: no %s here: serving .gz files only" % BROTLI_MODULE, file=sys.stderr)

    tmp = tempfile.mkdtemp(prefix="redress-nginx-")
    process = None
    signal.signal(signal.SIGTERM, stop)
    try:
        for attempt in range(5):  # a port found free can be taken before nginx binds it
            port = free_port()
            with open(os.path.join(tmp, "redress.conf"), "w") as f:
                f.write(server_block(port, root, with_brotli))
            conf = os.path.join(tmp, "nginx.conf")
            with open(conf, "w") as f:
                f.write(main_conf(tmp, options.access_log and os.path.abspath(options.access_log)))
            error_log = os.path.join(tmp, "error.log")
            process = subprocess.Popen(
                [NGINX, "-p", tmp + "/", "-c", conf, "-e", error_log,
                 "-g", "daemon off; pid %s; error_log %s;" % (os.path.join(tmp, "nginx.pid"), error_log)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            url = "http://127.0.0.1:%d/" % port
            deadline = time.time() + 10
            while time.time() < deadline and process.poll() is None:
                try:
                    urllib.request.urlopen(url, timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            if process.poll() is None:
                break
            with open(error_log, errors="replace") as f:
                log = f.read()
            if "Address already in use" not in log or attempt == 4:
                print("nginx_server.py: nginx did not start:\n" + process.stderr.read() + log, file=sys.stderr)
                return 1
        print("Redress is at %s (nginx)" % url, flush=True)
        process.wait()
        print("nginx_server.py: nginx stopped by itself:\n" + process.stderr.read(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if process and process.poll() is None:
            process.send_signal(signal.SIGQUIT)  # graceful stop
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

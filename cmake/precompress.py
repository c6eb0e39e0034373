#!/usr/bin/env python3
"""Writes FILE.br (Debian's brotli, quality 11) and FILE.gz (gzip level 9) beside FILE.

    precompress.py FILE...

serve.py and nginx (gzip_static, brotli_static) send these to browsers that accept them, so
nothing is compressed per request. Both outputs are the same bytes on every build: no names or
times are stored in them (tests/run.py --stress-build compares builds byte for byte).
"""
import gzip
import os
import shutil
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: precompress.py FILE...")
    brotli = shutil.which("brotli")
    if not brotli:
        sys.exit("precompress.py: the brotli command is missing; run tools/setup.sh (Debian package brotli)")
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            data = f.read()
        with open(path + ".gz.tmp", "wb") as f:
            f.write(gzip.compress(data, compresslevel=9, mtime=0))
        os.replace(path + ".gz.tmp", path + ".gz")
        subprocess.run([brotli, "--quality=11", "--force", "--no-copy-stat", "--output=" + path + ".br.tmp", path], check=True)
        os.replace(path + ".br.tmp", path + ".br")


if __name__ == "__main__":
    main()

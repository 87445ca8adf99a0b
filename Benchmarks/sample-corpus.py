#!/usr/bin/env python3
"""Build a corpus of N articles from SampleData/articles, for an ingest benchmark on articles of
realistic density (the sample articles, 150-450 words each, in Arabic, English and Russian).

Each copy gets a numbered line at its end, so that its text differs from every other copy and
ingest stores it (an article whose text is already stored is skipped). HTML copies differ only in
their hidden markup, so they count as already stored after the first: the report says how many
articles were new.

    python3 Benchmarks/sample-corpus.py OUT_DIR [N]      (default 10000)
"""
import glob
import os
import sys


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData", "articles")
    sources = sorted(f for f in glob.glob(os.path.join(root, "*", "*")) if f.endswith((".txt", ".md", ".html")))
    texts = [(os.path.splitext(f)[1], open(f, "rb").read()) for f in sources]
    for i in range(n):
        ext, body = texts[i % len(texts)]
        folder = os.path.join(out, "%03d" % (i // 500))
        os.makedirs(folder, exist_ok=True)
        mark = ("\n<!-- copy %d -->\n" if ext == ".html" else "\n\n(%d)\n") % i
        with open(os.path.join(folder, "a%05d%s" % (i, ext)), "wb") as f:
            f.write(body + mark.encode())


if __name__ == "__main__":
    main()

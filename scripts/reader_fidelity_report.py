#!/usr/bin/env python3
"""Writes docs/reader-fidelity.md from compare_words.py --json outputs (all files, caveat files skipped) and the
typed errors `extract words` printed ("name.pdf: Code: message" per line). Standard library only."""
import json
import sys
from datetime import date

MUPDF = "MuPDF 1.21 scores 0.948 (0.983 without the caveat files)"


def main(all_json, skip_json, errors_txt, caveats_txt):
    everything = json.load(open(all_json, encoding="utf-8"))
    skipped = json.load(open(skip_json, encoding="utf-8"))
    errors = {}
    for line in open(errors_txt, encoding="utf-8", errors="replace"):
        name, _, message = line.strip().partition(": ")
        if name.endswith(".pdf") and message:
            errors.setdefault(name[:-4], message)
    caveats = set()
    for line in open(caveats_txt, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            caveats.add(line.split()[0])

    out = []
    out.append("# Reader fidelity\n")
    out.append("Words of `extract words` (first 30 pages) scored against poppler's words (`pdftotext -bbox-layout` 22.12) "
               "over the external test set with `scripts/compare_words.py`: a word matches when its text is equal "
               "after NFKC and its box overlaps with IoU ≥ 0.5. The file F1 figures are averaged with equal weight per "
               "file. Regenerate with `scripts/score-reader.sh`.\n")
    out.append(f"Generated {date.today().isoformat()}. {MUPDF}; targets: ≥ 0.96 over all files, ≥ 0.985 without "
               "the caveat files (`oracle/CAVEATS.txt`, marked † below).\n")
    out.append("| run | files | mean file F1 | pooled P | pooled R | pooled F1 | pooled bag F1 |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for label, data in (("**All files**", everything), ("**Without caveat files**", skipped)):
        p = data["pooled"]
        out.append(f"| {label} | {data['files_count']} | **{data['mean_file_f1']:.4f}** | {p['precision']:.4f} | "
                   f"{p['recall']:.4f} | {p['f1']:.4f} | {p['bag_f1']:.4f} |")
    out.append("")
    out.append("Bag F1 compares texts only: a file whose F1 is well below its bag F1 has its words cut or placed "
               "differently; a low bag F1 means the text itself differs (fonts, encodings).\n")
    out.append("| file | oracle words | our words | P | R | F1 | bag F1 | error |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---|")
    for stem, f in sorted(everything["files"].items(), key=lambda kv: (kv[1].get("f1", 0), kv[0])):
        mark = " †" if stem in caveats else ""
        error = errors.get(stem, "")
        if f.get("status") != "ok" and not error:
            error = f.get("status", "")
        out.append(f"| {stem}{mark} | {f.get('oracle', 0)} | {f.get('cand', 0)} | {f.get('precision', 0):.4f} | "
                   f"{f.get('recall', 0):.4f} | {f.get('f1', 0):.4f} | {f.get('bag_f1', 0):.4f} | {error.replace('|', '/')} |")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit("usage: reader_fidelity_report.py ALL.json SKIP.json ERRORS.txt CAVEATS.txt")
    main(*sys.argv[1:])

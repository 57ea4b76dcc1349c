#!/usr/bin/env python3
"""Writes the "PdfPig back end" section at the end of docs/reader-fidelity.md from compare_words.py --json outputs of
both readers (all files, caveat files skipped), their CPU seconds and the typed errors each printed. Called by
scripts/score-pdfpig.sh. Standard library only."""
import json
import re
import sys
from datetime import date

HEADING = "## PdfPig back end"
# Files whose F1 differs by more than this between the readers are listed one by one.
LISTED_F1_DELTA = 0.005


def errors_of(path):
    errors = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        name, _, message = line.strip().partition(": ")
        if name.endswith(".pdf") and message:
            errors.setdefault(name[:-4], message)
    return errors


def main(doc, files, ours_cpu, pdfpig_cpu, ours_all, ours_skip, pdfpig_all, pdfpig_skip, ours_errors, pdfpig_errors):
    load = lambda p: json.load(open(p, encoding="utf-8"))
    ours, ours_s, pig, pig_s = load(ours_all), load(ours_skip), load(pdfpig_all), load(pdfpig_skip)
    theirs_errors, our_errors = errors_of(pdfpig_errors), errors_of(ours_errors)
    ratio = float(pdfpig_cpu) / float(ours_cpu)
    out = [HEADING, ""]
    out.append(f"`scripts/score-pdfpig.sh` ({date.today().isoformat()}): the PdfPig back end "
               "(`src/Extraction.Reading.PdfPig`, PdfPig 0.1.16) and our reader read the same "
               f"{files} PDFs (first 30 pages) in one process each, in the same run, and their words are scored against "
               "poppler's as above. CPU time is user + system seconds of the whole process (start-up included), on a "
               "shared 2-core machine: compare the ratio, not the seconds.\n")
    out.append("| reader | mean file F1 (all) | mean file F1 (without caveat files) | pooled F1 | pooled bag F1 | files failed | CPU (s) | CPU ratio |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, a, s, errs, cpu, r in (("ours (`extract words`)", ours, ours_s, our_errors, ours_cpu, 1.0),
                                      ("PdfPig back end", pig, pig_s, theirs_errors, pdfpig_cpu, ratio)):
        out.append(f"| {label} | **{a['mean_file_f1']:.4f}** | {s['mean_file_f1']:.4f} | {a['pooled']['f1']:.4f} | "
                   f"{a['pooled']['bag_f1']:.4f} | {len(errs)} | {float(cpu):.1f} | {r:.2f} |")
    out.append("")
    out.append("The back end cuts words from PdfPig's letters by our reader's first-pass rules only (whitespace glyph, gap, "
               "overlap, baseline shift, font size, direction; a word redrawn in place is kept once). It does not do what "
               "our reader does after that pass: join letter-spaced words, merge spacing accents into combining marks, "
               "drop duplicate glyphs within a word, add the text of visible annotations (form fields, free text). Its "
               "boxes come from PdfPig's loose glyph rectangles (font ascent to descent, or the font's bounding box where "
               "the font gives none, as with Type 3 fonts), so a file with the right text and wrong boxes has a bag F1 "
               "near 1 and a low F1. On the five corpus documents both readers give the same words, fonts, rulings, "
               "images and facts (tests/Extraction.Reading.PdfPig.Tests).\n")
    rows = []
    for stem, f in pig["files"].items():
        o = ours["files"].get(stem, {})
        delta = f.get("f1", 0) - o.get("f1", 0)
        if abs(delta) > LISTED_F1_DELTA or stem in theirs_errors:
            rows.append((delta, stem, o, f))
    out.append(f"Files whose F1 differs by more than {LISTED_F1_DELTA} between the readers "
               f"({len(rows)} of {pig['files_count']}), worst for PdfPig first:\n")
    out.append("| file | oracle words | our F1 | PdfPig words | PdfPig F1 | PdfPig bag F1 | PdfPig error |")
    out.append("|---|---:|---:|---:|---:|---:|---|")
    for delta, stem, o, f in sorted(rows, key=lambda r: (r[0], r[1])):
        error = theirs_errors.get(stem, "").replace("|", "/")[:160]
        out.append(f"| {stem} | {f.get('oracle', 0)} | {o.get('f1', 0):.4f} | {f.get('cand', 0)} | {f.get('f1', 0):.4f} | "
                   f"{f.get('bag_f1', 0):.4f} | {error} |")
    section = "\n".join(out) + "\n"
    text = open(doc, encoding="utf-8").read()
    text = re.sub(re.escape(HEADING) + r"\n.*\Z", "", text, flags=re.S).rstrip("\n")
    open(doc, "w", encoding="utf-8").write(text + "\n\n" + section)


if __name__ == "__main__":
    if len(sys.argv) != 11:
        sys.exit("usage: pdfpig_fidelity_section.py DOC FILES OURS_CPU PDFPIG_CPU OURS_ALL OURS_SKIP PDFPIG_ALL PDFPIG_SKIP OURS_ERRORS PDFPIG_ERRORS")
    main(*sys.argv[1:])

#!/usr/bin/env python3
"""Generate parley's CAMEO ontology data files from the public reference tables.

Usage:
    python3 tools/gen_ontology.py [REFERENCE_DIR]

REFERENCE_DIR defaults to ../shared/data/reference relative to the repository
root (the parent of this script's directory). It must contain:

    cameo-codes/CAMEO.eventcodes.txt          code TAB name (GDELT lookup table)
    cameo-codes/CAMEO.goldsteinscale.txt      code TAB Goldstein score (GDELT)
    cameo-codes/gdeltPyR-cameoCodes.json      second Goldstein source (compared only)
    cameo-codes/CAMEO.codebook-definitions.jsonl   only the "name" field is read
    plover-codes/CAMEO2PLOVER-2021.txt        CAMEO -> PLOVER conversion table

Writes (deterministically, UTF-8, LF line endings):

    crates/ontology/data/cameo.tsv
    crates/ontology/data/cameo2plover.tsv

crates/ontology/data/plover.tsv is maintained by hand from the PLOVER manual;
this script only reads it to check the mapping against it.
Python 3 standard library only.
"""

import json
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(REPO_ROOT, "crates", "ontology", "data")

# Value written in the plover column for CAMEO codes PLOVER drops (roots 01, 02).
DISCARD = "DISCARD"
# CAMEO roots the PLOVER manual's cue-category table marks as "dropped"; they
# have no line in CAMEO2PLOVER-2021.txt.
DROPPED_ROOTS = ("01", "02")

# Source lines parley overrides, each for what the PLOVER manual's own text says against
# the table: section CONCEDE names "removing curfews" and "the lifting of a curfew" as
# concessions (the table's 0813/0814 lines still carry the old "ease" reading as RETREAT).
MANUAL_OVERRIDES = {"0813": "CONCEDE", "0814": "CONCEDE"}

# Names in CAMEO.eventcodes.txt that are replaced by the CAMEO codebook's name
# (CAMEO.codebook-definitions.jsonl, field "name"): the GDELT table labels these
# 10x codes with the wrong subcategory (e.g. it calls 106 "Demand withdrawal",
# but 106 is "Demand meeting, negotiation" in CAMEO 1.1b3 and in CAMEO2PLOVER).
CODEBOOK_NAME_CODES = ("101", "105", "106", "107", "108")

# Plain text repairs of the GDELT names: code -> (bad substring, replacement).
NAME_REPAIRS = {
    # Mac-Roman smart quotes decoded as Latin-1, and the "t" of "third" lost.
    "044": ("a \u00d2hird\u00d3location", "a 'third' location"),
    "033": ("matyerial", "material"),
    "2041": ("radiologicalweapons", "radiological weapons"),
}


def quad_of_root(root):
    """GDELT QuadClass of a 2-digit CAMEO root."""
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError("bad CAMEO root %r" % root)


def read_two_column(path):
    """Read a GDELT lookup table (header line, then code TAB value)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        code, value = line.split("\t", 1)
        rows.append((code.strip(), value))
    return rows


def clean_name(code, raw, codebook_names, notes):
    name = " ".join(raw.split())  # strip, collapse internal whitespace runs
    if code in NAME_REPAIRS:
        bad, good = NAME_REPAIRS[code]
        if bad in name:
            name = name.replace(bad, good)
            notes.append("%s: repaired %s -> %s" % (code, ascii(bad), ascii(good)))
    if code in CODEBOOK_NAME_CODES and code in codebook_names:
        new = " ".join(codebook_names[code].split())
        if new != name:
            notes.append("%s: GDELT name %r replaced by codebook name %r" % (code, name, new))
            name = new
    if len(code) == 2:
        name = name[:1].upper() + name[1:].lower()
    return name


def build_cameo(ref):
    cdir = os.path.join(ref, "cameo-codes")
    names = read_two_column(os.path.join(cdir, "CAMEO.eventcodes.txt"))
    gold = dict(read_two_column(os.path.join(cdir, "CAMEO.goldsteinscale.txt")))
    with open(os.path.join(cdir, "gdeltPyR-cameoCodes.json"), encoding="utf-8") as f:
        pyr = json.load(f)["GoldsteinScale"]
    codebook_names = {}
    with open(os.path.join(cdir, "CAMEO.codebook-definitions.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                codebook_names[rec["code"]] = rec["name"]  # name field only

    codes = [c for c, _ in names]
    if len(set(codes)) != len(codes):
        raise SystemExit("duplicate codes in CAMEO.eventcodes.txt")
    if set(codes) != set(gold):
        raise SystemExit("eventcodes and goldsteinscale code sets differ: %s"
                         % sorted(set(codes) ^ set(gold)))

    notes = []
    rows = []
    for code, raw in names:
        if not re.fullmatch(r"\d{2,4}", code):
            raise SystemExit("unexpected CAMEO code %r" % code)
        name = clean_name(code, raw, codebook_names, notes)
        if "\t" in name or not name.isascii():
            raise SystemExit("unclean name for %s: %r" % (code, name))
        g = float(gold[code].strip())
        rows.append((code, name, "%.1f" % g, quad_of_root(code[:2])))

    diffs = []
    for code in codes:
        if code in pyr and float(pyr[code]) != float(gold[code]):
            diffs.append("%s %.1f (json %.1f)" % (code, float(gold[code]), float(pyr[code])))
    pyr_only = sorted(set(pyr) - set(codes))
    return rows, notes, diffs, pyr_only


def write_cameo(rows, notes, diffs, pyr_only, path):
    out = []
    out.append("# CAMEO event codes for parley: code, name, Goldstein score, quad class.")
    out.append("# Generated by tools/gen_ontology.py -- do not edit by hand.")
    out.append("# Goldstein differences: " + ("; ".join(diffs) if diffs else "none")
               + " -- value used is CAMEO.goldsteinscale.txt, gdeltPyR-cameoCodes.json value in parentheses.")
    out.append("#")
    out.append("# Sources:")
    out.append("#   CAMEO (Conflict and Mediation Event Observations) event codebook, version 1.1b3,")
    out.append("#   Philip A. Schrodt, 2012 (Gerner, Schrodt, Yilmaz et al.), via the GDELT lookup tables")
    out.append("#   CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (gdeltproject.org); a second copy of")
    out.append("#   the Goldstein values from gdeltPyR's cameoCodes.json was compared.")
    out.append("#   Goldstein scale: Joshua S. Goldstein, \"A Conflict-Cooperation Scale for WEIS Events")
    out.append("#   Data\", Journal of Conflict Resolution 36(2), 1992, as extended to CAMEO codes.")
    out.append("#")
    out.append("# Columns (TAB-separated), one line per CAMEO event code (2-, 3- and 4-digit) in CAMEO.eventcodes.txt:")
    out.append("#   code       CAMEO event code, as a string with leading zeros (e.g. 0211)")
    out.append("#   name       name from CAMEO.eventcodes.txt, whitespace-trimmed; 2-digit roots in")
    out.append("#              sentence case (\"MAKE PUBLIC STATEMENT\" -> \"Make public statement\")")
    out.append("#   goldstein  Goldstein conflict-cooperation score, -10.0 .. 10.0, one decimal")
    out.append("#   quad       GDELT QuadClass from the root: 1 verbal cooperation (01-05), 2 material")
    out.append("#              cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)")
    out.append("#")
    out.append("# Name corrections (names otherwise kept as in CAMEO.eventcodes.txt):")
    for n in notes:
        out.append("#   " + n)
    if pyr_only:
        out.append("# Codes in gdeltPyR-cameoCodes.json but not in CAMEO.eventcodes.txt (not included): "
                   + " ".join(pyr_only))
    for code, name, g, q in rows:
        out.append("%s\t%s\t%s\t%d" % (code, name, g, q))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def norm_field(s):
    """Strip a mode/context field; ';' or ',' separated multiples become '|'."""
    parts = [p.strip() for p in re.split(r"[;,]", s)]
    return "|".join(p for p in parts if p)


def parse_cameo2plover(path):
    """Return (entries, notes). entries: list of (code, plover, mode, context) in file order."""
    entries = []
    notes = []
    seen = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            m = re.match(r"^\s*(\d{2,4})\s*:(.*)$", line)
            if not m:
                continue  # comment, blank, or the ~~~~~ end marker
            code, rest = m.group(1), m.group(2)
            body = rest.split("#", 1)[0]
            fields = body.split(",")
            if len(fields) > 3:
                raise SystemExit("line %d: more than 3 fields: %r" % (lineno, line))
            fields += [""] * (3 - len(fields))
            plover = fields[0].strip()
            mode = norm_field(fields[1])
            context = norm_field(fields[2])
            entry = (code, plover, mode, context)
            if code in seen:
                prev = seen[code]
                if prev == entry:
                    notes.append("%s appears twice with identical values (line %d); kept once"
                                 % (code, lineno))
                else:
                    notes.append("%s appears again at line %d as %r; kept the first value %r"
                                 " (the repeated 2-digit line is a section heading)"
                                 % (code, lineno, ",".join(entry[1:]), ",".join(prev[1:])))
                continue
            seen[code] = entry
            entries.append(entry)
    return entries, notes


def read_plover(path):
    cats, contexts = {}, set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0] == "@context":
                contexts.add(cols[1])
            elif cols[0].startswith("@"):
                continue
            else:
                cats[cols[0]] = set(m for m in cols[2].split("|") if m)
    return cats, contexts


def build_mapping(entries, cameo_codes):
    by_code = {e[0]: e for e in entries}
    lines = []  # (code, plover, mode, context, inherited)
    uncovered = []
    for code in cameo_codes:
        if code in by_code:
            continue
        uncovered.append(code)
    for code, plover, mode, context in entries:
        if code not in cameo_codes:
            continue  # listed in the header as not in cameo.tsv
        plover = MANUAL_OVERRIDES.get(code, plover)
        lines.append((code, plover, mode, context, False))
    for code in uncovered:
        parent = None
        for plen in (3, 2):
            if len(code) > plen and code[:plen] in by_code:
                parent = by_code[code[:plen]]
                break
        if parent is not None:
            plover = parent[1]
        elif code == "016":
            # parley's decision, one the PLOVER manual names as reasonable (section on
            # converting CAMEO): "deny responsibility" is a REJECT (ANNOTATION.md: "REJECT
            # reject, refuse, deny").
            plover = "REJECT"
        elif code[:2] == "02":
            # parley's decision: CAMEO 02 (Appeal) asks for something, which is PLOVER REQUEST
            # ("all requests, demands, and orders"); the manual drops the root instead.
            plover = "REQUEST"
        elif code[:2] in DROPPED_ROOTS:
            plover = DISCARD
        else:
            raise SystemExit("no mapping and no mapped parent for CAMEO code %s" % code)
        lines.append((code, plover, "", "", True))
    lines.sort(key=lambda r: r[0])  # digit-string order is CAMEO's hierarchical order
    return lines, uncovered


def write_mapping(lines, uncovered, parse_notes, entries, cameo_codes, plover_cats,
                  plover_contexts, path):
    cameo_set = set(cameo_codes)
    extra = [e[0] for e in entries if e[0] not in cameo_set]
    # Values used in the mapping that are not in plover.tsv.
    odd_modes, odd_ctx, odd_cats = {}, {}, set()
    for code, plover, mode, context, inh in lines:
        if plover == DISCARD:
            continue
        if plover not in plover_cats:
            odd_cats.add(plover)
            continue
        for m in mode.split("|") if mode else []:
            if m not in plover_cats[plover]:
                odd_modes.setdefault("%s %s" % (plover, m), []).append(code)
        for c in context.split("|") if context else []:
            if c not in plover_contexts:
                odd_ctx.setdefault(c, []).append(code)

    out = []
    out.append("# CAMEO -> PLOVER mapping for parley.")
    out.append("# Generated by tools/gen_ontology.py -- do not edit by hand.")
    out.append("# Source: CAMEO2PLOVER-2021.txt (CAMEO to PLOVER conversion table, PLOVER manual Draft 0.8,")
    out.append("#   17-Sep-2021, edited by Philip Schrodt) from the PLOVER repository,")
    out.append("#   https://github.com/openeventdata/PLOVER, Open Event Data Alliance, CC BY-SA 4.0;")
    out.append("#   this file is a derived work under the same licence.")
    out.append("#")
    out.append("# Columns (TAB-separated): cameo<TAB>plover<TAB>mode<TAB>context[<TAB>inherited]")
    out.append("#   cameo     CAMEO event code (string, leading zeros kept)")
    out.append("#   plover    PLOVER category exactly as in the source table, or DISCARD (see below)")
    out.append("#   mode      PLOVER mode as given in the source (whitespace stripped), empty if blank")
    out.append("#   context   PLOVER context as given in the source, empty if blank; the source separates")
    out.append("#             multiple values with ';' (e.g. \"crime; corruption\"), written here as '|'")
    out.append("#   5th column, only on lines not taken from the source: the literal word \"inherited\".")
    out.append("# Every code in cameo.tsv has exactly one line. Lines are sorted by code.")
    out.append("# The source's 2-digit lines (e.g. \"03: AGREE\") are section headings; they are kept as the")
    out.append("#   mapping of the root code itself.")
    out.append("#")
    out.append("# plover values: the 16 PLOVER 0.8 categories (plover.tsv) plus DISCARD. The source itself")
    out.append("#   has no DISCARD/none values; DISCARD is used here for CAMEO roots %s, which the PLOVER"
               % " and ".join(DROPPED_ROOTS))
    out.append("#   manual's cue-category table marks \"dropped\" and which have no line in the source.")
    if odd_cats:
        out.append("# plover values in the source that are not PLOVER 0.8 categories: " + " ".join(sorted(odd_cats)))
    else:
        out.append("# Every non-DISCARD plover value is one of the 16 PLOVER 0.8 categories.")
    out.append("#")
    out.append("# CAMEO codes in cameo.tsv not covered by the source (%d), added with the 5th column"
               % len(uncovered))
    out.append("#   \"inherited\": 4-digit codes take their 3-digit parent's category, 3-digit codes their")
    out.append("#   root's; a root with no source line (%s) maps to DISCARD. Inherited lines leave"
               % ", ".join(DROPPED_ROOTS))
    out.append("#   mode and context empty. Exception (parley's decision): root 02 (Appeal) inherits")
    out.append("#   REQUEST, since PLOVER's REQUEST covers all requests, demands and orders; and 016")
    out.append("#   (Deny responsibility) is REJECT, as the PLOVER manual suggests one may decide.")
    out.append("#   " + " ".join(uncovered))
    out.append("# Source lines overridden by the manual's own text (section CONCEDE: \"removing")
    out.append("#   curfews\", \"the lifting of a curfew\" are concessions): "
               + " ".join("%s %s" % kv for kv in sorted(MANUAL_OVERRIDES.items())))
    if extra:
        out.append("# Codes in the source that are not in cameo.tsv (left out): " + " ".join(extra))
    for n in parse_notes:
        out.append("# Source note: " + n)
    out.append("# Source quirks kept as given: the source lists some codes out of numeric order inside")
    out.append("#   another root's section (0813 0814 under RETREAT, 191 192 under COERCE, 175 201 under")
    out.append("#   ASSAULT) and maps some codes to a category other than their root's (e.g. 163 COERCE,")
    out.append("#   1712 ASSAULT).")
    if odd_modes:
        out.append("# Modes used by the source that are not in the manual's mode table for that category")
        out.append("#   (category mode: codes):")
        for k in sorted(odd_modes):
            out.append("#   %s: %s" % (k, " ".join(odd_modes[k])))
    if odd_ctx:
        out.append("# Contexts used by the source that are not in the manual's context table (context: codes):")
        for k in sorted(odd_ctx):
            out.append("#   %s: %s" % (k, " ".join(odd_ctx[k])))
    for code, plover, mode, context, inh in lines:
        row = [code, plover, mode, context]
        if inh:
            row.append("inherited")
        out.append("\t".join(row))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main(argv):
    if len(argv) > 2:
        raise SystemExit(__doc__)
    ref = argv[1] if len(argv) == 2 else os.path.join(REPO_ROOT, "..", "shared", "data", "reference")
    ref = os.path.normpath(ref)
    os.makedirs(DATA_DIR, exist_ok=True)

    rows, notes, diffs, pyr_only = build_cameo(ref)
    write_cameo(rows, notes, diffs, pyr_only, os.path.join(DATA_DIR, "cameo.tsv"))
    cameo_codes = [r[0] for r in rows]

    entries, parse_notes = parse_cameo2plover(
        os.path.join(ref, "plover-codes", "CAMEO2PLOVER-2021.txt"))
    plover_cats, plover_contexts = read_plover(os.path.join(DATA_DIR, "plover.tsv"))
    lines, uncovered = build_mapping(entries, cameo_codes)
    write_mapping(lines, uncovered, parse_notes, entries, cameo_codes, plover_cats,
                  plover_contexts, os.path.join(DATA_DIR, "cameo2plover.tsv"))

    print("cameo.tsv: %d codes; %d Goldstein differences; %d name corrections"
          % (len(rows), len(diffs), len(notes)))
    print("cameo2plover.tsv: %d lines (%d from source, %d inherited)"
          % (len(lines), len(entries), len(uncovered)))


if __name__ == "__main__":
    main(sys.argv)

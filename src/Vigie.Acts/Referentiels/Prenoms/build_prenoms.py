#!/usr/bin/env python3
"""Builds the compact prénoms referential embedded in Vigie.Acts.

Usage (from the repository root):
    python3 src/Vigie.Acts/Referentiels/Prenoms/build_prenoms.py ../shared/data/referentiels/insee

Input: the INSEE "fichier des prénoms" 1900–2022 (prenoms-nat2022.csv.zip) and the INSEE surnames by
decade 1891–2000 (noms-1891-2000.txt.zip), Licence Ouverte. Output, next to this script: prenoms.json,
one row per prénom given at least 500 times: [prénom as written by the INSEE, births with that
prénom, people born 1891–2000 with that surname]. The two counts let the extractor tell the prénom
from the surname in a name written all in capitals ("BERNARD CLAIRE").
"""
import csv
import io
import json
import os
import sys
import zipfile
from collections import Counter

MINIMUM = 500


def main():
    source_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/referentiels/insee"
    here = os.path.dirname(os.path.abspath(__file__))
    prenoms = Counter()
    with zipfile.ZipFile(os.path.join(source_dir, "prenoms-nat2022.csv.zip")) as archive:
        with archive.open("nat2022.csv") as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"), delimiter=";"):
                if not row["preusuel"].startswith("_"):
                    prenoms[row["preusuel"]] += int(row["nombre"])
    noms = Counter()
    with zipfile.ZipFile(os.path.join(source_dir, "noms-1891-2000.txt.zip")) as archive:
        name = archive.namelist()[0]
        with archive.open(name) as raw:
            lines = io.TextIOWrapper(raw, encoding="latin-1")
            next(lines)
            for line in lines:
                parts = line.rstrip("\n").split("\t")
                noms[parts[0]] = sum(int(x) for x in parts[1:])
    rows = sorted(([p, c, noms.get(p, 0)] for p, c in prenoms.items() if c >= MINIMUM), key=lambda r: r[0])
    with open(os.path.join(here, "prenoms.json"), "w", encoding="utf-8") as out:
        out.write('{\n"source":"INSEE, fichier des prénoms 1900-2022 et noms de famille 1891-2000, Licence Ouverte",\n"prenoms":[\n')
        out.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows))
        out.write("\n]\n}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the compact communes, départements and EPCI referentials embedded in Vigie.Acts.

Usage (from the repository root):
    python3 src/Vigie.Acts/Referentiels/Communes/build_referentiel.py ../shared/data/referentiels

Input: communes.json, departements.json, epci.json of @etalab/decoupage-administratif 6.0.0
(Licence Ouverte). Output, next to this script: communes.json, departements.json, epci.json.
Only what the act analysis needs is kept (name, département, postal codes, population), so the
files stay small and the build is reproducible.
"""
import json
import os
import sys

SOURCE = "@etalab/decoupage-administratif 6.0.0, Licence Ouverte"


def write(path, payload):
    with open(path, "w", encoding="utf-8") as out:
        out.write("{\n")
        items = list(payload.items())
        for index, (key, value) in enumerate(items):
            out.write(f'"{key}":')
            if isinstance(value, list):
                out.write("[\n")
                out.write(",\n".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value))
                out.write("\n]")
            else:
                out.write(json.dumps(value, ensure_ascii=False))
            out.write(",\n" if index < len(items) - 1 else "\n")
        out.write("}\n")


def main():
    source_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/referentiels"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(source_dir, "communes.json"), encoding="utf-8") as f:
        communes = json.load(f)
    with open(os.path.join(source_dir, "departements.json"), encoding="utf-8") as f:
        departements = json.load(f)
    with open(os.path.join(source_dir, "epci.json"), encoding="utf-8") as f:
        epcis = json.load(f)

    current = [c for c in communes if c["type"] == "commune-actuelle"]
    rows = [
        [c["nom"], c["departement"], " ".join(c.get("codesPostaux", [])), c.get("population", 0)]
        for c in sorted(current, key=lambda c: c["code"])
    ]
    write(os.path.join(here, "communes.json"), {
        "source": SOURCE + " (communes actuelles : nom, département, codes postaux, population)",
        "communes": rows,
    })

    write(os.path.join(here, "departements.json"), {
        "source": SOURCE,
        "departements": [[d["code"], d["nom"]] for d in departements],
    })

    departement_of = {c["code"]: c["departement"] for c in current}
    epci_rows = []
    for e in sorted(epcis, key=lambda e: e["code"]):
        members = [m for m in e.get("membres", []) if m["code"] in departement_of]
        if not members:
            continue
        # An EPCI may straddle départements: keep the one of its most populous member commune.
        main_member = max(members, key=lambda m: m.get("populationMunicipale", 0))
        epci_rows.append([e["nom"], e["type"], departement_of[main_member["code"]]])
    write(os.path.join(here, "epci.json"), {
        "source": SOURCE + " (EPCI à fiscalité propre : nom, nature, département de la commune membre la plus peuplée)",
        "epci": epci_rows,
    })


if __name__ == "__main__":
    main()

"""The fielded survey of several respondents per municipality: its KoboToolbox export and the
scores `score --municipality-column municipality` must give, computed by hand in exact fractions.

    smartcity template questionnaire.json --format xlsform --lang en -o form.xlsx
    python3 reference.py form.xlsx

reads the XLSForm `template` wrote (standard library only), writes `kobo-export.csv` as
KoboToolbox exports a form's submissions (`;`-separated, columns named by the form's names with
their group paths joined by `/`, a select_one as the chosen choice's name, a select_multiple as
the chosen names joined by spaces and one 0/1 column per choice) and `reference.json`: every
respondent's scores and each municipality's exact means, bands and spread. The answers are those
of `../unbalanced.csv` (15 respondents, 6 municipalities), whose agreement (ICC) `../reference.json`
holds.
"""
import csv
import json
import statistics
import sys
import xml.etree.ElementTree as ET
import zipfile
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).parent
ROLES = ["alderman", "it-lead", "communication", "secretary"]


def sheets(path):
    """The XLSForm's sheets as lists of rows of strings."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    book = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns):
            shared.append("".join(t.text or "" for t in item.iter("{%s}t" % ns["m"])))
    names = [sheet.get("name") for sheet in ET.fromstring(book.read("xl/workbook.xml")).find("m:sheets", ns)]
    result = {}
    for index, name in enumerate(names):
        rows = []
        for row in ET.fromstring(book.read("xl/worksheets/sheet%d.xml" % (index + 1))).iter("{%s}row" % ns["m"]):
            cells = []
            for cell in row.findall("m:c", ns):
                value, kind = cell.find("m:v", ns), cell.get("t")
                if kind == "s":
                    cells.append(shared[int(value.text)])
                elif kind == "inlineStr":
                    cells.append("".join(t.text or "" for t in cell.iter("{%s}t" % ns["m"])))
                else:
                    cells.append(value.text if value is not None else "")
            rows.append(cells)
        result[name] = rows
    return result


def fields(form):
    """(type, group path, name, choice names) of every question of the form, in order."""
    choices = {}
    for row in form["choices"][1:]:
        choices.setdefault(row[0], []).append(row[1])
    groups, result = [], []
    for row in form["survey"][1:]:
        kind, name = row[0], row[1] if len(row) > 1 else ""
        if kind == "begin_group":
            groups.append(name)
        elif kind == "end_group":
            groups.pop()
        else:
            listed = kind.split(" ")[1] if " " in kind else None
            result.append((kind, list(groups), name, choices.get(listed, [])))
    return result


def kobo(form, respondents):
    header = ["start", "end"]
    for kind, groups, name, names in fields(form):
        path = "/".join(groups + [name])
        header.append(path)
        if kind.startswith("select_multiple "):
            header += ["%s/%s" % (path, choice) for choice in names]
    header += ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]
    lines = [header]
    for number, row in enumerate(respondents, start=1):
        cells = ["2026-03-01T10:00:00.000+01:00", "2026-03-01T10:20:00.000+01:00"]
        for kind, groups, name, names in fields(form):
            value = row[name]
            if kind.startswith("select_multiple "):
                chosen = value.split(";") if value else []
                cells.append(" ".join(chosen))
                cells += [("1" if choice in chosen else "0") if chosen else "" for choice in names]
            else:
                cells.append(value)
        lines.append(cells + [str(number), row["id"], "2026-03-01T10:21:00", "", str(number)])
    return "".join(";".join(cells) + "\n" for cells in lines)


# The scoring of the questionnaire (the `mini` one with metadata), by hand.
def item_scores(row):
    """Item score (0-100) of each answered question; blank ones are missing."""
    likert = lambda v: Fraction(int(v) - 1, 4) * 100
    scores = {
        "A1": likert(row["A1"]),
        "A2": 100 - likert(row["A2"]),  # reversed
        "A3": Fraction(100 if row["A3"] == "yes" else 0),
        "B1": Fraction({"x": 0, "y": 40, "z": 100}[row["B1"]]),
        "B3": Fraction(0 if Fraction(row["B3"]) < 1 else 50 if Fraction(row["B3"]) < Fraction(5, 2) else 100),
        "B4": Fraction(int(row["B4"]), 2) * 100,
    }
    if row["B2"]:
        scores["B2"] = min(Fraction(30 * len(row["B2"].split(";"))), 60) / 60 * 100
    return scores


# Weights within each dimension: alpha A1:A2:A3 = 1:1:2; beta factor f1 (B1) 1, f2 (B2, B3, B4) 3.
WEIGHTS = {
    "alpha": {"A1": Fraction(1, 4), "A2": Fraction(1, 4), "A3": Fraction(1, 2)},
    "beta": {"B1": Fraction(1, 4), "B2": Fraction(1, 4), "B3": Fraction(1, 4), "B4": Fraction(1, 4)},
}
DIMENSION_WEIGHTS = {"alpha": 3, "beta": 1}


def band(score):
    """Upper-inclusive bands (0, 50] low, (50, 100] high; 0 is low."""
    return "low" if score <= 50 else "high"


def scored(row):
    items = item_scores(row)
    dimensions = {}
    for dimension, weights in WEIGHTS.items():
        answered = {q: w for q, w in weights.items() if q in items}
        coverage = sum(answered.values())
        dimensions[dimension] = sum(items[q] * w for q, w in answered.items()) / coverage if coverage >= Fraction(1, 2) else None
    weight = sum(DIMENSION_WEIGHTS[d] for d, s in dimensions.items() if s is not None)
    total = sum(DIMENSION_WEIGHTS[d] * s for d, s in dimensions.items() if s is not None) / weight
    return dimensions, total


def text(value):
    return "%d/%d" % (value.numerator, value.denominator)


def fixed(value, digits=4):
    """As scores.csv writes an exact score: `digits` decimals, rounded half away from zero."""
    scaled = abs(value) * 10 ** digits
    units = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    sign = "-" if value < 0 and units else ""
    return "%s%d.%0*d" % (sign, units // 10 ** digits, digits, units % 10 ** digits)


def main():
    form = sheets(sys.argv[1])
    with open(HERE.parent / "unbalanced.csv", newline="") as handle:
        respondents = list(csv.DictReader(handle))
    for number, row in enumerate(respondents):
        row["role"] = ROLES[number % len(ROLES)]
    (HERE / "kobo-export.csv").write_text(kobo(form, respondents))
    municipalities = {}
    for row in respondents:
        dimensions, total = scored(row)
        municipalities.setdefault(row["municipality"], []).append({"alpha": dimensions["alpha"], "beta": dimensions["beta"], "total": total})
    reference = {}
    for name, members in municipalities.items():
        entry = {"respondents": len(members)}
        for measure in ["alpha", "beta", "total"]:
            values = [member[measure] for member in members]
            mean = sum(values) / len(values)
            entry[measure] = {
                "mean": text(mean), "decimal": float(mean), "csv": fixed(mean), "band": band(mean),
                "sd": statistics.stdev([float(v) for v in values]) if len(values) > 1 else None,
                "min": float(min(values)), "max": float(max(values)),
            }
        reference[name] = entry
    (HERE / "reference.json").write_text(json.dumps({"municipalities": reference}, indent=2) + "\n")


if __name__ == "__main__":
    main()

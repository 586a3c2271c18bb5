#!/usr/bin/env python3
"""Peer implementation (pandas + pingouin) of `smartcity stats --group-by region` on the benchmark's
responses (../shared/bench/gen_responses.py, questionnaire likert60.json), for side-by-side timing.
Dimension scores as ../shared/bench/ref_pandas.py makes them (mean of the answered items, 1..5 ->
0..100; total: mean of the six); per group (and "" for the whole cohort) and measure: n, mean, sd
(n - 1), min, quartiles (linear, R's type 7), max; per dimension Cronbach's alpha of its items over
the respondents who answered them all (pingouin, listwise). Writes statistics.csv and reliability.csv.
Usage: stats_pandas.py RESPONSES.csv OUT_DIR"""
import os, sys
import pandas as pd
import pingouin as pg

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
df = pd.read_csv(src, dtype={"respondent_id": str})
items = [c for c in df.columns if c.startswith("D")]
dims = sorted({c.split("Q")[0] for c in items})
scores = pd.DataFrame({d: (df[[c for c in items if c.split("Q")[0] == d]].mean(axis=1) - 1) / 4 * 100 for d in dims})
scores["total"] = scores[dims].mean(axis=1)
scores["group"] = df["region"]
rows = []
for group, frame in [("", scores)] + sorted(scores.groupby("group")):
    for measure in dims + ["total"]:
        values = frame[measure].dropna()
        rows.append({"group": group, "measure": measure, "n": len(values), "mean": values.mean(), "sd": values.std(ddof=1),
                     "min": values.min(), "q1": values.quantile(0.25), "median": values.median(),
                     "q3": values.quantile(0.75), "max": values.max()})
pd.DataFrame(rows).to_csv(f"{out}/statistics.csv", index=False)
reliability = []
for d in dims:
    alpha, _ = pg.cronbach_alpha(data=df[[c for c in items if c.split("Q")[0] == d]], nan_policy="listwise")
    reliability.append({"dimension": d, "alpha": alpha})
pd.DataFrame(reliability).to_csv(f"{out}/reliability.csv", index=False)

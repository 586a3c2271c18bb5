#!/usr/bin/env python3
"""The bootstrap intervals of `smartcity stats --bootstrap 200 --seed 5` recomputed independently,
with numpy and pandas, on the committed data of this folder: the same resamples (SplitMix64 in
Python: resample b draws n respondents from the stream b of the seed, index = (next × n) >> 64),
the coefficients of each resample from numpy's covariances of its complete rows (listwise) and
pandas' pairwise covariances (pairwise), omega total from one factor fitted by minres with
scipy.optimize.least_squares from the data's loadings (reference.json), and the 2.5th and 97.5th
percentiles by numpy.quantile (linear: R's type 7) over the resamples where a coefficient is
defined.

    bootstrap.py SCORE_FOLDER > bootstrap-reference.json

SCORE_FOLDER as for reference.py. Run in the venv of reference.py; `.ci/check-stats --reference`
runs it again and compares with the committed file.
"""
import json, os, sys

import numpy as np
import pandas as pd
from scipy import optimize

MASK = (1 << 64) - 1
REPLICATES, SEED = 200, 5


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def resample(seed, stream, n):
    state = mix(seed ^ mix((stream + 0x632BE59BD9B4E019) & MASK))
    draws = []
    for _ in range(n):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        draws.append((mix(state) * n) >> 64)
    return draws


def omega(r, start):
    k = r.shape[0]
    upper = np.triu_indices(k, 1)
    fit = optimize.least_squares(lambda l: r[upper] - np.outer(l, l)[upper], np.array(start), xtol=1e-15, ftol=1e-15, gtol=1e-15)
    loadings = fit.x
    if np.any(loadings ** 2 >= 1):
        return float("nan")
    return 1 - (1 - loadings ** 2).sum() / r.sum()


def estimates(c, start):
    if c is None or np.isnan(c).any():
        return [float("nan")] * 4
    k = c.shape[0]
    total = c.sum()
    alpha = k / (k - 1) * (1 - np.trace(c) / total) if total > 0 else float("nan")
    d = np.diag(c)
    if np.any(d <= 0):
        return [alpha] + [float("nan")] * 3
    r = c / np.sqrt(np.outer(d, d))
    sum_r = r.sum()
    standardised = k / (k - 1) * (1 - k / sum_r)
    smc = 1 - 1 / np.diag(np.linalg.inv(r))
    lambda6 = 1 - (1 - smc).sum() / sum_r
    return [alpha, standardised, lambda6, omega(r, start) if k >= 3 else float("nan")]


def main():
    folder = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    report = json.load(open(folder + "/scores.json"))
    complete = [r["id"] for r in report["respondents"] if r["incomplete"] is None]
    items = pd.read_csv(folder + "/item-scores.csv", dtype={"id": str, "answer": str, "answer_code": str}, keep_default_na=False, na_values=[""])
    items = items[items["id"].isin(complete)]
    reference = {entry["dimension"]: entry for entry in json.load(open(os.path.join(here, "reference.json")))["reliability"]}
    names = ["alpha", "alpha_standardised", "lambda6", "omega_total"]
    draws = [resample(SEED, b, len(complete)) for b in range(REPLICATES)]
    result = []
    for dimension, entry in reference.items():
        rows = items[items["dimension"] == dimension]
        wide = rows.pivot(index="id", columns="question", values="item_score").where(
            rows.pivot(index="id", columns="question", values="status") == "answered")
        wide = wide.reindex(index=complete, columns=entry["items"])
        values = {"listwise": [], "pairwise": []}
        for indices in draws:
            sample = wide.iloc[indices]
            full = sample.dropna()
            values["listwise"].append(estimates(np.cov(full.values, rowvar=False) if len(full) >= 2 else None, entry["listwise"]["loadings"]))
            values["pairwise"].append(estimates(sample.cov().values, entry["pairwise"]["loadings"]))
        intervals = {}
        for basis in ("listwise", "pairwise"):
            table = np.array(values[basis])
            intervals[basis] = {}
            for position, name in enumerate(names):
                defined = table[:, position][~np.isnan(table[:, position])]
                intervals[basis][name] = None if len(defined) == 0 else {
                    "low": float(np.quantile(defined, 0.025)), "high": float(np.quantile(defined, 0.975)), "replicates": int(len(defined))}
        result.append({"dimension": dimension, "intervals": intervals})
    json.dump({"replicates": REPLICATES, "seed": SEED, "respondents": len(complete), "reliability": result}, sys.stdout, indent=1)
    print()


main()

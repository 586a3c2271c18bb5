#!/usr/bin/env python3
"""Reference values for `smartcity stats --municipality-column municipality` on balanced.csv and
unbalanced.csv (the mini questionnaire of the tests, questionnaire.json here).

    smartcity score questionnaire.json balanced.csv --format csv --out /tmp/balanced
    smartcity score questionnaire.json unbalanced.csv --format csv --out /tmp/unbalanced
    python3 reference.py /tmp/balanced/scores.csv /tmp/unbalanced/scores.csv > reference.json

The respondents' scores in scores.csv are exact at the four decimals printed (multiples of 1/16).
Balanced (5 municipalities x 3 respondents): pingouin.intraclass_corr's ICC(1,1) and ICC(1,k) rows (the
respondent's position within its municipality as the rater), with F, df, p; pingouin rounds its
95 % intervals (to two decimals in the version used), so the unrounded ones are recomputed with
pingouin's own formulas and scipy.stats.f beside them. Unbalanced (municipalities of 2, 2, 3, 4, 3
and 1 respondents): pingouin refuses unbalanced data, so the one-way ANOVA is computed here
directly (MSB = SSB / (g - 1), MSW = SSW / (N - g)) with k replaced by the adjusted mean group size
n0 = (N - sum n_i^2 / N) / (g - 1), and the same interval formulas.
"""
import json
import sys

import numpy as np
import pandas as pd
import pingouin
from scipy import stats

MEASURES = ["alpha", "beta", "total"]
# pingouin 0.7 names the rows ICC(1,1) and ICC(1,k) and the interval column CI95 (older versions: ICC1, ICC1k, CI95%).
ICC1, ICC1K, CI = "ICC(1,1)", "ICC(1,k)", "CI95"


def one_way(scores, measure):
    groups = [g[measure].to_numpy(float) for _, g in scores.groupby("municipality")]
    n_i = np.array([len(g) for g in groups], float)
    big_n, g = n_i.sum(), len(groups)
    grand = np.concatenate(groups).mean()
    ssb = sum(len(x) * (x.mean() - grand) ** 2 for x in groups)
    ssw = sum(((x - x.mean()) ** 2).sum() for x in groups)
    msb, msw = ssb / (g - 1), ssw / (big_n - g)
    k = (big_n - (n_i ** 2).sum() / big_n) / (g - 1)
    df1, df2 = g - 1, big_n - g
    f = msb / msw
    f_low = f / stats.f.ppf(0.975, df1, df2)
    f_high = f * stats.f.ppf(0.975, df2, df1)
    return {
        "municipalities": g, "respondents": int(big_n), "groupSize": k, "msBetween": msb, "msWithin": msw,
        "f": f, "df": [int(df1), int(df2)], "pValue": stats.f.sf(f, df1, df2),
        "icc1": (msb - msw) / (msb + (k - 1) * msw), "icc1k": (msb - msw) / msb,
        "icc1Ci": [(f_low - 1) / (f_low + k - 1), (f_high - 1) / (f_high + k - 1)],
        "icc1kCi": [1 - 1 / f_low, 1 - 1 / f_high],
    }


def balanced(path):
    scores = pd.read_csv(path)
    scores["rater"] = scores.groupby("municipality").cumcount()
    out = {}
    for measure in MEASURES:
        table = pingouin.intraclass_corr(data=scores, targets="municipality", raters="rater", ratings=measure).set_index("Type")
        computed = one_way(scores, measure)
        out[measure] = {
            "pingouin": {
                "icc1": float(table.loc[ICC1, "ICC"]), "icc1k": float(table.loc[ICC1K, "ICC"]),
                "f": float(table.loc[ICC1, "F"]), "df": [int(table.loc[ICC1, "df1"]), int(table.loc[ICC1, "df2"])],
                "pValue": float(table.loc[ICC1, "pval"]),
                "icc1CiRounded": [float(v) for v in table.loc[ICC1, CI]],
                "icc1kCiRounded": [float(v) for v in table.loc[ICC1K, CI]],
            },
            "computed": computed,
        }
    return out


def unbalanced(path):
    scores = pd.read_csv(path)
    return {measure: one_way(scores, measure) for measure in MEASURES}


if __name__ == "__main__":
    reference = {"pingouin": pingouin.__version__, "balanced": balanced(sys.argv[1]), "unbalanced": unbalanced(sys.argv[2])}
    print(json.dumps(reference, indent=2))

#!/usr/bin/env python3
"""Reference values for what `smartcity stats` adds to the descriptive statistics, computed with
scipy, pingouin and scikit-posthocs (and numpy where no library function exists) on the
committed dataset of this folder (300 generated I-monitor respondents in three provinces, one in
a fourth, and rows left out on purpose: a duplicate id, a short row, two below the questionnaire's
minimum total coverage, one without an id).

    reference.py SCORE_FOLDER > reference.json

SCORE_FOLDER holds `smartcity score questionnaire.json responses.csv --format csv,json,items`
(item-scores.csv, scores.csv, scores.json). The dimension scores are recomputed from the item
scores (the weighted mean of the answered items, in the dimensions scores.csv shows scored), as
.ci/check-stats does, so that nothing is taken from smartcity's statistics. Written in a venv
with `pip install scipy pandas pingouin scikit-posthocs`; `.ci/check-stats --reference` runs it
again and compares its output with the committed reference.json.

What each figure is:
- correlations: scipy.stats.pearsonr / spearmanr (r and the two-sided p-value, t with n - 2 df)
  over the respondents scored on both dimensions; Holm and Benjamini-Hochberg adjusted over the
  15 pairs of a method with pingouin.multicomp ('holm', 'fdr_bh');
- group tests per measure over the groups with two or more scored respondents: pingouin.welch_anova
  (F, ddof1, ddof2, p-unc); omega squared (SSB - (k - 1) MSW) / (SST + MSW) from the classical
  sums of squares (numpy); scipy.stats.kruskal (H tie-corrected, p); epsilon squared H / (n - 1);
  scikit_posthocs.posthoc_dunn (p_adjust None and 'holm') with z and the mean rank difference
  from scipy.stats.rankdata; pingouin.pairwise_gameshowell (diff, T, df, pval: the studentized
  range by scipy.stats.studentized_range);
- reliability per dimension: pingouin.cronbach_alpha with nan_policy 'listwise' and 'pairwise'
  (pairwise: the covariances of pandas' DataFrame.cov, as R's cov(use = "pairwise") and
  psych::alpha); standardised alpha from cov2cor of that covariance matrix; Guttman's lambda 6
  as psych's G6(smc), 1 - sum(1 - smc) / sum(R), smc = 1 - 1 / diag(inv(R)); omega total
  1 - sum(1 - loading^2) / sum(R) with the loadings of one factor fitted to R by minres
  (scipy.optimize.least_squares on the off-diagonal residuals r_ij - l_i l_j, to 1e-15);
  alpha if deleted (pingouin.cronbach_alpha without the item) and the corrected item-total
  correlation from the covariance matrix, (row sum - variance) / sqrt(variance (total - 2 row + variance)).
"""
import json, sys

import numpy as np
import pandas as pd
import pingouin as pg
import scikit_posthocs as sp
from scipy import optimize, stats

GROUP = "province"


def load(folder):
    report = json.load(open(folder + "/scores.json"))
    complete = [r["id"] for r in report["respondents"] if r["incomplete"] is None]
    scores = pd.read_csv(folder + "/scores.csv", dtype={"id": str, GROUP: str}, keep_default_na=False, na_values=[""]).set_index("id")
    scores = scores.loc[complete]
    items = pd.read_csv(folder + "/item-scores.csv", dtype={"id": str, "answer": str, "answer_code": str}, keep_default_na=False, na_values=[""])
    items = items[items["id"].isin(complete)]
    return report, scores, items


def dimension_scores(questionnaire, scores, items):
    dimensions = [d["id"] for d in questionnaire["dimensions"]]
    answered = items[items["status"] == "answered"]
    weighted = (answered["weight"] * answered["item_score"]).groupby([answered["id"], answered["dimension"]]).sum()
    weights = answered["weight"].groupby([answered["id"], answered["dimension"]]).sum()
    frame = (weighted / weights).unstack().reindex(index=scores.index, columns=dimensions).where(scores[dimensions].notna())
    dimension_weights = pd.Series({d["id"]: d["weight"] for d in questionnaire["dimensions"]})
    present = frame.notna()
    total = (frame.fillna(0) * dimension_weights).sum(axis=1) / (present * dimension_weights).sum(axis=1)
    frame["total"] = total.where(present.any(axis=1))
    return frame, dimensions


def correlations(frame, dimensions):
    result = {}
    for method, function in [("pearson", stats.pearsonr), ("spearman", stats.spearmanr)]:
        rows = []
        for i, a in enumerate(dimensions):
            for b in dimensions[i + 1:]:
                pair = frame[[a, b]].dropna().round(9)
                r, p = function(pair[a], pair[b])
                rows.append({"a": a, "b": b, "n": len(pair), "r": float(r), "p": float(p)})
        _, holm = pg.multicomp([row["p"] for row in rows], method="holm")
        _, bh = pg.multicomp([row["p"] for row in rows], method="fdr_bh")
        for row, h, q in zip(rows, holm, bh):
            row["p_holm"], row["p_bh"] = float(h), float(q)
        result[method] = rows
    return result


def group_tests(frame, groups, measures):
    result = []
    for measure in measures:
        data = pd.DataFrame({"value": frame[measure], "group": groups}).dropna()
        data["value"] = data["value"].round(9)
        sizes = data.groupby("group").size()
        tested = sorted(sizes[sizes >= 2].index)
        left_out = sorted(sizes[sizes < 2].index)
        data = data[data["group"].isin(tested)]
        welch = pg.welch_anova(data=data, dv="value", between="group").iloc[0]
        n, k = len(data), len(tested)
        grand = data["value"].mean()
        means = data.groupby("group")["value"].mean()
        ssb = float((data.groupby("group").size() * (means - grand) ** 2).sum())
        ssw = float(((data["value"] - data["group"].map(means)) ** 2).sum())
        msw = ssw / (n - k)
        h, p = stats.kruskal(*[data.loc[data["group"] == g, "value"] for g in tested])
        ranks = pd.Series(stats.rankdata(data["value"]), index=data.index)
        mean_ranks = ranks.groupby(data["group"]).mean()
        _, ties = np.unique(data["value"], return_counts=True)
        spread = n * (n + 1) / 12 - float((ties ** 3 - ties).sum()) / (12 * (n - 1))
        raw = sp.posthoc_dunn(data, val_col="value", group_col="group", p_adjust=None)
        holm = sp.posthoc_dunn(data, val_col="value", group_col="group", p_adjust="holm")
        pairs = []
        for i, a in enumerate(tested):
            for b in tested[i + 1:]:
                difference = mean_ranks[a] - mean_ranks[b]
                z = difference / np.sqrt(spread * (1 / sizes[a] + 1 / sizes[b]))
                pairs.append({"a": a, "b": b, "mean_rank_difference": float(difference), "z": float(z),
                              "p": float(raw.loc[a, b]), "p_holm": float(holm.loc[a, b])})
        games_howell = pg.pairwise_gameshowell(data=data, dv="value", between="group")
        howell = [{"a": row["A"], "b": row["B"], "mean_difference": float(row["diff"]), "t": float(row["T"]), "df": float(row["df"]),
                   "p": float(row["pval"])} for _, row in games_howell.iterrows()]
        result.append({
            "measure": measure, "groups": tested, "counts": [int(sizes[g]) for g in tested], "left_out": left_out,
            "welch": {"F": float(welch["F"]), "df1": float(welch["ddof1"]), "df2": float(welch["ddof2"]), "p": float(welch["p_unc"]),
                      "omega_squared": (ssb - (k - 1) * msw) / (ssb + ssw + msw)},
            "kruskal": {"H": float(h), "df": k - 1, "p": float(p), "epsilon_squared": float(h) / (n - 1)},
            "dunn": pairs,
            "games_howell": howell,
        })
    return result


def minres_loadings(r):
    k = r.shape[0]
    upper = np.triu_indices(k, 1)
    smc = 1 - 1 / np.diag(np.linalg.inv(r))
    fit = optimize.least_squares(lambda l: r[upper] - np.outer(l, l)[upper], np.sqrt(smc), xtol=1e-15, ftol=1e-15, gtol=1e-15)
    loadings = fit.x
    return loadings if loadings.sum() >= 0 else -loadings


def coefficients(wide, covariance, policy):
    c = covariance.values
    k = c.shape[0]
    d = np.sqrt(np.diag(c))
    r = c / np.outer(d, d)
    smc = 1 - 1 / np.diag(np.linalg.inv(r))
    loadings = minres_loadings(r) if k >= 3 else np.full(k, np.nan)
    total = c.sum()
    rest = [total - 2 * c[i].sum() + c[i, i] for i in range(k)]
    return {
        "alpha": float(pg.cronbach_alpha(data=wide, nan_policy=policy)[0]),
        "alpha_standardised": float(k / (k - 1) * (1 - k / r.sum())),
        "lambda6": float(1 - (1 - smc).sum() / r.sum()),
        "omega_total": float(1 - (1 - loadings ** 2).sum() / r.sum()) if k >= 3 else None,
        "loadings": [float(x) for x in loadings] if k >= 3 else [],
        "alpha_if_deleted": [float(pg.cronbach_alpha(data=wide.drop(columns=[q]), nan_policy=policy)[0]) if k > 2 else None for q in wide.columns],
        "item_total": [float((c[i].sum() - c[i, i]) / np.sqrt(c[i, i] * rest[i])) for i in range(k)],
    }


def reliability(items, dimensions):
    result = []
    for dimension in dimensions:
        wide = items[items["dimension"] == dimension].pivot(index="id", columns="question", values="item_score")
        wide = wide.where(items[items["dimension"] == dimension].pivot(index="id", columns="question", values="status") == "answered")
        if wide.shape[1] < 2:
            continue
        complete = wide.dropna()
        counts = wide.notna().astype(int)
        result.append({
            "dimension": dimension, "items": list(wide.columns), "respondents": len(complete),
            "pairwise_min_n": int((counts.T @ counts).values.min()),
            "listwise": coefficients(complete, complete.cov(), "listwise"),
            "pairwise": coefficients(wide, wide.cov(), "pairwise"),
        })
    return result


def main():
    folder = sys.argv[1]
    report, scores, items = load(folder)
    questionnaire = json.load(open(folder + "/../questionnaire.json")) if len(sys.argv) < 3 else json.load(open(sys.argv[2]))
    frame, dimensions = dimension_scores(questionnaire, scores, items)
    document = {
        "respondents": len(scores),
        "correlations": correlations(frame, dimensions),
        "group_tests": group_tests(frame, scores[GROUP], dimensions + ["total"]),
        "reliability": reliability(items, dimensions),
        "versions": {"scipy": __import__("scipy").__version__, "pingouin": pg.__version__, "scikit_posthocs": sp.__version__,
                     "pandas": pd.__version__, "numpy": np.__version__},
    }
    json.dump(document, sys.stdout, indent=1)
    print()


main()

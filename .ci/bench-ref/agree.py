#!/usr/bin/env python3
"""Whether smartcity's numbers agree with a peer's (run after timing both):
  agree.py stats SMARTCITY_DIR PEER_DIR    statistics.csv (n, mean, sd, min, q1, median, q3, max) and alpha
  agree.py compare SMARTCITY_DIR PEER_DIR  comparison.csv (score, rank, percentile, z_score, group_median)
Numbers agree within 0.001 (smartcity writes four decimals in compare's CSV); counts and ranks exactly.
Exit status 1 when anything differs."""
import sys
import polars as pl

kind, ours, peer = sys.argv[1], sys.argv[2], sys.argv[3]

def differing(a, b, keys, columns, exact=()):
    joined = a.join(b, on=keys, how="full", suffix="_peer", coalesce=True)
    counts = {}
    for c in columns:
        x, y = pl.col(c).cast(pl.Float64), pl.col(f"{c}_peer").cast(pl.Float64)
        bad = (x != y) if c in exact else ((x - y).abs() > 1e-3)
        counts[c] = joined.filter(bad.fill_null(True) & ~(x.is_null() & y.is_null())).height
    return joined.height, counts

if kind == "stats":
    a = pl.read_csv(f"{ours}/statistics.csv", schema_overrides={"group": pl.Utf8}).with_columns(pl.col("group").fill_null(""))
    b = pl.read_csv(f"{peer}/statistics.csv", schema_overrides={"group": pl.Utf8}).with_columns(pl.col("group").fill_null(""))
    rows, counts = differing(a, b, ["group", "measure"], ["n", "mean", "sd", "min", "q1", "median", "q3", "max"], exact=("n",))
    ra = pl.read_csv(f"{ours}/reliability.csv").select(["dimension", "alpha"])
    rb = pl.read_csv(f"{peer}/reliability.csv")
    _, alpha = differing(ra, rb, ["dimension"], ["alpha"])
    counts.update(alpha)
else:
    a = pl.read_csv(f"{ours}/comparison.csv", schema_overrides={"id": pl.Utf8}).select(
        ["id", "measure", "score", "rank", "percentile", "z_score", "group_median"])
    b = pl.read_csv(f"{peer}/comparison.csv", schema_overrides={"id": pl.Utf8})
    rows, counts = differing(a, b, ["id", "measure"], ["score", "rank", "percentile", "z_score", "group_median"], exact=("rank",))
bad = sum(counts.values())
print(f"agreement ({kind}): {rows} rows; " + ", ".join(f"{c} {n}" for c, n in counts.items()) + " differ"
      + " (numbers beyond 0.001; a row missing on either side counts as differing)")
sys.exit(0 if bad == 0 else 1)

#!/usr/bin/env python3
"""Peer implementation (polars) of `smartcity compare --group-by region` on the benchmark's
responses: dimension scores as ../shared/bench/ref_polars.py makes them, rounded to 9 decimals so
that equal scores tie; per measure (total and each dimension) the competition rank (highest first),
the percentile (the share scoring lower plus half of those scoring the same, in %), the z-score
(sd n - 1) and the median of the municipality's region. Writes comparison.csv (one row per
municipality and measure). Usage: compare_polars.py RESPONSES.csv OUT_DIR"""
import os, sys
import polars as pl

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
df = pl.read_csv(src, infer_schema_length=1000, schema_overrides={"respondent_id": pl.Utf8})
items = [c for c in df.columns if c.startswith("D")]
dims = sorted({c.split("Q")[0] for c in items})
wide = df.select([pl.col("respondent_id").alias("id"), pl.col("region").alias("group"),
                  *[((pl.mean_horizontal([pl.col(c) for c in items if c.split("Q")[0] == d]) - 1) / 4 * 100).alias(d) for d in dims]])
wide = wide.with_columns(pl.mean_horizontal(dims).alias("total"))
long = wide.unpivot(index=["id", "group"], on=["total", *dims], variable_name="measure", value_name="score") \
    .with_columns(pl.col("score").round(9))
n = pl.len().over("measure")
long = long.with_columns(
    pl.col("score").rank(method="min", descending=True).over("measure").cast(pl.Int64).alias("rank"),
    ((pl.col("score").rank(method="min").over("measure") - 1
      + (pl.col("score").rank(method="max").over("measure") - pl.col("score").rank(method="min").over("measure") + 1) / 2) / n * 100)
    .alias("percentile"),
    ((pl.col("score") - pl.col("score").mean().over("measure")) / pl.col("score").std(ddof=1).over("measure")).alias("z_score"),
    pl.col("score").median().over(["measure", "group"]).alias("group_median"))
long.select(["id", "measure", "score", "rank", "percentile", "z_score", "group_median"]).write_csv(f"{out}/comparison.csv")

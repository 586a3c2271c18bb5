#!/usr/bin/env Rscript
# Reference values from R (psych, stats) for what `smartcity stats` reports, on the committed data
# of this folder and of ../municipalities, written as reference-r.json beside reference.json.
#
#   Rscript reference.R SCORE_FOLDER BALANCED_SCORES UNBALANCED_SCORES > reference-r.json
#
# SCORE_FOLDER holds `smartcity score questionnaire.json responses.csv --format csv,json,items` of
# this folder (item-scores.csv, scores.json); BALANCED_SCORES and UNBALANCED_SCORES are the
# scores.csv of `smartcity score` on ../municipalities/balanced.csv and unbalanced.csv (scores
# exact at the four decimals printed). Debian: apt-get install r-base-core r-cran-psych (lme4,
# GPArotation and jsonlite come with it); numbers are written with 17 significant digits (by
# to_json below: jsonlite stops at 15). `.ci/check-stats --reference` runs it again when Rscript
# is installed and compares its output with the committed file.
#
# What each figure is:
# - reliability per dimension (item scores of the answered items of the complete respondents):
#   psych::alpha on the data with missing items (its default, covariances with
#   use = "pairwise") and on the complete rows (listwise): raw_alpha, std.alpha, G6(smc), and per
#   item alpha.drop's raw_alpha and item.stats' r.drop; omega total from psych::omega(R,
#   nfactors = 1, fm = "minres") (omega.tot) and the loadings of psych::fa(R, 1, fm = "minres"),
#   R = cov2cor(cov(use = "pairwise")) as psych::alpha makes it (smartcity's R), or cor of the
#   complete rows; fa's minres stops where optim stops, so its loadings agree with an exact
#   minimum to about 1e-6, not 1e-9. psych::omega given the data itself correlates them with
#   cor(use = "pairwise") instead, each pair standardised on its own respondents: that omega
#   total is omega_total_psych_data, a different estimator where items are missing;
# - psych::ICC (ICC1 and ICC1k with F, df, p and the bounds) on the municipalities' respondents,
#   one row per municipality, one column per respondent (NA where a municipality has fewer):
#   balanced with lmer = FALSE (its aov) and TRUE (its default, lme4's REML variance
#   components); unbalanced with both as well: psych takes k as the number of columns (the
#   largest municipality) and df2 = g (k - 1), or lme4's variance components, where smartcity
#   takes the ANOVA of unbalanced designs (k = n0 = (N - sum n_i^2 / N) / (g - 1), df2 = N - g);
#   the one-way mean squares are the same, and are given too;
# - stats::ptukey(q, nmeans, df, lower.tail = FALSE) where R's algorithm is least accurate:
#   2 and 3 degrees of freedom and above 25,000 (where it takes df as infinite).
suppressPackageStartupMessages({ library(psych); library(jsonlite) })

args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
report <- fromJSON(file.path(folder, "scores.json"), simplifyVector = FALSE)
complete <- unlist(lapply(report$respondents, function(r) if (is.null(r$incomplete)) r$id else NULL))
items <- read.csv(file.path(folder, "item-scores.csv"), colClasses = c(id = "character", answer = "character", answer_code = "character"),
                  na.strings = "")
items <- items[items$id %in% complete, ]
items$item_score[items$status != "answered"] <- NA

coefficients <- function(data, correlations) {
  a <- suppressWarnings(suppressMessages(psych::alpha(data, warnings = FALSE)))
  k <- ncol(data)
  out <- list(alpha = a$total$raw_alpha, alpha_standardised = a$total$std.alpha, lambda6 = a$total$`G6(smc)`,
              alpha_if_deleted = unname(a$alpha.drop$raw_alpha), item_total = unname(a$item.stats$r.drop))
  if (k >= 3) {
    f <- suppressWarnings(suppressMessages(psych::fa(correlations, nfactors = 1, fm = "minres")))
    loadings <- as.vector(f$loadings)
    if (sum(loadings) < 0) loadings <- -loadings
    o <- suppressWarnings(suppressMessages(psych::omega(correlations, nfactors = 1, fm = "minres", plot = FALSE)))
    out$omega_total <- o$omega.tot
    out$omega_total_from_fa <- 1 - sum(1 - loadings^2) / sum(correlations)
    out$loadings <- loadings
  }
  out
}

reliability <- list()
for (dimension in unique(items$dimension)) {
  rows <- items[items$dimension == dimension, ]
  wide <- reshape(rows[, c("id", "question", "item_score")], idvar = "id", timevar = "question", direction = "wide")
  wide <- wide[, -1, drop = FALSE]
  colnames(wide) <- sub("^item_score\\.", "", colnames(wide))
  if (ncol(wide) < 2) next
  listwise <- na.omit(wide)
  reliability[[length(reliability) + 1]] <- list(
    dimension = dimension, items = colnames(wide), respondents = nrow(listwise),
    listwise = coefficients(listwise, cor(listwise)),
    pairwise = c(coefficients(wide, cov2cor(cov(wide, use = "pairwise"))),
                 list(omega_total_psych_data = if (ncol(wide) >= 3)
                   suppressWarnings(suppressMessages(psych::omega(wide, nfactors = 1, fm = "minres", plot = FALSE)))$omega.tot else NULL)))
}

icc <- function(path) {
  scores <- read.csv(path, colClasses = c(id = "character", municipality = "character"))
  out <- list()
  for (measure in c("alpha", "beta", "total")) {
    groups <- split(scores[[measure]], scores$municipality)
    width <- max(lengths(groups))
    wide <- t(sapply(groups, function(x) c(x, rep(NA, width - length(x)))))
    sizes <- lengths(groups)
    n <- sum(sizes); g <- length(groups)
    grand <- mean(scores[[measure]])
    msb <- sum(sizes * (sapply(groups, mean) - grand)^2) / (g - 1)
    msw <- sum(sapply(groups, function(x) sum((x - mean(x))^2))) / (n - g)
    entry <- list(msBetween = msb, msWithin = msw)
    for (lmer in c(FALSE, TRUE)) {
      result <- suppressWarnings(suppressMessages(psych::ICC(wide, missing = FALSE, lmer = lmer)))$results
      rows <- lapply(c("ICC1", "ICC1k"), function(type) {
        row <- result[result$type == type, ]
        list(icc = row$ICC, f = row$F, df1 = row$df1, df2 = row$df2, p = row$p, bounds = c(row$`lower bound`, row$`upper bound`))
      })
      names(rows) <- c("icc1", "icc1k")
      entry[[if (lmer) "lmer" else "aov"]] <- rows
    }
    out[[measure]] <- entry
  }
  out
}

cases <- list(c(2, 2, 2), c(2, 2, 2.5), c(3.5, 3, 2), c(1, 5, 2), c(3, 4, 3), c(3.5, 3, 20), c(6, 5, 10), c(0.5, 3, 197.3),
              c(4, 10, 30000), c(3, 5, 25001), c(3, 5, 50000), c(2.5, 3, 1e6))
ptukey_cases <- lapply(cases, function(x) list(q = x[1], k = x[2], df = x[3], sf = ptukey(x[1], x[2], x[3], lower.tail = FALSE)))

document <- list(
  reliability = reliability,
  icc = list(balanced = icc(args[2]), unbalanced = icc(args[3])),
  ptukey = ptukey_cases,
  versions = list(R = paste(R.version$major, R.version$minor, sep = "."), psych = as.character(packageVersion("psych")),
                  lme4 = as.character(packageVersion("lme4"))))
# JSON with every digit of a double: named lists as objects, unnamed lists and longer vectors as arrays.
to_json <- function(x, indent = 0) {
  pad <- strrep(" ", indent)
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (is.null(names(x))) return(paste0("[", paste(vapply(x, to_json, "", indent = indent + 1), collapse = ", "), "]"))
    members <- mapply(function(key, value) paste0(pad, " \"", key, "\": ", to_json(value, indent + 1)), names(x), x)
    return(paste0("{\n", paste(members, collapse = ",\n"), "\n", pad, "}"))
  }
  values <- if (is.character(x)) paste0("\"", x, "\"") else ifelse(is.na(x), "null", sprintf("%.17g", as.double(x)))
  if (length(x) == 1) values else paste0("[", paste(values, collapse = ", "), "]")
}
cat(to_json(document), "\n", sep = "")

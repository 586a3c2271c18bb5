/// The statistics as tidy CSV for R, pandas or SPSS: one file per table, ids for names,
/// numbers with `.` and every digit a `Double` holds (so that a recomputation agrees to the
/// last bit), an empty `group` for the whole cohort, empty cells for what is undefined.
struct StatisticsCSVRenderer {
    static let files = ["statistics.csv", "types.csv", "type-tests.csv", "reliability.csv", "item-reliability.csv", "reliability-intervals.csv",
                        "correlations.csv", "items.csv", "item-answers.csv", "group-tests.csv", "pairwise-tests.csv", "left-out.csv"]

    /// The files, by name.
    package func render(_ result: StatisticsResult) -> [(name: String, contents: String)] {
        let tables = StatisticsTables(result)
        let (types, tests) = tables.types(), (reliability, itemReliability) = tables.reliability(), (items, answers) = tables.items()
        let (groupTests, pairwiseTests) = tables.groupTests()
        return zip(Self.files, [tables.measures(), types, tests, reliability, itemReliability, tables.reliabilityIntervals(), tables.correlations(), items, answers,
                                groupTests, pairwiseTests, tables.leftOutRows()]).map { ($0, $1.text) }
            + (result.statistics.municipalities.map { MunicipalityStatisticsCSVRenderer().render($0, questionnaire: tables.questionnaire) } ?? [])
    }
}

/// The tables of the statistics, in the words of the CSV files.
private struct StatisticsTables {
    let statistics: ResearchStatistics
    let questionnaire: Questionnaire
    let bands: [Band]
    let leftOut: [LeftOutRow]

    init(_ result: StatisticsResult) {
        statistics = result.statistics
        leftOut = result.leftOut
        questionnaire = result.summary.questionnaire
        bands = questionnaire.bands.bands
    }

    /// A group's label; empty for the whole cohort.
    func group(_ index: Int?) -> String { index.map { statistics.groupLabels[$0] } ?? "" }
    /// A number with every digit a `Double` holds; empty when undefined.
    func number(_ value: Double?) -> String { value.map(NumberFormat.roundTrip) ?? "" }
    func measureID(_ measure: ResearchStatistics.Measure) -> String {
        switch measure {
        case .dimension(let index): questionnaire.dimensions[index].id
        case .total: "total"
        }
    }

    /// `statistics.csv`: the descriptive statistics of each measure per group.
    func measures() -> CSVWriter {
        var measures = CSVWriter()
        measures.row(["group", "measure", "n", "mean", "sd", "se", "ci_low", "ci_high", "min", "q1", "median", "q3", "max", "floor_share", "ceiling_share"])
        for entry in statistics.measures {
            guard let value = entry.summary else {
                measures.row([group(entry.group), measureID(entry.measure), "0"] + Array(repeating: "", count: 12))
                continue
            }
            let d = value.descriptive
            measures.row([group(entry.group), measureID(entry.measure), String(d.count), number(d.mean), number(d.standardDeviation),
                          number(value.standardError), number(value.confidenceInterval?.low), number(value.confidenceInterval?.high),
                          number(d.minimum), number(d.firstQuartile), number(d.median), number(d.thirdQuartile), number(d.maximum),
                          number(value.floorShare), number(value.ceilingShare)])
        }
        return measures
    }

    /// `types.csv` and `type-tests.csv`: the maturity types per group, and the test against the reference shares.
    func types() -> (CSVWriter, CSVWriter) {
        var types = CSVWriter(), tests = CSVWriter()
        types.row(["group", "band", "count", "share", "reference_share"])
        tests.row(["group", "statistic", "df", "p_value", "classes", "untested"])
        for distribution in statistics.types {
            let scored = distribution.counts.reduce(0, +)
            for (index, band) in bands.enumerated() {
                types.row([group(distribution.group), band.id, String(distribution.counts[index]),
                           scored == 0 ? "" : number(Double(distribution.counts[index]) / Double(scored)), number(band.referenceShare)])
            }
            if distribution.withoutType > 0 { types.row([group(distribution.group), "", String(distribution.withoutType), "", ""]) }
            if let test = distribution.test {
                let classes = test.classes.map { range in range.map { bands[$0].id }.joined(separator: "+") }.joined(separator: ";")
                tests.row([group(distribution.group), number(test.statistic), String(test.degreesOfFreedom), number(test.pValue), classes, ""])
            } else {
                tests.row([group(distribution.group), "", "", "", "", distribution.untested == .noReferenceShares ? "no-reference-shares" : "too-few-respondents"])
            }
        }
        return (types, tests)
    }

    /// `reliability.csv` and `item-reliability.csv`: each dimension's alpha, and its items'.
    func reliability() -> (CSVWriter, CSVWriter) {
        var reliability = CSVWriter(), itemReliability = CSVWriter()
        reliability.row(["dimension", "items", "respondents", "alpha", "alpha_standardised", "ci_low", "ci_high", "low_alpha", "negative_items",
                         "lambda6", "omega_total", "pairwise_min_n", "alpha_pairwise", "alpha_standardised_pairwise", "lambda6_pairwise", "omega_total_pairwise"])
        itemReliability.row(["dimension", "question", "item_total_correlation", "alpha_if_deleted",
                             "loading", "item_total_correlation_pairwise", "alpha_if_deleted_pairwise", "loading_pairwise"])
        for entry in statistics.reliability {
            let dimension = questionnaire.dimensions[entry.dimension].id
            reliability.row([dimension, String(entry.items.count), String(entry.respondents), number(entry.alpha), number(entry.standardisedAlpha),
                             number(entry.confidenceInterval?.low), number(entry.confidenceInterval?.high), entry.isLow ? "true" : "false",
                             entry.negativeItems.map { questionnaire.questions[$0].id }.joined(separator: ";"),
                             number(entry.listwise?.lambda6), number(entry.listwise?.omegaTotal), String(entry.pairwiseSmallestCount),
                             number(entry.pairwise?.alpha), number(entry.pairwise?.standardisedAlpha), number(entry.pairwise?.lambda6),
                             number(entry.pairwise?.omegaTotal)])
            for (position, question) in entry.items.enumerated() {
                itemReliability.row([dimension, questionnaire.questions[question].id,
                                     number(entry.itemTotalCorrelations[position]), number(entry.alphaIfDeleted[position]),
                                     number(entry.listwise?.loadings.isEmpty == false ? entry.listwise?.loadings[position] : nil),
                                     number(entry.pairwise?.itemRestCorrelations[position]), number(entry.pairwise?.alphaIfDeleted[position]),
                                     number(entry.pairwise?.loadings.isEmpty == false ? entry.pairwise?.loadings[position] : nil)])
            }
        }
        return (reliability, itemReliability)
    }

    /// `reliability-intervals.csv`: per dimension, Feldt's interval of listwise alpha, and the
    /// bootstrap intervals of every coefficient listwise and pairwise (when asked for; when
    /// skipped, their rows say why).
    func reliabilityIntervals() -> CSVWriter {
        var table = CSVWriter()
        table.row(["dimension", "basis", "coefficient", "estimate", "method", "ci_low", "ci_high", "replicates", "seed", "note"])
        let names = ["alpha", "alpha_standardised", "lambda6", "omega_total"]
        for entry in statistics.reliability {
            let dimension = questionnaire.dimensions[entry.dimension].id
            table.row([dimension, "listwise", "alpha", number(entry.alpha), "feldt", number(entry.confidenceInterval?.low),
                       number(entry.confidenceInterval?.high), "", "", ""])
            let listwise = [entry.alpha, entry.standardisedAlpha, entry.listwise?.lambda6, entry.listwise?.omegaTotal]
            let pairwise = [entry.pairwise?.alpha, entry.pairwise?.standardisedAlpha, entry.pairwise?.lambda6, entry.pairwise?.omegaTotal]
            for (basis, estimates, intervals) in [("listwise", listwise, entry.bootstrap?.listwise), ("pairwise", pairwise, entry.bootstrap?.pairwise)] {
                for (position, name) in names.enumerated() {
                    let interval = intervals?[position]
                    switch statistics.bootstrap {
                    case .notRequested:
                        continue
                    case .skipped(let needed, let limit):
                        table.row([dimension, basis, name, number(estimates[position]), "bootstrap-percentile", "", "", "", "",
                                   "skipped: \(needed) item scores to keep, above the limit of \(limit)"])
                    case .computed(let settings):
                        table.row([dimension, basis, name, number(estimates[position]), "bootstrap-percentile", number(interval?.low),
                                   number(interval?.high), String(interval?.replicates ?? 0), String(settings.seed),
                                   interval == nil ? "undefined in every resample" : ""])
                    }
                }
            }
        }
        return table
    }

    /// `correlations.csv`: Pearson's and Spearman's correlations of each pair of dimensions.
    func correlations() -> CSVWriter {
        var correlations = CSVWriter()
        correlations.row(["method", "dimension_a", "dimension_b", "r", "n", "p_value", "p_holm", "p_bh"])
        for (method, matrix) in [("pearson", statistics.pearson), ("spearman", statistics.spearman)] {
            for i in matrix.indices {
                for j in matrix[i].indices where j > i {
                    correlations.row([method, questionnaire.dimensions[i].id, questionnaire.dimensions[j].id,
                                      number(matrix[i][j].r), String(matrix[i][j].n), number(matrix[i][j].pValue),
                                      number(matrix[i][j].pHolm), number(matrix[i][j].pBenjaminiHochberg)])
                }
            }
        }
        return correlations
    }

    /// `items.csv` and `item-answers.csv`: each question's answer statuses, and its answers' counts.
    func items() -> (CSVWriter, CSVWriter) {
        var items = CSVWriter(), answers = CSVWriter()
        items.row(["question", "dimension", "answered", "dont_know", "not_applicable", "blank", "not_shown", "invalid", "mean_item_score"])
        answers.row(["question", "answer", "count", "share"])
        for item in statistics.items {
            let question = questionnaire.questions[item.question]
            let id = question.id
            items.row([id, question.dimensionID ?? ""]
                + ([.scored, .dontKnow, .notApplicable, .blank, .notShown, .invalid] as [ItemStatus]).map { String(item.count($0)) }
                + [number(item.meanItemScore)])
            let answered = item.count(.scored)
            for answer in item.answers {
                answers.row([id, answer.code, String(answer.count), answered == 0 ? "" : number(Double(answer.count) / Double(answered))])
            }
        }
        return (items, answers)
    }

    /// `group-tests.csv`, one row per measure and test (Welch's ANOVA with omega squared,
    /// Kruskal-Wallis with epsilon squared), and `pairwise-tests.csv` (Games-Howell: the
    /// difference of the means, t and its degrees of freedom; Dunn: the difference of the mean
    /// ranks, z and the Holm-adjusted p); headers only
    /// when ungrouped.
    func groupTests() -> (CSVWriter, CSVWriter) {
        var tests = CSVWriter(), pairs = CSVWriter()
        tests.row(["measure", "test", "groups", "n", "statistic", "df1", "df2", "p_value", "effect_size", "effect_size_value", "groups_left_out", "untested"])
        pairs.row(["measure", "test", "group_a", "group_b", "n_a", "n_b", "difference", "statistic", "df", "p_value", "p_holm"])
        for entry in statistics.groupTests {
            let measure = measureID(entry.measure)
            guard let comparison = entry.comparison else {
                for test in ["welch-anova", "kruskal-wallis"] { tests.row([measure, test] + Array(repeating: "", count: 9) + ["too-few-groups"]) }
                continue
            }
            let common = [String(comparison.groups.count), String(comparison.counts.reduce(0, +))]
            let leftOut = comparison.tooSmall.map { statistics.groupLabels[$0] }.joined(separator: ";")
            if let welch = comparison.welch {
                tests.row([measure, "welch-anova"] + common + [number(welch.statistic), number(welch.df1), number(welch.df2), number(welch.pValue),
                                                              "omega_squared", number(welch.omegaSquared), leftOut, ""])
            } else {
                tests.row([measure, "welch-anova"] + common + ["", "", "", "", "omega_squared", "", leftOut, "constant-group"])
            }
            if let kruskal = comparison.kruskalWallis {
                tests.row([measure, "kruskal-wallis"] + common + [number(kruskal.statistic), String(kruskal.degreesOfFreedom), "", number(kruskal.pValue),
                                                                 "epsilon_squared", number(kruskal.epsilonSquared), leftOut, ""])
            } else {
                tests.row([measure, "kruskal-wallis"] + common + ["", "", "", "", "epsilon_squared", "", leftOut, "all-values-equal"])
            }
            let sizes = Dictionary(uniqueKeysWithValues: zip(comparison.groups, comparison.counts))
            func groups(_ a: Int, _ b: Int) -> [String] {
                [statistics.groupLabels[a], statistics.groupLabels[b], String(sizes[a] ?? 0), String(sizes[b] ?? 0)]
            }
            for pair in comparison.gamesHowell {
                pairs.row([measure, "games-howell"] + groups(pair.a, pair.b)
                    + [number(pair.meanDifference), number(pair.t), number(pair.degreesOfFreedom), number(pair.pValue), ""])
            }
            for pair in comparison.pairs {
                pairs.row([measure, "dunn"] + groups(pair.a, pair.b)
                    + [number(pair.meanRankDifference), number(pair.z), "", number(pair.pValue), number(pair.pHolm)])
            }
        }
        return (tests, pairs)
    }

    /// `left-out.csv`: the rows not counted, with the reason's id and, in English, its detail.
    func leftOutRows() -> CSVWriter {
        var table = CSVWriter()
        table.row(["file", "row", "id", "reason", "detail"])
        for row in leftOut {
            table.row([FilePath.name(of: row.file), String(row.row), row.respondentID ?? "", row.reason.code,
                       StatisticsDocument.reasonText(row.reason, .english)])
        }
        return table
    }
}

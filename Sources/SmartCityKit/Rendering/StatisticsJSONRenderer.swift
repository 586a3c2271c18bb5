/// `statistics.json`: everything the statistics CSV files hold, in one document, numbers with
/// every digit a `Double` holds.
struct StatisticsJSONRenderer {
    static let file = "statistics.json"

    package func render(_ result: StatisticsResult) -> String {
        let statistics = result.statistics, summary = result.summary
        let questionnaire = summary.questionnaire
        let bands = questionnaire.bands.bands
        func measureID(_ measure: ResearchStatistics.Measure) -> String {
            switch measure {
            case .dimension(let index): questionnaire.dimensions[index].id
            case .total: "total"
            }
        }
        func matrix(_ values: [[ResearchStatistics.Correlation]]) -> JSONValue {
            .object(zip(questionnaire.dimensions, values).map { dimension, row in
                (dimension.id, .object(zip(questionnaire.dimensions, row).map {
                    ($0.id, .object([("r", number($1.r)), ("n", .integer($1.n)), ("pValue", number($1.pValue)), ("pHolm", number($1.pHolm)),
                                     ("pBH", number($1.pBenjaminiHochberg))]))
                }))
            })
        }
        let document = JSONValue.object([
            ("questionnaire", .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                                       ("sha256", .string(summary.questionnaireFile.sha256))])),
            ("responseFiles", .array(summary.responseFiles.map { .object([("name", .string($0.name)), ("sha256", .string($0.sha256))]) })),
            ("respondents", .integer(statistics.respondentCount)),
            ("groupBy", .optionalString(result.grouping.map { $0.columns.joined(separator: " / ") })),
            ("groups", .array(statistics.groupLabels.map(JSONValue.string))),
            ("quantileMethod", .string("type 7 (R default, pandas linear)")),
            ("measures", .array(measureValues(statistics, measureID: measureID))), ("types", .array(typeValues(statistics, bands: bands))),
            ("reliability", .array(reliabilityValues(statistics, questionnaire: questionnaire))),
            ("correlations", .object([("pearson", matrix(statistics.pearson)), ("spearman", matrix(statistics.spearman))])),
            ("items", .array(itemValues(statistics, questionnaire: questionnaire))),
            ("groupTests", .array(statistics.groupTests.map { groupTests($0, labels: statistics.groupLabels, measureID: measureID) })),
            ("leftOut", .array(result.leftOut.map { row in
                .object([("file", .string(FilePath.name(of: row.file))), ("row", .integer(row.row)), ("id", .optionalString(row.respondentID)),
                         ("reason", .string(row.reason.code)), ("detail", .string(StatisticsDocument.reasonText(row.reason, .english)))])
            })),
        ] + (statistics.municipalities.map { [("municipalities", MunicipalityStatisticsJSONRenderer().value($0, questionnaire: questionnaire))] } ?? [])
            + (bootstrapSummary(statistics.bootstrap).map { [("reliabilityBootstrap", $0)] } ?? []))
        return document.rendered() + "\n"
    }

    /// Per dimension: alpha with Feldt's interval and the items, the listwise and pairwise
    /// coefficients, and the bootstrap intervals when asked for.
    private func reliabilityValues(_ statistics: ResearchStatistics, questionnaire: Questionnaire) -> [JSONValue] {
        /// Lambda 6, omega total, and per item its loading, alpha if deleted and item-total correlation.
        func coefficients(_ value: ReliabilityCoefficients?, items: [Int]) -> JSONValue {
            guard let value else { return .null }
            return .object([
                ("alpha", number(value.alpha)), ("alphaStandardised", number(value.standardisedAlpha)), ("lambda6", number(value.lambda6)),
                ("omegaTotal", number(value.omegaTotal)),
                ("items", .array(items.indices.map { position in
                    .object([("question", .string(questionnaire.questions[items[position]].id)),
                             ("loading", number(value.loadings.isEmpty ? nil : value.loadings[position])),
                             ("itemTotalCorrelation", number(value.itemRestCorrelations[position])),
                             ("alphaIfDeleted", number(value.alphaIfDeleted[position]))])
                })),
            ])
        }
        /// The percentile intervals by coefficient, each with the resamples it rests on.
        func bootstrapIntervals(_ intervals: [ReliabilityBootstrap.Interval?]) -> JSONValue {
            .object(zip(["alpha", "alphaStandardised", "lambda6", "omegaTotal"], intervals).map { name, interval in
                (name, interval.map { .object([("ci", .array([number($0.low), number($0.high)])), ("replicates", .integer($0.replicates))]) } ?? .null)
            })
        }
        return statistics.reliability.map { entry -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("dimension", .string(questionnaire.dimensions[entry.dimension].id)), ("respondents", .integer(entry.respondents)),
                ("alpha", number(entry.alpha)), ("alphaStandardised", number(entry.standardisedAlpha)),
                ("ci", entry.confidenceInterval.map { .array([number($0.low), number($0.high)]) } ?? .null),
                ("lowAlpha", .bool(entry.isLow)),
                ("items", .array(entry.items.indices.map { position in
                    .object([("question", .string(questionnaire.questions[entry.items[position]].id)),
                             ("itemTotalCorrelation", number(entry.itemTotalCorrelations[position])),
                             ("alphaIfDeleted", number(entry.alphaIfDeleted[position]))])
                })),
                ("listwise", coefficients(entry.listwise, items: entry.items)),
                ("pairwise", coefficients(entry.pairwise, items: entry.items)), ("pairwiseMinN", .integer(entry.pairwiseSmallestCount)),
            ]
            // Without --bootstrap the document is as before it existed.
            if statistics.bootstrap != .notRequested {
                members.append(("bootstrap", entry.bootstrap.map { intervals in
                    .object([("listwise", bootstrapIntervals(intervals.listwise)), ("pairwise", bootstrapIntervals(intervals.pairwise))])
                } ?? .null))
            }
            return .object(members)
        }
    }

    /// How the bootstrap went (nil: not asked for, and the document is as before it existed).
    private func bootstrapSummary(_ outcome: ReliabilityBootstrap.Outcome) -> JSONValue? {
        switch outcome {
        case .notRequested: nil
        case .skipped(let needed, let limit):
            .object([("method", .string("percentile")), ("skipped", .object([("itemScoresNeeded", .integer(needed)), ("limit", .integer(limit))]))])
        case .computed(let settings):
            .object([("method", .string("percentile")), ("replicates", .integer(settings.replicates)), ("seed", .string(String(settings.seed))),
                     ("skipped", .null)])
        }
    }

    /// A number with every digit a `Double` holds; null when there is none.
    private func number(_ value: Double?) -> JSONValue { value.map(JSONValue.precise) ?? .null }

    /// A group's label; null for the whole cohort.
    private func group(_ index: Int?, _ statistics: ResearchStatistics) -> JSONValue { .optionalString(index.map { statistics.groupLabels[$0] }) }

    /// Per group and measure, the summary of the scores.
    private func measureValues(_ statistics: ResearchStatistics, measureID: (ResearchStatistics.Measure) -> String) -> [JSONValue] {
        statistics.measures.map { entry -> JSONValue in
            var members: [(String, JSONValue)] = [("group", group(entry.group, statistics)), ("measure", .string(measureID(entry.measure)))]
            if let value = entry.summary {
                let d = value.descriptive
                members += [("n", .integer(d.count)), ("mean", number(d.mean)), ("sd", number(d.standardDeviation)),
                            ("se", number(value.standardError)),
                            ("ci", value.confidenceInterval.map { .array([number($0.low), number($0.high)]) } ?? .null),
                            ("min", number(d.minimum)), ("q1", number(d.firstQuartile)), ("median", number(d.median)),
                            ("q3", number(d.thirdQuartile)), ("max", number(d.maximum)),
                            ("floorShare", number(value.floorShare)), ("ceilingShare", number(value.ceilingShare))]
            } else {
                members.append(("n", .integer(0)))
            }
            return .object(members)
        }
    }

    /// Per group, the maturity types counted and their test against the reference shares.
    private func typeValues(_ statistics: ResearchStatistics, bands: [Band]) -> [JSONValue] {
        statistics.types.map { distribution -> JSONValue in
            let test: JSONValue = distribution.test.map { test in
                .object([("statistic", number(test.statistic)), ("df", .integer(test.degreesOfFreedom)), ("pValue", number(test.pValue)),
                         ("classes", .array(test.classes.map { range in .array(range.map { .string(bands[$0].id) }) })),
                         ("expected", .array(test.expected.map(number))), ("observed", .array(test.observed.map(JSONValue.integer)))])
            } ?? .null
            let untested: JSONValue = distribution.untested.map { .string($0 == .noReferenceShares ? "no-reference-shares" : "too-few-respondents") } ?? .null
            return .object([("group", group(distribution.group, statistics)),
                            ("counts", .object(zip(bands, distribution.counts).map { ($0.id, .integer($1)) })),
                            ("withoutType", .integer(distribution.withoutType)), ("test", test), ("untested", untested)])
        }
    }

    /// Per item, the statuses counted, its mean item score and its answers.
    private func itemValues(_ statistics: ResearchStatistics, questionnaire: Questionnaire) -> [JSONValue] {
        statistics.items.map { item -> JSONValue in
            let question = questionnaire.questions[item.question]
            return .object([
                ("question", .string(question.id)), ("dimension", .optionalString(question.dimensionID)),
                ("statuses", .object(ItemStatus.allCases.map { ($0.rawValue, .integer(item.count($0))) })),
                ("meanItemScore", number(item.meanItemScore)),
                ("answers", .object(item.answers.map { ($0.code, .integer($0.count)) })),
            ])
        }
    }

    /// A measure's tests between the groups.
    private func groupTests(_ entry: ResearchStatistics.MeasureComparison, labels: [String], measureID: (ResearchStatistics.Measure) -> String) -> JSONValue {
        guard let comparison = entry.comparison else { return .object([("measure", .string(measureID(entry.measure))), ("tested", .bool(false))]) }
        let welch: JSONValue = comparison.welch.map {
            .object([("statistic", number($0.statistic)), ("df1", number($0.df1)), ("df2", number($0.df2)), ("pValue", number($0.pValue)),
                     ("omegaSquared", number($0.omegaSquared))])
        } ?? .null
        let kruskal: JSONValue = comparison.kruskalWallis.map {
            .object([("statistic", number($0.statistic)), ("df", .integer($0.degreesOfFreedom)), ("pValue", number($0.pValue)),
                     ("epsilonSquared", number($0.epsilonSquared))])
        } ?? .null
        return .object([
            ("measure", .string(measureID(entry.measure))), ("tested", .bool(true)),
            ("groups", .object(zip(comparison.groups, comparison.counts).map { (labels[$0], .integer($1)) })),
            ("groupsLeftOut", .array(comparison.tooSmall.map { .string(labels[$0]) })),
            ("welchANOVA", welch), ("kruskalWallis", kruskal),
            ("gamesHowell", .array(comparison.gamesHowell.map { pair in
                .object([("a", .string(labels[pair.a])), ("b", .string(labels[pair.b])), ("meanDifference", number(pair.meanDifference)),
                         ("t", number(pair.t)), ("df", number(pair.degreesOfFreedom)), ("pValue", number(pair.pValue))])
            })),
            ("dunn", .array(comparison.pairs.map { pair in
                .object([("a", .string(labels[pair.a])), ("b", .string(labels[pair.b])), ("meanRankDifference", number(pair.meanRankDifference)),
                         ("z", number(pair.z)), ("pValue", number(pair.pValue)), ("pHolm", number(pair.pHolm))])
            })),
        ])
    }
}

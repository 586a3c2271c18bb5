/// The statistics report's section on several respondents per municipality: the rule, the
/// agreement between respondents per measure (ICC(1), ICC(1,k) with their intervals and the
/// F test), and each municipality's mean score per measure with its respondents' number and spread.
struct MunicipalityStatisticsDocument {
    /// The section of `stats`' report, in the language of `strings` and `words`.
    func blocks(_ statistics: MunicipalityStatistics, result: StatisticsResult, strings: ReportStrings, words: MunicipalityStrings) -> [ReportBlock] {
        blocks(statistics, summary: result.summary, strings: strings, words: words)
    }

    /// The section of `score`'s summary: the same, with how the municipalities' scores and types follow.
    func scoreBlocks(_ scores: MunicipalityScores, summary: CohortSummary, strings: ReportStrings, words: MunicipalityStrings) -> [ReportBlock] {
        blocks(scores.statistics, summary: summary, strings: strings, words: words,
               ruleNote: " " + words.typeRule + " " + words.scoreFiles(scores.incompleteRespondents))
    }

    /// The section, in the language of `strings` and `words`; `ruleNote` follows the rule.
    private func blocks(_ statistics: MunicipalityStatistics, summary: CohortSummary, strings: ReportStrings, words: MunicipalityStrings,
                        ruleNote: String = "") -> [ReportBlock] {
        let questionnaire = summary.questionnaire, numbers = strings.numbers
        func measureLabel(_ measure: ResearchStatistics.Measure) -> String {
            switch measure {
            case .dimension(let index): summary.text(questionnaire.dimensions[index].label)
            case .total: strings.totalScore
            }
        }
        func coefficient(_ value: Double?) -> String { value.map { numbers.decimal($0, digits: 3) } ?? "—" }
        func interval(_ value: (low: Double, high: Double)?) -> String {
            value.map { "\(numbers.decimal($0.low, digits: 3)) – \(numbers.decimal($0.high, digits: 3))" } ?? "—"
        }
        var blocks: [ReportBlock] = [
            .heading(2, words.title),
            .text(words.rule(statistics.column, statistics.municipalities.count, statistics.respondents, statistics.withoutMunicipality) + ruleNote),
            .heading(3, words.agreement),
            .plainTable(
                header: [strings.dimension, words.municipalities, strings.respondents, words.groupSize, words.icc1, words.interval,
                         words.icc1k, words.interval, words.f, words.degreesOfFreedom, words.pValue],
                alignments: [.left] + Array(repeating: .right, count: 10),
                rows: statistics.agreement.map { entry in
                    [measureLabel(entry.measure), String(entry.municipalities), String(entry.respondents),
                     entry.groupSize.map { numbers.decimal($0, digits: 2) } ?? "—", coefficient(entry.icc1), interval(entry.icc1Interval),
                     coefficient(entry.icc1k), interval(entry.icc1kInterval), entry.f.map { numbers.decimal($0, digits: 2) } ?? "—",
                     "\(entry.degreesOfFreedom.between), \(entry.degreesOfFreedom.within)",
                     entry.pValue.map { $0 < 0.0001 ? "< \(numbers.decimal(0.0001, digits: 4))" : numbers.decimal($0, digits: 4) } ?? "—"]
                }),
            .text(words.agreementNote),
        ]
        if statistics.agreement.contains(where: { !$0.isBalanced }) { blocks.append(.text(words.unbalancedNote)) }
        let measures = statistics.agreement.map(\.measure)
        blocks.append(.heading(3, words.perMunicipality))
        blocks.append(.plainTable(
            header: [words.municipality] + measures.map(measureLabel), alignments: [.left] + measures.map { _ in .right },
            rows: statistics.municipalities.map { municipality in
                [municipality.label] + municipality.measures.map { moments in
                    Self.spread(moments, numbers: numbers)
                }
            }))
        blocks.append(.text(words.spread))
        return blocks
    }

    /// A municipality's respondents on one measure: "3: 62.50 (27.24; 31.25 – 81.25)".
    static func spread(_ moments: RunningMoments, numbers: ReportNumbers) -> String {
        guard moments.count > 0 else { return "—" }
        let deviation = moments.standardDeviation.map(numbers.score) ?? "—"
        return "\(moments.count): \(numbers.score(moments.mean)) (\(deviation); \(numbers.score(moments.minimum)) – \(numbers.score(moments.maximum)))"
    }

    /// The section of a municipality's own report in `score`: how its scores follow from its
    /// respondents', and their number, mean, spread, lowest and highest per measure.
    func municipalityBlocks(respondents: Int, spreads: [RunningMoments], column: String, summary: CohortSummary, strings: ReportStrings,
                            words: MunicipalityStrings) -> [ReportBlock] {
        let numbers = strings.numbers
        // `spreads` holds the total first, then the dimensions (`MunicipalityMeans`); shown in the report's order.
        let labels = summary.questionnaire.dimensions.map { summary.text($0.label) } + [strings.totalScore]
        let ordered = Array(spreads.dropFirst()) + [spreads[0]]
        return [
            .heading(2, words.title),
            .text(words.ownRule(column, respondents)),
            .plainTable(
                header: [strings.dimension, strings.respondents, strings.mean, strings.standardDeviation, strings.minimum, strings.maximum],
                alignments: [.left, .right, .right, .right, .right, .right],
                rows: zip(labels, ordered).map { label, moments in
                    guard moments.count > 0 else { return [label, "0", "—", "—", "—", "—"] }
                    return [label, String(moments.count), numbers.score(moments.mean), moments.standardDeviation.map(numbers.score) ?? "—",
                            numbers.score(moments.minimum), numbers.score(moments.maximum)]
                }),
        ]
    }

    /// The section of `compare`'s report: the rule and each municipality's respondents per measure.
    func comparisonBlocks(_ means: MunicipalityMeans, measureLabels: [String], strings: ReportStrings, words: MunicipalityStrings) -> [ReportBlock] {
        [
            .heading(2, words.title),
            .text(words.rule(means.column, means.municipalities.count, means.respondents, means.withoutMunicipality) + " " + words.typeRule),
            .plainTable(
                header: [words.municipality] + measureLabels, alignments: [.left] + measureLabels.map { _ in .right },
                rows: zip(means.municipalities, means.spreads).map { municipality, spreads in
                    [municipality.name] + spreads.map { Self.spread($0, numbers: strings.numbers) }
                }),
            .text(words.spread),
        ]
    }
}

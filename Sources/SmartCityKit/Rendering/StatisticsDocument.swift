/// The statistics report as blocks, written as `statistics.md`: scores per dimension overall
/// and by group, maturity types against the reference shares, reliability, correlations and
/// items. Text is plain (the writer escapes it); numbers follow the report language.
struct StatisticsDocument {
    static let file = "statistics.md"

    func blocks(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, statistics = result.statistics
        let questionnaire = summary.questionnaire
        let numbers = strings.numbers
        let column = result.grouping.map { $0.columns.joined(separator: " / ") }
        var blocks: [ReportBlock] = [
            .heading(1, "\(summary.text(questionnaire.title)) — \(words.title)"),
            .text(words.countedNote(statistics.respondentCount, statistics.groupLabels.count, column)),
        ]
        func measureLabel(_ measure: ResearchStatistics.Measure) -> String {
            switch measure {
            case .dimension(let index): summary.text(questionnaire.dimensions[index].label)
            case .total: strings.totalScore
            }
        }
        func groupLabel(_ group: Int?) -> String { group.map { statistics.groupLabels[$0] } ?? words.cohort }
        let summaryHeader = [strings.respondents, strings.mean, strings.standardDeviation, words.standardError, words.confidenceInterval,
                             strings.minimum, strings.firstQuartile, strings.median, strings.thirdQuartile, strings.maximum, words.atFloor, words.atCeiling]
        func summaryCells(_ value: ResearchStatistics.Summary?) -> [String] {
            guard let value else { return ["0"] + summaryHeader.dropFirst().map { _ in "—" } }
            let d = value.descriptive
            return [String(d.count), numbers.score(d.mean), d.standardDeviation.map(numbers.score) ?? "—", value.standardError.map(numbers.score) ?? "—",
                    value.confidenceInterval.map { "\(numbers.score($0.low)) – \(numbers.score($0.high))" } ?? "—",
                    numbers.score(d.minimum), numbers.score(d.firstQuartile), numbers.score(d.median), numbers.score(d.thirdQuartile),
                    numbers.score(d.maximum), numbers.percent(value.floorShare), numbers.percent(value.ceilingShare)]
        }
        let alignments: [ReportBlock.Alignment] = [.left] + summaryHeader.map { _ in .right }

        blocks.append(.heading(2, words.scores))
        let overall = statistics.measures.filter { $0.group == nil }
        blocks.append(.plainTable(header: [strings.dimension] + summaryHeader, alignments: alignments,
                                  rows: overall.map { [measureLabel($0.measure)] + summaryCells($0.summary) }))
        blocks.append(.text(words.scoresNote))
        if !statistics.groupLabels.isEmpty {
            blocks.append(.heading(2, words.byGroup))
            for measure in overall.map(\.measure) {
                blocks.append(.heading(3, measureLabel(measure)))
                let rows = statistics.measures.filter { $0.measure == measure }.map { [groupLabel($0.group)] + summaryCells($0.summary) }
                blocks.append(.plainTable(header: [words.group] + summaryHeader, alignments: alignments, rows: rows))
            }
        }

        blocks += typeSection(result, strings: strings, words: words, groupLabel: groupLabel)
        blocks += reliabilitySection(result, strings: strings, words: words)

        blocks.append(.heading(2, words.correlations))
        let dimensionLabels = questionnaire.dimensions.map { summary.text($0.label) }
        for (title, matrix) in [(words.pearson, statistics.pearson), (words.spearman, statistics.spearman)] {
            blocks.append(.heading(3, title))
            blocks.append(.plainTable(
                header: [strings.dimension] + dimensionLabels, alignments: [.left] + dimensionLabels.map { _ in .right },
                rows: zip(dimensionLabels, matrix).map { label, row in
                    [label] + row.map { "\($0.r.map { numbers.decimal($0, digits: 3) } ?? "—") (\($0.n))" }
                }))
        }
        blocks.append(.text(words.correlationNote))

        blocks.append(.heading(2, words.itemStatistics))
        let statusNames = [strings.answered, strings.statusDontKnow, strings.statusNotApplicable, strings.statusBlank, strings.statusNotShown, strings.statusInvalid]
        let statuses: [ItemStatus] = [.scored, .dontKnow, .notApplicable, .blank, .notShown, .invalid]
        blocks.append(.plainTable(
            header: ["", strings.dimension] + statusNames + [words.meanItemScore, words.answers],
            alignments: [.left, .left] + statusNames.map { _ in .right } + [.right, .left],
            rows: statistics.items.map { item in
                let question = questionnaire.questions[item.question]
                let dimension = question.dimensionID.flatMap(questionnaire.dimension).map { summary.text($0.label) } ?? ""
                return [question.id, dimension] + statuses.map { String(item.count($0)) }
                    + [item.meanItemScore.map(numbers.score) ?? "—", item.answers.map { "\($0.code): \($0.count)" }.joined(separator: "; ")]
            }))
        blocks.append(.text(words.itemsNote))
        if let municipalities = statistics.municipalities {
            blocks += MunicipalityStatisticsDocument().blocks(municipalities, result: result, strings: strings,
                                                              words: MunicipalityStrings.forLanguage(strings.languageCode))
        }
        blocks.append(.footer(ScoreDocument.footer(summary, files: summary.responseFiles, strings)))
        return blocks
    }

    /// Types per group beside the reference shares, and the goodness-of-fit tests.
    private func typeSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings,
                             groupLabel: (Int?) -> String) -> [ReportBlock] {
        let summary = result.summary, statistics = result.statistics, numbers = strings.numbers
        let bands = summary.questionnaire.bands.bands
        let columns = statistics.types.map { groupLabel($0.group) }
        var blocks: [ReportBlock] = [.heading(2, words.types)]
        var rows = bands.indices.map { index -> [String] in
            [summary.text(bands[index].label), bands[index].referenceShare.map { numbers.percent($0, digits: 0) } ?? "—"]
                + statistics.types.map { distribution in
                    let scored = distribution.counts.reduce(0, +)
                    let count = distribution.counts[index]
                    return scored == 0 ? "0" : "\(count) (\(numbers.percent(.share(count, of: scored))))"
                }
        }
        if statistics.types.contains(where: { $0.withoutType > 0 }) {
            rows.append([words.withoutType, "—"] + statistics.types.map { String($0.withoutType) })
        }
        blocks.append(.plainTable(header: [strings.maturity, strings.referenceShare] + columns,
                                  alignments: [.left, .right] + columns.map { _ in .right }, rows: rows))
        blocks.append(.heading(3, words.test))
        let testRows = statistics.types.map { distribution -> [String] in
            guard let test = distribution.test else {
                let reason = distribution.untested == .noReferenceShares ? words.untestedNoShares : words.untestedTooFew
                return [groupLabel(distribution.group), "—", "—", "—", reason]
            }
            let classes = test.classes.map { range in range.map { summary.text(bands[$0].label) }.joined(separator: " + ") }
            return [groupLabel(distribution.group), numbers.decimal(test.statistic, digits: 3), String(test.degreesOfFreedom),
                    test.pValue < 0.0001 ? "< \(numbers.decimal(0.0001, digits: 4))" : numbers.decimal(test.pValue, digits: 4),
                    classes.joined(separator: "; ")]
        }
        blocks.append(.plainTable(header: [words.group, words.chiSquare, words.degreesOfFreedom, words.pValue, words.classes],
                                  alignments: [.left, .right, .right, .right, .left], rows: testRows))
        blocks.append(.text(words.testNote))
        return blocks
    }

    /// Alpha per dimension, then each dimension's items.
    private func reliabilitySection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, numbers = strings.numbers
        let questionnaire = summary.questionnaire
        var blocks: [ReportBlock] = [.heading(2, words.reliability)]
        let reliability = result.statistics.reliability
        guard !reliability.isEmpty else { return blocks + [.text(words.noReliability)] }
        func coefficient(_ value: Double?) -> String { value.map { numbers.decimal($0, digits: 3) } ?? "—" }
        blocks.append(.plainTable(
            header: [strings.dimension, words.items, strings.respondents, words.alpha, words.standardisedAlpha, words.confidenceInterval, words.flag],
            alignments: [.left, .right, .right, .right, .right, .right, .left],
            rows: reliability.map { entry in
                var flags: [String] = []
                if entry.isLow { flags.append(words.lowAlpha) }
                if !entry.negativeItems.isEmpty {
                    flags.append(entry.negativeItems.map { questionnaire.questions[$0].id }.joined(separator: ", ") + ": " + words.negativeItem)
                }
                return [summary.text(questionnaire.dimensions[entry.dimension].label), String(entry.items.count), String(entry.respondents),
                        coefficient(entry.alpha), coefficient(entry.standardisedAlpha),
                        entry.confidenceInterval.map { "\(coefficient($0.low)) – \(coefficient($0.high))" } ?? "—", flags.joined(separator: "; ")]
            }))
        blocks.append(.text(words.reliabilityNote))
        for entry in reliability {
            blocks.append(.heading(3, summary.text(questionnaire.dimensions[entry.dimension].label)))
            blocks.append(.plainTable(
                header: ["", words.itemTotal, words.alphaIfDeleted], alignments: [.left, .right, .right],
                rows: entry.items.indices.map { position in
                    [questionnaire.questions[entry.items[position]].id, coefficient(entry.itemTotalCorrelations[position]),
                     coefficient(entry.alphaIfDeleted[position])]
                }))
        }
        return blocks
    }
}

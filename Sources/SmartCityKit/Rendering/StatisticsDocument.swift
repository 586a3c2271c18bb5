/// The statistics report as blocks, written as `statistics.md`: scores per dimension overall
/// and by group, maturity types against the reference shares, reliability, correlations and
/// items. Text is plain (the writer escapes it); numbers follow the report language.
struct StatisticsDocument {
    static let file = "statistics.md"

    func blocks(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, statistics = result.statistics
        let questionnaire = summary.questionnaire
        let numbers = strings.numbers
        // The grouping columns and the groups as the questionnaire labels them in the report's
        // language (a declared column's label in the middle of a sentence: "volgens gebied").
        func columnName(_ name: String) -> String {
            let label = summary.metadataLabel(name)
            return label == name ? name : label.prefix(1).lowercased() + label.dropFirst()
        }
        let column = result.grouping.map { $0.columns.map(columnName).joined(separator: " / ") }
        let groupNames = statistics.groupParts.map { result.grouping?.label(ofParts: $0, in: summary) ?? PeerGrouping.label(ofParts: $0) }
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
        func groupLabel(_ group: Int?) -> String { group.map { groupNames[$0] } ?? words.cohort }
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
        if !groupNames.isEmpty {
            blocks.append(.heading(2, words.byGroup))
            for measure in overall.map(\.measure) {
                blocks.append(.heading(3, measureLabel(measure)))
                let rows = statistics.measures.filter { $0.measure == measure }.map { [groupLabel($0.group)] + summaryCells($0.summary) }
                blocks.append(.plainTable(header: [words.group] + summaryHeader, alignments: alignments, rows: rows))
            }
            blocks += groupTestSection(result, strings: strings, words: words, measureLabel: measureLabel, groupLabel: groupLabel)
        }

        blocks += typeSection(result, strings: strings, words: words, groupLabel: groupLabel)
        blocks += reliabilitySection(result, strings: strings, words: words)

        blocks += correlationSection(result, strings: strings, words: words)
        blocks += itemSection(result, strings: strings, words: words)
        if let municipalities = statistics.municipalities {
            blocks += MunicipalityStatisticsDocument().blocks(municipalities, result: result, strings: strings,
                                                              words: MunicipalityStrings.forLanguage(strings.languageCode))
        }
        blocks += leftOutSection(result, strings: strings, words: words)
        blocks.append(.footer(ScoreDocument.footer(summary, files: summary.responseFiles, strings)))
        return blocks
    }

    /// The Pearson and Spearman matrices of the dimensions, and the significance of each pair.
    private func correlationSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, statistics = result.statistics, questionnaire = summary.questionnaire, numbers = strings.numbers
        var blocks: [ReportBlock] = []
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
        blocks.append(.heading(3, words.significance))
        let pairs = dimensionLabels.indices.flatMap { i in dimensionLabels.indices.filter { $0 > i }.map { (i, $0) } }
        for (title, matrix) in [(words.pearson, statistics.pearson), (words.spearman, statistics.spearman)] {
            blocks.append(.plainTable(
                header: [title, "", "r", "n", words.pValue, words.pHolm, words.pBenjaminiHochberg],
                alignments: [.left, .left, .right, .right, .right, .right, .right],
                rows: pairs.map { i, j in
                    let c = matrix[i][j]
                    return [dimensionLabels[i], dimensionLabels[j], c.r.map { numbers.decimal($0, digits: 3) } ?? "—", String(c.n),
                            Self.pValue(c.pValue, numbers), Self.pValue(c.pHolm, numbers), Self.pValue(c.pBenjaminiHochberg, numbers)]
                }))
        }
        blocks.append(.text(words.significanceNote))
        return blocks
    }

    /// Per item, the statuses counted, its mean item score and its answers.
    private func itemSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, statistics = result.statistics, questionnaire = summary.questionnaire, numbers = strings.numbers
        var blocks: [ReportBlock] = []
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
                    Self.pValue(test.pValue, numbers),
                    classes.joined(separator: "; ")]
        }
        blocks.append(.plainTable(header: [words.group, words.chiSquare, words.degreesOfFreedom, words.pValue, words.classes],
                                  alignments: [.left, .right, .right, .right, .left], rows: testRows))
        blocks.append(.text(words.testNote))
        return blocks
    }

    /// A p-value to four decimals, below 0.0001 as "< 0.0001"; a dash when there is none.
    static func pValue(_ value: Double?, _ numbers: ReportNumbers) -> String {
        guard let value else { return "—" }
        return value < 0.0001 ? "< \(numbers.decimal(0.0001, digits: 4))" : numbers.decimal(value, digits: 4)
    }

    /// Welch's ANOVA and Kruskal-Wallis per measure, then Dunn's pairwise tests.
    private func groupTestSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings,
                                  measureLabel: (ResearchStatistics.Measure) -> String, groupLabel: (Int?) -> String) -> [ReportBlock] {
        let statistics = result.statistics, numbers = strings.numbers
        func decimal(_ value: Double?, _ digits: Int) -> String { value.map { numbers.decimal($0, digits: digits) } ?? "—" }
        var blocks: [ReportBlock] = [.heading(2, words.groupTests)]
        blocks.append(.plainTable(
            header: [strings.dimension, words.groupsTested, strings.respondents, words.welchF, words.pValue, words.omegaSquared,
                     words.kruskalH, words.degreesOfFreedom, words.pValue, words.epsilonSquared],
            alignments: [.left] + Array(repeating: .right, count: 9),
            rows: statistics.groupTests.map { entry in
                guard let comparison = entry.comparison else { return [measureLabel(entry.measure), words.notTested] + Array(repeating: "", count: 8) }
                let welch = comparison.welch, kruskal = comparison.kruskalWallis
                return [measureLabel(entry.measure), String(comparison.groups.count), String(comparison.counts.reduce(0, +)),
                        welch.map { "\(numbers.decimal($0.statistic, digits: 3)) (\(numbers.decimal($0.df1, digits: 0)), \(numbers.decimal($0.df2, digits: 2)))" } ?? "—",
                        Self.pValue(welch?.pValue, numbers), decimal(welch?.omegaSquared, 3),
                        decimal(kruskal?.statistic, 3), kruskal.map { String($0.degreesOfFreedom) } ?? "—", Self.pValue(kruskal?.pValue, numbers),
                        decimal(kruskal?.epsilonSquared, 3)]
            }))
        blocks.append(.text(words.groupTestsNote))
        blocks.append(.heading(3, words.gamesHowellTests))
        blocks.append(.plainTable(
            header: [strings.dimension, words.group, words.group, words.meanDifference, "t", words.degreesOfFreedom, words.pValue],
            alignments: [.left, .left, .left, .right, .right, .right, .right],
            rows: statistics.groupTests.flatMap { entry in
                (entry.comparison?.gamesHowell ?? []).map { pair in
                    [measureLabel(entry.measure), groupLabel(pair.a), groupLabel(pair.b), numbers.decimal(pair.meanDifference, digits: 2),
                     numbers.decimal(pair.t, digits: 3), numbers.decimal(pair.degreesOfFreedom, digits: 2), Self.pValue(pair.pValue, numbers)]
                }
            }))
        blocks.append(.text(words.gamesHowellNote))
        blocks.append(.heading(3, words.pairwiseTests))
        blocks.append(.plainTable(
            header: [strings.dimension, words.group, words.group, words.meanRankDifference, "z", words.pValue, words.pHolm],
            alignments: [.left, .left, .left, .right, .right, .right, .right],
            rows: statistics.groupTests.flatMap { entry in
                (entry.comparison?.pairs ?? []).map { pair in
                    [measureLabel(entry.measure), groupLabel(pair.a), groupLabel(pair.b), numbers.decimal(pair.meanRankDifference, digits: 2),
                     numbers.decimal(pair.z, digits: 3), Self.pValue(pair.pValue, numbers), Self.pValue(pair.pHolm, numbers)]
                }
            }))
        blocks.append(.text(words.pairwiseNote))
        return blocks
    }

    /// The rows of the responses files not counted, and why.
    private func leftOutSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(2, words.leftOut)]
        guard !result.leftOut.isEmpty else { return blocks + [.text(words.noneLeftOut)] }
        blocks.append(.text(words.leftOutNote))
        blocks.append(.plainTable(
            header: [strings.file, strings.row, strings.id, strings.reason], alignments: [.left, .right, .left, .left],
            rows: result.leftOut.map { row in
                [FilePath.name(of: row.file), String(row.row), row.respondentID ?? "—", Self.reasonText(row.reason, strings)]
            }))
        return blocks
    }

    /// Why a row was left out, in the language of `strings` (files by name).
    static func reasonText(_ reason: LeftOutRow.Reason, _ strings: ReportStrings) -> String {
        switch reason {
        case .excluded(let reason): strings.reasonText(reason.naming(FilePath.name(of:)))
        case .incomplete(let reason): strings.incompleteReason(reason)
        }
    }

    /// The bootstrap intervals of the coefficients per dimension, listwise and pairwise; or why there are none.
    private func bootstrapSection(_ result: StatisticsResult, strings: ReportStrings, words: StatisticsStrings) -> [ReportBlock] {
        let summary = result.summary, numbers = strings.numbers, questionnaire = summary.questionnaire
        switch result.statistics.bootstrap {
        case .notRequested:
            return []
        case .skipped(let needed, let limit):
            return [.heading(3, words.reliabilityIntervals), .text(words.bootstrapSkipped(needed, limit))]
        case .computed(let settings):
            func cell(_ estimate: Double?, _ interval: ReliabilityBootstrap.Interval?) -> String {
                guard let estimate else { return "—" }
                let value = numbers.decimal(estimate, digits: 3)
                return interval.map { "\(value) (\(numbers.decimal($0.low, digits: 3)) – \(numbers.decimal($0.high, digits: 3)))" } ?? value
            }
            let rows = result.statistics.reliability.flatMap { entry -> [[String]] in
                let label = summary.text(questionnaire.dimensions[entry.dimension].label)
                let listwise = [entry.alpha, entry.standardisedAlpha, entry.listwise?.lambda6, entry.listwise?.omegaTotal]
                let pairwise = [entry.pairwise?.alpha, entry.pairwise?.standardisedAlpha, entry.pairwise?.lambda6, entry.pairwise?.omegaTotal]
                return [(words.listwise, listwise, entry.bootstrap?.listwise), (words.pairwise, pairwise, entry.bootstrap?.pairwise)].map { basis, estimates, intervals in
                    [label, basis] + estimates.indices.map { cell(estimates[$0], intervals?[$0]) }
                }
            }
            return [.heading(3, words.reliabilityIntervals),
                    .plainTable(header: [strings.dimension, words.basis, words.alpha, words.standardisedAlpha, words.lambda6, words.omegaTotal],
                                alignments: [.left, .left, .right, .right, .right, .right], rows: rows),
                    .text(words.bootstrapNote(settings.replicates, settings.seed))]
        }
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
        blocks.append(.heading(3, words.moreReliability))
        blocks.append(.plainTable(
            header: [strings.dimension, words.lambda6, words.omegaTotal, words.pairwiseAlpha, words.pairwiseStandardisedAlpha,
                     words.pairwiseLambda6, words.pairwiseOmega, words.smallestPair],
            alignments: [.left] + Array(repeating: .right, count: 7),
            rows: reliability.map { entry in
                [summary.text(questionnaire.dimensions[entry.dimension].label), coefficient(entry.listwise?.lambda6), coefficient(entry.listwise?.omegaTotal),
                 coefficient(entry.pairwise?.alpha), coefficient(entry.pairwise?.standardisedAlpha), coefficient(entry.pairwise?.lambda6),
                 coefficient(entry.pairwise?.omegaTotal), String(entry.pairwiseSmallestCount)]
            }))
        blocks.append(.text(words.moreReliabilityNote))
        blocks += bootstrapSection(result, strings: strings, words: words)
        for entry in reliability {
            blocks.append(.heading(3, summary.text(questionnaire.dimensions[entry.dimension].label)))
            let loadings = entry.listwise?.loadings ?? []
            blocks.append(.plainTable(
                header: ["", words.itemTotal, words.alphaIfDeleted, words.loading, words.pairwiseItemTotal, words.pairwiseAlphaIfDeleted],
                alignments: [.left, .right, .right, .right, .right, .right],
                rows: entry.items.indices.map { position in
                    [questionnaire.questions[entry.items[position]].id, coefficient(entry.itemTotalCorrelations[position]),
                     coefficient(entry.alphaIfDeleted[position]), coefficient(loadings.isEmpty ? nil : loadings[position]),
                     coefficient(entry.pairwise?.itemRestCorrelations[position]), coefficient(entry.pairwise?.alphaIfDeleted[position])]
                }))
        }
        return blocks
    }
}

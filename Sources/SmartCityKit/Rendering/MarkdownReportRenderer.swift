/// GitHub-flavoured Markdown: one report per respondent and a cohort summary.
public struct MarkdownReportRenderer: ReportRenderer {
    /// Whether each respondent's report shows its radar (`<id>.svg` beside it, from the SVG format).
    var showsRadar = false

    public init() {}

    /// `summary.md`.
    public func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        try output.write(self.summary(summary, strings), to: "summary.md")
    }

    /// `municipalities/<id>.md`.
    public func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        guard let fileName = ranked.fileName else { preconditionFailure("respondents are named for Markdown reports") }
        parts.write(respondentReport(ranked, summary, strings), to: "municipalities/\(fileName).md")
    }

    public func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}

    // MARK: - One respondent

    func respondentReport(_ ranked: RankedRespondent, _ report: CohortSummary, _ strings: ReportStrings) -> String {
        let questionnaire = report.questionnaire
        let respondent = ranked.respondent
        let score = respondent.score
        let weightShares = report.weightShares
        var lines: [String] = []
        lines.append("# \(Self.escape(ranked.name))")
        lines.append("")
        lines.append("\(Self.escape(report.text(questionnaire.title)))")
        lines.append("")
        var metadataRows = [[strings.id, Self.escape(respondent.id)]]
        for (name, value) in zip(report.metadataNames, respondent.metadata) where !value.isEmpty {
            metadataRows.append([Self.escape(report.metadataLabel(name)), Self.escape(value)])
        }
        lines += Self.table(header: [strings.field, strings.value], alignments: [.left, .left], rows: metadataRows)
        lines.append("")

        lines.append("## \(strings.result)")
        lines.append("")
        if let total = score.exactTotal {
            var headline = "**\(strings.totalScore)\(strings.colon)\(strings.numbers.score(total)) / 100**"
            if let band = questionnaire.bands.bands.first(where: { $0.id == score.bandID }) {
                headline += " · **\(strings.maturity)\(strings.colon)\(Self.escape(report.text(band.label)))**"
                lines.append(headline)
                if let description = band.description {
                    lines.append("")
                    lines.append(Self.escape(report.text(description)))
                }
            } else {
                lines.append(headline)
            }
            if let reason = respondent.incomplete {
                lines.append("")
                lines.append("\(strings.notRanked)\(strings.colon)\(Self.escape(strings.incompleteReason(reason)))")
            } else if let rank = ranked.rank, report.rankedCount > 1 {
                lines.append("")
                lines.append("\(strings.rank)\(strings.colon)\(rank) / \(report.rankedCount)")
            }
            if score.isRenormalised {
                let left = zip(questionnaire.dimensions, score.dimensions).filter { !$0.1.isScored }.map { Self.escape(report.text($0.0.label)) }
                let carried = zip(weightShares, score.dimensions).filter { $0.1.isScored }.reduce(0) { $0 + $1.0 }
                lines.append("")
                lines.append("> " + strings.renormalisedNote(left.joined(separator: ", "), strings.numbers.percent(carried)))
            }
        } else {
            lines.append(strings.noTotal)
        }
        lines.append("")

        lines.append("## \(strings.dimensions)")
        lines.append("")
        let showLevels = questionnaire.hasLevels
        let showContext = report.showsCohortContext
        let words = ComparisonStrings.forLanguage(strings.languageCode) ?? .english
        let rows = questionnaire.dimensions.enumerated().map { index, dimension -> [String] in
            let result = score.dimensions[index]
            var row = [
                Self.escape(report.text(dimension.label)),
                result.exactScore.map(strings.numbers.score) ?? "—",
                result.score == nil ? "_\(strings.insufficientData)_" : (report.band(result.bandID, forDimension: index).map { Self.escape(report.text($0.label)) } ?? ""),
            ]
            if showLevels { row.append(report.levelText(result.level, forDimension: index, numbers: strings.numbers).map(Self.escape) ?? "—") }
            if showContext {
                row.append(report.dimensionStatistics[index].map { strings.numbers.score($0.median) } ?? "—")
                row.append(report.percentile(ofDimension: index, result.exactScore).map(strings.numbers.score) ?? "—")
            }
            return row + [strings.numbers.percent(result.exactCoverage), "\(result.answered) / \(result.questions)", strings.numbers.percent(weightShares[index])]
        }
        lines += Self.table(
            header: [strings.dimension, strings.score, strings.maturity] + (showLevels ? [strings.level] : [])
                + (showContext ? [words.cohortMedian, words.percentile] : []) + [strings.coverage, strings.answered, strings.weight],
            alignments: [.left, .right, .left] + (showLevels ? [.left] : []) + (showContext ? [.right, .right] : []) + [.right, .right, .right], rows: rows)
        if showContext {
            lines.append("")
            lines.append(words.percentileNote)
        }
        lines.append("")
        if showsRadar, let fileName = ranked.fileName {
            lines.append("![\(Self.escape(ranked.name))](\(fileName).svg)")
            lines.append("")
        }
        lines += factorSection(score, report, strings)

        // Highest score first; equal scores in questionnaire order.
        let ranked = questionnaire.dimensions.indices.filter { score.dimensions[$0].isScored }
            .sorted { (score.dimensions[$0].exactScore!, $1) > (score.dimensions[$1].exactScore!, $0) }
        if ranked.count >= 2, let highest = score.dimensions[ranked.first!].exactScore, let lowest = score.dimensions[ranked.last!].exactScore {
            lines.append("## \(strings.strengths)")
            lines.append("")
            for (label, value) in [(strings.strongest, highest), (strings.weakest, lowest)] {
                // Every dimension with that score is named: a tie has no single strongest or weakest.
                let names = ranked.filter { score.dimensions[$0].exactScore == value }
                    .map { "**\(Self.escape(report.text(questionnaire.dimensions[$0].label)))**" }
                lines.append("- \(label)\(strings.colon)\(names.joined(separator: ", ")) (\(strings.numbers.score(value)))")
            }
            lines.append("")
        }
        if !ranked.isEmpty {
            lines.append("## \(strings.nextSteps)")
            lines.append("")
            for index in ranked.suffix(2).reversed() {
                let dimension = questionnaire.dimensions[index]
                let band = report.band(score.dimensions[index].bandID, forDimension: index)
                lines.append("### \(Self.escape(report.text(dimension.label)))" + (band.map { " — \(Self.escape(report.text($0.label)))" } ?? ""))
                lines.append("")
                let advice = band.flatMap { dimension.recommendations[$0.id] }.map { Self.escape(report.text($0)) }
                lines.append(advice ?? strings.noRecommendation)
                lines.append("")
            }
        }

        lines += otherAnswersSection(respondent, report, strings)
        lines.append("## \(strings.missing)")
        lines.append("")
        lines += missingSection(score, report, strings)
        lines.append("")
        lines += footer(report, files: report.sourceFile(of: respondent).map { [$0] } ?? [], strings)
        return lines.joined(separator: "\n") + "\n"
    }

    private func factorSection(_ score: RespondentScore, _ report: CohortSummary, _ strings: ReportStrings) -> [String] {
        var rows: [[String]] = []
        for (index, dimension) in report.questionnaire.dimensions.enumerated() {
            for (factor, result) in zip(dimension.factors, score.dimensions[index].factors) {
                rows.append([
                    Self.escape(report.text(dimension.label)), Self.escape(report.text(factor.label)),
                    result.exactScore.map(strings.numbers.score) ?? "—", "\(result.answered) / \(result.questions)",
                ])
            }
        }
        guard !rows.isEmpty else { return [] }
        return ["## \(strings.factors)", ""]
            + Self.table(header: [strings.dimension, strings.factor, strings.score, strings.answered],
                         alignments: [.left, .left, .right, .right], rows: rows)
            + [""]
    }

    /// The answers to descriptive questions (other than dimension levels), by section.
    private func otherAnswersSection(_ respondent: ScoredRespondent, _ report: CohortSummary, _ strings: ReportStrings) -> [String] {
        let questionnaire = report.questionnaire
        let levels = report.levelQuestionIDs
        var lines: [String] = []
        var currentGroup: String?
        for (position, index) in questionnaire.descriptiveQuestionIndices.enumerated() where !levels.contains(questionnaire.questions[index].id) {
            let question = questionnaire.questions[index]
            if question.groupID != currentGroup {
                currentGroup = question.groupID
                lines += ["", "### \(Self.escape(report.groupLabel(of: question)))", ""]
            }
            let answer = report.answerText(respondent.descriptiveAnswers[position], to: question, strings: strings)
            lines.append("- \(Self.escape(report.text(question.text))) **\(Self.escape(answer))**")
        }
        guard !lines.isEmpty else { return [] }
        return ["## \(strings.otherAnswers)"] + lines + [""]
    }

    private func missingSection(_ score: RespondentScore, _ report: CohortSummary, _ strings: ReportStrings) -> [String] {
        let questionnaire = report.questionnaire
        let statusNames: [(ItemStatus, String)] = [
            (.blank, strings.statusBlank), (.dontKnow, strings.statusDontKnow),
            (.notApplicable, strings.statusNotApplicable), (.notShown, strings.statusNotShown), (.invalid, strings.statusInvalid),
        ]
        var lines: [String] = []
        for dimension in questionnaire.dimensions {
            var parts: [String] = []
            for (status, name) in statusNames {
                let ids = questionnaire.questions.indices
                    .filter { questionnaire.questions[$0].dimensionID == dimension.id && questionnaire.questions[$0].isScored && score.itemStatuses[$0] == status }
                    .map { Self.escape(questionnaire.questions[$0].id) }
                if !ids.isEmpty { parts.append("\(name)\(strings.colon)\(ids.joined(separator: ", "))") }
            }
            if !parts.isEmpty {
                lines.append("- **\(Self.escape(report.text(dimension.label)))**\(strings.colon)\(parts.joined(separator: "; "))")
            }
        }
        return lines.isEmpty ? [strings.nothingMissing] : lines
    }

    func footer(_ report: CohortSummary, files: [SourceFile], _ strings: ReportStrings) -> [String] {
        let questionnaire = report.questionnaire
        var lines = ["---", ""]
        lines.append("\(strings.questionnaire)\(strings.colon)\(Self.escape(questionnaire.id)) \(Self.escape(questionnaire.version)) (`\(report.questionnaireFile.name)`, SHA-256 `\(report.questionnaireFile.sha256)`)  ")
        for file in files {
            lines.append("\(strings.responses)\(strings.colon)`\(file.name)` (SHA-256 `\(file.sha256)`)  ")
        }
        lines.append(strings.bandRuleNote(questionnaire.bands.rule) + " " + strings.minimumCoverageNote(strings.numbers.percent(questionnaire.minimumCoverage, digits: 0)) + "  ")
        lines.append(strings.generatedBy(version))
        return lines
    }

    // MARK: - Summary

    func summary(_ report: CohortSummary, _ strings: ReportStrings) -> String {
        let questionnaire = report.questionnaire
        var lines = ["# \(Self.escape(report.text(questionnaire.title))) — \(strings.summaryTitle)", ""]
        lines.append(strings.scoredCount(report.respondentCount, report.excluded.count))
        lines.append("")

        lines.append("## \(strings.dimensionStatistics)")
        lines.append("")
        var statisticsRows = questionnaire.dimensions.enumerated().map { index, dimension in
            Self.statisticsRow(Self.escape(report.text(dimension.label)), report.dimensionStatistics[index], strings)
        }
        statisticsRows.append(Self.statisticsRow("**\(strings.totalScore)**", report.totalStatistics, strings))
        lines += Self.table(
            header: [strings.dimension] + Self.statisticsHeader(strings),
            alignments: [.left] + Self.statisticsHeader(strings).map { _ in .right }, rows: statisticsRows)
        lines.append("")
        lines.append(strings.statisticsNote)
        lines.append("")

        lines.append("## \(strings.ranking)")
        lines.append("")
        let nameHeader = report.nameColumn.map { Self.escape(report.metadataLabel(report.metadataNames[$0])) } ?? strings.name
        let dimensionHeaders = questionnaire.dimensions.map { Self.escape(report.text($0.label)) }
        var rankingRows = report.ranking.map { entry -> [String] in
            [
                entry.rank.map(String.init) ?? "—", Self.escape(entry.id), Self.escape(entry.name),
                entry.total.map(strings.numbers.score) ?? "—",
                report.bandLabel(entry.bandID, in: questionnaire.bands).map(Self.escape) ?? "—",
            ] + entry.dimensionScores.map { $0.map(strings.numbers.score) ?? "—" } + [strings.numbers.percent(entry.coverage)]
        }
        if report.rankingOmitted > 0 {
            let half = rankingRows.count - rankingRows.count / 2
            let gap = ["…", strings.rankingOmitted(report.rankingOmitted), "", "", ""] + dimensionHeaders.map { _ in "" } + [""]
            rankingRows.insert(gap, at: half)
        }
        lines += Self.table(
            header: [strings.rank, strings.id, nameHeader, strings.totalScore, strings.maturity] + dimensionHeaders + [strings.coverage],
            alignments: [.right, .left, .left, .right, .left] + dimensionHeaders.map { _ in .right } + [.right],
            rows: rankingRows)
        lines.append("")

        lines.append("## \(strings.distribution)")
        lines.append("")
        let bands = questionnaire.bands
        let ordered = bands.bands.sorted { $0.lower < $1.lower }
        let distributionRows = report.bandCounts.map { count -> [String] in
            let band = bands.bands.first { $0.id == count.bandID }!
            return [
                Self.escape(report.text(band.label)), Self.interval(band, in: ordered, rule: bands.rule, strings: strings), String(count.count),
                strings.numbers.percent(count.share), count.referenceShare.map { strings.numbers.percent($0, digits: 0) } ?? "—",
            ]
        }
        lines += Self.table(header: [strings.maturity, strings.range, strings.count, strings.share, strings.referenceShare],
                            alignments: [.left, .left, .right, .right, .right], rows: distributionRows)
        lines.append("")
        lines.append(strings.bandRuleNote(bands.rule))
        lines.append("")

        lines += descriptiveSection(report, strings)

        if !report.incomplete.isEmpty {
            lines.append("## \(strings.incompleteResponses)")
            lines.append("")
            lines.append(strings.incompleteNote)
            lines.append("")
            let rows = report.incomplete.map { entry in
                [Self.escape(entry.id), Self.escape(entry.name), Self.escape(SourceFile.name(of: entry.file)), String(entry.row),
                 Self.escape(strings.incompleteReason(entry.reason))]
            }
            lines += Self.table(header: [strings.id, strings.name, strings.file, strings.row, strings.reason],
                                alignments: [.left, .left, .left, .right, .left], rows: rows)
            if report.incompleteCount > report.incomplete.count {
                lines.append("")
                lines.append(strings.rankingOmitted(report.incompleteCount - report.incomplete.count))
            }
            lines.append("")
        }
        if !report.excluded.isEmpty {
            lines.append("## \(strings.rowsLeftOut)")
            lines.append("")
            let rows = report.excluded.map { entry in
                [Self.escape(SourceFile.name(of: entry.file)), String(entry.row.row),
                 Self.escape(entry.row.respondentID ?? "—"), Self.escape(strings.reasonText(entry.row.reason.naming(SourceFile.name(of:))))]
            }
            lines += Self.table(header: [strings.file, strings.row, strings.id, strings.reason],
                                alignments: [.left, .right, .left, .left], rows: rows)
            lines.append("")
        }
        lines += footer(report, files: report.responseFiles, strings)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Counts and shares of every descriptive question, by section, as the barometers publish them.
    private func descriptiveSection(_ report: CohortSummary, _ strings: ReportStrings) -> [String] {
        guard !report.descriptiveSummaries.isEmpty else { return [] }
        let questionnaire = report.questionnaire
        var lines = ["## \(strings.descriptiveResults)", ""]
        var currentGroup: String?
        for summary in report.descriptiveSummaries {
            let question = questionnaire.questions[summary.questionIndex]
            if question.groupID != currentGroup {
                currentGroup = question.groupID
                lines += ["### \(Self.escape(report.groupLabel(of: question)))", ""]
            }
            lines += ["**\(Self.escape(question.id))** \(Self.escape(report.text(question.text)))", ""]
            lines += [strings.answeredCount(summary.answered, summary.nonAnswers), ""]
            if !summary.counts.isEmpty {
                let rows = summary.counts.map { count in
                    [Self.escape(report.text(count.label)), String(count.count), strings.numbers.percent(count.share)]
                }
                lines += Self.table(header: [strings.answer, strings.count, strings.share], alignments: [.left, .right, .right], rows: rows)
                lines.append("")
            }
            if let statistics = summary.statistics, !question.kind.isLevel {
                lines += Self.table(
                    header: Self.statisticsHeader(strings), alignments: Self.statisticsHeader(strings).map { _ in .right },
                    rows: [Array(Self.statisticsRow("", statistics, strings).dropFirst())])
                lines.append("")
            }
        }
        return lines
    }

    /// The columns of a statistics row after its label.
    private static func statisticsHeader(_ strings: ReportStrings) -> [String] {
        [strings.respondents, strings.mean, strings.standardDeviation, strings.minimum, strings.firstQuartile, strings.median,
         strings.thirdQuartile, strings.maximum]
    }

    private static func statisticsRow(_ label: String, _ statistics: Descriptive?, _ strings: ReportStrings) -> [String] {
        guard let statistics else { return [label, "0"] + Array(repeating: "—", count: 7) }
        let score = strings.numbers.score as (Double) -> String
        return [label, String(statistics.count), score(statistics.mean), statistics.standardDeviation.map(score) ?? "—", score(statistics.minimum),
                score(statistics.firstQuartile), score(statistics.median), score(statistics.thirdQuartile), score(statistics.maximum)]
    }

    /// A band's interval in mathematical notation, following the boundary rule.
    static func interval(_ band: Band, in ordered: [Band], rule: BoundaryRule, strings: ReportStrings) -> String {
        let lower = strings.numbers.plain(band.lower), upper = strings.numbers.plain(band.upper)
        switch rule {
        case .upperInclusive:
            return (band.id == ordered.first?.id ? "[" : strings.openLowerBound) + "\(lower), \(upper)]"
        case .lowerInclusive:
            return "[\(lower), \(upper)" + (band.id == ordered.last?.id ? "]" : strings.openUpperBound)
        }
    }

    // MARK: - Markdown syntax

    enum Alignment { case left, right }

    /// A GFM table; cells must already be escaped.
    static func table(header: [String], alignments: [Alignment], rows: [[String]]) -> [String] {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines
    }

    /// Escapes user-supplied text for Markdown: table pipes, HTML, emphasis and link syntax;
    /// line breaks become spaces so that a value cannot break a table row.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in neutralisingControlCharacters(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "|", "\\", "*", "_", "`", "[", "]": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

import Foundation

/// `smartcity explain` as report blocks: the total and each dimension's points, the band and
/// the distance to its edges, each shown dimension question by question, and the answer
/// changes that move the type. Text is plain (the writer escapes it); numbers follow the
/// report language, scores with two decimals, points and weights with four.
struct ExplanationDocument {
    package let strings: ReportStrings
    let words: ExplanationStrings

    func blocks(_ explained: ExplainedRespondent) -> [ReportBlock] {
        let summary = explained.summary, respondent = explained.respondent
        let name = respondent.name(column: summary.nameColumn)
        var blocks: [ReportBlock] = [
            .heading(1, words.title(name.isEmpty || name == respondent.id ? respondent.id : "\(name) (\(respondent.id))")),
            .text(words.intro),
        ]
        blocks += totalSection(explained)
        for position in explained.shownDimensions { blocks += dimensionSection(explained.explanation.parts[position], explained) }
        let bands = summary.questionnaire.bands
        for (plan, direction) in [(explained.changes.up, TypeChanges.Direction.up), (explained.changes.down, .down)] {
            if let plan { blocks += changeSection(plan, explained) }
            if explained.changes.unreachable.contains(direction) {
                let id = direction == .up ? explained.explanation.boundaries?.bandAboveID : explained.explanation.boundaries?.bandBelowID
                blocks.append(.text(words.unreachable(summary.bandLabel(id, in: bands) ?? "—")))
            }
        }
        blocks.append(.footer(ScoreDocument.footer(summary, files: summary.responseFiles.filter { $0.path == respondent.file }, strings)))
        return blocks
    }

    /// Four decimals: points and shares as a program would re-add them.
    private func points(_ value: Fraction?) -> String {
        value.map { $0.fixed(digits: 4).replacingOccurrences(of: ".", with: strings.numbers.decimalSeparator) } ?? "—"
    }

    /// The dimensions' points of the total, the band and its edges.
    private func totalSection(_ explained: ExplainedRespondent) -> [ReportBlock] {
        let summary = explained.summary, explanation = explained.explanation, numbers = strings.numbers
        let questionnaire = summary.questionnaire
        var rows: [[InlineText]] = explanation.parts.map { part in
            [summary.text(questionnaire.dimensions[part.dimension].label), part.score.map(numbers.score) ?? strings.insufficientData,
             numbers.percent(part.weight, digits: 2), part.renormalisedWeight.map { numbers.percent($0, digits: 2) } ?? "—", points(part.contribution)]
                .map(InlineText.plain)
        }
        rows.append([.strong(strings.totalScore), .strong(explanation.total.map(numbers.score) ?? "—"), .plain(numbers.percent(Fraction(1), digits: 2)),
                     .plain(explanation.total == nil ? "—" : numbers.percent(Fraction(1), digits: 2)), .strong(points(explanation.total))])
        var blocks: [ReportBlock] = [
            .heading(2, strings.totalScore),
            .table(header: [strings.dimension, strings.score, strings.weight, words.shareOfTotal, words.points],
                   alignments: [.left, .right, .right, .right, .right], rows: rows),
        ]
        let leftOut = explanation.parts.filter { $0.score == nil }
        if explanation.total != nil, !leftOut.isEmpty {
            let carried = Fraction.sum(explanation.parts.filter { $0.score != nil }.map(\.weight)) ?? .zero
            blocks.append(.text(words.leftOut(leftOut.map { summary.text(questionnaire.dimensions[$0.dimension].label) }.joined(separator: ", "),
                                              numbers.percent(carried, digits: 2))))
        }
        guard let total = explanation.total, let boundaries = explanation.boundaries else { return blocks + [.text(strings.noTotal)] }
        let bands = questionnaire.bands
        let label = summary.bandLabel(explanation.bandID, in: bands) ?? "—"
        blocks.append(.paragraph(.plain("\(strings.maturity)\(strings.colon)") + .strong(label)
            + .plain(" (\(numbers.score(boundaries.lower)) – \(numbers.score(boundaries.upper)); \(strings.totalScore.lowercased()) \(numbers.score(total)))")))
        var lines: [InlineText] = []
        if let distance = boundaries.toBandAbove {
            lines.append(.plain(words.toBandAbove(summary.bandLabel(boundaries.bandAboveID, in: bands) ?? "—", numbers.score(boundaries.upper),
                                                  points(distance), distance.reduced.description, boundaries.rule == .upperInclusive)))
        } else {
            lines.append(.plain(words.highestBand))
        }
        if let distance = boundaries.toBandBelow {
            lines.append(.plain(words.toBandBelow(summary.bandLabel(boundaries.bandBelowID, in: bands) ?? "—", numbers.score(boundaries.lower),
                                                  points(distance), distance.reduced.description, boundaries.rule == .lowerInclusive)))
        } else {
            lines.append(.plain(words.lowestBand))
        }
        return blocks + [.bullets(lines)]
    }

    /// One dimension: score, coverage and renormalisation, factors, and every question's points.
    private func dimensionSection(_ part: Explanation.Part, _ explained: ExplainedRespondent) -> [ReportBlock] {
        let summary = explained.summary, numbers = strings.numbers
        let questionnaire = summary.questionnaire, dimension = questionnaire.dimensions[part.dimension]
        let band = summary.bandLabel(part.bandID, in: questionnaire.bands(for: dimension)).map { " (\($0))" } ?? ""
        var blocks: [ReportBlock] = [
            .heading(2, summary.text(dimension.label)),
            .paragraph(.plain("\(strings.score)\(strings.colon)") + .strong((part.score.map(numbers.score) ?? strings.insufficientData) + band)),
            .text(words.coverageLine(part.items.filter { $0.status == .scored }.count, part.items.count, numbers.percent(part.coverage, digits: 2),
                                     numbers.percent(part.minimumCoverage, digits: 0))),
        ]
        if part.applicableWeight != Fraction(1) { blocks.append(.text(words.notApplicableLeft(numbers.percent(part.applicableWeight, digits: 2)))) }
        if part.answeredWeight != Fraction(1) && part.answeredWeight != .zero {
            blocks.append(.text(words.renormalised(numbers.percent(part.answeredWeight, digits: 2))))
        }
        if !part.factors.isEmpty {
            blocks.append(.plainTable(
                header: [strings.factor, words.shareOfDimension, strings.score], alignments: [.left, .right, .right],
                rows: zip(dimension.factors, part.factors).map { factor, value in
                    [summary.text(factor.label), numbers.percent(value.shareOfDimension, digits: 2), value.score.map(numbers.score) ?? "—"]
                }))
        }
        let hasFactors = !part.factors.isEmpty
        let header = [words.question, strings.answer, words.itemScore] + (hasFactors ? [strings.factor, words.weightInFactor] : [])
            + [words.weightInDimension, words.renormalisedWeight, words.points]
        blocks.append(.plainTable(
            header: header, alignments: [.left, .left, .right] + (hasFactors ? [.left, .right] : []) + [.right, .right, .right],
            rows: part.items.map { item in
                let question = questionnaire.questions[item.question]
                let factorCells = hasFactors
                    ? [item.factor.map { summary.text(dimension.factors[$0].label) } ?? "—", item.weightInFactor.map { numbers.percent($0, digits: 2) } ?? "—"] : []
                return ["\(question.id) \(summary.text(question.text))", item.status == .blank ? strings.statusBlank : summary.answerText(item.answer, to: question, strings: strings), item.itemScore.map(numbers.score) ?? "—"]
                    + factorCells + [numbers.percent(item.weightInDimension, digits: 2), item.renormalisedWeight.map { numbers.percent($0, digits: 2) } ?? "—",
                                     points(item.contribution)]
            }))
        return blocks
    }

    /// The changes toward one band, with the points each adds.
    private func changeSection(_ plan: TypeChanges.Plan, _ explained: ExplainedRespondent) -> [ReportBlock] {
        let summary = explained.summary, numbers = strings.numbers, questionnaire = summary.questionnaire
        let target = summary.bandLabel(plan.targetBandID, in: questionnaire.bands) ?? plan.targetBandID
        let up = plan.direction == .up
        var blocks: [ReportBlock] = [
            .heading(2, up ? words.upTitle(target) : words.downTitle(target)),
            .text(up ? words.upCount(plan.steps.count, target) : words.downCount(plan.steps.count, target)),
            .plainTable(
                header: [words.question, words.answerNow, words.answerThen, words.addsToDimension, words.addsToTotal],
                alignments: [.left, .left, .left, .right, .right],
                rows: plan.steps.map { step in
                    let question = questionnaire.questions[step.question]
                    return ["\(question.id) \(summary.text(question.text))", summary.answerText(step.from, to: question, strings: strings),
                            summary.answerText(step.to, to: question, strings: strings),
                            step.dimensionGain.map(signedPoints) ?? "—",
                            step.totalGain.map { signedPoints($0) } ?? "—"]
                }),
            .text(words.after(plan.reachedTotal.map(numbers.score) ?? "—", summary.bandLabel(plan.reachedBandID, in: questionnaire.bands) ?? "—")),
            .text(words.changesNote),
        ]
        if !plan.isProvenMinimal { blocks.append(.text(words.notProvenMinimal)) }
        return blocks
    }

    /// Points with a sign and four decimals.
    private func signedPoints(_ value: Fraction) -> String { (value > .zero ? "+" : "") + points(value) }
}

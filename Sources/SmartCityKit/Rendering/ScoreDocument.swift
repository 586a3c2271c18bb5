/// The reports of `smartcity score` as blocks: the cohort summary and one report per
/// municipality, written as Markdown (`summary.md`, `municipalities/<id>.md`) and as
/// self-contained HTML pages from the same blocks. Text is plain (each writer escapes it);
/// numbers follow the report language.
struct ScoreDocument {
    /// Whether each municipality's report shows its radar chart (`<id>.svg` beside it).
    var showsRadar = false
    /// The questionnaire's scoring, for what each answer costs; the section is left out without
    /// it or without the respondent's answers.
    var engine: ScoringEngine?
    /// What the municipality aims for (`--targets`): the report then shows the gaps and a roadmap.
    var targets: Targets?

    // MARK: - One respondent

    func respondentBlocks(_ ranked: RankedRespondent, _ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire
        let respondent = ranked.respondent
        let score = respondent.score
        var blocks: [ReportBlock] = [.heading(1, ranked.name), .text(report.text(questionnaire.title))]
        var metadataRows = [[strings.id, respondent.id]]
        for (name, value) in zip(report.metadataNames, respondent.metadata) where !value.isEmpty {
            metadataRows.append([report.metadataLabel(name), report.metadataValue(value, of: name)])
        }
        blocks.append(.plainTable(header: [strings.field, strings.value], alignments: [.left, .left], rows: metadataRows))

        blocks.append(.heading(2, strings.result))
        blocks += resultBlocks(ranked, report, strings)

        blocks.append(.heading(2, strings.dimensions))
        blocks += dimensionTable(score, report, strings)
        if showsRadar, let fileName = ranked.fileName {
            blocks.append(.image(path: "\(fileName).svg", description: ranked.name))
        }
        if let scores = report.municipalityScores, let members = scores.members(of: respondent.id) {
            blocks += MunicipalityStatisticsDocument().municipalityBlocks(
                respondents: members.respondents, spreads: members.spreads, column: scores.means.column, summary: report, strings: strings,
                words: MunicipalityStrings.forLanguage(strings.languageCode))
        }
        let words = AssessmentStrings.forLanguage(strings.languageCode)
        // Every answer, once: what cost points, the roadmap, what is done and what changed read them.
        let answers = respondent.answers(in: questionnaire)
        if let previous = ranked.previous { blocks += changeSection(respondent, answers: answers, since: previous, report, strings, words) }
        blocks += factorSection(score, report, strings)
        if let engine, let answers {
            blocks += costSection(AnswerCosts(answers: answers, score: score, engine: engine), report, strings, words)
            if let targets = ranked.targets ?? targets {
                blocks += targetSection(Roadmap(answers: answers, score: score, engine: engine, targets: targets), report, strings, words)
            }
        }
        blocks += strengthsAndNextSteps(score, answers: answers, report, strings, words)
        blocks += otherAnswersSection(respondent, report, strings)
        blocks.append(.heading(2, strings.missing))
        blocks.append(missingSection(score, report, strings))
        blocks.append(.footer(Self.footer(report, files: report.sourceFile(of: respondent).map { [$0] } ?? [], strings)))
        return blocks
    }

    /// The headline: the total score and maturity type (with its description), the rank, and
    /// the dimensions left out of the total.
    func resultBlocks(_ ranked: RankedRespondent, _ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire, respondent = ranked.respondent, score = respondent.score, weightShares = report.weightShares
        var blocks: [ReportBlock] = []
        if let total = score.exactTotal {
            var headline = InlineText.strong("\(strings.totalScore)\(strings.colon)\(strings.numbers.score(total)) / 100")
            let band = questionnaire.bands.bands.first { $0.id == score.bandID }
            if let band { headline = headline + .plain(" · ") + .strong("\(strings.maturity)\(strings.colon)\(report.text(band.label))") }
            blocks.append(.paragraph(headline))
            if let description = band?.description { blocks.append(.text(report.text(description))) }
            if let reason = respondent.incomplete {
                blocks.append(.text("\(strings.notRanked)\(strings.colon)\(strings.incompleteReason(reason))"))
            } else if let rank = ranked.rank, report.rankedCount > 1 {
                blocks.append(.text("\(strings.rank)\(strings.colon)\(rank) / \(report.rankedCount)"))
            }
            if score.isRenormalised {
                let left = zip(questionnaire.dimensions, score.dimensions).filter { !$0.1.isScored }.map { report.text($0.0.label) }
                let carried = zip(weightShares, score.dimensions).filter { $0.1.isScored }.reduce(0) { $0 + $1.0 }
                blocks.append(.quote(.plain(strings.renormalisedNote(left.joined(separator: ", "), strings.numbers.percent(carried)))))
            }
        } else {
            blocks.append(.text(strings.noTotal))
        }
        return blocks
    }

    /// Score, band, level, cohort context, coverage and weight per dimension.
    private func dimensionTable(_ score: RespondentScore, _ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire
        let weightShares = report.weightShares
        let showLevels = questionnaire.hasLevels
        let showContext = report.showsCohortContext
        let words = ComparisonStrings.forLanguage(strings.languageCode)
        let rows = questionnaire.dimensions.enumerated().map { index, dimension -> [InlineText] in
            let result = score.dimensions[index]
            let band: InlineText = result.score == nil
                ? .emphasis(strings.insufficientData) : .plain(report.band(result.bandID, forDimension: index).map { report.text($0.label) } ?? "")
            var rest: [String] = []
            if showLevels { rest.append(report.levelText(result.level, forDimension: index, numbers: strings.numbers) ?? "—") }
            if showContext {
                rest.append(report.dimensionStatistics[index].map { strings.numbers.score($0.median) } ?? "—")
                rest.append(report.percentile(ofDimension: index, result.exactScore).map(strings.numbers.score) ?? "—")
            }
            rest += [strings.numbers.percent(result.exactCoverage), "\(result.answered) / \(result.questions)", strings.numbers.percent(weightShares[index])]
            return [.plain(report.text(dimension.label)), .plain(result.exactScore.map(strings.numbers.score) ?? "—"), band]
                + rest.map(InlineText.plain)
        }
        var blocks: [ReportBlock] = [.table(
            header: [strings.dimension, strings.score, strings.maturity] + (showLevels ? [strings.level] : [])
                + (showContext ? [words.cohortMedian, words.percentile] : []) + [strings.coverage, strings.answered, strings.weight],
            alignments: [.left, .right, .left] + (showLevels ? [.left] : []) + (showContext ? [.right, .right] : []) + [.right, .right, .right],
            rows: rows)]
        if showContext { blocks.append(.text(words.percentileNote)) }
        return blocks
    }

    private func factorSection(_ score: RespondentScore, _ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        var rows: [[String]] = []
        for (index, dimension) in report.questionnaire.dimensions.enumerated() {
            for (factor, result) in zip(dimension.factors, score.dimensions[index].factors) {
                rows.append([report.text(dimension.label), report.text(factor.label),
                             result.exactScore.map(strings.numbers.score) ?? "—", "\(result.answered) / \(result.questions)"])
            }
        }
        guard !rows.isEmpty else { return [] }
        return [.heading(2, strings.factors),
                .plainTable(header: [strings.dimension, strings.factor, strings.score, strings.answered],
                            alignments: [.left, .left, .right, .right], rows: rows)]
    }

    /// Current against target per dimension and in total, and the answer changes that reach them.
    private func targetSection(_ roadmap: Roadmap, _ report: CohortSummary, _ strings: ReportStrings, _ words: AssessmentStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire, numbers = strings.numbers
        func label(_ dimension: Int?) -> String { dimension.map { report.text(questionnaire.dimensions[$0].label) } ?? strings.totalScore }
        func targetText(_ plan: Roadmap.Plan) -> String {
            switch plan.target {
            case .score(let minimum): return numbers.score(minimum)
            case .band(let id):
                let bands = plan.dimension.map { questionnaire.bands(for: questionnaire.dimensions[$0]) } ?? questionnaire.bands
                return bands.bands.first { $0.id == id }.map { report.text($0.label) } ?? id
            }
        }
        /// What the score lacks: to the minimum, or to the lower bound of the band aimed at.
        func gap(_ plan: Roadmap.Plan) -> String {
            if plan.wasMet { return words.met }
            let minimum: Fraction?
            switch plan.target {
            case .score(let score): minimum = score
            case .band(let id):
                let bands = plan.dimension.map { questionnaire.bands(for: questionnaire.dimensions[$0]) } ?? questionnaire.bands
                minimum = bands.bands.first { $0.id == id }.flatMap { Fraction(decimal: $0.lower) }
            }
            return Roadmap.difference(minimum, plan.current).map(numbers.score) ?? "—"
        }
        var blocks: [ReportBlock] = [.heading(2, words.targets), .plainTable(
            header: [strings.dimension, words.now, words.target, words.gap, words.afterChanges], alignments: [.left, .right, .right, .right, .right],
            rows: roadmap.plans.map { plan in
                [label(plan.dimension), plan.current.map(numbers.score) ?? "—", targetText(plan), gap(plan),
                 (plan.reachedScore.map(numbers.score) ?? "—") + (plan.isMet ? " (\(words.met))" : "")]
            })]
        let planned = roadmap.plans.filter { !$0.wasMet && (!$0.steps.isEmpty || !$0.isMet) }
        guard !planned.isEmpty else { return blocks }
        blocks += [.heading(3, words.roadmap), .text(words.roadmapNote)]
        for plan in planned {
            blocks.append(.paragraph(.strong(label(plan.dimension) + " → " + targetText(plan))))
            if !plan.steps.isEmpty {
                blocks.append(.plainTable(
                    header: [words.question, words.answerGiven, words.betterAnswer, words.addsToDimension, words.addsToTotal], alignments: [.left, .left, .left, .right, .right],
                    rows: plan.steps.map { step in
                        let question = questionnaire.questions[step.question]
                        return ["\(question.id) \(report.text(question.text))", report.answerText(step.from, to: question, strings: strings),
                                report.answerText(step.to, to: question, strings: strings),
                                step.dimensionGain.map { ComparisonDocument.signed($0, numbers) } ?? "—", step.totalGain.map { ComparisonDocument.signed($0, numbers) } ?? "—"]
                    }))
            }
            if !plan.isMet { blocks.append(.text(words.outOfReach(plan.reachedScore.map(numbers.score) ?? "—"))) }
        }
        return blocks
    }

    /// The scores per dimension and in total before and now, their change, and a change of maturity type.
    func changeTable(_ respondent: ScoredRespondent, since previous: EarlierAssessment, _ report: CohortSummary,
                     _ strings: ReportStrings, _ words: AssessmentStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire, numbers = strings.numbers
        func row(_ label: InlineText, _ before: Fraction?, _ now: Fraction?) -> [InlineText] {
            let change = before.flatMap { old in now.flatMap { $0.subtracting(old) } }
            return [label] + [before.map(numbers.score) ?? "—", now.map(numbers.score) ?? "—", change.map { ComparisonDocument.signed($0, numbers) } ?? "—"]
                .map(InlineText.plain)
        }
        var rows = questionnaire.dimensions.indices.map { index in
            row(.plain(report.text(questionnaire.dimensions[index].label)), previous.score.dimensions[index], respondent.score.dimensions[index].exactScore)
        }
        rows.append(row(.strong(strings.totalScore), previous.score.total, respondent.score.exactTotal))
        var blocks: [ReportBlock] = [
            .heading(2, words.sinceLast),
            .table(header: [strings.dimension, words.before, words.now, words.change], alignments: [.left, .right, .right, .right], rows: rows),
        ]
        let bands = questionnaire.bands
        if previous.score.bandID != respondent.score.bandID {
            let before = report.bandLabel(previous.score.bandID, in: bands) ?? "—", now = report.bandLabel(respondent.score.bandID, in: bands) ?? "—"
            blocks.append(.text("\(strings.maturity)\(strings.colon)\(before) → \(now)"))
        }
        return blocks
    }

    /// The change per dimension and in total since the previous assessment, and the answers that changed.
    private func changeSection(_ respondent: ScoredRespondent, answers: [Answer]?, since previous: EarlierAssessment, _ report: CohortSummary,
                               _ strings: ReportStrings, _ words: AssessmentStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire
        var blocks = changeTable(respondent, since: previous, report, strings, words)
        guard let answers, let earlier = previous.answers else { return blocks }
        let changed = questionnaire.questions.indices.filter { answers[$0] != earlier[$0] }
        blocks.append(.heading(3, words.answersChanged))
        guard !changed.isEmpty else { return blocks + [.text(words.noAnswerChanged)] }
        blocks.append(.plainTable(
            header: [words.question, words.before, words.now], alignments: [.left, .left, .left],
            rows: changed.map { index in
                let question = questionnaire.questions[index]
                return ["\(question.id) \(report.text(question.text))", report.answerText(earlier[index], to: question, strings: strings),
                        report.answerText(answers[index], to: question, strings: strings)]
            }))
        return blocks
    }

    /// The answers that cost the most points, with the next better answer, and the "don't know"
    /// answers to find out.
    private func costSection(_ costs: AnswerCosts, _ report: CohortSummary, _ strings: ReportStrings, _ words: AssessmentStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire, numbers = strings.numbers
        func questionText(_ index: Int) -> String { "\(questionnaire.questions[index].id) \(report.text(questionnaire.questions[index].text))" }
        func answer(_ answer: Answer?, _ index: Int) -> String {
            answer.map { report.answerText($0, to: questionnaire.questions[index], strings: strings) } ?? "—"
        }
        func points(_ value: Fraction?) -> String { value.map { ComparisonDocument.signed($0, numbers) } ?? "—" }
        var blocks: [ReportBlock] = [.heading(2, words.whatCostPoints)]
        if costs.costly.isEmpty {
            blocks.append(.text(words.nothingLost))
        } else {
            blocks.append(.plainTable(
                header: [words.question, words.answerGiven, words.pointsLost, words.betterAnswer, words.adds],
                alignments: [.left, .left, .right, .left, .right],
                rows: costs.costly.map { entry in
                    [questionText(entry.question), answer(entry.answer, entry.question), entry.lost.map(numbers.score) ?? "—",
                     answer(entry.better, entry.question), points(entry.gain)]
                }))
            blocks.append(.text(words.costNote))
        }
        if !costs.toFindOut.isEmpty {
            blocks.append(.heading(3, words.toFindOut))
            blocks.append(.plainTable(
                header: [words.question, words.bestAnswer, words.addsUpTo], alignments: [.left, .left, .right],
                rows: costs.toFindOut.map { [questionText($0.question), answer($0.better, $0.question), points($0.gain)] }))
            blocks.append(.text(words.toFindOutNote))
        }
        return blocks
    }

    /// The strongest and weakest dimensions (every one with that score: a tie has no single
    /// one) and the advice for the dimensions with the most to gain.
    private func strengthsAndNextSteps(_ score: RespondentScore, answers: [Answer]?, _ report: CohortSummary, _ strings: ReportStrings,
                                       _ words: AssessmentStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire
        // Highest score first; equal scores in questionnaire order.
        let ranked = questionnaire.dimensions.indices.filter { score.dimensions[$0].isScored }
            .sorted { (score.dimensions[$0].exactScore!, $1) > (score.dimensions[$1].exactScore!, $0) }
        var blocks: [ReportBlock] = []
        if ranked.count >= 2, let highest = score.dimensions[ranked.first!].exactScore, let lowest = score.dimensions[ranked.last!].exactScore {
            blocks.append(.heading(2, strings.strengths))
            blocks.append(.bullets([(strings.strongest, highest), (strings.weakest, lowest)].map { label, value in
                let names = ranked.filter { score.dimensions[$0].exactScore == value }
                    .map { InlineText.strong(report.text(questionnaire.dimensions[$0].label)) }
                return .plain("\(label)\(strings.colon)") + .joined(names, separator: ", ") + .plain(" (\(strings.numbers.score(value)))")
            }))
        }
        let first = Self.dimensionsToImproveFirst(score, questionnaire)
        if !first.isEmpty {
            blocks.append(.heading(2, strings.nextSteps))
            blocks.append(.text(words.gainNote))
            let tied = first.filter { $0.gain == first.last!.gain }
            if tied.count > 1 {
                blocks.append(.text(words.tiedGain(tied.map { report.text(questionnaire.dimensions[$0.dimension].label) }.joined(separator: ", "))))
            }
            for (index, gain) in first {
                let dimension = questionnaire.dimensions[index]
                let band = report.band(score.dimensions[index].bandID, forDimension: index)
                blocks.append(.heading(3, report.text(dimension.label) + (band.map { " — \(report.text($0.label))" } ?? "")
                    + " (+\(strings.numbers.score(gain)))"))
                let recommendation = band.flatMap { dimension.recommendations[$0.id] }
                if let recommendation, let answers, recommendation.isDone(by: answers, in: questionnaire) {
                    blocks.append(.paragraph(.emphasis(words.alreadyDone)))
                } else {
                    blocks.append(.text(recommendation.map { report.text($0.text) } ?? strings.noRecommendation))
                }
            }
        }
        return blocks
    }

    /// The scored dimensions with the most to gain — the dimension's share of the total weight
    /// x (100 - its score), exactly — the two largest first, with every dimension tied with the
    /// second; equal gains in questionnaire order.
    static func dimensionsToImproveFirst(_ score: RespondentScore, _ questionnaire: Questionnaire) -> [(dimension: Int, gain: Fraction)] {
        let weights = questionnaire.dimensions.map { Fraction(decimal: $0.weight) ?? .zero }
        let total = weights.reduce(Fraction.zero) { $0.adding($1) ?? $0 }
        guard total > .zero else { return [] }
        var gains: [(dimension: Int, gain: Fraction)] = []
        for (index, result) in score.dimensions.enumerated() {
            guard let value = result.exactScore, let share = weights[index].divided(by: total),
                  let gain = Fraction.hundred.subtracting(value).flatMap({ share.multiplied(by: $0) })
            else { continue }
            gains.append((index, gain))
        }
        gains.sort { ($0.gain, $1.dimension) > ($1.gain, $0.dimension) }
        guard gains.count > 2 else { return gains }
        let cutoff = gains[1].gain
        return gains.enumerated().filter { $0.offset < 2 || $0.element.gain == cutoff }.map(\.element)
    }

    /// The answers to descriptive questions (other than dimension levels), by section.
    private func otherAnswersSection(_ respondent: ScoredRespondent, _ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        // A municipality of several respondents has no answers of its own (the summary counts theirs).
        guard report.municipalityScores == nil else { return [] }
        let questionnaire = report.questionnaire
        let levels = report.levelQuestionIDs
        var groups: [(label: String, answers: [InlineText])] = []
        var currentGroup: String?
        for (position, index) in questionnaire.descriptiveQuestionIndices.enumerated() where !levels.contains(questionnaire.questions[index].id) {
            let question = questionnaire.questions[index]
            if question.groupID != currentGroup {
                currentGroup = question.groupID
                groups.append((report.groupLabel(of: question), []))
            }
            let answer = report.answerText(respondent.descriptiveAnswers[position], to: question, strings: strings)
            groups[groups.count - 1].answers.append(.plain(report.text(question.text) + " ") + .strong(answer))
        }
        guard !groups.isEmpty else { return [] }
        return [.heading(2, strings.otherAnswers)] + groups.flatMap { group in [.heading(3, group.label), .bullets(group.answers)] }
    }

    /// The scored questions left unanswered, by dimension and reason.
    private func missingSection(_ score: RespondentScore, _ report: CohortSummary, _ strings: ReportStrings) -> ReportBlock {
        let questionnaire = report.questionnaire
        let statusNames: [(ItemStatus, String)] = [
            (.blank, strings.statusBlank), (.dontKnow, strings.statusDontKnow),
            (.notApplicable, strings.statusNotApplicable), (.notShown, strings.statusNotShown), (.invalid, strings.statusInvalid),
        ]
        var items: [InlineText] = []
        for dimension in questionnaire.dimensions {
            var parts: [String] = []
            for (status, name) in statusNames {
                let ids = questionnaire.questions.indices
                    .filter { questionnaire.questions[$0].dimensionID == dimension.id && questionnaire.questions[$0].isScored && score.itemStatuses[$0] == status }
                    .map { questionnaire.questions[$0].id }
                if !ids.isEmpty { parts.append("\(name)\(strings.colon)\(ids.joined(separator: ", "))") }
            }
            if !parts.isEmpty { items.append(.strong(report.text(dimension.label)) + .plain(strings.colon + parts.joined(separator: "; "))) }
        }
        return items.isEmpty ? .text(strings.nothingMissing) : .bullets(items)
    }

    /// The questionnaire and files a report rests on, the rules, and the version.
    static func footer(_ report: CohortSummary, files: [SourceFile], _ strings: ReportStrings) -> [InlineText] {
        let questionnaire = report.questionnaire
        var lines: [InlineText] = [
            .plain("\(strings.questionnaire)\(strings.colon)\(questionnaire.id) \(questionnaire.version) (") + .code(report.questionnaireFile.name)
                + .plain(", SHA-256 ") + .code(report.questionnaireFile.sha256) + .plain(")"),
        ]
        for file in files {
            lines.append(.plain("\(strings.responses)\(strings.colon)") + .code(file.name) + .plain(" (SHA-256 ") + .code(file.sha256) + .plain(")"))
        }
        lines.append(.plain(strings.bandRuleNote(questionnaire.bands.rule) + " "
            + strings.minimumCoverageNote(strings.numbers.percent(questionnaire.minimumCoverage, digits: 0))))
        lines.append(.plain(strings.generatedBy(version)))
        return lines
    }

    // MARK: - Summary

    func summaryBlocks(_ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        let questionnaire = report.questionnaire
        var blocks: [ReportBlock] = [.heading(1, "\(report.text(questionnaire.title)) — \(strings.summaryTitle)")]
        if let scores = report.municipalityScores {
            // Several respondents per municipality: the rows are municipalities, the rule and the respondents come first.
            let words = MunicipalityStrings.forLanguage(strings.languageCode)
            blocks.append(.text(words.scoredCount(report.respondentCount, scores.scoredRespondents, report.excluded.count)))
            blocks += MunicipalityStatisticsDocument().scoreBlocks(scores, summary: report, strings: strings, words: words)
        } else {
            blocks.append(.text(strings.scoredCount(report.respondentCount, report.excluded.count)))
        }

        blocks.append(.heading(2, strings.dimensionStatistics))
        var statisticsRows = questionnaire.dimensions.enumerated().map { index, dimension in
            Self.statisticsRow(.plain(report.text(dimension.label)), report.dimensionStatistics[index], strings)
        }
        statisticsRows.append(Self.statisticsRow(.strong(strings.totalScore), report.totalStatistics, strings))
        blocks.append(.table(header: [strings.dimension] + Self.statisticsHeader(strings),
                             alignments: [.left] + Self.statisticsHeader(strings).map { _ in .right }, rows: statisticsRows))
        blocks.append(.text(strings.statisticsNote))

        blocks.append(.heading(2, strings.ranking))
        let nameHeader = report.nameColumn.map { report.metadataLabel(report.metadataNames[$0]) } ?? strings.name
        let dimensionHeaders = questionnaire.dimensions.map { report.text($0.label) }
        var rankingRows = report.ranking.map { entry -> [String] in
            [
                entry.rank.map(String.init) ?? "—", entry.id, entry.name, entry.total.map(strings.numbers.score) ?? "—",
                report.bandLabel(entry.bandID, in: questionnaire.bands) ?? "—",
            ] + entry.dimensionScores.map { $0.map(strings.numbers.score) ?? "—" } + [strings.numbers.percent(entry.coverage)]
        }
        if report.rankingOmitted > 0 {
            let half = rankingRows.count - rankingRows.count / 2
            rankingRows.insert(["…", strings.rankingOmitted(report.rankingOmitted), "", "", ""] + dimensionHeaders.map { _ in "" } + [""], at: half)
        }
        blocks.append(.plainTable(
            header: [strings.rank, strings.id, nameHeader, strings.totalScore, strings.maturity] + dimensionHeaders + [strings.coverage],
            alignments: [.right, .left, .left, .right, .left] + dimensionHeaders.map { _ in .right } + [.right], rows: rankingRows))

        blocks.append(.heading(2, strings.distribution))
        let bands = questionnaire.bands
        let ordered = bands.bands.sorted { $0.lower < $1.lower }
        let distributionRows = report.bandCounts.map { count -> [String] in
            let band = bands.bands.first { $0.id == count.bandID }!
            return [report.text(band.label), Self.interval(band, in: ordered, rule: bands.rule, strings: strings), String(count.count),
                    strings.numbers.percent(count.exactShare), count.referenceShare.map { strings.numbers.percent($0, digits: 0) } ?? "—"]
        }
        blocks.append(.plainTable(header: [strings.maturity, strings.range, strings.count, strings.share, strings.referenceShare],
                                  alignments: [.left, .left, .right, .right, .right], rows: distributionRows))
        blocks.append(.text(strings.bandRuleNote(bands.rule)))

        blocks += descriptiveSection(report, strings)

        if !report.incomplete.isEmpty {
            blocks += [.heading(2, strings.incompleteResponses), .text(strings.incompleteNote)]
            let rows = report.incomplete.map { entry in
                [entry.id, entry.name, FilePath.name(of: entry.file), String(entry.row), strings.incompleteReason(entry.reason)]
            }
            blocks.append(.plainTable(header: [strings.id, strings.name, strings.file, strings.row, strings.reason],
                                      alignments: [.left, .left, .left, .right, .left], rows: rows))
            if report.incompleteCount > report.incomplete.count {
                blocks.append(.text(strings.rankingOmitted(report.incompleteCount - report.incomplete.count)))
            }
        }
        if !report.excluded.isEmpty {
            blocks.append(.heading(2, strings.rowsLeftOut))
            let rows = report.excluded.map { entry in
                [FilePath.name(of: entry.file), String(entry.row.row), entry.row.respondentID ?? "—",
                 strings.reasonText(entry.row.reason.naming(FilePath.name(of:)))]
            }
            blocks.append(.plainTable(header: [strings.file, strings.row, strings.id, strings.reason],
                                      alignments: [.left, .right, .left, .left], rows: rows))
        }
        blocks.append(.footer(Self.footer(report, files: report.responseFiles, strings)))
        return blocks
    }

    /// Counts and shares of every descriptive question, by section, as the barometers publish them.
    private func descriptiveSection(_ report: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        guard !report.descriptiveSummaries.isEmpty else { return [] }
        let questionnaire = report.questionnaire
        var blocks: [ReportBlock] = [.heading(2, strings.descriptiveResults)]
        var currentGroup: String?
        for summary in report.descriptiveSummaries {
            let question = questionnaire.questions[summary.questionIndex]
            if question.groupID != currentGroup {
                currentGroup = question.groupID
                blocks.append(.heading(3, report.groupLabel(of: question)))
            }
            blocks.append(.paragraph(.strong(question.id) + .plain(" " + report.text(question.text))))
            blocks.append(.text(strings.answeredCount(summary.answered, summary.nonAnswers)))
            if !summary.counts.isEmpty {
                let rows = summary.counts.map { [report.text($0.label), String($0.count), strings.numbers.percent($0.exactShare)] }
                blocks.append(.plainTable(header: [strings.answer, strings.count, strings.share], alignments: [.left, .right, .right], rows: rows))
            }
            if let statistics = summary.statistics, !question.kind.isLevel {
                blocks.append(.table(header: Self.statisticsHeader(strings), alignments: Self.statisticsHeader(strings).map { _ in .right },
                                     rows: [Array(Self.statisticsRow(.plain(""), statistics, strings).dropFirst())]))
            }
        }
        return blocks
    }

    /// The columns of a statistics row after its label.
    private static func statisticsHeader(_ strings: ReportStrings) -> [String] {
        [strings.respondents, strings.mean, strings.standardDeviation, strings.minimum, strings.firstQuartile, strings.median,
         strings.thirdQuartile, strings.maximum]
    }

    private static func statisticsRow(_ label: InlineText, _ statistics: Descriptive?, _ strings: ReportStrings) -> [InlineText] {
        guard let statistics else { return [label] + (["0"] + Array(repeating: "—", count: 7)).map(InlineText.plain) }
        let score = strings.numbers.score as (Double) -> String
        return [label] + [String(statistics.count), score(statistics.mean), statistics.standardDeviation.map(score) ?? "—", score(statistics.minimum),
                          score(statistics.firstQuartile), score(statistics.median), score(statistics.thirdQuartile), score(statistics.maximum)]
            .map(InlineText.plain)
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
}

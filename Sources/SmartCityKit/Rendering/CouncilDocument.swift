/// The one-page summary of a municipality for its council (`municipalities/<id>.council.html`
/// of `score --format html`): the headline (total, maturity type, rank), the radar, the three
/// answers whose next better answer gains the most, and the change since the previous wave. Its
/// page prints on one A4 sheet (`printStyle`).
struct CouncilDocument {
    /// The municipality report's parts it reuses: the headline and the change table.
    let report: ScoreDocument

    /// How many gains the page lists.
    static let gainCount = 3

    /// Print and screen rules added to the report style: the radar smaller, the text denser, so that the page fits one A4 sheet.
    static let printStyle = """
        nav { display: none; } figure svg { max-height: 11cm; width: auto; } h2 { margin-top: 1rem; }
        @media print { figure svg { max-height: 8.5cm; } body { font-size: 9pt; } h1 { font-size: 14pt; } h2 { font-size: 11pt; } }
        """

    /// The file of a municipality's page (named like its report, `<slug>.council.html`; a slug has no `.`).
    static func fileName(_ slug: String) -> String { "\(slug).council.html" }

    func blocks(_ ranked: RankedRespondent, _ summary: CohortSummary, _ strings: ReportStrings) -> [ReportBlock] {
        let questionnaire = summary.questionnaire, respondent = ranked.respondent
        let words = CouncilStrings.forLanguage(strings.languageCode), assessment = AssessmentStrings.forLanguage(strings.languageCode)
        var blocks: [ReportBlock] = [.heading(1, "\(ranked.name) — \(words.title)"), .text(summary.text(questionnaire.title))]
        blocks += report.resultBlocks(ranked, summary, strings)
        if let fileName = ranked.fileName { blocks.append(.image(path: "\(fileName).svg", description: ranked.name)) }
        blocks.append(.heading(2, words.biggestGains))
        let gains = report.engine.flatMap { engine in
            respondent.answers(in: questionnaire).map { AnswerCosts(answers: $0, score: respondent.score, engine: engine) }
        }.map { costs in
            costs.costly.filter { ($0.gain ?? .zero) > .zero }.sorted { ($0.gain ?? .zero) > ($1.gain ?? .zero) }.prefix(Self.gainCount)
        } ?? []
        if gains.isEmpty {
            blocks.append(.text(words.nothingToGain))
        } else {
            func answer(_ answer: Answer?, _ index: Int) -> String {
                answer.map { summary.answerText($0, to: questionnaire.questions[index], strings: strings) } ?? "—"
            }
            blocks.append(.plainTable(
                header: [assessment.question, assessment.answerGiven, assessment.betterAnswer, assessment.adds], alignments: [.left, .left, .left, .right],
                rows: gains.map { entry in
                    let question = questionnaire.questions[entry.question]
                    return ["\(question.id) \(summary.text(question.text))", answer(entry.answer, entry.question), answer(entry.better, entry.question),
                            entry.gain.map { ComparisonDocument.signed($0, strings.numbers) } ?? "—"]
                }))
            blocks.append(.text(words.gainsNote))
        }
        if let previous = ranked.previous {
            blocks += report.changeTable(respondent, since: previous, summary, strings, assessment)
        } else {
            blocks += [.heading(2, assessment.sinceLast), .text(words.noPrevious)]
        }
        return blocks
    }
}

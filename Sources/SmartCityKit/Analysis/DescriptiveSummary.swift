/// How a cohort answered one descriptive question: counts and shares per answer, as the
/// published barometers report them, and statistics of numeric answers.
struct DescriptiveSummary: Sendable, Equatable {
    /// One possible answer and how many respondents gave it.
    struct AnswerCount: Sendable, Equatable {
        var code: String
        var label: LocalizedText
        var count: Int
        /// count / respondents who answered (for multi questions shares do not add up to 1), exactly.
        var exactShare: Fraction

        var share: Double { exactShare.doubleValue }
    }

    var questionIndex: Int
    /// Respondents who gave a real answer (not blank, invalid, don't know or not applicable).
    var answered: Int
    /// Respondents who answered "don't know" or "not applicable".
    var nonAnswers: Int
    /// Per-answer counts for choice, multi, yes/no, likert and level questions.
    package var counts: [AnswerCount]
    /// Statistics of the values of number, likert and level questions.
    package var statistics: Descriptive?

    /// Summarises the answers of all respondents to one question.
    init(questionIndex: Int, question: Question, answers: [Answer]) {
        var tally = DescriptiveTally()
        for answer in answers { tally.add(answer) }
        self.init(questionIndex: questionIndex, question: question, tally: tally)
    }

    /// Summarises the answers counted in a tally.
    init(questionIndex: Int, question: Question, tally: DescriptiveTally) {
        self.questionIndex = questionIndex
        nonAnswers = tally.nonAnswers
        answered = tally.answered
        let possible: [(code: String, label: LocalizedText, count: Int)]
        switch question.kind {
        case .choice(let options), .multi(let options, _):
            possible = options.enumerated().map { ($1.code, $1.label, tally.chosen[$0] ?? 0) }
        case .yesNo:
            possible = [("yes", YesNoAnswer.yesLabel, tally.chosen[1] ?? 0), ("no", YesNoAnswer.noLabel, tally.chosen[0] ?? 0)]
        case .likert(let scale, _), .level(let scale):
            possible = scale.points.map { point in (NumberFormat.plain(point.value), point.label, tally.values.filter { $0 == point.value }.count) }
        case .number: possible = []
        }
        let answered = tally.answered
        counts = possible.map { code, label, count in
            AnswerCount(code: code, label: label, count: count, exactShare: answered > 0 ? .share(count, of: answered) : .zero)
        }
        switch question.kind {
        case .number, .likert, .level: statistics = Descriptive(tally.values)
        default: statistics = nil
        }
    }
}

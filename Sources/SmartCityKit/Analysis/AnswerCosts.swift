/// What a respondent's answers cost its total score, question by question: the answered
/// questions that lose the most points (their share of the total x (100 - item score)) with
/// the next better answer and what it would add, and the "don't know" answers, to find out,
/// with what the best answer would add. Exact: gains come from rescoring the changed answers.
struct AnswerCosts: Sendable {
    /// One question's cost.
    package struct Entry: Sendable {
        var question: Int
        var answer: Answer
        /// Points of the total the answer loses against the best answer (answered questions).
        var lost: Fraction?
        /// The next better answer and the points it adds to the total; nil when there is none.
        var better: Answer?
        var gain: Fraction?
    }

    /// Highest cost first, at most `limit`.
    let costly: [Entry]
    /// Questions answered "don't know", highest possible gain first.
    let toFindOut: [Entry]

    /// `answers` are the respondent's answers to every question, `score` their score.
    init(answers: [Answer], score: RespondentScore, engine: ScoringEngine, limit: Int = 10) {
        let questionnaire = engine.questionnaire
        guard let total = score.exactTotal else {
            costly = []
            toFindOut = []
            return
        }
        // Each dimension's share of the total (over the scored dimensions), from the exact weights.
        let dimensionWeights = engine.weights.dimensionWeights
        let scoredWeight = zip(dimensionWeights, score.dimensions).filter { $0.1.isScored }.reduce(Int64(0)) { $0 + $1.0 }
        let dimensionPosition = Dictionary(uniqueKeysWithValues: questionnaire.dimensions.enumerated().map { ($1.id, $0) })
        // Each dimension's answered weight (within-dimension shares of its answered questions).
        var answeredShare = [Fraction](repeating: .zero, count: questionnaire.dimensions.count)
        for index in questionnaire.scoredQuestionIndices where score.itemStatuses[index] == .scored {
            guard let dimension = questionnaire.questions[index].dimensionID.flatMap({ dimensionPosition[$0] }) else { continue }
            answeredShare[dimension] = answeredShare[dimension].adding(engine.weightInDimension(ofQuestion: index)) ?? answeredShare[dimension]
        }
        func rescored(_ index: Int, _ answer: Answer) -> Fraction? {
            var changed = answers
            changed[index] = answer
            return engine.score(changed).exactTotal.flatMap { $0.subtracting(total) }
        }
        var costs: [Entry] = [], unknown: [Entry] = []
        for index in questionnaire.scoredQuestionIndices {
            let status = score.itemStatuses[index]
            if case .nonAnswer(.dontKnow) = answers[index] {
                let best = Self.candidates(for: questionnaire.questions[index], current: answers[index])
                    .max { (engine.itemScore($0, question: index) ?? .zero) < (engine.itemScore($1, question: index) ?? .zero) }
                unknown.append(Entry(question: index, answer: answers[index], lost: nil, better: best, gain: best.flatMap { rescored(index, $0) }))
                continue
            }
            guard status == .scored, let item = engine.itemScore(answers[index], question: index), item < .hundred,
                  let dimension = questionnaire.questions[index].dimensionID.flatMap({ dimensionPosition[$0] }), score.dimensions[dimension].isScored,
                  case let dimensionShare = Fraction(Int128(dimensionWeights[dimension]), Int128(scoredWeight)),
                  let share = engine.weightInDimension(ofQuestion: index).divided(by: answeredShare[dimension]).flatMap({ $0.multiplied(by: dimensionShare) }),
                  let lost = Fraction.hundred.subtracting(item).flatMap({ share.multiplied(by: $0) })
            else { continue }
            costs.append(Entry(question: index, answer: answers[index], lost: lost, better: nil, gain: nil))
        }
        costs.sort { ($0.lost!, $1.question) > ($1.lost!, $0.question) }
        costly = costs.prefix(limit).map { entry in
            var entry = entry
            let current = engine.itemScore(entry.answer, question: entry.question) ?? .zero
            let next = Self.candidates(for: questionnaire.questions[entry.question], current: entry.answer)
                .compactMap { candidate in engine.itemScore(candidate, question: entry.question).map { (candidate, $0) } }
                .filter { $0.1 > current }
                .min { $0.1 < $1.1 }
            entry.better = next?.0
            entry.gain = next.flatMap { rescored(entry.question, $0.0) }
            return entry
        }
        toFindOut = unknown.sorted { ($0.gain ?? .zero, $1.question) > ($1.gain ?? .zero, $0.question) }
    }

    /// The answers a question could be given instead of `current`: its scale points, options,
    /// yes and no, the number thresholds, or the current choices with one more option.
    static func candidates(for question: Question, current: Answer) -> [Answer] {
        switch question.kind {
        case .likert(let scale, _), .level(let scale): return scale.points.map { .number($0.value) }
        case .choice(let options): return options.indices.map { .choice($0) }
        case .multi(let options, _):
            let chosen: OptionSelection = if case .choices(let selection) = current { selection } else { OptionSelection() }
            return options.indices.filter { !chosen.contains($0) }.map { option in
                var more = chosen
                more.insert(option)
                return .choices(more)
            }
        case .yesNo: return [.yesNo(true), .yesNo(false)]
        case .number(let scoring): return scoring.thresholds.map { .number(max($0.atLeast, scoring.minimum)) }
        }
    }
}

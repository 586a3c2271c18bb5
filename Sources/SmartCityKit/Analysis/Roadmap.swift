/// How a municipality reaches its targets: per dimension (then for the total) the gap, and the
/// answer changes that close it, found one change at a time - each time the change that adds
/// most to the total (a scale or option one step better, or a question not yet answered) -
/// until the target is met or no change adds anything. Exact: every change is rescored.
struct Roadmap: Sendable {
    /// One answer to change.
    struct Step: Sendable {
        var question: Int
        var from: Answer
        var to: Answer
        /// What the change adds to its dimension's score and to the total.
        var dimensionGain: Fraction?
        var totalGain: Fraction?
    }

    /// One target: where the score is, and the changes that reach it (after those of the
    /// targets before it: the total's plan builds on the dimensions').
    struct Plan: Sendable {
        /// nil for the total.
        var dimension: Int?
        var target: Targets.Target
        var current: Fraction?
        /// Whether the score met the target before any change.
        var wasMet: Bool
        var steps: [Step]
        /// The score after the steps, and whether it meets the target.
        var reachedScore: Fraction?
        var isMet: Bool
    }

    let plans: [Plan]

    /// The most changes proposed per target.
    static let stepLimit = 25

    init(answers: [Answer], score: RespondentScore, engine: ScoringEngine, targets: Targets) {
        let questionnaire = engine.questionnaire
        var answers = answers, current = score
        var plans: [Plan] = []
        // How often each question was changed: equal gains go to the question changed least.
        var changes = [Int](repeating: 0, count: questionnaire.questions.count)
        let scopes: [(dimension: Int?, target: Targets.Target)] = questionnaire.dimensions.indices.compactMap { index in
            targets.byDimension[questionnaire.dimensions[index].id].map { (index, $0) }
        } + (targets.byDimension[Targets.totalID].map { [(nil, $0)] } ?? [])
        for (dimension, target) in scopes {
            let bands = dimension.map { questionnaire.bands(for: questionnaire.dimensions[$0]) } ?? questionnaire.bands
            func value(_ score: RespondentScore) -> Fraction? { dimension.map { score.dimensions[$0].exactScore } ?? score.exactTotal }
            let start = value(score)
            var steps: [Step] = []
            let questions = questionnaire.scoredQuestionIndices.filter { index in
                dimension.map { questionnaire.questions[index].dimensionID == questionnaire.dimensions[$0].id } ?? true
            }
            while !Targets.meets(value(current), target, bands: bands), steps.count < Self.stepLimit {
                var best: (step: Step, score: RespondentScore)?
                for index in questions {
                    for candidate in Self.nextAnswers(answers[index], question: index, engine: engine) {
                        var changed = answers
                        changed[index] = candidate
                        let rescored = engine.score(changed)
                        guard let gain = Self.difference(rescored.exactTotal, current.exactTotal), gain > .zero else { continue }
                        if let best, let bestGain = best.step.totalGain,
                           !(gain > bestGain || (gain == bestGain && changes[index] < changes[best.step.question])) { continue }
                        best = (Step(question: index, from: answers[index], to: candidate,
                                     dimensionGain: Self.difference(value(rescored), value(current)), totalGain: gain), rescored)
                    }
                }
                guard let best else { break }
                steps.append(best.step)
                changes[best.step.question] += 1
                answers[best.step.question] = best.step.to
                current = best.score
            }
            plans.append(Plan(dimension: dimension, target: target, current: start, wasMet: Targets.meets(start, target, bands: bands),
                              steps: steps, reachedScore: value(current),
                              isMet: Targets.meets(value(current), target, bands: bands)))
        }
        self.plans = plans
    }

    /// The answers one change away: the next better point or option of an answered question,
    /// every answer of one not answered (blank, don't know, invalid).
    static func nextAnswers(_ answer: Answer, question index: Int, engine: ScoringEngine) -> [Answer] {
        let candidates = AnswerCosts.candidates(for: engine.questionnaire.questions[index], current: answer)
        guard let current = engine.itemScore(answer, question: index) else {
            if case .nonAnswer(.notApplicable) = answer { return [] }
            if case .notShown = answer { return [] }
            return candidates
        }
        let better = candidates.compactMap { candidate in engine.itemScore(candidate, question: index).map { (candidate, $0) } }.filter { $0.1 > current }
        guard let next = better.min(by: { $0.1 < $1.1 }) else { return [] }
        return [next.0]
    }

    static func difference(_ after: Fraction?, _ before: Fraction?) -> Fraction? {
        guard let after else { return nil }
        guard let before else { return after }
        return after.subtracting(before)
    }
}

extension Targets {
    /// The scores target answers give, per dimension and in total, as minimum scores.
    package init(reaching score: RespondentScore, dimensionIDs: [String]) {
        self.init(reaching: EarlierAssessment.Scores(dimensions: score.dimensions.map(\.exactScore), total: score.exactTotal, bandID: score.bandID),
                  dimensionIDs: dimensionIDs)
    }

    /// The scores target answers give (kept by id for a cohort), as minimum scores.
    package init(reaching score: EarlierAssessment.Scores, dimensionIDs: [String]) {
        var targets: [String: Target] = [:]
        for (id, value) in zip(dimensionIDs, score.dimensions) { if let value { targets[id] = .score(value) } }
        if let total = score.total { targets[Self.totalID] = .score(total) }
        self.init(byDimension: targets)
    }
}

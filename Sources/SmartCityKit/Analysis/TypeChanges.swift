/// The fewest answer changes that move a respondent's total into the next type up, and the
/// fewest that drop it one type: each change gives one question another answer (never a
/// non-answer; "not applicable" and questions not shown stay as they are).
///
/// Exact and minimal: changing a set of questions helps most when each gets its best answer
/// (for the drop, its worst), since a dimension score only grows with an item score once the
/// set of answered questions is fixed. So per dimension, every subset of its changeable
/// questions is rescored by the engine and the best dimension score for each number of changes
/// is kept; the dimensions are then combined for each count of changes, over every choice of
/// which unscored dimensions become scored, and the smallest count that reaches the band wins.
/// The set found is rescored as a whole and only kept when it reaches the band. A dimension
/// with more than `subsetLimit` subsets is searched up to the largest size within the limit
/// (and more than `unscoredLimit` unscored dimensions stay unscored); the plan then says it is
/// not proven minimal.
struct TypeChanges: Sendable {
    enum Direction: Sendable { case up, down }

    /// The changes toward one band.
    struct Plan: Sendable {
        var direction: Direction
        var targetBandID: String
        /// The changes in question order, each with what it adds to its dimension and to the
        /// total when applied after the ones before it (the gains sum to the change of the total).
        var steps: [Roadmap.Step]
        var reachedTotal: Fraction?
        var reachedBandID: String?
        /// Whether no smaller set of changes reaches the band (every subset was searched).
        var isProvenMinimal: Bool
    }

    /// The next type up and one type down; nil when there is no such band or no set of changes reaches it.
    let up: Plan?
    let down: Plan?
    /// The band above or below that no set of answer changes reaches.
    let unreachable: [Direction]

    /// The most subsets of one dimension's questions that are rescored.
    static let subsetLimit = 1 << 16
    /// The most dimensions without a score whose every choice of becoming scored is searched.
    static let unscoredLimit = 10

    init(up: Plan?, down: Plan?, unreachable: [Direction]) {
        (self.up, self.down, self.unreachable) = (up, down, unreachable)
    }

    /// No search made (a derivation checked without its changes).
    static let notSearched = TypeChanges(up: nil, down: nil, unreachable: [])

    init(answers: [Answer], score: RespondentScore, engine: ScoringEngine) {
        guard let total = score.exactTotal, let boundaries = Explanation.boundaries(of: total, in: engine.questionnaire.bands) else {
            (up, down, unreachable) = (nil, nil, [])
            return
        }
        let search = Search(answers: answers, score: score, engine: engine)
        var unreachable: [Direction] = []
        func planned(_ direction: Direction, toward band: String?) -> Plan? {
            guard let band else { return nil }
            let plan = search.plan(direction, target: band)
            if plan == nil { unreachable.append(direction) }
            return plan
        }
        up = planned(.up, toward: boundaries.bandAboveID)
        down = planned(.down, toward: boundaries.bandBelowID)
        self.unreachable = unreachable
    }

    /// The answer that scores highest (or lowest) on a question: over its scale points, options,
    /// yes and no or thresholds; for a multi question every option (or none).
    static func extremeAnswer(_ direction: Direction, question index: Int, engine: ScoringEngine) -> Answer? {
        let question = engine.questionnaire.questions[index]
        if case .multi(let options, _) = question.kind {
            return .choices(direction == .up ? OptionSelection(options.indices) : OptionSelection())
        }
        let scored = AnswerCosts.candidates(for: question, current: .blank).compactMap { answer in engine.itemScore(answer, question: index).map { (answer, $0) } }
        let pick = direction == .up ? scored.max { $0.1 < $1.1 } : scored.min { $0.1 < $1.1 }
        return pick?.0
    }
}

/// The search behind `TypeChanges`: the changeable questions per dimension and the best
/// dimension score for each number of changes.
private struct Search {
    package let answers: [Answer]
    package let score: RespondentScore
    let engine: ScoringEngine

    /// One way to change a dimension: the questions changed and the dimension score it gives.
    package struct Outcome {
        var questions: [Int]
        var score: Fraction
    }

    /// The best outcome per number of changes (index = count) of one dimension, and whether every subset was tried.
    struct DimensionOptions {
        var best: [Outcome?]
        var complete: Bool
    }

    /// Questions whose answer can change, with the answer they change to.
    func changeable(_ direction: TypeChanges.Direction, dimension: Int) -> [(question: Int, answer: Answer)] {
        let questionnaire = engine.questionnaire
        let id = questionnaire.dimensions[dimension].id
        return questionnaire.scoredQuestionIndices.compactMap { index in
            guard questionnaire.questions[index].dimensionID == id else { return nil }
            let status = score.itemStatuses[index]
            guard status != .notApplicable, status != .notShown,
                  let extreme = TypeChanges.extremeAnswer(direction, question: index, engine: engine),
                  let target = engine.itemScore(extreme, question: index) else { return nil }
            if status == .scored, let current = engine.itemScore(answers[index], question: index),
               direction == .up ? target <= current : target >= current { return nil }
            return (index, extreme)
        }
    }

    /// Every subset of the dimension's changeable questions (up to the limit) rescored; the best per size.
    func options(_ direction: TypeChanges.Direction, dimension: Int) -> DimensionOptions {
        let candidates = changeable(direction, dimension: dimension)
        var best = [Outcome?](repeating: nil, count: candidates.count + 1)
        if let current = score.dimensions[dimension].exactScore { best[0] = Outcome(questions: [], score: current) }
        // The largest subset size whose subsets (all sizes up to it) stay within the limit.
        var maximumSize = 0, counted = 1, binomial = 1
        while maximumSize < candidates.count {
            binomial = binomial * (candidates.count - maximumSize) / (maximumSize + 1)
            guard counted + binomial <= TypeChanges.subsetLimit else { break }
            counted += binomial
            maximumSize += 1
        }
        var changed = answers
        func visit(from start: Int, chosen: inout [Int]) {
            if !chosen.isEmpty, let value = engine.score(changed).dimensions[dimension].exactScore {
                let better = best[chosen.count].map { direction == .up ? value > $0.score : value < $0.score } ?? true
                if better { best[chosen.count] = Outcome(questions: chosen.map { candidates[$0].question }, score: value) }
            }
            guard chosen.count < maximumSize else { return }
            for next in start..<candidates.count {
                chosen.append(next)
                changed[candidates[next].question] = candidates[next].answer
                visit(from: next + 1, chosen: &chosen)
                changed[candidates[next].question] = answers[candidates[next].question]
                chosen.removeLast()
            }
        }
        var chosen: [Int] = []
        visit(from: 0, chosen: &chosen)
        return DimensionOptions(best: best, complete: maximumSize == candidates.count)
    }

    /// The smallest set of changes whose total falls in `target` or beyond (up) or below the current band (down).
    func plan(_ direction: TypeChanges.Direction, target: String) -> TypeChanges.Plan? {
        let questionnaire = engine.questionnaire, bands = questionnaire.bands
        let perDimension = questionnaire.dimensions.indices.map { options(direction, dimension: $0) }
        let unscored = questionnaire.dimensions.indices.filter { score.dimensions[$0].exactScore == nil }
        let maximumChanges = perDimension.reduce(0) { $0 + $1.best.count - 1 }
        guard let wanted = bands.order.firstIndex(where: { bands.bands[$0].id == target }) else { return nil }
        func reaches(_ total: Fraction) -> Bool {
            guard let found = bands.bandIndex(for: total), let position = bands.order.firstIndex(of: found) else { return false }
            return direction == .up ? position >= wanted : position <= wanted
        }
        // For every choice of unscored dimensions that become scored: the best sum of weight × score per count of changes.
        var bestPerCount = [(total: Fraction, questions: [Int])?](repeating: nil, count: maximumChanges + 1)
        // Beyond `unscoredLimit` dimensions without a score, only plans that leave them so are searched.
        let masks = unscored.count <= TypeChanges.unscoredLimit ? 0..<(1 << unscored.count) : 0..<1
        for mask in masks {
            let becoming = Set(unscored.indices.filter { mask & (1 << $0) != 0 }.map { unscored[$0] })
            let included = questionnaire.dimensions.indices.filter { score.dimensions[$0].isScored || becoming.contains($0) }
            let weight = included.reduce(Int64(0)) { $0 + engine.weights.dimensionWeights[$1] }
            guard weight > 0 else { continue }
            // sums[k]: the best Σ weight × score over the dimensions so far with k changes.
            var sums: [(sum: Fraction, questions: [Int])?] = [(Fraction.zero, [])]
            for dimension in included {
                let choices = perDimension[dimension].best
                var next = [(sum: Fraction, questions: [Int])?](repeating: nil, count: sums.count + choices.count - 1)
                for (count, entry) in sums.enumerated() {
                    guard let entry else { continue }
                    for (changes, outcome) in choices.enumerated() {
                        guard let outcome, !(changes == 0 && becoming.contains(dimension)),
                              let term = outcome.score.multiplied(by: Fraction(Int(engine.weights.dimensionWeights[dimension]))),
                              let sum = entry.sum.adding(term) else { continue }
                        let better = next[count + changes].map { direction == .up ? sum > $0.sum : sum < $0.sum } ?? true
                        if better { next[count + changes] = (sum, entry.questions + outcome.questions) }
                    }
                }
                sums = next
            }
            for (count, entry) in sums.enumerated() where count < bestPerCount.count {
                guard let entry, let total = entry.sum.divided(by: Fraction(Int(weight))) else { continue }
                let better = bestPerCount[count].map { direction == .up ? total > $0.total : total < $0.total } ?? true
                if better { bestPerCount[count] = (total, entry.questions) }
            }
        }
        guard let found = bestPerCount.indices.dropFirst().first(where: { bestPerCount[$0].map { reaches($0.total) } ?? false }),
              let questions = bestPerCount[found]?.questions else { return nil }
        return verified(direction, target: target, questions: questions.sorted(), reaches: reaches,
                        proven: perDimension.allSatisfy(\.complete) && unscored.count <= TypeChanges.unscoredLimit)
    }

    /// The plan for these questions, rescored step by step; nil when the whole set does not reach the band.
    private func verified(_ direction: TypeChanges.Direction, target: String, questions: [Int], reaches: (Fraction) -> Bool,
                          proven: Bool) -> TypeChanges.Plan? {
        var changed = answers, current = score
        var steps: [Roadmap.Step] = []
        let dimensionOf = Dictionary(uniqueKeysWithValues: engine.questionnaire.dimensions.enumerated().map { ($1.id, $0) })
        for index in questions {
            guard let answer = TypeChanges.extremeAnswer(direction, question: index, engine: engine),
                  let dimension = engine.questionnaire.questions[index].dimensionID.flatMap({ dimensionOf[$0] }) else { return nil }
            changed[index] = answer
            let rescored = engine.score(changed)
            steps.append(Roadmap.Step(question: index, from: answers[index], to: answer,
                                      dimensionGain: Roadmap.difference(rescored.dimensions[dimension].exactScore, current.dimensions[dimension].exactScore),
                                      totalGain: Roadmap.difference(rescored.exactTotal, current.exactTotal)))
            current = rescored
        }
        guard let total = current.exactTotal, reaches(total) else { return nil }
        return TypeChanges.Plan(direction: direction, targetBandID: target, steps: steps, reachedTotal: total,
                                reachedBandID: current.bandID, isProvenMinimal: proven)
    }
}

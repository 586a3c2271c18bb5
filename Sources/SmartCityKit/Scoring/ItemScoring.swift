/// What became of one question's answer.
public enum ItemStatus: String, Sendable, CaseIterable {
    case scored
    case blank
    case dontKnow = "dont-know"
    case notApplicable = "not-applicable"
    case notShown = "not-shown"
    case invalid
}

/// Turns one answer into an item score from 0 to 100.
public enum ItemScoring {
    /// The item score and status of an answer to a question; the score is nil unless scored.
    public static func score(_ answer: Answer, for kind: QuestionKind) -> (score: Double?, status: ItemStatus) {
        switch answer {
        case .blank: return (nil, .blank)
        case .notShown: return (nil, .notShown)
        case .invalid: return (nil, .invalid)
        case .nonAnswer(.dontKnow): return (nil, .dontKnow)
        case .nonAnswer(.notApplicable): return (nil, .notApplicable)
        default: break
        }
        guard let score = scoredValue(answer, kind) else { return (nil, .invalid) }
        return (score, .scored)
    }

    private static func scoredValue(_ answer: Answer, _ kind: QuestionKind) -> Double? {
        switch (kind, answer) {
        case (.likert(let scale, let reverse), .number(let value)):
            let linear = linearScore(value, on: scale)
            return reverse ? 100 - linear : linear
        case (.level(let scale), .number(let value)):
            return linearScore(value, on: scale)
        case (.number(let scoring), .number(let value)):
            return scoring.thresholds.last { value >= $0.atLeast }?.score
        case (.choice(let options), .choice(let code)):
            return options.first { $0.code == code }?.score
        case (.multi(let options, let rule), .choices(let codes)):
            var sum = 0.0, positive = 0, chosenPositive = 0
            for option in options {
                let chosen = codes.contains(option.code)
                if chosen { sum += option.score }
                if option.score > 0 {
                    positive += 1
                    if chosen { chosenPositive += 1 }
                }
            }
            switch rule {
            case .sumCapped(let maximum): return min(sum, maximum) / maximum * 100
            case .share: return Double(chosenPositive) / Double(positive) * 100
            }
        case (.yesNo(let reverse), .yesNo(let yes)):
            return yes != reverse ? 100 : 0
        default:
            return nil
        }
    }

    /// The lowest point scores 0, the highest 100, the others in proportion to their value.
    static func linearScore(_ value: Double, on scale: Scale) -> Double {
        let low = scale.minimum, high = scale.maximum
        guard high > low else { return 0 }
        return (value - low) / (high - low) * 100
    }
}

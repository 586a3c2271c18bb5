/// The answers to one descriptive question, counted as respondents stream past.
struct DescriptiveTally: Sendable {
    var answered = 0
    var nonAnswers = 0
    /// How often each option was chosen, by option index (yes/no: 1 for yes, 0 for no).
    var chosen: [Int: Int] = [:]
    /// Numeric answers, kept for the median.
    var values: [Double] = []

    /// Counts what another tally counted.
    mutating func merge(_ other: DescriptiveTally) {
        answered += other.answered
        nonAnswers += other.nonAnswers
        chosen.merge(other.chosen, uniquingKeysWith: +)
        values += other.values
    }

    mutating func add(_ answer: Answer) {
        switch answer {
        case .number(let value): values.append(value); answered += 1
        case .choice(let option): chosen[option, default: 0] += 1; answered += 1
        case .choices(let options): for option in options { chosen[option, default: 0] += 1 }; answered += 1
        case .yesNo(let yes): chosen[yes ? 1 : 0, default: 0] += 1; answered += 1
        case .nonAnswer: nonAnswers += 1
        case .blank, .invalid, .notShown: break
        }
    }
}

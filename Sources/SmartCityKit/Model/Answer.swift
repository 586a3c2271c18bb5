/// An answer read from a responses file, typed once by the reading plan: options are indices
/// into the question's options, never their codes as text.
package enum Answer: Sendable, Equatable {
    /// Nothing was written.
    case blank
    /// The survey tool did not show the question (its conditions skipped it): like "not applicable".
    case notShown
    /// "Don't know" or "not applicable".
    case nonAnswer(NonAnswer.Kind)
    /// A scale value (likert, level) or a number.
    case number(Double)
    /// The index of the chosen option.
    case choice(Int)
    /// The chosen options of a multi question (possibly none).
    case choices(OptionSelection)
    case yesNo(Bool)
    /// The cell could not be read; it was reported and is not scored.
    case invalid

    /// Written for a question that the respondent was not shown (`smartcity import` of a LimeSurvey export).
    static let notShownCode = "#not-shown"
}

extension Question {
    /// The code of one of the question's options, by its index.
    func optionCode(at index: Int) -> String {
        switch kind {
        case .choice(let options), .multi(let options, _): index < options.count ? options[index].code : String(index)
        default: String(index)
        }
    }

    /// An answer written in our own responses format: the option code(s), the value, yes/no,
    /// the non-answer code, `#not-shown`; `;` for a multi answer with no option chosen (an
    /// empty cell would read as unanswered); empty for blank and unreadable answers.
    func canonicalText(of answer: Answer, nonAnswers: [NonAnswer]) -> String {
        switch answer {
        case .blank, .invalid: ""
        case .notShown: Answer.notShownCode
        case .nonAnswer(let kind): nonAnswers.first { $0.kind == kind }?.code ?? kind.rawValue
        case .number(let value): NumberFormat.plain(value)
        case .yesNo(let yes): yes ? "yes" : "no"
        case .choice(let option): optionCode(at: option)
        case .choices(let options): options.isEmpty ? ";" : options.map { optionCode(at: $0) }.joined(separator: ";")
        }
    }
}

/// The chosen options of a multi question, as a set of option indices (at most
/// `OptionSelection.capacity` options per question, checked when a questionnaire is loaded).
package struct OptionSelection: Sendable, Hashable, Sequence {
    /// The most options a multi question can have.
    static let capacity = 64

    private(set) var bits: UInt64

    init(bits: UInt64 = 0) { self.bits = bits }

    init<Indices: Sequence>(_ indices: Indices) where Indices.Element == Int {
        bits = 0
        for index in indices { insert(index) }
    }

    mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }
    func contains(_ index: Int) -> Bool { index < Self.capacity && bits & (1 << UInt64(index)) != 0 }
    var count: Int { bits.nonzeroBitCount }
    var isEmpty: Bool { bits == 0 }

    /// The chosen indices, ascending.
    package func makeIterator() -> AnyIterator<Int> {
        var rest = bits
        return AnyIterator {
            guard rest != 0 else { return nil }
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            return index
        }
    }
}

/// What became of one question's answer.
package enum ItemStatus: String, Sendable, CaseIterable {
    case scored
    case blank
    case dontKnow = "dont-know"
    case notApplicable = "not-applicable"
    case notShown = "not-shown"
    case invalid

    /// The status's position in `allCases`, found without making that array (which `allCases` does on every use).
    var position: Int {
        switch self {
        case .scored: 0
        case .blank: 1
        case .dontKnow: 2
        case .notApplicable: 3
        case .notShown: 4
        case .invalid: 5
        }
    }

    /// Every status, in `allCases` order, made once.
    static let all = allCases
}

/// Why a line typed in `smartcity assess` is not an answer to the question on screen: a typed
/// fact, worded in the dialogue's language by `AssessmentStrings` (never shown as a Swift value).
package enum AnswerProblem: Error, Sendable, Equatable {
    /// Not one of the question's choices, codes or values; `keys` are what it takes.
    case notAChoice(typed: String, keys: [String])
    /// The answer to a number question is not a number.
    case notANumber(typed: String)
    /// A number outside the question's range (no upper end when `maximum` is nil).
    case outOfRange(typed: String, minimum: Double, maximum: Double?)

    /// The problem in the words of `words`.
    func text(_ words: AssessmentStrings) -> String {
        switch self {
        case .notAChoice(let typed, let keys): words.notAChoice(typed, keys.joined(separator: ", "))
        case .notANumber(let typed): words.notANumber(typed)
        case .outOfRange(let typed, let minimum, let maximum): words.outOfRange(typed, NumberFormat.plain(minimum), maximum.map(NumberFormat.plain))
        }
    }
}

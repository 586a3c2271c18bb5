/// The screen of one question in `smartcity assess`: where it stands, the question, its answer
/// choices with the key to type for each, and the current answer, wrapped to the terminal.
struct AssessmentPrompt {
    /// One answer the respondent can give, and what to type for it.
    struct Choice {
        var key: String
        var label: String
    }

    var progress: String
    var questionID: String
    package var text: String
    var choices: [Choice]
    /// How to answer when there are no numbered choices, or how to pick several.
    var instruction: String?
    var current: String?

    /// The screen's lines; `colon` separates a label from its value (narrowly spaced in French).
    func lines(width: Int, words: AssessmentStrings, colon: String) -> [String] {
        var lines = [""] + wrapped(progress, width: width) + [""]
        lines += wrapped("\(questionID)  \(text)", width: width)
        lines.append("")
        let keyWidth = choices.map(\.key.count).max() ?? 0
        for choice in choices {
            let key = String(repeating: " ", count: keyWidth - choice.key.count) + choice.key
            let label = wrapped(choice.label, width: width, indent: String(repeating: " ", count: keyWidth + 4))
            lines.append("  \(key)) " + label[0].drop { $0 == " " })
            lines += label.dropFirst()
        }
        if let instruction { lines += wrapped(instruction, width: width) }
        if let current { lines += wrapped(words.currentAnswer + colon + current, width: width) }
        return lines
    }
}

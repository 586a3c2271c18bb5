/// Text with emphasis, as report blocks carry it: runs of plain, strong, emphasised and code
/// text. Every run is plain text; the document writers escape it and mark its style in their
/// format (`**strong**` or `<strong>`), so a municipality's name can never become markup.
struct InlineText: Sendable, Equatable {
    enum Style: Sendable, Equatable { case plain, strong, emphasis, code }

    struct Run: Sendable, Equatable {
        var style: Style
        var text: String
    }

    var runs: [Run]

    static func plain(_ text: String) -> InlineText { InlineText(runs: [Run(style: .plain, text: text)]) }
    static func strong(_ text: String) -> InlineText { InlineText(runs: [Run(style: .strong, text: text)]) }
    static func emphasis(_ text: String) -> InlineText { InlineText(runs: [Run(style: .emphasis, text: text)]) }
    package static func code(_ text: String) -> InlineText { InlineText(runs: [Run(style: .code, text: text)]) }

    /// The runs of both, one after the other.
    static func + (lhs: InlineText, rhs: InlineText) -> InlineText { InlineText(runs: lhs.runs + rhs.runs) }

    /// The runs joined with a plain separator between them.
    static func joined(_ parts: [InlineText], separator: String) -> InlineText {
        var runs: [Run] = []
        for (position, part) in parts.enumerated() {
            if position > 0 { runs.append(Run(style: .plain, text: separator)) }
            runs += part.runs
        }
        return InlineText(runs: runs)
    }
}

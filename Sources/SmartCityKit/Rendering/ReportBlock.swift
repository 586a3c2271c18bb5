/// A piece of a report document, its text plain: `MarkdownDocumentWriter` and
/// `HTMLDocumentWriter` escape it for their format, so one document gives both files.
enum ReportBlock: Sendable, Equatable {
    /// How a table column is aligned: numbers to the right.
    enum Alignment: Sendable { case left, right }

    case heading(Int, String)
    case paragraph(InlineText)
    /// A remark set apart from the text (a blockquote).
    case quote(InlineText)
    case bullets([InlineText])
    case table(header: [String], alignments: [Alignment], rows: [[InlineText]])
    /// Further rows of the table just before: a long table (a row per municipality of a large
    /// cohort) is made and written in parts, each writer continuing the table it has open.
    case moreRows([[InlineText]])
    /// A chart file beside the report (an SVG path relative to it).
    case image(path: String, description: String)
    /// Short lines kept apart (a list of names, notes).
    case lines([InlineText])
    /// The closing lines: questionnaire, files, rules, version.
    case footer([InlineText])

    /// A paragraph without emphasis.
    package static func text(_ text: String) -> ReportBlock { .paragraph(.plain(text)) }

    /// A table of plain cells.
    static func plainTable(header: [String], alignments: [Alignment], rows: [[String]]) -> ReportBlock {
        .table(header: header, alignments: alignments, rows: rows.map { $0.map(InlineText.plain) })
    }
}

/// A piece of a report document, its text plain: `MarkdownDocumentWriter` and
/// `HTMLDocumentWriter` escape it for their format, so one document gives both files.
enum ReportBlock: Sendable, Equatable {
    case heading(Int, String)
    case paragraph(String)
    case table(header: [String], alignments: [MarkdownReportRenderer.Alignment], rows: [[String]])
    /// A chart file beside the report (an SVG path relative to it).
    case image(path: String, description: String)
    /// Short lines kept apart (a list of names, notes).
    case lines([String])
    /// The closing lines: questionnaire, files, rules, version.
    case footer([String])
}

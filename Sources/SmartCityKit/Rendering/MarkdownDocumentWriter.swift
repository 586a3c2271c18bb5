/// Writes report blocks as GitHub-flavoured Markdown, escaping every text.
enum MarkdownDocumentWriter {
    static func write(_ blocks: [ReportBlock]) -> String {
        let escape = MarkdownReportRenderer.escape
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text): lines += [String(repeating: "#", count: level) + " " + escape(text), ""]
            case .paragraph(let text): lines += [escape(text), ""]
            case .table(let header, let alignments, let rows):
                lines += MarkdownReportRenderer.table(header: header.map(escape), alignments: alignments, rows: rows.map { $0.map(escape) }) + [""]
            case .image(let path, let description): lines += ["![\(escape(description))](\(path))", ""]
            case .lines(let texts): lines += texts.map { escape($0) + "  " } + [""]
            case .footer(let texts): lines += ["---", ""] + texts.dropLast().map { escape($0) + "  " } + texts.suffix(1).map(escape)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

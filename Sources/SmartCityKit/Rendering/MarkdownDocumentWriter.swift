/// Writes report blocks as GitHub-flavoured Markdown, escaping every text.
enum MarkdownDocumentWriter {
    package static func write(_ blocks: [ReportBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text): lines += [String(repeating: "#", count: level) + " " + escape(text), ""]
            case .paragraph(let text): lines += [inline(text), ""]
            case .quote(let text): lines += ["> " + inline(text), ""]
            case .bullets(let items): lines += items.map { "- " + inline($0) } + [""]
            case .table(let header, let alignments, let rows):
                lines += table(header: header.map(escape), alignments: alignments, rows: rows.map { $0.map(inline) }) + [""]
            case .image(let path, let description): lines += ["![\(escape(description))](\(path))", ""]
            case .lines(let texts): lines += texts.map { inline($0) + "  " } + [""]
            case .footer(let texts): lines += ["---", ""] + texts.dropLast().map { inline($0) + "  " } + texts.suffix(1).map(inline)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escaped runs, each marked with its style.
    static func inline(_ text: InlineText) -> String {
        text.runs.map { run in
            switch run.style {
            case .plain: escape(run.text)
            case .strong: "**\(escape(run.text))**"
            case .emphasis: "_\(escape(run.text))_"
            // A code span shows its text as it is; only a backtick would end it early.
            case .code: "`\(neutralisingControlCharacters(run.text).replacingOccurrences(of: "`", with: "'"))`"
            }
        }.joined()
    }

    /// A GFM table; cells must already be escaped.
    static func table(header: [String], alignments: [ReportBlock.Alignment], rows: [[String]]) -> [String] {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines
    }

    /// Escapes user-supplied text for Markdown: table pipes, HTML, emphasis and link syntax;
    /// line breaks become spaces so that a value cannot break a table row.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in neutralisingControlCharacters(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            // An unopened `]` starts no link: escaping `[` is enough.
            case "|", "\\", "*", "_", "`", "[": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// Writes report blocks as GitHub-flavoured Markdown, escaping every text.
enum MarkdownDocumentWriter {
    package static func write(_ blocks: [ReportBlock]) -> String {
        var stream = Stream()
        return blocks.map { stream.text(of: $0) }.joined() + stream.finish()
    }

    /// Writes blocks one after another as they are made (a long table in parts, `ReportBlock.moreRows`),
    /// so that a document need not be held whole: the texts of the blocks and of `finish()`,
    /// in order, are what `write` makes of the same blocks.
    struct Stream {
        /// Whether the last block was a table, whose closing blank line waits for the next block.
        private var tableOpen = false

        init() {}

        /// The lines of a block, each ended by a line break.
        mutating func text(of block: ReportBlock) -> String {
            if case .moreRows(let rows) = block { return Self.ended(rows.map { MarkdownDocumentWriter.row($0.map(inline)) }) }
            var lines: [String] = tableOpen ? [""] : []
            tableOpen = false
            switch block {
            case .heading(let level, let text): lines += [String(repeating: "#", count: level) + " " + escape(text), ""]
            case .paragraph(let text): lines += [inline(text), ""]
            case .quote(let text): lines += ["> " + inline(text), ""]
            case .bullets(let items): lines += items.map { "- " + inline($0) } + [""]
            case .table(let header, let alignments, let rows):
                lines += table(header: header.map(escape), alignments: alignments, rows: rows.map { $0.map(inline) })
                tableOpen = true
            case .moreRows: break
            case .image(let path, let description): lines += ["![\(escape(description))](\(path))", ""]
            case .lines(let texts): lines += texts.map { inline($0) + "  " } + [""]
            case .footer(let texts): lines += ["---", ""] + texts.dropLast().map { inline($0) + "  " } + texts.suffix(1).map(inline)
            }
            return Self.ended(lines)
        }

        /// What closes the document: the blank line after a table that ends it.
        mutating func finish() -> String {
            defer { tableOpen = false }
            return tableOpen ? "\n" : ""
        }

        private static func ended(_ lines: [String]) -> String { lines.map { $0 + "\n" }.joined() }
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
        var lines = [row(header)]
        lines.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for cells in rows { lines.append(row(cells)) }
        return lines
    }

    /// A table row of escaped cells.
    fileprivate static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

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

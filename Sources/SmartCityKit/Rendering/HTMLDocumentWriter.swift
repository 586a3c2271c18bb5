/// Writes report blocks as one self-contained HTML page: the charts inline as SVG, the style
/// inline, no scripts and no external resources, a table of contents, and a print stylesheet
/// that prints cleanly on A4. Every text is escaped.
enum HTMLDocumentWriter {
    /// The page; `charts` gives the SVG text of each image path; `extraStyle` rules follow the report style.
    package static func write(_ blocks: [ReportBlock], language: String, charts: [String: String], extraStyle: String = "") -> String {
        var outline = Outline()
        for block in blocks { outline.add(block) }
        var stream = Stream(outline, language: language, charts: charts, extraStyle: extraStyle)
        return stream.start() + blocks.map { stream.text(of: $0) }.joined() + stream.finish()
    }

    /// What the page shows before its body: the title (the first level-1 heading) and the
    /// sections of the table of contents (the level-2 headings), found in a first pass over the blocks.
    struct Outline {
        private(set) var title: String?
        private(set) var sections: [String] = []

        init() {}

        mutating func add(_ block: ReportBlock) {
            guard case .heading(let level, let text) = block else { return }
            if level == 1, title == nil { title = text }
            if level == 2 { sections.append(text) }
        }
    }

    /// Writes the page in parts as its blocks are made (a long table in parts,
    /// `ReportBlock.moreRows`): `start()`, the texts of the blocks and `finish()`, in order, are
    /// what `write` makes of the same blocks, given the outline of those blocks.
    struct Stream {
        private let outline: Outline
        private let language: String
        private let charts: [String: String]
        private let extraStyle: String
        /// The body elements begun so far; the table of contents follows the first.
        private var elements = 0
        /// The alignments of the table whose closing tags wait for the next block.
        private var openTable: [ReportBlock.Alignment]?

        init(_ outline: Outline, language: String, charts: [String: String], extraStyle: String = "") {
            self.outline = outline
            self.language = language
            self.charts = charts
            self.extraStyle = extraStyle
        }

        /// The page's head, up to its body's first element.
        func start() -> String {
            """
            <!DOCTYPE html>
            <html lang="\(escapingMarkup(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escapingMarkup(outline.title ?? ""))</title>
            <style>
            \(style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)
            </style>
            </head>
            <body>
            <main>

            """
        }

        mutating func text(of block: ReportBlock) -> String {
            if case .moreRows(let rows) = block { return rows.map { row($0, alignments: openTable ?? []) }.joined() }
            var text = closingTable() + separator()
            switch block {
            case .heading(let level, let heading):
                if level == 2 {
                    text += "<h2 id=\"s\(sectionsBegun + 1)\">\(escapingMarkup(heading))</h2>"
                    sectionsBegun += 1
                } else {
                    text += "<h\(level)>\(escapingMarkup(heading))</h\(level)>"
                }
            case .paragraph(let paragraph): text += "<p>\(inline(paragraph))</p>"
            case .quote(let quote): text += "<blockquote><p>\(inline(quote))</p></blockquote>"
            case .bullets(let items): text += "<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
            case .table(let header, let alignments, let rows):
                // In a box of its own that scrolls sideways on a narrow screen; printed whole.
                text += "<div class=\"table\"><table><thead><tr>\(cells(header.map(InlineText.plain), alignments: alignments, tag: "th"))</tr></thead><tbody>"
                    + rows.map { row($0, alignments: alignments) }.joined()
                openTable = alignments
            case .moreRows: break
            case .image(let path, let description):
                let svg = charts[path].map(inlineSVG) ?? "<p>\(escapingMarkup(description))</p>"
                text += "<figure>\(svg)</figure>"
            case .lines(let texts): text += "<p>" + texts.map(inline).joined(separator: "<br>") + "</p>"
            case .footer(let texts): text += "<footer><p>" + texts.map(inline).joined(separator: "<br>") + "</p></footer>"
            }
            elements += 1
            return text
        }

        /// The rest of the page.
        mutating func finish() -> String {
            closingTable() + (elements == 0 ? "\n" + contents + "\n" : elements == 1 ? separator() : "") + "\n</main>\n</body>\n</html>\n"
        }

        private var sectionsBegun = 0

        /// What goes before the next element: nothing before the first, the table of contents
        /// after it, a line break between the others.
        private func separator() -> String {
            switch elements {
            case 0: ""
            case 1: "\n" + contents + "\n"
            default: "\n"
            }
        }

        private mutating func closingTable() -> String {
            guard openTable != nil else { return "" }
            openTable = nil
            return "</tbody></table></div>"
        }

        private var contents: String {
            "<nav><ol>" + outline.sections.enumerated().map { "<li><a href=\"#s\($0.offset + 1)\">\(escapingMarkup($0.element))</a></li>" }.joined() + "</ol></nav>"
        }

        private func row(_ row: [InlineText], alignments: [ReportBlock.Alignment]) -> String {
            "<tr>\(cells(row, alignments: alignments, tag: "td"))</tr>"
        }

        private func cells(_ row: [InlineText], alignments: [ReportBlock.Alignment], tag: String) -> String {
            row.enumerated().map { column, text in
                let right = column < alignments.count && alignments[column] == .right
                return "<\(tag)\(right ? " class=\"number\"" : "")>\(inline(text))</\(tag)>"
            }.joined()
        }
    }

    /// Escaped runs, each in the element of its style.
    private static func inline(_ text: InlineText) -> String {
        text.runs.map { run in
            switch run.style {
            case .plain: escapingMarkup(run.text)
            case .strong: "<strong>\(escapingMarkup(run.text))</strong>"
            case .emphasis: "<em>\(escapingMarkup(run.text))</em>"
            case .code: "<code>\(escapingMarkup(run.text))</code>"
            }
        }.joined()
    }

    /// The SVG document without its XML declaration, scaled to the page width.
    private static func inlineSVG(_ document: String) -> String {
        let start = document.range(of: "<svg")?.lowerBound ?? document.startIndex
        return String(document[start...]).replacingOccurrences(of: "<svg xmlns", with: "<svg style=\"max-width:100%;height:auto\" xmlns")
    }


    private static let style = """
        body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 0; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1.05rem; }
        div.table { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.85rem; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; } td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        nav ol { columns: 2; } blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid #ccc; color: #444; }
        code { font-size: 0.85em; word-break: break-all; } figure { margin: 1rem 0; page-break-inside: avoid; break-inside: avoid; }
        footer { margin-top: 2rem; border-top: 1px solid #ddd; font-size: 0.8rem; color: #555; }
        @media print {
          @page { size: A4; margin: 15mm; }
          main { max-width: none; padding: 0; } nav { display: none; } div.table { overflow: visible; }
          h2 { page-break-after: avoid; break-after: avoid; } table, figure { page-break-inside: avoid; break-inside: avoid; }
          body { font-size: 10pt; } table { font-size: 8pt; }
        }
        """
}

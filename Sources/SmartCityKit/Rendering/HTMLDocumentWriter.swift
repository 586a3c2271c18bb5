/// Writes report blocks as one self-contained HTML page: the charts inline as SVG, the style
/// inline, no scripts and no external resources, a table of contents, and a print stylesheet
/// that prints cleanly on A4. Every text is escaped.
enum HTMLDocumentWriter {
    /// The page; `charts` gives the SVG text of each image path; `extraStyle` rules follow the report style.
    package static func write(_ blocks: [ReportBlock], language: String, charts: [String: String], extraStyle: String = "") -> String {
        let title = blocks.lazy.compactMap { if case .heading(1, let text) = $0 { text } else { nil } }.first ?? ""
        var sections: [(id: String, title: String)] = []
        var body: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                if level == 2 {
                    let id = "s\(sections.count + 1)"
                    sections.append((id, text))
                    body.append("<h2 id=\"\(id)\">\(escapingMarkup(text))</h2>")
                } else {
                    body.append("<h\(level)>\(escapingMarkup(text))</h\(level)>")
                }
            case .paragraph(let text): body.append("<p>\(inline(text))</p>")
            case .quote(let text): body.append("<blockquote><p>\(inline(text))</p></blockquote>")
            case .bullets(let items): body.append("<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>")
            case .table(let header, let alignments, let rows):
                func cells(_ row: [InlineText], tag: String) -> String {
                    row.enumerated().map { column, text in
                        let right = column < alignments.count && alignments[column] == .right
                        return "<\(tag)\(right ? " class=\"number\"" : "")>\(inline(text))</\(tag)>"
                    }.joined()
                }
                // In a box of its own that scrolls sideways on a narrow screen; printed whole.
                body.append("<div class=\"table\"><table><thead><tr>\(cells(header.map(InlineText.plain), tag: "th"))</tr></thead><tbody>"
                    + rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }.joined() + "</tbody></table></div>")
            case .image(let path, let description):
                let svg = charts[path].map(inlineSVG) ?? "<p>\(escapingMarkup(description))</p>"
                body.append("<figure>\(svg)</figure>")
            case .lines(let texts): body.append("<p>" + texts.map(inline).joined(separator: "<br>") + "</p>")
            case .footer(let texts): body.append("<footer><p>" + texts.map(inline).joined(separator: "<br>") + "</p></footer>")
            }
        }
        let contents = "<nav><ol>" + sections.map { "<li><a href=\"#\($0.id)\">\(escapingMarkup($0.title))</a></li>" }.joined() + "</ol></nav>"
        return """
            <!DOCTYPE html>
            <html lang="\(escapingMarkup(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escapingMarkup(title))</title>
            <style>
            \(style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)
            </style>
            </head>
            <body>
            <main>
            \(body.first ?? "")
            \(contents)
            \(body.dropFirst().joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
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

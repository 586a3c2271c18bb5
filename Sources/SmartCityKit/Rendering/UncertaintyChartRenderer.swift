/// The uncertainty charts as SVG files in `charts/`, in the style of the comparison's: per
/// municipality the share of draws in each type as a stacked bar, and its nominal rank with the
/// 5-95 % interval of its ranks, both sorted by nominal rank. 700 units wide.
struct UncertaintyChartRenderer {
    static let folder = "charts"

    /// The files, by path relative to the reports, with their titles (the documents' image descriptions).
    func render(_ analysis: UncertaintyAnalysis, summary: CohortSummary, strings: ReportStrings,
                words: UncertaintyStrings) -> [(path: String, title: String, contents: String)] {
        let rows = analysis.rowsByRank
        return [("types.svg", words.typeChart, types(rows, analysis, summary: summary, strings: strings, words: words)),
                ("ranks.svg", words.rankChart, ranks(rows, strings: strings, words: words))].map { (FilePath.join(Self.folder, $0.0), $0.1, $0.2) }
    }

    private func label(_ row: UncertaintyAnalysis.Row) -> String { row.name.isEmpty ? row.id : row.name }

    private func types(_ rows: [UncertaintyAnalysis.Row], _ analysis: UncertaintyAnalysis, summary: CohortSummary,
                       strings: ReportStrings, words: UncertaintyStrings) -> String {
        let numbers = strings.numbers
        let top = 50.0, rowHeight = 22.0, left = 190.0, right = 640.0
        let bottom = top + Double(rows.count) * rowHeight
        var canvas = SVGCanvas(width: 700, height: bottom + 60, title: words.typeChart)
        canvas.text(words.typeChart, x: 20, y: 28, size: 16, bold: true)
        for step in stride(from: 0.0, through: 100, by: 20) {
            let x = left + (right - left) * step / 100
            canvas.line(x1: x, y1: top - 6, x2: x, y2: bottom, stroke: SVGCanvas.grid)
            canvas.text(numbers.plain(step) + " %", x: x, y: bottom + 14, size: 10, anchor: .middle, fill: SVGCanvas.muted)
        }
        for (line, row) in rows.enumerated() {
            let y = top + Double(line) * rowHeight
            canvas.text(label(row), x: left - 8, y: y + 15, size: 12, anchor: .end)
            var x = left
            for (band, share) in row.bandShares.enumerated() where share > 0 {
                let width = (right - left) * share
                canvas.rect(x: x, y: y + 3, width: width, height: rowHeight - 6, fill: SVGCanvas.bandColour(band),
                            stroke: band == row.nominalBand ? SVGCanvas.ink : nil)
                x += width
            }
        }
        var x = 20.0
        for (band, text) in UncertaintyDocument.bandLabels(analysis, summary: summary).enumerated() {
            canvas.rect(x: x, y: bottom + 30, width: 12, height: 12, fill: SVGCanvas.bandColour(band))
            canvas.text(text, x: x + 16, y: bottom + 40, size: 11)
            x += 28 + Double(text.count) * 6.5
        }
        return canvas.rendered()
    }

    private func ranks(_ rows: [UncertaintyAnalysis.Row], strings: ReportStrings, words: UncertaintyStrings) -> String {
        let top = 50.0, rowHeight = 22.0, left = 190.0, right = 640.0
        let bottom = top + Double(rows.count) * rowHeight
        let count = max(rows.count, 2)
        func position(_ rank: Int) -> Double { left + (right - left) * Double(rank - 1) / Double(count - 1) }
        var canvas = SVGCanvas(width: 700, height: bottom + 60, title: words.rankChart)
        canvas.text(words.rankChart, x: 20, y: 28, size: 16, bold: true)
        let step = max(1, count / 10)
        for rank in stride(from: 1, through: count, by: step) {
            canvas.line(x1: position(rank), y1: top - 6, x2: position(rank), y2: bottom, stroke: SVGCanvas.grid)
            canvas.text(String(rank), x: position(rank), y: bottom + 14, size: 10, anchor: .middle, fill: SVGCanvas.muted)
        }
        for (line, row) in rows.enumerated() {
            let y = top + Double(line) * rowHeight + rowHeight / 2
            canvas.text(label(row), x: left - 8, y: y + 4, size: 12, anchor: .end)
            if let low = row.rankP05, let high = row.rankP95 {
                canvas.line(x1: position(low), y1: y, x2: position(high), y2: y, stroke: SVGCanvas.palette[1], width: 6)
            }
            canvas.circle(x: position(row.nominalRank), y: y, radius: 5, fill: SVGCanvas.palette[4], stroke: SVGCanvas.ink)
        }
        canvas.circle(x: 26, y: bottom + 36, radius: 5, fill: SVGCanvas.palette[4], stroke: SVGCanvas.ink)
        canvas.text(words.nominalRank, x: 36, y: bottom + 40, size: 12)
        canvas.line(x1: 140, y1: bottom + 36, x2: 164, y2: bottom + 36, stroke: SVGCanvas.palette[1], width: 6)
        canvas.text(words.rankRange, x: 170, y: bottom + 40, size: 12)
        return canvas.rendered()
    }
}

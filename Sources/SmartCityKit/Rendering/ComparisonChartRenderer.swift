/// The comparison's charts as SVG files in `charts/`: the ranked totals coloured by maturity
/// type, a heat map municipality x dimension, the type distribution beside the reference shares,
/// a strip plot per dimension with the selected municipalities highlighted, a radar per charted
/// municipality (`Comparison.charted`) with the cohort and group medians, and a dumbbell chart of change between waves.
/// Labels are in the report language; 700 units wide, which prints well at A4 width.
///
/// A chart is read, not searched: a cohort of more than `drawnLimit` municipalities gets a ranking,
/// a heat map and a change chart of its top and bottom halves of `drawnLimit` rows and the selected
/// municipalities (`--select`) at their places, a line saying how many lie between, and a strip plot that draws
/// per dimension how many municipalities have each score instead of a dot for each. So the charts
/// are as large for a million municipalities as for fifty-one; every municipality is in the tables.
struct ComparisonChartRenderer {
    static let folder = "charts"
    /// The most municipalities a ranking, heat map or strip plot draws one by one.
    static let drawnLimit = Comparison.radarLimit

    /// The files, by path, and the Markdown lines that show them (paths relative to `comparison.md`).
    package func render(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> [(path: String, contents: String)] {
        var files = [
            ("ranking.svg", ranking(comparison, strings: strings, words: words)),
            ("heatmap.svg", heatMap(comparison, strings: strings, words: words)),
            ("distribution.svg", distribution(comparison, strings: strings, words: words)),
            ("strips.svg", strips(comparison, strings: strings, words: words)),
        ]
        if let waves = comparison.waves { files.append(("change.svg", change(waves, comparison, strings: strings, words: words))) }
        for (index, name) in zip(comparison.charted, Self.radarNames(comparison, of: comparison.charted)) {
            files.append((name, radar(index, comparison, strings: strings, words: words)))
        }
        return files.map { (FilePath.join(Self.folder, $0.0), $0.1) }
    }

    /// The radar file names of the municipalities at `positions`, in that order: `radar-<slug>.svg`,
    /// unique even when ids slug alike (named in input order, as `score` names the municipalities'
    /// reports). A name depends only on the ids before it: those after the last position are not
    /// named, and none is kept but those asked for.
    static func radarNames(_ comparison: Comparison, of positions: [Int]) -> [String] {
        guard let last = positions.max() else { return [] }
        let wanted = Set(positions)
        var names = UniqueFileNames(), found: [Int: String] = [:]
        for index in 0...last {
            let name = names.name(for: comparison.respondents.id(of: index), fallback: "municipality-\(index + 1)")
            if wanted.contains(index) { found[index] = "radar-\(name).svg" }
        }
        return positions.compactMap { found[$0] }
    }

    /// The colour of a band of the total, by its place among the bands (lowest first).
    private static func colour(ofBand id: String?, in comparison: Comparison) -> String {
        let ordered = comparison.summary.questionnaire.bands.bands.sorted { $0.lower < $1.lower }
        guard let id, let index = ordered.firstIndex(where: { $0.id == id }) else { return SVGCanvas.muted }
        return SVGCanvas.bandColour(index)
    }

    /// A chart's title: what it shows, the wave when the cohort is one of several, and how many municipalities.
    private func title(_ what: String, _ comparison: Comparison, count: Int? = nil, words: ComparisonStrings) -> String {
        words.chartTitle(what, comparison.waves?.waves.last.map(\.label).flatMap { $0.isEmpty ? nil : $0 }, count ?? comparison.respondents.count)
    }

    private func dimensionLabels(_ comparison: Comparison) -> [String] {
        comparison.summary.questionnaire.dimensions.map { comparison.summary.text($0.label) }
    }

    /// The rows a ranking, heat map or change chart draws of `rows` (in its order): every one of
    /// at most `drawnLimit`, else the first and last `drawnLimit / 2` and the highlighted ones, nil
    /// for each run of rows left out between them, with its length.
    static func drawnRows<Rows: Collection>(_ rows: Rows, highlighted: (Rows.Element) -> Bool) -> [(row: Rows.Element?, omitted: Int)] {
        guard rows.count > drawnLimit else { return rows.map { ($0, 0) } }
        var drawn: [(row: Rows.Element?, omitted: Int)] = []
        var omitted = 0
        for (line, row) in rows.enumerated() {
            if line < drawnLimit / 2 || line >= rows.count - drawnLimit / 2 || highlighted(row) {
                if omitted > 0 { drawn.append((nil, omitted)) }
                omitted = 0
                drawn.append((row, 0))
            } else {
                omitted += 1
            }
        }
        return drawn
    }

    /// The municipalities (positions in `respondents`, in `order`) a ranking or heat map draws:
    /// see `drawnRows`; the selected ones are highlighted when some were named.
    static func drawnRows(_ order: CompactIntegers.Positions, _ comparison: Comparison) -> [(row: Int?, omitted: Int)] {
        let highlighted = comparison.selected.count < comparison.respondents.count ? Set(comparison.selected) : []
        return drawnRows(order) { highlighted.contains($0) }
    }

    /// A horizontal 0-100 axis with grid lines every 20.
    private func axis(_ canvas: inout SVGCanvas, left: Double, right: Double, top: Double, bottom: Double, numbers: ReportNumbers) {
        for step in stride(from: 0.0, through: 100, by: 20) {
            let x = left + (right - left) * step / 100
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: SVGCanvas.grid)
            canvas.text(numbers.plain(step), x: x, y: bottom + 14, size: 10, anchor: .middle, fill: SVGCanvas.muted)
        }
    }

    private func ranking(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let rows = Self.drawnRows(comparison.orderByScore, comparison), numbers = strings.numbers
        let top = 50.0, rowHeight = 22.0, left = 190.0, right = 640.0
        let bands = comparison.summary.questionnaire.bands.bands.sorted { $0.lower < $1.lower }
        let height = top + Double(rows.count) * rowHeight + 60 + 18
        let title = title(words.rankingChart, comparison, words: words)
        var canvas = SVGCanvas(width: 700, height: height, title: title)
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        let bottom = top + Double(rows.count) * rowHeight
        axis(&canvas, left: left, right: right, top: top - 6, bottom: bottom, numbers: numbers)
        for (line, row) in rows.enumerated() {
            let y = top + Double(line) * rowHeight
            guard let index = row.row else {
                canvas.text(words.notDrawn(row.omitted), x: left, y: y + 15, size: 11, fill: SVGCanvas.muted)
                continue
            }
            let respondent = comparison.respondents[index]
            let rank = comparison.standings.rank(of: index, on: 0).map { "\($0). " } ?? ""
            canvas.text(rank + respondent.name, x: left - 8, y: y + 15, size: 12, anchor: .end, bold: comparison.selected.count < comparison.respondents.count && comparison.isSelected[index])
            guard let total = respondent.total else { continue }
            canvas.rect(x: left, y: y + 3, width: (right - left) * total.doubleValue / 100, height: rowHeight - 6, fill: Self.colour(ofBand: respondent.bandID, in: comparison))
            canvas.text(numbers.score(total), x: left + (right - left) * total.doubleValue / 100 + 4, y: y + 15, size: 11)
        }
        var x = 20.0
        for band in bands {
            canvas.rect(x: x, y: bottom + 30, width: 12, height: 12, fill: Self.colour(ofBand: band.id, in: comparison))
            let label = comparison.summary.text(band.label)
            canvas.text(label, x: x + 16, y: bottom + 40, size: 11)
            x += 28 + Double(label.count) * 6.5
        }
        return canvas.rendered()
    }

    /// Sequential blues (light for 0, dark for 100), readable without colour by the number in each cell.
    private static func blue(_ value: Double) -> (fill: String, text: String) {
        let stops: [(Double, Double, Double)] = [(247, 251, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107)]
        let position = min(max(value, 0), 100) / 100 * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2), fraction = position - Double(lower)
        let (a, b) = (stops[lower], stops[lower + 1])
        func channel(_ x: Double, _ y: Double) -> String {
            let value = Int((x + (y - x) * fraction).rounded())
            let hex = String(value, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }
        return ("#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2), value > 55 ? "#FFFFFF" : SVGCanvas.ink)
    }

    private func heatMap(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let labels = dimensionLabels(comparison), rows = Self.drawnRows(comparison.order, comparison)
        let left = 170.0, top = 150.0, cellHeight = 22.0
        let cellWidth = min(80, (590 - left) / Double(max(labels.count, 1)))
        let title = title(words.heatMap, comparison, words: words)
        var canvas = SVGCanvas(width: 700, height: top + Double(rows.count) * cellHeight + 20, title: title)
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        for (column, label) in labels.enumerated() {
            canvas.text(label, x: left + (Double(column) + 0.5) * cellWidth, y: top - 8, size: 11, rotation: -35)
        }
        for (line, row) in rows.enumerated() {
            let y = top + Double(line) * cellHeight
            guard let index = row.row else {
                canvas.text(words.notDrawn(row.omitted), x: left, y: y + 15, size: 11, fill: SVGCanvas.muted)
                continue
            }
            canvas.text(comparison.respondents[index].name, x: left - 8, y: y + 15, size: 12, anchor: .end)
            for column in labels.indices {
                let x = left + Double(column) * cellWidth
                guard let score = comparison.respondents[index].dimensionScores[column] else {
                    canvas.rect(x: x, y: y, width: cellWidth - 2, height: cellHeight - 2, fill: "#FFFFFF", stroke: SVGCanvas.grid)
                    canvas.text("—", x: x + cellWidth / 2, y: y + 15, size: 11, anchor: .middle, fill: SVGCanvas.muted)
                    continue
                }
                let colours = Self.blue(score.doubleValue)
                canvas.rect(x: x, y: y, width: cellWidth - 2, height: cellHeight - 2, fill: colours.fill)
                canvas.text(strings.numbers.score(score), x: x + cellWidth / 2, y: y + 15, size: 11, anchor: .middle, fill: colours.text)
            }
        }
        return canvas.rendered()
    }

    private func distribution(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let summary = comparison.summary, numbers = strings.numbers
        let bands = summary.questionnaire.bands.bands.sorted { $0.lower < $1.lower }
        // Counted by band code, not through a municipality made whole for each.
        let respondents = comparison.respondents
        var bandCounts: [String: Int] = [:]
        for index in respondents.indices { if let band = respondents.bandID(of: index) { bandCounts[band, default: 0] += 1 } }
        let counted = bandCounts.values.reduce(0, +)
        let left = 70.0, bottom = 330.0, top = 70.0
        let groupWidth = (660 - left) / Double(max(bands.count, 1))
        let title = title(words.distributionChart, comparison, words: words)
        var canvas = SVGCanvas(width: 700, height: 400, title: title)
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        for step in stride(from: 0.0, through: 100, by: 20) {
            let y = bottom - (bottom - top) * step / 100
            canvas.line(x1: left, y1: y, x2: 660, y2: y, stroke: SVGCanvas.grid)
            canvas.text(numbers.plain(step) + " %", x: left - 6, y: y + 4, size: 10, anchor: .end, fill: SVGCanvas.muted)
        }
        for (position, band) in bands.enumerated() {
            let share = counted > 0 ? Double(bandCounts[band.id] ?? 0) / Double(counted) : 0
            let x = left + Double(position) * groupWidth + groupWidth * 0.15, barWidth = groupWidth * 0.33
            for (offset, value, fill) in [(0.0, share as Double?, SVGCanvas.palette[4]), (barWidth + 2, band.referenceShare, SVGCanvas.muted)] {
                guard let value else { continue }
                let barHeight = (bottom - top) * value
                canvas.rect(x: x + offset, y: bottom - barHeight, width: barWidth, height: barHeight, fill: fill)
                canvas.text(numbers.percent(value, digits: 0), x: x + offset + barWidth / 2, y: bottom - barHeight - 4, size: 10, anchor: .middle)
            }
            canvas.text(summary.text(band.label), x: x + barWidth, y: bottom + 16, size: 12, anchor: .middle)
        }
        canvas.rect(x: left, y: 360, width: 12, height: 12, fill: SVGCanvas.palette[4])
        canvas.text(words.cohortShare, x: left + 16, y: 370, size: 11)
        canvas.rect(x: left + 120, y: 360, width: 12, height: 12, fill: SVGCanvas.muted)
        canvas.text(strings.referenceShare, x: left + 136, y: 370, size: 11)
        return canvas.rendered()
    }

    private func strips(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let labels = [strings.totalScore] + dimensionLabels(comparison)
        let left = 190.0, right = 640.0, top = 60.0, rowHeight = 34.0
        let highlighted = comparison.selected.count < comparison.respondents.count ? Array(comparison.selected) : []
        let dense = comparison.respondents.count > Self.drawnLimit
        let legendHeight = Double(highlighted.count + (highlighted.isEmpty || dense ? 0 : 1)) * 16 + 10 + (dense ? 16 : 0)
        let title = title(words.stripChart, comparison, words: words)
        var canvas = SVGCanvas(width: 700, height: top + Double(labels.count) * rowHeight + 30 + legendHeight, title: title)
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        let bottom = top + Double(labels.count) * rowHeight
        axis(&canvas, left: left, right: right, top: top - 6, bottom: bottom, numbers: strings.numbers)
        for (row, label) in labels.enumerated() {
            let y = top + Double(row) * rowHeight + rowHeight / 2
            canvas.text(label, x: left - 8, y: y + 4, size: 12, anchor: .end)
            canvas.line(x1: left, y1: y, x2: right, y2: y, stroke: SVGCanvas.grid)
            if dense {
                density(&canvas, comparison, measureAt: row, left: left, right: right, y: y, height: rowHeight - 8)
            } else {
                for index in comparison.respondents.indices where highlighted.isEmpty || !comparison.isSelected[index] {
                    guard let score = comparison.respondents.score(of: index, at: row) else { continue }
                    canvas.circle(x: left + (right - left) * score.doubleValue / 100, y: y, radius: 4, fill: SVGCanvas.grid, stroke: SVGCanvas.muted)
                }
            }
            for (position, index) in highlighted.enumerated() {
                guard let score = comparison.respondents[index].score(comparison.measures[row]) else { continue }
                canvas.circle(x: left + (right - left) * score.doubleValue / 100, y: y, radius: 6, fill: SVGCanvas.palette[position % 7], stroke: SVGCanvas.ink)
            }
        }
        for (position, index) in highlighted.enumerated() {
            let y = bottom + 34 + Double(position) * 16
            canvas.circle(x: 26, y: y - 4, radius: 6, fill: SVGCanvas.palette[position % 7], stroke: SVGCanvas.ink)
            canvas.text(comparison.respondents[index].name, x: 38, y: y, size: 12)
        }
        if dense {
            canvas.text(words.densityNote, x: 20, y: bottom + 34 + Double(highlighted.count) * 16, size: 11, fill: SVGCanvas.muted)
        } else if !highlighted.isEmpty {
            // The grey dots: the municipalities not highlighted.
            let y = bottom + 34 + Double(highlighted.count) * 16
            canvas.circle(x: 26, y: y - 4, radius: 4, fill: SVGCanvas.grid, stroke: SVGCanvas.muted)
            canvas.text(words.cohortShare, x: 38, y: y, size: 12)
        }
        return canvas.rendered()
    }

    /// How many municipalities have each score on a measure, as grey bars centred on the strip
    /// at `y`: one bar per point of the 0-100 scale (100 with 99), the most frequent `height` tall.
    private func density(_ canvas: inout SVGCanvas, _ comparison: Comparison, measureAt position: Int, left: Double, right: Double,
                         y: Double, height: Double) {
        var counts = [Int](repeating: 0, count: 100)
        let respondents = comparison.respondents
        for index in respondents.indices {
            guard let score = respondents.score(of: index, at: position)?.doubleValue else { continue }
            counts[min(max(Int(score), 0), 99)] += 1
        }
        guard let most = counts.max(), most > 0 else { return }
        let width = (right - left) / 100
        for (point, count) in counts.enumerated() where count > 0 {
            let barHeight = max(height * Double(count) / Double(most), 1)
            canvas.rect(x: left + Double(point) * width, y: y - barHeight / 2, width: width, height: barHeight, fill: SVGCanvas.muted)
        }
    }

    private func radar(_ index: Int, _ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let respondent = comparison.respondents[index]
        let dimensions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        var series = [
            RadarChart.Series(name: respondent.name, values: respondent.dimensionScores.map { $0?.doubleValue }, colour: SVGCanvas.palette[4], dashed: false),
        ]
        // No median of a cohort too small to show one without singling out its members (of one: the municipality itself).
        if comparison.respondents.count >= comparison.minimumGroupSize {
            series.append(RadarChart.Series(name: words.cohortMedian, values: dimensions.map { comparison.measureSummaries[$0].median?.doubleValue },
                                            colour: SVGCanvas.palette[5], dashed: true))
        }
        if let group = comparison.groupOfRespondent[index].map({ comparison.groups[$0] }), group.isShown {
            series.append(RadarChart.Series(name: "\(strings.median) \(comparison.grouping?.label(ofParts: group.parts, in: comparison.summary) ?? group.label)", values: dimensions.map { group.medians[$0]?.doubleValue },
                                            colour: SVGCanvas.palette[2], dashed: true))
        }
        return RadarChart.render(title: respondent.name, subtitle: title(words.heatMap, comparison, words: words), axes: dimensionLabels(comparison),
                                 series: series, numbers: strings.numbers)
    }

    /// The change chart's colours of a current score as high as the earlier one or higher, and of one lower.
    private static let rose = SVGCanvas.palette[2], fell = SVGCanvas.palette[5]

    private func change(_ waves: WaveComparison, _ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let selectedIDs = comparison.selected.count < comparison.respondents.count ? Set(comparison.selected.map { comparison.respondents[$0].id }) : []
        let changes = Self.drawnRows(waves.changes.filter { $0.before[0] != nil && $0.after[0] != nil }
            .sorted { ($0.after[0] ?? .zero) > ($1.after[0] ?? .zero) }) { selectedIDs.contains($0.id) }
        let left = 190.0, right = 640.0, top = 60.0, rowHeight = 22.0
        let bottom = top + Double(changes.count) * rowHeight
        let title = title(words.changeChart, comparison, count: changes.count, words: words)
        var canvas = SVGCanvas(width: 700, height: bottom + 60, title: title)
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        axis(&canvas, left: left, right: right, top: top - 6, bottom: bottom, numbers: strings.numbers)
        for (line, row) in changes.enumerated() {
            let y = top + Double(line) * rowHeight + rowHeight / 2
            guard let change = row.row else {
                canvas.text(words.notDrawn(row.omitted), x: left, y: y + 4, size: 11, fill: SVGCanvas.muted)
                continue
            }
            guard let before = change.before[0]?.doubleValue, let after = change.after[0]?.doubleValue else { continue }
            canvas.text(change.name, x: left - 8, y: y + 4, size: 12, anchor: .end)
            let x1 = left + (right - left) * before / 100, x2 = left + (right - left) * after / 100
            canvas.line(x1: x1, y1: y, x2: x2, y2: y, stroke: SVGCanvas.muted, width: 3)
            canvas.circle(x: x1, y: y, radius: 5, fill: "#FFFFFF", stroke: SVGCanvas.ink)
            canvas.circle(x: x2, y: y, radius: 5, fill: after >= before ? Self.rose : Self.fell, stroke: SVGCanvas.ink)
            // The change, beyond the right-hand dot.
            if let difference = change.change[0] {
                canvas.text(ComparisonDocument.signed(difference, strings.numbers), x: max(x1, x2) + 10, y: y + 4, size: 10, fill: SVGCanvas.muted)
            }
        }
        let labels = waves.waves.map(\.label)
        let current = labels.last ?? ""
        var x = 26.0
        for (fill, label) in [("#FFFFFF", labels.count >= 2 ? labels[labels.count - 2] : ""), (Self.rose, "\(current): \(words.rose)"),
                              (Self.fell, "\(current): \(words.fell)")] {
            canvas.circle(x: x, y: bottom + 36, radius: 5, fill: fill, stroke: SVGCanvas.ink)
            canvas.text(label, x: x + 10, y: bottom + 40, size: 12)
            x += 34 + Double(label.count) * 7
        }
        return canvas.rendered()
    }
}

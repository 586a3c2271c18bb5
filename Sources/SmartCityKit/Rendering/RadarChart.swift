import Foundation

/// A radar (spider) chart of dimension scores 0-100: one axis per dimension, one outline per
/// series (a municipality, the cohort median, a peer group's median), with a legend.
enum RadarChart {
    /// One outline; a nil value (not scored) is drawn at the centre.
    struct Series {
        var name: String
        var values: [Double?]
        var colour: String
        var dashed: Bool
    }

    /// The chart; `subtitle` says what, when and how many under the title (the municipality's name).
    package static func render(title: String, subtitle: String, axes: [String], series: [Series], numbers: ReportNumbers) -> String {
        let width = 700.0, height = 520.0, centre = (x: 350.0, y: 270.0), radius = 170.0
        var canvas = SVGCanvas(width: width, height: height, title: "\(title) — \(subtitle)")
        canvas.text(title, x: 20, y: 28, size: 16, bold: true)
        canvas.text(subtitle, x: 20, y: 48, size: 12, fill: SVGCanvas.muted)
        let count = max(axes.count, 3)
        /// Where a value lies on an axis; labels go beyond 100 (`clamped` false), scores are kept to 0-100.
        func point(_ axis: Int, _ value: Double, clamped: Bool = true) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
            let distance = radius * (clamped ? min(max(value, 0), 100) : value) / 100
            return (centre.x + distance * cos(angle), centre.y + distance * sin(angle))
        }
        for ring in stride(from: 20.0, through: 100, by: 20) {
            canvas.polygon((0..<count).map { point($0, ring) }, stroke: SVGCanvas.grid)
            canvas.text(numbers.plain(ring), x: centre.x + 4, y: centre.y - radius * ring / 100 + 11, size: 9, fill: SVGCanvas.muted)
        }
        for (axis, label) in axes.enumerated() {
            let end = point(axis, 100), outside = point(axis, 116, clamped: false)
            canvas.line(x1: centre.x, y1: centre.y, x2: end.x, y2: end.y, stroke: SVGCanvas.grid)
            let anchor: SVGCanvas.Anchor = abs(outside.x - centre.x) < 10 ? .middle : (outside.x < centre.x ? .end : .start)
            canvas.text(label, x: outside.x, y: outside.y + 4, size: 12, anchor: anchor)
        }
        for line in series {
            canvas.polygon(line.values.indices.map { point($0, line.values[$0] ?? 0) }, stroke: line.colour,
                           fill: line.dashed ? "none" : line.colour, opacity: line.dashed ? 1 : 0.15, dashed: line.dashed)
        }
        for (index, line) in series.enumerated() {
            let y = height - 24 - Double(series.count - 1 - index) * 18
            canvas.line(x1: 20, y1: y - 4, x2: 44, y2: y - 4, stroke: line.colour, width: 3, dashed: line.dashed)
            canvas.text(line.name, x: 52, y: y, size: 12)
        }
        return canvas.rendered()
    }
}

/// A small SVG 1.1 writer: shapes and text in user units, every text and attribute value escaped,
/// coordinates written with at most two decimals and a `.` whatever the language. The charts
/// draw on it; it knows nothing of scores.
struct SVGCanvas {
    let width: Double
    let height: Double
    private var elements: [String] = []

    /// The colour-blind-safe palette of Okabe and Ito (2008), without black.
    static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    static let ink = "#222222", grid = "#DDDDDD", muted = "#888888"

    /// The colour of a band by its place among the bands, lowest first (red for the lowest, blue for the higher ones).
    static func bandColour(_ position: Int) -> String { [palette[5], palette[0], palette[3], palette[1], palette[4], palette[2], palette[6]][position % 7] }

    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        elements.append("<title>\(escapingMarkup(title))</title>")
        elements.append("<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#FFFFFF\"/>")
    }

    /// Text anchors, as SVG names them.
    enum Anchor: String { case start, middle, end }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        elements.append("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" height=\"\(Self.number(max(height, 0)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        elements.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
            + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil) {
        elements.append("<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>")
    }

    /// A closed outline through the points, filled translucently.
    mutating func polygon(_ points: [(x: Double, y: Double)], stroke: String, fill: String = "none", opacity: Double = 1, dashed: Bool = false) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        elements.append("<polygon points=\"\(list)\" fill=\"\(fill)\" fill-opacity=\"\(Self.number(opacity))\" stroke=\"\(stroke)\" stroke-width=\"2\""
            + (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>")
    }

    /// Text at a point; `rotation` turns it about that point, in degrees (negative: upwards).
    package mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, fill: String = SVGCanvas.ink,
                       bold: Bool = false, rotation: Double = 0) {
        elements.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\""
            + (bold ? " font-weight=\"bold\"" : "")
            + (rotation != 0 ? " transform=\"rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))\"" : "")
            + ">\(escapingMarkup(content))</text>")
    }

    /// The document, with a font stack that every system has.
    func rendered() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + elements.joined(separator: "\n") + "\n</svg>\n"
    }

    /// A coordinate: two decimals at most, `.` as the decimal point.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = NumberFormat.fixed(value, digits: 2)
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }
}

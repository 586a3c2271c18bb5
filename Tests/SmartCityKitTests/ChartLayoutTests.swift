import Foundation
import XCTest
@testable import SmartCityKit

/// Charts that explain themselves: titles with what, when and how many, every colour in a
/// legend, and no label drawn over another.
final class ChartLayoutTests: XCTestCase {
    /// The box a text of the SVG takes, estimated from its font size and number of characters
    /// (Helvetica averages about 0.55 em a character, bold 0.6; ascent 0.75 em, descent 0.2 em).
    struct TextBox: CustomStringConvertible {
        var text: String
        var left: Double, top: Double, right: Double, bottom: Double

        func intersects(_ other: TextBox) -> Bool {
            left < other.right - 0.5 && other.left < right - 0.5 && top < other.bottom - 0.5 && other.top < bottom - 0.5
        }

        var description: String { "\"\(text)\" [\(Int(left))-\(Int(right)) x \(Int(top))-\(Int(bottom))]" }
    }

    /// The boxes of the SVG's horizontal texts (rotated ones, the heat map's column labels, are left out).
    static func textBoxes(_ svg: String) -> [TextBox] {
        let pattern = try! NSRegularExpression(pattern: #"<text x="([-0-9.]+)" y="([-0-9.]+)" font-size="([0-9.]+)" text-anchor="(\w+)"([^>]*)>([^<]*)</text>"#)
        let text = svg as NSString
        return pattern.matches(in: svg, range: NSRange(location: 0, length: text.length)).compactMap { match in
            func group(_ index: Int) -> String { text.substring(with: match.range(at: index)) }
            let attributes = group(5)
            guard !attributes.contains("transform") else { return nil }
            let content = group(6).replacingOccurrences(of: #"&[a-z]+;|&#[0-9]+;"#, with: "x", options: .regularExpression)
            let (x, y, size) = (Double(group(1))!, Double(group(2))!, Double(group(3))!)
            let width = Double(content.count) * size * (attributes.contains("bold") ? 0.6 : 0.55)
            let left = switch group(4) { case "middle": x - width / 2; case "end": x - width; default: x }
            return TextBox(text: content, left: left, top: y - size * 0.75, right: left + width, bottom: y + size * 0.2)
        }
    }

    /// The pairs of texts whose boxes intersect.
    static func overlaps(_ svg: String) -> [String] {
        let boxes = textBoxes(svg)
        var found: [String] = []
        for first in boxes.indices {
            for second in boxes.indices where second > first && boxes[first].intersects(boxes[second]) {
                found.append("\(boxes[first]) and \(boxes[second])")
            }
        }
        return found
    }

    /// The comparison of the sample's two waves (2023 and 2024), peer groups by area, two municipalities selected.
    private func sampleComparison() throws -> Comparison {
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        settings.grouping = PeerGrouping(column: "area")
        settings.selection = ["polderveld", "scheldestad"]
        return try XCTUnwrap(ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "nl",
            options: ReadingOptions(), settings: settings) { _ in }.value)
    }

    func testTheBoxesOfOverlappingTextsIntersectAndOthersDoNot() {
        var canvas = SVGCanvas(width: 200, height: 100, title: "t")
        canvas.text("100", x: 50, y: 50, size: 9)
        canvas.text("Beleid", x: 52, y: 54, size: 12, anchor: .middle)
        canvas.text("far away", x: 150, y: 90, size: 12)
        canvas.text("turned", x: 50, y: 50, size: 12, rotation: -35)
        let svg = canvas.rendered()
        XCTAssertEqual(Self.textBoxes(svg).count, 3, "the rotated text is left out")
        XCTAssertEqual(Self.overlaps(svg).count, 1, Self.overlaps(svg).joined(separator: "\n"))
    }

    func testNoLabelOfAnyComparisonChartOverlapsAnother() throws {
        let comparison = try sampleComparison()
        for strings in [ReportStrings.english, .dutch, .french] {
            let words = try XCTUnwrap(ComparisonStrings.forLanguage(strings.languageCode))
            for chart in ComparisonChartRenderer().render(comparison, strings: strings, words: words) {
                XCTAssertGreaterThan(Self.textBoxes(chart.contents).count, 5, chart.path)
                XCTAssertEqual(Self.overlaps(chart.contents), [], "\(chart.path) in \(strings.languageCode)")
            }
        }
    }

    func testNoLabelOfAMunicipalitysRadarOverlapsAnother() throws {
        for (path, count) in [(Fixtures.iMonitorFile("sample-responses.csv"), 12)] {
            let run = ScoringRun.score(questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
                                       language: "nl", options: ReadingOptions()) { _ in }
            var radars: [String] = []
            try run.forEachRespondent(namingFiles: true) { radars.append(SVGReportRenderer.radar($0, summary: run.summary, strings: .dutch)) }
            XCTAssertEqual(radars.count, count)
            for radar in radars { XCTAssertEqual(Self.overlaps(radar), [], radar) }
            XCTAssertTrue(radars[0].contains(">Scores per dimensie, 12 gemeenten</text>"), radars[0])
        }
    }

    /// "Total score, ranked, 2024, 12 municipalities": what, the wave, how many.
    func testChartTitlesSayWhatWhenAndHowMany() throws {
        let comparison = try sampleComparison()
        let charts = ComparisonChartRenderer().render(comparison, strings: .english, words: .english)
        let count = comparison.respondents.count
        let ranking = try XCTUnwrap(charts.first { $0.path == "charts/ranking.svg" }?.contents)
        XCTAssertTrue(ranking.contains(">Total score, ranked, 2024, \(count) municipalities</text>"), ranking)
        let radar = try XCTUnwrap(charts.first { $0.path == "charts/radar-polderveld.svg" }?.contents)
        XCTAssertTrue(radar.contains(">Scores per dimension, 2024, \(count) municipalities</text>"), radar)
        XCTAssertEqual(ComparisonStrings.dutch.chartTitle("Totaalscore", nil, 1), "Totaalscore, 1 gemeente")
        XCTAssertEqual(ComparisonStrings.french.chartTitle("Score total", "2025", 3), "Score total, 2025, 3 communes")
    }

    /// Each colour of the change chart's dots is in its legend, and each change is written beside its dots.
    func testTheChangeChartExplainsItsColoursAndShowsEachChange() throws {
        let comparison = try sampleComparison()
        let change = try XCTUnwrap(ComparisonChartRenderer().render(comparison, strings: .english, words: .english)
            .first { $0.path == "charts/change.svg" }?.contents)
        let waves = try XCTUnwrap(comparison.waves)
        let changes = waves.changes.compactMap { $0.change[0] }
        XCTAssertTrue(changes.contains { $0 < .zero } && changes.contains { $0 > .zero }, "the sample has rises and falls")
        for difference in changes { XCTAssertTrue(change.contains(">\(ComparisonDocument.signed(difference, ReportStrings.english.numbers))</text>"), "\(difference)") }
        XCTAssertTrue(change.contains(">2024: same or higher</text>") && change.contains(">2024: lower</text>") && change.contains(">2023</text>"), change)
        let fills = Set(change.matches(of: #/<circle [^>]*fill="(#[0-9A-F]+)"/#).map { String($0.1) })
        XCTAssertEqual(fills, ["#FFFFFF", SVGCanvas.palette[2], SVGCanvas.palette[5]])
        for fill in fills {
            XCTAssertGreaterThan(change.components(separatedBy: "fill=\"\(fill)\" stroke").count - 1, 1, "\(fill) drawn and in the legend")
        }
    }

    /// A wide table scrolls sideways in a box of its own on screen, not the whole page; printed, it is whole.
    func testWideTablesScrollInTheirBoxOnScreenAndPrintWhole() {
        let page = HTMLDocumentWriter.write([.heading(1, "t"), .plainTable(header: ["a", "b"], alignments: [.left, .right], rows: [["x", "1"]])],
                                            language: "en", charts: [:])
        XCTAssertTrue(page.contains("<div class=\"table\"><table><thead><tr><th>a</th><th class=\"number\">b</th></tr></thead>"), page)
        XCTAssertTrue(page.contains("</table></div>"))
        XCTAssertTrue(page.contains("div.table { overflow-x: auto; max-width: 100%; }"))
        let print = page.components(separatedBy: "@media print").last ?? ""
        XCTAssertTrue(print.contains("div.table { overflow: visible; }"), print)
    }
}

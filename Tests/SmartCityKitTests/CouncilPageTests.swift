import Foundation
import XCTest
@testable import SmartCityKit

/// The one-page council summary of each municipality (`score --format html`):
/// `municipalities/<id>.council.html`.
final class CouncilPageTests: XCTestCase {
    /// The sample's 2024 wave in Dutch, with the 2023 wave as the previous assessment: every
    /// municipality's council page, by file name.
    private func councilPages() throws -> [String: String] {
        let questionnaire = Fixtures.iMonitor
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
                             responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "nl",
                             options: ReadingOptions(), settings: settings).score { _ in }
        let previous = AssessmentsByID.score(questionnaire: questionnaire, paths: [Fixtures.iMonitorFile("sample-responses.csv")],
                                             options: ReadingOptions(), keeping: .scoresAndAnswers) { _ in }
        let output = MemoryReportOutput()
        try ReportGeneration.render(run, formats: [.html], strings: .dutch, output: output, previous: previous)
        return Dictionary(uniqueKeysWithValues: output.files.filter { $0.relativePath.hasSuffix(".council.html") }.map { ($0.relativePath, $0.contents) })
    }

    func testTheCouncilPageHasTheHeadlineTheRadarTheThreeBiggestGainsAndTheChange() throws {
        let pages = try councilPages()
        XCTAssertEqual(pages.count, 12)
        let page = try XCTUnwrap(pages["municipalities/scheldestad.council.html"])
        XCTAssertTrue(page.contains("<h1>Scheldestad — samenvatting voor de gemeenteraad</h1>"), page)
        XCTAssertTrue(page.contains("<p><strong>Totaalscore: 81,25 / 100</strong> · <strong>Maturiteit: Type 5</strong></p>"), page)
        XCTAssertTrue(page.contains("<figure><svg"))
        let gains = try XCTUnwrap(page.components(separatedBy: "De drie grootste winsten</h2>").last?.components(separatedBy: "</table>").first)
        XCTAssertEqual(gains.components(separatedBy: "<tr>").count - 1, 4, "a header and three gains")
        XCTAssertTrue(gains.contains("<td>PM04 Heeft elk belangrijk proces een aangewezen proceseigenaar?</td><td>nee</td><td>ja</td><td class=\"number\">+2,40</td>"), gains)
        XCTAssertTrue(page.contains("<td><strong>Totaalscore</strong></td><td class=\"number\">79,18</td><td class=\"number\">81,25</td><td class=\"number\">+2,07</td>"), page)
        XCTAssertTrue(page.contains("Maturiteit: Type 4 → Type 5"))
        // Beekveld took no part in 2023: the page says so instead of a table.
        XCTAssertTrue(try XCTUnwrap(pages["municipalities/beekveld.council.html"]).contains("Geen vorige meting van deze gemeente"))
    }

    /// Printed by headless Chromium (skipped without it), each council page is one A4 page.
    func testEveryCouncilPagePrintsOnOneA4Page() throws {
        guard let chromium = ExternalProgram.find(["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) else {
            throw XCTSkip("Chromium is not installed (apt-get install chromium); the council pages' printing is not checked")
        }
        let folder = Fixtures.temporaryDirectory()
        for (path, page) in try councilPages().sorted(by: { $0.key < $1.key }) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let html = folder.appendingPathComponent(name), pdf = folder.appendingPathComponent(name + ".pdf")
            try Data(page.utf8).write(to: html)
            let (status, errors) = try ExternalProgram.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
                                                            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.path], temporaryFolder: folder)
            XCTAssertEqual(status, 0, "\(name): \(errors)")
            guard FileManager.default.fileExists(atPath: pdf.path) else { return XCTFail("\(name) was not printed: \(errors)") }
            let pages = try PDFPages(Data(contentsOf: pdf))
            XCTAssertEqual(pages.count, 1, name)
            for size in pages.mediaBoxes { XCTAssertEqual(size.width, 595, accuracy: 2); XCTAssertEqual(size.height, 842, accuracy: 2) }
        }
    }

    /// `compare --format html` of the sample's two waves, Scheldestad selected: `council.html`.
    private func comparisonCouncilPage() throws -> String {
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        settings.selection = ["scheldestad"]
        let comparison = try XCTUnwrap(ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en", options: ReadingOptions(), settings: settings) { _ in }.value)
        let output = MemoryReportOutput()
        try ComparisonRun.write(comparison, formats: [.html], strings: .english, output: output)
        return try XCTUnwrap(output.files.first { $0.relativePath == ComparisonCouncilDocument.htmlFile }?.contents)
    }

    func testTheComparisonsCouncilPageHasTheHeadlineTheRadarTheBiggestRisesAndTheMeanChange() throws {
        let page = try comparisonCouncilPage()
        XCTAssertTrue(page.contains("<p><strong>Total score, 2024, 12 municipalities</strong> · <strong>Median: 46.06 / 100</strong></p>"), page)
        XCTAssertTrue(page.contains("<title>Scheldestad — Scores per dimension, 2024, 12 municipalities</title>"), "the selected municipality's radar")
        XCTAssertTrue(page.contains("<tbody><tr><td>Kempenrode</td><td class=\"number\">37.74</td><td class=\"number\">41.68</td><td class=\"number\">+3.94</td></tr>"
            + "<tr><td>IJzerlo</td><td class=\"number\">18.48</td><td class=\"number\">20.95</td><td class=\"number\">+2.47</td></tr>"
            + "<tr><td>Scheldestad</td>"), page)
        XCTAssertTrue(page.contains("<h2 id=\"s2\">Change since 2023 (2024)</h2>"))
        XCTAssertTrue(page.contains("<tr><td>E-services</td><td class=\"number\">+4.94</td><td class=\"number\">11</td></tr>"), page)
    }

    func testTheComparisonsCouncilPagePrintsOnOneA4Page() throws {
        guard let chromium = ExternalProgram.find(["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) else {
            throw XCTSkip("Chromium is not installed (apt-get install chromium); the council page's printing is not checked")
        }
        let folder = Fixtures.temporaryDirectory()
        let html = folder.appendingPathComponent("council.html"), pdf = folder.appendingPathComponent("council.pdf")
        try Data(try comparisonCouncilPage().utf8).write(to: html)
        let (status, errors) = try ExternalProgram.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
                                                                  "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.path], temporaryFolder: folder)
        XCTAssertEqual(status, 0, errors)
        XCTAssertEqual(try PDFPages(Data(contentsOf: pdf)).count, 1)
    }
}

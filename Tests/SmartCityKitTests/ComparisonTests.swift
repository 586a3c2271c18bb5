import Foundation
import XCTest
@testable import SmartCityKit

/// Ranks, percentiles, z-scores, rank sums and peer groups of `Comparison`, on hand-computed cohorts.
final class ComparisonTests: XCTestCase {
    /// The mini questionnaire's cohort summary (two dimensions, alpha and beta; bands low/high).
    let summary = RenderingTests.report().0.summary

    private func municipality(_ id: String, total: Int?, alpha: Int?, beta: Int?, region: String = "", population: String = "") -> ComparedRespondent {
        let scores: [Fraction?] = [alpha.map { Fraction($0) }, beta.map { Fraction($0) }]
        return ComparedRespondent(id: id, name: id.capitalized, metadata: [region, population], dimensionScores: scores,
                                  total: total.map { Fraction($0) }, bandID: total.map { $0 > 50 ? "high" : "low" })
    }

    private func comparison(_ respondents: [ComparedRespondent], grouping: PeerGrouping? = nil, minimum: Int = 2) -> Comparison {
        var summary = self.summary
        summary.metadataNames = ["region", "population"]
        return Comparison(summary: summary, respondents: respondents, grouping: grouping, minimumGroupSize: minimum)
    }

    /// A cohort of these totals (nil: none), each municipality scored 50 on both dimensions.
    private func comparison(totals: [Fraction?]) -> Comparison {
        comparison(totals.enumerated().map { index, total in
            ComparedRespondent(id: "m\(index)", name: "M\(index)", metadata: ["", ""], dimensionScores: [50, 50], total: total, bandID: nil)
        })
    }

    func testCompetitionRanksShareTiesAndSkipTheNextRank() {
        XCTAssertEqual(comparison(totals: [10, 20, 20, 5, nil]).standings.map { $0[0].rank }, [3, 1, 1, 4, nil])
        XCTAssertEqual(Array(CompactIntegers([7, 12, 12, 3]).ranksLowestFirst), [2, 3, 3, 1])
        XCTAssertEqual(Array(CompactIntegers([10, nil, 10]).ranksLowestFirst), [1, nil, 1])
        XCTAssertEqual(comparison(totals: [Fraction(1, 3), Fraction(2, 6)]).standings.map { $0[0].rank }, [1, 1], "equal exact values tie")
    }

    func testPercentilesAndZScoresOfAHandComputedCohort() throws {
        // Totals 10, 20, 20, 30: mean 20, standard deviation sqrt(200 / 3) = 8.16497.
        let compared = comparison([
            municipality("a", total: 10, alpha: 10, beta: 10), municipality("b", total: 20, alpha: 20, beta: 20),
            municipality("c", total: 20, alpha: 20, beta: 20), municipality("d", total: 30, alpha: 30, beta: 30),
        ])
        let total = compared.measureSummaries[0]
        XCTAssertEqual(total.count, 4)
        XCTAssertEqual(try XCTUnwrap(total.mean), 20, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(total.standardDeviation), (200.0 / 3).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(total.median, 20)
        // b: one below, two equal (itself included): (1 + 2/2) / 4 = 50 %.
        XCTAssertEqual(compared.standings[1][0].percentile, 50)
        XCTAssertEqual(compared.standings[0][0].percentile, Fraction(25, 2), "the lowest: half of itself, 12.5 %")
        XCTAssertEqual(compared.standings[3][0].percentile, Fraction(175, 2))
        XCTAssertEqual(try XCTUnwrap(compared.standings[3][0].zScore), 10 / (200.0 / 3).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(compared.standings[1][0].zScore), 0, accuracy: 1e-12)
        XCTAssertEqual(compared.standings.map { $0[0].rank }, [4, 2, 2, 1])
    }

    func testAnEvenMedianIsTheExactMeanOfTheTwoMiddleValues() {
        XCTAssertEqual(comparison(totals: [Fraction(1, 3), 1, 2, Fraction(1, 2)]).measureSummaries[0].median, Fraction(3, 4))
        XCTAssertEqual(comparison(totals: [5]).measureSummaries[0].median, 5)
        XCTAssertNil(comparison(totals: [nil]).measureSummaries[0].median)
        let region = PeerGrouping(column: "region")
        let grouped = comparison([
            municipality("a", total: 1, alpha: 10, beta: 10, region: "north"), municipality("b", total: 2, alpha: 20, beta: 20, region: "north"),
        ], grouping: region)
        XCTAssertEqual(grouped.groups.first?.medians.first ?? nil, Fraction(3, 2), "a group's median too")
    }

    func testRankSumsOrderLowestFirstWithTiesByTotalAndUnscoredLast() {
        // alpha ranks: x 1, y 2, z 3, w 4; beta ranks: x 3, y 2, z 1; w has no beta.
        // Rank sums: x 4, y 4, z 4 (a three-way tie, ordered by total), w none.
        let compared = comparison([
            municipality("x", total: 60, alpha: 90, beta: 30), municipality("y", total: 70, alpha: 80, beta: 60),
            municipality("z", total: 65, alpha: 70, beta: 90), municipality("w", total: 99, alpha: 10, beta: nil),
        ])
        XCTAssertEqual(Array(compared.rankSums), [4, 4, 4, nil])
        XCTAssertEqual(Array(compared.rankSumRanks), [1, 1, 1, nil])
        XCTAssertEqual(compared.orderByScore.map { compared.respondents[$0].id }, ["w", "y", "z", "x"])
        XCTAssertEqual(compared.orderByRankSum.map { compared.respondents[$0].id }, ["y", "z", "x", "w"])
        XCTAssertTrue(compared.ordersDiffer)
    }

    func testGroupsBelowTheMinimumGetNoStatistics() throws {
        let compared = comparison([
            municipality("a", total: 10, alpha: 10, beta: 10, region: "Flanders"), municipality("b", total: 30, alpha: 20, beta: 40, region: "Flanders"),
            municipality("c", total: 80, alpha: 80, beta: 80, region: "Wallonia"), municipality("d", total: 40, alpha: 40, beta: 40, region: ""),
        ], grouping: PeerGrouping(column: "Region"), minimum: 2)
        XCTAssertEqual(compared.groups.map(\.label), ["Flanders", "Wallonia", "—"], "the missing value is its own group, listed last")
        XCTAssertEqual(compared.groups.map(\.isShown), [true, false, false])
        XCTAssertEqual(compared.groups[0].medians, [20, 15, 25])
        XCTAssertEqual(compared.groups[0].bandCounts, [2, 0])
        XCTAssertTrue(compared.groups[1].medians.isEmpty)
        XCTAssertEqual(compared.standings[1][0].fromGroupMedian, 10)
        XCTAssertEqual(compared.standings[0][0].fromGroupMedian, -10)
        XCTAssertNil(compared.standings[2][0].fromGroupMedian, "alone in its group: no group median shown")
    }

    func testSizeClassesFromBins() throws {
        let bins = try PeerGrouping.Bins.parse("population=0,10000,25000").get()
        XCTAssertEqual(bins, PeerGrouping.Bins(column: "population", edges: [0, 10_000, 25_000]))
        XCTAssertEqual([-1, 0, 9_999.5, 10_000, 24_999, 25_000, 1e9].map { bins.label(ofBin: bins.bin(of: $0)) },
                       ["< 0", "0–10000", "0–10000", "10000–25000", "10000–25000", "≥ 25000", "≥ 25000"])
        let compared = comparison([
            municipality("big", total: 10, alpha: 1, beta: 1, population: "310000"), municipality("small", total: 10, alpha: 1, beta: 1, population: "4 500"),
            municipality("middle", total: 10, alpha: 1, beta: 1, population: "12000"), municipality("unknown", total: 10, alpha: 1, beta: 1, population: "many"),
        ], grouping: PeerGrouping(bins: bins))
        XCTAssertEqual(compared.groups.map(\.label), ["0–10000", "10000–25000", "≥ 25000", "—"], "classes by their edges, unknown last")
        let combined = comparison([municipality("a", total: 1, alpha: 1, beta: 1, region: "Wallonia", population: "5000")],
                                  grouping: PeerGrouping(column: "region", bins: bins))
        XCTAssertEqual(combined.groups.map(\.label), ["Wallonia / 0–10000"])
    }

    func testMalformedBinsAreRefusedWithTheReason() {
        let refused: [(String, PeerGrouping.BinsError)] = [("population", .noEquals), ("=1,2", .noColumn), ("population=1,x", .notANumber("x")),
                                                            ("population=5,1", .notIncreasing([5, 1])), ("population=", .notANumber(""))]
        for (text, reason) in refused {
            guard case .failure(let error) = PeerGrouping.Bins.parse(text) else { return XCTFail("\(text) was accepted") }
            XCTAssertEqual(error, reason, text)
        }
    }

    func testEveryKindOfWordingHasEachReportLanguageAndFallsBackToEnglish() {
        XCTAssertEqual(ReportStrings.availableLanguages.map { ReportStrings.forLanguage($0).languageCode }, ["en", "nl", "fr"])
        XCTAssertEqual(ComparisonStrings.availableLanguages.map { ComparisonStrings.forLanguage($0).title }, ["Comparison", "Vergelijking", "Comparaison"])
        XCTAssertEqual(StatisticsStrings.availableLanguages.map { StatisticsStrings.forLanguage($0).title }, ["Statistics", "Statistieken", "Statistiques"])
        XCTAssertEqual(ComparisonStrings.forLanguage("de").title, "Comparison", "a language without wording is written in English")
        XCTAssertEqual(StatisticsStrings.forLanguage("es").title, "Statistics")
        XCTAssertEqual(TemplateStrings.forLanguage("de").version, "Questionnaire:")
        XCTAssertEqual(TemplateStrings.forLanguage("nl").version, "Vragenlijst:")
    }

    func testComparisonFilesOfTheSampleAreConsistentAndStrictJSON() throws {
        let questionnaire = Fixtures.iMonitor
        var settings = ComparisonRun.Settings()
        settings.grouping = PeerGrouping(column: "area")
        settings.minimumGroupSize = 5
        settings.selection = ["scheldestad", "polderveld"]
        let compared = ComparisonRun.compare(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }
        let comparison = try XCTUnwrap(compared.value)
        XCTAssertEqual(comparison.respondents.count, 12)
        XCTAssertEqual(comparison.selected.map { comparison.respondents[$0].id }, ["scheldestad", "polderveld"])
        XCTAssertEqual(comparison.groups.map(\.label), ["rural", "urban"])
        XCTAssertEqual(comparison.groups.map(\.members.count), [7, 5])
        // Polderveld's total (2.94, README hand computation) is the lowest of the twelve.
        let polderveld = try XCTUnwrap(comparison.respondents.firstIndex { $0.id == "polderveld" })
        XCTAssertEqual(comparison.standings[polderveld][0].rank, 12)
        XCTAssertEqual(comparison.standings[polderveld][0].score?.fixed(digits: 2), "2.94")

        let output = MemoryReportOutput()
        try ComparisonRun.write(comparison, formats: [.markdown, .csv, .json], strings: .english, output: output)
        XCTAssertEqual(output.files.map(\.relativePath).sorted(), ["comparison.csv", "comparison.json", "comparison.md", "groups.csv", "ranks.csv"])
        let json = try XCTUnwrap(output.files.first { $0.relativePath == "comparison.json" }?.contents)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
        let tidy = try XCTUnwrap(output.files.first { $0.relativePath == "comparison.csv" }?.contents).split(separator: "\n")
        XCTAssertEqual(tidy.count, 1 + 12 * 7, "a header and one row per municipality and measure")
        XCTAssertEqual(tidy[0], "id,name,province,population,area,measure,score,rank,percentile,z_score,cohort_mean,cohort_median,group,group_median,from_group_median",
                       "one name column: the name metadata column is not repeated")
        XCTAssertTrue(tidy[1].hasPrefix("scheldestad,Scheldestad,Antwerpen,310000,urban,total,"), String(tidy[1]))
        let ranks = try XCTUnwrap(output.files.first { $0.relativePath == "ranks.csv" }?.contents).split(separator: "\n")
        XCTAssertTrue(ranks[1].hasPrefix("scheldestad,Scheldestad,79.1"), String(ranks[1]))
    }

    func testAnUnknownSelectionOrGroupColumnIsAnErrorWithASuggestion() throws {
        let questionnaire = Fixtures.iMonitor
        let responses = Fixtures.iMonitorFile("sample-responses.csv")
        var settings = ComparisonRun.Settings()
        settings.selection = ["scheldstad"]
        var compared = ComparisonRun.compare(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [responses],
                                             language: "en", options: ReadingOptions(), settings: settings) { _ in }
        XCTAssertNil(compared.value)
        XCTAssertTrue(compared.diagnostics.contains { $0.message.contains("did you mean \"scheldestad\"") }, "\(compared.diagnostics)")
        settings.selection = nil
        settings.grouping = PeerGrouping(column: "regio")
        compared = ComparisonRun.compare(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [responses],
                                         language: "en", options: ReadingOptions(), settings: settings) { _ in }
        XCTAssertNil(compared.value)
        XCTAssertTrue(compared.diagnostics.contains { $0.message.contains("no metadata column \"regio\"") && $0.message.contains("--keep-column") },
                      "\(compared.diagnostics)")
    }
}

/// Waves matched by id: changes, the transition matrix, mean changes and who took part once.
final class WaveComparisonTests: XCTestCase {
    private func municipality(_ id: String, total: Int?, band: String?) -> ComparedRespondent {
        ComparedRespondent(id: id, name: id, metadata: [], dimensionScores: [total.map { Fraction($0) }], total: total.map { Fraction($0) }, bandID: band)
    }

    func testChangesTransitionsAndMunicipalitiesInOneWaveOnly() throws {
        let measures: [ComparisonMeasure] = [.total, .dimension(0)]
        let waves = WaveComparison(waves: [
            .init(label: "2022", respondents: [municipality("old", total: 10, band: "low"), municipality("c", total: 5, band: "low")], files: [], questionnaire: "q 1", questionnaireFile: SourceFile(path: "q", sha256: "0")),
            .init(label: "2023", respondents: [municipality("a", total: 40, band: "low"), municipality("b", total: 70, band: "high"),
                                               municipality("gone", total: 20, band: "low")], files: [], questionnaire: "q 1", questionnaireFile: SourceFile(path: "q", sha256: "0")),
            .init(label: "2024", respondents: [municipality("a", total: 55, band: "high"), municipality("b", total: 65, band: "high"),
                                               municipality("c", total: 30, band: "low"), municipality("new", total: nil, band: nil)], files: [], questionnaire: "q 1", questionnaireFile: SourceFile(path: "q", sha256: "0")),
        ], measures: measures, bandIDs: ["low", "high"])
        XCTAssertEqual(waves.changes.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(waves.changes.map(\.since), ["2023", "2023", "2022"], "c is compared with the last wave it took part in")
        XCTAssertEqual(waves.changes.map { $0.change[0] }, [15, -5, 25])
        XCTAssertEqual(waves.changes[0].bandBefore, "low")
        XCTAssertEqual(waves.changes[0].bandAfter, "high")
        // The last two waves: a low -> high, b high -> high (c and new were not in 2023).
        XCTAssertEqual(waves.transitions, [[0, 1, 0], [0, 1, 0], [0, 0, 0]])
        XCTAssertEqual(try XCTUnwrap(waves.meanChanges[0].mean), 35.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(waves.meanChanges[0].count, 3)
        XCTAssertEqual(waves.onlyIn.map(\.label), ["2022", "2023", "2024"])
        XCTAssertEqual(waves.onlyIn.map(\.ids), [["old"], ["gone"], ["new"]])
    }

    func testTheSampleWavesMatchByID() throws {
        let questionnaire = Fixtures.iMonitor
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        let compared = ComparisonRun.compare(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }
        let waves = try XCTUnwrap(compared.value?.waves)
        XCTAssertEqual(waves.changes.count, 11)
        XCTAssertEqual(waves.onlyIn.map(\.ids), [["molenkerke"], ["beekveld"]])
        XCTAssertEqual(waves.transitions.flatMap { $0 }.reduce(0, +), 11)
        let kempenrode = try XCTUnwrap(waves.changes.first { $0.id == "kempenrode" })
        XCTAssertEqual(kempenrode.bandBefore, "type-2")
        XCTAssertEqual(kempenrode.bandAfter, "type-3")
    }
}

/// Waves answered on different versions of the questionnaire.
final class WaveQuestionnaireTests: XCTestCase {
    private func compare(earlier: Questionnaire?, earlierFile: SourceFile?) -> Checked<Comparison> {
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")],
                                            questionnaire: earlier, questionnaireFile: earlierFile)]
        settings.currentWave = "2024"
        return ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q-2024.json", sha256: "b2024"),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }
    }

    func testAnEarlierVersionScoresItsWaveWithAWarningAndItsDimensionsInTheCurrentOrder() throws {
        let same = try XCTUnwrap(compare(earlier: nil, earlierFile: nil).value?.waves)
        XCTAssertFalse(same.questionnairesDiffer)
        var older = Fixtures.iMonitor
        older.version = "0.9.0"
        older.dimensions.reverse()
        let compared = compare(earlier: older, earlierFile: SourceFile(path: "q-2023.json", sha256: "a2023"))
        let waves = try XCTUnwrap(compared.value?.waves)
        XCTAssertTrue(waves.questionnairesDiffer)
        XCTAssertEqual(waves.waves.map(\.questionnaire), ["i-monitor 0.9.0", "i-monitor 1.0.0"])
        XCTAssertEqual(Array(waves.changes), Array(same.changes), "the dimensions are matched by id, not by position")
        let warning = try XCTUnwrap(compared.diagnostics.first { $0.severity == .warning })
        XCTAssertEqual(warning.location.file, "q-2023.json")
        XCTAssertTrue(warning.message.contains("wave 2023 was answered on i-monitor 0.9.0 (SHA-256 a2023…), the current wave on i-monitor 1.0.0"),
                      warning.message)
        let markdown = MarkdownDocumentWriter.write(ComparisonDocument().blocks(try XCTUnwrap(compared.value), strings: .english, words: .english))
        XCTAssertTrue(markdown.contains("### Questionnaire versions"))
        XCTAssertTrue(markdown.contains("| 2023 | i-monitor 0.9.0 | `a2023` |"), markdown)
    }

    func testOtherDimensionsAreAnErrorThatNamesThem() throws {
        var other = Fixtures.iMonitor
        let renamed = other.dimensions[1].id
        other.dimensions[1].id = "legacy"
        let compared = compare(earlier: other, earlierFile: SourceFile(path: "q-2023.json", sha256: "a2023"))
        XCTAssertNil(compared.value)
        let error = try XCTUnwrap(compared.diagnostics.first { $0.severity == .error })
        XCTAssertEqual(error.location.file, "q-2023.json")
        XCTAssertTrue(error.message.contains("(only in that wave: legacy; only in the current wave: \(renamed))"), error.message)
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The comparison charts are well-formed SVG with their text escaped.
final class ComparisonChartTests: XCTestCase {
    private func isWellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }

    func testEveryChartOfTheSampleWavesIsWellFormedSVG() throws {
        let questionnaire = Fixtures.iMonitor
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        settings.grouping = PeerGrouping(column: "area")
        settings.selection = ["polderveld", "scheldestad"]
        let comparison = try XCTUnwrap(ComparisonRun.compare(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "nl",
            options: ReadingOptions(), settings: settings) { _ in }.value)
        for strings in [ReportStrings.english, .dutch, .french] {
            let words = ComparisonStrings.forLanguage(strings.languageCode)
            let charts = ComparisonChartRenderer().render(comparison, strings: strings, words: words)
            XCTAssertEqual(charts.map(\.path), ["charts/ranking.svg", "charts/heatmap.svg", "charts/distribution.svg", "charts/strips.svg",
                                                "charts/change.svg", "charts/radar-polderveld.svg", "charts/radar-scheldestad.svg"])
            for chart in charts {
                XCTAssertTrue(isWellFormedXML(chart.contents), "\(chart.path) in \(strings.languageCode) is not well-formed XML")
                XCTAssertTrue(chart.contents.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                XCTAssertFalse(["=\"nan", "=\"inf", "=\"-inf", ",nan", ",inf"].contains { chart.contents.contains($0) }, "\(chart.path): no coordinate is NaN or infinite")
            }
            let ranking = try XCTUnwrap(charts.first { $0.path == "charts/ranking.svg" }?.contents)
            XCTAssertTrue(ranking.contains(">\(words.rankingChart), 2024, "), "the title is in the report language")
            XCTAssertTrue(ranking.contains(strings.languageCode == "en" ? ">81.25</text>" : ">81,25</text>"), "values follow the report language")
        }
    }

    func testTextIsEscapedAndCoordinatesAreLocaleFree() {
        var canvas = SVGCanvas(width: 100.5, height: 50, title: "A & B <c>")
        canvas.text("Sint-\"Aldegem\" & <Co>\u{0}", x: 1.005, y: 2, rotation: -35)
        let rendered = canvas.rendered()
        XCTAssertTrue(isWellFormedXML(rendered), rendered)
        XCTAssertTrue(rendered.contains("<title>A &amp; B &lt;c&gt;</title>"))
        XCTAssertTrue(rendered.contains(">Sint-&quot;Aldegem&quot; &amp; &lt;Co&gt;\u{FFFD}</text>"), rendered)
        XCTAssertTrue(rendered.contains("width=\"100.5\""))
        XCTAssertEqual(SVGCanvas.number(-0.001), "0")
        XCTAssertEqual(SVGCanvas.number(12.345), "12.35")
        XCTAssertEqual(SVGCanvas.number(.nan), "0")
    }
}

/// `comparison.html`: one self-contained page with the same content as the Markdown.
final class ComparisonHTMLTests: XCTestCase {
    func testThePageIsSelfContainedAndEscapesText() throws {
        let blocks: [ReportBlock] = [
            .heading(1, "Vergelijking <b>&"), .paragraph(.plain("Sint-\"Aldegem\" & ") + .strong("<i>co</i>")), .heading(2, "Naast elkaar"),
            .plainTable(header: ["Naam", "Score"], alignments: [.left, .right], rows: [["<script>alert(1)</script>", "59,26"]]),
            .image(path: "charts/ranking.svg", description: "ranking"), .footer([.plain("smartcity")]),
        ]
        let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>t</title></svg>\n"
        let page = HTMLDocumentWriter.write(blocks, language: "nl", charts: ["charts/ranking.svg": svg])
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        XCTAssertTrue(page.contains("<title>Vergelijking &lt;b&gt;&amp;</title>"))
        XCTAssertTrue(page.contains("<p>Sint-&quot;Aldegem&quot; &amp; <strong>&lt;i&gt;co&lt;/i&gt;</strong></p>"), page)
        XCTAssertTrue(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"number\">59,26</td>"), page)
        XCTAssertFalse(page.contains("<script"), "no scripts")
        XCTAssertFalse(page.contains("<?xml"), "the SVG is inlined without its declaration")
        XCTAssertTrue(page.contains("<figure><svg style=\"max-width:100%;height:auto\" xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(page.contains("<nav><ol><li><a href=\"#s1\">Naast elkaar</a></li></ol></nav>"), "a table of contents of the sections")
        XCTAssertTrue(page.contains("@media print") && page.contains("size: A4"))
        let external = page.components(separatedBy: "http").count - 1
        XCTAssertEqual(external, page.components(separatedBy: "http://www.w3.org/2000/svg").count - 1, "no external resource, only the SVG namespace")
    }

    func testTheMarkdownAndTheHTMLHoldTheSameTables() throws {
        let summary = RenderingTests.report().0.summary
        let respondents = ["a", "b"].enumerated().map { index, id in
            ComparedRespondent(id: id, name: id == "a" ? "A|B*" : "B", metadata: [], dimensionScores: [Fraction(10 * (index + 1)), nil],
                               total: Fraction(10 * (index + 1)), bandID: "low")
        }
        let comparison = Comparison(summary: summary, respondents: respondents)
        let blocks = ComparisonDocument().blocks(comparison, strings: .english, words: .english)
        let markdown = MarkdownDocumentWriter.write(blocks)
        let html = HTMLDocumentWriter.write(blocks, language: "en", charts: [:])
        XCTAssertTrue(markdown.contains("| A\\|B\\* |"), "Markdown escapes table pipes and emphasis")
        XCTAssertTrue(html.contains("<th class=\"number\">A|B*</th>"), html)
        let tables = blocks.filter { if case .table = $0 { true } else { false } }.count
        XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, tables)
        XCTAssertEqual(markdown.components(separatedBy: "\n|---").count - 1, tables)
    }
}

/// Each municipality's report shows the cohort median and its percentile per dimension, only for
/// a cohort of at least the minimum size, with the same percentiles as `compare`.
final class CohortContextTests: XCTestCase {
    func testPercentilesFromCountsAgreeWithTheComparison() throws {
        var counts = ValueCounts()
        for value in [10, 20, 20, 30] { counts.add(Fraction(value)) }
        let table = RankTable(counts)
        XCTAssertEqual(table.percentile(of: 20), 50)
        XCTAssertEqual(table.percentile(of: 10), Fraction(25, 2))
        XCTAssertEqual(table.percentile(of: 25), 75, "a value not counted: three below, none equal")
        XCTAssertNil(RankTable(ValueCounts()).percentile(of: 1))
    }

    func testTheContextNeedsTheMinimumCohort() throws {
        let questionnaire = Fixtures.iMonitor
        let responses = Fixtures.iMonitorFile("sample-responses.csv")
        for (minimum, shown) in [(12, true), (13, false)] {
            var settings = ScoringRun.Settings()
            settings.contextMinimum = minimum
            let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [responses],
                language: "en", options: ReadingOptions(), settings: settings)
                .score { _ in }
            XCTAssertEqual(run.summary.showsCohortContext, shown)
            var report = ""
            try run.forEachRespondent { ranked in
                if ranked.respondent.id == "polderveld" { report = MarkdownDocumentWriter.write(ScoreDocument().respondentBlocks(ranked, run.summary, .english)) }
            }
            XCTAssertEqual(report.contains("| Cohort median | Percentile |"), shown, report)
            if shown { XCTAssertTrue(report.contains("| E-services | 5.71 | Type 1 | 42.86 | 4.17 |"), report) }
        }
    }

    func testMarkdownReportsShowTheirRadarWhenSVGIsWritten() throws {
        let run = ScoringRun(questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")],
            language: "en", options: ReadingOptions())
            .score { _ in }
        let files = try ReportGeneration.renderInMemory(run, formats: [.markdown, .svg], strings: .english)
        let report = try XCTUnwrap(files.first { $0.relativePath == "municipalities/polderveld.md" }?.contents)
        XCTAssertTrue(report.contains("![Polderveld](polderveld.svg)"), report)
        XCTAssertTrue(files.contains { $0.relativePath == "municipalities/polderveld.svg" })
        let alone = try ReportGeneration.renderInMemory(run, formats: [.markdown], strings: .english)
        XCTAssertFalse(try XCTUnwrap(alone.first { $0.relativePath == "municipalities/polderveld.md" }?.contents).contains(".svg)"))
    }
}

/// `--rank-by rank-sum` orders the rank tables as rankings that sum dimension ranks do.
final class RankOrderTests: XCTestCase {
    func testRankSumOrderReproducesAPublishedTotalOrder() throws {
        // Published dimension ranks (economy, mobility) of three cities: A 1 + 3, B 2 + 1, C 3 + 2 -> B, A, C.
        let summary = RenderingTests.report().0.summary
        let respondents = [("A", 50, 90, 10), ("B", 40, 80, 90), ("C", 30, 70, 50)].map { id, total, alpha, beta in
            ComparedRespondent(id: id, name: id, metadata: [], dimensionScores: [Fraction(alpha), Fraction(beta)], total: Fraction(total), bandID: "low")
        }
        var comparison = Comparison(summary: summary, respondents: respondents)
        comparison.rankOrder = .rankSum
        XCTAssertEqual(Array(comparison.rankSums), [4, 3, 5])
        XCTAssertEqual(comparison.order.map { respondents[$0].id }, ["B", "A", "C"])
        let ranks = try XCTUnwrap(ComparisonCSVRenderer().render(comparison).first { $0.name == "ranks.csv" }?.contents).split(separator: "\n")
        XCTAssertEqual(ranks.dropFirst().map { String($0.prefix(1)) }, ["B", "A", "C"], "ranks.csv follows --rank-by")
        let markdown = MarkdownDocumentWriter.write(ComparisonDocument().blocks(comparison, strings: .english, words: .english))
        XCTAssertTrue(markdown.contains("### Two orders"), "both orders are shown when they differ")
        comparison.rankOrder = .score
        XCTAssertEqual(comparison.order.map { respondents[$0].id }, ["A", "B", "C"])
    }
}

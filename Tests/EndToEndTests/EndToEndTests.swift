import Foundation
import XCTest

/// Runs the built `smartcity` binary and checks stdout, stderr and the exit code.
final class EndToEndTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let questionnaire = "Questionnaires/i-monitor/questionnaire.json"
    static let sample = "Questionnaires/i-monitor/sample-responses.csv"

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built executable, next to the test bundle.
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folder = bundle.bundleURL.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("smartcity")
    }

    @discardableResult
    func run(_ arguments: [String], in directory: URL = EndToEndTests.root) throws -> Run {
        try Self.runBinary(arguments, in: directory)
    }

    /// Runs the binary in `directory` (the repository's root by default) with `TERM=dumb`, no
    /// language variables but those of `settings`, and returns its exit status and output: the
    /// helper the end-to-end test classes share.
    static func runBinary(_ arguments: [String], in directory: URL = EndToEndTests.root, environment settings: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = Self.environment(settings)
        environment["TERM"] = "dumb"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The test's environment without the variables that choose the run's language (a test sets
    /// them when it means to), with `settings` over it.
    static func environment(_ settings: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }.merging(settings) { $1 }
    }

    /// A copy of the bundled questionnaire with `old` replaced by `new`, in a temporary folder.
    func alteredQuestionnaire(_ transform: (String) -> String) throws -> String {
        let text = try String(contentsOf: Self.root.appendingPathComponent(Self.questionnaire), encoding: .utf8)
        let url = try temporaryFolder().appendingPathComponent("questionnaire.json")
        try Data(transform(text).utf8).write(to: url)
        return url.path
    }

    // MARK: - Help, version, usage

    func testVersionAndHelp() throws {
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("smartcity "), version.stdout)
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        // Every command, and in its help every file it writes.
        let writes: [String: [String]] = [
            "assess": ["answers.csv", "municipalities/<id>.md", "municipalities/<id>.council.html"],
            "validate": [], "questionnaires": [],
            "score": ["summary.md", "scores.csv", "scores-long.csv", "scores.json", "descriptive.csv", "municipalities/<id>.md",
                      "municipalities/<id>.svg", "summary.html", "municipalities/<id>.council.html", "item-scores.csv", "scores.xlsx"],
            "compare": ["comparison.md", "comparison.csv", "ranks.csv", "comparison.json", "comparison.html", "council.html", "charts/", "groups.csv",
                        "waves.csv", "comparison.xlsx"],
            "stats": ["statistics.md", "statistics.json", "statistics.csv", "types.csv", "type-tests.csv", "reliability.csv",
                      "item-reliability.csv", "reliability-intervals.csv", "correlations.csv", "items.csv", "item-answers.csv", "group-tests.csv", "pairwise-tests.csv",
                      "left-out.csv"],
            "template": ["--output <file>"], "generate": ["--output <file>"], "map": ["--output <file>"], "import": ["--output <file>"],
        ]
        XCTAssertEqual(help.stdout.components(separatedBy: "\n").filter { line in writes.keys.contains { line.hasPrefix("  \($0) ") } }.count,
                       writes.count, help.stdout)
        for (command, files) in writes {
            XCTAssertTrue(help.stdout.contains("\n  \(command) "), "help lists \(command)")
            let commandHelp = try run([command, "--help"])
            XCTAssertEqual(commandHelp.status, 0)
            XCTAssertTrue(commandHelp.stdout.contains("USAGE: smartcity \(command)"), commandHelp.stdout)
            XCTAssertEqual(commandHelp.stderr, "")
            let text = commandHelp.stdout.replacingOccurrences(of: "\n", with: " ")
            for file in files { XCTAssertTrue(text.contains(file), "\(command) --help names \(file)") }
        }
        XCTAssertTrue(try run(["generate", "--help"]).stdout.contains("USAGE: smartcity generate <questionnaire> --count <n> [--seed <s>]"),
                      "a required option is shown without brackets")
    }

    func testTypedOptionsNameTheOptionAndWhatItTakes() throws {
        let count = try run(["generate", Self.questionnaire, "--count", "many"])
        XCTAssertEqual(count.status, 64)
        XCTAssertTrue(count.stderr.hasPrefix("Error: The value 'many' is invalid for '--count <n>'; give a whole number, 0 or more.\nUsage: smartcity generate"), count.stderr)
        let limit = try run(["score", Self.questionnaire, Self.sample, "--ranking-limit", "1.5"])
        XCTAssertEqual(limit.status, 64)
        XCTAssertTrue(limit.stderr.hasPrefix("Error: The value '1.5' is invalid for '--ranking-limit <n>'; give a whole number."), limit.stderr)
        let color = try run(["validate", Self.questionnaire, "--color", "sometimes"])
        XCTAssertEqual(color.status, 64)
        XCTAssertTrue(color.stderr.hasPrefix("Error: The value 'sometimes' is invalid for '--color <when>'. Choose one of: auto, always, never."), color.stderr)
    }

    func testUsageErrorsExit64WithTheUsageLine() throws {
        let result = try run(["score", "--bogus"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("Error: Unknown option '--bogus'.\nUsage: smartcity score <questionnaire> <responses> ..."), result.stderr)
        let unknown = try run(["scroe"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.hasPrefix("Error: Unknown command 'scroe'. Did you mean 'score'? Commands: assess, validate,"), unknown.stderr)
        let unknownHelp = try run(["help", "compre"])
        XCTAssertEqual(unknownHelp.status, 64)
        XCTAssertTrue(unknownHelp.stderr.hasPrefix("Error: Unknown command 'compre'. Did you mean 'compare'?"), unknownHelp.stderr)
        let format = try run(["score", Self.questionnaire, Self.sample, "--format", "pdf"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.stderr.contains("Unknown value 'pdf' for --format. Choose from: markdown, csv, json, svg, html, items, xlsx."), format.stderr)
    }

    // MARK: - validate

    func testBundledQuestionnaireValidatesStrictly() throws {
        let result = try run(["validate", Self.questionnaire, "--strict"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(Self.questionnaire): valid\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testDuplicatedQuestionID() throws {
        let path = try alteredQuestionnaire { $0.replacingOccurrences(of: "\"id\": \"IM02\"", with: "\"id\": \"IM01\"") }
        let result = try run(["validate", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(#": error: questions[15]: duplicate question id "IM01" (first declared at line "#), result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix(path + ":"), "names the file, line and column: \(result.stderr)")
        XCTAssertEqual(result.stdout, "\(path): invalid (1 error)\n")
    }

    func testGapBetweenBands() throws {
        let path = try alteredQuestionnaire { $0.replacingOccurrences(of: "\"lower\": 40,", with: "\"lower\": 41,") }
        let result = try run(["validate", path])
        XCTAssertEqual(result.status, 1)
        let pattern = #"^.*questionnaire\.json:\d+:\d+: error: bands\.items\[2\]: gap between band "type-2" \(ends at 40\) and band "type-3" \(starts at 41\)"#
        XCTAssertNotNil(result.stderr.range(of: pattern, options: .regularExpression), result.stderr)
    }

    func testTruncatedQuestionnaire() throws {
        let path = try alteredQuestionnaire { String($0.prefix($0.count / 2)) }
        let result = try run(["validate", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertNotNil(result.stderr.range(of: #"questionnaire\.json:\d+:\d+: error: invalid JSON: unexpected end of file"#, options: .regularExpression), result.stderr)
    }

    func testValidateResponses() throws {
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("bad.csv")
        try Data("id,name,ES01,IM01\nx,X,9,yes\nx,Y,1,no\n".utf8).write(to: bad)
        let result = try run(["validate", Self.questionnaire, Self.sample, bad.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(bad.path):2:ES01: error: 9 is not on the scale of ES01; use one of 0, 1, 2, 3, 4, 5"), result.stderr)
        XCTAssertTrue(result.stderr.contains(#"\#(bad.path):3:id: error: duplicate respondent id "x" (first on row 2)"#), result.stderr)
        XCTAssertTrue(result.stdout.contains("\(Self.sample): valid\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\(bad.path): invalid (2 errors, 1 warning)\n"), result.stdout)
    }

    // MARK: - questionnaires, template, generate

    func testQuestionnairesListing() throws {
        let result = try run(["questionnaires"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("ID "), result.stdout)
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("i-monitor ") })
        XCTAssertNotNil(row.range(of: #"^i-monitor\s+1\.0\.0\s+6\s+48\s+nl,en\s+Digitale maturiteit"#, options: .regularExpression), String(row))
        XCTAssertEqual(try run(["questionnaires", "--lang", "en"]).stdout.contains("Digital maturity of the local government"), true)
    }

    func testTemplateAndGenerate() throws {
        let template = try run(["template", Self.questionnaire])
        XCTAssertEqual(template.status, 0)
        XCTAssertTrue(template.stdout.hasPrefix("id,name,ES01,ES02,"), template.stdout)
        let printable = try run(["template", Self.questionnaire, "--format", "markdown", "--lang", "en"])
        XCTAssertTrue(printable.stdout.contains("**ES01** Extract from the population register"), printable.stdout)
        XCTAssertTrue(printable.stdout.contains("- `5` end-to-end digital"), printable.stdout)

        let first = try run(["generate", Self.questionnaire, "--count", "20", "--seed", "42"])
        let second = try run(["generate", Self.questionnaire, "--count", "20", "--seed", "42"])
        let other = try run(["generate", Self.questionnaire, "--count", "20", "--seed", "43"])
        XCTAssertEqual(first.status, 0)
        XCTAssertEqual(first.stdout, second.stdout, "same seed, same data")
        XCTAssertNotEqual(first.stdout, other.stdout)
        XCTAssertEqual(first.stdout.split(separator: "\n").count, 21)
        let file = try temporaryFolder().appendingPathComponent("generated.csv")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "-n", "20", "--seed", "42", "-o", file.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), first.stdout)
        let validation = try run(["validate", Self.questionnaire, file.path, "--strict"])
        XCTAssertEqual(validation.status, 0, "generated data are valid: \(validation.stderr)")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "-n", "1", "-o", file.path]).status, 1, "no overwrite without --force")
        XCTAssertEqual(try run(["generate", Self.questionnaire]).status, 64)
    }

    // MARK: - score

    func testScoreWritesReportsAndKeepsThem() throws {
        let out = try temporaryFolder().appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, Self.sample, "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "12 respondenten gescoord; 16 bestanden geschreven in \(out.path)/\n")
        for name in ["summary.md", "scores.csv", "scores-long.csv", "scores.json", "municipalities/polderveld.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
        let again = try run(["score", Self.questionnaire, Self.sample, "--out", out.path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("bestaat al, met nog 15 rapportbestanden; er werd niets geschreven. Gebruik --force om te overschrijven"),
                      "in the run's language (Dutch): \(again.stderr)")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--force"]).status, 0)
        let stale = out.appendingPathComponent("municipalities/gone.md")
        try Data("old".utf8).write(to: stale)
        let notes = out.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        let forced = try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--force"])
        XCTAssertEqual(forced.status, 0)
        XCTAssertEqual(forced.stderr, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path), "the report set is replaced as a whole: no report of an earlier run is left")
        XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), "mine", "what is not a report stays")
        let parent = out.deletingLastPathComponent().path
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains("smartcity-new") || $0.contains("smartcity-old") }, [],
                       "no staging folder is left behind")
    }

    func testScoreBadRowsReportsLocatedErrorsWithoutCrashing() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("bad.csv")
        try Data("id;name;ES01;IM01;CA01\nm1;A;3;yes;1,5\nm2;B;3;maybe;1\nm3;C\nm1;D;1;no;0\n".utf8).write(to: responses)
        let out = folder.appendingPathComponent("out")
        let result = try run(["score", Self.questionnaire, responses.path, "--out", out.path, "--format", "csv"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(#"\#(responses.path):3:IM01: error: "maybe" is geen ja/nee-antwoord voor IM01"#), "in the run's language (Dutch): \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("\(responses.path):4: error: rij 4 (regel 4) heeft 2 velden, maar de kopregel heeft er 5"), "in the run's language: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains(#"\#(responses.path):5:id: error: dubbele id van respondent "m1""#), "in the run's language: \(result.stderr)")
        XCTAssertEqual(result.stdout, "2 respondenten gescoord (2 rijen weggelaten); 2 bestanden geschreven in \(out.path)/\n")
        let csv = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\n").count, 3)
    }

    func testAFloodOfErrorsIsSummarised() throws {
        let responses = try temporaryFolder().appendingPathComponent("flood.csv")
        let rows = (1...30).map { "m\($0),9" }.joined(separator: "\n")
        try Data("id,ES01\n\(rows)\n".utf8).write(to: responses)
        let result = try run(["validate", Self.questionnaire, responses.path])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains(":ES01: error: 9 is not on the scale of ES01") }.count, 20)
        XCTAssertTrue(lines.contains { $0 == "\(responses.path): error: column \"ES01\": 10 more problems like the ones above were not shown" }, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("\(responses.path): invalid (30 errors, 1 warning)\n"), result.stdout)
    }

    func testMissingFilesAreInputErrors() throws {
        let result = try run(["score", "nope.json", Self.sample])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "nope.json: error: no such file; check the path\n")
    }

    /// The failure of a recording run (`SMARTCITY_RECORD_GOLDEN=1`) after writing `count` files.
    static func recordedMessage(_ count: Int) -> String {
        "recorded \(count) golden \(count == 1 ? "file" : "files"); run again without SMARTCITY_RECORD_GOLDEN to check"
    }

    /// The committed examples: questionnaire id and report language.
    static let examples = [
        ("i-monitor", "nl"), ("i-monitor", "en"), ("smart-city-dimensions", "en"), ("smart-city-dimensions", "fr"),
        ("smart-city-barometer", "fr"), ("smart-city-barometer", "nl"),
    ]

    /// The committed example reports are exactly what scoring the samples gives today.
    /// `SMARTCITY_RECORD_GOLDEN=1 swift test` rewrites them.
    func testCommittedExamplesAreUpToDate() throws {
        for (id, language) in Self.examples {
            try assertCommittedExample(["score", "Questionnaires/\(id)/questionnaire.json", "Questionnaires/\(id)/sample-responses.csv", "--lang", language],
                                       in: "Reports/examples/\(id)/\(language)") { result, _ in
                XCTAssertEqual(result.status, 0, result.stderr)
                XCTAssertEqual(result.stderr, "", "\(id) in \(language) scores without warnings")
            }
        }
    }

    /// The README's comparison of the sample municipalities by area and across two waves, committed in
    /// `Reports/examples/i-monitor/compare/`.
    static let compareExample = [
        "compare", questionnaire, "--wave", "2023=\(sample)", "--wave", "2024=Questionnaires/i-monitor/sample-responses-2024.csv",
        "--group-by", "area", "--select", "scheldestad,kempenrode,polderveld", "--lang", "en",
    ]

    func testCommittedComparisonExampleIsUpToDate() throws {
        try assertCommittedExample(Self.compareExample, in: "Reports/examples/i-monitor/compare") { result, out in
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, "Compared 12 municipalities in 2 groups over 2 waves; wrote 16 files to \(out.path)/\n")
        }
    }

    func testCompareWritesIntoCompareBesideTheScoresAndKeepsBoth() throws {
        let folder = try temporaryFolder()
        let scores = folder.appendingPathComponent("i-monitor"), compare = scores.appendingPathComponent("compare")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", scores.path]).status, 0)
        let compared = try run(["compare", Self.questionnaire, Self.sample, "--bins", "population=0,25000,50000", "--min-group", "3",
                                "--lang", "nl", "--out", compare.path])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        XCTAssertEqual(compared.stdout, "12 gemeenten vergeleken in 3 groepen; 23 bestanden geschreven in \(compare.path)/\n")
        let markdown = try String(contentsOf: compare.appendingPathComponent("comparison.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Naast elkaar"), "the report is in Dutch")
        XCTAssertTrue(markdown.contains("| 79,18 (1) |"), "with decimal commas")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", scores.path, "--force"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: compare.appendingPathComponent("ranks.csv").path), "scoring again keeps compare/")
        let again = try run(["compare", Self.questionnaire, Self.sample, "--out", compare.path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("comparison.md: error: bestaat al, met nog 22 rapportbestanden"), "in the run's language (Dutch): \(again.stderr)")
    }

    /// Headless Chromium renders the HTML comparison (skipped when Chromium is not installed:
    /// `apt-get install chromium`): the screenshot is a page with content, not a blank one.
    func testTheHTMLComparisonRendersInChromium() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("compare")
        XCTAssertEqual(try run(Self.compareExample + ["--format", "html", "--out", out.path]).status, 0)
        let size = try screenshotSize(of: out.appendingPathComponent("comparison.html"), in: folder, height: 2400)
        XCTAssertGreaterThan(size, 30_000, "a blank page compresses to a few kilobytes; this one has tables and charts")
    }

    /// `score --format html` writes pages Chromium renders: a municipality's report with its radar.
    func testTheHTMLScoreReportsRenderInChromium() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, Self.sample, "--format", "html", "--lang", "en", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = out.appendingPathComponent("municipalities/kempenrode.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(html.contains("<html lang=\"en\">") && html.contains("<figure><svg "), "an English page with its radar inline")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.html").path))
        let size = try screenshotSize(of: page, in: folder, height: 1800)
        XCTAssertGreaterThan(size, 30_000, "a blank page compresses to a few kilobytes; this one has tables and a radar")
    }

    /// Renders a page in headless Chromium and returns the size of its PNG screenshot; skips the
    /// test when Chromium is not installed.
    private func screenshotSize(of page: URL, in folder: URL, height: Int) throws -> Int {
        let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let browser else { throw XCTSkip("Chromium is not installed (apt-get install chromium); the HTML page was not rendered") }
        let shot = folder.appendingPathComponent("page.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,\(height)",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--screenshot=\(shot.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try XCTUnwrap(FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int)
    }

    func testTheRankingLimitShowsTheTopAndBottomWithALineForTheRest() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("sixty.csv").path
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "60", "--seed", "3", "-o", responses]).status, 0)
        let out = folder.appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, responses, "--ranking-limit", "10", "--format", "markdown", "--lang", "en", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("50 more respondents (see scores.csv)"), summary)
        let statistics = try XCTUnwrap(summary.range(of: "## Dimension statistics")), ranking = try XCTUnwrap(summary.range(of: "## Ranking"))
        XCTAssertLessThan(statistics.lowerBound, ranking.lowerBound, "the statistics come before the ranking")
        XCTAssertEqual(try run(["score", Self.questionnaire, responses, "--ranking-limit", "1", "--out", out.path, "--force"]).status, 64)
    }

    func testAnEarlierWaveOnAnotherQuestionnaireVersionIsScoredWithItAndWarned() throws {
        let folder = try temporaryFolder()
        let older = folder.appendingPathComponent("questionnaire-2023.json")
        let text = try String(contentsOfFile: Self.questionnaire, encoding: .utf8)
        try text.replacingOccurrences(of: "\"version\": \"1.0.0\"", with: "\"version\": \"0.9.0\"").write(to: older, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("compare")
        let result = try run(Self.compareExample + ["--wave-questionnaire", "2023=\(older.path)", "--format", "markdown", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("questionnaire-2023.json: warning: wave 2023 was answered on i-monitor 0.9.0"), result.stderr)
        let markdown = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("| 2023 | i-monitor 0.9.0 |"), markdown)
        let unknown = try run(Self.compareExample + ["--wave-questionnaire", "2022=\(older.path)", "--out", out.path, "--force"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("No earlier wave is labelled '2022' for --wave-questionnaire; the earlier waves are 2023."), unknown.stderr)
        let current = try run(Self.compareExample + ["--wave-questionnaire", "2024=\(older.path)", "--out", out.path, "--force"])
        XCTAssertEqual(current.status, 64)
    }

    func testStatsDescribesTheBarometerSampleByRegion() throws {
        let out = try temporaryFolder().appendingPathComponent("stats")
        let barometer = ["stats", "Questionnaires/smart-city-barometer/questionnaire.json", "Questionnaires/smart-city-barometer/sample-responses.csv"]
        let result = try run(barometer + ["--group-by", "region", "--lang", "fr", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("12 répondants décrits en 3 groupes\u{202F}; 14 fichiers écrits dans"), result.stdout)
        let markdown = try String(contentsOf: out.appendingPathComponent("statistics.md"), encoding: .utf8)
        for heading in ["## Scores par dimension", "## Par groupe", "## Différences entre groupes", "## Types de maturité", "## Fiabilité des dimensions",
                        "## Corrélations entre dimensions", "### Significativité des corrélations", "## Items", "## Réponses écartées"] {
            XCTAssertTrue(markdown.contains(heading + "\n"), "statistics.md has \(heading)")
        }
        let reliability = try String(contentsOf: out.appendingPathComponent("reliability.csv"), encoding: .utf8)
        XCTAssertTrue(reliability.hasPrefix("dimension,items,respondents,alpha,alpha_standardised,ci_low,ci_high,low_alpha,negative_items,"
            + "lambda6,omega_total,pairwise_min_n,alpha_pairwise,alpha_standardised_pairwise,lambda6_pairwise,omega_total_pairwise\n"))
        let again = try run(barometer + ["--out", out.path])
        XCTAssertEqual(again.status, 1, "existing statistics are kept without --force")
        XCTAssertEqual(try run(barometer + ["--out", out.path, "--force", "--format", "csv"]).status, 0)
        let typo = try run(barometer + ["--group-by", "regoin", "--out", out.path, "--force"])
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stderr.contains("aucune colonne de métadonnées «\u{202F}regoin\u{202F}» pour grouper\u{202F}; vouliez-vous dire «\u{202F}region\u{202F}»\u{202F}?"),
                      "in the run's language (French): \(typo.stderr)")
        XCTAssertEqual(try run(barometer + ["--format", "pdf", "--out", out.path]).status, 64)
    }

    /// The reference dataset of `.ci/check-stats --reference`: the tests between provinces and the
    /// rows left out, in the files and in Dutch.
    func testStatsTestsTheGroupsAndListsTheRowsLeftOut() throws {
        let folder = "Tests/SmartCityKitTests/Fixtures/stats-reference/"
        let out = try temporaryFolder().appendingPathComponent("stats")
        let result = try run(["stats", folder + "questionnaire.json", folder + "responses.csv", "--group-by", "province", "--lang", "nl", "--out", out.path,
                              "--bootstrap", "100", "--seed", "7"])
        XCTAssertEqual(result.status, 1, "rows were left out: \(result.stderr)")
        XCTAssertTrue(result.stdout.hasPrefix("301 respondenten beschreven in 4 groepen; 14 bestanden geschreven in"), result.stdout)
        let leftOut = try String(contentsOf: out.appendingPathComponent("left-out.csv"), encoding: .utf8)
        XCTAssertEqual(leftOut.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(4).joined(separator: ",") },
                       ["file,row,id,reason", "responses.csv,302,gen-000002,duplicate-id", "responses.csv,303,gen-short,wrong-field-count",
                        "responses.csv,304,gen-blank,below-coverage", "responses.csv,305,gen-half,below-coverage", "responses.csv,306,,missing-id"])
        let tests = try String(contentsOf: out.appendingPathComponent("group-tests.csv"), encoding: .utf8)
        XCTAssertEqual(tests.split(separator: "\n").count, 1 + 7 * 2, "Welch and Kruskal-Wallis for six dimensions and the total")
        XCTAssertTrue(tests.contains(",province-9,\n"), "the province of one respondent is left out of the tests: \(tests)")
        let pairs = try String(contentsOf: out.appendingPathComponent("pairwise-tests.csv"), encoding: .utf8)
        XCTAssertEqual(pairs.split(separator: "\n").count, 1 + 7 * 3 * 2, "three pairs of provinces by Games-Howell and Dunn")
        let markdown = try String(contentsOf: out.appendingPathComponent("statistics.md"), encoding: .utf8)
        for heading in ["## Verschillen tussen groepen", "### Paarsgewijze vergelijkingen (Games-Howell)", "### Paarsgewijze vergelijkingen (toets van Dunn, Holm)",
                        "### Verdere betrouwbaarheidscoëfficiënten", "### Significantie van de correlaties", "## Weggelaten antwoorden"] {
            XCTAssertTrue(markdown.contains(heading + "\n"), "statistics.md has \(heading)")
        }
        XCTAssertTrue(markdown.contains("| responses.csv | 305 | gen-half | slechts 15,0\u{202F}% van de vragenlijst werd beantwoord |"), markdown)
        XCTAssertTrue(markdown.contains("### Betrouwbaarheidsintervallen van de coëfficiënten (bootstrap)\n"), markdown)
        XCTAssertTrue(markdown.contains("100 steekproeven van de respondenten met teruglegging (seed 7)"), markdown)
        let intervals = try String(contentsOf: out.appendingPathComponent("reliability-intervals.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(intervals.count, 1 + 6 * 9, "per dimension Feldt's interval and eight bootstrap intervals")
        for line in intervals where line.contains(",bootstrap-percentile,") {
            // The resamples where the coefficient is defined (an omega fit may fail on one), and the seed.
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            XCTAssertEqual(cells[8], "7", String(line))
            XCTAssertTrue((95...100).contains(Int(cells[7]) ?? 0), String(line))
        }
        XCTAssertEqual(try run(["stats", folder + "questionnaire.json", folder + "responses.csv", "--bootstrap", "-1", "--out", out.path, "--force"]).status, 64)
    }

    /// Crafted cohorts on the exact edges (Tests/SmartCityKitTests/Fixtures/exact-edges): an
    /// alpha of exactly 0.7, an item uncorrelated with the rest, a band expecting exactly 5
    /// respondents under shares that add up to 1.0000000000000002 in binary, and a share of
    /// exactly 28.35 %. In floating point each fell on the wrong side.
    func testStatsDecidesOnTheExactEdges() throws {
        let folder = "Tests/SmartCityKitTests/Fixtures/exact-edges/"
        let out = try temporaryFolder()
        func stats(_ responses: String, into name: String) throws -> URL {
            let result = try run(["stats", folder + "questionnaire.json", responses, "--lang", "en", "--out", out.appendingPathComponent(name).path])
            XCTAssertEqual(result.status, 0, result.stderr)
            return out.appendingPathComponent(name)
        }
        let edges = try stats(folder + "edges.csv", into: "edges")
        let reliability = try String(contentsOf: edges.appendingPathComponent("reliability.csv"), encoding: .utf8)
        XCTAssertTrue(reliability.contains("\nconsistent,3,4,0.7,"), reliability)
        XCTAssertTrue(reliability.contains(",false,,"), "an alpha of exactly 0.7 is not low: \(reliability)")
        XCTAssertTrue(reliability.contains(",true,Q6;Q7,"), "Q5 (r = 0) is not negative: \(reliability)")
        let items = try String(contentsOf: edges.appendingPathComponent("item-reliability.csv"), encoding: .utf8)
        XCTAssertTrue(items.contains("\nunrelated,Q5,0,"), items)

        let fifty = try stats(folder + "fifty.csv", into: "fifty")
        let tests = try String(contentsOf: fifty.appendingPathComponent("type-tests.csv"), encoding: .utf8)
        XCTAssertTrue(tests.contains(",4,") && tests.contains(",b1;b2;b3;b4;b5,"), "no band merged: \(tests)")

        let shares = out.appendingPathComponent("shares.csv")
        let rows = (0..<2000).map { "s\($0),dk,dk,dk,\($0 < 567 ? "e" : "a"),dk,dk,dk" }
        try Data((["id,Q1,Q2,Q3,Q4,Q5,Q6,Q7"] + rows).joined(separator: "\n").utf8).write(to: shares)
        let markdown = try String(contentsOf: try stats(shares.path, into: "shares").appendingPathComponent("statistics.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("| B5 | 10 % | 567 (28.4 %) |"), markdown)
        XCTAssertTrue(markdown.contains("| B1 | 10 % | 1433 (71.7 %) |"), markdown)
    }

    func testPreviousAnswersShowWhatChangedSince() throws {
        let out = try temporaryFolder().appendingPathComponent("since")
        let result = try run(["score", Self.questionnaire, "Questionnaires/i-monitor/sample-responses-2024.csv", "--previous", Self.sample,
                              "--format", "markdown", "--lang", "en", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try String(contentsOf: out.appendingPathComponent("municipalities/kempenrode.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("""
            | Information management | 52.78 | 63.89 | +11.11 |
            """), report)
        XCTAssertTrue(report.contains("| **Total score** | 37.74 | 41.68 | +3.94 |"))
        XCTAssertTrue(report.contains("Maturity: Type 2 → Type 3"))
        XCTAssertTrue(report.contains("| IM03 Is a security audit carried out every year? | no | yes |"), report)
        let newcomer = try String(contentsOf: out.appendingPathComponent("municipalities/beekveld.md"), encoding: .utf8)
        XCTAssertFalse(newcomer.contains("## Since the last assessment"), "a municipality new in 2024 has nothing to compare with")
    }

    func testTheWorkbookTemplateIsWrittenAndWorkbooksAreScored() throws {
        let folder = try temporaryFolder()
        let workbook = folder.appendingPathComponent("vragenlijst.xlsx")
        XCTAssertEqual(try run(["template", Self.questionnaire, "--format", "xlsx", "--lang", "nl", "-o", workbook.path]).status, 0)
        let bytes = try Data(contentsOf: workbook)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP container")
        XCTAssertEqual(try run(["template", Self.questionnaire, "--format", "xlsx", "-o", workbook.path]).status, 1, "kept without --force")
        XCTAssertEqual(try run(["template", Self.questionnaire, "--format", "xlsx"]).status, 64, "a workbook needs -o")
        let blank = try run(["validate", Self.questionnaire, workbook.path])
        XCTAssertEqual(blank.status, 1, "the blank template has no municipality id: \(blank.stderr)")
        let sheet = "Tests/SmartCityKitTests/Fixtures/xlsx/sample.xlsx"
        XCTAssertEqual(try run(["validate", Self.questionnaire, sheet]).status, 0)
        let out = folder.appendingPathComponent("reports")
        let scored = try run(["score", Self.questionnaire, sheet, "--format", "csv", "--out", out.path])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(scored.stdout.hasPrefix("12 respondenten gescoord"), scored.stdout)
        let ods = try run(["validate", Self.questionnaire, "Tests/SmartCityKitTests/Fixtures/xlsx/types.ods"])
        XCTAssertEqual(ods.status, 1)
        XCTAssertTrue(ods.stderr.contains("save it as an Excel Workbook (.xlsx) or as CSV UTF-8"), ods.stderr)
    }

    func testTargetsGiveGapsAndARoadmap() throws {
        let folder = try temporaryFolder()
        let targets = folder.appendingPathComponent("targets.json")
        try Data(#"{"targets": {"process-management": {"score": 40}, "total": {"band": "type-3"}}}"#.utf8).write(to: targets)
        let out = folder.appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, Self.sample, "--targets", targets.path, "--format", "markdown", "--lang", "en", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try String(contentsOf: out.appendingPathComponent("municipalities/kempenrode.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("| Process management | 5.00 | 40.00 | 35.00 | 45.00 (met) |"), report)
        XCTAssertTrue(report.contains("| PM02 Is the process inventory used to simplify processes? | no | yes | +20.00 | +2.40 |"), report)
        let answers = try run(["score", Self.questionnaire, Self.sample, "--targets", "Questionnaires/i-monitor/sample-responses-2024.csv",
                               "--format", "markdown", "--lang", "en", "--out", out.path, "--force"])
        XCTAssertEqual(answers.status, 0, answers.stderr)
        let own = try String(contentsOf: out.appendingPathComponent("municipalities/kempenrode.md"), encoding: .utf8)
        XCTAssertTrue(own.contains("| Information management | 52.78 | 63.89 | 11.11 | 63.89 (met) |"), "target answers give each municipality its own targets: \(own)")
        try Data(#"{"targets": {"proces": {"score": 40}}}"#.utf8).write(to: targets)
        let bad = try run(["score", Self.questionnaire, Self.sample, "--targets", targets.path, "--out", out.path, "--force"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("targets.json:1:"), bad.stderr)
    }

    func testScoreWritesItemScoresForResearchers() throws {
        let out = try temporaryFolder().appendingPathComponent("items")
        let result = try run(["score", Self.questionnaire, Self.sample, "--format", "items", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOf: out.appendingPathComponent("item-scores.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "id,question,dimension,factor,weight,answer,answer_code,item_score,status")
        XCTAssertEqual(lines.count, 1 + 12 * 48, "a row per municipality and scored question")
        XCTAssertTrue(lines.contains("vossendaal,IM02,information-management,security,0.1111111111111111,dk,dk,,dont-know"), "\(lines.prefix(3))")
        XCTAssertTrue(lines.contains { $0.hasPrefix("vossendaal,CA03,capacity,") && $0.contains(",\"0,7\",0.7,") },
                      "the decimal comma as the file writes it, the value beside it: \(lines.filter { $0.hasPrefix("vossendaal,CA03") })")
    }

    /// Issue 23: `answer` is the cell as read, for valid and invalid answers alike.
    func testItemScoresKeepTheCellsAsReadAlsoWhenInvalid() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("odd.csv")
        let sample = try String(contentsOfFile: EndToEndTests.root.appendingPathComponent(Self.sample).path, encoding: .utf8).split(separator: "\n")
        let header = sample[0].split(separator: ",").map(String.init)
        var cells = try XCTUnwrap(sample.first { $0.hasPrefix("vossendaal,") }).split(separator: ",", maxSplits: header.count - 1).map(String.init)
        for (column, text) in [("ES01", "1e0"), ("IM02", "DK"), ("CA01", "600")] { cells[try XCTUnwrap(header.firstIndex(of: column))] = text }
        let text = String(sample[0]) + "\n" + cells.joined(separator: ",") + "\n"
        try Data(text.utf8).write(to: responses)
        let out = folder.appendingPathComponent("items")
        let result = try run(["score", Self.questionnaire, responses.path, "--format", "items", "--out", out.path])
        XCTAssertEqual(result.status, 1, "CA01 = 600 is out of range: an error")
        let lines = try String(contentsOf: out.appendingPathComponent("item-scores.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        func answer(_ question: String) -> String? {
            lines.first { $0.hasPrefix("vossendaal,\(question),") }.map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(4).joined(separator: ",") }
        }
        XCTAssertEqual(answer("ES01"), "1e0,1,20,answered")
        XCTAssertEqual(answer("IM02"), "DK,dk,,dont-know")
        XCTAssertEqual(answer("CA01"), "600,,,invalid")
    }

    func testCompareRefusesBadOptionsAndUnknownIds() throws {
        let out = try temporaryFolder().appendingPathComponent("compare")
        let bins = try run(["compare", Self.questionnaire, Self.sample, "--bins", "population=50000,10", "--out", out.path])
        XCTAssertEqual(bins.status, 64)
        XCTAssertTrue(bins.stderr.contains("the class edges must increase"), bins.stderr)
        XCTAssertEqual(try run(["compare", Self.questionnaire, Self.sample, "--min-group", "0", "--out", out.path]).status, 64)
        let unknown = try run(["compare", Self.questionnaire, Self.sample, "--select", "polderveldt", "--out", out.path])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("error: geen gerangschikte gemeente heeft de id \"polderveldt\" die --select noemt; bedoelt u \"polderveld\"?"),
                      "in the run's language (Dutch): \(unknown.stderr)")
        let unlike = try run(["compare", Self.questionnaire, Self.sample, "--select", "gent", "--lang", "en", "--out", out.path])
        XCTAssertEqual(unlike.stderr, "\(Self.sample): error: no ranked municipality has the id \"gent\" given to --select; "
                       + "give the ids of the id column (the first column of scores.csv), separated by commas\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing is written")
        let one = try run(["compare", Self.questionnaire, "--wave", "2023=\(Self.sample)", "--out", out.path])
        XCTAssertEqual(one.status, 64)
        XCTAssertTrue(one.stderr.contains("Give --wave at least twice"), one.stderr)
        let both = try run(["compare", Self.questionnaire, Self.sample, "--wave", "a=\(Self.sample)", "--wave", "b=\(Self.sample)", "--out", out.path])
        XCTAssertEqual(both.status, 64)
        XCTAssertEqual(try run(["compare", Self.questionnaire, "--wave", "2023", "--wave", "2024=x.csv", "--out", out.path]).status, 64)
        XCTAssertEqual(try run(["compare", Self.questionnaire, "--out", out.path]).status, 64, "no responses at all")
    }

    func testNewQuestionnairesValidateAndScoreInEveryLanguage() throws {
        for id in ["smart-city-dimensions", "smart-city-barometer"] {
            let files = ["Questionnaires/\(id)/questionnaire.json", "Questionnaires/\(id)/sample-responses.csv"]
            let result = try run(["validate"] + files + ["--strict"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            var summaries: [String: String] = [:]
            for language in ["nl", "fr", "en"] {
                let out = try temporaryFolder()
                let scored = try run(["score"] + files + ["--lang", language, "--out", out.path, "--strict"])
                XCTAssertEqual(scored.status, 0, scored.stderr)
                summaries[language] = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
                XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("scores.csv")).count > 0, true)
            }
            XCTAssertTrue(summaries["nl"]!.contains("## Rangschikking"))
            XCTAssertTrue(summaries["fr"]!.contains("## Classement"))
            XCTAssertTrue(summaries["en"]!.contains("## Ranking"))
        }
    }

    func testMissingTranslationFallsBackWithAWarning() throws {
        let out = try temporaryFolder()
        let result = try run(["score", Self.questionnaire, Self.sample, "--lang", "fr", "--out", out.path, "--format", "markdown"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, #"\#(Self.questionnaire): warning: de vragenlijst heeft geen teksten in "fr" (wel in nl, en); de teksten zijn in haar standaardtaal "nl""# + "\n",
                       "said in the language the run falls back to")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("## Rangschikking"), "falls back to Dutch")
    }

    // MARK: - Survey-tool exports

    static let exports = "Tests/SmartCityKitTests/Fixtures/exports"

    func testScoreAnExportAsItComes() throws {
        let out = try temporaryFolder()
        let result = try run(["score", Self.questionnaire, "\(Self.exports)/qualtrics.csv", "--out", out.path, "--format", "csv", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(Self.exports)/qualtrics.csv: note: read as an export of Qualtrics (found ImportId header row)"), result.stderr)
        let twin = try temporaryFolder()
        XCTAssertEqual(try run(["score", Self.questionnaire, "\(Self.exports)/twin.csv", "--out", twin.path, "--format", "csv"]).status, 0)
        let scores = { (folder: URL) in
            try String(contentsOf: folder.appendingPathComponent("scores-long.csv"), encoding: .utf8)
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(6).joined(separator: ",") }
        }
        XCTAssertEqual(try scores(out), try scores(twin), "the same scores as the canonical twin")
    }

    func testEachExportScoresWithItsDraftedMappingUnchanged() throws {
        let exports = ["qualtrics.csv", "google-forms.csv"] + ["code", "code-and-text", "abbreviated", "full-text-en", "full-text-nl", "full-text-fr", "full-text-de"]
            .map { "limesurvey/\($0).csv" }
        var scoresByFile: [String: String] = [:]
        for export in exports {
            let folder = try temporaryFolder()
            let mapping = folder.appendingPathComponent("mapping.json").path
            let drafted = try run(["map", Self.questionnaire, "\(Self.exports)/\(export)", "-o", mapping])
            XCTAssertEqual(drafted.status, 0, "\(export): \(drafted.stderr)")
            let draft = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: mapping))) as? [String: Any])
            let open = (draft["unmapped"] as? [[String: String]] ?? []).filter { !($0["reason"] ?? "").contains("free-text") }
            XCTAssertEqual(open.count, 0, "\(export): nothing left for the reviewer but to confirm: \(open)")
            let scored = try run(["score", Self.questionnaire, "\(Self.exports)/\(export)", "--map", mapping, "--out", folder.appendingPathComponent("out").path,
                                  "--format", "csv", "--include-incomplete"])
            XCTAssertEqual(scored.status, 0, "\(export): \(scored.stderr)")
            XCTAssertFalse(scored.stderr.contains("error:"), "\(export): \(scored.stderr)")
            scoresByFile[export] = try String(contentsOf: folder.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        }
        let lime = exports.filter { $0.hasPrefix("limesurvey/") }.compactMap { scoresByFile[$0] }
        XCTAssertEqual(Set(lime.map { $0.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).joined(separator: ",") } }).count, 1,
                       "every LimeSurvey heading style gives the same scores")
    }

    func testMapDraftsAndImportConverts() throws {
        let folder = try temporaryFolder()
        let mapping = folder.appendingPathComponent("mapping.json")
        let drafted = try run(["map", Self.questionnaire, "\(Self.exports)/surveymonkey.csv", "-o", mapping.path])
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        let draft = try String(contentsOf: mapping, encoding: .utf8)
        XCTAssertTrue(draft.contains(#""from": "surveymonkey""#), draft)
        XCTAssertTrue(draft.contains(#""Who does the government collaborate with on IT professionals (shared staff)? [province]": "CO01[province]""#), draft)

        let imported = try run(["import", "\(Self.exports)/surveymonkey.csv", "--map", mapping.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let lines = imported.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].hasPrefix("id,Collector ID,Start Date,"), String(lines[0]))
        XCTAssertTrue(lines[0].hasSuffix(",Name,ES01,ES02,IM01,IM04,IM09,IM14,PO01,CA01,CO01"), String(lines[0]))
        XCTAssertTrue(lines[1].hasSuffix(",Aalst,3,4,yes,integrated,4,2,ample,1.5,municipalities;province"), "labels become codes: \(lines[1])")

        let raw = try run(["import", "\(Self.exports)/qualtrics.csv", "--format", "json"])
        XCTAssertEqual(raw.status, 0, raw.stderr)
        XCTAssertTrue(raw.stdout.hasPrefix(#"{"labels": {"id": "Response ID", "StartDate": "Start Date", "EndDate": "End Date""#), raw.stdout)
        XCTAssertTrue(raw.stdout.contains("\"responses\": [\n  {\"id\": \"R_r1\", \"StartDate\": \"2026-03-01 10:00:00\""), raw.stdout)
        XCTAssertTrue(raw.stdout.contains(#""ES01": "Extract from the population register: how digitally does the municipality offer this product?""#),
                      "the question texts are kept as labels")
        XCTAssertTrue(raw.stdout.contains(#""CO01": "other local governments,province""#), "without a questionnaire the cells are kept as they are")
        XCTAssertTrue(raw.stdout.hasSuffix("\n]}\n"), raw.stdout)
        let rawCSV = try run(["import", "\(Self.exports)/qualtrics.csv"])
        let rawLines = rawCSV.stdout.split(separator: "\n")
        XCTAssertTrue(rawLines[0].hasPrefix("id,StartDate,EndDate,Status,"), String(rawLines[0]))
        XCTAssertTrue(rawLines[1].hasPrefix("Response ID,Start Date,End Date,Response Type,"), "the question texts as a second header row: \(rawLines[1])")
        XCTAssertTrue(rawLines[2].hasPrefix("R_r1,"), String(rawLines[2]))

        let reimport = folder.appendingPathComponent("canonical.csv")
        XCTAssertEqual(try run(["import", "\(Self.exports)/limesurvey.csv", "-q", Self.questionnaire, "-o", reimport.path]).status, 0)
        let canonical = try run(["validate", Self.questionnaire, reimport.path])
        XCTAssertEqual(canonical.status, 0, "the canonical file validates: \(canonical.stderr)")
    }
}

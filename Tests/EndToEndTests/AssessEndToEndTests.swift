import Foundation
import XCTest

/// `smartcity assess` as a municipality uses it: piped answers, stopping and resuming, a kill in
/// the middle, and a real terminal (tmux) when it is installed.
final class AssessEndToEndTests: XCTestCase {
    private let questionnaire = EndToEndTests.questionnaire

    /// A file of the repository, by its absolute path (the runs below work in a folder of their own).
    private func repository(_ path: String) -> String { EndToEndTests.root.appendingPathComponent(path).path }

    /// Runs the binary in `directory` with `input` on standard input.
    private func run(_ arguments: [String], input: String, in directory: URL,
                     environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = EndToEndTests.environment(environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// Every file under `folder` with its bytes (to show that a run left them as they were).
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The sample responses' header and the row of `index` (1 is the first municipality), in the
    /// shape assess writes: id, name and the answers (the metadata columns left out).
    private func answersFile(rows indices: [Int]) throws -> String {
        let lines = try String(contentsOf: EndToEndTests.root.appendingPathComponent(EndToEndTests.sample), encoding: .utf8).split(separator: "\n")
        func owned(_ line: Substring) -> String {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return (cells.prefix(2) + cells.dropFirst(5)).joined(separator: ",")
        }
        return ([owned(lines[0])] + indices.map { owned(lines[$0]) }).joined(separator: "\n") + "\n"
    }

    private func answerRow(_ path: URL) throws -> [String] {
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "a header and one respondent")
        return lines.last.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func testAFinishedAssessmentReportsTheChangeSinceThePreviousAndTheRoadToItsTargets() throws {
        // Scheldestad's 2025 answers, already complete: Enter writes the report at once.
        let directory = try temporaryFolder()
        let answers = directory.appendingPathComponent("answers.csv")
        try answersFile(rows: [1]).write(to: answers, atomically: true, encoding: .utf8)
        let result = try run(["assess", repository(questionnaire), "--answers", answers.path, "--lang", "en",
                              "--previous", repository("Questionnaires/i-monitor/sample-responses-2024.csv"),
                              "--targets", repository("Questionnaires/i-monitor/sample-responses-2024.csv")], input: "\n", in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let reports = directory.appendingPathComponent("Reports/i-monitor/assess/scheldestad")
        let markdown = try String(contentsOf: reports.appendingPathComponent("municipalities/scheldestad.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Since the last assessment"), markdown)
        XCTAssertTrue(markdown.contains("## Targets"), markdown)

        let sample = try String(contentsOf: EndToEndTests.root.appendingPathComponent(EndToEndTests.sample), encoding: .utf8).split(separator: "\n")
        let elsewhere = directory.appendingPathComponent("elsewhere.csv")
        try (sample[0] + "\n" + sample[2] + "\n").write(to: elsewhere, atomically: true, encoding: .utf8)
        let missing = try run(["assess", repository(questionnaire), "--answers", answers.path, "--targets", elsewhere.path], input: "\n", in: directory)
        XCTAssertEqual(missing.status, 1, "target answers without this municipality's id are an error")

        // A row error in the previous assessment's file: the report is written, the exit status is 1.
        let previous = try String(contentsOf: EndToEndTests.root.appendingPathComponent("Questionnaires/i-monitor/sample-responses-2024.csv"), encoding: .utf8)
        var broken = sample[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        (broken[0], broken[5]) = ("nieuwdorp", "zzz")  // an id of its own, and ES01 no scale point
        let previousWithError = directory.appendingPathComponent("previous.csv")
        try (previous + broken.joined(separator: ",") + "\n").write(to: previousWithError, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: reports)
        let withError = try run(["assess", repository(questionnaire), "--answers", answers.path, "--lang", "en", "--previous", previousWithError.path],
                                input: "\n", in: directory)
        XCTAssertEqual(withError.status, 1, "a row error in --previous is invalid input, as in score")
        let rewritten = try String(contentsOf: reports.appendingPathComponent("municipalities/scheldestad.md"), encoding: .utf8)
        XCTAssertTrue(rewritten.contains("## Since the last assessment"), "the report is still written")
    }

    func testPipedAnswersStopResumeAndWriteTheReport() throws {
        let directory = try temporaryFolder()
        let answers = directory.appendingPathComponent("answers.csv")
        let arguments = ["assess", repository(questionnaire), "--answers", answers.path, "--id", "testville", "--name", "Testville", "--lang", "en"]
        let first = try run(arguments, input: "3\n4\nb\n5\n?\ndk\nq\n", in: directory)
        XCTAssertEqual(first.status, 0)
        XCTAssertTrue(first.stdout.contains("Stopped. Your answers are saved in \(answers.path)"), first.stdout)
        XCTAssertEqual(Array(try answerRow(answers).prefix(5)), ["testville", "Testville", "3", "5", "dk"])

        // Resumed at ES04: the last two e-services, then everything else skipped, then the report.
        let rest = Array(repeating: "s", count: 45).joined(separator: "\n")
        let second = try run(arguments, input: "2\n\(rest)\n\n", in: directory)
        XCTAssertEqual(second.status, 0, second.stdout)
        XCTAssertTrue(second.stdout.contains("Question 4 of 48"), "resumed at the first unanswered question")
        XCTAssertEqual(Array(try answerRow(answers).prefix(6)), ["testville", "Testville", "3", "5", "dk", "2"])
        let report = directory.appendingPathComponent("Reports/i-monitor/assess/testville/municipalities/testville.md")
        let markdown = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# Testville\n"))
        XCTAssertTrue(markdown.contains("## What cost points"), markdown)
        XCTAssertTrue(FileManager.default.fileExists(atPath: report.deletingPathExtension().appendingPathExtension("html").path))
        XCTAssertTrue(second.stdout.contains("The report of Testville is in Reports/i-monitor/assess/testville/municipalities/testville.md"), second.stdout)
        // The files the help and README name, and no others.
        let folder = directory.appendingPathComponent("Reports/i-monitor/assess/testville")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix("municipalities") }.sorted()
        XCTAssertEqual(written, ["municipalities/testville.council.html", "municipalities/testville.html", "municipalities/testville.md", "summary.html", "summary.md"])
        let help = try run(["assess", "--help", "--lang", "en"], input: "", in: directory)
        XCTAssertTrue(help.stdout.contains("summary.md and municipalities/<id>.md, both also as .html, and the one-page council summary\n"
                                           + "municipalities/<id>.council.html"), help.stdout)
    }

    func testGoingToAMistypedQuestionIDNamesTheQuestionMeant() throws {
        let directory = try temporaryFolder()
        let arguments = ["assess", repository(questionnaire), "--answers", "a.csv", "--id", "x", "--name", "X", "--lang", "en"]
        let english = try run(arguments, input: "g ES4\ng ESS05\ng XYZ123\nq\n", in: directory)
        XCTAssertTrue(english.stdout.contains("> No question has that id: ES4; did you mean ES04?\n"), english.stdout)
        XCTAssertTrue(english.stdout.contains("> No question has that id: ESS05; did you mean ES05?\n"), english.stdout)
        XCTAssertTrue(english.stdout.contains("> No question has that id: XYZ123\n"), english.stdout)
        let dutch = try run(["assess", repository(questionnaire), "--answers", "b.csv", "--id", "x", "--name", "X", "--lang", "nl"], input: "g ES4\nq\n", in: directory)
        XCTAssertTrue(dutch.stdout.contains("> Geen vraag heeft dat id: ES4; bedoelt u ES04?\n"), dutch.stdout)
    }

    /// Issue 28, item 1: an answer off the scale is explained in the dialogue's language, never
    /// as a Swift value; the language of a regional tag or of the environment is said on stderr.
    func testAnAnswerOffTheScaleIsExplainedInTheDialoguesLanguage() throws {
        let directory = try temporaryFolder()
        let dutch = try run(["assess", repository(questionnaire), "--answers", "a.csv", "--id", "x", "--name", "X", "--lang", "nl-BE"],
                            input: "7\nq\n", in: directory)
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        // Wrapped to 80 columns: the lines of the message.
        XCTAssertTrue(dutch.stdout.contains("Geen antwoord op deze vraag: \"7\" is geen van de keuzes; typ een van 0, 1, 2, 3,\n4, 5, dk, na\n"), dutch.stdout)
        XCTAssertEqual(dutch.stderr, "\(repository(questionnaire)): note: --lang nl-BE wordt gelezen als Nederlands (nl)\n")
        let barometer = repository("Questionnaires/smart-city-barometer/questionnaire.json")
        let french = try run(["assess", barometer, "--answers", "b.csv", "--id", "y", "--name", "Y"], input: "99\nq\n", in: directory,
                             environment: ["LC_ALL": "fr_CH.UTF-8", "LANG": "en_GB.UTF-8"])
        XCTAssertTrue(french.stdout.contains("Pas une réponse à cette question\u{202F}: «\u{202F}99\u{202F}» n’est pas l’un des choix\u{202F}; "
            + "tapez l’un\nde ceux-ci\u{202F}: 1, 2, 3, 4, 5, dk, na\n"), french.stdout)
        XCTAssertTrue(french.stdout.contains("Arrêté. Vos réponses sont enregistrées dans b.csv\u{202F}; "), french.stdout)
        for output in [dutch.stdout, french.stdout] {
            for swiftValue in ["AnswerProblem", "(message:", "Optional(", "is not on the scale", "unknown option"] {
                XCTAssertFalse(output.contains(swiftValue), swiftValue)
            }
        }
    }

    /// Issue 28, item 1: a file to start from with an answer off the scale is explained in the
    /// run's language (the cell's location kept), in Dutch and in French.
    func testACellOffTheScaleInTheFileToStartFromIsExplainedInTheRunsLanguage() throws {
        let directory = try temporaryFolder()
        let row = try answersFile(rows: [1]).replacingOccurrences(of: "scheldestad,Scheldestad,4,3,4,", with: "scheldestad,Scheldestad,4,3,7,")
        try row.write(to: directory.appendingPathComponent("start.csv"), atomically: true, encoding: .utf8)
        let dutch = try run(["assess", repository(questionnaire), "--start-from", "start.csv", "--answers", "a.csv", "--lang", "nl"], input: "", in: directory)
        XCTAssertEqual(dutch.stderr, "start.csv:2:ES03: error: 7 ligt niet op de schaal van ES03; gebruik een van 0, 1, 2, 3, 4, 5, "
            + "of \"dk\" / \"na\", of laat de cel leeg. Het antwoord telt niet mee.\n")
        let french = try run(["assess", repository("Questionnaires/smart-city-barometer/questionnaire.json"), "--start-from",
                              repository("Questionnaires/smart-city-barometer/sample-responses.csv"), "--id", "scheldestad", "--answers", "b.csv"],
                             input: "", in: directory, environment: ["LANG": "fr_BE.UTF-8"])
        XCTAssertEqual(french.stderr, "", "the sample is valid")
        let english = try run(["assess", repository(questionnaire), "--start-from", "start.csv", "--answers", "c.csv", "--lang", "en"], input: "", in: directory)
        XCTAssertTrue(english.stderr.hasPrefix("start.csv:2:ES03: error: 7 is not on the scale of ES03; use one of 0, 1, 2, 3, 4, 5, or "), english.stderr)
    }

    /// Issue 24, item 4: a responses file of 12 municipalities given as the answers file, with
    /// nothing typed, is left byte for byte as it was, with the fix on standard error.
    func testAnAnswersFileOfSeveralRespondentsIsNeverRewritten() throws {
        let directory = try temporaryFolder()
        let responses = directory.appendingPathComponent("responses.csv")
        try FileManager.default.copyItem(at: EndToEndTests.root.appendingPathComponent(EndToEndTests.sample), to: responses)
        let before = try snapshot(directory)
        for input in ["", "3\n4\nq\n"] {
            let result = try run(["assess", repository(questionnaire), "--answers", "responses.csv", "--lang", "en"], input: input, in: directory)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("responses.csv: error: holds 12 respondents (ids scheldestad, leiezate, bosvoorde, demerhove, vossendaal "
                + "and 7 more); assess saves the answers of one municipality and would lose the others; start from it in a new answers file: "
                + "--start-from responses.csv --id ID --answers NEW.csv"), result.stderr)
            XCTAssertEqual(try snapshot(directory), before, "nothing is written, nothing is created")
        }
        // One municipality, but with the metadata columns assess does not write: refused too.
        let sample = try String(contentsOf: responses, encoding: .utf8).split(separator: "\n")
        try (sample[0] + "\n" + sample[1] + "\n").write(to: responses, atomically: true, encoding: .utf8)
        let withColumns = try snapshot(directory)
        let metadata = try run(["assess", repository(questionnaire), "--answers", "responses.csv"], input: "", in: directory)
        XCTAssertEqual(metadata.status, 1)
        XCTAssertTrue(metadata.stderr.contains("heeft kolommen die een antwoordbestand van assess niet bewaart (\"province\", \"population\", \"area\")"),
                      "in the questionnaire's language, Dutch: \(metadata.stderr)")
        XCTAssertEqual(try snapshot(directory), withColumns)
    }

    /// The fix the refusal gives: start from one municipality of the responses file in a new
    /// answers file. An input that ends at once writes nothing; Enter saves and reports.
    func testStartingFromAResponsesFileSavesANewAnswersFileAndLeavesItAsItWas() throws {
        let directory = try temporaryFolder()
        let responses = directory.appendingPathComponent("responses.csv")
        try FileManager.default.copyItem(at: EndToEndTests.root.appendingPathComponent(EndToEndTests.sample), to: responses)
        let before = try snapshot(directory)
        let arguments = ["assess", repository(questionnaire), "--start-from", "responses.csv", "--id", "leiezate", "--answers", "leiezate.csv", "--lang", "en"]
        let nothingTyped = try run(arguments, input: "", in: directory)
        XCTAssertEqual(nothingTyped.status, 0, nothingTyped.stderr)
        XCTAssertTrue(nothingTyped.stdout.contains("Stopped before anything was saved; no file was written."), nothingTyped.stdout)
        XCTAssertEqual(try snapshot(directory), before)

        let unchosen = try run(["assess", repository(questionnaire), "--start-from", "responses.csv", "--lang", "en"], input: "\n", in: directory)
        XCTAssertEqual(unchosen.status, 1)
        XCTAssertTrue(unchosen.stderr.contains("holds 12 respondents (ids scheldestad, leiezate, bosvoorde, demerhove, vossendaal and 7 more); "
            + "choose the municipality with --id ID"), unchosen.stderr)
        let mistyped = try run(["assess", repository(questionnaire), "--start-from", "responses.csv", "--id", "leizate", "--answers", "l.csv", "--lang", "en"],
                               input: "\n", in: directory)
        XCTAssertEqual(mistyped.status, 1)
        XCTAssertTrue(mistyped.stderr.contains("responses.csv: error: has no respondent with the id \"leizate\"; did you mean \"leiezate\"? Give it with --id"),
                      mistyped.stderr)
        let unlike = try run(["assess", repository(questionnaire), "--start-from", "responses.csv", "--id", "gent", "--answers", "g.csv", "--lang", "en"],
                             input: "\n", in: directory)
        XCTAssertTrue(unlike.stderr.contains("has no respondent with the id \"gent\" (ids scheldestad, leiezate, bosvoorde, demerhove, vossendaal and 7 more); "
            + "give one of its ids with --id"), unlike.stderr)

        let finished = try run(arguments, input: "\n", in: directory)
        XCTAssertEqual(finished.status, 0, finished.stderr)
        XCTAssertEqual(Array(try answerRow(directory.appendingPathComponent("leiezate.csv")).prefix(3)), ["leiezate", "Leiezate", "3"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("Reports/i-monitor/assess/leiezate/municipalities/leiezate.md").path))
        XCTAssertEqual(try snapshot(directory).filter { $0.key == "/responses.csv" }, before, "the responses file is only read")

        // Run again: it goes on with leiezate.csv (a note says so), which Enter does not rewrite.
        let saved = try Data(contentsOf: directory.appendingPathComponent("leiezate.csv"))
        let again = try run(arguments + ["--out", "again"], input: "\n", in: directory)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("leiezate.csv: note: exists: the assessment goes on with its answers"), again.stderr)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("leiezate.csv")), saved)
    }

    /// Issue 24, item 4: a workbook given as the answers file is read, never written, and a CSV
    /// of the same name beside it neither takes its place nor is overwritten.
    func testAWorkbookIsReadNeverWrittenAndTheCSVBesideItIsLeftAlone() throws {
        let directory = try temporaryFolder()
        try FileManager.default.copyItem(at: EndToEndTests.root.appendingPathComponent("Tests/SmartCityKitTests/Fixtures/xlsx/sample.xlsx"),
                                         to: directory.appendingPathComponent("X.xlsx"))
        // Beside it, a CSV in the very shape assess writes, of another municipality.
        try answersFile(rows: [5]).write(to: directory.appendingPathComponent("X.csv"), atomically: true, encoding: .utf8)
        let before = try snapshot(directory)
        let arguments = ["assess", repository(questionnaire), "--answers", "X.xlsx", "--id", "scheldestad", "--lang", "en"]
        let nothingTyped = try run(arguments, input: "", in: directory)
        XCTAssertEqual(nothingTyped.status, 0, nothingTyped.stderr)
        XCTAssertTrue(nothingTyped.stderr.contains("X.xlsx: warning: is a workbook, which assess reads but never writes: its answers are taken over "
            + "and saved in Reports/i-monitor/assess/answers.csv"), nothingTyped.stderr)
        XCTAssertEqual(try snapshot(directory), before)

        let finished = try run(arguments, input: "\n", in: directory)
        XCTAssertEqual(finished.status, 0, finished.stderr)
        XCTAssertTrue(finished.stdout.contains("The report of Scheldestad is in Reports/i-monitor/assess/scheldestad/municipalities/scheldestad.md"),
                      finished.stdout)
        let after = try snapshot(directory)
        XCTAssertEqual(after["/X.csv"], before["/X.csv"])
        XCTAssertEqual(after["/X.xlsx"], before["/X.xlsx"])
        XCTAssertEqual(Array(try answerRow(directory.appendingPathComponent("Reports/i-monitor/assess/answers.csv")).prefix(3)),
                       ["scheldestad", "Scheldestad", "4"], "the workbook's answers, not those of the CSV beside it")
    }

    /// Issue 24, item 5: the answers file in a folder of score reports; every report survives
    /// the assessment, whose report goes to a folder of its own. Told to write there with --out,
    /// it keeps them unless --force is given, as score does.
    func testScoreReportsBesideTheAnswersFileSurviveAnAssessment() throws {
        let directory = try temporaryFolder()
        let reports = directory.appendingPathComponent("DD")
        let scored = try run(["score", repository(questionnaire), repository(EndToEndTests.sample), "--out", reports.path, "--format", "markdown,csv,html"],
                             input: "", in: directory)
        XCTAssertEqual(scored.status, 0, scored.stderr)
        try answersFile(rows: [1]).write(to: reports.appendingPathComponent("me.csv"), atomically: true, encoding: .utf8)
        let before = try snapshot(reports)
        XCTAssertGreaterThan(before.count, 20, "summary, scores and a report per municipality")

        let result = try run(["assess", repository(questionnaire), "--answers", "DD/me.csv", "--lang", "en"], input: "\n", in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try snapshot(reports), before, "every score report, and the answers, as they were")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("Reports/i-monitor/assess/scheldestad/summary.md").path))

        let told = try run(["assess", repository(questionnaire), "--answers", "DD/me.csv", "--out", "DD", "--lang", "en"], input: "\n", in: directory)
        XCTAssertEqual(told.status, 1)
        XCTAssertTrue(told.stderr.contains("already exists"), told.stderr)
        XCTAssertTrue(told.stderr.contains("Use --force to overwrite"), told.stderr)
        XCTAssertEqual(told.stdout, "", "refused before the dialogue, not after the last answer")
        XCTAssertEqual(try snapshot(reports), before)
    }

    /// Issue 24, item 5: an answers file in the current folder gets its report (there was no
    /// folder of the answers' own to write it into).
    func testAnAnswersFileInTheCurrentFolderGetsItsReport() throws {
        let directory = try temporaryFolder()
        try answersFile(rows: [2]).write(to: directory.appendingPathComponent("me.csv"), atomically: true, encoding: .utf8)
        let result = try run(["assess", repository(questionnaire), "--answers", "me.csv", "--lang", "en"], input: "\n", in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("The report of Leiezate is in Reports/i-monitor/assess/leiezate/municipalities/leiezate.md"), result.stdout)
        let markdown = try String(contentsOf: directory.appendingPathComponent("Reports/i-monitor/assess/leiezate/municipalities/leiezate.md"), encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# Leiezate\n"), markdown)
        let own = try run(["assess", repository(questionnaire), "--answers", "me.csv", "--out", "mine"], input: "\n", in: directory)
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("mine/municipalities/leiezate.md").path))
    }

    /// SIGKILL after two answers: both are in the file, which is whole.
    func testAKillLosesNoSavedAnswer() throws {
        let answers = try temporaryFolder().appendingPathComponent("answers.csv")
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["assess", questionnaire, "--answers", answers.path, "--id", "k", "--name", "K"]
        process.currentDirectoryURL = EndToEndTests.root
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("1\n2\n".utf8))
        var row: [String] = []
        for _ in 0..<200 {
            if let text = try? String(contentsOf: answers, encoding: .utf8), text.contains("k,K,1,2,") {
                row = try answerRow(answers)
                break
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(Array(row.prefix(4)), ["k", "K", "1", "2"])
        XCTAssertEqual(Array(try answerRow(answers).prefix(4)), ["k", "K", "1", "2"], "the file is whole after the kill")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: answers.deletingLastPathComponent().path).filter { $0.contains("smartcity-tmp") }
        XCTAssertLessThanOrEqual(leftovers.count, 1, "at most the temporary file of the answer being saved")
    }

    /// In a real terminal (tmux, skipped when it is not installed): the screen shows the question
    /// and its choices, a typed answer moves on, q stops with the answer saved.
    func testTheDialogueInARealTerminal() throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("tmux is not installed (apt-get install tmux); the terminal dialogue was not driven")
        }
        guard let bash = ["/bin/bash", "/usr/bin/bash"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("bash is not installed; the terminal dialogue was not driven")
        }
        let answers = try temporaryFolder().appendingPathComponent("answers.csv")
        let session = "smartcity-\(UUID().uuidString.prefix(8))"
        // A server of the test's own (its own socket), never waited on without a deadline: a
        // tmux that does not answer skips the test rather than hanging the suite.
        let socket = "smartcity-test-\(UUID().uuidString.prefix(8))"
        /// Runs tmux on the test's socket; its output only when asked for (the server it starts keeps a pipe open).
        func tmuxRun(_ arguments: [String], output: Bool = false) throws -> String {
            let process = Process()
            // Through bash (dash cannot close descriptors above 9), which first closes every descriptor above 2: the tmux server would
            // otherwise keep the one by which Foundation sees its client exit, and it never would.
            process.executableURL = URL(fileURLWithPath: bash)
            process.arguments = ["-c", #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec "$0" "$@""#,
                                 tmux, "-L", socket] + arguments
            let out = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output ? out : FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            guard !process.isRunning else {
                process.terminate()
                throw XCTSkip("tmux did not answer within 10 seconds (\(arguments.first ?? "")); the terminal dialogue was not driven")
            }
            return output ? String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
        }
        func screen(until text: String) throws -> String {
            var captured = ""
            for _ in 0..<150 {
                captured = try tmuxRun(["capture-pane", "-p", "-t", session], output: true)
                if captured.contains(text) { return captured }
                usleep(20_000)
            }
            return captured
        }
        let command = [EndToEndTests.binary.path, "assess", questionnaire, "--answers", answers.path, "--id", "t", "--name", "T", "--lang", "nl"]
            .map { "'\($0)'" }.joined(separator: " ")
        _ = try tmuxRun(["new-session", "-d", "-s", session, "-x", "50", "-y", "30", "-c", EndToEndTests.root.path, command + "; sleep 5"])
        addTeardownBlock { _ = try? tmuxRun(["kill-server"]) }
        let first = try screen(until: "Vraag 1 van 48")
        XCTAssertTrue(first.contains("dk) weet niet"), first)
        XCTAssertFalse(first.split(separator: "\n").contains { $0.count > 50 }, "lines fit the 50-column terminal")
        _ = try tmuxRun(["send-keys", "-t", session, "4", "Enter"])
        XCTAssertTrue(try screen(until: "Vraag 2 van 48").contains("Vraag 2 van 48"))
        _ = try tmuxRun(["send-keys", "-t", session, "q", "Enter"])
        XCTAssertTrue(try screen(until: "Gestopt").contains("Gestopt"))
        XCTAssertEqual(Array(try answerRow(answers).prefix(3)), ["t", "T", "4"])
    }
}

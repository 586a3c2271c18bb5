import Foundation
import XCTest

/// Nothing lost, nothing crashed: closed and full streams, standard input, report sets that change
/// all at once even when a run is killed, one run per folder.
final class OutputSafetyTests: XCTestCase {
    static let questionnaire = EndToEndTests.questionnaire
    static let sample = EndToEndTests.sample

    /// Runs the binary with stdin, stdout and stderr as given (a path, or nil for a pipe to read).
    func run(_ arguments: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil) throws -> EndToEndTests.Run {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = EndToEndTests.root
        let out = Pipe(), err = Pipe()
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        process.standardOutput = try stdout.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        process.standardError = try stderr.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? err
        try process.run()
        let output = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errors = stderr == nil ? err.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return EndToEndTests.Run(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                                 stderr: String(decoding: errors, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testAFullStandardOutputIsAnErrorNotACrash() throws {
        for arguments in [["template", Self.questionnaire], ["import", Self.sample], ["import", Self.sample, "--help"]] {
            let result = try run(arguments, stdout: "/dev/full")
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("cannot write to standard output"), result.stderr)
        }
    }

    func testAFullStandardErrorDoesNotStopTheReports() throws {
        let out = try temporaryFolder().appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--format", "csv"], stderr: "/dev/full")
        XCTAssertEqual(result.status, 0)
        let rows = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(rows.count, 13)
    }

    func testStandardInputIsReadOnce() throws {
        let folder = try temporaryFolder()
        for input in ["-", "/dev/stdin"] {
            let out = folder.appendingPathComponent("from-\(input == "-" ? "dash" : "dev")")
            let result = try run(["score", Self.questionnaire, input, "--out", out.path, "--format", "csv,json"],
                                 stdin: EndToEndTests.root.appendingPathComponent(Self.sample).path)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "Scored 12 respondents; wrote 3 files to \(out.path)/\n")
            XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8).split(separator: "\n").count, 13)
        }
    }

    func testOutputPathsAreChecked() throws {
        let folder = try temporaryFolder()
        for blank in ["", "  "] {
            let empty = try run(["score", Self.questionnaire, Self.sample, "--out", blank])
            XCTAssertEqual(empty.status, 64)
            XCTAssertTrue(empty.stderr.hasPrefix("Error: The value for '--out' is empty; name a folder."), empty.stderr)
        }
        let file = folder.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        let notFolder = try run(["score", Self.questionnaire, Self.sample, "--out", file.path])
        XCTAssertEqual(notFolder.stderr, "\(file.path): error: is a file, not a folder; name a folder for the reports with --out\n")
        let out = folder.appendingPathComponent("reports")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--format", "csv"]).status, 0)
        let input = out.appendingPathComponent("scores.csv").path
        let own = try run(["score", Self.questionnaire, input, "--out", out.path, "--force"])
        XCTAssertEqual(own.status, 64)
        XCTAssertTrue(own.stderr.hasPrefix("Error: The input '\(input)' is one of the reports this run would replace"), own.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: input), "the input is still there")
        let generated = try run(["generate", Self.questionnaire, "--count", "1", "-o", ""])
        XCTAssertEqual(generated.status, 64)
        let copy = folder.appendingPathComponent("sample.csv")
        try FileManager.default.copyItem(at: EndToEndTests.root.appendingPathComponent(Self.sample), to: copy)
        let overInput = try run(["import", copy.path, "-o", copy.path, "--force"])
        XCTAssertEqual(overInput.status, 64)
        XCTAssertTrue(overInput.stderr.hasPrefix("Error: The output file '\(copy.path)' is also an input"), overInput.stderr)
        XCTAssertEqual(try Data(contentsOf: copy), try Data(contentsOf: EndToEndTests.root.appendingPathComponent(Self.sample)))
    }

    /// The counts a report set states about itself: rows of scores.csv, respondents of
    /// scores.json, per-respondent reports; they agree in a complete set.
    private func respondentCounts(_ out: URL) throws -> [Int] {
        let csv = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8).split(separator: "\n").count - 1
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("scores.json"))) as? [String: Any]
        let respondents = (json?["respondents"] as? [Any])?.count ?? -1
        let reports = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("municipalities").path).count
        return [csv, respondents, reports]
    }

    /// A run killed at any moment leaves one complete report set - the previous one, or the new
    /// one when it had finished - and the next run cleans up after it and says so.
    func testAKilledRunLeavesOneCompleteReportSet() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("reports")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", out.path]).status, 0)
        XCTAssertEqual(try respondentCounts(out), [12, 12, 12])
        let big = folder.appendingPathComponent("big.csv")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "3000", "-o", big.path]).status, 0)

        var killed = 0
        for delay in [0, 50_000, 200_000, 600_000] as [useconds_t] {
            let process = Process()
            process.executableURL = EndToEndTests.binary
            process.arguments = ["score", Self.questionnaire, big.path, "--out", out.path, "--force"]
            process.currentDirectoryURL = EndToEndTests.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let staging = folder.appendingPathComponent(".reports.smartcity-new-\(process.processIdentifier)")
            let deadline = Date().addingTimeInterval(30)
            while !FileManager.default.fileExists(atPath: staging.path) && process.isRunning && Date() < deadline { usleep(1_000) }
            if delay == 0, process.isRunning {
                // A second run into the same folder is refused while the first holds it.
                let second = try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--force"])
                XCTAssertEqual(second.status, 1)
                XCTAssertTrue(second.stderr.contains("another smartcity run is writing reports here"), second.stderr)
            }
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let counts = try respondentCounts(out)
            XCTAssertTrue(counts == [12, 12, 12] || counts == [3000, 3000, 3000], "one complete set after a kill \(delay) µs in: \(counts)")
        }
        XCTAssertGreaterThan(killed, 0, "at least one run was killed while it wrote")

        let next = try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--force"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertTrue(next.stderr.contains("note: removed what an interrupted run (process "), next.stderr)
        XCTAssertEqual(try respondentCounts(out), [12, 12, 12])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("smartcity-new") || $0.contains("smartcity-old") }
        XCTAssertEqual(left, [], "no temporary folder is left")
    }

    func testKeepColumnOnTheCommandLine() throws {
        let out = try temporaryFolder().appendingPathComponent("reports")
        let export = "Tests/SmartCityKitTests/Fixtures/exports/surveymonkey.csv"
        let result = try run(["score", Self.questionnaire, export, "--out", out.path, "--format", "csv", "--keep-column", "Email Address",
                              "--keep-column", "Collector ID"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains(#"surveymonkey.csv:1:Email Address: warning: column "Email Address" holds personal data; it is copied into the reports because --keep-column names it"#), result.stderr)
        XCTAssertTrue(result.stderr.contains("left out of the reports as personal data: IP Address, First Name, Last Name"), result.stderr)
        let header = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8).split(separator: "\n")[0]
        XCTAssertTrue(header.hasPrefix("id,Collector ID,Email Address,Name,e-services,"), String(header))
    }

    func testTheCommandLineHelps() throws {
        let upper = try run(["score", Self.questionnaire, Self.sample, "--lang", "EN", "--out", try temporaryFolder().path, "--format", "markdown", "--force"])
        XCTAssertEqual(upper.status, 0)
        XCTAssertEqual(upper.stderr, "", "EN is en")
        let swapped = try run(["score", Self.sample, Self.questionnaire])
        XCTAssertEqual(swapped.status, 1)
        XCTAssertTrue(swapped.stderr.contains("this looks like a responses file, not a questionnaire - did you swap them? Give the questionnaire (JSON) first"), swapped.stderr)
        let questionnaireAsResponses = try run(["score", Self.questionnaire, Self.questionnaire, "--out", try temporaryFolder().path])
        XCTAssertEqual(questionnaireAsResponses.status, 1)
        XCTAssertTrue(questionnaireAsResponses.stderr.contains("found an object; this is a questionnaire, not a responses file - did you swap them?"),
                      questionnaireAsResponses.stderr)
        let otherSpelling = try run(["generate", Self.questionnaire, "--count", "2", "--out", "x.csv"])
        XCTAssertEqual(otherSpelling.status, 64)
        XCTAssertTrue(otherSpelling.stderr.hasPrefix("Error: Unknown option '--out'. Did you mean '--output'?"), "files take --output: \(otherSpelling.stderr)")
        let folderSpelling = try run(["score", Self.questionnaire, Self.sample, "--output", "x"])
        XCTAssertTrue(folderSpelling.stderr.hasPrefix("Error: Unknown option '--output'. Did you mean '--out'?"), "folders take --out: \(folderSpelling.stderr)")
        let misspelled = try run(["score", Self.questionnaire, Self.sample, "--fromat", "csv"])
        XCTAssertEqual(misspelled.status, 64)
        XCTAssertTrue(misspelled.stderr.hasPrefix("Error: Unknown option '--fromat'. Did you mean '--format'?"), misspelled.stderr)
        let count = try run(["generate", Self.questionnaire, "--count", "-1"])
        XCTAssertEqual(count.status, 64)
        XCTAssertTrue(count.stderr.hasPrefix("Error: The value '-1' is invalid for '--count <n>'"), count.stderr)
        XCTAssertTrue(try run(["generate", "--help"]).stdout.contains("USAGE: smartcity generate <questionnaire> --count <n> [--seed <s>]"))
        XCTAssertTrue(try run(["score", "--help"]).stdout.contains("descriptive.csv"))
    }
}

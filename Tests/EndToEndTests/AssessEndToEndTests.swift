import Foundation
import XCTest

/// `smartcity assess` as a municipality uses it: piped answers, stopping and resuming, a kill in
/// the middle, and a real terminal (tmux) when it is installed.
final class AssessEndToEndTests: XCTestCase {
    private let questionnaire = EndToEndTests.questionnaire

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-assess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Runs the binary with `input` on standard input.
    private func run(_ arguments: [String], input: String) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = EndToEndTests.root
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private func answerRow(_ path: URL) throws -> [String] {
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "a header and one respondent")
        return lines.last.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func testAFinishedAssessmentReportsTheChangeSinceThePreviousAndTheRoadToItsTargets() throws {
        // Scheldestad's 2025 answers, already complete: Enter writes the report at once.
        let answers = try folder().appendingPathComponent("answers.csv")
        let sample = try String(contentsOf: EndToEndTests.root.appendingPathComponent(EndToEndTests.sample), encoding: .utf8).split(separator: "\n")
        try (sample[0] + "\n" + sample[1] + "\n").write(to: answers, atomically: true, encoding: .utf8)
        let result = try run(["assess", questionnaire, "--answers", answers.path, "--lang", "en",
                              "--previous", "Questionnaires/i-monitor/sample-responses-2024.csv",
                              "--targets", "Questionnaires/i-monitor/sample-responses-2024.csv"], input: "\n")
        XCTAssertEqual(result.status, 0, result.stdout)
        let markdown = try String(contentsOf: answers.deletingLastPathComponent().appendingPathComponent("municipalities/scheldestad.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Since the last assessment"), markdown)
        XCTAssertTrue(markdown.contains("## Targets"), markdown)

        let elsewhere = answers.deletingLastPathComponent().appendingPathComponent("elsewhere.csv")
        try (sample[0] + "\n" + sample[2] + "\n").write(to: elsewhere, atomically: true, encoding: .utf8)
        let missing = try run(["assess", questionnaire, "--answers", answers.path, "--targets", elsewhere.path], input: "\n")
        XCTAssertEqual(missing.status, 1, "target answers without this municipality's id are an error")

        // A row error in the previous assessment's file: the report is written, the exit status is 1.
        let previous = try String(contentsOf: EndToEndTests.root.appendingPathComponent("Questionnaires/i-monitor/sample-responses-2024.csv"), encoding: .utf8)
        var broken = sample[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        (broken[0], broken[5]) = ("nieuwdorp", "zzz")  // an id of its own, and ES01 no scale point
        let previousWithError = answers.deletingLastPathComponent().appendingPathComponent("previous.csv")
        try (previous + broken.joined(separator: ",") + "\n").write(to: previousWithError, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: answers.deletingLastPathComponent().appendingPathComponent("municipalities"))
        let withError = try run(["assess", questionnaire, "--answers", answers.path, "--lang", "en", "--previous", previousWithError.path], input: "\n")
        XCTAssertEqual(withError.status, 1, "a row error in --previous is invalid input, as in score")
        let rewritten = try String(contentsOf: answers.deletingLastPathComponent().appendingPathComponent("municipalities/scheldestad.md"), encoding: .utf8)
        XCTAssertTrue(rewritten.contains("## Since the last assessment"), "the report is still written")
    }

    func testPipedAnswersStopResumeAndWriteTheReport() throws {
        let answers = try folder().appendingPathComponent("answers.csv")
        let arguments = ["assess", questionnaire, "--answers", answers.path, "--id", "testville", "--name", "Testville", "--lang", "en"]
        let first = try run(arguments, input: "3\n4\nb\n5\n?\ndk\nq\n")
        XCTAssertEqual(first.status, 0)
        XCTAssertTrue(first.stdout.contains("Stopped. Your answers are saved in \(answers.path)"), first.stdout)
        XCTAssertEqual(Array(try answerRow(answers).prefix(5)), ["testville", "Testville", "3", "5", "dk"])

        // Resumed at ES04: the last two e-services, then everything else skipped, then the report.
        let rest = Array(repeating: "s", count: 45).joined(separator: "\n")
        let second = try run(arguments, input: "2\n\(rest)\n\n")
        XCTAssertEqual(second.status, 0, second.stdout)
        XCTAssertTrue(second.stdout.contains("Question 4 of 48"), "resumed at the first unanswered question")
        XCTAssertEqual(Array(try answerRow(answers).prefix(6)), ["testville", "Testville", "3", "5", "dk", "2"])
        let report = answers.deletingLastPathComponent().appendingPathComponent("municipalities/testville.md")
        let markdown = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# Testville\n"))
        XCTAssertTrue(markdown.contains("## What cost points"), markdown)
        XCTAssertTrue(FileManager.default.fileExists(atPath: report.deletingPathExtension().appendingPathExtension("html").path))
    }

    /// SIGKILL after two answers: both are in the file, which is whole.
    func testAKillLosesNoSavedAnswer() throws {
        let answers = try folder().appendingPathComponent("answers.csv")
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
        let answers = try folder().appendingPathComponent("answers.csv")
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

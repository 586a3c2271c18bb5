import Foundation
import XCTest

/// Nothing lost, nothing crashed: closed and full streams, standard input, report sets that change
/// all at once even when a run is killed, one run per folder.
final class OutputSafetyTests: XCTestCase {
    static let questionnaire = EndToEndTests.questionnaire
    static let sample = EndToEndTests.sample

    /// Runs the binary (or another program) with stdin, stdout and stderr as given (a path, or nil for a pipe to read).
    func run(_ arguments: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil,
             executable: URL = EndToEndTests.binary) throws -> EndToEndTests.Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = EndToEndTests.root
        process.environment = EndToEndTests.environment()
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

    /// Starts `score --force` of `responses` into `out` (inside `folder`) and waits until its
    /// staging folder exists (or the run ended, or 30 s passed).
    func startScore(_ responses: URL, into out: URL, folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["score", Self.questionnaire, responses.path, "--out", out.path, "--force"]
        process.currentDirectoryURL = EndToEndTests.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = folder.appendingPathComponent(".reports.smartcity-new-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: staging.path) && process.isRunning && Date() < deadline { usleep(1_000) }
        return process
    }

    func testAnOutFolderNamedByOneCharacterIsWritten() throws {
        // Foundation's NSString path methods trap on a one-character relative name on Linux.
        let folder = try temporaryFolder()
        let root = EndToEndTests.root.path
        let result = try run(["-c", "cd \"$0\" && exec \"$1\" score \"$2\" \"$3\" --out D --format csv",
                              folder.path, EndToEndTests.binary.path, root + "/" + Self.questionnaire, root + "/" + Self.sample],
                             executable: URL(fileURLWithPath: "/bin/sh"))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "12 respondenten gescoord; 2 bestanden geschreven in D/\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("D/scores.csv").path))
    }

    func testAFullStandardOutputIsAnErrorNotACrash() throws {
        // template in English: its output is said about in the run's language (Dutch by the questionnaire's default).
        for arguments in [["template", Self.questionnaire, "--lang", "en"], ["import", Self.sample], ["import", Self.sample, "--help"]] {
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
            XCTAssertEqual(result.stdout, "12 respondenten gescoord; 3 bestanden geschreven in \(out.path)/\n")
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
        XCTAssertEqual(notFolder.stderr, "\(file.path): error: is een bestand, geen map; noem een map voor de rapporten met --out\n", "in the run's language (Dutch)")
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
            let process = try startScore(big, into: out, folder: folder)
            if delay == 0, process.isRunning {
                // A second run into the same folder is refused while the first holds it.
                let second = try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--force"])
                XCTAssertEqual(second.status, 1)
                XCTAssertTrue(second.stderr.contains("een andere uitvoering van smartcity schrijft hier rapporten"), second.stderr)
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
        XCTAssertTrue(next.stderr.contains("note: opgeruimd wat een onderbroken uitvoering (proces "), "in the run's language (Dutch): \(next.stderr)")
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
        XCTAssertTrue(result.stderr.contains(#"surveymonkey.csv:1:Email Address: warning: kolom "Email Address" bevat persoonsgegevens; ze wordt in de rapporten overgenomen omdat --keep-column haar noemt"#),
                      "in the run's language (Dutch): \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("weggelaten uit de rapporten als persoonsgegevens: IP Address, First Name, Last Name"), result.stderr)
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
        let questionnaireAsResponses = try run(["score", Self.questionnaire, Self.questionnaire, "--out", try temporaryFolder().path, "--lang", "en"])
        XCTAssertEqual(questionnaireAsResponses.status, 1)
        XCTAssertTrue(questionnaireAsResponses.stderr.contains("found an object; this is a questionnaire, not a responses file - did you swap them?"),
                      questionnaireAsResponses.stderr)
        // Issue 28, item 6: one file is named with -o/--output, a folder with -o/--out; the other
        // spelling is read the same, with a note, and not shown in --help.
        let folder = try temporaryFolder()
        let file = try run(["generate", Self.questionnaire, "--count", "2", "--output", folder.appendingPathComponent("output.csv").path])
        XCTAssertEqual(file.status, 0, file.stderr)
        XCTAssertEqual(file.stderr, "")
        let fileByOtherName = try run(["generate", Self.questionnaire, "--count", "2", "--out", folder.appendingPathComponent("out.csv").path])
        XCTAssertEqual(fileByOtherName.status, 0, fileByOtherName.stderr)
        XCTAssertEqual(fileByOtherName.stderr, "smartcity: note: --out is read as --output; one file is named with -o/--output, a folder with --out\n")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("out.csv")), try Data(contentsOf: folder.appendingPathComponent("output.csv")))
        let reports = try run(["score", Self.questionnaire, Self.sample, "--format", "csv", "--output", folder.appendingPathComponent("reports").path])
        XCTAssertEqual(reports.status, 0, reports.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/scores.csv").path), "--output names the report folder too")
        // The note is in the run's language: the I-monitor's Dutch, or English with --lang en.
        XCTAssertEqual(reports.stderr, "smartcity: note: --output wordt gelezen als --out; een map noem je met -o/--out, één bestand met --output\n")
        let english = try run(["score", Self.questionnaire, Self.sample, "--format", "csv", "--lang", "en", "--force",
                              "--output", folder.appendingPathComponent("reports").path])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertEqual(english.stderr, "smartcity: note: --output is read as --out; a folder is named with -o/--out, one file with --output\n")
        XCTAssertTrue(try run(["generate", Self.questionnaire, "--help"]).stdout.contains("-o, --output <file>"))
        XCTAssertTrue(try run(["score", "--help"]).stdout.contains("-o, --out <dir>"))
        let misspelled = try run(["score", Self.questionnaire, Self.sample, "--fromat", "csv"])
        XCTAssertEqual(misspelled.status, 64)
        XCTAssertTrue(misspelled.stderr.hasPrefix("Error: Unknown option '--fromat'. Did you mean '--format'?"), misspelled.stderr)
        let count = try run(["generate", Self.questionnaire, "--count", "-1"])
        XCTAssertEqual(count.status, 64)
        XCTAssertTrue(count.stderr.hasPrefix("Error: The value '-1' is invalid for '--count <n>'"), count.stderr)
        XCTAssertTrue(try run(["generate", "--help"]).stdout.contains("USAGE: smartcity generate <questionnaire> --count <n> [--seed <s>]"))
        XCTAssertTrue(try run(["score", "--help"]).stdout.contains("descriptive.csv"))
    }

    // MARK: - Paths: links, mount points, FIFOs, files of yours, the inputs, signals

    /// The entries of a folder, sorted.
    private func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testAnOutFolderGivenThroughASymbolicLinkIsWrittenIntoItsTargetAndTheLinkStays() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("target"), link = folder.appendingPathComponent("link")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: target.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", link.path, "--format", "csv"]).status, 0)
        XCTAssertEqual(try entries(target), ["notes.txt", "scores-long.csv", "scores.csv"])
        let again = try run(["score", Self.questionnaire, Self.sample, "--out", link.path, "--format", "markdown", "--force"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path, "the link is still a link")
        XCTAssertEqual(try entries(target), ["municipalities", "notes.txt", "summary.md"], "the previous set is replaced, your file kept")
        XCTAssertEqual(try entries(target.appendingPathComponent("municipalities")).count, 12)
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("notes.txt"), encoding: .utf8), "mine")
        XCTAssertEqual(try entries(folder), ["link", "target"], "no staging folder or lock is left")
    }

    func testAFileOfYoursNamedLikeAReportFolderIsNotReplacedWithoutForce() throws {
        let folder = try temporaryFolder()
        for (command, name) in [("score", "municipalities"), ("compare", "charts")] {
            let out = folder.appendingPathComponent(command)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
            let mine = out.appendingPathComponent(name)
            try Data("mine".utf8).write(to: mine)
            let result = try run([command, Self.questionnaire, Self.sample, "--out", out.path])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertEqual(result.stderr, "\(mine.path): error: bestaat al; er werd niets geschreven. Gebruik --force om te overschrijven, of --out om elders te schrijven\n",
                           "in the run's language (Dutch)")
            XCTAssertEqual(try String(contentsOf: mine, encoding: .utf8), "mine")
            XCTAssertEqual(try entries(out), [name])
        }
    }

    /// Reads a FIFO to its end on another thread, the way a reader process would.
    private func readFIFO(_ path: String) -> () -> Data {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        Thread.detachNewThread {
            received = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        return {
            done.wait()
            return received
        }
    }

    func testOutputIsWrittenIntoAFIFOAndADeviceAndThroughASymbolicLinkLikeARedirection() throws {
        let folder = try temporaryFolder()
        let expected = try run(["generate", Self.questionnaire, "--count", "40"]).stdout
        let fifo = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        for force in [[], ["--force"]] {
            let received = readFIFO(fifo)
            let result = try run(["generate", Self.questionnaire, "--count", "40", "-o", fifo] + force)
            XCTAssertEqual(result.status, 0, result.stderr)
            // A run that never opened the FIFO would leave the reader waiting: open and close it.
            if result.status != 0 { close(Glibc.open(fifo, O_WRONLY | O_NONBLOCK)) }
            XCTAssertEqual(String(decoding: received(), as: UTF8.self), expected, "the reader gets every byte \(force)")
        }
        XCTAssertEqual(try entries(folder), ["fifo"], "the FIFO stays a FIFO, no temporary file")
        XCTAssertEqual(try run(["template", Self.questionnaire, "-o", "/dev/null"]).status, 0)

        let real = folder.appendingPathComponent("real.csv"), link = folder.appendingPathComponent("link.csv")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.csv")
        let refused = try run(["generate", Self.questionnaire, "--count", "40", "-o", link.path])
        XCTAssertEqual(refused.stderr, "\(link.path): error: already exists; use --force to overwrite it\n")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "40", "-o", link.path, "--force"]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "real.csv", "the link is still a link")
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), expected)
        XCTAssertEqual(try entries(folder), ["fifo", "link.csv", "real.csv"])

        let dangling = folder.appendingPathComponent("dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "created.csv")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "40", "-o", dangling.path]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dangling.path), "created.csv", "the link is still a link")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("created.csv"), encoding: .utf8), expected, "its target is created")
        let gone = folder.appendingPathComponent("gone")
        try FileManager.default.createSymbolicLink(atPath: gone.path, withDestinationPath: "missing-folder")
        let nowhere = try run(["score", Self.questionnaire, Self.sample, "--out", gone.path])
        XCTAssertEqual(nowhere.stderr, "\(gone.path): error: is een symbolische koppeling naar een map die niet bestaat; maak de map waarnaar ze wijst, of noem een andere met --out\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: gone.path), "missing-folder", "--out never replaces a link")
    }

    func testMapRedraftsTheMappingItStartsFromInPlaceWithForce() throws {
        let folder = try temporaryFolder()
        let export = "Tests/SmartCityKitTests/Fixtures/exports/limesurvey.csv"
        let mapping = folder.appendingPathComponent("mapping.json")
        XCTAssertEqual(try run(["map", Self.questionnaire, export, "-o", mapping.path]).status, 0)
        let drafted = try Data(contentsOf: mapping)
        let unforced = try run(["map", Self.questionnaire, export, "--map", mapping.path, "-o", mapping.path])
        XCTAssertEqual(unforced.status, 1)
        XCTAssertTrue(unforced.stderr.hasSuffix("\(mapping.path): error: already exists; use --force to overwrite it\n"), unforced.stderr)
        let again = try run(["map", Self.questionnaire, export, "--map", mapping.path, "-o", mapping.path, "--force"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("\(mapping.path): note: kept the mapping's 20 column decisions"), again.stderr)
        func columns(_ data: Data) throws -> NSDictionary? { (try JSONSerialization.jsonObject(with: data) as? NSDictionary)?["columns"] as? NSDictionary }
        XCTAssertEqual(try columns(Data(contentsOf: mapping)), try columns(drafted), "every column decision kept")
        XCTAssertEqual(try entries(folder), ["mapping.json"], "no temporary file left beside it")
    }

    func testNoOutputMayBeTheQuestionnaireByAnyPath() throws {
        let folder = try temporaryFolder()
        let questionnaire = folder.appendingPathComponent("q.json")
        try FileManager.default.copyItem(at: EndToEndTests.root.appendingPathComponent(Self.questionnaire), to: questionnaire)
        let original = try Data(contentsOf: questionnaire)
        let hard = folder.appendingPathComponent("hard.json"), soft = folder.appendingPathComponent("soft.json")
        try FileManager.default.linkItem(at: questionnaire, to: hard)
        try FileManager.default.createSymbolicLink(at: soft, withDestinationURL: questionnaire)
        for (command, output) in [("template", questionnaire), ("template", hard), ("template", soft), ("generate", hard)] {
            let extra = command == "generate" ? ["--count", "2"] : []
            let result = try run([command, questionnaire.path, "-o", output.path, "--force"] + extra)
            XCTAssertEqual(result.status, 64, "\(command) -o \(output.lastPathComponent)")
            XCTAssertTrue(result.stderr.hasPrefix("Error: The output file '\(output.path)' is also an input"), result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: questionnaire), original)
        // A questionnaire that is one of the reports a run would replace.
        let out = folder.appendingPathComponent("reports")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", out.path, "--format", "json"]).status, 0)
        let inside = out.appendingPathComponent("scores.json")
        try FileManager.default.removeItem(at: inside)
        try FileManager.default.copyItem(at: questionnaire, to: inside)
        let score = try run(["score", inside.path, Self.sample, "--out", out.path, "--force"])
        XCTAssertEqual(score.status, 64)
        XCTAssertTrue(score.stderr.hasPrefix("Error: The input '\(inside.path)' is one of the reports this run would replace"), score.stderr)
        XCTAssertEqual(try Data(contentsOf: inside), original)
    }

    /// SIGTERM or SIGINT in the middle of a large run: the previous set stays whole, and the
    /// staging folder and the lock go with the run, which exits 143 or 130.
    func testSIGTERMAndSIGINTRemoveTheStagingFolderAndTheLock() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("reports")
        XCTAssertEqual(try run(["score", Self.questionnaire, Self.sample, "--out", out.path]).status, 0)
        let big = folder.appendingPathComponent("big.csv")
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "100000", "-o", big.path]).status, 0)
        for (signal, status) in [(SIGTERM, 143), (SIGINT, 130)] as [(Int32, Int32)] {
            let process = try startScore(big, into: out, folder: folder)
            usleep(50_000)  // into the reading and scoring, which take seconds at 100,000 rows
            XCTAssertTrue(process.isRunning, "the run is still writing")
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit)
            XCTAssertEqual(process.terminationStatus, status)
            XCTAssertEqual(try entries(folder), ["big.csv", "reports"], "no staging folder or lock after signal \(signal)")
            XCTAssertEqual(try respondentCounts(out), [12, 12, 12], "the previous set is whole")
        }
        // A single output file: its temporary file goes too, the file is not made.
        let process = Process()
        process.executableURL = EndToEndTests.binary
        process.arguments = ["generate", Self.questionnaire, "--count", "2000000", "-o", folder.appendingPathComponent("more.csv").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporary = folder.appendingPathComponent(".more.csv.smartcity-tmp-\(process.processIdentifier)")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: temporary.path) && process.isRunning && Date() < deadline { usleep(1_000) }
        XCTAssertTrue(process.isRunning, "generate is still writing")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 143)
        XCTAssertEqual(try entries(folder), ["big.csv", "reports"], "no temporary file after SIGTERM")
    }

    /// A mount point cannot be renamed: the set is swapped inside it. Needs a private mount
    /// namespace (`unshare -rm`); a tmpfs (another device) and a bind mount (the same device).
    func testAMountPointWorksAsTheOutFolder() throws {
        let folder = try temporaryFolder()
        let tmpfs = folder.appendingPathComponent("tmpfs").path, bind = folder.appendingPathComponent("bind").path
        let source = folder.appendingPathComponent("source").path
        for path in [tmpfs, bind, source] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-rm", "sh", "-c", "mount -t tmpfs none '\(tmpfs)'"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil, ({ probe.waitUntilExit(); return probe.terminationStatus == 0 })() else {
            throw XCTSkip("cannot mount in a private namespace here (unshare -rm); the swap inside a folder is tested in FileReportOutputTests")
        }
        let binary = EndToEndTests.binary.path, questionnaire = Self.questionnaire, sample = Self.sample
        var script = "set -e; mount -t tmpfs none '\(tmpfs)'; mount --bind '\(source)' '\(bind)'"
        for mountPoint in [tmpfs, bind] {
            script += "; echo mine > '\(mountPoint)/notes.txt'"
            script += "; '\(binary)' score \(questionnaire) \(sample) --out '\(mountPoint)' --format csv"
            script += "; '\(binary)' score \(questionnaire) \(sample) --out '\(mountPoint)' --format markdown --force"
            script += "; ls -A '\(mountPoint)'; ls '\(mountPoint)/municipalities' | wc -l; cat '\(mountPoint)/notes.txt'"
        }
        let result = try run(["-rm", "sh", "-c", script], executable: URL(fileURLWithPath: "/usr/bin/unshare"))
        XCTAssertEqual(result.status, 0, result.stderr)
        let listing = "municipalities\nnotes.txt\nsummary.md\n12\nmine\n"
        XCTAssertEqual(result.stdout.split(separator: "\n").filter { !$0.hasPrefix("12 respondenten gescoord") }.joined(separator: "\n") + "\n", listing + listing)
    }
}

import Foundation
import XCTest
@testable import SmartCityKit

/// The report folder ends up holding reports only: no staging folder, lock or spill file; a
/// folder given through a link, or one that cannot be renamed, is swapped in place.
final class FileReportOutputTests: XCTestCase {
    private let files = FileManager.default

    /// The entries of a folder, sorted, with those of its `municipalities` folder as `municipalities/<name>`.
    private func entries(_ folder: String) throws -> [String] {
        try files.contentsOfDirectory(atPath: folder).flatMap { entry -> [String] in
            let inner = folder + "/" + entry
            guard entry == "municipalities", POSIXFile.entryKind(inner) == .folder else { return [entry] }
            return try files.contentsOfDirectory(atPath: inner).map { "municipalities/\($0)" }
        }.sorted()
    }

    /// Writes a report set of the given files (each holding `text`) and swaps it in.
    private func writeSet(_ folder: String, _ names: [String], text: String, strategy: ReportSwap.Strategy? = nil) throws {
        let output = try XCTUnwrap(FileReportOutput.open(folder: folder, force: true, reportSet: .scores, strategy: strategy).value)
        for name in names { try output.write(text, to: name) }
        try output.finish()
    }

    /// The id of a process that has ended: what an interrupted run leaves is named after it.
    private func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func testTheLockIsTakenOnTheResolvedFolderSoALinkAndItsTargetAreOneFolder() throws {
        let parent = Fixtures.temporaryDirectory().path
        try files.createDirectory(atPath: parent + "/target", withIntermediateDirectories: false)
        try files.createSymbolicLink(atPath: parent + "/link", withDestinationPath: parent + "/target")
        let first = try XCTUnwrap(FileReportOutput.open(folder: parent + "/link", force: true).value)
        let second = FileReportOutput.open(folder: parent + "/target/", force: true)
        XCTAssertNil(second.value)
        XCTAssertEqual(second.diagnostics.map(\.description),
                       ["\(parent)/target/: error: another smartcity run is writing reports here; wait for it to finish or choose another --out"])
        XCTAssertTrue(first.stagingFolder.hasPrefix(parent + "/.target.smartcity-new-"), first.stagingFolder)
        try first.write("new", to: "summary.md")
        try first.finish()
        XCTAssertEqual(try files.destinationOfSymbolicLink(atPath: parent + "/link"), parent + "/target", "the link stays a link")
        XCTAssertEqual(try String(contentsOfFile: parent + "/target/summary.md", encoding: .utf8), "new")
        XCTAssertEqual(try files.contentsOfDirectory(atPath: parent).sorted(), ["link", "target"])
    }

    func testWithoutForceEveryEntryOfTheSetsFoldersCountsAsExistingAFileNamedLikeThemToo() throws {
        let folder = Fixtures.temporaryDirectory().path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/municipalities"))
        try files.createDirectory(atPath: folder + "/charts", withIntermediateDirectories: false)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/charts/notes.txt"))
        XCTAssertEqual(FileReportOutput.existingReports(in: folder, reportSet: .scores), [folder + "/municipalities"])
        XCTAssertEqual(FileReportOutput.existingReports(in: folder, reportSet: .comparison), [folder + "/charts/notes.txt"])
        XCTAssertEqual(FileReportOutput.existingReports(in: folder, reportSet: .statistics), [])
        let refused = FileReportOutput.open(folder: folder, force: false, reportSet: .scores)
        XCTAssertNil(refused.value)
        XCTAssertEqual(refused.diagnostics.map(\.description),
                       ["\(folder)/municipalities: error: already exists; nothing was written. Use --force to overwrite, or --out to write elsewhere"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/municipalities", encoding: .utf8), "mine")
    }

    func testTheInsideSwapReplacesTheReportsAndKeepsTheFoldersOtherEntries() throws {
        let folder = Fixtures.temporaryDirectory().path
        try writeSet(folder, ["summary.md", "scores.csv", "municipalities/a.md"], text: "old")
        try Data("note".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let output = try XCTUnwrap(FileReportOutput.open(folder: folder, force: true, reportSet: .scores, strategy: .insideFolder).value)
        XCTAssertEqual(output.stagingFolder, folder + "/.smartcity-new-\(getpid())", "the staging folder is inside")
        try output.write("new", to: "scores.csv")
        try output.write("new", to: "municipalities/b.md")
        try output.finish()
        XCTAssertEqual(try entries(folder), ["municipalities/b.md", "notes.txt", "scores.csv"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/scores.csv", encoding: .utf8), "new")
        XCTAssertEqual(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8), "note")
    }

    func testAnInsideSwapKilledAfterItsManifestIsCompletedByTheNextRun() throws {
        let folder = Fixtures.temporaryDirectory().path
        try writeSet(folder, ["summary.md", "scores.csv", "municipalities/a.md"], text: "old")
        // A run killed half way: summary.md moved aside and replaced, scores.csv and municipalities not yet.
        let processID = try endedProcessID()
        let staged = folder + "/.smartcity-new-\(processID)", old = folder + "/.smartcity-old-\(processID)"
        for path in [staged + "/municipalities", old] { try files.createDirectory(atPath: path, withIntermediateDirectories: true) }
        try Data("new".utf8).write(to: URL(fileURLWithPath: staged + "/scores.csv"))
        try Data("new".utf8).write(to: URL(fileURLWithPath: staged + "/municipalities/b.md"))
        try Data("municipalities\nscores.csv\nsummary.md".utf8).write(to: URL(fileURLWithPath: staged + "/" + ReportSwap.manifestName))
        try files.moveItem(atPath: folder + "/summary.md", toPath: old + "/summary.md")
        try Data("new".utf8).write(to: URL(fileURLWithPath: folder + "/summary.md"))

        let next = try XCTUnwrap(FileReportOutput.open(folder: folder, force: true, reportSet: .scores, strategy: .insideFolder).value)
        XCTAssertEqual(next.notes.map(\.description), ["\(staged): note: removed what an interrupted run (process \(processID)) left behind"])
        XCTAssertEqual(try entries(folder), [".smartcity-lock", ".smartcity-new-\(getpid())", "municipalities/b.md", "scores.csv", "summary.md"])
        for name in ["scores.csv", "summary.md", "municipalities/b.md"] {
            XCTAssertEqual(try String(contentsOfFile: folder + "/" + name, encoding: .utf8), "new", name)
        }
        next.discard()
        XCTAssertEqual(try entries(folder), ["municipalities/b.md", "scores.csv", "summary.md"])
    }

    func testAnInsideSwapKilledBeforeItsManifestLeavesThePreviousSet() throws {
        let folder = Fixtures.temporaryDirectory().path
        try writeSet(folder, ["summary.md", "scores.csv"], text: "old")
        let staged = folder + "/.smartcity-new-\(try endedProcessID())"
        try files.createDirectory(atPath: staged, withIntermediateDirectories: false)
        try Data("new".utf8).write(to: URL(fileURLWithPath: staged + "/scores.csv"))
        let next = try XCTUnwrap(FileReportOutput.open(folder: folder, force: true, reportSet: .scores, strategy: .insideFolder).value)
        XCTAssertEqual(next.notes.count, 1)
        next.discard()
        XCTAssertEqual(try entries(folder), ["scores.csv", "summary.md"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/scores.csv", encoding: .utf8), "old")
    }

    func testAMountPointIsSeenInTheMountTableAndAPlainFolderIsNot() {
        XCTAssertTrue(POSIXFile.isMountPoint("/"))
        XCTAssertTrue(POSIXFile.isMountPoint("/proc"))
        XCTAssertFalse(POSIXFile.isMountPoint(Fixtures.temporaryDirectory().path))
    }

    func testTheSpillFileHasNoNameAndTheReportsAreComplete() throws {
        let parent = Fixtures.temporaryDirectory()
        let folder = parent.appendingPathComponent("reports").path
        let output = try XCTUnwrap(FileReportOutput.open(folder: folder, force: false).value)
        var settings = ScoringRun.Settings()
        settings.temporaryFolder = output.stagingFolder
        settings.spillMemoryLimit = 1  // every respondent goes to the spill file
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: ""), responsePaths: [RenderingTests.fixtureFolder.appendingPathComponent("mini-responses.csv").path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        XCTAssertEqual(run.spill?.count, 5)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.stagingFolder), [],
                       "the spill's file has no name: a killed run leaves nothing behind")
        try ReportGeneration.render(run, formats: [.csv], strings: .english, output: output)
        try output.finish()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["scores-long.csv", "scores.csv"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"], "no staging folder or lock file is left")
        XCTAssertEqual(try String(contentsOfFile: folder + "/scores.csv", encoding: .utf8).split(separator: "\n").count, 6)
    }

    func testTheSameFileIsFoundThroughHardAndSymbolicLinksAndBeforeItExists() throws {
        let folder = Fixtures.temporaryDirectory().path
        try Data("q".utf8).write(to: URL(fileURLWithPath: folder + "/q.json"))
        try files.linkItem(atPath: folder + "/q.json", toPath: folder + "/hard.json")
        try files.createSymbolicLink(atPath: folder + "/soft.json", withDestinationPath: "q.json")
        try Data("q".utf8).write(to: URL(fileURLWithPath: folder + "/copy.json"))
        XCTAssertTrue(isSameFile(folder + "/q.json", folder + "/hard.json"))
        XCTAssertTrue(isSameFile(folder + "/soft.json", folder + "/./q.json"))
        XCTAssertFalse(isSameFile(folder + "/q.json", folder + "/copy.json"), "equal contents are another file")
        XCTAssertTrue(isSameFile(folder + "/new.csv", folder + "/sub/../new.csv"), "not there yet: by resolved path")
        XCTAssertFalse(isSameFile(folder + "/new.csv", folder + "/other.csv"))
    }

    func testADanglingLinkLeadsToTheFileARedirectionWouldCreate() throws {
        let folder = Fixtures.temporaryDirectory().path
        try files.createSymbolicLink(atPath: folder + "/first", withDestinationPath: "second")
        try files.createSymbolicLink(atPath: folder + "/second", withDestinationPath: folder + "/made.csv")
        try files.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: "loop")
        XCTAssertEqual(POSIXFile.entryKind(folder + "/first"), .danglingLink)
        XCTAssertEqual(POSIXFile.danglingTarget(folder + "/first"), folder + "/made.csv")
        XCTAssertNil(POSIXFile.danglingTarget(folder + "/loop"))
        XCTAssertNil(POSIXFile.danglingTarget(folder + "/made.csv"), "not a link")
        XCTAssertEqual(POSIXFile.entryKind("/dev/null"), .special)
    }
}

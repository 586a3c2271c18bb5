import Foundation
import XCTest
@testable import SmartCityKit

/// A file that cannot be read is an error located at the file that says the fix - not there (did
/// you mean the one beside it), a folder, its permissions, the system's reason in the run's
/// language - from every reader, and never Foundation's English description of an error.
final class UnreadableFileTests: XCTestCase {
    /// An error that carries no reason of the system's.
    private struct Unexplained: Error {}

    func testAMissingResponsesFileNamesTheOneAlikeBesideIt() throws {
        let existing = Fixtures.write("id,A1\nm1,1\n", name: "responses.csv")
        let folder = FilePath.folder(of: existing)
        let typo = FilePath.join(folder, "responses.cvs")
        let opened = ResponseSource.open(path: typo, questionnaire: Fixtures.mini, options: ReadingOptions())
        XCTAssertEqual(opened.diagnostics.map(\.description), ["\(typo): error: no such file; did you mean \(existing)?"])
        let french = ResponseSource.open(path: typo, questionnaire: Fixtures.mini, options: ReadingOptions(cellWording: .french))
        XCTAssertEqual(french.diagnostics.map(\.message), ["ce fichier n’existe pas\u{202F}; vouliez-vous dire \(existing)\u{202F}?"])
        let unlike = FilePath.join(folder, "antwoorden.csv")
        XCTAssertEqual(ResponseSource.open(path: unlike, questionnaire: Fixtures.mini, options: ReadingOptions()).diagnostics.map(\.message),
                       ["no such file; check the path"], "nothing alike: no guess")
    }

    func testAnExportThatIsAFolderOrMissingIsSaidBeforeAnyDraft() {
        let folder = Fixtures.temporaryDirectory().path
        XCTAssertEqual(CSVFileStart.read(path: folder, count: 3).diagnostics.map(\.description),
                       ["\(folder): error: is a folder, not a file; name a responses file"])
        let export = Fixtures.write("id,A1\nm1,1\n", name: "export.csv")
        let typo = FilePath.join(FilePath.folder(of: export), "Export.csv")
        let drafted = MappingDraft.draft(path: typo, questionnaire: Fixtures.mini, options: ReadingOptions(cellWording: .dutch))
        XCTAssertNil(drafted.value)
        XCTAssertEqual(drafted.diagnostics.map(\.message), ["dit bestand bestaat niet; bedoelt u \(export)?"])
    }

    /// Skipped where chmod cannot deny reading (as root); the same error is said from an error
    /// carrying EACCES below.
    func testAFileWithoutReadPermissionSaysToCheckThem() throws {
        let path = Fixtures.write("id,A1\nm1,1\n", name: "locked.csv")
        chmod(path, 0o200)
        defer { chmod(path, 0o600) }
        try XCTSkipIf(access(path, R_OK) == 0, "chmod cannot deny reading here (running as root)")
        XCTAssertEqual(CSVFileStart.read(path: path, count: 1).diagnostics.map(\.message), ["cannot be read; check its permissions"])
    }

    func testAnErrorAReaderDidNotLocateIsSaidByTheSystemsReasonOrWhatTheFileIsNow() {
        let path = Fixtures.write("id,A1\nm1,1\n", name: "r.csv")
        let denied = NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
        XCTAssertEqual(UnreadableFile.diagnostic(for: denied, path: path, wording: .dutch).description,
                       "\(path): error: kan niet gelezen worden; controleer de toegangsrechten")
        let underneath = NSError(domain: NSCocoaErrorDomain, code: 256, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EIO))])
        XCTAssertEqual(UnreadableFile.diagnostic(for: underneath, path: path, wording: .french).message, "la lecture a échoué\u{202F}: erreur d’entrée/sortie du périphérique")
        XCTAssertEqual(UnreadableFile.diagnostic(for: Unexplained(), path: path, wording: .english).message,
                       "reading stopped before the end of the file; check that no other program is still writing it, then run again")
        XCTAssertEqual(UnreadableFile.diagnostic(for: Unexplained(), path: FilePath.join(FilePath.folder(of: path), "r.cvs"), wording: .english).message, "no such file; did you mean \(path)?")
        XCTAssertEqual(UnreadableFile.diagnostic(for: Unexplained(), path: FilePath.folder(of: path), wording: .english).message,
                       "is a folder, not a file; name a responses file")
        let located = SmartCityError(.error(SourceLocation(file: path, position: .row(3)), "as it was"))
        XCTAssertEqual(UnreadableFile.diagnostic(for: located, path: path, wording: .english).description, "\(path):3: error: as it was")
    }

    func testAReportSetThatCannotBeWrittenForAnotherReasonSaysWhatToCheck() {
        let folder = "Reports/x"
        XCTAssertEqual(FileReportOutput.diagnostic(for: Unexplained(), folder: folder).description,
                       "Reports/x: error: reports cannot be written; check that the folder can be written and its disk has space, then run again; no report was changed")
        let full = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))
        XCTAssertEqual(FileReportOutput.diagnostic(for: full, folder: folder, wording: .dutch).description,
                       "Reports/x: error: kan niet geschreven worden: geen ruimte meer op het apparaat; geen enkel rapport werd gewijzigd")
    }
}

import Foundation
import XCTest

extension EndToEndTests {
    /// `score --format xlsx` writes a deflated workbook that LibreOffice opens: its first sheet,
    /// converted to CSV headless, has the ids and columns of `scores.csv`. Skips without LibreOffice.
    func testTheScoresWorkbookOpensInLibreOffice() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("reports")
        let result = try run(["score", Self.questionnaire, Self.sample, "--format", "xlsx,csv", "--lang", "en", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let office = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let office else { throw XCTSkip("LibreOffice is not installed (apt-get install libreoffice-calc); the workbook was not opened") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "csv", "--outdir", folder.path,
                             out.appendingPathComponent("scores.xlsx").path]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        let converted = try String(contentsOf: folder.appendingPathComponent("scores.csv"), encoding: .utf8)
        let written = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8)
        func ids(_ text: String) -> [String] { text.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix { $0 != "," }) } }
        XCTAssertEqual(ids(converted), ids(written), "every respondent, in order")
        XCTAssertEqual(converted.split(whereSeparator: \.isNewline).first?.split(separator: ",").count,
                       written.split(whereSeparator: \.isNewline).first?.split(separator: ",").count, "the same columns")
    }
}

import Foundation
import XCTest

/// Issue 28 through the binary: a workbook whose ZIP container cannot be opened is refused with
/// the reason and its fix in the run's language, after the workbook's path as in English.
final class WorkbookZipWordingEndToEndTests: XCTestCase {
    private static let bomb = "Tests/SmartCityKitTests/Fixtures/workbooks/twelve-zip-bomb.xlsx"

    func testAZipBombValidatedInFrenchIsRefusedWithTheFrenchReason() throws {
        // validate speaks --lang; score would fall back to the questionnaire's language (it has no French texts).
        let scored = try EndToEndTests.runBinary(["validate", EndToEndTests.questionnaire, Self.bomb, "--lang", "fr"])
        XCTAssertEqual(scored.status, 1, scored.stderr)
        XCTAssertTrue(scored.stderr.contains("\(Self.bomb): error: n’est pas un classeur lisible\u{202F}: son fichier xl/worksheets/sheet1.xml "
                                             + "prétend décompresser 340 octets en 2147483647, plus de 1000 fois, ce qu’aucun tableur n’écrit "
                                             + "(une «\u{202F}bombe zip\u{202F}» ou un fichier endommagé)\u{202F}; "
                                             + "enregistrez à nouveau le classeur en .xlsx depuis le tableur\n"), scored.stderr)
        XCTAssertFalse(scored.stderr.contains("zip bomb"), scored.stderr)
    }

    func testTheSameZipBombValidatedWithoutALanguageIsRefusedInEnglishAsBefore() throws {
        let validated = try EndToEndTests.runBinary(["validate", EndToEndTests.questionnaire, Self.bomb])
        XCTAssertEqual(validated.status, 1, validated.stderr)
        XCTAssertTrue(validated.stderr.contains("\(Self.bomb): error: is not a readable workbook: its entry xl/worksheets/sheet1.xml claims to inflate "
                                                + "340 bytes to 2147483647, more than 1000 times, which no spreadsheet program writes "
                                                + "(a \"zip bomb\" or a damaged file); save the workbook again as .xlsx from the spreadsheet program\n"),
                      validated.stderr)
    }
}

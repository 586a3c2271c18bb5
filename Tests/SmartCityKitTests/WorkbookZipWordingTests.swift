import XCTest
@testable import SmartCityKit

/// Issue 28: why a workbook's ZIP container cannot be opened - no ZIP archive, ZIP64, split,
/// encrypted, a "zip bomb", aliased or overlapping entries, a damaged entry and why its data does
/// not inflate - in every language, after the file's path as in English.
final class WorkbookZipWordingTests: XCTestCase {
    /// Every reason compressed data does not inflate.
    private static let inflateProblems: [Inflate.Problem] = [
        .reservedBlockType, .endsEarly, .storedBlockEndsEarly, .storedLengthMismatch, .tooLong(4096), .invalidCode, .lengthOutOfRange,
        .distanceOutOfRange, .distanceBeforeStart, .tooManyCodes, .repeatBeforeLength, .lengthsOverrun, .noEndOfBlock, .overSubscribed,
    ]

    /// Every reason an archive cannot be read, each reason of inflating as that of a damaged entry.
    private static let zipProblems: [ZipArchive.Problem] = [
        .tooShort(12), .noCentralDirectory, .zip64(entry: nil), .zip64(entry: "xl/worksheets/sheet1.xml"), .split, .cutShort,
        .directoryEndsElsewhere(declared: 9), .damagedDirectory, .entryWithoutName, .encrypted("xl/workbook.xml"),
        .storedSizesDiffer("xl/styles.xml"), .ratio("xl/worksheets/sheet1.xml", compressed: 2048, size: 2_147_483_647, limit: 1000),
        .unsupportedMethod("xl/workbook.xml", method: 14), .localHeaderDisagrees("xl/workbook.xml"), .duplicateName("xl/workbook.xml"),
        .aliased("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"), .overlapping("xl/styles.xml", "xl/workbook.xml"),
        .entryPastTotal("xl/sharedStrings.xml", size: 4000, limit: 1000),
        .partsPastTotal(declared: 5000, largest: "xl/sharedStrings.xml", size: 4000, limit: 1000), .checksum("xl/workbook.xml"),
    ] + inflateProblems.map { .inflate("xl/worksheets/sheet1.xml", $0) }

    /// Every text as a user meets it after the file's path (`r.xlsx: error: `), in one language.
    private static func texts(_ code: String) -> [String] {
        zipProblems.map { WorkbookReader.Failure(.unreadable($0)).message(WorkbookWording.forLanguage(code)) }
    }

    /// Words of the English texts that are neither Dutch nor French.
    private static let englishWords: Set<String> = [
        "the", "and", "not", "it", "its", "no", "or", "save", "again", "workbook", "entry", "entries", "directory",
        "damaged", "which", "supported", "split", "across", "several", "files", "short", "outside", "points", "where", "says", "declares",
        "without", "name", "named", "encrypted", "remove", "password", "stored", "two", "different", "sizes", "claims", "inflate",
        "more", "than", "times", "spreadsheet", "program", "writes", "bomb", "file", "holds", "same", "data", "share", "crafted", "would",
        "parts", "read", "past", "needs", "largest", "limit", "header", "match", "size", "checksum", "compressed", "block",
        "reserved", "ends", "too", "early", "length", "invalid", "range", "reaches", "before",
        "start", "dynamic", "many", "repeat", "comes", "any", "lengths", "overrun", "counts", "has", "end", "readable", "sheet",
    ]

    /// The words of a text in lower case, without part names and numbers.
    private static func words(_ text: String) -> [String] {
        text.split(separator: " ").filter { !$0.contains("/") && !$0.contains(".") }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    func testEveryTextInEveryLanguageIsWordsNotSwiftValues() {
        XCTAssertEqual(Self.texts("en").count, 34)
        WordingChecks(texts: Self.texts).assertWordsNotSwiftValues(["(message:", "Optional(", "nil", "Problem", "Failure", "tooLong", "[\"", "\\("])
    }

    func testNoEnglishWordIsLeftInTheDutchAndFrenchTexts() {
        WordingChecks(texts: Self.texts).assertNoEnglishWordLeft(Self.englishWords, words: Self.words)
    }

    func testTheFrenchTextsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        WordingChecks(texts: Self.texts).assertFrenchSpacing()
    }

    func testEveryTextNamesItsFix() {
        let fixes = ["en": ["save", "split"], "nl": ["bewaar", "splits"], "fr": ["enregistrez", "divisez"]]
        for (code, verbs) in fixes {
            for text in Self.texts(code) {
                XCTAssertTrue(verbs.contains { text.contains($0) }, "\(code): \(text)")
            }
        }
    }

    func testAFileOfOneByteIsCountedInTheSingularInEveryLanguage() {
        XCTAssertEqual(WorkbookWording.english.zip.text(.tooShort(1)), "it is not a ZIP archive (1 byte, too short for one); save the workbook as .xlsx")
        XCTAssertTrue(WorkbookWording.forLanguage("nl").zip.text(.tooShort(1)).hasPrefix("het is geen ZIP-archief (1 byte, "))
        XCTAssertTrue(WorkbookWording.forLanguage("fr").zip.text(.tooShort(1)).hasPrefix("ce n’est pas une archive ZIP (1 octet, "))
        XCTAssertTrue(WorkbookWording.forLanguage("fr").zip.text(.tooShort(7)).hasPrefix("ce n’est pas une archive ZIP (7 octets, "))
    }

    func testTheEnglishTextsReadAsBefore() {
        let english = WorkbookWording.english
        XCTAssertEqual(WorkbookReader.Failure(.unreadable(.inflate("xl/worksheets/sheet1.xml", .tooLong(4096)))).message(english),
                       "is not a readable workbook: its entry xl/worksheets/sheet1.xml is damaged (the data inflates to more than 4096 bytes); "
                       + "save the workbook again as .xlsx from the spreadsheet program")
        XCTAssertEqual(english.zip.text(.tooShort(12)), "it is not a ZIP archive (12 bytes, too short for one); save the workbook as .xlsx")
        XCTAssertEqual(english.zip.text(.zip64(entry: "a.xml")), "it is a ZIP64 archive (entry a.xml), which is not supported; save the workbook again as .xlsx (under 4 GB)")
        XCTAssertEqual(english.zip.text(.encrypted("a.xml")), "its entry a.xml is encrypted; remove the password and save the workbook again")
        XCTAssertEqual(english.zip.text(.partsPastTotal(declared: 5000, largest: "b.xml", size: 4000, limit: 1000)),
                       "its parts would inflate to 5000 bytes in all (the largest, b.xml, to 4000), past the limit of 1000, "
                       + "more than any workbook of responses needs; split the workbook, or save its sheet as CSV UTF-8")
        XCTAssertEqual(english.zip.text(.localHeaderDisagrees("a.xml")),
                       "its entry a.xml is damaged (its local header does not match the directory); save the workbook again as .xlsx from the spreadsheet program")
    }

    func testAnArchiveTooShortIsRefusedInTheRunsLanguage() throws {
        do throws(WorkbookReader.Failure) {
            _ = try WorkbookReader.read(Array("PK\u{3}\u{4}".utf8))
            XCTFail("four bytes were read as a workbook")
        } catch {
            XCTAssertEqual(error.problem, .unreadable(.tooShort(4)))
            XCTAssertEqual(error.message(.dutch), "is geen leesbare werkmap: het is geen ZIP-archief (4 bytes, te kort voor een archief); bewaar de werkmap als .xlsx")
            XCTAssertEqual(error.message(.french), "n’est pas un classeur lisible\u{202F}: ce n’est pas une archive ZIP (4 octets, trop peu pour une archive)"
                           + "\u{202F}; enregistrez le classeur en .xlsx")
        }
    }
}

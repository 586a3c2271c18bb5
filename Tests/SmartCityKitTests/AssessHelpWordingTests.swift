import XCTest
@testable import SmartCityKit

/// What `assess --help` says, in every language: words, never a Swift value; every Dutch and
/// French text translated, with no English word left; French spacing.
final class AssessHelpWordingTests: XCTestCase {
    /// Every text of the catalogue in one language.
    private static func texts(_ code: String) -> [String] {
        let help = AssessHelpWording.forLanguage(code)
        return [help.abstract, help.discussion, help.questionnaire, help.answers, help.startFrom, help.id, help.name, help.out, help.force,
                help.previous, help.targets, help.language, help.color]
    }

    /// Words of the English texts that are neither Dutch nor French ("of" is Dutch, "question" French).
    private static let englishWords: Set<String> = [
        "the", "and", "to", "your", "with", "when", "is", "are", "not", "its", "by", "from", "file", "answers", "answer", "written",
        "shows", "report", "reports", "folder", "municipality", "targets", "gaps", "roadmap", "previous", "assessment", "changed",
        "since", "language", "texts", "also", "else", "colour", "diagnostics", "overwrite", "existing", "kept", "unless", "given",
        "number", "stops", "skips", "goes", "back", "get", "saved", "asked", "does", "exist", "name", "resume", "save", "start", "new",
    ]

    /// The words of a text in lower case, without option names, paths, file names, placeholders
    /// (`<id>`, `FILE`) and language codes as typed.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace)
            .filter { !$0.contains("--") && !$0.contains("/") && !$0.contains(".") && !$0.contains("<") && $0 != $0.uppercased() }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    func testEveryTextInEveryLanguageIsWordsNotSwiftValues() {
        XCTAssertEqual(Self.texts("en").count, Mirror(reflecting: AssessHelpWording.english).children.count, "every text of the catalogue")
        WordingChecks(texts: Self.texts).assertWordsNotSwiftValues(["Optional(", "nil", "\\(", "[\""])
    }

    func testNoEnglishWordIsLeftInTheDutchAndFrenchTexts() {
        WordingChecks(texts: Self.texts).assertNoEnglishWordLeft(Self.englishWords, words: Self.words)
    }

    func testTheFrenchTextsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        WordingChecks(texts: Self.texts).assertFrenchSpacing(spacedInMoreThan: 6)
    }
}

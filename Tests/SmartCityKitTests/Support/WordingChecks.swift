import Foundation
import XCTest

/// The checks a catalogue of wording passes in every language, given its texts in a language
/// (`en`, `nl`, `fr`), in the same order in each.
struct WordingChecks {
    let texts: (String) -> [String]

    /// No text is empty or shows a Swift value (`swiftValues`: the fragments one would show),
    /// every language has as many texts as English, no Dutch or French text is an English one
    /// (of those `mustBeTranslated` keeps: by default all), and no two texts of a language are
    /// alike unless `distinct` is false.
    func assertWordsNotSwiftValues(_ swiftValues: [String], mustBeTranslated: (String) -> Bool = { _ in true }, distinct: Bool = true,
                                   file: StaticString = #filePath, line: UInt = #line) {
        let english = texts("en")
        let translatable = Set(english.filter(mustBeTranslated))
        for code in ["en", "nl", "fr"] {
            let texts = texts(code)
            XCTAssertEqual(texts.count, english.count, "\(code): one text for each English one", file: file, line: line)
            for text in texts {
                XCTAssertFalse(text.isEmpty, "\(code): a text is empty", file: file, line: line)
                for swiftValue in swiftValues {
                    XCTAssertFalse(text.contains(swiftValue), "\(code): \(text)", file: file, line: line)
                }
            }
            if code != "en" {
                XCTAssertEqual(texts.filter(translatable.contains), [], "\(code): every text is translated", file: file, line: line)
            }
            if distinct {
                XCTAssertEqual(Set(texts).count, texts.count, "\(code): each text says something of its own", file: file, line: line)
            }
        }
    }

    /// English words are found in every English text (or in more than `foundInMoreThan` of them,
    /// for a catalogue that holds texts of codes only) and in no Dutch or French text; `words`
    /// splits a text into the words to look at.
    func assertNoEnglishWordLeft(_ englishWords: Set<String>, words: (String) -> [String], foundInMoreThan: Int? = nil,
                                 file: StaticString = #filePath, line: UInt = #line) {
        let withoutEnglish = texts("en").filter { englishWords.isDisjoint(with: words($0)) }
        if let foundInMoreThan {
            XCTAssertGreaterThan(texts("en").count - withoutEnglish.count, foundInMoreThan, "the check finds English", file: file, line: line)
        } else {
            XCTAssertEqual(withoutEnglish, [], "the check finds English in every English text", file: file, line: line)
        }
        for code in ["nl", "fr"] {
            for text in texts(code) {
                XCTAssertEqual(words(text).filter(englishWords.contains), [], "\(code): \(text)", file: file, line: line)
            }
        }
    }

    /// Every French text spaces its high punctuation and guillemets with a narrow no-break space,
    /// and its `prose` (what is not French punctuation taken out: locations, references, JSON
    /// examples) glues none to the word before it; every text holds such a space, or more than
    /// `spacedInMoreThan` of them do.
    func assertFrenchSpacing(prose: (String) -> String = { $0 }, spacedInMoreThan: Int? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let texts = texts("fr")
        for text in texts {
            XCTAssertEqual(LanguageTests.frenchSpacingProblems(text), [], text, file: file, line: line)
            XCTAssertNil(prose(text).range(of: "[\\p{L}\\p{N})»][;:?!] ", options: .regularExpression), "glued high punctuation: \(text)", file: file, line: line)
        }
        let spaced = texts.filter { $0.contains("\u{202F}") }
        if let spacedInMoreThan {
            XCTAssertGreaterThan(spaced.count, spacedInMoreThan, file: file, line: line)
        } else {
            XCTAssertEqual(spaced.count, texts.count, "every French text holds a narrow no-break space", file: file, line: line)
        }
    }
}

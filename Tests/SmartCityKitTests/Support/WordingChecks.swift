import XCTest

/// The checks a catalogue of wording passes in every language, given its texts in a language
/// (`en`, `nl`, `fr`), in the same order in each.
struct WordingChecks {
    let texts: (String) -> [String]

    /// No text shows a Swift value (`swiftValues`: the fragments one would show), every Dutch and
    /// French text differs from its English one, and no two texts of a language are alike.
    func assertWordsNotSwiftValues(_ swiftValues: [String], file: StaticString = #filePath, line: UInt = #line) {
        let english = texts("en")
        for code in ["en", "nl", "fr"] {
            let texts = texts(code)
            for text in texts {
                for swiftValue in swiftValues {
                    XCTAssertFalse(text.contains(swiftValue), "\(code): \(text)", file: file, line: line)
                }
            }
            if code != "en" {
                XCTAssertEqual(zip(texts, english).filter { $0.0 == $0.1 }.map(\.0), [], "\(code): every text is translated", file: file, line: line)
            }
            XCTAssertEqual(Set(texts).count, texts.count, "\(code): each text says something of its own", file: file, line: line)
        }
    }

    /// Every English text holds one of `englishWords` (so the check can find English) and no Dutch
    /// or French text does; `words` splits a text into the words to look at.
    func assertNoEnglishWordLeft(_ englishWords: Set<String>, words: (String) -> [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(texts("en").filter { englishWords.isDisjoint(with: words($0)) }, [], "the check finds English in every English text",
                       file: file, line: line)
        for code in ["nl", "fr"] {
            for text in texts(code) {
                XCTAssertEqual(words(text).filter(englishWords.contains), [], "\(code): \(text)", file: file, line: line)
            }
        }
    }
}

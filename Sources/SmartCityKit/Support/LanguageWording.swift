/// Fixed wording of one kind of output, one value per report language, so that a missing
/// translation does not compile. All of them fall back the same way: English for a language
/// smartcity has no wording in (`ReportLanguage.resolve` warns about that once).
package protocol LanguageWording: Sendable {
    static var english: Self { get }
    static var dutch: Self { get }
    static var french: Self { get }
}

extension LanguageWording {
    /// The languages the fixed wording is available in.
    package static var availableLanguages: [String] { ["en", "nl", "fr"] }

    /// The wording for a language code, English when smartcity has none in that language.
    package static func forLanguage(_ code: String) -> Self {
        switch code {
        case "nl": dutch
        case "fr": french
        default: english
        }
    }
}

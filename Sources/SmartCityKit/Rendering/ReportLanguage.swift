/// The language a report is written in, and the warnings about falling back.
package struct ReportLanguage: Sendable {
    /// The language of the questionnaire texts.
    package var code: String
    /// The fixed wording.
    package var strings: ReportStrings
    package var diagnostics: [Diagnostic]

    /// Resolves `--lang`: the requested language when the questionnaire has it, else the
    /// questionnaire's default language, with a warning; fixed wording in the same language,
    /// else English, with a warning.
    package static func resolve(requested: String?, questionnaire: Questionnaire, file: String) -> ReportLanguage {
        var diagnostics: [Diagnostic] = []
        // Language codes are written in lowercase ("EN" is "en").
        var code = (requested ?? questionnaire.defaultLanguage).lowercased()
        if !questionnaire.languages.contains(code) {
            diagnostics.append(.warning(SourceLocation(file: file),
                "the questionnaire has no texts in \"\(code)\" (it has \(questionnaire.languages.joined(separator: ", "))); the reports use its default language \"\(questionnaire.defaultLanguage)\""))
            code = questionnaire.defaultLanguage
        }
        if !ReportStrings.availableLanguages.contains(code) {
            diagnostics.append(.warning(SourceLocation(file: file),
                "smartcity has no report wording in \"\(code)\" (it has \(ReportStrings.availableLanguages.joined(separator: ", "))); fixed words are in English"))
        }
        return ReportLanguage(code: code, strings: .forLanguage(code), diagnostics: diagnostics)
    }
}

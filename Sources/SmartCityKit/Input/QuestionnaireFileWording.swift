/// Everything said about a questionnaire file, in one language: why it is not JSON, what is wrong
/// with its structure, and which rule it breaks. Chosen by the language of `--lang`, else of the
/// environment (a questionnaire with errors has no default language to fall back on).
package struct QuestionnaireFileWording: Sendable, LanguageWording {
    /// The rules (`QuestionnaireValidator`) and the hint for a responses file given first.
    var rules: QuestionnaireWording
    /// JSON syntax errors, and a file that cannot be read.
    var json: JSONWording
    /// The structure (`SchemaReader`, `QuestionnaireDecoder`).
    var schema: SchemaWording

    package static let english = QuestionnaireFileWording(rules: .english, json: .english, schema: .english)
    package static let dutch = QuestionnaireFileWording(rules: .dutch, json: .dutch, schema: .dutch)
    package static let french = QuestionnaireFileWording(rules: .french, json: .french, schema: .french)
}

/// The questionnaire as LimeSurvey's tab-separated survey structure (a `.txt` to import as a
/// survey): survey settings (class `S`) and titles per language (`SL`), then per language a
/// group (`G`) for the metadata and one per dimension and section, each question (`Q`) with its
/// subquestions (`SQ`, multi questions) or answers (`A`); the base language first, then a
/// translated copy per further language, row for row. Question codes are the question and
/// metadata ids, answer codes the option codes and scale values, each mapped where LimeSurvey's
/// rules refuse it (`SurveyFormCodes`), so that its export scores without a mapping.
struct LimeSurveyRenderer {
    let form: SurveyForm
    private let codes: SurveyFormCodes

    init(form: SurveyForm) {
        self.form = form
        codes = SurveyFormCodes(questionnaire: form.questionnaire, tool: .limeSurvey)
    }

    /// The columns, in LimeSurvey's order; after `same_default` come question attributes.
    static let columns = ["id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language", "validation",
                          "mandatory", "other", "default", "same_default", "exclude_all_others", "min_num_value_n", "max_num_value_n"]

    /// One row: the cells by column name.
    private typealias Row = [String: String]

    /// The file: UTF-8 with a byte order mark, as LimeSurvey writes it.
    package func text() -> String {
        var rows: [Row] = [
            ["class": "S", "name": "language", "text": form.languages[0]],
            ["class": "S", "name": "additional_languages", "text": form.languages.dropFirst().joined(separator: " ")],
            ["class": "S", "name": "format", "text": "G"],
        ]
        for language in form.languages {
            rows.append(["class": "SL", "name": "surveyls_title", "text": form.text(form.questionnaire.title, in: language), "language": language])
            if let description = form.questionnaire.description {
                rows.append(["class": "SL", "name": "surveyls_description", "text": html(description, language), "language": language])
            }
        }
        for language in form.languages { rows += structure(in: language) }
        let lines = [Self.columns] + rows.map { row in Self.columns.map { row[$0] ?? "" } }
        return "\u{FEFF}" + lines.map { $0.map(Self.cell).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    /// The groups, questions, subquestions and answers in one language.
    private func structure(in language: String) -> [Row] {
        var rows: [Row] = []
        // Questions and subquestions are numbered the same way in every language: the copies are matched by id.
        var nextID = 0
        func newID() -> String { nextID += 1; return String(nextID) }
        func question(_ type: String, _ name: String, _ text: LocalizedText, help: LocalizedText?, attributes: Row = [:]) -> String {
            let id = newID()
            rows.append(["id": id, "class": "Q", "type/scale": type, "name": name, "relevance": "1", "text": html(text, language),
                         "help": help.map { html($0, language) } ?? "", "language": language, "mandatory": "N", "other": "N"]
                .merging(attributes) { _, attribute in attribute })
            return id
        }
        if !form.metadata.isEmpty {
            rows.append(["id": newID(), "class": "G", "name": TemplateStrings.forLanguage(language).metadataGroup, "relevance": "1", "language": language])
            for (field, name) in zip(form.metadata, codes.metadataNames) {
                _ = question(field.kind == .number ? "N" : "S", name, field.label, help: nil)
            }
        }
        let index = Dictionary(form.questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in form.groups where !group.questions.isEmpty {
            rows.append(["id": newID(), "class": "G", "name": form.text(group.label, in: language), "relevance": "1",
                         "text": group.description.map { html($0, language) } ?? "", "language": language])
            for item in group.questions {
                let name = codes.questionNames[index[item.id]!]
                guard let answers = SurveyForm.choices(of: item) else {
                    guard case .number(let scoring) = item.kind else { continue }
                    _ = question("N", name, item.text, help: item.help,
                                 attributes: ["min_num_value_n": NumberFormat.plain(scoring.minimum), "max_num_value_n": scoring.maximum.map(NumberFormat.plain) ?? ""])
                    continue
                }
                let nonAnswers = form.nonAnswerChoices
                if case .multi = item.kind {
                    let id = question("M", name, item.text, help: item.help, attributes: ["exclude_all_others": nonAnswers.map(\.code).joined(separator: ";")])
                    let subCodes = SurveyFormCodes.limeSurveySubquestionCodes(answers.map(\.code)) + nonAnswers.map(\.code)
                    for (code, choice) in zip(subCodes, answers + nonAnswers) {
                        rows.append(["id": newID(), "related_id": id, "class": "SQ", "type/scale": "0", "name": code, "relevance": "1",
                                     "text": html(choice.label, language), "language": language])
                    }
                } else {
                    let id = question("L", name, item.text, help: item.help)
                    let answerCodes = SurveyFormCodes.limeSurveyAnswerCodes(answers.map(\.code)) + nonAnswers.map(\.code)
                    for (code, choice) in zip(answerCodes, answers + nonAnswers) {
                        rows.append(["id": id, "class": "A", "type/scale": "0", "name": code, "relevance": "0",
                                     "text": html(choice.label, language), "language": language])
                    }
                }
            }
        }
        return rows
    }

    /// A text as LimeSurvey shows it: HTML, so escaped.
    private func html(_ text: LocalizedText, _ language: String) -> String { escapingMarkup(form.text(text, in: language)) }

    /// A cell of the tab-separated file: in double quotes (doubled inside) when it holds a tab, a line break or a quote.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\"" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The questionnaire as an XLSForm workbook (the form standard of KoboToolbox, ODK, SurveyCTO
/// and Ona): sheet `survey` with the metadata as questions and a group per dimension and section,
/// sheet `choices` with a list per question (its answers, then don't know and not applicable),
/// sheet `settings`. Names are the question and metadata ids (`SurveyFormCodes`), choice names
/// the option codes and scale values, so that the tool's export scores without a mapping.
struct XLSFormRenderer {
    let form: SurveyForm
    private let names: SurveyFormCodes

    init(form: SurveyForm) {
        self.form = form
        names = SurveyFormCodes(questionnaire: form.questionnaire, tool: .xlsForm)
    }

    /// The label columns' language suffix: `label::Dutch (nl)`.
    private var languageColumns: [String] { form.languages.map { "::" + SurveyForm.languageName($0) } }

    /// A localized text in every form language.
    private func texts(_ text: LocalizedText?) -> [WorkbookWriter.Cell] {
        form.languages.map { language in text.map { .text(form.text($0, in: language)) } ?? .empty }
    }

    /// The workbook.
    package func workbook() -> [UInt8] {
        let (survey, choices) = surveyAndChoices()
        let settings: [[WorkbookWriter.Cell]] = [
            ["form_title", "form_id", "version", "default_language"].map(WorkbookWriter.Cell.heading),
            [.text(form.text(form.questionnaire.title, in: form.languages[0])), .text(SurveyFormCodes.xmlName(for: form.questionnaire.id)),
             .text(form.questionnaire.version), .text(SurveyForm.languageName(form.languages[0]))],
        ]
        return WorkbookWriter(sheets: [
            WorkbookWriter.Sheet(name: "survey", rows: survey, columnWidths: [28, 18] + Array(repeating: 50, count: 2 * form.languages.count) + [10, 40], frozenRows: 1),
            WorkbookWriter.Sheet(name: "choices", rows: choices, columnWidths: [18, 18] + Array(repeating: 40, count: form.languages.count), frozenRows: 1),
            WorkbookWriter.Sheet(name: "settings", rows: settings, columnWidths: [40, 24, 12, 18], frozenRows: 1),
        ]).bytes()
    }

    /// The rows of the `survey` and `choices` sheets, headers first.
    private func surveyAndChoices() -> (survey: [[WorkbookWriter.Cell]], choices: [[WorkbookWriter.Cell]]) {
        let surveyHeader = ["type", "name"] + languageColumns.map { "label" + $0 } + languageColumns.map { "hint" + $0 }
            + ["required", "constraint"] + languageColumns.map { "constraint_message" + $0 }
        var survey: [[WorkbookWriter.Cell]] = [surveyHeader.map(WorkbookWriter.Cell.heading)]
        var choices: [[WorkbookWriter.Cell]] = [(["list_name", "name"] + languageColumns.map { "label" + $0 }).map(WorkbookWriter.Cell.heading)]
        func row(_ type: String, _ name: String, label: LocalizedText?, hint: LocalizedText? = nil, constraint: String = "", message: LocalizedText? = nil) {
            survey.append([.text(type), name.isEmpty ? .empty : .text(name)] + texts(label) + texts(hint)
                          + [type.hasPrefix("begin") || type.hasPrefix("end") ? .empty : .text("no"), constraint.isEmpty ? .empty : .text(constraint)]
                          + texts(message))
        }
        for (field, name) in zip(form.metadata, names.metadataNames) {
            row(field.kind == .number ? "decimal" : "text", name, label: field.label)
        }
        let index = Dictionary(form.questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for group in form.groups where !group.questions.isEmpty {
            row("begin_group", SurveyFormCodes.xmlName(for: group.id), label: group.label, hint: group.description)
            for question in group.questions {
                let name = names.questionNames[index[question.id]!]
                guard let answers = SurveyForm.choices(of: question) else {
                    guard case .number(let scoring) = question.kind else { continue }
                    row("decimal", name, label: question.text, hint: question.help, constraint: Self.range(scoring))
                    continue
                }
                for choice in answers + form.nonAnswerChoices {
                    choices.append([.text(name), .text(choice.code)] + texts(choice.label))
                }
                if case .multi = question.kind, !form.nonAnswerChoices.isEmpty {
                    row("select_multiple \(name)", name, label: question.text, hint: question.help,
                        constraint: exclusiveNonAnswers(), message: exclusiveMessage)
                } else {
                    row("select_one \(name)", name, label: question.text, hint: question.help)
                }
            }
            row("end_group", "", label: nil)
        }
        return (survey, choices)
    }

    /// A number question's plausible range as an XLSForm constraint: `. >= 0 and . <= 500`.
    private static func range(_ scoring: NumberScoring) -> String {
        ([". >= \(NumberFormat.plain(scoring.minimum))"] + (scoring.maximum.map { [". <= \(NumberFormat.plain($0))"] } ?? [])).joined(separator: " and ")
    }

    /// A non-answer ticked alone: `not((selected(., 'dk') or selected(., 'na')) and count-selected(.) > 1)`.
    private func exclusiveNonAnswers() -> String {
        let any = form.nonAnswerChoices.map { "selected(., '\($0.code)')" }.joined(separator: " or ")
        return "not((\(any)) and count-selected(.) > 1)"
    }

    /// The constraint's message in every form language.
    private var exclusiveMessage: LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: form.languages.map { ($0, TemplateStrings.forLanguage($0).exclusiveNonAnswer) }))
    }
}

/// Blank forms for a questionnaire: a CSV with the right header to fill in a spreadsheet,
/// a printable Markdown questionnaire with each question's scale and codes, a workbook to fill
/// in, and survey forms to field it in a survey tool (XLSForm, LimeSurvey).
package struct TemplateRenderer: Sendable {
    package let questionnaire: Questionnaire
    let language: String
    package let strings: TemplateStrings

    package init(questionnaire: Questionnaire, language: String) {
        self.questionnaire = questionnaire
        self.language = language
        self.strings = TemplateStrings.forLanguage(language)
    }

    private func text(_ localized: LocalizedText) -> String { localized.text(in: language, fallback: questionnaire.defaultLanguage) }

    /// `id,name,<question ids>` and no rows.
    package func csv() -> String {
        var writer = CSVWriter()
        writer.row(["id", "name"] + questionnaire.questions.map(\.id))
        return writer.text
    }

    /// A workbook to fill in: instructions, then one row per question (a row per option for
    /// questions with several answers) with the answer cell restricted to the allowed answers,
    /// offered by their labels in the workbook's language (a scale's points with their values,
    /// `3 — gedeeltelijk`), read back to codes by `WorkbookAnswerLabels`. Both sheets print on
    /// A4 portrait one page wide, the answers' header row on every page.
    package func workbook() -> [UInt8] {
        let readBack = WorkbookAnswerLabels(questionnaire: questionnaire)
        /// The answers' labels, or `code — label` for all of a question's answers when a label
        /// would not read back to its own code (two answers sharing a label).
        func offered(_ id: String, _ answers: [(code: String, label: String)]) -> [String] {
            let all = answers + questionnaire.nonAnswers.map { ($0.code, text($0.label)) }
            let readable = all.allSatisfy { readBack.code(of: $0.label, question: id) == $0.code }
            return all.map { readable ? $0.label : "\($0.code) — \($0.label)" }
        }
        var rows: [[WorkbookWriter.Cell]] = [
            [.heading(strings.idLabel), .empty], [.heading(strings.nameLabel), .empty],
            [.text(Workbook.templateMarker), .text(questionnaire.id), .text(questionnaire.version)],
            strings.headers.map(WorkbookWriter.Cell.heading),
        ]
        var dropDowns: [WorkbookWriter.DropDown] = []
        for question in questionnaire.questions {
            let dimension = question.dimensionID.flatMap(questionnaire.dimension).map { text($0.label) }
                ?? questionnaire.sections.first { $0.id == question.sectionID }.map { text($0.label) } ?? ""
            let help = question.help.map(text) ?? ""
            func add(_ id: String, _ questionText: String, _ values: [String]) {
                rows.append([.text(id), .text(dimension), .text(questionText), .text(help), .empty])
                if !values.isEmpty { dropDowns.append(.init(cell: "E\(rows.count)", values: values)) }
            }
            switch question.kind {
            case .likert(let scale, _), .level(let scale):
                add(question.id, text(question.text), scale.points.map { "\(NumberFormat.plain($0.value)) — \(text($0.label))" }
                    + offered(question.id, []))
            case .choice(let options):
                add(question.id, text(question.text), offered(question.id, options.map { ($0.code, text($0.label)) }))
            case .yesNo:
                add(question.id, text(question.text), offered(question.id, [("yes", text(YesNoAnswer.yesLabel)), ("no", text(YesNoAnswer.noLabel))]))
            case .number:
                add(question.id, text(question.text), [])
            case .multi(let options, _):
                for option in options {
                    add("\(question.id)\(Workbook.optionSeparator)\(option.code)", "\(text(question.text)) — \(text(option.label))",
                        [text(YesNoAnswer.yesLabel), text(YesNoAnswer.noLabel)])
                }
            }
        }
        let instructions = WorkbookWriter.Sheet(
            name: strings.instructionsSheet,
            rows: [[.heading(text(questionnaire.title))], [.text("\(strings.version) \(questionnaire.id) \(questionnaire.version)")], []]
                + strings.workbookSteps.map { [.text($0)] },
            columnWidths: [100], wrapsText: true, print: .init())
        let answers = WorkbookWriter.Sheet(name: strings.answersSheet, rows: rows, columnWidths: [12, 18, 50, 30, 30], frozenRows: 4, dropDowns: dropDowns,
                                           wrapsText: true, print: .init(repeatedRows: 4...4))
        return WorkbookWriter(sheets: [instructions, answers]).bytes()
    }

    /// An XLSForm workbook (KoboToolbox, ODK, SurveyCTO, Ona) of the questionnaire in `languages`, the first the default.
    package func xlsForm(languages: [String]) -> [UInt8] {
        XLSFormRenderer(form: SurveyForm(questionnaire: questionnaire, languages: languages)).workbook()
    }

    /// LimeSurvey's tab-separated survey structure (`.txt`) of the questionnaire in `languages`, the first the base language.
    package func limeSurvey(languages: [String]) -> String {
        LimeSurveyRenderer(form: SurveyForm(questionnaire: questionnaire, languages: languages)).text()
    }

    /// The languages of a survey form: those of `--lang` (`nl,fr`) the questionnaire has, else all of its languages;
    /// what is said about them in the language `wordingLanguage` (of the first tag, else of the environment).
    package static func formLanguages(requested: String?, questionnaire: Questionnaire, file: String,
                                      wordingLanguage: String) -> (codes: [String], diagnostics: [Diagnostic]) {
        SurveyForm.languages(requested: requested, questionnaire: questionnaire, file: file, wording: .forLanguage(wordingLanguage))
    }

    /// A printable questionnaire.
    package func markdown() -> String {
        let escape = MarkdownDocumentWriter.escape
        var lines = ["# \(escape(text(questionnaire.title)))", ""]
        if let description = questionnaire.description { lines += [escape(text(description)), ""] }
        if let source = questionnaire.source { lines += ["_\(escape(text(source)))_", ""] }
        lines.append("\(strings.version) \(escape(questionnaire.id)) \(escape(questionnaire.version))")
        lines.append("")
        lines.append(strings.instructions)
        if !questionnaire.nonAnswers.isEmpty {
            let codes = questionnaire.nonAnswers.map { "`\($0.code)` = \(escape(text($0.label)))" }.joined(separator: ", ")
            lines.append("")
            lines.append("\(strings.nonAnswers) \(codes).")
        }
        lines.append("")
        let groups = questionnaire.dimensions.map { ($0.id, $0.label, $0.description) }
            + questionnaire.sections.map { ($0.id, $0.label, $0.description) }
        for (id, label, description) in groups {
            lines.append("## \(escape(text(label)))")
            lines.append("")
            if let description { lines += [escape(text(description)), ""] }
            for question in questionnaire.questions(in: id) {
                var line = "**\(escape(question.id))** \(escape(text(question.text)))"
                if let help = question.help { line += " _(\(escape(text(help))))_" }
                lines.append(line)
                lines.append("")
                lines += answerLines(question.kind).map { "- " + $0 }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func answerLines(_ kind: QuestionKind) -> [String] {
        let escape = MarkdownDocumentWriter.escape
        switch kind {
        case .likert(let scale, _), .level(let scale):
            return scale.points.map { "`\(NumberFormat.plain($0.value))` \(escape(text($0.label)))" }
        case .choice(let options):
            return [strings.chooseOne] + options.map { "`\(escape($0.code))` \(escape(text($0.label)))" }
        case .multi(let options, _):
            return [strings.chooseAny] + options.map { "`\(escape($0.code))` \(escape(text($0.label)))" }
        case .yesNo:
            // The codes, with the words in the template's language where they differ ("`yes` ja").
            let (yes, no) = (text(YesNoAnswer.yesLabel), text(YesNoAnswer.noLabel))
            return ["`yes`" + (yes == "yes" ? "" : " \(yes)") + " / `no`" + (no == "no" ? "" : " \(no)")]
        case .number(let scoring):
            let unit = scoring.unit.map { " (\(escape(text($0))))" } ?? ""
            return ["\(strings.number)\(unit): ____"]
        }
    }
}

/// The fixed words of the printable questionnaire.
package struct TemplateStrings: LanguageWording {
    /// "Questionnaire:", before the id and version.
    package var version: String
    var instructions: String
    var nonAnswers: String
    var chooseOne: String
    var chooseAny: String
    var number: String
    // The workbook (`template --format xlsx`).
    var instructionsSheet: String
    var answersSheet: String
    var workbookSteps: [String]
    var headers: [String]
    var idLabel: String
    var nameLabel: String
    // The survey forms (`template --format xlsform|limesurvey`).
    /// The group of the questions about the respondent's municipality (its metadata).
    var metadataGroup: String
    /// Why a don't know or not applicable box cannot be ticked with others.
    var exclusiveNonAnswer: String

    package static let english = TemplateStrings(
        version: "Questionnaire:", instructions: "For each question, write down the code or value of your answer; in a responses file it goes in the column named after the question's code.",
        nonAnswers: "Every question also accepts:", chooseOne: "Choose one:", chooseAny: "Choose all that apply (codes separated by `;`):", number: "A number",
        instructionsSheet: "Instructions", answersSheet: "Answers",
        workbookSteps: ["1. On the Answers sheet, fill in the municipality's id and name (cells B1 and B2).",
                        "2. For every question, pick an answer from the drop-down list in the Answer column (don't know and not applicable are there too). Questions with several answers have a row per option: pick yes or no.",
                        "3. Leave the first three rows and the Question column as they are, and save as an Excel Workbook (.xlsx).",
                        "4. Score the file: smartcity score QUESTIONNAIRE workbook.xlsx (or validate to check it first)."],
        headers: ["Question", "Dimension", "Text", "Help", "Answer"], idLabel: "id", nameLabel: "name",
        metadataGroup: "About the municipality", exclusiveNonAnswer: "Don't know and not applicable cannot be combined with other answers.")

    package static let dutch = TemplateStrings(
        version: "Vragenlijst:", instructions: "Noteer bij elke vraag de code of waarde van uw antwoord; in een antwoordbestand komt die in de kolom met de code van de vraag.",
        nonAnswers: "Bij elke vraag kan ook:", chooseOne: "Kies één:", chooseAny: "Kies alle die van toepassing zijn (codes gescheiden door `;`):", number: "Een getal",
        instructionsSheet: "Uitleg", answersSheet: "Antwoorden",
        workbookSteps: ["1. Vul op het blad Antwoorden het id en de naam van de gemeente in (cellen B1 en B2).",
                        "2. Kies bij elke vraag een antwoord in de keuzelijst van de kolom Antwoord (weet niet en niet van toepassing staan er ook in). Bij vragen met meerdere antwoorden staat elke optie op een eigen rij: kies ja of nee.",
                        "3. Laat de eerste drie rijen en de kolom Vraag ongewijzigd, en bewaar als Excel-werkmap (.xlsx).",
                        "4. Score het bestand: smartcity score VRAGENLIJST werkmap.xlsx (of validate om het eerst na te kijken)."],
        headers: ["Vraag", "Dimensie", "Vraagtekst", "Uitleg", "Antwoord"], idLabel: "id", nameLabel: "naam",
        metadataGroup: "Over de gemeente", exclusiveNonAnswer: "Weet niet en niet van toepassing gaan niet samen met andere antwoorden.")

    package static let french = TemplateStrings(
        version: "Questionnaire\u{202F}:", instructions: "Pour chaque question, notez le code ou la valeur de votre réponse\u{202F}; dans un fichier de réponses, elle va dans la colonne portant le code de la question.",
        nonAnswers: "Chaque question accepte aussi\u{202F}:", chooseOne: "Choisissez-en un\u{202F}:", chooseAny: "Choisissez toutes celles qui s'appliquent (codes séparés par `;`)\u{202F}:", number: "Un nombre",
        instructionsSheet: "Instructions", answersSheet: "Réponses",
        workbookSteps: ["1. Sur la feuille Réponses, indiquez l’identifiant et le nom de la commune (cellules B1 et B2).",
                        "2. Pour chaque question, choisissez une réponse dans la liste de la colonne Réponse (ne sait pas et non applicable y figurent aussi). Pour les questions à plusieurs réponses, chaque option a sa ligne\u{202F}: choisissez oui ou non.",
                        "3. Ne modifiez pas les trois premières lignes ni la colonne Question, et enregistrez en classeur Excel (.xlsx).",
                        "4. Notez le fichier\u{202F}: smartcity score QUESTIONNAIRE classeur.xlsx (ou validate pour le vérifier d’abord)."],
        headers: ["Question", "Dimension", "Texte", "Aide", "Réponse"], idLabel: "id", nameLabel: "nom",
        metadataGroup: "À propos de la commune", exclusiveNonAnswer: "Ne sait pas et sans objet ne se combinent pas avec d’autres réponses.")
}

/// Blank forms for a questionnaire: a CSV with the right header to fill in a spreadsheet,
/// and a printable Markdown questionnaire with each question's scale and codes.
public struct TemplateRenderer: Sendable {
    public let questionnaire: Questionnaire
    public let language: String
    public let strings: TemplateStrings

    public init(questionnaire: Questionnaire, language: String) {
        self.questionnaire = questionnaire
        self.language = language
        self.strings = TemplateStrings.forLanguage(language)
    }

    private func text(_ localized: LocalizedText) -> String { localized.text(in: language, fallback: questionnaire.defaultLanguage) }

    /// `id,name,<question ids>` and no rows.
    public func csv() -> String {
        var writer = CSVWriter()
        writer.row((["id", "name"] + questionnaire.questions.map(\.id)).map(CSVWriter.text))
        return writer.text
    }

    /// A printable questionnaire.
    public func markdown() -> String {
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
public struct TemplateStrings: Sendable {
    /// "Questionnaire:", before the id and version.
    public var version: String
    public var instructions: String
    public var nonAnswers: String
    public var chooseOne: String
    public var chooseAny: String
    public var number: String

    /// The wording for a language, English when we have none.
    public static func forLanguage(_ code: String) -> TemplateStrings {
        switch code {
        case "nl":
            return TemplateStrings(
                version: "Vragenlijst:", instructions: "Noteer bij elke vraag de code of waarde van uw antwoord; in een antwoordbestand komt die in de kolom met de code van de vraag.",
                nonAnswers: "Bij elke vraag kan ook:", chooseOne: "Kies één:", chooseAny: "Kies alle die van toepassing zijn (codes gescheiden door `;`):", number: "Een getal")
        case "fr":
            return TemplateStrings(
                version: "Questionnaire :", instructions: "Pour chaque question, notez le code ou la valeur de votre réponse ; dans un fichier de réponses, elle va dans la colonne portant le code de la question.",
                nonAnswers: "Chaque question accepte aussi :", chooseOne: "Choisissez-en un :", chooseAny: "Choisissez toutes celles qui s'appliquent (codes séparés par `;`) :", number: "Un nombre")
        default:
            return TemplateStrings(
                version: "Questionnaire:", instructions: "For each question, write down the code or value of your answer; in a responses file it goes in the column named after the question's code.",
                nonAnswers: "Every question also accepts:", chooseOne: "Choose one:", chooseAny: "Choose all that apply (codes separated by `;`):", number: "A number")
        }
    }
}

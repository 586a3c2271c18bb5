/// The answers the template's drop-downs offer by their labels (`handmatig`, `weet niet`), read
/// back to the codes of a responses file (`manual`, `dk`): per question, each answer's label in
/// every language of the questionnaire, normalised as exports' labels are. A label two answers
/// of a question share (in any languages) names neither: the template offers such a question's
/// answers as `code — label`, which reads back by its code.
struct WorkbookAnswerLabels: Sendable {
    /// Per question id: normalised label -> code.
    private let codes: [String: [String: String]]

    init(questionnaire: Questionnaire) {
        var codes: [String: [String: String]] = [:]
        for question in questionnaire.questions {
            var byLabel: [String: String] = [:], ambiguous: Set<String> = []
            func add(_ label: LocalizedText, _ code: String) {
                for text in label.translations.values {
                    let key = LabelText.normalise(text)
                    if let known = byLabel[key], known != code { ambiguous.insert(key) } else { byLabel[key] = code }
                }
            }
            switch question.kind {
            case .choice(let options):
                for option in options { add(option.label, option.code) }
            case .likert(let scale, _), .level(let scale):
                for point in scale.points { add(point.label, NumberFormat.plain(point.value)) }
            case .yesNo:
                add(YesNoAnswer.yesLabel, "yes")
                add(YesNoAnswer.noLabel, "no")
            case .multi, .number:
                break
            }
            for nonAnswer in questionnaire.nonAnswers { add(nonAnswer.label, nonAnswer.code) }
            for key in ambiguous { byLabel[key] = nil }
            codes[question.id] = byLabel
        }
        self.codes = codes
    }

    /// The code of an answer a question's drop-down offers by its label; nil for any other text.
    func code(of text: String, question id: String) -> String? {
        codes[id]?[LabelText.normalise(text)]
    }

    /// A cell of the template's answer column as a responses file writes it: a label read back to
    /// its code, else the code before " — " (`3 — gedeeltelijk`, and older workbooks' `manual — handmatig`),
    /// else the text as it is.
    func answer(_ text: String, question id: String) -> String {
        if let code = code(of: text, question: id) { return code }
        return text.components(separatedBy: " — ").first ?? text
    }
}

/// What to do next when a dimension's score is in a band, and the answers that show it done
/// already (so that the report does not advise what the municipality does).
struct Recommendation: Sendable {
    /// One answer that shows the recommendation done: for a choice question the option code, for
    /// a multi question an option code the answer includes, for yes/no `yes` or `no`, for a scale
    /// or number question a value the answer is at least.
    struct Condition: Sendable, Equatable {
        var questionID: String
        var answer: String

        init(questionID: String, answer: String) {
            self.questionID = questionID
            self.answer = answer
        }
    }

    package var text: LocalizedText
    /// Done when every condition is met; never done without conditions.
    var doneWhen: [Condition]

    init(text: LocalizedText, doneWhen: [Condition] = []) {
        self.text = text
        self.doneWhen = doneWhen
    }

    /// Whether the answers (aligned with the questionnaire's questions) meet every condition.
    func isDone(by answers: [Answer], in questionnaire: Questionnaire) -> Bool {
        guard !doneWhen.isEmpty else { return false }
        return doneWhen.allSatisfy { condition in
            guard let index = questionnaire.questions.firstIndex(where: { $0.id == condition.questionID }), index < answers.count else { return false }
            return Self.answer(answers[index], to: questionnaire.questions[index], meets: condition.answer)
        }
    }

    /// Whether an answer meets a condition's code or value.
    static func answer(_ answer: Answer, to question: Question, meets expected: String) -> Bool {
        switch (question.kind, answer) {
        case (.choice(let options), .choice(let chosen)): return chosen < options.count && options[chosen].code == expected
        case (.multi(let options, _), .choices(let chosen)): return options.firstIndex { $0.code == expected }.map(chosen.contains) ?? false
        case (.yesNo, .yesNo(let yes)): return expected == (yes ? "yes" : "no")
        case (.likert, .number(let value)), (.level, .number(let value)), (.number, .number(let value)):
            return NumberFormat.parse(Substring(expected)).map { value >= $0 } ?? false
        default: return false
        }
    }

    /// Why a condition's answer does not fit its question (worded per language in `QuestionnaireWording`).
    enum Mismatch: Sendable, Equatable {
        /// (the answer, the question, its option codes).
        case notAnOption(String, question: String, codes: String)
        /// (the question).
        case notYesNo(question: String)
        /// (the question, the answer).
        case notANumber(question: String, String)
    }

    /// Why a condition's answer does not fit its question; nil when it does.
    static func problem(with expected: String, for question: Question) -> Mismatch? {
        switch question.kind {
        case .choice(let options), .multi(let options, _):
            return options.contains { $0.code == expected } ? nil
                : .notAnOption(expected, question: question.id, codes: options.map(\.code).joined(separator: ", "))
        case .yesNo:
            return expected == "yes" || expected == "no" ? nil : .notYesNo(question: question.id)
        case .likert, .level, .number:
            return NumberFormat.parse(Substring(expected)) == nil ? .notANumber(question: question.id, expected) : nil
        }
    }
}

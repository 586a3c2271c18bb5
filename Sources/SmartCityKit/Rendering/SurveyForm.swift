import Foundation

/// What the survey forms of `template` (XLSForm, LimeSurvey) ask, whatever the tool: the
/// questions by dimension and section, each question's answers as choices (option codes, scale
/// values, yes/no), the questionnaire's non-answers as further choices, and the languages.
struct SurveyForm {
    /// One answer a respondent can pick.
    struct Choice {
        var code: String
        var label: LocalizedText
    }

    /// A dimension or descriptive section and its questions, in the questionnaire's order.
    struct Group {
        var id: String
        var label: LocalizedText
        var description: LocalizedText?
        var questions: [Question]
    }

    package let questionnaire: Questionnaire
    /// The languages of the form's texts, the first being the form's default.
    package let languages: [String]

    /// The text in a language, else in the questionnaire's default.
    package func text(_ localized: LocalizedText, in language: String) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }

    /// The dimensions, then the descriptive sections, each with its questions.
    package var groups: [Group] {
        questionnaire.dimensions.map { Group(id: $0.id, label: $0.label, description: $0.description, questions: questionnaire.questions(in: $0.id)) }
            + questionnaire.sections.map { Group(id: $0.id, label: $0.label, description: $0.description, questions: questionnaire.questions(in: $0.id)) }
    }

    /// The declared metadata fields, asked before the questions.
    var metadata: [MetadataField] { questionnaire.metadata ?? [] }

    /// The answers of a question other than a number, without the non-answers: a scale's
    /// values, the options' codes, yes and no. Nil for a number question.
    static func choices(of question: Question) -> [Choice]? {
        switch question.kind {
        case .likert(let scale, _), .level(let scale):
            return scale.points.map { Choice(code: NumberFormat.plain($0.value), label: $0.label) }
        case .choice(let options), .multi(let options, _):
            return options.map { Choice(code: $0.code, label: $0.label) }
        case .yesNo:
            return [Choice(code: "yes", label: YesNoAnswer.yesLabel), Choice(code: "no", label: YesNoAnswer.noLabel)]
        case .number:
            return nil
        }
    }

    /// "don't know" and "not applicable" as choices, by their codes.
    var nonAnswerChoices: [Choice] { questionnaire.nonAnswers.map { Choice(code: $0.code, label: $0.label) } }

    /// The languages a form is written in: those asked for (`--lang nl,fr`, in that order; each
    /// one the questionnaire has no texts in is left out, with a warning), else all of the
    /// questionnaire's, its default language first. The warnings in `wording`'s language.
    static func languages(requested: String?, questionnaire: Questionnaire, file: String, wording: SurveyFormWording) -> (codes: [String], diagnostics: [Diagnostic]) {
        guard let requested else {
            return ([questionnaire.defaultLanguage] + questionnaire.languages.filter { $0 != questionnaire.defaultLanguage }, [])
        }
        var codes: [String] = [], diagnostics: [Diagnostic] = []
        for tag in requested.split(separator: ",").map({ String($0).trimmingSpaces.lowercased() }) where !tag.isEmpty {
            // A tag with a region is its language (`nl-BE` is `nl`), as for reports.
            if let code = ReportLanguage.match(tag, in: questionnaire.languages) {
                if !codes.contains(code) { codes.append(code) }
            } else {
                diagnostics.append(.warning(SourceLocation(file: file), wording.noTextsIn(tag, questionnaire.languages.joined(separator: ", "))))
            }
        }
        if codes.isEmpty {
            diagnostics.append(.warning(SourceLocation(file: file), wording.noneOfTheLanguages(questionnaire.defaultLanguage)))
            codes = [questionnaire.defaultLanguage]
        }
        return (codes, diagnostics)
    }

    /// The English name of a language with its code, as XLSForm names label columns: "Dutch (nl)".
    static func languageName(_ code: String) -> String {
        let names = ["nl": "Dutch", "fr": "French", "en": "English", "de": "German"]
        let name = names[code] ?? Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
        return "\(name) (\(code))"
    }
}

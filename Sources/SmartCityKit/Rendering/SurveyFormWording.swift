/// What is said about the languages a survey form (`template --format xlsform|limesurvey`) is
/// asked for, in one language. A struct with a value per language, so that a missing
/// translation does not compile; chosen by the language of the run's first `--lang` tag.
struct SurveyFormWording: LanguageWording {
    /// A language the questionnaire has no texts in: (the tag, its languages).
    var noTextsIn: @Sendable (_ tag: String, _ languages: String) -> String
    /// None of the languages asked for: (the questionnaire's default language).
    var noneOfTheLanguages: @Sendable (_ fallback: String) -> String

    static let english = SurveyFormWording(
        noTextsIn: { "the questionnaire has no texts in \"\($0)\" (it has \($1)); the form leaves it out" },
        noneOfTheLanguages: { "none of the languages asked for is the questionnaire's; the form is in its default language \"\($0)\"" })

    static let dutch = SurveyFormWording(
        noTextsIn: { "de vragenlijst heeft geen teksten in \"\($0)\" (wel in \($1)); het formulier laat die taal weg" },
        noneOfTheLanguages: { "geen van de gevraagde talen is een taal van de vragenlijst; het formulier is in haar standaardtaal \"\($0)\"" })

    static let french = SurveyFormWording(
        noTextsIn: { "le questionnaire n’a pas de textes en «\u{202F}\($0)\u{202F}» (il en a en \($1))\u{202F}; le formulaire omet cette langue" },
        noneOfTheLanguages: { "aucune des langues demandées n’est celle du questionnaire\u{202F}; le formulaire est dans sa langue par défaut «\u{202F}\($0)\u{202F}»" })
}

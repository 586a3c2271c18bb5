/// The language a run is in - its reports and what it says on the terminal - and the notes and
/// warnings about how it was chosen. The one resolver every command uses: `--lang`, else the
/// environment's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them), else the
/// questionnaire's default language. Tags are read as BCP 47 or POSIX locale names and fall back
/// to their language: `nl-BE`, `nl_BE.UTF-8` and `NL` are `nl`.
package struct ReportLanguage: Sendable {
    /// The language of the questionnaire texts.
    package var code: String
    /// The fixed wording.
    package var strings: ReportStrings
    /// What the run says on the terminal, in the same language (English when there is none).
    package var messages: MessageStrings
    package var diagnostics: [Diagnostic]

    /// The environment variables that name the user's language, most binding first (POSIX).
    static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Resolves `--lang` (`requested`), else the `environment`'s locale, else the questionnaire's
    /// default language, with a note when the language was inferred (from the environment, when it
    /// is not the default, or from a tag with a region); a `--lang` the questionnaire has no texts in
    /// is a warning and gives the default language, an environment's is a note. Fixed wording in
    /// the same language, else English, with a warning.
    package static func resolve(requested: String?, environment: [String: String], questionnaire: Questionnaire,
                                file: String) -> ReportLanguage {
        let location = SourceLocation(file: file)
        var notes: [(MessageStrings) -> Diagnostic] = []
        var chosen: String?
        if let requested {
            if let code = match(requested, in: questionnaire.languages) {
                chosen = code
                if code != requested.lowercased() { notes.append { .note(location, $0.tagRead("--lang \(requested)", code)) } }
            } else {
                notes.append { .warning(location, $0.languageMissing(requested.lowercased(), questionnaire.languages, questionnaire.defaultLanguage)) }
            }
        }
        // A --lang the questionnaire does not have falls back to its default, as the warning says.
        if requested == nil, let (variable, value) = environmentLocale(environment), let tag = language(of: value) {
            let setting = "\(variable)=\(value)"
            if let code = match(tag, in: questionnaire.languages) {
                chosen = code
                if code != questionnaire.defaultLanguage { notes.append { .note(location, $0.languageFromEnvironment(setting, code)) } }
            } else {
                notes.append { .note(location, $0.environmentLanguageMissing(setting, questionnaire.languages, questionnaire.defaultLanguage)) }
            }
        }
        let code = chosen ?? questionnaire.defaultLanguage
        let messages = MessageStrings.forLanguage(code)
        var diagnostics = notes.map { $0(messages) }
        if !ReportStrings.availableLanguages.contains(code) {
            diagnostics.append(.warning(location, messages.noWording(code, ReportStrings.availableLanguages)))
        }
        return ReportLanguage(code: code, strings: .forLanguage(code), messages: messages, diagnostics: diagnostics)
    }

    /// Loads a questionnaire and resolves the run's language (see `resolve`). What is said about a
    /// questionnaire that fails to load is in the language of `--lang`, else of the environment,
    /// else English, since it has no default language yet; the warnings of one that loads are in
    /// the run's language. The language is nil when the questionnaire has errors.
    package static func loadQuestionnaire(path: String, requested: String?, environment: [String: String])
        -> (loaded: Checked<LoadedQuestionnaire>, language: ReportLanguage?)
    {
        let code = wordingLanguage(requested: requested, environment: environment)
        let loaded = QuestionnaireLoader.load(path: path, wording: .forLanguage(code))
        guard let questionnaire = loaded.questionnaire else { return (loaded, nil) }
        let language = resolve(requested: requested, environment: environment, questionnaire: questionnaire, file: path)
        guard language.code != code, !loaded.diagnostics.isEmpty else { return (loaded, language) }
        // Its warnings again in the run's language: the file is read again, rarely (a bundled questionnaire has none).
        let reworded = QuestionnaireLoader.load(path: path, wording: .forLanguage(language.code))
        return (reworded.questionnaire == nil ? loaded : reworded, language)
    }

    /// The questionnaire language a tag names: the tag itself (any case), else its language
    /// subtag (`nl-BE` is `nl`, `en-GB` is `en`, `fr_CH.UTF-8` is `fr`); nil when it has neither.
    static func match(_ tag: String, in languages: [String]) -> String? {
        let written = tag.trimmingSpaces.lowercased()
        if let exact = languages.first(where: { $0.lowercased() == written }) { return exact }
        guard let primary = language(of: written) else { return nil }
        return languages.first { $0.lowercased() == primary }
    }

    /// The language subtag of a BCP 47 tag or POSIX locale name (`nl_BE.UTF-8@euro` is `nl`),
    /// lowercased; nil for `C`, `POSIX` and what is not two or three letters.
    static func language(of tag: String) -> String? {
        let name = tag.prefix { $0 != "." && $0 != "@" }
        let primary = name.prefix { $0 != "-" && $0 != "_" }.lowercased()
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }

    /// The variable of the environment that names the language, and its value: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty.
    static func environmentLocale(_ environment: [String: String]) -> (variable: String, value: String)? {
        for variable in localeVariables {
            if let value = environment[variable], !value.isEmpty { return (variable, value) }
        }
        return nil
    }

    /// The wording of the terminal for a run that has no questionnaire: in the language of
    /// `--lang`, else of the environment, when smartcity has wording in it; else English.
    package static func messages(requested: String?, environment: [String: String]) -> MessageStrings {
        .forLanguage(wordingLanguage(requested: requested, environment: environment))
    }

    /// The language of a run that has no questionnaire: of `--lang`, else of the environment
    /// (English when smartcity has no wording in it, as `forLanguage` gives).
    package static func wordingLanguage(requested: String?, environment: [String: String]) -> String {
        (requested ?? environmentLocale(environment)?.value).flatMap(language(of:)) ?? "en"
    }
}

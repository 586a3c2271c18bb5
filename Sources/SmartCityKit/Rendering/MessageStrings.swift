/// What every command says on the terminal about its run, in one language: the summary line
/// after the reports are written and the notes on the language chosen. A struct beside
/// `ReportStrings`, so that a missing translation does not compile. (Diagnostics located in an
/// input file - a questionnaire's field, a responses cell - stay in English: see the README.)
package struct MessageStrings: LanguageWording {
    /// "--lang nl-BE is read as Dutch (nl)": (what was given, the language).
    var tagRead: @Sendable (_ given: String, _ code: String) -> String
    /// A `--lang` the questionnaire has no texts in: (asked, its languages, its default).
    var languageMissing: @Sendable (_ asked: String, _ languages: [String], _ fallback: String) -> String
    /// The language taken from the environment: (`LANG=nl_BE.UTF-8`, the language).
    var languageFromEnvironment: @Sendable (_ setting: String, _ code: String) -> String
    /// The environment names a language the questionnaire has no texts in: (setting, its languages, its default).
    var environmentLanguageMissing: @Sendable (_ setting: String, _ languages: [String], _ fallback: String) -> String
    /// smartcity has no fixed wording in the questionnaire's language: (language, the languages it has).
    var noWording: @Sendable (_ code: String, _ available: [String]) -> String
    /// `score`: (respondents, rows left out, files written, folder).
    package var scored: @Sendable (_ respondents: Int, _ leftOut: Int, _ files: Int, _ folder: String) -> String
    /// `compare`: (municipalities, groups or nil, waves or nil, files written, folder).
    package var compared: @Sendable (_ municipalities: Int, _ groups: Int?, _ waves: Int?, _ files: Int, _ folder: String) -> String
    /// `compare` draws no radar per municipality beyond `limit` of them.
    var radarsOmitted: @Sendable (_ limit: Int) -> String
    /// `compare` of a large cohort: what the cohort charts draw (their top and bottom `half`, and
    /// the selected municipalities when some were chosen).
    var largeCohortCharts: @Sendable (_ half: Int, _ selected: Bool) -> String
    /// `stats`: (respondents, groups or nil, files written, folder).
    package var described: @Sendable (_ respondents: Int, _ groups: Int?, _ files: Int, _ folder: String) -> String
    /// `questionnaires`: the folder holds none.
    package var noQuestionnaires: @Sendable (_ folder: String) -> String

    /// "Dutch (nl)": the language's name in English with its code.
    private static func englishName(_ code: String) -> String {
        let names = ["en": "English", "nl": "Dutch", "fr": "French"]
        return names[code].map { "\($0) (\(code))" } ?? "\"\(code)\""
    }

    /// "Nederlands (nl)": the language's name in Dutch with its code.
    private static func dutchName(_ code: String) -> String {
        let names = ["en": "Engels", "nl": "Nederlands", "fr": "Frans"]
        return names[code].map { "\($0) (\(code))" } ?? "\"\(code)\""
    }

    /// "néerlandais (nl)": the language's name in French with its code.
    private static func frenchName(_ code: String) -> String {
        let names = ["en": "anglais", "nl": "néerlandais", "fr": "français"]
        return names[code].map { "\($0) (\(code))" } ?? "«\u{202F}\(code)\u{202F}»"
    }

    /// "1 respondent", "3 respondents".
    private static func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }

    /// "en, nl".
    private static func list(_ codes: [String]) -> String { codes.joined(separator: ", ") }

    package static let english = MessageStrings(
        tagRead: { "\($0) is read as \(englishName($1))" },
        languageMissing: { "the questionnaire has no texts in \"\($0)\" (it has \(list($1))); the reports use its default language \"\($2)\"" },
        languageFromEnvironment: { "the texts are in \(englishName($1)), as \($0) asks; --lang chooses another language" },
        environmentLanguageMissing: {
            "\($0) names a language the questionnaire has no texts in (it has \(list($1))); the texts are in its default language \"\($2)\""
        },
        noWording: { "smartcity has no report wording in \"\($0)\" (it has \(list($1))); fixed words are in English" },
        scored: { respondents, leftOut, files, folder in
            "Scored \(count(respondents, "respondent", "respondents"))" + (leftOut > 0 ? " (\(count(leftOut, "row", "rows")) left out)" : "")
                + "; wrote \(files) files to \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "Compared \(count(municipalities, "municipality", "municipalities"))" + (groups.map { " in \(count($0, "group", "groups"))" } ?? "")
                + (waves.map { " over \($0) waves" } ?? "") + "; wrote \(files) files to \(folder)/"
        },
        radarsOmitted: { "no radar chart per municipality for more than \($0) municipalities; --select ID,ID,... draws one for each municipality named" },
        largeCohortCharts: { half, selected in
            "ranking.svg and heatmap.svg draw the top and bottom \(half)" + (selected ? " and the selected" : "") + ", strips.svg how many have each score"
        },
        described: { respondents, groups, files, folder in
            "Described \(count(respondents, "respondent", "respondents"))" + (groups.map { " in \(count($0, "group", "groups"))" } ?? "")
                + "; wrote \(files) files to \(folder)/"
        },
        noQuestionnaires: { "no questionnaires found in \($0)" })

    package static let dutch = MessageStrings(
        tagRead: { "\($0) wordt gelezen als \(dutchName($1))" },
        languageMissing: { "de vragenlijst heeft geen teksten in \"\($0)\" (wel in \(list($1))); de rapporten gebruiken haar standaardtaal \"\($2)\"" },
        languageFromEnvironment: { "de teksten zijn in het \(dutchName($1)), zoals \($0) vraagt; --lang kiest een andere taal" },
        environmentLanguageMissing: {
            "\($0) noemt een taal waarin de vragenlijst geen teksten heeft (wel in \(list($1))); de teksten zijn in haar standaardtaal \"\($2)\""
        },
        noWording: { "smartcity heeft geen rapportteksten in \"\($0)\" (wel in \(list($1))); vaste woorden zijn in het Engels" },
        scored: { respondents, leftOut, files, folder in
            "\(count(respondents, "respondent", "respondenten")) gescoord" + (leftOut > 0 ? " (\(count(leftOut, "rij", "rijen")) weggelaten)" : "")
                + "; \(files) bestanden geschreven in \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "\(count(municipalities, "gemeente", "gemeenten")) vergeleken" + (groups.map { " in \(count($0, "groep", "groepen"))" } ?? "")
                + (waves.map { " over \($0) golven" } ?? "") + "; \(files) bestanden geschreven in \(folder)/"
        },
        radarsOmitted: { "geen radardiagram per gemeente voor meer dan \($0) gemeenten; --select ID,ID,... tekent er een voor elke genoemde gemeente" },
        largeCohortCharts: { half, selected in
            "ranking.svg en heatmap.svg tekenen de bovenste en onderste \(half)" + (selected ? " en de gekozen" : "") + ", strips.svg hoeveel gemeenten elke score hebben"
        },
        described: { respondents, groups, files, folder in
            "\(count(respondents, "respondent", "respondenten")) beschreven" + (groups.map { " in \(count($0, "groep", "groepen"))" } ?? "")
                + "; \(files) bestanden geschreven in \(folder)/"
        },
        noQuestionnaires: { "geen vragenlijsten gevonden in \($0)" })

    package static let french = MessageStrings(
        tagRead: { "\($0) est lu comme \(frenchName($1))" },
        languageMissing: {
            "le questionnaire n’a pas de textes en «\u{202F}\($0)\u{202F}» (il en a en \(list($1)))\u{202F}; les rapports sont dans sa langue par défaut «\u{202F}\($2)\u{202F}»"
        },
        languageFromEnvironment: { "les textes sont en \(frenchName($1)), comme le demande \($0)\u{202F}; --lang choisit une autre langue" },
        environmentLanguageMissing: {
            "\($0) désigne une langue dans laquelle le questionnaire n’a pas de textes (il en a en \(list($1)))\u{202F}; les textes sont dans sa langue par défaut «\u{202F}\($2)\u{202F}»"
        },
        noWording: { "smartcity n’a pas de textes de rapport en «\u{202F}\($0)\u{202F}» (il en a en \(list($1)))\u{202F}; les mots fixes sont en anglais" },
        scored: { respondents, leftOut, files, folder in
            "\(count(respondents, "répondant évalué", "répondants évalués"))" + (leftOut > 0 ? " (\(count(leftOut, "ligne écartée", "lignes écartées")))" : "")
                + "\u{202F}; \(files) fichiers écrits dans \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "\(count(municipalities, "commune comparée", "communes comparées"))" + (groups.map { " en \(count($0, "groupe", "groupes"))" } ?? "")
                + (waves.map { " sur \($0) vagues" } ?? "") + "\u{202F}; \(files) fichiers écrits dans \(folder)/"
        },
        radarsOmitted: { "pas de radar par commune au-delà de \($0) communes\u{202F}; --select ID,ID,... en dessine un pour chaque commune nommée" },
        largeCohortCharts: { half, selected in
            "ranking.svg et heatmap.svg montrent les \(half) premières et les \(half) dernières" + (selected ? " et celles choisies" : "")
                + ", strips.svg combien de communes ont chaque score"
        },
        described: { respondents, groups, files, folder in
            "\(count(respondents, "répondant décrit", "répondants décrits"))" + (groups.map { " en \(count($0, "groupe", "groupes"))" } ?? "")
                + "\u{202F}; \(files) fichiers écrits dans \(folder)/"
        },
        noQuestionnaires: { "aucun questionnaire trouvé dans \($0)" })
}

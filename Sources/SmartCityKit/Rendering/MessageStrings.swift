/// What every command says on the terminal about its run, in one language: the summary line
/// after the reports are written, `validate`'s verdicts, the questionnaire listing, the notes on
/// the rows left out and on the language chosen. A struct beside `ReportStrings`, so that a
/// missing translation does not compile. (Diagnostics located in an input file - a
/// questionnaire's field, a responses cell - stay in English: see the README.)
package struct MessageStrings: LanguageWording {
    /// What a command does with the complete respondents, for the note on the incomplete ones it leaves out.
    package enum Pass: Sendable, CaseIterable {
        case counted, compared, analysed
    }

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
    /// `score`: (respondents, the municipalities they make with `--municipality-column` or nil, rows left out, files written, folder).
    package var scored: @Sendable (_ respondents: Int, _ municipalities: Int?, _ leftOut: Int, _ files: Int, _ folder: String) -> String
    /// `compare`: (municipalities, groups or nil, waves or nil, files written, folder).
    package var compared: @Sendable (_ municipalities: Int, _ groups: Int?, _ waves: Int?, _ files: Int, _ folder: String) -> String
    /// `compare` draws no radar per municipality beyond `limit` of them.
    var radarsOmitted: @Sendable (_ limit: Int) -> String
    /// `compare` of a large cohort: what the cohort charts draw (their top and bottom `half`, and
    /// the selected municipalities when some were chosen).
    var largeCohortCharts: @Sendable (_ half: Int, _ selected: Bool) -> String
    /// `stats`: (respondents, the municipalities they make with `--municipality-column` or nil, groups or nil, files written, folder).
    package var described: @Sendable (_ respondents: Int, _ municipalities: Int?, _ groups: Int?, _ files: Int, _ folder: String) -> String
    /// `questionnaires`: the folder holds none (said about the folder), with the fix.
    package var noQuestionnaires: String
    /// `questionnaires`: the listing's column heads (id, version, dimensions, questions, languages, title, path).
    package var listingHeader: [String]
    /// `questionnaires`: the title of a questionnaire that cannot be loaded.
    package var invalidListed: String
    /// `validate`: a file's verdict (path, whether it is valid, errors, warnings).
    package var verdict: @Sendable (_ path: String, _ valid: Bool, _ errors: Int, _ warnings: Int) -> String
    /// `validate`: a responses file not checked, its questionnaire or mapping being invalid.
    package var skipped: @Sendable (_ path: String) -> String
    /// `stats`, `compare`, `uncertainty`: incomplete responses left out (how many, of what).
    var incompleteLeftOut: @Sendable (_ count: Int, _ pass: Pass) -> String
    /// How many more diagnostics of a column (or of whole rows) were not shown: (where, how many, whether any is an error).
    package var notShown: @Sendable (_ place: DiagnosticLimiter.Place, _ count: Int, _ errors: Bool) -> String
    /// `uncertainty`: (municipalities, draws, the share whose type holds in 90 % of the draws, files written, folder).
    package var analysed: @Sendable (_ municipalities: Int, _ draws: Int, _ stableShare: Double, _ files: Int, _ folder: String) -> String
    /// An output named by the other spelling (`--output` for a folder): (the spelling given, the
    /// option's own name, whether the option names a folder).
    package var otherSpelling: @Sendable (_ given: String, _ option: String, _ namesFolder: Bool) -> String

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

    /// " (1 error, 2 warnings)", or nothing when there is neither: (errors, warnings, error's
    /// singular and plural, warning's singular and plural).
    private static func counts(_ errors: Int, _ warnings: Int, _ error: (String, String), _ warning: (String, String)) -> String {
        let parts = [(errors, error), (warnings, warning)].filter { $0.0 > 0 }.map { count($0.0, $0.1.0, $0.1.1) }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }

    /// Shares as percentages in English (`83.3 %`), and in Dutch and French (`83,3 %` with a narrow no-break space).
    private static let pointNumbers = ReportNumbers(decimalSeparator: "."), commaNumbers = ReportNumbers(decimalSeparator: ",")

    package static let english = MessageStrings(
        tagRead: { "\($0) is read as \(englishName($1))" },
        languageMissing: { "the questionnaire has no texts in \"\($0)\" (it has \(list($1))); the texts are in its default language \"\($2)\"" },
        languageFromEnvironment: { "the texts are in \(englishName($1)), as \($0) asks; --lang chooses another language" },
        environmentLanguageMissing: {
            "\($0) names a language the questionnaire has no texts in (it has \(list($1))); the texts are in its default language \"\($2)\""
        },
        noWording: { "smartcity has no report wording in \"\($0)\" (it has \(list($1))); fixed words are in English" },
        scored: { respondents, municipalities, leftOut, files, folder in
            "Scored \(count(respondents, "respondent", "respondents"))"
                + (municipalities.map { " of \(count($0, "municipality", "municipalities"))" } ?? "") + (leftOut > 0 ? " (\(count(leftOut, "row", "rows")) left out)" : "")
                + "; wrote \(count(files, "file", "files")) to \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "Compared \(count(municipalities, "municipality", "municipalities"))" + (groups.map { " in \(count($0, "group", "groups"))" } ?? "")
                + (waves.map { " over \($0) waves" } ?? "") + "; wrote \(count(files, "file", "files")) to \(folder)/"
        },
        radarsOmitted: { "no radar chart per municipality for more than \($0) municipalities; --select ID,ID,... draws one for each municipality named" },
        largeCohortCharts: { half, selected in
            "ranking.svg and heatmap.svg draw the top and bottom \(half)" + (selected ? " and the selected" : "") + ", strips.svg how many have each score"
        },
        described: { respondents, municipalities, groups, files, folder in
            "Described \(count(respondents, "respondent", "respondents"))" + (municipalities.map { " of \(count($0, "municipality", "municipalities"))" } ?? "")
                + (groups.map { " in \(count($0, "group", "groups"))" } ?? "")
                + "; wrote \(count(files, "file", "files")) to \(folder)/"
        },
        noQuestionnaires: "no questionnaire found here (a .json file whose top level is an object); name the folder that holds them: smartcity questionnaires DIR",
        listingHeader: ["ID", "VERSION", "DIMENSIONS", "QUESTIONS", "LANGUAGES", "TITLE", "PATH"],
        invalidListed: "(invalid: run smartcity validate)",
        verdict: { "\($0): \($1 ? "valid" : "invalid")" + counts($2, $3, ("error", "errors"), ("warning", "warnings")) },
        skipped: { "\($0): skipped (its questionnaire or mapping is invalid)" },
        incompleteLeftOut: { count, pass in
            "\(count) incomplete \(count == 1 ? "response is" : "responses are") not \(pass == .counted ? "counted" : pass == .compared ? "compared" : "analysed"); "
                + "--include-incomplete takes them in"
        },
        notShown: { place, count, errors in
            (place.column.map { "column \"\($0)\"" } ?? "rows") + ": \(count) more " + (errors ? (count == 1 ? "problem" : "problems") : (count == 1 ? "warning" : "warnings"))
                + " like the ones above were not shown"
        },
        analysed: { municipalities, draws, share, files, folder in
            "Analysed \(count(municipalities, "municipality", "municipalities")) over \(count(draws, "draw", "draws")); "
                + "the type holds in at least 90 % of the draws for \(pointNumbers.percent(share)) of them; wrote \(count(files, "file", "files")) to \(folder)/"
        },
        otherSpelling: { given, option, namesFolder in
            "--\(given) is read as --\(option); "
                + (namesFolder ? "a folder is named with -o/--out, one file with --output" : "one file is named with -o/--output, a folder with --out")
        })

    package static let dutch = MessageStrings(
        tagRead: { "\($0) wordt gelezen als \(dutchName($1))" },
        languageMissing: { "de vragenlijst heeft geen teksten in \"\($0)\" (wel in \(list($1))); de teksten zijn in haar standaardtaal \"\($2)\"" },
        languageFromEnvironment: { "de teksten zijn in het \(dutchName($1)), zoals \($0) vraagt; --lang kiest een andere taal" },
        environmentLanguageMissing: {
            "\($0) noemt een taal waarin de vragenlijst geen teksten heeft (wel in \(list($1))); de teksten zijn in haar standaardtaal \"\($2)\""
        },
        noWording: { "smartcity heeft geen rapportteksten in \"\($0)\" (wel in \(list($1))); vaste woorden zijn in het Engels" },
        scored: { respondents, municipalities, leftOut, files, folder in
            "\(count(respondents, "respondent", "respondenten"))" + (municipalities.map { " van \(count($0, "gemeente", "gemeenten"))" } ?? "")
                + " gescoord" + (leftOut > 0 ? " (\(count(leftOut, "rij", "rijen")) weggelaten)" : "")
                + "; \(count(files, "bestand", "bestanden")) geschreven in \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "\(count(municipalities, "gemeente", "gemeenten")) vergeleken" + (groups.map { " in \(count($0, "groep", "groepen"))" } ?? "")
                + (waves.map { " over \($0) golven" } ?? "") + "; \(count(files, "bestand", "bestanden")) geschreven in \(folder)/"
        },
        radarsOmitted: { "geen radardiagram per gemeente voor meer dan \($0) gemeenten; --select ID,ID,... tekent er een voor elke genoemde gemeente" },
        largeCohortCharts: { half, selected in
            "ranking.svg en heatmap.svg tekenen de bovenste en onderste \(half)" + (selected ? " en de gekozen" : "") + ", strips.svg hoeveel gemeenten elke score hebben"
        },
        described: { respondents, municipalities, groups, files, folder in
            "\(count(respondents, "respondent", "respondenten"))" + (municipalities.map { " van \(count($0, "gemeente", "gemeenten"))" } ?? "")
                + " beschreven" + (groups.map { " in \(count($0, "groep", "groepen"))" } ?? "")
                + "; \(count(files, "bestand", "bestanden")) geschreven in \(folder)/"
        },
        noQuestionnaires: "hier is geen vragenlijst gevonden (een .json-bestand met een object op het hoogste niveau); noem de map die ze bevat: smartcity questionnaires MAP",
        listingHeader: ["ID", "VERSIE", "DIMENSIES", "VRAGEN", "TALEN", "TITEL", "PAD"],
        invalidListed: "(ongeldig: voer smartcity validate uit)",
        verdict: { "\($0): \($1 ? "geldig" : "ongeldig")" + counts($2, $3, ("fout", "fouten"), ("waarschuwing", "waarschuwingen")) },
        skipped: { "\($0): overgeslagen (de vragenlijst of de mapping ervoor is ongeldig)" },
        incompleteLeftOut: { count, pass in
            "\(count) \(count == 1 ? "onvolledig antwoord wordt" : "onvolledige antwoorden worden") niet "
                + "\(pass == .counted ? "geteld" : pass == .compared ? "vergeleken" : "geanalyseerd"); --include-incomplete neemt ze mee"
        },
        notShown: { place, count, errors in
            (place.column.map { "kolom \"\($0)\"" } ?? "rijen") + ": nog \(count) " + (errors ? (count == 1 ? "probleem" : "problemen") : (count == 1 ? "waarschuwing" : "waarschuwingen"))
                + " zoals hierboven " + (count == 1 ? "werd" : "werden") + " niet getoond"
        },
        analysed: { municipalities, draws, share, files, folder in
            "\(count(municipalities, "gemeente", "gemeenten")) geanalyseerd over \(count(draws, "trekking", "trekkingen")); "
                + "het type blijft in minstens 90\u{202F}% van de trekkingen voor \(commaNumbers.percent(share)) ervan; \(count(files, "bestand", "bestanden")) geschreven in \(folder)/"
        },
        otherSpelling: { given, option, namesFolder in
            "--\(given) wordt gelezen als --\(option); "
                + (namesFolder ? "een map noem je met -o/--out, één bestand met --output" : "één bestand noem je met -o/--output, een map met --out")
        })

    package static let french = MessageStrings(
        tagRead: { "\($0) est lu comme \(frenchName($1))" },
        languageMissing: {
            "le questionnaire n’a pas de textes en «\u{202F}\($0)\u{202F}» (il en a en \(list($1)))\u{202F}; les textes sont dans sa langue par défaut «\u{202F}\($2)\u{202F}»"
        },
        languageFromEnvironment: { "les textes sont en \(frenchName($1)), comme le demande \($0)\u{202F}; --lang choisit une autre langue" },
        environmentLanguageMissing: {
            "\($0) désigne une langue dans laquelle le questionnaire n’a pas de textes (il en a en \(list($1)))\u{202F}; les textes sont dans sa langue par défaut «\u{202F}\($2)\u{202F}»"
        },
        noWording: { "smartcity n’a pas de textes de rapport en «\u{202F}\($0)\u{202F}» (il en a en \(list($1)))\u{202F}; les mots fixes sont en anglais" },
        scored: { respondents, municipalities, leftOut, files, folder in
            "\(count(respondents, "répondant évalué", "répondants évalués"))"
                + (municipalities.map { " de \(count($0, "commune", "communes"))" } ?? "") + (leftOut > 0 ? " (\(count(leftOut, "ligne écartée", "lignes écartées")))" : "")
                + "\u{202F}; \(count(files, "fichier écrit", "fichiers écrits")) dans \(folder)/"
        },
        compared: { municipalities, groups, waves, files, folder in
            "\(count(municipalities, "commune comparée", "communes comparées"))" + (groups.map { " en \(count($0, "groupe", "groupes"))" } ?? "")
                + (waves.map { " sur \($0) vagues" } ?? "") + "\u{202F}; \(count(files, "fichier écrit", "fichiers écrits")) dans \(folder)/"
        },
        radarsOmitted: { "pas de radar par commune au-delà de \($0) communes\u{202F}; --select ID,ID,... en dessine un pour chaque commune nommée" },
        largeCohortCharts: { half, selected in
            "ranking.svg et heatmap.svg montrent les \(half) premières et les \(half) dernières" + (selected ? " et celles choisies" : "")
                + ", strips.svg combien de communes ont chaque score"
        },
        described: { respondents, municipalities, groups, files, folder in
            "\(count(respondents, "répondant décrit", "répondants décrits"))" + (municipalities.map { " de \(count($0, "commune", "communes"))" } ?? "")
                + (groups.map { " en \(count($0, "groupe", "groupes"))" } ?? "")
                + "\u{202F}; \(count(files, "fichier écrit", "fichiers écrits")) dans \(folder)/"
        },
        noQuestionnaires: "aucun questionnaire trouvé ici (un fichier .json dont le niveau supérieur est un objet)\u{202F}; nommez le dossier qui les contient\u{202F}: smartcity questionnaires DOSSIER",
        listingHeader: ["ID", "VERSION", "DIMENSIONS", "QUESTIONS", "LANGUES", "TITRE", "CHEMIN"],
        invalidListed: "(invalide\u{202F}: lancez smartcity validate)",
        verdict: { "\($0)\u{202F}: \($1 ? "valide" : "invalide")" + counts($2, $3, ("erreur", "erreurs"), ("avertissement", "avertissements")) },
        skipped: { "\($0)\u{202F}: ignoré (son questionnaire ou son fichier de correspondance est invalide)" },
        incompleteLeftOut: { count, pass in
            let participle = pass == .counted ? "comptée" : pass == .compared ? "comparée" : "analysée"
            return count == 1 ? "1 réponse incomplète n’est pas \(participle)\u{202F}; --include-incomplete la prend en compte"
                : "\(count) réponses incomplètes ne sont pas \(participle)s\u{202F}; --include-incomplete les prend en compte"
        },
        notShown: { place, count, errors in
            let noun = errors ? (count == 1 ? "autre problème" : "autres problèmes") : (count == 1 ? "autre avertissement" : "autres avertissements")
            return (place.column.map { "colonne «\u{202F}\($0)\u{202F}»" } ?? "lignes") + "\u{202F}: \(count) \(noun) comme ceux ci-dessus "
                + (count == 1 ? "n’a pas été affiché" : "n’ont pas été affichés")
        },
        analysed: { municipalities, draws, share, files, folder in
            "\(count(municipalities, "commune analysée", "communes analysées")) sur \(count(draws, "tirage", "tirages"))\u{202F}; "
                + "le type se maintient dans au moins 90\u{202F}% des tirages pour \(commaNumbers.percent(share)) d’entre elles\u{202F}; "
                + "\(count(files, "fichier écrit", "fichiers écrits")) dans \(folder)/"
        },
        otherSpelling: { given, option, namesFolder in
            "--\(given) est lu comme --\(option)\u{202F}; "
                + (namesFolder ? "un dossier se nomme avec -o/--out, un seul fichier avec --output" : "un seul fichier se nomme avec -o/--output, un dossier avec --out")
        })
}

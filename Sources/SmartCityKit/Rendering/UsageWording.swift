/// What smartcity says about a mistake on the command line (a usage error, exit 64), in one
/// language: the frame around it (the usage line, where to find help), the parser's problems (an
/// unknown option with the one meant, a value an option does not take with what it takes) and the
/// commands' own rules about their arguments. A struct with a value per language, so that a
/// missing translation does not compile; chosen by the language of the command line (`--lang`,
/// else the environment's locale, else English), the questionnaire being unread yet.
///
/// The parts are given as typed on the command line: option names (`--out <dir>`), values and
/// choices stay as they are, for they are what the user types.
package struct UsageWording: LanguageWording {
    /// The whole text on stderr: (the problem, the command's usage line, the command that shows its help).
    package var errorText: @Sendable (_ message: String, _ usage: String, _ helpCommand: String) -> String
    /// A command smartcity does not have: (as typed, the one meant or nil, every command).
    package var unknownCommand: @Sendable (_ name: String, _ suggestion: String?, _ commands: [String]) -> String
    /// An option the command does not take: (as typed, the option meant or nil).
    package var unknownOption: @Sendable (_ typed: String, _ suggestion: String?) -> String
    /// A letter among combined short flags that names none: (`-x`, the argument `-fx`).
    package var unknownFlagLetter: @Sendable (_ letter: String, _ argument: String) -> String
    /// A flag given a value: (the flag).
    package var flagTakesNoValue: @Sendable (_ flag: String) -> String
    /// An option without its value: (the option with its value's name).
    package var missingValue: @Sendable (_ option: String) -> String
    /// A required option not given: (the option with its value's name).
    package var missingOption: @Sendable (_ option: String) -> String
    /// A required argument not given: (its name, whether it takes several).
    package var missingArgument: @Sendable (_ name: String, _ repeats: Bool) -> String
    /// An argument more than the command takes.
    package var unexpectedArgument: @Sendable (_ argument: String) -> String
    /// A value the option does not take: (the value, the option, what it takes, worded by `expected...`).
    package var invalidValue: @Sendable (_ value: String, _ option: String, _ expected: String) -> String
    /// A value that is none of the option's choices: (the value, the option, the choices).
    package var notAChoice: @Sendable (_ value: String, _ option: String, _ choices: [String]) -> String
    /// A value of a list option that is none of its choices: (the value, the option, the choices).
    package var unknownListValue: @Sendable (_ value: String, _ option: String, _ choices: [String]) -> String
    /// A list option given no value: (the option).
    package var emptyList: @Sendable (_ option: String) -> String

    /// What a value must be: any text.
    package var expectedText: String
    /// A whole number.
    package var expectedWholeNumber: String
    /// A whole number of at least the minimum.
    package var expectedWholeNumberAtLeast: @Sendable (_ minimum: String) -> String
    /// A number.
    package var expectedNumber: String
    /// A number from the first up to, not including, the second.
    package var expectedNumberBelow: @Sendable (_ minimum: String, _ limit: String) -> String
    /// A number from the first to the second, both included.
    package var expectedNumberBetween: @Sendable (_ minimum: String, _ maximum: String) -> String
    /// One of a closed set.
    package var expectedOneOf: @Sendable (_ choices: [String]) -> String

    /// `assess --id` that is not an identifier: (the value).
    package var invalidID: @Sendable (_ value: String) -> String
    /// An input that is one of the reports the run would replace: (the input).
    package var inputIsReplacedReport: @Sendable (_ input: String) -> String
    /// The output file is one of the inputs: (the output).
    package var outputIsInput: @Sendable (_ output: String) -> String
    /// An output option given as blank: (the option, whether it names a folder).
    package var emptyOutput: @Sendable (_ option: String, _ namesFolder: Bool) -> String
    /// `import`: the mapping names a questionnaire the catalogue does not hold: (its id).
    package var questionnaireNotInCatalog: @Sendable (_ id: String) -> String
    /// `template --format xlsx` to standard output.
    package var workbookNeedsFile: String
    /// `compare` with responses files and `--wave` both.
    package var filesAndWaves: String
    /// `compare` with one `--wave`.
    package var tooFewWaves: String
    /// `compare` without responses.
    package var noResponses: String
    /// `--wave` that is not LABEL=FILE: (the value).
    package var invalidWave: @Sendable (_ value: String) -> String
    /// `--wave-questionnaire` that is not LABEL=FILE: (the value).
    package var invalidWaveQuestionnaire: @Sendable (_ value: String) -> String
    /// `--wave-questionnaire` for the current wave: (its label).
    package var waveIsCurrent: @Sendable (_ label: String) -> String
    /// `--wave-questionnaire` for no earlier wave: (the label, the earlier waves' labels).
    package var unknownWave: @Sendable (_ label: String, _ earlier: [String]) -> String
    /// `--wave-questionnaire` twice for a wave: (its label).
    package var waveQuestionnaireTwice: @Sendable (_ label: String) -> String
    /// `validate` whose first file is not a questionnaire: (the file).
    package var notAQuestionnaire: @Sendable (_ path: String) -> String
    /// `explain` without `--id`.
    package var explainNeedsID: String
    /// `questionnaires` of what is not a folder: (the path).
    package var notAFolder: @Sendable (_ path: String) -> String
    /// `--bins` that cannot be read: (the value, why).
    package var invalidBins: @Sendable (_ value: String, _ problem: PeerGrouping.BinsError) -> String

    /// The headings of a command's `--help` with their colon (overview, usage, arguments,
    /// options) and its notes (before an option's values, before its default, what `--help`
    /// does), for a command whose texts are in the language too.
    package var helpOverview: String, helpUsage: String, helpArguments: String, helpOptions: String
    package var helpValues: String
    package var helpDefault: String
    package var helpShowHelp: String

    /// Class edges written as typed (`5,1`).
    private static func edges(_ edges: [Double]) -> String { edges.map(NumberFormat.plain).joined(separator: ",") }

    package static let english = UsageWording(
        errorText: { "Error: \($0)\nUsage: \($1)\n  See '\($2)' for more information.\n" },
        unknownCommand: { name, suggestion, commands in
            "Unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Commands: \(commands.joined(separator: ", "))."
        },
        unknownOption: { typed, suggestion in "Unknown option '\(typed)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") },
        unknownFlagLetter: { "Unknown option '\($0)' in '\($1)'." },
        flagTakesNoValue: { "The flag '\($0)' does not take a value; write it alone." },
        missingValue: { "Missing value for '\($0)'; write the value after the option." },
        missingOption: { "Missing expected option '\($0)'." },
        missingArgument: { name, repeats in "Missing expected argument '<\(name)>\(repeats ? " ..." : "")'." },
        unexpectedArgument: { "Unexpected argument '\($0)'." },
        invalidValue: { "The value '\($0)' is invalid for '\($1)'; give \($2)." },
        notAChoice: { "The value '\($0)' is invalid for '\($1)'. Choose one of: \($2.joined(separator: ", "))." },
        unknownListValue: { "Unknown value '\($0)' for \($1). Choose from: \($2.joined(separator: ", "))." },
        emptyList: { "Name at least one value with \($0)." },
        expectedText: "a text",
        expectedWholeNumber: "a whole number",
        expectedWholeNumberAtLeast: { "a whole number, \($0) or more" },
        expectedNumber: "a number",
        expectedNumberBelow: { "a number from \($0) up to (not including) \($1)" },
        expectedNumberBetween: { "a number from \($0) to \($1)" },
        expectedOneOf: { "one of \($0.joined(separator: ", "))" },
        invalidID: { "The value '\($0)' is invalid for '--id <id>'; use letters, digits, '-', '_' or '.' (not first; at most 64)." },
        inputIsReplacedReport: { "The input '\($0)' is one of the reports this run would replace; copy it elsewhere or choose another --out." },
        outputIsInput: { "The output file '\($0)' is also an input; write the output to another file." },
        emptyOutput: { "The value for '\($0)' is empty; name a \($1 ? "folder" : "file")." },
        questionnaireNotInCatalog: { "The mapping names questionnaire '\($0)', which is not in Questionnaires/; pass it with --questionnaire." },
        workbookNeedsFile: "A workbook is not text: name the file to write with -o, for instance -o questionnaire.xlsx.",
        filesAndWaves: "Give the responses either as files or as waves (--wave LABEL=FILE), not both.",
        tooFewWaves: "Give --wave at least twice (for instance --wave 2023=a.csv --wave 2024=b.csv) to compare waves.",
        noResponses: "Name at least one responses file, or give --wave LABEL=FILE two or more times.",
        invalidWave: { "The value '\($0)' is invalid for '--wave <label=file>'; write the wave's label and its file, e.g. 2024=responses-2024.csv." },
        invalidWaveQuestionnaire: {
            "The value '\($0)' is invalid for '--wave-questionnaire <label=file>'; write the wave's label and its questionnaire, e.g. 2023=questionnaire-2023.json."
        },
        waveIsCurrent: {
            "The wave \($0) is the current one: it is scored with the questionnaire given first; --wave-questionnaire names earlier waves' questionnaires."
        },
        unknownWave: { label, earlier in
            "No earlier wave is labelled '\(label)' for --wave-questionnaire; "
                + (earlier.isEmpty ? "no --wave is given." : "the earlier waves are \(earlier.joined(separator: ", ")).")
        },
        waveQuestionnaireTwice: { "The wave \($0) is given --wave-questionnaire twice; give it once." },
        notAQuestionnaire: { "'\($0)' is not a questionnaire; name a questionnaire before its responses files." },
        explainNeedsID: "Name the municipality to explain with --id ID.",
        notAFolder: { "'\($0)' is not a folder; name the folder that holds the questionnaires." },
        invalidBins: { value, problem in
            let reason = switch problem {
            case .noEquals: "write COLUMN=EDGES, for instance population=0,10000,25000,50000"
            case .noColumn: "name the column before '=', for instance population=0,10000,25000"
            case .notANumber(let text): "'\(text)' is not a number; give the class edges as numbers separated by commas"
            case .notIncreasing(let given): "the class edges must increase: \(edges(given))"
            }
            return "The value '\(value)' is invalid for '--bins <column=edges>': \(reason)."
        },
        helpOverview: "OVERVIEW:", helpUsage: "USAGE:", helpArguments: "ARGUMENTS:", helpOptions: "OPTIONS:",
        helpValues: "values:", helpDefault: "default:", helpShowHelp: "Show help information.")

    package static let dutch = UsageWording(
        errorText: { "Fout: \($0)\nGebruik: \($1)\n  Zie '\($2)' voor meer uitleg.\n" },
        unknownCommand: { name, suggestion, commands in
            "Onbekend commando '\(name)'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "") + " Commando's: \(commands.joined(separator: ", "))."
        },
        unknownOption: { typed, suggestion in "Onbekende optie '\(typed)'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? "") },
        unknownFlagLetter: { "Onbekende optie '\($0)' in '\($1)'." },
        flagTakesNoValue: { "De optie '\($0)' krijgt geen waarde; schrijf ze zonder waarde." },
        missingValue: { "Er ontbreekt een waarde voor '\($0)'; schrijf de waarde na de optie." },
        missingOption: { "De verplichte optie '\($0)' ontbreekt." },
        missingArgument: { name, repeats in "Het verplichte argument '<\(name)>\(repeats ? " ..." : "")' ontbreekt." },
        unexpectedArgument: { "Onverwacht argument '\($0)'." },
        invalidValue: { "De waarde '\($0)' is ongeldig voor '\($1)'; geef \($2)." },
        notAChoice: { "De waarde '\($0)' is ongeldig voor '\($1)'. Kies een van: \($2.joined(separator: ", "))." },
        unknownListValue: { "Onbekende waarde '\($0)' voor \($1). Kies uit: \($2.joined(separator: ", "))." },
        emptyList: { "Geef minstens één waarde met \($0)." },
        expectedText: "een tekst",
        expectedWholeNumber: "een geheel getal",
        expectedWholeNumberAtLeast: { "een geheel getal, \($0) of meer" },
        expectedNumber: "een getal",
        expectedNumberBelow: { "een getal van \($0) tot (maar zonder) \($1)" },
        expectedNumberBetween: { "een getal van \($0) tot en met \($1)" },
        expectedOneOf: { "een van \($0.joined(separator: ", "))" },
        invalidID: { "De waarde '\($0)' is ongeldig voor '--id <id>'; gebruik letters, cijfers, '-', '_' of '.' (niet als eerste teken; hoogstens 64)." },
        inputIsReplacedReport: {
            "Het invoerbestand '\($0)' is een van de rapporten die deze uitvoering zou vervangen; kopieer het naar elders of kies een andere --out."
        },
        outputIsInput: { "Het uitvoerbestand '\($0)' is ook een invoerbestand; schrijf de uitvoer naar een ander bestand." },
        emptyOutput: { "De waarde van '\($0)' is leeg; noem een \($1 ? "map" : "bestand")." },
        questionnaireNotInCatalog: {
            "Het koppelingsbestand noemt de vragenlijst '\($0)', die niet in Questionnaires/ staat; geef de vragenlijst mee met --questionnaire."
        },
        workbookNeedsFile: "Een werkmap is geen tekst: noem het bestand om te schrijven met -o, bijvoorbeeld -o questionnaire.xlsx.",
        filesAndWaves: "Geef de antwoorden als bestanden of als golven (--wave LABEL=FILE), niet allebei.",
        tooFewWaves: "Geef --wave minstens twee keer (bijvoorbeeld --wave 2023=a.csv --wave 2024=b.csv) om golven te vergelijken.",
        noResponses: "Noem minstens één antwoordbestand, of geef --wave LABEL=FILE twee of meer keer.",
        invalidWave: { "De waarde '\($0)' is ongeldig voor '--wave <label=file>'; schrijf het label van de golf en het bestand, bv. 2024=responses-2024.csv." },
        invalidWaveQuestionnaire: {
            "De waarde '\($0)' is ongeldig voor '--wave-questionnaire <label=file>'; schrijf het label van de golf en de vragenlijst, bv. 2023=questionnaire-2023.json."
        },
        waveIsCurrent: {
            "De golf \($0) is de huidige: ze wordt gescoord met de vragenlijst die eerst gegeven is; --wave-questionnaire noemt de vragenlijsten van vorige golven."
        },
        unknownWave: { label, earlier in
            "Geen vorige golf heeft het label '\(label)' voor --wave-questionnaire; "
                + (earlier.isEmpty ? "er is geen --wave gegeven." : "de vorige golven zijn \(earlier.joined(separator: ", ")).")
        },
        waveQuestionnaireTwice: { "De golf \($0) krijgt twee keer --wave-questionnaire; geef die optie één keer." },
        notAQuestionnaire: { "'\($0)' is geen vragenlijst; noem een vragenlijst vóór de antwoordbestanden." },
        explainNeedsID: "Noem de gemeente die uitgelegd moet worden met --id ID.",
        notAFolder: { "'\($0)' is geen map; noem de map waarin de vragenlijsten staan." },
        invalidBins: { value, problem in
            let reason = switch problem {
            case .noEquals: "schrijf KOLOM=GRENZEN, bijvoorbeeld population=0,10000,25000,50000"
            case .noColumn: "noem de kolom vóór '=', bijvoorbeeld population=0,10000,25000"
            case .notANumber(let text): "'\(text)' is geen getal; geef de klassengrenzen als getallen, gescheiden door komma's"
            case .notIncreasing(let given): "de klassengrenzen moeten stijgen: \(edges(given))"
            }
            return "De waarde '\(value)' is ongeldig voor '--bins <column=edges>': \(reason)."
        },
        helpOverview: "OVERZICHT:", helpUsage: "GEBRUIK:", helpArguments: "ARGUMENTEN:", helpOptions: "OPTIES:",
        helpValues: "waarden:", helpDefault: "standaard:", helpShowHelp: "Toon de hulp.")

    package static let french = UsageWording(
        errorText: { "Erreur\u{202F}: \($0)\nUtilisation\u{202F}: \($1)\n  Voir «\u{202F}\($2)\u{202F}» pour plus d’informations.\n" },
        unknownCommand: { name, suggestion, commands in
            "Commande inconnue «\u{202F}\(name)\u{202F}»." + (suggestion.map { " Vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}?" } ?? "")
                + " Commandes\u{202F}: \(commands.joined(separator: ", "))."
        },
        unknownOption: { typed, suggestion in
            "Option inconnue «\u{202F}\(typed)\u{202F}»." + (suggestion.map { " Vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}?" } ?? "")
        },
        unknownFlagLetter: { "Option inconnue «\u{202F}\($0)\u{202F}» dans «\u{202F}\($1)\u{202F}»." },
        flagTakesNoValue: { "L’option «\u{202F}\($0)\u{202F}» ne prend pas de valeur\u{202F}; écrivez-la seule." },
        missingValue: { "Il manque une valeur pour «\u{202F}\($0)\u{202F}»\u{202F}; écrivez la valeur après l’option." },
        missingOption: { "Il manque l’option obligatoire «\u{202F}\($0)\u{202F}»." },
        missingArgument: { name, repeats in "Il manque l’argument obligatoire «\u{202F}<\(name)>\(repeats ? " ..." : "")\u{202F}»." },
        unexpectedArgument: { "Argument inattendu «\u{202F}\($0)\u{202F}»." },
        invalidValue: { "La valeur «\u{202F}\($0)\u{202F}» n’est pas valable pour «\u{202F}\($1)\u{202F}»\u{202F}; donnez \($2)." },
        notAChoice: { "La valeur «\u{202F}\($0)\u{202F}» n’est pas valable pour «\u{202F}\($1)\u{202F}». Choisissez parmi\u{202F}: \($2.joined(separator: ", "))." },
        unknownListValue: { "Valeur inconnue «\u{202F}\($0)\u{202F}» pour \($1). Choisissez parmi\u{202F}: \($2.joined(separator: ", "))." },
        emptyList: { "Donnez au moins une valeur avec \($0)." },
        expectedText: "un texte",
        expectedWholeNumber: "un nombre entier",
        expectedWholeNumberAtLeast: { "un nombre entier, \($0) ou plus" },
        expectedNumber: "un nombre",
        expectedNumberBelow: { "un nombre de \($0) jusqu’à \($1) (non compris)" },
        expectedNumberBetween: { "un nombre de \($0) à \($1)" },
        expectedOneOf: { "l’une des valeurs \($0.joined(separator: ", "))" },
        invalidID: {
            "La valeur «\u{202F}\($0)\u{202F}» n’est pas valable pour «\u{202F}--id <id>\u{202F}»\u{202F}; utilisez des lettres, des chiffres, "
                + "«\u{202F}-\u{202F}», «\u{202F}_\u{202F}» ou «\u{202F}.\u{202F}» (pas en premier\u{202F}; 64 au plus)."
        },
        inputIsReplacedReport: {
            "Le fichier d’entrée «\u{202F}\($0)\u{202F}» est l’un des rapports que cette exécution remplacerait\u{202F}; copiez-le ailleurs ou choisissez un autre --out."
        },
        outputIsInput: { "Le fichier de sortie «\u{202F}\($0)\u{202F}» est aussi une entrée\u{202F}; écrivez la sortie dans un autre fichier." },
        emptyOutput: { "La valeur de «\u{202F}\($0)\u{202F}» est vide\u{202F}; nommez un \($1 ? "dossier" : "fichier")." },
        questionnaireNotInCatalog: {
            "Le fichier de correspondance nomme le questionnaire «\u{202F}\($0)\u{202F}», qui n’est pas dans Questionnaires/\u{202F}; indiquez-le avec --questionnaire."
        },
        workbookNeedsFile: "Un classeur n’est pas du texte\u{202F}: nommez le fichier à écrire avec -o, par exemple -o questionnaire.xlsx.",
        filesAndWaves: "Donnez les réponses soit en fichiers, soit en vagues (--wave LABEL=FILE), pas les deux.",
        tooFewWaves: "Donnez --wave au moins deux fois (par exemple --wave 2023=a.csv --wave 2024=b.csv) pour comparer des vagues.",
        noResponses: "Nommez au moins un fichier de réponses, ou donnez --wave LABEL=FILE deux fois ou plus.",
        invalidWave: {
            "La valeur «\u{202F}\($0)\u{202F}» n’est pas valable pour «\u{202F}--wave <label=file>\u{202F}»\u{202F}; écrivez le libellé de la vague et son fichier, p. ex. 2024=responses-2024.csv."
        },
        invalidWaveQuestionnaire: {
            "La valeur «\u{202F}\($0)\u{202F}» n’est pas valable pour «\u{202F}--wave-questionnaire <label=file>\u{202F}»\u{202F}; "
                + "écrivez le libellé de la vague et son questionnaire, p. ex. 2023=questionnaire-2023.json."
        },
        waveIsCurrent: {
            "La vague \($0) est l’actuelle\u{202F}: elle est notée avec le questionnaire donné en premier\u{202F}; --wave-questionnaire nomme les questionnaires des vagues précédentes."
        },
        unknownWave: { label, earlier in
            "Aucune vague précédente n’a le libellé «\u{202F}\(label)\u{202F}» pour --wave-questionnaire\u{202F}; "
                + (earlier.isEmpty ? "aucun --wave n’est donné." : "les vagues précédentes sont \(earlier.joined(separator: ", ")).")
        },
        waveQuestionnaireTwice: { "La vague \($0) reçoit deux fois --wave-questionnaire\u{202F}; donnez-le une seule fois." },
        notAQuestionnaire: { "«\u{202F}\($0)\u{202F}» n’est pas un questionnaire\u{202F}; nommez un questionnaire avant ses fichiers de réponses." },
        explainNeedsID: "Nommez la commune à expliquer avec --id ID.",
        notAFolder: { "«\u{202F}\($0)\u{202F}» n’est pas un dossier\u{202F}; nommez le dossier qui contient les questionnaires." },
        invalidBins: { value, problem in
            let reason = switch problem {
            case .noEquals: "écrivez COLONNE=BORNES, par exemple population=0,10000,25000,50000"
            case .noColumn: "nommez la colonne avant «\u{202F}=\u{202F}», par exemple population=0,10000,25000"
            case .notANumber(let text): "«\u{202F}\(text)\u{202F}» n’est pas un nombre\u{202F}; donnez les bornes des classes en nombres séparés par des virgules"
            case .notIncreasing(let given): "les bornes des classes doivent croître\u{202F}: \(edges(given))"
            }
            return "La valeur «\u{202F}\(value)\u{202F}» n’est pas valable pour «\u{202F}--bins <column=edges>\u{202F}»\u{202F}: \(reason)."
        },
        helpOverview: "APERÇU\u{202F}:", helpUsage: "UTILISATION\u{202F}:", helpArguments: "ARGUMENTS\u{202F}:", helpOptions: "OPTIONS\u{202F}:",
        helpValues: "valeurs\u{202F}:", helpDefault: "par défaut\u{202F}:", helpShowHelp: "Affiche l’aide.")
}

/// What reading a responses file says about its bytes and rows, in one language: a file that
/// cannot be opened or read, its CSV syntax (an unclosed quote, a stray one, a row with the wrong
/// number of fields), its text encoding, an empty file or sheet, JSON that is not a list of
/// respondents, and the cells of a row that are not the id or an option's mark. A struct with a
/// value per language, so that a missing translation does not compile; chosen by the run's
/// language (`ReadingOptions.csvWording`, from the language of `ReadingOptions.cellWording`).
package struct CSVWording: Sendable, LanguageWording {
    /// Why the system refused the file (a reason other than those below), in the same language.
    var system: FileSystemWording
    /// The path names no file.
    var noSuchFile: String
    /// The path names no file, but one beside it is named alike: (the path of that one).
    var noSuchFileLike: @Sendable (_ alike: String) -> String
    /// The path names a folder.
    var isAFolder: String
    /// The file cannot be opened: (the system's reason).
    var cannotBeRead: @Sendable (_ reason: String) -> String
    /// The file cannot be opened for reading (its permissions).
    var checkPermissions: String
    /// Reading stopped part way: (the system's reason).
    var readingFailed: @Sendable (_ reason: String) -> String
    /// Reading stopped part way, for no reason the system gave, while the file is still there and readable.
    var readingStopped: String
    /// The first line is longer than a record may be: (the limit in MB).
    var firstLineTooLong: @Sendable (_ megabytes: Int) -> String
    /// A record longer than a record may be: (the limit in MB, the line it starts on).
    var recordTooLong: @Sendable (_ megabytes: Int, _ line: Int) -> String
    /// A quoted field never closed: (the line it opens on).
    var unclosedQuote: @Sendable (_ line: Int) -> String
    /// Text after a field's closing quote.
    var textAfterClosingQuote: String
    /// A quote inside an unquoted field.
    var quoteInUnquotedField: String
    /// A problem of the CSV syntax located by its line: (the line, the problem).
    var onLine: @Sendable (_ line: Int, _ problem: String) -> String
    /// The end of a syntax error that stops reading.
    var restNotRead: String
    /// A row with another number of fields than the header: (row, line, its fields, the header's).
    var wrongFieldCount: @Sendable (_ row: Int, _ line: Int, _ count: Int, _ expected: Int) -> String
    /// An export or workbook without a single record.
    var emptyFile: String
    /// An empty responses file, and an empty sheet: (the id column's name).
    var emptyResponsesFile: @Sendable (_ idColumn: String) -> String
    var emptySheet: @Sendable (_ idColumn: String) -> String
    /// A file that is not UTF-8, read as Windows-1252.
    var readAsWindows1252: String
    /// Bytes after the first chunk that were not UTF-8.
    var invalidUTF8Replaced: String
    /// A header and nothing else.
    var noRespondentRows: String
    /// JSON responses that are not a list: (the JSON type found, whether it is a questionnaire).
    var notAnArray: @Sendable (_ found: String, _ isQuestionnaire: Bool) -> String
    /// A JSON respondent that is not an object: (the JSON type found).
    var notAnObject: @Sendable (_ found: String) -> String
    /// The name of a JSON value's type (`an object`), for the two above.
    var jsonType: @Sendable (_ value: JSONNode.Value) -> String
    /// A row without its id: (the id column's name).
    var emptyID: @Sendable (_ idColumn: String) -> String
    /// A metadata cell, and an id, holding a control character.
    var controlCharacterInCell: String
    var controlCharacterInID: String
    /// A per-option cell that is no mark: (its text, the option's code).
    var notAnOptionMark: @Sendable (_ text: String, _ code: String) -> String

    package static let english = CSVWording(
        system: .english,
        noSuchFile: "no such file; check the path",
        noSuchFileLike: { "no such file; did you mean \($0)?" },
        isAFolder: "is a folder, not a file; name a responses file",
        cannotBeRead: { "cannot be read: \($0)" },
        checkPermissions: "cannot be read; check its permissions",
        readingFailed: { "reading failed: \($0)" },
        readingStopped: "reading stopped before the end of the file; check that no other program is still writing it, then run again",
        firstLineTooLong: { "the first line is longer than \($0) MB; this is not a responses file (or a quote is not closed)" },
        recordTooLong: { "a record longer than \($0) MB starts on line \($1); check for an unclosed quote" },
        unclosedQuote: { "a quoted field opened on line \($0) is never closed; add the closing '\"'" },
        textAfterClosingQuote: "text after the closing quote of a field; quote the whole field",
        quoteInUnquotedField: "a '\"' inside an unquoted field; quote the whole field and double the quote",
        onLine: { "line \($0): \($1)" },
        restNotRead: "; the rest of the file is not read",
        wrongFieldCount: { row, line, count, expected in
            "row \(row) (line \(line)) has \(count) fields but the header has \(expected); "
                + "check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out."
        },
        emptyFile: "the file is empty",
        emptyResponsesFile: { "the file is empty; it needs a header row with \($0) and the question codes, then one row per respondent" },
        emptySheet: { "the sheet is empty; it needs a header row with \($0) and the question codes, then one row per respondent" },
        readAsWindows1252: "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)",
        invalidUTF8Replaced: "part of the file is not valid UTF-8; those characters were replaced. Save the file as UTF-8",
        noRespondentRows: "the file has a header but no respondent rows",
        notAnArray: { found, isQuestionnaire in
            "expected an array of respondent objects, found \(found)"
                + (isQuestionnaire ? "; this is a questionnaire, not a responses file - did you swap them? Give the questionnaire first, then the responses files" : "")
        },
        notAnObject: { "expected an object per respondent, found \($0)" },
        jsonType: { $0.typeName },
        emptyID: { "the respondent id is empty; give every row a unique \($0). The row is left out." },
        controlCharacterInCell: "the cell holds a control character (such as NUL); the reports show it as \u{FFFD}",
        controlCharacterInID: "the id holds a control character (such as NUL); the reports show it as \u{FFFD}",
        notAnOptionMark: { text, code in
            "\"\(text)\" does not say whether option \(code) was chosen; use 1 (or Y, yes, \(code)) for chosen and 0 or empty for not chosen. The answer is not scored."
        })

    package static let dutch = CSVWording(
        system: .dutch,
        noSuchFile: "dit bestand bestaat niet; controleer het pad",
        noSuchFileLike: { "dit bestand bestaat niet; bedoelt u \($0)?" },
        isAFolder: "is een map, geen bestand; noem een antwoordenbestand",
        cannotBeRead: { "kan niet gelezen worden: \($0)" },
        checkPermissions: "kan niet gelezen worden; controleer de toegangsrechten",
        readingFailed: { "het lezen mislukte: \($0)" },
        readingStopped: "het lezen stopte voor het einde van het bestand; controleer dat geen ander programma er nog in schrijft en voer het commando opnieuw uit",
        firstLineTooLong: { "de eerste regel is langer dan \($0) MB; dit is geen antwoordenbestand (of een aanhalingsteken wordt niet gesloten)" },
        recordTooLong: { "een record van meer dan \($0) MB begint op regel \($1); zoek een aanhalingsteken dat niet gesloten wordt" },
        unclosedQuote: { "een veld tussen aanhalingstekens, geopend op regel \($0), wordt nooit gesloten; voeg het sluitende '\"' toe" },
        textAfterClosingQuote: "tekst na het sluitende aanhalingsteken van een veld; zet het hele veld tussen aanhalingstekens",
        quoteInUnquotedField: "een '\"' in een veld zonder aanhalingstekens; zet het hele veld tussen aanhalingstekens en verdubbel het aanhalingsteken",
        onLine: { "regel \($0): \($1)" },
        restNotRead: "; de rest van het bestand wordt niet gelezen",
        wrongFieldCount: { row, line, count, expected in
            "rij \(row) (regel \(line)) heeft \(count) velden, maar de kopregel heeft er \(expected); "
                + "zoek een ontbrekend of overtollig scheidingsteken, of een scheidingsteken in een waarde zonder aanhalingstekens. De rij wordt weggelaten."
        },
        emptyFile: "het bestand is leeg",
        emptyResponsesFile: { "het bestand is leeg; het heeft een kopregel nodig met \($0) en de vraagcodes, en dan een rij per respondent" },
        emptySheet: { "het werkblad is leeg; het heeft een kopregel nodig met \($0) en de vraagcodes, en dan een rij per respondent" },
        readAsWindows1252: "het bestand is geen UTF-8; het werd gelezen als Windows-1252. Zien letters met accenten er verkeerd uit, "
            + "bewaar het dan als UTF-8 (\"CSV UTF-8\" in Excel)",
        invalidUTF8Replaced: "een deel van het bestand is geen geldige UTF-8; die tekens werden vervangen. Bewaar het bestand als UTF-8",
        noRespondentRows: "het bestand heeft een kopregel maar geen rijen van respondenten",
        notAnArray: { found, isQuestionnaire in
            "verwacht: een lijst (array) van objecten per respondent, gevonden: \(found)"
                + (isQuestionnaire ? "; dit is een vragenlijst, geen antwoordenbestand - zijn ze omgewisseld? Geef eerst de vragenlijst, dan de antwoordenbestanden" : "")
        },
        notAnObject: { "verwacht: een object per respondent, gevonden: \($0)" },
        jsonType: { value in
            switch value {
            case .null: "null"
            case .bool: "een waarheidswaarde (true/false)"
            case .number: "een getal"
            case .string: "een tekst (string)"
            case .array: "een lijst (array)"
            case .object: "een object"
            }
        },
        emptyID: { "de id van de respondent is leeg; geef elke rij een unieke \($0). De rij wordt weggelaten." },
        controlCharacterInCell: "de cel bevat een stuurteken (zoals NUL); de rapporten tonen het als \u{FFFD}",
        controlCharacterInID: "de id bevat een stuurteken (zoals NUL); de rapporten tonen het als \u{FFFD}",
        notAnOptionMark: { text, code in
            "\"\(text)\" zegt niet of keuze \(code) gekozen werd; gebruik 1 (of Y, ja, \(code)) voor gekozen en 0 of leeg voor niet gekozen. Het antwoord telt niet mee."
        })

    package static let french = CSVWording(
        system: .french,
        noSuchFile: "ce fichier n’existe pas\u{202F}; vérifiez le chemin",
        noSuchFileLike: { "ce fichier n’existe pas\u{202F}; vouliez-vous dire \($0)\u{202F}?" },
        isAFolder: "est un dossier, pas un fichier\u{202F}; nommez un fichier de réponses",
        cannotBeRead: { "ne peut pas être lu\u{202F}: \($0)" },
        checkPermissions: "ne peut pas être lu\u{202F}; vérifiez ses droits d’accès",
        readingFailed: { "la lecture a échoué\u{202F}: \($0)" },
        readingStopped: "la lecture s’est arrêtée avant la fin du fichier\u{202F}; vérifiez qu’aucun autre programme ne l’écrit encore, puis relancez la commande",
        firstLineTooLong: { "la première ligne dépasse \($0) Mo\u{202F}; ce n’est pas un fichier de réponses (ou un guillemet n’est pas fermé)" },
        recordTooLong: { "un enregistrement de plus de \($0) Mo commence à la ligne \($1)\u{202F}; cherchez un guillemet qui n’est pas fermé" },
        unclosedQuote: { "un champ entre guillemets ouvert à la ligne \($0) n’est jamais fermé\u{202F}; ajoutez le «\u{202F}\"\u{202F}» fermant" },
        textAfterClosingQuote: "du texte suit le guillemet fermant d’un champ\u{202F}; mettez tout le champ entre guillemets",
        quoteInUnquotedField: "un «\u{202F}\"\u{202F}» dans un champ sans guillemets\u{202F}; mettez tout le champ entre guillemets et doublez le guillemet",
        onLine: { "ligne \($0)\u{202F}: \($1)" },
        restNotRead: "\u{202F}; la suite du fichier n’est pas lue",
        wrongFieldCount: { row, line, count, expected in
            "la ligne \(row) (ligne de texte \(line)) a \(count) champs, mais l’en-tête en a \(expected)\u{202F}; "
                + "cherchez un séparateur manquant ou en trop, ou un séparateur dans une valeur sans guillemets. La ligne est écartée."
        },
        emptyFile: "le fichier est vide",
        emptyResponsesFile: { "le fichier est vide\u{202F}; il lui faut une ligne d’en-tête avec \($0) et les codes des questions, puis une ligne par répondant" },
        emptySheet: { "la feuille est vide\u{202F}; il lui faut une ligne d’en-tête avec \($0) et les codes des questions, puis une ligne par répondant" },
        readAsWindows1252: "le fichier n’est pas en UTF-8\u{202F}; il a été lu comme Windows-1252. Si des lettres accentuées semblent fausses, "
            + "enregistrez-le en UTF-8 (\"CSV UTF-8\" dans Excel)",
        invalidUTF8Replaced: "une partie du fichier n’est pas de l’UTF-8 valide\u{202F}; ces caractères ont été remplacés. Enregistrez le fichier en UTF-8",
        noRespondentRows: "le fichier a un en-tête mais aucune ligne de répondant",
        notAnArray: { found, isQuestionnaire in
            "attendu\u{202F}: une liste (array) d’objets par répondant, trouvé\u{202F}: \(found)"
                + (isQuestionnaire ? "\u{202F}; ceci est un questionnaire, pas un fichier de réponses - les avez-vous inversés\u{202F}? "
                    + "Donnez d’abord le questionnaire, puis les fichiers de réponses" : "")
        },
        notAnObject: { "attendu\u{202F}: un objet par répondant, trouvé\u{202F}: \($0)" },
        jsonType: { value in
            switch value {
            case .null: "null"
            case .bool: "un booléen (true/false)"
            case .number: "un nombre"
            case .string: "une chaîne (string)"
            case .array: "une liste (array)"
            case .object: "un objet"
            }
        },
        emptyID: { "l’identifiant du répondant est vide\u{202F}; donnez à chaque ligne un \($0) unique. La ligne est écartée." },
        controlCharacterInCell: "la cellule contient un caractère de contrôle (comme NUL)\u{202F}; les rapports l’affichent comme \u{FFFD}",
        controlCharacterInID: "l’identifiant contient un caractère de contrôle (comme NUL)\u{202F}; les rapports l’affichent comme \u{FFFD}",
        notAnOptionMark: { text, code in
            "«\u{202F}\(text)\u{202F}» ne dit pas si l’option \(code) a été choisie\u{202F}; utilisez 1 (ou Y, oui, \(code)) pour choisie et 0 ou vide pour non choisie. "
                + "La réponse n’est pas comptée."
        })
}

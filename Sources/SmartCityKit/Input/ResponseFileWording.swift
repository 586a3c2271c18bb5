/// What a responses file's structure says about itself, in one language: its header (columns
/// twice, unknown, missing), the metadata columns left out of the reports, and its respondent ids
/// (missing, duplicate). A struct with a value per language, so that a missing translation does
/// not compile; chosen by the run's language (`ReadingOptions.fileWording`, from the language of
/// `ReadingOptions.cellWording`).
struct ResponseFileWording: Sendable, LanguageWording {
    /// A column named twice: (its name).
    var duplicateColumn: @Sendable (_ name: String) -> String
    /// An unknown column meant for a question without a column of its own (its id in another letter case,
    /// or its code written otherwise: `ES2` for `ES02`): (its name, the question's id).
    var unknownColumnLikeQuestion: @Sendable (_ name: String, _ intended: String) -> String
    /// An unknown column shaped like a question code: (its name, the questionnaire's id).
    var unknownColumnLikeCode: @Sendable (_ name: String, _ questionnaire: String) -> String
    /// A question with a single column and per-option columns: (the question's id).
    var singleAndOptionColumns: @Sendable (_ id: String) -> String
    /// No id column in the header: (the id column's name).
    var noIDColumn: @Sendable (_ idName: String) -> String
    /// A per-option column of a question that is not a multi question: (its id, its type).
    var notAMultiQuestion: @Sendable (_ id: String, _ kind: String) -> String
    /// A per-option column of an option the question does not have: (the code, the question's id, its codes).
    var notAnOption: @Sendable (_ code: String, _ id: String, _ codes: String) -> String
    /// No column answers any question: (the questionnaire's id, how to fix it).
    var nothingMatches: @Sendable (_ questionnaire: String, _ fix: String) -> String
    /// How to name a plain file's columns: (the first question ids).
    var nameColumnsByID: @Sendable (_ ids: String) -> String
    /// How to map an export: (the survey tool's name, nil for a mapped file; whether the tool was asked for).
    var mapTheExport: @Sendable (_ tool: String?, _ asked: Bool) -> String
    /// Questions without a column: (how many, the first ten ids, how many more).
    var unanswered: @Sendable (_ count: Int, _ ids: String, _ more: Int) -> String
    /// A column of personal data kept by `--keep-column`: (its name).
    var personalDataKept: @Sendable (_ name: String) -> String
    /// The columns of personal data left out of the reports: (their names).
    var personalDataLeftOut: @Sendable (_ names: String) -> String
    /// The columns the questionnaire does not declare, left out of the reports: (its id, their names).
    var undeclaredLeftOut: @Sendable (_ questionnaire: String, _ names: String) -> String
    /// A `--keep-column` name the file has no column of: (the name).
    var noSuchKeptColumn: @Sendable (_ name: String) -> String
    /// An export without an id column.
    var noIDColumnNote: String
    /// A respondent id seen before in the same file: (the id, the row it was first on).
    var duplicateID: @Sendable (_ id: String, _ firstRow: Int) -> String
    /// A respondent id scored from an earlier file: (the id, that file, its row).
    var duplicateAcrossFiles: @Sendable (_ id: String, _ file: String, _ row: Int) -> String
    /// A respondent id that differs from an earlier one only in letter case (`sameLetters` false)
    /// or in how its accents are encoded: (the id, the other, the other's file if not this one, its row).
    var twin: @Sendable (_ id: String, _ other: String, _ file: String?, _ row: Int, _ sameLetters: Bool) -> String

    static let english = ResponseFileWording(
        duplicateColumn: { "the column \"\($0)\" appears twice in the header; rename or remove one" },
        unknownColumnLikeQuestion: { "unknown column \"\($0)\"; did you mean the question \"\($1)\"? Under this name it is not scored" },
        unknownColumnLikeCode: { "unknown column \"\($0)\": it looks like a question code but \($1) has no such question; it is not scored" },
        singleAndOptionColumns: { "\($0) has both a single column and per-option columns \($0)[...]; keep one form" },
        noIDColumn: { "no \"\($0)\" column in the header; add a column with a unique id per respondent or name it with --id-column" },
        notAMultiQuestion: { "\($0) is a \($1) question, not a multi question; name the column \($0)" },
        notAnOption: { "\"\($0)\" is not an option of \($1); use one of \($2)" },
        nothingMatches: { "no column matches a question of \($0), so nothing can be scored; \($1)" },
        nameColumnsByID: { "name the columns by question id (\($0), ...), or draft a mapping with `smartcity map`" },
        mapTheExport: { tool, asked in
            "the file is read as \(tool.map { "an export of \($0)" } ?? "a mapped file")" + (asked ? " as asked" : "")
                + "; draft a mapping with `smartcity map QUESTIONNAIRE FILE -o mapping.json`, review it and pass it with --map"
        },
        unanswered: { count, ids, more in
            "no column for \(count == 1 ? "question" : "questions") \(ids)\(more > 0 ? " and \(more) more" : ""); \(count == 1 ? "it counts" : "they count") as unanswered"
        },
        personalDataKept: { "column \"\($0)\" holds personal data; it is copied into the reports because --keep-column names it" },
        personalDataLeftOut: { "left out of the reports as personal data: \($0); keep one with --keep-column NAME" },
        undeclaredLeftOut: { "left out of the reports (not metadata that \($0) declares): \($1); keep one with --keep-column NAME" },
        noSuchKeptColumn: { "--keep-column \($0): the file has no such metadata column" },
        noIDColumnNote: "no respondent id column; rows are identified as row-N by their row number (name one with --id-column)",
        duplicateID: { "duplicate respondent id \"\($0)\" (first on row \($1)); ids must be unique. The row is left out." },
        duplicateAcrossFiles: { "respondent id \"\($0)\" was already scored from \($1) row \($2); ids must be unique across files. The row is left out." },
        twin: { id, other, file, row, sameLetters in
            let place = file.map { "\($0) row \(row)" } ?? "row \(row)"
            let difference = sameLetters ? "how its accents are encoded (Unicode NFD and NFC)" : "letter case"
            return "respondent id \"\(id)\" differs from \"\(other)\" (\(place)) only in \(difference); both are kept "
                + "as different municipalities. If they are one, write its id the same way in both rows"
        })

    static let dutch = ResponseFileWording(
        duplicateColumn: { "de kolom \"\($0)\" staat twee keer in de kopregel; hernoem of verwijder er een" },
        unknownColumnLikeQuestion: { "onbekende kolom \"\($0)\"; bedoelt u de vraag \"\($1)\"? Onder deze naam telt ze niet mee" },
        unknownColumnLikeCode: { "onbekende kolom \"\($0)\": ze lijkt op een vraagcode, maar \($1) heeft zo'n vraag niet; ze telt niet mee" },
        singleAndOptionColumns: { "\($0) heeft zowel één kolom als kolommen per keuze \($0)[...]; houd één vorm" },
        noIDColumn: { "geen kolom \"\($0)\" in de kopregel; voeg een kolom toe met een unieke id per respondent of noem haar met --id-column" },
        notAMultiQuestion: { "\($0) is een vraag van het type \($1), geen meerkeuzevraag (multi); noem de kolom \($0)" },
        notAnOption: { "\"\($0)\" is geen keuze van \($1); gebruik een van \($2)" },
        nothingMatches: { "geen kolom past bij een vraag van \($0), dus niets kan gescoord worden; \($1)" },
        nameColumnsByID: { "noem de kolommen naar de id van hun vraag (\($0), ...), of maak een ontwerp van een mapping met `smartcity map`" },
        mapTheExport: { tool, asked in
            "het bestand wordt gelezen als \(tool.map { "een export van \($0)" } ?? "een gemapt bestand")" + (asked ? ", zoals gevraagd" : "")
                + "; maak een ontwerp van een mapping met `smartcity map VRAGENLIJST BESTAND -o mapping.json`, kijk het na en geef het mee met --map"
        },
        unanswered: { count, ids, more in
            "geen kolom voor \(count == 1 ? "vraag" : "de vragen") \(ids)\(more > 0 ? " en nog \(more)" : ""); \(count == 1 ? "die telt" : "die tellen") als onbeantwoord"
        },
        personalDataKept: { "kolom \"\($0)\" bevat persoonsgegevens; ze wordt in de rapporten overgenomen omdat --keep-column haar noemt" },
        personalDataLeftOut: { "weggelaten uit de rapporten als persoonsgegevens: \($0); bewaar er een met --keep-column NAAM" },
        undeclaredLeftOut: { "weggelaten uit de rapporten (geen metadata die \($0) declareert): \($1); bewaar er een met --keep-column NAAM" },
        noSuchKeptColumn: { "--keep-column \($0): het bestand heeft geen zulke metadatakolom" },
        noIDColumnNote: "geen kolom met de id van de respondent; rijen heten row-N naar hun rijnummer (noem er een met --id-column)",
        duplicateID: { "dubbele id van respondent \"\($0)\" (eerst op rij \($1)); ids moeten uniek zijn. De rij wordt weggelaten." },
        duplicateAcrossFiles: { "id van respondent \"\($0)\" werd al gescoord uit \($1) rij \($2); ids moeten over alle bestanden uniek zijn. De rij wordt weggelaten." },
        twin: { id, other, file, row, sameLetters in
            let place = file.map { "\($0) rij \(row)" } ?? "rij \(row)"
            let difference = sameLetters ? "in de codering van de accenten (Unicode NFD en NFC)" : "in hoofdletters en kleine letters"
            return "id van respondent \"\(id)\" verschilt van \"\(other)\" (\(place)) alleen \(difference); beide blijven bewaard "
                + "als verschillende gemeenten. Zijn ze dezelfde, schrijf de id dan in beide rijen op dezelfde manier"
        })

    static let french = ResponseFileWording(
        duplicateColumn: { "la colonne «\u{202F}\($0)\u{202F}» figure deux fois dans l’en-tête\u{202F}; renommez ou supprimez l’une des deux" },
        unknownColumnLikeQuestion: {
            "colonne inconnue «\u{202F}\($0)\u{202F}»\u{202F}; vouliez-vous dire la question «\u{202F}\($1)\u{202F}»\u{202F}? Sous ce nom, elle n’est pas comptée"
        },
        unknownColumnLikeCode: {
            "colonne inconnue «\u{202F}\($0)\u{202F}»\u{202F}: elle ressemble à un code de question, mais \($1) n’a pas cette question\u{202F}; elle n’est pas comptée"
        },
        singleAndOptionColumns: { "\($0) a à la fois une seule colonne et des colonnes par option \($0)[...]\u{202F}; gardez une seule forme" },
        noIDColumn: { "pas de colonne «\u{202F}\($0)\u{202F}» dans l’en-tête\u{202F}; ajoutez une colonne avec un identifiant unique par répondant ou nommez-la avec --id-column" },
        notAMultiQuestion: { "\($0) est une question de type \($1), pas une question à choix multiples (multi)\u{202F}; nommez la colonne \($0)" },
        notAnOption: { "«\u{202F}\($0)\u{202F}» n’est pas une option de \($1)\u{202F}; utilisez l’un des codes \($2)" },
        nothingMatches: { "aucune colonne ne correspond à une question de \($0), rien ne peut donc être compté\u{202F}; \($1)" },
        nameColumnsByID: { "nommez les colonnes par l’identifiant de leur question (\($0), ...), ou préparez une correspondance avec `smartcity map`" },
        mapTheExport: { tool, asked in
            "le fichier est lu comme \(tool.map { "un export de \($0)" } ?? "un fichier mis en correspondance")" + (asked ? ", comme demandé" : "")
                + "\u{202F}; préparez une correspondance avec `smartcity map QUESTIONNAIRE FICHIER -o mapping.json`, relisez-la et passez-la avec --map"
        },
        unanswered: { count, ids, more in
            "pas de colonne pour \(count == 1 ? "la question" : "les questions") \(ids)\(more > 0 ? " et \(more) autres" : "")\u{202F}; "
                + (count == 1 ? "elle compte" : "elles comptent") + " comme sans réponse"
        },
        personalDataKept: { "la colonne «\u{202F}\($0)\u{202F}» contient des données personnelles\u{202F}; elle est copiée dans les rapports parce que --keep-column la nomme" },
        personalDataLeftOut: { "laissées hors des rapports comme données personnelles\u{202F}: \($0)\u{202F}; gardez-en une avec --keep-column NOM" },
        undeclaredLeftOut: { "laissées hors des rapports (pas des métadonnées que \($0) déclare)\u{202F}: \($1)\u{202F}; gardez-en une avec --keep-column NOM" },
        noSuchKeptColumn: { "--keep-column \($0)\u{202F}: le fichier n’a pas cette colonne de métadonnées" },
        noIDColumnNote: "pas de colonne d’identifiant de répondant\u{202F}; les lignes sont identifiées comme row-N par leur numéro (nommez-en une avec --id-column)",
        duplicateID: { "identifiant de répondant «\u{202F}\($0)\u{202F}» en double (d’abord à la ligne \($1))\u{202F}; les identifiants doivent être uniques. La ligne est écartée." },
        duplicateAcrossFiles: {
            "l’identifiant de répondant «\u{202F}\($0)\u{202F}» a déjà été compté depuis \($1) ligne \($2)\u{202F}; les identifiants doivent être uniques d’un fichier à l’autre. La ligne est écartée."
        },
        twin: { id, other, file, row, sameLetters in
            let place = file.map { "\($0) ligne \(row)" } ?? "ligne \(row)"
            let difference = sameLetters ? "le codage de ses accents (Unicode NFD et NFC)" : "les majuscules et minuscules"
            return "l’identifiant de répondant «\u{202F}\(id)\u{202F}» ne diffère de «\u{202F}\(other)\u{202F}» (\(place)) que par \(difference)\u{202F}; les deux sont gardés "
                + "comme des communes différentes. S’il s’agit de la même, écrivez son identifiant de la même façon dans les deux lignes"
        })
}

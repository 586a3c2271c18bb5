/// Why a cell of a responses file is not an answer to its question, and what the question takes,
/// in one language: the diagnostics `AnswerDecoder` reports (`7 is not on the scale of ES03; use one
/// of 0, 1, 2 ...`). A struct with a value per language, so that a missing translation does not
/// compile; chosen by the run's language in `ReadingOptions.cellWording` (`LanguageWording`).
package struct AnswerCellWording: Sendable, LanguageWording {
    /// The language's code, for the questionnaire's texts in a message (a unit).
    var language: String
    /// What the file's structure says about itself (its header, metadata columns and ids), in the same language.
    var structure: ResponseFileWording
    /// A scale question's cell that is not a number: (text, question id, the scale values).
    var notANumberOnScale: @Sendable (_ text: String, _ id: String, _ allowed: String) -> String
    /// A number not on the scale: (text, question id, the scale values).
    var offScale: @Sendable (_ text: String, _ id: String, _ allowed: String) -> String
    /// A percentage for a number question that takes none: (text, question id, its unit in this language, if any).
    var percentageNotTaken: @Sendable (_ text: String, _ id: String, _ unit: String?) -> String
    /// A number question's cell that is not a number: (text, question id).
    var notANumber: @Sendable (_ text: String, _ id: String) -> String
    /// A number out of its question's range: (text, question id, minimum, maximum if any).
    var outOfRange: @Sendable (_ text: String, _ id: String, _ minimum: String, _ maximum: String?) -> String
    /// An option that is not one of a choice question's: (text, question id, the codes).
    var unknownOption: @Sendable (_ text: String, _ id: String, _ codes: String) -> String
    /// A JSON list's code that is not one of the question's options: (code, question id, the codes).
    var unknownCode: @Sendable (_ code: String, _ id: String, _ codes: String) -> String
    /// An option that is not one of a multiple-choice question's: (text, question id, the codes).
    var unknownOptions: @Sendable (_ text: String, _ id: String, _ codes: String) -> String
    /// Not a yes/no answer: (text, question id).
    var notYesNo: @Sendable (_ text: String, _ id: String) -> String
    /// A JSON list element that is not an option code: (question id, the element's JSON type).
    var notACode: @Sendable (_ id: String, _ found: String) -> String
    /// A JSON value of the wrong type: (question id, the question's type, the value's JSON type).
    var wrongType: @Sendable (_ id: String, _ kind: String, _ found: String) -> String
    /// The non-answer codes also taken: (`"dk" / "na"`).
    var orNonAnswers: @Sendable (_ codes: String) -> String
    /// The end of a cell's message, of a JSON value's, of a JSON list element's, and of a wrong JSON type's.
    var emptyCellNotScored: String
    var nullValueNotScored: String
    var notScored: String
    var orNullNotScored: String

    /// A questionnaire's text in this language (else English, else any).
    func text(_ localized: LocalizedText) -> String { localized.text(in: language, fallback: "en") }

    package static let english = AnswerCellWording(
        language: "en",
        structure: .english,
        notANumberOnScale: { "\"\($0)\" is not a number; \($1) takes one of \($2)" },
        offScale: { "\($0) is not on the scale of \($1); use one of \($2)" },
        percentageNotTaken: { text, id, unit in
            "\"\(text)\" is a percentage, but \(id) does not take one\(unit.map { " (its unit is \($0))" } ?? ""); "
                + "write the number itself (in a spreadsheet, format the cell as a number, not as a percentage)"
        },
        notANumber: { "\"\($0)\" is not a number; \($1) takes a number such as 2 or 2.5 (a decimal comma is fine)" },
        outOfRange: { "\($0) is out of range for \($1); use a number from \($2)" + ($3.map { " to \($0)" } ?? " up") },
        unknownOption: { "unknown option \"\($0)\" for \($1); use one of \($2)" },
        unknownCode: { "unknown option \"\($0)\" for \($1); use codes of \($2)" },
        unknownOptions: { "unknown option \"\($0)\" for \($1); list codes of \($2) separated by ';'" },
        notYesNo: { "\"\($0)\" is not a yes/no answer for \($1); use yes or no (also 1/0, ja/nee, oui/non)" },
        notACode: { "\($0) takes a list of option codes; \($1) is not one" },
        wrongType: { "\($0) is a \($1) question; \($2) is not an answer to it" },
        orNonAnswers: { ", or \($0)" },
        emptyCellNotScored: ", or leave the cell empty. The answer is not scored.",
        nullValueNotScored: ", or leave the value null. The answer is not scored.",
        notScored: ". The answer is not scored.",
        orNullNotScored: ", or null. The answer is not scored.")

    package static let dutch = AnswerCellWording(
        language: "nl",
        structure: .dutch,
        notANumberOnScale: { "\"\($0)\" is geen getal; \($1) neemt een van \($2)" },
        offScale: { "\($0) ligt niet op de schaal van \($1); gebruik een van \($2)" },
        percentageNotTaken: { text, id, unit in
            "\"\(text)\" is een percentage, maar \(id) neemt er geen\(unit.map { " (de eenheid is \($0))" } ?? ""); "
                + "schrijf het getal zelf (maak de cel in een rekenblad op als getal, niet als percentage)"
        },
        notANumber: { "\"\($0)\" is geen getal; \($1) neemt een getal zoals 2 of 2,5 (een decimale komma mag)" },
        outOfRange: { text, id, minimum, maximum in
            "\(text) ligt buiten het bereik van \(id); gebruik een getal van \(minimum)" + (maximum.map { " tot \($0)" } ?? " of meer")
        },
        unknownOption: { "onbekende keuze \"\($0)\" voor \($1); gebruik een van \($2)" },
        unknownCode: { "onbekende keuze \"\($0)\" voor \($1); gebruik codes van \($2)" },
        unknownOptions: { "onbekende keuze \"\($0)\" voor \($1); som codes van \($2) op, gescheiden door ';'" },
        notYesNo: { "\"\($0)\" is geen ja/nee-antwoord voor \($1); gebruik ja of nee (ook 1/0, yes/no, oui/non)" },
        notACode: { "\($0) neemt een lijst van keuzecodes; \($1) is er geen" },
        wrongType: { "\($0) is een vraag van het type \($1); \($2) is er geen antwoord op" },
        orNonAnswers: { ", of \($0)" },
        emptyCellNotScored: ", of laat de cel leeg. Het antwoord telt niet mee.",
        nullValueNotScored: ", of laat de waarde null. Het antwoord telt niet mee.",
        notScored: ". Het antwoord telt niet mee.",
        orNullNotScored: ", of null. Het antwoord telt niet mee.")

    package static let french = AnswerCellWording(
        language: "fr",
        structure: .french,
        notANumberOnScale: { "«\u{202F}\($0)\u{202F}» n’est pas un nombre\u{202F}; \($1) prend l’une des valeurs \($2)" },
        offScale: { "\($0) n’est pas sur l’échelle de \($1)\u{202F}; utilisez l’une des valeurs \($2)" },
        percentageNotTaken: { text, id, unit in
            "«\u{202F}\(text)\u{202F}» est un pourcentage, mais \(id) n’en prend pas\(unit.map { " (son unité est \($0))" } ?? "")\u{202F}; "
                + "écrivez le nombre lui-même (dans un tableur, formatez la cellule comme nombre, pas comme pourcentage)"
        },
        notANumber: { "«\u{202F}\($0)\u{202F}» n’est pas un nombre\u{202F}; \($1) prend un nombre comme 2 ou 2,5 (la virgule décimale convient)" },
        outOfRange: { text, id, minimum, maximum in
            "\(text) est hors de l’intervalle de \(id)\u{202F}; utilisez un nombre de \(minimum)" + (maximum.map { " à \($0)" } ?? " ou plus")
        },
        unknownOption: { "option inconnue «\u{202F}\($0)\u{202F}» pour \($1)\u{202F}; utilisez l’un des codes \($2)" },
        unknownCode: { "option inconnue «\u{202F}\($0)\u{202F}» pour \($1)\u{202F}; utilisez des codes parmi \($2)" },
        unknownOptions: { "option inconnue «\u{202F}\($0)\u{202F}» pour \($1)\u{202F}; énumérez des codes parmi \($2), séparés par «\u{202F};\u{202F}»" },
        notYesNo: { "«\u{202F}\($0)\u{202F}» n’est pas une réponse oui/non pour \($1)\u{202F}; utilisez oui ou non (aussi 1/0, yes/no, ja/nee)" },
        notACode: { "\($0) prend une liste de codes d’options\u{202F}; \($1) n’en est pas un" },
        wrongType: { "\($0) est une question de type \($1)\u{202F}; \($2) n’y est pas une réponse" },
        orNonAnswers: { ", ou \($0)" },
        emptyCellNotScored: ", ou laissez la cellule vide. La réponse n’est pas comptée.",
        nullValueNotScored: ", ou laissez la valeur null. La réponse n’est pas comptée.",
        notScored: ". La réponse n’est pas comptée.",
        orNullNotScored: ", ou null. La réponse n’est pas comptée.")
}

/// What `SchemaReader` and `QuestionnaireDecoder` say about a questionnaire file whose structure is
/// wrong (a member missing, unknown or of the wrong type, a value out of range), in one language,
/// each with its fix. Every message and every description of what a member takes is a `switch`
/// per language, so that a missing translation does not compile. JSON paths, member names, codes
/// and JSON examples stay as written.
package struct SchemaWording: Sendable, LanguageWording {
    /// What a member takes, as a missing member's fix or a wrong value's expectation says it.
    enum Expected: Sendable, Equatable {
        case string, number, trueOrFalse, array, textPerLanguage
        /// A text per language, with an example.
        case textObject
        /// A code as it is written (`1`, `"dont-know" or "not-applicable"`).
        case literal(String)
        case declaredLanguage, shortID, version, totalBands, dimensions, questions, languageCodes, share, nonAnswerCode
        case scalePoints, boundary, bands, bandID, lowerBound, upperBound, dimensionID, sectionID, factorID, positiveNumber
        case columnName, questionCode, questionType, scale, options, optionCode, scoreTo100, rule, cappedTotal, thresholds
        case bandTexts, doneWhen, answerCodeOrValue, labelledValues, namedScales
    }

    /// A structural problem of the questionnaire that is not a missing, unknown or mistyped member.
    enum Problem: Sendable, Equatable {
        case unsupportedFormat(found: String, supported: Int)
        case defaultNotDeclared(String, languages: String)
        case duplicateLanguage(String)
        case noLanguage
        case unknownNonAnswerKind(String)
        case unknownBoundary(String)
        case lowerNotBelowUpper(lower: String, upper: String)
        case unknownMetadataKind(String, kinds: String)
        case valuesOnlyForCategory
        case neitherDimensionNorSection
        case dimensionAndSection
        case scoredSectionQuestion
        case unknownQuestionType(String)
        /// (the question type, the member it does not take).
        case notTakenByType(String, String)
        /// (the scale's name, the scales declared, if any).
        case unknownScale(String, known: String?)
        case shareTakesNoMaximum
        case unknownRule(String)
        case undeclaredLanguage(String)
        case missingText(String)
    }

    /// Between a JSON path and what is said about it.
    var colon: String
    /// What the root is called when it is not an object.
    var theDocument: String
    /// A JSON value's type (`a string`).
    var type: @Sendable (JSONNode.Kind) -> String
    /// What a member takes.
    var expected: @Sendable (Expected) -> String
    /// A value of the wrong type: (what it takes, the type found).
    var expectedFound: @Sendable (_ expected: String, _ found: String) -> String
    /// A member the object does not take: (its name, the closest allowed name, if any, the allowed names).
    var unknownMember: @Sendable (_ name: String, _ closest: String?, _ allowed: String) -> String
    /// A member missing: (its name, what it takes).
    var missing: @Sendable (_ name: String, _ expected: String) -> String
    /// Not an id: (the text).
    var invalidID: @Sendable (_ text: String) -> String
    /// A weight of 0 or less: (the value).
    var notPositive: @Sendable (_ value: String) -> String
    /// A number out of its range: (the value, the lowest, the highest).
    var outOfRange: @Sendable (_ value: String, _ lowest: String, _ highest: String) -> String
    /// The other problems.
    var problem: @Sendable (Problem) -> String

    package static let english = SchemaWording(
        colon: ": ", theDocument: "the document", type: englishType, expected: englishExpected,
        expectedFound: { "expected \($0), found \($1)" },
        unknownMember: { name, closest, allowed in "unknown member \"\(name)\"; " + (closest.map { "did you mean \"\($0)\"?" } ?? "allowed here: \(allowed)") },
        missing: { "missing; add \"\($0)\": \($1)" },
        invalidID: { "\"\($0)\" is not a valid id; use letters, digits, '-', '_' or '.', without spaces, quotes, brackets, ',' or ';'" },
        notPositive: { "must be greater than 0, found \($0); use a positive weight" },
        outOfRange: { "\($0) is out of range; use a number from \($1) to \($2)" },
        problem: englishProblem)

    package static let dutch = SchemaWording(
        colon: ": ", theDocument: "het document", type: dutchType, expected: dutchExpected,
        expectedFound: { "verwacht \($0), maar vond \($1)" },
        unknownMember: { name, closest, allowed in "onbekend lid \"\(name)\"; " + (closest.map { "bedoelt u \"\($0)\"?" } ?? "hier toegestaan: \(allowed)") },
        missing: { "ontbreekt; voeg \"\($0)\": \($1) toe" },
        invalidID: { "\"\($0)\" is geen geldig id; gebruik letters, cijfers, '-', '_' of '.', zonder spaties, aanhalingstekens, haakjes, ',' of ';'" },
        notPositive: { "moet groter zijn dan 0, maar is \($0); gebruik een positief gewicht" },
        outOfRange: { "\($0) ligt buiten het bereik; gebruik een getal van \($1) tot \($2)" },
        problem: dutchProblem)

    package static let french = SchemaWording(
        colon: "\u{202F}: ", theDocument: "le document", type: frenchType, expected: frenchExpected,
        expectedFound: { "attendu \($0), trouvé \($1)" },
        unknownMember: { name, closest, allowed in
            "membre inconnu «\u{202F}\(name)\u{202F}»\u{202F}; " + (closest.map { "vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}?" } ?? "permis ici\u{202F}: \(allowed)")
        },
        missing: { "manquant\u{202F}; ajoutez \"\($0)\": \($1)" },
        invalidID: {
            "«\u{202F}\($0)\u{202F}» n’est pas un identifiant valide\u{202F}; utilisez des lettres, des chiffres, '-', '_' ou '.', "
                + "sans espaces, guillemets, crochets, ',' ni '\u{202F};\u{202F}'"
        },
        notPositive: { "doit être supérieur à 0, trouvé \($0)\u{202F}; utilisez un poids positif" },
        outOfRange: { "\($0) est hors limites\u{202F}; utilisez un nombre de \($1) à \($2)" },
        problem: frenchProblem)

    private static func englishType(_ kind: JSONNode.Kind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private static func dutchType(_ kind: JSONNode.Kind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "een booleaanse waarde"
        case .number: "een getal"
        case .string: "een string"
        case .array: "een array"
        case .object: "een object"
        }
    }

    private static func frenchType(_ kind: JSONNode.Kind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "un booléen"
        case .number: "un nombre"
        case .string: "une chaîne"
        case .array: "un tableau"
        case .object: "un objet"
        }
    }

    private static func englishExpected(_ expected: Expected) -> String {
        switch expected {
        case .string: "a string"
        case .number: "a number"
        case .trueOrFalse: "true or false"
        case .array: "an array"
        case .textPerLanguage: "a text per language"
        case .textObject: "a text per language ({\"en\": \"...\"})"
        case .literal(let code): code
        case .declaredLanguage: "one of the declared languages, e.g. \"en\""
        case .shortID: "a short id such as \"i-monitor\""
        case .version: "a version such as \"1.0.0\""
        case .totalBands: "the maturity bands of the total score"
        case .dimensions: "an array of dimensions"
        case .questions: "an array of questions"
        case .languageCodes: "the language codes of the texts, e.g. [\"nl\", \"en\"]"
        case .share: "a share from 0 to 1, e.g. 0.5"
        case .nonAnswerCode: "the code written in response files, e.g. \"dk\""
        case .scalePoints: "an array of {\"value\": ..., \"label\": ...}"
        case .boundary: "\"upper-inclusive\" or \"lower-inclusive\""
        case .bands: "an array of bands"
        case .bandID: "a band id such as \"type-1\""
        case .lowerBound: "the lower bound (0-100)"
        case .upperBound: "the upper bound (0-100)"
        case .dimensionID: "a dimension id"
        case .sectionID: "a section id"
        case .factorID: "a factor id"
        case .positiveNumber: "a positive number"
        case .columnName: "the column name, e.g. \"region\""
        case .questionCode: "the question code used as response column"
        case .questionType: "one of likert, level, choice, multi, yesno, number"
        case .scale: "the name of a scale in \"scales\" or an inline {\"points\": [...]}"
        case .options: "an array of {\"code\", \"label\", \"score\"}"
        case .optionCode: "the code written in response files"
        case .scoreTo100: "a number from 0 to 100"
        case .rule: "\"sum-capped\" (with \"maximum\") or \"share\""
        case .cappedTotal: "the score total that counts as 100"
        case .thresholds: "an array of {\"atLeast\": ..., \"score\": ...}"
        case .bandTexts: "an object of band id -> text"
        case .doneWhen: "an object of question id -> answer code or value"
        case .answerCodeOrValue: "an answer code or value"
        case .labelledValues: "an object of values and their labels ({\"rural\": {\"nl\": \"landelijk\"}})"
        case .namedScales: "an object of named scales"
        }
    }

    private static func dutchExpected(_ expected: Expected) -> String {
        switch expected {
        case .string: "een string"
        case .number: "een getal"
        case .trueOrFalse: "true of false"
        case .array: "een array"
        case .textPerLanguage: "een tekst per taal"
        case .textObject: "een tekst per taal ({\"nl\": \"...\"})"
        case .literal(let code): code
        case .declaredLanguage: "een van de gedeclareerde talen, bv. \"nl\""
        case .shortID: "een kort id zoals \"i-monitor\""
        case .version: "een versie zoals \"1.0.0\""
        case .totalBands: "de maturiteitsbanden van de totaalscore"
        case .dimensions: "een array van dimensies"
        case .questions: "een array van vragen"
        case .languageCodes: "de taalcodes van de teksten, bv. [\"nl\", \"en\"]"
        case .share: "een aandeel van 0 tot 1, bv. 0.5"
        case .nonAnswerCode: "de code in de antwoordenbestanden, bv. \"dk\""
        case .scalePoints: "een array van {\"value\": ..., \"label\": ...}"
        case .boundary: "\"upper-inclusive\" of \"lower-inclusive\""
        case .bands: "een array van banden"
        case .bandID: "een band-id zoals \"type-1\""
        case .lowerBound: "de ondergrens (0-100)"
        case .upperBound: "de bovengrens (0-100)"
        case .dimensionID: "een dimensie-id"
        case .sectionID: "een sectie-id"
        case .factorID: "een factor-id"
        case .positiveNumber: "een positief getal"
        case .columnName: "de kolomnaam, bv. \"region\""
        case .questionCode: "de vraagcode die de kolom in de antwoorden benoemt"
        case .questionType: "een van likert, level, choice, multi, yesno, number"
        case .scale: "de naam van een schaal in \"scales\" of een schaal ter plaatse {\"points\": [...]}"
        case .options: "een array van {\"code\", \"label\", \"score\"}"
        case .optionCode: "de code in de antwoordenbestanden"
        case .scoreTo100: "een getal van 0 tot 100"
        case .rule: "\"sum-capped\" (met \"maximum\") of \"share\""
        case .cappedTotal: "het scoretotaal dat als 100 telt"
        case .thresholds: "een array van {\"atLeast\": ..., \"score\": ...}"
        case .bandTexts: "een object van band-id -> tekst"
        case .doneWhen: "een object van vraag-id -> antwoordcode of -waarde"
        case .answerCodeOrValue: "een antwoordcode of -waarde"
        case .labelledValues: "een object van waarden en hun labels ({\"rural\": {\"nl\": \"landelijk\"}})"
        case .namedScales: "een object van benoemde schalen"
        }
    }

    private static func frenchExpected(_ expected: Expected) -> String {
        switch expected {
        case .string: "une chaîne"
        case .number: "un nombre"
        case .trueOrFalse: "true ou false"
        case .array: "un tableau"
        case .textPerLanguage: "un texte par langue"
        case .textObject: "un texte par langue ({\"fr\": \"...\"})"
        case .literal(let code): code
        case .declaredLanguage: "l’une des langues déclarées, p. ex. \"fr\""
        case .shortID: "un identifiant court comme \"i-monitor\""
        case .version: "une version comme \"1.0.0\""
        case .totalBands: "les bandes de maturité du score total"
        case .dimensions: "un tableau de dimensions"
        case .questions: "un tableau de questions"
        case .languageCodes: "les codes de langue des textes, p. ex. [\"fr\", \"en\"]"
        case .share: "une part de 0 à 1, p. ex. 0.5"
        case .nonAnswerCode: "le code écrit dans les fichiers de réponses, p. ex. \"dk\""
        case .scalePoints: "un tableau de {\"value\": ..., \"label\": ...}"
        case .boundary: "\"upper-inclusive\" ou \"lower-inclusive\""
        case .bands: "un tableau de bandes"
        case .bandID: "un identifiant de bande comme \"type-1\""
        case .lowerBound: "la borne inférieure (0-100)"
        case .upperBound: "la borne supérieure (0-100)"
        case .dimensionID: "un identifiant de dimension"
        case .sectionID: "un identifiant de section"
        case .factorID: "un identifiant de facteur"
        case .positiveNumber: "un nombre positif"
        case .columnName: "le nom de la colonne, p. ex. \"region\""
        case .questionCode: "le code de la question, qui nomme sa colonne dans les réponses"
        case .questionType: "l’un de likert, level, choice, multi, yesno, number"
        case .scale: "le nom d’une échelle de \"scales\" ou une échelle sur place {\"points\": [...]}"
        case .options: "un tableau de {\"code\", \"label\", \"score\"}"
        case .optionCode: "le code écrit dans les fichiers de réponses"
        case .scoreTo100: "un nombre de 0 à 100"
        case .rule: "\"sum-capped\" (avec \"maximum\") ou \"share\""
        case .cappedTotal: "le total de score qui compte pour 100"
        case .thresholds: "un tableau de {\"atLeast\": ..., \"score\": ...}"
        case .bandTexts: "un objet d’identifiant de bande -> texte"
        case .doneWhen: "un objet d’identifiant de question -> code ou valeur de réponse"
        case .answerCodeOrValue: "un code ou une valeur de réponse"
        case .labelledValues: "un objet de valeurs et de leurs libellés ({\"rural\": {\"fr\": \"rural\"}})"
        case .namedScales: "un objet d’échelles nommées"
        }
    }

    private static func englishProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found, let supported): "unsupported format version \(found); this smartcity reads format \(supported)"
        case .defaultNotDeclared(let code, let languages): "\"\(code)\" is not in languages; add it there or pick one of \(languages)"
        case .duplicateLanguage(let code): "duplicate language \"\(code)\"; list each language once"
        case .noLanguage: "declare at least one language"
        case .unknownNonAnswerKind(let name): "unknown kind \"\(name)\"; use \"dont-know\" or \"not-applicable\""
        case .unknownBoundary(let name):
            "unknown boundary rule \"\(name)\"; use \"upper-inclusive\" ((lower, upper]) or \"lower-inclusive\" ([lower, upper))"
        case .lowerNotBelowUpper(let lower, let upper): "lower (\(lower)) must be below upper (\(upper))"
        case .unknownMetadataKind(let name, let kinds): "unknown kind \"\(name)\"; use one of \(kinds)"
        case .valuesOnlyForCategory: "only a \"category\" column has labelled values; set \"kind\": \"category\" or remove them"
        case .neitherDimensionNorSection: "missing; add \"dimension\" (a scored question) or \"section\" (a descriptive one)"
        case .dimensionAndSection: "a question has a dimension or a section, not both; remove one"
        case .scoredSectionQuestion: "questions of a section are descriptive; move the question to a dimension or remove \"scored\": true"
        case .unknownQuestionType(let type): "unknown question type \"\(type)\"; use one of likert, level, choice, multi, yesno, number"
        case .notTakenByType(let type, let key): "a \(type) question does not take \"\(key)\"; remove it"
        case .unknownScale(let name, let known): "unknown scale \"\(name)\"; define it under \"scales\"" + (known.map { " or use one of \($0)" } ?? "")
        case .shareTakesNoMaximum: "the share rule takes no maximum; remove it"
        case .unknownRule(let name): "unknown rule \"\(name)\"; use \"sum-capped\" or \"share\""
        case .undeclaredLanguage(let code): "language \"\(code)\" is not declared in languages; declare it or remove this text"
        case .missingText(let code): "no text in \"\(code)\", a declared language; add \"\(code)\": \"...\""
        }
    }

    private static func dutchProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found, let supported): "niet ondersteunde formaatversie \(found); deze smartcity leest formaat \(supported)"
        case .defaultNotDeclared(let code, let languages): "\"\(code)\" staat niet in languages; voeg de taal daar toe of kies een van \(languages)"
        case .duplicateLanguage(let code): "taal \"\(code)\" komt twee keer voor; noem elke taal één keer"
        case .noLanguage: "declareer minstens één taal"
        case .unknownNonAnswerKind(let name): "onbekende soort \"\(name)\"; gebruik \"dont-know\" of \"not-applicable\""
        case .unknownBoundary(let name):
            "onbekende grensregel \"\(name)\"; gebruik \"upper-inclusive\" ((onder, boven]) of \"lower-inclusive\" ([onder, boven))"
        case .lowerNotBelowUpper(let lower, let upper): "lower (\(lower)) moet kleiner zijn dan upper (\(upper))"
        case .unknownMetadataKind(let name, let kinds): "onbekende soort \"\(name)\"; gebruik een van \(kinds)"
        case .valuesOnlyForCategory: "alleen een kolom van de soort \"category\" heeft waarden met labels; zet \"kind\": \"category\" of verwijder ze"
        case .neitherDimensionNorSection: "ontbreekt; voeg \"dimension\" (een gescoorde vraag) of \"section\" (een beschrijvende) toe"
        case .dimensionAndSection: "een vraag heeft een dimensie of een sectie, niet beide; verwijder er een"
        case .scoredSectionQuestion: "de vragen van een sectie zijn beschrijvend; verplaats de vraag naar een dimensie of verwijder \"scored\": true"
        case .unknownQuestionType(let type): "onbekend vraagtype \"\(type)\"; gebruik een van likert, level, choice, multi, yesno, number"
        case .notTakenByType(let type, let key): "een vraag van het type \(type) neemt geen \"\(key)\"; verwijder het"
        case .unknownScale(let name, let known): "onbekende schaal \"\(name)\"; definieer ze onder \"scales\"" + (known.map { " of gebruik een van \($0)" } ?? "")
        case .shareTakesNoMaximum: "de regel share neemt geen maximum; verwijder het"
        case .unknownRule(let name): "onbekende regel \"\(name)\"; gebruik \"sum-capped\" of \"share\""
        case .undeclaredLanguage(let code): "taal \"\(code)\" is niet gedeclareerd in languages; declareer ze of verwijder deze tekst"
        case .missingText(let code): "geen tekst in \"\(code)\", een gedeclareerde taal; voeg \"\(code)\": \"...\" toe"
        }
    }

    private static func frenchProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found, let supported): "version de format \(found) non prise en charge\u{202F}; ce smartcity lit le format \(supported)"
        case .defaultNotDeclared(let code, let languages):
            "«\u{202F}\(code)\u{202F}» ne figure pas dans languages\u{202F}; ajoutez-la ou choisissez l’une de \(languages)"
        case .duplicateLanguage(let code): "langue «\u{202F}\(code)\u{202F}» en double\u{202F}; citez chaque langue une fois"
        case .noLanguage: "déclarez au moins une langue"
        case .unknownNonAnswerKind(let name): "sorte inconnue «\u{202F}\(name)\u{202F}»\u{202F}; utilisez \"dont-know\" ou \"not-applicable\""
        case .unknownBoundary(let name):
            "règle de limite inconnue «\u{202F}\(name)\u{202F}»\u{202F}; utilisez \"upper-inclusive\" ((inférieure, supérieure]) "
                + "ou \"lower-inclusive\" ([inférieure, supérieure))"
        case .lowerNotBelowUpper(let lower, let upper): "lower (\(lower)) doit être inférieur à upper (\(upper))"
        case .unknownMetadataKind(let name, let kinds): "sorte inconnue «\u{202F}\(name)\u{202F}»\u{202F}; utilisez l’une de \(kinds)"
        case .valuesOnlyForCategory:
            "seule une colonne de sorte \"category\" a des valeurs libellées\u{202F}; mettez \"kind\": \"category\" ou supprimez-les"
        case .neitherDimensionNorSection: "manquant\u{202F}; ajoutez \"dimension\" (une question notée) ou \"section\" (une question descriptive)"
        case .dimensionAndSection: "une question a une dimension ou une section, pas les deux\u{202F}; supprimez l’une d’elles"
        case .scoredSectionQuestion:
            "les questions d’une section sont descriptives\u{202F}; déplacez la question vers une dimension ou supprimez \"scored\": true"
        case .unknownQuestionType(let type): "type de question inconnu «\u{202F}\(type)\u{202F}»\u{202F}; utilisez l’un de likert, level, choice, multi, yesno, number"
        case .notTakenByType(let type, let key): "une question de type \(type) ne prend pas «\u{202F}\(key)\u{202F}»\u{202F}; supprimez-le"
        case .unknownScale(let name, let known):
            "échelle inconnue «\u{202F}\(name)\u{202F}»\u{202F}; définissez-la sous \"scales\"" + (known.map { " ou utilisez l’une de \($0)" } ?? "")
        case .shareTakesNoMaximum: "la règle share ne prend pas de maximum\u{202F}; supprimez-le"
        case .unknownRule(let name): "règle inconnue «\u{202F}\(name)\u{202F}»\u{202F}; utilisez \"sum-capped\" ou \"share\""
        case .undeclaredLanguage(let code): "la langue «\u{202F}\(code)\u{202F}» n’est pas déclarée dans languages\u{202F}; déclarez-la ou supprimez ce texte"
        case .missingText(let code): "pas de texte en «\u{202F}\(code)\u{202F}», une langue déclarée\u{202F}; ajoutez \"\(code)\": \"...\""
        }
    }
}

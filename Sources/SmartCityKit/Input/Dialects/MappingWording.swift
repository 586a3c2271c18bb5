/// What is said about a mapping file (`--map FILE`: a survey tool's columns and labels mapped to
/// the questionnaire), in one language, each with its fix: why it is not JSON, what is wrong with
/// its structure, and which target is not the questionnaire's. Every problem is a case of a
/// `switch` per language, so that a missing translation does not compile. Column names, codes and
/// JSON stay as written.
package struct MappingWording: Sendable, LanguageWording {
    /// A problem of a mapping file.
    enum Problem: Sendable, Equatable {
        /// (the format found).
        case unsupportedFormat(String)
        /// (the tool named, the tools known).
        case unknownTool(String, tools: String)
        /// A column's target of the wrong JSON type: (the type found).
        case columnTargetType(found: String)
        case columnsType(found: String)
        case labelsType(found: String)
        case answersType(found: String)
        /// (the kind named, the kinds).
        case unknownNonAnswerKind(String, kinds: [String])
        case nonAnswersType(kinds: [String], found: String)
        /// (the questionnaire the mapping was made for, the one it is used with).
        case otherQuestionnaire(String, String)
        /// (the target, the questionnaire's id).
        case notAQuestion(String, questionnaire: String)
        /// (the option code, the multi question's id).
        case notAnOption(String, question: String)
    }

    /// Why the file is not JSON.
    var json: JSONWording
    /// Its structure where it is read like a questionnaire's (members, types).
    var schema: SchemaWording
    /// The other problems.
    var problem: @Sendable (Problem) -> String

    package static let english = MappingWording(json: .english, schema: .english, problem: englishProblem)
    package static let dutch = MappingWording(json: .dutch, schema: .dutch, problem: dutchProblem)
    package static let french = MappingWording(json: .french, schema: .french, problem: frenchProblem)

    private static func englishProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found): "unsupported mapping format \(found); this smartcity reads format 1"
        case .unknownTool(let name, let tools): "unknown survey tool \"\(name)\"; use one of \(tools)"
        case .columnTargetType(let found): "expected a question id, \"id\", \"metadata\", \"ignore\" or null, found \(found)"
        case .columnsType(let found): "expected an object of export column -> target, found \(found)"
        case .labelsType(let found): "expected an object of label -> code, found \(found)"
        case .answersType(let found): "expected an object of question id -> {label: code}, found \(found)"
        case .unknownNonAnswerKind(let name, let kinds): "\"\(name)\" is not a kind of non-answer; use \(kinds.map { "\"\($0)\"" }.joined(separator: " or "))"
        case .nonAnswersType(let kinds, let found): "expected an object of code -> \(kinds.joined(separator: " or ")), found \(found)"
        case .otherQuestionnaire(let made, let used): "the mapping was made for questionnaire \"\(made)\", not \"\(used)\""
        case .notAQuestion(let id, let questionnaire): "\"\(id)\" is not a question of \(questionnaire)"
        case .notAnOption(let code, let question): "\"\(code)\" is not an option (or non-answer) of the multi question \(question)"
        }
    }

    private static func dutchProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found): "niet ondersteund formaat van koppeling \(found); deze smartcity leest formaat 1"
        case .unknownTool(let name, let tools): "onbekende enquêtetool \"\(name)\"; gebruik een van \(tools)"
        case .columnTargetType(let found): "verwacht een vraag-id, \"id\", \"metadata\", \"ignore\" of null, maar vond \(found)"
        case .columnsType(let found): "verwacht een object van exportkolom -> doel, maar vond \(found)"
        case .labelsType(let found): "verwacht een object van label -> code, maar vond \(found)"
        case .answersType(let found): "verwacht een object van vraag-id -> {label: code}, maar vond \(found)"
        case .unknownNonAnswerKind(let name, let kinds): "\"\(name)\" is geen soort niet-antwoord; gebruik \(kinds.map { "\"\($0)\"" }.joined(separator: " of "))"
        case .nonAnswersType(let kinds, let found): "verwacht een object van code -> \(kinds.joined(separator: " of ")), maar vond \(found)"
        case .otherQuestionnaire(let made, let used): "de koppeling werd gemaakt voor vragenlijst \"\(made)\", niet \"\(used)\""
        case .notAQuestion(let id, let questionnaire): "\"\(id)\" is geen vraag van \(questionnaire)"
        case .notAnOption(let code, let question): "\"\(code)\" is geen keuze (of niet-antwoord) van de meerkeuzevraag \(question)"
        }
    }

    private static func frenchProblem(_ problem: Problem) -> String {
        switch problem {
        case .unsupportedFormat(let found): "format de correspondance \(found) non pris en charge\u{202F}; ce smartcity lit le format 1"
        case .unknownTool(let name, let tools): "outil d’enquête inconnu «\u{202F}\(name)\u{202F}»\u{202F}; utilisez l’un de \(tools)"
        case .columnTargetType(let found): "attendu un identifiant de question, \"id\", \"metadata\", \"ignore\" ou null, trouvé \(found)"
        case .columnsType(let found): "attendu un objet de colonne d’export -> cible, trouvé \(found)"
        case .labelsType(let found): "attendu un objet de libellé -> code, trouvé \(found)"
        case .answersType(let found): "attendu un objet d’identifiant de question -> {libellé: code}, trouvé \(found)"
        case .unknownNonAnswerKind(let name, let kinds):
            "«\u{202F}\(name)\u{202F}» n’est pas une sorte de non-réponse\u{202F}; utilisez \(kinds.map { "\"\($0)\"" }.joined(separator: " ou "))"
        case .nonAnswersType(let kinds, let found): "attendu un objet de code -> \(kinds.joined(separator: " ou ")), trouvé \(found)"
        case .otherQuestionnaire(let made, let used): "la correspondance a été faite pour le questionnaire «\u{202F}\(made)\u{202F}», pas «\u{202F}\(used)\u{202F}»"
        case .notAQuestion(let id, let questionnaire): "«\u{202F}\(id)\u{202F}» n’est pas une question de \(questionnaire)"
        case .notAnOption(let code, let question): "«\u{202F}\(code)\u{202F}» n’est pas une option (ni une non-réponse) de la question à choix multiple \(question)"
        }
    }
}

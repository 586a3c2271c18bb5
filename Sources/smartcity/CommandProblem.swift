import ArgumentParsing
import SmartCityKit

/// A command's own rule about its arguments that they break (after they parse): a usage error
/// (exit 64), worded by `UsageWording` in the language of the command line.
enum CommandProblem: CommandUsageProblem, Equatable {
    /// `assess --id` that is not an identifier.
    case invalidID(String)
    /// An input that is one of the reports the run would replace.
    case inputIsReplacedReport(String)
    /// The output file is one of the inputs.
    case outputIsInput(String)
    /// An output option given as blank: (its long name, whether it names a folder).
    case emptyOutput(option: String, namesFolder: Bool)
    /// `import`: the mapping names a questionnaire not in the catalogue (its id).
    case questionnaireNotInCatalog(String)
    /// `template` of a workbook to standard output.
    case workbookNeedsFile
    /// `compare` given responses files and `--wave` both.
    case filesAndWaves
    /// `compare` given one `--wave`.
    case tooFewWaves
    /// `compare` given no responses.
    case noResponses
    /// `--wave` that is not LABEL=FILE.
    case invalidWave(String)
    /// `--wave-questionnaire` that is not LABEL=FILE.
    case invalidWaveQuestionnaire(String)
    /// `--wave-questionnaire` for the current wave (its label).
    case waveIsCurrent(String)
    /// `--wave-questionnaire` for no earlier wave: (the label, the earlier waves').
    case unknownWave(String, earlier: [String])
    /// `--wave-questionnaire` given twice for a wave (its label).
    case waveQuestionnaireTwice(String)
    /// `validate` whose first file is not a questionnaire.
    case notAQuestionnaire(String)
    /// `explain` without `--id`.
    case explainNeedsID
    /// `questionnaires` of a path that is not a folder.
    case notAFolder(String)
    /// `--bins` that cannot be read: (the value, why).
    case invalidBins(String, PeerGrouping.BinsError)

    func message(inLanguage code: String) -> String { UsageWording.forLanguage(code).message(self) }
}

extension UsageWording {
    /// A command's problem in a sentence.
    func message(_ problem: CommandProblem) -> String {
        switch problem {
        case .invalidID(let value): invalidID(value)
        case .inputIsReplacedReport(let input): inputIsReplacedReport(input)
        case .outputIsInput(let output): outputIsInput(output)
        case let .emptyOutput(option, namesFolder): emptyOutput("--\(option)", namesFolder)
        case .questionnaireNotInCatalog(let id): questionnaireNotInCatalog(id)
        case .workbookNeedsFile: workbookNeedsFile
        case .filesAndWaves: filesAndWaves
        case .tooFewWaves: tooFewWaves
        case .noResponses: noResponses
        case .invalidWave(let value): invalidWave(value)
        case .invalidWaveQuestionnaire(let value): invalidWaveQuestionnaire(value)
        case .waveIsCurrent(let label): waveIsCurrent(label)
        case let .unknownWave(label, earlier): unknownWave(label, earlier)
        case .waveQuestionnaireTwice(let label): waveQuestionnaireTwice(label)
        case .notAQuestionnaire(let path): notAQuestionnaire(path)
        case .explainNeedsID: explainNeedsID
        case .notAFolder(let path): notAFolder(path)
        case let .invalidBins(value, problem): invalidBins(value, problem)
        }
    }
}

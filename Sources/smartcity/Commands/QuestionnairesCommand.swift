import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity questionnaires [DIR]`
enum QuestionnairesCommand: SubcommandRunner {
    static let folder = Positional("dir", help: "The folder to search (default: \(QuestionnaireCatalog.defaultFolder)).", arity: .optional)

    static let commandName = "questionnaires"
    static let abstract = "List the questionnaires in a folder."

    /// What `questionnaires` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let folder = QuestionnairesCommand.folder
            let language = SharedOptions.language
            let color = SharedOptions.color
        }

        var directory: String
        var language: String?
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            directory = arguments.values(\.folder).first ?? QuestionnaireCatalog.defaultFolder
            language = try arguments.value(\.language)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let directory = arguments.directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(CommandProblem.notAFolder(directory), commandName: commandName)
        }
        let entries = QuestionnaireCatalog.entries(
            in: directory, wording: .forLanguage(ReportLanguage.wordingLanguage(requested: arguments.language, environment: ProcessInfo.processInfo.environment)))
        let words = ReportLanguage.messages(requested: arguments.language, environment: ProcessInfo.processInfo.environment)
        var rows = [words.listingHeader]
        var failed = false
        for entry in entries {
            guard let questionnaire = entry.result.questionnaire else {
                failed = true
                console.report(entry.result.diagnostics.filter { $0.severity == .error })
                rows.append(["?", "?", "?", "?", "?", words.invalidListed, entry.path])
                continue
            }
            // A listing: the language of each title is resolved as for reports, without a note for each.
            let language = ReportLanguage.resolve(requested: arguments.language, environment: ProcessInfo.processInfo.environment,
                                                  questionnaire: questionnaire, file: entry.path).code
            rows.append([
                questionnaire.id, questionnaire.version, String(questionnaire.dimensions.count), String(questionnaire.questions.count),
                questionnaire.languages.joined(separator: ","), questionnaire.title.text(in: language, fallback: questionnaire.defaultLanguage),
                entry.path,
            ])
        }
        if entries.isEmpty {
            console.report([.error(SourceLocation(file: directory), words.noQuestionnaires)])
            return .invalidInput
        }
        console.out(TextTable.render(rows, rightAligned: [2, 3]))
        return failed ? .invalidInput : .success
    }
}

/// Plain-text columns for the terminal.
enum TextTable {
    /// The rows as aligned columns; cells are user text (ids, titles, paths), escaped for the terminal.
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let rows = rows.map { $0.map { TerminalText.escaped($0, keepingLineFeeds: false) } }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == row.count - 1 { return cell }
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

import Foundation

/// Finds the questionnaires in a folder tree.
package enum QuestionnaireCatalog {
    /// The folder of the bundled questionnaires, relative to the working folder: where
    /// `questionnaires` looks by default and where a mapping's questionnaire is found.
    package static let defaultFolder = "Questionnaires"

    /// An entry of the catalog: the file and what loading it gave.
    package struct Entry: Sendable {
        package var path: String
        package var result: Checked<LoadedQuestionnaire>
    }

    /// Every questionnaire file below `directory` (regular JSON files whose top level is an
    /// object, except `*.schema.json` and objects with neither `dimensions` nor `questions`, such as
    /// a mapping or targets file), sorted by path.
    /// What loading says about a file is in `wording`'s language (`questionnaires` shows it).
    /// A `directory` that is a symbolic link to a folder is searched in its target; the paths
    /// still start with `directory` as given.
    package static func entries(in directory: String, wording: QuestionnaireFileWording = .english) -> [Entry] {
        // Foundation's enumerator does not descend into a link given as its root.
        let target = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: target) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = FilePath.join(directory, relative)
            // Regular files only (through links): a FIFO named `x.json` would block the listing
            // until some writer opened it, a device might never end.
            guard relative.hasSuffix(".json"), !relative.hasSuffix(".schema.json"), POSIXFile.entryKind(path) == .regularFile,
                QuestionnaireSniffer.looksLikeQuestionnaire(path: path)
            else { continue }
            paths.append(path)
        }
        return paths.sorted().compactMap { path in
            let result = QuestionnaireLoader.load(path: path, wording: wording)
            return result.questionnaire == nil && isAnotherKindOfFile(path) ? nil : Entry(path: path, result: result)
        }
    }

    /// A JSON object with neither `dimensions` nor `questions`: a mapping or targets file kept beside
    /// the questionnaires, not a broken questionnaire.
    private static func isAnotherKindOfFile(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let node = try? JSONParser.parse(Array(data)),
            case .object(let members) = node.value
        else { return false }
        return !members.contains { $0.key == "dimensions" || $0.key == "questions" }
    }
}

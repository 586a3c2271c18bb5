import Foundation

/// Finds the questionnaires in a folder tree.
public enum QuestionnaireCatalog {
    /// An entry of the catalog: the file and what loading it gave.
    public struct Entry: Sendable {
        public var path: String
        public var result: QuestionnaireLoadResult
    }

    /// Every questionnaire file below `directory` (JSON files whose top level is an object,
    /// except `*.schema.json`), sorted by path.
    public static func entries(in directory: String) -> [Entry] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            guard relative.hasSuffix(".json"), !relative.hasSuffix(".schema.json"),
                QuestionnaireSniffer.looksLikeQuestionnaire(path: path)
            else { continue }
            paths.append(path)
        }
        return paths.sorted().map { Entry(path: $0, result: QuestionnaireLoader.load(path: $0)) }
    }
}

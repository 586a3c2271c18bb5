import Foundation

/// Tells questionnaire files from responses files without reading them whole.
package enum QuestionnaireSniffer {
    /// A `.json` file whose first non-space character is `{` (responses in JSON are arrays).
    package static func looksLikeQuestionnaire(path: String) -> Bool {
        guard path.lowercased().hasSuffix(".json") else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }  // let the loader report it
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let bytes = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return true }
        return first == UInt8(ascii: "{")
    }
}

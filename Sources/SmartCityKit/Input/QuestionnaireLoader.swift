import Foundation

/// A questionnaire loaded from a file without errors (warnings allowed), and the SHA-256 of the
/// file's bytes, for report footers.
package struct LoadedQuestionnaire: Sendable {
    package var questionnaire: Questionnaire
    package var sha256: String
}

extension Checked where Value == LoadedQuestionnaire {
    /// The questionnaire, when it has no errors.
    package var questionnaire: Questionnaire? { value?.questionnaire }
    /// The SHA-256 of the questionnaire's file; empty when it has errors.
    package var sha256: String { value?.sha256 ?? "" }
}

/// Reads, decodes and validates questionnaire files.
package enum QuestionnaireLoader {
    /// Loads from bytes already read; `path` is used in diagnostics, which the rules and the hint
    /// for a responses file, a JSON syntax error and the structure word in `wording`.
    package static func load(bytes: [UInt8], path: String, wording: QuestionnaireFileWording = .english) -> Checked<LoadedQuestionnaire> {
        let digest = SHA256.hex(of: bytes)
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            // A file that does not even begin like JSON is most often a responses file given first.
            let firstByte = bytes.first { !ASCII.isSpace($0) && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            let hint = error.line == 1 && firstByte != UInt8(ascii: "{") && firstByte != UInt8(ascii: "[")
                ? wording.rules.looksLikeResponses : ""
            var diagnostic = error.diagnostic(file: path, wording: wording.json)
            diagnostic.message += hint
            return .failure(diagnostic)
        }
        if case .array = root.value {
            return .failure(.error(SourceLocation(file: path, line: root.line, column: root.column),
                                   wording.rules.foundArray + wording.rules.looksLikeResponses))
        }
        let reader = SchemaReader(file: path, wording: wording.schema)
        var decoder = QuestionnaireDecoder(reader: reader)
        let decoded = decoder.decode(root)
        var diagnostics = reader.diagnostics
        if let decoded {
            diagnostics += QuestionnaireValidator(file: path, wording: wording.rules).validate(decoded)
        }
        diagnostics.sort { ($0.location.sortKey.0, $0.location.sortKey.1, $0.message) < ($1.location.sortKey.0, $1.location.sortKey.1, $1.message) }
        let questionnaire = diagnostics.contains { $0.severity == .error } ? nil : decoded
        return Checked(questionnaire.map { LoadedQuestionnaire(questionnaire: $0, sha256: digest) }, diagnostics)
    }

    /// Reads and loads a file (see `load(bytes:path:wording:)`).
    package static func load(path: String, wording: QuestionnaireFileWording = .english) -> Checked<LoadedQuestionnaire> {
        do throws(SmartCityError) {
            return load(bytes: try FileInput.readAll(path: path, wording: wording.json.files), path: path, wording: wording)
        } catch {
            return Checked(error)
        }
    }
}

extension SourceLocation {
    /// Orders diagnostics by file position.
    var sortKey: (Int, Int) {
        switch position {
        case .file: return (0, 0)
        case .text(let line, let column): return (line, column)
        case .cell(let row, _), .row(let row): return (row, 0)
        }
    }
}

import Foundation
@testable import SmartCityKit

/// Small questionnaires and helpers shared by the tests.
enum Fixtures {
    /// A small valid questionnaire with every question type. Line numbers matter to the
    /// validation tests: keep the layout when editing.
    static let questionnaire = """
        {
          "format": 1,
          "id": "mini",
          "version": "1.0",
          "title": {"en": "Mini", "nl": "Mini"},
          "languages": ["en", "nl"],
          "defaultLanguage": "en",
          "scoring": {"minimumCoverage": 0.5},
          "nonAnswers": [
            {"code": "dk", "kind": "dont-know", "label": {"en": "don't know", "nl": "weet niet"}},
            {"code": "na", "kind": "not-applicable", "label": {"en": "n/a", "nl": "n.v.t."}}
          ],
          "scales": {
            "five": {"points": [
              {"value": 1, "label": {"en": "one", "nl": "een"}},
              {"value": 2, "label": {"en": "two", "nl": "twee"}},
              {"value": 3, "label": {"en": "three", "nl": "drie"}},
              {"value": 4, "label": {"en": "four", "nl": "vier"}},
              {"value": 5, "label": {"en": "five", "nl": "vijf"}}
            ]}
          },
          "bands": {"boundary": "upper-inclusive", "items": [
            {"id": "low", "label": {"en": "Low", "nl": "Laag"}, "lower": 0, "upper": 50, "referenceShare": 0.6},
            {"id": "high", "label": {"en": "High", "nl": "Hoog"}, "lower": 50, "upper": 100, "referenceShare": 0.4}
          ]},
          "dimensions": [
            {"id": "alpha", "label": {"en": "Alpha", "nl": "Alfa"}, "weight": 3,
             "recommendations": {"low": {"en": "Do more.", "nl": "Doe meer."}, "high": {"en": "Keep going.", "nl": "Ga door."}}},
            {"id": "beta", "label": {"en": "Beta", "nl": "Bèta"}, "weight": 1,
             "factors": [
               {"id": "f1", "label": {"en": "F one", "nl": "F een"}, "weight": 1},
               {"id": "f2", "label": {"en": "F two", "nl": "F twee"}, "weight": 3}
             ]}
          ],
          "questions": [
            {"id": "A1", "dimension": "alpha", "type": "likert", "scale": "five", "text": {"en": "A1?", "nl": "A1?"}},
            {"id": "A2", "dimension": "alpha", "type": "likert", "scale": "five", "reverse": true, "text": {"en": "A2?", "nl": "A2?"}},
            {"id": "A3", "dimension": "alpha", "type": "yesno", "weight": 2, "text": {"en": "A3?", "nl": "A3?"}},
            {"id": "B1", "dimension": "beta", "factor": "f1", "type": "choice", "text": {"en": "B1?", "nl": "B1?"},
             "options": [
               {"code": "x", "label": {"en": "X", "nl": "X"}, "score": 0},
               {"code": "y", "label": {"en": "Y", "nl": "Y"}, "score": 40},
               {"code": "z", "label": {"en": "Z", "nl": "Z"}, "score": 100}
             ]},
            {"id": "B2", "dimension": "beta", "factor": "f2", "type": "multi", "rule": "sum-capped", "maximum": 60,
             "text": {"en": "B2?", "nl": "B2?"},
             "options": [
               {"code": "p", "label": {"en": "P", "nl": "P"}, "score": 30},
               {"code": "q", "label": {"en": "Q", "nl": "Q"}, "score": 30},
               {"code": "r", "label": {"en": "R", "nl": "R"}, "score": 30}
             ]},
            {"id": "B3", "dimension": "beta", "factor": "f2", "type": "number", "minimum": 0, "maximum": 10,
             "text": {"en": "B3?", "nl": "B3?"},
             "thresholds": [{"atLeast": 0, "score": 0}, {"atLeast": 1, "score": 50}, {"atLeast": 2.5, "score": 100}]},
            {"id": "B4", "dimension": "beta", "factor": "f2", "type": "level", "scale": {"points": [
              {"value": 0, "label": {"en": "none", "nl": "geen"}},
              {"value": 1, "label": {"en": "some", "nl": "wat"}},
              {"value": 2, "label": {"en": "full", "nl": "vol"}}
            ]}, "text": {"en": "B4?", "nl": "B4?"}}
          ]
        }
        """

    /// The mini questionnaire plus a maturity level for alpha and a descriptive section.
    static let descriptiveQuestionnaire: String = {
        var text = replacing(#"{"id": "alpha", "label": {"en": "Alpha", "nl": "Alfa"}, "weight": 3,"#,
                             with: #"{"id": "alpha", "label": {"en": "Alpha", "nl": "Alfa"}, "weight": 3, "levelQuestion": "AL","#)
        text = replacing(#"]}, "text": {"en": "B4?", "nl": "B4?"}}"#, with: #"""
            ]}, "text": {"en": "B4?", "nl": "B4?"}},
                {"id": "AL", "dimension": "alpha", "type": "level", "scored": false, "text": {"en": "Level?", "nl": "Niveau?"},
                 "scale": {"points": [
                   {"value": 1, "label": {"en": "strategy", "nl": "strategie"}},
                   {"value": 2, "label": {"en": "plan", "nl": "plan"}},
                   {"value": 3, "label": {"en": "pilots", "nl": "pilootprojecten"}}
                 ]}},
                {"id": "S1", "section": "context", "type": "choice", "text": {"en": "Slogan?", "nl": "Slogan?"},
                 "options": [{"code": "green", "label": {"en": "green", "nl": "groen"}, "score": 0},
                             {"code": "smart", "label": {"en": "smart", "nl": "slim"}, "score": 0}]},
                {"id": "S2", "section": "context", "type": "multi", "rule": "share", "text": {"en": "Obstacles?", "nl": "Obstakels?"},
                 "options": [{"code": "budget", "label": {"en": "budget", "nl": "budget"}, "score": 1},
                             {"code": "skills", "label": {"en": "skills", "nl": "expertise"}, "score": 1}]},
                {"id": "S3", "section": "context", "type": "number", "text": {"en": "Projects?", "nl": "Projecten?"},
                 "thresholds": [{"atLeast": 0, "score": 0}]}
            """#, in: text)
        text = replacing("\n  ]\n}", with: #"""

              ],
              "sections": [{"id": "context", "label": {"en": "Context", "nl": "Context"}}]
            }
            """#, in: text)
        return text
    }()

    /// Loads a questionnaire text, as if from `path`.
    static func load(_ text: String, path: String = "q.json") -> Checked<LoadedQuestionnaire> {
        QuestionnaireLoader.load(bytes: Array(text.utf8), path: path)
    }

    /// The bundled I-monitor-style questionnaire.
    static var iMonitor: Questionnaire {
        QuestionnaireLoader.load(path: repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path).questionnaire!
    }

    /// The records of a CSV text, its header first, read as `CSVReader` reads them (quoted fields whole).
    static func csvRecords(_ text: String) throws -> [[String]] {
        var reader = CSVReader(source: MemoryByteSource(text), delimiter: UInt8(ascii: ","))
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        return records
    }

    /// A file of the I-monitor folder (`sample-responses.csv`, ...).
    static func iMonitorFile(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/\(name)").path
    }

    /// The valid fixture questionnaire.
    static var mini: Questionnaire { load(questionnaire).questionnaire! }

    /// The text with `old` replaced by `new` exactly once (fails loudly otherwise).
    static func replacing(_ old: String, with new: String, in text: String = questionnaire) -> String {
        precondition(text.components(separatedBy: old).count == 2, "'\(old)' must occur exactly once")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder inside the test process's root (`TestFolders`), removed when the tests end.
    static func temporaryDirectory() -> URL { TestFolders.fresh() }

    /// Writes text to a file in a fresh temporary folder and returns its path.
    static func write(_ text: String, name: String) -> String {
        write(bytes: Array(text.utf8), name: name)
    }

    /// Writes bytes to a file in a fresh temporary folder and returns its path.
    static func write(bytes: [UInt8], name: String) -> String {
        let url = temporaryDirectory().appendingPathComponent(name)
        try! Data(bytes).write(to: url)
        return url.path
    }

    /// Every row of a responses file read into typed answers (not scored), with the rows left
    /// out and every diagnostic in file order: what `score` would score.
    static func readResponses(path: String, questionnaire: Questionnaire, options: ReadingOptions = ReadingOptions())
        -> (rows: [ResponseRow], excluded: [ExcludedRow], diagnostics: [Diagnostic])
    {
        let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
        var diagnostics = opened.diagnostics
        var rows: [ResponseRow] = [], excluded: [ExcludedRow] = []
        guard let source = opened.value else { return (rows, excluded, diagnostics) }
        ConvertingConsumer.read(source, report: { diagnostics += $0 }) { row in
            switch row.outcome {
            case .answers(let id, let metadata, let answers):
                rows.append(ResponseRow(row: row.row, respondentID: id, metadata: metadata, answers: answers))
            case .excluded(let row): excluded.append(row)
            case .scored, .spilled, .checked: break
            }
        }
        return (rows, excluded, diagnostics)
    }
}

extension WorkbookReader.Sheet {
    /// The sheet as a dense table from A1 to its last row, each row as wide as its text (for
    /// tests of small sheets; the reader itself never makes one).
    var table: [[String]] {
        var table: [[String]] = []
        for row in rows {
            while table.count < row.number - 1 { table.append([]) }
            table.append(row.fields(width: 0))
        }
        return table
    }
}

import Foundation
@testable import SmartCityKit

/// The exports of a survey built from the forms `template` writes, as each tool writes them:
/// KoboToolbox and ODK Central from the XLSForm (column names from the form's names with their
/// group paths, select answers as the names of the chosen choices), LimeSurvey from its survey
/// structure (question codes, `CODE[SQ]` per subquestion, answer codes). Everything a column or
/// cell says is read from the form file; the answers only pick which question (the form's
/// order: metadata, then the questions by dimension and section) and which choice (by position:
/// the answers, then the non-answers).
struct FieldedExports {
    let questionnaire: Questionnaire
    let ids: [String]
    let metadata: [[String]]
    let answers: [[Answer]]

    /// The questions in the order the forms ask them.
    private var formOrder: [Int] {
        let groups = questionnaire.dimensions.map(\.id) + questionnaire.sections.map(\.id)
        return groups.flatMap { group in questionnaire.questions.indices.filter { questionnaire.questions[$0].groupID == group } }
    }

    /// The position of an answer among a question's choices (answers, then non-answers); nil when blank.
    private func choicePosition(_ answer: Answer, of question: Question) -> Int? {
        let count = SurveyForm.choices(of: question)?.count ?? 0
        switch answer {
        case .nonAnswer(let kind): return count + questionnaire.nonAnswers.firstIndex { $0.kind == kind }!
        case .choice(let index): return index
        case .yesNo(let yes): return yes ? 0 : 1
        case .number(let value):
            if case .likert(let scale, _) = question.kind { return scale.points.firstIndex { $0.value == value } }
            if case .level(let scale) = question.kind { return scale.points.firstIndex { $0.value == value } }
            return nil
        default: return nil
        }
    }

    /// The chosen positions of a multi answer (a non-answer is its own choice).
    private func chosenPositions(_ answer: Answer, of question: Question) -> [Int] {
        switch answer {
        case .choices(let chosen): return chosen.map { $0 }
        case .nonAnswer: return [choicePosition(answer, of: question)!]
        default: return []
        }
    }

    // MARK: - XLSForm

    /// One question or metadata field of the XLSForm: its type, its path of group names, and its choices' names.
    struct XLSFormField {
        var type: String
        var groups: [String]
        var name: String
        var choices: [String]
        var isMultiple: Bool { type.hasPrefix("select_multiple ") }
    }

    /// The fields of an XLSForm workbook, read from its `survey` and `choices` sheets.
    static func fields(ofXLSForm bytes: [UInt8]) throws -> [XLSFormField] {
        let sheets = try WorkbookReader.read(bytes)
        func rows(_ name: String) -> [[String: String]] {
            let rows = sheets.first { $0.name == name }?.table ?? []
            guard let header = rows.first else { return [] }
            return rows.dropFirst().map { row in Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.count ? row[$0] : "") }) }
        }
        var lists: [String: [String]] = [:]
        for choice in rows("choices") { lists[choice["list_name"]!, default: []].append(choice["name"]!) }
        var groups: [String] = [], fields: [XLSFormField] = []
        for row in rows("survey") {
            let type = row["type"]!, name = row["name"]!
            switch type {
            case "begin_group": groups.append(name)
            case "end_group": groups.removeLast()
            default:
                let list = type.split(separator: " ").dropFirst().first.map(String.init)
                fields.append(XLSFormField(type: type, groups: groups, name: name, choices: list.flatMap { lists[$0] } ?? []))
            }
        }
        return fields
    }

    /// KoboToolbox's CSV export (`;`-separated, group paths with `/`): a select_multiple as the
    /// chosen names joined by spaces (`joined`), one 0/1 column per choice (`separate`), or both.
    func kobo(_ fields: [XLSFormField], joined: Bool = true, separate: Bool = true) -> String {
        var header = ["start", "end"]
        for field in fields {
            let path = (field.groups + [field.name]).joined(separator: "/")
            if !field.isMultiple || joined { header.append(path) }
            if field.isMultiple && separate { header += field.choices.map { "\(path)/\($0)" } }
        }
        var lines = [header + ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]]
        for row in ids.indices {
            var cells = ["2026-03-01T10:00:00.000+01:00", "2026-03-01T10:20:00.000+01:00"]
            for (field, value) in zip(fields, values(row, fields)) {
                if !field.isMultiple || joined { cells.append(value.cell) }
                if field.isMultiple && separate { cells += field.choices.indices.map { value.chosen == nil ? "" : value.chosen!.contains($0) ? "1" : "0" } }
            }
            lines.append(cells + [String(row + 1), ids[row], "2026-03-01T10:21:00", "", String(row + 1)])
        }
        return Self.csv(lines, separator: ";")
    }

    /// ODK Central's CSV export: group paths with `-`, a select_multiple as the chosen names joined by spaces.
    func odk(_ fields: [XLSFormField]) -> String {
        var lines = [["SubmissionDate", "start", "end"] + fields.map { ($0.groups + [$0.name]).joined(separator: "-") } + ["meta-instanceID", "KEY", "SubmitterID", "Status"]]
        for row in ids.indices {
            lines.append(["2026-03-01T09:21:00.000Z", "2026-03-01T10:00:00.000+01:00", "2026-03-01T10:20:00.000+01:00"]
                         + values(row, fields).map(\.cell) + ["uuid:\(ids[row])", "uuid:\(ids[row])", "5", ""])
        }
        return Self.csv(lines, separator: ",")
    }

    /// Each field's cell in a row, and for a select_multiple the chosen positions (nil: unanswered).
    private func values(_ row: Int, _ fields: [XLSFormField]) -> [(cell: String, chosen: [Int]?)] {
        let metadataCount = (questionnaire.metadata ?? []).count
        return fields.enumerated().map { position, field in
            guard position >= metadataCount else { return (metadata[row][position], nil) }
            let question = questionnaire.questions[formOrder[position - metadataCount]]
            let answer = answers[row][formOrder[position - metadataCount]]
            if field.isMultiple {
                let chosen = chosenPositions(answer, of: question)
                return (chosen.map { field.choices[$0] }.joined(separator: " "), chosen.isEmpty ? nil : chosen)
            }
            if let choice = choicePosition(answer, of: question) { return (field.choices[choice], nil) }
            if case .number(let value) = answer { return (NumberFormat.plain(value), nil) }
            return ("", nil)
        }
    }

    // MARK: - LimeSurvey

    /// One question of a LimeSurvey survey structure (base language): type, code, subquestion and answer codes.
    struct LimeSurveyQuestion {
        var type: String
        var code: String
        var subquestions: [String] = []
        var answers: [String] = []
    }

    /// The questions of the base language of a LimeSurvey tab-separated survey structure.
    static func questions(ofLimeSurvey text: String) -> [LimeSurveyQuestion] {
        let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n").map { $0.components(separatedBy: "\t") }
        let header = lines[0]
        let column = { (name: String) in header.firstIndex(of: name)! }
        let base = lines.first { $0[column("class")] == "S" && $0[column("name")] == "language" }![column("text")]
        var questions: [LimeSurveyQuestion] = []
        for line in lines.dropFirst() where line[column("language")] == base || line[column("class")] == "S" {
            let name = line[column("name")]
            switch line[column("class")] {
            case "Q": questions.append(LimeSurveyQuestion(type: line[column("type/scale")], code: name))
            case "SQ": questions[questions.count - 1].subquestions.append(name)
            case "A": questions[questions.count - 1].answers.append(name)
            default: break
            }
        }
        return questions
    }

    /// LimeSurvey's CSV export with question codes as headings and answer codes as answers,
    /// every field quoted (an unquoted empty cell would mean "not shown").
    func limeSurvey(_ questions: [LimeSurveyQuestion]) -> String {
        var header = ["id", "submitdate", "lastpage", "startlanguage", "seed"]
        for question in questions {
            header += question.type == "M" ? question.subquestions.map { "\(question.code)[\($0)]" } : [question.code]
        }
        let metadataCount = (questionnaire.metadata ?? []).count
        var lines = [header]
        for row in ids.indices {
            var cells = [String(row + 1), "2026-03-01 10:20:00", "8", questionnaire.defaultLanguage, "123456"]
            for (position, form) in questions.enumerated() {
                guard position >= metadataCount else { cells.append(metadata[row][position]); continue }
                let question = questionnaire.questions[formOrder[position - metadataCount]]
                let answer = answers[row][formOrder[position - metadataCount]]
                if form.type == "M" {
                    let chosen = chosenPositions(answer, of: question)
                    cells += form.subquestions.indices.map { chosen.contains($0) ? "Y" : "" }
                } else if let choice = choicePosition(answer, of: question) {
                    cells.append(form.answers[choice])
                } else if case .number(let value) = answer {
                    cells.append(NumberFormat.plain(value))
                } else {
                    cells.append("")
                }
            }
            lines.append(cells)
        }
        return Self.csv(lines, separator: ",", quoteAll: true)
    }

    private static func csv(_ lines: [[String]], separator: String, quoteAll: Bool = false) -> String {
        lines.map { cells in
            cells.map { cell in
                quoteAll || cell.contains(separator) || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: separator)
        }.joined(separator: "\n") + "\n"
    }
}

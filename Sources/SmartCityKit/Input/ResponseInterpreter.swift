/// Turns header and records of a responses table into answers, checking every cell against
/// the questionnaire. Pure: no I/O; the caller feeds records and collects diagnostics.
public struct ResponseInterpreter: Sendable {
    public let questionnaire: Questionnaire
    public let file: String
    public let layout: ResponseLayout
    private let questionIndex: [String: Int]
    private let nonAnswerCodes: [String: NonAnswer.Kind]
    private var seenIDs: [String: Int] = [:]
    /// Whether duplicate ids are found here; a caller that tracks ids over several files turns it off.
    var checksDuplicates = true
    /// Whether any data row has been interpreted.
    public private(set) var hasSeenRows = false

    /// Reads the header; nil with errors when it cannot be used. `displayNames` are the
    /// column names diagnostics show (an export's own names when its header was translated).
    public static func make(
        header: [String], displayNames: [String]? = nil, idColumn: String, questionnaire: Questionnaire, file: String
    ) -> (interpreter: ResponseInterpreter?, diagnostics: [Diagnostic]) {
        let (layout, diagnostics) = HeaderAnalysis(questionnaire: questionnaire, file: file, idName: idColumn)
            .analyse(header, displayNames: displayNames ?? header)
        guard let layout else { return (nil, diagnostics) }
        return (ResponseInterpreter(questionnaire: questionnaire, file: file, layout: layout), diagnostics)
    }

    private init(questionnaire: Questionnaire, file: String, layout: ResponseLayout) {
        self.questionnaire = questionnaire
        self.file = file
        self.layout = layout
        questionIndex = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        nonAnswerCodes = Dictionary(questionnaire.nonAnswers.map { ($0.code.lowercased(), $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    /// The outcome of one record: a row to score (cell errors leave those answers unscored)
    /// or an exclusion, and the diagnostics either way.
    public enum Outcome: Sendable {
        case row(ResponseRow)
        case excluded(ExcludedRow)
    }

    /// Interprets one record; `row` is its spreadsheet row number (header = 1).
    public mutating func interpret(_ fields: [String], row: Int, line: Int) -> (Outcome, [Diagnostic]) {
        hasSeenRows = true
        let idName = layout.names[layout.idColumn]
        guard fields.count == layout.width else {
            let message = "row \(row) (line \(line)) has \(fields.count) fields but the header has \(layout.width); "
                + "check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out."
            let id = fields.indices.contains(layout.idColumn) ? fields[layout.idColumn] : nil
            return (.excluded(ExcludedRow(row: row, respondentID: id, reason: .wrongFieldCount(found: fields.count, expected: layout.width))),
                    [.error(SourceLocation(file: file, position: .row(row)), message)])
        }
        let id = fields[layout.idColumn].trimmingSpaces
        let idLocation = SourceLocation(file: file, row: row, column: idName)
        guard !id.isEmpty else {
            return (.excluded(ExcludedRow(row: row, respondentID: nil, reason: .missingID)),
                    [.error(idLocation, "the respondent id is empty; give every row a unique \(idName). The row is left out.")])
        }
        if checksDuplicates, let firstRow = seenIDs[id] {
            return (.excluded(ExcludedRow(row: row, respondentID: id, reason: .duplicateID(file: file, row: firstRow))),
                    [.error(idLocation, "duplicate respondent id \"\(id)\" (first on row \(firstRow)); ids must be unique. The row is left out.")])
        }
        if checksDuplicates { seenIDs[id] = row }

        var diagnostics: [Diagnostic] = []
        var answers = [Answer](repeating: .blank, count: questionnaire.questions.count)
        for (index, question) in questionnaire.questions.enumerated() {
            if let column = layout.questionColumns[index] {
                let location = SourceLocation(file: file, row: row, column: layout.names[column])
                answers[index] = parseCell(fields[column], question: question, location: location, diagnostics: &diagnostics)
            } else if let columns = layout.optionColumns[index] {
                answers[index] = parseOptionColumns(columns, fields: fields, question: question, row: row, diagnostics: &diagnostics)
            }
        }
        let metadata = layout.metadataColumns.map { fields[$0.index] }
        return (.row(ResponseRow(row: row, respondentID: id, metadata: metadata, answers: answers)), diagnostics)
    }

    /// The non-answer a cell holds, matched without regard to case. Lowercasing only when the
    /// text has an ASCII capital: this runs for every cell.
    private func nonAnswer(_ text: String) -> NonAnswer.Kind? {
        if let kind = nonAnswerCodes[text] { return kind }
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        return nonAnswerCodes[text.lowercased()]
    }

    private func nonAnswerHint() -> String {
        questionnaire.nonAnswers.isEmpty ? "" : ", or \(questionnaire.nonAnswers.map { "\"\($0.code)\"" }.joined(separator: " / "))"
    }

    /// Parses one cell according to the question's type.
    func parseCell(_ raw: String, question: Question, location: SourceLocation, diagnostics: inout [Diagnostic]) -> Answer {
        let text = raw.trimmingSpaces
        if text.isEmpty { return .blank }
        if text == ExportTransformer.notShown { return .notShown }
        if let kind = nonAnswer(text) { return .nonAnswer(kind) }
        func invalid(_ message: String) -> Answer {
            diagnostics.append(.error(location, message + nonAnswerHint() + ", or leave the cell empty. The answer is not scored."))
            return .invalid
        }
        switch question.kind {
        case .likert(let scale, _), .level(let scale):
            var allowed: String { scale.points.map { NumberFormat.plain($0.value) }.joined(separator: ", ") }
            guard let value = NumberFormat.parse(Substring(text)) else {
                return invalid("\"\(text)\" is not a number; \(question.id) takes one of \(allowed)")
            }
            guard scale.points.contains(where: { $0.value == value }) else {
                return invalid("\(text) is not on the scale of \(question.id); use one of \(allowed)")
            }
            return .number(value)
        case .number(let scoring):
            guard let value = NumberFormat.parse(Substring(text)) else {
                return invalid("\"\(text)\" is not a number; \(question.id) takes a number such as 2 or 2.5 (a decimal comma is fine)")
            }
            var range: String { "from \(NumberFormat.plain(scoring.minimum))" + (scoring.maximum.map { " to \(NumberFormat.plain($0))" } ?? " up") }
            if value < scoring.minimum || scoring.maximum.map({ value > $0 }) == true {
                return invalid("\(text) is out of range for \(question.id); use a number \(range)")
            }
            return .number(value)
        case .choice(let options):
            guard let option = Self.option(text, in: options) else {
                return invalid("unknown option \"\(text)\" for \(question.id); use one of \(options.map(\.code).joined(separator: ", "))")
            }
            return .choice(option.code)
        case .multi(let options, _):
            var chosen = Set<String>()
            for piece in text.split(separator: ";") {
                let code = String(piece).trimmingSpaces
                if code.isEmpty { continue }
                guard let option = Self.option(code, in: options) else {
                    return invalid("unknown option \"\(code)\" for \(question.id); list codes of \(options.map(\.code).joined(separator: ", ")) separated by ';'")
                }
                chosen.insert(option.code)
            }
            return .choices(chosen)
        case .yesNo:
            guard let yes = YesNoAnswer.parse(text) else {
                return invalid("\"\(text)\" is not a yes/no answer for \(question.id); use yes or no (also 1/0, ja/nee, oui/non)")
            }
            return .yesNo(yes)
        }
    }

    /// Combines the `Q12[opt]` columns of a multi question into one answer.
    private func parseOptionColumns(
        _ columns: [(code: String, index: Int)], fields: [String], question: Question, row: Int, diagnostics: inout [Diagnostic]
    ) -> Answer {
        var chosen = Set<String>()
        var anyFilled = false
        for (code, index) in columns {
            let text = fields[index].trimmingSpaces
            if text.isEmpty { continue }
            anyFilled = true
            if let kind = nonAnswer(text) { return .nonAnswer(kind) }
            let lowered = text.lowercased()
            if lowered == code.lowercased() || OptionMark.chosen.contains(lowered) {
                chosen.insert(code)
            } else if !OptionMark.notChosen.contains(lowered) {
                diagnostics.append(.error(
                    SourceLocation(file: file, row: row, column: layout.names[index]),
                    "\"\(text)\" does not say whether option \(code) was chosen; use 1 (or Y, yes, \(code)) for chosen and 0 or empty for not chosen. The answer is not scored."))
                return .invalid
            }
        }
        return anyFilled ? .choices(chosen) : .blank
    }

    /// The option with this code; case-insensitive when no exact match exists.
    private static func option(_ code: String, in options: [Option]) -> Option? {
        options.first { $0.code == code } ?? options.first { $0.code.lowercased() == code.lowercased() }
    }
}

/// Classifies the columns of a responses header.
private struct HeaderAnalysis {
    let questionnaire: Questionnaire
    let file: String
    let idName: String

    func analyse(_ header: [String], displayNames: [String]) -> (ResponseLayout?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let names = header.map(\.trimmingSpaces)
        let shown = Dictionary(zip(names, displayNames), uniquingKeysWith: { first, _ in first })
        func location(_ name: String) -> SourceLocation { SourceLocation(file: file, row: 1, column: shown[name] ?? name) }
        let questionIndex = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lowercasedIDs = Dictionary(questionnaire.questions.map { ($0.id.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        let idPrefixes = Set(questionnaire.questions.compactMap { QuestionCode.prefix($0.id) })

        var idColumn: Int?
        var metadata: [(name: String, index: Int)] = []
        var questionColumns: [Int: Int] = [:]
        var optionColumns: [Int: [(code: String, index: Int)]] = [:]
        var seen = Set<String>()
        var usable = true

        for (index, rawName) in names.enumerated() {
            // A trailing delimiter leaves a column without a name: keep it as metadata under its position.
            let name = rawName.isEmpty ? "column \(index + 1)" : rawName
            if !seen.insert(name).inserted {
                diagnostics.append(.error(location(name), "the column \"\(name)\" appears twice in the header; rename or remove one"))
                usable = false
                continue
            }
            if name == idName {
                idColumn = index
            } else if let question = questionIndex[name] {
                questionColumns[question] = index
            } else if let (base, code) = QuestionCode.splitOptionColumn(name), let question = questionIndex[base] {
                guard case .multi(let questionOptions, _) = questionnaire.questions[question].kind else {
                    diagnostics.append(.error(location(name), "\(base) is a \(questionnaire.questions[question].kind.typeName) question, not a multi question; name the column \(base)"))
                    usable = false
                    continue
                }
                guard let option = questionOptions.first(where: { $0.code == code }) else {
                    diagnostics.append(.error(location(name), "\"\(code)\" is not an option of \(base); use one of \(questionOptions.map(\.code).joined(separator: ", "))"))
                    usable = false
                    continue
                }
                optionColumns[question, default: []].append((option.code, index))
            } else if let intended = lowercasedIDs[name.lowercased()] {
                diagnostics.append(.warning(location(name), "unknown column \"\(name)\"; did you mean the question \"\(intended)\"? It is kept as metadata"))
                metadata.append((name, index))
            } else if let prefix = QuestionCode.prefix(QuestionCode.splitOptionColumn(name)?.base ?? name), idPrefixes.contains(prefix) {
                diagnostics.append(.warning(location(name), "unknown column \"\(name)\": it looks like a question code but \(questionnaire.id) has no such question; it is kept as metadata"))
                metadata.append((name, index))
            } else {
                metadata.append((name, index))
            }
        }
        for (question, _) in optionColumns where questionColumns[question] != nil {
            let id = questionnaire.questions[question].id
            diagnostics.append(.error(location(id), "\(id) has both a single column and per-option columns \(id)[...]; keep one form"))
            usable = false
        }
        guard let idColumn else {
            diagnostics.append(.error(SourceLocation(file: file, row: 1, column: idName),
                                      "no \"\(idName)\" column in the header; add a column with a unique id per respondent or name it with --id-column"))
            return (nil, diagnostics)
        }
        let missing = questionnaire.questions.enumerated()
            .filter { questionColumns[$0.offset] == nil && optionColumns[$0.offset] == nil }.map(\.element.id)
        if !missing.isEmpty {
            let list = missing.count > 10 ? missing.prefix(10).joined(separator: ", ") + " and \(missing.count - 10) more" : missing.joined(separator: ", ")
            diagnostics.append(.warning(location(names[idColumn]),
                                        "no column for \(missing.count == 1 ? "question" : "questions") \(list); they count as unanswered"))
        }
        guard usable else { return (nil, diagnostics) }
        let layout = ResponseLayout(idColumn: idColumn, metadataColumns: metadata, questionColumns: questionColumns,
                                    optionColumns: optionColumns, width: names.count, names: names.map { shown[$0] ?? $0 })
        return (layout, diagnostics)
    }
}

/// The shape of question codes such as `IB07` or `es-3`.
enum QuestionCode {
    /// The letter prefix of a code (`IB`, `es`), when it has that shape.
    static func prefix(_ code: String) -> String? {
        let letters = code.prefix { $0.isLetter }
        var rest = code.dropFirst(letters.count)
        if rest.first == "-" || rest.first == "_" || rest.first == "." { rest = rest.dropFirst() }
        guard !letters.isEmpty, !rest.isEmpty, rest.allSatisfy({ $0.isNumber }) else { return nil }
        return String(letters)
    }

    /// `Q12[opt]` -> ("Q12", "opt"): the column of one option of a multi question.
    static func splitOptionColumn(_ name: String) -> (base: String, code: String)? {
        guard name.hasSuffix("]"), let open = name.firstIndex(of: "["), open != name.startIndex else { return nil }
        let code = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !code.isEmpty else { return nil }
        return (String(name[..<open]), String(code))
    }
}

/// Classifies the columns of a responses header.
struct HeaderAnalysis {
    package let questionnaire: Questionnaire
    let file: String
    let idName: String
    /// What the header's diagnostics say, in the run's language.
    let wording: ResponseFileWording
    /// What to say when no column matches a question (a survey-tool export: how to map it).
    var unmatchedHint: String?

    /// Which canonical column holds what.
    struct Layout {
        var idColumn: Int
        /// Metadata columns, in file order.
        var metadata: [Int]
        /// The column of each question answered in one cell, by question index.
        var questionColumns: [Int: Int]
        /// The per-option columns (`Q12[opt]`) of multi questions, by question index.
        var optionColumns: [Int: [(option: Int, column: Int)]]
    }

    /// The layout of a canonical header; `displayNames` are the names messages show (an
    /// export's own names when its header was translated).
    package func analyse(_ header: [String], displayNames: [String]) -> Checked<Layout> {
        var diagnostics: [Diagnostic] = []
        let names = header.map(\.trimmingSpaces)
        let shown = Dictionary(zip(names, displayNames), uniquingKeysWith: { first, _ in first })
        /// A column's location; the file's when the column is not in it (an export without an id column).
        func location(_ name: String) -> SourceLocation {
            let column = shown[name] ?? name
            return column.isEmpty ? SourceLocation(file: file) : SourceLocation(file: file, row: 1, column: column)
        }
        let questionIndex = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lowercasedIDs = Dictionary(questionnaire.questions.map { ($0.id.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        let idPrefixes = Set(questionnaire.questions.compactMap { QuestionCode.prefix($0.id) })

        var idColumn: Int?
        var metadata: [Int] = []
        var questionColumns: [Int: Int] = [:]
        var optionColumns: [Int: [(option: Int, column: Int)]] = [:]
        var seen = Set<String>()
        var usable = true
        // Code-like unknown columns, by the position of their warning: named after the loop by the question meant, if one is close.
        var likeCodes: [(warning: Int, name: String)] = []

        for (index, rawName) in names.enumerated() {
            // A trailing delimiter leaves a column without a name: keep it as metadata under its position.
            let name = rawName.isEmpty ? "column \(index + 1)" : rawName
            if !seen.insert(name).inserted {
                diagnostics.append(.error(location(name), wording.duplicateColumn(name)))
                usable = false
                continue
            }
            if name == idName {
                idColumn = index
            } else if let question = questionIndex[name] {
                questionColumns[question] = index
            } else if let (base, code) = QuestionCode.splitOptionColumn(name), let question = questionIndex[base] {
                guard let option = option(code, of: question, base: base, at: location(name), problems: &diagnostics) else {
                    usable = false
                    continue
                }
                optionColumns[question, default: []].append((option, index))
            } else if let intended = lowercasedIDs[name.lowercased()] {
                diagnostics.append(.warning(location(name), wording.unknownColumnLikeQuestion(name, intended)))
                metadata.append(index)
            } else if let prefix = QuestionCode.prefix(QuestionCode.splitOptionColumn(name)?.base ?? name), idPrefixes.contains(prefix) {
                likeCodes.append((diagnostics.count, name))
                diagnostics.append(.warning(location(name), wording.unknownColumnLikeCode(name, questionnaire.id)))
                metadata.append(index)
            } else {
                metadata.append(index)
            }
        }
        let withoutColumn = questionnaire.questions.indices.filter { questionColumns[$0] == nil && optionColumns[$0] == nil }
            .map { questionnaire.questions[$0].id }
        for (warning, name) in likeCodes {
            if let intended = QuestionCode.intended(by: name, among: withoutColumn) {
                diagnostics[warning] = .warning(location(name), wording.unknownColumnLikeQuestion(name, intended))
            }
        }
        for (question, _) in optionColumns where questionColumns[question] != nil {
            let id = questionnaire.questions[question].id
            diagnostics.append(.error(location(id), wording.singleAndOptionColumns(id)))
            usable = false
        }
        guard let idColumn else {
            diagnostics.append(.error(SourceLocation(file: file, row: 1, column: idName), wording.noIDColumn(idName)))
            return Checked(nil, diagnostics)
        }
        if let missing = missingQuestions(questionColumns: questionColumns, optionColumns: optionColumns, at: location(names[idColumn])) {
            diagnostics.append(missing)
            if missing.severity == .error { return Checked(nil, diagnostics) }
        }
        guard usable else { return Checked(nil, diagnostics) }
        return Checked(Layout(idColumn: idColumn, metadata: metadata, questionColumns: questionColumns, optionColumns: optionColumns), diagnostics)
    }

    /// The option a per-option column `base[code]` stands for (a non-answer's after the
    /// options); nil, with the error in `problems`, when it stands for none.
    private func option(_ code: String, of question: Int, base: String, at location: SourceLocation, problems: inout [Diagnostic]) -> Int? {
        guard case .multi(let questionOptions, _) = questionnaire.questions[question].kind else {
            problems.append(.error(location, wording.notAMultiQuestion(base, questionnaire.questions[question].kind.typeName)))
            return nil
        }
        // A non-answer's column among the options (`Q12[dk]`) comes after them.
        let nonAnswer = questionnaire.nonAnswers.firstIndex { $0.code == code }.map { questionOptions.count + $0 }
        guard let option = questionOptions.firstIndex(where: { $0.code == code }) ?? nonAnswer else {
            problems.append(.error(location, wording.notAnOption(code, base, questionOptions.map(\.code).joined(separator: ", "))))
            return nil
        }
        return option
    }

    /// The questions without a column: an error when that is all of them (nothing can be
    /// scored), else a warning that they count as unanswered; nil when every one has a column.
    private func missingQuestions(questionColumns: [Int: Int], optionColumns: [Int: [(option: Int, column: Int)]], at location: SourceLocation) -> Diagnostic? {
        let missing = questionnaire.questions.enumerated()
            .filter { questionColumns[$0.offset] == nil && optionColumns[$0.offset] == nil }.map(\.element.id)
        if missing.count == questionnaire.questions.count {
            let fix = unmatchedHint ?? wording.nameColumnsByID(questionnaire.questions.prefix(3).map(\.id).joined(separator: ", "))
            return .error(location, wording.nothingMatches(questionnaire.id, fix))
        }
        guard !missing.isEmpty else { return nil }
        return .warning(location, wording.unanswered(missing.count, missing.prefix(10).joined(separator: ", "), max(missing.count - 10, 0)))
    }
}

/// The shape of question codes such as `IB07` or `es-3`.
enum QuestionCode {
    /// The letter prefix of a code (`IB`, `es`), when it has that shape.
    static func prefix(_ code: String) -> String? {
        parts(code)?.letters
    }

    /// `ES-02` -> ("ES", 2): the letters and the number of a code of that shape; nil for another.
    static func parts(_ code: String) -> (letters: String, number: Int?)? {
        let letters = code.prefix { $0.isLetter }
        var rest = code.dropFirst(letters.count)
        if rest.first == "-" || rest.first == "_" || rest.first == "." { rest = rest.dropFirst() }
        guard !letters.isEmpty, !rest.isEmpty, rest.allSatisfy({ $0.isNumber }) else { return nil }
        return (String(letters), Int(rest))
    }

    /// The question of `ids` a column `name` that is no question was meant for: the one with the
    /// same letters and number (`ES2`, `ES-02` for `ES02`); nil when none has them (`A9` is no `A2`).
    static func intended(by name: String, among ids: [String]) -> String? {
        guard let code = parts(splitOptionColumn(name)?.base ?? name), let number = code.number else { return nil }
        return ids.first { id in parts(id).map { $0.letters.lowercased() == code.letters.lowercased() && $0.number == number } ?? false }
    }

    /// `Q12[opt]` -> ("Q12", "opt"): the column of one option of a multi question.
    static func splitOptionColumn(_ name: String) -> (base: String, code: String)? {
        guard name.hasSuffix("]"), let open = name.firstIndex(of: "["), open != name.startIndex else { return nil }
        let code = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !code.isEmpty else { return nil }
        return (String(name[..<open]), String(code))
    }
}

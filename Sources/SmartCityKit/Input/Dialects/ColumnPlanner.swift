/// Decides what every column of an export becomes: by the mapping file first, then by
/// question codes in the forms each tool writes them, then by question texts.
public struct ColumnPlanner: Sendable {
    /// The plan for one export: a target per column, and what could not be mapped and why.
    public struct Plan: Sendable {
        public var targets: [ColumnTarget]
        public var unmapped: [(column: ExportColumn, reason: String)]
        /// Whether an id column was found (otherwise ids are made from row numbers).
        public var hasID: Bool { targets.contains(.id) }
    }

    public let dialect: SurveyDialect
    public let questionnaire: Questionnaire?
    public let mapping: ResponseMapping?
    public let idColumn: String?

    public init(dialect: SurveyDialect, questionnaire: Questionnaire?, mapping: ResponseMapping?, idColumn: String?) {
        self.dialect = dialect
        self.questionnaire = questionnaire
        self.mapping = mapping
        self.idColumn = idColumn
    }

    /// The target of every column, in order.
    public func plan(_ columns: [ExportColumn]) -> Plan {
        let idName = idColumn ?? dialect.defaultIDColumns.first { candidate in columns.contains { $0.name.lowercased() == candidate.lowercased() } }
        var targets: [ColumnTarget] = []
        var unmapped: [(ExportColumn, String)] = []
        for column in columns {
            if let mapped = mapping?.columns[column.name] {
                targets.append(mapped)
            } else if let idName, column.name.lowercased() == idName.lowercased(), !targets.contains(.id) {
                targets.append(.id)
            } else if questionnaire == nil {
                targets.append(.metadata)
            } else if let target = byCode(column.name) ?? byCodeAndText(column.name) ?? byText(column) {
                targets.append(target)
            } else if dialect.metadataColumns.contains(column.name.lowercased()) || isDeclaredMetadata(column.name) {
                targets.append(.metadata)
            } else {
                // Every other column is accounted for: left out (free text) or kept as metadata, with the reason.
                let reason = unmappedReason(column)
                targets.append(reason.ignore ? .ignore : .metadata)
                unmapped.append((column, reason.text))
            }
        }
        // Tools that write a multi answer both ways (Kobo: codes and 0/1 columns): keep the codes.
        let singleCells = Set(targets.compactMap { if case .question(let id) = $0 { id } else { nil } })
        for index in targets.indices {
            if case .option(let id, _) = targets[index], singleCells.contains(id) { targets[index] = .ignore }
        }
        return Plan(targets: targets, unmapped: unmapped)
    }

    // MARK: - By code

    private func question(_ id: String) -> Question? {
        questionnaire?.questions.first { $0.id == id } ?? questionnaire?.questions.first { $0.id.lowercased() == id.lowercased() }
    }

    /// `Q1`, `Q1[SQ001]`, `Q1_SQ001`, `Q1[SQ001][1]`, `group/Q1`, `group-Q1`, `group/Q1/opt`.
    func byCode(_ name: String) -> ColumnTarget? {
        if let question = question(name) { return .question(question.id) }
        if let bracket = name.firstIndex(of: "["), name.hasSuffix("]") {
            let base = String(name[..<bracket])
            let subs = name[bracket...].dropFirst().dropLast().components(separatedBy: "][")
            if subs.first?.lowercased() == "other" || subs.first?.lowercased() == "comment" { return nil }
            if let target = option(base: base, sub: subs[0]) { return target }
            if let question = question(base + "_" + subs.joined(separator: "_")) { return .question(question.id) }
        }
        if let underscore = name.lastIndex(of: "_"), underscore != name.startIndex {
            let base = String(name[..<underscore]), sub = String(name[name.index(after: underscore)...])
            if let target = option(base: base, sub: sub) { return target }
        }
        for separator in ["/", "-"] where name.contains(separator) {
            let parts = name.components(separatedBy: separator).filter { !$0.isEmpty }
            if let last = parts.last, let question = question(last) { return .question(question.id) }
            if parts.count >= 2, let target = option(base: parts[parts.count - 2], sub: parts[parts.count - 1]) { return target }
        }
        return nil
    }

    /// An option of a multi question by code, by position (1-based, as Qualtrics numbers choices
    /// and LimeSurvey its subquestions `SQ001`, `SQ002`, ...) or by label.
    private func option(base: String, sub: String) -> ColumnTarget? {
        guard let question = question(base) else { return nil }
        guard case .multi(let options, _) = question.kind else { return nil }
        if let option = options.first(where: { $0.code == sub }) ?? options.first(where: { $0.code.lowercased() == sub.lowercased() }) {
            return .option(question: question.id, code: option.code)
        }
        if let position = Int(sub) ?? Self.subquestionPosition(sub), options.indices.contains(position - 1) {
            return .option(question: question.id, code: options[position - 1].code)
        }
        return optionByLabel(sub, of: question)
    }

    /// The position of a LimeSurvey subquestion code written the default way (`SQ001` is 1).
    static func subquestionPosition(_ code: String) -> Int? {
        guard code.count > 2, code.prefix(2).lowercased() == "sq" else { return nil }
        return Int(code.dropFirst(2))
    }

    /// LimeSurvey's "question code & question text" headings: `ES01. Text` or `CO01[SQ001]. Text [Option]`.
    func byCodeAndText(_ name: String) -> ColumnTarget? {
        guard let separator = name.range(of: ". ") else { return nil }
        return byCode(String(name[..<separator.lowerBound]))
    }

    /// Whether the questionnaire declares the column as metadata (`name`, `province`, ...).
    private func isDeclaredMetadata(_ name: String) -> Bool {
        questionnaire?.metadata?.contains { $0.id.lowercased() == name.trimmingSpaces.lowercased() } ?? false
    }

    private func optionByLabel(_ label: String, of question: Question) -> ColumnTarget? {
        guard case .multi(let options, _) = question.kind else { return nil }
        let wanted = LabelText.normalise(label)
        return options.first { $0.label.translations.values.contains { LabelText.normalise($0) == wanted } }
            .map { .option(question: question.id, code: $0.code) }
    }

    // MARK: - By text

    /// Full or abbreviated question texts, `Text [Row]`, Qualtrics `Text - Statement` and
    /// SurveyMonkey's spanning text with an option row.
    func byText(_ column: ExportColumn) -> ColumnTarget? {
        var candidates: [(text: String, sub: String?)] = []
        if dialect == .surveyMonkey, let text = column.text {
            let sub = column.subLabel
            candidates.append((text, sub == nil || ["response", "open-ended response"].contains(sub!.lowercased()) ? nil : sub))
        }
        for text in [column.text, column.name].compactMap({ $0 }) {
            candidates.append((text, nil))
            if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
                candidates.append((String(text[..<open]), String(text[text.index(after: open)..<text.index(before: text.endIndex)])))
            }
            if let dash = text.range(of: " - ", options: .backwards) {
                candidates.append((String(text[..<dash.lowerBound]), String(text[dash.upperBound...])))
            }
        }
        for (text, sub) in candidates {
            if let sub {
                if let question = questionByText(text), let target = optionByLabel(sub, of: question) { return target }
                if let question = questionByText(sub) { return .question(question.id) }
            } else if let question = questionByText(text) {
                return .question(question.id)
            }
        }
        return nil
    }

    /// The question whose text (in any language) is this text; a text ending in `..` or `…` is
    /// an abbreviated heading and matches the one question it begins.
    func questionByText(_ raw: String) -> Question? {
        guard let questionnaire else { return nil }
        var text = raw.trimmingSpaces
        let abbreviated = text.hasSuffix("..") || text.hasSuffix("…")
        // Strip a leading "Q1. " or "1) " numbering.
        if let space = text.firstIndex(of: " "), text[..<space].allSatisfy({ $0.isLetter || $0.isNumber || ".):".contains($0) }),
            text[..<space].contains(where: { $0.isNumber }), text[..<space].last.map({ ".):".contains($0) }) == true
        {
            text = String(text[text.index(after: space)...])
        }
        let wanted = LabelText.normalise(text)
        guard !wanted.isEmpty else { return nil }
        let texts = questionnaire.questions.map { question in question.text.translations.values.map(LabelText.normalise) }
        if let index = texts.firstIndex(where: { $0.contains(wanted) }) { return questionnaire.questions[index] }
        // A grid row ("Question [Extract from the register]") names the start of a question: "Extract from the register: ...".
        let headed = texts.indices.filter { texts[$0].contains { $0.hasPrefix(wanted + ":") } }
        if headed.count == 1 { return questionnaire.questions[headed[0]] }
        if abbreviated, wanted.count >= 8 {
            let matches = texts.indices.filter { texts[$0].contains { $0.hasPrefix(wanted) } }
            if matches.count == 1 { return questionnaire.questions[matches[0]] }
        }
        return nil
    }

    /// How exports name the free-text "other" and comment fields of a question: LimeSurvey's
    /// codes and its full-text headings in en, nl, fr and de, and Qualtrics' `_TEXT`.
    static let freeTextSuffixes = ["[other]", "[comment]", "[anders]", "[opmerking]", "[autre]", "[commentaire]", "[sonstiges]", "[kommentar]", "_text"]

    /// Why a column maps to nothing, and whether it is left out (free text) or kept as metadata.
    private func unmappedReason(_ column: ExportColumn) -> (text: String, ignore: Bool) {
        let name = column.name.lowercased()
        if Self.freeTextSuffixes.contains(where: name.hasSuffix) {
            return ("is a free-text \"other\" or comment field; it is not scored and is left out", true)
        }
        if let other = SurveyDialect.allCases.first(where: { $0 != dialect && $0 != .csv && $0.metadataColumns.contains(name) }) {
            return ("looks like a \(other.displayName) column; if this is a \(other.displayName) export, use --from \(other.rawValue). Kept as metadata", false)
        }
        return ("matches no question code or text of \(questionnaire?.id ?? "the questionnaire"); kept as metadata. If it holds answers, map it in a mapping file (draft one with smartcity map)", false)
    }
}

/// Decides what every column of an export becomes: by the mapping file first, then by
/// question codes in the forms each tool writes them, then by question texts.
struct ColumnPlanner: Sendable {
    /// The plan for one export: a target per column, and what could not be mapped and why.
    struct Plan: Sendable {
        var targets: [ColumnTarget]
        var unmapped: [Unmapped]
        /// Whether an id column was found (otherwise ids are made from row numbers).
        var hasID: Bool { targets.contains(.id) }
    }

    /// A column that maps to nothing, and why.
    struct Unmapped: Sendable {
        var column: ExportColumn
        var why: UnmappedReason
        /// Why, in English: the reason a mapping draft (a data file) gives.
        var reason: String { why.text(.english) }
    }

    /// Why a column maps to nothing.
    enum UnmappedReason: Hashable, Sendable {
        /// A free-text "other" or comment field: left out.
        case freeText
        /// A column another tool exports: kept as metadata.
        case otherTool(SurveyDialect)
        /// No question's code or text (of the questionnaire with this id): kept as metadata.
        case noMatch(questionnaire: String?)

        /// Whether the column is left out rather than kept as metadata.
        var isLeftOut: Bool { self == .freeText }

        /// The reason in `wording`'s language.
        func text(_ wording: ExportWording) -> String {
            switch self {
            case .freeText: wording.freeText
            case .otherTool(let tool): wording.otherToolColumn(tool.displayName, tool.rawValue)
            case .noMatch(let questionnaire): wording.matchesNoQuestion(questionnaire)
            }
        }
    }

    let dialect: SurveyDialect
    package let questionnaire: Questionnaire?
    package let mapping: ResponseMapping?
    let idColumn: String?
    /// The names the forms of `template` give questions and metadata in this tool, where they
    /// differ from the ids (LimeSurvey's codes, XLSForm's names).
    private let formCodes: SurveyFormCodes?

    init(dialect: SurveyDialect, questionnaire: Questionnaire?, mapping: ResponseMapping?, idColumn: String?) {
        self.dialect = dialect
        self.questionnaire = questionnaire
        self.mapping = mapping
        self.idColumn = idColumn
        switch (dialect, questionnaire) {
        case (.limesurvey, let questionnaire?): formCodes = SurveyFormCodes(questionnaire: questionnaire, tool: .limeSurvey)
        case (.kobo, let questionnaire?), (.odk, let questionnaire?): formCodes = SurveyFormCodes(questionnaire: questionnaire, tool: .xlsForm)
        default: formCodes = nil
        }
    }

    /// The target of every column, in order.
    func plan(_ columns: [ExportColumn]) -> Plan {
        let idName = idColumn ?? dialect.defaultIDColumns.first { candidate in columns.contains { $0.name.lowercased() == candidate.lowercased() } }
        var targets: [ColumnTarget] = []
        var unmapped: [Unmapped] = []
        for column in columns {
            let ownCode = dialect == .limesurvey ? SurveyDialect.limeSurveyCode(of: column.name) : nil
            if let mapped = mapping?.columns[column.name] {
                targets.append(mapped)
            } else if let idName, column.name.lowercased() == idName.lowercased(), !targets.contains(.id) {
                targets.append(.id)
            } else if idName == nil, ownCode == "id", !targets.contains(.id) {
                targets.append(.id)
            } else if ownCode != nil {
                targets.append(.metadata)
            } else if questionnaire == nil {
                targets.append(.metadata)
            } else if let target = byCode(column.name) ?? byCodeAndText(column.name) ?? byText(column, taken: targets) {
                targets.append(target)
            } else if dialect.metadataColumns.contains(column.name.lowercased()) || isDeclaredMetadata(column.name) {
                targets.append(.metadata)
            } else {
                // Every other column is accounted for: left out (free text) or kept as metadata, with the reason.
                let reason = unmappedReason(column)
                targets.append(reason.isLeftOut ? .ignore : .metadata)
                unmapped.append(Unmapped(column: column, why: reason))
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

    /// A question by its id (exactly, else ignoring case), else by the name the tool's form gives it.
    private func question(_ id: String) -> Question? {
        questionnaire?.questions.first { $0.id == id } ?? questionnaire?.questions.first { $0.id.lowercased() == id.lowercased() }
            ?? formCodes?.original(of: id).flatMap { original in questionnaire?.questions.first { $0.id == original } }
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
            // The id may hold the separator itself (ODK Central's `group-q-1` for `q-1`): the longest trailing parts first.
            for count in stride(from: parts.count - 1, through: 1, by: -1) {
                if let question = question(parts.suffix(count).joined(separator: separator)) { return .question(question.id) }
            }
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
        questionnaire?.metadata?.contains { $0.id.lowercased() == name.trimmingSpaces.lowercased() } == true || metadataID(formName: name) != nil
    }

    /// The id of the declared metadata field that the tool's form names otherwise, for a column
    /// so named (`population2020` in LimeSurvey for `population_2020`); nil for other columns.
    func metadataID(formName name: String) -> String? {
        formCodes?.original(of: name.trimmingSpaces).flatMap { original in questionnaire?.metadata?.first { $0.id == original }?.id }
    }

    /// An option by its label in any language; a label ending in `..` or `…` (LimeSurvey's
    /// abbreviated headings) matches the one option whose label it begins.
    private func optionByLabel(_ label: String, of question: Question) -> ColumnTarget? {
        guard case .multi(let options, _) = question.kind else { return nil }
        let wanted = LabelText.normalise(label)
        if let option = options.first(where: { $0.label.translations.values.contains { LabelText.normalise($0) == wanted } }) {
            return .option(question: question.id, code: option.code)
        }
        if let nonAnswer = nonAnswerOption(label, of: question) { return nonAnswer }
        let trimmed = label.trimmingSpaces
        guard trimmed.hasSuffix("..") || trimmed.hasSuffix("…") else { return nil }
        let start = LabelText.normalise(String(trimmed.reversed().drop { $0 == "." || $0 == "…" }.reversed()))
        guard !start.isEmpty else { return nil }
        let matches = options.filter { $0.label.translations.values.contains { LabelText.normalise($0).hasPrefix(start) } }
        return matches.count == 1 ? .option(question: question.id, code: matches[0].code) : nil
    }

    /// The column of a non-answer among a multi question's options (a "Weet niet" checkbox,
    /// `CO01[WN]`), by the questionnaire's non-answer codes and labels, the mapping's
    /// non-answer codes, or the words survey authors use for them: `Q[dk]`.
    private func nonAnswerOption(_ label: String, of question: Question) -> ColumnTarget? {
        guard case .multi = question.kind, let questionnaire else { return nil }
        let wanted = LabelText.normalise(label)
        let declared = questionnaire.nonAnswers.first { nonAnswer in
            LabelText.normalise(nonAnswer.code) == wanted || nonAnswer.label.translations.values.contains { LabelText.normalise($0) == wanted }
        }
        let kind = declared?.kind ?? mapping?.nonAnswers.first { LabelText.normalise($0.key) == wanted }?.value
            ?? AnswerCodingEvidence.knownNonAnswers[wanted]
        guard let kind, let code = questionnaire.nonAnswers.first(where: { $0.kind == kind })?.code else { return nil }
        return .option(question: question.id, code: code)
    }

    // MARK: - By text

    /// Full or abbreviated question texts, `Text [Row]`, Qualtrics `Text - Statement` and
    /// SurveyMonkey's spanning text with an option row. A text that several questions begin
    /// (an abbreviated heading) is the first of them that no earlier column (`taken`) has:
    /// exports list the questions in the questionnaire's order.
    func byText(_ column: ExportColumn, taken: [ColumnTarget] = []) -> ColumnTarget? {
        var candidates: [(text: String, sub: String?)] = []
        if dialect == .surveyMonkey, let text = column.text {
            let sub = column.subLabel
            let option = sub == nil || ["response", "open-ended response"].contains(sub!.lowercased()) ? nil : sub
            candidates.append((text, option))
            // A column under a question's option row is that option or nothing (an "Other (please specify)" field).
            if option != nil { return candidates.lazy.compactMap { self.target(text: $0.text, sub: $0.sub, taken: taken) }.first }
        }
        // Qualtrics heads a choice question's columns "Text - Selected Choice - Option".
        let texts = [column.text, column.name].compactMap { $0?.replacingOccurrences(of: " - Selected Choice", with: "") }
        for text in texts {
            candidates.append((text, nil))
            if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
                candidates.append((String(text[..<open]), String(text[text.index(after: open)..<text.index(before: text.endIndex)])))
            }
            if let dash = text.range(of: " - ", options: .backwards) {
                candidates.append((String(text[..<dash.lowerBound]), String(text[dash.upperBound...])))
            }
        }
        return candidates.lazy.compactMap { self.target(text: $0.text, sub: $0.sub, taken: taken) }.first
    }

    /// The question a text names, or - with a row or option label - the option or the question that label heads.
    private func target(text: String, sub: String?, taken: [ColumnTarget]) -> ColumnTarget? {
        func untaken(_ target: ColumnTarget) -> Bool { !taken.contains(target) }
        if let sub {
            let options = questionsByText(text).compactMap { optionByLabel(sub, of: $0) }
            if let target = options.first(where: untaken) { return target }
            return questionsByText(sub).map { ColumnTarget.question($0.id) }.first(where: untaken)
        }
        return questionsByText(text).map { ColumnTarget.question($0.id) }.first(where: untaken)
    }

    /// The questions whose text (in any language) is this text, in the questionnaire's order:
    /// the one it equals, else those it heads ("Extract from the register" of "Extract from the
    /// register: ..."), else - for a text ending in `..` or `…`, an abbreviated heading - those it begins.
    func questionsByText(_ raw: String) -> [Question] {
        guard let questionnaire else { return [] }
        var text = raw.trimmingSpaces
        let abbreviated = text.hasSuffix("..") || text.hasSuffix("…")
        // Strip a leading "Q1. " or "1) " numbering.
        if let space = text.firstIndex(of: " "), text[..<space].allSatisfy({ $0.isLetter || $0.isNumber || ".):".contains($0) }),
            text[..<space].contains(where: { $0.isNumber }), text[..<space].last.map({ ".):".contains($0) }) == true
        {
            text = String(text[text.index(after: space)...])
        }
        let wanted = LabelText.normalise(text)
        guard !wanted.isEmpty else { return [] }
        let texts = questionnaire.questions.map { question in question.text.translations.values.map(LabelText.normalise) }
        func questions(where matches: ([String]) -> Bool) -> [Question] {
            texts.indices.filter { matches(texts[$0]) }.map { questionnaire.questions[$0] }
        }
        let equal = questions { $0.contains(wanted) }
        if !equal.isEmpty { return equal }
        // A grid row ("Question [Extract from the register]") names the start of a question: "Extract from the register: ...".
        let headed = questions { $0.contains { $0.hasPrefix(wanted + ":") } }
        if !headed.isEmpty { return headed }
        guard abbreviated, wanted.count >= 8 else { return [] }
        return questions { $0.contains { $0.hasPrefix(wanted) } }
    }

    /// How exports name the free-text "other" and comment fields of a question: LimeSurvey's
    /// codes and its full-text headings in en, nl, fr and de, Qualtrics' `_TEXT` and
    /// SurveyMonkey's "Other (please specify)" column.
    static let freeTextSuffixes = ["[other]", "[comment]", "[anders]", "[opmerking]", "[autre]", "[commentaire]", "[sonstiges]", "[kommentar]", "_text",
                                   "(please specify)]"]

    /// Why a column maps to nothing (which says whether it is left out or kept as metadata).
    private func unmappedReason(_ column: ExportColumn) -> UnmappedReason {
        let name = column.name.lowercased()
        if Self.freeTextSuffixes.contains(where: name.hasSuffix) { return .freeText }
        if let other = SurveyDialect.allCases.first(where: { $0 != dialect && $0 != .csv && $0.metadataColumns.contains(name) }) {
            return .otherTool(other)
        }
        return .noMatch(questionnaire: questionnaire?.id)
    }
}

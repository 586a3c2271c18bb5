/// Turns the rows of a survey-tool export into our canonical responses table: an `id` column,
/// metadata, one column per question holding codes and values, `Q[opt]` columns for multi
/// questions answered per option. Answer labels become codes (by the questionnaire's labels in
/// any language, then the mapping file); multi answers joined the tool's way become `;` lists.
public struct ExportTransformer: Sendable {
    /// Written for a question that the respondent was not shown (LimeSurvey's unquoted empty field).
    public static let notShown = "#not-shown"

    public let dialect: SurveyDialect
    public let plan: ColumnPlanner.Plan
    /// The canonical header.
    public let header: [String]
    /// The export's name for each canonical column, for locating messages.
    public let displayNames: [String]
    /// For each canonical column, the export column it comes from (nil: the made-up id).
    private let sources: [Int?]
    private let labelCodes: [String: [String: String]]
    private let questions: [String: Question]

    public init(dialect: SurveyDialect, columns: [ExportColumn], plan: ColumnPlanner.Plan, questionnaire: Questionnaire?, mapping: ResponseMapping?) {
        self.dialect = dialect
        self.plan = plan
        var header: [String] = [], names: [String] = [], sources: [Int?] = []
        if let idIndex = plan.targets.firstIndex(of: .id) {
            header.append("id"); names.append(columns[idIndex].name); sources.append(idIndex)
        } else {
            header.append("id"); names.append("id"); sources.append(nil)
        }
        for (index, target) in plan.targets.enumerated() {
            switch target {
            case .id, .ignore: continue
            case .metadata: header.append(columns[index].name)
            case .question, .option: header.append(target.description)
            }
            names.append(columns[index].name)
            sources.append(index)
        }
        self.header = header
        self.displayNames = names
        self.sources = sources
        var questions: [String: Question] = [:]
        var labelCodes: [String: [String: String]] = [:]
        for question in questionnaire?.questions ?? [] {
            questions[question.id] = question
            var codes: [String: String] = [:]
            func add(_ label: LocalizedText, _ code: String) {
                // In language order, so that a label shared by two options always maps the same way.
                for (_, text) in label.translations.sorted(by: { $0.key < $1.key }) { codes[LabelText.normalise(text)] = code }
            }
            switch question.kind {
            case .choice(let options), .multi(let options, _): for option in options { add(option.label, option.code) }
            case .likert(let scale, _), .level(let scale): for point in scale.points { add(point.label, NumberFormat.plain(point.value)) }
            case .yesNo: add(YesNoAnswer.yesLabel, "yes"); add(YesNoAnswer.noLabel, "no")
            case .number: break
            }
            for nonAnswer in questionnaire?.nonAnswers ?? [] { add(nonAnswer.label, nonAnswer.code) }
            for (label, code) in mapping?.answers[question.id] ?? [:] { codes[LabelText.normalise(label)] = code }
            labelCodes[question.id] = codes
        }
        self.labelCodes = labelCodes
        self.questions = questions
    }

    /// The canonical cells of one export row; `row` numbers the row as a spreadsheet does.
    public func transform(_ record: CSVRecord, row: Int) -> [String] {
        let quotedEmpty = Set(record.quotedEmpty)
        return header.indices.map { position in
            guard let source = sources[position] else { return "row-\(row)" }
            let raw = record.fields.indices.contains(source) ? record.fields[source] : ""
            switch plan.targets[source] {
            case .question(let id):
                if dialect == .limesurvey && raw.isEmpty && !quotedEmpty.contains(source) { return Self.notShown }
                return cell(raw, question: id)
            case .option(let id, let code):
                return optionCell(raw, question: id, code: code)
            default:
                return raw
            }
        }
    }

    /// A label becomes its code; a multi answer becomes `;`-separated codes.
    func cell(_ raw: String, question id: String) -> String {
        let text = raw.trimmingSpaces
        guard !text.isEmpty, let question = questions[id] else { return text }
        let codes = labelCodes[id] ?? [:]
        if case .multi(let options, _) = question.kind {
            if let whole = codes[LabelText.normalise(text)], !options.contains(where: { $0.code == text }) { return whole }
            return split(text, options: options).map { codes[LabelText.normalise($0)] ?? byPosition($0, options) ?? $0 }.joined(separator: ";")
        }
        if codes.values.contains(text) { return text }
        if let code = codes[LabelText.normalise(text)] { return code }
        if case .choice(let options) = question.kind, let code = byPosition(text, options) { return code }
        return text
    }

    /// Qualtrics exports choices as their numbers (1 for the first) unless told otherwise: when no
    /// option has that code, the number names the option in that position.
    private func byPosition(_ text: String, _ options: [Option]) -> String? {
        guard dialect == .qualtrics, let position = Int(text), options.indices.contains(position - 1),
            !options.contains(where: { $0.code == text })
        else { return nil }
        return options[position - 1].code
    }

    /// Chosen options as the tool joins them: spaces (Kobo, ODK), commas (Qualtrics), ", " between
    /// labels that may themselves hold commas (Google Forms), `;` otherwise.
    func split(_ text: String, options: [Option]) -> [String] {
        switch dialect.multiSeparator {
        case .semicolon: return text.split(separator: ";").map { String($0).trimmingSpaces }
        case .whitespace: return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        case .comma, .commaSpace:
            // Longest known label first, so that "a, b" as one label wins over "a" and "b".
            let labels = options.flatMap { option in option.label.translations.values + [option.code] }
                .sorted { $0.count > $1.count }
            var pieces: [String] = []
            var rest = Substring(text)
            while !rest.isEmpty {
                rest = rest.drop { $0 == " " || $0 == "," }
                guard !rest.isEmpty else { break }
                if let label = labels.first(where: { rest.lowercased().hasPrefix($0.lowercased()) && Self.endsPiece(rest, after: $0.count) }) {
                    pieces.append(String(rest.prefix(label.count)))
                    rest = rest.dropFirst(label.count)
                } else {
                    let end = rest.firstIndex(of: ",") ?? rest.endIndex
                    pieces.append(String(rest[..<end]).trimmingSpaces)
                    rest = rest[end...]
                }
            }
            return pieces
        }
    }

    private static func endsPiece(_ text: Substring, after count: Int) -> Bool {
        let rest = text.dropFirst(count)
        return rest.isEmpty || rest.first == ","
    }

    /// A per-option column: "1" when chosen (1, Y, yes, true, the code or the option's label), "0" when not.
    func optionCell(_ raw: String, question id: String, code: String) -> String {
        let text = raw.trimmingSpaces
        if text.isEmpty { return "" }
        let normalised = LabelText.normalise(text)
        // Survey tools also write "checked" / "unchecked".
        if OptionMark.chosen.contains(normalised) || normalised == "checked" || text == code || labelCodes[id]?[normalised] == code {
            return "1"
        }
        if OptionMark.notChosen.contains(normalised) || normalised == "unchecked" { return "0" }
        return labelCodes[id]?[normalised] ?? text  // a non-answer label becomes its code

    }
}

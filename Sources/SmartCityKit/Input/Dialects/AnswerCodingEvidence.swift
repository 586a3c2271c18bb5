/// What the answer cells of an export tell about how its tool coded the answers: scale values
/// written one above the scale (Qualtrics' default recode 1..6 for a 0..5 scale), yes/no as
/// 1/2, choices and non-answers as numbered positions, and the codes a survey author gave
/// "don't know" and "not applicable" in many questions (`WN`, `NVT`, `-99`, "Sans objet").
/// Fed the cells of an export (all of them for `map`, the first rows for `score`), it infers
/// value maps and non-answer codes, each with the evidence, for a person to review.
struct AnswerCodingEvidence {
    /// One answer column as read so far.
    struct Column {
        let name: String
        let question: Question
        /// Whole numbers written in the column -> cells.
        var numbers: [Int: Int] = [:]
        /// Whether a number with a fraction (or out of range) was written: then no recode is inferred.
        var otherNumbers = false
        /// Texts the question does not read as they are (normalised) -> (as first written, cells).
        var unread: [String: (text: String, cells: Int)] = [:]
    }

    /// A value map inferred for one column: the export's values -> codes of our own format.
    struct Recode {
        let column: String
        let question: String
        let values: [(written: String, code: String)]
        /// What was found, for the reviewer.
        let basis: Basis
        /// The non-answers numbered after the scale or the choices, as written (`4 = dk, 5 = na`); empty when none.
        let nonAnswers: String

        /// What was found, in `wording`'s language.
        func evidence(_ wording: ExportWording) -> String {
            let said = switch basis {
            case .shiftedLikeTheOthers: wording.shiftedLikeTheOthers
            case .yesNoNumbers(let numbers): wording.yesNoNumbers(numbers)
            case .qualtricsChoices(let count, let after): wording.qualtricsChoices(count, after)
            case .scalePositions(let numbers, let scale, let points, let qualtrics): wording.scalePositions(numbers, scale, points, qualtrics)
            }
            return said + (nonAnswers.isEmpty ? "" : wording.nonAnswerPositions(nonAnswers))
        }

        /// What was found, in English: the evidence a mapping draft (a data file) gives.
        var evidence: String { evidence(.english) }
    }

    /// What shows that a column is coded otherwise than it is scored.
    enum Basis {
        /// The other columns of the same scale are written one above it.
        case shiftedLikeTheOthers
        /// A yes/no question written with only these numbers.
        case yesNoNumbers(String)
        /// Qualtrics' numbers of `count` choices, with these numbers after them.
        case qualtricsChoices(count: Int, after: String)
        /// The numbers written for a scale (`0..5`) of `points` points, numbered from 1 (by Qualtrics).
        case scalePositions(numbers: String, scale: String, points: Int, qualtrics: Bool)
    }

    /// A code found, unread, in many questions, that names a non-answer.
    struct NonAnswerCode {
        let code: String
        let kind: NonAnswer.Kind
        let questions: Int
        let cells: Int
    }

    let dialect: SurveyDialect
    let nonAnswers: [NonAnswer]
    private(set) var columns: [Column]
    /// At most this many records of an export are looked at for numeric codings when it is read without a value map.
    static let sampleRows = 1_000
    /// At most this many distinct unread texts are kept per column (a free-text column has many).
    static let maximumTexts = 64

    init(dialect: SurveyDialect, nonAnswers: [NonAnswer], columns: [(name: String, question: Question)]) {
        self.dialect = dialect
        self.nonAnswers = nonAnswers
        self.columns = columns.map { Column(name: $0.name, question: $0.question) }
    }

    /// Counts one cell of column `index` (trimmed text, not empty); `read` tells whether the
    /// question reads it as it is (a scale value, an option, a non-answer of the questionnaire).
    mutating func add(_ text: String, column index: Int, read: Bool) {
        if let number = Double(text) {
            if number == number.rounded(), abs(number) < 1_000_000 { columns[index].numbers[Int(number), default: 0] += 1 } else { columns[index].otherNumbers = true }
        }
        guard !read else { return }
        let key = LabelText.normalise(text)
        if let seen = columns[index].unread[key] {
            columns[index].unread[key] = (seen.text, seen.cells + 1)
        } else if columns[index].unread.count < Self.maximumTexts {
            columns[index].unread[key] = (text, 1)
        }
    }

    // MARK: - Value maps

    /// The value maps the numbers of the columns call for, in column order.
    func recodes() -> [Recode] {
        var found: [Recode] = []
        /// The scales (their values) whose columns the tool wrote as positions.
        var positionalScales: [[Double]] = []
        for column in columns {
            guard let recode = recode(column) else { continue }
            if case .likert(let scale, _) = column.question.kind { positionalScales.append(scale.points.map(\.value)) }
            if case .level(let scale) = column.question.kind { positionalScales.append(scale.points.map(\.value)) }
            found.append(recode)
        }
        // The tool recodes every question of a scale the same way: a column of that scale that
        // happens to hold no value beyond it (no one chose the top point) is recoded like the others.
        for column in columns where !found.contains(where: { $0.column == column.name }) {
            guard let scale = Self.scaleValues(column.question), positionalScales.contains(scale),
                let recode = positional(column, scale: scale, requireBeyond: false, basis: .shiftedLikeTheOthers)
            else { continue }
            found.append(recode)
        }
        let order = Dictionary(columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        return found.sorted { order[$0.column, default: 0] < order[$1.column, default: 0] }
    }

    /// The whole values of a scale question's points, in order; nil for other questions or fractional points.
    private static func scaleValues(_ question: Question) -> [Double]? {
        let points: [ScalePoint]
        switch question.kind {
        case .likert(let scale, _), .level(let scale): points = scale.points
        default: return nil
        }
        let values = points.map(\.value).sorted()
        return values.allSatisfy({ $0 == $0.rounded() }) ? values : nil
    }

    /// The value map one column calls for, if its numbers show one.
    private func recode(_ column: Column) -> Recode? {
        guard !column.numbers.isEmpty, !column.otherNumbers else { return nil }
        switch column.question.kind {
        case .likert, .level:
            guard let scale = Self.scaleValues(column.question) else { return nil }
            return positional(column, scale: scale, requireBeyond: true, basis: nil)
        case .yesNo:
            // 1 yes, 2 no (then the non-answers): Qualtrics' and SPSS's default codes.
            let numbers = Set(column.numbers.keys)
            guard numbers.contains(2), !numbers.contains(0), numbers.isSubset(of: Set(1...(2 + nonAnswers.count))) else { return nil }
            let values = [("1", "yes"), ("2", "no")] + nonAnswerPositions(after: 2, in: numbers)
            return Recode(column: column.name, question: column.question.id, values: values,
                          basis: .yesNoNumbers(Self.list(numbers)), nonAnswers: nonAnswerNote(after: 2, in: numbers))
        case .choice(let options):
            // Qualtrics numbers the choices 1..n; numbers after them are the non-answers.
            let numbers = Set(column.numbers.keys)
            guard dialect == .qualtrics, !options.contains(where: { Int($0.code) != nil }), numbers.contains(where: { $0 > options.count }),
                numbers.isSubset(of: Set(1...(options.count + nonAnswers.count)))
            else { return nil }
            let values = options.enumerated().map { (String($0.offset + 1), $0.element.code) } + nonAnswerPositions(after: options.count, in: numbers)
            return Recode(column: column.name, question: column.question.id, values: values,
                          basis: .qualtricsChoices(count: options.count, after: Self.list(numbers.filter { $0 > options.count })),
                          nonAnswers: nonAnswerNote(after: options.count, in: numbers))
        case .multi, .number:
            return nil
        }
    }

    /// The map of a scale written as positions 1, 2, ... (then the non-answers), when the column
    /// shows it: only numbers from 1 to the points and non-answers (so never a point below 1,
    /// such as the 0 of a 0..5 scale), and - with `requireBeyond` - the top point's position, above the scale.
    private func positional(_ column: Column, scale: [Double], requireBeyond: Bool, basis: Basis?) -> Recode? {
        let numbers = Set(column.numbers.keys)
        let count = scale.count
        guard !numbers.isEmpty, numbers.isSubset(of: Set(1...(count + nonAnswers.count))) else { return nil }
        let identity = scale.enumerated().allSatisfy { Double($0.offset + 1) == $0.element }
        // Positions that are the scale's own values: only non-answers after it can be told.
        if identity && !numbers.contains(where: { $0 > count }) { return nil }
        if !identity {
            // The top point's position (6 for a 0..5 scale) must be written: a number above the scale.
            if requireBeyond, !(Double(count) > scale[count - 1] && numbers.contains(count)) { return nil }
        } else if dialect != .qualtrics {
            // A 1..n scale with numbers after it: non-answers by position is Qualtrics' convention only.
            return nil
        }
        let values = scale.enumerated().map { (String($0.offset + 1), NumberFormat.plain($0.element)) } + nonAnswerPositions(after: count, in: numbers)
        let range = "\(NumberFormat.plain(scale[0]))..\(NumberFormat.plain(scale[count - 1]))"
        let said = basis ?? .scalePositions(numbers: Self.list(numbers), scale: range, points: count, qualtrics: dialect == .qualtrics)
        return Recode(column: column.name, question: column.question.id, values: values, basis: said, nonAnswers: nonAnswerNote(after: count, in: numbers))
    }

    /// The non-answers numbered after `count` positions, as far as they are written.
    private func nonAnswerPositions(after count: Int, in numbers: Set<Int>) -> [(String, String)] {
        nonAnswers.enumerated().filter { numbers.contains(count + 1 + $0.offset) }.map { (String(count + 1 + $0.offset), $0.element.code) }
    }

    /// The non-answers numbered after `count` positions as written (`4 = dk, 5 = na`), empty when none is.
    private func nonAnswerNote(after count: Int, in numbers: Set<Int>) -> String {
        nonAnswerPositions(after: count, in: numbers).map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
    }

    private static func list(_ numbers: Set<Int>) -> String { numbers.sorted().map(String.init).joined(separator: ", ") }

    /// The recodes grouped by their value map (`1 -> 0, 2 -> 1, ...`), in order, for one message per map.
    static func grouped(_ recodes: [Recode]) -> [(values: String, recodes: [Recode])] {
        var groups: [(values: String, recodes: [Recode])] = []
        for recode in recodes {
            let values = recode.values.map { "\($0.written) -> \($0.code)" }.joined(separator: ", ")
            if let index = groups.firstIndex(where: { $0.values == values }) { groups[index].recodes.append(recode) } else { groups.append((values, [recode])) }
        }
        return groups
    }

    /// "1 column "Q1"" or "3 columns "Q1", "Q2" and 1 more", with each column's question when
    /// asked, in `wording`'s language (English for a mapping draft).
    static func columnList(_ recodes: [Recode], withQuestions: Bool = false, wording: ExportWording = .english) -> String {
        let names = recodes.prefix(3).map { "\"\($0.column)\"" + (withQuestions ? " (\($0.question))" : "") }.joined(separator: ", ")
        return wording.codedColumns(recodes.count, names + (recodes.count > 3 ? wording.andMore(recodes.count - 3) : ""))
    }

    /// Warnings for the answer columns of an export whose numbers look recoded (the scale points
    /// numbered from 1, yes/no as 1/2), judged on its first records: they are scored as written,
    /// so the user is told which columns and what coding, and how to map them. Columns whose
    /// question has a value map in the mapping are left alone. Also one warning per non-answer
    /// code found unread in many questions (each cell is an error too; this says what it is). In
    /// `wording`'s language.
    static func warnings(_ plan: ResponsePlan, records: [[String]], mapping: ResponseMapping?, wording: ExportWording) -> [Diagnostic] {
        guard let dialect = plan.dialect else { return [] }
        let cells = plan.sources.enumerated().compactMap { question, source -> (column: Int, decoder: AnswerDecoder)? in
            guard case .cell(let column, let decoder) = source, mapping?.answers[plan.questionnaire.questions[question].id] == nil else { return nil }
            return (column, decoder)
        }
        var evidence = AnswerCodingEvidence(dialect: dialect, nonAnswers: plan.questionnaire.nonAnswers,
                                            columns: cells.map { (plan.columnNames[$0.column], $0.decoder.question) })
        for record in records {
            for (index, cell) in cells.enumerated() where cell.column < record.count {
                let text = record[cell.column].trimmingSpaces
                guard !text.isEmpty else { continue }
                evidence.add(text, column: index, read: AnswerDecoder.withBytes(text) { cell.decoder.decode($0, problem: { _ in }) } != .invalid)
            }
        }
        let recodes = evidence.recodes()
        let coded = grouped(recodes).map { group -> Diagnostic in
            .warning(SourceLocation(file: plan.file, row: 1, column: group.recodes[0].column),
                     wording.looksCoded(columnList(group.recodes, withQuestions: true, wording: wording), group.recodes[0].evidence(wording), group.values))
        }
        let unread = evidence.nonAnswerCodes(excluding: recodes).filter { mapping?.nonAnswers[$0.code] == nil }.map { found -> Diagnostic in
            .warning(SourceLocation(file: plan.file),
                     wording.unreadNonAnswer(found.code, found.questions, found.cells, found.kind == .dontKnow))
        }
        return coded + unread
    }

    // MARK: - Non-answer codes

    /// Words and codes that survey authors give "don't know" and "not applicable", normalised.
    static let knownNonAnswers: [String: NonAnswer.Kind] = {
        let dontKnow = ["wn", "weet niet", "weet het niet", "ik weet het niet", "dk", "don't know", "dont know", "do not know", "don’t know",
                        "ne sais pas", "je ne sais pas", "nsp", "ne sait pas", "weiss nicht", "weiß nicht", "keine ahnung", "dont_know", "dont-know", "-99", "-98", "-999"]
        let notApplicable = ["nvt", "n.v.t", "n.v.t.", "niet van toepassing", "na", "n/a", "n.a", "n.a.", "not applicable", "does not apply",
                             "sans objet", "so", "non applicable", "ne s'applique pas", "nicht zutreffend", "entfallt", "not_applicable", "not-applicable", "-97", "-777"]
        var words: [String: NonAnswer.Kind] = [:]
        for word in dontKnow { words[LabelText.normalise(word)] = .dontKnow }
        for word in notApplicable { words[LabelText.normalise(word)] = .notApplicable }
        return words
    }()

    /// The codes, unread in at least two questions (or the only one), that name a non-answer,
    /// most questions first.
    func nonAnswerCodes(excluding recodes: [Recode] = []) -> [NonAnswerCode] {
        var questions: [String: Set<String>] = [:], cells: [String: Int] = [:], written: [String: String] = [:]
        for column in columns {
            let recoded = Set(recodes.filter { $0.column == column.name }.flatMap { $0.values.map { LabelText.normalise($0.written) } })
            for (key, seen) in column.unread where Self.knownNonAnswers[key] != nil && !recoded.contains(key) {
                questions[key, default: []].insert(column.question.id)
                cells[key, default: 0] += seen.cells
                if written[key] == nil { written[key] = seen.text }
            }
        }
        let needed = min(2, Set(columns.map(\.question.id)).count)
        return questions.filter { $0.value.count >= needed }
            .map { NonAnswerCode(code: written[$0.key] ?? $0.key, kind: Self.knownNonAnswers[$0.key]!, questions: $0.value.count, cells: cells[$0.key] ?? 0) }
            .sorted { ($0.questions, $1.code) > ($1.questions, $0.code) }
    }
}

/// Turns the text of one cell into a typed answer to one question, once, on the cell's bytes.
/// Compiled from the question, the questionnaire's non-answers and - for survey-tool exports
/// and mapped files - the answer labels in every language and the mapping's labels.
final class AnswerDecoder: Sendable {
    let question: Question
    /// The question's options as UTF-8 codes (choice and multi).
    private let optionCodes: [[UInt8]]
    /// The scale's values (likert and level).
    private let scaleValues: [Double]
    /// The scale's whole values from 0 to 63 as bits: most scales, checked without a search.
    private let wholeScaleValues: UInt64
    /// Whether every scale value is in `wholeScaleValues`.
    private let scaleIsWhole: Bool
    private let nonAnswerHint: String
    /// Why a cell is not an answer, in the run's language.
    private let wording: AnswerCellWording
    /// Answers by normalised label (exports and mapped files only).
    private let labels: [String: Answer]
    /// The mapping file's value map for this question, by normalised label: an explicit
    /// mapping wins over every other reading, so it is applied before the scale and the options.
    private let explicitAnswers: [String: Answer]
    /// How the tool joins the chosen options of a multi question in one cell.
    private let separator: SurveyDialect.MultiSeparator
    /// Qualtrics writes choices as their position (1 for the first).
    private let choicesByPosition: Bool
    /// LimeSurvey codes answer options `A1`, `A2`, ... by default: the position of the option or scale point.
    private let answerCodesByPosition: Bool
    /// Labels and codes of the options, longest first, for splitting comma-joined labels.
    private let splitTexts: [String]
    /// The question's type without its payload, read per cell (switching over `question.kind`
    /// would copy its scale or options each time).
    private let form: Form
    /// The non-answer codes, lowercased, end to end in one buffer: `(range, kind)` each.
    private let nonAnswerBytes: [UInt8]
    private let nonAnswerRanges: [(range: Range<Int>, kind: NonAnswer.Kind)]
    /// The answer of every cell that is one ASCII byte (most Likert and yes/no cells), decoded
    /// once by the general path; nil where that byte is not an answer (the general path then
    /// reports why). Made by a decoder of the same question without the table.
    private let oneByteAnswers: [Answer?]

    private enum Form {
        case scale
        /// `percentage`: the unit is a percentage, so `4%` answers 4.
        case number(minimum: Double, maximum: Double?, percentage: Bool)
        case choice, multi, yesNo
    }

    init(question: Question, nonAnswers: [NonAnswer], dialect: SurveyDialect?, labelAnswers: [String: Answer],
         explicitAnswers: [String: Answer] = [:], wording: AnswerCellWording = .english, withTable: Bool = true) {
        self.question = question
        self.wording = wording
        self.explicitAnswers = explicitAnswers
        switch question.kind {
        case .choice(let options), .multi(let options, _):
            optionCodes = options.map { Array($0.code.utf8) }
            splitTexts = options.flatMap { $0.label.translations.values + [$0.code] }.sorted { $0.count > $1.count }
        default:
            optionCodes = []
            splitTexts = []
        }
        if case .likert(let scale, _) = question.kind { scaleValues = scale.points.map(\.value) }
        else if case .level(let scale) = question.kind { scaleValues = scale.points.map(\.value) }
        else { scaleValues = [] }
        let whole = scaleValues.filter { $0 >= 0 && $0 < 64 && $0 == $0.rounded() }
        wholeScaleValues = whole.reduce(0) { $0 | 1 << UInt64($1) }
        scaleIsWhole = whole.count == scaleValues.count
        switch question.kind {
        case .likert, .level: form = .scale
        case .number(let scoring): form = .number(minimum: scoring.minimum, maximum: scoring.maximum, percentage: scoring.isPercentage)
        case .choice: form = .choice
        case .multi: form = .multi
        case .yesNo: form = .yesNo
        }
        var bytes: [UInt8] = [], ranges: [(Range<Int>, NonAnswer.Kind)] = []
        for nonAnswer in nonAnswers {
            let start = bytes.count
            bytes += nonAnswer.code.lowercased().utf8
            ranges.append((start..<bytes.count, nonAnswer.kind))
        }
        nonAnswerBytes = bytes
        nonAnswerRanges = ranges
        nonAnswerHint = nonAnswers.isEmpty ? "" : wording.orNonAnswers(nonAnswers.map { "\"\($0.code)\"" }.joined(separator: " / "))
        labels = labelAnswers
        separator = dialect?.multiSeparator ?? .semicolon
        choicesByPosition = dialect == .qualtrics
        answerCodesByPosition = dialect == .limesurvey
        oneByteAnswers = withTable
            ? AnswerDecoder(question: question, nonAnswers: nonAnswers, dialect: dialect, labelAnswers: labelAnswers,
                            explicitAnswers: explicitAnswers, wording: wording, withTable: false).oneByteTable()
            : []
    }

    /// The answers of the cells of one ASCII byte, by the general path (without the messages
    /// of the bytes that are no answer: most of the 128).
    private func oneByteTable() -> [Answer?] {
        (0..<128).map { (byte: UInt8) -> Answer? in
            let answer = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { cell in
                cell[0] = byte
                return self.answer(of: UnsafeBufferPointer(cell))
            }
            return answer == .invalid ? nil : answer
        }
    }

    /// The answer a cell's text holds; a problem is reported through `problem` (with the fix)
    /// and the answer is `.invalid`. A code such as `=x` may come neutralised for spreadsheets (`'=x`).
    func decode(_ raw: UnsafeBufferPointer<UInt8>, problem: (String) -> Void) -> Answer {
        if raw.count == 1, raw[0] < 128, !oneByteAnswers.isEmpty, let answer = oneByteAnswers[Int(raw[0])] { return answer }
        if let answer = answer(of: raw) { return answer }
        problem(invalidMessage(CSVWriter.withoutFormulaGuard(Self.trimmed(raw))) + nonAnswerHint + wording.emptyCellNotScored)
        return .invalid
    }

    /// The answer a cell's text holds, by the general path; nil when it holds none (`decode` says why).
    private func answer(of raw: UnsafeBufferPointer<UInt8>) -> Answer? {
        let text = CSVWriter.withoutFormulaGuard(Self.trimmed(raw))
        if text.isEmpty { return .blank }
        if !explicitAnswers.isEmpty, let answer = explicitAnswer(text) { return wholeCell(answer) }
        if text[0] == UInt8(ascii: "#"), text.elementsEqual(Answer.notShownCode.utf8) { return .notShown }
        if let kind = nonAnswer(text) { return .nonAnswer(kind) }
        if let answer = direct(text) { return answer }
        if !labels.isEmpty, let answer = byLabel(text) { return answer }
        return nil
    }

    /// An answer given as a JSON value: numbers, booleans and arrays are typed already.
    func decode(json value: JSONNode.Value, problem: (String) -> Void) -> Answer {
        switch (value, question.kind) {
        case (.null, _): return .blank
        case (.string(let text), _): return Self.withBytes(text) { decode($0, problem: problem) }
        case (.number(let number), .likert), (.number(let number), .level), (.number(let number), .number):
            return checkedNumber(number) ?? {
                problem(invalidMessage(NumberFormat.plain(number)) + nonAnswerHint + wording.nullValueNotScored)
                return .invalid
            }()
        case (.number(let number), .choice), (.number(let number), .yesNo):
            // A numeric code ("2") or 1/0 for yes/no, written as a JSON number.
            return Self.withBytes(NumberFormat.plain(number)) { decode($0, problem: problem) }
        case (.bool(let yes), .yesNo): return .yesNo(yes)
        case (.array(let elements), .multi):
            var chosen = OptionSelection()
            for element in elements {
                let code: String
                switch element.value {
                case .string(let text): code = text
                case .number(let number): code = NumberFormat.plain(number)
                default:
                    problem(wording.notACode(question.id, element.typeName) + nonAnswerHint + wording.notScored)
                    return .invalid
                }
                guard let index = Self.withBytes(code.trimmingSpaces, { option($0) ?? optionByLabelOrPosition($0) }) else {
                    problem(wording.unknownCode(code, question.id, codeList) + nonAnswerHint + wording.notScored)
                    return .invalid
                }
                chosen.insert(index)
            }
            return .choices(chosen)
        default:
            let found = value.typeName
            problem(wording.wrongType(question.id, question.kind.typeName, found) + nonAnswerHint + wording.orNullNotScored)
            return .invalid
        }
    }

    /// Whether a cell holds a non-answer code (case-insensitive).
    func nonAnswer(_ text: UnsafeBufferPointer<UInt8>) -> NonAnswer.Kind? {
        nonAnswerBytes.withUnsafeBufferPointer { codes in
            for (range, kind) in nonAnswerRanges where range.count == text.count {
                if ASCII.equalIgnoringCase(UnsafeBufferPointer(rebasing: codes[range]), text) { return kind }
            }
            return nil
        }
    }

    /// The answer written as a code or value of our own format.
    private func direct(_ text: UnsafeBufferPointer<UInt8>) -> Answer? {
        switch form {
        case .scale:
            if let value = NumberFormat.parse(text) { return checkedNumber(value) }
            return answerCodePosition(text, count: scaleValues.count).map { .number(scaleValues[$0]) }
        case .number(_, _, let percentage):
            // `4%` (a percent-formatted spreadsheet cell reads so) is 4 for a percentage question.
            let number = percentage ? Self.withoutPercentSign(text) ?? text : text
            return NumberFormat.parse(number).flatMap(checkedNumber)
        case .choice:
            return option(text).map(Answer.choice) ?? (choicesByPosition ? position(text).map(Answer.choice) : nil)
                ?? answerCodePosition(text, count: optionCodes.count).map(Answer.choice)
        case .multi:
            return multi(text)
        case .yesNo:
            return YesNoAnswer.parse(text).map(Answer.yesNo)
        }
    }

    /// A number on the scale, or within the number question's range.
    private func checkedNumber(_ value: Double) -> Answer? {
        switch form {
        case .scale:
            if scaleIsWhole {
                guard value >= 0, value < 64, value == value.rounded() else { return nil }
                return wholeScaleValues & (1 << UInt64(value)) != 0 ? .number(value) : nil
            }
            return scaleValues.contains(value) ? .number(value) : nil
        case .number(let minimum, let maximum, _):
            if value < minimum || maximum.map({ value > $0 }) == true { return nil }
            return .number(value)
        case .choice, .multi, .yesNo: return nil
        }
    }

    /// The chosen options of a multi answer joined the tool's way; nil when a piece is unknown.
    private func multi(_ text: UnsafeBufferPointer<UInt8>) -> Answer? {
        var chosen = OptionSelection()
        switch separator {
        case .semicolon, .whitespace:
            var start = 0
            var index = 0
            while index <= text.count {
                let ends = index == text.count || (separator == .semicolon ? text[index] == UInt8(ascii: ";") : ASCII.isSpace(text[index]))
                if ends {
                    let piece = Self.trimmed(UnsafeBufferPointer(rebasing: text[start..<index]))
                    if !piece.isEmpty {
                        guard let option = option(piece) ?? optionByLabelOrPosition(piece) else { return nil }
                        chosen.insert(option)
                    }
                    start = index + 1
                }
                index += 1
            }
        case .comma, .commaSpace:
            for piece in splitJoinedLabels(String(decoding: text, as: UTF8.self)) {
                guard let option = Self.withBytes(piece, { option($0) ?? optionByLabelOrPosition($0) }) else { return nil }
                chosen.insert(option)
            }
        }
        return .choices(chosen)
    }

    /// An option by its code: exactly, else ignoring ASCII case.
    private func option(_ code: UnsafeBufferPointer<UInt8>) -> Int? {
        if let exact = optionCodes.firstIndex(where: { $0.elementsEqual(code) }) { return exact }
        return optionCodes.firstIndex { ASCII.equalIgnoringCase($0, code) }
    }

    /// An option by its label (exports) or its position (Qualtrics, LimeSurvey's `A1`...).
    private func optionByLabelOrPosition(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        if !labels.isEmpty, case .choice(let index)? = labels[LabelText.normalise(String(decoding: text, as: UTF8.self))] { return index }
        return choicesByPosition ? position(text) : answerCodePosition(text, count: optionCodes.count)
    }

    /// The 0-based position that LimeSurvey's default answer code `A3` (or `a3`, `A03`) stands
    /// for, among `count` options or scale points; nil for other text and other tools.
    private func answerCodePosition(_ text: UnsafeBufferPointer<UInt8>, count: Int) -> Int? {
        guard answerCodesByPosition, text.count >= 2, text[0] | 0x20 == UInt8(ascii: "a") else { return nil }
        var number = 0
        for byte in text.dropFirst() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), number < 1_000 else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number >= 1 && number <= count ? number - 1 : nil
    }

    /// Qualtrics numbers choices 1, 2, ... when no option has that code.
    private func position(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let value = NumberFormat.parse(text), value == value.rounded(), value >= 1, value <= Double(optionCodes.count) else { return nil }
        return Int(value) - 1
    }

    /// An answer by its label in any language (or the mapping's), for a whole cell.
    private func byLabel(_ text: UnsafeBufferPointer<UInt8>) -> Answer? {
        labels[LabelText.normalise(String(decoding: text, as: UTF8.self))].map(wholeCell)
    }

    /// The mapping's answer for a cell: looked up as written, and normalised only when
    /// normalising can change it (capitals, accents, spaces, closing punctuation).
    private func explicitAnswer(_ text: UnsafeBufferPointer<UInt8>) -> Answer? {
        let written = String(decoding: text, as: UTF8.self)
        if let answer = explicitAnswers[written] { return answer }
        guard text.contains(where: { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ASCII.isSpace($0) || Self.closingPunctuation.contains($0) })
        else { return nil }
        return explicitAnswers[LabelText.normalise(written)]
    }

    /// The ASCII punctuation that normalising drops from the end of a label.
    private static let closingPunctuation = Array("?:.!*".utf8)

    /// A label's answer as the answer of a whole cell: one option of a multi question is a selection.
    private func wholeCell(_ answer: Answer) -> Answer {
        if case .multi = question.kind, case .choice(let index) = answer { return .choices(OptionSelection([index])) }
        return answer
    }

    /// Chosen options as labels joined by commas, where a label may itself hold a comma:
    /// the longest known label or code first.
    func splitJoinedLabels(_ text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard !rest.isEmpty else { break }
            let lowered = rest.lowercased()
            if let label = splitTexts.first(where: { lowered.hasPrefix($0.lowercased()) && (rest.dropFirst($0.count).first.map { $0 == "," } ?? true) }) {
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

    private var codeList: String {
        if case .choice(let options) = question.kind { return options.map(\.code).joined(separator: ", ") }
        if case .multi(let options, _) = question.kind { return options.map(\.code).joined(separator: ", ") }
        return ""
    }

    /// Why a text is not an answer, and what the question takes.
    private func invalidMessage(_ text: UnsafeBufferPointer<UInt8>) -> String {
        invalidMessage(String(decoding: text, as: UTF8.self))
    }

    private func invalidMessage(_ text: String) -> String {
        let id = question.id
        switch question.kind {
        case .likert(let scale, _), .level(let scale):
            let allowed = scale.points.map { NumberFormat.plain($0.value) }.joined(separator: ", ")
            if NumberFormat.parse(Substring(text)) == nil { return wording.notANumberOnScale(text, id, allowed) }
            return wording.offScale(text, id, allowed)
        case .number(let scoring):
            let percentSign = Self.withBytes(text) { Self.withoutPercentSign($0).map { String(decoding: $0, as: UTF8.self) } }
            if percentSign != nil, !scoring.isPercentage {
                return wording.percentageNotTaken(text, id, scoring.unit.map { wording.text($0) })
            }
            if NumberFormat.parse(Substring(percentSign ?? text)) == nil { return wording.notANumber(text, id) }
            return wording.outOfRange(text, id, NumberFormat.plain(scoring.minimum), scoring.maximum.map(NumberFormat.plain))
        case .choice:
            return wording.unknownOption(text, id, codeList)
        case .multi:
            let unknown = Self.withBytes(text) { bytes in
                multiPieces(bytes).first { piece in Self.withBytes(piece) { option($0) ?? optionByLabelOrPosition($0) } == nil }
            } ?? text
            return wording.unknownOptions(unknown, id, codeList)
        case .yesNo:
            return wording.notYesNo(text, id)
        }
    }

    /// The pieces of a multi cell, as text (for messages).
    private func multiPieces(_ text: UnsafeBufferPointer<UInt8>) -> [String] {
        multiPieces(String(decoding: text, as: UTF8.self))
    }

    /// The chosen options of a multi cell as the tool joins them, each as written.
    func multiPieces(_ string: String) -> [String] {
        switch separator {
        case .semicolon: return string.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        case .whitespace: return string.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        case .comma, .commaSpace: return splitJoinedLabels(string)
        }
    }

    /// The text before a trailing `%` (spaces, a no-break or narrow no-break space before it
    /// allowed: `4%`, `4 %`); nil without one.
    static func withoutPercentSign(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard text.last == UInt8(ascii: "%") else { return nil }
        var end = text.count - 1
        while end > 0 {
            if ASCII.isSpace(text[end - 1]) { end -= 1 }
            else if end >= 2, text[end - 2] == 0xC2, text[end - 1] == 0xA0 { end -= 2 }
            else if end >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x80, text[end - 1] == 0xAF { end -= 3 }
            else { break }
        }
        return UnsafeBufferPointer(rebasing: text[..<end])
    }

    /// The bytes without leading and trailing spaces and tabs.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end && ASCII.isSpace(bytes[start]) { start += 1 }
        while end > start && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Runs `body` on the UTF-8 bytes of a string.
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { body($0) }
    }
}

import Foundation

/// A self-assessment answered in the terminal (`smartcity assess`): one question at a time, in
/// questionnaire order, every answer saved at once to the answers file (a responses file of
/// one row, written whole and renamed into place), so that stopping, a closed terminal or a
/// crash loses at most the answer being typed. Opening an existing file resumes at its first
/// unanswered question; any answer can be revised.
public final class AssessmentSession {
    /// How a dialogue ended.
    public enum Outcome: Sendable, Equatable {
        /// Every question was offered and the respondent asked for the report.
        case finished
        /// The respondent stopped (`q`) or the input ended; the answers are saved.
        case stopped
        /// The answers could not be saved; the diagnostic says why.
        case failed(Diagnostic)
    }

    public let questionnaire: Questionnaire
    public let answersPath: String
    public private(set) var id: String
    public private(set) var name: String
    private var answers: [Answer]
    private let language: String
    private let words: AssessmentStrings
    private let strings: ReportStrings
    private let decoders: [AnswerDecoder]

    /// Opens the answers file when it exists (its one row is resumed), else `startingFrom` (a
    /// responses file or workbook whose first respondent's answers are taken over), or starts a
    /// new one for `id` and `name` (asked in the dialogue when nil).
    public static func open(questionnaire: Questionnaire, language: String, answersPath: String, startingFrom: String? = nil,
                            id: String?, name: String?) -> Checked<AssessmentSession> {
        var answers = [Answer](repeating: .blank, count: questionnaire.questions.count)
        var foundID = id, foundName = name
        var diagnostics: [Diagnostic] = []
        let readPath = POSIXFile.kind(of: answersPath).exists ? answersPath : startingFrom
        if let readPath {
            let opened = ResponseSource.open(path: readPath, questionnaire: questionnaire, options: ReadingOptions(), hashing: false)
            guard let source = opened.value else { return Checked(nil, opened.diagnostics) }
            diagnostics += opened.diagnostics
            let nameColumn = source.plan.metadataNames.firstIndex { $0.lowercased() == "name" }
            var ids = RespondentIDTable(), rows = 0
            ScoringRun.read(source, engine: ScoringEngine(questionnaire: questionnaire), purpose: .convert, files: [readPath], fileIndex: 0,
                            ids: &ids, report: { diagnostics += $0 }) { piece in
                diagnostics += piece.diagnostics(file: readPath)
                for row in piece.rows {
                    guard case .answers(let rowID, let metadata, let rowAnswers) = row.outcome else { continue }
                    rows += 1
                    if rows == 1 {
                        answers = rowAnswers
                        foundID = foundID ?? rowID
                        foundName = foundName ?? nameColumn.flatMap { $0 < metadata.count ? metadata[$0] : nil }
                    }
                }
            }
            if rows > 1 {
                diagnostics.append(.warning(SourceLocation(file: readPath), "holds \(rows) respondents; the assessment goes on with the first, \(foundID ?? "")"))
            }
            if diagnostics.contains(where: { $0.severity == .error }) { return Checked(nil, diagnostics) }
        }
        let session = AssessmentSession(questionnaire: questionnaire, language: language, answersPath: answersPath,
                                        id: foundID ?? "", name: foundName ?? "", answers: answers)
        return Checked(session, diagnostics)
    }

    private init(questionnaire: Questionnaire, language: String, answersPath: String, id: String, name: String, answers: [Answer]) {
        self.questionnaire = questionnaire
        self.language = language
        self.answersPath = answersPath
        self.id = id
        self.name = name
        self.answers = answers
        words = AssessmentStrings.forLanguage(language) ?? .english
        strings = ReportStrings.forLanguage(language) ?? .english
        decoders = questionnaire.questions.map { AnswerDecoder(question: $0, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:]) }
    }

    /// The answers so far, aligned with the questionnaire's questions.
    public var currentAnswers: [Answer] { answers }

    /// Runs the dialogue from the first unanswered question: `read` gives the next line typed
    /// (nil when the input ends), `write` shows text; lines are wrapped to `width`.
    public func run(width: Int, read: () -> String?, write: (String) -> Void) -> Outcome {
        func show(_ lines: [String]) { write(lines.joined(separator: "\n") + "\n") }
        if id.isEmpty {
            guard let typed = ask(words.askID, read: read, write: write, valid: Self.isValidID) else { return .stopped }
            id = typed
        }
        if name.isEmpty {
            guard let typed = ask(words.askName, read: read, write: write, valid: { !$0.isEmpty }) else { return .stopped }
            name = typed
        }
        // The file exists from the start (answers taken over from a workbook are in it at once).
        if let failure = save() { return .failed(failure) }
        var position = answers.firstIndex { $0 == .blank } ?? questionnaire.questions.count
        show(wrapped(words.commands, width: width))
        while true {
            guard position < questionnaire.questions.count else {
                let unanswered = answers.filter { $0 == .blank }.count
                show(wrapped(unanswered == 0 ? words.allAnswered : words.notAllAnswered(unanswered), width: width))
                write("> ")
                guard let line = read()?.trimmingCharacters(in: .whitespaces) else { return .stopped }
                switch command(line) {
                case .back: position = questionnaire.questions.count - 1
                case .goTo(let target): if let target = index(of: target) { position = target } else { show(["\(words.unknownQuestion): \(target)"]) }
                case .quit: return .stopped
                default: return .finished
                }
                continue
            }
            show(prompt(position).lines(width: width, words: words))
            write("> ")
            guard let line = read()?.trimmingCharacters(in: .whitespaces) else { return .stopped }
            switch command(line) {
            case .help:
                let help = questionnaire.questions[position].help.map { $0.text(in: language, fallback: questionnaire.defaultLanguage) }
                show(wrapped(help ?? words.noHelp, width: width))
            case .back: position = max(0, position - 1)
            case .skip: position += 1
            case .quit: return .stopped
            case .goTo(let target):
                if let target = index(of: target) { position = target } else { show(["\(words.unknownQuestion): \(target)"]) }
            case .keep where answers[position] != .blank: position += 1
            case .keep: show(wrapped(words.commands, width: width))
            case .answer(let text):
                switch answer(text, to: position) {
                case .success(let answer):
                    answers[position] = answer
                    if let failure = save() { return .failed(failure) }
                    position += 1
                case .failure(let problem):
                    show(wrapped("\(words.invalidAnswer): \(problem)", width: width))
                }
            }
        }
    }

    private enum Command {
        case help, back, skip, quit, keep
        case goTo(String)
        case answer(String)
    }

    private func command(_ line: String) -> Command {
        switch line.lowercased() {
        case "?": return .help
        case "b": return .back
        case "s": return .skip
        case "q": return .quit
        case "": return .keep
        default:
            if line.lowercased().hasPrefix("g ") { return .goTo(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)) }
            return .answer(line)
        }
    }

    private func index(of questionID: String) -> Int? {
        questionnaire.questions.firstIndex { $0.id.lowercased() == questionID.lowercased() }
    }

    /// Asks for a line until it is valid; nil when the input ends.
    private func ask(_ question: String, read: () -> String?, write: (String) -> Void, valid: (String) -> Bool) -> String? {
        while true {
            write("\(question): ")
            guard let line = read()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if valid(line) { return line }
        }
    }

    /// An id that makes a valid responses cell and file name.
    public static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The numbered choices of a question (scale points keyed by their value), then its non-answers by code.
    private func choices(_ index: Int) -> [(key: String, label: String, answer: Answer)] {
        let question = questionnaire.questions[index]
        func text(_ localized: LocalizedText) -> String { localized.text(in: language, fallback: questionnaire.defaultLanguage) }
        var list: [(key: String, label: String, answer: Answer)]
        switch question.kind {
        case .likert(let scale, _), .level(let scale):
            list = scale.points.map { (NumberFormat.plain($0.value), text($0.label), .number($0.value)) }
        case .choice(let options):
            list = options.indices.map { (String($0 + 1), text(options[$0].label), .choice($0)) }
        case .multi(let options, _):
            list = options.indices.map { (String($0 + 1), text(options[$0].label), .choices(OptionSelection([$0]))) }
        case .yesNo:
            list = [("1", text(YesNoAnswer.yesLabel), .yesNo(true)), ("2", text(YesNoAnswer.noLabel), .yesNo(false))]
        case .number:
            list = []
        }
        return list + questionnaire.nonAnswers.map { ($0.code, text($0.label), .nonAnswer($0.kind)) }
    }

    private func prompt(_ index: Int) -> AssessmentPrompt {
        let question = questionnaire.questions[index]
        func text(_ localized: LocalizedText) -> String { localized.text(in: language, fallback: questionnaire.defaultLanguage) }
        let group = question.dimensionID.flatMap(questionnaire.dimension).map { text($0.label) }
            ?? questionnaire.sections.first { $0.id == question.sectionID }.map { text($0.label) } ?? ""
        let inGroup = questionnaire.questions.indices.filter { questionnaire.questions[$0].groupID == question.groupID }
        let answered = answers.filter { $0 != .blank }.count
        let instruction: String? = switch question.kind {
        case .multi: words.chooseSeveral
        case .number(let scoring): words.enterNumber + (scoring.unit.map { " (\(text($0)))" } ?? "")
        default: nil
        }
        let current = answers[index] == .blank ? nil : currentText(index)
        return AssessmentPrompt(
            progress: words.progress(index + 1, questionnaire.questions.count, group, (inGroup.firstIndex(of: index) ?? 0) + 1, inGroup.count, answered),
            questionID: question.id, text: text(question.text),
            choices: choices(index).map { AssessmentPrompt.Choice(key: $0.key, label: $0.label) }, instruction: instruction, current: current)
    }

    /// The current answer in words.
    private func currentText(_ index: Int) -> String {
        let question = questionnaire.questions[index]
        switch answers[index] {
        case .choices(let chosen):
            guard case .multi(let options, _) = question.kind else { return "" }
            return options.indices.filter(chosen.contains).map { options[$0].label.text(in: language, fallback: questionnaire.defaultLanguage) }
                .joined(separator: "; ")
        case let answer:
            return choices(index).first { $0.answer == answer }?.label ?? question.canonicalText(of: answer, nonAnswers: questionnaire.nonAnswers)
        }
    }

    /// The answer a typed line gives: a choice's key, several keys for a multi question, or
    /// anything a responses file may hold (codes, values, yes/no words, non-answer codes).
    func answer(_ line: String, to index: Int) -> Swift.Result<Answer, AnswerProblem> {
        let question = questionnaire.questions[index]
        let listed = choices(index)
        if let choice = listed.first(where: { $0.key.lowercased() == line.lowercased() }) { return .success(choice.answer) }
        if case .multi = question.kind {
            let keys = line.split { $0 == "," || $0 == " " || $0 == ";" }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var chosen = OptionSelection()
            let positions = keys.compactMap { key in listed.firstIndex { $0.key == key } }
            if positions.count == keys.count, !keys.isEmpty, positions.allSatisfy({ if case .choices = listed[$0].answer { true } else { false } }) {
                for position in positions { if case .choices(let one) = listed[position].answer { for option in one { chosen.insert(option) } } }
                return .success(.choices(chosen))
            }
        }
        var problem = ""
        let decoded = AnswerDecoder.withBytes(line) { decoders[index].decode($0, problem: { problem = $0 }) }
        switch decoded {
        case .invalid, .blank, .notShown: return .failure(AnswerProblem(message: problem.isEmpty ? line : problem))
        default: return .success(decoded)
        }
    }

    /// Why a typed line is not an answer.
    struct AnswerProblem: Error {
        var message: String
    }

    /// Writes the answers file whole; the problem when it could not be written.
    private func save() -> Diagnostic? {
        let scored = questionnaire.questions
        var writer = CSVWriter()
        writer.row(["id", "name"] + scored.map(\.id))
        writer.row([id, name]
            + scored.indices.map { scored[$0].canonicalText(of: answers[$0], nonAnswers: questionnaire.nonAnswers) })
        let opened = TextOutput.open(path: answersPath, force: true)
        guard let output = opened.value else { return opened.diagnostics.first }
        output.write(writer.text)
        return output.finish().map { failure in
            var diagnostic = failure
            diagnostic.message = "\(words.saveFailed): \(failure.message)"
            return diagnostic
        }
    }
}

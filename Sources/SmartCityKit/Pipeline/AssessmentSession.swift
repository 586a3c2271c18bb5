import Foundation

/// A self-assessment answered in the terminal (`smartcity assess`): one question at a time, in
/// questionnaire order, every answer saved at once to the answers file (a responses file of
/// one row, written whole and renamed into place), so that stopping, a closed terminal or a
/// crash loses at most the answer being typed. Opening an existing file resumes at its first
/// unanswered question; any answer can be revised.
package final class AssessmentSession {
    /// How a dialogue ended.
    package enum Outcome: Sendable, Equatable {
        /// Every question was offered and the respondent asked for the report.
        case finished
        /// The respondent stopped (`q`) or the input ended; the answers are saved.
        case stopped
        /// The answers could not be saved; the diagnostic says why.
        case failed(Diagnostic)
    }

    package let questionnaire: Questionnaire
    package let answersPath: String
    package private(set) var id: String
    package private(set) var name: String
    /// Whether the answers file holds the session's answers (false until something is typed
    /// in a new session, or one that starts from another file).
    package private(set) var isSaved = false
    /// The answers so far, aligned with the questionnaire's questions.
    private(set) var answers: [Answer]
    private let language: String
    private let words: AssessmentStrings
    private let strings: ReportStrings
    private let decoders: [AnswerDecoder]

    /// Opens the answers file when it exists (its one respondent is resumed), else `startingFrom`
    /// (a responses file or workbook whose respondent `id`, or only respondent, is taken over), or
    /// starts a new one for `id` and `name` (asked in the dialogue when nil). An answers file that
    /// holds more than one respondent or columns assess does not write is refused: saving would
    /// lose them. Nothing is written until something is typed.
    package static func open(questionnaire: Questionnaire, language: String, answersPath: String, startingFrom: String? = nil,
                            id: String?, name: String?) -> Checked<AssessmentSession> {
        let messages = AssessmentMessages.forLanguage(language)
        if let refusal = AssessmentPaths.refusalAsAnswersFile(answersPath, messages: messages) { return .failure(refusal) }
        var diagnostics: [Diagnostic] = []
        let answersKind = POSIXFile.kind(of: answersPath)
        if answersKind.isFolder {
            return .failure(.error(SourceLocation(file: answersPath), messages.answersFileIsFolder))
        }
        var resumed: RespondentsFile.Respondent?
        if answersKind.exists {
            let read = RespondentsFile.read(answersPath, questionnaire: questionnaire, choosing: nil, language: language)
            diagnostics += read.diagnostics
            guard let file = read.value else { return Checked(nil, diagnostics) }
            if let refusal = file.refusalToRewrite(messages: messages) { return Checked(nil, diagnostics + [refusal]) }
            resumed = file.chosen
            if let resumed, let id, id != resumed.id {
                return Checked(nil, diagnostics + [.error(SourceLocation(file: answersPath), messages.anotherMunicipality(resumed.id, id))])
            }
        }
        var start = resumed ?? RespondentsFile.Respondent(id: id ?? "", name: nil, answers: [Answer](repeating: .blank, count: questionnaire.questions.count))
        if let startingFrom {
            let read = RespondentsFile.read(startingFrom, questionnaire: questionnaire, choosing: resumed?.id ?? id, language: language)
            diagnostics += read.diagnostics
            guard let file = read.value else { return Checked(nil, diagnostics) }
            if let resumed {
                guard file.chosen != nil else {
                    return Checked(nil, diagnostics + [.error(SourceLocation(file: answersPath), messages.notInStartingFile(resumed.id, startingFrom))])
                }
                diagnostics.append(.note(SourceLocation(file: answersPath), messages.answersFileGoesOn(startingFrom, answersPath)))
            } else {
                guard let chosen = file.chosen else { return Checked(nil, diagnostics + [file.missingRespondent(wanted: id, messages: messages)]) }
                start = chosen
            }
        }
        if let name { start.name = name }
        let session = AssessmentSession(questionnaire: questionnaire, language: language, answersPath: answersPath,
                                        id: start.id, name: start.name ?? "", answers: start.answers)
        session.isSaved = resumed != nil && (name == nil || name == resumed?.name)
        return Checked(session, diagnostics)
    }

    private init(questionnaire: Questionnaire, language: String, answersPath: String, id: String, name: String, answers: [Answer]) {
        self.questionnaire = questionnaire
        self.language = language
        self.answersPath = answersPath
        self.id = id
        self.name = name
        self.answers = answers
        words = AssessmentStrings.forLanguage(language)
        strings = ReportStrings.forLanguage(language)
        decoders = questionnaire.questions.map { AnswerDecoder(question: $0, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:]) }
    }

    /// Runs the dialogue from the first unanswered question: `read` gives the next line typed
    /// (nil when the input ends), `write` shows text; lines are wrapped to `width`.
    package func run(width: Int, read: () -> String?, write: (String) -> Void) -> Outcome {
        func show(_ lines: [String]) { write(lines.joined(separator: "\n") + "\n") }
        if id.isEmpty || name.isEmpty {
            if id.isEmpty {
                guard let typed = ask(words.askID, read: read, write: write, valid: Self.isValidID) else { return .stopped }
                id = typed
            }
            if name.isEmpty {
                guard let typed = ask(words.askName, read: read, write: write, valid: { !$0.isEmpty }) else { return .stopped }
                name = typed
            }
            // Typed, so saved at once (with any answers taken over).
            if let failure = save() { return .failed(failure) }
        }
        // An input that ends saves nothing more: what was typed is saved already.
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
                case .goTo(let target): if let target = index(of: target) { position = target } else { show([unknownQuestion(target, words: words)]) }
                case .quit: return saveIfNeeded() ?? .stopped
                default: return saveIfNeeded() ?? .finished
                }
                continue
            }
            show(prompt(position).lines(width: width, words: words, colon: strings.colon))
            write("> ")
            guard let line = read()?.trimmingCharacters(in: .whitespaces) else { return .stopped }
            switch command(line) {
            case .help:
                let help = questionnaire.questions[position].help.map { $0.text(in: language, fallback: questionnaire.defaultLanguage) }
                show(wrapped(help ?? words.noHelp, width: width))
            case .back: position = max(0, position - 1)
            case .skip: position += 1
            case .quit: return saveIfNeeded() ?? .stopped
            case .goTo(let target):
                if let target = index(of: target) { position = target } else { show([unknownQuestion(target, words: words)]) }
            case .keep where answers[position] != .blank: position += 1
            case .keep: show(wrapped(words.commands, width: width))
            case .answer(let text):
                switch answer(text, to: position) {
                case .success(let answer):
                    answers[position] = answer
                    if let failure = save() { return .failed(failure) }
                    position += 1
                case .failure(let problem):
                    show(wrapped(words.invalidAnswer + strings.colon + problem.text(words), width: width))
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

    /// What `g ID` says about an id no question has, with the question meant when one is close
    /// (`ES4` for `ES04`, `ES014`).
    private func unknownQuestion(_ target: String, words: AssessmentStrings) -> String {
        let ids = questionnaire.questions.map(\.id)
        let meant = QuestionCode.intended(by: target, among: ids) ?? SchemaReader.closest(to: target, in: ids)
        return words.unknownQuestion + strings.colon + target + (meant.map(words.didYouMean) ?? "")
    }

    /// Asks for a line until it is valid; nil when the input ends.
    private func ask(_ question: String, read: () -> String?, write: (String) -> Void, valid: (String) -> Bool) -> String? {
        while true {
            write(question + strings.colon)
            guard let line = read()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if valid(line) { return line }
        }
    }

    /// An id that makes a valid responses cell and file name (not a hidden one, nor `.` or `..`).
    package static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix(".") && text.count <= 64 && text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
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
        let decoded = AnswerDecoder.withBytes(line) { decoders[index].decode($0, problem: { _ in }) }
        switch decoded {
        case .invalid, .blank, .notShown: return .failure(problem(line, question: question, keys: listed.map(\.key)))
        default: return .success(decoded)
        }
    }

    /// Why a line the decoder does not take is not an answer, as a fact the dialogue words in its
    /// language: a number question's answer is no number or out of its range; any other, no choice.
    private func problem(_ line: String, question: Question, keys: [String]) -> AnswerProblem {
        guard case .number(let scoring) = question.kind else { return .notAChoice(typed: line, keys: keys) }
        guard NumberFormat.parse(Substring(line)) != nil else { return .notANumber(typed: line) }
        return .outOfRange(typed: line, minimum: scoring.minimum, maximum: scoring.maximum)
    }

    /// Saves what the answers file does not hold yet (answers taken over, a new name) when the
    /// respondent stops or asks for the report; the failure when it cannot be written.
    private func saveIfNeeded() -> Outcome? {
        guard !isSaved else { return nil }
        return save().map { .failed($0) }
    }

    /// Writes the answers file whole (its folder made when missing); the problem when it could not be written.
    private func save() -> Diagnostic? {
        let folder = FilePath.folder(of: answersPath)
        let file = OutputFileWording.forLanguage(language)
        if folder != "." {
            do {
                try POSIXFile.makeFolder(folder)
            } catch {
                return .error(SourceLocation(file: error.path), words.saveFailed + strings.colon + file.system.message(error) + file.chooseAnother("--answers"))
            }
        }
        let scored = questionnaire.questions
        var writer = CSVWriter()
        writer.row(["id", "name"] + scored.map(\.id))
        writer.row([id, name]
            + scored.indices.map { scored[$0].canonicalText(of: answers[$0], nonAnswers: questionnaire.nonAnswers) })
        let opened = TextOutput.open(path: answersPath, force: true, wording: file)
        guard let output = opened.value else { return opened.diagnostics.first }
        output.write(writer.text)
        let failure = output.finish()
        isSaved = isSaved || failure == nil
        return failure.map { failure in
            var diagnostic = failure
            diagnostic.message = words.saveFailed + strings.colon + failure.message
            return diagnostic
        }
    }
}

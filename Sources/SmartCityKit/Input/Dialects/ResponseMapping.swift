import Foundation

/// What an export column becomes in our canonical responses.
package enum ColumnTarget: Sendable, Equatable, CustomStringConvertible {
    /// The respondent id.
    case id
    /// Kept as metadata, under the column's name.
    case metadata
    /// The answer to a question (one cell).
    case question(String)
    /// One option of a multi question (chosen or not).
    case option(question: String, code: String)
    /// Left out on purpose (free-text "other" fields, tool bookkeeping).
    case ignore

    /// How the target is written in a mapping file: `id`, `metadata`, `ignore`, `Q1`, `Q12[opt]`.
    package var description: String {
        switch self {
        case .id: return "id"
        case .metadata: return "metadata"
        case .ignore: return "ignore"
        case .question(let id): return id
        case .option(let question, let code): return "\(question)[\(code)]"
        }
    }

    /// Reads the mapping-file form.
    init(parsing text: String) {
        switch text {
        case "id": self = .id
        case "metadata": self = .metadata
        case "ignore": self = .ignore
        default:
            if let (question, code) = QuestionCode.splitOptionColumn(text) {
                self = .option(question: question, code: code)
            } else {
                self = .question(text)
            }
        }
    }
}

/// How an export maps to a questionnaire: export column (or question text) -> target, and
/// per question answer label -> option code. Written by `smartcity map`, reviewed by a person,
/// read by `score`, `validate` and `import` with `--map`.
package struct ResponseMapping: Sendable {
    static let supportedFormat = 1
    /// The members a mapping file may have at its top level.
    static let topLevelMembers = ["$schema", "$comment", "format", "questionnaire", "from", "columns", "answers", "nonAnswers", "review", "unmapped"]

    package var questionnaireID: String?
    var dialect: SurveyDialect?
    var columns: [String: ColumnTarget]
    /// Per question id: answer label (as the export writes it) -> option code or scale value.
    package var answers: [String: [String: String]]
    /// Codes the tool writes for "don't know" or "not applicable" in every question (`NVT`).
    var nonAnswers: [String: NonAnswer.Kind]

    init(questionnaireID: String? = nil, dialect: SurveyDialect? = nil, columns: [String: ColumnTarget] = [:],
                answers: [String: [String: String]] = [:], nonAnswers: [String: NonAnswer.Kind] = [:]) {
        self.questionnaireID = questionnaireID
        self.dialect = dialect
        self.columns = columns
        self.answers = answers
        self.nonAnswers = nonAnswers
    }

    /// Loads a mapping file, with located diagnostics for every problem, worded in `wording`.
    package static func load(path: String, wording: MappingWording = .english) -> Checked<ResponseMapping> {
        do throws(SmartCityError) { return load(bytes: try FileInput.readAll(path: path, wording: wording.json.files), path: path, wording: wording) } catch { return Checked(error) }
    }

    /// Loads a mapping from its bytes, as if from `path`.
    package static func load(bytes: [UInt8], path: String, wording: MappingWording = .english) -> Checked<ResponseMapping> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(error.diagnostic(file: path, wording: wording.json))
        }
        let reader = SchemaReader(file: path, wording: wording.schema)
        func report(_ node: JSONNode, _ path: String, _ problem: MappingWording.Problem) {
            reader.report(.error, at: node, path + wording.schema.colon + wording.problem(problem))
        }
        func found(_ node: JSONNode) -> String { wording.schema.type(node.kind) }
        guard let object = reader.object(root, path: "", allowed: topLevelMembers) else {
            return Checked(nil, reader.diagnostics)
        }
        if let formatNode = reader.required(object, "format", .literal("1")), let format = reader.number(formatNode, path: "format"),
            format != Double(supportedFormat)
        {
            report(formatNode, "format", .unsupportedFormat(NumberFormat.plain(format)))
        }
        var mapping = ResponseMapping()
        mapping.questionnaireID = object["questionnaire"].flatMap { reader.string($0, path: "questionnaire") }
        if let fromNode = object["from"], let name = reader.string(fromNode, path: "from") {
            mapping.dialect = SurveyDialect(rawValue: name)
            if mapping.dialect == nil {
                report(fromNode, "from", .unknownTool(name, tools: SurveyDialect.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        if let columnsNode = object["columns"] {
            if case .object(let members) = columnsNode.value {
                for member in members {
                    switch member.value.value {
                    case .string(let target): mapping.columns[member.key] = ColumnTarget(parsing: target)
                    case .null: mapping.columns[member.key] = .ignore
                    default: report(member.value, "columns.\(member.key)", .columnTargetType(found: found(member.value)))
                    }
                }
            } else {
                report(columnsNode, "columns", .columnsType(found: found(columnsNode)))
            }
        }
        if let answersNode = object["answers"] {
            if case .object(let questions) = answersNode.value {
                for question in questions {
                    guard case .object(let labels) = question.value.value else {
                        report(question.value, "answers.\(question.key)", .labelsType(found: found(question.value)))
                        continue
                    }
                    for label in labels {
                        if let code = reader.string(label.value, path: "answers.\(question.key).\(label.key)") {
                            mapping.answers[question.key, default: [:]][label.key] = code
                        }
                    }
                }
            } else {
                report(answersNode, "answers", .answersType(found: found(answersNode)))
            }
        }
        if let nonAnswersNode = object["nonAnswers"] {
            let kinds = NonAnswer.Kind.allCases.map(\.rawValue)
            if case .object(let codes) = nonAnswersNode.value {
                for code in codes {
                    guard let name = reader.string(code.value, path: "nonAnswers.\(code.key)") else { continue }
                    guard let kind = NonAnswer.Kind(rawValue: name) else {
                        report(code.value, "nonAnswers.\(code.key)", .unknownNonAnswerKind(name, kinds: kinds))
                        continue
                    }
                    mapping.nonAnswers[code.key] = kind
                }
            } else {
                report(nonAnswersNode, "nonAnswers", .nonAnswersType(kinds: kinds, found: found(nonAnswersNode)))
            }
        }
        let failed = reader.diagnostics.contains { $0.severity == .error }
        return Checked(failed ? nil : mapping, reader.diagnostics)
    }

    /// Checks that every target names a question and option of the questionnaire (said in `wording`).
    package func diagnostics(against questionnaire: Questionnaire, file: String, wording: MappingWording = .english) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let location = SourceLocation(file: file)
        func column(_ name: String, _ problem: MappingWording.Problem) -> Diagnostic {
            .error(location, "columns.\(name)" + wording.schema.colon + wording.problem(problem))
        }
        if let id = questionnaireID, id != questionnaire.id {
            diagnostics.append(.warning(location, wording.problem(.otherQuestionnaire(id, questionnaire.id))))
        }
        for (name, target) in columns.sorted(by: { $0.key < $1.key }) {
            switch target {
            case .question(let id) where !questionnaire.questions.contains { $0.id == id }:
                diagnostics.append(column(name, .notAQuestion(id, questionnaire: questionnaire.id)))
            case .option(let id, let code):
                guard let question = questionnaire.questions.first(where: { $0.id == id }) else {
                    diagnostics.append(column(name, .notAQuestion(id, questionnaire: questionnaire.id)))
                    continue
                }
                guard case .multi(let options, _) = question.kind,
                    options.contains(where: { $0.code == code }) || questionnaire.nonAnswers.contains(where: { $0.code == code })
                else {
                    diagnostics.append(column(name, .notAnOption(code, question: id)))
                    continue
                }
            default: break
            }
        }
        return diagnostics
    }
}

/// Text compared the way people mean it: case, accents, spacing and closing punctuation ignored.
enum LabelText {
    static func normalise(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words = folded.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, "?:.!…*".contains(last) { words.removeLast() }
        return words.trimmingSpaces
    }
}

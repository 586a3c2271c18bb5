import Foundation
@testable import SmartCityKit

/// The same answers exported the way each supported survey tool writes them, for the tests
/// that draft a mapping with `map`, use it unedited and compare the scores with the originals.
/// English texts; question ids are the tools' question codes only where the tool lets the
/// author name them (LimeSurvey, Kobo/ODK); Qualtrics numbers its questions Q1, Q2, ...
/// Questions whose text is "Row: common stem" are written as a matrix/grid row where the tool
/// has matrices (Qualtrics `Q1_1` "Stem - Row", Google Forms "Stem [Row]", SurveyMonkey's
/// spanning stem). Multi questions get one column per option plus one per non-answer where the
/// tool writes them so, and an "other" free-text column.
struct ToolExports {
    enum Tool: String, CaseIterable {
        case limeSurveyCodes, limeSurveyTexts, qualtricsText, qualtricsNumeric, kobo, odk, googleForms, surveyMonkey
    }

    let questionnaire: Questionnaire
    let ids: [String]
    let answers: [[Answer]]

    /// The export's text.
    func export(_ tool: Tool) -> String {
        switch tool {
        case .limeSurveyCodes: return limeSurvey(texts: false)
        case .limeSurveyTexts: return limeSurvey(texts: true)
        case .qualtricsText: return qualtrics(numeric: false)
        case .qualtricsNumeric: return qualtrics(numeric: true)
        case .kobo: return xlsForm(odk: false)
        case .odk: return xlsForm(odk: true)
        case .googleForms: return googleForms()
        case .surveyMonkey: return surveyMonkey()
        }
    }

    // MARK: - Texts

    private func english(_ text: LocalizedText) -> String { text.translations["en"] ?? text.translations.values.first ?? "" }
    private func text(_ question: Question) -> String { english(question.text) }

    /// A question text "Row: stem" split into the matrix's stem and row.
    private func matrixRow(_ question: Question) -> (stem: String, row: String)? {
        guard case .multi = question.kind else {
            let text = text(question)
            guard let colon = text.range(of: ": ") else { return nil }
            let stem = String(text[colon.upperBound...])
            return (stem.prefix(1).uppercased() + stem.dropFirst(), String(text[..<colon.lowerBound]))
        }
        return nil
    }

    private func multiOptions(_ question: Question) -> [Option] {
        if case .multi(let options, _) = question.kind { return options }
        return []
    }

    /// The answer as its label (scale point, option, Yes/No, the tool's non-answer words).
    private func label(_ answer: Answer, of question: Question, nonAnswerWords: [NonAnswer.Kind: String], join: String = ", ") -> String {
        switch answer {
        case .blank, .notShown, .invalid: return ""
        case .nonAnswer(let kind): return nonAnswerWords[kind]!
        case .yesNo(let yes): return yes ? "Yes" : "No"
        case .choice(let index):
            if case .choice(let options) = question.kind { return english(options[index].label) }
            return ""
        case .choices(let chosen): return multiOptions(question).indices.filter { chosen.contains($0) }.map { english(multiOptions(question)[$0].label) }.joined(separator: join)
        case .number(let value):
            switch question.kind {
            case .likert(let scale, _), .level(let scale): return english(scale.points.first { $0.value == value }!.label)
            default: return NumberFormat.plain(value)
            }
        }
    }

    /// The 1-based position of a scale point or option, then the non-answers (Qualtrics' numeric values, LimeSurvey's A1...).
    private func position(_ answer: Answer, of question: Question) -> Int? {
        let count: Int
        switch question.kind {
        case .likert(let scale, _), .level(let scale): count = scale.points.count
        case .choice(let options): count = options.count
        case .yesNo: count = 2
        default: return nil
        }
        switch answer {
        case .number(let value):
            if case .likert(let scale, _) = question.kind { return scale.points.sorted { $0.value < $1.value }.firstIndex { $0.value == value }! + 1 }
            if case .level(let scale) = question.kind { return scale.points.sorted { $0.value < $1.value }.firstIndex { $0.value == value }! + 1 }
            return nil
        case .choice(let index): return index + 1
        case .yesNo(let yes): return yes ? 1 : 2
        case .nonAnswer(let kind): return count + 1 + questionnaire.nonAnswers.firstIndex { $0.kind == kind }!
        default: return nil
        }
    }

    /// The multi answer's mark per option then per non-answer: chosen or not.
    private func marks(_ answer: Answer, of question: Question) -> [Bool]? {
        let options = multiOptions(question)
        guard !options.isEmpty else { return nil }
        switch answer {
        case .choices(let chosen): return options.indices.map { chosen.contains($0) } + questionnaire.nonAnswers.map { _ in false }
        case .nonAnswer(let kind): return options.map { _ in false } + questionnaire.nonAnswers.map { $0.kind == kind }
        default: return nil
        }
    }

    private func csv(_ rows: [[String]], delimiter: String = ",", quoteAll: Bool = false) -> String {
        rows.map { row in
            row.map { field in
                quoteAll || field.contains(delimiter) || field.contains("\"") || field.contains("\n")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: "\n") + "\n"
    }

    private var indexed: [(offset: Int, element: Question)] { Array(questionnaire.questions.enumerated()) }

    // MARK: - LimeSurvey

    /// Question codes as headings (`CO01[SQ001]`, the non-answers as subquestions `WN`/`NVT`),
    /// answer codes A1... with WN/NVT, every field quoted; or full question texts and answers.
    private func limeSurvey(texts: Bool) -> String {
        let words: [NonAnswer.Kind: String] = texts ? [.dontKnow: "Don't know", .notApplicable: "N/A"] : [.dontKnow: "WN", .notApplicable: "NVT"]
        var header = texts ? ["Response ID", "Date submitted", "Last page", "Start language"] : ["id", "submitdate", "lastpage", "startlanguage"]
        for question in questionnaire.questions {
            let options = multiOptions(question)
            if options.isEmpty {
                header.append(texts ? text(question) : question.id)
                continue
            }
            let subs = options.indices.map { (texts ? english(options[$0].label) : String(format: "SQ%03d", $0 + 1)) }
                + questionnaire.nonAnswers.map { words[$0.kind]! }
            header += subs.map { texts ? "\(text(question)) [\($0)]" : "\(question.id)[\($0)]" }
            header.append(texts ? "\(text(question)) [Other]" : "\(question.id)[other]")
        }
        var rows = [header]
        for (row, id) in ids.enumerated() {
            var fields = [id, "2026-03-01 10:00:00", "3", "en"]
            for (index, question) in indexed {
                let answer = answers[row][index]
                if let marks = marks(answer, of: question) ?? (multiOptions(question).isEmpty ? nil : marks(.choices(OptionSelection()), of: question)) {
                    fields += marks.map { $0 ? (texts ? "Yes" : "Y") : "" }
                    fields.append("")
                } else if texts {
                    fields.append(label(answer, of: question, nonAnswerWords: words))
                } else if case .yesNo(let yes) = answer {
                    fields.append(yes ? "Y" : "N")
                } else if case .nonAnswer(let kind) = answer {
                    fields.append(words[kind]!)
                } else if case .number(let value) = answer, case .number = question.kind {
                    fields.append(NumberFormat.plain(value))
                } else {
                    fields.append(position(answer, of: question).map { "A\($0)" } ?? "")
                }
            }
            rows.append(fields)
        }
        return csv(rows, quoteAll: true)
    }

    // MARK: - Qualtrics

    /// Three header rows (Q1.. tags, "Text" / "Stem - Row" / "Text - Selected Choice - Option", ImportIds);
    /// multi answers split into columns; choice text or numeric values.
    private func qualtrics(numeric: Bool) -> String {
        let own = ["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId"]
        var tags = own, texts = ["Start Date", "End Date", "Response Type", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID"]
        var imports = ["startDate", "endDate", "status", "progress", "duration", "finished", "recordedDate", "_recordId"].map { "{\"ImportId\":\"\($0)\"}" }
        var number = 0, matrixStem = "", matrixRows = 0
        for question in questionnaire.questions {
            let options = multiOptions(question)
            if let matrix = matrixRow(question) {
                if matrix.stem != matrixStem { number += 1; matrixStem = matrix.stem; matrixRows = 0 }
                matrixRows += 1
                tags.append("Q\(number)_\(matrixRows)"); texts.append("\(matrix.stem) - \(matrix.row)")
                imports.append("{\"ImportId\":\"QID\(number)_\(matrixRows)\"}")
                continue
            }
            number += 1; matrixStem = ""
            if options.isEmpty {
                tags.append("Q\(number)"); texts.append(text(question)); imports.append("{\"ImportId\":\"QID\(number)\"}")
                continue
            }
            let labels = options.map { english($0.label) } + questionnaire.nonAnswers.map { $0.kind == .dontKnow ? "Don't know" : "Not applicable" }
            for (choice, label) in labels.enumerated() {
                tags.append("Q\(number)_\(choice + 1)"); texts.append("\(text(question)) - Selected Choice - \(label)")
                imports.append("{\"ImportId\":\"QID\(number)\",\"choiceId\":\"\(choice + 1)\"}")
            }
            tags.append("Q\(number)_\(labels.count + 1)_TEXT"); texts.append("\(text(question)) - Other - Text")
            imports.append("{\"ImportId\":\"QID\(number)_\(labels.count + 1)_TEXT\"}")
        }
        var rows = [tags, texts, imports]
        let words: [NonAnswer.Kind: String] = [.dontKnow: "Don't know", .notApplicable: "Not applicable"]
        for (row, id) in ids.enumerated() {
            var fields = ["2026-03-01 10:00:00", "2026-03-01 10:20:00", "IP Address", "100", "1200", "True", "2026-03-01 10:20:01", id]
            for (index, question) in indexed {
                let answer = answers[row][index]
                if !multiOptions(question).isEmpty {
                    let labels = multiOptions(question).map { english($0.label) } + questionnaire.nonAnswers.map { words[$0.kind]! }
                    fields += (marks(answer, of: question) ?? labels.map { _ in false }).enumerated().map { $0.element ? (numeric ? "1" : labels[$0.offset]) : "" }
                    fields.append("")
                } else if numeric, let position = position(answer, of: question) {
                    fields.append(String(position))
                } else {
                    fields.append(label(answer, of: question, nonAnswerWords: words))
                }
            }
            rows.append(fields)
        }
        return csv(rows)
    }

    // MARK: - Kobo and ODK

    /// XLSForm choice names as values (scale values, option codes, yes/no, dont_know /
    /// not_applicable, or -99 / -97 in ODK), group paths, select-multiple as space-separated
    /// names (Kobo also one 0/1 column per choice).
    private func xlsForm(odk: Bool) -> String {
        let words: [NonAnswer.Kind: String] = odk ? [.dontKnow: "-99", .notApplicable: "-97"] : [.dontKnow: "dont_know", .notApplicable: "not_applicable"]
        let separator = odk ? "-" : "/"
        func path(_ question: Question) -> String { "grp_\(question.dimensionID ?? question.sectionID ?? "general")\(separator)\(question.id)" }
        var header = odk ? ["SubmissionDate", "start", "end"] : ["start", "end"]
        for question in questionnaire.questions {
            header.append(path(question))
            if !odk, !multiOptions(question).isEmpty {
                header += (multiOptions(question).map(\.code) + questionnaire.nonAnswers.map { words[$0.kind]! }).map { "\(path(question))/\($0)" }
            }
        }
        header += odk ? ["meta-instanceID", "KEY"] : ["_id", "_uuid", "_submission_time", "_index"]
        var rows = [header]
        for (row, id) in ids.enumerated() {
            var fields = odk ? ["Mar 1, 2026 10:21:00 AM", "2026-03-01T10:00:00", "2026-03-01T10:20:00"] : ["2026-03-01T10:00:00", "2026-03-01T10:20:00"]
            for (index, question) in indexed {
                let answer = answers[row][index]
                switch answer {
                case .nonAnswer(let kind): fields.append(words[kind]!)
                case .choices(let chosen): fields.append(multiOptions(question).indices.filter { chosen.contains($0) }.map { multiOptions(question)[$0].code }.joined(separator: " "))
                default: fields.append(question.canonicalText(of: answer, nonAnswers: questionnaire.nonAnswers))
                }
                if !odk, !multiOptions(question).isEmpty {
                    fields += (marks(answer, of: question) ?? []).map { $0 ? "1" : "0" }
                    if marks(answer, of: question) == nil { fields += Array(repeating: "", count: multiOptions(question).count + questionnaire.nonAnswers.count) }
                }
            }
            fields += odk ? ["uuid:\(id)", "uuid:\(id)"] : [String(row + 1), id, "2026-03-01T10:21:00", String(row + 1)]
            rows.append(fields)
        }
        return csv(rows, delimiter: odk ? "," : ";")
    }

    // MARK: - Google Forms

    /// Timestamp, question titles, grids as "Stem [Row]", checkboxes joined by ", ", no id.
    private func googleForms() -> String {
        let words: [NonAnswer.Kind: String] = [.dontKnow: "Don't know", .notApplicable: "N/A"]
        var rows = [["Timestamp"] + questionnaire.questions.map { question in matrixRow(question).map { "\($0.stem) [\($0.row)]" } ?? text(question) }]
        for row in ids.indices {
            rows.append(["2026/03/01 10:20:01 AM CET"] + indexed.map { label(answers[row][$0.offset], of: $0.element, nonAnswerWords: words) })
        }
        return csv(rows)
    }

    // MARK: - SurveyMonkey

    /// Two header rows: the question (spanning its matrix rows or options) and "Response",
    /// the row or the option; a chosen option's label in its cell.
    private func surveyMonkey() -> String {
        let words: [NonAnswer.Kind: String] = [.dontKnow: "Don't know", .notApplicable: "N/A"]
        let own = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"]
        var first = own, second = own.map { _ in "" }
        var stem = ""
        for question in questionnaire.questions {
            if let matrix = matrixRow(question) {
                first.append(matrix.stem == stem ? "" : matrix.stem); second.append(matrix.row); stem = matrix.stem
                continue
            }
            stem = ""
            let options = multiOptions(question)
            if options.isEmpty {
                first.append(text(question)); second.append(question.kind.typeName == "number" ? "Open-Ended Response" : "Response")
                continue
            }
            let labels = options.map { english($0.label) } + questionnaire.nonAnswers.map { words[$0.kind]! } + ["Other (please specify)"]
            first += [text(question)] + labels.dropFirst().map { _ in "" }
            second += labels
        }
        var rows = [first, second]
        for (row, id) in ids.enumerated() {
            var fields = [id, "9", "03/01/2026 10:00:00 AM", "03/01/2026 10:20:00 AM", "1.2.3.4", "", "", "", ""]
            for (index, question) in indexed {
                let answer = answers[row][index]
                if !multiOptions(question).isEmpty {
                    let labels = multiOptions(question).map { english($0.label) } + questionnaire.nonAnswers.map { words[$0.kind]! }
                    fields += (marks(answer, of: question) ?? labels.map { _ in false }).enumerated().map { $0.element ? labels[$0.offset] : "" }
                    fields.append("")
                } else {
                    fields.append(label(answer, of: question, nonAnswerWords: words))
                }
            }
            rows.append(fields)
        }
        return csv(rows)
    }
}

/// `scores.json`: the content of the CSV files and the summary, for programs. Keys are
/// ids; numbers have four decimals; missing scores are `null`.
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    static let file = "scores.json"

    /// The opening of `scores.json`, up to its respondents.
    public func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let questionnaire = summary.questionnaire
        let head: [(String, JSONValue)] = [
            ("generator", .string("smartcity \(version)")),
            ("questionnaire", .object([
                ("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                ("file", .string(summary.questionnaireFile.name)), ("sha256", .string(summary.questionnaireFile.sha256)),
            ])),
            ("responses", .array(summary.responseFiles.map { .object([("file", .string($0.name)), ("sha256", .string($0.sha256))]) })),
            ("language", .string(summary.language)),
        ]
        var text = "{\n"
        for (key, value) in head {
            text += "  "
            JSONValue.quote(key, into: &text)
            text += ": "
            value.write(into: &text, indent: "  ")
            text += ",\n"
        }
        try output.append(text + "  \"respondents\": [", to: Self.file)
    }

    /// One element of the respondents array.
    public func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        var text = ranked.sequence == 0 ? "\n    " : ",\n    "
        respondent(ranked, summary).write(into: &text, indent: "    ")
        try output.append(text, to: Self.file)
    }

    /// The close of the respondents array, the rows left out and the cohort summary.
    public func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let questionnaire = summary.questionnaire
        let excluded = summary.excluded.map { entry -> JSONValue in
            .object([("file", .string(entry.file)), ("row", .integer(entry.row.row)), ("id", .optionalString(entry.row.respondentID)),
                     ("reason", .string(ReportStrings.english.reasonText(entry.row.reason)))])
        }
        let bands = summary.bandCounts.map { count -> JSONValue in
            .object([("id", .string(count.bandID)), ("count", .integer(count.count)), ("share", .number(count.share)),
                     ("referenceShare", .number(count.referenceShare))])
        }
        let statistics = zip(questionnaire.dimensions, summary.dimensionStatistics).map { dimension, statistics in
            Self.statistics(dimension.id, statistics)
        } + [Self.statistics("total", summary.totalStatistics)]
        let tail: [(String, JSONValue)] = [
            ("excluded", .array(excluded)),
            ("summary", .object([
                ("types", .array(bands)), ("statistics", .array(statistics)),
                ("descriptive", .array(summary.descriptiveSummaries.map { Self.descriptive($0, questionnaire) })),
            ])),
        ]
        var text = summary.respondentCount == 0 ? "]" : "\n  ]"
        for (key, value) in tail {
            text += ",\n  "
            JSONValue.quote(key, into: &text)
            text += ": "
            value.write(into: &text, indent: "  ")
        }
        try output.append(text + "\n}\n", to: Self.file)
    }

    private func respondent(_ ranked: RankedRespondent, _ report: CohortSummary) -> JSONValue {
        let questionnaire = report.questionnaire
        let respondent = ranked.respondent
        let score = respondent.score
        let metadata = JSONValue.object(zip(report.metadataNames, respondent.metadata).map { ($0, .string($1)) })
        let dimensions = score.dimensions.map { result -> JSONValue in
            .object([
                ("id", .string(result.dimensionID)), ("score", .number(result.score)), ("band", .optionalString(result.bandID)),
                ("coverage", .number(result.coverage)), ("answered", .integer(result.answered)),
                ("questions", .integer(result.questions)), ("level", result.level.map(JSONValue.decimal) ?? .null),
                ("factors", .array(result.factors.map { factor in
                    .object([("id", .string(factor.factorID)), ("score", .number(factor.score)),
                             ("answered", .integer(factor.answered)), ("questions", .integer(factor.questions))])
                })),
            ])
        }
        var missing: [(String, JSONValue)] = []
        for status in ItemStatus.allCases where status != .scored {
            let ids = questionnaire.questions.indices.filter { score.itemStatuses[$0] == status }.map { JSONValue.string(questionnaire.questions[$0].id) }
            if !ids.isEmpty { missing.append((status.rawValue, .array(ids))) }
        }
        return .object([
            ("id", .string(respondent.id)), ("metadata", metadata), ("rank", ranked.summary.rank.map(JSONValue.integer) ?? .null),
            ("total", .number(score.total)), ("type", .optionalString(score.bandID)), ("coverage", .number(score.coverage)),
            ("renormalised", .bool(score.isRenormalised)), ("dimensions", .array(dimensions)), ("missing", .object(missing)),
            ("answers", .object(zip(questionnaire.descriptiveQuestionIndices, respondent.descriptiveAnswers).map { index, answer in
                (questionnaire.questions[index].id, Self.value(of: answer))
            })),
            ("source", .object([("file", .string(respondent.file)), ("row", .integer(respondent.row))])),
        ])
    }

    /// A descriptive answer as JSON: a number, a code, a list of codes, a boolean, the kind of
    /// non-answer, or null.
    private static func value(of answer: Answer) -> JSONValue {
        switch answer {
        case .blank, .invalid: return .null
        case .notShown: return .string(ItemStatus.notShown.rawValue)
        case .nonAnswer(let kind): return .string(kind.rawValue)
        case .number(let value): return .decimal(value)
        case .choice(let code): return .string(code)
        case .choices(let codes): return .array(codes.sorted().map(JSONValue.string))
        case .yesNo(let yes): return .bool(yes)
        }
    }

    private static func descriptive(_ summary: DescriptiveSummary, _ questionnaire: Questionnaire) -> JSONValue {
        let question = questionnaire.questions[summary.questionIndex]
        var members: [(String, JSONValue)] = [
            ("question", .string(question.id)), ("group", .string(question.groupID)),
            ("answered", .integer(summary.answered)), ("nonAnswers", .integer(summary.nonAnswers)),
            ("counts", .array(summary.counts.map { .object([("answer", .string($0.code)), ("count", .integer($0.count)), ("share", .decimal($0.share))]) })),
        ]
        if let statistics = summary.statistics {
            members.append(("statistics", Self.statistics(question.id, statistics)))
        }
        return .object(members)
    }

    private static func statistics(_ id: String, _ statistics: Descriptive?) -> JSONValue {
        .object([
            ("id", .string(id)), ("count", .integer(statistics?.count ?? 0)), ("mean", .number(statistics?.mean)),
            ("median", .number(statistics?.median)), ("min", .number(statistics?.minimum)), ("max", .number(statistics?.maximum)),
            ("sd", .number(statistics?.standardDeviation)),
        ])
    }
}

/// A JSON value to write, with object members kept in order. Kept next to the renderer
/// that needs its escaping.
indirect enum JSONValue {
    case null
    case bool(Bool)
    /// A number written with four decimals.
    case decimal(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.decimal) ?? .null }
    static func optionalString(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation.
    func rendered() -> String {
        var output = ""
        write(into: &output, indent: "")
        return output
    }

    /// Appends the pretty-printed value; one buffer for the whole document keeps large
    /// cohorts from building a string per nested value.
    func write(into output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .decimal(let value): output += ReportNumbers.precise(value)
        case .integer(let value): output += String(value)
        case .string(let text): Self.quote(text, into: &output)
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                element.write(into: &output, indent: inner)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner
                Self.quote(key, into: &output)
                output += ": "
                value.write(into: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        // Most texts need no escape: append them whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

/// JSON text for output written in parts (such as `smartcity import --format json`).
public enum JSONText {
    /// A JSON object of string members on one line.
    public static func objectLine(_ members: [(String, String)]) -> String {
        var output = "{"
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output += ", " }
            JSONValue.quote(key, into: &output)
            output += ": "
            JSONValue.quote(value, into: &output)
        }
        return output + "}"
    }
}

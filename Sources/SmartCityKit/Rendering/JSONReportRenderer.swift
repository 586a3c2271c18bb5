/// `scores.json`: the content of the CSV files and the summary, for programs. Keys are
/// ids; numbers have four decimals; missing scores are `null`.
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: CohortReport, strings: ReportStrings) -> [RenderedFile] {
        [RenderedFile(relativePath: "scores.json", contents: document(report).rendered() + "\n")]
    }

    func document(_ report: CohortReport) -> JSONValue {
        let questionnaire = report.questionnaire
        let respondents = report.respondents.enumerated().map { index, respondent -> JSONValue in
            let score = respondent.score
            let metadata = JSONValue.object(zip(report.metadataNames, respondent.metadata).map { ($0, .string($1)) })
            let dimensions = score.dimensions.map { result -> JSONValue in
                .object([
                    ("id", .string(result.dimensionID)), ("score", .number(result.score)), ("band", .optionalString(result.bandID)),
                    ("coverage", .number(result.coverage)), ("answered", .integer(result.answered)),
                    ("questions", .integer(result.questions)),
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
                ("id", .string(respondent.id)), ("metadata", metadata), ("rank", report.ranks[index].map(JSONValue.integer) ?? .null),
                ("total", .number(score.total)), ("type", .optionalString(score.bandID)), ("coverage", .number(score.coverage)),
                ("renormalised", .bool(score.isRenormalised)), ("dimensions", .array(dimensions)), ("missing", .object(missing)),
                ("source", .object([("file", .string(respondent.file)), ("row", .integer(respondent.row))])),
            ])
        }
        let excluded = report.excluded.map { entry -> JSONValue in
            .object([("file", .string(entry.file)), ("row", .integer(entry.row.row)), ("id", .optionalString(entry.row.respondentID)),
                     ("reason", .string(ReportStrings.english.reasonText(entry.row.reason)))])
        }
        let bands = report.bandCounts.map { count -> JSONValue in
            .object([("id", .string(count.bandID)), ("count", .integer(count.count)), ("share", .number(count.share)),
                     ("referenceShare", .number(count.referenceShare))])
        }
        let statistics = zip(questionnaire.dimensions, report.dimensionStatistics).map { dimension, statistics in
            Self.statistics(dimension.id, statistics)
        } + [Self.statistics("total", report.totalStatistics)]
        return .object([
            ("generator", .string("smartcity \(version)")),
            ("questionnaire", .object([
                ("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                ("file", .string(report.questionnaireFile.name)), ("sha256", .string(report.questionnaireFile.sha256)),
            ])),
            ("responses", .array(report.responseFiles.map { .object([("file", .string($0.name)), ("sha256", .string($0.sha256))]) })),
            ("language", .string(report.language)),
            ("respondents", .array(respondents)),
            ("excluded", .array(excluded)),
            ("summary", .object([("types", .array(bands)), ("statistics", .array(statistics))])),
        ])
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
    func rendered(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .decimal(let value): return ReportNumbers.precise(value)
        case .integer(let value): return String(value)
        case .string(let text): return Self.quote(text)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            return "[\n" + elements.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + Self.quote($0.0) + ": " + $0.1.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// `scores.json`: the content of the CSV files and the summary, for programs. Keys are
/// ids; numbers have four decimals; missing scores are `null`.
struct JSONReportRenderer: ReportRenderer {
    init() {}

    static let file = "scores.json"

    /// The opening of `scores.json`, up to its respondents.
    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
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
    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        var text = ranked.sequence == 0 ? "\n    " : ",\n    "
        respondent(ranked, summary).write(into: &text, indent: "    ")
        var bytes = ByteBuffer()
        bytes.append(text)
        parts.append(bytes, to: Self.file)
    }

    /// The close of the respondents array, the rows left out and the cohort summary.
    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let questionnaire = summary.questionnaire
        let excluded = summary.excluded.map { entry -> JSONValue in
            .object([("file", .string(entry.file)), ("row", .integer(entry.row.row)), ("id", .optionalString(entry.row.respondentID)),
                     ("reason", .string(ReportStrings.english.reasonText(entry.row.reason)))])
        }
        let bands = summary.bandCounts.map { count -> JSONValue in
            .object([("id", .string(count.bandID)), ("count", .integer(count.count)), ("share", .exact(count.exactShare)),
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
            ] + Self.municipalities(summary))),
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
                ("id", .string(result.dimensionID)), ("score", .number(result.exactScore)), ("band", .optionalString(result.bandID)),
                ("coverage", .number(result.exactCoverage)), ("answered", .integer(result.answered)),
                ("questions", .integer(result.questions)), ("level", result.level.map(JSONValue.decimal) ?? .null),
                ("factors", .array(result.factors.map { factor in
                    .object([("id", .string(factor.factorID)), ("score", .number(factor.exactScore)),
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
            ("id", .string(respondent.id)), ("metadata", metadata), ("rank", ranked.rank.map(JSONValue.integer) ?? .null),
            ("incomplete", respondent.incomplete.map { .string(ReportStrings.english.incompleteReason($0)) } ?? .null),
            ("total", .number(score.exactTotal)), ("type", .optionalString(score.bandID)), ("coverage", .number(score.exactCoverage)),
            ("renormalised", .bool(score.isRenormalised)), ("dimensions", .array(dimensions)), ("missing", .object(missing)),
            ("answers", .object(zip(questionnaire.descriptiveQuestionIndices, respondent.descriptiveAnswers).map { index, answer in
                (questionnaire.questions[index].id, Self.value(of: answer, to: questionnaire.questions[index]))
            })),
            ("source", .object([("file", .string(respondent.file)), ("row", .integer(respondent.row))])),
        ] + Self.municipalityMembers(of: respondent.id, report))
    }

    /// A descriptive answer as JSON: a number, a code, a list of codes, a boolean, the kind of
    /// non-answer, or null.
    private static func value(of answer: Answer, to question: Question) -> JSONValue {
        switch answer {
        case .blank, .invalid: return .null
        case .notShown: return .string(ItemStatus.notShown.rawValue)
        case .nonAnswer(let kind): return .string(kind.rawValue)
        case .number(let value): return .decimal(value)
        case .choice(let option): return .string(question.optionCode(at: option))
        case .choices(let options): return .array(options.map { .string(question.optionCode(at: $0)) })
        case .yesNo(let yes): return .bool(yes)
        }
    }

    private static func descriptive(_ summary: DescriptiveSummary, _ questionnaire: Questionnaire) -> JSONValue {
        let question = questionnaire.questions[summary.questionIndex]
        var members: [(String, JSONValue)] = [
            ("question", .string(question.id)), ("group", .string(question.groupID)),
            ("answered", .integer(summary.answered)), ("nonAnswers", .integer(summary.nonAnswers)),
            ("counts", .array(summary.counts.map { .object([("answer", .string($0.code)), ("count", .integer($0.count)), ("share", .exact($0.exactShare))]) })),
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
            ("sd", .number(statistics?.standardDeviation)), ("q1", .number(statistics?.firstQuartile)), ("q3", .number(statistics?.thirdQuartile)),
        ])
    }
}

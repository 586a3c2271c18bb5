/// `statistics.json`: everything the statistics CSV files hold, in one document, numbers with
/// every digit a `Double` holds.
struct StatisticsJSONRenderer {
    static let file = "statistics.json"

    package func render(_ result: StatisticsResult) -> String {
        let statistics = result.statistics, summary = result.summary
        let questionnaire = summary.questionnaire
        let bands = questionnaire.bands.bands
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.precise) ?? .null }
        func group(_ index: Int?) -> JSONValue { .optionalString(index.map { statistics.groupLabels[$0] }) }
        func measureID(_ measure: ResearchStatistics.Measure) -> String {
            switch measure {
            case .dimension(let index): questionnaire.dimensions[index].id
            case .total: "total"
            }
        }
        let measures = statistics.measures.map { entry -> JSONValue in
            var members: [(String, JSONValue)] = [("group", group(entry.group)), ("measure", .string(measureID(entry.measure)))]
            if let value = entry.summary {
                let d = value.descriptive
                members += [("n", .integer(d.count)), ("mean", number(d.mean)), ("sd", number(d.standardDeviation)),
                            ("se", number(value.standardError)),
                            ("ci", value.confidenceInterval.map { .array([number($0.low), number($0.high)]) } ?? .null),
                            ("min", number(d.minimum)), ("q1", number(d.firstQuartile)), ("median", number(d.median)),
                            ("q3", number(d.thirdQuartile)), ("max", number(d.maximum)),
                            ("floorShare", number(value.floorShare)), ("ceilingShare", number(value.ceilingShare))]
            } else {
                members.append(("n", .integer(0)))
            }
            return .object(members)
        }
        let types = statistics.types.map { distribution -> JSONValue in
            let test: JSONValue = distribution.test.map { test in
                .object([("statistic", number(test.statistic)), ("df", .integer(test.degreesOfFreedom)), ("pValue", number(test.pValue)),
                         ("classes", .array(test.classes.map { range in .array(range.map { .string(bands[$0].id) }) })),
                         ("expected", .array(test.expected.map(number))), ("observed", .array(test.observed.map(JSONValue.integer)))])
            } ?? .null
            let untested: JSONValue = distribution.untested.map { .string($0 == .noReferenceShares ? "no-reference-shares" : "too-few-respondents") } ?? .null
            return .object([("group", group(distribution.group)),
                            ("counts", .object(zip(bands, distribution.counts).map { ($0.id, .integer($1)) })),
                            ("withoutType", .integer(distribution.withoutType)), ("test", test), ("untested", untested)])
        }
        let reliability = statistics.reliability.map { entry -> JSONValue in
            .object([
                ("dimension", .string(questionnaire.dimensions[entry.dimension].id)), ("respondents", .integer(entry.respondents)),
                ("alpha", number(entry.alpha)), ("alphaStandardised", number(entry.standardisedAlpha)),
                ("ci", entry.confidenceInterval.map { .array([number($0.low), number($0.high)]) } ?? .null),
                ("lowAlpha", .bool(entry.isLow)),
                ("items", .array(entry.items.indices.map { position in
                    .object([("question", .string(questionnaire.questions[entry.items[position]].id)),
                             ("itemTotalCorrelation", number(entry.itemTotalCorrelations[position])),
                             ("alphaIfDeleted", number(entry.alphaIfDeleted[position]))])
                })),
            ])
        }
        func matrix(_ values: [[ResearchStatistics.Correlation]]) -> JSONValue {
            .object(zip(questionnaire.dimensions, values).map { dimension, row in
                (dimension.id, .object(zip(questionnaire.dimensions, row).map { ($0.id, .object([("r", number($1.r)), ("n", .integer($1.n))])) }))
            })
        }
        let items = statistics.items.map { item -> JSONValue in
            let question = questionnaire.questions[item.question]
            return .object([
                ("question", .string(question.id)), ("dimension", .optionalString(question.dimensionID)),
                ("statuses", .object(ItemStatus.allCases.map { ($0.rawValue, .integer(item.count($0))) })),
                ("meanItemScore", number(item.meanItemScore)),
                ("answers", .object(item.answers.map { ($0.code, .integer($0.count)) })),
            ])
        }
        let document = JSONValue.object([
            ("questionnaire", .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                                       ("sha256", .string(summary.questionnaireFile.sha256))])),
            ("responseFiles", .array(summary.responseFiles.map { .object([("name", .string($0.name)), ("sha256", .string($0.sha256))]) })),
            ("respondents", .integer(statistics.respondentCount)),
            ("groupBy", .optionalString(result.grouping.map { $0.columns.joined(separator: " / ") })),
            ("groups", .array(statistics.groupLabels.map(JSONValue.string))),
            ("quantileMethod", .string("type 7 (R default, pandas linear)")),
            ("measures", .array(measures)), ("types", .array(types)), ("reliability", .array(reliability)),
            ("correlations", .object([("pearson", matrix(statistics.pearson)), ("spearman", matrix(statistics.spearman))])),
            ("items", .array(items)),
        ] + (statistics.municipalities.map { [("municipalities", MunicipalityStatisticsJSONRenderer().value($0, questionnaire: questionnaire))] } ?? []))
        return document.rendered() + "\n"
    }
}

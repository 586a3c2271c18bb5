extension JSONReportRenderer {
    /// With `score --municipality-column`, a municipality's `respondents`: their number and, per
    /// measure (the dimensions, then `total`), their number, mean, SD (n − 1), lowest and highest
    /// score; nothing otherwise.
    static func municipalityMembers(of id: String, _ report: CohortSummary) -> [(String, JSONValue)] {
        guard let members = report.municipalityScores?.members(of: id) else { return [] }
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.precise) ?? .null }
        let measures = report.questionnaire.dimensions.enumerated().map { ($1.id, members.spreads[$0 + 1]) } + [("total", members.spreads[0])]
        return [("respondents", .object([
            ("count", .integer(members.respondents)),
            ("measures", .object(measures.map { id, moments in
                let scored = moments.count > 0
                return (id, .object([("n", .integer(moments.count)), ("mean", scored ? number(moments.mean) : .null),
                                     ("sd", number(moments.standardDeviation)), ("min", scored ? number(moments.minimum) : .null),
                                     ("max", scored ? number(moments.maximum) : .null)]))
            })),
        ]))]
    }

    /// With `score --municipality-column`, the summary's `municipalities` as `statistics.json` has
    /// them (the agreement between respondents, each municipality's moments) and the incomplete
    /// respondents left out of the means; nothing otherwise.
    static func municipalities(_ summary: CohortSummary) -> [(String, JSONValue)] {
        guard let scores = summary.municipalityScores else { return [] }
        return [("municipalities", MunicipalityStatisticsJSONRenderer().value(scores.statistics, questionnaire: summary.questionnaire)),
                ("incompleteRespondents", .integer(scores.incompleteRespondents))]
    }
}

/// The statistics of several respondents per municipality as the `municipalities` member of
/// `statistics.json`: the column, the agreement per measure and each municipality's moments.
struct MunicipalityStatisticsJSONRenderer {
    /// The member's value; numbers with every digit a `Double` holds, null where undefined.
    func value(_ statistics: MunicipalityStatistics, questionnaire: Questionnaire) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.precise) ?? .null }
        func interval(_ value: (low: Double, high: Double)?) -> JSONValue { value.map { .array([number($0.low), number($0.high)]) } ?? .null }
        let measureIDs = statistics.agreement.map { MunicipalityStatisticsCSVRenderer.measureID($0.measure, in: questionnaire) }
        return .object([
            ("column", .string(statistics.column)),
            ("rule", .string("mean of the respondents' scores")),
            ("withoutMunicipality", .integer(statistics.withoutMunicipality)),
            ("agreement", .object(zip(measureIDs, statistics.agreement).map { id, entry in
                (id, .object([
                    ("municipalities", .integer(entry.municipalities)), ("respondents", .integer(entry.respondents)),
                    ("groupSize", number(entry.groupSize)), ("balanced", .bool(entry.isBalanced)),
                    ("msBetween", number(entry.meanSquareBetween)), ("msWithin", number(entry.meanSquareWithin)), ("f", number(entry.f)),
                    ("df", .array([.integer(entry.degreesOfFreedom.between), .integer(entry.degreesOfFreedom.within)])),
                    ("pValue", number(entry.pValue)), ("icc1", number(entry.icc1)), ("icc1Ci", interval(entry.icc1Interval)),
                    ("icc1k", number(entry.icc1k)), ("icc1kCi", interval(entry.icc1kInterval)),
                ]))
            })),
            ("municipalities", .array(statistics.municipalities.map { municipality in
                .object([
                    ("municipality", .string(municipality.label)), ("respondents", .integer(municipality.respondents)),
                    ("measures", .object(zip(measureIDs, municipality.measures).map { id, moments in
                        let scored = moments.count > 0
                        return (id, .object([("n", .integer(moments.count)), ("mean", scored ? number(moments.mean) : .null),
                                             ("sd", number(moments.standardDeviation)), ("min", scored ? number(moments.minimum) : .null),
                                             ("max", scored ? number(moments.maximum) : .null)]))
                    })),
                ])
            })),
        ])
    }
}

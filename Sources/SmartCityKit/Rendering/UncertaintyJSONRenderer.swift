/// `uncertainty.json`: the settings, the cohort's stable share, every municipality's row and the
/// sensitivity indices, numbers with every digit a `Double` holds.
struct UncertaintyJSONRenderer {
    static let file = "uncertainty.json"

    func render(_ analysis: UncertaintyAnalysis) -> String {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.precise) ?? .null }
        func integer(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }
        func interval(_ range: ClosedRange<Double>?) -> JSONValue { range.map { .array([number($0.lowerBound), number($0.upperBound)]) } ?? .null }
        let settings = analysis.settings
        let rows = analysis.rows.map { row -> JSONValue in
            .object([("id", .string(row.id)), ("name", .string(row.name)), ("type", .string(analysis.bandIDs[row.nominalBand])),
                     ("total", .exact(row.nominalTotal)),
                     ("typeShares", .object(zip(analysis.bandIDs, row.bandShares).map { ($0, number($1)) })),
                     ("nominalShare", number(row.nominalShare)), ("rank", .integer(row.nominalRank)),
                     ("rankP05", integer(row.rankP05)), ("rankMedian", integer(row.rankMedian)), ("rankP95", integer(row.rankP95)),
                     ("totalP05", number(row.totalP05)), ("totalP95", number(row.totalP95)),
                     ("nearestBoundaryDistance", number(row.nearestBoundaryDistance)), ("unscoredDraws", .integer(row.unscoredDraws))])
        }
        let sensitivity = zip(UncertaintyAnalysis.Output.allCases, analysis.sensitivity).flatMap { output, indices in
            zip(analysis.methods, indices).map { method, index -> JSONValue in
                .object([("input", .string(method.rawValue)), ("output", .string(output.rawValue)),
                         ("firstOrder", number(index?.firstOrder)), ("total", number(index?.total)),
                         ("firstOrderInterval", interval(index?.firstOrderInterval)), ("totalInterval", interval(index?.totalInterval))])
            }
        }
        let document = JSONValue.object([
            ("draws", .integer(analysis.draws)), ("seed", .string(String(settings.seed))),
            ("weightNoise", number(settings.weightNoise)), ("itemWeights", .bool(settings.itemWeights)),
            ("thresholdNoise", number(settings.thresholdNoise)), ("methods", .array(analysis.methods.map { .string($0.rawValue) })),
            ("sensitivitySamples", .integer(settings.sensitivitySamples)), ("bootstrapResamples", .integer(settings.bootstrapResamples)),
            ("stableShareThreshold", number(UncertaintyAnalysis.stableShare)), ("stableCohortShare", number(analysis.stableCohortShare)),
            ("municipalities", .array(rows)), ("sensitivity", .array(sensitivity)),
        ])
        return document.rendered() + "\n"
    }
}

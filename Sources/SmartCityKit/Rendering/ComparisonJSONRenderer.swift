/// `comparison.json`: everything the other comparison files hold, for programs.
struct ComparisonJSONRenderer {
    static let file = "comparison.json"

    func render(_ comparison: Comparison) -> String {
        let summary = comparison.summary
        let questionnaire = summary.questionnaire
        let measureIDs = comparison.measures.map { ComparisonCSVRenderer.measureID($0, in: questionnaire) }
        let municipalities = comparison.respondents.indices.map { index -> JSONValue in
            let respondent = comparison.respondents[index]
            let standings = zip(measureIDs, comparison.standings[index]).map { id, standing -> (String, JSONValue) in
                (id, .object([
                    ("score", .number(standing.score)), ("rank", standing.rank.map(JSONValue.integer) ?? .null),
                    ("percentile", .number(standing.percentile)), ("zScore", .number(standing.zScore)),
                    ("fromGroupMedian", .number(standing.fromGroupMedian)),
                ]))
            }
            return .object([
                ("id", .string(respondent.id)), ("name", .string(respondent.name)),
                ("metadata", .object(zip(summary.metadataNames, respondent.metadata).map { ($0, .string($1)) })),
                ("band", .optionalString(respondent.bandID)), ("selected", .bool(comparison.selected.contains(index))),
                ("group", .optionalString(comparison.groupOfRespondent[index].map { comparison.groups[$0].label })),
                ("measures", .object(standings)),
                ("rankSum", comparison.rankSums[index].map(JSONValue.integer) ?? .null),
                ("rankSumRank", comparison.rankSumRanks[index].map(JSONValue.integer) ?? .null),
            ])
        }
        let cohort = zip(measureIDs, comparison.measureSummaries).map { id, measure -> (String, JSONValue) in
            (id, .object([("count", .integer(measure.count)), ("mean", .number(measure.mean)), ("median", .number(measure.median)),
                          ("standardDeviation", .number(measure.standardDeviation))]))
        }
        let groups = comparison.groups.map { group -> JSONValue in
            .object([
                ("label", .string(group.label)), ("count", .integer(group.members.count)), ("shown", .bool(group.isShown)),
                ("medians", group.isShown ? .object(zip(measureIDs, group.medians).map { ($0, .number($1)) }) : .null),
                ("bands", group.isShown ? .object(zip(questionnaire.bands.bands.map(\.id), group.bandCounts).map { ($0, .integer($1)) }) : .null),
                ("members", .array(group.members.map { .string(comparison.respondents[$0].id) })),
            ])
        }
        let waves: JSONValue = comparison.waves.map { waves in
            let bandIDs = questionnaire.bands.bands.map(\.id) + ["none"]
            return .object([
                ("labels", .array(waves.waves.map { .string($0.label) })),
                ("questionnaires", .array(waves.waves.map { wave in
                    .object([("wave", .string(wave.label)), ("questionnaire", .string(wave.questionnaire)),
                             ("sha256", .string(wave.questionnaireFile.sha256))])
                })),
                ("changes", .array(waves.changes.map { change in
                    .object([
                        ("id", .string(change.id)), ("name", .string(change.name)), ("since", .string(change.since)),
                        ("bandBefore", .optionalString(change.bandBefore)), ("bandAfter", .optionalString(change.bandAfter)),
                        ("measures", .object(measureIDs.indices.map { position in
                            (measureIDs[position], .object([("before", .number(change.before[position])), ("after", .number(change.after[position])),
                                                            ("change", .number(change.change[position]))]))
                        })),
                    ])
                })),
                ("transitions", .object(zip(bandIDs, waves.transitions).map { from, counts in
                    (from, .object(zip(bandIDs, counts).map { ($0, .integer($1)) }))
                })),
                ("meanChanges", .object(zip(measureIDs, waves.meanChanges).map { id, mean in
                    (id, .object([("mean", .number(mean.mean)), ("count", .integer(mean.count))]))
                })),
                ("onlyIn", .object(waves.onlyIn.map { ($0.label, .array($0.ids.map(JSONValue.string))) })),
            ])
        } ?? .null
        let root = JSONValue.object([
            ("questionnaire", .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                                       ("sha256", .string(summary.questionnaireFile.sha256))])),
            ("responses", .array(summary.responseFiles.map { .object([("file", .string($0.name)), ("sha256", .string($0.sha256))]) })),
            ("ranking", .string("competition ranks on exact scores, highest first; rank sums lowest first, equal sums by total score then id")),
            ("minimumGroupSize", .integer(comparison.minimumGroupSize)),
            ("cohort", .object(cohort)),
            ("rankBy", .string(comparison.rankOrder.rawValue)),
            ("orderByScore", .array(comparison.orderByScore.map { .string(comparison.respondents[$0].id) })),
            ("orderByRankSum", .array(comparison.orderByRankSum.map { .string(comparison.respondents[$0].id) })),
            ("municipalities", .array(municipalities)),
            ("groups", .array(groups)),
            ("waves", waves),
        ])
        return root.rendered() + "\n"
    }
}

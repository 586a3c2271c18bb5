/// `comparison.json`: everything the other comparison files hold, for programs. Written as a
/// `StreamedFile`, to the output in parts of about `partSize` bytes: the cohort-long arrays are
/// made as they are written, many elements on every core at once, never as one value or one string.
struct ComparisonJSONRenderer {
    static let file = "comparison.json"

    /// How many bytes are made before they go to the output.
    var partSize = 1 << 20
    /// How many elements of a long array are made at once on one core (see `StreamedFile.appendRows`).
    var elementsPerPiece = 1024

    /// A part of the document: a value made whole, an array made one element at a time (as a
    /// value, or an object written straight into bytes, each element on any core; `written`
    /// hears of each, in order), or an object holding such parts. Written as `JSONValue` writes
    /// the same values.
    private indirect enum Part {
        case value(JSONValue)
        case array(count: Int, element: (Int) -> JSONValue)
        case objects(count: Int, element: (Int, inout JSONObjectWriter) -> Void, written: () -> Void)
        /// An array of `count` strings, each written as JSON by `element` straight from its UTF-8 bytes (ids).
        case strings(count: Int, element: (Int, inout ByteBuffer) -> Void)
        case object([(String, Part)])
        /// An array of a few parts, each written as it comes.
        case list([Part])
    }

    /// Writes `comparison.json` to the output as a `StreamedFile`; `advance` hears of each municipality written.
    package func write(_ comparison: Comparison, to output: ReportOutput, advance: @escaping () -> Void = {}) throws {
        var file = StreamedFile(Self.file, to: output, partSize: partSize, rowsPerPiece: elementsPerPiece)
        try write(document(comparison, advance: advance), indent: 0, into: &file)
        try file.append { $0.append(UInt8(ascii: "\n")) }
        try file.finish()
    }

    /// Appends a part pretty-printed as `JSONValue` writes it, an array element at a time.
    private func write(_ part: Part, indent: Int, into file: inout StreamedFile) throws {
        switch part {
        case .value(let value): try file.append { value.write(into: &$0, indent: indent) }
        case .array(let count, let element):
            try writeArray(count: count, indent: indent, into: &file) { index, text in element(index).write(into: &text, indent: indent + 2) }
        case .objects(let count, let element, let written):
            try writeArray(count: count, indent: indent, into: &file, element: { index, text in
                JSONObjectWriter.write(into: &text, indent: indent + 2) { element(index, &$0) }
            }, written: written)
        case .strings(let count, let element):
            try writeArray(count: count, indent: indent, into: &file, element: element)
        case .list(let elements):
            guard !elements.isEmpty else { return try file.append { $0.append("[]") } }
            try file.append { $0.append("[\n") }
            for (index, element) in elements.enumerated() {
                try file.append { JSONValue.indent(indent + 2, into: &$0) }
                try write(element, indent: indent + 2, into: &file)
                try file.append { $0.append(index == elements.count - 1 ? "\n" : ",\n") }
            }
            try file.append { text in
                JSONValue.indent(indent, into: &text)
                text.append(UInt8(ascii: "]"))
            }
        case .object(let members):
            guard !members.isEmpty else { return try file.append { $0.append("{}") } }
            try file.append { $0.append("{\n") }
            for (index, (key, member)) in members.enumerated() {
                try file.append { text in
                    JSONValue.indent(indent + 2, into: &text)
                    JSONValue.quote(key, into: &text)
                    text.append(": ")
                }
                try write(member, indent: indent + 2, into: &file)
                try file.append { $0.append(index == members.count - 1 ? "\n" : ",\n") }
            }
            try file.append { text in
                JSONValue.indent(indent, into: &text)
                text.append(UInt8(ascii: "}"))
            }
        }
    }

    /// Appends an array of `count` elements, each written by `element` (on any core) on a line of
    /// its own (`indent` + 2 spaces deep); `written` hears of each once handed on.
    private func writeArray(count: Int, indent: Int, into file: inout StreamedFile, element: (Int, inout ByteBuffer) -> Void,
                            written: () -> Void = {}) throws {
        guard count > 0 else { return try file.append { $0.append("[]") } }
        try file.append { $0.append("[\n") }
        try file.appendRows(count, { index, text in
            JSONValue.indent(indent + 2, into: &text)
            element(index, &text)
            text.append(index == count - 1 ? "\n" : ",\n")
        }, written: { _ in written() })
        try file.append { text in
            JSONValue.indent(indent, into: &text)
            text.append(UInt8(ascii: "]"))
        }
    }

    /// The whole document; the municipalities, the two orders and the changes between waves as arrays made when written.
    private func document(_ comparison: Comparison, advance: @escaping () -> Void) -> Part {
        let summary = comparison.summary
        let questionnaire = summary.questionnaire
        let measureIDs = comparison.measures.map { ComparisonCSVRenderer.measureID($0, in: questionnaire) }
        let metadataNames = summary.metadataNames, respondents = comparison.respondents
        let keys = MunicipalityKeys(metadataNames: metadataNames.prefix(respondents.metadataCount).map { JSONObjectWriter.Key($0) },
                                    measureIDs: measureIDs.map { JSONObjectWriter.Key($0) })
        // The groups' labels, which many municipalities share, quoted once.
        let groupLabels = comparison.groups.map { Self.quoted($0.label) }, noGroup = Array("null".utf8)
        let municipality = { (index: Int, object: inout JSONObjectWriter) in
            respondents.withID(of: index) { object.string(keys.id, utf8: $0) }
            respondents.withName(of: index) { object.string(keys.name, utf8: $0) }
            object.object(keys.metadata) { metadata in
                for (column, key) in keys.metadataNames.enumerated() {
                    respondents.withMetadata(column, of: index) { metadata.string(key, utf8: $0) }
                }
            }
            object.string(keys.band, respondents.bandID(of: index))
            object.bool(keys.selected, comparison.isSelected[index])
            object.json(keys.group, comparison.groupOfRespondent[index].map { groupLabels[$0] } ?? noGroup)
            object.object(keys.measures) { measures in
                for (position, id) in keys.measureIDs.enumerated() {
                    let standing = comparison.standings.standing(of: index, on: position)
                    measures.object(id) { measure in
                        measure.number(keys.score, standing.score)
                        measure.integer(keys.rank, standing.rank)
                        measure.number(keys.percentile, standing.percentile)
                        measure.number(keys.zScore, standing.zScore)
                        measure.number(keys.fromGroupMedian, standing.fromGroupMedian)
                    }
                }
            }
            object.integer(keys.rankSum, comparison.rankSums[index])
            object.integer(keys.rankSumRank, comparison.rankSumRanks[index])
        }
        let cohort = zip(measureIDs, comparison.measureSummaries).map { id, measure -> (String, JSONValue) in
            (id, .object([("count", .integer(measure.count)), ("mean", .number(measure.mean)), ("median", .number(measure.median)),
                          ("standardDeviation", .number(measure.standardDeviation))]))
        }
        // The ids of `count` municipalities, the i-th at `position(i)`, each quoted from its bytes.
        let ids = { (count: Int, position: @escaping (Int) -> Int) -> Part in
            .strings(count: count) { index, text in respondents.withID(of: position(index)) { JSONValue.quote(utf8: $0, into: &text) } }
        }
        // A group's members (a third of a million in a cohort of a million) are an array made as written.
        let group = { (group: PeerGroup) -> Part in
            .object([
                ("label", .value(.string(group.label))), ("count", .value(.integer(group.members.count))), ("shown", .value(.bool(group.isShown))),
                ("medians", .value(group.isShown ? .object(zip(measureIDs, group.medians).map { ($0, .number($1)) }) : .null)),
                ("bands", .value(group.isShown ? .object(zip(questionnaire.bands.bands.map(\.id), group.bandCounts).map { ($0, .integer($1)) }) : .null)),
                ("members", ids(group.members.count) { Int(group.members[$0]) }),
            ])
        }
        let waves = comparison.waves.map { wavesPart($0, measureIDs: measureIDs, questionnaire: questionnaire) } ?? .value(.null)
        return .object([
            ("questionnaire", .value(.object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
                                              ("sha256", .string(summary.questionnaireFile.sha256))]))),
            ("responses", .value(.array(summary.responseFiles.map { .object([("file", .string($0.name)), ("sha256", .string($0.sha256))]) }))),
            ("ranking", .value(.string("competition ranks on exact scores, highest first; rank sums lowest first, equal sums by total score then id"))),
            ("minimumGroupSize", .value(.integer(comparison.minimumGroupSize))),
            ("cohort", .value(.object(cohort))),
            ("rankBy", .value(.string(comparison.rankOrder.rawValue))),
            ("orderByScore", ids(comparison.orderByScore.count) { comparison.orderByScore[$0] }),
            ("orderByRankSum", ids(comparison.orderByRankSum.count) { comparison.orderByRankSum[$0] }),
            ("municipalities", .objects(count: comparison.respondents.count, element: municipality, written: advance)),
            ("groups", .list(comparison.groups.map(group))),
            ("waves", waves),
        ] + (comparison.municipalityMeans.map { [("municipalityMeans", Part.value(Self.municipalityMeans($0, measureIDs: measureIDs)))] } ?? []))
    }

    /// The keys of a municipality's object, quoted once for the whole array. A class: the
    /// closures that write a municipality's parts share it instead of each copying every key.
    private final class MunicipalityKeys: Sendable {
        typealias Key = JSONObjectWriter.Key
        let id = Key("id"), name = Key("name"), metadata = Key("metadata"), band = Key("band"), selected = Key("selected"), group = Key("group")
        let measures = Key("measures"), rankSum = Key("rankSum"), rankSumRank = Key("rankSumRank")
        let score = Key("score"), rank = Key("rank"), percentile = Key("percentile"), zScore = Key("zScore"), fromGroupMedian = Key("fromGroupMedian")
        /// The metadata columns' names, then the measures' ids.
        let metadataNames: [Key]
        let measureIDs: [Key]

        init(metadataNames: [Key], measureIDs: [Key]) {
            self.metadataNames = metadataNames
            self.measureIDs = measureIDs
        }
    }

    /// A text as a JSON string, quoted once to be copied into many elements.
    private static func quoted(_ text: String) -> [UInt8] {
        var quoted = ByteBuffer()
        JSONValue.quote(text, into: &quoted)
        return quoted.bytes
    }

    /// With several respondents per municipality: the column, the rule, and per municipality its
    /// respondents' number and spread per measure.
    private static func municipalityMeans(_ means: MunicipalityMeans, measureIDs: [String]) -> JSONValue {
        .object([
            ("column", .string(means.column)), ("rule", .string("exact mean of the respondents' scores; type: band of the mean total")),
            ("withoutMunicipality", .integer(means.withoutMunicipality)),
            ("municipalities", .array(zip(means.municipalities, zip(means.respondentCounts, means.spreads)).map { municipality, counted in
                .object([
                    ("id", .string(municipality.id)), ("respondents", .integer(counted.0)),
                    ("measures", .object(zip(measureIDs, counted.1).map { id, moments in
                        (id, .object([("n", .integer(moments.count)), ("sd", .number(moments.standardDeviation)),
                                      ("min", moments.count > 0 ? .number(moments.minimum) : .null),
                                      ("max", moments.count > 0 ? .number(moments.maximum) : .null)]))
                    })),
                ])
            })),
        ])
    }

    /// The waves: labels, questionnaires, the change per municipality (made one at a time), transitions, mean changes, who took part once.
    private func wavesPart(_ waves: WaveComparison, measureIDs: [String], questionnaire: Questionnaire) -> Part {
        let bandIDs = questionnaire.bands.bands.map(\.id) + ["none"]
        return .object([
            ("labels", .value(.array(waves.waves.map { .string($0.label) }))),
            ("questionnaires", .value(.array(waves.waves.map { wave in
                .object([("wave", .string(wave.label)), ("questionnaire", .string(wave.questionnaire)),
                         ("sha256", .string(wave.questionnaireFile.sha256)),
                ("reliability", wave.reliability.isEmpty ? .null : .object(zip(measureIDs, wave.reliability).map { id, basis in
                    (id, .object([("standardDeviation", .number(basis.standardDeviation)), ("alpha", .number(basis.alpha)),
                                  ("differenceError", .number(basis.differenceError))]))
                }))])
            }))),
            ("changes", .array(count: waves.changes.count) { position in
                let change = waves.changes[position]
                return .object([
                    ("id", .string(change.id)), ("name", .string(change.name)), ("since", .string(change.since)),
                    ("bandBefore", .optionalString(change.bandBefore)), ("bandAfter", .optionalString(change.bandAfter)),
                    ("measures", .object(measureIDs.indices.map { position in
                        (measureIDs[position], .object([("before", .number(change.before[position])), ("after", .number(change.after[position])),
                                                        ("change", .number(change.change[position])),
                                                        ("rci", .number(change.reliableChangeIndex[position])),
                                                        ("reliableChange", .optionalString(change.reliableChange[position]?.rawValue))]))
                    })),
                ])
            }),
            ("transitions", .value(.object(zip(bandIDs, waves.transitions).map { from, counts in
                (from, .object(zip(bandIDs, counts).map { ($0, .integer($1)) }))
            }))),
            ("meanChanges", .value(.object(zip(measureIDs, waves.meanChanges).map { id, mean in
                (id, .object([("mean", .number(mean.mean)), ("count", .integer(mean.count))]))
            }))),
            ("onlyIn", .value(.object(waves.onlyIn.map { ($0.label, .array($0.ids.map(JSONValue.string))) }))),
        ])
    }
}

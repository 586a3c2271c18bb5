/// A cohort scored in two or more waves (survey rounds), matched by id: per municipality the
/// change since the previous wave it took part in, in total and per dimension, and its maturity
/// type then and now; per cohort the transition matrix of the last two waves, the mean change
/// per measure, and who took part in one wave only. Changes are exact; whether a change is
/// reliable (larger than the measurement error) follows from the earlier wave's spread and
/// reliability (`ReliableChange`).
package struct WaveComparison: Sendable {
    /// One wave: its label (`2023`) and its ranked municipalities, in input order.
    package struct Wave: Sendable {
        var label: String
        var respondents: ComparedCohort
        /// The responses files of the wave, with their SHA-256.
        var files: [SourceFile]
        /// The questionnaire's id and version (`i-monitor 1.0.0`) and its file, with its SHA-256.
        var questionnaire: String
        var questionnaireFile: SourceFile
        /// Per measure (aligned with `Comparison.measures`), what a reliable change since this
        /// wave rests on; empty when not counted (the current wave's are never needed).
        var reliability: [ReliableChange.Basis]

        /// A wave of `respondents` (their names kept as given).
        init(label: String, respondents: [ComparedRespondent], files: [SourceFile], questionnaire: String, questionnaireFile: SourceFile,
             reliability: [ReliableChange.Basis] = []) {
            self.init(label: label, cohort: ComparedCohort(respondents), files: files, questionnaire: questionnaire, questionnaireFile: questionnaireFile,
                      reliability: reliability)
        }

        /// A wave of a finished cohort.
        init(label: String, cohort: ComparedCohort, files: [SourceFile], questionnaire: String, questionnaireFile: SourceFile,
             reliability: [ReliableChange.Basis] = []) {
            self.reliability = reliability
            self.label = label
            self.respondents = cohort
            self.files = files
            self.questionnaire = questionnaire
            self.questionnaireFile = questionnaireFile
        }
    }

    /// A municipality of the last wave that took part in an earlier one.
    struct Change: Sendable, Equatable {
        var id: String
        var name: String
        /// The label of the earlier wave it is compared with (the latest it took part in).
        var since: String
        /// Per measure (aligned with `Comparison.measures`): the earlier and the current score, and the change.
        var before: [Fraction?]
        var after: [Fraction?]
        var change: [Fraction?]
        /// Per measure, the reliable change index and its verdict; nil without a change or a basis.
        var reliableChangeIndex: [Double?]
        var reliableChange: [ReliableChange?]
        var bandBefore: String?
        var bandAfter: String?
    }

    package let waves: [Wave]
    /// The municipalities of the last wave that took part in an earlier one, each with its change.
    let changes: WaveChanges
    /// `transitions[from][to]`: municipalities in both of the last two waves by their band then
    /// and now (aligned with the questionnaire's bands, plus a last row and column for "no total").
    let transitions: [[Int]]
    /// The mean change per measure over the municipalities with a score in both waves, and how many those are.
    let meanChanges: [(mean: Double?, count: Int)]
    /// Per wave, the ids of the municipalities that took part in no other wave.
    let onlyIn: [(label: String, ids: [String])]

    /// Whether the waves were answered on more than one version of the questionnaire.
    var questionnairesDiffer: Bool { Set(waves.map(\.questionnaireFile.sha256)).count > 1 }

    /// For each dimension of `current`, its position in `earlier`; or, when the two have other
    /// dimension sets, the difference in words (`only in this wave: x; only in the current: y`).
    static func dimensionOrder(of earlier: Questionnaire, matching current: Questionnaire) -> Swift.Result<[Int], DimensionDifference> {
        let earlierIDs = earlier.dimensions.map(\.id), currentIDs = current.dimensions.map(\.id)
        let positions = currentIDs.compactMap { earlierIDs.firstIndex(of: $0) }
        guard positions.count == currentIDs.count, earlierIDs.count == currentIDs.count else {
            return .failure(DimensionDifference(onlyEarlier: earlierIDs.filter { !currentIDs.contains($0) },
                                                onlyCurrent: currentIDs.filter { !earlierIDs.contains($0) }))
        }
        return .success(positions)
    }

    /// The dimensions only one of two questionnaires has.
    struct DimensionDifference: Error {
        var onlyEarlier: [String]
        var onlyCurrent: [String]

        /// The difference in `wording`'s language (`only in that wave: x; only in the current wave: y`).
        func text(_ wording: AnalysisWording) -> String {
            [onlyEarlier.isEmpty ? nil : wording.onlyInThatWave(onlyEarlier.joined(separator: ", ")),
             onlyCurrent.isEmpty ? nil : wording.onlyInTheCurrentWave(onlyCurrent.joined(separator: ", "))]
                .compactMap { $0 }.joined(separator: wording.separator)
        }
    }

    /// Compares the waves, the last being the current one; `measures` as `Comparison` has them.
    init(waves: [Wave], measures: [ComparisonMeasure], bandIDs: [String]) {
        self.waves = waves
        guard let current = waves.last?.respondents else {
            changes = WaveChanges(); transitions = []; meanChanges = []; onlyIn = []
            return
        }
        let earlier = waves.indices.dropLast()
        // Per wave, each id's first municipality (a position in the wave).
        let byWave = waves.map { CohortIDIndex($0.respondents) }
        var matches: [WaveChanges.Match] = []
        for position in current.indices {
            let id = current.id(of: position)
            guard let wave = earlier.last(where: { byWave[$0].position(of: id) != nil }), let previous = byWave[wave].position(of: id) else { continue }
            matches.append(WaveChanges.Match(current: Int32(position), wave: Int32(wave), earlier: Int32(previous)))
        }
        let changes = WaveChanges(waves: waves, measures: measures, matches: matches)
        self.changes = changes
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: bandIDs.count + 1), count: bandIDs.count + 1)
        if waves.count >= 2 {
            let previous = byWave[waves.count - 2], previousWave = waves[waves.count - 2].respondents
            for position in current.indices {
                guard let old = previous.position(of: current.id(of: position)) else { continue }
                let from = previousWave.bandID(of: old).flatMap { bandIDs.firstIndex(of: $0) } ?? bandIDs.count
                let to = current.bandID(of: position).flatMap { bandIDs.firstIndex(of: $0) } ?? bandIDs.count
                matrix[from][to] += 1
            }
        }
        transitions = matrix
        meanChanges = measures.indices.map { position in
            let values = changes.indices.compactMap { changes.change(at: $0, measure: position) }
            // Exact, so that a mean change of exactly 0 has no sign; in binary only beyond 128 bits.
            let mean = Fraction.mean(values)?.doubleValue ?? (values.isEmpty ? nil : values.reduce(0) { $0 + $1.doubleValue } / Double(values.count))
            return (mean, values.count)
        }
        onlyIn = waves.indices.map { index in
            (waves[index].label, waves[index].respondents.indices.map { waves[index].respondents.id(of: $0) }.filter { id in
                !byWave.indices.contains { $0 != index && byWave[$0].position(of: id) != nil }
            })
        }
    }
}

import Foundation

/// How certain each municipality's type and rank are under the choices a reasonable analyst
/// could make differently (`smartcity uncertainty`): Monte Carlo draws of `AnalystChoices`
/// re-score the cohort from its item scores, and the Saltelli design says which choice drives
/// the changes of type and rank.
package struct UncertaintyAnalysis: Sendable {
    /// One municipality's result.
    struct Row: Sendable, Equatable {
        var id: String
        var name: String
        var nominalTotal: Fraction
        /// Position of the nominal band in `bandIDs`.
        var nominalBand: Int
        /// Per band (lowest first), the share of the draws with a total in which it came out.
        var bandShares: [Double]
        var nominalRank: Int
        var rankP05: Int?
        var rankMedian: Int?
        var rankP95: Int?
        var totalP05: Double?
        var totalP95: Double?
        var nearestBoundaryDistance: Double?
        /// Draws in which no dimension had enough answers (no total, no type, no rank).
        var unscoredDraws: Int

        /// The share of the draws in which the nominal type came out.
        var nominalShare: Double { bandShares[nominalBand] }
    }

    /// The outputs whose sensitivity is measured.
    enum Output: String, Sendable, CaseIterable {
        /// The share of municipalities whose type differs from the nominal one.
        case typeChangeShare = "type_change_share"
        /// The mean absolute difference between a municipality's rank and its nominal rank (COINr's target).
        case meanAbsoluteRankShift = "mean_abs_rank_shift"
    }

    /// A type holding in at least this share of draws counts as stable.
    static let stableShare = 0.9

    let settings: UncertaintySettings
    /// The methods varied (the inputs of the sensitivity indices), in `UncertaintyMethod` order.
    let methods: [UncertaintyMethod]
    let bandIDs: [String]
    let rows: [Row]
    let draws: Int
    /// `sensitivity[output][method]`, aligned with `Output.allCases` and `methods`; empty when not computed.
    let sensitivity: [[SensitivityIndices.Index?]]

    /// The rows by nominal rank, then id (the order of the reports and charts).
    var rowsByRank: [Row] { rows.sorted { $0.nominalRank != $1.nominalRank ? $0.nominalRank < $1.nominalRank : $0.id < $1.id } }

    /// The share of municipalities whose type holds in at least 90 % of the draws.
    var stableCohortShare: Double {
        rows.isEmpty ? 0 : Double(rows.filter { $0.nominalShare >= Self.stableShare }.count) / Double(rows.count)
    }

    /// The chunks of draws run side by side: one per core, at most 4 (each holds its own counts).
    static var defaultChunks: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Runs the draws, in `chunks` chunks side by side, and the sensitivity design over `model`'s
    /// cohort, counting the draws and the design's rows in `progress`. The results do not depend on `chunks`.
    init(model: UncertaintyModel, settings: UncertaintySettings, chunks: Int = UncertaintyAnalysis.defaultChunks, progress: WorkProgress? = nil) {
        let inputs = UncertaintyInputs(settings: settings, dimensions: model.dimensionWeights.count, slots: model.slots,
                                       minimumCoverage: model.minimumCoverage)
        let nominalRanks = model.nominalRanks
        let count = model.count, bands = model.bandIDs.count
        // Each draw's choices come from its own stream and counts merge to the same totals in any order.
        let chunkCount = min(max(settings.draws, 1), max(chunks, 1))
        progress?.start(.draws, total: settings.draws)
        let chunks = Parallel.map(Array(0..<chunkCount)) { chunk -> UncertaintyAccumulator in
            var accumulator = UncertaintyAccumulator(respondents: count, bands: bands)
            for draw in settings.draws * chunk / chunkCount..<settings.draws * (chunk + 1) / chunkCount {
                let choices = inputs.choices(inputs.point(ofDraw: draw)[...])
                let outcome = Self.evaluate(model, choices)
                accumulator.add(totals: outcome.totals, bands: outcome.bands, ranks: outcome.ranks)
                progress?.step()
            }
            return accumulator
        }
        var accumulator = chunks[0]
        for chunk in chunks.dropFirst() { accumulator.merge(chunk) }
        rows = (0..<count).map { index in
            Row(id: model.ids[index], name: model.names[index], nominalTotal: model.nominalTotals[index], nominalBand: model.nominalBands[index],
                bandShares: accumulator.bandShares(of: index), nominalRank: nominalRanks[index],
                rankP05: accumulator.rankQuantile(of: index, 0.05), rankMedian: accumulator.rankQuantile(of: index, 0.5),
                rankP95: accumulator.rankQuantile(of: index, 0.95),
                totalP05: accumulator.totalQuantile(of: index, 0.05), totalP95: accumulator.totalQuantile(of: index, 0.95),
                nearestBoundaryDistance: model.nearestBoundaryDistance(of: index), unscoredDraws: Int(accumulator.unscored[index]))
        }
        self.settings = settings
        methods = inputs.methods
        bandIDs = model.bandIDs
        draws = settings.draws
        guard settings.sensitivitySamples > 0, !inputs.methods.isEmpty, count > 0 else {
            sensitivity = []
            return
        }
        let nominalBands = model.nominalBands
        sensitivity = SensitivityIndices(
            columns: inputs.columns, groups: inputs.columnsOfMethod, outputs: Output.allCases.count, samples: settings.sensitivitySamples,
            seed: settings.seed, resamples: settings.bootstrapResamples, progress: progress
        ) { point in
            let outcome = Self.evaluate(model, inputs.choices(point))
            var changed = 0, shifted = 0, ranked = 0
            for index in 0..<count {
                if outcome.bands[index] != nominalBands[index] { changed += 1 }
                if let rank = outcome.ranks[index] {
                    shifted += abs(rank - nominalRanks[index])
                    ranked += 1
                }
            }
            return [Double(changed) / Double(count), ranked > 0 ? Double(shifted) / Double(ranked) : 0]
        }.indices
    }

    /// Every municipality's total, band and rank under one set of choices.
    static func evaluate(_ model: UncertaintyModel, _ choices: AnalystChoices) -> (totals: [Double?], bands: [Int?], ranks: [Int?]) {
        let totals = (0..<model.count).map { model.total(of: $0, choices) }
        return (totals, totals.map { $0.map { model.band(of: $0, shift: choices.boundaryShift) } }, UncertaintyModel.ranks(totals))
    }
}

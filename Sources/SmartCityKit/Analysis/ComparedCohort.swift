/// The municipalities of a comparison, in input order, kept by column: ids and metadata as
/// `TextColumn`s, each measure's exact scores as a `ScoreColumn` (2 or 4 bytes a municipality), the
/// band of the total as a small code. A `ComparedRespondent` is made when one is read.
package struct ComparedCohort: RandomAccessCollection, Sendable {
    /// Where a municipality's name comes from.
    enum Names: Sendable {
        /// The id (no name column).
        case ids
        /// A metadata column's value, else the id (as `RankedRespondent.name`).
        case metadata(Int)
        /// Kept as given.
        case kept
    }

    private var ids = TextColumn()
    private let names: Names
    private var keptNames = TextColumn()
    private var metadata: [TextColumn]
    /// The total's scores, then each dimension's (as `Comparison.measures`).
    private(set) var scores: [ScoreColumn]
    private var bandIDs: [String] = []
    /// Per municipality a position in `bandIDs`, or `UInt8.max` without a band.
    private var bands: [UInt8] = []
    /// Whether the scores are ordered (`finish()`); only then can the cohort be compared.
    private(set) var isFinished = false

    /// An empty cohort of municipalities with `metadataCount` metadata values each (0: none kept)
    /// and scores on `dimensionCount` dimensions, with room for `expectedCount` municipalities.
    init(metadataCount: Int, dimensionCount: Int, names: Names, expectedCount: Int = 0) {
        self.names = names
        ids = TextColumn(expectedCount: expectedCount)
        metadata = Array(repeating: TextColumn(expectedCount: expectedCount), count: metadataCount)
        scores = Array(repeating: ScoreColumn(expectedCount: expectedCount), count: dimensionCount + 1)
        bands.reserveCapacity(expectedCount)
    }

    /// The cohort of `respondents` (their names kept as given), finished.
    init(_ respondents: [ComparedRespondent]) {
        self.init(metadataCount: respondents.map(\.metadata.count).max() ?? 0,
                  dimensionCount: respondents.map(\.dimensionScores.count).max() ?? 0, names: .kept)
        for respondent in respondents { append(respondent) }
        finish()
    }

    /// Appends a municipality (its metadata beyond the cohort's count are not kept, missing ones are empty).
    mutating func append(_ respondent: ComparedRespondent) {
        precondition(!isFinished, "a finished cohort takes no more municipalities")
        ids.append(respondent.id)
        if case .kept = names { keptNames.append(respondent.name) }
        for column in metadata.indices { metadata[column].append(column < respondent.metadata.count ? respondent.metadata[column] : "") }
        scores[0].append(respondent.total)
        for dimension in 1..<scores.count {
            scores[dimension].append(dimension - 1 < respondent.dimensionScores.count ? respondent.dimensionScores[dimension - 1] : nil)
        }
        guard let band = respondent.bandID else {
            bands.append(UInt8.max)
            return
        }
        if let position = bandIDs.firstIndex(of: band) {
            bands.append(UInt8(position))
        } else {
            precondition(bandIDs.count < Int(UInt8.max), "more bands than a cohort keeps")
            bands.append(UInt8(bandIDs.count))
            bandIDs.append(band)
        }
    }

    /// Orders each measure's scores; appending is over.
    mutating func finish() {
        guard !isFinished else { return }
        // The texts' room beyond their size given back first, before the scores are ordered.
        ids.finish()
        keptNames.finish()
        for column in metadata.indices { metadata[column].finish() }
        for index in scores.indices { scores[index].finish() }
        isFinished = true
    }

    /// The same cohort with its dimensions in another order: `order[i]` is the position of the new i-th dimension.
    func reorderingDimensions(_ order: [Int]) -> ComparedCohort {
        var reordered = self
        reordered.scores = [scores[0]] + order.map { scores[$0 + 1] }
        return reordered
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { bands.count }

    /// A municipality, made whole.
    package subscript(index: Int) -> ComparedRespondent {
        ComparedRespondent(id: ids[index], name: name(of: index), metadata: metadata.map { $0[index] },
                           dimensionScores: scores.dropFirst().map { $0[index] }, total: scores[0][index], bandID: bandID(of: index))
    }

    /// A municipality's id.
    func id(of index: Int) -> String { ids[index] }

    /// A municipality's name: the name column's value, else the id.
    func name(of index: Int) -> String {
        switch names {
        case .ids: return ids[index]
        case .metadata(let column):
            let name = column < metadata.count ? metadata[column][index] : ""
            return name.isEmpty ? ids[index] : name
        case .kept: return keptNames[index]
        }
    }

    /// Calls `body` with the UTF-8 bytes of a municipality's id (no `String` made of them).
    func withID<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { ids.withUTF8(index, body) }

    /// Calls `body` with the UTF-8 bytes of a municipality's name (as `name(of:)`).
    func withName<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch names {
        case .ids: return ids.withUTF8(index, body)
        case .metadata(let column):
            guard column < metadata.count else { return ids.withUTF8(index, body) }
            // The id read outside the column's closure (which would otherwise hold a copy of the cohort).
            if let result = withMetadataColumn(column, { $0.withUTF8(index) { name in name.isEmpty ? nil : body(name) } }) { return result }
            return ids.withUTF8(index, body)
        case .kept: return keptNames.withUTF8(index, body)
        }
    }

    /// Calls `body` with the UTF-8 bytes of a municipality's metadata value in a column (empty when the column is not kept).
    func withMetadata<Result>(_ column: Int, of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard column < metadata.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return withMetadataColumn(column) { $0.withUTF8(index, body) }
    }

    /// Calls `body` with a metadata column borrowed where it lies, not copied out of its array
    /// (a copy retains and releases each of the column's arrays: per cell, millions of times).
    private func withMetadataColumn<Result>(_ column: Int, _ body: (TextColumn) -> Result) -> Result {
        metadata.withUnsafeBufferPointer { body($0[column]) }
    }

    /// Calls `body` with the scores of the measure at `position` (as `Comparison.measures`),
    /// borrowed where they lie, not copied out of their array (see `withMetadataColumn`: a
    /// standing is looked up per municipality and measure); nil beyond the cohort's measures.
    func withScores<Result>(at position: Int, _ body: (ScoreColumn) -> Result?) -> Result? {
        guard position < scores.count else { return nil }
        return scores.withUnsafeBufferPointer { body($0[position]) }
    }

    /// How many metadata columns are kept (the first of the cohort's names; 0 for an earlier wave's).
    var metadataCount: Int { metadata.count }

    /// A municipality's metadata value in a column ("" when the column is not kept).
    func metadata(_ column: Int, of index: Int) -> String { column < metadata.count ? metadata[column][index] : "" }

    /// The band of a municipality's total.
    func bandID(of index: Int) -> String? { bands[index] == UInt8.max ? nil : bandIDs[Int(bands[index])] }

    /// A municipality's score on the measure at `position` (as `Comparison.measures`).
    func score(of index: Int, at position: Int) -> Fraction? { withScores(at: position) { $0[index] } }

    /// Whether `left` sorts before `right` by id, as `String`'s `<` does.
    func idPrecedes(_ left: Int, _ right: Int) -> Bool { ids.precedes(left, right) }
}

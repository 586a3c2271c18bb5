/// The item scores the bootstrap of the reliability coefficients resamples: per dimension of two
/// or more items, every counted respondent's row of item scores (in `1 / scoreUnit` points; NaN:
/// not scored), in input order. The rows are the only per-respondent item data kept, and only
/// up to `limit` item scores in all: beyond it they are dropped at once and the bootstrap is
/// skipped (the statistics from the exact co-moments are not affected).
struct ReliabilitySample: Sendable {
    /// The most item scores kept (8 bytes each: 8 MB).
    static let defaultLimit = 1_000_000

    /// Items per dimension (0: a dimension of fewer than two items, not kept).
    let widths: [Int]
    let limit: Int
    /// Per dimension, the rows one after the other; emptied once the limit was passed.
    private(set) var rows: [[Double]]
    private(set) var respondents = 0
    /// Whether the limit was passed (the rows are gone).
    private(set) var overflowed = false

    init(widths: [Int], limit: Int = Self.defaultLimit) {
        self.widths = widths
        self.limit = limit
        rows = widths.map { _ in [] }
    }

    /// The item scores a respondent adds: one per item of the dimensions kept.
    var scoresPerRespondent: Int { widths.reduce(0, +) }

    /// The item scores all the respondents counted would take (kept or not).
    var scoresNeeded: Int { respondents * scoresPerRespondent }

    /// Counts one respondent: `row(dimension, slot)` is its score on that item of the dimension (nil: none).
    mutating func add(_ row: (Int, Int) -> Int64?) {
        respondents += 1
        guard !overflowed else { return }
        guard scoresNeeded <= limit else { return drop() }
        for (dimension, width) in widths.enumerated() {
            for slot in 0..<width { rows[dimension].append(row(dimension, slot).map(Double.init) ?? .nan) }
        }
    }

    /// Appends what `other` (the next respondents in input order) kept.
    mutating func merge(_ other: ReliabilitySample) {
        respondents += other.respondents
        guard !overflowed else { return }
        guard !other.overflowed, scoresNeeded <= limit else { return drop() }
        for dimension in rows.indices { rows[dimension] += other.rows[dimension] }
    }

    /// Frees the rows: the limit was passed.
    private mutating func drop() {
        overflowed = true
        rows = widths.map { _ in [] }
    }
}

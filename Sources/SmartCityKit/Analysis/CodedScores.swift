/// One measure's score of every counted respondent, in input order - what the correlations pair
/// and the tests between groups rank. While the measure has at most 65,535 distinct scores (a
/// dimension's scores mostly take a few dozen values) each score is kept as a 2-byte code into
/// those scores, in the order first seen; beyond that (a cohort's totals mostly differ) as the
/// score itself, 8 bytes. Scores are told apart as the `Double`s the statistics compute with.
struct CodedScores: Sendable {
    /// The distinct scores in the order first seen, while coded: code c stands for
    /// `distinct.values[c - 1]`, code 0 for a respondent not scored on the measure.
    private var distinct = DistinctDoubles()
    private var codes: [UInt16] = []
    /// The scores themselves (NaN: not scored), once there are too many distinct ones to code.
    private var scores: [Double] = []
    private var isCoded = true

    /// The most distinct scores that are coded.
    static let codeLimit = DistinctDoubles.limit

    /// An empty column.
    init() {}

    /// A column of `scores` (nil: not scored), in order.
    init(_ scores: some Sequence<Double?>) {
        for score in scores { append(score) }
    }

    /// The respondents counted.
    var count: Int { isCoded ? codes.count : scores.count }

    /// Adds a respondent's score (nil: not scored).
    mutating func append(_ score: Double?) {
        var code: UInt16 = 0
        if let score, isCoded { code = self.code(of: score) }
        if isCoded {
            codes.reserveGrowingByQuarter(1)
            codes.append(code)
        } else {
            scores.reserveGrowingByQuarter(1)
            scores.append(score ?? .nan)
        }
    }

    /// Adds the respondents of another column after these.
    mutating func append(_ other: CodedScores) {
        if isCoded && other.isCoded {
            // Other's codes in this column's (0 stays 0), the new scores added.
            var mapped: [UInt16] = [0]
            mapped.reserveCapacity(other.distinct.count + 1)
            for score in other.distinct.values where isCoded { mapped.append(code(of: score)) }
            if isCoded {
                codes.reserveGrowingByQuarter(other.codes.count)
                codes.append(contentsOf: other.codes.lazy.map { mapped[Int($0)] })
                return
            }
        }
        if isCoded { uncode() }
        scores.reserveGrowingByQuarter(other.count)
        other.forEachScore { scores.append($0) }
    }

    /// Calls `body` with every respondent's score in input order (NaN: not scored).
    func forEachScore(_ body: (Double) -> Void) {
        if isCoded {
            for code in codes { body(code == 0 ? .nan : distinct.values[Int(code) - 1]) }
        } else {
            for score in scores { body(score) }
        }
    }

    /// The code of a score, made when it is new; when it is one too many to code, the column
    /// stops coding (and the code returned means nothing).
    private mutating func code(of score: Double) -> UInt16 {
        if let position = distinct.position(of: score) { return UInt16(position + 1) }
        guard distinct.count < Self.codeLimit else {
            uncode()
            return 0
        }
        return UInt16(distinct.add(score) + 1)
    }

    /// Keeps the scores themselves from now on.
    private mutating func uncode() {
        var values: [Double] = []
        values.reserveCapacity(codes.capacity)
        forEachScore { values.append($0) }
        (scores, codes, distinct, isCoded) = (values, [], DistinctDoubles(), false)
    }

    /// The scores ranked, the column consumed: the distinct scores lowest first and each
    /// respondent's code into them - in 2 bytes while coded (the codes renumbered in place), else
    /// in 4 (the scores sorted once and each respondent's found among them).
    consuming func ranked() -> RankedScores {
        if isCoded {
            let distinct = distinct.values
            let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
            var renumbered = [UInt16](repeating: 0, count: distinct.count + 1)
            for (rank, position) in order.enumerated() { renumbered[position + 1] = UInt16(rank + 1) }
            var codes = self.codes
            self.codes = []
            for index in codes.indices { codes[index] = renumbered[Int(codes[index])] }
            return .narrow(RankedCodes(ascending: order.map { distinct[$0] }, codes: codes))
        }
        var ascending = scores.filter { !$0.isNaN }
        ascending.sort()
        ascending = ascending.indices.compactMap { $0 == 0 || ascending[$0] != ascending[$0 - 1] ? ascending[$0] : nil }
        let codes = scores.map { score -> UInt32 in
            guard !score.isNaN else { return 0 }
            var low = 0, high = ascending.count
            while low < high {
                let middle = (low + high) / 2
                if ascending[middle] < score { low = middle + 1 } else { high = middle }
            }
            return UInt32(low + 1)
        }
        return .wide(RankedCodes(ascending: ascending, codes: codes))
    }
}

/// Which end of a band its score belongs to when it sits exactly on a boundary.
package enum BoundaryRule: String, Sendable, CaseIterable {
    /// Bands are `(lower, upper]`; the first band also holds its lower bound. With integer
    /// published ranges such as 0-20, 21-40 this is the natural reading: 20 is in the first
    /// band, 20.004 and 21 in the second.
    case upperInclusive = "upper-inclusive"
    /// Bands are `[lower, upper)`; the last band also holds its upper bound.
    case lowerInclusive = "lower-inclusive"
}

/// A maturity band (an I-monitor type, a maturity level, ...).
package struct Band: Sendable {
    package var id: String
    package var label: LocalizedText
    var description: LocalizedText?
    var lower: Double
    var upper: Double
    /// The published share of respondents in this band (0-1), shown beside a cohort's.
    var referenceShare: Double?
    var provenance: Provenance

    init(
        id: String, label: LocalizedText, description: LocalizedText? = nil, lower: Double, upper: Double,
        referenceShare: Double? = nil, provenance: Provenance = .none
    ) {
        self.id = id
        self.label = label
        self.description = description
        self.lower = lower
        self.upper = upper
        self.referenceShare = referenceShare
        self.provenance = provenance
    }
}

/// Contiguous bands covering 0-100 under one boundary rule.
package struct BandSet: Sendable {
    let rule: BoundaryRule
    let bands: [Band]
    let provenance: Provenance

    /// The bands from the lowest up: their positions in `bands` and their edges as written
    /// (exact decimals), for classifying.
    let order: [Int]
    let lowers: [Fraction]
    let uppers: [Fraction]

    init(rule: BoundaryRule, bands: [Band], provenance: Provenance = .none) {
        self.rule = rule
        self.bands = bands
        self.provenance = provenance
        order = bands.indices.sorted { bands[$0].lower < bands[$1].lower }
        lowers = order.map { Fraction(decimal: bands[$0].lower) ?? .zero }
        uppers = order.map { Fraction(decimal: bands[$0].upper) ?? .zero }
    }

    /// The band an exact, unrounded score falls in, or nil when it lies outside every band.
    func band(for score: Fraction) -> Band? { bandIndex(for: score).map { bands[$0] } }

    /// The position (in `bands`) of the band an exact, unrounded score falls in.
    func bandIndex(for score: Fraction) -> Int? {
        Self.position(of: score, lowers: lowers, uppers: uppers, in: 0..<lowers.count, upperInclusive: rule == .upperInclusive).map { order[$0] }
    }

    /// The position (in `range`) of the band, ordered from the lowest up, that a score falls in:
    /// `(lower, upper]` with the first band closed below, or `[lower, upper)` with the last closed above.
    static func position(of score: Fraction, lowers: [Fraction], uppers: [Fraction], in range: Range<Int>, upperInclusive: Bool) -> Int? {
        position(in: range, upperInclusive: upperInclusive) { position in
            (Fraction.compare(score, lowers[position]), Fraction.compare(score, uppers[position]))
        }
    }

    /// The same classification with the score's order against each band's edges given by
    /// `order` (-1, 0 or 1 against the lower and the upper edge of the band at a position).
    @inline(__always)
    static func position(in range: Range<Int>, upperInclusive: Bool, order: (Int) -> (lower: Int, upper: Int)) -> Int? {
        for position in range {
            let (lower, upper) = order(position)
            let inside = upperInclusive
                ? (position == range.lowerBound ? lower >= 0 : lower > 0) && upper <= 0
                : lower >= 0 && (position == range.upperBound - 1 ? upper <= 0 : upper < 0)
            if inside { return position }
        }
        return nil
    }
}

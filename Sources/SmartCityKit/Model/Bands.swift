/// Which end of a band its score belongs to when it sits exactly on a boundary.
public enum BoundaryRule: String, Sendable, CaseIterable {
    /// Bands are `(lower, upper]`; the first band also holds its lower bound. With integer
    /// published ranges such as 0-20, 21-40 this is the natural reading: 20 is in the first
    /// band, 20.004 and 21 in the second.
    case upperInclusive = "upper-inclusive"
    /// Bands are `[lower, upper)`; the last band also holds its upper bound.
    case lowerInclusive = "lower-inclusive"
}

/// A maturity band (an I-monitor type, a maturity level, ...).
public struct Band: Sendable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    public var lower: Double
    public var upper: Double
    /// The published share of respondents in this band (0-1), shown beside a cohort's.
    public var referenceShare: Double?
    public var provenance: Provenance

    public init(
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
public struct BandSet: Sendable {
    public let rule: BoundaryRule
    public let bands: [Band]
    public let provenance: Provenance

    /// The bands from the lowest up with their edges as written (exact decimals), for classifying.
    private let ordered: [(index: Int, lower: Fraction, upper: Fraction)]

    public init(rule: BoundaryRule, bands: [Band], provenance: Provenance = .none) {
        self.rule = rule
        self.bands = bands
        self.provenance = provenance
        ordered = bands.indices.sorted { bands[$0].lower < bands[$1].lower }.map { index in
            (index, Fraction(decimal: bands[index].lower) ?? .zero, Fraction(decimal: bands[index].upper) ?? .zero)
        }
    }

    /// The band an exact, unrounded score falls in, or nil when it lies outside every band.
    public func band(for score: Fraction) -> Band? { bandIndex(for: score).map { bands[$0] } }

    /// The position (in `bands`) of the band an exact, unrounded score falls in.
    public func bandIndex(for score: Fraction) -> Int? {
        for (position, entry) in ordered.enumerated() {
            switch rule {
            case .upperInclusive:
                let lowerOK = position == 0 ? score >= entry.lower : score > entry.lower
                if lowerOK && score <= entry.upper { return entry.index }
            case .lowerInclusive:
                let upperOK = position == ordered.count - 1 ? score <= entry.upper : score < entry.upper
                if score >= entry.lower && upperOK { return entry.index }
            }
        }
        return nil
    }
}

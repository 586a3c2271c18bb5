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

    /// The bands from the lowest up, for classifying.
    private let ordered: [Band]

    public init(rule: BoundaryRule, bands: [Band], provenance: Provenance = .none) {
        self.rule = rule
        self.bands = bands
        self.provenance = provenance
        ordered = bands.sorted { $0.lower < $1.lower }
    }

    /// The band an unrounded score falls in, or nil when it lies outside every band.
    public func band(for score: Double) -> Band? {
        for (position, band) in ordered.enumerated() {
            switch rule {
            case .upperInclusive:
                let lowerOK = position == 0 ? score >= band.lower : score > band.lower
                if lowerOK && score <= band.upper { return band }
            case .lowerInclusive:
                let upperOK = position == ordered.count - 1 ? score <= band.upper : score < band.upper
                if score >= band.lower && upperOK { return band }
            }
        }
        return nil
    }
}

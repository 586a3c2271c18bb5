/// What a municipality aims for (`--targets FILE`): per dimension (and for the total) a band to
/// reach or a score to reach at least.
package struct Targets: Sendable {
    /// One aim.
    enum Target: Sendable, Equatable {
        /// The dimension's score falls in this band or a higher one.
        case band(String)
        /// The score is at least this.
        case score(Fraction)
    }

    /// By dimension id; `total` for the total score.
    var byDimension: [String: Target]

    init(byDimension: [String: Target]) {
        self.byDimension = byDimension
    }

    /// The id that stands for the total score.
    static let totalID = "total"

    /// Whether a score meets a target, classified by the band set the target's band belongs to.
    static func meets(_ score: Fraction?, _ target: Target, bands: BandSet) -> Bool {
        guard let score else { return false }
        switch target {
        case .score(let minimum): return score >= minimum
        case .band(let id):
            let ascending = bands.order
            guard let wanted = ascending.firstIndex(where: { bands.bands[$0].id == id }),
                  let found = bands.bandIndex(for: score), let reached = ascending.firstIndex(of: found) else { return false }
            return reached >= wanted
        }
    }
}

/// Several respondents per municipality (`--municipality-column`): each respondent is scored on
/// its own, and a municipality's score on a measure is the mean of its respondents' scores on
/// it (those scored on it), shown with their number and spread; how far respondents of the same
/// municipality agree is the intraclass correlation of a one-way random-effects model, ICC(1)
/// for one respondent and ICC(1,k) for the mean of a municipality's respondents (Shrout and
/// Fleiss 1979; `pingouin.intraclass_corr`'s ICC1 and ICC1k, `psych::ICC`'s ICC1 and ICC1k).
struct MunicipalityStatistics: Sendable {
    /// The metadata column naming each respondent's municipality.
    var column: String
    /// The municipalities by label.
    var municipalities: [Municipality]
    /// Per measure (the dimensions, then the total), the agreement between respondents.
    var agreement: [Agreement]
    /// Respondents counted whose municipality cell was empty: left out of these statistics.
    var withoutMunicipality: Int

    /// One municipality: its respondents, and their moments per measure (the questionnaire's
    /// dimensions, then the total; a measure none of them was scored on has a count of 0).
    struct Municipality: Sendable, Equatable {
        var label: String
        var respondents: Int
        var measures: [RunningMoments]
    }

    /// The error for a municipality column the reports do not carry, with the closest name (else
    /// the names there are); nil
    /// when it is there (`stats` and `compare` alike).
    /// In `wording`'s language.
    static func missingColumn(_ column: String, in metadataNames: [String], location: SourceLocation, wording: AnalysisWording) -> Diagnostic? {
        guard !metadataNames.contains(where: { $0.lowercased() == column.lowercased() }) else { return nil }
        return .error(location, wording.noMunicipalityColumn(column, SchemaReader.closest(to: column, in: metadataNames), metadataNames))
    }

    /// The respondents with a municipality.
    var respondents: Int { municipalities.reduce(0) { $0 + $1.respondents } }

    /// The one-way random-effects ANOVA of one measure, municipalities as groups, and the
    /// intraclass correlations with their 95 % intervals (nil where undefined: fewer than two
    /// municipalities, no municipality with two respondents, or no spread within municipalities).
    struct Agreement: Sendable, Equatable {
        var measure: ResearchStatistics.Measure
        /// g: the municipalities with a respondent scored on the measure; N: those respondents.
        var municipalities: Int
        var respondents: Int
        /// k in the formulas: the group size, or for unequal groups the adjusted mean group
        /// size n0 = (N − Σ n_i² / N) / (g − 1) of the ANOVA for unbalanced designs.
        var groupSize: Double?
        /// Mean squares between and within municipalities, F = MSB / MSW with (g − 1, N − g)
        /// degrees of freedom, and its p-value.
        var meanSquareBetween: Double?
        var meanSquareWithin: Double?
        var f: Double?
        var degreesOfFreedom: (between: Int, within: Int)
        var pValue: Double?
        /// (MSB − MSW) / (MSB + (k − 1) MSW), and (MSB − MSW) / MSB.
        var icc1: Double?
        var icc1Interval: (low: Double, high: Double)?
        var icc1k: Double?
        var icc1kInterval: (low: Double, high: Double)?
        /// Whether every municipality has the same number of respondents.
        var isBalanced: Bool

        static func == (lhs: Agreement, rhs: Agreement) -> Bool {
            lhs.measure == rhs.measure && lhs.municipalities == rhs.municipalities && lhs.respondents == rhs.respondents
                && lhs.groupSize == rhs.groupSize && lhs.f == rhs.f && lhs.pValue == rhs.pValue && lhs.icc1 == rhs.icc1 && lhs.icc1k == rhs.icc1k
                && lhs.icc1Interval?.low == rhs.icc1Interval?.low && lhs.icc1Interval?.high == rhs.icc1Interval?.high
                && lhs.icc1kInterval?.low == rhs.icc1kInterval?.low && lhs.icc1kInterval?.high == rhs.icc1kInterval?.high
                && lhs.degreesOfFreedom == rhs.degreesOfFreedom && lhs.isBalanced == rhs.isBalanced
        }

        /// The agreement on a measure from each municipality's moments on it (those with a count of 0 are skipped).
        /// The intervals are pingouin's: F_L = F / F_{0.975}(g − 1, N − g), F_U = F × F_{0.975}(N − g, g − 1);
        /// ICC(1) from (F_L − 1) / (F_L + k − 1) to (F_U − 1) / (F_U + k − 1), ICC(1,k) from 1 − 1 / F_L to 1 − 1 / F_U.
        init(measure: ResearchStatistics.Measure, groups: [RunningMoments]) {
            let groups = groups.filter { $0.count > 0 }
            let g = groups.count, n = groups.reduce(0) { $0 + $1.count }
            self.measure = measure
            municipalities = g
            respondents = n
            degreesOfFreedom = (max(g - 1, 0), max(n - g, 0))
            isBalanced = Set(groups.map(\.count)).count <= 1
            guard g >= 2, n > g else { return }
            let total = Double(n)
            let grandMean = groups.reduce(0.0) { $0 + Double($1.count) * $1.mean } / total
            let between = groups.reduce(0.0) { $0 + Double($1.count) * ($1.mean - grandMean) * ($1.mean - grandMean) }
            let within = groups.reduce(0.0) { $0 + $1.squaredDeviations }
            let msb = between / Double(g - 1), msw = within / Double(n - g)
            let k = (total - groups.reduce(0.0) { $0 + Double($1.count) * Double($1.count) } / total) / Double(g - 1)
            (meanSquareBetween, meanSquareWithin, groupSize) = (msb, msw, k)
            guard msw > 0 else { return }
            let f = msb / msw, df1 = Double(g - 1), df2 = Double(n - g)
            self.f = f
            pValue = Distributions.fSurvival(f, df1: df1, df2: df2)
            icc1 = (msb - msw) / (msb + (k - 1) * msw)
            if msb > 0 { icc1k = (msb - msw) / msb }
            let lower = f / Distributions.fQuantile(0.975, df1: df1, df2: df2), upper = f * Distributions.fQuantile(0.975, df1: df2, df2: df1)
            icc1Interval = ((lower - 1) / (lower + k - 1), (upper - 1) / (upper + k - 1))
            if lower > 0 { icc1kInterval = (1 - 1 / lower, 1 - 1 / upper) }
        }
    }
}

/// The upper tail of the F distribution, beside `Distributions.fQuantile` (kept in its own file
/// so that it can be merged with other helpers' distribution functions).
extension Distributions {
    /// P(F > f) for F with (df1, df2) degrees of freedom: I_x(df2 / 2, df1 / 2) with
    /// x = df2 / (df2 + df1 f); 1 for f <= 0.
    static func fSurvival(_ f: Double, df1: Double, df2: Double) -> Double {
        guard f > 0 else { return 1 }
        return regularisedBeta(df2 / (df2 + df1 * f), a: df2 / 2, b: df1 / 2)
    }
}

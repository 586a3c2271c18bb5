import Foundation

/// The distribution of the studentized range (the range of k standard normal values divided by
/// an independent estimate of their standard deviation with `df` degrees of freedom), for the
/// Games-Howell test: Copenhaver & Holland (1988), "Computation of the distribution of the
/// maximum studentized range statistic with application to multiple significance testing of
/// simple effects", *Journal of Statistical Computation and Simulation* 30, 1-15, as R's
/// `ptukey` implements it (Gauss-Legendre quadrature of Hartley's form of the range's
/// distribution, then over the chi distribution of the estimate). Its accuracy is R's; against
/// scipy's `studentized_range` (adaptive integration), measured on k = 2 to 10 and q = 0.5 to 8:
/// within 2e-9 absolute for 7 to 10,000 degrees of freedom, 2e-8 up to 20,000, but 1e-4 at 2,
/// 3e-6 at 3 to 4, and 6e-5 just above 25,000 (where R takes the range's distribution for
/// infinite df). Small p-values have the same absolute, not relative, accuracy. Against R's own
/// `ptukey` the figures agree to 1e-9 there too, at 2 to 3 and above 25,000 degrees of freedom
/// (`Fixtures/stats-reference/reference-r.json`): the gaps are R's, kept so that ours are R's.
enum StudentizedRange {
    /// P(Q <= q) for k groups (one range, `rr` = 1 in R's terms) and `df` degrees of freedom (at least 2).
    static func distribution(_ q: Double, groups k: Int, degreesOfFreedom df: Double) -> Double {
        guard q > 0 else { return 0 }
        guard q.isFinite else { return 1 }
        let cc = Double(k)
        if df > 25_000 { return rangeProbability(q, cc) }
        let f2 = df * 0.5
        var f2lf = f2 * log(df) - df * M_LN2 - lgamma(f2)
        let f21 = f2 - 1, ff4 = df * 0.25
        let ulen = df <= 100 ? 1.0 : df <= 800 ? 0.5 : df <= 5_000 ? 0.25 : 0.125
        f2lf += log(ulen)
        var answer = 0.0
        for i in 1...50 {
            var sum = 0.0
            let twa1 = Double(2 * i - 1) * ulen
            // The nodes left of the interval's middle, then those right of it, outermost first (as R sums them).
            for side in [-1.0, 1.0] {
                for (node, weight) in zip(legendre16Nodes, legendre16Weights) {
                    let x = twa1 + side * node * ulen
                    let t1 = f2lf + f21 * log(x) - x * ff4
                    guard t1 >= -30 else { continue }
                    sum += rangeProbability(q * (x * 0.5).squareRoot(), cc) * weight * exp(t1)
                }
            }
            if Double(i) * ulen >= 1, sum <= 1e-14 { break }
            answer += sum
        }
        return min(answer, 1)
    }

    /// P(Q > q): the p-value of a studentized range q.
    static func survival(_ q: Double, groups k: Int, degreesOfFreedom df: Double) -> Double {
        max(0, 1 - distribution(q, groups: k, degreesOfFreedom: df))
    }

    /// The probability that the range of `cc` standard normal values is at most w (R's `wprob`
    /// with one range), by Hartley's form: [2 Φ(w/2) − 1]^cc + 2 cc ∫_{w/2}^∞ φ(y) [Φ(y) − Φ(y − w)]^(cc−1) dy,
    /// the integral by 12-point Gauss-Legendre quadrature on two or three intervals up to 8.
    private static func rangeProbability(_ w: Double, _ cc: Double) -> Double {
        let half = w * 0.5
        if half >= 8 { return 1 }
        var probability = 2 * normalDistribution(half) - 1
        probability = probability >= exp(-50 / cc) ? pow(probability, cc) : 0
        let intervals = w > 3 ? 2.0 : 3.0
        var lower = half
        let step = (8 - half) / intervals
        var upper = lower + step
        var integral = 0.0
        let cc1 = cc - 1
        for _ in 0..<Int(intervals) {
            var sum = 0.0
            let middle = 0.5 * (upper + lower), radius = 0.5 * (upper - lower)
            // Nodes from the left end to the right: past y² > 60 nothing more counts.
            nodes: for (node, weight) in legendre12 {
                let y = middle + radius * node
                let square = y * y
                if square > 60 { break nodes }
                let inner = normalDistribution(y) - normalDistribution(y - w)
                if inner >= exp(-30 / cc1) { sum += weight * exp(-0.5 * square) * pow(inner, cc1) }
            }
            integral += sum * 2 * radius * cc / (2 * Double.pi).squareRoot()
            lower = upper
            upper += step
        }
        probability += integral
        if probability <= exp(-30) { return 0 }
        return min(probability, 1)
    }

    /// Φ(x), the standard normal distribution function.
    private static func normalDistribution(_ x: Double) -> Double {
        erfc(-x / 2.0.squareRoot()) / 2
    }

    /// The 12 Gauss-Legendre nodes on [−1, 1] in increasing order, with their weights.
    private static let legendre12: [(node: Double, weight: Double)] =
        zip(legendre12Nodes, legendre12Weights).map { (-$0.0, $0.1) } + zip(legendre12Nodes, legendre12Weights).reversed()

    /// Gauss-Legendre nodes (positive half, largest first) and weights of orders 12 and 16.
    private static let legendre12Nodes = [0.981560634246719250690549090149, 0.904117256370474856678465866119, 0.769902674194304687036893833213,
                                          0.587317954286617447296702418941, 0.367831498998180193752691536644, 0.125233408511468915472441369464]
    private static let legendre12Weights = [0.047175336386511827194615961485, 0.106939325995318430960254718194, 0.160078328543346226334652529543,
                                            0.203167426723065921749064455810, 0.233492536538354808760849898925, 0.249147045813402785000562436043]
    private static let legendre16Nodes = [0.989400934991649932596154173450, 0.944575023073232576077988415535, 0.865631202387831743880467897712,
                                          0.755404408355003033895101194847, 0.617876244402643748446671764049, 0.458016777657227386342419442984,
                                          0.281603550779258913230460501460, 0.950125098376374401853193354250e-1]
    private static let legendre16Weights = [0.271524594117540948517805724560e-1, 0.622535239386478928628438369944e-1, 0.951585116824927848099251076022e-1,
                                            0.124628971255533872052476282192, 0.149595988816576732081501730547, 0.169156519395002538189312079030,
                                            0.182603415044923588866763667969, 0.189450610455068496285396723208]
}

/// `uncertainty.csv` (one row per municipality: its nominal type and rank, the share of draws
/// in each type, rank and total intervals) and `sensitivity.csv` (one row per choice and output),
/// numbers with `.` and every digit a `Double` holds, empty cells for what is undefined.
struct UncertaintyCSVRenderer {
    static let file = "uncertainty.csv"
    static let sensitivityFile = "sensitivity.csv"

    /// The files, by name.
    func render(_ analysis: UncertaintyAnalysis) -> [(name: String, contents: String)] {
        func number(_ value: Double?) -> String { value.map(NumberFormat.roundTrip) ?? "" }
        func integer(_ value: Int?) -> String { value.map(String.init) ?? "" }
        var rows = CSVWriter()
        rows.row(["id", "type"] + analysis.bandIDs.map { "p_\($0)" }
            + ["p_nominal", "rank", "rank_p05", "rank_median", "rank_p95", "total_p05", "total_p95", "nearest_boundary_distance"])
        for row in analysis.rows {
            rows.row([row.id, analysis.bandIDs[row.nominalBand]] + row.bandShares.map(number)
                + [number(row.nominalShare), String(row.nominalRank), integer(row.rankP05), integer(row.rankMedian), integer(row.rankP95),
                   number(row.totalP05), number(row.totalP95), number(row.nearestBoundaryDistance)])
        }
        var sensitivity = CSVWriter()
        sensitivity.row(["input", "output", "first_order", "total", "first_order_low", "first_order_high", "total_low", "total_high"])
        for (output, indices) in zip(UncertaintyAnalysis.Output.allCases, analysis.sensitivity) {
            for (method, index) in zip(analysis.methods, indices) {
                sensitivity.row([method.rawValue, output.rawValue, number(index?.firstOrder), number(index?.total),
                                 number(index?.firstOrderInterval.lowerBound), number(index?.firstOrderInterval.upperBound),
                                 number(index?.totalInterval.lowerBound), number(index?.totalInterval.upperBound)])
            }
        }
        return [(Self.file, rows.flush()), (Self.sensitivityFile, sensitivity.flush())]
    }
}

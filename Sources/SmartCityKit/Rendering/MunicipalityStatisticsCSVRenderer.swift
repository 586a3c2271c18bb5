/// The statistics of several respondents per municipality as tidy CSV, beside the other
/// statistics files and in their style (ids for names, every digit a `Double` holds, empty cells
/// for what is undefined): `agreement.csv`, one row per measure, and `municipalities.csv`, one
/// row per municipality and measure.
struct MunicipalityStatisticsCSVRenderer {
    static let files = ["agreement.csv", "municipalities.csv"]

    /// The files, by name.
    func render(_ statistics: MunicipalityStatistics, questionnaire: Questionnaire) -> [(name: String, contents: String)] {
        func number(_ value: Double?) -> String { value.map(NumberFormat.roundTrip) ?? "" }
        var agreement = CSVWriter()
        agreement.row(["measure", "municipalities", "respondents", "group_size", "balanced", "ms_between", "ms_within", "f", "df_between",
                       "df_within", "p_value", "icc1", "icc1_low", "icc1_high", "icc1k", "icc1k_low", "icc1k_high"])
        for entry in statistics.agreement {
            agreement.row([Self.measureID(entry.measure, in: questionnaire), String(entry.municipalities), String(entry.respondents),
                           number(entry.groupSize), entry.isBalanced ? "true" : "false", number(entry.meanSquareBetween),
                           number(entry.meanSquareWithin), number(entry.f), String(entry.degreesOfFreedom.between),
                           String(entry.degreesOfFreedom.within), number(entry.pValue), number(entry.icc1), number(entry.icc1Interval?.low),
                           number(entry.icc1Interval?.high), number(entry.icc1k), number(entry.icc1kInterval?.low), number(entry.icc1kInterval?.high)])
        }
        var municipalities = CSVWriter()
        municipalities.row(["municipality", "respondents", "measure", "n", "mean", "sd", "min", "max"])
        for municipality in statistics.municipalities {
            for (position, moments) in municipality.measures.enumerated() {
                let scored = moments.count > 0
                municipalities.row([municipality.label, String(municipality.respondents), Self.measureID(statistics.agreement[position].measure, in: questionnaire),
                                    String(moments.count), scored ? number(moments.mean) : "", number(moments.standardDeviation),
                                    scored ? number(moments.minimum) : "", scored ? number(moments.maximum) : ""])
            }
        }
        return zip(Self.files, [agreement, municipalities]).map { ($0, $1.text) }
    }

    /// The id of a measure: the dimension's id or `total`.
    static func measureID(_ measure: ResearchStatistics.Measure, in questionnaire: Questionnaire) -> String {
        switch measure {
        case .dimension(let index): questionnaire.dimensions[index].id
        case .total: "total"
        }
    }
}

/// The columns of `scores.csv` and of the wide sheet of `scores.xlsx`, described once so that
/// both files hold the same columns in the same order with the same values: each renderer only
/// decides how a value is written (CSV bytes, or a typed workbook cell).
struct ScoresTable {
    /// One column of the wide scores table.
    enum Column: Equatable {
        case id
        /// A metadata column, by its position in `CohortSummary.metadataNames`.
        case metadata(Int)
        /// A dimension's score, by the dimension's position.
        case dimension(Int)
        case total
        /// The maturity type (the total's band).
        case type
        /// The share of the questionnaire answered, 0-1.
        case coverage
        case rank
        /// A dimension's maturity level, when the questionnaire reports levels.
        case level(Int)
    }

    /// A respondent's value in one column.
    enum Value {
        /// Text as read (the id, a metadata value).
        case text(String)
        /// An exact value written with `digits` decimals; nil: no value.
        case fixed(Fraction?)
        /// An exact share (0-1) written with `digits` decimals.
        case share(Fraction)
        case integer(Int?)
        /// A band id; nil: no band.
        case band(String?)
        /// A level as the number it was answered with.
        case level(Double?)
    }

    /// The decimals of every score and share.
    static let digits = 4

    let metadataCount: Int
    let dimensionCount: Int
    let hasLevels: Bool

    /// Made per respondent by the CSV renderer: counts only, nothing allocated.
    init(_ summary: CohortSummary) {
        self.init(metadataCount: summary.metadataNames.count, dimensionCount: summary.questionnaire.dimensions.count,
                  hasLevels: summary.questionnaire.hasLevels)
    }

    /// The table of a cohort with `metadataCount` metadata columns, known before its summary is.
    init(metadataCount: Int, dimensionCount: Int, hasLevels: Bool) {
        self.metadataCount = metadataCount
        self.dimensionCount = dimensionCount
        self.hasLevels = hasLevels
    }

    /// How many columns (id and metadata) start every row.
    var prefixCount: Int { 1 + metadataCount }
    var columnCount: Int { prefixCount + dimensionCount + 4 + (hasLevels ? dimensionCount : 0) }
    /// The position of the rank column (after the total, the type and the coverage).
    var rankPosition: Int { prefixCount + dimensionCount + 3 }

    /// The column at `position`, from 0.
    func column(at position: Int) -> Column {
        if position == 0 { return .id }
        if position < prefixCount { return .metadata(position - 1) }
        let afterPrefix = position - prefixCount
        if afterPrefix < dimensionCount { return .dimension(afterPrefix) }
        switch afterPrefix - dimensionCount {
        case 0: return .total
        case 1: return .type
        case 2: return .coverage
        case 3: return .rank
        case let level: return .level(level - 4)
        }
    }

    var columns: [Column] { (0..<columnCount).map(column(at:)) }

    /// Per metadata column, whether the questionnaire declares it a number (`kind: number`):
    /// the workbook stores such values as numbers where they read as one.
    static func declaredNumbers(in summary: CohortSummary) -> [Bool] {
        summary.metadataNames.map { name in
            summary.questionnaire.metadata?.first { $0.id.lowercased() == name.lowercased() }?.kind == .number
        }
    }

    /// The column's name in `scores.csv`: an id, never translated.
    package func name(_ column: Column, in summary: CohortSummary) -> String {
        let dimensions = summary.questionnaire.dimensions
        switch column {
        case .id: return "id"
        case .metadata(let index): return summary.metadataNames[index]
        case .dimension(let index): return dimensions[index].id
        case .total: return "total"
        case .type: return "type"
        case .coverage: return "coverage"
        case .rank: return "rank"
        case .level(let index): return "\(dimensions[index].id)_level"
        }
    }

    /// The column's heading in `scores.xlsx`, in the report language; a share's heading says
    /// that it is shown in percent.
    func heading(_ column: Column, in summary: CohortSummary, strings: ReportStrings) -> String {
        let dimensions = summary.questionnaire.dimensions
        switch column {
        case .id: return strings.id
        case .metadata(let index): return summary.metadataLabel(summary.metadataNames[index])
        case .dimension(let index): return summary.text(dimensions[index].label)
        case .total: return strings.totalScore
        case .type: return strings.maturity
        case .coverage: return "\(strings.coverage) (%)"
        case .rank: return strings.rank
        case .level(let index): return "\(summary.text(dimensions[index].label)) - \(strings.level)"
        }
    }

    /// The respondent's value in `column`.
    package func value(_ column: Column, of ranked: RankedRespondent) -> Value {
        value(column, of: ranked.respondent, rank: ranked.rank)
    }

    /// The value in `column` of a respondent with `rank` (nil: none, or not known yet).
    func value(_ column: Column, of respondent: ScoredRespondent, rank: Int?) -> Value {
        switch column {
        case .id: return .text(respondent.id)
        case .metadata(let index): return .text(index < respondent.metadata.count ? respondent.metadata[index] : "")
        case .dimension(let index): return .fixed(respondent.score.dimensions[index].exactScore)
        case .total: return .fixed(respondent.score.exactTotal)
        case .type: return .band(respondent.score.bandID)
        case .coverage: return .share(respondent.score.exactCoverage)
        case .rank: return .integer(rank)
        case .level(let index): return .level(respondent.score.dimensions[index].level)
        }
    }

    /// An exact value rounded as `scores.csv` writes it (`digits` decimals, half away from
    /// zero), as the nearest `Double`: a workbook cell then holds the number the CSV shows.
    static func rounded(_ value: Fraction) -> Double {
        guard let (scaled, negative) = value.scaledRounded(digits: digits) else { return value.doubleValue }
        // Both exact (a score or share scaled stays far below 2^53): one IEEE division gives the
        // double nearest the decimal, the one a program reading the CSV gets.
        // (Through 64 bits when it fits - always, for scores and shares: the generic 128-bit
        // conversion is slow; both conversions round correctly, so they give the same double.)
        let magnitude = (scaled <= UInt128(UInt64.max) ? Double(UInt64(scaled)) : Double(scaled)) / scale
        return negative && scaled != 0 ? -magnitude : magnitude
    }

    /// 10^digits.
    private static let scale = (0..<digits).reduce(1.0) { value, _ in value * 10 }
}

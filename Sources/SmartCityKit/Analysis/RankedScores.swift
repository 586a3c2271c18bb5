/// A measure's scores ranked (`CodedScores.ranked()`): each respondent's code into the distinct
/// scores lowest first, in 2 bytes while a measure has at most 65,535 distinct scores, else in 4.
enum RankedScores: Sendable {
    case narrow(RankedCodes<UInt16>)
    case wide(RankedCodes<UInt32>)

    /// The codes in 4 bytes (for measures ranked together with a wide one).
    var widened: RankedCodes<UInt32> {
        switch self {
        case .narrow(let ranked): RankedCodes(ascending: ranked.ascending, codes: ranked.codes.map(UInt32.init))
        case .wide(let ranked): ranked
        }
    }
}

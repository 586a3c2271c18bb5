/// The bytes of a piece of a CSV block as read (`Piece.text`), kept so that its records can be
/// read again: a scoring run scores a piece's respondents again from them when a duplicate id
/// found as the piece merges spoils the counts made in the piece, instead of encoding every
/// respondent in case that happens.
struct PieceText {
    /// The piece's bytes: its part of the block (kept until the piece is merged), or a copy made
    /// before it was read when it has a quote (reading rewrites quoted fields in place).
    let bytes: ArraySlice<UInt8>
    let delimiter: UInt8

    /// The piece's records read again through `reading`: its rows in the same order as the
    /// first time, counted from the piece's start.
    func read<Processor: RecordProcessor>(through reading: RecordReading<Processor>, questionCount: Int) -> Piece {
        // A copy: reading rewrites quoted fields in place.
        var copy = Array(bytes)
        return copy.withUnsafeMutableBufferPointer { base in
            BlockParse.parsePiece(base, from: 0, to: base.count, delimiter: delimiter, questionCount: questionCount, reading: reading).piece
        }
    }
}

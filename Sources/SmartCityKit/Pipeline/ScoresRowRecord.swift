/// A respondent's `scores.csv` row rendered where it was scored, kept as a spill record until
/// the cohort is known: the total that ranks it (none when it is not ranked: incomplete, or
/// without a total) and the row's cells before and after the rank
/// (`CSVReportRenderer.appendRowCells`). A run whose only report is CSV keeps these instead of
/// its respondents, and the rendering pass writes `scores.csv` without decoding a respondent.
struct ScoresRowRecord {
    /// The total that ranks the respondent; nil: no rank.
    var rankedTotal: Fraction?
    /// The cells before the rank and after it.
    var head: ArraySlice<UInt8>
    var tail: ArraySlice<UInt8>

    /// Appends a record, length-prefixed like a respondent's (`RespondentSpill.forEachChunk`
    /// reads both) and built in `scratch` (reused, as `RespondentSpill.encode` does), to
    /// `output`; returns where it is.
    static func append(rankedTotal: Fraction?, head: ArraySlice<UInt8>, tail: ArraySlice<UInt8>, scratch record: inout SpillWriter,
                       to output: inout ByteBuffer) -> Range<Int> {
        let length = SpillField.fractionLength + 2 * SpillField.unsignedLength + head.count + tail.count
        let start = output.count
        record.removeAll()
        record.fields(atMost: length) { fields in
            fields.spillFraction(rankedTotal)
            head.withUnsafeBufferPointer { fields.spillByteRun($0) }
            tail.withUnsafeBufferPointer { fields.spillByteRun($0) }
        }
        output.append(atMost: SpillField.unsignedLength) { $0.spillUnsigned(UInt64(record.count)) }
        output.append(record.buffer)
        return start..<output.count
    }

    /// The record `reader` is at (after its length prefix).
    init(_ reader: inout SpillReader) throws(SpillError) {
        rankedTotal = try reader.fraction()
        head = try reader.byteRun()
        tail = try reader.byteRun()
    }
}

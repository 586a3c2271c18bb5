/// Where a spill record is in the buffer it was encoded into, and its fixed-width row field.
struct SpillRecordRange: Sendable {
    var bytes: Range<Int>
    var rowField: Int
}

extension ByteBuffer {
    /// Sets the row of a record encoded into this buffer (rows are known once a piece is placed).
    mutating func patchRow(of record: SpillRecordRange, to row: Int) {
        var value = UInt64(max(row, 0))
        for offset in 0..<8 {
            bytes[record.rowField + offset] = UInt8(truncatingIfNeeded: value)
            value >>= 8
        }
    }
}

/// Collects spill records or ID-table entries: their binary fields (LEB128 integers,
/// length-prefixed strings), each record written through one cursor (`fields(atMost:_:)`).
struct SpillWriter {
    private(set) var buffer: ByteBuffer

    init(capacity: Int = 0) { buffer = ByteBuffer(capacity: capacity) }

    var bytes: [UInt8] { buffer.bytes }
    var count: Int { buffer.count }

    /// Empties the bytes, keeping their capacity.
    mutating func removeAll() { buffer.removeAll() }

    /// Fields written through a cursor with room for `maximum` bytes (the `SpillField` lengths
    /// of the fields written).
    mutating func fields(atMost maximum: Int, _ body: (inout ByteCursor) -> Void) {
        buffer.append(atMost: maximum, body)
    }
}

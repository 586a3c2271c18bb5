/// A file of the output written as a byte stream: its rows are made through a `ByteCursor`
/// straight into one buffer (numbers from their values, text encoded once), which goes to the
/// output whenever it holds `partSize` bytes, so that a large file is never held whole nor made
/// a `String` per cell.
struct StreamedFile {
    /// The file's path in the output.
    let path: String
    private let output: ReportOutput
    private let partSize: Int
    private var buffer = ByteBuffer()

    init(_ path: String, to output: ReportOutput, partSize: Int) {
        self.path = path
        self.output = output
        self.partSize = partSize
    }

    /// Appends up to `maximum` bytes that `body` writes (a row, say), then hands the bytes made
    /// so far to the output once they fill a part.
    mutating func append(atMost maximum: Int, _ body: (inout ByteCursor) -> Void) throws {
        buffer.append(atMost: maximum, body)
        try drainIfFull()
    }

    /// Appends what `body` writes into the buffer, then hands the bytes made so far to the output once they fill a part.
    mutating func append(_ body: (inout ByteBuffer) -> Void) throws {
        body(&buffer)
        try drainIfFull()
    }

    private mutating func drainIfFull() throws {
        guard buffer.count >= partSize else { return }
        try output.append(buffer, to: path)
        buffer.removeAll()
    }

    /// Hands the rest to the output (an empty part when nothing is left, so the file exists).
    mutating func finish() throws {
        try output.append(buffer, to: path)
        buffer.removeAll()
    }
}

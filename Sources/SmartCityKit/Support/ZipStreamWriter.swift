/// A ZIP archive (PKWARE APPNOTE 6.3) written front to back through a sink, its entries
/// deflated: the archive is never whole in memory. Each entry is staged first
/// (`StagedZipEntry`), so its CRC-32 and sizes are known when its local header is written (no
/// data descriptors). An entry, offset or directory past 4 GiB gets ZIP64 fields; small
/// archives are plain ZIP. Dated 1 January 2026 so that the same files give the same bytes.
final class ZipStreamWriter {
    typealias Sink = ([UInt8]) throws -> Void
    private let sink: Sink
    /// Values at or above it are written in ZIP64 fields (tests lower it to exercise them).
    private let zip64Limit: Int
    private var offset = 0, entryCount = 0
    private var directory: [UInt8] = []
    private var pending: [UInt8] = []
    private static let time: UInt16 = 0, date = UInt16((2026 - 1980) << 9 | 1 << 5 | 1)
    /// Bit 11: names are UTF-8.
    private static let utf8Flag: UInt16 = 0x0800

    init(zip64Limit: Int = 0xFFFF_FFFF, sink: @escaping Sink) {
        self.zip64Limit = zip64Limit
        self.sink = sink
    }

    /// Adds a file given whole, deflated in memory.
    func add(_ name: String, bytes: [UInt8]) throws {
        let entry = try StagedZipEntry(temporaryFolder: nil)
        try entry.write(bytes)
        try add(name, entry)
    }

    /// Adds a staged entry (finished here if it is not yet).
    func add(_ name: String, _ entry: StagedZipEntry) throws {
        try entry.finish()
        let name = Array(name.utf8), localOffset = offset
        let bigSizes = entry.size >= zip64Limit || entry.compressedSize >= zip64Limit
        var header: [UInt8] = []
        header.appendLittleEndian(UInt32(0x0403_4B50))
        header.appendLittleEndian(UInt16(bigSizes ? 45 : 20)); header.appendLittleEndian(Self.utf8Flag); header.appendLittleEndian(UInt16(8))
        header.appendLittleEndian(Self.time); header.appendLittleEndian(Self.date); header.appendLittleEndian(entry.crc)
        header.appendLittleEndian(bigSizes ? UInt32.max : UInt32(entry.compressedSize))
        header.appendLittleEndian(bigSizes ? UInt32.max : UInt32(entry.size))
        header.appendLittleEndian(UInt16(name.count)); header.appendLittleEndian(UInt16(bigSizes ? 20 : 0))
        header += name
        if bigSizes { header += Self.zip64Extra([entry.size, entry.compressedSize]) }
        try emit(header)
        try entry.forEachCompressedChunk { try emit($0) }
        try addToDirectory(name, entry, localOffset: localOffset)
        entryCount += 1
    }

    /// The entry's central directory record; sizes and offset that do not fit go in a ZIP64 field.
    private func addToDirectory(_ name: [UInt8], _ entry: StagedZipEntry, localOffset: Int) throws {
        let values = [entry.size, entry.compressedSize, localOffset]
        let large = values.filter { $0 >= zip64Limit }
        func field(_ value: Int) -> UInt32 { value >= zip64Limit ? UInt32.max : UInt32(value) }
        directory.appendLittleEndian(UInt32(0x0201_4B50))
        directory.appendLittleEndian(UInt16(45)); directory.appendLittleEndian(UInt16(large.isEmpty ? 20 : 45))
        directory.appendLittleEndian(Self.utf8Flag); directory.appendLittleEndian(UInt16(8))
        directory.appendLittleEndian(Self.time); directory.appendLittleEndian(Self.date); directory.appendLittleEndian(entry.crc)
        directory.appendLittleEndian(field(entry.compressedSize)); directory.appendLittleEndian(field(entry.size))
        directory.appendLittleEndian(UInt16(name.count)); directory.appendLittleEndian(UInt16(large.isEmpty ? 0 : 4 + 8 * large.count))
        directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0))
        directory.appendLittleEndian(UInt32(0))
        directory.appendLittleEndian(field(localOffset))
        directory += name
        if !large.isEmpty { directory += Self.zip64Extra(large) }
    }

    /// The ZIP64 extended information field (header 0x0001) holding the values in order.
    private static func zip64Extra(_ values: [Int]) -> [UInt8] {
        var field: [UInt8] = []
        field.appendLittleEndian(UInt16(1)); field.appendLittleEndian(UInt16(8 * values.count))
        for value in values { field.appendLittleEndian(UInt64(value)) }
        return field
    }

    /// Writes the central directory and the end records, then hands over the last bytes.
    package func finish() throws {
        let directoryOffset = offset, directorySize = directory.count
        try emit(directory)
        directory = []
        let needsZip64 = entryCount >= 0xFFFF || directoryOffset >= zip64Limit || directorySize >= zip64Limit
        var end: [UInt8] = []
        if needsZip64 {
            let recordOffset = offset
            end.appendLittleEndian(UInt32(0x0606_4B50)); end.appendLittleEndian(UInt64(44))
            end.appendLittleEndian(UInt16(45)); end.appendLittleEndian(UInt16(45))
            end.appendLittleEndian(UInt32(0)); end.appendLittleEndian(UInt32(0))
            end.appendLittleEndian(UInt64(entryCount)); end.appendLittleEndian(UInt64(entryCount))
            end.appendLittleEndian(UInt64(directorySize)); end.appendLittleEndian(UInt64(directoryOffset))
            end.appendLittleEndian(UInt32(0x0706_4B50)); end.appendLittleEndian(UInt32(0))
            end.appendLittleEndian(UInt64(recordOffset)); end.appendLittleEndian(UInt32(1))
        }
        end.appendLittleEndian(UInt32(0x0605_4B50))
        end.appendLittleEndian(UInt16(0)); end.appendLittleEndian(UInt16(0))
        end.appendLittleEndian(UInt16(needsZip64 ? 0xFFFF : entryCount)); end.appendLittleEndian(UInt16(needsZip64 ? 0xFFFF : entryCount))
        end.appendLittleEndian(needsZip64 ? UInt32.max : UInt32(directorySize))
        end.appendLittleEndian(needsZip64 ? UInt32.max : UInt32(directoryOffset))
        end.appendLittleEndian(UInt16(0))
        try emit(end)
        try sink(pending)
        pending = []
    }

    /// Bytes for the sink, handed over in pieces of about 1 MiB.
    private func emit(_ bytes: [UInt8]) throws {
        offset += bytes.count
        pending += bytes
        if pending.count >= 1 << 20 {
            try sink(pending)
            pending.removeAll(keepingCapacity: true)
        }
    }
}

/// ZIP archives (PKWARE APPNOTE), as `.xlsx` workbooks are: written with stored entries, read
/// with stored and deflated ones through `Reader` (no ZIP64, no encryption: those get a clear error).
enum ZipArchive {
    /// Why an archive cannot be read (`Problem`).
    struct Failure: Error, Equatable {
        var problem: Problem

        init(_ problem: Problem) { self.problem = problem }
    }

    /// The entries that `include` accepts, by name, inflated and checked against their CRC-32,
    /// within `limits` (every entry by default). Entries whose declared sizes add up to more
    /// than the budget are refused before any is inflated.
    static func read(_ archive: [UInt8], limits: Limits = Limits(), including include: (String) -> Bool = { _ in true }) throws(Failure) -> [String: [UInt8]] {
        var reader = try Reader(archive, limits: limits)
        let wanted = reader.entries.filter { include($0.name) }
        // At most 65,535 sizes below 2^32 each: the sum cannot overflow.
        let declared = wanted.reduce(0) { $0 + $1.size }
        if declared > limits.totalBytes, let largest = wanted.max(by: { $0.size < $1.size }) {
            throw Failure(.partsPastTotal(declared: declared, largest: largest.name, size: largest.size, limit: limits.totalBytes))
        }
        var entries: [String: [UInt8]] = [:]
        for entry in wanted {
            entries[entry.name] = try reader.contents(of: entry.name)
        }
        return entries
    }

    /// An archive of the files, in order, stored (not compressed), dated 1 January 2026 so that
    /// the same files give the same bytes.
    package static func write(_ files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = [], directory: [UInt8] = []
        let time: UInt16 = 0, date: UInt16 = UInt16((2026 - 1980) << 9 | 1 << 5 | 1)
        for file in files {
            let name = Array(file.name.utf8), crc = CRC32.checksum(file.bytes), size = UInt32(file.bytes.count)
            let offset = UInt32(archive.count)
            // Local file header.
            archive.appendLittleEndian(UInt32(0x0403_4B50))
            archive.appendLittleEndian(UInt16(20)); archive.appendLittleEndian(UInt16(0x0800)); archive.appendLittleEndian(UInt16(0))
            archive.appendLittleEndian(time); archive.appendLittleEndian(date)
            archive.appendLittleEndian(crc); archive.appendLittleEndian(size); archive.appendLittleEndian(size)
            archive.appendLittleEndian(UInt16(name.count)); archive.appendLittleEndian(UInt16(0))
            archive += name
            archive += file.bytes
            // Central directory entry.
            directory.appendLittleEndian(UInt32(0x0201_4B50))
            directory.appendLittleEndian(UInt16(20)); directory.appendLittleEndian(UInt16(20))
            directory.appendLittleEndian(UInt16(0x0800)); directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(time); directory.appendLittleEndian(date)
            directory.appendLittleEndian(crc); directory.appendLittleEndian(size); directory.appendLittleEndian(size)
            directory.appendLittleEndian(UInt16(name.count)); directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt16(0)); directory.appendLittleEndian(UInt32(0))
            directory.appendLittleEndian(offset)
            directory += name
        }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0)); archive.appendLittleEndian(UInt16(0))
        archive.appendLittleEndian(UInt16(files.count)); archive.appendLittleEndian(UInt16(files.count))
        archive.appendLittleEndian(UInt32(directory.count)); archive.appendLittleEndian(directoryOffset)
        archive.appendLittleEndian(UInt16(0))
        return archive
    }
}

extension [UInt8] {
    mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
